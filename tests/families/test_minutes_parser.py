"""Unit tests of the minutes parser's helpers, on strings printed in the さいたま市 議事要旨 seed and a 会議録."""
from __future__ import annotations

import pytest

from saiken.extract.families.minutes import MEETING_NUMBER, METHOD_WORDS, PARSER, municipality
from saiken.extract.families.minutes_people import attendees, person, table_attendees
from saiken.extract.families.minutes_text import Part, TextLine, blocks, heading_text, implicit_speaker, items, \
    part_key, speaker_label, split_label, split_parts, sub_heading, tidy
from saiken.extract.layout import Cell, Grid
from saiken.extract.records import Attendee
from saiken.normalize.numerals import read_int


def lines(*texts: str, x0: float = 100.0) -> list[TextLine]:
    return [TextLine(1, t, x0, 10.5) for t in texts]


@pytest.mark.parametrize("text, expected", [
    ("1 開催方法", "開催方法"), ("5 意見及び質問", "意見及び質問"), ("■ 会議の経過", "会議の経過"),
    ("10月末日現在で約80%が納付された。", None), ("10 区統一で開始した」という取り組みを", None),
])
def test_heading_text(text: str, expected: str | None) -> None:
    assert heading_text(text) == expected


@pytest.mark.parametrize("heading, key", [
    ("開催方法", "method"), ("出席者(本部長・本部員10名・事務局2名)", "attendees"), ("議 題", "agenda"),
    ("資 料", "materials"), ("意見及び質問", "discussion"), ("会議の経過", "discussion"), ("開催日時", "date"),
    ("欠席委員", "absent"), ("配布資料", "materials"), ("次回の予定", None),
])
def test_part_key(heading: str, key: str | None) -> None:
    assert part_key(heading) == key


@pytest.mark.parametrize("text, expected", [
    ("(財政局長)", ("財政局長", "")), ("(西区長)", ("西区長", "")), ("【財政課長】", ("財政課長", "")),
    ("○委員長 ただいまから開会します。", ("委員長", "ただいまから開会します。")),
    ("(1)所管する債権の状況について報告", None), ("(別添)第29回さいたま市債権回収対策本部会資料", None),
])
def test_speaker_label(text: str, expected: tuple[str, str] | None) -> None:
    assert speaker_label(text) == expected


def test_sub_heading_and_implicit_speaker() -> None:
    assert sub_heading("(3)本部長からのコメント") == (3, "本部長からのコメント")
    assert implicit_speaker("本部長からのコメント") == "本部長"
    assert implicit_speaker("本部長から質問") is None


def test_blocks_continue_over_page_breaks() -> None:
    stream = [TextLine(3, "(2)本部長から質問", 76, 10.5), TextLine(3, "(本部長)", 92, 10.5),
              TextLine(3, "実際に徴収しているのは区の福祉課や、支援課である。区と", 113, 10.5),
              TextLine(4, "しても、適正な債権管理についてお考えがあれば、伺いたい。", 113, 10.5),
              TextLine(4, "(3)本部長からのコメント", 76, 10.5), TextLine(4, "第 28 回本部会で、総務局より", 113, 10.5),
              TextLine(4, "以上", 504, 10.5)]
    found = blocks(stream)
    assert [(b.speaker, b.section, b.page) for b in found] == [
        ("本部長", "本部長から質問", 3), ("本部長", "本部長からのコメント", 4)]
    assert "区としても" in "".join(ln.text for ln in found[0].lines)


def test_attendee_groups_wrap_onto_the_next_line() -> None:
    part = Part("attendees", "出席者(本部長・本部員10名・事務局2名)",
                lines("本部長：副市長", "本部員：都市戦略本部長・総務局長・財政局長・", "建設局長・西区長・緑区長・副教育長",
                      "事務局：税務部長・収納対策課長"))
    got = attendees(part)
    assert len(got) == 10
    assert got[0] == Attendee(role="本部長", title="副市長")
    assert got[4] == Attendee(role="本部員", title="建設局長")
    assert got[-1] == Attendee(role="事務局", title="収納対策課長")


