"""Write the hand-decided gold for the round-3 blind progress sheet from its build data (records.md conventions).

Decisions: 24区合計 rows are city-wide figures (area null); the (A)−(B) columns are point differences and
left out; 主な取組 items (heading + body, status from the tag) and 取組内容 bullets (status null) are 取組 items,
取組状況 bullets are progress reports, not items; 前年度 figures take the previous 年度 and their own basis.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from saiken.extract.records import Document  # noqa: E402
from progress3 import SEGS, STEM  # noqa: E402
from progress3_data import AS_OF, DEBTS, FY, PREV_AS_OF, WARDS, ward_rates  # noqa: E402

CANON = {"生活保護費返還金（保護費収入）": "生活保護費返還金"}
PDF = ROOT / "corpus/blind/pdf" / f"{STEM}.pdf"


def page_texts() -> list[str]:
    with pymupdf.open(PDF) as doc:
        return ["\n".join(line.replace(" ", "") for line in p.get_text().splitlines()) + "\n" for p in doc]


def find_page(texts: list[str], *needles: str, start: int = 0) -> int:
    for i in range(start, len(texts)):
        if all(n in texts[i] for n in needles):
            return i + 1
    raise LookupError(needles)


def fact(d, fy, seg, basis, value, page, as_of=None, area=None) -> dict:
    return {"debt": CANON.get(d["name"], d["name"]), "debt_raw": d["name"], "fiscal_year": fy,
            "fiscal_year_raw": "令和４年度" if fy == FY else "令和３年度", "segment": seg,
            "metric": "collection_rate", "basis": basis, "as_of": as_of, "value": value, "unit": "percent",
            "approx": False, "raw": f"{value:.1f}%", "page": page, "area": area}


def rate_facts(d: dict, page: int) -> list[dict]:
    out = []
    for seg, _l in SEGS:
        r = d["rates"][seg]
        out += [fact(d, FY, seg, "interim", r[0], page, AS_OF), fact(d, FY - 1, seg, "interim", r[1], page, PREV_AS_OF),
                fact(d, FY, seg, "estimate", r[2], page), fact(d, FY - 1, seg, "actual", r[3], page),
                fact(d, FY, seg, "target", r[4], page), fact(d, FY - 1, seg, "target", r[5], page)]
    return out


def ward_facts(d: dict, texts: list[str], start: int) -> list[dict]:
    out = []
    rows = [("24区合計", None, {s: (d["rates"][s][0], d["rates"][s][1]) for s, _ in SEGS})]
    rows += [(w, w, v) for w, v in ward_rates(d).items()]
    for label, area, vals in rows:
        page = find_page(texts, "24区合計" if label == "24区合計" else f"\n{label}\n", start=start - 1)
        for seg, _l in SEGS:
            now, prev = vals[seg]
            out += [fact(d, FY, seg, "interim", now, page, AS_OF, area),
                    fact(d, FY - 1, seg, "interim", prev, page, PREV_AS_OF, area)]
    return out


def initiatives(d: dict, p_main: int, p_content: int) -> list[dict]:
    debt = CANON.get(d["name"], d["name"])
    out = []
    for seg, label in SEGS:
        for k, (tag, head, body) in enumerate(d["main"][seg], 1):
            out.append({"debt": debt, "debt_raw": d["name"], "fiscal_year": FY, "section": f"主な取組（{label}）",
                        "label": f"({k})", "text": f"{head}　{body}", "status": tag, "page": p_main})
    for s in d["content"]:
        out.append({"debt": debt, "debt_raw": d["name"], "fiscal_year": FY, "section": "取組内容",
                    "label": "・", "text": s, "status": None, "page": p_content})
    return out


def build() -> Path:
    texts = page_texts()
    facts, inits = [], []
    for d in DEBTS:
        p_main = find_page(texts, "年度末に向けた取組", d["name"])
        p_content = find_page(texts, "具体取組内容", d["name"])
        facts += rate_facts(d, p_main)
        if d["wards"]:
            facts += ward_facts(d, texts, p_content)
        inits += initiatives(d, p_main, p_content)
    doc = {"schema_version": "1",
           "source": {"file": PDF.name, "sha256": hashlib.sha256(PDF.read_bytes()).hexdigest(), "pages": len(texts)},
           "document": {"kind": "progress_report", "municipality": "大阪市",
                        "title": "令和４年度 年度末に向けた取組について（２月末）", "date": None, "date_raw": None},
           "facts": facts, "initiatives": inits, "minutes": None, "tables": [], "warnings": []}
    Document.model_validate(doc)
    dest = ROOT / "corpus/blind/gold" / f"{STEM}.json"
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return dest


if __name__ == "__main__":
    print(build())
