"""Shared helpers for the c2_ builders: LibreOffice conversion, gold assembly, page assignment and checks."""
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


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_c2_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def fy_of(raw: str | None):
    return None


def F(debt, fy, seg, metric, basis, value, unit, raw, *, fy_raw=None, as_of=None, approx=False,
      area=None, anchor=None, page=None, debt_raw=None):
    """One gold fact; `anchor` is a text that must be on the same page (used to place it)."""
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
            "_anchor": anchor}


def I(debt, fy, section, label, text, status=None, anchor=None, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_anchor": anchor}


def place(items, texts, key):
    """Give each item the page where its anchor (if any) and its key text both occur; first such page."""
    bad = []
    for it in items:
        need = [squash(it[key])] + ([squash(it["_anchor"])] if it.get("_anchor") else [])
        if it.get("page"):
            cands = [it["page"]]
        else:
            cands = [i + 1 for i, t in enumerate(texts) if all(n in t for n in need)]
        if not cands or not all(n in texts[cands[0] - 1] for n in need):
            bad.append(it)
            continue
        it["page"] = cands[0]
    return bad


def finish(stem, pdf: Path, document: dict, facts, inits, minutes=None, strip=None):
    texts = page_texts(pdf)
    bad_f = place(facts, texts, "raw")
    bad_i = place(inits, texts, "text")
    for it in facts + inits:
        it.pop("_anchor", None)
    if minutes:
        for st in minutes["statements"]:
            head = squash(st["text"])[:25]
            pg = [i + 1 for i, t in enumerate(texts) if head in t]
            st["page"] = pg[0] if pg else None
            joined = "".join(texts[pg[0] - 1:]) if pg else ""
            if strip:
                joined = re.sub(strip, "", joined)
            if not pg or squash(st["text"]) not in joined:
                bad_i.append(st)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: pages={len(texts)} facts={len(facts)} inits={len(inits)} size={pdf.stat().st_size} "
          f"BAD facts={len(bad_f)} inits/statements={len(bad_i)}")
    for b in bad_f + bad_i:
        print("  BAD", b.get("raw") or b.get("text", "")[:40], b.get("_anchor"))
    return not bad_f and not bad_i


def yen_str(v, unit=1000):
    return f"{round(v / unit):,}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


FONT_CSS = """
@font-face {font-family: m; src: url(ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexg.ttf);}
body {font-family: m; font-size: 9.5pt; line-height: 1.3;}
h1, h2, h3, th, .g {font-family: g;}
"""


def story_pdf(sections, css, pdf: Path, landscape=False, header=None, footer="- {n} -"):
    """Render each HTML section starting on a new page with pymupdf.Story; add header and page numbers."""
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    w, h = (842, 595) if landscape else (595, 842)
    where = pymupdf.Rect(50, 55, w - 50, h - 50)
    tmp = OUT / (pdf.stem + ".raw.pdf")
    OUT.mkdir(parents=True, exist_ok=True)
    writer = pymupdf.DocumentWriter(str(tmp))
    for html in sections:
        story = pymupdf.Story(html=html, user_css=FONT_CSS + css, archive=arch)
        more = True
        while more:
            dev = writer.begin_page(pymupdf.Rect(0, 0, w, h))
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, p in enumerate(doc):
        if header:
            p.insert_text((w - 50 - 10 * len(header), 35), header, fontsize=9, fontname="g",
                          fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        if footer:
            t = footer.format(n=i + 1, total=n)
            p.insert_text((w / 2 - 2.5 * len(t), h - 25), t, fontsize=9, fontname="m",
                          fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
    doc.subset_fonts()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    doc.save(pdf, garbage=4, deflate=True)
    return pdf
