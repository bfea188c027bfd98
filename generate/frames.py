"""The dataset a draft reads: the tables of the `saiken export` store as pandas DataFrames.

Tables and columns (the store schema): documents(doc_id, file, stem, kind, family, municipality, title, date,
date_raw, pages, schema_version), facts(doc_id, idx, debt, debt_raw, fiscal_year, fiscal_year_raw, segment, metric,
basis, as_of, value, unit, approx, raw, page, area), initiatives(doc_id, idx, debt, debt_raw, fiscal_year, section,
label, text, status, page), statements(doc_id, idx, speaker, section, text, page).
A dataset is either the SQLite store or a folder of `saiken extract` JSON files (converted on the fly).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from extract.records import Document

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "file", "stem", "kind", "family", "municipality", "title", "date", "date_raw", "pages",
                  "schema_version"],
    "facts": ["doc_id", "idx", "debt", "debt_raw", "fiscal_year", "fiscal_year_raw", "segment", "metric", "basis",
              "as_of", "value", "unit", "approx", "raw", "page", "area"],
    "initiatives": ["doc_id", "idx", "debt", "debt_raw", "fiscal_year", "section", "label", "text", "status", "page"],
    "statements": ["doc_id", "idx", "speaker", "section", "text", "page"],
}

Frames = dict[str, pd.DataFrame]


class DatasetError(ValueError):
    """The dataset cannot be read (missing file, not a store, no JSON documents)."""


def frames_from_documents(docs: Iterable[tuple[str, Document]]) -> Frames:
    """The store tables for (stem, Document) pairs, built the way `saiken export` writes them."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
    for stem, doc in docs:
        doc_id = doc.source.sha256
        info = doc.document
        rows["documents"].append({
            "doc_id": doc_id, "file": doc.source.file, "stem": stem, "kind": info.kind, "family": info.family,
            "municipality": info.municipality, "title": info.title, "date": info.date, "date_raw": info.date_raw,
            "pages": doc.source.pages, "schema_version": doc.schema_version})
        for i, f in enumerate(doc.facts):
            rows["facts"].append({"doc_id": doc_id, "idx": i, **f.model_dump(include=set(COLUMNS["facts"]))})
        for i, it in enumerate(doc.initiatives):
            rows["initiatives"].append({"doc_id": doc_id, "idx": i,
                                        **it.model_dump(include=set(COLUMNS["initiatives"]))})
        for i, st in enumerate(doc.minutes.statements if doc.minutes else []):
            rows["statements"].append({"doc_id": doc_id, "idx": i,
                                       **st.model_dump(include=set(COLUMNS["statements"]))})
    return {name: pd.DataFrame(rows[name], columns=cols) for name, cols in COLUMNS.items()}


def _read_sqlite(path: Path) -> Frames:
    try:
        from dataset.store import read_frames  # the exporter's own reader, once installed
    except ImportError:
        read_frames = None
    if read_frames is not None:
        return {name: frame for name, frame in read_frames(path).items() if name in COLUMNS}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            return {name: pd.read_sql_query(f"SELECT {', '.join(cols)} FROM {name}", con)
                    for name, cols in COLUMNS.items()}
    except sqlite3.DatabaseError as e:
        raise DatasetError(f"{path}: saiken export のデータベースとして読めません（{e}）") from e


def _read_json_dir(path: Path) -> Frames:
    files = sorted(path.glob("*.json"))
    if not files:
        raise DatasetError(f"{path}: saiken extract の JSON ファイルがありません")
    return frames_from_documents((f.stem, Document.model_validate_json(f.read_text(encoding="utf-8")))
                                 for f in files)


def read_dataset(path: str | Path) -> Frames:
    """The dataset at `path`: a `saiken export` SQLite file, or a folder of `saiken extract` JSON files."""
    p = Path(path)
    if p.is_dir():
        return _read_json_dir(p)
    if not p.is_file():
        raise DatasetError(f"{p}: データセットが見つかりません")
    return _read_sqlite(p)
