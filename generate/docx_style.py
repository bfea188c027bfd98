"""Word conventions python-docx does not cover: East Asian fonts, A4 pages, page-number fields, valid cells.

python-docx has no setter for `w:eastAsia`, and a run without it falls back to the theme's East Asian font
(MS Mincho in Japanese Word, whatever the system has elsewhere). `set_style_fonts` writes it on styles and the
document defaults; `apply_east_asian_fonts` writes it on every run of a rendered draft, using the font its
paragraph style (or the document default) names, so that what staff chose in the template is what every run gets.
"""
from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml import etree

A4 = (Mm(210), Mm(297))


def _rfonts(rpr: etree._Element) -> etree._Element:
    """The w:rFonts child of a w:rPr, added in schema order (after w:rStyle) when missing."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        style = rpr.find(qn("w:rStyle"))
        if style is not None:
            style.addnext(fonts)
        else:
            rpr.insert(0, fonts)
    return fonts


def set_fonts(rpr: etree._Element, east_asian: str, latin: str | None = None) -> None:
    """Name the East Asian font (and the Latin one, when given) on a w:rPr element."""
    fonts = _rfonts(rpr)
    fonts.set(qn("w:eastAsia"), east_asian)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    if latin:
        fonts.set(qn("w:ascii"), latin)
        fonts.set(qn("w:hAnsi"), latin)


def set_default_fonts(doc: DocxDocument, east_asian: str, latin: str) -> None:
    """Write the document-default fonts (w:docDefaults/w:rPrDefault) with w:eastAsia and Japanese language."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    set_fonts(rpr, east_asian, latin)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")


def set_style_fonts(style: BaseStyle, east_asian: str, latin: str | None = None) -> None:
    """Name the East Asian (and Latin) font of a paragraph or character style."""
    set_fonts(style.element.get_or_add_rPr(), east_asian, latin)


def set_a4(doc: DocxDocument, top: float, bottom: float, left: float, right: float) -> None:
    """Every section A4 portrait with the given margins in millimetres."""
    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)


def add_page_number(paragraph: Paragraph, before: str = "- ", after: str = " -") -> None:
    """Append '- PAGE -' to a (footer) paragraph, PAGE being a Word field that Word and LibreOffice update."""
    paragraph.add_run(before)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
    paragraph.add_run(after)


def _style_east_asian(doc: DocxDocument) -> tuple[dict[str, str], str | None]:
    """East Asian font per paragraph style id (following basedOn) and the document default."""
    root = doc.styles.element
    default_fonts = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    default = default_fonts.get(qn("w:eastAsia")) if default_fonts is not None else None
    own: dict[str, str | None] = {}
    based: dict[str, str | None] = {}
    for st in root.findall(qn("w:style")):
        sid = st.get(qn("w:styleId"))
        fonts = st.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        own[sid] = fonts.get(qn("w:eastAsia")) if fonts is not None else None
        b = st.find(qn("w:basedOn"))
        based[sid] = b.get(qn("w:val")) if b is not None else None

    def resolve(sid: str | None, depth: int = 0) -> str | None:
        if sid is None or depth > 20 or sid not in own:
            return default
        return own[sid] or resolve(based[sid], depth + 1)

    return {sid: font for sid in own if (font := resolve(sid))}, default


def _parts(doc: DocxDocument) -> Iterator[etree._Element]:
    """The body, then every header and footer part, found through the relationships as they are saved
    (docxtpl swaps the rendered header/footer parts in there)."""
    yield doc.element.body
    for rel in doc.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            yield rel.target_part.element


def apply_east_asian_fonts(doc: DocxDocument) -> int:
    """Write w:eastAsia on every run that lacks it (its paragraph style's font); returns how many runs changed."""
    by_style, default = _style_east_asian(doc)
    normal = by_style.get("Normal", default)
    changed = 0
    for root in _parts(doc):
        for p in root.iter(qn("w:p")):
            pstyle = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            font = by_style.get(pstyle.get(qn("w:val")), normal) if pstyle is not None else normal
            if not font:
                continue
            for r in p.iter(qn("w:r")):
                rpr = r.find(qn("w:rPr"))
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    r.insert(0, rpr)
                fonts = rpr.find(qn("w:rFonts"))
                if fonts is None or not fonts.get(qn("w:eastAsia")):
                    set_fonts(rpr, font)
                    changed += 1
    return changed


