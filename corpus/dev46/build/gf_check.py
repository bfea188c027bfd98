#!/usr/bin/env python3
"""Check helper gf's gold against its PDFs (run from corpus/dev46).

For every gold/gf_*.json: each fact's raw and each initiative's text (tags stripped) must
occur on its page of the PDF text layer after removing whitespace; minutes statements too.
Also checks the sha256/page count, page sizes, fonts embedded as subsets and file size < 2 MB.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import pymupdf

SET = Path(__file__).resolve().parent.parent
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s or "")


def main() -> int:
    bad = 0
    for gp in sorted((SET / "gold").glob("gf_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        data = pdf.read_bytes()
        doc = pymupdf.open(pdf)
        pages = [squash(p.get_text()) for p in doc]
        errs = []
        if hashlib.sha256(data).hexdigest() != g["source"]["sha256"]:
            errs.append("sha256 differs")
        if doc.page_count != g["source"]["pages"]:
            errs.append("page count differs")
        if not 2 <= doc.page_count <= 8:
            errs.append(f"{doc.page_count} pages")
        if len(data) >= 2 * 1024 * 1024:
            errs.append(f"size {len(data)}")
        for p in doc:
            for f in p.get_fonts():
                if f[1] not in ("Type3",) and "+" not in f[3] and f[3] not in ("",):
                    errs.append(f"p{p.number + 1}: font not subset: {f[3]}")
        for i, f in enumerate(g["facts"]):
            pg = f["page"]
            if not 1 <= pg <= len(pages) or squash(f["raw"]) not in pages[pg - 1]:
                errs.append(f"fact {i} raw {f['raw']!r} not on p{pg}")
            for k in ("debt", "debt_raw", "fiscal_year", "segment", "metric", "basis", "value", "unit"):
                if k not in f:
                    errs.append(f"fact {i} lacks {k}")
            if f["basis"] == "interim" and not f.get("as_of"):
                errs.append(f"fact {i} interim without as_of")
        for i, it in enumerate(g["initiatives"]):
            t = squash(re.sub(r"【(継続|新規|拡充)】", "", it["text"]))
            pg = it["page"]
            if t not in pages[pg - 1].replace("【継続】", "").replace("【新規】", "").replace("【拡充】", ""):
                errs.append(f"initiative {i} text not on p{pg}: {it['text'][:30]}")
        m = g.get("minutes")
        if m:
            alltext = "".join(pages)
            for i, st in enumerate(m["statements"]):
                if squash(st["text"]) not in alltext:
                    errs.append(f"statement {i} text not found: {st['text'][:30]}")
                if squash(st["speaker"]) not in alltext:
                    errs.append(f"statement {i} speaker not found")
            for a in m["attendees"]:
                for k in ("title", "name"):
                    if a.get(k) and squash(a[k]) not in alltext:
                        errs.append(f"attendee {a} {k} not found")
            for a in m["agenda"]:
                if squash(a) not in alltext:
                    errs.append(f"agenda {a} not found")
        # no duplicate identical facts (same key, value, debt, area, page)
        seen = {}
        for i, f in enumerate(g["facts"]):
            k = (f["page"], f["fiscal_year"], f["segment"], f["metric"], f["basis"], f["value"],
                 f["debt"], f["debt_raw"], f.get("area"), f.get("as_of"))
            seen.setdefault(k, []).append(i)
        dups = [v for v in seen.values() if len(v) > 1]
        print(f"{gp.stem}: {doc.page_count} pages, {len(data)//1024} KB, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives, identical-key facts: {len(dups)}"
              + (f", {len(m['statements'])} statements" if m else ""))
        for e in errs[:40]:
            print("   ", e)
        bad += len(errs)
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
