"""The workspace of `saiken serve`: uploaded PDFs (by id), their JSON, page images and one SQLite store.

Layout of WORKSPACE:
    saiken-serve.sqlite   documents, corrections (append-only), findings; WAL, one writer (a process-wide lock)
    pdf/<id>.pdf          the uploaded bytes; <id> is the first 16 hex digits of their sha256
    json/<id>.json        the extraction (`saiken extract` output, bbox filled in), never the corrections
    cache/<id>/<n>.png    rendered pages
    out/                  exports and drafts made for download
A file name given by the user is only ever stored as text in the `documents` table: no path is built from it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ID_RE = re.compile(r"^[0-9a-f]{16}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, name TEXT NOT NULL, size INTEGER, status TEXT NOT NULL,
    message TEXT, code TEXT, uploaded_at TEXT, converted_at TEXT, kind TEXT, family TEXT, municipality TEXT,
    title TEXT, date TEXT, date_raw TEXT, pages INTEGER, facts INTEGER, warnings INTEGER, findings INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, doc_id TEXT NOT NULL, sha256 TEXT NOT NULL,
    page INTEGER, action TEXT NOT NULL, target TEXT, old TEXT, new TEXT
);
CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc_id, seq);
CREATE TABLE IF NOT EXISTS findings (
    municipality TEXT, doc_id TEXT, idx INTEGER, rule TEXT, severity TEXT, debt TEXT, page INTEGER, data TEXT
);
CREATE INDEX IF NOT EXISTS findings_muni ON findings(municipality);
"""

STATUS_JA = {"queued": "待機中", "converting": "変換中", "auditing": "監査中", "done": "完了", "failed": "失敗"}


