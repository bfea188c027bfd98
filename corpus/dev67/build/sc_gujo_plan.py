"""sc_gujo_plan_1: 債権管理計画 (令和7～9年度) of a city; drawn directly with PyMuPDF."""
import sys, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from sc_common import Gold, zen, comma, rate, pct
import pymupdf

STEM = "sc_gujo_plan_1"
CITY = "郡上市"
TITLE = "郡上市債権管理計画（令和7年度～令和9年度）"
g = Gold()
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = pymupdf.Font(fontfile=GF), pymupdf.Font(fontfile=MF)
doc = pymupdf.open()
PN = [0]


def newpage(landscape=False, header=True):
    pg = doc.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    pg.insert_font(fontname="G", fontfile=GF); pg.insert_font(fontname="M", fontfile=MF)
    PN[0] += 1
    if header:
        w = pg.rect.width
        t(pg, w - 40, 28, "郡上市債権管理計画（令和7年度～令和9年度）", 7.5, "G", "r")
        pg.draw_line((40, 33), (w - 40, 33), color=(0.4, 0.4, 0.4), width=0.5)
        t(pg, w / 2, pg.rect.height - 22, f"- {PN[0]} -", 9, "M", "c")
    return pg


def t(pg, x, y, s, size=10, font="M", align="l", rotate=0):
    f = FG if font == "G" else FM
    w = f.text_length(s, fontsize=size)
    if align == "r": x -= w
    elif align == "c": x -= w / 2
    pg.insert_text((x, y), s, fontsize=size, fontname=font, rotate=rotate)
    return w


def wrap(pg, x, y, s, width, size=10, font="M", lh=1.6, indent=0):
    f = FG if font == "G" else FM
    line, first = "", True
    for ch in s:
        lim = width - (indent if first else 0)
        if f.text_length(line + ch, fontsize=size) > lim:
            t(pg, x + (indent if first else 0), y, line, size, font); y += size * lh; line = ch; first = False
        else:
            line += ch
    if line:
        t(pg, x + (indent if first else 0), y, line, size, font); y += size * lh
    return y


def cell(pg, x0, y0, x1, y1, s="", size=8, font="M", align="c", fill=None, border=True, lines=None):
    r = pymupdf.Rect(x0, y0, x1, y1)
    if fill: pg.draw_rect(r, color=None, fill=fill)
    if border: pg.draw_rect(r, color=(0, 0, 0), width=0.5)
    ls = lines if lines is not None else ([s] if s != "" else [])
    n = len(ls); cy = (y0 + y1) / 2 - (n - 1) * size * 0.6 + size * 0.35
    for k, L in enumerate(ls):
        yy = cy + k * size * 1.2
        if align == "r": t(pg, x1 - 3, yy, L, size, font, "r")
        elif align == "l": t(pg, x0 + 3, yy, L, size, font)
        else: t(pg, (x0 + x1) / 2, yy, L, size, font, "c")


def h2(pg, x, y, s):
    pg.draw_rect(pymupdf.Rect(x, y - 11, x + 4, y + 2), color=None, fill=(0.15, 0.35, 0.25))
    t(pg, x + 8, y, s, 12, "G")
    return y + 20


HF = (0.85, 0.91, 0.87)
# ------------------------------------------------------------------ data R5 (0.1百万円 units)
ACC = [("一般会計", [("市税", "税務課", 72453, 70628, 184), ("保育料", "子育て支援課", 3126, 3059, 8),
                     ("市営住宅使用料", "建築住宅課", 984, 902, 11), ("生活保護費返還金", "社会福祉課", 247, 98, 6)]),
       ("国民健康保険事業特別会計", [("国民健康保険税", "税務課", 15328, 13824, 123)]),
       ("介護保険事業特別会計", [("介護保険料", "高齢福祉課", 11045, 10921, 22)]),
       ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "保険年金課", 6023, 6004, 3)]),
       ("下水道事業会計", [("下水道使用料", "下水道課", 8452, 8361, 9)])]
OUT5 = {}
for acc, ds in ACC:
    for d, dept, a, c, w in ds:
        OUT5[d] = a - c - w

