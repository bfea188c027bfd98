"""Data of the third minutes set: two editions that differ from the corpus and the second set in layout and wording.

- saitama_minutes_031: another edition of the さいたま市 議事要旨 series (in person, a year later): title on two lines
  (議　事　要　旨 spaced), headings that print their value on the same line (１　日　時　令和６年…), the method in a
  part of its own, role groups without a colon (本部員　都市戦略本部長、総務局長、… wrapping), the discussion under
  「会議の概要」, speaker labels printed inline before the statement （財政局長）「市税」は…, and a closing section
  whose heading names the speaker without から/より (本部長総括).
- aoba_minutes_r7_1: a 議事録 of a fictional city (あおば市): 1. / 2. headings, attendees in a ruled table
  (区分 | 職名 | 氏名, merged 区分 cells), agenda items without markers (one wraps onto a second line), the proceedings
  under 「議事」 (the same word as the agenda), speaker labels with a colon (会長：…), and a statistics table whose
  segments (現年度分・過年度分・計) are column groups, in 円 with % signs and ▲ differences.

Every printed text and figure below is the single source of the PDFs and of their gold.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Say:
    """One speaker block: the printed label, the speaker as the gold names it, and its paragraphs."""

    label: str | None  # None: the section heading names the speaker
    speaker: str
    paras: tuple[str, ...]
    table_after: bool = False


@dataclass(frozen=True)
class Section:
    """A sub-heading of the discussion and its speaker blocks."""

    heading: str  # as printed, with its number
    title: str  # the gold section: the heading without its number
    says: tuple[Say, ...]


# ------------------------------------------------------------------------------------------- さいたま市 第31回

A_STEM = "saitama_minutes_031"
A_TITLE_LINES = ("第３１回さいたま市債権回収対策本部会", "議　事　要　旨")
A_TITLE = "第31回さいたま市債権回収対策本部会 議事要旨"
A_HEADER = "第３１回さいたま市債権回収対策本部会"
A_DATE, A_DATE_RAW = "2024-07-24", "令和6年7月24日(水)"
A_METHOD = "対面及びオンライン(Web会議)の併用"
A_HEAD_PARTS = (
    ("１　日　時", "令和６年７月２４日（水）午前１０時００分～午前１１時１５分"),
    ("２　場　所", "さいたま市役所本庁舎３階　特別会議室"),
    ("３　開催方法", "対面及びオンライン（Ｗｅｂ会議）の併用"),
)
A_ATTENDEE_HEADING = "４　出席者（本部長・本部員１２名・事務局３名）"
A_ATTENDEES = (
    ("本部長", ("副市長",)),
    ("本部員", ("都市戦略本部長", "総務局長", "財政局長", "市民局長", "保健福祉局長", "子ども未来局長", "環境局長",
             "都市局長", "建設局長", "北区長", "岩槻区長", "副教育長")),
    ("事務局", ("税務部長", "収納対策課長", "債権整理推進室長")),
)
A_AGENDA = ("令和５年度債権回収実施計画の実績報告について", "令和６年度債権回収実施計画について", "その他")
A_MATERIALS = ("資料１　令和５年度債権回収実施計画実績報告書", "資料２　令和６年度債権回収実施計画",
               "参考資料　さいたま市債権管理条例の運用状況")
A_DISCUSSION_HEADING = "７　会議の概要"
A_SECTIONS = (
    Section("（１）令和５年度債権回収実施計画の実績報告について", "令和5年度債権回収実施計画の実績報告について", (
        Say("（収納対策課長）", "収納対策課長", (
            "資料１に基づき、令和５年度の実績を報告する。全債権の収入未済額は約１０４億円で、前年度末から約６億"
            "２，０００万円減少した。市税の収納率は９９．２％で、前年度を０．１ポイント上回り、政令指定都市の中でも上位の"
            "水準を維持している。",
            "一方で、非強制徴収公債権と私債権の収入未済額は前年度とほぼ同額であり、債務者の財産調査や法的措置の活用が"
            "十分に進んでいない所管もある。今年度は、収納対策課による各所管への個別支援を拡充する。",
        )),
        Say("（財政局長）", "財政局長", (
            "「市税」は、現年課税分の早期納付を促すため、納期限後２０日以内に督促状を発送し、その後の電話催告を"
            "コールセンターに委託した。滞納繰越分は、高額困難事案を収納対策課に集約して処理した結果、前年度比で約３億円"
            "圧縮できた。",
            "令和６年度は、スマートフォン決済の対象税目を拡大し、納付書へのＱＲコード付設と合わせて、納付の利便性を"
            "高める。",
        )),
        Say("（保健福祉局長）", "保健福祉局長", (
            "「国民健康保険税」は、現年度分の収納率が９５．１％と前年度を０．３ポイント上回った。口座振替の原則化を"
            "進め、加入手続の際に口座振替の申込みを受け付けている。",
            "「介護保険料」は、普通徴収の被保険者に対して、納期限前の案内通知を送付しており、滞納者数は減少傾向にある。",
            "「生活保護費返還金」は、各区福祉課のケースワーカーが分納の相談に応じており、少額でも継続した納付につながる"
            "よう努めている。",
        )),
        Say("（本部長）", "本部長", (
            "非強制徴収公債権と私債権の収入未済額が横ばいであることは課題である。所管課だけで抱え込まず、収納対策課の"
            "支援や弁護士への相談を積極的に活用してほしい。",
        )),
    )),
    Section("（２）令和６年度債権回収実施計画について", "令和6年度債権回収実施計画について", (
        Say("（収納対策課長）", "収納対策課長", (
            "資料２に基づき説明する。令和６年度の計画では、各債権の数値目標を前年度実績以上に設定し、取組ごとに【継続】"
            "【拡充】【新規】の別を明示した。新たに、債権管理システムの標準化に合わせて、債務者情報を所管間で照会できる"
            "仕組みの検討を始める。",
        )),
        Say("（子ども未来局長）", "子ども未来局長", (
            "「保育施設等利用者負担額」は、令和６年４月から児童手当からの特別徴収の対象を広げた。「放課後児童健全育成"
            "事業保護者負担金」は、ＷＥＢ口座振替の利用者が全体の３割を超えた。引き続き、入所時の口座振替の勧奨を徹底する。",
        )),
        Say("（建設局長）", "建設局長", (
            "「下水道事業受益者負担金」は、長期滞納者の財産調査を進め、預金の差押えを実施した。「市営住宅使用料」は、"
            "明渡し請求訴訟の対象者の選定基準を見直し、連帯保証人への早期の働きかけを行う。",
            "住宅の入居者には高齢の単身世帯が多いことから、福祉部局と連携し、生活状況に応じた納付相談を行っていく。",
        )),
        Say("（北区長）", "北区長", (
            "区役所で徴収事務を行っている債権は件数が多く、一件ごとの金額は少額である。区で対応が困難な事案については、"
            "引継ぎの基準を明確にしたうえで、収納対策課に引き継げるようにしてほしい。",
        )),
        Say("（税務部長）", "税務部長", (
            "高額困難事案の集中処理に関する引継要領を改定し、区役所からの引継ぎの基準を明記する。改定後の要領は次回の本部会"
            "で報告する。",
        )),
    )),
    Section("（３）本部長総括", "本部長総括", (
        Say(None, "本部長", (
            "市税をはじめとする各債権の収納率は着実に向上しているが、非強制徴収公債権と私債権には課題が残っている。各所管"
            "においては、実施計画に掲げた数値目標の達成に向けて、取組を着実に進めていただきたい。",
            "また、債権回収は市民負担の公平性を確保するための重要な取組である。効果的な取組は所管を越えて共有し、全庁で"
            "収入未済額の圧縮に取り組んでほしい。",
        )),
    )),
)


# ------------------------------------------------------------------------------------------- あおば市 令和7年度第1回

B_STEM = "aoba_minutes_r7_1"
B_TITLE = "令和7年度 第1回あおば市債権管理推進会議 議事録"
B_HEADER = "あおば市債権管理推進会議"
B_DATE, B_DATE_RAW = "2025-05-28", "令和7年5月28日(水)"
B_METHOD = "Web会議併用"
B_HEAD_PARTS = (
    ("1. 開催日時", "令和7年5月28日（水）午後2時00分～午後3時30分"),
    ("2. 開催場所", "あおば市役所本庁舎5階 501会議室"),
    ("3. 会議形式", "Web会議併用（Zoom）"),
)
B_ATTENDEE_HEADING = "4. 出席者"
B_ATTENDEE_TABLE = (
    ("区分", "職名", "氏名"),
    ("会長", "副市長", "青木 一郎"),
    ("副会長", "総務部長", "石井 直子"),
    ("委員", "市民生活部長", "上田 誠"),
    ("", "福祉部長", "江藤 美穂"),
    ("", "こども部長", "大野 剛"),
    ("", "都市整備部長", "加藤 修"),
    ("", "上下水道部長", "木村 聡"),
    ("事務局", "債権管理課長", "小林 直樹"),
    ("", "債権管理課長補佐", "近藤 由紀"),
)
B_AGENDA = ("令和6年度におけるあおば市の債権管理の取組結果及び主要債権の徴収実績(決算見込)並びに今後の課題について",
            "令和7年度あおば市債権管理推進計画の取組について", "その他")
B_MATERIALS = ("資料1 主要債権の徴収実績(令和6年度決算見込)", "資料2 令和7年度あおば市債権管理推進計画(案)")
B_DISCUSSION_HEADING = "7. 議事"
B_TABLE_CAPTION = "表 主要債権の徴収実績（令和6年度決算見込）（単位：円）"
B_SEGMENTS = (("現年度分", "current"), ("過年度分", "arrears"))


@dataclass(frozen=True)
class DebtRow:
    """One debt of the statistics table: 調定額 and 収入済額 in 円 for 現年度分 and 過年度分, last year's 計 徴収率."""

    name: str
    current: tuple[int, int]
    arrears: tuple[int, int]
    prev_total_rate: str


