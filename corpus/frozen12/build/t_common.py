"""Shared helpers for the t_ builders of frozen12: fact registry, LibreOffice conversion, gold writer and checks.

Every number a builder prints for one of the six metrics goes through `Gold.f(...)`, which returns the printed
string; the gold is written from that registry after the PDF exists (pages are found by reading the PDF in print order).
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

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return str(s).translate(Z)


def yen_k(v: int) -> str:
    """integer of 千円 -> '1,234'"""
    return f"{v:,}" if v >= 0 else f"△{-v:,}"


def oku_man(yen: int, zenkaku=False) -> str:
    """1,556,000,000 -> '15億5,600万円'"""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = (f"{oku}億" if oku else "") + (f"{man:,}万" if man else "") + "円"
    return zen(s) if zenkaku else s


def nz(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


class Gold:
    def __init__(self, stem: str, municipality: str):
        self.stem, self.muni = stem, municipality
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def f(self, raw, value, metric, basis, fy, fy_raw, segment="total", debt=None, debt_raw=None,
          unit=None, approx=False, as_of=None, area=None):
        if unit is None:
            unit = "percent" if metric == "collection_rate" else ("persons" if metric == "delinquents" else "yen")
        self.facts.append(dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt, fiscal_year=fy,
                               fiscal_year_raw=fy_raw, segment=segment, metric=metric, basis=basis, as_of=as_of,
                               value=value, unit=unit, approx=approx, raw=raw, page=None, area=area))
        return raw

    def i(self, debt, fy, section, label, text, status=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text,
                               status=status, page=None))
        return text

    # ------------------------------------------------------------------
    def finish(self, pdf: Path, document: dict, minutes=None):
        doc = fitz.open(pdf)
        texts = [nz(p.get_text()) for p in doc]
        starts, acc = [], 0
        for t in texts:
            starts.append(acc)
            acc += len(t)
        full = "".join(texts)

        def page_of(pos):
            p = 0
            for k, s in enumerate(starts):
                if s <= pos:
                    p = k
            return p + 1

        def locate(items, key):
            cur = 0
            for it in items:
                needle = nz(it[key])
                pos = full.find(needle, cur)
                if pos < 0:
                    pg = page_of(cur)
                    pos = full.find(needle, starts[pg - 1])
                if pos < 0:
                    pos = full.find(needle)
                if pos < 0:
                    raise SystemExit(f"{self.stem}: not found in PDF: {it[key]!r}")
                it["page"] = page_of(pos)
                cur = max(cur, pos + len(needle))

        locate(self.facts, "raw")
        locate(self.inits, "text")
        # checks: raw on its page, and never more gold facts with one raw on a page than printed occurrences
        errs = []
        cnt: dict = {}
        for f in self.facts:
            t = texts[f["page"] - 1]
            if nz(f["raw"]) not in t:
                errs.append(f"raw not on page: {f}")
            cnt[(f["page"], nz(f["raw"]))] = cnt.get((f["page"], nz(f["raw"])), 0) + 1
        for (pg, r), n in cnt.items():
            occ = len(re.findall(re.escape(r), texts[pg - 1]))
            if occ < n:
                errs.append(f"page {pg}: {n} facts but {occ} occurrences of {r!r}")
        for it in self.inits:
            if nz(it["text"]) not in texts[it["page"] - 1]:
                errs.append(f"initiative not on page: {it}")
        if errs:
            raise SystemExit(f"{self.stem}: " + "\n".join(errs[:20]))
        gold = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(doc)},
            "document": {**document, "municipality": self.muni},
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD.mkdir(exist_ok=True)
        (GOLD / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: pages={len(doc)} facts={len(self.facts)} initiatives={len(self.inits)} "
              f"size={pdf.stat().st_size // 1024}KB")
        return gold


def lo_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_t_{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
