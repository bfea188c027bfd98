"""佐賀市 債権管理計画（会計別・款別の収入未済額、文中の数値） — python-docx → LibreOffice."""
from __future__ import annotations

from e_common import OUT, PDF, Facts, finish, rate, to_pdf, zen
from e_docx import cell_text, footer_page, header_text, new_doc, page_break, para, repeat_header, shade, table

STEM = "e_saga_plan_1"
CITY = "佐賀市"
TITLE = "佐賀市債権管理計画（令和７年度～令和９年度）"

facts = Facts()
inits: list[dict] = []

ACCOUNTS = ["一般会計", "国民健康保険特別会計", "後期高齢者医療特別会計", "介護保険特別会計", "水道事業会計", "下水道事業会計"]
# 千円, rows = years
BY_YEAR: dict[int, list[int]] = {}
GROW = {2021: [1.168, 1.142, 1.091, 1.120, 1.083, 1.104], 2022: [1.079, 1.066, 1.047, 1.052, 1.041, 1.049]}

# 令和５年度 内訳 (円): 会計, 款, 債権名, 調定, 収入, 欠損
DETAIL = [
    ("一般会計", "市税", "個人市民税", 14_204_118_650, 13_706_952_418, 38_204_116),
    ("一般会計", "市税", "法人市民税", 3_612_904_200, 3_598_210_900, 2_108_400),
    ("一般会計", "市税", "固定資産税・都市計画税", 16_908_412_300, 16_152_655_174, 41_620_800),
    ("一般会計", "市税", "軽自動車税（種別割）", 812_604_500, 788_120_315, 1_904_200),
    ("一般会計", "分担金及び負担金", "保育所保育料", 602_418_300, 588_306_410, 1_220_500),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 1_104_822_600, 1_002_214_870, 6_302_400),
    ("一般会計", "諸収入", "生活保護費返還金", 214_608_900, 48_112_605, 8_904_300),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 96_412_200, 41_805_340, 0),
    ("一般会計", "諸収入", "その他の諸収入", 182_350_400, 166_412_876, 1_120_210),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 6_118_402_650, 5_004_650_508, 73_199_590),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 3_305_118_400, 3_268_102_604, 1_897_796),
    ("介護保険特別会計", "保険料", "介護保険料", 6_402_118_300, 6_218_604_218, 14_612_082),
    ("水道事業会計", "営業収益", "水道料金", 5_804_112_600, 5_682_802_112, 4_536_488),
    ("下水道事業会計", "営業収益", "下水道使用料", 3_902_604_800, 3_812_609_482, 3_080_318),
]


def oku_man(sen: int) -> tuple[str, int]:
    """千円 → '約XX億X,XXX万円' rounded to 100万円 (both digits printed)."""
    man = round(sen / 1000) * 100  # 万円, rounded to 100万
    oku, rest = divmod(man, 10000)
    s = f"約{oku}億" + (f"{rest:,}万円" if rest else "円")
    return s, man * 10_000


def fill_years():
    o23 = [round(sum(a - c - w for acc, _, _, a, c, w in DETAIL if acc == A) / 1000) for A in ACCOUNTS]
    for y in (2021, 2022):
        BY_YEAR[y] = [round(v * g) for v, g in zip(o23, GROW[y])]
    BY_YEAR[2023] = o23


