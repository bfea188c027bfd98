"""Build the blind 推進シート PDF and its hand-mapped gold: python-docx → LibreOffice.

    python corpus/blind/build/suishin.py            # writes corpus/blind/pdf/amagasaki_suishin_r7_mid.pdf
                                                    # and corpus/blind/gold/amagasaki_suishin_r7_mid.json

The layout is what a city office produces in Word: a cover, two front pages (prose with 約…億円 figures, a
千円 summary table, the 全庁 items with ア/イ labels under two headings), then one 債権管理推進シート per debt
over two pages (a 債権名/所管課名 box; a five-year table with row labels merged over three rows, one sheet
with vertical (縦書き) labels, one sheet in 千円 with 現年度分/過年度分/合計/徴収率 wording; a 目標 table whose
補足説明 spans the year columns; a 取組 table of bullets, some tagged 【継続】【新規】【拡充】, one cell 同左).
Running header per part and a "－ n －" page footer.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pymupdf
from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

from corpus.build.office import to_pdf  # noqa: E402
from suishin_data import (  # noqa: E402
    CITY_TARGET_OKU, CITYWIDE, CURRENT_YEAR, HISTORY_YEARS, SHEETS, SUMMARY, TARGET_YEARS, Measure, Sheet,
)

STEM = "amagasaki_suishin_r7_mid"
TITLE = "第2次尼崎市債権管理推進計画【中間見直し】"
FONT = "IPAexMincho"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ERA = {2019: "令和元年度"}


# ---------------------------------------------------------------- ledgers

def reiwa(year: int, fullwidth: bool = True) -> str:
    """令和N年度 for a Western fiscal year (2019 → 令和元年度)."""
    text = ERA.get(year, f"令和{year - 2018}年度")
    return text.translate(FW) if fullwidth else text


def ledger(sheet: Sheet) -> list[dict[str, int]]:
    """Each year's current/arrears/total assessed and collected, written-off, outstanding (printed unit)."""
    rows = []
    arrears = sheet.first_arrears
    for y in sheet.years:
        total_a = y.cur_assessed + arrears
        total_c = y.cur_collected + y.arr_collected
        out = total_a - total_c - y.written_off
        rows.append({"cur_a": y.cur_assessed, "cur_c": y.cur_collected, "arr_a": arrears, "arr_c": y.arr_collected,
                     "tot_a": total_a, "tot_c": total_c, "wo": y.written_off, "out": out, "del": y.delinquents})
        arrears = out
    return rows


def rate(collected: int, assessed: int) -> float:
    """The collection rate in percent, rounded half up to two decimals."""
    return int(collected * 10000 * 2 // assessed + 1) // 2 / 100


def pct(value: float) -> str:
    """'97.87%'."""
    return f"{value:.2f}%"


# ---------------------------------------------------------------- docx helpers

def _font(run: object, size: float = 10.5, bold: bool = False) -> None:
    """Set the Japanese and Latin font, size and weight of a run."""
    run.font.name = FONT  # type: ignore[attr-defined]
    run.font.size = Pt(size)  # type: ignore[attr-defined]
    run.bold = bold  # type: ignore[attr-defined]
    rpr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), FONT)


def para(box: DocxDocument | _Cell, text: str, *, size: float = 10.5, left: float = 0, bold: bool = False,
         align: int | None = None, first: bool = False) -> Paragraph:
    """Add a paragraph (reusing an empty first cell paragraph when `first`)."""
    p = box.paragraphs[0] if first else box.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_after = Pt(2)
    fmt.space_before = Pt(0)
    fmt.left_indent = Pt(size * left)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), size, bold)
    return p


def cell_text(cell: _Cell, lines: list[str], size: float = 9, align: int | None = None) -> None:
    """Write lines into a cell, one paragraph each."""
    for i, line in enumerate(lines):
        para(cell, line, size=size, align=align, first=i == 0)


def vertical(cell: _Cell) -> None:
    """Typeset a cell's text top-to-bottom (縦書き), as Word's 文字列の方向."""
    tcpr = cell._tc.get_or_add_tcPr()
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "tbRlV")
    tcpr.append(direction)


def widths(table: Table, cms: list[float]) -> None:
    """Fix column widths (the grid LibreOffice reads and each cell's width)."""
    table.autofit = False
    for col, cm in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        col.set(qn("w:w"), str(int(cm * 567)))
    for row in table.rows:
        for cell, cm in zip(row.cells, cms):
            cell.width = Cm(cm)


