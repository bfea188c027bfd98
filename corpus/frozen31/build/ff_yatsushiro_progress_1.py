"""ff_yatsushiro_progress_1: 12月末 取組状況 report (収納対策) with district figures and charts.

Tool chain: PyMuPDF drawing directly (insert_text / draw_rect / lines, IPAex fonts, subset).
Run from corpus/frozen31:  python3 build/ff_yatsushiro_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ff_common import PDF_DIR, Gold, check_pdf, comma, kan_yen, rate, tri, wareki, zen  # noqa: E402
from ff_pdfdraw import para, setup, table, text, tw  # noqa: E402

STEM = "ff_yatsushiro_progress_1"
CITY = "八代市"
TITLE = "令和７年度 市税等収納対策の取組状況（令和７年12月末現在）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2026-01-20", "令和８年１月20日")

YRS = [2021, 2022, 2023, 2024, 2025]
ASOF = {fy: f"{fy}-12-31" for fy in YRS}

# interim (12月末) inputs: current assessed (千円), current rate, arrears assessed (千円), arrears rate
RAW = {
    "市税": ([12_640_000, 12_780_000, 12_910_000, 13_020_000, 13_150_000], [77.80, 77.95, 78.02, 78.07, 78.42],
           [520_000, 480_000, 445_000, 412_000, 389_000], [19.5, 20.2, 20.9, 21.4, 22.1]),
    "国民健康保険税": ([2_410_000, 2_350_000, 2_300_000, 2_255_000, 2_214_000], [66.1, 66.4, 66.8, 67.2, 67.9],
                [640_000, 610_000, 585_000, 560_000, 532_000], [15.2, 15.9, 16.5, 17.0, 17.8]),
    "介護保険料": ([1_820_000, 1_838_000, 1_861_000, 1_884_000, 1_902_000], [76.5, 76.7, 76.9, 77.0, 77.3],
              [62_000, 60_100, 58_300, 56_600, 55_000], [10.1, 10.6, 11.1, 11.5, 12.0]),
    "後期高齢者医療保険料": ([1_010_000, 1_041_000, 1_079_000, 1_112_000, 1_148_000], [74.2, 74.4, 74.6, 74.8, 75.0],
                   [9_800, 9_600, 9_350, 9_100, 8_900], [25.0, 25.9, 26.7, 27.4, 28.1]),
    "市営住宅使用料": ([420_000, 414_000, 409_000, 403_000, 398_000], [71.5, 71.9, 72.3, 72.8, 73.2],
                [61_000, 58_500, 56_200, 54_000, 52_000], [9.5, 10.1, 10.6, 11.2, 11.8]),
    "下水道使用料": ([1_350_000, 1_361_000, 1_372_000, 1_383_000, 1_392_000], [72.0, 72.2, 72.4, 72.6, 72.8],
               [28_000, 27_000, 26_100, 25_300, 24_500], [30.2, 31.3, 32.2, 33.1, 34.0]),
}
NAMES = list(RAW)
ABBR = {"国民健康保険税": "国保税", "後期高齢者医療保険料": "後期高齢者医療保険料"}

I = {}   # interim: I[name][fy] = dict(ca, cc, aa, ac) in yen
for nm, (ca, cr, aa, ar) in RAW.items():
    I[nm] = {}
    for i, fy in enumerate(YRS):
        h = sum(ord(ch) for ch in nm)
        c = ca[i] * 1000 + ((i * 7919 + h * 104729) % 8999) * 1000 - 4_500_000
        a = aa[i] * 1000 + ((i * 3571 + h * 7727) % 899) * 1000 - 450_000
        I[nm][fy] = dict(ca=c, cc=int(round(c * cr[i] / 100 / 1000)) * 1000,
                         aa=a, ac=int(round(a * ar[i] / 100 / 1000)) * 1000)

OFFS = {"後期高齢者医療保険料": (437, 262), "市営住宅使用料": (-318, 145), "下水道使用料": (289, -377)}
for nm, (oa, oc) in OFFS.items():
    for j, fy in enumerate(YRS):
        I[nm][fy]["aa"] += oa + 11 * j
        I[nm][fy]["ac"] += oc - 7 * j


def r1000(n: int) -> int:
    return int(round(n / 1000)) * 1000


# year-end: 2024 決算, 2025 見込, 2025 目標 (annual current assessed = interim/0.985; rates given)
ANNUAL = {  # name: (cur rate 決算R6, arr rate R6, wo% R6, cur 見込 R7, arr 見込 R7, cur 目標 R7, arr 目標 R7)
    "市税": (99.02, 30.10, 7.0, 99.08, 30.80, 99.10, 31.00),
    "国民健康保険税": (94.85, 23.40, 10.5, 95.02, 24.10, 95.20, 25.00),
    "介護保険料": (98.91, 16.80, 22.0, 98.95, 17.30, 99.00, 18.00),
    "後期高齢者医療保険料": (99.38, 36.20, 12.0, 99.41, 37.00, 99.45, 38.00),
    "市営住宅使用料": (96.82, 15.30, 5.0, 97.00, 16.10, 97.20, 17.00),
    "下水道使用料": (98.96, 42.10, 8.0, 99.00, 43.00, 99.05, 44.00),
}


def annual(nm, fy, cr, ar, wo=None):
    ca = int(round(I[nm][fy]["ca"] / 0.985 / 1000)) * 1000
    aa = I[nm][fy]["aa"]
    cc = int(round(ca * cr / 100 / 1000)) * 1000
    ac = int(round(aa * ar / 100 / 1000)) * 1000
    w = int(round(aa * (wo if wo is not None else ANNUAL[nm][2]) / 100 / 1000)) * 1000
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=w, ta=ca + aa, tc=cc + ac, ot=ca + aa - cc - ac - w)


YE = {}
for nm, (c6, a6, w6, c7e, a7e, c7t, a7t) in ANNUAL.items():
    YE[nm] = {"actual": annual(nm, 2024, c6, a6), "estimate": annual(nm, 2025, c7e, a7e),
              "target": annual(nm, 2025, c7t, a7t)}


def k(n):
    return comma(int(round(n / 1000)))


def F(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw=None, **kw):
    digits = raw.replace(",", "")
    if unit == "yen" and digits.isdigit() and int(digits) != value:
        # a figure printed in 千円: the value is the printed number x 1,000
        assert abs(int(digits) * 1000 - value) < 1000, (raw, value)
        value = int(digits) * 1000
    return G.fact(raw, value, unit, metric, basis, fy, fyraw, seg, debt,
                  debt_raw if debt_raw is not None else debt, **kw)


def FI(raw, value, unit, metric, fy, fyraw, seg, debt, debt_raw=None, **kw):
    """interim (12月末) fact"""
    return F(raw, value, unit, metric, "interim", fy, fyraw, seg, debt, debt_raw, as_of=ASOF[fy], **kw)


def r2(nm, fy, seg):
    d = I[nm][fy]
    return rate(d["cc"], d["ca"]) if seg == "current" else rate(d["ac"], d["aa"])


def header(page, no):
    setup(page)
    text(page, 45, 30, "八代市債権管理対策本部会議　資料", 8.5, "G", color=(0.3, 0.3, 0.3))
    text(page, 0, 815, f"- {no} -", 9, "G", align="center", width=page.rect.width)


# ------------------------------------------------------------------ page 1: 2段組 summary
def page1(doc):
    G.page = 1
    pg = doc.new_page(width=595, height=842)
    header(pg, 1)
    text(pg, 0, 70, "令和７年度　市税等収納対策の取組状況", 16, "G", align="center", width=595)
    text(pg, 0, 92, "（令和７年12月末現在）", 11, "G", align="center", width=595)
    text(pg, 380, 118, "令和８年１月20日", 10, "M")
    text(pg, 380, 133, "八代市　財務部　収納対策課", 10, "M")
    pg.draw_line((45, 145), (550, 145), width=1.2)
    text(pg, 45, 166, "１　概況", 12, "G")
    # two columns
    colw, gap = 238, 29
    xL, xR = 45 + 6, 45 + 6 + colw + gap
    t, t6 = I["市税"][2025], I["市税"][2024]
    rc, rc6 = r2("市税", 2025, "current"), r2("市税", 2024, "current")
    ra, ra6 = r2("市税", 2025, "arrears"), r2("市税", 2024, "arrears")
    dc = round(rc - rc6, 2)
    k7, k6 = r2("国民健康保険税", 2025, "current"), r2("国民健康保険税", 2024, "current")
    dk = round(k7 - k6, 2)
    out_k = int(round((I["国民健康保険税"][2025]["ca"] + I["国民健康保険税"][2025]["aa"]
                       - I["国民健康保険税"][2025]["cc"] - I["国民健康保険税"][2025]["ac"]) / 1e6)) * 1_000_000
    out_k6 = int(round((I["国民健康保険税"][2024]["ca"] + I["国民健康保険税"][2024]["aa"]
                        - I["国民健康保険税"][2024]["cc"] - I["国民健康保険税"][2024]["ac"]) / 1e6)) * 1_000_000
    fy, fyr = 2025, "令和７年12月末"
    out_t = int(round((t["ca"] + t["aa"] - t["cc"] - t["ac"]) / 1e6)) * 1_000_000
    out_t6 = int(round((t6["ca"] + t6["aa"] - t6["cc"] - t6["ac"]) / 1e6)) * 1_000_000
    g7, g6 = r2("介護保険料", 2025, "current"), r2("介護保険料", 2024, "current")
    left = ("（１）市税\n"
            f"　令和７年12月末現在の市税の収納率は、現年課税分で{FI(f'{rc:.2f}％', rc, 'percent', 'collection_rate', fy, fyr, 'current', '市税')}となり、"
            f"前年同月と比べ{FI(f'{dc:.2f}ポイント', dc, 'points', 'difference', fy, fyr, 'current', '市税')}上昇しました。"
            f"滞納繰越分は{FI(f'{ra:.1f}％', ra, 'percent', 'collection_rate', fy, fyr, 'arrears', '市税')}で、"
            f"前年同月の{FI(f'{ra6:.1f}％', ra6, 'percent', 'collection_rate', 2024, '前年同月', 'arrears', '市税')}を上回っています。"
            "\n　納期限後20日を目途とした文書催告に加え、ＳＭＳ催告を10月から本格実施したことにより、"
            "初期滞納者からの自主納付が増加しています。"
            f"\n　市税全体の12月末時点の収入未済額は{FI('約' + kan_yen(out_t), out_t, 'yen', 'outstanding', fy, fyr, 'total', '市税', approx=True)}で、"
            f"前年同月と比べ{FI('約' + kan_yen(out_t6 - out_t), out_t - out_t6, 'yen', 'difference', fy, fyr, 'total', '市税', approx=True)}減少しています。")
    y = para(pg, xL, 190, colw, left, 9.6, "M", lead=1.75, hang=0)
    right = ("（２）国民健康保険税\n"
             f"　国民健康保険税の現年課税分の収納率は{FI(f'{k7:.2f}％', k7, 'percent', 'collection_rate', fy, fyr, 'current', '国民健康保険税')}で、"
             f"前年同月から{FI(f'{dk:.2f}ポイント', dk, 'points', 'difference', fy, fyr, 'current', '国民健康保険税')}改善しました。"
             f"12月末時点の収入未済額は{FI('約' + kan_yen(out_k), out_k, 'yen', 'outstanding', fy, fyr, 'total', '国民健康保険税', approx=True)}で、"
             f"前年同月から{FI('約' + kan_yen(out_k6 - out_k), out_k - out_k6, 'yen', 'difference', fy, fyr, 'total', '国民健康保険税', approx=True)}減少しています。"
             "\n　被保険者数の減少が続く中、口座振替への切替えと、短期被保険者証の更新時における納付相談を"
             "重点的に進めています。"
             "\n（３）介護保険料\n"
             f"　介護保険料の現年分の収納率は{FI(f'{g7:.2f}％', g7, 'percent', 'collection_rate', fy, fyr, 'current', '介護保険料')}"
             f"（前年同月{FI(f'{g6:.2f}％', g6, 'percent', 'collection_rate', 2024, '前年同月', 'current', '介護保険料')}）で、"
             "普通徴収の方への口座振替の勧奨を継続しています。")
    y2 = para(pg, xR, 190, colw, right, 9.6, "M", lead=1.75, hang=0)
    pg.draw_line((45 + colw + gap / 2 + 6, 178), (45 + colw + gap / 2 + 6, max(y, y2) - 8), width=0.4, color=(0.5, 0.5, 0.5))
    y = max(y, y2) + 8
    # 【収納率】 bracketed heading over segment-only bullets (市税)
    text(pg, 45, y, "２　市税の収納率", 12, "G")
    y += 20
    text(pg, 60, y, "【収納率】令和７年12月末時点", 10.5, "G")
    y += 17
    tot = rate(t["cc"] + t["ac"], t["ca"] + t["aa"])
    for lab, v, seg in (("現年分", rc, "current"), ("滞繰分", ra, "arrears"), ("合計", tot, "total")):
        raw = FI(f"{v:.2f}％", v, "percent", "collection_rate", fy, "令和７年12月末", seg, "市税")
        text(pg, 75, y, f"・{lab}　{raw}", 10, "M")
        y += 16
    y += 4
    text(pg, 60, y, "【収納率】令和６年12月末時点（前年同月）", 10.5, "G")
    y += 17
    tot6 = rate(t6["cc"] + t6["ac"], t6["ca"] + t6["aa"])
    for lab, v, seg in (("現年分", rc6, "current"), ("滞繰分", ra6, "arrears"), ("合計", tot6, "total")):
        raw = FI(f"{v:.2f}％", v, "percent", "collection_rate", 2024, "令和６年12月末", seg, "市税")
        text(pg, 75, y, f"・{lab}　{raw}", 10, "M")
        y += 16
    y += 10
    # 【参考】 box: label：value bullets
    e = YE["市税"]["estimate"]
    a6 = YE["市税"]["actual"]
    box_lines = [
        ("年度末見込収納率（現年分）", F(f"{rate(e['cc'], e['ca']):.2f}％", rate(e['cc'], e['ca']), "percent", "collection_rate", "estimate", 2025, "令和７年度", "current", "市税")),
        ("年度末見込収納率（合計）", F(f"{rate(e['tc'], e['ta']):.2f}％", rate(e['tc'], e['ta']), "percent", "collection_rate", "estimate", 2025, "令和７年度", "total", "市税")),
        ("令和６年度決算収納率（合計）", F(f"{rate(a6['tc'], a6['ta']):.2f}％", rate(a6['tc'], a6['ta']), "percent", "collection_rate", "actual", 2024, "令和６年度", "total", "市税")),
        ("令和６年度末収入未済額", F(f"{a6['ot'] / 1e6:,.1f}百万円", int(round(a6['ot'] / 1e6, 1) * 1e6), "yen", "outstanding", "actual", 2024, "令和６年度", "total", "市税")),
        ("年度末見込収入未済額", F(f"{e['ot'] / 1e6:,.1f}百万円", int(round(e['ot'] / 1e6, 1) * 1e6), "yen", "outstanding", "estimate", 2025, "令和７年度", "total", "市税")),
    ]
    bh = 24 + 16 * len(box_lines)
    pg.draw_rect(pymupdf.Rect(55, y, 540, y + bh), width=0.8)
    text(pg, 63, y + 16, "【参考】市税の年度末見込み", 10, "G")
    yy = y + 34
    for lab, raw in box_lines:
        text(pg, 72, yy, f"・{lab}：{raw}", 9.5, "M")
        yy += 16
    y += bh + 18
    text(pg, 45, y, "※　12月末の収納率は、12月31日までに収納された額（出納整理前）を調定額で除したもの。", 8.5, "M")
    text(pg, 45, y + 13, "※　見込みは、例年の１月から出納閉鎖までの収納実績を基に推計したもの。", 8.5, "M")


# ------------------------------------------------------------------ page 2: table with units in headers + line chart
def page2(doc):
    G.page = 2
    pg = doc.new_page(width=595, height=842)
    header(pg, 2)
    text(pg, 45, 62, "３　主要債権の収納状況（令和７年12月末現在）", 12, "G")
    hdr1 = ["債権名", "区分", "令和７年12月末", "", "", "令和６年12月末", "", "", "増減"]
    hdr2 = ["", "", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "（ポイント）"]
    rows = [hdr1, hdr2]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (1, 3)}
    r = 2
    tot = {fy: dict(ca=0, cc=0, aa=0, ac=0) for fy in (2024, 2025)}
    for nm in NAMES:
        for seg, lab, a, c in (("current", "現年分", "ca", "cc"), ("arrears", "滞繰分", "aa", "ac")):
            row = [nm if seg == "current" else "", lab]
            for fy, fyr in ((2025, "令和７年12月末"), (2024, "令和６年12月末")):
                d = I[nm][fy]
                tot[fy][a] += r1000(d[a])
                tot[fy][c] += r1000(d[c])
                row += [FI(k(d[a]), d[a], "yen", "assessed", fy, fyr, seg, nm),
                        FI(k(d[c]), d[c], "yen", "collected", fy, fyr, seg, nm),
                        FI(f"{rate(d[c], d[a]):.2f}", rate(d[c], d[a]), "percent", "collection_rate", fy, fyr, seg, nm)]
            dd = round(rate(I[nm][2025][c], I[nm][2025][a]) - rate(I[nm][2024][c], I[nm][2024][a]), 2)
            row.append(FI(tri(dd, f"{abs(dd):.2f}", "▲"), dd, "points", "difference", 2025, "令和７年12月末", seg, nm))
            rows.append(row)
        spans[(r, 0)] = (2, 1)
        r += 2
    for seg, lab, a, c in (("current", "現年分", "ca", "cc"), ("arrears", "滞繰分", "aa", "ac")):
        row = ["合計" if seg == "current" else "", lab]
        for fy, fyr in ((2025, "令和７年12月末"), (2024, "令和６年12月末")):
            d = tot[fy]
            row += [FI(k(d[a]), d[a], "yen", "assessed", fy, fyr, seg, None, "合計"),
                    FI(k(d[c]), d[c], "yen", "collected", fy, fyr, seg, None, "合計"),
                    FI(f"{rate(d[c], d[a]):.2f}", rate(d[c], d[a]), "percent", "collection_rate", fy, fyr, seg, None, "合計")]
        dd = round(rate(tot[2025][c], tot[2025][a]) - rate(tot[2024][c], tot[2024][a]), 2)
        row.append(FI(tri(dd, f"{abs(dd):.2f}", "▲"), dd, "points", "difference", 2025, "令和７年12月末", seg, None, "合計"))
        rows.append(row)
    spans[(r, 0)] = (2, 1)
    widths = [92, 38, 60, 60, 46, 60, 60, 46, 43]
    aligns = ["left", "center"] + ["right"] * 7
    ybot = table(pg, 45, 75, widths, rows, size=7.8, rowh=[16, 26] + [16] * (len(rows) - 2), header_rows=2,
                 aligns=aligns, spans=spans)
    text(pg, 45, ybot + 12, "※　増減は、令和７年12月末の収納率から令和６年12月末の収納率を差し引いたもの（▲は低下）。", 8, "M")

    # line chart: 市税 現年分 月末収納率 (data labels are facts)
    y0 = ybot + 40
    text(pg, 45, y0, "図１　市税（現年課税分）月末収納率の推移", 10.5, "G")
    months = [(6, "６月末"), (8, "８月末"), (10, "10月末"), (12, "12月末")]
    series = {2025: [28.15, 45.62, 61.30, r2("市税", 2025, "current")], 2024: [27.90, 45.10, 60.88, r2("市税", 2024, "current")]}
    cx0, cy0, cw, ch = 95, y0 + 215, 400, 180
    pg.draw_line((cx0, cy0), (cx0 + cw, cy0), width=0.8)
    pg.draw_line((cx0, cy0), (cx0, cy0 - ch), width=0.8)
    for v in (20, 40, 60, 80):
        yy = cy0 - v / 90 * ch
        pg.draw_line((cx0, yy), (cx0 + cw, yy), width=0.3, color=(0.75, 0.75, 0.75))
        text(pg, cx0 - 22, yy + 3, f"{v}", 8, "G")
    text(pg, cx0 - 30, cy0 - ch - 8, "（％）", 8, "G")
    for i, (_, ml) in enumerate(months):
        text(pg, cx0 + 40 + i * 105 - 15, cy0 + 14, ml, 8.5, "G", align="center", width=30)
    styles = {2025: ((0.1, 0.3, 0.6), -8), 2024: ((0.6, 0.6, 0.6), 14)}
    for fy, vals in series.items():
        col, off = styles[fy]
        pts = [(cx0 + 40 + i * 105, cy0 - v / 90 * ch) for i, v in enumerate(vals)]
        for a, b in zip(pts, pts[1:]):
            pg.draw_line(a, b, color=col, width=1.6 if fy == 2025 else 1.0, dashes=None if fy == 2025 else "[3] 0")
        for (m, ml), p, v in zip(months, pts, vals):
            pg.draw_circle(p, 2.5, color=col, fill=col)
            asof = f"{fy}-{m:02d}-{31 if m in (8, 10, 12) else 30}"
            raw = F(f"{v:.2f}", v, "percent", "collection_rate", "interim", fy, wareki(fy, "short"), "current", "市税", "市税", as_of=asof)
            text(pg, p[0] - 12, p[1] + off, raw, 8, "G", color=col)
    ly = cy0 + 32
    pg.draw_line((cx0 + 80, ly - 3), (cx0 + 110, ly - 3), color=styles[2025][0], width=1.6)
    text(pg, cx0 + 115, ly, "R7（令和７年度）", 8.5, "G")
    pg.draw_line((cx0 + 220, ly - 3), (cx0 + 250, ly - 3), color=styles[2024][0], width=1.0, dashes="[3] 0")
    text(pg, cx0 + 255, ly, "R6（令和６年度）", 8.5, "G")


# ------------------------------------------------------------------ pages 3-4: wide table split (right-hand columns on p.4)
def wide_rows(years, with_name=True):
    hdr1 = ["債権名"] + sum([[wareki(fy) + "12月末", "", ""] for fy in years], [])
    hdr2 = [""] + ["調定額", "収入済額", "収納率"] * len(years)
    rows = [hdr1, hdr2]
    for nm in NAMES:
        row = [nm]
        for fy in years:
            d = I[nm][fy]
            fyr = wareki(fy)
            row += [FI(k(d["ca"]), d["ca"], "yen", "assessed", fy, fyr, "current", nm),
                    FI(k(d["cc"]), d["cc"], "yen", "collected", fy, fyr, "current", nm),
                    FI(f"{rate(d['cc'], d['ca']):.2f}%", rate(d["cc"], d["ca"]), "percent", "collection_rate", fy, fyr, "current", nm)]
        rows.append(row)
    spans = {(0, 0): (2, 1)}
    for i in range(len(years)):
        spans[(0, 1 + 3 * i)] = (1, 3)
    return rows, spans


def page3(doc):
    G.page = 3
    pg = doc.new_page(width=595, height=842)
    header(pg, 3)
    text(pg, 45, 62, "４　現年課税分の12月末収納状況の推移", 12, "G")
    text(pg, 45, 82, "表３　債権別・年度別の現年分12月末収納状況（令和３年度～令和７年度）", 10, "G")
    text(pg, 470, 82, "（単位：千円）", 8.5, "M")
    rows, spans = wide_rows([2021, 2022, 2023])
    widths = [86] + [53, 53, 41] * 3
    y = table(pg, 40, 90, widths, rows, size=7.8, rowh=[17, 17] + [22] * len(NAMES), header_rows=2,
              aligns=["left"] + ["right"] * 9, spans=spans)
    text(pg, 45, y + 12, "※　令和６年度及び令和７年度は次ページに続く。", 8.5, "M")
    # explanatory prose with differences
    y += 40
    text(pg, 45, y, "（説明）", 10, "G")
    d21, d25 = I["市税"][2021], I["市税"][2025]
    pt = round(rate(d25["cc"], d25["ca"]) - rate(d21["cc"], d21["ca"]), 2)
    s = (f"　市税の現年分12月末収納率は、令和３年度から令和７年度までの４年間で{FI(f'{pt:.2f}ポイント', pt, 'points', 'difference', 2025, '令和７年度', 'current', '市税')}上昇しました。"
         "国民健康保険税及び市営住宅使用料も同じ期間に上昇傾向にあり、口座振替の加入促進とスマートフォン決済の導入の効果が"
         "表れているものと考えられます。一方、後期高齢者医療保険料は被保険者数の増加に伴い調定額が毎年増加しており、"
         "普通徴収となる新規加入者への早期の納付勧奨が課題となっています。")
    y = para(pg, 45, y + 20, 505, s, 9.6, "M", lead=1.75)
    # bar chart: 市税 現年分 12月末収納率 R3..R7 (labels are facts)
    y += 16
    text(pg, 45, y, "図２　市税（現年課税分）12月末収納率の推移", 10.5, "G")
    cx0, cy0, ch = 95, y + 190, 150
    lo, hi = 77.0, 79.0
    pg.draw_line((cx0, cy0), (520, cy0), width=0.8)
    pg.draw_line((cx0, cy0), (cx0, cy0 - ch - 5), width=0.8)
    for v in (77.0, 77.5, 78.0, 78.5, 79.0):
        yy = cy0 - (v - lo) / (hi - lo) * ch
        pg.draw_line((cx0, yy), (520, yy), width=0.3, color=(0.8, 0.8, 0.8))
        text(pg, cx0 - 26, yy + 3, f"{v:.1f}", 8, "G")
    text(pg, cx0 - 30, cy0 - ch - 12, "（％）", 8, "G")
    for i, fy in enumerate(YRS):
        v = r2("市税", fy, "current")
        h = (v - lo) / (hi - lo) * ch
        x = cx0 + 25 + i * 80
        pg.draw_rect(pymupdf.Rect(x, cy0 - h, x + 40, cy0), color=None, fill=(0.35, 0.55, 0.35) if fy == 2025 else (0.65, 0.78, 0.65))
        raw = F(f"{v:.2f}", v, "percent", "collection_rate", "interim", fy, wareki(fy, "short"), "current", "市税", "市税",
                as_of=ASOF[fy])
        text(pg, x + 2, cy0 - h - 4, raw, 8, "G")
        text(pg, x, cy0 + 13, wareki(fy, "short"), 8.5, "G", align="center", width=40)
    text(pg, 45, cy0 + 32, "※　縦軸は77.0％から表示している。", 8, "M")


def page4(doc):
    G.page = 4
    pg = doc.new_page(width=595, height=842)
    header(pg, 4)
    text(pg, 45, 62, "表３　債権別・年度別の現年分12月末収納状況（続き）", 10, "G")
    text(pg, 470, 62, "（単位：千円）", 8.5, "M")
    rows, spans = wide_rows([2024, 2025])
    widths = [100] + [66, 66, 46] * 2
    y = table(pg, 45, 70, widths, rows, size=7.8, rowh=[17, 17] + [22] * len(NAMES), header_rows=2,
              aligns=["left"] + ["right"] * 6, spans=spans)
    # side-by-side tables of opposite orientation; left in 千円, right in 円
    y += 30
    text(pg, 45, y, "５　滞納繰越分の状況（令和７年12月末現在）", 12, "G")
    y += 18
    text(pg, 45, y, "表４　主な税・保険料（単位：千円、％）", 9, "G")
    text(pg, 318, y, "表５　その他の債権（単位：円、％）", 9, "G")
    fy, fyr = 2025, "令和７年12月末"
    left_debts = ["市税", "国民健康保険税", "介護保険料"]
    rowsL = [["区分", "市税", "国保税", "介護保険料"]]
    for lab, key, metric in (("調定額", "aa", "assessed"), ("収入済額", "ac", "collected")):
        rowsL.append([lab] + [FI(k(I[nm][fy][key]), I[nm][fy][key], "yen", metric, fy, fyr, "arrears", nm,
                                 "国保税" if nm == "国民健康保険税" else nm) for nm in left_debts])
    rowsL.append(["収納率"] + [FI(f"{r2(nm, fy, 'arrears'):.2f}", r2(nm, fy, "arrears"), "percent", "collection_rate", fy, fyr,
                                 "arrears", nm, "国保税" if nm == "国民健康保険税" else nm) for nm in left_debts])
    table(pg, 45, y + 6, [52, 66, 62, 66], rowsL, size=7.8, rowh=20, header_rows=1,
          aligns=["h", "right", "right", "right"])
    right_debts = ["後期高齢者医療保険料", "市営住宅使用料", "下水道使用料"]
    rowsR = [["債権名", "調定額", "収入済額", "収納率"]]
    for nm in right_debts:
        d = I[nm][fy]
        rowsR.append([nm.replace("後期高齢者医療保険料", "後期高齢者医療\n保険料"),
                      FI(comma(d["aa"]), d["aa"], "yen", "assessed", fy, fyr, "arrears", nm),
                      FI(comma(d["ac"]), d["ac"], "yen", "collected", fy, fyr, "arrears", nm),
                      FI(f"{r2(nm, fy, 'arrears'):.2f}", r2(nm, fy, "arrears"), "percent", "collection_rate", fy, fyr, "arrears", nm)])
    table(pg, 318, y + 6, [74, 68, 60, 40], rowsR, size=7.8, rowh=[20, 24, 20, 20], header_rows=1,
          aligns=["left", "right", "right", "right"])
    y += 6 + 20 * 4 + 24
    s = ("　滞納繰越分は、高額案件を中心に財産調査と差押えを進めた結果、全ての債権で前年同月の収納率を上回りました。"
         "特に下水道使用料は、給水停止予告と連動した催告により、収納率が３割を超えています。")
    y = para(pg, 45, y, 505, s, 9.6, "M", lead=1.75)
    # grouped bar chart: arrears rate at 12月末, R7 vs R6 (labels are facts)
    y += 14
    text(pg, 45, y, "図３　滞納繰越分の12月末収納率（前年同月との比較）", 10.5, "G")
    cx0, cy0, ch = 80, y + 200, 160
    vmax = 40.0
    pg.draw_line((cx0, cy0), (545, cy0), width=0.8)
    pg.draw_line((cx0, cy0), (cx0, cy0 - ch - 5), width=0.8)
    text(pg, cx0 - 28, cy0 - ch - 12, "（％）", 8, "G")
    for v in (10, 20, 30, 40):
        yy = cy0 - v / vmax * ch
        pg.draw_line((cx0, yy), (545, yy), width=0.3, color=(0.8, 0.8, 0.8))
        text(pg, cx0 - 16, yy + 3, str(v), 8, "G")
    cols = {2025: (0.2, 0.4, 0.65), 2024: (0.72, 0.72, 0.72)}
    for i, nm in enumerate(NAMES):
        gx = cx0 + 12 + i * 76
        lab = {"国民健康保険税": "国保税", "後期高齢者医療保険料": "後期高齢", "市営住宅使用料": "市営住宅", "下水道使用料": "下水道"}.get(nm, nm)
        for j, fy in enumerate((2024, 2025)):
            v = r2(nm, fy, "arrears")
            h = v / vmax * ch
            x = gx + j * 27
            pg.draw_rect(pymupdf.Rect(x, cy0 - h, x + 24, cy0), color=None, fill=cols[fy])
            raw = F(f"{v:.1f}", v, "percent", "collection_rate", "interim", fy, wareki(fy, "short"), "arrears", nm, lab,
                    as_of=ASOF[fy])
            text(pg, x - 2, cy0 - h - 3, raw, 7.2, "G")
        text(pg, gx, cy0 + 13, lab, 8, "G", align="center", width=51)
    ly = cy0 + 32
    pg.draw_rect(pymupdf.Rect(200, ly - 8, 210, ly), color=None, fill=cols[2024])
    text(pg, 214, ly, "R6.12月末", 8, "G")
    pg.draw_rect(pymupdf.Rect(290, ly - 8, 300, ly), color=None, fill=cols[2025])
    text(pg, 304, ly, "R7.12月末", 8, "G")


# ------------------------------------------------------------------ page 5: long-format table + districts
def page5(doc):
    G.page = 5
    pg = doc.new_page(width=595, height=842)
    header(pg, 5)
    text(pg, 45, 62, "６　年度末の見込みと目標", 12, "G")
    text(pg, 45, 80, "表６　債権別の決算・見込み・目標", 10, "G")
    rows = [["債権名", "年度", "区分", "現年分\n収納率（％）", "滞繰分\n収納率（％）", "収入済額（千円）\n収納率（％）", "収入未済額\n（千円）"]]
    spans = {}
    r = 1
    for nm in NAMES:
        for j, (fy, fyr, basis, lab) in enumerate(((2024, "2024年度", "actual", "決算"), (2025, "2025年度", "estimate", "見込"),
                                                   (2025, "2025年度", "target", "目標"))):
            d = YE[nm][basis]
            rc, ra, rt = rate(d["cc"], d["ca"]), rate(d["ac"], d["aa"]), rate(d["tc"], d["ta"])
            stacked = (F(k(d["tc"]), d["tc"], "yen", "collected", basis, fy, fyr, "total", nm) + "\n"
                       + F(f"{rt:.2f}", rt, "percent", "collection_rate", basis, fy, fyr, "total", nm))
            rows.append([nm if j == 0 else "", fyr, lab,
                         F(f"{rc:.2f}", rc, "percent", "collection_rate", basis, fy, fyr, "current", nm),
                         F(f"{ra:.2f}", ra, "percent", "collection_rate", basis, fy, fyr, "arrears", nm),
                         stacked,
                         F(k(d["ot"]), d["ot"], "yen", "outstanding", basis, fy, fyr, "total", nm)])
        spans[(r, 0)] = (3, 1)
        r += 3
    y = table(pg, 45, 88, [110, 55, 35, 62, 62, 96, 80], rows, size=7.8, rowh=[28] + [24] * (len(rows) - 1),
              header_rows=1, aligns=["left", "center", "center", "right", "right", "right", "right"], spans=spans)
    text(pg, 45, y + 11, "※　収入済額・収納率欄は、上段が収入済額（現年分と滞繰分の計）、下段が収納率（計）。", 8, "M")
    # districts
    y += 36
    text(pg, 45, y, "７　地域別の市税収納状況（12月末現在）", 12, "G")
    y += 8
    shares = [("八代地域", 0.742, 0.0), ("坂本地域", 0.031, -1.2), ("千丁地域", 0.058, 0.4), ("鏡地域", 0.083, 0.3),
              ("東陽地域", 0.026, -0.6), ("泉地域", 0.020, -1.5)]
    yoff = {"坂本地域": (-0.55, -1.6), "千丁地域": (0.1, 0.7), "鏡地域": (0.32, -0.4), "東陽地域": (-0.9, 0.5), "泉地域": (-1.2, -2.1)}
    rows = [["地域", "令和７年12月末", "", "令和６年12月末", "", "増減", ""],
            ["", "現年分", "滞繰分", "現年分", "滞繰分", "現年分", "滞繰分"]]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)}
    dist = {}
    for fy in (2025, 2024):
        d = I["市税"][fy]
        acc = dict(ca=0, cc=0, aa=0, ac=0)
        dist[fy] = {}
        for i, (ar, sh, off) in enumerate(shares):
            if i < len(shares) - 1:
                ca = int(round(d["ca"] * sh / 1000)) * 1000
                aa = int(round(d["aa"] * sh / 1000)) * 1000
                oc, oa = yoff.get(ar, (0, 0)) if fy == 2024 else (0, 0)
                cc = int(round(ca * (d["cc"] / d["ca"] + (off + oc) / 100) / 1000)) * 1000
                ac = int(round(aa * (d["ac"] / d["aa"] + (off * 3 + oa) / 100) / 1000)) * 1000
            else:
                ca, aa = d["ca"] - acc["ca"], d["aa"] - acc["aa"]
                cc, ac = d["cc"] - acc["cc"], d["ac"] - acc["ac"]
            for key, v in (("ca", ca), ("aa", aa), ("cc", cc), ("ac", ac)):
                acc[key] += v
            dist[fy][ar] = dict(ca=ca, cc=cc, aa=aa, ac=ac)
        dist[fy]["市全体"] = dict(d)
    for ar in [s[0] for s in shares] + ["市全体"]:
        area = None if ar == "市全体" else ar
        row = [ar]
        vals = {}
        for fy, fyr in ((2025, "令和７年12月末"), (2024, "令和６年12月末")):
            x = dist[fy][ar]
            vc, va = rate(x["cc"], x["ca"]), rate(x["ac"], x["aa"])
            vals[fy] = (vc, va)
            row += [FI(f"{vc:.2f}", vc, "percent", "collection_rate", fy, fyr, "current", "市税", area=area),
                    FI(f"{va:.2f}", va, "percent", "collection_rate", fy, fyr, "arrears", "市税", area=area)]
        for i, seg in enumerate(("current", "arrears")):
            dd = round(vals[2025][i] - vals[2024][i], 2)
            row.append(FI(tri(dd, f"{abs(dd):.2f}", "△"), dd, "points", "difference", 2025, "令和７年12月末", seg, "市税", area=area))
        rows.append(row)
    y = table(pg, 45, y + 6, [90, 69, 69, 69, 69, 69, 69], rows, size=8, rowh=17, header_rows=2,
              aligns=["left"] + ["right"] * 6, spans=spans, bold_rows=())
    text(pg, 45, y + 11, "（単位：％、増減はポイント。△は低下）　地域は旧市町村の区域による。", 8, "M")


# ------------------------------------------------------------------ page 6: initiatives under plain titles
INITS = [
    ("市税", "市税", [
        ("ア", "年末調整後の給与照会の一斉実施", "１月に勤務先への給与照会を一斉に行い、判明した給与及び預貯金について速やかに差押えを執行する。", "継続"),
        ("イ", "出納閉鎖に向けた滞納整理の強化", "現年課税分の未納者のうち高額の者から順に臨戸と電話による納付折衝を行い、３月末までの完納を目指す。", "拡充"),
        ("ウ", "ＳＭＳ催告の対象拡大", "これまで軽自動車税に限っていたＳＭＳによる催告を、固定資産税及び個人市民税にも広げる。", "新規"),
    ]),
    ("国民健康保険税", "国民健康保険税", [
        ("ア", "短期被保険者証の更新時の納付相談", "２月の更新時に窓口での交付を原則とし、滞納世帯と個別に納付計画を協議する。", "継続"),
        ("イ", "資格喪失世帯への催告", "社会保険への加入により資格を喪失した世帯の未納分について、文書と電話により早期の納付を求める。", "継続"),
    ]),
    ("介護保険料", "介護保険料", [
        ("ア", "給付制限の事前通知", "２年以上の滞納がある被保険者に給付制限の可能性を通知し、納付相談につなげる。", None),
    ]),
    ("市営住宅使用料", "市営住宅使用料", [
        ("ア", "連帯保証人への一斉通知", "３か月以上の滞納者の連帯保証人に対し、２月に一斉に支払を求める通知を送付する。", "継続"),
        ("イ", "法的措置の実施", "納付誓約を履行しない長期滞納者について、明渡し及び滞納家賃の支払を求める訴えの提起に向けた手続を進める。", "拡充"),
    ]),
]


def page6(doc):
    G.page = 6
    pg = doc.new_page(width=595, height=842)
    header(pg, 6)
    text(pg, 45, 62, "８　１月以降の主な取組", 12, "G")
    y = 88
    for n, (nm, canon, items) in enumerate(INITS, 1):
        text(pg, 50, y, f"（{n}）{nm}", 10.5, "G")
        y += 20
        for lab, title, body, tag in items:
            text(pg, 62, y, f"{lab}　{title}", 10, "G")
            y += 16
            G.init(canon, 2025, "１月以降の主な取組", f"({n}){lab}", f"{title}{body}", tag, debt_raw=nm)
            y = para(pg, 80, y, 465, body, 9.6, "M", lead=1.7)
            if tag:
                text(pg, 80, y, f"【{tag}】", 9.6, "M")
                y += 16.3
            y += 4
        y += 6
    text(pg, 45, y + 6, "※　【継続】は前年度から継続する取組、【拡充】は対象や回数を広げる取組、【新規】は今年度新たに始める取組。", 8.5, "M")


def build():
    doc = pymupdf.open()
    for fn in (page1, page2, page3, page4, page5, page6):
        fn(doc)
    doc.set_metadata({"title": TITLE, "author": "八代市"})
    doc.subset_fonts()
    PDF_DIR.mkdir(exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    return pdf


def main():
    pdf = build()
    gp = G.write(pdf)
    errs = check_pdf(pdf, gp)
    print("\n".join(errs[:30]) or "raw check ok", len(errs))


if __name__ == "__main__":
    main()
