"""(b) progress_report — 債権回収・整理計画（中間報告） style (岩国市): per-debt blocks with 決算見込 | 目標 headings
side by side over a two-column text block (収納率 lines), 【収納率】令和6年12月末時点 bullets labelled only by
segment with 前年同期, a 【参考】 one-cell box with label：value bullets (令和5年度決算), 取組状況 (1)(2) with tags,
and an overview table with 差 columns (単位：％, no % sign, △). PyMuPDF direct drawing, A4 landscape."""
import pymupdf

from common import F, I, PDF, c, check, fmt, oku_man, rate, write_gold, zen
from drawutil import Pg

STEM = "iwakuni_progress_2"
CITY = "岩国市"
AS_OF, AS_OF_PREV = "2024-12-31", "2023-12-31"
# R5 actual in yen: current (assessed, collected), arrears (assessed, collected, written_off)
R5 = {
    "市税": ((18_612_440_210, 18_455_102_660), (512_306_880, 161_004_215, 58_220_940)),
    "国民健康保険料": ((2_904_118_300, 2_761_040_520), (622_450_110, 138_660_300, 71_204_800)),
    "介護保険料": ((2_410_226_500, 2_381_905_300), (61_880_200, 14_602_100, 9_880_600)),
    "後期高齢者医療保険料": ((1_312_004_600, 1_306_118_900), (12_660_400, 5_104_300, 1_204_100)),
    "市営住宅使用料": ((604_330_120, 591_228_700), (88_402_660, 12_205_400, 6_330_200)),
    "下水道使用料": ((1_820_664_300, 1_809_802_100), (26_114_820, 12_880_310, 2_104_660)),
}
DEPT = {"市税": "納税課", "国民健康保険料": "保険年金課", "介護保険料": "介護保険課", "後期高齢者医療保険料": "保険年金課",
        "市営住宅使用料": "住宅課", "下水道使用料": "上下水道局業務課"}
# interim rates (current, arrears) at 12月末 this year / previous year
INTERIM = {"市税": ((80.62, 24.18), (80.15, 23.40)), "国民健康保険料": ((71.35, 16.02), (71.88, 15.44)),
           "介護保険料": ((82.40, 17.66), (82.11, 18.02)), "後期高齢者医療保険料": ((84.12, 31.05), (83.96, 29.87)),
           "市営住宅使用料": ((86.30, 10.44), (85.72, 10.91)), "下水道使用料": ((77.08, 38.20), (76.90, 36.55))}
# 決算見込 / 目標: (current rate, arrears rate, outstanding yen rounded to 100万)
EST = {"市税": (99.2, 32.0, 498_000_000), "国民健康保険料": (95.1, 23.0, 681_000_000),
       "介護保険料": (98.8, 24.5, 62_000_000), "後期高齢者医療保険料": (99.6, 41.0, 12_000_000),
       "市営住宅使用料": (97.9, 14.0, 82_000_000), "下水道使用料": (99.4, 48.5, 23_000_000)}
TGT = {"市税": (99.2, 33.0, 480_000_000), "国民健康保険料": (95.3, 24.0, 660_000_000),
       "介護保険料": (98.9, 25.0, 60_000_000), "後期高齢者医療保険料": (99.6, 42.0, 11_000_000),
       "市営住宅使用料": (98.0, 15.0, 80_000_000), "下水道使用料": (99.4, 50.0, 22_000_000)}
INIT = {
    "市税": [("12月を滞納整理強化月間とし、財産調査と差押えを集中して行った。", "継続"),
             ("納税コールセンターによる現年分未納者への架電を11月から前倒しして実施した。", "拡充")],
    "国民健康保険料": [("短期被保険者証の更新時に納付相談を行い、分割納付の計画を立てた。", "継続"),
                  ("年末の一斉催告に合わせ、休日納付相談窓口を開設した。", "新規")],
    "介護保険料": [("普通徴収の未納者に給付制限の案内を同封した催告書を送付した。", "継続")],
    "後期高齢者医療保険料": [("口座振替の勧奨はがきを新規加入者全員に送付した。", "継続")],
    "市営住宅使用料": [("滞納3か月以上の入居者全員と面談し、分納誓約を取り付けた。", "継続"),
                ("連帯保証人への納付請求を滞納6か月の時点で行うよう改めた。", "拡充")],
    "下水道使用料": [("水道料金と一体の催告を行い、給水停止予告と併せて納付を促した。", "継続")],
}
NUM = "１２３４５６"


