"""(a) plan — 浜松市債権管理計画 style: 収入未済額 summary with debts as COLUMNS and years as rows (千円),
debt-per-row table with segment × year column groups, rate table without % (単位：％), 決算 table, targets,
取組 ①② per debt under plain titles with tags after the 。 (one wrapped to the next line).
python-docx -> LibreOffice, A4 portrait."""
from common import F, I, OUT, PDF, c, check, fmt, oku_man, rate, to_pdf, write_gold
from docxutil import header_footer, new_doc, para, table

STEM = "hamamatsu_plan_1"
CITY = "浜松市"
DEBTS = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
SHORT = {"市税": "市税", "国民健康保険料": "国民健康\n保険料", "介護保険料": "介護\n保険料",
         "後期高齢者医療保険料": "後期高齢者\n医療保険料", "保育所保育料": "保育所\n保育料", "市営住宅使用料": "市営住宅\n使用料"}
# thousand yen. per debt, per year (2022, 2023): current (assessed, collected), arrears (assessed, collected, written_off)
D = {
    "市税":           {2022: ((128_436_512, 127_215_300), (3_180_440, 1_012_380, 402_115)),
                      2023: ((130_102_877, 128_950_310), (2_987_560, 1_003_120, 371_904))},
    "国民健康保険料":   {2022: ((17_845_230, 16_902_118), (3_462_905, 861_340, 522_610)),
                      2023: ((17_203_664, 16_331_950), (3_401_900, 872_455, 498_300))},
    "介護保険料":       {2022: ((14_220_318, 14_018_402), (402_880, 98_210, 71_330)),
                      2023: ((14_507_905, 14_305_233), (373_014, 95_866, 66_512))},
    "後期高齢者医療保険料": {2022: ((8_106_440, 8_071_203), (92_614, 41_380, 6_120)),
                      2023: ((8_402_117, 8_366_050), (80_211, 38_477, 4_905))},
    "保育所保育料":     {2022: ((1_304_221, 1_286_930), (88_402, 22_310, 9_402)),
                      2023: ((1_251_606, 1_234_880), (74_981, 21_005, 7_216))},
    "市営住宅使用料":   {2022: ((2_310_550, 2_268_104), (301_228, 52_680, 18_640)),
                      2023: ((2_296_402, 2_254_111), (272_354, 49_870, 15_322))},
}
# earlier years: outstanding total only (thousand yen)
OLD = {
    "市税":           {2019: 3_712_450, 2020: 3_598_102, 2021: 3_401_266},
    "国民健康保険料":   {2019: 3_905_221, 2020: 3_812_640, 2021: 3_640_118},
    "介護保険料":       {2019: 452_310, 2020: 440_127, 2021: 421_905},
    "後期高齢者医療保険料": {2019: 98_406, 2020: 95_221, 2021: 90_614},
    "保育所保育料":     {2019: 102_880, 2020: 99_406, 2021: 92_115},
    "市営住宅使用料":   {2019: 348_920, 2020: 336_104, 2021: 318_660},
}
TARGET_CUR = {"市税": (99.1, 99.2, 99.2), "国民健康保険料": (95.2, 95.4, 95.6), "介護保険料": (98.7, 98.8, 98.9),
              "後期高齢者医療保険料": (99.6, 99.6, 99.7), "保育所保育料": (98.8, 99.0, 99.1),
              "市営住宅使用料": (98.3, 98.5, 98.6)}
INIT = {
    "市税": [("納期限後の早期催告を徹底し、電話催告センターからの架電を現年分の未納者全員に行う。", "継続", False),
             ("預貯金等の財産調査を電子照会で行い、差押えまでの期間を短縮する。", "拡充", True)],
    "国民健康保険料": [("口座振替の原則化を進め、加入手続の窓口で口座振替依頼書の提出を案内する。", "継続", False),
                  ("資格喪失後の未納者に対し、喪失月の翌月に納付案内を送付する。", "新規", False)],
    "介護保険料": [("普通徴収の未納者に対し、年金からの特別徴収への切替時期を案内し、納付相談に応じる。", "継続", False),
              ("滞納による給付制限の内容を周知し、給付制限対象となる前の納付を促す。", "継続", False)],
    "後期高齢者医療保険料": [("広域連合と連携し、納付困難な方へ分割納付の相談を行う。", "継続", False),
                    ("スマートフォン決済による納付を周知する。", "拡充", True)],
    "保育所保育料": [("入所中の保護者に対し、園を通じて納付の声掛けを行う。", "継続", False),
               ("児童手当からの特別徴収の申出を勧奨する。", "継続", False)],
    "市営住宅使用料": [("滞納3か月以上の入居者に連帯保証人への通知を行い、分納誓約を取り付ける。", "継続", False),
                ("分納誓約の不履行者には明渡請求訴訟を含む法的措置を行う。", "拡充", False)],
}
ERA = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}


