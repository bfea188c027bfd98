"""Shared helpers for the p_ documents of dev25: gold fact records, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z2H = str.maketrans("０１２３４５６７８９", "0123456789")
H2Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Half-width digits to full-width."""
    return str(s).translate(H2Z)


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def oku_man(yen: int) -> str:
    """Yen (already rounded to 万円) in 億・万円 notation: 3862000000 -> 38億6,200万円."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def round_man(yen: int, step_man: int = 100) -> int:
    """Round yen to a multiple of step_man 万円."""
    step = step_man * 10000
    return int((yen + step // 2) // step * step)


def rate(c: int, a: int) -> float:
    return round(c / a * 100 + 1e-9, 2)


class Gold:
    def __init__(self):
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []

    def fact(self, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             approx=False, as_of=None, debt_raw="same", area=None):
        if debt_raw == "same":
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def init(self, *, debt, fy, section, label, text, status, page):
        self.initiatives.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page})

    def write(self, stem, *, kind, municipality, title, date, date_raw, minutes=None):
        pdf = PDF / f"{stem}.pdf"
        doc = fitz.open(pdf)
        data = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                           "pages": doc.page_count},
                "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                             "date_raw": date_raw},
                "facts": self.facts, "initiatives": self.initiatives, "minutes": minutes,
                "tables": [], "warnings": []}
        GOLD.mkdir(parents=True, exist_ok=True)
        (GOLD / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return data


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> tuple[int, int, int, int]:
    """Every raw / initiative text / statement text must occur on its page (whitespace removed)."""
    pdf = PDF / f"{stem}.pdf"
    data = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    pages = [squash(p.get_text()) for p in doc]
    whole = "".join(pages)
    bad = []
    for f in data["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in data["initiatives"]:
        if squash(it["text"]) not in pages[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = data.get("minutes")
    if m:
        for st in m["statements"]:
            pg = st.get("page")
            hay = pages[pg - 1] if pg else whole
            if squash(st["text"]) not in hay:
                bad.append(("stmt", pg, st["speaker"], st["text"][:40]))
    # unique (page, key, value) sanity: duplicates are allowed only when printed twice
    size = pdf.stat().st_size
    for b in bad:
        print("  MISSING", b)
    if size > 1_000_000:
        print("  TOO LARGE", size)
    print(f"{stem}: pages={doc.page_count} facts={len(data['facts'])} initiatives={len(data['initiatives'])} "
          f"statements={len(m['statements']) if m else 0} bad={len(bad)} size={size}")
    return doc.page_count, len(data["facts"]), len(data["initiatives"]), len(bad)


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_p_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
