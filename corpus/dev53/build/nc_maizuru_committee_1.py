"""舞鶴市 債権管理対策会議 資料 (committee_material) — PyMuPDF drawing directly.

Run from corpus/dev53:  python3 build/nc_maizuru_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf  # noqa: E402

from nc_common import ROOT, Gold, check, comma, fnum, oku_man, r2, rate, tri, zen  # noqa: E402
from nc_pdfdraw import BLUE, GREY, LIGHT, Canvas  # noqa: E402

STEM = "nc_maizuru_committee_1"
CITY = "舞鶴市"
TITLE = "令和７年度 第３回舞鶴市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2026-02-10", "令和８年２月１０日（火）")
doc = pymupdf.open()

# ------------------------------------------------------------------------------------------
# data: 令和6年度決算 (千円).  (section, canonical, printed short name, cur assessed, cur rate guess,
#                              arrears assessed, arrears rate guess, written off)
DEBTS = [
    ("一般会計", "市税", "市税", 11842317, 99.21, 402118, 27.52, 18204),
    ("一般会計", "保育所保育料", "保育料", 268451, 98.90, 21307, 18.20, 1112),
    ("一般会計", "市営住宅使用料", "住宅使用料", None, None, None, None, None),  # from yen below
    ("一般会計", "生活保護費返還金", "生保返還金", 61224, 48.30, 233951, 3.10, 9877),
    ("特別会計", "国民健康保険料", "国保料", 2815660, 93.74, 611094, 21.30, 48555),
    ("特別会計", "介護保険料", "介護料", 2093118, 99.02, 52406, 16.90, 7731),
    ("特別会計", "後期高齢者医療保険料", "後期高齢", 1240337, 99.61, 9871, 38.70, 802),
    ("企業会計", "水道料金", "水道料金", 2611049, 98.70, 71385, 44.00, 3118),
    ("企業会計", "下水道使用料", "下水道使用料", 2470582, 98.80, 62004, 45.20, 2650),
]
# 市営住宅使用料 in yen (page 8 prints yen, page 2 prints 千円 rounded)
H_CUR_A, H_CUR_C = 512_884_300, 496_482_100
H_ARR_A, H_ARR_C, H_WO = 98_415_640, 12_203_540, 6_021_000


def k(yen):  # 千円 rounded
    return int((yen + 500) // 1000)


rows = []
for sec, name, short, ca, cr, aa, ar, wo in DEBTS:
    if name == "市営住宅使用料":
        ca, cc, aa, ac, wo = k(H_CUR_A), k(H_CUR_C), k(H_ARR_A), k(H_ARR_C), k(H_WO)
    else:
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
    rows.append(dict(sec=sec, name=name, short=short, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo))


def totals(rs):
    t = {k_: sum(r[k_] for r in rs) for k_ in ("ca", "cc", "aa", "ac", "wo")}
    return t


def derive(r):
    r["ta"] = r["ca"] + r["aa"]
    r["tc"] = r["cc"] + r["ac"]
    r["out"] = r["ta"] - r["tc"] - r["wo"]
    r["cr"] = rate(r["cc"], r["ca"])
    r["ar"] = rate(r["ac"], r["aa"])
    r["tr"] = rate(r["tc"], r["ta"])
    return r


for r in rows:
    derive(r)
SECS = ["一般会計", "特別会計", "企業会計"]
SUB = {s: derive(totals([r for r in rows if r["sec"] == s])) for s in SECS}
TOT = derive(totals(rows))
BYNAME = {r["name"]: r for r in rows}

# previous year (令和5年度) city-wide figures (千円)
R5_OUT = TOT["out"] + 51_236
R5_WO = TOT["wo"] - 4_118
R5_RATE = r2(TOT["tr"] - 0.30)

# ==========================================================================================
# page 1: cover, 次第, 目次
c = Canvas(doc)
P = 1
c.rect(60, 80, 535, 190, fill=None, width=1.2)
c.text(297, 122, "令和７年度　第３回", 16, "g", align="c")
c.text(297, 152, "舞鶴市債権管理対策会議", 20, "g", align="c")
c.text(297, 178, "資　料", 14, "g", align="c")
c.text(297, 225, "日時　令和８年２月１０日（火）午後２時００分～", 11, "m", align="c")
c.text(297, 245, "場所　舞鶴市役所本庁舎　４階　第１会議室", 11, "m", align="c")
y = 300
c.text(70, y, "次　第", 13, "g")
y += 26
for s in ["１　開　会", "２　報告事項",
          "　（１）令和６年度決算における債権の状況について",
          "　（２）令和７年度12月末の収納状況について",
          "３　協議事項",
          "　　　主要債権の取組個票について",
          "４　その他", "５　閉　会"]:
    c.text(80, y, s, 10.5, "m")
    y += 20
y += 20
c.text(70, y, "目　次", 13, "g")
y += 24
TOC = [("資料１　債権の状況（令和６年度決算）", "2"), ("資料２　収入未済額及び収納率の推移", "3"),
       ("資料３　市税（現年課税分）月別収納状況", "4"), ("資料４　主要債権の取組個票", "5"),
       ("　（１）市税", "5"), ("　（２）国民健康保険料", "6"), ("　（３）介護保険料", "7"),
       ("　（４）市営住宅使用料", "8")]
for s, p in TOC:
    c.text(80, y, s, 10.5, "m")
    w = c.width(s, 10.5, "m")
    dots = "・" * int((420 - w) / 10.5)
    c.text(80 + w + 4, y, dots, 10.5, "m", color=(0.5, 0.5, 0.5))
    c.text(515, y, p, 10.5, "m", align="r")
    y += 19
c.text(297, 800, "舞鶴市　総務部　債権管理課", 10, "g", align="c")

# ==========================================================================================
# page 2 (landscape): 資料1 summary table, debts as rows, segment x metric column groups
c = Canvas(doc, landscape=True)
P = 2
c.text(37, 42, "資料１　債権の状況（令和６年度決算）", 14, "g")
c.text(805, 72, "（単位：千円、％）", 8.5, "m", align="r")
colw = [92] + [68, 68, 44, 68, 68, 44, 68, 68, 68, 68, 44]
cells = [dict(r=0, c=0, rs=3, t="債権名"), dict(r=0, c=1, cs=11, t="令和６年度決算"),
         dict(r=1, c=1, cs=3, t="現年度分"), dict(r=1, c=4, cs=3, t="滞納繰越分"),
         dict(r=1, c=7, cs=5, t="合　計")]
heads = ["調定額", "収入済額", "収納率※1", "調定額", "収入済額", "収納率", "調定額", "収入済額",
         "不納欠損額", "収入未済額", "収納率"]
for i, h in enumerate(heads):
    cells.append(dict(r=2, c=1 + i, t=h, size=7.5))
FY, FYR = 2024, "令和６年度"


def fact_row(page, r, debt, draw):
    vals = [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]),
            ("current", "collection_rate", r["cr"]),
            ("arrears", "assessed", r["aa"]), ("arrears", "collected", r["ac"]),
            ("arrears", "collection_rate", r["ar"]),
            ("total", "assessed", r["ta"]), ("total", "collected", r["tc"]),
            ("total", "written_off", r["wo"]), ("total", "outstanding", r["out"]),
            ("total", "collection_rate", r["tr"])]
    out = []
    for seg, met, v in vals:
        if met == "collection_rate":
            raw = fnum(v)
            G.fact(page, debt[0], debt[1], FY, FYR, seg, met, "actual", v, "percent", raw)
        else:
            raw = comma(v)
            G.fact(page, debt[0], debt[1], FY, FYR, seg, met, "actual", v * 1000, "yen", raw)
        out.append(raw)
    return out


rr = 3
for s in SECS:
    cells.append(dict(r=rr, c=0, cs=12, t=f"【{s}】", al="l", fill=BLUE))
    rr += 1
    for r in [x for x in rows if x["sec"] == s]:
        cells.append(dict(r=rr, c=0, t=r["short"], al="l"))
        for i, raw in enumerate(fact_row(P, r, (r["name"], r["short"]), True)):
            cells.append(dict(r=rr, c=1 + i, t=raw, al="r"))
        rr += 1
    cells.append(dict(r=rr, c=0, t="小　計", fill=LIGHT))
    for i, raw in enumerate(fact_row(P, SUB[s], (None, "小計"), True)):
        cells.append(dict(r=rr, c=1 + i, t=raw, al="r", fill=LIGHT))
    rr += 1
cells.append(dict(r=rr, c=0, t="合　計", fill=GREY))
for i, raw in enumerate(fact_row(P, TOT, (None, "合計"), True)):
    cells.append(dict(r=rr, c=1 + i, t=raw, al="r", fill=GREY))
ybot = c.table(37, 80, colw, [15, 15, 15] + [16.5] * (rr - 2), cells, size=7.8, hrows=3,
               zebra=(0.965, 0.965, 0.965))
y = ybot + 16
c.text(37, y, "（注）国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
       "住宅使用料＝市営住宅使用料、生保返還金＝生活保護費返還金", 7.8, "m")
y += 13
c.text(37, y, "※1　収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）。合計欄の収納率は不納欠損額を控除せずに算出している。", 7.8, "m")
y += 13
h_out_exit = 58_214
raw = G.fact(P, "市営住宅使用料", "住宅使用料", FY, FYR, "total", "outstanding", "actual",
             h_out_exit * 1000, "yen", f"{comma(h_out_exit)}千円")
c.text(37, y, f"※2　住宅使用料の収入未済額のうち、退去者分　{raw}", 7.8, "m")
# 【参考】 box
bx, by = 560, ybot + 40
c.rect(bx, by, 805, by + 66, width=0.8)
c.text(bx + 8, by + 15, "【参考】令和５年度決算（全債権）", 8.5, "g")
r5o = G.fact(P, None, "全債権", 2023, "令和５年度", "total", "outstanding", "actual", R5_OUT * 1000, "yen",
             f"{comma(R5_OUT)}千円")
r5w = G.fact(P, None, "全債権", 2023, "令和５年度", "total", "written_off", "actual", R5_WO * 1000, "yen",
             f"{comma(R5_WO)}千円")
r5r = G.fact(P, None, "全債権", 2023, "令和５年度", "total", "collection_rate", "actual", R5_RATE, "percent",
             f"{fnum(R5_RATE)}％")
c.text(bx + 12, by + 31, f"・収入未済額：{r5o}", 8.3, "m")
c.text(bx + 12, by + 45, f"・不納欠損額：{r5w}", 8.3, "m")
c.text(bx + 12, by + 59, f"・収納率：{r5r}", 8.3, "m")

# ==========================================================================================
# page 3: 資料2 panels, prose, bar chart with data labels, data table with vertical header
c = Canvas(doc)
P = 3
c.text(50, 55, "資料２　収入未済額及び収納率の推移", 14, "g")
out6_yen = TOT["out"] * 1000
out5_yen = R5_OUT * 1000
diff_yen = out6_yen - out5_yen
oku6 = round(out6_yen / 1e8, 1)
okud = round(diff_yen / 1e8, 1)
rate_diff = r2(TOT["tr"] - R5_RATE)
wo6_man = round(TOT["wo"] * 1000 / 1e4)
wo_diff_man = round((TOT["wo"] - R5_WO) * 1000 / 1e4)
panels = [
    ("収納率（令和６年度）", f"{fnum(TOT['tr'])}％", f"前年度比＋{fnum(rate_diff)}ポイント"),
    ("収入未済額（令和６年度）", f"{oku6}億円", f"前年度比{tri(okud, lambda v: str(v))}億円"),
    ("不納欠損額（令和６年度）", f"{wo6_man:,}万円", f"前年度比{'＋' if wo_diff_man >= 0 else '△'}{abs(wo_diff_man):,}万円"),
]
px = 50
for i, (lab, big, small) in enumerate(panels):
    c.rect(px, 72, px + 155, 142, fill=(0.95, 0.97, 1.0), width=0.8)
    c.text(px + 77, 90, lab, 9, "g", align="c")
    c.text(px + 77, 118, big, 18, "g", align="c")
    c.text(px + 77, 135, small, 8.5, "m", align="c")
    px += 165
G.fact(P, None, None, FY, "令和６年度", "total", "collection_rate", "actual", TOT["tr"], "percent", panels[0][1])
G.fact(P, None, None, FY, "令和６年度", "total", "difference", "actual", rate_diff, "points", f"＋{fnum(rate_diff)}ポイント")
G.fact(P, None, None, FY, "令和６年度", "total", "outstanding", "actual", int(round(oku6 * 1e8)), "yen", panels[1][1])
G.fact(P, None, None, FY, "令和６年度", "total", "difference", "actual", int(round(okud * 1e8)), "yen",
       f"{tri(okud, lambda v: str(v))}億円")
G.fact(P, None, None, FY, "令和６年度", "total", "written_off", "actual", wo6_man * 10000, "yen", f"{wo6_man:,}万円")
G.fact(P, None, None, FY, "令和６年度", "total", "difference", "actual", wo_diff_man * 10000, "yen",
       panels[2][2].replace("前年度比", ""))
# prose
o6 = round(out6_yen / 1e6) * 1_000_000
d6 = round(-diff_yen / 1e6) * 1_000_000
w6 = round(TOT["wo"] * 1000 / 1e6) * 1_000_000
s1 = f"約{oku_man(o6)}"
s2 = f"約{oku_man(d6)}"
s3 = f"{fnum(TOT['tr'])}％"
s4 = f"{fnum(rate_diff)}ポイント"
s5 = f"約{oku_man(w6)}"
prose = (f"令和６年度決算における全債権の収入未済額は{s1}で、前年度から{s2}減少しました。"
         f"収納率は{s3}となり、前年度比{s4}上昇しています。また、不納欠損額は{s5}でした。"
         "収入未済額は平成29年度以降、一貫して減少傾向にあります。")
G.fact(P, None, None, FY, "令和６年度", "total", "outstanding", "actual", o6, "yen", s1, approx=True)
G.fact(P, None, None, FY, "令和６年度", "total", "difference", "actual", -d6, "yen", s2, approx=True)
G.fact(P, None, None, FY, "令和６年度", "total", "collection_rate", "actual", TOT["tr"], "percent", s3)
G.fact(P, None, None, FY, "令和６年度", "total", "difference", "actual", rate_diff, "points", s4)
G.fact(P, None, None, FY, "令和６年度", "total", "written_off", "actual", w6, "yen", s5, approx=True)
y = c.para(50, 165, 495, "　" + prose, 10, "m", 1.7)
# chart
YEARS = [("H29", 2017), ("H30", 2018), ("R元", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022),
         ("R5", 2023), ("R6", 2024)]
OUT_M = [1912.4, 1848.9, 1771.2, 1732.8, 1676.5, 1628.0, round(R5_OUT / 1000, 1), round(TOT["out"] / 1000, 1)]
RATES = [91.62, 91.88, 92.17, 92.35, 92.71, 93.04, R5_RATE, TOT["tr"]]
WO_M = [121.7, 118.2, 109.5, 114.0, 104.3, 99.8, round(R5_WO / 1000, 1), round(TOT["wo"] / 1000, 1)]
cy0 = y + 10
c.text(297, cy0 + 12, "全債権の収入未済額の推移（単位：百万円）", 10.5, "g", align="c")
base = cy0 + 250
c.line(80, base, 530, base, width=0.8)
bw, gap = 36, 20
x = 95
for (lab, fy), v in zip(YEARS, OUT_M):
    h = v / max(OUT_M) * 200
    c.rect(x, base - h, x + bw, base, fill=(0.36, 0.55, 0.80), color=None, width=0)
    raw = f"{v:,.1f}"
    c.text(x + bw / 2, base - h - 4, raw, 8, "g", align="c")
    c.text(x + bw / 2, base + 12, lab, 8.5, "g", align="c")
    G.fact(P, None, None, fy, lab, "total", "outstanding", "actual", int(round(v * 1e6)), "yen", raw)
    x += bw + gap
# data table (vertical header "全債権")
ty = base + 32
colw = [20, 92] + [48] * 8
cells = [dict(r=0, c=0, cs=2, t="年度"), dict(r=1, c=0, rs=2, t="全債権", vert=True, size=7.5),
         dict(r=1, c=1, t="収納率（％）", al="l"), dict(r=2, c=1, t="不納欠損額（百万円）", al="l", size=7.5)]
for i, ((lab, fy), rt, wo) in enumerate(zip(YEARS, RATES, WO_M)):
    cells.append(dict(r=0, c=2 + i, t=lab))
    cells.append(dict(r=1, c=2 + i, t=fnum(rt), al="r"))
    cells.append(dict(r=2, c=2 + i, t=f"{wo:,.1f}", al="r"))
    G.fact(P, None, None, fy, lab, "total", "collection_rate", "actual", rt, "percent", fnum(rt))
    G.fact(P, None, None, fy, lab, "total", "written_off", "actual", int(round(wo * 1e6)), "yen", f"{wo:,.1f}")
yb = c.table(50, ty, colw, [17, 22, 22], cells, size=8, hrows=1)
c.text(50, yb + 14, "※ 各年度とも決算額。H29＝平成29年度、R元＝令和元年度。", 8, "m")

# ==========================================================================================
# page 4: 資料3 monthly table 前年度 / 本年度 (years only in the title), 【収納率】 bullets
c = Canvas(doc)
P = 4
c.text(50, 55, "資料３　令和７年度　市税（現年課税分）月別収納状況（累計）", 13, "g")
c.text(545, 80, "（単位：千円、％）", 8.5, "m", align="r")
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
# cumulative 調定額 / 収入済額 (千円): previous year (R6) all 12 months, this year (R7) to 12月
PA = [6_501_220, 6_884_905, 11_402_377, 11_563_118, 11_590_402, 11_611_850, 11_702_031, 11_719_544,
      11_730_218, 11_752_906, 11_761_330, 11_781_604]
PC = [1_320_114, 2_511_890, 4_622_705, 5_864_331, 6_901_224, 7_610_987, 8_455_210, 8_996_730,
      9_155_823, 9_977_456, 10_930_118, 11_561_930]
NA = [6_588_410, 6_971_332, 11_521_864, 11_680_215, 11_709_337, 11_731_902, 11_820_448, 11_838_176,
      11_849_663]
NC = [1_362_508, 2_574_116, 4_701_950, 5_951_870, 7_007_415, 7_731_246, 8_590_903, 9_144_588,
      9_292_641]


def asof(fy, m):
    import calendar
    yr = fy if m >= 4 else fy + 1
    return f"{yr}-{m:02d}-{calendar.monthrange(yr, m)[1]:02d}"


colw = [50, 68, 68, 50, 68, 68, 50, 58]
cells = [dict(r=0, c=0, rs=2, t="月"), dict(r=0, c=1, cs=3, t="前年度"), dict(r=0, c=4, cs=3, t="本年度"),
         dict(r=0, c=7, rs=2, t="差\n（ポイント）", size=7.5)]
for i, h in enumerate(["調定額", "収入済額", "収納率"] * 2):
    cells.append(dict(r=1, c=1 + i, t=h))
N_R = {}
for i, m in enumerate(MONTHS):
    r = 2 + i
    cells.append(dict(r=r, c=0, t=f"{m}月末"))
    pr = rate(PC[i], PA[i])
    for j, (met, v) in enumerate([("assessed", PA[i]), ("collected", PC[i])]):
        cells.append(dict(r=r, c=1 + j, t=comma(v), al="r"))
        G.fact(P, "市税", "市税", 2024, "前年度", "current", met, "interim", v * 1000, "yen", comma(v),
               as_of=asof(2024, m))
    cells.append(dict(r=r, c=3, t=fnum(pr), al="r"))
    G.fact(P, "市税", "市税", 2024, "前年度", "current", "collection_rate", "interim", pr, "percent", fnum(pr),
           as_of=asof(2024, m))
    if i < len(NA):
        nr = rate(NC[i], NA[i])
        N_R[m] = nr
        for j, (met, v) in enumerate([("assessed", NA[i]), ("collected", NC[i])]):
            cells.append(dict(r=r, c=4 + j, t=comma(v), al="r"))
            G.fact(P, "市税", "市税", 2025, "本年度", "current", met, "interim", v * 1000, "yen", comma(v),
                   as_of=asof(2025, m))
        cells.append(dict(r=r, c=6, t=fnum(nr), al="r"))
        G.fact(P, "市税", "市税", 2025, "本年度", "current", "collection_rate", "interim", nr, "percent", fnum(nr),
               as_of=asof(2025, m))
        d = r2(nr - pr)
        raw = tri(d, fnum)
        cells.append(dict(r=r, c=7, t=raw, al="r"))
        G.fact(P, "市税", "市税", 2025, "本年度", "current", "difference", "interim", d, "points", raw,
               as_of=asof(2025, m))
    else:
        for j in range(4):
            cells.append(dict(r=r, c=4 + j, t="－"))
yb = c.table(50, 86, colw, [16, 16] + [18] * 12, cells, size=8, hrows=2, zebra=(0.96, 0.96, 0.96))
c.text(50, yb + 14, "※ 前年度は令和６年度、本年度は令和７年度の各月末現在の累計額。出納整理期間中の収入は含まない。", 8, "m")
# 【収納率】 bullets for 市税 12月末, incl. arrears
SZ_ARR_A, SZ_ARR_C = 371_046, 79_255   # 令和7年度 滞納繰越分 12月末
SZ_ARR_A0, SZ_ARR_C0 = 402_118 - 1_204, 73_410   # 前年同月 (令和6年度)
cur7, cur6 = N_R[12], rate(PC[8], PA[8])
arr7, arr6 = rate(SZ_ARR_C, SZ_ARR_A), rate(SZ_ARR_C0, SZ_ARR_A0)
tot7 = rate(NC[8] + SZ_ARR_C, NA[8] + SZ_ARR_A)
tot6 = rate(PC[8] + SZ_ARR_C0, PA[8] + SZ_ARR_A0)
by = yb + 40
c.rect(50, by - 16, 545, by + 72, width=0.8)
c.text(62, by + 2, "【収納率】令和７年12月末時点（市税）", 10.5, "g")
yy = by + 22
for seg, lab, v7, v6 in [("current", "現年分", cur7, cur6), ("arrears", "滞繰分", arr7, arr6),
                         ("total", "合　計", tot7, tot6)]:
    a, b = zen(fnum(v7)) + "％", zen(fnum(v6)) + "％"
    c.text(80, yy, f"・{lab}　{a}（前年同月　{b}）", 10, "m")
    G.fact(P, "市税", "市税", 2025, "令和７年", seg, "collection_rate", "interim", v7, "percent", a, as_of="2025-12-31")
    G.fact(P, "市税", "市税", 2024, "前年同月", seg, "collection_rate", "interim", v6, "percent", b, as_of="2024-12-31")
    yy += 17


# ==========================================================================================
# helpers for the 取組個票
def strip(c, y, pairs, widths):
    x = 50
    cells = []
    for i, (lab, val) in enumerate(pairs):
        cells.append(dict(r=0, c=2 * i, t=lab, fill=GREY))
        cells.append(dict(r=0, c=2 * i + 1, t=val, al="l"))
    return c.table(x, y, widths, 20, cells, size=9)


def items(c, y, debt, short, section, its, x=62, width=470, size=9.3):
    """its: (label, text, status, tagmode) tagmode: 'after' (…。【継続】) or 'alone' (tag on its own line)."""
    for lab, text, st, mode in its:
        G.init(P, debt, short, 2025, section, lab, text, st)
        body = f"{lab}　{text}"
        if mode == "after" and st:
            body += f"【{st}】"
        y = c.para(x, y, width, body, size, "m", 1.55, indent2=size * 1.5)
        if mode == "alone" and st:
            c.text(x + width, y - size * 0.2, f"【{st}】", size, "m", align="r")
            y += size * 1.55
        y += 2
    return y


# ==========================================================================================
# page 5: 取組個票 (1) 市税 — years as columns, vertical merged row labels, 達成率 table
c = Canvas(doc)
P = 5
c.text(50, 50, "資料４　主要債権の取組個票", 13, "g")
c.text(50, 72, "（１）市税", 11.5, "g")
strip(c, 80, [("債権名", "市税"), ("所管課", "納税課"), ("債権区分", "強制徴収公債権")], [55, 105, 55, 105, 60, 115])
c.text(50, 122, "１　収納状況の推移", 10.5, "g")
c.text(545, 122, "（単位：千円、％）", 8.5, "m", align="r")
SZ = {  # 市税 by year: cur assessed, cur collected, arr assessed, arr collected, delinquents, seizures
    2022: (11_630_552, 11_521_904, 455_207, 113_802, 5_216, 1_412),
    2023: (11_751_908, 11_648_117, 428_331, 112_654, 4_987, 1_503),
    2024: (BYNAME["市税"]["ca"], BYNAME["市税"]["cc"], BYNAME["市税"]["aa"], BYNAME["市税"]["ac"], 4_812, 1_566),
}
SZ_T7 = (99.30, 29.00)  # 令和7年度目標 current / arrears; total target
SZ_T7_TOT = 96.60
SZ_SEIZ_12 = 1_024
colw = [22, 70, 80, 80, 80, 80, 82]
cells = [dict(r=0, c=0, cs=2, t="区分"), dict(r=0, c=2, t="令和4年度\n決算"), dict(r=0, c=3, t="令和5年度\n決算"),
         dict(r=0, c=4, t="令和6年度\n決算"), dict(r=0, c=5, t="令和7年度\n目標"),
         dict(r=0, c=6, t="令和7年度\n12月末")]
YL = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}
groups = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
for gi, (seg, glab) in enumerate(groups):
    r0 = 1 + gi * 3
    cells.append(dict(r=r0, c=0, rs=3, t=glab, vert=True, size=7.5))
    for j, lab in enumerate(["調定額", "収入済額", "収納率"]):
        cells.append(dict(r=r0 + j, c=1, t=lab))
    for ci, fy in enumerate([2022, 2023, 2024]):
        ca, cc, aa, ac, dl, sz = SZ[fy]
        A = {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}[seg]
        rt = rate(A[1], A[0])
        for j, (met, v) in enumerate([("assessed", A[0]), ("collected", A[1])]):
            cells.append(dict(r=r0 + j, c=2 + ci, t=comma(v), al="r"))
            G.fact(P, "市税", "市税", fy, YL[fy], seg, met, "actual", v * 1000, "yen", comma(v))
        cells.append(dict(r=r0 + 2, c=2 + ci, t=fnum(rt), al="r"))
        G.fact(P, "市税", "市税", fy, YL[fy], seg, "collection_rate", "actual", rt, "percent", fnum(rt))
    # target
    tv = {"current": SZ_T7[0], "arrears": SZ_T7[1], "total": SZ_T7_TOT}[seg]
    cells += [dict(r=r0, c=5, t="－"), dict(r=r0 + 1, c=5, t="－"), dict(r=r0 + 2, c=5, t=fnum(tv), al="r")]
    G.fact(P, "市税", "市税", 2025, "令和7年度", seg, "collection_rate", "target", tv, "percent", fnum(tv))
    # interim 12月末
    A = {"current": (NA[8], NC[8]), "arrears": (SZ_ARR_A, SZ_ARR_C),
         "total": (NA[8] + SZ_ARR_A, NC[8] + SZ_ARR_C)}[seg]
    for j, (met, v) in enumerate([("assessed", A[0]), ("collected", A[1])]):
        cells.append(dict(r=r0 + j, c=6, t=comma(v), al="r"))
        G.fact(P, "市税", "市税", 2025, "令和7年度", seg, met, "interim", v * 1000, "yen", comma(v), as_of="2025-12-31")
    rt = rate(A[1], A[0])
    cells.append(dict(r=r0 + 2, c=6, t=fnum(rt), al="r"))
    G.fact(P, "市税", "市税", 2025, "令和7年度", seg, "collection_rate", "interim", rt, "percent", fnum(rt),
           as_of="2025-12-31")
cells.append(dict(r=10, c=0, cs=2, t="滞納者数（人）"))
cells.append(dict(r=11, c=0, cs=2, t="差押件数（件）"))
for ci, fy in enumerate([2022, 2023, 2024]):
    dl, sz = SZ[fy][4], SZ[fy][5]
    cells.append(dict(r=10, c=2 + ci, t=comma(dl), al="r"))
    cells.append(dict(r=11, c=2 + ci, t=comma(sz), al="r"))
    G.fact(P, "市税", "市税", fy, YL[fy], "total", "delinquents", "actual", dl, "persons", comma(dl))
    G.fact(P, "市税", "市税", fy, YL[fy], "total", "seizures", "actual", sz, "cases", comma(sz))
cells += [dict(r=10, c=5, t="－"), dict(r=11, c=5, t="－"), dict(r=10, c=6, t="－"),
          dict(r=11, c=6, t=comma(SZ_SEIZ_12), al="r")]
G.fact(P, "市税", "市税", 2025, "令和7年度", "total", "seizures", "interim", SZ_SEIZ_12, "cases",
       comma(SZ_SEIZ_12), as_of="2025-12-31")
yb = c.table(50, 130, colw, [26] + [16.5] * 11, cells, size=8, hrows=1)
# 2 令和6年度目標の達成状況
y = yb + 24
c.text(50, y, "２　令和６年度目標の達成状況", 10.5, "g")
c.text(545, y, "（単位：％、ポイント）", 8.5, "m", align="r")
SZ_T6 = {"current": 99.25, "arrears": 26.50, "total": 96.40}
colw = [110, 90, 90, 90, 90]
cells = [dict(r=0, c=0, t="区分"), dict(r=0, c=1, t="目標収納率"), dict(r=0, c=2, t="実績収納率"),
         dict(r=0, c=3, t="達成率"), dict(r=0, c=4, t="差")]
for i, (seg, lab) in enumerate(groups):
    act = {"current": BYNAME["市税"]["cr"], "arrears": BYNAME["市税"]["ar"], "total": BYNAME["市税"]["tr"]}[seg]
    tg = SZ_T6[seg]
    ach = rate(act * 100, tg * 100)
    d = r2(act - tg)
    cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=fnum(tg), al="r"),
              dict(r=1 + i, c=2, t=fnum(act), al="r"), dict(r=1 + i, c=3, t=fnum(ach), al="r"),
              dict(r=1 + i, c=4, t=tri(d, fnum), al="r")]
    G.fact(P, "市税", "市税", 2024, "令和６年度", seg, "collection_rate", "target", tg, "percent", fnum(tg))
    G.fact(P, "市税", "市税", 2024, "令和６年度", seg, "collection_rate", "actual", act, "percent", fnum(act))
    G.fact(P, "市税", "市税", 2024, "令和６年度", seg, "achievement_rate", "actual", ach, "percent", fnum(ach))
    G.fact(P, "市税", "市税", 2024, "令和６年度", seg, "difference", "actual", d, "points", tri(d, fnum))
yb = c.table(50, y + 8, colw, 17, cells, size=8.5, hrows=1)
y = yb + 24
c.text(50, y, "３　令和７年度の取組内容", 10.5, "g")
y += 20
y = items(c, y, "市税", "市税", "令和７年度の取組内容", [
    ("①", "納期内納付を推進するため、スマートフォン決済アプリ及び口座振替の利用を広報紙・ホームページで周知する。", "継続", "after"),
    ("②", "滞納初期の段階で電話催告及びSMS催告を集中的に実施し、早期の自主納付につなげる。", "継続", "after"),
    ("③", "財産調査を徹底し、預貯金・給与・生命保険等の差押えを速やかに執行するとともに、捜索を実施して動産の公売を行う。", "拡充", "after"),
    ("④", "高額・困難事案については、京都地方税機構への引継ぎ時期を前倒しし、年２回の計画的な移管を行う。", "新規", "alone"),
])

# ==========================================================================================
# page 6: 取組個票 (2) 国民健康保険料 — label+value header cells, years as rows, units in headers,
#          rate columns before amounts, households, 【収納率】 bullets, items in a box
c = Canvas(doc)
P = 6
c.text(50, 50, "（２）国民健康保険料", 11.5, "g")
cells = [dict(r=0, c=0, t="債権名　国民健康保険料", al="l"), dict(r=0, c=1, t="所管課　保険医療課", al="l"),
         dict(r=0, c=2, t="債権区分　強制徴収公債権", al="l")]
c.table(50, 60, [170, 140, 185], 21, cells, size=9.5, hfill=None)
c.text(50, 104, "１　収納状況の推移", 10.5, "g")
KH = {  # cur assessed, cur collected, arr assessed, arr collected, written off, households
    2022: (2_902_331, 2_686_105, 688_412, 132_866, 55_102, 2_318),
    2023: (2_861_774, 2_648_210, 652_309, 131_440, 51_870, 2_205),
    2024: (BYNAME["国民健康保険料"]["ca"], BYNAME["国民健康保険料"]["cc"], BYNAME["国民健康保険料"]["aa"],
           BYNAME["国民健康保険料"]["ac"], BYNAME["国民健康保険料"]["wo"], 2_096),
}
colw = [92, 62, 72, 62, 72, 72, 63]
cells = [dict(r=0, c=0, rs=2, t="年度"), dict(r=0, c=1, cs=2, t="現年度分"), dict(r=0, c=3, cs=2, t="滞納繰越分"),
         dict(r=0, c=5, rs=2, t="収入未済額\n（千円）", size=7.5), dict(r=0, c=6, rs=2, t="滞納世帯数\n（世帯）", size=7.5),
         dict(r=1, c=1, t="収納率（％）", size=7.2), dict(r=1, c=2, t="調定額（千円）", size=7.2),
         dict(r=1, c=3, t="収納率（％）", size=7.2), dict(r=1, c=4, t="調定額（千円）", size=7.2)]
YW = {2022: "令和4（2022）年度", 2023: "令和5（2023）年度", 2024: "令和6（2024）年度"}
for i, fy in enumerate([2022, 2023, 2024]):
    ca, cc, aa, ac, wo, hh = KH[fy]
    out = ca + aa - cc - ac - wo
    r = 2 + i
    cr_, ar_ = rate(cc, ca), rate(ac, aa)
    cells += [dict(r=r, c=0, t=YW[fy], size=7.6), dict(r=r, c=1, t=fnum(cr_), al="r"), dict(r=r, c=2, t=comma(ca), al="r"),
              dict(r=r, c=3, t=fnum(ar_), al="r"), dict(r=r, c=4, t=comma(aa), al="r"),
              dict(r=r, c=5, t=comma(out), al="r"), dict(r=r, c=6, t=comma(hh), al="r")]
    d, dr = "国民健康保険料", "国民健康保険料"
    G.fact(P, d, dr, fy, YW[fy], "current", "collection_rate", "actual", cr_, "percent", fnum(cr_))
    G.fact(P, d, dr, fy, YW[fy], "current", "assessed", "actual", ca * 1000, "yen", comma(ca))
    G.fact(P, d, dr, fy, YW[fy], "arrears", "collection_rate", "actual", ar_, "percent", fnum(ar_))
    G.fact(P, d, dr, fy, YW[fy], "arrears", "assessed", "actual", aa * 1000, "yen", comma(aa))
    G.fact(P, d, dr, fy, YW[fy], "total", "outstanding", "actual", out * 1000, "yen", comma(out))
    G.fact(P, d, dr, fy, YW[fy], "total", "delinquents", "actual", hh, "households", comma(hh))
KH_T = (94.20, 22.50, 590_000)
cells += [dict(r=5, c=0, t="令和7（2025）年度\n目標", size=7.6), dict(r=5, c=1, t=fnum(KH_T[0]), al="r"),
          dict(r=5, c=2, t="－"), dict(r=5, c=3, t=fnum(KH_T[1]), al="r"), dict(r=5, c=4, t="－"),
          dict(r=5, c=5, t=comma(KH_T[2]), al="r"), dict(r=5, c=6, t="－")]
G.fact(P, "国民健康保険料", "国民健康保険料", 2025, "令和7（2025）年度", "current", "collection_rate", "target", KH_T[0], "percent", fnum(KH_T[0]))
G.fact(P, "国民健康保険料", "国民健康保険料", 2025, "令和7（2025）年度", "arrears", "collection_rate", "target", KH_T[1], "percent", fnum(KH_T[1]))
G.fact(P, "国民健康保険料", "国民健康保険料", 2025, "令和7（2025）年度", "total", "outstanding", "target", KH_T[2] * 1000, "yen", comma(KH_T[2]))
yb = c.table(50, 112, colw, [16, 16, 19, 19, 19, 26], cells, size=8, hrows=2, zebra=(0.96, 0.96, 0.96))
# prose with a difference
k5, k6 = rate(KH[2023][1], KH[2023][0]), rate(KH[2024][1], KH[2024][0])
kd = r2(k6 - k5)
s_a, s_b = f"{fnum(k6)}％", f"{kd}ポイント"
y = c.para(50, yb + 22, 495, f"　令和６年度の現年度分収納率は{s_a}で、前年度から{s_b}改善した。"
           "一方、滞納繰越分は長期・少額の滞納が残り、収入未済額の縮減は緩やかなものにとどまっている。", 9.5, "m")
G.fact(P, "国民健康保険料", "国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", k6, "percent", s_a)
G.fact(P, "国民健康保険料", "国民健康保険料", 2024, "令和６年度", "current", "difference", "actual", kd, "points", s_b)
# 【収納率】 bullets
y += 8
c.text(50, y, "２　【収納率】令和７年12月末時点", 10.5, "g")
y += 20
KI = [("current", "現年分", 61.22, 60.48), ("arrears", "滞繰分", 17.05, 16.11), ("total", "全体", 51.36, 50.02)]
for seg, lab, a, b in KI:
    ra, rb = f"{fnum(a)}％", f"{fnum(b)}％"
    c.text(70, y, f"●　{lab}　{ra}（前年同月 {rb}）", 9.5, "m")
    G.fact(P, "国民健康保険料", "国民健康保険料", 2025, "令和７年", seg, "collection_rate", "interim", a, "percent", ra, as_of="2025-12-31")
    G.fact(P, "国民健康保険料", "国民健康保険料", 2024, "前年同月", seg, "collection_rate", "interim", b, "percent", rb, as_of="2024-12-31")
    y += 16
# items in a box
y += 14
c.text(50, y, "３　令和７年度の取組", 10.5, "g")
box_top = y + 8
y = box_top + 18
KITEMS = [
    ("(1)ア", "新規加入世帯には窓口で口座振替の申込みを案内し、原則として口座振替による納付とする。", "継続"),
    ("(1)イ", "Web口座振替受付サービスを納入通知書に同封するチラシで周知する。", "拡充"),
    ("(2)ア", "財産調査で差押可能な財産が判明した世帯には、速やかに差押予告書を送付する。", "継続"),
    ("(2)イ", "資格喪失後も未納のある世帯に対し、年２回の一斉文書催告を行う。", "新規"),
    ("(3)", "短期被保険者証の更新時に納付相談を行い、分納計画の履行状況を確認する。", "継続"),
]
c.text(62, y, "（１）口座振替の推進", 9.5, "g")
y += 16
for lab, text, st in KITEMS[:2]:
    G.init(P, "国民健康保険料", "国民健康保険料", 2025, "令和７年度の取組", lab, text, st)
    y = c.para(74, y, 455, f"{lab[-1]}　{text}【{st}】", 9.2, "m", 1.55, indent2=14) + 2
c.text(62, y, "（２）滞納処分の強化", 9.5, "g")
y += 16
for lab, text, st in KITEMS[2:4]:
    G.init(P, "国民健康保険料", "国民健康保険料", 2025, "令和７年度の取組", lab, text, st)
    y = c.para(74, y, 455, f"{lab[-1]}　{text}【{st}】", 9.2, "m", 1.55, indent2=14) + 2
lab, text, st = KITEMS[4]
G.init(P, "国民健康保険料", "国民健康保険料", 2025, "令和７年度の取組", lab, text, st)
y = c.para(62, y, 467, f"（３）{text}【{st}】", 9.2, "m", 1.55, indent2=24)
c.rect(50, box_top, 545, y + 4, width=0.8)

# ==========================================================================================
# page 7: 介護保険料 — debt only in the heading's parentheses, two blocks side by side under
#          headings on one line, △ differences, stacked amount/rate cells, items in a table
c = Canvas(doc)
P = 7
c.text(50, 50, "（３）債権ごとの取組み（介護保険料）", 11.5, "g")
c.text(50, 74, "１　令和６年度決算と令和７年度目標", 10.5, "g")
c.text(545, 74, "（単位：千円、％、ポイント）", 8.5, "m", align="r")
KG = BYNAME["介護保険料"]
KG5 = (2_071_540, 2_053_210, 55_318, 8_540, 8_102)  # R5: ca, cc, aa, ac, wo
k5c, k5a = rate(KG5[1], KG5[0]), rate(KG5[3], KG5[2])
k5t = rate(KG5[1] + KG5[3], KG5[0] + KG5[2])
c.text(50 + 150, 94, "令和６年度決算", 9.5, "g", align="c")
c.text(420, 94, "令和７年度目標", 9.5, "g", align="c")
colw = [62, 62, 62, 52, 60]
cells = [dict(r=0, c=0, t="区分"), dict(r=0, c=1, t="調定額"), dict(r=0, c=2, t="収入済額"),
         dict(r=0, c=3, t="収納率"), dict(r=0, c=4, t="前年度差")]
KT7 = {"current": (99.10, None), "arrears": (18.00, None), "total": (97.50, 52_000)}
for i, (seg, lab) in enumerate([("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]):
    A = {"current": (KG["ca"], KG["cc"], KG["cr"], k5c), "arrears": (KG["aa"], KG["ac"], KG["ar"], k5a),
         "total": (KG["ta"], KG["tc"], KG["tr"], k5t)}[seg]
    d = r2(A[2] - A[3])
    cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=comma(A[0]), al="r"),
              dict(r=1 + i, c=2, t=comma(A[1]), al="r"), dict(r=1 + i, c=3, t=fnum(A[2]), al="r"),
              dict(r=1 + i, c=4, t=tri(d, fnum), al="r")]
    G.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "assessed", "actual", A[0] * 1000, "yen", comma(A[0]))
    G.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "collected", "actual", A[1] * 1000, "yen", comma(A[1]))
    G.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "collection_rate", "actual", A[2], "percent", fnum(A[2]))
    G.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "difference", "actual", d, "points", tri(d, fnum))
c.table(50, 102, colw, 18, cells, size=8, hrows=1)
cells = [dict(r=0, c=0, t="区分"), dict(r=0, c=1, t="収納率"), dict(r=0, c=2, t="収入未済額")]
for i, (seg, lab) in enumerate([("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]):
    tr_, to_ = KT7[seg]
    cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=fnum(tr_), al="r"),
              dict(r=1 + i, c=2, t=comma(to_) if to_ else "－", al="r" if to_ else "c")]
    G.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", seg, "collection_rate", "target", tr_, "percent", fnum(tr_))
    if to_:
        G.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", seg, "outstanding", "target", to_ * 1000, "yen", comma(to_))
c.table(350, 102, [62, 62, 71], 18, cells, size=8, hrows=1)
# stacked cells: 収入未済額 over 収納率, R2..R6
c.text(50, 196, "２　収入未済額・収納率（計）の推移", 10.5, "g")
KS = [(2020, "R2", 63_604, 96.62), (2021, "R3", 60_930, 96.75), (2022, "R4", 58_118, 96.88),
      (2023, "R5", KG5[0] + KG5[2] - KG5[1] - KG5[3] - KG5[4], k5t), (2024, "R6", KG["out"], KG["tr"])]
colw = [120] + [75] * 5
cells = [dict(r=0, c=0, t="年度")]
cells.append(dict(r=1, c=0, t="収入未済額（千円）\n収納率（％）"))
for i, (fy, lab, o, rt) in enumerate(KS):
    cells.append(dict(r=0, c=1 + i, t=lab))
    cells.append(dict(r=1, c=1 + i, t=f"{comma(o)}\n{fnum(rt)}", al="r"))
    G.fact(P, "介護保険料", "介護保険料", fy, lab, "total", "outstanding", "actual", o * 1000, "yen", comma(o))
    G.fact(P, "介護保険料", "介護保険料", fy, lab, "total", "collection_rate", "actual", rt, "percent", fnum(rt))
yb = c.table(50, 204, colw, [18, 32], cells, size=8.5, hrows=1)
c.text(50, yb + 13, "※ 上段：収入未済額（千円）、下段：収納率（％）。いずれも決算額。", 8, "m")
# items in a table with no 取組 header, several numbered per cell
y = yb + 40
c.text(50, y, "３　区分ごとの対応", 10.5, "g")
KGI = {
    "現年度分": [("①", "65歳到達時及び転入時に特別徴収への切替えまでの普通徴収分について、納付案内を個別に送付する。", "継続"),
             ("②", "督促状発送後の未納者に対し、地域包括支援センターと連携した訪問による納付勧奨を行う。", "新規")],
    "滞納繰越分": [("①", "時効が近い債権を月次で抽出し、納付折衝と時効の更新を計画的に行う。", "継続"),
              ("②", "給付制限の対象となる方へ制度を丁寧に説明し、分割納付につなげる。", "継続"),
              ("③", "預貯金調査の対象を拡大し、資力のある滞納者には差押えを実施する。", "拡充")],
}
xL, wL, wR = 50, 80, 415
yy = y + 8
for seg, its in KGI.items():
    lines_y = yy + 16
    for lab, text, st in its:
        G.init(P, "介護保険料", "介護保険料", 2025, "区分ごとの対応", lab, text, st)
        lines_y = c.para(xL + wL + 6, lines_y, wR - 12, f"{lab}{text}【{st}】", 9, "m", 1.5, indent2=9) + 1
    c.rect(xL, yy, xL + wL, lines_y - 6, fill=LIGHT, width=0.5)
    c.rect(xL + wL, yy, xL + wL + wR, lines_y - 6, width=0.5)
    c.text(xL + wL / 2, (yy + lines_y - 6) / 2 + 3, seg, 9, "g", align="c")
    yy = lines_y - 6

# ==========================================================================================
# page 8: 市営住宅使用料 — a table in 円 beside a table in 千円 (debts as columns), 備考 with
#          figures, footnote markers on figures, items under plain titles
c = Canvas(doc)
P = 8
c.text(50, 50, "（４）市営住宅使用料", 11.5, "g")
strip(c, 58, [("債権名", "市営住宅使用料"), ("所管課", "住宅課"), ("債権区分", "私債権")], [55, 120, 55, 100, 60, 105])
c.text(50, 104, "１　令和６年度決算の状況", 10.5, "g")
h_cur_out = H_CUR_A - H_CUR_C
h_arr_out = H_ARR_A - H_ARR_C - H_WO
colw = [70, 90, 90, 80, 90, 75]
cells = [dict(r=0, c=0, t="区分"), dict(r=0, c=1, t="調定額（円）"), dict(r=0, c=2, t="収入済額（円）"),
         dict(r=0, c=3, t="不納欠損額（円）"), dict(r=0, c=4, t="収入未済額（円）"), dict(r=0, c=5, t="収納率（％）")]
HY = [("current", "現年度分", H_CUR_A, H_CUR_C, 0, h_cur_out),
      ("arrears", "滞納繰越分", H_ARR_A, H_ARR_C, H_WO, h_arr_out),
      ("total", "計", H_CUR_A + H_ARR_A, H_CUR_C + H_ARR_C, H_WO, h_cur_out + h_arr_out)]
for i, (seg, lab, a, cl, wo, o) in enumerate(HY):
    rt = rate(cl, a)
    rt_txt = fnum(rt) + ("※1" if seg == "total" else "")
    cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=comma(a), al="r"), dict(r=1 + i, c=2, t=comma(cl), al="r"),
              dict(r=1 + i, c=3, t=comma(wo) if wo else "－", al="r" if wo else "c"),
              dict(r=1 + i, c=4, t=comma(o), al="r"), dict(r=1 + i, c=5, t=rt_txt, al="r")]
    G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", seg, "assessed", "actual", a, "yen", comma(a))
    G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", seg, "collected", "actual", cl, "yen", comma(cl))
    if wo:
        G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", seg, "written_off", "actual", wo, "yen", comma(wo))
    G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", seg, "outstanding", "actual", o, "yen", comma(o))
    G.fact(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", seg, "collection_rate", "actual", rt, "percent", fnum(rt))
yb = c.table(50, 112, colw, 19, cells, size=8.3, hrows=1)
c.text(50, yb + 13, "※1　計の収納率は、不納欠損額を調定額から控除せずに算出している。", 8, "m")
# 千円 table, debts as columns
y = yb + 38
c.text(50, y, "２　住宅関係債権の収入未済額の推移", 10.5, "g")
c.text(545, y, "（単位：千円）", 8.5, "m", align="r")
HB = [(2020, "令和2年度", 101_552, 3_114), (2021, "令和3年度", 97_830, 2_950), (2022, "令和4年度", 94_217, 2_806),
      (2023, "令和5年度", 90_005, 2_671), (2024, "令和6年度", k(h_cur_out + h_arr_out), 2_498)]
colw = [90, 95, 95, 85, 130]
cells = [dict(r=0, c=0, t="年度"), dict(r=0, c=1, t="住宅使用料"), dict(r=0, c=2, t="駐車場使用料"),
         dict(r=0, c=3, t="計"), dict(r=0, c=4, t="備考")]
for i, (fy, lab, h1, h2) in enumerate(HB):
    cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=comma(h1), al="r"), dict(r=1 + i, c=2, t=comma(h2), al="r"),
              dict(r=1 + i, c=3, t=comma(h1 + h2), al="r")]
    if i < 4:
        cells.append(dict(r=1 + i, c=4, t=""))
    G.fact(P, "市営住宅使用料", "住宅使用料", fy, lab, "total", "outstanding", "actual", h1 * 1000, "yen", comma(h1))
    G.fact(P, "市営住宅駐車場使用料", "駐車場使用料", fy, lab, "total", "outstanding", "actual", h2 * 1000, "yen", comma(h2))
    G.fact(P, None, "計", fy, lab, "total", "outstanding", "actual", (h1 + h2) * 1000, "yen", comma(h1 + h2))
note = f"うち滞納繰越分 {comma(k(h_arr_out))}千円"
cells.append(dict(r=5, c=4, t=note, al="l", size=7.8))
G.fact(P, "市営住宅使用料", "住宅使用料", 2024, "令和6年度", "arrears", "outstanding", "actual", k(h_arr_out) * 1000, "yen",
       f"{comma(k(h_arr_out))}千円")
yb = c.table(50, y + 8, colw, 18, cells, size=8.3, hrows=1, zebra=(0.96, 0.96, 0.96))
c.text(50, yb + 13, "※ 駐車場使用料は市営住宅駐車場使用料。住宅使用料の令和6年度欄は上表の収入未済額（計）を千円単位に四捨五入したもの。", 7.8, "m")
# items under plain titles
y = yb + 40
c.text(50, y, "３　令和７年度の取組", 10.5, "g")
y += 20
HI = [("滞納の未然防止", [("入居時に口座振替の登録を求め、納付書払いの世帯には納期前に文書で案内する。", "継続")]),
      ("長期滞納者への対応", [("滞納額が家賃３か月分以上となった世帯には、連帯保証人への通知と面談を行う。", "継続"),
                            ("催告に応じない長期滞納者には、明渡請求訴訟等の法的措置を計画的に実施する。", "拡充")]),
      ("退去者滞納分の回収", [("退去者の転居先調査を行い、分納誓約の履行状況を毎月管理する。", "新規")])]
for title, its in HI:
    c.text(62, y, title, 9.8, "g")
    y += 16
    for text, st in its:
        G.init(P, "市営住宅使用料", "市営住宅使用料", 2025, "令和７年度の取組", "・", text, st)
        y = c.para(74, y, 460, f"・{text}【{st}】", 9.2, "m", 1.55, indent2=9) + 2
    y += 4

# page numbers
for i, pg in enumerate(doc):
    if i == 0:
        continue
    pg.insert_text((pg.rect.width / 2 - 8, pg.rect.height - 22), f"- {i + 1} -", fontname="g", fontsize=8.5)

doc.subset_fonts()
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
gp = G.write(out)
sys.exit(1 if check(out, gp, 8) else 0)
