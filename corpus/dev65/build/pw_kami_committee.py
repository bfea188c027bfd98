"""pw_kami_committee_1: 香美市 債権管理対策会議 資料 (取組個票), drawn directly with PyMuPDF.
Run from corpus/dev65:  python3 build/pw_kami_committee.py"""
import sys
sys.path.insert(0, "build")
from pw_common import Gold, c, rate, r2, zen
from pw_mupdf import Doc, text, para, table, box, hline, wrap, tw
import fitz

STEM = "pw_kami_committee_1"
TITLE = "令和7年度 第2回香美市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", "香美市", "令和7年度第2回香美市債権管理対策会議", "2025-11-18",
         "令和7年11月18日（火）")
D = Doc()

# ---------------- data (千円) ----------------
# R6 (2024) actual: cur (A, C, W), arr (A, C, W)
R6 = {
    "市税": ("税務課", (2187456, 2165102, 0), (62310, 17245, 4221)),
    "国民健康保険税": ("市民保険課", (512873, 490412, 0), (98456, 19874, 5632)),
    "介護保険料": ("健康介護支援課", (401227, 398015, 0), (8734, 2361, 1012)),
    "後期高齢者医療保険料": ("市民保険課", (287654, 286711, 0), (2145, 812, 203)),
    "市営住宅使用料": ("建設課", (83412, 80127, 0), (21876, 2914, 1245)),
    "保育所保育料": ("子育て支援課", (31245, 30918, 0), (3654, 702, 311)),
}
def O(t):
    return t[0] - t[1] - t[2]
def tot(cur, arr):
    return tuple(a + b for a, b in zip(cur, arr))

def header_footer(p, landscape=False):
    W = p.rect.width
    text(p, W - 40 - tw(TITLE, 7.5), 28, TITLE, 7.5, color=(0.3, 0.3, 0.3))
    hline(p, 40, W - 40, 32, 0.4)
    s = f"- {D.n()} -"
    text(p, (W - tw(s, 9)) / 2, p.rect.height - 22, s, 9)

# ================= page 1 =================
p = D.new(); header_footer(p); pg = 1
text(p, 40, 62, "令和7年度 第2回 香美市債権管理対策会議", 15)
text(p, 40, 82, "日時：令和7年11月18日（火）午後2時から　場所：香美市役所本庁舎 3階 大会議室", 9)
text(p, 40, 112, "資料１　主要債権の状況（令和6年度決算）", 12)
# panels (49)
s_cur, s_arr = R6["市税"][1], R6["市税"][2]
s_t = tot(s_cur, s_arr)
s_rate = rate(s_t[1], s_t[0])
s_rate5 = 96.71
tot_O6 = sum(O(v[1]) + O(v[2]) for v in R6.values())
chart = [("R2", 236418), ("R3", 225093), ("R4", 214872), ("R5", 204615), ("R6", tot_O6)]
dO = tot_O6 - 204615  # 千円
man = round(dO / 10)  # 万円
panels = [
    ("市税 収納率", "令和6年度決算", f"{r2(s_rate)}％", f"前年度比＋{r2(s_rate - s_rate5)}ポイント"),
    ("主要6債権 収入未済額", "令和6年度末", f"{tot_O6 / 100000:.2f}億円", f"前年度比 約{abs(man):,}万円減"),
    ("主要6債権 滞納者数", "令和6年度末", "1,126人", "前年度比△58人"),
]
x = 40
for k, (lab, yr, big, sub) in enumerate(panels):
    box(p, (x, 122, x + 165, 192), fill=(0.93, 0.96, 1.0))
    text(p, x + 8, 138, lab, 9.5)
    text(p, x + 8, 151, yr, 7.5, color=(0.3, 0.3, 0.3))
    text(p, x + 8, 173, big, 16)
    text(p, x + 8, 186, sub, 8)
    x += 175
g.f(pg, "市税", "市税", 2024, "令和6年度決算", "total", "collection_rate", "actual", s_rate, "percent", f"{r2(s_rate)}％")
g.f(pg, "市税", "市税", 2024, "令和6年度決算", "total", "difference", "actual", round(s_rate - s_rate5, 2), "points", f"＋{r2(s_rate - s_rate5)}ポイント")
g.f(pg, None, "主要6債権", 2024, "令和6年度末", "total", "outstanding", "actual", round(tot_O6 / 100000, 2) * 100000000, "yen", f"{tot_O6 / 100000:.2f}億円")
g.f(pg, None, "主要6債権", 2024, "令和6年度末", "total", "difference", "actual", man * 10000, "yen", f"約{abs(man):,}万円減", approx=True)
g.f(pg, None, "主要6債権", 2024, "令和6年度末", "total", "delinquents", "actual", 1126, "persons", "1,126人")
g.f(pg, None, "主要6債権", 2024, "令和6年度末", "total", "difference", "actual", -58, "persons", "△58人")

