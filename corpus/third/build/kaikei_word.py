"""Third-set PDF for the kaikei family: another edition of a ward's 債権管理重点プラン made in Word (若葉区, fictional).

Built by corpus/third/build/kaikei.py. It differs from the 世田谷区 corpus PDF the way a later edition of the same
series plausibly would: three years in the 会計別 table under a two-row header (収入未済額 over the years, no
西暦), the caption and its (単位：千円) on one line, six 会計, a 内訳 table whose value columns are 現年度分 /
滞納繰越分 / 計 and which flows over two pages without its header being printed again, a 収納率 sentence naming the
debt, 取組 items tagged at their end (【継続】…) with one item running over a page break, and a 債権ごとの個票 section
whose tables print the metrics as rows (調定額・収入額・収納率 under 現年分/滞繰分/計) and a 目標 table.
All figures are invented; the gold is written from the same data.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from corpus.build.kaikei import GOTHIC, MINCHO, add_field, cell_text, page_break, para, set_font, set_widths
from corpus.third.build.kaikei_gold import Locate, fact, numbered
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table
from saiken.normalize.text import fold
from saiken.normalize.numerals import to_fullwidth

STEM = "wakaba_kaikei_plan_r6_7"
MUNICIPALITY = "若葉区"
TITLE = "若葉区債権管理重点プラン（令和６年度～令和７年度）"
DATE_RAW, DATE_ISO = "令和６年３月", "2024-03-01"

# ------------------------------------------------------------------------------------------------ data
YEARS = (2020, 2021, 2022)
YEARS_RAW = ("令和２年度", "令和３年度", "令和４年度")
KAIKEI_CAPTION = "区の保有する全債権（会計別）にかかる収入未済額の推移　　　　（単位：千円）"
#: 会計 → 収入未済額 (千円) in 令和２年度, 令和３年度 (令和４年度 is the 内訳 table's 計 per 会計, in 千円).
EARLIER = {"一般会計": (4_812_334, 4_601_275), "国民健康保険事業会計": (4_702_118, 4_455_902),
           "後期高齢者医療会計": (251_806, 243_117), "介護保険事業会計": (372_559, 355_210),
           "学校給食費会計": (38_904, 36_115), "用地会計": (12_480, 11_902)}


@dataclass
class Debt:
    """One 債権 row of the 内訳 table (円)."""

    account: str
    kan: str
    name: str
    current: int
    arrears: int

    @property
    def total(self) -> int:
        """現年度分 + 滞納繰越分."""
        return self.current + self.arrears


UCHIWAKE_YEAR, UCHIWAKE_YEAR_RAW = 2022, "令和４年度（２０２２年度）"
UCHIWAKE_CAPTION = "令和４年度（２０２２年度）　区の保有する全債権にかかる収入未済額内訳"
UCHIWAKE_HEADER = ("会計名称", "款名称等", "債権名", "現年度分", "滞納繰越分", "計")
DEBTS = [
    Debt("一般会計", "特別区税", "特別区民税", 1_021_445_310, 1_702_118_407),
    Debt("一般会計", "特別区税", "軽自動車税（種別割）", 9_804_200, 24_511_730),
    Debt("一般会計", "諸収入", "奨学資金等貸付金返還金", 3_120_000, 52_884_116),
    Debt("一般会計", "諸収入", "女性福祉資金貸付金返還金（利子含）", 1_205_400, 44_390_228),
    Debt("一般会計", "諸収入", "応急小口資金貸付金返還金", 0, 27_664_081),
    Debt("一般会計", "諸収入", "生活保護費返還金", 301_227_450, 1_205_332_870),
    Debt("一般会計", "諸収入", "児童手当等返還金", 2_404_000, 16_870_500),
    Debt("一般会計", "諸収入", "学童クラブ間食費", 88_000, 402_500),
    Debt("一般会計", "諸収入", "心身障害者福祉手当・福祉手当過払い金", 402_000, 2_911_780),
    Debt("一般会計", "諸収入", "原状回復工事費", 0, 3_340_440),
    Debt("一般会計", "諸収入", "使用料相当額弁償金", 1_120_000, 5_664_480),
    Debt("一般会計", "諸収入", "区立保育園入所者給食費収入", 1_884_200, 4_302_160),
    Debt("一般会計", "分担金及負担金", "保育園保育料", 21_304_650, 162_008_442),
    Debt("一般会計", "分担金及負担金", "養護老人ホーム入所者負担金", 120_000, 1_010_372),
    Debt("一般会計", "使用料及手数料", "区営住宅使用料（共益費含）", 6_912_300, 51_204_818),
    Debt("一般会計", "使用料及手数料", "区立幼稚園保育料", 211_000, 1_622_150),
    Debt("一般会計", "使用料及手数料", "新ＢＯＰ（学童クラブ）利用料", 1_502_200, 6_811_900),
    Debt("一般会計", "使用料及手数料", "高齢者集合住宅使用料", 204_000, 1_346_940),
    Debt("一般会計", "使用料及手数料", "公園有料施設料", 88_500, 576_020),
    Debt("一般会計", "使用料及手数料", "けやきネットシステム登録手数料", 61_000, 823_500),
    Debt("国民健康保険事業会計", "国民健康保険料", "国民健康保険料", 1_110_204_336, 3_021_770_541),
    Debt("国民健康保険事業会計", "諸収入", "第三者行為損害賠償金等", 1_802_000, 7_311_274),
    Debt("国民健康保険事業会計", "諸収入", "無資格受診等返還金等", 12_004_118, 57_464_003),
    Debt("後期高齢者医療会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 61_220_400, 175_259_731),
    Debt("介護保険事業会計", "保険料", "介護保険料", 88_110_250, 232_771_090),
    Debt("介護保険事業会計", "諸収入", "居宅介護サービス給付費返納金", 2_110_300, 18_830_402),
    Debt("学校給食費会計", "給食費", "学校給食費", 4_880_120, 29_090_215),
    Debt("用地会計", "財産収入", "土地貸付収入", 1_200_000, 10_402_311),
]


def per_account() -> dict[str, int]:
    """The 内訳 table's 計 per 会計 in yen."""
    out: dict[str, int] = {}
    for d in DEBTS:
        out[d.account] = out.get(d.account, 0) + d.total
    return out


