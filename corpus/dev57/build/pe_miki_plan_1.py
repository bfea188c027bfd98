"""pe_miki_plan_1: 三木市債権管理計画（令和7年度～令和9年度） -- PyMuPDF drawing directly.

Run from corpus/dev57:  python3 build/pe_miki_plan_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from pe_common import Gold, check, comma, sgn, zen  # noqa: E402
from pe_draw import grid, para, setup, text, width  # noqa: E402

STEM = "pe_miki_plan_1"
CITY = "三木市"
TITLE = "三木市債権管理計画（令和7年度～令和9年度）"
G = Gold(STEM, "plan", "keikaku", CITY, TITLE, "2025-03-01", "令和7年3月")

A4 = pymupdf.paper_rect("a4")
A4L = pymupdf.Rect(0, 0, A4.height, A4.width)

# ---------------------------------------------------------------- data (千円)
# debt -> (canonical, printed, account, 所管課)
DEBTS = [
    ("市税", "市税", "一般会計", "税務課"),
    ("保育所保育料", "保育所保育料", "一般会計", "こども未来課"),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", "建築住宅課"),
    ("国民健康保険税", "国民健康保険税", "国民健康保険事業特別会計", "保険医療課"),
    ("介護保険料", "介護保険料", "介護保険事業特別会計", "介護保険課"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", "保険医療課"),
    ("下水道使用料", "下水道使用料", "下水道事業会計", "上下水道総務課"),
]
# (current assessed, current rate, arrears assessed, arrears rate, arrears written-off) for FY2022 and FY2023
BASE = {
    "市税": {2022: (10_842_316, 99.31, 398_215, 31.42, 18_204), 2023: (10_967_058, 99.38, 362_477, 33.05, 16_931)},
    "保育所保育料": {2022: (118_624, 98.92, 24_815, 16.27, 2_114), 2023: (112_903, 99.04, 22_740, 17.85, 1_862)},
    "市営住宅使用料": {2022: (261_487, 96.85, 71_306, 11.62, 3_428), 2023: (258_119, 97.12, 69_854, 12.40, 4_105)},
    "国民健康保険税": {2022: (1_652_390, 95.21, 512_684, 19.84, 41_327), 2023: (1_618_745, 95.63, 476_201, 21.06, 38_912)},
    "介護保険料": {2022: (2_083_551, 99.27, 61_248, 17.93, 9_315), 2023: (2_121_806, 99.34, 57_319, 18.66, 8_702)},
    "後期高齢者医療保険料": {2022: (1_087_304, 99.58, 11_926, 44.27, 1_208), 2023: (1_134_662, 99.61, 10_873, 46.12, 1_055)},
    "下水道使用料": {2022: (1_512_836, 98.87, 40_517, 34.71, 2_936), 2023: (1_498_254, 98.94, 38_602, 36.28, 2_544)},
}


def seg(d, fy):
    """returns dict seg -> dict(a, c, w, o, rate) in 千円."""
    ca, cr, aa, ar, aw = BASE[d][fy]
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    out = {"current": dict(a=ca, c=cc, w=0), "arrears": dict(a=aa, c=ac, w=aw)}
    out["total"] = {k: out["current"][k] + out["arrears"][k] for k in "acw"}
    for v in out.values():
        v["o"] = v["a"] - v["c"] - v["w"]
        v["rate"] = round(v["c"] / v["a"] * 100, 2)
    return out


# 市税 5-year series (total segment), FY2019..2023
TAX5 = {}
for fy, (a, r, w) in {2019: (11_204_583, 96.08, 24_806), 2020: (11_058_247, 96.30, 22_513),
                      2021: (10_931_604, 96.55, 20_947)}.items():
    c = round(a * r / 100)
    TAX5[fy] = dict(a=a, c=c, w=w, o=a - c - w, rate=round(c / a * 100, 2))
for fy in (2022, 2023):
    TAX5[fy] = seg("市税", fy)["total"]

ERA = {2017: "H29", 2018: "H30", 2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}


def F(page, raw, debt, draw, fy, fyraw, sg, metric, basis, value, unit, **kw):
    return G.f(page, raw, debt=debt, debt_raw=draw, fy=fy, fy_raw=fyraw, seg=sg, metric=metric,
               basis=basis, value=value, unit=unit, **kw)


def yen(k):  # 千円 -> yen
    return k * 1000


doc = pymupdf.open()


def new_page(landscape=False):
    p = doc.new_page(width=(A4L if landscape else A4).width, height=(A4L if landscape else A4).height)
    setup(p)
    return p


def footer(p, n):
    s = f"－ {n} －"
    text(p, (p.rect.width - width(s, 9)) / 2, p.rect.height - 28, s, 9)


# =============================================================== page 1
P = 1
pg = new_page()
text(pg, 60, 62, TITLE, 15, "g")
text(pg, 400, 84, "令和7年3月　三木市総務部", 9.5)
y = 118
text(pg, 60, y, "１　計画の趣旨", 11.5, "g")
y = para(pg, 72, y + 20, "本市では、市税をはじめ、保険料、使用料等の多様な債権を有しており、これらの債権は市の"
         "施策を支える貴重な財源である。負担の公平性を確保し、安定した財政運営を維持するため、全庁的な"
         "債権管理の方針と債権ごとの数値目標を定め、計画的に収入未済額の縮減に取り組むこととする。", 10, 466)
text(pg, 60, y + 8, "２　計画期間", 11.5, "g")
y = para(pg, 72, y + 28, "令和7（2025）年度から令和9（2027）年度までの3年間とする。", 10, 466)
text(pg, 60, y + 8, "３　債権の現状", 11.5, "g")
tot = {k: sum(seg(d[0], 2023)["total"][k] for d in DEBTS) for k in "acwo"}
tot22 = {k: sum(seg(d[0], 2022)["total"][k] for d in DEBTS) for k in "acwo"}
o_oku = round(tot["o"] / 100_000) / 100  # 億円 rounded to 百万円 -> shown as 億・万
o_man = round(tot["o"] / 100) * 100  # 千円 rounded to 10万円 -> in 千円
diff_man = round((tot["o"] - tot22["o"]) / 1000) * 1000
rate23 = round(tot["c"] / tot["a"] * 100, 2)
rate22 = round(tot22["c"] / tot22["a"] * 100, 2)
o_raw = f"約{o_man // 100000}億{(o_man % 100000) // 10:,}万円"
d_raw = f"約{abs(diff_man) // 10:,}万円"
s1 = "（１）令和5（2023）年度決算における本計画対象債権の収入未済額は"
s2 = "で、前年度から"
s3 = "減少した。全体の収納率は"
s4 = "となり、前年度比"
s5 = "上昇している。"
r_o = F(P, o_raw, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", yen(o_man), "yen", approx=True)
r_d = F(P, d_raw + "減少", None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -yen(abs(diff_man)), "yen", approx=True)
r_r = F(P, f"{rate23:.2f}％", None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", rate23, "percent")
dp = round(rate23 - rate22, 2)
r_p = F(P, f"{dp:.2f}ポイント", None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", dp, "points")
y = para(pg, 72, y + 28, s1 + r_o + s2 + d_raw + s3 + r_r + s4 + r_p + s5, 10, 466, indent2=10)
y = para(pg, 72, y, "（２）会計別では、特別会計の収入未済額が全体の過半を占めており、特に国民健康保険税の滞納繰越分の"
         "縮減が引き続き課題となっている。", 10, 466, indent2=10)
# ---- table 1: 会計 merged outer column, 所管課 3rd, units in headers, horizontal rules only
y += 6
text(pg, 60, y, "表１　会計別・債権別の収入状況（令和5（2023）年度決算）", 10, "g")
y += 8
colw = [92, 88, 62, 60, 60, 50, 56, 40]
hdr = ["会計", "債権名", "所管課", "調定額|（千円）", "収入済額|（千円）", "不納欠損額|（千円）", "収入未済額|（千円）", "収納率|（％）"]
cells = [dict(r=0, c=k, lines=h.split("|"), al="c", size=6.8, font="g") for k, h in enumerate(hdr)]
rows = []
accts = []
for d in DEBTS:
    if not accts or accts[-1][0] != d[2]:
        accts.append([d[2], []])
    accts[-1][1].append(d)
r = 1
for acct, ds in accts:
    start = r
    for d in ds:
        v = seg(d[0], 2023)["total"]
        cells.append(dict(r=r, c=1, text=d[1], size=6.8 if len(d[1]) < 9 else 6.0))
        cells.append(dict(r=r, c=2, text=d[3], size=6.5))
        for k, (key, met) in enumerate([("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")]):
            cells.append(dict(r=r, c=3 + k, al="r", text=F(P, comma(v[key]), d[0], d[1], 2023, "令和5（2023）年度", "total", met, "actual", yen(v[key]), "yen")))
        cells.append(dict(r=r, c=7, al="r", text=F(P, f"{v['rate']:.2f}", d[0], d[1], 2023, "令和5（2023）年度", "total", "collection_rate", "actual", v["rate"], "percent")))
        r += 1
    if len(ds) > 1:
        sub = {k: sum(seg(d[0], 2023)["total"][k] for d in ds) for k in "acwo"}
        cells.append(dict(r=r, c=1, cs=2, text="小計", al="c", font="g"))
        for k, (key, met) in enumerate([("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")]):
            cells.append(dict(r=r, c=3 + k, al="r", text=F(P, comma(sub[key]), None, "一般会計小計", 2023, "令和5（2023）年度", "total", met, "actual", yen(sub[key]), "yen")))
        sr = round(sub["c"] / sub["a"] * 100, 2)
        cells.append(dict(r=r, c=7, al="r", text=F(P, f"{sr:.2f}", None, "一般会計小計", 2023, "令和5（2023）年度", "total", "collection_rate", "actual", sr, "percent")))
        r += 1
    lab = acct if len(acct) <= 7 else None
    cells.append(dict(r=start, c=0, rs=r - start, lines=[acct] if len(acct) <= 8 else [acct[:len(acct) // 2 + 1], acct[len(acct) // 2 + 1:]], size=6.8))
cells.append(dict(r=r, c=0, cs=3, text="合計", al="c", font="g"))
for k, (key, met) in enumerate([("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")]):
    cells.append(dict(r=r, c=3 + k, al="r", text=F(P, comma(tot[key]), None, "合計", 2023, "令和5（2023）年度", "total", met, "actual", yen(tot[key]), "yen")))
cells.append(dict(r=r, c=7, al="r", text=F(P, f"{rate23:.2f}", None, "合計", 2023, "令和5（2023）年度", "total", "collection_rate", "actual", rate23, "percent")))
nrows = r + 1
yb = grid(pg, 60, y, colw, [24] + [19] * (nrows - 1), cells, size=7, lines="hrule", header_rows=1, shade=None)
# thin separators between account groups
text(pg, 60, yb + 12, "※　収納率は収入済額÷調定額（現年分・滞納繰越分の合計）。千円未満を四捨五入しているため、計が一致しない場合がある。", 7.5)
footer(pg, 1)

# =============================================================== page 2
P = 2
pg = new_page()
text(pg, 60, 60, "（３）市税の状況", 11, "g")
y = para(pg, 72, 82, "市税の収納率は5年連続で上昇し、収入未済額も減少傾向にある。表２は年度を行に、表３は年度を列に"
         "とって示したものである。", 10, 466)
text(pg, 60, y + 4, "表２　市税（現年分・滞納繰越分合計）の推移", 10, "g")
y += 12
colw = [62, 74, 74, 58, 70, 62, 58]
hdr = ["年度", "調定額（千円）", "収入済額（千円）", "収納率（％）", "収入未済額（千円）", "増減額（千円）", "増減率（％）"]
cells = [dict(r=0, c=k, text=h, al="c", size=7, font="g") for k, h in enumerate(hdr)]
labels = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}
prev = None
for k, fy in enumerate(range(2019, 2024), start=1):
    v = TAX5[fy]
    fr = labels[fy]
    cells.append(dict(r=k, c=0, text=fr, al="c"))
    cells.append(dict(r=k, c=1, al="r", text=F(P, comma(v["a"]), "市税", "市税", fy, fr, "total", "assessed", "actual", yen(v["a"]), "yen")))
    cells.append(dict(r=k, c=2, al="r", text=F(P, comma(v["c"]), "市税", "市税", fy, fr, "total", "collected", "actual", yen(v["c"]), "yen")))
    cells.append(dict(r=k, c=3, al="r", text=F(P, f"{v['rate']:.2f}", "市税", "市税", fy, fr, "total", "collection_rate", "actual", v["rate"], "percent")))
    cells.append(dict(r=k, c=4, al="r", text=F(P, comma(v["o"]), "市税", "市税", fy, fr, "total", "outstanding", "actual", yen(v["o"]), "yen")))
    if prev is None:
        cells.append(dict(r=k, c=5, al="c", text="－"))
        cells.append(dict(r=k, c=6, al="c", text="－"))
    else:
        dd = v["o"] - prev["o"]
        rr = round(dd / prev["o"] * 100, 1)
        cells.append(dict(r=k, c=5, al="r", text=F(P, comma(dd), "市税", "市税", fy, fr, "total", "difference", "actual", yen(dd), "yen")))
        cells.append(dict(r=k, c=6, al="r", text=F(P, sgn(rr, 1), "市税", "市税", fy, fr, "total", "change_rate", "actual", rr, "percent")))
    prev = v
avg = {k: round(sum(TAX5[f][k] for f in TAX5) / 5) for k in "aco"}
avg_rate = round(sum(TAX5[f]["rate"] for f in TAX5) / 5, 2)
cells.append(dict(r=6, c=0, text="5年平均", al="c", font="g"))
cells.append(dict(r=6, c=1, al="r", text=F(P, comma(avg["a"]), "市税", "市税", None, "5年平均", "total", "assessed", "actual", yen(avg["a"]), "yen")))
cells.append(dict(r=6, c=2, al="r", text=F(P, comma(avg["c"]), "市税", "市税", None, "5年平均", "total", "collected", "actual", yen(avg["c"]), "yen")))
cells.append(dict(r=6, c=3, al="r", text=F(P, f"{avg_rate:.2f}", "市税", "市税", None, "5年平均", "total", "collection_rate", "actual", avg_rate, "percent")))
cells.append(dict(r=6, c=4, al="r", text=F(P, comma(avg["o"]), "市税", "市税", None, "5年平均", "total", "outstanding", "actual", yen(avg["o"]), "yen")))
cells.append(dict(r=6, c=5, al="c", text="－"))
cells.append(dict(r=6, c=6, al="c", text="－"))
y = grid(pg, 60, y, colw, [22] + [18] * 6, cells, size=7.5, header_rows=1)
text(pg, 60, y + 11, "※　5年平均の収納率は各年度の収納率の単純平均。増減は前年度との比較（△は減少）。", 7.5)
# ---- table 3: other orientation, metric in row header, years as columns, mixed era forms
y += 34
text(pg, 60, y, "表３　市税の現年分・滞納繰越分別の収納率（単位：％）", 10, "g")
y += 8
yrs = [2022, 2023]
colw = [110, 30, 78, 78, 80]
cells = [dict(r=0, c=0, cs=2, text="区分", al="c", font="g"),
         dict(r=0, c=2, text="R4（2022年度）", al="c", font="g"),
         dict(r=0, c=3, text="R5（2023年度）", al="c", font="g"),
         dict(r=0, c=4, text="前年度比（ポイント）", al="c", font="g", size=7)]
for k, (sg, lab) in enumerate([("current", "現年分収納率"), ("arrears", "滞納繰越分収納率"), ("total", "合計収納率")], start=1):
    cells.append(dict(r=k, c=0, cs=2, text=lab))
    vals = []
    for j, fy in enumerate(yrs):
        v = seg("市税", fy)[sg]["rate"]
        vals.append(v)
        cells.append(dict(r=k, c=2 + j, al="r", text=F(P, f"{v:.2f}", "市税", "市税", fy, ERA[fy], sg, "collection_rate", "actual", v, "percent")))
    dd = round(vals[1] - vals[0], 2)
    cells.append(dict(r=k, c=4, al="r", text=F(P, sgn(dd, 2, plus="＋"), "市税", "市税", 2023, "R5", sg, "difference", "actual", dd, "points")))
y = grid(pg, 60, y, colw, [20, 18, 18, 18], cells, size=8, header_rows=1)
# ---- table 4: per district, in 円 (beside a table in 千円)
y += 22
text(pg, 60, y, "表４　市税の地区別滞納状況（令和6年3月31日現在）", 10, "g")
AREAS = [("三木地区", 412, 98_417_352), ("三木南地区", 97, 21_806_114), ("別所地区", 118, 27_930_461),
         ("志染地区", 143, 31_274_908), ("細川地区", 38, 7_615_230), ("口吉川地区", 31, 6_082_775),
         ("緑が丘地区", 126, 26_448_019), ("自由が丘地区", 164, 35_917_603), ("青山地区", 89, 18_356_842),
         ("吉川地区", 72, 15_021_544)]
# make total equal the 市税 R5 outstanding (千円 -> 円 with odd yen)
target = yen(TAX5[2023]["o"]) + 0
diffy = target - sum(a[2] for a in AREAS)
AREAS[0] = (AREAS[0][0], AREAS[0][1], AREAS[0][2] + diffy)
y += 8
colw = [100, 90, 120, 156]
cells = [dict(r=0, c=k, text=h, al="c", font="g") for k, h in enumerate(["地区", "滞納者数（人）", "収入未済額（円）", "備考"])]
for k, (ar, n, amt) in enumerate(AREAS, start=1):
    cells.append(dict(r=k, c=0, text=ar))
    cells.append(dict(r=k, c=1, al="r", text=F(P, f"{n:,}", "市税", "市税", 2023, "令和6年3月31日", "total", "delinquents", "actual", n, "persons", area=ar)))
    cells.append(dict(r=k, c=2, al="r", text=F(P, f"{amt:,}", "市税", "市税", 2023, "令和6年3月31日", "total", "outstanding", "actual", amt, "yen", area=ar)))
    cells.append(dict(r=k, c=3, text="吉川支所で収納事務を実施" if ar == "吉川地区" else ""))
k = len(AREAS) + 1
np_ = sum(a[1] for a in AREAS)
cells.append(dict(r=k, c=0, text="計", al="c", font="g"))
cells.append(dict(r=k, c=1, al="r", text=F(P, f"{np_:,}", "市税", "市税", 2023, "令和6年3月31日", "total", "delinquents", "actual", np_, "persons")))
cells.append(dict(r=k, c=2, al="r", text=F(P, f"{target:,}", "市税", "市税", 2023, "令和6年3月31日", "total", "outstanding", "actual", target, "yen")))
cells.append(dict(r=k, c=3, text=""))
y = grid(pg, 60, y, colw, [20] + [16] * (k), cells, size=8, header_rows=1, zebra=(0.95, 0.95, 0.95), shade=(0.85, 0.85, 0.85))
text(pg, 60, y + 11, "※　滞納者数は実人数。表２・表３は千円単位、表４は円単位で表示している。", 7.5)
footer(pg, 2)

# =============================================================== pages 3-4: landscape wide table split
for part, fy in ((0, 2022), (1, 2023)):
    P = 3 + part
    pg = new_page(landscape=True)
    if part == 0:
        text(pg, 50, 50, "表５　債権別の収納状況（会計区分別）", 11, "g")
    else:
        text(pg, 50, 50, "表５　債権別の収納状況（会計区分別）（続き）", 11, "g")
    text(pg, 690, 50, "（単位：千円、％）", 9)
    # three-level header: 年度 > 区分 > 調定額/収入済額/収納率 ; second year block on continuation page
    blocks = [fy]
    colw = [130] + [72, 72, 44] * 2 + [70, 62]
    cells = [dict(r=0, c=0, rs=3, text="債権名", al="c", font="g")]
    fyl = "令和4年度（決算）" if fy == 2022 else "令和5年度（決算）"
    cells.append(dict(r=0, c=1, cs=8, text=fyl, al="c", font="g"))
    cells.append(dict(r=1, c=1, cs=3, text="現年分", al="c", font="g"))
    cells.append(dict(r=1, c=4, cs=3, text="滞納繰越分", al="c", font="g"))
    cells.append(dict(r=1, c=7, cs=2, text="現年・滞繰計", al="c", font="g"))
    for j, h in enumerate(["調定額", "収入済額", "収納率"] * 2 + ["収入未済額", "収納率"]):
        cells.append(dict(r=2, c=1 + j, text=h, al="c", font="g", size=7.5))
    fr = "令和4年度" if fy == 2022 else "令和5年度"
    r = 3
    sections = [("【一般会計】", [d for d in DEBTS if d[2] == "一般会計"]),
                ("【特別会計】", [d for d in DEBTS if d[2] != "一般会計"])]
    grand = {s: {k: 0 for k in "acwo"} for s in ("current", "arrears", "total")}
    for sec, ds in sections:
        cells.append(dict(r=r, c=0, cs=9, text=sec, font="g", fill=(0.93, 0.93, 0.93)))
        r += 1
        sub = {s: {k: 0 for k in "acwo"} for s in ("current", "arrears", "total")}
        for d in ds:
            v = seg(d[0], fy)
            label = d[1] if d[2] == "一般会計" else d[1]
            cells.append(dict(r=r, c=0, text="　" + label, size=7.5))
            for si, sg in enumerate(("current", "arrears")):
                x = v[sg]
                cells.append(dict(r=r, c=1 + si * 3, al="r", text=F(P, comma(x["a"]), d[0], d[1], fy, fr, sg, "assessed", "actual", yen(x["a"]), "yen")))
                cells.append(dict(r=r, c=2 + si * 3, al="r", text=F(P, comma(x["c"]), d[0], d[1], fy, fr, sg, "collected", "actual", yen(x["c"]), "yen")))
                cells.append(dict(r=r, c=3 + si * 3, al="r", text=F(P, f"{x['rate']:.2f}", d[0], d[1], fy, fr, sg, "collection_rate", "actual", x["rate"], "percent")))
            x = v["total"]
            cells.append(dict(r=r, c=7, al="r", text=F(P, comma(x["o"]), d[0], d[1], fy, fr, "total", "outstanding", "actual", yen(x["o"]), "yen")))
            cells.append(dict(r=r, c=8, al="r", text=F(P, f"{x['rate']:.2f}", d[0], d[1], fy, fr, "total", "collection_rate", "actual", x["rate"], "percent")))
            for s in sub:
                for k in "acwo":
                    sub[s][k] += v[s][k]
                    grand[s][k] += v[s][k]
            r += 1
        # 小計
        cells.append(dict(r=r, c=0, text="小計", al="c", font="g"))
        for si, sg in enumerate(("current", "arrears")):
            x = sub[sg]
            rt = round(x["c"] / x["a"] * 100, 2)
            cells.append(dict(r=r, c=1 + si * 3, al="r", text=F(P, comma(x["a"]), None, sec + "小計", fy, fr, sg, "assessed", "actual", yen(x["a"]), "yen")))
            cells.append(dict(r=r, c=2 + si * 3, al="r", text=F(P, comma(x["c"]), None, sec + "小計", fy, fr, sg, "collected", "actual", yen(x["c"]), "yen")))
            cells.append(dict(r=r, c=3 + si * 3, al="r", text=F(P, f"{rt:.2f}", None, sec + "小計", fy, fr, sg, "collection_rate", "actual", rt, "percent")))
        x = sub["total"]
        rt = round(x["c"] / x["a"] * 100, 2)
        cells.append(dict(r=r, c=7, al="r", text=F(P, comma(x["o"]), None, sec + "小計", fy, fr, "total", "outstanding", "actual", yen(x["o"]), "yen")))
        cells.append(dict(r=r, c=8, al="r", text=F(P, f"{rt:.2f}", None, sec + "小計", fy, fr, "total", "collection_rate", "actual", rt, "percent")))
        r += 1
    cells.append(dict(r=r, c=0, text="合計", al="c", font="g", fill=(0.85, 0.85, 0.85)))
    for si, sg in enumerate(("current", "arrears")):
        x = grand[sg]
        rt = round(x["c"] / x["a"] * 100, 2)
        cells.append(dict(r=r, c=1 + si * 3, al="r", text=F(P, comma(x["a"]), None, "合計", fy, fr, sg, "assessed", "actual", yen(x["a"]), "yen")))
        cells.append(dict(r=r, c=2 + si * 3, al="r", text=F(P, comma(x["c"]), None, "合計", fy, fr, sg, "collected", "actual", yen(x["c"]), "yen")))
        cells.append(dict(r=r, c=3 + si * 3, al="r", text=F(P, f"{rt:.2f}", None, "合計", fy, fr, sg, "collection_rate", "actual", rt, "percent")))
    x = grand["total"]
    rt = round(x["c"] / x["a"] * 100, 2)
    cells.append(dict(r=r, c=7, al="r", text=F(P, comma(x["o"]), None, "合計", fy, fr, "total", "outstanding", "actual", yen(x["o"]), "yen")))
    cells.append(dict(r=r, c=8, al="r", text=F(P, f"{rt:.2f}", None, "合計", fy, fr, "total", "collection_rate", "actual", rt, "percent")))
    r += 1
    grid(pg, 50, 62, colw, [18, 18, 20] + [21] * (r - 3), cells, size=8, header_rows=3)
    if part == 0:
        text(pg, 50, 62 + 56 + 21 * (r - 3) + 16, "※　令和5年度分は次ページに続く。下水道事業会計は地方公営企業法適用のため特別会計欄に含めて表示している。", 8)
    else:
        text(pg, 50, 62 + 56 + 21 * (r - 3) + 16, "※　収納率は収入済額÷調定額。不納欠損額は表１を参照。", 8)
    footer(pg, 3 + part)

# =============================================================== page 5: targets
P = 5
pg = new_page()
text(pg, 60, 60, "４　計画期間の数値目標", 11.5, "g")
y = para(pg, 72, 84, "各債権の所管課は、次の数値目標の達成に向けて取組を進める。目標は令和5年度決算及び令和6年度"
         "決算見込を基に設定した。", 10, 466)
text(pg, 60, y + 4, "（１）現年分収納率の目標", 10.5, "g")
text(pg, 440, y + 4, "（単位：％）", 8.5)
y += 12
TGT = {  # debt -> (R6 見込, R7, R8, R9) current rate
    "市税": (99.40, 99.42, 99.45, 99.48), "保育所保育料": (99.05, 99.10, 99.15, 99.20),
    "市営住宅使用料": (97.20, 97.30, 97.40, 97.50), "国民健康保険税": (95.70, 95.80, 95.90, 96.00),
    "介護保険料": (99.35, 99.38, 99.40, 99.42), "後期高齢者医療保険料": (99.62, 99.63, 99.64, 99.65),
    "下水道使用料": (98.95, 98.98, 99.00, 99.02),
}
colw = [130, 66, 66, 66, 66, 66]
cells = [dict(r=0, c=0, rs=2, text="債権名", al="c", font="g"),
         dict(r=0, c=1, text="R5", al="c", font="g"), dict(r=0, c=2, text="R6", al="c", font="g"),
         dict(r=0, c=3, text="R7", al="c", font="g"), dict(r=0, c=4, text="R8", al="c", font="g"),
         dict(r=0, c=5, text="R9", al="c", font="g")]
for j, h in enumerate(["決算", "決算見込", "目標", "目標", "目標"]):
    cells.append(dict(r=1, c=1 + j, text=h, al="c", font="g", size=7.5))
for k, d in enumerate(DEBTS, start=2):
    cells.append(dict(r=k, c=0, text=d[1], size=8))
    v = seg(d[0], 2023)["current"]["rate"]
    cells.append(dict(r=k, c=1, al="r", text=F(P, f"{v:.2f}", d[0], d[1], 2023, "R5", "current", "collection_rate", "actual", v, "percent")))
    t = TGT[d[0]]
    cells.append(dict(r=k, c=2, al="r", text=F(P, f"{t[0]:.2f}", d[0], d[1], 2024, "R6", "current", "collection_rate", "estimate", t[0], "percent")))
    for j, fy in enumerate((2025, 2026, 2027)):
        cells.append(dict(r=k, c=3 + j, al="r", text=F(P, f"{t[1 + j]:.2f}", d[0], d[1], fy, f"R{fy - 2018}", "current", "collection_rate", "target", t[1 + j], "percent")))
y = grid(pg, 60, y, colw, [17, 15] + [17] * len(DEBTS), cells, size=8.5, header_rows=2)
# ---- long-format table, no ruling lines, 収納率 before amount (other column order than 表１)
y += 26
text(pg, 60, y, "（２）滞納繰越分の目標（主要3債権）", 10.5, "g")
y += 22
LT = {"市税": [(2025, 34.50, 228_000), (2026, 35.50, 214_000), (2027, 36.50, 201_000)],
      "国民健康保険税": [(2025, 22.00, 352_000), (2026, 23.00, 331_000), (2027, 24.00, 312_000)],
      "市営住宅使用料": [(2025, 13.00, 61_000), (2026, 13.50, 58_500), (2027, 14.00, 56_000)]}
xs = [72, 200, 290, 410]
for x_, h in zip(xs, ["債権名", "年度", "滞繰分収納率（％）", "収入未済額の目標（千円）"]):
    text(pg, x_, y, h, 9, "g")
y += 16
for d, rows_ in LT.items():
    for fy, rt, oo in rows_:
        fr = f"令和{fy - 2018}年度"
        text(pg, xs[0], y, d, 9)
        text(pg, xs[1], y, fr, 9)
        s = F(P, f"{rt:.2f}", d, d, fy, fr, "arrears", "collection_rate", "target", rt, "percent")
        text(pg, xs[2] + 70 - width(s, 9), y, s, 9)
        s = F(P, f"{oo:,}", d, d, fy, fr, "total", "outstanding", "target", yen(oo), "yen")
        text(pg, xs[3] + 100 - width(s, 9), y, s, 9)
        y += 15
y += 4
y = para(pg, 60, y, "※　収入未済額の目標は現年分・滞納繰越分の合計（各年度末）。", 7.5, 480)
footer(pg, 5)

# =============================================================== pages 6-7: 推進シート
SECTION = "債権ごとの取組"


def sheet(pg, P, y, no, d, draw, fy_rows, prose, items):
    text(pg, 60, y, f"５－{no}　{SECTION}（{draw}）", 11, "g")
    y += 10
    colw = [100, 90, 90, 90, 96]
    cells = [dict(r=0, c=0, text="区分", al="c", font="g")]
    for j, h in enumerate(["令和5年度実績", "令和7年度目標", "令和8年度目標", "令和9年度目標"]):
        cells.append(dict(r=0, c=1 + j, text=h, al="c", font="g"))
    for k, (lab, sg, vals) in enumerate(fy_rows, start=1):
        cells.append(dict(r=k, c=0, text=lab))
        for j, (fy, basis, v) in enumerate(vals):
            fr = f"令和{fy - 2018}年度"
            cells.append(dict(r=k, c=1 + j, al="r", text=F(P, f"{v:.2f}％", d, draw, fy, fr, sg, "collection_rate", basis, v, "percent")))
    y = grid(pg, 60, y, colw, [18] + [17] * len(fy_rows), cells, size=8.5, header_rows=1)
    y += 18
    text(pg, 66, y, "（１）現状と課題", 10, "g")
    y = para(pg, 78, y + 16, prose, 9.5, 450)
    text(pg, 66, y + 2, "（２）取組内容", 10, "g")
    y += 18
    for lab, txt, st, sub in items:
        tag = f"【{st}】" if st else ""
        printed = f"{lab}　{txt}{tag}"
        G.i(P, txt, debt=d, debt_raw=draw, fy=2025, section=f"{SECTION}（{draw}）", label=f"(2){lab}", status=st)
        y = para(pg, 78, y, printed, 9.5, 450, indent2=12)
        for sl, stxt, sst in sub:
            tag = f"【{sst}】" if sst else ""
            G.i(P, stxt, debt=d, debt_raw=draw, fy=2025, section=f"{SECTION}（{draw}）", label=f"(2){lab}{sl}", status=sst)
            y = para(pg, 90, y, f"{sl}　{stxt}{tag}", 9.5, 438, indent2=14)
    return y + 10


P = 6
pg = new_page()
c = seg("市税", 2023)
o23 = c["total"]["o"]
o22 = seg("市税", 2022)["total"]["o"]
ddm = (o23 - o22)
t_o = F(P, f"{o23:,}千円", "市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", yen(o23), "yen")
t_d = F(P, f"{abs(ddm):,}千円", "市税", "市税", 2023, "令和5年度", "total", "difference", "actual", yen(ddm), "yen")
ra = c["arrears"]["rate"]
t_a = F(P, f"{ra:.2f}％", "市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", ra, "percent")
prose = (f"令和5年度末の収入未済額は{t_o}で、前年度から{t_d}減少した。滞納繰越分の収納率は{t_a}にとどまって"
         "おり、高額・長期の滞納事案の整理が課題である。")
y = sheet(pg, P, 64, 1, "市税", "市税",
          [("現年分収納率", "current", [(2023, "actual", c["current"]["rate"]), (2025, "target", 99.42), (2026, "target", 99.45), (2027, "target", 99.48)]),
           ("滞納繰越分収納率", "arrears", [(2023, "actual", ra), (2025, "target", 34.50), (2026, "target", 35.50), (2027, "target", 36.50)])],
          prose,
          [("ア", "納期内納付の推進", None, [("(ｱ)", "地方税統一QRコードを活用したスマートフォン決済の周知を強化する。", "拡充"),
                                           ("(ｲ)", "口座振替の新規申込みについて、Web口座振替受付サービスを導入する。", "新規")]),
           ("イ", "滞納処分の強化", None, [("(ｱ)", "電子預貯金照会による財産調査を徹底し、早期に差押えを執行する。", "継続"),
                                         ("(ｲ)", "高額滞納事案は兵庫県との共同徴収により整理を進める。", "継続")])])
c = seg("国民健康保険税", 2023)
o23 = c["total"]["o"]
t_o = F(P, f"{o23 / 1000:,.1f}百万円", "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", round(o23 / 100) * 100_000, "yen")
prose = (f"令和5年度末の収入未済額は{t_o}で、対象債権全体の約3割を占める。被保険者の高齢化と低所得世帯の"
         "増加により、現年分の滞納発生を抑えることが課題である。")
y = sheet(pg, P, y + 6, 2, "国民健康保険税", "国民健康保険税",
          [("現年分収納率", "current", [(2023, "actual", c["current"]["rate"]), (2025, "target", 95.80), (2026, "target", 95.90), (2027, "target", 96.00)]),
           ("滞納繰越分収納率", "arrears", [(2023, "actual", c["arrears"]["rate"]), (2025, "target", 22.00), (2026, "target", 23.00), (2027, "target", 24.00)])],
          prose,
          [("ア", "資格取得時に口座振替の利用を勧奨し、納付書払いからの切替えを進める。", "継続", []),
           ("イ", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続", []),
           ("ウ", "滞納繰越分は税務課と連携し、財産調査に基づく滞納処分を行う。", "拡充", [])])
footer(pg, 6)

P = 7
pg = new_page()
c = seg("市営住宅使用料", 2023)
o23 = c["total"]["o"]
man = round(o23 / 10)
t_o = F(P, f"約{man:,}万円", "市営住宅使用料", "市営住宅使用料", 2023, "令和5年度", "total", "outstanding", "actual", man * 10_000, "yen", approx=True)
prose = (f"令和5年度末の収入未済額は{t_o}である。退去者の滞納分が累積しており、連帯保証人への請求と"
         "法的措置の早期着手が課題である。")
y = sheet(pg, P, 64, 3, "市営住宅使用料", "市営住宅使用料",
          [("現年分収納率", "current", [(2023, "actual", c["current"]["rate"]), (2025, "target", 97.30), (2026, "target", 97.40), (2027, "target", 97.50)]),
           ("滞納繰越分収納率", "arrears", [(2023, "actual", c["arrears"]["rate"]), (2025, "target", 13.00), (2026, "target", 13.50), (2027, "target", 14.00)])],
          prose,
          [("ア", "滞納3か月以上の入居者に対し、連帯保証人への通知と面談を行う。", "継続", []),
           ("イ", "滞納6か月以上かつ納付誓約の不履行者について、明渡請求訴訟を提起する。", "継続", []),
           ("ウ", "退去滞納者の居所調査を行い、回収の見込みがない債権は債権放棄を検討する。", "新規", [])])
text(pg, 60, y + 4, "６　計画の進行管理", 11.5, "g")
y = para(pg, 72, y + 26, "各所管課は毎年度の実績を債権管理推進会議に報告し、会議は目標の達成状況を検証して必要に応じ"
         "取組を見直す。計画の進捗状況は市ホームページで公表する。", 10, 466)
footer(pg, 7)

# ---------------------------------------------------------------- save
root = Path.cwd()
pdf = root / "pdf" / f"{STEM}.pdf"
pdf.parent.mkdir(exist_ok=True)
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
out = G.write(pdf, root / "gold" / f"{STEM}.json")
bad = check(pdf, out)
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]))
for b in bad:
    print("BAD", b)