# summary table: debts as rows, segment x metric groups (1, 2, 4, 26)
text(p, 40, 216, "(1) 債権別の収納状況", 10.5)
text(p, 555 - tw("（単位：千円、％）", 8), 216, "（単位：千円、％）", 8)
hdr1 = ["債権名", "現年度分", None, None, "滞納繰越分", None, None, "計", None]
hdr2 = [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収納率", "収入未済額"]
rows = [hdr1, hdr2]
sums = [0] * 6
for name, (dept, cur, arr) in R6.items():
    t = tot(cur, arr)
    rc, ra, rt = rate(cur[1], cur[0]), rate(arr[1], arr[0]), rate(t[1], t[0])
    ot = O(cur) + O(arr)
    rows.append([name, c(cur[0]), c(cur[1]), r2(rc), c(arr[0]), c(arr[1]), r2(ra), r2(rt), c(ot)])
    fy, fr = 2024, "令和6年度決算"
    for seg, a, cc, rr in (("current", cur[0], cur[1], rc), ("arrears", arr[0], arr[1], ra)):
        g.f(pg, name, name, fy, fr, seg, "assessed", "actual", a * 1000, "yen", c(a))
        g.f(pg, name, name, fy, fr, seg, "collected", "actual", cc * 1000, "yen", c(cc))
        g.f(pg, name, name, fy, fr, seg, "collection_rate", "actual", rr, "percent", r2(rr))
    g.f(pg, name, name, fy, fr, "total", "collection_rate", "actual", rt, "percent", r2(rt))
    g.f(pg, name, name, fy, fr, "total", "outstanding", "actual", ot * 1000, "yen", c(ot))
    for k, v in enumerate((cur[0], cur[1], arr[0], arr[1], cur[2] + arr[2], ot)):
        sums[k] += v
rc, ra = rate(sums[1], sums[0]), rate(sums[3], sums[2])
rt = rate(sums[1] + sums[3], sums[0] + sums[2])
rows.append(["計", c(sums[0]), c(sums[1]), r2(rc), c(sums[2]), c(sums[3]), r2(ra), r2(rt), c(sums[5])])
for seg, a, cc, rr in (("current", sums[0], sums[1], rc), ("arrears", sums[2], sums[3], ra)):
    g.f(pg, None, "計", 2024, "令和6年度決算", seg, "assessed", "actual", a * 1000, "yen", c(a))
    g.f(pg, None, "計", 2024, "令和6年度決算", seg, "collected", "actual", cc * 1000, "yen", c(cc))
    g.f(pg, None, "計", 2024, "令和6年度決算", seg, "collection_rate", "actual", rr, "percent", r2(rr))
g.f(pg, None, "計", 2024, "令和6年度決算", "total", "collection_rate", "actual", rt, "percent", r2(rt))
g.f(pg, None, "計", 2024, "令和6年度決算", "total", "outstanding", "actual", sums[5] * 1000, "yen", c(sums[5]))
assert sums[5] == tot_O6
y = table(p, 40, 222, [92, 58, 58, 40, 52, 52, 40, 40, 83], rows, rh=17, fs=7.6,
          merges=[(0, 0, 2, 1), (0, 1, 1, 3), (0, 4, 1, 3), (0, 7, 1, 2)], header_rows=2,
          aligns=["l"] + ["r"] * 8)
text(p, 40, y + 11, "※ 収納率は収入済額÷調定額。各債権の数値は千円未満を切り捨てているため、計と一致しない場合がある。", 7)
# bar chart with data labels (25, 16)
cy = y + 34
text(p, 40, cy, "(2) 収入未済額の推移（主要6債権計）", 10.5)
text(p, 555 - tw("単位：百万円", 8), cy, "単位：百万円", 8)
base = cy + 190
p.draw_line((70, base), (540, base), width=0.6)
p.draw_line((70, cy + 15), (70, base), width=0.6)
for k, (lab, v) in enumerate(chart):
    h = v / 340000 * 160
    bx = 100 + k * 88
    p.draw_rect(fitz.Rect(bx, base - h, bx + 44, base), color=None, fill=(0.35, 0.55, 0.8))
    vs = f"{v / 1000:.1f}"
    text(p, bx, base - h - 4, vs, 8.5, align="c", w=44)
    text(p, bx, base + 12, f"{lab}年度", 8.5, align="c", w=44)
    fy = 2018 + int(lab[1:])
    g.f(pg, None, None, fy, f"{lab}年度", "total", "outstanding", "actual", round(v / 1000, 1) * 1000000, "yen", vs)
text(p, 40, base + 30, "※ 市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料、保育所保育料の合計（各年度決算）", 7)

# ================= page 2 (landscape, 37, 33, 16 円, 5, 48) =================
p = D.new(landscape=True); header_footer(p); pg = 2
text(p, 40, 62, "資料２　市税の地区別収納状況（令和6年度決算）", 12)
text(p, 802 - tw("（単位：円、％、ポイント）", 8), 62, "（単位：円、％、ポイント）", 8)
areas = [("土佐山田地区", 0.781, 0.742, 98.86, 27.35), ("香北地区", 0.152, 0.171, 99.31, 29.12), ("物部地区", 0.067, 0.087, 99.42, 24.06)]
curY = (s_cur[0] * 1000 + 412, s_cur[1] * 1000 + 388)
arrY = (s_arr[0] * 1000 + 155, s_arr[1] * 1000 + 96)
rws = [["", "地区", "現年課税分", None, None, None, "滞納繰越分", None, None, None],
       [None, None, "調定額", "収入済額", "収納率", "前年度比", "調定額", "収納率", "収入済額", "前年度比"]]
acc = [0, 0, 0, 0]
prev = {"土佐山田地区": (98.71, 26.02), "香北地区": (99.02, 30.15), "物部地区": (99.45, 22.88)}
for k, (ar, sh1, sh2, _, _) in enumerate(areas):
    if k < 2:
        ca = round(curY[0] * sh1); cc = round(ca * (0.9886 if k == 0 else 0.9931))
        aa = round(arrY[0] * sh2); ac = round(aa * (0.2735 if k == 0 else 0.2912))
    else:
        ca, cc, aa, ac = curY[0] - acc[0], curY[1] - acc[1], arrY[0] - acc[2], arrY[1] - acc[3]
    for j, v in enumerate((ca, cc, aa, ac)):
        acc[j] += v
    rc, ra = rate(cc, ca), rate(ac, aa)
    dc, da = round(rc - prev[ar][0], 2), round(ra - prev[ar][1], 2)
    fmt = lambda d: ("△" if d < 0 else "") + r2(abs(d))
    rws.append([None, ar, c(ca), c(cc), r2(rc), fmt(dc), c(aa), r2(ra), c(ac), fmt(da)])
    for seg, a_, c_, r_, d_ in (("current", ca, cc, rc, dc), ("arrears", aa, ac, ra, da)):
        g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "assessed", "actual", a_, "yen", c(a_), area=ar)
        g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "collected", "actual", c_, "yen", c(c_), area=ar)
        g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "collection_rate", "actual", r_, "percent", r2(r_), area=ar)
        g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "difference", "actual", d_, "points", fmt(d_), area=ar)