def kaikei_rows() -> list[tuple[str, tuple[int, int, int]]]:
    """(会計, 千円 per year) rows and the 合計 row of the 会計別 table."""
    now = per_account()
    rows = [(name, (a, b, round(now[name] / 1000))) for name, (a, b) in EARLIER.items()]
    rows.append(("合計", tuple(sum(r[1][k] for r in rows) for k in range(3))))  # type: ignore[misc]
    return rows  # type: ignore[return-value]


def total_oku() -> int:
    """The 令和４年度 total rounded to 億円 for the prose."""
    return round(sum(per_account().values()) / 100_000_000)


@dataclass
class Kohyo:
    """One 個票 (債権ごとの取組み): the 収納の現況 table (千円, three years) and the 目標 収納率."""

    number: int
    debt: str
    current: list[tuple[int, int]]  # (調定額, 収入額) per year
    arrears: list[tuple[int, int, int]]  # (調定額, 収入額, 不納欠損額) per year
    targets: tuple[tuple[float, float], tuple[float, float]]  # (現年分, 滞繰分) for 令和６年度, 令和７年度

    def rows(self) -> list[tuple[str, str, str, str, list[float]]]:
        """(区分, 項目, segment, metric, values per year) in print order; amounts in 千円, rates in %."""
        def rate(a: int, c: int) -> float:
            return round(c / a * 100, 2)

        cur_a, cur_c = [a for a, _ in self.current], [c for _, c in self.current]
        arr_a, arr_c, arr_w = ([x[k] for x in self.arrears] for k in range(3))
        tot_a = [a + b for a, b in zip(cur_a, arr_a)]
        tot_c = [a + b for a, b in zip(cur_c, arr_c)]
        tot_o = [a - c - w for a, c, w in zip(tot_a, tot_c, arr_w)]
        return [("現年分", "調定額", "current", "assessed", cur_a), ("", "収入額", "current", "collected", cur_c),
                ("", "収納率（％）", "current", "collection_rate", [rate(a, c) for a, c in zip(cur_a, cur_c)]),
                ("滞繰分", "調定額", "arrears", "assessed", arr_a), ("", "収入額", "arrears", "collected", arr_c),
                ("", "不納欠損額", "arrears", "written_off", arr_w),
                ("", "収納率（％）", "arrears", "collection_rate", [rate(a, c) for a, c in zip(arr_a, arr_c)]),
                ("計", "調定額", "total", "assessed", tot_a), ("", "収入額", "total", "collected", tot_c),
                ("", "収入未済額", "total", "outstanding", tot_o),
                ("", "収納率（％）", "total", "collection_rate", [rate(a, c) for a, c in zip(tot_a, tot_c)])]


