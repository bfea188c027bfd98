"""w_nishinomiya_shiryo_1: 収納対策の推進について (committee_material), PyMuPDF direct drawing, A4 portrait.

Modelled on the 西宮市 総務常任委員会 report 「収納対策の推進について」 as described by a member of the committee
(https://blog.goo.ne.jp./shibuya1973/m/202101): the city's 滞納金 peaked near 200億円 and was cut back, 収入率 rose.
Layout, figures and wording of the tables are invented in the style of committee 報告資料.
"""
from __future__ import annotations

from w_common import OUT, PDF_DIR, Gold, comma, finish, oku_man, rate, render_png
from w_draw import Canvas

STEM = "w_nishinomiya_shiryo_1"
CITY = "西宮市"

YEARS = [(2007, "平成19年度末"), (2021, "令和３年度末"), (2022, "令和４年度末"), (2023, "令和５年度末")]
MIKAI = [  # 百万円
    ("市税", (8912, 2104, 1965, 1823)),
    ("国民健康保険料", (6845, 2512, 2388, 2247)),
    ("介護保険料", (612, 318, 301, 286)),
    ("後期高齢者医療保険料", (98, 61, 58, 54)),
    ("市営住宅使用料", (1146, 612, 589, 563)),
    ("保育所保育料", (524, 112, 104, 97)),
    ("その他", (1675, 1106, 1092, 1070)),
]
RATES = {  # 現年度分 収入率: 令和4年度決算, 令和5年度決算, 令和6年度目標
    "市税": (99.31, 99.38, 99.45), "国民健康保険料": (95.62, 95.80, 96.00), "介護保険料": (99.12, 99.18, 99.20),
    "後期高齢者医療保険料": (99.70, 99.73, 99.75), "市営住宅使用料": (98.45, 98.52, 98.60)}
INTERIM = [  # debt, segment label, seg, now, prev
    ("市税", "現年度分", "current", 78.42, 77.95), ("市税", "滞納繰越分", "arrears", 21.60, 20.34),
    ("国民健康保険料", "現年度分", "current", 61.27, 60.88), ("国民健康保険料", "滞納繰越分", "arrears", 17.45, 16.92)]
DEC = {  # 千円: (R5.12 cur a, c, arr a, c), (R6.12 ...)
    "市営住宅使用料": ((2318450, 1702318, 571240, 58912), (2296870, 1695402, 549860, 60215)),
    "保育所保育料": ((412350, 301872, 104812, 9215), (398640, 294318, 97215, 9876)),
}


