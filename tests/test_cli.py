"""The command line: every subcommand has Japanese help; usage errors exit 2 with one line."""
from __future__ import annotations

import argparse

import pytest

from saiken_cli.main import build_parser, main


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_has_help() -> None:
    subs = _subcommands()
    assert {"extract", "inspect"} <= set(subs)
    for name, p in subs.items():
        assert p.description, f"saiken {name} has no description"
        for a in p._actions:
            if not isinstance(a, argparse._HelpAction):
                assert a.help, f"saiken {name}: option {a.dest} has no help"


def test_no_command_prints_help_and_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "債権管理資料" in capsys.readouterr().err


def test_unknown_option_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["extract", "--no-such-option"])
    assert e.value.code == 2
    assert "saiken: エラー:" in capsys.readouterr().err
