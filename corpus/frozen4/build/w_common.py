"""Shared helpers for the w_ builders of corpus/frozen4 (facts, page location, gold writing, checks).

Facts are recorded in reading order while a builder lays out its document. After rendering, each fact's
page is found by walking the PDF text forward: first its `anchor` (a nearby unique label), then its `raw`.
The gold is then checked: every raw (and every initiative text) must occur on its page.
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

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def era_year(y: int) -> int:
    """令和y年度 -> Western year."""
    return 2018 + y


def zen(s: str) -> str:
    """ASCII digits and , . % to 全角."""
    return s.translate(str.maketrans("0123456789,.%-", "０１２３４５６７８９，．％－"))


def k(n: int) -> str:
    return f"{n:,}"


class Doc:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None,
             anchor=None, debt_raw="same", area=None):
        if debt_raw == "same":
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": None,
                           "area": area, "_anchor": anchor})

    def init(self, debt, fy, section, label, text, status, *, anchor=None):
        self.inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": None,
                           "_anchor": anchor})


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def locate(items: list[dict], texts: list[str], key: str) -> None:
    """Assign pages by walking forward through the concatenated page texts."""
    starts, acc = [], 0
    for t in texts:
        starts.append(acc)
        acc += len(t)
    full = "".join(texts)

    def page_of(pos: int) -> int:
        p = 0
        for i, s in enumerate(starts):
            if s <= pos:
                p = i
        return p + 1

    cur = 0
    for it in items:
        a = it.get("_anchor")
        if a:
            j = full.find(squash(a), cur)
            if j < 0:
                raise SystemExit(f"anchor not found after {cur}: {a!r}")
            cur = j
        needle = squash(it[key])
        if key != "raw":  # initiative texts are unique: find them anywhere
            cur = 0
            if full.count(needle) != 1:
                raise SystemExit(f"text not unique: {it[key]!r}")
        j = full.find(needle, cur)
        if j < 0:
            raise SystemExit(f"{key} not found after {cur}: {it[key]!r} (anchor {a!r})")
        it["page"] = page_of(j)
        cur = j + len(needle) if key == "raw" else j


def soffice_pdf(src: Path, dest: Path, profile: str = "w_frozen4") -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def finish(doc: Doc, pdf: Path) -> dict:
    texts = page_texts(pdf)
    # facts and initiatives are each in reading order; locate them separately
    locate(doc.facts, texts, "raw")
    locate(doc.inits, texts, "text")
    if doc.minutes:
        full = "".join(texts)
        starts = [sum(len(t) for t in texts[:i]) for i in range(len(texts))]
        cur = 0
        for st in doc.minutes["statements"]:
            j = full.find(squash(st["text"])[:12], cur)
            if j < 0:
                raise SystemExit(f"statement not found: {st['speaker']} {st['text'][:30]}")
            st["page"] = max(i for i, s0 in enumerate(starts) if s0 <= j) + 1
            cur = j
    facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in doc.facts]
    inits = [{k: v for k, v in i.items() if not k.startswith("_")} for i in doc.inits]
    data = pdf.read_bytes()
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": len(texts)},
            "document": doc.document, "facts": facts, "initiatives": inits, "minutes": doc.minutes,
            "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{doc.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    problems = check(GOLD_DIR / f"{doc.stem}.json")
    print(f"{doc.stem}: {len(texts)} pages, {len(facts)} facts, {len(inits)} initiatives, "
          f"{pdf.stat().st_size // 1024} KB, problems={len(problems)}")
    for p in problems:
        print("   ", p)
    return gold


def check(gold_path: Path) -> list[str]:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pdf = PDF_DIR / g["source"]["file"]
    texts = page_texts(pdf)
    out = []
    if hashlib.sha256(pdf.read_bytes()).hexdigest() != g["source"]["sha256"]:
        out.append("sha256 mismatch")
    if g["source"]["pages"] != len(texts):
        out.append("page count mismatch")
    if pdf.stat().st_size >= 1_000_000:
        out.append("pdf too large")
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            out.append(f"fact raw not on page {f['page']}: {f['raw']}")
        if f["basis"] == "interim" and not f["as_of"]:
            out.append(f"interim without as_of: {f['raw']}")
        if f["metric"] == "collection_rate" and f["unit"] != "percent":
            out.append(f"rate unit: {f['raw']}")
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            out.append(f"initiative text not on page {i['page']}: {i['text'][:30]}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            span = re.sub(r"-\d+-", "", "".join(texts[s["page"] - 1:s["page"] + 1]))
            if not texts[s["page"] - 1] or squash(s["text"])[:12] not in texts[s["page"] - 1] or \
                    squash(s["text"]) not in span:
                out.append(f"statement not on page {s['page']}: {s['speaker']} {s['text'][:20]}")
    return out
