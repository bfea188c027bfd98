"""Hand-written figures of the blind 推進シート edition (尼崎市, 第2次計画の中間見直し, 令和7年2月).

The document is an imagined mid-term revision of 第2次尼崎市債権管理推進計画: the 推進シート show the five
settled years 令和元年度〜令和5年度 and targets for 令和7年度〜令和9年度. Each sheet's ledger is kept in the
unit the sheet prints (円 or 千円); 収入未済額 is 調定額 − 収入済額 − 不納欠損額 and each year's 滞納繰越
調定額 is the previous year's 収入未済額, so every printed table adds up.
"""
from __future__ import annotations

from dataclasses import dataclass, field

HISTORY_YEARS = (2019, 2020, 2021, 2022, 2023)
TARGET_YEARS = (2025, 2026, 2027)
CURRENT_YEAR = 2024  # 令和6年度: the year of the revision (体制, 令和6年度の取組)


@dataclass(frozen=True)
class Year:
    """One settled year of a sheet, in the sheet's printed unit."""

    cur_assessed: int
    cur_collected: int
    arr_collected: int
    written_off: int
    delinquents: int


@dataclass(frozen=True)
class Target:
    """One plan year's targets: rates in percent (None prints '－'), outstanding in the printed unit."""

    current_rate: float | None
    arrears_rate: float
    outstanding: int


@dataclass(frozen=True)
class Measure:
    """One bullet of section 7: its column (0 = 令和6年度, 1 = 令和7〜9年度), tag and text."""

    column: int
    text: str
    status: str | None = None


@dataclass(frozen=True)
class Sheet:
    """One 債権管理推進シート."""

    debt: str
    canonical: str
    department: str
    unit: str  # '円' or '千円'
    overview: list[str]
    staff: list[str]
    first_arrears: int  # 令和元年度の滞納繰越調定額
    years: list[Year]
    targets: list[Target]
    labels: dict[str, str]  # printed labels: current, arrears, total, rate, delinquents
    delinquent_unit: str  # persons / households / cases
    explanation: list[str]
    review: list[str]
    target_note: str
    prevention: list[Measure] = field(default_factory=list)
    enforcement: list[Measure] = field(default_factory=list)


