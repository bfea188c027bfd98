"""qk_nayoro_progress_1: 令和５年度 収納対策の取組状況（令和６年２月末現在）, 名寄市. HTML/CSS -> chromium."""
import subprocess
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qk_common import Gold, PDF, WORK, page_count, rate  # noqa: E402

STEM = "qk_nayoro_progress_1"
RUN = "令和５年度　収納対策の取組状況（令和６年２月末現在）"
g = Gold(STEM, "progress_report", "progress", "名寄市", RUN, "2024-03-15", "令和６年３月１５日")
AS, AS0 = "2024-02-29", "2023-02-28"
pages = []


def page(body, land=False):
    n = len(pages) + 1
    pages.append(f'<div class="pg{" land" if land else ""}"><div class="rh">{RUN}</div>{body}'
                 f'<div class="pf">- {n} -</div></div>')


# ------------------------------------------------------------------ data (千円)
D = [  # name, short, prev(a,c), cur(a,c)
    ("市税", "市税", (2_820_114, 2_577_581), (2_845_210, 2_611_902)),
    ("国民健康保険税", "国保税", (905_336, 741_470), (884_102, 728_316)),
    ("介護保険料", "介護保険料", (512_408, 488_126), (515_992, 492_540)),
    ("後期高齢者医療保険料", "後期高齢", (244_780, 238_905), (249_115, 243_317)),
    ("保育料", "保育料", (38_412, 34_204), (35_906, 32_180)),
    ("市営住宅使用料", "住宅使用料", (152_230, 135_840), (150_644, 135_208)),
    ("下水道使用料", "下水道使用料", (341_506, 318_224), (338_870, 316_905)),
    ("水道料金", "水道料金", (602_118, 561_377), (598_402, 559_961)),
]
g.page = 1
# ------------------------------------------------------------------ p1 panels + chart
pr = rate(D[0][2][1], D[0][2][0], 1)
cr = rate(D[0][3][1], D[0][3][0], 1)
tot_out = sum(a - c for _, _, _, (a, c) in D)
p1 = f'<h1>{RUN}</h1><p class="org">名寄市総務部税務課</p>'
p1 += '<div class="panels">'
p1 += ('<div class="panel"><div class="pl">市税　収納率（令和６年２月末）</div><div class="pv">'
       + g.f(f"{cr:.1f}％", "collection_rate", 2023, "令和６年２月末", "total", "interim", "市税", "市税", as_of=AS)
       + '</div><div class="ps">前年同月比' + g.f(f"＋{cr - pr:.1f}ポイント", "difference", 2023, None, "total", "interim", "市税", "市税", unit="points", as_of=AS) + '</div></div>')
p1 += ('<div class="panel"><div class="pl">市税等　収入未済額（令和６年２月末）</div><div class="pv">'
       + g.f(f"{tot_out / 100000:.2f}億円", "outstanding", 2023, "令和６年２月末", "total", "interim", None, "市税等", as_of=AS)
       + '</div><div class="ps">対象８債権の合計</div></div>')
kr = rate(D[1][3][1], D[1][3][0], 1)
p1 += ('<div class="panel"><div class="pl">国保税　収納率（令和６年２月末）</div><div class="pv">'
       + g.f(f"{kr:.1f}％", "collection_rate", 2023, "令和６年２月末", "total", "interim", "国民健康保険税", "国保税", as_of=AS)
       + '</div><div class="ps">前年同月 ' + g.f(f"{rate(D[1][2][1], D[1][2][0], 1):.1f}％", "collection_rate", 2022, None, "total", "interim", "国民健康保険税", "国保税", as_of=AS0) + '</div></div>')
p1 += '</div>'
CH = [(2019, "R1", "2020-02-29", 89.9), (2020, "R2", "2021-02-28", 90.3), (2021, "R3", "2022-02-28", 90.8),
      (2022, "R4", "2023-02-28", pr), (2023, "R5", AS, cr)]
