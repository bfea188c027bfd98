"""Problems with an input file that stop its conversion, each with a Japanese message saying what to do."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file that cannot be converted; `code` is stable for programs, `str()` is for people."""

    code = "input_error"
    advice = ""

    def __init__(self, path: Path | str, detail: str = "", page: int | None = None) -> None:
        self.path = Path(path)
        self.detail = detail
        self.page = page
        where = f"{self.path.name}" + (f" {page}ページ" if page else "")
        text = f"{where}: {self.summary}"
        if detail:
            text += f"（{detail}）"
        if self.advice:
            text += f"。{self.advice}"
        super().__init__(text)

    summary = "変換できません"


class MissingFile(InputError):
    code = "missing"
    summary = "ファイルが見つかりません"
    advice = "パスを確認してください"


class EmptyFile(InputError):
    code = "empty"
    summary = "ファイルが空です（0バイト）"
    advice = "コピーやダウンロードが途中で失敗していないか確認し、元のファイルを入れ直してください"


class NotPdf(InputError):
    code = "not_pdf"
    summary = "PDFファイルではありません"
    advice = "拡張子は .pdf ですが中身が別の形式です。元の資料をPDFで保存し直してください"


class Encrypted(InputError):
    code = "encrypted"
    summary = "パスワードで保護されたPDFです"
    advice = "パスワードを解除したPDFを作成してから、もう一度変換してください"


class Corrupt(InputError):
    code = "corrupt"
    summary = "PDFが壊れているか、途中で切れています"
    advice = "元のファイルを入手し直すか、PDFを作成し直してください"


class NoTextLayer(InputError):
    code = "no_text"
    summary = "文字情報のないPDF（スキャン画像）です"
    advice = "OCR（文字認識）をかけたPDFを作成してから、もう一度変換してください"
