"""Check helper gh's gold against its PDFs (run from corpus/dev47):

    python3 build/gh_check.py            # every gold/gh_*.json

* every fact's raw and every initiative's text occur on their page's text layer
  (PyMuPDF page.get_text(), whitespace removed on both sides);
* the PDF has 2-8 pages, is under 2 MB, and has a text layer on every page;
* the gold's source block (sha256, pages) matches the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent.parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(gp: Path) -> int:
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = HERE / "pdf" / g["source"]["file"]
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    bad = 0
    texts = [squash(p.get_text()) for p in doc]
    if not 2 <= len(doc) <= 8:
        print(f"  {gp.name}: {len(doc)} pages (want 2-8)"); bad += 1
    if len(data) >= 2 * 1024 * 1024:
        print(f"  {gp.name}: {len(data)} bytes (want < 2 MB)"); bad += 1
    for i, t in enumerate(texts, 1):
        if len(t) < 5:
            print(f"  {gp.name}: page {i} has almost no text layer"); bad += 1
    if g["source"]["sha256"] != hashlib.sha256(data).hexdigest() or g["source"]["pages"] != len(doc):
        print(f"  {gp.name}: source block out of date"); bad += 1
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print(f"  fact p.{f['page']} raw {f['raw']!r} not on page"); bad += 1
    for it in g["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            print(f"  initiative p.{it['page']} {it['text'][:30]!r}… not on page"); bad += 1
    print(f"{gp.stem}: {len(doc)} pages, {len(data) // 1024} KB, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, {bad} problems")
    return bad


def main() -> int:
    golds = sorted((HERE / "gold").glob("gh_*.json"))
    return 1 if sum(check(p) for p in golds) else 0


if __name__ == "__main__":
    sys.exit(main())
