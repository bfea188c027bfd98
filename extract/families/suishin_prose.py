"""Prose of a 推進シート plan outside its tables: the 全庁 取組 items (its figures are read by the shared text reader).

- Items: under a heading that names 取り組む(べき)事項 (「4 全庁において取り組むべき事項」), each line opening with a
  katakana label (ア, イ …) starts an item that runs to the next label, (1)/(2) subheading or numbered heading; its
  text is the title and the paragraph under it, its `section` the subheading (brackets dropped), its `label` (1)ア,
  its status a 【継続】/【新規】/【拡充】 tag printed at either end of the title or of the item, its debt null (these items apply to every debt).
- Facts: 「令和9年度末の収入未済額を42.7億円以下とする」 → a city-wide outstanding target of that year;
  「平成29年度と令和3年度の比較では、約36.1%(約93.8億円⇒約59.9億円)の収入未済額が減少」 → the two years'
  outstanding actuals (the sentence must name 収入未済額). Both are for the whole city (debt null), segment total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.families.suishin_items import join_lines, status_of
from saiken.extract.layout import Page
from saiken.extract.records import Initiative

_HEADING = re.compile(r"^\d{1,2}(?:[.．]\s*|\s+)\S")
_ITEMS_HEADING = re.compile(r"取り?組(む|むべき)事項")
_SUBHEADING = re.compile(r"^[(（](\d{1,2})[)）]\s*(.*)$")
_ITEM = re.compile(r"^([ア-ン])[\s　]+(\S.*)$")


@dataclass
class _Item:
    page: int
    label: str
    section: str | None
    lines: list[str] = field(default_factory=list)


def _section_name(text: str) -> str:
    return text.strip().strip("【】[]〔〕").strip() or text.strip()


def citywide_items(pages: list[Page]) -> list[Initiative]:
    """The katakana-labelled items under 取り組む(べき)事項 headings, in page order (see module docstring)."""
    items: list[_Item] = []
    active = False
    sub: tuple[str, str | None] = ("", None)
    current: _Item | None = None
    for page in pages:
        for line in page.lines_outside_grids():
            t = line.text.strip()
            if not t:
                continue
            if _HEADING.match(t) and not t.endswith("。"):
                active, current, sub = bool(_ITEMS_HEADING.search(t)), None, ("", None)
                continue
            if not active:
                continue
            if m := _SUBHEADING.match(t):
                sub, current = (f"({m.group(1)})", _section_name(m.group(2)) or None), None
                continue
            if m := _ITEM.match(t):
                current = _Item(page.number, f"{sub[0]}{m.group(1)}", sub[1], [m.group(2)])
                items.append(current)
            elif current is not None:
                current.lines.append(t)
    out = []
    for it in items:
        status, title = status_of(it.lines[0])  # a tag closing the title line, before the paragraph
        if status is None:
            status, text = status_of(join_lines(it.lines))
        else:
            text = join_lines([title, *it.lines[1:]])
        out.append(Initiative(section=it.section, label=it.label, text=text, status=status,  # type: ignore[arg-type]
                              page=it.page))
    return out
