"""一関市 市税等の収納状況及び債権管理の取組状況（令和６年２月末現在） -> HTML/CSS -> chromium PDF.

Run from corpus/frozen30:  python3 build/fc_ichinoseki_progress_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fc_common import Gold, WORK, c, zen, rate, okuman, chromium_pdf  # noqa: E402

STEM = "fc_ichinoseki_progress_1"
CITY = "一関市"
TITLE = "令和５年度 市税等の収納状況及び債権管理の取組状況について（中間報告）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和６年３月１５日")

FY, PFY = 2023, 2022
FEB, DEC, PFEB = "2024-02-29", "2023-12-31", "2023-02-28"

# --------------------------------------------------------------------------- data (千円, rates %)
# debt: {period: (current assessed, current rate, arrears assessed, arrears rate)}
RAW = {
    "市税": {"feb": (12_486_310, 96.12, 1_062_775, 21.40), "dec": (12_402_118, 84.35, 1_070_406, 17.62),
           "pfeb": (12_311_604, 95.88, 1_139_912, 19.75)},
    "国民健康保険税": {"feb": (2_104_552, 89.62, 578_330, 16.82), "dec": (2_110_870, 71.05, 580_112, 13.40),
                "pfeb": (2_176_390, 89.11, 601_457, 15.93)},
    "介護保険料": {"feb": (2_051_208, 97.80, 38_915, 18.05), "dec": (2_049_950, 80.41, 39_102, 14.77),
              "pfeb": (2_030_668, 97.62, 41_330, 17.10)},
    "後期高齢者医療保険料": {"feb": (1_043_880, 98.71, 8_321, 30.15), "dec": (1_040_256, 81.22, 8_402, 24.60),
                   "pfeb": (1_012_472, 98.80, 8_850, 28.44)},
    "市営住宅使用料": {"feb": (162_418, 92.36, 51_026, 8.44), "dec": (161_905, 75.30, 51_260, 6.93),
                "pfeb": (165_027, 92.01, 53_904, 7.72)},
}
DEBTS = list(RAW)
EST = {"市税": (99.05, 26.00, 95.20), "国民健康保険税": (94.20, 21.50, 83.00), "介護保険料": (99.30, 22.00, 97.90),
       "後期高齢者医療保険料": (99.60, 36.00, 99.25), "市営住宅使用料": (96.50, 11.00, 75.60)}
TGT = {"市税": (99.10, 26.50), "国民健康保険税": (94.50, 22.00), "介護保険料": (99.35, 22.00),
       "後期高齢者医療保険料": (99.65, 35.00), "市営住宅使用料": (97.00, 12.00)}
ACT22 = {"介護保険料": (99.28, 20.64, 97.71), "市営住宅使用料": (96.84, 10.21, 75.02),
         "後期高齢者医療保険料": (99.58, 33.90, 99.21)}

D = {}
for debt, per in RAW.items():
    for p, (ca, cr, aa, ar) in per.items():
        cc, ac = round(ca * cr / 100), round(aa * ar / 100)
        assert rate(cc, ca, 2) == cr and rate(ac, aa, 2) == ar, (debt, p)
        D[(debt, p)] = dict(ca=ca, cc=cc, cr=cr, aa=aa, ac=ac, ar=ar, ta=ca + aa, tc=cc + ac,
                            tr=rate(cc + ac, ca + aa, 2), out=ca + aa - cc - ac)

ASOF = {"feb": FEB, "dec": DEC, "pfeb": PFEB}
PFY_OF = {"feb": FY, "dec": FY, "pfeb": PFY}

# 地域別（市税・現年課税分, 2月末）: shares of the city total
AREAS = [("一関地域", 0.5850, 96.48, 96.20), ("花泉地域", 0.0711, 95.62, 95.51), ("大東地域", 0.0745, 95.21, 95.03),
         ("千厩地域", 0.0803, 96.05, 95.74), ("東山地域", 0.0552, 95.88, 95.92), ("室根地域", 0.0398, 95.10, 94.66),
         ("川崎地域", 0.0432, 95.44, 95.30), ("藤沢地域", None, None, 95.21)]

# --------------------------------------------------------------------------- html helpers
CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
body { font-family: "IPAexGothic", sans-serif; font-size: 10pt; color: #111; margin: 0; }
.page { break-after: page; position: relative; height: 264mm; overflow: hidden; }
.page:last-child { break-after: auto; }
.land { page: land; height: 183mm; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 2mm; }
.sub { text-align: right; font-size: 10pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-left: 5px solid #2f5597; padding-left: 6px; }
h3 { font-size: 11pt; margin: 3mm 0 1.5mm; }
p { margin: 0 0 2mm; line-height: 1.6; text-indent: 1em; }
.mincho { font-family: "IPAexMincho", serif; }
table { border-collapse: collapse; }
table.grid td, table.grid th { border: 0.6pt solid #333; padding: 1.2mm 1.6mm; }
table.grid th { background: #dde6f3; font-weight: bold; }
td.n { text-align: right; white-space: nowrap; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 1mm; }
.note { font-size: 8.5pt; margin: 1mm 0 0; line-height: 1.45; }
.bracket { margin: 1mm 0 1mm 4mm; }
.bracket div { margin: 0.6mm 0 0.6mm 4mm; }
.cols { display: flex; gap: 7mm; }
.cols > div { flex: 1; }
.cols p { font-family: "IPAexMincho", serif; font-size: 9.6pt; }
table.zebra { width: 100%; font-size: 9.5pt; }
table.zebra th { background: #2f5597; color: #fff; padding: 1.6mm; font-weight: bold; }
table.zebra td { padding: 1.5mm 2mm; }
table.zebra tbody tr:nth-child(even) td { background: #e8eef7; }
table.zebra tr.sum td { border-top: 1.2pt solid #2f5597; font-weight: bold; background: #fff; }
.items div { margin: 0.8mm 0 0.8mm 2em; text-indent: -2em; line-height: 1.5; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
table.wide { font-size: 9.6pt; width: 100%; }
table.wide td, table.wide th { padding: 1.8mm 1.4mm; }
"""

