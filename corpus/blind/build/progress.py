"""Build the blind progress-sheet PDF (大阪市 令和5年度後半の取組, 9月末) and its hand-written gold.

    python corpus/blind/build/progress.py        # writes corpus/blind/pdf/osaka_progress_r5_sep.pdf + gold

The workbook is made the way a city office makes it: one sheet per printed sheet, merged header cells,
wrapped cells with row heights set by hand, a running header and page numbers, a manual page break,
full-width digits in the typed text, rates stored as numbers with a percent format in the ward table.
The gold follows ../shared/spec/records.md literally; the conventions chosen are listed in GOLD_NOTES.
"""
from __future__ import annotations

import calendar
import hashlib
import json
import math
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.build.office import to_pdf  # noqa: E402
import progress_data as D  # noqa: E402

STEM = "osaka_progress_r5_sep"
PDF = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
GOLD = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"

GOLD_NOTES = """
Conventions of the gold (where records.md leaves them open):
- 9月末徴収率 → basis interim, as_of the month end; 前年度9月末 / 前年同期 → the previous fiscal year, interim.
- 決算見込徴収率 → estimate; 前年度決算 → actual of the previous year; 目標 / 前年度目標 → target.
- Ward table: one fact per ward and rate column; the 24区合計 row is the whole city (area null).
  The (A)−(B) column is a difference in points and is left out (not one of the six metrics).
- 市債権回収対策室 table: 徴収目標額 / 徴収実績 / 進捗率 are the office's results on transferred cases,
  not the debt's 調定額・収入済額・収納率, so no facts.
- Initiatives: the 主な取り組み items (heading + body, label and tag removed, status from the tag) and the
  取組内容 bullets (status null). The 取組状況 bullets report results and are not 取組 items.
"""

