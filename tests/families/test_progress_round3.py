"""Unit tests of the round-3 rules: a rate table whose segment is a group header stacked over year columns, and
the document year taken from the running header when every sheet title was removed as one."""
from __future__ import annotations

from saiken.extract.families.progress import title_year
from saiken.extract.families.progress_rates import rate_table_facts
from tests.families.test_progress_variants import grid


def test_segment_group_header_over_year_columns() -> None:
    g = grid([
        ["区分", "過年度分", "過年度分", "現年度分", "現年度分"],
        ["", "令和4年度", "令和3年度(前年度)", "令和4年度", "令和3年度(前年度)"],
        ["2月末徴収率", "21.4%", "22.0%", "84.6%", "85.1%"],
        ["決算見込徴収率(前年度は決算)", "24.8%", "25.3%", "91.2%", "91.0%"],
        ["目標徴収率", "25.0%", "24.4%", "91.5%", "91.3%"],
    ])
    got = {(f.fiscal_year, f.segment, f.basis, f.value, f.as_of) for f in rate_table_facts(g, "国民健康保険料", 2022, "令和4年度")}
    assert got == {
        (2022, "arrears", "interim", 21.4, "2023-02-28"), (2021, "arrears", "interim", 22.0, "2022-02-28"),
        (2022, "current", "interim", 84.6, "2023-02-28"), (2021, "current", "interim", 85.1, "2022-02-28"),
        (2022, "arrears", "estimate", 24.8, None), (2021, "arrears", "actual", 25.3, None),
        (2022, "current", "estimate", 91.2, None), (2021, "current", "actual", 91.0, None),
        (2022, "arrears", "target", 25.0, None), (2021, "arrears", "target", 24.4, None),
        (2022, "current", "target", 91.5, None), (2021, "current", "target", 91.3, None),
    }


def test_title_year_from_running_header_lines() -> None:
    assert title_year(["令和4年度 第2回 大阪市債権管理対策会議 資料2", "- 1 -"]) == (2022, "令和4年度")
    assert title_year(["取組状況(令和5年2月末)"]) == (2022, "令和5年2月")
    assert title_year(["- 3 -"]) is None
