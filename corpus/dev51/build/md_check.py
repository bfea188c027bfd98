"""Check helper md's gold against its PDFs: every fact raw, initiative text and minutes
statement occurs on its page's text layer (whitespace removed); basic arithmetic.

Run from corpus/dev51:  python3 build/md_check.py [stem ...]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import fitz

SET = Path(__file__).resolve().parent.parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> int:
    gold = json.loads((SET / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(SET / "pdf" / f"{stem}.pdf")
    pages = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(pages)) or squash(f["raw"]) not in pages[p - 1]:
            bad += 1
            print(f"  fact raw not on page {p}: {f['raw']!r} ({f['metric']} {f['debt_raw']} {f['fiscal_year']})")
        for k in ("debt", "debt_raw", "fiscal_year", "segment", "metric", "basis", "value", "unit", "approx", "raw", "page"):
            if k not in f:
                bad += 1
                print("  missing key", k, f)
        if f["basis"] == "interim" and not f.get("as_of"):
            bad += 1
            print("  interim without as_of", f)
    per = Counter((f["page"], squash(f["raw"])) for f in gold["facts"])
    for (pg, raw), n in per.items():
        have = pages[pg - 1].count(raw) if 1 <= pg <= len(pages) else 0
        if have < n:
            bad += 1
            print(f"  page {pg}: {n} facts print {raw!r} but the text layer holds it {have} times")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print(f"  initiative not on page {i['page']}: {i['text'][:40]!r}")
    m = gold.get("minutes")
    if m:
        allt = "".join(pages)
        for s in m["statements"]:
            if squash(s["text"]) not in pages[s["page"] - 1]:
                bad += 1
                print(f"  statement not on page {s['page']}: {s['speaker']} {s['text'][:30]!r}")
            if squash(s["speaker"]) not in allt:
                bad += 1
                print("  speaker not printed", s["speaker"])
        for a in m["agenda"]:
            if squash(a) not in allt:
                bad += 1
                print("  agenda not printed", a)
        for a in m["attendees"]:
            if squash(a["title"]) not in allt:
                bad += 1
                print("  attendee not printed", a)
    if gold["source"]["pages"] != len(pages):
        bad += 1
        print("  page count differs")
    size = (SET / "pdf" / f"{stem}.pdf").stat().st_size
    cnt = Counter(f["metric"] for f in gold["facts"])
    print(f"{stem}: {len(pages)} pages, {size / 1024:.0f} KB, {len(gold['facts'])} facts {dict(cnt)}, "
          f"{len(gold['initiatives'])} initiatives, problems: {bad}")
    return bad


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in (SET / "gold").glob("md_*.json"))
    sys.exit(1 if sum(check(s) for s in stems) else 0)
