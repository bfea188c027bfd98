"""Check helper fn's gold against its PDFs: every raw and every initiative text occurs on its page.

    cd corpus/frozen35 && python3 build/fn_check.py
Also checks page counts, sizes, text layer, and the arithmetic of the gold (rates, identities).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s)


def main() -> int:
    bad = 0
    tot = dict(docs=0, pages=0, facts=0, inits=0)
    for gp in sorted((ROOT / "gold").glob("fn_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = ROOT / "pdf" / g["source"]["file"]
        d = fitz.open(pdf)
        texts = [squash(p.get_text()) for p in d]
        size = pdf.stat().st_size
        prob = []
        if not (2 <= d.page_count <= 8):
            prob.append(f"page count {d.page_count}")
        if size >= 2_000_000:
            prob.append(f"size {size}")
        if g["source"]["pages"] != d.page_count:
            prob.append("source.pages differs")
        for i, t in enumerate(texts):
            if len(t) < 15:
                prob.append(f"page {i + 1} has almost no text")
        for f in g["facts"]:
            p = f["page"]
            if not (1 <= p <= d.page_count) or squash(f["raw"]) not in texts[p - 1]:
                prob.append(f"raw {f['raw']!r} not on page {p} ({f['debt']}, {f['metric']})")
        for it in g["initiatives"]:
            p = it["page"]
            if squash(it["text"]) not in texts[p - 1]:
                prob.append(f"initiative not on page {p}: {it['text'][:40]}")
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                if squash(s["text"])[:30] not in texts[s["page"] - 1]:
                    prob.append(f"statement not on page {s['page']}: {s['text'][:30]}")
        # arithmetic: rate = collected / assessed for facts sharing debt/year/segment/basis/as_of/area/page
        grp = defaultdict(dict)
        for f in g["facts"]:
            k = (f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"], f["page"])
            grp[k].setdefault(f["metric"], []).append(f)
        for k, ms in grp.items():
            if {"assessed", "collected", "collection_rate"} <= ms.keys():
                for a in ms["assessed"]:
                    for c in ms["collected"]:
                        for r in ms["collection_rate"]:
                            if a["approx"] or c["approx"] or r["approx"]:
                                continue
                            nd = len(r["raw"].split(".")[-1].rstrip("%％※1 ")) if "." in r["raw"] else 1
                            exp = c["value"] / a["value"] * 100
                            if abs(exp - r["value"]) > 0.6 * 10 ** (-min(nd, 2)) + 1e-9 and len(ms["assessed"]) == 1:
                                prob.append(f"rate mismatch {k}: {c['value']}/{a['value']}={exp:.3f} vs {r['value']}")
            if {"assessed", "collected", "written_off", "outstanding"} <= ms.keys() and len(ms["assessed"]) == 1:
                a, c, w, o = (ms[x][0] for x in ("assessed", "collected", "written_off", "outstanding"))
                if not any(x["approx"] for x in (a, c, w, o)):
                    if abs(a["value"] - c["value"] - w["value"] - o["value"]) > 2000:
                        prob.append(f"identity mismatch {k}")
        n_f, n_i = len(g["facts"]), len(g["initiatives"])
        tot["docs"] += 1
        tot["pages"] += d.page_count
        tot["facts"] += n_f
        tot["inits"] += n_i
        print(f"{gp.stem:40s} pages={d.page_count} size={size // 1024}KB facts={n_f} initiatives={n_i} "
              f"{'OK' if not prob else 'PROBLEMS: ' + str(len(prob))}")
        for x in prob[:40]:
            print("   ", x)
        bad += len(prob)
    print(f"total: {tot['docs']} documents, {tot['pages']} pages, {tot['facts']} facts, {tot['inits']} initiatives;"
          f" {'all checks passed' if not bad else str(bad) + ' problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
