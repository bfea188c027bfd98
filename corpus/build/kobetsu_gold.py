"""The gold record of shizuoka_committee_r8_1, derived from corpus/build/kobetsu_data.py (never from extractor output).

Conventions (docs/kobetsu.md): 実績推計 rates are `estimate` facts of the plan's previous 年度 and the
targets printed beside them in parentheses are `target` facts of the same year; the next year's
数値目標 are `target` facts; 【令和6年度:3位】 is a `rank` fact (actual, count); a rate whose label names no
収納率 is metric `rate` with no segment; the 後期高齢者 sheet's 令和8年2月末 figures are `interim` facts
(the parenthesised ones are the previous year's, at the same point of that year).
"""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from corpus.build import kobetsu_data as D
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table
from saiken.normalize.text import fold

FIRST_SHEET_PAGE = 6
REF1_PAGE = 3
MEMBERS_PAGE = 2
SCHEDULE_PAGE = 4
POLICY_FIRST_PAGE = FIRST_SHEET_PAGE + len(D.SHEETS)
SEGMENTS = {D.CUR: "current", D.ARR: "arrears", D.TOT: "total"}
PRINTED_LABEL = re.compile(r"^(\(\d+\)|[①-⑳]|[ア-ン]\)|・)")


def canonical(raw: str) -> str | None:
    """The 債権 dictionary's canonical name for `raw`, or None when the dictionary is not available or has none."""
    try:
        from saiken.normalize.debts import match_debt
    except ImportError:
        return None
    return match_debt(raw).canonical


def one_line(text: str) -> str:
    """Cell text as the page model joins it: lines joined without separator, folded."""
    return fold(text.replace("\n", ""))


def _fact(debt_raw: str | None, fy: int, fy_raw: str, segment: str | None, metric: str, basis: str,
          value: float | int, unit: str, raw: str, page: int, approx: bool = False, as_of: str | None = None) -> Fact:
    return Fact(debt=canonical(debt_raw) if debt_raw else None, debt_raw=debt_raw, fiscal_year=fy,
                fiscal_year_raw=fy_raw, segment=segment, metric=metric, basis=basis, as_of=as_of, value=value,
                unit=unit, approx=approx, raw=raw, page=page)  # type: ignore[arg-type]


def _pct(text: str) -> float:
    return float(text.rstrip("%"))


def policy_facts() -> list[Fact]:
    """Every rate of the 取組方針 tables: estimates, their targets, next year's targets and ranks."""
    out: list[Fact] = []
    for k, t in enumerate(D.POLICY_TABLES):
        page = POLICY_FIRST_PAGE + k
        for c in t.columns:
            debt = one_line(c.debt)
            for r in c.estimate:
                seg = SEGMENTS.get(r.label)
                metric = "collection_rate" if seg else "rate"
                out.append(_fact(debt, 2025, "令和7年度", seg, metric, "estimate", _pct(r.value), "percent", r.value, page))
                if r.paren and r.paren != "-":
                    out.append(_fact(debt, 2025, "令和7年度", seg, metric, "target", _pct(r.paren), "percent", r.paren, page))
            for r in c.target:
                seg = SEGMENTS.get(r.label)
                metric = "collection_rate" if seg else "rate"
                out.append(_fact(debt, 2026, "令和8年度", seg, metric, "target", _pct(r.value), "percent", r.value, page))
            m = re.search(r"(\d+)位", c.rank)
            if m:
                out.append(_fact(debt, 2024, "令和6年度", "total", "rank", "actual", int(m.group(1)), "count",
                                 m.group(0), page))
    return out


def reference_facts() -> list[Fact]:
    """The city-wide figures of 参考① (all debts together: debt null)."""
    p = REF1_PAGE
    return [
        _fact(None, 2024, "令和6年度", "total", "collection_rate", "actual", 97.81, "percent", "97.81%", p),
        _fact(None, 2024, "令和6年度", "total", "difference", "actual", 0.22, "points", "0.22%増", p),
        _fact(None, 2024, "令和6年度", "total", "difference_from_peak", "actual", 7.29, "points", "7.29%増", p),
        _fact(None, 2024, "令和6年度", "total", "outstanding", "actual", 4_020_000_000, "yen", "約 40.2 億円", p, True),
        _fact(None, 2024, "令和6年度", "total", "difference", "actual", -250_000_000, "yen", "約 2.5 億円減", p, True),
        _fact(None, 2024, "令和6年度", "total", "difference_from_peak", "actual", -13_100_000_000, "yen", "約 131 億円減", p, True),
    ]


