"""Render a docxtpl template with the draft filters, list its gaps, and write the .docx atomically.

Filters a template can use (see README.md, 「テンプレートを直す」):
- years and dates: `nendo` (令和9年度), `nendo_w` (令和9年度 (2027年度)), `wdate` (令和8年6月3日(水)), `fw` (full width);
- values (`Slot`s, in a `{{r … }}` tag): `fig` (by unit), `yen('千円', suffix='円')`, `rate`, `count('人')`, `text`.
  A missing Slot prints 「（要入力）」 highlighted and is recorded as a gap. Every filter takes `fw=True` for
  full-width digits.
Data is XML-escaped (`&`, `<`), and a variable the context lacks stops the draft with the template's name.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate, RichText

from generate import jpformat
from generate.docx_style import apply_east_asian_fonts, ensure_cell_paragraphs
from generate.slots import PLACEHOLDER, Gap, Slot


class TemplateFieldError(ValueError):
    """The template names a field the draft's data does not have (a typo in Word, or the wrong template)."""


@dataclass
class Draft:
    """A written draft: where it is and every placeholder left in it."""

    path: Path
    gaps: list[Gap] = field(default_factory=list)


def _run(text: str, highlight: bool = False) -> RichText:
    """A RichText run; highlighted runs carry Word's yellow text highlight."""
    rt = RichText(text)
    if highlight:
        rt.xml = rt.xml.replace("<w:r>", '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr>', 1)
    return rt


class _Filters:
    """The value filters, bound to the gap list of one rendering."""

    def __init__(self, gaps: list[Gap]) -> None:
        self.gaps = gaps

    def _value(self, slot: Any, fmt: Callable[[Any], str]) -> RichText:
        if not isinstance(slot, Slot):
            slot = Slot(slot, "（説明のない項目）")
        if slot.missing:
            self.gaps.append(Gap(slot.label))
            return _run(PLACEHOLDER, highlight=True)
        return _run(fmt(slot.value))

    def yen(self, slot: Any, unit: str = "円", suffix: str = "", fw: bool = False) -> RichText:
        """An amount in `unit` with separators and △, plus `suffix` (e.g. ' 円')."""
        return self._value(slot, lambda v: jpformat.format_yen(float(v), unit, fw=fw) + suffix)

    def rate(self, slot: Any, decimals: int = 2, suffix: str = "%", fw: bool = False) -> RichText:
        """A percentage with `decimals` places (95.44%)."""
        return self._value(slot, lambda v: jpformat.format_rate(float(v), decimals, suffix, fw=fw))

    def count(self, slot: Any, suffix: str = "", fw: bool = False) -> RichText:
        """A count with separators (27,971 / 27,971人)."""
        return self._value(slot, lambda v: jpformat.format_count(float(v), suffix, fw=fw))

    def text(self, slot: Any, fw: bool = False) -> RichText:
        """A text value (line breaks kept)."""
        return self._value(slot, lambda v: jpformat.fullwidth(str(v)) if fw else str(v))

    def fig(self, slot: Any, fw: bool = False) -> RichText:
        """A value formatted by its unit: yen in 円, percent as a rate, counts with separators."""
        unit = slot.unit if isinstance(slot, Slot) else None
        if unit == "yen":
            return self.yen(slot, fw=fw)
        if unit in ("percent", "points"):
            return self.rate(slot, fw=fw)
        if unit in ("persons", "households", "cases", "count"):
            return self.count(slot, fw=fw)
        return self.text(slot, fw=fw)


def make_env(gaps: list[Gap]) -> jinja2.Environment:
    """The Jinja2 environment for drafts: strict about unknown fields, escaping data, with the draft filters."""
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    f = _Filters(gaps)
    env.filters.update({
        "yen": f.yen, "rate": f.rate, "count": f.count, "text": f.text, "fig": f.fig,
        "nendo": jpformat.nendo, "nendo_w": jpformat.nendo_with_western,
        "fw": lambda v: jpformat.fullwidth(str(v)), "wdate": jpformat.wadate,
    })
    return env


def check_fields(template: Path, context: dict[str, Any]) -> None:
    """Raise TemplateFieldError when the template uses a top-level name the context does not give."""
    missing = DocxTemplate(str(template)).get_undeclared_template_variables(make_env([]), context)
    if missing:
        names = "', '".join(sorted(missing))
        raise TemplateFieldError(f"{template}: 不明な項目 '{names}'（このテンプレートに渡すデータにありません）")


def write_atomic(save: Callable[[str], None], out: Path) -> None:
    """Call `save(tmp_path)` for a file beside `out`, then move it over `out` in one step."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render(template: Path, context: dict[str, Any], out: Path) -> Draft:
    """Render `template` with `context` into `out` (atomically); returns the draft with its gaps in order."""
    if not template.is_file():
        raise FileNotFoundError(f"{template}: テンプレートが見つかりません")
    check_fields(template, context)
    gaps: list[Gap] = []
    tpl = DocxTemplate(str(template))
    try:
        tpl.render(context, make_env(gaps), autoescape=True)
    except jinja2.UndefinedError as e:
        raise TemplateFieldError(f"{template}: 不明な項目（{e.message}）") from e
    except jinja2.TemplateSyntaxError as e:
        raise TemplateFieldError(f"{template}: タグの書き方に誤りがあります（{e.message}）") from e
    apply_east_asian_fonts(tpl.docx)
    ensure_cell_paragraphs(tpl.docx)
    write_atomic(tpl.save, out)
    return Draft(out, gaps)
