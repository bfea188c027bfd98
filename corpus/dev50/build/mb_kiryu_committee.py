"""Build mb_kiryu_committee_1: 桐生市債権管理対策委員会 資料 with 取組個票 (PyMuPDF drawing).

Run from corpus/dev50:  python3 build/mb_kiryu_committee.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf as fitz  # noqa: E402

from mb_common import PDF_DIR, Gold, comma, pct, rate, signed, zen  # noqa: E402
from mb_kiryu_data import ORDER, SPEC, build, sums  # noqa: E402
import mb_pdfdraw as P  # noqa: E402

STEM = "mb_kiryu_committee_1"
D = build()
G = Gold(STEM, "committee_material", "kobetsu", "桐生市",
         "令和７年度第２回桐生市債権管理対策委員会 資料", "2025-11-18", "令和7年11月18日（火）")
Y = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}


def yen(k):
    return k * 1000


def F(page, key, raw_name, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    debt = SPEC[key]["canon"] if key else None
    G.fact(page, debt, raw_name, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)
    return raw


doc = fitz.open()
L, R = 50, 545  # portrait margins

# ---------------------------------------------------------------- page 1: cover, 次第, 目次
p = P.new_page(doc)
P.box(p, (470, 40, 545, 62))
P.text(p, 470, 56, "資　料", 11, align="c", w=75)
P.text(p, 0, 150, "令和７年度 第２回", 16, align="c", w=595)
P.text(p, 0, 185, "桐生市債権管理対策委員会", 22, align="c", w=595)
P.text(p, 0, 222, "資　料", 16, align="c", w=595)
P.text(p, 0, 272, "令和7年11月18日（火）　午後２時から", 11, align="c", w=595)
P.text(p, 0, 290, "桐生市役所 ４階 庁議室", 11, align="c", w=595)
y = 340
P.text(p, 90, y, "次　　第", 13, align="c", w=415)
P.line(p, (90, y + 6), (505, y + 6))
for i, s in enumerate(["１　開　会",
                       "２　報告事項",
                       "　（１）令和６年度 市債権の決算状況について",
                       "　（２）主要債権の取組個票（令和７年度の取組）について",
                       "３　協議事項",
                       "　（１）令和７年度 滞納整理強化月間（12月）の実施について",
                       "４　閉　会"]):
    P.text(p, 110, y + 28 + i * 19, s, 10.5, font="M")
y = 520
P.text(p, 90, y, "目　　次", 13, align="c", w=415)
P.line(p, (90, y + 6), (505, y + 6))
toc = [("１　令和６年度 債権の状況（概要）", "2"),
       ("２　債権別 収納状況一覧（令和６年度決算）", "3"),
       ("３　主要債権の取組個票", ""),
       ("　（１）市税", "4"),
       ("　（２）国民健康保険税", "5"),
       ("　（３）介護保険料", "6"),
       ("　（４）保育所保育料・市営住宅使用料", "7")]
for i, (s, pg) in enumerate(toc):
    yy = y + 28 + i * 19
    P.text(p, 110, yy, s, 10.5, font="M")
    if pg:
        w = P.tlen(s, 10.5, "M")
        dots = "・" * int((360 - w) / 10.5)
        P.text(p, 110 + w + 4, yy, dots, 10.5, font="M", color=P.GRAY)
        P.text(p, 470, yy, pg, 10.5, font="M", align="r", w=20)
P.para(p, 90, 690, 415, "（参考）令和７年度第１回委員会は、新型インフルエンザ等の流行状況を踏まえ書面開催とし、令和7年6月20日付けで"
       "各委員に資料を送付して意見を求めた。", 9, font="M", indent=0, color=P.GRAY)
P.text(p, 0, 790, "桐生市 総務部 納税課（桐生市債権管理対策委員会 事務局）", 9, align="c", w=595)

# ---------------------------------------------------------------- page 2: summary, panels, chart
pg = 2
p = P.new_page(doc)
P.text(p, L, 60, "１　令和６年度 債権の状況（概要）", 13)
P.line(p, (L, 67), (R, 67), width=1.2)
T24, T23 = sums(D, ORDER, 2024), sums(D, ORDER, 2023)
a24, c24, o24, w24 = T24["tot"]["A"], T24["tot"]["C"], T24["tot"]["O"], T24["tot"]["W"]
r24, r23 = T24["tot"]["R"], T23["tot"]["R"]
o23, w23 = T23["tot"]["O"], T23["tot"]["W"]


def oku_man(k, unit_man=1):
    """千円 → 'X億Y万円' rounded to unit_man 万円; returns (text, yen value)."""
    man = round(k / 10 / unit_man) * unit_man
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return s, man * 10000


sa, va = oku_man(a24)
sc, vc = oku_man(c24)
so, vo = oku_man(o24, 100)
sd, vd = oku_man(abs(o24 - o23), 100)
dr = round(r24 - r23, 2)
intro = (f"市が保有する主要７債権（一般会計４債権、特別会計３債権）の令和６年度決算は、調定額"
         f"約{sa}に対し収入済額約{sc}で、収納率は{pct(r24)}％となり、前年度比{dr:.2f}ポイント上昇した。"
         f"収入未済額は約{so}で、前年度末から約{sd}減少している。")
F(pg, None, None, 2024, "令和６年度", "total", "assessed", "actual", va, "yen", f"約{sa}", approx=True)
F(pg, None, None, 2024, "令和６年度", "total", "collected", "actual", vc, "yen", f"約{sc}", approx=True)
F(pg, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", r24, "percent", f"{pct(r24)}％")
F(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", dr, "points", f"{dr:.2f}ポイント")
F(pg, None, None, 2024, "令和６年度", "total", "outstanding", "actual", vo, "yen", f"約{so}", approx=True)
F(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", -vd, "yen", f"約{sd}減少", approx=True)
y = P.para(p, L + 8, 82, R - L - 16, "　" + intro, 10, font="M", lead=1.7)

# three key-figure panels
y += 10
pw, gap = 155, 15
panels = []
# panel 1: rate
panels.append(("収納率（全債権）", "令和６年度決算", f"{pct(r24)}％", f"前年度比 ＋{dr:.2f}ポイント"))
F(pg, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", r24, "percent", f"{pct(r24)}％")
F(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", dr, "points", f"＋{dr:.2f}ポイント")
o_oku = round(o24 / 100000, 1)
do_oku = round((o24 - o23) / 100000, 1)
panels.append(("収入未済額（全債権）", "令和６年度末", f"{o_oku}億円", f"前年度比 {signed(do_oku, 1)}億円"))
F(pg, None, None, 2024, "令和６年度末", "total", "outstanding", "actual", round(o_oku * 1e8), "yen", f"{o_oku}億円")
F(pg, None, None, 2024, "令和６年度末", "total", "difference", "actual", round(do_oku * 1e8), "yen",
  f"{signed(do_oku, 1)}億円")
w_oku = round(w24 / 100000, 1)
dw_oku = round((w24 - w23) / 100000, 1)
panels.append(("不納欠損額（全債権）", "令和６年度決算", f"{w_oku}億円", f"前年度比 {signed(dw_oku, 1)}億円"))
F(pg, None, None, 2024, "令和６年度", "total", "written_off", "actual", round(w_oku * 1e8), "yen", f"{w_oku}億円")
F(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", round(dw_oku * 1e8), "yen",
  f"{signed(dw_oku, 1)}億円")
for i, (lab, yr, big, sub) in enumerate(panels):
    x = L + 8 + i * (pw + gap)
    P.box(p, (x, y, x + pw, y + 92), fill=(0.96, 0.97, 1.0), color=(0.2, 0.3, 0.55), width=1.2)
    p.draw_rect(fitz.Rect(x, y, x + pw, y + 20), color=None, fill=(0.2, 0.3, 0.55))
    P.text(p, x, y + 14, lab, 9.5, color=(1, 1, 1), align="c", w=pw)
    P.text(p, x, y + 35, yr, 8.5, align="c", w=pw, color=P.GRAY)
    P.text(p, x, y + 64, big, 20, align="c", w=pw)
    P.text(p, x, y + 84, sub, 8.5, align="c", w=pw)
y += 110

# bar (outstanding, 百万円) + line (rate) chart with data labels
P.text(p, L, y + 10, "図１　収入未済額及び収納率の推移（全債権）", 10.5)
cx0, cy0, cx1, cy1 = L + 45, y + 40, R - 45, y + 250
P.box(p, (L + 5, y + 20, R - 5, y + 290), color=(0.6, 0.6, 0.6), width=0.5)
yrs = list(range(2018, 2025))
outs = {yy: round(sums(D, ORDER, yy)["tot"]["O"] / 1000, 1) for yy in yrs}
rts = {yy: sums(D, ORDER, yy)["tot"]["R"] for yy in yrs}
bmax, rmin, rmax = 4000.0, 60.0, 100.0
for t in range(0, 4001, 500):
    yy = cy1 - (cy1 - cy0) * t / bmax
    P.line(p, (cx0, yy), (cx1, yy), color=(0.85, 0.85, 0.85), width=0.4)
    P.text(p, cx0 - 40, yy + 3, f"{t:,}", 7, align="r", w=36, color=P.GRAY)
for t in range(60, 101, 5):
    yy = cy1 - (cy1 - cy0) * (t - rmin) / (rmax - rmin)
    P.text(p, cx1 + 4, yy + 3, f"{t}", 7, color=P.GRAY)
P.line(p, (cx0, cy1), (cx1, cy1), width=0.8)
P.text(p, cx0 - 44, cy0 - 8, "（百万円）", 7, color=P.GRAY)
P.text(p, cx1 - 4, cy0 - 8, "（％）", 7, color=P.GRAY)
slot = (cx1 - cx0) / len(yrs)
pts = []
for i, yy in enumerate(yrs):
    xm = cx0 + slot * (i + 0.5)
    h = (cy1 - cy0) * outs[yy] / bmax
    p.draw_rect(fitz.Rect(xm - 16, cy1 - h, xm + 16, cy1), color=None, fill=(0.45, 0.6, 0.82))
    lab = f"{outs[yy]:,.1f}"
    P.text(p, xm - 30, cy1 - h - 4, lab, 7, align="c", w=60)
    F(pg, None, None, yy, Y[yy], "total", "outstanding", "actual", round(outs[yy] * 1e6), "yen", lab)
    P.text(p, xm - 20, cy1 + 12, Y[yy], 8, align="c", w=40)
    ry = cy1 - (cy1 - cy0) * (rts[yy] - rmin) / (rmax - rmin)
    pts.append((xm, ry))
for a, b in zip(pts, pts[1:]):
    P.line(p, a, b, color=(0.85, 0.35, 0.1), width=1.4)
for (xm, ry), yy in zip(pts, yrs):
    p.draw_circle((xm, ry), 2.5, color=(0.85, 0.35, 0.1), fill=(1, 1, 1))
    lab = pct(rts[yy])
    P.text(p, xm - 20, ry - 6, lab, 7, align="c", w=40, color=(0.7, 0.25, 0.05))
    F(pg, None, None, yy, Y[yy], "total", "collection_rate", "actual", rts[yy], "percent", lab)
# legend
ly = y + 278
p.draw_rect(fitz.Rect(L + 150, ly - 7, L + 162, ly + 1), color=None, fill=(0.45, 0.6, 0.82))
P.text(p, L + 166, ly, "収入未済額（百万円・棒）", 7.5)
P.line(p, (L + 290, ly - 3), (L + 306, ly - 3), color=(0.85, 0.35, 0.1), width=1.4)
P.text(p, L + 310, ly, "収納率（％・折れ線）", 7.5)
y += 300
cur_o = T24["cur"]["O"]
arr_o = T24["arr"]["O"]
note = (f"※ 令和６年度末の収入未済額のうち、現年度分 {comma(cur_o)}千円、滞納繰越分 {comma(arr_o)}千円。"
        "収入未済額は各年度の出納整理期間終了後の額。H30は平成30年度、R元は令和元年度を示す。")
F(pg, None, None, 2024, "令和６年度末", "current", "outstanding", "actual", yen(cur_o), "yen", f"{comma(cur_o)}千円")
F(pg, None, None, 2024, "令和６年度末", "arrears", "outstanding", "actual", yen(arr_o), "yen", f"{comma(arr_o)}千円")
y = P.para(p, L + 5, y, R - L - 10, note, 8, indent=10)

# two small tables side by side in opposite orientations (metric rows | year rows)
y += 16
P.text(p, L, y, "（参考）主要２債権の収納率の推移", 10.5)
P.text(p, R - 100, y, "（単位：％）", 8.5, align="r", w=100)
y += 8
P.text(p, L, y + 12, "表A　市税", 9)
P.text(p, L + 258, y + 12, "表B　国民健康保険税", 9)
yrs3 = [2022, 2023, 2024]
ca = [dict(r=0, c=0, t="区分", a="c", fill=P.HEAD)] + [dict(r=0, c=1 + i, t=Y[yy], a="c", fill=P.HEAD)
                                                     for i, yy in enumerate(yrs3)]
for r, (sg, lab) in enumerate((("cur", "現年分収納率"), ("arr", "滞納繰越分収納率"), ("tot", "全体収納率")), start=1):
    ca.append(dict(r=r, c=0, t=lab, a="l"))
    for i, yy in enumerate(yrs3):
        v = D["shizei"][yy][sg]["R"]
        ca.append(dict(r=r, c=1 + i, t=F(pg, "shizei", "市税", yy, Y[yy], SEGN[sg], "collection_rate", "actual", v,
                                         "percent", pct(v)), a="r"))
P.grid(p, L, y + 18, [88, 50, 50, 50], [17] * 4, ca, size=8.5)
cb = [dict(r=0, c=0, t="年度", a="c", fill=P.HEAD)] + [dict(r=0, c=1 + i, t=t, a="c", fill=P.HEAD)
                                                     for i, t in enumerate(("現年分", "滞納繰越分", "全体"))]
for r, yy in enumerate(yrs3, start=1):
    cb.append(dict(r=r, c=0, t=Y[yy], a="c"))
    for i, sg in enumerate(("cur", "arr", "tot")):
        v = D["kokuho"][yy][sg]["R"]
        cb.append(dict(r=r, c=1 + i, t=F(pg, "kokuho", "国民健康保険税", yy, Y[yy], SEGN[sg], "collection_rate", "actual",
                                         v, "percent", pct(v)), a="r"))
P.grid(p, L + 258, y + 18, [50, 62, 62, 63], [17] * 4, cb, size=8.5)

# ---------------------------------------------------------------- page 3: landscape table
pg = 3
p = P.new_page(doc, landscape=True)
X0 = 56
P.text(p, X0, 50, "２　債権別 収納状況一覧（令和６年度決算）", 13)
P.line(p, (X0, 57), (786, 57), width=1.2)
P.text(p, X0, 82, "表１　会計別・債権別の収納状況（令和６年度決算）", 10)
P.text(p, 626, 82, "（単位：千円、％）", 9, align="r", w=160)
colw = [70, 60, 62, 46, 54, 56, 38, 62, 64, 50, 58, 38, 36, 36]
hdr = [dict(r=0, c=0, rs=3, t="債権名", a="c", fill=P.HEAD),
       dict(r=0, c=1, cs=11, t="令和６年度　決算", a="c", fill=P.HEAD),
       dict(r=0, c=12, t="前年度", a="c", fill=P.HEAD, size=7.5),
       dict(r=0, c=13, rs=3, t="収納率\n増減", a="c", fill=P.HEAD, size=7.5),
       dict(r=1, c=1, cs=3, t="現年度分", a="c", fill=P.HEAD),
       dict(r=1, c=4, cs=3, t="滞納繰越分", a="c", fill=P.HEAD),
       dict(r=1, c=7, cs=5, t="計", a="c", fill=P.HEAD),
       dict(r=1, c=12, t="計", a="c", fill=P.HEAD)]
for i, t in enumerate(["調定額※", "収入済額", "収納率", "調定額※", "収入済額", "収納率",
                       "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収納率"]):
    hdr.append(dict(r=2, c=1 + i, t=t, a="c", fill=P.HEAD, size=7.5))
rows = []
ri = 3


def datarow(label, key, vals, prev, fill):
    global ri
    cells = [dict(r=ri, c=0, t=label, a="l", fill=fill)]
    name = label
    col = 1
    for seg in ("cur", "arr"):
        for m, met in (("A", "assessed"), ("C", "collected"), ("R", "collection_rate")):
            v = vals[seg][m]
            if m == "R":
                raw = pct(v)
                if key == "seiho" and seg == "cur":
                    cells.append(dict(r=ri, c=col, t=raw + "※1", a="r", fill=fill))
                else:
                    cells.append(dict(r=ri, c=col, t=raw, a="r", fill=fill))
                F(pg, key, name, 2024, "令和６年度", SEGN[seg], met, "actual", v, "percent", raw)
            else:
                raw = comma(v)
                cells.append(dict(r=ri, c=col, t=raw, a="r", fill=fill))
                F(pg, key, name, 2024, "令和６年度", SEGN[seg], met, "actual", yen(v), "yen", raw)
            col += 1
    for m, met in (("A", "assessed"), ("C", "collected"), ("W", "written_off"), ("O", "outstanding"),
                   ("R", "collection_rate")):
        v = vals["tot"][m]
        if m == "R":
            raw = pct(v)
            F(pg, key, name, 2024, "令和６年度", "total", met, "actual", v, "percent", raw)
        else:
            raw = comma(v)
            F(pg, key, name, 2024, "令和６年度", "total", met, "actual", yen(v), "yen", raw)
        cells.append(dict(r=ri, c=col, t=raw, a="r", fill=fill))
        col += 1
    raw = pct(prev)
    F(pg, key, name, 2023, "前年度", "total", "collection_rate", "actual", prev, "percent", raw)
    cells.append(dict(r=ri, c=col, t=raw, a="r", fill=fill))
    d = round(vals["tot"]["R"] - prev, 2)
    raw = signed(d, 2)
    F(pg, key, name, 2024, "令和６年度", "total", "difference", "actual", d, "points", raw)
    cells.append(dict(r=ri, c=col + 1, t=raw, a="r", fill=fill))
    ri += 1
    return cells


for sec, title in (("一般", "【一般会計】"), ("特別", "【特別会計】")):
    rows.append(dict(r=ri, c=0, cs=14, t=title, a="l", fill=(0.97, 0.93, 0.85)))
    ri += 1
    keys = [k for k in ORDER if SPEC[k]["sec"] == sec]
    for j, k in enumerate(keys):
        rows += datarow(SPEC[k]["short"], k, D[k][2024], D[k][2023]["tot"]["R"], P.ZEBRA if j % 2 else None)
    S, S0 = sums(D, keys, 2024), sums(D, keys, 2023)
    rows += datarow("小計", None, S, S0["tot"]["R"], P.SUB)
rows += datarow("合計", None, T24, T23["tot"]["R"], (0.88, 0.88, 0.88))
rowh = [17, 17, 17] + [20] * (ri - 3)
yb = P.grid(p, X0, 90, colw, rowh, hdr + rows, size=8, outer=1.4)
P.text(p, X0, yb + 14, "出典：令和６年度桐生市各会計歳入歳出決算書及び各債権所管課の報告を基に納税課作成", 8)
notes = ["（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
         "住宅使用料＝市営住宅使用料、生保返還金＝生活保護費返還金",
         "※　調定額は、還付未済額を含まない額である。収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入している。",
         "※1 生保返還金の現年度分には、分割納付を承認し履行中の債権を含む。"]
yy = yb + 30
for s in notes:
    yy = P.para(p, X0, yy, 730, s, 8, indent=12)

# ---------------------------------------------------------------- page 4: 市税 sheet
pg = 4
p = P.new_page(doc)
P.text(p, L, 50, "３　主要債権の取組個票", 12)
P.box(p, (470, 36, 545, 56))
P.text(p, 470, 50, "個票　１", 10, align="c", w=75)
strip = [("債権名", "市税"), ("所管課", "総務部 納税課"), ("債権区分", "強制徴収公債権")]
cells, cw = [], [52, 95, 52, 120, 60, 116]
for i, (a, b) in enumerate(strip):
    cells.append(dict(r=0, c=2 * i, t=a, a="c", fill=P.HEAD))
    cells.append(dict(r=0, c=2 * i + 1, t=b, a="l", size=9.5))
P.grid(p, L, 64, cw, [22], cells, size=9)
P.text(p, L, 110, "１　収納状況の推移", 11)
P.text(p, R - 150, 110, "（単位：千円、％）", 8.5, align="r", w=150)
k = "shizei"
cols = [2020, 2021, 2022, 2023, 2024]
cw = [46, 62] + [64] * 6
cells = [dict(r=0, c=0, cs=2, t="区　分", a="c", fill=P.HEAD)]
for i, yy in enumerate(cols):
    cells.append(dict(r=0, c=2 + i, t=f"{Y[yy]}決算", a="c", fill=P.HEAD))
cells.append(dict(r=0, c=7, t="R7目標", a="c", fill=(0.98, 0.9, 0.8)))
tgt = {"O": 380000, "cur": 99.20, "arr": 30.00, "tot": 97.10}
labels = [("調定額", "A", "assessed"), ("収入済額", "C", "collected"), ("不納欠損額", "W", "written_off"),
          ("収入未済額", "O", "outstanding")]
for r, (lab, m, met) in enumerate(labels, start=1):
    cells.append(dict(r=r, c=0, cs=2, t=lab, a="l"))
    for i, yy in enumerate(cols):
        v = D[k][yy]["tot"][m]
        cells.append(dict(r=r, c=2 + i, t=F(pg, k, "市税", yy, Y[yy], "total", met, "actual", yen(v), "yen",
                                            comma(v)), a="r"))
    if m == "O":
        cells.append(dict(r=r, c=7, t=F(pg, k, "市税", 2025, "R7", "total", "outstanding", "target",
                                        yen(tgt["O"]), "yen", comma(tgt["O"])), a="r"))
    else:
        cells.append(dict(r=r, c=7, t="－", a="c"))
cells.append(dict(r=5, c=0, rs=3, t="収納率", a="c"))
for j, (seg, lab) in enumerate((("cur", "現年分"), ("arr", "滞納繰越分"), ("tot", "計"))):
    r = 5 + j
    cells.append(dict(r=r, c=1, t=lab, a="l", size=7.5))
    for i, yy in enumerate(cols):
        v = D[k][yy][seg]["R"]
        cells.append(dict(r=r, c=2 + i, t=F(pg, k, "市税", yy, Y[yy], SEGN[seg], "collection_rate", "actual", v,
                                            "percent", pct(v)), a="r", fill=P.ZEBRA))
    cells.append(dict(r=r, c=7, t=F(pg, k, "市税", 2025, "R7", SEGN[seg], "collection_rate", "target", tgt[seg],
                                    "percent", pct(tgt[seg])), a="r", fill=P.ZEBRA))
yb = P.grid(p, L, 118, cw, [20] * 8, cells, size=8)
P.text(p, L, yb + 11, "※ 調定額・収入済額等は現年分と滞納繰越分の合計額。R2は令和２年度を示す。", 7.5, color=P.GRAY)

# two headings side by side over two blocks (目標 | 実績)
y = yb + 36
P.text(p, L, y, "２　令和６年度の数値目標と実績", 11)
y += 10
bw = 238
P.text(p, L, y + 16, "■ 目標（令和６年度）", 10)
P.text(p, L + bw + 19, y + 16, "■ 実績（令和６年度）", 10)
tg6 = {"cur": 99.10, "arr": 28.50, "O": 430000}
c1 = [dict(r=0, c=0, t="区分", a="c", fill=P.HEAD), dict(r=0, c=1, t="目標値", a="c", fill=P.HEAD)]
c2 = [dict(r=0, c=0, t="区分", a="c", fill=P.HEAD), dict(r=0, c=1, t="実績値", a="c", fill=P.HEAD),
      dict(r=0, c=2, t="評価", a="c", fill=P.HEAD)]
for r, (lab, seg) in enumerate((("現年分収納率（％）", "cur"), ("滞納繰越分収納率（％）", "arr"),
                                  ("収入未済額（千円）", "O")), start=1):
    c1.append(dict(r=r, c=0, t=lab, a="l"))
    c2.append(dict(r=r, c=0, t=lab, a="l"))
    if seg == "O":
        c1.append(dict(r=r, c=1, t=F(pg, k, "市税", 2024, "令和６年度", "total", "outstanding", "target",
                                     yen(tg6["O"]), "yen", comma(tg6["O"])), a="r"))
        v = D[k][2024]["tot"]["O"]
        c2.append(dict(r=r, c=1, t=F(pg, k, "市税", 2024, "令和６年度", "total", "outstanding", "actual",
                                     yen(v), "yen", comma(v)), a="r"))
        c2.append(dict(r=r, c=2, t="達成" if v <= tg6["O"] else "未達成", a="c"))
    else:
        c1.append(dict(r=r, c=1, t=F(pg, k, "市税", 2024, "令和６年度", SEGN[seg], "collection_rate", "target",
                                     tg6[seg], "percent", pct(tg6[seg])), a="r"))
        v = D[k][2024][seg]["R"]
        c2.append(dict(r=r, c=1, t=F(pg, k, "市税", 2024, "令和６年度", SEGN[seg], "collection_rate", "actual",
                                     v, "percent", pct(v)), a="r"))
        c2.append(dict(r=r, c=2, t="達成" if v >= tg6[seg] else "未達成", a="c"))
P.grid(p, L, y + 24, [150, 88], [18] * 4, c1, size=8.5)
yb = P.grid(p, L + bw + 19, y + 24, [130, 70, 38], [18] * 4, c2, size=8.5)

y = yb + 24
P.text(p, L, y, "３　令和７年度の取組（数値目標の達成に向けた取組）", 11)
y += 8
items = [("①", "現年課税分の滞納を早期に解消するため、納期限後20日以内に督促状を発送し、未納者には電話及びSMSによる催告を行う。", "継続"),
         ("②", "滞納繰越分については、財産調査を徹底し、預貯金・給与等の債権差押えを中心とした滞納処分を進める。", "継続"),
         ("③", "群馬県地方税滞納整理機構への高額・困難事案の移管を計画的に行い、移管予告による自主納付を促す。", "継続"),
         ("④", "地方税統一ＱＲコードを活用したスマートフォン決済について、納税通知書への案内文同封や市広報紙により周知を強化する。", "拡充"),
         ("⑤", "金融機関への預貯金照会を電子照会に一本化し、調査期間の短縮と事務の効率化を図る。", "新規")]
for lab, t, st in items:
    s = f"{lab}　{t}【{st}】"
    y = P.para(p, L + 10, y, R - L - 20, s, 9, lead=1.5, indent=14) + 2
    G.initiative(pg, "市税", "市税", 2025, "令和７年度の取組（数値目標の達成に向けた取組）", lab, t, st)
y += 8
P.box(p, (L + 10, y, R - 10, y + 62), color=(0.3, 0.3, 0.3), width=0.8)
P.text(p, L + 18, y + 15, "【参考】令和６年度の滞納整理の状況", 9.5)
P.text(p, L + 26, y + 32, f"・滞納者数：{F(pg, k, '市税', 2024, '令和６年度', 'total', 'delinquents', 'actual', 3412, 'persons', '3,412人')}"
       f"（前年度末 {F(pg, k, '市税', 2023, '前年度末', 'total', 'delinquents', 'actual', 3689, 'persons', '3,689人')}）"
       "　　・差押件数：1,205件（前年度 1,148件）", 9)
P.text(p, L + 26, y + 50, "・群馬県地方税滞納整理機構への移管：45件　　・捜索：６件（動産公売２回）", 9)

# ---------------------------------------------------------------- page 5: 国保 sheet
pg = 5
p = P.new_page(doc)
k = "kokuho"
P.text(p, L, 50, "３　主要債権の取組個票", 12)
P.box(p, (470, 36, 545, 56))
P.text(p, 470, 50, "個票　２", 10, align="c", w=75)
P.grid(p, L, 64, [165, 190, 140],
       [24], [dict(r=0, c=0, t="債権名　国民健康保険税", a="l", size=10, fill=P.HEAD),
              dict(r=0, c=1, t="所管課　医療保険課（賦課）・納税課（徴収）", a="l", size=8.5),
              dict(r=0, c=2, t="債権区分　強制徴収公債権", a="l", size=8.5)])
P.text(p, L, 112, "１　年度別の収納状況（直近６か年）", 11)
hh = ["年　度", "現年分\n収納率（％）", "滞納繰越分\n収納率（％）", "調定額\n（千円）", "収入済額\n（千円）",
      "収入未済額\n（千円）", "滞納世帯数\n（世帯）"]
cw = [70, 62, 66, 76, 76, 76, 69]
cells = [dict(r=0, c=i, t=t, a="c", fill=P.HEAD, size=7.5) for i, t in enumerate(hh)]
hh_deli = {2019: 4210, 2020: 4085, 2021: 3902, 2022: 3744, 2023: 3568, 2024: 3391}
for r, yy in enumerate(range(2024, 2018, -1), start=1):
    fyr = "令和元年度" if yy == 2019 else f"令和{yy - 2018}年度"
    f = P.ZEBRA if r % 2 == 0 else None
    cells.append(dict(r=r, c=0, t=fyr, a="c", fill=f))
    nm = "国民健康保険税"
    vals = [(D[k][yy]["cur"]["R"], "current", "collection_rate", "percent"),
            (D[k][yy]["arr"]["R"], "arrears", "collection_rate", "percent"),
            (D[k][yy]["tot"]["A"], "total", "assessed", "yen"),
            (D[k][yy]["tot"]["C"], "total", "collected", "yen"),
            (D[k][yy]["tot"]["O"], "total", "outstanding", "yen"),
            (hh_deli[yy], "total", "delinquents", "households")]
    for i, (v, seg, met, unit) in enumerate(vals, start=1):
        if unit == "percent":
            raw, val = pct(v), v
        elif unit == "yen":
            raw, val = comma(v), yen(v)
        else:
            raw, val = comma(v), v
        cells.append(dict(r=r, c=i, t=F(pg, k, nm, yy, fyr, seg, met, "actual", val, unit, raw), a="r", fill=f))
yb = P.grid(p, L, 120, cw, [28] + [18] * 6, cells, size=8.5)
P.text(p, L, yb + 11, "※ 調定額・収入済額・収入未済額は現年分と滞納繰越分の計。滞納世帯数は各年度末（出納整理期間後）現在。", 7.5,
       color=P.GRAY)

y = yb + 34
P.text(p, L, y, "２　数値目標と実績（収納率）", 11)
P.text(p, R - 120, y, "（単位：％）", 8.5, align="r", w=120)
tg = {2022: (94.00, 22.00), 2023: (94.40, 23.00), 2024: (94.70, 24.50)}
cells = [dict(r=0, c=0, rs=2, t="年　度", a="c", fill=P.HEAD),
         dict(r=0, c=1, cs=3, t="現年分", a="c", fill=P.HEAD),
         dict(r=0, c=4, cs=3, t="滞納繰越分", a="c", fill=P.HEAD)]
for i, t in enumerate(["目標", "実績", "達成率", "目標", "実績", "達成率"]):
    cells.append(dict(r=1, c=1 + i, t=t, a="c", fill=P.HEAD))
for r, yy in enumerate((2022, 2023, 2024), start=2):
    fyr = f"令和{zen(yy - 2018)}年度"
    cells.append(dict(r=r, c=0, t=fyr, a="c"))
    for j, seg in enumerate(("cur", "arr")):
        t = tg[yy][j]
        a = D[k][yy][seg]["R"]
        cells.append(dict(r=r, c=1 + 3 * j, t=F(pg, k, "国民健康保険税", yy, fyr, SEGN[seg], "collection_rate",
                                                "target", t, "percent", pct(t)), a="r"))
        cells.append(dict(r=r, c=2 + 3 * j, t=F(pg, k, "国民健康保険税", yy, fyr, SEGN[seg], "collection_rate",
                                                "actual", a, "percent", pct(a)), a="r"))
        cells.append(dict(r=r, c=3 + 3 * j, t=f"{a / t * 100:.1f}", a="r", fill=P.ZEBRA))
yb = P.grid(p, L, y + 8, [85, 68, 68, 66, 68, 68, 72], [16, 16, 18, 18, 18], cells, size=8.5)
P.text(p, L, yb + 11, "※ 達成率＝実績÷目標×100", 7.5, color=P.GRAY)

y = yb + 34
P.text(p, L, y, "３　令和７年度 上半期の状況（令和7年9月末現在）", 11)
P.text(p, R - 200, y, "（単位：千円、％）", 8.5, align="r", w=200)
I25 = {"cur": dict(A=2561874, R=45.12), "arr": dict(A=512410, R=12.63)}
I24 = {"cur": dict(A=2598612, R=44.30), "arr": dict(A=575901, R=11.92)}
for S in (I25, I24):
    for seg in S:
        S[seg]["C"] = round(S[seg]["A"] * S[seg]["R"] / 100)
        S[seg]["R"] = rate(S[seg]["C"], S[seg]["A"])
cells = [dict(r=0, c=i, t=t, a="c", fill=P.HEAD) for i, t in enumerate(["区　分", "調定額", "収入済額", "収納率"])]
for r, (seg, lab) in enumerate((("cur", "現年分"), ("arr", "滞納繰越分")), start=1):
    cells.append(dict(r=r, c=0, t=lab, a="c"))
    for i, (m, met) in enumerate((("A", "assessed"), ("C", "collected"), ("R", "collection_rate")), start=1):
        v1, v0 = I25[seg][m], I24[seg][m]
        if m == "R":
            r1, r0, x1, x0, u = pct(v1), pct(v0), v1, v0, "percent"
        else:
            r1, r0, x1, x0, u = comma(v1), comma(v0), yen(v1), yen(v0), "yen"
        F(pg, k, "国民健康保険税", 2025, "令和７年度", SEGN[seg], met, "interim", x1, u, r1, as_of="2025-09-30")
        F(pg, k, "国民健康保険税", 2024, "前年同月", SEGN[seg], met, "interim", x0, u, r0, as_of="2024-09-30")
        cells.append(dict(r=r, c=i, t=f"{r1}（{r0}）", a="r"))
yb = P.grid(p, L, y + 8, [95, 140, 140, 120], [17, 19, 19], cells, size=8.5)
P.text(p, L, yb + 11, "※（　）内は前年同月（令和6年9月末）の数値", 7.5, color=P.GRAY)

y = yb + 34
P.text(p, L, y, "４　令和７年度の取組", 11)
sec = "令和７年度の取組"
y += 6
tree = [("（１）現年度分の収納対策", None, None, 0),
        ("ア", "加入手続時及び納税通知書の発送時に口座振替依頼書を同封し、口座振替の原則化を進める。【継続】", "(1)ア", 1),
        ("イ", "短期被保険者証の交付に合わせた納付相談を実施し、分納計画の履行状況を定期的に確認する。", "(1)イ", 1),
        ("【継続】", None, None, 9),
        ("（２）滞納繰越分の縮減", None, None, 0),
        ("ア　財産調査と滞納処分の強化", None, None, 1),
        ("(ｱ)", "滞納繰越１年目の事案は９月末までに財産調査を終え、差押え等の処分を速やかに行う。【拡充】", "(2)ア(ｱ)", 2),
        ("(ｲ)", "資格喪失後に所在不明となった世帯は、住民票調査・実態調査を行い、執行停止の判断を適正に行う。【新規】", "(2)ア(ｲ)", 2),
        ("イ", "県税事務所と合同で捜索及びインターネット公売を年２回実施する。【継続】", "(2)イ", 1)]
for head, body, lab, lvl in tree:
    if body is None and lvl == 9:
        P.text(p, L + 42, y + 9, head, 9)
        y += 14
        continue
    if body is None:
        P.text(p, L + 8 + lvl * 14, y + 9, head, 9.5)
        y += 15
        continue
    x = L + 8 + lvl * 14
    y = P.para(p, x, y, R - x - 10, f"{head}　{body}", 9, lead=1.45, indent=18) + 1
    st = "継続" if lab == "(1)イ" else body[body.rindex("【") + 1:-1]
    txt = body[:body.rindex("【")] if body.endswith("】") else body
    G.initiative(pg, "国民健康保険料", "国民健康保険税", 2025, sec, lab, txt, st)

# ---------------------------------------------------------------- page 6: 介護 sheet
pg = 6
p = P.new_page(doc)
k = "kaigo"
P.box(p, (470, 36, 545, 56))
P.text(p, 470, 50, "個票　３", 10, align="c", w=75)
P.text(p, L, 52, "３　債権ごとの取組み（介護保険料）", 13)
P.line(p, (L, 60), (R, 60), width=1.0)
P.text(p, L, 76, "所管：健康長寿部 長寿支援課　　債権区分：強制徴収公債権（普通徴収分）", 9, color=P.GRAY)
P.text(p, L, 100, "（１）収納状況の推移", 11)
P.text(p, R - 160, 100, "（単位：百万円、％）", 8.5, align="r", w=160)
cols = [2020, 2021, 2022, 2023, 2024]
cw = [58, 70] + [73.4] * 5
cells = [dict(r=0, c=0, cs=2, t="区　分", a="c", fill=P.HEAD)]
for i, yy in enumerate(cols):
    cells.append(dict(r=0, c=2 + i, t=f"{yy}年度", a="c", fill=P.HEAD))
layout = [("cur", "現年分", [("A", "調定額", "assessed"), ("C", "収入済額", "collected"), ("R", "収納率", "collection_rate")]),
          ("arr", "滞納繰越分", [("A", "調定額", "assessed"), ("C", "収入済額", "collected"), ("W", "不納欠損額", "written_off"),
                             ("R", "収納率", "collection_rate")]),
          ("tot", "計", [("O", "収入未済額", "outstanding")])]
r = 1
for seg, sl, ms in layout:
    cells.append(dict(r=r, c=0, rs=len(ms), t=sl, a="c", fill=(0.97, 0.97, 0.97)))
    for m, lab, met in ms:
        cells.append(dict(r=r, c=1, t=lab, a="l"))
        for i, yy in enumerate(cols):
            v = D[k][yy][seg][m]
            if m == "R":
                raw, val, u = pct(v), v, "percent"
            else:
                mv = round(v / 1000, 1)
                raw, val, u = f"{mv:,.1f}", round(mv * 1e6), "yen"
            cells.append(dict(r=r, c=2 + i, t=F(pg, k, "介護保険料", yy, f"{yy}年度", SEGN[seg], met, "actual", val, u,
                                                raw), a="r"))
        r += 1
yb = P.grid(p, L, 108, cw, [18] * r, cells, size=8.5)
o6, o5 = D[k][2024]["tot"]["O"], D[k][2023]["tot"]["O"]
man6 = round(o6 / 10)
dman = round(abs(o6 - o5) / 10)
rc6, rc5 = D[k][2024]["cur"]["R"], D[k][2023]["cur"]["R"]
drc = round(rc6 - rc5, 2)
txt = (f"　令和６年度末の収入未済額は約{man6:,}万円で、前年度末から約{dman:,}万円の減少となった。"
       f"現年分の収納率は{pct(rc6)}％で、前年度を{drc:.2f}ポイント上回った。一方、滞納繰越分は２年で時効を迎えるため"
       "不納欠損額が大きく、滞納繰越分の早期の納付交渉が課題である。")
F(pg, k, "介護保険料", 2024, "令和６年度末", "total", "outstanding", "actual", man6 * 10000, "yen", f"約{man6:,}万円",
  approx=True)
F(pg, k, "介護保険料", 2024, "令和６年度末", "total", "difference", "actual", -dman * 10000, "yen", f"約{dman:,}万円の減少",
  approx=True)
F(pg, k, "介護保険料", 2024, "令和６年度", "current", "collection_rate", "actual", rc6, "percent", f"{pct(rc6)}％")
F(pg, k, "介護保険料", 2024, "令和６年度", "current", "difference", "actual", drc, "points", f"{drc:.2f}ポイント")
y = P.para(p, L, yb + 12, R - L, txt, 9.5, font="M", lead=1.65)

y += 14
P.text(p, L, y, "（２）令和７年度の収納状況", 11)
y += 20
P.text(p, L + 10, y, "【収納率】令和7年9月末時点", 10)
k25 = {"cur": 55.84, "arr": 9.86}
k24 = {"cur": 55.37, "arr": 9.12}
for i, (seg, lab) in enumerate((("cur", "現年分"), ("arr", "滞納繰越分"))):
    r1 = F(pg, k, "介護保険料", 2025, "令和7年9月末", SEGN[seg], "collection_rate", "interim", k25[seg], "percent",
           f"{pct(k25[seg])}％", as_of="2025-09-30")
    r0 = F(pg, k, "介護保険料", 2024, "前年同月", SEGN[seg], "collection_rate", "interim", k24[seg], "percent",
           f"{pct(k24[seg])}％", as_of="2024-09-30")
    P.text(p, L + 24, y + 18 + i * 17, f"・{lab}　{r1}（前年同月 {r0}）", 9.5)
y += 60
P.text(p, L, y, "（３）令和７年度の主な取組", 11)
y += 10
bx = [("普通徴収の新規対象者（65歳到達者・転入者）に対し、納付書の送付時に口座振替の案内を同封する。", "継続"),
      ("督促状の発送後も未納の者には、コールセンターによる電話催告を行い、早期の納付を促す。", "継続"),
      ("２年の消滅時効を踏まえ、時効到来が近い滞納繰越分から優先して納付交渉を行う。", "拡充"),
      ("保険料滞納による給付制限（償還払い化等）の事前通知を活用し、納付相談につなげる。", "新規"),
      ("年金からの特別徴収への早期切替えを進めるため、年金保険者への依頼を毎月行う。", None)]
top = y
y += 10
for t, st in bx:
    s = f"・{t}" + (f"【{st}】" if st else "")
    y = P.para(p, L + 18, y, R - L - 36, s, 9, lead=1.5, indent=9) + 3
    G.initiative(pg, "介護保険料", "介護保険料", 2025, "令和７年度の主な取組", "・", t, st)
P.box(p, (L + 6, top, R - 6, y + 6), color=(0.2, 0.3, 0.55), width=1.0)
y += 24
P.para(p, L, y, R - L, "※ 収納状況の推移の金額は百万円未満を四捨五入しているため、内訳と計が一致しない場合がある。"
       "収納率は千円単位の金額から算出。", 7.5, indent=10, color=P.GRAY)

# ---------------------------------------------------------------- page 7: 保育料・住宅 sheet
pg = 7
p = P.new_page(doc)
P.text(p, L, 50, "３　主要債権の取組個票", 12)
P.box(p, (450, 36, 545, 56))
P.text(p, 450, 50, "個票　４・５", 10, align="c", w=95)
cells = []
for r, (a, b, c_, d_) in enumerate((("債権名", "保育所保育料", "所管課", "こども未来部 子育て支援課"),
                                    ("債権名", "市営住宅使用料", "所管課", "都市整備部 建築住宅課"))):
    cells += [dict(r=r, c=0, t=a, a="c", fill=P.HEAD), dict(r=r, c=1, t=b), dict(r=r, c=2, t=c_, a="c", fill=P.HEAD),
              dict(r=r, c=3, t=d_)]
P.grid(p, L, 64, [60, 150, 60, 225], [20, 20], cells, size=9)
P.text(p, L, 128, "１　収納状況（令和５年度・令和６年度決算）", 11)
P.text(p, R - 150, 128, "（単位：千円、％）", 8.5, align="r", w=150)
ks = [("hoiku", "保育料"), ("jutaku", "住宅使用料")]
cw = [24, 92] + [94.75] * 4
cells = [dict(r=0, c=0, cs=2, rs=2, t="区　分", a="c", fill=P.HEAD)]
for j, (kk, nm) in enumerate(ks):
    cells.append(dict(r=0, c=2 + 2 * j, cs=2, t=nm, a="c", fill=P.HEAD))
    cells.append(dict(r=1, c=2 + 2 * j, t="令和５年度", a="c", fill=P.HEAD))
    cells.append(dict(r=1, c=3 + 2 * j, t="令和６年度", a="c", fill=P.HEAD))
r = 2
for seg, vl in (("cur", "現年度分"), ("arr", "滞納繰越分")):
    cells.append(dict(r=r, c=0, rs=3, t=vl, vertical=True, a="c", fill=(0.97, 0.97, 0.97)))
    for m, lab, met in (("A", "調定額", "assessed"), ("C", "収入済額", "collected"), ("R", "収納率", "collection_rate")):
        cells.append(dict(r=r, c=1, t=lab, a="l"))
        for j, (kk, nm) in enumerate(ks):
            for i, yy in enumerate((2023, 2024)):
                v = D[kk][yy][seg][m]
                raw, val, u = (pct(v), v, "percent") if m == "R" else (comma(v), yen(v), "yen")
                cells.append(dict(r=r, c=2 + 2 * j + i, t=F(pg, kk, nm, yy, f"令和{zen(yy - 2018)}年度", SEGN[seg], met,
                                                            "actual", val, u, raw), a="r"))
        r += 1
cells.append(dict(r=r, c=0, rs=2, t="計", vertical=True, a="c", fill=(0.97, 0.97, 0.97)))
cells.append(dict(r=r, c=1, t="不納欠損額", a="l"))
cells.append(dict(r=r + 1, c=1, t="収入済額\n収納率", a="l"))
for j, (kk, nm) in enumerate(ks):
    for i, yy in enumerate((2023, 2024)):
        fyr = f"令和{zen(yy - 2018)}年度"
        v = D[kk][yy]["tot"]
        cells.append(dict(r=r, c=2 + 2 * j + i, t=F(pg, kk, nm, yy, fyr, "total", "written_off", "actual", yen(v["W"]),
                                                    "yen", comma(v["W"])), a="r"))
        s1 = F(pg, kk, nm, yy, fyr, "total", "collected", "actual", yen(v["C"]), "yen", comma(v["C"]))
        s2 = F(pg, kk, nm, yy, fyr, "total", "collection_rate", "actual", v["R"], "percent", pct(v["R"]))
        cells.append(dict(r=r + 1, c=2 + 2 * j + i, t=f"{s1}\n{s2}", a="r"))
r += 2
cells.append(dict(r=r, c=0, cs=2, t="備　考", a="c", fill=(0.97, 0.97, 0.97)))
for j, (kk, nm) in enumerate(ks):
    v = D[kk][2024]
    s1 = F(pg, kk, nm, 2024, "令和６年度", "total", "outstanding", "actual", yen(v["tot"]["O"]), "yen",
           f"{comma(v['tot']['O'])}千円")
    s2 = F(pg, kk, nm, 2024, "令和６年度", "arrears", "outstanding", "actual", yen(v["arr"]["O"]), "yen",
           f"{comma(v['arr']['O'])}千円")
    cells.append(dict(r=r, c=2 + 2 * j, cs=2, t=f"令和６年度末収入未済額 {s1}\n（うち滞納繰越分 {s2}）", a="l", size=8))
rowh = [17, 17] + [18] * 6 + [18, 30, 32]
yb = P.grid(p, L, 136, cw, rowh, cells, size=8.5)
P.text(p, L, yb + 11, "※ 計欄の上段は収入済額、下段は収納率。", 7.5, color=P.GRAY)

y = yb + 34
P.text(p, L, y, "２　令和７年度 実施事項", 11)
acts = {
    ("hoiku", "cur"): [("①", "入所申込時に口座振替の手続を原則とし、振替不能の翌月に再振替と電話連絡を行う。", "継続"),
                       ("②", "児童手当からの特別徴収（申出による徴収）の勧奨を入所時面談で行う。", "新規")],
    ("hoiku", "arr"): [("①", "退所者の滞納は、財産調査を行ったうえで滞納処分を実施する。", "継続"),
                       ("②", "納税課との併任職員による合同催告を年２回行う。", "拡充")],
    ("jutaku", "cur"): [("①", "家賃の口座振替を入居時に原則化し、３か月以上の滞納者には連帯保証人へ通知する。", "継続"),
                        ("②", "収入申告の提出指導を徹底し、家賃算定の適正化を図る。", "継続")],
    ("jutaku", "arr"): [("①", "退去者の滞納家賃は、支払督促等の法的措置を計画的に行う。", "拡充"),
                        ("②", "長期滞納者との分納誓約の履行管理を毎月行う。", "継続"),
                        ("③", "回収見込みのない債権は、債権管理条例に基づく放棄を検討する。", "新規")]}
cells = [dict(r=0, c=0, t="区　分", a="c", fill=P.HEAD), dict(r=0, c=1, t="保育所保育料", a="c", fill=P.HEAD),
         dict(r=0, c=2, t="市営住宅使用料", a="c", fill=P.HEAD)]
for r, (seg, lab) in enumerate((("cur", "現年度分"), ("arr", "滞納繰越分")), start=1):
    cells.append(dict(r=r, c=0, t=lab, a="c"))
    for j, kk in enumerate(("hoiku", "jutaku")):
        s = "\n".join(f"{lb}{t}【{st}】" for lb, t, st in acts[(kk, seg)])
        cells.append(dict(r=r, c=1 + j, t=s, a="l", v="t", size=8))
        full = "保育所保育料" if kk == "hoiku" else "市営住宅使用料"
        for lb, t, st in acts[(kk, seg)]:
            G.initiative(pg, SPEC[kk]["canon"], full, 2025, "令和７年度 実施事項", lb, t, st)
P.grid(p, L, y + 8, [60, 217, 218], [17, 56, 70], cells, size=8)

out = PDF_DIR / f"{STEM}.pdf"
P.finish(doc, str(out))
G.write()
