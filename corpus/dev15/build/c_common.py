"""Helpers shared by the c_* builders of dev15: fact recording, page resolution, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def kanji_year_fy(era_year: int) -> int:
    """令和N年度 -> western fiscal year."""
    return 2018 + era_year


class Gold:
    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def fact(self, raw, *, debt, fy, fy_raw, segment, metric, basis, value, unit, approx=False,
             as_of=None, debt_raw=None, area=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area})
        return raw

    def init(self, text, *, debt, fy, section, label, status):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": None})
        return text


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def resolve(items: list[dict], key: str, texts: list[str]):
    """Assign pages in document order: search forward from a cursor (page, offset)."""
    pg, off = 0, 0
    for it in items:
        needle = squash(it[key])
        p, o = pg, off
        while p < len(texts):
            i = texts[p].find(needle, o)
            if i >= 0:
                it["page"] = p + 1
                pg, off = p, i + len(needle)
                break
            p, o = p + 1, 0
        else:
            raise SystemExit(f"not found after page {pg+1}: {it[key]!r} ({it})")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem: str, g: Gold, document: dict, minutes=None, init_key="text"):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    texts = page_texts(pdf)
    resolve(g.facts, "raw", texts)
    resolve(g.inits, init_key, texts)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
            "document": document, "facts": g.facts, "initiatives": g.inits,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    check(stem)
    return gold


def check(stem: str):
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    texts = page_texts(pdf)
    assert gold["source"]["pages"] == len(texts)
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"]
    bad = 0
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", f); bad += 1
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            print("INIT MISSING", i); bad += 1
    if gold["minutes"]:
        with pymupdf.open(pdf) as d:
            pl = [p.get_text().splitlines() for p in d]
        common = set.intersection(*[set(x) for x in pl]) if len(pl) > 1 else set()
        pn = re.compile(r"^\s*[-－]?\s*\d+\s*[-－]?\s*(/\s*\d+)?\s*$")
        alltext = "".join(squash("".join(l for l in x if l not in common and not pn.match(l))) for x in pl)
        for s in gold["minutes"]["statements"]:
            for sent in squash(s["text"]).split("。"):
                if sent and sent not in alltext:
                    print("STATEMENT MISSING", s["speaker"], sent[:40]); bad += 1
    size = pdf.stat().st_size
    assert size < 1_000_000, size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={bad}")
    if bad:
        raise SystemExit(1)