SEG_LABEL = {"arrears": "過年度", "current": "現年度"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "ＭＳ ゴシック"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
ZEN = str.maketrans("0123456789.", "０１２３４５６７８９．")


def zen(text: str, fullwidth: bool) -> str:
    """`text` with ASCII digits and points made full-width when `fullwidth`."""
    return text.translate(ZEN) if fullwidth else text


def pct(value: float, fullwidth: bool) -> str:
    """A rate as typed in the sheets: 13.8％ or １３．８％."""
    return zen(f"{value:.1f}", fullwidth) + "％"


def month(fullwidth: bool) -> str:
    """The cut-off month label (9月末 / ９月末)."""
    return zen(str(D.MONTH), fullwidth) + "月末"


def rate_lines(debt: D.Debt, seg: str) -> list[tuple[str, str, float, str, str, float]]:
    """The three printed rate lines of a segment: (label, basis, value, prev label, prev basis, prev value)."""
    r = debt.rates[seg]
    return [
        (month(debt.fullwidth) + debt.word, "interim", r.interim, debt.prev_word, "interim", r.interim_prev),
        ("決算見込" + debt.word, "estimate", r.estimate, "前年度決算", "actual", r.actual_prev),
        ("目標" + debt.word, "target", r.target, "前年度目標", "target", r.target_prev),
    ]


def rate_text(debt: D.Debt, line: tuple[str, str, float, str, str, float]) -> str:
    """One rate line as printed: '　９月末徴収率　１３．８％　（前年度９月末　１４．６％）'."""
    label, _, value, prev, _, prev_value = line
    return f"　{label}　{pct(value, debt.fullwidth)}　（{prev}　{pct(prev_value, debt.fullwidth)}）"


def item_text(debt: D.Debt, item: D.Item) -> str:
    """A 主な取り組み item as printed: label, tag and heading on the first line, the body below."""
    tag = f"【{item.status}】" if item.status else ""
    head = f"{tag}{item.heading}" if debt.tag_first else f"{item.heading}{tag}"
    return f"{item.label}{head}\n　{zen(item.body, debt.fullwidth)}"


def bullets(lines: list[str], fullwidth: bool) -> str:
    """Bulleted paragraphs in one cell, separated by an empty line."""
    return "\n\n".join("・" + zen(t, fullwidth) for t in lines)


def row_height(text: str, width_units: float, size: float = 10.0) -> float:
    """A row height (pt) that shows `text` wrapped in a cell `width_units` wide."""
    per_line = max(4.0, width_units * 5.3 * 0.9 / size)
    lines = 0
    for para in text.split("\n"):
        n = sum(0.55 if ch.isascii() else 1.0 for ch in para)
        lines += max(1, math.ceil(n / per_line))
    return lines * size * 1.42 + 6


class Sheet:
    """A worksheet with the helpers the sheets share: widths, merged writes, page setup."""

    def __init__(self, wb: Workbook, title: str, widths: list[float], one_page: bool = True) -> None:
        self.ws: Worksheet = wb.create_sheet(title)
        self.widths = widths
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        ps = self.ws.page_setup
        ps.orientation = "landscape"
        ps.paperSize = 9
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 1 if one_page else 0
        self.ws.print_options.horizontalCentered = True
        self.ws.page_margins.top = 0.8
        self.ws.page_margins.bottom = 0.7
        self.ws.oddHeader.left.text = D.MEETING
        self.ws.oddHeader.right.text = "資料２"
        self.ws.oddFooter.center.text = "－ &P －"

    def width(self, c1: int, c2: int) -> float:
        """The summed width of columns c1..c2 (1-based)."""
        return sum(self.widths[c1 - 1:c2])

    def put(self, row: int, c1: int, c2: int, value: object, *, size: float = 10, bold: bool = False,
            h: str = "left", v: str = "top", box: bool = False, fill: PatternFill | None = None,
            rows: int = 1, vertical: bool = False, fmt: str | None = None) -> None:
        """Write `value` into the (merged) block row..row+rows-1 × c1..c2 with the given look."""
        if c2 > c1 or rows > 1:
            self.ws.merge_cells(start_row=row, start_column=c1, end_row=row + rows - 1, end_column=c2)
        cell = self.ws.cell(row=row, column=c1, value=value)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=True,
                                   textRotation=255 if vertical else 0)
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = fill
        if box:
            for r in range(row, row + rows):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX

    def height(self, row: int, pt: float) -> None:
        """Set a row height, never lowering one set before (rows shared by two blocks)."""
        dim = self.ws.row_dimensions[row]
        dim.height = max(pt, dim.height or 0)


def debt_line(debt: D.Debt) -> str:
    """The 債権名 line under each sheet title."""
    return (f"債権名　{debt.printed}　　整理番号　{zen(debt.number, True)}　　【{debt.dept}】")


def segment_block(sh: Sheet, row: int, c1: int, c2: int, debt: D.Debt, seg: str) -> int:
    """Write one segment's header, rate lines and items from `row`; returns the next free row."""
    sh.put(row, c1, c2, SEG_LABEL[seg] + "分", bold=True, h="center", box=True, fill=HEAD_FILL)
    sh.height(row, 18)
    row += 1
    for line in rate_lines(debt, seg):
        sh.put(row, c1, c2, rate_text(debt, line), size=11)
        sh.height(row, 19)
        row += 1
    sh.put(row, c1, c2, "●主な取り組み", bold=True)
    sh.height(row, 20)
    row += 1
    for item in debt.items[seg]:
        text = item_text(debt, item)
        sh.put(row, c1, c2, text)
        sh.height(row, row_height(text, sh.width(c1, c2)))
        row += 1
    return row


