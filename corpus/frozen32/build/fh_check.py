"""Check helper fh's gold against its PDFs: every raw and initiative text on its page.

    cd corpus/frozen32 && python3 build/fh_check.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import fitz

SET = Path(__file__).resolve().parent.parent
WS = re.compile(r"\s+")


def n(s) -> str:
    return WS.sub("", str(s or ""))


def main() -> int:
    bad = 0
    tot = dict(docs=0, pages=0, facts=0, inits=0)
    for gp in sorted((SET / "gold").glob("fh_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        doc = fitz.open(pdf)
        pages = [n(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        probs = []
        if not (2 <= doc.page_count <= 8):
            probs.append(f"page count {doc.page_count}")
        if size >= 2 * 1024 * 1024:
            probs.append(f"size {size}")
        if g["source"]["pages"] != doc.page_count:
            probs.append("source.pages differs")
        for i, p in enumerate(doc):
            if p.get_images():
                probs.append(f"p.{i + 1} has images")
            if len(pages[i]) < 50:
                probs.append(f"p.{i + 1} has almost no text")
        for f in g["facts"]:
            pg = f["page"]
            if not (1 <= pg <= len(pages)) or n(f["raw"]) not in pages[pg - 1]:
                probs.append(f"fact raw not on p.{pg}: {f['raw']!r} ({f['metric']} {f['debt_raw']})")
        for it in g["initiatives"]:
            pg = it["page"]
            if not (1 <= pg <= len(pages)) or n(it["text"]) not in pages[pg - 1]:
                probs.append(f"initiative not on p.{pg}: {it['text'][:40]!r}")
        m = g.get("minutes")
        if m:
            alltext = "".join(pages)
            for s in m["statements"]:
                if n(s["text"]) not in alltext:
                    probs.append(f"statement text not found: {s['speaker']} {s['text'][:30]!r}")
                pg = s.get("page")
                if pg and n(s["text"])[:20] not in pages[pg - 1]:
                    probs.append(f"statement start not on p.{pg}: {s['speaker']}")
            for a in m["agenda"]:
                if n(a) not in alltext:
                    probs.append(f"agenda not found: {a}")
        keys = {}
        for f in g["facts"]:
            k = (f["page"], f["fiscal_year"], f["segment"], f["metric"], f["basis"], f["debt"], f.get("area"), f["as_of"], f["value"])
            keys[k] = keys.get(k, 0) + 1
        tot["docs"] += 1
        tot["pages"] += doc.page_count
        tot["facts"] += len(g["facts"])
        tot["inits"] += len(g["initiatives"])
        status = "OK" if not probs else f"{len(probs)} problems"
        print(f"{gp.stem}: {doc.page_count} pages, {size // 1024} KB, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives: {status}")
        for p in probs[:60]:
            print("   ", p)
        bad += len(probs)
    print(f"total: {tot}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