B_DEBTS = (
    DebtRow("市税", (21456789012, 21223456789), (612345678, 187654321), "97.12"),
    DebtRow("国民健康保険税", (4123456789, 3890123456), (987654321, 234567890), "80.05"),
    DebtRow("介護保険料", (3012345678, 2987654321), (98765432, 23456789), "96.80"),
    DebtRow("保育料", (512345678, 506789012), (34567890, 8765432), "93.15"),
    DebtRow("市営住宅使用料", (678901234, 665432109), (45678901, 7654321), "92.40"),
)


def q2(x: Decimal) -> Decimal:
    """A rate rounded half up to two decimals, as the table prints it."""
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def rate(pair: tuple[int, int]) -> Decimal:
    """収入済額 ÷ 調定額 in percent, rounded as printed."""
    return q2(Decimal(pair[1]) * 100 / Decimal(pair[0]))


def b_table_rows() -> list[list[str]]:
    """The statistics table as printed: two header rows, then one row per debt."""
    head = [["債権名", "現年度分", "", "", "過年度分", "", "", "計", ""],
            ["", "調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率", "徴収率", "前年度比"]]
    body = []
    for d in B_DEBTS:
        total = (d.current[0] + d.arrears[0], d.current[1] + d.arrears[1])
        diff = rate(total) - Decimal(d.prev_total_rate)
        cells = [d.name]
        for pair in (d.current, d.arrears):
            cells += [f"{pair[0]:,}", f"{pair[1]:,}", f"{rate(pair)}%"]
        cells += [f"{rate(total)}%", f"▲{-diff}" if diff < 0 else f"{diff}"]
        body.append(cells)
    return head + body


