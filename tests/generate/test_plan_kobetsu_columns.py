"""取組方針 draft with the debts side by side (issue 12 item 6): one column per debt, the source's tables kept
(静岡市 委員会資料 p.14–16: 4 + 3 + 2 debts), cells the source prints as one merged, widths over the landscape page."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from saiken.generate.context import column_groups
from saiken.generate.plan import draft_plan
from saiken.generate.render import Draft
from support.docx_read import PLACEHOLDER, cell_texts

#: The debts of each side-by-side table of the source, as printed (p.14, p.15, p.16).
SOURCE_TABLES = [["市税", "国民健康保険料(税)", "後期高齢者医療保険料", "介護保険料"],
                 ["市立清水病院診療収入等", "生活保護返還金、徴収金等", "母子・父子・寡婦福祉資金貸付金元金・利子、違約金"],
                 ["水道料金", "下水道使用料"]]
LABELS = ["債権名", "※令和8年度実績推計\n()内は数値目標", "令和9年度数値目標\n※【】は政令市順位", "取組方針",
          "数値目標の達成に向けた取組"]


@pytest.fixture(scope="module")
def draft(converted: Path, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    return draft_plan(converted / "saiken.sqlite", "静岡市", tmp_path_factory.mktemp("cols") / "取組方針.docx", 2027)


def test_one_column_per_debt_in_the_sources_tables(draft: Draft) -> None:
    tables = cell_texts(draft.path)
    assert [t[0][1:] for t in tables] == SOURCE_TABLES
    for t in tables:
        assert [row[0] for row in t] == LABELS


def test_cells_hold_the_debts_figures_rank_and_notes(draft: Draft) -> None:
    first, second, third = cell_texts(draft.path)
    assert first[1][1].split("\n") == [f"現年度分収納率 {PLACEHOLDER}(99.65%)", f"滞納繰越分収納率 {PLACEHOLDER}(46.87%)",
                                       f"合計収納率 {PLACEHOLDER}(99.34%)"]
    assert first[2][1].split("\n")[-1] == f"合計収納率 {PLACEHOLDER}【令和6年度:3位】"
    assert first[2][4].split("\n")[-1] == f"合計収納率 {PLACEHOLDER}【令和6年度:7位】"
    assert second[1][2].split("\n") == [f"保護費からの充当及び分納誓約による分納の実施割合 {PLACEHOLDER}(79.55%)",
                                        "※保護受給中のものに対する割合(件数ベース)"]
    assert third[2][2].split("\n")[-1] == f"合計収納率 {PLACEHOLDER}【令和6年度:-】"
    assert first[4][1].split("\n")[0] == "(1)滞納理事務スケジュールの徹底及び階層別会議による進捗管理"
    assert second[4][3].split("\n")[0] == "各区子育て支援課と連携し、滞納整理事務年間スケジュール表に基づいて以下のとおり実施する。"


def test_water_and_sewerage_share_one_policy_and_measures_cell(draft: Draft) -> None:
    """p.16 prints 取組方針 and 取組 of 水道料金 and 下水道使用料 in one cell: the draft merges them (one gap, not two)."""
    doc = open_docx(str(draft.path))
    water = doc.tables[2]
    for row in (3, 4):
        cells = water.rows[row]._tr.findall(qn("w:tc"))
        assert len(cells) == 2
        span = cells[1].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        assert span is not None and span.get(qn("w:val")) == "2"
    assert water.cell(4, 1).text.split("\n")[0] == "(1)機能分担による滞納整理の実施"
    labels = [g.label for g in draft.gaps]
    assert "水道料金 取組方針" in labels and "下水道使用料 取組方針" not in labels


def test_pages_widths_and_notes(draft: Draft) -> None:
    doc = open_docx(str(draft.path))
    section = doc.sections[0]
    usable = round((section.page_width - section.left_margin - section.right_margin) / 635)  # twips
    for t, debts in zip(doc.tables, SOURCE_TABLES, strict=True):
        widths = [int(c.get(qn("w:w"))) for c in t._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert len(widths) == 1 + len(debts)
        assert len(set(widths[1:])) == 1 and abs(sum(widths) - usable) < len(widths)
        assert t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None  # names repeat on each page
    body = [p.text for p in doc.paragraphs]
    assert body.count("※令和7年度第3回債権管理委員会(令和8年1月)時点での推計値") == 3
    breaks = [br for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    assert len(breaks) == 2  # one table per page


@pytest.mark.parametrize(("tables", "groups"), [
    ([None] * 9, [[0, 1, 2], [3, 4, 5], [6, 7, 8]]),
    ([None] * 5, [[0, 1, 2], [3, 4]]),
    ([None] * 4, [[0, 1, 2, 3]]),
    (["a"] * 4 + ["b"] * 3 + ["c"] * 2, [[0, 1, 2, 3], [4, 5, 6], [7, 8]]),
    (["a"] * 6 + [None], [[0, 1, 2], [3, 4, 5], [6]]),
])
def test_column_groups(tables: list[str | None], groups: list[list[int]]) -> None:
    assert column_groups(tables) == groups


def test_without_documents_debts_are_spread_evenly(frames, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = draft_plan(frames, "静岡市", tmp_path / "取組方針.docx", 2027)
    assert [len(t[0]) - 1 for t in cell_texts(draft.path)] == [3, 3, 3]
