"""Data of the round-3 blind edition: 令和5年度 進捗管理 (annual progress) of 第2次尼崎市債権管理推進計画, built in Excel.

Base figures are written out; rates and totals are derived so that every printed table adds up
(収納率 = 収入済額 ÷ 調定額, 収入未済額 = 計調定額 − 計収入済額 − 不納欠損額).
"""
from __future__ import annotations

from dataclasses import dataclass, field

STEM = "amagasaki_suishin_r3_r5_shinchoku"
TITLE = "第2次尼崎市債権管理推進計画 令和5年度進捗管理（債権管理推進シート）"
DATE_RAW = "令和6年8月"
YEARS = [2019, 2020, 2021, 2022, 2023]          # 直近5か年 (令和元年度〜令和5年度)
TARGET_YEARS = [2023, 2024, 2025, 2026, 2027]   # 計画期間 (令和5年度〜令和9年度)


@dataclass
class Sheet:
    """One 債権管理推進シート (two printed pages)."""
    debt: str
    kind: str                     # 【強制徴収公債権】 etc.
    office: str
    unit: str                     # '円' or '千円' for table 3
    cur_assessed: list[int]
    cur_collected: list[int]
    arr_assessed: list[int]
    arr_collected: list[int]
    written_off: list[int]
    delinquents: list[int]
    delinq_label: str
    delinq_unit: str              # persons / households / cases
    target_cur: list[float]       # 令和5〜9年度 現年 収納率目標
    target_arr: list[float]
    target_out: list[int]         # 収入未済額目標 (円)
    measures: list[tuple[str, str, str, str]] = field(default_factory=list)  # (方策, 区分, 取組内容, 実施状況)
    notes: list[str] = field(default_factory=list)


def rate(c: int, a: int) -> float:
    """収納率 (%) rounded to two decimals, half up, as Excel prints it."""
    return float(f"{(c * 10000 + a // 2) // a / 100:.2f}") if a else 0.0


