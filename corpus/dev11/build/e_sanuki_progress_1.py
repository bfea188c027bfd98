"""さぬき市-style 債権回収・整理計画（中間報告）: 2月末 progress (openpyxl -> LibreOffice, landscape)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from e_common import OUT, PDF, F, I, finish, fmt, rate, soffice_pdf

STEM = "e_sanuki_progress_1"
CITY = "さぬき市"
TITLE = "令和5年度 債権回収・整理計画（中間報告）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"

# 千円: this year (current a,c ; arrears a,c), previous year same
DEBTS = [
    ("市税", "税務課", (4512308, 4168802, 301244, 52106), (4468115, 4110634, 322590, 50321)),
    ("国民健康保険税", "税務課", (1208334, 1012583, 188402, 27318), (1231070, 1025481, 201876, 28260)),
    ("介護保険料", "長寿介護課", (921406, 887314, 24118, 3221), (905227, 870827, 25032, 3104)),
    ("後期高齢者医療保険料", "国保・年金課", (512880, 500552, 6204, 1588), (498120, 485657, 6870, 1649)),
    ("市営住宅使用料", "建設課", (142306, 128641, 38550, 4211), (145880, 131438, 40112, 3972)),
]
DETAIL = {
    "市税": dict(est=(99.10, 25.50), tgt=(99.20, 26.00),
               items=[("(1)", "現年課税分の未納者に対し、納期限後の早い段階で電話と文書による催告を行う。", "継続"),
                      ("(2)", "滞納繰越分は財産調査を徹底し、預貯金・給与等の差押えを優先して実施する。", "継続"),
                      ("(3)", "香川滞納整理推進機構への移管事案を前年度より増やす。", "拡充")]),
    "国民健康保険税": dict(est=(94.20, 21.00), tgt=(94.50, 22.00),
                     items=[("(1)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
                            ("(2)", "口座振替の新規加入者にはWeb口座振替受付サービスを案内する。", "新規")]),
    "市営住宅使用料": dict(est=(96.50, 14.00), tgt=(97.00, 15.00),
                     items=[("(1)", "3か月以上の滞納者には連帯保証人へ通知し、納付指導を求める。", "継続"),
                            ("(2)", "退去者の滞納分は弁護士への回収委託を検討する。", "新規")]),
}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = Font(name="IPAexGothic", size=10)
M = Font(name="IPAexMincho", size=10)
HEAD = PatternFill("solid", fgColor="DDDDDD")


def cell(ws, r, c, v, *, font=M, border=True, align="left", fill=None, wrap=False):
    x = ws.cell(row=r, column=c, value=v)
    x.font = font
    if border:
        x.border = B
    x.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fill:
        x.fill = fill
    return x


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "中間報告"
    for col, w in zip("ABCDEFGHIJ", (22, 12, 14, 14, 9, 14, 14, 9, 9, 4)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "さぬき市 総務部"
    ws.oddFooter.center.text = "&P / &N"
    ws.print_options.horizontalCentered = True
    cell(ws, 1, 1, TITLE, font=Font(name="IPAexGothic", size=14), border=False)
    cell(ws, 2, 1, "令和6年2月29日現在", border=False)
    cell(ws, 4, 1, "１　主要債権の収納状況（2月末）", font=G, border=False)
    cell(ws, 4, 8, "単位：千円、％", border=False, align="right")
    ws.merge_cells("H4:I4")
    r = 5
    heads = [("債権名", 1, 1), ("区分", 2, 2), ("令和5年度（2月末）", 3, 5), ("前年同期（令和4年度2月末）", 6, 8), ("差", 9, 9)]
    for t, a, b in heads:
        cell(ws, r, a, t, font=G, align="center", fill=HEAD)
        for c in range(a + 1, b + 1):
            cell(ws, r, c, None, fill=HEAD)
        if b > a:
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
    for c, t in zip(range(1, 10), ("", "", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "")):
        cell(ws, r + 1, c, t, font=G, align="center", fill=HEAD)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=9, end_row=r + 1, end_column=9)
    r += 2
    rates = {}
    for name, ka, cur, prev in DEBTS:
        for k, (seg, segl) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"))):
            a, c = cur[2 * k], cur[2 * k + 1]
            ap, cp = prev[2 * k], prev[2 * k + 1]
            rt, rp = rate(c, a, 1), rate(cp, ap, 1)
            rates[(name, seg)] = (rt, rp)
            diff = round(rt - rp, 1)
            cell(ws, r, 1, name if k == 0 else None)
            cell(ws, r, 2, segl)
            for col, v in ((3, fmt(a)), (4, fmt(c)), (5, f"{rt:.1f}"), (6, fmt(ap)), (7, fmt(cp)), (8, f"{rp:.1f}"),
                           (9, ("△" if diff < 0 else "") + f"{abs(diff):.1f}")):
                cell(ws, r, col, v, align="right")
            for fy, asof, vals in ((2023, ASOF, (a, c, rt)), (2022, ASOF_PREV, (ap, cp, rp))):
                fyr = "令和5年度（2月末）" if fy == 2023 else "前年同期（令和4年度2月末）"
                facts.append(F(name, fy, fyr, seg, "assessed", "interim", vals[0] * 1000, "yen", fmt(vals[0]), 1, as_of=asof))
                facts.append(F(name, fy, fyr, seg, "collected", "interim", vals[1] * 1000, "yen", fmt(vals[1]), 1, as_of=asof))
                facts.append(F(name, fy, fyr, seg, "collection_rate", "interim", vals[2], "percent", f"{vals[2]:.1f}", 1, as_of=asof))
            r += 1
        ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
    cell(ws, r, 1, "※差は収納率の前年同期との差（ポイント）。", border=False)
    r += 1
    ws.row_breaks.append(Break(id=r))
    r += 1
    cell(ws, r, 1, "２　債権別の状況", font=G, border=False)
    r += 1
    page = 2
    for idx, name in enumerate(DETAIL):
        d = DETAIL[name]
        if idx == 2:
            ws.row_breaks.append(Break(id=r - 1))
            page = 3
        ka = next(x[1] for x in DEBTS if x[0] == name)
        cell(ws, r, 1, f"債権名　{name}", font=G, fill=HEAD)
        for c in range(2, 10):
            cell(ws, r, c, None, fill=HEAD)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell(ws, r, 6, f"担当　{ka}", font=G, fill=HEAD)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
        r += 1
        cell(ws, r, 1, "【収納率】令和6年2月29日時点", font=G, border=False)
        r += 1
        for seg, segl in (("current", "現年分"), ("arrears", "滞納繰越分")):
            rt, rp = rates[(name, seg)]
            cell(ws, r, 1, f"　・{segl}　{rt:.1f}％（前年同期 {rp:.1f}％）", border=False)
            facts.append(F(name, 2023, "令和6年2月29日時点", seg, "collection_rate", "interim", rt, "percent", f"{rt:.1f}％", page, as_of=ASOF))
            facts.append(F(name, 2022, "前年同期", seg, "collection_rate", "interim", rp, "percent", f"{rp:.1f}％", page, as_of=ASOF_PREV))
            r += 1
        # side-by-side headings
        cell(ws, r, 1, "区分", font=G, align="center", fill=HEAD)
        cell(ws, r, 2, "決算見込", font=G, align="center", fill=HEAD)
        cell(ws, r, 3, None, fill=HEAD)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        cell(ws, r, 4, "目標", font=G, align="center", fill=HEAD)
        cell(ws, r, 5, None, fill=HEAD)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        cell(ws, r, 6, "主な取組", font=G, align="center", fill=HEAD)
        for c in (7, 8, 9):
            cell(ws, r, c, None, fill=HEAD)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
        top = r + 1
        text = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in d["items"])
        for lab, t, st in d["items"]:
            inits.append(I(name, 2023, "主な取組", lab, t, st, page))
        for k, (seg, segl) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"))):
            rr = top + k
            cell(ws, rr, 1, segl)
            cell(ws, rr, 2, f"{d['est'][k]:.2f}%", align="right")
            cell(ws, rr, 3, None)
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=3)
            cell(ws, rr, 4, f"{d['tgt'][k]:.2f}%", align="right")
            cell(ws, rr, 5, None)
            ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=5)
            facts.append(F(name, 2023, "令和5年度", seg, "collection_rate", "estimate", d["est"][k], "percent", f"{d['est'][k]:.2f}%", page))
            facts.append(F(name, 2023, "令和5年度", seg, "collection_rate", "target", d["tgt"][k], "percent", f"{d['tgt'][k]:.2f}%", page))
        cell(ws, top, 6, text, wrap=True, align="left")
        for rr in (top, top + 1):
            for c in (6, 7, 8, 9):
                if not (rr == top and c == 6):
                    cell(ws, rr, c, None)
        ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=9)
        ws.row_dimensions[top].height = 48
        ws.row_dimensions[top + 1].height = 48
        ws.cell(row=top, column=6).alignment = Alignment(wrap_text=True, vertical="top")
        r = top + 3
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    soffice_pdf(x, PDF / f"{STEM}.pdf", "sanuki")
    doc = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": ASOF, "date_raw": "令和6年2月29日現在"}
    finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    build()
