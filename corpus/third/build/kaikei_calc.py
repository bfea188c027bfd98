"""Third-set PDF for the kaikei family: a city's 債権管理推進計画 made as an Excel workbook (ひばり市, fictional).

Built by corpus/third/build/kaikei.py. It differs from the corpus and second set in ways another city's or
another year's document plausibly would: half-width digits and brackets, (単位:千円) notes, a 会計別 table whose
columns are the metrics of one year (調定額・収入済額・不納欠損額・収入未済額・収納率) with the year only in the
caption, a 債権別 table with a 債権の種類 column right of the 債権名 (強制徴収公債権…), three year columns and a
前年度比 column, continued on the next page under a repeated header, a 目標収納率 table without any 会計 column
(債権名 | 区分 | 令和5年度実績 | 令和7〜9年度 targets), a prose total in 億・万円, and a 取組 section titled
「重点的に取り組む事項」 with (1) ア イ … items tagged 〔継続〕〔新規〕〔拡充〕 that runs over a page break.
All figures are invented; the gold is written from the same data.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from corpus.second.build.kaikei import put, style, wrap
from corpus.third.build.kaikei_gold import Locate, Torikumi, fact, numbered
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table

STEM = "hibari_kaikei_plan_r7"
MUNICIPALITY = "ひばり市"
TITLE = "ひばり市債権管理推進計画（令和7年度～令和9年度）"
DATE_RAW, DATE_ISO = "令和7年3月", "2025-03-01"
YEAR, YEAR_RAW = 2023, "令和5年度"

# ------------------------------------------------------------------------------------------------ data
ACCOUNT_HEADER = ("会計", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)")
ACCOUNT_METRICS = ("assessed", "collected", "written_off", "outstanding", "collection_rate")
#: 会計 → (調定額, 収入済額, 不納欠損額) in 千円 for 令和5年度.
ACCOUNTS = {"一般会計": (68_204_118, 67_111_884, 61_220), "国民健康保険特別会計": (9_804_337, 8_102_554, 210_882),
            "介護保険特別会計": (7_210_449, 7_090_118, 18_305), "後期高齢者医療特別会計": (2_604_771, 2_590_336, 2_010)}


def account_row(values: tuple[int, int, int]) -> tuple[int, int, int, int, float]:
    """(調定額, 収入済額, 不納欠損額, 収入未済額, 収納率) of one 会計 row."""
    a, c, w = values
    return a, c, w, a - c - w, round(c / a * 100, 2)


def account_rows() -> list[tuple[str, tuple[int, int, int, int, float]]]:
    """The 会計 rows and the 計 row."""
    rows = [(name, account_row(v)) for name, v in ACCOUNTS.items()]
    total = tuple(sum(v[k] for v in ACCOUNTS.values()) for k in range(3))
    return rows + [("計", account_row(total))]  # type: ignore[arg-type]


DEBT_HEADER = ("会計", "債権名", "債権の種類", "令和3年度", "令和4年度", "令和5年度", "前年度比")
DEBT_YEARS = ((2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度"))
KINDS = {"強": "強制徴収公債権", "非": "非強制徴収公債権", "私": "私債権"}
#: (会計, 債権名, 種類, 収入未済額 千円 for 令和3〜5年度)
DEBTS: list[tuple[str, str, str, tuple[int, int, int]]] = [
    ("一般会計", "市民税（個人）", "強", (402_118, 381_442, 356_210)),
    ("一般会計", "市民税（法人）", "強", (21_337, 19_804, 18_552)),
    ("一般会計", "固定資産税・都市計画税", "強", (388_290, 362_117, 340_336)),
    ("一般会計", "軽自動車税（種別割）", "強", (14_220, 13_801, 12_904)),
    ("一般会計", "保育所保育料", "強", (31_442, 28_117, 25_830)),
    ("一般会計", "下水道事業受益者負担金", "強", (4_102, 3_880, 3_511)),
    ("一般会計", "生活保護費返還金", "非", (198_334, 205_118, 211_402)),
    ("一般会計", "児童扶養手当返還金", "非", (6_204, 5_992, 5_410)),
    ("一般会計", "市営住宅使用料", "私", (44_102, 40_887, 38_204)),
    ("一般会計", "奨学金貸付金返還金", "私", (12_887, 12_004, 11_540)),
    ("一般会計", "学校給食費", "私", (8_331, 7_902, 7_115)),
    ("国民健康保険特別会計", "国民健康保険税", "強", (1_620_447, 1_540_220, 1_490_901)),
    ("国民健康保険特別会計", "一般被保険者返納金", "非", (0, 0, 0)),
    ("介護保険特別会計", "介護保険料", "強", (110_339, 105_408, 102_026)),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "強", (14_880, 13_902, 12_425)),
]
SPLIT_AFTER = 9  # the 債権別 table continues on the next page after this many rows


def debts_matching_accounts() -> None:
    """Transcription check: the 債権別 令和5年度 column adds up to each 会計's 収入未済額."""
    per: dict[str, int] = {}
    for account, _, _, values in DEBTS:
        per[account] = per.get(account, 0) + values[2]
    for name, row in account_rows()[:-1]:
        assert per[name] == row[3], (name, per[name], row[3])


