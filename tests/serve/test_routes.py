"""Route tests of `saiken serve` with the framework's test client: API contract, pages, safety, corrections."""
from __future__ import annotations

import base64
import io
import json
import sqlite3
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saiken.serve.app import create_app
from saiken.serve.server import ServeError, check_host

from .conftest import AMAGASAKI, doc_id, upload


def test_documents_are_listed_with_their_summary(served) -> None:
    client, _app = served
    docs = {d["name"]: d for d in client.get("/api/documents").json()}
    a = docs["amagasaki_plan_2nd.pdf"]
    assert a["status"] == "done" and a["municipality"] == "尼崎市" and a["kind"] == "plan"
    assert a["pages"] == 33 and a["facts"] > 500 and a["findings"] > 0
    assert docs["shizuoka_committee_r8_1.pdf"]["municipality"] == "静岡市"
    html = client.get("/").text
    for label in ("文書一覧", "市区町村", "種類", "表題", "日付", "ページ", "数値", "注意", "指摘", "尼崎市", "完了"):
        assert label in html


def test_record_json_is_the_cli_contract_with_a_box_on_every_fact(served) -> None:
    client, _app = served
    for prefix in ("amagasaki", "shizuoka"):
        rec = client.get(f"/api/documents/{doc_id(client, prefix)}").json()
        assert rec["schema_version"] and rec["source"]["file"] == f"{prefix}" + rec["source"]["file"][len(prefix):]
        assert rec["facts"] and all(f.get("bbox") for f in rec["facts"]), prefix


def test_stored_by_id_never_by_name(served) -> None:
    client, app = served
    ws: Path = app.state.service.store.root
    names = {p.name for p in (ws / "pdf").iterdir()}
    assert all(n.endswith(".pdf") and len(n) == 20 for n in names), names
    assert "amagasaki_plan_2nd.pdf" not in names


def test_bad_files_get_the_cli_message_and_the_others_go_on(served, tmp_path: Path) -> None:
    client, app = served
    from saiken.extract.batch import convert_one
    (tmp_path / "truncated.pdf").write_bytes(AMAGASAKI.read_bytes()[:3000])
    cli_message = convert_one(tmp_path / "truncated.pdf")[1]
    res = upload(client, ("memo.pdf", b"hello, not a pdf"), ("empty.pdf", b""),
                 ("truncated.pdf", AMAGASAKI.read_bytes()[:3000]), ("../../evil.pdf", b"%PDF-1.4 nothing"))
    assert res[0]["status"] == "rejected" and "memo.pdf: PDFファイルではありません" in res[0]["message"]
    assert res[1]["status"] == "rejected" and "empty.pdf: ファイルが空です" in res[1]["message"]
    assert res[2]["status"] == "queued"
    assert res[3]["name"] == "evil.pdf"  # a name is text, never a path
    assert app.state.service.wait_idle(60)
    docs = {d["name"]: d for d in client.get("/api/documents").json()}
    assert docs["truncated.pdf"]["status"] == "failed"
    assert docs["truncated.pdf"]["message"] == cli_message  # the same words as `saiken extract`
    assert docs["amagasaki_plan_2nd.pdf"]["status"] == "done"
    assert cli_message.split("（")[0] in client.get("/").text


def test_size_limit_has_a_japanese_message(served) -> None:
    client, app = served
    svc = app.state.service
    old = svc.max_bytes
    svc.max_bytes = 10_000
    try:
        res = upload(client, ("big.pdf", b"%PDF-1.7\n" + b"0" * 20_000))
    finally:
        svc.max_bytes = old
    assert res[0]["status"] == "rejected" and "ファイルが大きすぎます" in res[0]["message"]


