"""Shared helpers for the e_* dev17 builders: facts, page location, gold writing and checks."""
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


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nz(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None, approx=False,
         debt_raw=None, area=None, anchor=None):
    """A gold fact without page; `anchor` names the section it is printed in (for page location)."""
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area, "_anchor": anchor}


def locate(pdf: Path, items: list[dict], key="raw"):
    """Assign pages by walking the page texts in print order from each item's anchor.

    Items are in printed order; an item's `_anchor` (a string printed at the start of its section)
    moves the cursor to that string's first occurrence at or after the cursor."""
    doc = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in doc]
    cur_p, cur_o = 0, 0
    for it in items:
        a = it.get("_anchor")
        if a:
            a = nz(a)
            found = False
            for p in range(cur_p, len(texts)):
                start = cur_o if p == cur_p else 0
                i = texts[p].find(a, start)
                if i >= 0:
                    cur_p, cur_o, found = p, i, True
                    break
            if not found:
                raise SystemExit(f"anchor not found after page {cur_p+1}: {a}")
        r = nz(it[key])
        for p in range(cur_p, len(texts)):
            start = cur_o if p == cur_p else 0
            i = texts[p].find(r, start)
            if i >= 0:
                it["page"] = p + 1
                cur_p, cur_o = p, i + len(r)
                break
        else:
            raise SystemExit(f"not found after page {cur_p+1}: {it[key]!r} ({it.get('debt')})")
    return len(texts)


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None):
    for x in facts + initiatives:
        x.pop("_anchor", None)
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    check(stem)


def check(stem: str):
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    pdf = ROOT / "pdf" / gold["source"]["file"]
    doc = fitz.open(pdf)
    texts = [nz(unicodedata.normalize("NFKC", p.get_text())) for p in doc]
    raw_texts = [nz(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if nz(f["raw"]) not in raw_texts[f["page"] - 1]:
            print("FACT MISSING", f); bad += 1
    for i in gold["initiatives"]:
        if nz(i["text"]) not in raw_texts[i["page"] - 1]:
            print("INIT MISSING", i); bad += 1
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"]
    size = pdf.stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} "
          f"initiatives={len(gold['initiatives'])} size={size//1024}KB bad={bad}")
    if bad or size > 1_000_000:
        raise SystemExit(1)