bars = ""
for fy, lab, asof, v in CH:
    h = (v - 85) * 30
    bars += (f'<div class="bar"><div class="bv">{g.f(f"{v:.1f}", "collection_rate", fy, lab, "total", "interim", "市税", "市税", as_of=asof)}</div>'
             f'<div class="bb" style="height:{h:.0f}px"></div><div class="bl">{lab}</div></div>')
p1 += ('<h2>市税（現年度分・滞納繰越分計）収納率の推移（各年度２月末）</h2><p class="unit">単位：％</p>'
       f'<div class="chart">{bars}</div>')
p1 += ('<p class="txt">　本報告は、名寄市債権管理計画に基づき、主要８債権の令和６年２月末現在の収納状況と今後の取組をまとめたものである。'
       '２月末の市税の収納率は前年同月を上回っており、年度末に向けて滞納整理を一層進める。</p>')
page(p1)

# ------------------------------------------------------------------ p2-3 main table (1, 5, 17, 22, 28, 33)
HEAD = ('<tr><th rowspan="2" class="vert">債権名</th><th colspan="3">前年同月（令和５年２月末）</th>'
        '<th colspan="3">本年（令和６年２月末）</th><th rowspan="2">増減<br>（上段：収入済額<br>下段：収納率）</th></tr>'
        '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>')


def mrow(name, short, p, c, debt):
    (a0, c0), (a1, c1) = p, c
    r0, r1 = rate(c0, a0, 1), rate(c1, a1, 1)
    dc, dr = c1 - c0, round(r1 - r0, 1)
    cells = [g.f(f"{a0:,}", "assessed", 2022, None, "total", "interim", debt, short, mult=1000, as_of=AS0),
             g.f(f"{c0:,}", "collected", 2022, None, "total", "interim", debt, short, mult=1000, as_of=AS0),
             g.f(f"{r0:.1f}", "collection_rate", 2022, None, "total", "interim", debt, short, as_of=AS0),
             g.f(f"{a1:,}", "assessed", 2023, None, "total", "interim", debt, short, mult=1000, as_of=AS),
             g.f(f"{c1:,}", "collected", 2023, None, "total", "interim", debt, short, mult=1000, as_of=AS),
             g.f(f"{r1:.1f}", "collection_rate", 2023, None, "total", "interim", debt, short, as_of=AS)]
    st = (g.f(("△" if dc < 0 else "") + f"{abs(dc):,}", "difference", 2023, None, "total", "interim", debt, short, mult=1000, as_of=AS)
          + "<br>" + g.f(("△" if dr < 0 else "") + f"{abs(dr):.1f}", "difference", 2023, None, "total", "interim", debt, short, unit="points", as_of=AS))
    return f'<tr><td class="l">{short}</td>' + "".join(f"<td>{x}</td>" for x in cells) + f'<td class="stack">{st}</td></tr>'


g.page = 2
body = ('<h2>１　主要債権の収納状況（２月末累計）</h2><p class="unit">（単位：千円、％）</p>'
        f'<table class="z">{HEAD}' + "".join(mrow(n, s, p, c, n) for n, s, p, c in D[:5]) + '</table>'
        '<p class="note">次ページに続く</p>'
        '<p class="txt">　市税は、前年同月と比べて調定額が増加する中で収入済額も伸びており、収納率は前年同月を上回った。'
        '国保税は、被保険者数の減少により調定額が減少しているが、収納率は前年同月並みで推移している。</p>')
page(body)
g.page = 3
tot = [sum(x[2][0] for x in D), sum(x[2][1] for x in D), sum(x[3][0] for x in D), sum(x[3][1] for x in D)]
body = ('<h2>１　主要債権の収納状況（２月末累計）（続き）</h2><p class="unit">（単位：千円、％）</p>'
        f'<table class="z">{HEAD}' + "".join(mrow(n, s, p, c, n) for n, s, p, c in D[5:])
        + mrow("合計", "合計", (tot[0], tot[1]), (tot[2], tot[3]), None).replace("<tr>", '<tr class="sum">') + '</table>'
        '<p class="note">略称　国保税：国民健康保険税、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料</p>')