def yen_man(v):  # 円 → 千円 string
    return c(v // 1000)


def build():
    facts, inits = [], []
    doc = pymupdf.open()
    debts = list(R5)

    def header_footer(pg, n):
        pg.text(40, 28, "令和6年度 債権回収・整理計画（中間報告）", 8, "go")
        pg.rtext(pg.w - 40, 28, "岩国市 総務部 債権管理課", 8, "go")
        pg.line(40, 33, pg.w - 40, 33, 0.4)
        pg.ctext(0, pg.w, pg.h - 22, f"- {n} -", 9)

    # ---------- page 1
    pg = Pg(doc, landscape=True); pn = 1
    header_footer(pg, pn)
    pg.ctext(0, pg.w, 70, "令和6年度 債権回収・整理計画（中間報告）", 18, "go")
    pg.rtext(pg.w - 60, 95, "令和7年1月", 10)
    pg.rtext(pg.w - 60, 110, "岩国市 総務部 債権管理課", 10)
    y = pg.para(60, 135, pg.w - 60,
                "１　中間報告の趣旨\n　令和6年度債権回収・整理計画に基づく主要債権の取組について、令和6年12月末時点の収納状況と"
                "取組状況を取りまとめた。各債権の決算見込は、12月末の収納実績に1月以降の過去3年間の平均収納額を加えて推計した。",
                10)
    tot = sum(a[0] - a[1] + b[0] - b[1] - b[2] for a, b in R5.values())
    approx = (tot + 5_000_000) // 10_000_000 * 10_000_000
    s = "約" + oku_man(approx)
    y = pg.para(60, y + 4, pg.w - 60,
                f"　なお、主要6債権の収入未済額は、令和5年度決算で{s}であり、引き続き滞納繰越分の縮減が課題となっている。", 10)
    facts.append(F(None, 2023, "令和5年度決算", "total", "outstanding", "actual", approx, "yen", s, pn, approx=True,
                   debt_raw=None))
    y = pg.para(60, y + 8, pg.w - 60, "２　主要債権の収納率（12月末時点）", 11, "go")
    pg.rtext(pg.w - 80, y + 2, "（単位：％）", 8.5)
    rows = [["債権名", "現年分", "", "", "滞納繰越分", "", ""],
            ["", "令和6年12月末", "令和5年12月末", "差", "令和6年12月末", "令和5年12月末", "差"]]
    for x in debts:
        (c6, a6), (c5, a5) = INTERIM[x]
        rows.append([x, f"{c6:.2f}", f"{c5:.2f}", fmt(round(c6 - c5, 2), 2), f"{a6:.2f}", f"{a5:.2f}",
                     fmt(round(a6 - a5, 2), 2)])
        for v, fy, seg, raw_fy, ao in ((c6, 2024, "current", "令和6年12月末", AS_OF), (c5, 2023, "current", "令和5年12月末", AS_OF_PREV),
                                       (a6, 2024, "arrears", "令和6年12月末", AS_OF), (a5, 2023, "arrears", "令和5年12月末", AS_OF_PREV)):
            facts.append(F(x, fy, raw_fy, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", pn, as_of=ao))
    pg.grid(80, y + 6, [150, 88, 88, 60, 88, 88, 60], rows, rh=17, size=8.5, header_rows=2,
            spans={(0, 1): 3, (0, 4): 3})
    pg.text(80, y + 6 + 17 * 8 + 14, "※差は令和6年12月末と令和5年12月末の差（ポイント）。△は前年同期を下回ったもの。", 8)

    # ---------- per-debt pages, two debts per page
    for k, x in enumerate(debts):
        if k % 2 == 0:
            pg = Pg(doc, landscape=True); pn += 1
            header_footer(pg, pn)
            pg.text(40, 58, "３　債権ごとの状況と取組" + ("" if k == 0 else "（続き）"), 11, "go")
        top = 70 if k % 2 == 0 else 320
        X0, X1 = 40, pg.w - 40
        # title bar
        pg.rect(X0, top, X1, top + 20, 0.7, fill=(0.85, 0.9, 0.97))
        pg.text(X0 + 6, top + 14, f"（{NUM[k]}）{x}", 11, "go")
        pg.rtext(X1 - 6, top + 14, f"所管課：{DEPT[x]}", 9)
        # side-by-side headings over a two-column text block (left half of the block)
        hy = top + 30
        cx = [X0, X0 + 170, X0 + 340]
        pg.rect(cx[0], hy, cx[1], hy + 16, 0.5, fill=(0.9, 0.9, 0.9))
        pg.rect(cx[1], hy, cx[2], hy + 16, 0.5, fill=(0.9, 0.9, 0.9))
        pg.ctext(cx[0], cx[1], hy + 11.5, "令和6年度 決算見込", 9, "go")
        pg.ctext(cx[1], cx[2], hy + 11.5, "令和6年度 目標", 9, "go")
        pg.rect(cx[0], hy + 16, cx[1], hy + 76, 0.5)
        pg.rect(cx[1], hy + 16, cx[2], hy + 76, 0.5)
        for col, (vals, basis) in enumerate(((EST[x], "estimate"), (TGT[x], "target"))):
            cr, ar, out = vals
            tx = cx[col] + 8
            zenkaku = (k % 2 == 1)
            rc = (zen(fmt(cr)) + "％") if zenkaku else f"{fmt(cr)}%"
            ra = (zen(fmt(ar)) + "％") if zenkaku else f"{fmt(ar)}%"
            so = "約" + oku_man(out)
            pg.text(tx, hy + 32, f"現年分　　　収納率 {rc}", 9)
            pg.text(tx, hy + 48, f"滞納繰越分　収納率 {ra}", 9)
            pg.text(tx, hy + 64, f"収入未済額　{so}", 9)
            fyr = "令和6年度"
            facts.append(F(x, 2024, fyr, "current", "collection_rate", basis, cr, "percent", rc, pn))
            facts.append(F(x, 2024, fyr, "arrears", "collection_rate", basis, ar, "percent", ra, pn))
            facts.append(F(x, 2024, fyr, "total", "outstanding", basis, out, "yen", so, pn, approx=True))
        # 【収納率】12月末 bullets under the headings
        (c6, a6), (c5, a5) = INTERIM[x]
        by = hy + 94
        pg.text(X0, by, "【収納率】令和6年12月末時点", 9.5, "go")
        pg.text(X0 + 10, by + 16, f"・現年分　　　{c6:.2f}％（前年同期 {c5:.2f}％）", 9)
        pg.text(X0 + 10, by + 31, f"・滞納繰越分　{a6:.2f}％（前年同期 {a5:.2f}％）", 9)
        for v, fy, seg, raw_fy, ao in ((c6, 2024, "current", "令和6年12月末時点", AS_OF), (c5, 2023, "current", "前年同期", AS_OF_PREV),
                                       (a6, 2024, "arrears", "令和6年12月末時点", AS_OF), (a5, 2023, "arrears", "前年同期", AS_OF_PREV)):
            facts.append(F(x, fy, raw_fy, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", pn, as_of=ao))
        # 【参考】 box (right side)
        bx0, bx1 = X0 + 360, X0 + 560
        pg.rect(bx0, hy, bx1, hy + 125, 0.7)
        (ca, cc), (aa, ac, aw) = R5[x]
        A, C, W = ca + aa, cc + ac, aw
        O = A - C - W
        R = rate(C, A, 1)
        pg.text(bx0 + 8, hy + 16, "【参考】令和5年度決算（現年分・滞納繰越分計）", 8.5, "go")
        yen_unit = k % 3 != 1
        lines = [("調定額", A, "assessed"), ("収入済額", C, "collected"), ("不納欠損額", W, "written_off"),
                 ("収入未済額", O, "outstanding")]
        if not yen_unit:
            Ak, Ck, Wk = round(A / 1000), round(C / 1000), round(W / 1000)
            lines = [("調定額", Ak * 1000, "assessed"), ("収入済額", Ck * 1000, "collected"),
                     ("不納欠損額", Wk * 1000, "written_off"), ("収入未済額", (Ak - Ck - Wk) * 1000, "outstanding")]
        yy = hy + 36
        for lab, v, m in lines:
            raw = f"{c(v)}円" if yen_unit else f"{c(v // 1000)}千円"
            val = v if yen_unit else (v // 1000) * 1000
            pg.text(bx0 + 12, yy, f"・{lab}：{raw}", 8.5)
            facts.append(F(x, 2023, "令和5年度決算", "total", m, "actual", val, "yen", raw, pn))
            yy += 17
        pg.text(bx0 + 12, yy, f"・収納率：{fmt(R)}％", 8.5)
        facts.append(F(x, 2023, "令和5年度決算", "total", "collection_rate", "actual", R, "percent", f"{fmt(R)}％", pn))
        # 取組状況 (far right)
        tx0, tx1 = X0 + 575, X1
        pg.text(tx0, hy + 12, "取組状況（4月～12月）", 9.5, "go")
        yy = hy + 30
        for j, (t, st) in enumerate(INIT[x]):
            lab = f"({j + 1})"
            yy = pg.para(tx0, yy, tx1, f"{lab} {t}【{st}】", 8.5, lh=1.45) + 3
            inits.append(I(x, 2024, "取組状況（4月～12月）", lab, t, st, pn))
        if k % 2 == 0:
            pg.line(X0, 305, X1, 305, 0.3)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    d = {"kind": "progress_report", "municipality": CITY, "title": "令和6年度 債権回収・整理計画（中間報告）",
         "date": "2025-01-01", "date_raw": "令和7年1月"}
    write_gold(STEM, d, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