# ------------------------------------------------------------------ p1 cover
pg = newpage(header=False)
t(pg, 297, 300, "郡上市債権管理計画", 26, "G", "c")
t(pg, 297, 340, "令和7年度～令和9年度", 15, "G", "c")
t(pg, 297, 640, "令和7年3月", 13, "M", "c")
t(pg, 297, 670, "郡　上　市", 15, "G", "c")
pg.draw_rect(pymupdf.Rect(90, 250, 505, 360), color=(0.15, 0.35, 0.25), width=1.5)

# ------------------------------------------------------------------ p2 目次 + 趣旨
pg = newpage()
t(pg, 297, 70, "目　　次", 14, "G", "c")
toc = [("１　計画の趣旨", 2), ("２　債権の現状", 3), ("３　収入未済額の推移", 4), ("４　市税・国民健康保険税の状況", 5),
       ("５　数値目標", 6), ("６　債権ごとの取組み（推進シート）", 7), ("参考資料　市の債権一覧", 8)]
y = 100
for s, n in toc:
    t(pg, 110, y, s, 10.5); t(pg, 485, y, str(n), 10.5, "M", "r")
    pg.draw_line((110 + FM.text_length(s, fontsize=10.5) + 6, y - 3), (470, y - 3), color=(0.5, 0.5, 0.5), width=0.4, dashes="[1 2] 0")
    y += 20
y = h2(pg, 50, y + 25, "１　計画の趣旨")
y = wrap(pg, 55, y, "本市では、平成29（2017）年度に郡上市債権管理条例を制定し、全庁的な債権管理の統一と適正化を進めてきた。"
         "第2期計画（令和4年度～令和6年度）の期間中、市税をはじめとする主要債権の収納率は上昇したものの、"
         "国民健康保険税や市営住宅使用料では滞納繰越分の収入未済額が依然として大きい。", 485, 10, indent=10)
y = wrap(pg, 55, y + 4, "このため、第2期計画の検証を踏まえ、令和7（2025）年度から令和9（2027）年度までの3か年を計画期間とする"
         "第3期の債権管理計画を策定し、債権ごとの数値目標と具体的な取組みを定めるものである。", 485, 10, indent=10)
y = h2(pg, 50, y + 18, "計画期間")
y = wrap(pg, 55, y, "令和7（2025）年度から令和9（2027）年度までの3年間", 485, 10, indent=10)

