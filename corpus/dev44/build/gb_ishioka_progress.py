#!/usr/bin/env python3
"""gb_ishioka_progress_1: 令和５年度 市税等の収納状況及び取組状況について（令和６年２月末現在） (kind progress_report).

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset at the end).
Run from corpus/dev44:  python3 build/gb_ishioka_progress.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gb_common import Gold, PDF_DIR, comma, f2, oku_man, rate, tri  # noqa: E402

STEM = "gb_ishioka_progress_1"
TITLE = "令和５年度 市税等の収納状況及び取組状況について（令和６年２月末現在）"
G = Gold(STEM, "progress_report", "progress", "石岡市", TITLE, "2024-02-29", "令和６年２月末現在")
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
NOW, PREV = "2024-02-29", "2023-02-28"          # 令和６年２月末（うるう年）と前年同月
DEC, DEC_PREV = "2023-12-31", "2022-12-31"

# ---------------------------------------------------------------- data (円)
# (現年調定, 現年収納率, 滞繰調定, 滞繰収納率) 千円ベース。円の端数は決め打ち
BASE = [  # key, printed, R5(2月末), R4(前年同月)
    ("市税", "市税", (9482315, .9612, 612458, .2435), (9356872, .9598, 645120, .2298)),
    ("国民健康保険料", "国民健康保険税", (1912456, .8812, 498207, .1987), (1945321, .8765, 521342, .1854)),
    ("介護保険料", "介護保険料", (1412876, .9635, 41235, .2012), (1398542, .9621, 43876, .1943)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (809718, .9788, 6812, .3845), (786412, .9779, 7245, .3712)),
    ("保育所保育料", "保育所保育料", (97482, .9512, 11873, .1102), (101046, .9534, 13012, .1398)),
    ("住宅使用料", "市営住宅使用料", (132871, .9245, 45678, .0912), (134012, .9198, 47321, .0856)),
    ("下水道使用料", "下水道使用料", (986912, .9085, 21345, .4512), (975432, .9101, 22012, .4398)),
]
FRAC = [417, 83, 650, 291, 908, 12, 566, 734, 205, 389, 871, 140, 623, 457]


def yen_set(t, i):
    ca, cr, aa, ar = t
    ca_y = ca * 1000 + FRAC[i % 14]
    aa_y = aa * 1000 + FRAC[(i + 5) % 14]
    cc_y = round(ca_y * cr) // 10 * 10
    ac_y = round(aa_y * ar) // 10 * 10
    return dict(ca=ca_y, cc=cc_y, aa=aa_y, ac=ac_y, ta=ca_y + aa_y, tc=cc_y + ac_y)


D = {}
for i, (k, raw, now, prev) in enumerate(BASE):
    D[k] = dict(raw=raw, now=yen_set(now, i), prev=yen_set(prev, i + 3))


def kil(y):          # 円 -> 千円 (四捨五入)
    return int(round(y / 1000))


# 市税 現年分 月末収納率（％）: 10月末〜2月末。2月末は上の数値と一致
MONTHS = [("10月末", "2023-10-31", "2022-10-31"), ("11月末", "2023-11-30", "2022-11-30"),
          ("12月末", DEC, DEC_PREV), ("1月末", "2024-01-31", "2023-01-31"), ("2月末", NOW, PREV)]
sz = D["市税"]
SZ_CUR = {"R5": [71.88, 77.30, 84.71, 89.40, rate(sz["now"]["cc"], sz["now"]["ca"])],
          "R4": [71.25, 76.84, 84.12, 88.95, rate(sz["prev"]["cc"], sz["prev"]["ca"])]}
SZ_ARR_DEC = (19.86, 18.92)                   # 市税 滞繰分 12月末 (R5, R4)
SZ_HIST = [(2019, "令和元年度", 96.85), (2020, "令和二年度", 97.02), (2021, "3年度", 97.64), (2022, "4年度", 98.12)]
# 年度末見込（現年分収納率 ％）: R4決算, R5目標, R5見込
YE = {"市税": (99.05, 99.10, 99.16), "国民健康保険料": (93.12, 93.50, 93.38), "介護保険料": (98.95, 99.00, 99.02),
      "後期高齢者医療保険料": (99.61, 99.60, 99.64), "保育所保育料": (98.20, 98.50, 98.31),
      "住宅使用料": (96.02, 96.50, 96.11), "下水道使用料": (98.74, 98.80, 98.77)}
# 収入未済額（万円）: R4決算, R5見込
OUT_YE = {"市税": (38512, 35240), "国民健康保険料": (51876, 48965), "介護保険料": (4123, 3987),
          "住宅使用料": (4512, 4398)}

# ---------------------------------------------------------------- drawing helpers
doc = pymupdf.open()
W, H = 595.28, 841.89
LM, RM = 46, 46
CW = W - LM - RM
page = None
PN = 0
y = 0


def new_page():
    global page, PN, y
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="G", fontfile=GOTHIC)
    page.insert_font(fontname="M", fontfile=MINCHO)
    PN += 1
    y = 48
    txt(W / 2, H - 26, f"－ {PN} －", 8.5, "M", align="c")
    return page


def tw(s, size, font="M"):
    return FONTS[font].text_length(s, fontsize=size)


def txt(x, yy, s, size=9.5, font="M", align="l", color=(0, 0, 0)):
    if align == "r":
        x -= tw(s, size, font)
    elif align == "c":
        x -= tw(s, size, font) / 2
    page.insert_text((x, yy), s, fontname=font, fontsize=size, color=color)


NOBREAK = set("0123456789,.％%（）()０１２３４５６７８９，．")
CLOSE = set("、。）」】％,.")


def wrap(s, width, size, font="M", indent_first=0.0):
    lines, cur, cw = [], "", indent_first
    i = 0
    while i < len(s):
        ch = s[i]
        w = tw(ch, size, font)
        if cw + w > width and cur:
            # keep numbers together and closing marks with the previous char
            j = len(cur)
            if ch in CLOSE:
                j -= 1
            while j > 0 and cur[j - 1] in NOBREAK and (s[i] in NOBREAK or ch in CLOSE):
                j -= 1
            if 0 < j < len(cur) and len(cur) - j < 12:
                carry = cur[j:]
                lines.append(cur[:j])
                cur, cw = carry, tw(carry, size, font)
            else:
                lines.append(cur)
                cur, cw = "", 0
        cur += ch
        cw += w
        i += 1
    if cur:
        lines.append(cur)
    return lines


def para(s, size=9.5, font="M", x=None, width=None, lead=1.6, first=1.0, hang=0.0):
    """paragraph at current y; first = first-line indent in em; hang = hanging indent in em"""
    global y
    x = LM if x is None else x
    width = CW - (x - LM) if width is None else width
    lines = wrap(s, width - hang * size, size, font, indent_first=(first - hang) * size)
    for i, ln in enumerate(lines):
        y += size * lead
        xx = x + (first * size if i == 0 else hang * size)
        txt(xx, y, ln, size, font)
    y += size * 0.35
    return lines


def heading(s, size=11.5, before=8, bar=False):
    global y
    y += before + size
    if bar:
        page.draw_rect(pymupdf.Rect(LM, y - size + 1, LM + 4, y + 2), color=None, fill=(0.16, 0.36, 0.55))
        txt(LM + 8, y, s, size, "G")
    else:
        txt(LM, y, s, size, "G")
    y += 3


def cell_text(rect, s, size, font, align):
    lines = str(s).split("\n")
    lh = size * 1.25
    total = lh * len(lines)
    yy = rect.y0 + (rect.height - total) / 2 + size * 0.98
    for ln in lines:
        if align == "r":
            txt(rect.x1 - 3, yy, ln, size, font, "r")
        elif align == "c":
            txt((rect.x0 + rect.x1) / 2, yy, ln, size, font, "c")
        else:
            txt(rect.x0 + 3, yy, ln, size, font)
        yy += lh


def grid(x, y0, widths, rows, row_h, header_rows=1, size=8.5, aligns=None, spans=None, rules=True,
         zebra=False, head_fill=(0.85, 0.89, 0.95), bold_rows=(), row_heights=None):
    """rows: list of lists; spans: {(r, c): (rowspan, colspan)}; None cells are covered by spans."""
    spans = spans or {}
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    hs = row_heights or [row_h] * len(rows)
    ys = [y0]
    for h_ in hs:
        ys.append(ys[-1] + h_)
    # backgrounds
    for r in range(len(rows)):
        if r < header_rows:
            page.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=head_fill)
        elif zebra and (r - header_rows) % 2 == 1:
            page.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=(0.94, 0.94, 0.94))
        if r in bold_rows:
            page.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=(0.99, 0.95, 0.85))
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            if s is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            rect = pymupdf.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
            if rules:
                page.draw_rect(rect, color=(0.2, 0.2, 0.2), width=0.5)
            al = "c" if r < header_rows else (aligns[c] if aligns else ("l" if c == 0 else "r"))
            cell_text(rect, s, size, "G" if (r < header_rows or r in bold_rows) else "M", al)
    if not rules:    # only top and bottom rules and the header line
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), color=(0.16, 0.36, 0.55), width=1.2)
        page.draw_line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), color=(0.16, 0.36, 0.55), width=0.6)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), color=(0.16, 0.36, 0.55), width=1.2)
    return ys[-1]


def fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(PN, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def yen(debt, debt_raw, fy, fy_raw, seg, metric, basis, v, raw, **kw):
    return fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, v, "yen", raw, **kw)


def intr(debt, debt_raw, seg, metric, v, unit, raw, prev=False, fy_raw=None):
    """an interim (2月末) figure of this year (prev=False) or of the same month last year"""
    if prev:
        return fact(debt, debt_raw, 2022, fy_raw or "前年同月", seg, metric, "interim", v, unit, raw, as_of=PREV)
    return fact(debt, debt_raw, 2023, fy_raw or "令和５年度", seg, metric, "interim", v, unit, raw, as_of=NOW)


def tri_pt(d):
    return ("▲" + f2(-d)) if d < 0 else f2(d)


# ================================================================ page 1
new_page()
txt(W - RM, y, "令和６年３月１４日", 9.5, "M", "r")
txt(W - RM, y + 14, "財務部　収納対策課", 9.5, "M", "r")
y += 38
txt(W / 2, y, "令和５年度　市税等の収納状況及び取組状況について", 14.5, "G", "c")
y += 18
txt(W / 2, y, "（令和６年２月末現在）", 11, "G", "c")
y += 6
heading("１　収納状況の概要", bar=True)
s_now, s_prev = sz["now"], sz["prev"]
tr_now, tr_prev = rate(s_now["tc"], s_now["ta"]), rate(s_prev["tc"], s_prev["ta"])
out_now, out_prev = s_now["ta"] - s_now["tc"], s_prev["ta"] - s_prev["tc"]
o_a = round(out_now, -6)
d_a = round(out_prev - out_now, -6)
tc_oku = round(s_now["tc"] / 1e8, 1)
dtc_oku = round((s_now["tc"] - s_prev["tc"]) / 1e8, 1)
S = "市税"
para("２月末現在における市税全体の収納率は"
     + intr(S, S, "total", "collection_rate", tr_now, "percent", f2(tr_now) + "％")
     + "となり、前年同月（" + intr(S, S, "total", "collection_rate", tr_prev, "percent", f2(tr_prev) + "％", prev=True)
     + "）と比べ" + intr(S, S, "total", "difference", round(tr_now - tr_prev, 2), "points", f2(tr_now - tr_prev) + "ポイント上昇")
     + "しています。収入済額は約" + intr(S, S, "total", "collected", int(tc_oku * 1e8), "yen", f"{tc_oku}億円")
     + "で前年同月より約" + intr(S, S, "total", "difference", int(dtc_oku * 1e8), "yen", f"{dtc_oku}億円増加")
     + "し、収入未済額は約" + intr(S, S, "total", "outstanding", o_a, "yen", oku_man(o_a))
     + "と、前年同月から約" + intr(S, S, "total", "difference", -d_a, "yen", oku_man(d_a) + "減少")
     + "しました。", size=9.5)
for f_ in G.facts:     # 「約」が付いた数値
    if f_["raw"] in (f"{tc_oku}億円", f"{dtc_oku}億円増加", oku_man(o_a), oku_man(d_a) + "減少"):
        f_["approx"] = True
# bracketed metric headings over bullets labelled only by segment
y += 4
bx = LM + 10
colw = CW / 2 - 10
y0 = y
for j, (head, asof, fyr, vals) in enumerate((
        ("【収納率】令和５年１２月末時点", DEC, "令和５年１２月末", [("現年分", "current", SZ_CUR["R5"][2]), ("滞繰分", "arrears", SZ_ARR_DEC[0])]),
        ("【収納率】令和６年２月末時点", NOW, "令和６年２月末", [("現年分", "current", rate(s_now["cc"], s_now["ca"])),
                                                   ("滞繰分", "arrears", rate(s_now["ac"], s_now["aa"])),
                                                   ("合計", "total", tr_now)]))):
    xx = bx + j * (colw + 10)
    yy = y0 + 12
    txt(xx, yy, head, 9.8, "G")
    for lab, seg, v in vals:
        yy += 15
        raw = f2(v) + "％"
        fact(S, S, 2023, fyr, seg, "collection_rate", "interim", v, "percent", raw, as_of=asof)
        txt(xx + 8, yy, f"・{lab}　{raw}", 9.5, "M")
y = y0 + 12 + 15 * 3 + 6
para("※　上記は市税（個人市民税、法人市民税、固定資産税、軽自動車税、市たばこ税等）の合計です。", size=8.5, first=0)

heading("２　債権別の収納状況", bar=True, before=10)
txt(LM, y + 10, "表１　債権別の収納状況（令和６年２月末現在、現年分＋滞繰分）", 9.5, "G")
y += 16
rows = [["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）\n（前年同月）", "差（ポイント）"]]
sum_ta = sum_tc = 0
for k, d in D.items():
    n, p_ = d["now"], d["prev"]
    ta, tc = kil(n["ta"]), kil(n["tc"])
    sum_ta += ta
    sum_tc += tc
    r1, r0 = rate(n["tc"], n["ta"]), rate(p_["tc"], p_["ta"])
    rows.append([d["raw"], intr(k, d["raw"], "total", "assessed", ta * 1000, "yen", comma(ta)),
                 intr(k, d["raw"], "total", "collected", tc * 1000, "yen", comma(tc)),
                 intr(k, d["raw"], "total", "collection_rate", r1, "percent", f2(r1)) + "（"
                 + intr(k, d["raw"], "total", "collection_rate", r0, "percent", f2(r0), prev=True) + "）",
                 intr(k, d["raw"], "total", "difference", round(r1 - r0, 2), "points", tri_pt(r1 - r0))])
all_now = sum(d["now"]["tc"] for d in D.values()) / sum(d["now"]["ta"] for d in D.values()) * 100
all_prev = sum(d["prev"]["tc"] for d in D.values()) / sum(d["prev"]["ta"] for d in D.values()) * 100
r1, r0 = round(all_now, 2), round(all_prev, 2)
rows.append(["合計", intr(None, "合計", "total", "assessed", sum_ta * 1000, "yen", comma(sum_ta)),
             intr(None, "合計", "total", "collected", sum_tc * 1000, "yen", comma(sum_tc)),
             intr(None, "合計", "total", "collection_rate", r1, "percent", f2(r1)) + "（"
             + intr(None, "合計", "total", "collection_rate", r0, "percent", f2(r0), prev=True) + "）",
             intr(None, "合計", "total", "difference", round(r1 - r0, 2), "points", tri_pt(r1 - r0))])
y = grid(LM, y, [120, 96, 96, 100, 91], rows, 19, size=9, rules=False, zebra=True, bold_rows=(len(rows) - 1,),
         row_heights=[28] + [19] * (len(rows) - 1))
y += 4
para("※　差は、前年同月の収納率との差。▲は低下を示す。", size=8.5, first=0)
para("※　保育所保育料は、公立保育所の保育料及び副食費の合計。", size=8.5, first=0)

# ================================================================ page 2
new_page()
heading("３　主な債権の状況", bar=True, before=0)


def seg_table(k, unit_div, unit_lab, caption):
    """table whose top header cell holds label and value together (債権名　X)"""
    global y
    d = D[k]
    n, p_ = d["now"], d["prev"]
    txt(LM, y + 10, caption, 9.5, "G")
    y += 15
    rows = [[f"債権名　{d['raw']}", None, None, None, None, None],
            ["区分", f"調定額（{unit_lab}）", f"収入済額（{unit_lab}）", f"収入未済額（{unit_lab}）", "収納率（％）",
             "前年同月\n収納率（％）"]]

    def amt(v, seg, met):
        vv = v if unit_div == 1 else kil(v)
        return intr(k, d["raw"], seg, met, vv * unit_div, "yen", comma(vv))

    for lab, seg, a, c in (("現年分", "current", "ca", "cc"), ("滞繰分", "arrears", "aa", "ac"), ("計", "total", "ta", "tc")):
        if unit_div == 1:
            outv = n[a] - n[c]
        else:
            outv = kil(n[a]) - kil(n[c])
        r1, r0 = rate(n[c], n[a]), rate(p_[c], p_[a])
        rows.append([lab, amt(n[a], seg, "assessed"), amt(n[c], seg, "collected"),
                     intr(k, d["raw"], seg, "outstanding", outv * unit_div, "yen", comma(outv)),
                     intr(k, d["raw"], seg, "collection_rate", r1, "percent", f2(r1)),
                     intr(k, d["raw"], seg, "collection_rate", r0, "percent", f2(r0), prev=True)])
    y = grid(LM, y, [62, 96, 96, 96, 76, 77], rows, 19, header_rows=2, size=9,
             spans={(0, 0): (1, 6)}, row_heights=[19, 28, 19, 19, 19], aligns=["c", "r", "r", "r", "r", "r"])
    y += 3


seg_table("国民健康保険料", 1, "円", "表２　国民健康保険税の収納状況（令和６年２月末現在）")
kk = D["国民健康保険料"]
para("国民健康保険税の現年分の収納率は、前年同月と比べ"
     + intr("国民健康保険料", "国民健康保険税", "current", "difference",
            round(rate(kk["now"]["cc"], kk["now"]["ca"]) - rate(kk["prev"]["cc"], kk["prev"]["ca"]), 2), "points",
            f2(rate(kk["now"]["cc"], kk["now"]["ca"]) - rate(kk["prev"]["cc"], kk["prev"]["ca"])) + "ポイント")
     + "上昇しました。滞繰分も、財産調査の早期実施により改善しています。", size=9.5)
y += 4
seg_table("介護保険料", 1000, "千円", "表３　介護保険料の収納状況（令和６年２月末現在）")
y += 6

# boxed table with caption over the box and a source line under it; two headings side by side
kz = D["後期高齢者医療保険料"]
txt(LM, y + 10, "表４　後期高齢者医療保険料の収納状況（２月末）", 9.5, "G")
y += 16
box_top = y
y += 8
rows = [["区分", "令和４年度（前年同月）", None, None, "令和５年度", None, None],
        [None, "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）"]]
for lab, seg, a, c in (("現年分", "current", "ca", "cc"), ("滞繰分", "arrears", "aa", "ac"), ("計", "total", "ta", "tc")):
    row = [lab]
    for prev, dd in ((True, kz["prev"]), (False, kz["now"])):
        row += [intr("後期高齢者医療保険料", kz["raw"], seg, "assessed", kil(dd[a]) * 1000, "yen", comma(kil(dd[a])), prev=prev,
                     fy_raw="令和４年度" if prev else None),
                intr("後期高齢者医療保険料", kz["raw"], seg, "collected", kil(dd[c]) * 1000, "yen", comma(kil(dd[c])), prev=prev,
                     fy_raw="令和４年度" if prev else None),
                intr("後期高齢者医療保険料", kz["raw"], seg, "collection_rate", rate(dd[c], dd[a]), "percent",
                     f2(rate(dd[c], dd[a])), prev=prev, fy_raw="令和４年度" if prev else None)]
    rows.append(row)
y = grid(LM + 10, y, [58, 72, 72, 54, 72, 72, 55], rows, 19, header_rows=2, size=8.8,
         spans={(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}, row_heights=[18, 28, 19, 19, 19], zebra=True,
         head_fill=(0.80, 0.87, 0.80))
y += 8
page.draw_rect(pymupdf.Rect(LM, box_top, W - RM, y), color=(0, 0, 0), width=1.0)
y += 11
txt(W - RM, y, "出典：茨城県後期高齢者医療広域連合「保険料収納状況（月報）」令和６年２月分", 8.3, "M", "r")
y += 6
para("後期高齢者医療保険料は、年金からの特別徴収の対象者が多く、現年分の収納率は例年高い水準で推移しています。",
     size=9.5)

# ================================================================ page 3
new_page()
heading("４　市税（現年分）の月末収納率の推移", bar=True, before=0)
txt(LM, y + 10, "図１　月末収納率の推移（市税・現年分）", 9.5, "G")
txt(W - RM, y + 10, "（単位：％）", 8.5, "M", "r")
y += 16
cx0, cy0, cw_, ch_ = LM + 30, y + 10, CW - 40, 170
base_y = cy0 + ch_
page.draw_rect(pymupdf.Rect(LM, y, W - RM, base_y + 44), color=(0.5, 0.5, 0.5), width=0.6)
vmin, vmax = 60.0, 100.0
for gv in (60, 70, 80, 90, 100):
    gy = base_y - (gv - vmin) / (vmax - vmin) * (ch_ - 20)
    page.draw_line((cx0, gy), (cx0 + cw_ - 10, gy), color=(0.85, 0.85, 0.85), width=0.5)
    txt(cx0 - 4, gy + 3, str(gv), 7.5, "M", "r")
page.draw_line((cx0, base_y), (cx0 + cw_ - 10, base_y), color=(0, 0, 0), width=0.8)
grp = (cw_ - 20) / len(MONTHS)
bw = grp * 0.32
for i, (mlab, as5, as4) in enumerate(MONTHS):
    gx = cx0 + 10 + i * grp
    for j, (key, col, asof, fy, fyr) in enumerate((("R4", (0.62, 0.72, 0.85), as4, 2022, "2022年度"),
                                                   ("R5", (0.16, 0.36, 0.55), as5, 2023, "2023年度"))):
        v = SZ_CUR[key][i]
        top = base_y - (v - vmin) / (vmax - vmin) * (ch_ - 20)
        bx_ = gx + j * (bw + 4) + grp * 0.12
        page.draw_rect(pymupdf.Rect(bx_, top, bx_ + bw, base_y), color=None, fill=col)
        raw = f2(v)
        fact(S, S, fy, fyr, "current", "collection_rate", "interim", v, "percent", raw, as_of=asof)
        txt(bx_ + bw / 2, top - 3, raw, 7.2, "M", "c")
    txt(gx + grp * 0.45, base_y + 12, mlab, 8.5, "M", "c")
ly = base_y + 30
for j, (lab, col) in enumerate((("2022年度", (0.62, 0.72, 0.85)), ("2023年度", (0.16, 0.36, 0.55)))):
    lx = cx0 + 150 + j * 110
    page.draw_rect(pymupdf.Rect(lx, ly - 7, lx + 14, ly + 1), color=None, fill=col)
    txt(lx + 18, ly, lab, 8.5, "M")
y = base_y + 52
para("市税の現年分の収納率は、１２月末以降、前年同月を上回って推移しています。口座振替の加入促進とスマートフォン決済の"
     "利用拡大により、納期内納付の割合が高まっています。", size=9.5)

heading("５　年度末の収納見込み", bar=True, before=8)
txt(LM, y + 10, "表５　年度末の収納見込み（現年分収納率）", 9.5, "G")
txt(W - RM, y + 10, "単位：％", 8.5, "M", "r")
y += 15
rows = [["債権名", "R4決算", "R5目標", "R5見込", "差（見込－目標）", "達成見込率"]]
for k, d in D.items():
    a4, t5, e5 = YE[k]
    ach = round(e5 / t5 * 100 + 1e-9, 1)
    rows.append([d["raw"], fact(k, d["raw"], 2022, "R4", "current", "collection_rate", "actual", a4, "percent", f2(a4)),
                 fact(k, d["raw"], 2023, "R5", "current", "collection_rate", "target", t5, "percent", f2(t5)),
                 fact(k, d["raw"], 2023, "R5", "current", "collection_rate", "estimate", e5, "percent", f2(e5)),
                 fact(k, d["raw"], 2023, "R5", "current", "difference", "estimate", round(e5 - t5, 2), "points", tri_pt(e5 - t5)),
                 fact(k, d["raw"], 2023, "R5", "current", "achievement_rate", "estimate", ach, "percent", f"{ach:.1f}")])
y = grid(LM, y, [125, 72, 72, 72, 84, 78], rows, 18, size=9, rules=True)
y += 3
para("※　R5見込は、２月末までの収納実績と前年度の３月の収納額を基に推計した。", size=8.5, first=0)
y += 4
txt(LM, y + 10, "表６　収入未済額の見込み（現年分＋滞繰分）", 9.5, "G")
txt(W - RM, y + 10, "単位：万円", 8.5, "M", "r")
y += 15
ks = list(OUT_YE)
rows = [["区分"] + [D[k]["raw"] for k in ks]]
rows.append(["R4決算"] + [fact(k, D[k]["raw"], 2022, "R4", "total", "outstanding", "actual", OUT_YE[k][0] * 10000, "yen",
                               comma(OUT_YE[k][0])) for k in ks])
rows.append(["R5見込"] + [fact(k, D[k]["raw"], 2023, "R5", "total", "outstanding", "estimate", OUT_YE[k][1] * 10000, "yen",
                               comma(OUT_YE[k][1])) for k in ks])
rows.append(["増減"] + [fact(k, D[k]["raw"], 2023, "R5", "total", "difference", "estimate",
                             (OUT_YE[k][1] - OUT_YE[k][0]) * 10000, "yen", tri(OUT_YE[k][1] - OUT_YE[k][0], mark="▲"))
                        for k in ks])
y = grid(LM, y, [83, 105, 105, 105, 105], rows, 18, size=9, aligns=["c", "r", "r", "r", "r"])
y += 4
hist = "、".join(f"{fr}{v:.2f}％" for fy, fr, v in SZ_HIST)
for fy, fr, v in SZ_HIST:
    fact(S, S, fy, fr, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}％")
para("市税の収納率（決算、現年分＋滞繰分）は、" + hist
     + "と上昇を続けており、令和５年度も前年度を上回る見込みです。", size=9.5)

# ================================================================ page 4-5 取組状況
new_page()
heading("６　主な取組状況（２月末現在）", bar=True, before=0)


def item_lines(label, text, status, x_indent=1.0, alone=False, size=9.5, x=None, width=None):
    """label + text; tag after 。 or alone on the next line"""
    global y
    body = f"{label}{text}"
    if status and not alone:
        body += f"【{status}】"
    para(body, size=size, first=x_indent, hang=x_indent + 1.5, x=x, width=width)
    if status and alone:
        y += size * 1.3
        txt((x or LM) + (x_indent + 1.5) * size, y, f"【{status}】", size, "M")
        y += size * 0.4


FY = 2023
heading("（１）市税", size=10.5, before=4)
sec = "主な取組状況（市税）"
for lab, t_, stt, alone in [("ア　", "納期限後２０日以内に督促状を発送し、その後１か月以内に電話催告と文書催告を行った。", "継続", False),
                            ("イ　", "預貯金の照会を電子化し、財産調査に要する期間を短縮した。", "拡充", True),
                            ("ウ　", "１２月を滞納整理強化月間とし、税務職員全員で臨戸訪問と差押えを集中的に実施した。", "継続", False)]:
    item_lines(lab, t_, stt, alone=alone)
    G.init(PN, S, S, FY, sec, lab.strip(), t_, stt)
y += 2
# items in a box
box_top = y + 2
y += 4
txt(LM + 10, y + 11, "【滞納整理強化月間（１２月）の主な実績】", 9.5, "G")
y += 14
for t_ in ["差押えを前年同月より多く執行し、換価を早めた。", "休日納付相談窓口を２回開設した。"]:
    item_lines("・", t_, None, x=LM + 10, width=CW - 20)
    G.init(PN, S, S, FY, "滞納整理強化月間（１２月）の主な実績", "・", t_, None)
y += 6
page.draw_rect(pymupdf.Rect(LM, box_top, W - RM, y), color=(0, 0, 0), width=0.8)
y += 4

heading("（２）国民健康保険税", size=10.5, before=6)
sec = "主な取組状況（国民健康保険税）"
box_top = y + 2
y += 2
for lab, t_, stt in [("①", "短期被保険者証の更新時に全件納付相談を行い、分割納付の計画を立てた。", "継続"),
                     ("②", "資格喪失者の未納分について、転出先の自治体へ所在を照会したうえで催告書を送付した。", None),
                     ("③", "市税との重複滞納者は税務課で一括して滞納整理を行った。", "新規")]:
    item_lines(lab, t_, stt, x_indent=0.8, x=LM + 6, width=CW - 12)
    G.init(PN, "国民健康保険料", "国民健康保険税", FY, sec, lab, t_, stt)
y += 5
page.draw_rect(pymupdf.Rect(LM, box_top, W - RM, y), color=(0.16, 0.36, 0.55), width=0.9, dashes="[3] 0")
y += 4

heading("（３）介護保険料・後期高齢者医療保険料", size=10.5, before=6)
rows = [["債権", "項目", "内容", "状況"]]
TI = [("介護保険料", "介護保険料", "普通徴収者への催告", "納期ごとに催告書を送付し、未納者には電話で納付を促した。", "実施中"),
      ("介護保険料", "介護保険料", "給付制限の事前説明", "滞納が続く被保険者に給付制限の内容を説明し、分割納付につなげた。", "実施中"),
      ("後期高齢者医療保険料", "後期高齢者医療保険料", "口座振替の勧奨", "資格取得時に口座振替依頼書を同封して送付した。", "実施済")]
for key, raw, item, body, stt in TI:
    rows.append([raw, item, body, stt])
    G.init(PN, key, raw, FY, "介護保険料・後期高齢者医療保険料", None, body, None)
# a table with no 取組 heading: the 内容 column wraps, so the rows are drawn here
xs = [LM, LM + 95, LM + 190, LM + 438, W - RM]
rh = [18, 30, 30, 30]
yy = y + 2
for r, row in enumerate(rows):
    if r == 0:
        page.draw_rect(pymupdf.Rect(xs[0], yy, xs[-1], yy + rh[r]), color=None, fill=(0.85, 0.89, 0.95))
    for c, s in enumerate(row):
        rect = pymupdf.Rect(xs[c], yy, xs[c + 1], yy + rh[r])
        page.draw_rect(rect, color=(0.2, 0.2, 0.2), width=0.5)
        if r and c == 2:
            ls = wrap(s, rect.width - 6, 8.8, "M")
            cell_text(rect, "\n".join(ls), 8.8, "M", "l")
        else:
            cell_text(rect, s, 8.8, "G" if r == 0 else "M", "c" if (r == 0 or c == 3) else "l")
    yy += rh[r]
y = yy + 6

heading("（４）その他の債権", size=10.5, before=6)
PLAIN = [("保育所保育料", "保育所保育料", "児童手当からの徴収",
          [("保護者の同意を得て、児童手当からの徴収を行った。", "継続")]),
         ("保育所保育料", "保育所保育料", "退所者の未納分",
          [("退所時に未納額を通知し、分割納付の誓約を取った。", None)]),
         ("住宅使用料", "市営住宅使用料", "長期滞納者への法的措置",
          [("６か月以上の滞納者４名に対し、明渡し請求の訴えの提起に向けた準備を進めた。", "拡充")]),
         ("下水道使用料", "下水道使用料", "水道部門との連携",
          [("水道料金の督促と同時に下水道使用料の催告を行った。", None),
           ("滞納者の預貯金を差し押さえ、滞繰分の縮減を図った。", "新規")])]
for key, raw, title, items in PLAIN:
    txt(LM + 8, y + 12, f"{raw}　―　{title}", 9.8, "G")
    y += 15
    for t_, stt in items:
        item_lines("・", t_, stt, x_indent=1.2, alone=(stt == "新規"))
        G.init(PN, key, raw, FY, title, "・", t_, stt)
    y += 3

# ================================================================ page 5
new_page()
heading("７　滞納者数の状況", bar=True, before=0)
txt(LM, y + 10, "表７　滞納者数の推移（各年度２月末現在）", 9.5, "G")
y += 15
DL = [(2021, "令和３年度", "2022-02-28", 3866, 1512), (2022, "令和４年度", PREV, 3598, 1437), (2023, "令和５年度", NOW, 3412, 1365)]
rows = [["年度", "市税\n滞納者数（人）", "国民健康保険税\n滞納世帯数（世帯）"]]
for fy, fr, asof, n1, n2 in DL:
    rows.append([fr, fact(S, S, fy, fr, "total", "delinquents", "interim", n1, "persons", comma(n1), as_of=asof),
                 fact("国民健康保険料", "国民健康保険税", fy, fr, "total", "delinquents", "interim", n2, "households",
                      comma(n2), as_of=asof)])
y = grid(LM + 60, y, [110, 140, 150], rows, 19, size=9, row_heights=[28, 19, 19, 19], aligns=["c", "r", "r"])
y += 4
para("市税の滞納者数は、前年同月から"
     + fact(S, S, 2023, "令和５年度", "total", "difference", "interim", DL[2][3] - DL[1][3], "persons",
            f"{DL[1][3] - DL[2][3]}人減少", as_of=NOW)
     + "しました。少額のうちに滞納を解消する早期の催告が効果を上げています。", size=9.5)

heading("８　今後の取組", bar=True, before=10)
NEXT = [("（１）", "３月の出納整理期間に向け、現年分の未納者への一斉催告を３月上旬に実施する。", None),
        ("（２）", "年度末までに滞繰分の執行停止の要否を点検し、徴収の見込みのない債権の整理を進める。", None),
        ("（３）", "令和６年度に向け、収納管理システムの更新に合わせてコンビニ収納とスマートフォン決済を全債権に広げる。", "新規")]
for lab, t_, stt in NEXT:
    item_lines(lab, t_, stt, x_indent=0.5)
    G.init(PN, None, None, FY, "今後の取組", lab, t_, stt)
y += 4
para("収入未済額の縮減には、現年分の未納を翌年度に繰り越さないことが最も効果的であることから、引き続き早期の催告と"
     "財産調査に全庁で取り組む。", size=9.5)

# ================================================================ save
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
doc.set_metadata({"title": TITLE, "author": "石岡市 財務部 収納対策課", "creator": "PyMuPDF"})
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
doc.close()
G.write(out)
print("expected pages:", PN)
