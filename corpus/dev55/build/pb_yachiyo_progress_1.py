"""pb_yachiyo_progress_1: 令和５年度 市税等の収納状況及び取組状況（中間報告・令和6年2月末現在）, 八千代市.
HTML/CSS → chromium --headless --print-to-pdf.  Run from corpus/dev55."""
import os
import random
import subprocess
import sys

sys.path.insert(0, "build")
from pb_common import Gold, comma, oku_man, rate, signed  # noqa: E402

STEM = "pb_yachiyo_progress_1"
rng = random.Random(5502)
g = Gold()
ASOF, ASOF0 = "2024-02-29", "2023-02-28"

# canonical, printed short name (tables), full name (text / legend)
DEBTS = [
    ("市税", "市税", "市税", (28_300_000, 91.05, 1_020_000, 27.3)),
    ("国民健康保険料", "国保税", "国民健康保険税", (4_650_000, 78.40, 1_310_000, 21.5)),
    ("介護保険料", "介護料", "介護保険料", (3_920_000, 89.90, 118_000, 16.8)),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", (2_480_000, 90.60, 19_500, 38.0)),
    ("保育所保育料", "保育料", "保育所保育料", (241_000, 88.20, 29_600, 12.4)),
    ("住宅使用料", "住宅使用料", "市営住宅使用料", (88_700, 89.10, 24_300, 17.9)),
]


def mk(a, r):
    c = int(a * r / 100)
    return {"assessed": a, "collected": c, "outstanding": a - c, "rate": round(c / a * 100, 2)}


IT = {}   # interim 2月末: IT[fy][debt][seg]
for fy, shift in ((2023, 0.0), (2022, -1)):
    IT[fy] = {}
    for d in DEBTS:
        ca, cr, aa, ar = d[3]
        k = 1 if shift == 0 else 0.985
        cur = mk(int(ca * k * (1 + rng.uniform(-0.004, 0.004))), cr + (shift * rng.uniform(-0.4, 0.5)))
        arr = mk(int(aa * (1.03 if shift else 1) * (1 + rng.uniform(-0.01, 0.01))),
                 ar + shift * rng.uniform(-0.6, 1.6))
        tot = {kk: cur[kk] + arr[kk] for kk in ("assessed", "collected", "outstanding")}
        tot["rate"] = round(tot["collected"] / tot["assessed"] * 100, 2)
        IT[fy][d[0]] = {"current": cur, "arrears": arr, "total": tot}
    for seg in ("current", "arrears", "total"):
        t = {kk: sum(IT[fy][d[0]][seg][kk] for d in DEBTS) for kk in ("assessed", "collected", "outstanding")}
        t["rate"] = round(t["collected"] / t["assessed"] * 100, 2)
        IT[fy].setdefault(None, {})[seg] = t

FYR = {2023: "令和５年度", 2022: "令和４年度"}


def fi(v, metric, debt, raw_name, fy, seg, as_of, fy_raw=None, pct=False, k=True):
    """interim figure; amounts in 千円, rates printed without % unless pct"""
    if metric == "rate":
        s = rate(v) + ("％" if pct else "")
        return g.fact(s, v, "collection_rate", "percent", debt=debt, debt_raw=raw_name, fy=fy,
                      fy_raw=fy_raw or FYR[fy], segment=seg, basis="interim", as_of=as_of)
    s = comma(v)
    return g.fact(s, v * 1000, metric, "yen", debt=debt, debt_raw=raw_name, fy=fy,
                  fy_raw=fy_raw or FYR[fy], segment=seg, basis="interim", as_of=as_of)


