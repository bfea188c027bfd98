"""Build the third set of the kaikei family: plans with account tables that differ from the corpus and second set.

    python corpus/third/build/kaikei.py

Writes corpus/third/pdf/<stem>.pdf and corpus/third/gold/<stem>.json for
- wakaba_kaikei_plan_r6_7 (kaikei_word.py): a later edition of a ward's 重点プラン made in Word;
- hibari_kaikei_plan_r7 (kaikei_calc.py): a city's 推進計画 made as an Excel workbook.
Each gold is written from the builder's data, validated as saiken.extract.records.Document, and checked against the built
PDF (every fact's printed text and each 取組 item's opening on its gold page); a mismatch stops the build.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from corpus.build.kaikei import verify, write_json  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from corpus.third.build import kaikei_calc, kaikei_word  # noqa: E402
from corpus.third.build.kaikei_gold import finish, locator  # noqa: E402
from saiken.extract.records import Document, Source  # noqa: E402

THIRD = ROOT / "corpus" / "third"


def build(module: object) -> Document:
    """Build one PDF (office file → LibreOffice) and its checked gold."""
    stem = module.STEM  # type: ignore[attr-defined]
    src = module.build_office(BUILD_OUT / stem)  # type: ignore[attr-defined]
    pdf_path = to_pdf(src, THIRD / "pdf" / f"{stem}.pdf", "kaikei3")
    doc = finish(module.gold(locator(pdf_path), Source(file="", sha256="", pages=0)), pdf_path)  # type: ignore[attr-defined]
    doc = Document.model_validate(doc.model_dump())
    verify(pdf_path, doc, doc.source.pages)
    write_json(doc, THIRD / "gold" / f"{stem}.json")
    print(f"{pdf_path.relative_to(ROOT)}: {doc.source.pages} pages, {len(doc.facts)} facts, "
          f"{len(doc.initiatives)} initiatives")
    return doc


def main() -> None:
    """Build every third-set PDF of the family."""
    for module in (kaikei_word, kaikei_calc):
        build(module)


if __name__ == "__main__":
    main()
