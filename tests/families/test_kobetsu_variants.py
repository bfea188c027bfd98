"""Unit tests of the 取組個票/取組方針 helpers for wording met in other editions (the blind 令和7年度第1回 set)."""
from __future__ import annotations

from saiken.extract.families.kobetsu import _own_caption
from saiken.extract.families.kobetsu_items import tagged_items
from saiken.extract.families.kobetsu_rates import point_figures


def test_untagged_leaf_among_tagged_siblings_is_an_item_with_no_status() -> None:
    lines = ["(3)長期滞納者及び高額滞納者への対応", "①定期的な財産調査を拡充する。【拡充】", "②分納不履行者への早期催告を行う。",
             "(4)催告強化月間の設定", "年金支給月に集中的に催告する。【継続】"]
    items = tagged_items(lines)
    assert [(i.label, i.status, i.text) for i in items] == [
        ("(3)①", "拡充", "定期的な財産調査を拡充する。"), ("(3)②", None, "分納不履行者への早期催告を行う。"),
        ("(4)", "継続", "催告強化月間の設定年金支給月に集中的に催告する。")]


def test_untagged_headings_and_untagged_lists_are_no_items() -> None:
    headed = ["(2)現年度滞納整理の強化", "①納税課 以下の取組を実施する。", "ア)電話催告を行う【継続】", "イ)SMS催告を行う【拡充】",
              "②滞納対策課", "ア)9月移管【継続】"]
    assert [(i.label, i.status) for i in tagged_items(headed)] == [("(2)①ア", "継続"), ("(2)①イ", "拡充"),
                                                                  ("(2)②ア", "継続")]
    plain = ["(1)口座振替を勧奨する。", "(2)電話催告を行う。"]
    assert tagged_items(plain) == []


def test_delinquents_after_prefixed_rates_count_every_debtor() -> None:
    lines = ["【効果】令和7年3月末時点", "・現年分収納率 97.12%(97.05%)", "・滞繰分収納率 16.90%(16.12%)",
             "・滞納者数 412人(455人)"]
    figs, bad = point_figures(lines)
    assert bad == []
    assert [(f.segment, f.metric, f.fiscal_year, f.value) for f in figs] == [
        ("current", "collection_rate", 2024, 97.12), ("current", "collection_rate", 2023, 97.05),
        ("arrears", "collection_rate", 2024, 16.90), ("arrears", "collection_rate", 2023, 16.12),
        ("total", "delinquents", 2024, 412), ("total", "delinquents", 2023, 455)]


def test_segment_heading_still_applies_to_the_figures_below_it() -> None:
    figs, _ = point_figures(["現年度分収納率", "令和8年2月末時点", "・収納額 8,707,613,800円"])
    assert [(f.segment, f.metric) for f in figs] == [("current", "collected")]


def test_caption_starts_at_its_own_bracketed_heading() -> None:
    caption = "・②ピーク時(平成21年度)から 7.07ポイント増 【参考②】 主要債権の状況(令和6年度決算見込) (単位：千円)"
    assert _own_caption(caption) == "【参考②】 主要債権の状況(令和6年度決算見込) (単位：千円)"
    assert _own_caption("令和6年度 収入未済額の状況") == "令和6年度 収入未済額の状況"
