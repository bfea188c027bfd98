"""Unit tests of the progress-sheet helpers with strings from the 大阪市 seed (and the second set's variants)."""
from __future__ import annotations

import pytest

from saiken.extract.families.progress import DEBT_LINE, PARSER
from saiken.extract.families.progress_facts import RATE, Anchor, month_end, segment_at
from saiken.extract.families.progress_wards import ward_columns
from saiken.extract.families.progress_text import ItemSplitter, TextLine, section_label, segment_label
from saiken.normalize.text import fold


@pytest.mark.parametrize("line, label, val, plabel, pval", [
    ("　10月末徴収率　15.3％　（前年度10月末　16.3％）", "10月末徴収率", "15.3%", "前年度10月末", "16.3%"),
    ("　決算見込徴収率　24.4％（前年度決算　26.1％）", "決算見込徴収率", "24.4%", "前年度決算", "26.1%"),
    ("　目標徴収率　24.4％（前年度目標　24.4 ％）", "目標徴収率", "24.4%", "前年度目標", "24.4 %"),
    ("　12月末収入率　18.4％　（前年度12月末　17.9％）", "12月末収入率", "18.4%", "前年度12月末", "17.9%"),
])
def test_rate_line(line: str, label: str, val: str, plabel: str, pval: str) -> None:
    m = RATE.search(fold(line))
    assert m is not None
    assert (m.group("label"), m.group("val"), m.group("plabel").strip(), m.group("pval")) == (label, val, plabel, pval)


def test_two_rate_lines_side_by_side() -> None:
    line = fold("　10月末徴収率　10.2％　（前年度10月末　10.7％） 　10月末徴収率　97.3％　（前年度10月末　97.4％）")
    assert [m.group("val") for m in RATE.finditer(line)] == ["10.2%", "97.3%"]


@pytest.mark.parametrize("text, expected", [
    ("●主な取り組み", "主な取り組み"), ("■主な取組", "主な取組"), ("取組状況(1 0月末)", "取組状況(10月末)"),
    ("取組内容", "取組内容"), ("令和2年度 未収債権に関する具体取組内容の取組状況(10月末)", None),
])
def test_section_label(text: str, expected: str | None) -> None:
    assert section_label(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("過年度分", "arrears"), ("現年度分", "current"), ("滞繰分", "arrears"), ("現年分", "current"), ("市税", None)])
def test_segment_label(text: str, expected: str | None) -> None:
    assert segment_label(text) == expected


def test_debt_line() -> None:
    m = DEBT_LINE.search(fold("債権名　市税　　整理番号　001 　 【財政局税務部収税課】"))
    assert m is not None and m.group("debt") == "市税"


def test_month_end_follows_the_fiscal_year() -> None:
    assert month_end(2020, 10) == "2020-10-31"
    assert month_end(2025, 2) == "2026-02-28"


def test_segment_from_label_cell_on_the_left_or_label_above() -> None:
    left = [Anchor("arrears", (87, 73, 128, 276)), Anchor("current", (87, 280, 128, 517))]
    assert segment_at(left, (134, 74, 271, 80)) == "arrears"
    assert segment_at(left, (134, 290, 271, 296)) == "current"
    above = [Anchor("arrears", (80, 100, 430, 115)), Anchor("current", (430, 100, 790, 115))]
    assert segment_at(above, (440, 120, 600, 126)) == "current"
    assert segment_at(above, (90, 120, 250, 126)) == "arrears"


def test_ward_columns_from_headers() -> None:
    heads = ["", "令和2年度10月末徴収率(A) 過年度", "令和2年度10月末徴収率(A) 現年度", "令和元年度10月末徴収率(B) 過年度",
             "令和元年度10月末徴収率(B) 現年度", "対前年同月比(A)-(B) 過年度", "対前年同月比(A)-(B) 現年度"]
    cols = ward_columns([h.split(" ") for h in heads], None)[1:]
    assert [(c.fiscal_year, c.segment, c.diff, c.month) for c in cols] == [
        (2020, "arrears", False, 10), (2020, "current", False, 10), (2019, "arrears", False, 10),
        (2019, "current", False, 10), (2020, "arrears", True, 10), (2020, "current", True, 10)]


def _lines(rows: list[tuple[float, float, str]]) -> list[TextLine]:
    return [TextLine(fold(t), (x, y, x + 300, y + 6)) for x, y, t in rows]


def test_items_split_at_labels_and_blank_lines() -> None:
    split = ItemSplitter(page=1)
    for ln in _lines([(128, 100, "（１）滞納処分の速やかな執行"), (134, 106, "財産調査後に差押可能財産が判明した世帯について、"),
                      (128, 112, "換価充当を行う。"), (128, 124, "（２）資格喪失世帯に対する納付督励の徹底"),
                      (128, 136, "令和元年度の取組を中心に、可能な限り滞納処分を強化する必要がある。")]):
        split.feed(ln, 1)
    split.flush()
    assert [(i.label, i.text[:8]) for i in split.items] == [
        ("(1)", "滞納処分の速やか"), ("(2)", "資格喪失世帯に対"), (None, "令和元年度の取組")]


def test_label_alone_prefixes_the_next_item_and_sub_bullets_stay_inside() -> None:
    split = ItemSplitter(page=2)
    for ln in _lines([(128, 100, "（１）"), (128, 106, "・対象数：5,924件（昨年同時期実績：6,036件）"),
                      (128, 112, "・整理率：42.4%（昨年同時期実績：46.7％）"),
                      (128, 124, "②民間委託業者の訪問徴収等の納付督励による早期滞納者等の徴収強化"),
                      (134, 130, "・早期督励 【令和２年９月末実績】132,070千円")]):
        split.feed(ln, 2)
    split.flush()
    assert [i.label for i in split.items] == ["(1)・", "・", "②"]
    assert split.items[2].text.endswith("132,070千円")


def test_tag_before_label_gives_the_status() -> None:
    split = ItemSplitter(page=1)
    for ln in _lines([(80, 100, "【拡充】（２）債権回収業務委託の対象拡大"), (80, 106, "委託対象を転出者の滞納案件まで広げる。")]):
        split.feed(ln, 1)
    split.flush()
    assert [(i.label, i.status) for i in split.items] == [("(2)", "拡充")]


def test_score_needs_the_family_labels() -> None:
    assert PARSER.score([]) == 0.0
