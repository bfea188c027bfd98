"""Build sj_shima_plan_1: 第３次志摩市債権管理計画 (PyMuPDF drawing directly, IPAex fonts)."""
import sys
from pathlib import Path
import fitz
sys.path.insert(0, str(Path(__file__).parent))
from sj_common import Gold, zen, c, rate, SET

STEM = "sj_shima_plan_1"
CITY = "志摩市"
TITLE = "第３次志摩市債権管理計画"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
doc = fitz.open()
W, H = fitz.paper_size("a4")
LM, RM = 56, W - 56


def newpage(num=None):
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="g", fontfile=GOTH)
    p.insert_font(fontname="m", fontfile=MIN)
    if num:
        p.insert_text((RM - tw("第３次志摩市債権管理計画（令和７年度～令和９年度）", 7.5), 30),
                      "第３次志摩市債権管理計画（令和７年度～令和９年度）", fontname="g", fontsize=7.5, color=(.4, .4, .4))
        p.draw_line((LM, 34), (RM, 34), color=(.6, .6, .6), width=0.5)
        s = f"- {num} -"
        p.insert_text(((W - tw(s, 9)) / 2, H - 28), s, fontname="m", fontsize=9)
    return p


FONT_G = fitz.Font(fontfile=GOTH)


def tw(s, size):
    return FONT_G.text_length(s, fontsize=size)


def text(p, x, y, s, size=10, f="m", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=f, fontsize=size, color=color)


def wrap(p, x, y, s, size=10, width=None, f="m", lead=1.7):
    width = width or (RM - x)
    line = ""
    for ch in s:
        if tw(line + ch, size) > width:
            text(p, x, y, line, size, f); y += size * lead; line = ch
        else:
            line += ch
    if line:
        text(p, x, y, line, size, f); y += size * lead
    return y


def table(p, x, y, widths, rows, size=8.5, rh=15, head=1, rules="grid", aligns=None, shade_rows=()):
    """rows: list of lists of str; returns bottom y. rules: grid | hrule (horizontal lines only)."""
    tot = sum(widths)
    for i, r in enumerate(rows):
        if i < head and rules == "grid":
            p.draw_rect(fitz.Rect(x, y, x + tot, y + rh), color=None, fill=(.85, .88, .93))
        if i in shade_rows:
            p.draw_rect(fitz.Rect(x, y, x + tot, y + rh), color=None, fill=(.93, .93, .93))
        cx = x
        for j, (wd, s) in enumerate(zip(widths, r)):
            al = (aligns[j] if aligns else ("l" if j == 0 else "r")) if i >= head else "c"
            s = str(s)
            tx = cx + 3 if al == "l" else (cx + wd - 3 - tw(s, size) if al == "r" else cx + (wd - tw(s, size)) / 2)
            text(p, tx, y + rh - 4, s, size, "g" if i < head else "m")
            if rules == "grid":
                p.draw_rect(fitz.Rect(cx, y, cx + wd, y + rh), color=(.3, .3, .3), width=0.5)
            cx += wd
        y += rh
        if rules == "hrule" and i == head - 1:
            p.draw_line((x, y), (x + tot, y), width=0.6)
    if rules == "hrule":
        p.draw_line((x, y - rh * len(rows)), (x + tot, y - rh * len(rows)), width=0.9)
        p.draw_line((x, y), (x + tot, y), width=0.9)
    return y


def m1(v):  # 千円 -> 百万円 one decimal string
    return f"{v / 1000:,.1f}"


def y1(v):  # value of printed 百万円 string in yen
    return round(float(m1(v).replace(",", "")) * 1e6)


# ---------------- page 1: cover ----------------
p = newpage()
text(p, (W - tw(TITLE, 26)) / 2, 300, TITLE, 26, "g")
sub = "（令和７年度～令和９年度）"
text(p, (W - tw(sub, 14)) / 2, 332, sub, 14, "g")
for k, s in enumerate(("令和７年３月", "志　摩　市")):
    text(p, (W - tw(s, 14)) / 2, 620 + k * 30, s, 14, "g")

# ---------------- page 2: 目次 + 概要 + 現状 prose ----------------
P = 2
p = newpage(1)
text(p, LM, 66, "目　次", 14, "g")
toc = [("１　計画の概要", "1"), ("２　債権管理の現状", "1"), ("３　主要債権の状況（令和５年度決算）", "2"),
       ("４　計画期間の目標", "3"), ("５　債権ごとの取組（国民健康保険税）", "3"), ("参考資料　対象債権一覧", "4")]
