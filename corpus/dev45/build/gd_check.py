#!/usr/bin/env python3
"""Check helper gd's documents (run from corpus/dev45).

For every gold/gd_*.json: the PDF exists, has 2-8 pages and a text layer, is < 2 MB, its
sha256 matches the gold, every fact's raw and every initiative's text occurs on its page
(PyMuPDF page.get_text() with whitespace removed), rates agree with 収入済額÷調定額 and
収入未済額 = 調定額 − 収入済額 − 不納欠損額 wherever the three/four figures share a row.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gd_common import check_pdf  # noqa: E402

import pymupdf  # noqa: E402

bad = 0
for gp in sorted(Path("gold").glob("gd_*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = Path("pdf") / g["source"]["file"]
    errs = []
    data = pdf.read_bytes()
    if hashlib.sha256(data).hexdigest() != g["source"]["sha256"]:
        errs.append("sha256 differs from gold")
    if len(data) >= 2 * 1024 * 1024:
        errs.append(f"size {len(data)} >= 2 MB")
    with pymupdf.open(pdf) as d:
        if d.page_count != g["source"]["pages"]:
            errs.append("page count differs from gold")
        if any(len(p.get_text().strip()) < 50 for p in d):
            errs.append("a page without a text layer")
    errs += check_pdf(pdf, g)
    grp = defaultdict(dict)
    for f in g["facts"]:
        k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"])
        grp[k].setdefault(f["metric"], []).append(f["value"])
    for k, m in grp.items():
        if all(x in m for x in ("assessed", "collected", "collection_rate")):
            a, c = m["assessed"][0], m["collected"][0]
            if not any(abs(r - c / a * 100) <= 0.0051 for r in m["collection_rate"]):
                errs.append(f"rate mismatch {k}")
        if all(x in m for x in ("assessed", "collected", "written_off", "outstanding")):
            a, c, w, o = (m[x][0] for x in ("assessed", "collected", "written_off", "outstanding"))
            if a - c - w != o:
                errs.append(f"identity mismatch {k}")
    print(f"{gp.stem}: {g['source']['pages']} pages, {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{len(data) // 1024} KB -> {'OK' if not errs else f'{len(errs)} problems'}")
    for e in errs[:30]:
        print("   ", e)
    bad += len(errs)
sys.exit(1 if bad else 0)
