"""議事要旨 draft from a meeting YAML: さいたま市 outline, full-width digits, speaker blocks, placeholders."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.generate.minutes import MeetingError, draft_minutes, load_meeting
from support.docx_read import PLACEHOLDER, ROOT, all_text, highlighted

EXAMPLE = ROOT / "corpus" / "meetings" / "saitama_029.yaml"


@pytest.fixture(scope="module")
def text(tmp_path_factory: pytest.TempPathFactory) -> str:
    d = draft_minutes(EXAMPLE, tmp_path_factory.mktemp("minutes") / "議事要旨.docx")
    assert d.gaps == []
    return all_text(d.path)


def test_outline_in_order(text: str) -> None:
    heads = ["第２９回さいたま市債権回収対策本部会 議事要旨", "１ 開催方法", "２ 出席者（本部長・本部員１０名・事務局２名）",
             "３ 議　題", "４ 資　料", "５ 意見及び質問", "以上"]
    positions = [text.index(h) for h in heads]
    assert positions == sorted(positions)
    assert "令和４年１月１４日付けで各本部員に資料を送付して" in text


def test_attendees_agenda_materials(text: str) -> None:
    assert "本部員：都市戦略本部長・総務局長・財政局長・保健福祉局長・子ども未来局長・環境局長・建設局長・西区長・緑区長・副教育長" in text
    assert "事務局：税務部長・収納対策課長" in text
    assert "（１）令和３年度債権回収実施計画の中間報告について" in text
    assert "（３）高額困難事案の集中処理に関する引継要領の改定について" in text
    assert "（別添）第２９回さいたま市債権回収対策本部会資料" in text


def test_speaker_blocks_under_their_sections(text: str) -> None:
    meeting = load_meeting(EXAMPLE)
    lines = text.split("\n")
    speakers = [ln[1:-1] for ln in lines if ln.startswith("（") and ln.endswith("）") and "）" not in ln[:-1]]
    assert speakers == [s.speaker for s in meeting.statements]
    assert [ln for ln in lines if ln.startswith("（") and "）" in ln[:-1] and ln[1] in "１２３"][-3:] == [
        "（１）所管する債権の状況について報告", "（２）本部長から質問", "（３）本部長からのコメント"]
    for s in meeting.statements:
        for para in s.text.split("\n\n"):
            assert para.strip() in lines


def test_missing_fields_become_placeholders(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    src.write_text("body: 債権管理委員会\nmeeting_number: 3\nmethod: 対面\n", encoding="utf-8")
    d = draft_minutes(src, tmp_path / "m.docx")
    assert [g.label for g in d.gaps] == ["開催方法（開催日・方法）", "出席者", "議題", "資料", "意見及び質問"]
    assert highlighted(d.path) == [PLACEHOLDER] * 5
    assert "第３回債権管理委員会 議事要旨" in all_text(d.path)


def test_date_written_as_wareki_or_iso(tmp_path: Path) -> None:
    for raw in ("令和8年6月3日", "2026-06-03"):
        src = tmp_path / "m.yaml"
        src.write_text(f"title: 会議\ndate: {raw}\nmethod: 対面開催\n", encoding="utf-8")
        assert "令和８年６月３日（水）　対面開催" in all_text(draft_minutes(src, tmp_path / "m.docx").path)


@pytest.mark.parametrize(("content", "message"), [
    ("- a\n- b\n", "会議の内容（title, date, attendees…）が書かれていません"),
    ("title: a\nspeakers: []\n", "bad.yaml 2行目: 項目「speakers」は知らない項目です（綴りを確認してください）"),
    ("title: [a\n", "bad.yaml 2行目: YAMLの書き方に誤りがあります（字下げ・「:」・引用符を確認してください）"),
    ("title: a\nmeeting_number: 三\n", "bad.yaml 2行目: 回数（meeting_number）は整数で書いてください"),
    ("title: a\nattendees:\n  - {role: 本部長, title: 副市長}\n  - role: 本部員\n    name: 山田\n",
     "bad.yaml 4行目: 出席者の2番目の職名（attendees[1].title）がありません"),
    ("title: a\ndate: 令和4年13月1日\n", "bad.yaml 2行目: 日付（date）が正しくありません（13月は存在しません: '令和4年13月1日'）"),
    ("title: a\nagenda: 議題\n", "bad.yaml 2行目: 議題（agenda）は「- 」で始まる行の並び（リスト）で書いてください"),
])
def test_bad_meeting_file(tmp_path: Path, content: str, message: str) -> None:
    src = tmp_path / "bad.yaml"
    src.write_text(content, encoding="utf-8")
    with pytest.raises(MeetingError) as e:
        load_meeting(src)
    assert str(e.value) == f"{src.parent / message}" if message.startswith("bad.yaml") else message in str(e.value)
