"""Check helper qj's documents: every fact's raw and every initiative's text occurs on its page
(PyMuPDF page.get_text() with whitespace removed), 2–8 pages, < 2 MB, fonts embedded, text layer.

    python3 build/qj_check.py            (from corpus/frozen46)
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pymupdf as fitz

SET_DIR = Path(__file__).resolve().parents[1]
TAGS = re.compile(r"【(継続|新規|拡充)】")


def ws(s):
    return re.sub(r"\s+", "", s or "")


def main() -> int:
    bad = 0
    golds = sorted((SET_DIR / "gold").glob("qj_*.json"))
    tot = dict(docs=0, pages=0, facts=0, inits=0)
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET_DIR / "pdf" / g["source"]["file"]
        doc = fitz.open(pdf)
        texts = [ws(p.get_text()) for p in doc]
        size = pdf.stat().st_size
        n = doc.page_count
        probs = []
        if not 2 <= n <= 8:
            probs.append(f"page count {n}")
        if n != g["source"]["pages"]:
            probs.append("gold page count differs")
        if size >= 2_000_000:
            probs.append(f"size {size}")
        if any(len(t) < 10 for t in texts):
            probs.append("a page without text layer")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
        for line in fonts:
            cols = line.split()
            # columns: name type [encoding] emb sub uni object ID  -> emb is 5th from the end
            if len(cols) >= 7 and cols[-5] != "yes":
                probs.append(f"font not embedded: {line}")
        for i, f in enumerate(g["facts"]):
            p = f["page"]
            if not (1 <= p <= n) or ws(f["raw"]) not in texts[p - 1]:
                probs.append(f"fact {i} raw {f['raw']!r} not on page {p}")
        for i, it in enumerate(g["initiatives"]):
            p = it["page"]
            t = ws(TAGS.sub("", it["text"]))
            if not (1 <= p <= n) or t not in texts[p - 1]:
                probs.append(f"initiative {i} text not on page {p}: {it['text'][:30]}")
        m = g.get("minutes")
        if m:
            for i, s in enumerate(m.get("statements") or []):
                sp = ws(s["speaker"])
                if not any(sp in t for t in texts):
                    probs.append(f"speaker {sp} not found")
        tot["docs"] += 1
        tot["pages"] += n
        tot["facts"] += len(g["facts"])
        tot["inits"] += len(g["initiatives"])
        status = "OK" if not probs else f"{len(probs)} PROBLEMS"
        print(f"{gp.stem:28s} pages={n} size={size // 1024}KB facts={len(g['facts'])} "
              f"initiatives={len(g['initiatives'])} {status}")
        for pr in probs[:40]:
            print("   ", pr)
        bad += len(probs)
    print(f"total: {tot}  problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