def ensure_cell_paragraphs(doc: DocxDocument) -> int:
    """Give every table cell at least one paragraph (Word asks to repair a document otherwise); returns the count."""
    fixed = 0
    for root in _parts(doc):
        for tc in root.iter(qn("w:tc")):
            if tc.find(qn("w:p")) is None:
                tc.append(OxmlElement("w:p"))
                fixed += 1
    return fixed


def _span(tc: etree._Element) -> int:
    span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(span.get(qn("w:val"))) if span is not None else 1


def _tc_pr(tc: etree._Element) -> etree._Element:
    pr = tc.find(qn("w:tcPr"))
    if pr is None:
        pr = OxmlElement("w:tcPr")
        tc.insert(0, pr)
    return pr


def _set_child(parent: etree._Element, tag: str, first: bool = False, **attrs: str) -> etree._Element:
    """The (single) child `tag` of `parent`, added when missing, with the given w: attributes."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        if first:
            parent.insert(0, el)
        else:
            parent.append(el)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def merge_with_left(tr: etree._Element, col: int) -> bool:
    """Merge the cell at grid column `col` of a row into the cell to its left (gridSpan), dropping its content;
    False when no cell starts at that column."""
    pos = 0
    prev = None
    for tc in tr.findall(qn("w:tc")):
        if pos == col and prev is not None:
            merged = _span(prev) + _span(tc)
            pr = _tc_pr(prev)
            grid_span = pr.find(qn("w:gridSpan"))
            if grid_span is None:
                grid_span = OxmlElement("w:gridSpan")
                width = pr.find(qn("w:tcW"))
                (width.addnext(grid_span) if width is not None else pr.insert(0, grid_span))
            grid_span.set(qn("w:val"), str(merged))
            tr.remove(tc)
            return True
        pos += _span(tc)
        prev = tc
    return False


def spread_columns(tbl: etree._Element, total: int, first: int | None = None) -> list[int]:
    """Lay a table out over `total` twips with a fixed layout: the first column keeps `first` twips (default: its
    first cell's width), the others share the rest equally. A column loop ({%tc for %}) leaves the template's
    grid and cell widths behind; this rewrites the grid, every cell's width and the table's. Returns the widths."""
    rows = tbl.findall(qn("w:tr"))
    count = max((sum(_span(tc) for tc in tr.findall(qn("w:tc"))) for tr in rows), default=0)
    if count == 0:
        return []
    if first is None:
        w = rows[0].find(f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:tcW')}")
        first = int(w.get(qn("w:w"))) if w is not None and w.get(qn("w:type"), "dxa") == "dxa" else total // 5
    widths = [total] if count == 1 else [first] + [(total - first) // (count - 1)] * (count - 1)
    grid = tbl.find(qn("w:tblGrid"))
    if grid is None:
        grid = OxmlElement("w:tblGrid")
        tbl.find(qn("w:tblPr")).addnext(grid)
    for col in grid.findall(qn("w:gridCol")):
        grid.remove(col)
    for width in widths:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(width))
        grid.append(col)
    for tr in rows:
        pos = 0
        for tc in tr.findall(qn("w:tc")):
            span = _span(tc)
            _set_child(_tc_pr(tc), "w:tcW", first=True, w=str(sum(widths[pos:pos + span])), type="dxa")
            pos += span
    tbl_pr = tbl.find(qn("w:tblPr"))
    if tbl_pr is not None:
        _set_child(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
        layout = _set_child(tbl_pr, "w:tblLayout", type="fixed")
        # schema order: tblLayout comes after tblW/jc/tblBorders…, before tblCellMar and tblLook
        look = tbl_pr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(layout)
    return widths
