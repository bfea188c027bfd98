"""令和５年度第２回西尾市債権管理推進本部会議 資料 (committee_material) -- PyMuPDF drawing.

Run from corpus/dev51:  python3 build/md_nishio_committee.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from md_common import PDF_DIR, Gold, c, rate, r2  # noqa: E402
from md_fitzkit import Page  # noqa: E402

STEM = "md_nishio_committee_1"
TITLE = "令和５年度第２回西尾市債権管理推進本部会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", "西尾市", TITLE, "2024-03-21", "令和６年３月２１日（木）")
rnd = random.Random(5123)

NOW, PREV = "2024-02-29", "2023-02-28"     # 令和６年２月末 (leap year) / 前年同月
FY, FYP = 2023, 2022
HEAD = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)


def sgn(x: float) -> str:
    return ("▲" + r2(-x)) if x < 0 else r2(x)


# ----------------------------------------------------------------------------- data
# 表１ 現年度分 (円): name printed, canonical, assessed now, rate now, assessed prev, rate prev
CUR = [
    ("市税", "市税", 25_412_345_678, 89.47, 24_987_650_112, 89.12),
    ("国民健康保険税", "国民健康保険料", 3_876_540_210, 81.36, 3_954_321_876, 80.95),
    ("介護保険料", "介護保険料", 4_356_789_120, 90.12, 4_298_765_430, 89.98),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1_654_321_980, 92.85, 1_598_765_320, 92.60),
    ("保育料", "保育料", 281_234_560, 90.34, 292_345_670, 90.51),
    ("市営住宅使用料", "市営住宅使用料", 421_876_500, 88.65, 418_765_400, 88.90),
    ("下水道使用料", "下水道使用料", 2_951_234_567, 88.12, 2_912_345_678, 87.95),
    ("農業集落排水施設使用料", "農業集落排水施設使用料", 185_432_100, 87.66, 188_765_400, 87.70),
    ("水道料金", "水道料金", 3_812_345_678, 88.40, 3_798_765_432, 88.31),
    ("学校給食費", "学校給食費", 721_345_600, 93.12, 715_432_100, 92.98),
    ("放課後児童クラブ利用料", "放課後児童クラブ利用料", 98_123_400, 94.05, 95_432_100, 93.40),
    ("生活保護費返還金", "生活保護費返還金", 45_123_456, 58.31, 41_234_567, 61.02),
    ("児童扶養手当返還金", "児童扶養手当返還金", 6_543_210, 41.20, 5_987_654, 38.75),
    ("下水道事業受益者負担金", "下水道事業受益者負担金", 52_345_678, 90.85, 53_456_789, 91.10),
]


def coll_for(a: int, r: float) -> int:
    """a collected amount whose rate rounds to r."""
    v = int(round(a * r / 100))
    while rate(v, a) != r:
        v += 1 if rate(v, a) < r else -1
    return v


CURD = {}
for name, canon, a, r, ap, rp in CUR:
    CURD[name] = (canon, a, coll_for(a, r), ap, coll_for(ap, rp))

# multi-year for the four 個票 debts (千円): per fy: current assessed, current rate, arrears rate, written off
MY = {
    "市税": dict(base=1_020_000, years={
        2019: (23_412_000, 99.02, 24.50, 60_000), 2020: (23_105_000, 98.87, 22.10, 45_000),
        2021: (24_210_000, 99.10, 26.80, 70_000), 2022: (24_950_000, 99.21, 29.40, 65_000)},
        arr_now=(23.18, 21.95), wo_now=41_230),
    "国民健康保険税": dict(base=980_000, years={
        2019: (4_210_000, 93.80, 18.20, 55_000), 2020: (4_105_000, 94.10, 19.00, 60_000),
        2021: (4_020_000, 94.50, 20.30, 48_000), 2022: (3_960_000, 94.80, 21.10, 52_000)},
        arr_now=(17.42, 16.88), wo_now=38_760),
    "介護保険料": dict(base=95_000, years={
        2019: (4_080_000, 99.05, 15.20, 18_000), 2020: (4_150_000, 99.10, 16.00, 17_000),
        2021: (4_230_000, 99.18, 17.10, 16_500), 2022: (4_300_000, 99.22, 17.90, 15_800)},
        arr_now=(14.36, 14.02), wo_now=12_340),
    "市営住宅使用料": dict(base=48_000, years={
        2019: (432_000, 96.50, 9.80, 2_500), 2020: (428_000, 96.80, 10.50, 3_100),
        2021: (425_000, 97.10, 11.20, 2_800), 2022: (419_000, 97.40, 12.00, 2_600)},
        arr_now=(9.12, 9.55), wo_now=1_980),
}
for name, d in MY.items():
    prev_out = d["base"]
    rows = {}
    for fy in (2019, 2020, 2021, 2022):
        ca, cr, ar, wo = d["years"][fy]
        cc = coll_for(ca, cr)
        aa = prev_out
        ac = coll_for(aa, ar)
        out = ca + aa - cc - ac - wo
        rows[fy] = dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), wo=wo, out=out)
        prev_out = out
    # 令和５年度２月末 (interim): current from 表１ (円), arrears = R4 outstanding
    canon, a_y, c_y, _, _ = CURD[name]
    aa = prev_out
    arn, arp = d["arr_now"]
    ac = coll_for(aa, arn)
    wo = d["wo_now"]
    rows[2023] = dict(ca=round(a_y / 1000), cc=round(c_y / 1000), cr=rate(c_y, a_y), aa=aa, ac=ac,
                      ar=rate(ac, aa), wo=wo, out=round((a_y + aa * 1000 - c_y - ac * 1000 - wo * 1000) / 1000))
    d["rows"] = rows
    # 前年同期 arrears (千円): R3 outstanding as assessed
    aap = d["rows"][2021]["out"]
    d["arr_prev"] = (aap, coll_for(aap, arp))

# 表２ 滞納繰越分 (千円) for eight debts; the 個票 debts come from MY
ARR = []
for name in ("市税", "国民健康保険税", "介護保険料", "市営住宅使用料"):
    r = MY[name]["rows"][2023]
    ap, cp = MY[name]["arr_prev"]
    ARR.append((name, CURD[name][0], r["aa"], r["ac"], ap, cp))
for name, canon, aa, arn, ap, arp in (("後期高齢者医療保険料", "後期高齢者医療保険料", 12_345, 28.45, 13_012, 27.90),
                                       ("保育料", "保育料", 21_456, 12.34, 23_010, 13.05),
                                       ("下水道使用料", "下水道使用料", 98_765, 31.20, 101_234, 30.15),
                                       ("生活保護費返還金", "生活保護費返還金", 187_654, 3.12, 176_543, 3.40)):
    ARR.append((name, canon, aa, coll_for(aa, arn), ap, coll_for(ap, arp)))

doc = fitz.open()
L, R = 48.0, 547.0      # text margins


def footer(p: Page, n: int):
    p.text(p.w / 2, p.h - 22, f"- {n} -", 9, "M", align="c")


# ============================================================================ page 1: 次第 + panels
g.page = 1
p = Page(doc)
p.text(p.w / 2, 70, "令和５年度第２回西尾市債権管理推進本部会議", 15, "G", align="c")
p.text(p.w / 2, 96, "次　　第", 15, "G", align="c")
p.text(R, 122, "日時　令和６年３月２１日（木）午後１時３０分～", 10, "M", align="r")
p.text(R, 138, "場所　西尾市役所　本庁舎４階　第１会議室", 10, "M", align="r")
y = 170
for s, ind in (("１　開　会", 0), ("２　本部長あいさつ", 0), ("３　報告事項", 0),
               ("（１）主要債権の収納状況（令和６年２月末現在）について　……　資料１", 14),
               ("（２）主要債権の取組個票について　……　資料２", 14), ("４　協議事項", 0),
               ("（１）令和６年度債権管理の取組方針（案）について", 14), ("５　閉　会", 0)):
    p.text(L + 20 + ind, y, s, 11, "M")
    y += 24

# key-figure panels
y = 395
p.text(L, y, "【主要指標】", 11, "G")
y += 10
pw, gap = 158.0, 12.5
x = L
t_tax = CURD["市税"]
r_now, r_prev = rate(t_tax[2], t_tax[1]), rate(t_tax[4], t_tax[3])
out4 = sum(MY[n]["rows"][2022]["out"] for n in MY)
oku = round(out4 * 1000 / 100_000_000, 1)
hh_now, hh_prev = 1_118, 1_182
panels = [
    ("市税 現年度分収納率", "令和６年２月末",
     g.f(r2(r_now) + "％", r_now, "percent", "collection_rate", "interim", FY, "令和６年２月末", "current", "市税", "市税", as_of=NOW),
     "前年同月比 ＋" + g.f(r2(round(r_now - r_prev, 2)) + "ポイント", round(r_now - r_prev, 2), "points", "difference", "interim", FY, "令和６年２月末", "current", "市税", "市税", as_of=NOW)),
    ("個票４債権の収入未済額", "令和４年度決算",
     g.f(f"{oku}億円", int(oku * 100_000_000), "yen", "outstanding", "actual", FYP, "令和４年度", "total", None, "個票４債権"),
     "市税・国保税・介護・住宅"),
    ("国保税 滞納世帯数", "令和６年２月末",
     g.f(c(hh_now) + "世帯", hh_now, "households", "delinquents", "interim", FY, "令和６年２月末", "total", "国民健康保険料", "国保税", as_of=NOW),
     "前年同月比 " + g.f("▲" + str(hh_prev - hh_now) + "世帯", hh_now - hh_prev, "households", "difference", "interim", FY, "令和６年２月末", "total", "国民健康保険料", "国保税", as_of=NOW)),
]
for lab, when, big, sub in panels:
    p.rect(x, y, x + pw, y + 112, fill=LIGHT, width=0.9)
    p.rect(x, y, x + pw, y + 22, fill=(0.30, 0.30, 0.30), width=0.9)
    p.text(x + pw / 2, y + 15, lab, 10, "G", align="c", color=(1, 1, 1))
    p.text(x + pw / 2, y + 38, when, 9, "M", align="c")
    p.text(x + pw / 2, y + 72, big, 22, "G", align="c")
    p.text(x + pw / 2, y + 98, sub, 8.6, "M", align="c")
    x += pw + gap
y += 135
# 【収納率】 heading with bullets labelled by segment (市税)
a_arr = next(a for a in ARR if a[0] == "市税")
r_arr = rate(a_arr[3], a_arr[2])
tot_a = t_tax[1] + a_arr[2] * 1000
tot_c = t_tax[2] + a_arr[3] * 1000
r_tot = rate(tot_c, tot_a)
p.text(L, y, "市税の状況", 11, "G")
y += 20
p.text(L + 10, y, "【収納率】令和６年２月末時点", 10.5, "G")
y += 18
for seg, lab, v in (("current", "現年分", r_now), ("arrears", "滞繰分", r_arr), ("total", "合　計", r_tot)):
    p.text(L + 24, y, f"・{lab}　" + g.f(r2(v) + "％", v, "percent", "collection_rate", "interim", FY, "令和６年２月末", seg, "市税", "市税", as_of=NOW), 10.5, "M")
    y += 17
y += 6
p.para(L + 10, y, R - L - 10, "※ 合計は、現年分と滞繰分を合わせた調定額に対する収入済額の割合です。前年同月の合計収納率は"
       + g.f(r2(rate(t_tax[4] + MY["市税"]["arr_prev"][1] * 1000, t_tax[3] + MY["市税"]["arr_prev"][0] * 1000)) + "％",
             rate(t_tax[4] + MY["市税"]["arr_prev"][1] * 1000, t_tax[3] + MY["市税"]["arr_prev"][0] * 1000),
             "percent", "collection_rate", "interim", FYP, "前年同月", "total", "市税", "市税", as_of=PREV)
       + "でした。", 9, "M", hang=12)
footer(p, 1)

# ============================================================================ pages 2-3: 資料１
W1 = [104, 71, 71, 36, 71, 71, 36, 46]
X1 = L - 12
RH1 = 27


def t1_header(p: Page, y: float) -> float:
    cells = [(0, 0, "債権名", dict(rs=2, fill=HEAD, font="G")),
             (0, 1, "前年同期", dict(cs=3, fill=HEAD, font="G")),
             (0, 4, "今期", dict(cs=3, fill=HEAD, font="G")),
             (0, 7, "差\n（ポイント）", dict(rs=2, fill=HEAD, font="G", size=7.0)),
             (1, 1, "調定額（円）", dict(fill=HEAD, size=7.6)), (1, 2, "収入済額（円）", dict(fill=HEAD, size=7.6)),
             (1, 3, "収納率\n（％）", dict(fill=HEAD, size=7.2)),
             (1, 4, "調定額（円）", dict(fill=HEAD, size=7.6)), (1, 5, "収入済額（円）", dict(fill=HEAD, size=7.6)),
             (1, 6, "収納率\n（％）", dict(fill=HEAD, size=7.2))]
    return p.grid(X1, y, W1, [16, 22], cells)


def t1_row(p: Page, y: float, label, canon, a, cc, ap, cp, fill=None, raw_label=None) -> float:
    dr = raw_label or label
    rn, rp = rate(cc, a), rate(cp, ap)
    vals = [g.f(c(ap), ap, "yen", "assessed", "interim", FYP, "前年同期", "current", canon, dr, as_of=PREV),
            g.f(c(cp), cp, "yen", "collected", "interim", FYP, "前年同期", "current", canon, dr, as_of=PREV),
            g.f(r2(rp), rp, "percent", "collection_rate", "interim", FYP, "前年同期", "current", canon, dr, as_of=PREV),
            g.f(c(a), a, "yen", "assessed", "interim", FY, "今期", "current", canon, dr, as_of=NOW),
            g.f(c(cc), cc, "yen", "collected", "interim", FY, "今期", "current", canon, dr, as_of=NOW),
            g.f(r2(rn), rn, "percent", "collection_rate", "interim", FY, "今期", "current", canon, dr, as_of=NOW),
            g.f(sgn(round(rn - rp, 2)), round(rn - rp, 2), "points", "difference", "interim", FY, "今期", "current", canon, dr, as_of=NOW)]
    cells = [(0, 0, label, dict(align="l", size=7.8 if len(label) > 9 else 8.5, fill=fill))]
    cells += [(0, i + 1, v, dict(align="r", fill=fill, size=7.9)) for i, v in enumerate(vals)]
    return p.grid(X1, y, W1, [RH1], cells)


g.page = 2
p = Page(doc)
p.text(R, 50, "資料１", 11, "G", align="r")
p.rect(R - 40, 38, R + 4, 55, width=0.8)
p.text(L, 80, "主要債権の収納状況（令和６年２月末現在）", 14, "G")
p.para(L, 92, R - L, "　主要14債権の現年度分及び滞納繰越分の収納状況は、表１及び表２のとおりです。今期は令和６年２月末、前年同期は令和５年２月末の数値です（いずれも出納整理期間前の途中集計）。", 9.8, "M")
ta = sum(CURD[n][1] for n, *_ in CUR)
tc = sum(CURD[n][2] for n, *_ in CUR)
tap = sum(CURD[n][3] for n, *_ in CUR)
tcp = sum(CURD[n][4] for n, *_ in CUR)
rt, rtp = rate(tc, ta), rate(tcp, tap)
_, a_s, c_s, ap_s, cp_s = CURD["生活保護費返還金"]
rs_, rsp = rate(c_s, a_s), rate(cp_s, ap_s)
p.text(L, 140, "１　概況", 10.5, "G")
p.para(L, 146, R - L, "　現年度分の収納率は、主要14債権の合計で"
       + g.f(r2(rt) + "％", rt, "percent", "collection_rate", "interim", FY, None, "current", None, None, as_of=NOW)
       + "となり、前年同期と比べて"
       + g.f(r2(round(rt - rtp, 2)) + "ポイント", round(rt - rtp, 2), "points", "difference", "interim", FY, None, "current", None, None, as_of=NOW)
       + "上昇した。債権別では、市税が" + g.f(r2(r_now) + "％", r_now, "percent", "collection_rate", "interim", FY, None, "current", "市税", "市税", as_of=NOW)
       + "（前年同期比" + g.f(r2(round(r_now - r_prev, 2)) + "ポイント", round(r_now - r_prev, 2), "points", "difference", "interim", FY, None, "current", "市税", "市税", as_of=NOW)
       + "上昇）と堅調に推移している。一方、生活保護費返還金は"
       + g.f(r2(rs_) + "％", rs_, "percent", "collection_rate", "interim", FY, None, "current", "生活保護費返還金", "生活保護費返還金", as_of=NOW)
       + "（同" + g.f(r2(round(rsp - rs_, 2)) + "ポイント", round(rs_ - rsp, 2), "points", "difference", "interim", FY, None, "current", "生活保護費返還金", "生活保護費返還金", as_of=NOW)
       + "低下）となっており、返還決定時の分割納付の設定と初回納付の確認を徹底する必要がある。", 9.8, "M")
p.text(L, 230, "２　債権別の収納状況", 10.5, "G")
p.text(L, 254, "表１　現年度分の収納状況", 10.5, "G")
y = t1_header(p, 262)
sums = [0, 0, 0, 0]
for i, (name, canon, a, r, ap, rp) in enumerate(CUR[:13]):
    _, a_, cc, ap_, cp = CURD[name]
    y = t1_row(p, y, name, canon, a_, cc, ap_, cp, fill=LIGHT if i % 2 else None)
p.text(R, y + 14, "（次ページへ続く）", 8.5, "M", align="r")
footer(p, 2)

g.page = 3
p = Page(doc)
p.text(L, 52, "表１　現年度分の収納状況（続き）", 10.5, "G")
y = t1_header(p, 60)
for i, (name, canon, a, r, ap, rp) in enumerate(CUR[13:]):
    _, a_, cc, ap_, cp = CURD[name]
    y = t1_row(p, y, name, canon, a_, cc, ap_, cp, fill=LIGHT if (i + 13) % 2 else None)
y = t1_row(p, y, "合　計", None, ta, tc, tap, tcp, fill=HEAD, raw_label="合計")
p.text(L, y + 12, "※ 差は今期の収納率から前年同期の収納率を差し引いたもの。▲は低下を示す。", 8.2, "M")

# 表２ 滞納繰越分 (千円): rate first, stacked 前年同期 cell
y += 34
p.text(L, y, "表２　滞納繰越分の収納状況", 10.5, "G")
W2 = [118, 48, 78, 78, 96, 48]
X2 = L - 8
hdr = [(0, 0, "債権名", dict(rs=2, fill=HEAD, font="G")),
       (0, 1, "今期", dict(cs=3, fill=HEAD, font="G")),
       (0, 4, "前年同期", dict(fill=HEAD, font="G")),
       (0, 5, "差\n（ポイント）", dict(rs=2, fill=HEAD, font="G", size=7.6)),
       (1, 1, "収納率（％）", dict(fill=HEAD, size=7.4)), (1, 2, "調定額（千円）", dict(fill=HEAD, size=7.6)),
       (1, 3, "収入済額（千円）", dict(fill=HEAD, size=7.6)),
       (1, 4, "上段：収入済額（千円）\n下段：収納率（％）", dict(fill=HEAD, size=7.2))]
y = p.grid(X2, y + 8, W2, [16, 24], hdr)
s_ = [0, 0, 0, 0]


def t2_row(y, name, canon, aa, ac, ap, cp, fill=None, draw=None):
    dr = draw or name
    rn, rp = rate(ac, aa), rate(cp, ap)
    v_rn = g.f(r2(rn), rn, "percent", "collection_rate", "interim", FY, "今期", "arrears", canon, dr, as_of=NOW)
    v_aa = g.f(c(aa), aa * 1000, "yen", "assessed", "interim", FY, "今期", "arrears", canon, dr, as_of=NOW)
    v_ac = g.f(c(ac), ac * 1000, "yen", "collected", "interim", FY, "今期", "arrears", canon, dr, as_of=NOW)
    v_cp = g.f(c(cp), cp * 1000, "yen", "collected", "interim", FYP, "前年同期", "arrears", canon, dr, as_of=PREV)
    v_rp = g.f(r2(rp), rp, "percent", "collection_rate", "interim", FYP, "前年同期", "arrears", canon, dr, as_of=PREV)
    v_d = g.f(sgn(round(rn - rp, 2)), round(rn - rp, 2), "points", "difference", "interim", FY, "今期", "arrears", canon, dr, as_of=NOW)
    cells = [(0, 0, name, dict(align="l", size=7.8 if len(name) > 9 else 8.5, fill=fill)),
             (0, 1, v_rn, dict(align="r", fill=fill)), (0, 2, v_aa, dict(align="r", fill=fill)),
             (0, 3, v_ac, dict(align="r", fill=fill)), (0, 4, v_cp + "\n" + v_rp, dict(align="r", fill=fill)),
             (0, 5, v_d, dict(align="r", fill=fill))]
    return p.grid(X2, y, W2, [26], cells)


for i, (name, canon, aa, ac, ap, cp) in enumerate(ARR):
    y = t2_row(y, name, canon, aa, ac, ap, cp)
    for k, v in enumerate((aa, ac, ap, cp)):
        s_[k] += v
y = t2_row(y, "合　計", None, *s_, fill=HEAD, draw="合計")
p.text(L, y + 12, "※ 表２の合計は、表に掲げた８債権の合計です。", 8.2, "M")
r2n, r2p = rate(s_[1], s_[0]), rate(s_[3], s_[2])
y = p.para(L, y + 30, R - L, "　滞納繰越分の収納率は、８債権の合計で"
           + g.f(r2(r2n) + "％", r2n, "percent", "collection_rate", "interim", FY, None, "arrears", None, None, as_of=NOW)
           + "となり、前年同期の"
           + g.f(r2(r2p) + "％", r2p, "percent", "collection_rate", "interim", FYP, "前年同期", "arrears", None, None, as_of=PREV)
           + "を上回った。生活保護費返還金は調定額が大きい一方で収納率が低く、全体の収納率を押し下げる要因となっている。", 9.6, "M")
footer(p, 3)

# ============================================================================ page 4: 月別 + chart + long format
g.page = 4
p = Page(doc)
p.text(L, 52, "表３　市税（現年度分）の月別収納率の推移（本年度・前年度）　単位：％", 10.5, "G")
p.text(L, 67, "※ 本年度は令和５年度、前年度は令和４年度。各月末時点の累計収納率（収入済額累計÷年間調定額）。", 8.2, "M")
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ends_now = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
            "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"]
ends_prev = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
             "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
mon_now = [12.48, 22.81, 31.42, 41.18, 48.95, 55.63, 63.10, 69.84, 78.52, 84.21, r_now]
mon_prev = [12.31, 22.64, 31.05, 40.87, 48.70, 55.41, 62.88, 69.65, 78.20, 83.96, r_prev, 96.85]
Wm = [44] + [37.5] * 12
cells = [(0, 0, "区分", dict(fill=HEAD, font="G"))] + [(0, i + 1, m, dict(fill=HEAD, size=7.8)) for i, m in enumerate(months)]
cells.append((1, 0, "本年度", dict(fill=LIGHT)))
for i, v in enumerate(mon_now):
    cells.append((1, i + 1, g.f(r2(v), v, "percent", "collection_rate", "interim", FY, "本年度", "current", "市税", "市税", as_of=ends_now[i]), dict(align="r", size=8)))
cells.append((1, 12, "－", dict(size=8)))
cells.append((2, 0, "前年度", dict(fill=LIGHT)))
for i, v in enumerate(mon_prev):
    cells.append((2, i + 1, g.f(r2(v), v, "percent", "collection_rate", "interim", FYP, "前年度", "current", "市税", "市税", as_of=ends_prev[i]), dict(align="r", size=8)))
cells.append((3, 0, "差", dict(fill=LIGHT)))
for i, v in enumerate(mon_now):
    d = round(v - mon_prev[i], 2)
    cells.append((3, i + 1, g.f(sgn(d), d, "points", "difference", "interim", FY, "本年度", "current", "市税", "市税", as_of=ends_now[i]), dict(align="r", size=8)))
cells.append((3, 12, "－", dict(size=8)))
y = p.grid(L - 8, 76, Wm, [18, 18, 18, 18], cells)

# line chart
y += 16
p.text(p.w / 2, y + 4, "図１　市税（現年度分）累計収納率の推移（単位：％）", 10, "G", align="c")
cx0, cy0, cw, ch = L + 30, y + 16, R - L - 50, 170
p.rect(cx0, cy0, cx0 + cw, cy0 + ch, width=0.5)
for t in (0, 20, 40, 60, 80, 100):
    yy = cy0 + ch - ch * t / 100
    p.line(cx0, yy, cx0 + cw, yy, width=0.3, color=(0.7, 0.7, 0.7))
    p.text(cx0 - 4, yy + 3, str(t), 7.5, "M", align="r")
step = cw / 12


def pt(i, v):
    return cx0 + step * (i + 0.5), cy0 + ch - ch * v / 100


for i, m in enumerate(months):
    p.text(cx0 + step * (i + 0.5), cy0 + ch + 11, m, 7.2, "M", align="c")
for series, col, dash in ((mon_prev, (0.55, 0.55, 0.55), "[3 2] 0"), (mon_now, (0, 0, 0), None)):
    for i in range(len(series) - 1):
        p.line(*pt(i, series[i]), *pt(i + 1, series[i + 1]), width=1.2, color=col, dashes=dash)
    for i, v in enumerate(series):
        x_, y_ = pt(i, v)
        p.pg.draw_circle((x_, y_), 2.0, color=col, fill=col)
for i, v in enumerate(mon_now):
    x_, y_ = pt(i, v)
    lab = g.f(r2(v), v, "percent", "collection_rate", "interim", FY, "本年度", "current", "市税", "市税", as_of=ends_now[i])
    p.text(x_, y_ - 6, lab, 7, "G", align="c")
lx = cx0 + 12
p.line(lx, cy0 + 12, lx + 22, cy0 + 12, width=1.2)
p.text(lx + 26, cy0 + 15, "本年度（数値は本年度）", 7.5, "M")
p.line(lx, cy0 + 26, lx + 22, cy0 + 26, width=1.2, color=(0.55, 0.55, 0.55), dashes="[3 2] 0")
p.text(lx + 26, cy0 + 29, "前年度", 7.5, "M")
y = cy0 + ch + 34

# long-format table
p.text(L, y, "（参考）個票４債権の収入未済額・不納欠損額の推移（決算）", 10.5, "G")
p.text(R, y, "（単位：千円）", 8.5, "M", align="r")
SHORT = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護料", "市営住宅使用料": "住宅使用料"}
Wl = [130, 100, 135, 135]
cells = [(0, 0, "債権名", dict(fill=HEAD, font="G")), (0, 1, "年度", dict(fill=HEAD, font="G")),
         (0, 2, "収入未済額", dict(fill=HEAD, font="G")), (0, 3, "不納欠損額", dict(fill=HEAD, font="G"))]
r_ = 1
for name in MY:
    for fy in (2020, 2021, 2022):
        row = MY[name]["rows"][fy]
        canon = CURD[name][0]
        sh = SHORT[name]
        fyr = f"{fy}年度"
        cells += [(r_, 0, sh, dict(align="l")), (r_, 1, fyr, dict()),
                  (r_, 2, g.f(c(row["out"]), row["out"] * 1000, "yen", "outstanding", "actual", fy, fyr, "total", canon, sh), dict(align="r")),
                  (r_, 3, g.f(c(row["wo"]), row["wo"] * 1000, "yen", "written_off", "actual", fy, fyr, "total", canon, sh), dict(align="r"))]
        r_ += 1
y = p.grid(L, y + 6, Wl, [17] + [14.5] * (r_ - 1), cells, size=8.2)
p.text(L, y + 11, "※ 国保税＝国民健康保険税、介護料＝介護保険料、住宅使用料＝市営住宅使用料", 8, "M")
footer(p, 4)

# ============================================================================ pages 5-8: 取組個票
KOBETSU = [
    ("市税", "納税課", "強制徴収公債権", "strip"),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", "combined"),
    ("介護保険料", "長寿課", "強制徴収公債権", "strip"),
    ("市営住宅使用料", "建築課", "非強制徴収公債権", "strip"),
]
GOALS = {  # fy2023 target / estimate, fy2024 target: (cur, arr, outstanding 千円)
    "市税": ((99.25, 30.00, 700_000), (99.28, 31.20, 690_000), (99.30, 31.00, 660_000)),
    "国民健康保険税": ((95.00, 21.50, 870_000), (94.90, 22.10, 862_000), (95.10, 22.50, 830_000)),
    "介護保険料": ((99.25, 18.50, 100_000), (99.27, 18.20, 101_500), (99.30, 19.00, 97_000)),
    "市営住宅使用料": ((97.60, 12.50, 60_000), (97.45, 12.80, 61_200), (97.70, 13.00, 57_000)),
}
YLAB = {2019: "令和元年度", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5（2月末）"}
SEC_I = "４ 令和５年度の取組状況"

ITEMS = {
    "市税": [("(1)", "滞納整理事務スケジュールに基づき、督促状発送後の催告と財産調査を毎月実施する。", "継続", "催告 6,812件"),
            ("(2)", "SMS催告を現年度分の未納者に拡大し、納期限後の早期納付を促す。", "拡充", "SMS送信 4,105件"),
            ("(3)", "預貯金照会の電子化（pipitLINQ）を活用し、差押えまでの期間を短縮する。", "新規", "差押 412件（前年同期 388件）"),
            ("(4)", "高額・困難事案は愛知県地方税滞納整理機構への移管を進める。", "継続", "移管 24件")],
    "国民健康保険税": [("①", "資格確認書の交付時に納付相談を行い、分納誓約の履行を確認する。", "継続"),
                 ("②", "国保資格取得の届出時に口座振替の手続を窓口で案内する。", "継続"),
                 ("③", "納税課と合同で財産調査を行い、担税力のある滞納者は差押えを実施する。", "拡充"),
                 ("④", "執行停止後３年を経過する事案の納付資力を再確認する。", "新規")],
    "介護保険料": [("・", "普通徴収の新規被保険者に、納付方法の案内と口座振替依頼書を送付する。", "継続"),
               ("・", "２年の時効を迎える前に、未納者へ給付制限の説明を含む催告を行う。", "継続"),
               ("・", "地域包括支援センター及びケアマネジャーと連携し、生活状況を把握する。", "新規")],
    "市営住宅使用料": [("①", "滞納３か月で連帯保証人に納付指導の協力を依頼する。", "継続"),
                 ("②", "６か月以上の長期滞納者には明渡請求訴訟の提起を検討する。", "継続"),
                 ("③", "退去滞納者の分割納付について、支払督促により債務名義を取得する。", "拡充")],
}

def _iss_tax(d, canon, name):
    from md_common import oku_man
    t, v = oku_man(d[2022]["out"] * 1000)
    return ("　令和４年度末の収入未済額は" + g.f("約" + t, v, "yen", "outstanding", "actual", FYP, "令和４年度", "total", canon, name, approx=True)
            + "で、滞納繰越分の収納率の向上により２年連続で減少した。一方、現年度分は個人市民税（普通徴収）の納期内納付率が伸び悩んでおり、"
            "納期限後の早期催告を徹底する。令和６年度は、給与照会の電子化を進め、差押えまでの期間を短縮する。")


def _iss_kk(d, canon, name):
    return ("　現年度分は資格取得直後の未納が多く、初期の納付勧奨が課題である。令和６年度は、マイナ保険証への移行に伴う"
            "資格確認書の交付事務と連携し、未納者との接触機会を確保する。滞納繰越分は、納税課との合同調査の対象を拡大する。")


def _iss_kg(d, canon, name):
    return ("　普通徴収の被保険者は年金額が少ない方が多く、分割納付の期間が長期化している。時効完成前の納付勧奨と、"
            "給付制限の丁寧な説明を引き続き行う。")


def _iss_jt(d, canon, name):
    return ("　長期滞納者の多くが退去済みであり、所在調査に時間を要している。令和６年度は、弁護士への回収委託の試行を検討する。")


ISSUES = {"市税": _iss_tax, "国民健康保険税": _iss_kk, "介護保険料": _iss_kg, "市営住宅使用料": _iss_jt}

for k, (name, dept, kubun, style) in enumerate(KOBETSU):
    g.page = 5 + k
    p = Page(doc)
    canon = CURD[name][0]
    d = MY[name]["rows"]
    p.text(R, 44, f"資料２　取組個票（{k + 1}／４）", 9.5, "G", align="r")
    p.text(L, 66, "主要債権の取組個票", 13, "G")
    # label/value strip
    if style == "strip":
        cells = [(0, 0, "債権名", dict(fill=HEAD, font="G")), (0, 1, name, dict(align="l", font="G", size=10)),
                 (0, 2, "所管課", dict(fill=HEAD, font="G")), (0, 3, dept, dict(align="l")),
                 (0, 4, "債権区分", dict(fill=HEAD, font="G")), (0, 5, kubun, dict(align="l"))]
        y = p.grid(L, 76, [52, 120, 52, 92, 56, 127], [22], cells, size=9)
    else:
        cells = [(0, 0, f"債権名　{name}", dict(fill=HEAD, font="G", align="l", size=10)),
                 (0, 1, f"所管課　{dept}", dict(align="l")), (0, 2, f"債権区分　{kubun}", dict(align="l"))]
        y = p.grid(L, 76, [200, 120, 179], [22], cells, size=9)
    # 1 収納状況の推移: merged row labels
    y += 18
    p.text(L, y, "１　収納状況の推移", 10.5, "G")
    p.text(R, y, "（単位：千円、％）", 8.5, "M", align="r")
    years = [2019, 2020, 2021, 2022, 2023]
    Wt = [58, 66] + [75] * 5
    cells = [(0, 0, "区分", dict(cs=2, fill=HEAD, font="G"))]
    cells += [(0, 2 + i, YLAB[fy], dict(fill=HEAD, font="G", size=8.4)) for i, fy in enumerate(years)]
    rows_def = [("現年度分", "調定額", "ca", "assessed", "current"), (None, "収入済額", "cc", "collected", "current"),
                (None, "収納率", "cr", "collection_rate", "current"),
                ("滞納繰越分", "調定額", "aa", "assessed", "arrears"), (None, "収入済額", "ac", "collected", "arrears"),
                (None, "収納率", "ar", "collection_rate", "arrears"),
                ("計", "不納欠損額", "wo", "written_off", "total"), (None, "収入未済額", "out", "outstanding", "total")]
    for ri, (grp, lab, key, metric, seg) in enumerate(rows_def, start=1):
        if grp:
            cells.append((ri, 0, grp, dict(rs=3 if grp != "計" else 2, fill=LIGHT, font="G", size=8.4)))
        cells.append((ri, 1, lab, dict(fill=LIGHT, size=8.4)))
        for i, fy in enumerate(years):
            v = d[fy][key]
            basis = "interim" if fy == 2023 else "actual"
            as_of = NOW if fy == 2023 else None
            if metric == "collection_rate":
                s = g.f(r2(v), v, "percent", metric, basis, fy, YLAB[fy], seg, canon, name, as_of=as_of)
            else:
                s = g.f(c(v), v * 1000, "yen", metric, basis, fy, YLAB[fy], seg, canon, name, as_of=as_of)
            cells.append((ri, 2 + i, s, dict(align="r", size=8.4)))
    y = p.grid(L, y + 6, Wt, [18] + [16] * 8, cells)
    p.text(L, y + 11, "※ R5（2月末）は令和６年２月29日現在の途中集計。令和元年度～R4は決算額。", 8, "M")
    # 2 令和５年度の目標と見込 (targets and estimates side by side, 達成率)
    y += 30
    p.text(L, y, "２　令和５年度の目標と見込", 10.5, "G")
    tg, es, nx = GOALS[name]
    cells = [(0, 0, "区分", dict(fill=HEAD, font="G")), (0, 1, "目標", dict(fill=HEAD, font="G")),
             (0, 2, "見込", dict(fill=HEAD, font="G")), (0, 3, "達成率", dict(fill=HEAD, font="G"))]
    for ri, (lab, seg, metric, i_) in enumerate((("現年度分収納率（％）", "current", "collection_rate", 0),
                                                  ("滞納繰越分収納率（％）", "arrears", "collection_rate", 1),
                                                  ("収入未済額（千円）", "total", "outstanding", 2)), start=1):
        if metric == "collection_rate":
            st = g.f(r2(tg[i_]), tg[i_], "percent", metric, "target", FY, "令和５年度", seg, canon, name)
            se = g.f(r2(es[i_]), es[i_], "percent", metric, "estimate", FY, "令和５年度", seg, canon, name)
            ach = f"{es[i_] / tg[i_] * 100:.1f}％"
        else:
            st = g.f(c(tg[i_]), tg[i_] * 1000, "yen", metric, "target", FY, "令和５年度", seg, canon, name)
            se = g.f(c(es[i_]), es[i_] * 1000, "yen", metric, "estimate", FY, "令和５年度", seg, canon, name)
            ach = "－"
        cells += [(ri, 0, lab, dict(align="l", fill=LIGHT)), (ri, 1, st, dict(align="r")),
                  (ri, 2, se, dict(align="r")), (ri, 3, ach, dict(align="r"))]
    y2 = p.grid(L, y + 6, [118, 66, 66, 50], [17] * 4, cells)
    # 3 令和６年度の目標 (previous target in brackets)
    p.text(L + 312, y, "３　令和６年度の目標", 10.5, "G")
    cells = [(0, 0, "区分", dict(fill=HEAD, font="G")), (0, 1, "目標（前年度目標）", dict(fill=HEAD, font="G"))]
    for ri, (lab, seg, metric, i_) in enumerate((("現年度分（％）", "current", "collection_rate", 0),
                                                  ("滞納繰越分（％）", "arrears", "collection_rate", 1),
                                                  ("未済額（千円）", "total", "outstanding", 2)), start=1):
        if metric == "collection_rate":
            s = (g.f(r2(nx[i_]), nx[i_], "percent", metric, "target", 2024, "令和６年度", seg, canon, name) + "（"
                 + g.f(r2(tg[i_]), tg[i_], "percent", metric, "target", FY, "前年度目標", seg, canon, name) + "）")
        else:
            s = (g.f(c(nx[i_]), nx[i_] * 1000, "yen", metric, "target", 2024, "令和６年度", seg, canon, name) + "（"
                 + g.f(c(tg[i_]), tg[i_] * 1000, "yen", metric, "target", FY, "前年度目標", seg, canon, name) + "）")
        cells += [(ri, 0, lab, dict(align="l", fill=LIGHT, size=8)), (ri, 1, s, dict(align="r", size=8))]
    p.grid(L + 312, y + 6, [70, 117], [17] * 4, cells)
    y = y2 + 22
    # 4 取組状況
    p.text(L, y, SEC_I.replace(" ", "　"), 10.5, "G")
    y += 8
    items = ITEMS[name]
    if name == "市税":      # table with 取組 / 実績 columns
        cells = [(0, 0, "取組内容", dict(fill=HEAD, font="G", cs=2)), (0, 2, "実績（令和６年２月末）", dict(fill=HEAD, font="G"))]
        for ri, (lab, txt, st, res) in enumerate(items, start=1):
            g.init(canon, FY, SEC_I, lab, txt, st, debt_raw=name)
            cells += [(ri, 0, lab, dict(size=8.6)), (ri, 1, f"{txt}【{st}】", dict(align="l", size=8.6)),
                      (ri, 2, res, dict(align="l", size=8.6))]
        y = p.grid(L, y, [26, 333, 140], [17] + [30] * len(items), cells)
    elif name == "国民健康保険税":   # boxed list, no 取組 header inside the box
        box_y = y
        yy = y + 8
        for lab, txt, st in items:
            g.init(canon, FY, SEC_I, lab, txt, st, debt_raw=name)
            yy = p.para(L + 10, yy, R - L - 20, f"{lab}{txt}【{st}】", 9.2, "M", hang=10)
        p.rect(L, box_y, R, yy + 6, width=0.9)
        y = yy + 10
        hh = g.f(c(hh_now) + "世帯", hh_now, "households", "delinquents", "interim", FY, "令和６年２月末", "total", canon, name, as_of=NOW)
        hp = g.f(c(hh_prev) + "世帯", hh_prev, "households", "delinquents", "interim", FYP, "前年同月", "total", canon, name, as_of=PREV)
        y = p.para(L, y + 4, R - L, f"　滞納世帯数は令和６年２月末で{hh}となり、前年同月の{hp}から減少した。差押件数は156件（前年同期 171件）。", 9.2, "M")
    elif name == "介護保険料":      # plain title + bullet list, tags after 。
        yy = y + 2
        for lab, txt, st in items:
            g.init(canon, FY, SEC_I, lab, txt, st, debt_raw=name)
            yy = p.para(L + 8, yy, R - L - 16, f"{lab}{txt}【{st}】", 9.2, "M", hang=9.2)
        y = yy
        # bar chart of 収入未済額 R1..R4 with data labels
        y += 14
        p.text(L, y, "図　収入未済額の推移（決算、単位：千円）", 9.5, "G")
        bx, by, bh = L + 40, y + 14, 80
        mx = max(d[fy]["out"] for fy in (2019, 2020, 2021, 2022)) * 1.25
        for i, fy in enumerate((2019, 2020, 2021, 2022)):
            v = d[fy]["out"]
            hgt = bh * v / mx
            x0 = bx + i * 95
            p.rect(x0, by + bh - hgt, x0 + 50, by + bh, fill=(0.55, 0.55, 0.55), width=0.5)
            p.text(x0 + 25, by + bh - hgt - 4, g.f(c(v), v * 1000, "yen", "outstanding", "actual", fy, YLAB[fy], "total", canon, name), 8, "G", align="c")
            p.text(x0 + 25, by + bh + 11, YLAB[fy], 8, "M", align="c")
        p.line(bx - 10, by + bh, bx + 390, by + bh, width=0.6)
        y = by + bh + 20
    else:   # 住宅: numbered, tag alone on the next line; 【参考】 box
        yy = y + 2
        for lab, txt, st in items:
            g.init(canon, FY, SEC_I, lab, txt, st, debt_raw=name)
            yy = p.para(L + 8, yy, R - L - 16, f"{lab}{txt}", 9.2, "M", hang=9.2)
            p.text(R - 8, yy + 8, f"【{st}】", 9.2, "M", align="r")
            yy += 14
        y = yy + 8
        ppl = 46
        o_now = d[2023]["out"]
        p.rect(L, y, L + 300, y + 58, width=0.9)
        p.text(L + 8, y + 15, "【参考】令和６年２月末現在", 9.2, "G")
        p.text(L + 14, y + 31, "・滞納者数：" + g.f(f"{ppl}人", ppl, "persons", "delinquents", "interim", FY, "令和６年２月末", "total", canon, name, as_of=NOW), 9.2, "M")
        p.text(L + 14, y + 47, "・収入未済額：" + g.f(c(o_now) + "千円", o_now * 1000, "yen", "outstanding", "interim", FY, "令和６年２月末", "total", canon, name, as_of=NOW), 9.2, "M")
        y += 66
    y += 16
    p.text(L, y, "５　課題と今後の対応", 10.5, "G")
    y = p.para(L, y + 6, R - L, ISSUES[name](d, canon, name), 9.4, "M")
    footer(p, 5 + k)

# ----------------------------------------------------------------------------- save
doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
out = g.write(pdf)
print(pdf, out, len(g.facts), "facts", len(g.initiatives), "initiatives")
