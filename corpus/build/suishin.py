"""Rebuild corpus/pdf/amagasaki_plan_2nd.pdf and its gold from corpus/build/suishin_data.json.

The 尼崎市 plan with 債権管理推進シート is made the way the office makes it:
- the plan body (cover, contents, sections 1–5 with the 債権一覧 that runs over three pages with its header
  row repeated) as a .docx (python-docx), running header and page numbers in the footer;
- the nine 推進シート as .xlsx worksheets (openpyxl: merged cells, borders, A4 fitted to one page,
  one worksheet per printed page), running header 「債権管理推進シート」 and page numbers;
both converted with LibreOffice headless and merged into one PDF (pymupdf `insert_pdf`).

suishin_data.json, transcribed from the seed text, is the single source of the PDF and of the gold
corpus/gold/amagasaki_plan_2nd.json. After the build, every gold fact's printed text is looked up on its
page of the built PDF, and the build fails when one is missing.

    python corpus/build/suishin.py
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
from docx import Document as Docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import Document, Fact, Initiative, Source, Table  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

STEM = "amagasaki_plan_2nd"
DATA = Path(__file__).with_name("suishin_data.json")
PROFILE = "suishin"
FRONT_PAGES = 2  # cover and contents come before printed page 1
SHEET_FIRST_PRINTED = 14  # printed page of the first 推進シート
LEDGER_PRINTED = (5, 6, 7)  # printed pages of the three parts of the 債権一覧
EFFECTS_PRINTED = 2
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"

# ---------------------------------------------------------------- reading printed values (gold side)

METRICS = (("調定", "assessed"), ("収入済", "collected"), ("収納額", "collected"), ("収入額", "collected"), ("収納率", "collection_rate"),
           ("収入率", "collection_rate"), ("徴収率", "collection_rate"), ("不納欠損", "written_off"),
           ("収入未済", "outstanding"), ("滞納者数", "delinquents"), ("滞納世帯数", "delinquents"))
SEGMENTS = (("全体", "total"), ("現年", "current"), ("滞納繰越", "arrears"), ("滞繰", "arrears"), ("過年度", "arrears"),
            ("計", "total"), ("合計", "total"))
COUNT_UNITS = (("世帯", "households"), ("件", "cases"), ("人", "persons"))


def metric_of(label: str) -> str | None:
    """The contract metric a printed row label names, None when it names none."""
    return next((m for k, m in METRICS if k in label), None)


def segment_of(label: str) -> str | None:
    """The contract segment a printed row label names, None when it names none."""
    return next((s for k, s in SEGMENTS if label.startswith(k)), None)


def count_unit(label: str) -> str:
    """persons / households / cases from a (単位:人) style note in a count row's label."""
    return next((u for k, u in COUNT_UNITS if k in label.split("単位")[-1]), "persons")


def printed_number(raw: str, scale: int = 1) -> int | float | None:
    """The value of a printed figure ('1,924,838千円', '△ 1,513,812', '97.87%'); None for '-' and blanks."""
    t = fold(raw).replace(" ", "")
    neg = t[:1] in ("△", "▲", "-") and len(t) > 1
    scale = next((v for k, v in (("千円", 1000), ("万円", 10000), ("億円", 100000000)) if k in t), scale)
    digits = re.sub(r"[^\d.]", "", t)
    if not digits:
        return None
    if "%" in t:
        return -float(digits) if neg else float(digits)
    value = int(round(float(digits) * scale))
    return -value if neg else value


def western_year(header: str) -> int:
    """The Western year printed in a year header such as '平成29年度 (2017年度)'."""
    m = re.search(r"(\d{4})年度", fold(header))
    return int(m.group(1)) if m else western_year_from_era(header)


def era_part(header: str) -> str:
    """The 和暦 part of a year header ('令和５年度（2023年度）' → '令和５年度')."""
    return re.split(r"[\s(（\n]", header.strip(), maxsplit=1)[0]


# ---------------------------------------------------------------- gold

def row_scale(sheet: dict[str, Any], label: str, unit: str) -> int:
    """Yen per printed unit of a row: 1000 for a (千円) label or a sheet whose note says 千円, else 1."""
    if unit != "yen":
        return 1
    return 1000 if "千円" in label or "千円" in sheet.get("unit", "") else 1


