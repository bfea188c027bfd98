"""Bad input: each case gets one clear Japanese message naming the file, and the rest of the batch converts."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from saiken.main import main


def _empty(d: Path, good: Path) -> Path:
    p = d / "empty.pdf"
    p.write_bytes(b"")
    return p


def _not_pdf(d: Path, good: Path) -> Path:
    p = d / "memo.pdf"
    p.write_text("これはPDFではありません", encoding="utf-8")
    return p


def _truncated(d: Path, good: Path) -> Path:
    p = d / "truncated.pdf"
    data = good.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    return p


def _corrupt(d: Path, good: Path) -> Path:
    p = d / "corrupt.pdf"
    p.write_bytes(b"%PDF-1.7\n" + b"\x00\xffbroken" * 200)
    return p


def _encrypted(d: Path, good: Path) -> Path:
    p = d / "locked.pdf"
    doc = pymupdf.open(good)
    doc.save(p, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="himitsu", owner_pw="owner")
    return p


def _scanned(d: Path, good: Path) -> Path:
    p = d / "scan.pdf"
    src = pymupdf.open(good)
    pix = src[0].get_pixmap(dpi=40)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(page.rect, pixmap=pix)
    doc.save(p)
    return p


CASES: list[tuple[Callable[[Path, Path], Path], str]] = [
    (_empty, "ファイルが空です（0バイト）"),
    (_not_pdf, "PDFファイルではありません"),
    (_truncated, "PDFが壊れているか、途中で切れています"),
    (_corrupt, "PDFが壊れているか、途中で切れています"),
    (_encrypted, "パスワードで保護されたPDFです"),
    (_scanned, "文字情報のないPDF（スキャン画像）です"),
]


@pytest.mark.parametrize("make, message", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_bad_file_is_reported_and_batch_goes_on(tmp_path: Path, good_pdf: Path, make: Callable[[Path, Path], Path],
                                                 message: str, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    bad = make(inbox, good_pdf)
    shutil.copy(good_pdf, inbox / "a_good.pdf")
    shutil.copy(good_pdf, inbox / "z_good.pdf")
    before = bad.read_bytes()
    out = tmp_path / "out"
    code = main(["extract", str(inbox), "-o", str(out), "--jobs", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"saiken: 失敗: {bad.name}: {message}" in err
    assert "Traceback" not in err
    assert err.count("失敗:") == 1
    assert sorted(p.name for p in out.glob("*.json")) == ["a_good.json", "z_good.json"]
    assert bad.read_bytes() == before  # input files are never modified
    assert not list(out.glob("*.part"))


def test_all_good_exits_zero(tmp_path: Path, good_pdf: Path) -> None:
    assert main(["extract", str(good_pdf), "-o", str(tmp_path / "o"), "-q"]) == 0
    assert (tmp_path / "o" / "good.json").exists()


def test_usage_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nothing.pdf"), "-o", str(tmp_path / "o")]) == 2
    assert "nothing.pdf: ファイルが見つかりません" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path)])
    assert e.value.code == 2


def test_parser_crash_keeps_the_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a family parser becomes a warning; the generic layer and the tables' facts are still written."""
    from saiken.extract import pipeline

    class Broken:
        name, kind = "broken", "plan"

        def score(self, pages: object) -> float:
            return 1.0

        def parse(self, pages: object, doc: object) -> None:
            raise ValueError("壊れた解析器")

    monkeypatch.setattr(pipeline, "parsers", lambda: [Broken()])
    src = tmp_path / "t.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    for i, y in enumerate((100, 120, 140)):
        page.draw_line((50, y), (350, y))
    for x in (50, 200, 350):
        page.draw_line((x, 100), (x, 140))
    page.insert_text((55, 114), "債権名", fontname="japan", fontsize=9)
    page.insert_text((205, 114), "令和3年度 収納率", fontname="japan", fontsize=9)
    page.insert_text((55, 134), "市税", fontname="japan", fontsize=9)
    page.insert_text((205, 134), "98.12%", fontname="japan", fontsize=9)
    doc.save(src)
    out = pipeline.convert(src)
    assert out.document.kind == "plan" and out.tables
    assert any(w.code == "parser_error" and "壊れた解析器" in w.message for w in out.warnings)
    assert [(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in out.facts] == [("市税", 2021, "collection_rate", 98.12)]
