"""Shared helpers for the dev10 e_ builders: number formatting, gold records, page assignment and checks.

Gold is generated from the same data the builders print; `Gold.finish` assigns each fact/initiative to the page
where its printed text occurs (in reading order, with optional hint strings that must be on the same page),
then checks that every raw/text occurs on its page (PyMuPDF text, whitespace removed) and writes the JSON.
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

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

FW = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def fw(s: str) -> str:
    """Full-width digits and punctuation, as typed in Word by many offices."""
    return str(s).translate(FW)


def comma(n: int) -> str:
    s = f"{abs(int(n)):,}"
    return ("△" + s) if n < 0 else s


def rate(num: int, den: int, nd: int = 1) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def rstr(d: Decimal) -> str:
    return str(d)


def oku_man(yen: int) -> str:
    """約12億4,800万円 style (to 万円, rounded)."""
    man = int((Decimal(yen) / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def oku_man_value(yen: int) -> int:
    man = int((Decimal(yen) / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return man * 10000


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e10_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None, approx=False,
             debt_raw=None, area=None, hint=None, page=None):
        if isinstance(value, Decimal):
            value = float(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_hint": hint or []})

    def init(self, debt, fy, section, label, text, status, *, hint=None, page=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page, "_hint": hint or []})

    # ------------------------------------------------------------------
    def _assign(self, items, key, texts):
        cur = 0
        for it in items:
            want = norm(it[key])
            hints = [norm(h) for h in it["_hint"]]
            if it["page"] is not None:
                cur = it["page"] - 1
                continue
            found = None
            for p in range(cur, len(texts)):
                if want in texts[p] and all(h in texts[p] for h in hints):
                    found = p
                    break
            if found is None:
                raise SystemExit(f"{self.stem}: not found from page {cur+1}: {it[key]!r} hints={it['_hint']}")
            it["page"] = found + 1
            cur = found

    def finish(self, pdf: Path):
        doc = fitz.open(pdf)
        texts = [norm(p.get_text()) for p in doc]
        self._assign(self.facts, "raw", texts)
        self._assign(self.inits, "text", texts)
        if self.minutes:
            for s in self.minutes["statements"]:
                s.setdefault("_hint", [])
                s["_head"] = s["text"][:30]
                s.setdefault("page", None)
            self._assign(self.minutes["statements"], "_head", texts)
            for s in self.minutes["statements"]:
                s.pop("_hint"); s.pop("_head")
        bad = 0
        for f in self.facts:
            if norm(f["raw"]) not in texts[f["page"] - 1]:
                print("BAD fact", f); bad += 1
        for i in self.inits:
            if norm(i["text"]) not in texts[i["page"] - 1]:
                print("BAD init", i); bad += 1
        if self.minutes:
            for s in self.minutes["statements"]:
                t = norm(s["text"])
                if t not in texts[s["page"] - 1] and t not in texts[s["page"] - 1] + (texts[s["page"]] if s["page"] < len(texts) else ""):
                    print("BAD statement", s); bad += 1
        if bad:
            raise SystemExit(f"{self.stem}: {bad} check failures")
        for f in self.facts:
            f.pop("_hint")
        for i in self.inits:
            i.pop("_hint")
        data = pdf.read_bytes()
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": len(doc)},
                "document": self.document, "facts": self.facts, "initiatives": self.inits,
                "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        size = len(data)
        print(f"{self.stem}: pages={len(doc)} facts={len(self.facts)} initiatives={len(self.inits)} "
              f"statements={len(self.minutes['statements']) if self.minutes else 0} size={size//1024}KB")
        assert size < 1_000_000
        return gold