KOHYO = [
    Kohyo(1, "特別区民税", [(80_212_334, 79_180_102), (82_004_511, 81_002_387), (83_560_220, 82_538_775)],
          [(2_301_772, 702_118, 190_203), (2_110_456, 688_940, 170_455), (2_050_302, 702_557, 158_208)],
          ((99.10, 36.00), (99.15, 37.00))),
    Kohyo(2, "国民健康保険料", [(22_410_332, 20_902_118), (21_880_417, 20_481_003), (21_502_660, 20_392_456)],
          [(5_502_336, 1_204_887, 701_554), (5_198_331, 1_187_204, 644_016), (4_912_418, 1_245_330, 603_440)],
          ((93.80, 26.50), (94.00, 27.50))),
]
KOHYO_HEADER = ("区分", "項目", "令和２年度", "令和３年度", "令和４年度")
TARGET_HEADER = ("区分", "令和６年度目標", "令和７年度目標")

#: ４ 今後の取組み: (subsection, [(mark, status, text)]); the status tag is printed at the end of the item.
TORIKUMI: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    ("（１）適正な債権管理の推進", [
        ("①", "継続", "債権を担当する全所管課に対し、債権管理台帳の整備や交渉記録の必要性など、債権を管理するうえでの"
                     "基本的な事項を周知徹底する。"),
        ("②", "新規", "債権管理の手引きを改訂し、所管課が行う時効の管理と法令に基づく納付緩和措置の手順を示す。"),
    ]),
    ("（２）滞納の未然防止", [
        ("①", "拡充", "Ｗｅｂ口座振替受付サービスの対象を特別区民税から国民健康保険料、介護保険料へ広げ、口座振替の"
                     "勧奨を積極的に行う。"),
        ("②", "継続", "区のおしらせやホームページ、ＳＮＳで納付方法を周知し、期限内納付を促す。"),
        ("③", "新規", "スマートフォン決済アプリによる納付を保育園保育料、学校給食費にも導入する。"),
    ]),
    ("（３）徴収体制の強化", [
        ("①", "継続", "滞納整理の早期着手の観点から、特別区民税、国民健康保険料、介護保険料、保育園保育料、学校給食費に"
                     "ついては、引き続き電話催告センターを活用する。また、ＳＭＳ催告の対象債権を広げ、その効果を検証しながら"
                     "滞納初期の納付勧奨を強化するとともに、催告後に納付のない滞納者には速やかに財産調査を行い、差押え等の"
                     "滞納処分へつなげていく。あわせて、所管課の間で催告の時期と文面をそろえ、区民にわかりやすい案内とする。"),
        ("②", "拡充", "預貯金照会電子化サービスの対象金融機関を広げ、財産調査の期間を短縮する。"),
    ]),
    ("（４）私法上の債権における履行確保の強化", [
        ("", None, "再三の催告にも関わらず正当な理由もなく納付がない場合は、弁護士に債権の整理・回収を委任し、"
                   "看過できない案件は司法的手段による対応を図る。"),
    ]),
]
TORIKUMI_BREAK = (2, 0)  # the page breaks inside this item (subsection index, item index), after its first sentence

