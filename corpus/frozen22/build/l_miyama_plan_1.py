"""みやま市 債権管理計画 (会計・款・債権 tables, prose figures, vector chart) -> PyMuPDF Story + drawing."""
import fitz

from l_common import c, fact, finish, story_pages, FONT_G, PDF, OUT

STEM = "l_miyama_plan_1"
MUNI = "みやま市"
TITLE = "みやま市債権管理計画"
FY, FYR = 2023, "令和5年度"

CSS = """
@font-face {font-family: M; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexfont-gothic/ipaexg.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.6;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 120pt 0 10pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 6pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 6pt 0 2pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.5pt solid black; font-size: 8.5pt; padding: 2pt 3pt; font-family: G;}
th {font-weight: normal; background-color: #dde6f0;}
td.n {text-align: right;}
tr.s td {background-color: #f2f2f2;}
tr.t td {background-color: #e0e0e0;}
.u {text-align: right; font-size: 8.5pt; text-indent: 0;}
"""

# 会計, 款, 債権, 調定, 収入済, 不納欠損 (千円)
ROWS = [
    ("一般会計", "市税", "市税", 2_012_345, 1_951_208, 3_412),
    ("一般会計", "分担金及び負担金", "保育所保育料", 61_230, 60_105, 120),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 98_420, 91_877, 1_050),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 512_880, 461_335, 6_204),
    ("介護保険特別会計", "保険料", "介護保険料", 402_115, 397_920, 1_380),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 198_640, 197_804, 95),
]
facts = []


def o(a, cn, w):
    return a - cn - w


accounts = []
for r in ROWS:
    if r[0] not in accounts:
        accounts.append(r[0])
TA = sum(r[3] for r in ROWS); TC = sum(r[4] for r in ROWS); TW = sum(r[5] for r in ROWS); TO = TA - TC - TW
TR = round(TC / TA * 100, 1)