rc, ra = rate(curY[1], curY[0]), rate(arrY[1], arrY[0])
dc, da = round(rc - 98.79, 2), round(ra - 26.31, 2)
fmt = lambda d: ("△" if d < 0 else "") + r2(abs(d))
rws.append([None, "計", c(curY[0]), c(curY[1]), r2(rc), fmt(dc), c(arrY[0]), r2(ra), c(arrY[1]), fmt(da)])
for seg, a_, c_, r_, d_ in (("current", curY[0], curY[1], rc, dc), ("arrears", arrY[0], arrY[1], ra, da)):
    g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "assessed", "actual", a_, "yen", c(a_))
    g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "collected", "actual", c_, "yen", c(c_))
    g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "collection_rate", "actual", r_, "percent", r2(r_))
    g.f(pg, "市税", "市税", 2024, "令和6年度決算", seg, "difference", "actual", d_, "points", fmt(d_))
rws[2][0] = "地区別収納状況"
y = table(p, 40, 72, [26, 100, 100, 100, 52, 56, 90, 52, 90, 56], rws, rh=26, fs=8.5,
          merges=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 4), (0, 6, 1, 4), (2, 0, 4, 1)], header_rows=2,
          vertical={(2, 0)}, aligns=["c", "l"] + ["r"] * 8)