# area table with rates first (37, 52) beside a metric-in-row-header table (29)
AR = [("名寄地区", 2_461_880, 2_262_354), ("風連地区", 383_330, 349_548)]
rows = ""
for ar, a, c in AR:
    rows += (f'<tr><td class="l">{ar}</td><td>{g.f(f"{rate(c, a, 1):.1f}", "collection_rate", 2023, None, "total", "interim", "市税", "市税", as_of=AS, area=ar)}</td>'
             f'<td>{g.f(f"{a:,}", "assessed", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS, area=ar)}</td>'
             f'<td>{g.f(f"{c:,}", "collected", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS, area=ar)}</td></tr>')
a1, c1 = D[0][3]
rows += (f'<tr class="sum"><td class="l">計</td><td>{g.f(f"{rate(c1, a1, 1):.1f}", "collection_rate", 2023, None, "total", "interim", "市税", "市税", as_of=AS)}</td>'
         f'<td>{g.f(f"{a1:,}", "assessed", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS)}</td>'
         f'<td>{g.f(f"{c1:,}", "collected", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS)}</td></tr>')
(a0, c0), (a1, c1) = D[0][2], D[0][3]
side = ('<table><tr><th>区分</th><th>前年同月</th><th>本年</th></tr>'
        f'<tr><td class="l">収入未済額（千円）</td><td>{g.f(f"{a0 - c0:,}", "outstanding", 2022, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS0)}</td>'
        f'<td>{g.f(f"{a1 - c1:,}", "outstanding", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of=AS)}</td></tr>'
        f'<tr><td class="l">滞納者数（人）</td><td>{g.f("2,318", "delinquents", 2022, None, "total", "interim", "市税", "市税", unit="persons", as_of=AS0)}</td>'
        f'<td>{g.f("2,207", "delinquents", 2023, None, "total", "interim", "市税", "市税", unit="persons", as_of=AS)}</td></tr>'
        f'<tr><td class="l">差押件数（件）</td><td>{g.f("412", "seizures", 2022, None, "total", "interim", "市税", "市税", unit="cases", as_of=AS0)}</td>'
        f'<td>{g.f("455", "seizures", 2023, None, "total", "interim", "市税", "市税", unit="cases", as_of=AS)}</td></tr></table>')
body += ('<h2>２　市税の地区別収納状況（令和６年２月末）</h2>'
         '<div class="two"><div><p class="unit">収納率（％）、金額（千円）</p><table><tr><th>地区</th><th>収納率</th><th>調定額</th><th>収入済額</th></tr>'
         + rows + '</table></div><div><p class="unit">市税の滞納状況</p>' + side + '</div></div>')
page(body)

# ------------------------------------------------------------------ p4-5 landscape monthly table (32, 42, 46)
A_CUR, A_PRE = D[0][3][0], D[0][2][0]
CUM_C = [228_410, 472_118, 790_402, 1_041_877, 1_288_315, 1_530_906, 1_772_410, 2_010_552, 2_236_104, 2_428_870, 2_611_902]
CUM_P = [220_306, 461_950, 771_228, 1_019_344, 1_262_705, 1_500_117, 1_738_450, 1_970_214, 2_195_380, 2_392_608, 2_577_581]
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-29"]


def asof(k, fy):
    y = fy + (1 if k >= 9 else 0)
    e = ENDS[k]
    if e == "02-29" and y % 4:
        e = "02-28"
    return f"{y}-{e}"


def monthly(ks, extra=""):
    h = "<tr><th>区分</th><th>年度</th>" + "".join(f"<th>{MON[k]}</th>" for k in ks) + extra + "</tr>"
    rows = ""
    for lab, metric in [("収入済額（千円）", "collected"), ("収納率（％）", "collection_rate")]:
        for fy, yl, cum, A in [(2023, "令和５年度", CUM_C, A_CUR), (2022, "令和４年度", CUM_P, A_PRE)]:
            tds = ""
            for k in ks:
                v = cum[k]
                raw = f"{v:,}" if metric == "collected" else f"{rate(v, A, 1):.1f}"
                tds += f"<td>{g.f(raw, metric, fy, yl, 'total', 'interim', '市税', '市税', mult=1000, as_of=asof(k, fy))}</td>"
            if extra:
                if fy == 2023:
                    est = "2,705,300" if metric == "collected" else f"{rate(2_705_300, A, 1):.1f}"
                    tds += f"<td>{g.f(est, metric, 2023, yl, 'total', 'estimate', '市税', '市税', mult=1000)}</td>"
                else:
                    fin = "2,671,210" if metric == "collected" else f"{rate(2_671_210, A, 1):.1f}"
                    tds += f"<td>{g.f(fin, metric, 2022, yl, 'total', 'actual', '市税', '市税', mult=1000)}</td>"
            rows += f'<tr><td class="l">{lab if fy == 2023 else ""}</td><td class="l">{yl}</td>{tds}</tr>'
    return f'<table class="wide">{h}{rows}</table>'


