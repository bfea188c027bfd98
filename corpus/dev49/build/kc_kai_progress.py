#!/usr/bin/env python3
"""kc_kai_progress_1: 令和5年度 市税等の収納状況及び収納対策の取組状況（中間報告）, 甲斐市 (kind progress_report).
Drawn directly with PyMuPDF (IPAex fonts, subset). Run from corpus/dev49:  python3 build/kc_kai_progress.py

All figures invented (seeded) and consistent: rate = collected / assessed (2 decimals),
arrears assessed of FY2023 = outstanding of FY2022 決算, district rows add up to the city row,
the 2月末 row of the monthly tables equals the 2月末 figures of the summary tables.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kc_common import PDF_DIR, Gold, check_raws, fmt, fmtr, r2, rate, zen  # noqa: E402
from kc_pdfdraw import Page, tlen  # noqa: E402

STEM = "kc_kai_progress_1"
CITY = "甲斐市"
TITLE = "令和５年度 市税等の収納状況及び収納対策の取組状況（中間報告）"
rnd = random.Random(20240229)
NOW, PREV = "2024-02-29", "2023-02-28"

DEBTS = [("tax", "市税", "市税"), ("kokuho", "国民健康保険税", "国保税"), ("kaigo", "介護保険料", "介護料"),
         ("kouki", "後期高齢者医療保険料", "後期高齢"), ("hoiku", "保育所保育料", "保育料"),
         ("gesui", "下水道使用料", "下水道使用料"), ("jutaku", "市営住宅使用料", "住宅使用料")]
KEYS = [d[0] for d in DEBTS]
FULL = {d[0]: d[1] for d in DEBTS}
ABBR = {d[0]: d[2] for d in DEBTS}
CANON = dict(FULL)

# year-end FY2022 決算, FY2023 見込 ; Feb interim FY2022 / FY2023 (千円)
# params: current assessed FY2022, growth, final current rate 22, 23, arrears assessed FY2022, arrears rate 22, 23,
#         write-off share, Feb share of final current rate (points below), Feb arrears share
P = {
    "tax": (10_251_300, 0.012, 98.62, 98.74, 441_900, 27.4, 28.9, 0.058, 2.81, 0.905),
    "kokuho": (1_941_800, -0.015, 92.35, 92.80, 538_600, 21.3, 22.6, 0.108, 8.35, 0.86),
    "kaigo": (1_362_400, 0.026, 98.71, 98.80, 40_300, 18.2, 19.4, 0.121, 2.46, 0.88),
    "kouki": (718_900, 0.034, 99.41, 99.45, 7_120, 33.5, 35.1, 0.046, 1.92, 0.89),
    "hoiku": (101_500, -0.048, 98.05, 98.30, 15_100, 13.1, 14.6, 0.071, 6.31, 0.84),
    "gesui": (838_200, 0.006, 98.66, 98.70, 19_450, 39.7, 40.4, 0.041, 4.88, 0.90),
    "jutaku": (58_150, 0.002, 95.88, 96.10, 22_630, 10.2, 11.3, 0.052, 5.42, 0.83),
}
YE = {2022: {}, 2023: {}}   # year end
FEB = {2022: {}, 2023: {}}  # 2月末
for k in KEYS:
    ac22, g, rc22, rc23, aa22, ra22, ra23, w, feb_gap, feb_arr = P[k]
    for y, ac, rc, ra, aa in ((2022, ac22, rc22, ra22, aa22),):
        cc = int(round(ac * rc / 100))
        ca = int(round(aa * ra / 100))
        wo = int(round(aa * w))
        YE[y][k] = dict(ac=ac, cc=cc, aa=aa, ca=ca, wo=wo, out=ac + aa - cc - ca - wo)
    aa23 = YE[2022][k]["out"]
    ac23 = int(round(ac22 * (1 + g)))
    cc = int(round(ac23 * rc23 / 100))
    ca = int(round(aa23 * ra23 / 100))
    wo = int(round(aa23 * (w + 0.004)))
    YE[2023][k] = dict(ac=ac23, cc=cc, aa=aa23, ca=ca, wo=wo, out=ac23 + aa23 - cc - ca - wo)
    # Feb interim: assessed slightly below year end, collected at a lower rate
    for y in (2022, 2023):
        ye = YE[y][k]
        acf = int(round(ye["ac"] * (1 - rnd.uniform(0.001, 0.004))))
        aaf = ye["aa"]
        gap = feb_gap + rnd.uniform(-0.25, 0.25) + (0.3 if y == 2022 else 0.0)
        ccf = int(round(acf * (rate(ye["cc"], ye["ac"]) - gap) / 100))
        caf = int(round(aaf * rate(ye["ca"], ye["aa"]) * feb_arr / 100 * rnd.uniform(0.97, 1.03)))
        FEB[y][k] = dict(ac=acf, cc=ccf, aa=aaf, ca=caf)
# FY2022 Feb arrears assessed should be FY2021 outstanding: keep as is but distinct from YE[2022] (invented)
for k in KEYS:
    FEB[2022][k]["aa"] = YE[2022][k]["aa"]


def feb(y, k, f):
    d = FEB[y][k]
    if f == "at":
        return d["ac"] + d["aa"]
    if f == "ct":
        return d["cc"] + d["ca"]
    return d[f]


def ye(y, k, f):
    d = YE[y][k]
    if f == "at":
        return d["ac"] + d["aa"]
    if f == "ct":
        return d["cc"] + d["ca"]
    return d[f]


def febtot(y, f):
    return sum(feb(y, k, f) for k in KEYS)


TGT23 = {"tax": (98.70, 28.00), "kokuho": (92.60, 22.00), "kaigo": (98.80, 19.00), "kouki": (99.45, 34.00),
         "hoiku": (98.50, 15.00), "gesui": (98.70, 40.00), "jutaku": (96.00, 12.00)}
TGT23_TOTAL_TAX = 95.50

# persons / households / seizures
DELQ = {"tax": (2_418, 2_297), "kokuho": (1_536, 1_502)}   # (前年同期, 今期)
SEIZE = (612, 655)

G = Gold(STEM, "progress_report", "progress", CITY, TITLE, NOW, "令和６年２月末現在")

doc = fitz.open()
pages: list[Page] = []


def newpage():
    pg = Page(doc)
    pages.append(pg)
    pg.y = 52
    return pg


def pno():
    return len(pages)


def footer(pg):
    pg.ctext(pg.w / 2, pg.h - 28, f"－{zen(str(pno()))}－", 9, "m")


def fy_raw(y):
    return f"令和{y - 2018}年度"


# =================================================================================== page 1
pg = newpage()
pg.ctext(pg.w / 2, 78, "令和５年度", 15, "g")
pg.ctext(pg.w / 2, 100, "市税等の収納状況及び収納対策の取組状況（中間報告）", 15, "g")
pg.ctext(pg.w / 2, 120, "（令和６年２月末現在）", 11, "g")
pg.rtext(pg.right, 142, "甲斐市 総務部 収納課", 10, "m")
pg.y = 150
pg.heading("１　概　要", 12)

t_c = rate(feb(2023, "tax", "cc"), feb(2023, "tax", "ac"))
t_a = rate(feb(2023, "tax", "ca"), feb(2023, "tax", "aa"))
t_t = rate(feb(2023, "tax", "ct"), feb(2023, "tax", "at"))
t_t_p = rate(feb(2022, "tax", "ct"), feb(2022, "tax", "at"))
t_c_p = rate(feb(2022, "tax", "cc"), feb(2022, "tax", "ac"))
d_t = r2(t_t - t_t_p)
out_now = feb(2023, "tax", "at") - feb(2023, "tax", "ct")
out_prev = feb(2022, "tax", "at") - feb(2022, "tax", "ct")
out_now_m = int(round(out_now / 1000)) * 1000          # 千円 rounded to 100万円
d_out_m = int(round((out_now - out_prev) / 1000)) * 1000


def okuman(v_senen):
    yen = abs(v_senen) * 1000
    o, rest = divmod(yen, 100_000_000)
    m = rest // 10_000
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


k_c = rate(feb(2023, "kokuho", "cc"), feb(2023, "kokuho", "ac"))
k_c_p = rate(feb(2022, "kokuho", "cc"), feb(2022, "kokuho", "ac"))
k_a = rate(feb(2023, "kokuho", "ca"), feb(2023, "kokuho", "aa"))
k_a_p = rate(feb(2022, "kokuho", "ca"), feb(2022, "kokuho", "aa"))
tax_est_total = rate(ye(2023, "tax", "ct"), ye(2023, "tax", "at"))

colw = (pg.right - pg.left - 18) / 2
xL, xR = pg.left, pg.left + colw + 18
y0 = pg.y
p = pno()
s1 = (f"令和６年２月末現在における市税全体の収納率は{zen(fmtr(t_t))}％で、前年同月と比べ{zen(fmtr(abs(d_t)))}ポイント"
      f"{'上昇' if d_t >= 0 else '低下'}しました。内訳は、現年課税分が{zen(fmtr(t_c))}％、滞納繰越分が{zen(fmtr(t_a))}％となっています。")
G.fact(p, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", t_t, "percent", zen(fmtr(t_t)) + "％", as_of=NOW)
G.fact(p, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", d_t, "points", zen(fmtr(abs(d_t))) + "ポイント", as_of=NOW)
G.fact(p, "市税", "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", t_c, "percent", zen(fmtr(t_c)) + "％", as_of=NOW)
G.fact(p, "市税", "市税", 2023, "令和６年２月末", "arrears", "collection_rate", "interim", t_a, "percent", zen(fmtr(t_a)) + "％", as_of=NOW)
s2 = (f"また、市税の収入未済額は約{okuman(out_now_m)}で、前年同月から約{okuman(d_out_m)}"
      f"{'減少' if d_out_m < 0 else '増加'}しています。高額滞納案件の整理が進んだことが主な要因です。")
G.fact(p, "市税", "市税", 2023, None, "total", "outstanding", "interim", out_now_m * 1000, "yen",
       f"約{okuman(out_now_m)}", as_of=NOW, approx=True)
G.fact(p, "市税", "市税", 2023, None, "total", "difference", "interim", d_out_m * 1000, "yen",
       f"約{okuman(d_out_m)}", as_of=NOW, approx=True)
s3 = (f"国民健康保険税の現年課税分の収納率は{fmtr(k_c)}％（前年同月{fmtr(k_c_p)}％）で、"
      f"{fmtr(abs(r2(k_c - k_c_p)))}ポイント{'上昇' if k_c >= k_c_p else '低下'}しました。"
      f"{'滞納繰越分も' if (k_a >= k_a_p) == (k_c >= k_c_p) else '一方、滞納繰越分は'}{fmtr(k_a)}％で、"
      f"前年同月を{fmtr(abs(r2(k_a - k_a_p)))}ポイント{'下回って' if k_a < k_a_p else '上回って'}います。")
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, None, "current", "collection_rate", "interim", k_c, "percent", fmtr(k_c) + "％", as_of=NOW)
G.fact(p, "国民健康保険税", "国民健康保険税", 2022, "前年同月", "current", "collection_rate", "interim", k_c_p, "percent", fmtr(k_c_p) + "％", as_of=PREV)
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, None, "current", "difference", "interim", r2(k_c - k_c_p), "points", fmtr(abs(r2(k_c - k_c_p))) + "ポイント", as_of=NOW)
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, None, "arrears", "collection_rate", "interim", k_a, "percent", fmtr(k_a) + "％", as_of=NOW)
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, None, "arrears", "difference", "interim", r2(k_a - k_a_p), "points", fmtr(abs(r2(k_a - k_a_p))) + "ポイント", as_of=NOW)
s4 = (f"年度末の市税全体の収納率は{fmtr(tax_est_total)}％となる見込みで、目標の{fmtr(TGT23_TOTAL_TAX)}％を"
      f"{'上回る' if tax_est_total >= TGT23_TOTAL_TAX else '下回る'}見通しです。引き続き、３月の出納整理期間に向けて"
      "滞納整理を強化し、収入未済額の縮減に努めます。")
G.fact(p, "市税", "市税", 2023, None, "total", "collection_rate", "estimate", tax_est_total, "percent", fmtr(tax_est_total) + "％")
G.fact(p, "市税", "市税", 2023, None, "total", "collection_rate", "target", TGT23_TOTAL_TAX, "percent", fmtr(TGT23_TOTAL_TAX) + "％")
pg.y = y0
pg.para(s1, x=xL, width=colw, size=10)
pg.para(s2, x=xL, width=colw, size=10)
yl = pg.y
pg.y = y0
pg.para(s3, x=xR, width=colw, size=10)
pg.para(s4, x=xR, width=colw, size=10)
pg.y = max(yl, pg.y) + 4
pg.line((pg.left + colw + 9, y0 + 6), (pg.left + colw + 9, pg.y - 4), 0.4, (0.5, 0.5, 0.5))

pg.heading("２　主な債権の状況", 12)
pg.heading("（１）市税", 11, gap=4)


def bullets(pg, head, items, x=None):
    x = pg.left + 12 if x is None else x
    pg.y += 15
    pg.text(x, pg.y, head, 10.5, "g")
    for lab, val in items:
        pg.y += 15
        pg.text(x + 12, pg.y, f"・{lab}", 10.5, "m")
        pg.text(x + 80, pg.y, val, 10.5, "m")
    pg.y += 2


y_top = pg.y
bullets(pg, "【収納率】令和6年2月末時点", [("現年分", f"{fmtr(t_c)}％"), ("滞繰分", f"{fmtr(t_a)}％"), ("合　計", f"{fmtr(t_t)}％")])
for seg, v in (("current", t_c), ("arrears", t_a), ("total", t_t)):
    G.fact(p, "市税", "市税", 2023, "令和6年2月末時点", seg, "collection_rate", "interim", v, "percent", f"{fmtr(v)}％", as_of=NOW)
yb = pg.y
pg.y = y_top
oc = feb(2023, "tax", "ac") - feb(2023, "tax", "cc")
oa = feb(2023, "tax", "aa") - feb(2023, "tax", "ca")
bullets(pg, "【収入未済額】令和6年2月末時点", [("現年分", f"{fmt(oc)}千円"), ("滞繰分", f"{fmt(oa)}千円"), ("合　計", f"{fmt(oc + oa)}千円")],
        x=pg.left + 250)
for seg, v in (("current", oc), ("arrears", oa), ("total", oc + oa)):
    G.fact(p, "市税", "市税", 2023, "令和6年2月末時点", seg, "outstanding", "interim", v * 1000, "yen", f"{fmt(v)}千円", as_of=NOW)
pg.y = max(yb, pg.y)
pg.heading("（２）国民健康保険税", 11, gap=6)
y_top = pg.y
k_t = rate(feb(2023, "kokuho", "ct"), feb(2023, "kokuho", "at"))
bullets(pg, "【収納率】令和6年2月末時点", [("現年分", f"{fmtr(k_c)}％"), ("滞繰分", f"{fmtr(k_a)}％"), ("合　計", f"{fmtr(k_t)}％")])
for seg, v in (("current", k_c), ("arrears", k_a), ("total", k_t)):
    G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "令和6年2月末時点", seg, "collection_rate", "interim", v, "percent", f"{fmtr(v)}％", as_of=NOW)
yb = pg.y
pg.y = y_top
hh = DELQ["kokuho"]
bullets(pg, "【滞納世帯数】令和6年2月末時点", [("今　期", f"{hh[1]:,}世帯"), ("前年同期", f"{hh[0]:,}世帯")], x=pg.left + 250)
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "令和6年2月末時点", "total", "delinquents", "interim", hh[1], "households", f"{hh[1]:,}世帯", as_of=NOW)
G.fact(p, "国民健康保険税", "国民健康保険税", 2022, "前年同期", "total", "delinquents", "interim", hh[0], "households", f"{hh[0]:,}世帯", as_of=PREV)
pg.y = max(yb, pg.y) + 6
pg.para("※ 収入未済額は、２月末現在の調定額から収入済額を差し引いた額です（不納欠損処理前）。", size=8.5, indent=0)
footer(pg)

# =================================================================================== page 2: 債権別収納状況 (前年同期 | 今期 | 差)
pg = newpage()
p = pno()
pg.heading("３　債権別の収納状況（令和６年２月末現在）", 12, gap=0)
pg.para("前年同期は令和５年２月末現在の数値です。国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
        "保育料＝保育所保育料、住宅使用料＝市営住宅使用料。", size=8.5, indent=0)


def seg_table(pg, seg, title, p):
    a, c = ("ac", "cc") if seg == "current" else ("aa", "ca")
    pg.y += 14
    pg.text(pg.left, pg.y, title, 10, "g")
    pg.y += 4
    widths = [70, 63, 63, 46, 63, 63, 46, 55]
    head = [(0, 0, 2, 1, "債権名"), (0, 1, 1, 3, "前年同期"), (0, 4, 1, 3, "今期"), (0, 7, 2, 1, "収納率の差\n（ポイント）"),
            (1, 1, 1, 1, "調定額\n（千円）"), (1, 2, 1, 1, "収入済額\n（千円）"), (1, 3, 1, 1, "収納率\n（％）"),
            (1, 4, 1, 1, "調定額\n（千円）"), (1, 5, 1, 1, "収入済額\n（千円）"), (1, 6, 1, 1, "収納率\n（％）")]
    body = []
    for k in KEYS + ["_t"]:
        if k == "_t":
            A0, C0, A1, C1 = febtot(2022, a), febtot(2022, c), febtot(2023, a), febtot(2023, c)
            debt, raw = None, "合計"
        else:
            A0, C0, A1, C1 = feb(2022, k, a), feb(2022, k, c), feb(2023, k, a), feb(2023, k, c)
            debt, raw = CANON[k], ABBR[k]
        r0, r1 = rate(C0, A0), rate(C1, A1)
        dd = r2(r1 - r0)
        ds = ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
        body.append([raw, fmt(A0), fmt(C0), fmtr(r0), fmt(A1), fmt(C1), fmtr(r1), ds])
        for yv, fyr, asof, A, C, r in ((2022, "前年同期", PREV, A0, C0, r0), (2023, "今期", NOW, A1, C1, r1)):
            G.fact(p, debt, raw, yv, fyr, seg, "assessed", "interim", A * 1000, "yen", fmt(A), as_of=asof)
            G.fact(p, debt, raw, yv, fyr, seg, "collected", "interim", C * 1000, "yen", fmt(C), as_of=asof)
            G.fact(p, debt, raw, yv, fyr, seg, "collection_rate", "interim", r, "percent", fmtr(r), as_of=asof)
        G.fact(p, debt, raw, 2023, "今期", seg, "difference", "interim", dd, "points", ds, as_of=NOW)
    pg.y = pg.grid(pg.left, pg.y, widths, head, body, rh=16, hh=22, size=8.3, style="zebra")


seg_table(pg, "current", "表１　現年課税分", p)
seg_table(pg, "arrears", "表２　滞納繰越分", p)

# 表３ in 円, metric in row header (other orientation), beside text
pg.y += 16
pg.text(pg.left, pg.y, "表３　市営住宅使用料の収納状況（令和６年２月末現在）", 10, "g")
pg.rtext(pg.right, pg.y, "（単位：円）", 8.5, "g")
pg.y += 4
# invent yen detail consistent with 千円 rounding: yen = 千円*1000 + r (r < 1000)
jd = {}
for seg, a, c in (("current", "ac", "cc"), ("arrears", "aa", "ca")):
    A = feb(2023, "jutaku", a) * 1000 + rnd.randint(0, 999)
    C = feb(2023, "jutaku", c) * 1000 + rnd.randint(0, 999)
    jd[seg] = (A, C)
jd["total"] = (jd["current"][0] + jd["arrears"][0], jd["current"][1] + jd["arrears"][1])
rows = []
for mname, idx in (("調定額", 0), ("収入済額", 1), ("収納率（％）", 2), ("収入未済額", 3)):
    row = [mname]
    for seg in ("current", "arrears", "total"):
        A, C = jd[seg]
        if idx == 0:
            v, s, met, unit = A, fmt(A), "assessed", "yen"
        elif idx == 1:
            v, s, met, unit = C, fmt(C), "collected", "yen"
        elif idx == 2:
            v = rate(C, A)
            s, met, unit = fmtr(v), "collection_rate", "percent"
        else:
            v, s, met, unit = A - C, fmt(A - C), "outstanding", "yen"
        row.append(s)
        G.fact(p, "市営住宅使用料", "市営住宅使用料", 2023, "令和６年２月末現在", seg, met, "interim", v, unit, s, as_of=NOW)
    rows.append(row)
pg.y = pg.grid(pg.left, pg.y, [110, 110, 110, 110], [(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "現年分"), (0, 2, 1, 1, "滞繰分"), (0, 3, 1, 1, "計")],
               rows, rh=16, hh=16, size=8.5, style="rules")
pg.para("※ 表１・表２は千円未満を切り捨てているため、表３の金額とは一致しない場合があります。", size=8.5, indent=0)
footer(pg)

# =================================================================================== page 3: 月別収納状況 (市税 現年)
pg = newpage()
p = pno()
pg.heading("４　月別収納状況", 12, gap=0)
pg.para("市税（現年課税分）及び国民健康保険税（現年課税分）の各月末時点の累計の収納状況を前年度と比較したものです。"
        "令和５年度の３月末の数値は、本報告の作成時点では確定していないため「－」としています。", size=9.5)
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
TAX_CUM = [13.8, 26.9, 41.2, 50.6, 58.1, 64.0, 71.9, 77.5, 85.8, 89.9, None, None]


def month_end(fy, m):
    import calendar
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def monthly(k, base_rates, shift):
    """cumulative collected / rate per month for FY2023 and FY2022; Feb = FEB figures, Mar(FY2022) = year end"""
    out = {}
    for fy in (2022, 2023):
        acf = feb(fy, k, "ac")
        ccf = feb(fy, k, "cc")
        rf = rate(ccf, acf)
        rows = []
        for i, m in enumerate(MONTHS):
            if m == 2:
                rows.append((ccf, rf))
            elif m == 3:
                if fy == 2023:
                    rows.append(None)
                else:
                    c3 = int(round(ye(fy, k, "ac") * (rf + (ye(fy, k, "cc") / ye(fy, k, "ac") * 100 - rf) * 0.55) / 100))
                    rows.append((c3, rate(c3, ye(fy, k, "ac"))))
            else:
                r = base_rates[i] + (shift if fy == 2023 else 0) + rnd.uniform(-0.3, 0.3)
                am = int(round(acf * (0.985 + 0.0015 * i)))
                c = int(round(am * r / 100))
                rows.append((c, rate(c, am)))
        out[fy] = rows
    return out


tax_m = monthly("tax", TAX_CUM, 0.22)
pg.y += 14
pg.text(pg.left, pg.y, "表４　市税（現年課税分）月別収納状況（累計）", 10, "g")
pg.y += 4
widths = [58, 82, 62, 82, 62, 62]
head = [(0, 0, 2, 1, "月　末"), (0, 1, 1, 2, "令和５年度"), (0, 3, 1, 2, "令和４年度"), (0, 5, 2, 1, "収納率の差\n（ポイント）"),
        (1, 1, 1, 1, "収入済額（千円）"), (1, 2, 1, 1, "収納率（％）"), (1, 3, 1, 1, "収入済額（千円）"), (1, 4, 1, 1, "収納率（％）")]
body = []
for i, m in enumerate(MONTHS):
    cur, prv = tax_m[2023][i], tax_m[2022][i]
    row = [(f"{m}月末", "c")]
    if cur:
        row += [fmt(cur[0]), fmtr(cur[1])]
        G.fact(p, "市税", "市税", 2023, "令和５年度", "current", "collected", "interim", cur[0] * 1000, "yen", fmt(cur[0]), as_of=month_end(2023, m))
        G.fact(p, "市税", "市税", 2023, "令和５年度", "current", "collection_rate", "interim", cur[1], "percent", fmtr(cur[1]), as_of=month_end(2023, m))
    else:
        row += [("－", "c"), ("－", "c")]
    row += [fmt(prv[0]), fmtr(prv[1])]
    G.fact(p, "市税", "市税", 2022, "令和４年度", "current", "collected", "interim", prv[0] * 1000, "yen", fmt(prv[0]), as_of=month_end(2022, m))
    G.fact(p, "市税", "市税", 2022, "令和４年度", "current", "collection_rate", "interim", prv[1], "percent", fmtr(prv[1]), as_of=month_end(2022, m))
    if cur:
        dd = r2(cur[1] - prv[1])
        ds = ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
        row.append(ds)
        G.fact(p, "市税", "市税", 2023, "令和５年度", "current", "difference", "interim", dd, "points", ds, as_of=month_end(2023, m))
    else:
        row.append(("－", "c"))
    body.append(row)
pg.y = pg.grid(pg.left, pg.y, widths, head, body, rh=15.5, hh=17, size=8.5, style="zebra")
pg.para("※ ３月末の令和４年度の数値は、出納整理期間（４月・５月）の収入を含まない３月31日現在の累計です。", size=8.5, indent=0)

# line chart: 市税 現年 monthly rate, data labels for 令和５年度
pg.y += 12
pg.text(pg.left, pg.y, "図１　市税（現年課税分）収納率の推移（月末累計、％）", 10, "g")
cx0, cy0, cw, ch = pg.left + 30, pg.y + 18, 430, 150
pg.rect((cx0, cy0, cx0 + cw, cy0 + ch), color=(0.6, 0.6, 0.6), width=0.4)
for gv in (0, 25, 50, 75, 100):
    yy = cy0 + ch - gv / 100 * ch
    pg.line((cx0, yy), (cx0 + cw, yy), 0.3, (0.8, 0.8, 0.8))
    pg.rtext(cx0 - 4, yy + 3, str(gv), 7.5, "g")
step = cw / 12
pts = {}
for fy, col in ((2022, (0.55, 0.55, 0.55)), (2023, (0.1, 0.3, 0.7))):
    prev_pt = None
    for i, m in enumerate(MONTHS):
        rr = tax_m[fy][i]
        if not rr:
            continue
        pt = (cx0 + step * (i + 0.5), cy0 + ch - rr[1] / 100 * ch)
        if prev_pt:
            pg.line(prev_pt, pt, 1.4 if fy == 2023 else 1.0, col, dashes=None if fy == 2023 else "[3 2] 0")
        pg.p.draw_circle(fitz.Point(*pt), 1.8, color=col, fill=col)
        prev_pt = pt
        if fy == 2023:
            lab = fmtr(rr[1], 1)
for i, m in enumerate(MONTHS):
    pg.ctext(cx0 + step * (i + 0.5), cy0 + ch + 11, f"{m}月", 7.5, "g")
# data labels (one decimal) for 令和５年度 only
for i, m in enumerate(MONTHS):
    rr = tax_m[2023][i]
    if not rr:
        continue
    lab = f"{rr[1]:.1f}"
    x = cx0 + step * (i + 0.5)
    y = cy0 + ch - rr[1] / 100 * ch - 5
    pg.ctext(x, y, lab, 7.5, "g")
    G.fact(p, "市税", "市税", 2023, "令和５年度", "current", "collection_rate", "interim", float(lab), "percent", lab, as_of=month_end(2023, m))
ly = cy0 + ch + 24
pg.line((cx0 + 100, ly - 3), (cx0 + 125, ly - 3), 1.4, (0.1, 0.3, 0.7))
pg.text(cx0 + 130, ly, "令和５年度", 8, "g")
pg.line((cx0 + 200, ly - 3), (cx0 + 225, ly - 3), 1.0, (0.55, 0.55, 0.55), dashes="[3 2] 0")
pg.text(cx0 + 230, ly, "令和４年度", 8, "g")
pg.y = ly + 6

# =================================================================================== 国保 monthly: starts on page 3, continues on page 4 with the header repeated
kok_base = [6.1, 12.8, 19.7, 30.5, 40.1, 48.9, 57.2, 64.8, 71.3, 77.9, None, None]
kok_m = monthly("kokuho", kok_base, 0.35)
pg.y += 14
pg.text(pg.left, pg.y, "表５　国民健康保険税（現年課税分）月別収納率（累計、単位：％）", 10, "g")
pg.y += 4
head5 = [(0, 0, 1, 1, "月　末"), (0, 1, 1, 1, "今　期"), (0, 2, 1, 1, "前年同期"), (0, 3, 1, 1, "差")]


def kok_rows(months_idx, p):
    body = []
    for i in months_idx:
        m = MONTHS[i]
        cur, prv = kok_m[2023][i], kok_m[2022][i]
        row = [(f"{m}月末", "c")]
        row.append(fmtr(cur[1]) if cur else ("－", "c"))
        row.append(fmtr(prv[1]))
        G.fact(p, "国民健康保険税", "国民健康保険税", 2022, "令和４年度", "current", "collection_rate", "interim", prv[1], "percent", fmtr(prv[1]), as_of=month_end(2022, m))
        if cur:
            G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "interim", cur[1], "percent", fmtr(cur[1]), as_of=month_end(2023, m))
            dd = r2(cur[1] - prv[1])
            ds = ("▲" if dd < 0 else "") + f"{abs(dd):.2f}"
            row.append(ds)
            G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "difference", "interim", dd, "points", ds, as_of=month_end(2023, m))
        else:
            row.append(("－", "c"))
        body.append(row)
    return body


pg.y = pg.grid(pg.left, pg.y, [70, 80, 80, 70], head5, kok_rows(range(0, 6), pno()), rh=14.5, hh=16, size=8.5, style="rules",
               align=["c", "r", "r", "r"])
pg.rtext(pg.left + 300, pg.y + 11, "（次ページへ続く）", 8.5, "g")
footer(pg)

# =================================================================================== page 4
pg = newpage()
p = pno()
pg.text(pg.left, pg.y + 8, "表５　国民健康保険税（現年課税分）月別収納率（続き）", 10, "g")
pg.y += 12
pg.y = pg.grid(pg.left, pg.y, [70, 80, 80, 70], head5, kok_rows(range(6, 12), p), rh=14.5, hh=16, size=8.5, style="rules",
               align=["c", "r", "r", "r"])
pg.para("※ 今期は令和５年度、前年同期は令和４年度の同月末の累計です。", size=8.5, indent=0)

# 地区別 (市税 現年, 2月末) with previous in brackets
pg.heading("５　地区別の収納状況（市税・現年課税分）", 12, gap=10)
DIST = [("竜王地区", 0.552), ("敷島地区", 0.281), ("双葉地区", 0.167)]
acN, ccN = feb(2023, "tax", "ac"), feb(2023, "tax", "cc")
acP, ccP = feb(2022, "tax", "ac"), feb(2022, "tax", "cc")
rowsD = []
accA = [0, 0, 0, 0]
bias = {"竜王地区": 0.0012, "敷島地区": -0.0004, "双葉地区": -0.0028}
for i, (nm, sh) in enumerate(DIST):
    if i < 2:
        a1 = int(round(acN * sh)); c1 = int(round(a1 * (ccN / acN + bias[nm])))
        a0 = int(round(acP * sh)); c0 = int(round(a0 * (ccP / acP + bias[nm] * 0.8)))
        accA = [accA[0] + a1, accA[1] + c1, accA[2] + a0, accA[3] + c0]
    else:
        a1, c1, a0, c0 = acN - accA[0], ccN - accA[1], acP - accA[2], ccP - accA[3]
    rowsD.append((nm, a1, c1, a0, c0))
rowsD.append(("計", acN, ccN, acP, ccP))
pg.y += 4
pg.rtext(pg.right, pg.y + 6, "（単位：千円、％）", 8.5, "g")
pg.y += 9
body = []
for nm, a1, c1, a0, c0 in rowsD:
    r1, r0 = rate(c1, a1), rate(c0, a0)
    dd = r2(r1 - r0)
    ds = ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
    area = None if nm == "計" else nm
    debt_raw = "市税"
    body.append([(nm, "c"), fmt(a1), fmt(c1), f"{fmtr(r1)}（{fmtr(r0)}）", ds])
    G.fact(p, "市税", debt_raw, 2023, "令和６年２月末", "current", "assessed", "interim", a1 * 1000, "yen", fmt(a1), as_of=NOW, area=area)
    G.fact(p, "市税", debt_raw, 2023, "令和６年２月末", "current", "collected", "interim", c1 * 1000, "yen", fmt(c1), as_of=NOW, area=area)
    G.fact(p, "市税", debt_raw, 2023, "令和６年２月末", "current", "collection_rate", "interim", r1, "percent", fmtr(r1), as_of=NOW, area=area)
    G.fact(p, "市税", debt_raw, 2022, "前年同月", "current", "collection_rate", "interim", r0, "percent", f"（{fmtr(r0)}）", as_of=PREV, area=area)
    G.fact(p, "市税", debt_raw, 2023, "令和６年２月末", "current", "difference", "interim", dd, "points", ds, as_of=NOW, area=area)
pg.y = pg.grid(pg.left, pg.y, [80, 95, 95, 110, 80],
               [(0, 0, 1, 1, "地　区"), (0, 1, 1, 1, "調定額"), (0, 2, 1, 1, "収入済額"), (0, 3, 1, 1, "収納率（前年同月）"), (0, 4, 1, 1, "差")],
               body, rh=16, hh=17, size=8.8, style="zebra")
pg.para("※ 地区は納税義務者の住所地により区分しています。（　）内は令和５年２月末現在の収納率です。", size=8.5, indent=0)
pg.heading("６　滞納者数等の状況（２月末現在）", 12, gap=14)
pg.y += 4
body = []
for lab, v0, v1, unit, debt in (("市税 滞納者数（人）", DELQ["tax"][0], DELQ["tax"][1], "persons", "市税"),
                                ("国保税 滞納世帯数（世帯）", DELQ["kokuho"][0], DELQ["kokuho"][1], "households", "国民健康保険税"),
                                ("差押件数（件）", SEIZE[0], SEIZE[1], None, None)):
    dd = v1 - v0
    ds = ("△" if dd < 0 else "") + f"{abs(dd):,}"
    body.append([lab, f"{v0:,}", f"{v1:,}", ds])
    if unit:
        raw_debt = "市税" if debt == "市税" else "国保税"
        G.fact(p, debt, raw_debt, 2022, "前年同期", "total", "delinquents", "interim", v0, unit, f"{v0:,}", as_of=PREV)
        G.fact(p, debt, raw_debt, 2023, "今期", "total", "delinquents", "interim", v1, unit, f"{v1:,}", as_of=NOW)
        G.fact(p, debt, raw_debt, 2023, "今期", "total", "difference", "interim", dd, unit, ds, as_of=NOW)
pg.y = pg.grid(pg.left, pg.y, [150, 90, 90, 90], [(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "前年同期"), (0, 2, 1, 1, "今期"), (0, 3, 1, 1, "増減")],
               body, rh=16, hh=16, size=8.8, style="zebra")

footer(pg)

# =================================================================================== page 5: 年度末見込 + chart
pg = newpage()
p = pno()
pg.heading("７　年度末の見込み", 12, gap=0)
pg.para("２月末までの収納実績と過去の出納整理期間の収入状況をもとに、令和５年度末（出納閉鎖時）の収納率を推計しました。", size=9.5)
pg.y += 14
pg.text(pg.left, pg.y, "表６　債権別収納率の決算・目標・見込（単位：％）", 10, "g")
pg.y += 4
widths = [104] + [56] * 6
head = [(0, 0, 2, 1, "債権名"), (0, 1, 1, 3, "現年課税分"), (0, 4, 1, 3, "滞納繰越分"),
        (1, 1, 1, 1, "R4決算"), (1, 2, 1, 1, "R5目標"), (1, 3, 1, 1, "R5見込"),
        (1, 4, 1, 1, "R4決算"), (1, 5, 1, 1, "R5目標"), (1, 6, 1, 1, "R5見込")]
body = []
for k in KEYS:
    rc22, ra22 = rate(ye(2022, k, "cc"), ye(2022, k, "ac")), rate(ye(2022, k, "ca"), ye(2022, k, "aa"))
    rc23, ra23 = rate(ye(2023, k, "cc"), ye(2023, k, "ac")), rate(ye(2023, k, "ca"), ye(2023, k, "aa"))
    tc, ta = TGT23[k]
    body.append([FULL[k], fmtr(rc22), fmtr(tc), fmtr(rc23), fmtr(ra22), fmtr(ta), fmtr(ra23)])
    for seg, a, t, e in (("current", rc22, tc, rc23), ("arrears", ra22, ta, ra23)):
        G.fact(p, CANON[k], FULL[k], 2022, "R4", seg, "collection_rate", "actual", a, "percent", fmtr(a))
        G.fact(p, CANON[k], FULL[k], 2023, "R5", seg, "collection_rate", "target", t, "percent", fmtr(t))
        G.fact(p, CANON[k], FULL[k], 2023, "R5", seg, "collection_rate", "estimate", e, "percent", fmtr(e))
pg.y = pg.grid(pg.left, pg.y, widths, head, body, rh=16, hh=16, size=8.6, style="rules")

# 表７ stacked cells: 収入済額 over 収納率 (計), 収入未済額見込 in 百万円 with a decimal, 不納欠損額見込 in 千円
pg.y += 16
pg.text(pg.left, pg.y, "表７　収入済額・収入未済額等の見込（現年課税分＋滞納繰越分）", 10, "g")
pg.y += 4
widths = [104, 108, 108, 80, 80]
head = [(0, 0, 1, 1, "債権名"), (0, 1, 1, 1, "R4決算\n上段：収入済額（千円）\n下段：収納率（％）"),
        (0, 2, 1, 1, "R5見込\n上段：収入済額（千円）\n下段：収納率（％）"), (0, 3, 1, 1, "収入未済額見込\n（百万円）"),
        (0, 4, 1, 1, "不納欠損額見込\n（千円）")]
body = []
for k in KEYS:
    c22, r22 = ye(2022, k, "ct"), rate(ye(2022, k, "ct"), ye(2022, k, "at"))
    c23, r23 = ye(2023, k, "ct"), rate(ye(2023, k, "ct"), ye(2023, k, "at"))
    o23 = ye(2023, k, "out")
    om = f"{o23 / 1000:,.1f}"
    body.append([FULL[k], [fmt(c22), fmtr(r22)], [fmt(c23), fmtr(r23)], om, fmt(ye(2023, k, "wo"))])
    G.fact(p, CANON[k], FULL[k], 2022, "R4", "total", "collected", "actual", c22 * 1000, "yen", fmt(c22))
    G.fact(p, CANON[k], FULL[k], 2022, "R4", "total", "collection_rate", "actual", r22, "percent", fmtr(r22))
    G.fact(p, CANON[k], FULL[k], 2023, "R5", "total", "collected", "estimate", c23 * 1000, "yen", fmt(c23))
    G.fact(p, CANON[k], FULL[k], 2023, "R5", "total", "collection_rate", "estimate", r23, "percent", fmtr(r23))
    G.fact(p, CANON[k], FULL[k], 2023, "R5", "total", "outstanding", "estimate", int(round(float(om.replace(",", "")) * 1_000_000)), "yen", om)
    G.fact(p, CANON[k], FULL[k], 2023, "R5", "total", "written_off", "estimate", ye(2023, k, "wo") * 1000, "yen", fmt(ye(2023, k, "wo")))
pg.y = pg.grid(pg.left, pg.y, widths, head, body, rh=16, hh=38, size=8.4, style="rules")
pg.para("※ R4＝令和４年度（2022年度）、R5＝令和５年度（2023年度）。", size=8.5, indent=0)

# bar chart: 市税 収納率（計）の推移
pg.y += 10
pg.text(pg.left, pg.y, "図２　市税収納率（現年課税分＋滞納繰越分）の推移（％）", 10, "g")
hist = [("H30", 2018, 94.02, "actual"), ("R元", 2019, 94.35, "actual"), ("R2", 2020, 94.61, "actual"),
        ("R3", 2021, 95.10, "actual"), ("R4", 2022, rate(ye(2022, "tax", "ct"), ye(2022, "tax", "at")), "actual"),
        ("R5見込", 2023, tax_est_total, "estimate")]
cx0, cy0, cw, ch = pg.left + 40, pg.y + 14, 420, 120
pg.line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), 0.8)
lo = 92.0
for i, (lab, y, v, basis) in enumerate(hist):
    x = cx0 + 20 + i * 68
    h = (v - lo) / (100 - lo) * ch * 1.6
    pg.rect((x, cy0 + ch - h, x + 36, cy0 + ch), fill=(0.55, 0.68, 0.82) if basis == "actual" else (0.85, 0.6, 0.45), color=None)
    pg.ctext(x + 18, cy0 + ch - h - 4, fmtr(v), 8.5, "g")
    pg.ctext(x + 18, cy0 + ch + 11, lab, 8.5, "g")
    G.fact(p, "市税", "市税", y, lab, "total", "collection_rate", basis, v, "percent", fmtr(v))
pg.y = cy0 + ch + 18
pg.para("※ 縦軸は92％から表示しています。R5見込は令和５年度決算見込です。", size=8.5, indent=0)
footer(pg)

# =================================================================================== page 6: 滞納者数等 + 今後の取組
pg = newpage()
p = pno()
pg.heading("８　今後の取組（３月以降）", 12, gap=0)
inits = []


def item(label, text, status, debt, section, x_off=12, size=10, draw_tag="inline"):
    global inits
    lab = label + "　"
    if draw_tag == "inline":
        pg.hanging(lab, text + (f"【{status}】" if status else ""), x=pg.left + x_off, size=size)
    else:   # tag alone on its own line
        pg.hanging(lab, text, x=pg.left + x_off, size=size)
        pg.y += size * 1.4
        pg.text(pg.left + x_off + tlen(lab, size, "m"), pg.y, f"【{status}】", size, "m")
        pg.y += 2
    G.init(p, debt, 2023, section, label, text, status)


pg.y += 6
pg.text(pg.left + 6, pg.y + 8, "（１）市税", 10.5, "g")
pg.y += 10
item("ア", "３月を滞納整理強化月間と位置付け、預貯金・給与の差押えを集中的に実施する。", "継続", "市税", "今後の取組（３月以降）", draw_tag="own")
item("イ", "令和５年度中に時効を迎える案件を抽出し、財産調査の結果に応じて執行停止又は差押えを判断する。", "継続", "市税", "今後の取組（３月以降）", draw_tag="own")
item("ウ", "山梨県地方税滞納整理推進機構への移管案件について、移管前の納付折衝を徹底する。", "拡充", "市税", "今後の取組（３月以降）", draw_tag="own")
pg.y += 6
pg.text(pg.left + 6, pg.y + 8, "（２）国民健康保険税", 10.5, "g")
pg.y += 10
item("①", "短期被保険者証の交付対象世帯に対し、窓口での納付相談を行い分納計画を見直す。", "継続", "国民健康保険税", "今後の取組（３月以降）")
item("②", "年度末に未納が残る世帯へ、休日納税相談窓口の案内を同封した催告書を発送する。", "新規", "国民健康保険税", "今後の取組（３月以降）")
pg.y += 6
# items in a box (その他の債権), plain title
pg.text(pg.left + 6, pg.y + 10, "（３）その他の債権", 10.5, "g")
pg.y += 14
box_top = pg.y
other = [("介護保険料", "介護保険料", "・", "普通徴収の未納者に対し、介護保険課と収納課が合同で臨戸訪問を実施する。", "継続"),
         ("保育所保育料", "保育所保育料", "・", "卒園予定児童の保護者のうち未納がある世帯に、卒園前の納付相談を案内する。", "新規"),
         ("市営住宅使用料", "市営住宅使用料", "・", "長期滞納者のうち退去者については、連帯保証人への請求を速やかに行う。", "継続")]
for debt, raw, lab, text, st in other:
    pg.hanging(f"・{raw}：", text + f"【{st}】", x=pg.left + 16, width=pg.right - pg.left - 26, size=9.5)
    G.init(p, debt, 2023, "その他の債権", lab, f"{raw}：{text}", st, debt_raw=raw)
pg.y += 5
pg.rect((pg.left + 8, box_top - 2, pg.right - 4, pg.y), color=(0, 0, 0), width=0.7)
pg.y += 6
pg.para("以上の取組により、令和５年度末の収入未済額の縮減を図るとともに、令和６年度当初からの現年課税分の早期収納に向けた準備を進めます。", size=9.5)
footer(pg)

# ----------------------------------------------------------------------------- save
doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
gp = G.write(pdf)
bad = check_raws(gp, pdf)
print(f"{pdf.name}: {len(pages)} pages, {len(G.facts)} facts, {len(G.inits)} initiatives; problems: {len(bad)}")
for b in bad[:40]:
    print("  ", b)
