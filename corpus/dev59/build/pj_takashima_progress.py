"""高島市 令和５年度 債権管理の取組状況（中間報告・令和６年２月末現在） — PyMuPDF drawing.
Run from corpus/dev59:  python3 build/pj_takashima_progress.py"""
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pj_common import Gold, comma, zen, ROOT, check  # noqa: E402
from pj_fitzlayout import new_page, text, para, table, bar_chart, tlen  # noqa: E402

STEM = "pj_takashima_progress_1"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
G = Gold(STEM, "progress_report", "progress", "高島市", "令和５年度 債権管理の取組状況（中間報告）",
         "2024-03-01", "令和６年３月")
F = G.fact

# ---------------------------------------------------------------- data (千円)
# (printed short name, canonical, section, cur assessed, cur collected, arr assessed, arr collected, prev-year total rate)
DEBTS = [
    ("市税", "市税", "一般", 5912346, 5468902, 268415, 61327, 88.48),
    ("保育料", "保育料", "一般", 148230, 134115, 9842, 1905, 86.35),
    ("住宅使用料", "市営住宅使用料", "一般", 96417, 84221, 21384, 2845, 73.40),
    ("生保返還金", "生活保護費返還金", "一般", 12460, 5112, 38912, 1733, 13.92),
    ("国保税", "国民健康保険料", "特別", 1187450, 979806, 402318, 72840, 65.58),
    ("介護料", "介護保険料", "特別", 1312906, 1218437, 31227, 7019, 91.08),
    ("後期高齢", "後期高齢者医療保険料", "特別", 682115, 628541, 6984, 2150, 92.19),
]


def rate(c, a):
    return round(c / a * 100, 2)