text(p, 40, y + 12, "※ 前年度比は令和5年度決算の収納率との差（ポイント）。滞納繰越分は収納率を収入済額の前に掲げている。", 7.5)
# delinquents / seizure table (48)
y += 40
text(p, 40, y, "市税の地区別滞納状況（令和6年度末）", 10.5)
dl = [("土佐山田地区", 452, 46571, 109), ("香北地区", 107, 11094, 27), ("物部地区", 53, None, 12)]
oy = O(s_cur) + O(s_arr)
dl[2] = ("物部地区", 53, oy - 46571 - 11094, 12)
rws = [["地区", "滞納者数（人）", "収入未済額（千円）", "差押件数（件）"]]
for ar, n, o, k in dl:
    rws.append([ar, f"{n:,}", c(o), f"{k}"])
    g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "delinquents", "actual", n, "persons", f"{n:,}", area=ar)
    g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "outstanding", "actual", o * 1000, "yen", c(o), area=ar)
rws.append(["計", "612", c(oy), "148"])
g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "delinquents", "actual", 612, "persons", "612")
g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "outstanding", "actual", oy * 1000, "yen", c(oy))
y = table(p, 40, y + 8, [110, 100, 120, 100], rws, rh=18, fs=8.5, shade=(0.88, 0.88, 0.88))
text(p, 40, y + 12, "※ 収入未済額は現年課税分と滞納繰越分の合計。差押件数は年度中に執行した件数。", 7.5)

# ================= page 3: 取組個票（市税） (6, 3, 12, 30, 23, 35, 9, 14) =================
p = D.new(); header_footer(p); pg = 3
text(p, 40, 62, "資料３　取組個票", 12)
table(p, 40, 72, [60, 110, 60, 140, 60, 85], [["債権名", "市税", "所管課", "税務課 収納対策係", "債権区分", "強制徴収公債権"]],
      rh=20, fs=9, header_rows=0, aligns=["c", "l", "c", "l", "c", "l"])
for k in (0, 2, 4):
    pass
text(p, 40, 112, "１　収納状況と数値目標", 10.5)
text(p, 555 - tw("（単位：千円、％）", 8), 112, "（単位：千円、％）", 8)
yrs = [("R3年度", 2021, (2201345, 2127456, 5876)), ("R4年度", 2022, (2215678, 2145987, 5123)),
       ("R5年度", 2023, (2231402, 2163118, 4987)), ("R6年度", 2024, s_t)]
tg = [("R7年度", 2025, 97.20, 60000), ("R8年度", 2026, 97.40, 57000)]
r0 = ["区分", "決算", None, None, None, "目標", None]
r1 = [None] + [y_[0] for y_ in yrs] + [t[0] for t in tg]
ra_ = ["調定額"]; rb = ["収入済額"]; rcx = ["収入未済額"]; rd = ["収納率※1"]
for lab, fy, t in yrs:
    ra_.append(c(t[0])); rb.append(c(t[1])); rcx.append(c(O(t))); rd.append(r2(rate(t[1], t[0])))
    g.f(pg, "市税", "市税", fy, lab, "total", "assessed", "actual", t[0] * 1000, "yen", c(t[0]))
    g.f(pg, "市税", "市税", fy, lab, "total", "collected", "actual", t[1] * 1000, "yen", c(t[1]))
    g.f(pg, "市税", "市税", fy, lab, "total", "outstanding", "actual", O(t) * 1000, "yen", c(O(t)))
    g.f(pg, "市税", "市税", fy, lab, "total", "collection_rate", "actual", rate(t[1], t[0]), "percent", r2(rate(t[1], t[0])))
for lab, fy, rr, oo in tg:
    ra_.append("－"); rb.append("－"); rcx.append(c(oo)); rd.append(r2(rr))
    g.f(pg, "市税", "市税", fy, lab, "total", "outstanding", "target", oo * 1000, "yen", c(oo))
    g.f(pg, "市税", "市税", fy, lab, "total", "collection_rate", "target", rr, "percent", r2(rr))
y = table(p, 40, 118, [95, 70, 70, 70, 70, 70, 70], [r0, r1, ra_, rb, rcx, rd], rh=18, fs=8.5,
          merges=[(0, 0, 2, 1), (0, 1, 1, 4), (0, 5, 1, 2)], header_rows=2)
