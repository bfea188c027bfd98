"""Shared helpers for the dev8 w_* builders: number formatting, fact records, page location, gold + check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    s = f"{abs(int(n)):,}"
    return ("△" + s) if n < 0 else s


def rate(num, den, nd=2) -> Decimal:
    if not den:
        return Decimal(0)
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def man_yen(v: int) -> str:
    """12,345,678,901 -> 123億4,567万8,901円 style (exact yen)."""
    oku, rest = divmod(v, 100_000_000)
    man, en = divmod(rest, 10_000)
    s = ""
    if oku:
        s += f"{oku:,}億"
    if man:
        s += f"{man:,}万"
    if en:
        s += f"{en:,}"
    return s + "円"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, page=None, as_of=None, approx=False,
         debt_raw=None, anchor=None, row=None):
    d = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
         "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis,
         "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": None}
    if anchor is not None:
        d["_anchor"] = anchor
    if row is not None:
        d["_row"] = row
    return d


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [norm(p.get_text()) for p in doc]


def locate(items: list[dict], texts: list[str], key="raw"):
    """Give each item without a page the first page (from its _anchor's page on) holding _row and its key text."""
    for it in items:
        if it.get("page"):
            continue
        start = 0
        anc = it.get("_anchor")
        if anc:
            a = norm(anc)
            hits = [i for i, t in enumerate(texts) if a in t]
            if not hits:
                raise SystemExit(f"anchor not found: {anc}")
            start = hits[0]
        need = [norm(it[key])]
        if it.get("_row"):
            need.append(norm(it["_row"]))
        for i in range(start, len(texts)):
            if all(n in texts[i] for n in need):
                it["page"] = i + 1
                break
        else:
            raise SystemExit(f"not located: {it.get(key)} row={it.get('_row')} anchor={anc}")


def clean(items):
    for it in items:
        it.pop("_anchor", None)
        it.pop("_row", None)
    return items


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    texts = page_texts(pdf)
    locate(facts, texts)
    locate(initiatives, texts, key="text")
    if minutes:
        locate(minutes["statements"], texts, key="text")
        clean(minutes["statements"])
    with fitz.open(pdf) as d:
        npages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": npages},
            "document": document, "facts": clean(facts), "initiatives": clean(initiatives),
            "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return check(stem)


def check(stem: str):
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / g["source"]["file"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == g["source"]["sha256"]
    size = pdf.stat().st_size
    assert size < 1_000_000, f"{pdf} too large: {size}"
    texts = page_texts(pdf)
    assert len(texts) == g["source"]["pages"]
    bad = []
    counts: dict = {}
    for f in g["facts"]:
        r = norm(f["raw"])
        if r not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
        counts[(f["page"], r)] = counts.get((f["page"], r), 0) + 1
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
    for (p, r), n in counts.items():
        if texts[p - 1].count(r) < n:
            bad.append(("multi", p, r, n, texts[p - 1].count(r)))
    for i in g["initiatives"]:
        if norm(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:30]))
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:30]))
    if bad:
        for b in bad:
            print("  BAD", b)
        raise SystemExit(f"{stem}: {len(bad)} check failures")
    st = len(g["minutes"]["statements"]) if g.get("minutes") else 0
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"statements={st} size={size}")
    return len(texts), len(g["facts"]), len(g["initiatives"]), st
