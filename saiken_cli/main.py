"""`saiken` entry point: dispatches to one module per subcommand (saiken_cli/cmd_<name>.py).

Each command module exposes `register(sub: argparse._SubParsersAction) -> None`, which adds its parser and sets
`func=run` with `run(args: argparse.Namespace) -> int` returning the exit code. Command modules import only the
standard library at the top and the libraries (PyMuPDF, pandas, docxtpl…) inside `run`, so `saiken --help` and
`saiken <cmd> --help` start in well under 0.3 s. Known errors become one Japanese line on stderr; argparse's own
messages are Japanese too (saiken.argparse_ja); exit codes: 0 done, 1 some inputs failed (the rest were still
written), 2 usage errors. Output cut short by a closed pipe (`saiken debts out | head`) ends silently.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys

from saiken import argparse_ja

COMMANDS = ("extract", "export", "audit", "draft", "debts", "inspect", "serve")


class SaikenError(Exception):
    """A problem in the call the user must fix (missing file, bad option): one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def _check_value(self, action: argparse.Action, value: object) -> None:
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            names = list(action.choices)
            close = difflib.get_close_matches(str(value), names, n=1)
            hint = f"。もしかして: {close[0]}" if close else ""
            raise argparse.ArgumentError(None, f"コマンド '{value}' はありません（{'・'.join(names)}）{hint}")
        super()._check_value(action, value)  # type: ignore[misc]

    def error(self, message: str) -> None:  # argparse's own messages, but in our exit-code scheme
        self.print_usage(sys.stderr)
        print(f"saiken: エラー: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every installed subcommand."""
    argparse_ja.install()
    p = _Parser(prog="saiken", description="債権管理資料のPDFをデータ化・監査し、Wordの下書きを作ります。")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, title="コマンド")
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"saiken.cmd_{name}")
        except ModuleNotFoundError as e:
            if e.name == f"saiken.cmd_{name}":
                continue
            raise
        mod.register(sub)
    return p


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so Python's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        return _run(argv)
    except BrokenPipeError:
        _silence_stdout()
        return 141


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit:  # --help, usage errors: their text must reach a closed pipe here, not at exit
            sys.stdout.flush()
            raise
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return 2
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not in Python's own flush at exit
        return code
    except SaikenError as e:
        print(f"saiken: エラー: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("saiken: 中断しました。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    # `python -m saiken.main`: run the imported module so that SaikenError is the class the commands raise
    from saiken.main import main as _main

    sys.exit(_main())
