"""Multi-year 債権管理計画 drawn directly with PyMuPDF (IPAex fonts, subset). Run from corpus/dev66."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sb_common import *
import pymupdf as fitz

STEM = "sb_kamisu_plan_1"
CITY = "神栖市"
TITLE = "第２次神栖市債権管理計画"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GF), fitz.Font(fontfile=MF)
doc = fitz.open()
PAGES = []


def newpage(landscape=False):
    p = doc.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    p.insert_font(fontname="G", fontfile=GF)
    p.insert_font(fontname="M", fontfile=MF)
    PAGES.append(p)
    return p


def text(p, x, y, s, size=10, f="M", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=f, fontsize=size, color=color)


def wrap(s, width, size, f="M"):
    font = FG if f == "G" else FM
    lines, cur = [], ""
    for ch in s:
        if font.text_length(cur + ch, fontsize=size) > width or ch == "\n":
            if ch in "。、）」％" and ch != "\n":       # kinsoku: no line-initial punctuation
                cur += ch; lines.append(cur); cur = ""; continue
            lines.append(cur); cur = "" if ch == "\n" else ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(p, x, y, s, width, size=10, f="M", lh=1.6, indent=True):
    for i, ln in enumerate(wrap(("　" if indent else "") + s, width, size, f)):
        text(p, x, y + i * size * lh, ln, size, f)
    return y + len(wrap(("　" if indent else "") + s, width, size, f)) * size * lh


def grid(p, x0, y0, cws, rhs, cells, size=7.5, lw=0.6, rules=True):
    """cells: (r0, c0, r1, c1, text, align, fill, font, vertical)."""
    xs = [x0]
    for w in cws:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rhs:
        ys.append(ys[-1] + h)
    for (r0, c0, r1, c1, s, al, fill, f, vert) in cells:
        rect = fitz.Rect(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
        if fill:
            p.draw_rect(rect, color=None, fill=fill)
        if rules:
            p.draw_rect(rect, color=(0, 0, 0), width=lw)
        font = FG if f == "G" else FM
        if vert:
            chars = list(s)
            top = rect.y0 + (rect.height - len(chars) * size * 1.15) / 2 + size
            for i, ch in enumerate(chars):
                text(p, rect.x0 + (rect.width - size) / 2, top + i * size * 1.15, ch, size, f)
            continue
        lines = []
        for part in s.split("\n"):
            lines += wrap(part, rect.width - 4, size, f) if part else [""]
        top = rect.y0 + (rect.height - len(lines) * size * 1.25) / 2 + size * 0.98
        for i, ln in enumerate(lines):
            w = font.text_length(ln, fontsize=size)
            xx = rect.x0 + 2.5 if al == "l" else (rect.x1 - 2.5 - w if al == "r" else rect.x0 + (rect.width - w) / 2)
            text(p, xx, top + i * size * 1.25, ln, size, f)
    return ys[-1]


def chrome(p, n):
    W, H = p.rect.width, p.rect.height
    text(p, W - 40 - FM.text_length(TITLE, fontsize=8), 28, TITLE, 8)
    p.draw_line((40, 32), (W - 40, 32), width=0.4)
    s = f"- {n} -"
    text(p, (W - FM.text_length(s, fontsize=9)) / 2, H - 22, s, 9)


def heading(p, x, y, s, size=12):
    text(p, x, y, s, size, "G")
    return y + size * 1.9


HD = (0.85, 0.89, 0.95)
SUB = (0.95, 0.95, 0.88)
# ------------------------------------------------------------------ data (令和5年度決算, 千円)
DEBTS = [  # canonical, 会計, 所管課, 根拠法令, 区分, assessed, collected, written_off
    ("市税", "一般会計", "収納課", "地方税法", "強", 24586420, 23912305, 52340),
    ("保育所保育料", "一般会計", "こども課", "子ども・子育て支援法", "強", 312480, 301256, 1820),
    ("市営住宅使用料", "一般会計", "施設管理課", "公営住宅法", "私", 148630, 139874, 2106),
    ("生活保護費返還金", "一般会計", "社会福祉課", "生活保護法", "非", 118460, 24318, 3512),
    ("学校給食費", "一般会計", "学務課", "学校給食法", "私", 486210, 478903, 684),
    ("国民健康保険税", "国民健康保険特別会計", "国保年金課", "地方税法", "強", 4236180, 3612470, 98265),
    ("介護保険料", "介護保険特別会計", "長寿介護課", "介護保険法", "強", 2148360, 2113842, 8412),
    ("後期高齢者医療保険料", "後期高齢者医療特別会計", "国保年金課", "高齢者医療確保法", "強", 1284530, 1279406, 1034),
]
OUT = {d[0]: d[5] - d[6] - d[7] for d in DEBTS}
# outstanding 令和元..令和4 (千円), 令和5 from OUT
HIST = {"市税": [812406, 764210, 701835, 668412], "保育所保育料": [14820, 13206, 11930, 10512],
        "市営住宅使用料": [9840, 8912, 7804, 7215], "生活保護費返還金": [72310, 78455, 83102, 87416],
        "学校給食費": [8120, 7604, 7315, 6940], "国民健康保険税": [684230, 642118, 598740, 561325],
        "介護保険料": [31420, 29816, 28105, 27314], "後期高齢者医療保険料": [5120, 4806, 4512, 4318]}
for k in HIST:
    HIST[k].append(OUT[k])
tot_out = sum(OUT.values())
tot_out_r4 = sum(v[3] for v in HIST.values())
tot_a = sum(d[5] for d in DEBTS); tot_c = sum(d[6] for d in DEBTS)
tot_rate = rate(tot_c, tot_a)
prev_rate = round(tot_rate - 0.45, 2)


def okuman(k):   # 千円 -> (text, yen) rounded to 百万円
    y = round(k * 1000, -6)
    o, m = divmod(int(y) // 10000, 10000)
    return (f"{o}億{m:,}万円" if o else f"{m:,}万円"), y


# ------------------------------------------------------------------ p1 cover + 目次
p = newpage()
text(p, 150, 250, TITLE, 24, "G")
text(p, 175, 290, "令和７（2025）年度～令和９（2027）年度", 13, "G")
text(p, 250, 700, "令和７年３月", 13, "G")
text(p, 262, 725, "神　栖　市", 14, "G")
p.draw_rect(fitz.Rect(120, 220, 475, 305), color=(0.18, 0.33, 0.59), width=1.5)
text(p, 270, 380, "目　次", 13, "G")
TOC = [("１　計画の趣旨", 2), ("２　計画期間", 2), ("３　債権管理の現状", 2), ("　（１）収入未済額の推移", 3),
       ("　（２）債権別の状況", 3), ("４　数値目標", 4), ("５　債権ごとの取組（推進シート）", 5), ("参考資料　対象債権一覧", 7)]
for i, (t, n) in enumerate(TOC):
    y = 410 + i * 22
    text(p, 150, y, t, 10.5)
    dots = "・" * int((300 - FM.text_length(t, fontsize=10.5)) / 10.5)
    text(p, 150 + FM.text_length(t, fontsize=10.5) + 4, y, dots, 10.5)
    text(p, 440, y, str(n), 10.5)

# ------------------------------------------------------------------ p2 two-column prose
p = newpage(); chrome(p, 2); P = 2
L, Rx, CW = 45, 307, 243
y = heading(p, L, 62, "１　計画の趣旨")
y = para(p, L, y, "本市では、令和２年３月に第１次神栖市債権管理計画を策定し、市税をはじめとする各債権の収納率の向上と収入未済額の縮減に取り組んできた。"
         "第１次計画の期間が令和６年度で満了することから、その成果と課題を踏まえ、第２次計画を策定する。", CW, 9.5)
y = heading(p, L, y + 8, "２　計画期間")
y = para(p, L, y, "令和７（2025）年度から令和９（2027）年度までの３年間とする。なお、社会経済情勢の変化や法令の改正等に応じて、必要な見直しを行う。", CW, 9.5)
y = heading(p, L, y + 8, "３　債権管理の現状")
o_t, o_y = okuman(tot_out)
d_t, d_y = okuman(tot_out_r4 - tot_out)
s1 = (f"令和５（2023）年度決算における対象８債権の収入未済額は約{o_t}で、前年度から約{d_t}減少した。"
      f"第１次計画の初年度である令和元年度と比べると、約{okuman(sum(v[0] for v in HIST.values()) - tot_out)[0]}の縮減となっている。")
y = para(p, L, y, s1, CW, 9.5)
G.fact(P, None, "対象８債権", 2023, "令和５（2023）年度", "total", "outstanding", "actual", o_y, "yen", f"約{o_t}", approx=True)
G.fact(P, None, "対象８債権", 2023, "令和５（2023）年度", "total", "difference", "actual", -d_y, "yen", f"約{d_t}", approx=True)
r1t, r1y = okuman(sum(v[0] for v in HIST.values()) - tot_out)
G.fact(P, None, "対象８債権", 2023, "令和５（2023）年度", "total", "difference", "actual", -r1y, "yen", f"約{r1t}", approx=True)
s2 = (f"対象債権全体の収納率は{tot_rate:.2f}％で、前年度比{tot_rate - prev_rate:.2f}ポイント上昇した。")
y = para(p, L, y, s2, CW, 9.5)
G.fact(P, None, "対象債権全体", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", tot_rate, "percent", f"{tot_rate:.2f}％")
G.fact(P, None, "対象債権全体", 2023, "令和５（2023）年度", "total", "difference", "actual", round(tot_rate - prev_rate, 2), "points", f"{tot_rate - prev_rate:.2f}ポイント")
# right column
sz = OUT["市税"]; st, sy = okuman(sz)
y2 = 62
y2 = para(p, Rx, y2, f"債権別にみると、市税の収入未済額は約{st}で全体の約半分を占める。市税の収納率は{rate(DEBTS[0][6], DEBTS[0][5]):.2f}％であり、"
          f"現年課税分の早期納付の促進と滞納繰越分の整理が引き続き課題である。", CW, 9.5)
G.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", sy, "yen", f"約{st}", approx=True)
G.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", rate(DEBTS[0][6], DEBTS[0][5]), "percent", f"{rate(DEBTS[0][6], DEBTS[0][5]):.2f}％")
kz = OUT["国民健康保険税"]; kt, ky = okuman(kz)
y2 = para(p, Rx, y2 + 4, f"国民健康保険税の収入未済額は約{kt}で、令和４年度から約{okuman(HIST['国民健康保険税'][3] - kz)[0]}減少したが、"
          f"収納率は{rate(DEBTS[5][6], DEBTS[5][5]):.2f}％にとどまっている。", CW, 9.5)
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", ky, "yen", f"約{kt}", approx=True)
kd_t, kd_y = okuman(HIST['国民健康保険税'][3] - kz)
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "total", "difference", "actual", -kd_y, "yen", f"約{kd_t}", approx=True)
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", rate(DEBTS[5][6], DEBTS[5][5]), "percent", f"{rate(DEBTS[5][6], DEBTS[5][5]):.2f}％")
sh = OUT["生活保護費返還金"]
y2 = para(p, Rx, y2 + 4, f"一方、生活保護費返還金は収入未済額が{sh:,}千円と５年連続で増加しており、返還決定時の分納計画の作成と、"
          f"保護廃止後の債務者の所在把握が課題となっている。", CW, 9.5)
G.fact(P, "生活保護費返還金", "生活保護費返還金", 2023, "令和５（2023）年度", "total", "outstanding", "actual", sh * 1000, "yen", f"{sh:,}千円")
y2 = para(p, Rx, y2 + 4, "これらの状況を踏まえ、本計画では、①現年度分の確実な収納、②滞納繰越分の計画的な整理、③徴収困難な債権の適正な処理、"
          "の３点を基本方針として全庁で取り組む。", CW, 9.5)
p.draw_line((300, 62), (300, max(y, y2)), width=0.4, color=(0.5, 0.5, 0.5))

# ------------------------------------------------------------------ p3 tables
p = newpage(); chrome(p, 3); P = 3
y = heading(p, 45, 62, "（１）収入未済額の推移")
text(p, 45, y, "表１　債権別収入未済額の推移（各年度決算）", 9.5, "G")
text(p, 500, y, "単位：百万円、％", 8)
YH = [("令和元年度", 2019), ("2年度", 2020), ("3年度", 2021), ("R4", 2022), ("令和5年度", 2023)]
cws = [95, 50, 50, 50, 50, 50, 50, 54, 56]
hdr = ["債権名"] + [h for h, _ in YH] + ["5年平均", "増減額\n(R5−R4)", "増減率"]
cells = [(0, j, 0, j, h, "c", HD, "G", False) for j, h in enumerate(hdr)]
r = 1
sums = [0] * 5
for d in DEBTS:
    dn = d[0]
    vals = [round(v / 1000, 1) for v in HIST[dn]]
    for i in range(5):
        sums[i] += HIST[dn][i]
    avg = round(sum(HIST[dn]) / 5 / 1000, 1)
    dif = round((HIST[dn][4] - HIST[dn][3]) / 1000, 1)
    chg = round((HIST[dn][4] - HIST[dn][3]) / HIST[dn][3] * 100, 1)
    row = [dn] + [f"{v:,.1f}" for v in vals] + [f"{avg:,.1f}", ("△" if dif < 0 else "") + f"{abs(dif):,.1f}", ("△" if chg < 0 else "") + f"{abs(chg):.1f}"]
    cells += [(r, j, r, j, s, "l" if j == 0 else "r", None, "M", False) for j, s in enumerate(row)]
    for (yl, fy), v in zip(YH, vals):
        G.fact(P, dn, dn, fy, yl, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}")
    G.fact(P, dn, dn, None, "5年平均", "total", "outstanding_average", "actual", round(avg * 1e6), "yen", f"{avg:,.1f}")
    G.fact(P, dn, dn, 2023, "R5−R4", "total", "difference", "actual", round(dif * 1e6), "yen", row[7])
    G.fact(P, dn, dn, 2023, "R5−R4", "total", "change_rate", "actual", chg, "percent", row[8])
    r += 1
vals = [round(v / 1000, 1) for v in sums]
avg = round(sum(sums) / 5 / 1000, 1); dif = round((sums[4] - sums[3]) / 1000, 1); chg = round((sums[4] - sums[3]) / sums[3] * 100, 1)
row = ["合計"] + [f"{v:,.1f}" for v in vals] + [f"{avg:,.1f}", ("△" if dif < 0 else "") + f"{abs(dif):,.1f}", ("△" if chg < 0 else "") + f"{abs(chg):.1f}"]
cells += [(r, j, r, j, s, "c" if j == 0 else "r", SUB, "G", False) for j, s in enumerate(row)]
for (yl, fy), v in zip(YH, vals):
    G.fact(P, None, "合計", fy, yl, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}")
G.fact(P, None, "合計", None, "5年平均", "total", "outstanding_average", "actual", round(avg * 1e6), "yen", f"{avg:,.1f}")
G.fact(P, None, "合計", 2023, "R5−R4", "total", "difference", "actual", round(dif * 1e6), "yen", row[7])
G.fact(P, None, "合計", 2023, "R5−R4", "total", "change_rate", "actual", chg, "percent", row[8])
y = grid(p, 45, y + 5, cws, [24] + [15] * (r), cells, 7.5)
y = heading(p, 45, y + 22, "（２）債権別の状況")
text(p, 45, y, "表２　会計別・債権別の収納状況（令和５年度決算）", 9.5, "G")
text(p, 500, y, "単位：千円", 8)
cws = [22, 92, 58, 44, 64, 64, 52, 58]
hdr = ["会計", "債権名", "所管課", "収納率\n（％）", "調定額", "収入済額", "不納欠損額", "収入未済額"]
cells = [(0, j, 0, j, h, "c", HD, "G", False) for j, h in enumerate(hdr)]
r = 1
groups = [("一般会計", [d for d in DEBTS if d[1] == "一般会計"], "一般会計計"),
          ("特別会計", [d for d in DEBTS if d[1] != "一般会計"], "特別会計計")]
gt = [0, 0, 0, 0]
for gname, ds, subl in groups:
    r0 = r
    st_ = [0, 0, 0, 0]
    for d in ds:
        dn, acct, dept, law, kb, a_, c_, w_ = d
        o_ = a_ - c_ - w_
        rr = rate(c_, a_)
        name = dn if gname == "一般会計" else f"{dn}\n（{acct}）"
        row = [dn, dept, f"{rr:.2f}", f"{a_:,}", f"{c_:,}", f"{w_:,}", f"{o_:,}"]
        cells += [(r, j + 1, r, j + 1, s, "l" if j < 2 else "r", None, "M", False) for j, s in enumerate(row)]
        for met, v, raw in (("collection_rate", rr, f"{rr:.2f}"), ("assessed", a_ * 1000, f"{a_:,}"), ("collected", c_ * 1000, f"{c_:,}"),
                            ("written_off", w_ * 1000, f"{w_:,}"), ("outstanding", o_ * 1000, f"{o_:,}")):
            G.fact(P, dn, dn, 2023, "令和５年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw)
        for i, v in enumerate((a_, c_, w_, o_)):
            st_[i] += v; gt[i] += v
        r += 1
    cells.append((r0, 0, r - 1, 0, gname, "c", SUB, "G", True))
    row = [subl, "", f"{rate(st_[1], st_[0]):.2f}", f"{st_[0]:,}", f"{st_[1]:,}", f"{st_[2]:,}", f"{st_[3]:,}"]
    cells.append((r, 0, r, 2, subl, "c", SUB, "G", False))
    cells += [(r, j + 1, r, j + 1, s, "r", SUB, "G", False) for j, s in enumerate(row) if j >= 2]
    for met, v, raw in (("collection_rate", rate(st_[1], st_[0]), row[2]), ("assessed", st_[0] * 1000, row[3]), ("collected", st_[1] * 1000, row[4]),
                        ("written_off", st_[2] * 1000, row[5]), ("outstanding", st_[3] * 1000, row[6])):
        G.fact(P, None, subl, 2023, "令和５年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw)
    r += 1
row = ["総計", "", f"{rate(gt[1], gt[0]):.2f}", f"{gt[0]:,}", f"{gt[1]:,}", f"{gt[2]:,}", f"{gt[3]:,}"]
cells.append((r, 0, r, 2, "総計", "c", (0.9, 0.85, 0.75), "G", False))
cells += [(r, j + 1, r, j + 1, s, "r", (0.9, 0.85, 0.75), "G", False) for j, s in enumerate(row) if j >= 2]
for met, v, raw in (("collection_rate", rate(gt[1], gt[0]), row[2]), ("assessed", gt[0] * 1000, row[3]), ("collected", gt[1] * 1000, row[4]),
                    ("written_off", gt[2] * 1000, row[5]), ("outstanding", gt[3] * 1000, row[6])):
    G.fact(P, None, "総計", 2023, "令和５年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw)
y = grid(p, 45, y + 5, cws, [24] + [16] * r, cells, 7.5)
text(p, 45, y + 11, "※ 収納率＝収入済額÷調定額。現年度分と滞納繰越分の合計による。", 7.5)
text(p, 45, y + 22, "※ 特別会計は、国民健康保険特別会計、介護保険特別会計及び後期高齢者医療特別会計である。", 7.5)

# ------------------------------------------------------------------ p4 landscape: targets
p = newpage(landscape=True); chrome(p, 4); P = 4
y = heading(p, 40, 58, "４　数値目標")
text(p, 40, y, "表３　債権別の目標収納率", 9.5, "G"); text(p, 720, y, "単位：％", 8)
# rates: (cur, arr) for R5 actual, R6 estimate, R7-R9 target
TG = {"市税": [(99.12, 31.46), (99.15, 32.0), (99.2, 33.0), (99.25, 34.0), (99.3, 35.0)],
      "保育所保育料": [(98.86, 28.14), (98.9, 29.0), (99.0, 30.0), (99.0, 31.0), (99.1, 32.0)],
      "市営住宅使用料": [(97.52, 18.36), (97.6, 19.0), (97.8, 20.0), (98.0, 21.0), (98.2, 22.0)],
      "生活保護費返還金": [(62.18, 4.12), (63.0, 4.5), (65.0, 5.0), (67.0, 5.5), (69.0, 6.0)],
      "学校給食費": [(99.41, 24.86), (99.45, 25.0), (99.5, 26.0), (99.5, 27.0), (99.6, 28.0)],
      "国民健康保険税": [(94.02, 22.38), (94.3, 23.0), (94.6, 24.0), (94.9, 25.0), (95.2, 26.0)],
      "介護保険料": [(99.36, 21.74), (99.4, 22.0), (99.45, 23.0), (99.5, 24.0), (99.5, 25.0)],
      "後期高齢者医療保険料": [(99.81, 52.16), (99.82, 53.0), (99.85, 54.0), (99.85, 55.0), (99.9, 56.0)]}
YRS = [("令和5年度", 2023, "actual", "決算"), ("令和6年度", 2024, "estimate", "見込"), ("令和7年度", 2025, "target", "目標"),
       ("令和8年度", 2026, "target", "目標"), ("令和9年度", 2027, "target", "目標")]
cws = [130] + [63] * 10 + [0.01]
cells = [(0, 0, 2, 0, "債権名", "c", HD, "G", False)]
for k, (yl, fy, b, bl) in enumerate(YRS):
    cells.append((0, 1 + 2 * k, 0, 2 + 2 * k, f"{yl}（{bl}）", "c", HD, "G", False))
    cells.append((1, 1 + 2 * k, 2, 1 + 2 * k, "現年度分", "c", HD, "G", False))
    cells.append((1, 2 + 2 * k, 2, 2 + 2 * k, "滞納繰越分", "c", HD, "G", False))
r = 3
for dn, vals in TG.items():
    cells.append((r, 0, r, 0, dn, "l", None, "M", False))
    for k, ((yl, fy, b, bl), (cv, av)) in enumerate(zip(YRS, vals)):
        cells.append((r, 1 + 2 * k, r, 1 + 2 * k, f"{cv:.2f}", "r", None, "M", False))
        cells.append((r, 2 + 2 * k, r, 2 + 2 * k, f"{av:.2f}", "r", None, "M", False))
        G.fact(P, dn, dn, fy, yl, "current", "collection_rate", b, cv, "percent", f"{cv:.2f}")
        G.fact(P, dn, dn, fy, yl, "arrears", "collection_rate", b, av, "percent", f"{av:.2f}")
    r += 1
cws = cws[:-1]
y = grid(p, 40, y + 5, cws, [16, 8, 8] + [16] * 8, cells, 8)
text(p, 40, y + 11, "※ 令和6年度は令和7年1月末の実績を基にした決算見込。目標値は各所管課の推進シートによる。", 7.5)
# 第1次計画の達成状況: years head rows, target vs actual with 達成率
y += 34
text(p, 40, y, "表４　第１次計画の目標達成状況（対象債権全体）", 9.5, "G")
FIRST = [("令和２年度", 2020, 95.20, 95.46, 1450000, 1412345), ("令和３年度", 2021, 95.60, 95.81, 1400000, 1386812),
         ("令和４年度", 2022, 96.00, prev_rate, 1350000, tot_out_r4)]
cws = [90, 80, 80, 70, 110, 110, 70]
hdr = ["年度", "目標収納率（％）", "実績収納率（％）", "達成率（％）", "収入未済額目標（千円）", "収入未済額実績（千円）", "達成率（％）"]
cells = [(0, j, 0, j, h, "c", HD, "G", False) for j, h in enumerate(hdr)]
for i, (yl, fy, tr, ar, to, ao) in enumerate(FIRST, 1):
    a1 = round(ar / tr * 100, 1); a2 = round(to / ao * 100, 1)
    row = [yl, f"{tr:.2f}", f"{ar:.2f}", f"{a1:.1f}", f"{to:,}", f"{ao:,}", f"{a2:.1f}"]
    cells += [(i, j, i, j, s, "c" if j == 0 else "r", None, "M", False) for j, s in enumerate(row)]
    G.fact(P, None, None, fy, yl, "total", "collection_rate", "target", tr, "percent", row[1])
    G.fact(P, None, None, fy, yl, "total", "collection_rate", "actual", ar, "percent", row[2])
    G.fact(P, None, None, fy, yl, "total", "achievement_rate", "actual", a1, "percent", row[3])
    G.fact(P, None, None, fy, yl, "total", "outstanding", "target", to * 1000, "yen", row[4])
    G.fact(P, None, None, fy, yl, "total", "outstanding", "actual", ao * 1000, "yen", row[5])
    G.fact(P, None, None, fy, yl, "total", "achievement_rate", "actual", a2, "percent", row[6])
y = grid(p, 40, y + 5, cws, [18] + [15] * 3, cells, 8)
text(p, 40, y + 11, "※ 収入未済額の達成率＝目標÷実績×100（小さいほど良い指標のため）。", 7.5)

# ------------------------------------------------------------------ p5, p6: 推進シート
SHEETS = [
    ("国民健康保険税", "国保年金課", "強制徴収公債権", 5,
     "令和５年度末の収入未済額は{o:,}千円で、前年度より{d:,}千円減少した。現年度分の収納率は{cr:.2f}％で県内平均を下回っており、"
     "納期内納付の促進が課題である。滞納繰越分は、財産調査後の処分が遅れる傾向がある。",
     [(2023, "令和5年度決算", "actual", 94.02, 22.38, None), (2024, "令和6年度見込", "estimate", 94.3, 23.0, 512000),
      (2025, "令和7年度目標", "target", 94.6, 24.0, 495000), (2026, "令和8年度目標", "target", 94.9, 25.0, 478000),
      (2027, "令和9年度目標", "target", 95.2, 26.0, 460000)],
     [("（１）現年度分の対策", [("ア", "納期限後20日以内に督促状を送付し、その後１か月以内に文書又は電話で催告する。", "継続"),
                             ("イ", "口座振替の新規申込みをキャッシュカードで受け付ける窓口端末を設置する。", "新規"),
                             ("ウ", "資格取得の届出時に口座振替の手続きを案内し、その場で受け付ける。", "拡充")]),
      ("（２）滞納繰越分の対策", [("ア", "財産調査を電子照会で一括して行い、判明した預貯金等は速やかに差し押さえる。", "拡充"),
                               ("イ", "滞納処分の執行停止の要件を満たす案件は、調査記録を整えたうえで停止を決定する。", "継続")])]),
    ("市営住宅使用料", "施設管理課", "私債権", 6,
     "令和５年度末の収入未済額は{o:,}千円（うち退去者分4,128千円）で、前年度より{d:,}千円減少した。"
     "現年度分の収納率は{cr:.2f}％であり、長期滞納者の明渡請求の判断基準を明確にする必要がある。",
     [(2023, "令和5年度決算", "actual", 97.52, 18.36, None), (2024, "令和6年度見込", "estimate", 97.6, 19.0, 6300),
      (2025, "令和7年度目標", "target", 97.8, 20.0, 6000), (2026, "令和8年度目標", "target", 98.0, 21.0, 5700),
      (2027, "令和9年度目標", "target", 98.2, 22.0, 5400)],
     [("（１）滞納の早期対応", [("ア", "家賃の滞納が２か月に達した入居者に、連帯保証人への通知と併せて面談を行う。", "継続"),
                             ("イ", "滞納が６か月を超えた入居者には、明渡請求の事前通知を送付する。", "新規")]),
      ("（２）退去者分の整理", [("ア", "退去者の滞納家賃は、支払督促の申立てにより債務名義を取得する。", "継続"),
                             ("イ", "所在不明等で回収の見込みがない債権は、条例に基づき放棄を検討する。", None)])]),
]
for dn, dept, kind, P, situ, targets, items in SHEETS:
    p = newpage(); chrome(p, P)
    y = heading(p, 45, 62, "５　債権ごとの取組（推進シート）" if P == 5 else "５　債権ごとの取組（推進シート）（続き）")
    cells = [(0, 0, 0, 0, "債権名", "c", HD, "G", False), (0, 1, 0, 1, dn, "l", None, "G", False),
             (0, 2, 0, 2, "所管課", "c", HD, "G", False), (0, 3, 0, 3, dept, "l", None, "M", False),
             (0, 4, 0, 4, "債権区分", "c", HD, "G", False), (0, 5, 0, 5, kind, "l", None, "M", False)]
    y = grid(p, 45, y, [60, 120, 55, 90, 55, 125], [20], cells, 9)
    d = [x for x in DEBTS if x[0] == dn][0]
    o = OUT[dn]; dd = HIST[dn][3] - o
    cr = targets[0][3]
    st = situ.format(o=o, d=dd, cr=cr)
    # 現状と課題 (paragraph cell) beside plain figure cells
    cells = [(0, 0, 0, 0, "現状と課題", "c", HD, "G", False), (0, 1, 0, 1, "令和５年度決算", "c", HD, "G", False),
             (1, 0, 4, 0, st, "l", None, "M", False),
             (1, 1, 1, 1, f"調定額　{d[5]:,}千円", "l", None, "M", False),
             (2, 1, 2, 1, f"収入済額　{d[6]:,}千円", "l", None, "M", False),
             (3, 1, 3, 1, f"不納欠損額　{d[7]:,}千円", "l", None, "M", False),
             (4, 1, 4, 1, f"収入未済額　{o:,}千円", "l", None, "M", False)]
    y = grid(p, 45, y + 8, [345, 160], [18, 20, 20, 20, 20], cells, 8.5)
    G.fact(P, dn, dn, 2023, "令和５年度末", "total", "outstanding", "actual", o * 1000, "yen", f"{o:,}千円")
    G.fact(P, dn, dn, 2023, "令和５年度末", "total", "difference", "actual", -dd * 1000, "yen", f"{dd:,}千円")
    G.fact(P, dn, dn, 2023, "令和５年度", "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}％")
    if dn == "市営住宅使用料":
        G.fact(P, "市営住宅使用料", "退去者分", 2023, "令和５年度末", "total", "outstanding", "actual", 4128000, "yen", "4,128千円")
    for met, v in (("assessed", d[5]), ("collected", d[6]), ("written_off", d[7]), ("outstanding", o)):
        G.fact(P, dn, dn, 2023, "令和５年度決算", "total", met, "actual", v * 1000, "yen", f"{v:,}千円")
    # target table: years as columns, metric in row header
    y += 16
    text(p, 45, y, "目標（収納率：％、収入未済額：千円）", 9, "G")
    cells = [(0, 0, 0, 0, "区分", "c", HD, "G", False)]
    for k, (fy, yl, b, cv, av, ov) in enumerate(targets):
        cells.append((0, 1 + k, 0, 1 + k, yl, "c", HD, "G", False))
        cells.append((1, 1 + k, 1, 1 + k, f"{cv:.2f}", "r", None, "M", False))
        cells.append((2, 1 + k, 2, 1 + k, f"{av:.2f}", "r", None, "M", False))
        ovv = o if ov is None else ov
        cells.append((3, 1 + k, 3, 1 + k, f"{ovv:,}", "r", None, "M", False))
        G.fact(P, dn, dn, fy, yl, "current", "collection_rate", b, cv, "percent", f"{cv:.2f}")
        G.fact(P, dn, dn, fy, yl, "arrears", "collection_rate", b, av, "percent", f"{av:.2f}")
        G.fact(P, dn, dn, fy, yl, "total", "outstanding", b, ovv * 1000, "yen", f"{ovv:,}")
    cells += [(1, 0, 1, 0, "現年度分収納率", "l", None, "M", False), (2, 0, 2, 0, "滞納繰越分収納率", "l", None, "M", False),
              (3, 0, 3, 0, "収入未済額", "l", None, "M", False)]
    y = grid(p, 45, y + 5, [105, 80, 80, 80, 80, 80], [18, 16, 16, 16], cells, 8.5)
    y += 20
    text(p, 45, y, "取組内容", 10.5, "G"); y += 16
    for sec_t, its in items:
        text(p, 55, y, sec_t, 9.5, "G"); y += 15
        for lab, t, stt in its:
            line = f"{lab}　{t}" + (f"【{stt}】" if stt else "")
            y = para(p, 70, y, line, 440, 9.5, indent=False) + 2
            G.init(P, dn, 2025, sec_t.split("）")[-1], sec_t[:3] + lab, t, stt)
        y += 4

# ------------------------------------------------------------------ p7 参考資料
p = newpage(); chrome(p, 7); P = 7
y = heading(p, 45, 62, "参考資料　対象債権一覧（令和５年度末現在）")
YEN = {"市税": 621775412, "保育所保育料": 9404216, "市営住宅使用料": 6650388, "生活保護費返還金": 90629874,
       "学校給食費": 6622950, "国民健康保険税": 525444730, "介護保険料": 26106120, "後期高齢者医療保険料": 4089704}
cws = [110, 75, 120, 35, 140]
hdr = ["債権名", "所管課", "根拠法令", "区分", "収入未済額（円）"]
cells = [(0, j, 0, j, h, "c", HD, "G", False) for j, h in enumerate(hdr)]
for i, d in enumerate(DEBTS, 1):
    dn, acct, dept, law, kb = d[:5]
    assert round(YEN[dn] / 1000) == OUT[dn], dn
    row = [dn, dept, law, kb, f"{YEN[dn]:,}"]
    cells += [(i, j, i, j, s, "r" if j == 4 else ("c" if j == 3 else "l"), (0.96, 0.96, 0.96) if i % 2 == 0 else None, "M", False) for j, s in enumerate(row)]
    G.fact(P, dn, dn, 2023, "令和５年度末", "total", "outstanding", "actual", YEN[dn], "yen", f"{YEN[dn]:,}")
y = grid(p, 45, y, cws, [18] + [16] * len(DEBTS), cells, 8.5)
text(p, 45, y + 11, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 7.5)
y += 40
text(p, 45, y, "地区別　市税の収納状況（令和５年度決算）", 9.5, "G"); text(p, 470, y, "単位：千円", 8)
DIST = [("神栖地区", 16842310, 16402155), ("波崎地区", 7744110, 7510150)]
assert sum(x[1] for x in DIST) == DEBTS[0][5] and sum(x[2] for x in DIST) == DEBTS[0][6]
cws = [110, 110, 110, 100]
cells = [(0, j, 0, j, h, "c", HD, "G", False) for j, h in enumerate(["地区", "調定額", "収入済額", "収納率（％）"])]
for i, (ar, a_, c_) in enumerate(DIST, 1):
    row = [ar, f"{a_:,}", f"{c_:,}", f"{rate(c_, a_):.2f}"]
    cells += [(i, j, i, j, s, "l" if j == 0 else "r", None, "M", False) for j, s in enumerate(row)]
    G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", a_ * 1000, "yen", row[1], area=ar)
    G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collected", "actual", c_ * 1000, "yen", row[2], area=ar)
    G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", rate(c_, a_), "percent", row[3], area=ar)
a_, c_ = DEBTS[0][5], DEBTS[0][6]
row = ["計", f"{a_:,}", f"{c_:,}", f"{rate(c_, a_):.2f}"]
cells += [(3, j, 3, j, s, "c" if j == 0 else "r", SUB, "G", False) for j, s in enumerate(row)]
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", a_ * 1000, "yen", row[1])
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collected", "actual", c_ * 1000, "yen", row[2])
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", rate(c_, a_), "percent", row[3])
y = grid(p, 45, y + 5, cws, [18, 16, 16, 16], cells, 8.5)
text(p, 45, y + 11, "出典：神栖市 市税等収納状況調（令和５年度決算）", 7.5)

pdf = os.path.join(ROOT, "pdf", STEM + ".pdf")
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
doc.close()
gp = G.write(pdf)
print(check(pdf, gp))