# ------------------------------------------------------------------ p3 現状 (会計 outer header)
pg = newpage(); P = PN[0]
y = h2(pg, 50, 65, "２　債権の現状")
t(pg, 55, y, "表1　会計別・債権別の収入状況（令和5年度決算）", 10, "G")
t(pg, 545, y, "（単位：百万円、％）", 8, "M", "r")
X = [45, 115, 195, 258, 313, 368, 418, 473, 550]
y0 = y + 6; rh = 17
hdr = ["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
for k, h in enumerate(hdr):
    cell(pg, X[k], y0, X[k + 1], y0 + rh + 4, h, 8, "G", fill=HF)
yy = y0 + rh + 4
tot = [0, 0, 0]
FYR = "令和5年度"


def m1(v):
    return f"{v / 10:,.1f}"


def frow(pg, y, debt, raw_debt, a, c, w, label_cols, P, bold=False, h=None):
    h = h or rh
    o = a - c - w
    font = "G" if bold else "M"
    vals = [g.f(P, debt, raw_debt, 2023, FYR, "total", "assessed", "actual", a * 100000, "yen", m1(a)),
            g.f(P, debt, raw_debt, 2023, FYR, "total", "collected", "actual", c * 100000, "yen", m1(c)),
            g.f(P, debt, raw_debt, 2023, FYR, "total", "written_off", "actual", w * 100000, "yen", m1(w)),
            g.f(P, debt, raw_debt, 2023, FYR, "total", "outstanding", "actual", o * 100000, "yen", m1(o)),
            g.f(P, debt, raw_debt, 2023, FYR, "total", "collection_rate", "actual", rate(c, a), "percent", pct(rate(c, a)))]
    for k, v in enumerate(vals):
        cell(pg, X[3 + k], y, X[4 + k], y + h, v, 8, font, "r")


spec_sum = [0, 0, 0]
for acc, ds in ACC:
    n = len(ds)
    h = rh if n > 1 else 26
    cell(pg, X[0], yy, X[1], yy + h * n, "", 7.5, lines=[acc[i:i + 8] for i in range(0, len(acc), 8)])
    asum = [0, 0, 0]
    for d, dept, a, c, w in ds:
        cell(pg, X[1], yy, X[2], yy + h, d if len(d) < 9 else "", 7.5, "M", "l",
             lines=None if len(d) < 9 else [d[:6], d[6:]])
        cell(pg, X[2], yy, X[3], yy + h, dept, 7.5, "M", "l")
        frow(pg, yy, d, d, a, c, w, None, P, h=h)
        asum = [asum[0] + a, asum[1] + c, asum[2] + w]
        yy += h
    if acc == "一般会計":
        cell(pg, X[1], yy, X[3], yy + rh, "一般会計計", 8, "G", fill=(0.95, 0.95, 0.95))
        frow(pg, yy, None, "一般会計計", *asum, None, P, bold=True); yy += rh
    else:
        spec_sum = [spec_sum[i] + asum[i] for i in range(3)]
    tot = [tot[i] + asum[i] for i in range(3)]
cell(pg, X[0], yy, X[3], yy + rh, "特別会計等計", 8, "G", fill=(0.95, 0.95, 0.95))
frow(pg, yy, None, "特別会計等計", *spec_sum, None, P, bold=True); yy += rh
cell(pg, X[0], yy, X[3], yy + rh, "総計", 8, "G", fill=HF)
frow(pg, yy, None, "総計", *tot, None, P, bold=True); yy += rh
t(pg, 48, yy + 12, "※ 表示単位未満を四捨五入しているため、合計が一致しない場合がある。", 7.5)
TOT_OUT = tot[0] - tot[1] - tot[2]  # 0.1百万円
oy = TOT_OUT * 100000
o_ok, o_man = divmod(oy // 10000, 10000)
raw1 = f"約{o_ok}億{o_man:,}万円"
y = yy + 38
txt = (f"令和5年度末の収入未済額は総計で{raw1}であり、このうち市税と国民健康保険税で全体の約8割を占めている。"
       f"不納欠損額は総計{m1(tot[2])}百万円で、その多くは執行停止後3年を経過したものである。")
g.f(P, None, "総計", 2023, "令和5年度末", "total", "outstanding", "actual", oy, "yen", raw1)
g.f(P, None, "総計", 2023, "令和5年度", "total", "written_off", "actual", tot[2] * 100000, "yen", m1(tot[2]) + "百万円")
y = wrap(pg, 55, y, txt, 485, 10, indent=10)

# ------------------------------------------------------------------ p4 landscape trend (年度 descending)
pg = newpage(landscape=True); P = PN[0]
y = h2(pg, 45, 65, "３　収入未済額の推移")
t(pg, 50, y, "表2　債権別 収入未済額の推移（決算）", 10, "G"); t(pg, 797, y, "単位：千円", 8, "M", "r")
random.seed(7)
DEBTS = [d for acc, ds in ACC for d, *_ in ds]
YRS = [(2023, "令和5年度"), (2022, "令和4年度"), (2021, "令和3年度"), (2020, "令和2年度"), (2019, "令和元年度")]
TR = {}
for d in DEBTS:
    v5 = OUT5[d] * 100 + random.randint(-40, 40)
    seq = [v5]
    for k in range(4):
        seq.append(int(seq[-1] * random.uniform(1.01, 1.09)))
    TR[d] = seq  # R5..R1
TR["国民健康保険税"][1] = TR["国民健康保険税"][0] + 9412
cols = ["債権名"] + [r for _, r in YRS] + ["5年平均", "増減額（R5－R1）", "増減率（％）"]
XL = [45, 165, 240, 315, 390, 465, 540, 615, 705, 797]
y0 = y + 8
pg.draw_line((XL[0], y0), (XL[-1], y0), width=1.0)
for k, c in enumerate(cols):
    cell(pg, XL[k], y0, XL[k + 1], y0 + 20, c, 8.5, "G", border=False)
pg.draw_line((XL[0], y0 + 20), (XL[-1], y0 + 20), width=0.6)
yy = y0 + 20
sums = [0] * 5
for i, d in enumerate(DEBTS + ["合計"]):
    if d == "合計":
        seq = sums; debt = None
        pg.draw_line((XL[0], yy), (XL[-1], yy), width=0.6)
    else:
        seq = TR[d]; debt = d; sums = [sums[k] + seq[k] for k in range(5)]
    cell(pg, XL[0], yy, XL[1], yy + 18, d, 8.5, "G" if debt is None else "M", "l", border=False)
    for k, (fy, fyr) in enumerate(YRS):
        cell(pg, XL[1 + k], yy, XL[2 + k], yy + 18, g.f(P, debt, d, fy, fyr, "total", "outstanding", "actual", seq[k] * 1000, "yen", comma(seq[k])), 8.5, "M", "r", border=False)
    avg = round(sum(seq) / 5)
    cell(pg, XL[6], yy, XL[7], yy + 18, g.f(P, debt, d, None, "5年平均", "total", "outstanding_average", "actual", avg * 1000, "yen", comma(avg)), 8.5, "M", "r", border=False)
    dd = seq[0] - seq[4]
    cell(pg, XL[7], yy, XL[8], yy + 18, g.f(P, debt, d, 2023, "R5－R1", "total", "difference", "actual", dd * 1000, "yen", comma(dd)), 8.5, "M", "r", border=False)
    rr = round(dd / seq[4] * 100, 1)
    s = ("△" if rr < 0 else "") + f"{abs(rr):.1f}"
    cell(pg, XL[8], yy, XL[9], yy + 18, g.f(P, debt, d, 2023, "R5－R1", "total", "change_rate", "actual", rr, "percent", s), 8.5, "M", "r", border=False)
    yy += 18
pg.draw_line((XL[0], yy), (XL[-1], yy), width=1.0)
t(pg, 50, yy + 14, "※ 5年平均は令和元年度から令和5年度までの単純平均。増減率は令和元年度に対する令和5年度の増減の割合。△は減少。", 7.5)
t(pg, 50, yy + 26, "出典：郡上市各会計歳入歳出決算書", 7.5)

# ------------------------------------------------------------------ p5 two columns + districts
pg = newpage(); P = PN[0]
y = h2(pg, 50, 65, "４　市税・国民健康保険税の状況")
TAXC = (7011.2, 7000.7); TAXA = (234.1, 62.1)  # 百万円 current a/c, arrears a/c (sum = 表1)
tcr = rate(TAXC[1], TAXC[0]); tar = rate(TAXA[1], TAXA[0], 1)
kn = TR["国民健康保険税"]
L = (f"市税の令和5年度の収納率は、現年度分が{pct(tcr)}％、滞納繰越分が{tar:.1f}％となった。現年度分は前年度比0.18ポイント上昇し、"
     f"口座振替とスマートフォン決済の利用拡大が寄与している。滞納繰越分の収入未済額は地域ごとに差があり、"
     f"八幡地域と白鳥地域で全体の半分以上を占める。")
g.f(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "actual", tcr, "percent", pct(tcr) + "％")
g.f(P, "市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", tar, "percent", f"{tar:.1f}％")
g.f(P, "市税", "市税", 2023, "令和5年度", "current", "difference", "actual", 0.18, "points", "0.18ポイント")
Rt = (f"国民健康保険税の令和5年度末の収入未済額は{comma(kn[0])}千円で、前年度から{comma(kn[1] - kn[0])}千円減少した。"
      f"一方で、被保険者の高齢化と所得の減少により現年度分の収納率は伸び悩んでおり、"
      f"納付相談を通じた分納の履行管理が課題である。")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "actual", kn[0] * 1000, "yen", comma(kn[0]) + "千円")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "difference", "actual", -(kn[1] - kn[0]) * 1000, "yen", comma(kn[1] - kn[0]) + "千円")
