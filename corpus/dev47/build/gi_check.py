"""Check helper gi's gold against its PDFs (run from corpus/dev47):

    python3 build/gi_check.py [stem ...]

- every fact's raw occurs on its page's text layer (whitespace removed);
- every initiative's text occurs on its page;
- page count 2-8, size < 2 MB, fonts embedded, page count in gold == PDF;
- arithmetic: rate = collected / assessed within printed precision where both are in the gold
  for the same page, debt, year, segment and basis (a self-check of the invented data).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import fitz

SET = Path(__file__).resolve().parent.parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> int:
    pdf = SET / "pdf" / f"{stem}.pdf"
    gold = json.loads((SET / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    bad = 0
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    size = pdf.stat().st_size
    print(f"{stem}: {doc.page_count} pages, {size / 1024:.0f} KB, {len(gold['facts'])} facts, "
          f"{len(gold['initiatives'])} initiatives")
    if not (2 <= doc.page_count <= 8):
        print("  page count out of range"); bad += 1
    if gold["source"]["pages"] != doc.page_count:
        print("  gold page count differs"); bad += 1
    if size >= 2 * 1024 * 1024:
        print("  too large"); bad += 1
    for p in doc:
        for f in p.get_fonts():
            if f[1] in ("n/a",) or not f[3]:
                print("  font not embedded?", f); bad += 1
    for f in gold["facts"]:
        t = texts[f["page"] - 1] if 1 <= f["page"] <= len(texts) else ""
        if squash(f["raw"]) not in t:
            print("  raw not on page:", f["page"], f["raw"], f.get("debt_raw"), f["metric"]); bad += 1
    for i in gold["initiatives"]:
        t = texts[i["page"] - 1]
        if squash(i["text"]) not in t:
            print("  initiative not on page:", i["page"], i["text"][:40]); bad += 1
    # arithmetic self-check
    grp = defaultdict(dict)
    for f in gold["facts"]:
        k = (f["page"], f["debt"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f.get("area"))
        grp[k].setdefault(f["metric"], []).append(f)
    for k, m in grp.items():
        if "assessed" in m and "collected" in m and "collection_rate" in m and \
                len(m["assessed"]) == len(m["collected"]) == len(m["collection_rate"]) == 1:
            a, c, r = m["assessed"][0]["value"], m["collected"][0]["value"], m["collection_rate"][0]
            nd = len(r["raw"].split(".")[1].rstrip("%％")) if "." in r["raw"] else 0
            if a and abs(c / a * 100 - r["value"]) > 0.5 * 10 ** -nd + 0.02:
                print("  rate mismatch", k, a, c, r["value"]); bad += 1
        if all(x in m for x in ("assessed", "collected", "written_off", "outstanding")) and \
                all(len(m[x]) == 1 for x in ("assessed", "collected", "written_off", "outstanding")):
            a, c, w, o = (m[x][0]["value"] for x in ("assessed", "collected", "written_off", "outstanding"))
            if a - c - w != o and not any(m[x][0]["approx"] for x in m):
                print("  identity mismatch", k, a, c, w, o); bad += 1
    if gold.get("minutes"):
        mn = gold["minutes"]
        for s in mn["statements"]:
            t = texts[s["page"] - 1]
            if squash(s["speaker"]) not in t:
                print("  speaker not on page", s["page"], s["speaker"]); bad += 1
        for a in mn["agenda"]:
            if not any(squash(a) in t for t in texts):
                print("  agenda item not found", a); bad += 1
    print("  OK" if not bad else f"  {bad} problems")
    return bad


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in (SET / "gold").glob("gi_*.json"))
    sys.exit(1 if sum(check(s) for s in stems) else 0)
