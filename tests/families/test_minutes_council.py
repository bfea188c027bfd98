"""Council committee records of other cities (dev rounds 8–14): attendee lines, header labels, speakers and agenda
items, pinned with the strings those documents print."""
from __future__ import annotations

import pytest

from saiken.extract.families.minutes_people import _titles, attendees, table_attendees, title_name_pairs
from saiken.extract.families.minutes_text import Part, TextLine, despaced, heading_text, items, speaker_label, \
    split_label
from saiken.extract.layout import Cell, Grid


@pytest.mark.parametrize("printed, joined", [
    ("委 員 松 井 良 子 委 員 大 野 健 太 郎", "委員 松井良子 委員 大野健太郎"),
    ("1 番 仲本 辰 雄 議員 16 番 国 吉 亮 議員", "仲本 辰雄 議員 国吉亮 議員"),
    ("委員長 木 下 誠 副委員長 堀 恵 美", "委員長 木下誠 副委員長 堀恵美"),
    ("〃 松 田 明 美", "〃 松田明美"),
])
def test_spaced_out_people_lines_are_joined(printed: str, joined: str) -> None:
    assert despaced(printed) == joined


@pytest.mark.parametrize("line, pairs", [
    ("委 員 杉 山 隆 委 員 後 藤 久 美 子", [("委員", "杉山隆"), ("委員", "後藤久美子")]),
    ("4 番 伊盛 サ チ 子 議員 19 番 下 門 勝 議員", [("議員", "伊盛 サチ子"), ("議員", "下門勝")]),
    ("委員長 清水 直樹君 副委員長 高田 美穂君 委員 佐々木 修君",
     [("委員長", "清水 直樹"), ("副委員長", "高田 美穂"), ("委員", "佐々木 修")]),
    ("福祉部長 当間 重 俊 総務部参事(税務・債権管理担当) 比 嘉 満",
     [("福祉部長", "当間 重俊"), ("総務部参事(税務・債権管理担当)", "比嘉満")]),
    ("局長 浜田 修 課長 谷口 亜紀 主査 中西 翔", [("局長", "浜田 修"), ("課長", "谷口 亜紀"), ("主査", "中西 翔")]),
    ("委員長　佐々木　康　弘　　　副委員長　田　辺　　　聡", [("委員長", "佐々木 康弘"), ("副委員長", "田辺聡")]),
    ("委員　山田　敏夫　工藤　健一　蒔苗　誠　鳴海　洋子　今　孝志",
     [("委員", "山田 敏夫"), ("委員", "工藤 健一"), ("委員", "蒔苗 誠"), ("委員", "鳴海 洋子"), ("委員", "今 孝志")]),
])
def test_people_lines_of_council_records(line: str, pairs: list[tuple[str, str]]) -> None:
    assert title_name_pairs(line) == pairs


def test_titles_split_around_a_piece_that_is_no_title() -> None:
    got = _titles("市長室長・総合政策部長・子ども・若者部長・福祉部長")
    assert got == ["市長室長", "総合政策部長", "子ども・若者部長", "福祉部長"]


def _part(heading: str, *lines: str) -> Part:
    return Part("attendees", heading, [TextLine(1, t, 85.0, 10.5) for t in lines])


def test_ditto_marks_asides_and_rules_in_an_attendee_part() -> None:
    got = attendees(_part("出席委員", "委員長 山 根 孝 雄", "委員 大 下 誠", "〃 松 田 明 美", "〃 土 井 康 弘",
                          "12名", "その他関係職員", "――――――――――"))
    assert [(a.title, a.name) for a in got] == [("委員長", "山根孝雄"), ("委員", "大下誠"), ("委員", "松田明美"),
                                               ("委員", "土井康弘")]


def test_a_wrapped_title_list_in_a_cell() -> None:
    got = attendees(_part("出席者(書面回答者)", "委 員 市長室長・総合政策部長・市民生活部長・子ども・若者部長・福祉部",
                          "長・健康部長・都市整備部長"))
    assert [a.title for a in got] == ["市長室長", "総合政策部長", "市民生活部長", "子ども・若者部長", "福祉部長",
                                      "健康部長", "都市整備部長"]
    assert {a.role for a in got} == {"委員"}


def test_title_name_pairs_table_without_headers() -> None:
    texts = [["委員長", "中村 浩", "副委員長", "石井 亮子"], ["委員", "佐藤 健一", "委員", "高木 雅人"],
             ["観光・産業課長", "野口 進", "", ""]]
    cells = [Cell(r, c, t, t, (c * 50.0, r * 20.0, c * 50.0 + 50, r * 20.0 + 20)) for r, row in enumerate(texts)
             for c, t in enumerate(row)]
    grid = Grid(page=1, bbox=(0.0, 0.0, 200.0, 60.0), nrows=3, ncols=4, cells=cells)
    got = table_attendees(grid)
    assert [(a.title, a.name) for a in got] == [("委員長", "中村 浩"), ("副委員長", "石井 亮子"), ("委員", "佐藤 健一"),
                                               ("委員", "高木 雅人"), ("観光・産業課長", "野口 進")]


