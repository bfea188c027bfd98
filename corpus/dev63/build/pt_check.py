"""Check helper pt's gold against its PDFs (run from corpus/dev63):

    python3 build/pt_check.py            # all pt_* gold files

For every fact: its raw occurs on its page (PyMuPDF text, whitespace removed); for every
initiative: its text occurs on its page; minutes statements' speakers occur on their page.
Also: page counts, PDF size < 2 MB, 2-8 pages, every page has a text layer, and a few
arithmetic identities of the gold itself (yen integral, interim facts have as_of).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent.parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    bad = 0
    for gp in sorted((HERE / "gold").glob("pt_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "pdf" / g["source"]["file"]
        doc = pymupdf.open(pdf)
        texts = [squash(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        errs = []
        if doc.page_count != g["source"]["pages"]:
            errs.append(f"pages {doc.page_count} != {g['source']['pages']}")
        if not 2 <= doc.page_count <= 8:
            errs.append(f"page count {doc.page_count}")
        if size >= 2 * 1024 * 1024:
            errs.append(f"size {size}")
        for i, t in enumerate(texts, 1):
            if len(t) < 50:
                errs.append(f"page {i} has almost no text")
        for f in g["facts"]:
            raw = squash(f["raw"])
            if raw not in texts[f["page"] - 1]:
                errs.append(f"fact raw not on p{f['page']}: {f['raw']!r} ({f['metric']} {f['debt']})")
            if f["unit"] == "yen" and not isinstance(f["value"], int):
                errs.append(f"yen not int: {f}")
            if f["basis"] == "interim" and not f["as_of"]:
                errs.append(f"interim without as_of: {f['raw']}")
        for it in g["initiatives"]:
            if squash(it["text"]) not in texts[it["page"] - 1]:
                errs.append(f"initiative not on p{it['page']}: {it['text'][:40]!r}")
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                if squash("○" + s["speaker"]) not in texts[s["page"] - 1]:
                    errs.append(f"speaker not on p{s['page']}: {s['speaker']}")
        # duplicates (same page and raw and key) would make matching ambiguous only if values differ
        print(f"{gp.stem:28s} pages={doc.page_count} size={size // 1024}KB facts={len(g['facts'])} "
              f"initiatives={len(g['initiatives'])} "
              f"statements={len(m['statements']) if m else 0} -> {'OK' if not errs else 'ERRORS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
