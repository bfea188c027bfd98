"""Corrections applied over an extraction: fact keys, the editable fields, and the replay of the log.

A fact is named by its key `page|raw|x0,y0` (its page, printed text and the top-left corner of its box, rounded to
the point), or `page|raw|#k` (the k-th fact with that page and text) when it has no box. Keys do not depend on the
order of the facts or on the values a correction changes, so a log written against one conversion applies to the
next conversion of the same PDF (same sha256): a key is found again by page and printed text, nearest box first.
Two facts that would get the same key (one printed cell read as two facts) are told apart by `~1`, `~2` … in
order. A fact added by hand has the key `add:<seq>` of the log entry that added it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from saiken.extract.records import Document, Fact
from saiken.serve.store import Correction

#: Fields a correction may change, with their Japanese labels.
EDITABLE = {"value": "値", "debt": "債権", "fiscal_year": "年度", "segment": "区分", "metric": "項目", "basis": "基準"}
#: Further fields an added fact takes from the form.
ADD_FIELDS = ("raw", "unit", "page", "bbox", "debt_raw", "approx")
SEGMENTS = {"current": "現年", "arrears": "滞納繰越", "total": "計"}
BASES = {"actual": "実績", "target": "目標", "estimate": "見込", "interim": "途中集計"}
METRICS = {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率", "written_off": "不納欠損額",
           "outstanding": "収入未済額", "delinquents": "滞納者数"}
UNITS = {"yen": "円", "percent": "%", "points": "ポイント", "persons": "人", "households": "世帯", "cases": "件",
         "count": "数"}
ACTIONS = {"edit": "修正", "delete": "削除", "add": "追加"}
_BOX_TOLERANCE = 4.0  # points: a box moved by less than this in a new conversion is the same figure


class CorrectionError(ValueError):
    """A correction that cannot be made (unknown fact, bad value); the message is Japanese."""


def fact_keys(facts: list[Fact]) -> list[str]:
    """The key of every fact, in order (see the module docstring); a key met again gets `~n` (n = 1, 2 …)."""
    seen: dict[tuple[int, str], int] = {}
    used: dict[str, int] = {}
    keys = []
    for f in facts:
        if f.bbox is not None:
            key = f"{f.page}|{f.raw}|{f.bbox[0]:.0f},{f.bbox[1]:.0f}"
        else:
            k = seen.get((f.page, f.raw), 0)
            seen[(f.page, f.raw)] = k + 1
            key = f"{f.page}|{f.raw}|#{k}"
        n = used.get(key, 0)
        used[key] = n + 1
        keys.append(key if n == 0 else f"{key}~{n}")
    return keys


def _parse_key(key: str) -> tuple[int, str, tuple[float, float] | None, int | None, int]:
    page, rest = key.split("|", 1)
    raw, where = rest.rsplit("|", 1)
    where, _, dup = where.partition("~")
    nth_dup = int(dup) if dup else 0
    if where.startswith("#"):
        return int(page), raw, None, int(where[1:]), nth_dup
    x, y = where.split(",")
    return int(page), raw, (float(x), float(y)), None, nth_dup


def find_fact(keys: list[str], facts: list[Fact], key: str) -> int | None:
    """The index of the fact a key names: the same key, else the same page and text with the nearest box."""
    if key in keys:
        return keys.index(key)
    if key.startswith("add:"):
        return None
    try:
        page, raw, corner, nth, dup = _parse_key(key)
    except ValueError:
        return None
    same = [i for i, f in enumerate(facts) if f.page == page and f.raw == raw]
    if corner is not None:
        boxed = sorted((abs(facts[i].bbox[0] - corner[0]) + abs(facts[i].bbox[1] - corner[1]), i)
                       for i in same if facts[i].bbox is not None)
        boxed = [b for b in boxed if b[0] <= _BOX_TOLERANCE]
        return boxed[dup][1] if dup < len(boxed) else None
    unboxed = [i for i in same if facts[i].bbox is None]
    return unboxed[nth] if nth is not None and nth < len(unboxed) else None


@dataclass
class Corrected:
    """A document with its corrections applied: keys, provenance ('extracted' | 'corrected' | 'added') per fact."""

    doc: Document
    keys: list[str]
    sources: list[str]
    applied: int = 0
    unmatched: list[Correction] = field(default_factory=list)

    def index_of(self, key: str) -> int | None:
        return self.keys.index(key) if key in self.keys else None


def coerce(fieldname: str, value: Any) -> Any:
    """A form value as the record wants it (None for blank); raises CorrectionError with a Japanese message."""
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            value = None
    if fieldname == "value":
        if value is None:
            raise CorrectionError("値を入力してください")
        if isinstance(value, (int, float)):
            return value
        from saiken.normalize.amounts import find_amounts
        text = str(value).replace(",", "").replace("，", "")
        try:
            v = float(text)
        except ValueError:
            amounts = find_amounts(str(value))
            if not amounts:
                raise CorrectionError(f"値「{value}」を数値として読めません") from None
            return amounts[0].value
        return int(v) if v.is_integer() and "." not in text else v
    if fieldname == "fiscal_year":
        if value is None or isinstance(value, int):
            return value
        text = str(value)
        if text.isdigit() and len(text) == 4:
            return int(text)
        from saiken.normalize.errors import NormalizeError
        from saiken.normalize.wareki import fiscal_year
        try:
            return fiscal_year(text)
        except NormalizeError:
            raise CorrectionError(f"年度「{value}」を読めません（例: 令和6年度、R6、2024）") from None
    if fieldname == "segment" and value is not None and value not in SEGMENTS:
        raise CorrectionError(f"区分「{value}」は current・arrears・total のどれかです")
    if fieldname == "basis" and value is not None and value not in BASES:
        raise CorrectionError(f"基準「{value}」は actual・target・estimate・interim のどれかです")
    if fieldname == "metric" and value is None:
        raise CorrectionError("項目を入力してください")
    if fieldname == "unit" and value not in UNITS:
        raise CorrectionError(f"単位「{value}」は {'・'.join(UNITS)} のどれかです")
    if fieldname == "page":
        return int(value)
    if fieldname == "approx":
        return bool(value) and value not in ("0", "false", "off")
    if fieldname == "bbox" and value is not None:
        if isinstance(value, str):
            value = [float(x) for x in value.split(",")]
        return tuple(float(x) for x in value)[:4] if len(value) == 4 else None
    return value


def apply(doc: Document, log: list[Correction]) -> Corrected:
    """The document with every correction of `log` applied in order (a copy; `doc` is not changed)."""
    doc = doc.model_copy(deep=True)
    facts = list(doc.facts)
    keys = fact_keys(facts)
    sources = ["extracted"] * len(facts)
    out = Corrected(doc, keys, sources)
    for c in log:
        if c.action == "add":
            try:
                data = {k: v for k, v in c.new.items() if k in EDITABLE or k in ADD_FIELDS or k == "area"}
                data.setdefault("page", c.page)
                facts.append(Fact.model_validate(data))
            except ValueError:
                out.unmatched.append(c)
                continue
            keys.append(f"add:{c.seq}")
            sources.append("added")
            out.applied += 1
            continue
        i = find_fact(keys, facts, c.target or "")
        if i is None:
            out.unmatched.append(c)
            continue
        if c.action == "delete":
            del facts[i], keys[i], sources[i]
        else:
            data = facts[i].model_dump()
            data.update({k: v for k, v in c.new.items() if k in EDITABLE})
            try:
                facts[i] = Fact.model_validate(data)
            except ValueError:
                out.unmatched.append(c)
                continue
            if sources[i] == "extracted":
                sources[i] = "corrected"
        out.applied += 1
    doc.facts = facts
    return out


def record_json(c: Corrected) -> dict[str, Any]:
    """The record JSON with corrections applied; changed or added facts carry `source: "corrected"`."""
    data = c.doc.model_dump(mode="json")
    for fact, src in zip(data["facts"], c.sources):
        if src != "extracted":
            fact["source"] = "corrected"
    return data
