"""The record model shared by every stage: the typed output contract of `saiken extract`.

The shape follows ../shared/spec/records.md (schema_version "1"), with the additive fields listed in
README.md (schema_version "1.1"): `pages` (the page text), `Table.raw_rows`, `Table.continued_from`,
`Fact.bbox`, `Fact.table`, `Initiative.raw`. Readers of "1" can ignore them.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

Kind = Literal["minutes", "committee_material", "progress_report", "plan", "unknown"]
Segment = Literal["current", "arrears", "total"]
Basis = Literal["actual", "target", "estimate", "interim"]
Unit = Literal["yen", "percent", "points", "persons", "households", "cases", "count"]
Status = Literal["継続", "新規", "拡充"]
Severity = Literal["error", "warning", "info"]

#: The six metrics the contract fixes; others may appear (e.g. "difference", "rank").
CORE_METRICS = ("assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents")

BBox = tuple[float, float, float, float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Source(_Model):
    """The converted file: name, content hash and page count."""

    file: str
    sha256: str
    pages: int


class DocumentInfo(_Model):
    """What the document is: kind, municipality, title and date (ISO and as printed)."""

    kind: Kind = "unknown"
    family: str | None = None
    municipality: str | None = None
    title: str | None = None
    date: str | None = None
    date_raw: str | None = None


class Fact(_Model):
    """One number printed in the document, typed and traced to its page and printed text."""

    debt: str | None = None
    debt_raw: str | None = None
    fiscal_year: int | None = None
    fiscal_year_raw: str | None = None
    segment: Segment | None = None
    metric: str
    basis: Basis | None = None
    as_of: str | None = None
    value: float | int
    unit: Unit
    approx: bool = False
    raw: str
    page: int = Field(ge=1)
    area: str | None = None
    bbox: BBox | None = None
    table: int | None = None  # index into Document.tables, where the fact came from a table
    ocr: bool = False  # read by OCR from a scanned page (extract/ocr.py)
    confidence: float | None = None  # the OCR engine's confidence (0..1) for the words the fact was read from


class Initiative(_Model):
    """One 取組 item with its tag (【継続】【新規】【拡充】) and label ((2)①ア)."""

    debt: str | None = None
    debt_raw: str | None = None
    fiscal_year: int | None = None
    section: str | None = None
    label: str | None = None
    text: str
    status: Status | None = None
    page: int = Field(ge=1)


class Attendee(_Model):
    """A person at a meeting: role (本部長, 本部員, 事務局, 委員…) and title (副市長, 財政局長…)."""

    role: str | None = None
    title: str
    name: str | None = None


class Statement(_Model):
    """One speaker block of the minutes."""

    speaker: str
    section: str | None = None
    text: str
    page: int | None = None


class Minutes(_Model):
    """The structured content of 議事要旨 / 会議録."""

    title: str | None = None
    meeting_number: int | None = None
    date: str | None = None
    method: str | None = None
    attendees: list[Attendee] = Field(default_factory=list)
    agenda: list[str] = Field(default_factory=list)
    materials: list[str] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)


class Table(_Model):
    """A table as a grid of cell texts (normalized) with the printed texts in `raw_rows`."""

    page: int = Field(ge=1)
    bbox: BBox
    rows: list[list[str]]
    raw_rows: list[list[str]] | None = None
    continued_from: int | None = None  # index of the table this one continues (split across pages)
    pages: list[int] | None = None  # every page a stitched table spans
    # the shared layer's reading of the table's structure (schema 1.2): where its headers, labels and figures are,
    # and what the page says about it; None where the table holds no figures
    header_rows: int | None = None  # rows that head the table (column headers)
    label_columns: list[int] | None = None  # columns that label the rows (row headers: debt, segment, year)
    value_columns: list[int] | None = None  # columns that hold figures
    caption: str | None = None  # the title, unit note and 債権名 box printed above the table
    column_heads: dict[int, str] | None = None  # headings printed above the table over some columns (決算 | 目標)
    debt: str | None = None  # the debt the page outline gives the table (債権名 box, heading), as printed


class DocWarning(_Model):
    """A problem found in the document; processing went on."""

    page: int | None = None
    code: str
    message: str


class PageText(_Model):
    """The text of one page in reading order, running headers and footers removed."""

    page: int = Field(ge=1)
    text: str


class Document(_Model):
    """One converted PDF: the whole output of `saiken extract` for it."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    facts: list[Fact] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    minutes: Minutes | None = None
    tables: list[Table] = Field(default_factory=list)
    warnings: list[DocWarning] = Field(default_factory=list)
    pages: list[PageText] = Field(default_factory=list)


class Finding(_Model):
    """One audit finding (contract of `saiken audit`)."""

    rule: str
    severity: Severity
    document: str
    page: int | None = None
    debt: str | None = None
    fiscal_year: int | None = None
    printed: str | None = None
    expected: str | None = None
    message: str
    facts: list[Fact] = Field(default_factory=list)
    note: str | None = None
    other: list[dict[str, object]] = Field(default_factory=list)
