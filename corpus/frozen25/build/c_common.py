"""Shared helpers for the c_* builders of frozen25: number formatting, facts, gold writing and checks."""
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
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n, neg="△") -> str:
    """1234567 -> 1,234,567 ; negatives with △ (or ▲ / parentheses)."""
    if n < 0:
        if neg == "()":
            return f"({abs(n):,})"
        return f"{neg}{abs(n):,}"
    return f"{n:,}"


def rate(collected, assessed, nd=2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd)


def fmt_rate(v, nd=2) -> str:
    return f"{v:.{nd}f}"


def era(fy: int) -> str:
    """2025 -> 令和7年度 (令和元年度 for 2019)."""
    n = fy - 2018
    return "令和元年度" if n == 1 else f"令和{n}年度"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, *, approx=False, as_of=None,
         area=None, debt_raw=None, anchor=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_anchor": anchor}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_c_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def resolve_pages(items: list, texts: list[str], key="raw"):
    """Give each item without a page the first page (at/after its anchor's page) whose text holds it."""
    for it in items:
        if it.get("page"):
            continue
        start = 0
        anc = it.get("_anchor")
        if anc:
            a = squash(anc)
            hits = [i for i, t in enumerate(texts) if a in t]
            if not hits:
                raise SystemExit(f"anchor not found: {anc}")
            start = hits[0]
        r = squash(it[key])
        for i in range(start, len(texts)):
            if r in texts[i]:
                it["page"] = i + 1
                break
        else:
            raise SystemExit(f"not found: {it[key][:40]} (anchor {anc})")


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    resolve_pages(facts, texts)
    resolve_pages(initiatives, texts, key="text")
    if minutes:
        resolve_pages(minutes["statements"], texts, key="text")
    bad = 0
    for f in facts:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT ON PAGE", stem, f["page"], f["raw"]); bad += 1
    for it in initiatives:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            print("INIT NOT ON PAGE", stem, it["page"], it["text"][:30]); bad += 1
    if minutes:
        for s in minutes["statements"]:
            if squash(s["text"]) not in texts[s["page"] - 1]:
                print("STATEMENT NOT ON PAGE", stem, s["page"], s["text"][:30]); bad += 1
    for f in facts:
        f.pop("_anchor", None)
    for it in initiatives:
        it.pop("_anchor", None)
    if minutes:
        for s in minutes["statements"]:
            s.pop("_anchor", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size//1024}KB check={'OK' if not bad else 'FAIL ' + str(bad)}")
    return gold


def init(debt, fy, section, label, text, status=None, page=None, anchor=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_anchor": anchor}
