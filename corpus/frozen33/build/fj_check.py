"""Check helper fj's gold against its PDFs: every fact's raw and every initiative's text must
occur on its page in the text layer (whitespace removed); 2-8 pages; < 2 MB; facts consistent.

    python3 build/fj_check.py            (run from corpus/frozen33)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import fitz

SET = Path(__file__).resolve().parent.parent
SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
UNITS = {"yen", "percent", "points", "persons", "households", "cases"}
BASES = {"actual", "target", "estimate", "interim"}
SEGS = {"current", "arrears", "total"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def main() -> int:
    bad = 0
    golds = sorted((SET / "gold").glob("fj_*.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        size = pdf.stat().st_size
        doc = fitz.open(pdf)
        texts = [squash(p.get_text()) for p in doc]
        problems = []
        if not 2 <= doc.page_count <= 8:
            problems.append(f"page count {doc.page_count}")
        if size >= 2 * 1024 * 1024:
            problems.append(f"size {size}")
        if g["source"]["pages"] != doc.page_count:
            problems.append("source.pages differs")
        for i, f in enumerate(g["facts"]):
            p = f["page"]
            if not (1 <= p <= doc.page_count) or squash(f["raw"]) not in texts[p - 1]:
                problems.append(f"fact {i} raw {f['raw']!r} not on p.{p}")
            if f["unit"] not in UNITS or f["basis"] not in BASES or f["segment"] not in SEGS:
                problems.append(f"fact {i} bad unit/basis/segment {f}")
            if f["metric"] not in SIX and f["metric"] != "difference":
                problems.append(f"fact {i} metric {f['metric']}")
            if f["basis"] == "interim" and not f["as_of"]:
                problems.append(f"fact {i} interim without as_of")
        for i, it in enumerate(g["initiatives"]):
            p = it["page"]
            if squash(it["text"]) not in texts[p - 1]:
                problems.append(f"initiative {i} text not on p.{p}: {it['text'][:30]}")
        m = g.get("minutes")
        if m:
            for st in m["statements"]:
                if squash(st["speaker"]) not in "".join(texts):
                    problems.append(f"speaker {st['speaker']} not printed")
        fonts = {f[3] for p in doc for f in p.get_fonts()}
        print(f"{gp.stem:32s} pages={doc.page_count} size={size/1024:.0f}KB facts={len(g['facts'])} "
              f"initiatives={len(g['initiatives'])} fonts={sorted(fonts)[:4]} "
              f"{'OK' if not problems else 'PROBLEMS'}")
        for pr in problems[:40]:
            print("   ", pr)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
