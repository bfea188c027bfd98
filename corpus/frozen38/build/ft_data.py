"""Deterministic invented figures (in 千円) for helper ft's documents.

series(seed, start_year, years, ca0, cr, aa0, ar, wr, growth) gives for each fiscal year:
ca/cc current assessed/collected, aa/ac/aw arrears assessed/collected/written-off, and the derived
outstanding figures.  Arrears assessed of a year = total outstanding of the previous year.
"""
from __future__ import annotations

import random


def series(seed, years, ca0, cr, aa0, ar, wr, growth=0.005, crs=0.15, ars=1.5):
    rnd = random.Random(seed)
    out = {}
    aa = aa0
    ca = ca0
    for i, y in enumerate(years):
        r_c = min(99.95, cr + i * crs + rnd.uniform(-0.08, 0.08)) / 100
        r_a = (ar + i * ars + rnd.uniform(-1.0, 1.0)) / 100
        cc = int(round(ca * r_c))
        ac = int(round(aa * r_a))
        aw = int(round(aa * (wr + rnd.uniform(-0.01, 0.01))))
        d = {"ca": ca, "cc": cc, "aa": aa, "ac": ac, "aw": aw}
        fill(d)
        out[y] = d
        aa = d["to"]
        ca = int(round(ca * (1 + growth + rnd.uniform(-0.01, 0.01))))
    return out


def fill(d):
    d["co"] = d["ca"] - d["cc"]
    d["ao"] = d["aa"] - d["ac"] - d["aw"]
    d["ta"] = d["ca"] + d["aa"]
    d["tc"] = d["cc"] + d["ac"]
    d["tw"] = d["aw"]
    d["to"] = d["co"] + d["ao"]
    d["cr"] = round(d["cc"] * 100 / d["ca"] + 1e-12, 2)
    d["ar"] = round(d["ac"] * 100 / d["aa"] + 1e-12, 2) if d["aa"] else 0.0
    d["tr"] = round(d["tc"] * 100 / d["ta"] + 1e-12, 2)
    return d


def total(ds):
    keys = ["ca", "cc", "aa", "ac", "aw"]
    d = {k: sum(x[k] for x in ds) for k in keys}
    return fill(d)
