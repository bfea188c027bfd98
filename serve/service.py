"""What the web app does, without HTTP: accept uploads, convert in the background, correct, audit, export, draft.

Conversion runs in worker processes (saiken.extract.pipeline.convert, as `saiken extract` does) so page views stay fast
while files convert; each result is written atomically to json/<id>.json and the municipality is audited again.
Corrections go to the append-only log and are applied when a document is read, so a conversion finishing while
someone corrects loses neither.
"""
from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import logging
import multiprocessing
import os
import secrets
import sqlite3
import tempfile
import threading
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from saiken.extract.records import Document
from saiken.serve import corrections as corr
from saiken.serve.store import Store, write_atomic_bytes

MAX_BYTES = 200 * 1024 * 1024
log = logging.getLogger("saiken.serve")


class UploadRejected(ValueError):
    """An upload refused before conversion (not a PDF, empty, too large); the message is Japanese."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def too_large_message(name: str, limit: int) -> str:
    return (f"{name}: ファイルが大きすぎます（上限 {limit // (1024 * 1024)} MB）。"
            f"ページを分けたPDFを作成するか、管理者に上限（--max-mb）の変更を依頼してください")


def convert_job(pdf: str, name: str) -> dict[str, Any]:
    """Run in a worker process: convert one stored PDF; {'json': text, 'info': {...}} or {'error', 'code'}."""
    from saiken.extract.batch import convert_one
    from saiken.extract.records import Document
    from saiken.serve.pages import fill_boxes

    path = Path(pdf)
    text, err, code, _nwarn, _kind = convert_one(path)
    if text is None:
        msg = (err or "").replace(path.name, name, 1)
        return {"error": msg, "code": code}
    doc = Document.model_validate_json(text)
    doc.source.file = name
    fill_boxes(path, doc)
    info = doc.document
    return {"json": json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n",
            "info": {"kind": info.kind, "family": info.family, "municipality": info.municipality, "title": info.title,
                     "date": info.date, "date_raw": info.date_raw, "pages": doc.source.pages,
                     "facts": len(doc.facts), "warnings": len(doc.warnings)}}


def _warm() -> None:
    import saiken.extract.pipeline  # noqa: F401  (imports the parsers once per worker)
    import saiken.serve.pages  # noqa: F401


def _warm_audit() -> None:
    try:
        from saiken.audit.runner import audit_documents
        audit_documents([])
    except Exception:  # only a warm-up
        pass


class Service:
    """One workspace served: the store, the conversion workers and the caches of corrected documents."""

    def __init__(self, workspace: Path, max_bytes: int = MAX_BYTES, workers: int | None = None) -> None:
        self.store = Store(workspace)
        self.max_bytes = max_bytes
        n = workers or max(1, min(2, os.cpu_count() or 1))
        self._pool = cf.ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_warm)
        self._queue = cf.ThreadPoolExecutor(max_workers=n, thread_name_prefix="saiken-convert")
        self._audit_lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[float, int], corr.Corrected]] = {}
        self._cache_lock = threading.Lock()
        self._pending: set[cf.Future[Any]] = set()
        self.audit_errors: dict[str, str] = {}
        self._gen_lock = threading.Lock()
        self._want: dict[str, int] = {}
        self._done: dict[str, int] = {}
        # start the workers and load the audit now, not on the first upload
        for _ in range(n):
            self._pool.submit(_warm)
        threading.Thread(target=_warm_audit, daemon=True).start()
        for d in self.store.documents():
            if d["status"] == "queued":
                self._submit(d["id"])

    def close(self) -> None:
        self._queue.shutdown(wait=True, cancel_futures=False)
        self._pool.shutdown(wait=True, cancel_futures=True)

    # -- uploads --------------------------------------------------------------------------------------------
    def accept(self, name: str, stream: BinaryIO) -> dict[str, Any]:
        """Store one uploaded file (checked: not empty, PDF magic, size) and queue it; {id, name, status, message}."""
        name = os.path.basename((name or "").replace("\\", "/")).strip() or "無題.pdf"
        tmp_fd, tmp = tempfile.mkstemp(prefix=".upload.", suffix=".part", dir=self.store.root / "pdf")
        h = hashlib.sha256()
        size = 0
        head = b""
        try:
            with os.fdopen(tmp_fd, "wb") as out:
                while block := stream.read(1 << 20):
                    size += len(block)
                    if size > self.max_bytes:
                        raise UploadRejected(too_large_message(name, self.max_bytes), "too_large")
                    if len(head) < 1024:
                        head += block[: 1024 - len(head)]
                    h.update(block)
                    out.write(block)
            if size == 0:
                from saiken.extract.errors import EmptyFile
                raise UploadRejected(str(EmptyFile(name)), EmptyFile.code)
            if b"%PDF-" not in head:
                from saiken.extract.errors import NotPdf
                raise UploadRejected(str(NotPdf(name)), NotPdf.code)
            sha = h.hexdigest()
            doc_id = sha[:16]
            write_atomic_bytes(self.store.pdf_path(doc_id), src=Path(tmp))
        except UploadRejected as e:
            Path(tmp).unlink(missing_ok=True)
            return {"id": None, "name": name, "status": "rejected", "code": e.code, "message": str(e)}
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.store.add_document(doc_id, sha, name, size)
        self._submit(doc_id)
        return {"id": doc_id, "name": name, "status": "queued", "message": None}

    def reconvert(self, doc_id: str) -> None:
        self.store.set_status(doc_id, "queued")
        self._submit(doc_id)

    def _submit(self, doc_id: str) -> None:
        fut = self._queue.submit(self._convert, doc_id)
        self._pending.add(fut)
        fut.add_done_callback(self._pending.discard)

    def _convert(self, doc_id: str) -> None:
        row = self.store.document(doc_id)
        if row is None:
            return
        self.store.set_status(doc_id, "converting")
        try:
            res = self._pool.submit(convert_job, str(self.store.pdf_path(doc_id)), row["name"]).result()
        except Exception as e:  # a worker that died: report it on the file, keep serving
            res = {"error": f"{row['name']}: 予期しないエラーで変換できませんでした（{type(e).__name__}: {e}）", "code": "internal_error"}
        if "error" in res:
            self.store.set_status(doc_id, "failed", res["error"], res["code"])
            return
        write_atomic_bytes(self.store.json_path(doc_id), res["json"].encode("utf-8"))
        self.store.set_converted(doc_id, res["info"], status="auditing")
        try:
            self.audit(res["info"].get("municipality") or "")
        finally:
            self.store.set_status(doc_id, "done")

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until every queued conversion has finished (tests, benchmarks); False on time-out."""
        done, not_done = cf.wait(list(self._pending), timeout=timeout)
        return not not_done

    # -- documents ------------------------------------------------------------------------------------------
    def extraction(self, doc_id: str) -> Document | None:
        p = self.store.json_path(doc_id)
        if not p.is_file():
            return None
        return Document.model_validate_json(p.read_bytes())

    def corrected(self, doc_id: str) -> corr.Corrected | None:
        """The document with its corrections applied (cached until the JSON or the log changes)."""
        p = self.store.json_path(doc_id)
        try:
            stamp = (p.stat().st_mtime, self.store.last_correction_seq(doc_id))
        except (FileNotFoundError, KeyError):
            return None
        with self._cache_lock:
            hit = self._cache.get(doc_id)
            if hit and hit[0] == stamp:
                return hit[1]
        doc = self.extraction(doc_id)
        if doc is None:
            return None
        out = corr.apply(doc, self.store.corrections(doc_id))
        with self._cache_lock:
            self._cache[doc_id] = (stamp, out)
        return out

    def correct(self, doc_id: str, action: str, key: str | None, fields: dict[str, Any]) -> tuple[int, str | None]:
        """Append one correction (edit, delete or add) and audit the municipality again; (seq, key of the fact)."""
        row = self.store.document(doc_id)
        c = self.corrected(doc_id)
        if row is None or c is None:
            raise corr.CorrectionError("文書が見つからないか、まだ変換されていません")
        if action not in corr.ACTIONS:
            raise corr.CorrectionError(f"操作「{action}」はありません（edit・delete・add）")
        if action == "add":
            new = {k: corr.coerce(k, v) for k, v in fields.items()
                   if (k in corr.EDITABLE or k in corr.ADD_FIELDS) and v not in (None, "")}
            for need, label in (("value", "値"), ("metric", "項目"), ("unit", "単位"), ("raw", "印字"), ("page", "ページ")):
                if need not in new:
                    raise corr.CorrectionError(f"{label}を入力してください")
            new = {k: (list(v) if isinstance(v, tuple) else v) for k, v in new.items()}
            seq = self.store.add_correction(doc_id, row["sha256"], new["page"], "add", None, {}, new)
            target = f"add:{seq}"
        else:
            i = c.index_of(key or "")
            if i is None:
                raise corr.CorrectionError("指定の数値が見つかりません（他の人が削除したか、再変換で変わりました）")
            fact = c.doc.facts[i]
            if action == "delete":
                old, new = fact.model_dump(mode="json"), {}
            else:
                new = {k: corr.coerce(k, v) for k, v in fields.items() if k in corr.EDITABLE}
                old = {k: getattr(fact, k) for k in new}
                changed = {k for k in new if new[k] != old[k]}
                new = {k: new[k] for k in changed}
                old = {k: old[k] for k in changed}
                if not new:
                    return 0, key
            seq = self.store.add_correction(doc_id, row["sha256"], fact.page, action, key, old, new)
            target = key if action == "edit" else None
        self.audit(row["municipality"] or "")
        return seq, target

    # -- audit ----------------------------------------------------------------------------------------------
    def audit(self, municipality: str) -> int:
        """Audit the corrected documents of one municipality and replace its findings; returns how many.

        An audit that fails (a bug in a rule) keeps the previous findings and is reported in `audit_errors`;
        the conversion or correction that asked for it is kept either way.
        """
        from saiken.audit.corpus import AuditDoc
        from saiken.audit.runner import audit_documents
        with self._gen_lock:  # changes seen so far; an audit started after this covers them all
            want = self._want[municipality] = self._want.get(municipality, 0) + 1
        with self._audit_lock:
            if self._done.get(municipality, 0) >= want:
                return -2  # another request's audit, started after our change, already covered it
            with self._gen_lock:
                covers = self._want[municipality]
            rows = self.store.done_documents(municipality)
            docs = []
            for r in rows:
                c = self.corrected(r["id"])
                if c is not None:
                    docs.append(AuditDoc(f"{r['id']}.json", c.doc))
            try:
                findings = audit_documents(docs) if docs else []
            except Exception as e:  # noqa: BLE001 - keep serving; say so on the findings page
                log.exception("audit of %s failed", municipality)
                self.audit_errors[municipality] = (f"{municipality or '市区町村不明'} の監査でエラーが発生しました"
                                                   f"（{type(e).__name__}: {e}）。前回の監査結果を表示しています")
                return -1
            self.audit_errors.pop(municipality, None)
            self._done[municipality] = covers
            out = [(f.document.removesuffix(".json"), f.model_dump(mode="json")) for f in findings]
            self.store.replace_findings(municipality, out)
            return len(out)

    # -- outputs --------------------------------------------------------------------------------------------
    def corrected_documents(self) -> list[tuple[Path, Document, corr.Corrected]]:
        out = []
        for r in self.store.done_documents():
            c = self.corrected(r["id"])
            if c is not None:
                out.append((Path(Path(r["name"]).stem + ".json"), c.doc, c))
        return out

    def export_sqlite(self) -> Path:
        """A fresh SQLite export of every converted document with its corrections (facts.source added)."""
        from saiken.dataset.store import export_sqlite
        docs = self.corrected_documents()
        if not docs:
            raise FileNotFoundError("変換済みの文書がありません。先にPDFをアップロードしてください")
        out = self.store.out_dir() / f"export-{secrets.token_hex(6)}.sqlite"
        export_sqlite([(p, d) for p, d, _ in docs], out)
        con = sqlite3.connect(out)
        try:
            con.execute("ALTER TABLE facts ADD COLUMN source TEXT DEFAULT 'extracted'")
            for _p, d, c in docs:
                idx = [i for i, s in enumerate(c.sources) if s != "extracted"]
                con.executemany("UPDATE facts SET source='corrected' WHERE doc_id=? AND idx=?",
                                [(d.source.sha256, i) for i in idx])
            con.commit()
        finally:
            con.close()
        return out

    def export(self, fmt: str) -> Path:
        """The export for download: 'sqlite', 'xlsx' or 'csv' (a zip of one CSV per record type)."""
        from saiken.dataset.sheets import write_csv, write_xlsx
        from saiken.dataset.store import read_frames
        db = self.export_sqlite()
        if fmt == "sqlite":
            return db
        frames = read_frames(db)
        db.unlink(missing_ok=True)
        stem = self.store.out_dir() / f"export-{secrets.token_hex(6)}"
        if fmt == "xlsx":
            write_xlsx(frames, stem.with_suffix(".xlsx"))
            return stem.with_suffix(".xlsx")
        folder = stem
        files = write_csv(frames, folder)
        z = stem.with_suffix(".zip")
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f, f.name)
                f.unlink()
        folder.rmdir()
        return z

    def frames(self) -> dict[str, Any]:
        from saiken.generate.frames import frames_from_documents
        return frames_from_documents([(p, d) for p, d, _ in self.corrected_documents()])
