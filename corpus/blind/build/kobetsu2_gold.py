"""Write the gold of the round-2 blind committee material from its build data, following records.md.

    python corpus/blind/build/kobetsu2_gold.py   # after kobetsu2.py; writes corpus/blind/gold/<stem>.json

Conventions decided as an outside reader (the spec is silent on them):
- facts: every 収納率 of the 収納率の推移と数値目標 table (決算 → actual, 決算見込 → estimate, 数値目標 and
  数値目標(案) → target; "－" is no fact) and every figure of the 令和6年度決算 table (千円 → yen; 不納欠損額 0 is a
  printed number, so a fact), both with the year of their column. The 令和6年度 収納率 is printed in both tables:
  two facts (one per printed number). 政令市順位, the 債権放棄 件数・放棄額 are not among the six metrics: no facts.
- initiatives: each tagged item of 数値目標の達成に向けた取組; untagged headings ((1)現年度滞納整理の強化) and the
  one-sentence 取組方針 are not items. fiscal_year 2026 (the 令和8年度 policy); label like (1)①.
- document: title folded (half-width digits) with its printed space; date_raw as printed (full-width).
- debt: the dictionary name (国民健康保険料(税) → 国民健康保険料, 保育所保育料 → 保育料), debt_raw as printed.
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
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from saiken.extract.records import Document  # noqa: E402
from kobetsu2 import PDF, STEM, fmt_rate, zen  # noqa: E402
from kobetsu2_data import DATE_ISO, DATE_RAW, DEBTS, RATE_COLUMNS, SEGMENTS, TITLE, Debt  # noqa: E402

GOLD = HERE.parents[0] / "gold" / f"{STEM}.json"
CANONICAL = {"国民健康保険料(税)": "国民健康保険料", "保育所保育料": "保育料"}
METRICS = (("assessed", "assessed"), ("collected", "collected"), ("written_off", "written_off"),
           ("outstanding", "outstanding"))
HALF = str.maketrans("（）０１２３４５６７８９", "()0123456789")
WAREKI = {2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_texts() -> list[str]:
    with pymupdf.open(PDF) as pdf:
        return [squash(p.get_text()) for p in pdf]


def find_page(pages: list[str], needle: str) -> int:
    """1-based page of the first page holding `needle` (whitespace-free, NFKC)."""
    n = squash(needle)
    for i, text in enumerate(pages, 1):
        if n in text:
            return i
    raise LookupError(needle)


def names(debt: Debt) -> dict:
    return {"debt": CANONICAL.get(debt.name, debt.name), "debt_raw": debt.name}


def fact(debt: Debt, year: int, seg: str, metric: str, basis: str, value, unit: str, raw: str, page: int) -> dict:
    return {**names(debt), "fiscal_year": year, "fiscal_year_raw": WAREKI[year], "segment": seg, "metric": metric,
            "basis": basis, "as_of": None, "value": value, "unit": unit, "approx": False, "raw": raw,
            "page": page, "area": None}


def debt_facts(debt: Debt, page: int) -> list[dict]:
    out = []
    for _, seg in SEGMENTS:
        for (year, basis, _, _), v in zip(RATE_COLUMNS, debt.rate_row(seg)):
            if v is not None:
                out.append(fact(debt, year, seg, "collection_rate", basis, v, "percent", fmt_rate(v), page))
    for _, seg in SEGMENTS:
        led = debt.ledger(seg)
        for attr, metric in METRICS:
            v = getattr(led, attr)
            out.append(fact(debt, 2024, seg, metric, "actual", v * 1000, "yen", f"{v:,}", page))
        out.append(fact(debt, 2024, seg, "collection_rate", "actual", led.rate, "percent", fmt_rate(led.rate), page))
    return out


def debt_items(debt: Debt, pages: list[str]) -> list[dict]:
    out = []
    for h in debt.headings:
        for it in h.items:
            label = (h.label + it.label).translate(HALF)
            out.append({**names(debt), "fiscal_year": 2026, "section": "数値目標の達成に向けた取組",
                        "label": label, "text": it.text, "status": it.status,
                        "page": find_page(pages, it.text)})
    return out


def build() -> Path:
    pages = page_texts()
    facts, items = [], []
    for i, debt in enumerate(DEBTS, 1):
        page = find_page(pages, f"【取組個票{zen(str(i))}】")
        facts += debt_facts(debt, page)
        items += debt_items(debt, pages)
    data = {
        "schema_version": "1",
        "source": {"file": PDF.name, "sha256": hashlib.sha256(PDF.read_bytes()).hexdigest(), "pages": len(pages)},
        "document": {"kind": "committee_material", "municipality": "静岡市", "title": TITLE,
                     "date": DATE_ISO, "date_raw": zen(DATE_RAW.replace("(", "（").replace(")", "）"))},
        "facts": facts, "initiatives": items, "minutes": None, "tables": [], "warnings": [],
    }
    Document.model_validate(data)
    GOLD.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return GOLD


if __name__ == "__main__":
    print(build())