def test_page_image_is_rendered_once_and_cached(served) -> None:
    client, app = served
    did = doc_id(client, "amagasaki")
    r = client.get(f"/api/documents/{did}/pages/4.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content[:4] == b"\x89PNG"
    assert (app.state.service.store.cache_dir(did) / "4.png").is_file()
    assert client.get(f"/api/documents/{did}/pages/0.png").status_code == 404
    assert client.get(f"/api/documents/{did}/pages/99.png").status_code == 404


def test_page_review_shows_facts_boxes_warnings(served) -> None:
    client, _app = served
    did = doc_id(client, "amagasaki")
    html = client.get(f"/documents/{did}/pages/16").text
    for label in ("債権", "年度", "区分", "項目", "基準", "値", "印字", "令和", "<rect class=\"box", "data-key="):
        assert label in html, label
    assert client.get(f"/documents/{did}/pages/999").status_code == 404
    assert client.get(f"/documents/{did}", follow_redirects=False).headers["location"] == f"/documents/{did}/pages/1"


def test_word_under_a_click(served) -> None:
    client, _app = served
    did = doc_id(client, "amagasaki")
    rec = client.get(f"/api/documents/{did}").json()
    f = next(f for f in rec["facts"] if f["page"] == 4 and f["raw"] == "1,924,838")
    x, y = (f["bbox"][0] + f["bbox"][2]) / 2, (f["bbox"][1] + f["bbox"][3]) / 2
    w = client.get(f"/api/documents/{did}/pages/4/word", params={"x": x, "y": y}).json()
    assert w["text"] == "1,924,838" and w["value"] in (1924838, 1924838000) and len(w["bbox"]) == 4
    assert client.get(f"/api/documents/{did}/pages/4/word", params={"x": 1, "y": 1}).status_code == 404


@pytest.mark.parametrize("url", [
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/documents/..%2F..%2Fsaiken-serve.sqlite/pages/1.png",
    "/api/documents/%2E%2E/pages/1.png",
    "/documents/..%2Fpdf/pages/1",
    "/static/..%2F..%2Fstore.py",
    "/static/../app.py",
    "/outputs/drafts/..%2F..%2Fsaiken-serve.sqlite.docx",
    "/outputs/drafts/..%2Fpdf%2Fx.docx",
    "/outputs/dataset.%2E%2E%2Fsaiken-serve",
    "/api/documents/0000000000000000/pages/1.png",
])
def test_no_route_reads_outside_the_workspace(served, url: str) -> None:
    client, _app = served
    r = client.get(url)
    assert r.status_code in (404, 422), (url, r.status_code)
    assert b"SQLite format" not in r.content and b"root:" not in r.content and b"def create_app" not in r.content


def test_form_posts_need_the_csrf_token(served) -> None:
    client, _app = served
    did = doc_id(client, "amagasaki")
    assert client.post(f"/documents/{did}/reconvert", data={}).status_code == 403
    assert client.post(f"/documents/{did}/reconvert", data={"csrf_token": "wrong"}).status_code == 403
    assert client.post("/outputs/plan", data={"municipality": "尼崎市"}).status_code == 403
    fresh = TestClient(client.app)  # no cookie at all
    assert fresh.post("/upload", files=[("files", ("a.pdf", b"%PDF-", "application/pdf"))]).status_code == 403
    r = client.post("/api/documents", files=[("files", ("a.pdf", b"%PDF-", "application/pdf"))],
                    headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = client.post(f"/api/documents/{did}/corrections", json={"action": "delete", "key": "x"},
                    headers={"X-CSRF-Token": "wrong"})
    assert r.status_code == 403


def _key(client: TestClient, did: str, page: int, raw: str) -> str:
    c = client.app.state.service.corrected(did)
    return next(k for k, f in zip(c.keys, c.doc.facts) if f.page == page and f.raw == raw)


def _post(client: TestClient, did: str, body: dict) -> dict:
    r = client.post(f"/api/documents/{did}/corrections", json=body,
                    headers={"X-CSRF-Token": client.cookies["saiken_csrf"]})
    assert r.status_code == 200, r.text
    return r.json()


def test_correction_is_logged_applied_exported_and_audited(served) -> None:
    client, app = served
    did = doc_id(client, "amagasaki")
    sha = client.get(f"/api/documents/{did}").json()["source"]["sha256"]
    before = client.get("/api/findings", params={"document": did}).json()
    key = _key(client, did, 16, "1,924,837,459")
    res = _post(client, did, {"action": "edit", "key": key, "fields": {"value": 1924000000, "fiscal_year": "令和3年度"}})
    log = client.get(f"/api/documents/{did}/corrections").json()
    entry = next(e for e in log if e["seq"] == res["seq"])
    assert entry["sha256"] == sha and entry["page"] == 16 and entry["at"]
    assert entry["old"] == {"value": 1924837459} and entry["new"] == {"value": 1924000000}  # year unchanged: not logged
    rec = client.get(f"/api/documents/{did}").json()
    fact = next(f for f in rec["facts"] if f["page"] == 16 and f["raw"] == "1,924,837,459")
    assert fact["value"] == 1924000000 and fact["source"] == "corrected"
    after = client.get("/api/findings", params={"document": did}).json()
    assert after != before  # the municipality was audited again
    html = client.get("/corrections").text
    assert "1924837459" in html and "1924000000" in html and sha[:16] in html
    # the page shows it as corrected
    assert "修正済" in client.get(f"/documents/{did}/pages/16").text
    # undo by another correction (the log is append-only)
    _post(client, did, {"action": "edit", "key": key, "fields": {"value": 1924837459}})
    assert client.get("/api/findings", params={"document": did}).json() == before


def test_delete_and_add(served) -> None:
    client, _app = served
    did = doc_id(client, "shizuoka")
    rec = client.get(f"/api/documents/{did}").json()
    victim = rec["facts"][0]
    key = _key(client, did, victim["page"], victim["raw"])
    _post(client, did, {"action": "delete", "key": key})
    res = _post(client, did, {"action": "add", "fields": {"page": 3, "raw": "123,456", "value": "123456", "unit": "yen",
                                                          "metric": "outstanding", "basis": "actual", "debt": "市税",
                                                          "fiscal_year": "R6", "bbox": "10,10,50,20"}})
    assert res["key"].startswith("add:")
    rec2 = client.get(f"/api/documents/{did}").json()
    assert len(rec2["facts"]) == len(rec["facts"])
    added = [f for f in rec2["facts"] if f["raw"] == "123,456"]
    assert added and added[0]["fiscal_year"] == 2024 and added[0]["source"] == "corrected"
    r = client.post(f"/api/documents/{did}/corrections", json={"action": "edit", "key": "9|nothing|#0", "fields": {"value": 1}},
                    headers={"X-CSRF-Token": client.cookies["saiken_csrf"]})
    assert r.status_code == 422 and "見つかりません" in r.json()["detail"]
    r = client.post(f"/api/documents/{did}/corrections", json={"action": "edit", "key": res["key"], "fields": {"value": "abc"}},
                    headers={"X-CSRF-Token": client.cookies["saiken_csrf"]})
    assert r.status_code == 422 and "数値として読めません" in r.json()["detail"]


def test_form_correction_redirects_back_with_the_row_selected(served) -> None:
    client, _app = served
    did = doc_id(client, "amagasaki")
    key = _key(client, did, 4, "223,698")
    r = client.post(f"/documents/{did}/corrections", data={
        "csrf_token": client.cookies["saiken_csrf"], "action": "edit", "key": key, "return_page": "4",
        "value": "223698000", "debt": "", "fiscal_year": "", "segment": "total", "metric": "outstanding", "basis": "actual"},
        follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/documents/{did}/pages/4?sel=")


def test_corrections_survive_reconversion_and_a_conversion_during_corrections(served) -> None:
    client, app = served
    did = doc_id(client, "shizuoka")
    keys = app.state.service.corrected(did).keys[5:25]
    token = client.cookies["saiken_csrf"]
    client.post(f"/documents/{did}/reconvert", data={"csrf_token": token})  # conversion running while we correct

    def fix(i: int) -> int:
        return _post(client, did, {"action": "edit", "key": keys[i], "fields": {"value": 7000 + i}})["seq"]

    with ThreadPoolExecutor(4) as pool:
        seqs = list(pool.map(fix, range(len(keys))))
    assert app.state.service.wait_idle(60)
    assert len(set(seqs)) == len(keys)
    c = app.state.service.corrected(did)
    assert not c.unmatched
    for i, key in enumerate(keys):
        j = c.index_of(key)
        assert j is not None and c.doc.facts[j].value == 7000 + i and c.sources[j] == "corrected"


def test_concurrent_uploads_lose_nothing(served, tmp_path: Path) -> None:
    client, app = served
    import pymupdf

    def pdf(i: int) -> bytes:
        d = pymupdf.open()
        d.new_page().insert_text((72, 100), f"会議のお知らせ 令和7年度 第{i}回 資料{i}", fontname="japan")
        return d.tobytes()

    with ThreadPoolExecutor(5) as pool:
        results = list(pool.map(lambda i: upload(client, (f"note{i}.pdf", pdf(i)))[0], range(5)))
    assert app.state.service.wait_idle(60)
    docs = {d["id"]: d for d in client.get("/api/documents").json()}
    assert all(docs[r["id"]]["status"] == "done" for r in results)


def test_exports_carry_the_corrections(served, tmp_path: Path) -> None:
    client, _app = served
    did = doc_id(client, "amagasaki")
    _post(client, did, {"action": "edit", "key": _key(client, did, 4, "1,924,838"), "fields": {"value": 1924837000}})
    r = client.get("/outputs/dataset.sqlite")
    assert r.status_code == 200
    db = tmp_path / "x.sqlite"
    db.write_bytes(r.content)
    con = sqlite3.connect(db)
    rows = con.execute("SELECT value, source FROM facts WHERE raw='1,924,838' AND page=4").fetchall()
    assert (1924837000.0, "corrected") in rows
    assert con.execute("SELECT COUNT(*) FROM facts WHERE source='extracted'").fetchone()[0] > 500
    r = client.get("/outputs/dataset.xlsx")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert {"文書", "数値", "取組", "発言"} <= set(wb.sheetnames)
    r = client.get("/outputs/dataset.zip")
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert "facts.csv" in names and "documents.csv" in names
    assert client.get("/outputs/dataset.exe").status_code == 404


def test_plan_draft_from_the_form(served) -> None:
    client, _app = served
    assert "尼崎市" in client.get("/outputs").text
    r = client.post("/outputs/plan", data={"csrf_token": client.cookies["saiken_csrf"], "municipality": "尼崎市",
                                           "year": "", "layout": ""})
    assert r.status_code == 200 and "（要入力）の箇所" in r.text, r.text
    link = r.text.split('id="dl-draft" href="')[1].split('"')[0].replace("&amp;", "&")
    d = client.get(link)
    assert d.status_code == 200 and d.content[:2] == b"PK"
    r = client.post("/outputs/plan", data={"csrf_token": client.cookies["saiken_csrf"], "municipality": "存在しない市"})
    assert "下書きを作れませんでした" in r.text


def test_minutes_form(served) -> None:
    client, _app = served
    r = client.post("/outputs/minutes", data={
        "csrf_token": client.cookies["saiken_csrf"], "title": "第30回テスト市債権回収対策本部会 議事要旨",
        "date": "令和5年1月13日", "method": "書面開催", "attendees": "本部長 副市長\n本部員 財政局長 山田",
        "agenda": "中間報告について", "materials": "", "meeting_number": "30",
        "statements": "【報告】財政局長\n市税は順調。\n\n次の段落。\n【報告】保健福祉局長\n国保も順調。"})
    assert r.status_code == 200 and "（要入力）の箇所" in r.text, r.text
    assert "資料" in r.text.split('id="gaps"')[1]  # the materials were left empty
    r = client.post("/outputs/minutes", data={"csrf_token": client.cookies["saiken_csrf"], "date": "13月45日"})
    assert "下書きを作れませんでした" in r.text


def test_pages_render(served) -> None:
    client, _app = served
    for url, words in [("/findings", ["監査の指摘", "重要度", "規則", "文書", "債権"]),
                       ("/findings?severity=error", ["監査の指摘"]),
                       ("/corrections", ["修正の記録", "変更前 → 変更後"]),
                       ("/outputs", ["Excel", "SQLite", "CSV", "計画の下書き", "議事要旨の下書き"])]:
        r = client.get(url)
        assert r.status_code == 200 and all(w in r.text for w in words), url
    assert '<image href="/api/documents/' in client.get("/findings").text  # both places as page crops


def test_password_is_required_off_loopback(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="--password"):
        check_host("0.0.0.0", None)
    check_host("127.0.0.1", None)
    check_host("::1", None)
    check_host("0.0.0.0", "pw")
    app = create_app(tmp_path / "ws", password="秘密pw", workers=1)
    with TestClient(app) as c:
        assert c.get("/").status_code == 401
        assert c.get("/api/documents").status_code == 401
        bad = base64.b64encode("x:nope".encode()).decode()
        assert c.get("/", headers={"Authorization": f"Basic {bad}"}).status_code == 401
        good = base64.b64encode("staff:秘密pw".encode()).decode()
        assert c.get("/", headers={"Authorization": f"Basic {good}"}).status_code == 200


def test_cli_refuses_a_public_host_without_password(capsys) -> None:
    from saiken.main import main
    assert main(["serve", "--host", "0.0.0.0", "--no-browser"]) == 2
    assert "--password" in capsys.readouterr().err
