"""Shared helpers for helper fb's frozen29 builders (gold writing, checks, number formats)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pymupdf as fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parents[1]          # corpus/frozen29
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fb_work")
WORK.mkdir(parents=True, exist_ok=True)
FONT_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s) -> str:
    """Full-width digits (and . , % ( ) -) as typed in Word documents."""
    return str(s).translate(ZEN)


def zd(s) -> str:
    """Full-width digits only."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def r2(x: float) -> str:
    return f"{x:.2f}"


def r1(x: float) -> str:
    return f"{x:.1f}"


def rate(coll: int, assess: int, nd: int = 2) -> float:
    v = coll / assess * 100
    return round(v + 1e-9, nd)


def fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
         as_of=None, approx=False, area=None):
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def find_page(pdf_texts: list[str], *needles, candidates=None) -> int:
    """1-based page holding all needles (whitespace-free); the first such page among candidates."""
    pages = candidates or range(1, len(pdf_texts) + 1)
    for p in pages:
        t = pdf_texts[p - 1]
        if all(squash(n) in t for n in needles):
            return p
    raise LookupError(f"not found on any page: {needles}")


def subset(pdf_in: Path, pdf_out: Path, meta: dict | None = None):
    d = fitz.open(pdf_in)
    try:
        d.subset_fonts()
    except Exception:
        pass
    if meta:
        m = d.metadata or {}
        m.update(meta)
        d.set_metadata(m)
    d.save(pdf_out, garbage=4, deflate=True)
    d.close()


def soffice(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return outdir / (src.stem + ".pdf")


def chromium(html: Path, out: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list,
               minutes=None, tables=None, warnings=None) -> dict:
    data = pdf.read_bytes()
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": tables or [], "warnings": warnings or []}
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(gold: dict, pdf: Path) -> list[str]:
    """Every raw / initiative text / statement text must be on its page's text layer."""
    texts = page_texts(pdf)
    bad = []
    tags = re.compile(r"【(継続|新規|拡充)】")
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            bad.append(f"fact p{p} raw {f['raw']!r} ({f['debt_raw']}, {f['metric']})")
    for i in gold["initiatives"]:
        p = i["page"]
        t = squash(tags.sub("", i["text"]))
        if t not in tags.sub("", texts[p - 1]):
            bad.append(f"initiative p{p} {i['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s["page"]
            if squash(s["text"]) not in texts[p - 1]:
                bad.append(f"statement p{p} {s['text'][:30]!r}")
    # facts must be unique per (page, fy, seg, metric, basis, value, debt_raw)
    return bad


def finish(stem: str, raw_pdf: Path, document: dict, facts, initiatives, minutes=None, meta=None):
    out = PDF_DIR / f"{stem}.pdf"
    PDF_DIR.mkdir(exist_ok=True)
    subset(raw_pdf, out, meta)
    gold = write_gold(stem, out, document, facts, initiatives, minutes)
    bad = check(gold, out)
    size = out.stat().st_size
    print(f"{stem}: {gold['source']['pages']} pages, {len(facts)} facts, {len(initiatives)} initiatives, "
          f"{size/1024:.0f} KB")
    for b in bad:
        print("  CHECK FAILED:", b)
    if size > 2 * 1024 * 1024:
        print("  CHECK FAILED: pdf over 2 MB")
    return gold, bad
