"""dev5 shared helpers: number formats, fact records, LibreOffice conversion, gold writing and checking."""
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
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

_ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s) -> str:
    return str(s).translate(_ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(a: int, b: int, nd: int = 1) -> float:
    """a / b * 100 rounded half-up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


def fmt(v: float, nd: int = 1) -> str:
    s = f"{abs(v):.{nd}f}"
    return ("△" if v < 0 else "") + s


def oku_man(yen: int) -> str:
    """yen (multiple of 10,000) -> '26億3,600万円'"""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
      debt_raw="same"):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_dev5_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def _ns(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int]:
    """Every fact raw / initiative text / statement text must occur on its page; raw counts must suffice."""
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [_ns(p.get_text()) for p in doc]
    errs = []
    need: dict = {}
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or _ns(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']} ({f['debt']} {f['metric']} {f['fiscal_year']})")
        need[(p, _ns(f["raw"]))] = need.get((p, _ns(f["raw"])), 0) + 1
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
    for (p, raw), n in need.items():
        have = texts[p - 1].count(raw) if 1 <= p <= len(texts) else 0
        if have < n:
            errs.append(f"page {p}: raw {raw!r} printed {have}x but {n} gold facts")
    for i in gold["initiatives"]:
        p = i["page"]
        if _ns(i["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            if p and _ns(s["text"]) not in texts[p - 1]:
                errs.append(f"statement not on page {p}: {s['text'][:30]}")
    if errs:
        print(f"{stem}: {len(errs)} problems")
        for e in errs[:40]:
            print("  ", e)
        raise SystemExit(1)
    print(f"{stem}: OK pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])}")
    return len(texts), len(gold["facts"]), len(gold["initiatives"])
