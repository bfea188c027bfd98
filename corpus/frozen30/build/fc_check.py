"""Check helper fc's documents: every fact's raw and every initiative's text occurs on its page
(PyMuPDF text layer, whitespace removed), page counts 2-8, size < 2 MB, gold well-formed.

    python3 build/fc_check.py [stem ...]      (run from corpus/frozen30)
"""
import json
import re
import sys
from pathlib import Path

import fitz

SET = Path(__file__).resolve().parent.parent
SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
TAG = re.compile(r"【(継続|新規|拡充)】")


def ws(s):
    return re.sub(r"\s+", "", s or "")


def check(stem):
    gold = json.loads((SET / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = SET / "pdf" / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [ws(p.get_text()) for p in doc]
    bad = 0
    size = pdf.stat().st_size
    if not 2 <= doc.page_count <= 8:
        print(f"{stem}: page count {doc.page_count}")
        bad += 1
    if size >= 2_000_000:
        print(f"{stem}: size {size}")
        bad += 1
    if gold["source"]["pages"] != doc.page_count:
        print(f"{stem}: gold pages {gold['source']['pages']} != {doc.page_count}")
        bad += 1
    for f in gold["facts"]:
        if not texts[f["page"] - 1].count(ws(f["raw"])):
            print(f"{stem}: raw not on page {f['page']}: {f['raw']!r}")
            bad += 1
        if f["metric"] in SIX and f["unit"] == "points":
            print(f"{stem}: six-metric fact in points: {f}")
            bad += 1
    for i in gold["initiatives"]:
        t = ws(TAG.sub("", i["text"]))
        if t not in texts[i["page"] - 1]:
            print(f"{stem}: initiative not on page {i['page']}: {i['text'][:40]!r}")
            bad += 1
        if i["status"] not in (None, "継続", "新規", "拡充"):
            print(f"{stem}: bad status {i['status']}")
            bad += 1
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            for line in s["text"].split("\n"):
                if ws(line) not in texts[s["page"] - 1] and ws(line) not in "".join(texts):
                    print(f"{stem}: statement line not found: {line[:40]!r}")
                    bad += 1
    # a page where no text layer exists would be an image
    for n, t in enumerate(texts, 1):
        if len(t) < 20:
            print(f"{stem}: page {n} has almost no text")
            bad += 1
    fonts = {f[3] for p in doc for f in p.get_fonts()}
    print(f"{stem}: {doc.page_count} pages, {size/1024:.0f} KB, {len(gold['facts'])} facts, "
          f"{len(gold['initiatives'])} initiatives, fonts {sorted(fonts)[:4]} -> "
          f"{'OK' if not bad else f'{bad} PROBLEMS'}")
    return bad


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in (SET / "gold").glob("fc_*.json"))
    total = sum(check(s) for s in stems)
    sys.exit(1 if total else 0)
