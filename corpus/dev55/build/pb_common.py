"""Shared helpers for helper pb's dev55 documents: gold bookkeeping and number formatting.

Every printed metric number goes through Gold.fact(), which records the fact and returns the
exact text to print, so the PDF and the gold come from one source."""
import hashlib
import json
import os

Z2H = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(Z2H)


def comma(v):
    """integer with thousands separators, △ for minus"""
    v = int(round(v))
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def rate(v, nd=2):
    return f"{v:.{nd}f}"


def signed(v, nd=2, minus="△", plus=""):
    s = f"{abs(v):.{nd}f}"
    if round(v, nd) < 0:
        return minus + s
    return plus + s


class Gold:
    def __init__(self):
        self.facts = []
        self.inits = []
        self.page = 1

    def fact(self, raw, value, metric, unit, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, approx=False, area=None, page=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area, "bbox": None, "table": None})
        return raw

    def init(self, text, *, debt, fy, section, label, status=None, debt_raw=None, page=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page or self.page})
        return text

    def save(self, stem, pdf_path, document, npages):
        data = open(pdf_path, "rb").read()
        out = {
            "schema_version": "1.1",
            "source": {"file": os.path.basename(pdf_path),
                       "sha256": hashlib.sha256(data).hexdigest(), "pages": npages},
            "document": document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": None,
            "tables": [], "warnings": [], "pages": [],
        }
        os.makedirs("gold", exist_ok=True)
        with open(f"gold/{stem}.json", "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(f"{stem}: {len(self.facts)} facts, {len(self.inits)} initiatives, {npages} pages")


def series(rng, years, cur0, cr0, arr0, ar0, growth=0.012, cr_step=0.12, ar_step=1.1,
           wo_ratio=0.07):
    """Invented figures in 千円 per year: {year: {seg: {assessed, collected, written_off, outstanding}}}.
    滞納繰越分調定額 of a year equals the previous year's total 収入未済額."""
    out = {}
    prev_out = None
    for i, y in enumerate(years):
        ca = int(cur0 * (1 + growth) ** i * (1 + rng.uniform(-0.006, 0.006)))
        cr = min(99.8, cr0 + cr_step * i + rng.uniform(-0.05, 0.05))
        cc = int(ca * cr / 100)
        cw = int(ca * rng.uniform(0.0, 0.0004))
        aa = prev_out if prev_out is not None else int(arr0)
        ar = min(90, ar0 + ar_step * i + rng.uniform(-0.4, 0.4))
        ac = int(aa * ar / 100)
        aw = int(aa * wo_ratio * rng.uniform(0.8, 1.2))
        cur = dict(assessed=ca, collected=cc, written_off=cw, outstanding=ca - cc - cw)
        arr = dict(assessed=aa, collected=ac, written_off=aw, outstanding=aa - ac - aw)
        tot = {k: cur[k] + arr[k] for k in cur}
        for d in (cur, arr, tot):
            d["rate"] = round(d["collected"] / d["assessed"] * 100, 2)
        out[y] = {"current": cur, "arrears": arr, "total": tot}
        prev_out = tot["outstanding"]
    return out


def r2(c, a):
    return round(c / a * 100, 2)


def r1(c, a):
    return round(c / a * 100, 1)


def oku_man(yen, unit=10000):
    """1,234,560,000 → '12億3,456万円' (rounded to unit yen, at least 万円)"""
    man = int(round(yen / unit)) * (unit // 10000)
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"
