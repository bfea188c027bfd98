"""みよし市債権管理計画（令和７年度～令和９年度） — PyMuPDF direct drawing.

Run from corpus/dev43:  python3 build/y_miyoshi_plan.py
Writes pdf/y_miyoshi_plan_1.pdf and gold/y_miyoshi_plan_1.json.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import (PDF_DIR, FONT_SANS, FONT_MINCHO, comma, rate, rate_str, diff_str, fact,  # noqa: E402
                      initiative, write_gold, check, zen)

import pymupdf as fitz  # noqa: E402

STEM = "y_miyoshi_plan_1"
CITY = "みよし市"
W, H = 595, 842
ML, MR = 62, 62
GOTH = fitz.Font(fontfile=FONT_SANS)
MIN = fitz.Font(fontfile=FONT_MINCHO)
BLACK = (0, 0, 0)
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.95, 0.95, 0.95)
BLUE = (0.86, 0.90, 0.96)
DARKBLUE = (0.20, 0.33, 0.55)

facts: list = []
inits: list = []
tables: list = []


def F(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False):
    facts.append(fact(debt=debt, debt_raw=debt_raw, fy=fy, fy_raw=fy_raw, segment=seg, metric=metric,
                      basis=basis, value=value, unit=unit, raw=raw, page=page, approx=approx))


# ------------------------------------------------------------------ drawing helpers
class Pg:
    def __init__(self, doc, number, header=True, landscape=False):
        w, h = (H, W) if landscape else (W, H)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="g", fontfile=FONT_SANS)
        self.p.insert_font(fontname="m", fontfile=FONT_MINCHO)
        self.n = number
        if header:
            self.text(self.w - MR, 34, "みよし市債権管理計画（令和７年度～令和９年度）", 7.5, align="r", color=(0.35, 0.35, 0.35))
            self.p.draw_line((ML, 40), (self.w - MR, 40), color=(0.5, 0.5, 0.5), width=0.5)
            self.text(self.w / 2, self.h - 30, f"- {number} -", 9, align="c")

    def text(self, x, y, s, size=10, font="g", align="l", color=BLACK):
        f = GOTH if font == "g" else MIN
        tw = f.text_length(s, fontsize=size)
        if align == "r":
            x -= tw
        elif align == "c":
            x -= tw / 2
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
        return tw

    def para(self, x, y, width, s, size=10, font="m", lead=1.75, indent=0.0):
        """Wrap Japanese text by character width; returns new y. First line indented by `indent` em."""
        f = GOTH if font == "g" else MIN
        lines, cur, avail = [], "", width - indent * size
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur, avail = "", width
                continue
            glue = ch in "、。）」％" or (ch in "0123456789,.万億円千" and cur[-1:] in "0123456789,.約万億")
            if f.text_length(cur + ch, fontsize=size) > avail and not glue:
                lines.append(cur)
                cur, avail = ch, width
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            xx = x + (indent * size if i == 0 else 0)
            self.p.insert_text((xx, y), ln, fontsize=size, fontname=font)
            y += size * lead
        return y

    def rect(self, r, fill=None, color=BLACK, width=0.6):
        self.p.draw_rect(fitz.Rect(*r), color=color, fill=fill, width=width)

    def hline(self, x0, x1, y, width=0.6, color=BLACK):
        self.p.draw_line((x0, y), (x1, y), color=color, width=width)

    def vline(self, x, y0, y1, width=0.6, color=BLACK):
        self.p.draw_line((x, y0), (x, y1), color=color, width=width)


def cell_text(pg, x0, x1, y0, y1, s, size=9, align="c", font="g"):
    """Centre text vertically in a cell; supports '\n' for stacked lines."""
    lines = s.split("\n")
    lh = size * 1.25
    top = (y0 + y1) / 2 - lh * len(lines) / 2 + size * 0.95
    for i, ln in enumerate(lines):
        yy = top + i * lh
        if align == "c":
            pg.text((x0 + x1) / 2, yy, ln, size, font, "c")
        elif align == "r":
            pg.text(x1 - 4, yy, ln, size, font, "r")
        else:
            pg.text(x0 + 4, yy, ln, size, font, "l")


def grid_table(pg, x, y, widths, rows, rh=18, head_rows=1, size=9, style="grid", aligns=None, zebra=False,
               bold_last=False, head_fill=BLUE):
    """rows: list of lists; a cell None means 'merged with the cell above' (label column only).
    style: grid (all rules) | hrule (horizontal rules only)."""
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    y_cur = y
    for ri, row in enumerate(rows):
        is_head = ri < head_rows
        fill = head_fill if is_head else (LIGHT if (zebra and (ri - head_rows) % 2 == 1) else None)
        if bold_last and ri == len(rows) - 1:
            fill = GREY
        if fill:
            x_start = xs[0]
            for ci in range(len(widths)):
                if row[ci] is None:
                    x_start = xs[ci + 1]
            pg.rect((x_start, y_cur, xs[-1], y_cur + rh), fill=fill, color=None, width=0)
        y_cur += rh
    y_cur = y
    for ri, row in enumerate(rows):
        is_head = ri < head_rows
        for ci, val in enumerate(row):
            if val is None:
                continue
            al = "c" if is_head else (aligns[ci] if aligns else ("l" if ci == 0 else "r"))
            # merged-down label: count following None cells
            span = 1
            while ri + span < len(rows) and rows[ri + span][ci] is None:
                span += 1
            cell_text(pg, xs[ci], xs[ci + 1], y_cur, y_cur + rh * span, val, size, al)
        y_cur += rh
    # rules
    yb = y_cur
    if style == "grid":
        pg.rect((xs[0], y, xs[-1], yb))
        for xx in xs[1:-1]:
            pg.vline(xx, y, yb, 0.4)
        for ri in range(1, len(rows)):
            yy = y + rh * ri
            # skip rule inside merged label cells
            x_start = xs[0]
            for ci in range(len(widths)):
                if rows[ri][ci] is None:
                    x_start = xs[ci + 1]
            pg.hline(x_start, xs[-1], yy, 0.8 if ri == head_rows else 0.4)
    else:
        pg.hline(xs[0], xs[-1], y, 1.2)
        pg.hline(xs[0], xs[-1], y + rh * head_rows, 0.7)
        for ri in range(head_rows + 1, len(rows)):
            x_start = xs[0]
            for ci in range(len(widths)):
                if rows[ri][ci] is None:
                    x_start = xs[ci + 1]
            pg.hline(x_start, xs[-1], y + rh * ri, 0.25, (0.6, 0.6, 0.6))
        pg.hline(xs[0], xs[-1], yb, 1.2)
    return yb


# ------------------------------------------------------------------ data (千円)
YEARS5 = [(2019, "令和元年度", "2019年度"), (2020, "令和２年度", "2020年度"), (2021, "令和３年度", "2021年度"),
          (2022, "令和４年度", "2022年度"), (2023, "令和５年度", "2023年度")]
ACCOUNTS = [
    ("一般会計", [318_420, 296_115, 281_770, 262_904, 241_560]),
    ("国民健康保険特別会計", [398_760, 371_204, 352_118, 330_562, 311_907]),
    ("介護保険特別会計", [42_315, 40_872, 38_906, 36_540, 35_128]),
    ("後期高齢者医療特別会計", [8_912, 8_405, 7_960, 7_311, 6_874]),
    ("下水道事業会計", [31_208, 29_876, 28_311, 27_905, 26_452]),
]
ACC_TOTAL = [sum(a[1][i] for a in ACCOUNTS) for i in range(5)]

# table 2: 会計, debt, debt_raw, 調定, 収納率(target of construction), 不納欠損
T2 = [
    ("一般会計", "市税", "市税", 16_452_310, 98.95, 23_540),
    ("一般会計", "保育所保育料", "保育所保育料", 312_480, 98.12, 410),
    ("一般会計", "住宅使用料", "市営住宅使用料", 58_930, 94.66, 0),
    ("国民健康保険特別会計", "国民健康保険料", "国民健康保険税", 2_890_650, 89.41, 12_450),
    ("介護保険特別会計", "介護保険料", "介護保険料", 1_702_330, 98.35, 4_120),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 846_220, 99.42, 310),
    ("下水道事業会計", "下水道使用料", "下水道使用料", 1_386_540, 98.48, 1_960),
]

# chart data
CHART_YEARS = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
CHART_OUT = [842_730] + ACC_TOTAL        # 千円 → printed in 百万円 (1 decimal)
SHIZEI_RATE = [98.02, 98.21, 98.37, 98.55, 98.74, 98.95]

# side-by-side small tables (current year)
KOKUHO_CUR = [(2021, "R3", 2_702_110, 93.12), (2022, "R4", 2_688_450, 93.48), (2023, "R5", 2_655_300, 93.86)]
KAIGO_CUR = [(2021, "令和3年度", 1_598_420, 99.21), (2022, "令和4年度", 1_641_880, 99.30), (2023, "令和5年度", 1_668_900, 99.38)]

# table 3: targets and results (current), R4 & R5
T3 = [  # debt, raw, (R4 target, R4 actual), (R5 target, R5 actual)
    ("市税", "市税", (99.40, 99.38), (99.45, 99.45)),
    ("国民健康保険料", "国民健康保険税", (93.30, 93.48), (93.70, 93.86)),
    ("介護保険料", "介護保険料", (99.35, 99.30), (99.40, 99.38)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (99.60, 99.61), (99.65, 99.66)),
    ("保育所保育料", "保育所保育料", (99.00, 98.90), (99.00, 99.02)),
    ("住宅使用料", "市営住宅使用料", (97.00, 96.85), (97.20, 97.10)),
]
# table 4: plan-period targets (transposed): debt columns; rows 現年度分/滞納繰越分 × R7..R9
T4_DEBTS = [("市税", "市税"), ("国民健康保険料", "国民健康保険税"), ("介護保険料", "介護保険料"),
            ("後期高齢者医療保険料", "後期高齢者医療\n保険料"), ("保育所保育料", "保育所保育料"), ("住宅使用料", "市営住宅\n使用料")]
T4_YEARS = [(2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度")]
T4 = {
    "current": [[99.50, 94.00, 99.42, 99.68, 99.10, 97.30],
                [99.55, 94.20, 99.45, 99.70, 99.15, 97.40],
                [99.60, 94.40, 99.48, 99.72, 99.20, 97.50]],
    "arrears": [[36.00, 30.50, 40.00, 45.00, 25.00, 18.00],
                [37.00, 31.50, 41.00, 46.00, 26.00, 19.00],
                [38.00, 32.50, 42.00, 47.00, 27.00, 20.00]],
}
GOAL_OUT = 550_000_000   # 令和９年度末 収入未済額 目標（円）

doc = fitz.open()

# ================================================================== p1 cover
pg = Pg(doc, 1, header=False)
pg.rect((ML, 250, W - MR, 252), fill=DARKBLUE, color=None)
pg.text(W / 2, 310, "みよし市債権管理計画", 30, "m", "c")
pg.text(W / 2, 350, "（令和７年度～令和９年度）", 16, "m", "c")
pg.rect((ML, 372, W - MR, 374), fill=DARKBLUE, color=None)
pg.text(W / 2, 640, "令和７年３月", 15, "m", "c")
pg.text(W / 2, 680, "みよし市", 20, "m", "c")
pg.text(W / 2, 705, "総務部 収納課", 11, "m", "c")

# ================================================================== p2 目次
pg = Pg(doc, 2)
pg.text(W / 2, 110, "目　　次", 18, "m", "c")
toc = [
    (0, "第１章　計画の概要", 3), (1, "1-1　計画策定の趣旨", 3), (1, "1-2　計画期間", 3),
    (0, "第２章　債権の現状", 3), (1, "2-1　会計別の収入未済額", 3), (1, "2-2　主な債権の収納状況", 4),
    (1, "2-3　収入未済額及び収納率の推移", 5),
    (0, "第３章　計画の目標", 6), (1, "3-1　これまでの目標の達成状況", 6), (1, "3-2　目標収納率", 6),
    (0, "第４章　具体的な取組", 7), (1, "１　全庁的な取組", 7), (1, "２　債権別の取組", 7),
]
y = 170
for lvl, label, p in toc:
    x = ML + 20 + lvl * 24
    size = 12 if lvl == 0 else 11
    tw = pg.text(x, y, label, size, "m")
    pn = zen(p)
    pw = MIN.text_length(pn, fontsize=size)
    dots_x0, dots_x1 = x + tw + 6, W - MR - 20 - pw - 6
    n = int((dots_x1 - dots_x0) / MIN.text_length("・", fontsize=8))
    pg.text(dots_x0, y, "・" * max(n, 0), 8, "m")
    pg.text(W - MR - 20, y, pn, size, "m", "r")
    y += 30 if lvl == 0 else 24

# ================================================================== p3 第１章 + 2-1 表1 (前半)
PG = 3
pg = Pg(doc, PG)
y = 72
pg.text(ML, y, "第１章　計画の概要", 14, "g")
y += 26
pg.text(ML, y, "1-1　計画策定の趣旨", 11.5, "g")
y += 20
y = pg.para(ML, y, W - ML - MR,
            "本市では、みよし市債権管理条例に基づき、市の債権を適正に管理し、負担の公平性と財源の確保を図るため、令和４年３月に前計画を策定し、全庁的に収納率の向上と収入未済額の縮減に取り組んできました。",
            10, indent=1)
tot5, tot4 = ACC_TOTAL[4], ACC_TOTAL[3]
approx_man = round(tot5 / 10)            # 千円 → 万円
oku, man = divmod(approx_man, 10000)
txt_out = f"約{oku}億{man:,}万円"
dman = round((tot4 - tot5) / 10)
txt_diff = f"約{dman:,}万円"
y = pg.para(ML, y, W - ML - MR,
            f"その結果、令和５年度決算における市全体の収入未済額は{txt_out}となり、前年度と比べて{txt_diff}減少しました。また、市税の収納率は{rate_str(SHIZEI_RATE[5])}％で、前年度比{diff_str(SHIZEI_RATE[5]-SHIZEI_RATE[4])}ポイント増となっています。",
            10, indent=1)
F(PG, None, None, 2023, "令和５年度", "total", "outstanding", "actual", approx_man * 10_000, "yen", txt_out, approx=True)
F(PG, None, None, 2023, "令和５年度", "total", "difference", "actual", -dman * 10_000, "yen", txt_diff, approx=True)
F(PG, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", SHIZEI_RATE[5], "percent",
  f"{rate_str(SHIZEI_RATE[5])}％")
F(PG, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual",
  round(SHIZEI_RATE[5] - SHIZEI_RATE[4], 2), "points", f"{diff_str(SHIZEI_RATE[5]-SHIZEI_RATE[4])}ポイント")
y = pg.para(ML, y, W - ML - MR,
            "一方で、国民健康保険税をはじめ、なお多額の収入未済額が残っていることから、引き続き計画的な債権管理を進めるため、本計画を策定するものです。",
            10, indent=1)
y += 6
pg.text(ML, y, "1-2　計画期間", 11.5, "g")
y += 20
y = pg.para(ML, y, W - ML - MR, "令和７年度（2025年度）から令和９年度（2027年度）までの３年間とします。", 10, indent=1)
y += 10
pg.text(ML, y, "第２章　債権の現状", 14, "g")
y += 26
pg.text(ML, y, "2-1　会計別の収入未済額", 11.5, "g")
y += 20
y = pg.para(ML, y, W - ML - MR, "会計別の収入未済額は、いずれの会計においても減少傾向にあります（表１）。", 10, indent=1)
y += 8
# caption over the box, table inside box, source under
pg.text(ML + 6, y, "表１　会計別収入未済額の推移（単位：千円）", 10, "g")
y += 8
box_top = y
widths = [150, 100, 100, 100]
x0 = ML + (W - ML - MR - sum(widths)) / 2
rows = [["会計名"] + [f"{w}\n（{s}）" for _, w, s in YEARS5[:3]]]
for name, vals in ACCOUNTS:
    rows.append([name] + [comma(v) for v in vals[:3]])
rows.append(["合計"] + [comma(v) for v in ACC_TOTAL[:3]])
yb = grid_table(pg, x0, y + 10, widths, rows, rh=22, size=9.5, bold_last=True)
for ri, (name, vals) in enumerate(ACCOUNTS + [("合計", ACC_TOTAL)]):
    for (fy, wr, sr), v in zip(YEARS5[:3], vals[:3]):
        F(PG, None, name, fy, f"{wr}（{sr}）", "total", "outstanding", "actual", v * 1000, "yen", comma(v))
pg.text(x0, yb + 14, "※ 令和４年度以降は次頁（表１続き）のとおり。", 8.5, "g")
pg.text(W - MR - 8, yb + 28, "出典：各年度みよし市歳入歳出決算書", 8.5, "g", "r")
pg.rect((ML, box_top, W - MR, yb + 36), width=0.8)
tables.append({"page": PG, "bbox": None, "rows": rows})

# ================================================================== p4 表1 続き + 表2
PG = 4
pg = Pg(doc, PG)
y = 72
pg.text(ML + 6, y, "表１　会計別収入未済額の推移（続き）（単位：千円）", 10, "g")
box_top = y + 8
widths = [150, 100, 100, 100]
rows = [["会計名"] + [f"{w}\n（{s}）" for _, w, s in YEARS5[3:]] + ["増減\n（R5－R4）"]]
for name, vals in ACCOUNTS + [("合計", ACC_TOTAL)]:
    rows.append([name] + [comma(v) for v in vals[3:]] + [comma(vals[4] - vals[3])])
yb = grid_table(pg, x0, box_top + 10, widths, rows, rh=22, size=9.5, bold_last=True)
for name, vals in ACCOUNTS + [("合計", ACC_TOTAL)]:
    for (fy, wr, sr), v in zip(YEARS5[3:], vals[3:]):
        F(PG, None, name, fy, f"{wr}（{sr}）", "total", "outstanding", "actual", v * 1000, "yen", comma(v))
    d = vals[4] - vals[3]
    F(PG, None, name, 2023, "R5－R4", "total", "difference", "actual", d * 1000, "yen", comma(d))
pg.text(W - MR - 8, yb + 16, "出典：各年度みよし市歳入歳出決算書", 8.5, "g", "r")
pg.rect((ML, box_top, W - MR, yb + 24), width=0.8)
tables.append({"page": PG, "bbox": None, "rows": rows})

y = yb + 56
pg.text(ML, y, "2-2　主な債権の収納状況", 11.5, "g")
y += 20
y = pg.para(ML, y, W - ML - MR, "令和５年度決算における主な債権の収納状況は、表２のとおりです。", 10, indent=1)
y += 6
pg.text(ML, y, "表２　主な債権の収納状況（令和５年度決算）", 10, "g")
pg.text(W - MR, y, "単位：千円、％", 8.5, "g", "r")
y += 8
widths = [110, 96, 62, 62, 47, 54, 40]
rows = [["会計", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
t2_rows = []
sub = [0, 0, 0, 0]
gsum = [0, 0, 0, 0]
prev_acc = None
for acc, debt, raw, a, r_, w_ in T2:
    c = round(a * r_ / 100)
    u = a - c - w_
    rt = rate(c, a)
    t2_rows.append((acc, debt, raw, a, c, w_, u, rt))
for i, (acc, debt, raw, a, c, w_, u, rt) in enumerate(t2_rows):
    label = acc if acc != prev_acc else None
    rows.append([label, raw, comma(a), comma(c), comma(w_) if w_ else "－", comma(u), rate_str(rt)])
    F(PG, debt, raw, 2023, "令和５年度", "total", "assessed", "actual", a * 1000, "yen", comma(a))
    F(PG, debt, raw, 2023, "令和５年度", "total", "collected", "actual", c * 1000, "yen", comma(c))
    if w_:
        F(PG, debt, raw, 2023, "令和５年度", "total", "written_off", "actual", w_ * 1000, "yen", comma(w_))
    else:
        F(PG, debt, raw, 2023, "令和５年度", "total", "written_off", "actual", 0, "yen", "－")
    F(PG, debt, raw, 2023, "令和５年度", "total", "outstanding", "actual", u * 1000, "yen", comma(u))
    F(PG, debt, raw, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", rate_str(rt))
    for k, v in enumerate((a, c, w_, u)):
        gsum[k] += v
        if acc == "一般会計":
            sub[k] += v
    prev_acc = acc
    if acc == "一般会計" and (i + 1 == len(t2_rows) or t2_rows[i + 1][0] != "一般会計"):
        srt = rate(sub[1], sub[0])
        rows.append([None, "小計", comma(sub[0]), comma(sub[1]), comma(sub[2]), comma(sub[3]), rate_str(srt)])
        for met, v in zip(("assessed", "collected", "written_off", "outstanding"), sub):
            F(PG, None, "一般会計 小計", 2023, "令和５年度", "total", met, "actual", v * 1000, "yen", comma(v))
        F(PG, None, "一般会計 小計", 2023, "令和５年度", "total", "collection_rate", "actual", srt, "percent", rate_str(srt))
grt = rate(gsum[1], gsum[0])
rows.append(["合計", "", comma(gsum[0]), comma(gsum[1]), comma(gsum[2]), comma(gsum[3]), rate_str(grt)])
for met, v in zip(("assessed", "collected", "written_off", "outstanding"), gsum):
    F(PG, None, "合計", 2023, "令和５年度", "total", met, "actual", v * 1000, "yen", comma(v))
F(PG, None, "合計", 2023, "令和５年度", "total", "collection_rate", "actual", grt, "percent", rate_str(grt))
yb = grid_table(pg, ML, y + 4, widths, rows, rh=20, size=8.6, style="hrule", zebra=True,
                aligns=["l", "l", "r", "r", "r", "r", "r"], bold_last=True, head_fill=GREY)
pg.text(ML, yb + 14, "※ 収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額。合計は表２に掲げた債権の計。", 8.3, "g")
pg.text(ML, yb + 27, "資料：令和５年度みよし市一般会計・特別会計歳入歳出決算書、下水道事業会計決算書", 8.3, "g")
tables.append({"page": PG, "bbox": None, "rows": rows})

# ================================================================== p5 charts + two small tables
PG = 5
pg = Pg(doc, PG)
y = 72
pg.text(ML, y, "2-3　収入未済額及び収納率の推移", 11.5, "g")
y += 22


def bar_chart(pg, x, y, w, h, title, labels, values, fmt):
    pg.text(x + w / 2, y, title, 9.5, "g", "c")
    top, bottom = y + 22, y + h - 18
    vmax = max(values) * 1.15
    pg.hline(x + 10, x + w - 5, bottom, 0.8)
    n = len(values)
    slot = (w - 20) / n
    for i, (lab, v) in enumerate(zip(labels, values)):
        bh = (bottom - top) * v / vmax
        bx = x + 12 + i * slot + slot * 0.2
        pg.rect((bx, bottom - bh, bx + slot * 0.6, bottom), fill=(0.42, 0.56, 0.76), color=None, width=0)
        pg.text(bx + slot * 0.3, bottom - bh - 4, fmt(v), 7.8, "g", "c")
        pg.text(bx + slot * 0.3, bottom + 11, lab, 8, "g", "c")


def line_chart(pg, x, y, w, h, title, labels, values, lo, hi):
    pg.text(x + w / 2, y, title, 9.5, "g", "c")
    top, bottom = y + 24, y + h - 18
    pg.hline(x + 10, x + w - 5, bottom, 0.8)
    for t in (lo, (lo + hi) / 2, hi):
        yy = bottom - (bottom - top) * (t - lo) / (hi - lo)
        pg.hline(x + 10, x + w - 5, yy, 0.2, (0.7, 0.7, 0.7))
    n = len(values)
    slot = (w - 20) / n
    pts = []
    for i, (lab, v) in enumerate(zip(labels, values)):
        px = x + 12 + i * slot + slot * 0.5
        py = bottom - (bottom - top) * (v - lo) / (hi - lo)
        pts.append((px, py))
        pg.text(px, bottom + 11, lab, 8, "g", "c")
    for a, b in zip(pts, pts[1:]):
        pg.p.draw_line(a, b, color=(0.75, 0.3, 0.2), width=1.4)
    for (px, py), v in zip(pts, values):
        pg.p.draw_circle((px, py), 2.2, color=(0.75, 0.3, 0.2), fill=(1, 1, 1), width=1)
        pg.text(px, py - 6, rate_str(v), 7.8, "g", "c")


cw = (W - ML - MR - 16) / 2
labels = [l for _, l in CHART_YEARS]
mil = [round(v / 1000, 1) for v in CHART_OUT]          # 百万円
bar_chart(pg, ML, y, cw, 190, "図１　市全体の収入未済額の推移（単位：百万円）", labels, mil, lambda v: f"{v:,.1f}")
line_chart(pg, ML + cw + 16, y, cw, 190, "図２　市税収納率の推移（単位：％）", labels, SHIZEI_RATE, 97.8, 99.2)
pg.rect((ML - 4, y - 14, ML + cw + 4, y + 196), color=(0.6, 0.6, 0.6), width=0.4)
pg.rect((ML + cw + 12, y - 14, W - MR + 4, y + 196), color=(0.6, 0.6, 0.6), width=0.4)
for (fy, lab), v_k, m in zip(CHART_YEARS, CHART_OUT, mil):
    F(PG, None, None, fy, lab, "total", "outstanding", "actual", int(round(m * 1_000_000)), "yen", f"{m:,.1f}")
for (fy, lab), r_ in zip(CHART_YEARS, SHIZEI_RATE):
    F(PG, "市税", "市税", fy, lab, "total", "collection_rate", "actual", r_, "percent", rate_str(r_))
y += 214
pg.text(ML, y, "※ 図１は表１の合計（千円）を百万円単位で表示（平成30年度を含む）。H30は平成30年度、R元は令和元年度。", 8.3, "g")
y += 28
y = pg.para(ML, y, W - ML - MR,
            "国民健康保険税及び介護保険料の現年度分の収納状況は、次のとおりです。国民健康保険税は３年連続で収納率が上昇しています。",
            10, indent=1)
y += 8
# left: metric rows, years across
lw = [54, 56, 56, 56]
pg.text(W - MR, y, "（単位：千円、％）", 8, "g", "r")
y += 14
pg.text(ML, y, "国民健康保険税（現年課税分）", 9.5, "g")
rows_l = [["区分"] + [lab for _, lab, _, _ in KOKUHO_CUR]]
kc = [(fy, lab, a, round(a * r_ / 100)) for fy, lab, a, r_ in KOKUHO_CUR]
rows_l.append(["調定額"] + [comma(a) for _, _, a, _ in kc])
rows_l.append(["収入済額"] + [comma(c) for *_, c in kc])
rows_l.append(["収納率"] + [rate_str(rate(c, a)) for _, _, a, c in kc])
yb1 = grid_table(pg, ML, y + 6, lw, rows_l, rh=20, size=8.8)
for fy, lab, a, c in kc:
    F(PG, "国民健康保険料", "国民健康保険税", fy, lab, "current", "assessed", "actual", a * 1000, "yen", comma(a))
    F(PG, "国民健康保険料", "国民健康保険税", fy, lab, "current", "collected", "actual", c * 1000, "yen", comma(c))
    F(PG, "国民健康保険料", "国民健康保険税", fy, lab, "current", "collection_rate", "actual", rate(c, a), "percent",
      rate_str(rate(c, a)))
tables.append({"page": PG, "bbox": None, "rows": rows_l})
# right: years as rows
rw = [58, 58, 58, 40]
xr = W - MR - sum(rw)
pg.text(xr, y, "介護保険料（現年度分）", 9.5, "g")
rows_r = [["年度", "調定額", "収入済額", "収納率"]]
for fy, lab, a, r_ in KAIGO_CUR:
    c = round(a * r_ / 100)
    rows_r.append([lab, comma(a), comma(c), rate_str(rate(c, a))])
    F(PG, "介護保険料", "介護保険料", fy, lab, "current", "assessed", "actual", a * 1000, "yen", comma(a))
    F(PG, "介護保険料", "介護保険料", fy, lab, "current", "collected", "actual", c * 1000, "yen", comma(c))
    F(PG, "介護保険料", "介護保険料", fy, lab, "current", "collection_rate", "actual", rate(c, a), "percent",
      rate_str(rate(c, a)))
grid_table(pg, xr, y + 6, rw, rows_r, rh=20, size=8.8, aligns=["c", "r", "r", "r"])
tables.append({"page": PG, "bbox": None, "rows": rows_r})

# ================================================================== p6 第３章 目標
PG = 6
pg = Pg(doc, PG)
y = 72
pg.text(ML, y, "第３章　計画の目標", 14, "g")
y += 26
pg.text(ML, y, "3-1　これまでの目標の達成状況", 11.5, "g")
y += 20
y = pg.para(ML, y, W - ML - MR,
            "前計画で定めた現年度分の目標収納率に対する実績は表３のとおりです。令和５年度は６債権中４債権で目標を達成しました。",
            10, indent=1)
y += 4
pg.text(ML, y, "表３　目標収納率と実績（現年度分）", 10, "g")
pg.text(W - MR, y, "（単位：％）", 8.5, "g", "r")
y += 8
widths = [113, 52, 52, 52, 52, 52, 52]
xs = [ML]
for w_ in widths:
    xs.append(xs[-1] + w_)
# two-row header drawn by hand
hy = y
pg.rect((xs[0], hy, xs[-1], hy + 36), fill=BLUE, color=None)
cell_text(pg, xs[0], xs[1], hy, hy + 36, "債権名", 9)
cell_text(pg, xs[1], xs[4], hy, hy + 18, "令和４年度", 9)
cell_text(pg, xs[4], xs[7], hy, hy + 18, "令和５年度", 9)
for k, lab in enumerate(["目標", "実績", "達成率", "目標", "実績", "達成率"]):
    cell_text(pg, xs[k + 1], xs[k + 2], hy + 18, hy + 36, lab, 9)
pg.hline(xs[1], xs[-1], hy + 18, 0.4)
ry = hy + 36
rows3 = [["債権名", "R4目標", "R4実績", "R4達成率", "R5目標", "R5実績", "R5達成率"]]
for debt, raw, r4, r5 in T3:
    vals = []
    for (t, a) in (r4, r5):
        vals += [rate_str(t), rate_str(a), f"{a / t * 100:.1f}"]
    cell_text(pg, xs[0], xs[1], ry, ry + 20, raw, 9, "l")
    for k, v in enumerate(vals):
        cell_text(pg, xs[k + 1], xs[k + 2], ry, ry + 20, v, 9, "r")
    pg.hline(xs[0], xs[-1], ry, 0.4)
    rows3.append([raw] + vals)
    for fy, fyr, (t, a) in ((2022, "令和４年度", r4), (2023, "令和５年度", r5)):
        F(PG, debt, raw, fy, fyr, "current", "collection_rate", "target", t, "percent", rate_str(t))
        F(PG, debt, raw, fy, fyr, "current", "collection_rate", "actual", a, "percent", rate_str(a))
    ry += 20
pg.rect((xs[0], hy, xs[-1], ry))
for k in range(1, 7):
    pg.vline(xs[k], hy if k in (1, 4) else hy + 18, ry, 0.4)
pg.hline(xs[0], xs[-1], hy + 36, 0.8)
pg.text(ML, ry + 13, "※ 達成率＝実績÷目標×100（小数点以下第２位を四捨五入）", 8.3, "g")
tables.append({"page": PG, "bbox": None, "rows": rows3})

y = ry + 44
pg.text(ML, y, "3-2　目標収納率", 11.5, "g")
y += 20
goal_txt = "５億5,000万円"
y = pg.para(ML, y, W - ML - MR,
            f"計画期間における債権ごとの目標収納率を表４のとおり定めます。また、計画最終年度（令和９年度）末の市全体の収入未済額を{goal_txt}以下とすることを目標とします。",
            10, indent=1)
F(PG, None, None, 2027, "令和９年度", "total", "outstanding", "target", GOAL_OUT, "yen", goal_txt)
y += 4
pg.text(ML, y, "表４　計画期間の目標収納率", 10, "g")
pg.text(W - MR, y, "（単位：％）", 8.5, "g", "r")
y += 8
widths = [22, 70] + [(W - ML - MR - 92) / 6] * 6
xs = [ML]
for w_ in widths:
    xs.append(xs[-1] + w_)
hy = y
pg.rect((xs[0], hy, xs[-1], hy + 30), fill=BLUE, color=None)
cell_text(pg, xs[0], xs[2], hy, hy + 30, "区分／年度", 8.5)
for k, (_, raw) in enumerate(T4_DEBTS):
    cell_text(pg, xs[k + 2], xs[k + 3], hy, hy + 30, raw, 8.5)
ry = hy + 30
rows4 = [["区分", "年度"] + [r.replace("\n", "") for _, r in T4_DEBTS]]
for seg, seglab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
    seg_top = ry
    for yi, (fy, fyr) in enumerate(T4_YEARS):
        cell_text(pg, xs[1], xs[2], ry, ry + 20, fyr, 8.5)
        for k, (debt, raw) in enumerate(T4_DEBTS):
            v = T4[seg][yi][k]
            cell_text(pg, xs[k + 2], xs[k + 3], ry, ry + 20, rate_str(v), 8.8, "r")
            F(PG, debt, raw.replace("\n", ""), fy, fyr, seg, "collection_rate", "target", v, "percent", rate_str(v))
        rows4.append([seglab, fyr] + [rate_str(T4[seg][yi][k]) for k in range(6)])
        pg.hline(xs[1], xs[-1], ry, 0.4)
        ry += 20
    # vertical label: one character per line
    chars = list(seglab)
    lh = 11
    cy = (seg_top + ry) / 2 - lh * len(chars) / 2 + 9
    for i, ch in enumerate(chars):
        pg.text((xs[0] + xs[1]) / 2, cy + i * lh, ch, 8.5, "g", "c")
    pg.hline(xs[0], xs[-1], seg_top, 0.8)
pg.rect((xs[0], hy, xs[-1], ry))
for k in range(1, len(xs) - 1):
    pg.vline(xs[k], hy + (30 if k == 1 else 0), ry, 0.4)
tables.append({"page": PG, "bbox": None, "rows": rows4})
pg.text(ML, ry + 13, "※ 滞納繰越分の目標は、前年度末の滞納繰越額に対する収納率。", 8.3, "g")

# ================================================================== p7 第４章 取組 (memo layout)
PG = 7
pg = Pg(doc, PG)
y = 72
pg.text(ML, y, "第４章　具体的な取組", 14, "g")
y += 24
ALL = [
    ("１", "全庁的な取組", None, None, [
        ("（１）", "債権管理の適正化", [
            ("ア", "債権管理台帳を全ての債権で整備し、履行期限、督促及び時効の管理を徹底する。", "継続", False),
            ("イ", "債権所管課を対象とした実務研修を年２回実施し、職員の専門性を高める。", "拡充", False),
        ]),
        ("（２）", "滞納の未然防止", [
            ("ア", "口座振替やスマートフォン決済など納付手段を拡充し、期限内納付を促進する。", "継続", True),
        ]),
    ]),
    ("２", "債権別の取組", None, None, [
        ("（１）", "市税", [
            ("ア", "現年課税分の初期滞納者に対し、納期限後早期に電話及びＳＭＳによる催告を行う。", "継続", False),
            ("イ", "給与・預貯金の差押えを中心とした滞納処分を計画的に執行する。", "継続", False),
            ("ウ", "地方税統一ＱＲコードを活用した納付の周知を強化する。", "新規", True),
        ]),
        ("（２）", "国民健康保険税", [
            ("ア", "納税相談時に資格・所得状況を確認し、軽減制度の適用漏れを防ぐ。", "継続", False),
            ("イ", "滞納繰越分について、収納課と保険年金課の合同による財産調査を実施する。", "新規", False),
        ]),
        ("（３）", "介護保険料・後期高齢者医療保険料", [
            ("ア", "普通徴収の未納者へ、年金支給月に合わせた催告書を送付する。", "継続", False),
        ]),
        ("（４）", "市営住宅使用料", [
            ("ア", "３か月以上の滞納者について、連帯保証人と協議し納付計画を立てる。", "継続", False),
            ("イ", "退去者の滞納分を法的措置（支払督促）の対象とする。", "拡充", True),
        ]),
    ]),
]
DEBT_OF = {"市税": ("市税", "市税"), "国民健康保険税": ("国民健康保険料", "国民健康保険税"),
           "介護保険料・後期高齢者医療保険料": ("介護保険料", "介護保険料・後期高齢者医療保険料"),
           "市営住宅使用料": ("住宅使用料", "市営住宅使用料")}
for num, head, _, _, subs in ALL:
    pg.text(ML, y, f"{num}　{head}", 11.5, "g")
    y += 20
    for snum, shead, items in subs:
        pg.text(ML + 11, y, f"{snum}{shead}", 10.5, "g")
        y += 18
        debt, debt_raw = DEBT_OF.get(shead, (None, None))
        for lab, txt, tag, own in items:
            pg.text(ML + 30, y, lab, 10, "m")
            body = txt + ("\n" if own else "") + f"【{tag}】"
            y = pg.para(ML + 44, y, W - MR - ML - 44, body, 10, lead=1.6)
            y += 3
            inits.append(initiative(debt=debt, debt_raw=debt_raw, fy=None, section=shead,
                                    label=f"{num}{snum}{lab}", text=txt, status=tag, page=PG))
        y += 4
# 【参考】 box
y += 4
bx0, bx1 = ML + 10, W - MR - 10
items = ["債権管理条例の施行：平成29年４月", "差押件数（令和５年度）：412件", "債権管理研修の受講者（令和５年度）：86人",
         "所管：総務部収納課（債権管理担当）"]
bh = 24 + 17 * len(items)
pg.rect((bx0, y, bx1, y + bh), width=0.8)
pg.text(bx0 + 10, y + 17, "【参考】", 10, "g")
yy = y + 35
for it in items:
    pg.text(bx0 + 18, yy, "・" + it, 9.5, "g")
    yy += 17
assert yy < H - 50, yy

out = PDF_DIR / f"{STEM}.pdf"
doc.set_metadata({"title": "みよし市債権管理計画（令和７年度～令和９年度）", "author": "みよし市", "creator": "Microsoft Word"})
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
doc.close()

document = {"kind": "plan", "family": "kaikei", "municipality": CITY,
            "title": "みよし市債権管理計画（令和７年度～令和９年度）", "date": "2025-03-01", "date_raw": "令和７年３月"}
write_gold(STEM, document, facts, inits, tables)
sys.exit(1 if check(STEM) else 0)
