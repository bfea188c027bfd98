"""関市 令和7年度第1回債権管理推進委員会 資料（主要債権の状況・取組個票） — PyMuPDF drawing directly.

Run from corpus/frozen45:  python3 build/qg_seki_committee_1.py
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf  # noqa: E402

from qg_common import PDF_DIR, Gold, c, check, rate, tri, trif, zd  # noqa: E402
from qg_pdfdraw import Pg, grid, tlen, wrap  # noqa: E402

STEM = "qg_seki_committee_1"
CITY = "関市"
TITLE = "令和7年度第1回関市債権管理推進委員会資料"
g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-24", "令和7年7月24日")
F = g.fact


def m1(thousand: int) -> str:
    v = (Decimal(thousand) / Decimal(1000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{v:,.1f}"


def m1v(thousand: int) -> int:
    v = (Decimal(thousand) / Decimal(1000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return int(v * 1000000)


# ---------------------------------------------------------------- data (千円)
YEARS = [2021, 2022, 2023, 2024]
# chains for the four sheets: start = outstanding at the end of 令和2年度 (= arrears assessed of 令和3年度)
CHAIN_IN = {
    "市税": (392140, {2021: (11684220, 11571930, 86420, 24330), 2022: (11812650, 11714380, 88150, 21760),
                     2023: (11935470, 11842560, 87940, 19410), 2024: (12046310, 11958870, 86240, 18620)}),
    "国民健康保険税": (612480, {2021: (1968420, 1850310, 108930, 41280), 2022: (1921560, 1811270, 112340, 38910),
                         2023: (1884310, 1781650, 109870, 36420), 2024: (1842560, 1749120, 104260, 35840)}),
    "介護保険料": (38720, {2021: (1598240, 1585110, 6840, 5120), 2022: (1617830, 1605170, 6510, 4860),
                      2023: (1634650, 1622540, 6420, 4650), 2024: (1652980, 1641230, 6120, 4380)}),
    "市営住宅使用料": (34860, {2021: (151230, 145410, 3950, 1820), 2022: (148560, 143120, 4120, 1640),
                         2023: (145120, 140240, 3980, 1510), 2024: (142380, 137920, 3870, 1340)}),
}
CH = {}  # debt -> fy -> dict
for debt, (start, yrs) in CHAIN_IN.items():
    prev_out = start
    CH[debt] = {}
    for fy in YEARS:
        ca, cc, ac, wo = yrs[fy]
        aa = prev_out
        d = {"ca": ca, "cc": cc, "aa": aa, "ac": ac, "wo": wo}
        d["co"] = ca - cc
        d["ao"] = aa - ac - wo
        d["out"] = d["co"] + d["ao"]
        d["ta"], d["tc"] = ca + aa, cc + ac
        d["cr"], d["ar"], d["tr"] = rate(cc, ca), rate(ac, aa), rate(cc + ac, ca + aa)
        CH[debt][fy] = d
        prev_out = d["out"]

# 令和6年度決算 for all debts: group, debt, printed, 所管課, 根拠法令, 区分, (ca, cc, aa, ac, wo)
OTHER = {
    "後期高齢者医療保険料": (842150, 840010, 4120, 1530, 260),
    "保育料": (121340, 120650, 6210, 1380, 520),
    "下水道使用料": (1486220, 1478940, 22640, 7830, 1910),
    "生活保護費返還金": (18420, 9840, 46380, 3120, 2240),
    "児童扶養手当返還金": (2860, 1470, 8940, 760, 0),
    "水道料金": (1652470, 1643180, 18930, 8120, 1120),
    "奨学金貸付金": (9120, 8410, 12640, 1280, 0),
}
DEBTS = [
    ("強制徴収公債権", "市税", "市税", "税務課", "地方税法", "強"),
    ("強制徴収公債権", "国民健康保険税", "国民健康保険税", "税務課・保険年金課", "地方税法", "強"),
    ("強制徴収公債権", "介護保険料", "介護保険料", "高齢福祉課", "介護保険法", "強"),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "高齢者の医療の確保に関する法律", "強"),
    ("強制徴収公債権", "保育料", "保育料", "幼児教育課", "児童福祉法", "強"),
    ("強制徴収公債権", "下水道使用料", "下水道使用料", "下水道課", "地方自治法・下水道条例", "強"),
    ("非強制徴収公債権", "生活保護費返還金", "生活保護費返還金", "社会福祉課", "生活保護法第63条", "非"),
    ("非強制徴収公債権", "児童扶養手当返還金", "児童扶養手当返還金", "子ども家庭課", "児童扶養手当法", "非"),
    ("私債権", "市営住宅使用料", "市営住宅使用料", "都市住宅課", "公営住宅法・民法", "私"),
    ("私債権", "水道料金", "水道料金", "水道課", "民法（給水契約）", "私"),
    ("私債権", "奨学金貸付金", "奨学金貸付金", "学校教育課", "民法（金銭消費貸借）", "私"),
]


def r6(debt):
    if debt in CH:
        d = CH[debt][2024]
        return d["ca"], d["cc"], d["aa"], d["ac"], d["wo"]
    return OTHER[debt]


def seg_vals(ca, cc, aa, ac, wo):
    return {"ca": ca, "cc": cc, "cr": rate(cc, ca), "aa": aa, "ac": ac, "awo": wo, "ar": rate(ac, aa),
            "ta": ca + aa, "tc": cc + ac, "two": wo, "tout": ca + aa - cc - ac - wo, "tr": rate(cc + ac, ca + aa)}


doc = pymupdf.open()

# ================================================================= page 1: cover + 目次
P = 1
pg = Pg(doc)
pg.text(297.5, 150, "令和７年度　第１回", 16, "G", align="c")
pg.text(297.5, 180, "関市債権管理推進委員会　資料", 22, "G", align="c")
pg.rect((110, 140, 485, 215), color=(0, 0, 0), width=1.2)
pg.text(297.5, 250, "令和７年７月２４日（木）　午後２時から", 12, "M", align="c")
pg.text(297.5, 272, "関市役所　４階　大会議室", 12, "M", align="c")
pg.text(297.5, 330, "目　　次", 14, "G", align="c")
TOC = [("資料１", "主要債権の状況（令和６年度決算）", "2"),
       ("資料２", "収入未済額の推移", "3"),
       ("資料３", "取組個票", "4～7"),
       ("参考資料", "債権一覧（根拠法令・区分・収入未済額）", "8")]
y = 365
for a, b, pno in TOC:
    pg.text(110, y, a, 11, "G")
    pg.text(175, y, b, 11, "M")
    x_end = 175 + tlen(b, 11, "M") + 6
    dots = "・" * int((455 - x_end) / 11)
    pg.text(x_end, y, dots, 11, "M")
    pg.text(485, y, pno, 11, "M", align="r")
    if a == "資料３":
        y += 17
        pg.text(185, y, "（市税、国民健康保険税、介護保険料、市営住宅使用料）", 9.5, "M")
    y += 28
pg.text(297.5, 720, "関市　総務部　債権管理課", 13, "G", align="c")

# ================================================================= page 2: 資料1 (landscape, zebra, vertical group labels)
P = 2
pg = Pg(doc, landscape=True)
pg.text(38, 26, "資料１　主要債権の状況（令和６年度決算）", 14, "G")
pg.text(804, 34, "（単位：千円、％）", 9, "M", align="r")
colw = [18, 88, 62, 62, 62, 32, 54, 50, 46, 32, 64, 64, 46, 54, 32]
head = [
    dict(r=0, c=0, rs=2, cs=2, t="区分・債権名"), dict(r=0, c=2, t="所管課", rs=2),
    dict(r=0, c=3, cs=3, t="現年度分"), dict(r=0, c=6, cs=4, t="滞納繰越分"), dict(r=0, c=10, cs=5, t="計"),
]
sub = ["調定額", "収入済額", "収納率", "調定額", "収入済額", "不納欠損額", "収納率",
       "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
for k, s in enumerate(sub):
    head.append(dict(r=1, c=3 + k, t=s, size=7.2))
cells = list(head)
rows_h = [15, 17]
r = 2
groups = {}
tot = {"強制徴収公債権": [0] * 5, "非強制徴収公債権": [0] * 5, "私債権": [0] * 5}
all_ = [0] * 5
SUBLAB = {"強制徴収公債権": "強制公債権計", "非強制徴収公債権": "非強制公債権計", "私債権": "私債権計"}
fy_raw = "令和６年度決算"


def row_cells(r, label, vals, debt, debt_raw, bold=False, cs_label=1, c_label=1):
    f = "G" if bold else "M"
    out = [dict(r=r, c=c_label, cs=cs_label, t=label, al="l", font=f)]
    seq = [c(vals["ca"]), c(vals["cc"]), f"{vals['cr']:.2f}", c(vals["aa"]), c(vals["ac"]), c(vals["awo"]),
           f"{vals['ar']:.2f}", c(vals["ta"]), c(vals["tc"]), c(vals["two"]), c(vals["tout"]), f"{vals['tr']:.2f}"]
    for k, s in enumerate(seq):
        out.append(dict(r=r, c=3 + k, t=s, al="r", font=f))
    for seg, key_a, key_c, key_r in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        F(P, debt, debt_raw, 2024, fy_raw, seg, "assessed", "actual", vals[key_a] * 1000, "yen", c(vals[key_a]))
        F(P, debt, debt_raw, 2024, fy_raw, seg, "collected", "actual", vals[key_c] * 1000, "yen", c(vals[key_c]))
        F(P, debt, debt_raw, 2024, fy_raw, seg, "collection_rate", "actual", vals[key_r], "percent", f"{vals[key_r]:.2f}")
    F(P, debt, debt_raw, 2024, fy_raw, "arrears", "written_off", "actual", vals["awo"] * 1000, "yen", c(vals["awo"]))
    F(P, debt, debt_raw, 2024, fy_raw, "total", "written_off", "actual", vals["two"] * 1000, "yen", c(vals["two"]))
    F(P, debt, debt_raw, 2024, fy_raw, "total", "outstanding", "actual", vals["tout"] * 1000, "yen", c(vals["tout"]))
    return out


cur_group = None
gstart = None
for grp, debt, raw, ka, law, cls in DEBTS:
    if grp != cur_group:
        if cur_group is not None:
            # subtotal row of the previous group
            cells.append(dict(r=gstart, c=0, rs=r - gstart, t=cur_group.replace("非強制徴収", "非強制"), vert=True,
                              size=6.4 if r - gstart < 3 else 7.4, font="G"))
            v = seg_vals(*tot[cur_group])
            cells += row_cells(r, SUBLAB[cur_group], v, None, SUBLAB[cur_group], bold=True, cs_label=3, c_label=0)
            rows_h.append(17)
            r += 1
        cur_group = grp
        gstart = r
    vals5 = r6(debt)
    for k in range(5):
        tot[grp][k] += vals5[k]
        all_[k] += vals5[k]
    v = seg_vals(*vals5)
    cells += row_cells(r, raw, v, debt, raw)
    cells.append(dict(r=r, c=2, t=ka, size=6.6, al="l"))
    rows_h.append(23 if grp == "非強制徴収公債権" else 17)
    r += 1
cells.append(dict(r=gstart, c=0, rs=r - gstart, t=cur_group, vert=True, size=7.4, font="G"))
v = seg_vals(*tot[cur_group])
cells += row_cells(r, SUBLAB[cur_group], v, None, SUBLAB[cur_group], bold=True, cs_label=3, c_label=0)
rows_h.append(17)
r += 1
V_ALL = seg_vals(*all_)
cells += row_cells(r, "総計", V_ALL, None, "総計", bold=True, cs_label=3, c_label=0)
rows_h.append(18)
grid(pg, 38, 44, colw, rows_h, cells, style="zebra", head_rows=2)
ybot = 44 + sum(rows_h) + 8
pg.text(38, ybot, "注１　収納率＝収入済額÷調定額×100。収入未済額＝調定額－収入済額－不納欠損額。", 8.5)
pg.text(38, ybot + 13, "注２　国民健康保険税の所管は、現年度分が保険年金課、滞納繰越分が税務課である。", 8.5)
pg.text(38, ybot + 26, "注３　強制公債権計・非強制公債権計・私債権計は区分ごとの小計、総計は全債権の合計。", 8.5)

# ================================================================= page 3: 資料2 (chart, table of both orientations, 参考)
P = 3
pg = Pg(doc)
pg.text(40, 36, "資料２　収入未済額の推移", 14, "G")
# city-wide totals for 令和2-5 (千円): assessed, collected, written off; 令和6 from 資料1
CITY_Y = {2020: (19652310, 18371460, 98420), 2021: (19788450, 18567260, 93150),
          2022: (19921730, 18763700, 86470), 2023: (20064280, 18949180, 80930),
          2024: (V_ALL["ta"], V_ALL["tc"], V_ALL["two"])}
outs = {fy: a - cc - wo for fy, (a, cc, wo) in CITY_Y.items()}
# bar chart
pg.text(40, 62, "（１）全債権の収入未済額（単位：百万円）", 10.5, "G")
cx0, cy0, cx1, cy1 = 70, 85, 540, 245
pg.line(cx0, cy1, cx1, cy1, 0.8)
pg.line(cx0, cy0, cx0, cy1, 0.8)
vmax = 1400.0
for k in range(0, 8):
    yv = cy1 - (cy1 - cy0) * (k * 200) / vmax
    pg.line(cx0 - 3, yv, cx0, yv, 0.5)
    pg.text(cx0 - 5, yv - 4, f"{k * 200:,}", 7, "M", align="r")
    if k:
        pg.line(cx0, yv, cx1, yv, 0.3, color=(0.8, 0.8, 0.8))
bw = 46
for i, fy in enumerate(sorted(outs)):
    xm = cx0 + 45 + i * 92
    val = outs[fy] / 1000
    top = cy1 - (cy1 - cy0) * val / vmax
    pg.rect((xm - bw / 2, top, xm + bw / 2, cy1), fill=(0.38, 0.55, 0.78), color=None)
    lab = m1(outs[fy])
    pg.text(xm, top - 12, lab, 8.5, "G", align="c")
    pg.text(xm, cy1 + 4, f"{fy}年度", 8, "M", align="c")
    F(P, None, None, fy, f"{fy}年度", "total", "outstanding", "actual", m1v(outs[fy]), "yen", lab)

# table A: metrics in the row header, years across
pg.text(40, 270, "（２）全債権の決算の推移（単位：百万円、％）", 10.5, "G")
colw = [78] + [62] * 5
cells = [dict(r=0, c=0, t="区分")] + [dict(r=0, c=1 + i, t=f"R{fy - 2018}") for i, fy in enumerate(sorted(CITY_Y))]
for j, (lab, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                                   ("収入未済額", "outstanding"), ("収納率", "collection_rate"))):
    cells.append(dict(r=1 + j, c=0, t=lab, font="G", al="l"))
    for i, fy in enumerate(sorted(CITY_Y)):
        a, cc, wo = CITY_Y[fy]
        if metric == "collection_rate":
            val = rate(cc, a)
            s = f"{val:.2f}"
            F(P, None, None, fy, f"R{fy - 2018}", "total", metric, "actual", val, "percent", s)
        else:
            x = {"assessed": a, "collected": cc, "written_off": wo, "outstanding": a - cc - wo}[metric]
            s = m1(x)
            F(P, None, None, fy, f"R{fy - 2018}", "total", metric, "actual", m1v(x), "yen", s)
        cells.append(dict(r=1 + j, c=1 + i, t=s, al="r"))
grid(pg, 40, 290, colw, [16] * 6, cells, style="grid", head_rows=1)

# table B: years in the row header (市税の収納率)
pg.text(40, 400, "（３）市税の収納率の推移（単位：％）", 10.5, "G")
colw = [92, 70, 70, 70]
cells = [dict(r=0, c=0, t="年度"), dict(r=0, c=1, t="現年度分"), dict(r=0, c=2, t="滞納繰越分"), dict(r=0, c=3, t="計")]
for i, fy in enumerate(YEARS):
    d = CH["市税"][fy]
    fr = f"令和{zd(fy - 2018)}年度"
    cells.append(dict(r=1 + i, c=0, t=fr, al="l"))
    for k, (seg, key) in enumerate((("current", "cr"), ("arrears", "ar"), ("total", "tr"))):
        cells.append(dict(r=1 + i, c=1 + k, t=f"{d[key]:.2f}", al="r"))
        F(P, "市税", "市税", fy, fr, seg, "collection_rate", "actual", d[key], "percent", f"{d[key]:.2f}")
grid(pg, 40, 420, colw, [16] * 5, cells, style="hrules", head_rows=1)

# table C: debts across (one debt per column), abbreviated names with a legend
pg.text(40, 520, "（４）主要４債権の収納率（令和６年度決算、単位：％）", 10.5, "G")
SHORT = [("市税", "市税"), ("国民健康保険税", "国保税"), ("介護保険料", "介護料"), ("市営住宅使用料", "住宅使用料")]
colw = [80] + [70] * 4
cells = [dict(r=0, c=0, t="区分")] + [dict(r=0, c=1 + i, t=s) for i, (_, s) in enumerate(SHORT)]
for j, (lab, seg, key) in enumerate((("現年度分", "current", "cr"), ("滞納繰越分", "arrears", "ar"), ("計", "total", "tr"))):
    cells.append(dict(r=1 + j, c=0, t=lab, font="G", al="l"))
    for i, (debt, s) in enumerate(SHORT):
        val = CH[debt][2024][key]
        cells.append(dict(r=1 + j, c=1 + i, t=f"{val:.2f}", al="r"))
        F(P, debt, s, 2024, "令和６年度決算", seg, "collection_rate", "actual", val, "percent", f"{val:.2f}")
grid(pg, 40, 540, colw, [16] * 4, cells, style="grid", head_rows=1)
pg.text(40, 608, "※ 国保税：国民健康保険税、介護料：介護保険料、住宅使用料：市営住宅使用料", 8)

# 【参考】 box
d_out = outs[2024] - outs[2023]
pg.rect((40, 630, 555, 720), color=(0, 0, 0), width=0.9)
pg.text(50, 638, "【参考】", 10.5, "G")
lines = [f"・令和６年度末の収入未済額（全債権）：{c(outs[2024])}千円",
         f"・前年度比：{tri(d_out)}千円",
         f"・令和６年度の不納欠損額（全債権）：{c(CITY_Y[2024][2])}千円",
         f"・市税の収入未済額：{c(CH['市税'][2024]['out'])}千円（うち滞納繰越分 {c(CH['市税'][2024]['ao'])}千円）"]
for k, s in enumerate(lines):
    pg.text(58, 656 + k * 15, s, 9.5)
F(P, None, None, 2024, "令和６年度末", "total", "outstanding", "actual", outs[2024] * 1000, "yen", f"{c(outs[2024])}千円")
F(P, None, None, 2024, "令和６年度末", "total", "difference", "actual", d_out * 1000, "yen", f"{tri(d_out)}千円")
F(P, None, None, 2024, "令和６年度", "total", "written_off", "actual", CITY_Y[2024][2] * 1000, "yen", f"{c(CITY_Y[2024][2])}千円")
F(P, "市税", "市税", 2024, "令和６年度末", "total", "outstanding", "actual", CH["市税"][2024]["out"] * 1000, "yen",
  f"{c(CH['市税'][2024]['out'])}千円")
F(P, "市税", "市税", 2024, "令和６年度末", "arrears", "outstanding", "actual", CH["市税"][2024]["ao"] * 1000, "yen",
  f"{c(CH['市税'][2024]['ao'])}千円")
pg.text(40, 728, "出典：各年度決算（債権管理課調べ）", 8)

# ================================================================= pages 4-7: 取組個票
SHEETS = [
    dict(debt="市税", raw="市税", ka="税務課", cls="強制徴収公債権", strip="strip",
         tgt=(99.35, 28.50, 300000), delinq=(2184, "persons"), seizures=412,
         issue=("現年度分は口座振替とスマートフォン決済の普及により高い水準を保っているが、滞納繰越分には"
                "納税資力の乏しい高額案件が残っている。"),
         res=[("1", "納期限後30日以内の督促状発送と、督促後10日目の電話催告", "◎", "実施済"),
              ("2", "給与・預貯金の一斉照会（年３回）と早期差押え", "◎", "差押え412件"),
              ("3", "岐阜県地方税滞納整理機構への高額案件の引継ぎ", "○", "引継ぎ６件"),
              ("4", "捜索・タイヤロックの実施", "△", "未実施（R7へ）")],
         plan=[("①", "現年度分の新規滞納者に対し、督促状発送後の電話催告を納期ごとに実施する。", "継続"),
               ("②", "財産調査を電子照会により迅速化し、預貯金・給与の差押えを早期に行う。", "拡充"),
               ("③", "滞納額100万円以上の案件は係長以上が進行管理を行い、分割納付の不履行には直ちに処分を行う。", "継続"),
               ("④", "捜索を年２回実施し、差し押さえた動産はインターネット公売により換価する。", "新規")],
         achieve=True),
    dict(debt="国民健康保険税", raw="国民健康保険税", ka="税務課・保険年金課", cls="強制徴収公債権", strip="joined",
         tgt=(95.20, 22.00, 540000), delinq=(1312, "households"), seizures=168,
         issue=("被保険者数の減少と高齢化により調定額は減少傾向にある。滞納世帯の多くが低所得層であり、"
                "納付相談による分割納付が中心となっている。"),
         res=[("1", "短期被保険者証の更新時における納付相談の徹底", "◎", "相談842件"),
              ("2", "資格喪失世帯への納付勧奨文書の送付", "○", "送付1,120通"),
              ("3", "口座振替の原則化に向けた加入勧奨", "△", "加入率61.2％")],
         plan=[("(1)", "資格取得の届出時に口座振替の申込みを受け付け、口座振替を原則とする。", "拡充"),
               ("(2)", "納付相談の記録を税務課と保険年金課で共有し、不履行時の対応を統一する。", "継続"),
               ("(3)", "所得の申告がない世帯に申告を勧奨し、軽減判定の漏れを防ぐ。", None)],
         achieve=False),
    dict(debt="介護保険料", raw="介護保険料", ka="高齢福祉課", cls="強制徴収公債権", strip="strip",
         tgt=(99.35, 20.00, 28000), delinq=(486, "persons"), seizures=12,
         issue=("特別徴収の対象とならない普通徴収の被保険者に滞納が集中している。滞納による給付制限の周知が"
                "十分でない。"),
         res=[("1", "普通徴収者への口座振替勧奨", "○", "新規加入214件"),
              ("2", "給付制限の事前通知と個別面談", "○", "面談37件"),
              ("3", "時効完成前の催告", "◎", "実施済")],
         plan=[("ア", "６５歳到達時の案内に口座振替依頼書を同封し、加入を勧める。", "継続"),
               ("イ", "滞納期間が１年を超える被保険者に給付制限の予告通知を送付し、介護支援専門員と連携して納付を働きかける。", "拡充"),
               ("ウ", "預貯金調査を税務課と合同で行い、資力のある滞納者には差押えを行う。", "新規")],
         achieve=True),
    dict(debt="市営住宅使用料", raw="市営住宅使用料", ka="都市住宅課", cls="私債権", strip="joined",
         tgt=(97.20, 15.00, 24000), delinq=(58, "persons"), seizures=0,
         issue=("退去者の滞納が収入未済額の多くを占め、所在不明の者もいる。入居中の滞納者は"
                "少額の長期滞納が多い。"),
         res=[("1", "３か月以上滞納者への明渡し予告と面談", "○", "面談19件"),
              ("2", "退去者の連帯保証人への請求", "○", "請求23件"),
              ("3", "支払督促の申立て", "△", "申立て２件")],
         plan=[("①", "入居者の滞納が２か月に達した時点で、連帯保証人にも通知する。", "継続"),
               ("②", "退去者のうち所在の判明している者に支払督促を申し立て、強制執行まで進める。", "拡充"),
               ("③", "回収の見込みのない債権は、債権管理条例に基づく放棄を検討する。", "新規")],
         achieve=False),
]

for si, sh in enumerate(SHEETS):
    P = 4 + si
    pg = Pg(doc)
    debt, raw = sh["debt"], sh["raw"]
    ch = CH[debt]
    pg.text(40, 30, f"資料３　取組個票　{si + 1}", 11, "G")
    pg.text(555, 30, "関市債権管理推進委員会", 9, "M", align="r")
    y = 50
    if sh["strip"] == "strip":
        colw = [52, 120, 52, 100, 60, 131]
        cells = [dict(r=0, c=0, t="債権名", font="G", fill=(0.85, 0.88, 0.93)), dict(r=0, c=1, t=raw, size=10),
                 dict(r=0, c=2, t="所管課", font="G", fill=(0.85, 0.88, 0.93)), dict(r=0, c=3, t=sh["ka"], size=9),
                 dict(r=0, c=4, t="債権区分", font="G", fill=(0.85, 0.88, 0.93)), dict(r=0, c=5, t=sh["cls"], size=9)]
    else:
        colw = [255, 260]
        cells = [dict(r=0, c=0, t=f"債権名　{raw}", size=10, al="l", font="G"),
                 dict(r=0, c=1, t=f"所管課　{sh['ka']}　／　{sh['cls']}", size=9, al="l")]
    grid(pg, 40, y, colw, [22], cells, style="grid")
    y += 34

    # 1. multi-year table (years across; segment labels vertical)
    pg.text(40, y, "１　収納状況の推移", 10.5, "G")
    pg.text(555, y + 2, "（単位：千円、％）", 8, "M", align="r")
    y += 16
    colw = [20, 70, 85, 85, 85, 85, 85]
    hdr = ["R3決算", "R4決算", "R5決算", "R6決算", "R7目標"]
    cells = [dict(r=0, c=0, cs=2, t="区分")] + [dict(r=0, c=2 + i, t=h) for i, h in enumerate(hdr)]
    rows_spec = [("current", "調定額", "ca", "assessed"), ("current", "収入済額", "cc", "collected"),
                 ("current", "収納率", "cr", "collection_rate"),
                 ("arrears", "調定額", "aa", "assessed"), ("arrears", "収入済額", "ac", "collected"),
                 ("arrears", "不納欠損額", "wo", "written_off"), ("arrears", "収納率", "ar", "collection_rate"),
                 ("total", "収入未済額", "out", "outstanding")]
    for j, (seg, lab, key, metric) in enumerate(rows_spec):
        rr = 1 + j
        if seg == "total":
            cells.append(dict(r=rr, c=0, cs=2, t=lab, font="G", al="l"))
        else:
            cells.append(dict(r=rr, c=1, t=lab, al="l"))
        for i, fy in enumerate(YEARS):
            val = ch[fy][key]
            fr = f"R{fy - 2018}決算"
            if metric == "collection_rate":
                s = f"{val:.2f}"
                F(P, debt, raw, fy, fr, seg, metric, "actual", val, "percent", s)
            else:
                s = c(val)
                F(P, debt, raw, fy, fr, seg, metric, "actual", val * 1000, "yen", s)
            cells.append(dict(r=rr, c=2 + i, t=s, al="r"))
        tgt = None
        if (seg, key) == ("current", "cr"):
            tgt = sh["tgt"][0]
        elif (seg, key) == ("arrears", "ar"):
            tgt = sh["tgt"][1]
        elif key == "out":
            tgt = sh["tgt"][2]
        if tgt is None:
            cells.append(dict(r=rr, c=6, t="－"))
        elif key == "out":
            cells.append(dict(r=rr, c=6, t=c(tgt), al="r"))
            F(P, debt, raw, 2025, "R7目標", seg, metric, "target", tgt * 1000, "yen", c(tgt))
        else:
            cells.append(dict(r=rr, c=6, t=f"{tgt:.2f}", al="r"))
            F(P, debt, raw, 2025, "R7目標", seg, metric, "target", tgt, "percent", f"{tgt:.2f}")
    cells.append(dict(r=1, c=0, rs=3, t="現年度分", vert=True, size=7.2, font="G"))
    cells.append(dict(r=4, c=0, rs=4, t="滞納繰越分", vert=True, size=7.2, font="G"))
    grid(pg, 40, y, colw, [16] + [15] * 8, cells, style="grid", head_rows=1)
    y += 16 + 15 * 8 + 14

    # 2. two blocks side by side: 令和6年度 決算 | 令和7年度 目標
    pg.text(40, y, "２　令和６年度の実績と令和７年度の目標", 10.5, "G")
    y += 16
    d6, d5 = ch[2024], ch[2023]
    pg.rect((40, y, 292, y + 18), fill=(0.85, 0.88, 0.93), color=(0, 0, 0), width=0.5)
    pg.rect((303, y, 555, y + 18), fill=(0.85, 0.88, 0.93), color=(0, 0, 0), width=0.5)
    pg.text(166, y + 4, "令和６年度　決算", 9.5, "G", align="c")
    pg.text(429, y + 4, "令和７年度　目標", 9.5, "G", align="c")
    y += 18
    left = [("現年度分収納率（％）", f"{d6['cr']:.2f}（{d5['cr']:.2f}）"),
            ("滞納繰越分収納率（％）", f"{d6['ar']:.2f}（{d5['ar']:.2f}）"),
            ("収入未済額（千円）", f"{c(d6['out'])}（{c(d5['out'])}）")]
    right = [("現年度分収納率（％）", f"{sh['tgt'][0]:.2f}"), ("滞納繰越分収納率（％）", f"{sh['tgt'][1]:.2f}"),
             ("収入未済額（千円）", c(sh["tgt"][2]))]
    for k in range(3):
        grid(pg, 40, y + k * 16, [122, 130], [16], [dict(r=0, c=0, t=left[k][0], al="l", size=7.8),
                                                  dict(r=0, c=1, t=left[k][1], al="r", size=8.2)])
        grid(pg, 303, y + k * 16, [122, 130], [16], [dict(r=0, c=0, t=right[k][0], al="l", size=7.8),
                                                   dict(r=0, c=1, t=right[k][1], al="r", size=8.2)])
    F(P, debt, raw, 2024, "令和６年度", "current", "collection_rate", "actual", d6["cr"], "percent", f"{d6['cr']:.2f}")
    F(P, debt, raw, 2023, "（前年度）", "current", "collection_rate", "actual", d5["cr"], "percent", f"{d5['cr']:.2f}")
    F(P, debt, raw, 2024, "令和６年度", "arrears", "collection_rate", "actual", d6["ar"], "percent", f"{d6['ar']:.2f}")
    F(P, debt, raw, 2023, "（前年度）", "arrears", "collection_rate", "actual", d5["ar"], "percent", f"{d5['ar']:.2f}")
    F(P, debt, raw, 2024, "令和６年度", "total", "outstanding", "actual", d6["out"] * 1000, "yen", c(d6["out"]))
    F(P, debt, raw, 2023, "（前年度）", "total", "outstanding", "actual", d5["out"] * 1000, "yen", c(d5["out"]))
    F(P, debt, raw, 2025, "令和７年度目標", "current", "collection_rate", "target", sh["tgt"][0], "percent", f"{sh['tgt'][0]:.2f}")
    F(P, debt, raw, 2025, "令和７年度目標", "arrears", "collection_rate", "target", sh["tgt"][1], "percent", f"{sh['tgt'][1]:.2f}")
    F(P, debt, raw, 2025, "令和７年度目標", "total", "outstanding", "target", sh["tgt"][2] * 1000, "yen", c(sh["tgt"][2]))
    y += 48 + 3
    pg.text(40, y, "※（　）内は令和５年度決算", 7.5)
    y += 14

    # 3. 現状と課題: paragraph with figures beside cells of plain figures
    pg.text(40, y, "３　現状と課題", 10.5, "G")
    y += 15
    diff = d6["out"] - d5["out"]
    para_txt = (f"令和６年度末の収入未済額は{c(d6['out'])}千円で、前年度より{c(abs(diff))}千円"
                f"{'減少' if diff < 0 else '増加'}した。滞納繰越分の収納率は{d6['ar']:.2f}％であった。" + sh["issue"])
    lines_ = wrap(para_txt, 330 - 6, 8.4, "M")
    h = max(len(lines_) * 8.4 * 1.35 + 8, 58)
    n, unit = sh["delinq"]
    lab_n = "滞納者数" if unit == "persons" else "滞納世帯数"
    unit_s = "人" if unit == "persons" else "世帯"
    cells = [dict(r=0, c=0, rs=3, t=para_txt, al="l", va="t", size=8.4),
             dict(r=0, c=1, t=lab_n, font="G", size=7.8, fill=(0.93, 0.93, 0.93)), dict(r=0, c=2, t=f"{c(n)}{unit_s}", al="r"),
             dict(r=1, c=1, t="差押件数", font="G", size=7.8, fill=(0.93, 0.93, 0.93)),
             dict(r=1, c=2, t=f"{c(sh['seizures'])}件" if sh["seizures"] else "－", al="r"),
             dict(r=2, c=1, t="不納欠損額", font="G", size=7.8, fill=(0.93, 0.93, 0.93)), dict(r=2, c=2, t=f"{c(d6['wo'])}千円", al="r")]
    grid(pg, 40, y, [330, 90, 95], [h / 3] * 3, cells, style="grid")
    F(P, debt, raw, 2024, "令和６年度末", "total", "outstanding", "actual", d6["out"] * 1000, "yen", f"{c(d6['out'])}千円")
    F(P, debt, raw, 2024, "令和６年度末", "total", "difference", "actual", diff * 1000, "yen", f"{c(abs(diff))}千円")
    F(P, debt, raw, 2024, "令和６年度", "arrears", "collection_rate", "actual", d6["ar"], "percent", f"{d6['ar']:.2f}％")
    F(P, debt, raw, 2024, "令和６年度", "total", "delinquents", "actual", n, unit, f"{c(n)}{unit_s}")
    F(P, debt, raw, 2024, "令和６年度", "arrears", "written_off", "actual", d6["wo"] * 1000, "yen", f"{c(d6['wo'])}千円")
    y += h + 12

    # 4. 令和6年度の取組結果 (status column with a blank header)
    pg.text(40, y, "４　令和６年度の取組結果", 10.5, "G")
    y += 15
    colw = [24, 330, 36, 125]
    cells = [dict(r=0, c=0, t="No"), dict(r=0, c=1, t="取組内容"), dict(r=0, c=2, t=""), dict(r=0, c=3, t="実績")]
    for k, (no, t, mark, res) in enumerate(sh["res"]):
        cells += [dict(r=1 + k, c=0, t=no), dict(r=1 + k, c=1, t=t, al="l"), dict(r=1 + k, c=2, t=mark, size=9),
                  dict(r=1 + k, c=3, t=res, al="l")]
        g.init(P, debt, 2024, "令和６年度の取組結果", no, t, None)
    grid(pg, 40, y, colw, [15] + [17] * len(sh["res"]), cells, style="grid", head_rows=1)
    y += 15 + 17 * len(sh["res"]) + 3
    pg.text(40, y, "◎：目標を達成　○：概ね達成　△：未達成", 7.5)
    y += 16

    # 5. 令和7年度の取組 (box, items with tags)
    pg.text(40, y, "５　令和７年度の取組", 10.5, "G")
    y += 15
    box_top = y
    y += 7
    for k, (lab, t, tag) in enumerate(sh["plan"]):
        body = t
        tagged = body + (f"【{tag}】" if tag else "")
        # the second item of each sheet carries its tag alone on the next line
        if tag and k == 1:
            y = pg.para(50, y, 495, lab + body, size=8.8, hang=tlen(lab, 8.8, "M"), lead=1.5)
            pg.text(545, y, f"【{tag}】", 8.8, "M", align="r")
            y += 8.8 * 1.5
        else:
            y = pg.para(50, y, 495, lab + tagged, size=8.8, hang=tlen(lab, 8.8, "M"), lead=1.5)
        y += 2
        g.init(P, debt, 2025, "令和７年度の取組", lab, body, tag)
    y += 4
    pg.rect((40, box_top, 555, y), color=(0, 0, 0), width=0.8)
    y += 12

    # 6. 目標と実績 (達成率) for two of the sheets
    if sh["achieve"] and y < 700:
        pg.text(40, y, "６　現年度分収納率の目標と実績（単位：％）", 10.5, "G")
        y += 15
        TG = {"市税": {2022: 99.10, 2023: 99.15, 2024: 99.20}, "介護保険料": {2022: 99.20, 2023: 99.25, 2024: 99.30}}[debt]
        colw = [90, 80, 80, 80]
        cells = [dict(r=0, c=0, t="年度"), dict(r=0, c=1, t="目標"), dict(r=0, c=2, t="実績"), dict(r=0, c=3, t="達成率")]
        for k, fy in enumerate((2022, 2023, 2024)):
            act = ch[fy]["cr"]
            ach = round(act / TG[fy] * 100, 1)
            fr = f"令和{fy - 2018}年度"
            cells += [dict(r=1 + k, c=0, t=fr), dict(r=1 + k, c=1, t=f"{TG[fy]:.2f}", al="r"),
                      dict(r=1 + k, c=2, t=f"{act:.2f}", al="r"), dict(r=1 + k, c=3, t=f"{ach:.1f}", al="r")]
            F(P, debt, raw, fy, fr, "current", "collection_rate", "target", TG[fy], "percent", f"{TG[fy]:.2f}")
            F(P, debt, raw, fy, fr, "current", "collection_rate", "actual", act, "percent", f"{act:.2f}")
        grid(pg, 40, y, colw, [15] * 4, cells, style="grid", head_rows=1)
        y += 60 + 3
        pg.text(40, y, "※ 達成率＝実績÷目標×100", 7.5)
    if debt == "市営住宅使用料" and y < 700:
        # two figures stacked in one cell: amount over rate
        pg.text(40, y, "６　区分別の収入済額と収納率（令和６年度）", 10.5, "G")
        y += 15
        colw = [110, 130, 130, 130]
        d = ch[2024]
        cells = [dict(r=0, c=0, t="区分"), dict(r=0, c=1, t="現年度分"), dict(r=0, c=2, t="滞納繰越分"), dict(r=0, c=3, t="計"),
                 dict(r=1, c=0, t="収入済額（千円）\n収納率（％）", al="l"),
                 dict(r=1, c=1, t=f"{c(d['cc'])}\n{d['cr']:.2f}", al="r"),
                 dict(r=1, c=2, t=f"{c(d['ac'])}\n{d['ar']:.2f}", al="r"),
                 dict(r=1, c=3, t=f"{c(d['tc'])}\n{d['tr']:.2f}", al="r")]
        for seg, kc, kr in (("current", "cc", "cr"), ("arrears", "ac", "ar"), ("total", "tc", "tr")):
            F(P, debt, raw, 2024, "令和６年度", seg, "collected", "actual", d[kc] * 1000, "yen", c(d[kc]))
            F(P, debt, raw, 2024, "令和６年度", seg, "collection_rate", "actual", d[kr], "percent", f"{d[kr]:.2f}")
        grid(pg, 40, y, colw, [15, 28], cells, style="grid", head_rows=1)
    pg.text(297.5, 812, f"－ {P} －", 9, "M", align="c")

# ================================================================= page 8: 参考資料 (円)
P = 8
pg = Pg(doc)
pg.text(40, 36, "参考資料　債権一覧（令和６年度末）", 14, "G")
pg.text(555, 44, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 7.5, "M", align="r")
colw = [22, 112, 86, 150, 30, 115]
cells = [dict(r=0, c=0, t="No"), dict(r=0, c=1, t="債権名"), dict(r=0, c=2, t="所管課"), dict(r=0, c=3, t="根拠法令"),
         dict(r=0, c=4, t="区分"), dict(r=0, c=5, t="収入未済額（円）")]
YEN_TAIL = [312, 87, 405, 151, 29, 466, 218, 374, 95, 263, 140]
tot_yen = 0
for k, (grp, debt, raw, ka, law, cls) in enumerate(DEBTS):
    v = seg_vals(*r6(debt))
    yen = v["tout"] * 1000 + YEN_TAIL[k]
    tot_yen += yen
    cells += [dict(r=1 + k, c=0, t=str(k + 1)), dict(r=1 + k, c=1, t=raw, al="l"), dict(r=1 + k, c=2, t=ka, al="l", size=7),
              dict(r=1 + k, c=3, t=law, al="l", size=7), dict(r=1 + k, c=4, t=cls), dict(r=1 + k, c=5, t=c(yen), al="r")]
    F(P, debt, raw, 2024, "令和６年度末", "total", "outstanding", "actual", yen, "yen", c(yen))
n = len(DEBTS)
cells += [dict(r=1 + n, c=0, cs=5, t="合計", font="G"), dict(r=1 + n, c=5, t=c(tot_yen), al="r", font="G")]
F(P, None, "合計", 2024, "令和６年度末", "total", "outstanding", "actual", tot_yen, "yen", c(tot_yen))
grid(pg, 40, 60, colw, [18] + [20] * (n + 1), cells, style="grid", head_rows=1)
yb = 60 + 18 + 20 * (n + 1) + 10
pg.text(40, yb, "※ 収入未済額は円単位。資料１の千円表示は千円未満を四捨五入している。", 8)
pg.text(40, yb + 13, "※ 収入未済額のない債権（手数料等）は掲載を省略した。", 8)
pg.text(297.5, 812, "－ 8 －", 9, "M", align="c")
for pno in (2, 3):
    p = doc[pno - 1]
    p.insert_text((p.rect.width / 2 - 14, p.rect.height - 22), f"－ {pno} －", fontname="M", fontsize=9)

doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()
gp = g.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