g.page = 4
page('<h2>３　月別収納状況（市税・累計）</h2><p class="unit">各月末の累計。調定額は令和５年度 '
     + g.f(f"{A_CUR:,}千円", "assessed", 2023, "令和５年度", "total", "interim", "市税", "市税", as_of=AS)
     + '、令和４年度 ' + g.f(f"{A_PRE:,}千円", "assessed", 2022, "令和４年度", "total", "interim", "市税", "市税", as_of=AS0)
     + '（いずれも２月末）</p>' + monthly(range(0, 6)) + '<p class="note">右の列（１０月末以降）は次ページに続く。</p>', land=True)
g.page = 5
page('<h2>３　月別収納状況（市税・累計）（続き）</h2><p class="unit">（単位は前ページと同じ）</p>'
     + monthly(range(6, 11), "<th>年度末</th>")
     + '<p class="note">年度末欄：令和５年度は決算見込、令和４年度は決算。</p>', land=True)

# ------------------------------------------------------------------ p6 two-column prose + boxed table + 取組 (14, 34, 38)
g.page = 6
(pa, pc), (ca_, cc_) = D[1][2], D[1][3]
left = ('<h3>（１）市税</h3><p>　２月末の市税の収入未済額は' + g.f(f"約{(a1 - c1) / 100000:.2f}億円", "outstanding", 2023, None, "total", "interim", "市税", "市税", as_of=AS)
        + 'で、前年同月から' + g.f(f"約{((a0 - c0) - (a1 - c1)) / 10:,.0f}万円", "difference", 2023, None, "total", "interim", "市税", "市税", neg=True, as_of=AS)
        + '減少した。年度末の収納率は' + g.f("95.1％", "collection_rate", 2023, None, "total", "estimate", "市税", "市税")
        + 'を見込んでおり、前年度決算の' + g.f("94.7％", "collection_rate", 2022, None, "total", "actual", "市税", "市税") + 'を上回る見通しである。</p>')
right = ('<h3>（２）国民健康保険税</h3><p>　国保税の２月末の収納率は' + g.f(f"{rate(cc_, ca_, 1):.1f}％", "collection_rate", 2023, None, "total", "interim", "国民健康保険税", "国保税", as_of=AS)
         + 'で、前年同月比' + g.f(f"{rate(cc_, ca_, 1) - rate(pc, pa, 1):.1f}ポイント", "difference", 2023, None, "total", "interim", "国民健康保険税", "国保税", unit="points", as_of=AS)
         + 'の上昇となった。収入未済額は' + g.f(f"約{(ca_ - cc_) // 100000}億{round((ca_ - cc_) % 100000 / 10):,}万円", "outstanding", 2023, None, "total", "interim", "国民健康保険税", "国保税", as_of=AS)
         + 'で、年度末には' + g.f("約１億２千万円", "outstanding", 2023, None, "total", "estimate", "国民健康保険税", "国保税", value=120_000_000) + 'まで縮減する見込みである。</p>')
