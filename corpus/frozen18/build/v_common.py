"""Shared helpers for the v_ builders of corpus/frozen18: facts, gold writing, gold checks, LibreOffice.

Every builder keeps its figures in Python data, prints the document from them and records one fact per
printed number (with the page it is printed on). `finish()` writes the gold JSON and checks that every
fact's raw text and every initiative / statement text occurs on its page (PyMuPDF text, whitespace removed).
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

Z2H = str.maketrans("０１２３４５６７８９", "0123456789")


def zen(s: str) -> str:
    """Half-width digits to full-width (for documents printing 全角 digits)."""
    return str(s).translate(str.maketrans("0123456789.,%", "０１２３４５６７８９．，％"))


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """Signed figure with △ for minus."""
    return f"△{abs(n):,}" if n < 0 else f"{n:,}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    if not assessed:
        return 0.0
    q = collected / assessed * 100
    return float(f"{q:.{nd}f}")


def oku_man(yen: int, unit: str = "万円") -> str:
    """約x億y,000万円 text for an amount already rounded to 万円 (or 百万円)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False,
            as_of=None, area=None, debt_raw=None):
        if debt_raw is None:
            debt_raw = debt
        self.items.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
        })


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def plain(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_v_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    import fitz
    with fitz.open(pdf) as d:
        return [p.get_text() for p in d]


def finish(stem: str, document: dict, facts: Facts, initiatives: list[dict], minutes=None) -> dict:
    pdf = PDF_DIR / f"{stem}.pdf"
    texts = page_texts(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": len(texts)},
        "document": document,
        "facts": facts.items,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    problems = check(stem)
    print(f"{stem}: pages={len(texts)} facts={len(facts.items)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size//1024}KB problems={len(problems)}")
    for p in problems[:40]:
        print("  !", p)
    return gold


def check(stem: str) -> list[str]:
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / gold["source"]["file"]
    texts = [plain(t) for t in page_texts(pdf)]
    probs = []
    if gold["source"]["sha256"] != hashlib.sha256(pdf.read_bytes()).hexdigest():
        probs.append("sha256 differs")
    if pdf.stat().st_size > 1_000_000:
        probs.append("pdf over 1 MB")
    seen = {}
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or plain(f["raw"]) not in texts[p - 1]:
            probs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']}, {f['metric']})")
        # the raw must also carry the value
        v = f["value"]
        r = norm(f["raw"]).replace(",", "")
        if f["unit"] == "percent" and str(v) not in r and f"{v:.2f}" not in r and f"{v:.1f}" not in r:
            probs.append(f"percent value {v} not in raw {f['raw']!r}")
        if f["segment"] not in ("current", "arrears", "total"):
            probs.append(f"bad segment {f}")
        if f["basis"] == "interim" and not f.get("as_of"):
            probs.append(f"interim without as_of {f['raw']}")
    for i in gold["initiatives"]:
        p = i["page"]
        if plain(i["text"]) not in texts[p - 1]:
            probs.append(f"initiative text not on page {p}: {i['text'][:30]}")
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            p = s.get("page")
            if p and plain(s["text"]) not in texts[p - 1]:
                probs.append(f"statement not on page {p}: {s['text'][:30]}")
    return probs