def sheet_plan(wb: Workbook, debt: D.Debt) -> int:
    """The 後半の取組 sheet (rates and 主な取り組み); returns the number of printed pages."""
    stacked = debt.layout == "stacked"
    sh = Sheet(wb, f"{debt.number}後半", [10.5] * 12, one_page=not stacked)
    row = 1
    if debt is D.DEBTS[0]:
        sh.put(row, 1, 12, D.TITLE, size=14, bold=True, h="center")
        sh.height(row, 26)
        row += 1
    sh.put(row, 1, 12, f"{D.YEAR_LABEL}後半の取組について", size=13, bold=True, h="center")
    sh.height(row, 24)
    sh.put(row + 1, 1, 12, debt_line(debt), size=11, box=True, v="center")
    sh.height(row + 1, 22)
    row += 3
    if stacked:
        nxt = segment_block(sh, row, 1, 12, debt, "arrears")
        sh.ws.row_breaks.append(Break(id=nxt))
        segment_block(sh, nxt + 1, 1, 12, debt, "current")
        return 2
    segment_block(sh, row, 1, 6, debt, "arrears")
    segment_block(sh, row, 7, 12, debt, "current")
    return 1


def split_or_merged(sh: Sheet, row: int, label: str, content: dict[str, list[str]], fullwidth: bool) -> None:
    """One row of the 取組状況 table: a vertical label and either one merged cell or 過年度 | 現年度."""
    sh.put(row, 1, 1, label, vertical=True, h="center", v="center", box=True, bold=True)
    if "both" in content:
        text = bullets(content["both"], fullwidth)
        sh.put(row, 2, 13, text, box=True)
        sh.height(row, max(row_height(text, sh.width(2, 13)), len(label) * 13 + 10))
        return
    for seg, (c1, c2) in (("arrears", (2, 7)), ("current", (8, 13))):
        text = bullets(content.get(seg, []), fullwidth)
        sh.put(row, c1, c2, text, box=True)
        sh.height(row, max(row_height(text, sh.width(c1, c2)), len(label) * 13 + 10))


def sheet_status(wb: Workbook, debt: D.Debt) -> int:
    """The 取組状況 sheet (取組内容 and 取組状況 by segment); returns the number of printed pages."""
    sh = Sheet(wb, f"{debt.number}状況", [5.0] + [9.5] * 12)
    m = month(True)
    sh.put(1, 1, 13, f"{D.YEAR_LABEL}　未収債権に関する具体取組内容の取組状況（{m}）", size=13, bold=True, h="center")
    sh.height(1, 24)
    sh.put(2, 1, 13, debt_line(debt), size=11, v="center")
    sh.height(2, 22)
    sh.put(3, 1, 1, "", box=True)
    sh.put(3, 2, 7, "過年度", h="center", box=True, fill=HEAD_FILL, bold=True)
    sh.put(3, 8, 13, "現年度", h="center", box=True, fill=HEAD_FILL, bold=True)
    sh.height(3, 18)
    split_or_merged(sh, 4, "取組内容", debt.plan, debt.fullwidth)
    split_or_merged(sh, 5, f"取組状況（{m}）", debt.report, debt.fullwidth)
    return 1


def sheet_wards(wb: Workbook, debt: D.Debt) -> int:
    """The ward table (区役所で徴収事務を行っている債権の状況); returns the number of printed pages."""
    sh = Sheet(wb, f"{debt.number}区別", [16.0] + [13.0] * 6)
    m = month(True)
    sh.put(1, 1, 7, f"区役所で徴収事務を行っている債権の状況（{m}現在）", size=13, bold=True, h="center")
    sh.height(1, 24)
    sh.put(2, 1, 3, f"債権名：{debt.printed}", size=11)
    heads = [(D.YEAR_LABEL, f"{m}徴収率（A）"), (D.PREV_LABEL, f"{m}徴収率（B）"),
             ("対前年同期比", "（A）－（B）（ポイント）")]
    sh.put(3, 1, 1, "", box=True, rows=3)
    for i, (top, mid) in enumerate(heads):
        c = 2 + 2 * i
        sh.put(3, c, c + 1, top, h="center", v="center", box=True, fill=HEAD_FILL)
        sh.put(4, c, c + 1, mid, h="center", v="center", box=True, fill=HEAD_FILL)
        sh.put(5, c, c, "過年度", h="center", box=True, fill=HEAD_FILL)
        sh.put(5, c + 1, c + 1, "現年度", h="center", box=True, fill=HEAD_FILL)
    for r in (3, 4, 5):
        sh.height(r, 18)
    total = ("24区合計", debt.rates["arrears"].interim, debt.rates["current"].interim,
             debt.rates["arrears"].interim_prev, debt.rates["current"].interim_prev)
    for i, (ward, a1, c1, a0, c0) in enumerate([total] + debt.wards):
        r = 6 + i
        fill = TOTAL_FILL if i == 0 else None
        sh.put(r, 1, 1, ward, h="center", box=True, fill=fill, bold=i == 0)
        for j, val in enumerate((a1, c1, a0, c0)):
            sh.put(r, 2 + j, 2 + j, val / 100, h="right", box=True, fill=fill, fmt="0.0%")
        for j, val in enumerate((round(a1 - a0, 1), round(c1 - c0, 1))):
            sh.put(r, 6 + j, 6 + j, val, h="right", box=True, fill=fill, fmt='0.0;"▲"0.0;0.0')
        sh.height(r, 16.5)
    return 1


