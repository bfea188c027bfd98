"""`draft_plan`: the next 年度's plan document for a municipality, from the dataset and a template.

The template follows the municipality's newest plan document: a 推進シート plan (family suishin) gets
templates/plan_suishin.docx, a committee 取組個票 (family kobetsu) gets templates/plan_kobetsu.docx: the packaged
ones (saiken.templates), or those of the user's folder `templates`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from saiken.generate.context import ContextError, Source, default_year, find_source, kobetsu_context, suishin_context
from saiken.extract.records import Document
from saiken.generate.doc_extras import documents_beside
from saiken.generate.frames import Frames, read_dataset
from saiken.generate.jpformat import nendo
from saiken.generate.docx_style import merge_with_left, spread_columns
from saiken.generate.render import Draft, Finish, render
from saiken.generate.slots import Slot
from saiken.templates import template_path

Builder = Callable[[Frames, Source, int, "dict[str, Document] | None"], dict[str, Any]]

#: Plan layouts: name → (template file, context builder). `--layout` takes these names.
LAYOUTS: dict[str, tuple[str, Builder]] = {
    "suishin": ("plan_suishin.docx", suishin_context),
    "kobetsu": ("plan_kobetsu.docx", kobetsu_context),
}


def side_by_side(document: Any, context: dict[str, Any]) -> None:
    """The 取組方針 tables after rendering: a debt that shares its 取組方針 and 取組 cells with the column to its
    left (printed as one cell in the source) gets them merged into that column's; every table is laid over the
    page's width, the label column as wide as the template's and the debts' columns equal."""
    from docx.oxml.ns import qn
    from docx.shared import Length

    section = document.sections[0]
    total = int(Length(section.page_width - section.left_margin - section.right_margin).twips)
    tables = document.element.body.findall(qn("w:tbl"))
    groups = context.get("tables") or []
    for n, tbl in enumerate(tables):
        debts = groups[n]["debts"] if len(tables) == len(groups) else []
        for tr in tbl.findall(qn("w:tr"))[1:]:
            cells = tr.findall(qn("w:tc"))
            for col in range(len(debts), 0, -1):  # right to left: merging keeps the columns to the left in place
                if debts[col - 1].get("shares_left") and col < len(cells) \
                        and not "".join(t.text or "" for t in cells[col].iter(qn("w:t"))).strip():
                    merge_with_left(tr, col)
        spread_columns(tbl, total)


#: Steps on the rendered document, by layout.
FINISH: dict[str, Finish] = {"kobetsu": side_by_side}


def layout_for(source: Source) -> str:
    """The layout of the municipality's newest plan document; raises ContextError when its family has none."""
    family = source.family or ""
    if family in LAYOUTS:
        return family
    raise ContextError(f"{source.model['file']}: 資料の種類（{family or '不明'}）に合う計画の様式がありません"
                       f"（--layout で {'・'.join(LAYOUTS)} のどれかを指定してください）")


def plan_context(frames: Frames, municipality: str, year: int | None = None, layout: str | None = None,
                 docs: dict[str, Document] | None = None) -> tuple[str, dict[str, Any]]:
    """(layout, template context) for the municipality's plan for `year` (default: the year after its newest plan)."""
    source = find_source(frames, municipality)
    layout = layout or layout_for(source)
    if layout not in LAYOUTS:
        raise ContextError(f"様式 '{layout}' はありません（{'・'.join(LAYOUTS)}）")
    target = year if year is not None else default_year(source)
    context = LAYOUTS[layout][1](frames, source, target, docs)
    if year is not None and not any(filled_figures(context)):
        raise ContextError(no_data_message(frames, source, year))
    return layout, context


def filled_figures(context: Any) -> Iterator[Slot]:
    """Every Slot of a context that holds a figure (a value with a unit)."""
    if isinstance(context, Slot):
        if context.unit is not None and not context.missing:
            yield context
    elif isinstance(context, dict):
        for v in context.values():
            yield from filled_figures(v)
    elif isinstance(context, (list, tuple)):
        for v in context:
            yield from filled_figures(v)


def year_ranges(years: list[int]) -> str:
    """'平成29年度〜令和4年度、令和6年度' for [2017…2022, 2024]."""
    parts: list[str] = []
    start = prev = None
    for y in sorted(set(years)) + [None]:
        if start is not None and (y is None or y != prev + 1):
            parts.append(nendo(start) if start == prev else f"{nendo(start)}〜{nendo(prev)}")
            start = None
        if y is not None and start is None:
            start = y
        prev = y
    return "、".join(parts)


def no_data_message(frames: Frames, source: Source, year: int) -> str:
    """The municipality has no figure for the draft of `year`: name the years its documents have figures for."""
    facts = frames["facts"]
    mine = facts[facts["doc_id"].isin(set(source.documents["doc_id"]))]["fiscal_year"].dropna()
    have = year_ranges([int(y) for y in mine]) or "なし"
    try:
        default = f"。-y を省くと {nendo(default_year(source))}"
    except ContextError:
        default = ""
    return (f"{source.municipality}: {nendo(year)}（{year}年度）の下書きに使える数値がデータセットにありません"
            f"（数値のある年度: {have}{default}）")


def draft_plan(dataset: str | Path | Frames, municipality: str, out: Path, year: int | None = None,
               layout: str | None = None, template: Path | None = None,
               documents: dict[str, Document] | None = None, templates: Path | None = None) -> Draft:
    """Write the plan draft to `out`; returns it with the gaps (figures the dataset lacks) in draft order.
    The converted documents (by sha256) give the texts the dataset does not hold; by default they are the
    `saiken extract` JSON files beside a dataset given as a path. The template is `template`, else the layout's file
    in the folder `templates`, else the packaged one."""
    frames = dataset if isinstance(dataset, dict) else read_dataset(dataset)
    docs = documents if documents is not None or isinstance(dataset, dict) else documents_beside(Path(dataset))
    layout, context = plan_context(frames, municipality, year, layout, docs)
    return render(template or template_path(LAYOUTS[layout][0], templates), context, out, FINISH.get(layout))
