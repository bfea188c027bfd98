"""Shared helpers for the e_ builders of frozen6: formatting, gold facts, page resolution, checks."""
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

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def ns(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """△ for minus, as city tables print differences."""
    return f"△{abs(n):,}" if n < 0 else f"{n:,}"


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    # round half up like the city spreadsheets
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e6_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem: str):
        self.stem = stem
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.sections: list[str] = []   # printed anchors in reading order

    def sec(self, anchor: str) -> str:
        if anchor not in self.sections:
            self.sections.append(anchor)
        return anchor

    def fact(self, sect, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, row=None,
             as_of=None, approx=False, area=None, debt_raw=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area, "_sect": sect, "_row": row})

    def init(self, sect, debt, fy, section, label, text, status):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": None, "_sect": sect})

    # ---- page resolution -------------------------------------------------
    def resolve(self, pdf: Path):
        doc = fitz.open(pdf)
        pages = [ns(p.get_text()) for p in doc]
        n = len(pages)
        start = {}
        cursor = 0
        for a in self.sections:
            a2 = ns(a)
            found = None
            for i in range(cursor, n):
                if a2 in pages[i]:
                    found = i
                    break
            if found is None:
                raise RuntimeError(f"section anchor not found: {a}")
            start[a] = found
            cursor = found
        order = self.sections

        def rng(sect):
            s = start[sect]
            k = order.index(sect)
            e = start[order[k + 1]] if k + 1 < len(order) else n - 1
            return range(s, max(s, e) + 1)

        errs = []
        for f in self.facts:
            raw = ns(f["raw"])
            row = ns(f["_row"]) if f["_row"] else None
            cands = [i for i in rng(f["_sect"]) if raw in pages[i] and (row is None or row in pages[i])]
            if not cands:
                errs.append(f"fact not placed: {f['_sect']} / {f['_row']} / {f['raw']}")
                continue
            f["page"] = cands[0] + 1
        for it in self.inits:
            t = ns(it["text"])
            cands = [i for i in rng(it["_sect"]) if t in pages[i]]
            if not cands:
                errs.append(f"initiative not placed: {it['text'][:30]}")
                continue
            it["page"] = cands[0] + 1
        return n, errs

    def write(self, pdf: Path, document: dict, minutes=None):
        n, errs = self.resolve(pdf)
        if errs:
            raise RuntimeError("\n".join(errs[:20]))
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.facts]
        inits = [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.inits]
        g = {"schema_version": "1",
             "source": {"file": pdf.name, "sha256": sha, "pages": n},
             "document": document, "facts": facts, "initiatives": inits,
             "minutes": minutes, "tables": [], "warnings": []}
        out = GOLD_DIR / (pdf.stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def check(pdf: Path, gold: Path) -> tuple[int, int, int, list[str]]:
    g = json.loads(gold.read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    pages = [ns(p.get_text()) for p in doc]
    errs = []
    if g["source"]["pages"] != len(pages):
        errs.append("page count")
    if hashlib.sha256(pdf.read_bytes()).hexdigest() != g["source"]["sha256"]:
        errs.append("sha256")
    for f in g["facts"]:
        if ns(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(f"raw {f['raw']!r} not on page {f['page']}")
    for it in g["initiatives"]:
        if ns(it["text"]) not in pages[it["page"] - 1]:
            errs.append(f"initiative text not on page {it['page']}: {it['text'][:30]}")
    if g.get("minutes"):
        full = "".join(pages)
        for s in g["minutes"]["statements"]:
            if ns(s["text"]) not in full:
                errs.append(f"statement text missing: {s['text'][:30]}")
    return len(pages), len(g["facts"]), len(g["initiatives"]), errs


def finish_pymupdf(doc: fitz.Document, dest: Path):
    doc.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(dest, garbage=4, deflate=True)
