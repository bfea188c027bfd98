"""fm_kurihara_progress_1: 令和５年度 市税等収納対策の取組状況（令和６年２月末現在） (progress_report) — PyMuPDF drawing.

Run from corpus/frozen35:  python3 build/fm_kurihara_progress_1.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import Gold, PDF_DIR, check, com, oku_man, rate, round_to  # noqa: E402
from fm_pdfdraw import Page  # noqa: E402

import fitz  # noqa: E402

STEM = "fm_kurihara_progress_1"
CITY = "栗原市"
TITLE = "令和５年度 市税等収納対策の取組状況（令和６年２月末現在）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和６年３月15日")
HEAD = (0.85, 0.89, 0.95)
SUBF = (0.93, 0.93, 0.93)
FY, PFY = 2023, 2022

# ---------------------------------------------------------------- monthly data (市税・現年課税分)
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
MLAB = {m: f"{m}月末" for m in MONTHS}


def month_end(fy, m):
    y = fy if m >= 4 else fy + 1
    last = {1: 31, 2: 29 if y % 4 == 0 else 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}[m]
    return f"{y}-{m:02d}-{last:02d}"


random.seed(3535)
AC_SHAPE = [0.478, 0.512, 0.981, 0.990, 0.993, 0.995, 0.996, 0.997, 0.998, 0.999, 1.000, 1.001]
RATES_T = [18.21, 25.13, 20.44, 33.58, 42.07, 50.36, 57.12, 64.85, 73.06, 80.63, 88.41, None]
RATES_P = [17.95, 24.78, 20.02, 33.10, 41.66, 49.87, 56.71, 64.30, 72.54, 80.11, 87.89, 96.95]
ANN_T, ANN_P = 6_052_318_400, 6_011_905_700
MT, MP = {}, {}
for i, m in enumerate(MONTHS):
    ac_p = int(ANN_P * AC_SHAPE[i]) + random.randint(0, 999)
    MP[m] = dict(Ac=ac_p, Cc=int(ac_p * (RATES_P[i] + random.uniform(-.004, .004)) / 100))
    if RATES_T[i] is not None:
        ac_t = int(ANN_T * AC_SHAPE[i]) + random.randint(0, 999)
        MT[m] = dict(Ac=ac_t, Cc=int(ac_t * (RATES_T[i] + random.uniform(-.004, .004)) / 100))


def k(v):
    return int(round(v / 1000))


# ---------------------------------------------------------------- debts at 2月末
DEBTS = {
    # name: (abbr, Ac_t, fc_t, Ac_p, fc_p, Aa_t, fa_t, Aa_p, fa_p, est(cur, arr), target(cur, arr))
    "市税": ("市税", None, None, None, None, 338_612_250, .2418, 361_045_880, .2293, (98.95, 27.10), (99.00, 27.00)),
    "国民健康保険税": ("国保税", 1_051_204_300, .7692, 1_073_552_900, .7727, 286_331_900, .1912, 298_774_100, .1866,
                (95.10, 21.30), (95.40, 22.00)),
    "介護保険料": ("介護保険料", 1_482_660_100, .9051, 1_469_318_400, .9032, 31_884_200, .1405, 30_912_700, .1377,
              (99.30, 14.90), (99.30, 14.50)),
    "後期高齢者医療保険料": ("後期高齢", 561_927_400, .8912, 548_302_600, .8895, 4_905_300, .3684, 5_120_900, .3521,
                   (99.58, 38.50), (99.60, 38.00)),
    "保育所保育料": ("保育料", 72_418_600, .8935, 76_803_100, .8871, 8_215_800, .1533, 8_904_400, .1448,
               (98.40, 17.20), (98.50, 16.50)),
    "市営住宅使用料": ("住宅使用料", 198_064_200, .8877, 199_512_500, .8912, 27_719_600, .1188, 26_845_300, .1241,
                (96.70, 14.10), (97.00, 15.00)),
    "水道料金": ("水道料金", 1_621_550_300, .8423, 1_632_108_800, .8398, 41_306_700, .4012, 43_981_500, .3955,
             (98.80, 45.20), (98.80, 45.00)),
    "下水道使用料": ("下水道使用料", 884_903_700, .8411, 879_665_200, .8402, 22_618_400, .3877, 23_740_100, .3804,
               (98.85, 44.10), (98.90, 44.00)),
}
V = {}
for n, (ab, act, fct, acp, fcp, aat, fat, aap, fap, est, tg) in DEBTS.items():
    if n == "市税":
        act, acp = MT[2]["Ac"], MP[2]["Ac"]
        cct, ccp = MT[2]["Cc"], MP[2]["Cc"]
    else:
        cct, ccp = int(act * fct), int(acp * fcp)
    V[n] = dict(Ac_t=act, Cc_t=cct, Ac_p=acp, Cc_p=ccp, Aa_t=aat, Ca_t=int(aat * fat), Aa_p=aap, Ca_p=int(aap * fap),
                est=est, tg=tg, ab=ab)
AS_T, AS_P = month_end(FY, 2), month_end(PFY, 2)
assert AS_T == "2024-02-29"

doc = fitz.open()
L, R = 48, 547

# ================================================================= page 1
P = 1
pg = Page(doc)
pg.text(R, 50, "令和６年３月15日", 9.5, "M", "r")
pg.text(R, 64, "栗原市 総務部 税務課", 9.5, "M", "r")
pg.text((L + R) / 2, 96, "令和５年度 市税等収納対策の取組状況", 15, "G", "c")
pg.text((L + R) / 2, 116, "（令和６年２月末現在）", 11, "G", "c")
y = 140
pg.text(L, y, "１　概況", 12, "G")
y += 10
txt = ("令和５年度の市税等の収納状況について、令和６年２月末現在の状況を取りまとめました。市税の現年課税分は、"
       "前年同月を上回って推移しており、年度末に向けて滞納繰越分の整理と併せて収納対策を進めます。")
y = pg.para(L, y, R - L, txt, 10, first=10)
# panels
y += 6
pw = (R - L - 20) / 3
t = V["市税"]
r_t, r_p = rate(t["Cc_t"], t["Ac_t"]), rate(t["Cc_p"], t["Ac_p"])
d_t = round(r_t - r_p, 2)
nk = V["国民健康保険税"]
nr_t, nr_p = rate(nk["Cc_t"], nk["Ac_t"]), rate(nk["Cc_p"], nk["Ac_p"])
nd = round(nr_t - nr_p, 2)
arr_c = t["Ca_t"]
arr_p = t["Ca_p"]
arr_oku = round(arr_c / 1e8, 2)
panels = [
    ("市税 現年課税分 収納率", "２月末", f"{r_t:.2f}", "％", f"前年同月比 ＋{d_t:.2f}ポイント"),
    ("国保税 現年課税分 収納率", "２月末", f"{nr_t:.2f}", "％", f"前年同月比 ▲{-nd:.2f}ポイント"),
    ("市税 滞納繰越分 収入済額", "２月末", f"{arr_oku:.2f}", "億円", "年度目標額 0.92億円"),
]
for i, (lab, sub, val, unit, dif) in enumerate(panels):
    x0 = L + i * (pw + 10)
    pg.rect(x0, y, x0 + pw, y + 78, fill=(0.95, 0.97, 1.0), color=(0.2, 0.35, 0.6), width=1)
    pg.text(x0 + pw / 2, y + 16, lab, 9, "G", "c")
    pg.text(x0 + pw / 2, y + 29, sub, 8, "M", "c")
    vw = pg.width(val, 20, "G")
    uw = pg.width(unit, 10, "G")
    pg.text(x0 + pw / 2 - (vw + uw) / 2, y + 54, val, 20, "G")
    pg.text(x0 + pw / 2 - (vw + uw) / 2 + vw + 1, y + 54, unit, 10, "G")
    pg.text(x0 + pw / 2, y + 70, dif, 8.5, "M", "c")
G.fact(P, "市税", "市税", FY, "２月末", "current", "collection_rate", "interim", r_t, "percent", f"{r_t:.2f}", as_of=AS_T)
G.fact(P, "市税", "市税", FY, "前年同月比", "current", "difference", "interim", d_t, "points", f"＋{d_t:.2f}ポイント",
       as_of=AS_T)
G.fact(P, "国民健康保険料", "国保税", FY, "２月末", "current", "collection_rate", "interim", nr_t, "percent", f"{nr_t:.2f}",
       as_of=AS_T)
G.fact(P, "国民健康保険料", "国保税", FY, "前年同月比", "current", "difference", "interim", nd, "points",
       f"▲{-nd:.2f}ポイント", as_of=AS_T)
G.fact(P, "市税", "市税", FY, "２月末", "arrears", "collected", "interim", int(arr_oku * 1e8), "yen", f"{arr_oku:.2f}",
       as_of=AS_T)
G.fact(P, "市税", "市税", FY, "年度目標額", "arrears", "collected", "target", 92_000_000, "yen", "0.92億円")
y += 92
# 【収納率】令和５年12月末時点 bullets (segment only)
dec_c = rate(MT[12]["Cc"], MT[12]["Ac"])
DEC_AA, DEC_CA = 338_612_250, int(338_612_250 * .1931)
dec_a = rate(DEC_CA, DEC_AA)
dec_t = rate(MT[12]["Cc"] + DEC_CA, MT[12]["Ac"] + DEC_AA)
pg.rect(L, y, R, y + 70, color=(0.3, 0.3, 0.3), width=0.8)
pg.text(L + 8, y + 16, "【収納率】令和５年12月末時点（市税）", 10, "G")
for i, (lab, v, seg) in enumerate((("現年分", dec_c, "current"), ("滞納繰越分", dec_a, "arrears"), ("合計", dec_t, "total"))):
    pg.text(L + 20 + i * 160, y + 40, f"・{lab}　{v:.2f}％", 10, "M")
    G.fact(P, "市税", "市税", FY, "令和５年12月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％",
           as_of="2023-12-31")
pg.text(L + 20, y + 60, "※ 第３回債権管理対策会議（令和６年１月）報告時点の数値", 8, "M")
y += 84
# line chart of monthly rates
pg.text(L, y + 10, "図１　市税（現年課税分）の月別収納率の推移（単位：％）", 9.5, "G")
cy0, cy1 = y + 24, y + 250
cx0, cx1 = L + 30, R - 10
pg.rect(L, cy0 - 6, R, cy1 + 30, color=(0.5, 0.5, 0.5), width=0.5)
for gv in (0, 20, 40, 60, 80, 100):
    yy = cy1 - (cy1 - cy0 - 14) * gv / 100
    pg.line(cx0, yy, cx1, yy, color=(0.8, 0.8, 0.8), width=0.4)
    pg.text(cx0 - 4, yy + 3, str(gv), 7, "M", "r")
step = (cx1 - cx0 - 20) / 10
pts_t, pts_p = [], []
for i, m in enumerate(MONTHS[:11]):
    xx = cx0 + 10 + i * step
    vt = rate(MT[m]["Cc"], MT[m]["Ac"])
    vp = rate(MP[m]["Cc"], MP[m]["Ac"])
    pts_t.append((xx, cy1 - (cy1 - cy0 - 14) * vt / 100, vt))
    pts_p.append((xx, cy1 - (cy1 - cy0 - 14) * vp / 100, vp))
    pg.text(xx, cy1 + 13, MLAB[m], 7.5, "M", "c")
for pts, col, dy, dash in ((pts_p, (0.55, 0.55, 0.55), 11, "[3 2] 0"), (pts_t, (0.1, 0.3, 0.65), -5, None)):
    for a, b in zip(pts, pts[1:]):
        pg.line(a[0], a[1], b[0], b[1], color=col, width=1.4, dashes=dash)
    for xx, yy, v in pts:
        pg.p.draw_circle((xx, yy), 2, color=col, fill=col)
        pg.text(xx, yy + dy, f"{v:.2f}", 6.5, "M", "c", color=col)
pg.line(cx0 + 10, cy1 + 22, cx0 + 30, cy1 + 22, color=(0.1, 0.3, 0.65), width=1.4)
pg.text(cx0 + 34, cy1 + 25, "本年度（令和５年度）", 7.5)
pg.line(cx0 + 130, cy1 + 22, cx0 + 150, cy1 + 22, color=(0.55, 0.55, 0.55), width=1.4, dashes="[3 2] 0")
pg.text(cx0 + 154, cy1 + 25, "前年度（令和４年度）", 7.5)
for i, m in enumerate(MONTHS[:11]):
    G.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", pts_t[i][2], "percent",
           f"{pts_t[i][2]:.2f}", as_of=month_end(FY, m))
    G.fact(P, "市税", "市税", PFY, "前年度", "current", "collection_rate", "interim", pts_p[i][2], "percent",
           f"{pts_p[i][2]:.2f}", as_of=month_end(PFY, m))

# ================================================================= page 2: monthly table
P = 2
pg = Page(doc)
y = 56
pg.text(L, y, "２　月別収納状況（市税・現年課税分）", 12, "G")
y += 16
pg.text(L, y, "前年度＝令和４年度、本年度＝令和５年度　各月末現在の累計", 9, "M")
pg.text(R, y, "（単位：千円、％）", 9, "M", "r")
y += 6
rows = [[{"t": "月", "rs": 2, "fill": HEAD, "f": "G"}, {"t": "前年度", "cs": 3, "fill": HEAD, "f": "G"}, None, None,
         {"t": "本年度", "cs": 3, "fill": HEAD, "f": "G"}, None, None, {"t": "収納率の差", "rs": 2, "fill": HEAD, "f": "G"}],
        [None] + [{"t": x, "fill": HEAD, "f": "G"} for x in ("調定額", "収入済額", "収納率") * 2] + [None]]
for m in MONTHS:
    p_, t_ = MP[m], MT.get(m)
    rp = rate(p_["Cc"], p_["Ac"])
    row = [MLAB[m], {"t": com(k(p_["Ac"])), "a": "r"}, {"t": com(k(p_["Cc"])), "a": "r"}, {"t": f"{rp:.2f}", "a": "r"}]
    G.fact(P, "市税", "市税", PFY, "前年度", "current", "assessed", "interim", k(p_["Ac"]) * 1000, "yen", com(k(p_["Ac"])),
           as_of=month_end(PFY, m))
    G.fact(P, "市税", "市税", PFY, "前年度", "current", "collected", "interim", k(p_["Cc"]) * 1000, "yen", com(k(p_["Cc"])),
           as_of=month_end(PFY, m))
    G.fact(P, "市税", "市税", PFY, "前年度", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
           as_of=month_end(PFY, m))
    if t_:
        rt = rate(t_["Cc"], t_["Ac"])
        df = round(rt - rp, 2)
        dfs = f"{df:.2f}" if df >= 0 else f"▲{-df:.2f}"
        row += [{"t": com(k(t_["Ac"])), "a": "r"}, {"t": com(k(t_["Cc"])), "a": "r"}, {"t": f"{rt:.2f}", "a": "r"},
                {"t": dfs, "a": "r"}]
        G.fact(P, "市税", "市税", FY, "本年度", "current", "assessed", "interim", k(t_["Ac"]) * 1000, "yen",
               com(k(t_["Ac"])), as_of=month_end(FY, m))
        G.fact(P, "市税", "市税", FY, "本年度", "current", "collected", "interim", k(t_["Cc"]) * 1000, "yen",
               com(k(t_["Cc"])), as_of=month_end(FY, m))
        G.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}",
               as_of=month_end(FY, m))
        G.fact(P, "市税", "市税", FY, "収納率の差", "current", "difference", "interim", df, "points", dfs,
               as_of=month_end(FY, m))
    else:
        row += ["－", "－", "－", "－"]
    rows.append(row)
y = pg.table(L, y, [46, 70, 70, 46, 70, 70, 46, 61], rows, rowh=19, size=8.8)
y += 10
y = pg.para(L, y, R - L, "※ ３月末の前年度の数値は出納整理期間前の累計です。令和５年度３月末の数値は４月中旬に確定します。", 8.5)
y = pg.para(L, y, R - L, "※ 調定額は各月末時点の累計額であり、６月に個人市民税（普通徴収）の当初調定を計上しています。", 8.5)
y += 12
pg.text(L, y + 10, "【分析】", 10, "G")
y += 16
p2 = MP[2]
txt = (f"２月末の現年課税分の収納率は{r_t:.2f}％となり、前年同月の{r_p:.2f}％を上回っています。"
       "口座振替の新規登録件数の増加と、納期限後の早期催告の効果により、年間を通じて前年度を上回る水準で推移しました。"
       f"前年度の３月末の収納率（{rate(MP[3]['Cc'], MP[3]['Ac']):.2f}％）を踏まえると、年度末には前年度を上回る見込みです。")
y = pg.para(L, y, R - L, txt, 10, first=10)
G.fact(P, "市税", "市税", PFY, "前年度の３月末", "current", "collection_rate", "interim", rate(MP[3]["Cc"], MP[3]["Ac"]),
       "percent", f"{rate(MP[3]['Cc'], MP[3]['Ac']):.2f}％", as_of=month_end(PFY, 3))
G.fact(P, "市税", "市税", FY, "２月末", "current", "collection_rate", "interim", r_t, "percent", f"{r_t:.2f}％", as_of=AS_T)
G.fact(P, "市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", r_p, "percent", f"{r_p:.2f}％",
       as_of=AS_P)

# ================================================================= page 3: district table + 2段組
P = 3
pg = Page(doc)
y = 56
pg.text(L, y, "３　地区別の収納状況（市税・現年課税分、２月末現在）", 12, "G")
y += 10
AREAS = [("築館", 88.92, 88.30), ("若柳", 88.15, 87.86), ("栗駒", 87.64, 87.51), ("高清水", 89.21, 88.40),
         ("一迫", 87.93, 87.77), ("瀬峰", 88.57, 87.62), ("鶯沢", 86.88, 87.35), ("金成", 88.02, 87.44),
         ("志波姫", 89.06, 88.69), ("花山", 85.97, 86.42)]
rows = [[{"t": x, "fill": HEAD, "f": "G"} for x in ("地区", "本年度収納率（％）", "前年同月収納率（％）", "差（ポイント）")]]
for a, tv, pv in AREAS:
    df = round(tv - pv, 2)
    dfs = f"{df:.2f}" if df >= 0 else f"▲{-df:.2f}"
    rows.append([a, {"t": f"{tv:.2f}", "a": "r"}, {"t": f"{pv:.2f}", "a": "r"}, {"t": dfs, "a": "r"}])
    G.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", tv, "percent", f"{tv:.2f}",
           as_of=AS_T, area=a)
    G.fact(P, "市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}",
           as_of=AS_P, area=a)
    G.fact(P, "市税", "市税", FY, "差", "current", "difference", "interim", df, "points", dfs, as_of=AS_T, area=a)
rows.append([{"t": "市全体", "fill": SUBF, "f": "G"}, {"t": f"{r_t:.2f}", "a": "r", "fill": SUBF},
             {"t": f"{r_p:.2f}", "a": "r", "fill": SUBF}, {"t": f"{d_t:.2f}", "a": "r", "fill": SUBF}])
G.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", r_t, "percent", f"{r_t:.2f}", as_of=AS_T)
G.fact(P, "市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", r_p, "percent", f"{r_p:.2f}", as_of=AS_P)
G.fact(P, "市税", "市税", FY, "差", "current", "difference", "interim", d_t, "points", f"{d_t:.2f}", as_of=AS_T)
y = pg.table(L + 40, y, [90, 110, 110, 110], rows, rowh=18, size=9)
y += 6
pg.text(L + 40, y + 8, "※ 地区は納税義務者の住所地による区分です（旧町村単位）。", 8.5)
y += 28
pg.text(L, y, "４　主な債権の状況", 12, "G")
y += 8
colw = (R - L - 18) / 2
# left column: 市税, right column: 国保税・介護保険料
ca_d = round_to(arr_c - arr_p, 10_000)
left = (f"【市税】現年課税分の収納率は{r_t:.2f}％で、前年同月比{d_t:.2f}ポイントの上昇となりました。"
        f"滞納繰越分は、２月末までの収入済額が{oku_man(round_to(arr_c, 10_000))}となり、前年同月と比べ"
        f"約{oku_man(abs(ca_d))}{'増加' if ca_d > 0 else '減少'}しています。"
        "財産調査の結果、差押えが可能な財産が判明した事案には差押予告書を送付し、自主納付につなげています。"
        "一方、納付資力のない事案については、滞納処分の執行停止を適正に行い、滞納繰越額の圧縮を図っています。")
nk_a = rate(nk["Ca_t"], nk["Aa_t"])
nk_ap = rate(nk["Ca_p"], nk["Aa_p"])
kg = V["介護保険料"]
kg_r = rate(kg["Cc_t"], kg["Ac_t"])
right = (f"【国民健康保険税】現年課税分の収納率は{nr_t:.2f}％で、前年同月を{-nd:.2f}ポイント下回っています。"
         f"滞納繰越分の収納率は{nk_a:.2f}％（前年同月{nk_ap:.2f}％）と前年を上回っており、"
         "短期被保険者証の交付時の納付相談が分割納付の誓約に結び付いています。"
         f"【介護保険料】現年分の収納率は{kg_r:.2f}％で、普通徴収の初期滞納者への電話催告を継続しています。")
kk = V["後期高齢者医療保険料"]
kk_r, kk_p = rate(kk["Cc_t"], kk["Ac_t"]), rate(kk["Cc_p"], kk["Ac_p"])
left += (f"\n【後期高齢者医療保険料】現年分の収納率は{kk_r:.2f}％（前年同月{kk_p:.2f}％）で、前年を上回って推移しています。"
         "新たに75歳に到達した被保険者には、特別徴収が始まるまでの間の納付方法を個別に案内しています。")
jt = V["市営住宅使用料"]
jt_r, jt_p = rate(jt["Cc_t"], jt["Ac_t"]), rate(jt["Cc_p"], jt["Ac_p"])
jt_d = round(jt_r - jt_p, 2)
jt_ca = round_to(jt["Ca_t"], 10_000)
right += (f"\n【市営住宅使用料】現年分の収納率は{jt_r:.2f}％で、前年同月を{-jt_d:.2f}ポイント下回りました。"
          f"滞納繰越分の収入済額は{oku_man(jt_ca)}で、退去者分の回収が課題となっています。")
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "２月末", "current", "collection_rate", "interim", kk_r,
       "percent", f"{kk_r:.2f}％", as_of=AS_T)
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", PFY, "前年同月", "current", "collection_rate", "interim", kk_p,
       "percent", f"{kk_p:.2f}％", as_of=AS_P)
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "２月末", "current", "collection_rate", "interim", jt_r, "percent",
       f"{jt_r:.2f}％", as_of=AS_T)
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "前年同月", "current", "difference", "interim", jt_d, "points",
       f"{-jt_d:.2f}ポイント", as_of=AS_T)
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "２月末", "arrears", "collected", "interim", jt_ca, "yen", oku_man(jt_ca),
       as_of=AS_T)
yl = pg.para(L, y, colw, left, 9.5, first=0, lead=1.65)
yr = pg.para(L + colw + 18, y, colw, right, 9.5, first=0, lead=1.65)
pg.line(L + colw + 9, y + 2, L + colw + 9, max(yl, yr) - 4, color=(0.6, 0.6, 0.6), width=0.4)
G.fact(P, "市税", "市税", FY, "２月末", "current", "collection_rate", "interim", r_t, "percent", f"{r_t:.2f}％", as_of=AS_T)
G.fact(P, "市税", "市税", FY, "前年同月比", "current", "difference", "interim", d_t, "points", f"{d_t:.2f}ポイント",
       as_of=AS_T)
G.fact(P, "市税", "市税", FY, "２月末", "arrears", "collected", "interim", round_to(arr_c, 10_000), "yen",
       oku_man(round_to(arr_c, 10_000)), as_of=AS_T)
G.fact(P, "市税", "市税", FY, "前年同月", "arrears", "difference", "interim", ca_d, "yen", "約" + oku_man(abs(ca_d)),
       approx=True, as_of=AS_T)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "２月末", "current", "collection_rate", "interim", nr_t, "percent",
       f"{nr_t:.2f}％", as_of=AS_T)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "前年同月", "current", "difference", "interim", nd, "points",
       f"{-nd:.2f}ポイント", as_of=AS_T)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "２月末", "arrears", "collection_rate", "interim", nk_a, "percent",
       f"{nk_a:.2f}％", as_of=AS_T)
G.fact(P, "国民健康保険料", "国民健康保険税", PFY, "前年同月", "arrears", "collection_rate", "interim", nk_ap, "percent",
       f"{nk_ap:.2f}％", as_of=AS_P)
G.fact(P, "介護保険料", "介護保険料", FY, "２月末", "current", "collection_rate", "interim", kg_r, "percent", f"{kg_r:.2f}％",
       as_of=AS_T)

# ================================================================= pages 4-5: wide table split (left / right columns)
names = list(DEBTS)
P = 4
pg = Page(doc)
y = 56
pg.text(L, y, "５　債権別の収納状況（２月末現在）", 12, "G")
y += 16
pg.text(L, y, "表１　債権別収納状況（現年分）", 9.5, "G")
pg.text(R, y, "（単位：千円、％）", 9, "M", "r")
y += 6
rows = [[{"t": "債権名", "rs": 2, "fill": HEAD, "f": "G"}, {"t": "現年分（令和５年度）", "cs": 4, "fill": HEAD, "f": "G"},
         None, None, None, {"t": "前年同月（令和４年度）", "cs": 2, "fill": HEAD, "f": "G"}, None],
        [None] + [{"t": x, "fill": HEAD, "f": "G", "s": 8} for x in
                  ("調定額", "収入済額", "収入未済額", "収納率", "収納率", "差")]]
for n in names:
    v = V[n]
    ab = v["ab"]
    rt, rp = rate(v["Cc_t"], v["Ac_t"]), rate(v["Cc_p"], v["Ac_p"])
    df = round(rt - rp, 2)
    dfs = f"{df:.2f}" if df >= 0 else f"▲{-df:.2f}"
    un = k(v["Ac_t"]) - k(v["Cc_t"])
    rows.append([{"t": ab, "a": "l"}, {"t": com(k(v["Ac_t"])), "a": "r"}, {"t": com(k(v["Cc_t"])), "a": "r"},
                 {"t": com(un), "a": "r"}, {"t": f"{rt:.2f}", "a": "r"}, {"t": f"{rp:.2f}", "a": "r"},
                 {"t": dfs, "a": "r"}])
    debt = "国民健康保険料" if n == "国民健康保険税" else n
    G.fact(P, debt, ab, FY, "令和５年度", "current", "assessed", "interim", k(v["Ac_t"]) * 1000, "yen", com(k(v["Ac_t"])),
           as_of=AS_T)
    G.fact(P, debt, ab, FY, "令和５年度", "current", "collected", "interim", k(v["Cc_t"]) * 1000, "yen", com(k(v["Cc_t"])),
           as_of=AS_T)
    G.fact(P, debt, ab, FY, "令和５年度", "current", "outstanding", "interim", un * 1000, "yen", com(un), as_of=AS_T)
    G.fact(P, debt, ab, FY, "令和５年度", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS_T)
    G.fact(P, debt, ab, PFY, "令和４年度", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=AS_P)
    G.fact(P, debt, ab, FY, "差", "current", "difference", "interim", df, "points", dfs, as_of=AS_T)
y = pg.table(L, y, [92, 78, 78, 70, 56, 64, 61], rows, rowh=24, size=9)
y += 8
y = pg.para(L, y, R - L, "※ 国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料。"
            "収入未済額は２月末時点で納期限が到来していない額を含みます。滞納繰越分、決算見込及び目標は次ページに続きます。", 8.5)
y += 20
pg.text(L, y, "（参考）市税（現年課税分）の決算収納率の推移（単位：％）", 9.5, "G")
y += 6
HIST = {2019: 98.64, 2020: 98.12, 2021: 98.71, 2022: 98.83}
rows = [[{"t": f"{yy}年度", "fill": HEAD, "f": "G"} for yy in HIST],
        [{"t": f"{v:.2f}", "a": "r"} for v in HIST.values()]]
y = pg.table(L + 60, y, [95, 95, 95, 95], rows, rowh=20, size=9.5)
for yy, v in HIST.items():
    G.fact(P, "市税", "市税", yy, f"{yy}年度", "current", "collection_rate", "actual", v, "percent", f"{v:.2f}")
y += 8
txt = (f"令和二年度の収納率（{HIST[2020]:.2f}％）は、新型コロナウイルス感染症の影響による徴収猶予の特例の適用により低下しましたが、"
       f"令和４年度は{HIST[2022]:.2f}％まで回復しています。")
y = pg.para(L, y, R - L, txt, 10, first=10)
G.fact(P, "市税", "市税", 2020, "令和二年度", "current", "collection_rate", "actual", HIST[2020], "percent",
       f"{HIST[2020]:.2f}％")
G.fact(P, "市税", "市税", 2022, "令和４年度", "current", "collection_rate", "actual", HIST[2022], "percent",
       f"{HIST[2022]:.2f}％")

P = 5
pg = Page(doc)
y = 56
pg.text(L, y, "表１　債権別収納状況（続き：滞納繰越分、決算見込、目標）", 9.5, "G")
pg.text(R, y, "（単位：千円、％）", 9, "M", "r")
y += 6
rows = [[{"t": "債権名", "rs": 2, "fill": HEAD, "f": "G"}, {"t": "滞納繰越分", "cs": 4, "fill": HEAD, "f": "G"}, None,
         None, None, {"t": "決算見込収納率", "cs": 2, "fill": HEAD, "f": "G"}, None,
         {"t": "目標収納率", "cs": 2, "fill": HEAD, "f": "G"}, None],
        [None] + [{"t": x, "fill": HEAD, "f": "G", "s": 8} for x in
                  ("調定額", "収入済額", "収納率", "前年同月", "現年分", "滞繰分", "現年分", "滞繰分")]]
for n in names:
    v = V[n]
    ab = v["ab"]
    debt = "国民健康保険料" if n == "国民健康保険税" else n
    ra, rpa = rate(v["Ca_t"], v["Aa_t"]), rate(v["Ca_p"], v["Aa_p"])
    rows.append([{"t": ab, "a": "l"}, {"t": com(k(v["Aa_t"])), "a": "r"}, {"t": com(k(v["Ca_t"])), "a": "r"},
                 {"t": f"{ra:.2f}", "a": "r"}, {"t": f"{rpa:.2f}", "a": "r"},
                 {"t": f"{v['est'][0]:.2f}", "a": "r"}, {"t": f"{v['est'][1]:.2f}", "a": "r"},
                 {"t": f"{v['tg'][0]:.2f}", "a": "r"}, {"t": f"{v['tg'][1]:.2f}", "a": "r"}])
    G.fact(P, debt, ab, FY, "令和５年度", "arrears", "assessed", "interim", k(v["Aa_t"]) * 1000, "yen", com(k(v["Aa_t"])),
           as_of=AS_T)
    G.fact(P, debt, ab, FY, "令和５年度", "arrears", "collected", "interim", k(v["Ca_t"]) * 1000, "yen", com(k(v["Ca_t"])),
           as_of=AS_T)
    G.fact(P, debt, ab, FY, "令和５年度", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}", as_of=AS_T)
    G.fact(P, debt, ab, PFY, "前年同月", "arrears", "collection_rate", "interim", rpa, "percent", f"{rpa:.2f}", as_of=AS_P)
    for seg, i in (("current", 0), ("arrears", 1)):
        G.fact(P, debt, ab, FY, "決算見込", seg, "collection_rate", "estimate", v["est"][i], "percent", f"{v['est'][i]:.2f}")
        G.fact(P, debt, ab, FY, "目標", seg, "collection_rate", "target", v["tg"][i], "percent", f"{v['tg'][i]:.2f}")
y = pg.table(L, y, [92, 66, 62, 48, 48, 46, 46, 46, 45], rows, rowh=24, size=9)
y += 8
y = pg.para(L, y, R - L, "※ 決算見込収納率は、２月末までの実績と前年度３月から出納閉鎖までの収納実績を基に推計したものです。", 8.5)
y += 14
# prose with year-end estimates in running text
tax_o_est = 318_400_000
pg.text(L, y + 10, "【年度末の見込み】", 10, "G")
y += 18
txt = (f"市税の令和５年度末の収入未済額は約{oku_man(tax_o_est)}となる見込みで、前年度末から約2,150万円の減少を見込んでいます。"
       f"国民健康保険税は、現年課税分の決算見込収納率が{V['国民健康保険税']['est'][0]:.2f}％と目標の"
       f"{V['国民健康保険税']['tg'][0]:.2f}％を下回る見込みであるため、３月に夜間・休日の納付相談窓口を開設し、"
       "目標の達成に向けて取組を強化します。")
y = pg.para(L, y, R - L, txt, 10, first=10)
G.fact(P, "市税", "市税", FY, "令和５年度末", "total", "outstanding", "estimate", tax_o_est, "yen", "約" + oku_man(tax_o_est),
       approx=True)
G.fact(P, "市税", "市税", FY, "前年度末", "total", "difference", "estimate", -21_500_000, "yen", "約2,150万円", approx=True)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "決算見込", "current", "collection_rate", "estimate",
       V["国民健康保険税"]["est"][0], "percent", f"{V['国民健康保険税']['est'][0]:.2f}％")
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "目標", "current", "collection_rate", "target",
       V["国民健康保険税"]["tg"][0], "percent", f"{V['国民健康保険税']['tg'][0]:.2f}％")

# ================================================================= page 6: 取組
P = 6
pg = Page(doc)
y = 56
pg.text(L, y, "６　年度末に向けた取組", 12, "G")
y += 12
ITEMS = [
    ("市税", "市税", [
        ("(1)", "滞納繰越分の高額事案（50万円以上）について、３月末までに財産調査を完了し、差押えを執行する。", "継続"),
        ("(2)", "宮城県地方税滞納整理機構へ引き継いだ18件について、機構と連携して早期の整理を図る。", "継続"),
        ("(3)", "給与所得者の滞納者に対し、勤務先への給与照会を行い、給与差押えを実施する。", "拡充"),
    ]),
    ("国民健康保険料", "国民健康保険税", [
        ("(1)", "３月の土曜日及び平日夜間に納付相談窓口を開設し、分割納付の相談に応じる。", "新規"),
        ("(2)", "短期被保険者証の更新時に、未納のある世帯に対する納付指導を徹底する。", "継続"),
    ]),
    ("介護保険料", "介護保険料", [
        ("(1)", "普通徴収の初期滞納者に対する電話催告を３月中に集中して実施する。", "継続"),
    ]),
    ("市営住宅使用料", "市営住宅使用料", [
        ("(1)", "滞納が３か月以上の入居者に対し、連帯保証人と同席での納付相談を行う。", "拡充"),
        ("(2)", "退去者の滞納分について、住所調査の上、支払督促の申立てを行う。", None),
    ]),
    ("水道料金", "水道料金・下水道使用料", [
        ("(1)", "給水停止予告後も納付のない使用者に対し、給水停止を執行する。", "継続"),
    ]),
]
for debt, title, its in ITEMS:
    pg.text(L, y + 12, f"■ {title}", 10.5, "G")
    y += 20
    for lab, t, st in its:
        s = f"{lab}　{t}" + (f"【{st}】" if st else "")
        y = pg.para(L + 10, y, R - L - 10, s, 10, hang=24) + 2
        G.init(P, debt, FY, "年度末に向けた取組", lab, t, st, debt_raw=title)
    y += 6
y += 6
pg.rect(L, y, R, y + 64, color=(0.3, 0.3, 0.3), width=0.8)
pg.text(L + 8, y + 16, "【参考】滞納整理強化月間（令和５年12月）の実績", 10, "G")
pg.text(L + 20, y + 36, "・市税の収入済額：48,216千円（前年同月 45,903千円）", 9.5)
pg.text(L + 20, y + 52, "・差押件数：市税 211件、国民健康保険税 96件", 9.5)
G.fact(P, "市税", "市税", FY, "令和５年12月", "total", "collected", "interim", 48_216_000, "yen", "48,216千円",
       as_of="2023-12-31")
G.fact(P, "市税", "市税", PFY, "前年同月", "total", "collected", "interim", 45_903_000, "yen", "45,903千円",
       as_of="2022-12-31")

doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
gp = G.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
