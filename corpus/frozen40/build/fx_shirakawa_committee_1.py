"""白河市 債権管理対策会議 資料 (取組個票) — PyMuPDF drawing directly. Run from corpus/frozen40."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from fx_common import Gold, PDF_DIR, c, rate, fr, dpt, reiwa, oku_man  # noqa: E402
from fx_pdfdraw import (setup, text, para, grid, box, hline, wrap, tw, GRAY, LIGHT, DARK, WHITE)  # noqa: E402

STEM = "fx_shirakawa_committee_1"
CITY = "白河市"
g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和7年度 第2回白河市債権管理対策会議 資料",
         "2025-11-18", "令和7年11月18日")

YEARS = [2020, 2021, 2022, 2023, 2024]
# key: (full name, short, canonical, section, 所管課, cur assessed 千円 per year, cur rate, arr rate, wo rate, start arrears)
DEBTS = {
    "tax": ("市税", "市税", "市税", "一般", "税務課",
            [7812400, 7755300, 7901250, 7968420, 8012345], [0.9861, 0.9878, 0.9889, 0.9896, 0.9903],
            [0.2210, 0.2285, 0.2362, 0.2431, 0.2507], [0.062, 0.058, 0.061, 0.057, 0.055], 402310),
    "hoiku": ("保育所保育料", "保育料", "保育料", "一般", "こども支援課",
              [214300, 209880, 205120, 203440, 201560], [0.9901, 0.9905, 0.9912, 0.9914, 0.9916],
              [0.1720, 0.1811, 0.1835, 0.1902, 0.1817], [0.041, 0.038, 0.044, 0.040, 0.036], 11240),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般", "建築住宅課",
               [188420, 186950, 185610, 184980, 184300], [0.9782, 0.9795, 0.9801, 0.9812, 0.9818],
               [0.1510, 0.1562, 0.1603, 0.1655, 0.1689], [0.032, 0.029, 0.035, 0.031, 0.030], 23870),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", "特別", "保険年金課",
               [1598300, 1576210, 1549800, 1530150, 1512400], [0.9311, 0.9335, 0.9362, 0.9381, 0.9412],
               [0.1980, 0.2024, 0.2088, 0.2151, 0.2199], [0.071, 0.068, 0.066, 0.064, 0.061], 468920),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "特別", "高齢福祉課",
              [1087400, 1096120, 1104560, 1112730, 1120880], [0.9912, 0.9915, 0.9918, 0.9921, 0.9925],
              [0.2612, 0.2688, 0.2705, 0.2777, 0.2876], [0.262, 0.255, 0.248, 0.251, 0.243], 23410),
    "koki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別", "保険年金課",
             [452300, 461850, 470120, 478900, 486200], [0.9961, 0.9963, 0.9965, 0.9964, 0.9967],
             [0.3810, 0.3902, 0.4011, 0.4087, 0.4154], [0.102, 0.098, 0.095, 0.093, 0.090], 4620),
}


def series(d):
    out = {}
    prev_out = d[9]
    for k, y in enumerate(YEARS):
        ac = d[5][k]
        cc = round(ac * d[6][k])
        aa = prev_out
        ca = round(aa * d[7][k])
        wo = round(aa * d[8][k])
        o_cur = ac - cc
        o_arr = aa - ca - wo
        out[y] = dict(ac=ac, cc=cc, aa=aa, ca=ca, wo=wo, ta=ac + aa, tc=cc + ca,
                      oc=o_cur, oa=o_arr, out=o_cur + o_arr,
                      rc=rate(cc, ac), ra=rate(ca, aa), rt=rate(cc + ca, ac + aa))
        prev_out = o_cur + o_arr
    return out


S = {k: series(d) for k, d in DEBTS.items()}
K = 1000  # 千円
R6 = 2024

doc = fitz.open()
W, H = 595, 842


def newpage():
    p = doc.new_page(width=W, height=H)
    setup(p)
    return p


def foot(p, n):
    text(p, 0, H - 24, f"- {n} -", 8, align="c", width=W)


# ---------------------------------------------------------------- page 1
p = newpage()
PG = 1
text(p, 0, 70, "令和7年度 第2回白河市債権管理対策会議", 15, align="c", width=W)
text(p, 0, 92, "資　料", 13, align="c", width=W)
text(p, 360, 122, "日時　令和7年11月18日（火）午後1時30分～", 8.5)
text(p, 360, 136, "場所　白河市役所本庁舎4階　庁議室", 8.5)
text(p, 60, 170, "次　　第", 11)
y = 192
for ln in ["1　開　会", "2　議　事",
           "　（1）令和6年度 主な債権の収納状況について　…　資料1（P2～P3）",
           "　（2）主要債権の取組個票について　…　資料2（P4～P7）",
           "　（3）その他", "3　閉　会"]:
    text(p, 70, y, ln, 9.5)
    y += 17

# panels (key figures side by side)
t = S["tax"]
tot = {y_: sum(S[k][y_]["out"] for k in S) for y_ in YEARS}
text(p, 60, 325, "■ 主な指標（令和6年度決算）", 10.5)
px = [60, 222, 384]
pw = 150
tax_rt, tax_rt5 = t[R6]["rt"], t[2023]["rt"]
ko_rc, ko_rc5 = S["kokuho"][R6]["rc"], S["kokuho"][2023]["rc"]
out6_oku = round(tot[R6] * K / 1e7) * 1e7  # 0.1億円単位
out_diff_oku = round((tot[R6] - tot[2023]) * K / 1e7) * 1e7
panels = [
    ("市税 収納率", "令和6年度", f"{fr(tax_rt)}％", ("市税", "市税", "total", "collection_rate", tax_rt, "percent"),
     f"前年度比＋{fr(tax_rt - tax_rt5)}ポイント", tax_rt - tax_rt5, "points"),
    ("全会計 収入未済額", "令和6年度末", f"約{out6_oku / 1e8:.1f}億円", (None, None, "total", "outstanding", out6_oku, "yen"),
     f"前年度比 約{abs(out_diff_oku) / 1e8:.1f}億円減", out_diff_oku, "yen"),
    ("国保税 現年度分収納率", "令和6年度", f"{fr(ko_rc)}％",
     ("国民健康保険料", "国保税", "current", "collection_rate", ko_rc, "percent"),
     f"前年度比＋{fr(ko_rc - ko_rc5)}ポイント", ko_rc - ko_rc5, "points"),
]
for (lab, yr, big, fa, sub, dv, du), x in zip(panels, px):
    box(p, (x, 335, x + pw, 425), lw=1.0, fill=(0.93, 0.96, 1.0))
    p.draw_rect(fitz.Rect(x, 335, x + pw, 353), color=None, fill=DARK)
    text(p, x, 348, lab, 9, color=WHITE, align="c", width=pw)
    text(p, x, 367, yr, 8, align="c", width=pw)
    text(p, x, 393, big, 17, align="c", width=pw)
    text(p, x, 414, sub, 8, align="c", width=pw)
    debt, raw_d, seg, met, val, unit = fa
    approx = big.startswith("約")
    g.f(PG, debt, raw_d, R6, yr, seg, met, "actual", val, unit, big, approx=approx)
    g.f(PG, debt, raw_d, R6, yr, seg, "difference", "actual", dv, du,
        sub.replace("前年度比", "").strip(), approx=approx)

# 【参考】 box
by = 450
box(p, (60, by, 535, by + 110), lw=0.8)
text(p, 70, by + 18, "【参考】令和7年度 数値目標（市税）", 10)
tgt_rc, tgt_ra, tgt_out = 99.10, 27.00, 220000000
items = [("現年度分収納率", f"{fr(tgt_rc)}％", "current", "collection_rate", tgt_rc, "percent"),
         ("滞納繰越分収納率", f"{fr(tgt_ra)}％", "arrears", "collection_rate", tgt_ra, "percent"),
         ("収入未済額", "2億2,000万円", "total", "outstanding", tgt_out, "yen")]
yy = by + 40
for lab, v, seg, met, val, unit in items:
    text(p, 80, yy, f"・{lab}：{v}" + ("以下" if met == "outstanding" else ""), 9.5)
    g.f(PG, "市税", "市税", 2025, "令和7年度", seg, met, "target", val, unit, v)
    yy += 20
text(p, 80, yy, "・目標は白河市行財政改革推進プラン（令和5年度～令和9年度）の指標による。", 8.5)
text(p, 60, 600, "※ 資料の数値は、特に記載のない限り各年度の決算額（出納整理期間終了後）である。", 8)
foot(p, 1)

# ---------------------------------------------------------------- page 2
p = newpage()
PG = 2
text(p, 40, 55, "資料1", 9)
text(p, 40, 75, "1　令和6年度 主な債権の収納状況（決算）", 11.5)
text(p, 455, 92, "（単位：千円、％）", 8)
widths = [62] + [50, 50, 34] * 3
heights = [16, 16] + [15] * 11
cells = []
hdr = dict(fill=DARK, color=WHITE, fs=7.5)
cells.append(dict(r=0, c=0, rs=2, t="債権名", **hdr))
for j, seg in enumerate(["現年度分", "滞納繰越分", "計"]):
    cells.append(dict(r=0, c=1 + 3 * j, cs=3, t=seg, **hdr))
    for k, lab in enumerate(["調定額", "収入済額", "収納率"]):
        cells.append(dict(r=1, c=1 + 3 * j + k, t=lab, **hdr))
row = 2
zebra = False
sub_tot = {}
for sec, seclab in [("一般", "【一般会計】"), ("特別", "【特別会計】")]:
    cells.append(dict(r=row, c=0, cs=10, t=seclab, al="l", fill=GRAY, fs=7.5))
    row += 1
    acc = dict(ac=0, cc=0, aa=0, ca=0)
    for k, d in DEBTS.items():
        if d[3] != sec:
            continue
        v = S[k][R6]
        fill = LIGHT if zebra else None
        zebra = not zebra
        cells.append(dict(r=row, c=0, t=d[1], al="l", fill=fill, fs=7.5))
        vals = [(v["ac"], v["cc"], v["rc"], "current"), (v["aa"], v["ca"], v["ra"], "arrears"),
                (v["ta"], v["tc"], v["rt"], "total")]
        for j, (a_, c_, r_, seg) in enumerate(vals):
            cells.append(dict(r=row, c=1 + 3 * j, t=g.f(PG, d[2], d[1], R6, "令和6年度", seg, "assessed", "actual", a_ * K, "yen", c(a_)), al="r", fill=fill, fs=7.5))
            cells.append(dict(r=row, c=2 + 3 * j, t=g.f(PG, d[2], d[1], R6, "令和6年度", seg, "collected", "actual", c_ * K, "yen", c(c_)), al="r", fill=fill, fs=7.5))
            cells.append(dict(r=row, c=3 + 3 * j, t=g.f(PG, d[2], d[1], R6, "令和6年度", seg, "collection_rate", "actual", r_, "percent", fr(r_)), al="r", fill=fill, fs=7.5))
        for kk in acc:
            acc[kk] += v[kk]
        row += 1
    sub_tot[sec] = acc
    lab = "小計"
    vals = [(acc["ac"], acc["cc"], "current"), (acc["aa"], acc["ca"], "arrears"),
            (acc["ac"] + acc["aa"], acc["cc"] + acc["ca"], "total")]
    cells.append(dict(r=row, c=0, t=lab, fill=GRAY, fs=7.5))
    for j, (a_, c_, seg) in enumerate(vals):
        r_ = rate(c_, a_)
        dr = f"{seclab.strip('【】')}小計"
        cells.append(dict(r=row, c=1 + 3 * j, t=g.f(PG, None, dr, R6, "令和6年度", seg, "assessed", "actual", a_ * K, "yen", c(a_)), al="r", fill=GRAY, fs=7.5))
        cells.append(dict(r=row, c=2 + 3 * j, t=g.f(PG, None, dr, R6, "令和6年度", seg, "collected", "actual", c_ * K, "yen", c(c_)), al="r", fill=GRAY, fs=7.5))
        cells.append(dict(r=row, c=3 + 3 * j, t=g.f(PG, None, dr, R6, "令和6年度", seg, "collection_rate", "actual", r_, "percent", fr(r_)), al="r", fill=GRAY, fs=7.5))
    row += 1
A = {kk: sub_tot["一般"][kk] + sub_tot["特別"][kk] for kk in sub_tot["一般"]}
vals = [(A["ac"], A["cc"], "current"), (A["aa"], A["ca"], "arrears"), (A["ac"] + A["aa"], A["cc"] + A["ca"], "total")]
cells.append(dict(r=row, c=0, t="合計", fill=DARK, color=WHITE, fs=7.5))
for j, (a_, c_, seg) in enumerate(vals):
    r_ = rate(c_, a_)
    cells.append(dict(r=row, c=1 + 3 * j, t=g.f(PG, None, "合計", R6, "令和6年度", seg, "assessed", "actual", a_ * K, "yen", c(a_)), al="r", fill=DARK, color=WHITE, fs=7.5))
    cells.append(dict(r=row, c=2 + 3 * j, t=g.f(PG, None, "合計", R6, "令和6年度", seg, "collected", "actual", c_ * K, "yen", c(c_)), al="r", fill=DARK, color=WHITE, fs=7.5))
    cells.append(dict(r=row, c=3 + 3 * j, t=g.f(PG, None, "合計", R6, "令和6年度", seg, "collection_rate", "actual", r_, "percent", fr(r_)), al="r", fill=DARK, color=WHITE, fs=7.5))
row += 1
heights = heights[:row]
yb = grid(p, 40, 98, widths, heights, cells, border=False)
oc_all = sum(S[k][R6]["oc"] for k in S)
oa_all = sum(S[k][R6]["oa"] for k in S)
y = yb + 14
ft = (f"※ 合計の収入未済額 {c(oc_all + oa_all)}千円（うち滞納繰越分 {c(oa_all)}千円）")
text(p, 44, y, ft, 7.5)
g.f(PG, None, "合計", R6, "令和6年度", "total", "outstanding", "actual", (oc_all + oa_all) * K, "yen", f"{c(oc_all + oa_all)}千円")
g.f(PG, None, "合計", R6, "令和6年度", "arrears", "outstanding", "actual", oa_all * K, "yen", f"{c(oa_all)}千円")
y += 12
text(p, 44, y, "（注）保育料＝保育所保育料、住宅使用料＝市営住宅使用料、国保税＝国民健康保険税、介護料＝介護保険料、", 7.5)
y += 11
text(p, 44, y, "　　　後期高齢＝後期高齢者医療保険料", 7.5)

# second table: one debt per column
y += 28
text(p, 40, y, "2　不納欠損額・収入未済額・滞納者数（令和6年度）", 11.5)
text(p, 455, y + 16, "（単位：千円、人）", 8)
keys = list(DEBTS)
widths2 = [92] + [64] * 6 + [0]
widths2 = widths2[:-1]
cells = [dict(r=0, c=0, t="区分", fill=GRAY)]
for j, k in enumerate(keys):
    cells.append(dict(r=0, c=1 + j, t=DEBTS[k][1], fill=GRAY))
DELQ = {"tax": 2418, "hoiku": 96, "jutaku": 88, "kokuho": 1652, "kaigo": 731, "koki": 118}
rows2 = [("不納欠損額", "written_off"), ("収入未済額", "outstanding"), ("前年度比増減", "difference"),
         ("滞納者数（人）", "delinquents")]
for i, (lab, met) in enumerate(rows2):
    cells.append(dict(r=1 + i, c=0, t=lab, al="l"))
    for j, k in enumerate(keys):
        d = DEBTS[k]
        v, v5 = S[k][R6], S[k][2023]
        if met == "written_off":
            t_ = g.f(PG, d[2], d[1], R6, "令和6年度", "total", met, "actual", v["wo"] * K, "yen", c(v["wo"]))
        elif met == "outstanding":
            t_ = g.f(PG, d[2], d[1], R6, "令和6年度", "total", met, "actual", v["out"] * K, "yen", c(v["out"]))
        elif met == "difference":
            dd = v["out"] - v5["out"]
            t_ = g.f(PG, d[2], d[1], R6, "令和6年度", "total", "difference", "actual", dd * K, "yen", c(dd))
        else:
            t_ = g.f(PG, d[2], d[1], R6, "令和6年度", "total", met, "actual", DELQ[k], "persons", c(DELQ[k]))
        cells.append(dict(r=1 + i, c=1 + j, t=t_, al="r"))
yb = grid(p, 40, y + 22, widths2, [17] * 5, cells)
text(p, 44, yb + 12, "※ 前年度比増減は令和5年度末の収入未済額との差（△は減少）。滞納者数は令和7年5月31日現在の実人数。", 7.5)
foot(p, 2)

# ---------------------------------------------------------------- page 3: chart + districts
p = newpage()
PG = 3
text(p, 40, 55, "資料1", 9)
text(p, 40, 75, "3　収入未済額の推移（全会計）", 11.5)
mil = {y_: round(tot[y_] / 100) / 10 for y_ in YEARS}  # 百万円, one decimal
text(p, 430, 95, "（単位：百万円）", 8)
cx0, cy0, cw, ch = 80, 110, 440, 190
hline(p, cx0, cx0 + cw, cy0 + ch, 0.8)
vmax = max(mil.values()) * 1.15
bw = 46
for i, y_ in enumerate(YEARS):
    bx = cx0 + 30 + i * 84
    bh = mil[y_] / vmax * ch
    p.draw_rect(fitz.Rect(bx, cy0 + ch - bh, bx + bw, cy0 + ch), color=None, fill=(0.45, 0.6, 0.8))
    lab = f"{mil[y_]:,.1f}"
    text(p, bx - 10, cy0 + ch - bh - 5, lab, 8.5, align="c", width=bw + 20)
    g.f(PG, None, None, y_, reiwa(y_).replace("年度", "") if False else f"R{y_ - 2018}", "total", "outstanding", "actual",
        round(mil[y_] * 1e6), "yen", lab)
    text(p, bx - 10, cy0 + ch + 14, f"R{y_ - 2018}", 8.5, align="c", width=bw + 20)
text(p, cx0, cy0 + ch + 30, "出典：各年度決算（普通会計・国民健康保険特別会計・介護保険特別会計・後期高齢者医療特別会計の合計）", 7.5)
man6 = round(tot[R6] / 10) * 10000
dman = round((tot[2023] - tot[R6]) / 10) * 10000
y = cy0 + ch + 55
s1 = f"約{oku_man(man6)}"
s2 = f"約{oku_man(dman)}"
s3 = f"約{oku_man(round((tot[2020] - tot[R6]) / 10) * 10000)}"
sent = (f"　全会計の収入未済額は、令和6年度末で{s1}となり、前年度末から{s2}減少した。"
        f"令和2年度末と比べると{s3}の縮減となっており、滞納繰越分の整理が進んだことが主な要因である。")
y = para(p, 50, y, sent, 495, 9.5)
g.f(PG, None, None, R6, "令和6年度", "total", "outstanding", "actual", man6, "yen", s1, approx=True)
g.f(PG, None, None, R6, "令和6年度", "total", "difference", "actual", -dman, "yen", s2, approx=True)
g.f(PG, None, None, R6, "令和6年度", "total", "difference_from_2020", "actual",
    -round((tot[2020] - tot[R6]) / 10) * 10000, "yen", s3, approx=True)

# district table with vertical label
y += 22
text(p, 40, y, "4　市税（現年度分）の地域別収納状況（令和6年度）", 11.5)
areas = [("白河地域", 0.724, 0.9911, 1702), ("表郷地域", 0.106, 0.9887, 251),
         ("大信地域", 0.079, 0.9879, 198), ("東地域", 0.091, None, 267)]
tv = S["tax"][R6]
acs, ccs = [], []
for i, (nm, sh, rr, dq) in enumerate(areas):
    if i < 3:
        a_ = round(tv["ac"] * sh)
        c_ = round(a_ * rr)
    else:
        a_ = tv["ac"] - sum(acs)
        c_ = tv["cc"] - sum(ccs)
    acs.append(a_)
    ccs.append(c_)
widths3 = [22, 80, 90, 90, 70, 80]
cells = [dict(r=0, c=0, rs=6, t="地域別", vert=True, fill=GRAY, fs=9),
         dict(r=0, c=1, t="地域", fill=GRAY), dict(r=0, c=2, t="調定額（千円）", fill=GRAY),
         dict(r=0, c=3, t="収入済額（千円）", fill=GRAY), dict(r=0, c=4, t="収納率（％）", fill=GRAY),
         dict(r=0, c=5, t="滞納者数（人）", fill=GRAY)]
assert sum(a[3] for a in areas) == DELQ["tax"] - 0 or True
for i, (nm, sh, rr, dq) in enumerate(areas):
    r_ = rate(ccs[i], acs[i])
    cells += [dict(r=1 + i, c=1, t=nm),
              dict(r=1 + i, c=2, al="r", t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "assessed", "actual", acs[i] * K, "yen", c(acs[i]), area=nm)),
              dict(r=1 + i, c=3, al="r", t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "collected", "actual", ccs[i] * K, "yen", c(ccs[i]), area=nm)),
              dict(r=1 + i, c=4, al="r", t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "collection_rate", "actual", r_, "percent", fr(r_), area=nm)),
              dict(r=1 + i, c=5, al="r", t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "delinquents", "actual", dq, "persons", c(dq), area=nm))]
DQ_CUR = sum(a[3] for a in areas)
cells += [dict(r=5, c=1, t="計", fill=LIGHT),
          dict(r=5, c=2, al="r", fill=LIGHT, t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "assessed", "actual", tv["ac"] * K, "yen", c(tv["ac"]))),
          dict(r=5, c=3, al="r", fill=LIGHT, t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "collected", "actual", tv["cc"] * K, "yen", c(tv["cc"]))),
          dict(r=5, c=4, al="r", fill=LIGHT, t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "collection_rate", "actual", tv["rc"], "percent", fr(tv["rc"]))),
          dict(r=5, c=5, al="r", fill=LIGHT, t=g.f(PG, "市税", "市税", R6, "令和6年度", "current", "delinquents", "actual", DQ_CUR, "persons", c(DQ_CUR)))]
yb = grid(p, 60, y + 12, widths3, [18] * 6, cells)
text(p, 62, yb + 12, "※ 地域は旧市村の区域による（表郷・大信・東の各庁舎で収納した分を含む）。滞納者数は現年度分に係る実人数。", 7.5)
foot(p, 3)

# ---------------------------------------------------------------- pages 4-7: 取組個票
SHEETS = [
    ("tax", "強制徴収公債権", 98.65, 2418, 412,
     "市税は納期内納付の定着により現年度分の収納率が上昇している。一方、滞納繰越分は高額・困難事案が残っており、",
     [("現年度分", [("納期限後20日以内の督促状発送と、督促後30日を目安とした電話催告を徹底する。", "継続"),
                   ("スマートフォン決済アプリによる納付に加え、地方税統一QRコードの利用案内を納付書に同封する。", "拡充")]),
      ("滞納繰越分", [("給与・預貯金の財産調査を早期に行い、納付資力のある滞納者には差押えを執行する。", "継続"),
                     ("福島県との個人住民税滞納整理合同事務を活用し、高額事案の処理を進める。", "新規"),
                     ("換価の見込みがない事案は、執行停止の判断を適切に行い、不納欠損処理を進める。", "継続")])]),
    ("kokuho", "強制徴収公債権", 93.05, 1652, 188,
     "国民健康保険税は被保険者の高齢化と減少により調定額が減少している。現年度分収納率は上昇傾向にあるが、",
     [("現年度分", [("資格取得時に口座振替の申込みを窓口で受け付け、口座振替率の向上を図る。", "継続"),
                   ("短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続")]),
      ("滞納繰越分", [("税務課と合同で財産調査を行い、預貯金・生命保険等の差押えを実施する。", "継続"),
                     ("納付折衝の記録を滞納整理システムに一元化し、担当者間で情報を共有する。", "新規")])]),
    ("kaigo", "強制徴収公債権", 99.12, 731, 0,
     "介護保険料は普通徴収分の未納が収入未済の大部分を占めている。給付制限の対象となる被保険者もおり、",
     [("現年度分", [("普通徴収の被保険者に対し、納付書送付時に口座振替依頼書を同封する。", "継続"),
                   ("特別徴収への切替え時期を確認し、切替えまでの期間の納付勧奨を行う。", "拡充")]),
      ("滞納繰越分", [("時効が近い債権は、給付制限の説明とあわせて納付を求める。", "継続")])]),
    ("jutaku", "私債権", 97.95, 88, 3,
     "市営住宅使用料は、長期滞納者の退去後の未収金が残っている。連帯保証人への請求が遅れた事案もあり、",
     [("現年度分", [("滞納2か月目で文書催告、3か月目で連帯保証人への通知を行う。", "継続"),
                   ("収入申告の際に減免制度を案内し、減免該当者の滞納発生を防ぐ。", "新規")]),
      ("滞納繰越分", [("6か月以上の滞納者には明渡し請求を前提とした最終催告を行う。", "継続"),
                     ("退去者の未収金について、支払督促の申立てを計画的に実施する。", "拡充")])]),
]
TGT = {"tax": (99.10, 27.00), "kokuho": (94.30, 22.50), "kaigo": (99.30, 29.00), "jutaku": (98.30, 17.50)}
PAST_TGT = {"tax": [98.90, 98.95, 99.00], "kokuho": [93.40, 93.70, 94.00], "kaigo": [99.20, 99.20, 99.25],
            "jutaku": [98.00, 98.10, 98.20]}
INTERIM = {"tax": (0.5231, 0.5187, 0.1322, 0.1216), "kokuho": (0.4386, 0.4312, 0.1105, 0.1041),
           "kaigo": (0.5418, 0.5402, 0.1507, 0.1488), "jutaku": (0.4871, 0.4839, 0.0822, 0.0795)}

for n, (k, kubun, r3rc, dq, seiz, issue, inits) in enumerate(SHEETS):
    d = DEBTS[k]
    s = S[k]
    PG = 4 + n
    p = newpage()
    text(p, 40, 50, "資料2　取組個票", 9)
    text(p, 520, 50, f"No.{n + 1}", 9)
    # strip
    strip = [dict(r=0, c=0, t="債権名", fill=GRAY, fs=9), dict(r=0, c=1, t=d[0], fs=10),
             dict(r=0, c=2, t="所管課", fill=GRAY, fs=9), dict(r=0, c=3, t=d[4], fs=9),
             dict(r=0, c=4, t="債権区分", fill=GRAY, fs=9), dict(r=0, c=5, t=kubun, fs=9)]
    grid(p, 40, 60, [60, 130, 55, 95, 60, 115], [24], strip, lw=0.8)
    # 1 推移
    text(p, 40, 104, "1　収納状況の推移", 10.5)
    text(p, 450, 104, "（単位：千円、％）", 8)
    yrs = [2021, 2022, 2023, 2024]
    widths = [115] + [76] * 5
    cells = [dict(r=0, c=0, rs=2, t="区分", fill=GRAY)]
    for j, y_ in enumerate(yrs):
        cells.append(dict(r=0, c=1 + j, t=reiwa(y_), fill=GRAY))
        cells.append(dict(r=1, c=1 + j, t="決算", fill=GRAY))
    cells.append(dict(r=0, c=5, t="令和7年度", fill=GRAY))
    cells.append(dict(r=1, c=5, t="目標", fill=GRAY))
    rowdefs = [("調定額※", "ta", "total", "assessed"), ("収入済額", "tc", "total", "collected"),
               ("不納欠損額", "wo", "total", "written_off"), ("収入未済額", "out", "total", "outstanding"),
               ("現年度分収納率", "rc", "current", "collection_rate"),
               ("滞納繰越分収納率", "ra", "arrears", "collection_rate"), ("収納率（計）", "rt", "total", "collection_rate")]
    tgt_out = round(s[R6]["out"] * 0.93 / 1000) * 1000
    for i, (lab, key, seg, met) in enumerate(rowdefs):
        cells.append(dict(r=2 + i, c=0, t=lab, al="l"))
        for j, y_ in enumerate(yrs):
            v = s[y_][key]
            if met == "collection_rate":
                raw = fr(v)
                tt = raw + ("※1" if (y_ == 2021 and key == "rc") else "")
                g.f(PG, d[2], d[0], y_, reiwa(y_), seg, met, "actual", v, "percent", raw)
            else:
                tt = g.f(PG, d[2], d[0], y_, reiwa(y_), seg, met, "actual", v * K, "yen", c(v))
            cells.append(dict(r=2 + i, c=1 + j, t=tt, al="r"))
        if key == "rc":
            tt = g.f(PG, d[2], d[0], 2025, "令和7年度", "current", met, "target", TGT[k][0], "percent", fr(TGT[k][0]))
        elif key == "ra":
            tt = g.f(PG, d[2], d[0], 2025, "令和7年度", "arrears", met, "target", TGT[k][1], "percent", fr(TGT[k][1]))
        elif key == "out":
            tt = g.f(PG, d[2], d[0], 2025, "令和7年度", "total", met, "target", tgt_out * K, "yen", c(tgt_out))
        else:
            tt = "－"
        cells.append(dict(r=2 + i, c=5, t=tt, al="r" if tt != "－" else "c"))
    yb = grid(p, 40, 110, widths, [15, 15] + [16] * 7, cells)
    text(p, 42, yb + 11, "※ 調定額は現年度分と滞納繰越分の合計額", 7.5)
    text(p, 42, yb + 22, "※1 令和3年度は新型コロナウイルス感染症に係る徴収猶予の特例の影響を含む。", 7.5)

    # 2 目標の達成状況 (years head rows)
    y = yb + 46
    text(p, 40, y, "2　現年度分収納率の目標達成状況", 10.5)
    text(p, 420, y, "（単位：％）", 8)
    cells = [dict(r=0, c=0, t="年度", fill=GRAY), dict(r=0, c=1, t="目標", fill=GRAY),
             dict(r=0, c=2, t="実績", fill=GRAY), dict(r=0, c=3, t="達成率", fill=GRAY)]
    for i, y_ in enumerate([2022, 2023, 2024]):
        tg = PAST_TGT[k][i]
        ac_ = s[y_]["rc"]
        ar_ = round(ac_ / tg * 100, 2)
        cells += [dict(r=1 + i, c=0, t=reiwa(y_)),
                  dict(r=1 + i, c=1, al="r", t=g.f(PG, d[2], d[0], y_, reiwa(y_), "current", "collection_rate", "target", tg, "percent", fr(tg))),
                  dict(r=1 + i, c=2, al="r", t=g.f(PG, d[2], d[0], y_, reiwa(y_), "current", "collection_rate", "actual", ac_, "percent", fr(ac_))),
                  dict(r=1 + i, c=3, al="r", t=g.f(PG, d[2], d[0], y_, reiwa(y_), "current", "achievement_rate", "actual", ar_, "percent", fr(ar_)))]
    yb = grid(p, 40, y + 6, [90, 90, 90, 90], [16] * 4, cells)

    # 3 9月末 (stacked cells, previous in brackets)
    y = yb + 24
    text(p, 40, y, "3　令和7年度の収納状況（9月末現在）", 10.5)
    text(p, 420, y, "（単位：千円、％）", 8)
    ic, ic_prev, ia, ia_prev = INTERIM[k]
    ac7 = round(s[R6]["ac"] * 1.006)
    cc7 = round(ac7 * ic)
    aa7 = s[R6]["out"]
    ca7 = round(aa7 * ia)
    rc7, ra7 = rate(cc7, ac7), rate(ca7, aa7)
    rc6p, ra6p = round(ic_prev * 100, 2), round(ia_prev * 100, 2)
    AS7, AS6 = "2025-09-30", "2024-09-30"
    cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="調定額", fill=GRAY),
             dict(r=0, c=2, t="収入済額（上段）\n収納率（下段）（前年同期）", fill=GRAY, fs=7.5)]
    for i, (lab, seg, a_, c_, r_, rp) in enumerate([("現年度分", "current", ac7, cc7, rc7, rc6p),
                                                    ("滞納繰越分", "arrears", aa7, ca7, ra7, ra6p)]):
        g.f(PG, d[2], d[0], 2025, "令和7年度", seg, "assessed", "interim", a_ * K, "yen", c(a_), as_of=AS7)
        g.f(PG, d[2], d[0], 2025, "令和7年度", seg, "collected", "interim", c_ * K, "yen", c(c_), as_of=AS7)
        g.f(PG, d[2], d[0], 2025, "令和7年度", seg, "collection_rate", "interim", r_, "percent", fr(r_), as_of=AS7)
        g.f(PG, d[2], d[0], 2024, "前年同期", seg, "collection_rate", "interim", rp, "percent", fr(rp), as_of=AS6)
        cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=c(a_), al="r"),
                  dict(r=1 + i, c=2, t=f"{c(c_)}\n{fr(r_)}（{fr(rp)}）", al="r")]
    yb = grid(p, 40, y + 6, [90, 110, 160], [26, 28, 28], cells)

    # 4 現状と課題 (figures in a paragraph in a cell) beside plain figures
    y = yb + 24
    text(p, 40, y, "4　現状と課題", 10.5)
    o6, o5 = s[R6]["out"], s[2023]["out"]
    dd = o5 - o6
    ptxt = (f"{issue}令和6年度末の収入未済額は{c(o6)}千円で、前年度より{c(abs(dd))}千円" + ("減少" if dd > 0 else "増加")
            + f"した。滞納繰越分の収納率は{fr(s[R6]['ra'])}％であり、早期着手による新規滞納の抑制が課題である。")
    g.f(PG, d[2], d[0], R6, "令和6年度", "total", "outstanding", "actual", o6 * K, "yen", f"{c(o6)}千円")
    g.f(PG, d[2], d[0], R6, "令和6年度", "total", "difference", "actual", -dd * K, "yen", f"{c(abs(dd))}千円")
    g.f(PG, d[2], d[0], R6, "令和6年度", "arrears", "collection_rate", "actual", s[R6]["ra"], "percent", f"{fr(s[R6]['ra'])}％")
    lines = wrap(ptxt, 340 - 5, 8.5)
    hh = max(60, len(lines) * 8.5 * 1.3 + 8)
    cells = [dict(r=0, c=0, rs=2, t="現状と課題", fill=GRAY, fs=8.5),
             dict(r=0, c=1, rs=2, t=ptxt, al="l", wrap=True, fs=8.5, top=True),
             dict(r=0, c=2, t="滞納者数（人）", fill=GRAY, fs=7.5), dict(r=0, c=3, t="差押件数（件）", fill=GRAY, fs=7.5),
             dict(r=1, c=2, t=g.f(PG, d[2], d[0], R6, "令和6年度", "total", "delinquents", "actual", dq, "persons", c(dq)), al="r"),
             dict(r=1, c=3, t=g.f(PG, d[2], d[0], R6, "令和6年度", "total", "seizures", "actual", seiz, "cases", c(seiz)), al="r")]
    yb = grid(p, 40, y + 6, [60, 340, 58, 58], [18, hh - 18], cells)

    # 5 取組
    y = yb + 24
    text(p, 40, y, "5　令和7年度の取組", 10.5)
    cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="取組内容", fill=GRAY)]
    hs = [16]
    marks = "①②③④"
    for i, (seglab, its) in enumerate(inits):
        body = []
        for m, (tx, st) in enumerate(its):
            body.append(f"{marks[m]}{tx}【{st}】")
            g.i(PG, d[2], 2025, "令和7年度の取組", f"{seglab}{marks[m]}", tx, st, debt_raw=d[0])
        full = "\n".join(body)
        nl = sum(len(wrap(b, 436 - 5, 8.5)) for b in body)
        hs.append(nl * 8.5 * 1.3 + 8)
        cells += [dict(r=1 + i, c=0, t=seglab, fill=LIGHT), dict(r=1 + i, c=1, t=full, al="l", wrap=True, fs=8.5, top=True)]
    grid(p, 40, y + 6, [80, 436], hs, cells)
    foot(p, PG)

doc.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(exist_ok=True)
doc.save(out, garbage=4, deflate=True)
g.write(out)
