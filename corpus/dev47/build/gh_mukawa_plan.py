"""gh_mukawa_plan_1: むかわ町債権管理計画（令和６年度～令和９年度）.

Tool chain: PyMuPDF drawing every line, rule, shade and glyph directly (IPAex fonts, subset at the
end with Document.subset_fonts()).  Run from corpus/dev47:  python3 build/gh_mukawa_plan.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gh_common import GOTHIC, MINCHO, PDF_DIR, Gold, comma, fmt_rate, oku_man, r2, rate, tri, zen  # noqa: E402

STEM = "gh_mukawa_plan_1"
TOWN = "むかわ町"
g = Gold(STEM, "plan", "plan", TOWN, "むかわ町債権管理計画（令和６年度～令和９年度）", "2024-03-01", "令和６年３月")

YRS = list(range(2017, 2024))      # 2023 = 令和５年度見込
EST = 2023


def jitter(base_k: int, salt: int) -> int:
    """yen figure whose 千円 rounding is base_k"""
    return base_k * 1000 + ((base_k * 7919 + salt * 104729) % 997) - 498


def series(key, arr0_k, cur_k, rc, ra, wo, dq):
    out = {}
    arr = jitter(arr0_k, 1)
    for i, y in enumerate(YRS):
        ca = jitter(cur_k[i], i + 3)
        cc = round(ca * rc[i] / 100)
        ac = round(arr * ra[i] / 100)
        w = round(arr * wo[i] / 100)
        o = ca + arr - cc - ac - w
        out[y] = dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=arr, ac=ac, ar=rate(ac, arr), ta=ca + arr, tc=cc + ac,
                      tr=rate(cc + ac, ca + arr), wo=w, out=o, dq=dq[i])
        arr = o
    return out


def lin(a, b):
    return [round(a + (b - a) * i / 6, 2) for i in range(7)]


DEBTS = {  # printed name: canonical, 所管課, 区分, series
    "町税": ("町税", "税務課", "強制徴収公債権",
           series("町税", 98000, [1012000, 1021500, 1033200, 1030118, 1018640, 1003421, 1009800], lin(97.6, 98.6),
                  lin(22, 30), lin(8, 9), [412, 398, 377, 361, 342, 318, 305])),
    "国民健康保険税": ("国民健康保険料", "町民生活課", "強制徴収公債権",
                series("国保", 86000, [262000, 255400, 248900, 241337, 236812, 231540, 228900], lin(92.1, 93.9),
                       lin(18, 24), lin(10, 11), [298, 287, 271, 259, 246, 233, 221])),
    "介護保険料": ("介護保険料", "健康福祉課", "強制徴収公債権",
              series("介護", 7600, [198000, 203300, 206900, 209118, 211402, 212880, 214100], lin(98.6, 99.0),
                     lin(20, 26), lin(15, 16), [96, 92, 90, 85, 81, 77, 74])),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", "町民生活課", "強制徴収公債権",
                   series("後期", 1300, [71000, 72300, 73900, 74480, 75112, 76030, 77200], lin(99.3, 99.6),
                          lin(35, 45), lin(10, 10), [31, 30, 28, 27, 25, 24, 22])),
    "町営住宅使用料": ("住宅使用料", "建設水道課", "私債権",
                series("住宅", 31000, [126400, 125100, 123800, 122355, 121004, 119870, 118900], lin(96.8, 97.6),
                       lin(12, 17), lin(5, 6), [58, 55, 53, 50, 47, 44, 42])),
    "水道料金": ("水道料金", "建設水道課", "私債権",
             series("水道", 9800, [238000, 236400, 234100, 232877, 230455, 228120, 226300], lin(98.3, 98.9),
                    lin(45, 55), lin(6, 7), [140, 134, 129, 121, 115, 108, 103])),
    "下水道使用料": ("下水道使用料", "建設水道課", "強制徴収公債権",
               series("下水", 5100, [152000, 151200, 150100, 149030, 147660, 146300, 145000], lin(98.4, 98.9),
                      lin(45, 55), lin(6, 7), [88, 84, 80, 76, 72, 68, 64])),
}
for n, (_, _, _, s) in DEBTS.items():
    outs = [s[y]["out"] for y in YRS]
    assert all(a > b for a, b in zip(outs, outs[1:])), (n, outs)


def K(yen):
    return round(yen / 1000)


def KO(d):
    """収入未済額 in 千円 as printed: the printed 調定額 − 収入済額 − 不納欠損額 (so the row adds up)"""
    return K(d["ta"]) - K(d["tc"]) - K(d["wo"])


# targets (current, arrears) per year 2024..2027
BASE = {n: (DEBTS[n][3][2022]["cr"], DEBTS[n][3][2022]["ar"]) for n in DEBTS}
TGT = {
    "町税": [(98.70, 31.00), (98.80, 32.00), (98.90, 33.00), (99.00, 34.00)],
    "国民健康保険税": [(94.10, 24.50), (94.30, 25.50), (94.50, 26.50), (94.70, 27.50)],
    "介護保険料": [(99.05, 26.50), (99.10, 27.50), (99.15, 28.50), (99.20, 29.50)],
    "後期高齢者医療保険料": [(99.60, 45.00), (99.65, 46.00), (99.70, 47.00), (99.70, 48.00)],
    "町営住宅使用料": [(97.70, 17.50), (97.80, 18.50), (97.90, 19.50), (98.00, 20.50)],
    "水道料金": [(98.95, 55.00), (99.00, 56.00), (99.05, 57.00), (99.10, 58.00)],
    "下水道使用料": [(98.95, 55.00), (99.00, 56.00), (99.05, 57.00), (99.10, 58.00)],
}
TY = [(2024, "令和６（2024）年度"), (2025, "令和７（2025）年度"), (2026, "令和８（2026）年度"), (2027, "令和９（2027）年度")]
# 令和９年度 収入未済額目標 (万円) and total-rate target
OUT9 = {"町税": (3300, 97.60), "国民健康保険税": (4700, 83.50), "介護保険料": (280, 98.20), "町営住宅使用料": (1250, 90.80),
        "水道料金": (240, 98.40)}

# ---------------------------------------------------------------- drawing engine
FG = pymupdf.Font(fontfile=GOTHIC)
FM = pymupdf.Font(fontfile=MINCHO)
W, H = 595.28, 841.89
L, R, TOP, BOT = 52, 543, 56, 792
doc = pymupdf.open()
page = None
y = TOP
pno = 0


def new_page(footer=True):
    global page, y, pno
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="g", fontfile=GOTHIC)
    page.insert_font(fontname="m", fontfile=MINCHO)
    pno += 1
    y = TOP
    if footer:
        s = f"－ {pno - 1} －"
        page.insert_text((W / 2 - FG.text_length(s, 9) / 2, 815), s, fontname="g", fontsize=9)


def tw(s, size, font="g"):
    return (FG if font == "g" else FM).text_length(s, size)


def put(x, yy, s, size=9, font="g", color=(0, 0, 0)):
    page.insert_text((x, yy), s, fontname=font, fontsize=size, color=color)


NOSTART = set("、。，．）」』％・ー」)")


NUM = set("0123456789,.０１２３４５６７８９，．")


def wrap(s, width, size, font="m"):
    """greedy line breaking; no line starts with closing punctuation and numbers are not split"""
    lines, cur = [], ""
    for ch in s:
        if tw(cur + ch, size, font) > width and cur:
            if ch in NOSTART:
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            if ch in NUM and cur[-1] in NUM:
                k = len(cur)
                while k > 0 and cur[k - 1] in NUM:
                    k -= 1
                if k > 0 and cur[k - 1] == "約":
                    k -= 1
                if k > 0:
                    lines.append(cur[:k])
                    cur = cur[k:] + ch
                    continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(s, size=10, font="m", indent=0, first=1, lead=1.6, after=4, width=None):
    """first: first-line indent in characters (negative = hanging)"""
    global y
    x0 = L + indent
    wid = (width or (R - L)) - indent
    lines = []
    if first >= 0:
        ls = wrap("　" * first + s, wid, size, font)
        lines = [(x0, ln) for ln in ls]
    else:
        hang = -first * size
        ls = wrap(s, wid - hang, size, font)
        head_len = 0
        first_ls = wrap(s, wid, size, font)[0]
        rest = s[len(first_ls):]
        lines = [(x0, first_ls)] + [(x0 + hang, ln) for ln in wrap(rest, wid - hang, size, font)] if rest else [(x0, first_ls)]
    for x, ln in lines:
        y += size * lead
        put(x, y - size * (lead - 1) / 2, ln, size, font)
    y += after


def heading(s, size=12, before=8, after=4, bar=True):
    global y
    y += before + size
    if bar:
        page.draw_rect(pymupdf.Rect(L, y - size + 1, L + 4, y + 2), color=None, fill=(0.15, 0.35, 0.55))
        put(L + 8, y, s, size, "g")
    else:
        put(L, y, s, size, "g")
    y += after


def table(cols, rows, size=8.5, rh=14, header=1, shade_hdr=True, zebra=False, rules=True, x0=None, bold_rows=(),
          caption=None, box=False, source=None, unit=None):
    """cols: widths; rows: list of lists of (text, align) or text; a cell may be None (covered by a span);
    (text, align, colspan, rowspan) tuples allowed."""
    global y
    x0 = L if x0 is None else x0
    if caption:
        y += 12
        put(x0, y, caption, 9.5, "g")
        y += 3
    if unit:
        y += 10
        put(x0 + sum(cols) - tw(unit, 8), y, unit, 8)
        y += 3
    top = y
    if box:
        y += 5
    xs = [x0]
    for c in cols:
        xs.append(xs[-1] + c)
    nrow = len(rows)
    heights = []
    for r_ in rows:
        mx = 1
        for c in r_:
            if c is None:
                continue
            t = c[0] if isinstance(c, tuple) else c
            mx = max(mx, len(str(t).split("\n")))
        heights.append(max(rh, mx * (size + 2.5) + 4))
    ys = [y]
    for h_ in heights:
        ys.append(ys[-1] + h_)
    for ri, r_ in enumerate(rows):
        is_h = ri < header
        if is_h and shade_hdr:
            page.draw_rect(pymupdf.Rect(xs[0], ys[ri], xs[-1], ys[ri + 1]), color=None, fill=(0.86, 0.9, 0.95))
        elif zebra and (ri - header) % 2 == 1:
            page.draw_rect(pymupdf.Rect(xs[0], ys[ri], xs[-1], ys[ri + 1]), color=None, fill=(0.94, 0.95, 0.97))
        if ri in bold_rows:
            page.draw_rect(pymupdf.Rect(xs[0], ys[ri], xs[-1], ys[ri + 1]), color=None, fill=(0.95, 0.95, 0.95))
    # cells
    for ri, r_ in enumerate(rows):
        for ci, c in enumerate(r_):
            if c is None:
                continue
            if isinstance(c, tuple):
                t, al = c[0], c[1]
                cs = c[2] if len(c) > 2 else 1
                rs = c[3] if len(c) > 3 else 1
            else:
                t, al, cs, rs = c, "l", 1, 1
            cx0, cx1 = xs[ci], xs[ci + cs]
            cy0, cy1 = ys[ri], ys[ri + rs]
            if rules:
                page.draw_rect(pymupdf.Rect(cx0, cy0, cx1, cy1), color=(0.2, 0.2, 0.2), width=0.5)
            lines = str(t).split("\n")
            lh = size + 2.5
            ty = (cy0 + cy1) / 2 - len(lines) * lh / 2 + size
            for ln in lines:
                if al == "r":
                    tx = cx1 - 3 - tw(ln, size)
                elif al == "c":
                    tx = (cx0 + cx1) / 2 - tw(ln, size) / 2
                else:
                    tx = cx0 + 3
                put(tx, ty - 1, ln, size, "g")
                ty += lh
    if not rules:
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), color=(0.2, 0.2, 0.2), width=0.8)
        page.draw_line((xs[0], ys[header]), (xs[-1], ys[header]), color=(0.2, 0.2, 0.2), width=0.5)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), color=(0.2, 0.2, 0.2), width=0.8)
    y = ys[-1]
    if box:
        y += 5
        page.draw_rect(pymupdf.Rect(x0 - 5, top, xs[-1] + 5, y), color=(0, 0, 0), width=0.9)
    if source:
        y += 11
        put(x0, y, source, 8)
    y += 4


def note(s, size=8, indent=0):
    para(s, size, "g", indent=indent, first=0, lead=1.45, after=1)


# ================================================================ page 1: cover
new_page(footer=False)
put(W / 2 - tw("むかわ町債権管理計画", 26) / 2, 300, "むかわ町債権管理計画", 26)
s = "（令和６年度～令和９年度）"
put(W / 2 - tw(s, 14) / 2, 340, s, 14)
page.draw_line((140, 360), (455, 360), color=(0.15, 0.35, 0.55), width=1.5)
put(W / 2 - tw("令和６年３月", 14) / 2, 640, "令和６年３月", 14)
put(W / 2 - tw("むかわ町", 16) / 2, 672, "むかわ町", 16)

# ================================================================ page 2: 目次 + 1 趣旨
new_page()
pg = 2
y += 6
put(W / 2 - tw("目　　次", 13) / 2, y + 13, "目　　次", 13)
y += 24
TOC = [("１　計画策定の趣旨", "1"), ("２　債権の現状", "2"), ("３　計画の目標", "3"), ("４　債権ごとの取組（推進シート）", "4"),
       ("　（１）町税", "4"), ("　（２）国民健康保険税・介護保険料", "5"), ("　（３）町営住宅使用料・水道料金", "6")]
for t_, p_ in TOC:
    y += 16
    put(L + 60, y, t_, 10)
    dots = "・" * 14
    put(L + 300, y, dots, 10)
    put(L + 440, y, p_, 10)
y += 14
page.draw_line((L, y), (R, y), color=(0.5, 0.5, 0.5), width=0.5)
heading("１　計画策定の趣旨", 13, before=10)
heading("（１）背景", 10.5, before=4, bar=False)
para("本町では、町税をはじめ、国民健康保険税、介護保険料、町営住宅使用料及び水道料金など多様な債権を保有している。これらの債権の収入未済は、財源の確保を妨げるとともに、期限内に納付している町民との負担の公平性を損なうものである。", indent=12)
para("町は、平成29年度に「むかわ町債権管理条例」を施行し、令和二年度からは第１期の債権管理計画に基づき、督促・催告の徹底や滞納処分の強化に取り組んできた。この結果、対象債権の収入未済額は着実に減少しているが、人口減少と高齢化が進む中、引き続き計画的な債権管理が求められている。", indent=12)
para("このため、第１期計画の成果と課題を踏まえ、令和６年度からの４年間に取り組む事項と目標を定めた第２期の計画として本計画を策定する。", indent=12)
heading("（２）計画期間", 10.5, before=4, bar=False)
para("令和６（2024）年度から令和９（2027）年度までの４年間とする。なお、社会経済情勢の変化や法令の改正等があった場合は、必要に応じて見直しを行う。", indent=12)
heading("（３）対象債権", 10.5, before=4, bar=False)
para("令和４年度決算において収入未済額のある債権のうち、次の７債権を対象とする。", indent=12)
para("ア　強制徴収公債権", 10, indent=14, first=0, after=1)
para("(ｱ) 町税　(ｲ) 国民健康保険税　(ｳ) 介護保険料　(ｴ) 後期高齢者医療保険料　(ｵ) 下水道使用料", 10, indent=26, first=0, after=3)
para("イ　私債権", 10, indent=14, first=0, after=1)
para("(ｱ) 町営住宅使用料　(ｲ) 水道料金", 10, indent=26, first=0, after=3)
heading("（４）計画の進め方", 10.5, before=4, bar=False)
para("副町長を委員長とする「むかわ町債権管理推進委員会」において、毎年度、各債権の目標の達成状況と取組の実施状況を確認し、その結果を次年度の取組に反映させる。", indent=12)

# ================================================================ page 3: 2 債権の現状
new_page()
pg = 3
heading("２　債権の現状", 13, before=0)
tot18 = sum(DEBTS[n][3][2018]["out"] for n in DEBTS)
tot22 = sum(DEBTS[n][3][2022]["out"] for n in DEBTS)
a1 = g.fact(pg, f"約{oku_man(round(tot22, -5))}円", round(tot22, -5), metric="outstanding", basis="actual", fy=2022,
            fy_raw="令和４年度決算", approx=True)
a2 = g.fact(pg, f"約{oku_man(round(tot18, -5))}円", round(tot18, -5), metric="outstanding", basis="actual", fy=2018,
            fy_raw="平成30年度", approx=True)
dd = round(tot22, -5) - round(tot18, -5)
a3 = g.fact(pg, f"約{oku_man(-dd)}円減少", dd, metric="difference", basis="actual", fy=2022, fy_raw="令和４年度決算",
            approx=True)
zt = DEBTS["町税"][3][2022]
oku = float(r2(zt["ta"] / 1e8, 1))
a4 = g.fact(pg, f"約{oku}億円", int(round(oku * 1e8)), metric="assessed", basis="actual", fy=2022, fy_raw="令和４年度",
            approx=True, debt="町税", debt_raw="町税")
a5 = g.fact(pg, f"{fmt_rate(zt['tr'])}％", zt["tr"], metric="collection_rate", basis="actual", fy=2022,
            fy_raw="令和４年度", debt="町税", debt_raw="町税")
para(f"令和４年度決算における対象７債権の収入未済額は{a1}で、平成30年度の{a2}から{a3}した。このうち町税は、調定額が{a4}、収納率（現年度分と滞納繰越分の計）が{a5}となっている。", indent=0)

# 表１ long format: one row per debt and year (千円)
YL = {2020: "令和２年度", 2021: "３年度", 2022: "４年度"}
rows = [[("債権名", "c"), ("年度", "c"), ("調定額※", "c"), ("収入済額", "c"), ("不納欠損額", "c"), ("収入未済額", "c"),
         ("収納率", "c")]]
for n, (canon, _, _, s) in DEBTS.items():
    for yr in (2020, 2021, 2022):
        d = s[yr]
        kw = dict(basis="actual", fy=yr, fy_raw=YL[yr], segment="total", debt=canon, debt_raw=n)
        rows.append([(n, "l"), (YL[yr], "c"),
                     (g.fact(pg, comma(K(d["ta"])), K(d["ta"]) * 1000, metric="assessed", **kw), "r"),
                     (g.fact(pg, comma(K(d["tc"])), K(d["tc"]) * 1000, metric="collected", **kw), "r"),
                     (g.fact(pg, comma(K(d["wo"])), K(d["wo"]) * 1000, metric="written_off", **kw), "r"),
                     (g.fact(pg, comma(KO(d)), KO(d) * 1000, metric="outstanding", **kw), "r"),
                     (g.fact(pg, fmt_rate(d["tr"]), d["tr"], metric="collection_rate", **kw), "r")])
for yr in (2020, 2021, 2022):
    A = sum(K(DEBTS[n][3][yr]["ta"]) for n in DEBTS)
    C = sum(K(DEBTS[n][3][yr]["tc"]) for n in DEBTS)
    Wo = sum(K(DEBTS[n][3][yr]["wo"]) for n in DEBTS)
    O = sum(KO(DEBTS[n][3][yr]) for n in DEBTS)
    TR = rate(sum(DEBTS[n][3][yr]["tc"] for n in DEBTS), sum(DEBTS[n][3][yr]["ta"] for n in DEBTS))
    kw = dict(basis="actual", fy=yr, fy_raw=YL[yr], segment="total", debt=None, debt_raw="計")
    rows.append([("計", "c"), (YL[yr], "c"),
                 (g.fact(pg, comma(A), A * 1000, metric="assessed", **kw), "r"),
                 (g.fact(pg, comma(C), C * 1000, metric="collected", **kw), "r"),
                 (g.fact(pg, comma(Wo), Wo * 1000, metric="written_off", **kw), "r"),
                 (g.fact(pg, comma(O), O * 1000, metric="outstanding", **kw), "r"),
                 (g.fact(pg, fmt_rate(TR), TR, metric="collection_rate", **kw), "r")])
table([98, 54, 72, 72, 62, 68, 50], rows, size=8, rh=12.2, zebra=True, rules=False,
      caption="表１　対象債権の収納状況の推移（決算）", unit="（単位：千円、％）", bold_rows=(22, 23, 24))
note("※　調定額は現年度分と滞納繰越分の合計。収納率は収入済額÷調定額（円単位で算出）。")

# 図１ line chart: 町税 収入未済額 (百万円)
y += 8
put(L, y + 10, "図１　町税の収入未済額の推移（単位：百万円）", 9.5)
y += 16
cx0, cy0, cw, ch = L + 50, y + 10, 380, 120
page.draw_rect(pymupdf.Rect(cx0, cy0, cx0 + cw, cy0 + ch), color=(0.6, 0.6, 0.6), width=0.5)
XL = {2018: "H30", 2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4"}
vals = [(yr, float(r2(DEBTS["町税"][3][yr]["out"] / 1e6, 1))) for yr in XL]
vmin, vmax = 30.0, 90.0
pts = []
for i, (yr, v) in enumerate(vals):
    px = cx0 + 40 + i * (cw - 80) / 4
    py = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    pts.append((px, py))
    raw = g.fact(pg, f"{v:.1f}", int(round(v * 1e6)), metric="outstanding", basis="actual", fy=yr, fy_raw=XL[yr],
                 debt="町税", debt_raw="町税")
    put(px - tw(raw, 9) / 2, py - 7, raw, 9)
    put(px - tw(XL[yr], 9) / 2, cy0 + ch + 12, XL[yr], 9)
for a, b in zip(pts, pts[1:]):
    page.draw_line(a, b, color=(0.15, 0.35, 0.55), width=1.6)
for p_ in pts:
    page.draw_circle(p_, 2.6, color=(0.15, 0.35, 0.55), fill=(1, 1, 1), width=1.2)
for v in (30, 60, 90):
    yy = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    put(cx0 - 6 - tw(str(v), 8), yy + 3, str(v), 8)
y = cy0 + ch + 18
note("※　H30は平成30年度、R1は令和元年度を示す。各年度の出納閉鎖後の額。")

# ================================================================ page 4: 3 計画の目標 (wide table, left part)
new_page()
pg = 4
heading("３　計画の目標", 13, before=0)
heading("（１）目標収納率", 10.5, before=2, bar=False)
para("各債権の令和４年度実績を基準値とし、計画期間の各年度における現年度分及び滞納繰越分の目標収納率を次のとおり定める。", indent=12)


def target_table(pgx, years, base=False, caption=None):
    hdr1 = [("債権名", "c", 1, 2)]
    hdr2 = [None]
    cols = [104]
    if base:
        hdr1.append(("基準値（令和４年度実績）", "c", 2))
        hdr1.append(None)
        hdr2 += [("現年度分", "c"), ("滞納繰越分", "c")]
        cols += [64, 64]
    for fy, lab in years:
        hdr1.append((lab, "c", 2))
        hdr1.append(None)
        hdr2 += [("現年度分", "c"), ("滞納繰越分", "c")]
        cols += [64, 64]
    rows = [hdr1, hdr2]
    for n, (canon, _, _, s) in DEBTS.items():
        r_ = [(n, "l")]
        kw0 = dict(debt=canon, debt_raw=n)
        if base:
            c_, a_ = BASE[n]
            r_.append((g.fact(pgx, fmt_rate(c_), c_, metric="collection_rate", basis="actual", fy=2022,
                              fy_raw="令和４年度実績", segment="current", **kw0), "r"))
            r_.append((g.fact(pgx, fmt_rate(a_), a_, metric="collection_rate", basis="actual", fy=2022,
                              fy_raw="令和４年度実績", segment="arrears", **kw0), "r"))
        for fy, lab in years:
            c_, a_ = TGT[n][fy - 2024]
            r_.append((g.fact(pgx, fmt_rate(c_), c_, metric="collection_rate", basis="target", fy=fy, fy_raw=lab,
                              segment="current", **kw0), "r"))
            r_.append((g.fact(pgx, fmt_rate(a_), a_, metric="collection_rate", basis="target", fy=fy, fy_raw=lab,
                              segment="arrears", **kw0), "r"))
        rows.append(r_)
    table(cols, rows, size=8.5, rh=17, header=2, caption=caption, unit="（単位：％）")


target_table(pg, TY[:2], base=True, caption="表２　目標収納率（１／２）")
note("※　表２は次頁に続く（令和８（2026）年度及び令和９（2027）年度の目標）。")

heading("（２）収入未済額の目標", 10.5, before=10, bar=False)
para("主な５債権について、令和９年度末における収入未済額の目標を次のとおり定める。", indent=12)
rows = [[("債権名", "c", 1, 2), ("令和４年度決算", "c", 2), None, ("令和９年度目標", "c", 2), None],
        [None, ("収入未済額", "c"), ("収納率", "c"), ("収入未済額", "c"), ("収納率", "c")]]
sum_o4 = sum_o9 = 0
A4 = C4 = 0
for n, (o9, r9) in OUT9.items():
    canon, _, _, s = DEBTS[n]
    d = s[2022]
    o4 = round(d["out"] / 10000)
    sum_o4 += o4
    sum_o9 += o9
    A4 += d["ta"]
    C4 += d["tc"]
    kw0 = dict(debt=canon, debt_raw=n, segment="total")
    rows.append([(n, "l"),
                 (g.fact(pg, comma(o4), o4 * 10000, metric="outstanding", basis="actual", fy=2022, fy_raw="令和４年度決算", **kw0), "r"),
                 (g.fact(pg, fmt_rate(d["tr"]), d["tr"], metric="collection_rate", basis="actual", fy=2022, fy_raw="令和４年度決算", **kw0), "r"),
                 (g.fact(pg, comma(o9), o9 * 10000, metric="outstanding", basis="target", fy=2027, fy_raw="令和９年度目標", **kw0), "r"),
                 (g.fact(pg, fmt_rate(r9), r9, metric="collection_rate", basis="target", fy=2027, fy_raw="令和９年度目標", **kw0), "r")])
r4all = rate(C4, A4)
R9ALL = 95.30
kw0 = dict(debt=None, debt_raw="合計", segment="total")
rows.append([("合計", "c"),
             (g.fact(pg, comma(sum_o4), sum_o4 * 10000, metric="outstanding", basis="actual", fy=2022, fy_raw="令和４年度決算", **kw0), "r"),
             (g.fact(pg, fmt_rate(r4all), r4all, metric="collection_rate", basis="actual", fy=2022, fy_raw="令和４年度決算", **kw0), "r"),
             (g.fact(pg, comma(sum_o9), sum_o9 * 10000, metric="outstanding", basis="target", fy=2027, fy_raw="令和９年度目標", **kw0), "r"),
             (g.fact(pg, fmt_rate(R9ALL), R9ALL, metric="collection_rate", basis="target", fy=2027, fy_raw="令和９年度目標", **kw0), "r")])
table([120, 90, 70, 90, 70], rows, size=8.5, rh=16, header=2, caption="表３　収入未済額の目標（主な５債権）",
      unit="（単位：万円、％）", bold_rows=(7,), box=True, source="出典：むかわ町決算書（令和４年度）及び各課の推計による。")
note("※　収入未済額は万円未満を四捨五入。収納率は現年度分と滞納繰越分の計。")

# ================================================================ page 5: 表２ continued + 推進シート 町税
new_page()
pg = 5
target_table(pg, TY[2:], base=False, caption="表２　目標収納率（２／２）（前頁の続き）")
heading("４　債権ごとの取組（推進シート）", 13, before=8)
heading("（１）推進シート（町税）", 10.5, before=2, bar=False)


def header_cells(n):
    canon, ka, kubun, _ = DEBTS[n]
    table([150, 150, 191], [[(f"債権名　{n}", "l"), (f"所管課　{ka}", "l"), (f"債権区分　{kubun}", "l")]], size=9, rh=18,
          header=0)


header_cells("町税")
s = DEBTS["町税"][3]
ZL = {2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度見込"}
rows = [[("年度", "c", 1, 2), ("現年度分", "c", 3), None, None, ("滞納繰越分", "c", 3), None, None, ("滞納者数", "c", 1, 2)],
        [None, ("調定額", "c"), ("収入済額", "c"), ("収納率", "c"), ("調定額", "c"), ("収入済額", "c"), ("収納率", "c"), None]]
for yr in ZL:
    d = s[yr]
    basis = "estimate" if yr == EST else "actual"
    kw = dict(basis=basis, fy=yr, fy_raw=ZL[yr], debt="町税", debt_raw="町税")
    rows.append([(ZL[yr], "l"),
                 (g.fact(pg, comma(K(d["ca"])), K(d["ca"]) * 1000, metric="assessed", segment="current", **kw), "r"),
                 (g.fact(pg, comma(K(d["cc"])), K(d["cc"]) * 1000, metric="collected", segment="current", **kw), "r"),
                 (g.fact(pg, fmt_rate(d["cr"]), d["cr"], metric="collection_rate", segment="current", **kw), "r"),
                 (g.fact(pg, comma(K(d["aa"])), K(d["aa"]) * 1000, metric="assessed", segment="arrears", **kw), "r"),
                 (g.fact(pg, comma(K(d["ac"])), K(d["ac"]) * 1000, metric="collected", segment="arrears", **kw), "r"),
                 (g.fact(pg, fmt_rate(d["ar"]), d["ar"], metric="collection_rate", segment="arrears", **kw), "r"),
                 (g.fact(pg, comma(d["dq"]), d["dq"], metric="delinquents", unit="persons", segment="total", **kw), "r")])
table([80, 66, 66, 46, 60, 60, 46, 67], rows, size=8.2, rh=14, header=2, caption="ア　収納状況の推移",
      unit="（単位：千円、％、人）")
note("※　令和５年度は令和６年１月末の実績に基づく見込額。")
y += 4
put(L, y + 10, "イ　目標達成に向けた取組", 9.5)
y += 14


def inits_plain(pgx, n, groups):
    """items under plain titles; the status tag alone on the next line"""
    canon = DEBTS[n][0]
    for title, items in groups:
        para(title, 9.5, "g", indent=6, first=0, lead=1.5, after=1)
        for lab, text, stt in items:
            g.init(pgx, text, debt=canon, debt_raw=n, fy=2024, section=title, label=lab, status=stt)
            para(f"{lab}{text}", 9.2, "m", indent=14, first=-1, lead=1.5, after=0)
            if stt:
                para(f"【{stt}】", 9.2, "m", indent=24, first=0, lead=1.5, after=1)


inits_plain(pg, "町税", [
    ("滞納の未然防止", [("・", "納税通知書の送付時に口座振替とスマートフォン決済の案内を同封し、期限内納付を促す。", "継続"),
                 ("・", "新たに納税義務者となった若年層に対し、納期限前にSMSで納付を案内する。", "新規")]),
    ("滞納整理の強化", [("・", "督促状の発送後１か月以内に文書催告を行い、反応のない者は財産調査に着手する。", "継続"),
                 ("・", "北海道との共同催告・合同公売に参加し、困難事案の整理を進める。", "拡充")]),
])

# ================================================================ page 6: 国保・介護
new_page()
pg = 6
heading("（２）推進シート（国民健康保険税・介護保険料）", 10.5, before=0, bar=False)
header_cells("国民健康保険税")
s = DEBTS["国民健康保険税"][3]
KL = {2019: "2019年度", 2020: "2020年度", 2021: "2021年度", 2022: "2022年度", 2023: "2023年度（見込）"}
rows = [[("年度", "c"), ("調定額", "c"), ("収入済額", "c"), ("収納率（％）", "c"), ("不納欠損額", "c"), ("収入未済額", "c"),
         ("滞納世帯数", "c")]]
for yr in KL:
    d = s[yr]
    basis = "estimate" if yr == EST else "actual"
    kw = dict(basis=basis, fy=yr, fy_raw=KL[yr], segment="total", debt="国民健康保険料", debt_raw="国民健康保険税")
    rows.append([(KL[yr], "l"),
                 (g.fact(pg, comma(d["ta"]), d["ta"], metric="assessed", **kw), "r"),
                 (g.fact(pg, comma(d["tc"]), d["tc"], metric="collected", **kw), "r"),
                 (g.fact(pg, fmt_rate(d["tr"]), d["tr"], metric="collection_rate", **kw), "r"),
                 (g.fact(pg, comma(d["wo"]), d["wo"], metric="written_off", **kw), "r"),
                 (g.fact(pg, comma(d["out"]), d["out"], metric="outstanding", **kw), "r"),
                 (g.fact(pg, comma(d["dq"]), d["dq"], metric="delinquents", unit="households", **kw), "r")])
table([84, 76, 76, 58, 64, 70, 63], rows, size=8.2, rh=14, header=1, caption="ア　収納状況の推移（単位：円）")
y += 2
put(L, y + 10, "イ　目標達成に向けた取組", 9.5)
y += 16
# items in a box, (1)(2), tag after 。
box_top = y
y += 4
for lab, text, stt in [("(1)", "国民健康保険の加入手続の際に、窓口で口座振替の手続を行うよう勧奨する。", "継続"),
                       ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を確認する。", "継続"),
                       ("(3)", "滞納繰越分のうち２年以上納付のない世帯について、預貯金調査と差押えを実施する。", "拡充")]:
    g.init(pg, text, debt="国民健康保険料", debt_raw="国民健康保険税", fy=2024, section="目標達成に向けた取組", label=lab,
           status=stt)
    para(f"{lab}{text}【{stt}】", 9.2, "m", indent=12, first=-2, lead=1.5, after=1, width=R - L - 8)
y += 3
page.draw_rect(pymupdf.Rect(L + 4, box_top, R, y), color=(0, 0, 0), width=0.8)
y += 6

heading("（３）推進シート（介護保険料）", 10.5, before=6, bar=False)
header_cells("介護保険料")
s = DEBTS["介護保険料"][3]
CL = {2018: "H30", 2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4"}
# metrics in rows, years in columns (the other orientation)
rows = [[("区分", "c")] + [(CL[yr], "c") for yr in CL]]
mets = [("調定額（円）", "ta", "assessed"), ("収入済額（円）", "tc", "collected"), ("収納率（％）", "tr", "collection_rate"),
        ("不納欠損額（円）", "wo", "written_off"), ("収入未済額（円）", "out", "outstanding"), ("滞納者数（人）", "dq", "delinquents")]
for lab, key, met in mets:
    r_ = [(lab, "l")]
    for yr in CL:
        v = s[yr][key]
        kw = dict(basis="actual", fy=yr, fy_raw=CL[yr], segment="total", debt="介護保険料", debt_raw="介護保険料")
        if met == "collection_rate":
            r_.append((g.fact(pg, fmt_rate(v), v, metric=met, **kw), "r"))
        elif met == "delinquents":
            r_.append((g.fact(pg, comma(v), v, metric=met, unit="persons", **kw), "r"))
        else:
            r_.append((g.fact(pg, comma(v), v, metric=met, **kw), "r"))
    rows.append(r_)
table([96, 79, 79, 79, 79, 79], rows, size=8.2, rh=14, header=1, caption="ア　収納状況の推移", zebra=True, rules=False)
y += 2
put(L, y + 10, "イ　目標達成に向けた取組", 9.5)
y += 16
for lab, text, stt in [("①", "普通徴収の被保険者に口座振替依頼書を送付し、口座振替への切替えを進める。", "継続"),
                       ("②", "１年以上の滞納者に給付制限の内容を個別に説明し、納付相談につなげる。", "継続"),
                       ("③", "年金からの特別徴収が可能となった者について、速やかに切替えの手続を行う。", "新規")]:
    g.init(pg, text, debt="介護保険料", debt_raw="介護保険料", fy=2024, section="目標達成に向けた取組", label=lab, status=stt)
    para(f"{lab}{text}【{stt}】", 9.2, "m", indent=10, first=-1, lead=1.5, after=1)

# ================================================================ page 7: 住宅・水道
new_page()
pg = 7
heading("（４）推進シート（町営住宅使用料）", 10.5, before=0, bar=False)
header_cells("町営住宅使用料")
s = DEBTS["町営住宅使用料"][3]
HL = {2017: "平成29（2017）年度", 2018: "平成30（2018）年度", 2019: "令和元（2019）年度", 2020: "令和２（2020）年度",
      2021: "令和３（2021）年度", 2022: "令和４（2022）年度"}
rows = [[("年度", "c"), ("調定額", "c"), ("収入済額", "c"), ("収納率", "c"), ("収入未済額", "c"), ("滞納者数（人）", "c")]]
for yr in HL:
    d = s[yr]
    kw = dict(basis="actual", fy=yr, fy_raw=HL[yr], segment="total", debt="住宅使用料", debt_raw="町営住宅使用料")
    rows.append([(HL[yr], "l"),
                 (g.fact(pg, comma(K(d["ta"])), K(d["ta"]) * 1000, metric="assessed", **kw), "r"),
                 (g.fact(pg, comma(K(d["tc"])), K(d["tc"]) * 1000, metric="collected", **kw), "r"),
                 (g.fact(pg, fmt_rate(d["tr"]), d["tr"], metric="collection_rate", **kw), "r"),
                 (g.fact(pg, comma(KO(d)), KO(d) * 1000, metric="outstanding", **kw), "r"),
                 (g.fact(pg, comma(d["dq"]), d["dq"], metric="delinquents", unit="persons", **kw), "r")])
table([112, 80, 80, 60, 80, 79], rows, size=8.2, rh=14, header=1, caption="ア　収納状況の推移（単位：千円、％）")
o4 = DEBTS["町営住宅使用料"][3][2022]["out"]
o3 = DEBTS["町営住宅使用料"][3][2021]["out"]
h1 = g.fact(pg, f"約{oku_man(round(o4, -5))}円", round(o4, -5), metric="outstanding", basis="actual", fy=2022,
            fy_raw="令和４年度", approx=True, debt="住宅使用料", debt_raw="町営住宅使用料")
hd = round(o4 - o3, -5)
h2 = g.fact(pg, f"約{oku_man(-hd)}円の減少", hd, metric="difference", basis="actual", fy=2022, fy_raw="令和４年度",
            approx=True, debt="住宅使用料", debt_raw="町営住宅使用料")
para(f"令和４年度の収入未済額は{h1}で、前年度から{h2}となった。退去者の滞納が収入未済額の約４割を占めている。", 9.5, indent=0, first=1)
put(L, y + 10, "イ　目標達成に向けた取組", 9.5)
y += 16
for lab, text, stt in [("ア", "滞納が２か月に達した入居者に対し、連帯保証人への通知と面談を行う。", "継続"),
                       ("イ", "退去者の滞納について、支払督促など法的手続による回収を計画的に行う。", "拡充")]:
    g.init(pg, text, debt="住宅使用料", debt_raw="町営住宅使用料", fy=2024, section="目標達成に向けた取組", label=lab,
           status=stt)
    para(f"{lab}　{text}【{stt}】", 9.2, "m", indent=10, first=-2, lead=1.5, after=1)

heading("（５）推進シート（水道料金）", 10.5, before=10, bar=False)
header_cells("水道料金")
s = DEBTS["水道料金"][3]
WL = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度見込"}
rows = [[("年度", "c"), ("調定額（円）", "c"), ("収入済額（円）", "c"), ("収納率（％）", "c"), ("収入未済額（円）", "c")]]
for yr in WL:
    d = s[yr]
    basis = "estimate" if yr == EST else "actual"
    kw = dict(basis=basis, fy=yr, fy_raw=WL[yr], segment="total", debt="水道料金", debt_raw="水道料金")
    rows.append([(WL[yr], "l"),
                 (g.fact(pg, comma(d["ta"]), d["ta"], metric="assessed", **kw), "r"),
                 (g.fact(pg, comma(d["tc"]), d["tc"], metric="collected", **kw), "r"),
                 (g.fact(pg, fmt_rate(d["tr"]), d["tr"], metric="collection_rate", **kw), "r"),
                 (g.fact(pg, comma(d["out"]), d["out"], metric="outstanding", **kw), "r")])
table([100, 100, 100, 80, 111], rows, size=8.2, rh=14, header=1, caption="ア　収納状況の推移")
put(L, y + 10, "イ　目標達成に向けた取組", 9.5)
y += 16
for lab, text, stt in [("(ｱ)", "検針時に前月分の未納を通知し、２か月以上の未納者には給水停止予告書を送付する。", "継続"),
                       ("(ｲ)", "閉栓時に未納料金の精算を徹底し、転出後の未納の発生を防ぐ。", None)]:
    g.init(pg, text, debt="水道料金", debt_raw="水道料金", fy=2024, section="目標達成に向けた取組", label=lab, status=stt)
    para(f"{lab}　{text}" + (f"【{stt}】" if stt else ""), 9.2, "m", indent=10, first=-2, lead=1.5, after=1)

# ---------------------------------------------------------------- save
doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
g.write(out)
