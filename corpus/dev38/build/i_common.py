"""Shared helpers for the i_ documents of dev38: number formatting, facts, LibreOffice conversion,
page assignment and the gold check.  Gold is produced from the same data the builders print."""
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

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def r2(x: float, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return float((Decimal(collected) * 100 / Decimal(assessed)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int, mark: str = "△") -> str:
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """12億3,456万円 style (yen rounded to 万)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


class Facts:
    """Collects facts in print order; each fact has an anchor (a string printed before it on its page)."""

    def __init__(self):
        self.items: list[dict] = []

    def add(self, anchor, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None,
            area=None, debt_raw=None):
        self.items.append(dict(
            _anchor=anchor,
            debt=debt, debt_raw=debt_raw if debt_raw is not None else debt,
            fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg, metric=metric, basis=basis,
            as_of=as_of, value=value, unit=unit, approx=approx, raw=raw, page=None, area=area))


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    d = pymupdf.open(pdf)
    return [nz(p.get_text()) for p in d]


def assign_pages(pdf: Path, facts: list[dict], inits: list[dict], mode: str = "seq") -> list[str]:
    """Find each fact's raw after its anchor, in order, in the whole document text; set its page."""
    texts = page_texts(pdf)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t)
    full = "".join(texts)

    def page_of(i):
        p = 0
        for k, s in enumerate(starts):
            if s <= i:
                p = k
        return p + 1

    errors = []
    cursor = {}
    last_anchor_pos = {}
    for f in facts:
        a = f.pop("_anchor")
        if a not in last_anchor_pos:
            ai = full.find(nz(a))
            if ai < 0:
                errors.append(f"anchor not found: {a}")
                continue
            last_anchor_pos[a] = ai
            cursor[a] = ai
        i = full.find(nz(f["raw"]), cursor[a])
        if mode == "page":
            # page-based: first page at/after the current page of this anchor that prints the raw
            p0 = page_of(cursor[a]) - 1
            hit = next((k for k in range(p0, len(texts)) if nz(f["raw"]) in texts[k]), None)
            if hit is None:
                errors.append(f"raw not found after anchor {a}: {f['raw']}")
                continue
            f["page"] = hit + 1
            cursor[a] = max(cursor[a], starts[hit])
            continue
        if i < 0:
            errors.append(f"raw not found after anchor {a}: {f['raw']}")
            continue
        f["page"] = page_of(i)
        cursor[a] = i + len(nz(f["raw"]))
    for it in inits:
        a = it.pop("_anchor", None)
        start = full.find(nz(a)) if a else 0
        i = full.find(nz(it["text"]), max(start, 0))
        if i < 0:
            errors.append(f"initiative not found: {it['text'][:30]}")
            continue
        it["page"] = page_of(i)
    return errors


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        if not f.get("page") or nz(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw not on page {f.get('page')}: {f['raw']}")
    for it in gold["initiatives"]:
        if not it.get("page") or nz(it["text"]) not in texts[it["page"] - 1]:
            errs.append(f"initiative not on page {it.get('page')}: {it['text'][:30]}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], inits: list[dict], minutes=None):
    doc = pymupdf.open(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": doc.page_count},
        "document": document,
        "facts": facts,
        "initiatives": inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    errs = check(pdf, gold)
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold, errs


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_i_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
