"""Edition A of the third set (大阪市 令和３年度 ２月末) laid out as an .xlsx, one worksheet per debt, the way the
corpus edition is made (corpus/build/progress.py's SheetWriter), but with the variations listed in
progress_content.py. `build_workbook` returns the workbook and the page keys in print order.
"""
from __future__ import annotations

from openpyxl import Workbook

from corpus.build.progress import DEBT_COLS, LAST, SheetWriter
from corpus.third.build import progress_content as C

THIRD = [(2, 4), (5, 7), (8, LAST)]  # three side-by-side blocks over columns B..K
RATE_TEXT = {"interim": ("{m}月末収納率　{v}　（前年同月　{p}）", "{m}月末徴収率　{v}　（前年度{m}月末　{p}）"),
             "estimate": ("決算見込収納率：{v}（前年度決算：{p}）", "決算見込徴収率　{v}（前年度決算　{p}）"),
             "target": ("目標収納率　{v}（前年度目標　{p}）", "目標徴収率　{v}（前年度目標　{p}）")}
WARD_COLS = [6.0, 14.0] + [14.0] * 6


def rate_lines(b: C.Block, style: int) -> str:
    """The printed rate lines of a block; style 0 uses 収納率 / 前年同月 / colons, style 1 徴収率."""
    return "\n".join(RATE_TEXT[r.kind][style].format(m=fw(C.A_MONTH), v=r.value, p=r.prev) for r in b.rates)


def fw(n: int) -> str:
    """A number in full-width digits, as the sheets print months (２月末)."""
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def item_text(it: C.Item, sep: str = "") -> str:
    """An item as printed: label, tag, text (a '\\n' in the text is a printed line break)."""
    tag = C.A_TAG.format(it.status) if it.status else ""
    return f"{it.label}{sep}{tag}{it.text}"


def debt_line(d: C.Debt) -> str:
    return f"債権名：{d.name}　　所管：{d.dept}"


def head(w: SheetWriter, title: str, d: C.Debt) -> None:
    w.text_row(2, LAST, title, border=False, bold=True, size=12)
    w.text_row(2, LAST, debt_line(d), border=False)
    w.gap()


def section_row(w: SheetWriter) -> None:
    w.text_row(2, LAST, "■" + C.A_SECTION, bold=True)


def side_by_side(w: SheetWriter, d: C.Debt) -> None:
    """市税: three segment blocks side by side, the items below in one cell (no blank line between items)."""
    head(w, C.A_TITLE, d)
    for (c0, c1), b in zip(THIRD, d.blocks):
        w.put(w.row, c0, w.row, c1, b.segment, center=True)
    w.height(1, 16)
    texts = [rate_lines(b, 0) for b in d.blocks]
    for (c0, c1), t in zip(THIRD, texts):
        w.put(w.row, c0, w.row, c1, t)
    w.height(1, max(w.need(t, c0, c1) for (c0, c1), t in zip(THIRD, texts)))
    section_row(w)
    w.text_row(2, LAST, "\n".join(item_text(i) for i in d.items))


def single_block(w: SheetWriter, d: C.Debt, pages: list[str]) -> None:
    """奨学金: one block without a segment label, one row per item, the list continued on the next page."""
    head(w, C.A_TITLE, d)
    w.text_row(2, LAST, rate_lines(d.blocks[0], 0))
    section_row(w)
    for k, it in enumerate(d.items):
        if k == C.A_SHOGAKU_SPLIT:
            w.page_break()
            pages.append(f"{d.name}:plan2")
        w.text_row(2, LAST, item_text(it), min_height=30)


def stacked(w: SheetWriter, d: C.Debt) -> None:
    """国保: blocks one under the other with the segment label in a merged cell on the left, items below."""
    head(w, C.A_TITLE, d)
    for b in d.blocks:
        top = w.row
        w.text_row(2, LAST, rate_lines(b, 1))
        w.put(top, 1, w.row - 1, 1, b.segment, center=True)
    w.gap()
    section_row(w)
    w.text_row(2, LAST, "\n\n".join(item_text(i) for i in d.items))


def status_page(w: SheetWriter, d: C.Debt) -> None:
    """The 具体取組内容の進捗状況 page: 取組内容 / 進捗状況（２月末） rows with vertically written labels."""
    head(w, C.A_STATUS_TITLE, d)
    for label, items in ((C.A_CONTENT, d.content), (C.A_STATUS, d.status)):
        vertical = "\n".join(label.replace("（", "\n（").replace("）", "）"))
        text = "\n".join(item_text(i, "　") for i in items)
        top = w.row
        w.put(top, 2, top + 2, LAST, text)
        w.put(top, 1, top + 2, 1, vertical.replace("\n\n\n", "\n\n"), center=True)
        w.height(3, max(w.need(text, 2, LAST), w.need(vertical, 1, 1)))


def ward_sheet(w: SheetWriter, d: C.Debt) -> None:
    """The ward table: No. and 区名 columns, 令和３年度 / 前年度 / 増減 × 現年度 / 滞納繰越, 合計 last."""
    n = len(WARD_COLS)
    w.text_row(1, n, C.A_WARD_TITLE, border=False, bold=True, size=12)
    w.text_row(1, n, f"債権名：{d.name}", border=False)
    w.gap(8)
    m = fw(C.A_MONTH)
    w.put(w.row, 1, w.row + 1, 1, "No.", center=True)
    w.put(w.row, 2, w.row + 1, 2, "区名", center=True)
    for k, h in enumerate([f"令和３年度\n{m}月末収納率", f"前年度\n{m}月末収納率", "増減\n（ポイント）"]):
        w.put(w.row, 3 + 2 * k, w.row, 4 + 2 * k, h, center=True)
    w.height(1, 30)
    for k in range(3):
        w.put(w.row, 3 + 2 * k, w.row, 3 + 2 * k, "現年度", center=True)
        w.put(w.row, 4 + 2 * k, w.row, 4 + 2 * k, "滞納繰越", center=True)
    w.height(1, 16)
    for k, (ward, vals) in enumerate(C.a_ward_rows(), start=1):
        w.put(w.row, 1, w.row, 1, str(k) if ward != "合計" else "", center=True)
        w.put(w.row, 2, w.row, 2, ward, center=True)
        for j, v in enumerate(vals):
            w.put(w.row, 3 + j, w.row, 3 + j, v, center=True)
        w.height(1, 15)


def finish(w: SheetWriter, title: str) -> None:
    """Page setup as the corpus edition, with this edition's running header."""
    w.finish(title)
    w.ws.oddHeader.right.text = C.A_HEADER


def build_workbook() -> tuple[Workbook, list[str]]:
    """The workbook and the page keys in print order."""
    wb = Workbook()
    pages: list[str] = []
    sheets = [(C.A_SHIZEI, side_by_side), (C.A_SHOGAKU, None), (C.A_KOKUHO, stacked)]
    for k, (d, layout) in enumerate(sheets):
        w = SheetWriter(wb.active if k == 0 else wb.create_sheet(), DEBT_COLS)
        pages.append(f"{d.name}:plan")
        if layout is None:
            single_block(w, d, pages)
        else:
            layout(w, d)
        if d.content or d.status:
            w.page_break()
            pages.append(f"{d.name}:status")
            status_page(w, d)
        finish(w, d.name[:8])
    ww = SheetWriter(wb.create_sheet(), WARD_COLS)
    pages.append(f"{C.A_KOKUHO.name}:ward")
    ward_sheet(ww, C.A_KOKUHO)
    finish(ww, "区別")
    return wb, pages