def sheet_facts(sheet: dict[str, Any], first_page: int, debt: str | None = None) -> list[Fact]:
    """The facts of one sheet's 5-year table (on `first_page`) and 目標 table (on the next page)."""
    facts: list[Fact] = []
    name = sheet["debt"]
    fy = sheet["five_year"]
    segment = None
    for row in fy["rows"]:
        if row[0]:
            segment = segment_of(row[0])
        label = row[1] or row[0]
        metric = metric_of(label)
        seg = segment if row[1] else "total"
        if metric is None:
            continue
        unit = "percent" if metric == "collection_rate" else (count_unit(label) if metric == "delinquents" else "yen")
        scale = row_scale(sheet, label, unit)
        for header, raw in zip(fy["years"], row[2:]):
            value = printed_number(raw, scale)
            if value is None:
                continue
            facts.append(Fact(debt=debt or name, debt_raw=name, fiscal_year=western_year(header),
                              fiscal_year_raw=era_part(header), segment=seg, metric=metric,
                              basis="estimate" if "見込" in header else "actual",
                              value=value, unit=unit, raw=raw, page=first_page))
    tg = sheet["target"]
    for row in tg["rows"]:
        metric = metric_of(row[1] or row[0])
        if metric is None:
            continue
        seg = segment_of(row[0]) if row[1] else "total"
        unit = "percent" if metric == "collection_rate" else "yen"
        scale = row_scale(sheet, row[0] + row[1], unit)
        for header, raw in zip(tg["years"], row[2:]):
            value = printed_number(raw, scale)
            if value is None:
                continue
            facts.append(Fact(debt=debt or name, debt_raw=name, fiscal_year=western_year(header),
                              fiscal_year_raw=era_part(header), segment=seg, metric=metric, basis="target",
                              value=value, unit=unit, raw=raw, page=first_page + 1))
    return facts


def effects_facts(data: dict[str, Any], page: int) -> list[Fact]:
    """The facts of the 特定債権及びその他の債権の状況（千円） table: H29 and R3 収入未済額 and their 差額."""
    facts = []
    years = [(2017, "平成29年度", "outstanding"), (2021, "令和3年度", "outstanding"), (2021, "令和3年度", "difference")]
    for row in data["effects"]:
        name = row[0]
        for (year, year_raw, metric), raw in zip(years, row[1:4]):
            value = printed_number(raw, 1000)
            if value is None:
                continue
            facts.append(Fact(debt=None if name == "合計" else name, debt_raw=name, fiscal_year=year,
                              fiscal_year_raw=year_raw, segment="total", metric=metric, basis="actual",
                              value=value, unit="yen", raw=raw, page=page))
    return facts


def ledger_pages(data: dict[str, Any]) -> Iterator[tuple[int, list[str]]]:
    """(physical page, row) for every row of the 債権一覧, following the page plan of the body."""
    for k, blocks in enumerate(data["body_pages"]):
        for b in blocks:
            if b[0] == "table" and b[1] == "ledger":
                for row in data["ledger"][b[2]:b[3]]:
                    yield k + 1 + FRONT_PAGES, row


def ledger_facts(data: dict[str, Any]) -> list[Fact]:
    """One 収入未済額 fact (令和3年度決算, 千円 printed) per row of the 債権一覧, 合計 included."""
    facts = []
    for page, row in ledger_pages(data):
        name, raw = row[1], row[2]
        facts.append(Fact(debt=None if name == "合計" else name, debt_raw=name, fiscal_year=2021,
                          fiscal_year_raw="令和3年度", segment="total", metric="outstanding", basis="actual",
                          value=printed_number(raw), unit="yen", raw=raw, page=page))
    return facts


def sheet_initiatives(sheet: dict[str, Any], page: int) -> list[Initiative]:
    """Every item of a sheet's 目標実現に向けた取組 table, with the year its column header starts."""
    out = []
    header = sheet["measures"]["header"]
    for row in sheet["measures"]["rows"]:
        for col, items in zip(header, row["cells"]):
            year = western_year_from_era(col)
            for item in items:
                m = re.match(r"【(継続|新規|拡充)】", item)
                status, text = (m.group(1), item[m.end():].strip()) if m else (None, item)
                out.append(Initiative(debt=sheet["debt"], debt_raw=sheet["debt"], fiscal_year=year,
                                      section=row["label"], label=None, text=text, status=status,  # type: ignore[arg-type]
                                      page=page))
    return out


