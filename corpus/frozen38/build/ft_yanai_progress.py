"""ft_yanai_progress_1: 収納対策の取組状況（2月末時点）(HTML/CSS -> chromium). Run from corpus/frozen38."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ft_common import PDF_DIR, WORK, Gold, c, check, tri  # noqa: E402
from ft_data import series  # noqa: E402

STEM = "ft_yanai_progress_1"
CITY = "柳井市"
g = Gold(STEM, "progress_report", "shinchoku", CITY, "令和5年度 市税等収納対策の取組状況（2月末時点）",
         "2024-03-22", "令和6年3月22日")

DEBTS = [  # name, short, params
    ("市税", "市税", dict(seed=21, ca0=3520000, cr=98.9, aa0=168000, ar=24.0, wr=0.07)),
    ("国民健康保険料", "国保料", dict(seed=22, ca0=702000, cr=94.1, aa0=188000, ar=18.0, wr=0.08)),
    ("介護保険料", "介護料", dict(seed=23, ca0=671000, cr=98.9, aa0=16200, ar=16.0, wr=0.20)),
    ("後期高齢者医療保険料", "後期高齢", dict(seed=24, ca0=352000, cr=99.4, aa0=4100, ar=35.0, wr=0.12)),
    ("保育料", "保育料", dict(seed=25, ca0=38600, cr=98.8, aa0=3300, ar=20.0, wr=0.10, growth=-0.05)),
    ("市営住宅使用料", "住宅使用料", dict(seed=26, ca0=121000, cr=97.1, aa0=21500, ar=14.0, wr=0.05)),
]
YEARS = [2021, 2022, 2023]
S = {n: series(years=YEARS, **p) for n, s, p in DEBTS}
SHORT = {n: s for n, s, p in DEBTS}
# share of annual figures reached by end of February (current year, previous year)
FEB = {  # (assessed share, collected share of current assessed, arrears collected share of annual arrears collected)
    "市税": ((0.997, 0.9402, 0.86), (0.996, 0.9371, 0.84)),
    "国民健康保険料": ((0.990, 0.8105, 0.83), (0.989, 0.8068, 0.85)),
    "介護保険料": ((0.994, 0.9301, 0.80), (0.993, 0.9288, 0.78)),
    "後期高齢者医療保険料": ((0.995, 0.9412, 0.88), (0.995, 0.9395, 0.90)),
    "保育料": ((0.92, 0.8921, 0.75), (0.92, 0.8864, 0.71)),
    "市営住宅使用料": ((0.917, 0.8812, 0.70), (0.917, 0.8790, 0.66)),
}
AS_NOW, AS_PREV = "2024-02-29", "2023-02-28"


def feb(name, yr):
    d = S[name][yr]
    sh = FEB[name][0 if yr == 2023 else 1]
    ca = round(d["ca"] * sh[0])
    cc = round(ca * sh[1])
    aa = d["aa"]
    ac = round(d["ac"] * sh[2])
    r = {"ca": ca, "cc": cc, "aa": aa, "ac": ac}
    r["cr"] = round(cc * 100 / ca, 2)
    r["ar"] = round(ac * 100 / aa, 2)
    r["ta"], r["tc"] = ca + aa, cc + ac
    r["tr"] = round(r["tc"] * 100 / r["ta"], 2)
    r["to"] = r["ta"] - r["tc"]
    return r


F = {n: {y: feb(n, y) for y in (2022, 2023)} for n, *_ in DEBTS}
TARGET = {"市税": (99.10, 27.00, 96.60), "国民健康保険料": (94.50, 21.00, 85.50), "介護保険料": (99.10, 19.00, 98.50),
          "後期高齢者医療保険料": (99.55, 38.00, 99.40), "保育料": (99.00, 22.00, 97.00), "市営住宅使用料": (97.50, 17.00, 90.50)}

CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
body { font-family: 'IPAexMincho', serif; font-size: 9.6pt; line-height: 1.55; color: #000; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; text-align: center; margin: 4mm 0 2mm; }
h2 { font-family: 'IPAexGothic'; font-size: 11.5pt; margin: 5mm 0 2mm; border-left: 5px solid #2c4f86; padding-left: 6px; }
h3 { font-family: 'IPAexGothic'; font-size: 10pt; margin: 3mm 0 1mm; }
.date { text-align: right; }
.page { page-break-after: always; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; text-align: justify; }
.two p { margin: 0 0 2mm; text-indent: 1em; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
th, td { padding: 1.5px 4px; white-space: nowrap; }
td.n { text-align: right; }
table.bk thead tr:first-child th { border-top: 1.2px solid #000; }
table.bk thead tr:last-child th { border-bottom: 1px solid #000; }
table.bk tbody tr:last-child td { border-bottom: 1.2px solid #000; }
table.bk th { font-family: 'IPAexGothic'; font-weight: normal; }
table.grid th, table.grid td { border: 0.6px solid #444; }
table.grid th { background: #dfe6f1; font-family: 'IPAexGothic'; font-weight: normal; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 3mm 0 1mm; display: flex; justify-content: space-between; }
.note { font-size: 8pt; margin: 1mm 0 2mm; }
.box { border: 1px solid #000; padding: 2mm 4mm; margin: 2mm 0; }
.side { display: flex; gap: 6mm; }
.side > div { flex: 1; }
ul { margin: 0; padding-left: 1.2em; }
.item { margin: 1mm 0 1mm 1em; }
.tag { text-align: right; margin: 0 0 1mm; }
"""

