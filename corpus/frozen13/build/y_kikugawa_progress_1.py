"""y_kikugawa_progress_1: 令和５年度 債権管理の取組状況（２月末時点）, PyMuPDF Story, A4 portrait."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, PDF_DIR, Gold, comma, rate  # noqa: E402

STEM = "y_kikugawa_progress_1"
CITY = "菊川市"
ASOF, ASOF_P = "2024-02-29", "2023-02-28"

# 令和6年2月末（千円）: (現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入), 前年同月収納率 (現年, 滞繰)
DEBTS = {
    "市税": ((5284310, 5186412, 412880, 101573), ("97.96", "22.87")),
    "国民健康保険税": ((1352406, 1187953, 505117, 92436), ("87.12", "17.45")),
    "介護保険料": ((1021554, 1004287, 38902, 6214), ("98.40", "14.08")),
    "市営住宅使用料": ((198720, 190211, 35406, 4881), ("95.31", "12.66")),
}
SEGNAME = {"市営住宅使用料": ("現年度分", "過年度分")}
DEPT = {"市税": "税務課", "国民健康保険税": "税務課", "介護保険料": "長寿介護課", "市営住宅使用料": "都市計画課"}
# 【参考】令和４年度決算（円）: 調定, 収入, 不納欠損
REF = {
    "市税": (579541 * 10000, 559113 * 10000, 1420 * 10000),
    "国民健康保険税": (189352 * 10000, 157184 * 10000, 3041 * 10000),
    "介護保険料": (106831 * 10000, 104129 * 10000, 521 * 10000),
    "市営住宅使用料": (23687 * 10000, 19873 * 10000, 118 * 10000),
}
INITS = {
    "市税": [("①", "納期限後２０日以内に督促状を発送し、未納１か月で電話による催告を行う。", "継続"),
            ("②", "滞納繰越分のうち高額案件は、預貯金・給与の差押えを優先して執行する。", "継続"),
            ("③", "静岡地方税滞納整理機構への移管案件を選定し、困難案件の整理を進める。", "拡充")],
    "国民健康保険税": [("①", "特別徴収への切替え対象者を抽出し、年金からの徴収を拡大する。", "新規"),
                ("②", "納付相談時に生活状況を聴き取り、分納誓約の履行を毎月確認する。", "継続")],
    "介護保険料": [("①", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続")],
    "市営住宅使用料": [("①", "入居者の滞納が２か月に達した時点で、戸別訪問による納付指導を行う。", "継続"),
                ("②", "退去滞納者については、連帯保証人への請求を速やかに行う。", "拡充")],
}

CSS = """
* {font-family: sans-serif; font-size: 10pt; line-height: 1.45;}
h1 {font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0;}
.r {text-align: right;}
.box {border: 1px solid black; padding: 5pt; margin: 4pt 0 6pt 0;}
.note {font-size: 8.5pt;}
td {padding: 2pt 4pt;}
"""


def build():
    g = Gold(STEM, "progress_report", CITY, "令和５年度 債権管理の取組状況（２月末時点）", "2024-03-21",
             "令和６年３月２１日")
    h = []
    h.append('<p class="r">令和６年３月２１日<br/>菊川市総務部税務課</p>')
    h.append("<h1>令和５年度 債権管理の取組状況（２月末時点）</h1>")
    h.append("<h2>１　趣旨</h2>")
    h.append("<p>　菊川市債権管理条例に基づき、主要４債権について令和６年２月末時点の収納状況と取組の実施状況を"
             "取りまとめたので報告する。前年同月との比較は、令和５年２月末時点の数値による。</p>")
    # ---- 市全体（罫線なし表）
    cur_a = sum(v[0][0] for v in DEBTS.values()); cur_c = sum(v[0][1] for v in DEBTS.values())
    arr_a = sum(v[0][2] for v in DEBTS.values()); arr_c = sum(v[0][3] for v in DEBTS.values())
    tot_a, tot_c = cur_a + arr_a, cur_c + arr_c
    rows = [("現年分", "current", cur_a, cur_c, "96.02"), ("滞納繰越分", "arrears", arr_a, arr_c, "19.36"),
            ("合計", "total", tot_a, tot_c, "87.41")]
    h.append("<h2>２　主要４債権の収納状況</h2>")
    r_tot = rate(tot_c, tot_a)
    diff = round(r_tot - 87.41, 2)
    h.append(f"<p>　令和６年２月末時点の主要４債権全体の収納率は{r_tot:.2f}％で、前年同月を{diff:.2f}ポイント"
             "上回った。現年分は口座振替の利用拡大により堅調に推移している。</p>")
    g.fact(None, 2023, "令和６年２月末", "total", "collection_rate", "interim", r_tot, "percent", f"{r_tot:.2f}％",
           as_of=ASOF, debt_raw=None, seq=("２　主要４債権", "収納率は"))
    h.append('<p class="note" style="text-align:right">（単位：千円、％）</p>')
    h.append('<table style="width:100%">')
    h.append("<tr><td></td><td class='r'>調定額</td><td class='r'>収入済額</td><td class='r'>収納率</td>"
             "<td class='r'>前年同月</td><td class='r'>差</td></tr>")
    h.append("<tr><td></td><td class='r'>(2月末)</td><td class='r'>(2月末)</td><td class='r'>(2月末)</td>"
             "<td class='r'>収納率</td><td class='r'>(ポイント)</td></tr>")
    for lab, seg, a, c, prev in rows:
        r = rate(c, a)
        d = round(r - float(prev), 2)
        h.append(f"<tr><td>{lab}</td><td class='r'>{comma(a)}</td><td class='r'>{comma(c)}</td>"
                 f"<td class='r'>{r:.2f}</td><td class='r'>{prev}</td><td class='r'>{d:+.2f}</td></tr>")
        dr = "合計" if seg == "total" else None
        for m, v, unit, raw in (("assessed", a * 1000, "yen", comma(a)), ("collected", c * 1000, "yen", comma(c)),
                                ("collection_rate", r, "percent", f"{r:.2f}")):
            g.fact(None, 2023, "２月末", seg, m, "interim", v, unit, raw, as_of=ASOF, debt_raw=dr,
                   seq=("（単位：千円、％）", lab))
        g.fact(None, 2022, "前年同月", seg, "collection_rate", "interim", float(prev), "percent", prev,
               as_of=ASOF_P, debt_raw=dr, seq=("（単位：千円、％）", lab, f"{r:.2f}"))
    h.append("</table>")
    h.append('<p class="note">※ 調定額・収入済額は千円未満を切り捨て。収納率は収入済額÷調定額。'
             '前年同月は令和５年２月２８日時点。</p>')

    # ---- 債権ごと
    h.append("<h2>３　債権ごとの状況と取組</h2>")
    for n, (d, ((ca, cc, aa, ac), (pc, pa))) in enumerate(DEBTS.items(), 1):
        sc, sa = SEGNAME.get(d, ("現年分", "滞納繰越分"))
        rc, ra = rate(cc, ca), rate(ac, aa)
        h.append(f"<h3>（{n}）債権ごとの取組（{d}）</h3>")
        h.append(f"<p>所管課：{DEPT[d]}</p>")
        h.append("<p>【収納率】令和６年２月２９日時点</p>")
        h.append(f"<p>　・{sc}　{rc:.2f}％（前年同月　{pc}％）<br/>　・{sa}　{ra:.2f}％（前年同月　{pa}％）</p>")
        anchor = f"債権ごとの取組（{d}）"
        g.fact(d, 2023, "令和６年２月２９日", "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}％",
               as_of=ASOF, seq=(anchor, sc))
        g.fact(d, 2022, "前年同月", "current", "collection_rate", "interim", float(pc), "percent", f"{pc}％",
               as_of=ASOF_P, seq=(anchor, sc, "前年同月"))
        g.fact(d, 2023, "令和６年２月２９日", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}％",
               as_of=ASOF, seq=(anchor, sa))
        g.fact(d, 2022, "前年同月", "arrears", "collection_rate", "interim", float(pa), "percent", f"{pa}％",
               as_of=ASOF_P, seq=(anchor, sa, "前年同月"))
        if d in ("市税", "国民健康保険税"):
            out_c = round((ca - cc) * 1000, -6)
            raw = "約" + _man(out_c)
            h.append(f"<p>　{sc}の未納額は{raw}で、３月及び出納整理期間中の催告により縮減を図る。</p>")
            g.fact(d, 2023, "令和６年２月２９日", "current", "outstanding", "interim", out_c, "yen", raw,
                   as_of=ASOF, approx=True, seq=(anchor, "未納額は"))
        a, c, w = REF[d]
        rr = rate(c, a)
        o = a - c - w
        h.append('<div class="box">【参考】令和４年度決算<br/>'
                 f"　・調定額：{_man(a)}<br/>　・収入済額：{_man(c)}<br/>　・不納欠損額：{_man(w)}<br/>"
                 f"　・収入未済額：{_man(o)}<br/>　・収納率：{rr:.2f}％</div>")
        for m, v, unit, raw in (("assessed", a, "yen", _man(a)), ("collected", c, "yen", _man(c)),
                                ("written_off", w, "yen", _man(w)), ("outstanding", o, "yen", _man(o)),
                                ("collection_rate", rr, "percent", f"{rr:.2f}％")):
            g.fact(d, 2022, "令和４年度", "total", m, "actual", v, unit, raw, seq=(anchor, "【参考】"))
        items = "".join(
            f"<p style='margin-left:10pt;text-indent:-10pt'>{lab}{t}" + ("<br/>" if k == 1 else "") + f"【{st}】</p>"
            for k, (lab, t, st) in enumerate(INITS[d]))
        h.append(f'<div class="box"><p>主な取組</p>{items}</div>')
        for lab, t, st in INITS[d]:
            g.init(d, 2023, "主な取組", lab, t, st, seq=(anchor,))
    h.append("<h2>４　今後の対応</h2>")
    h.append("<p>　出納整理期間（５月末まで）において、各債権所管課は現年分の未納者への催告を集中して行う。"
             "令和５年度の決算状況は、令和６年度第１回債権管理推進会議において報告する。</p>")
    html = "".join(h)

    story = fitz.Story(html, user_css=CSS)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}_raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    rect = fitz.paper_rect("a4")
    where = rect + (56, 62, -56, -60)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_text((380, 40), "令和５年度 債権管理の取組状況", fontname="japan", fontsize=8)
        page.draw_line((56, 46), (539, 46), width=0.5)
        page.insert_text((285, 810), f"{i + 1} / {n}", fontname="helv", fontsize=9)
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    return g.finish(pdf)


def _man(v: int) -> str:
    """円 → 「24億5,610万円」 (万円未満切り捨て表示のため値は万円単位で持つ)."""
    oku, man = divmod(v // 10000, 10000)
    if oku and man:
        return f"{oku}億{man:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{man:,}万円"


if __name__ == "__main__":
    build()
