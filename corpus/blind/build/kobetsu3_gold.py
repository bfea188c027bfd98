"""Hand-decided gold for the round-3 blind 静岡市 committee material (see kobetsu3.py).

Conventions chosen as an outside reader of records.md:
- 資料1 決算 table: one fact per printed number of the five 決算 columns (0 不納欠損額 included), basis actual,
  令和6年度 → 2024; the 令和5年度収納率 column (printed on 計 rows only) → 2023 actual total.
- 個票 rate table: 令和6年度決算 → actual 2024; 令和7年度数値目標 → target 2025; 令和7年9月末現在 → interim 2025
  with as_of 2025-09-30; 前年同期（令和6年9月末） → interim 2024, as_of 2024-09-30.
- 個票 initiatives: one per (n) item, status from its tag, section 滞納整理強化期間実施計画, fiscal year 2025.
- 目標 column prose (完納率70％, 滞納処分50件) is not one of the six metrics: left out.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import kobetsu3_data as D  # noqa: E402
from kobetsu3 import STEM  # noqa: E402

METRICS = ("assessed", "collected", "written_off", "outstanding")
SEG_RAW = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}


def fact(debt, raw_name, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None):
    return {"debt": debt, "debt_raw": raw_name, "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
            "metric": metric, "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": False,
            "raw": raw, "page": page}


def settlement_facts():
    out = []
    for i, entry in enumerate(D.SETTLEMENT):
        page = 2 if i < 7 else 3
        name, canon = entry[0], entry[1]
        for seg, _label, a, c, w, o, r in D.rows_for(entry):
            for metric, v in zip(METRICS, (a, c, w, o)):
                out.append(fact(canon, name, 2024, "令和6年度", seg, metric, "actual", v * 1000, "yen",
                                f"{v:,}", page))
            out.append(fact(canon, name, 2024, "令和6年度", seg, "collection_rate", "actual", float(r), "percent",
                            r, page))
        out.append(fact(canon, name, 2023, "令和5年度", "total", "collection_rate", "actual", entry[4], "percent",
                        f"{entry[4]:.2f}", page))
    return out


def kobetsu_facts_and_items():
    facts, items = [], []
    for n, k in enumerate(D.KOBETSU):
        page = 4 + n
        name, canon, rates = k[0], k[1], k[5]
        settled = {r[0]: r[6] for r in D.rows_for(next(e for e in D.SETTLEMENT if e[0] == name))}
        for seg in ("current", "arrears", "total"):
            _, target, now, prior = rates[seg]
            for fy, fy_raw, basis, v, as_of in ((2024, "令和6年度", "actual", settled[seg], None),
                                                (2025, "令和7年度", "target", target, None),
                                                (2025, "令和7年9月末", "interim", now, "2025-09-30"),
                                                (2024, "令和6年9月末", "interim", prior, "2024-09-30")):
                facts.append(fact(canon, name, fy, fy_raw, seg, "collection_rate", basis, float(v), "percent",
                                  v + "％", page, as_of))
        for label, text, status in k[7]:
            items.append({"debt": canon, "debt_raw": name, "fiscal_year": 2025, "section": "滞納整理強化期間実施計画",
                          "label": label, "text": text, "status": status, "page": page})
    return facts, items


def main() -> None:
    pdf = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
    kf, items = kobetsu_facts_and_items()
    doc = {"schema_version": "1",
           "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": 7},
           "document": {"kind": "committee_material", "municipality": "静岡市",
                        "title": "令和7年度 第2回静岡市債権管理委員会", "date": D.DATE_ISO, "date_raw": D.DATE_RAW},
           "facts": settlement_facts() + kf, "initiatives": items, "minutes": None, "tables": [], "warnings": []}
    from saiken.extract.records import Document
    Document.model_validate(doc)
    out = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    print(out, len(doc["facts"]), "facts", len(items), "initiatives")


if __name__ == "__main__":
    main()