def new_table(doc: DocxDocument, rows: int, cms: list[float]) -> Table:
    """A bordered table with fixed column widths."""
    table = doc.add_table(rows=rows, cols=len(cms))
    table.style = "Table Grid"
    widths(table, cms)
    return table


def page_break(doc: DocxDocument) -> None:
    """Start a new page."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _page_field(p: Paragraph) -> None:
    """Append a PAGE field to a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def running(section: object, header: str) -> None:
    """Give a section its own running header and a '－ n －' footer."""
    section.header.is_linked_to_previous = False  # type: ignore[attr-defined]
    section.footer.is_linked_to_previous = False  # type: ignore[attr-defined]
    hp = section.header.paragraphs[0]  # type: ignore[attr-defined]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run(header), 9)
    fp = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("－ "), 9)
    _page_field(fp)
    _font(fp.add_run(" －"), 9)


# ---------------------------------------------------------------- front matter

def summary_totals() -> tuple[int, int]:
    """合計 of the summary table (千円) for 令和元年度 and 令和5年度."""
    return sum(r[2] for r in SUMMARY), sum(r[3] for r in SUMMARY)


def oku(sen: int) -> str:
    """千円 → '約60.7億円' (one decimal)."""
    return f"約{sen / 100_000:.1f}億円"


