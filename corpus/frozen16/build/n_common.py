"""Shared helpers for the n_ builders of corpus/frozen16: fact records, gold writing, gold checks,
LibreOffice conversion and number formatting. Gold is written from the same data the builders print."""
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """半角 digits and signs to 全角."""
    return s.translate(ZEN)


def rnd(x: float, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return rnd(collected / assessed * 100, nd)


def comma(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


class Facts(list):
    def add(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False,
            as_of=None, area=None, debt_raw=None):
        self.append({"debt": debt, "debt_raw": debt if debt_raw is None else debt_raw,
                     "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                     "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
                     "raw": raw, "page": page, "area": area})


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


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


def write_gold(stem: str, *, kind, municipality, title, date, date_raw, facts, initiatives=(), minutes=None):
    import pymupdf
    pdf = PDF / f"{stem}.pdf"
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": list(facts), "initiatives": list(initiatives), "minutes": minutes,
            "tables": [], "warnings": []}
    path = GOLD / f"{stem}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _n(s: str) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def check(stem: str) -> tuple[int, int, int, list[str]]:
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    import pymupdf
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [_n(p.get_text()) for p in doc]
    errs = []
    assert gold["source"]["pages"] == doc.page_count
    for f in gold["facts"]:
        if not (1 <= f["page"] <= doc.page_count) or _n(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact p{f['page']} {f['raw']!r} {f['debt']} {f['metric']}")
    for i in gold["initiatives"]:
        if _n(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"init p{i['page']} {i['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if _n(s["text"]) not in texts[s.get("page", 1) - 1] and _n(s["text"]) not in alltext:
                errs.append(f"stmt {s['speaker']} {s['text'][:20]!r}")
    import os
    size = os.path.getsize(PDF / f"{stem}.pdf")
    if size > 1_000_000:
        errs.append(f"pdf too large {size}")
    return doc.page_count, len(gold["facts"]), len(gold["initiatives"]), errs
