"""`saiken debts`: lists printed debt names with canonical names; unknown ones as 不明 with candidates."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from saiken.main import main


def _write(folder: Path) -> None:
    doc = {"facts": [{"debt_raw": "国民健康保険料(税)"}, {"debt_raw": "国民健康保険料(税)"}, {"debt_raw": "市営住宅駐車場料"}],
           "initiatives": [{"debt_raw": "市 税"}]}
    (folder / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_csv_lists_names_unknown_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path)
    out = tmp_path / "debts.csv"
    assert main(["debts", str(tmp_path), "--csv", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "債権名（資料の表記）,正式名,区分,コード,候補,件数,資料"
    assert lines[1].startswith("市営住宅駐車場料,不明,,,市営住宅駐車場使用料、")
    assert "国民健康保険料(税),国民健康保険料,強制徴収公債権,B,,2,a.json" in lines
    assert "債権名 3 種類（うち辞書にないもの 1）" in capsys.readouterr().err


def test_missing_folder_is_one_line_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["debts", str(tmp_path / "nothing")]) == 2
    assert capsys.readouterr().err.strip() == f"saiken: エラー: {tmp_path / 'nothing'}: フォルダが見つかりません"


def test_unreadable_json_is_skipped_with_exit_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path)
    (tmp_path / "broken.json").write_text('{"schema_version": "1.1", "source": {', encoding="utf-8")
    assert main(["debts", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "読み飛ばし" in captured.err and "市営住宅駐車場料" in captured.out
