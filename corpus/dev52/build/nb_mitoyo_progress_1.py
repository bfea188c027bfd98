"""nb_mitoyo_progress_1: 三豊市 令和５年度 市税等収納率向上対策の取組状況（令和６年２月末現在）.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset).  Run from corpus/dev52:
    python3 build/nb_mitoyo_progress_1.py
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf as fitz  # noqa: E402

from nb_common import Gold, PDF_DIR, comma, kilo, rate, rnd, signed, check  # noqa: E402
from nb_pdfkit import Page, grid, finish  # noqa: E402

STEM = "nb_mitoyo_progress_1"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
FYR, PFYR = "令和５年度", "令和４年度"
G = Gold(STEM, "progress_report", "三豊市",
         "令和５年度 市税等収納率向上対策の取組状況について", "2024-02-29", "令和６年２月末現在",
         "progress")

GREY = (0.85, 0.85, 0.85)
LIGHT = (0.93, 0.93, 0.93)
ZEB = (0.95, 0.95, 0.95)

# key, printed name (tables), stacked header name, canonical debt
DEBTS = [
    ("tax", "市税", "市税", "市税"),
    ("kokuho", "国民健康保険税", "国民健康\n保険税", "国民健康保険料"),
    ("kaigo", "介護保険料", "介護\n保険料", "介護保険料"),
    ("kouki", "後期高齢者医療保険料", "後期高齢者\n医療保険料", "後期高齢者医療保険料"),
    ("hoiku", "保育所保育料", "保育所\n保育料", "保育料"),
    ("jutaku", "市営住宅使用料", "市営住宅\n使用料", "市営住宅使用料"),
]
CANON = {k: c for k, _, _, c in DEBTS}
NAME = {k: n for k, n, _, _ in DEBTS}

# 2月末 assessed (円) and target rates -> collected (円)
SPEC = {  # this year: (cur_a, cur_r, arr_a, arr_r) ; last year same
    "tax": ((7_864_917_300, 93.42, 512_806_900, 24.61), (7_712_398_500, 93.04, 548_912_300, 23.43)),
    "kokuho": ((1_623_456_700, 79.85, 397_318_600, 17.93), (1_671_234_500, 80.06, 421_098_700, 18.12)),
    "kaigo": ((1_312_345_800, 96.12, 41_234_500, 12.35), (1_298_765_400, 95.87, 43_876_500, 11.96)),
    "kouki": ((612_345_900, 97.24, 8_765_400, 28.47), (598_123_400, 97.31, 9_234_500, 26.88)),
    "hoiku": ((198_765_400, 90.41, 21_345_600, 15.22), (205_432_100, 89.73, 22_987_600, 14.61)),
    "jutaku": ((312_456_700, 91.33, 45_678_900, 10.84), (318_765_400, 90.96, 47_123_400, 11.27)),
}
JIT = {"tax": 317, "kokuho": -213, "kaigo": 151, "kouki": -92, "hoiku": 64, "jutaku": -38}


def mk(a, r, j):
    return int(round(a * r / 100)) + j


D = {}
for k, (now, prev) in SPEC.items():
    d = {}
    for tag, (ca, cr, aa, ar) in (("now", now), ("prev", prev)):
        cc, ac = mk(ca, cr, JIT[k]), mk(aa, ar, -JIT[k] // 3)
        d[tag] = {"cur": (ca, cc), "arr": (aa, ac), "tot": (ca + aa, cc + ac)}
    D[k] = d


def rt(pair):
    return rate(pair[1], pair[0])


# year-end estimates and results
EST = {"tax": (98.95, 31.20, 18_456_000), "kokuho": (92.10, 22.40, 31_234_000),
       "kaigo": (98.60, 16.80, 4_123_000), "kouki": (99.40, 35.10, 512_000),
       "hoiku": (97.80, 19.50, 1_234_000), "jutaku": (96.90, 14.20, 2_345_000)}
R4RES = {"tax": (98.87, 29.95), "kokuho": (92.35, 21.88), "kaigo": (98.52, 15.90),
         "kouki": (99.38, 33.02), "hoiku": (97.45, 18.70), "jutaku": (96.55, 13.91)}
TARGET = {"tax": (99.00, 31.00), "kokuho": (92.50, 23.00), "kaigo": (98.60, 16.50),
          "kouki": (99.40, 34.00), "hoiku": (97.60, 20.00), "jutaku": (96.80, 15.00)}
E = {}
for k, (cr, ar, wo) in EST.items():
    ca, aa = D[k]["now"]["cur"][0], D[k]["now"]["arr"][0]
    cc, ac = int(round(ca * cr / 100)), int(round(aa * ar / 100))
    E[k] = {"cur": (ca, cc), "arr": (aa, ac), "a": ca + aa, "c": cc + ac, "wo": wo,
            "out": ca + aa - cc - ac - wo}


def F(page, raw, value, unit, metric, key, seg, basis="interim", fy=FY, fy_raw=FYR, as_of="now",
      debt_raw=None, approx=False, area=None):
    if as_of == "now":
        as_of = ASOF if basis == "interim" else None
    elif as_of == "prev":
        as_of = PASOF
    debt = CANON.get(key) if key else None
    dr = debt_raw if debt_raw is not None else (NAME.get(key) if key else None)
    G.fact(page, raw, value, unit, metric, debt=debt, debt_raw=dr, fy=fy, fy_raw=fy_raw,
           segment=seg, basis=basis, as_of=as_of, approx=approx, area=area)
    return raw


def yen_k(page, v_yen, metric, key, seg, **kw):
    k = kilo(v_yen)
    return F(page, comma(k), k * 1000, "yen", metric, key, seg, **kw)


def pc(page, v, key, seg, nd=2, suffix="", **kw):
    s = f"{v:.{nd}f}"
    F(page, s, v, "percent", "collection_rate", key, seg, **kw)
    return s + suffix


def pt(page, v, key, seg, metric="difference", nd=2, plus="", **kw):
    s = signed(v, nd, plus=plus)
    F(page, s, v, "points", metric, key, seg, **kw)
    return s


doc = fitz.open()
doc.set_metadata({"title": "令和５年度 市税等収納率向上対策の取組状況について", "author": "三豊市 税務課",
                  "creator": "nb build (PyMuPDF)"})
L = 50

# ============================== page 1 ==============================
p = Page(doc)
n = p.no
p.text(L, 60, "資料１", 10)
p.text(L, 60, "令和６年２月末現在", 9.5, align="r", w=495)
p.text(L, 75, "三豊市 税務課 収納対策室", 9.5, align="r", w=495)
p.text(L, 112, "令和５年度 市税等収納率向上対策の取組状況について", 15, align="c", w=495)
y = 150
y = p.heading(L, y, "１ 概要")
y = p.para(L, y, 495, "本市では、「三豊市市税等収納率向上対策実施計画」に基づき、市税をはじめとする主要６債権について、"
           "現年度分の早期納付の促進と滞納繰越分の圧縮に全庁で取り組んでいる。本資料は、令和６年２月末現在の収納状況と、"
           "年度末に向けた取組の状況を取りまとめたものである。")
y += 8
# panels (variation 49)
tax, kok = D["tax"], D["kokuho"]
t_now, t_prev = rt(tax["now"]["cur"]), rt(tax["prev"]["cur"])
k_now, k_prev = rt(kok["now"]["cur"]), rt(kok["prev"]["cur"])
out_now = sum(D[k]["now"]["tot"][0] - D[k]["now"]["tot"][1] for k in D)
out_prev = sum(D[k]["prev"]["tot"][0] - D[k]["prev"]["tot"][1] for k in D)
oku_now, oku_prev = rnd(out_now / 1e8, 2), rnd(out_prev / 1e8, 2)
panels = [
    ("市税 収納率（現年課税分）", "令和５年度 ２月末", ("tax", t_now, rnd(t_now - t_prev, 2))),
    ("国民健康保険税 収納率（現年課税分）", "令和５年度 ２月末", ("kokuho", k_now, rnd(k_now - k_prev, 2))),
    ("市税等６債権 収入未済額", "令和５年度 ２月末", None),
]
pw, ph, gap = 155, 92, 15
for i, (lab, yr, val) in enumerate(panels):
    x = L + i * (pw + gap)
    p.rect((x, y, x + pw, y + ph), fill=LIGHT, stroke=(0.3, 0.3, 0.3), width=0.8)
    p.text(x, y + 17, lab, 8.5, align="c", w=pw)
    p.text(x, y + 31, yr, 8, align="c", w=pw, color=(0.25, 0.25, 0.25))
    if val:
        key, v, dv = val
        big = f"{v:.2f}％"
        F(n, big, v, "percent", "collection_rate", key, "current", fy_raw="令和５年度",
          debt_raw="市税" if key == "tax" else "国民健康保険税")
        p.text(x, y + 60, big, 20, align="c", w=pw)
        s = ("＋" if dv >= 0 else "▲") + f"{abs(dv):.2f}"
        F(n, s, dv, "points", "difference", key, "current", fy_raw="令和５年度",
          debt_raw="市税" if key == "tax" else "国民健康保険税")
        p.text(x, y + 80, f"前年同月比 {s}ポイント", 8.5, align="c", w=pw)
    else:
        big = f"{oku_now:.2f}億円"
        F(n, big, int(round(oku_now * 1e8)), "yen", "outstanding", None, "total", fy_raw="令和５年度",
          debt_raw="市税等６債権")
        p.text(x, y + 60, big, 20, align="c", w=pw)
        dd = rnd(oku_now - oku_prev, 2)
        s = ("＋" if dd >= 0 else "▲") + f"{abs(dd):.2f}"
        F(n, s + "億円", int(round(dd * 1e8)), "yen", "difference", None, "total", fy_raw="令和５年度",
          debt_raw="市税等６債権")
        p.text(x, y + 80, f"前年同月比 {s}億円", 8.5, align="c", w=pw)
y += ph + 22

y = p.heading(L, y, "２ 収納状況の概況")
ta_now, ta_prev = rt(tax["now"]["arr"]), rt(tax["prev"]["arr"])
tax_out = tax["now"]["tot"][0] - tax["now"]["tot"][1]
tax_out_prev = tax["prev"]["tot"][0] - tax["prev"]["tot"][1]
man = int(rnd(tax_out / 1e6, 0))  # 百万円単位に丸め -> 万円表記
approx_out = man * 1_000_000
d_man = int(rnd((tax_out - tax_out_prev) / 1e6, 0))
oku_s = f"約{man // 100}億{man % 100 * 100:,}万円" if man % 100 else f"約{man // 100}億円"
r1 = f"{t_now:.2f}％"
r2 = f"{t_prev:.2f}％"
r3 = f"{rnd(t_now - t_prev, 2):.2f}ポイント"
r4 = f"{ta_now:.2f}％"
r5 = f"{rnd(ta_now - ta_prev, 2):.2f}ポイント"
r6 = oku_s
r7 = f"約{abs(d_man) * 100:,}万円"
F(n, r1, t_now, "percent", "collection_rate", "tax", "current")
F(n, r2, t_prev, "percent", "collection_rate", "tax", "current", fy=PFY, fy_raw="前年同月", as_of="prev")
F(n, r3, rnd(t_now - t_prev, 2), "points", "difference", "tax", "current")
F(n, r4, ta_now, "percent", "collection_rate", "tax", "arrears")
F(n, r5, rnd(ta_now - ta_prev, 2), "points", "difference", "tax", "arrears")
F(n, r6, approx_out, "yen", "outstanding", "tax", "total", approx=True)
F(n, r7, d_man * 1_000_000, "yen", "difference", "tax", "total", approx=True)
txt = (f"令和６年２月末現在における市税の現年課税分収納率は{r1}で、前年同月（{r2}）と比べ{r3}上昇した。"
       f"滞納繰越分の収納率は{r4}となり、前年同月比で{r5}の改善となっている。"
       f"また、市税全体の収入未済額は{r6}で、前年同月から{r7}減少した。"
       "一方、国民健康保険税の現年課税分は前年同月をわずかに下回っており、年度末に向けて納付勧奨を強化する。")
y = p.para(L, y, 495, txt)
y += 10
# bracket heading over bullets labelled only by segment (variation 11)
y = p.heading(L, y, "（参考）市税の１２月末実績", 10)
p.text(L + 10, y, "【収納率】令和５年１２月末時点", 9.5)
y += 17
dec_cur, dec_arr = 86.73, 19.85
dec_tot = rnd((tax["now"]["cur"][0] * dec_cur + tax["now"]["arr"][0] * dec_arr)
              / (tax["now"]["cur"][0] + tax["now"]["arr"][0]), 2)
for lab, v, seg in (("現年分", dec_cur, "current"), ("滞納繰越分", dec_arr, "arrears"), ("合計", dec_tot, "total")):
    s = f"{v:.2f}％"
    F(n, s, v, "percent", "collection_rate", "tax", seg, as_of="2023-12-31", fy_raw="令和５年１２月末",
      debt_raw="市税")
    p.text(L + 24, y, f"・{lab}", 9.5, "m")
    p.text(L + 110, y, s, 9.5, "m")
    y += 15
y += 6
p.para(L, y, 495, "※ １２月末は固定資産税第３期及び国民健康保険税第６期の納期後の数値である。", size=8.5, indent=0)

# ============================== page 2 ==============================
p = Page(doc)
n = p.no
y = 60
y = p.heading(L, y, "３ 債権別の収納状況")
p.text(L, y, "表１　令和５年度 債権別収納状況（令和６年２月末現在）", 9.5)
p.text(L, y, "（単位：千円、％）", 8, align="r", w=495)
y += 6
widths = [80] + [52, 52, 37] * 3
heights = [16, 16] + [20] * 7
r = grid(L, y, widths, heights)
p.cell(r(0, 0, 2, 1), "債権名", fill=GREY)
for gi, g in enumerate(("現年度分", "滞納繰越分", "計")):
    p.cell(r(0, 1 + gi * 3, 1, 3), g, fill=GREY)
    for mi, m in enumerate(("調定額", "収入済額", "収納率")):
        p.cell(r(1, 1 + gi * 3 + mi), m, fill=GREY)
sums = {s: [0, 0] for s in ("cur", "arr", "tot")}
for i, (k, nm, _, _) in enumerate(DEBTS):
    row = 2 + i
    p.cell(r(row, 0), nm, 7.2, align="l")
    for gi, (s, seg) in enumerate((("cur", "current"), ("arr", "arrears"), ("tot", "total"))):
        a, c = D[k]["now"][s]
        sums[s][0] += a
        sums[s][1] += c
        p.cell(r(row, 1 + gi * 3), yen_k(n, a, "assessed", k, seg), align="r")
        p.cell(r(row, 2 + gi * 3), yen_k(n, c, "collected", k, seg), align="r")
        p.cell(r(row, 3 + gi * 3), pc(n, rt((a, c)), k, seg), align="r")
row = 8
p.cell(r(row, 0), "計", fill=LIGHT)
for gi, (s, seg) in enumerate((("cur", "current"), ("arr", "arrears"), ("tot", "total"))):
    a, c = sums[s]
    # 千円 sums printed as the sum of the rounded rows (keeps 計 = 合計 of printed figures)
    ka = sum(kilo(D[k]["now"][s][0]) for k in D)
    kc = sum(kilo(D[k]["now"][s][1]) for k in D)
    F(n, comma(ka), ka * 1000, "yen", "assessed", None, seg, debt_raw="計")
    F(n, comma(kc), kc * 1000, "yen", "collected", None, seg, debt_raw="計")
    p.cell(r(row, 1 + gi * 3), comma(ka), align="r", fill=LIGHT)
    p.cell(r(row, 2 + gi * 3), comma(kc), align="r", fill=LIGHT)
    v = rate(c, a)
    F(n, f"{v:.2f}", v, "percent", "collection_rate", None, seg, debt_raw="計")
    p.cell(r(row, 3 + gi * 3), f"{v:.2f}", align="r", fill=LIGHT)
y = r.ys[-1] + 12
y = p.para(L, y, 495, "※ 調定額及び収入済額は千円未満を四捨五入しているため、内訳と計が一致しない場合がある。", size=8, indent=0)
y += 18

# table 2: debts as columns, metric in the row header (variations 1, 29, 33, 47, 5)
p.text(L, y, "表２　収納率の前年同月比較", 9.5)
y += 14
p.text(L, y, "（本年度：令和５年度２月末、前年度：令和４年度２月末　単位：％、ポイント）", 8)
y += 6
widths = [20, 88] + [64.5] * 6
heights = [28] + [19] * 6
r = grid(L, y, widths, heights)
p.cell(r(0, 0, 1, 2), "区分", fill=GREY)
for j, (k, nm, stacked, _) in enumerate(DEBTS):
    p.cell(r(0, 2 + j), stacked, 7.2, fill=GREY)
for gi, (seg, s, lab) in enumerate((("current", "cur", "現年度分"), ("arrears", "arr", "滞納繰越分"))):
    base = 1 + gi * 3
    p.cell(r(base, 0, 3, 1), lab, 7.5, vertical=True, fill=LIGHT)
    p.cell(r(base, 1), "収納率（本年度）", 7.2, align="l")
    p.cell(r(base + 1, 1), "収納率（前年度）", 7.2, align="l")
    p.cell(r(base + 2, 1), "増減", 7.2, align="l")
    for j, (k, nm, stacked, _) in enumerate(DEBTS):
        vn, vp = rt(D[k]["now"][s]), rt(D[k]["prev"][s])
        dr = nm
        p.cell(r(base, 2 + j), pc(n, vn, k, seg, debt_raw=dr, fy_raw="本年度"), align="r")
        p.cell(r(base + 1, 2 + j), pc(n, vp, k, seg, fy=PFY, fy_raw="前年度", as_of="prev", debt_raw=dr), align="r")
        p.cell(r(base + 2, 2 + j), pt(n, rnd(vn - vp, 2), k, seg, debt_raw=dr, fy_raw="本年度"), align="r")
y = r.ys[-1] + 12
p.para(L, y, 495, "※ 増減は本年度から前年度を差し引いたもの（▲は低下）。", size=8, indent=0)

# ============================== page 3 ==============================
p = Page(doc)
n = p.no
y = 60
y = p.heading(L, y, "４ 市税（現年課税分）の月別収納状況")
p.text(L, y, "表３　月別収納状況（累計収納率）", 9.5)
p.text(L, y, "（単位：％）", 8, align="r", w=495)
y += 6
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ENDS_NOW = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
            "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", None]
ENDS_PREV = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
             "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
M_NOW = [6.85, 21.34, 33.12, 45.87, 52.46, 60.18, 68.94, 74.52, dec_cur, 89.61, t_now, None]
M_PREV = [6.91, 20.88, 32.75, 45.12, 52.03, 59.87, 68.41, 74.30, 86.35, 89.27, t_prev, 97.45]
widths = [71] + [35.33] * 12
heights = [18, 20, 20, 20]
r = grid(L, y, widths, heights)
p.cell(r(0, 0), "区分", fill=GREY)
for j, m in enumerate(MONTHS):
    p.cell(r(0, 1 + j), m, 7, fill=GREY)
p.cell(r(1, 0), "令和５年度", 7.5)
p.cell(r(2, 0), "令和４年度", 7.5)
p.cell(r(3, 0), "増減", 7.5)
for j in range(12):
    vn, vp = M_NOW[j], M_PREV[j]
    if vn is not None:
        p.cell(r(1, 1 + j), pc(n, vn, "tax", "current", fy_raw="令和５年度", as_of=ENDS_NOW[j], debt_raw="市税"), 7, align="r")
    else:
        p.cell(r(1, 1 + j), "－", 7)
    p.cell(r(2, 1 + j), pc(n, vp, "tax", "current", fy=PFY, fy_raw="令和４年度", as_of=ENDS_PREV[j], debt_raw="市税"), 7, align="r")
    if vn is not None:
        p.cell(r(3, 1 + j), pt(n, rnd(vn - vp, 2), "tax", "current", fy_raw="令和５年度", as_of=ENDS_NOW[j], debt_raw="市税"), 7, align="r")
    else:
        p.cell(r(3, 1 + j), "－", 7)
y = r.ys[-1] + 12
y = p.para(L, y, 495, "※ 収納率は各月末時点の累計収入済額を当該年度の調定額で除したもの。令和５年度３月末は集計前のため「－」としている。",
           size=8, indent=0)
y += 20

# bar chart with data labels (variations 25, 16, 12)
p.text(L, y, "図１　市税 収入未済額の推移（各年度末）", 9.5)
p.text(L, y, "（単位：百万円）", 8, align="r", w=495)
y += 10
tax_est_out = E["tax"]["out"]
BARS = [("令和元年度", 2019, 648.7, "actual"), ("R2", 2020, 611.9, "actual"), ("R3", 2021, 583.0, "actual"),
        ("R4", 2022, rnd(tax["now"]["arr"][0] / 1e6, 1), "actual"),
        ("R5（見込）", 2023, rnd(tax_est_out / 1e6, 1), "estimate")]
cx0, cy0, cw, chh = L + 40, y + 20, 430, 200
p.line((cx0, cy0 + chh), (cx0 + cw, cy0 + chh), 0.8)
p.line((cx0, cy0), (cx0, cy0 + chh), 0.8)
vmax = 800
for t in range(0, 801, 200):
    yy = cy0 + chh - chh * t / vmax
    p.line((cx0 - 3, yy), (cx0, yy), 0.5)
    p.text(cx0 - 35, yy + 3, f"{t:,}", 7, align="r", w=30)
    if t:
        p.line((cx0, yy), (cx0 + cw, yy), 0.2, color=(0.7, 0.7, 0.7))
bw = 46
for i, (lab, fy, v, basis) in enumerate(BARS):
    bx = cx0 + 25 + i * 84
    bh = chh * v / vmax
    p.rect((bx, cy0 + chh - bh, bx + bw, cy0 + chh), fill=(0.45, 0.55, 0.7) if basis == "actual" else (0.8, 0.6, 0.35),
           stroke=None)
    s = f"{v:,.1f}"
    F(n, s, int(round(v * 1e6)), "yen", "outstanding", "tax", "total", basis=basis, fy=fy, fy_raw=lab, debt_raw="市税")
    p.text(bx - 10, cy0 + chh - bh - 4, s, 8, align="c", w=bw + 20)
    p.text(bx - 15, cy0 + chh + 13, lab, 7.5, align="c", w=bw + 30)
y = cy0 + chh + 34
y = p.para(L, y, 495, "※ 令和５年度は決算見込額。各年度の収入未済額は出納閉鎖後（５月末）の数値。", size=8, indent=0)
y += 12
man5 = int(rnd(tax_est_out / 1e6, 0))
dd5 = int(rnd((tax_est_out - tax["now"]["arr"][0]) / 1e6, 0))
s1 = f"約{man5 // 100}億{man5 % 100 * 100:,}万円"
s2 = f"約{abs(dd5) * 100:,}万円"
F(n, s1, man5 * 1_000_000, "yen", "outstanding", "tax", "total", basis="estimate", fy_raw="令和５年度末", approx=True, debt_raw="市税")
F(n, s2, dd5 * 1_000_000, "yen", "difference", "tax", "total", basis="estimate", fy_raw="令和５年度末", approx=True, debt_raw="市税")
p.para(L, y, 495, f"令和５年度末の市税の収入未済額は{s1}となる見込みであり、令和４年度末と比べ{s2}の減少を見込んでいる。"
       "収入未済額は４年連続で減少する見通しであるが、高額滞納案件の整理が課題となっている。")

# ============================== page 4 (landscape) ==============================
p = Page(doc, landscape=True)
n = p.no
L2 = 50
y = 50
y = p.heading(L2, y, "５ 年度末収納見込と目標")
p.text(L2, y, "表４　債権別 年度末収納見込（決算見込）", 9.5)
y += 6
widths = [112] + [46] * 6 + [84] * 4 + [46]
heights = [16, 16, 16] + [19] * 7
r = grid(L2, y, widths, heights)
p.cell(r(0, 0, 3, 1), "債権名", fill=GREY)
p.cell(r(0, 1, 1, 2), "令和４年度決算", fill=GREY)
p.cell(r(0, 3, 1, 2), "令和５年度目標", fill=GREY)
p.cell(r(0, 5, 1, 6), "令和５年度決算見込", fill=GREY)
p.cell(r(0, 11, 3, 1), "目標との\n差（現年）\n（ポイント）", 6.8, fill=GREY)
for c0 in (1, 3, 5):
    p.cell(r(1, c0, 1, 2), "収納率（％）", fill=GREY)
    p.cell(r(2, c0), "現年", fill=GREY)
    p.cell(r(2, c0 + 1), "滞繰", fill=GREY)
for j, m in enumerate(("調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）")):
    p.cell(r(1, 7 + j, 2, 1), m, fill=GREY)
tot = {"a": 0, "c": 0, "wo": 0, "out": 0}
for i, (k, nm, _, _) in enumerate(DEBTS):
    row = 3 + i
    p.cell(r(row, 0), nm, align="l")
    c_r4, a_r4 = R4RES[k]
    p.cell(r(row, 1), pc(n, c_r4, k, "current", basis="actual", fy=PFY, fy_raw="令和４年度決算"), align="r")
    p.cell(r(row, 2), pc(n, a_r4, k, "arrears", basis="actual", fy=PFY, fy_raw="令和４年度決算"), align="r")
    tc, ta = TARGET[k]
    p.cell(r(row, 3), pc(n, tc, k, "current", basis="target", fy_raw="令和５年度目標"), align="r")
    p.cell(r(row, 4), pc(n, ta, k, "arrears", basis="target", fy_raw="令和５年度目標"), align="r")
    ec, ea = rt(E[k]["cur"]), rt(E[k]["arr"])
    p.cell(r(row, 5), pc(n, ec, k, "current", basis="estimate", fy_raw="令和５年度決算見込"), align="r")
    p.cell(r(row, 6), pc(n, ea, k, "arrears", basis="estimate", fy_raw="令和５年度決算見込"), align="r")
    ka, kc, kw = kilo(E[k]["a"]), kilo(E[k]["c"]), kilo(E[k]["wo"])
    ko = ka - kc - kw
    for j, (v, met) in enumerate(((ka, "assessed"), (kc, "collected"), (kw, "written_off"), (ko, "outstanding"))):
        F(n, comma(v), v * 1000, "yen", met, k, "total", basis="estimate", fy_raw="令和５年度決算見込")
        p.cell(r(row, 7 + j), comma(v), align="r")
        tot[["a", "c", "wo", "out"][j]] += v
    dd = rnd(ec - tc, 2)
    p.cell(r(row, 11), pt(n, dd, k, "current", basis="estimate", fy_raw="令和５年度決算見込"), align="r")
row = 9
p.cell(r(row, 0), "計", fill=LIGHT)
for c0 in range(1, 7):
    p.cell(r(row, c0), "－", fill=LIGHT)
for j, key in enumerate(("a", "c", "wo", "out")):
    v = tot[key]
    F(n, comma(v), v * 1000, "yen", ["assessed", "collected", "written_off", "outstanding"][j], None, "total",
      basis="estimate", fy_raw="令和５年度決算見込", debt_raw="計")
    p.cell(r(row, 7 + j), comma(v), align="r", fill=LIGHT)
p.cell(r(row, 11), "－", fill=LIGHT)
y = r.ys[-1] + 12
y = p.para(L2, y, 742, "※ 決算見込は２月末までの収納実績に前年度の３月～５月の収納実績を加味して推計したもの。"
           "目標との差は、決算見込収納率（現年）から目標収納率（現年）を差し引いたもの（▲は目標未達見込）。", size=8, indent=0)
y += 14

# table 5: 市税 by tax item in 円 (variation 40: 円 table beside a 千円 table)
p.text(L2, y, "表５　市税 税目別収納状況（現年課税分・令和６年２月末現在）", 9.5)
y += 6
ITEMS = [("個人市民税", 3_412_345_600, 91.85, 91.52), ("法人市民税", 612_345_700, 97.62, 97.80),
         ("固定資産税", 3_398_765_400, None, 93.71), ("軽自動車税", 188_765_400, 92.31, 92.05),
         ("市たばこ税", None, 100.0, 100.0)]
ca_tax, cc_tax = tax["now"]["cur"]
rows5 = []
a_known = sum(a for _, a, _, _ in ITEMS if a)
for nm, a, rr, prv in ITEMS:
    if nm == "市たばこ税":
        a = ca_tax - a_known
        c = a
    elif rr is None:
        c = None
    else:
        c = int(round(a * rr / 100)) + 7
    rows5.append([nm, a, c, prv])
c_known = sum(x[2] for x in rows5 if x[2] is not None)
for x in rows5:
    if x[2] is None:
        x[2] = cc_tax - c_known
widths = [112, 120, 120, 80, 96, 80]
heights = [30] + [19] * 6
r = grid(L2, y, widths, heights)
for j, h in enumerate(("税目", "調定額（円）", "収入済額（円）", "収納率（％）", "前年同月\n収納率（％）", "差（ポイント）")):
    p.cell(r(0, j), h, fill=GREY)
for i, (nm, a, c, prv) in enumerate(rows5):
    row = 1 + i
    p.cell(r(row, 0), nm, align="l")
    kw = dict(debt_raw=nm, fy_raw="令和５年度")
    G.fact(n, comma(a), a, "yen", "assessed", debt=nm, debt_raw=nm, fy=FY, fy_raw="令和５年度", segment="current",
           basis="interim", as_of=ASOF)
    G.fact(n, comma(c), c, "yen", "collected", debt=nm, debt_raw=nm, fy=FY, fy_raw="令和５年度", segment="current",
           basis="interim", as_of=ASOF)
    v = rate(c, a)
    G.fact(n, f"{v:.2f}", v, "percent", "collection_rate", debt=nm, debt_raw=nm, fy=FY, fy_raw="令和５年度",
           segment="current", basis="interim", as_of=ASOF)
    G.fact(n, f"{prv:.2f}", prv, "percent", "collection_rate", debt=nm, debt_raw=nm, fy=PFY, fy_raw="前年同月",
           segment="current", basis="interim", as_of=PASOF)
    dv = rnd(v - prv, 2)
    G.fact(n, signed(dv, 2), dv, "points", "difference", debt=nm, debt_raw=nm, fy=FY, fy_raw="令和５年度",
           segment="current", basis="interim", as_of=ASOF)
    for j, s in enumerate((comma(a), comma(c), f"{v:.2f}", f"{prv:.2f}", signed(dv, 2))):
        p.cell(r(row, 1 + j), s, align="r")
row = 6
p.cell(r(row, 0), "合計", fill=LIGHT)
v = rate(cc_tax, ca_tax)
for j, (s, met, val) in enumerate(((comma(ca_tax), "assessed", ca_tax), (comma(cc_tax), "collected", cc_tax),
                                   (f"{v:.2f}", "collection_rate", v))):
    G.fact(n, s, val, "percent" if met == "collection_rate" else "yen", met, debt="市税", debt_raw="合計", fy=FY,
           fy_raw="令和５年度", segment="current", basis="interim", as_of=ASOF)
    p.cell(r(row, 1 + j), s, align="r", fill=LIGHT)
G.fact(n, f"{t_prev:.2f}", t_prev, "percent", "collection_rate", debt="市税", debt_raw="合計", fy=PFY, fy_raw="前年同月",
       segment="current", basis="interim", as_of=PASOF)
p.cell(r(row, 4), f"{t_prev:.2f}", align="r", fill=LIGHT)
dv = rnd(v - t_prev, 2)
G.fact(n, signed(dv, 2), dv, "points", "difference", debt="市税", debt_raw="合計", fy=FY, fy_raw="令和５年度",
       segment="current", basis="interim", as_of=ASOF)
p.cell(r(row, 5), signed(dv, 2), align="r", fill=LIGHT)

# ============================== page 5 (two columns) ==============================
p = Page(doc)
n = p.no
y = 60
y = p.heading(L, y, "６ 債権別の主な取組状況（２月末）")
colw, gap = 238, 19
XL, XR = L, L + colw + gap
p.line((L + colw + gap / 2, y - 6), (L + colw + gap / 2, 780), 0.4, color=(0.5, 0.5, 0.5))
SEC = "債権別の主な取組状況（２月末）"


def items(x, y, key, lst, dr=None):
    for text, status in lst:
        full = f"{text}【{status}】" if status else text
        G.init(n, text, debt=CANON[key], fy=FY, section=SEC, label="・", status=status, debt_raw=dr or NAME[key])
        p.text(x, y, "・", 9, "m")
        ls = p.lines(full, colw - 11, 9, "m")
        for ln in ls:
            p.text(x + 10, y, ln, 9, "m")
            y += 14.5
        y += 2
    return y


# left column: 市税, 国保
yl = y
yl = p.heading(XL, yl, "（１）市税", 10)
nd_now, nd_prev = 2315, 2463
s_a = f"{ta_now:.2f}％"
s_b = f"{rnd(ta_now - ta_prev, 2):.2f}ポイント"
s_c = f"{nd_now:,}人"
s_d = f"{nd_prev - nd_now:,}人"
F(n, s_a, ta_now, "percent", "collection_rate", "tax", "arrears")
F(n, s_b, rnd(ta_now - ta_prev, 2), "points", "difference", "tax", "arrears")
F(n, s_c, nd_now, "persons", "delinquents", "tax", "total")
F(n, s_d, nd_now - nd_prev, "persons", "difference", "tax", "total")
yl = p.para(XL, yl, colw, f"滞納繰越分の収納率は２月末で{s_a}となり、前年同月に比べ{s_b}改善した。"
            f"滞納者数は{s_c}で、前年同月から{s_d}減少している。差押件数は412件（前年同月387件）で、"
            "給与及び預貯金の差押えが全体の８割を占める。", size=9)
yl += 4
yl = items(XL, yl, "tax", [
    ("現年課税分の未納者に対し、督促状発送後２０日以内に電話催告を行い、早期の自主納付を促した。", "継続"),
    ("給与・預貯金を中心とした差押えを進め、滞納繰越分の圧縮に取り組んだ。", "継続"),
    ("スマートフォン決済アプリによる納付を１０月から開始した。", "新規"),
])
yl += 6
yl = p.heading(XL, yl, "（２）国民健康保険税", 10)
kh_now, kh_prev = 1042, 1097
s_e = f"{k_now:.2f}％"
s_f = f"{abs(rnd(k_now - k_prev, 2)):.2f}ポイント"
s_g = f"{kh_now:,}世帯"
F(n, s_e, k_now, "percent", "collection_rate", "kokuho", "current")
F(n, s_f, rnd(k_now - k_prev, 2), "points", "difference", "kokuho", "current")
F(n, s_g, kh_now, "households", "delinquents", "kokuho", "total")
F(n, f"{kh_prev:,}世帯", kh_prev, "households", "delinquents", "kokuho", "total", fy=PFY, fy_raw="前年同月", as_of="prev")
yl = p.para(XL, yl, colw, f"現年課税分の収納率は{s_e}で、前年同月を{s_f}下回っている。"
            f"滞納世帯数は{s_g}（前年同月{kh_prev:,}世帯）と減少したが、所得の低い世帯の割合が高まっている。", size=9)
yl += 4
yl = items(XL, yl, "kokuho", [
    ("資格喪失世帯に対する文書催告を毎月実施した。", "拡充"),
    ("納付相談の際に口座振替を勧奨し、振替不能者には翌月に再振替の案内を送付した。", "継続"),
])

yl += 6
yl = p.heading(XL, yl, "（３）介護保険料・後期高齢者医療保険料", 10)
kg_now, kg_prev = rt(D["kaigo"]["now"]["cur"]), rt(D["kaigo"]["prev"]["cur"])
kk_now, kk_prev = rt(D["kouki"]["now"]["cur"]), rt(D["kouki"]["prev"]["cur"])
s_h, s_i = f"{kg_now:.2f}％", f"{rnd(kg_now - kg_prev, 2):.2f}ポイント"
s_j, s_k = f"{kk_now:.2f}％", f"{abs(rnd(kk_now - kk_prev, 2)):.2f}ポイント"
F(n, s_h, kg_now, "percent", "collection_rate", "kaigo", "current")
F(n, s_i, rnd(kg_now - kg_prev, 2), "points", "difference", "kaigo", "current")
F(n, s_j, kk_now, "percent", "collection_rate", "kouki", "current")
F(n, s_k, rnd(kk_now - kk_prev, 2), "points", "difference", "kouki", "current")
yl = p.para(XL, yl, colw, f"介護保険料（現年度分）の収納率は{s_h}で前年同月比{s_i}上昇した。"
            f"後期高齢者医療保険料（現年度分）は{s_j}で、前年同月を{s_k}下回った。", size=9)
yl += 4
yl = items(XL, yl, "kaigo", [
    ("特別徴収から普通徴収への切替者に、納付方法の案内を個別に送付した。", "継続"),
])
yl = items(XL, yl, "kouki", [
    ("被保険者証の更新時に未納者への納付相談を実施した。", None),
])
# right column: 保育料・住宅, 全庁, 参考 box
yr = y
yr = p.heading(XR, yr, "（４）保育所保育料・市営住宅使用料", 10)
hh_now, hh_prev = rt(D["hoiku"]["now"]["cur"]), rt(D["hoiku"]["prev"]["cur"])
ju_arr_out = D["jutaku"]["now"]["arr"][0] - D["jutaku"]["now"]["arr"][1]
man_j = int(rnd(ju_arr_out / 1e4, 0))
s_l, s_m = f"{hh_now:.2f}％", f"{rnd(hh_now - hh_prev, 2):.2f}ポイント"
s_n = f"約{man_j:,}万円"
F(n, s_l, hh_now, "percent", "collection_rate", "hoiku", "current")
F(n, s_m, rnd(hh_now - hh_prev, 2), "points", "difference", "hoiku", "current")
F(n, s_n, man_j * 10_000, "yen", "outstanding", "jutaku", "arrears", approx=True)
yr = p.para(XR, yr, colw, f"保育所保育料（現年度分）の収納率は{s_l}で、前年同月比{s_m}上昇した。"
            f"市営住宅使用料は、滞納繰越分の収入未済額が{s_n}と依然として多額である。", size=9)
yr += 4
yr = items(XR, yr, "hoiku", [
    ("児童手当からの申出による徴収を進め、滞納の新規発生を抑制した。", "継続"),
])
yr = items(XR, yr, "jutaku", [
    ("長期滞納者（６か月以上）に対し、明渡し請求の予告通知を送付した。", "新規"),
])
yr += 6
yr = p.heading(XR, yr, "（５）全庁的な取組", 10)
all_now = sum(kilo(D[k]["now"]["arr"][1]) for k in D)
all_prev = sum(kilo(D[k]["prev"]["arr"][1]) for k in D)
s_o = f"{comma(all_now)}千円"
s_p = f"{comma(all_prev)}千円"
F(n, s_o, all_now * 1000, "yen", "collected", None, "arrears", debt_raw="市税等６債権")
F(n, s_p, all_prev * 1000, "yen", "collected", None, "arrears", fy=PFY, fy_raw="前年同月", as_of="prev", debt_raw="市税等６債権")
yr = p.para(XR, yr, colw, f"市税等６債権の滞納繰越分の収入済額は、２月末で{s_o}となり、前年同月の{s_p}を下回った。"
            "債権所管課の間で滞納者情報を共有し、重複滞納者への一体的な納付折衝を進めている。", size=9)
yr += 4
SEC_ALL = SEC


def items_all(x, y, lst):
    for text, status in lst:
        full = f"{text}【{status}】" if status else text
        G.init(n, text, debt=None, fy=FY, section=SEC_ALL, label="・", status=status)
        p.text(x, y, "・", 9, "m")
        for ln in p.lines(full, colw - 11, 9, "m"):
            p.text(x + 10, y, ln, 9, "m")
            y += 14.5
        y += 2
    return y


yr = items_all(XR, yr, [
    ("三豊市債権管理連絡会議を開催し、各債権の収納状況と課題を共有した（７月・１１月）。", "継続"),
    ("債権所管課の職員を対象に、滞納整理実務研修を実施した。", "継続"),
    ("市税と国民健康保険税の重複滞納者について、納付折衝の窓口を一本化した。", "拡充"),
])
yr += 8
# 【参考】 one-cell box (variation 9)
arr_k = kilo(tax["now"]["arr"][1])
box_lines = ["【参考】市税の滞納整理実績（２月末）", "・差押件数：412件", "・捜索実施件数：3件",
             f"・滞納繰越分収入済額：{comma(arr_k)}千円", f"・滞納繰越分調定額：{comma(kilo(tax['now']['arr'][0]))}千円"]
F(n, f"{comma(arr_k)}千円", arr_k * 1000, "yen", "collected", "tax", "arrears")
F(n, f"{comma(kilo(tax['now']['arr'][0]))}千円", kilo(tax['now']['arr'][0]) * 1000, "yen", "assessed", "tax", "arrears")
bh = 14 * len(box_lines) + 10
p.rect((XR, yr, XR + colw, yr + bh), width=0.8)
yy = yr + 15
for ln in box_lines:
    p.text(XR + 8, yy, ln, 8.8, "g" if ln.startswith("【") else "m")
    yy += 14
assert max(yl, yr + bh) < 790, (yl, yr + bh)

# ============================== page 6 ==============================
p = Page(doc)
n = p.no
y = 60
y = p.heading(L, y, "７ 地区別収納状況（市税・現年課税分）")
p.text(L, y, "表６　地区別収納状況（令和６年２月末現在）", 9.5)
y += 6
AREAS = [("高瀬町", 0.228, 93.81, 93.35), ("山本町", 0.108, 93.05, 92.88), ("三野町", 0.112, 92.64, 92.71),
         ("豊中町", 0.175, 93.96, 93.40), ("詫間町", 0.214, 93.22, 92.97), ("仁尾町", 0.099, 92.87, 92.31),
         ("財田町", 0.064, 93.48, 93.12)]
ka_tot, kc_tot = kilo(ca_tax), kilo(cc_tax)
arows = []
acc_a = acc_c = 0
for i, (nm, w, rr, prv) in enumerate(AREAS):
    if i < len(AREAS) - 1:
        a = int(round(ka_tot * w))
        c = int(round(a * rr / 100))
    else:
        a = ka_tot - acc_a
        c = kc_tot - acc_c
    acc_a += a
    acc_c += c
    arows.append((nm, a, c, prv))
widths = [95, 110, 110, 110, 70]
heights = [30] + [20] * 8
r = grid(L, y, widths, heights)
hdr = ("地区※1", "調定額（千円）", "収入済額（千円）", "収納率（％）\n本年度（前年同月）", "差\n（ポイント）")
for j, h in enumerate(hdr):
    p.cell(r(0, j), h, 7.5, fill=(0.75, 0.8, 0.88), border=False)
for i, (nm, a, c, prv) in enumerate(arows):
    row = 1 + i
    fill = ZEB if i % 2 else None
    for j in range(5):
        p.cell(r(row, j), None, fill=fill, border=False)
    v = rate(c, a)
    kw = dict(area=nm, fy_raw="令和５年度")
    p.cell(r(row, 0), nm, 7.5, border=False)
    p.cell(r(row, 1), yen_k(n, a * 1000, "assessed", "tax", "current", **kw), border=False, align="r")
    p.cell(r(row, 2), yen_k(n, c * 1000, "collected", "tax", "current", **kw), border=False, align="r")
    F(n, f"{v:.2f}", v, "percent", "collection_rate", "tax", "current", **kw)
    F(n, f"{prv:.2f}", prv, "percent", "collection_rate", "tax", "current", fy=PFY, fy_raw="前年同月", as_of="prev", area=nm)
    p.cell(r(row, 3), f"{v:.2f}（{prv:.2f}）", border=False, align="r")
    p.cell(r(row, 4), pt(n, rnd(v - prv, 2), "tax", "current", **kw), border=False, align="r")
row = 8
p.line((L, r.ys[row]), (L + sum(widths), r.ys[row]), 0.8)
p.line((L, r.ys[row + 1]), (L + sum(widths), r.ys[row + 1]), 0.8)
v = rate(kc_tot, ka_tot)
p.cell(r(row, 0), "計", 7.5, border=False)
F(n, comma(ka_tot), ka_tot * 1000, "yen", "assessed", "tax", "current", debt_raw="計")
F(n, comma(kc_tot), kc_tot * 1000, "yen", "collected", "tax", "current", debt_raw="計")
F(n, f"{v:.2f}", v, "percent", "collection_rate", "tax", "current", debt_raw="計")
F(n, f"{t_prev:.2f}", t_prev, "percent", "collection_rate", "tax", "current", fy=PFY, fy_raw="前年同月", as_of="prev", debt_raw="計")
p.cell(r(row, 1), comma(ka_tot), border=False, align="r")
p.cell(r(row, 2), comma(kc_tot), border=False, align="r")
p.cell(r(row, 3), f"{v:.2f}（{t_prev:.2f}）※2", border=False, align="r")
p.cell(r(row, 4), pt(n, rnd(v - t_prev, 2), "tax", "current", debt_raw="計"), border=False, align="r")
y = r.ys[-1] + 12
tot_a_tax, tot_c_tax = tax["now"]["tot"]
s_fa = f"{comma(kilo(tot_a_tax))}千円"
s_fr = f"{rate(tot_c_tax, tot_a_tax):.2f}％"
F(n, s_fa, kilo(tot_a_tax) * 1000, "yen", "assessed", "tax", "total")
F(n, s_fr, rate(tot_c_tax, tot_a_tax), "percent", "collection_rate", "tax", "total")
y = p.para(L, y, 495, "※1 地区は納税義務者の住所地による区分であり、市外居住者分は住所地のあった地区に含めている。", size=8, indent=0)
y = p.para(L, y, 495, f"※2 滞納繰越分を含めた市税全体では、調定額{s_fa}、収納率{s_fr}である。", size=8, indent=0)
y += 16

# stacked cells: amount over rate (variation 28)
y = p.heading(L, y, "８ 滞納繰越分の状況")
p.text(L, y, "表７　債権別 滞納繰越分の収入済額及び収納率（各年度２月末）", 9.5)
y += 13
p.text(L, y, "上段：収入済額（千円）　下段：収納率（％）", 8)
y += 5
widths = [125, 115, 115, 140]
heights = [18] + [27] * 6
r = grid(L, y, widths, heights)
for j, h in enumerate(("債権名", "令和４年度２月末", "令和５年度２月末", "増減（千円／ポイント）")):
    p.cell(r(0, j), h, 7.5, fill=GREY)
for i, (k, nm, _, _) in enumerate(DEBTS):
    row = 1 + i
    p.cell(r(row, 0), nm, 7.5, align="l")
    (pa, pcl), (na, ncl) = D[k]["prev"]["arr"], D[k]["now"]["arr"]
    kp, kn = kilo(pcl), kilo(ncl)
    rp, rn = rate(pcl, pa), rate(ncl, na)
    F(n, comma(kp), kp * 1000, "yen", "collected", k, "arrears", fy=PFY, fy_raw="令和４年度２月末", as_of="prev")
    F(n, f"{rp:.2f}", rp, "percent", "collection_rate", k, "arrears", fy=PFY, fy_raw="令和４年度２月末", as_of="prev")
    F(n, comma(kn), kn * 1000, "yen", "collected", k, "arrears", fy_raw="令和５年度２月末")
    F(n, f"{rn:.2f}", rn, "percent", "collection_rate", k, "arrears", fy_raw="令和５年度２月末")
    dk = kn - kp
    dr = rnd(rn - rp, 2)
    sk = signed(dk, 0) if dk < 0 else f"{dk:,}"
    F(n, sk, dk * 1000, "yen", "difference", k, "arrears", fy_raw="令和５年度２月末")
    F(n, signed(dr, 2), dr, "points", "difference", k, "arrears", fy_raw="令和５年度２月末")
    p.cell(r(row, 1), f"{comma(kp)}\n{rp:.2f}", 7.5, align="r")
    p.cell(r(row, 2), f"{comma(kn)}\n{rn:.2f}", 7.5, align="r")
    p.cell(r(row, 3), f"{sk}\n{signed(dr, 2)}", 7.5, align="r")
y = r.ys[-1] + 22

# items under a plain title (variation 14)
y = p.heading(L, y, "９ 年度末に向けた取組")
SEC2 = "年度末に向けた取組"
ITEMS9 = [
    ("(1)", "出納閉鎖に向けた集中催告", "３月から５月にかけて、税務課と債権所管課が合同で電話催告及び文書催告を集中的に実施する。", "継続"),
    ("(2)", "高額滞納案件の進行管理", "滞納額１００万円以上の案件を一覧で管理し、差押財産の換価を計画的に進める。", "拡充"),
    ("(3)", "香川県滞納整理推進機構への引継ぎ", "処理困難な市税滞納案件を選定し、機構への引継ぎと共同での滞納整理を行う。", "継続"),
    ("(4)", "Web口座振替受付サービスの導入準備", "令和６年度当初からの受付開始に向け、金融機関との調整及び市民周知を進める。", "新規"),
]
for lab, head, body, status in ITEMS9:
    G.init(n, head + body, debt=None, fy=FY, section=SEC2, label=lab, status=status)
    p.text(L, y, lab, 9.5, "g")
    p.text(L + 22, y, head, 9.5, "g")
    y += 15
    if lab == "(4)":
        y = p.para(L + 22, y, 473, body, size=9, indent=0)
        p.text(L + 22, y, f"【{status}】", 9, "m")
        y += 15
    else:
        y = p.para(L + 22, y, 473, body + f"【{status}】", size=9, indent=0)
    y += 2
assert y < 800, y

out = PDF_DIR / f"{STEM}.pdf"
finish(doc, out)
G.write(out)
check(STEM)