ya = wrap(pg, 55, y, L, 232, 9.5, indent=9.5)
yb = wrap(pg, 313, y, Rt, 232, 9.5, indent=9.5)
pg.draw_line((297, y - 10), (297, max(ya, yb)), color=(0.6, 0.6, 0.6), width=0.4)
y = max(ya, yb) + 16
t(pg, 55, y, "表3　地域別 市税（滞納繰越分）の状況（令和5年度末）", 10, "G")
AREAS = [("八幡", 61240, 412), ("大和", 18315, 133), ("白鳥", 38906, 268), ("高鷲", 12477, 91),
         ("美並", 15032, 104), ("明宝", 4118, 27), ("和良", 3512, 22)]
X3 = [55, 155, 255, 355]
y0 = y + 8
for k, h in enumerate(["地域", "収入未済額（千円）", "滞納者数（人）"]):
    cell(pg, X3[k], y0, X3[k + 1], y0 + 18, h, 8.5, "G", fill=HF)
yy = y0 + 18
for k, (ar, o, n) in enumerate(AREAS + [("計", sum(a[1] for a in AREAS), sum(a[2] for a in AREAS))]):
    area = None if ar == "計" else ar
    fill = (0.95, 0.95, 0.95) if k % 2 else None
    cell(pg, X3[0], yy, X3[1], yy + 16, ar, 8.5, "M", "c", fill=fill)
    cell(pg, X3[1], yy, X3[2], yy + 16, g.f(P, "市税", "市税", 2023, "令和5年度末", "arrears", "outstanding", "actual", o * 1000, "yen", comma(o), area=area), 8.5, "M", "r", fill=fill)
    cell(pg, X3[2], yy, X3[3], yy + 16, g.f(P, "市税", "市税", 2023, "令和5年度末", "arrears", "delinquents", "actual", n, "persons", comma(n), area=area), 8.5, "M", "r", fill=fill)
    yy += 16
