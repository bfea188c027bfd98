"""Shared helpers for helper se's blind documents (gold writer, number formats, checks)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")


def zen(s):
    return str(s).translate(ZEN)


def comma(v, minus="△"):
    s = f"{abs(int(round(v))):,}"
    return (minus + s) if v < 0 else s


def pct(v, nd=2, minus="△", plus=""):
    s = f"{abs(v):.{nd}f}"
    return (minus + s) if v < 0 else (plus + s)


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd) if a else 0.0


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})
        return text

    def write(self, pdf_path, gold_dir):
        pdf_path = Path(pdf_path)
        import fitz
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                          "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        Path(gold_dir, self.stem + ".json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def check(pdf_path, gold):
    """Every raw / initiative text must occur on its page (whitespace removed)."""
    import fitz
    doc = fitz.open(pdf_path)
    pages = [_n(p.get_text()) for p in doc]
    bad = []
    for f in gold.facts:
        if _n(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for i in gold.inits:
        if _n(i["text"]) not in pages[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    return bad


def gen_debt(rng, years, cur_a0, cur_r, arr_a0, arr_r, wo_f, growth=0.01, jit=0.004, arr_jit=0.03):
    """Yen-level figures per fiscal year and segment; arrears of year t = outstanding of year t-1."""
    out = {}
    cur_a = cur_a0
    arr_a = arr_a0
    for i, fy in enumerate(years):
        ca = int(cur_a * (1 + rng.uniform(-0.01, 0.01)))
        cr = min(0.9995, cur_r + i * 0.0008 + rng.uniform(-jit, jit) * 0.3)
        cc = int(ca * cr)
        cw = 0
        co = ca - cc - cw
        aa = int(arr_a)
        ar = max(0.02, arr_r + i * 0.004 + rng.uniform(-arr_jit, arr_jit))
        ac = int(aa * ar)
        aw = int(aa * wo_f * rng.uniform(0.7, 1.3))
        ao = aa - ac - aw
        d = {"current": dict(a=ca, c=cc, w=cw, o=co), "arrears": dict(a=aa, c=ac, w=aw, o=ao)}
        d["total"] = {k: d["current"][k] + d["arrears"][k] for k in "acwo"}
        out[fy] = d
        cur_a = cur_a * (1 + growth)
        arr_a = co + ao
    return out


def sen(y):
    """yen -> 千円 (rounded)"""
    return int(round(y / 1000))


def oku_man(y, approx_to=1_000_000):
    """約X億Y,YYY万円 string and its rounded value."""
    v = int(round(y / approx_to)) * approx_to
    oku, man = divmod(v // 10000, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円", v
