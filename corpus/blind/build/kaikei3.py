"""Build the round-3 blind edition of the 世田谷区 plan family as an Excel workbook converted with LibreOffice.

The producer differs from earlier editions: five sheets (portrait and landscape), prose typed one line per row,
tables with a thick outer border and thin inner lines, shaded header rows, dotted inner lines in the 内訳 (split
across two pages with its header rows repeated and the 会計/款 cells re-merged after the break), and a 目標収納率
table without vertical lines in the body. Run: python corpus/blind/build/kaikei3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

import kaikei3_data as D  # noqa: E402
from corpus.build.office import to_pdf  # noqa: E402

STEM = "setagaya_plan_r2_3_kaikei_r3"
PDF = HERE.parent / "pdf" / f"{STEM}.pdf"
FONT = "ＭＳ 明朝"
THIN, THICK, DOT = Side(style="thin"), Side(style="medium"), Side(style="dotted")
SHADE = PatternFill("solid", fgColor="D9D9D9")
WIDTH = 40  # full-width characters per prose line

INTRO = [
    "　世田谷区では、「世田谷区基本計画」及び「新実施計画（後期）」に基づき、健全で持続可能な財政運営を"
    "進めている。令和２年度の財政見通しは、歳入の根幹である特別区民税において、ふるさと納税による税収減が"
    "年々拡大するなど、依然として厳しい状況が続くものと見込まれる。",
    "　区は、特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済がある状況を踏まえ、"
    "平成３０年度に「世田谷区債権管理重点プラン」を策定し、収納率の向上と収入未済額の縮減に取り組んできた。"
    "このたび、前期の実績を検証し、令和２～３年度（２０２０～２０２１年度）の２か年を計画期間とする"
    "本プランを策定する。",
]
RESULTS = [
    "　令和元年度（２０１９年度）の区の保有する全債権にかかる収入未済額は約１１３億円であった。"
    "平成２８年度（２０１６年度）の約１３９億円と比較すると約２６億円の減となっており、"
    "前期プランの取組みが一定の成果を上げたものと評価できる。",
    "　一方、国民健康保険料の収入未済額は依然として全体の約４割を占めており、"
    "引き続き重点的な取組みが必要である。",
]
TARGET_PROSE = [
    "　目標収納率は、過去３か年の収納率の推移及び取組みの効果を勘案して設定した。",
    "　特別区民税は、令和３年度の目標収納率を現年分９９．２０％、滞納繰越分４３．００％とする。",
    "　国民健康保険料は、令和３年度の目標収納率を現年分９１．６０％、滞納繰越分３２．００％とする。",
]


def wrap(text: str, width: int = WIDTH) -> list[str]:
    """Cut prose into printed lines of at most `width` characters, the way staff type it into Excel rows."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def setup(ws: Worksheet, landscape: bool, widths: list[float]) -> None:
    """A4 page, fit to one page wide, running header and page-number footer, column widths."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.page_margins.top, ws.page_margins.bottom = 0.9, 0.8
    ws.oddHeader.right.text = D.TITLE
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def put(ws: Worksheet, row: int, col: int, value, size: float = 10.5, bold: bool = False,
        align: str = "left", fmt: str | None = None) -> None:
    """Write one cell with the office's font, wrapping and alignment."""
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fmt:
        c.number_format = fmt


def prose(ws: Worksheet, row: int, paragraphs: list[str]) -> int:
    """Type paragraphs one printed line per row; returns the next free row."""
    for p in paragraphs:
        for line in wrap(p):
            c = ws.cell(row=row, column=1, value=line)
            c.font = Font(name=FONT, size=10.5)
            row += 1
    return row


def frame(ws: Worksheet, r0: int, r1: int, c0: int, c1: int, inner_h: Side | None = THIN,
          inner_v: Side | None = THIN, header_rows: int = 0) -> None:
    """Borders of a table block: thick outline, the given inner lines, shaded header rows with thin lines."""
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            head = r < r0 + header_rows
            h, v = (THIN, THIN) if head else (inner_h, inner_v)
            ws.cell(row=r, column=c).border = Border(
                top=THICK if r == r0 else (THIN if r == r0 + header_rows else h),
                bottom=THICK if r == r1 else (THIN if r == r0 + header_rows - 1 else h),
                left=THICK if c == c0 else v, right=THICK if c == c1 else v)
            if head:
                ws.cell(row=r, column=c).fill = SHADE


def sheet_intro(wb: Workbook) -> None:
    """Sheet 1: title, はじめに and the 会計別 収入未済額 table (千円)."""
    ws = wb.active
    ws.title = "1_はじめに"
    setup(ws, False, [16, 14, 14, 14, 14, 4])
    put(ws, 1, 1, D.TITLE, 14, True, "center")
    ws.merge_cells("A1:E1")
    put(ws, 2, 5, D.DATE_RAW, 10.5, False, "right")
    put(ws, 4, 1, "１　はじめに", 12, True)
    row = prose(ws, 5, INTRO) + 1
    put(ws, row, 1, "＜区の債権の状況＞", 10.5, True)
    ws.cell(row=row + 1, column=1, value="会計別収入未済額の推移").font = Font(name=FONT, size=10.5)
    put(ws, row + 1, 5, "（単位：千円）", 9, align="right")
    top = row + 2
    put(ws, top, 1, "会計名称", 9, True, "center")
    for j, (label, _) in enumerate(D.ACCOUNT_YEARS):
        put(ws, top, 2 + j, label, 9, True, "center")
    put(ws, top, 5, "増減\n（元年度－３０年度）", 9, True, "center")
    ws.row_dimensions[top].height = 30
    for i, acc in enumerate(D.ACCOUNTS, start=1):
        vals = D.account_row(acc)
        put(ws, top + i, 1, acc, 9)
        for j, v in enumerate(vals):
            put(ws, top + i, 2 + j, v, 9, align="right", fmt="#,##0")
        put(ws, top + i, 5, vals[2] - vals[1], 9, align="right", fmt="#,##0;△#,##0")
    last = top + len(D.ACCOUNTS) + 1
    tot = D.account_total()
    put(ws, last, 1, "合　計", 9, True, "center")
    for j, v in enumerate(tot):
        put(ws, last, 2 + j, v, 9, align="right", fmt="#,##0")
    put(ws, last, 5, tot[2] - tot[1], 9, align="right", fmt="#,##0;△#,##0")
    frame(ws, top, last, 1, 5, header_rows=1)