def front(doc: DocxDocument) -> None:
    """Cover, purpose with 約 figures, the summary table and the city target, the 全庁 items."""
    for line in ("第2次", "尼崎市", "債権管理", "推進計画", "【中間見直し】"):
        para(doc, line, size=28, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", size=28)
    para(doc, "令和７年２月", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "尼 崎 市", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    running(body, TITLE)

    r1, r5 = summary_totals()
    para(doc, "１ 中間見直しの趣旨", size=12, bold=True)
    para(doc, ("令和5年2月に策定した第2次尼崎市債権管理推進計画(計画期間：令和5年度から令和9年度まで)について、"
               "計画期間の中間年にあたり、令和5年度決算の状況を踏まえて特定債権の目標数値及び取組内容を見直した。"),
         left=1)
    para(doc, (f"特定債権及びその他の債権の収入未済額は、令和元年度と令和5年度の比較では、"
               f"約{(r1 - r5) / r1 * 100:.1f}%({oku(r1)}⇒{oku(r5)})減少した。"), left=1)
    para(doc, "２ 特定債権の収入未済額の推移", size=12, bold=True)
    para(doc, "(単位：千円)【凡例：強制徴収公債権＝強・非強制徴収公債権＝非・私債権＝私】", size=9,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    table = new_table(doc, len(SUMMARY) + 2, [6.0, 2.9, 2.9, 2.9, 2.3])
    heads = ["債権の名称", "令和元年度\n収入未済額", "令和５年度\n収入未済額", "差額\n(R5-R1)", "種別"]
    for cell, head in zip(table.rows[0].cells, heads):
        cell_text(cell, head.split("\n"), align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = [*SUMMARY, ("合計", "", r1, r5)]
    for row, (name, kind, a, b) in zip(table.rows[1:], rows):
        diff = b - a
        texts = [name, f"{a:,}", f"{b:,}", (f"△ {-diff:,}" if diff < 0 else f"{diff:,}"), kind]
        for i, (cell, text) in enumerate(zip(row.cells, texts)):
            cell_text(cell, [text], align=WD_ALIGN_PARAGRAPH.RIGHT if 0 < i < 4 else None)
    para(doc, "３ 市全体の目標(公営企業局含む)", size=12, bold=True)
    para(doc, f"令和9年度末の収入未済額を{CITY_TARGET_OKU}億円以下とする。(当初計画の目標42.7億円から見直し)", left=1)
    page_break(doc)

    para(doc, "４ 全庁において取り組むべき事項", size=12, bold=True)
    para(doc, "【凡例：強制徴収公債権＝強、非強制徴収公債権＝非、私債権＝私】", size=9)
    heading = None
    for head, label, title, text in CITYWIDE:
        if head != heading:
            para(doc, head, bold=True)
            heading = head
        para(doc, f"{label} {title}", left=1)
        para(doc, text, left=2)
    para(doc, "５ 特定債権について取り組むべき事項", size=12, bold=True)
    para(doc, "特定債権に係る取組の具体的内容は、次頁以降の債権管理推進シートに定めるとおりである。", left=1)
    for i, sheet in enumerate(SHEETS, 1):
        para(doc, f"({i}) {sheet.debt}（{sheet.department}）", left=1)


# ---------------------------------------------------------------- sheets

def fmt_amount(value: int) -> str:
    """Amounts as printed in the five-year table."""
    return f"{value:,}"


def history_table(doc: DocxDocument, sheet: Sheet, upright: bool) -> None:
    """The five-year 収納状況 table with merged segment labels."""
    lab = sheet.labels
    table = new_table(doc, 13, [1.0, 2.5] + [2.7] * 5)
    head = table.rows[0].cells
    head[0].merge(head[1])
    for cell, year in zip(head[2:], HISTORY_YEARS):
        cell_text(cell, [reiwa(year), f"({year}年度)"], align=WD_ALIGN_PARAGRAPH.CENTER)
    led = ledger(sheet)
    blocks = [(lab["current"], "cur"), (lab["arrears"], "arr"), (lab["total"], "tot")]
    for b, (label, key) in enumerate(blocks):
        top = 1 + 3 * b
        merged = table.cell(top, 0).merge(table.cell(top + 2, 0))
        cell_text(merged, [label], align=WD_ALIGN_PARAGRAPH.CENTER)
        if upright:
            vertical(merged)
        for k, (name, fn) in enumerate((("調定額", lambda r: fmt_amount(r[f"{key}_a"])),
                                        ("収入済額", lambda r: fmt_amount(r[f"{key}_c"])),
                                        (lab["rate"], lambda r: pct(rate(r[f"{key}_c"], r[f"{key}_a"])))), 0):
            row = table.rows[top + k].cells
            cell_text(row[1], [name])
            for cell, r in zip(row[2:], led):
                cell_text(cell, [fn(r)], size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for idx, (name, field) in enumerate((("不納欠損額", "wo"), ("収入未済額計", "out"), (lab["delinquents"], "del")), 10):
        row = table.rows[idx].cells
        merged = row[0].merge(row[1])
        cell_text(merged, [name])
        for cell, r in zip(row[2:], led):
            cell_text(cell, [f"{r[field]:,}"], size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)


def target_table(doc: DocxDocument, sheet: Sheet) -> None:
    """The 目標 table: rates per segment, the outstanding target, a 補足説明 spanning the year columns."""
    lab = sheet.labels
    table = new_table(doc, 5, [2.0, 2.6] + [4.1] * 3)
    head = table.rows[0].cells
    head[0].merge(head[1])
    for cell, year in zip(head[2:], TARGET_YEARS):
        cell_text(cell, [reiwa(year), f"({year}年度)"], align=WD_ALIGN_PARAGRAPH.CENTER)
    for idx, (label, attr) in enumerate(((lab["current"], "current_rate"), (lab["arrears"], "arrears_rate")), 1):
        row = table.rows[idx].cells
        cell_text(row[0], [label])
        cell_text(row[1], [f"{lab['rate']}(%)"])
        for cell, t in zip(row[2:], sheet.targets):
            value = getattr(t, attr)
            cell_text(cell, [pct(value) if value is not None else "－"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    row = table.rows[3].cells
    cell_text(row[0].merge(row[1]), [f"収入未済の目標額({sheet.unit})", f"(全体：{lab['current']}+{lab['arrears']})"])
    for cell, t in zip(row[2:], sheet.targets):
        cell_text(cell, [f"{t.outstanding:,} {sheet.unit}"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    row = table.rows[4].cells
    cell_text(row[0].merge(row[1]), ["補足説明"])
    cell_text(row[2].merge(row[4]), [sheet.target_note])


def measure_lines(measures: list[Measure], column: int) -> list[str]:
    """The bullets of one column of the 取組 table ('同左' as printed, without a bullet)."""
    lines = []
    for m in measures:
        if m.column != column:
            continue
        tag = f"【{m.status}】" if m.status else ""
        lines.append(m.text if m.text == "同左" else f"・{tag}{m.text}")
    return lines


def measures_table(doc: DocxDocument, sheet: Sheet) -> None:
    """The 取組 table: two strategy rows × (令和6年度, 令和7年度〜令和9年度) columns of bullets."""
    table = new_table(doc, 3, [2.6, 7.2, 7.2])
    heads = ["", f"{reiwa(CURRENT_YEAR)}の取組", f"{reiwa(TARGET_YEARS[0])}～{reiwa(TARGET_YEARS[-1])}の取組"]
    for cell, head in zip(table.rows[0].cells, heads):
        cell_text(cell, [head], align=WD_ALIGN_PARAGRAPH.CENTER)
    for row, (label, measures) in zip(table.rows[1:], (("滞納抑制の方策について", sheet.prevention),
                                                       ("徴収強化の方策について", sheet.enforcement))):
        cell_text(row.cells[0], [label])
        for col in (0, 1):
            cell_text(row.cells[col + 1], measure_lines(measures, col))


def sheet_pages(doc: DocxDocument, sheet: Sheet, upright: bool) -> None:
    """One 債権管理推進シート over two pages."""
    box = new_table(doc, 1, [2.4, 6.1, 2.4, 6.1])
    for cell, text in zip(box.rows[0].cells, ("債権名", sheet.debt, "所管課名", sheet.department)):
        cell_text(cell, [text], size=10.5)
    para(doc, "１．債権の概要", bold=True)
    for line in sheet.overview:
        para(doc, line, size=9.5, left=1)
    para(doc, f"２．{reiwa(CURRENT_YEAR)}の債権管理に係る体制", bold=True)
    for line in sheet.staff:
        para(doc, line, size=9.5, left=1)
    para(doc, "３．直近５か年の収納状況", bold=True)
    para(doc, f"(単位：{sheet.unit})", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    history_table(doc, sheet, upright)
    para(doc, "４．収納状況に関する説明(滞納の要因分析を含む。)", bold=True)
    for line in sheet.explanation:
        para(doc, line, size=9.5, left=1)
    para(doc, f"５．{reiwa(HISTORY_YEARS[-1])}の債権管理に係る取組の検証", bold=True)
    for line in sheet.review:
        para(doc, line, size=9.5, left=1)
    page_break(doc)
    para(doc, "６．目標", bold=True)
    target_table(doc, sheet)
    para(doc, "７．目標実現に向けた取組", bold=True)
    measures_table(doc, sheet)


def build_docx(dest: Path) -> Path:
    """Write the whole .docx."""
    doc = new_docx()
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(2.0)
    front(doc)
    sheets = doc.add_section(WD_SECTION.NEW_PAGE)
    running(sheets, "債権管理推進シート")
    for i, sheet in enumerate(SHEETS):
        if i:
            page_break(doc)
        sheet_pages(doc, sheet, upright=i == 0)
    doc.save(str(dest))
    return dest


# ---------------------------------------------------------------- gold

def find_page(pdf: pymupdf.Document, *needles: str) -> int:
    """1-based number of the first page whose text holds all needles."""
    for i, page in enumerate(pdf):
        text = page.get_text().replace("\n", "").replace(" ", "")
        if all(n in text for n in needles):
            return i + 1
    raise SystemExit(f"{STEM}: no page holds {needles}")


def fact(debt: str | None, raw_debt: str | None, year: int, year_raw: str, segment: str, metric: str, basis: str,
         value: float | int, unit: str, raw: str, page: int, approx: bool = False) -> dict[str, object]:
    """One gold fact in the contract's shape."""
    return {"debt": debt, "debt_raw": raw_debt, "fiscal_year": year, "fiscal_year_raw": year_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": None, "value": value, "unit": unit,
            "approx": approx, "raw": raw, "page": page}


def sheet_facts(sheet: Sheet, page: int) -> list[dict[str, object]]:
    """Every six-metric number of a sheet's five-year and target tables."""
    scale = 1000 if sheet.unit == "千円" else 1
    out: list[dict[str, object]] = []

    def add(year: int, seg: str, metric: str, basis: str, value: float | int, unit: str, raw: str, pg: int) -> None:
        out.append(fact(sheet.canonical, sheet.debt, year, reiwa(year), seg, metric, basis, value, unit, raw, pg))

    for year, r in zip(HISTORY_YEARS, ledger(sheet)):
        for seg, key in (("current", "cur"), ("arrears", "arr"), ("total", "tot")):
            a, c = r[f"{key}_a"], r[f"{key}_c"]
            add(year, seg, "assessed", "actual", a * scale, "yen", f"{a:,}", page)
            add(year, seg, "collected", "actual", c * scale, "yen", f"{c:,}", page)
            add(year, seg, "collection_rate", "actual", rate(c, a), "percent", pct(rate(c, a)), page)
        add(year, "total", "written_off", "actual", r["wo"] * scale, "yen", f"{r['wo']:,}", page)
        add(year, "total", "outstanding", "actual", r["out"] * scale, "yen", f"{r['out']:,}", page)
        add(year, "total", "delinquents", "actual", r["del"], sheet.delinquent_unit, f"{r['del']:,}", page)
    for year, t in zip(TARGET_YEARS, sheet.targets):
        if t.current_rate is not None:
            add(year, "current", "collection_rate", "target", t.current_rate, "percent", pct(t.current_rate), page + 1)
        add(year, "arrears", "collection_rate", "target", t.arrears_rate, "percent", pct(t.arrears_rate), page + 1)
        add(year, "total", "outstanding", "target", t.outstanding * scale, "yen", f"{t.outstanding:,} {sheet.unit}",
            page + 1)
    return out


def front_facts(pdf: pymupdf.Document) -> list[dict[str, object]]:
    """The summary table (千円), the 約 figures of the purpose and the city target."""
    page = find_page(pdf, "特定債権の収入未済額の推移")
    canon = {s.debt: s.canonical for s in SHEETS}
    out = []
    r1, r5 = summary_totals()
    for name, _, a, b in [*SUMMARY, ("合計", "", r1, r5)]:
        debt = None if name == "合計" else canon.get(name, name)
        raw_debt = None if name == "合計" else name
        for year, v in ((2019, a), (2023, b)):
            out.append(fact(debt, raw_debt, year, reiwa(year), "total", "outstanding", "actual", v * 1000, "yen",
                            f"{v:,}", page))
    for year, v in ((2019, r1), (2023, r5)):
        approx = round(v / 100_000, 1)
        out.append(fact(None, None, year, reiwa(year, False), "total", "outstanding", "actual",
                        int(round(approx * 100_000_000)), "yen", oku(v), page, approx=True))
    out.append(fact(None, None, 2027, "令和9年度", "total", "outstanding", "target",
                    int(round(float(CITY_TARGET_OKU) * 100_000_000)), "yen", f"{CITY_TARGET_OKU}億円",
                    find_page(pdf, "市全体の目標")))
    return out


def initiatives(pdf: pymupdf.Document, pages: dict[str, int]) -> list[dict[str, object]]:
    """The 全庁 items (debt null, status null: only 【継続】-style tags count) and every tagged/untagged bullet."""
    page = find_page(pdf, "全庁において取り組むべき事項", "引き続き取り組む事項")
    out: list[dict[str, object]] = []
    for head, label, title, text in CITYWIDE:
        out.append({"debt": None, "debt_raw": None, "fiscal_year": None, "section": head.split(" ", 1)[1],
                    "label": f"{head.split(' ', 1)[0]}{label}", "text": f"{title}{text}", "status": None,
                    "page": page})
    for sheet in SHEETS:
        for section, measures in (("滞納抑制の方策について", sheet.prevention),
                                  ("徴収強化の方策について", sheet.enforcement)):
            for m in measures:
                if m.text == "同左":
                    continue
                out.append({"debt": sheet.canonical, "debt_raw": sheet.debt,
                            "fiscal_year": CURRENT_YEAR if m.column == 0 else TARGET_YEARS[0], "section": section,
                            "label": None, "text": m.text, "status": m.status, "page": pages[sheet.debt] + 1})
    return out


def gold(pdf_path: Path) -> dict[str, object]:
    """The gold document for the built PDF."""
    from saiken.extract.records import Document

    pdf = pymupdf.open(pdf_path)
    pages = {s.debt: find_page(pdf, "債権名", s.debt, "１．債権の概要") for s in SHEETS}
    for s in SHEETS:
        assert "６．目標" in pdf[pages[s.debt]].get_text(), f"{s.debt}: 目標 not on the next page"
    facts = front_facts(pdf)
    for s in SHEETS:
        facts += sheet_facts(s, pages[s.debt])
    doc = {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                   "pages": pdf.page_count},
        "document": {"kind": "plan", "municipality": "尼崎市", "title": "第2次尼崎市債権管理推進計画【中間見直し】",
                     "date": "2025-02-01", "date_raw": "令和７年２月"},
        "facts": facts,
        "initiatives": initiatives(pdf, pages),
        "minutes": None,
        "tables": [],
        "warnings": [],
    }
    Document.model_validate(doc)
    return doc


def main() -> None:
    """Build the PDF and write its gold."""
    out_pdf = ROOT / "corpus/blind/pdf" / f"{STEM}.pdf"
    out_gold = ROOT / "corpus/blind/gold" / f"{STEM}.json"
    work = HERE / "out"
    work.mkdir(exist_ok=True)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    to_pdf(build_docx(work / f"{STEM}.docx"), out_pdf, profile="suishinblind")
    out_gold.write_text(json.dumps(gold(out_pdf), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out_pdf, out_gold)


if __name__ == "__main__":
    main()
