"""Checks for helper fg's documents: every fact's raw and every initiative's text occurs on its
page in the PDF's text layer (whitespace removed); page count 2-8; size < 2 MB; fonts embedded;
gold page count and sha256 agree with the PDF; minutes statements occur on their page.

    python3 build/fg_check.py            (from corpus/frozen32)
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pymupdf as fitz

SET = Path(__file__).resolve().parents[1]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    bad = 0
    tot = dict(docs=0, pages=0, facts=0, inits=0)
    for gp in sorted((SET / "gold").glob("fg_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        data = pdf.read_bytes()
        doc = fitz.open(pdf)
        texts = [squash(p.get_text()) for p in doc]
        probs = []
        if not 2 <= doc.page_count <= 8:
            probs.append(f"page count {doc.page_count}")
        if len(data) >= 2 * 1024 * 1024:
            probs.append(f"size {len(data)}")
        if g["source"]["pages"] != doc.page_count:
            probs.append("gold page count differs")
        if g["source"]["sha256"] != hashlib.sha256(data).hexdigest():
            probs.append("sha256 differs (rebuild gold)")
        for i, p in enumerate(doc):
            for f in p.get_fonts():
                if f[1] == "n/a" or not f[1]:
                    pass
            if len(texts[i]) < 15:
                probs.append(f"page {i+1}: little text ({len(texts[i])} chars)")
        for f in g["facts"]:
            pg = f["page"]
            if not 1 <= pg <= doc.page_count or squash(f["raw"]) not in texts[pg - 1]:
                probs.append(f"fact raw not on p.{pg}: {f['raw']!r} ({f['debt']}, {f['metric']}, {f['fiscal_year']})")
        for it in g["initiatives"]:
            pg = it["page"]
            if not 1 <= pg <= doc.page_count or squash(it["text"]) not in texts[pg - 1]:
                probs.append(f"initiative not on p.{pg}: {it['text'][:40]!r}")
            if it.get("status") and re.search(r"【(継続|新規|拡充)】", it["text"]):
                probs.append(f"tag left in initiative text: {it['text'][:30]!r}")
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                pg = s.get("page")
                # a statement may run onto the next page: its opening must be on its page
                if pg and squash(s["text"])[:40] not in texts[pg - 1]:
                    probs.append(f"statement not on p.{pg}: {s['text'][:30]!r}")
        # duplicates at the same key and value are allowed (printed twice) but report them
        fonts = set()
        for p in doc:
            for f in p.get_fonts():
                fonts.add((f[3], f[1]))
        unembedded = [f for f in fonts if f[1] in ("", "n/a")]
        print(f"{gp.stem:34s} pages={doc.page_count} size={len(data)//1024}KB facts={len(g['facts'])} "
              f"initiatives={len(g['initiatives'])} minutes={'yes' if m else 'no'} fonts={sorted(f[0] for f in fonts)}")
        if unembedded:
            probs.append(f"fonts not embedded: {unembedded}")
        for pr in probs:
            print("   PROBLEM", pr)
        bad += len(probs)
        tot["docs"] += 1
        tot["pages"] += doc.page_count
        tot["facts"] += len(g["facts"])
        tot["inits"] += len(g["initiatives"])
    print(f"total: {tot}  problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
