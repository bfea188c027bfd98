"""Shared helpers for helper "e" builders of corpus/frozen3 (gold writing, checks, LibreOffice conversion).

Each builder keeps its printed data in Python structures, prints from them and writes the gold from the
same structures. Facts carry a planned page, or an `anchor` (text printed on the same page) from which the
page is found in the built PDF.
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

ZEN = str.maketrans("0123456789,.%()", "０１２３４５６７８９，．％（）")


def zen(s: str) -> str:
    """Half-width digits and punctuation to full-width."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def pct(a: float, b: float, nd: int = 2) -> float:
    """Rate a/b in percent rounded half up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(a) * 100 / Decimal(b)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万円' (yen must be a multiple of 10,000)."""
    assert yen % 10000 == 0, yen
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def F(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page=None, *, approx=False, as_of=None,
      debt_raw="same", anchor=None, area=None):
    """One fact. debt_raw defaults to debt."""
    return {
        "debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
        "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
        "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw,
        "page": page, "area": area, "_anchor": anchor,
    }


def I(debt, fy, section, label, text, status, page=None, *, anchor=None):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page, "_anchor": anchor}


def nows(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def raw_nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [raw_nows(p.get_text()) for p in d]


def locate(items: list[dict], texts: list[str], key: str, prefix: int = 0) -> None:
    """Fill page for items that have no page from their anchor (+ the item's own text)."""
    for it in items:
        if it.get("page"):
            continue
        anc = raw_nows(it.get("_anchor") or "")
        me = raw_nows(it[key])
        if prefix:
            me = me[:prefix]
        hits = [i + 1 for i, t in enumerate(texts) if me in t and (not anc or anc in t)]
        if len(hits) != 1:
            raise SystemExit(f"cannot place {key}={it[key]!r} anchor={anc!r}: pages {hits}")
        it["page"] = hits[0]


def check(pdf: Path, facts: list[dict], inits: list[dict], statements: list[dict] | None = None) -> list[str]:
    """Every raw / text must occur on its page (whitespace removed); shared raws may not outnumber the
    printed occurrences on that page."""
    texts = page_texts(pdf)
    errs = []
    from collections import Counter
    need = Counter()
    for f in facts:
        r = raw_nows(f["raw"])
        p = f["page"]
        if not (1 <= p <= len(texts)) or r not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p}")
        need[(p, r)] += 1
    for (p, r), n in need.items():
        if 1 <= p <= len(texts):
            have = texts[p - 1].count(r)
            if have < n:
                errs.append(f"page {p}: raw {r!r} needed {n}x, printed {have}x")
    for it in inits:
        t = raw_nows(it["text"])
        if not (1 <= it["page"] <= len(texts)) or t not in texts[it["page"] - 1]:
            errs.append(f"initiative text not on page {it['page']}: {it['text'][:40]}")
    for st in statements or []:
        t = raw_nows(st["text"])[:30]
        if t not in texts[st["page"] - 1]:
            errs.append(f"statement start not on page {st['page']}: {st['text'][:30]}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], inits: list[dict],
               minutes: dict | None = None) -> dict:
    texts = page_texts(pdf)
    locate(facts, texts, "raw")
    locate(inits, texts, "text")
    if minutes:
        locate(minutes["statements"], texts, "text", prefix=30)
    errs = check(pdf, facts, inits, minutes["statements"] if minutes else None)
    if errs:
        for e in errs:
            print("CHECK FAILED:", e)
        raise SystemExit(1)
    clean = lambda xs: [{k: v for k, v in x.items() if not k.startswith("_")} for x in xs]
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": len(texts)},
        "document": document,
        "facts": clean(facts),
        "initiatives": clean(inits),
        "minutes": ({**minutes, "statements": clean(minutes["statements"])} if minutes else None),
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    size = pdf.stat().st_size
    assert size < 1_000_000, f"{pdf} too big: {size}"
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(inits)} "
          f"statements={len(minutes['statements']) if minutes else 0} size={size} OK")
    return gold


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("soffice missing")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"{src}: no PDF")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
