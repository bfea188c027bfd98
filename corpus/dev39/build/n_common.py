"""Shared helpers for the n_ builders of dev39: number formatting, LibreOffice conversion, gold writing and checks."""
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
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

Z = str.maketrans("0123456789,.%-+()", "０１２３４５６７８９，．％－＋（）")


def zen(s: str) -> str:
    return str(s).translate(Z)


def c(n: int) -> str:
    """1234567 -> '1,234,567' with △ for minus."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    if den == 0:
        return 0.0
    q = 10 ** nd
    return int(num * 100 * q / den + 0.5) / q


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def fact(debt, fy, seg, metric, basis, value, unit, raw, page=None, *, fy_raw=None, debt_raw=None,
         as_of=None, approx=False, anchor=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
            "_anchor": anchor}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_n_{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def ns(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [ns(p.get_text()) for p in d]


def locate(facts: list[dict], texts: list[str]) -> None:
    """Fill `page` of facts that have none, from their anchor (or raw) found on exactly one page."""
    for f in facts:
        if f.get("page"):
            continue
        a = ns(f.get("_anchor") or f["raw"])
        hits = [i + 1 for i, t in enumerate(texts) if a in t]
        if len(hits) != 1:
            raise SystemExit(f"anchor {a!r} found on pages {hits} for {f['raw']}")
        f["page"] = hits[0]


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], initiatives: list[dict], minutes=None):
    texts = page_texts(pdf)
    locate(facts, texts)
    for it in initiatives:
        if not it.get("page"):
            a = ns(it.get("_anchor") or it["text"])
            hits = [i + 1 for i, t in enumerate(texts) if a in t]
            if len(hits) != 1:
                raise SystemExit(f"initiative anchor {a[:40]!r} pages {hits}")
            it["page"] = hits[0]
    for f in facts:
        f.pop("_anchor", None)
    for it in initiatives:
        it.pop("_anchor", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(stem)
    return gold


def check(stem: str) -> tuple[int, int, int]:
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / gold["source"]["file"]
    texts = page_texts(pdf)
    bad = 0
    for f in gold["facts"]:
        if ns(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", f["page"], f["raw"], f["debt"], f["metric"]); bad += 1
    for it in gold["initiatives"]:
        if ns(it["text"]) not in texts[it["page"] - 1]:
            print("INIT MISSING", it["page"], it["text"][:40]); bad += 1
    if gold.get("minutes"):
        alltext = "".join(texts)
        for s in gold["minutes"]["statements"]:
            if ns(s["text"]) not in alltext:
                print("STATEMENT MISSING", s["speaker"], s["text"][:40]); bad += 1
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={bad}")
    if bad or size > 1_000_000:
        raise SystemExit(1)
    return len(texts), len(gold["facts"]), len(gold["initiatives"])
