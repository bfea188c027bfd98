"""Attendee lists checked against the count their heading prints."""
from __future__ import annotations

import pytest

from saiken.extract.families.minutes_people import attendees, printed_count
from saiken.extract.families.minutes_text import Part, TextLine, heading_text


@pytest.mark.parametrize("heading, count", [
    ("出席委員（６名）", 6), ("出席委員(7名)", 7), ("本部員（本部長・副本部長・本部員９名・事務局２名）", 13),
    ("説明のため出席した者", None), ("出席者（敬称略）", None),
])
def test_printed_count(heading: str, count: int | None) -> None:
    assert printed_count(heading) == count


def _part(heading: str, *lines: str) -> Part:
    return Part("attendees", heading, [TextLine(1, t, 100.0, 10.0) for t in lines])


def test_a_name_cut_by_the_end_of_a_cell_line_is_joined_to_meet_the_count() -> None:
    """越谷市: 「委員長 山口達也 副委員長 森恵子 石川亮 藤田」 / 「智子 小野寺博 中島健一」 under 出席委員（６名）."""
    got = attendees(_part("出席委員(6名)", "委員長 山口達也 副委員長 森恵子 石川亮 藤田", "智子 小野寺博 中島健一"))
    assert [a.name for a in got] == ["山口達也", "森恵子", "石川亮", "藤田智子", "小野寺博", "中島健一"]


def test_a_title_cut_after_a_separator_is_joined() -> None:
    """越谷市: 「総務部長 大塚和夫、債権管理課長 清水誠、収」 / 「納課長 高橋美穂、…」."""
    got = attendees(_part("説明のため出席した者", "総務部長 大塚和夫、債権管理課長 清水誠、収", "納課長 高橋美穂、国民健康保険課長 岡田修"))
    assert [(a.title, a.name) for a in got] == [("総務部長", "大塚和夫"), ("債権管理課長", "清水誠"), ("収納課長", "高橋美穂"),
                                                ("国民健康保険課長", "岡田修")]


def test_a_numbered_heading_giving_the_make_up_of_a_list_is_the_attendee_heading() -> None:
    """さがみ野市: 「２　本部員（本部長・副本部長・本部員９名・事務局２名）」."""
    assert heading_text("2 本部員(本部長・副本部長・本部員9名・事務局2名)") == "本部員(本部長・副本部長・本部員9名・事務局2名)"


def test_letter_spaced_names_set_apart_by_wide_gaps_meet_the_count() -> None:
    """春日井市: 「委　員　伊 藤 健 司　　長谷川　誠　　丹 羽 由紀子　　小 林 大 輔　　梶 田　修」 under 出席委員（７名）."""
    lines = [TextLine(1, "委員長 水 野 博 之 副委員長 加 藤 里 美", 94.0, 10.5,
                      wide="委員長 水 野 博 之  副委員長 加 藤 里 美"),
             TextLine(1, "委 員 伊 藤 健 司 長谷川 誠 丹 羽 由紀子 小 林 大 輔 梶 田 修", 94.0, 10.5,
                      wide="委 員 伊 藤 健 司  長谷川 誠  丹 羽 由紀子  小 林 大 輔  梶 田 修")]
    got = attendees(Part("attendees", "出席委員(7名)", lines))
    assert [(a.role, a.name) for a in got] == [("委員長", "水野博之"), ("副委員長", "加藤里美"), ("委員", "伊藤健司"),
                                               ("委員", "長谷川誠"), ("委員", "丹羽由紀子"), ("委員", "小林大輔"),
                                               ("委員", "梶田修")]


def test_an_agenda_item_printed_again_over_the_discussion_is_listed_once() -> None:
    """音更町: 付議事件 「１　所管事務調査　町の債権管理の状況について」 and 「◎所管事務調査　町の債権管理の状況について」."""
    from saiken.extract.families.minutes import _once
    assert _once(["所管事務調査 町の債権管理の状況について", "令和7年度第2回音更町債権管理委員会の審議結果について(報告)",
                  "町の債権管理の状況について"]) == ["所管事務調査 町の債権管理の状況について",
                                                    "令和7年度第2回音更町債権管理委員会の審議結果について(報告)"]


