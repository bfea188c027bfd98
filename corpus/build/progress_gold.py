"""Gold records of the 大阪市 progress sheets, written from progress_data.py (never from extractor output).

Also holds the helpers the second-set build reuses: item label splitting, rate facts, the page check
against the built PDF and the writer. Conventions (see docs/progress.md):
- rate lines: 10月末 → basis interim with as_of the month's last day; 決算見込 → estimate; 目標 → target;
  the bracketed 前年度 value is the previous fiscal year (前年度決算 → actual).
- ward tables: one fact per ward and column, `area` = the row label as printed; the 24区合計 row is the whole
  city's wards: `area` null (records.md: null for the whole municipality);
  the (A)−(B) column is metric `difference` in `points`.
- 市債権回収対策室 tables: metrics outside the six (handover_cases, handover_amount, investigated_arrears,
  collection_goal, collection_result, progress_rate); amounts in 百万円 become yen.
- initiatives: one per labelled item (（１）, ①, ・) or unlabelled paragraph; group headings ＜…＞ extend the
  section; a label printed alone on its line prefixes the next item's label.
"""
from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from pathlib import Path

import pymupdf

from corpus.build import progress_data as D
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table
from saiken.normalize.text import fold

ITEM_LABEL = re.compile(r"^\s*((?:[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳]|[・●])\s*)+")
GROUP = re.compile(r"^＜.+＞$")
SEGMENTS = {"過年度分": "arrears", "現年度分": "current", "滞繰分": "arrears", "現年分": "current",
            "滞納繰越分": "arrears", "過年度": "arrears", "現年度": "current"}
RATE_BASIS = {"月末": "interim", "決算見込": "estimate", "目標": "target"}
PREV_BASIS = {"月末": "interim", "決算": "actual", "目標": "target"}

TOTAL_ROW = re.compile(r"(合計|計|全市|全体)$")  # a ward table's total row is city-wide: area null


def month_end(year: int, month: int) -> str:
    """ISO date of the last day of `month` in the fiscal year starting in April of `year`."""
    y = year + 1 if month <= 3 else year
    return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"


def number(raw: str) -> float:
    """The printed number of a percent cell ('15.3％', '24.4 ％', '△0.5%') as a float."""
    t = fold(raw).replace("%", "").replace(" ", "").replace(",", "")
    sign = -1.0 if t[:1] in "△▲-" else 1.0
    return sign * float(t.lstrip("△▲-+"))


def canonical(debt_raw: str) -> str:
    """The gold's canonical debt name: the printed name without spaces and bracketed notes."""
    return re.sub(r"[（(].*?[)）]", "", re.sub(r"\s", "", debt_raw))


def rate_facts(debt_raw: str, segment: str, label: str, value: str, prev_label: str, prev_value: str,
               fy: int, fy_raw: str, page: int, month: int) -> list[Fact]:
    """The two facts of one rate line: this year's value and the bracketed previous-year value."""
    basis = next(b for k, b in RATE_BASIS.items() if k in label)
    prev_basis = next(b for k, b in PREV_BASIS.items() if k in prev_label)
    common = dict(debt=canonical(debt_raw), debt_raw=debt_raw, segment=segment, metric="collection_rate",
                  unit="percent", page=page)
    return [
        Fact(**common, fiscal_year=fy, fiscal_year_raw=fy_raw, basis=basis,
             as_of=month_end(fy, month) if basis == "interim" else None, value=number(value), raw=value),
        Fact(**common, fiscal_year=fy - 1, fiscal_year_raw=prev_label, basis=prev_basis,
             as_of=month_end(fy - 1, month) if prev_basis == "interim" else None,
             value=number(prev_value), raw=prev_value),
    ]


def split_items(items: list[str]) -> list[tuple[str | None, str | None, str]]:
    """(group heading, label, text) per item; a label printed alone prefixes the next item's label."""
    out: list[tuple[str | None, str | None, str]] = []
    group: str | None = None
    pending = ""
    for item in items:
        if GROUP.match(item.strip()):
            group = fold(item.strip())
            continue
        tag = re.match(r"^【(継続|新規|拡充)】", item)
        rest = item[tag.end():] if tag else item
        m = ITEM_LABEL.match(rest)
        label = re.sub(r"\s", "", fold(m.group(0))) if m else ""
        text = (tag.group(0) if tag else "") + (rest[m.end():] if m else rest)
        if not text.strip("\n 　") and not tag:
            pending += label
            continue
        body = "".join(fold(ln) for ln in text.split("\n"))
        out.append((group, (pending + label) or None, body.strip()))
        pending = ""
    return out


def initiatives(debt_raw: str, section: str, items: list[str], fy: int, page: int) -> list[Initiative]:
    """Gold initiatives of one item list (status from a 【継続】【新規】【拡充】 tag, else None)."""
    out = []
    for group, label, text in split_items(items):
        tag = re.search(r"【(継続|新規|拡充)】", text)
        out.append(Initiative(debt=canonical(debt_raw), debt_raw=debt_raw, fiscal_year=fy,
                              section=fold(section + (group or "")), label=label, text=text,
                              status=tag.group(1) if tag else None, page=page))  # type: ignore[arg-type]
    return out


