"""Shared helpers for the w_* builders of frozen6: LibreOffice conversion, gold assembly and checks.

Facts are collected in printed (reading) order without page numbers; `place_pages` finds each raw
string in the PDF text in order and assigns the page where it is printed.
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

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None, debt_raw="__same__",
         area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "__same__" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area}


def init(debt, fy, section, label, text, status):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": None}


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    doc = pymupdf.open(pdf)
    return [nz(p.get_text()) for p in doc]


def _num_pattern(raw: str) -> re.Pattern:
    r = nz(raw)
    pre = r"(?<![0-9０-９,，.．])" if r[:1] and (r[0].isdigit() or unicodedata.category(r[0]) == "Nd") else ""
    post = r"(?![0-9０-９]|[,，.．][0-9０-９])" if r[-1:] and unicodedata.category(r[-1]) == "Nd" else ""
    return re.compile(pre + re.escape(r) + post)


def place_pages(pdf: Path, items: list[dict], key: str = "raw", start_page: int = 1) -> None:
    """Assign `page` to each item: items come in printed order, so pages never decrease; each printed
    occurrence of a string on a page is used once."""
    doc = pymupdf.open(pdf)
    packed = [nz(p.get_text()) for p in doc]
    spaced = [re.sub(r"\s+", " ", p.get_text()) for p in doc]
    used: dict[tuple, int] = {}
    prev = start_page
    for it in items:
        numeric = key == "raw" and re.fullmatch(r"[△▲\-]?[0-9０-９,，.．]+[%％]?", nz(it[key]))
        pat = _num_pattern(it[key]) if key == "raw" else re.compile(re.escape(nz(it[key])))
        texts = spaced if numeric else packed
        for pg in range(prev, len(texts) + 1):
            n = len(pat.findall(texts[pg - 1]))
            k = (pat.pattern, pg)
            if n > used.get(k, 0):
                used[k] = used.get(k, 0) + 1
                it["page"] = pg
                prev = pg
                break
        else:
            raise SystemExit(f"not found from page {prev}: {it[key]!r} ({it.get('debt')}, {it.get('metric')})")


def write_gold(stem: str, pdf: Path, kind: str, municipality: str, title: str, date: str, date_raw: str,
               facts: list, inits: list, minutes=None) -> dict:
    data = pdf.read_bytes()
    n = pymupdf.open(pdf).page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": inits, "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, list[str]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / gold["source"]["file"]
    texts = page_texts(pdf)
    errs = []
    if hashlib.sha256(pdf.read_bytes()).hexdigest() != gold["source"]["sha256"]:
        errs.append("sha256 mismatch")
    if len(texts) != gold["source"]["pages"]:
        errs.append("page count mismatch")
    for f in gold["facts"]:
        if nz(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw not on page {f['page']}: {f['raw']}")
        if f["basis"] == "interim" and not f["as_of"]:
            errs.append(f"interim without as_of: {f['raw']}")
    for i in gold["initiatives"]:
        if nz(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on page {i['page']}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nz(s["speaker"]) not in alltext:
                errs.append(f"speaker not printed: {s['speaker']}")
    if pdf.stat().st_size > 1_000_000:
        errs.append("pdf too large")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), errs


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))
