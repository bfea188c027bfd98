"""ph_hita_plan_1: 日田市債権管理計画（令和7年度～令和9年度） drawn directly with PyMuPDF.
Run from corpus/dev58:  python3 build/ph_hita_plan.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz
from ph_fitzlib import setup, text, para, table, tlen, wrap
from ph_common import F, I, ROOT, write_gold, rate, yen_k

STEM = "ph_hita_plan_1"
CITY = "日田市"
TITLE = "日田市債権管理計画（令和７年度～令和９年度）"
A4 = fitz.paper_rect("a4")
facts, inits = [], []

# ---------------------------------------------------------------- data (千円)
# debt, printed name, short name, account, 所管課
DEBTS = [
    ("市税", "市税", "市税", "一般会計", "税務課"),
    ("保育所保育料", "保育所保育料", "保育料", "一般会計", "こども未来課"),
    ("市営住宅使用料", "市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課"),
    ("生活保護費返還金", "生活保護費返還金", "生保返還金", "一般会計", "社会福祉課"),
    ("国民健康保険税", "国民健康保険税", "国保税", "国民健康保険特別会計", "税務課"),
    ("介護保険料", "介護保険料", "介護保険料", "介護保険特別会計", "長寿福祉課"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "保険年金課"),
]
# outstanding R1..R4 (2019..2022)
HIST = {
    "市税": [468912, 441305, 420118, 398540],
    "保育所保育料": [28411, 25907, 22614, 20318],
    "市営住宅使用料": [61205, 59874, 57330, 55012],
    "生活保護費返還金": [88340, 93512, 99874, 104226],
    "国民健康保険税": [612447, 585109, 551320, 522804],
    "介護保険料": [42118, 40562, 38905, 37211],
    "後期高齢者医療保険料": [9874, 9412, 8966, 8503],
}
# R5 (2023) settlement: cur assessed, cur collected, arr collected, written off (arr assessed = R4 outstanding)
R5 = {
    "市税": (8412356, 8331587, 85611, 27208),
    "保育所保育料": (612300, 608455, 3412, 1205),
    "市営住宅使用料": (214560, 203118, 8914, 2341),
    "生活保護費返還金": (31540, 18230, 6128, 1877),
    "国民健康保険税": (2143880, 2031617, 112364, 41915),
    "介護保険料": (1187420, 1176351, 6874, 5102),
    "後期高齢者医療保険料": (702915, 700288, 2015, 611),
}
S = {}
for d, (ca, cc, rc, wo) in R5.items():
    ra = HIST[d][3]
    S[d] = dict(ca=ca, cc=cc, ra=ra, rc=rc, wo=wo, ta=ca + ra, tc=cc + rc,
                out=ca + ra - cc - rc - wo, cout=ca - cc, rout=ra - rc - wo)
    S[d]["cr"] = rate(cc, ca); S[d]["rr"] = rate(rc, ra); S[d]["tr"] = rate(cc + rc, ca + ra)
    HIST[d] = HIST[d] + [S[d]["out"]]
YEARS = [2019, 2020, 2021, 2022, 2023]
TOTAL = [sum(HIST[d][i] for d in HIST) for i in range(5)]
GEN = [d for d, *_ in DEBTS if _[2] == "一般会計"]
SPE = [d for d, *_ in DEBTS if _[2] != "一般会計"]

# 第1次計画の現年度分目標 and R4 actual current rate
PREV_T = {"市税": (98.90, 99.00), "国民健康保険税": (94.50, 95.00), "介護保険料": (99.00, 99.10),
          "後期高齢者医療保険料": (99.50, 99.60), "保育所保育料": (99.20, 99.30), "市営住宅使用料": (95.00, 95.50)}
PREV_A4 = {"市税": 98.92, "国民健康保険税": 94.21, "介護保険料": 99.02, "後期高齢者医療保険料": 99.58,
           "保育所保育料": 99.18, "市営住宅使用料": 94.37}
TARGET = {  # 現年度分 target R7..R9
    "市税": (99.10, 99.15, 99.20), "国民健康保険税": (95.30, 95.50, 95.70), "介護保険料": (99.15, 99.20, 99.25),
    "後期高齢者医療保険料": (99.65, 99.70, 99.70), "保育所保育料": (99.40, 99.45, 99.50), "市営住宅使用料": (95.20, 95.40, 95.60)}
AREAS = [("日田地域", 7068215, 6761022), ("前津江地域", 98412, 93981), ("中津江地域", 87206, 83152),
         ("上津江地域", 51330, 49211), ("大山地域", 181905, 173460), ("天瀬地域", 0, 0)]
# last area takes the remainder so the areas add up to 市税 total
AREAS[-1] = ("天瀬地域", S["市税"]["ta"] - sum(a for _, a, _ in AREAS[:-1]), S["市税"]["tc"] - sum(c for _, _, c in AREAS[:-1]))
LONG = {  # total segment, R3 and R4 (assessed, collected); R5 from S
    "国民健康保険税": {2021: (2731055, 2137512), 2022: (2694118, 2124903)},
    "介護保険料": {2021: (1219874, 1178233), 2022: (1221506, 1181390)},
    "市営住宅使用料": {2021: (275412, 214906), 2022: (271893, 213377)},
}

YR = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}


def oku(v_sen):
    """千円 -> ('約11億8,800万円', yen) rounded to 100万円"""
    man = round(v_sen / 1000.0) * 100  # 万円, rounded to 100万円
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    return "約" + s, man * 10000


def man(v_sen):
    m = round(v_sen / 1000.0) * 100
    return f"約{m:,}万円", m * 10000


doc = fitz.open()


def new_page(landscape=False):
    r = fitz.Rect(0, 0, A4.height, A4.width) if landscape else A4
    p = doc.new_page(width=r.width, height=r.height)
    setup(p)
    return p


def footer(p, n):
    text(p, p.rect.width / 2, p.rect.height - 28, f"- {n} -", 9, "m", "c")


# ---------------------------------------------------------------- p1 cover + 目次
p = new_page()
text(p, A4.width / 2, 230, "日田市債権管理計画", 26, "g", "c")
text(p, A4.width / 2, 265, "（令和７年度～令和９年度）", 15, "g", "c")
text(p, A4.width / 2, 330, "令和７年３月", 13, "m", "c")
text(p, A4.width / 2, 352, "日　田　市", 13, "m", "c")
p.draw_rect(fitz.Rect(130, 440, 465, 700), color=(0, 0, 0), width=0.6)
text(p, A4.width / 2, 466, "目　　次", 12, "g", "c")
TOC = [("１　計画策定の趣旨", 2), ("２　計画期間", 2), ("３　債権の現状", 2), ("　（１）収入未済額の推移", 3),
       ("　（２）債権別の収納状況", 4), ("４　第１次計画の検証と目標", 5), ("５　地域別・債権別の状況", 6),
       ("６　全庁的な取組", 7), ("７　債権ごとの取組み", 7)]
yy = 494
for t, n in TOC:
    text(p, 150, yy, t, 10.5)
    dots = "・" * int((270 - tlen(t, 10.5)) / 10.5)
    text(p, 150 + tlen(t, 10.5) + 2, yy, dots, 10.5, "m", "l", (0.4, 0.4, 0.4))
    text(p, 445, yy, str(n), 10.5, "m", "r")
    yy += 22

# ---------------------------------------------------------------- p2 two-column prose
p = new_page(); PG = 2
text(p, 60, 70, "１　計画策定の趣旨", 12, "g")
p.draw_line((60, 76), (535, 76), width=0.6)
colw, gap = 228, 19
xl, xr = 60, 60 + colw + gap
tot4, tot5 = TOTAL[3], TOTAL[4]
s_out5, v_out5 = oku(tot5)
s_dec, _ = man(tot4 - tot5)
s_out2, v_out2 = oku(TOTAL[1])
kok = S["国民健康保険税"]
s_kok = f"{kok['out'] // 10000}億{(kok['out'] % 10000) // 10:,}万円余"   # 千円 -> 億/万 truncated, 余
v_kok = (kok['out'] // 10) * 10000
L = ("本市では、平成29（2017）年度に日田市債権管理条例を施行し、市が有する債権の管理に関する事務処理の基準を"
     "定めるとともに、令和２（2020）年度からは第１次日田市債権管理計画に基づき、全庁的な収納対策に取り組んできました。"
     f"第１次計画の初年度である令和２年度末の対象債権の収入未済額は{s_out2}でしたが、"
     "口座振替の推進や滞納処分の早期着手、徴収困難な債権の適正な整理を進めた結果、着実に縮減しています。"
     "一方で、物価高騰の影響等により、生活に困窮する滞納者への対応や、非強制徴収債権の回収の停滞といった課題も残されています。"
     "こうした状況を踏まえ、市民負担の公平性の確保と健全な財政運営に資するため、第２次となる本計画を策定します。")
y1 = para(p, xl, 90, L, colw, 10, "m", 1.75)
y1 = max(y1, 90) + 8
text(p, xl, y1 + 10, "２　計画期間", 11, "g")
y1 = para(p, xl, y1 + 20, "令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、社会経済情勢の変化等により、必要に応じて見直しを行います。", colw, 10, "m", 1.75)
R = (f"令和５年度決算における対象債権全体の収入未済額は{s_out5}で、前年度から{s_dec}減少しました。"
     f"債権別では、国民健康保険税が{s_kok}と最も多く、次いで市税、生活保護費返還金の順となっています。")
cr5, cr4 = S["市税"]["cr"], PREV_A4["市税"]
dpt = round(cr5 - cr4, 2)
R2 = (f"市税の現年度分の収納率は{cr5:.2f}％で、前年度比{dpt:.2f}ポイント上昇しました。"
      f"国民健康保険税の現年度分の収納率は{kok['cr']:.2f}％で、前年度から{kok['cr'] - PREV_A4['国民健康保険税']:.2f}ポイント改善したものの、"
      "県内市の平均を下回る水準にあります。"
      "また、生活保護費返還金は、返還決定額の増加に伴い収入未済額が年々増加しており、早期の納付相談と分割納付の履行管理が課題です。")
text(p, xr, 100, "３　債権の現状", 11, "g")
y2 = para(p, xr, 110, R, colw, 10, "m", 1.75)
y2 = para(p, xr, y2 + 6, R2, colw, 10, "m", 1.75)
p.draw_line((xl + colw + gap / 2, 84), (xl + colw + gap / 2, max(y1, y2)), width=0.3, color=(0.5, 0.5, 0.5))
facts.append(F(None, None, 2020, "令和２年度", "total", "outstanding", "actual", v_out2, "yen", s_out2, PG, approx=True))
facts.append(F(None, None, 2023, "令和５年度", "total", "outstanding", "actual", v_out5, "yen", s_out5, PG, approx=True))
facts.append(F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", v_kok, "yen", s_kok, PG, approx=True))
facts.append(F("市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", cr5, "percent", f"{cr5:.2f}％", PG))
facts.append(F("市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", dpt, "points", f"{dpt:.2f}ポイント", PG))
facts.append(F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kok["cr"], "percent", f"{kok['cr']:.2f}％", PG))
kd = round(kok['cr'] - PREV_A4['国民健康保険税'], 2)
facts.append(F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kd, "points", f"{kd:.2f}ポイント", PG))
footer(p, 1)

# ---------------------------------------------------------------- p3 表1 + chart
p = new_page(); PG = 3
text(p, 60, 70, "（１）収入未済額の推移", 11.5, "g")
text(p, 60, 92, "表１　会計別・債権別の収入未済額の推移", 10, "g")
text(p, 535, 92, "（単位：千円、％）", 8.5, "m", "r")
hdr = ["区分", "令和元年度", "2年度", "3年度", "4年度", "5年度", "5年平均", "増減額", "増減率"]
rows = [hdr]
def sec_rows(title, debts):
    out = [[{"t": title, "a": "l", "b": True, "cs": 9, "fill": (0.93, 0.93, 0.93)}] + [None] * 8]
    for d in debts:
        h = HIST[d]
        avg = round(sum(h) / 5)
        diff = h[4] - h[3]
        out.append([next(x[1] for x in DEBTS if x[0] == d)] + [yen_k(v) for v in h] + [yen_k(avg), yen_k(diff), f"{diff * 100 / h[3]:.1f}".replace("-", "△")])
    sub = [sum(HIST[d][i] for d in debts) for i in range(5)]
    avg = round(sum(sub) / 5); diff = sub[4] - sub[3]
    out.append([{"t": "小計", "a": "c", "b": True}] + [yen_k(v) for v in sub] + [yen_k(avg), yen_k(diff), f"{diff * 100 / sub[3]:.1f}".replace("-", "△")])
    return out, sub
r1, subG = sec_rows("【一般会計】", GEN)
r2, subS = sec_rows("【特別会計】", SPE)
rows += r1 + r2
avgT = round(sum(TOTAL) / 5); dT = TOTAL[4] - TOTAL[3]
rows.append([{"t": "合計", "a": "c", "b": True, "fill": (0.9, 0.9, 0.9)}] + [{"t": yen_k(v), "fill": (0.9, 0.9, 0.9)} for v in TOTAL]
            + [{"t": yen_k(avgT), "fill": (0.9, 0.9, 0.9)}, {"t": yen_k(dT), "fill": (0.9, 0.9, 0.9)},
               {"t": f"{dT * 100 / TOTAL[3]:.1f}".replace("-", "△"), "fill": (0.9, 0.9, 0.9)}])
yb = table(p, 60, 100, [95, 52, 52, 52, 52, 52, 52, 48, 40], rows, 17, 8)
text(p, 60, yb + 13, "※ 増減額及び増減率は、令和５年度と４年度の比較です。5年平均は令和元年度から５年度までの単純平均です。", 8)
# facts of table 1
def t1facts(label, debt, vals):
    for i, fy in enumerate(YEARS):
        facts.append(F(debt, label, fy, YR[fy], "total", "outstanding", "actual", vals[i] * 1000, "yen", yen_k(vals[i]), PG))
    facts.append(F(debt, label, None, "5年平均", "total", "outstanding", "actual", round(sum(vals) / 5) * 1000, "yen", yen_k(round(sum(vals) / 5)), PG))
for d in GEN:
    t1facts(d, d, HIST[d])
t1facts("小計", None, subG)
for d in SPE:
    t1facts(d, d, HIST[d])
t1facts("小計", None, subS)
t1facts("合計", None, TOTAL)
# bar chart
cy0 = yb + 45
text(p, 60, cy0, "図１　収入未済額（全会計）の推移", 10, "g")
text(p, 535, cy0, "（単位：百万円）", 8.5, "m", "r")
bx, by, bw, bh = 100, cy0 + 20, 400, 210
p.draw_line((bx, by + bh), (bx + bw, by + bh), width=0.8)
p.draw_line((bx, by), (bx, by + bh), width=0.8)
vmax = 1600
for gv in (0, 400, 800, 1200, 1600):
    gy = by + bh - bh * gv / vmax
    p.draw_line((bx, gy), (bx + bw, gy), width=0.2, color=(0.7, 0.7, 0.7))
    text(p, bx - 5, gy + 3, f"{gv:,}", 7.5, "m", "r")
lab = ["R1", "R2", "R3", "R4", "R5"]
for i, v in enumerate(TOTAL):
    mil = round(v / 1000.0, 1)
    h = bh * mil / vmax
    x0 = bx + 25 + i * 78
    p.draw_rect(fitz.Rect(x0, by + bh - h, x0 + 40, by + bh), color=None, fill=(0.35, 0.5, 0.7))
    s = f"{mil:,.1f}"
    text(p, x0 + 20, by + bh - h - 4, s, 8, "g", "c")
    text(p, x0 + 20, by + bh + 12, lab[i], 8.5, "m", "c")
    facts.append(F(None, None, YEARS[i], lab[i], "total", "outstanding", "actual", int(round(mil * 1000000)), "yen", s, PG))
text(p, 60, by + bh + 32, "出典：各年度決算（一般会計及び特別会計の対象債権の合計）", 8)
footer(p, 2)

# ---------------------------------------------------------------- p4 landscape 表2 (wide)
p = new_page(landscape=True); PG = 4
W = p.rect.width
text(p, 50, 50, "（２）債権別の収納状況", 11.5, "g")
text(p, 50, 72, "表２　債権別収納状況（令和５年度決算）", 10, "g")
text(p, W - 50, 72, "（単位：千円、％）", 8.5, "m", "r")
h1 = [{"t": "会計", "rs": 2}, {"t": "債権名", "rs": 2}, {"t": "所管課", "rs": 2},
      {"t": "現年度分", "cs": 3}, None, None, {"t": "滞納繰越分", "cs": 3}, None, None, {"t": "計", "cs": 3}, None, None]
h2 = [None, None, None] + ["調定額", "収入済額", "収納率"] * 3
rows = [h1, h2]
ACC = [("一般会計", GEN), ("国民健康保険特別会計", ["国民健康保険税"]), ("介護保険特別会計", ["介護保険料"]),
       ("後期高齢者医療特別会計", ["後期高齢者医療保険料"])]
for acc, ds in ACC:
    for j, d in enumerate(ds):
        s = S[d]; info = next(x for x in DEBTS if x[0] == d)
        first = {"t": acc, "rs": len(ds), "a": "c"} if j == 0 else None
        rows.append([first, info[1], {"t": info[4], "a": "c"}, yen_k(s["ca"]), yen_k(s["cc"]), f"{s['cr']:.2f}",
                     yen_k(s["ra"]), yen_k(s["rc"]), f"{s['rr']:.2f}", yen_k(s["ta"]), yen_k(s["tc"]), f"{s['tr']:.2f}"])
        for seg, a, c, r in (("current", "ca", "cc", "cr"), ("arrears", "ra", "rc", "rr"), ("total", "ta", "tc", "tr")):
            facts.append(F(d, info[1], 2023, "令和５年度", seg, "assessed", "actual", s[a] * 1000, "yen", yen_k(s[a]), PG))
            facts.append(F(d, info[1], 2023, "令和５年度", seg, "collected", "actual", s[c] * 1000, "yen", yen_k(s[c]), PG))
            facts.append(F(d, info[1], 2023, "令和５年度", seg, "collection_rate", "actual", s[r], "percent", f"{s[r]:.2f}", PG))
T = {k: sum(S[d][k] for d in S) for k in ("ca", "cc", "ra", "rc", "ta", "tc", "wo", "out")}
trs = (rate(T["cc"], T["ca"]), rate(T["rc"], T["ra"]), rate(T["tc"], T["ta"]))
g = (0.9, 0.9, 0.9)
rows.append([{"t": "合計", "cs": 3, "b": True, "fill": g}, None, None] +
            [{"t": x, "fill": g} for x in (yen_k(T["ca"]), yen_k(T["cc"]), f"{trs[0]:.2f}", yen_k(T["ra"]), yen_k(T["rc"]),
                                           f"{trs[1]:.2f}", yen_k(T["ta"]), yen_k(T["tc"]), f"{trs[2]:.2f}")])
for seg, a, c, r in (("current", "ca", "cc", 0), ("arrears", "ra", "rc", 1), ("total", "ta", "tc", 2)):
    facts.append(F(None, "合計", 2023, "令和５年度", seg, "assessed", "actual", T[a] * 1000, "yen", yen_k(T[a]), PG))
    facts.append(F(None, "合計", 2023, "令和５年度", seg, "collected", "actual", T[c] * 1000, "yen", yen_k(T[c]), PG))
    facts.append(F(None, "合計", 2023, "令和５年度", seg, "collection_rate", "actual", trs[r], "percent", f"{trs[r]:.2f}", PG))
yb = table(p, 50, 82, [78, 100, 62] + [62, 62, 40] * 3, rows, [17, 17] + [24] * (len(rows) - 2), 8)
text(p, 50, yb + 14, "※ 収納率は、収入済額を調定額で除したもので、小数点第３位を四捨五入しています。不納欠損額及び収入未済額は次頁に掲載しています。", 8)
text(p, W / 2, p.rect.height - 25, "- 3 -", 9, "m", "c")

# ---------------------------------------------------------------- p5 表2（続き） + 表3
p = new_page(); PG = 5
text(p, 60, 70, "表２（続き）　債権別収納状況（令和５年度決算）", 10, "g")
text(p, 535, 70, "（単位：千円）", 8.5, "m", "r")
rows = [["債権名", "不納欠損額", "収入未済額", "備考"]]
NOTE = {"国民健康保険税": "rout", "市税": "rout", "生活保護費返還金": "cout"}
for d, pr, *_ in DEBTS:
    s = S[d]
    note = ""
    if d in NOTE:
        k = NOTE[d]
        note = ("うち滞納繰越分 " if k == "rout" else "うち現年度分 ") + f"{s[k]:,}千円"
        facts.append(F(d, pr, 2023, "令和５年度", "arrears" if k == "rout" else "current", "outstanding", "actual",
                       s[k] * 1000, "yen", f"{s[k]:,}千円", PG))
    rows.append([pr, yen_k(s["wo"]), yen_k(s["out"]), note])
    facts.append(F(d, pr, 2023, "令和５年度", "total", "written_off", "actual", s["wo"] * 1000, "yen", yen_k(s["wo"]), PG))
    facts.append(F(d, pr, 2023, "令和５年度", "total", "outstanding", "actual", s["out"] * 1000, "yen", yen_k(s["out"]), PG))
rows.append([{"t": "合計", "b": True, "a": "c"}, yen_k(T["wo"]), yen_k(T["out"]), ""])
facts.append(F(None, "合計", 2023, "令和５年度", "total", "written_off", "actual", T["wo"] * 1000, "yen", yen_k(T["wo"]), PG))
facts.append(F(None, "合計", 2023, "令和５年度", "total", "outstanding", "actual", T["out"] * 1000, "yen", yen_k(T["out"]), PG))
yb = table(p, 60, 78, [130, 90, 90, 165], rows, 18, 8.5)
text(p, 60, yb + 30, "４　第１次計画の検証と目標", 12, "g")
p.draw_line((60, yb + 36), (535, yb + 36), width=0.6)
para(p, 60, yb + 44, "第１次計画では、主要６債権について現年度分の目標収納率を定めて取り組みました。令和４年度及び５年度の達成状況は表３のとおりです。", 475, 10)
ty = yb + 86
text(p, 60, ty, "表３　第１次計画の目標収納率（現年度分）の達成状況", 10, "g")
text(p, 535, ty, "（単位：％）", 8.5, "m", "r")
h1 = [{"t": "債権名", "rs": 2}, {"t": "令和４年度", "cs": 3}, None, None, {"t": "令和５年度", "cs": 3}, None, None]
h2 = [None, "目標", "実績", "達成率", "目標", "実績", "達成率"]
rows = [h1, h2]
for d in ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]:
    t4, t5 = PREV_T[d]; a4 = PREV_A4[d]; a5 = S[d]["cr"]
    rows.append([d, f"{t4:.2f}", f"{a4:.2f}", f"{a4 / t4 * 100:.1f}", f"{t5:.2f}", f"{a5:.2f}", f"{a5 / t5 * 100:.1f}"])
    for fy, fr, tv, av in ((2022, "令和４年度", t4, a4), (2023, "令和５年度", t5, a5)):
        facts.append(F(d, d, fy, fr, "current", "collection_rate", "target", tv, "percent", f"{tv:.2f}", PG))
        facts.append(F(d, d, fy, fr, "current", "collection_rate", "actual", av, "percent", f"{av:.2f}", PG))
yb = table(p, 60, ty + 8, [135, 57, 57, 57, 57, 57, 55], rows, 18, 8.5)
text(p, 60, yb + 13, "※ 達成率＝実績÷目標×100", 8)
para(p, 60, yb + 30, "市税、介護保険料及び後期高齢者医療保険料は概ね目標を達成した一方、国民健康保険税及び市営住宅使用料は２年連続で目標を下回りました。", 475, 10)
footer(p, 4)

# ---------------------------------------------------------------- p6 表4 (years as rows), 表5 (areas), 表6 (long)
p = new_page(); PG = 6
text(p, 60, 70, "表４　本計画の目標収納率（現年度分）", 10, "g")
text(p, 535, 70, "（単位：％）", 8.5, "m", "r")
TD = [("市税", "市税"), ("国民健康保険税", "国保税"), ("介護保険料", "介護保険料"), ("後期高齢者医療保険料", "後期高齢"),
      ("保育所保育料", "保育料"), ("市営住宅使用料", "住宅使用料")]
rows = [["年度"] + [s for _, s in TD]]
FYR = [(2025, "令和７（2025）年度"), (2026, "令和８（2026）年度"), (2027, "令和９（2027）年度")]
for i, (fy, fr) in enumerate(FYR):
    rows.append([fr] + [f"{TARGET[d][i]:.2f}" for d, _ in TD])
    for d, sname in TD:
        facts.append(F(d, sname, fy, fr, "current", "collection_rate", "target", TARGET[d][i], "percent", f"{TARGET[d][i]:.2f}", PG))
yb = table(p, 60, 78, [115] + [60] * 6, rows, 18, 8.5)
text(p, 60, yb + 12, "※ 国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料", 7.5)
ty = yb + 42
text(p, 60, ty - 14, "５　地域別・債権別の状況", 12, "g")
text(p, 60, ty + 6, "表５　地域別の市税収納状況（令和５年度決算・現年度分及び滞納繰越分の計）", 10, "g")
rows = [["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）"]]
for a, av, cv in AREAS:
    r_ = rate(cv, av)
    rows.append([a, yen_k(av), yen_k(cv), f"{r_:.2f}"])
    facts.append(F("市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", av * 1000, "yen", yen_k(av), PG, area=a))
    facts.append(F("市税", "市税", 2023, "令和５年度", "total", "collected", "actual", cv * 1000, "yen", yen_k(cv), PG, area=a))
    facts.append(F("市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}", PG, area=a))
s = S["市税"]
rows.append([{"t": "計", "b": True, "a": "c"}, yen_k(s["ta"]), yen_k(s["tc"]), f"{s['tr']:.2f}"])
facts.append(F("市税", "計", 2023, "令和５年度", "total", "assessed", "actual", s["ta"] * 1000, "yen", yen_k(s["ta"]), PG))
facts.append(F("市税", "計", 2023, "令和５年度", "total", "collected", "actual", s["tc"] * 1000, "yen", yen_k(s["tc"]), PG))
facts.append(F("市税", "計", 2023, "令和５年度", "total", "collection_rate", "actual", s["tr"], "percent", f"{s['tr']:.2f}", PG))
yb = table(p, 60, ty + 14, [120, 110, 110, 80], rows, 17, 8.5, zebra=(0.94, 0.96, 1.0), fill_header=(0.8, 0.86, 0.95))
text(p, 60, yb + 12, "※ 前津江・中津江・上津江・大山・天瀬の各地域は、各振興局で受け付けた納付を含みます。", 7.5)
ty = yb + 36
text(p, 60, ty, "表６　主要債権の収納状況の推移（現年度分及び滞納繰越分の計）", 10, "g")
rows = [["債権名", "年度", "収納率（％）", "調定額（千円）", "収入済額（千円）"]]
for d in LONG:
    vals = dict(LONG[d]); vals[2023] = (S[d]["ta"], S[d]["tc"])
    for fy, fr in ((2023, "令和5年度"), (2022, "令和4年度"), (2021, "令和3年度")):
        a, c = vals[fy]; r_ = rate(c, a)
        rows.append([d, fr, f"{r_:.2f}", yen_k(a), yen_k(c)])
        facts.append(F(d, d, fy, fr, "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}", PG))
        facts.append(F(d, d, fy, fr, "total", "assessed", "actual", a * 1000, "yen", yen_k(a), PG))
        facts.append(F(d, d, fy, fr, "total", "collected", "actual", c * 1000, "yen", yen_k(c), PG))
yb = table(p, 60, ty + 8, [130, 75, 75, 100, 100], rows, 16, 8.5, rules="hhead", fill_header=None)
footer(p, 5)

# ---------------------------------------------------------------- p7 全庁的な取組 + 推進シート（介護保険料）
p = new_page(); PG = 7
text(p, 60, 70, "６　全庁的な取組", 12, "g")
p.draw_line((60, 76), (535, 76), width=0.6)
y = 86
COMMON = [
    ("（１）滞納の未然防止", [
        ("①", "納期限前の文書・電話による納付案内を全債権で実施し、口座振替及びスマートフォン決済の利用を勧奨する。", "継続"),
        ("②", "市ホームページ及び市報で納付方法と納期限を周知するとともに、転入時の窓口で口座振替の申込みを受け付ける。", "拡充"),
    ]),
    ("（２）滞納整理の推進", [
        ("①", "督促状発付後おおむね３か月以内に催告を行い、応答のない滞納者には財産調査を速やかに実施する。", "継続"),
        ("②", "非強制徴収債権について、支払督促等の法的措置の実施基準を定め、債権管理課が所管課を支援する。", "新規"),
    ]),
]
for title, items in COMMON:
    text(p, 64, y + 10, title, 10.5, "g"); y += 20
    for lab, t, st in items:
        body = t + f"【{st}】"
        y = para(p, 76, y, lab + body, 445, 10, "m", 1.6, indent2=10)
        inits.append(I(None, None, "全庁的な取組 " + title.strip("（１２）"), title[:3] + lab, body, st, PG))
        y += 3
    y += 4
y += 6
text(p, 60, y + 10, "７　債権ごとの取組み（介護保険料）", 12, "g")
y += 20
kg = S["介護保険料"]
rows = [[{"t": "債権名　介護保険料", "cs": 2, "a": "l", "b": True, "fill": (0.85, 0.85, 0.85)}, None,
         {"t": "所管課　長寿福祉課", "cs": 2, "a": "l", "b": True, "fill": (0.85, 0.85, 0.85)}, None],
        [{"t": "区分", "b": True, "fill": (0.93, 0.93, 0.93), "a": "c"},
         {"t": "R5実績", "b": True, "fill": (0.93, 0.93, 0.93), "a": "c"},
         {"t": "R7目標", "b": True, "fill": (0.93, 0.93, 0.93), "a": "c"},
         {"t": "R9目標", "b": True, "fill": (0.93, 0.93, 0.93), "a": "c"}],
        ["現年度分収納率（％）", f"{kg['cr']:.2f}", f"{TARGET['介護保険料'][0]:.2f}", f"{TARGET['介護保険料'][2]:.2f}"],
        ["滞納繰越分収納率（％）", f"{kg['rr']:.2f}", "19.50", "21.00"]]
facts += [F("介護保険料", "介護保険料", 2023, "R5実績", "current", "collection_rate", "actual", kg["cr"], "percent", f"{kg['cr']:.2f}", PG),
          F("介護保険料", "介護保険料", 2025, "R7目標", "current", "collection_rate", "target", TARGET["介護保険料"][0], "percent", f"{TARGET['介護保険料'][0]:.2f}", PG),
          F("介護保険料", "介護保険料", 2027, "R9目標", "current", "collection_rate", "target", TARGET["介護保険料"][2], "percent", f"{TARGET['介護保険料'][2]:.2f}", PG),
          F("介護保険料", "介護保険料", 2023, "R5実績", "arrears", "collection_rate", "actual", kg["rr"], "percent", f"{kg['rr']:.2f}", PG),
          F("介護保険料", "介護保険料", 2025, "R7目標", "arrears", "collection_rate", "target", 19.50, "percent", "19.50", PG),
          F("介護保険料", "介護保険料", 2027, "R9目標", "arrears", "collection_rate", "target", 21.00, "percent", "21.00", PG)]
yb = table(p, 60, y, [160, 105, 105, 105], rows, 18, 9, header_rows=0, fill_header=None)
y = yb + 8
KAIGO = [("(1)", "普通徴収の対象者のうち納付が遅れがちな者に、納期限前の電話による納付案内を行う。", "継続"),
         ("(2)", "給付制限の内容を督促状に同封して周知し、長期滞納となる前の納付を促す。", "継続"),
         ("(3)", "年金からの特別徴収への切替えが可能な者を毎月抽出し、切替えを早期に行う。", "新規")]
p.draw_rect(fitz.Rect(60, y, 535, y + 84), width=0.5)
text(p, 66, y + 14, "〔主な取組〕", 9.5, "g")
yy = y + 20
for lab, t, st in KAIGO:
    yy = para(p, 72, yy, f"{lab} {t}【{st}】", 455, 9.5, "m", 1.55, indent2=16)
    inits.append(I("介護保険料", None, "債権ごとの取組み（介護保険料）", lab, t + f"【{st}】", st, PG))
footer(p, 6)

# ---------------------------------------------------------------- p8 推進シート（国民健康保険税）
p = new_page(); PG = 8
text(p, 60, 70, "７　債権ごとの取組み（国民健康保険税）", 12, "g")
rows = [[{"t": "債権名", "b": True, "fill": (0.85, 0.85, 0.85), "a": "c"}, "国民健康保険税",
         {"t": "所管課", "b": True, "fill": (0.85, 0.85, 0.85), "a": "c"}, "税務課（収納係）"]]
yb = table(p, 60, 80, [80, 200, 80, 115], rows, 20, 9.5, header_rows=0, fill_header=None)
k = S["国民健康保険税"]
dec = HIST["国民健康保険税"][3] - k["out"]
cell = (f"令和５年度末の収入未済額は{k['out']:,}千円で、前年度より{dec:,}千円減少した。"
        f"現年度分の収納率は{k['cr']:.2f}％と改善傾向にあるが、滞納繰越分の収納率は{k['rr']:.2f}％にとどまっている。"
        "滞納者の多くは所得の少ない世帯であり、納付相談による分割納付の履行管理と、資力のない世帯の執行停止の判断を適切に行う必要がある。")
facts += [F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", k["out"] * 1000, "yen", f"{k['out']:,}千円", PG),
          F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", k["cr"], "percent", f"{k['cr']:.2f}％", PG),
          F("国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", k["rr"], "percent", f"{k['rr']:.2f}％", PG)]
lines = wrap(cell, 250, 8.5, "m")
rows = [[{"t": "現状と課題", "b": True, "fill": (0.93, 0.93, 0.93)}, {"t": "年度", "b": True, "fill": (0.93, 0.93, 0.93)},
         {"t": "収入未済額（千円）", "b": True, "fill": (0.93, 0.93, 0.93)}],
        [{"lines": lines, "rs": 5, "a": "l"}, "令和元年度", yen_k(HIST["国民健康保険税"][0])],
        [None, "令和２年度", yen_k(HIST["国民健康保険税"][1])],
        [None, "令和３年度", yen_k(HIST["国民健康保険税"][2])],
        [None, "令和４年度", yen_k(HIST["国民健康保険税"][3])],
        [None, "令和５年度", yen_k(HIST["国民健康保険税"][4])]]
for i, fr in enumerate(["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]):
    facts.append(F("国民健康保険税", "国民健康保険税", YEARS[i], fr, "total", "outstanding", "actual", HIST["国民健康保険税"][i] * 1000, "yen", yen_k(HIST["国民健康保険税"][i]), PG))
yb = table(p, 60, 108, [260, 95, 120], rows, [18, 26, 26, 26, 26, 26], 8.5, header_rows=0, fill_header=None)
y = yb + 18
text(p, 60, y, "目標収納率（％）", 10, "g")
h = [{"t": "区分", "rs": 1}, "令和５年度実績", "令和７年度", "令和８年度", "令和９年度"]
tg_r = (22.00, 23.00, 24.00)
rows = [h, ["現年度分", f"{k['cr']:.2f}"] + [f"{v:.2f}" for v in TARGET["国民健康保険税"]],
        ["滞納繰越分", f"{k['rr']:.2f}"] + [f"{v:.2f}" for v in tg_r]]
facts.append(F("国民健康保険税", "国民健康保険税", 2023, "令和５年度実績", "current", "collection_rate", "actual", k["cr"], "percent", f"{k['cr']:.2f}", PG))
facts.append(F("国民健康保険税", "国民健康保険税", 2023, "令和５年度実績", "arrears", "collection_rate", "actual", k["rr"], "percent", f"{k['rr']:.2f}", PG))
for i, (fy, fr) in enumerate([(2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度")]):
    facts.append(F("国民健康保険税", "国民健康保険税", fy, fr, "current", "collection_rate", "target", TARGET["国民健康保険税"][i], "percent", f"{TARGET['国民健康保険税'][i]:.2f}", PG))
    facts.append(F("国民健康保険税", "国民健康保険税", fy, fr, "arrears", "collection_rate", "target", tg_r[i], "percent", f"{tg_r[i]:.2f}", PG))
yb = table(p, 60, y + 8, [95, 95, 95, 95, 95], rows, 18, 9)
y = yb + 22
text(p, 60, y, "目標達成に向けた取組", 10, "g")
y += 8
KOKU = [("①", "４月の本算定通知に口座振替依頼書を同封し、新規加入世帯への口座振替の勧奨を強化する。", "拡充", False),
        ("②", "滞納繰越分のある世帯に対し、年２回の一斉催告と休日納付相談窓口を実施する。", "継続", True),
        ("③", "預貯金・給与等の財産調査を電子照会で行い、資力のある滞納者には速やかに差押えを執行する。", "継続", False),
        ("④", "短期被保険者証の交付時に納付相談を行い、分割納付の誓約と履行状況を台帳で管理する。", "新規", True)]
for lab, t, st, alone in KOKU:
    if alone:   # tag printed alone on the next line
        y = para(p, 66, y, f"{lab}{t}", 460, 10, "m", 1.6, indent2=10)
        text(p, 486, y + 8, f"【{st}】", 10, "m", "l"); y += 17
    else:
        y = para(p, 66, y, f"{lab}{t}【{st}】", 460, 10, "m", 1.6, indent2=10)
    inits.append(I("国民健康保険税", None, "目標達成に向けた取組", lab, t + f"【{st}】", st, PG))
    y += 2
footer(p, 7)

doc.subset_fonts()
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
write_gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７年３月", facts, inits, None, "plan")
