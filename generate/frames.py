"""The dataset a draft reads: the tables of the `saiken export` store as pandas DataFrames.

A dataset is either the SQLite store (saiken.dataset.store) or a folder of `saiken extract` JSON files, turned into the
same tables on the fly with the store's own row builder: documents, facts, initiatives, statements.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from saiken.dataset.store import SCHEMA, document_rows, load_folder, read_frames
from saiken.extract.records import Document

Frames = dict[str, pd.DataFrame]


class DatasetError(ValueError):
    """The dataset cannot be read (missing file, not a store, no JSON documents)."""


def frames_from_documents(docs: Iterable[tuple[Path, Document]]) -> Frames:
    """The store tables for (path, Document) pairs, exactly as `saiken export` would write them."""
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in SCHEMA}
    for path, doc in docs:
        for name, part in document_rows(path, doc).items():
            rows[name].extend(part)
    return {name: pd.DataFrame(rows[name], columns=[c for c, _ in cols]) for name, cols in SCHEMA.items()}


def read_dataset(path: str | Path) -> Frames:
    """The dataset at `path`: a `saiken export` SQLite file, or a folder of `saiken extract` JSON files."""
    p = Path(path)
    if p.is_dir():
        docs, _skipped = load_folder(p)
        if not docs:
            raise DatasetError(f"{p}: saiken extract の JSON ファイルがありません")
        return frames_from_documents(docs)
    if not p.is_file():
        raise DatasetError(f"{p}: データセットが見つかりません")
    try:
        return read_frames(p)
    except (sqlite3.DatabaseError, pd.errors.DatabaseError) as e:
        raise DatasetError(f"{p}: saiken export のデータベースとして読めません（{e}）") from e
