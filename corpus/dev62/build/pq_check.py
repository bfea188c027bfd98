"""Check helper pq's gold against its PDFs: every fact raw and every initiative text must occur on
its page in the PDF text layer (whitespace removed); pages 2-8, size < 2 MB, no fonts missing.

    python3 build/pq_check.py            (run from corpus/dev62)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    bad = 0
    for gp in sorted((ROOT / "gold").glob("pq_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = ROOT / "pdf" / g["source"]["file"]
        doc = fitz.open(pdf)
        texts = [squeeze(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        probs = []
        if not 2 <= len(doc) <= 8:
            probs.append(f"page count {len(doc)}")
        if size >= 2_000_000:
            probs.append(f"size {size}")
        if g["source"]["pages"] != len(doc):
            probs.append("source.pages differs")
        for f in g["facts"]:
            if squeeze(f["raw"]) not in texts[f["page"] - 1]:
                probs.append(f"fact raw not on p.{f['page']}: {f['raw']!r} ({f['debt_raw']}, {f['metric']})")
        for i in g["initiatives"]:
            if squeeze(i["text"]) not in texts[i["page"] - 1]:
                probs.append(f"initiative text not on p.{i['page']}: {i['text'][:30]!r}")
        for p in doc:
            if any(len(t) < 2 for t in [p.get_text().strip()]):
                probs.append(f"page {p.number + 1} has no text layer")
        fonts = {f[3] for p in doc for f in p.get_fonts()}
        print(f"{gp.stem}: {len(doc)} pages, {size/1024:.0f} KB, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives, fonts {sorted(fonts)}")
        for pr in probs:
            print("   PROBLEM", pr)
        bad += len(probs)
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
