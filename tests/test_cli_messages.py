"""Japanese messages everywhere (issue 12 item 4): argparse, inputs that are not PDFs or are broken, folders
without converted JSON, templates, years without data, closed pipes. Each case checks the exact text."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from saiken.main import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
NO_JSON = "変換済みのJSONがありません（先に saiken extract を実行してください）"


def _err(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as e:
        code = int(e.code or 0)
    return code, capsys.readouterr().err


def test_misspelt_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _err(capsys, ["extrat"])
    assert code == 2
    assert err == ("使い方: saiken [-h] COMMAND ...\n"
                   f"saiken: エラー: コマンド 'extrat' はありません（{'・'.join(COMMANDS)}）。もしかして: extract\n")


def test_misspelt_draft_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _err(capsys, ["draft", "minuts"])
    assert code == 2
    assert err.splitlines()[-1] == "saiken: エラー: コマンド 'minuts' はありません（plan・minutes）。もしかして: minutes"


def test_missing_output_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _err(capsys, ["extract", "corpus/pdf"])
    assert code == 2
    assert err.startswith("使い方: saiken extract [-h] -o OUT_DIR")
    assert err.splitlines()[-1] == "saiken: エラー: 次の指定がありません: -o/--out"


def test_bad_number_and_unknown_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert _err(capsys, ["extract", "a.pdf", "-o", "o", "-j", "x"])[1].splitlines()[-1] == \
        "saiken: エラー: -j/--jobs: 'x' は数値として読めません"
    assert _err(capsys, ["export", "o", "--xlxs", "a.xlsx"])[1].splitlines()[-1] == \
        "saiken: エラー: 知らない指定です: --xlxs a.xlsx"


def test_help_is_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("使い方: saiken export [-h]")
    assert "\n引数:\n" in out and "\nオプション:\n" in out and "このヘルプを表示して終了します" in out
    assert "usage" not in out and "options:" not in out


def test_text_file_given_to_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("メモ", encoding="utf-8")
    code, err = _err(capsys, ["extract", str(memo), "-o", str(tmp_path / "out")])
    assert code == 1
    assert err.splitlines()[0] == "saiken: 失敗: memo.txt: PDFファイルではありません（拡張子が .txt）。変換できるのはPDFファイルだけです"


def test_truncated_pdf_repaired_into_empty_pages_is_broken(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = (ROOT / "corpus/second/pdf/minato_minutes_r6_2.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 15 // 100])
    code, err = _err(capsys, ["extract", str(cut), "-o", str(tmp_path / "out")])
    assert code == 1
    assert err.splitlines()[0] == ("saiken: 失敗: cut.pdf: PDFが壊れているか、途中で切れています"
                                   "（修復すると中身のないページになります）。元のファイルを入手し直すか、PDFを作成し直してください")


def _converted(folder: Path) -> None:
    doc = {"schema_version": "1.1", "source": {"file": "a.pdf", "sha256": "0" * 64, "pages": 1},
           "document": {"kind": "unknown"}}
    (folder / "a.json").write_text(json.dumps(doc), encoding="utf-8")


def _foreign(folder: Path) -> None:
    (folder / "findings.json").write_text("[]", encoding="utf-8")
    (folder / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    (folder / "notes.json").write_text("not json", encoding="utf-8")


@pytest.mark.parametrize("command", ["export", "audit", "debts"])
def test_folder_without_converted_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, err = _err(capsys, [command, str(tmp_path)])
    assert (code, err) == (2, f"saiken: エラー: {tmp_path}: {NO_JSON}\n")
    _foreign(tmp_path)
    code, err = _err(capsys, [command, str(tmp_path)])
    assert code == 2
    assert err == ("saiken: 注意: saiken extract の出力ではない JSON 3 件を読み飛ばしました"
                   "（findings.json、notes.json、package.json）\n"
                   f"saiken: エラー: {tmp_path}: {NO_JSON}\n")


@pytest.mark.parametrize("command", ["export", "audit", "debts"])
def test_foreign_json_beside_converted_is_one_note(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   command: str) -> None:
    _converted(tmp_path)
    _foreign(tmp_path)
    code, err = _err(capsys, [command, str(tmp_path)])
    assert code == 0
    assert err.splitlines()[0] == ("saiken: 注意: saiken extract の出力ではない JSON 3 件を読み飛ばしました"
                                   "（findings.json、notes.json、package.json）")
    assert "読み飛ばし:" not in err


def test_year_without_data_lists_the_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = {"schema_version": "1.1", "source": {"file": "a.pdf", "sha256": "0" * 64, "pages": 1},
           "document": {"kind": "plan", "family": "suishin", "municipality": "北浦市", "date": "2023-02-01"},
           "facts": [{"debt": "市税", "debt_raw": "市税", "fiscal_year": y, "fiscal_year_raw": f"{y}年度",
                      "segment": "current", "metric": "collection_rate", "basis": "actual", "value": 98.5,
                      "unit": "percent", "approx": False, "raw": "98.5%", "page": 1} for y in (2019, 2020, 2021)]}
    (tmp_path / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, err = _err(capsys, ["draft", "plan", str(tmp_path), "-m", "北浦市", "-y", "2040",
                              "-o", str(tmp_path / "p.docx")])
    assert code == 2
    assert err == ("saiken: エラー: 北浦市: 令和22年度（2040年度）の下書きに使える数値がデータセットにありません"
                   "（数値のある年度: 令和元年度〜令和3年度。-y を省くと 令和6年度）\n")


def test_closed_pipe_is_silent(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"facts": [{"debt_raw": f"債権{i}"} for i in range(400)]}),
                                     encoding="utf-8")
    read, write = os.pipe()
    os.close(read)
    try:
        run = subprocess.run([sys.executable, "-m", "saiken", "debts", str(tmp_path)], stdout=write,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    finally:
        os.close(write)
    assert run.stderr == ""
    assert run.returncode != 0
