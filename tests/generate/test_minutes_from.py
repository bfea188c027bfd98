"""議事要旨 draft from the previous meeting's converted minutes (`saiken draft minutes --from`, issue 12 item 6):
next number, same body and attendees, placeholders; the meeting YAML overrides; Japanese errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.extract.records import Document
from saiken.generate.minutes import MeetingError, draft_minutes, load_previous, next_meeting, next_title
from saiken.main import main
from support.docx_read import GOLD, PLACEHOLDER, ROOT, all_text, highlighted

#: The 出席者 of the 第29回 meeting (corpus/pdf/saitama_minutes_029.pdf p.1), as the draft prints them.
ATTENDEES_029 = ["本部長：副市長",
                 "本部員：都市戦略本部長・総務局長・財政局長・保健福祉局長・子ども未来局長・環境局長・建設局長・西区長・"
                 "緑区長・副教育長",
                 "事務局：税務部長・収納対策課長"]


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 第29回 minutes PDF converted by `saiken extract`."""
    out = tmp_path_factory.mktemp("prev") / "out"
    assert main(["extract", str(ROOT / "corpus" / "pdf" / "saitama_minutes_029.pdf"), "-o", str(out), "-q",
                 "-j", "1"]) == 0
    return out / "saitama_minutes_029.json"


def test_next_meeting_from_the_previous_minutes(previous: Path, tmp_path: Path) -> None:
    d = draft_minutes(None, tmp_path / "第30回.docx", previous=previous)
    lines = all_text(d.path).split("\n")
    assert lines[0] == "第３０回さいたま市債権回収対策本部会 議事要旨"
    assert "２ 出席者（本部長・本部員１０名・事務局２名）" in lines
    pos = lines.index(ATTENDEES_029[0])
    assert lines[pos:pos + 3] == ATTENDEES_029
    assert [g.label for g in d.gaps] == ["開催方法（開催日・方法）", "議題", "資料", "意見及び質問"]
    assert highlighted(d.path) == [PLACEHOLDER] * 4
    assert "（１）（要入力）" in lines


def test_title_and_roles_match_the_real_next_meeting(previous: Path) -> None:
    """The real 第30回 (corpus/blind, 令和4年7月27日) has the title and the roles the draft starts from."""
    m = next_meeting(load_previous(previous))
    assert m.meeting_number == 30 and m.body == "さいたま市債権回収対策本部会"
    path = GOLD.parent / "blind" / "gold" / "saitama_minutes_030_r2.json"
    if not path.is_file():
        pytest.skip(f"{path.relative_to(ROOT)} がありません")
    real = Document.model_validate_json(path.read_text(encoding="utf-8")).minutes
    assert real is not None and m.title == real.title
    assert list(dict.fromkeys(a.role for a in m.attendees)) == list(dict.fromkeys(a.role for a in real.attendees))


def test_yaml_values_override_the_previous_meeting(previous: Path, tmp_path: Path) -> None:
    """The YAML's date, method, agenda and materials (those of the real 第30回) fill the draft; the title, number
    and attendees still come from 第29回."""
    src = tmp_path / "m.yaml"
    src.write_text("date: 2022-07-27\nmethod: 対面開催\nagenda:\n  - 令和3年度債権回収実施計画の実績報告について\n"
                   "  - 令和4年度債権回収実施計画について\nmaterials:\n  - 資料1 令和3年度債権回収実施計画 実績報告書\n",
                   encoding="utf-8")
    d = draft_minutes(src, tmp_path / "m.docx", previous=previous)
    lines = all_text(d.path).split("\n")
    assert lines[0] == "第３０回さいたま市債権回収対策本部会 議事要旨"
    assert "令和４年７月２７日（水）　対面開催" in lines
    assert "（２）令和４年度債権回収実施計画について" in lines
    assert "資料１ 令和３年度債権回収実施計画 実績報告書" in lines
    assert ATTENDEES_029[0] in lines
    assert [g.label for g in d.gaps] == ["意見及び質問"]


