"""Shared helpers for the f_* dev18 builders: fact records, page location, gold writing and checks.

Facts and initiatives are recorded by the builders from the same data they print.  Each record
carries `anchors`: strings printed before it in reading order (a table title, a row label).  After
the PDF is built, `locate` walks the PDF text with a cursor, finds each anchor in turn and then the
record's raw text (or initiative text); the page where that text is found is the record's page.
"""
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

WS = re.compile(r"\s+")
TAG = re.compile(r"【(継続|新規|拡充)】")


def nows(s: str) -> str:
    return WS.sub("", s or "")


def zen(s) -> str:
    """ASCII digits and punctuation to full width (全角), as many Word documents print them."""
    table = {ord(c): ord(c) + 0xFEE0 for c in "0123456789,.%()"}
    return str(s).translate(table)


def yen_fmt(v: int) -> str:
    return f"{v:,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


class Recorder:
    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def fact(self, anchors, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None, debt_raw=None):
        if isinstance(anchors, str):
            anchors = [anchors]
        self.facts.append({
            "_anchors": list(anchors),
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": None, "area": area,
        })

    def init(self, anchors, *, debt, fy, section, label, text, status):
        if isinstance(anchors, str):
            anchors = [anchors]
        self.inits.append({"_anchors": list(anchors), "debt": debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": None})


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [nows(p.get_text()) for p in doc]


def _locate(items, texts, key, problems, maxgap=600):
    full = ""
    starts = []
    for t in texts:
        starts.append(len(full))
        full += t
    def page_of(pos):
        p = 0
        for i, s in enumerate(starts):
            if pos >= s:
                p = i
        return p + 1
    cur = 0
    for it in items:
        pos = cur
        ok = True
        last = None
        for a in it["_anchors"]:
            if a.startswith("^"):
                a, pos = a[1:], 0
            j = full.find(nows(a), pos)
            if j < 0:
                problems.append(f"anchor not found after cursor: {a!r} for {it.get(key)!r}")
                ok = False
                break
            if last is None:
                last = j
            pos = j + len(nows(a))
        if not ok:
            continue
        target = nows(it[key])
        k = full.find(target, pos)
        if k < 0:
            problems.append(f"{key} not found: {it[key]!r} (anchors {it['_anchors']})")
            continue
        cur = last if last is not None else k + 1
        if it["_anchors"] and k - pos > maxgap:
            problems.append(f"{key} {it[key]!r} far from anchors {it['_anchors']} ({k - pos} chars)")
        p1, p2 = page_of(k), page_of(k + len(target) - 1)
        if p1 != p2:
            problems.append(f"{key} {it[key]!r} crosses pages {p1}-{p2}")
        it["page"] = p1


def finish(stem: str, pdf: Path, rec: Recorder, document: dict, minutes=None, minutes_anchor=None):
    """Locate pages, check every record against its page's text, write gold JSON; returns summary."""
    texts = page_texts(pdf)
    problems: list[str] = []
    _locate(rec.facts, texts, "raw", problems)
    _locate(rec.inits, texts, "text", problems, maxgap=1500)
    if minutes:
        _locate(minutes["statements"], texts, "_find", problems, maxgap=400)
    # check raw / text on page
    for f in rec.facts:
        if f["page"] and nows(f["raw"]) not in texts[f["page"] - 1]:
            problems.append(f"raw not on page: {f['raw']}")
    for i in rec.inits:
        if i["page"] and nows(i["text"]) not in texts[i["page"] - 1]:
            problems.append(f"init text not on page: {i['text'][:30]}")
    facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in rec.facts]
    inits = [{k: v for k, v in i.items() if not k.startswith("_")} for i in rec.inits]
    mins = None
    if minutes:
        mins = dict(minutes)
        mins["statements"] = [{k: v for k, v in s.items() if not k.startswith("_")}
                              for s in minutes["statements"]]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
        "document": document,
        "facts": facts,
        "initiatives": inits,
        "minutes": mins,
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(inits)} "
          f"statements={len(mins['statements']) if mins else 0} size={size/1024:.0f}KB")
    if size > 1_000_000:
        problems.append(f"PDF too large: {size}")
    for p in problems:
        print("  PROBLEM:", p)
    return problems


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_f_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest
