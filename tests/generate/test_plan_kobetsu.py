"""取組方針 draft (静岡市 type): 実績推計 with ()-targets, next 数値目標, tagged 取組 items, placeholders."""
from __future__ import annotations

import pytest

from saiken.extract.records import Document
from saiken.generate.frames import Frames
from saiken.generate.jpformat import format_rate
from saiken.generate.plan import draft_plan
from saiken.generate.render import Draft
from support.docx_read import PLACEHOLDER, all_text, cell_texts, gold, highlighted

RATES = ("current", "arrears", "total")


@pytest.fixture(scope="module")
def source() -> Document:
    return gold("shizuoka_committee_r8_1")


@pytest.fixture(scope="module")
def next_year(frames: Frames, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    """The draft for 令和9年度 (the default: the committee of 令和8年6月 decided 令和8年度's plan)."""
    return draft_plan(frames, "静岡市", tmp_path_factory.mktemp("kobetsu") / "取組方針.docx")


@pytest.fixture(scope="module")
def same_year(frames: Frames, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    """The draft for 令和8年度 itself: every figure is in the dataset."""
    return draft_plan(frames, "静岡市", tmp_path_factory.mktemp("kobetsu8") / "取組方針.docx", 2026)


def rate_of(doc: Document, debt: str, year: int, segment: str, basis: str) -> str:
    for f in doc.facts:
        if (f.debt_raw or "").replace(" ", "") == debt and f.fiscal_year == year and f.segment == segment \
                and f.metric == "collection_rate" and f.basis == basis:
            return format_rate(f.value)
    return PLACEHOLDER


def blocks(draft: Draft) -> dict[str, list[list[str]]]:
    """Each debt's column of the side-by-side tables as [label, value] rows (the shape of one table per debt)."""
    out: dict[str, list[list[str]]] = {}
    for t in cell_texts(draft.path):
        for col, name in enumerate(t[0][1:], start=1):
            out[name] = [[row[0], row[col]] for row in t]
    return out


def test_year_labels(next_year: Draft) -> None:
    text = all_text(next_year.path)
    assert "令和9年度 主要債権の管理に関する取組方針（案）" in text
    for t in blocks(next_year).values():
        assert t[1][0] == "※令和8年度実績推計\n()内は数値目標"
        assert t[2][0] in ("令和9年度数値目標", "令和9年度数値目標\n※【】は政令市順位")


def test_estimates_and_targets_in_their_cells(same_year: Draft, source: Document) -> None:
    tables = blocks(same_year)
    for debt in ("市税", "国民健康保険料(税)", "介護保険料", "水道料金", "下水道使用料"):
        est = tables[debt][1][1].split("\n")
        tgt = tables[debt][2][1].split("\n")
        for seg, e_line, t_line in zip(RATES, est, tgt, strict=True):
            assert e_line.endswith(f" {rate_of(source, debt, 2025, seg, 'estimate')}"
                                   f"({rate_of(source, debt, 2025, seg, 'target')})"), (debt, seg)
            assert t_line.endswith(f" {rate_of(source, debt, 2026, seg, 'target')}"), (debt, seg)


def test_next_year_carries_targets_into_brackets(next_year: Draft, source: Document) -> None:
    shi = blocks(next_year)["市税"]
    assert shi[1][1].split("\n") == [f"現年度分収納率 {PLACEHOLDER}(99.65%)", f"滞納繰越分収納率 {PLACEHOLDER}(46.87%)",
                                     f"合計収納率 {PLACEHOLDER}(99.34%)"]
    assert shi[2][1].split("\n") == [f"現年度分収納率 {PLACEHOLDER}", f"滞納繰越分収納率 {PLACEHOLDER}",
                                     f"合計収納率 {PLACEHOLDER}"]
    assert "市税 令和9年度 現年度分収納率（目標）" in [g.label for g in next_year.gaps]
    assert len(highlighted(next_year.path)) == len(next_year.gaps)


def test_every_item_and_tag_carried_over(next_year: Draft, source: Document) -> None:
    tables = blocks(next_year)
    assert source.initiatives
    for it in source.initiatives:
        cell = tables[(it.debt_raw or "").replace(" ", "")][4][1].split("\n")
        line = (f"{it.label} " if it.label else "") + it.text + (f"【{it.status}】" if it.status else "")
        assert line in cell, it.text
    tags = all_text(next_year.path)
    for status in ("継続", "新規", "拡充"):
        assert tags.count(f"【{status}】") == sum(it.status == status for it in source.initiatives)


def test_policy_missing_from_dataset_is_a_placeholder(next_year: Draft) -> None:
    for debt, t in blocks(next_year).items():
        assert t[3][1] == PLACEHOLDER
        assert f"{debt} 取組方針" in [g.label for g in next_year.gaps]
