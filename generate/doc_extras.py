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

from saiken.extract.records import Document
from saiken.normalize.text import fold

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
    from saiken.dataset.store import load_folder

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


# --- 取組方針 (kobetsu): the committee's table, one column per debt -------------------------------------------

_MARKER = re.compile(r"\(\d+\)|[①-⑳]|(?<![ァ-ヶ])[ア-ン]\)")
_TAG = re.compile(r"【(継続|新規|拡充)】")
_ESTIMATE = re.compile(r"(?P<label>[^()（）%]+?)\s*(?P<value>-?\d+(?:\.\d+)?%)[(（](?P<target>[^()（）]*)[)）]")
_RANK = re.compile(r"【([^】]*(?:位|:-|：-))】")


@dataclass
class Block:
    """One paragraph of a 取組 cell as printed: a heading ((1)滞納の発生防止…), a lead-in sentence, or an item."""

    kind: str  # heading, lead, item
    text: str


@dataclass
class PolicyExtras:
    """What a 取組方針 column prints beside the figures the records hold."""

    debt: str
    blocks: list[Block] = field(default_factory=list)
    estimate_labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rank: str | None = None
    #: the source table the column is printed in ("<sha256 head>:<table index>"): debts printed side by side in one
    #: table stay together in the draft
    table: str | None = None
    #: the 取組方針 and 取組 cells are one cell with the column to the left (水道料金 | 下水道使用料 share theirs):
    #: printed empty in this column, filled in the left one
    shares_left: bool = False


def _line_segments(text: str) -> list[str]:
    """The pieces of a page's lines between spaces: one column's line each, in a multi-column table."""
    return [seg for line in text.split("\n") for seg in re.split(r"[ \u3000]+", line.strip()) if seg]


def visual_width(text: str) -> float:
    """Printed width in full-width characters (a half-width letter or digit counts a half)."""
    import unicodedata

    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


def _split_heading(segment: str, lines: list[str], width: float) -> tuple[str | None, str]:
    """(heading, rest) when the segment starts with a line of its own that is a heading: printed alone on its
    line (shorter than the column's full lines) and not ending a sentence; else (None, segment)."""
    best = None
    for line in lines:
        if len(line) < len(segment) and segment.startswith(line) and visual_width(line) <= width - 3 \
                and not line.endswith(("。", "、", "】")) and (best is None or len(line) > len(best)):
            best = line
    if best is None:
        return None, segment
    return best, segment[len(best):]


def cell_blocks(cell: str, lines: list[str]) -> list[Block]:
    """A 取組 cell as headings, lead-in sentences and items, in printed order."""
    inside = [ln for ln in lines if ln in cell]
    width = max((visual_width(ln) for ln in inside), default=0.0)
    cuts = [m.start() for m in _MARKER.finditer(cell)]
    pieces = [cell[a:b] for a, b in zip([0, *cuts], [*cuts, len(cell)], strict=True) if cell[a:b].strip()]
    blocks: list[Block] = []
    for piece in pieces:
        heading, rest = _split_heading(piece, inside, width) if _MARKER.match(piece) else (None, piece)
        if heading:
            blocks.append(Block("heading", heading))
        parts = [p for p in re.split(r"(?<=[】。])(?=・)", rest) if p.strip()] if _TAG.search(rest) else [rest]
        for part in parts:
            if not part.strip():
                continue
            kind = "item" if _TAG.search(part) else ("heading" if _MARKER.match(part) and visual_width(part) <= width - 3
                                                      and not part.endswith("。") else "lead")
            blocks.append(Block(kind, part.strip()))
    return blocks


def kobetsu_extras(doc: Document) -> dict[str, PolicyExtras]:
    """Per debt (name key), the 取組方針 table's printed texts: the 取組 cell's headings and lead-ins, the full
    indicator labels and notes of the 実績推計 cell, the 政令市順位 of the 数値目標 cell."""
    pages = {p.page: p.text for p in doc.pages}
    out: dict[str, PolicyExtras] = {}
    for n, t in enumerate(doc.tables):
        if not t.rows or name_key(t.rows[0][0]) != "債権名":
            continue
        rows = {name_key(r[0]): r for r in t.rows[1:] if r}
        measures = next((r for k, r in rows.items() if k.startswith("数値目標の達成")), None)
        estimate = next((r for k, r in rows.items() if "実績推計" in k), None)
        goal = next((r for k, r in rows.items() if "数値目標" in k and "実績推計" not in k
                     and not k.startswith("数値目標の達成")), None)
        if measures is None:
            continue
        lines = _line_segments("\n".join(pages.get(p, "") for p in (t.pages or [t.page])))
        policy = next((r for k, r in rows.items() if k == "取組方針"), None)

        def filled(row: list[str] | None, j: int) -> bool:
            return row is not None and j < len(row) and bool(row[j].strip())

        for j, name in enumerate(t.rows[0][1:], start=1):
            debt = name_key(name)
            if not debt:
                continue
            ex = PolicyExtras(debt=debt, table=f"{doc.source.sha256[:12]}:{n}")
            ex.shares_left = j > 1 and not filled(measures, j) and not filled(policy, j) \
                and filled(measures, j - 1) and (policy is None or filled(policy, j - 1))
            cell = measures[j] if j < len(measures) else ""
            ex.blocks = cell_blocks(cell, lines) if cell.strip() else []
            if estimate is not None and j < len(estimate):
                text = estimate[j]
                ex.estimate_labels = [m.group("label").strip() for m in _ESTIMATE.finditer(text)]
                ex.notes = [n.strip() for n in re.findall(r"※[^※]+", text)]
            if goal is not None and j < len(goal):
                rank = _RANK.search(goal[j])
                ex.rank = rank.group(1) if rank else None
            out[debt] = ex
    return out


def estimate_note(doc: Document) -> str | None:
    """The note saying when the 実績推計 was made (※令和7年度第3回債権管理委員会(令和8年1月)時点での推計値)."""
    for p in doc.pages:
        for line in p.text.split("\n"):
            line = line.strip()
            if line.startswith("※") and "推計" in line and "時点" in line:
                return line
    return None
