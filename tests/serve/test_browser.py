"""Browser tests: the app served by uvicorn on the loopback, driven in Debian's headless Chromium by Playwright.

Upload (file picker and drag-and-drop), wait for conversion, open a page, click a fact and see its box highlighted,
correct a value and see the audit change, add a missed figure by clicking it, download the Excel file and a draft.
With SAIKEN_SHOTS=DIR the screens are saved there (docs/serve/ holds the README's screenshots).
"""
from __future__ import annotations

import base64
import io
import os
import shutil
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest

from .conftest import AMAGASAKI, SHIZUOKA

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM or not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("Debian の chromium がありません（.ci/run が apt-get install chromium を実行します）")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
SHOTS = Path(os.environ["SAIKEN_SHOTS"]) if os.environ.get("SAIKEN_SHOTS") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from saiken.serve.app import create_app
    app = create_app(tmp_path_factory.mktemp("browser-ws"), workers=2)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    t.join(15)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def shot(page, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def findings_of(page, base: str, doc: str) -> list[dict]:
    return page.request.get(f"{base}/api/findings?document={doc}").json()


def test_staff_workflow_in_the_browser(server, browser, tmp_path: Path) -> None:
    base, app = server
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True, locale="ja-JP")
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(60_000)

    # 1. upload: one file with the picker, one by drag and drop, then wait for the conversion
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "文書一覧"
    page.set_input_files("#files", str(AMAGASAKI))
    b64 = base64.b64encode(SHIZUOKA.read_bytes()).decode()
    page.evaluate("""([b64, name]) => {
        const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, {type: 'application/pdf'}));
        const zone = document.getElementById('upload');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", [b64, SHIZUOKA.name])
    page.wait_for_selector("#progress li")
    shot(page, "1-upload-progress")
    page.wait_for_function("""() => {
        const rows = document.querySelectorAll('#documents tr[data-status="done"]');
        return rows.length >= 2 && !document.querySelector('#progress li');
    }""", timeout=120_000)
    table = page.locator("#documents").inner_text()
    assert "尼崎市" in table and "静岡市" in table and "完了" in table
    shot(page, "2-documents")

    # 2. page review: open the document, go to page 16, click a fact and see its box highlighted
    page.click("text=amagasaki_plan_2nd.pdf")
    page.wait_for_url("**/pages/1")
    doc = page.locator("#review").get_attribute("data-doc")
    page.goto(f"{base}/documents/{doc}/pages/15")
    page.keyboard.press("ArrowRight")  # keyboard navigation between pages
    page.wait_for_url("**/pages/16")
    row = page.locator('#facts tr.fact[data-raw="1,924,837,459"]').first
    key = row.get_attribute("data-key")
    box = page.locator(f'#boxes rect.box[data-key="{key}"]')
    assert "hl" not in (box.get_attribute("class") or "")
    row.click()
    assert "hl" in box.get_attribute("class")
    assert "sel" in row.get_attribute("class")
    assert page.locator("#edit").is_visible()
    shot(page, "3-review")
    # a click on another box selects its row; arrow keys move between rows
    other = page.locator("#facts tr.fact").nth(2)
    okey = other.get_attribute("data-key")
    page.locator(f'#boxes rect.box[data-key="{okey}"]').dispatch_event("click")
    assert "sel" in other.get_attribute("class")
    page.keyboard.press("ArrowDown")
    assert "sel" in page.locator("#facts tr.fact").nth(3).get_attribute("class")

    # 3. correct a value and see the audit change
    before = findings_of(page, base, doc)
    row.click()
    page.fill("#edit-value", "1924000000")
    page.click("#save")
    page.wait_for_url("**/pages/16?sel=*")
    assert "修正済" in page.locator(f'#facts tr.fact[data-key="{key}"]').inner_text()
    after = findings_of(page, base, doc)
    assert after != before
    page.goto(f"{base}/findings?document={doc}")
    assert page.locator("h1 small").inner_text().startswith(f"{len(after)} / ")
    if after:
        assert page.locator("#findings a.crop").count() >= 1  # each place as a page crop, linked to the review
    shot(page, "5-findings")
    page.goto(f"{base}/corrections")
    assert "1924000000" in page.locator("#log").inner_text()
    shot(page, "6-corrections")

    # 4. add a missed figure by clicking its number on the page (form prefilled from the word under the click)
    page.goto(f"{base}/documents/{doc}/pages/4")
    page.click("#addmode")
    target = page.locator('#facts tr.fact[data-raw="1,924,838"]').first
    x0, y0, x1, y1 = map(float, target.get_attribute("data-bbox").split(","))
    svg = page.locator("#boxes")
    bb = svg.bounding_box()
    vb_w, vb_h = map(float, svg.get_attribute("viewBox").split()[2:])
    page.mouse.click(bb["x"] + (x0 + x1) / 2 * bb["width"] / vb_w, bb["y"] + (y0 + y1) / 2 * bb["height"] / vb_h)
    page.wait_for_selector("#add:not([hidden])")
    assert page.input_value("#add-raw") == "1,924,838"
    assert page.input_value("#add-value") != ""
    shot(page, "4-add-figure")

    # 5. outputs: the Excel file and a plan draft
    page.goto(f"{base}/outputs")
    shot(page, "7-outputs")
    with page.expect_download() as dl:
        page.click("#dl-xlsx")
    xlsx = tmp_path / "saiken.xlsx"
    dl.value.save_as(xlsx)
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    assert "数値" in wb.sheetnames
    headers = [c.value for c in wb["数値"][1]]
    values = [r for r in wb["数値"].iter_rows(values_only=True) if "corrected" in r]
    assert "source" in headers and values
    page.select_option("#plan select[name=municipality]", "尼崎市")
    page.click("#plan button")
    page.wait_for_selector("#dl-draft")
    assert "（要入力）の箇所" in page.content()
    shot(page, "8-draft")
    with page.expect_download() as dl:
        page.click("#dl-draft")
    docx = tmp_path / "plan.docx"
    dl.value.save_as(docx)
    assert dl.value.suggested_filename.endswith(".docx")
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(docx.read_bytes())).namelist()
    assert not errors, errors
    ctx.close()
