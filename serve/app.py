"""The web app of `saiken serve`: Japanese HTML pages (Jinja2, plain forms, serve/static/app.js) and a JSON API.

Safety: every form POST carries the CSRF token of the `saiken_csrf` cookie (double submit); API POSTs from a
browser must come from the app's own origin (or carry the token in `X-CSRF-Token`); with a password, every request
needs HTTP basic authentication. Routes take document ids (16 hex digits) and page numbers only, never paths.
"""
from __future__ import annotations

import base64
import contextlib
import hmac
import re
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.background import BackgroundTask

from saiken.serve import corrections as corr
from saiken.serve.service import MAX_BYTES, Service, too_large_message
from saiken.serve.store import STATUS_JA

HERE = Path(__file__).resolve().parent
CSRF_COOKIE = "saiken_csrf"
KIND_JA = {"minutes": "議事要旨", "committee_material": "委員会資料", "progress_report": "進捗報告", "plan": "計画",
           "unknown": "不明"}
SEVERITY_JA = {"error": "誤り", "warning": "要確認", "info": "参考"}
RULE_JA = {"rate_mismatch": "収納率の不一致", "sum_mismatch": "合計の不一致", "identity_mismatch": "収入未済額の不一致",
           "diff_mismatch": "差額の不一致", "claim_mismatch": "本文の数値の不一致", "era_mismatch": "和暦と西暦の不一致",
           "cross_doc_mismatch": "資料間・箇所間の不一致", "name_inconsistency": "表記ゆれ"}


def wareki_year(y: Any) -> str:
    if y in (None, ""):
        return ""
    from saiken.normalize.wareki import format_fiscal_year
    try:
        return format_fiscal_year(int(y))
    except (ValueError, TypeError):
        return str(y)


def fmt_value(v: Any, unit: str | None = None) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and unit not in ("percent", "points"):
        v = int(v)
    if isinstance(v, int):
        s = f"{v:,}"
    else:
        s = f"{v:,}" if abs(v) >= 1000 else str(v)
    return s + ({"yen": "円", "percent": "%", "points": "pt"}.get(unit or "", ""))


