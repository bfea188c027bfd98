"""Scanned pages converted through OCR into the same records: figures, flags, warnings, CLI behaviour."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from saiken.main import main

from .conftest import ROOT, engine_or_skip, make_scan

GOLD = ROOT / "corpus/second/gold/kitaura_suishin.json"


def _key(f: dict) -> tuple:
    return (f["fiscal_year"], f["segment"], f["metric"], f["value"])


def test_scanned_table_gives_the_gold_figures(kitaura_doc) -> None:
    gold = [f for f in json.loads(GOLD.read_text(encoding="utf-8"))["facts"] if f["page"] == 3]
    got = {_key(f.model_dump()) for f in kitaura_doc.facts}
    found = sum(1 for f in gold if _key({**f, "page": 1}) in got)
    assert found >= 0.8 * len(gold), f"{found}/{len(gold)}"  # one page alone: no title for the family
    five_year = [t for t in kitaura_doc.tables if len(t.rows[0]) == 7]  # the 5-year table, cell for cell
    assert five_year and five_year[0].rows[1][1].startswith("調定")  # 調定額 (its last glyph is sometimes lost)


def test_every_scanned_fact_is_marked(kitaura_doc) -> None:
    assert kitaura_doc.facts
    for f in kitaura_doc.facts:
        assert f.ocr is True
        assert f.confidence is not None and 0 < f.confidence <= 1
    low = [f for f in kitaura_doc.facts if f.confidence < 0.9]
    flagged = [w for w in kitaura_doc.warnings if w.code == "ocr_low_confidence"]
    assert len(flagged) == len(low)
    assert any(w.code == "ocr" and "OCR" in w.message for w in kitaura_doc.warnings)


def test_mixed_pdf_page_by_page(tmp_path: Path) -> None:
    engine_or_skip()
    from saiken.extract.pipeline import convert

    src = ROOT / "corpus/second/pdf/kitaura_suishin.pdf"
    pdf = make_scan(src, [0, 2], tmp_path / "mixed.pdf", keep_text=(0,))
    doc = convert(pdf)
    by_page = {1: [f for f in doc.facts if f.page == 1], 2: [f for f in doc.facts if f.page == 2]}
    assert by_page[1] and not any(f.ocr for f in by_page[1])  # the text page keeps its text layer
    assert by_page[2] and all(f.ocr for f in by_page[2])
    assert [w.page for w in doc.warnings if w.code == "ocr"] == [2]


def test_ocr_never_keeps_the_old_message(kitaura_scan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(kitaura_scan), "-o", str(tmp_path / "o"), "-q", "--ocr", "never"])
    assert code == 1
    assert "文字情報のないPDF（スキャン画像）です" in capsys.readouterr().err


def test_missing_engine_says_how_to_install(kitaura_scan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from saiken.extract import ocr_engines
    from saiken.extract.ocr import EngineMissing

    def missing(name: str | None = None) -> object:
        raise EngineMissing("paddle, tesseract")

    monkeypatch.setattr(ocr_engines, "get_engine", missing)
    code = main(["extract", str(kitaura_scan), "-o", str(tmp_path / "o"), "-q", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "文字情報のないPDF（スキャン画像）です" in err
    assert "pip install 'saiken[ocr]'" in err and "tesseract-ocr-jpn" in err
    assert "Traceback" not in err


def test_batch_of_scanned_text_and_broken(kitaura_scan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine_or_skip()
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "scan.pdf").write_bytes(kitaura_scan.read_bytes())
    (inbox / "text.pdf").write_bytes((ROOT / "corpus/second/pdf/unknown_bousai_annai.pdf").read_bytes())
    (inbox / "broken.pdf").write_bytes((ROOT / "corpus/second/pdf/unknown_bousai_annai.pdf").read_bytes()[:900])
    code = main(["extract", str(inbox), "-o", str(tmp_path / "o"), "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(p.name for p in (tmp_path / "o").glob("*.json")) == ["scan.json", "text.json"]
    assert "broken.pdf: PDFが壊れているか" in captured.err


def test_per_page_progress(kitaura_scan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine_or_skip()
    assert main(["extract", str(kitaura_scan), "-o", str(tmp_path / "o"), "--jobs", "1"]) == 0
    assert "OCR中: kitaura_p3.pdf 1/1ページ" in capsys.readouterr().err


def test_tesseract_engine_reads_japanese(kitaura_scan: Path) -> None:
    eng = engine_or_skip("tesseract")
    import pymupdf

    from saiken.extract.ocr import flatten, render

    page = pymupdf.open(kitaura_scan)[0]
    gray = flatten(render(page, 200))
    boxes = eng.read(gray, lambda b: [b])  # type: ignore[attr-defined]
    text = "".join(b.text for b in boxes)
    assert any(ch.isdigit() for ch in text)
    assert all(0 <= b.conf <= 1 for b in boxes)


def test_a_name_stacked_in_two_columns_is_read_down_the_columns(tmp_path: Path) -> None:
    """かすが野市 別表 scanned: 「介護保 / 険料」 and 「下水道 / 使用料」 set 縦書き in narrow merged cells; the recognizer
    reads them across (除介介護杆保); cut out column by column they read as the debts."""
    engine_or_skip()
    from saiken.extract.pdf import load_pages, stitch

    src = ROOT / "corpus/dev29/pdf/h_kasugano_minutes_1.pdf"
    pdf = make_scan(src, [2], tmp_path / "stacked.pdf")
    names = {row[0] for g in stitch(load_pages(pdf, "always")) for row in g.filled_rows()}
    assert {"介護保険料", "下水道使用料"} <= names
