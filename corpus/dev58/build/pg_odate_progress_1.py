"""pg_odate_progress_1: 令和5年度 大館市債権管理の取組状況（中間報告）令和6年2月末現在.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset), no intermediate format.
Run from corpus/dev58:  python3 build/pg_odate_progress_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pg_common import Gold, PDF_DIR, c, fr, rate, rnd, sfr, zen, oku_man  # noqa: E402

import pymupdf

STEM = "pg_odate_progress_1"
CITY = "大館市"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和６年３月１５日")
FY, PY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": pymupdf.Font(fontfile=GOTH), "m": pymupdf.Font(fontfile=MIN)}

doc = pymupdf.open()
W, Hh = 595.28, 841.89
ML, MR = 56, 56
pg = None
pno = 0


def new_page():
    global pg, pno
    pg = doc.new_page(width=W, height=Hh)
    pg.insert_font(fontname="g", fontfile=GOTH)
    pg.insert_font(fontname="m", fontfile=MIN)
    pno += 1
    if pno > 1:
        text(W / 2, Hh - 30, f"- {pno - 1} -", 9, "m", align="c")
    return pg


def tlen(s, size, font="m"):
    return FONTS[font].text_length(s, fontsize=size)


def text(x, y, s, size=10.5, font="m", align="l", color=(0, 0, 0)):
    if align == "c":
        x -= tlen(s, size, font) / 2
    elif align == "r":
        x -= tlen(s, size, font)
    pg.insert_text((x, y), s, fontsize=size, fontname=font, color=color)


def wrap(s, width, size, font="m"):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if tlen(cur + ch, size, font) > width and cur:
            # keep closing punctuation on the line (kinsoku)
            if ch in "、。）」％":
                cur += ch; lines.append(cur); cur = ""; continue
            if cur.endswith("【"):
                cur, ch = cur[:-1], "【" + ch
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(x, y, s, width, size=10.5, font="m", lead=1.65, indent1=0.0):
    """paragraph with first-line indent (in em); returns new y."""
    first = " " * 0
    lines = wrap(("　" * int(indent1)) + s, width, size, font)
    for ln in lines:
        text(x, y, ln, size, font)
        y += size * lead
    return y


def rect(x0, y0, x1, y1, fill=None, width=0.6, color=(0, 0, 0)):
    pg.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)


def grid(x0, y0, widths, heights, cells, size=8.5, lw=0.5, border=True):
    """cells: dicts r,c,(rs,cs),t,(al,fill,font,sz,lines)"""
    xs = [x0]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    ys = [y0]
    for h_ in heights:
        ys.append(ys[-1] + h_)
    for cd in cells:
        r, col = cd["r"], cd["c"]
        rs, cs = cd.get("rs", 1), cd.get("cs", 1)
        bx0, by0, bx1, by1 = xs[col], ys[r], xs[col + cs], ys[r + rs]
        if cd.get("fill"):
            pg.draw_rect(pymupdf.Rect(bx0, by0, bx1, by1), color=None, fill=cd["fill"], width=0)
        if border:
            pg.draw_rect(pymupdf.Rect(bx0, by0, bx1, by1), color=(0, 0, 0), width=lw)
        t = cd.get("t", "")
        if t == "":
            continue
        sz = cd.get("sz", size)
        font = cd.get("font", "m")
        al = cd.get("al", "l")
        lines = cd.get("lines") or wrap(t, bx1 - bx0 - 6, sz, font)
        lead = sz * 1.3
        ty = (by0 + by1) / 2 - (len(lines) * lead) / 2 + sz * 0.95
        if cd.get("top"):
            ty = by0 + 3 + sz
        for ln in lines:
            if al == "r":
                text(bx1 - 3, ty, ln, sz, font, "r")
            elif al == "c":
                text((bx0 + bx1) / 2, ty, ln, sz, font, "c")
            else:
                text(bx0 + 3, ty, ln, sz, font)
            ty += lead
    return ys[-1]


def F(*a, **k):
    return g.fact(pno, *a, **k)


# ---------------------------------------------------------------- data (千円)
# short, full, section, cur A, cur C, arr A, arr C, prev cur A, prev cur C, prev arr A, prev arr C
D = [
    ("市税", "市税", "一般", 5823410, 5412806, 312846, 71240, 5768204, 5342617, 421933, 97456),
    ("保育料", "保育所保育料", "一般", 86207, 78901, 6312, 1487, 88915, 80632, 6870, 1512),
    ("住宅使用料", "市営住宅使用料", "一般", 141860, 127533, 24718, 3905, 144022, 130179, 26105, 3781),
    ("国保税", "国民健康保険税", "特別", 1284615, 1045117, 402338, 73812, 1321870, 1067302, 415907, 71288),
    ("介護料", "介護保険料", "特別", 1198734, 1102516, 38204, 6921, 1187315, 1090655, 40117, 6840),
    ("後期高齢", "後期高齢者医療保険料", "特別", 462118, 431870, 4917, 1322, 451206, 421338, 5230, 1306),
]
FULL = {d[0]: d[1] for d in D}


def seg_vals(d):
    s, f, sec, ca, cc, aa, ac, pca, pcc, paa, pac = d
    return {"current": (ca, cc, pca, pcc), "arrears": (aa, ac, paa, pac),
            "total": (ca + aa, cc + ac, pca + paa, pcc + pac)}


def sum_rows(rows):
    out = {}
    for seg in ("current", "arrears", "total"):
        out[seg] = tuple(sum(seg_vals(d)[seg][i] for d in rows) for i in range(4))
    return out


GEN = [d for d in D if d[2] == "一般"]
SPE = [d for d in D if d[2] == "特別"]

# ================================================================ p1 cover
new_page()
text(W / 2, 300, "令和５年度", 20, "g", "c")
text(W / 2, 340, "債権管理の取組状況（中間報告）", 24, "g", "c")
text(W / 2, 385, "― 令和６年２月末現在 ―", 14, "m", "c")
rect(120, 270, W - 120, 410, width=1.2)
text(W / 2, 640, "令和６年３月１５日", 13, "m", "c")
text(W / 2, 675, "大　館　市", 16, "g", "c")
text(W / 2, 700, "総務部 収納課", 12, "m", "c")

# ================================================================ p2 目次 + 概要
new_page()
text(W / 2, 78, "目　　次", 15, "g", "c")
toc = [("１　収納状況の概要", 1), ("２　主要債権の収納状況（２月末）", 2), ("３　年度末の見込み", 3),
       ("４　月別収納状況及び地区別の状況", 4), ("５　債権ごとの取組み", 5)]
y = 108
for t, p in toc:
    text(ML + 40, y, t, 11, "m")
    x_end = W - ML - 60
    dots_x = ML + 40 + tlen(t, 11) + 6
    text(dots_x, y, "・" * int((x_end - dots_x) / 11), 11, "m")
    text(W - ML - 40, y, str(p), 11, "m", "r")
    y += 20
pg.draw_line((ML, y), (W - ML, y), width=0.5)
y += 26
text(ML, y, "１　収納状況の概要", 13, "g")
y += 14
# panels (key figures)
tax = seg_vals(D[0])
tr_cur = rate(tax["current"][1], tax["current"][0], 1)
tr_prev = rate(tax["current"][3], tax["current"][2], 1)
kk = seg_vals(D[3])
kr_cur = rate(kk["current"][1], kk["current"][0], 1)
kr_prev = rate(kk["current"][3], kk["current"][2], 1)
pw, ph, gap = 150, 78, 16
panels = [
    ("市税（現年度分）収納率", "令和６年２月末", "current", "市税", "市税", tr_cur, tr_prev),
    ("国民健康保険税（現年度分）収納率", "令和６年２月末", "current", "国民健康保険税", "国民健康保険税", kr_cur, kr_prev),
]
px = ML + 8
for lab, when, seg, debt, draw, v, pv in panels:
    rect(px, y, px + pw, y + ph, fill=(0.93, 0.95, 0.98), width=0.8)
    text(px + pw / 2, y + 16, lab, 8.5, "g", "c")
    text(px + pw / 2, y + 28, when, 8, "m", "c")
    text(px + pw / 2, y + 52, F(debt, draw, FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", fr(v) + "％", as_of=ASOF), 20, "g", "c")
    dv = rnd(v - pv, 1)
    sign = "＋" if dv >= 0 else "▲"
    text(px + pw / 2, y + 70, "前年同月比" + sign + F(debt, draw, FY, "令和６年２月末", seg, "difference", "interim", dv, "points", fr(abs(dv)) + "ポイント", as_of=ASOF), 8.5, "m", "c")
    px += pw + gap
# third panel: R4 決算 収入未済額 (億円)
OUT_R4 = sum(d[5] for d in D)  # 千円, 令和4年度決算 収入未済額(対象6債権) = 令和5年度滞納繰越調定
OUT_R3 = OUT_R4 + 41077
oku1 = rnd(OUT_R4 / 100000, 1)
rect(px, y, px + pw, y + ph, fill=(0.98, 0.95, 0.90), width=0.8)
text(px + pw / 2, y + 16, "収入未済額（対象６債権）", 8.5, "g", "c")
text(px + pw / 2, y + 28, "令和４年度決算", 8, "m", "c")
text(px + pw / 2, y + 52, F(None, None, PY, "令和４年度決算", "total", "outstanding", "actual", round(oku1 * 100000000), "yen", fr(oku1) + "億円"), 20, "g", "c")
text(px + pw / 2, y + 70, "前年度比▲0.4億円", 8.5, "m", "c")
g.fact(pno, None, None, PY, "令和４年度決算", "total", "difference", "actual", -40000000, "yen", "0.4億円")
y += ph + 24
# 【収納率】12月末 bullets
text(ML, y, "【収納率】令和5年12月末時点（市税）", 10.5, "g")
y += 17
DEC = [("現年分", "current", 78.4), ("滞繰分", "arrears", 19.6), ("合計", "total", 74.1)]
xx = ML + 14
for lab, seg, v in DEC:
    text(xx, y, f"・{lab}　" + F("市税", None, FY, "令和5年12月末", seg, "collection_rate", "interim", v, "percent", fr(v) + "％", as_of="2023-12-31"), 10.5)
    xx += 140
y += 26
# two-column prose
colw = (W - ML - MR - 20) / 2
text(ML, y, "（概況）", 10.5, "g")
y += 18
tcur_c = tax["current"][1]
left = ("市税の２月末現在の現年度分収納率は" + fr(tr_cur) + "％で、前年同月を" + fr(rnd(tr_cur - tr_prev, 1)) +
        "ポイント上回った。個人市民税の普通徴収分で、納期限後の早期催告と休日の納付相談窓口の開設を組み合わせたことが寄与している。"
        "滞納繰越分は、分割納付中の事案が多く、収納率は" + fr(rate(tax["arrears"][1], tax["arrears"][0], 1)) + "％となっている。")
# register prose facts (left column)
F("市税", "市税", FY, "２月末現在", "current", "collection_rate", "interim", tr_cur, "percent", fr(tr_cur) + "％", as_of=ASOF)
F("市税", "市税", FY, "２月末現在", "current", "difference", "interim", rnd(tr_cur - tr_prev, 1), "points", fr(rnd(tr_cur - tr_prev, 1)) + "ポイント", as_of=ASOF)
ar = rate(tax["arrears"][1], tax["arrears"][0], 1)
F("市税", "市税", FY, "２月末現在", "arrears", "collection_rate", "interim", ar, "percent", fr(ar) + "％", as_of=ASOF)
kdiff = rnd(kr_cur - kr_prev, 1)
right = ("国民健康保険税は、現年度分収納率が" + fr(kr_cur) + "％となり、前年同月比" + fr(abs(kdiff)) + "ポイント" +
         ("上昇" if kdiff >= 0 else "低下") + "した。被保険者数の減少により調定額は前年度を下回っている。"
         "令和４年度決算の対象６債権の収入未済額は約" + oku_man(round(OUT_R4 / 1000) * 1000000) + "で、前年度から約" + oku_man(round((OUT_R3 - OUT_R4) / 100) * 100000) + "減少しており、年度末には更に縮減する見込みである。")
F("国民健康保険税", "国民健康保険税", FY, "２月末", "current", "collection_rate", "interim", kr_cur, "percent", fr(kr_cur) + "％", as_of=ASOF)
F("国民健康保険税", "国民健康保険税", FY, "２月末", "current", "difference", "interim", kdiff, "points", fr(abs(kdiff)) + "ポイント", as_of=ASOF)
F(None, None, PY, "令和４年度決算", "total", "outstanding", "actual", round(OUT_R4 / 1000) * 1000000, "yen", "約" + oku_man(round(OUT_R4 / 1000) * 1000000), approx=True)
F(None, None, PY, "令和４年度決算", "total", "difference", "actual", -round((OUT_R3 - OUT_R4) / 100) * 100000, "yen", "約" + oku_man(round((OUT_R3 - OUT_R4) / 100) * 100000), approx=True)
y1 = para(ML, y, left, colw, 9.5, lead=1.7, indent1=1)
y2 = para(ML + colw + 20, y, right, colw, 9.5, lead=1.7, indent1=1)
pg.draw_line((ML + colw + 10, y - 10), (ML + colw + 10, max(y1, y2) - 8), width=0.4)

# ================================================================ p3 主要債権 table part 1
new_page()
text(ML, 70, "２　主要債権の収納状況（令和６年２月末現在）", 13, "g")
text(W - MR, 88, "（単位：千円、％）", 8.5, "m", "r")
x0 = 36
wid_name = 62
grp = [("現年度分", "current"), ("滞納繰越分", "arrears")]
sub = ["調定額", "収入済額", "収納率", "前年同月", "差"]
sw = [56, 56, 34, 34, 30]
widths = [wid_name] + sw * 2
order = [("sec", "【一般会計】")] + [("d", d) for d in GEN] + [("sub", "小計", GEN)] + \
        [("sec", "【特別会計】")] + [("d", d) for d in SPE] + [("sub", "小計", SPE)] + [("tot", "合計", D)]


def main_table(groups, y0, with_note):
    hdr = [{"r": 0, "c": 0, "rs": 2, "t": "債権名", "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}]
    col = 1
    for glab, _ in groups:
        hdr.append({"r": 0, "c": col, "cs": 5, "t": glab, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"})
        for k, s in enumerate(sub):
            hdr.append({"r": 1, "c": col + k, "t": s, "al": "c", "fill": (0.92, 0.92, 0.92), "font": "g", "sz": 8})
        col += 5
    cells = list(hdr)
    r = 2
    section = None
    for item in order:
        if item[0] == "sec":
            section = item[1]
            cells.append({"r": r, "c": 0, "cs": 1 + 5 * len(groups), "t": item[1], "font": "g", "fill": (0.97, 0.97, 0.9)})
            r += 1
            continue
        if item[0] == "d":
            d = item[1]
            label, debt, draw = d[0], d[1], d[0]
            vals = seg_vals(d)
            fill = None
        else:
            label = item[1]
            debt = None
            draw = item[1]
            vals = sum_rows(item[2])
            fill = (0.95, 0.95, 0.95)
        cells.append({"r": r, "c": 0, "t": label, "al": "c" if item[0] != "d" else "l", "fill": fill})
        col = 1
        for glab, seg in groups:
            A, C, pA, pC = vals[seg]
            rr, pr = rate(C, A, 1), rate(pC, pA, 1)
            dd = rnd(rr - pr, 1)
            ds = ("▲" + fr(-dd)) if dd < 0 else fr(dd)
            vv = [F(debt, draw, FY, "令和６年２月末", seg, "assessed", "interim", A * 1000, "yen", c(A), as_of=ASOF),
                  F(debt, draw, FY, "令和６年２月末", seg, "collected", "interim", C * 1000, "yen", c(C), as_of=ASOF),
                  F(debt, draw, FY, "令和６年２月末", seg, "collection_rate", "interim", rr, "percent", fr(rr), as_of=ASOF),
                  F(debt, draw, PY, "前年同月", seg, "collection_rate", "interim", pr, "percent", fr(pr), as_of=PASOF),
                  F(debt, draw, FY, "令和６年２月末", seg, "difference", "interim", dd, "points", ds, as_of=ASOF)]
            for k, v in enumerate(vv):
                cells.append({"r": r, "c": col + k, "t": v, "al": "r", "fill": fill})
            col += 5
        r += 1
    heights = [18, 18] + [19] * (r - 2)
    return grid(x0, y0, widths if len(groups) == 2 else [wid_name] + sw, heights, cells, size=8.5)


yb = main_table(grp, 96, True)
text(x0, yb + 14, "※　調定額は令和５年度の年間調定見込額（２月末時点）、収入済額は２月末までの累計。前年同月は令和５年２月末。", 8, "m")
text(x0, yb + 27, "※　差は収納率の前年同月との差（単位：ポイント、▲は低下）。", 8, "m")
text(x0, yb + 40, "※　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、", 8, "m")
text(x0 + 18, yb + 52, "住宅使用料：市営住宅使用料", 8, "m")
text(W - MR, yb + 68, "（計欄は次ページ）", 8.5, "m", "r")

# ================================================================ p4 continued + 年度末見込み
new_page()
text(ML, 70, "２　主要債権の収納状況（令和６年２月末現在）（続き）", 13, "g")
text(W - MR, 88, "（単位：千円、％）", 8.5, "m", "r")
x0 = ML + 40
widths_save = widths
yb = main_table([("計（現年度分＋滞納繰越分）", "total")], 96, False)
y = yb + 36
text(ML, y, "３　年度末の見込み", 13, "g")
y += 10
text(ML, y + 14, "（１）現年度分の収納率見込みと目標", 10.5, "g")
# debts as columns, metrics in row headers
EST = {"市税": (99.0, 99.1, 98.9), "国保税": (94.8, 95.0, 94.6), "介護料": (99.3, 99.3, 99.2),
       "後期高齢": (99.6, 99.6, 99.5), "保育料": (98.4, 98.5, 98.1), "住宅使用料": (94.1, 95.0, 93.8)}  # 見込, 目標, R4決算
cols = list(EST)
y += 22
wl = 118
wc = 64
cells = [{"r": 0, "c": 0, "t": "区分", "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}]
for j, dn in enumerate(cols, 1):
    cells.append({"r": 0, "c": j, "t": dn, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"})
rowdefs = [("収納率見込（％）", 0, "estimate", FY, "令和５年度見込"), ("目標収納率（％）", 1, "target", FY, "令和５年度目標"),
           ("令和４年度決算（％）", 2, "actual", PY, "令和４年度決算")]
for i, (lab, k, basis, fy, fyr) in enumerate(rowdefs, 1):
    cells.append({"r": i, "c": 0, "t": lab, "fill": (0.95, 0.95, 0.95)})
    for j, dn in enumerate(cols, 1):
        v = EST[dn][k]
        cells.append({"r": i, "c": j, "t": F(FULL[dn], dn, fy, fyr, "current", "collection_rate", basis, v, "percent", fr(v)), "al": "r"})
y = grid(ML, y, [wl] + [wc] * len(cols), [18] * 4, cells, size=8.5)
y += 26
text(ML, y, "（２）収入未済額の見込み（現年度分＋滞納繰越分）", 10.5, "g")
text(W - MR, y, "単位：千円", 8.5, "m", "r")
y += 8
OUTE = []
for d in D:
    est_cur = EST[d[0]][0]
    b = round(d[3] * (100 - est_cur) / 100) + round(d[5] * 0.745) - round(d[5] * 0.031)
    OUTE.append((d[0], d[5], b))
cells = [{"r": 0, "c": k, "t": t, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}
         for k, t in enumerate(["債権名", "令和４年度決算", "令和５年度見込", "増減"])]
for i, (dn, a, b) in enumerate(OUTE, 1):
    cells.append({"r": i, "c": 0, "t": dn})
    cells.append({"r": i, "c": 1, "t": F(FULL[dn], dn, PY, "令和４年度決算", "total", "outstanding", "actual", a * 1000, "yen", c(a)), "al": "r"})
    cells.append({"r": i, "c": 2, "t": F(FULL[dn], dn, FY, "令和５年度見込", "total", "outstanding", "estimate", b * 1000, "yen", c(b)), "al": "r"})
    d = b - a
    cells.append({"r": i, "c": 3, "t": F(FULL[dn], dn, FY, "令和５年度見込", "total", "difference", "estimate", d * 1000, "yen", ("▲" + c(-d)) if d < 0 else c(d)), "al": "r"})
ta, tb = sum(x[1] for x in OUTE), sum(x[2] for x in OUTE)
assert ta == OUT_R4
i = len(OUTE) + 1
cells += [{"r": i, "c": 0, "t": "合計", "al": "c", "fill": (0.95, 0.95, 0.95)},
          {"r": i, "c": 1, "t": F(None, "合計", PY, "令和４年度決算", "total", "outstanding", "actual", ta * 1000, "yen", c(ta)), "al": "r", "fill": (0.95, 0.95, 0.95)},
          {"r": i, "c": 2, "t": F(None, "合計", FY, "令和５年度見込", "total", "outstanding", "estimate", tb * 1000, "yen", c(tb)), "al": "r", "fill": (0.95, 0.95, 0.95)},
          {"r": i, "c": 3, "t": F(None, "合計", FY, "令和５年度見込", "total", "difference", "estimate", (tb - ta) * 1000, "yen", "▲" + c(ta - tb)), "al": "r", "fill": (0.95, 0.95, 0.95)}]
y = grid(ML, y + 4, [90, 90, 90, 80], [18] * (i + 1), cells, size=8.5)
text(ML, y + 14, "※ 令和５年度見込は、２月末の収納状況と出納整理期間の収納見込額から推計したもの。▲は減少。", 8, "m")

# ================================================================ p5 月別 + chart + 地区別
new_page()
text(ML, 70, "４　月別収納状況及び地区別の状況", 13, "g")
text(ML, 92, "（１）月別収納状況（市税・現年度分、累計収納率）　本年度：令和５年度　前年度：令和４年度", 9.5, "g")
text(W - MR, 106, "単位：％", 8.5, "m", "r")
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]


def mend(fy, k):
    import calendar
    mm = 4 + k
    yy = fy
    if mm > 12:
        mm -= 12; yy += 1
    return f"{yy:04d}-{mm:02d}-{calendar.monthrange(yy, mm)[1]:02d}"


CUR_M = [7.9, 16.8, 26.4, 35.1, 43.9, 52.6, 61.0, 69.5, 78.4, 86.0, tr_cur, None]
PRE_M = [7.6, 16.2, 25.8, 34.7, 43.2, 51.9, 60.4, 68.8, 77.6, 85.1, tr_prev, 96.8]
cells = [{"r": 0, "c": 0, "t": "区分", "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}]
for k, m in enumerate(months, 1):
    cells.append({"r": 0, "c": k, "t": m, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g", "sz": 7.5})
for i, (lab, series, fy) in enumerate((("本年度", CUR_M, FY), ("前年度", PRE_M, PY)), 1):
    cells.append({"r": i, "c": 0, "t": lab, "al": "c"})
    for k, v in enumerate(series):
        if v is None:
            cells.append({"r": i, "c": k + 1, "t": "－", "al": "c"})
        else:
            cells.append({"r": i, "c": k + 1, "t": F("市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", fr(v), as_of=mend(fy, k)), "al": "r", "sz": 8})
y = grid(ML, 112, [47] + [33.5] * 12, [17, 17, 17], cells, size=8)
text(ML, y + 12, "※ 本年度の３月末は集計前。前年度の３月末は出納整理期間前の数値。", 8, "m")

# bar chart
y0 = y + 38
text(ML, y0, "（２）市税（現年度分）２月末収納率の推移", 9.5, "g")
BARS = [("令和元年度", 2019, 89.6), ("令和2年度", 2020, 88.1), ("令和3年度", 2021, 91.2), ("令和4年度", 2022, tr_prev), ("令和5年度", 2023, tr_cur)]
cx0, cy0, cw, ch = ML + 40, y0 + 16, 380, 150
pg.draw_rect(pymupdf.Rect(cx0, cy0, cx0 + cw, cy0 + ch), color=(0.6, 0.6, 0.6), width=0.4)
vmin, vmax = 85.0, 95.0
for v in (85, 87, 89, 91, 93, 95):
    yy = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    pg.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.85, 0.85, 0.85), width=0.3)
    text(cx0 - 4, yy + 3, f"{v}", 7, "m", "r")
text(cx0 - 28, cy0 - 4, "（％）", 7, "m")
bw = cw / len(BARS)
for k, (lab, fy, v) in enumerate(BARS):
    bx = cx0 + k * bw + bw * 0.28
    top = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    col = (0.25, 0.45, 0.7) if fy == FY else (0.6, 0.72, 0.85)
    pg.draw_rect(pymupdf.Rect(bx, top, bx + bw * 0.44, cy0 + ch), color=None, fill=col, width=0)
    feb = f"{fy + 1}-02-{29 if (fy + 1) % 4 == 0 else 28}"
    text(bx + bw * 0.22, top - 4, F("市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", fr(v), as_of=feb), 8, "g", "c")
    text(bx + bw * 0.22, cy0 + ch + 12, lab, 7.5, "m", "c")

# 地区別
y = cy0 + ch + 40
text(ML, y, "（３）地区別の状況（市税・現年度分、令和６年２月末現在）", 9.5, "g")
text(W - MR, y + 12, "（単位：千円、％）", 8.5, "m", "r")
AREAS = [("大館地区", 4598270, 4276940, 92.3), ("比内地区", 712480, 659811, 92.0), ("田代地区", 512660, 476055, 92.4)]
assert sum(a[1] for a in AREAS) == D[0][3] and sum(a[2] for a in AREAS) == D[0][4]
cells = [{"r": 0, "c": k, "t": t, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}
         for k, t in enumerate(["地区", "調定額", "収入済額", "収納率", "前年同月", "差"])]
for i, (ar_, A, C, pr) in enumerate(AREAS, 1):
    rr = rate(C, A, 1)
    dd = rnd(rr - pr, 1)
    cells += [{"r": i, "c": 0, "t": ar_},
              {"r": i, "c": 1, "t": F("市税", "市税", FY, "令和６年２月末", "current", "assessed", "interim", A * 1000, "yen", c(A), as_of=ASOF, area=ar_), "al": "r"},
              {"r": i, "c": 2, "t": F("市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", C * 1000, "yen", c(C), as_of=ASOF, area=ar_), "al": "r"},
              {"r": i, "c": 3, "t": F("市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", rr, "percent", fr(rr), as_of=ASOF, area=ar_), "al": "r"},
              {"r": i, "c": 4, "t": F("市税", "市税", PY, "前年同月", "current", "collection_rate", "interim", pr, "percent", fr(pr), as_of=PASOF, area=ar_), "al": "r"},
              {"r": i, "c": 5, "t": F("市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", dd, "points", ("▲" + fr(-dd)) if dd < 0 else fr(dd), as_of=ASOF, area=ar_), "al": "r"}]
i = 4
A, C = D[0][3], D[0][4]
rr = rate(C, A, 1)
dd = rnd(rr - tr_prev, 1)
fl = (0.95, 0.95, 0.95)
cells += [{"r": i, "c": 0, "t": "計", "al": "c", "fill": fl},
          {"r": i, "c": 1, "t": F("市税", "市税", FY, "令和６年２月末", "current", "assessed", "interim", A * 1000, "yen", c(A), as_of=ASOF), "al": "r", "fill": fl},
          {"r": i, "c": 2, "t": F("市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", C * 1000, "yen", c(C), as_of=ASOF), "al": "r", "fill": fl},
          {"r": i, "c": 3, "t": F("市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", rr, "percent", fr(rr), as_of=ASOF), "al": "r", "fill": fl},
          {"r": i, "c": 4, "t": F("市税", "市税", PY, "前年同月", "current", "collection_rate", "interim", tr_prev, "percent", fr(tr_prev), as_of=PASOF), "al": "r", "fill": fl},
          {"r": i, "c": 5, "t": F("市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", dd, "points", ("▲" + fr(-dd)) if dd < 0 else fr(dd), as_of=ASOF), "al": "r", "fill": fl}]
y = grid(ML, y + 18, [80, 80, 80, 60, 60, 50], [18] * 5, cells, size=8.5)
text(ML, y + 12, "※ 比内地区は比内総合支所、田代地区は田代総合支所の管内。", 8, "m")

# ================================================================ p6 市税 sheet
SECT = "債権ごとの取組み"


def sheet_header(debt_heading, debt_name, ka):
    text(ML, 70, f"５　債権ごとの取組み（{debt_heading}）", 13, "g")
    cells = [{"r": 0, "c": 0, "t": "債権名", "fill": (0.85, 0.85, 0.85), "font": "g", "al": "c"},
             {"r": 0, "c": 1, "t": debt_name},
             {"r": 0, "c": 2, "t": "所管課", "fill": (0.85, 0.85, 0.85), "font": "g", "al": "c"},
             {"r": 0, "c": 3, "t": ka}]
    return grid(ML, 84, [70, 170, 70, W - ML - MR - 310], [22], cells, size=10)


new_page()
y = sheet_header("市税", "市税", "収納課")
y += 18
text(ML, y, "（１）収納率の目標と実績", 10.5, "g")
text(W - MR, y, "単位：％", 8.5, "m", "r")
LONG = [("令和３年度", 2021, "現年度分", "current", 98.8, 98.9, "actual"),
        ("令和３年度", 2021, "滞納繰越分", "arrears", 22.0, 21.4, "actual"),
        ("令和４年度", 2022, "現年度分", "current", 98.9, 98.9, "actual"),
        ("令和４年度", 2022, "滞納繰越分", "arrears", 23.0, 23.8, "actual"),
        ("令和５年度", 2023, "現年度分", "current", 99.1, 99.0, "estimate"),
        ("令和５年度", 2023, "滞納繰越分", "arrears", 24.0, 24.6, "estimate")]
cells = [{"r": 0, "c": k, "t": t, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}
         for k, t in enumerate(["年度", "区分", "目標", "実績（見込）", "達成率"])]
for i, (yl, fy, sl, seg, tgt, act, basis) in enumerate(LONG, 1):
    ach = rnd(act / tgt * 100, 1)
    yl2 = yl + ("（見込）" if basis == "estimate" else "")
    cells += [{"r": i, "c": 0, "t": yl2},
              {"r": i, "c": 1, "t": sl},
              {"r": i, "c": 2, "t": F("市税", "市税", fy, yl, seg, "collection_rate", "target", tgt, "percent", fr(tgt)), "al": "r"},
              {"r": i, "c": 3, "t": F("市税", "市税", fy, yl2, seg, "collection_rate", basis, act, "percent", fr(act)), "al": "r"},
              {"r": i, "c": 4, "t": F("市税", "市税", fy, yl, seg, "achievement_rate", basis, ach, "percent", fr(ach)), "al": "r"}]
y = grid(ML, y + 6, [100, 90, 80, 90, 80], [18] * 7, cells, size=9)
text(ML, y + 12, "※ 達成率＝実績÷目標×100。令和５年度は年度末見込による。", 8, "m")
y += 34
text(ML, y, "（２）現状と課題及び取組", 10.5, "g")
y += 6
o_r4, o_r3 = D[0][5], 336963
issue = (f"令和４年度末の収入未済額は{F('市税', '市税', PY, '令和４年度末', 'total', 'outstanding', 'actual', o_r4 * 1000, 'yen', c(o_r4) + '千円')}で、"
         f"前年度より{F('市税', '市税', PY, '令和４年度末', 'total', 'difference', 'actual', -(o_r3 - o_r4) * 1000, 'yen', c(o_r3 - o_r4) + '千円')}減少した。"
         "一方、滞納繰越分は高額案件の分割納付が長期化しており、納付資力の再調査と処分の判断を計画的に行う必要がある。"
         "また、若年層を中心に現年度分の納期内納付率が低い傾向が続いている。")
ITEMS_TAX = [("①", "滞納繰越分の高額案件（100万円以上）について、財産調査を年２回実施し、処分の要否を判断する。", "継続"),
             ("②", "現年度分の未納者に、納期限後10日以内に電話及びＳＭＳによる催告を行う。", "拡充"),
             ("③", "スマートフォン決済アプリによる納付を個人住民税の普通徴収分に加え、固定資産税及び軽自動車税にも拡大する。", "新規"),
             ("④", "秋田県地方税滞納整理機構への引継ぎ案件を選定し、困難案件の整理を進める。", "継続")]
lines_issue = wrap(issue, 330, 9)
item_lines = []
for lab, t, tag in ITEMS_TAX:
    item_lines += wrap(lab + t + "【" + tag + "】", 330, 9)
h1 = max(len(lines_issue) * 11.7 + 10, 40)
h2 = len(item_lines) * 11.7 + 10
cells = [{"r": 0, "c": 0, "t": "現状と課題", "fill": (0.9, 0.9, 0.9), "font": "g", "al": "c"},
         {"r": 0, "c": 1, "t": issue, "lines": lines_issue, "sz": 9, "top": True},
         {"r": 1, "c": 0, "t": "令和５年度の取組", "fill": (0.9, 0.9, 0.9), "font": "g", "al": "c"},
         {"r": 1, "c": 1, "t": "x", "lines": item_lines, "sz": 9, "top": True}]
y = grid(ML, y + 4, [100, W - ML - MR - 100], [h1, h2], cells, size=9)
for lab, t, tag in ITEMS_TAX:
    g.init(pno, "市税", FY, "令和５年度の取組", lab, t, tag)
y += 22
text(ML, y, "（３）上半期の主な実績", 10.5, "g")
y += 16
y = para(ML + 10, y, "・差押件数は２月末で" + F("市税", "市税", FY, "２月末", "total", "seizures", "interim", 486, "cases", "486件", as_of=ASOF) +
         "（前年同月412件）、うち預貯金の差押えが約７割を占める。", W - ML - MR - 10, 9.5)
y = para(ML + 10, y, "・２月末の滞納者数は" + F("市税", "市税", FY, "２月末", "total", "delinquents", "interim", 2315, "persons", "2,315人", as_of=ASOF) +
         "で、前年同月から" + F("市税", "市税", FY, "２月末", "total", "difference", "interim", -148, "persons", "148人") + "減少した。", W - ML - MR - 10, 9.5)

# ================================================================ p7 国保税 sheet
new_page()
y = sheet_header("国民健康保険税", "国民健康保険税", "保険課・収納課")
y += 18
text(ML, y, "（１）収納状況の推移", 10.5, "g")
text(W - MR, y, "上段：収入済額（千円）　下段：収納率（％）", 8, "m", "r")
# years: R3 決算, R4 決算, R5 2月末
STACK = [("令和３年度決算", 2021, "actual", None, ((1104522, 93.9), (69877, 16.4))),
         ("令和４年度決算", 2022, "actual", None, ((1089415, 94.3), (72604, 17.5))),
         ("令和５年度（２月末）", 2023, "interim", ASOF, ((kk["current"][1], kr_cur), (kk["arrears"][1], rate(kk["arrears"][1], kk["arrears"][0], 1))))]
cells = [{"r": 0, "c": 0, "t": "区分", "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"}]
for j, (yl, *_r) in enumerate(STACK, 1):
    cells.append({"r": 0, "c": j, "t": yl, "al": "c", "fill": (0.85, 0.85, 0.85), "font": "g"})
for i, (sl, seg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears")), 1):
    cells.append({"r": i, "c": 0, "t": sl, "al": "c"})
    for j, (yl, fy, basis, asof, vals) in enumerate(STACK, 1):
        amt, rr = vals[i - 1]
        a = F("国民健康保険税", "国保税", fy, yl, seg, "collected", basis, amt * 1000, "yen", c(amt), as_of=asof)
        b = F("国民健康保険税", "国保税", fy, yl, seg, "collection_rate", basis, rr, "percent", fr(rr), as_of=asof)
        cells.append({"r": i, "c": j, "t": a + "\n" + b, "lines": [a, b], "al": "r", "sz": 9})
# households / 差押件数 rows
HH = [(2021, "令和３年度末", 1872, 214), (2022, "令和４年度末", 1795, 236), (2023, "２月末", 1718, 251)]
cells.append({"r": 3, "c": 0, "t": "滞納世帯数（世帯）", "al": "c", "sz": 8.5})
cells.append({"r": 4, "c": 0, "t": "差押件数（件）", "al": "c", "sz": 8.5})
for j, (fy, yl, hh, sz_) in enumerate(HH, 1):
    basis = "interim" if fy == FY else "actual"
    asof = ASOF if fy == FY else None
    cells.append({"r": 3, "c": j, "t": F("国民健康保険税", "国保税", fy, yl, "total", "delinquents", basis, hh, "households", c(hh), as_of=asof), "al": "r"})
    cells.append({"r": 4, "c": j, "t": F("国民健康保険税", "国保税", fy, yl, "total", "seizures", basis, sz_, "cases", c(sz_), as_of=asof), "al": "r"})
y = grid(ML, y + 6, [120, 120, 120, 123], [20, 30, 30, 20, 20], cells, size=9)
text(ML, y + 12, "※ 国保税：国民健康保険税。令和５年度の収入済額は２月末までの累計。", 8, "m")
y += 36
text(ML, y, "（２）令和５年度の取組", 10.5, "g")
y += 8
# items in a box
ITEMS_K = [("(1)", "資格取得時の窓口で口座振替の申込みを勧奨し、口座振替率を前年度から２ポイント引き上げる。", "継続"),
           ("(2)", "短期被保険者証の更新時に納付相談を必ず実施し、分割納付の履行状況を確認する。", "継続"),
           ("(3)", "所得の申告がない世帯に申告を勧奨し、軽減判定の漏れによる過大な賦課を防ぐ。", "新規")]
bl = []
for lab, t, tag in ITEMS_K:
    if tag == "新規":
        bl.append(wrap(lab + "　" + t, W - ML - MR - 30, 9.5) + ["【" + tag + "】"])
    else:
        bl.append(wrap(lab + "　" + t + "【" + tag + "】", W - ML - MR - 30, 9.5))
nlines = sum(len(b) for b in bl)
bh = nlines * 15 + 16
rect(ML, y, W - MR, y + bh, width=0.8)
yy = y + 18
for (lab, t, tag), ls in zip(ITEMS_K, bl):
    for ln in ls:
        text(ML + 12, yy, ln, 9.5)
        yy += 15
    g.init(pno, "国民健康保険税", FY, "令和５年度の取組", lab, t, tag)
y += bh + 24
text(ML, y, "（３）今後の課題", 10.5, "g")
y += 18
TASKS = [("ア", "被保険者の高齢化と所得の減少が続いており、現年度分の納期内納付を一層促す必要がある。"),
         ("イ", "滞納繰越分は少額の分割納付が多いため、執行停止を含めた整理の判断を早める。")]
for lab, t in TASKS:
    y = para(ML + 10, y, lab + "　" + t, W - ML - MR - 10, 9.5)

doc.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
g.write(pages=pno)
