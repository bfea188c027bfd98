"""Gold helpers shared by the third-set 取組個票/取組方針 builds: facts and items from build data, page checks.

Values are computed here from the printed text by plain rules (千円 → ×1000, 億円 → ×10^8 and approx,
％ → the printed number), never from the extractor. Conventions follow /work/shared/spec/records.md and
docs/kobetsu.md: interim figures carry `as_of` (month end when no day is printed) and the parenthesised
previous-year figure is the same point one year earlier.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from corpus.build.kobetsu_gold import canonical
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source
from saiken.normalize.text import fold

SEGMENTS = (("現年", "current"), ("滞納繰越", "arrears"), ("滞繰", "arrears"), ("合計", "total"), ("全体", "total"))
METRICS = (("収納率", "collection_rate"), ("収入率", "collection_rate"), ("徴収率", "collection_rate"),
           ("調定額", "assessed"), ("収入未済額", "outstanding"), ("収入済額", "collected"), ("収納額", "collected"))


def segment(label: str) -> str:
    """The contract segment a printed label names (現年 → current, 滞納繰越/滞繰 → arrears, 合計/全体 → total)."""
    return next(v for k, v in SEGMENTS if k in label)


def metric(label: str) -> str:
    """The contract metric a printed label names."""
    return next(v for k, v in METRICS if k in label)


def value_of(raw: str) -> tuple[float | int, str, bool]:
    """(value, unit, approx) of a printed figure: 95.10％, 3,456,789千円, 約42.7億円, 1,234円."""
    s = fold(raw).replace(" ", "")
    approx = s.startswith("約")
    num = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?", s)
    assert num, raw
    n = num.group(0).replace(",", "")
    if s.endswith("%"):
        return float(n), "percent", approx
    scale = 100_000_000 if "億円" in s else 10_000 if "万円" in s else 1000 if "千円" in s else 1
    return round(float(n) * scale), "yen", approx


def month_end(year: int, month: int) -> str:
    """ISO date of a month's last day."""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


@dataclass
class Builder:
    """Collects the gold facts and items of one document."""

    facts: list[Fact]
    items: list[Initiative]

    def fact(self, debt: str | None, fy: int, seg: str, met: str, basis: str, raw: str, page: int,
             as_of: str | None = None, fy_raw: str | None = None) -> None:
        """Add one gold fact; value, unit and approx come from the printed `raw`."""
        value, unit, approx = value_of(raw)
        self.facts.append(Fact(debt=canonical(debt) if debt else None, debt_raw=debt, fiscal_year=fy,
                               fiscal_year_raw=fy_raw, segment=seg, metric=met, basis=basis,  # type: ignore[arg-type]
                               as_of=as_of, value=value, unit=unit, approx=approx, raw=fold(raw), page=page))  # type: ignore[arg-type]

    def rates(self, debt: str, lines: list[tuple[str, str, str | None]], fy: int, basis: str, page: int) -> None:
        """Facts of a policy cell: (label, value, parenthesised target or None/－) per line."""
        for label, value, paren in lines:
            self.fact(debt, fy, segment(label), metric(label), basis, value, page)
            if paren and paren not in ("－", "-"):
                self.fact(debt, fy, segment(label), metric(label), "target", paren, page)

    def interim(self, debt: str, fy: int, seg: str, figures: list[tuple[str, str, str]], dates: tuple[str, str],
                page: int) -> None:
        """Facts of 個票 figures (label, value, previous year's value) at a 時点 and one year before."""
        for label, now, before in figures:
            self.fact(debt, fy, seg, metric(label), "interim", now, page, as_of=dates[0])
            self.fact(debt, fy - 1, seg, metric(label), "interim", before, page, as_of=dates[1])

    def rank(self, debt: str, note: str, page: int) -> None:
        """A 政令市順位 note 【令和4年度:9位】 as a rank fact of the year it names (nothing for 【…:－】)."""
        m = re.search(r"(令和|R)\s*([0-9]+)年?度?\s*[:：]\s*([0-9]+)位", fold(note))
        if m:
            self.facts.append(Fact(debt=canonical(debt), debt_raw=debt, fiscal_year=2018 + int(m.group(2)),
                                   segment="total", metric="rank", basis="actual", value=int(m.group(3)),
                                   unit="count", raw=f"{m.group(3)}位", page=page))

    def item(self, debt: str, fy: int, section: str, label: str | None, text: str, status: str, page: int) -> None:
        """Add one gold item."""
        self.items.append(Initiative(debt=canonical(debt), debt_raw=debt, fiscal_year=fy, section=section,
                                     label=label, text=fold(text), status=status, page=page))  # type: ignore[arg-type]

    def document(self, pdf: Path, municipality: str, title: str, date: str, date_raw: str) -> Document:
        """The gold record of the built PDF."""
        with pymupdf.open(pdf) as d:
            pages = d.page_count
        return Document(source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=pages),
                        document=DocumentInfo(kind="committee_material", family="kobetsu", municipality=municipality,
                                              title=title, date=date, date_raw=date_raw),
                        facts=self.facts, initiatives=self.items)


def squash(text: str) -> str:
    """Folded text without any white space, for locating printed text on a page."""
    return re.sub(r"\s+", "", fold(text))


def page_texts(pdf: Path) -> list[str]:
    """Each page's squashed text."""
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def page_of(texts: list[str], text: str, first: int = 1) -> int:
    """The first page (1-based, from `first`) whose text holds the opening of `text`."""
    probe = squash(text)[:14]
    return next(i + 1 for i, t in enumerate(texts) if i + 1 >= first and probe in t)


def check(doc: Document, pdf: Path) -> list[str]:
    """Gold facts and items whose printed text is not on their page of the built PDF."""
    texts = page_texts(pdf)
    bad = [f"p.{f.page}: {f.debt_raw} {f.metric} {f.raw}" for f in doc.facts if squash(f.raw) not in texts[f.page - 1]]
    bad += [f"p.{i.page}: {i.debt_raw} {i.text[:20]}" for i in doc.initiatives
            if squash(i.text)[:14] not in texts[i.page - 1]]
    return bad
