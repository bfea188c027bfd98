"""Start the web app: check the host/password rule, print where it listens, open the browser, run uvicorn."""
from __future__ import annotations

import ipaddress
import sys
import threading
import webbrowser
from pathlib import Path

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


class ServeError(ValueError):
    """A start-up problem the user must fix (one Japanese line, exit code 2)."""


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_host(host: str, password: str | None) -> None:
    """Any host but the loopback needs a password."""
    if not is_loopback(host) and not password:
        raise ServeError(f"--host {host} では他のパソコンからも接続できるため、--password の指定が必要です")


def serve(workspace: Path, host: str = "127.0.0.1", port: int = 8765, password: str | None = None,
          open_browser: bool = True, max_mb: int = 200) -> int:
    """Run the app until interrupted; returns the exit code."""
    check_host(host, password)
    import uvicorn

    from saiken.serve.app import create_app

    workspace = workspace.resolve()
    app = create_app(workspace, password=password, max_bytes=max_mb * 1024 * 1024)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    print(f"saiken serve: {url} で待ち受けます（作業フォルダ: {workspace}）。終了は Ctrl+C", file=sys.stderr)
    if password:
        print("saiken serve: パスワードが必要です（ブラウザの認証画面で、ユーザー名は任意、パスワードは --password の値）",
              file=sys.stderr)
    if not is_loopback(host):
        print(f"saiken serve: 注意: {host} で待ち受けるため、同じネットワークの他のパソコンから接続できます", file=sys.stderr)
    if open_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
    uvicorn.Server(config).run()
    return 0