SECTION1 = [
    "令和６年度の財政見通しは、歳入の根幹である特別区民税において、物価の上昇や定額減税の影響が見込まれるとともに、"
    "ふるさと納税による税収減が年々拡大するなど、引き続き厳しい状況が続くものと見込まれる。",
    "区は、これまで特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済がある状況を踏まえ、債権管理重点"
    "プランを策定して、収納率の向上と収入未済額の縮減に取組み、一定の成果を上げてきたところである。しかしながら、予断を"
    "許さない財政状況を鑑み、引き続き、持続可能で強固な財政基盤の確立に加え、区民負担の公平性、公正性の確保に向けて"
    "収納率の向上を目指し、適正な債権管理に努めていく必要がある。",
    "そこで、新たに令和６年度～令和７年度における債権管理重点プランを策定する。本プランでは、目標収納率に関しての根拠を"
    "明確に示し、区の適切な債権管理について、区民への説明責任を果たしていくとともに、ＤＸの推進による債権管理事務の"
    "効率化など、各種債権のより一層の適切な管理に努め、滞納の予防や債権回収に向けた取組みを着実に進めていく。",
]
PROSE_RATE = ("特別区民税", 2022, "令和４年度", 98.62)  # a rate stated in the prose for one debt


# ------------------------------------------------------------------------------------------------ document
def header_footer(section: object, running: bool) -> None:
    """A running title at the top right and a centred page number (none on the cover)."""
    section.header.is_linked_to_previous = False  # type: ignore[attr-defined]
    section.footer.is_linked_to_previous = False  # type: ignore[attr-defined]
    if not running:
        return
    hp = section.header.paragraphs[0]  # type: ignore[attr-defined]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("若葉区債権管理重点プラン"), MINCHO, 8)
    fp = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")


def grid_table(doc: object, nrows: int, widths: list[float]) -> object:
    """An empty ruled table of nrows × len(widths), centred."""
    t = doc.add_table(rows=nrows, cols=len(widths))  # type: ignore[attr-defined]
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    return t


def merged(t: object, r0: int, c0: int, r1: int, c1: int, text: str, center: bool = True, size: float = 9) -> None:
    """Merge the slots r0..r1 × c0..c1 and write text in the merged cell."""
    cell = t.cell(r0, c0).merge(t.cell(r1, c1))  # type: ignore[attr-defined]
    cell_text(cell, text, center=center, size=size)


def kaikei_table(doc: object) -> None:
    """The 会計別 table: 会計 | 収入未済額 over three years (two-row header)."""
    rows = kaikei_rows()
    t = grid_table(doc, len(rows) + 2, [56, 36, 36, 36])
    merged(t, 0, 0, 1, 0, "会計", size=10)
    merged(t, 0, 1, 0, 3, "収入未済額", size=10)
    for k, y in enumerate(YEARS_RAW, start=1):
        cell_text(t.cell(1, k), y, center=True, size=10)  # type: ignore[attr-defined]
    for r, (name, values) in enumerate(rows, start=2):
        cell_text(t.cell(r, 0), name, center=name.startswith("合"), size=10)  # type: ignore[attr-defined]
        for c, v in enumerate(values, start=1):
            cell_text(t.cell(r, c), f"{v:,}", right=True, size=10)  # type: ignore[attr-defined]


def runs(values: list[str]) -> list[tuple[int, int]]:
    """(first, last) index of each run of equal values."""
    out, start = [], 0
    for k in range(1, len(values) + 1):
        if k == len(values) or values[k] != values[start]:
            out.append((start, k - 1))
            start = k
    return out


