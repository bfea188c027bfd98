"""fw_handa_minutes_1: 債権管理対策会議 会議録 (python-docx -> LibreOffice). Run from corpus/frozen40."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fw_common import Gold, WORK, PDF_DIR, c, p1, sgn, rate, soffice, subset  # noqa: E402
from fw_docx import (GOTHIC, MINCHO, new_doc, para, page_break, grid_table, no_borders, fill_cell,  # noqa: E402
                     col_widths, cell_borders, table_borders, footer_page_numbers)

STEM = "fw_handa_minutes_1"
CITY = "半田市"
TITLE = "令和7年度第2回半田市債権管理対策会議 会議録"
ASOF = "2025-09-30"
ASOF_PREV = "2024-09-30"
FY = 2025

g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-18", "令和7年11月18日")

# ---------------------------------------------------------------- 別表 data (千円)
# abbr, full, cur assessed, cur rate, arr assessed, arr rate, prev cur rate, prev arr rate
DEBTS = [
    ("市税※1", "市税", 13842516, 54.3, 812450, 19.8, 53.7, 18.6),
    ("国保税", "国民健康保険税", 2486920, 47.2, 498310, 14.6, 47.5, 15.1),
    ("介護料", "介護保険料", 1912384, 55.8, 58912, 12.4, 55.6, 11.8),
    ("後期高齢", "後期高齢者医療保険料", 1104762, 56.9, 9854, 31.2, 56.7, 30.5),
    ("保育料", "保育所保育料", 92418, 96.1, 14210, 18.5, 95.8, 17.2),
    ("住宅使用料", "市営住宅使用料", 168530, 95.4, 21840, 9.7, 95.9, 10.3),
    ("下水道", "下水道使用料", 1486250, 48.9, 31620, 27.3, 48.6, 26.1),
]
ROWS = []
for ab, full, ca, cr, aa, ar, pc, pa in DEBTS:
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    ROWS.append(dict(ab=ab, full=full, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa),
                     pc=pc, pa=pa))
    assert abs(rate(cc, ca) - cr) < 1e-9 and abs(rate(ac, aa) - ar) < 1e-9, ab
TOT = dict(ca=sum(r["ca"] for r in ROWS), cc=sum(r["cc"] for r in ROWS),
           aa=sum(r["aa"] for r in ROWS), ac=sum(r["ac"] for r in ROWS))
TOT["cr"], TOT["ar"] = rate(TOT["cc"], TOT["ca"]), rate(TOT["ac"], TOT["aa"])

ATTENDEES = [
    ("委員長", "副市長", "竹内 修司"),
    ("副委員長", "総務部長", "新美 智之"),
    ("委員", "企画部長", "榊原 朋子"),
    ("委員", "市民経済部長", "間瀬 達也"),
    ("委員", "福祉部長", "杉浦 恵"),
    ("委員", "子ども・若者部長", "森 和広"),
    ("委員", "建設部長", "澤田 健吾"),
    ("委員", "水道部長", "久米 正樹"),
    ("事務局", "税務課長", "加藤 直樹"),
    ("事務局", "収納課長", "小栗 康平"),
    ("事務局", "収納課債権管理担当主幹", "石川 由佳"),
]
AGENDA = ["令和7年度上半期の債権管理状況について", "滞納整理強化月間（12月）の実施について",
          "債権放棄の報告について"]
MATERIALS = ["資料1　令和7年度上半期 主要債権の収納状況", "資料2　令和7年度滞納整理強化月間実施要領（案）",
             "資料3　令和6年度債権放棄一覧"]

# statements: (page, speaker_printed, section, text)
S1 = "（１）令和7年度上半期の債権管理状況について"
S2 = "（２）滞納整理強化月間（12月）の実施について"
S3 = "（３）債権放棄の報告について"
STATEMENTS = [
    (2, "委員長", "開会", "ただいまから令和7年度第2回債権管理対策会議を開会する。上半期の状況を確認し、年度末に向けた取組を各部で共有したい。"),
    (2, "収納課長", S1,
     "資料1により報告する。令和６年度決算における市全体の収入未済額は約９億4,200万円で、前年度から約6,100万円減少した。"
     "市税の９月末の収納率は、現年課税分が54.3％で前年同期比0.6ポイント上昇、滞納繰越分は19.8％で前年同期を1.2ポイント上回っている。"
     "口座振替の勧奨とスマートフォン決済の周知を続けた効果が現年分に表れていると考えている。"),
    (2, "市民経済部長", S1,
     "国保税の現年度分収納率は９月末で47.2％と、前年同期から0.3ポイント低下している。滞納世帯数は９月末で1,284世帯、"
     "前年同期の1,351世帯から67世帯減少した。なお、令和６年度決算の国保税の収納率は、現年度分94.62％、滞納繰越分25.31％であった。"
     "資格喪失後の未納が課題であり、喪失手続の際の窓口での納付案内を徹底する。"),
    (2, "福祉部長", S1,
     "介護保険料は、普通徴収分の現年度分収納率が９月末で55.8％となり、前年同期を0.2ポイント上回った。"
     "後期高齢者医療保険料は、令和６年度末の収入未済額が1,200万円余りであり、広域連合と連携して短期被保険者証の交付時に納付相談を行っている。"),
    (3, "企画部長", S1, "住宅使用料の滞納繰越分の収納率が前年同期を下回っているが、その要因は何か。"),
    (3, "建設部長", S1,
     "退去者の滞納分が増えたことが主な要因である。令和６年度末の住宅使用料の収入未済額は2,184万円で、このうち退去者分が約６割を占める。"
     "連帯保証人への請求と、悪質な事案についての支払督促の申立てを下半期に進める。"),
    (3, "子ども・若者部長", S1,
     "保育料の現年度分は９月末で96.1％と前年同期を上回っている。児童手当からの特別徴収の同意取得を入園手続時に案内しており、引き続き現年分の確保に努める。"),
    (3, "水道部長", S1,
     "下水道使用料の滞納繰越分の収納率は27.3％で、前年同期比1.2ポイントの上昇となった。水道料金と一体で給水停止予告を行っていることが効果を上げている。"),
    (3, "収納課長", S2,
     "資料2のとおり、12月を滞納整理強化月間とし、全庁で督促・催告、夜間の電話催告、財産調査を集中的に行う。"
     "各課の目標額と実績は、第3回の会議で報告する。"),
    (3, "総務部長", S3, "債権放棄の件数と金額はどの程度か。"),
    (3, "収納課長", S3,
     "資料3のとおり、令和６年度は半田市債権管理条例に基づき、学校給食費について生活困窮と所在不明の債務者の債権を放棄した。"
     "これに伴う学校給食費の不納欠損額は約412万円である。"),
    (3, "委員長", "閉会",
     "各部とも、下半期は現年分の確保と滞納繰越分の整理を両輪で進めていただきたい。以上で本日の会議を終了する。"),
]


def build_docx(path: Path):
    d = new_doc(MINCHO, 10.5, margins=(22, 20, 22, 22))
    footer_page_numbers(d.sections[0], "－ {} －")
    para(d, "令和7年度第2回", GOTHIC, 12, align="center")
    para(d, "半田市債権管理対策会議 会議録", GOTHIC, 15, bold=True, align="center", after=10)
    meta = [("日　　時", "令和7年11月18日（火）午後1時30分～午後3時00分"),
            ("場　　所", "半田市役所 4階 第1会議室"),
            ("開催方法", "対面開催"),
            ("出 席 者", "委員８名、事務局３名（下表のとおり）"),
            ("欠 席 者", "なし"),
            ("傍 聴 者", "なし")]
    t = d.add_table(rows=len(meta), cols=2)
    no_borders(t)
    for i, (a, b) in enumerate(meta):
        fill_cell(t.cell(i, 0), a, GOTHIC, 10.5)
        fill_cell(t.cell(i, 1), b, MINCHO, 10.5)
    col_widths(t, [28, 135])
    para(d, "", after=4)
    para(d, "【出席者名簿】", GOTHIC, 10.5)
    t = d.add_table(rows=len(ATTENDEES) + 1, cols=3)
    table_borders(t)
    for j, h in enumerate(["区分", "職名", "氏名"]):
        fill_cell(t.cell(0, j), h, GOTHIC, 9.5, align="center")
    for i, (r, ti, n) in enumerate(ATTENDEES, 1):
        fill_cell(t.cell(i, 0), r, MINCHO, 9.5, align="center")
        fill_cell(t.cell(i, 1), ti, MINCHO, 9.5)
        fill_cell(t.cell(i, 2), n, MINCHO, 9.5)
    col_widths(t, [30, 70, 45])
    para(d, "", after=6)
    para(d, "【次　第】", GOTHIC, 10.5)
    para(d, "１　開会", indent_mm=4)
    para(d, "２　議題", indent_mm=4)
    for i, a in enumerate(AGENDA, 1):
        para(d, f"（{i}）{a}", indent_mm=8)
    para(d, "３　閉会", indent_mm=4, after=6)
    para(d, "【配布資料】", GOTHIC, 10.5)
    for m in MATERIALS:
        para(d, m, indent_mm=4)
    page_break(d)

    para(d, "【会議の経過】", GOTHIC, 11, after=4)
    cur_page, cur_sec = 2, None
    for pg, sp, sec, text in STATEMENTS:
        if pg != cur_page:
            page_break(d)
            cur_page = pg
        if sec != cur_sec and sec.startswith("（"):
            para(d, sec, GOTHIC, 10.5, before=6, after=2)
        cur_sec = sec
        p = para(d, "", first_mm=-4, indent_mm=4, after=3)
        from fw_docx import set_font
        set_font(p.add_run("○" + sp + "　"), GOTHIC, 10.5)
        set_font(p.add_run(text), MINCHO, 10.5)
    page_break(d)

    # ----------------------------------------------------------- 別表
    para(d, "別表１　主要債権の収納状況（令和7年9月末現在）", GOTHIC, 11, after=2)
    para(d, "（単位：千円、％）", MINCHO, 9, align="right")
    hdr1 = ["債権", "現年度分", None, None, "滞納繰越分", None, None]
    hdr2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]
    rows = [hdr1, hdr2]
    for r in ROWS:
        cr = p1(r["cr"]) + ("※3" if r["ab"] == "保育料" else "")
        rows.append([r["ab"], c(r["ca"]), c(r["cc"]), cr, c(r["aa"]), c(r["ac"]), p1(r["ar"])])
    rows.append(["計", c(TOT["ca"]), c(TOT["cc"]), p1(TOT["cr"]), c(TOT["aa"]), c(TOT["ac"]), p1(TOT["ar"])])
    t = d.add_table(rows=len(rows), cols=7)
    # only horizontal rules over and under the header and at the bottom
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            fill_cell(t.cell(i, j), v, MINCHO if i > 1 else GOTHIC, 9,
                      align="right" if (i > 1 and j > 0) else ("center" if i < 2 else None))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(1, 0))
    for j in range(7):
        cell_borders(t.cell(0, j), top=8)
        cell_borders(t.cell(1, j), bottom=8)
        cell_borders(t.cell(len(rows) - 1, j), bottom=8, top=4)
    col_widths(t, [26, 26, 26, 17, 24, 24, 17])
    para(d, "（注）国保税＝国民健康保険税、介護料＝介護保険料（第１号被保険者分）、後期高齢＝後期高齢者医療保険料、"
            "保育料＝保育所保育料、住宅使用料＝市営住宅使用料、下水道＝下水道使用料", MINCHO, 8.5, before=3)
    para(d, "※1　市税には国民健康保険税を含まない。", MINCHO, 8.5)
    para(d, "※2　令和６年度（2024年度）決算の不納欠損額は、上表の７債権の合計で48,215千円である。", MINCHO, 8.5)
    para(d, "※3　保育料の収納率は９月分までの調定額に対するもの。", MINCHO, 8.5, after=10)

    para(d, "別表２　収納率の前年同期比較", GOTHIC, 11, after=2)
    para(d, "前年同期＝令和6年9月末、今期＝令和7年9月末（単位：％、差はポイント）", MINCHO, 9, align="right")
    hdr1 = ["債権", "現年度分", None, None, "滞納繰越分", None, None]
    hdr2 = ["", "前年同期", "今期", "差", "前年同期", "今期", "差"]
    rows = [hdr1, hdr2]
    for r in ROWS:
        rows.append([r["ab"].replace("※1", ""), p1(r["pc"]), p1(r["cr"]), sgn(r["cr"] - r["pc"]),
                     p1(r["pa"]), p1(r["ar"]), sgn(r["ar"] - r["pa"])])
    t = d.add_table(rows=len(rows), cols=7)
    table_borders(t)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            fill_cell(t.cell(i, j), v, MINCHO if i > 1 else GOTHIC, 9,
                      align="right" if (i > 1 and j > 0) else ("center" if i < 2 else None))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(1, 0))
    col_widths(t, [30, 22, 22, 20, 22, 22, 20])
    d.save(path)


def gold_facts():
    # 別表 page 4
    P = 4
    fyr = "令和7年9月末"
    for r in ROWS:
        ab = r["ab"]
        for seg, a, cc, rr in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar")):
            g.fact(P, r["full"], ab, FY, fyr, seg, "assessed", "interim", r[a] * 1000, "yen", c(r[a]), as_of=ASOF)
            g.fact(P, r["full"], ab, FY, fyr, seg, "collected", "interim", r[cc] * 1000, "yen", c(r[cc]), as_of=ASOF)
            g.fact(P, r["full"], ab, FY, fyr, seg, "collection_rate", "interim", r[rr], "percent", p1(r[rr]), as_of=ASOF)
    for seg, a, cc, rr in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar")):
        g.fact(P, None, "計", FY, fyr, seg, "assessed", "interim", TOT[a] * 1000, "yen", c(TOT[a]), as_of=ASOF)
        g.fact(P, None, "計", FY, fyr, seg, "collected", "interim", TOT[cc] * 1000, "yen", c(TOT[cc]), as_of=ASOF)
        g.fact(P, None, "計", FY, fyr, seg, "collection_rate", "interim", TOT[rr], "percent", p1(TOT[rr]), as_of=ASOF)
    g.fact(P, None, None, 2024, "令和６年度（2024年度）", "total", "written_off", "actual", 48215000, "yen", "48,215千円")
    for r in ROWS:
        ab = r["ab"].replace("※1", "")
        for seg, prev, now in (("current", "pc", "cr"), ("arrears", "pa", "ar")):
            g.fact(P, r["full"], ab, 2024, "令和6年9月末", seg, "collection_rate", "interim", r[prev], "percent",
                   p1(r[prev]), as_of=ASOF_PREV)
            g.fact(P, r["full"], ab, FY, "令和7年9月末", seg, "collection_rate", "interim", r[now], "percent",
                   p1(r[now]), as_of=ASOF)
            dv = round(r[now] - r[prev], 1)
            g.fact(P, r["full"], ab, FY, "令和7年9月末", seg, "difference", "interim", dv, "points", sgn(dv), as_of=ASOF)
    # prose facts (statements)
    F = g.fact
    F(2, None, None, 2024, "令和６年度", "total", "outstanding", "actual", 942000000, "yen", "約９億4,200万円", approx=True)
    F(2, None, None, 2024, "令和６年度", "total", "difference", "actual", -61000000, "yen", "約6,100万円", approx=True)
    F(2, "市税", "市税", FY, "９月末", "current", "collection_rate", "interim", 54.3, "percent", "54.3％", as_of=ASOF)
    F(2, "市税", "市税", FY, "９月末", "current", "difference", "interim", 0.6, "points", "0.6ポイント", as_of=ASOF)
    F(2, "市税", "市税", FY, "９月末", "arrears", "collection_rate", "interim", 19.8, "percent", "19.8％", as_of=ASOF)
    F(2, "市税", "市税", FY, "９月末", "arrears", "difference", "interim", 1.2, "points", "1.2ポイント", as_of=ASOF)
    F(2, "国民健康保険税", "国保税", FY, "９月末", "current", "collection_rate", "interim", 47.2, "percent", "47.2％", as_of=ASOF)
    F(2, "国民健康保険税", "国保税", FY, "９月末", "current", "difference", "interim", -0.3, "points", "0.3ポイント", as_of=ASOF)
    F(2, "国民健康保険税", "国保税", FY, "９月末", "total", "delinquents", "interim", 1284, "households", "1,284世帯", as_of=ASOF)
    F(2, "国民健康保険税", "国保税", 2024, "前年同期", "total", "delinquents", "interim", 1351, "households", "1,351世帯", as_of=ASOF_PREV)
    F(2, "国民健康保険税", "国保税", FY, "９月末", "total", "difference", "interim", -67, "households", "67世帯", as_of=ASOF)
    F(2, "国民健康保険税", "国保税", 2024, "令和６年度", "current", "collection_rate", "actual", 94.62, "percent", "94.62％")
    F(2, "国民健康保険税", "国保税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 25.31, "percent", "25.31％")
    F(2, "介護保険料", "介護保険料", FY, "９月末", "current", "collection_rate", "interim", 55.8, "percent", "55.8％", as_of=ASOF)
    F(2, "介護保険料", "介護保険料", FY, "９月末", "current", "difference", "interim", 0.2, "points", "0.2ポイント", as_of=ASOF)
    F(2, "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "total", "outstanding", "actual", 12000000,
      "yen", "1,200万円余", approx=True)
    F(3, "市営住宅使用料", "住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 21840000, "yen", "2,184万円")
    F(3, "保育所保育料", "保育料", FY, "９月末", "current", "collection_rate", "interim", 96.1, "percent", "96.1％", as_of=ASOF)
    F(3, "下水道使用料", "下水道使用料", FY, None, "arrears", "collection_rate", "interim", 27.3, "percent", "27.3％", as_of=ASOF)
    F(3, "下水道使用料", "下水道使用料", FY, None, "arrears", "difference", "interim", 1.2, "points", "1.2ポイント", as_of=ASOF)
    F(3, "学校給食費", "学校給食費", 2024, "令和６年度", "total", "written_off", "actual", 4120000, "yen", "約412万円", approx=True)


def main():
    WORK.mkdir(exist_ok=True)
    docx = WORK / f"{STEM}.docx"
    build_docx(docx)
    pdf = soffice(docx)
    out = PDF_DIR / f"{STEM}.pdf"
    subset(pdf, out)
    gold_facts()
    g.minutes = {
        "title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": "対面開催",
        "attendees": [{"role": r, "title": t, "name": n} for r, t, n in ATTENDEES],
        "agenda": AGENDA, "materials": MATERIALS,
        "statements": [{"speaker": sp, "section": sec, "text": tx, "page": pg} for pg, sp, sec, tx in STATEMENTS],
    }
    g.write(out)


if __name__ == "__main__":
    main()
