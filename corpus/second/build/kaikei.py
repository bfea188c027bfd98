"""Second-set PDF for the kaikei family: a fictional みどり市 plan made as an Excel workbook (LibreOffice Calc).

    python corpus/second/build/kaikei.py

Writes corpus/second/pdf/midori_kaikei_plan_r6.pdf and corpus/second/gold/midori_kaikei_plan_r6.json.
It differs from the 世田谷区 corpus PDF on purpose: another tool chain (openpyxl .xlsx through Calc instead of a
Word file), other wording (会計区分, 債権の名称, 収入額, 収入率, 滞繰分, R5年度), the years in descending order with
a 増減 column, a 債権別 table whose rows are split 現年分/滞繰分/計 (merged 会計 and 債権 cells) over two pages with
its header row repeated, 【継続】【新規】【拡充】 tags, and 目標収入率 statements in the prose.
All figures are invented; the gold is written from the same data.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from corpus.build.kaikei import verify, write_json  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table  # noqa: E402
from saiken.normalize.numerals import to_fullwidth  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

STEM = "midori_kaikei_plan_r6"
FONT = "IPAexGothic"
TITLE = "みどり市債権管理適正化プラン（令和６～７年度）"
DATE_RAW, DATE_ISO = "令和６年３月", "2024-03-01"
WRAP = 40  # full-width characters per prose line
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ------------------------------------------------------------------------------------------------ data
YEAR, YEAR_RAW = 2023, "令和５年度"
PREV, PREV_RAW = 2022, "R4年度"
ACCOUNT_HEADER = ("会計区分", "R5年度", "R4年度", "増減")
#: 会計区分 → 収入未済額 (千円) in R4年度 (R5年度 comes from the 債権別 table).
PREVIOUS = {"一般会計": 1_402_318, "国民健康保険特別会計": 2_412_960, "介護保険特別会計": 141_203,
            "後期高齢者医療特別会計": 31_877}


@dataclass
class Debt:
    """One 債権 of the 債権別 table (千円): 現年分 and 滞繰分 調定額・収入額, 滞繰分 不納欠損 (not printed)."""

    account: str
    name: str
    cur: tuple[int, int]
    arr: tuple[int, int, int]

    def rows(self) -> list[tuple[str, int, int, int]]:
        """(区分, 調定額, 収入額, 収入未済額) for 現年分, 滞繰分 and 計."""
        cur = ("現年分", self.cur[0], self.cur[1], self.cur[0] - self.cur[1])
        arr = ("滞繰分", self.arr[0], self.arr[1], self.arr[0] - self.arr[1] - self.arr[2])
        return [cur, arr, ("計", cur[1] + arr[1], cur[2] + arr[2], cur[3] + arr[3])]


DEBTS = [
    Debt("一般会計", "市民税（個人）", (18_452_310, 18_203_114), (612_845, 198_233, 35_120)),
    Debt("一般会計", "固定資産税", (15_987_402, 15_850_116), (402_118, 151_097, 20_444)),
    Debt("一般会計", "保育所保育料", (842_335, 830_012), (58_224, 14_876, 3_005)),
    Debt("一般会計", "市営住宅使用料", (1_204_556, 1_178_430), (96_412, 21_337, 6_210)),
    Debt("国民健康保険特別会計", "国民健康保険料", (6_845_221, 6_420_338), (2_310_554, 540_112, 301_776)),
    Debt("介護保険特別会計", "介護保険料", (4_102_876, 4_051_223), (150_332, 42_119, 18_554)),
    Debt("後期高齢者医療特別会計", "後期高齢者医療保険料", (2_310_447, 2_298_102), (30_115, 12_406, 2_118)),
]
SPLIT_AFTER = 4  # the 債権別 table breaks to the next page after this many 債権
DEBT_HEADER = ("会計", "債権の名称", "区分", "調定額", "収入額", "収入未済額", "収入率(%)")
METRICS = ("assessed", "collected", "outstanding")
SEGMENTS = {"現年分": "current", "滞繰分": "arrears", "計": "total"}

#: (debt, year, [(segment word, rate)], sentence) of the 目標収入率 statements.
TARGETS = [("市税", 2024, [("現年分", 99.30), ("滞繰分", 32.00)],
            "令和６年度の市税の目標収納率は、現年分９９．３０％、滞繰分３２．００％とする。"),
           ("国民健康保険料", 2024, [("現年分", 94.50)],
            "国民健康保険料の目標収入率（令和６年度）は、現年分９４．５０％とする。")]
#: (subsection, [(mark, status, text)]); mark "" = the subsection is one item.
TORIKUMI: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    ("（１）市税", [
        ("①", "継続", "納期限後２０日以内に督促状を送付し、電話催告センターによる早期の納付勧奨を行う。"),
        ("②", "拡充", "預貯金調査の電子照会を全件に広げ、差押えまでの期間を短縮する。"),
    ]),
    ("（２）国民健康保険料", [
        ("①", "新規", "スマートフォン決済による納付を令和６年度から導入し、期限内納付を促す。"),
        ("②", "継続", "短期被保険者証の交付時に納付相談を行い、分割納付の履行を確認する。"),
    ]),
    ("（３）全庁的な取組", [
        ("", "継続", "債権管理連絡会議を年２回開催し、所管課の滞納整理の進み具合と課題を共有する。"),
    ]),
]


def r5_outstanding() -> dict[str, int]:
    """R5年度 収入未済額 (千円) per 会計: the 計 rows of the 債権別 table added up."""
    out: dict[str, int] = {}
    for d in DEBTS:
        out[d.account] = out.get(d.account, 0) + d.rows()[2][3]
    return out


def total_rows() -> list[tuple[str, int, int, int]]:
    """The 合計 rows (現年分, 滞繰分, 計) over every 債権."""
    out = []
    for k, seg in enumerate(("現年分", "滞繰分", "計")):
        rows = [d.rows()[k] for d in DEBTS]
        out.append((seg, sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)))
    return out


def rate(assessed: int, collected: int) -> float:
    """収入率 in percent, two decimals."""
    return round(collected / assessed * 100, 2)


def total_oku() -> int:
    """The R5 total 収入未済額 rounded to 億円, as the prose states it."""
    return round(sum(r5_outstanding().values()) * 1000 / 100_000_000)


def prose_summary() -> str:
    """The sentence stating the total, with full-width digits."""
    return to_fullwidth(f"令和５年度末の全会計の収入未済額は約{total_oku()}億円となり、前年度から約{abs(total_oku() - 40)}"
                        "億円の減となった。")


def wrap(text: str, width: int = WRAP, indent: str = "") -> list[str]:
    """Cut prose into printed lines of `width` characters (the office types one line per row)."""
    out, line = [], indent
    for k, ch in enumerate(text):
        line += ch
        if len(line) >= width and text[k + 1:k + 2] not in ("。", "、", "）"):
            out.append(line)
            line = "　"
    if line.strip():
        out.append(line)
    return out


# ------------------------------------------------------------------------------------------------ workbook
def style(cell: object, size: float = 10, bold: bool = False, box: bool = False, align: str | None = None) -> None:
    """Font, optional border and horizontal alignment of a cell."""
    cell.font = Font(name=FONT, size=size, bold=bold)  # type: ignore[attr-defined]
    if box:
        cell.border = BOX  # type: ignore[attr-defined]
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=box)  # type: ignore[attr-defined]


def put(ws: Worksheet, row: int, text: str, size: float = 10, bold: bool = False, col: int = 1,
        align: str | None = None) -> int:
    """Write one line of text (left column, overflowing right); returns the next row."""
    c = ws.cell(row=row, column=col, value=text)
    style(c, size, bold, align=align)
    ws.row_dimensions[row].height = size * 1.7
    return row + 1


def page_setup(ws: Worksheet, widths: list[float]) -> None:
    """A4 portrait, fixed scale, running header with the title and a page number footer."""
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + k)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.scale = 100
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.oddHeader.right.text = "みどり市債権管理適正化プラン"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"


def prose(ws: Worksheet, row: int, paragraphs: list[str]) -> int:
    """Write paragraphs as pre-wrapped lines; returns the next row."""
    for p in paragraphs:
        for line in wrap(p, indent="　"):
            row = put(ws, row, line)
    return row


def overview_sheet(ws: Worksheet) -> int:
    """Sheet 1: title, date, section 1 prose and the 会計区分 table; returns the table's first row."""
    page_setup(ws, [22, 13, 13, 13])
    row = put(ws, 1, "みどり市債権管理適正化プラン", 18, True)
    row = put(ws, row, "（令和６～７年度）", 12)
    row = put(ws, row, DATE_RAW, 10)
    row = put(ws, row + 1, "１　債権の状況", 13, True)
    row = prose(ws, row, [prose_summary(),
                          "本市では、市税をはじめとする各債権の収入未済額の縮減に取り組んできた。本プランでは、令和６～７年度"
                          "の２か年の取組を定める。"])
    row = put(ws, row + 1, "会計区分別の収入未済額の推移（単位：千円）", 10)
    top = row
    for k, h in enumerate(ACCOUNT_HEADER, start=1):
        style(ws.cell(row=row, column=k, value=h), 10, box=True, align="center")
    r5 = r5_outstanding()
    body = [(name, r5[name], PREVIOUS[name]) for name in PREVIOUS]
    body.append(("合計", sum(r5.values()), sum(PREVIOUS.values())))
    for name, now, before in body:
        row += 1
        diff = now - before
        for k, v in enumerate((name, f"{now:,}", f"{before:,}", f"{'△' if diff < 0 else ''}{abs(diff):,}"), start=1):
            style(ws.cell(row=row, column=k, value=v), 10, box=True, align="left" if k == 1 else "right")
    return top