def uchiwake_table(doc: object) -> None:
    """The 内訳 table: merged 会計 and 款 cells, 現年度分 / 滞納繰越分 / 計 columns, a 合計 row; no repeated header."""
    t = grid_table(doc, len(DEBTS) + 2, [26, 28, 56, 28, 28, 28])
    for row in t.rows:  # type: ignore[attr-defined]
        row.height, row.height_rule = Mm(7.5), WD_ROW_HEIGHT_RULE.AT_LEAST
    for c, h in enumerate(UCHIWAKE_HEADER):
        cell_text(t.cell(0, c), h, center=True)  # type: ignore[attr-defined]
    for r, d in enumerate(DEBTS, start=1):
        cell_text(t.cell(r, 2), d.name)  # type: ignore[attr-defined]
        for c, v in enumerate((d.current, d.arrears, d.total), start=3):
            cell_text(t.cell(r, c), f"{v:,}" if v else "－", right=True)  # type: ignore[attr-defined]
    for col, key in ((0, lambda d: d.account), (1, lambda d: (d.account, d.kan))):
        values = [key(d) for d in DEBTS]
        for a, b in runs(values):
            text = DEBTS[a].account if col == 0 else DEBTS[a].kan
            if b > a:
                merged(t, a + 1, col, b + 1, col, text, center=False)
            else:
                cell_text(t.cell(a + 1, col), text)  # type: ignore[attr-defined]
    last = len(DEBTS) + 1
    merged(t, last, 0, last, 2, "合　　計")
    for c, v in enumerate(uchiwake_totals(), start=3):
        cell_text(t.cell(last, c), f"{v:,}", right=True)  # type: ignore[attr-defined]


def uchiwake_totals() -> tuple[int, int, int]:
    """The 合計 row of the 内訳 table."""
    return (sum(d.current for d in DEBTS), sum(d.arrears for d in DEBTS), sum(d.total for d in DEBTS))