CSS = """
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 1mm; }
.sub { text-align: center; font-size: 11pt; margin-bottom: 2mm; }
.right { text-align: right; font-size: 9pt; }
h2 { font-size: 11.5pt; border-left: 5px solid #2a5d8f; padding-left: 6px; margin: 5mm 0 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th { background: #2a5d8f; color: #fff; font-weight: normal; padding: 2px 3px; border: 0.5px solid #fff; }
td { padding: 2px 4px; text-align: right; border: none; }
tr.z td { background: #e8eef5; }
tr.sum td { background: #cfdcea; font-weight: bold; }
td.l { text-align: left; }
.cap { font-size: 9.5pt; margin: 3mm 0 1mm; }
.unit { float: right; font-size: 8pt; font-weight: normal; }
.note { font-size: 7.5pt; margin: 1mm 0; }
.panels { display: flex; gap: 4mm; margin: 4mm 0; }
.panel { flex: 1; border: 1.2px solid #2a5d8f; border-radius: 3mm; padding: 2mm 3mm; text-align: center; }
.panel .lab { font-size: 8pt; color: #2a5d8f; }
.panel .big { font-size: 17pt; font-weight: bold; margin: 1mm 0; }
.panel .small { font-size: 8.5pt; }
.two { column-count: 2; column-gap: 7mm; text-align: justify; font-size: 9.3pt; line-height: 1.65; }
.two p { margin: 0 0 2mm; text-indent: 1em; }
.box { border: 1px solid #333; padding: 2mm 4mm; margin: 3mm 0; font-size: 9pt; }
.box ul { margin: 1mm 0; padding-left: 4mm; list-style: none; }
.items p { margin: 0.6mm 0 0.6mm 2.2em; text-indent: -2.2em; line-height: 1.5; }
.tag { white-space: nowrap; }
.alone { text-align: right; margin: 0 0 1mm; }
.folio { text-align: center; font-size: 8pt; margin-top: 4mm; }
table.rule td, table.rule th { border: 0.6px solid #555; }
table.rule th { background: #dde5ee; color: #111; }
"""

H = []
P = lambda s: H.append(s)  # noqa: E731


def page_start(n):
    g.page = n
    P('<div class="page">')


def page_end():
    P(f'<div class="folio">－{g.page}－</div></div>')


ES = {}
for d in DEBTS[:4]:
    c, a = d[3][0], d[3][2]
    res = {}
    for fy in (2022, 2023):
        k = 0.985 if fy == 2022 else 1.0
        ca = round(c * k * 1.012 / 100) / 10          # 百万円 one decimal
        aa = round(a * (1.03 if fy == 2022 else 1) / 100) / 10
        ass = round(ca + aa, 1)
        rt_target = {"市税": 97.7, "国民健康保険料": 88.4, "介護保険料": 97.9, "後期高齢者医療保険料": 99.2}[d[0]]
        r_ = rt_target + (-0.3 if fy == 2022 else 0) + rng.uniform(-0.1, 0.1)
        col = round(ass * r_ / 100, 1)
        wo = round(aa * 0.07, 1)
        out = round(ass - col - wo, 1)
        res[fy] = {"assessed": ass, "collected": col, "written_off": wo, "outstanding": out,
                   "rate": round(col / ass * 100, 2)}
    ES[d[0]] = res

