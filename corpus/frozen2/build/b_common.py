"""Shared helpers for the b_* builders of corpus/frozen2 (helper b).

Number formatting, a fact/initiative recorder, LibreOffice conversion, gold writing and the
raw-text check against PyMuPDF page text.  Gold is produced from the same data the builders print.
"""
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

import fitz

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PDF_DIR = HERE.parent / "pdf"
GOLD_DIR = HERE.parent / "gold"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits/punctuation to full width (as many Japanese offices type them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """△ for minus, as printed in Japanese tables."""
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def fmt_rate(r: Decimal, nd: int = 2) -> str:
    return f"{r:.{nd}f}"


def diff_pt(a: Decimal, b: Decimal) -> str:
    d = a - b
    return ("△" + f"{-d}") if d < 0 else f"{d}"


def oku_man(yen: int) -> str:
    """約-style amount: 2,941,000,000 -> 29億4,100万円 (rounded to 百万円 already by caller)."""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円"


def round_to(yen: int, unit: int) -> int:
    return int((Decimal(yen) / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * unit


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, approx=False,
             as_of=None, debt_raw=None, near=None, area=None):
        if debt_raw is None:
            debt_raw = debt
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        f["_near"] = near
        self.facts.append(f)
        return f

    def init(self, debt, fy, section, label, text, status, page=None, near=None):
        i = {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
             "text": text, "status": status, "page": page}
        i["_near"] = near
        self.initiatives.append(i)
        return i

    # ------------------------------------------------------------------
    def finish(self, pdf: Path):
        doc = fitz.open(pdf)
        pages = [nows(p.get_text()) for p in doc]
        errors = []

        def locate(raw, near, page, what, minpage=1):
            r = nows(raw)
            cands = [i + 1 for i, t in enumerate(pages)
                     if i + 1 >= minpage and r in t and (not near or nows(near) in t)]
            if page is not None:
                if page not in cands:
                    errors.append(f"{what}: {raw!r} (near {near!r}) not on page {page}; found on {cands}")
                return page
            if len(cands) != 1:
                errors.append(f"{what}: {raw!r} (near {near!r}) ambiguous/missing: pages {cands}")
                return cands[0] if cands else None
            return cands[0]

        for f in self.facts:
            f["page"] = locate(f["raw"], f.pop("_near"), f["page"], "fact", f.pop("_minpage", 1))
        for i in self.initiatives:
            i["page"] = locate(i["text"], i.pop("_near"), i["page"], "initiative")
        if self.minutes:
            for s in self.minutes["statements"]:
                s["page"] = locate(s["text"][:40], None, s.get("page"), "statement")
        # occurrence counts: facts sharing a raw on one page must not exceed printed occurrences
        from collections import Counter
        cnt = Counter((f["page"], nows(f["raw"])) for f in self.facts)
        for (p, r), n in cnt.items():
            if p is None:
                continue
            occ = pages[p - 1].count(r)
            if occ < n:
                errors.append(f"raw {r!r} on page {p}: {n} facts but {occ} occurrences")
        if errors:
            raise SystemExit(f"{self.stem}: CHECK FAILED\n" + "\n".join(errors[:60]))
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": sha, "pages": len(doc)},
               "document": self.document,
               "facts": self.facts, "initiatives": self.initiatives, "minutes": self.minutes,
               "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        print(f"{self.stem}: pages={len(doc)} facts={len(self.facts)} initiatives={len(self.initiatives)}"
              + (f" statements={len(self.minutes['statements'])}" if self.minutes else "") + " — check OK")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_b_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
