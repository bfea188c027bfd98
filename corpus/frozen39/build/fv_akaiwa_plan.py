"""fv: 赤磐市債権回収・整理計画（令和6年度～令和8年度） -- PyMuPDF drawing.
Run from corpus/frozen39:  python3 build/fv_akaiwa_plan.py"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from fv_common import Gold, c, r, rate, fr, zen
from fv_pdfdraw import Pg, fitz

STEM = "fv_akaiwa_plan_1"
G = Gold("plan", "赤磐市", "赤磐市債権回収・整理計画（令和６年度～令和８年度）", "2024-06-01", "令和６年６月", family="plan")
Y = [2021, 2022, 2023]
GREY, LIGHT = (0.85, 0.85, 0.85), (0.94, 0.94, 0.94)
# name, debt, account, ca0, cur rates, aa0, arr rates, wo, targets cur R6..R8, arr R6..R8, out R6..R8
SPEC = [
    ("市税", "市税", "一般会計", 5180000, [98.62, 98.80, 98.97], 262000, [22.4, 24.1, 26.3], 0.08, [99.05, 99.12, 99.20], [27.5, 28.5, 30.0], [150000, 140000, 130000]),
    ("保育料", "保育料", "一般会計", 42000, [98.10, 98.35, 98.52], 14500, [11.0, 12.6, 13.9], 0.08, [98.60, 98.70, 98.80], [15.0, 16.0, 17.0], [11000, 10000, 9500]),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", 96000, [96.80, 97.05, 97.31], 23500, [12.2, 13.4, 14.8], 0.05, [97.40, 97.50, 97.60], [16.0, 17.0, 18.0], [20000, 19000, 18000]),
    ("生活保護費返還金", "生活保護費返還金", "一般会計", 21000, [58.1, 60.2, 61.7], 61000, [4.2, 4.6, 4.9], 0.03, [62.0, 63.0, 64.0], [5.2, 5.5, 5.8], [64000, 63000, 62000]),
    ("国民健康保険税", "国民健康保険税", "特別会計", 920000, [94.55, 94.90, 95.26], 318000, [17.6, 18.8, 20.2], 0.09, [95.40, 95.60, 95.80], [21.0, 22.0, 23.0], [230000, 220000, 210000]),
    ("介護保険料", "介護保険料", "特別会計", 860000, [98.81, 98.90, 98.98], 24000, [18.3, 19.7, 21.0], 0.14, [99.00, 99.05, 99.10], [22.0, 23.0, 24.0], [17000, 16000, 15000]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別会計", 410000, [99.52, 99.56, 99.60], 3600, [36.0, 37.4, 39.0], 0.06, [99.62, 99.64, 99.66], [40.0, 41.0, 42.0], [3000, 2900, 2800]),
    ("下水道使用料", "下水道使用料", "企業会計", 610000, [98.70, 98.82, 98.94], 11200, [33.0, 35.1, 37.2], 0.05, [98.98, 99.02, 99.06], [38.0, 39.0, 40.0], [10000, 9500, 9000]),
    ("水道料金", "水道料金", "企業会計", 820000, [98.92, 99.01, 99.07], 15800, [45.2, 47.5, 49.8], 0.06, [99.10, 99.13, 99.16], [50.0, 51.0, 52.0], [12000, 11500, 11000]),
]
D = {}
for k, (n, debt, acc, ca0, cr, aa0, ar, wo, tc_, ta_, to_) in enumerate(SPEC):
    ys, aa = {}, aa0
    for i, y in enumerate(Y):
        ca = int(ca0 * (1 + 0.006 * i) + (k * 61 + i * 173) % 433)
        cc = int(round(ca * cr[i] / 100)); ac = int(round(aa * ar[i] / 100)); w = int(round(aa * wo))
        ys[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ca + aa, tc=cc + ac, wo=w, out=ca + aa - cc - ac - w)
        aa = ys[y]["out"]
    D[n] = dict(debt=debt, acc=acc, y=ys, tc=tc_, ta=ta_, to=to_)
names = list(D)
doc = fitz.open()
ML = 56

# ================= p1: 2段組 =================
PG = 1
p = Pg(doc)
p.text(p.W - ML, 50, "令和６年６月", 10, "m", "r")
p.text(p.W / 2, 92, "赤磐市債権回収・整理計画", 20, "g", "c")
p.text(p.W / 2, 116, "（令和６年度～令和８年度）", 12, "g", "c")
p.text(p.W - ML, 140, "赤磐市 総務部 税務課 債権管理室", 10, "m", "r")
p.hline(ML, p.W - ML, 150, 1.0)
p.text(ML, 172, "１　計画の趣旨と債権の現状", 12.5, "g")
colw = (p.W - 2 * ML - 18) / 2
tot = lambda y, key: sum(D[n]["y"][y][key] for n in names)
o5, o4 = tot(2023, "out"), tot(2022, "out")
oku5 = r(o5 / 100000, 1)
dman = int(round((o4 - o5) / 10, -2))
s = D["市税"]["y"]; kk = D["国民健康保険税"]["y"]
s_cr5, s_cr4 = rate(s[2023]["cc"], s[2023]["ca"]), rate(s[2022]["cc"], s[2022]["ca"])
s_out = s[2023]["out"]; s_dout = s[2022]["out"] - s_out
k_ar5, k_ar4 = rate(kk[2023]["ac"], kk[2023]["aa"]), rate(kk[2022]["ac"], kk[2022]["aa"])
k_out = kk[2023]["out"]
left = (f"　本市では、平成２７年度に「赤磐市債権管理条例」を制定し、債権の種類ごとに回収と整理の目標を定める債権回収・整理計画を毎年度策定している。"
        f"本計画は、令和６年度から令和８年度までの３年間を計画期間とし、目標の達成状況を年２回（上半期・年度末）公表する。\n"
        f"　令和５年度末の収入未済額は、全会計で約{oku5:.1f}億円となり、前年度から約{dman:,}万円減少した。"
        f"このうち市税の収入未済額は{c(s_out)}千円で、前年度から{c(s_dout)}千円減少している。"
        f"市税の現年課税分収納率は{s_cr5:.2f}％で、前年度（{s_cr4:.2f}％）から{r(s_cr5 - s_cr4):.2f}ポイント上昇した。")
right = (f"　国民健康保険税は、滞納繰越分の収納率が{k_ar5:.2f}％と前年度比{r(k_ar5 - k_ar4):.2f}ポイント改善したものの、"
         f"収入未済額は{c(k_out)}千円と市税に次ぐ規模であり、引き続き重点的な取組が必要である。\n"
         f"　私債権及び非強制徴収公債権については、生活保護費返還金や市営住宅使用料の退去者分など、回収が困難な債権が収入未済額の多くを占めている。"
         f"これらは、財産調査の結果に基づき、徴収停止や債権放棄による整理を適正に進める。\n"
         f"　本計画では、回収すべき債権と整理すべき債権を区分し、債権ごとに目標と取組を定める（２頁以降）。")
yl = p.para(ML, 184, left, colw, 9.5, lead=1.65)
yr_ = p.para(ML + colw + 18, 184, right, colw, 9.5, lead=1.65)
p.p.draw_line((ML + colw + 9, 184), (ML + colw + 9, max(yl, yr_)), width=0.3)
G.fact(PG, None, "全会計", 2023, "令和５年度末", "total", "outstanding", "actual", oku5 * 1e8, "yen", f"約{oku5:.1f}億円", approx=True)
G.fact(PG, None, "全会計", 2023, "令和５年度末", "total", "difference", "actual", -dman * 1e4, "yen", f"約{dman:,}万円減少", approx=True)
G.fact(PG, "市税", "市税", 2023, "令和５年度末", "total", "outstanding", "actual", s_out * 1000, "yen", f"{c(s_out)}千円")
G.fact(PG, "市税", "市税", 2023, "令和５年度末", "total", "difference", "actual", -s_dout * 1000, "yen", f"{c(s_dout)}千円減少")
G.fact(PG, "市税", "市税", 2023, "令和５年度末", "current", "collection_rate", "actual", s_cr5, "percent", f"{s_cr5:.2f}％")
G.fact(PG, "市税", "市税", 2022, "前年度", "current", "collection_rate", "actual", s_cr4, "percent", f"{s_cr4:.2f}％")
G.fact(PG, "市税", "市税", 2023, "令和５年度末", "current", "difference", "actual", r(s_cr5 - s_cr4), "points", f"{r(s_cr5 - s_cr4):.2f}ポイント")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "arrears", "collection_rate", "actual", k_ar5, "percent", f"{k_ar5:.2f}％")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "arrears", "difference", "actual", r(k_ar5 - k_ar4), "points", f"{r(k_ar5 - k_ar4):.2f}ポイント")
G.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "actual", k_out * 1000, "yen", f"{c(k_out)}千円")
y = max(yl, yr_) + 20
p.text(ML, y, "２　計画の基本方針", 12.5, "g"); y += 8
for t in ["（１）現年分の徴収を徹底し、新たな滞納の発生を抑制する。",
          "（２）滞納繰越分は、財産調査に基づく滞納処分・法的措置を着実に実施する。",
          "（３）回収の見込みがない債権は、法令に基づき速やかに整理する。",
          "（４）債権管理室と債権所管課が情報を共有し、全庁的に進行管理を行う。"]:
    y = p.para(ML + 12, y + 4, t, p.W - 2 * ML - 12, 10, lead=1.5)
p.text(p.W / 2, p.H - 30, "- 1 -", 9, "m", "c")

# ================= p2: section rows boxed table (百万円) =================
PG = 2
p = Pg(doc)
p.text(ML, 70, "３　会計別の債権の状況", 12.5, "g")
p.text(ML, 96, "表１　会計別・債権別の収入未済額等（令和５（2023）年度決算）（単位：百万円）", 10, "g")
X = [ML, ML + 150, ML + 230, ML + 310, ML + 390, p.W - ML]
y0 = 104
p.p.draw_rect(fitz.Rect(ML - 4, y0 - 4, p.W - ML + 4, y0 + 20 * 21 + 4), width=1.2)
for j, h in enumerate(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額"]):
    p.cell(X[j], y0, X[j + 1], y0 + 20, h, 9, "g", "c", GREY)
yy = y0 + 20
SECTS = [("【一般会計】", "一般会計"), ("【特別会計】", "特別会計"), ("【企業会計】", "企業会計")]
grand = [0, 0, 0, 0]
m1 = lambda v: r(v / 1000, 1)
for lab, acc in SECTS:
    p.cell(X[0], yy, X[-1], yy + 20, "", fill=LIGHT)
    p.text(X[0] + 4, yy + 14, lab, 9, "g"); yy += 20
    sub = [0, 0, 0, 0]
    for n in [n for n in names if D[n]["acc"] == acc]:
        v = D[n]["y"][2023]
        vals = [m1(v["ta"]), m1(v["tc"]), m1(v["wo"]), m1(v["out"])]
        p.cell(X[0], yy, X[1], yy + 20, "　" + n, 9, "g", "l")
        for j, (val, met) in enumerate(zip(vals, ["assessed", "collected", "written_off", "outstanding"])):
            p.cell(X[1 + j], yy, X[2 + j], yy + 20, f"{val:,.1f}", 9, "g", "r")
            G.fact(PG, D[n]["debt"], n, 2023, "令和５（2023）年度", "total", met, "actual", val * 1e6, "yen", f"{val:,.1f}")
            sub[j] = r(sub[j] + val, 1)
        yy += 20
    p.cell(X[0], yy, X[1], yy + 20, "小　計", 9, "g", "c", LIGHT)
    for j, met in enumerate(["assessed", "collected", "written_off", "outstanding"]):
        p.cell(X[1 + j], yy, X[2 + j], yy + 20, f"{sub[j]:,.1f}", 9, "g", "r", LIGHT)
        G.fact(PG, None, f"{acc}小計", 2023, "令和５（2023）年度", "total", met, "actual", sub[j] * 1e6, "yen", f"{sub[j]:,.1f}")
        grand[j] = r(grand[j] + sub[j], 1)
    yy += 20
p.cell(X[0], yy, X[1], yy + 20, "合　計", 9.5, "g", "c", GREY)
for j, met in enumerate(["assessed", "collected", "written_off", "outstanding"]):
    p.cell(X[1 + j], yy, X[2 + j], yy + 20, f"{grand[j]:,.1f}", 9.5, "g", "r", GREY)
    G.fact(PG, None, "合計", 2023, "令和５（2023）年度", "total", met, "actual", grand[j] * 1e6, "yen", f"{grand[j]:,.1f}")
yy += 20
p.text(ML, yy + 16, "出典：令和５年度赤磐市一般会計・特別会計歳入歳出決算書及び水道事業・下水道事業会計決算書より債権管理室作成", 8, "m")
p.text(ML, yy + 30, "※ 百万円未満を四捨五入。小計・合計は表示単位による。現年分と滞納繰越分の合計。", 8, "m")
y = yy + 60
p.text(ML, y, "４　回収・整理の区分", 12.5, "g")
y = p.para(ML + 10, y + 8, "　収入未済となっている債権を、「回収債権」（分納誓約・交渉中など回収を進める債権）と「整理債権」（執行停止・時効の援用・生活困窮等により回収の見込みがない債権）に区分し、回収債権については回収目標額を、整理債権については整理目標額を定める。区分の判断は、財産調査及び納付折衝の結果に基づき、各年度当初に債権所管課が行い、債権管理室が確認する。", p.W - 2 * ML - 10, 9.5)
p.text(p.W / 2, p.H - 30, "- 2 -", 9, "m", "c")

# ================= p3/p4 landscape: debts as columns, metric row headers =================
YEARROWS = [(2021, "令和3年度決算", "actual"), (2022, "4年度決算", "actual"), (2023, "5年度決算", "actual"),
            (2024, "6年度目標", "target"), (2025, "7年度目標", "target"), (2026, "8年度目標", "target")]
GROUPS = [("現年分収納率（％）", "current", "collection_rate"), ("滞納繰越分収納率（％）", "arrears", "collection_rate"),
          ("収入未済額（千円）", "total", "outstanding")]
MAIN = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料", "下水道使用料", "水道料金"]


def val(n, fy, seg, met):
    if fy <= 2023:
        v = D[n]["y"][fy]
        if met == "outstanding":
            return v["out"]
        return rate(v["cc"], v["ca"]) if seg == "current" else rate(v["ac"], v["aa"])
    i = fy - 2024
    if met == "outstanding":
        return D[n]["to"][i]
    return D[n]["tc"][i] if seg == "current" else D[n]["ta"][i]


def wide(p, cols, title, y0=88):
    p.text(40, 60, title, 11, "g")
    p.text(40 + 80 + 28 + 82 * len(cols), 80, "", 8)
    x0 = 40
    wg, wy, wc = 80, 70, 82
    p.cell(x0, y0, x0 + wg + wy, y0 + 26, "区　分", 8.5, "g", "c", GREY)
    for j, n in enumerate(cols):
        p.cell(x0 + wg + wy + j * wc, y0, x0 + wg + wy + (j + 1) * wc, y0 + 26, n, 8.5, "g", "c", GREY)
    yy = y0 + 26
    rh = 15.5
    for glab, seg, met in GROUPS:
        p.cell(x0, yy, x0 + wg, yy + rh * 6, glab, 8.5, "g", "c", LIGHT)
        for fy, fyr, basis in YEARROWS:
            p.cell(x0 + wg, yy, x0 + wg + wy, yy + rh, fyr, 8, "g", "c")
            for j, n in enumerate(cols):
                v = val(n, fy, seg, met)
                s = c(v) if met == "outstanding" else f"{v:.2f}"
                p.cell(x0 + wg + wy + j * wc, yy, x0 + wg + wy + (j + 1) * wc, yy + rh, s, 8.5, "g", "r",
                       (0.97, 0.97, 0.9) if basis == "target" else None)
                G.fact(PG, D[n]["debt"], n, fy, fyr, seg, met, basis, v * 1000 if met == "outstanding" else v,
                       "yen" if met == "outstanding" else "percent", s)
            yy += rh
    return yy, x0 + wg + wy + len(cols) * wc


PG = 3
p = Pg(doc, landscape=True)
yy, xr = wide(p, MAIN[:5], "５　主要債権の実績と目標")
p.text(40, 80, "表２　債権別の収納率・収入未済額の推移と目標（網掛けは目標値）", 9.5, "g")
p.text(40, yy + 14, "※ 表２は次頁に続く（市営住宅使用料・下水道使用料・水道料金）。", 8, "m")
# side table: debts as rows (不納欠損)
sx = xr + 24
p.text(sx, 80, "表３　令和５年度の不納欠損", 9.5, "g")
p.text(p.W - 30, 100, "（単位：千円）", 8, "m", "r")
cw = [110, 40, (p.W - 30 - sx - 150)]
hy = 104
for j, h in enumerate(["債権名", "件数", "不納欠損額"]):
    xx = sx + sum(cw[:j])
    p.cell(xx, hy, xx + cw[j], hy + 20, h, 8.5, "g", "c", GREY)
hy += 20
WOC = {"市税": 214, "保育料": 9, "市営住宅使用料": 6, "生活保護費返還金": 11, "国民健康保険税": 187, "介護保険料": 96, "後期高齢者医療保険料": 8, "下水道使用料": 21, "水道料金": 44}
for n in names:
    v = D[n]["y"][2023]["wo"]
    p.cell(sx, hy, sx + cw[0], hy + 17, n, 8, "g", "l")
    p.cell(sx + cw[0], hy, sx + cw[0] + cw[1], hy + 17, c(WOC[n]), 8, "g", "r")
    p.cell(sx + cw[0] + cw[1], hy, sx + sum(cw), hy + 17, c(v), 8, "g", "r")
    G.fact(PG, D[n]["debt"], n, 2023, "令和５年度", "total", "written_off", "actual", v * 1000, "yen", c(v))
    G.fact(PG, D[n]["debt"], n, 2023, "令和５年度", "total", "written_off_cases", "actual", WOC[n], "cases", c(WOC[n]))
    hy += 17
twc = sum(WOC.values()); twv = sum(D[n]["y"][2023]["wo"] for n in names)
p.cell(sx, hy, sx + cw[0], hy + 17, "計", 8.5, "g", "c", LIGHT)
p.cell(sx + cw[0], hy, sx + cw[0] + cw[1], hy + 17, c(twc), 8.5, "g", "r", LIGHT)
p.cell(sx + cw[0] + cw[1], hy, sx + sum(cw), hy + 17, c(twv), 8.5, "g", "r", LIGHT)
G.fact(PG, None, "計", 2023, "令和５年度", "total", "written_off", "actual", twv * 1000, "yen", c(twv))
G.fact(PG, None, "計", 2023, "令和５年度", "total", "written_off_cases", "actual", twc, "cases", c(twc))
p.text(p.W / 2, p.H - 22, "- 3 -", 9, "m", "c")

PG = 4
p = Pg(doc, landscape=True)
yy, xr = wide(p, MAIN[5:], "５　主要債権の実績と目標（続き）")
p.text(40, 80, "表２（続き）", 9.5, "g")
# district table
sx = xr + 30
p.text(sx, 80, "表４　地区別の市税滞納状況（2023年度末）", 9.5, "g")
hy = 104
cw = [70, 80, 100]
for j, h in enumerate(["地区", "滞納者数（人）", "収入未済額（千円）"]):
    xx = sx + sum(cw[:j]); p.cell(xx, hy, xx + cw[j], hy + 22, h, 8.5, "g", "c", GREY)
hy += 22
AREAS = [("山陽", 0.43, 0.41), ("赤坂", 0.17, 0.18), ("熊山", 0.19, 0.2), ("吉井", 0.21, 0.21)]
SDEL = 1206
so = D["市税"]["y"][2023]["out"]
accv = accp = 0
for i, (a, fv, fp) in enumerate(AREAS):
    v = so - accv if i == 3 else int(so * fv); pp = SDEL - accp if i == 3 else int(SDEL * fp)
    accv += v; accp += pp
    p.cell(sx, hy, sx + cw[0], hy + 20, a, 8.5, "g", "c")
    p.cell(sx + cw[0], hy, sx + cw[0] + cw[1], hy + 20, c(pp), 8.5, "g", "r")
    p.cell(sx + cw[0] + cw[1], hy, sx + sum(cw), hy + 20, c(v), 8.5, "g", "r")
    G.fact(PG, "市税", "市税", 2023, "2023年度末", "total", "delinquents", "actual", pp, "persons", c(pp), area=a)
    G.fact(PG, "市税", "市税", 2023, "2023年度末", "total", "outstanding", "actual", v * 1000, "yen", c(v), area=a)
    hy += 20
p.cell(sx, hy, sx + cw[0], hy + 20, "合計", 8.5, "g", "c", LIGHT)
p.cell(sx + cw[0], hy, sx + cw[0] + cw[1], hy + 20, c(SDEL), 8.5, "g", "r", LIGHT)
p.cell(sx + cw[0] + cw[1], hy, sx + sum(cw), hy + 20, c(so), 8.5, "g", "r", LIGHT)
G.fact(PG, "市税", "市税", 2023, "2023年度末", "total", "delinquents", "actual", SDEL, "persons", c(SDEL))
G.fact(PG, "市税", "市税", 2023, "2023年度末", "total", "outstanding", "actual", so * 1000, "yen", c(so))
hy += 20
p.text(sx, hy + 16, "※ 地区は旧町の区域（山陽・赤坂・熊山・吉井）による。", 8, "m")
p.text(sx, hy + 28, "※ 市外転出者は転出前の地区に計上。", 8, "m")
p.text(p.W / 2, p.H - 22, "- 4 -", 9, "m", "c")

# ================= p5/p6: 推進シート =================
SHEETS = [
    ("市税", "税務課", [("(1)", "現年課税分は納期限後２０日以内に督促状を送付し、督促後も未納の者には文書と電話で早期に催告する。", "継続"),
                        ("(2)", "滞納繰越分は、全件について預貯金・給与・年金の財産調査を行い、資力のある者には差押えを実施する。", "継続"),
                        ("(3)", "岡山県の地方税徴収対策推進室と連携し、高額滞納案件の共同徴収を行う。", "拡充")]),
    ("国民健康保険税", "税務課・保険年金課", [("(1)", "資格取得の届出時に口座振替の手続を案内し、申込みを受け付ける。", "継続"),
                        ("(2)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
                        ("(3)", "非自発的失業者に対する軽減制度の周知を徹底し、現年分の滞納発生を防ぐ。", "新規")]),
    ("介護保険料", "介護保険課", [("(1)", "普通徴収の未納者に対し、特別徴収開始までの期間に電話催告を行う。", "継続"),
                        ("(2)", "滞納による給付制限の内容を、認定更新の通知に同封して周知する。", "新規")]),
    ("市営住宅使用料", "建設事業課", [("(1)", "滞納２か月の時点で本人及び連帯保証人に催告し、分納誓約を徴する。", "継続"),
                        ("(2)", "退去者の滞納分は、所在調査の結果に基づき支払督促又は債権放棄の手続を進める。", "拡充")]),
]


def sheet(p, y, n, sec, items):
    dd = D[n]["y"]
    debt = D[n]["debt"]
    x0 = ML
    p.cell(x0, y, x0 + 70, y + 22, "債権名", 9, "g", "c", GREY)
    p.cell(x0 + 70, y, x0 + 230, y + 22, n, 10, "g", "c")
    p.cell(x0 + 230, y, x0 + 300, y + 22, "所管課", 9, "g", "c", GREY)
    p.cell(x0 + 300, y, p.W - ML, y + 22, sec, 9, "g", "c")
    y += 30
    p.text(x0, y + 8, "（１）令和５年度決算と令和６年度目標", 9.5, "g")
    p.text(p.W - ML, y + 8, "単位：千円、％", 8, "m", "r")
    y += 14
    cx = [x0, x0 + 22, x0 + 102, x0 + 150, x0 + 225, x0 + 300, x0 + 360, p.W - ML]
    p.cell(cx[0], y, cx[1], y + 40, "債権", 8.5, "g", "c", GREY, vertical=True)
    p.cell(cx[1], y, cx[2], y + 40, "", fill=GREY)
    p.cell(cx[2], y, cx[3], y + 40, "区分", 8.5, "g", "c", GREY)
    p.cell(cx[3], y, cx[6], y + 20, "令和５年度決算", 8.5, "g", "c", GREY)
    p.cell(cx[6], y, cx[7], y + 20, "令和６年度", 8.5, "g", "c", GREY)
    for j, h in enumerate(["調定額", "収入済額", "収納率", "目標収納率"]):
        p.cell(cx[3 + j], y + 20, cx[4 + j], y + 40, h, 8.5, "g", "c", GREY)
    y += 40
    v = dd[2023]
    p.cell(cx[0], y, cx[2], y + 54, n, 9, "g", "c")
    tg = {"current": D[n]["tc"][0], "arrears": D[n]["ta"][0]}
    for seg, lab, ka, kc in (("current", "現年分", "ca", "cc"), ("arrears", "滞繰分", "aa", "ac"), ("total", "計", "ta", "tc")):
        rt = rate(v[kc], v[ka])
        fill = LIGHT if seg == "total" else None
        p.cell(cx[2], y, cx[3], y + 18, lab, 8.5, "g", "c", fill)
        p.cell(cx[3], y, cx[4], y + 18, c(v[ka]), 8.5, "g", "r", fill)
        p.cell(cx[4], y, cx[5], y + 18, c(v[kc]), 8.5, "g", "r", fill)
        p.cell(cx[5], y, cx[6], y + 18, f"{rt:.2f}", 8.5, "g", "r", fill)
        p.cell(cx[6], y, cx[7], y + 18, f"{tg[seg]:.2f}" if seg in tg else "－", 8.5, "g", "r" if seg in tg else "c", fill)
        G.fact(PG, debt, n, 2023, "令和５年度決算", seg, "assessed", "actual", v[ka] * 1000, "yen", c(v[ka]))
        G.fact(PG, debt, n, 2023, "令和５年度決算", seg, "collected", "actual", v[kc] * 1000, "yen", c(v[kc]))
        G.fact(PG, debt, n, 2023, "令和５年度決算", seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}")
        if seg in tg:
            G.fact(PG, debt, n, 2024, "令和６年度", seg, "collection_rate", "target", tg[seg], "percent", f"{tg[seg]:.2f}")
        y += 18
    y += 10
    p.text(x0, y + 8, "（２）令和６年度の取組", 9.5, "g")
    y += 14
    for lab, t, st in items:
        lines = p.wrap(f"{t}【{st}】", p.W - ML - (x0 + 34) - 6, 9, "m")
        h = max(18, len(lines) * 9 * 1.25 + 8)
        p.cell(x0, y, x0 + 34, y + h, lab, 9, "g", "c", LIGHT)
        p.cell(x0 + 34, y, p.W - ML, y + h, f"{t}【{st}】", 9, "m", "l")
        G.init(PG, debt, 2024, "令和６年度の取組", lab, t, st, debt_raw=n)
        y += h
    return y + 26


for pg, pair in ((5, SHEETS[:2]), (6, SHEETS[2:])):
    PG = pg
    p = Pg(doc)
    p.text(ML, 60, "６　債権別推進シート", 12.5, "g") if pg == 5 else p.text(ML, 60, "６　債権別推進シート（続き）", 12.5, "g")
    y = 80
    for n, sec, items in pair:
        y = sheet(p, y, n, sec, items)
    p.text(p.W / 2, p.H - 30, f"- {pg} -", 9, "m", "c")

doc.subset_fonts()
doc.save(f"pdf/{STEM}.pdf", garbage=4, deflate=True)
out = G.write(STEM, f"pdf/{STEM}.pdf")
print(STEM, out["source"]["pages"], "pages", len(G.facts), "facts", len(G.inits), "initiatives")