def main():
    fill_years()
    doc = new_doc(size=10.5)
    header_text(doc, "佐賀市債権管理計画")
    footer_page(doc, ("", ""))
    para(doc, "")
    para(doc, TITLE.split("（")[0], size=20, bold=True, align="center", font="IPAexGothic", space_before=120)
    para(doc, "（令和７年度～令和９年度）", size=13, align="center")
    para(doc, "令和７年３月", size=12, align="center", space_before=200)
    para(doc, "佐　賀　市", size=14, align="center", space_before=6)
    page_break(doc)
    # 1
    para(doc, "１　計画策定の趣旨", size=12, font="IPAexGothic")
    tot = {y: sum(v) for y, v in BY_YEAR.items()}
    s23, v23 = oku_man(tot[2023])
    s21, v21 = oku_man(tot[2021])
    para(doc, "　本市は、市税をはじめ、保険料、使用料、貸付金など多くの債権を有しており、これらは市の施策を"
              "実施するための貴重な財源である。債権の確実な回収は、財源の確保とともに、期限内に納付している"
              "市民との公平性を保つうえで欠かすことができない。", first_mm=0)
    para(doc, f"　令和５年度決算における全会計の収入未済額は{s23}であり、令和３年度の{s21}から"
              "着実に減少しているものの、依然として多額の未済額が残っている。このため、債権管理条例に基づく"
              "適正な管理を一層進めるため、令和７年度から令和９年度までの３か年を期間とする本計画を策定する。")
    facts.add(None, 2023, "令和５年度", "total", "outstanding", "actual", v23, "yen", s23, loc=s23, approx=True,
              debt_raw="全会計")
    facts.add(None, 2021, "令和３年度", "total", "outstanding", "actual", v21, "yen", s21, loc=s21, approx=True,
              debt_raw="全会計")
    para(doc, "　なお、本計画において「債権」とは、地方自治法第２４０条第１項に規定する金銭の給付を目的とする市の権利をいい、"
              "その性質により、滞納処分ができる強制徴収公債権、滞納処分ができない非強制徴収公債権及び私法上の原因に"
              "基づいて発生する私債権に区分される。区分により時効期間や徴収の手続が異なるため、所管課は債権の性質を"
              "正しく把握したうえで管理を行う必要がある。")
    para(doc, "　計画の対象は、全会計の債権のうち令和５年度決算において収入未済額が生じているものとし、水道事業会計及び"
              "下水道事業会計の債権については、上下水道局が定める徴収計画と整合を図る。")
    para(doc, "２　本市の債権の状況", size=12, font="IPAexGothic", space_before=10)
    para(doc, "（１）会計別収入未済額の推移", font="IPAexGothic", space_before=4)
    para(doc, "単位：千円", size=8, align="right")
    t = table(doc, 1 + len(BY_YEAR), 2 + len(ACCOUNTS), (18, 20, 22, 22, 20, 20, 22, 24))
    heads = ["年度"] + ACCOUNTS + ["合計"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, size=8, align="center", font="IPAexGothic")
        shade(c, "DEEAF6")
    for i, (y, vals) in enumerate(BY_YEAR.items()):
        yr = f"令和{y - 2018}年度"
        row = t.rows[i + 1].cells
        cell_text(row[0], zen(yr.replace("令和", "R").replace("年度", "")) if False else yr, size=8, align="center")
        for j, v in enumerate(vals + [sum(vals)]):
            cell_text(row[j + 1], f"{v:,}", size=8, align="right")
            name = heads[j + 1]
            facts.add(None, y, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", loc=f"{v:,}", debt_raw=name)
    para(doc, "※各年度の決算額（出納閉鎖後）。水道事業会計及び下水道事業会計は、３月末の未収金から４月・５月の収入分を"
              "差し引いた額。", size=8)
    para(doc, "　会計別にみると、一般会計では市税が収入未済額の大半を占めている。国民健康保険特別会計では、被保険者の"
              "高齢化と所得の減少を背景に、滞納繰越分の収入未済額が多く残っている。企業会計である水道事業会計及び"
              "下水道事業会計は、給水停止の運用により比較的低い水準で推移している。", space_before=4)
    para(doc, "【参考】債権の区分と主な債権", font="IPAexGothic", size=9, space_before=4)
    kt = table(doc, 4, 3, (40, 100, 30))
    for i, row in enumerate((("区分", "主な債権", "消滅時効"),
                             ("強制徴収公債権", "市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料", "５年又は２年"),
                             ("非強制徴収公債権", "生活保護費返還金（法第６３条）、行政財産使用料", "５年"),
                             ("私債権", "市営住宅使用料、水道料金、母子父子寡婦福祉資金貸付金", "民法による"))):
        for j, v in enumerate(row):
            cell_text(kt.rows[i].cells[j], v, size=8.5, align="center" if i == 0 else None)
            if i == 0:
                shade(kt.rows[i].cells[j], "F2F2F2")
    para(doc, "　債権別の内訳は次のとおりである。なお、会計ごとの小計は掲げていない。", space_before=4)
    para(doc, "（２）令和５年度 会計別・款別・債権別の状況", font="IPAexGothic", space_before=8)
    para(doc, "（単位：円）", size=8, align="right")
    t = table(doc, 1, 7, (20, 20, 30, 27, 27, 22, 24))
    for c, h in zip(t.rows[0].cells, ("会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額")):
        cell_text(c, h, size=8, align="center", font="IPAexGothic")
        shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    prev_acc = prev_kan = None
    sums = {a: [0, 0, 0, 0] for a in ACCOUNTS}
    for acc, kan, name, a, c, w in DETAIL:
        out = a - c - w
        row = t.add_row().cells
        cell_text(row[0], acc if acc != prev_acc else "", size=8)
        cell_text(row[1], kan if (kan, acc) != prev_kan else "", size=8)
        prev_acc, prev_kan = acc, (kan, acc)
        cell_text(row[2], name, size=8.5)
        for j, (met, v) in enumerate((("assessed", a), ("collected", c), ("written_off", w), ("outstanding", out))):
            raw = f"{v:,}" if v else "0"
            cell_text(row[3 + j], raw, size=8, align="right")
            if v:
                facts.add(name, 2023, "令和５年度", "total", met, "actual", v, "yen", raw, loc=raw)
        s = sums[acc]
        for k, v in enumerate((a, c, w, out)):
            s[k] += v
    # 会計ごとの小計は掲げず、合計のみ
    ga = [sum(s[k] for s in sums.values()) for k in range(4)]
    row = t.add_row().cells
    cell_text(row[0], "合　計", size=8, align="center", font="IPAexGothic")
    for k, (met, v) in enumerate(zip(("assessed", "collected", "written_off", "outstanding"), ga)):
        cell_text(row[3 + k], f"{v:,}", size=8, align="right")
        facts.add(None, 2023, "令和５年度", "total", met, "actual", v, "yen", f"{v:,}", loc=f"{v:,}", debt_raw="合計")
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額（還付未済額を除く）。", size=8)
    # check: 合計 of outstanding equals table (1) for 2023 within rounding
    assert abs(round(ga[3] / 1000) - tot[2023]) <= 3, (ga[3], tot[2023])
    para(doc, "（３）主要債権の収納率の推移（現年度分・滞納繰越分の合計）", font="IPAexGothic", space_before=8)
    det = {n: (a, c) for _, _, n, a, c, _ in DETAIL}
    RATES = [(n, r3, r4, rate(det[n][1], det[n][0])) for n, r3, r4 in
             (("個人市民税", 95.62, 96.01), ("固定資産税・都市計画税", 95.10, 95.31),
              ("国民健康保険税", 79.85, 80.94), ("介護保険料", 96.88, 96.95), ("市営住宅使用料", 89.12, 89.84))]
    t = table(doc, 1 + len(RATES), 4, (60, 30, 30, 30))
    for c, h in zip(t.rows[0].cells, ("債権名", "令和３年度", "令和４年度", "令和５年度")):
        cell_text(c, h, size=8.5, align="center", font="IPAexGothic")
        shade(c, "DEEAF6")
    for i, (name, *vals) in enumerate(RATES):
        row = t.rows[i + 1].cells
        cell_text(row[0], name, size=8.5)
        for j, v in enumerate(vals):
            raw = f"{v:.2f}%"
            cell_text(row[1 + j], raw, size=8.5, align="right")
            facts.add(name, 2021 + j, f"令和{3 + j}年度", "total", "collection_rate", "actual", v, "percent", raw,
                      loc=raw)
    # consistency of R5 rates with the detail table for debts that appear there
    det = {n: (a, c) for _, _, n, a, c, _ in DETAIL}
    for name, *vals in RATES:
        a, c = det[name]
        assert abs(rate(c, a) - vals[2]) < 0.006, (name, rate(c, a), vals[2])
    para(doc, "３　これまでの取組の成果と課題", size=12, font="IPAexGothic", space_before=10)
    para(doc, "　前計画の期間においては、コンビニエンスストア収納とスマートフォン決済の導入により納付の機会を広げるとともに、"
              "市税と国民健康保険税の滞納整理を一体的に進め、収入未済額の縮減につなげた。一方で、私債権や非強制徴収公債権に"
              "ついては、所管課ごとに督促・催告の時期や方法が異なり、時効管理が十分でない例も見られた。")
    para(doc, "　また、令和５年度の不納欠損額は約２億円であり、その多くは滞納処分の執行停止を経た市税及び国民健康保険税である。")
    wo_total = ga[2]
    facts.add(None, 2023, "令和５年度", "total", "written_off", "actual", 200_000_000, "yen", "約２億円",
              loc="約２億円", approx=True)
    assert abs(wo_total - 200_000_000) < 5_000_000
    para(doc, "４　今後の取組", size=12, font="IPAexGothic", space_before=10)
    TORI = [
        ("（１）滞納の未然防止", [
            ("①", "口座振替やスマートフォン決済など、納付しやすい環境の周知を進める。", None),
            ("②", "納期限前の案内をＳＭＳで送信する取組を、国民健康保険税及び介護保険料に広げる。", "拡充"),
        ]),
        ("（２）滞納整理の強化", [
            ("①", "強制徴収公債権は、督促後速やかに財産調査を行い、差押え等の滞納処分を実施する。", "継続"),
            ("②", "私債権は、支払督促や訴訟等の法的措置を計画的に行う。", "継続"),
            ("③", "徴収困難な債権は、執行停止や債権放棄の基準に沿って整理を進める。", "新規"),
        ]),
        ("（３）債権管理体制の充実", [
            ("①", "債権管理研修を年２回開催し、所管課職員の知識の向上を図る。", "継続"),
            ("②", "債権管理台帳の様式を統一し、時効管理を徹底する。", "新規"),
        ]),
    ]
    for head, items in TORI:
        para(doc, head, font="IPAexGothic", space_before=4)
        for lab, text, stt in items:
            para(doc, f"{lab}　{text}" + (f"【{stt}】" if stt else ""), indent_mm=6, first_mm=-5)
            inits.append({"debt": None, "fiscal_year": 2025, "section": head.split("）")[1], "label": lab,
                          "text": text, "status": stt, "page": None, "_loc": text})
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    to_pdf(x, PDF / f"{STEM}.pdf", "saga")
    d = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    return finish(STEM, d, facts, inits)


if __name__ == "__main__":
    main()
