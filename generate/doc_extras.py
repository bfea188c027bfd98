"""What a draft needs that the extraction records do not hold, read from the converted document's own tables
and page texts (`tables[].rows`, `pages[].text`): a 推進シート's 所管課名, 債権の概要, scope note, 補足説明 and the
targets printed as "-"; a 取組方針's section headings and lead-in sentences, full indicator labels, 政令市順位 and
推計 note. Nothing here is computed or guessed: every string is one the document prints.

The documents are the `saiken extract` JSON files beside the dataset (a folder, or the folder of the SQLite store);
a draft made without them (Python callers passing frames) simply keeps its placeholders.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extract.records import Document
from normalize.text import fold

#: Target-table rows by their first label: 現年 / 滞納繰越 rates.
_TARGET_ROWS = {"現年": "current", "滞納繰越": "arrears"}
_YEAR = re.compile(r"[（(](\d{4})年度[)）]")
_HEADING = re.compile(r"^\s*(\d+)[.．]\s*")


def name_key(text: str) -> str:
    """A printed name for matching: folded, without spaces."""
    return re.sub(r"\s+", "", fold(text or ""))


@dataclass
class SheetExtras:
    """What one 推進シート prints beside its figures."""

    debt: str
    office: str | None = None
    overview: str | None = None
    scope_note: str | None = None
    remarks: str | None = None
    #: (segment, fiscal year) of target cells printed as "-"
    dashes: set[tuple[str, int]] = field(default_factory=set)


def documents_beside(dataset: Path) -> dict[str, Document]:
    """The converted documents (by sha256) in the dataset's folder: the folder itself, or the SQLite file's."""
    from dataset.store import load_folder

    folder = dataset if dataset.is_dir() else dataset.parent
    try:
        docs, _ = load_folder(folder)
    except Exception:  # no folder, unreadable: drafts keep their placeholders
        return {}
    return {doc.source.sha256: doc for _, doc in docs}


def _join_wrapped(lines: list[str]) -> str:
    """Lines of a paragraph the PDF wrapped, joined; a line starting with 【 or ・ or a number starts a new one."""
    out: list[str] = []
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not re.match(r"^(【|・|\(\d+\)|（\d+）|[①-⑳])", line) and not out[-1].startswith("【"):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _section(text: str, number: int) -> list[str]:
    """The lines of the numbered section `number.` of a sheet's text, up to the next numbered heading."""
    lines = text.split("\n")
    out: list[str] = []
    inside = False
    for line in lines:
        m = _HEADING.match(line)
        if m:
            if inside:
                break
            inside = int(m.group(1)) == number
            if inside:
                out.append(line[m.end():])
            continue
        if inside:
            out.append(line)
    return out


def suishin_extras(doc: Document) -> dict[str, SheetExtras]:
    """Per debt (name key), the texts a 推進シート prints: found from the 債権名/所管課名 head table of each sheet."""
    heads = [(i, t) for i, t in enumerate(doc.tables)
             if t.rows and len(t.rows[0]) >= 4 and name_key(t.rows[0][0]) == "債権名"
             and name_key(t.rows[0][2]) == "所管課名"]
    pages = {p.page: p.text for p in doc.pages}
    out: dict[str, SheetExtras] = {}
    for n, (i, head) in enumerate(heads):
        debt = name_key(head.rows[0][1])
        if not debt:
            continue
        last_page = heads[n + 1][1].page - 1 if n + 1 < len(heads) else max(pages or [head.page])
        end_table = heads[n + 1][0] if n + 1 < len(heads) else len(doc.tables)
        text = "\n".join(pages.get(p, "") for p in range(head.page, last_page + 1))
        extras = SheetExtras(debt=debt, office=head.rows[0][3].strip() or None)
        overview = _section(text, 1)
        extras.overview = _join_wrapped(overview[1:]) or None if overview else None
        status = "".join(_section(text, 3)[:4])
        note = re.search(r"収納状況\s*([(（][^()（）]*[)）])", status)
        extras.scope_note = note.group(1).strip() if note and "単位" not in note.group(1) else None
        for t in doc.tables[i + 1:end_table]:
            _read_target_table(t.rows, extras)
        out[debt] = extras
    return out


def _read_target_table(rows: list[list[str]], extras: SheetExtras) -> None:
    """The 目標 table: its 補足説明 row and the cells printed as '-'."""
    if not rows:
        return
    years = [int(m.group(1)) if (m := _YEAR.search(c)) else None for c in rows[0]]
    if not any(years):
        return
    for row in rows[1:]:
        label = name_key(row[0]) if row else ""
        if label == "補足説明":
            text = next((c.strip() for c in row[1:] if c.strip()), "")
            extras.remarks = text or extras.remarks
        elif label in _TARGET_ROWS and any("収入率" in c or "収納率" in c for c in row[1:2]):
            for year, cell in zip(years, row, strict=False):
                if year and cell.strip() in ("-", "－", "―", "ー"):
                    extras.dashes.add((_TARGET_ROWS[label], year))
