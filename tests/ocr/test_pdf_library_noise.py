"""Messages of the PDF libraries go to the document's warnings with their page, never to the terminal."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.main import main

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "corpus/second/pdf/kitaura_suishin.pdf"


def test_damaged_page_tree_gets_the_broken_file_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pymupdf

    from saiken.extract.errors import Corrupt
    from saiken.extract.pdf import load_pages

    data = SRC.read_bytes()
    assert b"/Count 6" in data
    p = tmp_path / "tree.pdf"
    p.write_bytes(data.replace(b"/Count 6", b"/Count 9"))
    try:
        pages = load_pages(p)
    except Corrupt:
        return  # reported as broken: fine
    # read as far as it goes: the library's complaint is a page warning, not terminal output
    codes = {c for pg in pages for c, _ in pg.warnings}
    assert "pdf_library" in codes or "page_error" in codes
    assert "Invalid" not in capsys.readouterr().err
    del pymupdf


def test_corrupt_stream_is_a_page_warning(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    data = bytearray(SRC.read_bytes())
    start = data.find(b"stream", len(data) // 3)
    for k in range(start + 40, start + 90):
        data[k] = (data[k] + 7) % 256
    p = tmp_path / "dmg.pdf"
    p.write_bytes(bytes(data))
    main(["extract", str(p), "-o", str(tmp_path / "o"), "-q"])
    err = capfd.readouterr().err
    assert "zlib" not in err and "FontBBox" not in err and "Data-loss" not in err
    assert "Traceback" not in err


def test_pdfminer_log_is_collected() -> None:
    import logging

    from saiken.extract.pdf import library_log

    with library_log() as notes:
        logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
    assert notes == ["Could not get FontBBox from font descriptor"]