def okuman(yen):
    man = round(yen / 10_000)
    oku, rest = divmod(man, 10_000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


def approx(v, unit):
    return round(v / unit) * unit


# ------------------------------------------------------------------ page 1 cover
P1 = f"<h1>{TITLE}</h1><p style='text-align:center;text-indent:0'>令和6年11月</p><p style='text-align:center;text-indent:0'>みやま市　財務課</p>"

# ------------------------------------------------------------------ page 2 prose
ta_v = approx(TA * 1000, 1_000_000); to_v = approx(TO * 1000, 1_000_000)
tax = ROWS[0]; tax_o = o(*tax[3:])
tax_o_v = approx(tax_o * 1000, 100_000)
kk = ROWS[3]; kk_o = o(*kk[3:])
P2 = ("<h2>第１章　計画策定の趣旨</h2><p>本市の債権は、市税をはじめ、保険料、使用料、貸付金など多岐にわたっており、"
      "それぞれの所管課が法令等に基づき管理を行ってきた。しかし、収入未済額は依然として多額であり、"
      "負担の公平性と財源確保の観点から、全庁統一的な考え方に基づく債権管理を進める必要がある。</p>"
      "<h2>第２章　債権の現状</h2><h3>１　収入未済額の状況</h3>"
      f"<p>{FYR}決算における本市の債権の調定額は約{okuman(ta_v)}、収入未済額は約{okuman(to_v)}となっている。"
      f"全体の収納率は{TR}％である。</p>"
      f"<p>このうち市税の収入未済額は約{okuman(tax_o_v)}であり、全体の約５割を占めている。"
      f"また、国民健康保険税の収入未済額は{c(kk_o)}千円で、市税に次いで多額となっている。</p>"
      "<h3>２　課題</h3><p>滞納の長期化により、時効の管理や滞納者の実態把握が困難となっている事案が見られる。"
      "また、私債権については、督促後の手続が所管課ごとに異なり、法的措置への移行が遅れる傾向がある。</p>")
facts += [
    fact(None, FY, FYR, "total", "assessed", "actual", ta_v, "yen", f"約{okuman(ta_v)}", 2, approx=True, debt_raw=None),
    fact(None, FY, FYR, "total", "outstanding", "actual", to_v, "yen", f"約{okuman(to_v)}", 2, approx=True, debt_raw=None),
    fact(None, FY, FYR, "total", "collection_rate", "actual", TR, "percent", f"{TR}％", 2, debt_raw=None),
    fact("市税", FY, FYR, "total", "outstanding", "actual", tax_o_v, "yen", f"約{okuman(tax_o_v)}", 2, approx=True),
    fact("国民健康保険税", FY, FYR, "total", "outstanding", "actual", kk_o * 1000, "yen", f"{c(kk_o)}千円", 2),
]

# ------------------------------------------------------------------ page 3 table (合計 first, 小計 per 会計)
P3 = ("<h3>３　会計別・債権別の状況（令和5年度決算）</h3><p class='u'>（単位：千円）</p>"
      "<table><tr><th>会計</th><th>款</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th></tr>")


def addrow(cells, cls=""):
    return f"<tr class='{cls}'>" + "".join(cells) + "</tr>"


def nums(a, cn, w):
    return [f"<td class=n>{c(x)}</td>" for x in (a, cn, w, o(a, cn, w))]


def addfacts(debt, debt_raw, a, cn, w, pg):
    for m, v in (("assessed", a), ("collected", cn), ("written_off", w), ("outstanding", o(a, cn, w))):
        facts.append(fact(debt, FY, FYR, "total", m, "actual", v * 1000, "yen", c(v), pg, debt_raw=debt_raw))


P3 += addrow(["<td colspan='3'>合　計</td>"] + nums(TA, TC, TW), "t")
addfacts(None, "合計", TA, TC, TW, 3)
for acc in accounts:
    rs = [r for r in ROWS if r[0] == acc]
    for i, r in enumerate(rs):
        lab = f"<td rowspan='{len(rs)}'>{acc}</td>" if i == 0 else ""
        P3 += addrow([lab, f"<td>{r[1]}</td>", f"<td>{r[2]}</td>"] + nums(*r[3:]))
        addfacts(r[2], r[2], *r[3:], 3)
    sa = sum(r[3] for r in rs); sc = sum(r[4] for r in rs); sw = sum(r[5] for r in rs)
    P3 += addrow(["<td colspan='3' style='text-align:center'>小　計</td>"] + nums(sa, sc, sw), "s")
    addfacts(None, f"{acc}小計", sa, sc, sw, 3)
P3 += "</table><p class='u'>※ 単位未満四捨五入。収入未済額＝調定額－収入済額－不納欠損額</p>"

# ------------------------------------------------------------------ page 4 chart (drawn afterwards)
HIST = [(2019, "R1", 152.5), (2020, "R2", 141.2), (2021, "R3", 130.9), (2022, "R4", 121.4), (2023, "R5", round(TO / 1000, 1))]
P4 = ("<h3>４　収入未済額の推移</h3><p>収入未済額は令和元年度以降、減少傾向にあるものの、"
      "依然として高い水準にある。下図は全会計の推移を示したものである。</p>")
for fy, raw, v in HIST:
    facts.append(fact(None, fy, raw, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", f"{v:,.1f}", 4, debt_raw=None))

pdf_path = PDF / f"{STEM}.pdf"
tmp = OUT / f"{STEM}_pre.pdf"
story_pages([P1, P2, P3, P4], tmp, CSS, header=lambda i, n: "" if i == 1 else "みやま市債権管理計画",
            footer=lambda i, n: "" if i == 1 else f"- {i - 1} -")
doc = fitz.open(tmp)
pg = doc[3]
x0, y0, x1, y1 = 90, 180, 520, 470
pg.insert_text((x0, y0 - 20), "収入未済額の推移（全会計）　単位：百万円", fontsize=10, fontname="gc", fontfile=FONT_G)
sh = pg.new_shape()
sh.draw_line((x0, y1), (x1, y1)); sh.draw_line((x0, y0), (x0, y1))
sh.finish(color=(0, 0, 0), width=0.8)
vmax = 170
bw = (x1 - x0) / len(HIST)
for i, (fy, raw, v) in enumerate(HIST):
    bx = x0 + i * bw + bw * 0.25
    by = y1 - (y1 - y0) * v / vmax
    sh.draw_rect(fitz.Rect(bx, by, bx + bw * 0.5, y1))
    sh.finish(color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
    pg.insert_text((bx + 2, by - 4), f"{v:,.1f}", fontsize=9, fontname="gc", fontfile=FONT_G)
    pg.insert_text((bx + bw * 0.12, y1 + 14), raw, fontsize=9, fontname="gc", fontfile=FONT_G)
sh.commit()
doc.subset_fonts()
doc.save(str(pdf_path), garbage=4, deflate=True)
ok = finish(STEM, "plan", MUNI, TITLE, "2024-11-01", "令和6年11月", facts, [])
print("OK" if ok else "FAIL")
