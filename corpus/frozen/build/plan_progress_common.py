"""Shared helpers of the frozen-set builds: Word formatting (python-docx), LibreOffice conversion, gold writing.

Each build script holds its document's figures as data, writes the .docx/.xlsx the way a city office would,
converts it with LibreOffice, and writes the gold from the same data (never from an extraction), then checks
that every gold value's printed text and every initiative's text is on the page the gold names.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from corpus.build.office import to_pdf  # noqa: E402,F401

PDF_DIR = ROOT / "corpus/frozen/pdf"
GOLD_DIR = ROOT / "corpus/frozen/gold"
OUT_DIR = HERE / "out"
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    return str(s).translate(ZEN)


# ---------------------------------------------------------------- Word formatting
def font(run, size: float = 10.5, bold: bool = False, gothic: bool = False) -> None:
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def para(container, text: str, size: float = 10.5, bold=False, gothic=False, align=None, indent_mm=0.0,
         hanging_mm=0.0, after=2):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(after), 1.15
    if indent_mm or hanging_mm:
        pf.left_indent = Mm(indent_mm + hanging_mm)
        if hanging_mm:
            pf.first_line_indent = Mm(-hanging_mm)
    if align is not None:
        p.alignment = align
    font(p.add_run(text), size, bold, gothic)
    return p


def borders(table, outer: int = 8, inner: int = 4, val: str = "single") -> None:
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", outer), ("left", outer), ("bottom", outer), ("right", outer),
                     ("insideH", inner), ("insideV", inner)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def shade(cell, fill: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header(row) -> None:
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(h)


def cant_split(row) -> None:
    h = OxmlElement("w:cantSplit")
    h.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(h)


def set_cell(cell, text: str, size=10.0, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, header=False,
             fill: str | None = None, gothic=False, hanging_mm=0.0) -> None:
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.text = ""
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        if hanging_mm:
            pf.left_indent = Mm(hanging_mm)
            pf.first_line_indent = Mm(-hanging_mm)
        font(p.add_run(line), size, bold or header, gothic=header or gothic)
    if header or fill:
        shade(cell, fill or "D9D9D9")


def widths(table, mm: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- numbers as printed
def kilo(v_yen: int) -> str:
    """yen (a multiple of 1000) printed in 千円 with commas."""
    assert v_yen % 1000 == 0, v_yen
    k = v_yen // 1000
    return ("△" if k < 0 else "") + f"{abs(k):,}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    from decimal import ROUND_HALF_UP, Decimal
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(collected) * 100 / Decimal(assessed)).quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- gold
def despace(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def page_texts(pdf: Path) -> list[str]:
    import pymupdf
    with pymupdf.open(pdf) as doc:
        return [despace(p.get_text()) for p in doc]


def find_page(texts: list[str], *needles: str, start: int = 1) -> int:
    for i in range(start - 1, len(texts)):
        if all(despace(n) in texts[i] for n in needles):
            return i + 1
    raise LookupError(needles)


def fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
         area=None) -> dict:
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
            "metric": metric, "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, debt_raw, fy, section, label, text, status, page) -> dict:
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def write_gold(stem: str, document: dict, facts: list[dict], inits: list[dict]) -> Path:
    """Validate against the record model, check every value and item is printed on its page, write the gold."""
    from saiken.extract.records import Document
    pdf = PDF_DIR / f"{stem}.pdf"
    texts = page_texts(pdf)
    missing = []
    for f in facts:
        if despace(f["raw"]) not in texts[f["page"] - 1]:
            missing.append(("fact", f["page"], f["raw"]))
    for i in inits:
        if despace(i["text"]) not in texts[i["page"] - 1]:
            missing.append(("initiative", i["page"], i["text"][:30]))
    if missing:
        raise SystemExit(f"{stem}: not printed where the gold says: {missing[:10]} (+{len(missing) - 10 if len(missing) > 10 else 0})")
    doc = {"schema_version": "1",
           "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(texts)},
           "document": document, "facts": facts, "initiatives": inits, "minutes": None, "tables": [],
           "warnings": []}
    Document.model_validate(doc)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    dest = GOLD_DIR / f"{stem}.json"
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return dest