html = []
A = html.append


def pct(v):
    return f"{v:.2f}"


# ------------------------------------------------------------------ page 1
PG = 1
m23 = F["市税"][2023]
m22 = F["市税"][2022]
A('<div class="page">')
A('<div class="date">令和6年3月22日<br>柳井市総務部税務課</div>')
A("<h1>令和５年度 市税等収納対策の取組状況<br><span style='font-size:11pt'>（令和６年２月末時点）</span></h1>")
A("<h2>１　概要</h2>")
d_tr = round(m23["tr"] - m22["tr"], 2)
o_man, o_man_p = round(m23["to"] / 10), round(m22["to"] / 10)
dd_man = o_man_p - o_man


def man(v):
    oku, rest = divmod(v, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


s_rate = f"{pct(m23['tr'])}％"
s_d = f"{abs(d_tr):.2f}ポイント{'上昇' if d_tr >= 0 else '低下'}"
s_o = f"約{man(o_man)}"
s_do = f"約{man(dd_man)}"
k23, k22 = F["国民健康保険料"][2023], F["国民健康保険料"][2022]
dk = round(k23["cr"] - k22["cr"], 2)
s_k = f"{pct(k23['cr'])}％"
s_kd = f"{abs(dk):.2f}ポイント{'上昇' if dk >= 0 else '低下'}"
est_tax = S["市税"][2023]
s_est = f"{pct(est_tax['tr'])}％"
s_est_p = f"{pct(S['市税'][2022]['tr'])}％"
A('<div class="two">')
A(f"<p>令和６年２月末現在の市税全体の収納率は{s_rate}で、前年同月と比べ{s_d}しました。"
  f"収入未済額は{s_o}となり、前年同月から{s_do}減少しています。現年課税分は納期内納付が定着してきており、"
  "口座振替とスマートフォン決済の利用件数はいずれも前年度を上回っています。</p>")
A(f"<p>滞納繰越分については、預貯金調査の電子化により財産調査から差押えまでの期間が短縮され、"
  "年度前半からの滞納処分が進みました。年度末に向け、分納誓約の不履行者への催告を集中的に行います。</p>")
A(f"<p>国民健康保険料の現年度分収納率は{s_k}で、前年同月比{s_kd}しました。新規加入世帯への"
  "口座振替勧奨を継続するとともに、３月の一斉催告で未納の早期解消を図ります。</p>")
A(f"<p>年度末の決算見込では、市税全体の収納率を{s_est}（2022年度決算 {s_est_p}）と見込んでおり、"
  "令和元年度以降で最も高い水準となる見通しです。引き続き全庁で収納対策に取り組みます。</p>")
A("</div>")
g.fact(PG, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", m23["tr"], "percent", s_rate, as_of=AS_NOW)
g.fact(PG, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", d_tr, "points", s_d, as_of=AS_NOW)
g.fact(PG, "市税", "市税", 2023, "令和６年２月末", "total", "outstanding", "interim", o_man * 10000, "yen", s_o, as_of=AS_NOW, approx=True)
g.fact(PG, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", -dd_man * 10000, "yen", s_do + "減少",
       as_of=AS_NOW, approx=True)
g.fact(PG, "国民健康保険料", "国民健康保険料", 2023, "令和６年２月末", "current", "collection_rate", "interim", k23["cr"], "percent",
       s_k, as_of=AS_NOW)
g.fact(PG, "国民健康保険料", "国民健康保険料", 2023, "令和６年２月末", "current", "difference", "interim", dk, "points", s_kd,
       as_of=AS_NOW)
g.fact(PG, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "estimate", est_tax["tr"], "percent", s_est)
g.fact(PG, "市税", "市税", 2022, "2022年度", "total", "collection_rate", "actual", S["市税"][2022]["tr"], "percent", s_est_p)

A('<div class="box"><h3 style="margin-top:0">【収納率】令和６年２月末時点（市税）</h3><ul>')
for lab, seg, k in [("現年分", "current", "cr"), ("滞繰分", "arrears", "ar"), ("合計", "total", "tr")]:
    s = f"{pct(m23[k])}％"
    p_ = f"{pct(m22[k])}％"
    A(f"<li>{lab}　{s}（前年同月 {p_}）</li>")
    g.fact(PG, "市税", "市税", 2023, "令和６年２月末", seg, "collection_rate", "interim", m23[k], "percent", s, as_of=AS_NOW)
    g.fact(PG, "市税", "市税", 2022, "前年同月", seg, "collection_rate", "interim", m22[k], "percent", p_, as_of=AS_PREV)
A("</ul></div>")
A('<div class="box"><h3 style="margin-top:0">【収入未済額】令和６年２月末時点（市税）</h3><ul>')
for lab, seg, v, vp in [("現年分", "current", m23["ca"] - m23["cc"], m22["ca"] - m22["cc"]),
                        ("滞繰分", "arrears", m23["aa"] - m23["ac"], m22["aa"] - m22["ac"])]:
    s, p_ = f"{c(v)}千円", f"{c(vp)}千円"
    A(f"<li>{lab}　{s}（前年同月 {p_}）</li>")
    g.fact(PG, "市税", "市税", 2023, "令和６年２月末", seg, "outstanding", "interim", v * 1000, "yen", s, as_of=AS_NOW)
    g.fact(PG, "市税", "市税", 2022, "前年同月", seg, "outstanding", "interim", vp * 1000, "yen", p_, as_of=AS_PREV)
A("</ul><div class='note'>※ 滞繰分の収入未済額には、２月末までに執行停止とした案件を含みます。</div></div>")
A("</div>")

# ------------------------------------------------------------------ pages 2-3: table by debt, 前年度/本年度, split
HEAD = ("<thead><tr><th rowspan=3>債権</th><th rowspan=3>区分</th><th colspan=3>前年度</th><th colspan=3>本年度</th>"
        "<th rowspan=3>収納率<br>増減<br>（ポイント）</th></tr>"
        "<tr><th colspan=3>２月末現在</th><th colspan=3>２月末現在</th></tr>"
        "<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>"
        "<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr></thead>")


def debt_rows(names, pg):
    out = []
    for n in names:
        a, b = F[n][2022], F[n][2023]
        for i, (lab, seg, ak, ck, rk) in enumerate([("現年分", "current", "ca", "cc", "cr"), ("滞繰分", "arrears", "aa", "ac", "ar"),
                                                     ("計", "total", "ta", "tc", "tr")]):
            cells = []
            if i == 0:
                cells.append(f"<td rowspan=3 style='vertical-align:middle'>{SHORT[n]}</td>")
            cells.append(f"<td>{lab}</td>")
            for yr, dd, fy_raw, asof in [(2022, a, "前年度", AS_PREV), (2023, b, "本年度", AS_NOW)]:
                for met, k in [("assessed", ak), ("collected", ck)]:
                    cells.append(f"<td class=n>{c(dd[k])}</td>")
                    g.fact(pg, n, SHORT[n], yr, fy_raw, seg, met, "interim", dd[k] * 1000, "yen", c(dd[k]), as_of=asof)
                cells.append(f"<td class=n>{pct(dd[rk])}</td>")
                g.fact(pg, n, SHORT[n], yr, fy_raw, seg, "collection_rate", "interim", dd[rk], "percent", pct(dd[rk]), as_of=asof)
            df = round(b[rk] - a[rk], 2)
            s = tri(df, lambda z: f"{z:.2f}", "△")
            cells.append(f"<td class=n>{s}</td>")
            g.fact(pg, n, SHORT[n], 2023, "本年度", seg, "difference", "interim", df, "points", s, as_of=AS_NOW)
            style = " style='background:#f2f2f2'" if lab == "計" else ""
            out.append(f"<tr{style}>" + "".join(cells) + "</tr>")
    return "".join(out)


names = [n for n, *_ in DEBTS]
A('<div class="page">')
A("<h2>２　債権別の収納状況</h2>")
A("<div class='cap'><span>表１　債権別収納状況（本年度：令和６年２月末、前年度：令和５年２月末）</span></div>")
A(f"<table class='bk'>{HEAD}<tbody>{debt_rows(names[:4], 2)}</tbody></table>")
A("<div class='note'>（注）国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。"
  "収納率増減の△は低下を示します。</div>")
A("</div>")
A('<div class="page">')
A("<div class='cap'><span>表１　債権別収納状況（続き）</span></div>")
A(f"<table class='bk'>{HEAD}<tbody>{debt_rows(names[4:], 3)}</tbody></table>")
# 円 table beside 千円 table
A("<h3 style='margin-top:6mm'>（参考）滞納繰越分の徴収実績（２月末累計）</h3><div class='side'><div>")
A("<div class='cap'><span>保育料</span></div><table class='grid'><thead><tr><th>区分</th><th>前年度（円）</th><th>本年度（円）</th></tr></thead><tbody>")
ya = {"aa_p": F["保育料"][2022]["aa"] * 1000 + 480, "aa_n": F["保育料"][2023]["aa"] * 1000 + 120,
      "ac_p": F["保育料"][2022]["ac"] * 1000 + 250, "ac_n": F["保育料"][2023]["ac"] * 1000 + 300}
for lab, met, kp, kn in [("調定額", "assessed", "aa_p", "aa_n"), ("収入済額", "collected", "ac_p", "ac_n")]:
    A(f"<tr><td>{lab}</td><td class=n>{c(ya[kp])}</td><td class=n>{c(ya[kn])}</td></tr>")
    g.fact(3, "保育料", "保育料", 2022, "前年度", "arrears", met, "interim", ya[kp], "yen", c(ya[kp]), as_of=AS_PREV)
    g.fact(3, "保育料", "保育料", 2023, "本年度", "arrears", met, "interim", ya[kn], "yen", c(ya[kn]), as_of=AS_NOW)
A("</tbody></table></div><div>")
A("<div class='cap'><span>市営住宅使用料</span><span style='font-family:IPAexMincho;font-size:8pt'>（単位：千円）</span></div>"
  "<table class='grid'><thead><tr><th>区分</th><th>前年度</th><th>本年度</th></tr></thead><tbody>")
for lab, met, k in [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac")]:
    vp, vn = F["市営住宅使用料"][2022][k], F["市営住宅使用料"][2023][k]
    A(f"<tr><td>{lab}</td><td class=n>{c(vp)}</td><td class=n>{c(vn)}</td></tr>")
    g.fact(3, "市営住宅使用料", "市営住宅使用料", 2022, "前年度", "arrears", met, "interim", vp * 1000, "yen", c(vp), as_of=AS_PREV)
    g.fact(3, "市営住宅使用料", "市営住宅使用料", 2023, "本年度", "arrears", met, "interim", vn * 1000, "yen", c(vn), as_of=AS_NOW)
A("</tbody></table></div></div>")
A("<div class='note'>※ 保育料の表は円単位、市営住宅使用料の表は千円単位で表示しています（表１の計数とは端数処理が異なります）。</div>")
A("</div>")

# ------------------------------------------------------------------ page 4: monthly table
PG = 4
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]
SH_A = [0.452, 0.521, 0.862, 0.931, 0.948, 0.958, 0.968, 0.976, 0.985, 0.991, 0.997]
SH_C = [0.118, 0.297, 0.384, 0.521, 0.603, 0.662, 0.721, 0.763, 0.842, 0.884, 0.9402]
SH_Cp = [0.115, 0.291, 0.381, 0.516, 0.598, 0.657, 0.716, 0.759, 0.838, 0.881, 0.9371]
LAST = {2023: "2024-02-29", 2022: "2023-02-28"}
A('<div class="page">')
A("<h2>３　月別収納状況（市税・現年課税分、累計）</h2>")
A("<div class='cap'><span>表２　月別収納状況</span><span style='font-family:IPAexMincho;font-size:8pt'>（単位：千円、％）</span></div>")
A("<table class='grid'><thead><tr><th rowspan=2>月末</th><th colspan=3>令和５年度</th><th colspan=3>令和４年度</th>"
  "<th rowspan=2>収納率の差</th></tr><tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr></thead><tbody>")
ann = {2023: S["市税"][2023]["ca"], 2022: S["市税"][2022]["ca"]}
import calendar  # noqa: E402
for i, mth in enumerate(MONTHS):
    row = [f"<td style='text-align:center'>{mth}月末</td>"]
    rates = {}
    for yr, shc in [(2023, SH_C), (2022, SH_Cp)]:
        cal_y = yr if mth >= 4 else yr + 1
        asof = f"{cal_y}-{mth:02d}-{calendar.monthrange(cal_y, mth)[1]:02d}"
        if mth == 2:
            ca = F["市税"][yr]["ca"]
            cc = F["市税"][yr]["cc"]
        else:
            ca = round(ann[yr] * SH_A[i])
            cc = round(ca * (shc[i] + 0.00031 * ((i * 7 + yr) % 5) + 0.00007 * i))
        r = round(cc * 100 / ca, 2)
        rates[yr] = r
        fy_raw = "令和５年度" if yr == 2023 else "令和４年度"
        for met, v in [("assessed", ca), ("collected", cc)]:
            row.append(f"<td class=n>{c(v)}</td>")
            g.fact(PG, "市税", "市税", yr, fy_raw, "current", met, "interim", v * 1000, "yen", c(v), as_of=asof)
        row.append(f"<td class=n>{pct(r)}</td>")
        g.fact(PG, "市税", "市税", yr, fy_raw, "current", "collection_rate", "interim", r, "percent", pct(r), as_of=asof)
    df = round(rates[2023] - rates[2022], 2)
    s = tri(df, lambda z: f"{z:.2f}", "△")
    row.append(f"<td class=n>{s}</td>")
    g.fact(PG, "市税", "市税", 2023, "令和５年度", "current", "difference", "interim", df, "points", s,
           as_of=f"{2023 if mth >= 4 else 2024}-{mth:02d}-{calendar.monthrange(2023 if mth >= 4 else 2024, mth)[1]:02d}")
    A("<tr>" + "".join(row) + "</tr>")
A("</tbody></table>")
A("<div class='note'>※ 令和５年度の２月末は令和６年２月29日現在。３月末の数値は出納整理期間後に確定します。</div>")
# line chart: 国保料 current collection rate at selected month ends (SVG with data labels)
A("<h3>図１　国民健康保険料（現年分）収納率の推移（各月末・％）</h3>")
kmon = [(6, 0.12), (8, 0.30), (10, 0.47), (12, 0.63), (2, None)]
k_ann = F["国民健康保険料"][2023]
pts = []
for mth, shr in kmon:
    if shr is None:
        r = k_ann["cr"]
    else:
        r = round(shr * 100 + (mth % 5) * 0.37, 2)
    pts.append((mth, r))
svg = ["<svg width='620' height='190' xmlns='http://www.w3.org/2000/svg' style='font-family:IPAexGothic;font-size:11px'>"]
svg.append("<line x1='50' y1='160' x2='600' y2='160' stroke='#000'/><line x1='50' y1='20' x2='50' y2='160' stroke='#000'/>")
for t in (0, 20, 40, 60, 80, 100):
    yy = 160 - t * 1.4
    svg.append(f"<text x='44' y='{yy + 4}' text-anchor='end'>{t}</text><line x1='50' y1='{yy}' x2='600' y2='{yy}' stroke='#ddd'/>")
coords = []
for i, (mth, r) in enumerate(pts):
    x = 100 + i * 120
    y = 160 - r * 1.4
    coords.append(f"{x},{y}")
    svg.append(f"<circle cx='{x}' cy='{y}' r='3' fill='#2c4f86'/><text x='{x}' y='{y - 8}' text-anchor='middle'>{pct(r)}</text>")
    svg.append(f"<text x='{x}' y='176' text-anchor='middle'>{mth}月末</text>")
    cal_y = 2023 if mth >= 4 else 2024
    asof = f"{cal_y}-{mth:02d}-{calendar.monthrange(cal_y, mth)[1]:02d}"
    g.fact(PG, "国民健康保険料", "国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "interim", r, "percent", pct(r),
           as_of=asof)
svg.append(f"<polyline points='{' '.join(coords)}' fill='none' stroke='#2c4f86' stroke-width='2'/></svg>")
A("".join(svg))
A("</div>")

# ------------------------------------------------------------------ page 5: year-end estimate and targets
PG = 5
A('<div class="page">')
A("<h2>４　年度末の見込みと目標</h2>")
A("<div class='cap'><span>表３　令和５年度の決算見込と目標（R4決算との比較）</span><span style='font-family:IPAexMincho;font-size:8pt'>（単位：％、千円）</span></div>")
A("<table class='grid'><thead><tr><th rowspan=2>債権</th><th colspan=3>収納率（現年分）</th><th colspan=3>収納率（滞繰分）</th>"
  "<th colspan=2>収入未済額</th></tr><tr><th>R4決算</th><th>R5見込</th><th>R5目標</th><th>R4決算</th><th>R5見込</th><th>R5目標</th>"
  "<th>R4決算</th><th>R5見込</th></tr></thead><tbody>")
for n in names:
    a, b = S[n][2022], S[n][2023]
    t = TARGET[n]
    cells = [f"<td>{SHORT[n]}</td>"]
    for seg, k, ti in [("current", "cr", 0), ("arrears", "ar", 1)]:
        for fy, fr, basis, v in [(2022, "R4", "actual", a[k]), (2023, "R5", "estimate", b[k]), (2023, "R5", "target", t[ti])]:
            cells.append(f"<td class=n>{pct(v)}</td>")
            g.fact(PG, n, SHORT[n], fy, fr, seg, "collection_rate", basis, v, "percent", pct(v))
    for fy, fr, basis, v in [(2022, "R4", "actual", a["to"]), (2023, "R5", "estimate", b["to"])]:
        cells.append(f"<td class=n>{c(v)}</td>")
        g.fact(PG, n, SHORT[n], fy, fr, "total", "outstanding", basis, v * 1000, "yen", c(v))
    A("<tr>" + "".join(cells) + "</tr>")
A("</tbody></table>")
A("<div class='note'>※ R5見込は２月末実績に３月の収納見込額を加えた推計値です。</div>")
A("<div class='cap'><span>表４　滞納者数と滞納処分の状況（２月末現在）</span></div>")
A("<table class='grid'><thead><tr><th>債権</th><th>滞納者数（前年同月）</th><th>本年度</th><th>差押件数（前年同月）</th><th>本年度</th></tr></thead><tbody>")
DEL = {"市税": (1124, 1067, 182, 205), "国民健康保険料": (806, 771, 64, 71), "介護保険料": (402, 395, 0, 0)}
for n, (dp, dn, sp, sn) in DEL.items():
    unit = "世帯" if n == "国民健康保険料" else "人"
    A(f"<tr><td>{SHORT[n]}</td><td class=n>{c(dp)}{unit}</td><td class=n>{c(dn)}{unit}</td><td class=n>{sp}件</td><td class=n>{sn}件</td></tr>")
    uu = "households" if unit == "世帯" else "persons"
    g.fact(PG, n, SHORT[n], 2022, "前年同月", "total", "delinquents", "interim", dp, uu, f"{c(dp)}{unit}", as_of=AS_PREV)
    g.fact(PG, n, SHORT[n], 2023, "本年度", "total", "delinquents", "interim", dn, uu, f"{c(dn)}{unit}", as_of=AS_NOW)
A("</tbody></table>")
A("<div class='note'>※ 国保料は滞納世帯数。介護料は滞納処分に代えて給付制限の予告を行っているため差押件数はありません。</div>")

A("<h2>５　３月末に向けた取組</h2>")
INITS = [
    ("市税", "滞納整理", "(1)", "分納誓約の不履行者に対し、３月上旬に一斉催告を行い、応答のない者は財産調査に移行する。", "継続"),
    ("市税", "滞納整理", "(2)", "給与照会の結果を基に、勤務先への給与差押えを年度内に執行する。", "拡充"),
    ("国民健康保険料", "国民健康保険料", "(1)", "短期被保険者証の更新に合わせて納付相談を実施し、未納期別の解消を図る。", "継続"),
    ("国民健康保険料", "国民健康保険料", "(2)", "資格喪失世帯の未納分について、喪失月の翌月に文書催告を送付する。", "新規"),
    ("市営住宅使用料", "市営住宅使用料", "(1)", "３か月以上の滞納者に明渡し請求の予告を行い、連帯保証人にも履行を求める。", "継続"),
]
cur = None
for debt, title, lab, text, st in INITS:
    if title != cur:
        A(f"<h3>{title}</h3>")
        cur = title
    A(f"<div class='item'>{lab}　{text}</div><div class='tag'>【{st}】</div>")
    g.init(PG, debt, 2023, title, lab, text, st)
A("</div>")

full = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(html)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(full, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
gp = g.write(out)
sys.exit(1 if check(out, gp) else 0)
