"""Build the third-set 取組個票/取組方針 materials and their gold (unseen-edition variants of the 静岡市 series).

    python corpus/third/build/kobetsu.py

- corpus/third/pdf/totsun_kobetsu_r6_1.pdf: .xlsx → LibreOffice Calc (corpus/third/build/kobetsu_calc.py);
- corpus/third/pdf/saien_kobetsu_r7_3.pdf: .docx → LibreOffice Writer (corpus/third/build/kobetsu_writer.py).
Gold comes from the build data (never from the extractor), is validated with saiken.extract.records.Document, and
every fact's printed text and every item's opening is checked on its page of the built PDF.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from corpus.third.build import kobetsu_calc, kobetsu_writer  # noqa: E402
from corpus.third.build.kobetsu_gold import check  # noqa: E402
from saiken.extract.records import Document  # noqa: E402

PDF_DIR = ROOT / "corpus" / "third" / "pdf"
GOLD_DIR = ROOT / "corpus" / "third" / "gold"


def build_one(mod: ModuleType, source: Path) -> list[str]:
    """Build one material from its module (STEM, build/workbook, gold, document fields); returns problems."""
    pdf = PDF_DIR / f"{mod.STEM}.pdf"
    to_pdf(source, pdf, profile="kobetsu3")
    doc = mod.gold(pdf).document(pdf, mod.MUNICIPALITY, mod.TITLE, mod.DATE, mod.DATE_RAW)
    doc = Document.model_validate(doc.model_dump())
    problems = check(doc, pdf)
    if not problems:
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{mod.STEM}.json").write_text(
            json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{pdf.relative_to(ROOT)}: {doc.source.pages} pages; {len(doc.facts)} facts, "
              f"{len(doc.initiatives)} initiatives")
    return [f"{mod.STEM}: {p}" for p in problems]


def main() -> int:
    """Build both materials; non-zero when a gold text is missing from its page."""
    BUILD_OUT.mkdir(parents=True, exist_ok=True)
    xlsx = BUILD_OUT / f"{kobetsu_calc.STEM}.xlsx"
    kobetsu_calc.workbook().save(xlsx)
    docx = BUILD_OUT / f"{kobetsu_writer.STEM}.docx"
    kobetsu_writer.build(docx)
    problems = build_one(kobetsu_calc, xlsx) + build_one(kobetsu_writer, docx)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