SHEETS: list[Sheet] = [
    Sheet(
        debt="国民健康保険料",
        canonical="国民健康保険料",
        department="国保年金課",
        unit="円",
        overview=["【強制徴収公債権】時効期間：２年",
                  "国民健康保険事業費納付金の納付に要する費用等に充てるため、国民健康保険法第76条の規定に基づき徴収するもの"],
        staff=["(1) 収納管理担当：一般職５名、行政事務員１名、事務補助員４名",
               "(2) 収納推進担当：一般職11名、OB事務員１名、行政事務員(推進員)６名、委託業者１社"],
        first_arrears=2_094_976_282,
        years=[
            Year(8_273_106_644, 7_772_372_662, 489_853_849, 359_780_610, 7_893),
            Year(7_821_697_606, 7_395_274_282, 422_109_615, 253_087_388, 7_180),
            Year(8_080_784_174, 7_703_691_882, 377_411_892, 192_108_336, 7_122),
            Year(7_912_345_678, 7_589_012_345, 341_234_567, 170_123_456, 6_854),
            Year(7_801_234_567, 7_499_876_543, 318_765_432, 149_876_543, 6_511),
        ],
        targets=[Target(96.10, 30.50, 880_412_000), Target(96.40, 31.50, 821_905_000),
                 Target(96.70, 32.50, 765_230_000)],
        labels={"current": "現年", "arrears": "滞納繰越", "total": "計", "rate": "収納率",
                "delinquents": "滞納世帯数(単位：世帯)"},
        delinquent_unit="households",
        explanation=[
            "滞納の要因としては、国保の被保険者には年金生活者や退職者などの低所得とされる人が多いことが一因であると考えられる。",
            "口座振替の加入促進や滞納処分の強化により、現年度分の収納率は令和元年度の93.95%から令和5年度の96.14%へと向上している。",
        ],
        review=[
            "令和5年度に取り組んだ主な収納対策は次のとおり。",
            "①短期被保険者証の交付、会計年度任用職員等による戸別徴収、給付申請時における納付指導",
            "②口座振替の利用促進(ペイジー口座振替受付サービス、Web口座振替受付サービスなど)",
            "③滞納処分の強化(調査債権の拡大、納付誓約の不履行世帯に対する早期の滞納処分)",
        ],
        target_note=("現年度分については、全国の同規模保険者の収納率の推移を踏まえ、令和9年度の目標を96.70%とし、"
                     "各年度の達成目標を段階的に設定した。滞納繰越分については、兵庫県内の同規模保険者の平均収納率を"
                     "令和9年度の目標とした。"),
        prevention=[
            Measure(0, "保険料の口座振替を強く推奨し、Web口座振替受付サービスによる加入勧奨を行う。"),
            Measure(0, "電子マネー決済サービスの対象を拡大し、納付しやすい環境を整備する。"),
            Measure(1, "資格重複者の調査及び国保からの脱退手続きの勧奨を積極的に行い、保険料の適正賦課に取り組む。", "継続"),
            Measure(1, "納付書に二次元コードを印字し、スマートフォン決済による納期内納付を促す。", "新規"),
        ],
        enforcement=[
            Measure(0, "短期被保険者証の交付や推進員による戸別徴収など従来からの取組に加え、早期の滞納処分を行う。"),
            Measure(0, "携帯電話事業者や信販会社に対する照会を実施し、滞納者の預貯金口座の捕捉に努める。"),
            Measure(1, "預金調査に係る電子照会の対象金融機関を拡大し、効率的な滞納処分を行う。", "拡充"),
            Measure(1, "収納業務委託を活用したSMS(ショートメッセージサービス)催告を実施する。", "新規"),
        ],
    ),
    Sheet(
        debt="下水道使用料",
        canonical="下水道使用料",
        department="公営企業局 料金担当",
        unit="千円",
        overview=["【強制徴収公債権】時効期間：５年",
                  "尼崎市下水道条例に基づき、公共下水道を使用する者から徴収するもの"],
        staff=["料金担当 一般職５名、行政事務員１名(水道料金と兼務)"],
        first_arrears=98_765,
        years=[
            Year(4_512_345, 4_478_901, 61_234, 2_345, 12_345),
            Year(4_398_210, 4_361_045, 42_118, 1_987, 11_876),
            Year(4_456_789, 4_422_456, 38_901, 1_654, 11_234),
            Year(4_401_234, 4_369_876, 35_012, 1_432, 10_987),
            Year(4_389_765, 4_360_123, 32_456, 1_298, 10_456),
        ],
        targets=[Target(99.35, 66.00, 44_500), Target(99.40, 67.00, 43_200), Target(99.45, 68.00, 42_000)],
        labels={"current": "現年度分", "arrears": "過年度分", "total": "合計", "rate": "徴収率",
                "delinquents": "滞納者数(単位：件)"},
        delinquent_unit="cases",
        explanation=[
            "(収納状況について)",
            "現年度分の徴収率は、口座振替などの自動払いの促進により、99%台の高い水準で推移している。",
            "(滞納の要因分析)",
            "滞納の主な要因としては、生活困窮や破産、無届転居等である。",
        ],
        review=[
            "水道料金と一体で徴収しており、給水停止の予告による納付折衝を継続したほか、弁護士法人による未収金回収業務委託の対象を拡大した。",
        ],
        target_note="過去の動向を踏まえ、現年度分は毎年度0.05ポイント、過年度分は毎年度1ポイントの向上を目標とする。",
        prevention=[
            Measure(0, "口座振替及びクレジットカード払いの促進に取り組み、滞納の発生を抑制する。"),
            Measure(1, "同左"),
        ],
        enforcement=[
            Measure(0, "納付折衝での約束が履行されない場合は速やかに給水停止を予告し、早期の納付を促す。"),
            Measure(1, "悪質な滞納者に対しては、差押え等の滞納処分を実施する。", "継続"),
            Measure(1, "水道料金と滞納者の情報共有を行い、効率的な滞納整理を実施する。", "拡充"),
        ],
    ),
    Sheet(
        debt="災害援護資金貸付金回収金",
        canonical="災害援護資金貸付金回収金",
        department="福祉課",
        unit="円",
        overview=["【私債権】時効期間：10年",
                  "阪神・淡路大震災の被災者の生活再建を目的として、災害弔慰金の支給等に関する法律に基づき貸し付けた資金の回収金"],
        staff=["福祉課 債権管理担当 係長１名、一般職２名、会計年度任用職員２名"],
        first_arrears=350_123_456,
        years=[
            Year(45_678_900, 30_123_456, 12_345_678, 0, 1_204),
            Year(40_123_000, 26_789_012, 10_987_654, 3_456_789, 1_152),
            Year(36_540_000, 24_876_543, 9_876_543, 12_345_678, 1_087),
            Year(31_200_000, 21_543_210, 8_765_432, 9_876_543, 1_015),
            Year(27_650_000, 19_876_543, 7_654_321, 8_765_432, 962),
        ],
        targets=[Target(72.00, 3.50, 300_000_000), Target(73.00, 3.60, 288_000_000),
                 Target(None, 3.70, 276_000_000)],
        labels={"current": "現年", "arrears": "滞納繰越", "total": "計", "rate": "収入率",
                "delinquents": "滞納者数(単位：人)"},
        delinquent_unit="persons",
        explanation=[
            "・借受人の高齢化や死亡により、保証人や相続人への請求が増加している。",
            "・少額償還を継続している者が多く、滞納繰越分の収入率は低い水準にとどまっている。",
        ],
        review=[
            "・償還が中断した借受人について、相続人調査を実施し、相続人への催告を行った。",
            "・回収の見込みがない債権については、債権管理条例に基づき債権放棄を行った。",
        ],
        target_note=("令和9年度は現年度分の償還期限が到来する貸付がないため、現年の目標収入率は設定しない。"
                     "滞納繰越分は少額償還者の継続的な納付を見込み、毎年度0.1ポイントの向上を目標とする。"),
        prevention=[
            Measure(0, "償還期日前に納付案内を送付し、納付忘れによる滞納を防止する。"),
            Measure(1, "借受人の死亡等に備え、相続人調査を計画的に実施する。", "継続"),
        ],
        enforcement=[
            Measure(0, "保証人への請求を徹底し、分割納付の履行管理を行う。"),
            Measure(1, "全庁的な非強制徴収債権の債権回収業務委託を活用し、弁護士による催告を行う。", "新規"),
            Measure(1, "回収の見込みがない債権は、債権管理条例に基づき債権放棄を行う。", "継続"),
        ],
    ),
]

