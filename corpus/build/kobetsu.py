"""Build corpus/pdf/shizuoka_committee_r8_1.pdf and its gold record from corpus/build/kobetsu_data.py.

    python corpus/build/kobetsu.py

The material is laid out the way a city office makes it: one .xlsx workbook (openpyxl) with a sheet per
page group — 次第, 委員名簿, 参考①, 参考② (schedule), the 資料1 cover, eight landscape 取組個票, three
landscape 取組方針 tables with debts side by side, and a DX reference table that runs onto a second page
with its header repeated — converted to PDF with LibreOffice. Each sheet is fitted to one page (except the
DX sheet), so page numbers are under control; the build then checks every gold fact's printed text on its
page of the built PDF and stops when one is missing.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build import kobetsu_data as D  # noqa: E402
from corpus.build.kobetsu_gold import gold_document, check_pages  # noqa: E402
from corpus.build.kobetsu_sheets import SheetWriter  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402

STEM = "shizuoka_committee_r8_1"
PDF = ROOT / "corpus" / "pdf" / f"{STEM}.pdf"
GOLD = ROOT / "corpus" / "gold" / f"{STEM}.json"


def cover(wb: Workbook) -> None:
    """Page 1: meeting title, date, 次第 and the coming schedule."""
    w = SheetWriter(wb.create_sheet("次第"), [6, 12, 52, 18], size=11)
    w.put(2, 1, D.TITLE, colspan=4, border=False, bold=True, size=16, align="center")
    w.put(4, 3, D.DATE_RAW, colspan=2, border=False, align="right")
    w.put(5, 3, D.TIME_PLACE, colspan=2, border=False, align="right")
    w.put(7, 1, "次　第", colspan=4, border=False, bold=True, size=14, align="center")
    row = 9
    for no, kind, text, ref in D.AGENDA:
        w.put(row, 1, no, border=False)
        w.put(row, 2, kind, border=False)
        w.put(row, 3, text, border=False)
        w.put(row, 4, ref, border=False)
        row += 1
    row += 1
    w.put(row, 1, "今後のスケジュール(予定)", colspan=4, border=False, bold=True)
    for line in D.NEXT_MEETINGS:
        row += 1
        w.put(row, 1, line, colspan=4, border=False)
    w.finish(landscape=False)


def members(wb: Workbook) -> None:
    """Page 2: the committee member list (a bordered three-column table)."""
    w = SheetWriter(wb.create_sheet("名簿"), [14, 28, 24], size=12)
    w.put(2, 1, D.MEMBERS_TITLE, colspan=3, border=False, bold=True, size=14, align="center")
    w.put(4, 1, D.MEMBERS_AS_OF, colspan=3, border=False, align="right")
    for i, (role, title, name) in enumerate(D.MEMBERS):
        for j, text in enumerate((role, title, name)):
            w.put(6 + i, 1 + j, text, valign="center")
    w.finish(landscape=False)


def reference1(wb: Workbook) -> None:
    """Page 3: 参考① — the two boxes of city-wide figures beside the (omitted) chart."""
    w = SheetWriter(wb.create_sheet("参考1"), [50, 6, 50], size=12)
    w.put(1, 1, D.REF1_TITLE, colspan=3, border=False, bold=True, size=14)
    for k, (head, lines) in enumerate(D.REF1_BOXES):
        w.put(3, 1 + 2 * k, head, bold=True, align="center")
        w.put(4, 1 + 2 * k, "\n".join(lines))
    w.put(6, 1, D.REF1_NOTE, colspan=3, border=False)
    w.finish(landscape=True)


def reference2(wb: Workbook) -> None:
    """Page 4: 参考② — the year schedule with month columns and merged spans."""
    w = SheetWriter(wb.create_sheet("参考2"), [4, 18, 20, 30] + [7.5] * 12, size=9)
    w.put(1, 1, D.SCHEDULE_TITLE, colspan=16, border=False, bold=True, size=13)
    for k, head in enumerate(("", "取組等", "実施対象", "実施内容", *D.MONTHS)):
        w.put(3, 1 + k, head, align="center", bold=bool(head))
    for i, (no, name, target, content, spans) in enumerate(D.SCHEDULE):
        row = 4 + i
        for k, text in enumerate((no, name, target, content)):
            w.put(row, 1 + k, text)
        taken = set()
        for start, span, text in spans:
            w.put(row, 5 + start, text, colspan=span, align="center", valign="center")
            taken.update(range(start, start + span))
        for m in set(range(12)) - taken:
            w.put(row, 5 + m, "")
    w.finish(landscape=True)


def material1_cover(wb: Workbook) -> None:
    """Page 5: 資料1 title page with the list of 取組個票 and their pages."""
    w = SheetWriter(wb.create_sheet("資料1"), [6, 56, 6, 14], size=12)
    w.put(1, 4, "資料1", border=True, align="center")
    w.put(3, 1, D.MATERIAL1_TITLE, colspan=4, border=False, bold=True, size=16, align="center")
    w.put(5, 1, "【取組個票の構成】", colspan=4, border=False, bold=True)
    for i, part in enumerate(D.MATERIAL1_PARTS):
        w.put(6 + i, 2, part, colspan=3, border=False)
    w.put(9, 1, "【取組個票】", colspan=4, border=False, bold=True)
    for i, sheet in enumerate(D.SHEETS):
        w.put(10 + i, 1, str(i + 1), border=False)
        w.put(10 + i, 2, sheet.name, border=False)
        w.put(10 + i, 3, "…", border=False)
        w.put(10 + i, 4, f"{6 + i}ページ", border=False, align="right")
    w.finish(landscape=False)


# 取組個票 grid: 12 narrow columns; the header row and the tables merge them differently
KOBETSU_WIDTHS = [9, 9, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]
CAMPAIGN_COLS = [(1, 2), (3, 3), (6, 3), (9, 4)]  # (first column, span) of 実施期間, 現年分, 滞納繰越分, 実績


def kobetsu_sheet(wb: Workbook, n: int, s: D.Sheet) -> None:
    """One 取組個票 page: header row, 滞納整理強化期間 table, ヒアリング table."""
    w = SheetWriter(wb.create_sheet(f"個票{n}"), KOBETSU_WIDTHS, size=8)
    for col, span, text, bold in ((1, 1, "債権名", True), (2, 3, s.name, False), (5, 1, "所属", True),
                                  (6, 2, s.dept, False), (8, 1, "総括課", True), (9, 2, s.chief, False),
                                  (11, 1, "債権区分", True), (12, 1, s.cls, False)):
        w.put(1, col, text, colspan=span, bold=bold, size=9, valign="center", align="center" if bold else "left")
    w.blank(2)
    w.put(3, 1, D.HEADING_CAMPAIGN, colspan=12, border=False, bold=True, size=10)
    period, content, effect, cur, arr = D.CAMPAIGN_HEAD
    w.put(4, 1, period, rowspan=2, colspan=2, align="center", valign="center", bold=True)
    w.put(4, 3, content, colspan=6, align="center", bold=True)
    w.put(4, 9, effect, rowspan=2, colspan=4, align="center", valign="center", bold=True)
    w.put(5, 3, cur, colspan=3, align="center", bold=True)
    w.put(5, 6, arr, colspan=3, align="center", bold=True)
    row = 6
    for body in s.campaign:
        slots = _campaign_slots(body, s.split_effect)
        for (text, rowspan, colspan), (col, span) in zip(body, slots):
            w.put(row, col, text, rowspan=rowspan, colspan=span)
        row += 1
    w.blank(row)
    w.put(row + 1, 1, D.HEADING_HEARING, colspan=12, border=False, bold=True, size=10)
    for k, (label, text) in enumerate(zip(D.HEARING_LABELS, (s.issues, s.improvements))):
        w.put(row + 2 + k, 1, label, colspan=2, valign="center", bold=True)
        w.put(row + 2 + k, 3, text, colspan=10)
    w.finish(landscape=True, header_right="資料1")


def _campaign_slots(body: list[tuple[str, int, int]], split: bool) -> list[tuple[int, int]]:
    """Sheet columns of one 強化期間 body row: cells fill the free columns left to right (rowspans above excluded)."""
    cols = list(CAMPAIGN_COLS)
    if split:
        cols = cols[:3] + [(9, 2), (11, 2)]
    if len(body) == len(cols):
        return cols
    if len(body) == 1 and body[0][2] == 2:  # the 合計 row under a split 実績 column
        return [(9, 4)]
    # continuation row under row-spanning cells: 実施期間 and 滞納繰越分 are new
    return [cols[0], cols[2]]


def policy_sheet(wb: Workbook, n: int, t: D.PolicyTable) -> None:
    """One 取組方針 page: 債権名 header, then 実績推計, 数値目標, 取組方針 and 取組 rows across the debts."""
    width = 150 / len(t.columns)
    w = SheetWriter(wb.create_sheet(f"取組方針{n}"), [14] + [width] * len(t.columns), size=7)
    w.put(1, 1, "債権名", bold=True, align="center", valign="center", size=9)
    for k, c in enumerate(t.columns):
        w.put(1, 2 + k, c.debt, bold=True, align="center", valign="center", size=9)
    for r, label in enumerate(t.row_labels):
        w.put(2 + r, 1, label, valign="center", size=8)
    k = 0
    while k < len(t.columns):
        c = t.columns[k]
        span = len(c.debts) if c.debts else 1
        w.put(2, 2 + k, estimate_text(c))
        w.put(3, 2 + k, target_text(c))
        if c.policy is not None:
            w.put(4, 2 + k, c.policy, colspan=span)
        if c.actions is not None:
            w.put(5, 2 + k, actions_text(c.actions), colspan=span)
        for j in range(1, span):  # columns under a merged cell still carry their own rates
            w.put(2, 2 + k + j, estimate_text(t.columns[k + j]))
            w.put(3, 2 + k + j, target_text(t.columns[k + j]))
        k += span
    w.put(7, 1, t.footnote, colspan=1 + len(t.columns), border=False, size=8)
    w.finish(landscape=True, header_right="資料2")


def estimate_text(c: D.Column) -> str:
    """The 実績推計 cell: one line per rate with the target in parentheses."""
    lines = [f"{r.label} {r.value}({r.paren})" if r.paren else f"{r.label} {r.value}" for r in c.estimate]
    return "\n".join(lines + ([c.estimate_note] if c.estimate_note else []))


def target_text(c: D.Column) -> str:
    """The 数値目標 cell: one line per rate, the 政令市順位 after the last (on its own line when long)."""
    lines = [f"{r.label} {r.value}" for r in c.target]
    if len(lines[-1]) + len(c.rank) > 24:
        lines.append(c.rank)
    else:
        lines[-1] += c.rank
    return "\n".join(lines + ([c.target_note] if c.target_note else []))


def actions_text(paras: list[D.Para]) -> str:
    """The 取組 cell: paragraphs as printed, each tagged item followed by its 【status】."""
    out: list[str] = []
    for p in paras:
        if isinstance(p, D.Item):
            body = "\n".join(p.paras)
            out.append(f"{body}{p.tag_sep}【{p.status}】")
        else:
            out.append(p)
    return "\n".join(out)


DX_WIDTHS = [14, 7, 15, 28, 24, 20, 20, 22]


def dx_sheet(wb: Workbook) -> None:
    """Pages 17-18: the DX reference table, broken after the second block with its header repeated."""
    w = SheetWriter(wb.create_sheet("参考DX"), DX_WIDTHS, size=8)
    w.put(1, 1, D.DX_TITLE, colspan=8, border=False, bold=True, size=12)
    for k, head in enumerate(D.DX_HEAD):
        if k == 3:
            continue
        w.put(2, 1 + k, head, colspan=2 if k == 2 else 1, align="center", bold=True)
    row = 3
    breaks = []
    for i, (name, count, parts, plan, cost, spread, other, note) in enumerate(D.DX_BLOCKS):
        n = len(parts)
        w.put(row, 1, name, rowspan=n, valign="center")
        w.put(row, 2, count, rowspan=n, valign="center")
        for j, (label, debts) in enumerate(parts):
            w.put(row + j, 3, label)
            w.put(row + j, 4, debts)
        for k, text in enumerate((plan, cost, spread, other)):
            w.put(row, 5 + k, text, rowspan=n)
        w.put(row + n, 1, note, colspan=8, size=7)
        row += n + 1
        if i == 1:
            breaks.append(row - 1)
    w.blank(row)
    w.put(row + 1, 1, D.DX_OTHER[0], bold=True)
    w.put(row + 1, 2, D.DX_OTHER[1], colspan=7)
    w.blank(row + 2)
    w.put(row + 3, 1, "主要債権の利用状況", colspan=5, bold=True, align="center")
    for k, head in enumerate(D.USAGE_HEAD):
        w.put(row + 4, 1 + k, head, align="center")
    for i, cells in enumerate(D.USAGE):
        for k, text in enumerate(cells):
            w.put(row + 5 + i, 1 + k, text, align="center")
    w.finish(landscape=True, one_page=False, title_rows="2:2", breaks=tuple(breaks))


def workbook() -> Workbook:
    """The whole committee material as one workbook, sheets in page order."""
    wb = Workbook()
    wb.remove(wb.active)
    cover(wb)
    members(wb)
    reference1(wb)
    reference2(wb)
    material1_cover(wb)
    for n, s in enumerate(D.SHEETS, start=1):
        kobetsu_sheet(wb, n, s)
    for n, t in enumerate(D.POLICY_TABLES, start=1):
        policy_sheet(wb, n, t)
    dx_sheet(wb)
    return wb


def main() -> int:
    """Build the workbook, convert it, write and check the gold."""
    BUILD_OUT.mkdir(parents=True, exist_ok=True)
    xlsx = BUILD_OUT / f"{STEM}.xlsx"
    workbook().save(xlsx)
    to_pdf(xlsx, PDF, profile="kobetsu")
    doc = gold_document(PDF)
    problems = check_pages(doc, PDF)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    GOLD.write_text(json.dumps(doc.model_dump(mode="json", exclude_none=False), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    print(f"{PDF.relative_to(ROOT)}: {doc.source.pages} pages; {GOLD.relative_to(ROOT)}: "
          f"{len(doc.facts)} facts, {len(doc.initiatives)} initiatives, {len(doc.tables)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
