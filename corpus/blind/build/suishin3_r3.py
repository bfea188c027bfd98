"""Build the round-3 blind PDF: 尼崎市 債権管理推進シート 令和5年度進捗管理, made in Excel (openpyxl) → LibreOffice.

Producer traits: A4 landscape, one worksheet per 推進シート with a manual page break, shaded two-row
headers, thick outer borders with dotted inner rules, Excel number formats (#,##0 / 0.00%), a running
header and a page-number footer.  Run: python corpus/blind/build/suishin3_r3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import suishin3_data as D  # noqa: E402
from corpus.build.office import to_pdf  # noqa: E402

FONT = "ＭＳ 明朝"
SHADE = PatternFill("solid", fgColor="D9D9D9")
YEN = '#,##0;"△"#,##0'
PCT = "0.00%"
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")


def era(year: int) -> str:
    """令和 label with full-width digits, e.g. 2023 → 令和５年度."""
    n = year - 2018
    return "令和元年度" if n == 1 else f"令和{str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}年度"


def put(ws: Worksheet, ref: str, value, *, merge: str | None = None, bold=False, size=10.5,
        align: Alignment = WRAP, fmt: str | None = None, shade=False) -> None:
    """Write one (optionally merged) cell with font, alignment, number format and shading."""
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = align
    if fmt:
        c.number_format = fmt
    if shade:
        c.fill = SHADE
    if merge:
        ws.merge_cells(f"{ref}:{merge}")


def box(ws: Worksheet, c0: int, r0: int, c1: int, r1: int, inner: str = "thin", header_rows: int = 1) -> None:
    """Borders of a table: medium outer frame, thin verticals, `inner` style between body rows."""
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            top = "medium" if r == r0 else ("thin" if r <= r0 + header_rows else inner)
            bottom = "medium" if r == r1 else ("thin" if r < r0 + header_rows else inner)
            ws.cell(r, c).border = Border(
                left=Side(style="medium" if c == c0 else "thin"), right=Side(style="medium" if c == c1 else "thin"),
                top=Side(style=top), bottom=Side(style=bottom))


def setup(ws: Worksheet, widths: list[float]) -> None:
    """A4 landscape, fit to one page wide, running header and page-number footer."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddHeader.right.text = "第2次尼崎市債権管理推進計画　令和５年度進捗管理"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "- &P -"


def cover(wb: Workbook) -> None:
    """表紙."""
    ws = wb.active
    ws.title = "表紙"
    setup(ws, [14] * 9)
    ws.oddHeader.right.text = ""
    ws.row_dimensions[8].height = 40
    put(ws, "A8", "第2次尼崎市債権管理推進計画", merge="I8", size=20, bold=True, align=CENTER)
    ws.row_dimensions[10].height = 34
    put(ws, "A10", "令和５年度　進捗管理（債権管理推進シート）", merge="I10", size=16, align=CENTER)
    put(ws, "A16", "令和６年８月", merge="I16", size=14, align=CENTER)
    put(ws, "A18", "尼　崎　市", merge="I18", size=14, align=CENTER)
    put(ws, "A20", "（事務局：総務局法務支援担当）", merge="I20", size=11, align=CENTER)


