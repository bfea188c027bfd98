"""`saiken inspect PDF [--page N] [--png DIR]`: show the tables the page model finds, as text and as images."""
from __future__ import annotations

import argparse
from pathlib import Path

from saiken.main import SaikenError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `inspect` subcommand."""
    p = sub.add_parser("inspect", help="PDFから見つけた表を表示します（確認用）",
                       description="ページモデルが見つけた表を文字で表示し、--png でセルの枠を描いた画像を書き出します。")
    p.add_argument("pdf", type=Path, help="PDFファイル")
    p.add_argument("--page", type=int, action="append", help="ページ番号（複数指定可、省略時は全ページ）")
    p.add_argument("--png", type=Path, metavar="DIR", help="枠を描いたページ画像の出力先フォルダ")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the tables (and write images); exit 0."""
    from saiken.extract.debug import describe, draw_tables
    from saiken.extract.errors import InputError
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import classify

    try:
        pages = load_pages(args.pdf)
    except InputError as e:
        raise SaikenError(str(e)) from None
    family, score = classify(pages)
    print(f"{args.pdf.name}: {len(pages)}ページ、様式: {family.name if family else '不明'}（{score:.2f}）")
    for p in pages:
        if args.page and p.number not in args.page:
            continue
        print(f"=== {p.number}ページ" + "".join(f" [注意 {c}]" for c, _ in p.warnings))
        print(describe(p) or "（表なし）")
    if args.png:
        for path in draw_tables(args.pdf, args.png, args.page):
            print(f"画像: {path}")
    return 0
