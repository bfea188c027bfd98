"""Check helper ps's gold against the PDFs' text layer.

Every fact's raw and every initiative's text must occur on its page (whitespace removed); minutes
statements must occur on their page too. Also sanity checks of the fact fields.
Run from corpus/dev63:  python3 build/ps_check.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf

SET = Path(__file__).resolve().parent.parent
METRICS_UNITS = {"assessed": {"yen"}, "collected": {"yen"}, "written_off": {"yen"}, "outstanding": {"yen"},
                 "collection_rate": {"percent"}, "delinquents": {"persons", "households"}}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    bad = 0
    for gp in sorted((SET / "gold").glob("ps_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        doc = pymupdf.open(pdf)
        assert doc.page_count == g["source"]["pages"], gp
        assert 2 <= doc.page_count <= 8, gp
        assert pdf.stat().st_size < 2_000_000, pdf
        texts = [squash(p.get_text()) for p in doc]
        nf = ni = 0
        for f in g["facts"]:
            t = texts[f["page"] - 1]
            if squash(f["raw"]) not in t:
                print(f"{gp.stem}: raw not on page {f['page']}: {f['raw']!r}")
                bad += 1
            if f["metric"] in METRICS_UNITS and f["unit"] not in METRICS_UNITS[f["metric"]]:
                print(f"{gp.stem}: unit {f['unit']} for {f['metric']}: {f['raw']}")
                bad += 1
            assert f["segment"] in ("current", "arrears", "total"), f
            assert f["basis"] in ("actual", "target", "estimate", "interim"), f
            assert (f["basis"] == "interim") == bool(f["as_of"]), f
            nf += 1
        for i in g["initiatives"]:
            if squash(i["text"]) not in texts[i["page"] - 1]:
                print(f"{gp.stem}: initiative not on page {i['page']}: {i['text'][:40]!r}")
                bad += 1
            ni += 1
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                if squash(s["text"]) not in texts[s["page"] - 1]:
                    print(f"{gp.stem}: statement not on page {s['page']}: {s['text'][:40]!r}")
                    bad += 1
        print(f"{gp.stem}: {doc.page_count} pages, {nf} facts, {ni} initiatives, "
              f"{len(m['statements']) if m else 0} statements, {pdf.stat().st_size // 1024} KB")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
