"""Shared helpers for the o_ builders of frozen27: number formatting, gold records, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z = str.maketrans("0123456789,.%()-+", "０１２３４５６７８９，．％（）－＋")


def zen(s: str) -> str:
    return str(s).translate(Z)


def c(n: int) -> str:
    """1234567 -> '1,234,567' ; negatives with △."""
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def r1(x: float, nd: int = 1) -> str:
    return f"{x:.{nd}f}"


def rate(col: int, ass: int, nd: int = 1) -> float:
    return round(col / ass * 100 + 1e-12, nd)


def man(yen: int) -> str:
    """yen -> '12億3,456万円' (yen rounded to 万)."""
    m = yen // 10000
    oku, rest = divmod(m, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_o27_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem, kind, muni, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, fy, fyraw, seg, metric, basis, value, unit, raw, approx=False, as_of=None,
          debt_raw="same", area=None):
        if debt_raw == "same":
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fyraw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self):
        pdf = PDF / f"{self.stem}.pdf"
        import pymupdf
        d = pymupdf.open(pdf)
        data = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                           "pages": d.page_count},
                "document": self.doc, "facts": self.facts, "initiatives": self.inits,
                "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD.mkdir(exist_ok=True)
        (GOLD / f"{self.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(self.stem)


def _n(s):
    return re.sub(r"\s+", "", s or "")


def check(stem) -> bool:
    import pymupdf
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    d = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [_n(p.get_text()) for p in d]
    bad = 0
    for f in g["facts"]:
        if not (1 <= f["page"] <= len(texts)) or _n(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("  FACT MISSING", stem, f["page"], f["raw"], f["debt"], f["metric"])
    for it in g["initiatives"]:
        if _n(it["text"]) not in texts[it["page"] - 1]:
            bad += 1
            print("  INIT MISSING", stem, it["page"], it["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if _n(s["text"]) not in texts[s["page"] - 1]:
                bad += 1
                print("  STATEMENT MISSING", stem, s["page"], s["text"][:40])
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={size} {'OK' if not bad and size < 1_000_000 else 'FAIL'}")
    return not bad and size < 1_000_000
