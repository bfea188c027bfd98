"""Write the gold record for the round-2 blind minutes from the build data (minutes2_data.py).

    python corpus/blind/build/minutes2_gold.py   # after minutes2.py; writes corpus/blind/gold/saitama_minutes_030_r2.json

Conventions chosen as an outside reader of records.md:
- no facts: the document prints no statistical table; the figures in the speakers' prose are not tabulated;
- attendees: everyone listed in the 出席者 table (本部長, 本部員, 事務局), not the absent 見沼区長;
- agenda: every numbered 議題 line, 「その他」 included; materials: every 配付資料 line;
- statements: one per speaker block, in order, speaker as printed without brackets, section = the
  （n） heading of 「６ 議事の概要」 without its number, text = the block's paragraphs joined, page = where it starts;
- method: 「対面開催」 as printed in brackets after the place.
"""
from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import minutes2_data as D  # noqa: E402
from minutes2 import PDF, STEM  # noqa: E402
from saiken.extract.records import Document  # noqa: E402

GOLD = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"


def nfkc(s: str) -> str:
    """NFKC with the ideographic space kept as one ASCII space."""
    return unicodedata.normalize("NFKC", s)


def statement_pages(pdf: Path, speakers: list[str]) -> list[int]:
    """The page on which each speaker label (in document order) is printed."""
    lines = []
    with pymupdf.open(pdf) as doc:
        for i, page in enumerate(doc, start=1):
            lines += [(i, ln.strip()) for ln in page.get_text().splitlines()]
    out, pos = [], 0
    for sp in speakers:
        label = f"（{sp}）"
        while lines[pos][1] != label:
            pos += 1
        out.append(lines[pos][0])
        pos += 1
    return out


def gold() -> dict:
    """The gold Document as a JSON-ready dict."""
    blocks = [(heading, sp, paras) for heading, bl in D.PROCEEDINGS for sp, paras in bl]
    pages = statement_pages(PDF, [sp for _, sp, _ in blocks])
    data = pymupdf.open(PDF)
    n_pages = data.page_count
    data.close()
    doc = {
        "schema_version": "1",
        "source": {"file": PDF.name, "sha256": hashlib.sha256(PDF.read_bytes()).hexdigest(), "pages": n_pages},
        "document": {"kind": "minutes", "municipality": "さいたま市", "title": nfkc(D.TITLE),
                     "date": D.DATE_ISO, "date_raw": "令和４年７月２７日（水）"},
        "facts": [],
        "initiatives": [],
        "minutes": {
            "title": nfkc(D.TITLE),
            "meeting_number": D.MEETING_NUMBER,
            "date": D.DATE_ISO,
            "method": D.METHOD,
            "attendees": [{"role": role, "title": t} for role, titles in D.ATTENDEE_ROWS for t in titles],
            "agenda": [nfkc(a) for a in D.AGENDA],
            "materials": [nfkc(f"{label} {name}") for label, name in D.MATERIALS],
            "statements": [{"speaker": sp, "section": nfkc(heading), "text": nfkc("".join(paras)), "page": pg}
                           for (heading, sp, paras), pg in zip(blocks, pages)],
        },
        "tables": [],
        "warnings": [],
    }
    Document.model_validate(doc)
    return doc


if __name__ == "__main__":
    GOLD.write_text(json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(GOLD)
