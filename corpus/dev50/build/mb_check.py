"""Check helper mb's gold against its PDFs: every raw on its page, every initiative text on its
page, every minutes statement in the text, page count 2-8, size < 2 MB, a text layer on every page.

Run from corpus/dev50:  python3 build/mb_check.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pymupdf as fitz

SET = Path(__file__).resolve().parent.parent


def ws(s):
    return re.sub(r"\s+", "", s or "")


def main() -> int:
    bad = 0
    for gp in sorted((SET / "gold").glob("mb_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        doc = fitz.open(pdf)
        texts = [ws(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        probs = []
        if not 2 <= doc.page_count <= 8:
            probs.append(f"page count {doc.page_count}")
        if size >= 2 * 1024 * 1024:
            probs.append(f"size {size}")
        if g["source"]["pages"] != doc.page_count:
            probs.append("source.pages differs")
        for i, t in enumerate(texts, 1):
            if len(t) < 50:
                probs.append(f"page {i} has almost no text layer")
        for f in g["facts"]:
            if ws(f["raw"]) not in texts[f["page"] - 1]:
                probs.append(f"fact raw not on page {f['page']}: {f['raw']!r}")
        for it in g["initiatives"]:
            if ws(it["text"]) not in texts[it["page"] - 1]:
                probs.append(f"initiative text not on page {it['page']}: {it['text'][:30]!r}")
        m = g.get("minutes")
        if m:
            allt = "".join(texts)
            for s in m["statements"]:
                if ws(s["text"]) not in texts[s["page"] - 1] if s.get("page") else ws(s["text"]) not in allt:
                    probs.append(f"statement not found: {s['speaker']} {s['text'][:30]!r}")
                if ws(s["speaker"]) not in allt:
                    probs.append(f"speaker not found: {s['speaker']}")
            for a in m["agenda"]:
                if ws(a) not in allt:
                    probs.append(f"agenda item not found: {a}")
        keys = Counter((f["page"], f["fiscal_year"], f["segment"], f["metric"], f["basis"], f["debt"], f["debt_raw"],
                        f.get("area"), f["value"]) for f in g["facts"])
        for k, n in keys.items():
            if n > 1:
                # the same number printed twice on a page is allowed, but report it for review
                print(f"  note {gp.stem}: {n}x {k}")
        print(f"{gp.stem}: {doc.page_count} pages, {size // 1024} KiB, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives: {'OK' if not probs else str(len(probs)) + ' problems'}")
        for p in probs[:40]:
            print("   ", p)
        bad += len(probs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
