"""Shared helpers for the w_ builders of corpus/dev11: number formatting, gold writing,
page resolution by print order, and the raw-text checks."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PDF_DIR = HERE.parent / "pdf"
GOLD_DIR = HERE.parent / "gold"
OUT.mkdir(exist_ok=True)

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def oku_man(yen: int) -> str:
    """1,735,000,000 -> '17億3,500万円' (value must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "")
    return s + "円"


def soffice(src: Path, outdir: Path = OUT) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")


class Gold:
    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.stmts: list[dict] = []
        self._order: list[tuple[str, dict]] = []

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None,
             approx=False, debt_raw=None, area=None):
        f = dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt, fiscal_year=fy,
                 fiscal_year_raw=fy_raw, segment=seg, metric=metric, basis=basis, as_of=as_of,
                 value=value, unit=unit, approx=approx, raw=raw, page=None, area=area)
        self.facts.append(f)
        self._order.append(("f", f))
        return f

    def init(self, debt, fy, section, label, text, status):
        i = dict(debt=debt, debt_raw=debt, fiscal_year=fy, section=section, label=label, text=text,
                 status=status, page=None)
        self.inits.append(i)
        self._order.append(("i", i))
        return i

    def stmt(self, speaker, section, text):
        s = dict(speaker=speaker, section=section, text=text, page=None)
        self.stmts.append(s)
        self._order.append(("s", s))
        return s

    def anchor(self, text):
        """A string printed at this point of the document: moves the cursor (not written to gold)."""
        self._order.append(("a", {"raw": text}))

    def resolve(self, pdf: Path):
        doc = pymupdf.open(pdf)
        texts = [ws(p.get_text()) for p in doc]
        pg, pos = 0, 0
        problems = []
        for kind, obj in self._order:
            key = ws(obj["raw"] if kind in "fa" else obj["text"])
            if kind == "s":
                key = key[:25]
            found = None
            i = texts[pg].find(key, pos)
            if i >= 0:
                found = (pg, i)
            else:
                for q in range(pg + 1, len(texts)):
                    j = texts[q].find(key)
                    if j >= 0:
                        found = (q, j)
                        break
            if found is None:
                j = texts[pg].find(key)
                if j >= 0:
                    obj["page"] = pg + 1 if kind != "a" else None
                    continue
                problems.append(f"{kind} not found after p{pg+1}: {key[:40]}")
                continue
            pg, pos = found[0], found[1] + len(key)
            if kind != "a":
                obj["page"] = pg + 1
        return problems

    def write(self, stem: str, pdf: Path, document: dict, minutes=None):
        problems = self.resolve(pdf)
        doc = pymupdf.open(pdf)
        texts = [ws(p.get_text()) for p in doc]
        for f in self.facts:
            if f["page"] is None or ws(f["raw"]) not in texts[f["page"] - 1]:
                problems.append(f"fact raw not on page {f['page']}: {f['raw']}")
        for i in self.inits:
            if i["page"] is None or ws(i["text"]) not in texts[i["page"] - 1]:
                problems.append(f"initiative text not on page {i['page']}: {i['text'][:30]}")
        for s in self.stmts:
            if s["page"] is None:
                problems.append(f"statement not found: {s['text'][:30]}")
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        if minutes is not None:
            minutes = dict(minutes)
            minutes["statements"] = self.stmts
        gold = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": len(doc)},
            "document": document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": minutes,
            "tables": [],
            "warnings": [],
        }
        (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        print(f"{stem}: pages={len(doc)} facts={len(self.facts)} initiatives={len(self.inits)} "
              f"statements={len(self.stmts)} size={pdf.stat().st_size//1024}KB problems={len(problems)}")
        for p in problems:
            print("  PROBLEM", p)
        return problems
