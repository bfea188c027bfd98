"""取手市 令和7年度第1回債権管理委員会 資料 (committee_material), drawn directly with PyMuPDF.

Run from corpus/frozen33:  python3 build/fi_toride_committee_1.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from fi_common import (Gold, PDF_DIR, check_pdf, comma, oku_man, rate, series, signed,  # noqa: E402
                       zdig)
from fi_mupdf import Pager, box, cell_text, hang, para, table, text, tlen, wrap  # noqa: E402

STEM = "fi_toride_committee_1"
CITY = "取手市"
TITLE = "令和7年度 第1回取手市債権管理委員会 資料"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2025-07-24", "令和7年7月24日（木）")

YEARS = [2021, 2022, 2023, 2024]
RY = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7"}
# name, canonical, cur0, growth, cur rates, arr0, arr rates, write-off fractions
SPEC = [
    ("市税", "市税", 14205300, 1.015, [98.85, 98.97, 99.06, 99.12], 612400, [27.4, 29.1, 30.6, 31.5], [0.061, 0.058, 0.055, 0.052]),
    ("国民健康保険税", "国民健康保険税", 2652800, 0.97, [92.61, 93.05, 93.42, 93.85], 902300, [21.2, 22.4, 23.9, 24.8], [0.092, 0.088, 0.085, 0.081]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1221500, 1.04, [99.41, 99.47, 99.50, 99.55], 14200, [38.2, 40.5, 43.0, 45.1], [0.05] * 4),
    ("介護保険料", "介護保険料", 2251000, 1.013, [98.81, 98.90, 98.97, 99.05], 71300, [18.6, 19.8, 21.0, 22.3], [0.21, 0.20, 0.19, 0.18]),
    ("保育所保育料", "保育所保育料", 331200, 0.965, [99.02, 99.11, 99.22, 99.30], 29800, [14.1, 15.8, 16.9, 18.2], [0.07] * 4),
    ("市営住宅使用料", "市営住宅使用料", 124800, 0.993, [96.85, 97.02, 97.21, 97.40], 71900, [11.2, 12.5, 13.4, 14.6], [0.03, 0.028, 0.025, 0.022]),
    ("下水道使用料", "下水道使用料", 1790200, 1.004, [98.70, 98.78, 98.88, 98.95], 45300, [47.5, 49.2, 50.8, 52.4], [0.04] * 4),
]
DATA = {}
for name, canon, cur0, gr, cr, arr0, ar, wo in SPEC:
    DATA[name] = series(YEARS, cur0, gr, cr, arr0, ar, wo)
ARR0 = {s[0]: s[5] for s in SPEC}
CANON = {s[0]: s[1] for s in SPEC}

HEAD = (0.85, 0.88, 0.93)
ZEBRA = (0.94, 0.95, 0.97)
pg = Pager()


def r2(x):
    return f"{x:.2f}"


def hdr(page, label, no=None):
    text(page, 50, 45, label, 9, "G")
    if no:
        w = tlen(no, 10, "G")
        box(page, 545 - w - 10, 33, 545, 50, 0.8)
        text(page, 545 - w - 5, 46, no, 10, "G")


def footer(page, n):
    s = f"- {n} -"
    text(page, 297.5 - tlen(s, 9) / 2, 815, s, 9)


# ---------------------------------------------------------------- page 1: cover and 目次
p = pg.new()
text(p, 470, 60, "資料", 11, "G")
text(p, 120, 150, "令和7年度 第1回", 20, "G")
text(p, 120, 185, "取手市債権管理委員会 資料", 20, "G")
p.draw_line((110, 200), (485, 200), width=1.2)
y = 240
for lab, val in [("日　時", "令和7年7月24日（木）午後2時00分～"), ("場　所", "取手市役所 議会棟 第1委員会室")]:
    text(p, 140, y, lab, 11); text(p, 210, y, val, 11); y += 24
y += 20
text(p, 140, y, "次　　第", 13, "G"); y += 30
for s in ["１　開　会", "２　議　題", "　（１）令和6年度 主要債権の決算状況について　　　　　資料１",
          "　（２）令和7年度 債権別取組個票について　　　　　　　資料２", "　（３）その他", "３　閉　会"]:
    text(p, 150, y, s, 11); y += 22
y += 25
text(p, 140, y, "目　　次", 13, "G"); y += 28
TOC = [("資料１　令和6年度 主要債権の決算状況", 2), ("　　　　収入未済額・収納率の推移、不納欠損の状況", 3),
       ("資料２　取組個票　No.1　市税", 4), ("　　　　取組個票　No.2　国民健康保険税", 5),
       ("　　　　取組個票　No.3　介護保険料", 6), ("　　　　取組個票　No.4　市営住宅使用料", 7)]
for s, n in TOC:
    text(p, 150, y, s, 10.5)
    w = tlen(s, 10.5)
    dots = "・" * int((330 - w) / 10.5)
    text(p, 150 + w + 4, y, dots, 10.5)
    text(p, 495, y, str(n), 10.5); y += 21
text(p, 360, 770, "取手市 財政部 収納課", 11)

# ---------------------------------------------------------------- page 2: summary table
PAGE = 2
p = pg.new()
hdr(p, "資料１", "資料１")
text(p, 50, 80, "１　令和6年度 主要債権の決算状況", 13, "G")
text(p, 468, 104, "（単位：千円、％）", 8.5)
names = [s[0] for s in SPEC]
y24 = 2024
tot = {seg: {k: sum(DATA[n][y24][seg][k] for n in names) for k in "acwo"} for seg in ("cur", "arr", "tot")}
tot23 = {seg: {k: sum(DATA[n][2023][seg][k] for n in names) for k in "acwo"} for seg in ("cur", "arr", "tot")}
H = lambda t, **k: dict(t=t, f="G", size=7.2, **k)  # noqa: E731
rows = [
    [H("債権名", rs=3), H("令和6年度決算", cs=11), None, None, None, None, None, None, None, None, None, None],
    [None, H("現年度分", cs=3), None, None, H("滞納繰越分", cs=3), None, None, H("計", cs=5), None, None, None, None],
    [None, H("調定額※2"), H("収入済額"), H("収納率"), H("調定額"), H("収入済額"), H("収納率"),
     H("調定額"), H("収入済額"), H("収納率"), H("不納欠損額"), H("収入未済額")],
]
for n in names:
    d = DATA[n][y24]
    cells = [dict(t=n, al="l", size=7.2)]
    for seg in ("cur", "arr"):
        s = d[seg]
        rt = rate(s["c"], s["a"])
        rt_s = r2(rt) + ("※1" if (n == "国民健康保険税" and seg == "arr") else "")
        cells += [dict(t=comma(s["a"]), al="r"), dict(t=comma(s["c"]), al="r"), dict(t=rt_s, al="r")]
        segn = "current" if seg == "cur" else "arrears"
        G.fact(PAGE, CANON[n], n, y24, "令和6年度", segn, "assessed", "actual", s["a"] * 1000, "yen", comma(s["a"]))
        G.fact(PAGE, CANON[n], n, y24, "令和6年度", segn, "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
        G.fact(PAGE, CANON[n], n, y24, "令和6年度", segn, "collection_rate", "actual", rt, "percent", rt_s)
    s = d["tot"]
    rt = rate(s["c"], s["a"])
    cells += [dict(t=comma(s["a"]), al="r"), dict(t=comma(s["c"]), al="r"), dict(t=r2(rt), al="r"),
              dict(t=comma(s["w"]), al="r"), dict(t=comma(s["o"]), al="r")]
    for m, v in (("assessed", s["a"]), ("collected", s["c"]), ("written_off", s["w"]), ("outstanding", s["o"])):
        G.fact(PAGE, CANON[n], n, y24, "令和6年度", "total", m, "actual", v * 1000, "yen", comma(v))
    G.fact(PAGE, CANON[n], n, y24, "令和6年度", "total", "collection_rate", "actual", rt, "percent", r2(rt))
    rows.append(cells)
cells = [dict(t="合計", f="G", size=7.2)]
for seg in ("cur", "arr"):
    s = tot[seg]
    rt = rate(s["c"], s["a"])
    cells += [dict(t=comma(s["a"]), al="r"), dict(t=comma(s["c"]), al="r"), dict(t=r2(rt), al="r")]
    segn = "current" if seg == "cur" else "arrears"
    G.fact(PAGE, None, "合計", y24, "令和6年度", segn, "assessed", "actual", s["a"] * 1000, "yen", comma(s["a"]))
    G.fact(PAGE, None, "合計", y24, "令和6年度", segn, "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
    G.fact(PAGE, None, "合計", y24, "令和6年度", segn, "collection_rate", "actual", rt, "percent", r2(rt))
s = tot["tot"]
rt_tot24 = rate(s["c"], s["a"])
cells += [dict(t=comma(s["a"]), al="r"), dict(t=comma(s["c"]), al="r"), dict(t=r2(rt_tot24), al="r"),
          dict(t=comma(s["w"]), al="r"), dict(t=comma(s["o"]) + "※3", al="r")]
for m, v in (("assessed", s["a"]), ("collected", s["c"]), ("written_off", s["w"])):
    G.fact(PAGE, None, "合計", y24, "令和6年度", "total", m, "actual", v * 1000, "yen", comma(v))
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "outstanding", "actual", s["o"] * 1000, "yen", comma(s["o"]) + "※3")
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "collection_rate", "actual", rt_tot24, "percent", r2(rt_tot24))
rows.append(cells)
widths = [56] + [39.2] * 10 + [47]
yb = table(p, 50, 110, widths, rows, size=6.9, head_rows=3, head_fill=HEAD, zebra=ZEBRA, min_h=17, pad=2)
y = yb + 6
arr_out_tax = DATA["市税"][y24]["arr"]["o"]
notes = ["※1　国民健康保険税の滞納繰越分は、旧被保険者に係る分を含む。",
         "※2　調定額は、還付未済額を除いた額である。",
         f"※3　うち市税の滞納繰越分 {comma(arr_out_tax)}千円"]
G.fact(PAGE, "市税", "市税", y24, "令和6年度", "arrears", "outstanding", "actual", arr_out_tax * 1000, "yen",
       f"{comma(arr_out_tax)}千円")
for s_ in notes:
    text(p, 56, y + 9, s_, 8); y += 13
y += 14
text(p, 50, y, "２　決算状況の概要", 12, "G"); y += 6
o24_txt, o24 = oku_man(tot["tot"]["o"] * 1000)
o23_txt, o23 = oku_man(tot23["tot"]["o"] * 1000)
dif_txt, dif = oku_man(abs(o24 - o23))
rt_tot23 = rate(tot23["tot"]["c"], tot23["tot"]["a"])
dpt = round(rt_tot24 - rt_tot23, 2)
prose1 = (f"令和6年度決算における主要7債権の収入未済額は、合計で約{o24_txt}となり、前年度の約{o23_txt}から"
          f"約{dif_txt}減少した。合計の収納率は{r2(rt_tot24)}％で、前年度比{dpt:.2f}ポイント上昇している。")
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "outstanding", "actual", o24, "yen", f"約{o24_txt}", approx=True)
G.fact(PAGE, None, "合計", 2023, "前年度", "total", "outstanding", "actual", o23, "yen", f"約{o23_txt}", approx=True)
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "difference", "actual", -dif, "yen", f"約{dif_txt}", approx=True)
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "collection_rate", "actual", rt_tot24, "percent", f"{r2(rt_tot24)}％")
G.fact(PAGE, None, "合計", y24, "令和6年度", "total", "difference", "actual", dpt, "points", f"{dpt:.2f}ポイント")
assert dpt > 0 and o24 < o23
y = para(p, 62, y + 4, 470, "　" + prose1, 10)
kz = DATA["国民健康保険税"]
kz_d = round(rate(kz[2024]["cur"]["c"], kz[2024]["cur"]["a"]) - rate(kz[2023]["cur"]["c"], kz[2023]["cur"]["a"]), 2)
prose2 = ("　債権別では、国民健康保険税の現年度分収納率が前年度から" + f"{kz_d:.2f}ポイント改善したものの、"
          "被保険者数の減少に伴い調定額が縮小しており、滞納繰越分の圧縮が引き続き課題である。"
          "市営住宅使用料は、長期滞納者に対する明渡請求等の法的措置を進めた結果、滞納繰越分の収入済額が増加した。")
G.fact(PAGE, "国民健康保険税", "国民健康保険税", y24, None, "current", "difference", "actual", kz_d, "points", f"{kz_d:.2f}ポイント")
y = para(p, 62, y + 4, 470, prose2, 10)
y += 22
text(p, 50, y, "３　前年度との比較", 12, "G")
text(p, 468, y + 8, "（単位：千円、％）", 8.5)
rows = [[dict(t="債権名", rs=2, f="G"), dict(t="収入未済額", cs=3, f="G"), None, None, dict(t="収納率（計）", cs=3, f="G"), None, None],
        [None, dict(t="令和5年度", f="G"), dict(t="令和6年度", f="G"), dict(t="増減", f="G"),
         dict(t="令和5年度", f="G"), dict(t="令和6年度", f="G"), dict(t="差", f="G")]]
for n in names + ["合計"]:
    if n == "合計":
        a23, a24 = tot23["tot"], tot["tot"]
        dn, dr = None, "合計"
    else:
        a23, a24 = DATA[n][2023]["tot"], DATA[n][2024]["tot"]
        dn, dr = CANON[n], n
    r23, r24 = rate(a23["c"], a23["a"]), rate(a24["c"], a24["a"])
    do = a24["o"] - a23["o"]; dpp = round(r24 - r23, 2)
    rows.append([dict(t=n, al="l", f="G" if n == "合計" else "M"), dict(t=comma(a23["o"]), al="r"), dict(t=comma(a24["o"]), al="r"),
                 dict(t=signed(do), al="r"), dict(t=r2(r23), al="r"), dict(t=r2(r24), al="r"), dict(t=signed(dpp, nd=2), al="r")])
    G.fact(PAGE, dn, dr, 2023, "令和5年度", "total", "outstanding", "actual", a23["o"] * 1000, "yen", comma(a23["o"]))
    G.fact(PAGE, dn, dr, 2024, "令和6年度", "total", "outstanding", "actual", a24["o"] * 1000, "yen", comma(a24["o"]))
    G.fact(PAGE, dn, dr, 2024, "令和6年度", "total", "difference", "actual", do * 1000, "yen", signed(do))
    G.fact(PAGE, dn, dr, 2023, "令和5年度", "total", "collection_rate", "actual", r23, "percent", r2(r23))
    G.fact(PAGE, dn, dr, 2024, "令和6年度", "total", "collection_rate", "actual", r24, "percent", r2(r24))
    G.fact(PAGE, dn, dr, 2024, "令和6年度", "total", "difference", "actual", dpp, "points", signed(dpp, nd=2))
yb = table(p, 50, y + 14, [101, 70, 70, 62, 64, 64, 64], rows, size=8, min_h=16, head_fill=HEAD, head_rows=2)
text(p, 56, yb + 11, "※ 増減・差の△はマイナスを示す。", 8)
footer(p, 2)

# ---------------------------------------------------------------- page 3: charts, boxed table, 参考
PAGE = 3
p = pg.new()
hdr(p, "資料１", "資料１")
text(p, 50, 80, "３　収入未済額及び収納率の推移（主要7債権計）", 13, "G")
# bar chart of 収入未済額 (百万円)
vals = [(2020, sum(ARR0.values()))] + [(yy, sum(DATA[n][yy]["tot"]["o"] for n in names)) for yy in YEARS]
cx0, cy0, cw, ch = 62, 120, 225, 170
text(p, cx0, 108, "図１　収入未済額の推移（単位：百万円）", 9, "G")
box(p, cx0 - 6, 112, cx0 + cw + 6, cy0 + ch + 30, 0.6)
vmax = 2000
base = cy0 + ch
p.draw_line((cx0 + 18, base), (cx0 + cw, base), width=0.6)
for t_ in (0, 500, 1000, 1500, 2000):
    yy = base - ch * 0.85 * t_ / vmax
    p.draw_line((cx0 + 18, yy), (cx0 + cw, yy), width=0.2, color=(0.7, 0.7, 0.7))
    text(p, cx0 - 2, yy + 3, f"{t_:,}", 6.5)
bw = 26
for i, (yy_, v) in enumerate(vals):
    mv = int(round(v / 1000))
    h = ch * 0.85 * mv / vmax
    bx = cx0 + 30 + i * 39
    p.draw_rect(fitz.Rect(bx, base - h, bx + bw, base), color=None, fill=(0.35, 0.5, 0.72))
    lab = f"{mv:,}"
    text(p, bx + bw / 2 - tlen(lab, 7.5) / 2, base - h - 3, lab, 7.5)
    yl = RY[yy_]
    text(p, bx + bw / 2 - tlen(yl, 8) / 2, base + 12, yl, 8)
    G.fact(PAGE, None, None, yy_, yl, "total", "outstanding", "actual", mv * 1_000_000, "yen", lab)
# line chart of 収納率 (計)
lx0 = 318
text(p, lx0, 108, "図２　収納率（計）の推移（単位：％）", 9, "G")
box(p, lx0 - 6, 112, lx0 + cw + 6, cy0 + ch + 30, 0.6)
p.draw_line((lx0 + 18, base), (lx0 + cw, base), width=0.6)
rts = [(yy, rate(sum(DATA[n][yy]["tot"]["c"] for n in names), sum(DATA[n][yy]["tot"]["a"] for n in names))) for yy in YEARS]
lo, hi = 92.0, 96.0
for t_ in (92, 93, 94, 95, 96):
    yy = base - ch * 0.85 * (t_ - lo) / (hi - lo)
    p.draw_line((lx0 + 18, yy), (lx0 + cw, yy), width=0.2, color=(0.7, 0.7, 0.7))
    text(p, lx0 + 2, yy + 3, str(t_), 6.5)
pts = []
for i, (yy_, rv) in enumerate(rts):
    px = lx0 + 45 + i * 48
    py = base - ch * 0.85 * (rv - lo) / (hi - lo)
    pts.append((px, py))
    lab = r2(rv)
    text(p, px - tlen(lab, 7.5) / 2, py - 7, lab, 7.5)
    text(p, px - tlen(RY[yy_], 8) / 2, base + 12, RY[yy_], 8)
    G.fact(PAGE, None, None, yy_, RY[yy_], "total", "collection_rate", "actual", rv, "percent", lab)
p.draw_polyline(pts, color=(0.75, 0.2, 0.2), width=1.4)
for px, py in pts:
    p.draw_circle((px, py), 2.2, color=(0.75, 0.2, 0.2), fill=(0.75, 0.2, 0.2))
# boxed table with caption over the box and source line under it
y = cy0 + ch + 58
text(p, 50, y, "４　不納欠損の状況", 13, "G"); y += 22
text(p, 62, y, "表２　令和6年度 債権別の不納欠損額", 9.5, "G")
text(p, 470, y, "（単位：円、件）", 8)
rng = random.Random(33)
WO_YEN = {}
rows = [[dict(t="債権名", f="G"), dict(t="不納欠損額", f="G"), dict(t="件数", f="G"), dict(t="主な事由", f="G")]]
REASON = {"市税": "執行停止3年経過、時効完成", "国民健康保険税": "執行停止3年経過、生活困窮",
          "後期高齢者医療保険料": "時効完成", "介護保険料": "時効完成（2年）", "保育所保育料": "時効完成、所在不明",
          "市営住宅使用料": "債権放棄（死亡・相続人不存在）", "下水道使用料": "時効完成、事業廃止"}
ncase = {"市税": 1186, "国民健康保険税": 1642, "後期高齢者医療保険料": 58, "介護保険料": 912, "保育所保育料": 31,
         "市営住宅使用料": 7, "下水道使用料": 214}
for n in names:
    w = DATA[n][y24]["tot"]["w"]
    yen = w * 1000 + rng.randint(-499, 499)
    WO_YEN[n] = yen
    rows.append([dict(t=n, al="l"), dict(t=comma(yen), al="r"), dict(t=comma(ncase[n]), al="r"), dict(t=REASON[n], al="l", size=8)])
    G.fact(PAGE, CANON[n], n, y24, "令和6年度", "total", "written_off", "actual", yen, "yen", comma(yen))
wsum = sum(WO_YEN.values())
rows.append([dict(t="計", f="G"), dict(t=comma(wsum), al="r"), dict(t=comma(sum(ncase.values())), al="r"), ""])
G.fact(PAGE, None, "計", y24, "令和6年度", "total", "written_off", "actual", wsum, "yen", comma(wsum))
box(p, 56, y + 6, 539, y + 6 + 9 * 17 + 14, 1.2)
yb = table(p, 64, y + 13, [118, 90, 60, 199], rows, size=8.5, min_h=17, head_fill=HEAD, head_rows=1)
text(p, 62, yb + 26, "出典：令和6年度 取手市一般会計・特別会計歳入歳出決算書、各債権所管課調べ", 8)
# 参考 box
y = yb + 50
tax = DATA["市税"][y24]
o_tax_txt, o_tax = oku_man(tax["tot"]["o"] * 1000)
cr_tax = rate(tax["cur"]["c"], tax["cur"]["a"]); ar_tax = rate(tax["arr"]["c"], tax["arr"]["a"])
box(p, 56, y, 539, y + 88, 0.8)
text(p, 66, y + 18, "【参考】令和6年度 市税の状況", 10, "G")
cur_d = rate(tax['cur']['c'], tax['cur']['a']) - rate(DATA['市税'][2023]['cur']['c'], DATA['市税'][2023]['cur']['a'])
lines = [f"・現年課税分収納率：{r2(cr_tax)}％（前年度比 +{cur_d:.2f}ポイント）", f"・滞納繰越分収納率：{r2(ar_tax)}％",
         f"・収入未済額：約{o_tax_txt}"]
G.fact(PAGE, "市税", "市税", y24, "令和6年度", "current", "collection_rate", "actual", cr_tax, "percent", f"{r2(cr_tax)}％")
G.fact(PAGE, "市税", "市税", y24, "令和6年度", "current", "difference", "actual", round(cur_d, 2), "points", f"+{cur_d:.2f}ポイント")
G.fact(PAGE, "市税", "市税", y24, "令和6年度", "arrears", "collection_rate", "actual", ar_tax, "percent", f"{r2(ar_tax)}％")
G.fact(PAGE, "市税", "市税", y24, "令和6年度", "total", "outstanding", "actual", o_tax, "yen", f"約{o_tax_txt}", approx=True)
yy = y + 38
for s_ in lines:
    text(p, 76, yy, s_, 9.5); yy += 16
footer(p, 3)


# ---------------------------------------------------------------- 個票 helpers
def label_box(page, y, items):
    """One-row label/value strip: 債権名 | X | 所管課 | Y | 債権区分 | Z."""
    widths = [52, 100, 48, 130, 52, 113]
    cells = []
    for i, (k, v) in enumerate(items):
        cells += [dict(t=k, f="G", fill=HEAD), dict(t=v, al="l")]
    return table(page, 50, y, widths, [cells], size=9, min_h=22)


def tag_lines(page, x, y, width, label, body, tag, size=9.5, tag_alone=False):
    """Numbered item with its tag after 。 (or alone on the next line)."""
    if tag_alone:
        y = hang(page, x, y, width, label, body, size)
        lw = tlen(label, size)
        y += size * 1.55
        text(page, x + lw, y - size * 0.3, f"【{tag}】", size)
        return y
    return hang(page, x, y, width, label, body + (f"【{tag}】" if tag else ""), size)


# ---------------------------------------------------------------- page 4: No.1 市税
PAGE = 4
p = pg.new()
hdr(p, "資料２　令和7年度 債権別取組個票", "No.1")
y = label_box(p, 62, [("債権名", "市税"), ("所管課", "財政部 収納課"), ("債権区分", "強制徴収公債権")])
text(p, 50, y + 24, "１　収納状況の推移", 12, "G")
text(p, 430, y + 24, "（単位：千円、％、人、件）", 8)
d = DATA["市税"]
T7 = dict(cur=99.15, arr=32.00, tot=97.40, o=395000)
yh = [dict(t="区分", cs=2, f="G"), None] + [dict(t=f"{RY[yy]}決算", f="G") for yy in YEARS] + [dict(t="R7目標", f="G")]
rows = [yh]
specs = [("現年度分", "cur", [("調定額※", "a"), ("収入済額", "c"), ("収納率", "r")]),
         ("滞納繰越分", "arr", [("調定額", "a"), ("収入済額", "c"), ("収納率", "r")]),
         ("計", "tot", [("収納率", "r"), ("不納欠損額", "w"), ("収入未済額", "o")])]
DELQ = {2021: 4182, 2022: 3967, 2023: 3814, 2024: 3655}
SEIZE = {2021: 1204, 2022: 1288, 2023: 1341, 2024: 1407}
seg_of = {"cur": "current", "arr": "arrears", "tot": "total"}
met_of = {"a": "assessed", "c": "collected", "w": "written_off", "o": "outstanding", "r": "collection_rate"}
for glabel, seg, items in specs:
    for j, (lab, k) in enumerate(items):
        row = [dict(t=glabel, vert=True, rs=3, f="G", fill=HEAD) if j == 0 else None, dict(t=lab, al="l", f="G")]
        for yy in YEARS:
            s = d[yy][seg]
            if k == "r":
                v = rate(s["c"], s["a"]); t_ = r2(v)
                G.fact(PAGE, "市税", "市税", yy, RY[yy], seg_of[seg], "collection_rate", "actual", v, "percent", t_)
            else:
                t_ = comma(s[k])
                G.fact(PAGE, "市税", "市税", yy, RY[yy], seg_of[seg], met_of[k], "actual", s[k] * 1000, "yen", t_)
            row.append(dict(t=t_, al="r"))
        if k == "r":
            tv = T7[seg]; row.append(dict(t=r2(tv), al="r"))
            G.fact(PAGE, "市税", "市税", 2025, "R7", seg_of[seg], "collection_rate", "target", tv, "percent", r2(tv))
        elif k == "o":
            row.append(dict(t=comma(T7["o"]), al="r"))
            G.fact(PAGE, "市税", "市税", 2025, "R7", "total", "outstanding", "target", T7["o"] * 1000, "yen", comma(T7["o"]))
        else:
            row.append("－")
        rows.append(row)
rows.append([dict(t="その他", vert=True, rs=2, f="G", fill=HEAD), dict(t="滞納者数（人）", al="l", f="G")]
            + [dict(t=comma(DELQ[yy]), al="r") for yy in YEARS] + ["－"])
for yy in YEARS:
    G.fact(PAGE, "市税", "市税", yy, RY[yy], "total", "delinquents", "actual", DELQ[yy], "persons", comma(DELQ[yy]))
rows.append([None, dict(t="差押件数（件）", al="l", f="G")] + [dict(t=comma(SEIZE[yy]), al="r") for yy in YEARS] + ["－"])
yb = table(p, 50, y + 32, [34, 86, 75, 75, 75, 75, 75], rows, size=8.5, min_h=17, head_fill=HEAD, head_rows=1)
text(p, 56, yb + 12, "※ 調定額は、還付未済額を除いた額である。R7目標の「－」は目標を設定していない項目。", 8)
y = yb + 34
text(p, 50, y, "２　目標と実績", 12, "G")
text(p, 480, y, "（単位：％）", 8)
TG = {2022: (99.00, 29.50), 2023: (99.05, 30.00), 2024: (99.10, 31.00)}
rows = [[dict(t="年度", rs=2, f="G"), dict(t="現年度分 収納率", cs=3, f="G"), None, None, dict(t="滞納繰越分 収納率", cs=3, f="G"), None, None],
        [None, dict(t="目標", f="G"), dict(t="実績", f="G"), dict(t="達成率", f="G"), dict(t="目標", f="G"), dict(t="実績", f="G"), dict(t="達成率", f="G")]]
YR_FULL = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}
for yy, (tc, ta) in TG.items():
    ac = rate(d[yy]["cur"]["c"], d[yy]["cur"]["a"]); aa = rate(d[yy]["arr"]["c"], d[yy]["arr"]["a"])
    rows.append([YR_FULL[yy], dict(t=r2(tc), al="r"), dict(t=r2(ac), al="r"), dict(t=f"{ac / tc * 100:.1f}", al="r"),
                 dict(t=r2(ta), al="r"), dict(t=r2(aa), al="r"), dict(t=f"{aa / ta * 100:.1f}", al="r")])
    for seg, tv, av in (("current", tc, ac), ("arrears", ta, aa)):
        G.fact(PAGE, "市税", "市税", yy, YR_FULL[yy], seg, "collection_rate", "target", tv, "percent", r2(tv))
        G.fact(PAGE, "市税", "市税", yy, YR_FULL[yy], seg, "collection_rate", "actual", av, "percent", r2(av))
yb = table(p, 50, y + 8, [85, 68, 68, 50, 68, 68, 50], rows, size=8.5, min_h=16, head_fill=HEAD, head_rows=2)
text(p, 56, yb + 12, "※ 達成率＝実績÷目標×100", 8)
y = yb + 34
text(p, 50, y, "３　令和7年度の取組", 12, "G")
ITEMS = [("①", "納期限後20日以内の督促状発送を徹底し、督促後も未納の者には電話催告及びSMS催告を早期に実施する。", "継続"),
         ("②", "滞納繰越1年目の事案は9月末までに財産調査を終え、預貯金・給与等の差押えを集中的に執行する。", "継続"),
         ("③", "茨城租税債権管理機構への引継ぎ対象を高額事案（本税100万円以上）に拡大し、困難案件の処理を進める。", "拡充"),
         ("④", "地方税統一QRコードを活用したスマートフォン決済の利用案内を当初納税通知書に同封し、期限内納付を促進する。", "新規")]
yy = y + 4
for lab, body, tag in ITEMS:
    G.init(PAGE, "市税", 2025, "３　令和7年度の取組", lab, body + f"【{tag}】", tag)
    yy = tag_lines(p, 60, yy, 475, lab + " ", body, tag)
footer(p, 4)

# ---------------------------------------------------------------- page 5: No.2 国民健康保険税
PAGE = 5
p = pg.new()
hdr(p, "資料２　令和7年度 債権別取組個票", "No.2")
d = DATA["国民健康保険税"]
text(p, 50, 78, "１　収納状況の推移", 12, "G")
text(p, 470, 78, "（単位：千円、％、世帯）", 8)
HH = {2021: 2846, 2022: 2701, 2023: 2558, 2024: 2412}
T7k = dict(cur=94.10, arr=25.50, o=640000, hh=2300)
rows = [[dict(t="債権名　国民健康保険税　　　所管課　健康福祉部 国保年金課", cs=9, al="l", f="G", fill=(0.78, 0.84, 0.92)), None, None, None, None, None, None, None, None],
        [dict(t="年度", rs=2, f="G"), dict(t="現年度分", cs=3, f="G"), None, None, dict(t="滞納繰越分", cs=3, f="G"), None, None,
         dict(t="収入未済額", rs=2, f="G"), dict(t="滞納世帯数", rs=2, f="G")],
        [None] + [dict(t=t_, f="G") for t_ in ("調定額", "収入済額", "収納率") * 2] + [None, None]]
YK = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}
for yy in YEARS:
    row = [YK[yy]]
    for seg in ("cur", "arr"):
        s = d[yy][seg]; rv = rate(s["c"], s["a"])
        row += [dict(t=comma(s["a"]), al="r"), dict(t=comma(s["c"]), al="r"), dict(t=r2(rv), al="r")]
        G.fact(PAGE, "国民健康保険税", "国民健康保険税", yy, YK[yy], seg_of[seg], "assessed", "actual", s["a"] * 1000, "yen", comma(s["a"]))
        G.fact(PAGE, "国民健康保険税", "国民健康保険税", yy, YK[yy], seg_of[seg], "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
        G.fact(PAGE, "国民健康保険税", "国民健康保険税", yy, YK[yy], seg_of[seg], "collection_rate", "actual", rv, "percent", r2(rv))
    o = d[yy]["tot"]["o"]
    row += [dict(t=comma(o), al="r"), dict(t=comma(HH[yy]), al="r")]
    G.fact(PAGE, "国民健康保険税", "国民健康保険税", yy, YK[yy], "total", "outstanding", "actual", o * 1000, "yen", comma(o))
    G.fact(PAGE, "国民健康保険税", "国民健康保険税", yy, YK[yy], "total", "delinquents", "actual", HH[yy], "households", comma(HH[yy]))
    rows.append(row)
rows.append(["令和７年度（目標）", "－", "－", dict(t=r2(T7k["cur"]), al="r"), "－", "－", dict(t=r2(T7k["arr"]), al="r"),
             dict(t=comma(T7k["o"]), al="r"), dict(t=comma(T7k["hh"]), al="r")])
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", T7k["cur"], "percent", r2(T7k["cur"]))
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "arrears", "collection_rate", "target", T7k["arr"], "percent", r2(T7k["arr"]))
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "total", "outstanding", "target", T7k["o"] * 1000, "yen", comma(T7k["o"]))
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "total", "delinquents", "target", T7k["hh"], "households", comma(T7k["hh"]))
yb = table(p, 50, 86, [84, 55, 55, 38, 51, 51, 38, 64, 59], rows, size=8.2, min_h=17, head_fill=HEAD, head_rows=3, zebra=ZEBRA)
# two headings side by side over two blocks
y = yb + 26
text(p, 50, y, "２　令和6年度の決算と令和7年度の目標", 12, "G")
y += 10
bw_ = 240
box(p, 50, y, 50 + bw_, y + 22, 0.6, fill=HEAD); cell_text(p, fitz.Rect(50, y, 50 + bw_, y + 22), "令和6年度決算", 10, "G")
box(p, 305, y, 305 + bw_, y + 22, 0.6, fill=HEAD); cell_text(p, fitz.Rect(305, y, 305 + bw_, y + 22), "令和7年度目標", 10, "G")
y += 22
s24 = d[2024]
rows = [[dict(t="区分", f="G"), dict(t="収入済額（上段：千円）\n収納率（下段：％）", f="G", size=7.5)]]
for seg, lab in (("cur", "現年度分"), ("arr", "滞納繰越分")):
    s = s24[seg]; rv = rate(s["c"], s["a"])
    rows.append([lab, dict(t=f"{comma(s['c'])}\n{r2(rv)}", al="r", size=9)])
    G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg_of[seg], "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
    G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg_of[seg], "collection_rate", "actual", rv, "percent", r2(rv))
rows.append(["収入未済額（千円）", dict(t=comma(s24["tot"]["o"]), al="r", size=9)])
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", s24["tot"]["o"] * 1000, "yen", comma(s24["tot"]["o"]))
yb1 = table(p, 50, y, [110, 130], rows, size=8.5, min_h=20)
rows = [[dict(t="区分", f="G"), dict(t="目標収納率（％）", f="G")],
        ["現年度分", dict(t=r2(T7k["cur"]), al="r", size=9)], ["滞納繰越分", dict(t=r2(T7k["arr"]), al="r", size=9)],
        ["収入未済額（千円）", dict(t=comma(T7k["o"]), al="r", size=9)]]
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和7年度", "current", "collection_rate", "target", T7k["cur"], "percent", r2(T7k["cur"]))
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和7年度", "arrears", "collection_rate", "target", T7k["arr"], "percent", r2(T7k["arr"]))
G.fact(PAGE, "国民健康保険税", "国民健康保険税", 2025, "令和7年度", "total", "outstanding", "target", T7k["o"] * 1000, "yen", comma(T7k["o"]))
yb2 = table(p, 305, y, [110, 130], rows, size=8.5, heights=[None] + [(yb1 - y - 21.3) / 3] * 3, min_h=20)
# 取組 in a table with no 取組 header
y = max(yb1, yb2) + 24
text(p, 50, y, "３　課題と対応", 12, "G")
K_ITEMS = {
    "現年度分": [("(1)", "納付書送付世帯に対し、Web口座振替受付サービスによる口座振替の勧奨通知を年2回送付する。", "継続"),
              ("(2)", "資格取得時に窓口で口座振替の申込みを受け付け、その場で登録を完了させる。", "新規")],
    "滞納繰越分": [("(1)", "滞納繰越となった世帯に対し、納付相談の機会を設け、分納誓約の不履行者には速やかに財産調査を行う。", "継続"),
               ("(2)", "預貯金調査を電子照会（pipitLINQ）に一本化し、差押えまでの期間を短縮する。", "拡充"),
               ("(3)", "執行停止の要件を満たす事案は、早期に停止処分を行い、滞納額の整理を進める。", None)],
}
rows = []
for seg_lab, its in K_ITEMS.items():
    body = "\n".join(f"{lab}{t_}" + (f"【{tag}】" if tag else "") for lab, t_, tag in its)
    rows.append([dict(t=seg_lab, f="G", fill=HEAD), dict(t=body, al="l", size=8.8)])
    for lab, t_, tag in its:
        G.init(PAGE, "国民健康保険税", 2025, "３　課題と対応", f"{seg_lab}{lab}", t_ + (f"【{tag}】" if tag else ""), tag)
table(p, 50, y + 8, [80, 415], rows, size=8.8, min_h=24, pad=5)
footer(p, 5)

# ---------------------------------------------------------------- page 6: No.3 介護保険料
PAGE = 6
p = pg.new()
hdr(p, "資料２　令和7年度 債権別取組個票", "No.3")
y = label_box(p, 62, [("債権名", "介護保険料"), ("所管課", "健康福祉部 高齢福祉課"), ("債権区分", "強制徴収公債権")])
d = DATA["介護保険料"]
text(p, 50, y + 24, "１　令和6年度決算の状況", 12, "G")
text(p, 330, y + 24, "（単位：千円、％）（　）内は令和5年度決算", 8)
rows = [[dict(t="区分", f="G"), dict(t="調定額", f="G"), dict(t="収入済額", f="G"), dict(t="収納率", f="G"), dict(t="収入未済額", f="G")]]
for seg, lab in (("cur", "現年度分"), ("arr", "滞納繰越分"), ("tot", "計")):
    a, b = d[2024][seg], d[2023][seg]
    ra, rb = rate(a["c"], a["a"]), rate(b["c"], b["a"])
    cells = [dict(t=lab, f="G")]
    for k in ("a", "c", "r", "o"):
        if k == "r":
            t_ = f"{r2(ra)}（{r2(rb)}）"
            G.fact(PAGE, "介護保険料", "介護保険料", 2024, "令和6年度", seg_of[seg], "collection_rate", "actual", ra, "percent", r2(ra))
            G.fact(PAGE, "介護保険料", "介護保険料", 2023, "令和5年度", seg_of[seg], "collection_rate", "actual", rb, "percent", r2(rb))
        else:
            t_ = f"{comma(a[k])}（{comma(b[k])}）"
            G.fact(PAGE, "介護保険料", "介護保険料", 2024, "令和6年度", seg_of[seg], met_of[k], "actual", a[k] * 1000, "yen", comma(a[k]))
            G.fact(PAGE, "介護保険料", "介護保険料", 2023, "令和5年度", seg_of[seg], met_of[k], "actual", b[k] * 1000, "yen", comma(b[k]))
        cells.append(dict(t=t_, al="r"))
    rows.append(cells)
yb = table(p, 50, y + 32, [75, 115, 115, 85, 105], rows, size=8.5, min_h=22, head_fill=HEAD, head_rows=1)
text(p, 56, yb + 12, "※ 不納欠損額　" + f"{comma(d[2024]['tot']['w'])}千円（{comma(d[2023]['tot']['w'])}千円）", 8.5)
G.fact(PAGE, "介護保険料", "介護保険料", 2024, None, "total", "written_off", "actual", d[2024]["tot"]["w"] * 1000, "yen", f"{comma(d[2024]['tot']['w'])}千円")
G.fact(PAGE, "介護保険料", "介護保険料", 2023, None, "total", "written_off", "actual", d[2023]["tot"]["w"] * 1000, "yen", f"{comma(d[2023]['tot']['w'])}千円")
y = yb + 40
text(p, 50, y, "２　現状と課題", 12, "G")
cur_r = rate(d[2024]["cur"]["c"], d[2024]["cur"]["a"])
y = para(p, 60, y + 2, 475, "　普通徴収の被保険者のうち、年金額が年18万円未満の者や資格取得直後の者に滞納が集中している。"
         "介護保険料は徴収権の時効が2年と短く、滞納繰越分の多くが時効により不納欠損となっている。"
         f"現年度分収納率は{r2(cur_r)}％と県内平均を上回る水準にあるが、滞納が給付制限につながることの周知が十分でない。", 9.5)
G.fact(PAGE, "介護保険料", "介護保険料", 2024, None, "current", "collection_rate", "actual", cur_r, "percent", f"{r2(cur_r)}％")
y += 18
p.draw_rect(fitz.Rect(50, y, 545, y + 22), color=None, fill=HEAD)
ybox = y
p.draw_line((50, y + 22), (545, y + 22), width=0.6)
text(p, 60, y + 15, "◆令和7年度の主な取組", 10.5, "G")
KA = [("ア", "65歳到達時及び転入時の普通徴収者に、納付案内と口座振替依頼書を個別に送付する。", "継続", False),
      ("イ", "督促状に給付制限の内容を記載したチラシを同封し、滞納が続いた場合の影響を具体的に周知する。", "拡充", False),
      ("ウ", "滞納者のうち預貯金等の財産が判明した者について、収納課と連携して差押えを実施する。", "継続", True),
      ("エ", "時効が近い事案を毎月抽出し、時効の更新に必要な納付誓約の取得を優先して進める。", "新規", False)]
yy = y + 26
for lab, body, tag, alone in KA:
    G.init(PAGE, "介護保険料", 2025, "令和7年度の主な取組", lab, body + f"【{tag}】", tag)
    yy = tag_lines(p, 62, yy, 470, lab + "　", body, tag, size=9.5, tag_alone=alone)
    yy += 2
box(p, 50, ybox, 545, yy + 10, 1.0)
footer(p, 6)

# ---------------------------------------------------------------- page 7: No.4 市営住宅使用料 (円)
PAGE = 7
p = pg.new()
hdr(p, "資料２　令和7年度 債権別取組個票", "No.4")
y = label_box(p, 62, [("債権名", "市営住宅使用料"), ("所管課", "都市整備部 建築住宅課"), ("債権区分", "私債権")])
d = DATA["市営住宅使用料"]
text(p, 50, y + 24, "１　収納状況", 12, "G")
text(p, 480, y + 24, "（単位：円、％）", 8)
rng2 = random.Random(7)


def to_yen(s, a_fixed=None):
    """Exact yen figures that round to the 千円 table and keep its rates."""
    a_ = a_fixed if a_fixed is not None else s["a"] * 1000 + rng2.randint(0, 450)
    c_ = s["c"] * 1000 + rng2.randint(-450, 450)
    w_ = s["w"] * 1000 + (rng2.randint(-450, 450) if s["w"] else 0)
    o_ = a_ - c_ - w_
    return dict(a=a_, c=c_, w=w_, o=o_)


def ok(y_, s):
    return (rate(y_["c"], y_["a"]) == rate(s["c"], s["a"]) and all(round(y_[k] / 1000) == s[k] for k in "acwo"))


YEN = {}
for yy in (2022, 2023, 2024):
    prev = YEN.get(yy - 1)
    for _ in range(200000):
        cur_ = to_yen(d[yy]["cur"])
        arr_ = to_yen(d[yy]["arr"], None if prev is None else prev["tot"]["o"])
        tot_ = {k: cur_[k] + arr_[k] for k in "acwo"}
        if ok(cur_, d[yy]["cur"]) and ok(arr_, d[yy]["arr"]) and ok(tot_, d[yy]["tot"]):
            break
    else:
        raise SystemExit(f"no yen fit {yy}")
    YEN[yy] = {"cur": cur_, "arr": arr_, "tot": tot_}
# the 千円 totals on page 2 come from DATA; the yen totals here must round the same way
for yy in YEN:
    for k in "acwo":
        assert abs(YEN[yy]["tot"][k] / 1000 - d[yy]["tot"][k]) < 1.0, (yy, k)
EST7 = dict(cur=97.45, arr=15.20, o=45900000)
TGT7 = dict(cur=97.60, arr=16.00, o=45000000)
rows = [[dict(t="区分", cs=2, f="G"), None, dict(t="令和4年度決算", f="G"), dict(t="令和5年度決算", f="G"), dict(t="令和6年度決算", f="G"),
         dict(t="令和7年度見込", f="G"), dict(t="令和7年度目標", f="G")]]
YR = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}
for glabel, seg, items in [("現年度分", "cur", [("調定額", "a"), ("収入済額", "c"), ("収納率", "r")]),
                           ("滞納繰越分", "arr", [("調定額", "a"), ("収入済額", "c"), ("収納率", "r")]),
                           ("計", "tot", [("不納欠損額", "w"), ("収入未済額", "o")])]:
    for j, (lab, k) in enumerate(items):
        row = [dict(t=glabel, vert=True, rs=len(items), f="G", fill=HEAD) if j == 0 else None, dict(t=lab, al="l", f="G")]
        for yy in (2022, 2023, 2024):
            s = YEN[yy][seg]
            if k == "r":
                v = rate(s["c"], s["a"]); t_ = r2(v)
                G.fact(PAGE, "市営住宅使用料", "市営住宅使用料", yy, YR[yy], seg_of[seg], "collection_rate", "actual", v, "percent", t_)
            else:
                t_ = comma(s[k])
                G.fact(PAGE, "市営住宅使用料", "市営住宅使用料", yy, YR[yy], seg_of[seg], met_of[k], "actual", s[k], "yen", t_)
            row.append(dict(t=t_, al="r"))
        for basis, src in (("estimate", EST7), ("target", TGT7)):
            if k == "r":
                row.append(dict(t=r2(src[seg]), al="r"))
                G.fact(PAGE, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度", seg_of[seg], "collection_rate", basis, src[seg], "percent", r2(src[seg]))
            elif k == "o":
                row.append(dict(t=comma(src["o"]), al="r"))
                G.fact(PAGE, "市営住宅使用料", "市営住宅使用料", 2025, "令和7年度", "total", "outstanding", basis, src["o"], "yen", comma(src["o"]))
            else:
                row.append("－")
        rows.append(row)
yb = table(p, 50, y + 32, [30, 70, 79, 79, 79, 79, 79], rows, size=8.3, min_h=17, head_fill=HEAD, head_rows=1)
text(p, 56, yb + 12, "※ 令和7年度見込は、令和7年6月末の収納実績を基に推計したもの。", 8)
y = yb + 36
text(p, 50, y, "２　令和7年度の取組", 12, "G")
JU = [("現年度分の対策", [("・", "入居決定時の説明会で口座振替の利用を原則とし、申込書をその場で回収する。", "継続", False),
                      ("・", "2か月以上の滞納者には、翌月中に住宅訪問を行い、納付指導を行う。", "継続", False)]),
      ("滞納繰越分の対策", [("・", "6か月以上滞納し、納付指導に応じない入居者について、明渡請求訴訟を提起する。", "継続", False),
                       ("・", "退去済み滞納者及び連帯保証人への請求を民間債権回収会社へ委託する。", "拡充", True),
                       ("・", "死亡・所在不明等で回収の見込みがない債権は、条例に基づく債権放棄を検討する。", None, False)])]
yy = y + 2
for title, its in JU:
    yy += 6
    text(p, 60, yy + 12, title, 10, "G"); yy += 14
    for lab, body, tag, alone in its:
        G.init(PAGE, "市営住宅使用料", 2025, title, lab, body + (f"【{tag}】" if tag else ""), tag)
        yy = tag_lines(p, 72, yy, 460, lab, body, tag, size=9.5, tag_alone=alone)
footer(p, 7)

# ---------------------------------------------------------------- save, gold, check
pdf = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
n = pg.save(str(pdf))
gp = G.write(pdf, n)
errs = check_pdf(pdf, gp)
print(f"{STEM}: pages={n} facts={len(G.facts)} initiatives={len(G.inits)} errors={errs}")
