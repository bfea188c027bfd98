"""市原市債権管理重点計画 — PyMuPDF direct drawing (two-column prose, vector chart, split table, rule-less table)."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).parent))
from j_common import PDF, Gold, c, rnd  # noqa: E402
from j_draw import box, finish, hline, para, table, text, use, vline, wrap, width  # noqa: E402

STEM = "j_ichihara_plan_1"
CITY = "市原市"
W, H = 595, 842
YRS = [2019, 2020, 2021, 2022, 2023]
YLAB = {2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}

# FY2023 outstanding by account / debt (円)
TAX = [("個人市民税", 412508117), ("法人市民税", 18402300), ("固定資産税・都市計画税", 309342535),
       ("軽自動車税（種別割）", 9884210)]
TAX_TOTAL = sum(v for _, v in TAX)
ACCTS = [
    ("一般会計", [("市税", TAX_TOTAL), ("保育所保育料", 21840560), ("市営住宅使用料", 38112400),
                 ("生活保護費返還金", 286405118)]),
    ("国民健康保険事業特別会計", [("国民健康保険税", 1016204880)]),
    ("介護保険事業特別会計", [("介護保険料", 92418300)]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", 24806100)]),
    ("母子父子寡婦福祉資金貸付事業特別会計", [("母子父子寡婦福祉資金貸付金", 60214800)]),
    ("下水道事業会計", [("下水道使用料", 41108220), ("下水道事業受益者負担金", 6912000)]),
]
SUB = {a: sum(v for _, v in ds) for a, ds in ACCTS}
GRAND = sum(SUB.values())
# 会計別推移 (百万円, one decimal); FY2023 from the detail
HIST = {
    "一般会計": ["1,262.4", "1,228.9", "1,187.0", "1,139.6"],
    "国民健康保険事業特別会計": ["1,322.8", "1,241.5", "1,160.3", "1,088.9"],
    "介護保険事業特別会計": ["101.2", "99.4", "97.1", "94.6"],
    "後期高齢者医療事業特別会計": ["27.9", "26.3", "25.8", "25.2"],
    "母子父子寡婦福祉資金貸付事業特別会計": ["71.4", "68.0", "64.9", "62.5"],
    "下水道事業会計": ["58.3", "55.1", "52.7", "50.4"],
}
SHORT = {"国民健康保険事業特別会計": "国民健康保険事業", "介護保険事業特別会計": "介護保険事業",
         "後期高齢者医療事業特別会計": "後期高齢者医療事業", "母子父子寡婦福祉資金貸付事業特別会計": "母子父子寡婦福祉資金",
         "一般会計": "一般会計", "下水道事業会計": "下水道事業（企業会計）"}
# 市税 税目別 (千円, one decimal) R3, R4 ; R5 from detail
TAXHIST = {"個人市民税": (468211300, 439870450), "法人市民税": (25118900, 21240100),
           "固定資産税・都市計画税": (352904180, 330117260), "軽自動車税（種別割）": (11402550, 10622380)}
# rates (％) per debt: current R4, R5, R7 target, R8 target ; arrears likewise
RATES = {
    "市税": (("98.92", "99.21", "99.30", "99.35"), ("27.84", "29.60", "31.00", "32.00")),
    "国民健康保険税": (("93.32", "94.12", "94.50", "94.80"), ("21.05", "22.47", "24.00", "25.00")),
    "介護保険料": (("98.95", "99.02", "99.10", "99.15"), ("17.30", "18.92", "20.00", "21.00")),
    "後期高齢者医療保険料": (("99.41", "99.45", "99.50", "99.55"), ("40.12", "44.80", "45.00", "46.00")),
    "保育所保育料": (("98.20", "98.61", "98.80", "99.00"), ("12.48", "14.05", "16.00", "17.00")),
}


def m1(yen):
    """円 -> 百万円 string with one decimal."""
    return f"{rnd(yen, 1_000_000, 1):,}"


def hf(p, n, w=W, h=H):
    text(p, w - 40, 28, "市原市債権管理重点計画（令和７年度～令和８年度）", 8, "g", "r")
    hline(p, 40, w - 40, 33, 0.4)
    text(p, w / 2, h - 22, str(n), 9, "m", "c")


def main():
    g = Gold(STEM, "plan", CITY, "市原市債権管理重点計画（令和７年度～令和８年度）", "2025-04-01", "令和７年４月", "setagaya")
    doc = fitz.open()

    # ---------------- p1: title + two-column prose ----------------
    p = doc.new_page(width=W, height=H); use(p); hf(p, 1)
    text(p, W / 2, 80, "市原市債権管理重点計画", 20, "g", "c")
    text(p, W / 2, 104, "（令和７年度～令和８年度）", 12, "g", "c")
    text(p, W - 60, 130, "令和７年４月　市原市財政部", 10, "m", "r")
    hline(p, 50, W - 50, 142, 1.0)
    colw = (W - 100 - 20) / 2
    x1, x2 = 50, 50 + colw + 20
    yl = 150
    text(p, x1, yl + 14, "１　計画策定の背景", 11, "g")
    left = ("　本市では、平成２９年度に「市原市債権管理条例」を施行し、全庁的な債権管理の適正化に取り組んできた。"
            "その結果、令和５年度（２０２３年度）末の全会計の収入未済額は約２３億３，８００万円となり、５年前と比べて"
            "約５億円の縮減となった。"
            "\n　しかし、このうち市税の収入未済額は7億5,014万円、国民健康保険税の収入未済額は1,016.2百万円と、"
            "依然として二つの債権で全体の過半を占めている。"
            "\n　また、生活保護費返還金や貸付金など、強制徴収ができない債権では、債務者の生活状況により回収が長期化する"
            "傾向がある。")
    yl = para(p, x1, yl + 20, colw, left, 9.5, lead=1.6)
    yr = 150
    text(p, x2, yr + 14, "２　計画の位置付けと期間", 11, "g")
    right = ("　本計画は、第２次市原市行財政改革大綱の取組項目「歳入の確保」を具体化する個別計画として位置付ける。"
             "計画期間は令和７年度から令和８年度までの２年間とし、毎年度、各債権の目標の達成状況を検証する。")
    yr = para(p, x2, yr + 20, colw, right, 9.5, lead=1.6)
    text(p, x2, yr + 16, "３　基本方針", 11, "g")
    yr = para(p, x2, yr + 22, colw, "（１）新たな滞納の発生の抑制\n（２）滞納繰越分の計画的な整理\n"
              "（３）回収が見込めない債権の適正な処理\n（４）債権管理を担う職員の育成", 9.5, lead=1.6)
    vline(p, W / 2, 150, max(yl, yr), 0.3)
    assert round(GRAND, -6) == 2338000000, GRAND
    g.fact(None, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", 2338000000, "yen",
           "約２３億３，８００万円", 1, approx=True)
    g.fact("市税", 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", 750140000, "yen",
           "7億5,014万円", 1)
    g.fact("国民健康保険税", 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", 1016200000, "yen",
           "1,016.2百万円", 1)

    # ---------------- p2: 会計別推移 + bar chart ----------------
    p = doc.new_page(width=W, height=H); use(p); hf(p, 2)
    text(p, 50, 62, "４　会計別の収入未済額の推移", 12, "g")
    text(p, W - 50, 80, "（単位：百万円）", 8.5, "m", "r")
    rows = [[("会計", "c")] + [(YLAB[y], "c") for y in YRS] + [("前年度比", "c")]]
    totals = [Decimal(0)] * 5
    for acct, _ in ACCTS:
        vals = HIST[acct] + [m1(SUB[acct])]
        dec = [Decimal(v.replace(",", "")) for v in vals]
        totals = [t + d for t, d in zip(totals, dec)]
        diff = dec[4] - dec[3]
        rows.append([SHORT[acct]] + vals + [("△" if diff < 0 else "") + f"{abs(diff):,}"])
        for y, v, d in zip(YRS, vals, dec):
            g.fact(None, y, YLAB[y], "total", "outstanding", "actual", int(d * 1_000_000), "yen", v, 2,
                   debt_raw=SHORT[acct])
    tv = [f"{t:,}" for t in totals]
    td = totals[4] - totals[3]
    rows.append(["全会計"] + tv + [("△" if td < 0 else "") + f"{abs(td):,}"])
    for y, v, d in zip(YRS, tv, totals):
        g.fact(None, y, YLAB[y], "total", "outstanding", "actual", int(d * 1_000_000), "yen", v, 2, debt_raw="全会計")
    yb = table(p, 50, 86, [150, 55, 55, 55, 55, 55, 70], rows, size=9, rh=20, rules="grid",
               aligns=["l"] + ["r"] * 6, heavy=(1, len(rows) - 1))
    para(p, 50, yb + 2, W - 100, "※百万円未満を四捨五入しているため、内訳の合計と全会計の数値が一致しない年度がある。", 8)
    # chart
    cx0, cy0, cx1, cy1 = 90, yb + 70, W - 70, yb + 330
    text(p, W / 2, yb + 50, "全会計の収入未済額の推移（百万円）", 11, "g", "c")
    hline(p, cx0, cx1, cy1, 0.8)
    vline(p, cx0, cy0, cy1, 0.8)
    vmax = 3000
    for k in range(0, 3001, 500):
        yy = cy1 - (cy1 - cy0) * k / vmax
        p.draw_line((cx0, yy), (cx1, yy), width=0.2, color=(0.7, 0.7, 0.7))
        text(p, cx0 - 4, yy + 3, f"{k:,}", 7.5, "m", "r")
    n = len(YRS)
    slot = (cx1 - cx0) / n
    for i, (y, t) in enumerate(zip(YRS, totals)):
        bh = (cy1 - cy0) * float(t) / vmax
        bx = cx0 + slot * i + slot * 0.25
        p.draw_rect(fitz.Rect(bx, cy1 - bh, bx + slot * 0.5, cy1), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8),
                    width=0.5)
        text(p, bx + slot * 0.25, cy1 - bh - 4, f"{t:,}", 8.5, "g", "c")
        text(p, bx + slot * 0.25, cy1 + 13, f"{YLAB[y]}年度", 8.5, "m", "c")
        g.fact(None, y, f"{YLAB[y]}年度", "total", "outstanding", "actual", int(t * 1_000_000), "yen", f"{t:,}", 2,
               debt_raw="全会計")

    # ---------------- p3: 債権別内訳, two halves side by side ----------------
    p = doc.new_page(width=W, height=H); use(p); hf(p, 3)
    text(p, 50, 62, "５　令和５年度　債権別の収入未済額", 12, "g")
    text(p, W - 45, 80, "（単位：円）", 8.5, "m", "r")
    hdr = [("会計・債権名", "c"), ("収入未済額", "c")]

    def fact_row(label, val, debt, debt_raw):
        g.fact(debt, 2023, "令和５年度", "total", "outstanding", "actual", val, "yen", c(val), 3, debt_raw=debt_raw)

    left = [hdr, ["合計", c(GRAND)]]
    fact_row("合計", GRAND, None, "合計")
    acct, ds = ACCTS[0]
    left.append([f"{acct}　小計", c(SUB[acct])])
    fact_row(acct, SUB[acct], None, acct)
    for d, v in ds:
        left.append([f"　{d}", c(v)])
        fact_row(d, v, d, d)
        if d == "市税":
            for tn, tv_ in TAX:
                left.append([f"　　うち{tn}", c(tv_)])
                fact_row(tn, tv_, tn, tn)
    right = [hdr]
    for acct, ds in ACCTS[1:]:
        right.append([acct if len(acct) <= 14 else acct[:14] + "\n" + acct[14:], c(SUB[acct])])
        fact_row(acct, SUB[acct], None, acct)
        if len(ds) > 1:
            for d, v in ds:
                right.append([f"　{d}", c(v)])
                fact_row(d, v, d, d)
        else:
            d, v = ds[0]
            right.append([f"　{d}", c(v)])
            fact_row(d, v, d, d)
    rh_l = [20] * len(left)
    rh_r = [26 if isinstance(r[0], str) and "\n" in r[0] else 20 for r in right]
    table(p, 45, 88, [150, 95], left, size=8.5, row_heights=rh_l, rules="grid", aligns=["l", "r"], heavy=(1, 2))
    table(p, 305, 88, [150, 95], right, size=8.5, row_heights=rh_r, rules="grid", aligns=["l", "r"], heavy=(1,))
    para(p, 45, 88 + sum(max(rh_l, rh_r, key=sum)) + 10, W - 90,
         "注）合計は全会計の合計。市税の内訳は主な税目のみ掲載。下水道事業会計は令和５年度末の未収金の額。", 8)

    # ---------------- p4: rates, one debt per column, horizontal rules only ----------------
    p = doc.new_page(width=W, height=H); use(p); hf(p, 4)
    text(p, 50, 62, "６　主要債権の収納率と目標", 12, "g")
    text(p, W - 50, 80, "（単位：％）", 8.5, "m", "r")
    debts = list(RATES)
    rows = [[("区分", "c"), ("", "c")] + [({"国民健康保険税": "国民健康\n保険税", "後期高齢者医療保険料": "後期高齢者\n医療保険料"}.get(d, d), "c") for d in debts]]
    lab = [("R4実績", 2022, "actual"), ("R5実績", 2023, "actual"), ("R7目標", 2025, "target"), ("R8目標", 2026, "target")]
    spans = {}
    for si, (seg, sl) in enumerate((("current", "現年分"), ("arrears", "滞繰分"))):
        for li, (ll, fy, basis) in enumerate(lab):
            row = [sl if li == 0 else None, ll]
            for d in debts:
                v = RATES[d][si][li]
                row.append(v)
                g.fact(d, fy, ll, seg, "collection_rate", basis, Decimal(v), "percent", v, 4)
            rows.append(row)
        spans[(1 + 4 * si, 0)] = (4, 1)
    yb = table(p, 50, 88, [55, 55] + [77] * 5, rows, size=9, rh=20, row_heights=[30] + [20] * 8, rules="horiz",
               aligns=["c", "l"] + ["r"] * 5, spans=spans, heavy=(1, 5))
    cur = RATES["国民健康保険税"][0]
    y = para(p, 50, yb + 8, W - 100, f"　令和５年度の国民健康保険税の現年分の収納率は{cur[1]}％（前年度比+0.8ポイント）と"
             "なり、コンビニエンスストア納付やスマートフォン決済の利用拡大が寄与した。", 10)
    g.fact("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", Decimal(cur[1]), "percent",
           f"{cur[1]}％", 4)
    # boxed 取組 list for 市税
    items = [("①", "滞納整理の早期着手", "納期限から３か月以内に財産調査を行い、預貯金等の差押えを優先して行う。", "継続"),
             ("②", "高額滞納事案の進行管理", "滞納額１００万円以上の事案について、四半期ごとに処理方針を見直す。", "拡充"),
             ("③", "納付環境の整備", "地方税統一ＱＲコードの周知により、金融機関窓口以外での納付を促す。", "継続")]
    by = y + 14
    text(p, 60, by + 14, "■市税の重点取組", 10.5, "g")
    yy = by + 18
    for lab_, ttl, body, st in items:
        yy = para(p, 62, yy, W - 130, f"{lab_}{ttl}　{body}【{st}】", 9.5, hang=10)
        g.init("市税", 2025, "市税の重点取組", lab_, f"{ttl}　{body}", st, 4)
    box(p, 52, by, W - 52, yy + 6)

    # ---------------- p5: landscape, rule-less table with indented 内訳 ----------------
    p = doc.new_page(width=H, height=W); use(p); hf(p, 5, H, W)
    text(p, 50, 62, "７　市税の税目別収入未済額の推移", 12, "g")
    text(p, H - 60, 84, "（単位：千円）", 8.5, "m", "r")
    cols = [260, 130, 130, 130, 110]
    rows = [[("税目", "l"), ("令和３年度", "r"), ("令和４年度", "r"), ("令和５年度", "r"), ("増減（R5-R4）", "r")]]
    sums = [0, 0, 0]
    body = []
    for tn, v5 in TAX:
        v3, v4 = TAXHIST[tn]
        vals = [rnd(v3, 1000, 1), rnd(v4, 1000, 1), rnd(v5, 1000, 1)]
        sums = [s + v for s, v in zip(sums, (v3, v4, v5))]
        body.append((tn, (v3, v4, v5), vals))
    tv = [rnd(s, 1000, 1) for s in sums]
    d = tv[2] - tv[1]
    rows.append(["市税", f"{tv[0]:,}", f"{tv[1]:,}", f"{tv[2]:,}", ("△" if d < 0 else "") + f"{abs(d):,}"])
    for fy, v, yen in zip((2021, 2022, 2023), tv, sums):
        g.fact("市税", fy, ("令和３年度", "令和４年度", "令和５年度")[fy - 2021], "total", "outstanding", "actual",
               int(v * 1000), "yen", f"{v:,}", 5)
    for tn, yens, vals in body:
        d = vals[2] - vals[1]
        rows.append([f"　　うち{tn}", f"{vals[0]:,}", f"{vals[1]:,}", f"{vals[2]:,}",
                     ("△" if d < 0 else "") + f"{abs(d):,}"])
        for fy, v in zip((2021, 2022, 2023), vals):
            g.fact(tn, fy, ("令和３年度", "令和４年度", "令和５年度")[fy - 2021], "total", "outstanding", "actual",
                   int(v * 1000), "yen", f"{v:,}", 5)
    yb = table(p, 60, 92, cols, rows, size=10, rh=24, rules="none", aligns=["l", "r", "r", "r", "r"])
    para(p, 60, yb + 10, H - 120, "※千円未満を四捨五入。令和５年度の市税の計（750,137.2千円）は３ページの債権別の額と"
         "同じ。個人市民税には県民税分を含まない。", 8.5)
    # the footnote repeats the figure: it is a printed occurrence too
    g.fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", int(tv[2] * 1000), "yen", f"{tv[2]:,}千円", 5)

    # ---------------- p6: 債権ごとの取組 ----------------
    p = doc.new_page(width=W, height=H); use(p); hf(p, 6)
    text(p, 50, 62, "８　債権ごとの取組", 12, "g")
    sections = [
        ("国民健康保険税", [("ア", "資格喪失の届出時に窓口で未納額を通知し、その場で納付又は分納の相談を行う。", "新規"),
                      ("イ", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
                      ("ウ", "納税課と合同で財産調査を行い、資力のある世帯には滞納処分を行う。", None)]),
        ("保育所保育料", [("ア", "児童手当からの申出による徴収を、未納のある在園世帯に勧奨する。", "継続"),
                     ("イ", "退園予定の世帯に対し、退園の２か月前までに未納分の納付計画を作成する。", "新規")]),
        ("生活保護費返還金", [("ア", "保護継続中の返還金は、本人の同意を得て保護費から調整する。", "継続"),
                       ("イ", "保護廃止後の返還金は、ケースワーカーと債権管理課が共同で納付交渉を行う。", "拡充")]),
    ]
    y = 80
    for i, (d, its) in enumerate(sections, 1):
        y += 14
        text(p, 50, y, f"（{i}）債権ごとの取組（{d}）", 10.5, "g")
        y += 2
        for lab_, body_, st in its:
            s = f"{lab_}　{body_}" + (f"【{st}】" if st else "")
            y = para(p, 62, y + 3, W - 120, s, 10, hang=15)
            g.init(d, 2025, "債権ごとの取組", lab_, body_, st, 6)
        y += 6
    y += 10
    text(p, 50, y, "９　計画の推進体制", 12, "g")
    para(p, 50, y + 6, W - 100, "　副市長を本部長とする市原市債権管理推進本部において、各債権の取組と目標の達成状況を年２回"
         "確認し、その結果を公表する。また、所管課での回収が困難となった債権は、債権管理課への移管を進める。", 10)

    out = PDF / f"{STEM}.pdf"
    finish(doc, out)
    g.write(out)


if __name__ == "__main__":
    main()
