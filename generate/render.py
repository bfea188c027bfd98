"""Render a docxtpl template with the draft filters, list its gaps, and write the .docx atomically.

Filters a template can use (see README.md, 「テンプレートを直す」):
- years and dates: `nendo` (令和9年度), `nendo_w` (令和9年度 (2027年度)), `wdate` (令和8年6月3日(水)), `fw` (full width;
  `fw(flag)` only when the flag is true);
- values (`Slot`s, in a `{{r … }}` tag): `fig` (by unit), `yen('千円', suffix='円')`, `rate`, `count('人')`, `text`.
  A missing Slot prints 「（要入力）」 highlighted and is recorded as a gap. Every filter takes `fw=True` for
  full-width digits.
Data is XML-escaped (`&`, `<`), and a variable the context lacks stops the draft with the template's name.
"""
from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import jinja2
from docx.oxml.ns import qn
from docxtpl import DocxTemplate, RichText

from saiken.dataset.files import normal_mode
from saiken.generate import jpformat
from saiken.generate.docx_style import apply_east_asian_fonts, ensure_cell_paragraphs
from saiken.generate.slots import PLACEHOLDER, Gap, Slot


class TemplateFieldError(ValueError):
    """The template names a field the draft's data does not have (a typo in Word, or the wrong template)."""


@dataclass
class Draft:
    """A written draft: where it is and every placeholder left in it."""

    path: Path
    gaps: list[Gap] = field(default_factory=list)
    gap_list: Path | None = None  # the （要入力） list as a workbook beside the draft (None when nothing is missing)


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
        try:
            return _run(fmt(slot.value))
        except (TypeError, ValueError, ArithmeticError):  # a cell the source printed as text ("-") stays as printed
            return _run(str(slot.value))

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

    def fig(self, slot: Any, fw: bool = False, units: bool = False) -> RichText:
        """A value formatted by its unit: yen in 円, percent as a rate, counts with separators; with `units`, yen
        and points carry their unit (1,624,000,000円, 0.20ポイント) where no column header states it."""
        unit = slot.unit if isinstance(slot, Slot) else None
        if unit == "yen":
            return self.yen(slot, fw=fw, suffix="円" if units else "")
        if unit == "points" and units:
            return self.rate(slot, fw=fw, suffix="ポイント")
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
        "fw": lambda v, on=True: jpformat.fullwidth(str(v)) if on else str(v), "wdate": jpformat.wadate,
    })
    return env


def open_template(template: Path) -> DocxTemplate:
    """The template as a DocxTemplate; TemplateFieldError (Japanese) when it is missing or not a Word .docx file."""
    if not template.is_file():
        raise FileNotFoundError(f"{template}: テンプレートが見つかりません")
    problem = None
    if not zipfile.is_zipfile(template):
        with template.open("rb") as fh:
            head = fh.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            problem = "古い Word 形式（.doc）です。Word で開き「.docx」形式で保存し直してください"
        elif head.startswith(b"%PDF"):
            problem = "PDF です。テンプレートには Word の .docx ファイルを指定してください"
        else:
            problem = "Word の文書（.docx）ではありません"
    else:
        with zipfile.ZipFile(template) as z:
            if "word/document.xml" not in z.namelist():
                problem = "Word の文書（.docx）ではありません（Excel などの別の形式です）"
    if problem:
        raise TemplateFieldError(f"{template}: {problem}")
    return DocxTemplate(str(template))


#: docxtpl's tag prefixes ({%p for %}, {{r x }}), stripped before Jinja reads a paragraph's text.
_DOCXTPL_PREFIX = re.compile(r"(\{%|\{\{)(?:p|tr|tc|r)\s")
_BLOCK_TAG = re.compile(r"\{%-?\s*(\w+)")


def _paragraphs(template: Path) -> list[tuple[str, str]]:
    """(place, text) of every paragraph with a tag: 本文 (tables included, in reading order), then headers/footers."""
    doc = docx.Document(str(template))
    out: list[tuple[str, str]] = []
    for part, root in [("本文", doc.element.body)] + [
            ("ヘッダー・フッター", rel.target_part.element) for rel in doc.part.rels.values()
            if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external]:
        for n, p in enumerate(root.iter(qn("w:p")), start=1):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            out.append((f"{part} {n}段落目", text))
    return out