def sheet_taisaku(wb: Workbook) -> int:
    """The 市債権回収対策室の徴収状況 sheet; returns the number of printed pages."""
    sh = Sheet(wb, "対策室", [15.0, 10.0, 30.0, 11.0, 12.0, 13.0, 13.0, 15.0])
    sh.put(1, 1, 6, f"　{D.YEAR_LABEL}　市債権回収対策室の徴収状況", size=13, bold=True)
    sh.put(1, 7, 8, f"（令和５年{month(True)}現在）", h="right")
    sh.height(1, 24)
    sh.put(2, 1, 8, "（１）個別に事案引継を行ったもの", bold=True)
    head1 = ["債権名", "所管局\n（会計）", "引継対象、条件", "件数（件）", "引継金額\n（百万円）",
             "徴収目標額①\n（百万円）", "徴収実績②\n（百万円）", f"進捗率（②/①）\n（参考：前年{month(True)}）"]
    row = table_rows(sh, 3, head1, [r[:7] + (f"{r[7]}\n（{r[8]}）",) for r in D.TAISAKU_1])
    t = D.TAISAKU_1_TOTAL
    sh.put(row, 1, 3, "合　　　　計　①", h="center", box=True, fill=TOTAL_FILL)
    for j, val in enumerate(t[:4] + (f"{t[4]}\n（{t[5]}）",)):
        sh.put(row, 4 + j, 4 + j, val, h="right", box=True, fill=TOTAL_FILL)
    sh.height(row, 30)
    row += 2
    sh.put(row, 1, 8, "（２）財産調査・滞納処分強化によるもの（区役所との連携による徴収効果額）", bold=True)
    head2 = ["債権名", "所管局\n（会計）", "対象条件", "財産調査対象\n滞納額(百万円)", "徴収効果目標額①\n（百万円）",
             "徴収効果額②\n（百万円）", f"進捗率（②/①）\n（参考：前年{month(True)}）", ""]
    rows2 = [r[:6] + (f"{r[6]}\n（{r[7]}）", "") for r in D.TAISAKU_2]
    row = table_rows(sh, row + 1, head2, rows2, merge_last=True)
    t2 = D.TAISAKU_2_TOTAL
    sh.put(row, 1, 3, "合　　　　計　②", h="center", box=True, fill=TOTAL_FILL)
    for j, val in enumerate(t2[:3]):
        sh.put(row, 4 + j, 4 + j, val, h="right", box=True, fill=TOTAL_FILL)
    sh.put(row, 7, 8, f"{t2[3]}\n（{t2[4]}）", h="right", box=True, fill=TOTAL_FILL)
    sh.height(row, 30)
    row += 2
    a = D.TAISAKU_ALL
    sh.put(row, 1, 3, "", box=True)
    sh.put(row, 4, 5, "徴収目標額（百万円）\n（Ａ）＋（Ｃ）", h="center", box=True, fill=HEAD_FILL)
    sh.put(row, 6, 7, "徴収実績（百万円）\n（Ｂ）＋（Ｄ）", h="center", box=True, fill=HEAD_FILL)
    sh.put(row, 8, 8, f"進捗率（②/①）\n（参考：前年{month(True)}）", h="center", box=True, fill=HEAD_FILL)
    sh.height(row, 32)
    sh.put(row + 1, 1, 3, "合計　①＋②", h="center", box=True, fill=TOTAL_FILL)
    sh.put(row + 1, 4, 5, a[0], h="right", box=True)
    sh.put(row + 1, 6, 7, a[1], h="right", box=True)
    sh.put(row + 1, 8, 8, f"{a[2]}\n（{a[3]}）", h="right", box=True)
    sh.height(row + 1, 30)
    return 1


