"""Shared helpers for the g_ documents of dev29: fact/initiative records, page location, gold writing, checks."""
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """Half-width digits → full-width (as some offices type them)."""
    return str(s).translate(ZEN)


def yen_comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int) -> str:
    """△ notation for negatives."""
    return f"△{abs(v):,}" if v < 0 else f"{v:,}"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None, approx=False, area=None,
         debt_raw=None, hint=None):
    return {"debt": debt, "debt_raw": debt if debt_raw is None else debt_raw, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": None, "area": area,
            "_hint": hint}


def initiative(debt, fy, section, label, text, status, hint=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": None, "_hint": hint}


def nz(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def raw_nz(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    doc = fitz.open(pdf)
    return [raw_nz(p.get_text()) for p in doc]


class PText(str):
    """Whitespace-free page text that remembers where whitespace was removed (cell / line boundaries)."""

    def __new__(cls, raw):
        chars, bounds, gap = [], set(), False
        for ch in raw:
            if ch.isspace():
                gap = True
                continue
            if gap:
                bounds.add(len(chars))
            chars.append(ch)
            gap = False
        bounds.add(len(chars))
        o = super().__new__(cls, "".join(chars))
        o.bounds = bounds
        return o


def _find(text: str, needle: str, start: int) -> int:
    """Find needle in text from start, not glued to neighbouring digits."""
    bounds = getattr(text, "bounds", set())
    i = start
    while True:
        i = text.find(needle, i)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(needle)] if i + len(needle) < len(text) else ""
        digit = "0123456789０１２３４５６７８９"
        if needle[0] in digit + "△▲" and before and before in digit + ",，.．" and i not in bounds:
            i += 1
            continue
        if needle[-1] in digit and after and after in digit + ",，.．" and i + len(needle) not in bounds:
            i += 1
            continue
        return i


def locate(pdf: Path, items: list[dict], key: str) -> list[str]:
    """Assign page numbers by searching each item's text in document order (cursor), using the optional
    _hint (a page number) to restrict the search. Returns a list of error strings."""
    pages = [PText(p.get_text()) for p in fitz.open(pdf)]
    errs = []
    cursor = (0, 0)  # (page index, offset)
    for it in items:
        needle = raw_nz(it[key])
        if key == "text":
            needle = needle[:40]
        hint = it.get("_hint")
        found = None
        if hint:
            p = hint - 1
            off = cursor[1] if cursor[0] == p else 0
            j = _find(pages[p], needle, off) if p < len(pages) else -1
            if j < 0 and p < len(pages):
                j = _find(pages[p], needle, 0)
            if j >= 0:
                found = (p, j)
        else:
            p, off = cursor
            while p < len(pages):
                j = _find(pages[p], needle, off)
                if j >= 0:
                    found = (p, j)
                    break
                p, off = p + 1, 0
        if not found:
            errs.append(f"not found: {it[key]!r} (hint {hint}, cursor page {cursor[0] + 1})")
            continue
        it["page"] = found[0] + 1
        cursor = (found[0], found[1] + len(needle))
    return errs


def check(pdf: Path, gold: dict) -> list[str]:
    pages = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        if raw_nz(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(f"fact raw not on page {f['page']}: {f['raw']}")
    for i in gold["initiatives"]:
        if raw_nz(i["text"]) not in pages[i["page"] - 1]:
            errs.append(f"initiative text not on page {i['page']}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if raw_nz(s["text"])[:60] not in "".join(pages):
                errs.append(f"statement not found: {s['text'][:30]}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list, inits: list, minutes=None) -> dict:
    doc = fitz.open(pdf)
    n = doc.page_count
    doc.close()
    for x in facts + inits:
        x.pop("_hint", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    errs = check(pdf, gold)
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(inits)} size={pdf.stat().st_size} "
          f"check_errors={len(errs)}")
    for e in errs[:30]:
        print("  ", e)
    return gold


def to_pdf(src: Path, dest: Path, profile: str = "g_dev29") -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
