"""Shared by the serve benchmarks: start `saiken serve`'s app on a free loopback port in this process."""
from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))


class Server:
    """The app served by uvicorn on 127.0.0.1 (loopback only) in a thread; `url` is its base address."""

    def __init__(self, workspace: Path) -> None:
        import uvicorn

        from saiken.serve.app import create_app
        self.app = create_app(workspace)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started and time.time() < deadline:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)


def token(client) -> str:  # noqa: ANN001
    client.get("/")
    return client.cookies["saiken_csrf"]


def wait_converted(client, ids: set[str], limit: float = 120.0) -> float:  # noqa: ANN001
    """Seconds until every id is listed as done or failed (polling GET /api/documents every 50 ms)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        docs = {d["id"]: d for d in client.get("/api/documents").json()}
        if all(docs.get(i, {}).get("status") in ("done", "failed") for i in ids):
            return time.perf_counter() - t0
        time.sleep(0.05)
    raise TimeoutError("conversion did not finish")