def ward_facts(t: D.WardTable, cols: list[tuple[str, int | None, str]], fy: int, pages: list[int], month: int,
               ) -> list[Fact]:
    """One fact per ward and column; `cols` gives (segment, fiscal year or None for the difference column,
    printed year) per value column, `pages` the page of each row."""
    out = []
    for (ward, vals), page in zip(t.rows, pages):
        for raw, (seg, y, y_raw) in zip(vals, cols):
            common = dict(debt=canonical(t.debt), debt_raw=t.debt, segment=seg, basis="interim", page=page,
                          area=None if TOTAL_ROW.search(ward) else ward, raw=raw, value=number(raw),
                          fiscal_year_raw=y_raw)
            if y is not None:
                out.append(Fact(**common, metric="collection_rate", unit="percent", fiscal_year=y,
                                as_of=month_end(y, month)))
            else:
                out.append(Fact(**common, metric="difference", unit="points", fiscal_year=fy,
                                as_of=month_end(fy, month)))
    return out


def ward_table_rows(t: D.WardTable, heads: list[str], sub: list[str]) -> list[list[str]]:
    """The ward table as the generic layer reads it: merged text at the top-left, '' in covered slots."""
    top = [""]
    for h in heads:
        top += [fold(h.replace("\n", "")), ""]
    rows = [top, [""] + [fold(s) for s in sub]]
    rows += [[fold(ward)] + [fold(v) for v in vals] for ward, vals in t.rows]
    return rows


def office_value(raw: str) -> tuple[str, str | None]:
    """Split an office-table cell into its figure and the bracketed previous-year figure ('70.5%\\n（48.1%）')."""
    t = re.sub(r"^[（(][A-DＡ-Ｄ][)）]", "", raw.strip())
    parts = t.split("\n")
    prev = parts[1].strip("（）() ") if len(parts) > 1 else None
    return parts[0].strip(), prev


OFFICE_T1_METRICS = [None, None, None, ("handover_cases", "cases", "interim"), ("handover_amount", "yen", "interim"),
                     ("collection_goal", "yen", "target"), ("collection_result", "yen", "interim"),
                     ("progress_rate", "percent", "interim")]
OFFICE_T2_METRICS = [None, None, None, ("investigated_arrears", "yen", "interim"), ("collection_goal", "yen", "target"),
                     ("collection_result", "yen", "interim"), ("progress_rate", "percent", "interim")]
OFFICE_SUM_METRICS = [None, ("collection_goal", "yen", "target"), ("collection_result", "yen", "interim"),
                      ("progress_rate", "percent", "interim")]


def office_facts(debt_raw: str | None, cells: list[str], metrics: list[tuple[str, str, str] | None],
                 fy: int, page: int, month: int) -> list[Fact]:
    """Facts of one 市債権回収対策室 table row (amounts printed in 百万円)."""
    out = []
    for raw, spec in zip(cells, metrics):
        if spec is None:
            continue
        metric, unit, basis = spec
        fig, prev = office_value(raw)
        scale = 1_000_000 if unit == "yen" else 1
        if unit == "percent":
            val: float | int = number(fig)
        else:
            val = int(fold(fig).replace(",", "")) * scale
        common = dict(debt=canonical(debt_raw) if debt_raw else None, debt_raw=debt_raw, metric=metric, unit=unit,
                      basis=basis, page=page, segment=None if debt_raw else "total")
        out.append(Fact(**common, fiscal_year=fy, fiscal_year_raw="令和２年度", value=val, raw=fig,
                        as_of=month_end(fy, month) if basis == "interim" else None))
        if prev is not None:
            out.append(Fact(**common, fiscal_year=fy - 1, fiscal_year_raw="前年10月末", value=number(prev), raw=prev,
                            as_of=month_end(fy - 1, month)))
    return out


WARD_HEADS = ["令和２年度\n10月末徴収率（A）", "令和元年度\n10月末徴収率（B）", "対前年同月比\n(A)－（B）"]
WARD_SUB = ["過年度", "現年度"] * 3


