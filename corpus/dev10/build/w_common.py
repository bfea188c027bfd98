"""Shared helpers for the w_ builders of corpus/dev10 (gold writing, page resolution, checks)."""
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

ZEN = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567' (negative as △)."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Gold:
    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, sec=None, row=None,
             as_of=None, approx=False, area=None, debt_raw=None, page=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt,
                               fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg, metric=metric,
                               basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page, area=area, _sec=sec, _row=row))

    def init(self, debt, fy, section, label, text, status, *, sec=None, page=None):
        self.inits.append(dict(debt=debt, debt_raw=debt, fiscal_year=fy, section=section, label=label,
                               text=text, status=status, page=page, _sec=sec))

    # -- page resolution ---------------------------------------------------------------
    def resolve(self, pdf: Path):
        doc = pymupdf.open(pdf)
        texts = [ws(p.get_text()) for p in doc]
        n = len(texts)

        def start_of(sec):
            if not sec:
                return 0
            for i, t in enumerate(texts):
                if ws(sec) in t:
                    return i
            raise SystemExit(f"section marker not found: {sec}")

        for f in self.facts:
            if f["page"]:
                continue
            s = start_of(f["_sec"])
            for p in range(s, n):
                if ws(f["raw"]) in texts[p] and (not f["_row"] or ws(f["_row"]) in texts[p]):
                    f["page"] = p + 1
                    break
            else:
                raise SystemExit(f"fact not found: {f}")
        for it in self.inits:
            if it["page"]:
                continue
            s = start_of(it["_sec"])
            for p in range(s, n):
                if ws(it["text"]) in texts[p]:
                    it["page"] = p + 1
                    break
            else:
                raise SystemExit(f"initiative not found: {it['text'][:40]}")
        return n

    def write(self, stem: str, document: dict, minutes=None):
        pdf = PDF_DIR / f"{stem}.pdf"
        n = self.resolve(pdf)
        if minutes:
            doc = pymupdf.open(pdf)
            texts = [ws(p.get_text()) for p in doc]
            for s in minutes["statements"]:
                allt = "".join(texts)
                pos = allt.index(ws(s["speaker"]) + ws(s["text"])[:20])
                acc = 0
                for i, t in enumerate(texts):
                    acc += len(t)
                    if pos < acc:
                        s["page"] = i + 1
                        break
        facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.facts]
        inits = [{k: v for k, v in i.items() if not k.startswith("_")} for i in self.inits]
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
                "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
                "tables": [], "warnings": []}
        (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        check(stem)


def check(stem: str):
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF_DIR / gold["source"]["file"])
    texts = [ws(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if ws(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("MISSING fact", f)
    for i in gold["initiatives"]:
        if ws(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("MISSING init", i["text"][:50])
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if ws(s["speaker"]) not in ws("".join(texts)):
                bad += 1
                print("MISSING speaker", s["speaker"])
    size = (PDF_DIR / gold["source"]["file"]).stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size // 1024}KB problems={bad}")
    assert size < 1_000_000, "PDF too large"
    assert bad == 0


def soffice(src: Path, stem: str) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True, timeout=300)
    pdf = OUT / (src.stem + ".pdf")
    dst = PDF_DIR / f"{stem}.pdf"
    dst.write_bytes(pdf.read_bytes())
    return dst