def test_review_items_printed_after_their_label_are_the_agenda() -> None:
    """伊勢市議会: 「審査事項 1 所管事務調査「市の債権管理の取組状況について」」."""
    assert heading_text("審査事項 1 所管事務調査「市の債権管理の取組状況について」") is not None
    from saiken.extract.families.minutes_text import part_key
    assert part_key("審査事項") == "agenda"


def test_a_meeting_number_printed_under_the_title_belongs_to_it() -> None:
    """あけぼの市議会: 「総務常任委員会記録」 (large) over 「（第８回）」."""
    from saiken.extract.families.minutes import _title_lines
    head = [TextLine(1, "総務常任委員会記録", 200.0, 16.0), TextLine(1, "(第8回)", 250.0, 11.0),
            TextLine(1, "※本記録中の数値は、…", 60.0, 9.0)]
    assert [ln.text for ln in _title_lines(head, head)] == ["総務常任委員会記録", "(第8回)"]


def test_council_header_with_spaced_labels_and_one_character_given_names() -> None:
    """杉浦市議会: 「〇場 所 第2委員会室」 is a header part, no speaker; 豊橋市議会: 「案 件 (1)所管事務調査 …」 is the
    agenda; 「委 員 牧野 隆 近藤和彦 鈴木恵子 伊藤 誠 高橋 聡」 is five members."""
    from saiken.extract.families.minutes_people import title_name_pairs
    assert heading_text("〇場 所 第2委員会室") is not None
    assert heading_text("案 件 (1)所管事務調査 市の債権管理の取組状況について") is not None
    assert [n for _, n in title_name_pairs("委員 牧野 隆 近藤和彦 鈴木恵子 伊藤 誠 高橋 聡")] == \
        ["牧野 隆", "近藤和彦", "鈴木恵子", "伊藤 誠", "高橋 聡"]
    assert [n for _, n in title_name_pairs("委員 石橋 誠 中西 恵子 竹内 亮 原田 健二")] == \
        ["石橋 誠", "中西 恵子", "竹内 亮", "原田 健二"]


def test_names_read_apart_by_their_single_blanks_past_the_count_are_read_by_the_wide_gaps() -> None:
    """名取川市議会: 「委員　阿部　健一　　伊藤　真理　　大槻　修　　菊地　さやか」 under 出席委員（9名）: one blank
    inside a name, two between people."""
    lines = [TextLine(1, "委員長 佐藤 文彦 副委員長 高橋 恵子", 99.0, 10.5, wide="委員長 佐藤 文彦  副委員長 高橋 恵子"),
             TextLine(1, "委員 阿部 健一 伊藤 真理 大槻 修 菊地 さやか", 99.0, 10.5,
                      wide="委員 阿部 健一  伊藤 真理  大槻 修  菊地 さやか"),
             TextLine(1, "委員 鈴木 英樹 千葉 亮 渡辺 和子", 99.0, 10.5, wide="委員 鈴木 英樹  千葉 亮  渡辺 和子")]
    got = attendees(Part("attendees", "出席委員(9名)", lines))
    assert [a.name for a in got] == ["佐藤文彦", "高橋恵子", "阿部健一", "伊藤真理", "大槻修", "菊地さやか", "鈴木英樹",
                                     "千葉亮", "渡辺和子"]


def test_a_meeting_number_printed_over_the_title_belongs_to_it() -> None:
    """彦根市議会: 「令和7 年度第2 回」 on a line of its own over 「彦根市議会 市税等収納対策特別委員会 会議録」."""
    from saiken.extract.families.minutes import _title_lines
    head = [TextLine(1, "令和7年度第2回", 250.0, 12.0), TextLine(1, "彦根市議会 市税等収納対策特別委員会 会議録", 150.0, 16.0),
            TextLine(1, "1 開会日時 令和7年11月18日(火)", 60.0, 10.5)]
    assert [ln.text for ln in _title_lines(head, head)] == ["令和7年度第2回", "彦根市議会 市税等収納対策特別委員会 会議録"]


