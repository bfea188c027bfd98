"""Shared helpers for helper fl's blind documents (set frozen34).

The gold is written from the same data the build scripts draw; nothing is read back from the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
PDF_DIR = SET_DIR / "pdf"
GOLD_DIR = SET_DIR / "gold"
WORK = Path("/tmp/fl_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s: str) -> str:
    """ASCII digits and signs to full width (全角)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, fmt="{:,}", minus="△", plus="") -> str:
    if n < 0:
        return minus + fmt.format(-n)
    return plus + fmt.format(n)


def rate(c, a, nd=2) -> float:
    return round(c / a * 100 + 1e-12, nd) if a else 0.0


def pct(x: float, nd=2) -> str:
    return f"{x:.{nd}f}"


WAREKI = {"令和": 2018, "平成": 1988}


def fy_of(raw: str) -> int:
    m = re.search(r"(令和|平成|R|H)\s*([0-9０-９元一二三四五六七八九十]+)", raw)
    if not m:
        m2 = re.search(r"(20[0-9]{2})", raw)
        return int(m2.group(1))
    era = {"R": "令和", "H": "平成"}.get(m.group(1), m.group(1))
    n = m.group(2)
    n = unicodedata.normalize("NFKC", n)
    kan = {"元": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
    if n in kan:
        n = kan[n]
    return WAREKI[era] + int(n)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------------------------
    def fact(self, raw, value, unit, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, approx=False, area=None, page=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert (basis == "interim") == (as_of is not None), (raw, basis, as_of)
        assert isinstance(fy, int), (raw, fy)
        if unit == "yen" or unit in ("persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
             "unit": unit, "approx": bool(approx), "raw": raw, "page": page or self.page, "area": area}
        self.facts.append(f)
        return raw

    def init(self, text, *, debt, debt_raw=None, fy, section, label=None, status=None, page=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page or self.page})

    # ---- output ------------------------------------------------------------------------------
    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            pages = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf(pdf_path: Path, gold_path: Path) -> list[str]:
    """Every raw and every initiative text must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    errs = []
    with fitz.open(pdf_path) as d:
        texts = [nows(p.get_text()) for p in d]
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact p{f['page']} raw {f['raw']!r} not on page")
    for i in g["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"init p{i['page']} text {i['text'][:30]!r} not on page")
    m = g.get("minutes") or {}
    for s in m.get("statements") or []:
        if nows(s["text"])[:40] not in texts[s["page"] - 1]:
            errs.append(f"statement p{s['page']} {s['speaker']} text not on page")
    return errs


def soffice_pdf(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, timeout=300)
    return pdf