def summary(wb: Workbook) -> None:
    """1 特定債権の収入未済額の状況 (千円), 2 進捗管理の方法."""
    ws = wb.create_sheet("一覧")
    setup(ws, [6, 30, 20, 20, 20, 10])
    put(ws, "A1", "１　特定債権の収入未済額の状況（令和５年度決算）", merge="F1", bold=True, size=12)
    put(ws, "F2", "（単位：千円）", align=RIGHT)
    for col, h in zip("ABCDEF", ["No.", "債権の名称", "令和４年度\n収入未済額", "令和５年度\n収入未済額",
                                 "差額\n（R5−R4）", "種別"]):
        put(ws, f"{col}3", h, align=CENTER, shade=True, bold=True)
    ws.row_dimensions[3].height = 32
    rows = [(s.debt, "強", D.outstanding_sen(s, 3), D.outstanding_sen(s, 4)) for s in D.SHEETS] + D.OTHER_DEBTS
    r = 4
    for i, (name, cls, a, b) in enumerate(rows, start=1):
        put(ws, f"A{r}", i, align=CENTER)
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", a, fmt=YEN, align=RIGHT)
        put(ws, f"D{r}", b, fmt=YEN, align=RIGHT)
        put(ws, f"E{r}", b - a, fmt=YEN, align=RIGHT)
        put(ws, f"F{r}", cls, align=CENTER)
        r += 1
    put(ws, f"A{r}", "合計", merge=f"B{r}", align=CENTER, bold=True)
    put(ws, f"C{r}", sum(x[2] for x in rows), fmt=YEN, align=RIGHT)
    put(ws, f"D{r}", sum(x[3] for x in rows), fmt=YEN, align=RIGHT)
    put(ws, f"E{r}", sum(x[3] - x[2] for x in rows), fmt=YEN, align=RIGHT)
    put(ws, f"F{r}", "")
    box(ws, 1, 3, 6, r, inner="dotted")
    r += 1
    put(ws, f"A{r}", "【凡例：強制徴収公債権＝強・非強制徴収公債権＝非・私債権＝私】", merge=f"F{r}", size=9)
    r += 2
    put(ws, f"A{r}", "２　進捗管理の方法", merge=f"F{r}", bold=True, size=12)
    text = ("特定債権を所管する各課は、債権管理推進シートにより令和５年度の収納状況、目標の達成状況及び"
            "取組の実施状況を取りまとめ、尼崎市債権管理推進会議において進捗の確認を行った。"
            "次頁以降に、このうち国民健康保険料、介護保険料及び下水道使用料の推進シートを掲載する。")
    ws.row_dimensions[r + 1].height = 48
    put(ws, f"A{r + 1}", text, merge=f"F{r + 1}")


def table3(ws: Worksheet, s: D.Sheet, r: int) -> int:
    """2. 直近5か年の収納状況; returns the next free row."""
    t = D.totals(s)
    put(ws, f"A{r}", "２．直近５か年の収納状況", merge=f"E{r}", bold=True)
    put(ws, f"G{r}", f"（単位：{s.unit}）", align=RIGHT)
    r += 1
    h = r
    put(ws, f"A{r}", "区分", merge=f"B{r}", align=CENTER, shade=True, bold=True)
    ws[f"B{r}"].fill = SHADE
    for j, y in enumerate(D.YEARS):
        put(ws, f"{get_column_letter(3 + j)}{r}", f"{era(y)}\n（{y}年度）", align=CENTER, shade=True, bold=True)
    ws.row_dimensions[r].height = 30
    r += 1
    groups = [("現年度分", s.cur_assessed, s.cur_collected, t["cur_rate"]),
              ("滞納繰越分", s.arr_assessed, s.arr_collected, t["arr_rate"]),
              ("合計", t["tot_assessed"], t["tot_collected"], t["tot_rate"])]
    for seg, a, c, rt in groups:
        put(ws, f"A{r}", seg, merge=f"A{r + 2}", align=CENTER)
        for k, (lab, vals, fmt) in enumerate([("調定額", a, YEN), ("収入済額", c, YEN),
                                              ("収納率", [v / 100 for v in rt], PCT)]):
            put(ws, f"B{r + k}", lab)
            for j, v in enumerate(vals):
                put(ws, f"{get_column_letter(3 + j)}{r + k}", v, fmt=fmt, align=RIGHT)
        r += 3
    for lab, vals in [("不納欠損額", s.written_off), ("収入未済額", t["outstanding"]), (s.delinq_label, s.delinquents)]:
        put(ws, f"A{r}", lab, merge=f"B{r}")
        for j, v in enumerate(vals):
            put(ws, f"{get_column_letter(3 + j)}{r}", v, fmt=YEN, align=RIGHT)
        r += 1
    box(ws, 1, h, 7, r - 1, inner="dotted")
    return r + 1


