"""Shared helpers for the e_* builders of corpus/dev11: gold facts, page resolution, checks, writing.

Gold is produced from the same data the builders print; `finish` resolves the page of facts given an
anchor (the row/box label printed next to the number), checks every `raw` and initiative text against
the PDF page text (PyMuPDF, whitespace removed) and writes gold/<stem>.json.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ERA = {"令和": 2018, "平成": 1988, "R": 2018, "H": 1988}


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def yen(s: str) -> int:
    return int(s.replace(",", ""))


def fmt(n: int) -> str:
    return f"{n:,}"


def rate(c: int, a: int, d: int = 2) -> float:
    return round(c / a * 100 + 1e-12, d)


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, *, approx=False, as_of=None,
      area=None, debt_raw=None, anchor=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_anchor": anchor}


def I(debt, fy, section, label, text, status, page=None):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_e11_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [ws(unicodedata.normalize("NFC", p.get_text())) for p in d]


def finish(stem: str, document: dict, facts: list, inits: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    texts = page_texts(pdf)
    errors = []
    for f in facts:
        r = ws(f["raw"])
        if f["page"] is None:
            a = ws(f.pop("_anchor", None) or "")
            cands = [i + 1 for i, t in enumerate(texts) if r in t and a in t]
            if len(cands) != 1:
                errors.append(f"page of {f['raw']} / {a}: {cands}")
                continue
            f["page"] = cands[0]
        f.pop("_anchor", None)
        if r not in texts[f["page"] - 1]:
            errors.append(f"raw {f['raw']!r} not on page {f['page']}")
    for it in inits:
        t = ws(it["text"])
        if it["page"] is None:
            cands = [i + 1 for i, x in enumerate(texts) if t in x]
            if len(cands) != 1:
                errors.append(f"page of initiative {it['text'][:20]}: {cands}")
                continue
            it["page"] = cands[0]
        if t not in texts[it["page"] - 1]:
            errors.append(f"initiative not on page {it['page']}: {it['text'][:30]}")
    if minutes:
        for s in minutes["statements"]:
            t = ws(s["text"])
            if not any(t in x for x in texts):
                errors.append(f"statement text not found: {s['speaker']} {s['text'][:20]}")
    if errors:
        raise SystemExit(f"{stem}: " + "\n".join(errors))
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(inits)} size={size}")
    assert size < 1_000_000
    return gold


GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

BASE_CSS = """
@font-face {font-family: jm; src: url(ipaexm.ttf);}
@font-face {font-family: jg; src: url(ipaexg.ttf);}
* {font-family: jm; font-size: 10pt; line-height: 1.35;}
h1, h2, h3, th, .g {font-family: jg;}
h1 {font-size: 15pt; text-align: center;}
h2 {font-size: 12pt; margin-top: 8pt; margin-bottom: 3pt;}
h3 {font-size: 10.5pt; margin-top: 6pt; margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt; vertical-align: top;}
th {background-color: #e6e6e6; font-size: 9pt;}
td.n {text-align: right;}
.box {border: 1pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
p {margin: 2pt 0;}
"""


def story_pdf(sections: list[str], dest: Path, *, css: str = "", landscape: bool = False,
              header: str = "", footer_fmt: str = "- {n} -") -> Path:
    """Each section starts a new page and flows over as many pages as it needs."""
    arch = pymupdf.Archive()
    arch.add(Path(GOTHIC).read_bytes(), "ipaexg.ttf")
    arch.add(Path(MINCHO).read_bytes(), "ipaexm.ttf")
    rect = pymupdf.paper_rect("a4-l" if landscape else "a4")
    where = rect + (50, 60, -50, -55)
    tmp = OUT / (dest.stem + ".story.pdf")
    OUT.mkdir(exist_ok=True)
    w = pymupdf.DocumentWriter(str(tmp))
    cw = where.width
    for html in sections:
        html = re.sub(r"width:(\d+)%", lambda m: f"width:{int(m.group(1)) * cw / 100:.0f}pt", html)
        story = pymupdf.Story(html=html, user_css=BASE_CSS + css, archive=arch)
        more = True
        while more:
            dev = w.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="jg", fontfile=GOTHIC)
        if header:
            page.insert_text((rect.width - 50 - 9 * len(header), 38), header, fontname="jg", fontsize=9)
        ft = footer_fmt.format(n=i + 1, total=n)
        page.insert_text((rect.width / 2 - 4.5 * len(ft) / 2, rect.height - 28), ft, fontname="jg", fontsize=9)
    doc.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(dest, garbage=4, deflate=True)
    doc.close()
    return dest