t(pg, 55, yy + 12, "※ 地域は納税義務者の住所地による。", 7.5)

# ------------------------------------------------------------------ p6 数値目標 (years head rows)
pg = newpage(); P = PN[0]
y = h2(pg, 50, 65, "５　数値目標")
t(pg, 55, y, "表4　第2期計画の目標と実績（収納率・現年度分と滞納繰越分の合計）", 10, "G"); t(pg, 545, y, "（単位：％）", 8, "M", "r")
TG = {  # debt: [(fy, target, result, basis)]
    "市税": [(2022, 97.20, 97.31, "actual"), (2023, 97.40, rate(70628, 72453), "actual"), (2024, 97.60, 97.55, "estimate")],
    "国民健康保険税": [(2022, 89.50, 88.92, "actual"), (2023, 90.00, rate(13824, 15328), "actual"), (2024, 90.50, 90.21, "estimate")],
    "介護保険料": [(2022, 98.60, 98.71, "actual"), (2023, 98.70, rate(10921, 11045), "actual"), (2024, 98.80, 98.84, "estimate")],
    "保育料": [(2022, 97.50, 97.62, "actual"), (2023, 97.80, rate(3059, 3126), "actual"), (2024, 98.00, 97.96, "estimate")],
}
DS = list(TG)
X4 = [55, 150, 215, 297, 379, 461, 543]
y0 = y + 8
cell(pg, X4[0], y0, X4[2], y0 + 20, "年度・区分", 8.5, "G", fill=HF)
for k, d in enumerate(DS):
    cell(pg, X4[2 + k], y0, X4[3 + k], y0 + 20, d, 8.5, "G", fill=HF)
yy = y0 + 20
for j, (fy, fyr) in enumerate(((2022, "令和4（2022）年度"), (2023, "令和5（2023）年度"), (2024, "令和6（2024）年度"))):
    cell(pg, X4[0], yy, X4[1], yy + 48, fyr, 8)
    basis = TG["市税"][j][3]
    for r, lab in enumerate(("目標", "実績" if basis == "actual" else "実績見込", "達成率")):
        cell(pg, X4[1], yy + r * 16, X4[2], yy + r * 16 + 16, lab, 8)
        for k, d in enumerate(DS):
            _, tv, rv, bs = TG[d][j]
            if r == 0:
                s = g.f(P, d, d, fy, fyr, "total", "collection_rate", "target", tv, "percent", pct(tv))
            elif r == 1:
                s = g.f(P, d, d, fy, fyr, "total", "collection_rate", bs, rv, "percent", pct(rv))
            else:
                av = round(rv / tv * 100, 1)
                s = g.f(P, d, d, fy, fyr, "total", "achievement_rate", bs, av, "percent", f"{av:.1f}")
            cell(pg, X4[2 + k], yy + r * 16, X4[3 + k], yy + r * 16 + 16, s, 8, "M", "r")
    yy += 48
