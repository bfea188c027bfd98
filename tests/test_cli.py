"""The command line: every subcommand has Japanese help; usage errors exit 2 with one line."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from saiken.main import build_parser, main


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _check_help(name: str, p: argparse.ArgumentParser) -> None:
    assert p.description, f"{name} has no description"
    for a in p._actions:
        if isinstance(a, argparse._SubParsersAction):
            for sub_name, sub in a.choices.items():
                _check_help(f"{name} {sub_name}", sub)
        elif not isinstance(a, argparse._HelpAction):
            assert a.help, f"{name}: option {a.dest} has no help"


def test_every_subcommand_has_help() -> None:
    subs = _subcommands()
    assert {"extract", "inspect", "export", "audit", "debts"} <= set(subs)
    for name, p in subs.items():
        _check_help(f"saiken {name}", p)


def test_no_command_prints_help_and_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "債権管理資料" in capsys.readouterr().err


def test_unknown_option_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["extract", "--no-such-option"])
    assert e.value.code == 2
    assert "saiken: エラー:" in capsys.readouterr().err


def test_commands_on_a_folder_without_json_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["export", str(tmp_path)], ["debts", str(tmp_path)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert f"saiken: エラー: {tmp_path}: 変換済みのJSONがありません（先に saiken extract を実行してください）" in err
