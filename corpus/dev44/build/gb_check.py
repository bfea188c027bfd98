#!/usr/bin/env python3
"""Check helper gb's documents: every fact's raw and every initiative's text occurs on its page
(whitespace removed), page count 2-8, size < 2 MB, a text layer on every page, no raster images,
fonts embedded, and the sums/rates that the build promised.  Run from corpus/dev44:
    python3 build/gb_check.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s or "")


def check(gold_path: Path) -> int:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pdf = ROOT / "pdf" / g["source"]["file"]
    bad = 0
    size = pdf.stat().st_size
    doc = pymupdf.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    msgs = []
    if not 2 <= doc.page_count <= 8:
        msgs.append(f"page count {doc.page_count}")
    if size >= 2_000_000:
        msgs.append(f"size {size}")
    if g["source"]["pages"] != doc.page_count:
        msgs.append("source.pages differs")
    for i, p in enumerate(doc):
        if len(texts[i]) < 20:
            msgs.append(f"p{i + 1}: little text")
        if p.get_images():
            msgs.append(f"p{i + 1}: has raster images")
        for f in p.get_fonts():
            if f[1] not in ("ttf", "cff", "Type1C", "TrueType", "Type0", "cid", "OpenType") and not f[0]:
                msgs.append(f"p{i + 1}: font {f}")
    for f in g["facts"]:
        pg = f["page"]
        if not (1 <= pg <= doc.page_count) or squash(f["raw"]) not in texts[pg - 1]:
            msgs.append(f"fact raw not on p{pg}: {f['raw']!r} ({f['debt_raw']}, {f['metric']}, {f['fiscal_year']})")
    for it in g["initiatives"]:
        pg = it["page"]
        if squash(it["text"]) not in texts[pg - 1]:
            msgs.append(f"initiative not on p{pg}: {it['text'][:40]}")
    if g.get("minutes"):
        m = g["minutes"]
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext or squash(s["speaker"]) not in alltext:
                msgs.append(f"statement not found: {s['speaker']} {s['text'][:30]}")
        for a in m["agenda"] + m["materials"]:
            if squash(a) not in alltext:
                msgs.append(f"agenda/material not found: {a}")
    bad = len(msgs)
    for m in msgs[:40]:
        print("  ", m)
    print(f"{gold_path.stem}: {doc.page_count} pages, {size / 1e6:.2f} MB, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, minutes={'yes' if g.get('minutes') else 'no'}: "
          f"{'OK' if not bad else str(bad) + ' problems'}")
    return bad


def main() -> int:
    paths = sorted((ROOT / "gold").glob("gb_*.json"))
    if len(sys.argv) > 1:
        paths = [p for p in paths if any(a in p.name for a in sys.argv[1:])]
    return 1 if sum(check(p) for p in paths) else 0


if __name__ == "__main__":
    sys.exit(main())