t(pg, 58, yy + 12, "※ 達成率＝実績÷目標×100。令和6年度は決算見込による。", 7.5)
y = yy + 36
t(pg, 55, y, "表5　第3期計画の数値目標", 10, "G")
NT = {"市税": (97.70, 97.80, 97.90), "国民健康保険税": (90.70, 91.00, 91.30), "介護保険料": (98.90, 98.95, 99.00), "保育料": (98.10, 98.20, 98.30)}
y0 = y + 8
cell(pg, X4[0], y0, X4[2], y0 + 20, "年度", 8.5, "G", fill=HF)
for k, d in enumerate(DS):
    cell(pg, X4[2 + k], y0, X4[3 + k], y0 + 20, f"{d}（％）", 8, "G", fill=HF)
yy = y0 + 20
for j, (fy, fyr) in enumerate(((2025, "R7"), (2026, "R8"), (2027, "R9"))):
    cell(pg, X4[0], yy, X4[2], yy + 16, fyr + "目標", 8)
    for k, d in enumerate(DS):
        cell(pg, X4[2 + k], yy, X4[3 + k], yy + 16, g.f(P, d, d, fy, fyr, "total", "collection_rate", "target", NT[d][j], "percent", pct(NT[d][j])), 8, "M", "r")
    yy += 16
y = yy + 22
O6, O9 = 5982, 5200
pg.draw_rect(pymupdf.Rect(55, y, 545, y + 62), color=(0, 0, 0), width=0.7)
t(pg, 62, y + 15, "【参考】", 9.5, "G")
t(pg, 68, y + 31, "・令和6年度末収入未済額見込（総計）：" + g.f(P, None, "総計", 2024, "令和6年度末", "total", "outstanding", "estimate", O6 * 100000, "yen", f"{O6 / 10:.1f}百万円"), 9)
t(pg, 68, y + 47, "・令和9年度末の収入未済額目標（総計）：" + g.f(P, None, "総計", 2027, "令和9年度末", "total", "outstanding", "target", O9 * 100000, "yen", f"{O9 / 10:.1f}百万円"), 9)

# ------------------------------------------------------------------ p7 推進シート 国保
pg = newpage(); P = PN[0]
SEC = "債権ごとの取組み（推進シート）"
y = h2(pg, 50, 65, "６　" + SEC)
y0 = y
Xk = [55, 115, 260, 320, 545]
for k, s in enumerate(["債権名", "国民健康保険税", "所管課", "税務課"]):
    cell(pg, Xk[k], y0, Xk[k + 1], y0 + 18, s, 9, "G" if k % 2 == 0 else "M", "c" if k % 2 == 0 else "l", fill=HF if k % 2 == 0 else None)
for k, s in enumerate(["債権区分", "強制徴収公債権", "根拠法令", "地方税法"]):
    cell(pg, Xk[k], y0 + 18, Xk[k + 1], y0 + 36, s, 9, "G" if k % 2 == 0 else "M", "c" if k % 2 == 0 else "l", fill=HF if k % 2 == 0 else None)
y = y0 + 36
# 現状と課題 (vertical header)
hh = 92
cell(pg, 55, y, 80, y + hh, "", fill=HF)
for k, ch in enumerate("現状と課題"):
    t(pg, 67.5, y + 20 + k * 13, ch, 9, "G", "c")
