"""Shared helpers for the w_* builders of corpus/frozen8 (gold writing, checks, LibreOffice)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ROOT = HERE.parent
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """Half-width digits to full-width (as many Word documents print them)."""
    return str(s).translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def sen(v: int) -> str:
    """thousands separator"""
    return f"{v:,}" if v >= 0 else f"△{-v:,}"


def kilo(yen: int) -> int:
    """yen -> 千円 (rounded half up)"""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date,
                    "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, fy, fy_raw, segment, metric, basis, value, unit, raw, *, approx=False,
             as_of=None, debt_raw=None, area=None):
        if debt_raw is None:
            debt_raw = debt
        if isinstance(value, Decimal):
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        g = {"schema_version": "1",
             "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits,
             "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD.mkdir(parents=True, exist_ok=True)
        (GOLD / f"{self.stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        return g


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> tuple[int, int, int, list[str]]:
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    errs = []
    with fitz.open(PDF / g["source"]["file"]) as d:
        texts = [squash(p.get_text()) for p in d]
        if d.page_count != g["source"]["pages"]:
            errs.append("page count")
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw not on p{f['page']}: {f['raw']} ({f['debt']} {f['metric']})")
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on p{i['page']}: {i['text'][:30]}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            pg = s.get("page")
            body = squash(s["text"])
            if pg and body[:40] not in texts[pg - 1]:
                errs.append(f"statement start not on p{pg}: {s['speaker']} {s['text'][:20]}")
    return len(texts), len(g["facts"]), len(g["inits"] if "inits" in g else g["initiatives"]), errs