pages = []
P = [0]


def fact(raw, value, metric, unit, debt, fy, fy_raw, seg, basis, as_of=None, approx=False, area=None, debt_raw=None):
    g.fact(P[0], raw, value, metric, unit, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, basis,
           as_of, approx, area)
    return raw


def sgn(x, nd=2, mark="▲"):
    return (mark if x < 0 else "") + f"{abs(x):.{nd}f}"


# --------------------------------------------------------------------------- page 1
P[0] = 1
sh = D[("市税", "feb")]
shp = D[("市税", "pfeb")]
h = [f"<h1>{TITLE.replace('について（中間報告）', 'について<br>（中間報告）')}</h1>",
     "<div class='sub'>令和６年３月１５日<br>一関市 総務部 収納対策課</div>",
     "<h2>１　概要</h2>",
     "<p class='mincho'>本報告は、令和５年度における市税等の収納状況について、令和６年２月末現在の数値を前年同月と比較し、"
     "あわせて年度末（出納閉鎖時点）の見込みと各債権所管課の取組状況を取りまとめたものである。</p>",
     "<h3>（１）市税の収納状況</h3>",
     "<div class='bracket'>【収納率】令和６年２月末時点"]
for lab, key, seg in (("現年分", "cr", "current"), ("滞繰分", "ar", "arrears"), ("合計", "tr", "total")):
    v, pv = sh[key], shp[key]
    raw = zen(f"{v:.2f}") + "％"
    praw = zen(f"{pv:.2f}") + "％"
    h.append(f"<div>{lab}　{fact(raw, v, 'collection_rate', 'percent', '市税', FY, '令和６年２月末', seg, 'interim', FEB)}"
             f"（前年同月 {fact(praw, pv, 'collection_rate', 'percent', '市税', PFY, '前年同月', seg, 'interim', PFEB)}）</div>")
