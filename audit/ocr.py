"""OCR figures checked by the audit's identities (issue 13).

A figure read by OCR (`Fact.ocr`) that breaks an identity (rate = collected ÷ assessed, sums, 収入未済額) is more
likely a misread than a misprint: such a finding is reported as a `warning` titled 「OCRの読み誤りの可能性」 that
names the OCR'd figures and their confidence, so the reader checks the scan before the document.
"""
from __future__ import annotations

from saiken.extract.records import Finding

TITLE = "OCRの読み誤りの可能性"


def review(f: Finding) -> Finding:
    """The finding as an OCR warning when one of its figures was read by OCR; else unchanged."""
    ocr = [x for x in f.facts if x.ocr]
    if not ocr or f.severity == "info" or f.message.startswith(TITLE):
        return f
    read = "、".join(f"{x.raw}（{x.page}ページ、信頼度 {x.confidence:.2f}）" if x.confidence is not None
                    else f"{x.raw}（{x.page}ページ）" for x in ocr)
    note = f"OCRで読み取った数値: {read}。スキャン画像の該当箇所を確かめてください"
    return f.model_copy(update={"severity": "warning", "message": f"{TITLE}: {f.message}",
                                "note": f"{f.note} / {note}" if f.note else note})