def debt_sheet(ws: Worksheet) -> None:
    """Sheet 2: the 債権別 table over two pages (merged 会計 and 債権 cells, header row repeated)."""
    page_setup(ws, [11, 16, 6, 10, 10, 10, 7])
    row = put(ws, 1, "２　債権別の収入状況", 13, True)
    row = put(ws, row, "令和５年度　債権別の収入状況（単位：千円）", 10)
    header = row
    for k, h in enumerate(DEBT_HEADER, start=1):
        style(ws.cell(row=row, column=k, value=h), 9, box=True, align="center")
    ws.print_title_rows = f"{header}:{header}"
    groups: list[tuple[str, str, list[tuple[str, int, int, int]]]] = [(d.account, d.name, d.rows()) for d in DEBTS]
    groups.append(("合計", "", total_rows()))
    for n, (account, name, rows) in enumerate(groups):
        first = row + 1
        for seg, a, c, o in rows:
            row += 1
            ws.row_dimensions[row].height = 22
            values = (account, name if row == first else None, seg, f"{a:,}", f"{c:,}", f"{o:,}", f"{rate(a, c):.2f}")
            for k, v in enumerate(values, start=1):
                style(ws.cell(row=row, column=k, value=v), 9, box=True, align="right" if k > 3 else "left")
        if account == "合計":
            ws.cell(row=first, column=1).alignment = Alignment(horizontal="center", vertical="center")
            for k in range(first + 1, row + 1):
                ws.cell(row=k, column=1).value = None
            ws.merge_cells(start_row=first, start_column=1, end_row=row, end_column=2)
        else:
            ws.merge_cells(start_row=first, start_column=2, end_row=row, end_column=2)
        if n + 1 == SPLIT_AFTER:
            ws.row_breaks.append(Break(id=row))
    merge_accounts(ws, header + 1, row)


