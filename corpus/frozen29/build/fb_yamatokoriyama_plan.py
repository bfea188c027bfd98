"""大和郡山市債権管理計画（令和７年度～令和９年度） -> HTML + SVG -> chromium (page furniture stamped with PyMuPDF)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from fb_common import FONT_MINCHO, WORK, c, chromium, fact, find_page, finish, initiative, page_texts, squash, zd, zen

STEM = "fb_yamatokoriyama_plan_1"
CITY = "大和郡山市"
TITLE = "大和郡山市債権管理計画"

# ---------------------------------------------------------------- data (千円)
# (区分, 債権名, account, R4, R5, sub-of)
DEBTS = [
    ("強制徴収公債権", "市税", "一般会計", 612480, 571206, None),
    ("強制徴収公債権", "うち個人市民税", "一般会計", 388120, 362418, "市税"),
    ("強制徴収公債権", "うち固定資産税", "一般会計", 198406, 184880, "市税"),
    ("強制徴収公債権", "国民健康保険税", "国民健康保険事業特別会計", 702118, 655402, None),
    ("強制徴収公債権", "介護保険料", "介護保険事業特別会計", 41880, 39126, None),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", 9884, 9210, None),
    ("強制徴収公債権", "保育所保育料", "一般会計", 18660, 16904, None),
    ("強制徴収公債権", "下水道使用料", "下水道事業会計", 44206, 41118, None),
    ("強制徴収公債権", "下水道事業受益者負担金", "下水道事業会計", 3220, 2980, None),
    ("非強制徴収公債権", "生活保護費返還金", "一般会計", 96440, 101228, None),
    ("非強制徴収公債権", "児童扶養手当返還金", "一般会計", 4380, 3912, None),
    ("非強制徴収公債権", "放課後児童クラブ利用料", "一般会計", 1220, 0, None),
    ("私債権", "市営住宅使用料", "一般会計", 86204, 80118, None),
    ("私債権", "学校給食費", "一般会計", 7880, 7412, None),
    ("私債権", "奨学金貸付金", "一般会計", 12406, 11880, None),
    ("私債権", "災害援護資金貸付金", "一般会計", 8120, 7604, None),
    ("私債権", "水道料金", "水道事業会計", 58412, 54206, None),
    ("私債権", "霊園管理料", "一般会計", 0, 640, None),
]
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢者医療保険料",
         "保育所保育料": "保育所保育料", "下水道使用料": "下水道使用料", "生活保護費返還金": "生活保護費返還金",
         "市営住宅使用料": "住宅使用料", "学校給食費": "学校給食費", "水道料金": "水道料金"}
ACCOUNTS = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計", "下水道事業会計", "水道事業会計"]
# 平成30年度..令和３年度 by account (千円)
EARLY = {"一般会計": [1088406, 1012880, 962114, 905226], "国民健康保険事業特別会計": [902440, 861206, 812880, 754102],
         "介護保険事業特別会計": [52880, 50106, 47412, 44220], "後期高齢者医療事業特別会計": [12406, 11880, 11026, 10412],
         "下水道事業会計": [61204, 57880, 53118, 49806], "水道事業会計": [70118, 67204, 64112, 61880]}
YEARS6 = [("平成30年度", 2018), ("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
# transposed table: total collection rates by year (rows) for debts (columns)
RATES = {"市税": [96.12, 96.48, 96.71, 97.05, 97.32, 97.58], "国民健康保険税": [74.86, 76.02, 77.40, 78.66, 79.84, 80.91],
         "介護保険料": [97.80, 97.92, 98.06, 98.15, 98.31, 98.40], "後期高齢者医療保険料": [99.20, 99.28, 99.31, 99.36, 99.40, 99.44],
         "下水道使用料": [96.90, 97.04, 97.21, 97.33, 97.50, 97.62]}
TARGETS = [  # debt, (R5 cur, R5 arr), R7 (cur, arr), R8, R9
    ("市税", (99.21, 28.44), (99.25, 30.00), (99.30, 31.00), (99.35, 32.00)),
    ("国民健康保険税", (94.12, 24.86), (94.30, 25.50), (94.50, 26.00), (94.70, 26.50)),
    ("介護保険料", (99.42, 23.10), (99.45, 24.00), (99.50, 24.50), (99.55, 25.00)),
    ("後期高齢者医療保険料", (99.70, 46.20), (99.72, 47.00), (99.74, 47.50), (99.76, 48.00)),
    ("市営住宅使用料", (97.88, 11.64), (98.00, 12.50), (98.10, 13.00), (98.20, 13.50)),
    ("下水道使用料", (98.96, 30.12), (99.00, 31.00), (99.05, 31.50), (99.10, 32.00)),
]

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
body { font-family: 'IPAexMincho', 'Noto Serif CJK JP', serif; font-size: 10.5pt; line-height: 1.7; color: #111; }
h1 { font-family: 'IPAexGothic'; font-size: 16pt; border-bottom: 2px solid #333; padding-bottom: 3px; margin: 0 0 10px 0; }
h2 { font-family: 'IPAexGothic'; font-size: 12.5pt; margin: 14px 0 6px 0; }
h3 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 8px 0 4px 0; }
p { margin: 0 0 6px 0; text-indent: 1em; }
.brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; }
th, td { border: 0.6pt solid #333; padding: 2px 4px; }
th { background: #e4e4e4; font-family: 'IPAexGothic'; font-weight: normal; }
td.n { text-align: right; } td.c { text-align: center; }
tr.sub td { background: #f2f2f2; font-family: 'IPAexGothic'; }
tr.tot td { background: #dcdcdc; font-family: 'IPAexGothic'; font-weight: bold; }
.tbox { border: 1pt solid #333; padding: 8px 10px 6px 10px; margin: 4px 0 10px 0; }
.cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 10px 0 3px 0; }
.src { font-size: 8.5pt; margin-top: 3px; }
.unit { text-align: right; font-size: 8.5pt; }
.note { font-size: 8.5pt; line-height: 1.5; }
.cols { column-count: 2; column-gap: 8mm; font-size: 9.5pt; line-height: 1.6; }
.it { margin: 0 0 4px 0; padding-left: 1.2em; text-indent: -1.2em; }
.toc td { border: none; padding: 3px 2px; font-size: 11pt; }
.toc td.pg { text-align: right; width: 3em; }
.toc td.dots { border-bottom: 1px dotted #666; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


def rate_str(v):
    return f"{v:.2f}"


def build_html(toc_pages: dict) -> tuple[str, list, list]:
    facts: list = []   # (anchor list, fact) -> page filled later
    inits: list = []
    H = []
    # ---------------- cover
    H.append('<div style="height:230mm;position:relative">'
             '<div style="position:absolute;top:60mm;width:100%;text-align:center;font-family:IPAexGothic;font-size:28pt">大和郡山市債権管理計画</div>'
             '<div style="position:absolute;top:82mm;width:100%;text-align:center;font-family:IPAexGothic;font-size:15pt">（令和７年度～令和９年度）</div>'
             '<div style="position:absolute;top:180mm;width:100%;text-align:center;font-size:14pt">令和７年３月<br><br>大和郡山市</div></div>')
    # ---------------- 目次
    H.append('<div class="brk"><h1 style="text-align:center;border:none">目　次</h1><table class="toc">')
    toc = [("第１章　計画の策定にあたって", "ch1", 0), ("1-1　計画策定の趣旨", "ch1", 1), ("1-2　計画の位置付け", "ch1", 1),
           ("1-3　計画の期間", "ch1", 1), ("第２章　債権の現状", "ch2", 0), ("2-1　会計別の収入未済額", "ch2", 1),
           ("2-2　債権別の収入未済額", "s22", 1), ("2-3　主要債権の収納率", "s23", 1), ("第３章　計画の目標", "ch3", 0),
           ("第４章　目標達成に向けた取組", "ch4", 0)]
    for lab, key, lvl in toc:
        pad = "0" if lvl == 0 else "2em"
        fw = "font-family:IPAexGothic;" if lvl == 0 else ""
        H.append(f'<tr><td style="padding-left:{pad};{fw}white-space:nowrap">{lab}</td><td class="dots" style="border:none;overflow:hidden;white-space:nowrap;max-width:1px;color:#555">…………………………………………………………………………………………………………</td>'
                 f'<td class="pg">{zd(toc_pages.get(key, 0))}</td></tr>')
    H.append("</table></div>")

    # ---------------- 第１章
    sums = {}
    for yl, fy in YEARS6[4:]:
        idx = 3 if fy == 2022 else 4
        for acc in ACCOUNTS:
            sums[(acc, fy)] = sum(d[idx] for d in DEBTS if d[2] == acc and d[5] is None)
    acc_rows = {acc: EARLY[acc] + [sums[(acc, 2022)], sums[(acc, 2023)]] for acc in ACCOUNTS}
    totals = [sum(acc_rows[a][i] for a in ACCOUNTS) for i in range(6)]

    def oku(th):  # 千円 -> 約Ｘ億Ｙ万円 rounded to 百万円
        m = round(th / 1000) * 100     # 万円, rounded to 100万円
        o, r = divmod(m, 10000)
        return "約" + zen(f"{o}億" + (f"{r:,}万円" if r else "円")), m * 10000
    s5, v5 = oku(totals[5]); s0, v0 = oku(totals[0]); sd, vd = oku(totals[0] - totals[5])
    H.append('<div class="brk" id="ch1"><h1>第１章　計画の策定にあたって</h1>')
    H.append("<h2>1-1　計画策定の趣旨</h2>")
    H.append("<p>本市では、市税をはじめとする各種債権について、公平・公正な負担の確保と安定した財政運営のため、"
             "平成２９年度に「大和郡山市債権管理条例」を制定し、全庁的な債権管理の適正化に取り組んできた。</p>")
    H.append(f"<p>令和５年度決算における本市の収入未済額は、全会計で{s5}であり、平成３０年度の{s0}と比べ{sd}減少した。"
             "しかし、国民健康保険税や生活保護費返還金など、依然として多額の収入未済額を抱える債権もあることから、"
             "引き続き計画的な取組を進めるため、本計画を策定する。</p>")
    facts += [([], fact(None, "全会計", 2023, "令和５年度", "total", "outstanding", "actual", v5, "yen", s5, 0, approx=True)),
              ([], fact(None, "全会計", 2018, "平成３０年度", "total", "outstanding", "actual", v0, "yen", s0, 0, approx=True)),
              ([], fact(None, "全会計", 2023, None, "total", "difference", "actual", -vd, "yen", sd, 0, approx=True))]
    H.append("<h2>1-2　計画の位置付け</h2>")
    H.append("<h3>（１）関連計画との関係</h3><p>本計画は、「第５次大和郡山市総合計画」及び「大和郡山市行財政改革大綱」に掲げる"
             "自主財源の確保に関する取組を、債権管理の面から具体化するものである。</p>")
    H.append("<h3>（２）対象とする債権</h3>")
    H.append("<p>ア　市が有する金銭の給付を目的とする権利のうち、令和５年度末に収入未済額のあるもの（１８債権）</p>")
    H.append("<p>イ　企業会計（下水道事業会計及び水道事業会計）に属する債権を含む。</p>")
    H.append("<h2>1-3　計画の期間</h2><p>令和７年度から令和９年度までの３年間とし、毎年度、取組の実績を検証して公表する。</p>")
    H.append("</div>")

    # ---------------- 第２章 2-1 table in a box + bar chart
    H.append('<div class="brk" id="ch2"><h1>第２章　債権の現状</h1><h2>2-1　会計別の収入未済額</h2>')
    H.append("<p>会計別にみると、一般会計と国民健康保険事業特別会計で全体の約９割を占めている（表１）。</p>")
    H.append('<div class="cap">表１　会計別収入未済額の推移（単位：千円）</div><div class="tbox"><table id="t1"><tr><th>会計</th>'
             + "".join(f"<th>{y}</th>" for y, _ in YEARS6) + "</tr>")
    for acc in ACCOUNTS + ["合計"]:
        vals = totals if acc == "合計" else acc_rows[acc]
        cls = ' class="tot"' if acc == "合計" else ""
        H.append(f"<tr{cls}><td>{acc}</td>" + "".join(f'<td class="n">{c(v)}</td>' for v in vals) + "</tr>")
        for (yl, fy), v in zip(YEARS6, vals):
            facts.append((["表１", acc, c(v)], fact(None, acc, fy, yl, "total", "outstanding", "actual", v * 1000, "yen", c(v), 0)))
    H.append('</table><div class="src">資料：各年度　大和郡山市一般会計・特別会計歳入歳出決算書、下水道事業会計及び水道事業会計決算書</div></div>')
    # chart
    mill = [round(t / 1000) for t in totals]
    W, Hh, x0, y0 = 560, 190, 60, 165
    svg = [f'<svg width="{W}" height="{Hh}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
           f'<line x1="{x0}" y1="{y0}" x2="{W-10}" y2="{y0}" stroke="#000"/>']
    for i, ((yl, fy), v) in enumerate(zip(YEARS6, mill)):
        x = x0 + 18 + i * 82
        h = v * 0.06
        svg.append(f'<rect x="{x}" y="{y0-h}" width="46" height="{h}" fill="#7f7f7f" stroke="#333" stroke-width="0.5"/>')
        svg.append(f'<text x="{x+23}" y="{y0-h-5}" text-anchor="middle" font-size="12">{v:,}</text>')
        lab = {"平成30年度": "H30", "令和元年度": "R元", "２年度": "R2", "３年度": "R3", "４年度": "R4", "５年度": "R5"}[yl]
        svg.append(f'<text x="{x+23}" y="{y0+16}" text-anchor="middle" font-size="12">{lab}</text>')
        facts.append((["図１", f"{v:,}"], fact(None, None, fy, lab, "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}", 0)))
    svg.append("</svg>")
    H.append('<div class="cap">図１　収入未済額（全会計）の推移（単位：百万円）</div>' + "".join(svg) + "</div>")

    # ---------------- 2-2 long table, header repeated at the page break
    H.append('<div id="s22"><h2>2-2　債権別の収入未済額</h2>')
    H.append('<div class="cap">表２　債権別収入未済額（単位：千円）</div><table id="t2"><thead><tr><th>区分</th><th>債権名</th><th>所属会計</th>'
             "<th>令和４年度</th><th>令和５年度</th><th>増減</th></tr></thead><tbody>")
    groups = ["強制徴収公債権", "非強制徴収公債権", "私債権"]
    g4 = g5 = 0
    for g in groups:
        rows = [d for d in DEBTS if d[0] == g]
        for i, (grp, name, acc, v4, v5, sub) in enumerate(rows):
            first = f'<td rowspan="{len(rows) + 1}" style="writing-mode:vertical-rl;text-align:center">{g}</td>' if i == 0 else ""
            if v4 and v5:
                dd = c(v5 - v4)
            elif v4 and not v5:
                dd = "皆減"
            else:
                dd = "皆増"
            lab = ("　" + name) if sub else name
            H.append(f"<tr>{first}<td>{lab}</td><td>{acc}</td><td class='n'>{c(v4) if v4 else '－'}</td>"
                     f"<td class='n'>{c(v5) if v5 else '－'}</td><td class='n'>{dd}</td></tr>")
            deb = CANON.get(name)
            for fy, v, yl in ((2022, v4, "令和４年度"), (2023, v5, "令和５年度")):
                if v:
                    facts.append((["所属会計", name, c(v4) if v4 else "－", c(v5) if v5 else "－"],
                                  fact(deb, name, fy, yl, "total", "outstanding", "actual", v * 1000, "yen", c(v), 0)))
            if dd not in ("皆減", "皆増"):
                facts.append((["所属会計", name, dd], fact(deb, name, 2023, "令和５年度", "total", "difference", "actual", (v5 - v4) * 1000, "yen", dd, 0)))
        s4 = sum(d[3] for d in rows if d[5] is None); s5 = sum(d[4] for d in rows if d[5] is None)
        g4 += s4; g5 += s5
        H.append(f"<tr class='sub'><td colspan='2'>小計</td><td class='n'>{c(s4)}</td><td class='n'>{c(s5)}</td><td class='n'>{c(s5 - s4)}</td></tr>")
        for fy, v, yl in ((2022, s4, "令和４年度"), (2023, s5, "令和５年度")):
            facts.append((["小計", c(s4), c(s5)], fact(None, f"小計（{g}）", fy, yl, "total", "outstanding", "actual", v * 1000, "yen", c(v), 0)))
        facts.append((["小計", c(s4), c(s5), c(s5 - s4)], fact(None, f"小計（{g}）", 2023, "令和５年度", "total", "difference", "actual", (s5 - s4) * 1000, "yen", c(s5 - s4), 0)))
    H.append(f"<tr class='tot'><td colspan='3'>合計</td><td class='n'>{c(g4)}</td><td class='n'>{c(g5)}</td><td class='n'>{c(g5 - g4)}</td></tr>")
    for fy, v, yl in ((2022, g4, "令和４年度"), (2023, g5, "令和５年度")):
        facts.append((["合計", c(g4), c(g5)], fact(None, "合計", fy, yl, "total", "outstanding", "actual", v * 1000, "yen", c(v), 0)))
    facts.append((["合計", c(g4), c(g5), c(g5 - g4)], fact(None, "合計", 2023, "令和５年度", "total", "difference", "actual", (g5 - g4) * 1000, "yen", c(g5 - g4), 0)))
    H.append("</tbody></table><div class='note'>注１　「うち」は市税の内数であり、小計及び合計には含まない。<br>"
             "注２　増減の△は減少を、「皆減」は収入未済額が全額解消したもの、「皆増」は新たに生じたものを示す。</div>"
             "<p style='margin-top:8px'>債権別の収入未済額は表２のとおりである。強制徴収公債権が全体の約８割を占め、なかでも国民健康保険税と市税の"
             "２債権で全体の約７５％となっている。非強制徴収公債権では、生活保護費返還金が前年度から増加している。</p>"
             "<p>私債権では、市営住宅使用料の収入未済額が最も多く、退去者の滞納が約６割を占めている。"
             "放課後児童クラブ利用料は令和５年度中に全額が納付され、霊園管理料は令和５年度に新たに収入未済額が生じた。</p>"
             "<p>なお、企業会計の債権（下水道使用料、下水道事業受益者負担金及び水道料金）は、税込みの額で計上している。"
             "また、市税の内訳として、主な税目（個人市民税及び固定資産税）の収入未済額を「うち」書きで示した。</p>"
             "</div>")
    assert g4 == totals[4] and g5 == totals[5]

    # ---------------- 2-3 transposed table + line chart
    H.append('<div class="brk" id="s23"><h2>2-3　主要債権の収納率</h2>')
    H.append("<p>主要５債権の収納率（現年度分と滞納繰越分の合計）は、いずれも上昇傾向にある（表３、図２）。"
             "特に国民健康保険税は、平成３０年度から６．０５ポイント上昇した。</p>")
    facts.append((["６．０５ポイント"], fact("国民健康保険料", "国民健康保険税", 2023, None, "total", "difference", "actual", 6.05, "points", "６．０５ポイント", 0)))
    debts = list(RATES)
    H.append('<div class="cap">表３　主要債権の収納率の推移（現年度分＋滞納繰越分）（単位：％）</div><table id="t3"><tr><th>年度</th>'
             + "".join(f"<th>{d}</th>" for d in debts) + "</tr>")
    for i, (yl, fy) in enumerate(YEARS6):
        H.append(f"<tr><td class='c'>{yl}</td>" + "".join(f"<td class='n'>{rate_str(RATES[d][i])}</td>" for d in debts) + "</tr>")
        for d in debts:
            facts.append((["表３", yl, rate_str(RATES[d][i])], fact(CANON[d], d, fy, yl, "total", "collection_rate", "actual", RATES[d][i], "percent", rate_str(RATES[d][i]), 0)))
    H.append("</table><div class='src'>資料：各年度　決算資料（収納率は収入済額÷調定額×100）</div>")
    # line chart for 市税 and 国保
    W, Hh = 560, 260
    svg = [f'<svg width="{W}" height="{Hh}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
           '<line x1="50" y1="220" x2="540" y2="220" stroke="#000"/>']
    def yv(v):
        return 220 - (v - 70) * 6.2
    for gv in (70, 80, 90, 100):
        svg.append(f'<line x1="50" y1="{yv(gv)}" x2="540" y2="{yv(gv)}" stroke="#ccc" stroke-width="0.5"/>'
                   f'<text x="44" y="{yv(gv)+4}" text-anchor="end" font-size="10">{gv}</text>')
    for d, col, dy in (("市税", "#000", -8), ("国民健康保険税", "#666", 16)):
        pts = [(80 + i * 88, yv(v)) for i, v in enumerate(RATES[d])]
        svg.append(f'<polyline points="{" ".join(f"{x},{y}" for x, y in pts)}" fill="none" stroke="{col}" stroke-width="2"/>')
        for (x, y), v in zip(pts, RATES[d]):
            svg.append(f'<circle cx="{x}" cy="{y}" r="3" fill="{col}"/><text x="{x}" y="{y+dy}" text-anchor="middle" font-size="10.5">{v:.2f}</text>')
        svg.append(f'<text x="545" y="{pts[-1][1]+4}" font-size="10" fill="{col}" text-anchor="end" dx="0"></text>')
    for i, (yl, fy) in enumerate(YEARS6):
        lab = ["H30", "R元", "R2", "R3", "R4", "R5"][i]
        svg.append(f'<text x="{80 + i * 88}" y="238" text-anchor="middle" font-size="11">{lab}</text>')
    svg.append('<rect x="60" y="120" width="12" height="3" fill="#000"/><text x="76" y="125" font-size="10">市税</text>'
               '<rect x="120" y="120" width="12" height="3" fill="#666"/><text x="136" y="125" font-size="10">国民健康保険税</text>')
    svg.append("</svg>")
    H.append('<div class="cap">図２　市税及び国民健康保険税の収納率の推移（単位：％）</div>' + "".join(svg))
    for d in ("市税", "国民健康保険税"):
        for i, (yl, fy) in enumerate(YEARS6):
            lab = ["H30", "R元", "R2", "R3", "R4", "R5"][i]
            facts.append((["図２", rate_str(RATES[d][i])], fact(CANON[d], d, fy, lab, "total", "collection_rate", "actual", RATES[d][i], "percent", rate_str(RATES[d][i]), 0)))
    H.append("</div>")

    # ---------------- 第３章 targets (one debt per row, segment x year groups)
    H.append('<div class="brk" id="ch3"><h1>第３章　計画の目標</h1>')
    H.append("<p>計画期間の各年度について、主要債権の収納率の目標を次のとおり定める。あわせて、計画最終年度（令和９年度）末の"
             "全会計の収入未済額を１３億円以下とすることを目標とする。</p>")
    facts.append((["１３億円以下"], fact(None, "全会計", 2027, "令和９年度", "total", "outstanding", "target", 1300000000, "yen", "１３億円", 0)))
    H.append('<div class="cap">表４　主要債権の目標収納率</div><div class="unit">（単位：％）</div><table id="t4">'
             '<tr><th rowspan="2">債権名</th><th colspan="2">（参考）５年度実績</th><th colspan="2">令和７年度</th>'
             '<th colspan="2">令和８年度</th><th colspan="2">令和９年度</th></tr><tr>' + "<th>現年</th><th>滞繰</th>" * 4 + "</tr>")
    for name, r5, t7, t8, t9 in TARGETS:
        cells = []
        for (vals, fy, yl, basis) in ((r5, 2023, "５年度", "actual"), (t7, 2025, "令和７年度", "target"),
                                      (t8, 2026, "令和８年度", "target"), (t9, 2027, "令和９年度", "target")):
            for seg, v in zip(("current", "arrears"), vals):
                cells.append(f"<td class='n'>{v:.2f}</td>")
                facts.append((["表４", name, f"{v:.2f}"], fact(CANON[name], name, fy, yl, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", 0)))
        H.append(f"<tr><td>{name}</td>{''.join(cells)}</tr>")
    H.append("</table>")

    # ---------------- 第４章 two-column text with items
    H.append('<h1 id="ch4" style="margin-top:18px">第４章　目標達成に向けた取組</h1><div class="cols">')
    sec1 = "4-1　全庁的な取組"
    H.append(f"<h3 style='margin-top:0'>{sec1}</h3>")
    items1 = [("(1)", "債権管理台帳の整備状況を毎年度点検し、時効管理を徹底する。", "継続"),
              ("(2)", "債権管理担当職員向けの研修を年２回実施する。", "拡充"),
              ("(3)", "徴収困難な債権を収税課へ引き継ぐ仕組みを設け、強制徴収公債権の滞納処分を一元化する。", "新規"),
              ("(4)", "回収の見込みがない私債権は、条例に基づき放棄し、議会に報告する。", "継続")]
    for lab, t, tag in items1:
        H.append(f"<div class='it'>{lab}　{t}【{tag}】</div>")
        inits.append(initiative(None, 2025, sec1, lab, t + f"【{tag}】", tag, 0))
    sec2 = "4-2　債権別の取組"
    H.append(f"<h3>{sec2}</h3>")
    items2 = [("市税", "ア", "納期内納付を促すため、スマートフォン決済とＷｅｂ口座振替を周知する。", "継続"),
              ("市税", "イ", "滞納初期の段階でＳＭＳによる催告を行う。", "新規"),
              ("国民健康保険料", "ウ", "国民健康保険税は、資格取得時の口座振替登録を原則とする。", "継続"),
              ("国民健康保険料", "エ", "国民健康保険税の滞納繰越分は、財産調査の電子照会を活用して早期に差押えを行う。", "拡充"),
              ("住宅使用料", "オ", "市営住宅使用料は、退去者の滞納について支払督促を計画的に申し立てる。", "継続"),
              ("生活保護費返還金", "カ", "生活保護費返還金は、保護費からの調整による返還を積極的に活用する。", "拡充")]
    for deb, lab, t, tag in items2:
        H.append(f"<div class='it'>{lab}　{t}【{tag}】</div>")
        inits.append(initiative(deb, 2025, sec2, lab, t + f"【{tag}】", tag, 0))
    H.append("</div></div>")
    return "".join(H), facts, inits


def stamp(src: Path, dst: Path):
    d = fitz.open(src)
    for i, p in enumerate(d):
        if i == 0:
            continue
        p.insert_font(fontname="m", fontfile=FONT_MINCHO)
        w = p.rect.width
        p.insert_text((w - 200, 30), "大和郡山市債権管理計画", fontname="m", fontsize=8, color=(0.35, 0.35, 0.35))
        s = f"－ {i + 1} －"
        p.insert_text((w / 2 - 18, p.rect.height - 22), s, fontname="m", fontsize=9)
    d.save(dst)
    d.close()


def build():
    toc_pages = {}
    for _ in range(3):
        html, facts, inits = build_html(toc_pages)
        hp = WORK / f"{STEM}.html"
        hp.write_text(f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{html}</body></html>",
                      encoding="utf-8")
        raw = chromium(hp, WORK / f"{STEM}_raw.pdf")
        texts = page_texts(raw)
        cand = range(3, len(texts) + 1)
        new = {"ch1": find_page(texts, "1-1計画策定の趣旨本市では", candidates=cand),
               "ch2": find_page(texts, "2-1会計別の収入未済額会計別", candidates=cand),
               "s22": find_page(texts, "2-2債権別の収入未済額表２", candidates=cand),
               "s23": find_page(texts, "2-3主要債権の収納率主要", candidates=cand),
               "ch3": find_page(texts, "第３章計画の目標計画期間", candidates=cand),
               "ch4": find_page(texts, "4-1全庁的な取組", candidates=cand)}
        if new == toc_pages:
            break
        toc_pages = new
    stamped = WORK / f"{STEM}_stamped.pdf"
    stamp(raw, stamped)
    texts = page_texts(stamped)
    out_facts = []
    for anchors, f in facts:
        cand = None
        for p in range(2, len(texts) + 1):
            if squash(f["raw"]) in texts[p - 1] and all(squash(a) in texts[p - 1] for a in anchors):
                cand = p
                break
        if cand is None:
            raise LookupError(f"no page for {f['raw']} {anchors}")
        f["page"] = cand
        out_facts.append(f)
    # rows of table 2 that fall after the page break: the row text (name + values) decides
    for i in inits:
        i["page"] = find_page(texts, i["text"].split("【")[0])
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return finish(STEM, stamped, document, out_facts, inits, meta={"title": TITLE, "author": "大和郡山市"})


if __name__ == "__main__":
    build()