def test_attendees_with_names() -> None:
    assert person("山田 太郎(副市長)", "委員長") == Attendee(role="委員長", title="副市長", name="山田 太郎")
    assert person("財政課長 鈴木 一郎", "事務局") == Attendee(role="事務局", title="財政課長", name="鈴木 一郎")
    part = Part("attendees", "事務局", lines("財政課長 鈴木 一郎、債権管理係長 高橋 次郎"))
    assert [a.title for a in attendees(part)] == ["財政課長", "債権管理係長"]


def test_items_and_tidy() -> None:
    assert items(lines("(1)令和3年度債権回収実施計画の中間報告について", "(2)令和3年度市税事務所・税務部の",
                       "取組の最終報告について")) == ["令和3年度債権回収実施計画の中間報告について",
                                                  "令和3年度市税事務所・税務部の取組の最終報告について"]
    assert items(lines("(別添)第29回さいたま市債権回収対策本部会資料")) == ["第29回さいたま市債権回収対策本部会資料"]
    assert tidy("第 29 回さいたま市債権回収対策本部会 議事要旨") == "第29回さいたま市債権回収対策本部会 議事要旨"


def test_municipality() -> None:
    assert municipality("第29回さいたま市債権回収対策本部会 議事要旨") == "さいたま市"
    assert municipality("令和6年度 第2回みなと市債権管理委員会 会議録") == "みなと市"


def test_score_needs_a_minutes_title() -> None:
    assert PARSER.score([]) == 0.0


# --- variants of other editions (third set): each was read wrongly before the generalisation ---------------------

@pytest.mark.parametrize("text, expected", [
    ("1 日 時 令和6年7月24日(水)午前10時00分~午前11時15分", "日 時 令和6年7月24日(水)午前10時00分~午前11時15分"),
    ("3 出席者 本部長:副市長、本部員:総務局長、財政局長", "出席者 本部長:副市長、本部員:総務局長、財政局長"),
    ("1. 開催日時 令和7年5月28日(水)", "開催日時 令和7年5月28日(水)"),
])
def test_heading_with_its_value_on_the_same_line(text: str, expected: str) -> None:
    assert heading_text(text) == expected


@pytest.mark.parametrize("heading, label, value", [
    ("日 時 令和6年7月24日(水)", "日 時", "令和6年7月24日(水)"), ("開催日時:令和7年5月28日", "開催日時", "令和7年5月28日"),
    ("議 題", "議 題", ""), ("出席者(本部長・本部員12名)", "出席者(本部長・本部員12名)", ""),
])
def test_split_label(heading: str, label: str, value: str) -> None:
    assert split_label(heading) == (label, value)


@pytest.mark.parametrize("text, expected", [
    ("(財政局長)「市税」は、現年課税分の", ("財政局長", "「市税」は、現年課税分の")),
    ("会長:ただいまから開会します。", ("会長", "ただいまから開会します。")),
    ("事務局(債権管理課長):資料1に基づき", ("事務局(債権管理課長)", "資料1に基づき")),
    ("〈財政課長〉 説明します。", ("財政課長", "説明します。")),
    ("【継続】催告の強化", None), ("(仮称)債権管理センターの設置", None), ("対象:市税", None),
])
def test_inline_speaker_labels_name_a_role(text: str, expected: tuple[str, str] | None) -> None:
    assert speaker_label(text) == expected


def test_discussion_found_under_a_second_agenda_word_or_by_its_speakers() -> None:
    head, parts = split_parts(lines("1 議題", "(1)報告について", "2 議事", "(1)報告について", "会長:開会します。"))
    assert [p.key for p in parts] == ["agenda", "discussion"]
    head, parts = split_parts(lines("1 議題", "(1)報告について", "2 会議のあらまし", "(財政局長)報告する。",
                                    "(本部長)了承する。"))
    assert [p.key for p in parts] == ["agenda", "discussion"]
    head, parts = split_parts(lines("1 日 時 令和6年7月24日(水)"))
    assert (parts[0].key, parts[0].heading, parts[0].lines[0].text) == ("date", "日 時", "令和6年7月24日(水)")