SHEETS = [
    Sheet(
        debt="介護保険料", kind="【強制徴収公債権】時効期間２年", office="健康福祉局福祉部介護保険事業担当", unit="円",
        cur_assessed=[12_508_331_420, 12_642_118_300, 12_791_605_180, 12_930_447_260, 13_064_902_140],
        cur_collected=[12_401_203_611, 12_547_339_087, 12_702_441_915, 12_846_120_588, 12_985_333_702],
        arr_assessed=[401_226_514, 389_004_170, 372_615_882, 349_118_740, 331_540_207],
        arr_collected=[62_104_337, 66_811_205, 70_318_946, 71_902_366, 73_815_049],
        written_off=[118_394_215, 112_006_377, 107_242_150, 102_133_828, 98_660_153],
        delinquents=[14_820, 14_255, 13_906, 13_312, 12_870], delinq_label="滞納者数（人）", delinq_unit="persons",
        target_cur=[99.35, 99.40, 99.45, 99.50, 99.55], target_arr=[21.50, 22.00, 22.50, 23.00, 23.50],
        target_out=[240_000_000, 232_000_000, 224_000_000, 216_000_000, 208_000_000],
        measures=[
            ("滞納抑制の方策", "継続", "年金からの特別徴収に移行するまでの普通徴収期間中の被保険者に対し、口座振替の勧奨を行う",
             "資格取得時の案内に口座振替依頼書を同封し、新規登録は1,214件となった"),
            ("滞納抑制の方策", "拡充", "納付書にスマートフォン決済用のバーコードを印字し、キャッシュレス納付の対象を広げる",
             "令和5年4月から全ての納付書で利用可能とした"),
            ("徴収強化の方策", "継続", "督促状送付後も未納の者に対し、文書及び電話による催告を年3回実施する",
             "一斉催告を6月、10月、2月に実施した"),
            ("徴収強化の方策", "新規", "高額滞納者について預貯金の電子照会を行い、判明した財産の差押えを実施する",
             "電子照会を延べ842件行い、差押えを57件実施した"),
        ],
        notes=["現年度分収納率は99.39%となり、目標の99.35%を0.04ポイント上回った。",
               "滞納繰越分収納率は22.26%となり、目標を達成した。"]),
    Sheet(
        debt="国民健康保険料", kind="【強制徴収公債権】時効期間２年", office="総務局市民サービス部国保年金課", unit="千円",
        cur_assessed=[14_201_884, 13_965_207, 13_702_519, 13_390_846, 13_118_402],
        cur_collected=[13_453_301, 13_272_611, 13_062_904, 12_809_712, 12_577_033],
        arr_assessed=[2_031_562, 1_759_430, 1_540_118, 1_377_206, 1_212_432],
        arr_collected=[398_806, 371_245, 350_907, 326_433, 301_877],
        written_off=[295_611, 268_477, 212_845, 206_289, 192_540],
        delinquents=[17_904, 16_522, 15_380, 14_106, 13_245], delinq_label="滞納世帯数（世帯）", delinq_unit="households",
        target_cur=[95.90, 96.00, 96.10, 96.20, 96.30], target_arr=[24.50, 25.00, 25.50, 26.00, 26.50],
        target_out=[1_230_000_000, 1_180_000_000, 1_130_000_000, 1_080_000_000, 1_030_000_000],
        measures=[
            ("滞納抑制の方策", "継続", "新規加入時に口座振替の申込みを窓口で受け付け、口座振替率の向上を図る",
             "ペイジー口座振替受付サービスにより窓口での申込みを2,806件受け付けた"),
            ("滞納抑制の方策", "継続", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行管理を徹底する",
             "納付相談を延べ3,118件実施した"),
            ("徴収強化の方策", "拡充", "財産調査の結果、納付資力があると判断した滞納世帯には速やかに差押えを行う",
             "差押件数は1,021件（前年度比112件増）となった"),
            ("徴収強化の方策", "新規", "市税と国民健康保険料の双方を滞納している世帯について、納税課と合同で滞納整理を行う",
             "対象世帯を抽出し、合同での催告を試行した"),
        ],
        notes=["現年度分収納率は95.87%となり、目標の95.90%に0.03ポイント届かなかった。"]),
    Sheet(
        debt="下水道使用料", kind="【強制徴収公債権】時効期間５年", office="公営企業局上下水道部料金担当", unit="円",
        cur_assessed=[5_102_448_930, 4_611_730_215, 5_048_906_372, 5_010_224_861, 4_982_517_044],
        cur_collected=[5_068_221_507, 4_582_409_318, 5_018_115_208, 4_980_667_310, 4_953_801_289],
        arr_assessed=[92_615_204, 89_249_118, 84_130_560, 80_212_045, 77_406_320],
        arr_collected=[61_702_880, 58_914_006, 56_447_381, 54_385_117, 53_019_764],
        written_off=[6_842_629, 6_402_094, 5_877_122, 5_294_175, 4_871_406],
        delinquents=[21_406, 20_318, 19_972, 19_504, 18_866], delinq_label="滞納件数（件）", delinq_unit="cases",
        target_cur=[99.40, 99.41, 99.42, 99.43, 99.44], target_arr=[68.00, 68.30, 68.60, 68.90, 69.20],
        target_out=[49_000_000, 48_500_000, 48_000_000, 47_500_000, 47_000_000],
        measures=[
            ("滞納抑制の方策", "継続", "水道料金と合わせた口座振替及びクレジットカード払いの利用を促進する",
             "自動払いの利用率は88.4%となった"),
            ("徴収強化の方策", "継続", "長期・高額の滞納者について委託業者と定期的にモニタリングを行い、早期の納付折衝を行う",
             "毎月の定例会議で個別案件の進捗を確認した"),
            ("徴収強化の方策", "拡充", "納付に応じない滞納者に対しては、財産調査を行ったうえで滞納処分を実施する",
             "差押えを14件実施した"),
        ],
        notes=["現年度分収納率は99.42%となり、目標の99.40%を上回った。"]),
]

# 1 特定債権の収入未済額一覧 (千円): debts without a sheet in this edition, 令和4年度 and 令和5年度
OTHER_DEBTS = [
    ("市税", "強", 1_802_415, 1_688_730),
    ("生活保護費返還金等収入", "強・非", 1_203_588, 1_236_904),
    ("児童福祉費負担金", "強", 96_204, 88_517),
    ("住宅家賃", "私", 258_116, 249_803),
    ("住宅資金貸付金", "私", 80_441, 78_902),
    ("水道料金", "私", 114_206, 112_835),
]


def yen(sheet: Sheet, v: int) -> int:
    """A table-3 figure in yen."""
    return v * (1000 if sheet.unit == "千円" else 1)


def totals(sheet: Sheet) -> dict[str, list]:
    """Every printed row of table 3 (直近5か年の収納状況), in printed units."""
    ta = [a + b for a, b in zip(sheet.cur_assessed, sheet.arr_assessed)]
    tc = [a + b for a, b in zip(sheet.cur_collected, sheet.arr_collected)]
    out = [a - c - w for a, c, w in zip(ta, tc, sheet.written_off)]
    return {
        "cur_rate": [rate(c, a) for c, a in zip(sheet.cur_collected, sheet.cur_assessed)],
        "arr_rate": [rate(c, a) for c, a in zip(sheet.arr_collected, sheet.arr_assessed)],
        "tot_assessed": ta, "tot_collected": tc,
        "tot_rate": [rate(c, a) for c, a in zip(tc, ta)],
        "outstanding": out,
    }


def outstanding_sen(sheet: Sheet, i: int) -> int:
    """収入未済額 of year index i rounded to 千円 (for the summary table)."""
    v = yen(sheet, totals(sheet)["outstanding"][i])
    return (v + 500) // 1000