ERA_BASE = {"令和": 2018, "平成": 1988, "R": 2018, "H": 1988}


def western_year_from_era(text: str) -> int:
    """The first 和暦 year of a header ('令和5年度～令和9年度の取組' → 2023); 元年 is 1."""
    m = re.search(r"(令和|平成|R|H)\s*(元|\d+)", fold(text))
    if not m:
        raise ValueError(f"no era year in {text!r}")
    return ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))


def sheet_page(index: int) -> int:
    """Physical page of the first page of the index-th 推進シート (0-based)."""
    return FRONT_PAGES + SHEET_FIRST_PRINTED + 2 * index


def prose_facts(data: dict[str, Any]) -> list[Fact]:
    """City-wide 収入未済額 stated in sentences of the plan body (actuals compared, and the plan's target)."""
    return [Fact(debt=None, debt_raw=None, fiscal_year=f["fiscal_year"], fiscal_year_raw=f["fiscal_year_raw"],
                 segment="total", metric="outstanding", basis=f["basis"], value=f["value"], unit="yen",
                 approx=f["approx"], raw=f["raw"], page=f["page"]) for f in data.get("prose_facts", [])]


def gold_document(data: dict[str, Any], pdf: Path) -> Document:
    """The gold record of the built PDF, from the data (never from extractor output)."""
    doc = Document(source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
                                 pages=pymupdf.open(pdf).page_count))
    doc.document.kind = "plan"
    doc.document.family = "suishin"
    doc.document.municipality = data["municipality"]
    doc.document.title = data["title"]
    doc.document.date_raw = data["date_raw"]
    doc.document.date = "2023-02-01"
    doc.facts = effects_facts(data, EFFECTS_PRINTED + FRONT_PAGES) + ledger_facts(data) + prose_facts(data)
    for i, sheet in enumerate(data["sheets"]):
        doc.facts += sheet_facts(sheet, sheet_page(i))
        doc.initiatives += sheet_initiatives(sheet, sheet_page(i) + 1)
    return doc


def grid_rows(rows: list[list[str]]) -> list[list[str]]:
    """Folded cell texts of a table as the page model gives them (line breaks joined)."""
    return [[fold(c.replace("\n", "")) for c in r] for r in rows]


def five_year_grid(sheet: dict[str, Any]) -> list[list[str]]:
    """The 5-year table as printed: '' in the covered slots of merged cells."""
    fy = sheet["five_year"]
    rows = [["", ""] + [y.replace(" ", "\n") for y in fy["years"]]]
    rows += [r[:] for r in fy["rows"]]
    return grid_rows(rows)


def ledger_grid(data: dict[str, Any]) -> list[list[str]]:
    """The 債権一覧 stitched over its pages: header once, then every row."""
    return grid_rows([data["ledger_header"]] + [r[:7] for r in data["ledger"]])


def table_bbox(pdf: pymupdf.Document, pages: list[int], rows: list[list[str]]) -> tuple[float, float, float, float]:
    """Approximate bbox (on the first page) of a table: the union of where its first-page cell texts are printed."""
    page = pdf[pages[0] - 1]
    rects = [hits[0] for r in rows for c in r if c and (hits := page.search_for(c))]
    if not rects:
        raise RuntimeError(f"p.{pages[0]}: table text not found")
    x0, y0 = min(r.x0 for r in rects), min(r.y0 for r in rects)
    x1, y1 = max(r.x1 for r in rects), max(r.y1 for r in rects)
    return (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1))


def add_gold_tables(doc: Document, data: dict[str, Any], pdf_path: Path) -> None:
    """Two whole tables for the cell-by-cell test: 国民健康保険料's 5-year table and the 債権一覧."""
    pdf = pymupdf.open(pdf_path)
    k = next(i for i, s in enumerate(data["sheets"]) if s["debt"] == "国民健康保険料")
    page = sheet_page(k)
    sheet = data["sheets"][k]
    rows = five_year_grid(sheet)
    doc.tables.append(Table(page=page, bbox=table_bbox(pdf, [page], rows), rows=rows))
    pages = sorted({p for p, _ in ledger_pages(data)})
    rows = ledger_grid(data)
    doc.tables.append(Table(page=pages[0], bbox=table_bbox(pdf, pages, rows[:3]), rows=rows, pages=pages))


