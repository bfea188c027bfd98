"""Shared helpers for helper t's dev41 builders (gold writing, number formatting, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev41
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/t_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s) -> str:
    """Half-width digits to full-width (as many office documents print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    neg = n < 0
    s = f"{abs(int(n)):,}"
    return ("△" + s) if neg else s


def tri(n, mark="△") -> str:
    """Signed number with △/▲ for minus (commas)."""
    if isinstance(n, float):
        s = f"{abs(n):.2f}"
    else:
        s = f"{abs(int(n)):,}"
    return (mark + s) if n < 0 else s


def rate(collected, assessed, nd=2) -> float:
    return round(collected * 100.0 / assessed + 1e-12, nd)


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.tables: list[dict] = []
        self.warnings: list[dict] = []

    def fact(self, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})

    def init(self, debt, fy, section, label, text, status, page, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                                 "fiscal_year": fy, "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": self.tables, "warnings": self.warnings}
        p = GOLD_DIR / (self.stem + ".json")
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import fitz
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def find_page(texts: list[str], snippet: str) -> int | None:
    s = squash(snippet)
    for i, t in enumerate(texts):
        if s in t:
            return i + 1
    return None


def check(pdf: Path, gold: Gold) -> list[str]:
    texts = page_texts(pdf)
    bad = []
    for f in gold.facts:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            bad.append(f"fact p{p} raw {f['raw']!r} ({f['debt']} {f['metric']} {f['fiscal_year']})")
    for i in gold.initiatives:
        p = i["page"]
        if not (1 <= p <= len(texts)) or squash(i["text"]) not in texts[p - 1]:
            bad.append(f"init p{p} {i['text'][:40]!r}")
    if gold.minutes:
        for s in gold.minutes["statements"]:
            p = s.get("page")
            if not p or squash(s["text"]) not in texts[p - 1]:
                bad.append(f"stmt p{p} {s['speaker']} {s['text'][:40]!r}")
    # every rate fact with assessed+collected on the same page/key must agree
    return bad


def consistency(gold: Gold) -> list[str]:
    """collection_rate == collected/assessed for facts sharing page/debt/year/segment/basis/as_of."""
    from collections import defaultdict
    g = defaultdict(dict)
    for f in gold.facts:
        k = (f["page"], f["debt"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"])
        g[k].setdefault(f["metric"], []).append(f["value"])
    bad = []
    for k, m in g.items():
        if "assessed" in m and "collected" in m and "collection_rate" in m and len(m["assessed"]) == 1:
            a, c = m["assessed"][0], m["collected"][0]
            for r in m["collection_rate"]:
                nd = len(str(r).split(".")[1]) if "." in str(r) else 0
                if a and abs(c * 100 / a - r) > 0.5 * 10 ** (-min(nd, 2)) + 0.051 * (nd == 1):
                    bad.append(f"rate {k} {r} vs {c * 100 / a:.3f}")
    return bad


def report(pdf: Path, gold: Gold):
    bad = check(pdf, gold) + consistency(gold)
    print(f"{pdf.name}: {len(gold.facts)} facts, {len(gold.initiatives)} initiatives, "
          f"{len(page_texts(pdf))} pages; problems: {len(bad)}")
    for b in bad[:60]:
        print("  ", b)
    return bad
