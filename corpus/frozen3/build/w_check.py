"""Re-check the w_* gold files against their PDFs (independent of the builders) and print a summary.

Checks: sha256 and page count; each fact raw occurs on its page (whitespace removed; facts sharing one raw on a
page do not outnumber its printed occurrences); value agrees with the raw (percent / plain-number yen with a
千円・百万円 factor / 億・万 notation); interim facts carry as_of; each initiative text and statement is on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent


def nows(s):
    return re.sub(r"\s+", "", s or "")


def raw_value(raw):
    s = unicodedata.normalize("NFKC", raw).replace(",", "").replace("約", "")
    s = s.replace("△", "-").replace("▲", "-")
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)[%％]?", s)
    if m:
        return float(m.group(1)), "plain"
    m = re.fullmatch(r"(?:(\d+)億)?(?:(\d+)万)?円(?:以下)?", s)
    if m and (m.group(1) or m.group(2)):
        return int(m.group(1) or 0) * 10**8 + int(m.group(2) or 0) * 10**4, "yen"
    m = re.fullmatch(r"(?:(\d+)万)?(\d+)?(世帯|人)", s)
    if m:
        return int(m.group(1) or 0) * 10**4 + int(m.group(2) or 0), "count"
    return None, None


def main():
    totals = Counter()
    bad = 0
    for gp in sorted((ROOT / "gold").glob("w_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = ROOT / "pdf" / g["source"]["file"]
        errs = []
        if hashlib.sha256(pdf.read_bytes()).hexdigest() != g["source"]["sha256"]:
            errs.append("sha256 differs")
        with pymupdf.open(pdf) as d:
            texts = [nows(p.get_text()) for p in d]
        if len(texts) != g["source"]["pages"]:
            errs.append("page count differs")
        need = Counter((f["page"], nows(f["raw"])) for f in g["facts"])
        for (p, r), n in need.items():
            if texts[p - 1].count(r) < n:
                errs.append(f"raw {r} p.{p}")
        for f in g["facts"]:
            v, kind = raw_value(f["raw"])
            if v is None:
                errs.append(f"raw not parsed: {f['raw']}")
            elif f["unit"] == "percent":
                if abs(v - f["value"]) > 1e-9:
                    errs.append(f"percent value {f['value']} != raw {f['raw']}")
            elif kind == "plain":
                if not any(abs(v * k - f["value"]) < 1e-6 for k in (1, 1000, 10**6)):
                    errs.append(f"yen value {f['value']} vs raw {f['raw']}")
            elif v != f["value"]:
                errs.append(f"value {f['value']} != raw {f['raw']}")
            if (f["basis"] == "interim") != bool(f["as_of"]):
                errs.append(f"as_of/basis mismatch {f['raw']}")
            if f["approx"] != ("約" in f["raw"]):
                errs.append(f"approx flag {f['raw']}")
        for i in g["initiatives"]:
            if nows(i["text"]) not in texts[i["page"] - 1]:
                errs.append(f"initiative p.{i['page']}: {i['text'][:30]}")
        if g.get("minutes"):
            for s in g["minutes"]["statements"]:
                t, p = nows(s["text"]), s["page"]
                strip = lambda x: re.sub(r"[-－‒−]\d+[-－‒−]", "", x)
                both = strip(texts[p - 1]) + (strip(texts[p]) if p < len(texts) else "")
                if t not in texts[p - 1] and not (t in both and both.index(t) < len(strip(texts[p - 1]))):
                    errs.append(f"statement p.{p}")
        if pdf.stat().st_size >= 1_000_000:
            errs.append("PDF over 1 MB")
        totals.update(docs=1, pages=len(texts), facts=len(g["facts"]), initiatives=len(g["initiatives"]))
        print(f"{gp.stem}: {'OK' if not errs else 'FAIL'} kind={g['document']['kind']} pages={len(texts)} "
              f"facts={len(g['facts'])} initiatives={len(g['initiatives'])}")
        for e in errs[:20]:
            print("   ", e)
        bad += bool(errs)
    print(f"total: documents={totals['docs']} pages={totals['pages']} facts={totals['facts']} "
          f"initiatives={totals['initiatives']} {'ALL CHECKS PASSED' if not bad else 'CHECKS FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
