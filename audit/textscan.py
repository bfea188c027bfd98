"""Page text for the text rules: folded (full-width digits to ASCII), and numbers with units read from it."""
from __future__ import annotations

import re
from fractions import Fraction

from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Printed, decimals_of
from saiken.extract.records import Fact
from saiken.normalize.text import fold

UNIT_SCALE = {"億円": 10**8, "億": 10**8, "万円": 10**4, "万": 10**4, "千円": 1000, "百万円": 10**6, "円": 1,
              "件": 1, "人": 1, "世帯": 1, "名": 1, "%": 1, "％": 1, "ポイント": 1}
NUM = r"(約)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(百万円|千円|万円|億円|円|件|人|世帯|名|%|ポイント)"


def folded_pages(doc: AuditDoc) -> list[tuple[int, str]]:
    """(page, folded text) for every page of a document."""
    return [(p, fold(doc.page_text(p))) for p in doc.page_numbers()]


def printed_amount(approx: str | None, number: str, unit: str) -> tuple[Printed, str]:
    """A number read from prose, in base units (yen, count, percent), and its unit family."""
    tok = number.replace(",", "")
    scale = Fraction(UNIT_SCALE.get(unit, 1))
    family = "yen" if "円" in unit else ("pct" if unit in ("%", "％", "ポイント") else "count")
    return Printed(Fraction(tok) * scale, scale / 10 ** decimals_of(tok), bool(approx)), family


def compact(text: str) -> str:
    """Text with line breaks and spaces removed (sentences broken across lines read as one)."""
    return re.sub(r"\s+", "", text)


_BEFORE = re.compile(r"[はがも、]")
_AFTER = re.compile(r"^[^0-9]{0,3}(?:であ|とな|と前|に|で|。|、|まで|から)")


def is_prose_fact(doc: AuditDoc, fact: Fact) -> bool:
    """True when a fact outside any table sits in a sentence (「収納率は９９.１６％であった」), not in a
    label–value line of a sheet: its page text has the figure after は・が・、 and before であ・とな・。 etc."""
    if fact.table is not None:
        return False
    text = compact(fold(doc.page_text(fact.page)))
    raw = compact(fold(fact.raw))
    start = text.find(raw)
    while raw and start >= 0:
        end = start + len(raw)
        if _BEFORE.search(text[max(0, start - 12):start]) and _AFTER.match(text[end:end + 8]):
            return True
        start = text.find(raw, start + 1)
    return False
