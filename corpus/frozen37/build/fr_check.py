"""Check helper fr's gold against the PDFs' text layers (run from corpus/frozen37).

Every fact's raw and every initiative's text must occur on its page (whitespace removed);
every PDF has 2-8 pages, is < 2 MB and has a text layer on each page.
"""
import json
import re
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent


def squash(s):
    return re.sub(r"\s+", "", s or "")


def main(stems):
    bad = 0
    golds = sorted((ROOT / "gold").glob("fr_*.json"))
    if stems:
        golds = [g for g in golds if g.stem in stems]
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = ROOT / "pdf" / (gp.stem + ".pdf")
        doc = pymupdf.open(pdf)
        texts = [squash(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        errs = []
        if not 2 <= doc.page_count <= 8:
            errs.append(f"page count {doc.page_count}")
        if size >= 2 * 1024 * 1024:
            errs.append(f"size {size}")
        if g["source"]["pages"] != doc.page_count:
            errs.append("source.pages mismatch")
        for i, t in enumerate(texts, 1):
            if len(t) < 15:
                errs.append(f"page {i} has almost no text")
        for f in g["facts"]:
            if squash(f["raw"]) not in texts[f["page"] - 1]:
                errs.append(f"fact raw not on page {f['page']}: {f['raw']!r}")
        for it in g["initiatives"]:
            if squash(it["text"]) not in texts[it["page"] - 1]:
                errs.append(f"initiative text not on page {it['page']}: {it['text'][:40]!r}")
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                if squash(s["text"])[:30] not in texts[s["page"] - 1]:
                    errs.append(f"statement not on page {s['page']}: {s['text'][:30]!r}")
        print(f"{gp.stem:32s} pages={doc.page_count} size={size // 1024}KB facts={len(g['facts'])} "
              f"initiatives={len(g['initiatives'])} {'OK' if not errs else 'ERRORS ' + str(len(errs))}")
        for e in errs[:40]:
            print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
