"""東湊市 主要債権の収納状況（2月末）(progress_report): openpyxl -> LibreOffice, one sheet per page."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import Facts, OUT, PDF, check, comma, init, rate, rnd, to_pdf, write_gold  # noqa: E402

STEM = "n_higashiminato_progress_1"
CITY = "東湊市"
TITLE = "令和５年度 主要債権の収納状況と年度末に向けた取組（令和６年２月末現在）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

# 2月末 amounts (千円) and rates
DEBTS = [
    dict(name="市税", ka="財政局 納税課",
         amt={"current": (41206518, 39874233), "arrears": (1386240, 402771)},
         prev={"current": 96.58, "arrears": 27.92, "total": 93.61},
         est={"current": 99.12, "arrears": 33.40}, tgt={"current": 99.10, "arrears": 32.00},
         last={"current": 99.05, "arrears": 31.12},
         wards=[("湊区", 96.91, 96.70, 29.84, 28.33), ("中央区", 97.02, 96.88, 30.12, 29.05),
                ("北区", 96.55, 96.41, 27.46, 27.80), ("南区", 96.62, 96.35, 28.70, 27.11)],
         items=[("ア", "３月の出納整理期間に向け、現年度分の未納者全員に文書催告を行う。", "継続"),
                ("イ", "預貯金の差押えを２月・３月に集中して執行する。", "継続"),
                ("ウ", "高額事案は区役所から納税課特別整理係へ移管し、年度内の処理を図る。", "拡充")]),
    dict(name="国民健康保険料", ka="健康福祉局 保険年金課",
         amt={"current": (6318440, 4539120), "arrears": (1904332, 362415)},
         prev={"current": 71.20, "arrears": 18.55, "total": 58.97},
         est={"current": 93.85, "arrears": 24.10}, tgt={"current": 94.20, "arrears": 25.00},
         last={"current": 93.61, "arrears": 23.48},
         wards=None,
         items=[("ア", "資格喪失世帯への納付勧奨通知を３月上旬に送付する。", "継続"),
                ("イ", "分納誓約の不履行世帯には、財産調査を経て差押予告を行う。", "継続"),
                ("ウ", "口座振替の勧奨を、保険証更新時の案内に同封して行う。", "新規")]),
    dict(name="介護保険料", ka="健康福祉局 介護保険課",
         amt={"current": (5120906, 4896118), "arrears": (301227, 40318)},
         prev={"current": 95.39, "arrears": 12.87, "total": 90.91},
         est={"current": 98.92, "arrears": 15.20}, tgt={"current": 99.00, "arrears": 15.50},
         last={"current": 98.87, "arrears": 14.63},
         wards=None,
         items=[("ア", "普通徴収の未納者に対し、年金支給月に合わせて催告書を送付する。", "継続"),
                ("イ", "時効が近い滞納分は、分納誓約による時効更新を優先する。", "継続")]),
    dict(name="保育所保育料", ka="こども青少年局 保育課",
         amt={"current": (1012564, 951208), "arrears": (88113, 15902)},
         prev={"current": 93.41, "arrears": 19.22, "total": 87.45},
         est={"current": 98.70, "arrears": 21.00}, tgt={"current": 98.80, "arrears": 22.00},
         last={"current": 98.55, "arrears": 20.36},
         wards=None,
         items=[("ア", "児童手当からの申出徴収を、未納のある全世帯に案内する。", "継続"),
                ("イ", "卒園予定児童の保護者に、３月までの完納を個別に依頼する。", "新規")]),
]
HOUSING = dict(name="市営住宅使用料", now={"current": 95.42, "arrears": 14.88}, prev={"current": 95.10, "arrears": 15.36})

thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def cell(ws, ref, val, *, bold=False, size=10, grid=False, h=None, wrap=False, v="center"):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if grid:
        c.border = GRID
    return c


def setup(ws, title):
    ws.title = title
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "東湊市 財政局 債権管理課"
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "&P"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def rates_of(d):
    out = {}
    a_t = c_t = 0
    for seg in ("current", "arrears"):
        a, c = d["amt"][seg]
        out[seg] = rate(c, a)
        a_t += a
        c_t += c
    out["total"] = rate(c_t, a_t)
    return out, (a_t, c_t)


def diff(a, b):
    x = rnd(a - b)
    return ("△" if x < 0 else "") + f"{abs(x):.2f}"


def build():
    facts, inits = Facts(), []
    wb = Workbook()
    # ---------------- sheet 1: summary, one debt per row, segment x period column groups, no % sign
    ws = wb.active
    setup(ws, "総括")
    for col, w in zip("ABCDEFGH", (24, 12, 12, 10, 12, 12, 10, 4)):
        ws.column_dimensions[col].width = w
    cell(ws, "A1", TITLE, bold=True, size=14)
    cell(ws, "A3", "１　主要債権の徴収率（２月末）", bold=True, size=11)
    cell(ws, "G4", "単位：％、ポイント", size=9, h="right")
    ws.merge_cells("A5:A6"); cell(ws, "A5", "債権名", grid=True, h="center", bold=True)
    ws.merge_cells("B5:D5"); cell(ws, "B5", "現年度分", grid=True, h="center", bold=True)
    ws.merge_cells("E5:G5"); cell(ws, "E5", "滞納繰越分", grid=True, h="center", bold=True)
    for ref, t in zip(("B6", "C6", "D6", "E6", "F6", "G6"), ("5年度2月末", "4年度2月末", "増減") * 2):
        cell(ws, ref, t, grid=True, h="center", bold=True, size=9)
    for ref in ("A6", "C5", "D5", "F5", "G5"):
        ws[ref].border = GRID
    r = 7
    summary_rows = [(d["name"], rates_of(d)[0], d["prev"]) for d in DEBTS]
    summary_rows.append((HOUSING["name"], HOUSING["now"], HOUSING["prev"]))
    for name, now, prev in summary_rows:
        cell(ws, f"A{r}", name, grid=True)
        for cols, seg in ((("B", "C", "D"), "current"), (("E", "F", "G"), "arrears")):
            cell(ws, f"{cols[0]}{r}", f"{now[seg]:.2f}", grid=True, h="right")
            cell(ws, f"{cols[1]}{r}", f"{prev[seg]:.2f}", grid=True, h="right")
            cell(ws, f"{cols[2]}{r}", diff(now[seg], prev[seg]), grid=True, h="right")
            facts.add(name, FY, "5年度2月末", seg, "collection_rate", "interim", now[seg], "percent",
                      f"{now[seg]:.2f}", 1, as_of=ASOF)
            facts.add(name, FYP, "4年度2月末", seg, "collection_rate", "interim", prev[seg], "percent",
                      f"{prev[seg]:.2f}", 1, as_of=ASOF_PREV)
        r += 1
    cell(ws, f"A{r + 1}", "※ 5年度2月末は令和6年2月29日現在、4年度2月末は令和5年2月28日現在の数値である。", size=9)
    cell(ws, f"A{r + 2}", "※ 増減の△は前年同期を下回ったことを示す。", size=9)
    cell(ws, f"A{r + 4}", "２　債権別の状況は次ページ以降のとおり。", size=10)

    # ---------------- one sheet per debt
    for idx, d in enumerate(DEBTS):
        pno = idx + 2
        name = d["name"]
        ws = wb.create_sheet()
        setup(ws, name)
        for col, w in zip("ABCDEFG", (22, 16, 16, 14, 16, 16, 14)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:D1")
        cell(ws, "A1", f"債権名　{name}", bold=True, size=13, grid=True)
        for ref in ("B1", "C1", "D1"):
            ws[ref].border = GRID
        cell(ws, "E1", f"【{d['ka']}】", size=10)
        now, (a_t, c_t) = rates_of(d)
        cell(ws, "A3", "【徴収率】令和６年２月２９日時点", bold=True, size=11)
        segn = {"current": "現年度分", "arrears": "滞納繰越分", "total": "合計"}
        rr = 4
        for seg in ("current", "arrears", "total"):
            cell(ws, f"A{rr}", f"　・{segn[seg]}　{now[seg]:.2f}％（前年同期 {d['prev'][seg]:.2f}％）", size=10)
            facts.add(name, FY, "令和６年２月２９日時点", seg, "collection_rate", "interim", now[seg], "percent",
                      f"{now[seg]:.2f}％", pno, as_of=ASOF)
            facts.add(name, FYP, "前年同期", seg, "collection_rate", "interim", d["prev"][seg], "percent",
                      f"{d['prev'][seg]:.2f}％", pno, as_of=ASOF_PREV)
            rr += 1
        # amounts table
        cell(ws, "A8", "【調定額・収入済額】２月末", bold=True, size=11)
        cell(ws, "D8", "（単位：千円）", size=9, h="right")
        for ref, t in zip(("A9", "B9", "C9", "D9"), ("区分", "調定額", "収入済額", "徴収率")):
            cell(ws, ref, t, grid=True, h="center", bold=True)
        rr = 10
        for seg in ("current", "arrears", "total"):
            a, c = d["amt"][seg] if seg != "total" else (a_t, c_t)
            cell(ws, f"A{rr}", segn[seg], grid=True)
            cell(ws, f"B{rr}", comma(a), grid=True, h="right")
            cell(ws, f"C{rr}", comma(c), grid=True, h="right")
            cell(ws, f"D{rr}", f"{now[seg]:.2f}%", grid=True, h="right")
            facts.add(name, FY, "２月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), pno, as_of=ASOF)
            facts.add(name, FY, "２月末", seg, "collected", "interim", c * 1000, "yen", comma(c), pno, as_of=ASOF)
            facts.add(name, FY, "２月末", seg, "collection_rate", "interim", now[seg], "percent", f"{now[seg]:.2f}%",
                      pno, as_of=ASOF)
            rr += 1
        # outlook table: 決算見込 | 目標 | 前年度決算
        cell(ws, "F8", "【年度末の見通し】", bold=True, size=11)
        for ref, t in zip(("E9", "F9", "G9"), ("区分", "決算見込", "目標")):
            cell(ws, ref, t, grid=True, h="center", bold=True)
        ws.column_dimensions["H"].width = 14
        cell(ws, "H9", "4年度決算", grid=True, h="center", bold=True)
        rr = 10
        for seg in ("current", "arrears"):
            cell(ws, f"E{rr}", segn[seg], grid=True)
            cell(ws, f"F{rr}", f"{d['est'][seg]:.2f}%", grid=True, h="right")
            cell(ws, f"G{rr}", f"{d['tgt'][seg]:.2f}%", grid=True, h="right")
            cell(ws, f"H{rr}", f"{d['last'][seg]:.2f}%", grid=True, h="right")
            facts.add(name, FY, "決算見込", seg, "collection_rate", "estimate", d["est"][seg], "percent",
                      f"{d['est'][seg]:.2f}%", pno)
            facts.add(name, FY, "目標", seg, "collection_rate", "target", d["tgt"][seg], "percent",
                      f"{d['tgt'][seg]:.2f}%", pno)
            facts.add(name, FYP, "4年度決算", seg, "collection_rate", "actual", d["last"][seg], "percent",
                      f"{d['last'][seg]:.2f}%", pno)
            rr += 1
        # initiatives: several numbered items in one cell, tag wrapped to the next line
        cell(ws, "A15", "年度末に向けた主な取組", bold=True, size=11)
        ws.merge_cells("A16:H19")
        lines = []
        for lab, text, st in d["items"]:
            lines.append(f"{lab}　{text}\n　　【{st}】")
            inits.append(init(name, FY, "年度末に向けた主な取組", lab, text, st, pno))
        cell(ws, "A16", "\n".join(lines), grid=True, wrap=True, v="top", size=10)
        for row in range(16, 20):
            ws.row_dimensions[row].height = 24
            for col in "ABCDEFGH":
                ws[f"{col}{row}"].border = GRID
        if d["wards"]:
            cell(ws, "A21", "【区別の徴収率（２月末）】", bold=True, size=11)
            cell(ws, "E21", "単位：％", size=9, h="right")
            ws.merge_cells("B22:C22"); cell(ws, "B22", "現年度分", grid=True, h="center", bold=True)
            ws.merge_cells("D22:E22"); cell(ws, "D22", "滞納繰越分", grid=True, h="center", bold=True)
            cell(ws, "A22", "", grid=True); cell(ws, "A23", "区", grid=True, h="center", bold=True)
            for ref in ("C22", "E22"):
                ws[ref].border = GRID
            for ref, t in zip(("B23", "C23", "D23", "E23"), ("5年度", "前年同期", "5年度", "前年同期")):
                cell(ws, ref, t, grid=True, h="center", bold=True)
            rr = 24
            for ward, cn, cp, an, ap in d["wards"]:
                cell(ws, f"A{rr}", ward, grid=True)
                for col, v, fy, seg, asof in (("B", cn, FY, "current", ASOF), ("C", cp, FYP, "current", ASOF_PREV),
                                              ("D", an, FY, "arrears", ASOF), ("E", ap, FYP, "arrears", ASOF_PREV)):
                    cell(ws, f"{col}{rr}", f"{v:.2f}", grid=True, h="right")
                    facts.add(name, fy, "5年度" if fy == FY else "前年同期", seg, "collection_rate", "interim", v,
                              "percent", f"{v:.2f}", pno, as_of=asof, area=ward)
                rr += 1

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "n_c")
    write_gold(STEM, kind="progress_report", municipality=CITY, title=TITLE, date="2024-02-29",
               date_raw="令和６年２月末現在", facts=facts, initiatives=inits)


if __name__ == "__main__":
    build()
    print(check(STEM))
