"""Write the hand-specified gold for the round-3 blind suishin PDF from its build data (records.md literally).

Conventions decided as an outside reader: 収入未済額 of a whole debt is segment "total"; 不納欠損額 and
滞納者数 printed once per year for the whole debt are "total"; the summary's 差額 column (a difference) and
"ポイント" differences in prose are left out; the summary's 合計 row has debt null, debt_raw "合計";
initiative text is the 取組内容 cell, status from the 区分 column, fiscal_year 2023 (the year reported on).
Run: python corpus/blind/build/suishin3_gold.py
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import suishin3_data as D  # noqa: E402
from saiken.extract.records import Document  # noqa: E402

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def era_raw(y: int) -> str:
    """The printed 年度 label (full-width digits, as the sheets print them)."""
    n = y - 2018
    return "令和元年度" if n == 1 else f"令和{str(n).translate(FW)}年度"


def fact(debt, year, seg, metric, basis, value, unit, raw, page, year_raw=None) -> dict:
    """One fact object."""
    return {"debt": debt, "debt_raw": debt if debt else "合計", "fiscal_year": year,
            "fiscal_year_raw": year_raw or era_raw(year), "segment": seg, "metric": metric, "basis": basis,
            "as_of": None, "value": value, "unit": unit, "approx": False, "raw": raw, "page": page, "area": None}


def money(v: int) -> str:
    return f"{v:,}" if v >= 0 else f"△{-v:,}"


def summary_facts() -> list[dict]:
    """Page 2: 収入未済額 (千円) for 令和4年度 and 令和5年度, per debt and 合計."""
    rows = [(s.debt, D.outstanding_sen(s, 3), D.outstanding_sen(s, 4)) for s in D.SHEETS]
    rows += [(n, a, b) for n, _, a, b in D.OTHER_DEBTS]
    rows.append((None, sum(r[1] for r in rows), sum(r[2] for r in rows)))
    out = []
    for name, a, b in rows:
        for y, v in ((2022, a), (2023, b)):
            out.append(fact(name, y, "total", "outstanding", "actual", v * 1000, "yen", money(v), 2))
    return out


def sheet_facts(s: D.Sheet, page: int) -> list[dict]:
    """Pages `page` (直近5か年, 説明) and `page`+1 (目標と実績) of one sheet."""
    t = D.totals(s)
    out = []
    segs = [("current", s.cur_assessed, s.cur_collected, t["cur_rate"]),
            ("arrears", s.arr_assessed, s.arr_collected, t["arr_rate"]),
            ("total", t["tot_assessed"], t["tot_collected"], t["tot_rate"])]
    for j, y in enumerate(D.YEARS):
        for seg, a, c, r in segs:
            out.append(fact(s.debt, y, seg, "assessed", "actual", D.yen(s, a[j]), "yen", money(a[j]), page))
            out.append(fact(s.debt, y, seg, "collected", "actual", D.yen(s, c[j]), "yen", money(c[j]), page))
            out.append(fact(s.debt, y, seg, "collection_rate", "actual", r[j], "percent", f"{r[j]:.2f}%", page))
        out.append(fact(s.debt, y, "total", "written_off", "actual", D.yen(s, s.written_off[j]), "yen",
                        money(s.written_off[j]), page))
        out.append(fact(s.debt, y, "total", "outstanding", "actual", D.yen(s, t["outstanding"][j]), "yen",
                        money(t["outstanding"][j]), page))
        out.append(fact(s.debt, y, "total", "delinquents", "actual", s.delinquents[j], s.delinq_unit,
                        f"{s.delinquents[j]:,}", page))
    # 3. 収納状況に関する説明 (prose restating table figures)
    cur, arr = t["cur_rate"][4], t["arr_rate"][4]
    for note in s.notes:
        if f"{cur:.2f}%" in note:
            out.append(fact(s.debt, 2023, "current", "collection_rate", "actual", cur, "percent", f"{cur:.2f}%",
                            page, "令和５年度"))
        if f"{arr:.2f}%" in note:
            out.append(fact(s.debt, 2023, "arrears", "collection_rate", "actual", arr, "percent", f"{arr:.2f}%",
                            page, "令和５年度"))
        if f"{s.target_cur[0]:.2f}%" in note:
            out.append(fact(s.debt, 2023, "current", "collection_rate", "target", s.target_cur[0], "percent",
                            f"{s.target_cur[0]:.2f}%", page, "令和５年度"))
    p2 = page + 1
    for j, y in enumerate(D.TARGET_YEARS):
        out.append(fact(s.debt, y, "current", "collection_rate", "target", s.target_cur[j], "percent",
                        f"{s.target_cur[j]:.2f}%", p2))
        out.append(fact(s.debt, y, "arrears", "collection_rate", "target", s.target_arr[j], "percent",
                        f"{s.target_arr[j]:.2f}%", p2))
        out.append(fact(s.debt, y, "total", "outstanding", "target", s.target_out[j], "yen",
                        f"{s.target_out[j]:,} 円", p2))
    oa = D.yen(s, t["outstanding"][4])
    out.append(fact(s.debt, 2023, "current", "collection_rate", "actual", cur, "percent", f"{cur:.2f}%", p2))
    out.append(fact(s.debt, 2023, "arrears", "collection_rate", "actual", arr, "percent", f"{arr:.2f}%", p2))
    out.append(fact(s.debt, 2023, "total", "outstanding", "actual", oa, "yen", f"{oa:,} 円", p2))
    return out


def initiatives(s: D.Sheet, page: int) -> list[dict]:
    """The 取組 rows of table 5."""
    return [{"debt": s.debt, "debt_raw": s.debt, "fiscal_year": 2023, "section": policy, "label": None,
             "text": text, "status": status, "page": page} for policy, status, text, _ in s.measures]


def build() -> Path:
    """Validate and write corpus/blind/gold/<stem>.json."""
    pdf = HERE.parent / "pdf" / f"{D.STEM}.pdf"
    facts, inits = summary_facts(), []
    for i, s in enumerate(D.SHEETS):
        facts += sheet_facts(s, 3 + 2 * i)
        inits += initiatives(s, 4 + 2 * i)
    doc = {"schema_version": "1",
           "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": 8},
           "document": {"kind": "plan", "municipality": "尼崎市", "title": D.TITLE, "date": "2024-08-01",
                        "date_raw": "令和６年８月"},
           "facts": facts, "initiatives": inits, "minutes": None, "tables": [], "warnings": []}
    Document.model_validate(doc)
    dest = HERE.parent / "gold" / f"{D.STEM}.json"
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return dest


if __name__ == "__main__":
    print(build(), "facts", sum(1 for _ in json.loads(build().read_text())["facts"]))
