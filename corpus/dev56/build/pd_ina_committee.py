"""pd_ina_committee_1: 令和７年度第２回伊那市債権管理対策会議（書面開催）資料 with 取組個票.
Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).  Run from corpus/dev56.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).parent))
from pd_common import Gold, comma, rate, fr, tri, check  # noqa: E402

STEM = "pd_ina_committee_1"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MINC)
g = Gold(STEM, "committee_material", "kobetsu", "伊那市", "令和７年度第２回伊那市債権管理対策会議資料",
         "2026-02-13", "令和８年２月13日付け")
random.seed(2026)

doc = fitz.open()
W, H = 595, 842
page = None


def new_page():
    global page
    if page is not None:
        g.page += 1
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="G", fontfile=GOTH)
    page.insert_font(fontname="M", fontfile=MINC)
    page.insert_text((W / 2 - 12, H - 28), f"－{len(doc)}－", fontname="M", fontsize=9)


def txt(x, y, s, size=10, font="M", align="l", width=None, color=(0, 0, 0)):
    f = FG if font == "G" else FM
    tw = f.text_length(s, fontsize=size)
    if align == "r":
        x = x + width - tw
    elif align == "c":
        x = x + (width - tw) / 2
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
    return tw


def wrap(s, size, width, font="M"):
    f = FG if font == "G" else FM
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if f.text_length(cur + ch, fontsize=size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(x, y, s, size=10, width=500, font="M", lead=1.6, indent=0):
    for k, line in enumerate(wrap(s, size, width - indent, font)):
        txt(x + (indent if k else 0), y + size, line, size, font)
        y += size * lead
    return y


def rect(x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), w=0.6):
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=stroke, fill=fill, width=w)


def table(x, y, cw, rh, cells, size=8.5, font="M"):
    """cells: (r0, c0, r1, c1, text, align, fill, vertical) ; rh: list of row heights"""
    xs = [x]
    for w in cw:
        xs.append(xs[-1] + w)
    ys = [y]
    for h_ in rh:
        ys.append(ys[-1] + h_)
    for (r0, c0, r1, c1, text, al, fill, vert) in cells:
        x0, x1, y0, y1 = xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1]
        rect(x0, y0, x1, y1, fill=fill)
        if not text:
            continue
        fnt = "G" if fill else font
        if vert:
            chars = list(text)
            step = size * 1.15
            yy = (y0 + y1) / 2 - step * len(chars) / 2 + size
            for ch in chars:
                txt(x0, yy, ch, size, fnt, "c", x1 - x0)
                yy += step
            continue
        lines = []
        for part in text.split("\n"):
            lines += wrap(part, size, x1 - x0 - 6, fnt)
        lead = size * 1.35
        yy = (y0 + y1) / 2 - lead * len(lines) / 2 + size * 0.95
        if al == "t":
            yy = y0 + size + 3
        for line in lines:
            txt(x0 + 3, yy, line, size, fnt, "l" if al in ("l", "t") else al, x1 - x0 - 6)
            yy += lead
    return ys[-1]


HF = (0.85, 0.89, 0.95)
C = lambda r, c, t, al="r", fill=None, vert=False: (r, c, r, c, t, al, fill, vert)  # noqa: E731

# ------------------------------------------------------------------ data
# name, canon, 所管課, years: current assessed (千円) base, cur rate, arr rate
DEBTS = [
    ("市税", "市税", "税務課", 8950000, 98.7, 24.5),
    ("国民健康保険税", "国民健康保険料", "保険年金課", 1420000, 94.1, 19.8),
    ("介護保険料", "介護保険料", "高齢者福祉課", 1180000, 99.0, 14.6),
    ("保育料", "保育料", "子育て支援課", 96000, 98.6, 21.0),
    ("市営住宅使用料", "市営住宅使用料", "建築住宅課", 112000, 96.4, 10.2),
    ("水道料金", "水道料金", "上下水道部業務課", 1260000, 99.1, 42.0),
]
CANON = {d[0]: d[1] for d in DEBTS}
YEARS = list(range(2017, 2025))
D = {}
for name, canon, ka, ca, cr, ar in DEBTS:
    D[name] = {}
    arr_a = int(ca * (1 - cr / 100) * 2.4)
    for k, y in enumerate(YEARS):
        a = int(ca * (1 + 0.008 * k + random.uniform(-0.01, 0.01)))
        c = int(round(a * (cr + 0.07 * k + random.uniform(-0.05, 0.05)) / 100))
        c2 = int(round(arr_a * (ar + 0.5 * k + random.uniform(-0.8, 0.8)) / 100))
        w2 = int(arr_a * random.uniform(0.05, 0.11))
        cur = {"a": a, "c": c, "w": 0, "o": a - c}
        arr = {"a": arr_a, "c": c2, "w": w2, "o": arr_a - c2 - w2}
        tot = {kk: cur[kk] + arr[kk] for kk in "acwo"}
        for s in (cur, arr, tot):
            s["r"] = rate(s["c"], s["a"])
        D[name][y] = {"cur": cur, "arr": arr, "tot": tot}
        arr_a = tot["o"]
    # 2025 estimate and 2026 target (rates and outstanding only)
    b = D[name][2024]
    D[name][2025] = {"cur": {"r": round(b["cur"]["r"] + 0.05, 2)}, "arr": {"r": round(b["arr"]["r"] + 0.6, 2)},
                     "tot": {"r": round(b["tot"]["r"] + 0.12, 2), "o": int(b["tot"]["o"] * 0.962)}}
    D[name][2026] = {"cur": {"r": round(b["cur"]["r"] + 0.12, 2)}, "arr": {"r": round(b["arr"]["r"] + 1.5, 2)},
                     "tot": {"r": round(b["tot"]["r"] + 0.25, 2), "o": int(round(b["tot"]["o"] * 0.93, -3))}}
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}


def F(raw, metric, value, unit, name, y, yraw, seg="tot", basis="actual", draw=None, **kw):
    return g.f(raw, metric, value, unit, y, yraw, SEGN.get(seg, seg), basis, CANON.get(name) if name else None,
               draw if draw is not None else name, **kw)


# ------------------------------------------------------------------ page 1: cover, 次第, 名簿 (10, 13)
new_page()
txt(420, 60, "資料送付日", 9, "G")
txt(420, 74, "令和８年２月13日付け", 9)
txt(40, 120, "令和７年度第２回", 16, "G", "c", W - 80)
txt(40, 146, "伊那市債権管理対策会議（書面開催）", 18, "G", "c", W - 80)
rect(60, 175, W - 60, 225, fill=(0.95, 0.95, 0.95))
para(72, 182, "　年度末の業務繁忙期であることから、本会議は書面により開催する。"
     "委員は資料を確認のうえ、令和８年２月27日（金）までに意見書を事務局へ提出すること。", 9.5, W - 144)
txt(40, 260, "次　　第", 13, "G", "c", W - 80)
y = 285
for s in ("１　報告事項", "　（１）令和７年度主要債権の収納状況（令和７年12月末現在）　……　資料１",
          "　（２）前回会議における主な意見と対応　……　資料２", "２　協議事項",
          "　（１）令和８年度主要債権の取組個票（案）について　……　資料３", "３　その他"):
    txt(80, y, s, 10.5)
    y += 20
txt(40, y + 20, "伊那市債権管理対策会議 委員名簿", 12, "G", "c", W - 80)
txt(W - 200, y + 38, "（委員８名、事務局３名）", 9)
ROST = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "市民生活部長"), ("委員", "保健福祉部長"),
        ("委員", "子ども・若者部長"), ("委員", "建設部長"), ("委員", "上下水道部長"), ("委員", "教育委員会事務局教育次長"),
        ("事務局", "税務課長"), ("事務局", "税務課収納係長"), ("事務局", "税務課収納係主査")]
cells = [C(0, 0, "区分", "c", HF), C(0, 1, "職名", "c", HF)]
for k, (a, b) in enumerate(ROST, 1):
    cells += [C(k, 0, a, "c"), C(k, 1, b, "l")]
table(130, y + 44, [90, 245], [18] * (len(ROST) + 1), cells, 9.5)

# ------------------------------------------------------------------ page 2: summary wide table part 1 (32), metric row header (29)
new_page()
txt(480, 50, "資料１", 11, "G")
rect(476, 37, 522, 55, stroke=(0, 0, 0))
txt(40, 70, "令和７年度 主要債権の収納状況", 14, "G")
txt(40, 95, "１　主要債権の収入未済額の推移", 11, "G")
txt(40, 112, "表１　債権別収入未済額（決算）", 9.5, "G")
txt(W - 120, 112, "（単位：千円）", 9)
YS = [(2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")]
cw = [96, 80] + [70] * 5
cells = [C(0, 0, "債権名", "c", HF), C(0, 1, "所管課", "c", HF)] + [C(0, k + 2, lab, "c", HF) for k, (_, lab) in enumerate(YS)]
for i, (name, canon, ka, *_) in enumerate(DEBTS, 1):
    cells += [C(i, 0, name, "l"), C(i, 1, ka, "l")]
    for k, (y, lab) in enumerate(YS):
        v = D[name][y]["tot"]["o"]
        cells.append(C(i, k + 2, F(comma(v), "outstanding", v * 1000, "yen", name, y, lab)))
i = len(DEBTS) + 1
cells += [(i, 0, i, 1, "合計", "c", (0.93, 0.93, 0.93), False)]
TOTO = {}
for k, (y, lab) in enumerate(YS):
    v = sum(D[n][y]["tot"]["o"] for n in D)
    TOTO[y] = v
    cells.append(C(i, k + 2, F(comma(v), "outstanding", v * 1000, "yen", None, y, lab, draw="合計"), "r", (0.93, 0.93, 0.93)))
yb = table(40, 118, cw, [20] * (len(DEBTS) + 2), cells, 8.5)
txt(W - 160, yb + 12, "（右側の列は次頁に続く）", 8.5)
t6 = TOTO[2024]
para(40, yb + 24, "　令和６年度決算における主要６債権の収入未済額は"
     + F(f"約{round(t6 / 100000, 1)}億円", "outstanding", round(round(t6 / 100000, 1) * 100000000), "yen", None, 2024,
         "令和６年度", approx=True)
     + "で、令和２年度と比べ"
     + F(f"約{round((TOTO[2020] - t6) / 10):,}万円", "difference", -round((TOTO[2020] - t6) / 10) * 10000, "yen", None, 2024,
         "令和６年度", approx=True)
     + "減少した。", 10, W - 80)

# metric-in-row-header table beside the other orientation
yy = yb + 80
txt(40, yy, "２　市税及び水道料金の収納率等", 11, "G")
txt(40, yy + 18, "表２　市税", 9.5, "G")
txt(300, yy + 18, "表３　水道料金", 9.5, "G")
s = "市税"
cells = [C(0, 0, "区分", "c", HF), C(0, 1, "令和５年度", "c", HF), C(0, 2, "令和６年度", "c", HF)]
for r_, (lab, seg, met) in enumerate((("現年度分収納率（％）", "cur", "r"), ("滞納繰越分収納率（％）", "arr", "r"),
                                      ("収入未済額（千円）", "tot", "o")), 1):
    cells.append(C(r_, 0, lab, "l"))
    for k, (y, yl) in enumerate(((2023, "令和５年度"), (2024, "令和６年度")), 1):
        v = D[s][y][seg][met]
        if met == "r":
            cells.append(C(r_, k, F(fr(v), "collection_rate", v, "percent", s, y, yl, seg=seg)))
        else:
            cells.append(C(r_, k, F(comma(v), "outstanding", v * 1000, "yen", s, y, yl, seg=seg)))
table(40, yy + 24, [110, 65, 65], [20] * 4, cells, 8.5)
s = "水道料金"
cells = [C(0, 0, "年度", "c", HF), C(0, 1, "現年度分\n収納率（％）", "c", HF), C(0, 2, "滞納繰越分\n収納率（％）", "c", HF),
         C(0, 3, "収入未済額\n（千円）", "c", HF)]
for r_, (y, yl) in enumerate(((2023, "令和５年度"), (2024, "令和６年度")), 1):
    cells.append(C(r_, 0, yl, "c"))
    cells.append(C(r_, 1, F(fr(D[s][y]["cur"]["r"]), "collection_rate", D[s][y]["cur"]["r"], "percent", s, y, yl, seg="cur")))
    cells.append(C(r_, 2, F(fr(D[s][y]["arr"]["r"]), "collection_rate", D[s][y]["arr"]["r"], "percent", s, y, yl, seg="arr")))
    cells.append(C(r_, 3, F(comma(D[s][y]["tot"]["o"]), "outstanding", D[s][y]["tot"]["o"] * 1000, "yen", s, y, yl)))
table(300, yy + 24, [60, 62, 62, 70], [28, 20, 20], cells, 8.5)

# 12月末 figures (interim) with bracketed heading
yy += 130
txt(40, yy, "３　令和７年12月末現在の収納状況（現年度分）", 11, "G")
txt(W - 130, yy + 14, "（単位：千円、％）", 9)
cells = [(0, 0, 1, 0, "債権名", "c", HF, False), (0, 1, 0, 3, "令和７年12月末", "c", HF, False),
         (0, 4, 0, 5, "前年同月（令和６年12月末）", "c", HF, False),
         C(1, 1, "調定額", "c", HF), C(1, 2, "収入済額", "c", HF), C(1, 3, "収納率", "c", HF),
         C(1, 4, "収納率", "c", HF), C(1, 5, "差", "c", HF)]
DEC = {}
for i, (name, *_) in enumerate(DEBTS, 2):
    base = D[name][2024]["cur"]
    a = int(base["a"] * random.uniform(0.995, 1.02))
    r25 = base["r"] - random.uniform(19.5, 24.0) if name != "水道料金" else base["r"] - random.uniform(25, 27)
    c = int(round(a * r25 / 100))
    rr = rate(c, a)
    pr = round(rr - random.choice([0.18, -0.22, 0.41, 0.05, -0.09, 0.27]), 2)
    DEC[name] = (a, c, rr, pr)
    cells += [C(i, 0, name, "l"),
              C(i, 1, F(comma(a), "assessed", a * 1000, "yen", name, 2025, "令和７年12月末", seg="cur", basis="interim", as_of="2025-12-31")),
              C(i, 2, F(comma(c), "collected", c * 1000, "yen", name, 2025, "令和７年12月末", seg="cur", basis="interim", as_of="2025-12-31")),
              C(i, 3, F(fr(rr), "collection_rate", rr, "percent", name, 2025, "令和７年12月末", seg="cur", basis="interim", as_of="2025-12-31")),
              C(i, 4, F(fr(pr), "collection_rate", pr, "percent", name, 2024, "令和６年12月末", seg="cur", basis="interim", as_of="2024-12-31")),
              C(i, 5, F(tri(round(rr - pr, 2), 2, "▲"), "difference", round(rr - pr, 2), "points", name, 2025, "令和７年12月末",
                        seg="cur", basis="interim", as_of="2025-12-31"))]
yb = table(40, yy + 20, [110, 85, 85, 60, 100, 75], [18, 18] + [18] * len(DEBTS), cells, 8.5)
txt(40, yb + 12, "※ 差は前年同月との比較（ポイント）。▲は前年同月を下回ったもの。", 8.5)

# ------------------------------------------------------------------ page 3: continuation (32) + Q&A (15)
new_page()
txt(40, 60, "表１　債権別収入未済額（続き）", 9.5, "G")
txt(W - 120, 60, "（単位：千円）", 9)
cells = [C(0, 0, "債権名", "c", HF), C(0, 1, "令和７年度\n決算見込", "c", HF), C(0, 2, "令和８年度\n目標", "c", HF),
         C(0, 3, "令和８年度目標と\n令和６年度決算の差", "c", HF)]
for i, (name, *_) in enumerate(DEBTS, 1):
    e, t_, a6 = D[name][2025]["tot"]["o"], D[name][2026]["tot"]["o"], D[name][2024]["tot"]["o"]
    cells += [C(i, 0, name, "l"),
              C(i, 1, F(comma(e), "outstanding", e * 1000, "yen", name, 2025, "令和７年度", basis="estimate")),
              C(i, 2, F(comma(t_), "outstanding", t_ * 1000, "yen", name, 2026, "令和８年度", basis="target")),
              C(i, 3, F(tri(t_ - a6), "difference", (t_ - a6) * 1000, "yen", name, 2026, "令和８年度", basis="target"))]
i = len(DEBTS) + 1
e = sum(D[n][2025]["tot"]["o"] for n in D)
t_ = sum(D[n][2026]["tot"]["o"] for n in D)
GF = (0.93, 0.93, 0.93)
cells += [C(i, 0, "合計", "c", GF),
          C(i, 1, F(comma(e), "outstanding", e * 1000, "yen", None, 2025, "令和７年度", basis="estimate", draw="合計"), "r", GF),
          C(i, 2, F(comma(t_), "outstanding", t_ * 1000, "yen", None, 2026, "令和８年度", basis="target", draw="合計"), "r", GF),
          C(i, 3, F(tri(t_ - TOTO[2024]), "difference", (t_ - TOTO[2024]) * 1000, "yen", None, 2026, "令和８年度",
                    basis="target", draw="合計"), "r", GF)]
yb = table(40, 66, [110, 95, 95, 120], [30] + [20] * (len(DEBTS) + 1), cells, 8.5)

txt(480, yb + 40, "資料２", 11, "G")
rect(476, yb + 27, 522, yb + 45)
txt(40, yb + 66, "前回会議（令和７年度第１回、令和７年７月24日開催）における主な意見と対応", 11.5, "G")
QA = [("○委員（市民生活部長）", "国民健康保険税の滞納繰越分収納率が他の債権と比べて低いが、その要因は何か。"),
      ("○事務局（税務課長）", "資格喪失後の転出者に係る未納が多いことが主な要因である。令和６年度の滞納繰越分収納率は"
       + F(f"{fr(D['国民健康保険税'][2024]['arr']['r'])}％", "collection_rate", D["国民健康保険税"][2024]["arr"]["r"], "percent",
           "国民健康保険税", 2024, "令和６年度", seg="arr")
       + "で、前年度から"
       + F(f"{fr(abs(D['国民健康保険税'][2024]['arr']['r'] - D['国民健康保険税'][2023]['arr']['r']))}ポイント", "difference",
           round(D["国民健康保険税"][2024]["arr"]["r"] - D["国民健康保険税"][2023]["arr"]["r"], 2), "points",
           "国民健康保険税", 2024, "令和６年度", seg="arr")
       + ("改善" if D["国民健康保険税"][2024]["arr"]["r"] >= D["国民健康保険税"][2023]["arr"]["r"] else "低下")
       + "した。転出先の市町村への照会を早期に行うよう改めた。"),
      ("○委員（上下水道部長）", "水道料金の給水停止の実施状況を会議で共有してはどうか。"),
      ("○事務局（税務課長）", "次回以降、給水停止予告及び停止の件数を資料に加える。"),
      ("○委員長（副市長）", "収入未済額の縮減は全庁の課題である。各部は取組個票に基づき、年度末まで進捗を管理すること。")]
y = yb + 86
for sp, tx in QA:
    txt(48, y + 10, sp, 10, "G")
    y = para(60, y + 16, "　" + tx, 10, W - 110)
    y += 6

# ------------------------------------------------------------------ pages 4-6: 取組個票 (6, 7, 33, 35, 53, 14, 3, 9, 30)
S = "令和８年度の取組"


def sheet(name, strip, unit, div, unitlab, no, items, qa_text, side_by_side=False):
    new_page()
    if no == 1:
        txt(480, 50, "資料３", 11, "G")
        rect(476, 37, 522, 55)
    txt(40, 72, f"取組個票 {no}", 14, "G")
    txt(40 + 90, 72, "令和８年度 主要債権の取組（案）", 11, "G")
    # label/value strip (6) or label+value cells (7)
    if strip == "strip":
        info = DEBTS_INFO[name]
        cells = [C(0, 0, "債権名", "c", HF), C(0, 1, name, "l"), C(0, 2, "所管課", "c", HF), C(0, 3, info[0], "l"),
                 C(0, 4, "債権区分", "c", HF), C(0, 5, info[1], "l")]
        table(40, 82, [55, 120, 55, 100, 55, 130], [22], cells, 9.5)
    else:
        info = DEBTS_INFO[name]
        cells = [C(0, 0, f"債権名　{name}", "l"), C(0, 1, f"所管課　{info[0]}", "l"), C(0, 2, f"区分　{info[1]}", "l")]
        table(40, 82, [180, 150, 185], [22], cells, 10, "G")
    txt(40, 126, "１　収納状況の推移", 11, "G")
    txt(W - 150, 126, f"（単位：{unitlab}、％）", 9)
    YC = [(2017, "H29\n(2017年度)", "H29(2017年度)"), (2021, "R3", "R3"), (2022, "R4", "R4"), (2023, "R5", "R5"),
          (2024, "R6", "R6"), (2025, "R7見込※1", "R7"), (2026, "R8目標", "R8")]
    cells = [(0, 0, 0, 1, "区分", "c", HF, False)] + [C(0, k + 2, lab, "c", HF) for k, (_, lab, _) in enumerate(YC)]
    ROWS = [("cur", "a", "調定額"), ("cur", "c", "収入済額"), ("cur", "r", "収納率"),
            ("arr", "a", "調定額"), ("arr", "c", "収入済額"), ("arr", "r", "収納率"),
            ("tot", "w", "不納欠損額"), ("tot", "o", "収入未済額※2"), ("tot", "r", "収納率（計）")]
    cells += [(1, 0, 3, 0, "現年度分", "c", HF, True), (4, 0, 6, 0, "滞納繰越分", "c", HF, True),
              (7, 0, 9, 0, "計", "c", HF, True)]
    MET = {"a": "assessed", "c": "collected", "r": "collection_rate", "w": "written_off", "o": "outstanding"}
    for r_, (seg, key, lab) in enumerate(ROWS, 1):
        cells.append(C(r_, 1, lab, "l", HF))
        for k, (y, _, yraw) in enumerate(YC):
            cell = D[name][y][seg]
            basis = "actual" if y <= 2024 else ("estimate" if y == 2025 else "target")
            if key not in cell:
                cells.append(C(r_, k + 2, "－", "c"))
                continue
            v = cell[key]
            if key == "r":
                cells.append(C(r_, k + 2, F(fr(v), "collection_rate", v, "percent", name, y, yraw, seg=seg, basis=basis)))
            else:
                pv = round(v / div)
                cells.append(C(r_, k + 2, F(comma(pv), MET[key], pv * 1000 * div, "yen", name, y, yraw, seg=seg, basis=basis)))
    yb = table(40, 132, [22, 78] + [59] * 7, [28] + [17] * 9, cells, 8.5)
    txt(40, yb + 11, "※1 R7見込は令和７年12月末の実績を基に推計した決算見込。", 8)
    txt(40, yb + 22, "※2 収入未済額＝調定額－収入済額－不納欠損額", 8)
    y = yb + 40
    # targets vs results (35) or two side-by-side headings (3)
    if not side_by_side:
        txt(40, y, "２　目標の達成状況（現年度分収納率）", 11, "G")
        cells = [C(0, 0, "年度", "c", HF), C(0, 1, "目標", "c", HF), C(0, 2, "実績", "c", HF), C(0, 3, "達成率", "c", HF)]
        for k, y_ in enumerate((2022, 2023, 2024), 1):
            act = D[name][y_]["cur"]["r"]
            tgt = round(act + random.choice([0.15, -0.1, 0.22, 0.05, -0.03]), 2)
            lab = f"令和{y_ - 2018}年度"
            cells += [C(k, 0, lab, "c"),
                      C(k, 1, F(f"{fr(tgt)}%", "collection_rate", tgt, "percent", name, y_, lab, seg="cur", basis="target")),
                      C(k, 2, F(f"{fr(act)}%", "collection_rate", act, "percent", name, y_, lab, seg="cur")),
                      C(k, 3, f"{act / tgt * 100:.1f}%")]
        y = table(40, y + 6, [90, 80, 80, 70], [18] * 4, cells, 9) + 18
    else:
        txt(40, y, "２　令和６年度実績", 11, "G")
        txt(300, y, "３　令和７年度見込", 11, "G")
        for x0, yr, bas, lab in ((40, 2024, "actual", "令和６年度"), (300, 2025, "estimate", "令和７年度")):
            cells = [C(0, 0, "現年度分収納率", "l", HF), C(0, 1, F(f"{fr(D[name][yr]['cur']['r'])}%", "collection_rate",
                                                           D[name][yr]["cur"]["r"], "percent", name, yr, lab, seg="cur", basis=bas)),
                     C(1, 0, "滞納繰越分収納率", "l", HF), C(1, 1, F(f"{fr(D[name][yr]['arr']['r'])}%", "collection_rate",
                                                              D[name][yr]["arr"]["r"], "percent", name, yr, lab, seg="arr", basis=bas)),
                     C(2, 0, "収入未済額", "l", HF), C(2, 1, F(f"{comma(round(D[name][yr]['tot']['o'] / div))}{unitlab}", "outstanding",
                                                         round(D[name][yr]["tot"]["o"] / div) * 1000 * div, "yen", name, yr, lab, basis=bas))]
            table(x0, y + 6, [110, 120], [18] * 3, cells, 9)
        y += 6 + 54 + 18
    # 現状と課題 (53) + items in a table without 取組 header (14)
    n3 = "３" if not side_by_side else "４"
    n4 = "４" if not side_by_side else "５"
    txt(40, y, f"{n3}　現状と課題", 11, "G")
    cells = [C(0, 0, "分析", "c", HF), (0, 1, 0, 1, qa_text, "t", None, False)]
    lines = len(wrap(qa_text, 9, 420))
    y = table(40, y + 6, [70, 445], [lines * 12.5 + 8], cells, 9) + 18
    txt(40, y, f"{n4}　令和８年度の取組", 11, "G")
    cells = []
    rh = []
    for r_, (seg_lab, its) in enumerate(items):
        body = "".join(f"{lab}{'　' if lab in 'アイウエ' else ''}" + g.i(t, CANON[name], 2026, S, lab, st, debt_raw=name) + (f"【{st}】" if st else "")
                       + "\n" for lab, t, st in its).rstrip("\n")
        nlines = sum(len(wrap(part, 9, 439)) for part in body.split("\n"))
        rh.append(nlines * 12.2 + 8)
        cells += [C(r_, 0, seg_lab, "c", HF), (r_, 1, r_, 1, body, "t", None, False)]
    y = table(40, y + 6, [70, 445], rh, cells, 9) + 14
    # 【参考】 box (9) with 12月末 figures
    a, c, rr, pr = DEC[name]
    rect(40, y, W - 40, y + 50)
    txt(48, y + 14, "【参考】令和７年12月末の状況", 9.5, "G")
    txt(56, y + 29, "・現年度分収納率：" + F(f"{fr(rr)}％", "collection_rate", rr, "percent", name, 2025, "令和７年12月末",
                                       seg="cur", basis="interim", as_of="2025-12-31")
        + "（前年同月 " + F(f"{fr(pr)}％", "collection_rate", pr, "percent", name, 2024, "前年同月", seg="cur",
                          basis="interim", as_of="2024-12-31") + "）", 9)
    txt(56, y + 43, "・現年度分収入済額：" + F(f"{comma(round(c / div))}{unitlab}", "collected", round(c / div) * 1000 * div, "yen",
                                        name, 2025, "令和７年12月末", seg="cur", basis="interim", as_of="2025-12-31"), 9)


DEBTS_INFO = {"国民健康保険税": ("保険年金課", "強制徴収公債権"), "介護保険料": ("高齢者福祉課", "強制徴収公債権"),
              "市営住宅使用料": ("建築住宅課", "私債権")}
n = "国民健康保険税"
o6, o5 = D[n][2024]["tot"]["o"], D[n][2023]["tot"]["o"]
qa = ("令和６年度末の収入未済額は" + F(f"{comma(o6)}千円", "outstanding", o6 * 1000, "yen", n, 2024, "令和６年度", page=g.page + 1)
      + "で、前年度より" + F(f"{comma(abs(o5 - o6))}千円", "difference", (o6 - o5) * 1000, "yen", n, 2024, "令和６年度",
                          page=g.page + 1)
      + ("減少" if o6 <= o5 else "増加") + "した。現年度分は口座振替の推進により改善しているが、"
      "滞納繰越分は転出者・資格喪失者の未納が多く、収納率が伸び悩んでいる。")
sheet(n, "strip", "千円", 1, "千円", 1,
      [("現年度分", [("①", "新規加入世帯に口座振替の申込みを案内し、納期内納付を促す。", "継続"),
                     ("②", "納期限後30日以内に電話催告を行い、早期に接触する。", "拡充")]),
       ("滞納繰越分", [("①", "資格喪失者の転出先を住民票照会で早期に把握し、文書催告を行う。", "新規"),
                      ("②", "預貯金・給与の財産調査を行い、資力のある滞納者には差押えを執行する。", "継続"),
                      ("③", "生活困窮により納付が困難な世帯は、執行停止の要否を判断する。", None)])], qa)

n = "介護保険料"
o6, o5 = D[n][2024]["tot"]["o"], D[n][2023]["tot"]["o"]
qa = ("普通徴収者の滞納が中心で、令和６年度末の収入未済額は" + F(f"{comma(round(o6 / 10))}万円", "outstanding",
                                                    round(o6 / 10) * 10000, "yen", n, 2024, "令和６年度", page=g.page + 1)
      + "である。滞納による給付制限の対象者が増えないよう、早期の納付相談が必要である。")
sheet(n, "cells", "万円", 10, "万円", 2,
      [("現年度分", [("(1)", "年金からの特別徴収に切り替わるまでの間、納付書の再送付と電話での案内を行う。", "継続")]),
       ("滞納繰越分", [("(1)", "給付制限の予告通知を送付し、分割納付の相談につなげる。", "継続"),
                      ("(2)", "時効完成が近い債権を四半期ごとに抽出し、納付交渉を優先して行う。", "新規")])], qa,
      side_by_side=True)

n = "市営住宅使用料"
o6, o5 = D[n][2024]["tot"]["o"], D[n][2023]["tot"]["o"]
qa = ("退去者の滞納分が収入未済額の約半分を占める。令和６年度末の収入未済額は"
      + F(f"{comma(o6)}千円", "outstanding", o6 * 1000, "yen", n, 2024, "令和６年度", page=g.page + 1)
      + "で、前年度から" + F(f"{comma(abs(o6 - o5))}千円", "difference", (o6 - o5) * 1000, "yen", n, 2024, "令和６年度",
                          page=g.page + 1)
      + ("増加" if o6 > o5 else "減少") + "した。連帯保証人への請求が十分でない。")
sheet(n, "strip", "千円", 1, "千円", 3,
      [("入居者", [("ア", "滞納３か月で連帯保証人へ通知し、納付指導への協力を求める。", "拡充"),
                   ("イ", "滞納６か月以上の入居者には明渡請求の予告を行う。", "継続")]),
       ("退去者", [("ア", "退去時に分納誓約を取り、履行状況を毎月確認する。", None),
                   ("イ", "所在不明者は調査のうえ、少額訴訟・支払督促の対象を選定する。", "新規")])], qa)

pdf = Path("pdf") / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
n_pages = len(doc)
gp = Path("gold") / f"{STEM}.json"
g.write(pdf, gp, n_pages)
bad = check(pdf, gp)
print(STEM, "pages", n_pages, "facts", len(g.facts), "inits", len(g.inits), "bad", len(bad), "size", pdf.stat().st_size)
for b in bad[:40]:
    print("  ", b)
