"""`saiken` entry point: dispatches to one module per subcommand (saiken_cli/cmd_<name>.py).

Each command module exposes `register(sub: argparse._SubParsersAction) -> None`, which adds its parser and sets
`func=run` with `run(args: argparse.Namespace) -> int` returning the exit code. Known errors become one Japanese
line on stderr; exit codes: 0 done, 1 some inputs failed (the rest were still written), 2 usage errors.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ("extract", "export", "audit", "draft", "debts", "inspect")


class SaikenError(Exception):
    """A problem in the call the user must fix (missing file, bad option): one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages, but in our exit-code scheme
        self.print_usage(sys.stderr)
        print(f"saiken: エラー: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every installed subcommand."""
    p = _Parser(prog="saiken", description="債権管理資料のPDFをデータ化・監査し、Wordの下書きを作ります。")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"saiken_cli.cmd_{name}")
        except ModuleNotFoundError as e:
            if e.name == f"saiken_cli.cmd_{name}":
                continue
            raise
        mod.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except SaikenError as e:
        print(f"saiken: エラー: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("saiken: 中断しました。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
