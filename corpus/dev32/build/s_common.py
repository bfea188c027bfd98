"""Shared helpers for the s_ builders of dev32: number formatting, fact records, gold writing and checking."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PDF_DIR = HERE.parent / "pdf"
GOLD_DIR = HERE.parent / "gold"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    return s.translate(ZEN)


def rnd(x: float, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return float((Decimal(collected) * 100 / Decimal(assessed)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    return f"{n:,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """12億3,456万円 style (yen must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, debt_raw=None,
            as_of=None, approx=False, area=None):
        self.items.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area})


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_s_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    import fitz
    doc = fitz.open(pdf)
    return [p.get_text() for p in doc]


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    texts = page_texts(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": len(texts)},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, list[str]]:
    """Every fact raw / initiative text / statement text occurs on its page (whitespace removed)."""
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / f"{stem}.pdf"
    texts = [squash(t) for t in page_texts(pdf)]
    errs = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact p{p} raw {f['raw']!r} ({f['debt_raw']} {f['metric']} {f['fiscal_year']})")
    for i in gold["initiatives"]:
        p = i["page"]
        if squash(i["text"]) not in texts[p - 1]:
            errs.append(f"init p{p} {i['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        allt = "".join(texts)
        for s in m["statements"]:
            for part in s["text"].split("\n"):
                if squash(part) not in allt:
                    errs.append(f"stmt {s['speaker']} {part[:30]!r}")
    if pdf.stat().st_size > 1_000_000:
        errs.append(f"pdf too large {pdf.stat().st_size}")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), errs


def resolve_pages(facts: list, texts: list[str], anchors: dict | None = None) -> list[str]:
    """Give each fact (with '_ctx' and optional '_after' anchor text) its page; drop the helper keys."""
    sq = [squash(t) for t in texts]
    errs = []
    for f in facts:
        ctx = squash(f.pop("_ctx", f["raw"]))
        after = f.pop("_after", None)
        start = 1
        if after:
            a = squash(after)
            hits = [i + 1 for i, t in enumerate(sq) if a in t]
            if not hits:
                errs.append(f"anchor not found {after!r}")
            else:
                start = hits[0]
        cand = [i + 1 for i, t in enumerate(sq) if ctx in t and i + 1 >= start]
        if not cand:
            cand = [i + 1 for i, t in enumerate(sq) if squash(f["raw"]) in t and i + 1 >= start]
        if not cand:
            errs.append(f"not found {f['raw']!r} ctx {ctx!r}")
            f["page"] = None
        else:
            f["page"] = cand[0]
    return errs
