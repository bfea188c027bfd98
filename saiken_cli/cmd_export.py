"""`saiken export OUT_DIR [-o STORE] [--xlsx FILE] [--csv DIR]`: gather converted documents into one store."""
from __future__ import annotations

import argparse
from pathlib import Path



def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `export` subcommand."""
    p = sub.add_parser("export", help="変換済みJSONを1つのデータベース（SQLite）にまとめます",
                       description="OUT_DIR の変換済みJSONを SQLite にまとめます。同じ資料（sha256）を再度書き出すと"
                                   "その資料の行が置き換わります。Excel・CSVにも書き出せます。")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="saiken extract の出力フォルダ")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="STORE",
                   help="SQLiteファイル（既定: OUT_DIR/saiken.sqlite）")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="記録の種類ごとのシートを持つExcelを書き出す")
    p.add_argument("--csv", type=Path, metavar="DIR", help="記録の種類ごとのCSV（UTF-8 BOM付き）を書き出すフォルダ")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export OUT_DIR into the store (and workbook / CSV); exit 0 (1 when some inputs could not be read)."""
    from saiken.dataset.sheets import write_csv, write_xlsx
    from saiken.dataset.store import export_sqlite, read_frames, validate
    from saiken import folder

    found = folder.scan(args.out_dir)
    docs = validate(found)
    folder.report(args.out_dir, found, len(docs))
    skipped = found.failed
    store = args.output or args.out_dir / "saiken.sqlite"
    export_sqlite(docs, store)
    frames = read_frames(store)
    if args.xlsx:
        write_xlsx(frames, args.xlsx)
    if args.csv:
        write_csv(frames, args.csv)
    n = {k: len(v) for k, v in frames.items()}
    print(f"書き出し {len(docs)} 資料 → {store}（資料 {n['documents']}・数値 {n['facts']}・取組 {n['initiatives']}"
          f"・発言 {n['statements']}）")
    return 1 if skipped else 0
