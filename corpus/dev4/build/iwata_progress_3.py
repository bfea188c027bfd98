"""(c) progress_report: 債権管理の取組状況（中間報告） (modelled on 磐田市市税収納対策 第3期アクションプラン,
expydoc.com/doc/10925842, and the 10月末 interim reports of other cities). PyMuPDF direct drawing.
Interim as of 令和6年10月末 with the previous year's 10月末; a 【徴収率】 bracketed heading over segment-only bullets;
取組 items in a table (債権名 | 内容, no 取組 header), numbered ① with tags after the 。; the first table spans a page break."""
import pymupdf

from common import *
from drawutil import Pager

STEM = "iwata_progress_3"
CITY = "磐田市"
NOW, PREV = ("2024-10-31", 2024), ("2023-10-31", 2023)
RATES = [  # name, cur now, cur prev, arr now, arr prev
    ("市税", 54.83, 54.42, 21.36, 20.98),
    ("国民健康保険税", 46.12, 46.55, 15.87, 15.02),
    ("介護保険料", 58.94, 58.71, 12.43, 11.96),
    ("後期高齢者医療保険料", 61.35, 61.20, 30.12, 28.77),
    ("保育料", 57.66, 57.90, 14.25, 13.11),
    ("市営住宅使用料", 55.18, 54.62, 9.87, 10.34),
    ("下水道使用料", 52.40, 52.21, 23.55, 22.41),
    ("水道料金", 68.72, 68.50, 35.18, 34.02),
]
ITEMS = {
    "市税": [("6月から9月を滞納整理強化期間とし、預貯金・給与等の差押えを集中して行った。", "継続"),
             ("11月にスマートフォン決済の対象税目に軽自動車税を追加する。", "拡充"),
             ("静岡地方税滞納整理機構への高額案件の移管を年度内に行う。", "継続")],
    "国民健康保険税": [("資格喪失者の未納分について、喪失から2か月以内に文書催告を行った。", "新規"),
                   ("短期被保険者証の更新時に納付相談を行い、分割納付の約束を取り付けた。", "継続")],
    "介護保険料": [("普通徴収の未納者を対象に、年金担当と連携した電話催告を行った。", "継続")],
    "保育料": [("児童手当からの申出徴収を保護者に案内し、申出を受けた。", "継続"),
               ("退園者の未納分について、12月に財産調査を行う。", "拡充")],
    "市営住宅使用料": [("滞納3か月以上の入居者と面談し、納付計画書を提出させた。", "継続"),
                   ("連帯保証人への請求を行っても納付がない者について、明渡し訴訟を検討する。", "継続")],
}


def d2(a, b):
    v = round(a - b, 2)
    return ("△" if v < 0 else "+") + f"{abs(v):.2f}"