def merge_accounts(ws: Worksheet, first: int, last: int) -> None:
    """Merge each run of equal 会計 cells in column A (合計 excepted), never across the manual page break."""
    breaks = {b.id for b in ws.row_breaks.brk}
    start = first
    for r in range(first + 1, last + 2):
        value = ws.cell(row=start, column=1).value
        if r <= last and r - 1 not in breaks and ws.cell(row=r, column=1).value == value:
            continue
        if r - 1 > start and value not in (None, "合計"):
            for k in range(start + 1, r):
                ws.cell(row=k, column=1).value = None
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        start = r


def torikumi_sheet(ws: Worksheet) -> None:
    """Sheet 3: the 具体的な取組 section with 目標収入率 statements and tagged items, then the next heading."""
    page_setup(ws, [22, 13, 13, 13])
    row = put(ws, 1, "３　具体的な取組", 13, True)
    for k, (heading, items) in enumerate(TORIKUMI):
        row = put(ws, row, heading, 11, True)
        if k < len(TARGETS):
            row = prose(ws, row, [TARGETS[k][3]])
        for mark, status, text in items:
            for line in wrap(f"{mark}　【{status}】{text}" if mark else f"【{status}】{text}", indent="" if mark else "　"):
                row = put(ws, row, line)
    row = put(ws, row + 1, "４　計画の進行管理", 13, True)
    prose(ws, row, ["本プランの取組状況は、毎年度、債権管理連絡会議において確認し、その結果を公表する。"])