def gold_document(pdf: Path, pages: list[str]) -> Document:
    """The whole gold Document for the corpus PDF; `pages` are the page keys in print order."""
    page_of: Callable[[str], int] = lambda key: pages.index(key) + 1  # noqa: E731
    fy, month = D.FISCAL_YEAR, D.AS_OF_MONTH
    doc = Document(source=Source(file=pdf.name, sha256="", pages=len(pages)),
                   document=DocumentInfo(kind="progress_report", family="progress", municipality=D.MUNICIPALITY,
                                         title=D.TITLE, date=D.DATE, date_raw=D.DATE_RAW))
    for s in D.SHEETS:
        for b in s.blocks:
            key = f"{s.debt}:plan:{b.segment}" if f"{s.debt}:plan:{b.segment}" in pages else f"{s.debt}:plan"
            for r in b.rates:
                doc.facts += rate_facts(s.debt, SEGMENTS[b.segment], r.label, r.value, r.prev_label, r.prev_value,
                                        fy, "令和２年度", page_of(key), month)
            doc.initiatives += initiatives(s.debt, "主な取り組み", b.items, fy, page_of(key))
        doc.initiatives += initiatives(s.debt, "主な取り組み", s.items, fy, page_of(f"{s.debt}:plan"))
        doc.initiatives += initiatives(s.debt, D.CONTENT_LABEL, s.content, fy, page_of(f"{s.debt}:status"))
        doc.initiatives += initiatives(s.debt, D.STATUS_LABEL, s.status, fy, page_of(f"{s.debt}:status"))
        if s.ward:
            p = page_of(f"{s.debt}:ward")
            years = [(fy, "令和２年度"), (fy, "令和２年度"), (fy - 1, "令和元年度"), (fy - 1, "令和元年度"),
                     (None, "令和２年度"), (None, "令和２年度")]
            cols = [(SEGMENTS[seg], y, y_raw) for seg, (y, y_raw) in zip(WARD_SUB, years)]
            doc.facts += ward_facts(s.ward, cols, fy, [p] * len(s.ward.rows), month)
            doc.tables.append(Table(page=p, bbox=table_bbox(pdf, p), rows=ward_table_rows(s.ward, WARD_HEADS, WARD_SUB)))
    p = page_of("office")
    for row in D.OFFICE_T1_ROWS:
        doc.facts += office_facts(row[0], row, OFFICE_T1_METRICS, fy, p, month)
    doc.facts += office_facts(None, ["", "", ""] + D.OFFICE_T1_TOTAL[1:], OFFICE_T1_METRICS, fy, p, month)
    for row in D.OFFICE_T2_ROWS:
        doc.facts += office_facts(row[0], row, OFFICE_T2_METRICS, fy, p, month)
    doc.facts += office_facts(None, ["", "", ""] + D.OFFICE_T2_TOTAL[1:], OFFICE_T2_METRICS, fy, p, month)
    doc.facts += office_facts(None, D.OFFICE_SUMMARY_ROW, OFFICE_SUM_METRICS, fy, p, month)
    return finish(doc, pdf)


def finish(doc: Document, pdf: Path) -> Document:
    """Fill the source (hash, page count) from the built PDF and validate through the record model."""
    from saiken.extract.pipeline import sha256_of

    with pymupdf.open(pdf) as d:
        n = d.page_count
    doc.source = Source(file=pdf.name, sha256=sha256_of(pdf), pages=n)
    return Document.model_validate(doc.model_dump())


def table_bbox(pdf: Path, page: int) -> tuple[float, float, float, float]:
    """The bounding box of the largest ruled frame on `page` (the union of its drawn lines)."""
    with pymupdf.open(pdf) as d:
        rects = [dr["rect"] for dr in d[page - 1].get_drawings()]
    if not rects:
        return (0.0, 0.0, 0.0, 0.0)
    rects.sort(key=lambda r: r.y0)
    big = max(rects, key=lambda r: r.width)
    frame = [r for r in rects if r.x0 >= big.x0 - 2 and r.x1 <= big.x1 + 2 and r.y0 >= big.y0 - 2]
    return (round(big.x0, 1), round(big.y0, 1), round(big.x1, 1), round(max(r.y1 for r in frame), 1))


def _squash(text: str) -> str:
    return re.sub(r"\s", "", fold(text))


def check_pages(pdf: Path, doc: Document) -> list[str]:
    """Gold entries whose printed text is not on their page of the built PDF (empty when all are)."""
    with pymupdf.open(pdf) as d:
        texts = [_squash(p.get_text()) for p in d]
    problems = []
    if len(texts) != doc.source.pages:
        problems.append(f"page count {len(texts)} != {doc.source.pages}")
    for f in doc.facts:
        page = texts[f.page - 1] if f.page <= len(texts) else ""
        probes = [_squash(f.raw)] + ([_squash(f.area)] if f.area else [])
        if not all(p in page for p in probes):
            problems.append(f"fact p.{f.page} {f.debt_raw} {f.area or ''} {f.raw!r} not on the page")
    for i in doc.initiatives:
        page = texts[i.page - 1] if i.page <= len(texts) else ""
        t = _squash(re.sub(r"^【(継続|新規|拡充)】", "", i.text))
        if t[:15] not in page or t[-10:] not in page:
            problems.append(f"initiative p.{i.page} {i.debt_raw} {t[:30]!r} not on the page")
    return problems


def write(doc: Document, dest: Path) -> None:
    """Write the gold JSON (UTF-8, indented, contract field order)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = doc.model_dump(mode="json")
    dest.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