def now() -> str:
    """The current local time, ISO 8601 to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Correction:
    """One entry of the append-only correction log."""

    seq: int
    at: str
    doc_id: str
    sha256: str
    page: int | None
    action: str  # edit | delete | add
    target: str | None  # the fact key (see saiken.serve.corrections.fact_key); None for add
    old: dict[str, Any]
    new: dict[str, Any]


class Store:
    """Paths and the SQLite store of one workspace. Reads use one connection per thread; writes hold `lock`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        for sub in ("pdf", "json", "cache", "out"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.db_path = self.root / "saiken-serve.sqlite"
        self.lock = threading.RLock()
        self._local = threading.local()
        with self.lock:
            con = self.con()
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(_SCHEMA)
            # a server stopped during a conversion leaves rows that will never finish: queue them again
            con.execute("UPDATE documents SET status='queued' WHERE status IN ('converting', 'auditing')")
            con.commit()

    # -- paths (ids only) -------------------------------------------------------------------------------
    def _checked(self, doc_id: str) -> str:
        if not ID_RE.match(doc_id or ""):
            raise KeyError(doc_id)
        return doc_id

    def pdf_path(self, doc_id: str) -> Path:
        return self.root / "pdf" / f"{self._checked(doc_id)}.pdf"

    def json_path(self, doc_id: str) -> Path:
        return self.root / "json" / f"{self._checked(doc_id)}.json"

    def cache_dir(self, doc_id: str) -> Path:
        return self.root / "cache" / self._checked(doc_id)

    def out_dir(self) -> Path:
        return self.root / "out"

    # -- connection ---------------------------------------------------------------------------------------
    def con(self) -> sqlite3.Connection:
        c = getattr(self._local, "con", None)
        if c is None:
            c = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA busy_timeout=30000")
            c.execute("PRAGMA synchronous=NORMAL")
            self._local.con = c
        return c

    def write(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> int:
        """One write statement in its own transaction, under the writer lock; returns lastrowid."""
        with self.lock:
            con = self.con()
            try:
                cur = con.execute(sql, params)
                con.commit()
            except BaseException:
                con.rollback()
                raise
            return int(cur.lastrowid or 0)

    # -- documents ----------------------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        rows = self.con().execute("SELECT * FROM documents ORDER BY uploaded_at DESC, name").fetchall()
        return [dict(r) for r in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        if not ID_RE.match(doc_id or ""):
            return None
        r = self.con().execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return dict(r) if r else None

    def add_document(self, doc_id: str, sha: str, name: str, size: int) -> bool:
        """Insert a queued document; False when the same bytes are already there (the row is queued again)."""
        with self.lock:
            if self.document(doc_id):
                self.write("UPDATE documents SET name=?, status='queued', message=NULL, code=NULL WHERE id=?",
                           (name, doc_id))
                return False
            self.write("INSERT INTO documents (id, sha256, name, size, status, uploaded_at) VALUES (?,?,?,?,?,?)",
                       (doc_id, sha, name, size, "queued", now()))
            return True

    def set_status(self, doc_id: str, status: str, message: str | None = None, code: str | None = None) -> None:
        self.write("UPDATE documents SET status=?, message=?, code=? WHERE id=?", (status, message, code, doc_id))

    def set_converted(self, doc_id: str, info: dict[str, Any], status: str = "done") -> None:
        cols = ("kind", "family", "municipality", "title", "date", "date_raw", "pages", "facts", "warnings")
        self.write(f"UPDATE documents SET status=?, message=NULL, code=NULL, converted_at=?, "
                   f"{', '.join(c + '=?' for c in cols)} WHERE id=?",
                   (status, now(), *[info.get(c) for c in cols], doc_id))

    def done_documents(self, municipality: str | None = None) -> list[dict[str, Any]]:
        rows = [d for d in self.documents() if d["status"] in ("done", "auditing")]
        if municipality is not None:
            rows = [d for d in rows if (d["municipality"] or "") == municipality]
        return sorted(rows, key=lambda d: d["name"])

    # -- corrections --------------------------------------------------------------------------------------
    def add_correction(self, doc_id: str, sha: str, page: int | None, action: str, target: str | None,
                       old: dict[str, Any], new: dict[str, Any]) -> int:
        return self.write("INSERT INTO corrections (at, doc_id, sha256, page, action, target, old, new) "
                          "VALUES (?,?,?,?,?,?,?,?)",
                          (now(), doc_id, sha, page, action, target, json.dumps(old, ensure_ascii=False),
                           json.dumps(new, ensure_ascii=False)))

    def corrections(self, doc_id: str | None = None) -> list[Correction]:
        if doc_id is None:
            rows = self.con().execute("SELECT * FROM corrections ORDER BY seq").fetchall()
        else:
            rows = self.con().execute("SELECT * FROM corrections WHERE doc_id=? ORDER BY seq", (doc_id,)).fetchall()
        return [Correction(r["seq"], r["at"], r["doc_id"], r["sha256"], r["page"], r["action"], r["target"],
                           json.loads(r["old"] or "{}"), json.loads(r["new"] or "{}")) for r in rows]

    def last_correction_seq(self, doc_id: str) -> int:
        r = self.con().execute("SELECT MAX(seq) FROM corrections WHERE doc_id=?", (doc_id,)).fetchone()
        return int(r[0] or 0)

    # -- findings -----------------------------------------------------------------------------------------
    def replace_findings(self, municipality: str, rows: list[tuple[str | None, dict[str, Any]]]) -> None:
        """Replace the findings of one municipality; rows are (doc_id, finding JSON). Also the per-document count."""
        with self.lock:
            con = self.con()
            try:
                con.execute("DELETE FROM findings WHERE municipality=?", (municipality,))
                con.executemany(
                    "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)",
                    [(municipality, did, i, f["rule"], f["severity"], f.get("debt"), f.get("page"),
                      json.dumps(f, ensure_ascii=False)) for i, (did, f) in enumerate(rows)])
                con.execute("UPDATE documents SET findings=(SELECT COUNT(*) FROM findings WHERE findings.doc_id="
                            "documents.id) WHERE COALESCE(municipality,'')=?", (municipality,))
                con.commit()
            except BaseException:
                con.rollback()
                raise

    def findings(self) -> list[dict[str, Any]]:
        rows = self.con().execute("SELECT doc_id, data FROM findings ORDER BY municipality, idx").fetchall()
        out = []
        for r in rows:
            f = json.loads(r["data"])
            f["doc_id"] = r["doc_id"]
            out.append(f)
        return out


def write_atomic_bytes(dest: Path, data: bytes | None = None, src: Path | None = None) -> None:
    """Write bytes (or move a finished temporary file) to `dest` through a rename in the same folder."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if src is not None:
        os.replace(src, dest)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data or b"")
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