@pytest.mark.parametrize("line, heading", [
    ("出席議員(30 名)", "出席議員(30 名)"),
    ("・説明のために出席した者", "説明のために出席した者"),
    ("欠席委員 な し", "欠席委員 な し"),
    ("職務のため出席した事務局職員", "職務のため出席した事務局職員"),
    ("説明のための出席者", "説明のための出席者"),
    ("議事日程第3号", "議事日程第3号"),
    ("日 程 1 所管事務の調査(報告)", "日 程 1 所管事務の調査(報告)"),
])
def test_council_header_labels_are_headings(line: str, heading: str) -> None:
    assert heading_text(line) == heading


@pytest.mark.parametrize("line", ["委員長 山 根 孝 雄", "議事課長 小 川 勉", "佐々木委員", "○木下誠委員長",
                                  "1 番 仲本 辰 雄 議員 16 番 国 吉 亮 議員"])
def test_people_and_speakers_are_no_headings(line: str) -> None:
    assert heading_text(line) is None


def test_a_count_in_parentheses_stays_in_the_label() -> None:
    assert split_label("出席議員(30 名)") == ("出席議員(30 名)", "")
    assert split_label("日 程 1 所管事務の調査(報告)") == ("日 程", "1 所管事務の調査(報告)")


def test_seat_numbered_speaker() -> None:
    assert speaker_label("○19 番(小野寺正) 監査委員の決算審査意見書において、") == \
        ("19番(小野寺正)", "監査委員の決算審査意見書において、")


def test_agenda_items_under_group_labels_and_inline_numbers() -> None:
    lines = [TextLine(1, t, 70.0, 10.5) for t in ("1 総務部所管事項", "(1)報告事項", "ア 令和6 年度市税等の収納状況について",
                                                   "イ 令和7 年度第2 回江別市債権管理推進会議の開催結果について",
                                                   "ウ 債権の放棄について")]
    assert items(lines) == ["令和6年度市税等の収納状況について", "令和7年度第2回江別市債権管理推進会議の開催結果について",
                            "債権の放棄について"]
    inline = [TextLine(1, "所管事務調査 (1) 債権管理の状況について (2) 令和6 年度における債権の放棄について", 92.0, 10.5)]
    assert items(inline) == ["債権管理の状況について", "令和6年度における債権の放棄について"]


@pytest.mark.parametrize("line, speaker", [
    ("◆寺島 委員 現年課税分は高い水準で推移していると思いますが、", ("寺島委員", "現年課税分は高い水準で推移していると思いますが、")),
    ("○19 番(小野寺正) 監査委員の決算審査意見書において、", ("19番(小野寺正)", "監査委員の決算審査意見書において、")),
    ("◯田川委員［42頁］　国民健康保険税の収納率について伺います。", ("田川委員", "国民健康保険税の収納率について伺います。")),
])
def test_council_speaker_marks(line: str, speaker: tuple[str, str]) -> None:
    assert speaker_label(line) == speaker


def test_topic_lines_and_closing_time_of_a_council_record() -> None:
    from saiken.extract.families.minutes_text import blocks
    lines = [TextLine(1, t, 62.0, 10.5) for t in (
        "◎市税等の収納状況(10月末)について", "○北村委員長 次に、収納状況について説明を求めます。",
        "○小松収納課長 現年課税分は前年同期を上回っております。", "佐々木委員",
        "滞納繰越分の状況を伺います。", "午前11 時24 分閉会", "(資料)")]
    got = [(b.speaker, b.section) for b in blocks(lines)]
    assert got == [("北村委員長", "市税等の収納状況(10月末)について"), ("小松収納課長", "市税等の収納状況(10月末)について"),
                   ("佐々木委員", "市税等の収納状況(10月末)について")]


def test_a_top_level_agenda_line_without_items_below_is_an_item() -> None:
    lines = [TextLine(1, t, 70.0, 10.5) for t in ("1 所管事務の調査(報告)", "(1) 令和5年度債権確保策の取組結果について",
                                                   "2 その他")]
    assert items(lines) == ["令和5年度債権確保策の取組結果について", "その他"]


def test_bracketed_agenda_heading_and_honorific_tokens() -> None:
    assert heading_text("【所管事務調査】") == "所管事務調査"
    assert heading_text("〇説明のため出席した者の職氏名") is not None
    assert title_name_pairs("副委員長 伊藤 明美 君") == [("副委員長", "伊藤 明美")]
