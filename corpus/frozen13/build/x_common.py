"""Shared helpers for the x_ builders of frozen13: fact records, page resolution, gold checks."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def nf(s: str) -> str:
    return nows(unicodedata.normalize("NFKC", s or ""))


ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def yen_fmt(v: int) -> str:
    return f"{v:,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


class Facts:
    """Collects facts. Each fact carries either a fixed page or an anchor resolved after rendering."""

    def __init__(self):
        self.items = []

    def add(self, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, anchor=None,
            as_of=None, approx=False, debt_raw=None, area=None):
        self.items.append(dict(
            debt=debt, debt_raw=debt_raw if debt_raw is not None else debt,
            fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg, metric=metric, basis=basis,
            as_of=as_of, value=value, unit=unit, approx=approx, raw=raw, page=page, area=area,
            _anchor=anchor))


class Inits:
    def __init__(self):
        self.items = []

    def add(self, *, debt, fy, section, label, text, status=None, page=None, anchor=None):
        self.items.append(dict(debt=debt, debt_raw=debt, fiscal_year=fy, section=section, label=label,
                               text=text, status=status, page=page, _anchor=anchor))


def page_texts(pdf_path: Path) -> list[str]:
    doc = fitz.open(pdf_path)
    t = [nows(p.get_text()) for p in doc]
    doc.close()
    return t


def resolve(items: list[dict], texts: list[str]):
    """Give each item its page: from its anchor (must occur on exactly one page) or as set."""
    for it in items:
        a = it.pop("_anchor", None)
        if it.get("page") is None:
            if not a:
                raise SystemExit(f"no page and no anchor: {it}")
            pages = [i + 1 for i, t in enumerate(texts) if nows(a) in t]
            if len(pages) != 1:
                raise SystemExit(f"anchor {a!r} found on pages {pages} for {it.get('raw') or it.get('text')[:30]}")
            it["page"] = pages[0]


def soffice(src: Path, outdir: Path = OUT) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")


def write_gold(stem: str, pdf_path: Path, document: dict, facts: Facts, inits: Inits, minutes=None):
    texts = page_texts(pdf_path)
    resolve(facts.items, texts)
    resolve(inits.items, texts)
    if minutes:
        for s in minutes.get("statements", []):
            a = s.pop("_anchor", None) or s["text"][:25]
            if s.get("page") is None:
                pages = [i + 1 for i, t in enumerate(texts) if nows(a) in t]
                assert len(pages) == 1, (a, pages)
                s["page"] = pages[0]
    data = pdf_path.read_bytes()
    gold = {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": len(texts)},
        "document": document,
        "facts": facts.items,
        "initiatives": inits.items,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, int]:
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf_path = PDF / g["source"]["file"]
    texts = page_texts(pdf_path)
    assert g["source"]["pages"] == len(texts)
    assert g["source"]["sha256"] == hashlib.sha256(pdf_path.read_bytes()).hexdigest()
    bad = 0
    six = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
    for f in g["facts"]:
        assert f["metric"] in six, f
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("FACT MISSING", stem, f["page"], f["raw"], f["debt"], f["metric"])
    for i in g["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", stem, i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            both = texts[s["page"] - 1] + (texts[s["page"]] if s["page"] < len(texts) else "")
            if nows(s["text"][:25]) not in texts[s["page"] - 1] or nows(s["text"][-25:]) not in both:
                bad += 1
                print("STATEMENT MISSING", stem, s["page"], s["text"][:40])
    size = pdf_path.stat().st_size
    assert size < 1_000_000, size
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={size} bad={bad}")
    return len(texts), len(g["facts"]), len(g["initiatives"]), bad
