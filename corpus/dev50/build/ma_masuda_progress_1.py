#!/usr/bin/env python3
"""ma_masuda_progress_1: 益田市 令和５年度 債権管理の取組状況（中間報告, 令和６年２月末現在）.

Kind progress_report; drawn directly with PyMuPDF (IPAex fonts, subset). All figures are invented.
Run from corpus/dev50:  python3 build/ma_masuda_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf  # noqa: E402

from ma_common import PDF_DIR, Gold, check, fmt, oku_man, rate, zen  # noqa: E402
from ma_pdfdraw import Canvas, tlen  # noqa: E402

STEM = "ma_masuda_progress_1"
CITY = "益田市"
g = Gold(STEM)
AS23, AS22 = "2024-02-29", "2023-02-28"      # 今期 / 前年同期 (令和6年2月末 is a leap-year month end)

# ------------------------------------------------------------------ data (千円) --------
# key: full name, short name, canonical debt
NAMES = {
    "tax": ("市税", "市税", "市税"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料"),
    "kaigo": ("介護保険料", "介護料", "介護保険料"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料"),
    "suido": ("水道料金", "水道料金", "水道料金"),
}
ORDER = list(NAMES)
# final 2022: ca, cr, aa, ar, aw%; interim 2022: ca_i, cr_i, ar_i; interim 2023: ca_i, cr_i, ar_i;
# estimate 2023: ca, cr, ar, aw%; target 2023: cr, ar
SRC = {
    "tax": ((6284513, 99.02, 198442, 24.8, 6.1), (6279106, 92.07, 20.8), (6312877, 92.39, 22.1),
            (6318240, 99.10, 26.0, 6.0), (99.10, 25.0)),
    "kokuho": ((1052338, 94.12, 231560, 19.3, 9.2), (1049870, 83.55, 15.1), (1021446, 83.37, 16.4),
               (1023905, 94.30, 20.5, 9.0), (94.50, 21.0)),
    "kaigo": ((978214, 99.05, 22480, 16.2, 12.5), (976030, 90.12, 12.4), (985306, 90.41, 13.5),
              (987112, 99.10, 17.0, 12.0), (99.15, 17.5)),
    "kouki": ((512776, 99.58, 3912, 40.3, 6.2), (511904, 91.20, 33.5), (521338, 91.46, 35.2),
              (522061, 99.60, 41.0, 6.0), (99.65, 40.0)),
    "hoiku": ((64918, 98.74, 9842, 13.1, 5.3), (64210, 88.10, 10.2), (62885, 88.62, 11.3),
              (63112, 98.90, 14.0, 5.0), (99.00, 15.0)),
    "jutaku": ((248330, 97.61, 41276, 12.4, 4.1), (248002, 88.84, 9.6), (245117, 89.12, 10.5),
               (245480, 97.80, 13.0, 4.0), (97.80, 13.5)),
    "suido": ((1108420, 98.95, 18664, 55.2, 3.1), (1010650, 93.40, 50.1), (1015223, 93.62, 51.4),
              (1112903, 99.00, 56.0, 3.0), (99.05, 55.0)),
}
F22, I22, I23, E23, T23 = {}, {}, {}, {}, {}
for k in ORDER:
    (ca, cr, aa, ar, aw), (ca2, cr2, ar2), (ca3, cr3, ar3), (ca4, cr4, ar4, aw4), (tcr, tar) = SRC[k]
    cc, ac, w = round(ca * cr / 100), round(aa * ar / 100), round(aa * aw / 100)
    F22[k] = dict(ca=ca, cc=cc, aa=aa, ac=ac, aw=w, to=ca - cc + aa - ac - w)
    I22[k] = dict(ca=ca2, cc=round(ca2 * cr2 / 100), aa=aa, ac=round(aa * ar2 / 100))
    a23 = F22[k]["to"]
    I23[k] = dict(ca=ca3, cc=round(ca3 * cr3 / 100), aa=a23, ac=round(a23 * ar3 / 100))
    cc4, ac4, w4 = round(ca4 * cr4 / 100), round(a23 * ar4 / 100), round(a23 * aw4 / 100)
    E23[k] = dict(ca=ca4, cc=cc4, aa=a23, ac=ac4, aw=w4, to=ca4 - cc4 + a23 - ac4 - w4)
    tcc, tac = round(ca4 * tcr / 100), round(a23 * tar / 100)
    T23[k] = dict(cr=tcr, ar=tar, to=ca4 - tcc + a23 - tac - w4, ca=ca4, cc=tcc, aa=a23, ac=tac)
for X in (I22, I23):
    for k in ORDER:
        x = X[k]
        x.update(ta=x["ca"] + x["aa"], tc=x["cc"] + x["ac"])
        x.update(co=x["ca"] - x["cc"], ao=x["aa"] - x["ac"], to=x["ta"] - x["tc"])
for X in (F22, E23, T23):
    for k in ORDER:
        x = X[k]
        x.update(ta=x["ca"] + x["aa"], tc=x["cc"] + x["ac"])


def tot(X):
    s = {}
    for f in X[ORDER[0]]:
        if f in ("cr", "ar"):
            continue
        s[f] = sum(X[k][f] for k in ORDER)
    return s


def R(x):
    return dict(cr=rate(x["cc"], x["ca"]), ar=rate(x["ac"], x["aa"]), tr=rate(x["tc"], x["ta"]))


# monthly 市税 現年課税分 (cumulative): share of the 2月末 assessed, and the rate at that month end
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
               "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"],
        2022: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
               "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]}
SHARE = [0.4612, 0.4705, 0.9851, 0.9902, 0.9931, 0.9950, 0.9968, 0.9979, 0.9988, 0.9994, 1.0]
MRATE = {2022: [14.82, 30.14, 27.93, 41.22, 50.41, 58.33, 66.95, 72.81, 81.52, 86.74, None, 96.85],
         2023: [15.08, 30.52, 28.31, 41.63, 50.87, 58.62, 67.31, 73.14, 81.90, 87.02, None]}
MONTHLY = {}
for y, I in ((2022, I22), (2023, I23)):
    ca_feb = I["tax"]["ca"]
    rows = []
    for i, m in enumerate(MONTHS):
        if i == 10:
            rows.append((ca_feb, I["tax"]["cc"]))
        elif i == 11:
            if y == 2023:
                rows.append(None)
            else:
                ca_m = ca_feb + 4231
                rows.append((ca_m, round(ca_m * MRATE[y][11] / 100)))
        else:
            ca_m = round(ca_feb * SHARE[i])
            rows.append((ca_m, round(ca_m * MRATE[y][i] / 100)))
    MONTHLY[y] = rows
TAX_DEC_ARREARS = 17.6   # 市税 滞納繰越分 12月末 (前回報告), 令和5年度
TAX_HIST = {2019: 97.12, 2020: 96.58, 2021: 97.03, 2022: None, 2023: None}  # 市税 合計収納率（決算）

# 国民健康保険税 現年分 by area (円); sums must reproduce the 千円 figures of 表２ (千円未満切捨て)
AREAS = ["益田地域", "美都地域", "匹見地域"]


# ------------------------------------------------------------------ document ------------
doc = pymupdf.open()
LM, RM = 56.0, 539.0
WIDTH = RM - LM
HEAD = (0.82, 0.86, 0.92)
ZEB = (0.95, 0.96, 0.98)
TOTFILL = (0.9, 0.88, 0.8)
H = dict(fill=HEAD, al="c")


def h2(c, y, s):
    c.text(LM, y + 13, s, 12, "G")
    c.line(LM, y + 17, RM, y + 17, 0.9)
    return y + 24


def h3(c, y, s):
    c.text(LM, y + 12, s, 10.5, "G")
    return y + 17


def tri_pt(d):
    return ("▲" if d < 0 else "") + f"{abs(d):.2f}"


tax23, tax22 = R(I23["tax"]), R(I22["tax"])
kok23, kok22 = R(I23["kokuho"]), R(I22["kokuho"])
T_I23, T_I22 = tot(I23), tot(I22)
t23, t22 = R(T_I23), R(T_I22)
taxE, taxF = R(E23["tax"]), R(F22["tax"])
d1 = round(tax23["cr"] - tax22["cr"], 2)
d2 = round(kok23["cr"] - kok22["cr"], 2)

# ---- page 1: title, panels, 概要, 表１ ----------------------------------------------------
c = Canvas(doc)
pg = 1
c.rect(RM - 52, 40, RM, 56, fill=None)
c.text(RM - 52, 52, "資料１", 9.5, "G", align="c", width=52)
c.text(LM, 92, "令和５年度 債権管理の取組状況（中間報告）", 16, "G", align="c", width=WIDTH)
c.text(LM, 114, "令和６年２月末現在", 10.5, "G", align="c", width=WIDTH)
c.text(LM, 132, "益田市 総務部 税務課", 10, "M", align="r", width=WIDTH)

out_m = round(T_I23["to"] / 1000, 1)
panels = [
    ("市税 収納率", "令和6年2月末・現年分", f"{tax23['cr']:.2f}％",
     dict(metric="collection_rate", value=tax23["cr"], unit="percent", debt="市税", debt_raw="市税",
          fy=2023, fy_raw="令和6年2月末", segment="current", basis="interim", as_of=AS23),
     f"前年同月比 {'＋' if d1 >= 0 else '▲'}{abs(d1):.2f}ポイント",
     dict(metric="difference", value=d1, unit="points", debt="市税", debt_raw="市税", fy=2023,
          fy_raw="令和6年2月末", segment="current", basis="interim", as_of=AS23)),
    ("国民健康保険税 収納率", "令和6年2月末・現年分", f"{kok23['cr']:.2f}％",
     dict(metric="collection_rate", value=kok23["cr"], unit="percent", debt="国民健康保険料",
          debt_raw="国民健康保険税", fy=2023, fy_raw="令和6年2月末", segment="current", basis="interim", as_of=AS23),
     f"前年同月比 {'＋' if d2 >= 0 else '▲'}{abs(d2):.2f}ポイント",
     dict(metric="difference", value=d2, unit="points", debt="国民健康保険料", debt_raw="国民健康保険税",
          fy=2023, fy_raw="令和6年2月末", segment="current", basis="interim", as_of=AS23)),
    ("収入未済額（主要７債権）", "令和6年2月末", f"{out_m:,.1f}百万円",
     dict(metric="outstanding", value=round(out_m * 1e6), unit="yen", debt=None, debt_raw=None,
          fy=2023, fy_raw="令和6年2月末", segment="total", basis="interim", as_of=AS23), None, None),
    ("市税 決算見込収納率", "令和5年度・現年分＋滞繰分", f"{taxE['tr']:.2f}％",
     dict(metric="collection_rate", value=taxE["tr"], unit="percent", debt="市税", debt_raw="市税", fy=2023,
          fy_raw="令和5年度", segment="total", basis="estimate"),
     f"令和4年度決算 {taxF['tr']:.2f}％",
     dict(metric="collection_rate", value=taxF["tr"], unit="percent", debt="市税", debt_raw="市税", fy=2022,
          fy_raw="令和4年度決算", segment="total", basis="actual")),
]
pw, gap, py = (WIDTH - 3 * 8) / 4, 8, 150
for i, (lab, sub, big, bf, small, sf) in enumerate(panels):
    x0 = LM + i * (pw + gap)
    c.rect(x0, py, x0 + pw, py + 92, fill=(0.97, 0.97, 0.94), stroke=(0.35, 0.35, 0.35), width=0.8)
    c.rect(x0, py, x0 + pw, py + 32, fill=(0.28, 0.4, 0.55), stroke=None)
    c.text(x0, py + 13, lab, 8.2, "G", color=(1, 1, 1), align="c", width=pw)
    c.text(x0, py + 26, sub, 7.4, "G", color=(1, 1, 1), align="c", width=pw)
    c.text(x0, py + 60, big, 15 if len(big) < 9 else 13, "G", align="c", width=pw)
    g.fact(pg, big, bf.pop("value"), bf.pop("unit"), bf.pop("metric"), **bf)
    if small:
        c.text(x0, py + 80, small, 7.6, "G", align="c", width=pw)
        g.fact(pg, small.split(" ", 1)[1], sf.pop("value"), sf.pop("unit"), sf.pop("metric"), **sf)

y = h2(c, 262, "１ 概要")
okm, okv = oku_man(T_I23["to"] * 1000)
dout = (T_I23["to"] - T_I22["to"]) * 1000
odm, odv = oku_man(dout)
dtr = round(t23["tr"] - t22["tr"], 2)
kw0 = dict(debt_raw=None, fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=AS23)
r1 = g.fact(pg, f"{t23['tr']:.2f}％", t23["tr"], "percent", "collection_rate", **kw0)
r2 = g.fact(pg, f"{abs(dtr):.2f}ポイント", dtr, "points", "difference", **kw0)
r3 = g.fact(pg, okm, okv, "yen", "outstanding", approx=True, **kw0)
r4 = g.fact(pg, odm, odv, "yen", "difference", approx=True, **kw0)
up = "上昇" if dtr > 0 else "低下"
dn_ = "減少" if dout < 0 else "増加"
y = c.para(LM, y, WIDTH, f"令和６年２月末現在における主要７債権の収納率（現年分と滞納繰越分の計）は{r1}で、前年同月と比べ{r2}{up}しました。"
           f"また、収入未済額は{r3}で、前年同月から{r4}{dn_}しています。", 10)
y = c.para(LM, y, WIDTH, "現年分では、市税、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料及び水道料金が前年同月を上回った"
           "一方、国民健康保険税は被保険者数の減少に伴い調定額が減少する中で、前年同月をわずかに下回りました。", 10)
y = c.para(LM, y, WIDTH, "年度末に向けては、出納整理期間を含めた滞納整理の取組を強化し、各債権の目標収納率の達成を目指します。", 10)

c.text(LM, y + 20, "表１ 主要７債権の収納率（合計）", 9.6, "G")
c.text(LM, y + 20, "（単位：％、千円）", 8.4, "G", align="r", width=WIDTH)
rows = [[dict(t="区分", **H), dict(t="前年同期 収納率", **H), dict(t="今期 収納率", **H), dict(t="増減（ポイント）", **H),
         dict(t="今期 収入未済額", **H)]]
for seg, lab, kr, ko in (("current", "現年分", "cr", "co"), ("arrears", "滞繰分", "ar", "ao"), ("total", "計", "tr", "to")):
    k22 = dict(debt_raw=None, fy=2022, fy_raw="前年同期", segment=seg, basis="interim", as_of=AS22)
    k23 = dict(debt_raw=None, fy=2023, fy_raw="今期", segment=seg, basis="interim", as_of=AS23)
    dd = round(t23[kr] - t22[kr], 2)
    row = [dict(t=lab, al="c"),
           dict(t=g.fact(pg, f"{t22[kr]:.2f}", t22[kr], "percent", "collection_rate", **k22), al="r"),
           dict(t=g.fact(pg, f"{t23[kr]:.2f}", t23[kr], "percent", "collection_rate", **k23), al="r"),
           dict(t=g.fact(pg, tri_pt(dd), dd, "points", "difference", **k23), al="r"),
           dict(t=g.fact(pg, fmt(T_I23[ko]), T_I23[ko] * 1000, "yen", "outstanding", **k23), al="r")]
    if seg == "total":
        for cell in row:
            cell["fill"] = TOTFILL
    rows.append(row)
y = c.table(LM, y + 26, [83, 100, 100, 100, 100], rows, [17] * 4, size=8.6, grid=(0.55, 0.55, 0.55), line_w=0.4)
y = c.para(LM, y + 3, WIDTH, "※ 主要７債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料、水道料金",
           8.4, lead=1.5, indent=0, hang=10)
y = h3(c, y + 10, "【報告の構成】")
for s in ("２ 債権ごとの状況（２ページ）", "３ 主要債権の収納状況（２～３ページ）", "４ 市税の月別収納状況（３ページ）",
          "５ 収納率の推移、地域別の状況及び決算見込（４ページ）", "６ 年度末に向けた取組（５ページ）"):
    y += 15
    c.text(LM + 14, y, s, 9.5, "M")
c.footer(pg)

# ---- page 2: two-column prose, then 表２ (first part) ---------------------------------------
c = Canvas(doc)
pg = 2
y0 = h2(c, 48, "２ 債権ごとの状況")
colw = (WIDTH - 18) / 2
xl, xr = LM, LM + colw + 18


def col_head(x, y, s):
    c.rect(x, y + 2, x + colw, y + 17, fill=(0.9, 0.92, 0.95), stroke=None)
    c.text(x + 4, y + 14, s, 9.5, "G")
    return y + 21


PL = dict(lead=1.62)
# left column: 市税, 国保
y = col_head(xl, y0, "（１）市税")
tx = I23["tax"]
kt = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=AS23)
a = g.fact(pg, zen(f"{tax23['cr']:.2f}％"), tax23["cr"], "percent", "collection_rate", segment="current", **kt)
b = g.fact(pg, zen(f"{d1:.2f}ポイント"), d1, "points", "difference", segment="current", **kt)
cm, cv = oku_man(tx["ca"] * 1000)
cm2, cv2 = oku_man(tx["cc"] * 1000)
a2 = g.fact(pg, cm, cv, "yen", "assessed", segment="current", approx=True, **kt)
a3 = g.fact(pg, cm2, cv2, "yen", "collected", segment="current", approx=True, **kt)
cc_ = g.fact(pg, zen(f"{tax23['ar']:.1f}％"), round(tax23["ar"], 1), "percent", "collection_rate", segment="arrears", **kt)
y = c.para(xl, y, colw, f"現年課税分の収納率は{a}で、前年同月を{b}上回っています。調定額{a2}に対し、収入済額は{a3}です。"
           f"固定資産税第４期の納期限（２月末）後に督促状を発送し、３月は電話催告を集中して実施します。", 9.2, **PL)
y = c.para(xl, y, colw, f"滞納繰越分の収納率は{cc_}で、高額事案の差押えと換価を進めています。", 9.2, **PL)
y += 4
c.text(xl + 4, y + 11, "【収納率】令和5年12月末時点（前回報告）", 9, "G")
y += 16
dec_cur = rate(MONTHLY[2023][8][1], MONTHLY[2023][8][0])
for lab, v, seg, nd in (("現年分", dec_cur, "current", 2), ("滞繰分", TAX_DEC_ARREARS, "arrears", 1)):
    raw = f"{v:.{nd}f}％"
    g.fact(pg, raw, v, "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5年12月末",
           segment=seg, basis="interim", as_of="2023-12-31")
    y += 14
    c.text(xl + 12, y, f"・{lab}　{raw}", 9.2, "M")
y += 8
y = col_head(xl, y, "（２）国民健康保険税")
kx = I23["kokuho"]
kk = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=AS23)
k1 = g.fact(pg, f"{kok23['cr']:.2f}％", kok23["cr"], "percent", "collection_rate", segment="current", **kk)
k2 = g.fact(pg, f"{abs(d2):.2f}ポイント", d2, "points", "difference", segment="current", **kk)
ko, kov = oku_man(kx["ao"] * 1000, 100_000)
k3 = g.fact(pg, ko, kov, "yen", "outstanding", segment="arrears", approx=True, **kk)
y = c.para(xl, y, colw, f"現年分の収納率は{k1}で、前年同月を{k2}下回りました。調定額の減少に加え、納付が分割納付に移行した"
           f"世帯が増えたことが要因です。", 9.2, **PL)
y = c.para(xl, y, colw, f"滞納繰越分の収入未済額は{k3}となっており、短期被保険者証の更新時の納付相談を強化しています。", 9.2, **PL)
yl = y

y = y0
RIGHT = (("kaigo", "普通徴収の未納者に対し、年金の特別徴収への切替え時期を案内しつつ電話催告を行っています。"),
         ("kouki", "新たに75歳に到達した被保険者への口座振替の勧奨を継続しています。"),
         ("hoiku", "在園児の保護者への手渡しによる催告を行い、現年分の滞納の発生を抑えています。"),
         ("jutaku", "３か月以上の滞納者に対し、連帯保証人への通知と明渡し請求の予告を行っています。"),
         ("suido", "給水停止予告の後も納付のない使用者に対し、給水停止を執行しています。"))
for n, (k, txt) in enumerate(RIGHT):
    full, short, dn = NAMES[k]
    y = col_head(xr, y, f"（{n + 3}）{full}")
    r, rp = R(I23[k]), R(I22[k])
    v1 = g.fact(pg, f"{r['cr']:.2f}％", r["cr"], "percent", "collection_rate", debt=dn, debt_raw=full, fy=2023,
                fy_raw="令和６年２月末", segment="current", basis="interim", as_of=AS23)
    v2 = g.fact(pg, f"{rp['cr']:.2f}％", rp["cr"], "percent", "collection_rate", debt=dn, debt_raw=full, fy=2022,
                fy_raw="前年同月", segment="current", basis="interim", as_of=AS22)
    y = c.para(xr, y, colw, f"現年分の収納率は{v1}（前年同月{v2}）です。{txt}", 9.2, **PL)
    y += 3
yr_ = y
c.line(LM + colw + 9, y0 + 4, LM + colw + 9, max(yl, yr_), 0.4, (0.5, 0.5, 0.5))
y = max(yl, yr_) + 8

W2 = [70, 40, 58, 58, 42, 58, 58, 42, 57]
assert abs(sum(W2) - WIDTH) < 1, sum(W2)


def t2_header():
    return [
        [dict(t="債権名", rs=2, **H), dict(t="区分", rs=2, **H), dict(t="前年同期", cs=3, **H), None, None,
         dict(t="今期", cs=3, **H), None, None, dict(t="増減", **H)],
        [None, None, dict(t="調定額", **H), dict(t="収入済額", **H), dict(t="収納率", **H), dict(t="調定額", **H),
         dict(t="収入済額", **H), dict(t="収納率", **H), dict(t="収納率", size=7.6, **H)],
    ]


def t2_rows(page_no, x22, x23, label, debt, debt_raw):
    rows = []
    for si, (seg, lab, ka, kc) in enumerate((("current", "現年分", "ca", "cc"), ("arrears", "滞繰分", "aa", "ac"),
                                              ("total", "計", "ta", "tc"))):
        r22, r23 = rate(x22[kc], x22[ka]), rate(x23[kc], x23[ka])
        d = round(r23 - r22, 2)
        k22 = dict(debt=debt, debt_raw=debt_raw, fy=2022, fy_raw="前年同期", segment=seg, basis="interim", as_of=AS22)
        k23 = dict(debt=debt, debt_raw=debt_raw, fy=2023, fy_raw="今期", segment=seg, basis="interim", as_of=AS23)
        cells = [dict(t=label, rs=3, al="l") if si == 0 else None, dict(t=lab, al="c")]
        for x, kw in ((x22, k22), (x23, k23)):
            cells.append(dict(t=g.fact(page_no, fmt(x[ka]), x[ka] * 1000, "yen", "assessed", **kw), al="r"))
            cells.append(dict(t=g.fact(page_no, fmt(x[kc]), x[kc] * 1000, "yen", "collected", **kw), al="r"))
            rr = rate(x[kc], x[ka])
            cells.append(dict(t=g.fact(page_no, f"{rr:.2f}%", rr, "percent", "collection_rate", **kw), al="r"))
        cells.append(dict(t=g.fact(page_no, tri_pt(d), d, "points", "difference", **k23), al="r"))
        rows.append(cells)
    return rows


LABEL2 = {"tax": "市税※1", "kokuho": "国民健康\n保険税", "kaigo": "介護保険料", "kouki": "後期高齢者\n医療保険料",
          "hoiku": "保育所保育料", "jutaku": "市営住宅\n使用料", "suido": "水道料金※2"}


def draw_t2(c, y, page_no, keys, with_total, first_band=0):
    rows = t2_header()
    heights = [16, 16]
    band = []
    for i, k in enumerate(keys):
        full, short, dn = NAMES[k]
        rows += t2_rows(page_no, I22[k], I23[k], LABEL2[k], dn, full)
        heights += [16, 16, 16]
        band += [(i + first_band) % 2] * 3
    if with_total:
        rows += t2_rows(page_no, T_I22, T_I23, "合計", None, "合計")
        heights += [16, 16, 16]
        band += [2] * 3
    for ri, b in enumerate(band):
        for cell in rows[ri + 2]:
            if cell is not None and b:
                cell["fill"] = ZEB if b == 1 else TOTFILL
    return c.table(LM, y, W2, rows, heights, size=8.0, grid=(0.55, 0.55, 0.55), line_w=0.4)


y = h2(c, y, "３ 主要債権の収納状況")
y = c.para(LM, y, WIDTH, "主要７債権の今期（令和６年２月末）と前年同期（令和５年２月末）の収納状況は、表２のとおりです。"
           "増減欄は、今期の収納率から前年同期の収納率を差し引いたもの（ポイント）です。", 9.6)
c.text(LM, y + 16, "表２ 主要債権の収納状況（令和６年２月末現在・前年同期比較）", 9.6, "G")
c.text(LM, y + 16, "（単位：千円）", 8.4, "G", align="r", width=WIDTH)
y = draw_t2(c, y + 22, pg, ["tax", "kokuho", "kaigo", "kouki"], False)
assert y < 770, y
c.text(LM, y + 12, "（次ページへ続く）", 8.4, "M", align="r", width=WIDTH)
c.footer(pg)

# ---- page 3: 表２ (continued, header repeated), notes, 表３ monthly ---------------------------
c = Canvas(doc)
pg = 3
c.text(LM, 62, "表２ 主要債権の収納状況（続き）", 9.6, "G")
c.text(LM, 62, "（単位：千円）", 8.4, "G", align="r", width=WIDTH)
y = draw_t2(c, 68, pg, ["hoiku", "jutaku", "suido"], True, first_band=0)
tao = I23["tax"]["ao"]
notes = [
    "※1 市税の今期の収入済額には、差押財産の換価による収入を含みます。今期末の市税の滞納繰越分の収入未済額は"
    f"{fmt(tao)}千円です。",
    "※2 水道料金の調定額は、令和６年２月検針分までの額です。",
    "※3 収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）です。",
]
g.fact(pg, f"{fmt(tao)}千円", tao * 1000, "yen", "outstanding", debt="市税", debt_raw="市税", fy=2023, fy_raw="今期",
       segment="arrears", basis="interim", as_of=AS23)
y += 4
for s in notes:
    y = c.para(LM, y, WIDTH, s, 8.4, lead=1.5, indent=0, hang=14)
ta_m, ta_v = oku_man(T_I23["tc"] * 1000)
g.fact(pg, ta_m, ta_v, "yen", "collected", debt_raw=None, fy=2023, fy_raw="今期", basis="interim", as_of=AS23,
       approx=True)
y = c.para(LM, y + 4, WIDTH, f"主要７債権の今期の収入済額は合計で{ta_m}となりました。債権別では、水道料金及び後期高齢者医療保険料の"
           "収納率が高く、保育所保育料及び市営住宅使用料の滞繰分の収納率が低い状況です。", 9.6)

y = h2(c, y + 8, "４ 市税の月別収納状況")
c.text(LM, y + 12, "表３ 市税（現年課税分）の月別収納状況（本年度：令和５年度、前年度：令和４年度）", 9.4, "G")
c.text(LM, y + 25, "（単位：千円、％）", 8.4, "G", align="r", width=WIDTH)
rows = [[dict(t="区分", rs=2, **H), dict(t="前年度", cs=3, **H), None, None, dict(t="本年度", cs=3, **H), None, None,
         dict(t="収納率の差", rs=2, **H)],
        [None, dict(t="調定額", **H), dict(t="収入済額", **H), dict(t="収納率", **H), dict(t="調定額", **H),
         dict(t="収入済額", **H), dict(t="収納率", **H), None]]
for i, m in enumerate(MONTHS):
    row = [dict(t=m, al="c")]
    rr = {}
    for y_ in (2022, 2023):
        v = MONTHLY[y_][i]
        kw = dict(debt="市税", debt_raw="市税", fy=y_, fy_raw=f"令和{zen(y_ - 2018)}年度", segment="current",
                  basis="interim", as_of=MEND[y_][i])
        if v is None:
            row += [dict(t="－", al="c") for _ in range(3)]
            continue
        ca_m, cc_m = v
        rr[y_] = rate(cc_m, ca_m)
        row.append(dict(t=g.fact(pg, fmt(ca_m), ca_m * 1000, "yen", "assessed", **kw), al="r"))
        row.append(dict(t=g.fact(pg, fmt(cc_m), cc_m * 1000, "yen", "collected", **kw), al="r"))
        row.append(dict(t=g.fact(pg, f"{rr[y_]:.2f}", rr[y_], "percent", "collection_rate", **kw), al="r"))
    if 2023 in rr:
        d = round(rr[2023] - rr[2022], 2)
        row.append(dict(t=g.fact(pg, tri_pt(d), d, "points", "difference", debt="市税", debt_raw="市税", fy=2023,
                                  fy_raw="令和５年度", segment="current", basis="interim", as_of=MEND[2023][i]), al="r"))
    else:
        row.append(dict(t="－", al="c"))
    if i % 2 == 1:
        for cell in row:
            cell["fill"] = ZEB
    rows.append(row)
W3 = [50, 68, 68, 50, 68, 68, 50, 61]
assert abs(sum(W3) - WIDTH) < 1
y = c.table(LM, y + 31, W3, rows, [15, 15] + [14.5] * 12, size=8.0, grid=(0.55, 0.55, 0.55), line_w=0.4)
y = c.para(LM, y + 3, WIDTH, "※ 各月末時点の累計額です。調定額は随時課税分を含みます。本年度の３月末の欄は、本報告の時点で未確定のため「－」としています。",
           8.2, lead=1.45, indent=0, hang=10)
assert y < 790, y
c.footer(pg)

# ---- page 4: chart, 地域別（円）, 決算見込（stacked cells） ------------------------------------
c = Canvas(doc)
pg = 4
y = h2(c, 48, "５ 収納率の推移、地域別の状況及び決算見込")
y = h3(c, y, "（１）市税の収納率の推移")
c.text(LM, y + 10, "図１ 市税の収納率（現年課税分＋滞納繰越分）の推移（単位：％）", 9.4, "G")
TAX_HIST[2022] = taxF["tr"]
TAX_HIST[2023] = taxE["tr"]
labels = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
vals = [TAX_HIST[y_] for y_ in (2019, 2020, 2021, 2022, 2023)]
cy = y + 20
printed = c.bars(LM + 20, cy, WIDTH - 40, 130, labels, vals, 95.0, 98.0, lambda v: f"{v:.2f}", size=8.4)
c.text(LM + 20 + 4 * (WIDTH - 40) / 5, cy + 130 + 22, "（見込）", 8.4, "G", align="c", width=(WIDTH - 40) / 5)
for y_, s, lab in zip((2019, 2020, 2021, 2022, 2023), printed, labels):
    g.fact(pg, s, float(s), "percent", "collection_rate", debt="市税", debt_raw="市税", fy=y_, fy_raw=lab,
           segment="total", basis="estimate" if y_ == 2023 else "actual")
y = cy + 130 + 30
c.text(LM, y + 8, "※ 令和４年度までは決算額、令和５年度は決算見込額により算出しています。", 8.2, "M")
y += 14

y = h3(c, y + 6, "（２）国民健康保険税（現年分）の地域別収納状況")
c.text(LM, y + 10, "表４ 地域別収納状況（令和６年２月末現在）", 9.4, "G")
c.text(LM, y + 10, "（単位：円、％）", 8.4, "G", align="r", width=WIDTH)
rows = [[dict(t="債権名　国民健康保険税（現年分）", cs=8, al="l", fill=(0.93, 0.93, 0.93)), None, None, None, None, None,
         None, None],
        [dict(t="地域", rs=2, **H), dict(t="前年同期", cs=3, **H), None, None, dict(t="今期", cs=3, **H), None, None,
         dict(t="増減", rs=2, **H)],
        [None, dict(t="調定額", **H), dict(t="収入済額", **H), dict(t="収納率", **H), dict(t="調定額", **H),
         dict(t="収入済額", **H), dict(t="収納率", **H), None]]
AREA_Y = {}
for yy, X in ((2022, I22), (2023, I23)):
    ca = X["kokuho"]["ca"] * 1000 + (417 if yy == 2023 else 682)
    cc = X["kokuho"]["cc"] * 1000 + (238 if yy == 2023 else 109)
    sh_a = [0.8712, 0.0793] if yy == 2023 else [0.8698, 0.0801]
    rt = [cc / ca + dv for dv in ((0.0011, -0.0093) if yy == 2023 else (0.0009, -0.0078))]
    a_ = [round(ca * sh_a[0]), round(ca * sh_a[1])]
    a_.append(ca - a_[0] - a_[1])
    b_ = [round(a_[0] * rt[0]), round(a_[1] * rt[1])]
    b_.append(cc - b_[0] - b_[1])
    AREA_Y[yy] = (a_, b_, ca, cc)
for ai, area in enumerate(AREAS + ["計"]):
    row = [dict(t=area, al="c" if area == "計" else "l")]
    rr = {}
    for yy in (2022, 2023):
        a_, b_, ca, cc = AREA_Y[yy]
        A, B = (a_[ai], b_[ai]) if ai < 3 else (ca, cc)
        rr[yy] = rate(B, A)
        kw = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=yy, fy_raw="今期" if yy == 2023 else "前年同期",
                  segment="current", basis="interim", as_of=AS23 if yy == 2023 else AS22,
                  area=area if ai < 3 else None)
        row.append(dict(t=g.fact(pg, fmt(A), A, "yen", "assessed", **kw), al="r"))
        row.append(dict(t=g.fact(pg, fmt(B), B, "yen", "collected", **kw), al="r"))
        row.append(dict(t=g.fact(pg, f"{rr[yy]:.2f}", rr[yy], "percent", "collection_rate", **kw), al="r"))
    d = round(rr[2023] - rr[2022], 2)
    row.append(dict(t=g.fact(pg, tri_pt(d), d, "points", "difference", debt="国民健康保険料", debt_raw="国民健康保険税",
                             fy=2023, fy_raw="今期", segment="current", basis="interim", as_of=AS23,
                             area=area if ai < 3 else None), al="r"))
    if area == "計":
        for cell in row:
            cell["fill"] = TOTFILL
    rows.append(row)
assert rate(AREA_Y[2023][3], AREA_Y[2023][2]) == kok23["cr"], (rate(AREA_Y[2023][3], AREA_Y[2023][2]), kok23["cr"])
assert rate(AREA_Y[2022][3], AREA_Y[2022][2]) == kok22["cr"]
W4 = [55, 78, 78, 42, 78, 78, 42, 32]
assert abs(sum(W4) - WIDTH) < 1, sum(W4)
y = c.table(LM, y + 16, W4, rows, [15] * 7, size=8.0, grid=(0.55, 0.55, 0.55), line_w=0.4)
y = c.para(LM, y + 3, WIDTH, "※ 美都地域及び匹見地域は、各総合支所で受け付けた納付を含みます。計欄は表２の国民健康保険税（現年分）と同じ額（千円未満を含む。）です。",
           8.2, lead=1.45, indent=0, hang=10)

y = h3(c, y + 6, "（３）令和５年度の決算見込")
c.text(LM, y + 10, "表５ 主要債権の決算見込（上段：収入未済額（千円）、下段：収納率（％））", 9.4, "G")
rows = [[dict(t="債権名", **H), dict(t="令和４年度決算", **H), dict(t="令和５年度目標", **H), dict(t="令和５年度決算見込", **H)]]
heights = [15]
for k in ORDER:
    full, short, dn = NAMES[k]
    row = [dict(t=short, al="l")]
    for X, basis, fy, fyr in ((F22, "actual", 2022, "令和４年度"), (T23, "target", 2023, "令和５年度"),
                              (E23, "estimate", 2023, "令和５年度")):
        x = X[k]
        to_ = x["to"]
        rr = rate(x["tc"], x["ta"])
        kw = dict(debt=dn, debt_raw=short, fy=fy, fy_raw=fyr, segment="total", basis=basis)
        s1 = g.fact(pg, fmt(to_), to_ * 1000, "yen", "outstanding", **kw)
        s2 = g.fact(pg, f"{rr:.2f}", rr, "percent", "collection_rate", **kw)
        row.append(dict(t=f"{s1}\n{s2}", al="r"))
    rows.append(row)
    heights.append(23)
y = c.table(LM, y + 16, [118, 121, 122, 122], rows, heights, size=8.0, grid=(0.55, 0.55, 0.55), line_w=0.4)
y = c.para(LM, y + 3, WIDTH, "※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
           "住宅使用料＝市営住宅使用料。目標は令和５年度当初に設定したもの（収入未済額は目標収納率を達成した場合の額）です。", 8.2,
           lead=1.45, indent=0, hang=10)
assert y < 790, y
c.footer(pg)

# ---- page 5: 取組 box + 参考 ------------------------------------------------------------------
c = Canvas(doc)
pg = 5
y = h2(c, 48, "６ 年度末に向けた取組")
y = c.para(LM, y, WIDTH, "出納整理期間（５月末まで）を含め、各債権の所管課は次の取組を実施します。", 9.6)
box_top = y + 4
y = box_top + 6
ITEMS = [
    ("市税", "市税", [("(1)", "３月を滞納整理強化月間とし、夜間・休日の電話催告及び臨戸訪問を実施する。", "継続"),
                     ("(2)", "預貯金の電子照会の対象金融機関を拡大し、財産調査の期間を短縮する。", "拡充"),
                     ("(3)", "換価の見込みがない事案は、滞納処分の執行停止を適正に判断する。", None)]),
    ("国民健康保険税", "国民健康保険料", [("(1)", "資格喪失後の未納者に対し、文書催告と電話催告を組み合わせて納付を促す。", "継続"),
                                     ("(2)", "税務課と合同で財産調査を行い、給与・預貯金の差押えを実施する。", "新規")]),
    ("介護保険料・後期高齢者医療保険料", None,
     [("(1)", "普通徴収の未納者のうち特別徴収へ切り替わる者を把握し、切替え前に納付相談を行う。", "継続")]),
    ("市営住宅使用料", "市営住宅使用料", [("(1)", "長期滞納者について、明渡し及び滞納使用料の支払を求める訴えの提起を準備する。", "新規")]),
]
for title, debt, its in ITEMS:
    y += 2
    c.text(LM + 10, y + 11, f"■ {title}", 9.6, "G")
    y += 15
    for lab, text, st in its:
        g.item(pg, text, debt=debt, debt_raw=title if debt else None, fy=2023, section=title, label=lab, status=st)
        y = c.para(LM + 16, y, WIDTH - 30, f"{lab} {text}", 9.2, lead=1.55, indent=0, hang=16)
        if st:
            y += 13
            c.text(LM + 32, y - 3, f"【{st}】", 9.2, "M")
c.rect(LM, box_top, RM, y + 8, fill=None, stroke=(0.2, 0.2, 0.2), width=0.9)
y += 20
y = h3(c, y, "【参考】滞納整理の実施状況（令和６年２月末現在、市税）")
persons23, persons22 = 1186, 1247
rows_ref = [
    ("滞納者数", f"{fmt(persons23)}人", persons23, "persons", "delinquents", 2023),
    ("前年同期の滞納者数", f"{fmt(persons22)}人", persons22, "persons", "delinquents", 2022),
    ("差押件数", "214件（前年同期 198件）", None, None, None, None),
    ("捜索件数", "６件", None, None, None, None),
]
bt = y + 2
y = bt + 4
for lab, raw, v, unit, metric, fy in rows_ref:
    y += 14
    c.text(LM + 12, y, f"・{lab}：{raw}", 9.2, "M")
    if v is not None:
        g.fact(pg, raw, v, unit, metric, debt="市税", debt_raw="市税", fy=fy,
               fy_raw="令和６年２月末" if fy == 2023 else "前年同期", segment="total", basis="interim",
               as_of=AS23 if fy == 2023 else AS22)
c.rect(LM, bt, LM + 280, y + 8, fill=None, stroke=(0.2, 0.2, 0.2), width=0.8)
y = h2(c, y + 28, "７ 今後の予定")
for s_ in ("・令和６年３月　　　滞納整理強化月間（全庁）",
           "・令和６年５月末　　出納閉鎖",
           "・令和６年７月　　　債権管理推進会議（令和５年度決算の報告、令和６年度目標の決定）",
           "・令和６年１０月　　令和６年度上半期の取組状況の報告"):
    y += 16
    c.text(LM + 12, y, s_, 9.4, "M")
y = c.para(LM, y + 10, WIDTH, "本報告の数値は、令和６年２月末現在の速報値であり、決算において変動することがあります。", 9.4)
c.footer(pg)

doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
g.write(pdf, kind="progress_report", family="progress", municipality=CITY,
        title="令和５年度 債権管理の取組状況（中間報告）", date=AS23, date_raw="令和６年２月末現在")
probs = check(STEM)
print(f"{STEM}: {len(g.facts)} facts, {len(g.initiatives)} initiatives; problems: {len(probs)}")
for x in probs[:40]:
    print("  ", x)
