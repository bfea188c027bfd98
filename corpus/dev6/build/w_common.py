"""Shared helpers for the w_* dev6 builders: number formatting, facts, LibreOffice conversion, gold + check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    return s.translate(ZEN)


def rate(num: int, den: int, places: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def c(n: int) -> str:
    """1234567 -> '1,234,567' (negative with △)."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def oku_man(yen: int) -> str:
    """2946150000 -> '29億4,615万円' (yen must be a multiple of 10,000)."""
    assert yen % 10000 == 0, yen
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw=None):
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def total_fact(label, *a, **k):
    """A figure for all debts: debt null, debt_raw as printed (or None)."""
    f = fact(None, *a, **k)
    f["debt_raw"] = label
    return f


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_w_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem, kind, municipality, title, date, date_raw, facts, initiatives, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return check(stem)


def check(stem) -> tuple[int, int, int]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / f"{stem}.pdf")
    assert doc.page_count == gold["source"]["pages"]
    texts = [nows(p.get_text()) for p in doc]
    errs = []
    per = {}
    for f in gold["facts"]:
        p = f["page"]
        r = nows(f["raw"])
        if not (1 <= p <= len(texts)) or r not in texts[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']} ({f['debt']} {f['metric']} {f['fiscal_year']})")
        per[(p, r)] = per.get((p, r), 0) + 1
    for (p, r), n in per.items():
        if 1 <= p <= len(texts) and texts[p - 1].count(r) < n:
            errs.append(f"page {p}: {n} gold facts with raw {r!r} but printed {texts[p - 1].count(r)}x")
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on page {i['page']}: {i['text'][:40]}")
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if nows(s["text"]) not in texts[s["page"] - 1]:
                errs.append(f"statement not on page {s['page']}: {s['text'][:40]}")
    for f in gold["facts"]:
        if f["unit"] == "yen":
            assert isinstance(f["value"], int), f
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit(f"{stem}: {len(errs)} check errors")
    size = (PDF / f"{stem}.pdf").stat().st_size
    assert size < 1_000_000, size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size // 1024}KB OK")
    return doc.page_count, len(gold["facts"]), len(gold["initiatives"])