B_SECTIONS = (
    Section("(1) 令和6年度の債権管理の取組結果及び主要債権の徴収実績について",
            "令和6年度の債権管理の取組結果及び主要債権の徴収実績について", (
                Say("会長：", "会長", (
                    "ただいまから、令和7年度第1回あおば市債権管理推進会議を開会します。議題(1)について、事務局から説明を"
                    "お願いします。",)),
                Say("債権管理課長：", "債権管理課長", (
                    "資料1に基づき説明します。令和6年度の決算見込では、市税の現年度分の徴収率は98.91%となり、"
                    "前年度を上回る見込みです。国民健康保険税は、過年度分の徴収率が23.75%にとどまっています。主要債権の"
                    "状況は次の表のとおりです。",), table_after=True),
                Say("福祉部長：", "福祉部長", (
                    "国民健康保険税の過年度分については、資格喪失後に転出した方の滞納が多く、所在の確認に時間を要して"
                    "います。今年度は、転出先の自治体への照会を早い段階で行います。",)),
                Say("副会長：", "副会長", (
                    "市営住宅使用料の過年度分の徴収率が低い理由と、今後の対応を教えてください。",)),
                Say("都市整備部長：", "都市整備部長", (
                    "退去済みの方の滞納が大半を占めています。連帯保証人への請求を徹底するとともに、支払督促の申立てを"
                    "行う対象を拡大します。",)),
            )),
    Section("(2) 令和7年度あおば市債権管理推進計画の取組について", "令和7年度あおば市債権管理推進計画の取組について", (
        Say("債権管理課長：", "債権管理課長", (
            "資料2に基づき説明します。令和7年度は、債権管理条例に基づく徴収停止と債権放棄の基準を整理し、回収の見込めない"
            "債権を適正に処理します。また、各課の担当者向けに債権管理研修を年2回実施します。",)),
        Say("こども部長：", "こども部長", (
            "保育料は児童手当からの徴収を引き続き行います。研修には、新たに配属された職員を必ず参加させます。",)),
        Say("会長：", "会長", (
            "推進計画(案)について、ご意見はございますか。特になければ、案のとおり決定します。",)),
    )),
    Section("(3) その他", "その他", (
        Say("会長：", "会長", (
            "次回の会議は令和7年11月に開催する予定です。以上で本日の会議を終了します。",)),
    )),
)
