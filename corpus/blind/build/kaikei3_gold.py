"""Hand-written gold for the round-3 blind kaikei edition, from the figures in kaikei3_data.

Conventions chosen as an outside reader of records.md: 会計別 rows carry the account name as debt (the dictionary
has no canonical account names); 合計 rows and the prose 約…億円 totals have debt null; 増減 columns and prose
differences (約２６億円の減, 約４割) are not among the six metrics and are left out; 令和元年度実績 rates are basis
actual; initiatives have debt null (they are for all debts) and text without label and tag.
Run: python corpus/blind/build/kaikei3_gold.py (after kaikei3.py)
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

import kaikei3_data as D  # noqa: E402
from kaikei3 import PDF, STEM  # noqa: E402
from saiken.extract.records import Document  # noqa: E402

FW = str.maketrans("0123456789.", "０１２３４５６７８９．")
PAGE_ACCOUNTS, PAGE_RESULTS, PAGE_TARGETS, PAGE_INIT = 1, 4, 5, 6


def fact(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page, approx=False) -> dict:
    """One gold fact in the contract's shape."""
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment,
            "metric": metric, "basis": basis, "as_of": None, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def account_facts() -> list[dict]:
    """会計別収入未済額 (千円): one outstanding/total/actual fact per account and year, and the 合計 row."""
    out = []
    rows = [(a, D.account_row(a)) for a in D.ACCOUNTS] + [(None, D.account_total())]
    for debt, vals in rows:
        for (label, year), v in zip(D.ACCOUNT_YEARS, vals):
            out.append(fact(debt, year, label.split("\n")[0], "total", "outstanding", "actual", v * 1000, "yen",
                            f"{v:,}", PAGE_ACCOUNTS))
    return out


def breakdown_facts() -> list[dict]:
    """令和元年度 内訳 (円): one fact per 債権 row (pages 2–3) and the 合計."""
    out = []
    for i, (_, _, _, name, amount) in enumerate(D.BREAKDOWN):
        out.append(fact(name, 2019, "令和元年度", "total", "outstanding", "actual", amount, "yen", f"{amount:,}",
                        2 if i < D.BREAK_BEFORE else 3))
    total = sum(r[4] for r in D.BREAKDOWN)
    out.append(fact(None, 2019, "令和元年度", "total", "outstanding", "actual", total, "yen", f"{total:,}", 3))
    return out


def prose_facts() -> list[dict]:
    """The 約…億円 totals of the 実績評価 and the 目標収納率 sentences."""
    out = [fact(None, 2019, "令和元年度", "total", "outstanding", "actual", 11_300_000_000, "yen", "約１１３億円",
                PAGE_RESULTS, approx=True),
           fact(None, 2016, "平成２８年度", "total", "outstanding", "actual", 13_900_000_000, "yen", "約１３９億円",
                PAGE_RESULTS, approx=True)]
    for debt in ("特別区民税", "国民健康保険料"):
        cur, arr, _ = D.RATES[debt][2]
        for seg, v in (("current", cur), ("arrears", arr)):
            out.append(fact(debt, 2021, "令和３年度", seg, "collection_rate", "target", v, "percent",
                            f"{v:.2f}".translate(FW) + "％", PAGE_TARGETS))
    return out


def rate_facts() -> list[dict]:
    """目標収納率 table: one fact per debt, segment and column."""
    out = []
    for debt, cols in D.RATES.items():
        for (label, year, basis), triple in zip(D.RATE_COLUMNS, cols):
            fy_raw = label.split("\n")[0].replace("実績", "").replace("目標収納率", "")
            for (_, seg), v in zip(D.SEGMENTS, triple):
                out.append(fact(debt, year, fy_raw, seg, "collection_rate", basis, v, "percent", f"{v:.2f}",
                                PAGE_TARGETS))
    return out


def initiatives() -> list[dict]:
    """今後の取組み items with their 【】 status."""
    return [{"debt": None, "debt_raw": None, "fiscal_year": None, "section": sec, "label": label, "text": text,
             "status": status, "page": PAGE_INIT} for sec, label, status, text in D.INITIATIVES]


def account_table() -> dict:
    """The 会計別 table as folded cell text (ASCII digits and brackets), the one table the gold lists."""
    def yen(v: int) -> str:
        return f"{v:,}" if v >= 0 else f"△{-v:,}"

    def year(label: str) -> str:
        return label.replace("\n", "").translate(str.maketrans("０１２３４５６７８９（）", "0123456789()"))

    head = ["会計名称", *[year(label) for label, _ in D.ACCOUNT_YEARS], "増減(元年度-30年度)"]
    body = [[name, *[yen(v) for v in vals], yen(vals[2] - vals[1])]
            for name, vals in [(a, D.account_row(a)) for a in D.ACCOUNTS] + [("合計", D.account_total())]]
    return {"page": PAGE_ACCOUNTS, "bbox": [0, 0, 0, 0], "rows": [head, *body]}


def gold() -> dict:
    """The whole gold document, validated against the record model."""
    data = PDF.read_bytes()
    doc = {"schema_version": "1",
           "source": {"file": PDF.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": 6},
           "document": {"kind": "plan", "municipality": D.MUNICIPALITY, "title": D.TITLE, "date": "2020-03-01",
                        "date_raw": D.DATE_RAW},
           "facts": account_facts() + breakdown_facts() + prose_facts() + rate_facts(),
           "initiatives": initiatives(), "minutes": None, "tables": [account_table()], "warnings": []}
    Document.model_validate(doc)
    return doc


if __name__ == "__main__":
    dest = HERE.parent / "gold" / f"{STEM}.json"
    dest.write_text(json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(dest, len(gold()["facts"]), "facts")
