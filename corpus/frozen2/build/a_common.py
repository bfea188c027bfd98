"""Helpers shared by the frozen2 builders of helper "a": LibreOffice conversion, fact records, gold writing.

Facts are declared in reading order while the builder lays out the document. After the PDF exists, each fact
gets its page: the first page, not before the previous fact's page, whose text (whitespace removed) holds the
fact's raw string and, when given, its anchor string. The same check then verifies every fact and initiative.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """△ for minus."""
    return f"△{abs(n):,}" if n < 0 else f"{n:,}"


def rate(num: float, den: float, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem: str):
        self.stem = stem
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None,
             debt_raw="__same__", anchor=None, page=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt if debt_raw == "__same__" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None, "_anchor": anchor})

    def init(self, debt, fy, section, label, text, status=None, *, anchor=None, page=None):
        self.inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page, "_anchor": anchor})

    # ------------------------------------------------------------------
    def finish(self, pdf: Path, document: dict, strip: str | None = None) -> dict:
        doc = fitz.open(pdf)
        pages = [re.sub(r"\s+", "", p.get_text()) for p in doc]
        n = len(pages)

        def place(items, key):
            cur = 1
            for it in items:
                raw = re.sub(r"\s+", "", it[key])
                anc = re.sub(r"\s+", "", it["_anchor"] or "")
                if it["page"] is None:
                    hit = None
                    for p in range(cur, n + 1):
                        if raw in pages[p - 1] and anc in pages[p - 1]:
                            hit = p
                            break
                    if hit is None:
                        raise SystemExit(f"{self.stem}: not found from p.{cur}: {it[key]!r} (anchor {it['_anchor']!r})")
                    it["page"] = hit
                cur = it["page"]
                t = pages[it["page"] - 1]
                assert raw in t, (self.stem, it)
                assert anc in t, (self.stem, it)

        place(self.facts, "raw")
        place(self.inits, "text")
        for it in self.facts + self.inits:
            it.pop("_anchor", None)
        data = pdf.read_bytes()
        gold = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        if self.minutes:
            for s in self.minutes["statements"]:
                body = re.sub(r"\s+", "", s["text"])
                whole = "".join(re.sub(strip, "", p) if strip else p for p in pages)
                assert body in whole, (self.stem, s["speaker"])
        print(f"{self.stem}: pages={n} facts={len(self.facts)} initiatives={len(self.inits)}")
        return gold
