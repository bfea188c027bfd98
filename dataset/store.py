"""SQLite store of converted documents: tables documents, facts, initiatives, statements (schema fixed; columns
are only ever added at the end). Writes are atomic (temp file + rename) and idempotent: a document converted
again replaces its rows, keyed by its sha256.
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from saiken.dataset.files import normal_mode
from saiken.extract.records import Document

SCHEMA: dict[str, list[tuple[str, str]]] = {
    "documents": [("doc_id", "TEXT PRIMARY KEY"), ("file", "TEXT"), ("stem", "TEXT"), ("kind", "TEXT"),
                  ("family", "TEXT"), ("municipality", "TEXT"), ("title", "TEXT"), ("date", "TEXT"),
                  ("date_raw", "TEXT"), ("pages", "INTEGER"), ("schema_version", "TEXT")],
    "facts": [("doc_id", "TEXT"), ("idx", "INTEGER"), ("debt", "TEXT"), ("debt_raw", "TEXT"), ("fiscal_year", "INTEGER"),
              ("fiscal_year_raw", "TEXT"), ("segment", "TEXT"), ("metric", "TEXT"), ("basis", "TEXT"), ("as_of", "TEXT"),
              ("value", "REAL"), ("unit", "TEXT"), ("approx", "INTEGER"), ("raw", "TEXT"), ("page", "INTEGER"),
              ("area", "TEXT")],
    "initiatives": [("doc_id", "TEXT"), ("idx", "INTEGER"), ("debt", "TEXT"), ("debt_raw", "TEXT"),
                    ("fiscal_year", "INTEGER"), ("section", "TEXT"), ("label", "TEXT"), ("text", "TEXT"),
                    ("status", "TEXT"), ("page", "INTEGER")],
    "statements": [("doc_id", "TEXT"), ("idx", "INTEGER"), ("speaker", "TEXT"), ("section", "TEXT"), ("text", "TEXT"),
                   ("page", "INTEGER")],
}
RECORD_TABLES = ("facts", "initiatives", "statements")


class StoreInputError(Exception):
    """A problem in the call: the folder is missing or holds no converted documents."""


#: Keys that mark a JSON file as written by `saiken extract` (any one of them).
CONVERTED_KEYS = frozenset({"schema_version", "source", "facts"})


@dataclass
class FolderScan:
    """The JSON files of a folder, sorted by name: saiken extract outputs (parsed), other programs' JSON files
    (findings.json, package.json, files that are not JSON at all: only their names), and converted files that
    could not be read (one Japanese line each)."""

    converted: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def scan_folder(out_dir: Path) -> FolderScan:
    """Sort OUT_DIR/*.json into converted documents, foreign files and unreadable converted files; the one rule
    `saiken export`, `audit`, `debts` and `draft` share, so a folder reads the same way in every command."""
    if not out_dir.is_dir():
        raise StoreInputError(f"{out_dir}: フォルダが見つかりません")
    scan = FolderScan()
    for path in sorted(out_dir.glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            scan.failed.append(f"{path.name}: 読めません（{e}）")
            continue
        try:
            data = json.loads(text)
        except ValueError as e:
            if '"schema_version"' in text[:200]:  # a converted file cut short
                scan.failed.append(f"{path.name}: JSONとして読めません（{e}）")
            else:
                scan.foreign.append(path.name)
            continue
        if isinstance(data, dict) and CONVERTED_KEYS & data.keys():
            scan.converted.append((path, data))
        else:
            scan.foreign.append(path.name)
    return scan


def validate(scan: FolderScan) -> list[tuple[Path, Document]]:
    """The converted files of a scan as Documents; a file that does not fit the contract goes to `scan.failed`."""
    docs = []
    for path, data in scan.converted:
        try:
            docs.append((path, Document.model_validate(data)))
        except ValidationError as e:
            scan.failed.append(f"{path.name}: 出力形式に合いません（{e.error_count()} 件の項目）")
    return docs


def load_folder(out_dir: Path) -> tuple[list[tuple[Path, Document]], list[str]]:
    """Documents converted into a folder (sorted by file name), and one Japanese line per converted file that
    could not be read; JSON files other programs wrote are left out silently (see scan_folder)."""
    scan = scan_folder(out_dir)
    docs = validate(scan)
    return docs, scan.failed


def document_rows(path: Path, doc: Document) -> dict[str, list[tuple[object, ...]]]:
    """The rows one document contributes to each table of the store."""
    did = doc.source.sha256
    info = doc.document
    rows: dict[str, list[tuple[object, ...]]] = {
        "documents": [(did, doc.source.file, path.stem, info.kind, info.family, info.municipality, info.title,
                       info.date, info.date_raw, doc.source.pages, doc.schema_version)],
        "facts": [(did, i, f.debt, f.debt_raw, f.fiscal_year, f.fiscal_year_raw, f.segment, f.metric, f.basis, f.as_of,
                   float(f.value), f.unit, int(f.approx), f.raw, f.page, f.area) for i, f in enumerate(doc.facts)],
        "initiatives": [(did, i, it.debt, it.debt_raw, it.fiscal_year, it.section, it.label, it.text, it.status, it.page)
                        for i, it in enumerate(doc.initiatives)],
        "statements": [(did, i, s.speaker, s.section, s.text, s.page)
                       for i, s in enumerate(doc.minutes.statements if doc.minutes else [])],
    }
    return rows


def _create(con: sqlite3.Connection) -> None:
    for name, cols in SCHEMA.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(f'{c} {t}' for c, t in cols)})")
    for name in RECORD_TABLES:
        con.execute(f"CREATE INDEX IF NOT EXISTS {name}_doc ON {name}(doc_id, idx)")


def export_sqlite(docs: list[tuple[Path, Document]], store: Path) -> None:
    """Write the documents into the store: rows of the same sha256 replaced, other documents kept; atomic.

    The file is rebuilt with rows in (doc_id, idx) order, so re-exporting the same inputs gives the same bytes.
    """
    rows = _existing_rows(store) if store.exists() else {name: [] for name in SCHEMA}
    new = {name: [] for name in SCHEMA}  # type: dict[str, list[tuple[object, ...]]]
    for path, doc in docs:
        for name, rs in document_rows(path, doc).items():
            new[name] += rs
    replaced = {r[0] for r in new["documents"]}
    for name in SCHEMA:
        kept = [r for r in rows[name] if r[0] not in replaced]
        rows[name] = sorted(kept + new[name], key=lambda r: (str(r[0]), r[1] if name != "documents" else 0))
    store.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=store.parent, prefix=f".{store.name}.", suffix=".tmp")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        tmp_path.unlink()
        con = sqlite3.connect(tmp_path)
        try:
            _create(con)
            for name in SCHEMA:
                marks = ", ".join("?" * len(SCHEMA[name]))
                con.executemany(f"INSERT INTO {name} VALUES ({marks})", rows[name])
            con.commit()
        finally:
            con.close()
        normal_mode(tmp_path)
        os.replace(tmp_path, store)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _existing_rows(store: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return {name: [tuple(r)[: len(cols)] for r in con.execute(f"SELECT {', '.join(c for c, _ in cols)} FROM {name}")]
                for name, cols in SCHEMA.items()}
    finally:
        con.close()


def read_frames(path: Path) -> dict[str, pd.DataFrame]:
    """Every table of a store as a DataFrame (documents, facts, initiatives, statements), rows in stable order."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for name in SCHEMA:
            order = "doc_id" if name == "documents" else "doc_id, idx"
            out[name] = pd.read_sql_query(f"SELECT * FROM {name} ORDER BY {order}", con)
        return out
    finally:
        con.close()
