"""nd_fujiyoshida_committee_1: 令和７年度第２回富士吉田市債権管理対策会議 資料 — PyMuPDF drawing directly.

Run from corpus/dev53:  python3 build/nd_fujiyoshida_committee_1.py
All figures are invented; wording and layout follow real 債権管理委員会・対策会議 materials (see README_nd.md).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nd_common import Gold, PDF_DIR, WORK, check, comma, era, rate, tri, zen, oku_man  # noqa: E402
from nd_draw import Canvas  # noqa: E402

STEM = "nd_fujiyoshida_committee_1"
CITY = "富士吉田市"
TITLE = "令和７年度第２回富士吉田市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2025-11-14", "令和７年11月14日")

HEAD = (0.80, 0.87, 0.80)
HEAD2 = (0.92, 0.95, 0.92)
ZEB = (0.95, 0.96, 0.98)
TOTF = (0.88, 0.88, 0.88)

# ----------------------------------------------------------------------------- data (千円)
DEBTS = {  # canonical, short label, full name, 所管課, 区分, 時効
    "shizei": ("市税", "市税", "市税", "収納課", "強制徴収公債権", "５年"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険税", "収納課", "強制徴収公債権", "５年"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "長寿介護課", "強制徴収公債権", "２年"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権", "２年"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "都市整備課", "私債権", "５年"),
    "suido": ("水道料金", "水道料金", "水道料金", "上下水道課", "私債権", "２年"),
}
ORDER = list(DEBTS)
SPECS = {  # cur0, growth, cur rate 2017->2024, arr rate 2017->2024, write-off share, arrears 2017
    "shizei": (5_850_000, 0.004, (97.85, 98.93), (17.5, 26.8), 0.08, 420_000),
    "kokuho": (1_420_000, -0.015, (90.80, 93.62), (14.2, 21.9), 0.10, 760_000),
    "kaigo": (1_010_000, 0.02, (98.30, 99.05), (11.5, 18.4), 0.20, 41_000),
    "kouki": (410_000, 0.025, (99.20, 99.55), (30.0, 41.0), 0.10, 5_200),
    "jutaku": (118_000, -0.01, (95.10, 96.80), (8.0, 12.5), 0.05, 62_000),
    "suido": (1_310_000, -0.005, (98.10, 98.76), (45.0, 58.0), 0.08, 52_000),
}
YEARS = list(range(2017, 2025))
rnd = random.Random(5303)
D = {}
for k in ORDER:
    cur0, g, (r0, r1), (a0, a1), w, arr0 = SPECS[k]
    D[k] = {}
    prev = None
    for i, fy in enumerate(YEARS):
        t = i / (len(YEARS) - 1)
        ca = round(cur0 * (1 + g) ** i * (1 + rnd.uniform(-0.01, 0.01)))
        cr = r0 + (r1 - r0) * t + (rnd.uniform(-0.08, 0.08) if 0 < i else 0)
        if k == "shizei" and fy == 2020:
            cr -= 0.35       # 令和二年度: 徴収猶予の特例の影響
        cc = round(ca * cr / 100)
        aa = arr0 if prev is None else prev
        ar = a0 + (a1 - a0) * t + (rnd.uniform(-0.7, 0.7) if 0 < i else 0)
        ac = round(aa * ar / 100)
        wo = round(aa * w * (1 + rnd.uniform(-0.15, 0.15)))
        out = ca + aa - cc - ac - wo
        D[k][fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ca + aa, tc=cc + ac, wo=wo, out=out)
        prev = out
# 住宅使用料 is shown in 円 on its sheet: give the amounts yen precision (the 千円 figures stay the rounded ones)
YEN = {}
for fy in YEARS:
    d = D["jutaku"][fy]
    y = {f: d[f] * 1000 + rnd.randint(-499, 499) for f in ("ca", "cc", "aa", "ac", "wo")}
    y["ta"], y["tc"] = y["ca"] + y["aa"], y["cc"] + y["ac"]
    y["out"] = y["ta"] - y["tc"] - y["wo"]
    YEN[fy] = y
for fy in YEARS:   # re-derive the 千円 figures from the yen figures so both tables agree
    for f in ("ca", "cc", "aa", "ac", "wo"):
        D["jutaku"][fy][f] = round(YEN[fy][f] / 1000)
    d = D["jutaku"][fy]
    d["ta"], d["tc"] = d["ca"] + d["aa"], d["cc"] + d["ac"]
    d["out"] = d["ta"] - d["tc"] - d["wo"]
# 9月末 interim (R7 = 2025, R6 = 2024 same month) for the 取組個票 debts
SEP = {}
for k in ("shizei", "kokuho", "suido", "jutaku"):
    SEP[k] = {}
    for fy, base, bump in ((2025, 2024, 0.0), (2024, 2023, {"shizei": -0.60, "kokuho": 0.35, "suido": -0.21,
                                                             "jutaku": -1.12}[k])):
        b = D[k][base]
        ca = round(b["ca"] * (1 + rnd.uniform(-0.01, 0.01)))
        share = {"shizei": 0.5284, "kokuho": 0.4120, "suido": 0.5031, "jutaku": 0.4876}[k] + bump / 100
        cc = round(ca * share)
        aa = b["out"] if fy == 2025 else D[k][2023]["out"]
        ac = round(aa * {"shizei": 0.118, "kokuho": 0.083, "suido": 0.305, "jutaku": 0.046}[k] * (1 + bump / 10))
        SEP[k][fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac)
    if k == "jutaku":
        for fy in (2024, 2025):
            s = SEP[k][fy]
            for f in ("ca", "cc", "ac"):
                s[f] = s[f] * 1000 + rnd.randint(-499, 499)
            s["aa"] = YEN[2024]["out"] if fy == 2025 else YEN[2023]["out"]
# targets (current, arrears) for R5, R6, R7
TGT = {
    "shizei": {2023: (98.80, 24.00), 2024: (98.90, 25.50), 2025: (99.00, 27.00)},
    "kokuho": {2023: (93.20, 19.50), 2024: (93.60, 21.00), 2025: (94.00, 22.50)},
    "suido": {2023: (98.70, 55.00), 2024: (98.75, 57.00), 2025: (98.80, 58.50)},
    "jutaku": {2023: (96.50, 12.00), 2024: (96.70, 12.20), 2025: (97.00, 13.00)},
}

doc = pymupdf.open()
L, R = 48, 547            # left / right margin
CW = R - L


def footer(c, n):
    c.text(0, 812, f"－ {n} －", 9, "M", align="c", w=c.W)


def heading(c, y, s, size=12.5):
    c.text(L, y, s, size, "G", bold=True)
    c.line(L, y + size + 4, R, y + size + 4, lw=1.2, color=(0.2, 0.35, 0.2))
    return y + size + 12


def fy_r(fy):
    return f"R{fy - 2018}" if fy > 2019 else ("R元" if fy == 2019 else f"H{fy - 1988}")


def m1(v_thousand):
    """千円 -> 百万円 with one decimal (string and yen value)."""
    v = round(v_thousand / 1000, 1)
    return f"{v:,.1f}", round(v * 1_000_000)


# ============================================================================= p1 次第・名簿
P = 1
c = Canvas(doc)
c.text(L, 40, "令和７年度第２回", 11, "G")
c.text(L, 58, "富士吉田市債権管理対策会議　次第", 17, "G", bold=True, align="c", w=CW)
y = 96
y = heading(c, y, "１　開催方法")
y = c.para(L + 12, y, CW - 12, "書面開催", 10.5, "M")
y = c.para(L + 12, y + 2, CW - 12, "本会議は、令和７年11月14日付けで各委員に会議資料を送付し、11月28日（金）までに意見・質問票の提出を"
           "求める書面開催とする。提出された意見等及びその対応は、取りまとめのうえ各委員に送付する。", 10, "M", indent=10)
y += 10
y = heading(c, y, "２　報告事項")
for s in ("（１）令和６年度決算における債権の状況について　……　資料１",
          "（２）主要債権の収納率の推移について　……　資料１－２",
          "（３）前回会議における主な意見と対応について　……　資料１－３"):
    c.text(L + 12, y, s, 10, "M")
    y += 17
y += 8
y = heading(c, y, "３　協議事項")
c.text(L + 12, y, "（１）令和７年度上半期の取組状況と下半期の重点取組について　……　資料２（取組個票）", 10, "M")
y += 30
y = heading(c, y, "４　委員名簿")
c.text(L + 12, y, "（委員８名、事務局３名）", 10, "M")
y += 18
rows = [[{"t": "区分", "fill": HEAD, "al": "c"}, {"t": "職名", "fill": HEAD, "al": "c"},
         {"t": "区分", "fill": HEAD, "al": "c"}, {"t": "職名", "fill": HEAD, "al": "c"}]]
members = [("会長", "副市長"), ("副会長", "総務部長"), ("委員", "企画部長"), ("委員", "市民生活部長"),
           ("委員", "福祉・子育て部長"), ("委員", "健康長寿部長"), ("委員", "都市基盤部長"), ("委員", "上下水道部長")]
staff = [("事務局", "税務課長"), ("事務局", "収納課長"), ("事務局", "収納課収納対策担当")]
right = staff + [("", "")] * (len(members) - len(staff))
for (a, b), (cc_, dd) in zip(members, right):
    rows.append([{"t": a, "al": "c"}, b, {"t": cc_, "al": "c"}, dd])
y = c.table(L + 12, y, [60, 170, 60, 180], rows, rowh=19, size=9.5)
y += 22
y = heading(c, y, "５　配付資料")
for s in ("資料１　　　令和６年度決算における債権の状況",
          "資料１－２　主要債権の収納率の推移（平成29年度～令和６年度）",
          "資料１－３　前回会議（令和７年度第１回）における主な意見と対応",
          "資料２　　　取組個票（市税、国民健康保険税、水道料金、市営住宅使用料）"):
    c.text(L + 12, y, s, 10, "M")
    y += 17
c.rect(L + 250, y + 18, R - L - 250, 44, lw=0.6)
c.text(L + 258, y + 25, "事務局：富士吉田市 総務部 収納課", 9.5, "G")
c.text(L + 258, y + 42, "意見・質問票の提出期限　令和７年11月28日（金）", 9.5, "G")
assert y + 62 < 800
footer(c, 1)

# ============================================================================= p2 資料１
P = 2
c = Canvas(doc)
c.text(R - 60, 36, "資料１", 11, "G", bold=True)
c.rect(R - 66, 32, 66, 20, lw=0.8)
y = 64
y = heading(c, y, "令和６年度決算における債権の状況")
TOT = {fy: {f: sum(D[k][fy][f] for k in ORDER) for f in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
       for fy in YEARS}
o6, o5 = TOT[2024]["out"], TOT[2023]["out"]
o6y = round(o6 * 1000, -6)
dy = round((o5 - o6) * 1000, -6)
pct_d = round((o6 / o5 - 1) * 100, 1)
tr6, tr5 = rate(TOT[2024]["tc"], TOT[2024]["ta"]), rate(TOT[2023]["tc"], TOT[2023]["ta"])
assert o6 < o5 and tr6 > tr5
a1 = G.fact(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", o6y, "yen", "約" + oku_man(o6y),
            approx=True)
a2 = G.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", -dy, "yen", "約" + oku_man(dy),
            approx=True)
a3 = G.fact(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", tr6, "percent", f"{tr6:.2f}％")
a4 = G.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", round(tr6 - tr5, 2), "points",
            f"{tr6 - tr5:.2f}ポイント")
kk6 = D["kokuho"][2024]
kk_o = round(kk6["out"] * 1000, -6)
a5 = G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", kk_o, "yen",
            "約" + oku_man(kk_o), approx=True)
y = c.para(L, y, CW, f"令和６年度決算における対象６債権の収入未済額は、合計で{a1}となり、前年度に比べ{a2}"
           f"（{tri(pct_d, lambda v: f'{v:.1f}', '▲')}％）減少した。対象債権全体の収納率は{a3}で、前年度比{a4}上昇している。"
           f"債権別では、国民健康保険税の収入未済額が{a5}と最も大きく、引き続き重点的な取組が必要である。",
           10, "M", indent=10)
y += 8
c.text(L, y, "表１　債権別・年度別の収納状況", 10, "G", bold=True)
c.text(R - 110, y + 2, "（単位：百万円、％）", 8.5, "G")
y += 16
hdr = [{"t": t, "fill": HEAD, "al": "c", "head": True} for t in
       ("債権名", "年度", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額", "前年度比")]
rows = [{"cells": hdr, "h": 18}]
for k in ORDER + ["total"]:
    lab = "合計" if k == "total" else DEBTS[k][1]
    deb = None if k == "total" else DEBTS[k][0]
    for j, fy in enumerate((2022, 2023, 2024)):
        d = TOT[fy] if k == "total" else D[k][fy]
        cells = []
        if j == 0:
            cells.append({"t": lab, "rs": 3, "al": "c", "fill": TOTF if k == "total" else None})
        cells.append({"t": fy_r(fy), "al": "c"})
        for f, met in (("ta", "assessed"), ("tc", "collected")):
            s, v = m1(d[f])
            cells.append({"t": G.fact(P, deb, lab, fy, fy_r(fy), "total", met, "actual", v, "yen", s), "al": "r"})
        r_ = rate(d["tc"], d["ta"])
        cells.append({"t": G.fact(P, deb, lab, fy, fy_r(fy), "total", "collection_rate", "actual", r_, "percent",
                                  f"{r_:.2f}"), "al": "r"})
        s, v = m1(d["wo"])
        cells.append({"t": G.fact(P, deb, lab, fy, fy_r(fy), "total", "written_off", "actual", v, "yen", s), "al": "r"})
        s, v = m1(d["out"])
        cells.append({"t": G.fact(P, deb, lab, fy, fy_r(fy), "total", "outstanding", "actual", v, "yen", s), "al": "r"})
        prev = TOT[fy - 1] if k == "total" else D[k][fy - 1]
        dd = round(round(d["out"] / 1000, 1) - round(prev["out"] / 1000, 1), 1)
        cells.append({"t": G.fact(P, deb, lab, fy, fy_r(fy), "total", "difference", "actual", round(dd * 1e6), "yen",
                                  tri(dd, lambda v: f"{v:,.1f}", "▲")), "al": "r"})
        if k == "total":
            rfill = TOTF
        else:
            rfill = ZEB if ORDER.index(k) % 2 else None
        rows.append({"cells": cells, "fill": rfill})
y = c.table(L, y, [62, 34, 68, 68, 50, 62, 68, 60], rows, rowh=15.2, size=8.6)
y += 4
y = c.para(L, y, CW, "（注）債権名の略称　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
           "住宅使用料＝市営住宅使用料。前年度比は収入未済額の増減（▲は減少）。百万円未満を四捨五入しているため、"
           "内訳の計と合計が一致しない場合がある。", 8.3, "G", lead=1.45, hang=24)
y += 14
# 図１ bar chart with data labels (億円, one decimal)
c.text(L, y, "図１　対象債権全体の収入未済額の推移（単位：億円）", 10, "G", bold=True)
y += 20
base = y + 150
c.line(L + 20, base, R - 10, base, lw=0.8)
mx = max(TOT[fy]["out"] for fy in YEARS) / 100000
for i, fy in enumerate(YEARS):
    v = round(TOT[fy]["out"] / 100000, 1)
    h = v / mx * 120
    x = L + 40 + i * 58
    c.rect(x, base - h, 34, h, stroke=None, fill=(0.35, 0.55, 0.35) if fy == 2024 else (0.65, 0.78, 0.65), lw=0)
    lab = f"{v:.1f}"
    G.fact(P, None, None, fy, fy_r(fy), "total", "outstanding", "actual", round(v * 1e8), "yen", lab)
    c.text(x - 6, base - h - 13, lab, 9, "G", align="c", w=46)
    c.text(x - 6, base + 4, fy_r(fy), 9, "G", align="c", w=46)
y = base + 22
assert y < 800, y
footer(c, 2)

# ============================================================================= p3/p4 資料１－２ wide table split
COLS_L = [2017, 2018, 2019, 2020]
COLS_R = [2021, 2022, 2023, 2024]
YL = {2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度",
      2023: "令和５年度", 2024: "令和６年度"}


def wide(c, y, years, page, cont):
    hdr1 = [{"t": "債権名", "rs": 2, "fill": HEAD, "al": "c"}, {"t": "区分", "rs": 2, "fill": HEAD, "al": "c"}]
    for fy in years:
        hdr1.append({"t": f"{YL[fy]}（{fy}）", "cs": 2, "fill": HEAD, "al": "c"})
    hdr2 = []
    for fy in years:
        hdr2 += [{"t": "調定額", "fill": HEAD2, "al": "c", "size": 8}, {"t": "収納率", "fill": HEAD2, "al": "c", "size": 8}]
    rows = [{"cells": hdr1, "h": 17}, {"cells": hdr2, "h": 15}]
    for k in ORDER:
        for i, (seg, sl, fa, fc) in enumerate((("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"))):
            cells = []
            if i == 0:
                cells.append({"t": DEBTS[k][2], "rs": 2, "al": "c", "size": 8.2})
            cells.append({"t": sl, "al": "c", "size": 8})
            for fy in years:
                d = D[k][fy]
                s, v = m1(d[fa])
                cells.append({"t": G.fact(page, DEBTS[k][0], DEBTS[k][2], fy, YL[fy], seg, "assessed", "actual", v,
                                          "yen", s), "al": "r"})
                r_ = rate(d[fc], d[fa])
                cells.append({"t": G.fact(page, DEBTS[k][0], DEBTS[k][2], fy, YL[fy], seg, "collection_rate", "actual",
                                          r_, "percent", f"{r_:.2f}%"), "al": "r"})
            rows.append({"cells": cells, "fill": ZEB if ORDER.index(k) % 2 else None})
    return c.table(L, y, [92, 52] + [44, 44.9] * 4, rows, rowh=16, size=8.3)


P = 3
c = Canvas(doc)
c.text(R - 84, 36, "資料１－２", 11, "G", bold=True)
c.rect(R - 90, 32, 90, 20, lw=0.8)
y = 64
y = heading(c, y, "主要債権の調定額及び収納率の推移（平成29年度～令和６年度）")
c.text(R - 110, y, "（単位：百万円、％）", 8.5, "G")
y += 14
y = wide(c, y, COLS_L, P, False)
c.text(R - 100, y + 3, "（次ページへ続く）", 8.5, "G")
y += 28
c.text(R - 84, y, "資料１－３", 11, "G", bold=True)
c.rect(R - 90, y - 4, 90, 20, lw=0.8)
y += 28
y = heading(c, y, "前回会議（令和７年度第１回・令和７年７月10日開催）における主な意見と対応", 11.5)
kk5 = D["kokuho"][2023]
wo_kk = round(D["kokuho"][2024]["wo"] * 1000, -6)
q_wo = G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "written_off", "actual", wo_kk, "yen",
              "約" + oku_man(wo_kk), approx=True)
ar_kk6 = rate(D["kokuho"][2024]["ac"], D["kokuho"][2024]["aa"])
q_ar = G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", ar_kk6,
              "percent", f"{ar_kk6:.2f}％")
sd = SEP["suido"][2025]
QA = [
    ("○委員（企画部長）", "国民健康保険税の滞納繰越分の収納率は、他の債権に比べて低い水準にある。要因と今後の対策を伺いたい。"),
    ("○収納課長", f"滞納繰越分には、分納を長期間継続している案件や、財産がなく徴収が困難な案件が多く含まれている。"
                 f"令和６年度は財産調査の結果を踏まえて執行停止を積極的に行い、不納欠損額は{q_wo}となった。"
                 f"その結果、滞納繰越分の収納率は{q_ar}まで改善している。今後も回収と整理の両面から取り組む。"),
    ("○委員（上下水道部長）", "水道料金について、給水停止予告の発送から実際の停止に至るまでの運用はどうなっているか。"),
    ("○上下水道課長", "給水停止予告書の発送後、納付又は納付相談のない使用者について、おおむね２週間後に給水停止を執行している。"
                    "執行件数は前年度並みで推移している。"),
    ("○委員（福祉・子育て部長）", "生活困窮が疑われる滞納者について、福祉部門との連携はどのように行っているか。"),
    ("○収納課長", "納付相談の中で生活困窮が把握された場合には、本人の同意を得て生活自立支援の相談窓口につないでいる。"
                 "令和７年度からは、つないだ件数を四半期ごとに集計し、本会議に報告する。"),
]
for sp, tx in QA:
    c.text(L + 4, y, sp, 9.5, "G", bold=True)
    y += 14
    y = c.para(L + 16, y, CW - 16, tx, 9.5, "M", lead=1.5, indent=9)
    y += 5
assert y < 800, y
footer(c, 3)

P = 4
c = Canvas(doc)
c.text(L, 40, "資料１－２（前ページからの続き）", 10, "G")
c.text(R - 110, 42, "（単位：百万円、％）", 8.5, "G")
y = 58
y = wide(c, y, COLS_R, P, True)
y += 20
# prose with 令和二年度 and era-less years
sz2 = rate(D["shizei"][2020]["cc"], D["shizei"][2020]["ca"])
sz1 = rate(D["shizei"][2019]["cc"], D["shizei"][2019]["ca"])
sz6 = rate(D["shizei"][2024]["cc"], D["shizei"][2024]["ca"])
assert sz2 < sz1 and sz6 > sz2
b1 = G.fact(P, "市税", "市税", 2020, "令和二年度", "current", "collection_rate", "actual", sz2, "percent", f"{sz2:.2f}％")
b2 = G.fact(P, "市税", "市税", 2020, "令和二年度", "current", "difference", "actual", round(sz2 - sz1, 2), "points",
            f"{abs(sz2 - sz1):.2f}ポイント")
b3 = G.fact(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", sz6, "percent", f"{sz6:.2f}％")
y = heading(c, y, "収納率の推移について", 11.5)
y = c.para(L, y, CW, f"市税の現年度分収納率は、新型コロナウイルス感染症の影響により徴収猶予の特例を適用した案件が多かった"
           f"令和二年度に{b1}と、前年度から{b2}低下したが、その後は回復し、令和６年度は{b3}となった。"
           f"国民健康保険税及び水道料金の滞納繰越分の収納率も、平成29年度以降おおむね上昇傾向にある。", 10, "M", indent=10)
y += 12
# 【参考】 box with label：value bullets
ref = []
for k in ("shizei", "kokuho", "suido"):
    nm = DEBTS[k][2]
    v5 = rate(D[k][2023]["cc"], D[k][2023]["ca"])
    t7 = TGT[k][2025][0]
    ra = G.fact(P, DEBTS[k][0], nm, 2023, "5年度実績", "current", "collection_rate", "actual", v5, "percent", f"{v5:.2f}％")
    rt = G.fact(P, DEBTS[k][0], nm, 2025, "7年度目標", "current", "collection_rate", "target", t7, "percent", f"{t7:.2f}％")
    ref.append(f"・{nm}（現年度分）　5年度実績：{ra}　　7年度目標：{rt}")
bx_y = y
c.text(L + 10, y + 8, "【参考】現年度分収納率の実績と目標", 10, "G", bold=True)
yy = y + 26
for s in ref:
    c.text(L + 18, yy, s, 9.5, "G")
    yy += 16
c.rect(L, bx_y, CW, yy - bx_y + 6, lw=0.8)
y = yy + 20
# two-column 2段組 note with figures in both columns
y = heading(c, y, "不納欠損処分の状況", 11.5)
colw = (CW - 18) / 2
wo_sz = round(D["shizei"][2024]["wo"] * 1000, -6)
wo_js = round(D["jutaku"][2024]["wo"] * 1000, -4)
wo_sd = round(D["suido"][2024]["wo"] * 1000, -5)
t_l = (f"令和６年度の不納欠損額は、市税が{G.fact(P, '市税', '市税', 2024, '令和６年度', 'total', 'written_off', 'actual', wo_sz, 'yen', '約' + oku_man(wo_sz), approx=True)}"
       f"で、その大半は地方税法第15条の７第４項による執行停止後３年経過によるものである。"
       f"執行停止は、財産調査により滞納処分をすることができる財産がないことを確認したうえで行っている。")
t_r = (f"私債権では、市営住宅使用料が{G.fact(P, '市営住宅使用料', '市営住宅使用料', 2024, '令和６年度', 'total', 'written_off', 'actual', wo_js, 'yen', '約' + oku_man(wo_js), approx=True)}、"
       f"水道料金が{G.fact(P, '水道料金', '水道料金', 2024, '令和６年度', 'total', 'written_off', 'actual', wo_sd, 'yen', '約' + oku_man(wo_sd), approx=True)}"
       f"で、いずれも富士吉田市債権管理条例に基づく債権放棄によるものである。放棄した債権は、議会に報告している。")
y1 = c.para(L, y, colw, t_l, 9.5, "M", indent=9.5)
y2 = c.para(L + colw + 18, y, colw, t_r, 9.5, "M", indent=9.5)
c.line(L + colw + 9, y, L + colw + 9, max(y1, y2), lw=0.4, color=(0.5, 0.5, 0.5))
y = max(y1, y2)
assert y < 800, y
footer(c, 4)

# ============================================================================= p5-8 取組個票
SHEETS = [
    ("shizei", 1, "千円", "list"),
    ("kokuho", 2, "千円", "box"),
    ("suido", 3, "千円", "table"),
    ("jutaku", 4, "円", "plain"),
]
INITS = {
    "shizei": [
        ("（１）現年度分", [
            ("①", "納期限後20日以内の督促状発送を徹底し、督促後10日を経過しても納付のない者に電話催告を行う。", "継続"),
            ("②", "ＷＥＢ口座振替受付サービスの案内を納税通知書に同封し、口座振替の加入率向上を図る。", "拡充"),
            ("③", "ＳＭＳによる納付案内を、軽自動車税（種別割）の未納者にも送信する。", "新規"),
        ]),
        ("（２）滞納繰越分", [
            ("①", "滞納額50万円以上の事案について、担当者ごとに処理計画を作成し、月１回進捗を確認する。", "継続"),
            ("②", "山梨県地方税滞納整理推進機構への引継ぎにより、高額・困難事案の解消を図る。", "継続"),
        ]),
    ],
    "kokuho": [
        ("ア", "資格取得の届出時に口座振替の申込みを受け付け、納付方法を口座振替へ誘導する。", "継続"),
        ("イ", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
        ("ウ", "給与・年金の差押えを中心に、財産調査後速やかに滞納処分を執行する。", "拡充"),
        ("エ", "所得未申告世帯への申告勧奨を行い、軽減判定の適正化と現年度分の納付につなげる。", "新規"),
    ],
    "suido": [
        ("(1)", "督促・催告", "４月～翌３月", "督促状発送後、未納が続く使用者に催告書を送付し、給水停止予告につなげる。", "継続"),
        ("(2)", "給水停止", "随時", "予告後も納付又は相談のない使用者について、給水停止を執行する。", "継続"),
        ("(3)", "転出者対策", "10月～", "閉栓時に精算を求め、転出先への文書催告を行う。", "新規"),
    ],
    "jutaku": [
        ("1", "家賃の滞納が３か月に達した入居者に対し、連帯保証人への納付請求を行う。", "継続"),
        ("2", "滞納が６か月以上の入居者について、明渡し請求及び訴えの提起を検討する。", "拡充"),
        ("3", "退去者の滞納家賃について、債権回収の委託を試行する。", "新規"),
    ],
}
for k, no, unit, style in SHEETS:
    P = 4 + no
    deb, short, nm, ka, kubun, jiko = DEBTS[k]
    mul = 1 if unit == "円" else 1000
    src = YEN if unit == "円" else {fy: D[k][fy] for fy in YEARS}
    c = Canvas(doc)
    c.text(R - 150, 34, f"資料２　取組個票（No.{no}）", 10.5, "G", bold=True)
    y = 56
    y = heading(c, y, f"債権ごとの取組（{nm}）", 13)
    lv = [[{"t": "債権名", "fill": HEAD, "al": "c"}, {"t": nm}, {"t": "所管課", "fill": HEAD, "al": "c"}, {"t": ka},
           {"t": "債権区分", "fill": HEAD, "al": "c"}, {"t": kubun, "size": 8.3}, {"t": "時効", "fill": HEAD, "al": "c"},
           {"t": jiko, "al": "c"}]]
    y = c.table(L, y, [48, 92, 48, 64, 52, 96, 36, 63], lv, rowh=20, size=9.2) + 14
    c.text(L, y, "１　収納状況の推移", 11, "G", bold=True)
    c.text(R - 100, y + 2, f"（単位：{unit}、％）", 8.5, "G")
    y += 16
    yrs = [2020, 2021, 2022, 2023, 2024]
    hdr = [{"t": "区分", "cs": 2, "fill": HEAD, "al": "c"}] + [{"t": fy_r(fy), "fill": HEAD, "al": "c"} for fy in yrs] + \
          [{"t": "R7（9月末）", "fill": HEAD, "al": "c"}]
    rows = [{"cells": hdr, "h": 16}]
    sep = SEP[k][2025]
    for seg, sl, fa, fc in (("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac")):
        for j, (met, ml) in enumerate((("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率"))):
            cells = []
            if j == 0:
                cells.append({"t": sl, "rs": 3, "al": "c", "size": 8.3})
            cells.append({"t": ml, "size": 8.3})
            for fy in yrs + [2025]:
                d = sep if fy == 2025 else src[fy]
                kw = dict(as_of="2025-09-30") if fy == 2025 else {}
                basis = "interim" if fy == 2025 else "actual"
                fyraw = "R7（9月末）" if fy == 2025 else fy_r(fy)
                if met == "collection_rate":
                    v = rate(d[fc], d[fa])
                    cells.append({"t": G.fact(P, deb, nm, fy, fyraw, seg, met, basis, v, "percent", f"{v:.2f}", **kw),
                                  "al": "r"})
                else:
                    v = d[fa] if met == "assessed" else d[fc]
                    cells.append({"t": G.fact(P, deb, nm, fy, fyraw, seg, met, basis, v * mul, "yen", comma(v), **kw),
                                  "al": "r"})
            rows.append({"cells": cells, "fill": HEAD2 if met == "collection_rate" else None})
    for f, met, ml in (("wo", "written_off", "不納欠損額"), ("out", "outstanding", "収入未済額")):
        cells = [{"t": ml, "cs": 2, "size": 8.3}]
        for fy in yrs:
            v = src[fy][f]
            cells.append({"t": G.fact(P, deb, nm, fy, fy_r(fy), "total", met, "actual", v * mul, "yen", comma(v)),
                          "al": "r"})
        cells.append({"t": "－", "al": "c"})
        rows.append(cells)
    cw = [46, 50] + [68] * 5 + [63]
    y = c.table(L, y, cw, rows, rowh=15.5, size=8.4) + 4
    c.text(L, y, "※ R7（9月末）は令和７年９月30日現在の累計。滞納繰越分の調定額は前年度末の収入未済額。", 8, "G")
    y += 18
    # 2 数値目標と達成状況 — two year blocks side by side
    c.text(L, y, "２　数値目標と達成状況", 11, "G", bold=True)
    y += 16
    hdr1 = [{"t": "区分", "rs": 2, "fill": HEAD, "al": "c"}, {"t": "令和５年度", "cs": 3, "fill": HEAD, "al": "c"},
            {"t": "令和６年度", "cs": 3, "fill": HEAD, "al": "c"}, {"t": "令和７年度", "fill": HEAD, "al": "c"}]
    hdr2 = [{"t": t, "fill": HEAD2, "al": "c", "size": 8.2} for t in ("目標", "実績", "達成率", "目標", "実績", "達成率", "目標")]
    rows = [{"cells": hdr1, "h": 16}, {"cells": hdr2, "h": 15}]
    for i, (seg, sl, fa, fc) in enumerate((("current", "現年度分収納率", "ca", "cc"), ("arrears", "滞納繰越分収納率", "aa", "ac"))):
        cells = [{"t": sl, "size": 8.4}]
        for fy in (2023, 2024):
            t = TGT[k][fy][i]
            a = rate(src[fy][fc], src[fy][fa])
            cells.append({"t": G.fact(P, deb, nm, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "target", t,
                                      "percent", f"{t:.2f}%"), "al": "r"})
            cells.append({"t": G.fact(P, deb, nm, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "actual", a,
                                      "percent", f"{a:.2f}%"), "al": "r"})
            ach = round(a / t * 100, 1)
            cells.append({"t": G.fact(P, deb, nm, fy, f"令和{fy - 2018}年度", seg, "achievement_rate", "actual", ach,
                                      "percent", f"{ach:.1f}%"), "al": "r"})
        t7 = TGT[k][2025][i]
        cells.append({"t": G.fact(P, deb, nm, 2025, "令和７年度", seg, "collection_rate", "target", t7, "percent",
                                  f"{t7:.2f}%"), "al": "r"})
        rows.append(cells)
    y = c.table(L, y, [95, 58, 58, 50, 58, 58, 50, 72], rows, rowh=16, size=8.6) + 4
    c.text(L, y, "※ 達成率＝実績÷目標×100", 8, "G")
    y += 18
    # 3 取組内容
    c.text(L, y, "３　令和７年度の取組内容", 11, "G", bold=True)
    y += 18
    SEC = "令和７年度の取組内容"
    if style == "list":
        for title, items in INITS[k]:
            c.text(L + 8, y, title, 10, "G", bold=True)
            y += 15
            for lbl, text, st in items:
                G.init(P, deb, 2025, SEC, ("(1)" if "１" in title else "(2)") + lbl, text, st)
                y = c.para(L + 16, y, CW - 16, f"{lbl}　{text}【{st}】", 9.4, "M", lead=1.45, hang=14)
                y += 2
            y += 3
    elif style == "box":
        top = y
        y += 8
        for lbl, text, st in INITS[k]:
            G.init(P, deb, 2025, SEC, lbl, text, st)
            y = c.para(L + 12, y, CW - 24, f"{lbl}　{text}【{st}】", 9.4, "M", lead=1.45, hang=14)
            y += 3
        c.rect(L + 2, top, CW - 4, y - top + 4, lw=0.8)
        y += 10
    elif style == "table":
        rows = [[{"t": t, "fill": HEAD, "al": "c"} for t in ("No.", "項目", "実施時期", "内容")]]
        for lbl, item, when, text, st in INITS[k]:
            G.init(P, deb, 2025, SEC, lbl, text, st)
            rows.append({"cells": [{"t": lbl, "al": "c"}, item, {"t": when, "al": "c"}, f"{text}【{st}】"], "h": 28})
        y = c.table(L, y, [30, 70, 70, 329], rows, rowh=16, size=8.8) + 10
    else:
        for lbl, text, st in INITS[k]:
            G.init(P, deb, 2025, SEC, lbl, text, st)
            y = c.para(L + 8, y, CW - 8, f"{lbl}．{text}", 9.4, "M", lead=1.45, hang=14)
            c.text(R - 40, y, f"【{st}】", 9.4, "M")
            y += 15
        y += 4
    # 5-like block placed before 4: 滞納者数 (persons) and case counts (no gold for counts)
    c.text(L, y, "４　滞納者数及び滞納処分等の状況", 11, "G", bold=True)
    y += 16
    DQ = {"shizei": [2210, 2135, 2046, 1962, 1890], "kokuho": [1388, 1342, 1297, 1245, 1203],
          "suido": [905, 887, 861, 842, 820], "jutaku": [61, 58, 57, 53, 50]}[k]
    CASES = {"shizei": ("差押件数（件）", [812, 845, 871, 902, 934]), "kokuho": ("差押件数（件）", [301, 318, 322, 340, 355]),
             "suido": ("給水停止件数（件）", [64, 71, 69, 75, 72]), "jutaku": ("法的措置件数（件）", [2, 3, 2, 4, 3])}[k]
    rows = [[{"t": "区分", "fill": HEAD, "al": "c"}] + [{"t": fy_r(fy), "fill": HEAD, "al": "c"} for fy in yrs]]
    rows.append([{"t": "滞納者数（人）", "size": 8.4}] +
                [{"t": G.fact(P, deb, nm, fy, fy_r(fy), "total", "delinquents", "actual", v, "persons", comma(v)),
                  "al": "r"} for fy, v in zip(yrs, DQ)])
    rows.append([{"t": CASES[0], "size": 8.4}] + [{"t": comma(v), "al": "r"} for v in CASES[1]])
    y = c.table(L, y, [96] + [80.6] * 5, rows, rowh=16, size=8.6) + 16
    # 4 上半期の実績 (interim prose)
    c.text(L, y, "５　上半期の実績と下半期の重点", 11, "G", bold=True)
    y += 17
    s5, s4 = SEP[k][2025], SEP[k][2024]
    r5, r4 = rate(s5["cc"], s5["ca"]), rate(s4["cc"], s4["ca"])
    p1 = G.fact(P, deb, nm, 2025, "９月末", "current", "collection_rate", "interim", r5, "percent", f"{r5:.2f}％",
                as_of="2025-09-30")
    p2 = G.fact(P, deb, nm, 2024, "前年同期", "current", "collection_rate", "interim", r4, "percent", f"{r4:.2f}％",
                as_of="2024-09-30")
    dd = round(r5 - r4, 2)
    p3 = G.fact(P, deb, nm, 2025, "９月末", "current", "difference", "interim", dd, "points", f"{abs(dd):.2f}ポイント",
                as_of="2025-09-30")
    word = "上回って" if dd >= 0 else "下回って"
    txt = (f"９月末の現年度分収納率は{p1}で、前年同期（{p2}）を{p3}{word}いる。")
    if k in ("shizei", "kokuho"):
        ao = s5["aa"] - s5["ac"]
        aoy = round(ao * 1000, -6)
        p4 = G.fact(P, deb, nm, 2025, "９月末", "arrears", "outstanding", "interim", aoy, "yen", "約" + oku_man(aoy),
                    approx=True, as_of="2025-09-30")
        txt += f"滞納繰越分の未収額は{p4}で、下半期は高額事案の財産調査と差押えを重点的に進める。"
    else:
        txt += "下半期は、新規滞納者への早期の接触を重点とし、滞納の長期化を防ぐ。"
    y = c.para(L, y, CW, txt, 9.8, "M", indent=9.8)
    assert y < 800, (k, y)
    footer(c, P)


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    doc.set_metadata({"title": TITLE, "author": "富士吉田市", "creator": "nd build (PyMuPDF)"})
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    gp = G.write(pdf)
    bad = check(pdf, gp)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