h.append("</div><div class='bracket'>【年度末見込】令和５年度")
for lab, i, seg in (("現年分", 0, "current"), ("滞繰分", 1, "arrears"), ("合計", 2, "total")):
    v = EST["市税"][i]
    raw = zen(f"{v:.2f}") + "％"
    h.append(f"<div>{lab}　{fact(raw, v, 'collection_rate', 'percent', '市税', FY, '令和５年度', seg, 'estimate')}</div>")
h.append("</div>")

# 2段組
out_now, out_prev = sh["out"] * 1000, shp["out"] * 1000
t_now, v_now = okuman(out_now)
t_diff, v_diff = okuman(out_prev - out_now)
d_cur = round(sh["cr"] - shp["cr"], 2)
d_arr = round(sh["ar"] - shp["ar"], 2)
kk, kp = D[("国民健康保険税", "feb")], D[("国民健康保険税", "pfeb")]
kd_cur, kd_arr = round(kk["cr"] - kp["cr"], 2), round(kk["ar"] - kp["ar"], 2)
ka, kap = D[("介護保険料", "feb")], D[("介護保険料", "pfeb")]
h.append("<h2>２　収納状況の概況</h2><div class='cols'><div>")
h.append("<p>【市税】　令和６年２月末現在の市税の収納率は、現年分が"
         + fact(zen(f"{sh['cr']:.2f}") + "％", sh["cr"], "collection_rate", "percent", "市税", FY, "令和６年２月末",
                "current", "interim", FEB)
         + "で前年同月比"
         + fact(zen(f"{d_cur:.2f}") + "ポイント", d_cur, "difference", "points", "市税", FY, "令和６年２月末", "current",
                "interim", FEB)
         + "の上昇、滞納繰越分が"
         + fact(zen(f"{sh['ar']:.2f}") + "％", sh["ar"], "collection_rate", "percent", "市税", FY, "令和６年２月末",
                "arrears", "interim", FEB)
         + "で同"
         + fact(zen(f"{d_arr:.2f}") + "ポイント", d_arr, "difference", "points", "市税", FY, "令和６年２月末", "arrears",
                "interim", FEB)
         + "の上昇となった。</p>")
h.append("<p>市税の収入未済額は"
         + fact("約" + t_now, v_now, "outstanding", "yen", "市税", FY, "令和６年２月末", "total", "interim", FEB,
                approx=True)
         + "で、前年同月と比べて"
         + fact("約" + t_diff, -v_diff, "difference", "yen", "市税", FY, "令和６年２月末", "total", "interim", FEB,
                approx=True)
         + "減少した。高額案件の岩手県地方税特別滞納整理機構への引継ぎと、少額案件の早期の催告が効果を上げている。</p>")
h.append("</div><div>")
h.append("<p>【国民健康保険税】　現年分の収納率は"
         + fact(zen(f"{kk['cr']:.2f}") + "％", kk["cr"], "collection_rate", "percent", "国民健康保険税", FY, None,
                "current", "interim", FEB)
         + "で、前年同月比"
         + fact(zen(f"{kd_cur:.2f}") + "ポイント", kd_cur, "difference", "points", "国民健康保険税", FY, None, "current",
                "interim", FEB)
         + "上昇した。滞納繰越分は"
         + fact(zen(f"{kk['ar']:.2f}") + "％", kk["ar"], "collection_rate", "percent", "国民健康保険税", FY, None,
                "arrears", "interim", FEB)
         + "で、前年同月を"
         + fact(zen(f"{kd_arr:.2f}") + "ポイント", kd_arr, "difference", "points", "国民健康保険税", FY, None, "arrears",
                "interim", FEB)
         + "上回っている。年度末の現年分収納率は"
         + fact(zen(f"{EST['国民健康保険税'][0]:.2f}") + "％", EST["国民健康保険税"][0], "collection_rate", "percent",
                "国民健康保険税", FY, None, "current", "estimate")
         + "を見込む。</p>")
