"""Write the gold of the round-2 blind PDF from the figures in suishin2_data (what a reader copies off the page).

Conventions decided as an outside reader of records.md:
- 不納欠損額 / 収入未済額計 / 滞納者数 printed below the 計 block (no segment of their own) → segment "total".
- 債権一覧 (千円): one outstanding/actual/total fact per debt and year; the 合計 row with debt null
  (debt_raw "合計"); the 増減 column is a difference, outside the six metrics: not in gold.
- 目標 table: 現年/滞納繰越 収納率 → collection_rate/target; 収入未済の目標額 → outstanding/total/target.
- 取組: every bullet of both columns of the 取組 table (left column untagged → status null, fiscal_year 2018;
  right column tagged → status, fiscal_year 2019), and the 全庁 items ア〜エ (debt null, status null).
  The blind gold took the heading alone as a 全庁 item's text; phase 2 adopted the parser's documented convention
  (heading with its 【強・非・私】 tag, then the body), the spec being silent (see docs/suishin.md).
Run after suishin2_r2.py: python corpus/blind/build/suishin2_gold.py
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import suishin2_data as D  # noqa: E402
from saiken.extract.records import Document  # noqa: E402
from suishin2_r2 import STEM  # noqa: E402

PDF = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
GOLD = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
SCALE = {"円": 1, "千円": 1000}


def page_of(doc: pymupdf.Document, needle: str, start: int = 0) -> int:
    """1-based number of the first page at or after `start` (0-based) whose text contains `needle`."""
    for i in range(start, len(doc)):
        if needle in re.sub(r"\s+", "", unicodedata.normalize("NFKC", doc[i].get_text())):
            return i + 1
    raise LookupError(needle)


def fact(debt, year, seg, metric, basis, value, unit, raw, page, fy_raw=None):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": year, "fiscal_year_raw": fy_raw or D.heisei(year),
            "segment": seg, "metric": metric, "basis": basis, "as_of": None, "value": value, "unit": unit,
            "approx": False, "raw": raw, "page": page}


def sheet_facts(s: D.Sheet, p_actual: int, p_target: int) -> list[dict]:
    out = []
    k = SCALE[s.unit]
    blocks = [("current", s.current), ("arrears", s.arrears), ("total", s.all)]
    for seg, data in blocks:
        series = [("assessed", data.assessed), ("collected", data.collected)]
        if s.layout == "blocks":
            series += [("written_off", data.written_off), ("outstanding", data.outstanding())]
        elif seg == "total":
            series += [("written_off", data.written_off), ("outstanding", data.outstanding())]
        for metric, values in series:
            for y, v in zip(D.ACTUAL_YEARS, values):
                out.append(fact(s.debt, y, seg, metric, "actual", v * k, "yen", f"{v:,}", p_actual))
        for y, r in zip(D.ACTUAL_YEARS, data.rates()):
            out.append(fact(s.debt, y, seg, "collection_rate", "actual", float(r), "percent", f"{r}%", p_actual))
    for y, v in zip(D.ACTUAL_YEARS, s.delinquents):
        out.append(fact(s.debt, y, "total", "delinquents", "actual", v, s.delinquent_unit, f"{v:,}", p_actual))
    for seg, rates in (("current", s.target_current), ("arrears", s.target_arrears)):
        for y, r in zip(D.TARGET_YEARS, rates):
            out.append(fact(s.debt, y, seg, "collection_rate", "target", float(r), "percent", f"{r}%", p_target))
    for y, v in zip(D.TARGET_YEARS, s.target_outstanding):
        out.append(fact(s.debt, y, "total", "outstanding", "target", v * k, "yen", f"{v:,} {s.unit}", p_target))
    return out


def list_facts(page: int) -> list[dict]:
    out = []
    rows = D.debt_list()
    for name, _, h25, h29 in rows:
        for y, v in ((2013, h25), (2017, h29)):
            out.append(fact(name, y, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page))
    for y, v in ((2013, sum(r[2] for r in rows)), (2017, sum(r[3] for r in rows))):
        f = fact(None, y, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page)
        f["debt_raw"] = "合計"
        out.append(f)
    return out


def initiatives(s: D.Sheet, page: int) -> list[dict]:
    out = []
    for row, (now, plan) in s.measures.items():
        for text in now:
            out.append({"debt": s.debt, "debt_raw": s.debt, "fiscal_year": 2018, "section": row, "label": None,
                        "text": text.lstrip("・"), "status": None, "page": page})
        for status, text in plan:
            out.append({"debt": s.debt, "debt_raw": s.debt, "fiscal_year": 2019, "section": row, "label": None,
                        "text": text.lstrip("・").replace(f"【{status}】", ""), "status": status, "page": page})
    return out


def main() -> None:
    pdf = pymupdf.open(PDF)
    facts = list_facts(page_of(pdf, "特定債権の収入未済額の推移"))
    inits = []
    p_zen = page_of(pdf, "全庁において取り組むべき事項")
    for label, head, cls, body in D.ZENCHO:
        inits.append({"debt": None, "debt_raw": None, "fiscal_year": 2019, "section": "全庁において取り組むべき事項",
                      "label": label, "text": f"{head}【{cls}】{body}", "status": None, "page": p_zen})
    start = 0
    for s in D.SHEETS:
        p_actual = page_of(pdf, f"債権名{s.debt}", start)
        p_target = page_of(pdf, "5.目標", p_actual)
        facts += sheet_facts(s, p_actual, p_target)
        inits += initiatives(s, page_of(pdf, "6.目標実現に向けた取組", p_actual))
        start = p_target
    gold = {
        "schema_version": "1",
        "source": {"file": PDF.name, "sha256": hashlib.sha256(PDF.read_bytes()).hexdigest(), "pages": len(pdf)},
        "document": {"kind": "plan", "municipality": "尼崎市", "title": "尼崎市債権管理推進計画",
                     "date": "2019-02-01", "date_raw": "平成31年2月"},
        "facts": facts, "initiatives": inits, "minutes": None, "tables": [], "warnings": [],
    }
    Document.model_validate(gold)
    GOLD.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{GOLD}: {len(facts)} facts, {len(inits)} initiatives")


if __name__ == "__main__":
    main()
