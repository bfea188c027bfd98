"""qi_yawatahama_committee_1: 八幡浜市債権管理対策会議 資料 (取組個票), drawn directly with PyMuPDF."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qi_common import (Facts, Inits, PDF_DIR, c, chain, check, fr, q, rate, tri, trif, write_gold)
from qi_pdfkit import BLUE, Doc, GREY, LIGHT, simple_rows

STEM = "qi_yawatahama_committee_1"
CITY = "八幡浜市"
YEARS = list(range(2018, 2025))          # H30 .. R6
SHOW = [2020, 2021, 2022, 2023, 2024]    # R2 .. R6 on the sheets

# ---------------------------------------------------------------- data (千円)
DEBTS = {
    "市税": dict(short="市税", dept="税務課", kind="強制徴収公債権", law="地方税法", cls="強",
               d=chain(YEARS, [3862410, 3901877, 3820534, 3874102, 3911288, 3956730, 3978415],
                       [98.62, 98.71, 98.80, 98.93, 99.05, 99.12, 99.24], 171532,
                       [17.8, 18.9, 20.4, 21.2, 22.6, 23.5, 24.8], [4.1, 3.8, 3.9, 3.5, 3.2, 3.0, 2.9]),
               persons=[612, 590, 571, 548, 522, 501, 486]),
    "国民健康保険税": dict(short="国保税", dept="税務課", kind="強制徴収公債権", law="地方税法", cls="強",
                    d=chain(YEARS, [768215, 752904, 741338, 730512, 722845, 709116, 698452],
                            [94.21, 94.48, 94.62, 94.95, 95.18, 95.31, 95.57], 236418,
                            [14.6, 15.2, 16.1, 16.8, 17.4, 18.1, 18.9], [5.2, 5.0, 4.8, 4.6, 4.5, 4.3, 4.2]),
                    persons=[744, 721, 703, 688, 662, 640, 617]),
    "介護保険料": dict(short="介護料", dept="長寿介護課", kind="強制徴収公債権", law="介護保険法", cls="強",
                  d=chain(YEARS, [672180, 679412, 684925, 688310, 691872, 694503, 690128],
                          [98.41, 98.52, 98.60, 98.71, 98.79, 98.88, 98.96], 27816,
                          [13.9, 14.8, 15.6, 16.9, 17.8, 18.6, 19.7], [16.2, 15.8, 15.1, 14.7, 14.2, 13.8, 13.1]),
                  persons=[198, 192, 187, 181, 176, 170, 163]),
    "後期高齢者医療保険料": dict(short="後期高齢", dept="市民課", kind="強制徴収公債権", law="高齢者の医療の確保に関する法律",
                       cls="強",
                       d=chain(YEARS, [318724, 322516, 326408, 329917, 334260, 346815, 352604],
                               [99.38, 99.42, 99.45, 99.49, 99.52, 99.55, 99.58], 4126,
                               [39.5, 40.8, 41.6, 42.9, 43.7, 44.2, 45.3], [8.4, 8.1, 7.9, 7.6, 7.2, 7.0, 6.8]),
                       persons=[61, 59, 57, 55, 54, 52, 49]),
    "市営住宅使用料": dict(short="住宅使用料", dept="建設課", kind="私債権", law="公営住宅法・市営住宅条例", cls="私",
                    d=chain(YEARS, [121560, 119842, 118305, 117460, 116218, 115037, 114412],
                            [96.08, 96.24, 96.41, 96.58, 96.74, 96.93, 97.12], 42615,
                            [9.6, 10.4, 11.1, 11.8, 12.6, 13.3, 14.1], [2.8, 3.1, 2.9, 3.4, 3.2, 3.0, 2.7]),
                    persons=[88, 85, 83, 80, 77, 74, 71]),
    "水道料金": dict(short="水道料金", dept="水道課", kind="私債権", law="民法・水道事業給水条例", cls="私",
                 d=chain(YEARS, [652108, 648355, 657921, 651044, 646730, 643216, 640537],
                         [98.66, 98.72, 98.81, 98.86, 98.94, 99.01, 99.08], 12382,
                         [44.6, 45.8, 46.2, 47.5, 48.1, 48.9, 49.6], [6.4, 6.1, 5.9, 5.8, 5.5, 5.2, 5.0]),
                 persons=[241, 232, 228, 219, 211, 204, 196]),
}
ORDER = list(DEBTS)
for k, v in DEBTS.items():
    v["persons"] = dict(zip(YEARS, v["persons"]))


def total(y, key):
    return sum(DEBTS[k]["d"][y][key] for k in ORDER)


def era(y, form):
    r = y - 2018
    if form == "令和":
        return "令和元年度" if r == 1 else f"令和{r}年度"
    if form == "R":
        return "R元" if r == 1 else f"R{r}"
    if form == "RN":
        return f"R{r}年度"
    if form == "AD":
        return f"{y}年度"
    if form == "H":
        return f"H{y - 1988}"
    raise ValueError(form)


F = Facts()
I = Inits()
D = Doc()

SEGS = [("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "計")]


# ================================================================ page 1: 次第・主要指標
def page1():
    D.new_page()
    p = 1
    D.text(D.w / 2, 70, "令和7年度 第1回八幡浜市債権管理対策会議", 16, "G", "c")
    D.text(D.w / 2, 96, "会　議　資　料", 13, "G", "c")
    D.text(D.w - 60, 130, "令和7年7月28日（月）", 10, "G", "r")
    D.text(D.w - 60, 145, "午後2時00分～　市役所3階 大会議室", 10, "G", "r")
    D.text(70, 185, "次　　第", 12)
    y = 210
    for s in ["１　開　会",
              "２　報　告",
              "　（１）令和６年度 主要債権の収納状況について ……………………… 資料１",
              "　（２）取組個票による令和６年度の実績と令和７年度の取組 ……… 資料２",
              "３　協　議",
              "　　　令和７年度 債権管理の重点事項について",
              "４　その他（参考資料：八幡浜市の債権一覧）",
              "５　閉　会"]:
        D.text(80, y, s, 10.5)
        y += 21
    # panels (variation 49)
    y0 = 420
    D.text(60, y0 - 12, "【主要指標】主要6債権（令和6年度決算）", 11)
    pw, ph, gap = 150, 118, 12
    r6 = rate(total(2024, "tot_c"), total(2024, "tot_a"))
    r5 = rate(total(2023, "tot_c"), total(2023, "tot_a"))
    diff = float(q(r6 - r5))
    o6 = total(2024, "out")
    o5 = total(2023, "out")
    o6b = float(q(o6 / 100000, 2))
    o5b = float(q(o5 / 100000, 2))
    ob_diff = float(q(o6b - o5b, 2))
    pers6 = sum(DEBTS[k]["persons"][2024] for k in ORDER)
    pers5 = sum(DEBTS[k]["persons"][2023] for k in ORDER)
    panels = [
        ("収納率", "（令和6年度）", f"{fr(r6)}％", f"前年度比＋{diff:.2f}ポイント"),
        ("収入未済額", "（令和6年度末）", f"{o6b:.2f}億円", f"前年度比{trif(ob_diff, 2, '△')}億円"),
        ("滞納者数", "（R6年度末）", f"{pers6:,}人", f"前年度比{tri(pers6 - pers5)}人"),
    ]
    for i, (lab, yr, big, small) in enumerate(panels):
        x = 60 + i * (pw + gap)
        D.rect((x, y0, x + pw, y0 + ph), fill=LIGHT, stroke=(0.3, 0.3, 0.3), width=1)
        D.text(x + pw / 2, y0 + 22, lab, 11, "G", "c")
        D.text(x + pw / 2, y0 + 38, yr, 9, "G", "c")
        D.text(x + pw / 2, y0 + 72, big, 18, "G", "c")
        D.text(x + pw / 2, y0 + 98, small, 9, "G", "c")
    F.add(p, None, "主要6債権", 2024, "令和6年度", "total", "collection_rate", "actual", r6, "percent", f"{fr(r6)}％")
    F.add(p, None, "主要6債権", 2024, "令和6年度", "total", "difference", "actual", diff, "points", f"{diff:.2f}ポイント")
    F.add(p, None, "主要6債権", 2024, "令和6年度末", "total", "outstanding", "actual", round(o6b * 100000000), "yen",
          f"{o6b:.2f}億円")
    F.add(p, None, "主要6債権", 2024, "令和6年度末", "total", "difference", "actual", round(ob_diff * 100000000), "yen",
          f"{trif(ob_diff, 2, '△')}億円")
    F.add(p, None, "主要6債権", 2024, "R6年度末", "total", "delinquents", "actual", pers6, "persons", f"{pers6:,}人")
    D.text(60, y0 + ph + 18, "※ 主要6債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料、水道料金", 8.5)
    D.text(60, y0 + ph + 32, "※ 収入未済額は億円未満を四捨五入して表示している。", 8.5)
    D.text(60, 650, "配付資料", 10.5)
    for i, s in enumerate(["資料１　令和６年度 主要債権の収納状況（2～3ページ）",
                           "資料２　取組個票（4～7ページ）",
                           "参考資料　八幡浜市の債権一覧（8ページ）"]):
        D.text(75, 670 + i * 17, s, 9.5)
    D.footer("- 1 -")


# ================================================================ page 2: 推移グラフ・主要債権表・参考
def page2():
    D.new_page()
    p = 2
    D.text(60, 58, "資料１", 10)
    D.rect((52, 44, 100, 64), stroke=(0, 0, 0))
    D.text(110, 60, "令和6年度 主要債権の収納状況", 13)
    D.text(60, 92, "（１）主要6債権の収入未済額の推移（単位：百万円）", 10.5)
    # bar chart (variation 25)
    x0, ybase, cw, hmax = 95, 255, 60, 130
    vals = [(y, float(q(total(y, "out") / 1000, 1))) for y in YEARS]
    vmax = 600.0
    D.line(x0 - 10, ybase, x0 + cw * len(vals) + 5, ybase, 0.8)
    D.line(x0 - 10, ybase - hmax - 5, x0 - 10, ybase, 0.8)
    for tick in (0, 100, 200, 300, 400, 500, 600):
        yy = ybase - hmax * tick / vmax
        D.text(x0 - 14, yy + 3, str(tick), 7, "G", "r")
        D.line(x0 - 12, yy, x0 - 10, yy, 0.5)
    forms = {2018: "H30", 2019: "R元"}
    for i, (y, v) in enumerate(vals):
        bx = x0 + i * cw + 12
        bh = hmax * v / vmax
        D.rect((bx, ybase - bh, bx + 34, ybase), fill=(0.45, 0.6, 0.8), stroke=None)
        lab = f"{v:.1f}"
        D.text(bx + 17, ybase - bh - 4, lab, 8, "G", "c")
        yl = forms.get(y, f"R{y - 2018}")
        D.text(bx + 17, ybase + 13, yl, 8.5, "G", "c")
        F.add(p, None, "主要6債権", y, yl, "total", "outstanding", "actual", round(v * 1000000), "yen", lab)
    D.text(D.w - 70, ybase + 28, "（各年度末・決算）", 8, "G", "r")

    # table with abbreviated names (45), rates without %, 差, unit caption (4)
    D.text(60, 305, "（２）主要債権の収納率及び収入未済額", 10.5)
    D.text(D.w - 60, 305, "（単位：％、千円）", 8.5, "G", "r")
    colw = [78, 58, 58, 50, 72, 72, 62]
    rows_h = [17, 17] + [18] * 7
    cells = [dict(r=0, c=0, rs=2, t="債権名", a="c", fill=GREY),
             dict(r=0, c=1, cs=3, t="収納率（現年分＋滞納繰越分）", a="c", fill=GREY),
             dict(r=0, c=4, cs=3, t="収入未済額", a="c", fill=GREY)]
    for i, h in enumerate(["R5", "R6", "差", "R5", "R6", "増減"]):
        cells.append(dict(r=1, c=1 + i, t=h, a="c", fill=GREY))
    r = 2
    for k in ORDER:
        d5, d6 = DEBTS[k]["d"][2023], DEBTS[k]["d"][2024]
        short = DEBTS[k]["short"]
        dr = float(q(d6["tot_r"] - d5["tot_r"]))
        o6 = c(d6["out"]) + ("※1" if k == "市税" else "")
        row = [short, fr(d5["tot_r"]), fr(d6["tot_r"]), trif(dr, 2, "△"), c(d5["out"]), o6, tri(d6["out"] - d5["out"])]
        for ci, t in enumerate(row):
            cells.append(dict(r=r, c=ci, t=t, a="l" if ci == 0 else "r"))
        F.add(p, k, short, 2023, "R5", "total", "collection_rate", "actual", d5["tot_r"], "percent", fr(d5["tot_r"]))
        F.add(p, k, short, 2024, "R6", "total", "collection_rate", "actual", d6["tot_r"], "percent", fr(d6["tot_r"]))
        F.add(p, k, short, 2024, "R6", "total", "difference", "actual", dr, "points", trif(dr, 2, "△"))
        F.add(p, k, short, 2023, "R5", "total", "outstanding", "actual", d5["out"] * 1000, "yen", c(d5["out"]))
        F.add(p, k, short, 2024, "R6", "total", "outstanding", "actual", d6["out"] * 1000, "yen", o6)
        F.add(p, k, short, 2024, "R6", "total", "difference", "actual", (d6["out"] - d5["out"]) * 1000, "yen",
              tri(d6["out"] - d5["out"]))
        r += 1
    t5 = rate(total(2023, "tot_c"), total(2023, "tot_a"))
    t6 = rate(total(2024, "tot_c"), total(2024, "tot_a"))
    dr = float(q(t6 - t5))
    o5, o6 = total(2023, "out"), total(2024, "out")
    row = ["計", fr(t5), fr(t6), trif(dr, 2, "△"), c(o5), c(o6), tri(o6 - o5)]
    for ci, t in enumerate(row):
        cells.append(dict(r=r, c=ci, t=t, a="c" if ci == 0 else "r", fill=LIGHT))
    F.add(p, None, "計", 2023, "R5", "total", "collection_rate", "actual", t5, "percent", fr(t5))
    F.add(p, None, "計", 2024, "R6", "total", "collection_rate", "actual", t6, "percent", fr(t6))
    F.add(p, None, "計", 2024, "R6", "total", "difference", "actual", dr, "points", trif(dr, 2, "△"))
    F.add(p, None, "計", 2023, "R5", "total", "outstanding", "actual", o5 * 1000, "yen", c(o5))
    F.add(p, None, "計", 2024, "R6", "total", "outstanding", "actual", o6 * 1000, "yen", c(o6))
    F.add(p, None, "計", 2024, "R6", "total", "difference", "actual", (o6 - o5) * 1000, "yen", tri(o6 - o5))
    yb = D.table(60, 312, colw, rows_h, cells, size=8.5)
    s = DEBTS["市税"]["d"][2024]
    D.text(60, yb + 13, f"※1 うち滞納繰越分 {c(s['out_arr'])}千円", 8)
    F.add(p, "市税", "市税", 2024, "R6", "arrears", "outstanding", "actual", s["out_arr"] * 1000, "yen",
          f"{c(s['out_arr'])}千円")
    D.text(60, yb + 26, "（凡例）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", 8)
    D.text(60, yb + 39, "※ 差・増減は令和6年度（R6）から令和5年度（R5）を差し引いたもの。△はマイナス。", 8)

    # 【参考】 box (variation 9)
    by = yb + 60
    wo6 = total(2024, "wo")
    pers6 = sum(DEBTS[k]["persons"][2024] for k in ORDER)
    pers5 = sum(DEBTS[k]["persons"][2023] for k in ORDER)
    cur_r6 = rate(total(2024, "cur_c"), total(2024, "cur_a"))
    arr_r6 = rate(total(2024, "arr_c"), total(2024, "arr_a"))
    lines = ["【参考】令和6年度 滞納整理の状況（主要6債権）",
             f"・現年分収納率：{fr(cur_r6)}％",
             f"・滞納繰越分収納率：{fr(arr_r6)}％",
             f"・不納欠損額：{c(wo6)}千円",
             f"・滞納者数：{pers6:,}人（前年度 {pers5:,}人）",
             "・差押件数：186件（前年度 171件）",
             "・捜索件数：4件（前年度 2件）"]
    D.rect((60, by, D.w - 60, by + 16 * len(lines) + 10), stroke=(0, 0, 0), width=0.9)
    for i, s_ in enumerate(lines):
        D.text(72, by + 18 + 16 * i, s_, 9.5)
    F.add(p, None, "主要6債権", 2024, "令和6年度", "current", "collection_rate", "actual", cur_r6, "percent",
          f"{fr(cur_r6)}％")
    F.add(p, None, "主要6債権", 2024, "令和6年度", "arrears", "collection_rate", "actual", arr_r6, "percent",
          f"{fr(arr_r6)}％")
    F.add(p, None, "主要6債権", 2024, "令和6年度", "total", "written_off", "actual", wo6 * 1000, "yen", f"{c(wo6)}千円")
    F.add(p, None, "主要6債権", 2024, "令和6年度", "total", "delinquents", "actual", pers6, "persons", f"{pers6:,}人")
    F.add(p, None, "主要6債権", 2023, "前年度", "total", "delinquents", "actual", pers5, "persons", f"{pers5:,}人")
    D.footer("- 2 -")


# ================================================================ page 3: landscape summary (42, 1, 22)
def page3():
    D.new_page(landscape=True)
    p = 3
    D.text(40, 40, "（３）主要債権の収納状況一覧（決算）", 12)
    colw = [128] + [62, 62, 44] * 3 + [54, 62]
    y = 56
    for yi, (y_, yl) in enumerate([(2023, "令和5年度"), (2024, "令和6年度")]):
        D.text(40, y + 14, f"■ {yl}決算", 10)
        D.text(D.w - 40, y + 14, "（単位：千円、％）", 8.5, "G", "r")
        y += 20
        cells = [dict(r=0, c=0, rs=2, t="債権名", a="c", fill=BLUE)]
        for gi, g in enumerate(["現年度分", "滞納繰越分", "計"]):
            cells.append(dict(r=0, c=1 + 3 * gi, cs=3, t=g, a="c", fill=BLUE))
            for j, h in enumerate(["調定額", "収入済額", "収納率"]):
                cells.append(dict(r=1, c=1 + 3 * gi + j, t=h, a="c", fill=BLUE))
        cells.append(dict(r=0, c=10, rs=2, t="不納欠損額", a="c", fill=BLUE, sz=8))
        cells.append(dict(r=0, c=11, rs=2, t="収入未済額", a="c", fill=BLUE, sz=8))
        rr = 2
        zebra = {}
        for k in ORDER + ["合計"]:
            if k == "合計":
                d = {key: total(y_, key) for key in ("cur_a", "cur_c", "arr_a", "arr_c", "tot_a", "tot_c", "wo", "out")}
                d["cur_r"] = rate(d["cur_c"], d["cur_a"])
                d["arr_r"] = rate(d["arr_c"], d["arr_a"])
                d["tot_r"] = rate(d["tot_c"], d["tot_a"])
                debt, raw = None, "合計"
            else:
                d = DEBTS[k]["d"][y_]
                debt, raw = k, k
            vals = [d["cur_a"], d["cur_c"], d["cur_r"], d["arr_a"], d["arr_c"], d["arr_r"],
                    d["tot_a"], d["tot_c"], d["tot_r"], d["wo"], d["out"]]
            cells.append(dict(r=rr, c=0, t=raw, a="l" if debt else "c"))
            for j, v in enumerate(vals):
                t = fr(v) if j in (2, 5, 8) else c(v)
                cells.append(dict(r=rr, c=1 + j, t=t, a="r"))
            for gi, (seg, sname) in enumerate([("cur", "current"), ("arr", "arrears"), ("tot", "total")]):
                F.add(p, debt, raw, y_, yl, sname, "assessed", "actual", d[f"{seg}_a"] * 1000, "yen", c(d[f"{seg}_a"]))
                F.add(p, debt, raw, y_, yl, sname, "collected", "actual", d[f"{seg}_c"] * 1000, "yen", c(d[f"{seg}_c"]))
                F.add(p, debt, raw, y_, yl, sname, "collection_rate", "actual", d[f"{seg}_r"], "percent", fr(d[f"{seg}_r"]))
            F.add(p, debt, raw, y_, yl, "total", "written_off", "actual", d["wo"] * 1000, "yen", c(d["wo"]))
            F.add(p, debt, raw, y_, yl, "total", "outstanding", "actual", d["out"] * 1000, "yen", c(d["out"]))
            if rr % 2 == 1:
                zebra[rr] = LIGHT
            rr += 1
        zebra[rr - 1] = GREY
        y = D.table(40, y, colw, [16, 16] + [17] * 7, cells, size=8, border=False, zebra=zebra, hlines=[0, 2, 9])
        y += 14
    D.text(40, y + 4, "※ 収納率は小数点第3位を四捨五入。収入未済額＝調定額（計）－収入済額（計）－不納欠損額", 8)
    D.text(40, y + 17, "※ 水道料金は地方公営企業会計（消費税込み）。国民健康保険税は国民健康保険事業特別会計。", 8)
    D.footer("- 3 -")


# ================================================================ sheets (pages 4-7)
def history_table(y, key, debt_raw, years_fmt, p, vertical=True, first_col=70):
    """Multi-year table: years as columns, segment blocks as merged vertical row headers."""
    dd = DEBTS[key]["d"]
    colw = [22, first_col] + [72] * len(SHOW)
    cells = [dict(r=0, c=0, cs=2, t="区分", a="c", fill=GREY)]
    for j, y_ in enumerate(SHOW):
        cells.append(dict(r=0, c=2 + j, t=era(y_, years_fmt), a="c", fill=GREY))
    r = 1
    for seg, sname, slabel in SEGS:
        cells.append(dict(r=r, c=0, rs=3, t=slabel, a="c", v=vertical, sz=8, fill=LIGHT))
        for m, mlab in [("a", "調定額"), ("c", "収入済額"), ("r", "収納率")]:
            cells.append(dict(r=r, c=1, t=mlab + ("※" if m == "a" and seg == "cur" else ""), a="l"))
            for j, y_ in enumerate(SHOW):
                v = dd[y_][f"{seg}_{m}"]
                t = fr(v) if m == "r" else c(v)
                cells.append(dict(r=r, c=2 + j, t=t, a="r"))
                metric = {"a": "assessed", "c": "collected", "r": "collection_rate"}[m]
                F.add(p, key, debt_raw, y_, era(y_, years_fmt), sname, metric, "actual",
                      v if m == "r" else v * 1000, "percent" if m == "r" else "yen", t)
            r += 1
    for lab, k2, metric in [("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")]:
        cells.append(dict(r=r, c=0, cs=2, t=lab, a="l", fill=LIGHT))
        for j, y_ in enumerate(SHOW):
            v = dd[y_][k2]
            cells.append(dict(r=r, c=2 + j, t=c(v), a="r"))
            F.add(p, key, debt_raw, y_, era(y_, years_fmt), "total", metric, "actual", v * 1000, "yen", c(v))
        r += 1
    cells.append(dict(r=r, c=0, cs=2, t="滞納者数", a="l", fill=LIGHT))
    for j, y_ in enumerate(SHOW):
        v = DEBTS[key]["persons"][y_]
        cells.append(dict(r=r, c=2 + j, t=c(v), a="r"))
        F.add(p, key, debt_raw, y_, era(y_, years_fmt), "total", "delinquents", "actual", v, "persons", c(v))
    r += 1
    yb = D.table(60, y, colw, [16] + [15.5] * (r - 1), cells, size=8.2)
    D.text(60, yb + 11, "※ 調定額は還付未済額を含まない。", 7.8)
    return yb + 8


def strip(y, name, dept, kind, cls_label="債権区分"):
    colw = [50, 120, 45, 90, 55, 115]
    cells = simple_rows([[("債権名", "c", GREY), name, ("所管課", "c", GREY), dept, (cls_label, "c", GREY), kind]])
    return D.table(60, y, colw, [20], cells, size=9.5)


def sheet_header(no):
    D.text(60, 50, "資料２", 10)
    D.rect((52, 36, 100, 56))
    D.text(D.w - 60, 50, f"取組個票　No.{no}", 10, "G", "r")


def page4():
    """市税: label/value strip (6), vertical headers (33), 決算|目標 side by side (3), brackets (27),
    numbered items per cell with tags (14), status table with blank header (58)."""
    D.new_page()
    p = 4
    key = "市税"
    sheet_header(1)
    y = strip(64, "市税", "税務課", "強制徴収公債権")
    D.text(60, y + 20, "１　収納状況の推移（決算）", 10.5)
    D.text(D.w - 60, y + 20, "（単位：千円、％、人）", 8.5, "G", "r")
    y = history_table(y + 26, key, "市税", "令和", p)
    y += 22
    D.text(60, y, "２　数値目標", 10.5)
    y += 16
    # two headings side by side on one line (3)
    D.text(60, y, "令和6年度　決算", 9.5)
    D.text(318, y, "令和7年度　目標", 9.5)
    d6, d5 = DEBTS[key]["d"][2024], DEBTS[key]["d"][2023]
    tcur, tarr, tout = 99.30, 26.00, 140000
    left = simple_rows([[("現年分収納率", "l", LIGHT), (f"{fr(d6['cur_r'])}（{fr(d5['cur_r'])}）", "r")],
                        [("滞納繰越分収納率", "l", LIGHT), (f"{fr(d6['arr_r'])}（{fr(d5['arr_r'])}）", "r")],
                        [("収入未済額", "l", LIGHT), (f"{c(d6['out'])}（{c(d5['out'])}）", "r")]])
    right = simple_rows([[("現年分収納率", "l", LIGHT), (fr(tcur), "r")],
                         [("滞納繰越分収納率", "l", LIGHT), (fr(tarr), "r")],
                         [("収入未済額", "l", LIGHT), (c(tout), "r")]])
    D.table(60, y + 5, [95, 140], [16] * 3, left, size=8.5)
    yb = D.table(318, y + 5, [95, 120], [16] * 3, right, size=8.5)
    F.add(p, key, key, 2024, "令和6年度", "current", "collection_rate", "actual", d6["cur_r"], "percent", fr(d6["cur_r"]))
    F.add(p, key, key, 2023, "令和5年度", "current", "collection_rate", "actual", d5["cur_r"], "percent", f"（{fr(d5['cur_r'])}）")
    F.add(p, key, key, 2024, "令和6年度", "arrears", "collection_rate", "actual", d6["arr_r"], "percent", fr(d6["arr_r"]))
    F.add(p, key, key, 2023, "令和5年度", "arrears", "collection_rate", "actual", d5["arr_r"], "percent", f"（{fr(d5['arr_r'])}）")
    F.add(p, key, key, 2024, "令和6年度", "total", "outstanding", "actual", d6["out"] * 1000, "yen", c(d6["out"]))
    F.add(p, key, key, 2023, "令和5年度", "total", "outstanding", "actual", d5["out"] * 1000, "yen", f"（{c(d5['out'])}）")
    F.add(p, key, key, 2025, "令和7年度", "current", "collection_rate", "target", tcur, "percent", fr(tcur))
    F.add(p, key, key, 2025, "令和7年度", "arrears", "collection_rate", "target", tarr, "percent", fr(tarr))
    F.add(p, key, key, 2025, "令和7年度", "total", "outstanding", "target", tout * 1000, "yen", c(tout))
    D.text(60, yb + 11, "（　）内は令和5年度決算。単位は上の表と同じ。", 7.8)
    y = yb + 28
    D.text(60, y, "３　令和7年度の取組", 10.5)
    items_cur = [("①", "納期限後20日以内に督促状を発送し、未納が続く場合は電話催告を早期に行う。", "継続"),
                 ("②", "口座振替の勧奨を新規課税者と転入者に重点化し、Web口座振替受付を周知する。", "拡充"),
                 ("③", "スマートフォン決済の利用案内を納税通知書に同封する。", "継続")]
    items_arr = [("④", "高額・長期滞納者の財産調査を年度前半に終え、預貯金・給与の差押えを進める。", "継続"),
                 ("⑤", "愛媛地方税滞納整理機構への移管を計画的に行い、困難事案の解消を図る。", "継続"),
                 ("⑥", "執行停止後3年を経過する事案を点検し、不納欠損の判断を適正に行う。", "新規")]
    rows = []
    for lab, items in [("現年分", items_cur), ("滞納繰越分", items_arr)]:
        txt = "".join(f"{n}{t}【{s}】" for n, t, s in items)
        rows.append([(lab, "c", LIGHT), txt])
        for n, t, s in items:
            I.add(p, key, key, 2025, "令和7年度の取組", n, t, s)
    cells = simple_rows([[("区分", "c", GREY), ("取組内容", "c", GREY)]] + rows)
    yb = D.table(60, y + 6, [70, 405], [16, 58, 58], cells, size=8.4, lead=1.35)
    y = yb + 18
    D.text(60, y, "４　令和6年度取組の実施状況", 10.5)
    st = [("1", "納税通知書へのスマートフォン決済の案内同封", "◎"),
          ("2", "滞納繰越1年目事案の早期着手（7月までに全件催告）", "○"),
          ("3", "公売に向けた不動産差押事案の選定", "△")]
    cells = [dict(r=0, c=0, t="No.", a="c", fill=GREY), dict(r=0, c=1, t="取組内容", a="c", fill=GREY),
             dict(r=0, c=2, t="", fill=GREY)]
    for i, (n, t, mk) in enumerate(st):
        cells += [dict(r=1 + i, c=0, t=n, a="c"), dict(r=1 + i, c=1, t=t), dict(r=1 + i, c=2, t=mk, a="c")]
        I.add(p, key, key, 2024, "令和6年度取組の実施状況", n, t, None)
    yb = D.table(60, y + 6, [35, 380, 60], [16] * 4, cells, size=8.5)
    D.text(60, yb + 11, "◎：実施済　○：実施中　△：未着手", 7.8)
    D.footer("- 4 -")


def page5():
    """国民健康保険税: header cell label+value (7), R-years (12), 目標と実績・達成率 (35), items in a box (14)."""
    D.new_page()
    p = 5
    key = "国民健康保険税"
    sheet_header(2)
    cells = simple_rows([[("債権名　国民健康保険税", "l", GREY), ("所管課　税務課（賦課：市民課）", "l"),
                          ("区分　強制徴収公債権", "l")]])
    y = D.table(60, 64, [165, 175, 135], [20], cells, size=9.5)
    D.text(60, y + 20, "１　収納状況の推移", 10.5)
    D.text(D.w - 60, y + 20, "（単位：千円、％、人）", 8.5, "G", "r")
    y = history_table(y + 26, key, "国民健康保険税", "R", p, vertical=True)
    y += 22
    D.text(60, y, "２　目標と実績（現年分収納率）", 10.5)
    D.text(D.w - 60, y, "（単位：％）", 8.5, "G", "r")
    tg = {2022: 95.00, 2023: 95.25, 2024: 95.40}
    rows = [[("年度", "c", GREY), ("目標", "c", GREY), ("実績", "c", GREY), ("達成率", "c", GREY)]]
    for y_ in (2022, 2023, 2024):
        act = DEBTS[key]["d"][y_]["cur_r"]
        ach = float(q(act / tg[y_] * 100, 1))
        rows.append([(era(y_, "RN"), "c"), (fr(tg[y_]), "r"), (fr(act), "r"), (f"{ach:.1f}", "r")])
        F.add(p, key, "国民健康保険税", y_, era(y_, "RN"), "current", "collection_rate", "target", tg[y_], "percent", fr(tg[y_]))
        F.add(p, key, "国民健康保険税", y_, era(y_, "RN"), "current", "collection_rate", "actual", act, "percent", fr(act))
    yb = D.table(60, y + 6, [80, 80, 80, 80], [16] * 4, simple_rows(rows), size=8.5)
    D.text(60, yb + 11, "※ 達成率＝実績÷目標×100", 7.8)
    D.text(410, y + 22, "令和7年度目標", 9.5)
    t7c, t7a = 95.70, 19.50
    D.text(410, y + 40, f"現年分　　　{fr(t7c)}", 9.5)
    D.text(410, y + 56, f"滞納繰越分　{fr(t7a)}", 9.5)
    F.add(p, key, "国民健康保険税", 2025, "令和7年度", "current", "collection_rate", "target", t7c, "percent", fr(t7c))
    F.add(p, key, "国民健康保険税", 2025, "令和7年度", "arrears", "collection_rate", "target", t7a, "percent", fr(t7a))
    y = yb + 30
    D.text(60, y, "３　取組内容", 10.5)
    items = [("(1)", "資格確認書の交付時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
             ("(2)", "国保の資格を喪失した世帯に対し、喪失月の翌月に文書催告を行う。", "継続"),
             ("(3)", "税務課と市民課で滞納者情報を共有し、市税と一体で滞納整理を進める。", "拡充"),
             ("(4)", "令和7年度から給与照会を電子化し、照会から差押えまでの期間を短縮する。", "新規")]
    yy = y + 12
    for n, t, s in items:
        yy = D.para(70, yy, f"{n}　{t}【{s}】", D.w - 140, 9, hang=22)
        yy += 3
        I.add(p, key, "国民健康保険税", 2025, "取組内容", n, t, s)
    D.rect((60, y + 8, D.w - 60, yy + 8), stroke=(0, 0, 0), width=1.0)
    D.footer("- 5 -")


def page6():
    """介護保険料: debt in parentheses in the heading (8), AD years (12), items in a table without 取組 header (14)."""
    D.new_page()
    p = 6
    key = "介護保険料"
    sheet_header(3)
    D.text(60, 84, "３　債権ごとの取組（介護保険料）", 12)
    D.text(60, 104, "所管：長寿介護課　　区分：強制徴収公債権（介護保険法第144条）", 9)
    D.text(60, 128, "（１）収納状況の推移", 10.5)
    D.text(D.w - 60, 128, "（単位：千円、％、人）", 8.5, "G", "r")
    y = history_table(134, key, "介護保険料", "AD", p, vertical=True, first_col=70)
    y += 22
    D.text(60, y, "（２）状況の分析", 10.5)
    d6, d5 = DEBTS[key]["d"][2024], DEBTS[key]["d"][2023]
    dd = float(q(d6["cur_r"] - d5["cur_r"]))
    txt = (f"2024年度の現年分収納率は{fr(d6['cur_r'])}％で、前年度から{dd:.2f}ポイント上昇した。"
           f"普通徴収の対象者が増加しているが、年金からの特別徴収への切替えが進み、"
           f"収入未済額は{c(d6['out'])}千円（前年度{c(d5['out'])}千円）となった。")
    y = D.para(60, y + 2, txt, D.w - 120, 9.2)
    F.add(p, key, "介護保険料", 2024, "2024年度", "current", "collection_rate", "actual", d6["cur_r"], "percent", f"{fr(d6['cur_r'])}％")
    F.add(p, key, "介護保険料", 2024, "2024年度", "current", "difference", "actual", dd, "points", f"{dd:.2f}ポイント")
    F.add(p, key, "介護保険料", 2024, "2024年度", "total", "outstanding", "actual", d6["out"] * 1000, "yen", f"{c(d6['out'])}千円")
    F.add(p, key, "介護保険料", 2023, "前年度", "total", "outstanding", "actual", d5["out"] * 1000, "yen", f"{c(d5['out'])}千円")
    y += 14
    D.text(60, y, "（３）令和7年度に実施する事項", 10.5)
    cur = [("ア", "65歳到達者への通知に口座振替依頼書を同封する。", "継続"),
           ("イ", "普通徴収の未納者に対し、納期限の翌月に電話で納付を促す。", "継続")]
    arr = [("ア", "滞納者の預貯金・年金の調査を行い、差押えを実施する。", "継続"),
           ("イ", "2年以上の滞納がある者に給付制限の事前通知を送付する。", "拡充")]
    rows = [[("現年分", "c", GREY), ("滞納繰越分", "c", GREY)],
            ["\n".join(f"{n}　{t}【{s}】" for n, t, s in cur), "\n".join(f"{n}　{t}【{s}】" for n, t, s in arr)]]
    cells = simple_rows(rows)
    cells[2]["top"] = True
    cells[3]["top"] = True
    D.table(60, y + 6, [237, 238], [16, 84], cells, size=8.6, lead=1.45)
    for n, t, s in cur:
        I.add(p, key, "介護保険料", 2025, "令和7年度に実施する事項", f"現年分{n}", t, s)
    for n, t, s in arr:
        I.add(p, key, "介護保険料", 2025, "令和7年度に実施する事項", f"滞納繰越分{n}", t, s)
    D.footer("- 6 -")


def page7():
    """市営住宅使用料: strip (6), stacked cells amount over rate (28), households (48),
    items under a plain title with tags alone on a line (14)."""
    D.new_page()
    p = 7
    key = "市営住宅使用料"
    sheet_header(4)
    y = strip(64, "市営住宅使用料", "建設課", "私債権")
    D.text(60, y + 20, "１　収入未済額と収納率の推移", 10.5)
    D.text(60, y + 34, "上段：収入未済額（千円）　下段：収納率（％）", 8.5)
    dd = DEBTS[key]["d"]
    cells = [dict(r=0, c=0, t="区分", a="c", fill=GREY)]
    for j, y_ in enumerate(SHOW):
        cells.append(dict(r=0, c=1 + j, t=era(y_, "令和"), a="c", fill=GREY))
    for i, (seg, sname, slab) in enumerate(SEGS):
        cells.append(dict(r=1 + i, c=0, t=slab, a="c", fill=LIGHT))
        for j, y_ in enumerate(SHOW):
            d = dd[y_]
            o = {"cur": d["out_cur"], "arr": d["out_arr"], "tot": d["out"]}[seg]
            rt = d[f"{seg}_r"]
            cells.append(dict(r=1 + i, c=1 + j, t=f"{c(o)}\n{fr(rt)}", a="r"))
            F.add(p, key, "市営住宅使用料", y_, era(y_, "令和"), sname, "outstanding", "actual", o * 1000, "yen", c(o))
            F.add(p, key, "市営住宅使用料", y_, era(y_, "令和"), sname, "collection_rate", "actual", rt, "percent", fr(rt))
    cells.append(dict(r=4, c=0, t="滞納世帯数", a="c", fill=LIGHT, sz=8))
    for j, y_ in enumerate(SHOW):
        v = DEBTS[key]["persons"][y_]
        cells.append(dict(r=4, c=1 + j, t=f"{v}世帯", a="r"))
        F.add(p, key, "市営住宅使用料", y_, era(y_, "令和"), "total", "delinquents", "actual", v, "households", f"{v}世帯")
    y = D.table(60, y + 40, [75] + [80] * 5, [16, 30, 30, 30, 18], cells, size=8.6)
    D.text(60, y + 11, "※ 滞納繰越分の収入未済額は不納欠損（時効援用・債権放棄）後の額。", 7.8)
    d6 = dd[2024]
    y += 32
    D.text(60, y, "２　令和6年度決算の概要", 10.5)
    txt = (f"令和6年度の調定額は現年分{c(d6['cur_a'])}千円、滞納繰越分{c(d6['arr_a'])}千円で、"
           f"債権放棄により{c(d6['wo'])}千円を不納欠損処分した。退去者の滞納分が収入未済額の約6割を占めている。")
    y = D.para(60, y + 2, txt, D.w - 120, 9.2)
    F.add(p, key, "市営住宅使用料", 2024, "令和6年度", "current", "assessed", "actual", d6["cur_a"] * 1000, "yen", f"{c(d6['cur_a'])}千円")
    F.add(p, key, "市営住宅使用料", 2024, "令和6年度", "arrears", "assessed", "actual", d6["arr_a"] * 1000, "yen", f"{c(d6['arr_a'])}千円")
    F.add(p, key, "市営住宅使用料", 2024, "令和6年度", "total", "written_off", "actual", d6["wo"] * 1000, "yen", f"{c(d6['wo'])}千円")
    y += 16
    D.text(60, y, "滞納を増やさないために", 10.5)
    items1 = [("・", "入居時に連帯保証人又は緊急連絡先の確認を徹底し、口座振替を原則とする。", "継続"),
              ("・", "2か月分の滞納が生じた時点で、担当職員が訪問して納付相談を行う。", "拡充")]
    yy = y + 4
    for n, t, s in items1:
        yy = D.para(70, yy, f"{n}{t}", D.w - 140, 9.2, hang=10)
        D.text(82, yy + 12, f"【{s}】", 9)
        yy += 18
        I.add(p, key, "市営住宅使用料", 2025, "滞納を増やさないために", "・", t, s)
    yy += 6
    D.text(60, yy + 8, "退去者・長期滞納者への対応", 10.5)
    items2 = [("・", "退去者の滞納分は、弁護士法人への回収委託を拡大する。", "拡充"),
              ("・", "1年以上の滞納で納付誓約に応じない者に対し、明渡請求訴訟の提起を検討する。", "継続"),
              ("・", "徴収の見込みがない債権は、債権管理条例に基づき放棄を判断する。", "新規")]
    yy += 12
    for n, t, s in items2:
        yy = D.para(70, yy, f"{n}{t}", D.w - 140, 9.2, hang=10)
        D.text(82, yy + 12, f"【{s}】", 9)
        yy += 18
        I.add(p, key, "市営住宅使用料", 2025, "退去者・長期滞納者への対応", "・", t, s)
    D.footer("- 7 -")


# ================================================================ page 8: 参考資料 (60)
OTHERS = [
    ("保育所保育料", "子育て支援課", "児童福祉法", "強", 4218550),
    ("児童扶養手当返還金", "子育て支援課", "児童扶養手当法", "非", 1052000),
    ("生活保護費返還金", "社会福祉課", "生活保護法第63条", "非", 18734216),
    ("生活保護費徴収金", "社会福祉課", "生活保護法第78条", "強", 6512480),
    ("下水道使用料", "下水道課", "下水道法・下水道条例", "強", 7390115),
    ("農業集落排水施設使用料", "下水道課", "地方自治法", "強", 612300),
    ("奨学金貸付金", "学校教育課", "奨学金貸付条例", "私", 9875000),
    ("市立病院診療費", "市立病院医事課", "民法", "私", 23648904),
]


def page8():
    D.new_page()
    p = 8
    D.text(60, 55, "参考資料", 10)
    D.rect((52, 41, 112, 61))
    D.text(D.w / 2, 88, "八幡浜市の債権一覧（令和6年度末）", 13, "G", "c")
    D.text(D.w - 50, 110, "（単位：円）", 8.5, "G", "r")
    rows = [[("No.", "c", GREY), ("債権名", "c", GREY), ("所管課", "c", GREY), ("根拠法令", "c", GREY),
             ("区分", "c", GREY), ("収入未済額", "c", GREY)]]
    adj = [312, -148, 407, -265, 91, -433]
    allrows = []
    for i, k in enumerate(ORDER):
        v = DEBTS[k]
        yen = v["d"][2024]["out"] * 1000 + adj[i]
        allrows.append((k, v["dept"], v["law"], v["cls"], yen))
    allrows += OTHERS
    tot = 0
    for i, (n, dept, law, cls, yen) in enumerate(allrows):
        rows.append([(str(i + 1), "c"), n, dept, law, (cls, "c"), (c(yen), "r")])
        F.add(p, n, n, 2024, "令和6年度末", "total", "outstanding", "actual", yen, "yen", c(yen))
        tot += yen
    rows.append([None, ("合計", "c", LIGHT), ("", "l", LIGHT), ("", "l", LIGHT), ("", "l", LIGHT), (c(tot), "r", LIGHT)])
    F.add(p, None, "合計", 2024, "令和6年度末", "total", "outstanding", "actual", tot, "yen", c(tot))
    cells = simple_rows(rows)
    cells.append(dict(r=len(rows) - 1, c=0, t="", fill=LIGHT))
    y = D.table(50, 116, [28, 120, 80, 135, 34, 98], [18] * len(rows), cells, size=8.5)
    D.text(50, y + 14, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8.5)
    D.text(50, y + 28, "※ 収入未済額は令和6年度決算（出納整理期間終了後）の額。水道料金・市立病院診療費は消費税等を含む。", 8.5)
    D.footer("- 8 -")


def build():
    for fn in (page1, page2, page3, page4, page5, page6, page7, page8):
        fn()
    out = PDF_DIR / f"{STEM}.pdf"
    D.save(out)
    document = {"kind": "committee_material", "family": "kobetsu", "municipality": CITY,
                "title": "令和7年度 第1回八幡浜市債権管理対策会議 会議資料",
                "date": "2025-07-28", "date_raw": "令和7年7月28日（月）"}
    write_gold(STEM, document, F, I, None)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
