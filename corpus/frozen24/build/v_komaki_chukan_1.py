"""小牧市 債権管理の取組状況（中間報告・２月末） (openpyxl -> LibreOffice, landscape, fit to page)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from v_common import F, I, OUT, PDF, check, rate, to_pdf, write_gold

STEM = "v_komaki_chukan_1"
MUNI = "小牧市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
AS_OF, AS_OF_P = "2024-02-29", "2023-02-28"
FONT = "IPAexGothic"

# (debt, ka, seg, assessed, collected, prior assessed, prior collected, estimate rate, target rate)
ROWS = [
    ("市税", "納税課", "現年分", 41862350, 38125904, 41520118, 37766400, 98.95, 99.00),
    ("市税", "納税課", "滞繰分", 1582410, 498214, 1712006, 505140, 33.50, 33.00),
    ("国民健康保険税", "保険年金課", "現年分", 6821470, 5487215, 7015882, 5612020, 94.10, 94.30),
    ("国民健康保険税", "保険年金課", "滞繰分", 1904122, 362871, 2041355, 370118, 20.80, 21.00),
    ("介護保険料", "介護保険課", "現年分", 8104215, 7712008, 7988104, 7584102, 99.20, 99.30),
    ("介護保険料", "介護保険課", "滞繰分", 152880, 22415, 160427, 22104, 16.90, 17.00),
    ("後期高齢者医療保険料", "保険年金課", "計", 5214670, 5027106, 5088910, 4899514, 99.30, 99.40),
    ("保育料", "保育課", "計", 486220, 438915, 502118, 451302, 95.60, 96.00),
    ("市営住宅使用料", "住宅政策課", "計", 598104, 532870, 603227, 535911, 94.40, 94.50),
]
SEGMAP = {"現年分": "current", "滞繰分": "arrears", "計": "total"}


def with_totals():
    out = []
    by = {}
    for r in ROWS:
        by.setdefault(r[0], []).append(r)
    for d, rs in by.items():
        out += [r for r in rs]
        if len(rs) > 1:
            s = [sum(x[i] for x in rs) for i in (3, 4, 5, 6)]
            out.append((d, rs[0][1], "計", *s, None, None))
    return out


ALL = with_totals()
TOT = [sum(r[i] for r in ALL if r[2] == "計") for i in (3, 4, 5, 6)]

thin = Side(style="thin"); hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def sheet_setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "小牧市　債権管理課"; ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"; ws.oddFooter.center.size = 8
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.6
    ws.title = title


def put(ws, r, c, v, bold=False, size=9, h=None, border=True, wrap=False, v_align="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_align, wrap_text=wrap)
    if border:
        cell.border = BOX
    return cell


def r1(x):
    return f"{x:.1f}"


def summary(wb, facts):
    ws = wb.active
    sheet_setup(ws, "総括表")
    widths = [22, 9, 15, 15, 9, 10, 9, 11, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, TITLE + "　― 総括表 ―", True, 14, border=False)
    put(ws, 2, 1, "令和６年２月末現在", False, 10, border=False)
    put(ws, 2, 9, "（単位：千円、％）", False, 9, "right", border=False)
    put(ws, 1, 9, "令和６年３月　債権管理課", False, 9, "right", border=False)
    hdr = ["債権名（所管課）", "区分", "調定額", "収入額", "徴収率", "前年同期\n徴収率との差", "", "決算見込\n徴収率", "目標\n徴収率"]
    for j, h in enumerate(hdr, 1):
        put(ws, 3, j, h, True, 9, "center", wrap=True)
    ws.merge_cells("F3:G3")
    ws.row_dimensions[3].height = 30
    r = 4
    p = 1

    def line(r, name, seg, a, c, pa, pc, est, tgt, debt, segkey):
        rt, prt = rate(c, a), rate(pc, pa)
        put(ws, r, 1, name, size=9, wrap=True); put(ws, r, 2, seg, size=9, h="center")
        put(ws, r, 3, f"{a:,}", h="right"); put(ws, r, 4, f"{c:,}", h="right"); put(ws, r, 5, r1(rt), h="right")
        dd = round(rt - prt, 1)
        put(ws, r, 6, ("▲" if dd < 0 else "+") + f"{abs(dd):.1f}", h="right"); put(ws, r, 7, "", h="right")
        put(ws, r, 8, f"{est:.2f}" if est else "", h="right"); put(ws, r, 9, f"{tgt:.2f}" if tgt else "", h="right")
        put(ws, r + 1, 1, "", size=9); put(ws, r + 1, 2, "", size=9)
        put(ws, r + 1, 3, f"({pa:,})", h="right", size=8); put(ws, r + 1, 4, f"({pc:,})", h="right", size=8)
        put(ws, r + 1, 5, f"({r1(prt)})", h="right", size=8)
        for j in (6, 7, 8, 9):
            put(ws, r + 1, j, "", size=8)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
        ws.merge_cells(start_row=r + 1, start_column=6, end_row=r + 1, end_column=7)
        raw_y = "令和６年２月末"
        facts.extend([
            F(debt, 2023, raw_y, segkey, "assessed", "interim", a * 1000, "yen", f"{a:,}", p, AS_OF, debt_raw=debt or "合計"),
            F(debt, 2023, raw_y, segkey, "collected", "interim", c * 1000, "yen", f"{c:,}", p, AS_OF, debt_raw=debt or "合計"),
            F(debt, 2023, raw_y, segkey, "collection_rate", "interim", rt, "percent", r1(rt), p, AS_OF, debt_raw=debt or "合計"),
            F(debt, 2022, "前年同期", segkey, "assessed", "interim", pa * 1000, "yen", f"({pa:,})", p, AS_OF_P, debt_raw=debt or "合計"),
            F(debt, 2022, "前年同期", segkey, "collected", "interim", pc * 1000, "yen", f"({pc:,})", p, AS_OF_P, debt_raw=debt or "合計"),
            F(debt, 2022, "前年同期", segkey, "collection_rate", "interim", prt, "percent", f"({r1(prt)})", p, AS_OF_P, debt_raw=debt or "合計"),
        ])
        if est:
            facts.append(F(debt, 2023, "決算見込", segkey, "collection_rate", "estimate", est, "percent", f"{est:.2f}", p, debt_raw=debt or "合計"))
        if tgt:
            facts.append(F(debt, 2023, "目標", segkey, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}", p, debt_raw=debt or "合計"))

    line(r, "合　計", "", *TOT, None, None, None, "total"); r += 2
    prev = None
    start = r
    for d, ka, seg, a, c, pa, pc, est, tgt in ALL:
        name = f"{d}\n（{ka}）"
        if d != prev and prev is not None and r - start >= 2:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        if d != prev:
            start = r
        line(r, name if d != prev else "", seg, a, c, pa, pc, est, tgt, d, SEGMAP[seg])
        prev = d
        r += 2
    if r - start >= 2:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    put(ws, r + 1, 1, "注１　下段（　）内は前年同期（令和５年２月末）の数値。　注２　差の欄の▲は前年同期を下回ったもの（単位：ポイント）。", size=8, border=False)
    put(ws, r + 2, 1, "注３　決算見込徴収率及び目標徴収率は令和５年度（出納閉鎖後）の見込み及び目標。合計欄は各債権の計の合計。", size=8, border=False)


SHEETS = {
    "市税": dict(prose="２月末現在、現年分の徴収率は前年同期を上回って推移している。滞繰分は高額事案の差押えと換価が進み、前年同期の実績を上回った。",
                 out=(1036500, "約10億3,650万円"),
                 items=["(ｱ) 納期限後30日以内に文書催告を行い、応答のない者には電話催告を集中して行う。",
                        "(ｲ) 滞繰分は預貯金・給与の調査を早期に完了させ、差押えを速やかに執行する。",
                        "(ｳ) 高額滞納事案は特別整理班に引き継ぎ、捜索・公売を含む処分を進める。"],
                 prev=(98.81, 32.64)),
    "国民健康保険税": dict(prose="現年分は口座振替の加入率向上により堅調に推移している。滞繰分は資格喪失世帯の未納が多いものの、前年同期をやや上回っている。",
                          out=(2357800, "約23億5,780万円"),
                          items=["(ｱ) 短期証更新時の納付相談を徹底し、分納誓約の履行を管理する。",
                                 "(ｲ) 資格喪失世帯には喪失月の翌月に未納額を通知し、早期の納付を促す。",
                                 "(ｳ) 財産が判明した世帯は差押予告を送付し、なお納付のないときは滞納処分を行う。"],
                          prev=(93.92, 19.87)),
    "介護保険料": dict(prose="普通徴収分の現年分徴収率は前年同期を上回っている。滞繰分は給付制限の事前通知の送付により、納付相談が増えている。",
                      out=(485100, "約4億8,510万円"),
                      items=["(ｱ) 普通徴収の新規対象者へ口座振替の案内を送付する。",
                             "(ｲ) 滞納２年目の者へ給付制限の事前通知を送付し、納付相談につなげる。"],
                      prev=(99.14, 16.52)),
}


def debt_sheet(wb, d, pg, facts, inits):
    ws = wb.create_sheet()
    sheet_setup(ws, d)
    for col, w in zip("ABCDEF", [16, 16, 16, 16, 16, 30]):
        ws.column_dimensions[col].width = w
    rows = [r for r in ROWS if r[0] == d]
    ka = rows[0][1]
    sd = SHEETS[d]
    put(ws, 1, 1, "令和５年度後半の取組強化について", True, 13, border=False)
    put(ws, 2, 1, f"債権名　{d}　【{ka}】", True, 11)
    ws.merge_cells("A2:F2")
    put(ws, 4, 1, "【徴収率】令和６年２月末時点", True, 10, border=False)
    r = 5
    for dd, k, seg, a, c, pa, pc, est, tgt in rows:
        rt, prt = rate(c, a, 2), rate(pc, pa, 2)
        put(ws, r, 1, f"・{seg}　{rt:.2f}％（前年同期　{prt:.2f}％）", size=10, border=False)
        facts += [F(d, 2023, "令和６年２月末", SEGMAP[seg], "collection_rate", "interim", rt, "percent", f"{rt:.2f}％", pg, AS_OF),
                  F(d, 2022, "前年同期", SEGMAP[seg], "collection_rate", "interim", prt, "percent", f"{prt:.2f}％", pg, AS_OF_P)]
        r += 1
    r += 1
    put(ws, r, 1, "区分", True, h="center")
    put(ws, r, 2, "前年度決算", True, h="center"); put(ws, r, 3, "決算見込", True, h="center"); put(ws, r, 4, "目標", True, h="center")
    put(ws, r + 1, 1, "", True); put(ws, r + 1, 2, "（令和４年度）", size=8, h="center"); put(ws, r + 1, 3, "（令和５年度）", size=8, h="center")
    put(ws, r + 1, 4, "（令和５年度）", size=8, h="center")
    r += 2
    for (dd, k, seg, a, c, pa, pc, est, tgt), pv in zip(rows, sd["prev"]):
        put(ws, r, 1, f"徴収率（{seg}）", h="center")
        put(ws, r, 2, f"{pv:.2f}％", h="right"); put(ws, r, 3, f"{est:.2f}％", h="right"); put(ws, r, 4, f"{tgt:.2f}％", h="right")
        sk = SEGMAP[seg]
        facts += [F(d, 2022, "令和４年度", sk, "collection_rate", "actual", pv, "percent", f"{pv:.2f}％", pg),
                  F(d, 2023, "令和５年度", sk, "collection_rate", "estimate", est, "percent", f"{est:.2f}％", pg),
                  F(d, 2023, "令和５年度", sk, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}％", pg)]
        r += 1
    r += 1
    put(ws, r, 1, "●主な取組", True, 10, border=False)
    r += 1
    put(ws, r, 1, "\n".join(sd["items"]), size=10, wrap=True, v_align="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 20 * len(sd["items"]) + 8
    for it in sd["items"]:
        lab, txt = it.split(" ", 1)
        inits.append(I(d, 2023, "主な取組", lab, txt, None, pg))
    r += 2
    o, oraw = sd["out"]
    put(ws, r, 1, "取組状況（２月末）", True, 10, border=False)
    r += 1
    txt = sd["prose"] + f"２月末現在の収入未済額は{oraw}である。"
    put(ws, r, 1, txt, size=10, wrap=True, v_align="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 48
    facts.append(F(d, 2023, "２月末", "total", "outstanding", "interim", o * 1000, "yen", oraw, pg, AS_OF, approx=True))


def build_and_gold():
    wb = Workbook()
    facts, inits = [], []
    summary(wb, facts)
    for k, d in enumerate(SHEETS, 2):
        debt_sheet(wb, d, k, facts, inits)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    write_gold(STEM, "progress_report", MUNI, TITLE + "（令和６年２月末現在）", "2024-03-01", "令和６年３月", facts, inits)


if __name__ == "__main__":
    build_and_gold(); check(STEM)