y = 90
for s, n in toc:
    text(p, LM + 14, y, s, 10.5)
    dots = "・" * int((RM - 40 - LM - 14 - tw(s, 10.5)) / tw("・", 10.5))
    text(p, LM + 14 + tw(s, 10.5), y, dots, 10.5, color=(.5, .5, .5))
    text(p, RM - 20, y, n, 10.5)
    y += 18
y += 14
text(p, LM, y, "１　計画の概要", 12, "g"); y += 20
text(p, LM + 8, y, "（１）計画の目的", 10.5, "g"); y += 17
y = wrap(p, LM + 20, y, "市税をはじめとする市の債権について、負担の公平性を確保し、財源を安定して確保するため、全庁的な"
         "債権管理の目標と取組を定めるものです。第２次計画（令和４年度～令和６年度）の成果と課題を踏まえて策定しました。", 10)
y += 4
text(p, LM + 8, y, "（２）計画期間", 10.5, "g"); y += 17
y = wrap(p, LM + 20, y, "令和７（2025）年度から令和９（2027）年度までの３年間とします。", 10)
y += 10
text(p, LM, y, "２　債権管理の現状", 12, "g"); y += 20

# data (千円) for R5 (2023) settled
GEN = [("市税", "税務課", 6842310, 6612905, 18420), ("保育所保育料", "こども家庭課", 182460, 176284, 612),
       ("生活保護費返還金", "地域福祉課", 41230, 9874, 1905)]
SPE = [("国民健康保険税", "保険年金課", 1981420, 1802716, 21340), ("介護保険料", "介護保険課", 1142810, 1124306, 3120),
       ("後期高齢者医療保険料", "保険年金課", 612480, 609215, 410)]
alls = GEN + SPE
TA = sum(r[2] for r in alls); TC = sum(r[3] for r in alls); TW = sum(r[4] for r in alls)
TO = TA - TC - TW
TR = rate(TC, TA)
oku = round(TO / 1000)  # 百万円
s_oku = f"約{oku // 100}億{oku % 100 * 100:,}万円" if oku % 100 else f"約{oku // 100}億円"
prev_out = TO + 38620  # R4 outstanding, 千円
dman = round((prev_out - TO) / 100) * 10  # 万円 rounded to 10万
prev_rate = round(TR - 0.35, 2)
ytxt = (f"　令和５年度決算における対象債権全体の収入未済額は{s_oku}で、前年度から約{dman:,}万円減少しました。"
        f"収納率は{TR:.2f}％となり、前年度比{TR - prev_rate:.2f}ポイント上昇しています。一方で、国民健康保険税の滞納繰越分と"
        "生活保護費返還金は収納率が低く、未済額の多くを占めているため、重点的な対策が必要です。")