text(p, 40, y + 11, "※1 収納率＝収入済額÷調定額（現年課税分と滞納繰越分の合計）", 7.5)
text(p, 40, y + 22, f"※2 R6年度の収入未済額のうち滞納繰越分 {c(O(s_arr))}千円", 7.5)
g.f(pg, "市税", "市税", 2024, "R6年度", "arrears", "outstanding", "actual", O(s_arr) * 1000, "yen", f"{c(O(s_arr))}千円")
# targets vs results (35)
y += 42
text(p, 40, y, "２　令和6年度の目標達成状況", 10.5)
tv = [("現年課税分", "current", 98.90, rate(s_cur[1], s_cur[0])), ("滞納繰越分", "arrears", 28.00, rate(s_arr[1], s_arr[0]))]
rws = [["区分", "目標（％）", "実績（％）", "達成率（％）"]]
for lab, seg, t_, a_ in tv:
    ach = round(a_ / t_ * 100, 2)
    rws.append([lab, r2(t_), r2(a_), r2(ach)])
    g.f(pg, "市税", "市税", 2024, "令和6年度", seg, "collection_rate", "target", t_, "percent", r2(t_))
    g.f(pg, "市税", "市税", 2024, "令和6年度", seg, "collection_rate", "actual", a_, "percent", r2(a_))
    g.f(pg, "市税", "市税", 2024, "令和6年度", seg, "achievement_rate", "actual", ach, "percent", r2(ach))
y = table(p, 40, y + 8, [110, 90, 90, 90], rws, rh=18, fs=8.5)
# initiatives (14)
y += 22
text(p, 40, y, "３　数値目標の達成に向けた取組（令和7年度）", 10.5)
items = [
    ("(1)", "納期限後20日以内に督促状を確実に発送し、初期の未納者には電話による催告を速やかに行う。", "継続"),
    ("(2)", "預貯金や給与等の財産調査を早期に行い、納付に応じない滞納者には滞納処分を厳正に執行する。", "継続"),
    ("(3)", "高額又は処理が困難な事案は、県との共同徴収の体制に引き継いで重点的に整理する。", "拡充"),
    ("(4)", "スマートフォン決済アプリによる納付を広報紙とホームページで周知し、納付の機会を広げる。", "新規"),
]
y += 8
for k, (lab, t, st) in enumerate(items):
    body = f"{lab} {t}"
    if k == 3:
        y = para(p, 52, y + 10, body, 9, 480, "m", indent=14)
        text(p, 470, y, f"【{st}】", 9, "m")
        y += 4
    else:
        y = para(p, 52, y + 10, body + f"【{st}】", 9, 480, "m", indent=14)
    g.i(pg, "市税", 2025, "数値目標の達成に向けた取組", lab, t, st)
# 【参考】 box (9)
y += 16
box(p, (40, y, 555, y + 62), fill=(0.97, 0.97, 0.92))
text(p, 50, y + 16, "【参考】令和6年度末の滞納整理の状況", 9.5)
text(p, 60, y + 32, "・滞納者数：612人", 9)
text(p, 60, y + 46, f"・収入未済額：{c(oy)}千円", 9)
text(p, 260, y + 32, "・差押件数：148件", 9)
text(p, 260, y + 46, "・うち預貯金の差押え：97件", 9)
g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "delinquents", "actual", 612, "persons", "612人")
g.f(pg, "市税", "市税", 2024, "令和6年度末", "total", "outstanding", "actual", oy * 1000, "yen", f"{c(oy)}千円")

# ================= page 4: 取組個票（国民健康保険税） (7, 61, 28, 53, 14) =================
p = D.new(); header_footer(p); pg = 4
text(p, 40, 62, "資料３　取組個票", 12)
table(p, 40, 72, [260, 255], [["債権名　国民健康保険税", "所管課　市民保険課"]], rh=20, fs=9.5, header_rows=1,
      aligns=["l", "l"], shade=(0.9, 0.95, 0.9))
