"""Shared helpers for the w_* builders of corpus/frozen3 (helper w).

Gold facts are made from the same data the builders print. Facts carry either a fixed page or an
`anchor` (a text printed on the same page, e.g. the row label) that is resolved after rendering.
`finish()` resolves pages, checks every fact raw / initiative text against PyMuPDF page text
(whitespace removed), writes the gold JSON and prints a summary line.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

Z = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (as many city documents print them)."""
    return str(s).translate(Z)


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(num: int, den: int, nd: int = 2) -> float:
    """収納率 rounded half-up as printed."""
    from decimal import Decimal, ROUND_HALF_UP
    if den == 0:
        return 0.0
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def oku_man(yen: int, zenkaku: bool = False) -> str:
    """Yen (a multiple of 10,000) as 〇億〇,〇〇〇万円."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    s += "円"
    return zen(s) if zenkaku else s


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date,
                    "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, anchor=None,
             approx=False, as_of=None, debt_raw="__same__"):
        if debt_raw == "__same__":
            debt_raw = debt
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": None}
        if anchor is not None:
            f["_anchor"] = anchor
        self.facts.append(f)
        return f

    def init(self, debt, fy, section, label, text, status, page=None, anchor=None):
        i = {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
             "text": text, "status": status, "page": page}
        if anchor is not None:
            i["_anchor"] = anchor
        self.inits.append(i)
        return i


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [nows(p.get_text()) for p in d]


def _resolve(items, texts, key):
    for it in items:
        a = it.pop("_anchor", None)
        if it.get("page") is not None:
            continue
        if a is None:
            raise SystemExit(f"no page and no anchor: {it}")
        cand = [i + 1 for i, t in enumerate(texts) if nows(a) in t and nows(it[key]) in t]
        if not cand:
            raise SystemExit(f"anchor {a!r} with {it[key]!r} found on no page")
        it["page"] = cand[0]


def finish(g: Gold, pdf: Path) -> dict:
    texts = page_texts(pdf)
    _resolve(g.facts, texts, "raw")
    _resolve(g.inits, texts, "text")
    if g.minutes:
        _resolve(g.minutes["statements"], texts, "text")
    errors = []
    # every raw on its page, and no more facts per (page, raw) than printed occurrences
    from collections import Counter
    need = Counter((f["page"], nows(f["raw"])) for f in g.facts)
    for (p, r), n in need.items():
        have = texts[p - 1].count(r) if 1 <= p <= len(texts) else 0
        if have < n:
            errors.append(f"fact raw {r!r} p.{p}: {n} facts, {have} printed")
    for i in g.inits:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            errors.append(f"initiative text not on p.{i['page']}: {i['text'][:40]}")
    if g.minutes:
        for s in g.minutes["statements"]:
            t, p = nows(s["text"]), s["page"]
            if t in texts[p - 1]:
                continue
            # a statement may run on to the next page (page = where it starts)
            strip = lambda x: re.sub(r"[-－‒−]\d+[-－‒−]", "", x)
            both = strip(texts[p - 1]) + (strip(texts[p]) if p < len(texts) else "")
            if t in both and both.index(t) < len(strip(texts[p - 1])):
                continue
            errors.append(f"statement not on p.{p}: {s['text'][:40]}")
    size = pdf.stat().st_size
    if size > 1_000_000:
        errors.append(f"PDF too large: {size}")
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    out = {"schema_version": "1",
           "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
           "document": g.doc, "facts": g.facts, "initiatives": g.inits, "minutes": g.minutes,
           "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{g.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    status = "OK" if not errors else "FAIL"
    print(f"{g.stem}: {status} pages={len(texts)} facts={len(g.facts)} initiatives={len(g.inits)} "
          f"size={size}")
    for e in errors:
        print("  ", e)
    if errors:
        raise SystemExit(1)
    return out


def lo_to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_w_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def render_png(pdf: Path, prefix: str, dpi: int = 60):
    with pymupdf.open(pdf) as d:
        for i, p in enumerate(d):
            p.get_pixmap(dpi=dpi).save(OUT / f"{prefix}_{i + 1}.png")
