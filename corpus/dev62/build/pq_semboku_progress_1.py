"""Build pq_semboku_progress_1: 令和5年度 市税等の収納状況及び取組状況について（中間報告）, 仙北市.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/dev62:  python3 build/pq_semboku_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pq_common import ROOT, Gold, rate, rnd, c, cm, r, oku_man  # noqa: E402
from pq_pdf import Page, tw, wrap  # noqa: E402
from pq_semboku_data import DATA, FEB, MONTHLY, JUTAKU_YEN, META, ORDER, MONTHS, month_end  # noqa: E402

STEM = "pq_semboku_progress_1"
CANON = {"shizei": "市税", "hoiku": "保育料", "jutaku": "市営住宅使用料", "kokuho": "国民健康保険料",
         "kaigo": "介護保険料", "kouki": "後期高齢者医療保険料"}
FEB23, FEB22 = "2024-02-29", "2023-02-28"
K = 1000
G = Gold(STEM, {"kind": "progress_report", "family": "chukan", "municipality": "仙北市",
                "title": "令和５年度 市税等の収納状況及び取組状況について（中間報告）",
                "date": "2024-03-15", "date_raw": "令和６年３月１５日"})


def F(page, k, fy, fy_raw, seg, metric, basis, value, unit, raw, debt_raw=None, **kw):
    debt = CANON.get(k) if k else None
    if debt_raw is None and k:
        debt_raw = META[k]["name"]
    return G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def feb(k, y, seg, m):
    """2月末 figures in 千円 (市営住宅使用料 rounded from 円)."""
    if k == "jutaku":
        return int(round(JUTAKU_YEN[y][seg][m] / 1000))
    return FEB[k][y][seg][m]


def frate(k, y, seg):
    return rate(feb(k, y, seg, "collected"), feb(k, y, seg, "assessed"))


def D(k, y, seg, m):
    return DATA[k][y][seg][m]


def RT(k, y, seg):
    return rate(D(k, y, seg, "collected"), D(k, y, seg, "assessed"))


doc = fitz.open()
L, R_ = 50, 545
W = R_ - L
GRAY = (0.85, 0.85, 0.85)
BLUE = (0.86, 0.90, 0.96)


def heading(p, y, s, size=11.5):
    p.text(L, y + size, s, size, "g")
    return y + size * 1.9


def footer(p, n):
    p.text(297.5, 815, f"－ {n} －", 9, "m", "c")


# ================================================================ page 1: panels + 2-column overview
pg = 1
p = Page(doc)
p.text(R_, 60, "令和６年３月１５日", 9.5, "m", "r")
p.text(R_, 74, "仙北市総務部税務課", 9.5, "m", "r")
p.text(297.5, 108, "令和５年度 市税等の収納状況及び取組状況について（中間報告）", 14, "g", "c")
p.text(297.5, 126, "（令和６年２月末現在）", 10.5, "m", "c")
# panels
s23, s22 = frate("shizei", 2023, "total"), frate("shizei", 2022, "total")
k23, k22 = frate("kokuho", 2023, "total"), frate("kokuho", 2022, "total")
allA = sum(D(k, 2023, "total", "assessed") for k in ORDER)
allC = sum(D(k, 2023, "total", "collected") for k in ORDER)
all_est = rate(allC, allA)
all_tgt = rnd(all_est - 0.15)
assert s23 > s22 and k23 > k22
panels = [
    ("市税 収納率（令和６年２月末）",
     F(pg, "shizei", 2023, "令和６年２月末", "total", "collection_rate", "interim", s23, "percent", r(s23) + "％", as_of=FEB23),
     "前年同月比＋" + F(pg, "shizei", 2023, "令和６年２月末", "total", "difference", "interim", rnd(s23 - s22), "points",
                    r(rnd(s23 - s22)) + "ポイント", as_of=FEB23)),
    ("国民健康保険税 収納率（２月末）",
     F(pg, "kokuho", 2023, "令和６年２月末", "total", "collection_rate", "interim", k23, "percent", r(k23) + "％", as_of=FEB23),
     "前年同月比＋" + F(pg, "kokuho", 2023, "令和６年２月末", "total", "difference", "interim", rnd(k23 - k22), "points",
                    r(rnd(k23 - k22)) + "ポイント", as_of=FEB23)),
    ("６債権の決算見込収納率（令和５年度）",
     F(pg, None, 2023, "令和５年度", "total", "collection_rate", "estimate", all_est, "percent", r(all_est) + "％"),
     "目標 " + F(pg, None, 2023, "令和５年度", "total", "collection_rate", "target", all_tgt, "percent", r(all_tgt) + "％")),
]
pw = (W - 20) / 3
for i, (lab, big, sub) in enumerate(panels):
    x0 = L + i * (pw + 10)
    p.rect(x0, 142, x0 + pw, 212, fill=None, color=(0.18, 0.33, 0.59), w=1.2)
    p.rect(x0, 142, x0 + pw, 160, fill=(0.18, 0.33, 0.59), color=(0.18, 0.33, 0.59), w=1.2)
    p.text(x0 + pw / 2, 155, lab, 8.5, "g", "c", color=(1, 1, 1))
    p.text(x0 + pw / 2, 187, big, 19, "g", "c")
    p.text(x0 + pw / 2, 205, sub, 8.5, "m", "c")
y = heading(p, 232, "１　概要")
cw = (W - 18) / 2
sc23, sa23 = frate("shizei", 2023, "current"), frate("shizei", 2023, "arrears")
o23 = feb("shizei", 2023, "total", "assessed") - feb("shizei", 2023, "total", "collected")
o22 = feb("shizei", 2022, "total", "assessed") - feb("shizei", 2022, "total", "collected")
o23a = round(o23 / 1000) * 1000 * 1000
od = round((o22 - o23) / 1000) * 1000 * 1000
assert o23 < o22
left = ("令和６年２月末現在の市税の収納率は、現年課税分が" +
        F(pg, "shizei", 2023, "令和６年２月末", "current", "collection_rate", "interim", sc23, "percent", r(sc23) + "％", as_of=FEB23) +
        "、滞納繰越分が" +
        F(pg, "shizei", 2023, "令和６年２月末", "arrears", "collection_rate", "interim", sa23, "percent", r(sa23) + "％", as_of=FEB23) +
        "で、全体では" + r(s23) + "％となり、前年同月と比べ" + r(rnd(s23 - s22)) + "ポイント上昇した。"
        "\n　２月末時点の収入未済額は約" +
        F(pg, "shizei", 2023, "令和６年２月末", "total", "outstanding", "interim", o23a, "yen", oku_man(o23a), approx=True, as_of=FEB23) +
        "で、前年同月から約" +
        F(pg, "shizei", 2023, "令和６年２月末", "total", "difference", "interim", -od, "yen", oku_man(od), approx=True, as_of=FEB23) +
        "減少している。現年課税分では、個人市民税の特別徴収分が堅調に推移した一方、固定資産税の第４期分で納付の遅れがみられる。"
        "\n　滞納繰越分は、１２月の滞納整理強化月間に預貯金等の差押えを集中的に行った結果、前年同月を上回って推移している。")
# the same rate and difference as the panel, printed again in the text
F(pg, "shizei", 2023, "令和６年２月末", "total", "collection_rate", "interim", s23, "percent", r(s23) + "％", as_of=FEB23)
F(pg, "shizei", 2023, "令和６年２月末", "total", "difference", "interim", rnd(s23 - s22), "points",
  r(rnd(s23 - s22)) + "ポイント", as_of=FEB23)
kc23, ka23 = frate("kokuho", 2023, "current"), frate("kokuho", 2023, "arrears")
gc23, gc22 = frate("kaigo", 2023, "current"), frate("kaigo", 2022, "current")
assert gc23 > gc22
right = ("国民健康保険税の収納率は、現年課税分が" +
         F(pg, "kokuho", 2023, "令和６年２月末", "current", "collection_rate", "interim", kc23, "percent", r(kc23) + "％", as_of=FEB23) +
         "、滞納繰越分が" +
         F(pg, "kokuho", 2023, "令和６年２月末", "arrears", "collection_rate", "interim", ka23, "percent", r(ka23) + "％", as_of=FEB23) +
         "となった。納付相談の機会を増やしたことで分納の履行率が改善している。"
         "\n　介護保険料の現年分は" +
         F(pg, "kaigo", 2023, "令和６年２月末", "current", "collection_rate", "interim", gc23, "percent", r(gc23) + "％", as_of=FEB23) +
         "で、前年同月を" +
         F(pg, "kaigo", 2023, "令和６年２月末", "current", "difference", "interim", rnd(gc23 - gc22), "points",
           r(rnd(gc23 - gc22)) + "ポイント", as_of=FEB23) +
         "上回っている。"
         "\n　年度末の決算見込みでは、対象６債権全体の収納率を" + r(all_est) + "％と見込んでおり、目標を" +
         F(pg, None, 2023, "令和５年度", "total", "difference", "estimate", rnd(all_est - all_tgt), "points",
           r(rnd(all_est - all_tgt)) + "ポイント") +
         "上回る見込みである（表５参照）。引き続き、出納整理期間まで滞納整理を進める。")
F(pg, None, 2023, "令和５年度", "total", "collection_rate", "estimate", all_est, "percent", r(all_est) + "％")
yl = p.para(L, y, cw, left, 9.5, "m", 1.75, indent=9.5)
yr_ = p.para(L + cw + 18, y, cw, right, 9.5, "m", 1.75, indent=9.5)
p.line(L + cw + 9, y, L + cw + 9, max(yl, yr_), 0.4, (0.5, 0.5, 0.5))
y = max(yl, yr_) + 14
p.rect(L, y, R_, y + 62, fill=(0.96, 0.96, 0.96), color=(0.5, 0.5, 0.5), w=0.5)
p.para(L + 8, y + 6, W - 16, "【本報告の対象】市税、保育料、市営住宅使用料（以上、一般会計）、国民健康保険税、介護保険料、後期高齢者医療保険料"
       "（以上、特別会計）の６債権。金額は千円未満を四捨五入しているため、合計が一致しない場合がある。前年同月は令和５年２月末の数値である。",
       8.5, "m", 1.6)
footer(p, pg)

# ================================================================ page 2: section-row table, hrules only
pg = 2
p = Page(doc)
y = heading(p, 50, "２　主要債権の収納状況")
p.text(L, y + 9, "表２　債権別収納状況（令和６年２月末現在。前年同期は令和５年２月末）", 9.5, "g")
p.text(R_, y + 9, "（単位：千円、％）", 8, "m", "r")
y += 16
rows = [["債権名", ("前年同期", 3), ("今期", 3), "差"],
        ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "（ポイント）"]]
fills = {}
bold = []
sections = [("【一般会計】", ["shizei", "hoiku", "jutaku"]), ("【特別会計】", ["kokuho", "kaigo", "kouki"])]


def vals(keys, y_):
    a = sum(feb(k, y_, "total", "assessed") for k in keys)
    cc = sum(feb(k, y_, "total", "collected") for k in keys)
    return a, cc


def row_for(label, keys, debt_key, debt_raw):
    cells = [label]
    rts = {}
    for y_, yr in ((2022, "前年同期"), (2023, "今期")):
        a, cc = vals(keys, y_)
        rt = rate(cc, a)
        rts[y_] = rt
        asof = FEB22 if y_ == 2022 else FEB23
        cells += [F(pg, debt_key, y_, yr, "total", "assessed", "interim", a * K, "yen", c(a), debt_raw=debt_raw, as_of=asof),
                  F(pg, debt_key, y_, yr, "total", "collected", "interim", cc * K, "yen", c(cc), debt_raw=debt_raw, as_of=asof),
                  F(pg, debt_key, y_, yr, "total", "collection_rate", "interim", rt, "percent", r(rt), debt_raw=debt_raw, as_of=asof)]
    dd = rnd(rts[2023] - rts[2022])
    cells.append(F(pg, debt_key, 2023, "今期", "total", "difference", "interim", dd, "points", r(dd, minus="▲"),
                   debt_raw=debt_raw, as_of=FEB23))
    return cells


for sec, keys in sections:
    fills[len(rows)] = (0.93, 0.93, 0.93)
    rows.append([(sec, 8)])
    for k in keys:
        rows.append(row_for("　" + META[k]["name"], [k], k, META[k]["name"]))
    bold.append(len(rows))
    rows.append(row_for("小計", keys, None, "小計"))
bold.append(len(rows))
rows.append(row_for("合計", ORDER, None, "合計"))
y = p.table(L, y, [96, 60, 60, 40, 60, 60, 40, 46], rows, size=8.5, head=2, rules="hrules", head_fill=None,
            aligns=["l"] + ["r"] * 7, fills=fills, bold_rows=bold, pad=3)
sarr = feb("shizei", 2023, "arrears", "collected")
p.text(L, y + 12, "※　差は今期の収納率から前年同期の収納率を差し引いたもの（▲は低下）。", 8)
p.text(L, y + 24, "※　市税の今期収入済額のうち、滞納繰越分 " +
       F(pg, "shizei", 2023, "令和６年２月末", "arrears", "collected", "interim", sarr * K, "yen", c(sarr) + "千円", as_of=FEB23), 8)
p.text(L, y + 36, "※　市営住宅使用料は円単位の額を千円未満で四捨五入している（表４－２参照）。", 8)
y += 58
dec_c, dec_a = MONTHLY[2023][8], None
d12c = rate(MONTHLY[2023][8][1], MONTHLY[2023][8][0])
d12a = 21.35
y = heading(p, y, "【収納率】令和５年１２月末時点（市税）", 10.5)
p.text(L + 12, y + 6, "・現年分　" + F(pg, "shizei", 2023, "令和５年１２月末", "current", "collection_rate", "interim", d12c, "percent",
                                        r(d12c) + "％", as_of="2023-12-31"), 10)
p.text(L + 12, y + 22, "・滞繰分　" + F(pg, "shizei", 2023, "令和５年１２月末", "arrears", "collection_rate", "interim", d12a, "percent",
                                        r(d12a) + "％", as_of="2023-12-31"), 10)
y += 40
p.para(L, y, W, "　１２月末時点では、滞納繰越分が前年同月を下回っていたが、滞納整理強化月間（１２月）に行った差押えの効果が１月以降の"
       "収納に表れ、２月末では前年同期を上回った。保育料及び市営住宅使用料は、現年分の口座振替率の向上により前年同期並みを維持している。",
       9.5, "m", 1.7)
footer(p, pg)

# ================================================================ page 3: monthly table + line chart
pg = 3
p = Page(doc)
y = heading(p, 50, "３　月別収納状況（市税 現年課税分・累計）")
rows = [["月", ("令和５年度", 3), ("令和４年度", 3), "収納率の差"],
        ["", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "（ポイント）"]]
r23s, r22s = [], []
for i, mlab in enumerate(MONTHS):
    cells = [mlab]
    rr = {}
    for y_ in (2023, 2022):
        v = MONTHLY[y_][i]
        yr = "令和５年度" if y_ == 2023 else "令和４年度"
        if v is None:
            cells += ["－", "－", "－"]
            rr[y_] = None
            continue
        a, cc = v
        rt = rate(cc, a)
        rr[y_] = rt
        asof = month_end(y_, i)
        cells += [F(pg, "shizei", y_, yr, "current", "assessed", "interim", a * K, "yen", c(a), as_of=asof, debt_raw="市税"),
                  F(pg, "shizei", y_, yr, "current", "collected", "interim", cc * K, "yen", c(cc), as_of=asof, debt_raw="市税"),
                  F(pg, "shizei", y_, yr, "current", "collection_rate", "interim", rt, "percent", r(rt), as_of=asof, debt_raw="市税")]
    r23s.append(rr[2023])
    r22s.append(rr[2022])
    if rr[2023] is None:
        cells.append("－")
    else:
        dd = rnd(rr[2023] - rr[2022])
        cells.append(F(pg, "shizei", 2023, "令和５年度", "current", "difference", "interim", dd, "points", r(dd, minus="▲"),
                       as_of=month_end(2023, i), debt_raw="市税"))
    rows.append(cells)
y = p.table(L, y, [44, 66, 66, 50, 66, 66, 50, 87], rows, size=8.5, head=2, aligns=["c"] + ["r"] * 7,
            fills={i: (0.95, 0.97, 1.0) for i in range(3, 14, 2)}, pad=2.6)
p.text(L, y + 12, "※　令和５年度の３月末は集計前のため「－」としている。収納率は累計の収入済額を各月末の調定額で除したもの。", 8)
# chart
y += 30
p.text(297.5, y + 10, "図１　市税現年課税分の収納率の推移（累計、％）", 9.5, "g", "c")
cx0, cx1, cy0, cy1 = L + 30, R_ - 10, y + 28, y + 250
p.line(cx0, cy1, cx1, cy1, 0.8)
p.line(cx0, cy0, cx0, cy1, 0.8)
for v in (0, 20, 40, 60, 80, 100):
    yy = cy1 - (cy1 - cy0) * v / 100
    p.line(cx0, yy, cx1, yy, 0.3, (0.75, 0.75, 0.75))
    p.text(cx0 - 4, yy + 3, str(v), 7.5, "m", "r")
step = (cx1 - cx0) / 12
pts = {}
for y_, vals_, col in ((2022, r22s, (0.6, 0.6, 0.6)), (2023, r23s, (0.12, 0.33, 0.62))):
    prev = None
    for i, v in enumerate(vals_):
        if v is None:
            continue
        xx = cx0 + step * (i + 0.5)
        yy = cy1 - (cy1 - cy0) * v / 100
        if prev:
            p.p.draw_line(prev, (xx, yy), color=col, width=1.6 if y_ == 2023 else 1.0,
                          dashes=None if y_ == 2023 else "[3 2] 0")
        p.p.draw_circle((xx, yy), 2.2, color=col, fill=col)
        prev = (xx, yy)
        if y_ == 2023:
            lab = F(pg, "shizei", 2023, "令和５年度", "current", "collection_rate", "interim", v, "percent", r(v),
                    as_of=month_end(2023, i), debt_raw="市税")
            p.text(xx, yy - 7, lab, 7, "g", "c", color=col)
for i, mlab in enumerate(MONTHS):
    p.text(cx0 + step * (i + 0.5), cy1 + 12, mlab, 7.5, "m", "c")
p.line(cx0 + 290, cy1 + 26, cx0 + 310, cy1 + 26, 1.6, (0.12, 0.33, 0.62))
p.text(cx0 + 314, cy1 + 29, "令和５年度", 8)
p.p.draw_line((cx0 + 370, cy1 + 26), (cx0 + 390, cy1 + 26), color=(0.6, 0.6, 0.6), width=1.0, dashes="[3 2] 0")
p.text(cx0 + 394, cy1 + 29, "令和４年度", 8)
footer(p, pg)

# ================================================================ page 4: districts (boxed) + yen / 千円 tables
pg = 4
p = Page(doc)
y = heading(p, 50, "４　地区別・債権別の状況")
p.text(L, y + 9, "表４－１　地区別の収納状況（市税 現年課税分、令和６年２月末現在）", 9.5, "g")
y += 18
bx0 = y
dist = [("角館地区", 0.512, 94.25, 93.86, 642), ("田沢湖地区", 0.318, 93.71, 93.12, 431), ("西木地区", None, None, None, 203)]


def split(y_, idx_rate):
    A = feb("shizei", y_, "current", "assessed")
    C = feb("shizei", y_, "current", "collected")
    out = []
    ra, rc = A, C
    for name, sh, r23_, r22_, _ in dist:
        if sh is None:
            out.append((name, ra, rc))
        else:
            a = int(round(A * sh))
            cc = int(round(a * (r23_ if idx_rate == 2023 else r22_) / 100))
            out.append((name, a, cc))
            ra -= a
            rc -= cc
    return out, A, C


d23, A23, C23 = split(2023, 2023)
d22, A22, C22 = split(2022, 2022)
rows = [["地区", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "前年同期\n収納率（％）", "差\n（ポイント）", "滞納者数\n（人）"]]
for (name, a, cc), (_, a2, c2), dd in zip(d23, d22, dist):
    rt, rt2 = rate(cc, a), rate(c2, a2)
    rows.append([name,
                 F(pg, "shizei", 2023, "令和６年２月末", "current", "assessed", "interim", a * K, "yen", c(a), as_of=FEB23, area=name),
                 F(pg, "shizei", 2023, "令和６年２月末", "current", "collected", "interim", cc * K, "yen", c(cc), as_of=FEB23, area=name),
                 F(pg, "shizei", 2023, "令和６年２月末", "current", "collection_rate", "interim", rt, "percent", r(rt), as_of=FEB23, area=name),
                 F(pg, "shizei", 2022, "前年同期", "current", "collection_rate", "interim", rt2, "percent", r(rt2), as_of=FEB22, area=name),
                 F(pg, "shizei", 2023, "令和６年２月末", "current", "difference", "interim", rnd(rt - rt2), "points",
                   r(rnd(rt - rt2), minus="▲"), as_of=FEB23, area=name),
                 F(pg, "shizei", 2023, "令和６年２月末", "current", "delinquents", "interim", dd[4], "persons", str(dd[4]), as_of=FEB23,
                   area=name)])
rt, rt2 = rate(C23, A23), rate(C22, A22)
dsum = sum(d[4] for d in dist)
rows.append(["計",
             F(pg, "shizei", 2023, "令和６年２月末", "current", "assessed", "interim", A23 * K, "yen", c(A23), as_of=FEB23, debt_raw="市税"),
             F(pg, "shizei", 2023, "令和６年２月末", "current", "collected", "interim", C23 * K, "yen", c(C23), as_of=FEB23, debt_raw="市税"),
             F(pg, "shizei", 2023, "令和６年２月末", "current", "collection_rate", "interim", rt, "percent", r(rt), as_of=FEB23, debt_raw="市税"),
             F(pg, "shizei", 2022, "前年同期", "current", "collection_rate", "interim", rt2, "percent", r(rt2), as_of=FEB22, debt_raw="市税"),
             F(pg, "shizei", 2023, "令和６年２月末", "current", "difference", "interim", rnd(rt - rt2), "points", r(rnd(rt - rt2), minus="▲"),
               as_of=FEB23, debt_raw="市税"),
             F(pg, "shizei", 2023, "令和６年２月末", "current", "delinquents", "interim", dsum, "persons", f"{dsum:,}", as_of=FEB23,
               debt_raw="市税")])
y = p.table(L + 10, y + 8, [62, 72, 72, 54, 70, 56, 64 - 20 + 9], rows, size=8.5, head=1, aligns=["c"] + ["r"] * 6,
            fills={4: (0.93, 0.93, 0.93)}, bold_rows=[4], head_fill=GRAY)
p.rect(L, bx0, R_, y + 10, color=(0, 0, 0), w=1.2)
p.text(L, y + 24, "出典：仙北市税務システム「収納状況月報（令和６年２月末）」", 8)
p.text(L, y + 36, "※　地区は納税義務者の住所地による。滞納者数は２月末時点で現年課税分に未納のある者の実人数。", 8)
y += 58
# yen beside 千円
p.text(L, y + 9, "表４－２　市営住宅使用料（２月末）", 9.5, "g")
p.text(L + 252, y + 9, "表４－３　保育料（２月末）", 9.5, "g")
y += 16
rowsY = [["区分", "調定額\n（円）", "収入済額\n（円）", "収納率\n（％）"]]
rowsK = [["区分", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）"]]
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")):
    a, cc = JUTAKU_YEN[2023][seg]["assessed"], JUTAKU_YEN[2023][seg]["collected"]
    rt = rate(cc, a)
    rowsY.append([lab, F(pg, "jutaku", 2023, "令和６年２月末", seg, "assessed", "interim", a, "yen", c(a), as_of=FEB23),
                  F(pg, "jutaku", 2023, "令和６年２月末", seg, "collected", "interim", cc, "yen", c(cc), as_of=FEB23),
                  F(pg, "jutaku", 2023, "令和６年２月末", seg, "collection_rate", "interim", rt, "percent", r(rt), as_of=FEB23)])
    a, cc = feb("hoiku", 2023, seg, "assessed"), feb("hoiku", 2023, seg, "collected")
    rt = rate(cc, a)
    rowsK.append([lab, F(pg, "hoiku", 2023, "令和６年２月末", seg, "assessed", "interim", a * K, "yen", c(a), as_of=FEB23),
                  F(pg, "hoiku", 2023, "令和６年２月末", seg, "collected", "interim", cc * K, "yen", c(cc), as_of=FEB23),
                  F(pg, "hoiku", 2023, "令和６年２月末", seg, "collection_rate", "interim", rt, "percent", r(rt), as_of=FEB23)])
y1 = p.table(L, y, [42, 76, 76, 50], rowsY, size=8.5, aligns=["c", "r", "r", "r"], head_fill=BLUE)
y2 = p.table(L + 252, y, [42, 68, 68, 50], rowsK, size=8.5, aligns=["c", "r", "r", "r"], head_fill=BLUE)
y = max(y1, y2) + 14
p.para(L, y, W, "　市営住宅使用料は私債権であり、滞納が３か月以上となった入居者に対して連帯保証人への通知を行っている。保育料は、"
       "令和元年１０月の幼児教育・保育の無償化以降、調定額が減少しているが、滞納繰越分の縮減が引き続き課題となっている。", 9.5, "m", 1.7)
footer(p, pg)

# ================================================================ page 5: 表５ (left-hand columns: rates)
pg = 5
p = Page(doc)
y = heading(p, 50, "５　年度末の見込み")
p.text(L, y + 9, "表５　2023年度決算見込（収納率）", 9.5, "g")
p.text(R_, y + 9, "（単位：％）", 8, "m", "r")
y += 16
tgt_delta = {("shizei", "current"): -0.05, ("shizei", "arrears"): -0.80, ("hoiku", "current"): 0.10,
             ("hoiku", "arrears"): -0.50, ("jutaku", "current"): -0.10, ("jutaku", "arrears"): 0.40,
             ("kokuho", "current"): -0.20, ("kokuho", "arrears"): 0.35, ("kaigo", "current"): -0.02,
             ("kaigo", "arrears"): -1.00, ("kouki", "current"): 0.03, ("kouki", "arrears"): -1.50}
rows = [["債権名", "区分", "令和４年度\n決算", "令和５年度\n目標", "令和５年度\n決算見込", "目標との差\n（ポイント）", "評価"]]
below = []
for k in ORDER:
    for seg, lab in (("current", "現年分"), ("arrears", "滞繰分")):
        act, est = RT(k, 2022, seg), RT(k, 2023, seg)
        tg = rnd(est + tgt_delta[(k, seg)])
        dd = rnd(est - tg)
        if dd < 0:
            below.append((k, seg, dd))
        rows.append([META[k]["name"] if seg == "current" else "", lab,
                     F(pg, k, 2022, "令和４年度", seg, "collection_rate", "actual", act, "percent", r(act)),
                     F(pg, k, 2023, "令和５年度", seg, "collection_rate", "target", tg, "percent", r(tg)),
                     F(pg, k, 2023, "令和５年度", seg, "collection_rate", "estimate", est, "percent", r(est)),
                     F(pg, k, 2023, "令和５年度", seg, "difference", "estimate", dd, "points", r(dd, minus="▲")),
                     "○" if dd >= 0 else "△"])
y = p.table(L, y, [110, 50, 66, 66, 66, 70, 40], rows, size=8.5, aligns=["l", "c", "r", "r", "r", "r", "c"],
            fills={i: (0.96, 0.96, 0.96) for i in range(2, 13, 2)}, head_fill=GRAY, pad=2.8)
p.text(L, y + 12, "評価　○：目標達成見込み　△：目標未達成見込み", 8)
p.text(L, y + 24, "※　決算見込は、２月末までの収納実績に前年度の３月以降の収納割合を乗じて推計した。", 8)
p.text(R_, y + 24, "（表５は次頁に続く）", 8, "m", "r")
y += 46
y = heading(p, y, "（１）見込みの概要", 10.5)
sest, stg = RT("shizei", 2023, "current"), rnd(RT("shizei", 2023, "current") + tgt_delta[("shizei", "current")])
kk, kseg, kdd = [b for b in below if b[0] == "kokuho"][0] if any(b[0] == "kokuho" for b in below) else below[0]
tot_o23 = sum(D(k, 2023, "total", "outstanding") for k in ORDER)
tot_o22 = sum(D(k, 2022, "total", "outstanding") for k in ORDER)
oa = round(tot_o23 / 1000) * 1000 * 1000
odf = round((tot_o22 - tot_o23) / 1000) * 1000 * 1000
assert odf > 0
txt = ("　市税の現年分は、決算見込収納率が" +
       F(pg, "shizei", 2023, "令和５年度", "current", "collection_rate", "estimate", sest, "percent", r(sest) + "％") +
       "となり、目標を" +
       F(pg, "shizei", 2023, "令和５年度", "current", "difference", "estimate", rnd(sest - stg), "points", r(rnd(sest - stg)) + "ポイント") +
       "上回る見込みである。一方、" + META[kk]["name"] + "の" + {"current": "現年分", "arrears": "滞繰分"}[kseg] + "は目標を" +
       F(pg, kk, 2023, "令和５年度", kseg, "difference", "estimate", kdd, "points", r(abs(kdd)) + "ポイント") +
       "下回る見込みであり、３月以降の催告を強化する。"
       "\n　対象６債権の年度末の収入未済額は約" +
       F(pg, None, 2023, "令和５年度", "total", "outstanding", "estimate", oa, "yen", oku_man(oa), approx=True) +
       "となり、前年度決算から約" +
       F(pg, None, 2023, "令和５年度", "total", "difference", "estimate", -odf, "yen", oku_man(odf), approx=True) +
       "の減少を見込んでいる。")
y = p.para(L, y, W, txt, 9.5, "m", 1.75)
footer(p, pg)

# ================================================================ page 6: 表５（続き） right-hand columns + long table start
pg = 6
p = Page(doc)
p.text(L, 59, "表５（続き）　2023年度決算見込（金額）", 9.5, "g")
p.text(R_, 59, "（単位：千円）", 8, "m", "r")
rows = [["債権名", "調定額\n見込", "収入済額\n見込", "不納欠損額\n見込", "収入未済額\n見込", "前年度決算\n収入未済額", "増減"]]
sums = [0] * 6
for k in ORDER + [None]:
    if k:
        v = [D(k, 2023, "total", m) for m in ("assessed", "collected", "written_off", "outstanding")] + [D(k, 2022, "total", "outstanding")]
        sums = [s + x for s, x in zip(sums, v + [0])]
    else:
        v = sums[:5]
    nm = META[k]["name"] if k else "合計"
    dr = None if k else "合計"
    rows.append([nm] + [F(pg, k, 2023, "令和５年度", "total", m, "estimate", x * K, "yen", c(x), debt_raw=dr)
                        for m, x in zip(("assessed", "collected", "written_off", "outstanding"), v[:4])] +
                [F(pg, k, 2022, "前年度決算", "total", "outstanding", "actual", v[4] * K, "yen", c(v[4]), debt_raw=dr),
                 F(pg, k, 2023, "令和５年度", "total", "difference", "estimate", (v[3] - v[4]) * K, "yen", c(v[3] - v[4]), debt_raw=dr)])
y = p.table(L, 66, [110, 70, 70, 60, 64, 64, 57], rows, size=8.5, aligns=["l"] + ["r"] * 6, head_fill=GRAY,
            fills={7: (0.93, 0.93, 0.93)}, bold_rows=[7], pad=2.8)
p.text(L, y + 12, "※　増減は収入未済額見込から前年度決算の収入未済額を差し引いたもの（△は減少）。", 8)
y += 36
y = heading(p, y, "６　主要債権の収納率の推移")
p.text(R_, y - 6, "（単位：％）", 8, "m", "r")
LY = [(2017, "H29", "実績"), (2020, "R2", "実績"), (2021, "R3", "実績"), (2022, "R4", "実績"), (2023, "R5", "見込")]
long_rows = []
for k in ["shizei", "kokuho", "kaigo", "kouki"]:
    for fy, lab, kind in LY:
        basis = "actual" if kind == "実績" else "estimate"
        long_rows.append((k, fy, lab, kind, basis))
head = ["債権名", "年度", "区分", "現年分", "滞繰分", "計"]


def long_table(p, y, part, pgn):
    rows_ = [head]
    for k, fy, lab, kind, basis in part:
        rows_.append([META[k]["name"], lab, kind] +
                     [F(pgn, k, fy, lab, seg, "collection_rate", basis, RT(k, fy, seg), "percent", r(RT(k, fy, seg)))
                      for seg in ("current", "arrears", "total")])
    return p.table(L, y, [150, 60, 60, 75, 75, 75], rows_, size=8.5, aligns=["l", "c", "c", "r", "r", "r"], head_fill=BLUE,
                   pad=2.6)


y = long_table(p, y, long_rows[:11], pg)
p.text(R_, y + 12, "（次頁に続く）", 8, "m", "r")
footer(p, pg)

# ================================================================ page 7: long table continued + 取組
pg = 7
p = Page(doc)
p.text(L, 59, "６　主要債権の収納率の推移（続き）", 9.5, "g")
y = long_table(p, 66, long_rows[11:], pg)
p.text(L, y + 12, "※　H29は平成29年度、R2～R4は令和2～4年度の決算、R5は令和5年度の決算見込である。", 8)
y += 34
y = heading(p, y, "７　債権ごとの取組状況")


def block(p, y, title, debt, groups, pgn):
    if title:
        y = heading(p, y, title, 10.5)
    for gt, items in groups:
        p.text(L + 10, y + 9.5, "■ " + gt, 9.5, "g")
        y += 16
        for lab, txt, stt, prog in items:
            line = lab + txt + (f"【{stt}】" if stt else "")
            p.text(R_, y + 9.5, prog, 9, "g", "r")
            y = p.para(L + 20, y, W - 75, line, 9.5, "m", 1.6, hang=tw(lab, 9.5))
            G.init(pgn, CANON[debt], META[debt]["name"], 2023, gt, lab.strip(), txt, stt)
        y += 3
    return y + 4


y = block(p, y, "（１）債権ごとの取組状況（市税）", "shizei",
          [("滞納整理の強化", [("・", "１２月を滞納整理強化月間とし、預貯金や給与の差押えを集中的に実施した。", "継続", "実施済"),
                               ("・", "高額・困難案件を秋田県地方税滞納整理機構へ引き継ぎ、共同で処理した。", "継続", "実施中")]),
           ("納付環境の整備", [("・", "令和５年４月からスマートフォン決済アプリによる納付を開始した。", "新規", "実施済"),
                               ("・", "口座振替の申込みを窓口でキャッシュカードにより受け付ける端末を設置した。", "拡充", "実施済")])], pg)
footer(p, pg)

# ================================================================ page 8: 取組 continued
pg = 8
p = Page(doc)
y = 50
y = block(p, y, "（２）債権ごとの取組状況（国民健康保険税）", "kokuho",
          [("早期の納付勧奨", [("・", "納期限後１か月以内の未納者に対し、電話催告センターから架電した。", "継続", "実施済"),
                               ("・", "短期被保険者証の交付時に、分納計画の見直しを行った。", None, "実施中")]),
           ("滞納処分", [("・", "財産調査の結果、差押可能な財産がある世帯には差押予告を経て処分を行った。", "継続", "実施中")])], pg)
y = block(p, y, "（３）債権ごとの取組状況（介護保険料）", "kaigo",
          [("給付制限の周知", [("・", "１年以上の滞納者に対し、給付制限の事前通知を送付した。", "継続", "実施済")])], pg)
y = block(p, y, "（４）債権ごとの取組状況（後期高齢者医療保険料）", "kouki",
          [("納付相談", [("・", "秋田県後期高齢者医療広域連合と連携し、年金からの特別徴収への切替えを案内した。", "継続", "実施済")])], pg)
y = block(p, y, "（５）債権ごとの取組状況（保育料・市営住宅使用料）", "hoiku",
          [("保育料", [("・", "未納のある世帯に対し、児童手当からの徴収の申出を個別に案内した。", "拡充", "実施済")])], pg)
y = block(p, y, "", "jutaku",
          [("市営住宅使用料", [("・", "３か月以上の滞納者の連帯保証人に対し、納付の協力依頼を送付した。", "継続", "実施中"),
                                ("・", "退去者の滞納分について、支払督促の申立てを行った。", "新規", "実施済")])], pg)
p.rect(L, y + 6, R_, y + 62, fill=(0.96, 0.96, 0.96), color=(0.5, 0.5, 0.5), w=0.5)
p.para(L + 8, y + 12, W - 16, "【今後の予定】３月は出納整理期間に向けて各債権所管課で催告を行い、令和５年度の決算確定後、令和６年９月に"
       "最終報告を取りまとめる。令和６年度の取組方針は、本報告の結果を踏まえて４月の債権管理推進会議で決定する。", 9, "m", 1.6)
footer(p, pg)

pdf = ROOT / "pdf" / (STEM + ".pdf")
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
n = len(doc)
G.write(pdf, n)
print(pdf, n, "pages", len(G.facts), "facts", len(G.initiatives), "initiatives")
