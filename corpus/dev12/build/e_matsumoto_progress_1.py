"""e_matsumoto_progress_1: まつもと市 債権管理の取組状況（12月末現在）(progress_report), openpyxl → LibreOffice,
A4 landscape.

Modelled on 松本市's reporting of 市税・国民健康保険税 収納率 (現年度分 / 滞繰分, 前年度比 ポイント) and on
mid-year progress sheets: a summary with one debt × segment per row and column groups 今年度12月末 | 前年同月 | 差
(unit note 単位：千円、％, rates without %), then per-debt blocks headed 「債権名　X」 with a bracketed heading
【収納率】令和6年12月末時点 over bullets labelled only by segment, side-by-side 決算見込 | 目標 headings and several
numbered 取組 in one cell.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import e_common as E

STEM = "e_matsumoto_progress_1"
CITY = "まつもと市"
TITLE = "令和6年度 債権管理の取組状況（中間報告）"
AS_OF, AS_OF_PREV = "2024-12-31", "2023-12-31"

# 12月末 (千円): current (A, C), arrears (A, C) for 令和6年度 and 令和5年度
D = {
    "市税": (((37904512, 27861337), (1086220, 352915)), ((37516804, 27402118), (1142903, 338412))),
    "国民健康保険税": (((5212604, 3561277), (1384515, 301442)), ((5301227, 3589043), (1452806, 287915))),
    "介護保険料": (((4802116, 3621904), (98217, 21455)), ((4755380, 3579126), (102644, 20918))),
    "後期高齢者医療保険料": (((3215008, 2398712), (21866, 8114)), ((3102447, 2311985), (23015, 8207))),
    "保育料": (((612430, 452118), (41207, 7905)), ((633902, 466251), (44318, 7622))),
    "市営住宅使用料": (((401226, 297115), (88412, 9840)), ((409318, 301004), (91225, 9433))),
    "下水道使用料": (((2604338, 1905220), (62115, 21847)), ((2588106, 1887412), (65903, 22014))),
    "学校給食費": (((712504, 528116), (18337, 3102)), ((705882, 521908), (19206, 3215))),
}
# 決算見込 / 目標 (現年度分, 滞納繰越分)
EST = {"市税": ((99.41, 37.20), (99.45, 36.50)),
       "国民健康保険税": ((94.35, 25.10), (94.50, 26.00)),
       "保育料": ((98.95, 22.40), (99.00, 24.00)),
       "市営住宅使用料": ((98.60, 14.80), (98.80, 15.50))}
BLOCK_INITS = {
    "市税": [("(1)", "納期限後の早期催告として、督促状発送から10日後にSMS催告を実施した。", "継続"),
             ("(2)", "滞納繰越分は年末までに財産調査を終え、預貯金・給与の差押えを集中的に執行した。", "継続"),
             ("(3)", "キャッシュレス納付の利用者が前年同月比で約2割増加しており、引き続き周知を図る。", "拡充")],
    "国民健康保険税": [("(1)", "徴収業務を保険課から納税課に移管し、市税と一体で滞納整理を進めている。", "新規"),
                 ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を確認した。", "継続")],
    "保育料": [("(1)", "児童手当からの徴収について、新規入所世帯の同意取得を徹底した。", "継続"),
             ("(2)", "退所者の滞納分を納税課へ引き継ぎ、財産調査を実施した。", "拡充")],
    "市営住宅使用料": [("(1)", "滞納3か月以上の入居者に面談を行い、連帯保証人への通知を実施した。", "継続"),
                 ("(2)", "退去者の滞納分について支払督促の申立てを準備している。", "新規")],
}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GOTH = "IPAexGothic"


def st(c, bold=False, size=10, h="center", wrap=False, fill=None, border=True, v="center"):
    c.font = Font(name=GOTH, bold=bold, size=size)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "まつもと市 債権管理の取組状況"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6


def build():
    F = E.fact
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, "総括")
    widths = [20, 12, 15, 15, 10, 15, 15, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = TITLE
    st(ws["A1"], True, 15, border=False)
    ws.merge_cells("A2:I2")
    ws["A2"] = "（令和6年12月末現在）　　令和7年1月31日　総務部納税課"
    st(ws["A2"], False, 10, h="right", border=False)
    ws.row_dimensions[1].height = 26

    # prose
    (c6, a6), (c5, a5) = D["市税"]
    r6, r5 = E.rate(c6[1], c6[0], 2), E.rate(c5[1], c5[0], 2)
    ws.merge_cells("A3:I4")
    ws["A3"] = (f"　12月末現在の市税の収納率は、現年度分が{E.fr(r6, 2)}％で前年同月を{r6 - r5:.2f}ポイント上回っている。"
                "国民健康保険税は、徴収業務の移管により滞納繰越分の収納が進んでいる。")
    st(ws["A3"], size=10, h="left", wrap=True, border=False, v="top")
    ws.row_dimensions[3].height = 18
    ws.row_dimensions[4].height = 18
    facts.append(F("市税", 2024, "12月末現在", "current", "collection_rate", "interim", r6, "percent",
                   f"{E.fr(r6, 2)}％", 1, as_of=AS_OF))

    ws["A6"] = "１　債権別収納状況（12月末）"
    st(ws["A6"], True, 11, h="left", border=False)
    ws.merge_cells("G6:I6")
    ws["G6"] = "単位：千円、％"
    st(ws["G6"], size=9, h="right", border=False)
    # header rows 7-8
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:E7")
    ws.merge_cells("F7:H7")
    ws.merge_cells("I7:I8")
    for ref, t in (("A7", "債権名"), ("B7", "区分"), ("C7", "令和6年度（12月末）"), ("F7", "前年同月（令和5年12月末）"),
                   ("I7", "差")):
        ws[ref] = t
    for ref, t in (("C8", "調定額"), ("D8", "収入済額"), ("E8", "収納率"), ("F8", "調定額"), ("G8", "収入済額"),
                   ("H8", "収納率")):
        ws[ref] = t
    for row in ws.iter_rows(min_row=7, max_row=8, max_col=9):
        for c in row:
            st(c, True, 10, wrap=True, fill="DDDDDD")
    ws.print_title_rows = "7:8"
    r = 9
    seg_lbl = (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))
    sums = {(y, s): [0, 0] for y in (6, 5) for s in ("current", "arrears", "total")}
    order = list(D) + [None]
    for debt in order:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.cell(r, 1, debt or "合計")
        for k, (seg, lbl) in enumerate(seg_lbl):
            row = r + k
            ws.cell(row, 2, lbl)
            vals = {}
            anchor = None
            for y, col0, fy, fyraw, asof in ((6, 3, 2024, "令和6年度（12月末）", AS_OF),
                                              (5, 6, 2023, "前年同月（令和5年12月末）", AS_OF_PREV)):
                if debt is None:
                    a, cl = sums[(y, seg)]
                else:
                    cur, arr = D[debt][0 if y == 6 else 1]
                    a, cl = {"current": cur, "arrears": arr,
                             "total": (cur[0] + arr[0], cur[1] + arr[1])}[seg]
                    sums[(y, seg)][0] += a
                    sums[(y, seg)][1] += cl
                rt = E.rate(cl, a, 2)
                vals[y] = rt
                anchor = anchor or E.c(a)
                pg = (anchor, 1, 2)
                ws.cell(row, col0, E.c(a))
                ws.cell(row, col0 + 1, E.c(cl))
                ws.cell(row, col0 + 2, E.fr(rt, 2))
                dr = "合計" if debt is None else debt
                facts.append(F(debt, fy, fyraw, seg, "assessed", "interim", a * 1000, "yen", E.c(a), pg,
                               as_of=asof, debt_raw=dr))
                facts.append(F(debt, fy, fyraw, seg, "collected", "interim", cl * 1000, "yen", E.c(cl), pg,
                               as_of=asof, debt_raw=dr))
                facts.append(F(debt, fy, fyraw, seg, "collection_rate", "interim", rt, "percent", E.fr(rt, 2), pg,
                               as_of=asof, debt_raw=dr))
            dd = round(vals[6] - vals[5], 2)
            ws.cell(row, 9, ("△" if dd < 0 else "") + f"{abs(dd):.2f}")
            for col in range(1, 10):
                c = ws.cell(row, col)
                st(c, bold=(debt is None), size=10, h="right" if col >= 3 else ("left" if col == 1 else "center"))
                ws.row_dimensions[row].height = 19
        r += 3
    ws.cell(r, 1, "※差は収納率の前年同月との差（ポイント）。△は低下。収納率は収入済額÷調定額×100。")
    st(ws.cell(r, 1), size=9, h="left", border=False)

    # ------------- sheet 2: per-debt blocks
    ws2 = wb.create_sheet("債権別")
    setup(ws2, "債権別")
    for i, w in enumerate([16, 16, 16, 16, 16, 16, 16, 16]):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.merge_cells("A1:H1")
    ws2["A1"] = "２　債権ごとの状況と取組"
    st(ws2["A1"], True, 12, h="left", border=False)
    r = 3
    from openpyxl.worksheet.pagebreak import Break
    for bi, debt in enumerate(EST):
        pg2 = 3 + bi // 2
        if bi == 2:
            ws2.row_breaks.append(Break(id=r - 1))
        (c6, a6), (c5, a5) = D[debt]
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws2.cell(r, 1, f"債権名　{debt}")
        for col in range(1, 9):
            st(ws2.cell(r, col), True, 11, h="left", fill="EEEEEE")
        ws2.row_dimensions[r].height = 20
        r += 1
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws2.cell(r, 1, "【収納率】令和6年12月末時点")
        st(ws2.cell(r, 1), True, 10, h="left", border=False)
        r += 1
        for seg, lbl, now, prev in (("current", "現年度分", c6, c5), ("arrears", "滞納繰越分", a6, a5)):
            v6, v5 = E.rate(now[1], now[0], 2), E.rate(prev[1], prev[0], 2)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            ws2.cell(r, 1, f"　・{lbl}　{E.fr(v6, 2)}％（前年同月　{E.fr(v5, 2)}％）")
            st(ws2.cell(r, 1), size=10, h="left", border=False)
            facts.append(F(debt, 2024, "令和6年12月末", seg, "collection_rate", "interim", v6, "percent",
                           f"{E.fr(v6, 2)}％", pg2, as_of=AS_OF))
            facts.append(F(debt, 2023, "前年同月", seg, "collection_rate", "interim", v5, "percent",
                           f"{E.fr(v5, 2)}％", pg2, as_of=AS_OF_PREV))
            r += 1
        # 決算見込 | 目標 side by side
        ws2.cell(r, 1, "区分")
        ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws2.cell(r, 2, "令和6年度決算見込")
        ws2.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws2.cell(r, 4, "令和6年度目標")
        for col in range(1, 6):
            st(ws2.cell(r, col), True, 10, fill="DDDDDD")
        r += 1
        (ec, ea), (tc, ta) = EST[debt]
        for seg, lbl, e, t in (("current", "現年度分", ec, tc), ("arrears", "滞納繰越分", ea, ta)):
            ws2.cell(r, 1, lbl)
            ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws2.cell(r, 2, f"{E.fr(e, 2)}％")
            ws2.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
            ws2.cell(r, 4, f"{E.fr(t, 2)}％")
            for col in range(1, 6):
                st(ws2.cell(r, col), size=10, h="center")
            facts.append(F(debt, 2024, "令和6年度決算見込", seg, "collection_rate", "estimate", e, "percent",
                           f"{E.fr(e, 2)}％", pg2))
            facts.append(F(debt, 2024, "令和6年度目標", seg, "collection_rate", "target", t, "percent",
                           f"{E.fr(t, 2)}％", pg2))
            r += 1
        # 主な取組 in one cell
        items = BLOCK_INITS[debt]
        ws2.cell(r, 1, "主な取組")
        ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws2.cell(r, 2, "\n".join(f"{lb}{tx}【{stt}】" for lb, tx, stt in items))
        st(ws2.cell(r, 1), True, 10)
        for col in range(2, 9):
            st(ws2.cell(r, col), size=10, h="left", wrap=True, v="top")
        ws2.row_dimensions[r].height = 16 * len(items) + 6
        for lb, tx, stt in items:
            inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": 2024, "section": "主な取組",
                          "label": lb, "text": tx, "status": stt, "page": tx})
        r += 2

    E.OUT.mkdir(parents=True, exist_ok=True)
    xl = E.OUT / f"{STEM}.xlsx"
    wb.save(xl)
    pdf = E.to_pdf(xl, E.PDF_DIR / f"{STEM}.pdf", "mat")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-01-31",
                "date_raw": "令和7年1月31日"}
    E.write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
