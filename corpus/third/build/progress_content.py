"""Content of the third-set progress sheets: two further editions of the same series, written as plain data.

Single source for the PDFs (progress_sheets.py lays out the .xlsx edition, progress_word.py the .docx edition) and
for the gold records (progress.py). What differs from the corpus and the second set, on purpose:
- edition A (大阪市 令和３年度 ２月末, Excel): a title without 後半の取組, `２月末収納率` with `前年同月`, colons,
  a debt line without 整理番号, three blocks side by side (滞納繰越分 / 現年課税分 / 合計), a debt printed without any
  segment label (one block, segment total), ○ / 1. / ア labels, 〔継続〕 tags, 進捗状況 instead of 取組状況, an item
  list continued on the next page without a heading, a ward table with a No. column, the 合計 row last, a
  `前年度` column without a year and differences printed with ▲ and no %;
- edition B (南浦市 平成30年度 10月末, Word): rates in a table (segments as rows, rate kinds as columns), half-width
  brackets, `前年度同期`, `決算見込み`, segment labels above the rate lines (【現年度分】), [継続] tags and tags at the
  end of an item, items flowing over a page break, a ward table with two debts side by side, split over two pages.
Figures are fictitious but consistent (totals lie between their parts).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    """One 取組 item: printed label (or ''), status tag (or None), text without label and tag, tag placement."""

    label: str
    text: str
    status: str | None = None
    tag_at_end: bool = False


@dataclass(frozen=True)
class RateLine:
    """One printed rate: kind ('interim', 'estimate', 'target'), this year's and the previous year's value."""

    kind: str
    value: str
    prev: str


@dataclass(frozen=True)
class Block:
    """Rates of one segment ('' when the sheet prints no segment label)."""

    segment: str
    rates: list[RateLine]


@dataclass(frozen=True)
class Debt:
    """Everything printed for one debt."""

    name: str  # as printed on the 債権名 line
    dept: str
    blocks: list[Block]
    items: list[Item]
    content: list[Item] = field(default_factory=list)
    status: list[Item] = field(default_factory=list)


def rl(interim: tuple[str, str], estimate: tuple[str, str], target: tuple[str, str]) -> list[RateLine]:
    """The three rate lines of a block."""
    return [RateLine("interim", *interim), RateLine("estimate", *estimate), RateLine("target", *target)]


# ---------------------------------------------------------------- edition A: 大阪市 令和３年度 ２月末 (Excel)
A_STEM = "osaka_progress_r3_feb"
A_CITY = "大阪市"
A_FY, A_MONTH = 2021, 2
A_TITLE = "令和３年度　年度末に向けた取組について"
A_STATUS_TITLE = "令和３年度　未収債権に関する具体取組内容の進捗状況（２月末）"
A_HEADER = "大阪市債権管理対策会議 資料（令和４年２月末）"
A_SECTION = "主な取組内容"
A_STATUS = "進捗状況（２月末）"
A_CONTENT = "取組内容"
A_TAG = "〔{}〕"

A_SHIZEI = Debt(
    name="市税", dept="財政局税務部収税課",
    blocks=[Block("滞納繰越分", rl(("40.2％", "38.9％"), ("45.0％", "43.8％"), ("45.0％", "44.0％"))),
            Block("現年課税分", rl(("93.4％", "93.1％"), ("99.1％", "99.0％"), ("99.2％", "99.1％"))),
            Block("合計", rl(("90.6％", "90.0％"), ("97.6％", "97.3％"), ("97.7％", "97.4％")))],
    items=[
        Item("○", "高額滞納事案については、市税事務所ごとに担当者を定め、財産調査から差押えまでを年度内に完了させる。",
             "継続"),
        Item("○", "年度末の納期限到来分について、電話催告と文書催告を組み合わせた集中催告を２月から３月にかけて実施する。",
             "継続"),
        Item("○", "スマートフォン決済アプリによる納付を案内し、現年課税分の納期内納付を促す。", "新規"),
        Item("○", "滞納処分の執行停止案件を再点検し、資力の回復した者には速やかに停止を取り消して徴収する。", "拡充"),
    ],
    content=[
        Item("ア", "差押件数の目標を12,000件とし、給与・預貯金の差押えを優先して実施する。"),
        Item("イ", "インターネット公売を年４回実施し、不動産の換価を進める。"),
        Item("ウ", "納税推進センターにおける納付約束の履行率を85%以上とする。"),
    ],
    status=[
        Item("ア", "差押件数は２月末で10,418件（前年同期9,877件）となり、目標の87%に達している。"),
        Item("イ", "インターネット公売を３回実施し、動産18点、不動産２件を売却した。"),
        Item("ウ", "納付約束の履行率は２月末で84.1%であり、３月に未履行者への再催告を行う。"),
    ],
)

A_SHOGAKU = Debt(
    name="奨学金返還金", dept="こども青少年局企画部青少年課",
    blocks=[Block("", rl(("61.8％", "60.5％"), ("66.0％", "65.1％"), ("66.5％", "65.5％")))],
    items=[
        Item("1.", "返還開始前の説明会で、口座振替による返還と返還猶予制度を説明し、初回からの滞納を防ぐ。"),
        Item("2.", "滞納１か月の者に電話で連絡し、滞納３か月以上の者には連帯保証人にも文書で請求する。"),
        Item("3.", "住所不明者について住民票の職権取得を行い、新しい住所に督促状を送付する。"),
        Item("4.", "支払督促の申立てを年間30件以上行い、異議のない案件は仮執行宣言を得て強制執行に移る。"),
        Item("5.", "経済的理由で返還が困難な者には、返還猶予や分割返還の相談に応じ、返還計画を作成する。"),
        Item("6.", "債権回収業務の委託先と月１回の進捗会議を開き、回収の困難な案件を市に戻して法的措置をとる。"),
        Item("7.", "時効の援用を受けた債権や回収の見込みのない債権は、債権放棄の手続きを進める。"),
        Item("8.", "返還者向けのウェブページを改め、返還方法の変更手続きをオンラインで受け付ける。"),
    ],
    content=[Item("・", "滞納３か月以上の者を債権回収業務の委託先に引き継ぎ、電話と文書による催告を行う。"),
             Item("・", "支払督促・強制執行の法的措置を計画的に進める。")],
    status=[Item("・", "委託先への引継ぎは２月末で412件、うち回収済みは138件（回収額21,460千円）である。"),
            Item("・", "支払督促の申立ては２月末で27件、強制執行は４件実施した。")],
)
A_SHOGAKU_SPLIT = 5  # items on the first page; the rest continue on the next page without a heading

A_KOKUHO = Debt(
    name="国民健康保険料", dept="福祉局生活福祉部保険年金課",
    blocks=[Block("現年度分", rl(("84.9％", "85.3％"), ("90.2％", "90.0％"), ("90.2％", "90.0％"))),
            Block("滞納繰越分", rl(("22.7％", "23.5％"), ("25.1％", "24.4％"), ("25.1％", "24.4％")))],
    items=[
        Item("（１）", "滞納処分の速やかな執行\n財産調査で差押可能な財産が判明した世帯には差押予告書を送付し、納付のない世帯には滞納処分を行う。",
             "継続"),
        Item("（２）", "資格喪失世帯に対する納付督励\n資格喪失世帯の一覧を活用して文書と電話による納付督励を行う。", "継続"),
        Item("（３）", "年度末一斉催告の実施\n３月に全区で未納世帯への一斉催告を行い、休日納付相談窓口を開設する。", "新規"),
    ],
)

A_WARDS = ["北区", "都島区", "福島区", "此花区", "中央区", "西区", "港区", "大正区", "天王寺区", "浪速区", "西淀川区",
           "淀川区", "東淀川区", "東成区", "生野区", "旭区", "城東区", "鶴見区", "阿倍野区", "住之江区", "住吉区",
           "東住吉区", "平野区", "西成区"]
A_WARD_TITLE = "区役所で徴収事務を行っている債権の状況（２月末現在）"


def _ward_values(k: int) -> tuple[float, float, float, float]:
    """Deterministic fictitious rates of ward k: (current this year, arrears this year, current last, arrears last)."""
    cur = 80.0 + (k * 37 % 120) / 10
    arr = 18.0 + (k * 53 % 90) / 10
    return cur, arr, round(cur + ((k * 7) % 9 - 4) / 10, 1), round(arr + ((k * 11) % 13 - 6) / 10, 1)


def _pct(v: float) -> str:
    return f"{v:.1f}%"


def _diff(v: float) -> str:
    return ("▲" if v < 0 else "") + f"{abs(v):.1f}"


def _signed(v: float) -> str:
    """A difference printed with a minus sign for negatives ('-0.4', '0.0', '1.2')."""
    v = round(v, 1)
    return f"{v:.1f}" if v != 0 else "0.0"


def a_ward_rows() -> list[tuple[str, list[str]]]:
    """Printed ward rows (name, six cells: this year 現年/滞繰, 前年度 現年/滞繰, 増減 現年/滞繰), 合計 last."""
    rows = []
    vals = [_ward_values(k) for k in range(len(A_WARDS))]
    for name, (c, a, pc, pa) in zip(A_WARDS, vals):
        rows.append((name, [_pct(c), _pct(a), _pct(pc), _pct(pa), _diff(round(c - pc, 1)), _diff(round(a - pa, 1))]))
    tot = [round(sum(v[i] for v in vals) / len(vals), 1) for i in range(4)]
    rows.append(("合計", [_pct(tot[0]), _pct(tot[1]), _pct(tot[2]), _pct(tot[3]),
                         _diff(round(tot[0] - tot[2], 1)), _diff(round(tot[1] - tot[3], 1))]))
    return rows


# ---------------------------------------------------------------- edition B: 南浦市 平成30年度 10月末 (Word)
B_STEM = "minamiura_progress_h30_oct"
B_CITY = "南浦市"
B_FY, B_MONTH = 2018, 10
B_TITLE = "平成３０年度　下半期の債権回収の取組について"
B_HEADER = "南浦市債権管理委員会（平成30年11月）"
B_SECTION = "主な取組み"
B_TAG = "[{}]"

B_KOKUHO = Debt(
    name="国民健康保険税", dept="保険年金課",
    blocks=[Block("現年課税分", rl(("52.4%", "51.9%"), ("93.0%", "92.8%"), ("93.5%", "93.2%"))),
            Block("滞納繰越分", rl(("14.8%", "15.6%"), ("24.9%", "25.3%"), ("26.0%", "25.5%"))),
            Block("合計", rl(("43.1%", "42.5%"), ("76.6%", "76.0%"), ("77.3%", "76.8%")))],
    items=[
        Item("(1)", "滞納処分の強化　財産調査を早期に行い、預貯金・給与・生命保険などの換価しやすい財産から差し押さえる。"
             "差押え後も納付のない場合は取立てを行い、滞納税に充当する。", "継続"),
        Item("(2)", "短期被保険者証の交付時の納付相談　窓口交付の機会をとらえて生活状況を聴き取り、分割納付の誓約につなげる。", "継続"),
        Item("(3)", "口座振替の原則化　新規加入世帯に口座振替の申込みを求め、納付書払いの世帯には勧奨通知を送付する。", "拡充"),
        Item("(4)", "コールセンターの設置　10月から民間委託のコールセンターを設け、現年課税分の初期滞納者に電話で納付を呼びかける。"
             "夜間と土曜日にも架電し、連絡のとれない世帯には訪問する。", "新規"),
        Item("(5)", "執行停止の適正化　生活困窮などで納付が見込めない世帯は、実態を調査のうえ滞納処分の執行停止を行い、"
             "不納欠損処分を適正に進める。", "継続"),
    ],
)

B_KAIGO = Debt(
    name="介護保険料", dept="介護保険課",
    blocks=[Block("現年度分", rl(("97.0%", "96.8%"), ("98.1%", "98.0%"), ("98.2%", "98.2%"))),
            Block("滞納繰越分", rl(("11.2%", "10.9%"), ("17.5%", "16.9%"), ("18.0%", "17.0%")))],
    items=[
        Item("・", "普通徴収の滞納者に対し、納期限後20日以内に督促状を送付し、未納が続く者には電話と訪問による督励を行う。", "継続",
             tag_at_end=True),
        Item("・", "給付制限の対象となる長期滞納者に制度の説明文書を送付し、納付相談を促す。", "継続", tag_at_end=True),
        Item("・", "65歳到達者に口座振替の案内を同封し、年金からの特別徴収が始まるまでの未納を防ぐ。", "新規", tag_at_end=True),
        Item("・", "滞納繰越分のうち時効の近い案件を毎月抽出し、財産調査の結果に応じて差押えまたは執行停止を判断する。"
             "財産が判明しない者には、勤務先調査と年金の受給状況の照会を行い、納付能力のある者には分割納付を求める。"
             "あわせて、生活保護の受給者など納付が困難な者には減免制度を案内し、不要な滞納の発生を防ぐ。", "拡充",
             tag_at_end=True),
        Item("・", "地域包括支援センターやケアマネジャーと連携し、介護サービスの利用者で保険料を滞納している者に、"
             "給付制限の内容と納付相談の窓口を周知する。相談に来た者には、生活状況を聴き取ったうえで納付計画を作り、"
             "履行状況を毎月確認する。履行が滞った者には電話で連絡し、計画の見直しを行う。", "継続", tag_at_end=True),
    ],
)

B_WARDS = ["東区", "西区", "南区", "北区", "中央区", "港区", "浦安区", "緑区", "青葉区", "若葉区"]
B_WARD_TITLE = "区役所で徴収事務を行っている債権の状況（10月末現在）"


def b_ward_rows() -> list[tuple[str, list[str]]]:
    """Printed ward rows (name, six cells: 国保 H30/H29/差, 介護 H30/H29/差), the 計 row first."""
    rows = []
    vals = []
    for k in range(len(B_WARDS)):
        kc = 50.0 + (k * 29 % 60) / 10
        kp = round(kc + ((k * 5) % 11 - 5) / 10, 1)
        gc = 96.0 + (k * 13 % 20) / 10
        gp = round(gc + ((k * 3) % 7 - 3) / 10, 1)
        vals.append((kc, kp, gc, gp))
    tot = [round(sum(v[i] for v in vals) / len(vals), 1) for i in range(4)]
    for name, (kc, kp, gc, gp) in [("計", tuple(tot))] + list(zip(B_WARDS, vals)):
        rows.append((name, [_pct(kc), _pct(kp), _signed(kc - kp), _pct(gc), _pct(gp), _signed(gc - gp)]))
    return rows
