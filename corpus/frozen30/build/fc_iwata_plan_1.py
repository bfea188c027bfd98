"""磐田市債権管理計画（令和７年度～令和９年度） -> PyMuPDF drawing.

Run from corpus/frozen30:  python3 build/fc_iwata_plan_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fc_common import Gold, PDF_DIR, c, zen, rate, okuman  # noqa: E402
from fc_pdfdraw import Canvas  # noqa: E402

STEM = "fc_iwata_plan_1"
CITY = "磐田市"
TITLE = "磐田市債権管理計画（令和７年度～令和９年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")

HEAD = (0.85, 0.89, 0.95)
SUBF = (0.93, 0.93, 0.93)
TOTF = (1.0, 0.96, 0.84)
MAIN = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]

# --------------------------------------------------------------------------- data (千円)
OUT_HIST = {  # outstanding at year end, FY2017..FY2022
    "市税": {2017: 1_402_318, 2018: 1_318_655, 2019: 1_241_020, 2020: 1_296_774, 2021: 1_183_409, 2022: 1_088_262},
    "国民健康保険税": {2017: 912_540, 2018: 874_215, 2019: 829_930, 2020: 812_004, 2021: 771_586, 2022: 722_118},
    "介護保険料": {2017: 62_318, 2018: 60_115, 2019: 57_902, 2020: 59_480, 2021: 55_213, 2022: 52_007},
    "後期高齢者医療保険料": {2017: 12_844, 2018: 12_106, 2019: 11_530, 2020: 11_902, 2021: 11_215, 2022: 10_622},
}
R5 = {  # current assessed, current rate, arrears rate, written off ; arrears assessed = FY2022 outstanding
    "市税": (24_312_580, 99.18, 30.50, 61_455),
    "国民健康保険税": (4_012_300, 94.62, 21.30, 54_870),
    "介護保険料": (3_486_115, 99.35, 19.60, 9_845),
    "後期高齢者医療保険料": (1_904_502, 99.63, 33.40, 1_210),
}
D5 = {}
for debt, (ca, cr, ar, wo) in R5.items():
    aa = OUT_HIST[debt][2022]
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    assert rate(cc, ca, 2) == cr and rate(ac, aa, 2) == ar
    ta, tc = ca + aa, cc + ac
    D5[debt] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ta, tc=tc, wo=wo, out=ta - tc - wo, cr=cr, ar=ar,
                    tr=rate(tc, ta, 2))
    OUT_HIST[debt][2023] = ta - tc - wo
OTHER5 = [  # (group, name, assessed, collected, written off)
    ("非強制徴収公債権", "生活保護費返還金", 96_480, 21_305, 3_018),
    ("非強制徴収公債権", "児童扶養手当返還金", 8_215, 1_902, 0),
    ("私債権", "市営住宅使用料", 221_806, 195_442, 1_580),
    ("私債権", "水道料金", 2_512_660, 2_441_873, 2_105),
]
SEWER = ("強制徴収公債権", "下水道事業受益者負担金", 48_315, 45_008, 412)

TOT5_OUT = sum(D5[d]["out"] for d in MAIN)
TOT4_OUT = sum(OUT_HIST[d][2022] for d in MAIN)
TOT5_RATE = rate(sum(D5[d]["tc"] for d in MAIN), sum(D5[d]["ta"] for d in MAIN), 2)
RATE_HIST = {2017: 93.62, 2018: 93.85, 2019: 94.02, 2020: 93.88, 2021: 94.31, 2022: round(TOT5_RATE - 0.30, 2),
             2023: TOT5_RATE}

TGT = {  # FY: (current, arrears, outstanding 千円)
    "市税": {2025: (99.25, 32.00, 850_000), 2026: (99.30, 33.00, 810_000), 2027: (99.35, 34.00, 770_000)},
    "国民健康保険税": {2025: (94.90, 23.00, 690_000), 2026: (95.10, 24.00, 655_000), 2027: (95.30, 25.00, 620_000)},
    "介護保険料": {2025: (99.40, 21.00, 52_000), 2026: (99.45, 22.00, 49_500), 2027: (99.50, 23.00, 47_000)},
    "後期高齢者医療保険料": {2025: (99.68, 35.00, 11_800), 2026: (99.70, 36.00, 11_000),
                   2027: (99.72, 37.00, 10_200)},
}
EST6 = {"市税": (99.22, 31.00, 870_000), "国民健康保険税": (94.75, 22.00, 705_000),
        "介護保険料": (99.36, 20.50, 54_000), "後期高齢者医療保険料": (99.65, 34.20, 12_300)}
PREV = {  # 前計画: total rate targets R4,R5,R6 ; actual R4 ; estimate R6
    "市税": dict(t=(95.80, 96.20, 96.60), a4=95.92, e6=96.55),
    "国民健康保険税": dict(t=(80.50, 81.00, 81.50), a4=80.41, e6=81.30),
    "介護保険料": dict(t=(97.80, 97.90, 98.00), a4=97.85, e6=97.98),
    "後期高齢者医療保険料": dict(t=(99.10, 99.15, 99.20), a4=99.12, e6=99.21),
}

ITEMS = {
    "市税": [
        ("ア", "納期内納付を推進するため、スマートフォン決済アプリと地方税統一ＱＲコードによる納付を、納税通知書の送付時に周知する。", "継続"),
        ("イ", "現年課税分の未納者に対し、督促状発送後１か月以内に電話催告とＳＭＳ催告を実施し、滞納の初期段階での解消を図る。", "拡充"),
        ("ウ", "高額・困難案件は静岡地方税滞納整理機構へ移管し、捜索・公売を含む滞納処分を進める。", "継続"),
        ("エ", "預貯金等の照会をオンラインで行い、財産調査から差押えまでの期間を短縮する。", "新規"),
    ],
    "国民健康保険税": [
        ("ア", "国民健康保険の資格取得時に、窓口でキャッシュカードによる口座振替の登録を勧める。", "継続"),
        ("イ", "納付相談の際に世帯の収入状況を確認し、軽減・減免の申請漏れを防ぐ。", "継続"),
        ("ウ", "滞納繰越分のうち、分納誓約が６か月以上履行されていない案件について財産調査を行い、差押えを実施する。", "拡充"),
    ],
    "介護保険料": [
        ("ア", "普通徴収から特別徴収への切替えの時期を個別に案内し、切替えまでの期間の納付を促す。", None),
        ("イ", "給付制限の仕組みを要介護認定の申請時に説明し、未納期間の発生を防ぐ。", "新規"),
        ("ウ", "時効の到来が近い案件を毎月抽出し、納付相談と財産調査を優先して行う。", None),
    ],
    "後期高齢者医療保険料": [
        ("ア", "７５歳到達者への口座振替勧奨通知を、被保険者証の送付時に同封する。", "継続"),
        ("イ", "静岡県後期高齢者医療広域連合と連携し、滞納者の資格・所得情報を共有する。", "継続"),
    ],
}

cv = Canvas()
L, R = 62, 533
W = R - L
PAGE = [0]


def new_page(n):
    cv.new_page()
    PAGE[0] = n
    if n > 1:
        cv.text(0, 815, f"- {n} -", 9, "m", align="center", w=595)


def F(raw, value, metric, unit, debt, fy, fy_raw, seg, basis, approx=False, debt_raw=None):
    g.fact(PAGE[0], raw, value, metric, unit, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, basis,
           None, approx)
    return raw


def h1(y, s):
    cv.text(L, y, s, 13, "g")
    cv.line((L, y + 5), (R, y + 5), width=1.0)
    return y + 26


def h2(y, s, x=None):
    cv.text(x or L + 4, y, s, 11, "g")
    return y + 20


# --------------------------------------------------------------------------- p1 cover
new_page(1)
cv.text(0, 300, "磐田市債権管理計画", 30, "g", align="center", w=595)
cv.text(0, 345, "令和７（2025）年度～令和９（2027）年度", 15, "g", align="center", w=595)
cv.rect((105, 262, 490, 364), width=1.2)
cv.text(0, 640, "令和７年３月", 15, "m", align="center", w=595)
cv.text(0, 675, "磐　田　市", 17, "m", align="center", w=595)

# --------------------------------------------------------------------------- p2 目次 + 趣旨
new_page(2)
y = 80
cv.text(0, y, "目　　次", 14, "g", align="center", w=595)
y += 30
TOC = [("１　計画の趣旨", 2), ("２　債権の現状", 3), ("　（１）主要債権の収入未済額と収納率の推移", 3),
       ("　（２）債権区分別の状況", 4), ("３　計画の目標", 5), ("４　債権ごとの取組み", 6), ("５　計画の推進体制", 8)]
for t, p in TOC:
    cv.text(L + 30, y, t, 10.5, "m")
    dots = "・" * int((W - 90 - cv.width(t, 10.5)) / cv.width("・", 10.5))
    cv.text(L + 30 + cv.width(t, 10.5), y, dots, 10.5, "m")
    cv.text(R - 30, y, str(p), 10.5, "m")
    y += 20
y += 24
y = h1(y, "１　計画の趣旨")
y = h2(y, "（１）計画策定の背景")
y = cv.para(L + 8, y, W - 8, "本市では、平成２７年度に「磐田市債権管理条例」を施行し、全庁的な債権管理の適正化に取り組んできた。"
            "令和４年度からの前計画期間においては、主要債権の収入未済額は着実に減少したものの、物価高騰の影響による"
            "納付困難事案の増加や、担当職員の異動によるノウハウの継承など、新たな課題も生じている。", 10.5, indent=10.5)
y = cv.para(L + 8, y, W - 8, "こうした状況を踏まえ、市民負担の公平性の確保と安定した財源の確保を図るため、新たに本計画を策定する。",
            10.5, indent=10.5)
y += 8
y = h2(y, "（２）計画期間")
y = cv.para(L + 8, y, W - 8, "令和７（2025）年度から令和９（2027）年度までの３年間とする。", 10.5, indent=10.5)
y += 8
y = h2(y, "（３）対象債権")
y = cv.para(L + 8, y, W - 8, "本市が保有する債権のうち、収入未済額が生じているすべての債権を対象とし、特に次の４債権を主要債権と"
            "して数値目標を定める。", 10.5, indent=10.5)
for lab, t in (("ア", "強制徴収公債権"), ("(ｱ)", "市税"), ("(ｲ)", "国民健康保険税"), ("(ｳ)", "介護保険料"),
               ("(ｴ)", "後期高齢者医療保険料")):
    dx = 14 if lab == "ア" else 30
    cv.text(L + dx, y, f"{lab}　{t}", 10.5, "m")
    y += 17

# --------------------------------------------------------------------------- p3 現状 + charts
new_page(3)
y = 70
y = h1(y, "２　債権の現状")
y = h2(y, "（１）主要債権の収入未済額と収納率の推移")
t_out, v_out = okuman(TOT5_OUT * 1000)
t_dif, v_dif = okuman((TOT4_OUT - TOT5_OUT) * 1000)
d_rate = round(TOT5_RATE - RATE_HIST[2022], 2)
s1 = ("令和５（2023）年度決算における主要４債権の収入未済額は約" + t_out + "で、前年度から約" + t_dif
      + "減少した。主要４債権全体の収納率は" + zen(f"{TOT5_RATE:.2f}") + "％となり、前年度比" + zen(f"{d_rate:.2f}")
      + "ポイント上昇している。")
y = cv.para(L + 8, y, W - 8, s1, 10.5, indent=10.5)
F("約" + t_out, v_out, "outstanding", "yen", None, 2023, "令和５（2023）年度", "total", "actual", True,
  debt_raw="主要４債権")
F("約" + t_dif, -v_dif, "difference", "yen", None, 2023, "令和５（2023）年度", "total", "actual", True,
  debt_raw="主要４債権")
F(zen(f"{TOT5_RATE:.2f}") + "％", TOT5_RATE, "collection_rate", "percent", None, 2023, "令和５（2023）年度", "total",
  "actual", debt_raw="主要４債権全体")
F(zen(f"{d_rate:.2f}") + "ポイント", d_rate, "difference", "points", None, 2023, "令和５（2023）年度", "total", "actual",
  debt_raw="主要４債権全体")
sz = D5["市税"]
s2 = ("このうち市税は、現年課税分の収納率が" + zen(f"{sz['cr']:.2f}") + "％と高い水準を維持しているが、滞納繰越分の収納率は"
      + zen(f"{sz['ar']:.2f}") + "％にとどまっており、滞納繰越分の整理が引き続き課題となっている。")
y = cv.para(L + 8, y, W - 8, s2, 10.5, indent=10.5)
F(zen(f"{sz['cr']:.2f}") + "％", sz["cr"], "collection_rate", "percent", "市税", 2023, "令和５（2023）年度", "current",
  "actual")
F(zen(f"{sz['ar']:.2f}") + "％", sz["ar"], "collection_rate", "percent", "市税", 2023, "令和５（2023）年度", "arrears",
  "actual")
y += 10
CY = [2017, 2018, 2019, 2020, 2021, 2022, 2023]
CYR = {2017: "H29", 2018: "H30", 2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
cv.text(L, y, "図１　主要４債権の収入未済額の推移（単位：百万円）", 10, "g")
y += 6
vals = [round(sum(OUT_HIST[d][fy] for d in MAIN) / 1000) for fy in CY]
labels = [c(v) for v in vals]
cv.bar_chart((L, y, R, y + 200), [CYR[f] for f in CY], vals, labels)
for fy, v, lab in zip(CY, vals, labels):
    F(lab, v * 1_000_000, "outstanding", "yen", None, fy, CYR[fy], "total", "actual", debt_raw="主要４債権")
y += 225
cv.text(L, y, "図２　主要４債権の収納率（現年・滞繰合計）の推移（単位：％）", 10, "g")
y += 6
rv = [RATE_HIST[f] for f in CY]
rl = [f"{v:.2f}" for v in rv]
cv.line_chart((L, y, R, y + 180), [CYR[f] for f in CY], rv, rl, 93.5, 96.8)
for fy, v, lab in zip(CY, rv, rl):
    F(lab, v, "collection_rate", "percent", None, fy, CYR[fy], "total", "actual", debt_raw="主要４債権")
y += 195
cv.text(L, y, "※ H29は平成29年度、R1～R5は令和元年度～令和５年度の各年度決算。", 8.5, "m")

# --------------------------------------------------------------------------- p4 表１ (years head rows, boxed) + 表２ (vertical)
new_page(4)
y = 66
cv.text(L, y, "表１　主要債権の収入未済額の推移（各年度決算）", 10, "g")
cv.text(R - 60, y, "（単位：千円）", 8.5, "m")
y += 6
YR1 = [(2017, "平成29年度（2017年度）"), (2018, "平成30年度"), (2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"),
       (2022, "４年度"), (2023, "５年度")]
rows = [[{"t": "年度", "fill": HEAD, "align": "c"}] + [{"t": d, "fill": HEAD, "align": "c", "size": 8}
                                                    for d in ["市税", "国民健康\n保険税", "介護保険料", "後期高齢者\n医療保険料"]]
        + [{"t": "計", "fill": HEAD, "align": "c"}]]
for fy, fr in YR1:
    row = [{"t": fr, "size": 8.2}]
    tot = 0
    for d in MAIN:
        v = OUT_HIST[d][fy]
        tot += v
        row.append({"t": F(c(v), v * 1000, "outstanding", "yen", d, fy, fr, "total", "actual"), "align": "r"})
    row.append({"t": F(c(tot), tot * 1000, "outstanding", "yen", None, fy, fr, "total", "actual", debt_raw="計"),
                "align": "r", "fill": TOTF})
    rows.append(row)
yb = cv.table(L, y + 4, [110, 76, 76, 62, 70, 77], rows, [26] + [18] * 7, size=8.6, font="m")
cv.rect((L - 6, y - 2, R + 6, yb + 6), width=1.1)
cv.text(L, yb + 18, "出典：磐田市歳入歳出決算書（各年度）、国民健康保険事業特別会計・介護保険事業特別会計・"
        "後期高齢者医療事業特別会計の決算資料", 7.6, "m")

y = yb + 48
cv.text(L, y, "表２　債権区分別の状況（令和５年度決算、単位：千円・％）", 10, "g")
y += 6
rows = [[{"t": "区分", "fill": HEAD, "align": "c", "cs": 2}, None,
         {"t": "調定額", "fill": HEAD, "align": "c"}, {"t": "収入済額", "fill": HEAD, "align": "c"},
         {"t": "不納欠損額※2", "fill": HEAD, "align": "c", "size": 8}, {"t": "収入未済額", "fill": HEAD, "align": "c"},
         {"t": "収納率", "fill": HEAD, "align": "c"}]]
GROUPS = [("強制徴収公債権", [(d, D5[d]["ta"], D5[d]["tc"], D5[d]["wo"]) for d in MAIN] + [SEWER[1:]]),
          ("非強制徴収公債権", [o[1:] for o in OTHER5 if o[0] == "非強制徴収公債権"]),
          ("私債権", [o[1:] for o in OTHER5 if o[0] == "私債権"])]
grand = [0, 0, 0]
FYR = "令和５年度"
for gname, items in GROUPS:
    sub = [0, 0, 0]
    for k, (name, a, col, wo) in enumerate(items):
        out = a - col - wo
        r_ = rate(col, a, 2)
        label = name + ("※1" if name == "水道料金" else "")
        vlab = {"非強制徴収公債権": "非強制徴収\n公債権"}.get(gname, gname)
        cells = [({"t": vlab, "rs": len(items) + 1, "vert": True, "size": 8.6, "font": "g"} if k == 0 else None),
                 {"t": label, "size": 8.2}]
        cells += [{"t": F(c(a), a * 1000, "assessed", "yen", name, 2023, FYR, "total", "actual"), "align": "r"},
                  {"t": F(c(col), col * 1000, "collected", "yen", name, 2023, FYR, "total", "actual"), "align": "r"},
                  {"t": (F(c(wo), wo * 1000, "written_off", "yen", name, 2023, FYR, "total", "actual") if wo else "－"),
                   "align": "r"},
                  {"t": F(c(out), out * 1000, "outstanding", "yen", name, 2023, FYR, "total", "actual"), "align": "r"},
                  {"t": F(f"{r_:.2f}", r_, "collection_rate", "percent", name, 2023, FYR, "total", "actual"),
                   "align": "r"}]
        rows.append(cells)
        sub = [sub[0] + a, sub[1] + col, sub[2] + wo]
    so = sub[0] - sub[1] - sub[2]
    sr = rate(sub[1], sub[0], 2)
    lab = "小計"
    rows.append([None, {"t": lab, "fill": SUBF, "align": "c"},
                 {"t": F(c(sub[0]), sub[0] * 1000, "assessed", "yen", None, 2023, FYR, "total", "actual",
                         debt_raw=gname + "小計"), "align": "r", "fill": SUBF},
                 {"t": F(c(sub[1]), sub[1] * 1000, "collected", "yen", None, 2023, FYR, "total", "actual",
                         debt_raw=gname + "小計"), "align": "r", "fill": SUBF},
                 {"t": F(c(sub[2]), sub[2] * 1000, "written_off", "yen", None, 2023, FYR, "total", "actual",
                         debt_raw=gname + "小計"), "align": "r", "fill": SUBF},
                 {"t": F(c(so), so * 1000, "outstanding", "yen", None, 2023, FYR, "total", "actual",
                         debt_raw=gname + "小計"), "align": "r", "fill": SUBF},
                 {"t": F(f"{sr:.2f}", sr, "collection_rate", "percent", None, 2023, FYR, "total", "actual",
                         debt_raw=gname + "小計"), "align": "r", "fill": SUBF}])
    grand = [grand[0] + sub[0], grand[1] + sub[1], grand[2] + sub[2]]
go = grand[0] - grand[1] - grand[2]
gr = rate(grand[1], grand[0], 2)
rows.append([{"t": "合計", "cs": 2, "align": "c", "fill": TOTF}, None,
             {"t": F(c(grand[0]), grand[0] * 1000, "assessed", "yen", None, 2023, FYR, "total", "actual",
                     debt_raw="合計"), "align": "r", "fill": TOTF},
             {"t": F(c(grand[1]), grand[1] * 1000, "collected", "yen", None, 2023, FYR, "total", "actual",
                     debt_raw="合計"), "align": "r", "fill": TOTF},
             {"t": F(c(grand[2]), grand[2] * 1000, "written_off", "yen", None, 2023, FYR, "total", "actual",
                     debt_raw="合計"), "align": "r", "fill": TOTF},
             {"t": F(c(go), go * 1000, "outstanding", "yen", None, 2023, FYR, "total", "actual", debt_raw="合計"),
              "align": "r", "fill": TOTF},
             {"t": F(f"{gr:.2f}", gr, "collection_rate", "percent", None, 2023, FYR, "total", "actual",
                     debt_raw="合計"), "align": "r", "fill": TOTF}])
nrows = len(rows)
yb = cv.table(L, y, [30, 108, 72, 72, 62, 68, 59], rows, [22] + [18] * (nrows - 1), size=8.4, font="m")
cv.text(L, yb + 12, "※1　水道料金は水道事業会計に属し、令和６年３月末時点の未収金の状況を計上している。", 8, "m")
cv.text(L, yb + 24, "※2　不納欠損額には、地方税法第15条の7第5項の規定による即時消滅分を含む。", 8, "m")

# --------------------------------------------------------------------------- p5 目標
new_page(5)
y = 70
y = h1(y, "３　計画の目標")
y = h2(y, "（１）目標収納率")
y = cv.para(L + 8, y, W - 8, "主要４債権について、計画期間の各年度の目標収納率を次のとおり定める。", 10.5, indent=10.5)
cv.text(L, y + 4, "表３　主要債権の目標収納率（単位：％）", 10, "g")
y += 10
rows = [[{"t": "債権名", "fill": HEAD, "align": "c"}, {"t": "区分", "fill": HEAD, "align": "c"}]
        + [{"t": f"令和{zen(str(fy - 2018))}年度", "fill": HEAD, "align": "c"} for fy in (2025, 2026, 2027)]]
for d in MAIN:
    for k, (lab, seg) in enumerate((("現年課税分", "current"), ("滞納繰越分", "arrears"))):
        row = [({"t": d, "rs": 2, "size": 8.8} if k == 0 else None), {"t": lab, "align": "c"}]
        for fy in (2025, 2026, 2027):
            v = TGT[d][fy][k]
            row.append({"t": F(f"{v:.2f}", v, "collection_rate", "percent", d, fy, f"令和{zen(str(fy - 2018))}年度", seg,
                               "target"), "align": "r"})
        rows.append(row)
y = cv.table(L, y, [130, 85, 85, 85, 86], rows, 19, size=9, font="m")
y += 26
y = h2(y, "（２）収入未済額の目標")
tsum = sum(TGT[d][2027][2] for d in MAIN)
t9, v9 = okuman(tsum * 1000)
y = cv.para(L + 8, y, W - 8, "令和９年度末における主要４債権の収入未済額を、約" + t9 + "以下とすることを目指す。"
            "債権ごとの年度別の目標額は、４の推進シートに示す。", 10.5, indent=10.5)
F("約" + t9, v9, "outstanding", "yen", None, 2027, "令和９年度末", "total", "target", True, debt_raw="主要４債権")
y += 18
y = h2(y, "（３）前計画の目標と実績")
cv.text(L, y + 2, "表４　前計画（令和４年度～令和６年度）における収納率（現年・滞繰合計）の目標と実績", 9.5, "g")
cv.text(R - 60, y + 16, "（単位：％）", 8.5, "m")
y += 22
rows = [[{"t": "債権名", "fill": HEAD, "align": "c", "rs": 2}, {"t": "令和４年度", "fill": HEAD, "align": "c", "cs": 3},
         None, None, {"t": "令和５年度", "fill": HEAD, "align": "c", "cs": 3}, None, None,
         {"t": "令和６年度", "fill": HEAD, "align": "c", "cs": 2}, None],
        [None] + [{"t": t, "fill": SUBF, "align": "c", "size": 8.2} for t in
                  ("目標", "実績", "達成率", "目標", "実績", "達成率", "目標", "見込")]]
for d in MAIN:
    p = PREV[d]
    a5 = D5[d]["tr"]
    row = [{"t": d, "size": 8.2}]
    for fy, tv, av, fr in ((2022, p["t"][0], p["a4"], "令和４年度"), (2023, p["t"][1], a5, "令和５年度")):
        row += [{"t": F(f"{tv:.2f}", tv, "collection_rate", "percent", d, fy, fr, "total", "target"), "align": "r"},
                {"t": F(f"{av:.2f}", av, "collection_rate", "percent", d, fy, fr, "total", "actual"), "align": "r"},
                {"t": f"{av / tv * 100:.1f}", "align": "r"}]
    row += [{"t": F(f"{p['t'][2]:.2f}", p["t"][2], "collection_rate", "percent", d, 2024, "令和６年度", "total",
                    "target"), "align": "r"},
            {"t": F(f"{p['e6']:.2f}", p["e6"], "collection_rate", "percent", d, 2024, "令和６年度", "total",
                    "estimate"), "align": "r"}]
    rows.append(row)
y = cv.table(L, y, [95, 47, 47, 42, 47, 47, 42, 52, 52], rows, [18, 18] + [20] * 4, size=8.6, font="m")
cv.text(L, y + 12, "※ 達成率＝実績÷目標×100。令和６年度は令和７年２月末時点の見込み。", 8, "m")

# --------------------------------------------------------------------------- p6-8 推進シート


def sheet_rows(d, which):
    """which: list of row keys among 'head', 'cur', 'arr', 'out'"""
    out = []
    for key in which:
        if key == "head":
            out.append([{"t": "区分", "fill": HEAD, "align": "c"}, {"t": "令和５年度\n実績", "fill": HEAD, "align": "c"},
                        {"t": "令和６年度\n見込", "fill": HEAD, "align": "c"},
                        {"t": "令和７年度\n目標", "fill": HEAD, "align": "c"},
                        {"t": "令和８年度\n目標", "fill": HEAD, "align": "c"},
                        {"t": "令和９年度\n目標", "fill": HEAD, "align": "c"}])
            continue
        k = {"cur": 0, "arr": 1, "out": 2}[key]
        seg = {"cur": "current", "arr": "arrears", "out": "total"}[key]
        lab = {"cur": "現年課税分収納率（％）", "arr": "滞納繰越分収納率（％）", "out": "収入未済額（千円）"}[key]
        row = [{"t": lab, "size": 8.2}]
        if key == "out":
            v5 = D5[d]["out"]
            row.append({"t": F(c(v5), v5 * 1000, "outstanding", "yen", d, 2023, "令和５年度", seg, "actual"), "align": "r"})
            v6 = EST6[d][2]
            row.append({"t": F(c(v6), v6 * 1000, "outstanding", "yen", d, 2024, "令和６年度", seg, "estimate"),
                        "align": "r"})
            for fy in (2025, 2026, 2027):
                v = TGT[d][fy][2]
                row.append({"t": F(c(v), v * 1000, "outstanding", "yen", d, fy, f"令和{zen(str(fy - 2018))}年度", seg,
                                   "target"), "align": "r"})
        else:
            v5 = D5[d]["cr" if key == "cur" else "ar"]
            row.append({"t": F(f"{v5:.2f}", v5, "collection_rate", "percent", d, 2023, "令和５年度", seg, "actual"),
                        "align": "r"})
            v6 = EST6[d][k]
            row.append({"t": F(f"{v6:.2f}", v6, "collection_rate", "percent", d, 2024, "令和６年度", seg, "estimate"),
                        "align": "r"})
            for fy in (2025, 2026, 2027):
                v = TGT[d][fy][k]
                row.append({"t": F(f"{v:.2f}", v, "collection_rate", "percent", d, fy, f"令和{zen(str(fy - 2018))}年度",
                                   seg, "target"), "align": "r"})
        out.append(row)
    return out


COLW = [121, 70, 70, 70, 70, 70]


def items_block(y, d):
    cv.text(L + 8, y, "【取組内容】", 10, "g")
    y += 17
    for lab, text, st in ITEMS[d]:
        s = f"{lab}　{text}" + (f"【{st}】" if st else "")
        y = cv.para(L + 12, y, W - 12, s, 10, "m", lead=1.55, hang=21)
        g.init(PAGE[0], d, 2025, "取組内容", lab, text, st)
        y += 3
    return y


def sheet_head(y, n, d, ka):
    y = h2(y, f"（{zen(str(n))}）債権ごとの取組み（{d}）")
    cv.text(L + 8, y - 2, f"所管課：{ka}", 9.5, "m")
    return y + 16


new_page(6)
y = 70
y = h1(y, "４　債権ごとの取組み")
y = cv.para(L + 8, y, W - 8, "主要４債権ごとに、現状と課題、計画期間の数値目標及び具体的な取組を推進シートとして示す。", 10.5,
            indent=10.5)
y += 6
y = sheet_head(y, 1, "市税", "収納課")
sz4, sz5 = OUT_HIST["市税"][2022], D5["市税"]["out"]
t_a, v_a = okuman(sz5 * 1000)
t_b, v_b = okuman((sz4 - sz5) * 1000)
cv.text(L + 8, y, "【現状と課題】", 10, "g")
y += 17
y = cv.para(L + 12, y, W - 12, "令和５年度末の市税の収入未済額は約" + t_a + "で、前年度末から約" + t_b + "減少した。"
            "一方、滞納繰越分の収納率は３割程度にとどまり、少額多件の滞納案件と、財産調査に時間を要する高額案件の整理が課題である。",
            10, "m", lead=1.55, indent=10)
F("約" + t_a, v_a, "outstanding", "yen", "市税", 2023, "令和５年度末", "total", "actual", True)
F("約" + t_b, -v_b, "difference", "yen", "市税", 2023, "令和５年度末", "total", "actual", True)
y += 6
y = cv.table(L, y, COLW, sheet_rows("市税", ["head", "cur", "arr", "out"]), [28, 20, 20, 20], size=8.8, font="m")
y += 16
cv.text(L + 8, y, "図３　市税の収入未済額の推移（単位：百万円）", 9.5, "g")
y += 5
cy3 = [2019, 2020, 2021, 2022, 2023]
cyr3 = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
v3 = [round(OUT_HIST["市税"][f] / 1000) for f in cy3]
cv.bar_chart((L + 8, y, R - 120, y + 120), [cyr3[f] for f in cy3], v3, [c(v) for v in v3], color=(0.35, 0.6, 0.45))
for f, v in zip(cy3, v3):
    F(c(v), v * 1_000_000, "outstanding", "yen", "市税", f, cyr3[f], "total", "actual")
y += 138
y = items_block(y, "市税")
y += 12
y = sheet_head(y, 2, "国民健康保険税", "国保年金課・収納課")
kk = D5["国民健康保険税"]
cv.text(L + 8, y, "【現状と課題】", 10, "g")
y += 17
y = cv.para(L + 12, y, W - 12, "令和５年度の現年課税分の収納率は" + zen(f"{kk['cr']:.2f}") + "％で、県内市の平均を下回っている。"
            "被保険者の高齢化と低所得世帯の割合の増加により、分納による納付が長期化している。", 10, "m", lead=1.55, indent=10)
F(zen(f"{kk['cr']:.2f}") + "％", kk["cr"], "collection_rate", "percent", "国民健康保険税", 2023, "令和５年度", "current",
  "actual")
y += 6
# the sheet table breaks across the page: header + 現年 on p6, the rest on p7 without the header
y = cv.table(L, y, COLW, sheet_rows("国民健康保険税", ["head", "cur"]), [28, 20], size=8.8, font="m")
assert 700 < y < 792, y

new_page(7)
y = 60
y = cv.table(L, y, COLW, sheet_rows("国民健康保険税", ["arr", "out"]), [20, 20], size=8.8, font="m")
y += 18
y = items_block(y, "国民健康保険税")
y += 14
y = sheet_head(y, 3, "介護保険料", "長寿支援課")
cv.text(L + 8, y, "【現状と課題】", 10, "g")
y += 17
kw = D5["介護保険料"]["wo"]
y = cv.para(L + 12, y, W - 12, "令和５年度の不納欠損額は" + zen(c(kw)) + "千円で、その大半が時効によるものである。"
            "時効の到来前に納付相談や財産調査を行う体制の整備が課題である。", 10, "m", lead=1.55, indent=10)
F(zen(c(kw)) + "千円", kw * 1000, "written_off", "yen", "介護保険料", 2023, "令和５年度", "total", "actual")
y += 6
y = cv.table(L, y, COLW, sheet_rows("介護保険料", ["head", "cur", "arr", "out"]), [28, 20, 20, 20], size=8.8, font="m")
y += 18
y = items_block(y, "介護保険料")
y += 12
y = sheet_head(y, 4, "後期高齢者医療保険料", "国保年金課")
cv.text(L + 8, y, "【現状と課題】", 10, "g")
y += 17
y = cv.para(L + 12, y, W - 12, "年金からの特別徴収の対象とならない被保険者の普通徴収分に滞納が集中している。", 10, "m",
            lead=1.55, indent=10)
y += 6
y = cv.table(L, y, COLW, sheet_rows("後期高齢者医療保険料", ["head", "cur", "arr", "out"]), [28, 20, 20, 20], size=8.8,
             font="m")
y += 18
y = items_block(y, "後期高齢者医療保険料")
assert y < 792, y

new_page(8)
y = 70
y = h1(y, "５　計画の推進体制")
y = cv.para(L + 8, y, W - 8, "副市長を委員長とする磐田市債権管理推進委員会において、毎年度、推進シートの目標に対する実績を確認し、"
            "その結果を公表する。目標の達成が困難な債権については、所管課と収納課が共同で原因を分析し、翌年度の取組に反映させる。",
            10.5, indent=10.5)
y = cv.para(L + 8, y + 4, W - 8, "また、社会経済情勢の変化や制度改正等により計画の前提が大きく変わった場合には、計画期間中であっても"
            "必要に応じて目標及び取組の見直しを行う。", 10.5, indent=10.5)
y += 24
cv.text(L, y, "【参考】用語の説明", 11, "g")
y += 8
GLOSS = [("調定額", "歳入を徴収するため、所属年度、歳入科目、納入すべき金額、納入義務者等を調査し決定した金額"),
         ("収入済額", "調定額のうち、実際に収入された金額"),
         ("不納欠損額", "時効の完成や滞納処分の執行停止の継続等により、徴収できなくなった金額"),
         ("収入未済額", "調定額から収入済額及び不納欠損額を差し引いた、年度末において未収となっている金額"),
         ("収納率", "収入済額を調定額で除した割合（収入済額÷調定額×100）"),
         ("現年課税分", "当該年度に課税（賦課）したもの"),
         ("滞納繰越分", "前年度以前に課税（賦課）し、当該年度に繰り越されたもの")]
rows = [[{"t": k, "font": "g", "fill": SUBF}, {"t": v}] for k, v in GLOSS]
y = cv.table(L, y, [95, W - 95], rows, 30, size=9.2, font="m")

out = PDF_DIR / f"{STEM}.pdf"
cv.save(out)
g.write(out)
