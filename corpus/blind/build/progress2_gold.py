"""Gold records for the round-2 blind progress sheet, written from the build data following records.md.

Decisions (where records.md is silent):
- 10月末徴収率 → basis interim, as_of YYYY-10-31; 決算見込徴収率 → estimate; 目標徴収率 → target.
  The 前年度 values: 前年度10月末 → interim of 2018, 前年度決算 / the 決算（見込） row in the 前年度 column → actual,
  前年度目標 → target, all fiscal_year 2018.
- Ward tables: one fact per ward, segment and year (area = ward); the 24区合計 row is city-wide (area null).
  対前年同月比 / 増減 columns are differences in points, not in gold.
- Initiatives: the ●主な取り組み items (section 令和元年度後半の取組) and the 取組内容 items; the 取組状況 prose is a
  progress report on them, not further 取組 items. Status only where a 【継続】【新規】【拡充】 tag is printed.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from saiken.extract.records import Document  # noqa: E402
from progress2 import FW, STEM  # noqa: E402
from progress2_data import DEBTS, WARD_TABLES  # noqa: E402

FY, PREV = 2019, 2018
FY_RAW, PREV_RAW = "令和元年度", "平成30年度"
TAG = re.compile(r"^【(継続|新規|拡充)】")
PREV_BASIS = {"interim": "interim", "estimate": "actual", "target": "target"}


def canonical(name: str) -> str:
    """The dictionary name of a debt: the printed name without its parenthesised note."""
    return name.split("（")[0]


def fact(d: dict, fy: int, seg: str, basis: str, value: float, raw: str, page: int, area: str | None = None,
         debt_raw: str | None = None) -> dict:
    """One collection-rate fact."""
    return {"debt": canonical(d["name"]), "debt_raw": debt_raw or d["name"], "fiscal_year": fy,
            "fiscal_year_raw": FY_RAW if fy == FY else PREV_RAW, "segment": seg, "metric": "collection_rate",
            "basis": basis, "as_of": f"{fy}-10-31" if basis == "interim" else None, "value": value,
            "unit": "percent", "approx": False, "raw": raw, "page": page, "area": area}


def initiative(d: dict, section: str, label: str, text: str, page: int) -> dict:
    """One 取組 item, the tag moved to status."""
    m = TAG.match(text)
    return {"debt": canonical(d["name"]), "debt_raw": d["name"], "fiscal_year": FY, "section": section,
            "label": label if label != "・" else None, "text": TAG.sub("", text),
            "status": m.group(1) if m else None, "page": page}


def gold(pdf: Path) -> dict:
    """The whole gold document."""
    facts: list[dict] = []
    inits: list[dict] = []
    page = 1
    for d in DEBTS:
        fw = d["style"] == "text_fullwidth"
        for seg, rates in d["rates"].items():
            for basis, (cur, prev) in rates.items():
                for fy, b, v in ((FY, basis, cur), (PREV, PREV_BASIS[basis], prev)):
                    raw = f"{v}%"
                    facts.append(fact(d, fy, seg, b, v, raw.translate(FW).replace("%", "％") if fw else raw, page))
            for label, text in d["half"][seg]:
                inits.append(initiative(d, "令和元年度後半の取組", label, text, page))
        for label, text in d["plan"]:
            inits.append(initiative(d, "取組内容", label, text, page + 1))
        page += 2
        if d["name"] in WARD_TABLES:
            for ward, segrates in WARD_TABLES[d["name"]].items():
                area = None if ward == "24区合計" else ward
                for seg, (a, b) in segrates.items():
                    facts.append(fact(d, FY, seg, "interim", a, f"{a:.1f}%", page, area, canonical(d["name"])))
                    facts.append(fact(d, PREV, seg, "interim", b, f"{b:.1f}%", page, area, canonical(d["name"])))
            page += 1
    doc = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": page - 1},
        "document": {"kind": "progress_report", "municipality": "大阪市",
                     "title": "令和元年度後半の取組強化の徹底について", "date": None, "date_raw": None},
        "facts": facts, "initiatives": inits, "minutes": None, "tables": [], "warnings": [],
    }
    Document.model_validate(doc)
    return doc


if __name__ == "__main__":
    pdf = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
    out = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
    out.write_text(json.dumps(gold(pdf), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out)