def sheet_breakdown(wb: Workbook) -> None:
    """Sheet 2: 令和元年度 内訳 by 会計/款/区分/債権 (円), dotted inner lines, header repeated on the next page."""
    ws = wb.create_sheet("2_内訳")
    setup(ws, False, [12, 12, 14, 30, 15])
    put(ws, 1, 1, "令和元年度（２０１９年度）　区の保有する全債権にかかる収入未済額内訳", 10.5, True)
    ws.merge_cells("A1:E1")
    put(ws, 2, 5, "（単位：円）", 9, align="right")
    for j, h in enumerate(["会計名称", "款名称", "区分", "債権名", "収入未済額"]):
        put(ws, 3, 1 + j, h, 9, True, "center")
    ws.print_title_rows = "3:3"
    first = 4
    blocks = [D.BREAKDOWN[:D.BREAK_BEFORE], D.BREAKDOWN[D.BREAK_BEFORE:]]
    r = first
    for b, rows in enumerate(blocks):
        start = r
        for acc, kan, kubun, name, amount in rows:
            put(ws, r, 1, acc, 9)
            put(ws, r, 2, kan, 9)
            put(ws, r, 3, kubun, 9)
            put(ws, r, 4, name, 9)
            put(ws, r, 5, amount, 9, align="right", fmt="#,##0")
            ws.row_dimensions[r].height = 30 if len(name) > 16 else 22
            r += 1
        for col in (1, 2, 3):
            merge_runs(ws, start, [x[:col] for x in rows], col)
        if b == 0:
            ws.row_breaks.append(Break(id=r - 1))
    put(ws, r, 1, "合　計", 9, True, "center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put(ws, r, 5, sum(x[4] for x in D.BREAKDOWN), 9, True, "right", "#,##0")
    frame(ws, 3, r, 1, 5, inner_h=DOT, header_rows=1)


def merge_runs(ws: Worksheet, r0: int, keys: list[tuple], col: int) -> None:
    """Merge the cells of `col` over runs of rows (from r0) whose keys (this column and its parents) agree."""
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            if i - 1 > start:
                ws.merge_cells(start_row=r0 + start, start_column=col, end_row=r0 + i - 1, end_column=col)
            start = i


def sheet_results(wb: Workbook) -> None:
    """Sheet 3: 実績評価 prose with the rounded 億円 totals."""
    ws = wb.create_sheet("3_実績評価")
    setup(ws, False, [84])
    put(ws, 1, 1, "２　これまでの取組みにおける実績評価", 12, True)
    prose(ws, 3, RESULTS)


def sheet_targets(wb: Workbook) -> None:
    """Sheet 4 (landscape): 目標収納率 per debt; the body has horizontal lines only."""
    ws = wb.create_sheet("4_目標収納率")
    setup(ws, True, [24, 14, 18, 18, 18, 30])
    put(ws, 1, 1, "３　債権ごとの目標収納率", 12, True)
    row = prose(ws, 3, TARGET_PROSE) + 1
    put(ws, row, 6, "（単位：％）", 9, align="right")
    top = row + 1
    for j, h in enumerate(["債権名", "区分", *[c[0] for c in D.RATE_COLUMNS], "備考"]):
        put(ws, top, 1 + j, h, 9, True, "center")
    ws.row_dimensions[top].height = 30
    r = top + 1
    for debt, cols in D.RATES.items():
        put(ws, r, 1, debt, 9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        for k, (seg, _) in enumerate(D.SEGMENTS):
            put(ws, r + k, 2, seg, 9, align="center")
            for j, triple in enumerate(cols):
                put(ws, r + k, 3 + j, triple[k], 9, align="right", fmt="0.00")
        r += 3
    frame(ws, top, r - 1, 1, 6, inner_v=None, header_rows=1)


def sheet_initiatives(wb: Workbook) -> None:
    """Sheet 5: ４ 今後の取組み, items tagged 【継続】【新規】【拡充】 under numbered headings."""
    ws = wb.create_sheet("5_今後の取組み")
    setup(ws, False, [84])
    put(ws, 1, 1, "４　今後の取組み", 12, True)
    row, section = 3, None
    for sec, label, status, text in D.INITIATIVES:
        if sec != section:
            row += section is not None
            put(ws, row, 1, sec, 10.5, True)
            row, section = row + 1, sec
        row = prose(ws, row, [f"{label}【{status}】{text}"])


def build() -> Path:
    """Write the workbook and convert it; returns the PDF path."""
    wb = Workbook()
    sheet_intro(wb)
    sheet_breakdown(wb)
    sheet_results(wb)
    sheet_targets(wb)
    sheet_initiatives(wb)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    xlsx = out / f"{STEM}.xlsx"
    wb.save(xlsx)
    return to_pdf(xlsx, PDF, profile="kaikeiblind3")


if __name__ == "__main__":
    print(build())
