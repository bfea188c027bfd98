"""Shared helpers for the t_ builders of corpus/dev26: fact records, gold writing and checking, PDF conversion."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ERA = {"令和": 2018, "平成": 1988}
Z2H = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def fy(raw_year: str) -> int:
    """令和7年度 / R7 / 令和元年度 / H30 -> western fiscal year start."""
    s = raw_year.translate(Z2H)
    m = re.search(r"(令和|平成|R|H)\s*(元|\d+)", s)
    era = {"R": "令和", "H": "平成"}.get(m.group(1), m.group(1))
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return ERA[era] + n


def yen(text: str, mult: int) -> int:
    s = text.translate(Z2H).replace(",", "").replace("△", "-").replace("▲", "-")
    return int(round(float(s) * mult))


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, metric, value, unit, raw, page=None, fiscal_year, fiscal_year_raw=None,
            segment="total", basis="actual", as_of=None, approx=False, debt_raw=None, area=None, locate=None):
        f = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
             "fiscal_year": fiscal_year, "fiscal_year_raw": fiscal_year_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        if locate:
            f["_locate"] = locate
        self.items.append(f)
        return raw


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import pymupdf
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def resolve_pages(facts: list[dict], texts: list[str]) -> None:
    """Facts whose page was not fixed in advance: the page holding their locate string and raw."""
    for f in facts:
        loc = f.pop("_locate", None)
        if f["page"] is None:
            hits = [i + 1 for i, t in enumerate(texts) if squash(loc) in t and squash(f["raw"]) in t]
            if len(hits) != 1:
                raise RuntimeError(f"cannot place fact {f['raw']} ({loc}): pages {hits}")
            f["page"] = hits[0]


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_t_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], initiatives: list[dict],
               minutes: dict | None = None) -> dict:
    texts = page_texts(pdf)
    resolve_pages(facts, texts)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    check(gold, texts)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size // 1024}KB")
    return gold


def check(gold: dict, texts: list[str]) -> None:
    bad = []
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"]))
    for it in gold["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("initiative", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            t = squash(s["text"])
            pg = s["page"]
            whole = t in texts[pg - 1]
            split = (t[:20] in texts[pg - 1] and pg < len(texts) and t[-20:] in texts[pg]
                     and any(t[:i] in texts[pg - 1] and t[i:] in texts[pg] for i in range(1, len(t))))
            if not (whole or split):
                bad.append(("statement", s["page"], s["text"][:40]))
    if bad:
        for b in bad:
            print("CHECK FAIL", b)
        raise SystemExit(1)
