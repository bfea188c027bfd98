"""The user's own debt dictionary and templates (issue 12 item 2): `--debts FILE`, SAIKEN_DEBTS, `--templates DIR`.
The end-to-end runs from an installed wheel are in tests/test_wheel.py."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from saiken.main import main
from saiken.normalize.debts import ENV_VAR, load_dictionary, use_dictionary

ROOT = Path(__file__).resolve().parent.parent
MEETING = ROOT / "corpus" / "meetings" / "saitama_029.yaml"
SMALL = "debts:\n  - name: 市税\n    class: 強制徴収公債権\n"


def test_dictionary_from_env_or_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "辞書 自分.yaml"
    mine.write_text(SMALL, encoding="utf-8")
    monkeypatch.delenv(ENV_VAR, raising=False)
    packaged = load_dictionary()
    assert "国民健康保険料" in packaged.entries
    monkeypatch.setenv(ENV_VAR, str(mine))
    assert list(load_dictionary().entries) == ["市税"]
    monkeypatch.delenv(ENV_VAR)
    assert load_dictionary() is packaged
    assert list(use_dictionary(mine).entries) == ["市税"] and os.environ[ENV_VAR] == str(mine.resolve())
    use_dictionary(None)
    assert ENV_VAR not in os.environ


def test_extract_with_a_missing_dictionary(tmp_path: Path, good_pdf: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    code = main(["extract", str(good_pdf), "-o", str(tmp_path / "o"), "-q", "--debts", str(tmp_path / "ない.yaml")])
    assert code == 2
    assert f"saiken: エラー: {tmp_path / 'ない.yaml'}: 債権辞書を読めません" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_extract_with_own_dictionary_leaves_no_setting(tmp_path: Path, good_pdf: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    mine = tmp_path / "mine.yaml"
    mine.write_text(SMALL, encoding="utf-8")
    assert main(["extract", str(good_pdf), "-o", str(tmp_path / "o"), "-q", "--debts", str(mine)]) == 0
    assert (tmp_path / "o" / "good.json").is_file()
    assert ENV_VAR not in os.environ


def test_draft_with_own_template_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "テンプレート なし"
    empty.mkdir()
    assert main(["draft", "minutes", str(MEETING), "-o", str(tmp_path / "a.docx"), "--templates", str(empty)]) == 2
    assert (f"saiken: エラー: {empty / 'minutes.docx'}: テンプレートがありません（--templates のフォルダに "
            "minutes.docx を置いてください）") in capsys.readouterr().err
    mine = tmp_path / "自分の テンプレート"
    mine.mkdir()
    shutil.copy(ROOT / "templates" / "minutes.docx", mine / "minutes.docx")
    assert main(["draft", "minutes", str(MEETING), "-o", str(tmp_path / "b.docx"), "--templates", str(mine)]) == 0
    assert (tmp_path / "b.docx").is_file()
