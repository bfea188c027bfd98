"""Shared helpers for the a_* builders of dev35 (gold facts, number formatting, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def sen(yen: int) -> int:
    """千円 value (rounded) from yen."""
    return int(round(yen / 1000))


def rate(col: int, ass: int, nd: int = 2) -> float:
    return round(col / ass * 100 + 1e-12, nd)


def fmt_rate(r: float, nd: int = 2) -> str:
    return f"{r:.{nd}f}"


class Facts:
    def __init__(self):
        self.items = []

    def add(self, page, debt, fy, fy_raw, segment, metric, basis, value, unit, raw,
            as_of=None, approx=False, debt_raw=None, area=None):
        self.items.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area})


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def write_gold(stem: str, document: dict, facts, initiatives, minutes=None):
    import fitz
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return check(stem)


def check(stem: str) -> dict:
    """Every fact raw / initiative text / statement text must occur on its page."""
    import fitz
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / f"{stem}.pdf")
    texts = [norm(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in gold["initiatives"]:
        if norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        for st in m["statements"]:
            head = norm(st["text"])[:25]
            if head not in texts[st["page"] - 1]:
                bad.append(("stmt", st["page"], st["speaker"], st["text"][:30]))
    for b in bad:
        print("  MISSING", b)
    size = (PDF / f"{stem}.pdf").stat().st_size
    summary = {"stem": stem, "pages": doc.page_count, "facts": len(gold["facts"]),
               "initiatives": len(gold["initiatives"]), "missing": len(bad), "bytes": size}
    print(summary)
    return summary


class Locator:
    """Find on which page a snippet (normalised) occurs, scanning forward through the document."""

    def __init__(self, pdf_path):
        import fitz
        doc = fitz.open(pdf_path)
        self.texts = [norm(p.get_text()) for p in doc]
        self.starts = []
        pos = 0
        for t in self.texts:
            self.starts.append(pos)
            pos += len(t)
        self.all = "".join(self.texts)
        self.cursor = 0

    def page_of(self, offset):
        p = 0
        for i, s in enumerate(self.starts):
            if offset >= s:
                p = i
        return p + 1

    def find(self, snippet, anchor_raw=None, move=True):
        s = norm(snippet)
        i = self.all.find(s, self.cursor)
        if i < 0:
            raise ValueError(f"snippet not found: {snippet!r}")
        off = i
        if anchor_raw is not None:
            off = i + s.find(norm(anchor_raw))
        if move:
            self.cursor = i
        return self.page_of(off)
