"""Helpers for the dev12 e_* builders written from brief dev12a (e_ebetsu, e_nanaura, e_kasumigawa,
e_sakuragaoka, e_tsurumine): number formatting, facts, page resolution, gold writing and checking.

Each builder keeps its figures in Python data, prints the PDF from them and passes the same data to
`write_gold`; the gold never comes from an extraction tool.

Pages: a builder gives each fact/initiative `page` = an anchor string (a heading printed where its
section starts) and lists items in print order. `resolve` finds the page where each anchor's section
starts and walks forward through the section, consuming printed occurrences of the item's text, so a
table that runs over a page break gets the right page for each cell.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%()", "０１２３４５６７８９，．％（）")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def c(n: int) -> str:
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def cs(n: int) -> str:
    """with a space after △ as some offices print it"""
    return ("△ " if n < 0 else "") + f"{abs(n):,}"


def zen(s: str) -> str:
    return s.translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> float:
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fr(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def oku_man(yen: int, zenkaku=False) -> str:
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"
    return zen(s) if zenkaku else s


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [nows(p.get_text()) for p in d]


def resolve(items: list[dict], texts: list[str], key: str) -> None:
    n = len(texts)
    anchors = []
    for it in items:
        if isinstance(it["page"], str) and it["page"] not in anchors:
            anchors.append(it["page"])
    start = {}
    lo = 0
    for a in anchors:
        na = nows(a)
        hit = next((i for i in range(lo, n) if na in texts[i]), None)
        if hit is None:
            hit = next((i for i in range(n) if na in texts[i]), None)
        if hit is None:
            raise SystemExit(f"anchor not found: {a!r}")
        start[a] = hit
        lo = hit
    used: dict[tuple[int, str], int] = {}
    cursor: dict[str, int] = {}
    for it in items:
        a = it["page"]
        if isinstance(a, int):
            continue
        s = nows(it[key])
        p = cursor.get(a, start[a])
        while p < n:
            have = texts[p].count(s)
            if have > used.get((p, s), 0):
                break
            p += 1
        if p >= n:
            raise SystemExit(f"{key} {it[key]!r} (anchor {a!r}) not found from page {start[a] + 1}")
        used[(p, s)] = used.get((p, s), 0) + 1
        cursor[a] = p
        it["page"] = p + 1


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {f['page']}")
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative {i['text'][:30]!r} not on page {i['page']}")
    for s in (gold.get("minutes") or {}).get("statements", []):
        if nows(s["text"])[:40] not in texts[s["page"] - 1]:
            errs.append(f"statement {s['text'][:30]!r} not on page {s['page']}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    resolve(facts, texts, "raw")
    resolve(initiatives, texts, "text")
    if minutes:
        for s in minutes["statements"]:
            s["_k"] = s["text"][:40]
        resolve(minutes["statements"], texts, "_k")
        for s in minutes["statements"]:
            del s["_k"]
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    errs = check(pdf, gold)
    if errs:
        raise SystemExit(f"{stem}: gold check failed:\n  " + "\n  ".join(errs[:40]))
    size = pdf.stat().st_size
    if size > 1_000_000:
        raise SystemExit(f"{stem}: PDF too large ({size} bytes)")
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} size={size}")
    return gold


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice missing")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e12a_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        if not out.exists():
            raise SystemExit(f"{src}: no PDF from LibreOffice")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