TARGET_HEADER = ("債権名", "区分", "令和5年度実績", "令和7年度", "令和8年度", "令和9年度")
TARGET_YEARS = ((2023, "令和5年度", "actual"), (2025, "令和7年度", "target"), (2026, "令和8年度", "target"),
                (2027, "令和9年度", "target"))
#: 債権名 → [(区分, (実績, 目標 R7, R8, R9))]
TARGETS: list[tuple[str, list[tuple[str, tuple[float, float, float, float]]]]] = [
    ("市税", [("現年度分", (99.31, 99.40, 99.45, 99.50)), ("滞納繰越分", (31.20, 33.00, 34.00, 35.00)),
             ("合計", (97.85, 98.00, 98.10, 98.20))]),
    ("国民健康保険税", [("現年度分", (94.12, 94.50, 94.80, 95.00)), ("滞納繰越分", (24.80, 26.00, 27.00, 28.00))]),
    ("保育所保育料", [("現年度分", (99.02, 99.10, 99.20, 99.30))]),
]
SEGMENTS = {"現年度分": "current", "滞納繰越分": "arrears", "合計": "total"}

TORIKUMI: Torikumi = [
    ("(1)市税・国民健康保険税", [
        ("ア", "継続", "納期限後20日以内に督促状を送付し、文書と電話による早期の催告を徹底する。"),
        ("イ", "拡充", "預貯金等の電子照会を全ての金融機関に広げ、財産調査から差押えまでの期間を短縮する。"),
        ("ウ", "新規", "スマートフォン決済アプリによる納付を導入し、納期内納付を促す。"),
    ]),
    ("(2)保育所保育料・学校給食費", [
        ("ア", "継続", "児童手当からの特別徴収の申出を勧め、滞納の発生を防ぐ。"),
        ("イ", "新規", "学校給食費の公会計化にあわせ、口座振替の登録を入学時に案内する。"),
    ]),
    ("(3)私債権の管理", [
        ("", "拡充", "市営住宅使用料と奨学金貸付金返還金について、連帯保証人への請求と支払督促の申立てを計画的に行う。"),
    ]),
]
TORIKUMI_BREAK_AFTER = 1  # the page breaks after this many subsections


# ------------------------------------------------------------------------------------------------ workbook
def page_setup(ws: Worksheet, widths: list[float]) -> None:
    """A4 portrait at 80 %, running title at the top right, page number at the bottom."""
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + k)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.scale = 80
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.oddHeader.right.text = "ひばり市債権管理推進計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"