def main():
    doc = fitz.open()

    # ============================================================ page 1: cover + 目次
    p = new_page(doc)
    text(p, 60, 200, "令和５年度", 20, "g", align="c", w=475)
    text(p, 60, 235, "債権管理の取組状況（中間報告）", 22, "g", align="c", w=475)
    text(p, 60, 270, "（令和６年２月末現在）", 14, "m", align="c", w=475)
    text(p, 60, 330, "令和６年３月", 13, "m", align="c", w=475)
    text(p, 60, 352, "高島市総務部税務課債権管理室", 13, "m", align="c", w=475)
    text(p, 150, 450, "目　次", 14, "g")
    toc = [("１　収納状況の概要", "２"), ("２　債権別収納状況", "３"), ("３　月別収納状況（市税）", "４"),
           ("４　地域別の収納状況・国民健康保険税の状況", "５"), ("５　債権ごとの取組み", "６")]
    y = 480
    for t, n in toc:
        text(p, 150, y, t, 11)
        dots = "・" * int((300 - tlen(t, 11)) / 11)
        text(p, 150 + tlen(t, 11) + 2, y, dots, 11, color=(0.4, 0.4, 0.4))
        text(p, 440, y, n, 11)
        y += 24

    # ============================================================ page 2: panels + two-column prose
    pg = 2
    p = new_page(doc)
    text(p, 50, 60, "１　収納状況の概要", 14, "g")
    tax = DEBTS[0]
    tax_cr = rate(tax[4], tax[3])            # 92.50
    tax_prev_cr = 92.09                       # 前年同月 現年分
    diff = round(tax_cr - tax_prev_cr, 2)     # 0.41
    all_a = sum(d[3] + d[5] for d in DEBTS)
    all_c = sum(d[4] + d[6] for d in DEBTS)
    out_oku = round((all_a - all_c) / 1e5, 1)  # 千円 -> 億円 (1億 = 100,000千円)
    kok = DEBTS[4]
    kok_tr = rate(kok[4] + kok[6], kok[3] + kok[5])
    kok_diff = round(kok_tr - kok[7], 2)
    panels = [
        ("市税　現年度分収納率", "令和６年２月末", f"{tax_cr:.2f}％", f"前年同月比＋{diff:.2f}ポイント"),
        ("全債権　収入未済額", "令和６年２月末", f"約{out_oku}億円", "一般会計・特別会計の計"),
        ("国保税　収納率（計）", "令和６年２月末", f"{kok_tr:.2f}％", f"前年同月比＋{kok_diff:.2f}ポイント"),
    ]
    x = 50
    for lab, when, big, sub in panels:
        r = fitz.Rect(x, 80, x + 158, 170)
        p.draw_rect(r, color=(0.2, 0.3, 0.5), fill=(0.93, 0.95, 0.99), width=1)
        text(p, x + 6, 98, lab, 9.5, "g")
        text(p, x + 6, 112, when, 8.5, "m", color=(0.3, 0.3, 0.3))
        text(p, x, 143, big, 20, "g", align="c", w=158, color=(0.1, 0.2, 0.5))
        text(p, x, 162, sub, 8.5, "m", align="c", w=158)
        x += 166
    F(pg, f"{tax_cr:.2f}％", tax_cr, "percent", "collection_rate", FY, "令和６年２月末", "current", "interim",
      "市税", "市税", ASOF)
    F(pg, f"＋{diff:.2f}ポイント", diff, "points", "difference", FY, "令和６年２月末", "current", "interim",
      "市税", "市税", ASOF)
    F(pg, f"約{out_oku}億円", int(round(out_oku * 1e8)), "yen", "outstanding", FY, "令和６年２月末", "total",
      "interim", None, None, ASOF, approx=True)
    F(pg, f"{kok_tr:.2f}％", kok_tr, "percent", "collection_rate", FY, "令和６年２月末", "total", "interim",
      "国民健康保険料", "国保税", ASOF)
    F(pg, f"＋{kok_diff:.2f}ポイント", kok_diff, "points", "difference", FY, "令和６年２月末", "total",
      "interim", "国民健康保険料", "国保税", ASOF)
    text(p, 50, 190, "※国保税＝国民健康保険税", 8.5)

    # two-column prose
    arr_c_man = round(tax[6] / 10)  # 千円 -> 万円
    est_rate = 96.1
    est_out = 23400  # 万円
    r4_out = 24600
    left = (f"　令和６年２月末現在における市税の収納状況は、現年度分の収納率が{tax_cr:.2f}％となり、"
            f"前年同月と比べて{diff:.2f}ポイント上昇しました。口座振替の利用率の向上と、督促状発付後の"
            f"早期の電話催告が効果を上げています。滞納繰越分については、収入済額が約{arr_c_man:,}万円、"
            f"収納率は{rate(tax[6], tax[5]):.2f}％で、大口滞納事案の分納履行が進んだことによるものです。"
            f"　年度末の市税全体の収納率は{est_rate}％程度を見込んでおり、前年度決算の96.04％を上回る見通しです。")
    right = (f"　市税の収入未済額は、年度末には約2億{est_out - 20000:,}万円となる見込みで、令和４年度決算"
             f"の約2億{r4_out - 20000:,}万円から約{r4_out - est_out:,}万円の減少となります。"
             f"　国民健康保険税は、現年度分の収納率が{rate(kok[4], kok[3]):.2f}％、滞納繰越分の収納率が"
             f"{rate(kok[6], kok[5]):.2f}％となっています。介護保険料は現年度分が"
             f"{rate(DEBTS[5][4], DEBTS[5][3]):.2f}％で、特別徴収への切替えが進み前年同月並みとなっています。"
             f"　引き続き、各所管課と債権管理室が連携し、滞納の早期解消と新たな滞納の抑制に取り組みます。")
    text(p, 50, 222, "（１）市税の状況", 11, "g")
    text(p, 305, 222, "（２）収入未済額の見込みと他債権の状況", 11, "g")
    para(p, 50, 245, left, 235, 10, 1.75)
    para(p, 305, 245, right, 240, 10, 1.75)
    p.draw_line((295, 215), (295, 480), color=(0.6, 0.6, 0.6), width=0.5)
    F(pg, f"{tax_cr:.2f}％", tax_cr, "percent", "collection_rate", FY, "令和６年２月末", "current", "interim",
      "市税", "市税", ASOF)
    F(pg, f"{diff:.2f}ポイント", diff, "points", "difference", FY, "令和６年２月末", "current", "interim",
      "市税", "市税", ASOF)
    F(pg, f"約{arr_c_man:,}万円", arr_c_man * 10000, "yen", "collected", FY, "令和６年２月末", "arrears",
      "interim", "市税", "市税", ASOF, approx=True)
    F(pg, f"{rate(tax[6], tax[5]):.2f}％", rate(tax[6], tax[5]), "percent", "collection_rate", FY, "令和６年２月末",
      "arrears", "interim", "市税", "市税", ASOF)
    F(pg, f"{est_rate}％程度", est_rate, "percent", "collection_rate", FY, "年度末", "total", "estimate",
      "市税", "市税", approx=True)
    F(pg, "96.04％", 96.04, "percent", "collection_rate", PFY, "前年度決算", "total", "actual", "市税", "市税")
    F(pg, f"約2億{est_out - 20000:,}万円", est_out * 10000, "yen", "outstanding", FY, "年度末", "total", "estimate",
      "市税", "市税", approx=True)
    F(pg, f"約2億{r4_out - 20000:,}万円", r4_out * 10000, "yen", "outstanding", PFY, "令和４年度決算", "total",
      "actual", "市税", "市税", approx=True)
    F(pg, f"約{r4_out - est_out:,}万円の減少", -(r4_out - est_out) * 10000, "yen", "difference", FY, "年度末", "total",
      "estimate", "市税", "市税", approx=True)
    F(pg, f"{rate(kok[4], kok[3]):.2f}％", rate(kok[4], kok[3]), "percent", "collection_rate", FY, "令和６年２月末",
      "current", "interim", "国民健康保険料", "国民健康保険税", ASOF)
    F(pg, f"{rate(kok[6], kok[5]):.2f}％", rate(kok[6], kok[5]), "percent", "collection_rate", FY, "令和６年２月末",
      "arrears", "interim", "国民健康保険料", "国民健康保険税", ASOF)
    F(pg, f"{rate(DEBTS[5][4], DEBTS[5][3]):.2f}％", rate(DEBTS[5][4], DEBTS[5][3]), "percent", "collection_rate",
      FY, "令和６年２月末", "current", "interim", "介護保険料", "介護保険料", ASOF)
    text(p, 50, 510, "（３）今後の進め方", 11, "g")
    para(p, 50, 532, "　３月は出納整理期間に向けた集中催告月間と位置付け、各課の未納者への一斉催告と、"
         "滞納処分の執行状況の確認を行います。年度末の実績は、次回の債権管理推進会議で報告します。", 490, 10, 1.75)

    # ============================================================ page 3: landscape summary table
    pg = 3
    p = new_page(doc, landscape=True)
    text(p, 40, 45, "２　債権別収納状況（令和６年２月末現在）", 14, "g")
    text(p, 690, 62, "（単位：千円、％）", 9)
    head1 = ["区分", "現年度分", "", "", "滞納繰越分", "", "", "計", "", "", "前年同月", "差"]
    head2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収納率", ""]
    rows = [head1, head2]
    spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3), (0, 7): (1, 3), (0, 10): (1, 1), (0, 11): (2, 1)}
    fills = {}
    lab_fy = "令和６年２月末"

    def add_row(label, dname, cur_a, cur_c, arr_a, arr_c, prev):
        ta, tc = cur_a + arr_a, cur_c + arr_c
        cr, ar, tr = rate(cur_c, cur_a), rate(arr_c, arr_a), rate(tc, ta)
        d = round(tr - prev, 2)
        cells = [label, comma(cur_a), comma(cur_c), f"{cr:.2f}", comma(arr_a), comma(arr_c), f"{ar:.2f}",
                 comma(ta), comma(tc), f"{tr:.2f}", f"{prev:.2f}", ("△" if d < 0 else "") + f"{abs(d):.2f}"]
        for seg, a, c, rr in (("current", cur_a, cur_c, cr), ("arrears", arr_a, arr_c, ar), ("total", ta, tc, tr)):
            F(pg, comma(a), a * 1000, "yen", "assessed", FY, lab_fy, seg, "interim", dname, label, ASOF)
            F(pg, comma(c), c * 1000, "yen", "collected", FY, lab_fy, seg, "interim", dname, label, ASOF)
            F(pg, f"{rr:.2f}", rr, "percent", "collection_rate", FY, lab_fy, seg, "interim", dname, label, ASOF)
        F(pg, f"{prev:.2f}", prev, "percent", "collection_rate", PFY, "前年同月", "total", "interim", dname, label, PASOF)
        F(pg, cells[-1], d, "points", "difference", FY, lab_fy, "total", "interim", dname, label, ASOF)
        rows.append(cells)

    gsum = {}
    for sec, seclabel in (("一般", "【一般会計】"), ("特別", "【特別会計】")):
        rows.append([seclabel] + [""] * 11)
        spans[(len(rows) - 1, 0)] = (1, 12)
        fills[(len(rows) - 1, 0)] = (0.93, 0.93, 0.93)
        ds = [d for d in DEBTS if d[2] == sec]
        for d in ds:
            add_row(d[0], d[1], d[3], d[4], d[5], d[6], d[7])
        s = [sum(d[i] for d in ds) for i in (3, 4, 5, 6)]
        # previous-year subtotal rate (invented, consistent enough for a 前年同月 column)
        prev = {"一般": 87.55, "特別": 80.05}[sec]
        add_row("小計", None, *s, prev)
        gsum[sec] = s
    tot = [gsum["一般"][i] + gsum["特別"][i] for i in range(4)]
    add_row("合計", None, *tot, 85.12)
    assert round(rate(tot[1] + tot[3], tot[0] + tot[2]), 1) > 0
    colw = [78, 68, 68, 46, 62, 58, 46, 68, 68, 46, 52, 40]
    al = ["l"] + ["r"] * 11
    yb = table(p, 40, 70, colw, rows, rowh=22, size=8.5, aligns=al, spans=spans, fills=fills)
    notes = ["（注）１　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
             "住宅使用料＝市営住宅使用料、生保返還金＝生活保護費返還金",
             "　　　２　前年同月は令和５年２月末現在の計の収納率、差は計の収納率の前年同月との差（ポイント）",
             f"※ 国保税の滞納繰越分収入済額のうち、差押えによる充当額　18,452千円"]
    y = yb + 16
    for n in notes:
        text(p, 40, y, n, 8.5)
        y += 14
    F(pg, "18,452千円", 18452000, "yen", "collected", FY, lab_fy, "arrears", "interim", "国民健康保険料", "国保税", ASOF)

    # ============================================================ page 4: monthly table + chart
    pg = 4
    p = new_page(doc)
    text(p, 50, 60, "３　月別収納状況（市税・現年課税分）", 14, "g")
    text(p, 50, 80, "令和５年度（本年度）と令和４年度（前年度）の各月末累計", 10)
    text(p, 455, 96, "（単位：千円、％）", 8.5)
    months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
    ends = {4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31, 1: 31, 2: 29, 3: 31}
    cur_a = [3402118, 3455062, 5841730, 5862415, 5876903, 5884260, 5893517, 5899034, 5903880, 5907122, 5912346, None]
    cur_r = [17.20, 28.41, 41.90, 51.05, 58.76, 64.38, 71.02, 76.11, 82.35, 87.06, None, None]
    prv_a = [3371025, 3420954, 5790311, 5808846, 5822019, 5830455, 5838002, 5843671, 5848209, 5851384, 5855932, 5861420]
    prv_r = [16.84, 27.95, 41.27, 50.63, 58.12, 63.90, 70.45, 75.38, 81.92, 86.47, 92.09, 98.62]
    rows = [["月", "前年度", "", "本年度", "", "収納率"], ["", "収入済額", "収納率", "収入済額", "収納率", "の差"]]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}
    for i, m in enumerate(months):
        mo = int(m[:-2])
        pyear = (2022 if mo >= 4 else 2023)
        cyear = pyear + 1
        pas = f"{pyear}-{mo:02d}-{(28 if (mo == 2) else ends[mo]):02d}"
        cas = f"{cyear}-{mo:02d}-{ends[mo]:02d}"
        pc = round(prv_a[i] * prv_r[i] / 100)
        pr = rate(pc, prv_a[i])
        row = [m, comma(pc), f"{pr:.2f}"]
        F(pg, comma(pc), pc * 1000, "yen", "collected", PFY, "前年度", "current", "interim", "市税", "市税", pas)
        F(pg, f"{pr:.2f}", pr, "percent", "collection_rate", PFY, "前年度", "current", "interim", "市税", "市税", pas)
        if cur_a[i] is None:
            row += ["－", "－", "－"]
        else:
            cc = DEBTS[0][4] if m == "2月末" else round(cur_a[i] * cur_r[i] / 100)
            cr = rate(cc, cur_a[i])
            d = round(cr - pr, 2)
            row += [comma(cc), f"{cr:.2f}", ("△" if d < 0 else "") + f"{abs(d):.2f}"]
            F(pg, comma(cc), cc * 1000, "yen", "collected", FY, "本年度", "current", "interim", "市税", "市税", cas)
            F(pg, f"{cr:.2f}", cr, "percent", "collection_rate", FY, "本年度", "current", "interim", "市税", "市税", cas)
            F(pg, row[-1], d, "points", "difference", FY, "本年度", "current", "interim", "市税", "市税", cas)
        rows.append(row)
    yb = table(p, 50, 102, [60, 95, 70, 95, 70, 70], rows, rowh=19, size=9, aligns=["c", "r", "r", "r", "r", "r"],
               spans=spans, zebra=(0.95, 0.95, 0.95), rules="grid")
    text(p, 50, yb + 14, "※ ３月末は出納整理期間中の数値（本年度分は未確定）", 8.5)
    # chart
    text(p, 50, yb + 48, "市税現年課税分　２月末収納率の推移（％）", 11, "g")
    labels = ["R1", "R2", "R3", "R4", "R5"]
    vals = [90.86, 90.21, 91.47, 92.09, tax_cr]
    asofs = ["2020-02-29", "2021-02-28", "2022-02-28", "2023-02-28", ASOF]
    cr = (90, yb + 70, 520, yb + 230)
    outs = bar_chart(p, cr, labels, vals, 88.0, 93.0, size=8.5)
    for lab, v, s, a, fy in zip(labels, vals, outs, asofs, range(2019, 2024)):
        F(pg, s, v, "percent", "collection_rate", fy, lab, "current", "interim", "市税", "市税", a)

    # ============================================================ page 5: district table, 国保 bullets, 参考 box
    pg = 5
    p = new_page(doc)
    text(p, 50, 60, "４　地域別の収納状況・国民健康保険税の状況", 14, "g")
    text(p, 50, 86, "（１）地域別の市税収納状況（現年課税分・令和６年２月末）", 11, "g")
    text(p, 455, 100, "（単位：千円、％）", 8.5)
    areas = [("マキノ地域", 0.0752, 92.41), ("今津地域", 0.2238, 91.95), ("朽木地域", 0.0261, 92.60),
             ("安曇川地域", 0.2367, 91.88), ("高島地域", 0.1640, 92.15), ("新旭地域", 0.2742, 91.97)]
    rates_a = [92.71, 92.20, 93.05, 92.38, 92.66, 92.49]
    A, C = DEBTS[0][3], DEBTS[0][4]
    aa = [round(A * s) for _, s, _ in areas]
    aa[-1] = A - sum(aa[:-1])
    cc = [round(a * r / 100) for a, r in zip(aa, rates_a)]
    cc[-1] = C - sum(cc[:-1])
    rows = [["地域", "調定額", "収入済額", "収納率", "前年同月", "差"]]
    for (nm, _, prev), a, c in zip(areas, aa, cc):
        r_ = rate(c, a)
        d = round(r_ - prev, 2)
        ds = ("△" if d < 0 else "") + f"{abs(d):.2f}"
        rows.append([nm, comma(a), comma(c), f"{r_:.2f}", f"{prev:.2f}", ds])
        F(pg, comma(a), a * 1000, "yen", "assessed", FY, "令和６年２月末", "current", "interim", "市税", "市税", ASOF, area=nm)
        F(pg, comma(c), c * 1000, "yen", "collected", FY, "令和６年２月末", "current", "interim", "市税", "市税", ASOF, area=nm)
        F(pg, f"{r_:.2f}", r_, "percent", "collection_rate", FY, "令和６年２月末", "current", "interim", "市税", "市税", ASOF, area=nm)
        F(pg, f"{prev:.2f}", prev, "percent", "collection_rate", PFY, "前年同月", "current", "interim", "市税", "市税", PASOF, area=nm)
        F(pg, ds, d, "points", "difference", FY, "令和６年２月末", "current", "interim", "市税", "市税", ASOF, area=nm)
    d = round(tax_cr - tax_prev_cr, 2)
    rows.append(["計", comma(A), comma(C), f"{tax_cr:.2f}", f"{tax_prev_cr:.2f}", f"{d:.2f}"])
    F(pg, comma(A), A * 1000, "yen", "assessed", FY, "令和６年２月末", "current", "interim", "市税", "計", ASOF)
    F(pg, comma(C), C * 1000, "yen", "collected", FY, "令和６年２月末", "current", "interim", "市税", "計", ASOF)
    F(pg, f"{tax_cr:.2f}", tax_cr, "percent", "collection_rate", FY, "令和６年２月末", "current", "interim", "市税", "計", ASOF)
    F(pg, f"{tax_prev_cr:.2f}", tax_prev_cr, "percent", "collection_rate", PFY, "前年同月", "current", "interim", "市税", "計", PASOF)
    F(pg, f"{d:.2f}", d, "points", "difference", FY, "令和６年２月末", "current", "interim", "市税", "計", ASOF)
    yb = table(p, 50, 106, [95, 95, 95, 70, 70, 60], rows, rowh=20, size=9, aligns=["l", "r", "r", "r", "r", "r"],
               head_fill=(0.78, 0.84, 0.92), zebra=(0.94, 0.96, 0.99), rules="none")
    p.draw_line((50, yb), (535, yb), color=(0, 0, 0), width=0.6)
    text(p, 50, yb + 14, "※ 地域は市民協働課所管の地域区分による。前年同月は令和５年２月末現在。", 8.5)

    y = yb + 50
    text(p, 50, y, "（２）国民健康保険税", 11, "g")
    y += 24
    text(p, 62, y, "【収納率】令和６年２月末時点", 10.5, "g")
    y += 20
    kc, ka, kt = rate(kok[4], kok[3]), rate(kok[6], kok[5]), kok_tr
    for lab, v, seg in (("現年分", kc, "current"), ("滞繰分", ka, "arrears"), ("全体", kt, "total")):
        text(p, 74, y, f"・{lab}　{v:.2f}％", 10.5)
        F(pg, f"{v:.2f}％", v, "percent", "collection_rate", FY, "令和６年２月末時点", seg, "interim",
          "国民健康保険料", "国民健康保険税", ASOF)
        y += 18
    y += 8
    text(p, 62, y, "【滞納世帯数】令和６年２月末時点", 10.5, "g")
    y += 20
    text(p, 74, y, "・1,284世帯（前年同月 1,352世帯）", 10.5)
    F(pg, "1,284世帯", 1284, "households", "delinquents", FY, "令和６年２月末時点", "total", "interim",
      "国民健康保険料", "国民健康保険税", ASOF)
    F(pg, "1,352世帯", 1352, "households", "delinquents", PFY, "前年同月", "total", "interim",
      "国民健康保険料", "国民健康保険税", PASOF)
    y += 30
    # 参考 box
    box = fitz.Rect(62, y, 400, y + 118)
    p.draw_rect(box, color=(0, 0, 0), width=0.8)
    text(p, 72, y + 18, "【参考】令和４年度決算（市税）", 10.5, "g")
    ref = [("調定額", 6103884, "assessed"), ("収入済額", 5862347, "collected"), ("不納欠損額", 10215, "written_off"),
           ("収入未済額", 231322, "outstanding")]
    assert ref[0][1] - ref[1][1] - ref[2][1] == ref[3][1]
    yy = y + 38
    for lab, v, m in ref:
        text(p, 84, yy, f"・{lab}：{comma(v)}千円", 10)
        F(pg, f"{comma(v)}千円", v * 1000, "yen", m, PFY, "令和４年度決算", "total", "actual", "市税", "市税")
        yy += 16
    text(p, 84, yy, "・収納率：96.04％", 10)
    F(pg, "96.04％", 96.04, "percent", "collection_rate", PFY, "令和４年度決算", "total", "actual", "市税", "市税")

    # ============================================================ page 6: 国保 detail + initiatives
    pg = 6
    p = new_page(doc)
    text(p, 50, 60, "５　債権ごとの取組み（国民健康保険税）", 14, "g")
    text(p, 50, 84, "（１）決算と決算見込", 11, "g")
    text(p, 455, 98, "（単位：千円、％）", 8.5)
    # two headings on one line over two blocks
    text(p, 50, 116, "令和４年度決算", 10.5, "g", align="c", w=235)
    text(p, 300, 116, "令和５年度決算見込", 10.5, "g", align="c", w=235)
    r4 = {"current": (1172306, 1109287, 4120), "arrears": (411872, 85304, 30655)}
    r5 = {"current": (1190218, 1131900, 3800), "arrears": (402318, 96560, 28400)}

    def block(x, data, fy, fyraw, basis, prev=None):
        hdr = ["区分", "現年度分", "滞納繰越分"]
        rows = [hdr]
        vals = {}
        for seg in ("current", "arrears"):
            a, c, w = data[seg]
            vals[seg] = (a, c, w, a - c - w, rate(c, a))
        for lab, idx, m in (("調定額", 0, "assessed"), ("収入済額", 1, "collected"), ("不納欠損額", 2, "written_off"),
                            ("収入未済額", 3, "outstanding"), ("収納率", 4, "collection_rate")):
            row = [lab]
            for seg in ("current", "arrears"):
                v = vals[seg][idx]
                if m == "collection_rate":
                    s = f"{v:.2f}"
                    F(pg, s, v, "percent", m, fy, fyraw, seg, basis, "国民健康保険料", "国民健康保険税")
                    if prev:
                        pv = prev[seg]
                        s2 = f"（{pv:.2f}）"
                        F(pg, s2, pv, "percent", m, fy - 1, "前年度決算", seg, "actual", "国民健康保険料", "国民健康保険税")
                        s = s + s2
                else:
                    s = comma(v)
                    F(pg, s, v * 1000, "yen", m, fy, fyraw, seg, basis, "国民健康保険料", "国民健康保険税")
                row.append(s)
            rows.append(row)
        return rows, vals

    rows4, v4 = block(50, r4, 2022, "令和４年度決算", "actual")
    yb = table(p, 50, 124, [70, 80, 85], rows4, rowh=20, size=9, aligns=["l", "r", "r"])
    rows5, v5 = block(300, r5, 2023, "令和５年度決算見込", "estimate",
                      prev={"current": v4["current"][4], "arrears": v4["arrears"][4]})
    # stacked target row: amount over rate
    tg = {"current": (1132500, 95.15), "arrears": (94300, 23.44)}
    row = ["目標"]
    for seg in ("current", "arrears"):
        amt, rr = tg[seg]
        row.append(f"{comma(amt)}\n{rr:.2f}")
        F(pg, comma(amt), amt * 1000, "yen", "collected", 2023, "目標", seg, "target", "国民健康保険料", "国民健康保険税")
        F(pg, f"{rr:.2f}", rr, "percent", "collection_rate", 2023, "目標", seg, "target", "国民健康保険料", "国民健康保険税")
    rows5.append(row)
    table(p, 300, 124, [70, 80, 85], rows5, rowh=20, size=9, aligns=["l", "r", "r"],
          row_heights=[20] * 6 + [30])
    text(p, 50, 288, "※（　）内は前年度決算の収納率。目標欄は上段が収入済額、下段が収納率。", 8.5)

    text(p, 50, 318, "（２）現年度分の取組", 11, "g")
    y = 340
    items = [
        ("①", "納期限後20日以内の電話催告を徹底し、初期滞納の段階で納付を促す。", "継続"),
        ("②", "新規加入世帯に口座振替依頼書を同封し、窓口でのキャッシュカードによる口座振替登録を勧奨する。", "拡充"),
        ("③", "スマートフォン決済アプリによる納付の周知を、納税通知書の同封チラシで行う。", "新規"),
    ]
    for lab, t, st in items:
        y = para(p, 62, y, f"{lab}　{t}【{st}】", 470, 10, 1.6, hang=14)
        G.init(pg, t, "国民健康保険料", FY, "現年度分の取組", f"（２）{lab}", st, "国民健康保険税")
        y += 4
    text(p, 50, y + 14, "（３）滞納繰越分の取組", 11, "g")
    y += 36
    items = [
        ("ア", "財産調査を早期に行い、預貯金・給与等の差押えを優先して滞納処分を進める。", "継続"),
        ("イ", "分納誓約の不履行者には、不履行から１か月以内に差押予告書を送付する。", "継続"),
        ("ウ", "執行停止後３年を経過した案件は、資力の回復の有無を再確認したうえで不納欠損処理を行う。", None),
    ]
    for lab, t, st in items:
        s = f"{lab}　{t}" + (f"【{st}】" if st else "")
        y = para(p, 62, y, s, 470, 10, 1.6, hang=14)
        G.init(pg, t, "国民健康保険料", FY, "滞納繰越分の取組", f"（３）{lab}", st, "国民健康保険税")
        y += 4
    y += 6
    y = para(p, 50, y, f"　なお、滞納繰越分の収入未済額は、令和５年度末に{comma(v5['arrears'][3])}千円と"
             f"なる見込みであり、前年度末から{comma(v4['arrears'][3] - v5['arrears'][3])}千円の減少を見込んでいる。",
             485, 10, 1.7)
    F(pg, f"{comma(v5['arrears'][3])}千円", v5["arrears"][3] * 1000, "yen", "outstanding", 2023, "令和５年度末", "arrears",
      "estimate", "国民健康保険料", "国民健康保険税")
    F(pg, f"{comma(v4['arrears'][3] - v5['arrears'][3])}千円の減少", -(v4["arrears"][3] - v5["arrears"][3]) * 1000, "yen",
      "difference", 2023, "令和５年度末", "arrears", "estimate", "国民健康保険料", "国民健康保険税")

    # ============================================================ page 7: 介護保険料・保育料
    pg = 7
    p = new_page(doc)
    text(p, 50, 60, "５　債権ごとの取組み（介護保険料）", 14, "g")
    kg = DEBTS[5]
    kg_cr = rate(kg[4], kg[3])
    y = para(p, 50, 90, f"　現年度分の収納率は、令和二年度の97.85％を底に回復しており、２月末では{kg_cr:.2f}％"
             f"（前年同月{zen('92.70')}％）となった。普通徴収の対象者は約２，３００人で、H29（2017年度）の"
             f"収納率９６．９８％と比べて高い水準を維持している。", 485, 10, 1.75)
    F(pg, "97.85％", 97.85, "percent", "collection_rate", 2020, "令和二年度", "current", "actual", "介護保険料", "介護保険料")
    F(pg, f"{kg_cr:.2f}％", kg_cr, "percent", "collection_rate", FY, "２月末", "current", "interim", "介護保険料",
      "介護保険料", ASOF)
    F(pg, f"{zen('92.70')}％", 92.70, "percent", "collection_rate", PFY, "前年同月", "current", "interim", "介護保険料",
      "介護保険料", PASOF)
    F(pg, "９６．９８％", 96.98, "percent", "collection_rate", 2017, "H29（2017年度）", "total", "actual", "介護保険料",
      "介護保険料")
    text(p, 455, y + 6, "（単位：千円、％）", 8.5)
    rows = [["年度", "調定額", "収入済額", "収納率※1", "不納欠損額", "収入未済額"]]
    hist = [(2021, "3年度", 1341270, 1316085, 4210), (2022, "4年度", 1352618, 1328940, 3985)]
    for fy, lab, a, c, w in hist:
        o = a - c - w
        rows.append([lab, comma(a), comma(c), f"{rate(c, a):.2f}", comma(w), comma(o)])
        for s, v, m, u in ((comma(a), a * 1000, "assessed", "yen"), (comma(c), c * 1000, "collected", "yen"),
                           (f"{rate(c, a):.2f}", rate(c, a), "collection_rate", "percent"),
                           (comma(w), w * 1000, "written_off", "yen"), (comma(o), o * 1000, "outstanding", "yen")):
            F(pg, s, v, u, m, fy, lab, "total", "actual", "介護保険料", "介護保険料")
    yb = table(p, 50, y + 12, [60, 95, 95, 70, 80, 85], rows, rowh=19, size=9,
               aligns=["c", "r", "r", "r", "r", "r"], rules="hlines", head_fill=None)
    text(p, 50, yb + 13, "※1 収納率は現年度分と滞納繰越分の計。年度は令和。", 8.5)
    y = yb + 36
    text(p, 50, y, "【取組】", 10.5, "g")
    y += 20
    items = [("(1)", "特別徴収へ切り替わるまでの間の普通徴収者に、納付書送付時に口座振替の案内を同封する。", "継続"),
             ("(2)", "２期以上未納の方に、給付制限の内容を説明した文書で早期の納付を促す。", "継続")]
    for lab, t, st in items:
        y = para(p, 62, y, f"{lab}　{t}【{st}】", 470, 10, 1.6, hang=20)
        G.init(pg, t, "介護保険料", FY, "取組", lab, st)
        y += 4

    y += 18
    text(p, 50, y, "５　債権ごとの取組み（保育料）", 14, "g")
    hd = DEBTS[1]
    y = para(p, 50, y + 28, f"　２月末の現年度分収納率は{rate(hd[4], hd[3]):.2f}％、滞納繰越分は"
             f"{rate(hd[6], hd[5]):.2f}％である。滞納繰越分の調定額{comma(hd[5])}千円のうち、"
             f"卒園児に係る分は６，１２０千円で、全体の約６割を占めている。", 485, 10, 1.75)
    F(pg, f"{rate(hd[4], hd[3]):.2f}％", rate(hd[4], hd[3]), "percent", "collection_rate", FY, "２月末", "current",
      "interim", "保育料", "保育料", ASOF)
    F(pg, f"{rate(hd[6], hd[5]):.2f}％", rate(hd[6], hd[5]), "percent", "collection_rate", FY, "２月末", "arrears",
      "interim", "保育料", "保育料", ASOF)
    F(pg, f"{comma(hd[5])}千円", hd[5] * 1000, "yen", "assessed", FY, "２月末", "arrears", "interim", "保育料", "保育料", ASOF)
    F(pg, "６，１２０千円", 6120000, "yen", "assessed", FY, "２月末", "arrears", "interim", "保育料", "保育料", ASOF)
    y += 6
    box = fitz.Rect(50, y, 535, y + 96)
    p.draw_rect(box, color=(0.3, 0.3, 0.3), fill=(0.97, 0.97, 0.97), width=0.8)
    yy = y + 20
    items = [("・", "在園中の滞納者には、園を通じた面談の機会を設け、児童手当からの申出徴収を勧める。", "継続"),
             ("・", "卒園児の保護者には、転居先の調査を行い、文書催告と電話催告を組み合わせる。", None),
             ("・", "令和６年度からの口座振替原則化に向け、入園申込時の口座登録を必須とする。", "新規")]
    for lab, t, st in items:
        s = f"{lab}{t}" + (f"【{st}】" if st else "")
        yy = para(p, 62, yy, s, 460, 10, 1.6, hang=10)
        G.init(pg, t, "保育料", FY, "保育料の取組", lab, st)
        yy += 2

    doc.subset_fonts()
    out = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    gp = G.write(out)
    bad = check(out, gp)
    print(out, len(G.facts), "facts", len(G.inits), "initiatives", "BAD:", bad)


if __name__ == "__main__":
    main()