def kohyo_tables(doc: object, k: Kohyo) -> None:
    """One 個票: heading, the 収納の現況 table (metrics as rows) and the 目標 table."""
    para(doc, f"（{to_fullwidth(str(k.number))}）{k.debt}", GOTHIC, 11, True)
    para(doc, "①　収納の現況（推移）", GOTHIC, 10.5, indent_mm=2)
    para(doc, "（単位：千円）", MINCHO, 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    rows = k.rows()
    t = grid_table(doc, len(rows) + 1, [22, 34, 32, 32, 32])
    for c, h in enumerate(KOHYO_HEADER):
        cell_text(t.cell(0, c), h, center=True)  # type: ignore[attr-defined]
    starts = [r for r, row in enumerate(rows) if row[0]] + [len(rows)]
    for a, b in zip(starts, starts[1:]):
        merged(t, a + 1, 0, b, 0, rows[a][0])
    for r, (_, item, _, metric, values) in enumerate(rows, start=1):
        cell_text(t.cell(r, 1), item)  # type: ignore[attr-defined]
        for c, v in enumerate(values, start=2):
            text = f"{v:.2f}" if metric == "collection_rate" else f"{int(v):,}"
            cell_text(t.cell(r, c), text, right=True)  # type: ignore[attr-defined]
    para(doc, "", space_after=4)
    para(doc, "②　目標", GOTHIC, 10.5, indent_mm=2)
    t = grid_table(doc, 3, [56, 40, 40])
    for c, h in enumerate(TARGET_HEADER):
        cell_text(t.cell(0, c), h, center=True)  # type: ignore[attr-defined]
    for r, seg in enumerate(("現年分収納率（％）", "滞繰分収納率（％）"), start=1):
        cell_text(t.cell(r, 0), seg)  # type: ignore[attr-defined]
        for c, year_targets in enumerate(k.targets, start=1):
            cell_text(t.cell(r, c), f"{year_targets[r - 1]:.2f}", right=True)  # type: ignore[attr-defined]


def item_text(mark: str, status: str | None, text: str) -> str:
    """An item as printed: mark, text, and the status tag at its end."""
    tag = f"【{status}】" if status else ""
    return f"{mark}　{text}{tag}" if mark else f"{text}{tag}"


def torikumi(doc: object) -> None:
    """Section ４: subsections and items, with a page break inside TORIKUMI_BREAK's item."""
    para(doc, "４　今後の取組み", GOTHIC, 12, True)
    for s, (heading, items) in enumerate(TORIKUMI):
        para(doc, heading, GOTHIC, 10.5, True)
        for i, (mark, status, text) in enumerate(items):
            printed = item_text(mark, status, text)
            if (s, i) == TORIKUMI_BREAK:
                cut = printed.index("。") + 1
                para(doc, printed[:cut], indent_mm=4)
                page_break(doc)
                para(doc, printed[cut:], indent_mm=4)
            else:
                para(doc, printed, indent_mm=4, first_mm=0 if mark else 3.7)


def prose_page(doc: object) -> None:
    """Section ２ with the figures stated in sentences, and section ３ (no figures)."""
    para(doc, "２　これまでの取組みにおける実績評価と課題", GOTHIC, 12, True)
    para(doc, to_fullwidth(f"令和４年度（２０２２年度）の区の保有する全債権にかかる収入未済額は約{total_oku()}億円であった。"
                           f"前期プラン策定時の約１０７億円（令和２年度（２０２０年度））と比較すると約{107 - total_oku()}億円"
                           "の減となっており、前期プランの取組みが一定の成果を上げたものと評価できる。"),
         indent_mm=4, first_mm=3.7)
    debt, _, year_raw, value = PROSE_RATE
    para(doc, to_fullwidth(f"また、{debt}の収納率は、{year_raw}に{value:.2f}％となり、前年度から０．２ポイント上昇した。")
         .replace(".", "．"), indent_mm=4, first_mm=3.7)
    para(doc, "（１）実績", GOTHIC, 10.5, True)
    para(doc, "①　現年分徴収の徹底", GOTHIC, 10.5, indent_mm=2)
    para(doc, "口座振替の利用促進、文書、電話及び訪問による催告を確実に行い、現年分徴収の徹底を図った。", indent_mm=4,
         first_mm=3.7)
    para(doc, "３　プランの目的と考え方", GOTHIC, 12, True)
    para(doc, "持続可能で強固な財政基盤を構築していくため、収納率の向上及び収入未済額の縮減を図ることを目的とし、"
              "債権管理重点プラン（令和６年度～令和７年度）を策定する。", indent_mm=4, first_mm=3.7)


def build_office(base: Path) -> Path:
    """Cover; section １ with the 会計別 table and the 内訳 table flowing onto the next page; prose; 取組; 個票."""
    doc = DocxDocument()
    set_font(doc.styles["Normal"], MINCHO, 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    header_footer(sec, running=False)
    for _ in range(8):
        para(doc, "")
    para(doc, "若葉区債権管理重点プラン", GOTHIC, 26, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "（令和６年度～令和７年度）", GOTHIC, 16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=160)
    para(doc, DATE_RAW, MINCHO, 14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, MUNICIPALITY, MINCHO, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(body, running=True)
    para(doc, "１　区民負担の公平性・公正性の確保に向けて", GOTHIC, 12, True)
    for text in SECTION1:
        para(doc, text, indent_mm=4, first_mm=3.7)
    para(doc, "＜区の債権の状況＞", GOTHIC, 10.5)
    para(doc, KAIKEI_CAPTION, GOTHIC, 10.5)
    kaikei_table(doc)
    para(doc, "各会計の収入未済額を款及び債権ごとに分けると、次のとおりである。", indent_mm=4, first_mm=3.7)
    para(doc, UCHIWAKE_CAPTION, GOTHIC, 10.5)
    para(doc, "（単位：円）", MINCHO, 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    uchiwake_table(doc)
    page_break(doc)
    prose_page(doc)
    page_break(doc)
    torikumi(doc)
    page_break(doc)
    para(doc, "５　債権ごとの取組み", GOTHIC, 12, True)
    for k in KOHYO:
        kohyo_tables(doc, k)
        if k is not KOHYO[-1]:
            page_break(doc)
    dest = base.with_suffix(".docx")
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest))
    return dest


# ------------------------------------------------------------------------------------------------ gold
def gold(locate: Locate, source: Source) -> Document:
    """The gold record; `locate` finds the page a printed text is on (from a page onward)."""
    facts: list[Fact] = []
    p_kaikei = locate("＜区の債権の状況＞")
    for name, values in kaikei_rows():
        for year, raw, v in zip(YEARS, YEARS_RAW, values):
            facts.append(fact(name.replace("　", ""), year, raw, "total", "outstanding", "actual", v * 1000, "yen",
                              f"{v:,}", p_kaikei))
    rows = [(d.name, (d.current, d.arrears, d.total)) for d in DEBTS] + [("合計", uchiwake_totals())]
    for name, values in rows:
        page = locate(f"{values[2]:,}", p_kaikei)
        for seg, v in zip(("current", "arrears", "total"), values):
            if v:
                facts.append(fact(name, UCHIWAKE_YEAR, UCHIWAKE_YEAR_RAW, seg, "outstanding", "actual", v, "yen",
                                  f"{v:,}", page))
    p = locate("２　これまでの取組み")
    facts.append(fact(None, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual",
                      total_oku() * 100_000_000, "yen", to_fullwidth(f"約{total_oku()}億円"), p, approx=True))
    facts.append(fact(None, 2020, "令和２年度（２０２０年度）", "total", "outstanding", "actual", 10_700_000_000, "yen",
                      "約１０７億円", p, approx=True))
    debt, year, year_raw, value = PROSE_RATE
    facts.append(fact(debt, year, year_raw, "total", "collection_rate", "actual", value, "percent",
                      to_fullwidth(f"{value:.2f}").replace(".", "．") + "％", p))
    for k in KOHYO:
        page = locate(f"（{to_fullwidth(str(k.number))}）{k.debt}", locate("５　債権ごとの取組み"))
        for _, _, seg, metric, values in k.rows():
            for year, raw, v in zip(YEARS, YEARS_RAW, values):
                if metric == "collection_rate":
                    facts.append(fact(k.debt, year, raw, seg, metric, "actual", v, "percent", f"{v:.2f}", page))
                else:
                    facts.append(fact(k.debt, year, raw, seg, metric, "actual", int(v) * 1000, "yen",
                                      f"{int(v):,}", page))
        for (year, raw), targets in zip(((2024, "令和６年度"), (2025, "令和７年度")), k.targets):
            for seg, v in zip(("current", "arrears"), targets):
                facts.append(fact(k.debt, year, raw, seg, "collection_rate", "target", v, "percent", f"{v:.2f}", page))
    start = locate("４　今後の取組み")
    inits = [Initiative(section=section, label=label, text=text, status=status,  # type: ignore[arg-type]
                        page=locate(text[:20], start))
             for section, label, status, text in numbered(TORIKUMI)]
    rows_t = [["会計", "収入未済額", "", ""], ["", *YEARS_RAW]] + \
        [[n, *(f"{v:,}" for v in vals)] for n, vals in kaikei_rows()]
    rows_t = [[fold(c) for c in r] for r in rows_t]
    return Document(source=source, document=DocumentInfo(kind="plan", family="kaikei", municipality=MUNICIPALITY, title=TITLE,
                                          date=DATE_ISO, date_raw=DATE_RAW),
                    facts=facts, initiatives=inits, tables=[Table(page=p_kaikei, bbox=(0, 0, 0, 0), rows=rows_t)])
