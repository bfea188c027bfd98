"""Shared helpers for the w_ builders of dev33: fact records, LibreOffice conversion, gold writing and checks.

Each builder prints its document from its own data and records every printed figure of the six metrics
as it prints it (raw text, page).  `finish()` converts/locates pages, writes the gold JSON next to the
PDF and checks that every raw string, initiative text and statement text occurs on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def nz(s: str) -> str:
    """Whitespace-free text for page checks (no NFKC: raw must be printed as is)."""
    return re.sub(r"\s+", "", s or "")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_w_{profile}", "--headless",
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
        self.statements: list[dict] = []

    # ---- facts -------------------------------------------------------------------------
    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, *,
             approx=False, as_of=None, area=None, debt_raw=None, ctx=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert (basis == "interim") == (as_of is not None), (raw, basis, as_of)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_ctx": ctx,
        })

    def init(self, debt, fy, section, label, text, status, page=None, ctx=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page, "_ctx": ctx})

    def stmt(self, speaker, section, text, page=None):
        self.statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

    # ---- finish ------------------------------------------------------------------------
    def finish(self, pdf: Path, document: dict, minutes: dict | None = None):
        doc = pymupdf.open(pdf)
        pages = [nz(p.get_text()) for p in doc]
        n = len(pages)
        errors = []

        def locate(item, needle, what):
            if item["page"] is not None:
                return
            ctx = nz(item.pop("_ctx", None) or needle)
            hits = [i + 1 for i, t in enumerate(pages) if ctx in t]
            if len(hits) != 1:
                errors.append(f"{what}: cannot place {ctx[:40]!r} hits={hits}")
                item["page"] = hits[0] if hits else None
            else:
                item["page"] = hits[0]

        for f in self.facts:
            locate(f, f["raw"], "fact")
        for it in self.inits:
            locate(it, it["text"], "initiative")
        for s in self.statements:
            locate(s, s["text"][:14], "statement")
        for f in self.facts:
            f.pop("_ctx", None)
            if f["page"] is None or nz(f["raw"]) not in pages[f["page"] - 1]:
                errors.append(f"fact raw {f['raw']!r} not on page {f['page']}")
        for it in self.inits:
            it.pop("_ctx", None)
            if it["page"] is None or nz(it["text"]) not in pages[it["page"] - 1]:
                errors.append(f"initiative text not on page {it['page']}: {it['text'][:30]}")
        for s in self.statements:
            p = s["page"]
            # a statement may run over a page break: check it against its page and the next
            span = "".join(pages[p - 1:p + 1]) if p else ""
            if not p or nz(s["text"]) not in span:
                errors.append(f"statement text not found from page {p}: {s['text'][:30]}")
        if minutes is not None:
            minutes = dict(minutes)
            minutes["statements"] = self.statements
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        gold = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": n},
            "document": document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        size = pdf.stat().st_size
        print(f"{self.stem}: pages={n} facts={len(self.facts)} initiatives={len(self.inits)} "
              f"statements={len(self.statements)} size={size} errors={len(errors)}")
        for e in errors:
            print("  ERROR", e)
        assert size < 1_000_000
        return not errors


# ---- number formatting -------------------------------------------------------------------
ZEN = str.maketrans("0123456789,.%-+", "０１２３４５６７８９，．％－＋")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def rate(num: int, den: int, nd=2) -> float:
    """Half-up rounding of num/den*100 to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def oku_man(yen: int) -> str:
    """12億3,456万円 style (yen must be a multiple of 10,000)."""
    man = yen // 10_000
    oku, rest = divmod(man, 10_000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"