def test_yaml_number_attendees_and_half_width_digits(previous: Path, tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    src.write_text("meeting_number: 31\nfullwidth: false\nattendees:\n  - {role: 本部長, title: 副市長}\n"
                   "  - {role: 本部員, title: 財政局長, name: 山田 太郎}\n", encoding="utf-8")
    lines = all_text(draft_minutes(src, tmp_path / "m.docx", previous=previous).path).split("\n")
    assert lines[0] == "第31回さいたま市債権回収対策本部会 議事要旨"
    assert "２ 出席者（本部長・本部員）" in lines and "本部員：財政局長（山田 太郎）" in lines
    assert ATTENDEES_029[1] not in lines


def test_per_year_numbering_rolls_with_the_date(tmp_path: Path) -> None:
    """つくば市 numbers its committee per 年度 (corpus/dev4: 令和6年度第2回, 2024-11-19): the next meeting is 第3回
    in the same 年度, 第1回 of 令和7年度 when the YAML's date is after March; names are kept with the titles."""
    prev = GOLD.parent / "dev4" / "gold" / "tsukuba_minutes_5.json"
    if not prev.is_file():
        pytest.skip(f"{prev.relative_to(ROOT)} がありません")
    for date, title in (("2025-02-10", "令和６年度第３回つくば市債権管理委員会 会議録"),
                        ("2025-06-02", "令和７年度第１回つくば市債権管理委員会 会議録")):
        src = tmp_path / "m.yaml"
        src.write_text(f"date: {date}\n", encoding="utf-8")
        lines = all_text(draft_minutes(src, tmp_path / "m.docx", previous=prev).path).split("\n")
        assert lines[0] == title
        assert "委員長：副市長（森田 浩二）" in lines


@pytest.mark.parametrize(("title", "kwargs", "expected"), [
    ("第29回さいたま市債権回収対策本部会 議事要旨", {}, ("第30回さいたま市債権回収対策本部会 議事要旨", 30)),
    ("令和5年度第3回つくば市債権管理委員会（書面開催）議事要旨", {"date": "2024-05-20"},
     ("令和6年度第1回つくば市債権管理委員会議事要旨", 1)),
    ("令和6年度 第2回みなと市債権管理委員会 会議録", {}, ("令和6年度 第3回みなと市債権管理委員会 会議録", 3)),
    ("平成30年度第3回X市債権管理委員会 会議録", {"date": "2019-06-01"}, ("令和元年度第1回X市債権管理委員会 会議録", 1)),
    ("令和6年第4回総務委員会 会議録", {"date": "2025-02-20"}, ("令和7年第1回総務委員会 会議録", 1)),
    ("総務委員会記録", {}, ("総務委員会記録", None)),
])
def test_next_title(title: str, kwargs: dict[str, str], expected: tuple[str, int | None]) -> None:
    assert next_title(title, **kwargs)[:2] == expected


def test_not_minutes_is_a_japanese_error(tmp_path: Path) -> None:
    plan = GOLD / "amagasaki_plan_2nd.json"
    with pytest.raises(MeetingError) as e:
        load_previous(plan)
    assert str(e.value).startswith(f"{plan}: 議事要旨・会議録ではありません（「")
    assert "は計画として変換されています）。--from には、前回の議事要旨のPDFを saiken extract で変換したJSON" in str(e.value)
    other = tmp_path / "package.json"
    other.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(MeetingError, match=r"package.json: saiken extract の出力（変換済みJSON）ではありません"):
        load_previous(other)
    text = tmp_path / "memo.json"
    text.write_text("議事要旨", encoding="utf-8")
    with pytest.raises(MeetingError, match=r"memo.json: JSON ファイルではありません"):
        load_previous(text)


def test_cli_from(previous: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "議事要旨_第30回.docx"
    assert main(["draft", "minutes", "--from", str(previous), "-o", str(out)]) == 0
    assert f"下書きを書きました: {out}（要入力 4 か所）" in capsys.readouterr().out
    assert main(["draft", "minutes", "-o", str(out)]) == 2
    assert "会議の記録（MEETING.yaml）か --from（前回の議事要旨を変換したJSON）を指定してください" in capsys.readouterr().err
    plan = GOLD / "amagasaki_plan_2nd.json"
    assert main(["draft", "minutes", "--from", str(plan), "-o", str(out)]) == 2
    assert f"saiken: エラー: {plan}: 議事要旨・会議録ではありません" in capsys.readouterr().err
