#!/usr/bin/env python3
"""Check helper mc's gold against its PDFs (run from corpus/dev51):
  1. every fact's raw and every initiative's text occurs on its page (PyMuPDF text, whitespace removed);
  2. every fact's value agrees with its raw (units 千円/百万円/億円/万円 resolved), signs of △/▲ kept;
  3. field values are from the contract's vocabulary; interim facts carry as_of; each PDF has 2–8 pages and < 2 MB.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mc_common import SET, check_pdf  # noqa: E402


def parse_amount(raw: str):
    s = unicodedata.normalize("NFKC", raw).replace(",", "").replace(" ", "")
    neg = s.startswith(("△", "▲", "-"))
    s = s.lstrip("△▲-+")
    m = re.fullmatch(r"(?:(\d+)億)?(?:(\d+)万)?円?", s)
    if m and (m.group(1) or m.group(2)):
        v = int(m.group(1) or 0) * 100_000_000 + int(m.group(2) or 0) * 10_000
        return [-v if neg else v]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)億円", s)
    if m:
        v = round(float(m.group(1)) * 100_000_000)
        return [-v if neg else v]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(千円|円|人|世帯)?", s)
    if m:
        x = float(m.group(1))
        cands = [x, x * 1000, x * 1_000_000]
        if m.group(2) == "千円":
            cands = [x * 1000]
        elif m.group(2) == "円":
            cands = [x]
        return [(-c if neg else c) for c in cands]
    return None


def parse_rate(raw: str):
    s = unicodedata.normalize("NFKC", raw).replace(" ", "")
    neg = s.startswith(("△", "▲", "-"))
    m = re.search(r"(\d+\.\d+)", s)
    if not m:
        return None
    v = float(m.group(1))
    if neg:
        return [-v]
    return [v, -v]  # prose prints the size of a change and says 上昇/低下/届かない beside it


def main() -> int:
    bad = 0
    for gp in sorted((SET / "gold").glob("mc_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        errs = check_pdf(pdf, gp)
        size = pdf.stat().st_size
        if not (2 <= g["source"]["pages"] <= 8):
            errs.append(f"page count {g['source']['pages']}")
        if size >= 2_000_000:
            errs.append(f"size {size}")
        for f in g["facts"]:
            assert f["segment"] in ("current", "arrears", "total", None)
            assert f["basis"] in ("actual", "target", "estimate", "interim")
            if f["basis"] == "interim" and not f["as_of"]:
                errs.append(f"interim without as_of: {f}")
            if f["unit"] == "percent" or f["unit"] == "points":
                c = parse_rate(f["raw"])
                if not c or not any(abs(x - f["value"]) < 1e-9 for x in c):
                    errs.append(f"value/raw mismatch: {f['raw']!r} -> {f['value']}")
            else:
                c = parse_amount(f["raw"])
                ok = c and any(abs(abs(x) - abs(f["value"])) < 0.5 for x in c)
                if not ok:
                    errs.append(f"value/raw mismatch: {f['raw']!r} -> {f['value']}")
                if c and f["raw"].lstrip()[:1] in "△▲" and f["value"] > 0:
                    errs.append(f"sign lost: {f['raw']!r} -> {f['value']}")
        for e in errs:
            print(f"{gp.name}: {e}")
        bad += len(errs)
        print(f"{gp.stem}: {g['source']['pages']} pages, {size/1e6:.2f} MB, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives, {len(errs)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
