"""pt_chikuma_progress_1: 令和５年度 千曲市 市税等の収納対策の取組状況（中間報告）(PyMuPDF drawing).

Run from corpus/dev63:  python3 build/pt_chikuma_progress.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pt_common import PDF_DIR, Gold, comma, oku_man, rate, rnd, tri  # noqa: E402
from pt_pdfdraw import Page  # noqa: E402

STEM = "pt_chikuma_progress_1"
G = Gold(STEM, "progress_report", "progress", "千曲市",
         "令和５年度 市税等の収納対策の取組状況について（中間報告）", "2024-03-15", "令和６年３月１５日")
K = 1000
FEB = "2024-02-29"      # 令和6年2月末 (leap year)
FEB_PREV = "2023-02-28"  # 前年同月
DEC = "2023-12-31"
FY, FYP = 2023, 2022
SHADE = (0.86, 0.89, 0.94)

# ---------------------------------------------------------------------------
# data, thousand yen: (cur_a, cur_c, arr_a, arr_c) at 2月末 this year / last year
# ---------------------------------------------------------------------------
NOW = {
    "市税": (7_215_408, 6_935_218, 412_875, 102_521),
    "国民健康保険税": (1_124_506, 994_182, 402_318, 72_658),
    "介護保険料": (986_412, 955_120, 28_116, 5_102),
    "後期高齢者医療保険料": (612_308, 605_114, 4_512, 1_603),
    "保育料": (142_610, 131_205, 9_815, 1_642),
    "市営住宅使用料": (58_412, 52_780, 12_906, 1_605),
}
PREV = {
    "市税": (7_180_256, 6_888_882, 436_912, 100_054),
    "国民健康保険税": (1_158_230, 1_017_963, 415_077, 69_118),
    "介護保険料": (972_805, 940_551, 29_402, 4_917),
    "後期高齢者医療保険料": (590_117, 582_992, 4_208, 1_388),
    "保育料": (148_902, 136_530, 10_614, 1_590),
    "市営住宅使用料": (59_208, 53_118, 13_512, 1_488),
}
SHORT = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料", "保育料": "保育料", "市営住宅使用料": "市営住宅使用料"}
# year-end estimate / target / previous settled year: collection rate (current, arrears, total)
EST = {"市税": (99.05, 28.50, 95.40), "国民健康保険税": (94.60, 22.00, 80.20), "介護保険料": (99.20, 21.00, 98.30),
       "後期高齢者医療保険料": (99.70, 40.00, 99.40), "保育料": (97.80, 18.50, 92.10), "市営住宅使用料": (96.50, 14.00, 81.30)}
TGT = {"市税": (99.10, 28.00, 95.50), "国民健康保険税": (94.80, 21.50, 80.50), "介護保険料": (99.20, 20.00, 98.20),
       "後期高齢者医療保険料": (99.70, 38.00, 99.40), "保育料": (98.00, 18.00, 92.50), "市営住宅使用料": (96.80, 13.00, 81.50)}
SETTLED22 = {"市税": 95.21, "国民健康保険税": 79.65, "介護保険料": 98.06, "後期高齢者医療保険料": 99.32,
             "保育料": 91.84, "市営住宅使用料": 80.47}
# 12月末 (市税): cur_a, cur_c, arr_a, arr_c
DEC_TAX = (7_210_112, 6_173_198, 413_220, 83_710)
# 地区別 市税 現年課税分 2月末: (A, C, previous same month rate)
DIST = [("更埴地区", 4_402_318, 4_236_720, 96.05), ("戸倉地区", 1_538_406, 1_475_902, 95.71),
        ("上山田地区", 1_274_684, 1_222_596, 95.88)]
# 国保税 現年課税分 monthly cumulative collections (thousand yen)
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MON_NOW = [42_118, 85_902, 131_440, 254_806, 372_118, 488_650, 603_215, 716_904, 828_511, 912_407, 994_182, None]
MON_PREV = [40_926, 84_115, 128_702, 250_118, 366_904, 481_237, 594_880, 707_306, 817_455, 899_902, 1_017_963,
            1_073_502]
MON_PREV_A = 1_158_230
# chart: 市税 全体収納率 and 収入未済額（百万円）
CH_LAB = ["H29", "H30", "R元", "R2", "R3", "R4", "R5見込"]
CH_FY = [2017, 2018, 2019, 2020, 2021, 2022, 2023]
CH_RATE = [93.41, 93.88, 94.36, 94.62, 94.95, 95.21, 95.40]
CH_OUT = [512.4, 488.9, 461.3, 455.8, 431.0, 402.6, 378.5]

assert sum(d[1] for d in DIST) == NOW["市税"][0] and sum(d[2] for d in DIST) == NOW["市税"][1]
assert MON_NOW[10] == NOW["国民健康保険税"][1] and MON_PREV[10] == PREV["国民健康保険税"][1]
assert CH_RATE[5] == SETTLED22["市税"] and CH_RATE[6] == EST["市税"][2]


def seg(d, now=True):
    ca, cc, aa, ac = (NOW if now else PREV)[d]
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


def F(raw, value, metric, fy, **kw):
    return G.fact(raw, value, metric, fy, **kw)


def interim(now=True):
    return dict(basis="interim", as_of=FEB if now else FEB_PREV)


# ---------------------------------------------------------------------------
def page1(doc):
    G.page = 1
    P = Page(doc)
    m = P.m
    P.text(m, 52, "令和６年３月１５日", 9, align="r", width=P.w - 2 * m)
    P.text(m, 65, "千曲市 総務部 収納対策課", 9, align="r", width=P.w - 2 * m)
    P.text(m, 98, "令和５年度（2023年度）", 12, align="c", width=P.w - 2 * m)
    P.text(m, 120, "市税等の収納対策の取組状況について（中間報告）", 15, bold=True, align="c", width=P.w - 2 * m)
    P.text(m, 138, "― 令和６年２月末現在 ―", 10, align="c", width=P.w - 2 * m)
    y = 160
    y = P.para(m, y, P.w - 2 * m,
               "　本報告は、千曲市債権管理計画に基づき、主要な債権の収納状況と取組の進捗を取りまとめたものである。"
               "２月末現在の数値は累計であり、前年同月（令和５年２月末）と比較している。", 9.2, lh=1.65)
    y += 8
    P.text(m, y + 10, "１　概要（令和６年２月末現在）", 11, bold=True)
    P.line(m, y + 14, P.w - m, y + 14, 0.8)
    y += 24
    # ---- two-column prose
    colw = (P.w - 2 * m - 18) / 2
    t = seg("市税")
    tp = seg("市税", False)
    r_cur, r_cur_p = rate(t["current"][1], t["current"][0]), rate(tp["current"][1], tp["current"][0])
    r_arr, r_arr_p = rate(t["arrears"][1], t["arrears"][0]), rate(tp["arrears"][1], tp["arrears"][0])
    o = t["total"][0] - t["total"][1]
    op = tp["total"][0] - tp["total"][1]
    o_ap, op_ap, d_ap = round(o * K, -4), round(op * K, -4), round((op - o) * K, -4)
    kw = dict(debt="市税", fy_raw="令和６年２月末")
    left = ("（１）市税\n　２月末現在の市税の収納率は、現年課税分が"
            + F(f"{r_cur:.2f}％", r_cur, "collection_rate", FY, segment="current", **interim(), **kw)
            + "となり、前年同月を"
            + F(f"{rnd(r_cur - r_cur_p, 2):.2f}ポイント", rnd(r_cur - r_cur_p, 2), "difference", FY, unit="points",
                segment="current", **interim(), **kw)
            + "上回った。滞納繰越分は"
            + F(f"{r_arr:.2f}％", r_arr, "collection_rate", FY, segment="arrears", **interim(), **kw)
            + "（前年同月"
            + F(f"{r_arr_p:.2f}％", r_arr_p, "collection_rate", FYP, segment="arrears", **interim(False),
                debt="市税", fy_raw="前年同月")
            + "）で、財産調査の早期着手の効果が表れている。\n　収入未済額は"
            + F("約" + oku_man(o_ap) + "円", o_ap, "outstanding", FY, approx=True, **interim(), **kw)
            + "で、前年同月の"
            + F("約" + oku_man(op_ap) + "円", op_ap, "outstanding", FYP, approx=True, **interim(False),
                debt="市税", fy_raw="前年同月")
            + "と比べ"
            + F("約" + oku_man(d_ap) + "円", -d_ap, "difference", FY, unit="yen", approx=True, **interim(), **kw)
            + "減少した。年度末の全体の収納率は"
            + F(f"{EST['市税'][2]:.2f}％", EST["市税"][2], "collection_rate", FY, basis="estimate", debt="市税",
                fy_raw="年度末")
            + "を見込んでおり、目標の"
            + F(f"{TGT['市税'][2]:.2f}％", TGT["市税"][2], "collection_rate", FY, basis="target", debt="市税",
                fy_raw="目標")
            + "にはわずかに届かない見通しである。")
    k = seg("国民健康保険税")
    kp = seg("国民健康保険税", False)
    kc, kcp = rate(k["current"][1], k["current"][0]), rate(kp["current"][1], kp["current"][0])
    ka = rate(k["arrears"][1], k["arrears"][0])
    kw2 = dict(debt="国民健康保険税", fy_raw="令和６年２月末")
    right = ("（２）国民健康保険税\n　国民健康保険税の現年課税分の収納率は"
             + F(f"{kc:.2f}％", kc, "collection_rate", FY, segment="current", **interim(), **kw2)
             + "で、前年同月と比べ"
             + F(f"{rnd(kc - kcp, 2):.2f}ポイント", rnd(kc - kcp, 2), "difference", FY, unit="points",
                 segment="current", **interim(), **kw2)
             + "上昇した。滞納繰越分は"
             + F(f"{ka:.2f}％", ka, "collection_rate", FY, segment="arrears", **interim(), **kw2)
             + "となっている。加入者の減少により調定額は前年同月を下回っている。\n　年度末の収納率は、現年課税分で"
             + F(f"{EST['国民健康保険税'][0]:.2f}％", EST["国民健康保険税"][0], "collection_rate", FY,
                 segment="current", basis="estimate", debt="国民健康保険税", fy_raw="年度末")
             + "、全体で"
             + F(f"{EST['国民健康保険税'][2]:.1f}％", EST["国民健康保険税"][2], "collection_rate", FY,
                 basis="estimate", approx=True, debt="国民健康保険税", fy_raw="年度末")
             + "程度を見込んでいる（決算見込）。\n（３）その他の債権\n　介護保険料及び後期高齢者医療保険料は、"
               "特別徴収の割合が高く、おおむね前年同月並みで推移している。保育料は現年度分の収納が前年同月をやや下回っており、"
               "３月以降、保育園と連携した納付勧奨を強化する。")
    y1 = P.para(m, y, colw, left, 9.0, lh=1.7)
    y2 = P.para(m + colw + 18, y, colw, right, 9.0, lh=1.7)
    P.line(m + colw + 9, y, m + colw + 9, max(y1, y2), 0.3, color=(0.6, 0.6, 0.6))
    y = max(y1, y2) + 16
    # ---- 12月末 bracketed metric headings
    P.text(m, y + 10, "２　12月末時点の市税の状況（第３四半期）", 11, bold=True)
    P.line(m, y + 14, P.w - m, y + 14, 0.8)
    y += 24
    dca, dcc, daa, dac = DEC_TAX
    bx = P.w - 2 * m
    P.rect(m, y, m + bx, y + 104, fill=(0.96, 0.97, 0.99), color=(0.4, 0.4, 0.4), width=0.6)
    half = bx / 2
    kwd = dict(debt="市税", basis="interim", as_of=DEC, fy_raw="令和５年１２月末")
    P.text(m + 12, y + 18, "【収納率】令和５年１２月末時点", 9.5, bold=True)
    rows_r = [("現年分", rate(dcc, dca), "current"), ("滞繰分", rate(dac, daa), "arrears"),
              ("全体", rate(dcc + dac, dca + daa), "total")]
    yy = y + 36
    for lab, v, sg in rows_r:
        P.text(m + 22, yy, "・" + lab + "　" + F(f"{v:.2f}％", v, "collection_rate", FY, segment=sg, **kwd), 9.2)
        yy += 17
    P.text(m + half + 12, y + 18, "【収入未済額】令和５年１２月末時点", 9.5, bold=True)
    rows_o = [("現年分", dca - dcc, "current"), ("滞繰分", daa - dac, "arrears"),
              ("全体", dca + daa - dcc - dac, "total")]
    yy = y + 36
    for lab, v, sg in rows_o:
        P.text(m + half + 22, yy, "・" + lab + "　" + F(f"{comma(v)}千円", v * K, "outstanding", FY, segment=sg, **kwd),
               9.2)
        yy += 17
    P.line(m + half, y + 8, m + half, y + 96, 0.3, color=(0.6, 0.6, 0.6))
    y += 112
    y = P.para(m, y, P.w - 2 * m, "※ 12月末の数値は速報値であり、２月末現在の数値（表１・表３）とは集計時点が異なる。", 8.2)
    # ---- outstanding in 万円
    y += 16
    P.text(m, y, "（参考）主な債権の収入未済額（２月末現在）", 9.5, bold=True)
    P.text(m, y, "（単位：万円）", 8, align="r", width=P.w - 2 * m)
    y += 5
    debts = ("市税", "国民健康保険税", "介護保険料", "保育料")
    rows = [["区分"] + list(debts)]
    r_now, r_prev, r_diff = ["令和６年２月末"], ["令和５年２月末"], ["増減"]
    for d in debts:
        o = round((seg(d)["total"][0] - seg(d)["total"][1]) / 10)
        op = round((seg(d, False)["total"][0] - seg(d, False)["total"][1]) / 10)
        kw = dict(debt=d)
        r_now.append({"t": F(comma(o), o * 10_000, "outstanding", FY, fy_raw="令和６年２月末", **interim(), **kw),
                      "al": "r"})
        r_prev.append({"t": F(comma(op), op * 10_000, "outstanding", FYP, fy_raw="令和５年２月末", **interim(False),
                               **kw), "al": "r"})
        r_diff.append({"t": F(tri(o - op), (o - op) * 10_000, "difference", FY, unit="yen", fy_raw="令和６年２月末",
                              **interim(), **kw), "al": "r"})
    rows += [r_now, r_prev, r_diff]
    P.table(m, y, [111, 100, 100, 100, 100], rows, size=8.4, pad=3.4, hdr_bg=SHADE)
    P.footer(1)


def page2(doc):
    G.page = 2
    P = Page(doc)
    m = P.m
    y = 50
    P.text(m, y, "３　主要債権の収納状況（２月末現在）", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 18
    P.text(m, y, "表１　会計別・債権別の収納状況（本年度：令和６年２月末、前年度：令和５年２月末）", 9, bold=True)
    P.text(m, y + 13, "（単位：千円、％、ポイント）", 8, align="r", width=P.w - 2 * m)
    y += 18
    hdr = [[{"t": "区分", "rs": 2}, {"t": "本年度", "cs": 3}, {"t": "前年度", "cs": 3}, {"t": "差", "rs": 2}],
           ["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
    rows = list(hdr)
    sections = [("【一般会計】", ["市税", "保育料", "市営住宅使用料"]),
                ("【特別会計】", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"])]
    ga = gc = gpa = gpc = 0
    for sec, debts in sections:
        rows.append([{"t": sec, "cs": 8, "b": True, "bg": SHADE}])
        sa = sc = spa = spc = 0
        for d in debts:
            a, c = seg(d)["total"]
            pa, pc = seg(d, False)["total"]
            r, rp = rate(c, a), rate(pc, pa)
            dd = rnd(r - rp, 2)
            sa, sc, spa, spc = sa + a, sc + c, spa + pa, spc + pc
            kw = dict(debt=d, fy_raw="本年度")
            kwp = dict(debt=d, fy_raw="前年度")
            rows.append(["　" + d,
                         {"t": F(comma(a), a * K, "assessed", FY, **interim(), **kw), "al": "r"},
                         {"t": F(comma(c), c * K, "collected", FY, **interim(), **kw), "al": "r"},
                         {"t": F(f"{r:.2f}", r, "collection_rate", FY, **interim(), **kw), "al": "r"},
                         {"t": F(comma(pa), pa * K, "assessed", FYP, **interim(False), **kwp), "al": "r"},
                         {"t": F(comma(pc), pc * K, "collected", FYP, **interim(False), **kwp), "al": "r"},
                         {"t": F(f"{rp:.2f}", rp, "collection_rate", FYP, **interim(False), **kwp), "al": "r"},
                         {"t": F(tri(dd, 2, mark="▲"), dd, "difference", FY, unit="points", **interim(), **kw),
                          "al": "r"}])
        r, rp = rate(sc, sa), rate(spc, spa)
        dd = rnd(r - rp, 2)
        kw = dict(debt=None, debt_raw="小計", fy_raw="本年度")
        kwp = dict(debt=None, debt_raw="小計", fy_raw="前年度")
        rows.append([{"t": "小計", "al": "c", "b": True},
                     {"t": F(comma(sa), sa * K, "assessed", FY, **interim(), **kw), "al": "r"},
                     {"t": F(comma(sc), sc * K, "collected", FY, **interim(), **kw), "al": "r"},
                     {"t": F(f"{r:.2f}", r, "collection_rate", FY, **interim(), **kw), "al": "r"},
                     {"t": F(comma(spa), spa * K, "assessed", FYP, **interim(False), **kwp), "al": "r"},
                     {"t": F(comma(spc), spc * K, "collected", FYP, **interim(False), **kwp), "al": "r"},
                     {"t": F(f"{rp:.2f}", rp, "collection_rate", FYP, **interim(False), **kwp), "al": "r"},
                     {"t": F(tri(dd, 2, mark="▲"), dd, "difference", FY, unit="points", **interim(), **kw), "al": "r"}])
        ga, gc, gpa, gpc = ga + sa, gc + sc, gpa + spa, gpc + spc
    r, rp = rate(gc, ga), rate(gpc, gpa)
    dd = rnd(r - rp, 2)
    kw = dict(debt=None, debt_raw="合計", fy_raw="本年度")
    kwp = dict(debt=None, debt_raw="合計", fy_raw="前年度")
    rows.append([{"t": "合計", "al": "c", "b": True, "bg": SHADE},
                 {"t": F(comma(ga), ga * K, "assessed", FY, **interim(), **kw), "al": "r", "bg": SHADE},
                 {"t": F(comma(gc), gc * K, "collected", FY, **interim(), **kw), "al": "r", "bg": SHADE},
                 {"t": F(f"{r:.2f}", r, "collection_rate", FY, **interim(), **kw), "al": "r", "bg": SHADE},
                 {"t": F(comma(gpa), gpa * K, "assessed", FYP, **interim(False), **kwp), "al": "r", "bg": SHADE},
                 {"t": F(comma(gpc), gpc * K, "collected", FYP, **interim(False), **kwp), "al": "r", "bg": SHADE},
                 {"t": F(f"{rp:.2f}", rp, "collection_rate", FYP, **interim(False), **kwp), "al": "r", "bg": SHADE},
                 {"t": F(tri(dd, 2, mark="▲"), dd, "difference", FY, unit="points", **interim(), **kw), "al": "r",
                  "bg": SHADE}])
    colw = [106, 66, 66, 42, 66, 66, 42, 37]
    y = P.table(m, y, colw, rows, size=8.2, border="none", header_rows=2, hdr_bg=(0.78, 0.84, 0.91),
                zebra=(0.94, 0.96, 0.98), pad=3.2)
    y = P.para(m, y + 3, P.w - 2 * m, "※ 現年度分と滞納繰越分の合計。差は本年度の収納率と前年度の収納率の差（▲は低下）。", 8)
    # ---- district table
    y += 16
    P.text(m, y, "４　地区別の収納状況（市税 現年課税分、２月末現在）", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 16
    rows = [["地区", "収納率（％）※1", "調定額（千円）", "収入済額（千円）", "前年同月収納率（％）", "差（ポイント）"]]
    kwb = dict(debt="市税", segment="current")
    for name, a, c, rp in DIST:
        r = rate(c, a)
        dd = rnd(r - rp, 2)
        cmark = "※2" if name == "戸倉地区" else ""
        rows.append([name,
                     {"t": F(f"{r:.2f}", r, "collection_rate", FY, area=name, fy_raw="令和６年２月末", **interim(), **kwb),
                      "al": "r"},
                     {"t": F(comma(a), a * K, "assessed", FY, area=name, fy_raw="令和６年２月末", **interim(), **kwb),
                      "al": "r"},
                     {"t": F(comma(c), c * K, "collected", FY, area=name, fy_raw="令和６年２月末", **interim(), **kwb)
                      + cmark, "al": "r"},
                     {"t": F(f"{rp:.2f}", rp, "collection_rate", FYP, area=name, fy_raw="前年同月", **interim(False),
                             **kwb), "al": "r"},
                     {"t": F(tri(dd, 2), dd, "difference", FY, unit="points", area=name, fy_raw="令和６年２月末",
                             **interim(), **kwb), "al": "r"}])
    a, c = seg("市税")["current"]
    pa, pc = seg("市税", False)["current"]
    r, rp = rate(c, a), rate(pc, pa)
    dd = rnd(r - rp, 2)
    kwc = dict(debt="市税", debt_raw="市税", segment="current")
    rows.append([{"t": "計", "al": "c"},
                 {"t": F(f"{r:.2f}", r, "collection_rate", FY, fy_raw="令和６年２月末", **interim(), **kwc), "al": "r"},
                 {"t": F(comma(a), a * K, "assessed", FY, fy_raw="令和６年２月末", **interim(), **kwc), "al": "r"},
                 {"t": F(comma(c), c * K, "collected", FY, fy_raw="令和６年２月末", **interim(), **kwc), "al": "r"},
                 {"t": F(f"{rp:.2f}", rp, "collection_rate", FYP, fy_raw="前年同月", **interim(False), **kwc),
                  "al": "r"},
                 {"t": F(tri(dd, 2), dd, "difference", FY, unit="points", fy_raw="令和６年２月末", **interim(), **kwc),
                  "al": "r"}])
    y = P.table(m, y, [90, 80, 82, 82, 92, 85], rows, size=8.4, pad=3.4, hdr_bg=SHADE)
    big = 8_240
    y = P.para(m, y + 3, P.w - 2 * m,
               "※1 収納率＝収入済額÷調定額（２月末現在の累計）。\n※2 戸倉地区の収入済額には、２月に一括納付のあった大口案件 "
               + F(f"{comma(big)}千円", big * K, "collected", FY, area="戸倉地区", segment="current", debt="市税",
                   fy_raw="令和６年２月末", **interim())
               + " を含む。", 8, lh=1.5)
    y += 14
    P.para(m, y, P.w - 2 * m,
           "　地区別では、更埴地区・戸倉地区・上山田地区のいずれも前年同月を上回った。戸倉地区の上昇は大口案件の納付による"
           "一時的な要因が大きく、これを除くと前年同月並みである。上山田地区は温泉旅館業の事業者が多く、業績回復に伴い"
           "分納誓約の履行が進んでいる。", 9, lh=1.65)
    P.footer(2)


def page3(doc):
    """Landscape: the wide table, left part."""
    G.page = 3
    P = Page(doc, landscape=True, margin=36)
    m = P.m
    y = 44
    P.text(m, y, "５　債権別・区分別の収納状況（令和６年２月末現在）", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 18
    P.text(m, y, "表３　債権別・区分別の収納状況　　（単位：千円、％）", 9, bold=True)
    y += 6
    hdr = [[{"t": "債権名", "rs": 2}, {"t": "現年度分", "cs": 4}, {"t": "滞納繰越分", "cs": 4}, {"t": "計", "cs": 4}],
           [{"t": x} for x in ["調定額", "収入済額", "収入未済額", "収納率※"] * 3]]
    rows = list(hdr)
    for d in NOW:
        s, sp = seg(d), seg(d, False)
        row = [SHORT[d]]
        for sg in ("current", "arrears", "total"):
            a, c = s[sg]
            pa, pc = sp[sg]
            r, rp = rate(c, a), rate(pc, pa)
            kw = dict(debt=d, debt_raw=SHORT[d], segment=sg, fy_raw="令和６年２月末")
            row += [{"t": F(comma(a), a * K, "assessed", FY, **interim(), **kw), "al": "r"},
                    {"t": F(comma(c), c * K, "collected", FY, **interim(), **kw), "al": "r"},
                    {"t": F(comma(a - c), (a - c) * K, "outstanding", FY, **interim(), **kw), "al": "r"},
                    {"t": F(f"{r:.2f}", r, "collection_rate", FY, **interim(), **kw) + "\n（"
                     + F(f"{rp:.2f}", rp, "collection_rate", FYP, debt=d, debt_raw=SHORT[d], segment=sg,
                         fy_raw="前年同月", **interim(False)) + "）", "al": "r"}]
        rows.append(row)
    colw = [92] + [58, 58, 54, 46] * 3
    y = P.table(m, y, colw, rows, size=8.6, pad=6.0, hdr_bg=SHADE, lh=1.4, header_rows=2)
    y = P.para(m, y + 4, P.w - 2 * m,
               "※ 収納率の下段（　）内は前年同月（令和５年２月末）の収納率。収入未済額＝調定額－収入済額（不納欠損処理前）。"
               "国保税＝国民健康保険税。決算見込・目標等は次ページ（表３の続き）に掲載。", 8, lh=1.5)
    y += 10
    P.para(m, y, P.w - 2 * m,
           "　滞納繰越分の収納率は、市税・国保税とも前年同月を上回っている。市税は、令和４年度から実施している預貯金の電子照会により"
           "財産調査に要する期間が短縮され、差押えまでの期間が短くなったことが主な要因である。現年度分は、介護保険料・後期高齢者医療保険料が"
           "特別徴収中心のため高い水準にある一方、保育料は前年同月を下回っており、３月以降の納付勧奨の強化が必要である。", 9, lh=1.65)
    P.footer(3)


def page4(doc):
    G.page = 4
    P = Page(doc)
    m = P.m
    y = 50
    P.text(m, y, "表３（続き）　年度末の見込みと目標", 9.5, bold=True)
    P.text(m, y + 13, "（単位：％）", 8, align="r", width=P.w - 2 * m)
    y += 18
    hdr = [[{"t": "債権名", "rs": 2}, {"t": "決算見込", "cs": 3}, {"t": "目標", "cs": 3},
            {"t": "前年度決算", "rs": 1}],
           ["現年度分", "滞納繰越分", "計", "現年度分", "滞納繰越分", "計", "計"]]
    rows = list(hdr)
    segs = ("current", "arrears", "total")
    for d in NOW:
        row = [SHORT[d]]
        for basis, src in (("estimate", EST), ("target", TGT)):
            for i, sg in enumerate(segs):
                v = src[d][i]
                row.append({"t": F(f"{v:.2f}", v, "collection_rate", FY, segment=sg, basis=basis, debt=d,
                                   debt_raw=SHORT[d], fy_raw="令和５年度"), "al": "r"})
        v = SETTLED22[d]
        row.append({"t": F(f"{v:.2f}", v, "collection_rate", FYP, basis="actual", debt=d, debt_raw=SHORT[d],
                           fy_raw="令和４年度"), "al": "r"})
        rows.append(row)
    y = P.table(m, y, [100, 57, 57, 50, 57, 57, 50, 83], rows, size=8.2, pad=3.4, hdr_bg=SHADE, header_rows=2)
    y = P.para(m, y + 3, P.w - 2 * m, "※ 前年度決算は令和４年度の決算（出納閉鎖後）の収納率。", 8)
    y += 18
    P.text(m, y, "６　市税の収納率・収入未済額の推移", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 12
    cw = (P.w - 2 * m - 20) / 2
    for lab, fy, v in zip(CH_LAB, CH_FY, CH_RATE):
        basis = "estimate" if lab.endswith("見込") else "actual"
        F(f"{v:.2f}", v, "collection_rate", fy, basis=basis, debt="市税", fy_raw=lab)
    P.bar_chart(m, y, cw, 200, CH_LAB, CH_RATE, vmin=92.0, vmax=96.0, fmt=lambda v: f"{v:.2f}",
                title="図１　市税収納率（全体）の推移", unit="（％）",
                colors=[(0.32, 0.49, 0.72)] * 6 + [(0.62, 0.72, 0.86)])
    for lab, fy, v in zip(CH_LAB, CH_FY, CH_OUT):
        basis = "estimate" if lab.endswith("見込") else "actual"
        F(f"{v:.1f}", int(round(v * 1_000_000)), "outstanding", fy, basis=basis, debt="市税", fy_raw=lab)
    P.line_chart(m + cw + 20, y, cw, 200, CH_LAB, CH_OUT, vmin=350, vmax=550, fmt=lambda v: f"{v:.1f}",
                 title="図２　市税収入未済額の推移", unit="（百万円）", dashed_last=True)
    y += 228
    y = P.para(m, y, P.w - 2 * m,
               "※ H29～R4は決算額、R5見込は年度末の決算見込。収入未済額は現年課税分と滞納繰越分の合計。", 8)
    y += 10
    o22, o23 = CH_OUT[5], CH_OUT[6]
    P.para(m, y, P.w - 2 * m,
           "　市税の収入未済額は、平成29年度の"
           + F(f"{CH_OUT[0]:.1f}百万円", int(round(CH_OUT[0] * 1e6)), "outstanding", 2017, debt="市税", fy_raw="平成29年度")
           + "から毎年度減少しており、令和５年度末には"
           + F("約" + oku_man(int(round(o23 * 1e6, -5))) + "円", int(round(o23 * 1e6, -5)), "outstanding", FY,
               basis="estimate", approx=True, debt="市税", fy_raw="令和５年度末")
           + "となる見込みである。令和４年度決算と比べると"
           + F("約" + oku_man(int(round((o22 - o23) * 1e6, -5))) + "円", -int(round((o22 - o23) * 1e6, -5)),
               "difference", FY, unit="yen", basis="estimate", approx=True, debt="市税", fy_raw="令和５年度末")
           + "の減少となる。収納率（全体）は、令和４年度の"
           + F(f"{CH_RATE[5]:.2f}％", CH_RATE[5], "collection_rate", FYP, debt="市税", fy_raw="令和４年度")
           + "から"
           + F(f"{rnd(CH_RATE[6] - CH_RATE[5], 2):.2f}ポイント", rnd(CH_RATE[6] - CH_RATE[5], 2), "difference", FY,
               unit="points", basis="estimate", debt="市税", fy_raw="令和５年度")
           + "改善する見込みである。", 9, lh=1.65)
    P.footer(4)


def page5(doc):
    G.page = 5
    P = Page(doc)
    m = P.m
    y = 50
    P.text(m, y, "７　月別収納状況（国民健康保険税 現年課税分）", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 18
    P.text(m, y, "表４　月末累計の収入済額（上段：千円）と収納率（下段：％）　※前年差はポイント", 9, bold=True)
    y += 6
    a_now = NOW["国民健康保険税"][0]
    rows = [["月末", "令和５年度", "令和４年度", "前年差", "月末", "令和５年度", "令和４年度", "前年差"]]
    cells = []
    for i, mon in enumerate(MON):
        mm = i + 4 if i < 9 else i - 8
        fy_now_y = 2023 if i < 9 else 2024
        fy_prev_y = 2022 if i < 9 else 2023
        import calendar
        dn = f"{fy_now_y}-{mm:02d}-{calendar.monthrange(fy_now_y, mm)[1]:02d}"
        dp = f"{fy_prev_y}-{mm:02d}-{calendar.monthrange(fy_prev_y, mm)[1]:02d}"
        kw = dict(debt="国民健康保険税", segment="current")
        cp = MON_PREV[i]
        rp = rate(cp, MON_PREV_A)
        prev_cell = (F(comma(cp), cp * K, "collected", FYP, basis="interim", as_of=dp, fy_raw="令和４年度", **kw) + "\n"
                     + F(f"{rp:.2f}", rp, "collection_rate", FYP, basis="interim", as_of=dp, fy_raw="令和４年度", **kw))
        if MON_NOW[i] is None:
            now_cell, diff = "－", "－"
        else:
            c = MON_NOW[i]
            r = rate(c, a_now)
            now_cell = (F(comma(c), c * K, "collected", FY, basis="interim", as_of=dn, fy_raw="令和５年度", **kw) + "\n"
                        + F(f"{r:.2f}", r, "collection_rate", FY, basis="interim", as_of=dn, fy_raw="令和５年度", **kw))
            dd = rnd(r - rp, 2)
            diff = F(tri(dd, 2), dd, "difference", FY, unit="points", basis="interim", as_of=dn, fy_raw="令和５年度", **kw)
        cells.append([mon, {"t": now_cell, "al": "r"}, {"t": prev_cell, "al": "r"}, {"t": diff, "al": "r"}])
    for i in range(6):
        rows.append(cells[i] + cells[i + 6])
    y = P.table(m, y, [44, 70, 70, 50, 44, 70, 70, 50], rows, size=8.6, pad=5.0, hdr_bg=SHADE, lh=1.4)
    y = P.para(m, y + 3, P.w - 2 * m,
               "※ 収納率＝各月末の収入済額累計÷調定額。調定額は、令和５年度は２月末現在の額（"
               + F(f"{comma(a_now)}千円", a_now * K, "assessed", FY, basis="interim", as_of=FEB, segment="current",
                   debt="国民健康保険税", fy_raw="令和５年度")
               + "）、令和４年度は同月末現在の額（"
               + F(f"{comma(MON_PREV_A)}千円", MON_PREV_A * K, "assessed", FYP, basis="interim", as_of=FEB_PREV,
                   segment="current", debt="国民健康保険税", fy_raw="令和４年度")
               + "）による。令和５年度の３月末は集計前。", 8, lh=1.5)
    # ---- 滞納整理の状況: metric rows beside debt-rows table
    y += 18
    P.text(m, y, "８　滞納整理の状況（２月末現在）", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 14
    P.text(m, y + 4, "（１）市税", 9.2, bold=True)
    P.text(m + 262, y + 4, "（２）国民健康保険税", 9.2, bold=True)
    y += 10
    tp_, tn_ = 2_106, 1_968
    kw = dict(debt="市税")
    left = [["項目", "令和６年２月末", "令和５年２月末", "増減"],
            ["滞納者数（人）",
             {"t": F(comma(tn_), tn_, "delinquents", FY, fy_raw="令和６年２月末", **interim(), **kw), "al": "r"},
             {"t": F(comma(tp_), tp_, "delinquents", FYP, fy_raw="令和５年２月末", **interim(False), **kw), "al": "r"},
             {"t": F(tri(tn_ - tp_), tn_ - tp_, "difference", FY, unit="persons", fy_raw="令和６年２月末", **interim(),
                     **kw), "al": "r"}],
            ["差押件数（件）", {"t": "612", "al": "r"}, {"t": "574", "al": "r"}, {"t": "38", "al": "r"}],
            ["執行停止件数（件）", {"t": "231", "al": "r"}, {"t": "256", "al": "r"}, {"t": "△25", "al": "r"}]]
    P.table(m, y, [84, 62, 62, 40], left, size=8.0, pad=3.0, hdr_bg=SHADE)
    kw = dict(debt="国民健康保険税")
    hn, hp = 1_104, 1_187
    right = [["区分", "滞納世帯数（世帯）", "差押件数（件）", "短期証交付（世帯）"],
             ["本年度", {"t": F(comma(hn), hn, "delinquents", FY, unit="households", fy_raw="本年度", **interim(), **kw),
                        "al": "r"}, {"t": "188", "al": "r"}, {"t": "214", "al": "r"}],
             ["前年同月", {"t": F(comma(hp), hp, "delinquents", FYP, unit="households", fy_raw="前年同月",
                                **interim(False), **kw), "al": "r"}, {"t": "171", "al": "r"}, {"t": "236", "al": "r"}]]
    y2 = P.table(m + 262, y, [48, 72, 62, 71], right, size=8.0, pad=3.0, hdr_bg=SHADE)
    y = max(y2, y + 80) + 8
    P.para(m, y, P.w - 2 * m,
           "　市税の滞納者数は前年同月と比べ減少した。差押件数は、給与・預貯金を中心に前年同月を上回っている。"
           "国民健康保険税は、滞納世帯数が前年同月を下回る一方、差押件数は増加しており、財産の判明した世帯への処分が進んでいる。"
           "\n　月別の推移をみると、国民健康保険税の現年課税分は、第１期の納期限がある７月以降、各月とも前年同月を上回って推移している。"
           "口座振替の原則化による効果が表れており、出納整理期間を含めた年度末には、前年度決算を上回る収納率を見込んでいる。"
           "一方で、短期証の交付世帯は減少しているものの、滞納が複数年度にわたる世帯も多く、引き続き財産調査に基づく処分と"
           "生活困窮世帯への執行停止を適切に判断していく必要がある。",
           9, lh=1.65)
    P.footer(5)


def page6(doc):
    G.page = 6
    P = Page(doc)
    m = P.m
    y = 50
    P.text(m, y, "９　主な取組の状況", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 12
    sec1, sec2 = "取組状況（２月末）", "今後の取組（３月～５月）"
    data = {
        sec1: [
            ("市税", [("①", "夜間・休日の納税相談窓口を毎月第２土曜日に開設した。", "継続"),
                     ("②", "預貯金の電子照会を全金融機関に拡大し、財産調査の期間を短縮した。", "拡充"),
                     ("③", "差押財産のインターネット公売を２回実施した。", "継続")], "circle"),
            ("国民健康保険税", [("(1)", "納期限後20日以内に、未納世帯への電話催告を実施した。", "継続"),
                            ("(2)", "加入手続の際に口座振替の申込みを原則とし、窓口での勧奨を強化した。", "拡充")], "paren"),
            ("保育料", [("ア", "保護者の申出による児童手当からの徴収を実施した。", None),
                       ("イ", "滞納世帯との面談を保育園と連携して実施した。", "新規")], "kana"),
        ],
        sec2: [
            ("市税", [("①", "出納整理期間中の納付勧奨を強化し、現年課税分の滞納繰越を抑制する。", "継続"),
                     ("②", "高額滞納者に対して捜索を実施する。", "拡充")], "circle"),
            ("国民健康保険税", [("(1)", "年度末に未納のある世帯へ、納付相談の案内を送付する。", "新規")], "paren"),
        ],
    }
    rows = [["", "債権名", "取組内容"]]
    for sec, lst in data.items():
        first = True
        for debt, items, style in lst:
            parts = []
            for lab, t, st in items:
                G.init(t, debt=debt, fy=FY, section=sec, label=lab, status=st)
                sep = "" if style == "circle" else "　"
                parts.append(f"{lab}{sep}{t}" + (f"【{st}】" if st else ""))
            txt = ("\n" if style != "circle" or debt != "市税" or sec != sec1 else "").join(parts)
            row = []
            if first:
                row.append({"t": sec.replace("（", "︵").replace("）", "︶").replace("～", "｜"), "rs": len(lst),
                            "v": True, "bg": SHADE, "sz": 8.6})
                first = False
            row += [{"t": debt, "al": "c"}, {"t": txt, "al": "l"}]
            rows.append(row)
    y = P.table(m, y, [30, 82, P.w - 2 * m - 112], rows, size=8.6, pad=4.0, hdr_bg=SHADE, lh=1.6)
    y = P.para(m, y + 3, P.w - 2 * m, "【継続】前年度から継続する取組　【拡充】内容を拡充した取組　【新規】今年度からの取組", 8)
    # ---- items in a box under a plain title
    y += 16
    P.text(m, y, "10　全庁的な取組", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 12
    box_items = [
        "債権管理研修（基礎編・実務編）を実施し、各所管課から延べ64人が受講した。",
        "債権管理システムの改修により、所管課間で滞納者情報を共有する仕組みを整えた。",
        "非強制徴収公債権及び私債権について、支払督促の申立て手順を定めたマニュアルを改訂した。",
    ]
    top = y
    yy = y + 8
    for t in box_items:
        G.init(t, debt=None, fy=FY, section="全庁的な取組", label="・", status=None)
        yy = P.para(m + 10, yy, P.w - 2 * m - 20, "・" + t, 9, lh=1.55, indent=0) + 4
    P.rect(m, top, P.w - m, yy + 4, width=0.7)
    y = yy + 22
    P.text(m, y, "11　今後の進め方", 11, bold=True)
    P.line(m, y + 4, P.w - m, y + 4, 0.8)
    y += 12
    P.para(m, y, P.w - 2 * m,
           "　出納整理期間（４月・５月）を含めた年度末の収納見込みを各所管課で精査し、令和６年度の収納対策計画に反映する。"
           "決算の確定後、令和５年度の取組結果を債権管理推進会議に報告する予定である。", 9, lh=1.65)
    P.footer(6)


def main():
    doc = pymupdf.open()
    page1(doc)
    page2(doc)
    page3(doc)
    page4(doc)
    page5(doc)
    page6(doc)
    doc.set_metadata({"title": G.doc["title"], "author": "千曲市 総務部 収納対策課"})
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    n = doc.page_count
    G.write(pdf, n)
    print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")


if __name__ == "__main__":
    main()
