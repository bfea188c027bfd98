"""Checks for helper kd's gold (run from corpus/dev49):  python3 build/kd_check.py

1. every fact raw and initiative text occurs on its page (after removing whitespace);
2. a page holds at least as many occurrences of a raw as there are facts printed with it;
3. arithmetic: 収納率 = 収入済額 ÷ 調定額, 収入未済額 = 調定額 − 収入済額 − 不納欠損額, 計 = 現年 + 滞繰,
   for facts that share page, debt, year, basis, date and area;
4. value agrees with raw (digits, units).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pymupdf as fitz

sys.dont_write_bytecode = True          # no __pycache__ beside the build scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kd_common import check, squash  # noqa: E402

STEMS = ["kd_tsurugi_committee_1", "kd_shikokuchuo_progress_1", "kd_sakaide_plan_1"]


def count_occ(text, s):
    n, i = 0, text.find(s)
    while i >= 0:
        n += 1
        i = text.find(s, i + len(s))
    return n


def raw_value(f):
    """Parse the raw back into a value, as a plausibility check of value."""
    r = unicodedata.normalize("NFKC", f["raw"]).replace(" ", "")
    neg = bool(re.search(r"[△▲]|減少|下回|減", r)) or r.startswith("-")
    m = re.search(r"(\d+)億", r)
    if m:
        v = int(m.group(1)) * 100_000_000
        m2 = re.search(r"億([\d,]+)万", r)
        if m2:
            v += int(m2.group(1).replace(",", "")) * 10_000
        return -v if neg else v
    m = re.search(r"([\d,]+(?:\.\d+)?)", r)
    if not m:
        return None
    x = float(m.group(1).replace(",", ""))
    if "百万円" in r:
        x *= 1_000_000
    elif "万円" in r:
        x *= 10_000
    elif "千円" in r:
        x *= 1000
    return -x if neg else x


def main():
    bad = 0
    for stem in STEMS:
        pdf, gold = Path("pdf") / f"{stem}.pdf", Path("gold") / f"{stem}.json"
        bad += check(pdf, gold)
        g = json.loads(gold.read_text(encoding="utf-8"))
        with fitz.open(pdf) as d:
            texts = [squash(p.get_text()) for p in d]
            size = pdf.stat().st_size
            assert 2 <= d.page_count <= 8, d.page_count
        assert size < 2_000_000, size
        # 2. occurrence counts
        need = Counter((f["page"], squash(f["raw"])) for f in g["facts"])
        for (p, r), n in need.items():
            have = count_occ(texts[p - 1], r)
            if have < n:
                print(f"  {stem} p{p}: raw {r!r} used by {n} facts, printed {have} times")
                bad += 1
        # 3. arithmetic
        grp = defaultdict(dict)
        for f in g["facts"]:
            k = (f["page"], f["debt_raw"], f["fiscal_year"], f["basis"], f["as_of"], f["area"])
            grp[k][(f["segment"], f["metric"])] = f["value"]
        for k, v in grp.items():
            for seg in ("current", "arrears", "total"):
                a, c = v.get((seg, "assessed")), v.get((seg, "collected"))
                r = v.get((seg, "collection_rate"))
                if a and c is not None and r is not None and abs(c / a * 100 - r) > 0.0051:
                    print(f"  {stem} rate mismatch {k} {seg}: {c}/{a} vs {r}")
                    bad += 1
                w = v.get((seg, "written_off"), 0)
                o = v.get((seg, "outstanding"))
                if a and c is not None and o is not None and a - c - w != o:
                    print(f"  {stem} identity mismatch {k} {seg}: {a}-{c}-{w} != {o}")
                    bad += 1
            for met in ("assessed", "collected", "written_off", "outstanding"):
                x, y, t = (v.get(("current", met)), v.get(("arrears", met)), v.get(("total", met)))
                if x is not None and y is not None and t is not None and x + y != t:
                    print(f"  {stem} sum mismatch {k} {met}: {x}+{y} != {t}")
                    bad += 1
        # 4. value vs raw
        for f in g["facts"]:
            rv = raw_value(f)
            if rv is None:
                print("  cannot parse", f["raw"])
                bad += 1
                continue
            if f["unit"] == "yen":
                ok = any(abs(rv * m - f["value"]) < 0.5 for m in (1, 1000, 1_000_000))
            else:
                ok = abs(abs(rv) - abs(f["value"])) < 1e-6 and (rv < 0) == (f["value"] < 0)
            if not ok:
                print(f"  {stem} value/raw disagree: {f['raw']!r} {f['value']}")
                bad += 1
        print(f"{stem}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
              f"{len(texts)} pages, {size / 1e6:.2f} MB")
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
