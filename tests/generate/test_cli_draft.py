"""`saiken draft`: output lines, gap list, and the exact Japanese errors users read."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.main import main
from support.docx_read import ROOT

EXAMPLE = ROOT / "corpus" / "meetings" / "saitama_029.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_plan_prints_path_and_every_gap(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "計画.docx"
    code, stdout, _ = run(["draft", "plan", str(store), "-m", "静岡市", "-y", "令和9年度", "-o", str(out)], capsys)
    lines = stdout.splitlines()
    assert code == 0 and out.is_file()
    gaps = [line for line in lines if line.startswith("  要入力: ")]
    assert lines[0] == f"下書きを書きました: {out}（要入力 {len(gaps)} か所）"
    assert lines[1] == f"要入力の一覧: {tmp_path / '計画_要入力.xlsx'}"
    assert "  要入力: 市税 令和9年度 現年度分収納率（目標）" in lines


def test_minutes_without_gaps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "議事要旨.docx"
    code, stdout, _ = run(["draft", "minutes", str(EXAMPLE), "-o", str(out)], capsys)
    assert (code, stdout) == (0, f"下書きを書きました: {out}（要入力 0 か所）\n")


@pytest.mark.parametrize(("args", "message"), [
    (["plan", "{store}", "-m", "横浜市", "-o", "{tmp}/a.docx"],
     "データセットに「横浜市」の資料がありません（あるのは: 尼崎市、静岡市）"),
    (["plan", "{store}", "-m", "静岡市", "-y", "来年", "-o", "{tmp}/a.docx"],
     "--year '来年' を年度として読めません（例: 令和6年度、R6、2024）"),
    (["plan", "{tmp}/none.sqlite", "-m", "静岡市", "-o", "{tmp}/a.docx"], "{tmp}/none.sqlite: データセットが見つかりません"),
    (["plan", "{store}", "-m", "静岡市", "-o", "{tmp}/a.pdf"], "{tmp}/a.pdf: 出力ファイルは .docx にしてください"),
    (["plan", "{store}", "-m", "静岡市", "-t", "{tmp}/x.docx", "-o", "{tmp}/a.docx"],
     "{tmp}/x.docx: テンプレートが見つかりません"),
    (["minutes", "{tmp}/none.yaml", "-o", "{tmp}/a.docx"], "{tmp}/none.yaml: 会議の記録が見つかりません"),
])
def test_call_errors(args: list[str], message: str, store: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["draft", *[a.format(store=store, tmp=tmp_path) for a in args]]
    code, _, err = run(argv, capsys)
    assert (code, err) == (2, f"saiken: エラー: {message.format(tmp=tmp_path)}\n")
    assert not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize("argv", [["draft", "--help"], ["draft", "plan", "--help"], ["draft", "minutes", "--help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0 and "下書き" in capsys.readouterr().out