def table_rows(sh: Sheet, row: int, head: list[str], rows: list[tuple[str, ...]],
               merge_last: bool = False) -> int:
    """Write a header and body rows (last two columns merged when `merge_last`); returns the next row."""
    ncol = len(head) - (1 if merge_last else 0)
    for j, text in enumerate(head[:ncol]):
        c2 = j + 2 if merge_last and j == ncol - 1 else j + 1
        sh.put(row, j + 1, c2, text, h="center", v="center", box=True, fill=HEAD_FILL)
    sh.height(row, 34)
    for i, r in enumerate(rows, start=1):
        for j, text in enumerate(r[:ncol]):
            c2 = j + 2 if merge_last and j == ncol - 1 else j + 1
            sh.put(row + i, j + 1, c2, text, h="left" if j < 3 else "right", v="center", box=True)
        sh.height(row + i, 34)
    return row + len(rows) + 1


def build_workbook(path: Path) -> dict[str, list[int]]:
    """Write the workbook; returns the 1-based printed pages of each sheet kind per debt number."""
    wb = Workbook()
    wb.remove(wb.active)
    pages: dict[str, list[int]] = {}
    page = 1
    for debt in D.DEBTS:
        n = sheet_plan(wb, debt)
        pages[f"{debt.number}/plan"] = list(range(page, page + n))
        page += n
        pages[f"{debt.number}/status"] = [page]
        page += sheet_status(wb, debt)
        if debt.wards:
            pages[f"{debt.number}/wards"] = [page]
            page += sheet_wards(wb, debt)
    pages["taisaku"] = [page]
    page += sheet_taisaku(wb)
    pages["total"] = [page - 1]
    wb.save(path)
    return pages


def fact(debt: D.Debt, seg: str, fy: int, fy_raw: str, basis: str, value: float, raw: str, page: int,
         area: str | None = None) -> dict[str, object]:
    """One gold fact for a printed rate."""
    last = calendar.monthrange(fy, D.MONTH)[1]
    as_of = f"{fy}-{D.MONTH:02d}-{last:02d}" if basis == "interim" else None
    return {"debt": debt.name, "debt_raw": debt.printed, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": "collection_rate", "basis": basis, "as_of": as_of,
            "value": value, "unit": "percent", "approx": False, "raw": raw, "page": page, "area": area}