def build_xlsx(dest: Path) -> Path:
    """The workbook: 概要, 債権別, 取組 sheets."""
    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    overview_sheet(ws)
    debt_sheet(wb.create_sheet("債権別"))
    torikumi_sheet(wb.create_sheet("取組"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    return dest


# ------------------------------------------------------------------------------------------------ gold
def fact(debt: str | None, year: int, year_raw: str, segment: str, metric: str, basis: str, value: float,
         unit: str, raw: str, page: int, approx: bool = False) -> Fact:
    """One gold fact."""
    return Fact(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw, segment=segment,  # type: ignore[arg-type]
                metric=metric, basis=basis, value=value, unit=unit, approx=approx, raw=raw,  # type: ignore[arg-type]
                page=page)


def gold_facts() -> list[Fact]:
    """Both tables, the total in the prose and the 目標収入率 statements."""
    out = []
    r5 = r5_outstanding()
    for name in PREVIOUS:
        out.append(fact(name, YEAR, "R5年度", "total", "outstanding", "actual", r5[name] * 1000, "yen", f"{r5[name]:,}", 1))
        out.append(fact(name, PREV, PREV_RAW, "total", "outstanding", "actual", PREVIOUS[name] * 1000, "yen",
                        f"{PREVIOUS[name]:,}", 1))
    for year, year_raw, v in ((YEAR, "R5年度", sum(r5.values())), (PREV, PREV_RAW, sum(PREVIOUS.values()))):
        out.append(fact("合計", year, year_raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 1))
    groups = [(d.name, d.rows(), 2 if n < SPLIT_AFTER else 3) for n, d in enumerate(DEBTS)]
    groups.append(("合計", total_rows(), 3))
    for name, rows, page in groups:
        for seg, a, c, o in rows:
            for metric, v in zip(METRICS, (a, c, o)):
                out.append(fact(name, YEAR, YEAR_RAW, SEGMENTS[seg], metric, "actual", v * 1000, "yen", f"{v:,}", page))
            out.append(fact(name, YEAR, YEAR_RAW, SEGMENTS[seg], "collection_rate", "actual", rate(a, c), "percent",
                            f"{rate(a, c):.2f}", page))
    out.append(fact(None, YEAR, "令和５年度", "total", "outstanding", "actual", total_oku() * 100_000_000, "yen",
                    to_fullwidth(f"約{total_oku()}億円"), 1, approx=True))
    for debt, year, rates, sentence in TARGETS:
        for seg, v in rates:
            out.append(fact(debt, year, "令和６年度", SEGMENTS[seg], "collection_rate", "target", v, "percent",
                            to_fullwidth(f"{v:.2f}").replace(".", "．") + "％", 4))
    return out


def gold_initiatives() -> list[Initiative]:
    """Each tagged item of ３ 具体的な取組 with its status."""
    out = []
    for heading, items in TORIKUMI:
        num = fold(heading)[: fold(heading).index(")") + 1]
        for mark, status, text in items:
            out.append(Initiative(section=fold(heading)[len(num):], label=num + mark, text=text,
                                  status=status, page=4))  # type: ignore[arg-type]
    return out


def gold_tables() -> list[Table]:
    """The 会計区分 table cell by cell."""
    r5 = r5_outstanding()
    rows = [list(ACCOUNT_HEADER)]
    for name, now, before in [(n, r5[n], PREVIOUS[n]) for n in PREVIOUS] + [("合計", sum(r5.values()),
                                                                               sum(PREVIOUS.values()))]:
        diff = now - before
        rows.append([name, f"{now:,}", f"{before:,}", f"{'△' if diff < 0 else ''}{abs(diff):,}"])
    return [Table(page=1, bbox=(0, 0, 0, 0), rows=rows)]


def main() -> None:
    """Build the workbook, the PDF and the gold; check the gold against the PDF."""
    xlsx = build_xlsx(BUILD_OUT / f"{STEM}.xlsx")
    pdf_path = to_pdf(xlsx, ROOT / "corpus" / "second" / "pdf" / f"{STEM}.pdf", "kaikei2")
    import hashlib

    doc = Document(source=Source(file=pdf_path.name, sha256=hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                                 pages=4),
                   document=DocumentInfo(kind="plan", family="kaikei", municipality="みどり市", title=TITLE,
                                         date=DATE_ISO, date_raw=DATE_RAW),
                   facts=gold_facts(), initiatives=gold_initiatives(), tables=gold_tables())
    verify(pdf_path, doc, 4)
    write_json(doc, ROOT / "corpus" / "second" / "gold" / f"{STEM}.json")
    print(f"{pdf_path.relative_to(ROOT)}: {len(doc.facts)} facts, {len(doc.initiatives)} initiatives")


if __name__ == "__main__":
    main()
