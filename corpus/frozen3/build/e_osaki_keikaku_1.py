"""e_osaki_keikaku_1: 市税等収納率向上対策の３カ年計画 (python-docx -> LibreOffice Writer, A4 portrait).

Modelled on 大崎市市税等収納率向上対策３カ年計画 (第1次 平成21年度, 第2次 平成24年度; 数値目標を毎年度掲げて
実績を検証する計画), as described in 大崎市議会 2015-12-21 (chiholog.net/miyagilog, 「市税等収納率向上対策」).
Figures invented.
"""
from __future__ import annotations

from e_common import F, I, OUT, PDF_DIR, comma, oku_man, to_pdf, write_gold, zen
from e_docx import box, header_footer, new_doc, page_break, para, table

STEM = "e_osaki_keikaku_1"
CITY = "大崎市"
FONT = "IPAex明朝"
TITLE = "大崎市市税等収納率向上対策第５次３カ年計画"

ERA_YEARS = [("元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
RATES = [  # debt, segment label, segment, values R1..R5
    ("市税", "現年課税分", "current", [98.61, 98.70, 98.77, 98.75, 98.81]),
    ("市税", "滞納繰越分", "arrears", [22.34, 24.10, 25.86, 26.43, 27.95]),
    ("市税", "合計", "total", [96.02, 96.41, 96.78, 96.90, 97.12]),
    ("国民健康保険税", "現年課税分", "current", [92.45, 93.10, 93.58, 93.62, 93.90]),
    ("国民健康保険税", "滞納繰越分", "arrears", [18.62, 19.55, 20.41, 21.08, 21.76]),
    ("国民健康保険税", "合計", "total", [80.11, 81.36, 82.57, 83.40, 84.15]),
    ("介護保険料", "現年度分", "current", [99.12, 99.20, 99.25, 99.27, 99.31]),
    ("介護保険料", "滞納繰越分", "arrears", [15.30, 16.05, 17.42, 17.90, 18.66]),
    ("後期高齢者医療保険料", "現年度分", "current", [99.58, 99.61, 99.63, 99.66, 99.69]),
    ("後期高齢者医療保険料", "滞納繰越分", "arrears", [40.12, 42.35, 44.80, 45.27, 47.03]),
]
R_YEARS = [("R1", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022), ("R5", 2023)]
MISAI_DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料"]
MISAI = {
    "市税": [702340, 668910, 641220, 612480, 590360],
    "国民健康保険税": [552870, 531460, 502930, 478550, 461200],
    "介護保険料": [61240, 58930, 56210, 54880, 52470],
    "後期高齢者医療保険料": [12460, 11980, 11320, 10870, 10390],
    "保育料": [142680, 139750, 137900, 135210, 133580],
}
TARGET_COLS = [("令和５年度", 2023, "actual"), ("令和６年度", 2024, "estimate"), ("令和７年度", 2025, "target"),
               ("令和８年度", 2026, "target"), ("令和９年度", 2027, "target")]
TARGETS = [
    ("市税", "現年課税分", "current", [98.81, 98.85, 98.90, 98.95, 99.00]),
    ("市税", "滞納繰越分", "arrears", [27.95, 28.50, 29.00, 30.00, 31.00]),
    ("国民健康保険税", "現年課税分", "current", [93.90, 94.00, 94.20, 94.40, 94.60]),
    ("国民健康保険税", "滞納繰越分", "arrears", [21.76, 22.00, 22.50, 23.00, 23.50]),
    ("介護保険料", "現年度分", "current", [99.31, 99.32, 99.35, 99.38, 99.40]),
    ("後期高齢者医療保険料", "現年度分", "current", [99.69, 99.70, 99.72, 99.74, 99.75]),
]
TORIKUMI = [  # (heading, [(label, text, tag, wrap)])
    ("(1)　滞納の未然防止と早期対応", [
        ("①", "新規納税義務者に口座振替の利用を勧奨し、申込みをWebでも受け付ける。", "拡充", False),
        ("②", "納期限後の早い段階で文書・電話による催告を行い、新たな滞納の発生を防ぐ。", "継続", False),
    ]),
    ("(2)　滞納処分の強化", [
        ("①", "滞納繰越分は納付の意思が見られない滞納者に対し、財産調査後速やかに差押えを執行する。", "継続", False),
        ("②", "差し押さえた不動産・動産はインターネット公売により換価する。", "継続", True),
        ("③", "宮城県地方税滞納整理機構への移管により高額困難案件の解消を図る。", "継続", False),
    ]),
    ("(3)　納付環境の整備", [
        ("①", "地方税統一QRコードを活用したスマートフォン決済による納付を全税目で実施する。", "新規", False),
    ]),
]
KOKUHO = [
    ("ア", "短期被保険者証等の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続", False),
    ("イ", "資格喪失者の滞納分は、喪失後３か月以内に文書催告を行う。", "新規", True),
    ("ウ", "高額療養費等の給付の際、滞納保険税への充当について相談を行う。", "拡充", False),
]
KAIGO = [
    ("・", "普通徴収の被保険者に対し、年金からの特別徴収への切替え時期を周知する。", None),
    ("・", "滞納が続く被保険者には、給付制限の内容を個別に説明し納付を促す。", "継続"),
]
KOUKI_KADAI = "普通徴収の被保険者が増えており、口座振替の利用率が低い。"
KOUKI = [("(1)", "被保険者証の一斉更新時に口座振替依頼書を同封する。", "新規"),
         ("(2)", "広域連合と連携し、滞納者の所得・資産の状況を把握する。", "継続")]


def build():
    facts, inits = [], []
    doc = new_doc(FONT, 10.5, margins_mm=(22, 20, 22, 20))
    header_footer(doc, f"{TITLE}（令和７年度～令和９年度）", "- {PAGE} -")

    # ---------------- page 1
    para(doc, TITLE, size=16, bold=True, align="center", before=6)
    para(doc, "（令和７年度～令和９年度）", size=12, align="center")
    para(doc, "令和７年３月", align="right", before=6)
    para(doc, "大崎市総務部税務課", align="right", after=8)
    para(doc, "１　計画策定の趣旨", size=11.5, bold=True, before=4)
    para(doc, "　本市では、平成21年度に市税等収納率向上対策３カ年計画を策定して以来、４次にわたり計画を定め、"
              "催告、財産調査及び差押えなどの取組ごとに毎年度の数値目標を掲げ、その実績を検証しながら収納対策を進めてきました。")
    para(doc, "　この結果、市税等の収入未済額は、平成21年度末の約38億円から、令和５年度末には約12億4,800万円まで"
              "縮減しました。一方で、国民健康保険税の滞納繰越分など、収納率が伸び悩んでいる税目・科目もあり、"
              "負担の公平性を確保するため、引き続き計画的な取組が必要です。")
    facts += [F(None, 2009, "平成21年度末", "total", "outstanding", "actual", 3800000000, "yen", "約38億円", 1,
                approx=True, debt_raw=None),
              F(None, 2023, "令和５年度末", "total", "outstanding", "actual", 1248000000, "yen", "約12億4,800万円", 1,
                approx=True, debt_raw=None)]
    assert sum(v[4] for v in MISAI.values()) == 1248000
    para(doc, "　また、令和５年度には地方税統一QRコードによる納付が始まり、納付の手段は多様化しています。"
              "国の税制改正や社会経済情勢の変化に的確に対応しつつ、滞納の未然防止と早期対応を一層進める必要があります。")
    para(doc, "　このため、第４次計画の成果と課題を踏まえ、令和７年度からの３年間を期間とする第５次計画を策定します。")
    para(doc, "２　計画期間", size=11.5, bold=True, before=6)
    para(doc, "　令和７年度から令和９年度までの３年間")
    para(doc, "３　これまでの取組の成果と課題", size=11.5, bold=True, before=6)
    para(doc, "(1)　収納率の推移", bold=True)
    para(doc, "　市税の現年課税分の収納率は98％台後半で推移し、滞納繰越分は５年間で5.61ポイント上昇しました。"
              "国民健康保険税は、現年課税分・滞納繰越分ともに上昇していますが、県内の平均を下回っています。")
    para(doc, "　介護保険料及び後期高齢者医療保険料は、年金からの特別徴収の割合が高いことから現年度分の収納率は"
              "99％台で安定していますが、普通徴収の滞納繰越分は依然として低い水準にあります。"
              "なお、令和２年度は新型コロナウイルス感染症の影響による徴収猶予の特例があり、"
              "その後の分納の履行状況を個別に確認してきました。")
    para(doc, "表１　市税等の収納率の推移（単位：％）", bold=True, align="center", before=4)
    rows = [["税目等", "区分"] + [zen(y) if y != "元年度" else y for y, _ in ERA_YEARS]]
    merges = []
    prev = None
    for i, (d, seglab, seg, vals) in enumerate(RATES):
        rows.append([d if d != prev else "", seglab] + [f"{v:.2f}" for v in vals])
        if d != prev:
            start = i + 1
        prev = d
        anchor = seglab + "".join(f"{v:.2f}" for v in vals)
        for (yraw, fy), v in zip(ERA_YEARS, vals):
            facts.append(F(d, fy, zen(yraw) if yraw != "元年度" else yraw, seg, "collection_rate", "actual", v,
                           "percent", f"{v:.2f}", anchor=anchor))
    # merge debt cells over their group
    groups = {}
    for i, (d, *_r) in enumerate(RATES):
        groups.setdefault(d, []).append(i + 1)
    for d, idx in groups.items():
        merges.append((idx[0], 0, idx[-1], 0))
    table(doc, rows, [36, 24, 20, 20, 20, 20, 20], size=9, aligns=["left", "center"] + ["right"] * 5, merges=merges)
    para(doc, "※年度はいずれも令和。決算額に基づく収納率（収入済額÷調定額）。", size=8.5, before=2)

    # ---------------- (2) 収入未済額
    para(doc, "(2)　収入未済額の推移", bold=True, before=8)
    kok = MISAI["国民健康保険税"][4] * 1000
    para(doc, f"　令和５年度末の国民健康保険税の収入未済額は{oku_man(kok)}で、市税等全体の約37％を占めています。"
              "市税の収入未済額は毎年度縮減していますが、保育料は縮減の幅が小さくなっています。")
    facts.append(F("国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "actual", kok, "yen", oku_man(kok),
                   anchor="(2)　収入未済額の推移"))
    para(doc, "　保育料は、平成27年度の子ども・子育て支援新制度の開始前に生じた滞納分が多くを占めており、"
              "納付義務者が市外に転出している案件や所在が不明な案件の整理が課題となっています。"
              "介護保険料については、滞納期間に応じた給付制限の説明を通じて納付を促しています。")
    para(doc, "　後期高齢者医療保険料は、宮城県後期高齢者医療広域連合が賦課し、本市が徴収を行っています。"
              "収入未済額は小さいものの、普通徴収の被保険者の増加に伴い、口座振替の勧奨が重要になっています。")
    para(doc, "　税目等ごとの収入未済額の推移は表２のとおりで、令和元年度末と比べると、全体で２割以上の縮減となっています。"
              "ただし、縮減の大部分は市税と国民健康保険税によるものです。")
    para(doc, "表２　収入未済額の推移", bold=True, align="center", before=4)
    para(doc, "（単位：千円）", size=8.5, align="right")
    rows = [["年度"] + MISAI_DEBTS + ["計"]]
    for j, (yl, fy) in enumerate(R_YEARS):
        vals = [MISAI[d][j] for d in MISAI_DEBTS]
        tot = sum(vals)
        rows.append([yl] + [comma(v) for v in vals] + [comma(tot)])
        anchor = yl + "".join(comma(v) for v in vals) + comma(tot)
        for d, v in zip(MISAI_DEBTS, vals):
            facts.append(F(d, fy, yl, "total", "outstanding", "actual", v * 1000, "yen", comma(v), anchor=anchor))
        facts.append(F(None, fy, yl, "total", "outstanding", "actual", tot * 1000, "yen", comma(tot), anchor=anchor,
                       debt_raw="計"))
    table(doc, rows, [16, 24, 28, 24, 28, 20, 24], size=9, aligns=["center"] + ["right"] * 6)
    para(doc, "※各年度末（出納閉鎖後）の現年度分と滞納繰越分の合計。", size=8.5, before=2)
    para(doc, "(3)　課題", bold=True, before=8)
    para(doc, "・国民健康保険税は、所得の低い世帯の滞納が多く、分納誓約の不履行も増えている。", indent_mm=3)
    para(doc, "・滞納整理の経験を持つ職員が異動により減少しており、ノウハウの継承が必要である。", indent_mm=3)
    para(doc, "", after=4)
    box(doc, ["【参考】令和５年度の滞納処分等の状況",
              "・差押件数：1,284件",
              "・不納欠損額（市税）：3,210万円",
              "・不納欠損額（国民健康保険税）：4,480万円"], 150, bold_first=True)
    facts += [F("市税", 2023, "令和５年度", "total", "written_off", "actual", 32100000, "yen", "3,210万円",
                anchor="【参考】"),
              F("国民健康保険税", 2023, "令和５年度", "total", "written_off", "actual", 44800000, "yen", "4,480万円",
                anchor="【参考】")]

    # ---------------- page: 数値目標 + 取組
    page_break(doc)
    para(doc, "４　数値目標", size=11.5, bold=True)
    para(doc, "　各税目等の収納率について、次のとおり目標を定めます。令和６年度は決算見込みです。")
    rows = [["税目等", "区分", "実績", "見込", "目標", "", ""],
            ["", "", "令和５年度", "令和６年度", "令和７年度", "令和８年度", "令和９年度"]]
    for d, seglab, seg, vals in TARGETS:
        rows.append([d, seglab] + [f"{v:.2f}%" for v in vals])
        for (yl, fy, basis), v in zip(TARGET_COLS, vals):
            facts.append(F(d, fy, yl, seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", anchor="４　数値目標"))
    table(doc, rows, [38, 24, 21, 21, 21, 21, 21], size=9, header_rows=2,
          aligns=["left", "center"] + ["right"] * 5,
          merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 0, 6)])
    para(doc, "　また、計画の最終年度である令和９年度末までに、市税等の収入未済額を10億円以下とすることを目指します。",
         before=4)
    facts.append(F(None, 2027, "令和９年度末", "total", "outstanding", "target", 1000000000, "yen", "10億円",
                   anchor="４　数値目標", debt_raw=None))
    para(doc, "５　具体的な取組", size=11.5, bold=True, before=8)
    for head, items in TORIKUMI:
        para(doc, head, bold=True, before=3)
        for lab, text, tag, wrap in items:
            if wrap:
                para(doc, f"{lab}　{text}", indent_mm=4)
                para(doc, f"【{tag}】", indent_mm=4)
            else:
                para(doc, f"{lab}　{text}【{tag}】", indent_mm=4)
            inits.append(I(None, 2025, "具体的な取組", head.split("　")[0] + lab, text, tag,
                           anchor="５　具体的な取組"))

    # ---------------- page: 税目ごとの取組
    page_break(doc)
    para(doc, "６－１　税目ごとの取組（国民健康保険税）", size=11.5, bold=True)
    para(doc, "　国民健康保険税は、現年課税分の収納率を令和９年度に94.60％まで高めることを目標に、次の取組を進めます。")
    facts.append(F("国民健康保険税", 2027, "令和９年度", "current", "collection_rate", "target", 94.60, "percent",
                   "94.60％", anchor="６－１"))
    lines = []
    for lab, text, tag, wrap in KOKUHO:
        if wrap:
            lines += [f"{lab}　{text}", f"【{tag}】"]
        else:
            lines.append(f"{lab}　{text}【{tag}】")
        inits.append(I("国民健康保険税", 2025, "税目ごとの取組（国民健康保険税）", lab, text, tag, anchor="６－１"))
    box(doc, lines, 160)
    para(doc, "６－２　税目ごとの取組（介護保険料）", size=11.5, bold=True, before=10)
    para(doc, "主な取組", bold=True)
    for lab, text, tag in KAIGO:
        para(doc, f"{lab}{text}" + (f"【{tag}】" if tag else ""), indent_mm=3)
        inits.append(I("介護保険料", 2025, "税目ごとの取組（介護保険料）", lab, text, tag, anchor="６－２"))
    para(doc, "６－３　税目ごとの取組（後期高齢者医療保険料）", size=11.5, bold=True, before=10)
    cell = "\n".join(f"{lab}　{text}【{tag}】" for lab, text, tag in KOUKI)
    table(doc, [["課題", "今後の対応"], [KOUKI_KADAI, cell]], [60, 110], size=9.5, aligns=["left", "left"])
    for lab, text, tag in KOUKI:
        inits.append(I("後期高齢者医療保険料", 2025, "税目ごとの取組（後期高齢者医療保険料）", lab, text, tag,
                       anchor="６－３"))
    para(doc, "７　計画の進行管理", size=11.5, bold=True, before=10)
    para(doc, "　本計画の数値目標の達成状況は、毎年度、大崎市市税等収納対策本部会議において検証し、"
              "その結果を翌年度の取組に反映させます。")

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "osaki")
    document = {"kind": "plan", "municipality": CITY, "title": f"{TITLE}（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return pdf, document, facts, inits


if __name__ == "__main__":
    pdf, document, facts, inits = build()
    write_gold(STEM, pdf, document, facts, inits)
