"""推進シート draft (尼崎市 type) from the corpus store: next 年度's labels, every figure in its cell, items kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.extract.records import Document
from saiken.generate.frames import Frames
from saiken.generate.jpformat import format_count, format_rate, format_yen, nendo, nendo_with_western
from saiken.generate.plan import draft_plan
from saiken.generate.render import Draft
from support.docx_read import PLACEHOLDER, all_text, cell_texts, gold, highlighted

YEAR = 2024  # the year after the plan dated 令和5年2月 (令和5年度 plan)
ROWS = [(seg, m) for seg in ("current", "arrears", "total") for m in ("assessed", "collected", "collection_rate")]
ROWS += [("total", "written_off"), ("total", "outstanding"), ("total", "delinquents")]


@pytest.fixture(scope="module")
def source() -> Document:
    return gold("amagasaki_plan_2nd")


@pytest.fixture(scope="module")
def draft(frames: Frames, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    return draft_plan(frames, "尼崎市", tmp_path_factory.mktemp("suishin") / "推進シート.docx", YEAR)


def printed(doc: Document, debt: str, year: int, segment: str, metric: str, basis: str, suffix: str = "") -> str:
    """What the draft must show for a figure: the most exact gold value in the template's format, else the
    placeholder (a table in 千円 and a 推進シート in 円 may both print it)."""
    found = [f for f in doc.facts if (f.debt or f.debt_raw) == debt and f.fiscal_year == year and f.segment == segment
             and f.metric == metric and f.basis == basis and f.area is None]
    if not found:
        return PLACEHOLDER
    exact = [f for f in found if not any(u in f.raw for u in ("千円", "万円", "億円"))] or found
    f = max(exact, key=lambda f: len(str(int(f.value)).rstrip("0")) if f.unit == "yen" else 0)
    if f.unit == "yen":
        return format_yen(f.value) + suffix
    return format_rate(f.value) if f.unit == "percent" else format_count(f.value)


def sheets(path: Path) -> list[list[list[list[str]]]]:
    """The draft's tables grouped four per sheet (債権名, 収納状況, 目標, 取組)."""
    tables = cell_texts(path)
    assert len(tables) % 4 == 0
    return [tables[i:i + 4] for i in range(0, len(tables), 4)]


def test_default_year_is_the_next(frames: Frames, tmp_path: Path) -> None:
    d = draft_plan(frames, "尼崎市", tmp_path / "a.docx")
    assert "債権管理推進シート（令和6年度）" in all_text(d.path)


def test_one_sheet_per_debt_with_a_推進シート(draft: Draft, source: Document) -> None:
    names = [s[0][0][1] for s in sheets(draft.path)]
    expected = list(dict.fromkeys(f.debt or f.debt_raw for f in source.facts if f.metric == "assessed"))
    assert names == expected and len(names) == 9


def test_year_labels_move_forward(draft: Draft) -> None:
    text = all_text(draft.path)
    assert "債権管理推進シート（令和6年度）" in text
    assert "2. 令和5年度の債権管理に係る体制" in text and "5. 令和4年度の債権管理に係る取組の検証" in text
    for _, status, target, measures in sheets(draft.path):
        assert status[0][2:] == [nendo_with_western(y) for y in range(2018, 2023)]
        assert target[0][2:] == [nendo_with_western(y) for y in range(2023, 2028)]
        assert measures[0][1:] == ["令和5年度の取組", "令和6年度～令和9年度の取組"]


def test_every_cell_holds_its_figure(draft: Draft, source: Document) -> None:
    checked = 0
    for head, status, target, _ in sheets(draft.path):
        debt = head[0][1]
        for (seg, metric), row in zip(ROWS, status[1:], strict=True):
            for year, cell in zip(range(2018, 2023), row[2:], strict=True):
                assert cell == printed(source, debt, year, seg, metric, "actual"), (debt, year, seg, metric)
                checked += 1
        plan_rows = [("current", "collection_rate", ""), ("arrears", "collection_rate", ""), ("total", "outstanding", "")]
        assert target[4][0] == "補足説明"  # the remarks row (a placeholder: gold records hold no page texts)
        for (seg, metric, suffix), row in zip(plan_rows, target[1:4], strict=True):
            for year, cell in zip(range(2023, 2028), row[2:], strict=True):
                assert cell == printed(source, debt, year, seg, metric, "target", suffix), (debt, year, seg, metric)
                checked += 1
    assert checked == 9 * (12 * 5 + 3 * 5)


def test_latest_決算_year_is_a_placeholder(draft: Draft) -> None:
    for _, status, _, _ in sheets(draft.path):
        assert all(row[-1] == PLACEHOLDER for row in status[1:])
    labels = [g.label for g in draft.gaps]
    assert "市税 令和4年度 現年調定額（実績）" in labels and "水道料金 令和4年度 滞納者数（実績）" in labels
    # 158 figures and texts + 9 補足説明: the gold records hold neither tables' texts nor pages (see
    # test_plan_suishin_texts.py for the draft from converted documents)
    assert len(highlighted(draft.path)) == len(draft.gaps) == 167


def test_取組_items_carried_over(draft: Draft, source: Document) -> None:
    by_debt = {s[0][0][1]: s[3] for s in sheets(draft.path)}
    carried = [it for it in source.initiatives if it.fiscal_year == 2023]
    assert carried
    for it in carried:
        rows = {row[0]: row for row in by_debt[it.debt or it.debt_raw][1:]}
        line = f"・{it.text}" + (f"【{it.status}】" if it.status else "")
        assert line in rows[it.section][1].split("\n") and line in rows[it.section][2].split("\n"), it.text
    history = [it for it in source.initiatives if it.fiscal_year == 2022]
    assert not any(it.text in all_text(draft.path) and it.text not in {c.text for c in carried} for it in history)