pg.draw_rect(pymupdf.Rect(80, y, 545, y + hh), color=(0, 0, 0), width=0.5)
arr5 = 105872
para = (f"令和5年度末の収入未済額は{comma(kn[0])}千円で、前年度より{comma(kn[1] - kn[0])}千円減少した。"
        f"このうち滞納繰越分は{comma(arr5)}千円で、5年以上経過した案件が約4割を占める。"
        "現年度分の滞納を翌年度に繰り越さないよう、初期段階での接触と納付相談を強化する必要がある。")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "actual", kn[0] * 1000, "yen", comma(kn[0]) + "千円")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "difference", "actual", -(kn[1] - kn[0]) * 1000, "yen", comma(kn[1] - kn[0]) + "千円")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "arrears", "outstanding", "actual", arr5 * 1000, "yen", comma(arr5) + "千円")
wrap(pg, 85, y + 16, para, 452, 9, lh=1.55, indent=9)
y += hh
# 目標 (vertical header) with small grid
hh = 54
cell(pg, 55, y, 80, y + hh, "", fill=HF)
for k, ch in enumerate("目標"):
    t(pg, 67.5, y + 22 + k * 13, ch, 9, "G", "c")
G5 = [80, 180, 235, 290, 345, 400]
heads = ["区分", "R5実績", "R7", "R8", "R9"]
for k, h in enumerate(heads):
    cell(pg, G5[k], y, G5[k + 1], y + 18, h, 8.5, "G")
cell(pg, 400, y, 545, y + hh, "")
KG = {"current": ("現年度分（％）", 90.12, (94.20, 94.40, 94.60)), "arrears": ("滞納繰越分（％）", 16.8, (18.5, 19.0, 19.5))}
for r, (seg, (lab, r5, tg)) in enumerate(KG.items()):
    yy = y + 18 + r * 18
    cell(pg, G5[0], yy, G5[1], yy + 18, lab, 8.5)
    nd = 2 if seg == "current" else 1
    cell(pg, G5[1], yy, G5[2], yy + 18, g.f(P, "国民健康保険税", "国民健康保険税", 2023, "R5実績", seg, "collection_rate", "actual", r5, "percent", f"{r5:.{nd}f}"), 8.5, "M", "r")
    for k, (fy, fyr) in enumerate(((2025, "R7"), (2026, "R8"), (2027, "R9"))):
        cell(pg, G5[2 + k], yy, G5[3 + k], yy + 18, g.f(P, "国民健康保険税", "国民健康保険税", fy, fyr, seg, "collection_rate", "target", tg[k], "percent", f"{tg[k]:.{nd}f}"), 8.5, "M", "r")
y += hh
# 取組 memo numbering
hh = 190
cell(pg, 55, y, 80, y + hh, "", fill=HF)
for k, ch in enumerate("具体的な取組み"):
    t(pg, 67.5, y + 30 + k * 13, ch, 9, "G", "c")
pg.draw_rect(pymupdf.Rect(80, y, 545, y + hh), color=(0, 0, 0), width=0.5)
yy = y + 16
ITEMS = [
    ("１", "早期の納付勧奨", None, None),
    ("（１）", "納期限後30日を経過した現年度分の滞納者に対し、電話と文書による催告を行う。", "継続", "１（１）"),
    ("（２）", "口座振替の勧奨", None, None),
    ("ア", "国民健康保険加入手続の際に、窓口で口座振替の申込みを受け付ける。", "継続", "１（２）ア"),
    ("(ｱ)", "キャッシュカードによるペイジー口座振替受付を税務課窓口に導入する。", "新規", "１（２）ア(ｱ)"),
    ("イ", "納付書払いの世帯に、口座振替の案内を年2回送付する。", "拡充", "１（２）イ"),
    ("２", "滞納処分の強化", None, None),
    ("（１）", "財産調査を滞納初期から行い、預貯金・給与・生命保険等の差押えを執行する。", "拡充", "２（１）"),
    ("（２）", "分納誓約の不履行者には、履行督促を経て速やかに滞納処分へ移行する。", "継続", "２（２）"),
    ("（３）", "生活困窮が明らかな滞納者には、福祉部門と連携して執行停止を適正に判断する。", None, "２（３）"),
]
for lab, txt, stt, full in ITEMS:
    ind = {"１": 0, "２": 0, "（１）": 12, "（２）": 12, "（３）": 12, "ア": 26, "イ": 26, "(ｱ)": 38}[lab]
    s = f"{lab}　{txt}" + (f"【{stt}】" if stt else "")
    font = "G" if full is None else "M"
    yy = wrap(pg, 88 + ind, yy, s, 450 - ind, 9, font, lh=1.55) + 3
    if full:
        g.i(P, "国民健康保険税", 2025, SEC, full, txt, stt)