def parts(debt, fy):
    (ca, cc), (aa, ac, aw) = D[debt][fy]
    return dict(ca=ca, cc=cc, co=ca - cc, aa=aa, ac=ac, aw=aw, ao=aa - ac - aw)


def outstanding(debt, fy):
    if fy in OLD[debt]:
        return OLD[debt][fy]
    p = parts(debt, fy)
    return p["co"] + p["ao"]


def build():
    facts, inits = [], []
    d = new_doc()
    header_footer(d, "浜松市債権管理計画（令和7年度～令和9年度）")
    # ---------- page 1
    pg = 1
    para(d, "浜松市債権管理計画", size=20, bold=True, align="center", font="IPAexGothic", space_after=4)
    para(d, "（令和7年度～令和9年度）", size=13, align="center", font="IPAexGothic", space_after=16)
    para(d, "令和6年11月", size=12, align="center", space_after=2)
    para(d, "浜松市 財務部 債権管理課", size=12, align="center", space_after=24)
    para(d, "１　計画策定の趣旨", size=12, bold=True, font="IPAexGothic")
    tot22 = sum(outstanding(x, 2022) for x in DEBTS) * 1000
    tot23 = sum(outstanding(x, 2023) for x in DEBTS) * 1000
    r22 = round(tot22, -6) // 1  # nearest 100万
    a23 = (tot23 + 5_000_000) // 10_000_000 * 10_000_000  # nearest 1,000万
    s23 = "約" + oku_man(a23)
    para(d, "　本市では、市税をはじめとする市の債権について、負担の公平性の確保と財源の確保を図るため、"
            "平成29年度から債権管理計画を定め、全庁を挙げて収入未済額の縮減に取り組んできた。", indent_mm=0)
    para(d, f"　その結果、主要6債権の収入未済額は{s23}（令和5年度決算）となり、令和元年度から着実に減少している。"
            "一方で、国民健康保険料及び市営住宅使用料では滞納繰越分の収納率が伸び悩んでおり、"
            "早期の対応と滞納整理の一層の強化が求められている。")
    facts.append(F(None, 2023, "令和5年度決算", "total", "outstanding", "actual", a23, "yen", s23, pg,
                   approx=True, debt_raw=None))
    para(d, "　こうした状況を踏まえ、令和7年度から令和9年度までの3か年を計画期間とする本計画を策定し、"
            "債権ごとの目標収納率と具体的な取組を定める。")
    para(d, "２　計画期間", size=12, bold=True, font="IPAexGothic")
    para(d, "　令和7年度から令和9年度までの3か年とする。")
    para(d, "３　対象債権", size=12, bold=True, font="IPAexGothic")
    para(d, "　市税、国民健康保険料、介護保険料、後期高齢者医療保険料、保育所保育料及び市営住宅使用料の6債権とする。")
    d.add_page_break()
    # ---------- page 2: table 1 (debts as columns, years as rows)
    pg = 2
    para(d, "４　収入未済額の現状", size=12, bold=True, font="IPAexGothic")
    para(d, "（１）主要債権の収入未済額の推移", size=11, bold=True, font="IPAexGothic")
    para(d, "表１　収入未済額の推移（現年分・滞納繰越分の計）", size=10, font="IPAexGothic")
    para(d, "（単位：千円）", size=9, align="right", space_after=0)
    rows = [["年度"] + [SHORT[x] for x in DEBTS] + ["合計"]]
    for fy in (2019, 2020, 2021, 2022, 2023):
        vals = [outstanding(x, fy) for x in DEBTS]
        rows.append([ERA[fy]] + [c(v) for v in vals] + [c(sum(vals))])
        for x, v in zip(DEBTS, vals):
            facts.append(F(x, fy, ERA[fy], "total", "outstanding", "actual", v * 1000, "yen", c(v), pg))
        facts.append(F(None, fy, ERA[fy], "total", "outstanding", "actual", sum(vals) * 1000, "yen", c(sum(vals)),
                       pg, debt_raw="合計"))
    table(d, rows, widths_mm=[20, 24, 22, 20, 22, 20, 20, 24], size=8.5)
    para(d, "")
    dec = (sum(outstanding(x, 2019) for x in DEBTS) - sum(outstanding(x, 2023) for x in DEBTS)) * 1000
    dec = (dec + 5_000_000) // 10_000_000 * 10_000_000
    para(d, f"　令和5年度の収入未済額は、令和元年度と比べて約{oku_man(dec)}減少した。"
            "減少額の大半は市税及び国民健康保険料の滞納繰越分の縮減によるものである。")
    para(d, "（２）現年分・滞納繰越分の内訳", size=11, bold=True, font="IPAexGothic")
    para(d, "表２　債権別の収入未済額（単位：千円）", size=10, font="IPAexGothic")
    rows = [["債権名", "現年分", "", "滞納繰越分", ""], ["", "R4", "R5", "R4", "R5"]]
    sums = [0, 0, 0, 0]
    for x in DEBTS:
        p4, p5 = parts(x, 2022), parts(x, 2023)
        vals = [p4["co"], p5["co"], p4["ao"], p5["ao"]]
        sums = [a + b for a, b in zip(sums, vals)]
        rows.append([x] + [c(v) for v in vals])
        for v, fy, seg in zip(vals, (2022, 2023, 2022, 2023), ("current", "current", "arrears", "arrears")):
            facts.append(F(x, fy, "R4" if fy == 2022 else "R5", seg, "outstanding", "actual", v * 1000, "yen", c(v), pg))
    rows.append(["合計"] + [c(v) for v in sums])
    for v, fy, seg in zip(sums, (2022, 2023, 2022, 2023), ("current", "current", "arrears", "arrears")):
        facts.append(F(None, fy, "R4" if fy == 2022 else "R5", seg, "outstanding", "actual", v * 1000, "yen", c(v), pg,
                       debt_raw="合計"))
    table(d, rows, widths_mm=[48, 28, 28, 28, 28], size=9, header_rows=2,
          merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)))
    d.add_page_break()
    # ---------- page 3: rates + 決算
    pg = 3
    para(d, "（３）収納率の状況", size=11, bold=True, font="IPAexGothic")
    para(d, "表３　債権別収納率の推移（単位：％）", size=10, font="IPAexGothic")
    rows = [["債権名", "現年分", "", "滞納繰越分", "", "合計", ""], ["", "R4", "R5", "R4", "R5", "R4", "R5"]]
    RT = {}
    for x in DEBTS:
        row = [x]
        for seg in ("current", "arrears", "total"):
            for fy in (2022, 2023):
                p = parts(x, fy)
                a, cc = {"current": (p["ca"], p["cc"]), "arrears": (p["aa"], p["ac"]),
                         "total": (p["ca"] + p["aa"], p["cc"] + p["ac"])}[seg]
                r = rate(cc, a, 1)
                RT[(x, seg, fy)] = r
                row.append(fmt(r))
                facts.append(F(x, fy, "R4" if fy == 2022 else "R5", seg, "collection_rate", "actual", r, "percent",
                               fmt(r), pg))
        rows.append(row)
    table(d, rows, widths_mm=[46, 20, 20, 20, 20, 20, 20], size=9, header_rows=2,
          merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)))
    para(d, "")
    r = RT[("市税", "current", 2023)]
    r2 = RT[("国民健康保険料", "arrears", 2023)]
    para(d, f"　令和5年度の市税の現年分収納率は{fmt(r)}％と高い水準を維持している。一方、国民健康保険料の"
            f"滞納繰越分の収納率は{fmt(r2)}％にとどまっている。")
    facts.append(F("市税", 2023, "令和5年度", "current", "collection_rate", "actual", r, "percent", f"{fmt(r)}％", pg))
    facts.append(F("国民健康保険料", 2023, "令和5年度", "arrears", "collection_rate", "actual", r2, "percent",
                   f"{fmt(r2)}％", pg))
    para(d, "（４）令和5年度決算の状況", size=11, bold=True, font="IPAexGothic")
    para(d, "表４　令和5年度決算（現年分・滞納繰越分の計）", size=10, font="IPAexGothic")
    para(d, "（単位：千円）", size=9, align="right", space_after=0)
    rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額"]]
    S = [0, 0, 0, 0]
    for x in DEBTS:
        p = parts(x, 2023)
        v = [p["ca"] + p["aa"], p["cc"] + p["ac"], p["aw"], p["co"] + p["ao"]]
        S = [a + b for a, b in zip(S, v)]
        rows.append([x] + [c(z) for z in v])
        for z, m in zip(v, ("assessed", "collected", "written_off", "outstanding")):
            facts.append(F(x, 2023, "令和5年度", "total", m, "actual", z * 1000, "yen", c(z), pg))
    rows.append(["合計"] + [c(z) for z in S])
    for z, m in zip(S, ("assessed", "collected", "written_off", "outstanding")):
        facts.append(F(None, 2023, "令和5年度", "total", m, "actual", z * 1000, "yen", c(z), pg, debt_raw="合計"))
    table(d, rows, widths_mm=[46, 32, 32, 28, 28], size=9)
    d.add_page_break()
    # ---------- page 4: targets + initiatives
    pg = 4
    para(d, "５　目標収納率", size=12, bold=True, font="IPAexGothic")
    para(d, "　計画期間中の各債権の現年分の目標収納率を次のとおり定める。")
    para(d, "表５　現年分目標収納率（単位：％）", size=10, font="IPAexGothic")
    rows = [["債権名", "実績", "目標", "", ""], ["", "令和5年度", "令和7年度", "令和8年度", "令和9年度"]]
    for x in DEBTS:
        r = RT[(x, "current", 2023)]
        t = TARGET_CUR[x]
        rows.append([x, fmt(r)] + [fmt(v) for v in t])
        facts.append(F(x, 2023, "令和5年度", "current", "collection_rate", "actual", r, "percent", fmt(r), pg))
        for fy, v in zip((2025, 2026, 2027), t):
            facts.append(F(x, fy, f"令和{fy - 2018}年度", "current", "collection_rate", "target", v, "percent", fmt(v), pg))
    table(d, rows, widths_mm=[48, 26, 26, 26, 26], size=9, header_rows=2,
          merges=((0, 0, 1, 0), (0, 2, 0, 4)))
    para(d, "")
    para(d, "６　債権ごとの取組", size=12, bold=True, font="IPAexGothic")
    nums = "①②③"
    for k, x in enumerate(DEBTS):
        if k == 3:
            d.add_page_break()
            pg = 5
        para(d, f"（{'１２３４５６'[k]}）{x}", size=10.5, bold=True, font="IPAexGothic")
        for j, (txt, st, wrap) in enumerate(INIT[x]):
            p = para(d, f"{nums[j]}　{txt}" + ("" if wrap else f"【{st}】"), indent_mm=4)
            if wrap:
                from docxutil import set_font
                r = p.add_run(); r.add_break()
                set_font(p.add_run(f"【{st}】"), "IPAexMincho")
            inits.append(I(x, 2025, "債権ごとの取組", nums[j], txt, st, pg))
    para(d, "")
    para(d, "７　計画の進行管理", size=12, bold=True, font="IPAexGothic")
    para(d, "　各債権の所管課は、毎年度の収納実績と取組状況を債権管理課に報告し、債権管理推進会議において"
            "進捗を確認する。必要に応じて取組内容を見直すものとする。")
    OUT.mkdir(exist_ok=True, parents=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    doc = {"kind": "plan", "municipality": CITY, "title": "浜松市債権管理計画（令和7年度～令和9年度）",
           "date": "2024-11-01", "date_raw": "令和6年11月"}
    write_gold(STEM, doc, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
