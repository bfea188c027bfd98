"""Shared helpers of helper pv's build scripts (gold records, number formats, checks).

Run the build scripts from corpus/dev64: python3 build/pv_<stem>.py
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev64
WORK = Path("/tmp/pv_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    """half-width digits -> full-width (全角)"""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'"""
    return f"{n:,}"


def tri(n: float, nd: int = 0, mark: str = "△") -> str:
    """signed number with △/▲ for minus"""
    s = f"{abs(n):,.{nd}f}"
    return (mark + s) if n < 0 else s


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num * 100.0 / den + 1e-12, nd) if den else 0.0


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """約-style prose amount: 284,512,345 -> '2億8,451万円' (truncated to 万)"""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        if unit == "yen" or unit in ("persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
             "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        self.facts.append(f)
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{gp.name}: {n} pages, {len(self.facts)} facts, {len(self.initiatives)} initiatives")
        return gp


def squash(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


def check(stem: str) -> int:
    """every fact raw and initiative text must occur on its page (whitespace removed)"""
    import fitz
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    bad = 0
    with fitz.open(ROOT / "pdf" / f"{stem}.pdf") as d:
        texts = [squash(p.get_text()) for p in d]
        ntexts = [unicodedata.normalize("NFKC", t) for t in texts]
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("FACT MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", i["page"], i["text"][:40])
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            t = squash(s["text"])[:30]
            if not any(t in x for x in texts):
                bad += 1
                print("STATEMENT MISSING", t)
    print(stem, "check:", "OK" if not bad else f"{bad} problems")
    return bad