def gold_facts(pages: dict[str, list[int]]) -> list[dict[str, object]]:
    """The gold facts: six rates per debt and segment, four per ward row."""
    out: list[dict[str, object]] = []
    for debt in D.DEBTS:
        plan_pages = pages[f"{debt.number}/plan"]
        for k, seg in enumerate(("arrears", "current")):
            page = plan_pages[min(k, len(plan_pages) - 1)]
            for line in rate_lines(debt, seg):
                _, basis, value, prev, prev_basis, prev_value = line
                out.append(fact(debt, seg, D.YEAR, D.YEAR_LABEL, basis, value, pct(value, debt.fullwidth), page))
                out.append(fact(debt, seg, D.YEAR - 1, prev, prev_basis, prev_value,
                                pct(prev_value, debt.fullwidth), page))
        if debt.wards:
            page = pages[f"{debt.number}/wards"][0]
            total = ("24区合計", debt.rates["arrears"].interim, debt.rates["current"].interim,
                     debt.rates["arrears"].interim_prev, debt.rates["current"].interim_prev)
            for ward, a1, c1, a0, c0 in [total] + debt.wards:
                area = None if ward == "24区合計" else ward
                for seg, fy, fy_raw, v in (("arrears", D.YEAR, D.YEAR_LABEL, a1), ("current", D.YEAR, D.YEAR_LABEL, c1),
                                           ("arrears", D.YEAR - 1, D.PREV_LABEL, a0),
                                           ("current", D.YEAR - 1, D.PREV_LABEL, c0)):
                    out.append(fact(debt, seg, fy, fy_raw, "interim", v, f"{v:.1f}%", page, area))
    return out


def gold_initiatives(pages: dict[str, list[int]]) -> list[dict[str, object]]:
    """The gold initiatives: 主な取り組み items and 取組内容 bullets."""
    out: list[dict[str, object]] = []
    for debt in D.DEBTS:
        plan_pages = pages[f"{debt.number}/plan"]
        for k, seg in enumerate(("arrears", "current")):
            page = plan_pages[min(k, len(plan_pages) - 1)]
            for item in debt.items[seg]:
                out.append({"debt": debt.name, "debt_raw": debt.printed, "fiscal_year": D.YEAR,
                            "section": f"{D.YEAR_LABEL}後半の取組（{SEG_LABEL[seg]}分）", "label": item.label,
                            "text": f"{item.heading} {zen(item.body, debt.fullwidth)}", "status": item.status,
                            "page": page})
        status_page = pages[f"{debt.number}/status"][0]
        for key in ("both", "arrears", "current"):
            for text in debt.plan.get(key, []):
                out.append({"debt": debt.name, "debt_raw": debt.printed, "fiscal_year": D.YEAR,
                            "section": "具体取組内容" + (f"（{SEG_LABEL[key]}）" if key != "both" else ""),
                            "label": "・", "text": zen(text, debt.fullwidth), "status": None, "page": status_page})
    return out


def check_pages(pdf: Path, pages: dict[str, list[int]]) -> int:
    """Verify the printed page of each sheet (its 債権名 line is there); returns the page count."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        texts = [p.get_text() for p in doc]
    for debt in D.DEBTS:
        for kind in ("plan", "status", "wards"):
            for p in pages.get(f"{debt.number}/{kind}", [])[:1]:
                if debt.printed not in texts[p - 1].replace("\n", ""):
                    raise SystemExit(f"{pdf.name}: page {p} lacks {debt.printed} ({kind})")
    if len(texts) != pages["total"][0]:
        raise SystemExit(f"{pdf.name}: {len(texts)} pages, expected {pages['total'][0]}")
    return len(texts)


def main() -> None:
    """Build the PDF, check its pages and write the gold JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / f"{STEM}.xlsx"
        pages = build_workbook(xlsx)
        to_pdf(xlsx, PDF, profile="progressblind")
    n = check_pages(PDF, pages)
    doc = {
        "schema_version": "1",
        "source": {"file": PDF.name, "sha256": hashlib.sha256(PDF.read_bytes()).hexdigest(), "pages": n},
        "document": {"kind": "progress_report", "municipality": "大阪市", "title": D.TITLE,
                     "date": None, "date_raw": None},  # no date of issue is printed
        "facts": gold_facts(pages),
        "initiatives": gold_initiatives(pages),
        "minutes": None,
        "tables": [],
        "warnings": [],
    }
    from saiken.extract.records import Document

    Document.model_validate(doc)
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    GOLD.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{PDF} ({n} pages), {len(doc['facts'])} facts, {len(doc['initiatives'])} initiatives -> {GOLD}")


if __name__ == "__main__":
    main()
