"""Golden-file tests of the 推進シート plan family: the 尼崎市 corpus PDF and the second- and third-set PDFs against
their gold.

Each PDF is converted once with saiken.extract.pipeline.convert and scored with the official scorer's functions
(tests/_lib/support/score.py); the figures are printed (pytest -s) and the targets asserted.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from support.cases import converted, stems_like
from support.score import score_facts, score_initiatives

CASES = ["amagasaki_plan_2nd", *stems_like("suishin")]


stems = pytest.mark.parametrize("stem", CASES, ids=CASES)


@stems
def test_facts_recall_and_precision(stem: str) -> None:
    out, gold = converted(stem)
    matched, n_gold, correct, n_out = score_facts(gold["facts"], out["facts"])
    print(f"\n{stem}: facts recall {matched}/{n_gold}, precision {correct}/{n_out}")
    assert n_gold > 0
    assert matched / n_gold >= 0.99
    assert n_out and correct / n_out >= 0.99


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
    for field in ("kind", "municipality", "date", "title"):
        assert _plain(out["document"][field]) == _plain(gold["document"][field]), field
    assert out["minutes"] is None


def _plain(value: object) -> str:
    """A document field compared as printed text: NFKC-folded (（ → (, ５ → 5), whitespace removed."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value)))


def _squash(rows: list[list[str]]) -> list[list[str]]:
    return [[re.sub(r"\s+", "", c) for c in r] for r in rows]


@stems
def test_gold_tables_cell_by_cell(stem: str) -> None:
    out, gold = converted(stem)
    for table in gold["tables"]:
        candidates = [t for t in out["tables"] if t["page"] == table["page"]
                      and len(t["rows"]) == len(table["rows"])]
        assert candidates, f"p.{table['page']}: no table of {len(table['rows'])} rows"
        got = _squash(candidates[0]["rows"])
        for r, (want_row, got_row) in enumerate(zip(_squash(table["rows"]), got)):
            assert got_row == want_row, f"p.{table['page']} row {r}"
        if table.get("pages"):
            assert candidates[0]["pages"] == table["pages"]


def test_statuses_read_from_tags() -> None:
    out, _ = converted("kitaura_suishin")
    statuses = {i["status"] for i in out["initiatives"]}
    assert statuses == {"継続", "新規", "拡充"}
    assert not any("【" in i["text"] for i in out["initiatives"])


def test_interim_column_has_as_of() -> None:
    out, _ = converted("minamioka_suishin_r7")
    interim = [f for f in out["facts"] if f["basis"] == "interim"]
    assert interim and {f["as_of"] for f in interim} == {"2024-12-31"}
    assert {f["fiscal_year"] for f in interim} == {2024}


def test_era_less_and_pre_reiwa_year_headers() -> None:
    out, _ = converted("nishihama_suishin_h31")
    targets = {f["fiscal_year"] for f in out["facts"] if f["basis"] == "target"}
    assert targets == {2019, 2020, 2021, 2022}


def test_no_unparsed_cells_in_corpus() -> None:
    out, _ = converted("amagasaki_plan_2nd")
    assert [w for w in out["warnings"] if w["code"] == "unparsed_cell"] == []


def test_blind_round2_sheets_name_their_debt() -> None:
    """The 債権名 box of each sheet names the debt of its tables even where the page model's grid lost the box's
    label column (blind round 2: corpus/blind/build/suishin2_r2.py)."""
    out, _ = converted("amagasaki_suishin_r2_h31")
    sheet_pages = {f["page"] for f in out["facts"] if f["basis"] == "target" and f["table"] is not None}
    assert {f["debt"] for f in out["facts"] if f["page"] in sheet_pages} == {
        "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"}
    assert all(i["debt"] for i in out["initiatives"] if i["page"] in sheet_pages)
