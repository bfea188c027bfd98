"""Shared helpers for the y_ builders of frozen13: facts, gold writing, page location and checks.

The gold is produced from the same data the builders print; pages of facts whose page is not fixed by the
builder are located afterwards in the rendered PDF (the raw text must occur on exactly one page, optionally
together with a `near` string).
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

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_y_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


# ---------------------------------------------------------------- number formatting
def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def zen(s: str) -> str:
    """Half-width digits and punctuation to full-width (as in Word documents typed in 全角)."""
    table = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
    return s.translate(table)


def man_yen(v: int) -> str:
    """1842000000 -> 18億4,200万円 (value must be a multiple of 10,000)."""
    oku, man = divmod(v // 10000, 10000)
    if oku and man:
        return f"{oku}億{man:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{man:,}万円"


def rate(num: int, den: int, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- facts
class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, approx=False,
             as_of=None, debt_raw="same", near=None, area=None, seq=None):
        if debt_raw == "same":
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "_near": near, "_seq": seq})

    def init(self, debt, fy, section, label, text, status, page=None, near=None, seq=None):
        self.initiatives.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page, "_near": near, "_seq": seq})

    # -------------------------------------------------------------- finish
    def finish(self, pdf: Path) -> dict:
        doc = fitz.open(pdf)
        pages = [ws(p.get_text()) for p in doc]
        problems = []

        full = "".join(pages)
        starts = []
        acc = 0
        for t in pages:
            starts.append(acc)
            acc += len(t)

        def page_at(pos):
            n = 0
            for i, st in enumerate(starts):
                if pos >= st:
                    n = i + 1
            return n

        def locate(item, key):
            raw = ws(item[key])
            near = ws(item.get("_near") or "")
            if item.get("page"):
                return
            if item.get("_seq"):
                pos = 0
                for a in item["_seq"]:
                    k = full.find(ws(a), pos)
                    if k < 0:
                        problems.append(f"anchor {a!r} not found for {item[key]!r}")
                        return
                    pos = k + len(ws(a))
                k = full.find(raw, pos)
                if k < 0:
                    problems.append(f"raw {item[key]!r} not found after {item['_seq']}")
                    return
                item["page"] = page_at(k)
                return
            cands = [i + 1 for i, t in enumerate(pages) if raw in t and (not near or near in t)]
            if len(cands) == 1:
                item["page"] = cands[0]
            else:
                problems.append(f"locate {key}={item[key]!r} near={item.get('_near')!r}: pages {cands}")

        for f in self.facts:
            locate(f, "raw")
        for it in self.initiatives:
            locate(it, "text")
        for f in self.facts:
            f.pop("_near", None)
            f.pop("_seq", None)
        for it in self.initiatives:
            it.pop("_near", None)
            it.pop("_seq", None)
        # checks
        for f in self.facts:
            p = f["page"]
            if not p or ws(f["raw"]) not in pages[p - 1]:
                problems.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt']} {f['metric']})")
        for it in self.initiatives:
            p = it["page"]
            if not p or ws(it["text"]) not in pages[p - 1]:
                problems.append(f"initiative text not on page {p}: {it['text'][:30]!r}")
        if self.minutes:
            for st in self.minutes["statements"]:
                p = st.get("page")
                if p and ws(st["text"]) not in pages[p - 1] and ws(st["text"])[:40] not in pages[p - 1]:
                    problems.append(f"statement start not on page {p}: {st['text'][:30]!r}")
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": sha, "pages": len(doc)},
                "document": self.document,
                "facts": self.facts, "initiatives": self.initiatives, "minutes": self.minutes,
                "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        size = pdf.stat().st_size
        print(f"{self.stem}: pages={len(doc)} facts={len(self.facts)} initiatives={len(self.initiatives)} "
              f"size={size // 1024}KB problems={len(problems)}")
        for p in problems:
            print("  !", p)
        if size > 1_000_000:
            print("  ! PDF too large")
        return gold
