"""名取市 令和５年度第３回債権管理対策会議 資料 (committee_material), drawn with PyMuPDF.

python3 build/pr_natori_committee_1.py   (from corpus/dev62)
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fitz  # noqa: E402

from pr_common import PDF_DIR, Gold, check, comma, fnum, rate, tri, zen  # noqa: E402
from pr_draw import Pg, tlen  # noqa: E402

STEM = "pr_natori_committee_1"
G = Gold(STEM, "committee_material", "committee", "名取市", "令和５年度第３回名取市債権管理対策会議 資料",
         "2024-03-22", "令和６年３月２２日")

GREY = (0.86, 0.86, 0.86)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.85, 0.91, 0.97)

# ----------------------------------------------------------------------------- data (千円)
# key: canonical, abbreviation, full printed name, 所管課
DEBTS = {
    "zei": ("市税", "市税", "市税", "収納課"),
    "kokuho": ("国民健康保険料", "国保税", "国民健康保険税", "国保年金課"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "介護長寿課"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "国保年金課"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", "こども支援課"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "建築住宅課"),
    "gesui": ("下水道使用料", "下水道料", "下水道使用料", "下水道課"),
}
# 2020 current assessed, yearly growth, current rates 2020-22, arrears collection and write-off ratios,
# arrears assessed 2020
PARAM = {
    "zei": (10398214, 1.012, [98.71, 98.86, 99.03], [.238, .252, .266], [.058, .052, .051], 512306),
    "kokuho": (1912408, 0.985, [93.62, 94.08, 94.45], [.182, .191, .198], [.081, .076, .074], 468215),
    "kaigo": (1318602, 1.018, [98.82, 98.91, 99.03], [.176, .188, .197], [.172, .168, .171], 42118),
    "kouki": (578114, 1.029, [99.41, 99.52, 99.56], [.354, .372, .391], [.114, .105, .112], 6702),
    "hoiku": (231506, 0.93, [98.12, 98.30, 98.41], [.118, .121, .126], [.061, .058, .062], 44803),
    "jutaku": (144880, 0.99, [96.54, 96.78, 96.91], [.091, .096, .099], [.012, .015, .016], 66309),
    "gesui": (1458216, 1.008, [99.12, 99.21, 99.28], [.488, .502, .517], [.043, .041, .044], 41915),
}
def jit(v, salt=0):
    """Deterministic small jitter (about ±0.6 %) so that rates do not come out as round ratios."""
    return v * (1 + (((v * 7919 + salt * 104729) % 113) - 56) / 9000)


ACT = {}          # (key, year) -> dict(cA, cC, aA, aC, W)
NEXT_CA = {}
for k, (cA, g, cr, ar, wr, aA) in PARAM.items():
    for i, y in enumerate((2020, 2021, 2022)):
        cC = round(cA * cr[i] / 100)
        aC = round(jit(aA * ar[i], i))
        W = round(jit(aA * wr[i], i + 5))
        ACT[k, y] = dict(cA=cA, cC=cC, aA=aA, aC=aC, W=W)
        aA = (cA - cC) + (aA - aC - W)
        cA = round(cA * g)
    NEXT_CA[k] = cA


def out_total(k, y):
    d = ACT[k, y]
    return d["cA"] - d["cC"] + d["aA"] - d["aC"] - d["W"]


def out_cur(k, y):
    d = ACT[k, y]
    return d["cA"] - d["cC"]


def out_arr(k, y):
    d = ACT[k, y]
    return d["aA"] - d["aC"] - d["W"]


def r_cur(k, y):
    d = ACT[k, y]
    return rate(d["cC"], d["cA"])


def r_arr(k, y):
    d = ACT[k, y]
    return rate(d["aC"], d["aA"])


def r_tot(k, y):
    d = ACT[k, y]
    return rate(d["cC"] + d["aC"], d["cA"] + d["aA"])


# monthly cumulative (市税 現年): assessed share of annual and collection rate per month end
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
A_SHARE = [0.612, 0.655, 0.984, 0.988, 0.990, 0.992, 0.993, 0.994, 0.995, 0.996, 0.997, 0.999]
R_PREV = [13.21, 33.08, 40.52, 48.94, 56.17, 62.83, 69.51, 75.12, 82.04, 86.31, 92.05, 95.41]
R_THIS = [13.48, 33.62, 40.87, 49.35, 56.80, 62.71, 70.02, 75.79, 82.63, 86.88, 92.38]


def month_end(fy, i):
    m = (4 + i - 1) % 12 + 1
    y = fy if m >= 4 else fy + 1
    d = {2: 29 if y % 4 == 0 else 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(m, 31)
    return date(y, m, d).isoformat()


MONTHLY = {}      # (fy, i) -> (A, C)
for fy, rates, base in ((2022, R_PREV, ACT["zei", 2022]["cA"]), (2023, R_THIS, NEXT_CA["zei"])):
    for i, r in enumerate(rates):
        A = round(base * A_SHARE[i])
        MONTHLY[fy, i] = (A, round(A * r / 100))

# interim 2月末: current share collected by then, arrears share collected by then
FEB = {  # key: (cur rate FY2022, cur rate FY2023, arr ratio FY2022, arr ratio FY2023)
    "kokuho": (80.12, 80.74, .162, .171),
    "kaigo": (90.35, 90.61, .158, .166),
    "kouki": (88.41, 88.97, .318, .334),
    "hoiku": (89.62, 90.08, .101, .109),
    "jutaku": (88.74, 88.52, .078, .083),
    "gesui": (87.93, 88.24, .421, .436),
}
ZEI_ARR_FEB = (.221, .241)
INTERIM = {}      # (key, fy) -> dict cA cC aA aC
for k in DEBTS:
    for j, fy in enumerate((2022, 2023)):
        aA = ACT[k, 2022]["aA"] if fy == 2022 else out_total(k, 2022)
        if k == "zei":
            cA, cC = MONTHLY[fy, 10]
            aC = round(jit(aA * ZEI_ARR_FEB[j], j))
        else:
            base = ACT[k, 2022]["cA"] if fy == 2022 else NEXT_CA[k]
            cA = round(base * 0.997)
            cC = round(cA * FEB[k][j] / 100)
            aC = round(jit(aA * FEB[k][2 + j], j + 2))
        INTERIM[k, fy] = dict(cA=cA, cC=cC, aA=aA, aC=aC)
FEB23, FEB24 = "2023-02-28", "2024-02-29"

# ----------------------------------------------------------------------------- helpers
doc = fitz.open()
pages = []


def newpage(w=595, h=842):
    p = Pg(doc, w, h)
    pages.append(p)
    return p, len(pages)


def header(p, tag, title, pno, size=13):
    p.rect(p.w - 50 - 62, 30, p.w - 50, 50, width=0.8)
    p.text(p.w - 50 - 62, 44.5, tag, 10, "g", align="c", width=62)
    p.text(50, 78, title, size, "g")
    p.line(50, 84, p.w - 50, 84, 1.0)
    p.text(0, p.h - 22, f"－{zen(pno)}－", 9, "m", align="c", width=p.w)


def d_of(k):
    return DEBTS[k][0]


# ============================================================================= page 1 次第
p, n = newpage()
p.text(0, 100, "令和５年度　第３回名取市債権管理対策会議", 15, "g", align="c", width=595)
p.text(0, 130, "次　　　第", 15, "g", align="c", width=595)
p.text(80, 175, "日　時　　令和６年３月２２日（金）　午後２時００分から", 11, "m")
p.text(80, 197, "場　所　　名取市役所　４階　第４０１会議室", 11, "m")
y = 240
for s, ind in (("１　開　　会", 0), ("２　会長あいさつ", 0), ("３　報告事項", 0),
               ("（１）令和５年度主要債権の収納状況について（令和６年２月末現在）　【資料１】", 14),
               ("（２）債権別取組個票について　【資料２】", 14), ("４　協議事項", 0),
               ("（１）令和６年度の債権管理の取組方針について", 14), ("５　そ の 他", 0), ("６　閉　　会", 0)):
    p.text(80 + ind, y, s, 11, "m")
    y += 25
y += 10
p.text(80, y, "【配付資料】", 11, "g")
y += 8
toc = [("資料１", "主要債権の収納状況（概要）", "２"), ("資料１－２", "主要債権別の収納状況（令和６年２月末現在）", "３"),
       ("資料１－３", "市税の月別収納状況・地区別滞納状況", "４"), ("資料２", "取組個票（市税・国民健康保険税・介護保険料・市営住宅使用料）", "５"),
       ("参考資料", "債権一覧（令和４年度決算）", "８")]
for a, b, c in toc:
    y += 20
    p.text(95, y, a, 10, "m")
    p.text(165, y, b, 10, "m")
    dots = "…" * int((470 - 165 - tlen(b, 10, "m")) / 10)
    p.text(165 + tlen(b, 10, "m") + 2, y, dots, 10, "m")
    p.text(480, y, c + "頁", 10, "m")
y += 35
p.text(80, y, "名取市債権管理対策会議　委員名簿", 11, "g")
rows = [("会　長", "副市長"), ("副会長", "総務部長"), ("委　員", "市民部長"), ("委　員", "健康福祉部長"),
        ("委　員", "こども部長"), ("委　員", "建設部長"), ("委　員", "上下水道部長"), ("委　員", "教育部長"),
        ("事務局", "総務部収納課")]
cells = [{"r": 0, "c": 0, "t": "区　分", "fill": GREY}, {"r": 0, "c": 1, "t": "職　名", "fill": GREY}]
for i, (a, b) in enumerate(rows):
    cells += [{"r": i + 1, "c": 0, "t": a}, {"r": i + 1, "c": 1, "t": b, "al": "l"}]
p.table(120, y + 10, [90, 230], 19, cells, size=10, font="m")

# ============================================================================= page 2 概要
p, n = newpage()
header(p, "資料１", "１　主要債権の収納状況（概要）", n)
i_feb = INTERIM["zei", 2023]
i_feb0 = INTERIM["zei", 2022]
zr = rate(i_feb["cC"] + i_feb["aC"], i_feb["cA"] + i_feb["aA"])
zr0 = rate(i_feb0["cC"] + i_feb0["aC"], i_feb0["cA"] + i_feb0["aA"])
out22 = sum(out_total(k, 2022) for k in DEBTS)
out21 = sum(out_total(k, 2021) for k in DEBTS)
PERSONS, PERSONS_PREV = 3412, 3540
panels = [
    ("市税　収納率（合計）", "令和６年２月末現在", f"{fnum(zr)}％", f"前年同月比　＋{fnum(zr - zr0)}ポイント"),
    ("主要７債権　収入未済額", "令和４年度決算", f"約{out22 / 1e5:.1f}億円", f"前年度比　約{(out21 - out22) / 1e5:.1f}億円減"),
    ("市税　滞納者数", "令和６年２月末現在", f"{comma(PERSONS)}人", f"前年同月比　△{PERSONS_PREV - PERSONS}人"),
]
x = 50
for i, (lab, yr, big, sub) in enumerate(panels):
    p.rect(x, 100, x + 157, 188, fill=BLUE, stroke=(0.2, 0.35, 0.6), width=1.0)
    p.text(x, 117, lab, 10, "g", align="c", width=157)
    p.text(x, 132, yr, 8.5, "g", align="c", width=157, color=(0.25, 0.25, 0.25))
    p.text(x, 160, big, 19, "g", align="c", width=157, color=(0.05, 0.15, 0.45))
    p.text(x, 178, sub, 8.5, "g", align="c", width=157)
    x += 169
G.fact(2, panels[0][2], zr, "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末",
       basis="interim", as_of=FEB24)
G.fact(2, f"＋{fnum(zr - zr0)}ポイント", round(zr - zr0, 2), "difference", debt="市税", debt_raw="市税", fy=2023,
       fy_raw="令和６年２月末", basis="interim", as_of=FEB24, unit="points")
G.fact(2, panels[1][2], int(round(out22 / 1e4)) * 10**7, "outstanding", fy=2022, fy_raw="令和４年度決算", approx=True)
G.fact(2, f"約{(out21 - out22) / 1e5:.1f}億円減", -int(round((out21 - out22) / 1e4)) * 10**7, "difference", fy=2022,
       fy_raw="令和４年度決算", approx=True)
G.fact(2, panels[2][2], PERSONS, "delinquents", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末",
       basis="interim", as_of=FEB24, unit="persons")
G.fact(2, f"△{PERSONS_PREV - PERSONS}人", -(PERSONS_PREV - PERSONS), "difference", debt="市税", debt_raw="市税",
       fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=FEB24, unit="persons")

# 【収納率】 heading with segment bullets
y = 214
p.text(50, y, "【収納率】令和６年２月末時点（市税）", 11, "g")
segs = [("現年分", i_feb["cC"], i_feb["cA"], "current"), ("滞繰分", i_feb["aC"], i_feb["aA"], "arrears")]
y += 20
for lab, c, a, seg in segs:
    r = rate(c, a)
    raw = f"{fnum(r)}％"
    p.text(70, y, f"・{lab}　{raw}", 10.5, "m")
    G.fact(2, raw, r, "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末",
           segment=seg, basis="interim", as_of=FEB24)
    y += 18

# prose
y += 8
p.text(50, y, "（１）収入未済額の状況", 11, "g")
y += 20
kr22, kr21 = r_tot("kokuho", 2022), r_tot("kokuho", 2021)
def oku(v):   # 千円 (a multiple of 1,000) -> 10億1,500万円
    return (f"{v // 100000}億{(v % 100000) // 10:,}万円" if v >= 100000 else f"{v // 10:,}万円")


o22r = round(out22 / 1000) * 1000
d21 = round((out21 - out22) / 1000) * 1000
base18 = 1248700
b18r = round(base18 / 1000) * 1000
d18 = round((base18 - out22) / 1000) * 1000
raw_o22, raw_d21, raw_18, raw_d18 = (f"約{oku(o22r)}", f"約{oku(d21)}", f"約{oku(b18r)}", f"約{oku(d18)}")
txt = (f"令和４年度決算における主要７債権の収入未済額は{raw_o22}で、前年度から{raw_d21}減少した。"
       f"平成30年度（2018年度）の{raw_18}と比べると{raw_d18}の減少となっており、現年度分の早期納付勧奨と"
       f"滞納繰越分の整理が着実に進んでいる。")
y = p.para(50, y, 495, txt, 10.5, "m", indent=10.5)
G.fact(2, raw_o22, o22r * 1000, "outstanding", fy=2022, fy_raw="令和４年度", approx=True)
G.fact(2, raw_d21, -d21 * 1000, "difference", fy=2022, fy_raw="令和４年度", approx=True)
G.fact(2, raw_18, b18r * 1000, "outstanding", fy=2018, fy_raw="平成30年度（2018年度）", approx=True)
G.fact(2, raw_d18, -d18 * 1000, "difference_from_peak", fy=2022, fy_raw="令和４年度", approx=True)
raw_k = f"{fnum(kr22)}％"
raw_kd = f"{fnum(kr22 - kr21)}ポイント"
txt = (f"国民健康保険税の令和４年度の収納率（合計）は{raw_k}で、前年度比{raw_kd}改善したものの、"
       f"主要債権の中で収入未済額が最も大きい状況が続いている。")
y = p.para(50, y + 2, 495, txt, 10.5, "m", indent=10.5)
G.fact(2, raw_k, kr22, "collection_rate", debt="国民健康保険料", debt_raw="国民健康保険税", fy=2022, fy_raw="令和４年度")
G.fact(2, raw_kd, round(kr22 - kr21, 2), "difference", debt="国民健康保険料", debt_raw="国民健康保険税", fy=2022,
       fy_raw="令和４年度", unit="points")

# bar chart
y += 6
p.text(50, y + 4, "主要７債権の収入未済額の推移（決算）", 10.5, "g")
p.text(400, y + 4, "（単位：百万円）", 9, "g", align="r", width=145)
chart = [("H30", 2018, 1248.7), ("R1", 2019, 1203.5)] + [
    (f"R{y_ - 2018}", y_, round(sum(out_total(k, y_) for k in DEBTS) / 1000, 1)) for y_ in (2020, 2021, 2022)]
cx0, cy0, cw, ch = 80, y + 18, 430, 150
base_y = cy0 + ch
p.line(cx0, base_y, cx0 + cw, base_y, 0.8)
for gv in (400, 800, 1200):
    gy = base_y - ch * gv / 1400
    p.line(cx0, gy, cx0 + cw, gy, 0.3, (0.7, 0.7, 0.7))
    p.text(cx0 - 32, gy + 3, f"{gv:,}", 7.5, "g", align="r", width=28)
bw = 46
for i, (lab, fy, v) in enumerate(chart):
    bx = cx0 + 28 + i * 84
    top = base_y - ch * v / 1400
    p.rect(bx, top, bx + bw, base_y, fill=(0.36, 0.55, 0.78), stroke=None, width=0)
    raw = f"{v:,.1f}"
    p.text(bx - 10, top - 4, raw, 8.5, "g", align="c", width=bw + 20)
    p.text(bx - 10, base_y + 12, lab, 9, "g", align="c", width=bw + 20)
    G.fact(2, raw, int(round(v * 10)) * 100000, "outstanding", fy=fy, fy_raw=lab)
y = base_y + 26

# 【参考】 box
tA = sum(ACT[k, 2022]["cA"] + ACT[k, 2022]["aA"] for k in DEBTS)
tC = sum(ACT[k, 2022]["cC"] + ACT[k, 2022]["aC"] for k in DEBTS)
tW = sum(ACT[k, 2022]["W"] for k in DEBTS)
p.rect(50, y, 545, y + 86, width=0.8)
p.text(60, y + 16, "【参考】令和４年度決算（主要７債権の合計）", 10, "g")
items = [("調定額", tA, "assessed"), ("収入済額", tC, "collected"), ("不納欠損額", tW, "written_off"),
         ("収入未済額", out22, "outstanding")]
for i, (lab, v, met) in enumerate(items):
    xx = 70 + (i % 2) * 230
    yy = y + 38 + (i // 2) * 20
    raw = f"{comma(v)}千円"
    p.text(xx, yy, f"・{lab}：{raw}", 10, "m")
    G.fact(2, raw, v * 1000, met, fy=2022, fy_raw="令和４年度")
p.text(70, y + 78, f"・収納率：{fnum(rate(tC, tA))}％", 10, "m")
G.fact(2, f"{fnum(rate(tC, tA))}％", rate(tC, tA), "collection_rate", fy=2022, fy_raw="令和４年度")

# ============================================================================= page 3 landscape summary
p, n = newpage(842, 595)
header(p, "資料１－２", "２　主要債権の収納状況（令和６年２月末現在）", n)
p.text(842 - 50 - 150, 100, "（単位：千円、％）", 9, "g", align="r", width=150)
colw = [70] + [72, 72, 88] * 3
cells = [{"r": 0, "c": 0, "rs": 2, "t": "債権名", "fill": GREY}]
for j, lab in enumerate(("現年度分", "滞納繰越分", "計")):
    cells.append({"r": 0, "c": 1 + 3 * j, "cs": 3, "t": lab, "fill": GREY})
    for m, sub in enumerate(("調定額", "収入済額", "収納率（前年同月）")):
        cells.append({"r": 1, "c": 1 + 3 * j + m, "t": sub, "fill": GREY, "size": 8})
r = 2
tot = {fy: dict(cA=0, cC=0, aA=0, aC=0) for fy in (2022, 2023)}
for k, (canon, abbr, full, dept) in DEBTS.items():
    name = abbr + ("※1" if k == "gesui" else "")
    cells.append({"r": r, "c": 0, "t": name, "al": "l"})
    cur, prev = INTERIM[k, 2023], INTERIM[k, 2022]
    for fy in (2022, 2023):
        for kk in tot[fy]:
            tot[fy][kk] += INTERIM[k, fy][kk]
    vals = [(cur["cA"], cur["cC"], prev["cA"], prev["cC"], "current"),
            (cur["aA"], cur["aC"], prev["aA"], prev["aC"], "arrears"),
            (cur["cA"] + cur["aA"], cur["cC"] + cur["aC"], prev["cA"] + prev["aA"], prev["cC"] + prev["aC"], "total")]
    for j, (A, C, A0, C0, seg) in enumerate(vals):
        kw = dict(debt=canon, debt_raw=abbr, fy=2023, fy_raw="令和６年２月末", segment=seg, basis="interim", as_of=FEB24)
        r1, r0 = rate(C, A), rate(C0, A0)
        cells.append({"r": r, "c": 1 + 3 * j, "t": G.fact(n, comma(A), A * 1000, "assessed", **kw), "al": "r"})
        cells.append({"r": r, "c": 2 + 3 * j, "t": G.fact(n, comma(C), C * 1000, "collected", **kw), "al": "r"})
        G.fact(n, fnum(r1), r1, "collection_rate", **kw)
        G.fact(n, f"（{fnum(r0)}）", r0, "collection_rate", debt=canon, debt_raw=abbr, fy=2022, fy_raw="前年同月",
               segment=seg, basis="interim", as_of=FEB23)
        cells.append({"r": r, "c": 3 + 3 * j, "t": f"{fnum(r1)}（{fnum(r0)}）", "al": "r"})
    r += 1
cells.append({"r": r, "c": 0, "t": "合　計", "fill": LIGHT})
cur, prev = tot[2023], tot[2022]
vals = [(cur["cA"], cur["cC"], prev["cA"], prev["cC"], "current"),
        (cur["aA"], cur["aC"], prev["aA"], prev["aC"], "arrears"),
        (cur["cA"] + cur["aA"], cur["cC"] + cur["aC"], prev["cA"] + prev["aA"], prev["cC"] + prev["aC"], "total")]
for j, (A, C, A0, C0, seg) in enumerate(vals):
    kw = dict(debt=None, debt_raw="合計", fy=2023, fy_raw="令和６年２月末", segment=seg, basis="interim", as_of=FEB24)
    r1, r0 = rate(C, A), rate(C0, A0)
    cells.append({"r": r, "c": 1 + 3 * j, "t": G.fact(n, comma(A), A * 1000, "assessed", **kw), "al": "r", "fill": LIGHT})
    cells.append({"r": r, "c": 2 + 3 * j, "t": G.fact(n, comma(C), C * 1000, "collected", **kw), "al": "r", "fill": LIGHT})
    G.fact(n, fnum(r1), r1, "collection_rate", **kw)
    G.fact(n, f"（{fnum(r0)}）", r0, "collection_rate", debt=None, debt_raw="合計", fy=2022, fy_raw="前年同月",
           segment=seg, basis="interim", as_of=FEB23)
    cells.append({"r": r, "c": 3 + 3 * j, "t": f"{fnum(r1)}（{fnum(r0)}）", "al": "r", "fill": LIGHT})
TOT_RATE, TOT_RATE0 = rate(vals[2][1], vals[2][0]), rate(vals[2][3], vals[2][2])
yb, _, _ = p.table(38, 108, colw, [22, 26] + [25] * (r - 1), cells, size=9)
y = yb + 18
for s in ("（注１）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
          "住宅使用料＝市営住宅使用料、下水道料＝下水道使用料",
          "（注２）収納率欄の（　）内は、前年同月（令和５年２月末）の収納率である。"):
    y = p.para(50, y, 742, s, 9, "m", hang=36, lead=1.5)
SHU = 3412
raw = f"{comma(SHU)}千円"
y = p.para(50, y, 742, f"※1　下水道料には農業集落排水使用料を含む（農業集落排水使用料の２月末現在の収入未済額 {raw}）。", 9, "m",
           hang=24, lead=1.5)
G.fact(n, raw, SHU * 1000, "outstanding", debt="農業集落排水使用料", debt_raw="農業集落排水使用料", fy=2023,
       fy_raw="令和６年２月末", basis="interim", as_of=FEB24)
y += 14
raw1, raw2 = f"{fnum(TOT_RATE)}％", f"{fnum(TOT_RATE - TOT_RATE0)}ポイント"
txt = (f"主要７債権合計の２月末現在の収納率は{raw1}で、前年同月を{raw2}上回っている。"
       "滞納繰越分は各債権とも前年同月を上回っており、年度末に向けて引き続き納付折衝と滞納処分を進める。")
p.rect(50, y - 4, 792, y + 40, width=0.6)
p.para(60, y + 12, 722, "【所見】" + txt, 10, "m", lead=1.6)
G.fact(n, raw1, TOT_RATE, "collection_rate", fy=2023, fy_raw="２月末", basis="interim", as_of=FEB24)
G.fact(n, raw2, round(TOT_RATE - TOT_RATE0, 2), "difference", fy=2023, fy_raw="２月末", basis="interim",
       as_of=FEB24, unit="points")

# ============================================================================= page 4 monthly + districts
p, n = newpage()
header(p, "資料１－３", "３　市税の月別収納状況及び地区別滞納状況", n)
p.text(50, 106, "（１）令和５年度　市税（現年課税分）月別収納状況（累計）", 10.5, "g")
p.text(395, 106, "（単位：千円、％）", 8.5, "g", align="r", width=150)
colw = [46, 72, 72, 46, 72, 72, 46, 69]
cells = [{"r": 0, "c": 0, "rs": 2, "t": "区分", "fill": GREY}, {"r": 0, "c": 1, "cs": 3, "t": "前年度", "fill": GREY},
         {"r": 0, "c": 4, "cs": 3, "t": "本年度", "fill": GREY}, {"r": 0, "c": 7, "rs": 2, "t": "収納率の差", "fill": GREY}]
for j, sub in enumerate(("調定額", "収入済額", "収納率") * 2):
    cells.append({"r": 1, "c": 1 + j, "t": sub, "fill": GREY})
for i, mlab in enumerate(MONTHS):
    rr = 2 + i
    cells.append({"r": rr, "c": 0, "t": mlab})
    A0, C0 = MONTHLY[2022, i]
    kw0 = dict(debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度", segment="current", basis="interim",
               as_of=month_end(2022, i))
    r0 = rate(C0, A0)
    cells += [{"r": rr, "c": 1, "t": G.fact(n, comma(A0), A0 * 1000, "assessed", **kw0), "al": "r"},
              {"r": rr, "c": 2, "t": G.fact(n, comma(C0), C0 * 1000, "collected", **kw0), "al": "r"},
              {"r": rr, "c": 3, "t": G.fact(n, fnum(r0), r0, "collection_rate", **kw0), "al": "r"}]
    if (2023, i) in MONTHLY:
        A1, C1 = MONTHLY[2023, i]
        kw1 = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="本年度", segment="current", basis="interim",
                   as_of=month_end(2023, i))
        r1 = rate(C1, A1)
        dd = round(r1 - r0, 2)
        cells += [{"r": rr, "c": 4, "t": G.fact(n, comma(A1), A1 * 1000, "assessed", **kw1), "al": "r"},
                  {"r": rr, "c": 5, "t": G.fact(n, comma(C1), C1 * 1000, "collected", **kw1), "al": "r"},
                  {"r": rr, "c": 6, "t": G.fact(n, fnum(r1), r1, "collection_rate", **kw1), "al": "r"},
                  {"r": rr, "c": 7, "t": G.fact(n, tri(dd, "{:.2f}"), dd, "difference", unit="points", **kw1), "al": "r"}]
    else:
        cells += [{"r": rr, "c": c, "t": "－"} for c in (4, 5, 6, 7)]
yb, _, _ = p.table(50, 113, colw, [18, 18] + [17] * 12, cells, size=8.5)
p.para(50, yb + 13, 495, "（注）「収納率の差」は本年度の収納率から前年度同月の収納率を差し引いたもの（ポイント）。△はマイナス。", 8.5, "m",
       lead=1.4, hang=30)

y = yb + 48
p.text(50, y, "（２）地区別の滞納状況（市税・令和６年２月末現在）", 10.5, "g")
DIST = [("増田", .214, .198, 52), ("閖上", .086, .091, 17), ("下増田", .118, .112, 25), ("館腰", .097, .104, 21),
        ("愛島", .071, .076, 14), ("高舘", .089, .087, 19), ("那智が丘", .158, .161, 31), ("ゆりが丘", .167, .171, 36)]
zi = INTERIM["zei", 2023]
ZOUT = zi["cA"] - zi["cC"] + zi["aA"] - zi["aC"]
colw = [110, 115, 135, 135]
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in enumerate(("地　区", "滞納者数（人）", "収入未済額（千円）", "差押件数（件）"))]
sp = so = sc = 0
for i, (dn, wp, wo, cases) in enumerate(DIST):
    if i < len(DIST) - 1:
        pp, oo = round(PERSONS * wp), round(ZOUT * wo)
    else:
        pp, oo = PERSONS - sp, ZOUT - so
    sp += pp
    so += oo
    sc += cases
    kw = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=FEB24, area=dn)
    cells += [{"r": i + 1, "c": 0, "t": dn},
              {"r": i + 1, "c": 1, "t": G.fact(n, comma(pp), pp, "delinquents", unit="persons", **kw), "al": "r"},
              {"r": i + 1, "c": 2, "t": G.fact(n, comma(oo), oo * 1000, "outstanding", **kw), "al": "r"},
              {"r": i + 1, "c": 3, "t": G.fact(n, str(cases), cases, "seizures", unit="cases", **kw), "al": "r"}]
kw = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=FEB24)
rr = len(DIST) + 1
cells += [{"r": rr, "c": 0, "t": "合　計", "fill": LIGHT},
          {"r": rr, "c": 1, "t": G.fact(n, comma(sp), sp, "delinquents", unit="persons", **kw), "al": "r", "fill": LIGHT},
          {"r": rr, "c": 2, "t": G.fact(n, comma(so), so * 1000, "outstanding", **kw), "al": "r", "fill": LIGHT},
          {"r": rr, "c": 3, "t": G.fact(n, str(sc), sc, "seizures", unit="cases", **kw), "al": "r", "fill": LIGHT}]
yb, _, _ = p.table(50, y + 8, colw, 18, cells, size=9)
p.para(50, yb + 13, 495, "（注）滞納者数は令和６年２月末現在で納期限を経過した市税に未納がある納税義務者の実人数。"
       "地区は納税義務者の住所地による。収入未済額には納期未到来分を含む。", 8.5, "m", lead=1.4, hang=30)

# ============================================================================= sheets
def strip(p, y, name, dept, kubun):
    cells = [{"r": 0, "c": 0, "t": "債権名", "fill": GREY}, {"r": 0, "c": 1, "t": name, "size": 11},
             {"r": 0, "c": 2, "t": "所管課", "fill": GREY}, {"r": 0, "c": 3, "t": dept},
             {"r": 0, "c": 4, "t": "債権区分", "fill": GREY}, {"r": 0, "c": 5, "t": kubun}]
    yb, _, _ = p.table(50, y, [60, 120, 55, 115, 60, 85], 24, cells, size=9.5, outer=1.2)
    return yb


def items(p, n, y, lst, debt, fy, section, x=62, width=470, size=9.5, debt_raw=None, prefix=""):
    """lst: (label, text, status) ; tag printed after 。 (may wrap onto its own line)."""
    for lab, text, st in lst:
        shown = text + (f"【{st}】" if st else "")
        y = p.para(x, y, width, f"{lab}{shown}" if lab else shown, size, "m", lead=1.5,
                   hang=tlen(lab, size, "m") if lab else 0)
        G.init(n, text.strip(), debt=debt, fy=fy, section=section, label=((prefix + lab.strip()) or None), status=st,
               debt_raw=debt_raw)
        y += 2
    return y


# ---- 個票1 市税
p, n = newpage()
header(p, "資料２", "取組個票１", n)
y = strip(p, 96, "市　税", "総務部収納課", "強制徴収公債権")
y += 22
p.text(50, y, "１　収納率及び収入未済額の推移", 10.5, "g")
p.text(395, y, "（収納率の単位：％）", 8.5, "g", align="r", width=150)
TGT = {"zei": {2023: (99.10, 27.50, 96.30, 390000), 2024: (99.15, 28.50, 96.50, 365000)},
       "kokuho": {2023: (94.70, 20.50, 80.40, None), 2024: (95.00, 21.50, 81.00, None)}}
cells = [{"r": 0, "c": 0, "rs": 2, "t": "区　分", "fill": GREY}, {"r": 0, "c": 1, "cs": 3, "t": "決　算", "fill": GREY},
         {"r": 0, "c": 4, "cs": 2, "t": "目　標", "fill": GREY}]
yrs = [2020, 2021, 2022, 2023, 2024]
for j, fy in enumerate(yrs):
    cells.append({"r": 1, "c": 1 + j, "t": f"R{fy - 2018}", "fill": GREY})
for i, (lab, seg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"), ("合　計", "total"))):
    cells.append({"r": 2 + i, "c": 0, "t": lab})
    for j, fy in enumerate(yrs):
        kw = dict(debt="市税", debt_raw="市税", fy=fy, fy_raw=f"R{fy - 2018}", segment=seg)
        if fy <= 2022:
            v = {"current": r_cur, "arrears": r_arr, "total": r_tot}[seg]("zei", fy)
            t = G.fact(n, fnum(v), v, "collection_rate", **kw)
        else:
            v = TGT["zei"][fy][i]
            t = G.fact(n, fnum(v), v, "collection_rate", basis="target", **kw)
        cells.append({"r": 2 + i, "c": 1 + j, "t": t, "al": "r"})
cells.append({"r": 5, "c": 0, "t": "収入未済額（千円）", "size": 8})
for j, fy in enumerate(yrs):
    kw = dict(debt="市税", debt_raw="市税", fy=fy, fy_raw=f"R{fy - 2018}")
    if fy <= 2022:
        v = out_total("zei", fy)
        t = G.fact(n, comma(v), v * 1000, "outstanding", **kw)
    else:
        v = TGT["zei"][fy][3]
        t = G.fact(n, comma(v), v * 1000, "outstanding", basis="target", **kw)
    cells.append({"r": 5, "c": 1 + j, "t": t, "al": "r"})
yb, _, _ = p.table(50, y + 8, [95, 80, 80, 80, 80, 80], [18, 18, 20, 20, 20, 20], cells, size=9.5)

y = yb + 24
p.text(50, y, "２　令和４年度目標の達成状況", 10.5, "g")
p.text(395, y, "（単位：％、ポイント）", 8.5, "g", align="r", width=150)
T22 = (99.00, 26.00)
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in enumerate(("区　分", "目　標", "実　績", "差", "達成率"))]
for i, (lab, seg, tv) in enumerate((("現年度分", "current", T22[0]), ("滞納繰越分", "arrears", T22[1]))):
    av = r_cur("zei", 2022) if seg == "current" else r_arr("zei", 2022)
    kw = dict(debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度", segment=seg)
    dd = round(av - tv, 2)
    ach = round(av / tv * 100, 1)
    cells += [{"r": i + 1, "c": 0, "t": lab},
              {"r": i + 1, "c": 1, "t": G.fact(n, fnum(tv), tv, "collection_rate", basis="target", **kw), "al": "r"},
              {"r": i + 1, "c": 2, "t": G.fact(n, fnum(av), av, "collection_rate", **kw), "al": "r"},
              {"r": i + 1, "c": 3, "t": G.fact(n, tri(dd, "{:.2f}"), dd, "difference", unit="points", **kw), "al": "r"},
              {"r": i + 1, "c": 4, "t": G.fact(n, f"{ach:.1f}", ach, "achievement_rate", unit="percent", **kw), "al": "r"}]
yb, _, _ = p.table(50, y + 8, [95, 100, 100, 100, 100], 20, cells, size=9.5)

y = yb + 24
p.text(50, y, "３　現状と課題", 10.5, "g")
o22, o21 = out_total("zei", 2022), out_total("zei", 2021)
ra, rb = f"{comma(o22)}千円", f"{comma(o21 - o22)}千円"
txt = (f"令和４年度末の収入未済額は{ra}で、前年度から{rb}減少した。滞納繰越分は納税折衝と財産調査を"
       "並行して進めたことで目標を上回ったが、高額滞納事案の一部は分納が長期化しており、換価を含めた整理が課題である。")
y = p.para(50, y + 18, 495, txt, 10, "m", indent=10)
G.fact(n, ra, o22 * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度")
G.fact(n, rb, -(o21 - o22) * 1000, "difference", debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度")

y += 10
p.text(50, y, "４　令和６年度の取組", 10.5, "g")
y = items(p, n, y + 18, [
    ("①", "納期限後２０日以内の督促状発送を徹底するとともに、ＳＭＳによる一斉催告を年４回実施する。", "継続"),
    ("②", "滞納額５０万円以上の高額事案は特別滞納整理係へ早期に引き継ぎ、捜索・インターネット公売を含めた滞納処分を強化する。", "拡充"),
    ("③", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を図り、納付機会を拡大する。\n", "新規"),
], "市税", 2024, "令和６年度の取組")

y += 10
p.text(50, y, "５　令和５年度取組の進捗状況", 10.5, "g")
prog = [("1", "現年度分の早期催告（文書・電話・ＳＭＳ）", "◎", "ＳＭＳ催告 4回"),
        ("2", "預貯金・給与等の財産調査の徹底", "○", "電子照会を活用"),
        ("3", "宮城県地方税滞納整理機構への引継ぎ", "◎", "引継ぎ 12件"),
        ("4", "執行停止・不納欠損処理の適正化", "△", "基準見直し中")]
cells = [{"r": 0, "c": 0, "t": "No.", "fill": GREY}, {"r": 0, "c": 1, "t": "取組項目", "fill": GREY},
         {"r": 0, "c": 2, "t": "", "fill": GREY}, {"r": 0, "c": 3, "t": "備　考", "fill": GREY}]
for i, (no, t, st, note) in enumerate(prog):
    cells += [{"r": i + 1, "c": 0, "t": no}, {"r": i + 1, "c": 1, "t": t, "al": "l"},
              {"r": i + 1, "c": 2, "t": st, "size": 11}, {"r": i + 1, "c": 3, "t": note, "al": "l"}]
    G.init(n, t, debt="市税", fy=2023, section="令和５年度取組の進捗状況", label=no)
G.fact(n, "12件", 12, "transferred_cases", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", unit="cases")
yb, _, _ = p.table(50, y + 8, [35, 290, 40, 130], 19, cells, size=9)
p.text(50, yb + 13, "◎：実施済　○：実施中　△：未着手・検討中", 8.5, "m")

# ---- 個票2 国保税
p, n = newpage()
header(p, "資料２", "取組個票２", n)
KD, KR = "国民健康保険料", "国民健康保険税"
y = strip(p, 96, KR, "健康福祉部国保年金課", "強制徴収公債権")
y += 22
p.text(50, y, "１　収納率の推移（単位：％）", 10.5, "g")
HH = {2020: 1318, 2021: 1260, 2022: 1186}
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in
         enumerate(("区分", "年　度", "現年度分", "滞納繰越分", "合　計", "滞納世帯数（世帯）"))]
cells += [{"r": 1, "c": 0, "rs": 3, "t": "決算"}, {"r": 4, "c": 0, "rs": 2, "t": "目標"}]
labs = {2020: "令和２年度", 2021: "３年度", 2022: "４年度", 2023: "令和５年度", 2024: "令和６年度"}
for i, fy in enumerate(yrs):
    rr = 1 + i
    cells.append({"r": rr, "c": 1, "t": labs[fy]})
    for j, seg in enumerate(("current", "arrears", "total")):
        kw = dict(debt=KD, debt_raw=KR, fy=fy, fy_raw=labs[fy], segment=seg)
        if fy <= 2022:
            v = {"current": r_cur, "arrears": r_arr, "total": r_tot}[seg]("kokuho", fy)
            t = G.fact(n, fnum(v), v, "collection_rate", **kw)
        else:
            v = TGT["kokuho"][fy][j]
            t = G.fact(n, fnum(v), v, "collection_rate", basis="target", **kw)
        cells.append({"r": rr, "c": 2 + j, "t": t, "al": "r"})
    if fy in HH:
        t = G.fact(n, comma(HH[fy]), HH[fy], "delinquents", debt=KD, debt_raw=KR, fy=fy, fy_raw=labs[fy],
                   unit="households")
    else:
        t = "－"
    cells.append({"r": rr, "c": 5, "t": t, "al": "r" if fy in HH else "c"})
yb, _, _ = p.table(50, y + 8, [45, 90, 85, 85, 85, 105], 20, cells, size=9.5)

y = yb + 24
p.text(50, y, "２　現状と課題", 10.5, "g")
ko22, ko21 = out_total("kokuho", 2022), out_total("kokuho", 2021)
r1, r2, r3 = f"{comma(HH[2022])}世帯", f"{HH[2021] - HH[2022]}世帯", f"約{ko22 / 1e5:.1f}億円"
txt = (f"滞納世帯数は令和４年度末で{r1}となり、前年度から{r2}減少した。一方で、収入未済額は{r3}と"
       "依然として多額であり、その約７割を滞納繰越分が占めている。所得の低い世帯や納付が途切れがちな若年層への早期の"
       "働きかけと、財産のある滞納者への厳正な滞納処分を両立させることが課題である。")
y = p.para(50, y + 18, 495, txt, 10, "m", indent=10)
G.fact(n, r1, HH[2022], "delinquents", debt=KD, debt_raw=KR, fy=2022, fy_raw="令和４年度", unit="households")
G.fact(n, r2, -(HH[2021] - HH[2022]), "difference", debt=KD, debt_raw=KR, fy=2022, fy_raw="令和４年度",
       unit="households")
G.fact(n, r3, int(round(ko22 / 1e4)) * 10**7, "outstanding", debt=KD, debt_raw=KR, fy=2022, fy_raw="令和４年度",
       approx=True)

y += 10
p.text(50, y, "３　令和６年度の取組", 10.5, "g")
y += 18
sec = "令和６年度の取組"
p.text(56, y, "（１）現年度分の滞納発生の抑制", 10, "g")
y = items(p, n, y + 17, [
    ("ア　", "新規加入世帯に対し、加入手続の窓口で口座振替の申込みを原則として受け付ける。", "継続"),
    ("イ　", "納期限後１か月以内の世帯に、電話とＳＭＳによる早期の納付案内を行う。", "新規"),
], KD, 2024, "現年度分の滞納発生の抑制", x=70, width=462, debt_raw=KR, prefix="(1)")
p.text(56, y + 4, "（２）滞納繰越分の圧縮", 10, "g")
y = items(p, n, y + 21, [
    ("ア　", "市税と国保税を併せて滞納する世帯は収納課と合同で財産調査を行い、一体的に滞納処分を執行する。", "拡充"),
    ("イ　", "生活困窮が認められる世帯は福祉部門の相談窓口へつなぎ、執行停止の要否を早期に判断する。", "継続"),
    ("ウ　", "短期被保険者証の交付時に納付相談の機会を設け、分納誓約の履行状況を毎月確認する。", "継続"),
], KD, 2024, "滞納繰越分の圧縮", x=70, width=462, debt_raw=KR, prefix="(2)")

y += 12
p.text(50, y, "４　令和４年度決算の内訳（単位：千円）", 10.5, "g")
d = ACT["kokuho", 2022]
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in
         enumerate(("区　分", "調定額", "収入済額", "不納欠損額", "収入未済額"))]
for i, (lab, seg, A, C, W) in enumerate((("現年度分", "current", d["cA"], d["cC"], 0),
                                          ("滞納繰越分", "arrears", d["aA"], d["aC"], d["W"]),
                                          ("合　計", "total", d["cA"] + d["aA"], d["cC"] + d["aC"], d["W"]))):
    kw = dict(debt=KD, debt_raw=KR, fy=2022, fy_raw="令和４年度", segment=seg)
    cells += [{"r": i + 1, "c": 0, "t": lab},
              {"r": i + 1, "c": 1, "t": G.fact(n, comma(A), A * 1000, "assessed", **kw), "al": "r"},
              {"r": i + 1, "c": 2, "t": G.fact(n, comma(C), C * 1000, "collected", **kw), "al": "r"},
              {"r": i + 1, "c": 3, "t": G.fact(n, comma(W), W * 1000, "written_off", **kw) if W else "－",
               "al": "r" if W else "c"},
              {"r": i + 1, "c": 4, "t": G.fact(n, comma(A - C - W), (A - C - W) * 1000, "outstanding", **kw), "al": "r"}]
p.table(50, y + 8, [95, 100, 100, 100, 100], 20, cells, size=9.5)

# ---- 個票3, 4 on one page
p, n = newpage()
header(p, "資料２", "取組個票３・４", n)
AD = "介護保険料"
y = strip(p, 96, "介護保険料", "健康福祉部介護長寿課", "強制徴収公債権")
y += 20
p.text(50, y, "令和４年度決算（単位：千円、％）", 10, "g")
d = ACT["kaigo", 2022]
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in
         enumerate(("区　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"))]
for i, (lab, seg, A, C, W) in enumerate((("現年度分", "current", d["cA"], d["cC"], 0),
                                          ("滞納繰越分", "arrears", d["aA"], d["aC"], d["W"]),
                                          ("計", "total", d["cA"] + d["aA"], d["cC"] + d["aC"], d["W"]))):
    kw = dict(debt=AD, debt_raw=AD, fy=2022, fy_raw="令和４年度", segment=seg)
    cells += [{"r": i + 1, "c": 0, "t": lab},
              {"r": i + 1, "c": 1, "t": G.fact(n, comma(A), A * 1000, "assessed", **kw), "al": "r"},
              {"r": i + 1, "c": 2, "t": G.fact(n, comma(C), C * 1000, "collected", **kw), "al": "r"},
              {"r": i + 1, "c": 3, "t": G.fact(n, comma(W), W * 1000, "written_off", **kw) if W else "－",
               "al": "r" if W else "c"},
              {"r": i + 1, "c": 4, "t": G.fact(n, comma(A - C - W), (A - C - W) * 1000, "outstanding", **kw), "al": "r"},
              {"r": i + 1, "c": 5, "t": G.fact(n, fnum(rate(C, A)), rate(C, A), "collection_rate", **kw), "al": "r"}]
yb, _, _ = p.table(50, y + 8, [75, 90, 90, 80, 85, 75], 19, cells, size=9.5)
y = yb + 16
p.rect(50, y, 545, y + 104, width=0.8, dashes="[3] 0")
p.text(60, y + 16, "【主な取組（令和６年度）】", 10, "g")
items(p, n, y + 34, [
    ("・", "普通徴収の被保険者に対し、年金からの特別徴収への切替えを案内し、納付漏れを防ぐ。", "継続"),
    ("・", "２年を経過する未納分がある被保険者に、給付制限の内容を記載した通知を送付する。", "拡充"),
    ("・", "６５歳到達者への資格取得通知に口座振替依頼書を同封する。", "新規"),
], AD, 2024, "主な取組（令和６年度）", x=64, width=470)

y += 128
p.line(50, y, 545, y, 0.5)
JD = "市営住宅使用料"
y = strip(p, y + 14, "市営住宅使用料", "建設部建築住宅課", "私債権")
y += 20
p.text(50, y, "収納状況の比較（金額の単位：千円）", 10, "g")
JP = {2021: 108, 2022: 97}
cells = [{"r": 0, "c": j, "t": t, "fill": GREY} for j, t in enumerate(("区　分", "令和３年度", "令和４年度", "増　減"))]
rowsj = [("調定額", "assessed", lambda y_: ACT["jutaku", y_]["cA"] + ACT["jutaku", y_]["aA"]),
         ("収入済額", "collected", lambda y_: ACT["jutaku", y_]["cC"] + ACT["jutaku", y_]["aC"]),
         ("不納欠損額", "written_off", lambda y_: ACT["jutaku", y_]["W"]),
         ("収入未済額", "outstanding", lambda y_: out_total("jutaku", y_)),
         ("収納率（％）", "collection_rate", lambda y_: r_tot("jutaku", y_)),
         ("滞納者数（人）", "delinquents", lambda y_: JP[y_])]
for i, (lab, met, fn) in enumerate(rowsj):
    cells.append({"r": i + 1, "c": 0, "t": lab})
    vs = []
    for j, fy in enumerate((2021, 2022)):
        v = fn(fy)
        vs.append(v)
        kw = dict(debt=JD, debt_raw=JD, fy=fy, fy_raw=f"令和{fy - 2018}年度")
        if met == "collection_rate":
            t = G.fact(n, fnum(v), v, met, **kw)
        elif met == "delinquents":
            t = G.fact(n, str(v), v, met, unit="persons", **kw)
        else:
            t = G.fact(n, comma(v), v * 1000, met, **kw)
        cells.append({"r": i + 1, "c": 1 + j, "t": t, "al": "r"})
    dv = vs[1] - vs[0]
    kw = dict(debt=JD, debt_raw=JD, fy=2022, fy_raw="令和４年度")
    if met == "collection_rate":
        dv = round(dv, 2)
        t = G.fact(n, tri(dv, "{:.2f}"), dv, "difference", unit="points", **kw)
    elif met == "delinquents":
        t = G.fact(n, tri(dv), dv, "difference", unit="persons", **kw)
    else:
        t = G.fact(n, tri(dv), dv * 1000, "difference", **kw)
    cells.append({"r": i + 1, "c": 3, "t": t, "al": "r"})
yb, _, _ = p.table(50, y + 8, [120, 120, 120, 120], 18, cells, size=9.5)
y = yb + 22
p.text(50, y, "令和６年度の取組", 10.5, "g")
y += 18
for title, text in (("連帯保証人への請求", "滞納月数が３か月に達した入居者の連帯保証人に対し、文書による履行請求を行う。"),
                    ("法的措置の実施", "滞納月数が６か月以上で納付交渉に応じない入居者について、明渡し請求訴訟を提起する。"),
                    ("退去者滞納分の回収", "退去者の滞納使用料について、弁護士法人への回収業務委託を継続する。")):
    p.text(56, y, "■ " + title, 9.5, "g")
    y = p.para(70, y + 15, 462, text, 9.5, "m", lead=1.5) + 4
    G.init(n, text, debt=JD, fy=2024, section=title)

# ============================================================================= page 8 参考資料
p, n = newpage()
header(p, "参考資料", "債権一覧（令和４年度決算）", n)
p.text(50, 104, "区分　強：強制徴収公債権　　非：非強制徴収公債権　　私：私債権", 8.5, "m")
EXTRA = {"生活保護費返還金": 58412, "災害援護資金貸付金": 41206, "児童扶養手当返還金": 3815, "学校給食費": 4127,
         "下水道事業受益者負担金": 2318}
groups = [
    ("一般会計", [("市税", "収納課", "地方税法", "強", out_total("zei", 2022)),
                 ("保育所保育料", "こども支援課", "子ども・子育て支援法", "強", out_total("hoiku", 2022)),
                 ("児童扶養手当返還金", "こども支援課", "児童扶養手当法", "非", EXTRA["児童扶養手当返還金"]),
                 ("生活保護費返還金", "社会福祉課", "生活保護法", "非", EXTRA["生活保護費返還金"]),
                 ("災害援護資金貸付金", "社会福祉課", "災害弔慰金の支給等に関する法律", "私", EXTRA["災害援護資金貸付金"]),
                 ("市営住宅使用料", "建築住宅課", "公営住宅法", "私", out_total("jutaku", 2022)),
                 ("学校給食費", "学校給食センター", "学校給食法", "私", EXTRA["学校給食費"])]),
    ("国民健康保険特別会計", [("国民健康保険税", "国保年金課", "地方税法", "強", out_total("kokuho", 2022))]),
    ("介護保険特別会計", [("介護保険料", "介護長寿課", "介護保険法", "強", out_total("kaigo", 2022))]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "国保年金課", "高齢者の医療の確保に関する法律", "強",
                        out_total("kouki", 2022))]),
    ("下水道事業会計", [("下水道使用料", "下水道課", "地方自治法", "強", out_total("gesui", 2022)),
                  ("下水道事業受益者負担金", "下水道課", "都市計画法", "強", EXTRA["下水道事業受益者負担金"])]),
]
CANON = {"国民健康保険税": "国民健康保険料", "下水道事業受益者負担金": "下水道事業受益者負担金"}
colw = [52, 130, 88, 140, 32, 53]
cells = [{"r": 0, "c": j, "t": t, "fill": GREY, "size": 8.5} for j, t in
         enumerate(("会計", "債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"))]
rr = 1
kw0 = dict(fy=2022, fy_raw="令和４年度決算")
grand = pub = priv = 0
for acc, lst in groups:
    span = len(lst) + (1 if len(lst) > 1 else 0)
    vert = span * 24 >= len(acc) * 9 * 1.05
    label = {"国民健康保険特別会計": "国民健康保険\n特別会計", "介護保険特別会計": "介護保険\n特別会計",
             "後期高齢者医療特別会計": "後期高齢者\n医療特別会計"}.get(acc, acc)
    cells.append({"r": rr, "c": 0, "rs": span, "t": label, "v": vert, "size": 9 if vert else 7})
    sub = 0
    for name, dept, law, kb, v in lst:
        cells += [{"r": rr, "c": 1, "t": name, "al": "l"}, {"r": rr, "c": 2, "t": dept, "al": "l", "size": 8},
                  {"r": rr, "c": 3, "t": law, "al": "l", "size": 7.5}, {"r": rr, "c": 4, "t": kb},
                  {"r": rr, "c": 5, "t": G.fact(n, comma(v), v * 1000, "outstanding", debt=CANON.get(name, name),
                                                debt_raw=name, **kw0), "al": "r"}]
        sub += v
        if kb == "私":
            priv += v
        else:
            pub += v
        rr += 1
    if len(lst) > 1:
        cells += [{"r": rr, "c": 1, "cs": 4, "t": "会計計", "fill": LIGHT},
                  {"r": rr, "c": 5, "t": G.fact(n, comma(sub), sub * 1000, "outstanding", debt=None, debt_raw="会計計",
                                                **kw0), "al": "r", "fill": LIGHT}]
        rr += 1
    grand += sub
cells += [{"r": rr, "c": 0, "cs": 5, "t": "総　　計", "fill": GREY},
          {"r": rr, "c": 5, "t": G.fact(n, comma(grand), grand * 1000, "outstanding", debt=None, debt_raw="総計", **kw0),
           "al": "r", "fill": GREY}]
rr += 1
cells += [{"r": rr, "c": 0, "cs": 5, "t": "うち公債権計（強・非）", "al": "r"},
          {"r": rr, "c": 5, "t": G.fact(n, comma(pub), pub * 1000, "outstanding", debt=None, debt_raw="公債権計", **kw0),
           "al": "r"}]
rr += 1
cells += [{"r": rr, "c": 0, "cs": 5, "t": "うち私債権計", "al": "r"},
          {"r": rr, "c": 5, "t": G.fact(n, comma(priv), priv * 1000, "outstanding", debt=None, debt_raw="私債権計", **kw0),
           "al": "r"}]
rr += 1
yb, _, _ = p.table(50, 112, colw, 24, cells, size=9, outer=1.2)
p.para(50, yb + 14, 495, "（注）収入未済額は令和４年度決算額（現年度分及び滞納繰越分の合計）。下水道事業会計は令和２年度から"
       "地方公営企業法を適用しており、出納整理期間はない。", 8.5, "m", lead=1.45, hang=30)

# ----------------------------------------------------------------------------- save
doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
doc.set_metadata({"title": G.doc["title"], "author": "名取市総務部収納課", "creator": "PyMuPDF"})
doc.save(out, garbage=4, deflate=True)
npages = len(doc)
doc.close()
G.write(out, npages)
sys.exit(1 if check(STEM) else 0)