def verify_pages(doc: Document, pdf_path: Path) -> list[str]:
    """Gold facts/initiatives whose printed text is not on their page of the PDF (empty when all are)."""
    pdf = pymupdf.open(pdf_path)
    texts = [re.sub(r"\s+", "", fold(p.get_text())) for p in pdf]
    problems = []
    for f in doc.facts:
        if re.sub(r"\s+", "", fold(f.raw)) not in texts[f.page - 1]:
            problems.append(f"p.{f.page} {f.debt_raw} {f.metric} {f.fiscal_year}: {f.raw!r} がページにありません")
    for it in doc.initiatives:
        head = re.sub(r"\s+", "", fold(it.text))[:12]
        if head not in texts[it.page - 1]:
            problems.append(f"p.{it.page} {it.debt_raw}: {it.text[:20]!r} がページにありません")
    return problems


# ---------------------------------------------------------------- wrapping text for fixed cells

def width(ch: str) -> float:
    """Display width of a character in em (ASCII is half width)."""
    return 0.5 if ord(ch) < 0x2000 or 0xFF61 <= ord(ch) <= 0xFF9F else 1.0


NO_HEAD = set("、。，．）)」』】・%％")


def wrap(text: str, ems: float) -> list[str]:
    """Hard-wrap `text` into lines of at most `ems` em, keeping ASCII words whole and 、。）・ off line heads."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur, w = "", 0.0
        for i, ch in enumerate(para):
            if w + width(ch) > ems and cur and ch not in NO_HEAD:
                m = re.search(r"[A-Za-z0-9.,]+$", cur)
                if m and ch.isascii() and ch.isalnum() and 0 < m.start():
                    lines.append(cur[:m.start()])
                    cur = cur[m.start():]
                    w = sum(width(c) for c in cur)
                else:
                    lines.append(cur)
                    cur, w = "", 0.0
            cur += ch
            w += width(ch)
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- .docx plan body

def _east_asian(run_or_style: Any, name: str, size: float | None = None, bold: bool = False) -> None:
    font = run_or_style.font
    font.name = name
    if size:
        font.size = Pt(size)
    font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _field(paragraph: Any, code: str) -> None:
    """Append a Word field (PAGE) to a paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _para(doc: Any, text: str, font: str = MINCHO, size: float = 10.5, bold: bool = False,
          indent_mm: float = 0, align: Any = None, page_break: bool = False, space_after: float = 4) -> Any:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.page_break_before = page_break
    if align is not None:
        p.alignment = align
    _east_asian(p.add_run(text), font, size, bold)
    return p


def _cell_text(cell: Any, text: str, size: float, align: Any = None, bold: bool = False) -> None:
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    for i, line in enumerate(lines):
        run = p.add_run(line)
        _east_asian(run, MINCHO, size, bold)
        if i < len(lines) - 1:
            run.add_break()


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)


def _table(doc: Any, header: list[str], rows: list[list[str]], widths_mm: list[float], size: float,
           numeric: set[int]) -> None:
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths_mm):
        col.width = Mm(w)
    for r, values in enumerate([header] + rows):
        row = t.rows[r]
        if r == 0:
            _repeat_header(row)
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = Mm(widths_mm[c])
            right = r > 0 and c in numeric
            _cell_text(cell, value, size, WD_ALIGN_PARAGRAPH.RIGHT if right else
                       (WD_ALIGN_PARAGRAPH.CENTER if r == 0 else None), bold=r == 0)