#: The summary table of section 2: 令和元年度 and 令和5年度 収入未済額 (千円) of the 特定債権 and the rest.
#: (printed name, 種別, 令和元年度, 令和5年度); the sheets' debts repeat their own ledgers' figures.
SUMMARY: list[tuple[str, str, int, int]] = [
    ("市税", "強", 2_507_155, 1_612_348),
    ("国民健康保険料", "強", 1_746_076, 949_566),
    ("介護保険料", "強", 242_914, 221_087),
    ("介護保険事業費・返納金", "強・非", 113_930, 118_452),
    ("生活保護費返還金等収入", "強・非", 1_189_125, 1_143_276),
    ("児童福祉費負担金", "強", 169_685, 92_354),
    ("住宅家賃", "私", 267_611, 248_903),
    ("住宅資金貸付金", "私", 221_898, 98_765),
    ("水道料金", "私", 125_682, 109_876),
    ("下水道使用料", "強", 68_630, 46_270),
    ("災害援護資金貸付金回収金", "私", 353_333, 324_033),
    ("特定債権以外の債権", "強・非・私", 612_345, 587_654),
]

#: 市全体の目標: 令和9年度末の収入未済額 (億円, as printed).
CITY_TARGET_OKU = "40.5"

#: 全庁において取り組むべき事項: (heading, label, title, body). Titles carry the 【強・非・私】 scope tags.
CITYWIDE: list[tuple[str, str, str, str]] = [
    ("(1) 引き続き取り組む事項", "ア", "収納率の目標数値の設定及び当該目標数値達成のための指導の徹底【強・非・私】",
     "債権所管課において、引き続き債権ごとに収納率の目標数値を設定するとともに、目標達成に必要な指導を各部局内で行う。"),
    ("(1) 引き続き取り組む事項", "イ", "債権管理条例の遵守及び適正な権限の行使等【強・非・私】",
     "督促状の送付、延滞金の賦課等の基本的取組の実施を徹底し、債権の回収に必要な権限を適正に行使する。"),
    ("(1) 引き続き取り組む事項", "ウ", "「税情報の取得の同意」の規定【非・私】",
     "契約書、分納誓約書等に、債務不履行の場合に本市が課税情報等を取得することへの同意条項を規定する。"),
    ("(2) 新たに取り組む事項", "ア", "債権管理システムの導入による滞納情報の一元管理【強・非・私】",
     "債権所管課ごとに管理している滞納情報を共通のシステムで管理し、滞納者の状況把握と事務の効率化を図る。"),
    ("(2) 新たに取り組む事項", "イ", "キャッシュレス納付の全庁的な拡大【強・非・私】",
     "スマートフォン決済等のキャッシュレス納付を未導入の債権に順次拡大し、納期内納付を促す。"),
]
