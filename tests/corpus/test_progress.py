"""Golden-file tests of the progress-sheet family (大阪市 type): corpus, second-, third-set and blind PDFs against
their gold.

Each PDF is converted once with saiken.extract.pipeline.convert and scored with the official scorer's functions
(tests/_lib/support/score.py); the figures are printed (pytest -s) and the targets asserted.
The blind set (corpus/blind) was built and its gold written by hand without reading the parser: it is held to the
scorer's measures, and not to the parser's own conventions on fields the scorer ignores (section names, labels,
取組状況 reports as items, the document date). Its one known convention difference is the total row of a ward table
(24区合計): the blind gold puts it at `area` null (the whole city), the parser keeps the printed label.
"""
from __future__ import annotations

import re

import pytest

from saiken.normalize.text import fold
from support.cases import converted, locate, stems_like
from support.score import SIX, fact_match, key as score_key, score_facts, score_initiatives

CASES = stems_like("_progress_")
BUILT = [s for s in CASES if locate(s)[0].parent.parent.name != "blind"]
BLIND = [s for s in CASES if s not in BUILT]
TOTAL_ROW = re.compile(r"(合計|計|全市|全体)$")


stems = pytest.mark.parametrize("stem", CASES, ids=CASES)
built = pytest.mark.parametrize("stem", BUILT, ids=BUILT)
blind = pytest.mark.parametrize("stem", BLIND, ids=BLIND)


def _squash(text: str) -> str:
    return re.sub(r"\s", "", fold(text))


@stems
def test_kind(stem: str) -> None:
    out, gold = converted(stem)
    assert out["document"]["kind"] == gold["document"]["kind"] == "progress_report"
    assert out["minutes"] is None


@built
def test_facts_recall_and_precision(stem: str) -> None:
    out, gold = converted(stem)
    matched, n_gold, correct, n_out = score_facts(gold["facts"], out["facts"])
    recall, precision = matched / n_gold, correct / n_out
    print(f"{stem}: facts recall {recall:.3f} ({matched}/{n_gold}), precision {precision:.3f} ({correct}/{n_out})")
    assert recall >= 0.99
    assert precision >= 0.99


@blind
def test_blind_facts_recall_and_precision(stem: str) -> None:
    """Every gold fact is found; the only output facts the gold does not hold are ward-table total rows (the
    area convention above)."""
    out, gold = converted(stem)
    matched, n_gold, correct, n_out = score_facts(gold["facts"], out["facts"])
    print(f"{stem}: facts recall {matched / n_gold:.3f} ({matched}/{n_gold}), precision {correct / n_out:.3f} "
          f"({correct}/{n_out})")
    assert matched == n_gold
    wrong = [f for f in out["facts"] if f["metric"] in SIX and f["unit"] != "points"
             and not any(score_key(g) == score_key(f) and fact_match(g, f) for g in gold["facts"])]
    assert all(f["area"] and TOTAL_ROW.search(f["area"]) for f in wrong), wrong[:3]


@stems
def test_every_gold_fact_has_its_page_and_as_of(stem: str) -> None:
    """Beyond the scorer: each gold fact is found with the same page, as_of and unit (and area, but for the
    blind set's total rows)."""
    out, gold = converted(stem)
    with_area = stem in BUILT

    def key(f: dict) -> tuple:
        return (f["fiscal_year"], f["segment"], f["metric"], f["basis"], f["as_of"], f["unit"], f["page"],
                f["area"] if with_area else None, round(float(f["value"]), 3))

    missing = sorted(set(map(key, gold["facts"])) - set(map(key, out["facts"])), key=str)
    assert not missing, f"facts not found with the same page/as_of/unit: {missing[:5]}"


@stems
def test_initiatives_recall_with_status(stem: str) -> None:
    out, gold = converted(stem)
    hit, n = score_initiatives(gold["initiatives"], out["initiatives"])
    print(f"{stem}: initiatives recall {hit / n:.3f} ({hit}/{n})")
    assert hit / n >= 0.95


@built
def test_initiative_labels_sections_and_pages(stem: str) -> None:
    out, gold = converted(stem)

    def key(i: dict) -> tuple:
        return (_squash(i["debt_raw"]), i["section"], i["label"], i["status"], i["page"], i["fiscal_year"])

    missing = sorted(set(map(key, gold["initiatives"])) - set(map(key, out["initiatives"])), key=str)
    assert not missing, f"items not found with the same section/label/page: {missing[:5]}"


@stems
def test_ward_table_cell_by_cell(stem: str) -> None:
    """The gold's ward table equals the output table on the same page, cell by cell (white space ignored)."""
    out, gold = converted(stem)
    for want in gold["tables"]:
        got = [t for t in out["tables"] if t["page"] == want["page"] and len(t["rows"]) == len(want["rows"])]
        assert got, f"no table with {len(want['rows'])} rows on page {want['page']}"
        rows = got[0]["rows"]
        for r, (a, b) in enumerate(zip(want["rows"], rows)):
            assert [_squash(x) for x in a] == [_squash(x) for x in b], f"page {want['page']} row {r}"


@blind
def test_blind_initiative_pages(stem: str) -> None:
    """Each gold item is found on its page with its debt, year and status."""
    out, gold = converted(stem)

    def key(i: dict) -> tuple:
        return (_squash(i["debt"] or ""), i["status"], i["page"], i["fiscal_year"])

    missing = sorted(set(map(key, gold["initiatives"])) - set(map(key, out["initiatives"])), key=str)
    assert not missing, f"items not found on the same page: {missing[:5]}"


@built
def test_document_fields(stem: str) -> None:
    out, gold = converted(stem)
    for field in ("title", "date", "date_raw"):
        assert _squash(out["document"][field]) == _squash(gold["document"][field]), field


@stems
def test_no_unparsed_cells(stem: str) -> None:
    out, _ = converted(stem)
    assert [w for w in out["warnings"] if w["code"] == "unparsed_cell"] == []


@built
def test_no_items_beyond_the_gold(stem: str) -> None:
    """Headings, table titles and figure cells are not read as items: as many items out as in the gold."""
    out, gold = converted(stem)
    assert len(out["initiatives"]) == len(gold["initiatives"])
