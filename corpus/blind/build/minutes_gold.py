"""Write corpus/blind/gold/<STEM>.json for the blind minutes, following ../shared/spec/records.md literally.

Decisions where the spec is open (a careful outside reader's reading):
- facts come from the 別表 only: prose figures in the statements (約45億2,800万円 …) are not facts, as the
  scorer treats minutes without tables as fact-free;
- a "－" cell is not a number, so it gives no fact; a printed "0" does;
- the 令和３年度収納率 column gives collection_rate facts for FY2021 (actual: the 別表 is 決算);
- the 増減 column (points) is left out: its metric name is not one of the six fixed ones;
- the 計 row printed on the next page under blank merged cells belongs to the debt above it;
- statements are the speaker blocks; the 本部長総括 block, printed without a label, is spoken by 本部長;
  the narrative line "事務局から…説明を行った後" has no speaker and is no statement;
- method is the way of holding without the trailing aside (対面開催, not 対面開催(一部の本部員は…出席)), the
  parser's documented convention; the scorer accepts either (containment);
- agenda items and materials are written without their （１）/資料 numbering labels only where the label is a
  list number (（１）); 資料１ is part of a material's name.

    python corpus/blind/build/minutes_gold.py
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

from saiken.extract.records import Document  # noqa: E402
from minutes_data import (  # noqa: E402
    AGENDA, ATTENDEES, DATE_ISO, FISCAL_YEAR, MATERIALS, MEETING, PREV_YEAR, PROCEEDINGS, STEM, TABLE, TOT, CUR,
    ARR, rows_with_total,
)
from saiken.normalize.debts import match_debt  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

SEGMENTS = {CUR: "current", ARR: "arrears", TOT: "total"}
MONEY = ("assessed", "collected", "written_off", "outstanding")


def _row_pages(pdf: Path) -> list[int]:
    """The page of each 別表 body row, found by its 調定額 figure printed after its 区分 label."""
    with pymupdf.open(pdf) as doc:
        texts = [(i + 1, page.get_text()) for i, page in enumerate(doc)]
    pages = []
    for d in TABLE:
        for r in rows_with_total(d):
            needle = f"{int(r['assessed']):,}"  # type: ignore[call-overload]
            hit = re.compile(rf"(?<![\d,]){re.escape(needle)}(?![\d,])")
            pages.append(next(p for p, t in texts if hit.search(t)))
    return pages


def facts(pdf: Path) -> list[dict[str, object]]:
    """Every number of the 別表 with a fixed metric: four 千円 columns, 収納率, and the prior-year 収納率."""
    out: list[dict[str, object]] = []
    pages = iter(_row_pages(pdf))
    for d in TABLE:
        debt = match_debt(d.name).canonical
        for r in rows_with_total(d):
            page = next(pages)
            base = dict(debt=debt, debt_raw=d.name, segment=SEGMENTS[str(r["segment"])], basis="actual",
                        as_of=None, approx=False, page=page, area=None)
            for m in MONEY:
                v = r[m]
                if v is None:
                    continue
                out.append(base | dict(fiscal_year=FISCAL_YEAR, fiscal_year_raw="令和４年度", metric=m,
                                       value=int(v) * 1000, unit="yen", raw=f"{int(v):,}"))  # type: ignore[call-overload]
            out.append(base | dict(fiscal_year=FISCAL_YEAR, fiscal_year_raw="令和４年度", metric="collection_rate",
                                   value=float(str(r["rate"])), unit="percent", raw=str(r["rate"])))
            out.append(base | dict(fiscal_year=PREV_YEAR, fiscal_year_raw="令和３年度", metric="collection_rate",
                                   value=float(str(r["prev_rate"])), unit="percent", raw=str(r["prev_rate"])))
    return out


def _page_texts(pdf: Path) -> list[str]:
    """Each page's text without white space, for finding where a statement starts."""
    with pymupdf.open(pdf) as doc:
        return [re.sub(r"\s+", "", page.get_text()) for page in doc]


def minutes(pdf: Path) -> dict[str, object]:
    """The minutes object: header fields, 15 attendees, 3 agenda items, 4 materials, 12 speaker blocks (page: where
    the block's first words are printed)."""
    texts = _page_texts(pdf)
    statements = []
    for heading, _intro, speeches in PROCEEDINGS:
        section = fold(heading.split("）", 1)[1])
        for sp in speeches:
            opening = sp.paragraphs[0][:20]
            page = next(k + 1 for k, t in enumerate(texts) if opening in t)
            statements.append(dict(speaker=sp.speaker, section=section, text=fold("\n".join(sp.paragraphs)),
                                   page=page))
    return dict(title="第32回さいたま市債権回収対策本部会 議事要旨", meeting_number=MEETING, date=DATE_ISO,
                method="対面開催",
                attendees=[dict(role=r, title=t) for r, t in ATTENDEES], agenda=AGENDA, materials=MATERIALS,
                statements=statements)


def gold(pdf: Path) -> Document:
    """The whole gold document for the built PDF, validated against the record model."""
    with pymupdf.open(pdf) as doc:
        n = doc.page_count
    data = dict(
        schema_version="1",
        source=dict(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=n),
        document=dict(kind="minutes", municipality="さいたま市", title="第32回さいたま市債権回収対策本部会 議事要旨",
                      date=DATE_ISO, date_raw="令和５年８月２２日"),
        facts=facts(pdf), initiatives=[], minutes=minutes(pdf), tables=[], warnings=[])
    return Document.model_validate(data)


if __name__ == "__main__":
    pdf = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
    dest = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
    doc = gold(pdf)
    dest.write_text(json.dumps(doc.model_dump(mode="json", exclude={"pages"}), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    print(dest, len(doc.facts), "facts")
