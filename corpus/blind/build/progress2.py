"""Build the round-2 blind progress sheet: 大阪市 令和元年度 後半の取組 (10月末), as an office makes it in Excel.

One workbook, one sheet per printed page (後半の取組, 具体取組内容の取組状況, ward table), converted with
LibreOffice. Run: python corpus/blind/build/progress2.py  → corpus/blind/pdf/osaka_progress_r2_r1_oct.pdf
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "corpus" / "build"))

from office import to_pdf  # noqa: E402
from progress2_data import AS_OF, DEBTS, PREV_LABEL, WARD_TABLES, YEAR_LABEL  # noqa: E402

STEM = "osaka_progress_r2_r1_oct"
FONT = "IPAexMincho"
COLS = 12
COL_W = 11.0
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SEG_LABEL = {"arrears": "過年度分", "current": "現年度分"}
METRIC_LABEL = {"interim": f"{AS_OF}徴収率", "estimate": "決算見込徴収率", "target": "目標徴収率"}
PREV_LABEL_OF = {"interim": f"前年度{AS_OF}", "estimate": "前年度決算", "target": "前年度目標"}
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def col(i: int) -> str:
    """Column letter of 1-based column i."""
    return chr(64 + i)


def put(ws: Worksheet, row: int, c0: int, c1: int, text: str, *, size: int = 10, bold: bool = False,
        border: bool = False, center: bool = False, vertical: bool = False) -> None:
    """Write `text` into the merged range row:c0..c1 with wrapping; optional border and vertical text."""
    if c1 > c0:
        ws.merge_cells(f"{col(c0)}{row}:{col(c1)}{row}")
    cell = ws[f"{col(c0)}{row}"]
    cell.value = text
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center" if center or vertical else "top",
                               horizontal="center" if center else "left",
                               text_rotation=255 if vertical else 0)
    if border:
        for c in range(c0, c1 + 1):
            ws[f"{col(c)}{row}"].border = BOX


def lines_needed(text: str, ncols: int) -> int:
    """Printed lines a wrapped text needs in a cell `ncols` columns wide (full-width chars ≈ 1.9 units)."""
    per_line = max(1, int(ncols * COL_W / 1.9))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def height(ws: Worksheet, row: int, nlines: int, size: int = 10) -> None:
    """Set the height of `row` for `nlines` lines of `size`-point text."""
    ws.row_dimensions[row].height = max(16, nlines * size * 1.45 + 4)


def new_sheet(wb: Workbook, title: str) -> Worksheet:
    """A landscape A4 sheet fitted to one page wide, with the running header and page number."""
    ws = wb.create_sheet(title)
    for i in range(1, COLS + 1):
        ws.column_dimensions[col(i)].width = COL_W
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "資料２"
    ws.oddFooter.center.text = "－ &P －"
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    return ws


def debt_line(d: dict) -> str:
    """The 債権名 line printed under each title."""
    return f"債権名　{d['name']}　整理番号　{d['number']}　【{d['dept']}】"


def rate_text(d: dict, seg: str, basis: str) -> str:
    """One rate line of the text style: '10月末徴収率　16.8％　（前年度10月末　15.9％）'."""
    cur, prev = d["rates"][seg][basis]
    s = f"　{METRIC_LABEL[basis]}　{cur}%　（{PREV_LABEL_OF[basis]}　{prev}%）"
    s = s.replace("%", "％")
    return s.translate(FW) if d["style"] == "text_fullwidth" else s


def rate_block_text(ws: Worksheet, row: int, d: dict) -> int:
    """Rates as text lines, one half of the page per segment; returns the next free row."""
    segs = list(d["rates"])
    for k, seg in enumerate(segs):
        put(ws, row, 1 + 6 * k, 6 + 6 * k, SEG_LABEL[seg], bold=True)
    row += 1
    for basis in ("interim", "estimate", "target"):
        for k, seg in enumerate(segs):
            put(ws, row, 1 + 6 * k, 6 + 6 * k, rate_text(d, seg, basis))
        height(ws, row, 1)
        row += 1
    return row


def rate_block_table(ws: Worksheet, row: int, d: dict, prev_first: bool) -> int:
    """Rates as a small ruled table per segment (区分 | 令和元年度 | 前年度), side by side."""
    segs = list(d["rates"])
    years = [f"{PREV_LABEL}\n（前年度）", f"{YEAR_LABEL}"] if prev_first else [YEAR_LABEL, f"前年度\n（{PREV_LABEL}）"]
    for k, seg in enumerate(segs):
        c = 1 + 6 * k
        put(ws, row, c, c + 5, SEG_LABEL[seg], bold=True)
        put(ws, row + 1, c, c + 1, "区分", border=True, center=True)
        put(ws, row + 1, c + 2, c + 3, years[0], border=True, center=True)
        put(ws, row + 1, c + 4, c + 5, years[1], border=True, center=True)
        for j, basis in enumerate(("interim", "estimate", "target")):
            cur, prev = d["rates"][seg][basis]
            label = {"interim": f"{AS_OF}徴収率", "estimate": "決算（見込）徴収率", "target": "目標徴収率"}[basis]
            vals = [prev, cur] if prev_first else [cur, prev]
            put(ws, row + 2 + j, c, c + 1, label, border=True)
            put(ws, row + 2 + j, c + 2, c + 3, f"{vals[0]}%", border=True, center=True)
            put(ws, row + 2 + j, c + 4, c + 5, f"{vals[1]}%", border=True, center=True)
    height(ws, row + 1, 2)
    return row + 5


def half_sheet(wb: Workbook, i: int, d: dict) -> None:
    """Page 1 of a debt: 後半の取組 with the rates and the main items per segment."""
    ws = new_sheet(wb, f"後半{i}")
    put(ws, 1, 1, COLS, f"{YEAR_LABEL}後半の取組強化の徹底について", size=14, bold=True, center=True)
    height(ws, 1, 1, 14)
    put(ws, 2, 1, COLS, debt_line(d), bold=True)
    row = 4
    if d["style"].startswith("text"):
        row = rate_block_text(ws, row, d)
    else:
        row = rate_block_table(ws, row, d, d["style"] == "table_prev_first")
    row += 1
    put(ws, row, 1, COLS, "●主な取り組み", bold=True)
    row += 1
    segs = list(d["rates"])
    n = max(len(d["half"][s]) for s in segs)
    for j in range(n):
        need = 1
        for k, seg in enumerate(segs):
            items = d["half"][seg]
            if j < len(items):
                label, text = items[j]
                body = f"{label}{text}"
                put(ws, row, 1 + 6 * k, 6 + 6 * k, body)
                need = max(need, lines_needed(body, 6))
        height(ws, row, need)
        row += 1


def status_sheet(wb: Workbook, i: int, d: dict) -> None:
    """Page 2 of a debt: 具体取組内容の取組状況, vertical row heads 取組内容 / 取組状況（10月末）."""
    ws = new_sheet(wb, f"状況{i}")
    put(ws, 1, 1, COLS, f"{YEAR_LABEL}　未収債権に関する具体取組内容の取組状況（{AS_OF}）", size=14, bold=True,
        center=True)
    height(ws, 1, 1, 14)
    put(ws, 2, 1, COLS, debt_line(d), bold=True)
    put(ws, 4, 1, 1, "", border=True)
    put(ws, 4, 2, COLS, "過年度　現年度", border=True, center=True)
    plan = "\n\n".join(f"{label}{text}" for label, text in d["plan"])
    put(ws, 5, 1, 1, "取組内容", border=True, vertical=True)
    put(ws, 5, 2, COLS, plan, border=True)
    height(ws, 5, max(6, lines_needed(plan, COLS - 1) + 1))
    put(ws, 6, 1, 1, f"取組状況（{AS_OF}）", border=True, vertical=True)
    put(ws, 6, 2, COLS, d["status"], border=True)
    height(ws, 6, max(9, lines_needed(d["status"], COLS - 1) + 1))


def ward_sheet(wb: Workbook, i: int, d: dict) -> None:
    """The ward table: per ward, 10月末 rates this year and last year and their difference, per segment.

    The first debt prints years as the outer header (令和元年度 | 平成30年度 | 対前年同月比, each 過年度/現年度);
    the second prints segments outer (現年度分 | 過年度分, each 令和元年度/平成30年度/増減).
    """
    ws = new_sheet(wb, f"区{i}")
    table = WARD_TABLES[d["name"]]
    short = d["name"].split("（")[0]
    put(ws, 1, 1, COLS, f"区役所で徴収事務を行っている債権の状況（{AS_OF}現在）", size=13, bold=True, center=True)
    put(ws, 2, 1, 6, f"債権名：{short}", bold=True)
    segs = list(d["rates"])
    years_outer = i == 0
    put(ws, 3, 1, 2, "区名", border=True, center=True)
    ws.merge_cells("A3:B4")
    heads: list[tuple[str, str]] = []  # (group, sub) per data column
    if years_outer:
        groups = [f"{YEAR_LABEL}\n{AS_OF}徴収率（A）", f"{PREV_LABEL}\n{AS_OF}徴収率（B）", "対前年同月比\n（A）－（B）"]
        for g in groups:
            for seg in segs:
                heads.append((g, SEG_LABEL[seg][:3]))
    else:
        for seg in segs:
            for sub in (YEAR_LABEL, PREV_LABEL, "増減"):
                heads.append((SEG_LABEL[seg], sub))
    c = 3
    for g in dict.fromkeys(h[0] for h in heads):
        span = sum(1 for h in heads if h[0] == g)
        put(ws, 3, c, c + span - 1, g, border=True, center=True)
        c += span
    for k, (_, sub) in enumerate(heads):
        put(ws, 4, 3 + k, 3 + k, sub, border=True, center=True)
    height(ws, 3, 2)
    row = 5
    for ward, segrates in table.items():
        put(ws, row, 1, 2, ward, border=True, center=ward == "24区合計")
        vals: list[float] = []
        if years_outer:
            vals = [segrates[s][0] for s in segs] + [segrates[s][1] for s in segs] + \
                   [round(segrates[s][0] - segrates[s][1], 1) for s in segs]
        else:
            for s in segs:
                a, b = segrates[s]
                vals += [a, b, round(a - b, 1)]
        for k, v in enumerate(vals):
            put(ws, row, 3 + k, 3 + k, f"{v:.1f}%", border=True)
            ws[f"{col(3 + k)}{row}"].alignment = Alignment(horizontal="right", vertical="center")
        ws.row_dimensions[row].height = 15
        row += 1


def build(out: Path) -> Path:
    """Write the workbook and convert it to `out` (PDF)."""
    wb = Workbook()
    wb.remove(wb.active)
    wi = 0
    for i, d in enumerate(DEBTS):
        half_sheet(wb, i, d)
        status_sheet(wb, i, d)
        if d["name"] in WARD_TABLES:
            ward_sheet(wb, wi, d)
            wi += 1
    src = HERE / "out" / f"{STEM}.xlsx"
    src.parent.mkdir(parents=True, exist_ok=True)
    wb.save(src)
    return to_pdf(src, out, profile="progressblind2")


if __name__ == "__main__":
    print(build(ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"))