def build_docx(data: dict[str, Any], dest: Path) -> Path:
    """The plan body: cover and contents (no page number), then printed pages 1–13."""
    doc = Docx()
    normal = doc.styles["Normal"]
    _east_asian(normal, MINCHO, 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for s in ("left_margin", "right_margin"):
        setattr(sec, s, Mm(22))
    sec.top_margin = sec.bottom_margin = Mm(25)
    # cover
    _para(doc, "", space_after=120)
    for line in data["title_lines"]:
        _para(doc, line, GOTHIC, 30, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    _para(doc, "", space_after=120)
    _para(doc, data["date_raw"], GOTHIC, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, data["author"], GOTHIC, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    # contents and legend
    _para(doc, "目　次", GOTHIC, 14, True, align=WD_ALIGN_PARAGRAPH.CENTER, page_break=True, space_after=18)
    for no, title, page in data["toc"]:
        _para(doc, f"{no}　{title}　{page}", MINCHO, 11, space_after=10)
    _para(doc, "凡　例", GOTHIC, 12, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    _table(doc, ["用語", "説明"], data["legend"], [45, 120], 9, set())
    # body: a new section whose page numbers start at 1
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    body._sectPr.append(pg)
    body.header.is_linked_to_previous = False
    body.footer.is_linked_to_previous = False
    hp = body.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _east_asian(hp.add_run(data["title"]), MINCHO, 8)
    fp = body.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _east_asian(fp.add_run("- "), MINCHO, 9)
    _field(fp, "PAGE")
    _east_asian(fp.add_run(" -"), MINCHO, 9)
    for k, blocks in enumerate(data["body_pages"]):
        first = True
        for b in blocks:
            brk = first and k > 0
            first = False
            kind = b[0]
            if kind == "table":
                if brk:
                    _para(doc, "", size=2, page_break=True, space_after=0)
                if b[1] == "effects":
                    _table(doc, data["effects_header"], data["effects"], [52, 28, 28, 28, 20], 9, {1, 2, 3})
                else:
                    _table(doc, data["ledger_header"], [r[:7] for r in data["ledger"][b[2]:b[3]]],
                           [8, 34, 20, 10, 10, 26, 58], 7, {0, 2})
            elif kind == "h1":
                _para(doc, b[1], GOTHIC, 13, True, page_break=brk, space_after=8)
            elif kind == "h2":
                _para(doc, b[1], GOTHIC, 11, True, indent_mm=2, page_break=brk)
            elif kind == "h3":
                _para(doc, b[1], GOTHIC, 10.5, indent_mm=5, page_break=brk)
            elif kind == "note":
                _para(doc, b[1], MINCHO, 9, indent_mm=5, page_break=brk)
            elif kind == "blank":
                _para(doc, "", space_after=250, page_break=brk)
                _para(doc, b[1], MINCHO, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            elif kind == "toc":
                _para(doc, b[1], MINCHO, 11, indent_mm=5, page_break=brk, space_after=10)
            else:
                _para(doc, "　" + b[1], MINCHO, 10.5, indent_mm=5, page_break=brk)
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest))
    return dest


# ---------------------------------------------------------------- .xlsx 推進シート

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
COLS = {"A": 9, "B": 15, "C": 15, "D": 15, "E": 15, "F": 15, "G": 15}  # A–G, in character units
EM_PER_UNIT = 0.47  # ems of 9 pt text per column unit, a little short of the real width


class SheetWriter:
    """Writes rows onto one worksheet (one printed page) with merged, bordered and wrapped cells."""

    def __init__(self, ws: Worksheet, size: float = 9):
        self.ws, self.row, self.size = ws, 1, size
        for col, w in COLS.items():
            ws.column_dimensions[col].width = w

    def _ems(self, c0: str, c1: str, size: float) -> float:
        units = sum(w for c, w in COLS.items() if c0 <= c <= c1)
        return units * EM_PER_UNIT * 9 / size - 1

    def put(self, col: str, text: str | int | float, *, to: str | None = None, rows: int = 1, border: bool = True,
            bold: bool = False, align: str = "left", size: float | None = None, fmt: str | None = None,
            wrapped: bool = False) -> int:
        """Write a value at (current row, col), merged to column `to` and over `rows`; returns its line count."""
        size = size or self.size
        ws = self.ws
        ref = f"{col}{self.row}"
        lines = 1
        if isinstance(text, str) and wrapped:
            parts = wrap(text, self._ems(col, to or col, size))
            text, lines = "\n".join(parts), len(parts)
        elif isinstance(text, str):
            lines = text.count("\n") + 1
        ws[ref] = text
        cell = ws[ref]
        cell.font = Font(name=GOTHIC, size=size, bold=bold)
        cell.alignment = Alignment(horizontal=align, vertical="center" if rows > 1 or not wrapped else "top",
                                   wrap_text=True)
        if fmt:
            cell.number_format = fmt
        last_row = self.row + rows - 1
        end = f"{to or col}{last_row}"
        if end != ref:
            ws.merge_cells(f"{ref}:{end}")
        if border:
            for r in ws.iter_rows(min_row=self.row, max_row=last_row, min_col=ord(col) - 64,
                                  max_col=ord(to or col) - 64):
                for c in r:
                    c.border = BOX
        return lines

    def end_row(self, lines: int = 1, size: float | None = None) -> None:
        """Close the current row with a height fitting `lines` lines of text."""
        self.ws.row_dimensions[self.row].height = lines * (size or self.size) * 1.45 + 4
        self.row += 1


def _page_setup(ws: Worksheet, printed_page: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.center.text = "債権管理推進シート"
    ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = f"- {printed_page} -"
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True


def _amount_format(raw: str) -> tuple[int | float | str, str | None]:
    """A printed figure as the cell value and number format that print it back exactly."""
    t = raw.strip()
    if t in ("-", "－", ""):
        return t, None
    if t.endswith("%"):
        decimals = len(t.rstrip("%").split(".")[1]) if "." in t else 0
        return round(float(t.rstrip("%")) / 100, decimals + 2), "0." + "0" * decimals + "%" if decimals else "0%"
    if t.endswith("円"):
        space = " " if t[:-1].endswith(" ") else ""
        return int(re.sub(r"\D", "", t)), f'#,##0{space}"円"'
    return int(t.replace(",", "")), "#,##0"


def _section(w: SheetWriter, title: str, paragraphs: list[str]) -> None:
    w.put("A", title, to="G", border=False, bold=True, size=10)
    w.end_row(1, 10)
    lines = w.put("A", "\n".join(paragraphs), to="G", wrapped=True)
    w.end_row(lines)
    w.end_row(0.4)


def _value_rows(w: SheetWriter, years: list[str], rows: list[list[str]], year_fmt: Any) -> None:
    """The header and body of a 5-year or 目標 table: merged segment labels, label cells spanning A:B."""
    w.put("A", "", to="B")
    for k, y in enumerate(years):
        w.put("CDEFG"[k], year_fmt(y), align="center")
    w.end_row(2)
    i = 0
    while i < len(rows):
        row = rows[i]
        if row[0] and row[1]:  # a segment label spanning its metric rows
            span = 1
            while i + span < len(rows) and rows[i + span][0] == "" and rows[i + span][1]:
                span += 1
            w.put("A", row[0], rows=span, align="center")
            for sub in rows[i:i + span]:
                w.put("B", sub[1], align="center")
                _values(w, sub[2:])
                w.end_row(1)
            i += span
            continue
        if row[0] == "補足説明":
            w.put("A", "補足説明", to="B", align="center")
            lines = w.put("C", re.sub(r"</?p>", "\n", row[2]).strip().replace("\n\n", "\n").replace("\n ", "\n"),
                          to="G", wrapped=True, size=8)
            w.end_row(max(lines, 1), 8)
        else:
            label = row[0].replace(" (", "\n(").replace("(単位", "\n(単位").replace("\n\n", "\n")
            w.put("A", label, to="B", align="center")
            _values(w, row[2:])
            w.end_row(label.count("\n") + 1)
        i += 1


def _values(w: SheetWriter, raws: list[str]) -> None:
    for k, raw in enumerate(raws[:5]):
        value, fmt = _amount_format(raw)
        w.put("CDEFG"[k], value, align="right" if fmt else "center", fmt=fmt)


FULLWIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def _target_year(header: str) -> str:
    """目標 headers printed with full-width digits on two lines: '令和５年度\n（2023年度）'."""
    era, western = header.split(" ")
    return era.translate(FULLWIDTH) + "\n" + western.replace("(", "（").replace(")", "）")


def build_sheets(data: dict[str, Any], dest: Path) -> Path:
    """The nine 推進シート, two worksheets (printed pages) each."""
    wb = Workbook()
    wb.remove(wb.active)
    for i, s in enumerate(data["sheets"]):
        printed = SHEET_FIRST_PRINTED + 2 * i
        w = SheetWriter(wb.create_sheet(f"{i + 1}-1"))
        _page_setup(w.ws, printed)
        w.put("A", "債権名", align="center", bold=True)
        w.put("B", s["debt"], to="C")
        w.put("D", "所管課名", align="center", bold=True)
        w.put("E", s["dept"], to="G")
        w.end_row(1.6)
        w.end_row(0.4)
        _section(w, "1. 債権の概要", s["overview"])
        _section(w, "2. 令和4年度の債権管理に係る体制", s["staff"])
        title = s["five_year_title"]
        lines = w.put("A", title, to="G", border=False, bold=True, size=10, wrapped=True)
        w.end_row(lines, 10)
        w.put("G", s["unit"], border=False, align="right", size=8)
        w.end_row(1, 8)
        _value_rows(w, s["five_year"]["years"], s["five_year"]["rows"], lambda y: y.replace(" ", "\n"))
        w.end_row(0.4)
        _section(w, "4. 収納状況に関する説明(滞納の要因分析を含む。)", s["explanation"])
        _section(w, "5. 令和3年度の債権管理に係る取組の検証", s["review"])

        w = SheetWriter(wb.create_sheet(f"{i + 1}-2"))
        _page_setup(w.ws, printed + 1)
        w.put("A", s["target_title"], to="G", border=False, bold=True, size=10)
        w.end_row(1, 10)
        _value_rows(w, s["target"]["years"], s["target"]["rows"], _target_year)
        w.end_row(0.6)
        w.put("A", "7. 目標実現に向けた取組", to="G", border=False, bold=True, size=10)
        w.end_row(1, 10)
        w.put("A", "", to="A")
        w.put("B", s["measures"]["header"][0], to="D", align="center")
        w.put("E", s["measures"]["header"][1], to="G", align="center")
        w.end_row(1)
        for row in s["measures"]["rows"]:
            w.put("A", row["label"], align="center", size=8)
            n = 0
            for (c0, c1), items in zip((("B", "D"), ("E", "G")), row["cells"]):
                text = "\n".join(it if it == "同左" else "・" + it for it in items)
                n = max(n, w.put(c0, text, to=c1, wrapped=True, size=8))
            w.end_row(max(n, 4), 8)
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    return dest


# ---------------------------------------------------------------- assembling

def merge_pdfs(parts: list[Path], dest: Path) -> Path:
    """Concatenate PDFs into `dest` (written atomically)."""
    out = pymupdf.open()
    for p in parts:
        with pymupdf.open(p) as src:
            out.insert_pdf(src)
    out.set_metadata({"title": "第2次尼崎市債権管理推進計画", "author": "尼崎市", "creator": "LibreOffice"})
    part = dest.with_suffix(".pdf.part")
    out.save(part, garbage=3, deflate=True)
    part.replace(dest)
    return dest


def write_gold(doc: Document, dest: Path) -> None:
    """Write a gold record (validated through the record model) as pretty JSON."""
    Document.model_validate(doc.model_dump())
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(doc.model_dump(mode="json", exclude_none=False), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")


def main() -> int:
    """Build the PDF and the gold (`--gold-only`: the gold of the PDF already built); exit 1 when a gold value
    is not on its page."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = BUILD_OUT / "suishin"
    pdf = ROOT / "corpus" / "pdf" / f"{STEM}.pdf"
    if "--gold-only" not in sys.argv[1:]:
        body = to_pdf(build_docx(data, out / f"{STEM}_body.docx"), out / f"{STEM}_body.pdf", PROFILE)
        sheets = to_pdf(build_sheets(data, out / f"{STEM}_sheets.xlsx"), out / f"{STEM}_sheets.pdf", PROFILE)
        pdf = merge_pdfs([body, sheets], pdf)
    doc = gold_document(data, pdf)
    add_gold_tables(doc, data, pdf)
    problems = verify_pages(doc, pdf)
    expected = FRONT_PAGES + SHEET_FIRST_PRINTED - 1 + 2 * len(data["sheets"])
    if doc.source.pages != expected:
        problems.append(f"ページ数 {doc.source.pages}（想定 {expected}）")
    write_gold(doc, ROOT / "corpus" / "gold" / f"{STEM}.json")
    print(f"{pdf}: {doc.source.pages} pages, {len(doc.facts)} facts, {len(doc.initiatives)} initiatives")
    for p in problems[:40]:
        print("NG", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
