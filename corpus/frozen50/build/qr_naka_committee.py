"""qr_naka_committee_1: 債権管理対策会議 資料 with 取組個票 (PyMuPDF, drawn directly).
Run from corpus/frozen50:  python3 build/qr_naka_committee.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import Canvas, Gold, PDF_DIR, series, rate, c, tri, zen, f2, ry  # noqa: E402

STEM = "qr_naka_committee_1"
CITY = "那珂市"
TITLE = "令和7年度 第2回那珂市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2025-11-18", "令和7年11月18日（火）")

YEARS = [2020, 2021, 2022, 2023, 2024]
D = {
    "市税": series(YEARS, 7400000, 0.01, [98.9, 99.0, 99.05, 99.1, 99.2], 380000, [22, 23, 24, 25, 26],
                 [16000, 15200, 14800, 15500, 14100], seed=11),
    "保育所保育料": series(YEARS, 96000, -0.02, [98.4, 98.5, 98.6, 98.7, 98.8], 10500, [15, 16, 15, 17, 18],
                     [800, 900, 650, 700, 820], seed=12),
    "市営住宅使用料": series(YEARS, 121000, -0.005, [95.6, 95.8, 95.9, 95.9, 96.2], 33500, [11, 12, 12.5, 13, 14],
                      [1500, 1100, 1300, 1250, 1180], seed=13),
    "生活保護費返還金": series(YEARS, 17500, 0.03, [63, 61, 64, 62, 65], 52000, [4.1, 4.6, 4.2, 4.8, 5.0],
                       [2300, 2100, 1900, 2400, 2050], seed=14),
    "国民健康保険税": series(YEARS, 1210000, -0.012, [92.6, 92.9, 93.1, 93.3, 93.6], 445000, [19, 20, 21, 21.5, 22.5],
                      [34000, 31500, 30200, 29800, 28400], seed=15),
    "介護保険料": series(YEARS, 1010000, 0.012, [98.7, 98.8, 98.8, 98.9, 98.95], 36000, [17, 18, 18.5, 19, 20],
                    [5600, 5900, 6100, 5800, 5500], seed=16),
    "後期高齢者医療保険料": series(YEARS, 540000, 0.02, [99.5, 99.55, 99.6, 99.6, 99.65], 5600, [38, 39, 40, 41, 42],
                         [420, 380, 510, 460, 400], seed=17),
}
GEN = ["市税", "保育所保育料", "市営住宅使用料", "生活保護費返還金"]
SPE = ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
K = 1000  # 千円 -> 円

cv = Canvas()
HDR = "令和7年度 第2回那珂市債権管理対策会議"
GRAY = (0.86, 0.86, 0.86)
LIGHT = (0.94, 0.94, 0.94)


def frame(pg, no):
    cv.text(pg, 340, 30, HDR, 7.5, color=(0.35, 0.35, 0.35), align="r", w=215)
    pg.draw_line((40, 36), (555, 36), color=(0.5, 0.5, 0.5), width=0.4)
    cv.text(pg, 0, 815, f"- {no} -", 9, align="c", w=595)


def heading(pg, y, s, sz=10.5):
    cv.text(pg, 44, y, s, sz)


# ------------------------------------------------------------------ p1 cover / 次第 / 目次
pg = cv.new_page()
frame(pg, 1)
cv.text(pg, 0, 150, "令和７年度　第２回", 16, align="c", w=595)
cv.text(pg, 0, 180, "那珂市債権管理対策会議", 20, align="c", w=595)
cv.text(pg, 0, 212, "資　　料", 14, align="c", w=595)
cv.text(pg, 170, 262, "日時　令和7年11月18日（火）午前10時00分から", 10)
cv.text(pg, 170, 280, "場所　那珂市役所　本庁舎2階　第1会議室", 10)
y = 320
cv.text(pg, 0, y, "次　　第", 12, align="c", w=595)
items = ["１　開　会",
         "２　報告事項",
         "　（１）令和６年度決算における債権の状況について　………　資料１",
         "　（２）主要債権の取組個票について　………………………　資料２",
         "３　協議事項",
         "　（１）令和８年度に向けた収納対策の方向性について",
         "４　その他",
         "５　閉　会"]
y += 24
for s in items:
    cv.text(pg, 120, y, s, 10)
    y += 19
y += 18
pg.draw_rect((110, y, 485, y + 170), color=(0, 0, 0), width=0.6)
cv.text(pg, 0, y + 20, "目　　次", 11, align="c", w=595)
toc = [("資料１　令和６年度決算における債権の状況", "2"),
       ("資料２　取組個票　（１）市税", "3"),
       ("　　　　　　　　　（２）国民健康保険税", "4"),
       ("　　　　　　　　　（３）介護保険料", "5"),
       ("　　　　　　　　　（４）市営住宅使用料", "6")]
yy = y + 48
for s, p in toc:
    cv.text(pg, 130, yy, s, 9.5)
    dots = "・" * 8
    cv.text(pg, 355, yy, dots, 9.5)
    cv.text(pg, 440, yy, p, 9.5, align="r", w=20)
    yy += 22

# ------------------------------------------------------------------ p2 資料１
P = 2
pg = cv.new_page()
frame(pg, P)
heading(pg, 66, "資料１　令和６年度決算における債権の状況", 12)


def tot(fy, names):
    ta = sum(D[n][fy]["ta"] for n in names)
    tc = sum(D[n][fy]["tc"] for n in names)
    w = sum(D[n][fy]["w"] for n in names)
    o = sum(D[n][fy]["out"] for n in names)
    aout = sum(D[n][fy]["aout"] for n in names)
    return dict(ta=ta, tc=tc, w=w, out=o, tr=rate(tc, ta), aout=aout)


ALL = GEN + SPE
T24, T23 = tot(2024, ALL), tot(2023, ALL)
# key figure panels (variation 49)
px = [48, 218, 388]
pw = 160
for i in range(3):
    pg.draw_rect((px[i], 82, px[i] + pw, 160), color=(0.2, 0.3, 0.5), width=1.0)
    pg.draw_rect((px[i], 82, px[i] + pw, 100), color=None, fill=(0.85, 0.89, 0.95))
d_pt = round(T24["tr"] - T23["tr"], 2)
oku24, oku23 = round(T24["out"] / 1e5, 1), round(T23["out"] / 1e5, 1)
d_oku = round(oku24 - oku23, 1)
man24, man23 = round(T24["w"] / 10), round(T23["w"] / 10)
panels = [
    ("収納率（全債権）", f"{T24['tr']:.2f}％", f"前年度比＋{d_pt:.2f}ポイント"),
    ("収入未済額（全債権）", f"{oku24:.1f}億円", f"前年度比{tri(d_oku, '{:.1f}')}億円"),
    ("不納欠損額（全債権）", f"{man24:,}万円", f"前年度　{man23:,}万円"),
]
assert d_pt > 0
for i, (lab, big, sub) in enumerate(panels):
    cv.text(pg, px[i], 95, lab, 9, align="c", w=pw)
    cv.text(pg, px[i], 116, "令和6年度", 8.5, align="c", w=pw)
    cv.text(pg, px[i], 139, big, 16, color=(0.1, 0.2, 0.5), align="c", w=pw)
    cv.text(pg, px[i], 154, sub, 8.5, align="c", w=pw)
G.fact(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", T24["tr"], "percent", panels[0][1])
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", d_pt, "points", f"＋{d_pt:.2f}ポイント")
G.fact(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", oku24 * 1e8, "yen", panels[1][1])
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", d_oku * 1e8, "yen", f"{tri(d_oku, '{:.1f}')}億円")
G.fact(P, None, None, 2024, "令和6年度", "total", "written_off", "actual", man24 * 1e4, "yen", panels[2][1])
G.fact(P, None, None, 2023, "前年度", "total", "written_off", "actual", man23 * 1e4, "yen", f"{man23:,}万円")

heading(pg, 186, "表1　会計別・債権別の収納状況（令和6年度決算）", 9.5)
cv.text(pg, 420, 186, "（単位：千円、％）", 8, align="r", w=127)
widths = [118, 62, 62, 55, 60, 46, 50, 46]
rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率※1", "前年度収納率", "差"]]


def debt_row(label, a, b, debt, debt_raw):
    d_ = round(a["tr"] - b["tr"], 2)
    r = [label, c(a["ta"]), c(a["tc"]), c(a["w"]), c(a["out"]), f2(a["tr"]), f2(b["tr"]), tri(d_, "{:.2f}")]
    for m, v, raw in (("assessed", a["ta"] * K, r[1]), ("collected", a["tc"] * K, r[2]),
                      ("written_off", a["w"] * K, r[3]), ("outstanding", a["out"] * K, r[4])):
        G.fact(P, debt, debt_raw, 2024, "令和6年度", "total", m, "actual", v, "yen", raw)
    G.fact(P, debt, debt_raw, 2024, "令和6年度", "total", "collection_rate", "actual", a["tr"], "percent", r[5])
    G.fact(P, debt, debt_raw, 2023, "前年度", "total", "collection_rate", "actual", b["tr"], "percent", r[6])
    G.fact(P, debt, debt_raw, 2024, "令和6年度", "total", "difference", "actual", d_, "points", r[7])
    return r


rows.append([{"t": "【一般会計】", "cs": 8, "align": "l", "fill": LIGHT}] + [None] * 7)
for n in GEN:
    rows.append(debt_row(n, D[n][2024], D[n][2023], n, n))
rows.append(debt_row("小計", tot(2024, GEN), tot(2023, GEN), None, "小計"))
rows.append([{"t": "【特別会計】", "cs": 8, "align": "l", "fill": LIGHT}] + [None] * 7)
for n in SPE:
    rows.append(debt_row(n, D[n][2024], D[n][2023], n, n))
rows.append(debt_row("小計", tot(2024, SPE), tot(2023, SPE), None, "小計"))
rows.append(debt_row("合計", T24, T23, None, "合計"))
for r in rows[1:]:
    if r[0] in ("小計", "合計"):
        r[0] = {"t": r[0], "fill": LIGHT}
yb = cv.table(pg, 48, 194, widths, rows, h=[20] + [17] * (len(rows) - 1), sz=7.8,
              aligns=["l"] + ["r"] * 7)
cv.text(pg, 48, yb + 12, "※1　収納率＝収入済額÷調定額（小数点第3位を四捨五入）。差は前年度収納率との比較（ポイント）。", 7.5)
foot = f"※2　合計の収入未済額のうち滞納繰越分　{c(T24['aout'])}千円"
cv.text(pg, 48, yb + 24, foot, 7.5)
G.fact(P, None, "合計", 2024, "令和6年度", "arrears", "outstanding", "actual", T24["aout"] * K, "yen",
       f"{c(T24['aout'])}千円")

# 【参考】 box (variation 9)
by = yb + 40
pg.draw_rect((48, by, 547, by + 84), color=(0, 0, 0), width=0.7)
cv.text(pg, 56, by + 16, "【参考】令和6年度の滞納整理の状況", 9.5)
del_tax24, del_tax23 = 1284, 1351
hh24 = 812
bul = [f"・市税の滞納者数：{del_tax24:,}人（前年度：{del_tax23:,}人）",
       f"・国民健康保険税の滞納世帯数：{hh24}世帯",
       "・差押件数（市税・国民健康保険税）：436件",
       f"・市税の現年度分収納率：{D['市税'][2024]['cr']:.2f}％"]
for i, s in enumerate(bul):
    cv.text(pg, 64, by + 34 + i * 14, s, 8.8)
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "delinquents", "actual", del_tax24, "persons", f"{del_tax24:,}人")
G.fact(P, "市税", "市税", 2023, "前年度", "total", "delinquents", "actual", del_tax23, "persons", f"{del_tax23:,}人")
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "delinquents", "actual", hh24, "households",
       f"{hh24}世帯")
G.fact(P, "市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", D["市税"][2024]["cr"], "percent",
       f"{D['市税'][2024]['cr']:.2f}％")


# ------------------------------------------------------------------ sheets
def sheet_title(pg, no, name):
    heading(pg, 62, f"資料２　取組個票（{zen(no)}）", 12)
    cv.text(pg, 400, 62, f"{no}／4", 9, align="r", w=147)


def strip(pg, y, name, ka, kubun):
    cv.table(pg, 48, y, [58, 104, 52, 136, 58, 91],
             [[{"t": "債権名", "fill": GRAY}, {"t": name, "align": "l"}, {"t": "所管課", "fill": GRAY},
               {"t": ka, "align": "l"}, {"t": "債権区分", "fill": GRAY}, {"t": kubun, "align": "l"}]],
             h=20, sz=8.5, head=0)


def inits_table(pg, y, debt, items, sec, widths=(24, 372, 48, 55), no_labels=None):
    rows = [["No", "取組内容", "", "担当"]]
    labels = no_labels or ["①", "②", "③", "④", "⑤", "⑥"]
    for i, (txt, tag, prog, tanto) in enumerate(items):
        rows.append([labels[i], {"t": txt + (f"【{tag}】" if tag else ""), "align": "l"}, prog, tanto])
        G.init(pg_no[0], debt, 2025, sec, labels[i], txt, tag)
    return cv.table(pg, 48, y, list(widths), rows, h=[17] + [28] * len(items), sz=8)


pg_no = [0]

# ---- p3 市税
P = 3
pg_no[0] = P
pg = cv.new_page()
frame(pg, P)
sheet_title(pg, "1", "市税")
strip(pg, 76, "市税", "税務課 収納対策室", "強制徴収公債権")
d = D["市税"]
heading(pg, 118, "１　収納状況の推移", 10)
cv.text(pg, 420, 118, "（単位：千円、％）", 8, align="r", w=127)
yrs = [2022, 2023, 2024]
yr_raw = {2022: "R4", 2023: "R5", 2024: "R6"}
rows = [[{"t": "区分", "cs": 2}, None] + [f"{yr_raw[y]}決算" for y in yrs] + ["増減（R6－R5）"]]
spec = [("current", "現年度分", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"), ("収納率", "cr", "collection_rate")]),
        ("arrears", "滞納繰越分", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"), ("収納率", "ar", "collection_rate")]),
        ("total", "合計", [("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"), ("不納欠損額", "w", "written_off"),
                          ("収入未済額", "out", "outstanding"), ("収納率", "tr", "collection_rate")])]
for seg, seglab, items in spec:
    for j, (lab, key, met) in enumerate(items):
        row = [{"t": seglab, "rs": len(items), "vertical": True, "fill": LIGHT, "sz": 8} if j == 0 else None, lab]
        for y in yrs:
            v = d[y][key]
            if met == "collection_rate":
                raw = f2(v)
                G.fact(P, "市税", "市税", y, yr_raw[y], seg, met, "actual", v, "percent", raw)
            else:
                raw = c(v)
                G.fact(P, "市税", "市税", y, yr_raw[y], seg, met, "actual", v * K, "yen", raw)
            row.append(raw)
        dv = round(d[2024][key] - d[2023][key], 2)
        if met == "collection_rate":
            raw = tri(dv, "{:.2f}")
            G.fact(P, "市税", "市税", 2024, "R6", seg, "difference", "actual", dv, "points", raw)
        else:
            raw = tri(int(dv))
            G.fact(P, "市税", "市税", 2024, "R6", seg, "difference", "actual", dv * K, "yen", raw)
        row.append(raw)
        rows.append(row)
yb = cv.table(pg, 48, 126, [26, 92, 92, 92, 92, 105], rows, h=[18] + [15] * 11, sz=8,
              aligns=["c", "l", "r", "r", "r", "r"])

# ２ 目標と実績 (variations 3, 35)
y = yb + 20
heading(pg, y, "２　目標と実績", 10)
tg = {"cr24": 99.15, "ar24": 25.00, "out24": 270000, "cr25": 99.25, "ar25": 26.50, "out25": 245000}
ach = lambda a, t: f"{a / t * 100:.1f}"  # noqa: E731
rows = [[{"t": "区分", "rs": 2}, {"t": "令和6年度", "cs": 3}, None, None, "令和7年度"],
        [None, "目標", "実績", "達成率", "目標"],
        ["現年度分収納率（％）", f2(tg["cr24"]), f2(d[2024]["cr"]), ach(d[2024]["cr"], tg["cr24"]), f2(tg["cr25"])],
        ["滞納繰越分収納率（％）", f2(tg["ar24"]), f2(d[2024]["ar"]), ach(d[2024]["ar"], tg["ar24"]), f2(tg["ar25"])],
        ["収入未済額（千円）", c(tg["out24"]), c(d[2024]["out"]), "－", c(tg["out25"])]]
for seg, k1, k2, met in (("current", "cr24", "cr", "collection_rate"), ("arrears", "ar24", "ar", "collection_rate")):
    G.fact(P, "市税", "市税", 2024, "令和6年度", seg, met, "target", tg[k1], "percent", f2(tg[k1]))
    G.fact(P, "市税", "市税", 2024, "令和6年度", seg, met, "actual", d[2024][k2], "percent", f2(d[2024][k2]))
    k3 = k1.replace("24", "25")
    G.fact(P, "市税", "市税", 2025, "令和7年度", seg, met, "target", tg[k3], "percent", f2(tg[k3]))
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "target", tg["out24"] * K, "yen", c(tg["out24"]))
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", d[2024]["out"] * K, "yen", c(d[2024]["out"]))
G.fact(P, "市税", "市税", 2025, "令和7年度", "total", "outstanding", "target", tg["out25"] * K, "yen", c(tg["out25"]))
yb = cv.table(pg, 48, y + 8, [135, 90, 90, 80, 104], rows, h=15, sz=8, head=2, aligns=["l", "r", "r", "r", "r"])

# ３ 現状と課題 (prose, variation 53) + chart (variation 25)
y = yb + 20
heading(pg, y, "３　現状と課題", 10)
dd = d[2024]["out"] - d[2023]["out"]
dpt = round(d[2024]["cr"] - d[2023]["cr"], 2)
txt = (f"令和6年度末の収入未済額は{c(d[2024]['out'])}千円で、前年度より{c(-dd)}千円減少した。"
       f"現年度分の収納率は{d[2024]['cr']:.2f}％となり前年度から{dpt:.2f}ポイント上昇したが、"
       f"滞納繰越分は{d[2024]['ar']:.2f}％にとどまっている。高額案件のうち納付資力の判断が難しい事案が残っており、"
       "財産調査の早期着手と執行停止の適正な判断が課題である。")
pg.draw_rect((48, y + 8, 300, y + 150), color=(0, 0, 0), width=0.6)
cv.para(pg, 55, y + 13, 238, txt, sz=8.3, lh=1.55)
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", d[2024]["out"] * K, "yen", f"{c(d[2024]['out'])}千円")
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", dd * K, "yen", f"{c(-dd)}千円減少")
G.fact(P, "市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", d[2024]["cr"], "percent", f"{d[2024]['cr']:.2f}％")
G.fact(P, "市税", "市税", 2024, "令和6年度", "current", "difference", "actual", dpt, "points", f"{dpt:.2f}ポイント上昇")
G.fact(P, "市税", "市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", d[2024]["ar"], "percent", f"{d[2024]['ar']:.2f}％")
# chart
cx0, cy0, cw, ch = 315, y + 8, 232, 142
pg.draw_rect((cx0, cy0, cx0 + cw, cy0 + ch), color=(0.5, 0.5, 0.5), width=0.5)
cv.text(pg, cx0, cy0 + 13, "図　収納率（合計）の推移（％）", 8, align="c", w=cw)
base_y = cy0 + ch - 18
lo, hi = 94.0, 97.0
for i, fy in enumerate(YEARS):
    v = d[fy]["tr"]
    bx = cx0 + 22 + i * 42
    top = base_y - (v - lo) / (hi - lo) * 85
    pg.draw_rect((bx, top, bx + 24, base_y), color=None, fill=(0.35, 0.5, 0.75))
    cv.text(pg, bx - 6, top - 3, f2(v), 7, align="c", w=36)
    lab = f"R{fy - 2018}"
    cv.text(pg, bx - 6, base_y + 11, lab, 7.5, align="c", w=36)
    G.fact(P, "市税", "市税", fy, lab, "total", "collection_rate", "actual", v, "percent", f2(v))
pg.draw_line((cx0 + 12, base_y), (cx0 + cw - 8, base_y), color=(0, 0, 0), width=0.5)

# ４ 取組
y = cy0 + ch + 20
heading(pg, y, "４　令和７年度の主な取組", 10)
items = [("納期限後20日以内の電話催告とSMS催告を組み合わせ、現年度分の早期納付を促す。", "継続", "実施中", "収納対策室"),
         ("滞納繰越1年目の案件を9月までに財産調査し、差押えを含む処分方針を決定する。", "拡充", "実施中", "収納対策室"),
         ("茨城租税債権管理機構への引継ぎ対象を選定し、高額・困難案件を計画的に移管する。", "継続", "実施済", "収納対策室"),
         ("スマートフォン決済アプリによる納付の周知を、納税通知書の同封チラシで行う。", "新規", "実施済", "税務課"),
         ("執行停止案件を四半期ごとに見直し、納付資力のない案件の整理を進める。", "継続", "実施中", "収納対策室")]
inits_table(pg, y + 8, "市税", items, "令和７年度の主な取組")

# ---- p4 国民健康保険税 (years as rows, label+value header cells)
P = 4
pg_no[0] = P
pg = cv.new_page()
frame(pg, P)
sheet_title(pg, "2", "国民健康保険税")
cv.table(pg, 48, 76, [170, 150, 179],
         [[{"t": "債権名　国民健康保険税", "align": "l"}, {"t": "所管課　保険課", "align": "l"},
           {"t": "債権区分　強制徴収公債権", "align": "l"}]], h=20, sz=9, head=0)
d = D["国民健康保険税"]
heading(pg, 118, "１　収納状況の推移（単位：千円、％）", 10)
rows = [[{"t": "年度", "rs": 2}, {"t": "現年度分", "cs": 3}, None, None, {"t": "滞納繰越分", "cs": 3}, None, None,
         {"t": "合計", "cs": 5}, None, None, None, None],
        [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
cols = [("current", "ca", "assessed"), ("current", "cc", "collected"), ("current", "cr", "collection_rate"),
        ("arrears", "aa", "assessed"), ("arrears", "ac", "collected"), ("arrears", "ar", "collection_rate"),
        ("total", "ta", "assessed"), ("total", "tc", "collected"), ("total", "w", "written_off"),
        ("total", "out", "outstanding"), ("total", "tr", "collection_rate")]
for y_ in [2022, 2023, 2024]:
    yr = ry(y_, zenkaku=True)
    row = [yr]
    for seg, key, met in cols:
        v = d[y_][key]
        if met == "collection_rate":
            raw = f2(v)
            G.fact(P, "国民健康保険税", "国民健康保険税", y_, yr, seg, met, "actual", v, "percent", raw)
            if y_ == 2024 and seg == "current":
                raw += "※"
        else:
            raw = c(v)
            G.fact(P, "国民健康保険税", "国民健康保険税", y_, yr, seg, met, "actual", v * K, "yen", raw)
        row.append(raw)
    rows.append(row)
yb = cv.table(pg, 44, 126, [52] + [41.5] * 11, rows, h=[16, 16, 18, 18, 18], sz=6.9,
              aligns=["c"] + ["r"] * 11)
cv.text(pg, 48, yb + 11, "※ 令和６年度現年度分の収納率は、所得の更正に伴う減額調定後の数値である。", 7.5)
hh23 = 861
s = f"令和６年度末の滞納世帯数は{hh24}世帯（前年度末　{hh23}世帯）で、減少傾向が続いている。"
cv.text(pg, 48, yb + 30, s, 8.8)
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", hh24, "households", f"{hh24}世帯")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "前年度末", "total", "delinquents", "actual", hh23, "households", f"{hh23}世帯")

y = yb + 56
heading(pg, y, "２　令和７年度の目標", 10)
t25 = {"cr": 94.00, "ar": 23.50, "out": 350000}
cv.text(pg, 60, y + 20, f"現年度分収納率　{t25['cr']:.2f}％　　滞納繰越分収納率　{t25['ar']:.2f}％　　収入未済額　{c(t25['out'])}千円以下", 9)
G.fact(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", t25["cr"], "percent", f"{t25['cr']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "arrears", "collection_rate", "target", t25["ar"], "percent", f"{t25['ar']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "total", "outstanding", "target", t25["out"] * K, "yen", f"{c(t25['out'])}千円")

y += 44
heading(pg, y, "３　取組内容", 10)
box_items = [("(1)", "納税通知書の発送時に口座振替依頼書を同封し、加入世帯の口座振替率を高める。", "継続"),
             ("(2)", "社会保険への加入による資格喪失世帯に対し、喪失届の受付時に未納分の納付相談を行う。", "新規"),
             ("(3)", "短期被保険者証の更新時に来庁した世帯と分納計画を見直し、履行状況を毎月確認する。", "継続"),
             ("(4)", "市税と重複する滞納世帯について収納対策室と合同で財産調査を行い、滞納処分を一体的に進める。", "拡充")]
yy = y + 10
bx0 = 48
top = yy
yy += 8
for lab, txt, tag in box_items:
    lines = cv.wrap(txt, 460, 9)
    for k, ln in enumerate(lines):
        cv.text(pg, bx0 + 10 if k == 0 else bx0 + 28, yy + 10, (lab + " " + ln) if k == 0 else ln, 9)
        yy += 14
    cv.text(pg, bx0 + 28, yy + 10, f"【{tag}】", 9)
    yy += 18
    G.init(P, "国民健康保険税", 2025, "取組内容", lab, txt, tag)
pg.draw_rect((bx0, top, 547, yy + 4), color=(0, 0, 0), width=0.6)

# ---- p5 介護保険料 (amount over rate in one cell, note under the table)
P = 5
pg_no[0] = P
pg = cv.new_page()
frame(pg, P)
sheet_title(pg, "3", "介護保険料")
strip(pg, 76, "介護保険料", "介護長寿課", "強制徴収公債権")
d = D["介護保険料"]
heading(pg, 118, "１　収納状況", 10)
cv.text(pg, 420, 118, "（単位：千円、％）", 8, align="r", w=127)
yrs3 = [2022, 2023, 2024]
rows = [["区分"] + [ry(y_, zenkaku=True) for y_ in yrs3]]
for seg, lab, kc, kr in (("current", "現年度分", "cc", "cr"), ("arrears", "滞納繰越分", "ac", "ar"), ("total", "計", "tc", "tr")):
    row = [lab]
    for y_ in yrs3:
        yr = ry(y_, zenkaku=True)
        row.append(f"{c(d[y_][kc])}\n{f2(d[y_][kr])}")
        G.fact(P, "介護保険料", "介護保険料", y_, yr, seg, "collected", "actual", d[y_][kc] * K, "yen", c(d[y_][kc]))
        G.fact(P, "介護保険料", "介護保険料", y_, yr, seg, "collection_rate", "actual", d[y_][kr], "percent", f2(d[y_][kr]))
    rows.append(row)
for lab, key, met in (("不納欠損額", "w", "written_off"), ("収入未済額", "out", "outstanding")):
    row = [lab]
    for y_ in yrs3:
        row.append(c(d[y_][key]))
        G.fact(P, "介護保険料", "介護保険料", y_, ry(y_, zenkaku=True), "total", met, "actual", d[y_][key] * K, "yen", c(d[y_][key]))
    rows.append(row)
yb = cv.table(pg, 48, 126, [119, 127, 127, 126], rows, h=[18, 30, 30, 30, 17, 17], sz=8.5,
              aligns=["c", "r", "r", "r"])
cv.text(pg, 48, yb + 12, "上段：収入済額（千円）、下段：収納率（％）", 8)

y = yb + 36
heading(pg, y, "２　令和７年度の目標", 10)
t25 = {"cr": 99.00, "ar": 21.00}
cv.text(pg, 60, y + 20, f"【目標】現年度分　{t25['cr']:.2f}％／滞納繰越分　{t25['ar']:.2f}％（令和７年度）", 9)
G.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", "current", "collection_rate", "target", t25["cr"], "percent", f"{t25['cr']:.2f}％")
G.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", "arrears", "collection_rate", "target", t25["ar"], "percent", f"{t25['ar']:.2f}％")

y += 44
heading(pg, y, "３　令和７年度の対応", 10)
cur_items = [("ア", "普通徴収から年金特別徴収への切替えを、対象者の判明後速やかに行う。", "継続"),
             ("イ", "口座振替の新規申込みをWEBで受け付け、窓口に来なくても手続できるようにする。", "新規")]
arr_items = [("ア", "2年以上の滞納者に給付制限の事前通知を送付し、納付相談につなげる。", "継続"),
             ("イ", "時効が近い債権を毎月抽出し、差押えまたは執行停止を判断する。", "拡充"),
             ("ウ", "死亡による資格喪失者の相続人を調査し、納付を求める。", "継続")]


def cell_text(items):
    return "\n".join(f"{l}　{t}【{g}】" for l, t, g in items)


rows = [["対象", "内容"],
        ["現年度分", {"t": cell_text(cur_items), "align": "l", "valign": "t"}],
        ["滞納繰越分", {"t": cell_text(arr_items), "align": "l", "valign": "t"}]]
cv.table(pg, 48, y + 8, [80, 419], rows, h=[17, 40, 52], sz=8.5)
for l, t, g in cur_items + arr_items:
    G.init(P, "介護保険料", 2025, "令和７年度の対応", l, t, g)

# ---- p6 市営住宅使用料 (previous value in brackets)
P = 6
pg_no[0] = P
pg = cv.new_page()
frame(pg, P)
sheet_title(pg, "4", "市営住宅使用料")
strip(pg, 76, "市営住宅使用料", "都市計画課", "私債権")
d = D["市営住宅使用料"]
heading(pg, 118, "１　実績と目標", 10)
t25 = {"cr": 96.50, "ar": 15.00, "tr": 79.00, "out": 29500}
rows = [["区分", "令和6年度実績（前年度実績）", "令和7年度目標"]]
for lab, key, seg, met, tk in (("現年度分収納率（％）", "cr", "current", "collection_rate", "cr"),
                               ("滞納繰越分収納率（％）", "ar", "arrears", "collection_rate", "ar"),
                               ("合計収納率（％）", "tr", "total", "collection_rate", "tr"),
                               ("収入未済額（千円）", "out", "total", "outstanding", "out"),
                               ("不納欠損額（千円）", "w", "total", "written_off", None)):
    if met == "collection_rate":
        a, b = f2(d[2024][key]), f2(d[2023][key])
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和6年度", seg, met, "actual", d[2024][key], "percent", a)
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2023, "前年度実績", seg, met, "actual", d[2023][key], "percent", b)
        tv = f2(t25[tk])
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度", seg, met, "target", t25[tk], "percent", tv)
    else:
        a, b = c(d[2024][key]), c(d[2023][key])
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和6年度", seg, met, "actual", d[2024][key] * K, "yen", a)
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2023, "前年度実績", seg, met, "actual", d[2023][key] * K, "yen", b)
        if tk:
            tv = c(t25[tk])
            G.fact(P, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度", seg, met, "target", t25[tk] * K, "yen", tv)
        else:
            tv = "－"
    rows.append([lab, f"{a}（{b}）", tv])
yb = cv.table(pg, 48, 126, [170, 190, 139], rows, h=17, sz=8.5, aligns=["l", "r", "r"], zebra=(0.95, 0.95, 0.95))
cv.text(pg, 48, yb + 12, "（　）内は令和5年度実績", 8)

y = yb + 34
heading(pg, y, "２　現状と課題", 10)
ndel = 48
txt = (f"令和6年度末の滞納者数は{ndel}人で、このうち退去済みの者が約4割を占める。"
       f"収入未済額は{c(d[2024]['out'])}千円となり、前年度より{c(d[2023]['out'] - d[2024]['out'])}千円減少した。"
       "退去者からの回収は連絡先の把握が難しく、連帯保証人への請求も含めた対応が必要である。")
y2 = cv.para(pg, 56, y + 8, 486, txt, sz=9, lh=1.6)
G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和6年度", "total", "delinquents", "actual", ndel, "persons", f"{ndel}人")
G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和6年度", "total", "outstanding", "actual", d[2024]["out"] * K, "yen", f"{c(d[2024]['out'])}千円")
G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和6年度", "total", "difference", "actual",
       (d[2024]["out"] - d[2023]["out"]) * K, "yen", f"{c(d[2023]['out'] - d[2024]['out'])}千円減少")

y = y2 + 18
heading(pg, y, "３　今後の取組", 10)
its = [("(1)", "入居者の滞納が3か月に達した時点で連帯保証人へ通知し、早期に分納誓約を取り付ける。", "継続"),
       ("(2)", "6か月以上の滞納者には明渡請求を前提とした最終催告を行い、応じない場合は訴訟を提起する。", "拡充"),
       ("(3)", "退去者の転居先を住民票等で調査し、文書と電話による催告を年2回行う。", "継続"),
       ("(4)", "回収の見込みがない退去者債権について、債権放棄の手続を進める。", "新規")]
yy = y + 10
for lab, t, g in its:
    yy = cv.para(pg, 56, yy, 486, f"{lab}　{t}【{g}】", sz=9, lh=1.6, indent=18)
    yy += 4
    G.init(P, "市営住宅使用料", 2025, "今後の取組", lab, t, g)

out = PDF_DIR / f"{STEM}.pdf"
cv.save(out)
G.write(out)