kc, ka = R6["国民健康保険税"][1], R6["国民健康保険税"][2]
kc5, ka5 = (521334, 497101, 0), (104221, 20563, 6012)
text(p, 40, 112, "１　収納状況（単位：千円、％）", 10.5)
rws = [["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for lab, seg, a6, a5 in (("現年課税分", "current", kc, kc5), ("滞納繰越分", "arrears", ka, ka5),
                         ("合計", "total", tot(kc, ka), tot(kc5, ka5))):
    row = [lab]
    for fn, met in ((lambda t: t[0], "assessed"), (lambda t: t[1], "collected"), (lambda t: t[2], "written_off"),
                    (O, "outstanding")):
        v6, v5 = fn(a6), fn(a5)
        row.append(f"{c(v6)}\n{c(v5)}")
        g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg, met, "actual", v6 * 1000, "yen", c(v6))
        g.f(pg, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", seg, met, "actual", v5 * 1000, "yen", c(v5))
    q6, q5 = rate(a6[1], a6[0]), rate(a5[1], a5[0])
    row.append(f"{r2(q6)}\n{r2(q5)}")
    g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg, "collection_rate", "actual", q6, "percent", r2(q6))
    g.f(pg, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", seg, "collection_rate", "actual", q5, "percent", r2(q5))
    rws.append(row)
y = table(p, 40, 118, [95, 95, 95, 75, 85, 70], rws, rh=30, rhs=[18, 30, 30, 30], fs=8.5)
text(p, 40, y + 11, "上段：令和6年度、下段：令和5年度", 8)
# targets stacked (28)
y += 30
text(p, 40, y, "２　数値目標", 10.5)
tg = [("令和7年度", 2025, (493500, 96.00), (21000, 22.50)), ("令和8年度", 2026, (495800, 96.20), (21500, 23.50))]
rws = [["区分", "令和7年度目標", "令和8年度目標"]]
for lab, seg, idx in (("現年課税分", "current", 2), ("滞納繰越分", "arrears", 3)):
    row = [f"{lab}\n上：収入済額（千円）\n下：収納率（％）"]
    for ylab, fy, cu, ar in tg:
        amt, rr = (cu if idx == 2 else ar)
        row.append(f"{c(amt)}\n{r2(rr)}")
        g.f(pg, "国民健康保険税", "国民健康保険税", fy, ylab, seg, "collected", "target", amt * 1000, "yen", c(amt))
        g.f(pg, "国民健康保険税", "国民健康保険税", fy, ylab, seg, "collection_rate", "target", rr, "percent", r2(rr))
    rws.append(row)
y = table(p, 40, y + 8, [170, 172, 173], rws, rh=40, rhs=[18, 40, 40], fs=8.5, aligns=["l", "r", "r"])
# 現状と課題 cell (53) + 取組 cell (14)
y += 20
O6, O5 = O(kc) + O(ka), O(kc5) + O(ka5)
q6c, q5c = rate(kc[1], kc[0]), rate(kc5[1], kc5[0])
q6a = rate(ka[1], ka[0])
ptxt = (f"令和6年度末の収入未済額は{c(O6)}千円で、前年度より{c(O5 - O6)}千円減少した。現年課税分の収納率は"
        f"{r2(q6c)}％となり前年度比{r2(q6c - q5c)}ポイント上昇したが、滞納繰越分は{r2(q6a)}％にとどまっており、"
        "長期化した滞納案件の整理が課題である。")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度末", "total", "outstanding", "actual", O6 * 1000, "yen", f"{c(O6)}千円")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度末", "total", "difference", "actual", (O6 - O5) * 1000, "yen", f"{c(O5 - O6)}千円減少")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度末", "current", "collection_rate", "actual", q6c, "percent", f"{r2(q6c)}％")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度末", "current", "difference", "actual", round(q6c - q5c, 2), "points", f"{r2(q6c - q5c)}ポイント")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度末", "arrears", "collection_rate", "actual", q6a, "percent", f"{r2(q6a)}％")
its = [("①", "口座振替の利用を窓口と通知で勧め、納め忘れによる滞納の発生を防ぐ。", "継続"),
       ("②", "短期被保険者証の更新時に納付相談の機会を設け、分割納付の履行を管理する。", "継続"),
       ("③", "滞納繰越分のうち少額で長期化した事案を抽出し、財産調査と執行停止の判断を年度内に行う。", "拡充")]
celltxt = "".join(f"{l}{t}【{s}】" for l, t, s in its)
rws = [["現状と課題", ptxt], ["令和7年度の取組内容", celltxt]]
w2 = 415
h1 = len(wrap(ptxt, 8.5, w2 - 6)) * 11.5 + 10
h2 = len(wrap(celltxt, 8.5, w2 - 6)) * 11.5 + 10
y = table(p, 40, y, [100, w2], rws, rhs=[h1, h2], fs=8.5, header_rows=0, aligns=["c", "l"])
for l, t, s in its:
    g.i(pg, "国民健康保険税", 2025, "令和7年度の取組内容", l, t, s)

