"""Check helper fw's gold: every raw / initiative text occurs on its page (whitespace removed)."""
import json, re, sys
from pathlib import Path
import fitz

SET = Path(__file__).resolve().parent.parent


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(stem):
    gold = json.loads((SET / "gold" / f"{stem}.json").read_text())
    doc = fitz.open(SET / "pdf" / f"{stem}.pdf")
    pages = [norm(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if norm(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print("FACT", stem, f["page"], f["raw"], f["debt_raw"], f["metric"])
    for i in gold["initiatives"]:
        if norm(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print("INIT", stem, i["page"], i["text"][:40])
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if norm(s["text"]) not in pages[s["page"] - 1]:
                bad += 1
                print("STMT", stem, s["page"], s["speaker"], s["text"][:30])
    size = (SET / "pdf" / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} size={size/1024:.0f}KB facts={len(gold['facts'])} "
          f"inits={len(gold['initiatives'])} bad={bad}")
    return bad


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in (SET / "gold").glob("fw_*.json"))
    sys.exit(1 if sum(check(s) for s in stems) else 0)
