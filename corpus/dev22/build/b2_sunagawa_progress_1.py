"""b2_sunagawa_progress_1: 令和6年度 市税等の収納状況について（12月末現在） (すながわ市) — PyMuPDF Story.
Modelled on 砂川市's note on the 収納率 of 市税/国保税 (現年課税分 and 滞納繰越分 rates in running text),
laid out as a mid-year progress report with one-debt-per-column and segment × period tables."""
import pymupdf as fitz
from b2_common import *

STEM = "b2_sunagawa_progress_1"
CITY = "すながわ市"
ASOF, ASOF_PREV = "2024-12-31", "2023-12-31"
# debt: (current assessed, current collected, arrears assessed, arrears collected) in 千円, prev-year rates (cur, arr)
D = {
 "市税":           (2_861_430, 2_503_917, 214_806, 51_762, ("87.31", "23.1")),
 "国民健康保険税": (  702_118,   566_431, 1_233_905, 221_090, ("80.02", "17.2")),
 "介護保険料":     (  411_207,   371_866,  38_512,  7_154, ("90.15", "18.9")),
 "後期高齢者医療保険料": (288_640, 268_117,   6_031,  2_214, ("92.77", "35.0")),
}
GFONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MFONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

def k(v): return f"{v:,}"

def build():
    facts, inits = [], []
    F = lambda *a, **kw: facts.append(fact(*a, **kw))
    st = {}
    for n, (ca, cc, aa, ac, prev) in D.items():
        st[n] = dict(cr=rate(cc, ca, 2), ar=rate(ac, aa, 1), tr=rate(cc + ac, ca + aa, 2))
    tax = D["市税"]; s = st["市税"]
    t23 = "82.64"
    html = [f"""<p class="r">令和7年1月</p>
<h1>令和６年度　市税等の収納状況について（12月末現在）</h1>
<p class="r">すながわ市 税務課・保険課</p>
<h2>１　概要</h2>
<p>12月末現在の市税の収納率は、現年課税分が{s['cr']:.2f}％、滞納繰越分が{s['ar']:.1f}％で、現年・滞繰を合わせた全体では{s['tr']:.2f}％となり、前年同月の{t23}％を上回っている。</p>
<p>国民健康保険税は、滞納繰越分の調定額が約12億3,400万円と大きく、滞納繰越分の収納率は{st['国民健康保険税']['ar']:.1f}％にとどまっている。</p>
"""]
    F("市税", 2024, "12月末現在", "current", "collection_rate", "interim", s["cr"], "percent", f"{s['cr']:.2f}％", as_of=ASOF)
    F("市税", 2024, "12月末現在", "arrears", "collection_rate", "interim", s["ar"], "percent", f"{s['ar']:.1f}％", as_of=ASOF)
    F("市税", 2024, "12月末現在", "total", "collection_rate", "interim", s["tr"], "percent", f"{s['tr']:.2f}％", as_of=ASOF)
    F("市税", 2023, "前年同月", "total", "collection_rate", "interim", float(t23), "percent", f"{t23}％", as_of=ASOF_PREV)
    F("国民健康保険税", 2024, "12月末現在", "arrears", "assessed", "interim", 1_234_000_000, "yen", "約12億3,400万円", as_of=ASOF, approx=True)
    F("国民健康保険税", 2024, "12月末現在", "arrears", "collection_rate", "interim", st["国民健康保険税"]["ar"], "percent", f"{st['国民健康保険税']['ar']:.1f}％", as_of=ASOF)
    # table 1: one debt per column, horizontal rules only, merged segment labels
    names = list(D)
    rows = []
    for seg, segl, idx in (("current", "現年分", 0), ("arrears", "滞繰分", 2)):
        for j, (ml, met) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率(％)", "collection_rate"))):
            cells = []
            for n in names:
                if met == "collection_rate":
                    v = st[n]["cr" if seg == "current" else "ar"]; txt = f"{v:.2f}" if seg == "current" else f"{v:.1f}"
                    F(n, 2024, "令和6年12月末", seg, met, "interim", v, "percent", txt, as_of=ASOF)
                else:
                    v = D[n][idx + (0 if met == "assessed" else 1)]; txt = k(v)
                    F(n, 2024, "令和6年12月末", seg, met, "interim", v * 1000, "yen", txt, as_of=ASOF)
                cells.append(f'<td class="n">{txt}</td>')
            lab = f'<td rowspan="3" class="seg">{segl}</td>' if j == 0 else ""
            rows.append(f"<tr>{lab}<td>{ml}</td>{''.join(cells)}</tr>")
    html.append(f"""<h2>２　債権別の収納状況</h2>
<p class="cap">表１　債権別収納状況（令和6年12月末現在）</p><p class="unit">単位：千円</p>
<table class="hz"><tr><th colspan="2">区分</th>{''.join(f'<th>{n}</th>' for n in names)}</tr>{''.join(rows)}</table>
""")
    # table 2: one debt per row, segment x period groups, rates w/o % (unit note), 差 column
    r2 = []
    for n in names:
        pc, pa = D[n][4]
        c = st[n]["cr"]; a = st[n]["ar"]
        dc = c - float(pc); da = a - float(pa)
        fmt = lambda x, nd: ("△" if x < 0 else "") + f"{abs(x):.{nd}f}"
        F(n, 2024, "R6.12末", "current", "collection_rate", "interim", c, "percent", f"{c:.2f}", as_of=ASOF)
        F(n, 2023, "R5.12末", "current", "collection_rate", "interim", float(pc), "percent", pc, as_of=ASOF_PREV)
        F(n, 2024, "R6.12末", "arrears", "collection_rate", "interim", a, "percent", f"{a:.1f}", as_of=ASOF)
        F(n, 2023, "R5.12末", "arrears", "collection_rate", "interim", float(pa), "percent", pa, as_of=ASOF_PREV)
        r2.append(f'<tr><td>{n}</td><td class="n">{c:.2f}</td><td class="n">{pc}</td><td class="n">{fmt(dc,2)}</td>'
                  f'<td class="n">{a:.1f}</td><td class="n">{pa}</td><td class="n">{fmt(da,1)}</td></tr>')
    html.append(f"""<p class="cap">表２　収納率の前年同月比較</p><p class="unit">単位：％、ポイント</p>
<table class="g"><tr><th rowspan="2">債権名</th><th colspan="3">現年分</th><th colspan="3">滞繰分</th></tr>
<tr><th>R6.12末</th><th>R5.12末</th><th>差</th><th>R6.12末</th><th>R5.12末</th><th>差</th></tr>{''.join(r2)}</table>
""")
    k2 = st["国民健康保険税"]
    html.append(f"""<h2>３　国民健康保険税の状況</h2>
<p class="b">【収納率】令和6年12月末時点</p>
<ul><li>現年分　{k2['cr']:.2f}％（前年同月 {D['国民健康保険税'][4][0]}％）</li><li>滞繰分　{k2['ar']:.1f}％（前年同月 {D['国民健康保険税'][4][1]}％）</li><li>合計　{k2['tr']:.2f}％</li></ul>
""")
    F("国民健康保険税", 2024, "令和6年12月末時点", "current", "collection_rate", "interim", k2["cr"], "percent", f"{k2['cr']:.2f}％", as_of=ASOF)
    F("国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", float(D['国民健康保険税'][4][0]), "percent", f"{D['国民健康保険税'][4][0]}％", as_of=ASOF_PREV)
    F("国民健康保険税", 2024, "令和6年12月末時点", "arrears", "collection_rate", "interim", k2["ar"], "percent", f"{k2['ar']:.1f}％", as_of=ASOF)
    F("国民健康保険税", 2023, "前年同月", "arrears", "collection_rate", "interim", float(D['国民健康保険税'][4][1]), "percent", f"{D['国民健康保険税'][4][1]}％", as_of=ASOF_PREV)
    F("国民健康保険税", 2024, "令和6年12月末時点", "total", "collection_rate", "interim", k2["tr"], "percent", f"{k2['tr']:.2f}％", as_of=ASOF)
    TORI = {
     "市税": [("年末の夜間・休日納税相談窓口を開設し、分割納付の計画を作成した。", "継続"),
              ("預貯金調査の電子照会を全金融機関に広げ、差押えまでの期間を短縮した。", "拡充"),
              ("軽自動車税の納付にスマートフォン決済を導入した。", "新規")],
     "国民健康保険税": [("滞納世帯への短期の資格確認書の交付時に、納付相談を必ず行った。", "継続"),
              ("高額滞納世帯の捜索を実施し、動産をインターネット公売にかけた。", "拡充")],
     "介護保険料": [("65歳到達時に口座振替の勧奨通知を送付した。", None)],
    }
    parts = ['<h2>４　12月末までの主な取組</h2>']
    for i, (n, items) in enumerate(TORI.items()):
        parts.append(f"<p>（{i+1}）{n}</p><ul>")
        for t, tag in items:
            parts.append(f"<li>・{t}" + (f"【{tag}】" if tag else "") + "</li>")
            inits.append({"debt": n, "fiscal_year": 2024, "section": "12月末までの主な取組", "label": "・",
                          "text": t, "status": tag, "page": None})
        parts.append("</ul>")
    html.append("".join(parts))
    html.append('<p class="note">※収納率は収入済額÷調定額（小数点以下第3位四捨五入。滞繰分は第2位四捨五入）。前年同月は令和5年12月末の数値。</p>')
    css = f"""@font-face {{font-family: G; src: url(ipaexg.ttf);}} @font-face {{font-family: M; src: url(ipaexm.ttf);}}
body {{font-family: M; font-size: 10.5pt;}} h1 {{font-family: G; font-size: 15pt; text-align: center;}}
h2 {{font-family: G; font-size: 12pt; margin-top: 12pt;}} .r {{text-align: right;}} .cap {{font-family: G; margin-bottom: 0;}}
.unit {{text-align: right; font-size: 9pt; margin: 0;}} table {{border-collapse: collapse; width: 100%; font-size: 9.5pt;}}
table.hz td, table.hz th {{border-top: 0.6pt solid black; border-bottom: 0.6pt solid black; padding: 3pt;}}
table.g td, table.g th {{border: 0.6pt solid black; padding: 3pt;}} td.n {{text-align: right;}} td.seg {{text-align: center;}}
th {{font-family: G; font-weight: normal; background-color: #e8e8e8;}} .b {{font-family: G;}} ul {{list-style-type: none;}}
.note {{font-size: 9pt;}}"""
    import os
    arch = fitz.Archive(os.path.dirname(GFONT)); arch.add(os.path.dirname(MFONT))
    story = fitz.Story("".join(html), user_css=css, archive=arch)
    tmp = OUT / f"{STEM}_raw.pdf"
    w = fitz.DocumentWriter(str(tmp)); rect = fitz.paper_rect("a4"); where = rect + (60, 70, -60, -70)
    more = True
    while more:
        dev = w.begin_page(rect); more, _ = story.place(where); story.draw(dev); w.end_page()
    w.close()
    doc = fitz.open(tmp)
    for p in doc:
        p.insert_font(fontname="g", fontfile=GFONT)
        p.insert_text((60, 45), "令和6年度 収納状況（12月末）", fontname="g", fontsize=8)
        p.insert_text((280, 810), f"- {p.number+1} -", fontname="g", fontsize=9)
    doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"; doc.save(pdf, garbage=4, deflate=True)
    assign_pages(pdf, facts); assign_pages(pdf, inits, key="text")
    d = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度　市税等の収納状況について（12月末現在）",
         "date": "2025-01-01", "date_raw": "令和7年1月"}
    return write_gold(STEM, pdf, d, facts, inits)

if __name__ == "__main__":
    build()
