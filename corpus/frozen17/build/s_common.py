"""Shared helpers for the s_ builders of frozen17: number formatting, gold registration, gold check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%()-:", "０１２３４５６７８９．，％（）－：")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567', negative with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num, den, nd=2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def rnd(x, nd=0) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return Decimal(x).quantize(q, rounding=ROUND_HALF_UP)


def oku_man(yen: int, approx_unit=1_000_000) -> str:
    """Yen rounded to 百万 and written as '12億4,300万円' (half-width)."""
    v = int(rnd(Decimal(yen) / approx_unit)) * approx_unit
    oku, man = divmod(v // 10_000, 10_000)
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円", v


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def f(self, page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None,
          debt_raw="same", area=None):
        if isinstance(value, Decimal):
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
                           "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
                           "raw": raw, "page": page, "area": area})

    def i(self, page, debt, fy, section, label, text, status):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path, expect_pages: int | None = None):
        data = pdf_path.read_bytes()
        doc = pymupdf.open(pdf_path)
        if expect_pages is not None:
            assert doc.page_count == expect_pages, (pdf_path, doc.page_count, expect_pages)
        gold = {"schema_version": "1",
                "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
                "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
                "tables": [], "warnings": []}
        GOLD.mkdir(parents=True, exist_ok=True)
        (GOLD / (pdf_path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf_path, GOLD / (pdf_path.stem + ".json"))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf_path: Path, gold_path: Path) -> bool:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = pymupdf.open(pdf_path)
    pages = [squash(p.get_text()) for p in doc]
    ok = True
    assert g["source"]["pages"] == doc.page_count
    need: dict = {}
    for f in g["facts"]:
        p = f["page"]
        r = squash(f["raw"])
        if not (1 <= p <= len(pages)) or r not in pages[p - 1]:
            print("FACT MISSING", pdf_path.name, p, f["raw"], f.get("debt"), f["metric"]) ; ok = False
        need[(p, r)] = need.get((p, r), 0) + 1
    for (p, r), n in need.items():
        if 1 <= p <= len(pages) and pages[p - 1].count(r) < n and len(r) > 3:
            # a raw printed fewer times than facts claim (only checked for longer strings; short ones overlap)
            print("FACT COUNT", pdf_path.name, p, r, n, pages[p - 1].count(r)); ok = False
    for it in g["initiatives"]:
        p = it["page"]
        if squash(it["text"]) not in pages[p - 1]:
            print("INIT MISSING", pdf_path.name, p, it["text"][:40]); ok = False
    for f in g["facts"]:
        for k in ("debt", "debt_raw", "fiscal_year", "fiscal_year_raw", "segment", "metric", "basis", "as_of", "value",
                  "unit", "approx", "raw", "page", "area"):
            assert k in f
        assert f["segment"] in ("current", "arrears", "total")
        assert f["basis"] in ("actual", "target", "estimate", "interim")
        assert (f["basis"] == "interim") == (f["as_of"] is not None), f
    print(f"{pdf_path.name}: pages={doc.page_count} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"check={'OK' if ok else 'FAIL'} size={pdf_path.stat().st_size}")
    return ok


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_s17_{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


ALLOW_OVERFLOW = False
FONTDIR_G = "/usr/share/fonts/opentype/ipaexfont-gothic"
FONTDIR_M = "/usr/share/fonts/opentype/ipaexfont-mincho"
CSS_BASE = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: %s; font-size: %spt;}
table {border-collapse: collapse;}
td, th {font-family: %s; padding: 1px 3px;}
"""


def story_pdf(pages_html: list[str], dest: Path, landscape=False, family="M", size=9.5, css_extra="",
              header="", footer_fmt="- {n} -", margin=40):
    """Render each html string as exactly one page (asserts it fits)."""
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(FONTDIR_G))
    arch.add(pymupdf.Archive(FONTDIR_M))
    w, h = (842, 595) if landscape else (595, 842)
    css = CSS_BASE % (family, size, family) + css_extra
    doc = pymupdf.open()
    for n, html in enumerate(pages_html, 1):
        story = pymupdf.Story(html=html, user_css=css, archive=arch)
        buf = pymupdf.Story  # noqa
        tmp = pymupdf.open()
        import io
        fp = io.BytesIO()
        writer = pymupdf.DocumentWriter(fp)
        rect = pymupdf.Rect(margin, margin + 10, w - margin, h - margin - 10)
        dev = writer.begin_page(pymupdf.Rect(0, 0, w, h))
        more, _ = story.place(rect)
        story.draw(dev)
        writer.end_page()
        writer.close()
        if more: print(f"WARNING page {n} overflows"); assert ALLOW_OVERFLOW, n
        tmp = pymupdf.open("pdf", fp.getvalue())
        doc.insert_pdf(tmp)
    font = pymupdf.Font(fontfile=f"{FONTDIR_G}/ipaexg.ttf")
    for n, page in enumerate(doc, 1):
        if header:
            tw = font.text_length(header, 8)
            page.insert_text((w - margin - tw, margin - 8), header, fontsize=8, fontname="G",
                             fontfile=f"{FONTDIR_G}/ipaexg.ttf")
        ft = footer_fmt.format(n=n, N=doc.page_count)
        tw = font.text_length(ft, 9)
        page.insert_text(((w - tw) / 2, h - margin + 14), ft, fontsize=9, fontname="G",
                         fontfile=f"{FONTDIR_G}/ipaexg.ttf")
    doc.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(dest, garbage=4, deflate=True)
    return dest