@pytest.mark.parametrize(("lines", "number"), [
    (["市税等収納対策特別委員会記録", "(令和6年度第4回)"], 4),  # かすが野市: the number under the title, with its year
    (["令和7年第4回定例会 総務文教常任委員会記録"], None),  # 釧路市: the council's session, not the committee's
    (["第161回うるま市議会(定例会)会議録(3日目)"], 161),  # the council's own record: its session is its number
])
def test_the_meeting_number_is_the_committees_own(lines: list[str], number: int | None) -> None:
    from saiken.extract.families.minutes import _title_lines, meeting_number
    head = [TextLine(1, t, 200.0, 16.0 if k == 0 else 11.0) for k, t in enumerate(lines)] + \
        [TextLine(1, "1 開催日時 令和7年3月12日(水)", 60.0, 10.5)]
    assert meeting_number(" ".join(ln.text for ln in _title_lines(head, head))) == number


def test_a_family_and_given_name_read_as_two_are_one_person_to_meet_the_count() -> None:
    """秋田市議会: 「委員長 佐々木 健一 副委員長 高橋 美和」 under 出席委員（6名）: 佐々木 and 健一 are one person."""
    got = attendees(_part("出席委員(6名)", "委員長 佐々木 健一 副委員長 高橋 美和",
                          "委員 伊藤 直樹 委員 工藤 里美 委員 小松 隆 委員 斎藤 由紀"))
    assert len(got) == 6 and got[0].name.replace(" ", "") == "佐々木健一"


def test_people_set_a_wide_gap_apart_are_read_piece_by_piece_without_a_count() -> None:
    """みずさわ市 (dev32): 「委員長　佐々木　健一　　副委員長　昆野　由美」, 「委　員　小野寺　実　　及川　修平　…　村上」 /
    「昌之」 (the name cut by the line), and titles before their names under 説明のため出席した者."""
    def line(wide: str, wraps: bool = False) -> TextLine:
        return TextLine(1, " ".join(wide.split()), 100.0, 10.0, 500.0, wraps, wide)

    members = Part("attendees", "出席委員", [line("委員長 佐々木 健一  副委員長 昆野 由美"),
                                          line("委 員 小野寺 実  及川 修平  熊谷 亮  村上", True), line("昌之")])
    assert [(a.role, a.name) for a in attendees(members)] == [
        ("委員長", "佐々木 健一"), ("副委員長", "昆野 由美"), ("委員", "小野寺 実"), ("委員", "及川 修平"), ("委員", "熊谷 亮"),
        ("委員", "村上 昌之")]
    staff = Part("attendees", "説明のため出席した者", [line("財務部長 高橋 誠  債権管理課長 千葉 恵子  納税課長 渡辺 一郎"),
                                                     line("〃 菊池 隆  こども・家庭支援課長 阿部 裕子")])
    assert [(a.title, a.name) for a in attendees(staff)] == [
        ("財務部長", "高橋 誠"), ("債権管理課長", "千葉 恵子"), ("納税課長", "渡辺 一郎"), ("納税課長", "菊池 隆"),
        ("こども・家庭支援課長", "阿部 裕子")]


def test_a_label_wrapped_in_its_column_and_an_agenda_item_opening_with_an_agenda_word() -> None:
    """みずさわ市 (dev32): 「説明のため出席した　財務部長 … 渡辺　一」 / 「者　　郎」; 「案　件」 over 「１　所管事務調査　市の…」."""
    from saiken.extract.families.minutes_text import _join_label_wraps, split_parts
    lines = [TextLine(1, "説明のため出席した 財務部長 高橋 誠 納税課長 渡辺 一", 90.0, 10.0, 500.0, True,
                      "説明のため出席した 財務部長 高橋 誠  納税課長 渡辺 一"),
             TextLine(1, "者 郎", 90.0, 10.0, 230.0, False, "者  郎")]
    joined = _join_label_wraps(lines)
    assert [ln.text for ln in joined] == ["説明のため出席した者 財務部長 高橋 誠 納税課長 渡辺 一郎"]
    _, parts = split_parts([TextLine(1, t, 90.0, 10.0) for t in (
        "案 件", "1 所管事務調査 市の債権管理の取組状況について", "2 報告事項 令和6年度における私債権の放棄について",
        "○佐々木委員長 ただいまから委員会を開会いたします。")])
    assert [(p.key, [ln.text for ln in p.lines]) for p in parts][0] == (
        "agenda", ["1 所管事務調査 市の債権管理の取組状況について", "2 報告事項 令和6年度における私債権の放棄について"])


