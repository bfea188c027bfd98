"""An OCR'd figure that breaks an audit identity is reported as a possible misread (warning)."""
from __future__ import annotations

from saiken.extract.records import Document, DocumentInfo, Fact, Source

from saiken.audit.corpus import AuditDoc
from saiken.audit.runner import audit_documents


def _doc(ocr: bool) -> AuditDoc:
    common = dict(debt="市税", debt_raw="市税", fiscal_year=2022, segment="total", basis="actual", page=1, ocr=ocr,
                  confidence=0.97 if ocr else None)
    facts = [Fact(metric="assessed", value=1000000000, unit="yen", raw="1,000,000", **common),
             Fact(metric="collected", value=900000000, unit="yen", raw="900,000", **common),
             Fact(metric="collection_rate", value=98.0, unit="percent", raw="98.0%", **common)]
    doc = Document(source=Source(file="scan.pdf", sha256="0" * 64, pages=1), document=DocumentInfo(kind="plan"),
                   facts=facts)
    return AuditDoc(name="scan", doc=doc)


def test_identity_broken_by_ocr_figures_is_a_misread_warning() -> None:
    found = audit_documents([_doc(ocr=True)])
    rate = [f for f in found if f.facts and any(x.metric == "collection_rate" for x in f.facts)]
    assert rate, found
    assert all(f.severity == "warning" and f.message.startswith("OCRの読み誤りの可能性") for f in rate)
    assert "信頼度 0.97" in (rate[0].note or "")


def test_text_layer_figures_keep_their_severity() -> None:
    found = audit_documents([_doc(ocr=False)])
    rate = [f for f in found if f.facts and any(x.metric == "collection_rate" for x in f.facts)]
    assert rate and any(f.severity == "error" for f in rate)
    assert not any(f.message.startswith("OCRの読み誤りの可能性") for f in found)