def test_implicit_speaker_without_kara() -> None:
    assert implicit_speaker("本部長総括") == "本部長"
    assert implicit_speaker("閉会挨拶") is None


def test_wrapped_words_and_one_title_per_line_keep_their_role() -> None:
    wrapped = [TextLine(1, "本部員 都市戦略本部長、総務局長、子ども未来局", 100, 10.5, 500, True),
               TextLine(1, "長、環境局長", 160, 10.5, 230), TextLine(1, "(敬称略)", 100, 10.5, 150)]
    got = attendees(Part("attendees", "出席者", wrapped))
    assert [(a.role, a.title) for a in got] == [("本部員", "都市戦略本部長"), ("本部員", "総務局長"),
                                                ("本部員", "子ども未来局長"), ("本部員", "環境局長")]
    listed = attendees(Part("attendees", "出席者", lines("本部員:総務局長", "財政局長")))
    assert [(a.role, a.title) for a in listed] == [("本部員", "総務局長"), ("本部員", "財政局長")]


def test_unmarked_items_continue_after_a_wrapped_line() -> None:
    got = items([TextLine(1, "令和6年度の取組結果及び主要債権の徴収実績並びに今", 100, 10.5, 500, True),
                 TextLine(1, "後の課題について", 100, 10.5, 200), TextLine(1, "その他", 100, 10.5, 130)])
    assert got == ["令和6年度の取組結果及び主要債権の徴収実績並びに今後の課題について", "その他"]


def test_attendee_table_with_merged_roles() -> None:
    cells = [Cell(0, 0, "区分", "区分", (0, 0, 1, 1)), Cell(0, 1, "職名", "職名", (1, 0, 2, 1)),
             Cell(0, 2, "氏名", "氏名", (2, 0, 3, 1)),
             Cell(1, 0, "委員", "委員", (0, 1, 1, 3), rowspan=2), Cell(1, 1, "福祉部長", "福祉部長", (1, 1, 2, 2)),
             Cell(1, 2, "江藤 美穂", "江藤 美穂", (2, 1, 3, 2)), Cell(2, 1, "こども部長", "こども部長", (1, 2, 2, 3)),
             Cell(2, 2, "大野 剛", "大野 剛", (2, 2, 3, 3))]
    got = table_attendees(Grid(page=1, bbox=(0, 0, 3, 3), nrows=3, ncols=3, cells=cells))
    assert got == [Attendee(role="委員", title="福祉部長", name="江藤 美穂"),
                   Attendee(role="委員", title="こども部長", name="大野 剛")]


def test_method_phrases_and_kanji_meeting_numbers() -> None:
    assert METHOD_WORDS.search("対面及びオンライン(Web会議)の併用").group(0) == "対面及びオンライン(Web会議)の併用"
    assert METHOD_WORDS.search("ハイブリッド開催(対面・オンライン併用)").group(0) == "ハイブリッド開催"
    assert METHOD_WORDS.search("新型コロナ拡大防止のため書面開催とし").group(0) == "書面開催"
    m = MEETING_NUMBER.search("第三十一回さいたま市債権回収対策本部会")
    assert m is not None and read_int(m.group(1)) == 31


def test_meeting_date_is_the_first_complete_date_or_the_sending_date_in_writing() -> None:
    """令和7年度第2回 before the date is no date; a meeting held in writing is dated by the materials' sending date."""
    from saiken.extract.families.minutes import _date
    from saiken.extract.families.minutes_text import Part, TextLine
    held = [Part("date", "日時", [TextLine(1, "令和7年度第2回会議 令和7年11月17日(月) 午後2時", 0, 10)])]
    assert _date(held, "") == ("2025-11-17", "令和7年11月17日(月)")
    written = [Part("method", "開催方法", [TextLine(1, "書面開催", 0, 10)])]
    text = "令和4年1月14日付けで本部員に資料を送付し、令和4年1月28日までに意見を求めた。"
    assert _date(written, text) == ("2022-01-14", "令和4年1月14日")


