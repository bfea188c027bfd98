"""Shared helpers for helper z's dev43 builders (gold bookkeeping, number formats, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import pymupdf as fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parents[1]          # corpus/dev43
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/z_work")
WORK.mkdir(parents=True, exist_ok=True)
PDF_DIR.mkdir(exist_ok=True)
GOLD_DIR.mkdir(exist_ok=True)

FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_IPAEX = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

_ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s) -> str:
    """Half-width digits and punctuation to full-width, as many offices type them."""
    return str(s).translate(_ZEN)


def kanma(n: int) -> str:
    return f"{n:,}"


def tri(n: int, mark: str = "△") -> str:
    """Signed amount with △ for minus."""
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def rate(num, den, places: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def r2s(d: Decimal) -> str:
    return format(d, "f")


def seireki(era: str, y: int) -> int:
    return {"令和": 2018, "平成": 1988}[era] + y


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str | None, date_raw: str | None):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.tables: list[dict] = []
        self.page = 1

    # ---- facts -------------------------------------------------------------------------
    def f(self, raw: str, value, metric: str, fy: int | None, fy_raw: str | None, *, seg: str = "total",
          basis: str = "actual", debt: str | None = None, debt_raw: str | None = None, unit: str | None = None,
          as_of: str | None = None, approx: bool = False, page: int | None = None, area: str | None = None) -> str:
        if unit is None:
            unit = {"collection_rate": "percent", "delinquents": "persons"}.get(metric, "yen")
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis,
            "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page if page is not None else self.page, "area": area,
        })
        return raw

    def i(self, text: str, *, debt: str | None, fy: int | None, section: str | None, label: str | None = None,
          status: str | None = None, page: int | None = None, debt_raw: str | None = None) -> None:
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                                 "fiscal_year": fy, "section": section, "label": label, "text": text,
                                 "status": status, "page": page if page is not None else self.page})

    # ---- output ------------------------------------------------------------------------
    def write(self, pdf_path: Path) -> Path:
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as doc:
            pages = doc.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": self.tables,
            "warnings": [],
        }
        gp = GOLD_DIR / (pdf_path.stem + ".json")
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return gp


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path: Path, gold_path: Path) -> int:
    """Every raw / initiative text / statement text must occur on its page (spaces and breaks removed)."""
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    with fitz.open(pdf_path) as doc:
        texts = [_squash(p.get_text()) for p in doc]
    bad = 0

    def has(page, s):
        return 1 <= page <= len(texts) and _squash(s) in texts[page - 1]

    for f in g["facts"]:
        if not has(f["page"], f["raw"]):
            bad += 1
            print(f"  MISSING fact p.{f['page']}: {f['raw']!r} ({f['debt_raw']}, {f['metric']}, {f['fiscal_year']})")
    for it in g["initiatives"]:
        if not has(it["page"], it["text"]):
            bad += 1
            print(f"  MISSING initiative p.{it['page']}: {it['text'][:40]!r}")
    m = g.get("minutes") or {}
    for st in m.get("statements") or []:
        if not has(st["page"], st["text"]):
            bad += 1
            print(f"  MISSING statement p.{st['page']}: {st['text'][:40]!r}")
    # no two facts from the same printed spot with identical keys (sanity)
    seen = set()
    for f in g["facts"]:
        k = (f["page"], f["fiscal_year"], f["segment"], f["metric"], f["basis"], f["debt"], f["as_of"], f["area"], f["raw"])
        if k in seen:
            print(f"  (note) same figure printed twice on one page: {k[0]} {k[5]} {k[1]} {k[3]} {k[8]}")
        seen.add(k)
    print(f"{pdf_path.name}: {len(texts)} pages, {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{len((m or {}).get('statements') or [])} statements, {bad} problems")
    return bad


def soffice(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return outdir / (src.stem + ".pdf")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)