def test_assistant_titles_and_a_letter_spaced_explainers_label() -> None:
    """小山市 (dev35): 議事課長補佐・議事課主査 are two titles; 滝沢市 (dev36): 「説 明 員　総務部長　熊谷　修」 opens the
    explainers, 説明員 their role and no person."""
    from saiken.extract.families.minutes_people import _groups, _titles
    from saiken.extract.families.minutes_text import TextLine
    assert _titles("議事課長補佐・議事課主査") == ["議事課長補佐", "議事課主査"]
    lines = [TextLine(1, "説 明 員 総務部長 熊谷 修", 76.0, 10.0), TextLine(1, "収納課長 及川 隆之", 303.0, 10.0)]
    assert _groups(lines, "委員") == [("説明員", "総務部長 熊谷 修"), ("説明員", "収納課長 及川 隆之")]


def test_a_title_cut_by_the_end_of_a_line_after_a_list_separator_is_joined() -> None:
    """苫小牧市 (dev39): 「委 員：総務部長・…・福祉部長・都市建設」 / 「部長・上下水道部長・教育部長」."""
    got = attendees(_part("出席者", "委員：総務部長・健康・こども部長・福祉部長・都市建設", "部長・上下水道部長・教育部長"))
    assert [a.title for a in got] == ["総務部長", "健康・こども部長", "福祉部長", "都市建設部長", "上下水道部長", "教育部長"]


def test_names_before_their_titles_on_a_line_that_runs_to_the_edge_stay_apart() -> None:
    """すずかけ市 (dev39): 「北村 修 財務部長 大澤 浩二 財務部次長兼納税課長」 ran to the edge; the next line is people of
    its own, not the end of it. The heading 説明のため出席した者 gives them the role 説明員."""
    lines = [TextLine(1, "北村 修 財務部長 大澤 浩二 財務部次長兼納税課長", 100.0, 10.0, wraps=True),
             TextLine(1, "佐野 由紀 債権管理課長 三浦 剛 健康福祉部長", 100.0, 10.0)]
    got = attendees(Part("attendees", "説明のため出席した者", lines))
    assert [(a.role, a.title, a.name) for a in got] == [
        ("説明員", "財務部長", "北村 修"), ("説明員", "財務部次長兼納税課長", "大澤 浩二"),
        ("説明員", "債権管理課長", "佐野 由紀"), ("説明員", "健康福祉部長", "三浦 剛")]


def test_numbered_role_lines_a_make_up_line_and_a_count_joined_by_oyobi() -> None:
    """函館市 (dev42): 「(1)議 長 副市長」「(2)委 員 総務部長・…」; たつの市 (dev43): 「委員長・委員8名・事務局3名」 under 出席者
    is the list's make-up; いわき市 (dev40): 出席者（会長、副会長及び委員8名） counts ten."""
    got = attendees(_part("出席者", "(1)議 長 副市長", "(2)委 員 総務部長・財務部長", "(3)事務局 財務部次長・納税課長"))
    assert [(a.role, a.title) for a in got] == [("議長", "副市長"), ("委員", "総務部長"), ("委員", "財務部長"),
                                                ("事務局", "財務部次長"), ("事務局", "納税課長")]
    got = attendees(_part("出席者", "委員長・委員2名・事務局1名", "委員長：副市長", "委員：総務部長・企画財政部長", "事務局：税務課長"))
    assert [a.title for a in got] == ["副市長", "総務部長", "企画財政部長", "税務課長"]
    assert printed_count("出席者（会長、副会長及び委員8名）") == 10
