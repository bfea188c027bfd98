"""Unit tests of the 取組個票 layouts met in the round-3 blind edition (a Word 第2回 material): a table by debt whose
column header starts 債権名 | 債権区分 (not a 個票 header), and tagged items under a 取組内容 column header."""
from __future__ import annotations

from extract.families.kobetsu import _header_debt
from test_kobetsu_round2 import HEADER, grid, parse


def test_column_header_starting_with_debt_name_is_not_a_sheet_header() -> None:
    table = grid(1, [["債権名", "債権区分", "区分", "調定額"], ["市税", "A", "現年度分", "1,000"]], 100)
    assert _header_debt(table) is None
    assert _header_debt(grid(1, HEADER, 100)) == "介護保険料"


def test_items_under_a_plan_column_header_belong_to_the_sheet_debt() -> None:
    plan = grid(1, [["実施期間", "取組内容", "目標"], ["令和7年11月", "", "期間中の滞納処分50件以上"]], 300)
    body = plan.cell(1, 1)
    assert body is not None
    body.lines = ["(1)夜間電話催告を実施す", "る。【継続】", "(2)財産調査を拡大する。【拡充】"]
    body.text = "".join(body.lines)
    doc = parse([grid(1, HEADER, 100), plan], (("2.令和7年度 滞納整理強化期間実施計画", 280),))
    assert [(i.debt_raw, i.label, i.status, i.fiscal_year, i.section) for i in doc.initiatives] == [
        ("介護保険料", "(1)", "継続", 2025, "令和7年度 滞納整理強化期間実施計画"),
        ("介護保険料", "(2)", "拡充", 2025, "令和7年度 滞納整理強化期間実施計画")]
    assert [i.text for i in doc.initiatives] == ["夜間電話催告を実施する。", "財産調査を拡大する。"]


def test_untagged_plan_column_is_left_to_the_other_readers() -> None:
    plan = grid(1, [["実施期間", "取組内容", "実績又は効果"], ["令和7年11月", "電話催告を実施", "収納率 95.00%"]], 300)
    doc = parse([grid(1, HEADER, 100), plan])
    assert doc.initiatives == []
