"""Content of the blind minutes edition: 第32回さいたま市債権回収対策本部会 議事要旨 (令和5年8月, 対面開催).

Written as an outside editor of the series would: other meeting, other attendees and debts, a 別表 of
令和4年度決算 figures in 千円 whose rows add up (収入未済額 = 調定額 − 収入済額 − 不納欠損額, 計 = 現年度分 +
滞納繰越分, 収納率 = 収入済額 ÷ 調定額 rounded half up to two decimals).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

STEM = "saitama_minutes_032_blind"
MEETING = 32
TITLE = "第３２回さいたま市債権回収対策本部会　議事要旨"
RUNNING_HEADER = "さいたま市債権回収対策本部会（第３２回）"
DATE_RAW = "令和５年８月２２日"
DATE_ISO = "2023-08-22"
METHOD = "対面開催（一部の本部員はＷｅｂ会議システムにより出席）"
FISCAL_YEAR = 2022  # 令和4年度決算
PREV_YEAR = 2021

#: (heading, lines) of the front matter; a line is printed as is.
FRONT: list[tuple[str, list[str]]] = [
    ("１　開催日時", ["令和５年８月２２日（火）　午前１０時００分から午前１１時１０分まで"]),
    ("２　開催場所", ["さいたま市役所　本庁舎４階　特別会議室"]),
    ("３　開催方法", [METHOD]),
    ("４　出席者（本部長・本部員１１名・事務局３名）", [
        "本部長：副市長",
        "本部員：都市戦略本部長、総務局長、財政局長、保健福祉局長、子ども未来局長、環境局長、都市局長、"
        "建設局長、浦和区長、岩槻区長、副教育長",
        "事務局：税務部長、収納対策課長、収納対策課参事",
    ]),
    ("５　議　題", [
        "（１）令和４年度債権回収実施計画の最終報告について",
        "（２）令和５年度債権回収実施計画について",
        "（３）債権管理の適正化に向けた区役所との連携について",
    ]),
    ("６　配布資料", [
        "資料１　令和４年度債権回収実施計画　最終報告",
        "資料２　令和５年度債権回収実施計画",
        "資料３　債権管理の適正化に向けた区役所との連携（案）",
        "別　表　令和４年度　主な債権の収納状況（決算）",
    ]),
]

ATTENDEES: list[tuple[str, str]] = [("本部長", "副市長")] + [
    ("本部員", t) for t in ("都市戦略本部長", "総務局長", "財政局長", "保健福祉局長", "子ども未来局長", "環境局長",
                           "都市局長", "建設局長", "浦和区長", "岩槻区長", "副教育長")
] + [("事務局", t) for t in ("税務部長", "収納対策課長", "収納対策課参事")]

AGENDA = [
    "令和4年度債権回収実施計画の最終報告について",
    "令和5年度債権回収実施計画について",
    "債権管理の適正化に向けた区役所との連携について",
]
MATERIALS = [
    "資料1 令和4年度債権回収実施計画 最終報告",
    "資料2 令和5年度債権回収実施計画",
    "資料3 債権管理の適正化に向けた区役所との連携(案)",
    "別表 令和4年度 主な債権の収納状況(決算)",
]


@dataclass(frozen=True)
class Speech:
    """One speaker block: `label` is printed as its own line unless `inline`; None means no label printed."""

    speaker: str
    label: str | None
    paragraphs: list[str]
    inline: bool = False


#: (section heading as printed, intro paragraph or None, speeches)
PROCEEDINGS: list[tuple[str, str | None, list[Speech]]] = [
    ("（１）令和４年度債権回収実施計画の最終報告について",
     "事務局から資料１及び別表に基づき説明を行った後、各所管局長から所管する債権の状況について報告があった。",
     [
         Speech("財政局長", "（財政局長）", [
             "「市税」は、現年課税分の収納率が９９．２８％となり、前年度と比べ０．０７ポイント上昇した。"
             "滞納繰越分については、高額滞納事案の集中処理を進めた結果、収納率は３３．０２％となり、"
             "前年度を上回った。収入未済額は約４５億２，８００万円で、前年度末から約３億１，０００万円減少した。",
             "令和４年度は、差押え等の滞納処分を早期に行うため、滞納発生から６か月以内の案件について"
             "財産調査を一斉に実施したほか、南北市税事務所納税課の滞納段階別の係体制を見直し、"
             "初期滞納の解消に重点を置いた。",
             "納付環境の整備として、令和４年１０月からＷＥＢ口座振替受付サービスを開始し、"
             "令和５年３月末現在で約４，２００件の申込みがあった。今後は地方税統一ＱＲコードを活用した"
             "納付の周知に努め、納期内納付の一層の推進を図る。",
         ]),
         Speech("保健福祉局長", "（保健福祉局長）", [
             "「国民健康保険税」は、現年課税分の収納率が前年度を上回ったものの、滞納繰越分は"
             "被保険者の高齢化や所得の減少により、収納率が伸び悩んでいる。口座振替の勧奨に加え、"
             "納税相談の予約制を導入し、分割納付の計画的な履行管理を行っている。",
             "「後期高齢者医療保険料」及び「介護保険料」については、特別徴収の割合が高く、"
             "現年度分の収納率は例年どおり高い水準で推移した。普通徴収分の未納者に対しては、"
             "年金受給日に合わせた電話催告を実施し、滞納の長期化を防いでいる。",
             "「生活保護費返還金」については、各区福祉課において保護費からの調整や分納誓約の取付けを進めて"
             "いるが、保護廃止後の返還が滞る事例が多い。今後は廃止時の納付指導を徹底するとともに、"
             "回収見込みのない債権については、債権管理条例に基づく放棄も含めて整理を進める。",
         ]),
         Speech("子ども未来局長", "（子ども未来局長）", [
             "「保育施設等利用者負担額」は、入所時の口座振替の原則化を進めた結果、口座振替率が約９２％"
             "となり、現年度分の収納率は９８．９５％となった。",
             "「放課後児童健全育成事業保護者負担金」については、令和５年度からコンビニエンスストア及び"
             "スマートフォン決済アプリでの納付を可能としたところであり、その効果を検証していく。",
         ]),
         Speech("都市局長", "（都市局長）", [
             "「市営住宅使用料」は、家賃の滞納が３か月に達した入居者に対して、指定管理者と連携して"
             "訪問による納付指導を行っている。明渡請求訴訟は令和４年度に５件提起した。退去者の滞納分は"
             "回収が困難なものが多く、連帯保証人への請求を強化している。",
         ], inline=True),
         Speech("建設局長", "(建設局長)", [
             "「下水道事業受益者負担金」は、下水道徴収員による臨戸訪問を継続し、現年度分の収納率は"
             "前年度並みを維持した。長期滞納者については、財産調査の結果に基づき、換価可能な財産が"
             "ないものの整理を進めている。",
         ]),
         Speech("副教育長", "（副教育長）", [
             "「入学準備金・奨学金貸付金」については、返還開始前の貸与者に返還制度の説明文書を送付したほか、"
             "初回の未納から１か月以内に電話催告を行うこととした。一方で、滞納繰越分の収納率は２割以下に"
             "とどまっており、収納対策課と連携して支払督促等の法的措置を検討していく。",
         ]),
     ]),
    ("（２）質疑応答", None, [
        Speech("本部長", "（本部長）", [
            "生活保護費返還金の収納率が低い状況が続いているが、保護廃止後の返還が滞る事例について、"
            "具体的にどのような対応を考えているのか伺いたい。",
        ]),
        Speech("保健福祉局長", "（保健福祉局長）", [
            "保護廃止の決定時に、ケースワーカーが返還金の残額と分納計画を書面で説明し、"
            "廃止後の連絡先を確認することとしている。また、令和５年度から、廃止後３か月を経過しても"
            "納付のない者については、区福祉課から収納対策課へ引継ぎを行う運用を試行している。",
        ]),
        Speech("本部長", "（本部長）", [
            "区役所で徴収事務を行っている債権について、区としての課題があれば伺いたい。",
        ]),
        Speech("浦和区長", "（浦和区長）", [
            "区では保育料や放課後児童クラブの負担金など複数の債権を扱っているが、"
            "同一世帯が複数の債権を滞納している例が少なくない。担当課ごとに催告を行っているため、"
            "世帯としての滞納状況を把握しにくいことが課題であり、情報共有の仕組みが必要と考える。",
        ]),
        Speech("岩槻区長", "（岩槻区長）", [
            "徴収業務の経験のある職員が少なく、異動により知識が引き継がれにくい。"
            "収納対策課による研修の回数を増やしていただくとともに、困難事案の相談窓口を"
            "明確にしていただきたい。",
        ]),
    ]),
    ("（３）本部長総括", None, [
        Speech("本部長", None, [
            "令和４年度は、市税をはじめ多くの債権で収納率が前年度を上回り、収入未済額も縮減した。"
            "各所管の取組の成果であり、引き続き取り組んでいただきたい。",
            "一方で、生活保護費返還金や奨学金貸付金など、非強制徴収公債権及び私債権については、"
            "回収が困難な債権が積み上がっている。債権管理条例に基づく徴収停止や放棄の手続を適切に進め、"
            "管理すべき債権の圧縮を図ること。",
            "また、区役所との連携については、資料３の案を基に、世帯単位での滞納情報の共有と、"
            "収納対策課による支援体制の充実を検討し、次回の本部会で報告するようお願いする。",
        ]),
    ]),
]


@dataclass(frozen=True)
class Segment:
    """One row of the 別表 (千円): assessed, collected, written off (None prints "－"), prior-year rate."""

    label: str
    assessed: int
    collected: int
    written_off: int | None
    prev_rate: str


@dataclass(frozen=True)
class DebtRows:
    """The rows of one debt in the 別表, with the bureau that manages it."""

    bureau: str
    name: str
    rows: tuple[Segment, Segment]  # 現年度分, 滞納繰越分; 計 is derived
    prev_total_rate: str


CUR, ARR, TOT = "現年度分", "滞納繰越分", "計"
TABLE_TITLE = "別表　令和４年度　主な債権の収納状況（決算）"
UNIT_NOTE = "（単位：千円、％、ポイント）"

TABLE: list[DebtRows] = [
    DebtRows("財政局", "市税", (Segment(CUR, 243512884, 241766302, 12451, "99.21"),
                             Segment(ARR, 4915337, 1623004, 498320, "31.87")), "97.05"),
    DebtRows("保健福祉局", "国民健康保険税", (Segment(CUR, 20125468, 19018233, 3105, "94.32"),
                                     Segment(ARR, 3856120, 1012884, 402311, "25.40")), "80.02"),
    DebtRows("保健福祉局", "後期高齢者医療保険料", (Segment(CUR, 12066352, 11993047, 0, "99.41"),
                                        Segment(ARR, 98114, 41006, 6120, "44.03")), "98.95"),
    DebtRows("保健福祉局", "介護保険料", (Segment(CUR, 18554201, 18327760, 102, "98.70"),
                                  Segment(ARR, 301877, 84920, 61408, "27.66")), "97.51"),
    DebtRows("保健福祉局", "生活保護費返還金", (Segment(CUR, 598742, 201330, 0, "35.18"),
                                     Segment(ARR, 2488190, 143605, 84520, "5.77")), "11.20"),
    DebtRows("子ども未来局", "保育施設等利用者負担額", (Segment(CUR, 4012665, 3970411, 0, "98.85"),
                                            Segment(ARR, 96340, 28177, 5218, "27.91")), "97.12"),
    DebtRows("子ども未来局", "放課後児童健全育成事業保護者負担金", (Segment(CUR, 1123507, 1110928, 0, "98.77"),
                                                  Segment(ARR, 21033, 6114, 902, "30.05")), "97.60"),
    DebtRows("都市局", "市営住宅使用料", (Segment(CUR, 1988406, 1961344, 0, "98.52"),
                                   Segment(ARR, 187320, 33617, 19877, "16.84")), "91.03"),
    DebtRows("建設局", "下水道事業受益者負担金", (Segment(CUR, 141227, 139001, None, "98.31"),
                                       Segment(ARR, 33508, 9877, 2116, "26.12")), "84.07"),
    DebtRows("教育委員会", "入学準備金・奨学金貸付金", (Segment(CUR, 154320, 140118, 0, "91.47"),
                                           Segment(ARR, 220415, 30512, 8803, "14.96")), "45.88"),
]


def rate(collected: int, assessed: int) -> str:
    """収納率 printed with two decimals, rounded half up."""
    return str((Decimal(collected) * 100 / Decimal(assessed)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def rows_with_total(d: DebtRows) -> list[dict[str, object]]:
    """The three printed rows of a debt (現年度分, 滞納繰越分, 計) with every column computed."""
    out: list[dict[str, object]] = []
    for s in d.rows:
        wo = s.written_off or 0
        out.append(dict(segment=s.label, assessed=s.assessed, collected=s.collected, written_off=s.written_off,
                        outstanding=s.assessed - s.collected - wo, rate=rate(s.collected, s.assessed),
                        prev_rate=s.prev_rate))
    a = sum(int(r["assessed"]) for r in out)  # type: ignore[call-overload]
    c = sum(int(r["collected"]) for r in out)  # type: ignore[call-overload]
    w = sum(int(r["written_off"] or 0) for r in out)  # type: ignore[call-overload]
    out.append(dict(segment=TOT, assessed=a, collected=c, written_off=w, outstanding=a - c - w, rate=rate(c, a),
                    prev_rate=d.prev_total_rate))
    return out


def diff_points(cur: str, prev: str) -> str:
    """The 増減 column: points with △ for a fall."""
    d = Decimal(cur) - Decimal(prev)
    return ("△" if d < 0 else "") + str(abs(d))