h.append("<p>【介護保険料】　現年分の収納率は"
         + fact(zen(f"{ka['cr']:.2f}") + "％", ka["cr"], "collection_rate", "percent", "介護保険料", FY, None,
                "current", "interim", FEB)
         + "（前年同月"
         + fact(zen(f"{kap['cr']:.2f}") + "％", kap["cr"], "collection_rate", "percent", "介護保険料", PFY, "前年同月",
                "current", "interim", PFEB)
         + "）で、特別徴収への切替えが進んだことにより前年同月を上回った。</p>")
h.append("</div></div>")
h.append("<div class='foot'>- 1 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 2: table 1 (merged rows)
P[0] = 2
h = ["<h2>３　主要債権の収納状況（令和６年２月末現在）</h2>",
     "<div class='unit'>（単位：千円、％）</div>",
     "<table class='grid' style='width:100%;font-size:9pt'><thead><tr>"
     "<th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月<br>収納率</th>"
     "<th>増減</th><th>年度末見込<br>収納率</th></tr></thead><tbody>"]
SEG = (("現年分", "c", "current"), ("滞繰分", "a", "arrears"), ("計", "t", "total"))
sums = {"feb": [0, 0], "pfeb": [0, 0]}
for debt in DEBTS:
    d, pd = D[(debt, "feb")], D[(debt, "pfeb")]
    for k, (lab, pre, seg) in enumerate(SEG):
        a, col, r_ = d[pre + "a"], d[pre + "c"], d[pre + "r"]
        pr = pd[pre + "r"]
        diff = round(r_ - pr, 2)
        est = EST[debt][k]
        bg = "background:#f3f3f3;" if seg == "total" else ""
        row = "<tr>"
        if k == 0:
            row += f"<td rowspan='3' style='width:24%'>{debt}</td>"
        row += (f"<td style='text-align:center;{bg}'>{lab}</td>"
                f"<td class='n' style='{bg}'>{fact(c(a), a * 1000, 'assessed', 'yen', debt, FY, '令和６年２月末', seg, 'interim', FEB)}</td>"
                f"<td class='n' style='{bg}'>{fact(c(col), col * 1000, 'collected', 'yen', debt, FY, '令和６年２月末', seg, 'interim', FEB)}</td>"
                f"<td class='n' style='{bg}'>{fact(f'{r_:.2f}', r_, 'collection_rate', 'percent', debt, FY, '令和６年２月末', seg, 'interim', FEB)}</td>"
                f"<td class='n' style='{bg}'>{fact(f'{pr:.2f}', pr, 'collection_rate', 'percent', debt, PFY, '前年同月', seg, 'interim', PFEB)}</td>"
                f"<td class='n' style='{bg}'>{fact(sgn(diff), diff, 'difference', 'points', debt, FY, '令和６年２月末', seg, 'interim', FEB)}</td>"
                f"<td class='n' style='{bg}'>{fact(f'{est:.2f}', est, 'collection_rate', 'percent', debt, FY, '年度末見込', seg, 'estimate')}</td></tr>")
        h.append(row)
    sums["feb"][0] += d["ta"]
    sums["feb"][1] += d["tc"]
    sums["pfeb"][0] += pd["ta"]
    sums["pfeb"][1] += pd["tc"]
ga, gc = sums["feb"]
gr, gpr = rate(gc, ga, 2), rate(sums["pfeb"][1], sums["pfeb"][0], 2)
gd = round(gr - gpr, 2)
h.append("<tr style='font-weight:bold;background:#fff6d6'><td>合計</td><td style='text-align:center'>計</td>"
         f"<td class='n'>{fact(c(ga), ga * 1000, 'assessed', 'yen', None, FY, '令和６年２月末', 'total', 'interim', FEB, debt_raw='合計')}</td>"
         f"<td class='n'>{fact(c(gc), gc * 1000, 'collected', 'yen', None, FY, '令和６年２月末', 'total', 'interim', FEB, debt_raw='合計')}</td>"
         f"<td class='n'>{fact(f'{gr:.2f}', gr, 'collection_rate', 'percent', None, FY, '令和６年２月末', 'total', 'interim', FEB, debt_raw='合計')}</td>"
         f"<td class='n'>{fact(f'{gpr:.2f}', gpr, 'collection_rate', 'percent', None, PFY, '前年同月', 'total', 'interim', PFEB, debt_raw='合計')}</td>"
         f"<td class='n'>{fact(sgn(gd), gd, 'difference', 'points', None, FY, '令和６年２月末', 'total', 'interim', FEB, debt_raw='合計')}</td>"
         "<td class='n'>－</td></tr></tbody></table>")
h.append("<div class='note'>※1 前年同月は令和５年２月末現在の収納率。増減は前年同月との差（ポイント）で、▲は低下を示す。<br>"
         "※2 年度末見込は、令和６年５月末（出納閉鎖）時点の見込みである。<br>"
         "※3 市営住宅使用料の滞繰分には、退去者分を含む。</div>")
h.append("<div class='foot'>- 2 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 3 (landscape): 12月末 / 2月末, three-level headers


def m1(v):  # 千円 -> 百万円 one decimal
    return round(v / 1000, 1)


def mcell(v_k, metric, debt, fy, fyr, seg, as_of, debt_raw=None):
    mv = m1(v_k)
    raw = f"{mv:,.1f}"
    return fact(raw, round(mv * 1_000_000), metric, "yen", debt, fy, fyr, seg, "interim", as_of, debt_raw=debt_raw)


RR = 'r'


def wide_rows(periods, label_rows=True):
    rows = []
    tot = {p: [0, 0, 0, 0] for p in periods}
    for debt in DEBTS:
        r = f"<tr><td>{debt}</td>"
        for p in periods:
            d = D[(debt, p)]
            fyr = {"dec": "令和５年度１２月末", "feb": "令和５年度２月末", "pfeb": "令和４年度２月末"}[p]
            for pre, seg in (("c", "current"), ("a", "arrears")):
                r += (f"<td class='n'>{mcell(d[pre + 'a'], 'assessed', debt, PFY_OF[p], fyr, seg, ASOF[p])}</td>"
                      f"<td class='n'>{mcell(d[pre + 'c'], 'collected', debt, PFY_OF[p], fyr, seg, ASOF[p])}</td>"
                      f"<td class='n'>{fact(f'{d[pre + RR]:.2f}', d[pre + 'r'], 'collection_rate', 'percent', debt, PFY_OF[p], fyr, seg, 'interim', ASOF[p])}</td>")
            t = tot[p]
            t[0] += d["ca"]
            t[1] += d["cc"]
            t[2] += d["aa"]
            t[3] += d["ac"]
        rows.append(r + "</tr>")
    r = "<tr style='font-weight:bold;background:#f3f3f3'><td>計</td>"
    for p in periods:
        fyr = {"dec": "令和５年度１２月末", "feb": "令和５年度２月末", "pfeb": "令和４年度２月末"}[p]
        t = tot[p]
        for (a, col), seg in (((t[0], t[1]), "current"), ((t[2], t[3]), "arrears")):
            rr = rate(col, a, 2)
            r += (f"<td class='n'>{mcell(a, 'assessed', None, PFY_OF[p], fyr, seg, ASOF[p], debt_raw='計')}</td>"
                  f"<td class='n'>{mcell(col, 'collected', None, PFY_OF[p], fyr, seg, ASOF[p], debt_raw='計')}</td>"
                  f"<td class='n'>{fact(f'{rr:.2f}', rr, 'collection_rate', 'percent', None, PFY_OF[p], fyr, seg, 'interim', ASOF[p], debt_raw='計')}</td>")
    rows.append(r + "</tr>")
    return rows


def wide_head(periods):
    top = {"dec": "令和５年度　１２月末", "feb": "令和５年度　２月末", "pfeb": "令和４年度　２月末（前年同月）"}
    s = "<thead><tr><th rowspan='3' style='width:15%'>債権名</th>"
    s += "".join(f"<th colspan='6'>{top[p]}</th>" for p in periods) + "</tr><tr>"
    s += "".join("<th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th>" for _ in periods) + "</tr><tr>"
    s += "".join("<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 for _ in periods) + "</tr></thead>"
    return s


P[0] = 3
h = ["<h2>４　月末別の収納状況（令和５年度）</h2>",
     "<div class='unit'>（単位：百万円、％）</div>",
     "<table class='grid wide'>" + wide_head(["dec", "feb"]) + "<tbody>" + "".join(wide_rows(["dec", "feb"]))
     + "</tbody></table>",
     "<div class='note'>※ 金額は百万円未満を四捨五入しているため、内訳と計が一致しない場合がある。収納率は千円単位の数値により算出。"
     "前年同月の数値は次頁に掲載。</div>",
     "<div class='foot'>- 3 -</div>"]
pages.append("<div class='page land'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 4: continuation + areas
P[0] = 4
h = ["<div style='font-size:10pt;margin:2mm 0 1mm'>４　月末別の収納状況（前頁の続き）</div>",
     "<div class='unit'>（単位：百万円、％）</div>",
     "<table class='grid wide'>" + wide_head(["pfeb"]) + "<tbody>" + "".join(wide_rows(["pfeb"]))
     + "</tbody></table>"]

h.append("<h2>５　地域別の市税（現年課税分）収納状況（令和６年２月末現在）</h2>")
h.append("<div class='unit'>（単位：千円、％）</div>")
h.append("<table class='zebra'><thead><tr><th>地域</th><th>調定額</th><th>収入済額</th><th>収納率</th>"
         "<th>前年同月</th><th>差</th></tr></thead><tbody>")
city_ca, city_cc = sh["ca"], sh["cc"]
acc_a = acc_c = 0
rows_area = []
for name, share, r_, pr in AREAS:
    if share is None:
        a = city_ca - acc_a
        col = city_cc - acc_c
        r_ = rate(col, a, 2)
    else:
        a = round(city_ca * share)
        col = round(a * r_ / 100)
        assert rate(col, a, 2) == r_
    acc_a += a
    acc_c += col
    rows_area.append((name, a, col, r_, pr))
for name, a, col, r_, pr in rows_area:
    diff = round(r_ - pr, 2)
    h.append(f"<tr><td>{name}</td>"
             f"<td class='n'>{fact(c(a), a * 1000, 'assessed', 'yen', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, area=name, debt_raw='市税（現年課税分）')}</td>"
             f"<td class='n'>{fact(c(col), col * 1000, 'collected', 'yen', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, area=name, debt_raw='市税（現年課税分）')}</td>"
             f"<td class='n'>{fact(f'{r_:.2f}', r_, 'collection_rate', 'percent', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, area=name, debt_raw='市税（現年課税分）')}</td>"
             f"<td class='n'>{fact(f'{pr:.2f}', pr, 'collection_rate', 'percent', '市税', PFY, '前年同月', 'current', 'interim', PFEB, area=name, debt_raw='市税（現年課税分）')}</td>"
             f"<td class='n'>{fact(sgn(diff), diff, 'difference', 'points', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, area=name, debt_raw='市税（現年課税分）')}</td></tr>")
SHCR, SHPCR = f"{sh['cr']:.2f}", f"{shp['cr']:.2f}"
h.append("<tr class='sum'><td>計</td>"
         f"<td class='n'>{fact(c(city_ca), city_ca * 1000, 'assessed', 'yen', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, debt_raw='市税（現年課税分）')}</td>"
         f"<td class='n'>{fact(c(city_cc), city_cc * 1000, 'collected', 'yen', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, debt_raw='市税（現年課税分）')}</td>"
         f"<td class='n'>{fact(SHCR, sh['cr'], 'collection_rate', 'percent', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, debt_raw='市税（現年課税分）')}</td>"
         f"<td class='n'>{fact(SHPCR, shp['cr'], 'collection_rate', 'percent', '市税', PFY, '前年同月', 'current', 'interim', PFEB, debt_raw='市税（現年課税分）')}</td>"
         f"<td class='n'>{fact(sgn(d_cur), d_cur, 'difference', 'points', '市税', FY, '令和６年２月末', 'current', 'interim', FEB, debt_raw='市税（現年課税分）')}</td></tr>")
h.append("</tbody></table>")
h.append("<div class='note'>※ 地域は、市税の賦課地（納税義務者の住所地）により区分している。</div>")
h.append("<div class='foot'>- 4 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- pages 5-6: 取組
ITEMS = {
    "市税": [
        ("(1)", "納期限後２０日以内の督促状の発送と、その後３か月以内の文書催告を徹底し、現年分の滞納の長期化を防ぐ。", "継続"),
        ("(2)", "高額・困難案件は、岩手県地方税特別滞納整理機構への引継ぎを年２回行い、共同で滞納処分を進める。", "継続"),
        ("(3)", "花泉・大東・千厩の各支所で、夜間及び休日の納税相談窓口を月１回開設する。", "拡充"),
        ("(4)", "地方税統一ＱＲコードを活用したスマートフォン決済の利用を、納税通知書の送付時に案内する。", "新規"),
    ],
    "国民健康保険税": [
        ("(1)", "資格取得の届出時に口座振替の申込みを受け付け、キャッシュカードによる即時登録を勧める。", "継続"),
        ("(2)", "短期被保険者証の交付対象世帯と面談し、分納誓約の履行状況を確認する。", "継続"),
        ("(3)", "収納対策課との併任職員が、滞納繰越分の上位５０件について財産調査と差押えを行う。", "拡充"),
    ],
    "介護保険料": [
        ("(1)", "普通徴収の被保険者に対し、特別徴収への切替え時期を個別に通知する。", None),
        ("(2)", "時効が迫る案件を毎月抽出し、納付相談と財産調査を優先して行う。", None),
    ],
    "後期高齢者医療保険料": [
        ("(1)", "７５歳到達者への口座振替勧奨通知を、被保険者証の送付時に同封する。", None),
        ("(2)", "岩手県後期高齢者医療広域連合と連携し、滞納者の資格・所得情報を共有する。", None),
    ],
    "市営住宅使用料": [
        ("(1)", "２か月以上の滞納者に対し、連帯保証人への通知と併せて面談を行う。", None),
        ("(2)", "６か月以上の滞納者で誠意ある対応がない者について、明渡し請求の手続を進める。", None),
    ],
}


def block(n, debt):
    d, pd = D[(debt, "feb")], D[(debt, "pfeb")]
    s = [f"<h3>（{zen(str(n))}）債権ごとの取組み（{debt}）</h3>", "<div style='margin-left:4mm'>ア　主な取組</div>",
         "<div class='items' style='margin-left:6mm'>"]
    for lab, text, st in ITEMS[debt]:
        tag = f"【{st}】" if st else ""
        s.append(f"<div>{lab}　{text}{tag}</div>")
        g.init(P[0], debt, FY, "主な取組", lab, text, st)
    s.append("</div><div style='margin-left:4mm'>イ　２月末までの実施状況と見込み</div><div class='items' style='margin-left:6mm'>")
    e = EST[debt]
    t = TGT[debt]
    s.append("<div>・令和５年度目標：現年分 "
             + fact(f"{t[0]:.2f}％", t[0], "collection_rate", "percent", debt, FY, "令和５年度", "current", "target")
             + "、滞繰分 "
             + fact(f"{t[1]:.2f}％", t[1], "collection_rate", "percent", debt, FY, "令和５年度", "arrears", "target")
             + "</div>")
    s.append("<div>・年度末見込：現年分 "
             + fact(f"{e[0]:.2f}％", e[0], "collection_rate", "percent", debt, FY, "年度末見込", "current", "estimate")
             + "、滞繰分 "
             + fact(f"{e[1]:.2f}％", e[1], "collection_rate", "percent", debt, FY, "年度末見込", "arrears", "estimate")
             + "</div></div>")
    return "".join(s)


P[0] = 5
h = ["<h2>６　債権ごとの取組状況</h2>", block(1, "市税"), block(2, "国民健康保険税"), block(3, "介護保険料"),
     "<div class='foot'>- 5 -</div>"]
pages.append("<div class='page'>" + "".join(h) + "</div>")

P[0] = 6
h = [block(4, "後期高齢者医療保険料"), block(5, "市営住宅使用料")]
# side by side: metric-in-row-header table (介護保険料) beside debt-rows table
h.append("<h2>７　目標と見込みの比較</h2><div style='display:flex;gap:6mm;align-items:flex-start'>")
kg = ACT22["介護保険料"]
TGK, ESK = TGT["介護保険料"], EST["介護保険料"]
h.append("<div style='flex:1.25'><div style='font-size:9.5pt;margin-bottom:1mm'>表Ａ　介護保険料（単位：％）</div>"
         "<table class='grid' style='width:100%;font-size:9pt'><thead><tr><th>区分</th><th>令和４年度決算</th>"
         "<th>令和５年度目標</th><th>令和５年度見込</th></tr></thead><tbody>")
for lab, i, seg in (("現年分収納率", 0, "current"), ("滞繰分収納率", 1, "arrears")):
    h.append(f"<tr><td>{lab}</td>"
             f"<td class='n'>{fact(f'{kg[i]:.2f}', kg[i], 'collection_rate', 'percent', '介護保険料', PFY, '令和４年度', seg, 'actual')}</td>"
             f"<td class='n'>{fact(f'{TGK[i]:.2f}', TGK[i], 'collection_rate', 'percent', '介護保険料', FY, '令和５年度', seg, 'target')}</td>"
             f"<td class='n'>{fact(f'{ESK[i]:.2f}', ESK[i], 'collection_rate', 'percent', '介護保険料', FY, '令和５年度', seg, 'estimate')}</td></tr>")
h.append(f"<tr><td>全体収納率</td>"
         f"<td class='n'>{fact(f'{kg[2]:.2f}', kg[2], 'collection_rate', 'percent', '介護保険料', PFY, '令和４年度', 'total', 'actual')}</td>"
         f"<td class='n'>－</td>"
         f"<td class='n'>{fact(f'{ESK[2]:.2f}', ESK[2], 'collection_rate', 'percent', '介護保険料', FY, '令和５年度', 'total', 'estimate')}</td></tr>")
h.append("</tbody></table></div>")
h.append("<div style='flex:1'><div style='font-size:9.5pt;margin-bottom:1mm'>表Ｂ　令和４年度決算の収納率（単位：％）</div>"
         "<table class='grid' style='width:100%;font-size:9pt'><thead><tr><th>債権名</th><th>現年分</th><th>滞繰分</th>"
         "<th>全体</th></tr></thead><tbody>")
for debt in ("後期高齢者医療保険料", "市営住宅使用料"):
    a = ACT22[debt]
    h.append(f"<tr><td>{debt}</td>" + "".join(
        f"<td class='n'>{fact(f'{a[i]:.2f}', a[i], 'collection_rate', 'percent', debt, PFY, '令和４年度', seg, 'actual')}</td>"
        for i, seg in ((0, "current"), (1, "arrears"), (2, "total"))) + "</tr>")
h.append("</tbody></table></div></div>")
h.append("<div class='note'>※ 令和５年度の数値目標は「一関市債権管理計画（令和５年度～令和７年度）」による。</div>")
h.append("<div class='foot'>- 6 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style></head>" \
       f"<body>{''.join(pages)}</body></html>"
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
pdf = chromium_pdf(src, STEM)
g.write(pdf)
