"""fl_urasoe_progress_1: 浦添市 令和５年度 債権管理の取組状況（中間報告・令和６年２月末現在） (PyMuPDF drawing).

Run from corpus/frozen34:  python3 build/fl_urasoe_progress_1.py
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from fl_common import Gold, PDF_DIR, comma, rate  # noqa: E402
import fl_pdfdraw as D  # noqa: E402

STEM = "fl_urasoe_progress_1"
CITY = "浦添市"
g = Gold(STEM, "progress_report", "progress", CITY,
         "令和５年度 債権管理の取組状況（中間報告）", "2024-03-01", "令和６年３月")
F = g.fact
FEB5, FEB4 = "2024-02-29", "2023-02-28"


def tri(v, nd=None):
    """▲ minus for differences."""
    if nd is not None:
        return f"▲{-v:.{nd}f}" if v < 0 else f"{v:.{nd}f}"
    return f"▲{-v:,}" if v < 0 else f"{v:,}"


# ------------------------------------------------------------------------------------------------
# data (千円).  Per debt: R3 final, R4 final, R4 2月末, R5 2月末, R5 決算見込.  arrears 調定 of a year
# equals total 収入未済額 of the year before.
# ------------------------------------------------------------------------------------------------
P = {  # full, abbr, canon, cur_a R3, growth, final cur rates (R3, R4, R5est), arr0 (R3 arrears 調定),
    # final arr rates (R3, R4, R5est), wo frac (R3, R4, R5est), Feb cur rate (R4, R5), Feb arr rate (R4, R5)
    "zei": ("市税", "市税", "市税", 13_904_551, 0.022, (0.9871, 0.9882, 0.9898), 742_310, (0.2431, 0.2562, 0.2718),
            (0.052, 0.048, 0.045), (0.9281, 0.9312), (0.2584, 0.2735)),
    "kok": ("国民健康保険税", "国保税", "国民健康保険料", 2_508_204, -0.021, (0.9305, 0.9342, 0.9371), 1_210_455,
            (0.1702, 0.1788, 0.1864), (0.084, 0.079, 0.072), (0.7987, 0.8045), (0.1488, 0.1542)),
    "kai": ("介護保険料", "介護", "介護保険料", 2_031_776, 0.017, (0.9888, 0.9893, 0.9897), 66_120,
            (0.1805, 0.1822, 0.1851), (0.212, 0.204, 0.196), (0.9102, 0.9134), (0.1305, 0.1287)),
    "kou": ("後期高齢者医療保険料", "後期", "後期高齢者医療保険料", 968_215, 0.035, (0.9942, 0.9945, 0.9941), 17_608,
            (0.4102, 0.4155, 0.4240), (0.061, 0.058, 0.055), (0.9095, 0.9076), (0.2996, 0.3140)),
    "hoi": ("保育料", "保育料", "保育料", 196_344, -0.052, (0.9811, 0.9826, 0.9838), 44_982,
            (0.1304, 0.1366, 0.1421), (0.071, 0.066, 0.060), (0.8766, 0.8821), (0.0987, 0.1022)),
    "jut": ("市営住宅使用料", "住宅", "市営住宅使用料", 269_477, -0.006, (0.9684, 0.9702, 0.9715), 106_340,
            (0.1102, 0.1126, 0.1158), (0.021, 0.024, 0.022), (0.8897, 0.8943), (0.0841, 0.0876)),
    "ges": ("下水道使用料", "下水道", "下水道使用料", 1_485_120, 0.008, (0.9861, 0.9866, 0.9870), 49_874,
            (0.4604, 0.4712, 0.4805), (0.035, 0.031, 0.029), (0.8761, 0.8795), (0.3392, 0.3518)),
}
ORDER = list(P)


def seg(a, c, w=0):
    return dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a))


def tot(cur, arr):
    return seg(cur["a"] + arr["a"], cur["c"] + arr["c"], cur["w"] + arr["w"])


DATA = {}
for k, (full, abbr, canon, a3, gr, fr, arr0, ar, wo, febc, feba) in P.items():
    d = {}
    arr_a = arr0
    finals = {}
    for i, fy in enumerate((2021, 2022, 2023)):
        cur_a = round(a3 * (1 + gr) ** i)
        cur = seg(cur_a, round(cur_a * fr[i]))
        arr = seg(arr_a, round(arr_a * ar[i]), round(arr_a * wo[i]))
        finals[fy] = {"current": cur, "arrears": arr, "total": tot(cur, arr)}
        arr_a = finals[fy]["total"]["o"]
    d["final"] = finals                      # 2021, 2022 決算; 2023 決算見込
    # 2月末: current 調定 at Feb = 99.8% of the year's final current 調定 (late assessments follow)
    feb = {}
    for j, fy in enumerate((2022, 2023)):
        ca = round(finals[fy]["current"]["a"] * 0.998)
        cur = seg(ca, round(ca * febc[j]))
        aa = finals[fy]["arrears"]["a"]
        arr = seg(aa, round(aa * feba[j]))
        feb[fy] = {"current": cur, "arrears": arr, "total": tot(cur, arr)}
    d["feb"] = feb
    DATA[k] = d

# 市税 現年 monthly (千円): share of the Feb 調定 / collected reached at each month end
ADJ = [0.566, 0.571, 0.988, 0.991, 0.994, 0.995, 0.996, 0.997, 0.998, 0.999, 1.000, 1.0015]
COLF = {2023: [0.136, 0.288, 0.406, 0.524, 0.592, 0.672, 0.755, 0.815, 0.909, 0.956, 1.000],
        2022: [0.133, 0.284, 0.401, 0.519, 0.588, 0.668, 0.751, 0.812, 0.906, 0.955, 1.000, 1.0565]}
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]


def month_end(fy, i):
    m = (4 + i - 1) % 12 + 1
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


MON = {}
for fy in (2023, 2022):
    fa, fc = DATA["zei"]["feb"][fy]["current"]["a"], DATA["zei"]["feb"][fy]["current"]["c"]
    rows = []
    for i, cf in enumerate(COLF[fy]):
        a = round(fa * ADJ[i]) if i != 10 else fa
        c = round(fc * cf) if i != 10 else fc
        rows.append(dict(a=a, c=c, r=rate(c, a), asof=month_end(fy, i)))
    MON[fy] = rows
assert MON[2023][10]["asof"] == FEB5 and MON[2022][10]["asof"] == FEB4


def m1(v):  # 千円 -> 百万円 with one decimal (half up)
    n = (v + 50) // 100
    return f"{n // 10:,}.{n % 10}"


def m1yen(v):
    return ((v + 50) // 100) * 100_000


TARGET5 = {"zei": (98.80, 26.50, 95.50), "kok": (93.80, 18.50, None), "kai": (99.00, 18.50, None),
           "kou": (99.45, 42.00, None), "hoi": (98.40, 14.00, None), "jut": (97.20, 11.50, None),
           "ges": (98.70, 48.00, None)}
ZEI_O_TARGET = 600_000

# ------------------------------------------------------------------------------------------------
doc = fitz.open()
A4 = (595.28, 841.89)
L = 56
R = 595.28 - 56


def new_page(landscape=False):
    pg = doc.new_page(width=A4[1], height=A4[0]) if landscape else doc.new_page(width=A4[0], height=A4[1])
    D.setup(pg)
    g.page = doc.page_count
    w, h = pg.rect.width, pg.rect.height
    D.text(pg, w / 2, h - 28, f"- {g.page} -", 9, "g", "c")
    return pg


def h2(pg, y, s, fs=11.5):
    D.text(pg, L, y, s, fs, "g")
    return y + fs * 1.9


# ---- page 1 ----------------------------------------------------------------------------------
pg = new_page()
D.text(pg, R, 62, "令和６年３月", 9.5, "m", "r")
D.text(pg, R, 76, "浦添市 総務部 債権管理課", 9.5, "m", "r")
D.text(pg, 297.6, 112, "令和５年度 債権管理の取組状況（中間報告）", 15, "g", "c")
D.text(pg, 297.6, 132, "― 令和６年２月末現在 ―", 11, "g", "c")
y = 170
y = h2(pg, y, "１　概要")
zc5 = DATA["zei"]["feb"][2023]["current"]
zc4 = DATA["zei"]["feb"][2022]["current"]
dz = round(zc5["r"] - zc4["r"], 2)
feb_out5 = sum(DATA[k]["feb"][2023]["total"]["o"] for k in ORDER) * 1000
feb_out4 = sum(DATA[k]["feb"][2022]["total"]["o"] for k in ORDER) * 1000
o5r = round(feb_out5, -6)
do_r = round(feb_out5 - feb_out4, -6)


def man(yen):
    oku, rest = divmod(abs(yen) // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"


assert dz > 0 and do_r < 0
D.text(pg, L + 10, y, "（１）収納率の状況", 10, "g")
y += 17
s1 = (f"令和６年２月末現在の市税の現年課税分の収納率は{zc5['r']:.2f}％で、前年同月比{dz:.2f}ポイントの上昇となった。"
      "国民健康保険税、介護保険料など市税以外の主要債権の現年度分についても、後期高齢者医療保険料を除き、"
      "前年同月の収納率を上回っている。")
y = D.para(pg, L + 10, y, s1, R - L - 10, 9.5, "m", first_indent=9.5)
F(f"{zc5['r']:.2f}％", zc5["r"], "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2023,
  fy_raw="令和６年２月末", segment="current", basis="interim", as_of=FEB5)
F(f"{dz:.2f}ポイント", dz, "points", "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末",
  segment="current", basis="interim", as_of=FEB5)
y += 6
D.text(pg, L + 10, y, "（２）収入未済額の状況", 10, "g")
y += 17
s2 = (f"主要７債権の２月末現在の収入未済額（納期未到来分を含む。）は約{man(o5r)}で、前年同月から約{man(do_r)}減少した。"
      "平成29年度（2017年度）に債権管理課を設置して以降、滞納繰越分の圧縮が着実に進んでいる。")
y = D.para(pg, L + 10, y, s2, R - L - 10, 9.5, "m", first_indent=9.5)
F(f"約{man(o5r)}", o5r, "yen", "outstanding", debt=None, debt_raw="主要７債権", fy=2023, fy_raw="２月末",
  basis="interim", as_of=FEB5, approx=True)
F(f"約{man(do_r)}減少", do_r, "yen", "difference", debt=None, debt_raw="主要７債権", fy=2023, fy_raw="２月末",
  basis="interim", as_of=FEB5, approx=True)
y += 6
D.text(pg, L + 10, y, "（３）年度末の見込み", 10, "g")
y += 17
est = DATA["zei"]["final"][2023]["total"]
tz = TARGET5["zei"][2]
dzt = round(est["r"] - tz, 2)
s3 = (f"年度末の決算見込では、市税全体の収納率は{est['r']:.2f}％となり、目標の{tz:.2f}％を{dzt:.2f}ポイント上回る見込みである。"
      "今後も出納整理期間までの収納確保に努める。")
y = D.para(pg, L + 10, y, s3, R - L - 10, 9.5, "m", first_indent=9.5)
F(f"{est['r']:.2f}％", est["r"], "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2023,
  fy_raw="年度末", basis="estimate")
F(f"{tz:.2f}％", tz, "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="年度末",
  basis="target")
F(f"{dzt:.2f}ポイント", dzt, "points", "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="年度末",
  basis="estimate")
assert dzt > 0
y += 12


def stacked_table(pg, y, segkey, title):
    y = h2(pg, y, title, 10.5)
    D.text(pg, R, y - 6, "上段：収入済額（千円）　下段：収納率（％）", 8, "g", "r")
    y += 2
    rows = [["債権名", "前年度", "本年度", "増減"]]
    tot4 = {"a": 0, "c": 0}
    tot5 = {"a": 0, "c": 0}
    for k in ORDER + ["sum"]:
        if k == "sum":
            s4, s5 = seg(tot4["a"], tot4["c"]), seg(tot5["a"], tot5["c"])
            lbl, canon = "合計", None
        else:
            s4, s5 = DATA[k]["feb"][2022][segkey], DATA[k]["feb"][2023][segkey]
            lbl, canon = P[k][1], P[k][2]
            for t, s_ in ((tot4, s4), (tot5, s5)):
                t["a"] += s_["a"]; t["c"] += s_["c"]
        dc = (s5["c"] - s4["c"])
        dr = round(s5["r"] - s4["r"], 2)
        rows.append([lbl, f"{comma(s4['c'])}\n{s4['r']:.2f}", f"{comma(s5['c'])}\n{s5['r']:.2f}",
                     f"{tri(dc)}\n{tri(dr, 2)}"])
        base = dict(debt=canon, debt_raw=lbl, segment=segkey)
        F(comma(s4["c"]), s4["c"] * 1000, "yen", "collected", **base, fy=2022, fy_raw="前年度", basis="interim",
          as_of=FEB4)
        F(f"{s4['r']:.2f}", s4["r"], "percent", "collection_rate", **base, fy=2022, fy_raw="前年度",
          basis="interim", as_of=FEB4)
        F(comma(s5["c"]), s5["c"] * 1000, "yen", "collected", **base, fy=2023, fy_raw="本年度", basis="interim",
          as_of=FEB5)
        F(f"{s5['r']:.2f}", s5["r"], "percent", "collection_rate", **base, fy=2023, fy_raw="本年度",
          basis="interim", as_of=FEB5)
        F(tri(dc), dc * 1000, "yen", "difference", **base, fy=2023, fy_raw="増減", basis="interim", as_of=FEB5)
        F(tri(dr, 2), dr, "points", "difference", **base, fy=2023, fy_raw="増減", basis="interim", as_of=FEB5)
    rh = [18] + [24] * (len(rows) - 1)
    yb = D.table(pg, L, y, [110, 125, 125, 123.3], rows, rh=rh, fs=8.5, aligns="lrrr",
                 zebra=(0.95, 0.96, 0.98), line_h=11)
    return yb


y = h2(pg, y, "２　主要債権の収納状況（令和６年２月末現在）")
legend = "（注）国保税＝国民健康保険税、介護＝介護保険料、後期＝後期高齢者医療保険料、住宅＝市営住宅使用料、下水道＝下水道使用料"
y = stacked_table(pg, y, "current", "（１）現年度分")
D.text(pg, L, y + 12, legend, 7.5, "g")
D.text(pg, L, y + 23, "※前年度は令和５年２月末、本年度は令和６年２月末の数値。増減の▲は減少を示す。", 7.5, "g")

# ---- page 2 ----------------------------------------------------------------------------------
pg = new_page()
y = 70
y = stacked_table(pg, y, "arrears", "（２）滞納繰越分")
D.text(pg, L, y + 12, legend, 7.5, "g")
y += 44
y = h2(pg, y, "（３）現年度分収納率の比較（２月末）", 10.5)
D.text(pg, R, y - 6, "（単位：％）", 8, "g", "r")
# bar chart: R4 vs R5 current rates per debt; axis from 70 to 100
cx0, cy0, cw, ch = L + 30, y + 10, R - L - 40, 250
lo, hi = 70.0, 100.0
for t in range(70, 101, 5):
    yy = cy0 + ch - (t - lo) / (hi - lo) * ch
    pg.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.8, 0.8, 0.8), width=0.4)
    D.text(pg, cx0 - 4, yy + 3, str(t), 7.5, "g", "r")
pg.draw_line((cx0, cy0), (cx0, cy0 + ch), color=(0, 0, 0), width=0.6)
pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), color=(0, 0, 0), width=0.6)
slot = cw / len(ORDER)
bw = slot * 0.32
for i, k in enumerate(ORDER):
    for j, (fy, col, asof, yl) in enumerate(((2022, (0.72, 0.78, 0.86), FEB4, "前年度"),
                                             (2023, (0.18, 0.36, 0.58), FEB5, "本年度"))):
        r_ = DATA[k]["feb"][fy]["current"]["r"]
        bx = cx0 + slot * i + slot * 0.16 + j * bw
        top = cy0 + ch - (r_ - lo) / (hi - lo) * ch
        pg.draw_rect(fitz.Rect(bx, top, bx + bw - 2, cy0 + ch), color=None, fill=col)
        lab = f"{r_:.2f}"
        D.text(pg, bx + (bw - 2) / 2, top - 3, lab, 6.8, "g", "c")
        F(lab, r_, "percent", "collection_rate", debt=P[k][2], debt_raw=P[k][1], fy=fy, fy_raw=yl,
          segment="current", basis="interim", as_of=asof)
    D.text(pg, cx0 + slot * i + slot / 2, cy0 + ch + 12, P[k][1], 8, "g", "c")
ly = cy0 + ch + 30
pg.draw_rect(fitz.Rect(cx0 + 150, ly - 7, cx0 + 158, ly + 1), color=None, fill=(0.72, 0.78, 0.86))
D.text(pg, cx0 + 162, ly, "前年度（令和５年２月末）", 8, "g")
pg.draw_rect(fitz.Rect(cx0 + 270, ly - 7, cx0 + 278, ly + 1), color=None, fill=(0.18, 0.36, 0.58))
D.text(pg, cx0 + 282, ly, "本年度（令和６年２月末）", 8, "g")
D.text(pg, L, ly + 22, "※縦軸は70％から表示している。", 7.5, "g")


# ---- page 3/4: monthly table split over two landscape pages ---------------------------------------
def month_page(cols, cont):
    pg = new_page(landscape=True)
    W = pg.rect.width
    y = 58
    ttl = "３　市税（現年課税分）の月別収納状況（累計）" + ("（続き）" if cont else "")
    D.text(pg, 50, y, ttl, 11.5, "g")
    D.text(pg, W - 50, y, "（単位：百万円、％）", 8, "g", "r")
    y += 12
    hdr = ["年度", "区分"] + [MONTHS[i] for i in cols]
    rows = [hdr]
    merges = []
    for fy, yl in ((2023, "令和５年度"), (2022, "令和４年度")):
        r0 = len(rows)
        for lbl, key in (("調定額", "a"), ("収入済額", "c"), ("収納率", "r")):
            row = [yl if key == "a" else None, lbl]
            for i in cols:
                if fy == 2023 and i == 11:
                    row.append("－")
                    continue
                m = MON[fy][i]
                if key == "r":
                    txt = f"{m['r']:.2f}"
                    F(txt, m["r"], "percent", "collection_rate", debt="市税", debt_raw="市税", fy=fy, fy_raw=yl,
                      segment="current", basis="interim", as_of=m["asof"])
                else:
                    txt = m1(m[key])
                    F(txt, m1yen(m[key]), "yen", "assessed" if key == "a" else "collected", debt="市税",
                      debt_raw="市税", fy=fy, fy_raw=yl, segment="current", basis="interim", as_of=m["asof"])
                row.append(txt)
            rows.append(row)
        merges.append((r0, 0, r0 + 2, 0))
    row = ["収納率の差", None]
    for i in cols:
        if i == 11:
            row.append("－")
            continue
        dv = round(MON[2023][i]["r"] - MON[2022][i]["r"], 2)
        txt = tri(dv, 2)
        row.append(txt)
        F(txt, dv, "points", "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度",
          segment="current", basis="interim", as_of=MON[2023][i]["asof"])
    rows.append(row)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    ncol = len(cols)
    widths = [70, 60] + [(W - 100 - 130) / ncol] * ncol
    fills = {(7, c): (0.97, 0.95, 0.88) for c in range(0, 2 + ncol)}
    yb = D.table(pg, 50, y, widths, rows, rh=19, fs=8.8, merges=merges, aligns="lc" + "r" * ncol,
                 header_fill=(0.86, 0.90, 0.95), fills={**fills, **{(r, 1): (0.94, 0.95, 0.97) for r in range(1, 8)}})
    return pg, yb


pg3, yb = month_page(list(range(0, 6)), False)
D.text(pg3, 50, yb + 14, "※調定額・収入済額は各月末時点の累計。表の右側（10月末以降）は次ページに続く。", 8, "g")
# line chart on page 3 (rates, all months)
W = pg3.rect.width
cx0, cy0, cw, ch = 90, yb + 40, W - 180, 250
lo, hi = 0, 100
D.text(pg3, 50, cy0 - 10, "【グラフ】市税（現年課税分）収納率の推移（％）", 9.5, "g")
for t in range(0, 101, 20):
    yy = cy0 + ch - (t - lo) / (hi - lo) * ch
    pg3.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.85, 0.85, 0.85), width=0.4)
    D.text(pg3, cx0 - 4, yy + 3, str(t), 7.5, "g", "r")
step = cw / 12
for i, mlabel in enumerate(MONTHS):
    D.text(pg3, cx0 + step * (i + 0.5), cy0 + ch + 12, mlabel, 7.5, "g", "c")
for fy, col, yl, dy in ((2022, (0.55, 0.55, 0.55), "令和４年度", 11), (2023, (0.12, 0.33, 0.62), "令和５年度", -5)):
    pts = []
    for i, m in enumerate(MON[fy]):
        px = cx0 + step * (i + 0.5)
        py = cy0 + ch - (m["r"] - lo) / (hi - lo) * ch
        pts.append((px, py))
    pg3.draw_polyline(pts, color=col, width=1.4)
    for i, ((px, py), m) in enumerate(zip(pts, MON[fy])):
        pg3.draw_circle((px, py), 2.0, color=col, fill=col)
        lab = f"{m['r']:.1f}"
        D.text(pg3, px, py + dy, lab, 6.8, "g", "c", color=col)
        F(lab, float(lab), "percent", "collection_rate", debt="市税", debt_raw="市税", fy=fy, fy_raw=yl,
          segment="current", basis="interim", as_of=m["asof"])
lx = cx0 + cw - 170
pg3.draw_line((lx, cy0 + ch + 30), (lx + 18, cy0 + ch + 30), color=(0.12, 0.33, 0.62), width=1.4)
D.text(pg3, lx + 22, cy0 + ch + 33, "令和５年度", 8, "g")
pg3.draw_line((lx + 85, cy0 + ch + 30), (lx + 103, cy0 + ch + 30), color=(0.55, 0.55, 0.55), width=1.4)
D.text(pg3, lx + 107, cy0 + ch + 33, "令和４年度", 8, "g")

pg4, yb = month_page(list(range(6, 12)), True)
D.text(pg4, 50, yb + 14, "※令和５年度の３月末は集計前のため「－」としている。令和６年２月は29日まで。", 8, "g")
D.text(pg4, 50, yb + 27, "※収納率の差は、令和５年度の収納率から令和４年度の同月の収納率を差し引いたもの（ポイント）。", 8, "g")
# a text block under the continued table
y = yb + 60
D.text(pg4, 50, y, "【分析】", 10, "g")
y += 16
mar5 = MON[2022][11]
s4 = (f"令和４年度の３月末の収納率は{mar5['r']:.2f}％であり、出納整理期間（４月・５月）の収納を加えた決算では"
      f"{DATA['zei']['final'][2022]['current']['r']:.2f}％となった。本年度は、２月末時点で前年同月を上回って推移していることから、"
      "決算見込の収納率の確保は可能と見込んでいる。")
y = D.para(pg4, 50, y, s4, pg4.rect.width - 100, 9.5, "m", first_indent=9.5)
F(f"{mar5['r']:.2f}％", mar5["r"], "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2022,
  fy_raw="令和４年度", segment="current", basis="interim", as_of=mar5["asof"])
F(f"{DATA['zei']['final'][2022]['current']['r']:.2f}％", DATA["zei"]["final"][2022]["current"]["r"], "percent",
  "collection_rate", debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度", segment="current")

# ---- page 5/6: long-format table (one row per debt and year), header repeated -------------------
LONG = []
for k in ORDER:
    for fy, yl, bas in ((2021, "令和３年度", "決算"), (2022, "令和４年度", "決算"), (2023, "令和５年度", "決算見込")):
        LONG.append((k, fy, yl, bas, DATA[k]["final"][fy]["total"]))
for fy, yl, bas in ((2021, "令和３年度", "決算"), (2022, "令和４年度", "決算"), (2023, "令和５年度", "決算見込")):
    s_ = {m: sum(DATA[k]["final"][fy]["total"][m] for k in ORDER) for m in "acw"}
    LONG.append(("sum", fy, yl, bas, seg(s_["a"], s_["c"], s_["w"])))
HDR = ["債権名", "年度", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
WID = [88, 62, 52, 62, 62, 52, 56, 49.3]


def long_rows(items):
    rows = [HDR]
    for k, fy, yl, bas, s in items:
        lbl = "合計" if k == "sum" else P[k][0]
        canon = None if k == "sum" else P[k][2]
        b = "actual" if bas == "決算" else "estimate"
        rows.append([lbl, yl, bas, comma(s["a"]), comma(s["c"]), comma(s["w"]), comma(s["o"]), f"{s['r']:.2f}"])
        base = dict(debt=canon, debt_raw=lbl, fy=fy, fy_raw=yl, basis=b)
        F(comma(s["a"]), s["a"] * 1000, "yen", "assessed", **base)
        F(comma(s["c"]), s["c"] * 1000, "yen", "collected", **base)
        F(comma(s["w"]), s["w"] * 1000, "yen", "written_off", **base)
        F(comma(s["o"]), s["o"] * 1000, "yen", "outstanding", **base)
        F(f"{s['r']:.2f}", s["r"], "percent", "collection_rate", **base)
    return rows


pg = new_page()
y = 64
y = h2(pg, y, "４　債権別の決算状況及び決算見込（現年度分・滞納繰越分の計）")
D.text(pg, R, y - 6, "（単位：千円、％）", 8, "g", "r")
SPLIT = 15
yb = D.table(pg, L, y, WID, long_rows(LONG[:SPLIT]), rh=[18] + [17.5] * SPLIT, fs=8, aligns="llcrrrrr",
             zebra=(0.95, 0.96, 0.98))
D.text(pg, R, yb + 12, "（次ページに続く）", 8, "g", "r")

pg = new_page()
y = 64
D.text(pg, L, y - 12, "４　債権別の決算状況及び決算見込（続き）", 10, "g")
D.text(pg, R, y - 12, "（単位：千円、％）", 8, "g", "r")
rest = LONG[SPLIT:]
yb = D.table(pg, L, y, WID, long_rows(rest), rh=[18] + [17.5] * len(rest), fs=8, aligns="llcrrrrr",
             zebra=(0.95, 0.96, 0.98))
D.text(pg, L, yb + 12, "※令和５年度は２月末までの実績を基にした決算見込。合計は主要７債権の合計。", 7.5, "g")
y = yb + 40
y = h2(pg, y, "５　令和５年度の目標と決算見込")
# left: metrics as rows (市税); right: debts as rows
D.text(pg, L, y, "（１）市税", 9.5, "g")
D.text(pg, L + 245, y, "（２）市税以外の主要債権（現年度分収納率、％）", 9.5, "g")
y += 6
z = DATA["zei"]["final"][2023]
zt = TARGET5["zei"]
lrows = [["指標", "目標", "決算見込", "差"]]
for lbl, segk, tv in (("収納率（現年度分）％", "current", zt[0]), ("収納率（滞納繰越分）％", "arrears", zt[1]),
                      ("収納率（計）％", "total", zt[2])):
    ev = z[segk]["r"]
    dv = round(ev - tv, 2)
    lrows.append([lbl, f"{tv:.2f}", f"{ev:.2f}", tri(dv, 2)])
    base = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", segment=segk)
    F(f"{tv:.2f}", tv, "percent", "collection_rate", **base, basis="target")
    F(f"{ev:.2f}", ev, "percent", "collection_rate", **base, basis="estimate")
    F(tri(dv, 2), dv, "points", "difference", **base, basis="estimate")
eo = z["total"]["o"]
lrows.append(["収入未済額（千円）", comma(ZEI_O_TARGET), comma(eo), tri(eo - ZEI_O_TARGET)])
F(comma(ZEI_O_TARGET), ZEI_O_TARGET * 1000, "yen", "outstanding", debt="市税", debt_raw="市税", fy=2023,
  fy_raw="令和５年度", basis="target")
F(comma(eo), eo * 1000, "yen", "outstanding", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度",
  basis="estimate")
F(tri(eo - ZEI_O_TARGET), (eo - ZEI_O_TARGET) * 1000, "yen", "difference", debt="市税", debt_raw="市税", fy=2023,
  fy_raw="令和５年度", basis="estimate")
D.table(pg, L, y, [96, 44, 48, 42], lrows, rh=18, fs=8, aligns="lrrr", header_fill=(0.88, 0.88, 0.88))
rrows = [["債権名", "目標", "決算見込"]]
for k in ORDER[1:]:
    tv = TARGET5[k][0]
    ev = DATA[k]["final"][2023]["current"]["r"]
    rrows.append([P[k][1], f"{tv:.2f}", f"{ev:.2f}"])
    base = dict(debt=P[k][2], debt_raw=P[k][1], fy=2023, fy_raw="令和５年度", segment="current")
    F(f"{tv:.2f}", tv, "percent", "collection_rate", **base, basis="target")
    F(f"{ev:.2f}", ev, "percent", "collection_rate", **base, basis="estimate")
D.table(pg, L + 245, y, [90, 69, 79.3], rrows, rh=15, fs=8, aligns="lrr", header_fill=(0.88, 0.88, 0.88))

# ---- page 7: 取組 (memo numbering, box) --------------------------------------------------------
pg = new_page()
y = 66
y = h2(pg, y, "６　主な取組状況")
SEC = "主な取組状況"
ITEMS = [
    ("（１）市税", "市税", "市税", [
        ("ア　滞納整理の強化", [
            ("(ｱ)", "財産調査を滞納発生から３か月以内に着手し、預貯金・給与等の差押えを早期に実施した。", None),
            ("(ｲ)", "高額滞納者（１００万円以上）を課長補佐が直接担当する体制とし、進行管理を徹底した。", "拡充"),
        ]),
        ("イ　納付しやすい環境の整備", [
            ("(ｱ)", "令和５年４月から地方税統一ＱＲコードを納付書に印字し、スマートフォン決済の対象税目を拡大した。", "新規"),
            ("(ｲ)", "口座振替の申込みをキャッシュカードで受け付ける端末を本庁及び支所の窓口に設置した。", None),
        ]),
    ]),
    ("（２）国民健康保険税", "国民健康保険料", "国民健康保険税", [
        ("ア　初期滞納への対応", [
            ("(ｱ)", "納期限後の未納者に自動音声による電話催告を行い、早期納付を促した。", None),
            ("(ｲ)", "資格喪失後の未納者に対し、喪失届の受付時に一括納付又は分割納付の相談を行った。", None),
        ]),
    ]),
    ("（３）市営住宅使用料", "市営住宅使用料", "市営住宅使用料", [
        ("ア　長期滞納者への対応", [
            ("(ｱ)", "滞納６か月以上の入居者８名に対し、明渡し請求の事前通知を送付した。", None),
        ]),
    ]),
]
X1 = L + 8
for head, canon, draw, subs in ITEMS:
    D.text(pg, X1, y, head, 10, "g")
    y += 16
    for sub, items in subs:
        D.text(pg, X1 + 10, y, sub, 9.5, "g")
        y += 15
        for lab, txt, st in items:
            full = txt + (f"【{st}】" if st else "")
            D.text(pg, X1 + 22, y, lab, 9.5, "m")
            y = D.para(pg, X1 + 42, y, full, R - X1 - 42, 9.5, "m", lead=1.5)
            g.init(txt, debt=canon, debt_raw=draw, fy=2023, section=SEC,
                   label=head[:3] + sub[0] + lab, status=st)
            y += 2
        y += 3
    y += 4
# box with items of the 債権管理課 (plain title, bullets)
y += 4
D.text(pg, X1, y, "（４）債権管理課による全庁的な取組", 10, "g")
y += 10
box_items = [
    "市税以外の債権を所管する課の職員を対象に、債権管理研修を年３回実施した。",
    "滞納額が多額の私債権について、所管課からの移管を受けて支払督促の申立てを行った。",
    "徴収停止の判断基準を定めた事務取扱要領を改正し、不納欠損処理の手順を統一した。",
]
by0 = y
y += 16
for txt in box_items:
    D.text(pg, X1 + 10, y, "・", 9.5, "m")
    y = D.para(pg, X1 + 20, y, txt, R - X1 - 30, 9.5, "m", lead=1.5)
    g.init(txt, debt=None, debt_raw=None, fy=2023, section="債権管理課による全庁的な取組", label="・", status=None)
    y += 2
pg.draw_rect(fitz.Rect(X1, by0, R, y - 4), color=(0.2, 0.2, 0.2), width=0.8)
y += 14
D.text(pg, L, y, "（参考）差押件数（２月末累計）　市税 684件（前年同月 612件）、国民健康保険税 251件（同 233件）", 8.5, "g")

doc.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
doc.close()
gp = g.write(out)
print(out, len(g.facts), "facts", len(g.inits), "initiatives")