def build():
    facts, inits = [], []
    doc = pymupdf.open()
    pg = Pager(doc, head="令和6年度 債権管理の取組状況（中間報告）")
    p = pg.new()
    pg.page.insert_text((50, 80), "令和6年度　債権管理の取組状況（中間報告）", fontname="g", fontsize=16)
    pg.y = 96
    pg.text("令和6年11月", size=10.5, x=430)
    pg.text("磐田市企画部収納課", size=10.5, x=430)
    pg.y += 8
    pg.text("1　概要", size=12, bold=True)
    s = RATES[0]
    pg.text("　令和6年度上半期（4月から10月まで）の主要債権の収納状況を取りまとめた。市税の現年分の徴収率は、"
            f"10月末現在で{s[1]:.2f}％となり、前年同期の{s[2]:.2f}％を上回った。一方、国民健康保険税の現年分は"
            "前年同期を下回っており、下半期に資格喪失者への催告を強化する。", indent2=50)
    facts.append(F("市税", 2024, "10月末現在", "current", "collection_rate", "interim", s[1], "percent", f"{s[1]:.2f}％", p, as_of=NOW[0]))
    facts.append(F("市税", 2023, "前年同期", "current", "collection_rate", "interim", s[2], "percent", f"{s[2]:.2f}％", p, as_of=PREV[0]))
    pg.text("　下半期は、12月を全庁一斉の滞納整理強化月間とし、各所管課が目標額を定めて催告と滞納処分に取り組む。"
            "また、徴収が困難な案件については、財産調査の結果を踏まえて執行停止の判断を行い、滞納繰越分の整理を進める。"
            "私債権については、支払督促の申立てを含む法的措置を計画的に実施する。", indent2=50)
    pg.y += 4
    pg.text("　なお、本報告の徴収率は速報値であり、年度末の決算値とは異なる場合がある。", indent2=50)
    pg.y = max(pg.y + 6, 500)
    pg.text("2　主要債権の徴収率（令和6年10月末現在）", size=12, bold=True)
    pg.text("（単位：％、ポイント）", size=9, x=440)
    head = [["債権名", "現年分", None, None, "滞納繰越分", None, None],
            [None, "令和6年10月末", "令和5年10月末", "差", "令和6年10月末", "令和5年10月末", "差"]]
    merges = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
    widths = [115, 65, 65, 50, 65, 65, 70]

    def rows_for(part):
        out = []
        for name, cn, cp, an, ap in part:
            out.append([name, f"{cn:.2f}%", f"{cp:.2f}%", d2(cn, cp), f"{an:.2f}%", f"{ap:.2f}%", d2(an, ap)])
            for seg, v, (iso, fy), fyr in (("current", cn, NOW, "令和6年10月末"), ("current", cp, PREV, "令和5年10月末"),
                                           ("arrears", an, NOW, "令和6年10月末"), ("arrears", ap, PREV, "令和5年10月末")):
                facts.append(F(name, fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}%", pg.n, as_of=iso))
        return out

    pg.table(head + rows_for(RATES[:5]), widths, header_rows=2, merges=merges, size=9)
    p = pg.new()
    pg.text("（前ページからの続き）", size=9)
    pg.table(head + rows_for(RATES[5:]), widths, header_rows=2, merges=merges, size=9)
    pg.text("※徴収率は、各年度の10月末の収入済額を調定額で除したもの。差は前年同期との比較（△は低下）。", size=8.5)
    pg.y += 8
    pg.text("3　債権別の状況", size=12, bold=True)
    comments = {
        "市税": "現年分・滞納繰越分ともに前年同期を上回った。強化期間の差押えにより滞納繰越分の納付が進んでいる。",
        "国民健康保険税": "現年分は前年同期を下回った。所得の減少による軽減世帯の増加と、資格喪失者の未納が要因である。",
        "保育料": "現年分は前年同期をわずかに下回った。口座振替の残高不足による未納が増えている。",
        "市営住宅使用料": "滞納繰越分が前年同期を下回った。長期滞納者の納付が滞っており、法的措置を検討している。",
    }
    order = ["市税", "国民健康保険税", "保育料", "市営住宅使用料"]
    for k, name in enumerate(order):
        if k == 2:
            p = pg.new()
        r = [x for x in RATES if x[0] == name][0]
        pg.y += 4
        pg.text(f"（{k + 1}）{name}", size=11, bold=True)
        pg.text("【徴収率】令和6年10月末時点", size=10.5, x=62, bold=True)
        pg.text(f"・現年分　　　{r[1]:.2f}％（前年同期　{r[2]:.2f}％）", x=74)
        pg.text(f"・滞納繰越分　{r[3]:.2f}％（前年同期　{r[4]:.2f}％）", x=74)
        for seg, v, (iso, fy) in (("current", r[1], NOW), ("current", r[2], PREV), ("arrears", r[3], NOW), ("arrears", r[4], PREV)):
            facts.append(F(name, fy, "令和6年10月末時点" if fy == 2024 else "前年同期", seg, "collection_rate", "interim",
                           v, "percent", f"{v:.2f}％", pg.n, as_of=iso))
        pg.text(comments[name], x=62, size=10, indent2=62)
    pg.y += 10
    pg.text("4　上半期の実施状況と下半期の予定", size=12, bold=True)
    rows = [["債権名", "内容"]]
    for name, its in ITEMS.items():
        cell = "\n".join(f"{'①②③④'[j]}{t}【{s}】" for j, (t, s) in enumerate(its))
        rows.append([name, cell])
        for j, (t, s) in enumerate(its):
            inits.append(I(name, 2024, "上半期の実施状況と下半期の予定", "①②③④"[j], t, s, pg.n))
    pg.table(rows, [110, 385], size=9.5, aligns=["l", "l"])
    pg.text("※【継続】は前年度からの継続、【拡充】は内容を拡大したもの、【新規】は今年度からの取組を示す。", size=8.5)
    out = PDF / f"{STEM}.pdf"
    doc.set_metadata({"title": "令和6年度 債権管理の取組状況（中間報告）", "author": "磐田市"})
    doc.save(out)
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和6年度　債権管理の取組状況（中間報告）",
                "date": "2024-11-01", "date_raw": "令和6年11月"}
    write_gold(STEM, document, facts, inits)
    return report(STEM)


if __name__ == "__main__":
    build()