# ================= page 5: 介護・後期 (1 debts as columns, 22 zebra, 27, 12, 14 box) =================
p = D.new(); header_footer(p); pg = 5
text(p, 40, 62, "資料３　取組個票", 12)
text(p, 40, 84, "介護保険料・後期高齢者医療保険料の収納状況（令和６年度決算）", 10.5)
kv, kk = R6["介護保険料"], R6["後期高齢者医療保険料"]
rws = [["区分", "介護保険料", "後期高齢者医療保険料"]]
for lab, seg, idx, met in (("現年分 調定額（千円）", "current", 0, "assessed"), ("現年分 収入済額（千円）", "current", 1, "collected"),
                           ("現年分 収納率（％）", "current", None, "collection_rate"),
                           ("滞繰分 調定額（千円）", "arrears", 0, "assessed"), ("滞繰分 収入済額（千円）", "arrears", 1, "collected"),
                           ("滞繰分 収納率（％）", "arrears", None, "collection_rate")):
    row = [lab]
    for nm, v in (("介護保険料", kv), ("後期高齢者医療保険料", kk)):
        t = v[1] if seg == "current" else v[2]
        if idx is None:
            s = r2(rate(t[1], t[0])); val = rate(t[1], t[0]); u = "percent"
        else:
            s = c(t[idx]); val = t[idx] * 1000; u = "yen"
        row.append(s)
        g.f(pg, nm, nm, 2024, "令和６年度", seg, met, "actual", val, u, s)
    rws.append(row)
y = table(p, 40, 92, [170, 150, 170], rws, rh=17, fs=8.5, rules=False, zebra=(0.93, 0.93, 0.93), shade=(0.75, 0.82, 0.9))
hline(p, 40, 530, y, 0.6)
# brackets (27)
y += 24
text(p, 40, y, "収納率の推移（単位：％）　令和６年度決算（　）内は令和５年度決算", 10)
br = {"介護保険料": ((99.05, 26.41)), "後期高齢者医療保険料": ((99.58, 36.92))}
rws = [["債権名", "現年分", "滞繰分"]]
for nm, v in (("介護保険料", kv), ("後期高齢者医療保険料", kk)):
    q1, q2 = rate(v[1][1], v[1][0]), rate(v[2][1], v[2][0])
    p1, p2 = br[nm]
    rws.append([nm, f"{r2(q1)}（{r2(p1)}）", f"{r2(q2)}（{r2(p2)}）"])
    for seg, q, pq in (("current", q1, p1), ("arrears", q2, p2)):
        g.f(pg, nm, nm, 2024, "令和６年度", seg, "collection_rate", "actual", q, "percent", r2(q))
        g.f(pg, nm, nm, 2023, "令和５年度", seg, "collection_rate", "actual", pq, "percent", r2(pq))
y = table(p, 40, y + 8, [170, 150, 150], rws, rh=18, fs=8.5)
# boxes with items (14)
y += 24
for nm, head, its in (
    ("介護保険料", "【介護保険料の取組】", [
        ("・", "年金からの特別徴収への切替えを早期に行い、普通徴収の期間を短くする。"),
        ("・", "滞納が続く被保険者に給付制限の内容を個別に説明し、納付につなげる。"),
        ("・", "督促後も納付のない者の預貯金調査を行い、差押えを実施する。")]),
    ("後期高齢者医療保険料", "【後期高齢者医療保険料の取組】", [
        ("・", "広域連合と連携して資格取得時の口座振替の勧奨を行う。"),
        ("・", "納付が滞っている被保険者へ訪問による納付相談を行う。")])):
    h = 24 + 15 * len(its)
    box(p, (40, y, 555, y + h), fill=(0.98, 0.98, 1.0))
    text(p, 50, y + 16, head, 9.5)
    yy = y + 32
    for l, t in its:
        text(p, 58, yy, l + t, 9, "m")
        g.i(pg, nm, 2025, head.strip("【】"), l, t, None)
        yy += 15
    y += h + 14

# ================= page 6: 市営住宅使用料 (6, 58) =================
p = D.new(); header_footer(p); pg = 6
text(p, 40, 62, "資料３　取組個票", 12)
table(p, 40, 72, [60, 130, 60, 100, 60, 105], [["債権名", "市営住宅使用料", "所管課", "建設課 住宅係", "債権区分", "私債権"]],
      rh=20, fs=9, header_rows=0, aligns=["c", "l", "c", "l", "c", "l"])
text(p, 40, 112, "１　収納状況の推移（現年分・滞納繰越分の合計、単位：千円、％）", 10.5)
ju = [("令和4年度", 2022, (104512, 82236, 1533)), ("令和5年度", 2023, (105033, 82911, 1402)),
      ("令和6年度", 2024, tot(R6["市営住宅使用料"][1], R6["市営住宅使用料"][2]))]
rws = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for lab, fy, t in ju:
    rws.append([lab, c(t[0]), c(t[1]), c(t[2]), c(O(t)), r2(rate(t[1], t[0]))])
    for met, v, u, s in (("assessed", t[0] * 1000, "yen", c(t[0])), ("collected", t[1] * 1000, "yen", c(t[1])),
                         ("written_off", t[2] * 1000, "yen", c(t[2])), ("outstanding", O(t) * 1000, "yen", c(O(t))),
                         ("collection_rate", rate(t[1], t[0]), "percent", r2(rate(t[1], t[0])))):
        g.f(pg, "市営住宅使用料", "市営住宅使用料", fy, lab, "total", met, "actual", v, u, s)
