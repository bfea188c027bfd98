"""Fixtures of the serve tests: one workspace with two corpus PDFs converted, shared by the route tests."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from saiken.serve.app import create_app  # noqa: E402

CORPUS_PDF = Path(__file__).resolve().parents[2] / "corpus" / "pdf"
AMAGASAKI = CORPUS_PDF / "amagasaki_plan_2nd.pdf"
SHIZUOKA = CORPUS_PDF / "shizuoka_committee_r8_1.pdf"


def upload(client: TestClient, *files: tuple[str, bytes]) -> list[dict]:
    token = client.cookies.get("saiken_csrf") or _token(client)
    r = client.post("/api/documents", files=[("files", (n, b, "application/pdf")) for n, b in files],
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
    return r.json()


def _token(client: TestClient) -> str:
    client.get("/")
    return client.cookies["saiken_csrf"]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """(client, app) over a workspace holding the 尼崎市 plan and the 静岡市 committee material, converted."""
    ws = tmp_path_factory.mktemp("ws")
    app = create_app(ws, workers=2)
    with TestClient(app) as client:
        _token(client)
        res = upload(client, (AMAGASAKI.name, AMAGASAKI.read_bytes()), (SHIZUOKA.name, SHIZUOKA.read_bytes()))
        assert [r["status"] for r in res] == ["queued", "queued"]
        assert app.state.service.wait_idle(120)
        yield client, app


def doc_id(client: TestClient, prefix: str) -> str:
    return next(d["id"] for d in client.get("/api/documents").json() if d["name"].startswith(prefix))
