"""`saiken debts OUT_DIR [--csv FILE]`: list every printed debt name with its canonical name, or 不明 with candidates."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from saiken.main import SaikenError

if TYPE_CHECKING:
    from saiken.normalize.debt_report import DebtUsage


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `debts` subcommand."""
    p = sub.add_parser("debts", help="資料に出てくる債権名と、債権辞書での正式名を一覧にします",
                       description="OUT_DIR の変換済みJSONに出てくる債権名（debt_raw）ごとに、債権辞書の正式名・区分を"
                                   "示します。辞書にない名前は「不明」と近い候補を示すので、辞書（同梱の normalize/debts.yaml の写し）に"
                                   "追記して --debts で指定できます。")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="saiken extract の出力フォルダ")
    p.add_argument("--csv", type=Path, metavar="FILE", help="一覧をCSV（UTF-8 BOM付き）に書き出す")
    p.add_argument("--debts", "--dictionary", dest="dictionary", type=Path, metavar="FILE",
                   help="使う債権辞書 YAML（既定: 環境変数 SAIKEN_DEBTS、なければ同梱の debts.yaml）")
    p.set_defaults(func=run)


def _print_table(rows: list[DebtUsage]) -> None:
    from rich.console import Console
    from rich.table import Table

    from saiken.normalize.debt_report import CSV_HEADER

    table = Table(title="債権名の対応")
    for h in CSV_HEADER:
        table.add_column(h, overflow="fold")
    for u in rows:
        style = "bold red" if u.canonical is None else None
        table.add_row(*u.row(), style=style)
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)


def run(args: argparse.Namespace) -> int:
    """List the names; exit 0 (1 when some JSON files could not be read)."""
    from saiken.normalize.debt_report import collect_names, write_debt_csv
    from saiken.normalize.debts import load_dictionary
    from saiken.normalize.errors import NormalizeError
    from saiken import folder

    found = folder.scan(args.out_dir)
    folder.report(args.out_dir, found, len(found.converted))
    skipped = found.failed
    try:
        dictionary = load_dictionary(args.dictionary)
    except NormalizeError as e:
        raise SaikenError(str(e)) from None
    rows = collect_names([(path.name, data) for path, data in found.converted], dictionary)
    if args.csv:
        write_debt_csv(rows, args.csv)
    if sys.stdout.isatty() or not args.csv:
        _print_table(rows)
    unknown = sum(1 for u in rows if u.canonical is None)
    print(f"債権名 {len(rows)} 種類（うち辞書にないもの {unknown}）", file=sys.stderr)
    return 1 if skipped else 0
