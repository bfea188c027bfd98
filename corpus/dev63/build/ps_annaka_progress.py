"""安中市 令和５年度 市税等収納対策の取組状況（中間報告・令和６年２月末現在）.

Tool chain: HTML/CSS (inline SVG chart) -> chromium --headless --print-to-pdf.
Run from corpus/dev63:  python3 build/ps_annaka_progress.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ps_common import (FONT_G, FONT_M, PDF_DIR, WORK, Gold, comma, man_oku, rate, tri, zd, zen)  # noqa: E402

STEM = "ps_annaka_progress_1"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
g = Gold(STEM, "progress_report", "安中市", "令和５年度 市税等収納対策の取組状況（中間報告）",
         "2024-03-15", "令和６年３月15日", "progress")

# ---------------------------------------------------------------- data (千円, 令和６年２月末現在)
# key, short label printed in tables, canonical debt, full name, section, cur_a, cur_c, arr_a, arr_c, wo,
# previous-year same-month rates (current, arrears, total)
DEBTS = [
    ("tax", "市税", "市税", "市税", "一般", 10873452, 10204731, 612845, 148962, 38214, 93.41, 23.05, 89.36),
    ("hoiku", "保育料", "保育所保育料", "保育所保育料", "一般", 182456, 171893, 9812, 2145, 612, 93.87, 19.64, 89.95),
    ("jutaku", "住宅使用料", "市営住宅使用料", "市営住宅使用料", "一般", 143205, 129874, 38764, 5218, 1893, 90.12, 14.27, 73.58),
    ("kokuho", "国保税", "国民健康保険税", "国民健康保険税", "特別", 1523874, 1268437, 486213, 98754, 27461, 83.76, 19.48, 67.14),
    ("kaigo", "介護料", "介護保険料", "介護保険料", "特別", 1245678, 1198312, 23456, 4872, 3518, 96.05, 18.94, 94.51),
    ("koki", "後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", "特別", 498765, 487214, 5432, 1987, 412, 97.52, 31.08, 96.88),
]
D = {d[0]: d for d in DEBTS}


def agg(keys):
    a = sum(D[k][5] for k in keys)
    c = sum(D[k][6] for k in keys)
    aa = sum(D[k][7] for k in keys)
    ac = sum(D[k][8] for k in keys)
    wo = sum(D[k][9] for k in keys)
    return a, c, aa, ac, wo


GEN = [k for k in D if D[k][4] == "一般"]
SPE = [k for k in D if D[k][4] == "特別"]
ALL = GEN + SPE
# previous-year same-month rates of the subtotal and total rows (printed, consistent in spirit)
PREV_GROUP = {"一般小計": (93.38, 21.74, 88.93), "特別小計": (90.55, 19.49, 80.42), "合計": (92.68, 21.15, 87.24)}


def rowdata():
    """Rows of the summary table: (label, debt, debt_raw, cur_a, cur_c, arr_a, arr_c, wo, prev)."""
    rows = []
    for sec, keys, sub in (("【一般会計】", GEN, "一般小計"), ("【特別会計】", SPE, "特別小計")):
        rows.append(("section", sec))
        for k in keys:
            d = D[k]
            rows.append(("debt", d[1], d[2], d[1], d[5], d[6], d[7], d[8], d[9], d[10:13]))
        a, c, aa, ac, wo = agg(keys)
        rows.append(("sub", "小計", None, "小計", a, c, aa, ac, wo, PREV_GROUP[sub]))
    a, c, aa, ac, wo = agg(ALL)
    rows.append(("total", "合計", None, "合計", a, c, aa, ac, wo, PREV_GROUP["合計"]))
    return rows


# ---------------------------------------------------------------- html helpers
CSS = f"""
@font-face {{ font-family: G; src: url('file://{FONT_G}'); }}
@font-face {{ font-family: M; src: url('file://{FONT_M}'); }}
@page {{ size: A4 portrait; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: M; font-size: 10pt; color: #111; }}
h1, h2, h3, b, th {{ font-weight: normal; }}
.page {{ width: 210mm; height: 296.5mm; padding: 16mm 16mm 12mm 16mm; position: relative;
        page-break-after: always; overflow: hidden; }}
.page:last-child {{ page-break-after: auto; }}
.folio {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }}
h1 {{ font-family: G; font-size: 16pt; text-align: center; margin: 2mm 0 1mm 0; }}
.sub {{ text-align: center; font-family: G; font-size: 11pt; margin-bottom: 1mm; }}
.org {{ text-align: right; font-size: 9.5pt; margin-bottom: 4mm; }}
h2 {{ font-family: G; font-size: 12pt; margin: 5mm 0 2mm 0; border-bottom: 1.2pt solid #2b5797;
      padding-bottom: 0.8mm; }}
h3 {{ font-family: G; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }}
p {{ margin: 0 0 1.6mm 0; line-height: 1.55; text-indent: 1em; text-align: justify; }}
.two {{ column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #999; }}
.two p {{ font-size: 9.6pt; }}
table {{ border-collapse: collapse; }}
.zebra th {{ background: #2b5797; color: #fff; font-family: G; font-weight: normal; font-size: 8pt;
             padding: 1.2mm 1mm; border: 0.6pt solid #fff; }}
.zebra td {{ font-size: 8.3pt; padding: 1.1mm 1.4mm; text-align: right; white-space: nowrap; }}
.zebra tr:nth-child(even) td {{ background: #e8eef8; }}
.zebra td.l {{ text-align: left; font-family: G; }}
.zebra tr.sec td {{ background: #fff !important; font-family: G; text-align: left;
                    border-top: 0.6pt solid #2b5797; }}
.zebra tr.sum td {{ background: #d3ddef !important; font-family: G; }}
.zebra tr.tot td {{ background: #b8c8e6 !important; font-family: G; }}
.unit {{ text-align: right; font-size: 8.5pt; margin: 0 0 0.8mm 0; }}
.note {{ font-size: 8.3pt; line-height: 1.45; margin: 1.2mm 0 0 0; text-indent: 0; }}
.grid th, .grid td {{ border: 0.6pt solid #333; font-size: 8.5pt; padding: 1.2mm 1.6mm; }}
.grid th {{ background: #dfe6f1; font-family: G; font-weight: normal; }}
.grid td {{ text-align: right; }}
.grid td.l {{ text-align: left; font-family: G; }}
.grid td.c {{ text-align: center; }}
.panels {{ display: flex; gap: 4mm; margin: 3mm 0 2mm 0; }}
.panel {{ flex: 1; border: 1.2pt solid #2b5797; border-radius: 2mm; padding: 2mm 3mm; }}
.panel .lab {{ font-family: G; font-size: 9pt; background: #2b5797; color: #fff; padding: 0.6mm 2mm;
               display: inline-block; border-radius: 1mm; }}
.panel .yr {{ font-size: 8.5pt; margin: 1mm 0 0 0; }}
.panel .big {{ font-family: G; font-size: 20pt; color: #1c3d73; margin: 0.5mm 0; }}
.panel .cmp {{ font-size: 9pt; }}
.box {{ border: 0.8pt solid #333; padding: 2mm 4mm; margin: 3mm 0; }}
.box .hd {{ font-family: G; font-size: 10pt; margin-bottom: 1mm; }}
.box ul {{ margin: 0 0 1mm 0; padding-left: 6mm; }}
.box li {{ font-size: 9.5pt; line-height: 1.5; }}
.status td {{ vertical-align: top; text-align: left; font-size: 8.6pt; line-height: 1.5; }}
.status td.mk {{ text-align: center; vertical-align: middle; font-size: 11pt; }}
.status th {{ font-size: 8.6pt; }}
"""


class Page:
    def __init__(self, n):
        self.n = n
        self.parts: list[str] = []

    def add(self, s):
        self.parts.append(s)

    def html(self):
        return f'<section class="page">{"".join(self.parts)}<div class="folio">－ {self.n} －</div></section>'


pages: list[Page] = []


def new_page():
    p = Page(len(pages) + 1)
    pages.append(p)
    g.page = p.n
    return p


def f2(x):
    return f"{x:.2f}"


# ---------------------------------------------------------------- page 1: overview
p = new_page()
p.add('<h1>令和５年度 市税等収納対策の取組状況（中間報告）</h1>')
p.add('<div class="sub">～ 令和６年２月末現在 ～</div>')
p.add('<div class="org">令和６年３月15日<br>安中市総務部収納課</div>')
p.add('<h2>１ 収納状況の概要</h2>')

t = D["tax"]
tax_cur_r, tax_arr_r = rate(t[6], t[5]), rate(t[8], t[7])
tax_tot_r = rate(t[6] + t[8], t[5] + t[7])
tax_out = t[5] + t[7] - t[6] - t[8] - t[9]
TAX_PREV_OUT = 1137652  # 千円, 令和５年２月末
k = D["kokuho"]
kok_cur_r, kok_arr_r = rate(k[6], k[5]), rate(k[8], k[7])
kok_tot_r = rate(k[6] + k[8], k[5] + k[7])
kok_out = k[5] + k[7] - k[6] - k[8] - k[9]


def approx_man(k_yen: int, unit=100000):
    """round 千円 to 10万円 -> yen."""
    y = k_yen * 1000
    return int(round(y / unit) * unit)


col1 = []
s = (f"令和６年２月末現在の市税の収納率は、現年課税分が"
     + g.fact(f"{f2(tax_cur_r)}％", tax_cur_r, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和６年２月末", segment="current", basis="interim", as_of=ASOF)
     + "で前年同月比"
     + g.fact(f"{f2(tax_cur_r - t[10])}ポイント", round(tax_cur_r - t[10], 2), "difference", debt="市税",
              debt_raw="市税", fy=FY, fy_raw="令和６年２月末", segment="current", basis="interim", as_of=ASOF,
              unit="points")
     + "上昇、滞納繰越分が"
     + g.fact(f"{f2(tax_arr_r)}％", tax_arr_r, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和６年２月末", segment="arrears", basis="interim", as_of=ASOF)
     + "で同"
     + g.fact(f"{f2(tax_arr_r - t[11])}ポイント", round(tax_arr_r - t[11], 2), "difference", debt="市税",
              debt_raw="市税", fy=FY, fy_raw="令和６年２月末", segment="arrears", basis="interim", as_of=ASOF,
              unit="points")
     + "上昇となり、合計では"
     + g.fact(f"{f2(tax_tot_r)}％", tax_tot_r, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和６年２月末", segment="total", basis="interim", as_of=ASOF)
     + "と前年同月を上回っています。")
col1.append(s)
out_y = approx_man(tax_out, 1000000)
dif_y = approx_man(tax_out - TAX_PREV_OUT, 1000000)
s = ("市税の収入未済額は"
     + g.fact("約" + man_oku(out_y), out_y, "outstanding", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和６年２月末", basis="interim", as_of=ASOF, approx=True)
     + "で、前年同月から"
     + g.fact("約" + man_oku(-dif_y), dif_y, "difference", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和６年２月末", basis="interim", as_of=ASOF, approx=True)
     + "減少しました。現年課税分の早期着手と、滞納繰越分の財産調査・差押えを並行して進めた効果が表れているものと考えています。")
col1.append(s)
col1.append("一方、物価高騰の影響により分納を希望する相談は増加しており、納付計画の履行状況を確認する事務の負担も大きくなっています。"
            "年度末に向けては、分納不履行者への早期の催告と、納付資力のある滞納者への滞納処分を徹底してまいります。")

# column 2 in full-width digits (as many city prose pages are typed)
col2 = []
s = ("国民健康保険税の収納率は、現年課税分が"
     + g.fact(zen(f"{f2(kok_cur_r)}％"), kok_cur_r, "collection_rate", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", segment="current", basis="interim",
              as_of=ASOF)
     + "（前年同月比"
     + g.fact(zen(tri(round(kok_cur_r - k[10], 2), 2)) + "ポイント", round(kok_cur_r - k[10], 2), "difference",
              debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", segment="current",
              basis="interim", as_of=ASOF, unit="points")
     + "）、滞納繰越分が"
     + g.fact(zen(f"{f2(kok_arr_r)}％"), kok_arr_r, "collection_rate", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", segment="arrears", basis="interim",
              as_of=ASOF)
     + "（同＋"
     + g.fact(zen(f"{f2(kok_arr_r - k[11])}") + "ポイント", round(kok_arr_r - k[11], 2), "difference",
              debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", segment="arrears",
              basis="interim", as_of=ASOF, unit="points")
     + "）です。現年課税分は、被保険者の後期高齢者医療制度への移行に伴い口座振替世帯が減少したことが影響しています。")
col2.append(s)
kok_out_y = approx_man(kok_out, 1000000)
s = ("国民健康保険税の収入未済額は"
     + g.fact("約" + zen(man_oku(kok_out_y)), kok_out_y, "outstanding",
              debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", basis="interim",
              as_of=ASOF, approx=True)
     + "となっています。介護保険料及び後期高齢者医療保険料は、特別徴収の割合が高く、前年同月と同程度で推移しています。")
col2.append(s)
col2.append("保育料及び市営住宅使用料は、担当課と収納課が合同で催告を行う取組を継続しています。"
            "特に市営住宅使用料は、連帯保証人への通知を前倒しで実施し、滞納の長期化を防いでいます。")
p.add('<div class="two">' + "".join(f"<p>{x}</p>" for x in col1 + col2) + '</div>')

# key-figure panels
all_a, all_c, all_aa, all_ac, all_wo = agg(ALL)
all_out = all_a + all_aa - all_c - all_ac - all_wo
PREV_ALL_OUT = 1912366  # 千円 令和５年２月末 (printed only rounded in the panel)
panel_out = round(all_out / 100000, 1)  # 億円 one decimal
panel_dif = round(all_out / 100000, 1) - round(PREV_ALL_OUT / 100000, 1)
panels = [
    ("市税 収納率", "令和５年度 ２月末", g.fact(f"{f2(tax_tot_r)}％", tax_tot_r, "collection_rate", debt="市税",
                                              debt_raw="市税", fy=FY, fy_raw="令和５年度", basis="interim",
                                              as_of=ASOF),
     "前年同月比＋" + g.fact(f"{f2(tax_tot_r - t[12])}ポイント", round(tax_tot_r - t[12], 2), "difference",
                           debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", basis="interim", as_of=ASOF,
                           unit="points")),
    ("国民健康保険税 収納率", "令和５年度 ２月末",
     g.fact(f"{f2(kok_tot_r)}％", kok_tot_r, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税",
            fy=FY, fy_raw="令和５年度", basis="interim", as_of=ASOF),
     "前年同月比＋" + g.fact(f"{f2(kok_tot_r - k[12])}ポイント", round(kok_tot_r - k[12], 2), "difference",
                           debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和５年度",
                           basis="interim", as_of=ASOF, unit="points")),
    ("収入未済額（６債権計）", "令和６年２月末",
     g.fact(f"{panel_out:.1f}億円", int(round(panel_out * 10)) * 10000000, "outstanding", debt=None,
            debt_raw="６債権計", fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF),
     "前年同月比" + g.fact(f"{tri(round(panel_dif, 1), 1)}億円", int(round(panel_dif * 10)) * 10000000, "difference",
                         debt=None, debt_raw="６債権計", fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF)),
]
p.add('<div class="panels">' + "".join(
    f'<div class="panel"><span class="lab">{a}</span><div class="yr">{b}</div><div class="big">{c}</div>'
    f'<div class="cmp">{d}</div></div>' for a, b, c, d in panels) + '</div>')

# bracketed metric heading over bullets labelled only by segment (介護保険料)
kg = D["kaigo"]
kg_cur_r, kg_arr_r = rate(kg[6], kg[5]), rate(kg[8], kg[7])
kg_cur_out = kg[5] - kg[6]
kg_arr_out = kg[7] - kg[8] - kg[9]
box = ['<div class="box"><div class="hd">（参考）介護保険料の状況</div>']
box.append('<div class="hd">【収納率】令和６年２月末時点</div><ul>')
box.append("<li>現年分　" + g.fact(f"{f2(kg_cur_r)}％", kg_cur_r, "collection_rate", debt="介護保険料",
                                  debt_raw="介護保険料", fy=FY, fy_raw="令和６年２月末", segment="current",
                                  basis="interim", as_of=ASOF) + "</li>")
box.append("<li>滞繰分　" + g.fact(f"{f2(kg_arr_r)}％", kg_arr_r, "collection_rate", debt="介護保険料",
                                  debt_raw="介護保険料", fy=FY, fy_raw="令和６年２月末", segment="arrears",
                                  basis="interim", as_of=ASOF) + "</li></ul>")
box.append('<div class="hd">【収入未済額】令和６年２月末時点</div><ul>')
box.append("<li>現年分　" + g.fact(f"{comma(kg_cur_out)}千円", kg_cur_out * 1000, "outstanding", debt="介護保険料",
                                  debt_raw="介護保険料", fy=FY, fy_raw="令和６年２月末", segment="current",
                                  basis="interim", as_of=ASOF) + "</li>")
box.append("<li>滞繰分　" + g.fact(f"{comma(kg_arr_out)}千円", kg_arr_out * 1000, "outstanding", debt="介護保険料",
                                  debt_raw="介護保険料", fy=FY, fy_raw="令和６年２月末", segment="arrears",
                                  basis="interim", as_of=ASOF) + "</li></ul></div>")
p.add("".join(box))

# ---------------------------------------------------------------- page 2: summary table (left columns)
ROWS = rowdata()
p = new_page()
p.add('<h2>２ 債権別の収納状況（令和６年２月末現在）</h2>')
p.add('<h3>表１ 債権別収納状況（現年度分・滞納繰越分）</h3>')
p.add('<div class="unit">（単位：千円、％）</div>')
h = ('<table class="zebra" style="width:100%"><tr><th rowspan="2">債権</th><th colspan="3">現年度分</th>'
     '<th colspan="3">滞納繰越分</th></tr><tr><th>調定額</th><th>収入済額</th><th>収納率</th>'
     '<th>調定額</th><th>収入済額</th><th>収納率</th></tr>')
body = []
for r in ROWS:
    if r[0] == "section":
        body.append(f'<tr class="sec"><td colspan="7">{r[1]}</td></tr>')
        continue
    kind, label, debt, draw, a, c, aa, ac, wo, prev = r
    cls = {"debt": "", "sub": ' class="sum"', "total": ' class="tot"'}[kind]
    cr, ar = rate(c, a), rate(ac, aa)
    kw = dict(debt=debt, debt_raw=draw, fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF)
    pkw = dict(debt=debt, debt_raw=draw, fy=PFY, fy_raw="前年同月", basis="interim", as_of=PASOF)
    cells = [
        g.fact(comma(a), a * 1000, "assessed", segment="current", **kw),
        g.fact(comma(c), c * 1000, "collected", segment="current", **kw),
        g.fact(f2(cr), cr, "collection_rate", segment="current", **kw) + "（"
        + g.fact(f2(prev[0]), prev[0], "collection_rate", segment="current", **pkw) + "）",
        g.fact(comma(aa), aa * 1000, "assessed", segment="arrears", **kw),
        g.fact(comma(ac), ac * 1000, "collected", segment="arrears", **kw),
        g.fact(f2(ar), ar, "collection_rate", segment="arrears", **kw) + "（"
        + g.fact(f2(prev[1]), prev[1], "collection_rate", segment="arrears", **pkw) + "）",
    ]
    body.append(f'<tr{cls}><td class="l">{label}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")
p.add('<p class="note">※ 収納率欄の（　）内は、前年同月（令和５年２月末）の収納率です。<br>'
      '※ 表中の債権名は略称です。国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、'
      '住宅使用料＝市営住宅使用料、保育料＝保育所保育料（利用者負担額）。<br>'
      '※ 表の計欄（現年度分と滞納繰越分の合計）、不納欠損額及び収入未済額は次ページに続きます。</p>')

# narrative under the table (page 2)
hk = D["hoiku"]
jt = D["jutaku"]
p.add('<h3>（１）一般会計の債権</h3>')
p.add("<p>市税は、固定資産税の第４期納期限が２月末であるため、３月の口座振替分を加えると現年課税分の収納率はさらに上昇する見込みです。"
      "保育料は、現年度分の収納率が"
      + g.fact(f"{f2(rate(hk[6], hk[5]))}％", rate(hk[6], hk[5]), "collection_rate", debt="保育所保育料",
               debt_raw="保育料", fy=FY, fy_raw="令和６年２月末", segment="current", basis="interim", as_of=ASOF)
      + "となり、児童手当からの申出徴収の活用が定着してきました。市営住宅使用料は、滞納繰越分の収納率が"
      + g.fact(f"{f2(rate(jt[8], jt[7]))}％", rate(jt[8], jt[7]), "collection_rate", debt="市営住宅使用料",
               debt_raw="市営住宅使用料", fy=FY, fy_raw="令和６年２月末", segment="arrears", basis="interim",
               as_of=ASOF)
      + "にとどまっており、退去者に係る債権の回収が課題です。</p>")
p.add('<h3>（２）特別会計の債権</h3>')
p.add("<p>国民健康保険税は、短期被保険者証の交付時の納付相談を通じて、分納誓約の取付けを進めています。"
      "介護保険料及び後期高齢者医療保険料は、普通徴収の被保険者に対する口座振替の勧奨を、介護認定の申請時や"
      "資格取得時の窓口で行っています。</p>")

# ---------------------------------------------------------------- page 3: summary table continued (right columns)
p = new_page()
p.add('<h3>表１ 債権別収納状況（続き：計・不納欠損額・収入未済額）</h3>')
p.add('<div class="unit">（単位：千円、％）</div>')
h = ('<table class="zebra" style="width:100%"><tr><th rowspan="2">債権</th><th colspan="3">計（現年度分＋滞納繰越分）</th>'
     '<th rowspan="2">前年同月<br>収納率</th><th rowspan="2">差</th><th rowspan="2">不納欠損額</th>'
     '<th rowspan="2">収入未済額</th></tr><tr><th>調定額</th><th>収入済額</th><th>収納率※1</th></tr>')
body = []
for r in ROWS:
    if r[0] == "section":
        body.append(f'<tr class="sec"><td colspan="8">{r[1]}</td></tr>')
        continue
    kind, label, debt, draw, a, c, aa, ac, wo, prev = r
    cls = {"debt": "", "sub": ' class="sum"', "total": ' class="tot"'}[kind]
    ta, tc = a + aa, c + ac
    tr_ = rate(tc, ta)
    out = ta - tc - wo
    kw = dict(debt=debt, debt_raw=draw, fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF)
    pkw = dict(debt=debt, debt_raw=draw, fy=PFY, fy_raw="前年同月", basis="interim", as_of=PASOF)
    diff = round(tr_ - prev[2], 2)
    mark = "※2" if kind == "total" else ""
    cells = [
        g.fact(comma(ta), ta * 1000, "assessed", **kw),
        g.fact(comma(tc), tc * 1000, "collected", **kw),
        g.fact(f2(tr_), tr_, "collection_rate", **kw) + mark,
        g.fact(f2(prev[2]), prev[2], "collection_rate", **pkw),
        g.fact(tri(diff, 2), diff, "difference", unit="points", **kw),
        g.fact(comma(wo), wo * 1000, "written_off", **kw),
        g.fact(comma(out), out * 1000, "outstanding", **kw),
    ]
    body.append(f'<tr{cls}><td class="l">{label}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")
PREV_WO_ALL = 61204
p.add('<p class="note">※1 収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）<br>'
      '※2 合計欄の収納率は、６債権の調定額及び収入済額の合計により算出しています。<br>'
      '※3 前年同月の不納欠損額（６債権計）は '
      + g.fact(f"{comma(PREV_WO_ALL)}千円", PREV_WO_ALL * 1000, "written_off", debt=None, debt_raw="６債権計",
               fy=PFY, fy_raw="前年同月", basis="interim", as_of=PASOF)
      + 'です。<br>※4 差は、計の収納率から前年同月の収納率を差し引いたものです（△はマイナス）。</p>')

# ---------------------------------------------------------------- page 3 (cont.): monthly table
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
PREV_BASE = 10652318   # 令和４年度 現年課税分 調定額（千円, 決算時）
CUR_BASE = D["tax"][5]
prev_rates = [9.12, 25.34, 33.08, 45.41, 51.86, 60.27, 66.13, 72.95, 79.88, 86.71, 93.41, 97.86]
cur_rates = [9.45, 25.81, 33.62, 45.97, 52.40, 60.83, 66.71, 73.52, 80.36, 87.20, None, None]
# collected amounts consistent with the rates; Feb of this year = summary table
prev_coll = [round(PREV_BASE * r / 100) for r in prev_rates]
cur_coll = [round(CUR_BASE * r / 100) if r is not None else None for r in cur_rates]
cur_coll[10] = D["tax"][6]
cur_rates[10] = rate(cur_coll[10], CUR_BASE)
prev_coll[10] = round(PREV_BASE * prev_rates[10] / 100)
for i in range(12):
    prev_rates[i] = rate(prev_coll[i], PREV_BASE)
    if cur_coll[i] is not None:
        cur_rates[i] = rate(cur_coll[i], CUR_BASE)
assert abs(prev_rates[10] - D["tax"][10]) < 0.005, prev_rates[10]


def month_date(fy, m):
    mo = int(m.replace("月末", ""))
    y = fy if mo >= 4 else fy + 1
    last = {1: 31, 2: 29 if y % 4 == 0 else 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31,
            11: 30, 12: 31}[mo]
    return f"{y}-{mo:02d}-{last:02d}"


p.add('<h2>３ 月別収納状況（市税・現年課税分）</h2>')
p.add('<h3>表２ 月別収納状況（累計）　前年度：令和４年度　本年度：令和５年度</h3>')
p.add('<div class="unit">（単位：千円、％）</div>')
h = ('<table class="grid" style="width:100%"><tr><th rowspan="2">月</th><th colspan="2">前年度</th>'
     '<th colspan="2">本年度</th><th rowspan="2">収納率の差</th></tr>'
     '<tr><th>収入済額</th><th>収納率</th><th>収入済額</th><th>収納率</th></tr>')
body = []
for i, m in enumerate(MONTHS):
    pk = dict(debt="市税", debt_raw="市税", fy=PFY, fy_raw="前年度", segment="current", basis="interim",
              as_of=month_date(PFY, m))
    ck = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="本年度", segment="current", basis="interim",
              as_of=month_date(FY, m))
    cells = [g.fact(comma(prev_coll[i]), prev_coll[i] * 1000, "collected", **pk),
             g.fact(f2(prev_rates[i]), prev_rates[i], "collection_rate", **pk)]
    if cur_coll[i] is None:
        cells += ["－", "－", "－"]
    else:
        d = round(cur_rates[i] - prev_rates[i], 2)
        cells += [g.fact(comma(cur_coll[i]), cur_coll[i] * 1000, "collected", **ck),
                  g.fact(f2(cur_rates[i]), cur_rates[i], "collection_rate", **ck),
                  g.fact(tri(d, 2), d, "difference", unit="points", **ck)]
    body.append(f'<tr><td class="c">{m}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")
p.add('<p class="note">※ 収納率は、各年度の現年課税分調定額（前年度は決算時、本年度は２月末時点）に対する累計収入済額の割合です。'
      '本年度３月末は集計前のため「－」としています。</p>')

# ---------------------------------------------------------------- page 4: districts and enforcement
p = new_page()
p.add('<h2>４ 地区別の収納状況（市税・現年課税分）</h2>')
p.add('<h3>表３ 地区別収納状況（令和６年２月末現在）</h3>')
AREAS = [("安中地区", 0.2436, 0.0028, 612), ("原市地区", 0.1652, -0.0021, 431), ("磯部地区", 0.0918, 0.0011, 254),
         ("東横野地区", 0.0634, 0.0035, 158), ("岩野谷地区", 0.0482, -0.0042, 129), ("板鼻地区", 0.0871, 0.0009, 236),
         ("秋間地区", 0.0537, 0.0016, 141), ("後閑地区", 0.0689, -0.0007, 172), ("松井田地区", None, 0.0, 488)]
# split the city's 現年 assessed/collected among districts; last district takes the remainder
rem_a, rem_c = D["tax"][5], D["tax"][6]
area_rows = []
base_rate = D["tax"][6] / D["tax"][5]
for name, share, dr, dl in AREAS:
    if share is None:
        a_, c_ = rem_a, rem_c
    else:
        a_ = round(D["tax"][5] * share)
        c_ = round(a_ * (base_rate + dr))
    rem_a -= a_
    rem_c -= c_
    area_rows.append((name, a_, c_, dl))
PREV_AREA = {"安中地区": 93.52, "原市地区": 93.30, "磯部地区": 93.18, "東横野地区": 94.02, "岩野谷地区": 93.11,
             "板鼻地区": 93.61, "秋間地区": 93.87, "後閑地区": 93.29, "松井田地区": 92.88}
h = ('<table class="grid" style="width:100%"><tr><th>地区</th><th>調定額（千円）</th><th>収入済額（千円）</th>'
     '<th>収納率（％）</th><th>前年同月収納率（％）</th><th>滞納者数（人）</th></tr>')
body = []
for name, a_, c_, dl in area_rows:
    r_ = rate(c_, a_)
    kw = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和６年２月末", segment="current", basis="interim",
              as_of=ASOF, area=name)
    cells = [g.fact(comma(a_), a_ * 1000, "assessed", **kw), g.fact(comma(c_), c_ * 1000, "collected", **kw),
             g.fact(f2(r_), r_, "collection_rate", **kw),
             g.fact(f2(PREV_AREA[name]), PREV_AREA[name], "collection_rate",
                    **{**kw, "fy": PFY, "fy_raw": "前年同月", "as_of": PASOF}),
             g.fact(comma(dl), dl, "delinquents", unit="persons", **kw)]
    body.append(f'<tr><td class="l">{name}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
ta_, tc_ = D["tax"][5], D["tax"][6]
dl_tot = sum(x[3] for x in area_rows)
kw = dict(debt="市税", debt_raw="合計", fy=FY, fy_raw="令和６年２月末", segment="current", basis="interim", as_of=ASOF)
cells = [g.fact(comma(ta_), ta_ * 1000, "assessed", **kw), g.fact(comma(tc_), tc_ * 1000, "collected", **kw),
         g.fact(f2(rate(tc_, ta_)), rate(tc_, ta_), "collection_rate", **kw),
         g.fact(f2(D["tax"][10]), D["tax"][10], "collection_rate", **{**kw, "fy": PFY, "fy_raw": "前年同月",
                                                                      "as_of": PASOF}),
         g.fact(comma(dl_tot), dl_tot, "delinquents", unit="persons", **kw)]
body.append('<tr><td class="l"><b>合計</b></td>' + "".join(f"<td><b>{x}</b></td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")
p.add('<p class="note">※ 地区は納税義務者の住所地により区分しています。松井田地区は旧松井田町の区域（松井田・臼井・西横野・'
      '九十九・細野・坂本の各地域）です。<br>※ 滞納者数は、２月末時点で現年課税分に未納がある納税義務者の実人数です。</p>')

p.add('<h2>５ 滞納整理の状況</h2>')
p.add('<h3>表４ 滞納整理の実施状況（令和５年度・令和６年２月末現在）</h3>')
ENF = [  # label, metric, unit, debt, debt_raw, prev, cur
    ("市税 滞納者数（人）", "delinquents", "persons", "市税", "市税", 3184, 2941),
    ("国保税 滞納世帯数（世帯）", "delinquents", "households", "国民健康保険税", "国保税", 1862, 1795),
    ("差押件数（件）", "seizures", "cases", None, None, 1236, 1408),
    ("　うち預貯金（件）", "seizures_deposits", "cases", None, None, 874, 1012),
    ("執行停止件数（件）", "suspensions", "cases", None, None, 412, 386),
]
h = ('<table class="grid" style="width:100%"><tr><th>区分</th><th>前年同期</th><th>今期</th><th>増減</th></tr>')
body = []
for lab, met, un, debt, draw, pv, cv in ENF:
    kwc = dict(debt=debt, debt_raw=draw, fy=FY, fy_raw="今期", basis="interim", as_of=ASOF, unit=un)
    kwp = dict(debt=debt, debt_raw=draw, fy=PFY, fy_raw="前年同期", basis="interim", as_of=PASOF, unit=un)
    cells = [g.fact(comma(pv), pv, met, **kwp), g.fact(comma(cv), cv, met, **kwc),
             g.fact(tri(cv - pv), cv - pv, "difference", **kwc)]
    body.append(f'<tr><td class="l">{lab}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")
p.add('<p class="note">※ 差押件数は、市税及び国民健康保険税の合計です。</p>')

# ---------------------------------------------------------------- page 5: year-end estimate
p = new_page()
p.add('<h2>６ 年度末の見込み</h2>')
p.add('<h3>表５ 収納率（計）の決算・目標・見込み</h3>')
p.add('<div class="unit">（単位：％）</div>')
EST = {  # 令和４年度決算, 令和５年度目標, 令和５年度見込
    "tax": (97.28, 97.40, 97.46), "hoiku": (97.15, 97.30, 97.21), "jutaku": (79.64, 80.50, 80.12),
    "kokuho": (76.93, 77.50, 77.38), "kaigo": (98.46, 98.50, 98.52), "koki": (99.21, 99.25, 99.27)}
h = ('<table class="grid" style="width:100%"><tr><th>区分</th>' + "".join(f"<th>{D[k][1]}</th>" for k in ALL) + "</tr>")
body = []
for i, (lab, fy, fyr, basis) in enumerate([("令和４年度 決算", PFY, "令和４年度", "actual"),
                                           ("令和５年度 目標", FY, "令和５年度", "target"),
                                           ("令和５年度 見込", FY, "令和５年度", "estimate")]):
    cells = [g.fact(f2(EST[k][i]), EST[k][i], "collection_rate", debt=D[k][2], debt_raw=D[k][1], fy=fy,
                    fy_raw=fyr, basis=basis) for k in ALL]
    body.append(f'<tr><td class="l">{lab}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
cells = []
for k in ALL:
    d = round(EST[k][2] - EST[k][0], 2)
    cells.append(g.fact(tri(d, 2), d, "difference", debt=D[k][2], debt_raw=D[k][1], fy=FY, fy_raw="令和５年度",
                        basis="estimate", unit="points"))
body.append('<tr><td class="l">見込－決算</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
p.add(h + "".join(body) + "</table>")

# two blocks side by side under one heading line: 令和４年度決算 | 令和５年度見込 (6債権計, 百万円)
YE = {"r4": dict(a=15498.6, c=14653.2, wo=81.7), "r5": dict(a=15671.4, c=14861.9, wo=76.3)}
for v in YE.values():
    v["out"] = round(v["a"] - v["c"] - v["wo"], 1)
    v["rate"] = round(v["c"] / v["a"] * 100, 2)
p.add('<h3>表６ ６債権計の年度末見込み</h3>')
p.add('<div class="unit">（単位：百万円、％）</div>')
p.add('<div style="display:flex;gap:8mm;"><div style="flex:1;font-family:G;text-align:center;">令和４年度決算</div>'
      '<div style="flex:1;font-family:G;text-align:center;">令和５年度見込</div></div>')
blocks = []
for key, fy, basis in (("r4", PFY, "actual"), ("r5", FY, "estimate")):
    v = YE[key]
    kw = dict(debt=None, debt_raw="６債権計", fy=fy, fy_raw="令和４年度" if key == "r4" else "令和５年度", basis=basis)
    rows = [("調定額", g.fact(f"{v['a']:,.1f}", int(round(v['a'] * 10)) * 100000, "assessed", **kw)),
            ("収入済額", g.fact(f"{v['c']:,.1f}", int(round(v['c'] * 10)) * 100000, "collected", **kw)),
            ("不納欠損額", g.fact(f"{v['wo']:,.1f}", int(round(v['wo'] * 10)) * 100000, "written_off", **kw)),
            ("収入未済額", g.fact(f"{v['out']:,.1f}", int(round(v['out'] * 10)) * 100000, "outstanding", **kw)),
            ("収納率", g.fact(f2(v['rate']), v['rate'], "collection_rate", **kw))]
    blocks.append('<table class="grid" style="width:100%">' + "".join(
        f'<tr><td class="l" style="width:40%">{a}</td><td>{b}</td></tr>' for a, b in rows) + "</table>")
p.add('<div style="display:flex;gap:8mm;"><div style="flex:1">' + blocks[0] + '</div><div style="flex:1">'
      + blocks[1] + "</div></div>")

# bar chart of 収入未済額 (決算 and 見込), data labels in 百万円
HIST = [(2019, "令和元年度", "actual", 891.2), (2020, "令和２年度", "actual", 862.5), (2021, "令和３年度", "actual", 824.9),
        (2022, "令和４年度", "actual", YE["r4"]["out"]), (2023, "令和５年度見込", "estimate", YE["r5"]["out"])]
p.add('<h3>図１ ６債権計の収入未済額の推移（単位：百万円）</h3>')
W, H0 = 640, 230
svg = [f'<svg width="170mm" height="61mm" viewBox="0 0 {W} {H0}" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:G">']
svg.append(f'<line x1="50" y1="195" x2="{W - 20}" y2="195" stroke="#333" stroke-width="1"/>')
mx = 1000.0
for i, (fy, lab, basis, val) in enumerate(HIST):
    x = 80 + i * 112
    hgt = val / mx * 170
    col = "#2b5797" if basis == "actual" else "#8fa9d6"
    svg.append(f'<rect x="{x}" y="{195 - hgt:.1f}" width="60" height="{hgt:.1f}" fill="{col}"/>')
    raw = f"{val:,.1f}"
    g.fact(raw, int(round(val * 10)) * 100000, "outstanding", debt=None, debt_raw=None, fy=fy, fy_raw=lab,
           basis=basis)
    svg.append(f'<text x="{x + 30}" y="{195 - hgt - 6:.1f}" font-size="13" text-anchor="middle">{raw}</text>')
    svg.append(f'<text x="{x + 30}" y="214" font-size="12" text-anchor="middle">{lab}</text>')
svg.append("</svg>")
p.add("".join(svg))
o4, o5 = YE["r4"]["out"], YE["r5"]["out"]
o5y = int(round(o5 * 10)) * 100000
dy = int(round((o5 - o4) * 10)) * 100000
p.add("<p>令和５年度末の６債権計の収入未済額は"
      + g.fact("約" + man_oku(o5y), o5y, "outstanding", debt=None, debt_raw=None, fy=FY, fy_raw="令和５年度末",
               basis="estimate", approx=True)
      + "となる見込みで、令和４年度決算から"
      + g.fact("約" + man_oku(-dy), dy, "difference", debt=None, debt_raw=None, fy=FY, fy_raw="令和５年度末",
               basis="estimate", approx=True)
      + "減少する見込みです。収納率（計）は"
      + g.fact(f"{f2(YE['r5']['rate'])}％", YE["r5"]["rate"], "collection_rate", debt=None, debt_raw=None, fy=FY,
               fy_raw="令和５年度末", basis="estimate")
      + "となり、前年度比"
      + g.fact(f"{f2(round(YE['r5']['rate'] - YE['r4']['rate'], 2))}ポイント",
               round(YE['r5']['rate'] - YE['r4']['rate'], 2), "difference", debt=None, debt_raw=None, fy=FY,
               fy_raw="令和５年度末", basis="estimate", unit="points")
      + "の改善を見込んでいます。</p>")

# ---------------------------------------------------------------- page 6: status table of 取組
p = new_page()
p.add('<h2>７ 主な取組の実施状況</h2>')
p.add('<p class="note" style="text-align:right">◎：計画以上に実施　○：計画どおり実施　△：一部未実施・遅れ</p>')
SECTION = "主な取組の実施状況"
STATUS = [  # debt_raw printed, canonical, mark, [(label, text, tag, tag_alone)], progress text
    ("市税", "市税", "◎", [
        ("①", "納期限後20日以内に督促状を発送し、督促後も未納の方には翌月に文書催告を行う。", "継続", False),
        ("②", "預貯金・給与等の財産調査を電子照会で一斉に行い、判明した財産は速やかに差し押さえる。", "拡充", True),
        ("③", "スマートフォン決済アプリによる納付の周知を納税通知書に同封して行う。", "継続", False)],
     "差押件数は２月末で前年同期を上回っている。電子照会の対象金融機関を11行に拡大した。"),
    ("国保税", "国民健康保険税", "○", [
        ("①", "資格取得時の窓口で口座振替の申込みを受け付け、初回納期からの口座振替を勧奨する。", "継続", False),
        ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "新規", True)],
     "窓口での口座振替申込みは２月末で412件となった。"),
    ("保育料", "保育所保育料", "○", [
        ("①", "児童手当からの申出による徴収を、入園手続の際に保護者へ案内する。", "継続", False)],
     "申出徴収の利用は前年度並みで推移している。"),
    ("住宅使用料", "市営住宅使用料", "△", [
        ("①", "３か月以上の滞納者に対し、連帯保証人へ納付指導の協力依頼を通知する。", "継続", False),
        ("②", "退去者の未納家賃について、支払督促の申立てを検討する。", "新規", False)],
     "支払督促は対象者の選定中であり、申立ては次年度となる見込み。"),
    ("介護料", "介護保険料", "○", [
        ("①", "普通徴収の被保険者に対し、介護認定申請時に口座振替を勧奨する。", "継続", False)],
     "口座振替への切替は２月末で158件。"),
]
h = ('<table class="grid status" style="width:100%"><tr><th style="width:13%">債権</th><th style="width:47%">取組内容</th>'
     '<th style="width:7%"></th><th style="width:33%">実施状況（２月末）</th></tr>')
body = []
for draw, debt, mk, items, prog in STATUS:
    cell = []
    for lab, text, tag, alone in items:
        g.init(text, debt=debt, debt_raw=draw, fy=FY, section=SECTION, label=lab, status=tag)
        tg = f"【{tag}】"
        cell.append(f"{lab}{text}" + (f"<br>{tg}" if alone else tg))
    body.append(f'<tr><td class="l">{draw}</td><td>{"<br>".join(cell)}</td><td class="mk">{mk}</td><td>{prog}</td></tr>')
p.add(h + "".join(body) + "</table>")
p.add('<h3>今後の取組</h3>')
p.add("<p>年度末に向けては、３月を「滞納整理強化月間」と位置付け、収納課と債権所管課が連携して、高額・長期の滞納案件への"
      "滞納処分を集中的に実施します。また、令和６年度からは、債権所管課の職員を対象とした徴収実務研修を年２回に拡充し、"
      "全庁的な債権管理の水準の向上を図ります。</p>")

# ---------------------------------------------------------------- render
html = ("<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>"
        + "".join(pg.html() for pg in pages) + "</body></html>")
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", f"file://{src}"], check=True, capture_output=True)
import pymupdf  # noqa: E402

n = pymupdf.open(out).page_count
assert n == len(pages), (n, len(pages))
g.write(out, n)
print(out, n, "pages", len(g.facts), "facts", len(g.initiatives), "initiatives")