def table4(ws: Worksheet, s: D.Sheet, r: int) -> int:
    """4. 目標と実績: 令和5年度の目標・実績・達成状況 and the remaining targets."""
    t = D.totals(s)
    put(ws, f"A{r}", "４．目標と実績", merge=f"E{r}", bold=True)
    put(ws, f"G{r}", "（収入未済額の単位：円）", merge=f"I{r}", align=RIGHT)
    r += 1
    h = r
    put(ws, f"A{r}", "区分", merge=f"B{r + 1}", align=CENTER, shade=True, bold=True)
    put(ws, f"C{r}", "令和５年度（2023年度）", merge=f"E{r}", align=CENTER, shade=True, bold=True)
    put(ws, f"F{r}", "今後の目標", merge=f"I{r}", align=CENTER, shade=True, bold=True)
    for j, lab in enumerate(["目標", "実績", "達成状況"] + [era(y) for y in D.TARGET_YEARS[1:]]):
        put(ws, f"{get_column_letter(3 + j)}{r + 1}", lab, align=CENTER, shade=True, bold=True)
    for ref in (f"B{r}", f"A{r + 1}", f"B{r + 1}"):
        ws[ref].fill = SHADE
    r += 2
    out_actual = D.yen(s, t["outstanding"][4])
    rows = [("現年度分 収納率", s.target_cur, t["cur_rate"][4], PCT, 100, True),
            ("滞納繰越分 収納率", s.target_arr, t["arr_rate"][4], PCT, 100, True),
            ("収入未済額（全体）", s.target_out, out_actual, '#,##0" 円"', 1, False)]
    for lab, tg, actual, fmt, div, higher in rows:
        put(ws, f"A{r}", lab, merge=f"B{r}")
        ok = actual >= tg[0] if higher else actual <= tg[0]
        put(ws, f"C{r}", tg[0] / div, fmt=fmt, align=RIGHT)
        put(ws, f"D{r}", actual / div, fmt=fmt, align=RIGHT)
        put(ws, f"E{r}", "達成" if ok else "未達成", align=CENTER)
        for j, v in enumerate(tg[1:]):
            put(ws, f"{get_column_letter(6 + j)}{r}", v / div, fmt=fmt, align=RIGHT)
        r += 1
    box(ws, 1, h, 9, r - 1, header_rows=2)
    return r + 1


def table5(ws: Worksheet, s: D.Sheet, r: int) -> int:
    """5. 目標達成に向けた取組の実施状況 (区分 column holds 【継続】【新規】【拡充】)."""
    put(ws, f"A{r}", "５．目標達成に向けた取組の実施状況", merge=f"F{r}", bold=True)
    r += 1
    h = r
    for ref, end, lab in [("A", "B", "方策"), ("C", None, "区分"), ("D", "F", "取組内容"),
                          ("G", "I", "令和５年度の実施状況")]:
        put(ws, f"{ref}{r}", lab, merge=f"{end}{r}" if end else None, align=CENTER, shade=True, bold=True)
    for col in "BEFHI":
        ws[f"{col}{r}"].fill = SHADE
    r += 1
    start = r
    for i, (policy, status, text, done) in enumerate(s.measures):
        last = i + 1 == len(s.measures) or s.measures[i + 1][0] != policy
        if i == 0 or s.measures[i - 1][0] != policy:
            start = r
        put(ws, f"C{r}", f"【{status}】", align=CENTER)
        put(ws, f"D{r}", text, merge=f"F{r}")
        put(ws, f"G{r}", done, merge=f"I{r}")
        ws.row_dimensions[r].height = 44
        if last:
            put(ws, f"A{start}", policy.replace("の方策", "の\n方策"), merge=f"B{r}", align=CENTER)
        r += 1
    box(ws, 1, h, 9, r - 1)
    return r + 1


def sheet(wb: Workbook, s: D.Sheet) -> None:
    """One 債権管理推進シート on two pages."""
    ws = wb.create_sheet(s.debt)
    setup(ws, [11, 16, 17, 17, 17, 17, 17, 17, 17])
    put(ws, "A1", "債権管理推進シート（令和５年度進捗管理）", merge="I1", bold=True, size=13, align=CENTER)
    put(ws, "A2", "債権名", align=CENTER, shade=True)
    put(ws, "B2", s.debt, merge="D2")
    put(ws, "E2", "所管課名", align=CENTER, shade=True)
    put(ws, "F2", s.office, merge="I2")
    box(ws, 1, 2, 9, 2, header_rows=0)
    put(ws, "A4", "１．債権の概要", merge="E4", bold=True)
    put(ws, "A5", s.kind, merge="I5")
    r = table3(ws, s, 7)
    put(ws, f"A{r}", "３．収納状況に関する説明", merge=f"E{r}", bold=True)
    for note in s.notes:
        r += 1
        put(ws, f"A{r}", "・" + note, merge=f"I{r}")
    ws.row_breaks.append(Break(id=r))
    r = table4(ws, s, r + 1)
    table5(ws, s, r)


def build() -> Path:
    """Write the workbook and convert it; returns the PDF path."""
    wb = Workbook()
    cover(wb)
    summary(wb)
    for s in D.SHEETS:
        sheet(wb, s)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    xlsx = out / f"{D.STEM}.xlsx"
    wb.save(xlsx)
    return to_pdf(xlsx, HERE.parent / "pdf" / f"{D.STEM}.pdf", profile="suishinblind3")


if __name__ == "__main__":
    print(build())
