"""Write corpus/blind/gold/saitama_minutes_027_r3.json from the build data, following records.md literally.

Conventions decided as an outside reader (the spec is silent on them):
- a 書面開催's date is the date the materials were sent (「…付けで資料を送付」), not the 回答書 deadline;
- attendees are everyone listed under 出席者, 事務局 included (role 本部長 / 本部員 / 事務局, title = the post);
- one statement per speaker block, its paragraphs joined without separator; in the 回答書 table each row gives
  the member's comment (speaker = 提出者) followed by the answer (speaker 「事務局」), section = the 5 sub-heading;
- prose figures in the minutes are not statistical-table facts: `facts` is empty (the document is then left out of
  fact scoring); the 回答書 table is not a statistical table and `tables` is left empty as the spec allows.
"""
from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import minutes3_data as D  # noqa: E402
from saiken.extract.records import Document  # noqa: E402

STEM = "saitama_minutes_027_r3"


def nf(s: str) -> str:
    """Fold full-width ASCII/digits the way extracted text is folded (NFKC)."""
    return unicodedata.normalize("NFKC", s)


# the page each block starts on, read off the built PDF (都市局長's label is the last line of page 1; the
# 回答書 table starts on page 2 and its last row runs onto page 3 under the repeated header)
REPORT_PAGES = [1, 1, 1, 1, 1, 2, 2]
QA_PAGE = 2
CHIEF_PAGE = 3


def statements() -> list[dict]:
    """All statements in reading order."""
    out = [{"speaker": who, "section": D.SECTION1, "text": nf("".join(texts)), "page": page}
           for (who, texts), page in zip(D.REPORTS, REPORT_PAGES, strict=True)]
    for who, q, a in D.QA:
        out.append({"speaker": who, "section": D.SECTION2, "text": nf(q), "page": QA_PAGE})
        out.append({"speaker": D.SECRETARIAT_SPEAKER, "section": D.SECTION2, "text": nf(a), "page": QA_PAGE})
    out.append({"speaker": D.CHIEF[0], "section": D.SECTION3, "text": nf("".join(D.CHIEF_COMMENT)),
                "page": CHIEF_PAGE})
    return out


def gold() -> dict:
    """The gold document as a dict."""
    pdf = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
    title = "第27回さいたま市債権回収対策本部会 議事要旨"
    attendees = ([{"role": D.CHIEF[0], "title": D.CHIEF[1], "name": None}]
                 + [{"role": "本部員", "title": t, "name": None} for t in D.MEMBERS]
                 + [{"role": "事務局", "title": t, "name": None} for t in D.SECRETARIAT])
    return {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": 3},
        "document": {"kind": "minutes", "municipality": "さいたま市", "title": title,
                     "date": D.SENT_ISO, "date_raw": D.SENT},
        "facts": [], "initiatives": [], "tables": [], "warnings": [],
        "minutes": {"title": title, "meeting_number": D.MEETING, "date": D.SENT_ISO, "method": D.METHOD,
                    "attendees": attendees, "agenda": [nf(a) for a in D.AGENDA],
                    "materials": [nf(m) for m in D.MATERIALS], "statements": statements()},
    }


def main() -> Path:
    """Validate and write the gold file."""
    g = gold()
    Document.model_validate(g)
    dest = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
    dest.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return dest


if __name__ == "__main__":
    print(main())
