"""Golden-file tests of the account-table plan family (世田谷区 type): corpus, second-set and third-set PDFs against gold.

Each PDF is converted once with saiken.extract.pipeline.convert and scored with the official scorer's functions
(tests/_lib/support/score.py); the figures are printed (pytest -s) and the targets asserted.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from support.cases import converted, stems_like
from support.score import score_facts, score_initiatives

CASES = ["setagaya_plan_r4_5", *stems_like("kaikei")]
stems = pytest.mark.parametrize("stem", CASES, ids=CASES)


def _squash(rows: list[list[str]]) -> list[list[str]]:
    return [[re.sub(r"\s+", "", c) for c in r] for r in rows]


@stems
def test_facts_recall_and_precision(stem: str) -> None:
    out, gold = converted(stem)
    matched, n_gold, correct, n_out = score_facts(gold["facts"], out["facts"])
    print(f"\n{stem}: facts recall {matched}/{n_gold}, precision {correct}/{n_out}")
    assert n_gold > 0 and n_out > 0
    assert matched / n_gold >= 0.99
    assert correct / n_out >= 0.99


@stems
def test_initiatives_recall_with_status(stem: str) -> None:
    out, gold = converted(stem)
    hit, n = score_initiatives(gold["initiatives"], out["initiatives"])
    print(f"\n{stem}: initiatives {hit}/{n}")
    assert n > 0
    assert hit / n >= 0.95


@stems
def test_document_fields(stem: str) -> None:
    out, gold = converted(stem)
    assert out["document"]["kind"] == gold["document"]["kind"] == "plan"
    assert out["document"]["family"] == "kaikei"
    for field in ("municipality", "date", "date_raw", "title"):
        assert out["document"][field] == gold["document"][field], field
    assert out["minutes"] is None


@stems
def test_gold_tables_cell_by_cell(stem: str) -> None:
    out, gold = converted(stem)
    assert gold["tables"]
    for table in gold["tables"]:
        candidates = [t for t in out["tables"] if t["page"] == table["page"] and len(t["rows"]) == len(table["rows"])]
        assert candidates, f"p.{table['page']}: no table of {len(table['rows'])} rows"
        for r, (want, got) in enumerate(zip(_squash(table["rows"]), _squash(candidates[0]["rows"]))):
            assert got == want, f"p.{table['page']} row {r}"


@stems
def test_no_unparsed_cells(stem: str) -> None:
    out, _ = converted(stem)
    assert not [w for w in out["warnings"] if w["code"] in ("unparsed_cell", "no_year", "parser_error")]


def test_split_table_rows_keep_their_pages() -> None:
    """The 内訳 table printed over pages 3 and 4: each fact carries the page its row is printed on."""
    out, gold = converted("setagaya_plan_r4_5")
    def key(f: dict) -> tuple[str, object]:  # the debt as the scorer compares it (NFKC, no blanks)
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", f["debt_raw"] or "")), f["value"]

    want = {key(f): f["page"] for f in gold["facts"] if f["page"] in (3, 4)}
    got = {key(f): f["page"] for f in out["facts"] if key(f) in want}
    assert got == want
