"""Shared helpers for helper pi's blind documents (dev59).

Every printed metric figure is written through Gold.fact(), which returns the printed text and
records the fact, so the gold comes from the same data that draws the PDF.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s) -> str:
    """Full-width digits (全角)."""
    return str(s).translate(ZEN)


def comma(n: int, neg: str = "△") -> str:
    n = int(round(n))
    return (neg if n < 0 else "") + f"{abs(n):,}"


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(num: float, den: float, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def signed(x: float, nd: int = 2, plus: str = "＋", minus: str = "△") -> str:
    s = f"{abs(x):.{nd}f}" if nd else f"{abs(int(round(x))):,}"
    return (minus if x < 0 else plus) + s


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family=None):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        if family:
            self.doc["family"] = family
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    def fact(self, raw, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit,
             approx=False, as_of=None, area=None, page=None):
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page or self.page,
                           "area": area})
        return raw

    def init(self, debt, fy, section, label, text, status=None, page=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page or self.page})
        return text

    def write(self, pdf: Path, gold_dir: Path, pages: int):
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": sha, "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gold_dir.mkdir(parents=True, exist_ok=True)
        p = gold_dir / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def series(first_cur, first_arr, cur_rates, arr_rates, wo_share, growth, years, seed):
    """Consistent yearly figures in 千円: next year's 滞納繰越 調定 follows this year's 収入未済."""
    import random
    rnd = random.Random(seed)
    out = {}
    cur = first_cur
    arr = first_arr
    for i, y in enumerate(years):
        ca = int(cur * (1 + rnd.uniform(-0.004, 0.004)))
        cc = int(round(ca * cur_rates[i] / 100 + rnd.uniform(-30, 30)))
        ac = int(round(arr * arr_rates[i] / 100 + rnd.uniform(-30, 30)))
        wo = int(round(arr * wo_share[i] / 100))
        cout = ca - cc
        aout = arr - ac - wo
        d = {"ca": ca, "cc": cc, "aa": arr, "ac": ac, "wo": wo,
             "cout": cout, "aout": aout}
        d["ta"] = ca + arr
        d["tc"] = cc + ac
        d["out"] = cout + aout
        d["cr"] = rate(cc, ca)
        d["ar"] = rate(ac, arr)
        d["tr"] = rate(d["tc"], d["ta"])
        out[y] = d
        arr = int(d["out"] * rnd.uniform(0.985, 0.998))
        cur = cur * (1 + growth)
    return out