def sheet_facts() -> list[Fact]:
    """Interim figures printed in the 取組個票 実績 cells."""
    out = []
    for i, s in enumerate(D.SHEETS):
        for f in s.facts:
            out.append(_fact(s.name, f.fiscal_year, f.fiscal_year_raw, f.segment, f.metric, "interim", f.value,
                             f.unit, f.raw, FIRST_SHEET_PAGE + i, as_of=f.as_of))
    return out


def initiatives() -> list[Initiative]:
    """Every tagged 取組 item of the 取組方針 tables, once per debt its cell covers."""
    out: list[Initiative] = []
    for k, t in enumerate(D.POLICY_TABLES):
        section = one_line(t.row_labels[3])
        for c in t.columns:
            if c.actions is None:
                continue
            for debt in c.debts or (one_line(c.debt),):
                for p in c.actions:
                    if not isinstance(p, D.Item):
                        continue
                    text = PRINTED_LABEL.sub("", fold("".join(p.paras)), count=1)
                    out.append(Initiative(debt=canonical(debt), debt_raw=debt, fiscal_year=2026, section=section,
                                          label=p.label, text=text, status=p.status,  # type: ignore[arg-type]
                                          page=POLICY_FIRST_PAGE + k))
    return out


def tables() -> list[Table]:
    """The whole 委員名簿 and schedule tables, as rows of folded cell text (merged text at the top-left)."""
    members = [[fold(c) for c in row] for row in D.MEMBERS]
    head = ["", "取組等", "実施対象", "実施内容", *D.MONTHS]
    sched = [head]
    for no, name, target, content, spans in D.SCHEDULE:
        months = [""] * 12
        for start, _span, text in spans:
            months[start] = one_line(text)
        sched.append([no, one_line(name), one_line(target), one_line(content), *months])
    zero = (0.0, 0.0, 0.0, 0.0)
    return [Table(page=MEMBERS_PAGE, bbox=zero, rows=members), Table(page=SCHEDULE_PAGE, bbox=zero, rows=sched)]


def gold_document(pdf: Path) -> Document:
    """The full gold Document for the built PDF (source hash and page count read from it)."""
    import hashlib

    with pymupdf.open(pdf) as d:
        pages = d.page_count
    return Document(
        source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=pages),
        document=DocumentInfo(kind="committee_material", family="kobetsu", municipality=D.MUNICIPALITY,
                              title=D.TITLE, date=D.DATE_ISO, date_raw=D.DATE_RAW),
        facts=reference_facts() + sheet_facts() + policy_facts(),
        initiatives=initiatives(),
        tables=tables(),
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def check_pages(doc: Document, pdf: Path) -> list[str]:
    """Problems where a gold fact's raw text or an initiative's opening is not on its page of the PDF."""
    with pymupdf.open(pdf) as d:
        texts = [_squash(p.get_text()) for p in d]
    problems = []
    for f in doc.facts:
        if _squash(f.raw) not in texts[f.page - 1]:
            problems.append(f"p.{f.page}: fact {f.debt_raw} {f.metric} {f.raw!r} not on the page")
    for i in doc.initiatives:
        if _squash(i.text)[:12] not in texts[i.page - 1]:
            problems.append(f"p.{i.page}: initiative {i.debt_raw} {i.label} {i.text[:20]!r} not on the page")
    for t in doc.tables:
        if _squash(t.rows[1][1]) not in texts[t.page - 1]:
            problems.append(f"p.{t.page}: table starting {t.rows[1][:2]} not on the page")
    if len(texts) != doc.source.pages:
        problems.append("page count mismatch")
    return problems