def table(ws: Worksheet, row: int, header: tuple[str, ...], body: list[list[str]], numeric_from: int) -> int:
    """A ruled table at `row` (header, then body); returns its last row."""
    for k, h in enumerate(header, start=1):
        style(ws.cell(row=row, column=k, value=h), 9, box=True, align="center")
    for values in body:
        row += 1
        ws.row_dimensions[row].height = 18
        for k, v in enumerate(values, start=1):
            style(ws.cell(row=row, column=k, value=v), 9, box=True, align="right" if k > numeric_from else "left")
    return row


def prose(ws: Worksheet, row: int, text: str, indent: str = "　") -> int:
    """One paragraph as pre-wrapped lines; returns the next row."""
    for line in wrap(text, indent=indent):
        row = put(ws, row, line)
    return row


def prose_total() -> tuple[int, str]:
    """The 令和5年度 total 収入未済額 rounded to 百万円 and as printed (約31億5,200万円)."""
    yen = account_rows()[-1][1][3] * 1000
    man = round(yen / 1_000_000) * 100
    oku, rest = divmod(man, 10_000)
    return man * 10_000, f"約{oku}億{rest:,}万円" if rest else f"約{oku}億円"


def overview_sheet(ws: Worksheet) -> None:
    """Cover lines, section 1 with the prose total and the 会計別 収納状況 table."""
    page_setup(ws, [24, 12, 12, 11, 12, 10])
    row = put(ws, 1, "ひばり市債権管理推進計画", 18, True)
    row = put(ws, row, "（令和7年度～令和9年度）", 12)
    row = put(ws, row, DATE_RAW, 10)
    row = put(ws, row, MUNICIPALITY, 12)
    row = put(ws, row + 1, "1. 債権の状況", 13, True)
    _, printed = prose_total()
    row = prose(ws, row, f"令和5年度末の収入未済額は、全会計で{printed}となり、前年度から約1億2,000万円の減となった。")
    row = put(ws, row + 1, "令和5年度　会計別の収納状況", 10, True)
    row = put(ws, row, "(単位:千円)", 9, col=6, align="right")
    body = [[name, *(f"{v:,}" for v in vals[:4]), f"{vals[4]:.2f}"] for name, vals in account_rows()]
    table(ws, row, ACCOUNT_HEADER, body, 1)


def debt_sheet(ws: Worksheet) -> None:
    """The 債権別 収入未済額 table, header repeated on its second page."""
    page_setup(ws, [15, 20, 13, 9, 9, 9, 9])
    row = put(ws, 1, "債権別 収入未済額の推移", 10, True)
    row = put(ws, row, "(単位:千円)", 9, col=7, align="right")
    ws.print_title_rows = f"{row}:{row}"
    body = []
    previous = None
    for account, name, kind, values in DEBTS:
        diff = values[2] - values[1]
        sign = "△" if diff < 0 else ""
        body.append([account if account != previous else "", name, KINDS[kind], *(f"{v:,}" if v else "-" for v in values),
                     f"{sign}{abs(diff):,}" if diff else "-"])
        previous = account
    totals = [sum(d[3][k] for d in DEBTS) for k in range(3)]
    diff = totals[2] - totals[1]
    body.append(["合計", "", "", *(f"{v:,}" for v in totals), f"{'△' if diff < 0 else ''}{abs(diff):,}"])
    last = table(ws, row, DEBT_HEADER, body, 3)
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=3)
    ws.cell(row=last, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_breaks.append(Break(id=row + SPLIT_AFTER))


def target_sheet(ws: Worksheet) -> None:
    """Section 2 with the 目標収納率 table; section 3 (取組) over a page break; section 4."""
    page_setup(ws, [20, 14, 14, 11, 11, 11])
    row = put(ws, 1, "2. 数値目標", 13, True)
    row = prose(ws, row, "主な債権について、計画期間の各年度の目標収納率を次のとおり定める。")
    row = put(ws, row + 1, "目標収納率", 10, True)
    row = put(ws, row, "(単位:%)", 9, col=6, align="right")
    body = []
    for debt, rows in TARGETS:
        for k, (seg, values) in enumerate(rows):
            body.append([debt if k == 0 else "", seg, *(f"{v:.2f}" for v in values)])
    first = row + 1
    row = table(ws, row, TARGET_HEADER, body, 2)
    for debt, rows in TARGETS:
        if len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=first + len(rows) - 1, end_column=1)
        first += len(rows)
    row = put(ws, row + 2, "3. 重点的に取り組む事項", 13, True)
    for n, (heading, items) in enumerate(TORIKUMI):
        if n == TORIKUMI_BREAK_AFTER:
            ws.row_breaks.append(Break(id=row - 1))
        row = put(ws, row, heading, 11, True)
        for mark, status, text in items:
            printed = f"{mark} 〔{status}〕{text}" if mark else f"〔{status}〕{text}"
            row = prose(ws, row, printed, indent="" if mark else "　")
    row = put(ws, row + 1, "4. 計画の進行管理", 13, True)
    prose(ws, row, "本計画の取組状況は、毎年度、債権管理推進会議で確認し、その結果を公表する。")