y = wrap(p, LM + 8, y, ytxt, 10)
g.f(P, None, None, 2023, "令和５年度", "total", "outstanding", "actual", oku * 1000000, "yen", s_oku, None, True)
g.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", -dman * 10000, "yen", f"約{dman:,}万円", None, True)
g.f(P, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", TR, "percent", f"{TR:.2f}％")
g.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", round(TR - prev_rate, 2), "points", f"{TR - prev_rate:.2f}ポイント")

# ---------------- page 3: 現状 table + 5-year table ----------------
P = 3
p = newpage(2)
text(p, LM, 66, "３　主要債権の状況（令和５年度決算）", 12, "g")
text(p, RM - tw("（単位：百万円、％）", 8.5), 84, "（単位：百万円、％）", 8.5)
rows = [["債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
shade = []


def addrow(label, ka, a, cc, w, debt, debt_raw):
    o = a - cc - w
    r_ = rate(cc, a)
    rows.append([label, ka, m1(a), m1(cc), m1(w), m1(o), f"{r_:.2f}"])
    for met, v in (("assessed", a), ("collected", cc), ("written_off", w), ("outstanding", o)):
        g.f(P, debt, debt_raw, 2023, "令和５年度", "total", met, "actual", y1(v), "yen", m1(v))
    g.f(P, debt, debt_raw, 2023, "令和５年度", "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}")


for sec_name, lst, subl in (("【一般会計】", GEN, "一般会計計"), ("【特別会計】", SPE, "特別会計計")):
    rows.append([sec_name, "", "", "", "", "", ""]); shade.append(len(rows) - 1)
    for nm, ka, a, cc, w in lst:
        addrow("　" + nm, ka, a, cc, w, nm, nm)
    sa, sc, sw = (sum(r[k] for r in lst) for k in (2, 3, 4))
    addrow("　" + subl, "", sa, sc, sw, None, subl)
addrow("総計", "", TA, TC, TW, None, "総計")
shade.append(len(rows) - 1)
y = table(p, LM, 90, [118, 70, 62, 62, 58, 62, 51], rows, 8.5, 16, aligns=list("llrrrrr"), shade_rows=shade)
y = wrap(p, LM, y + 12, "出典：令和５年度志摩市歳入歳出決算書及び各所管課の債権管理台帳", 8)
y = wrap(p, LM, y, "※ 百万円未満を四捨五入しているため、内訳と合計が一致しない場合があります。", 8)

y += 14
text(p, LM, y, "収入未済額の推移（対象債権全体、各年度決算）", 10.5, "g"); y += 8
hist = [("令和元年度", 2019, 512380), ("令和２年度", 2020, 498610), ("令和３年度", 2021, 481290),
        ("令和４年度", 2022, prev_out), ("令和５年度", 2023, TO)]
hrows = [["年度", "収入未済額（百万円）", "増減額（百万円）", "増減率（％）"]]
prev = None
for lab, fy, v in hist:
    if prev is None:
        hrows.append([lab, m1(v), "－", "－"])
    else:
        dv = round((v - prev) / 1000, 1)
        dr = round((v - prev) / prev * 100, 1)
        hrows.append([lab, m1(v), ("△" if dv < 0 else "") + f"{abs(dv):,.1f}", ("△" if dr < 0 else "") + f"{abs(dr):.1f}"])
        g.f(P, None, None, fy, lab, "total", "difference", "actual", round(dv * 1e6), "yen", hrows[-1][2])
        g.f(P, None, None, fy, lab, "total", "change_rate", "actual", dr, "percent", hrows[-1][3])
    g.f(P, None, None, fy, lab, "total", "outstanding", "actual", y1(v), "yen", m1(v))
    prev = v
avg = sum(v for _, _, v in hist) / 5
hrows.append(["５年平均", m1(avg), "", ""])
g.f(P, None, "５年平均", None, "５年平均", "total", "outstanding_average", "actual", y1(avg), "yen", m1(avg))
y = table(p, LM + 40, y + 4, [100, 110, 100, 90], hrows, 9, 17, rules="hrule", aligns=list("crrr"))

# ---------------- page 4: targets + 推進シート ----------------
P = 4
p = newpage(3)
text(p, LM, 66, "４　計画期間の目標", 12, "g")
y = wrap(p, LM + 8, 86, "現年度分の収納率について、債権ごとに各年度の目標を次のとおり定めます。", 10)
text(p, LM, y + 4, "現年度分の目標収納率", 10, "g")
text(p, RM - tw("（単位：％）", 8.5), y + 4, "（単位：％）", 8.5)
AB = [("国保税", "国民健康保険税"), ("介護料", "介護保険料"), ("後期高齢", "後期高齢者医療保険料"), ("保育料", "保育所保育料")]
# current-year rates per year: R5 actual, R6 estimate, R7-R9 targets
cur = {"国保税": [93.42, 93.60, 93.80, 94.00, 94.20], "介護料": [99.02, 99.05, 99.10, 99.15, 99.20],
       "後期高齢": [99.61, 99.62, 99.65, 99.68, 99.70], "保育料": [98.74, 98.80, 98.90, 99.00, 99.10]}
yrs = [("令和５年度（決算）", 2023, "actual"), ("令和６年度（見込）", 2024, "estimate"), ("令和７年度（目標）", 2025, "target"),
       ("令和８年度（目標）", 2026, "target"), ("令和９年度（目標）", 2027, "target")]
trow = [["年度"] + [a for a, _ in AB]]
for k, (lab, fy, bs) in enumerate(yrs):
    trow.append([lab] + [f"{cur[a][k]:.2f}" for a, _ in AB])
    for a, full in AB:
        g.f(P, full, a, fy, lab, "current", "collection_rate", bs, cur[a][k], "percent", f"{cur[a][k]:.2f}")
y = table(p, LM, y + 10, [130, 90, 90, 90, 83], trow, 9, 16, aligns=list("crrrr"))
y = wrap(p, LM, y + 10, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料", 8)

y += 10
text(p, LM, y, "５　債権ごとの取組（国民健康保険税）", 12, "g"); y += 8
kv = [["債権名", "国民健康保険税", "所管課", "市民部 保険年金課", "区分", "強制徴収公債権"]]
y = table(p, LM, y, [50, 110, 50, 110, 40, 123], kv, 9, 17, head=0, aligns=list("llllll"))
ka, kc, kw = SPE[0][2], SPE[0][3], SPE[0][4]
ko = ka - kc - kw
arr_out = 118420  # 千円, arrears part of outstanding (printed as うち)
para = (f"令和５年度末の収入未済額は{c(ko)}千円で、前年度より{c(21360)}千円減少した。うち滞納繰越分は{c(arr_out)}千円で、"
        "長期滞納世帯の割合が高い。所得の低い世帯が多く、分納誓約の不履行が課題である。")
text(p, LM, y + 14, "現状と課題", 9.5, "g")
p.draw_rect(fitz.Rect(LM, y + 18, RM, y + 76), color=(.3, .3, .3), width=0.5)
wrap(p, LM + 6, y + 32, para, 9, RM - LM - 12, lead=1.6)
g.f(P, "国民健康保険税", None, 2023, "令和５年度", "total", "outstanding", "actual", ko * 1000, "yen", f"{c(ko)}千円")
g.f(P, "国民健康保険税", None, 2023, "令和５年度", "total", "difference", "actual", -21360000, "yen", f"{c(21360)}千円")
g.f(P, "国民健康保険税", None, 2023, "令和５年度", "arrears", "outstanding", "actual", arr_out * 1000, "yen", f"{c(arr_out)}千円")
y += 92
text(p, LM, y, "目標達成に向けた取組", 9.5, "g"); y += 16
items = [("①", "口座振替の加入勧奨を納税通知書の発送時に行い、現年度分の未納発生を抑える。", "継続"),
         ("②", "滞納繰越分は財産調査を徹底し、給与・預貯金の差押えを計画的に執行する。", "継続"),
         ("③", "分納誓約の不履行者には翌月中に催告し、履行が見込めない場合は滞納処分に移行する。", "拡充"),
         ("④", "資力のない世帯は執行停止を適正に行い、整理を進める。", "新規")]
for lab, tx, st in items:
    y = wrap(p, LM + 8, y, f"{lab}{tx}【{st}】", 9.5, lead=1.6)
    for fy in (2025,):
        pass
    g.i(P, "国民健康保険税", 2025, "目標達成に向けた取組", lab, tx, st)
y += 8
text(p, LM, y, "取組スケジュール", 9.5, "g"); y += 6
sch = [["取組", "担当課", "R7", "R8", "R9"],
       ["口座振替の加入勧奨", "保険年金課", "実施", "→", "→"],
       ["差押えの計画的執行", "保険年金課・税務課", "実施", "→", "→"],
       ["分納不履行者への催告", "保険年金課", "○", "○", "○"],
       ["執行停止の適正化", "保険年金課", "検討", "実施", "→"]]
y = table(p, LM, y, [170, 130, 60, 60, 63], sch, 8.5, 15, aligns=list("llccc"))

# ---------------- page 5: 参考資料 ----------------
P = 5
p = newpage(4)
text(p, LM, 66, "参考資料　対象債権一覧（令和５年度決算）", 12, "g")
text(p, RM - tw("（単位：円）", 8.5), 84, "（単位：円）", 8.5)
ref = [["区分", "債権名", "所管課", "根拠法令", "収入未済額"]]
lst = [("強", "市税", "税務課", "地方税法", GEN[0]), ("強", "国民健康保険税", "保険年金課", "地方税法", SPE[0]),
       ("強", "介護保険料", "介護保険課", "介護保険法", SPE[1]), ("強", "後期高齢者医療保険料", "保険年金課", "高齢者の医療の確保に関する法律", SPE[2]),
       ("強", "保育所保育料", "こども家庭課", "児童福祉法", GEN[1]), ("非", "生活保護費返還金", "地域福祉課", "生活保護法第63条", GEN[2])]
for kb, nm, ka, law, r in lst:
    o = (r[2] - r[3] - r[4]) * 1000 + 0
    ref.append([kb, nm, ka, law, c(o)])
    g.f(P, nm, nm, 2023, "令和５年度", "total", "outstanding", "actual", o, "yen", c(o))
ref.append(["私", "市営住宅使用料", "建築住宅課", "地方自治法・民法", c(8412360)])
g.f(P, "市営住宅使用料", "市営住宅使用料", 2023, "令和５年度", "total", "outstanding", "actual", 8412360, "yen", c(8412360))
ref.append(["私", "奨学金貸付金", "教育総務課", "志摩市奨学金条例", c(3061500)])
g.f(P, "奨学金貸付金", "奨学金貸付金", 2023, "令和５年度", "total", "outstanding", "actual", 3061500, "yen", c(3061500))
y = table(p, LM, 92, [34, 118, 78, 170, 83], ref, 8.5, 17, aligns=list("cllll"[:4]) + ["r"])
y = wrap(p, LM, y + 10, "（注）区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8)

doc.subset_fonts()
out = SET / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
sys.exit(0 if g.write(out) else 1)