def main():
    g = Gold(STEM, "committee_material", CITY, "収納対策の推進について", "2025-01-20", "令和７年１月２０日")
    cv = Canvas(header="総務常任委員会資料")
    cv.text("令和７年１月２０日", size=10, align="right", gap=0)
    cv.text("財務局　債権管理課", size=10, align="right", gap=12)
    cv.text("収納対策の推進について（報告）", "g", 15, align="center", gap=14)

    cv.text("１　概要", "g", 12, gap=4)
    tot = [sum(v[i] for _, v in MIKAI) for i in range(4)]
    assert tot[0] == 19812 and tot[3] == 6140
    s = ("本市が徴収すべき債権の滞納額（収入未済額）は、平成19年度末には約198億円に達していたが、"
         "国民健康保険料の徴収体制の見直し、滞納処分の強化、民間委託による電話催告などに全庁で取り組んだ"
         "結果、令和５年度末には約61億4,000万円まで縮減した。引き続き、負担の公平性と歳入の確保の観点から"
         "収納対策を推進する。")
    p = cv.text(s, indent=12, gap=10)
    pg = max(p)
    g.fact(None, 2007, "平成19年度末", "total", "outstanding", "actual", 19800000000, "yen", "約198億円", page=pg,
           approx=True)
    g.fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", 6140000000, "yen", "約61億4,000万円",
           page=pg, approx=True)

    cv.text("２　主な債権の収入未済額の推移（単位：百万円）", "g", 12, gap=4)
    widths = [150] + [85] * 4
    rows = [[("債権名", 1, "center")] + [(yr, 1, "center") for _, yr in YEARS]]
    for name, vals in MIKAI:
        rows.append([(name, 1, "left")] + [(comma(v), 1, "right") for v in vals])
    rows.append([("合計", 1, "center")] + [(comma(v), 1, "right") for v in tot])
    pages = cv.table(rows, widths, size=9.5, rh=20, header_rows=1, x0=70)
    for i, (name, vals) in enumerate(MIKAI):
        for (fy, yr), v in zip(YEARS, vals):
            debt = None if name == "その他" else name
            g.fact(debt, fy, yr, "total", "outstanding", "actual", v * 1_000_000, "yen", comma(v),
                   page=pages[i + 1], debt_raw=name)
    for (fy, yr), v in zip(YEARS, tot):
        g.fact(None, fy, yr, "total", "outstanding", "actual", v * 1_000_000, "yen", comma(v), page=pages[-1],
               debt_raw="合計")
    cv.text("※各年度の出納整理期間終了後の額。「その他」は上記以外の債権の計。", size=8.5, indent=70, gap=12)

    cv.text("３　収入率（現年度分）の推移（単位：％）", "g", 12, gap=4)
    names = list(RATES)
    widths = [100] + [78] * 5
    rows = [[("区分", 1, "center")] + [(n.replace("後期高齢者医療保険料", "後期高齢者\n医療保険料"), 1, "center")
                                      for n in names]]
    labs = [("令和４年度決算", 2022, "actual"), ("令和５年度決算", 2023, "actual"), ("令和６年度目標", 2024, "target")]
    for k, (lab, fy, basis) in enumerate(labs):
        rows.append([(lab, 1, "center")] + [(f"{RATES[n][k]:.2f}", 1, "right") for n in names])
    pages = cv.table(rows, widths, size=9.5, rh=24, header_rows=1, x0=60)
    for k, (lab, fy, basis) in enumerate(labs):
        for n in names:
            v = RATES[n][k]
            g.fact(n, fy, lab, "current", "collection_rate", basis, v, "percent", f"{v:.2f}", page=pages[k + 1])
    cv.y += 8

    cv.text("４　令和６年度の収納状況", "g", 12, gap=6)
    cv.text("【収入率】令和６年１２月末時点", "g", 11, indent=12, gap=3)
    cur = None
    for debt, lab, seg, now, prev in INTERIM:
        if debt != cur:
            cv.text(f"（{debt}）", size=10.5, indent=18, gap=1)
            cur = debt
        pg = max(cv.text(f"・{lab}　{now:.2f}％（前年同月　{prev:.2f}％）", size=10.5, indent=30, gap=1))
        g.fact(debt, 2024, "令和６年１２月末", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}％",
               page=pg, as_of="2024-12-31")
        g.fact(debt, 2023, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}％", page=pg,
               as_of="2023-12-31")
    cv.y += 8
    cv.text("（単位：千円、％）", size=8.5, align="right", gap=2)
    for debt, (old, new) in DEC.items():
        widths = [75, 64, 64, 44, 64, 64, 44, 44]
        rows = [[(f"債権名　{debt}", 8, "left"), None, None, None, None, None, None, None],
                [("区分", 1, "center"), ("令和５年１２月末", 3, "center"), None, None,
                 ("令和６年１２月末", 3, "center"), None, None, ("差", 1, "center")],
                [("", 1, "center"), ("調定額", 1, "center"), ("収入済額", 1, "center"), ("収入率", 1, "center"),
                 ("調定額", 1, "center"), ("収入済額", 1, "center"), ("収入率", 1, "center"), ("", 1, "center")]]
        body = []
        for lab, seg, idx in (("現年度分", "current", 0), ("滞納繰越分", "arrears", 2), ("計", "total", None)):
            vals = []
            for (fy, yr, asof), src in (((2023, "令和５年１２月末", "2023-12-31"), old),
                                        ((2024, "令和６年１２月末", "2024-12-31"), new)):
                if idx is None:
                    a, c = src[0] + src[2], src[1] + src[3]
                else:
                    a, c = src[idx], src[idx + 1]
                vals.append((fy, yr, asof, a, c, rate(c, a)))
            diff = round(vals[1][5] - vals[0][5], 2)
            dtxt = ("△" if diff < 0 else "") + f"{abs(diff):.2f}"
            row = [(lab, 1, "center")]
            for fy, yr, asof, a, c, r in vals:
                row += [(comma(a), 1, "right"), (comma(c), 1, "right"), (f"{r:.2f}", 1, "right")]
            row.append((dtxt, 1, "right"))
            rows.append(row)
            body.append((seg, vals))
        pages = cv.table(rows, widths, size=9, rh=19, header_rows=3, x0=cv.ml)
        for k, (seg, vals) in enumerate(body):
            pg = pages[3 + k]
            for fy, yr, asof, a, c, r in vals:
                g.fact(debt, fy, yr, seg, "assessed", "interim", a * 1000, "yen", comma(a), page=pg, as_of=asof)
                g.fact(debt, fy, yr, seg, "collected", "interim", c * 1000, "yen", comma(c), page=pg, as_of=asof)
                g.fact(debt, fy, yr, seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", page=pg,
                       as_of=asof)
        cv.y += 6
    cv.text("※差は、令和６年１２月末の収入率から令和５年１２月末の収入率を差し引いたもの（ポイント）。", size=8.5,
            gap=12)

    cv.text("５　今後の取組", "g", 12, gap=5)
    items = [
        ("ア", "滞納初期の納付催告に民間の電話催告センターを活用し、現年度分の収入率の向上を図る。", "拡充", None, False),
        ("イ", "国民健康保険料について、財産調査の結果に基づく差押えを早期に実施する。", "継続", "国民健康保険料",
         False),
        ("ウ", "市営住宅使用料の長期滞納者に対し、明渡し訴訟を計画的に提起する。", "継続", "市営住宅使用料", False),
        ("エ", "スマートフォン決済の対象を保育所保育料にも広げ、納付機会を拡大する。", "新規", "保育所保育料", True),
    ]
    lines = []
    for lb, tx, st, debt, wrap in items:
        if wrap:
            lines.append((f"{lb}　{tx}", 21))
            lines.append((" " * 0 + f"【{st}】", 0))
        else:
            lines.append((f"{lb}　{tx}【{st}】", 21))
    pages = cv.box(lines, size=10.5)
    k = 0
    for lb, tx, st, debt, wrap in items:
        g.init(debt, 2024, "今後の取組", lb, tx, st, page=pages[k])
        k += 2 if wrap else 1
    cv.y += 6
    ref = [("市税", 1823), ("国民健康保険料", 2247), ("市営住宅使用料", 563)]
    lines = ["【参考】令和５年度末　主な債権の収入未済額"]
    for n, v in ref:
        lines.append(f"・{n}：約{oku_man(v * 1_000_000)}")
    pages = cv.box(lines, size=10)
    for (n, v), pg in zip(ref, pages[1:]):
        raw = f"約{oku_man(v * 1_000_000)}"
        g.fact(n, 2023, "令和５年度末", "total", "outstanding", "actual", v * 1_000_000, "yen", raw, page=pg,
               approx=True)

    OUT.mkdir(exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    cv.save(pdf)
    render_png(pdf, "nishi", dpi=75)
    finish(g, pdf)


if __name__ == "__main__":
    main()