def test_municipality_in_kana() -> None:
    assert municipality("令和6年度第2回つくば市債権管理委員会 会議録") == "つくば市"
    assert municipality("いわき市債権管理の取組状況") == "いわき市"


def test_council_record_people_on_one_line_and_speakers_after_the_header_table() -> None:
    """A council committee record (委員会記録): 「委員長 清水 純子 副委員長 中村 浩一」 are two people; the ○ speaker
    blocks start the discussion without a heading of their own."""
    from saiken.extract.families.minutes_people import title_name_pairs
    from saiken.extract.families.minutes_text import split_parts
    assert title_name_pairs("委員長 清水 純子 副委員長 中村 浩一") == [("委員長", "清水 純子"), ("副委員長", "中村 浩一")]
    assert title_name_pairs("総務局長・財政局長") == []
    lines = [TextLine(1, t, 0, 10) for t in ("総務委員会記録", "1 出席委員 委員長 清水 純子 副委員長 中村 浩一",
                                              "2 付議事件 所管事務調査 債権の状況について",
                                              "○委員長(清水純子) ただいまから開会します。",
                                              "○債権管理課長(藤田實) 御説明いたします。")]
    _, parts = split_parts(lines)
    assert [p.key for p in parts] == ["attendees", "agenda", "discussion"]
    assert len(parts[-1].lines) == 2


def test_council_record_header_parts_marked_like_speakers() -> None:
    """長野-style 委員会記録: 〇開会日時 / 〇出席委員（7名） / 〇会議に付した事件 are parts; ○北村委員長 is a speaker."""
    assert heading_text("〇出席委員（7名）") == "出席委員（7名）"
    assert heading_text("〇会議に付した事件") == "会議に付した事件"
    assert heading_text("出席委員（6名）") == "出席委員（6名）"
    assert heading_text("○北村委員長　ただいまから総務委員会を開会いたします。") is None


def test_agenda_items_numbered_with_a_space_and_grouped() -> None:
    """呉-style 付議事件: （所管事務調査） groups and a rule are no items; 町田-style 1 財務部 over (1)/(2) is a group."""
    got = items(lines("(所管事務調査)", "1 債権管理の取組状況について", "2 呉市債権管理計画の中間見直しについて",  # folded
                      "(その他)", "1 閉会中の継続調査について", "――――――――――――"))
    assert got == ["債権管理の取組状況について", "呉市債権管理計画の中間見直しについて", "閉会中の継続調査について"]
    got = items(lines("1 財務部", "(1)認定第1号 令和5年度決算認定について", "(2)行政報告 債権管理の取組状況について"))
    assert got == ["認定第1号 令和5年度決算認定について", "行政報告 債権管理の取組状況について"]


def test_a_post_held_with_another_among_named_people() -> None:
    from saiken.extract.families.minutes_people import title_name_pairs
    got = title_name_pairs("総務部長 倉田 修一 保健福祉部参事・国民健康保険課長 樋口 恵 収納課長 小松 隆")
    assert [t for t, _ in got] == ["総務部長", "保健福祉部参事・国民健康保険課長", "収納課長"]


def test_answers_labelled_by_speaker_in_the_part_before_the_discussion_heading() -> None:
    """河内長野市 (dev70), 書面開催: 「６ 所管する債権の状況について（回答票の要旨）」 over （税務課長） / （福祉部長） … blocks,
    then 「７ 意見及び質問並びに回答」 with ○総務部長 …: every answer is a statement, in order."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    m = convert(root / "corpus/dev70/pdf/sj_kawachinagano_minutes_1.pdf").minutes
    speakers = [s.speaker for s in m.statements]
    assert speakers[:6] == ["税務課長", "福祉部長", "子ども・若者部長", "都市づくり部長", "上下水道部長", "総務部長"]
    assert len(speakers) == 11
