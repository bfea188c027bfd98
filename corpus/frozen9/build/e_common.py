"""Shared helpers for the e_ builders of frozen9: LibreOffice conversion, fact records, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def zen(s: str) -> str:
    """Half-width digits/punctuation to full-width (for 全角 printing)."""
    return s.translate(str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－"))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def yen(v: int) -> str:
    return f"{v:,}"


def F(debt, fy, seg, metric, basis, value, unit, raw, *, fy_raw=None, as_of=None, approx=False,
      debt_raw=None, area=None, page=None, anchor=None):
    return {"debt": debt, "debt_raw": debt if debt_raw is None else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_anchor": anchor}


def I(debt, fy, section, label, text, status, *, page=None, anchor=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_anchor": anchor}


def assign_pages(pdf_path: Path, items: list[dict]):
    """Assign page numbers by walking the document text in order (items are in printed order)."""
    doc = fitz.open(pdf_path)
    texts = [nows(p.get_text()) for p in doc]
    full = ""
    starts = []
    for t in texts:
        starts.append(len(full))
        full += t
    def page_of(pos):
        pg = 0
        for i, s in enumerate(starts):
            if pos >= s:
                pg = i
        return pg + 1
    cur = 0
    for it in items:
        if it.get("_anchor"):
            a = full.find(nows(it["_anchor"]), cur)
            if a < 0:
                a = full.find(nows(it["_anchor"]))
            if a >= 0:
                cur = a
        key = nows(it.get("raw") or it.get("text"))
        if it.get("page") is None:
            pos = full.find(key, cur)
            if pos < 0:
                raise SystemExit(f"not found after cursor: {key[:60]}")
            # keep within one page
            it["page"] = page_of(pos)
            if it.get("raw") is not None:
                cur = pos + len(key)
            else:
                cur = pos
    return len(texts)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None):
    pdf_path = PDF / f"{stem}.pdf"
    n = assign_pages(pdf_path, facts)
    assign_pages(pdf_path, initiatives)
    for x in facts + initiatives:
        x.pop("_anchor", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                       "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    check(stem)


def check(stem: str):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf_path = PDF / gold["source"]["file"]
    doc = fitz.open(pdf_path)
    texts = [nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1; print("FACT MISSING", f["page"], f["raw"], f["debt"])
        if f["basis"] == "interim" and not f["as_of"]:
            bad += 1; print("no as_of", f)
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            bad += 1; print("INIT MISSING", i["page"], i["text"][:40])
        if "【" in i["text"]:
            bad += 1; print("tag in text", i["text"][:40])
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                bad += 1; print("STMT MISSING", s["text"][:40])
    size = pdf_path.stat().st_size
    if size > 1_000_000:
        bad += 1; print("PDF too large", size)
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB {'OK' if not bad else 'FAIL ' + str(bad)}")
    return bad
