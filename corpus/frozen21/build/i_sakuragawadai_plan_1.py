"""桜川台市債権管理重点方針（令和７～８年度）— PyMuPDF direct drawing."""
import pymupdf as fitz

from i_common import Gold, PDF_DIR, write_gold, comma, tri
from i_draw import P, footer

STEM = "i_sakuragawadai_plan_1"
g = Gold()
doc = fitz.open()

ACC23 = [("一般会計", 1873215), ("国民健康保険事業特別会計", 635918), ("後期高齢者医療事業特別会計", 10421),
         ("介護保険事業特別会計", 54146)]
LEFT = [  # 一般会計: (款, 債権名, 千円, indent)
    ("市税", "市税", 1284600, 0), ("", "うち個人市民税", 712408, 1), ("", "うち固定資産税", 498315, 1),
    ("分担金及び負担金", "保育所保育料", 38214, 0), ("諸収入", "生活保護費返還金", 312806, 0),
    ("使用料及び手数料", "市営住宅使用料", 96412, 0), ("諸収入", "奨学金貸付金", 24318, 0), ("", "その他", 41250, 0)]
RIGHT = [("国民健康保険事業特別会計", [("国民健康保険税", "国民健康保険税", 598214), ("諸収入", "返納金等", 12066)]),
         ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 9846)]),
         ("介護保険事業特別会計", [("介護保険料", "介護保険料", 45454)])]
gen24 = sum(v for _, _, v, ind in LEFT if ind == 0)
ACC24 = [("一般会計", gen24)] + [(acc, sum(v for *_x, v in items)) for acc, items in RIGHT]
TOT23 = sum(v for _, v in ACC23)
TOT24 = sum(v for _, v in ACC24)
assert TOT24 == 2463180 and TOT23 == 2573700, (TOT24, TOT23)

# ------------------------------------------------------------ page 1
pp = P(doc.new_page(width=595, height=842))
pp.t(297, 80, "桜川台市債権管理重点方針", 17, "g", center=True)
pp.t(297, 102, "（令和７～８年度）", 11, "g", center=True)
pp.t(535, 125, "令和７年９月　桜川台市", 9.5, right=True)
pp.t(60, 160, "１　債権管理の現状", 11.5, "g")
y = pp.wrap(60, 182, "　令和６年度決算における全会計の収入未済額は24億6,318万円で、前年度の25億7,370万円から"
            "1億1,052万円減少した。このうち市税は1,284.6百万円で、全体の52.2％を占めている。"
            "市税の収納率は98.46％（前年度比＋0.21ポイント）となり、４年連続で上昇した。", 475, 10.5)
g.f(None, 2024, "令和６年度決算", "total", "outstanding", "actual", 2463180000, "yen", "24億6,318万円", 1)
g.f(None, 2023, "前年度", "total", "outstanding", "actual", 2573700000, "yen", "25億7,370万円", 1)
g.f("市税", 2024, "令和６年度決算", "total", "outstanding", "actual", 1284600000, "yen", "1,284.6百万円", 1)
g.f("市税", 2024, "令和６年度決算", "total", "collection_rate", "actual", 98.46, "percent", "98.46％", 1)

# table by 会計
y += 18
pp.t(60, y, "（１）会計別の収入未済額", 10.5, "g")
pp.t(535, y + 14, "（単位：千円）", 8.5, right=True)
t0 = y + 20
cx = [60, 250, 345, 440, 535]
n = len(ACC24) + 2
pp.rect((60, t0, 535, t0 + 20 * n))
for k in range(1, n):
    pp.h(60, 535, t0 + 20 * k)
for x in cx[1:-1]:
    pp.v(x, t0, t0 + 20 * n)
for k, hd in enumerate(["会計名", "令和５年度", "令和６年度", "対前年度"]):
    pp.t((cx[k] + cx[k + 1]) / 2, t0 + 14, hd, 9.5, "g", center=True)
for i, ((acc, v23), (_, v24)) in enumerate(zip(ACC23 + [("合計", TOT23)], ACC24 + [("合計", TOT24)])):
    yy = t0 + 20 * (i + 1) + 14
    pp.t(66, yy, acc, 9.5)
    for k, s in enumerate([comma(v23), comma(v24), tri(v24 - v23)]):
        pp.t(cx[k + 2] - 8, yy, s, 9.5, right=True)
    dr = acc
    g.f(dr if acc != "合計" else None, 2023, "令和５年度", "total", "outstanding", "actual", v23 * 1000, "yen", comma(v23), 1, debt_raw=dr)
    g.f(dr if acc != "合計" else None, 2024, "令和６年度", "total", "outstanding", "actual", v24 * 1000, "yen", comma(v24), 1, debt_raw=dr)

