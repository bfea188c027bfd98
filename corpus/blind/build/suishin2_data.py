"""Figures of the round-2 blind edition: 第1次 尼崎市債権管理推進計画 (平成31年2月, 平成31年度〜平成34年度).

Base inputs are typed here as a secretariat would key them into Word; the derived columns (収入未済額 =
調定額 − 収入済額 − 不納欠損額, 収納率 = 収入済額 ÷ 調定額 rounded half-up to 2 decimals) are computed so
that every printed table adds up. The same structures feed the builder and the gold writer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

ACTUAL_YEARS = [2013, 2014, 2015, 2016, 2017]          # 平成25〜29年度 (直近5か年)
TARGET_YEARS = [2019, 2020, 2021, 2022]                # 平成31〜34年度 (計画期間)


def heisei(year: int) -> str:
    """平成 label of a fiscal year as printed in a pre-令和 document (2020 → 平成32年度)."""
    return f"平成{year - 1988}年度"


def rate(num: int, den: int) -> Decimal:
    """Printed collection rate: num ÷ den in percent, rounded half-up to 2 decimals."""
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Segment:
    """One 現年/滞納繰越 block: assessed, collected, written off per year (in the table's unit)."""
    assessed: list[int]
    collected: list[int]
    written_off: list[int]

    def outstanding(self) -> list[int]:
        return [a - c - w for a, c, w in zip(self.assessed, self.collected, self.written_off)]

    def rates(self) -> list[Decimal]:
        return [rate(c, a) for a, c in zip(self.assessed, self.collected)]


def total(cur: Segment, arr: Segment) -> Segment:
    """The 計 block: the sum of 現年 and 滞納繰越."""
    return Segment([a + b for a, b in zip(cur.assessed, arr.assessed)],
                   [a + b for a, b in zip(cur.collected, arr.collected)],
                   [a + b for a, b in zip(cur.written_off, arr.written_off)])


@dataclass
class Sheet:
    """One 債権管理推進シート."""
    debt: str
    division: str
    kind: str                 # 【強制徴収公債権】 etc.
    overview: str
    staff: list[str]
    unit: str                 # '円' or '千円'
    layout: str               # 'classic' (seed-like) or 'blocks' (each block prints 不納欠損額・収入未済額)
    labels: dict[str, str]    # row labels as printed
    current: Segment
    arrears: Segment
    delinquents: list[int]
    delinquent_label: str     # '滞納者数(単位:人)' …
    delinquent_unit: str      # persons / households
    explanation: list[str]
    target_current: list[str]
    target_arrears: list[str]
    target_outstanding: list[int]
    target_note: str
    measures: dict[str, tuple[list[str], list[tuple[str, str]]]] = field(default_factory=dict)
    fullwidth_years: bool = False

    @property
    def all(self) -> Segment:
        return total(self.current, self.arrears)


KAIGO = Sheet(
    debt="介護保険料", division="介護保険事業担当", kind="【強制徴収公債権】時効期間：2年",
    overview="介護保険法第129条の規定に基づき、第1号被保険者から賦課し徴収する介護保険料",
    staff=["介護保険事業担当（賦課収納）　係長1名、一般職6名、嘱託員（徴収員）4名、事務補助員2名",
           "収納業務の一部（コールセンターによる電話催告）を民間事業者に委託"],
    unit="円", layout="classic",
    labels={"current": "現年", "arrears": "滞納繰越", "total": "計", "assessed": "調定額",
            "collected": "収入済額", "rate": "収納率", "written_off": "不納欠損額", "outstanding": "収入未済額計"},
    current=Segment(assessed=[10_412_305_200, 10_688_447_900, 11_304_918_600, 11_521_736_400, 11_796_052_300],
                    collected=[10_233_941_118, 10_519_086_552, 11_136_512_047, 11_367_388_211, 11_649_113_785],
                    written_off=[0, 0, 0, 0, 0]),
    arrears=Segment(assessed=[421_873_912, 412_180_505, 399_611_833, 383_902_517, 352_410_677],
                    collected=[52_316_040, 55_402_918, 57_990_112, 60_116_845, 63_887_209],
                    written_off=[95_814_517, 102_191_229, 107_525_634, 102_119_542, 96_420_116]),
    delinquents=[14_218, 13_907, 13_552, 12_861, 12_114], delinquent_label="滞納者数(単位:人)",
    delinquent_unit="persons",
    explanation=[
        "・現年度分の収納率は、特別徴収（年金からの差引き）の対象者が増加したことにより、平成25年度から平成29年度までの間に0.46ポイント向上した。",
        "・普通徴収の滞納者は、年金額が少なく生活に余裕のない高齢者が多く、納付折衝に時間を要している。",
        "・滞納繰越分は時効期間が2年と短いため、毎年度一定額の不納欠損が生じている。",
    ],
    target_current=["98.80", "98.85", "98.90", "98.95"],
    target_arrears=["18.50", "19.00", "19.50", "20.00"],
    target_outstanding=[245_000_000, 238_000_000, 231_000_000, 224_000_000],
    target_note="現年度分は平成29年度決算の収納率98.75%を上回る水準を、滞納繰越分は毎年度0.5ポイントの向上を目標とする。",
    measures={
        "滞納抑制の方策について": (
            ["・新たに65歳になった方に、納付書送付時に口座振替依頼書を同封し、口座振替を勧奨する。",
             "・普通徴収の未納者に対し、納期限後早期に電話催告を実施する。"],
            [("継続", "・【継続】新たに65歳になった方への口座振替の勧奨を継続し、口座振替率の向上を図る。"),
             ("新規", "・【新規】コンビニエンスストアでの納付に加え、スマートフォン決済による納付を導入する。"),
             ("拡充", "・【拡充】コールセンターによる電話催告の対象を、現年度分の初期滞納者全員に拡充する。")]),
        "徴収強化の方策について": (
            ["・預貯金等の財産調査を実施し、納付資力がありながら納付しない滞納者に対して差押えを行う。",
             "・保険給付の制限（支払方法の変更等）について事前に通知し、納付を促す。"],
            [("継続", "・【継続】財産調査に基づく差押えを計画的に実施する。"),
             ("拡充", "・【拡充】給付制限の対象となる滞納者への個別訪問を実施し、分納誓約の締結を進める。")]),
    },
)

KOUKI = Sheet(
    debt="後期高齢者医療保険料", division="後期高齢者医療制度担当", kind="【強制徴収公債権】時効期間：2年",
    overview="高齢者の医療の確保に関する法律第104条の規定に基づき、被保険者から徴収する後期高齢者医療保険料",
    staff=["後期高齢者医療制度担当　係長1名、一般職4名、事務補助員2名"],
    unit="円", layout="blocks",
    labels={"current": "現年度分", "arrears": "過年度分", "total": "合計", "assessed": "調定額",
            "collected": "収入済額", "rate": "収納率", "written_off": "不納欠損額", "outstanding": "収入未済額"},
    current=Segment(assessed=[5_215_402_300, 5_390_118_700, 5_561_927_400, 5_708_664_100, 5_893_215_900],
                    collected=[5_166_019_881, 5_342_904_337, 5_517_012_618, 5_665_215_009, 5_852_770_146],
                    written_off=[0, 0, 0, 0, 0]),
    arrears=Segment(assessed=[58_612_473, 55_917_204, 54_408_812, 51_336_105, 49_118_990],
                    collected=[14_210_334, 14_586_918, 15_003_741, 15_411_207, 15_982_615],
                    written_off=[8_902_611, 8_411_300, 8_015_226, 7_701_845, 7_214_538]),
    delinquents=[3_412, 3_305, 3_188, 3_021, 2_947], delinquent_label="滞納者数(人)", delinquent_unit="persons",
    explanation=[
        "・現年度分の収納率は、平成25年度の99.05%から平成29年度には99.31%へと上昇している。",
        "・過年度分は、時効による不納欠損の割合が高く、収納率は24%台から32%台へと改善している。",
    ],
    target_current=["99.35", "99.38", "99.41", "99.44"],
    target_arrears=["33.00", "33.50", "34.00", "34.50"],
    target_outstanding=[64_000_000, 62_500_000, 61_000_000, 59_500_000],
    target_note="兵庫県後期高齢者医療広域連合の県内平均収納率を参考に、段階的に目標を設定した。",
    measures={
        "滞納抑制の方策について": (
            ["・被保険者資格の取得時に、口座振替の案内を送付する。"],
            [("継続", "・【継続】資格取得時の口座振替勧奨を継続する。"),
             ("新規", "・【新規】納付相談の窓口を各支所にも設け、初期の段階で分納の相談に応じる。")]),
        "徴収強化の方策について": (
            ["・滞納者に対して督促状及び催告書を送付し、納付のない者には財産調査を実施する。"],
            [("継続", "・【継続】督促状・催告書の送付後、速やかに財産調査を行い、滞納処分を実施する。"),
             ("拡充", "・【拡充】介護保険料の滞納と重複する滞納者について、介護保険事業担当と連携した納付折衝を行う。")]),
    },
    fullwidth_years=True,
)

JUTAKU = Sheet(
    debt="住宅家賃", division="住宅管理担当", kind="【私債権】時効期間：5年",
    overview="公営住宅法第16条及び尼崎市営住宅の設置及び管理に関する条例の規定に基づき徴収する市営住宅の家賃",
    staff=["住宅管理担当（訴訟収納担当）　一般職3名、事務補助員1名",
           "指定管理者2社（南部地域・北部地域）"],
    unit="千円", layout="classic",
    labels={"current": "現年度", "arrears": "滞納繰越", "total": "計", "assessed": "調定額",
            "collected": "収入額", "rate": "収入率", "written_off": "不納欠損額", "outstanding": "収入未済額"},
    current=Segment(assessed=[2_941_306, 2_902_577, 2_861_940, 2_823_118, 2_786_460],
                    collected=[2_903_512, 2_866_015, 2_828_306, 2_793_207, 2_758_181],
                    written_off=[0, 0, 0, 0, 0]),
    arrears=Segment(assessed=[401_227, 384_815, 368_620, 350_118, 336_029],
                    collected=[28_401, 27_930, 28_116, 28_904, 29_866],
                    written_off=[26_205, 24_710, 22_386, 21_019, 0]),
    delinquents=[1_212, 1_168, 1_093, 1_004, 951], delinquent_label="滞納世帯数(世帯)",
    delinquent_unit="households",
    explanation=[
        "・現年度の収入率は98%台後半で推移しており、わずかながら上昇傾向にある。",
        "・滞納繰越分の約半数は退去者の滞納家賃であり、所在不明等により回収が困難なものが多い。",
        "・平成29年度は債権放棄による不納欠損処分を見送ったため、収入未済額の減少幅が小さくなった。",
    ],
    target_current=["99.00", "99.00", "99.05", "99.10"],
    target_arrears=["9.50", "10.00", "10.50", "11.00"],
    target_outstanding=[318_000, 305_000, 292_000, 280_000],
    target_note="滞納繰越分は、平成30年11月から開始した退去者滞納家賃等回収業務の弁護士法人への委託効果を見込み、段階的に設定した。",
    measures={
        "滞納抑制の方策について": (
            ["・滞納者及び連帯保証人に対し、滞納1月目から文書や電話による督促を行う。",
             "・指定管理者と市の三者で、毎月、納付意思の薄い世帯への対応策を協議する。"],
            [("継続", "・【継続】滞納1月目からの督促を、指定管理者と連携して漏れなく実施する。"),
             ("新規", "・【新規】家賃の口座振替制度の利用を入居説明会で原則化し、加入を促進する。")]),
        "徴収強化の方策について": (
            ["・悪質滞納者に対しては、住宅明渡し及び滞納家賃の支払いを求める訴えを提起する。",
             "・平成30年11月から、退去者滞納家賃等の回収業務を弁護士法人に委託した。"],
            [("継続", "・【継続】悪質滞納者に対する訴えの提起を、名義人と連帯保証人の連名で行う。"),
             ("拡充", "・【拡充】弁護士法人への回収業務の委託対象を、退去後1年を経過した全ての滞納者に拡充する。"),
             ("新規", "・【新規】個人情報調査同意書の取得を開始し、勤務先等の調査に活用する。")]),
    },
)

SHEETS = [KAIGO, KOUKI, JUTAKU]

#: 債権一覧 (千円, 千円未満四捨五入): name, 種別, outstanding at the end of 平成25年度 and 平成29年度.
#: The three sheet debts are taken from their sheets so the two tables agree.
OTHER_DEBTS = [
    ("市税", "強", 5_512_345, 3_438_650),
    ("国民健康保険料", "強", 4_381_906, 2_622_685),
    ("生活保護費返還金等収入", "強・非", 842_117, 1_062_208),
    ("災害援護資金貸付金回収金", "私", 512_330, 371_025),
    ("児童福祉費負担金", "強", 241_806, 195_086),
    ("住宅資金貸付金", "私", 262_410, 223_698),
    ("下水道使用料", "強", 171_523, 143_161),
    ("水道料金", "私", 158_204, 132_531),
]
SHEET_CLASS = {"介護保険料": "強", "後期高齢者医療保険料": "強", "住宅家賃": "私"}


def thousand(yen: int) -> int:
    """Yen to 千円, rounded half-up."""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def debt_list() -> list[tuple[str, str, int, int]]:
    """Rows of the 債権一覧 table in 千円 (special debts first, in plan order)."""
    rows = list(OTHER_DEBTS[:2])
    for s in SHEETS:
        out = s.all.outstanding()
        scale = 1 if s.unit == "千円" else None
        h25, h29 = (out[0], out[4]) if scale else (thousand(out[0]), thousand(out[4]))
        rows.append((s.debt, SHEET_CLASS[s.debt], h25, h29))
    rows.extend(OTHER_DEBTS[2:])
    return rows


ZENCHO = [  # 全庁において取り組むべき事項: (label, heading, classes, body)
    ("ア", "収納率の目標数値の設定及び当該目標数値達成のための指導の徹底", "強・非・私",
     "債権所管課において債権ごとに収納率の目標数値を設定し、各部局内で目標達成に必要な指導を行う。"),
    ("イ", "債権管理条例の遵守及び適正な権限の行使等", "強・非・私",
     "督促状の送付、延滞金の賦課等の基本的な取組を徹底し、滞納処分や解約権の行使等の権限を適正に行使する。"),
    ("ウ", "「名寄せ」の実施", "非・私",
     "複数の債権を滞納している者について、本人の同意を得たうえで情報を集約し、効率的な滞納整理を行う。"),
    ("エ", "弁護士その他の専門家の活用", "非・私",
     "回収が困難な債権について、弁護士等の専門家への回収業務の委託を検討する。"),
]
