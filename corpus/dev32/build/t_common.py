"""Shared helpers for the t_* dev32 builders: LibreOffice conversion, number formatting, gold writing and checking."""
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

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int | float, dec: int = 0) -> str:
    if dec:
        return f"{v:,.{dec}f}"
    return f"{int(round(v)):,}"


def rate(num: float, den: float, dec: int = 2) -> float:
    return round(num / den * 100 + 1e-12, dec)


def oku_man(yen: int) -> str:
    """12億3,400万円 style for a yen amount already rounded to 万円."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


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


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, *, debt_raw=None, as_of=None,
      approx=False, area=None, ctx=None):
    d = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
         "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis,
         "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
    if ctx:
        d["_ctx"] = ctx
    return d


def I(debt, fy, section, label, text, status, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def raw_norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import fitz
    with fitz.open(pdf) as doc:
        return [raw_norm(p.get_text()) for p in doc]


def locate(items: list[dict], texts: list[str], key: str) -> None:
    """Fill page for items whose page is None: the page holding its _ctx (or its text)."""
    for it in items:
        if it.get("page"):
            continue
        probe = raw_norm(it.get("_ctx") or it[key])
        hits = [i + 1 for i, t in enumerate(texts) if probe in t]
        if len(hits) != 1:
            raise SystemExit(f"cannot place {probe!r}: pages {hits}")
        it["page"] = hits[0]


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], inits: list[dict], minutes=None):
    texts = page_texts(pdf)
    locate(facts, texts, "raw")
    locate(inits, texts, "text")
    bad = []
    for f in facts:
        if raw_norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
        f.pop("_ctx", None)
    for it in inits:
        if raw_norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    if minutes:
        for st in minutes["statements"]:
            if raw_norm(st["text"]) not in "".join(texts):
                bad.append(("stmt", st["speaker"], st["text"][:30]))
    if bad:
        for b in bad:
            print("CHECK FAILED", b)
        raise SystemExit(1)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(inits)} size={size//1024}KB")
    assert size < 1_000_000