box = ('<p class="cap">表　滞納整理強化月間（１２月）の実績</p><div class="box"><table><tr><th>債権</th><th>収納額（千円）</th><th>差押件数</th></tr>'
       f'<tr><td class="l">市税</td><td>{g.f("48,206", "collected", 2023, None, "total", "interim", "市税", "市税", mult=1000, as_of="2023-12-31")}</td><td>{g.f("61", "seizures", 2023, None, "total", "interim", "市税", "市税", unit="cases", as_of="2023-12-31")}</td></tr>'
       f'<tr><td class="l">国保税</td><td>{g.f("17,914", "collected", 2023, None, "total", "interim", "国民健康保険税", "国保税", mult=1000, as_of="2023-12-31")}</td><td>{g.f("24", "seizures", 2023, None, "total", "interim", "国民健康保険税", "国保税", unit="cases", as_of="2023-12-31")}</td></tr>'
       '</table></div><p class="src">出典：税務課「滞納整理強化月間実施結果」（令和６年１月）</p>')
ITEMS = [("市税", "①", "年度内に時効を迎える事案について、財産調査の結果に基づき差押え又は執行停止を判断する。", "継続"),
         ("市税", "②", "３月の休日納付相談窓口を２回開設する。", "拡充"),
         ("国民健康保険税", "③", "国保税の分納不履行者に対し、訪問による納付催告を行う。", "新規"),
         ("市営住宅使用料", "④", "住宅使用料の滞納者のうち退去予定者と、退去前に納付計画を協議する。", None)]
items = "".join(f"<p class='it'>{lab}　{g.i(t, d, 2023, '今後の取組（３月）', lab, stt)}{('【' + stt + '】') if stt else ''}</p>" for d, lab, t, stt in ITEMS)
page('<h2>４　主要債権の状況と今後の取組</h2><div class="cols"><div>' + left + '</div><div>' + right + '</div></div>' + box
     + '<h2>５　今後の取組（３月）</h2>' + items)

CSS = """
@page { size: A4; margin: 14mm 16mm; }
@page land { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 0; }
.pg { page-break-after: always; position: relative; height: 265mm; }
.pg.land { page: land; height: 180mm; }
.rh { text-align: right; font-size: 8pt; color: #444; border-bottom: 0.5px solid #888; margin-bottom: 6mm; }
.pf { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-size: 16pt; text-align: center; margin: 8mm 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; }
h3 { font-size: 11pt; margin: 0 0 1mm; } .org { text-align: right; }
.panels { display: flex; gap: 4mm; margin: 6mm 0; } .panel { flex: 1; border: 1.5px solid #1f4e79; padding: 3mm; text-align: center; }
.pl { font-size: 9pt; background: #dde8f3; padding: 1mm; } .pv { font-size: 20pt; font-weight: bold; margin: 2mm 0; } .ps { font-size: 9pt; }
.chart { display: flex; align-items: flex-end; gap: 10mm; height: 70mm; border-bottom: 1px solid #000; padding: 0 10mm; }
.bar { text-align: center; width: 16mm; } .bb { background: #5b8cc0; } .bv { font-size: 9pt; } .bl { font-size: 9pt; position: relative; top: 5mm; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 1mm; } .note, .src { font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th { background: #d9d9d9; border: 0.5px solid #555; padding: 1mm; font-weight: normal; }
td { border: 0.5px solid #555; padding: 1.2mm; text-align: right; } td.l { text-align: left; }
table.z tr:nth-child(even) td { background: #f0f4f8; } tr.sum td { background: #e8e8e8 !important; }
.vert { writing-mode: vertical-rl; } .stack { line-height: 1.5; }
.two { display: flex; gap: 6mm; } .two > div { flex: 1; }
.cols { column-count: 2; column-gap: 8mm; font-size: 10pt; } .cols p { margin: 0 0 2mm; text-align: justify; }
.cap { text-align: center; font-weight: bold; margin: 4mm 0 1mm; } .box { border: 1.5px solid #000; padding: 2mm; width: 60%; margin: 0 auto; }
.src { text-align: center; } .it { margin: 1mm 0 1mm 4mm; text-indent: -4mm; padding-left: 4mm; }
table.wide td, table.wide th { font-size: 9pt; padding: 1.5mm; }
.txt { margin-top: 8mm; }
"""
html = WORK / f"{STEM}.html"
html.write_text(f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>", encoding="utf-8")
out = PDF / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(html)], check=True, capture_output=True, timeout=180)
g.write(out, page_count(out))
