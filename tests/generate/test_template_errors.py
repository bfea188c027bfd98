"""Template problems reach staff as one Japanese line naming the template and the paragraph (issue 12 item 4)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document

from saiken.main import main

ROOT = Path(__file__).resolve().parents[2]
MEETING = ROOT / "corpus" / "meetings" / "saitama_029.yaml"


def _docx(path: Path, *paragraphs: str) -> Path:
    d = Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def _draft(capsys: pytest.CaptureFixture[str], template: Path, out: Path) -> tuple[int, str]:
    code = main(["draft", "minutes", str(MEETING), "-t", str(template), "-o", str(out)])
    return code, capsys.readouterr().err


def test_jinja_syntax_error_names_template_and_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tpl = _docx(tmp_path / "t.docx", "表題", "二行目", "{{ title|text }")
    assert _draft(capsys, tpl, tmp_path / "o.docx") == (2, (
        f"saiken: エラー: {tpl}: 本文 3段落目「{{{{ title|text }}」: 「}}」の位置が正しくありません"
        "（{{ … }} と {% … %} の括弧の組を確認してください）\n"))


def test_unclosed_loop_points_at_its_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tpl = _docx(tmp_path / "t.docx", "表題", "{%p for a in agenda %}", "{{ a }}", "以上")
    assert _draft(capsys, tpl, tmp_path / "o.docx") == (
        2, f"saiken: エラー: {tpl}: 本文 2段落目「{{%p for a in agenda %}}」: 対応する {{% endfor %}} がありません\n")


@pytest.mark.parametrize(("content", "problem"), [
    (b"plain text", "Word の文書（.docx）ではありません"),
    (b"%PDF-1.7\n", "PDF です。テンプレートには Word の .docx ファイルを指定してください"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "古い Word 形式（.doc）です。Word で開き「.docx」形式で保存し直してください"),
])
def test_not_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str) -> None:
    tpl = tmp_path / "t.docx"
    tpl.write_bytes(content)
    assert _draft(capsys, tpl, tmp_path / "o.docx") == (2, f"saiken: エラー: {tpl}: {problem}\n")


def test_excel_file_as_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tpl = tmp_path / "t.xlsx"
    with zipfile.ZipFile(tpl, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert _draft(capsys, tpl, tmp_path / "o.docx") == (
        2, f"saiken: エラー: {tpl}: Word の文書（.docx）ではありません（Excel などの別の形式です）\n")
