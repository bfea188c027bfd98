"""Shared helpers for helper fi's blind documents (set frozen33).

The build scripts draw each PDF and write its gold from the same data structures;
nothing is read back from the PDF except in check_pdf(), which only verifies.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fi_work")
WORK.mkdir(parents=True, exist_ok=True)

IPAG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
IPAM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s) -> str:
    """ASCII digits and punctuation to full width (全角)."""
    return str(s).translate(ZEN)


def zdig(s) -> str:
    """Only the digits to full width."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def comma(v: int) -> str:
    return f"{int(v):,}"


def signed(v, minus="△", nd=None) -> str:
    """Difference with a Japanese minus sign (△/▲); nd = decimals for floats."""
    if nd is None:
        s = comma(abs(v))
    else:
        s = f"{abs(v):,.{nd}f}"
    return (minus + s) if v < 0 else s


def rate(collected, assessed, nd=2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd) if assessed else 0.0


def fy_of_era(era: str, n: int) -> int:
    return {"令和": 2018, "平成": 1988}[era] + n


def sha256(p: Path) -> str:
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, raw
        if unit == "yen" or unit in ("persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
             "area": area}
        self.facts.append(f)
        return f

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        assert status in (None, "継続", "新規", "拡充")
        d = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
             "fiscal_year": fy, "section": section, "label": label, "text": text,
             "status": status, "page": page}
        self.inits.append(d)
        return d

    def write(self, pdf_path: Path, pages: int):
        out = {
            "schema_version": "1.1",
            "source": {"file": Path(pdf_path).name, "sha256": sha256(pdf_path), "pages": pages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def _nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf_path, gold_path, verbose=True) -> int:
    """Verify every raw / initiative text / statement occurs on its page; return error count."""
    import fitz
    pdf_path, gold_path = Path(pdf_path), Path(gold_path)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = fitz.open(pdf_path)
    texts = [_nows(p.get_text()) for p in doc]
    errs = 0
    n = doc.page_count
    size = pdf_path.stat().st_size
    if not (2 <= n <= 8):
        print(f"  page count {n} out of range"); errs += 1
    if size >= 2 * 1024 * 1024:
        print(f"  size {size} too big"); errs += 1
    if g["source"]["pages"] != n:
        print("  gold pages != pdf pages"); errs += 1
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= n) or _nows(f["raw"]) not in texts[p - 1]:
            errs += 1
            if verbose:
                print(f"  raw not on page {p}: {f['raw']!r} ({f['debt_raw']}, {f['fiscal_year']}, {f['metric']})")
    for i in g["initiatives"]:
        p = i["page"]
        if not (1 <= p <= n) or _nows(i["text"]) not in texts[p - 1]:
            errs += 1
            if verbose:
                print(f"  initiative not on page {p}: {i['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m.get("statements", []):
            if _nows(s["text"]) not in alltext:
                errs += 1
                if verbose:
                    print(f"  statement not found: {s['text'][:40]!r}")
    return errs


def series(years, cur0, growth, cur_rates, arr0, arr_rates, wo_fracs, cur_wo=None):
    """Multi-year figures in 千円 (integers). arrears 調定 of a year = total 未済 of the year before.

    returns {year: {"cur": {a,c,w,o}, "arr": {...}, "tot": {...}}}
    """
    out = {}
    prev_out = arr0
    cur_a = cur0
    for i, y in enumerate(years):
        a1 = int(round(cur_a))
        c1 = int(round(a1 * cur_rates[i] / 100))
        w1 = int(round(a1 * (cur_wo[i] if cur_wo else 0)))
        o1 = a1 - c1 - w1
        a2 = int(prev_out)
        c2 = int(round(a2 * arr_rates[i] / 100))
        w2 = int(round(a2 * wo_fracs[i]))
        o2 = a2 - c2 - w2
        d = {"cur": dict(a=a1, c=c1, w=w1, o=o1), "arr": dict(a=a2, c=c2, w=w2, o=o2)}
        d["tot"] = {k: d["cur"][k] + d["arr"][k] for k in "acwo"}
        out[y] = d
        prev_out = d["tot"]["o"]
        cur_a = cur_a * growth[i] if isinstance(growth, (list, tuple)) else cur_a * growth
    return out


def oku_man(v_yen, unit=1_000_000):
    """約14億8,200万円-style amount rounded to `unit` yen; returns (text, rounded value)."""
    r = int(round(v_yen / unit)) * unit
    oku, rest = divmod(r, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円", r