rws.append(["令和7年度目標", "－", "－", "－", c(19000), r2(80.50)])
g.f(pg, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度目標", "total", "outstanding", "target", 19000000, "yen", c(19000))
g.f(pg, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度目標", "total", "collection_rate", "target", 80.50, "percent", "80.50")
y = table(p, 40, 118, [95, 85, 85, 80, 85, 70], rws, rh=18, fs=8.5)
text(p, 40, y + 20, "２　取組の実施状況（令和7年9月末現在）", 10.5)
st = [("1", "家賃の滞納が3か月に達した入居者への連帯保証人あて通知", "4月～", "◎"),
      ("2", "滞納6か月以上の入居者に対する明渡し請求の予告", "通年", "○"),
      ("3", "退去者の滞納家賃について支払督促の申立て", "10月～", "○"),
      ("4", "入居時説明会での口座振替手続の案内", "通年", "◎"),
      ("5", "高齢入居者の福祉部門との情報共有による生活相談の実施", "検討中", "△")]
rws = [["No.", "取組項目", "実施時期", ""]]
for n, t, w, m in st:
    rws.append([n, t, w, m])
    g.i(pg, "市営住宅使用料", 2025, "取組の実施状況", n, t, None)
y = table(p, 40, y + 28, [30, 345, 80, 60], rws, rh=20, fs=8.5, aligns=["c", "l", "c", "c"])
text(p, 40, y + 12, "◎：実施済　○：実施中　△：未着手", 8)

# ================= page 7: 前回会議（書面開催）の結果 (10, 13, 15, 57) =================
p = D.new(); header_footer(p); pg = 7
text(p, 40, 62, "資料４　令和7年度第1回香美市債権管理対策会議（書面開催）の結果について", 11.5)
y = para(p, 40, 90, "令和7年度第1回会議は、令和7年6月20日付けで各委員へ資料を送付し、書面により開催した。"
         "資料に対して寄せられた意見と、これに対する事務局の回答は次のとおりである。", 9.5, 515)
y = para(p, 40, y + 6, "１　構成員　委員８名、事務局３名", 9.5, 515)
mem = ["委員長　副市長", "委員　総務課長", "委員　税務課長", "委員　市民保険課長", "委員　健康介護支援課長",
       "委員　子ども・子育て支援課長", "委員　建設課長", "委員　上下水道課長"]
for k, m in enumerate(mem):
    text(p, 60 + (k % 2) * 240, y + 6 + (k // 2) * 15, m, 9, "m")
y += 6 + 4 * 15 + 4
y = para(p, 40, y, "事務局　税務課 収納対策係（3名）", 9, 515)
y = para(p, 40, y + 6, "２　意見及び回答", 9.5, 515)
qa = [("○市民保険課長", "令和6年度決算で国民健康保険税の現年課税分収納率が上昇した要因は何か。"),
      ("○税務課長", f"令和6年度決算では、市税全体の収納率が{r2(s_rate)}％となり、前年度を上回った。"
                    "国民健康保険税も口座振替の勧奨と早期の催告を組み合わせた結果、現年課税分の収納率が"
                    f"{r2(q6c)}％まで上昇したものと考えている。"),
      ("○建設課長", "市営住宅使用料の滞納繰越分について、法的措置の対象をどのように選んでいるのか。"),
      ("○税務課長", "滞納額と滞納期間を基準に、所管課と協議して対象者を選定している。今年度は支払督促を中心に進める予定である。")]
stm = []
for spk, t in qa:
    text(p, 40, y + 8, spk, 9.5)
    y = para(p, 120, y + 8, t, 9.5, 435)
    y += 4
    stm.append({"speaker": spk.lstrip("○"), "section": "意見及び回答", "text": t})
g.f(pg, "市税", "市税", 2024, "令和6年度決算", "total", "collection_rate", "actual", s_rate, "percent", f"{r2(s_rate)}％")
g.f(pg, "国民健康保険税", "国民健康保険税", 2024, "令和6年度決算", "current", "collection_rate", "actual", q6c, "percent", f"{r2(q6c)}％")
y = para(p, 40, y + 10, "３　結果　資料のとおり了承された。", 9.5, 515)

out = f"pdf/{STEM}.pdf"
D.d.subset_fonts()
D.d.save(out, garbage=4, deflate=True)
g.write(out, "gold")
