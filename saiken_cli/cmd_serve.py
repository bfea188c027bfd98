"""`saiken serve [WORKSPACE] [--port 8765] [--host 127.0.0.1] [--password ...]`: the local web app (serve/)."""
from __future__ import annotations

import argparse
from pathlib import Path

from saiken.main import SaikenError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `serve` subcommand (the web app is imported only when it runs, so `saiken --help` stays fast)."""
    p = sub.add_parser("serve", help="ブラウザで変換・確認・修正・書き出しを行う画面を開きます",
                       description="作業フォルダ（既定 ./saiken-data）にPDF・変換結果・修正の記録を置き、"
                                   "ブラウザで文書一覧・ページの確認と修正・監査の指摘・書き出しと下書きを行います。")
    p.add_argument("workspace", nargs="?", type=Path, default=Path("saiken-data"), metavar="WORKSPACE",
                   help="作業フォルダ（既定: ./saiken-data）")
    p.add_argument("--port", type=int, default=8765, help="ポート番号（既定: 8765）")
    p.add_argument("--host", default="127.0.0.1", help="待ち受けるアドレス（既定: 127.0.0.1。それ以外は --password が必要）")
    p.add_argument("--password", default=None, help="接続に必要なパスワード（HTTPベーシック認証）")
    p.add_argument("--max-mb", type=int, default=200, help="アップロード1ファイルの上限（MB、既定: 200）")
    p.add_argument("--no-browser", action="store_true", help="ブラウザを開かない")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the server; start-up problems become one Japanese line (exit 2)."""
    try:
        from saiken.serve.server import ServeError, serve
    except ModuleNotFoundError as e:
        raise SaikenError(f"saiken serve に必要なパッケージ（{e.name}）がありません。"
                          "python3 -m pip install -e '.[serve]' でインストールしてください") from None
    if args.workspace.exists() and not args.workspace.is_dir():
        raise SaikenError(f"{args.workspace}: フォルダではありません")
    try:
        return serve(args.workspace, host=args.host, port=args.port, password=args.password,
                     open_browser=not args.no_browser, max_mb=args.max_mb)
    except ServeError as e:
        raise SaikenError(str(e)) from None