# ------------------------------------------------------------------ p8 住宅 + 参考資料
pg = newpage(); P = PN[0]
SEC2 = "債権ごとの取組み（市営住宅使用料）"
y = h2(pg, 50, 65, "７　" + SEC2)
JI = [("①", "入居時に口座振替の登録を原則とし、納付忘れによる滞納を防ぐ。", "継続"),
      ("②", "滞納3か月で連帯保証人に通知し、同時に納付相談の機会を設ける。", "継続"),
      ("③", "長期滞納者に対しては、明渡し請求訴訟を含めた法的措置を計画的に実施する。", "拡充"),
      ("④", "退去者の滞納分は、債権回収の専門事業者への委託を試行する。", "新規")]
for lab, txt, stt in JI:
    y = wrap(pg, 60, y, f"{lab}　{txt}【{stt}】", 480, 9.5, lh=1.55) + 2
    g.i(P, "市営住宅使用料", 2025, SEC2, lab, txt, stt)
y += 16
y = h2(pg, 50, y, "参考資料　市の債権一覧")
t(pg, 545, y - 6, "（収入未済額：令和5年度末、千円）", 8, "M", "r")
KIND = [("強制徴収公債権", [("市税", "税務課", "地方税法", "強"), ("国民健康保険税", "税務課", "地方税法", "強"),
                           ("介護保険料", "高齢福祉課", "介護保険法", "強"), ("後期高齢者医療保険料", "保険年金課", "高齢者医療確保法", "強"),
                           ("保育料", "子育て支援課", "児童福祉法", "強"), ("下水道使用料", "下水道課", "地方自治法", "強")]),
        ("非強制徴収公債権", [("生活保護費返還金", "社会福祉課", "生活保護法", "非")]),
        ("私債権", [("市営住宅使用料", "建築住宅課", "民法・公営住宅法", "私")])]
XR = [55, 130, 250, 330, 450, 480, 545]
y0 = y
for k, h in enumerate(["債権の種類", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]):
    cell(pg, XR[k], y0, XR[k + 1], y0 + 18, h, 8.5, "G", fill=HF)
yy = y0 + 18
for kind, ds in KIND:
    n = len(ds) + 1
    cell(pg, XR[0], yy, XR[1], yy + 16 * n, "", 8, lines=[kind[i:i + 5] for i in range(0, len(kind), 5)])
    ks = 0
    for d, dept, law, cls in ds:
        v = TR[d][0]; ks += v
        for k, s in enumerate([d, dept, law, cls]):
            cell(pg, XR[1 + k], yy, XR[2 + k], yy + 16, s, 7.5 if k != 3 else 8, "M", "l" if k != 3 else "c")
        cell(pg, XR[5], yy, XR[6], yy + 16, g.f(P, d, d, 2023, "令和5年度末", "total", "outstanding", "actual", v * 1000, "yen", comma(v)), 8, "M", "r")
        yy += 16
    cell(pg, XR[1], yy, XR[5], yy + 16, "計", 8, "G", fill=(0.95, 0.95, 0.95))
    cell(pg, XR[5], yy, XR[6], yy + 16, g.f(P, None, kind + "計", 2023, "令和5年度末", "total", "outstanding", "actual", ks * 1000, "yen", comma(ks)), 8, "G", "r", fill=(0.95, 0.95, 0.95))
    yy += 16
t(pg, 58, yy + 12, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 7.5)

doc.subset_fonts()
doc.save(f"pdf/{STEM}.pdf", garbage=4, deflate=True)
g.write(STEM, {"kind": "plan", "family": "plan", "municipality": CITY, "title": TITLE,
               "date": "2025-03-01", "date_raw": "令和7年3月"})
