"""Shared helpers for the e_ builders of frozen7: LibreOffice conversion, fact records, page location, gold check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """Half-width digits to full-width (as many city Word templates print them)."""
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int) -> str:
    """△ for minus, as printed in Japanese tables."""
    return f"△{abs(v):,}" if v < 0 else f"{v:,}"


def rate(n: float, d: float, nd: int = 2) -> float:
    return round(n / d * 100 + 1e-9, nd) if d else 0.0


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e7_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None,
         area=None, debt_raw=None, anchor=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area, "_anchor": anchor}


def initiative(debt, fy, section, label, text, status, *, anchor=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": None, "_anchor": anchor}


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [_norm(p.get_text()) for p in doc]


def locate(pdf: Path, items: list[dict], key: str) -> None:
    """Give each item the page where its `key` text is printed: first unused occurrence after its anchor."""
    pages = page_texts(pdf)
    starts, buf = [], ""
    for t in pages:
        starts.append(len(buf))
        buf += t + "\u0000"

    def page_of(pos):
        p = 0
        for i, s in enumerate(starts):
            if s <= pos:
                p = i
        return p + 1

    used = set()
    for it in items:
        needle = _norm(it[key])
        start = 0
        if it.get("_anchor"):
            a = buf.find(_norm(it["_anchor"]))
            if a < 0:
                raise SystemExit(f"anchor not found: {it['_anchor']}")
            start = a
        pos = buf.find(needle, start)
        while pos >= 0 and (pos, needle) in used:
            pos = buf.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"not found after anchor {it.get('_anchor')}: {needle}")
        used.add((pos, needle))
        it["page"] = page_of(pos)


def write_gold(stem: str, document: dict, facts: list, inits: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    locate(pdf, facts, "raw")
    locate(pdf, inits, "text")
    for x in facts + inits:
        x.pop("_anchor", None)
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(stem: str, strip: str | None = None) -> tuple[int, int, int, list]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / gold["source"]["file"]
    pages = page_texts(pdf)
    errs = []
    if hashlib.sha256(pdf.read_bytes()).hexdigest() != gold["source"]["sha256"]:
        errs.append("sha256")
    if len(pages) != gold["source"]["pages"]:
        errs.append("pages")
    for f in gold["facts"]:
        if _norm(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(("fact", f["page"], f["raw"]))
    for i in gold["initiatives"]:
        if _norm(i["text"]) not in pages[i["page"] - 1]:
            errs.append(("init", i["page"], i["text"][:30]))
    if gold.get("minutes"):
        full = "".join(re.sub(strip, "", t) if strip else t for t in pages)
        for s in gold["minutes"]["statements"]:
            if _norm(s["text"]) not in full:
                errs.append(("stmt", s["speaker"], s["text"][:30]))
    if pdf.stat().st_size > 1_000_000:
        errs.append("size")
    return len(pages), len(gold["facts"]), len(gold["initiatives"]), errs


def subset_save(doc: fitz.Document, dest: Path) -> None:
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)


MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"


def story_pdf(html: str, css: str, dest: Path, *, landscape=False, margins=(50, 60, 50, 55),
              header=None, footer=None) -> int:
    """Lay out HTML with fitz.Story on A4; header(pno, n)/footer(pno, n) give running texts."""
    import io
    arch = fitz.Archive()
    arch.add(fitz.Archive(str(Path(MINCHO).parent)))
    arch.add(fitz.Archive(str(Path(GOTHIC).resolve().parent)))
    fcss = ("@font-face {font-family: MIN; src: url(ipaexm.ttf);}"
            f"@font-face {{font-family: GOT; src: url({Path(GOTHIC).resolve().name});}}"
            "body {font-family: MIN;}")
    chunks = html if isinstance(html, list) else [html]
    r = fitz.paper_rect("a4-l" if landscape else "a4")
    left, top, right, bottom = margins
    where = fitz.Rect(left, top, r.width - right, r.height - bottom)
    buf = io.BytesIO()
    w = fitz.DocumentWriter(buf)
    pages = 0
    for chunk in chunks:
        story = fitz.Story(chunk, user_css=fcss + css, archive=arch)
        more = 1
        while more:
            pages += 1
            if pages > 60:
                raise RuntimeError("story layout does not converge")
            dev = w.begin_page(r)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = fitz.open("pdf", buf.getvalue())
    n = doc.page_count
    for i, page in enumerate(doc):
        if header:
            t = header(i + 1, n)
            if t:
                page.insert_text((left, 32), t, fontsize=8, fontname="got", fontfile=GOTHIC)
        if footer:
            t = footer(i + 1, n)
            if t:
                tl = fitz.get_text_length(t, fontsize=9) if t.isascii() else len(t) * 9
                page.insert_text(((r.width - tl) / 2, r.height - 25), t, fontsize=9, fontname="min",
                                 fontfile=MINCHO)
    subset_save(doc, dest)
    return n


# ---- python-docx helpers -------------------------------------------------------------------------------
def docx_new(landscape=False, font="ＭＳ 明朝", size=10.5):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "IPAex明朝"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(18))
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
    return d


def docx_par(d_or_cell, text="", *, bold=False, size=None, align=None, gothic=False, space_after=2):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    p = d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexゴシック"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexゴシック")
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def cell_text(cell, text, *, align=None, size=None, bold=False, shade=None, gothic=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    lines = str(text).split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexゴシック"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexゴシック")
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(0)
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def docx_footer_page(d, prefix="－ ", suffix=" －", header_text=None):
    """Centered page number field in the footer; optional right-aligned running header."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(prefix)
    r = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    p.add_run(suffix)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.add_run(header_text)
