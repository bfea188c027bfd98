"""Normalizers: 和暦 years and dates, amounts and units, 債権 names, and number-safe text folding.

`run(doc)` is the pipeline stage: it fills `debt` from `debt_raw` (the canonical name from normalize/debts.yaml,
or the name as printed when the dictionary does not know it, with one DocWarning "unknown_debt" per name; total
rows such as 合計・計・小計 keep None) and
`fiscal_year` from `fiscal_year_raw` (DocWarning "unparsed_year" when unreadable), only where the parser left
them None. Raw fields are never changed.
"""
from __future__ import annotations

import re

from saiken.extract.lexicon import LEXICON
from saiken.extract.records import DocWarning, Document, Fact, Initiative

from .debts import DebtDictionary, load_dictionary
from .errors import NormalizeError
from .text import fold
from .wareki import fiscal_year

__all__ = ["NormalizeError", "legend_aliases", "run"]


#: Row labels of totals: not a debt, so `debt` stays None and no unknown-name warning is raised.
TOTAL_LABEL = re.compile(r"^(?:総?合計|総計|小計|計|全体|全市|\d+区合計|区合計|" + LEXICON.all_debts.pattern + ")$")
#: A class of debts (強制徴収公債権, 私債権) or a group's subtotal (強制徴収公債権小計, 小計（非強制徴収公債権）): no one debt.
GROUP_LABEL = re.compile(r"^[A-D]?[(（]?(?:非?強制徴収公債権|私債権|公債権)[)）]?(?:小?計)?$|小計$|^小計[(（].*[)）]$")


#: A legend of short names: 国保税＝国民健康保険税、介護料＝介護保険料 (also 「国保」は国民健康保険料, 国保：国民健康保険料).
LEGEND = re.compile(r"(?<![一-鿿ァ-ヶ])([一-鿿ァ-ヶ]{2,8})\s*(?:[＝=]|[:：](?=\s*[一-鿿]))\s*([一-鿿ァ-ヶー（）()]{3,24}?)(?=[、。，,\s）)]|$)")


def legend_aliases(texts: list[str], dictionary: DebtDictionary | None = None) -> dict[str, str]:
    """Short names a document defines for debts in a legend (国保税＝国民健康保険税): {short name: canonical name},
    only where the long name is in the dictionary and the short one is not."""
    dictionary = dictionary or load_dictionary()
    out: dict[str, str] = {}
    for text in texts:
        for m in LEGEND.finditer(fold(text)):
            short, full = m.group(1), m.group(2)
            hit = dictionary.lookup(full)
            if hit is not None and dictionary.lookup(short) is None:
                out[short] = hit[0]
    return out


def _several(name: str, dictionary: DebtDictionary) -> bool:
    """True for a printed name listing two debts or more (介護保険料・後期高齢者医療保険料): no one debt."""
    parts = [p for p in re.split(r"[・、]|及び", re.sub(r"\s+", "", fold(name))) if p]
    return len(parts) >= 2 and all(dictionary.lookup(p) is not None for p in parts)


def _fill_debt(item: Fact | Initiative, dictionary: DebtDictionary, unknown: dict[str, int | None],
               aliases: dict[str, str] | None = None) -> None:
    if item.debt is not None or not item.debt_raw:
        return
    squashed = re.sub(r"\s+", "", fold(item.debt_raw))
    if TOTAL_LABEL.match(squashed) or GROUP_LABEL.search(squashed) or _several(item.debt_raw, dictionary) \
            or squashed.endswith("等"):  # 市税等: several debts together
        return
    m = dictionary.match(item.debt_raw)
    if m.canonical is not None:
        item.debt = m.canonical
        return
    if aliases and (own := aliases.get(squashed)):
        item.debt = own  # 介護料 in a document whose legend says 介護料＝介護保険料
        return
    item.debt = item.debt_raw.strip()
    unknown.setdefault(item.debt_raw, item.page)


def run(doc: Document, dictionary: DebtDictionary | None = None, aliases: dict[str, str] | None = None) -> Document:
    """The document with `debt` and `fiscal_year` filled where None (see the module docstring); same object.
    `aliases`: the document's own short names for debts (legend_aliases)."""
    dictionary = dictionary or load_dictionary()
    unknown: dict[str, int | None] = {}
    bad_years: dict[str, tuple[int | None, str]] = {}
    for item in [*doc.facts, *doc.initiatives]:
        _fill_debt(item, dictionary, unknown, aliases)
    for fact in doc.facts:
        if fact.fiscal_year is None and fact.fiscal_year_raw:
            try:
                fact.fiscal_year = fiscal_year(fact.fiscal_year_raw)
            except NormalizeError as e:
                bad_years.setdefault(fact.fiscal_year_raw, (fact.page, str(e)))
    known_codes = {(w.code, w.message) for w in doc.warnings}
    for name, page in unknown.items():
        cands = dictionary.candidates(name)
        hint = f"（候補: {'、'.join(c for c, _ in cands)}）" if cands else ""
        message = f"債権名「{name}」は債権辞書にありません{hint}"
        if ("unknown_debt", message) not in known_codes:
            doc.warnings.append(DocWarning(page=page, code="unknown_debt", message=message))
    for raw, (page, reason) in bad_years.items():
        message = f"年度を読めません: {reason}"
        if ("unparsed_year", message) not in known_codes:
            doc.warnings.append(DocWarning(page=page, code="unparsed_year", message=message))
    return doc
