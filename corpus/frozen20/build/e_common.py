"""Shared helpers for the e_ builders of frozen20: facts, gold writing, checks, LibreOffice conversion."""
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
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """Half-width digits and signs to full width (as many offices type them)."""
    return str(s).translate(Z)


def c(n: int) -> str:
    """Thousands separators; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    """Rate rounded half-up the way office spreadsheets print it."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date,
                    "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None,
             approx=False, area=None, debt_raw="same"):
        if debt_raw == "same":
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            pages = d.page_count
            texts = [squash(p.get_text()) for p in d]
        # items printed in flowing text (page not fixed by the layout): the one page whose text holds them
        for it, key in [(f, "raw") for f in self.facts] + [(i, "text") for i in self.inits]:
            if isinstance(it["page"], str):  # "@marker": the page that prints this heading
                hits = [n + 1 for n, t in enumerate(texts) if squash(it["page"][1:]) in t]
                if len(hits) != 1:
                    raise SystemExit(f"marker {it['page']!r}: pages {hits}")
                it["page"] = hits[0]
            if it["page"] is None:
                hits = [n + 1 for n, t in enumerate(texts) if squash(it[key]) in t]
                if len(hits) != 1:
                    raise SystemExit(f"cannot place {it[key]!r}: pages {hits}")
                it["page"] = hits[0]
        g = {"schema_version": "1",
             "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits,
             "minutes": self.minutes, "tables": [], "warnings": []}
        (GOLD / f"{self.stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf_path, g)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path: Path, g: dict) -> tuple[int, int, list[str]]:
    """Every fact raw and initiative text must occur on its page; returns (facts, inits, errors)."""
    import fitz
    errs = []
    with fitz.open(pdf_path) as d:
        texts = [squash(p.get_text()) for p in d]
        size = pdf_path.stat().st_size
    if size >= 1_000_000:
        errs.append(f"PDF too large: {size}")
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']}, {f['metric']}, {f['fiscal_year']})")
    for i in g["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or squash(i["text"]) not in texts[p - 1]:
            errs.append(f"initiative not on page {p}: {i['text'][:30]}")
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"])[:25] not in alltext:
                errs.append(f"statement text not found: {s['text'][:30]}")
    # every printed figure: sanity on identities is the builder's job
    return len(g["facts"]), len(g["initiatives"]), errs


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        shutil.copyfile(out, dest)
    return dest


def report(stem, res):
    n, k, errs = res
    print(f"{stem}: facts={n} initiatives={k} errors={len(errs)}")
    for e in errs[:30]:
        print("   ", e)
    return not errs
