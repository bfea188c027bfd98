"""Fixtures for the draft tests: a store written from the corpus gold files."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.dataset.store import export_sqlite
from saiken.generate.frames import Frames, read_dataset
from support.docx_read import GOLD, gold

PLAN_DOCS = ("amagasaki_plan_2nd", "shizuoka_committee_r8_1")


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `saiken export` store holding the two plan documents' gold records."""
    path = tmp_path_factory.mktemp("store") / "saiken.sqlite"
    export_sqlite([(GOLD / f"{stem}.json", gold(stem)) for stem in PLAN_DOCS], path)
    return path


@pytest.fixture(scope="session")
def frames(store: Path) -> Frames:
    """The store's tables."""
    return read_dataset(store)


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two plan PDFs converted by `saiken extract` and exported: out/<stem>.json and out/saiken.sqlite."""
    from saiken.main import main

    out = tmp_path_factory.mktemp("converted") / "out"
    pdfs = [str(GOLD.parent / "pdf" / f"{stem}.pdf") for stem in PLAN_DOCS]
    assert main(["extract", *pdfs, "-o", str(out), "-q", "-j", "1"]) == 0
    assert main(["export", str(out)]) == 0
    return out