# line chart: 市税 収納率の推移
cy = t0 + 20 * n + 40
pp.t(60, cy, "（２）市税収納率の推移（現年分・滞納繰越分の合計）", 10.5, "g")
CH = [("R2", 2020, 97.62), ("R3", 2021, 97.91), ("R4", 2022, 98.05), ("R5", 2023, 98.25), ("R6", 2024, 98.46)]
x0, x1, yb, ytop = 100, 500, cy + 200, cy + 30
lo, hi = 97.0, 99.0
pp.h(x0, x1, yb, 0.8)
pp.v(x0, ytop, yb, 0.8)
for tick in (97.0, 97.5, 98.0, 98.5, 99.0):
    ty = yb - (tick - lo) / (hi - lo) * (yb - ytop)
    pp.p.draw_line((x0, ty), (x1, ty), width=0.2, color=(0.7, 0.7, 0.7))
    pp.t(x0 - 5, ty + 3, f"{tick:.1f}", 7.5, right=True)
pts = []
for k, (lab, fy, v) in enumerate(CH):
    x = x0 + 40 + k * 80
    yv = yb - (v - lo) / (hi - lo) * (yb - ytop)
    pts.append((x, yv))
    pp.t(x, yb + 13, lab, 9, center=True)
    pp.t(x, yv - 8, f"{v:.2f}", 8.5, center=True)
    g.f("市税", fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}", 1)
for a, b in zip(pts, pts[1:]):
    pp.p.draw_line(a, b, width=1.4, color=(0.1, 0.3, 0.7))
for p_ in pts:
    pp.p.draw_circle(p_, 2.5, color=(0.1, 0.3, 0.7), fill=(0.1, 0.3, 0.7))
pp.p.draw_line((380, cy + 12), (400, cy + 12), width=1.4, color=(0.1, 0.3, 0.7))
pp.t(404, cy + 15, "市税収納率（％）", 8.5)
footer(pp, 1)

# ------------------------------------------------------------ page 2: landscape, two halves side by side
pp = P(doc.new_page(width=842, height=595))
pp.t(60, 50, "２　令和６年度　会計別・債権別の収入未済額", 12, "g")


def half(x0, title_rows, top):
    # columns: 会計/款 | 債権名 | R6
    cols = [x0, x0 + 120, x0 + 265, x0 + 345]
    pp.t(cols[-1], top - 6, "（単位：千円）", 8, right=True)
    nrow = len(title_rows) + 1
    pp.rect((cols[0], top, cols[-1], top + 19 * nrow))
    pp.h(cols[0], cols[-1], top + 19, 0.8)
    for k in range(2, nrow):
        pp.h(cols[0] if title_rows[k - 1][0] else cols[1], cols[-1], top + 19 * k, 0.4)
    for x in cols[1:-1]:
        pp.v(x, top, top + 19 * nrow)
    for k, hd in enumerate(["会計・款", "債権名", "R6"]):
        pp.t((cols[k] + cols[k + 1]) / 2, top + 13, hd, 9, "g", center=True)
    for i, (c0, c1, v, ind) in enumerate(title_rows):
        yy = top + 19 * (i + 1) + 13
        pp.t(cols[0] + 5, yy, c0, 8.5)
        pp.t(cols[1] + 5 + 12 * ind, yy, c1, 8.5, "g" if c1.endswith("計") else "m")
        pp.t(cols[3] - 6, yy, comma(v), 8.5, right=True)


L = [("全会計", "合計", TOT24, 0), ("一般会計", "一般会計　小計", gen24, 0)] + [(k, nme, v, ind) for k, nme, v, ind in LEFT]
R = []
for acc, items in RIGHT:
    short = acc.replace("事業特別会計", "特会")
    R.append((short, f"{short}　小計", sum(v for *_x, v in items), 0))
    for k, nme, v in items:
        R.append((k, nme, v, 0))
half(40, L, 80)
half(440, R, 80)
g.f(None, 2024, "R6", "total", "outstanding", "actual", TOT24 * 1000, "yen", comma(TOT24), 2, debt_raw="合計")
for c0, c1, v, ind in L[1:] + R:
    if c1.endswith("小計"):
        g.f(c1.replace("　", ""), 2024, "R6", "total", "outstanding", "actual", v * 1000, "yen", comma(v), 2)
    elif c1 == "その他":
        g.f(None, 2024, "R6", "total", "outstanding", "actual", v * 1000, "yen", comma(v), 2, debt_raw="その他")
    else:
        g.f(c1.replace("うち", ""), 2024, "R6", "total", "outstanding", "actual", v * 1000, "yen", comma(v), 2, debt_raw=c1)
pp.t(40, 80 + 19 * (len(L) + 1) + 20, "※ 特会＝特別会計。「うち」は市税の内訳（主なもの）であり、小計には含めていない。", 8.5)
pp.t(40, 80 + 19 * (len(L) + 1) + 34, "※ 出納整理期間経過後（令和７年５月31日）の数値である。", 8.5)
footer(pp, 2)