# ------------------------------------------------------------- page 1
page_start(1)
P('<div class="right">令和６年３月15日<br>財務部納税課・債権管理課</div>')
P('<h1>令和５年度 市税等の収納状況及び取組状況について</h1>')
P('<div class="sub">（中間報告　令和６年２月末現在）</div>')
st, st0 = IT[2023]["市税"]["total"], IT[2022]["市税"]["total"]
kt, kt0 = IT[2023]["国民健康保険料"]["total"], IT[2022]["国民健康保険料"]["total"]
d_st = round(st["rate"] - st0["rate"], 2)
d_kt = round(kt["rate"] - kt0["rate"], 2)
P('<div class="panels">')
P('<div class="panel"><div class="lab">市税 収納率（令和６年２月末）</div><div class="big">' +
  fi(st["rate"], "rate", "市税", "市税", 2023, "total", ASOF, "令和６年２月末", pct=True) +
  '</div><div class="small">前年同月比 ' +
  g.fact(signed(d_st, 2, "△", "＋") + "ポイント", d_st, "difference", "points", debt="市税",
         debt_raw="市税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=ASOF) + '</div></div>')
ou = IT[2023]["市税"]["arrears"]["outstanding"]
P('<div class="panel"><div class="lab">市税 滞納繰越分 収入未済額</div><div class="big">' +
  g.fact(f"{ou / 100000:.1f}億円", round(ou / 100000, 1) * 100_000_000, "outstanding", "yen",
         debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末", segment="arrears",
         basis="interim", as_of=ASOF) + '</div><div class="small">令和５年度当初 ' +
  g.fact(f"{IT[2023]['市税']['arrears']['assessed'] / 100000:.1f}億円",
         round(IT[2023]['市税']['arrears']['assessed'] / 100000, 1) * 100_000_000, "assessed", "yen",
         debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度当初", segment="arrears",
         basis="interim", as_of=ASOF) + '</div></div>')
P('<div class="panel"><div class="lab">国保税 収納率（令和６年２月末）</div><div class="big">' +
  fi(kt["rate"], "rate", "国民健康保険料", "国保税", 2023, "total", ASOF, "令和６年２月末", pct=True) +
  '</div><div class="small">前年同月比 ' +
  g.fact(signed(d_kt, 2, "△", "＋") + "ポイント", d_kt, "difference", "points",
         debt="国民健康保険料", debt_raw="国保税", fy=2023, fy_raw="令和６年２月末", basis="interim",
         as_of=ASOF) + '</div></div>')
P('</div>')
P('<h2>１　収納状況の概要</h2>')
sc, sc0 = IT[2023]["市税"]["current"], IT[2022]["市税"]["current"]
sa, sa0 = IT[2023]["市税"]["arrears"], IT[2022]["市税"]["arrears"]
ko, ko0 = kt["outstanding"], kt0["outstanding"]
man = lambda v: oku_man(v * 1000, 1_000_000)  # noqa: E731
tx = []
tx.append("令和６年２月末現在の市税の収納率（現年分と滞納繰越分の合計）は" +
          fi(st["rate"], "rate", "市税", "市税", 2023, "total", ASOF, "令和６年２月末", pct=True) +
          "で、前年同月の" +
          fi(st0["rate"], "rate", "市税", "市税", 2022, "total", ASOF0, "前年同月", pct=True) + "から" +
          g.fact(f"{abs(d_st):.2f}ポイント", d_st, "difference", "points", debt="市税", debt_raw="市税",
                 fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=ASOF) +
          ("上昇" if d_st >= 0 else "低下") + "しました。")
tx.append("区分別では、現年分が" +
          fi(sc["rate"], "rate", "市税", "市税", 2023, "current", ASOF, "令和６年２月末", pct=True) +
          "（前年同月" +
          fi(sc0["rate"], "rate", "市税", "市税", 2022, "current", ASOF0, "前年同月", pct=True) +
          "）、滞納繰越分が" +
          fi(sa["rate"], "rate", "市税", "市税", 2023, "arrears", ASOF, "令和６年２月末", pct=True) +
          "（同" + fi(sa0["rate"], "rate", "市税", "市税", 2022, "arrears", ASOF0, "前年同月", pct=True) +
          "）となっています。滞納繰越分は、年度当初からの財産調査と差押えの前倒しにより、前年同月を上回って推移しています。")
tx.append("国民健康保険税（以下「国保税」といいます。）の収納率は" +
          fi(kt["rate"], "rate", "国民健康保険料", "国保税", 2023, "total", ASOF, "令和６年２月末", pct=True) +
          "で、前年同月と比べ" +
          g.fact(f"{abs(d_kt):.2f}ポイント", d_kt, "difference", "points", debt="国民健康保険料",
                 debt_raw="国保税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=ASOF) +
          ("上昇" if d_kt >= 0 else "低下") + "しました。")
tx.append("国保税の収入未済額は約" +
          g.fact(man(ko), round(ko / 1000) * 1_000_000, "outstanding", "yen", debt="国民健康保険料",
                 debt_raw="国保税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=ASOF,
                 approx=True) + "で、前年同月から約" +
          g.fact(man(abs(ko - ko0)), round((ko - ko0) / 1000) * 1_000_000, "difference", "yen",
                 debt="国民健康保険料", debt_raw="国保税", fy=2023, fy_raw="令和６年２月末",
                 basis="interim", as_of=ASOF, approx=True) +
          ("減少" if ko < ko0 else "増加") +
          "しています。加入者の減少に伴い調定額が縮小するなか、資格喪失者の未納分への対応が引き続き課題です。")
tx.append("その他の債権では、介護保険料、後期高齢者医療保険料はおおむね前年同月並みで推移しています。"
          "保育所保育料及び市営住宅使用料は、滞納繰越分の分納履行の確認と催告を進めています。")
P('<div class="two">' + "".join(f"<p>{t}</p>" for t in tx) + '</div>')
HIST = [(2017, "平成29年度", 95.12), (2019, "令和元年度", 96.05), (2020, "令和二年度", 96.38),
        (2021, "3年度", 96.92), (2022, "2022年度", ES["市税"][2022]["rate"])]
P('<div class="cap">（参考）市税収納率の推移（決算・現年分と滞納繰越分の合計）<span class="unit">（単位：％）</span></div>')
P('<table class="rule" style="width:80%"><tr><th>区分</th>' + "".join(f"<th>{r}</th>" for _, r, _ in HIST) +
  '</tr><tr><td class="l">収納率</td>' +
  "".join("<td>" + g.fact(rate(v), v, "collection_rate", "percent", debt="市税", debt_raw="市税", fy=y,
                          fy_raw=r, basis="actual") + "</td>" for y, r, v in HIST) + "</tr></table>")
P('<p class="note">※ 平成30年度は税務システム更改に伴い比較可能な数値がないため掲載していない。</p>')
P('<p class="note">※ 表中の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、'
  '保育料：保育所保育料、住宅使用料：市営住宅使用料</p>')
page_end()

# ------------------------------------------------------------- page 2
page_start(2)
P('<h2>２　債権別の収納状況</h2>')
P('<div class="cap">表１　債権別収納状況（令和６年２月末現在）</div>')
P('<table><tr><th rowspan="2">債権名</th><th colspan="3">現年分</th><th colspan="3">滞納繰越分</th>'
  '<th colspan="3">合計</th></tr><tr>' +
  "".join('<th>調定額※1<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th>'
          for _ in range(3)) + '</tr>')
for i, d in enumerate(DEBTS + [None]):
    key = d[0] if d else None
    name = d[1] if d else "計"
    label = name + ("※2" if d and d[0] == "保育所保育料" else "")
    cls = "sum" if d is None else ("z" if i % 2 else "")
    row = f'<tr class="{cls}"><td class="l">{label}</td>'
    for seg in ("current", "arrears", "total"):
        rec = IT[2023][key][seg]
        for m in ("assessed", "collected", "rate"):
            row += "<td>" + fi(rec[m], m, key, name, 2023, seg, ASOF) + "</td>"
    H.append(row + "</tr>")
P('</table>')
fuku = 3412
P('<p class="note">※1 調定額は、２月末現在の更正後の額である。収納率＝収入済額÷調定額（小数点以下第３位四捨五入）。</p>')
P('<p class="note">※2 保育料の滞納繰越分の調定額には、副食費分 ' +
  g.fact(f"{comma(fuku)}千円", fuku * 1000, "assessed", "yen", debt="保育所保育料",
         debt_raw="保育料", fy=2023, fy_raw="令和５年度", segment="arrears", basis="interim",
         as_of=ASOF) + ' を含む。</p>')

P('<div class="cap">表２　前年同月との比較（今期：令和６年２月末、前年同期：令和５年２月末）</div>')
P('<table class="rule"><tr><th rowspan="2">債権名</th><th colspan="3">収納率（合計）（％）</th>'
  '<th colspan="3">収入未済額（合計）（千円）</th></tr><tr><th>前年同期</th><th>今期</th><th>差</th>'
  '<th>前年同期</th><th>今期</th><th>増減</th></tr>')
for d in DEBTS + [None]:
    key = d[0] if d else None
    name = d[1] if d else "計"
    a, b = IT[2022][key]["total"], IT[2023][key]["total"]
    dr = round(b["rate"] - a["rate"], 2)
    do = b["outstanding"] - a["outstanding"]
    row = f'<tr class="{"sum" if d is None else ""}"><td class="l">{name}</td>'
    row += "<td>" + fi(a["rate"], "rate", key, name, 2022, "total", ASOF0, "前年同期") + "</td>"
    row += "<td>" + fi(b["rate"], "rate", key, name, 2023, "total", ASOF, "今期") + "</td>"
    row += "<td>" + g.fact(signed(dr), dr, "difference", "points", debt=key, debt_raw=name, fy=2023,
                           fy_raw="今期", basis="interim", as_of=ASOF) + "</td>"
    row += "<td>" + fi(a["outstanding"], "outstanding", key, name, 2022, "total", ASOF0, "前年同期") + "</td>"
    row += "<td>" + fi(b["outstanding"], "outstanding", key, name, 2023, "total", ASOF, "今期") + "</td>"
    row += "<td>" + g.fact(comma(do), do * 1000, "difference", "yen", debt=key, debt_raw=name, fy=2023,
                           fy_raw="今期", basis="interim", as_of=ASOF) + "</td></tr>"
    H.append(row)
P('</table><p class="note">※ 差及び増減は、今期から前年同期を差し引いたもの（△はマイナス）。</p>')
page_end()

# ------------------------------------------------------------- page 3: monthly + chart
page_start(3)
P('<h2>３　月別収納状況（市税）</h2>')
P('<div class="cap">表３　市税の月別累計収納率（現年分・滞納繰越分の合計）<span class="unit">（単位：％）</span></div>')
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末",
          "2月末", "3月末"]
base = [11.8, 24.6, 37.9, 49.7, 57.3, 62.4, 70.1, 75.8, 82.6, 85.9]
END = {2024: {1: 31, 2: 29, 3: 31}, 2023: {1: 31, 2: 28, 3: 31}}
MD = [30, 31, 30, 31, 31, 30, 31, 30, 31]
P('<table class="rule" style="width:70%"><tr><th>月</th><th>令和５年度（2023年度）</th><th>R4</th><th>差</th></tr>')
for i, m in enumerate(MONTHS):
    row = f'<tr><td class="l">{m}</td>'
    vals = {}
    for fy in (2023, 2022):
        if m == "2月末":
            v = IT[fy]["市税"]["total"]["rate"]
        elif m == "3月末":
            v = None if fy == 2023 else 96.71
        else:
            v = round(base[i] + (0.35 if fy == 2023 else 0) + rng.uniform(-0.25, 0.25), 2)
        if v is None:
            row += "<td>－</td>"
            continue
        mo = i + 4 if i < 9 else i - 8
        yr = fy if i < 9 else fy + 1
        day = MD[i] if i < 9 else END[yr][mo]
        as_of = f"{yr}-{mo:02d}-{day:02d}"
        vals[fy] = v
        row += "<td>" + fi(v, "rate", "市税", "市税", fy, "total", as_of,
                          "令和５年度（2023年度）" if fy == 2023 else "R4") + "</td>"
    if len(vals) == 2:
        dv = round(vals[2023] - vals[2022], 2)
        row += "<td>" + g.fact(signed(dv), dv, "difference", "points", debt="市税", debt_raw="市税",
                               fy=2023, fy_raw="令和５年度（2023年度）", basis="interim",
                               as_of=as_of) + "</td>"
    else:
        row += "<td>－</td>"
    H.append(row + "</tr>")
P('</table><p class="note">※ ３月末は出納整理期間前の数値。令和５年度の３月末は未確定のため「－」とした。</p>')

# bar chart (SVG) of total rates, 前年同期 vs 今期
P('<div class="cap">図　債権別収納率（合計）の前年同月比較（２月末）</div>')
Wc, Hc = 640, 270
svg = [f'<svg width="{Wc}" height="{Hc}" viewBox="0 0 {Wc} {Hc}" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:IPAexGothic;font-size:10px">']
x0, y0, hh = 50, 230, 190
for t in range(0, 101, 20):
    yy = y0 - hh * t / 100
    svg.append(f'<line x1="{x0}" y1="{yy}" x2="{Wc - 10}" y2="{yy}" stroke="#ccc" stroke-width="0.6"/>')
    svg.append(f'<text x="{x0 - 6}" y="{yy + 3}" text-anchor="end">{t}</text>')
gw = (Wc - x0 - 20) / len(DEBTS)
for i, d in enumerate(DEBTS):
    for j, (fy, col, lab, asof) in enumerate(((2022, "#9bb3cc", "前年同期", ASOF0), (2023, "#2a5d8f", "今期", ASOF))):
        v = IT[fy][d[0]]["total"]["rate"]
        bx = x0 + i * gw + 14 + j * 34
        by = y0 - hh * v / 100
        svg.append(f'<rect x="{bx}" y="{by}" width="30" height="{y0 - by}" fill="{col}"/>')
        s = fi(v, "rate", d[0], d[1], fy, "total", asof, lab)
        svg.append(f'<text x="{bx + 15}" y="{by - 3}" text-anchor="middle" font-size="9">{s}</text>')
    svg.append(f'<text x="{x0 + i * gw + 46}" y="{y0 + 15}" text-anchor="middle">{d[1]}</text>')
svg.append(f'<rect x="{Wc - 170}" y="6" width="10" height="10" fill="#9bb3cc"/><text x="{Wc - 156}" y="15">前年同期（R5.2月末）</text>')
svg.append(f'<rect x="{Wc - 170}" y="22" width="10" height="10" fill="#2a5d8f"/><text x="{Wc - 156}" y="31">今期（R6.2月末）</text>')
svg.append(f'<text x="{x0 - 30}" y="14">（％）</text></svg>')
P("".join(svg))
page_end()

# ------------------------------------------------------------- page 4: 決算見込
page_start(4)
P('<h2>４　令和５年度決算見込</h2>')
P('<div class="cap">表４　主な債権の決算見込<span class="unit">（単位：百万円、％）</span></div>')
P('<table class="rule"><tr><th rowspan="2">債権名</th><th colspan="5">令和４年度決算</th>'
  '<th colspan="5">令和５年度決算見込</th></tr><tr>' +
  "".join("<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th>"
          for _ in range(2)) + "</tr>")
for d in DEBTS[:4]:
    row = f'<tr><td class="l">{d[1]}</td>'
    for fy, basis, fr in ((2022, "actual", "令和４年度決算"), (2023, "estimate", "令和５年度決算見込")):
        rec = ES[d[0]][fy]
        for m in ("assessed", "collected", "written_off", "outstanding", "rate"):
            if m == "rate":
                s = g.fact(rate(rec[m]), rec[m], "collection_rate", "percent", debt=d[0], debt_raw=d[1],
                           fy=fy, fy_raw=fr, basis=basis)
            else:
                s = g.fact(f"{rec[m]:,.1f}", int(round(rec[m] * 1_000_000)), m, "yen", debt=d[0],
                           debt_raw=d[1], fy=fy, fy_raw=fr, basis=basis)
            row += f"<td>{s}</td>"
    H.append(row + "</tr>")
P('</table><p class="note">※ 合計（現年分＋滞納繰越分）。決算見込は２月末の実績に３月以降の収納見込額を加えて推計した。</p>')
so = ES["市税"][2023]["outstanding"]
so0 = ES["市税"][2022]["outstanding"]
DSO = int(round(so - so0))
P('<p style="line-height:1.7">　市税の収入未済額は、決算見込で約' +
  g.fact(f"{so / 100:.1f}億円", int(round(so / 100, 1) * 100_000_000), "outstanding", "yen", debt="市税",
         debt_raw="市税", fy=2023, fy_raw="令和５年度", basis="estimate", approx=True) +
  "となり、令和４年度決算から約" +
  g.fact(oku_man(abs(DSO) * 1_000_000), DSO * 1_000_000, "difference", "yen",
         debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", basis="estimate", approx=True) +
  ("縮減" if so < so0 else "増加") + "する見込みです。</p>")

P('<div class="cap">表５　目標収納率と決算見込<span class="unit">（単位：％）</span></div>')
P('<table class="rule" style="width:78%"><tr><th>債権名</th><th>令和５年度目標</th><th>決算見込（前年度決算）</th><th>達成見込</th></tr>')
for d in DEBTS[:4]:
    tg = round(ES[d[0]][2023]["rate"] + rng.choice([-0.15, -0.05, 0.08, 0.12]), 2)
    e, a = ES[d[0]][2023]["rate"], ES[d[0]][2022]["rate"]
    row = (f'<tr><td class="l">{d[1]}</td><td>' +
           g.fact(rate(tg), tg, "collection_rate", "percent", debt=d[0], debt_raw=d[1], fy=2023,
                  fy_raw="令和５年度目標", basis="target") + "</td><td>" +
           g.fact(rate(e), e, "collection_rate", "percent", debt=d[0], debt_raw=d[1], fy=2023,
                  fy_raw="令和５年度", basis="estimate") + "（" +
           g.fact(rate(a), a, "collection_rate", "percent", debt=d[0], debt_raw=d[1], fy=2022,
                  fy_raw="前年度決算", basis="actual") + "）</td><td style='text-align:center'>" +
           ("達成" if e >= tg else "未達成") + "</td></tr>")
    H.append(row)
P('</table>')

kk = IT[2023]["国民健康保険料"]
P('<div class="box"><b>【国保税の収納率】令和６年２月末時点</b><ul>' +
  "".join(f"<li>・{lab}　" + fi(kk[seg]["rate"], "rate", "国民健康保険料", "国保税", 2023, seg, ASOF,
                               "令和６年２月末", pct=True) + "</li>"
          for lab, seg in (("現年分", "current"), ("滞納繰越分", "arrears"), ("合計", "total"))) +
  '</ul></div>')
DEL = 8412
SEI, SEI0 = 1234, 1180
P('<div class="box"><b>【参考】滞納整理の状況（市税・４月～２月）</b><ul>'
  '<li>・滞納者数（２月末）：' +
  g.fact(f"{DEL:,}人", DEL, "delinquents", "persons", debt="市税", debt_raw="市税", fy=2023,
         fy_raw="令和６年２月末", basis="interim", as_of=ASOF) + '</li>'
  '<li>・差押件数：' +
  g.fact(f"{SEI:,}件", SEI, "seizures", "cases", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度",
         basis="interim", as_of=ASOF) + '（前年同期 ' +
  g.fact(f"{SEI0:,}件", SEI0, "seizures", "cases", debt="市税", debt_raw="市税", fy=2022,
         fy_raw="前年同期", basis="interim", as_of=ASOF0) + '）</li>'
  '<li>・滞納繰越分の収入済額：' +
  fi(IT[2023]["市税"]["arrears"]["collected"], "collected", "市税", "市税", 2023, "arrears", ASOF) +
  '千円（うち差押財産の換価による充当分を含む）</li></ul></div>')
page_end()

# ------------------------------------------------------------- page 5: 取組
page_start(5)
P('<h2>５　主な取組状況（令和５年４月～令和６年２月）</h2>')


def items(debt, raw, lst, section):
    out = ['<div class="items">']
    for lab, body, stt, alone in lst:
        g.init(body, debt=debt, debt_raw=raw, fy=2023, section=section, label=lab, status=stt)
        tag = f'<span class="tag">【{stt}】</span>' if stt else ""
        if alone:
            out.append(f"<p>{lab}　{body}</p><div class='alone'>{tag}</div>")
        else:
            out.append(f"<p>{lab}　{body}{tag}</p>")
    return "".join(out) + "</div>"


SEC = "主な取組状況"
P('<h3>（１）市税</h3>')
P(items("市税", "市税", [
    ("①", "現年度の滞納者に対し、納期限後おおむね１か月以内に電話と文書による催告を行った。", "継続", False),
    ("②", "預貯金調査の電子照会（pipitLINQ）を全件に拡大し、調査期間を短縮した。", "拡充", False),
    ("③", "１２月を滞納整理強化月間とし、管理職による臨戸訪問と夜間・休日の納税相談窓口を開設した。", "継続", True),
    ("④", "差し押さえた動産及び不動産のインターネット公売を２回実施した。", "継続", False),
], SEC))
P('<h3>（２）国保税</h3>')
P(items("国民健康保険料", "国保税", [
    ("①", "資格喪失の届出時に、未納額を記載した通知を窓口で手渡し、納付を促した。", "新規", False),
    ("②", "コールセンターによる現年分の電話催告を毎月実施した。", "継続", False),
    ("③", "短期被保険者証の更新時に納税相談を行い、分納計画の見直しを求めた。", "継続", False),
], SEC))
P('<h3>（３）その他の債権</h3>')
P('<table class="rule"><tr><th style="width:22%">債権名</th><th>実施状況</th></tr>')
OTH = [("介護保険料", "介護料", [("ア", "普通徴収の未納者に口座振替の勧奨通知を送付した。", "継続"),
                               ("イ", "給付制限の対象となる前に、制度を説明する文書を送付した。", "新規")]),
       ("保育所保育料", "保育料", [("ア", "退所予定の世帯に対し、退所前の納付相談を行った。", "継続"),
                                 ("イ", "児童手当からの徴収の申出を入所時に案内した。", "拡充")]),
       ("住宅使用料", "住宅使用料", [("ア", "滞納３か月以上の入居者と連帯保証人に催告書を送付した。", "継続"),
                                  ("イ", "退去者の滞納分について、支払督促の申立てを２件行った。", None)])]
for debt, raw, its in OTH:
    cellh = []
    for lab, body, stt in its:
        g.init(body, debt=debt, debt_raw=raw, fy=2023, section=SEC, label=lab, status=stt)
        cellh.append(f"{lab}　{body}" + (f"【{stt}】" if stt else ""))
    H.append(f'<tr><td class="l">{raw}</td><td class="l">' + "<br>".join(cellh) + "</td></tr>")
P('</table>')
P('<h2>６　３月の取組予定</h2>')
P(items(None, None, [
    ("・", "出納整理期間（４月・５月）に向け、現年分の未納者全件に最終催告書を発送する。", None, False),
    ("・", "財産調査で資力が判明した滞納者の差押えを３月中に完了させる。", None, False),
    ("・", "令和６年度の債権管理計画の策定に向け、各債権所管課へのヒアリングを行う。", None, False),
], "３月の取組予定"))
page_end()

html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>令和５年度 市税等の収納状況及び取組状況について"
        f"</title><style>{CSS}</style></head><body>" + "".join(H) + "</body></html>")
os.makedirs("/tmp/pb_work", exist_ok=True)
src = "/tmp/pb_work/pb_yachiyo_progress_1.html"
open(src, "w", encoding="utf-8").write(html)
out = os.path.abspath(f"pdf/{STEM}.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", src], check=True, capture_output=True)
import pymupdf  # noqa: E402
n = len(pymupdf.open(out))
g.save(STEM, out, {"kind": "progress_report", "family": "progress", "municipality": "八千代市",
                   "title": "令和５年度 市税等の収納状況及び取組状況について（中間報告）",
                   "date": "2024-03-15", "date_raw": "令和６年３月15日"}, n)
