"""`saiken extract INPUT... -o OUT_DIR`: convert PDFs (files or folders) into contract JSON files."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from saiken.main import SaikenError

if TYPE_CHECKING:
    from rich.console import Console

    from saiken.extract.batch import Outcome


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `extract` subcommand."""
    p = sub.add_parser("extract", help="PDFを読み取り、OUT_DIR/<ファイル名>.json に書き出します",
                       description="PDF（ファイルまたはフォルダ）を読み取り、1ファイルごとに OUT_DIR/<名前>.json を書き出します。")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="PDFファイルまたはPDFを含むフォルダ")
    p.add_argument("-o", "--out", required=True, type=Path, metavar="OUT_DIR", help="出力先フォルダ")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="同時に処理するプロセス数（既定: CPUコア数）")
    p.add_argument("-q", "--quiet", action="store_true", help="進捗を表示しません")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                   help="OCR（文字認識）: auto=文字情報のないスキャンページだけ（既定）、always=全ページ、never=使わない")
    p.add_argument("--debts", type=Path, metavar="FILE",
                   help="債権名の辞書 YAML（既定: 環境変数 SAIKEN_DEBTS、なければ同梱の debts.yaml）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Convert every input; exit 0 when all converted, 1 when some failed (the rest written). `--debts FILE` is the
    dictionary of this run only: set in SAIKEN_DEBTS (worker processes inherit it), restored afterwards."""
    if args.debts is None:
        return _convert(args)
    from saiken.normalize.debts import ENV_VAR, use_dictionary
    from saiken.normalize.errors import NormalizeError

    before = os.environ.get(ENV_VAR)
    try:
        use_dictionary(args.debts)
    except NormalizeError as e:
        raise SaikenError(str(e)) from None
    try:
        return _convert(args)
    finally:
        if before is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = before


def _convert(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from saiken.extract.batch import Outcome, collect_inputs, run_batch
    from saiken.extract.errors import MissingFile

    if args.jobs < 1:
        raise SaikenError("--jobs には 1 以上を指定してください")
    try:
        files = collect_inputs(args.inputs)
    except MissingFile as e:
        raise SaikenError(str(e)) from None
    if not files:
        raise SaikenError("変換するPDFが見つかりません: " + " ".join(str(p) for p in args.inputs))
    if args.out.exists() and not args.out.is_dir():
        raise SaikenError(f"{args.out}: 出力先がフォルダではありません")
    files, refused = _refuse_non_pdf(files)
    console = Console(stderr=True)
    show = not args.quiet and len(files) > 1
    with Progress(TextColumn("変換中"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=console, disable=not show, transient=True) as bar:
        task = bar.add_task("", total=len(files))

        def tick(o: Outcome) -> None:
            bar.update(task, advance=1, description=o.source.name)

        _page_progress(bar, task, console, show, args.quiet)
        outcomes = run_batch(files, args.out, jobs=max(1, min(args.jobs, len(files))), progress=tick,
                             ocr=args.ocr) if files else []
    return summarize(refused + [_broken_not_scanned(o) for o in outcomes], args.out, console)


def _page_progress(bar: object, task: object, console: Console, show: bool, quiet: bool) -> None:
    """Per-page progress of OCR (long scans): in the bar's description, or one line per page without a bar."""
    from saiken.extract.ocr import set_progress

    def page(name: str, number: int, total: int) -> None:
        if show:
            bar.update(task, description=f"{name} OCR {number}/{total}ページ")  # type: ignore[attr-defined]
        elif not quiet:
            console.print(f"OCR中: {name} {number}/{total}ページ", highlight=False)

    set_progress(page)


def _refuse_non_pdf(files: list[Path]) -> tuple[list[Path], list[Outcome]]:
    """Files named directly whose name does not end in .pdf and whose content is not a PDF either (memo.txt):
    refused with their own message instead of the one for a .pdf file with other content."""
    from saiken.extract.batch import Outcome

    keep: list[Path] = []
    refused: list[Outcome] = []
    for f in files:
        if f.suffix.lower() != ".pdf":
            try:
                with f.open("rb") as fh:
                    head = fh.read(1024)
            except OSError:
                head = b""
            if b"%PDF" not in head:
                kind = f"拡張子が {f.suffix}" if f.suffix else "拡張子がありません"
                refused.append(Outcome(source=f, error=f"{f.name}: PDFファイルではありません（{kind}）。"
                                                       "変換できるのはPDFファイルだけです", code="not_pdf"))
                continue
        keep.append(f)
    return keep, refused


def _broken_not_scanned(o: Outcome) -> Outcome:
    """A file failed as 'no text layer' whose structure MuPDF had to repair (a truncated PDF repaired into empty
    pages) is reported as broken, not as a scan to be OCRed."""
    if o.code != "no_text":
        return o
    import pymupdf

    from saiken.extract.errors import Corrupt

    display = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)
    try:
        with pymupdf.open(o.source) as d:
            repaired = bool(d.is_repaired)
    except Exception:  # unreadable now: broken all the more
        repaired = True
    finally:
        pymupdf.TOOLS.mupdf_display_errors(display)
        pymupdf.TOOLS.reset_mupdf_warnings()
    if not repaired:
        return o
    return type(o)(source=o.source, error=str(Corrupt(o.source, "修復すると中身のないページになります")), code="corrupt")


def summarize(outcomes: list[Outcome], out_dir: Path, console: Console) -> int:
    """Print the end-of-batch summary (converted, failed with reasons); returns the exit code."""
    ok = [o for o in outcomes if o.output]
    bad = [o for o in outcomes if not o.output]
    for o in bad:
        print(f"saiken: 失敗: {o.error}", file=sys.stderr)
    console.print(f"変換 {len(ok)} 件、失敗 {len(bad)} 件（出力先: {out_dir}）", highlight=False)
    for o in ok:
        if o.warnings:
            console.print(f"  {o.source.name}: 注意 {o.warnings} 件（JSON の warnings を確認してください）", highlight=False)
    return 1 if bad else 0
