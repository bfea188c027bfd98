"""`saiken draft plan DATASET -m 市 -o OUT.docx` and `saiken draft minutes [MEETING.yaml] [--from PREVIOUS.json]
-o OUT.docx`: Word drafts.

Both print where the draft went and every 「（要入力）」 placeholder left in it (the figures or texts the data lacks).
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from saiken.main import SaikenError

if TYPE_CHECKING:
    from saiken.generate.render import Draft

#: The plan layouts (saiken.generate.plan.LAYOUTS; a test keeps the two equal without importing generate at start-up).
LAYOUT_NAMES = ("kobetsu", "suishin")


def call_errors() -> tuple[type[Exception], ...]:
    """Problems in the call: one line on stderr, exit code 2."""
    from saiken.generate.context import ContextError
    from saiken.generate.frames import DatasetError
    from saiken.generate.minutes import MeetingError
    from saiken.generate.render import TemplateFieldError

    return (ContextError, DatasetError, MeetingError, TemplateFieldError, FileNotFoundError)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `draft` subcommand with `plan` and `minutes`."""
    p = sub.add_parser("draft", help="Wordの下書き（次年度の計画・議事要旨）を作ります",
                       description="テンプレート（同梱の templates/*.docx、または --templates DIR）からWordの下書きを作ります。"
                                   "データにない数値は「（要入力）」と黄色で表示し、一覧を出力します。")
    kinds = p.add_subparsers(dest="draft_kind", metavar="KIND", required=True)
    plan = kinds.add_parser("plan", help="次年度の計画（推進シート・取組方針）の下書き",
                            description="saiken export のデータベース（または saiken extract の出力フォルダ）から、"
                                        "市の次年度の計画の下書きを作ります。")
    plan.add_argument("dataset", type=Path, metavar="DATASET", help="saiken export の .sqlite、または extract の出力フォルダ")
    plan.add_argument("-m", "--municipality", required=True, help="市区町村名（例: 尼崎市）")
    plan.add_argument("-y", "--year", help="対象年度（例: 令和6年度、R6、2024）。既定: 最新の計画の翌年度")
    plan.add_argument("--layout", choices=LAYOUT_NAMES, help="様式（既定: 最新の計画資料と同じ様式）")
    plan.add_argument("-t", "--template", type=Path, help="テンプレート .docx（既定: 同梱の様式別ファイル）")
    plan.add_argument("--templates", type=Path, metavar="DIR",
                      help="自分のテンプレートのフォルダ（plan_suishin.docx・plan_kobetsu.docx。既定: 同梱のもの）")
    plan.add_argument("-o", "--out", required=True, type=Path, metavar="OUT.docx", help="出力する .docx")
    plan.set_defaults(func=run_plan)
    minutes = kinds.add_parser("minutes", help="会議の記録（YAML）や前回の議事要旨から議事要旨の下書き",
                               description="会議の記録（YAML、例: corpus/meetings/saitama_029.yaml）から議事要旨の下書きを"
                                           "作ります。--from で前回の議事要旨（saiken extract で変換したJSON）を指定すると、"
                                           "次の回数・会議名・出席者を引き継ぎます（YAML に書いた項目は YAML が優先）。")
    minutes.add_argument("meeting", type=Path, nargs="?", metavar="MEETING.yaml", help="会議の記録（--from があれば省略可）")
    minutes.add_argument("--from", dest="previous", type=Path, metavar="PREVIOUS.json",
                         help="前回の議事要旨を saiken extract で変換したJSON（例: out/saitama_minutes_029.json）")
    minutes.add_argument("-t", "--template", type=Path, help="テンプレート .docx（既定: 同梱の minutes.docx）")
    minutes.add_argument("--templates", type=Path, metavar="DIR", help="自分のテンプレートのフォルダ（minutes.docx。既定: 同梱のもの）")
    minutes.add_argument("-o", "--out", required=True, type=Path, metavar="OUT.docx", help="出力する .docx")
    minutes.set_defaults(func=run_minutes)


def parse_year(text: str) -> int:
    """The 年度 given on the command line: 2024, 令和6年度, R6…; raises SaikenError when it has none."""
    from saiken.normalize import wareki
    from saiken.normalize.errors import NormalizeError

    if re.fullmatch(r"\d{4}", text.strip()):
        return int(text)
    try:
        return wareki.fiscal_year(text)
    except NormalizeError:
        raise SaikenError(f"--year '{text}' を年度として読めません（例: 令和6年度、R6、2024）") from None


def report(draft: Draft) -> int:
    """Print the draft's path and its gaps; returns exit code 0."""
    print(f"下書きを書きました: {draft.path}（要入力 {len(draft.gaps)} か所）")
    if draft.gap_list:
        print(f"要入力の一覧: {draft.gap_list}")
    for gap in draft.gaps:
        print(f"  要入力: {gap}")
    return 0


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".docx":
        raise SaikenError(f"{out}: 出力ファイルは .docx にしてください")


def run_plan(args: argparse.Namespace) -> int:
    """Write the plan draft; call problems become one Japanese line (exit 2)."""
    _check_out(args.out)
    from saiken.generate.plan import draft_plan

    year = parse_year(args.year) if args.year else None
    try:
        return report(draft_plan(args.dataset, args.municipality, args.out, year, args.layout, args.template,
                                 templates=args.templates))
    except call_errors() as e:
        raise SaikenError(str(e)) from None


def run_minutes(args: argparse.Namespace) -> int:
    """Write the minutes draft; call problems become one Japanese line (exit 2)."""
    _check_out(args.out)
    if args.meeting is None and args.previous is None:
        raise SaikenError("会議の記録（MEETING.yaml）か --from（前回の議事要旨を変換したJSON）を指定してください")
    if args.meeting is not None and not args.meeting.is_file():
        raise SaikenError(f"{args.meeting}: 会議の記録が見つかりません")
    from saiken.generate.minutes import draft_minutes

    try:
        return report(draft_minutes(args.meeting, args.out, args.template, args.previous, templates=args.templates))
    except call_errors() as e:
        raise SaikenError(str(e)) from None