# ------------------------------------------------------------ pages 3-4: 債権ごとの取組
DEBTS = [
    ("市税", "納税課", [(2024, "令和６年度実績", "actual", (99.21, 31.84, 98.46)), (2025, "令和７年度目標", "target", (99.25, 33.00, 98.60)),
                     (2026, "令和８年度目標", "target", (99.30, 34.00, 98.75))],
     [("Ｒ４", 2022, 1398215, 6214), ("Ｒ５", 2023, 1336902, 5880), ("Ｒ６", 2024, 1284600, 5502)],
     [("現年課税分の初期滞納者に対し、ＳＭＳと電話による催告を納期限後１か月以内に行う。", "継続"),
      ("滞納繰越分は、財産調査の結果に基づき給与・預貯金の差押えを進める。", "継続"),
      ("納付書に地方税統一ＱＲコードを印字し、スマートフォン決済を周知する。", "拡充")]),
    ("国民健康保険税", "保険年金課", [(2024, "令和６年度実績", "actual", (94.82, 24.36, 87.15)), (2025, "令和７年度目標", "target", (95.00, 25.50, 87.80)),
                             (2026, "令和８年度目標", "target", (95.20, 26.50, 88.40))],
     [("Ｒ４", 2022, 662410, 4905), ("Ｒ５", 2023, 621530, 4611), ("Ｒ６", 2024, 598214, 4380)],
     [("加入手続の窓口で口座振替の登録を勧め、その場で受け付ける。", "継続"),
      ("資格喪失者の滞納分を納税課へ引き継ぎ、一体的に滞納整理を行う。", "新規")]),
    ("介護保険料", "介護保険課", [(2024, "令和６年度実績", "actual", (99.12, 22.48, 98.31)), (2025, "令和７年度目標", "target", (99.15, 24.00, 98.45)),
                          (2026, "令和８年度目標", "target", (99.20, 25.00, 98.60))],
     None,
     [("普通徴収の滞納者へ、給付制限の事前通知とあわせて納付相談を案内する。", "継続"),
      ("年金支給月に電話催告を集中して行う。", "継続")]),
    ("市営住宅使用料", "住宅課", [(2024, "令和６年度実績", "actual", (97.85, 13.62, 85.04)), (2025, "令和７年度目標", "target", (98.00, 15.00, 86.00)),
                           (2026, "令和８年度目標", "target", (98.10, 16.00, 87.00))],
     None,
     [("３か月以上の滞納者に連帯保証人への請求を行い、明渡請求の予告を送付する。", "継続"),
      ("退去滞納者の回収を弁護士へ委託する。", "新規")]),
]

for pg, pair in ((3, DEBTS[:2]), (4, DEBTS[2:])):
    pp = P(doc.new_page(width=595, height=842))
    y = 60
    if pg == 3:
        pp.t(60, y, "３　債権ごとの取組", 12, "g")
        y += 28
    for sec_no, (name, ka, goals, stacked, items) in enumerate(pair, 1 if pg == 3 else 3):
        pp.t(60, y, f"（{sec_no}）債権ごとの取組（{name}）", 11, "g")
        pp.t(535, y, f"所管：{ka}", 9, right=True)
        y += 22
        pp.t(72, y, "【収納率の実績と目標】", 10, "g")
        pp.t(535, y, "単位：％", 8.5, right=True)
        y += 18
        xs = [200, 300, 400, 500]
        for k, hd in enumerate(["区分", "現年分", "滞納繰越分", "合計"]):
            if k == 0:
                pp.t(80, y, hd, 9.5, "g")
            else:
                pp.t(xs[k], y, hd, 9.5, "g", right=True)
        y += 17
        for fy, lab, basis, vals in goals:
            pp.t(80, y, lab, 9.5)
            for k, (seg, v) in enumerate(zip(("current", "arrears", "total"), vals)):
                pp.t(xs[k + 1], y, f"{v:.2f}", 9.5, right=True)
                g.f(name, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", pg)
            y += 16
        y += 10
        if stacked:
            pp.t(72, y, "【収入未済額と件数の推移】　上段：収入未済額（千円）　下段：件数", 10, "g")
            y += 8
            cols = [80, 200, 300, 400, 500]
            pp.rect((cols[0], y, cols[-1], y + 18 + 34))
            pp.h(cols[0], cols[-1], y + 18)
            for x in cols[1:-1]:
                pp.v(x, y, y + 52)
            pp.t(140, y + 13, "年度", 9, "g", center=True)
            pp.t(140, y + 39, name, 9, center=True)
            for k, (lab, fy, amt, cnt) in enumerate(stacked):
                pp.t((cols[k + 1] + cols[k + 2]) / 2, y + 13, lab, 9, "g", center=True)
                pp.t(cols[k + 2] - 6, y + 32, comma(amt), 9, right=True)
                pp.t(cols[k + 2] - 6, y + 47, f"{cnt:,}", 9, right=True)
                g.f(name, fy, lab, "total", "outstanding", "actual", amt * 1000, "yen", comma(amt), pg)
            y += 52 + 22
        pp.t(72, y, "【取組内容】", 10, "g")
        y += 18
        for text, st in items:
            pp.t(80, y, "・", 10)
            y = pp.wrap(92, y, text + f"【{st}】", 440, 10) + 2
            g.i(name, 2025, "取組内容", "・", text, st, pg)
        y += 24
    footer(pp, pg)

doc.subset_fonts()
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
ok = write_gold(STEM, "plan", "桜川台市", "桜川台市債権管理重点方針（令和７～８年度）", "2025-09-01", "令和７年９月", g)
print("OK" if ok else "FAIL")