def syntax_error_message(template: Path, error: jinja2.TemplateSyntaxError) -> str:
    """'plan.docx: 本文 12段落目「{{ title|text }」: 「}」の位置が正しくありません…' for a Jinja syntax error."""
    paras = _paragraphs(template)
    lineno = error.lineno
    env = make_env([])
    try:  # the paragraphs as lines: Jinja's line number is then the paragraph
        env.parse("\n".join(_DOCXTPL_PREFIX.sub(r"\1 ", t) for _, t in paras))
    except jinja2.TemplateSyntaxError as e:
        lineno = e.lineno
    message = error.message or ""
    end = re.search(r"looking for the following tags: '(\w+)'", message)
    if end:  # an unclosed block: point at the paragraph that opens it
        stack: list[int] = []
        for i, (_, text) in enumerate(paras, start=1):
            for tag in _BLOCK_TAG.findall(_DOCXTPL_PREFIX.sub(r"\1 ", text)):
                if tag in ("for", "if"):
                    stack.append(i)
                elif tag in ("endfor", "endif") and stack:
                    stack.pop()
        lineno = stack[-1] if stack else lineno
        what = f"対応する {{% {end.group(1)} %}} がありません"
    elif (m := re.match(r"unexpected '(.+?)'", message)) or (m := re.match(r"unexpected char '(.+?)'", message)):
        what = f"「{m.group(1)}」の位置が正しくありません（{{{{ … }}}} と {{% … %}} の括弧の組を確認してください）"
    elif m := re.match(r"Encountered unknown tag '(.+?)'", message):
        what = f"知らないタグ「{m.group(1)}」です"
    else:
        what = f"タグの書き方に誤りがあります（{message}）"
    if 1 <= lineno <= len(paras):
        place, text = paras[lineno - 1]
        return f"{template}: {place}「{text.strip()[:60]}」: {what}"
    return f"{template}: {what}"


def check_fields(template: Path, context: dict[str, Any]) -> None:
    """Raise TemplateFieldError when the template is not a .docx, has a tag Jinja cannot read (with the paragraph),
    or uses a top-level name the context does not give."""
    tpl = open_template(template)
    try:
        missing = tpl.get_undeclared_template_variables(make_env([]), context)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateFieldError(syntax_error_message(template, e)) from None
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
        normal_mode(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: A last step on the rendered document before it is saved (the layout of tables a column loop widened).
Finish = Callable[[docx.document.Document, dict[str, Any]], None]


def render(template: Path, context: dict[str, Any], out: Path, finish: Finish | None = None) -> Draft:
    """Render `template` with `context` into `out` (atomically); returns the draft with its gaps in order.
    `finish(document, context)` runs on the rendered document before it is saved."""
    check_fields(template, context)
    gaps: list[Gap] = []
    tpl = open_template(template)
    try:
        tpl.render(context, make_env(gaps), autoescape=True)
    except jinja2.UndefinedError as e:
        raise TemplateFieldError(f"{template}: 不明な項目（{e.message}）") from e
    except jinja2.TemplateSyntaxError as e:
        raise TemplateFieldError(syntax_error_message(template, e)) from e
    if finish is not None:
        finish(tpl.docx, context)
    apply_east_asian_fonts(tpl.docx)
    ensure_cell_paragraphs(tpl.docx)
    write_atomic(tpl.save, out)
    draft = Draft(out, gaps)
    draft.gap_list = write_gap_list(draft)
    return draft


def gap_list_path(out: Path) -> Path:
    """Where the （要入力） list of a draft goes: 推進シート.docx → 推進シート_要入力.xlsx beside it."""
    return out.with_name(f"{out.stem}_要入力.xlsx")


def write_gap_list(draft: Draft) -> Path | None:
    """The draft's （要入力） places as a workbook staff can work through (番号, 項目, 場所, 記入内容, 済); a list left
    from an earlier draft of the same name is removed when nothing is missing any more."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = gap_list_path(draft.path)
    if not draft.gaps:
        path.unlink(missing_ok=True)
        return None
    wb = Workbook()
    ws = wb.active
    ws.title = "要入力"
    ws.append(["番号", "要入力の項目", "場所", "記入内容", "済"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for i, gap in enumerate(draft.gaps, start=1):
        ws.append([i, gap.label, gap.part, None, None])
    for col, width in zip("ABCDE", (6, 60, 10, 60, 6), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    write_atomic(lambda tmp: wb.save(tmp), path)
    return path