def build_office(base: Path) -> Path:
    """The workbook (概要, 債権別, 目標 sheets)."""
    debts_matching_accounts()
    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    overview_sheet(ws)
    debt_sheet(wb.create_sheet("債権別"))
    target_sheet(wb.create_sheet("目標"))
    dest = base.with_suffix(".xlsx")
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    return dest


# ------------------------------------------------------------------------------------------------ gold
def gold(locate: Locate, source: Source) -> Document:
    """The gold record of the built PDF."""
    facts: list[Fact] = []
    p1 = locate("会計別の収納状況")
    for name, vals in account_rows():
        for metric, v in zip(ACCOUNT_METRICS, vals):
            if metric == "collection_rate":
                facts.append(fact(name, YEAR, YEAR_RAW, "total", metric, "actual", v, "percent", f"{v:.2f}", p1))
            else:
                facts.append(fact(name, YEAR, YEAR_RAW, "total", metric, "actual", int(v) * 1000, "yen", f"{v:,}", p1))
    yen, printed = prose_total()
    facts.append(fact(None, YEAR, "令和5年度", "total", "outstanding", "actual", yen, "yen", printed, p1, approx=True))
    start = locate("債権別収入未済額の推移")
    totals = ("", "合計", "", tuple(sum(d[3][k] for d in DEBTS) for k in range(3)))
    for _, name, _, values in [*DEBTS, totals]:
        page = locate(name, start) if name != "合計" else locate(f"{values[2]:,}", start + 1)
        for (year, raw), v in zip(DEBT_YEARS, values):
            if v:
                facts.append(fact(name, year, raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page))
    p_target = locate("2. 数値目標")
    for debt, rows in TARGETS:
        for seg, values in rows:
            for (year, raw, basis), v in zip(TARGET_YEARS, values):
                facts.append(fact(debt, year, raw, SEGMENTS[seg], "collection_rate", basis, v, "percent", f"{v:.2f}",
                                  p_target))
    inits = [Initiative(section=section, label=label, text=text, status=status,  # type: ignore[arg-type]
                        page=locate(text[:20], p_target))
             for section, label, status, text in numbered(TORIKUMI)]
    rows_t = [list(ACCOUNT_HEADER)] + [[n, *(f"{v:,}" for v in vals[:4]), f"{vals[4]:.2f}"] for n, vals in account_rows()]
    return Document(source=source, document=DocumentInfo(kind="plan", family="kaikei", municipality=MUNICIPALITY,
                                                         title=TITLE, date=DATE_ISO, date_raw=DATE_RAW),
                    facts=facts, initiatives=inits, tables=[Table(page=p1, bbox=(0, 0, 0, 0), rows=rows_t)])