def create_app(workspace: Path, password: str | None = None, max_bytes: int = MAX_BYTES,
               workers: int | None = None) -> FastAPI:
    """The app for one workspace; `app.state.service` holds the Service (closed on shutdown)."""
    service = Service(workspace, max_bytes=max_bytes, workers=workers)
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        service.close()

    app = FastAPI(title="saiken serve", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.service = service
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters.update({"wareki": wareki_year, "value": fmt_value})
    templates.env.globals.update({"KIND_JA": KIND_JA, "STATUS_JA": STATUS_JA, "SEVERITY_JA": SEVERITY_JA,
                                  "RULE_JA": RULE_JA, "SEGMENTS": corr.SEGMENTS, "BASES": corr.BASES,
                                  "METRICS": corr.METRICS, "UNITS": corr.UNITS, "ACTIONS": corr.ACTIONS,
                                  "MAX_MB": max_bytes // (1024 * 1024)})
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    store = service.store

    # -- middleware: password, CSRF cookie, upload size ------------------------------------------------------
    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if password is not None:
            ok = False
            auth = request.headers.get("authorization", "")
            if auth.lower().startswith("basic "):
                try:
                    _user, _, given = base64.b64decode(auth[6:]).decode("utf-8").partition(":")
                    ok = hmac.compare_digest(given.encode(), password.encode())
                except (ValueError, UnicodeDecodeError):
                    ok = False
            if not ok:
                return Response("パスワードが必要です", status_code=401, media_type="text/plain; charset=utf-8",
                                headers={"WWW-Authenticate": 'Basic realm="saiken", charset="UTF-8"'})
        if request.method == "POST":
            origin = request.headers.get("origin")
            if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
                return JSONResponse({"detail": "別のサイトからの送信は受け付けません"}, status_code=403)
            length = request.headers.get("content-length")
            if length and length.isdigit() and int(length) > max_bytes + 1024 * 1024:
                msg = too_large_message("アップロード", max_bytes)
                return JSONResponse({"detail": msg}, status_code=413)
        token = request.cookies.get(CSRF_COOKIE)
        request.state.csrf = token or secrets.token_urlsafe(24)
        response = await call_next(request)
        if not token:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=False, samesite="strict")
        return response

    async def checked_form(request: Request) -> Any:
        form = await request.form()
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        given = str(form.get("csrf_token") or request.headers.get("x-csrf-token") or "")
        if not cookie or not hmac.compare_digest(cookie, given):
            raise HTTPException(403, "フォームの有効期限が切れました。ページを読み込み直してから、もう一度送信してください")
        return form

    def api_token_ok(request: Request) -> None:
        given = request.headers.get("x-csrf-token")
        if given is not None and not hmac.compare_digest(given, request.cookies.get(CSRF_COOKIE) or ""):
            raise HTTPException(403, "CSRFトークンが一致しません")
        if given is None and request.cookies.get(CSRF_COOKIE) and request.headers.get("sec-fetch-site") not in (
                None, "same-origin", "none"):
            raise HTTPException(403, "別のサイトからの送信は受け付けません")

    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("nav", name.split(".")[0])
        return templates.TemplateResponse(request, name, {"csrf": request.state.csrf, **ctx})

    def doc_or_404(doc_id: str) -> dict[str, Any]:
        row = store.document(doc_id)
        if row is None:
            raise HTTPException(404, "文書が見つかりません")
        return row

    # -- documents ------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def documents_page(request: Request) -> HTMLResponse:
        return page(request, "documents.html", docs=store.documents())

    @app.post("/upload")
    async def upload_form(request: Request) -> Response:
        form = await checked_form(request)
        results = [service_accept(f) for f in form.getlist("files") if hasattr(f, "filename")]
        bad = [r["message"] for r in results if r["status"] == "rejected"]
        q = urlencode([("error", m) for m in bad])
        return RedirectResponse("/" + (f"?{q}" if q else ""), status_code=303)

    def service_accept(f: Any) -> dict[str, Any]:
        return service.accept(f.filename or "", f.file)

    @app.post("/api/documents")
    async def api_upload(request: Request) -> JSONResponse:
        api_token_ok(request)
        form = await request.form(max_files=1000)
        files = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not files:
            raise HTTPException(400, "ファイルがありません（multipart の項目名は files です）")
        from starlette.concurrency import run_in_threadpool
        out = [await run_in_threadpool(service_accept, f) for f in files]
        return JSONResponse(out)

    @app.get("/api/documents")
    def api_documents() -> JSONResponse:
        return JSONResponse([_public(d) for d in store.documents()])

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str) -> JSONResponse:
        doc_or_404(doc_id)
        c = service.corrected(doc_id)
        if c is None:
            raise HTTPException(409, "まだ変換されていません")
        return JSONResponse(corr.record_json(c))

    @app.post("/documents/{doc_id}/reconvert")
    async def reconvert(request: Request, doc_id: str) -> Response:
        await checked_form(request)
        doc_or_404(doc_id)
        service.reconvert(doc_id)
        return RedirectResponse("/", status_code=303)

    # -- pages ----------------------------------------------------------------------------------------------
    @app.get("/api/documents/{doc_id}/pages/{n}.png")
    def page_png(doc_id: str, n: int) -> FileResponse:
        doc_or_404(doc_id)
        from saiken.serve.pages import page_png as render
        try:
            path = render(store.pdf_path(doc_id), store.cache_dir(doc_id), n)
        except IndexError:
            raise HTTPException(404, "そのページはありません") from None
        return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @app.get("/api/documents/{doc_id}/pages/{n}/word")
    def page_word(doc_id: str, n: int, x: float, y: float) -> JSONResponse:
        doc_or_404(doc_id)
        from saiken.serve.pages import word_at
        w = word_at(store.pdf_path(doc_id), n, x, y)
        if w is None:
            raise HTTPException(404, "その位置に文字がありません")
        return JSONResponse(w)

    @app.get("/documents/{doc_id}")
    def document_home(doc_id: str) -> Response:
        doc_or_404(doc_id)
        return RedirectResponse(f"/documents/{doc_id}/pages/1", status_code=303)

    @app.get("/documents/{doc_id}/pages/{n}", response_class=HTMLResponse)
    def review(request: Request, doc_id: str, n: int, sel: str | None = None, error: str | None = None) -> HTMLResponse:
        row = doc_or_404(doc_id)
        c = service.corrected(doc_id)
        if c is None:
            raise HTTPException(409, "まだ変換されていません")
        npages = c.doc.source.pages
        if not 1 <= n <= npages:
            raise HTTPException(404, "そのページはありません")
        size = _page_size(doc_id, n)
        facts = [(i, f, c.keys[i], c.sources[i]) for i, f in enumerate(c.doc.facts) if f.page == n]
        facts.sort(key=lambda t: ((t[1].bbox or (0, 1e9))[1] // 4, (t[1].bbox or (0, 0))[0]))
        warnings = [w for w in c.doc.warnings if w.page == n]
        findings = [f for f in store.findings() if f["doc_id"] == doc_id and f.get("page") == n]
        return page(request, "review.html", row=row, doc=c.doc, n=n, npages=npages, size=size, facts=facts,
                    warnings=warnings, findings=findings, sel=sel, error=error, nav="documents")

    _sizes: dict[str, list[tuple[float, float]]] = {}

    def _page_size(doc_id: str, n: int) -> tuple[float, float]:
        if doc_id not in _sizes:
            from saiken.serve.pages import page_sizes
            _sizes[doc_id] = page_sizes(store.pdf_path(doc_id))
        return _sizes[doc_id][n - 1]

    # -- corrections ----------------------------------------------------------------------------------------
    @app.post("/documents/{doc_id}/corrections")
    async def correct_form(request: Request, doc_id: str) -> Response:
        form = await checked_form(request)
        doc_or_404(doc_id)
        fields = {k: str(v) for k, v in form.items() if k not in ("csrf_token", "action", "key", "return_page")}
        back = int(str(form.get("return_page") or form.get("page") or 1))
        from starlette.concurrency import run_in_threadpool
        try:
            _seq, key = await run_in_threadpool(service.correct, doc_id, str(form.get("action") or "edit"),
                                                str(form.get("key") or "") or None, fields)
        except (corr.CorrectionError, ValueError) as e:
            return RedirectResponse(f"/documents/{doc_id}/pages/{back}?" + urlencode({"error": str(e)}), 303)
        q = f"?{urlencode({'sel': key})}" if key else ""
        return RedirectResponse(f"/documents/{doc_id}/pages/{back}{q}", status_code=303)

    @app.post("/api/documents/{doc_id}/corrections")
    async def api_correct(request: Request, doc_id: str) -> JSONResponse:
        api_token_ok(request)
        doc_or_404(doc_id)
        try:
            body = await request.json()
        except ValueError:
            raise HTTPException(400, "JSON の本文を送ってください") from None
        if not isinstance(body, dict):
            raise HTTPException(400, "JSON の本文はオブジェクトにしてください")
        fields = body.get("fields") or {}
        from starlette.concurrency import run_in_threadpool
        try:
            seq, key = await run_in_threadpool(service.correct, doc_id, str(body.get("action") or "edit"),
                                               body.get("key"), fields)
        except (corr.CorrectionError, ValueError) as e:
            raise HTTPException(422, str(e)) from None
        return JSONResponse({"seq": seq, "key": key})

    @app.get("/api/documents/{doc_id}/corrections")
    def api_corrections(doc_id: str) -> JSONResponse:
        doc_or_404(doc_id)
        return JSONResponse([c.__dict__ for c in store.corrections(doc_id)])

    @app.get("/corrections", response_class=HTMLResponse)
    def corrections_page(request: Request) -> HTMLResponse:
        names = {d["id"]: d["name"] for d in store.documents()}
        log = list(reversed(store.corrections()))
        return page(request, "corrections.html", log=log, names=names, labels=corr.EDITABLE)

    # -- findings -------------------------------------------------------------------------------------------
    def filtered_findings(severity: str | None, rule: str | None, doc: str | None, debt: str | None) -> list[dict[str, Any]]:
        out = store.findings()
        if severity:
            out = [f for f in out if f["severity"] == severity]
        if rule:
            out = [f for f in out if f["rule"] == rule]
        if doc:
            out = [f for f in out if f["doc_id"] == doc]
        if debt:
            out = [f for f in out if (f.get("debt") or "") == debt]
        return out

    @app.get("/api/findings")
    def api_findings(severity: str | None = None, rule: str | None = None, document: str | None = None,
                     debt: str | None = None) -> JSONResponse:
        return JSONResponse(filtered_findings(severity, rule, document, debt))

    @app.get("/findings", response_class=HTMLResponse)
    def findings_page(request: Request, severity: str | None = None, rule: str | None = None,
                      document: str | None = None, debt: str | None = None) -> HTMLResponse:
        everything = store.findings()
        shown = filtered_findings(severity or None, rule or None, document or None, debt or None)
        docs = {d["id"]: d for d in store.documents()}
        by_stem = {d_id: d_id for d_id in docs}
        for f in shown:
            f["places"] = _places(f, by_stem)
            for p in f["places"]:
                if p["doc_id"] in docs:
                    p["size"] = _page_size(p["doc_id"], p["page"])
        return page(request, "findings.html", findings=shown, total=len(everything), docs=docs,
                    audit_errors=list(service.audit_errors.values()),
                    rules=sorted({f["rule"] for f in everything}), debts=sorted({f.get("debt") or "" for f in everything} - {""}),
                    q={"severity": severity or "", "rule": rule or "", "document": document or "", "debt": debt or ""})

    # -- outputs --------------------------------------------------------------------------------------------
    @app.get("/outputs", response_class=HTMLResponse)
    def outputs_page(request: Request, minutes_from: str | None = None) -> HTMLResponse:
        done = store.done_documents()
        munis = sorted({d["municipality"] for d in done if d["municipality"]})
        minutes_docs = [d for d in done if d["kind"] == "minutes"]
        meeting = _meeting_from(minutes_from) if minutes_from else None
        from saiken.generate.plan import LAYOUTS
        return page(request, "outputs.html", munis=munis, layouts=list(LAYOUTS), minutes_docs=minutes_docs,
                    meeting=meeting, minutes_from=minutes_from or "", ndocs=len(done))

    def _meeting_from(doc_id: str) -> dict[str, Any] | None:
        c = service.corrected(doc_id) if store.document(doc_id) else None
        if c is None or c.doc.minutes is None:
            return None
        m = c.doc.minutes
        return {"title": m.title or "", "meeting_number": m.meeting_number or "", "date": m.date or "",
                "method": m.method or "",
                "attendees": "\n".join(" ".join(x for x in (a.role or "", a.title, a.name or "") if x) for a in m.attendees),
                "agenda": "\n".join(m.agenda), "materials": "\n".join(m.materials),
                "statements": "\n\n".join(f"【{s.section or ''}】{s.speaker}\n{s.text}" for s in m.statements)}

    @app.get("/outputs/dataset.{fmt}")
    def download_dataset(fmt: str) -> FileResponse:
        if fmt not in ("sqlite", "xlsx", "zip"):
            raise HTTPException(404, "その形式はありません")
        try:
            path = service.export({"zip": "csv"}.get(fmt, fmt))
        except FileNotFoundError as e:
            raise HTTPException(404, str(e)) from None
        names = {"sqlite": "saiken.sqlite", "xlsx": "saiken.xlsx", "zip": "saiken-csv.zip"}
        media = {"sqlite": "application/vnd.sqlite3", "zip": "application/zip",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        return FileResponse(path, media_type=media[fmt], filename=names[fmt],
                            background=BackgroundTask(path.unlink, missing_ok=True))

    @app.post("/outputs/plan", response_class=HTMLResponse)
    async def draft_plan_form(request: Request) -> HTMLResponse:
        form = await checked_form(request)
        from saiken.generate.context import ContextError
        from saiken.generate.plan import draft_plan
        from saiken.generate.render import TemplateFieldError
        muni = str(form.get("municipality") or "")
        year_text = str(form.get("year") or "").strip()
        layout = str(form.get("layout") or "") or None
        try:
            year = _parse_year(year_text) if year_text else None
            token = secrets.token_hex(8)
            out = store.out_dir() / f"draft-{token}.docx"
            from starlette.concurrency import run_in_threadpool
            draft = await run_in_threadpool(draft_plan, service.frames(), muni, out, year, layout)
        except (ContextError, TemplateFieldError, ValueError, FileNotFoundError) as e:
            return page(request, "draft.html", error=str(e), kind="計画", nav="outputs")
        return page(request, "draft.html", token=token, gaps=draft.gaps, kind="計画", nav="outputs",
                    filename=f"{muni}_計画下書き.docx")

    @app.post("/outputs/minutes", response_class=HTMLResponse)
    async def draft_minutes_form(request: Request) -> HTMLResponse:
        form = await checked_form(request)
        from saiken.generate.minutes import Meeting, draft_minutes
        from saiken.generate.render import TemplateFieldError
        try:
            meeting = Meeting.model_validate(_meeting_data(form))
            token = secrets.token_hex(8)
            out = store.out_dir() / f"draft-{token}.docx"
            from starlette.concurrency import run_in_threadpool
            draft = await run_in_threadpool(draft_minutes, meeting, out)
        except (TemplateFieldError, ValueError) as e:
            msg = str(e)
            if hasattr(e, "errors"):
                first = e.errors()[0]
                msg = f"{'.'.join(str(x) for x in first['loc'])} が正しくありません（{first['msg']}）"
            return page(request, "draft.html", error=msg, kind="議事要旨", nav="outputs")
        return page(request, "draft.html", token=token, gaps=draft.gaps, kind="議事要旨", nav="outputs",
                    filename="議事要旨下書き.docx")

    @app.get("/outputs/drafts/{token}.docx")
    def download_draft(token: str, name: str = "下書き.docx") -> FileResponse:
        if not re.fullmatch(r"[0-9a-f]{16}", token):
            raise HTTPException(404, "下書きが見つかりません")
        path = store.out_dir() / f"draft-{token}.docx"
        if not path.is_file():
            raise HTTPException(404, "下書きが見つかりません（サーバーを再起動した場合は作り直してください）")
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name)[:80] or "下書き.docx"
        return FileResponse(path, filename=safe,
                            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        import logging
        logging.getLogger("saiken.serve").exception("%s %s", request.method, request.url.path)
        detail = f"サーバー内部のエラーです（{type(exc).__name__}）。操作をやり直しても続く場合は担当者に連絡してください"
        return JSONResponse({"detail": detail}, status_code=500)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail,
                                                                  "csrf": getattr(request.state, "csrf", ""),
                                                                  "nav": ""}, status_code=exc.status_code)

    return app


def _public(d: dict[str, Any]) -> dict[str, Any]:
    out = {k: d[k] for k in ("id", "name", "status", "message", "code", "kind", "municipality", "title", "date",
                             "pages", "facts", "warnings", "findings", "uploaded_at", "converted_at")}
    out["status_ja"] = STATUS_JA.get(d["status"], d["status"])
    return out


def _places(f: dict[str, Any], ids: dict[str, str]) -> list[dict[str, Any]]:
    """Where a finding points: its own page and the other places it names, each with the boxes of its facts."""
    places: list[dict[str, Any]] = []
    first = {"doc_id": f["doc_id"], "page": f.get("page")}
    others = []
    for o in f.get("other") or []:
        did = str(o.get("document") or "").removesuffix(".json")
        if did in ids and o.get("page"):
            others.append({"doc_id": did, "page": int(o["page"])})
    for p in [first, *others]:
        if p["page"] is None or any(q["doc_id"] == p["doc_id"] and q["page"] == p["page"] for q in places):
            continue
        boxes = [fa["bbox"] for fa in f.get("facts") or [] if fa.get("page") == p["page"] and fa.get("bbox")]
        if not boxes and p is not first:
            continue
        places.append({**p, "boxes": boxes})
    return places


def _parse_year(text: str) -> int:
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    from saiken.normalize.wareki import fiscal_year
    return fiscal_year(text)


def _lines(v: Any) -> list[str]:
    return [x.strip() for x in str(v or "").splitlines() if x.strip()]


def _meeting_data(form: Any) -> dict[str, Any]:
    """The Meeting fields from the minutes form (textareas: one attendee, agenda item or material a line;
    statements as blocks 【見出し】発言者 followed by the text, blocks separated by a blank line)."""
    data: dict[str, Any] = {}
    for k in ("title", "body", "date", "method", "method_text"):
        v = str(form.get(k) or "").strip()
        if v:
            data[k] = v
    num = str(form.get("meeting_number") or "").strip()
    if num:
        if not num.isdigit():
            raise ValueError(f"回数「{num}」は数字で入力してください")
        data["meeting_number"] = int(num)
    attendees = []
    for line in _lines(form.get("attendees")):
        parts = line.replace("　", " ").split()
        if len(parts) == 1:
            attendees.append({"title": parts[0]})
        else:
            attendees.append({"role": parts[0], "title": parts[1], **({"name": " ".join(parts[2:])} if parts[2:] else {})})
    data["attendees"] = attendees
    data["agenda"] = _lines(form.get("agenda"))
    data["materials"] = _lines(form.get("materials"))
    statements = []
    text = str(form.get("statements") or "").replace("\r\n", "\n")
    section = None
    for block in re.split(r"\n(?=【)", text.strip()) if text.strip() else []:
        head, _, body = block.partition("\n")
        m = re.match(r"【(.*?)】\s*(.*)", head.strip())
        if m:
            section = m.group(1).strip() or section
            speaker = m.group(2).strip()
        else:
            speaker, body = head.strip(), body
        if speaker and body.strip():
            statements.append({"section": section, "speaker": speaker, "text": body.strip()})
    data["statements"] = statements
    return data
