"""刈谷市 令和5年度 債権回収・整理計画（中間報告） (progress family) — openpyxl -> LibreOffice.

Modelled on 豊中市「債権回収・整理計画（中間報告）」 (city.toyonaka.osaka.jp/.../saikenkaishu_keikaku.html:
上半期実績と中間計画, 年2回公表) and the one-sheet-per-debt mid-year sheets of the Osaka family, printed as
Excel sheets fit to page: a landscape 一覧 with debt+segment row labels and a blank first header, then one sheet
per debt with a 債権名|X|所管課|Y box, 2月末 (leap year: 令和6年2月29日) figures and a boxed (ｱ)(ｲ) 取組 list.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).parent))
from b_common import OUT, PDF, fact, initiative, rate, to_pdf, write_gold  # noqa: E402

import fitz  # noqa: E402

STEM = "b_kariya_chukan_1"
CITY = "刈谷市"
TITLE = "令和5年度 債権回収・整理計画（中間報告）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
SECTION = "後半（3月～5月）の主な取組"

# debt, short label, 所管課, current (assessed, collected @2/29), arrears (assessed, collected),
# prev-year same-period rates (cur, arr, tot), R4 決算 (rate cur, arr; outstanding cur, arr 千円),
# R5 決算見込 (rate cur, arr; outstanding cur, arr), R5 目標 rate (cur, arr), initiatives
DEBTS = [
    ("市税", "市税", "納税推進課", (21864310, 21128455), (498712, 121604), (96.42, 23.87, 93.98),
     (99.21, 27.45, 178420, 352117), (99.25, 28.10, 165300, 331500), (99.30, 28.50),
     [("(ｱ)", "2月末時点で現年度分に未納がある納税者へ、3月中に一斉催告書を送付する。", "継続"),
      ("(ｲ)", "給与照会・預貯金照会をオンラインで一括実施し、4月から差押えを集中して執行する。", "拡充"),
      ("(ｳ)", "出納整理期間中の納付に向け、スマートフォン決済の案内を催告書に同封する。", "新規")]),
    ("国民健康保険税", "国保税", "国保年金課", (3182045, 2846512), (612380, 118244), (89.12, 18.73, 77.81),
     (94.60, 21.32, 171850, 420316), (94.70, 21.80, 168900, 405200), (95.00, 22.00),
     [("(ｱ)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
      ("(ｲ)", "資格喪失世帯の未納分について、転出先自治体への財産調査を実施する。", "継続"),
      ("(ｳ)", "納税推進課と合同で、高額滞納案件の滞納処分を執行する。", "拡充")]),
    ("介護保険料", "介護保険料", "長寿課", (2571320, 2520087), (58410, 12733), (97.91, 20.64, 96.07),
     (99.05, 24.10, 24360, 38120), (99.10, 24.50, 23100, 36800), (99.10, 25.00),
     [("(ｱ)", "普通徴収の未納者に対し、口座振替依頼書を同封した催告書を送付する。", "継続"),
      ("(ｲ)", "給付制限の事前通知を活用し、納付相談の機会を確保する。", "継続")]),
    ("市営住宅使用料", "住宅使用料", "建築課", (318540, 309722), (41236, 4987), (97.02, 11.48, 87.15),
     (98.40, 13.20, 5120, 35610), (98.50, 13.50, 4900, 34300), (98.60, 14.00),
     [("(ｱ)", "3か月以上の滞納者に対し、連帯保証人への通知と明渡し請求の事前催告を行う。", "継続"),
      ("(ｲ)", "退去者の滞納分について、法律事務所への回収委託を試行する。", "新規")]),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9D9D9")
F = "IPAexGothic"


def put(ws, cell, v, size=9, bold=False, fmt=None, align="center", fill=None, border=True, wrap=False, valign="center"):
    c = ws[cell]
    c.value = v
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "刈谷市 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def derive(d):
    name, short, ka, cur, arr, prev, r4, r5e, r5t, inits = d
    tot = (cur[0] + arr[0], cur[1] + arr[1])
    rates = (rate(cur[1], cur[0], 2), rate(arr[1], arr[0], 2), rate(tot[1], tot[0], 2))
    return tot, rates


def prev3(d):
    """前年同期 rates: the printed 現年/滞繰 and a 合計 weighted by this year's 調定額."""
    cur, arr, prev = d[3], d[4], d[5]
    t = round((cur[0] * prev[0] + arr[0] * prev[1]) / (cur[0] + arr[0]), 2)
    return (prev[0], prev[1], t)


def build():
    wb = Workbook()
    # ---------------- sheet 1: 一覧 (landscape)
    ws = wb.active
    ws.title = "一覧"
    setup(ws, True)
    for col, w in zip("ABCDEFG", [20, 13, 13, 10, 13, 13, 30]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", TITLE, 14, True, align="left", border=False)
    put(ws, "A2", "令和6年3月22日　財務部債権管理課", 9, align="left", border=False)
    put(ws, "A4", "１　主要債権の収納率（令和6年2月29日現在）", 11, True, align="left", border=False)
    put(ws, "G4", "単位：％", 9, align="right", border=False)
    # header over two rows, two headings side by side
    ws.merge_cells("A5:A6"); put(ws, "A5", None, fill=HFILL)
    ws.merge_cells("B5:D5"); put(ws, "B5", "2月末収納率", bold=True, fill=HFILL)
    ws.merge_cells("E5:F5"); put(ws, "E5", "5年度", bold=True, fill=HFILL)
    ws.merge_cells("G5:G6"); put(ws, "G5", "備考", bold=True, fill=HFILL)
    for col, h in zip("BCDEF", ["5年度", "前年同期", "増減", "決算見込", "目標"]):
        put(ws, f"{col}6", h, bold=True, fill=HFILL)
    box_range(ws, "A5:G6")
    r = 7
    summary_rows = []
    for d in DEBTS:
        name, short, ka, cur, arr, prev, r4, r5e, r5t, inits = d
        tot, rates = derive(d)
        for k, (segname, seg) in enumerate([("現年", "current"), ("滞繰", "arrears")]):
            put(ws, f"A{r}", f"{short}（{segname}）", align="left")
            put(ws, f"B{r}", rates[k], fmt="0.00", align="right")
            put(ws, f"C{r}", prev[k], fmt="0.00", align="right")
            put(ws, f"D{r}", round(rates[k] - prev[k], 2), fmt='+0.00;"△"0.00;0.00', align="right")
            put(ws, f"E{r}", r5e[k], fmt="0.00", align="right")
            put(ws, f"F{r}", r5t[k], fmt="0.00", align="right")
            note = "" if r5e[k] >= r5t[k] else "目標未達見込"
            put(ws, f"G{r}", note, align="left")
            summary_rows.append((name, short, seg, rates[k], prev[k], r5e[k], r5t[k], f"{short}（{segname}）"))
            r += 1
    put(ws, f"A{r+1}", "※ 増減はポイント。決算見込は出納整理期間（5月31日）までの収入見込を含む。", 8, align="left", border=False)
    put(ws, f"A{r+2}", "※ 国保税は国民健康保険税、住宅使用料は市営住宅使用料をいう。", 8, align="left", border=False)

    # ---------------- one sheet per debt (portrait)
    sheets = []
    for d in DEBTS:
        name, short, ka, cur, arr, prev, r4, r5e, r5t, inits = d
        tot, rates = derive(d)
        prev = prev3(d)
        ws = wb.create_sheet(short)
        setup(ws, False)
        for col, w in zip("ABCDEFGH", [14, 13, 13, 11, 13, 11, 13, 11]):
            ws.column_dimensions[col].width = w
        put(ws, "A1", "令和5年度 債権回収・整理計画（中間報告）", 12, True, align="left", border=False)
        # 債権名 box
        put(ws, "A3", "債権名", bold=True, fill=HFILL)
        ws.merge_cells("B3:D3"); put(ws, "B3", name, 11, True, align="left"); box_range(ws, "B3:D3")
        put(ws, "E3", "所管課", bold=True, fill=HFILL)
        ws.merge_cells("F3:H3"); put(ws, "F3", ka, align="left"); box_range(ws, "F3:H3")

        put(ws, "A5", "１　2月末の収納状況", 10, True, align="left", border=False)
        put(ws, "H5", "（単位：千円）", 8, align="right", border=False)
        hdr = ["区分", "調定額", "収入済額", "収納率", "前年同期\n収納率", "増減"]
        cols = "ABCDEF"
        for c, h in zip(cols, hdr):
            put(ws, f"{c}6", h, bold=True, fill=HFILL, wrap=True)
        ws.row_dimensions[6].height = 26
        for i, (segname, seg, a, c_) in enumerate([("現年分", "current", *cur), ("滞納繰越分", "arrears", *arr),
                                                   ("合計", "total", *tot)]):
            rr = 7 + i
            put(ws, f"A{rr}", segname, align="left")
            put(ws, f"B{rr}", a, fmt="#,##0", align="right")
            put(ws, f"C{rr}", c_, fmt="#,##0", align="right")
            put(ws, f"D{rr}", rates[i], fmt='0.00"%"', align="right")
            put(ws, f"E{rr}", prev[i], fmt='0.00"%"', align="right")
            put(ws, f"F{rr}", round(rates[i] - prev[i], 2), fmt='+0.00"pt";"▲"0.00"pt"', align="right")

        put(ws, "A11", "２　決算見込及び目標", 10, True, align="left", border=False)
        put(ws, "H11", "金額：千円", 8, align="right", border=False)
        ws.merge_cells("A12:A13"); put(ws, "A12", "区分", bold=True, fill=HFILL)
        ws.merge_cells("B12:C12"); put(ws, "B12", "4年度決算", bold=True, fill=HFILL)
        ws.merge_cells("D12:E12"); put(ws, "D12", "5年度決算見込", bold=True, fill=HFILL)
        put(ws, "F12", "5年度目標", bold=True, fill=HFILL)
        for c, h in zip("BCDEF", ["収納率", "収入未済額", "収納率", "収入未済額", "収納率"]):
            put(ws, f"{c}13", h, bold=True, fill=HFILL)
        box_range(ws, "A12:F13")
        for i, (segname, seg) in enumerate([("現年分", "current"), ("滞納繰越分", "arrears")]):
            rr = 14 + i
            put(ws, f"A{rr}", segname, align="left")
            put(ws, f"B{rr}", r4[i], fmt='0.00"%"', align="right")
            put(ws, f"C{rr}", r4[2 + i], fmt="#,##0", align="right")
            put(ws, f"D{rr}", r5e[i], fmt='0.00"%"', align="right")
            put(ws, f"E{rr}", r5e[2 + i], fmt="#,##0", align="right")
            put(ws, f"F{rr}", r5t[i], fmt='0.00"%"', align="right")

        put(ws, "A17", "３　" + SECTION, 10, True, align="left", border=False)
        ws.merge_cells("A18:H18")
        txt = "\n".join(f"{lab} {t}【{st}】" for lab, t, st in inits)
        put(ws, "A18", txt, 9, align="left", wrap=True, valign="top")
        box_range(ws, "A18:H18")
        ws.row_dimensions[18].height = 16 * len(inits) + 10
        put(ws, "A20", "（参考）前年同期は令和5年2月28日現在。", 8, align="left", border=False)
        sheets.append(d)
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF / f"{STEM}.pdf", "b_kariya")
    return pdf, summary_rows


def gold(pdf, summary_rows):
    facts, inits_out = [], []
    p = 1
    for name, short, seg, r_now, r_prev, r_est, r_tgt, label in summary_rows:
        facts.append(fact(name, 2023, "5年度", seg, "collection_rate", "interim", r_now, "percent", f"{r_now:.2f}", p,
                          as_of=ASOF, debt_raw=short))
        facts.append(fact(name, 2022, "前年同期", seg, "collection_rate", "interim", r_prev, "percent", f"{r_prev:.2f}",
                          p, as_of=ASOF_PREV, debt_raw=short))
        facts.append(fact(name, 2023, "5年度", seg, "collection_rate", "estimate", r_est, "percent", f"{r_est:.2f}", p,
                          debt_raw=short))
        facts.append(fact(name, 2023, "5年度", seg, "collection_rate", "target", r_tgt, "percent", f"{r_tgt:.2f}", p,
                          debt_raw=short))
    for k, d in enumerate(DEBTS):
        p = 2 + k
        name, short, ka, cur, arr, prev, r4, r5e, r5t, inits = d
        tot, rates = derive(d)
        prev = prev3(d)
        for i, (seg, (a, c_)) in enumerate(zip(["current", "arrears", "total"], [cur, arr, tot])):
            facts.append(fact(name, 2023, "令和6年2月29日", seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", p,
                              as_of=ASOF))
            facts.append(fact(name, 2023, "令和6年2月29日", seg, "collected", "interim", c_ * 1000, "yen", f"{c_:,}", p,
                              as_of=ASOF))
            facts.append(fact(name, 2023, "令和6年2月29日", seg, "collection_rate", "interim", rates[i], "percent",
                              f"{rates[i]:.2f}%", p, as_of=ASOF))
            facts.append(fact(name, 2022, "前年同期", seg, "collection_rate", "interim", prev[i], "percent",
                              f"{prev[i]:.2f}%", p, as_of=ASOF_PREV))
        for i, seg in enumerate(["current", "arrears"]):
            facts.append(fact(name, 2022, "4年度決算", seg, "collection_rate", "actual", r4[i], "percent",
                              f"{r4[i]:.2f}%", p))
            facts.append(fact(name, 2022, "4年度決算", seg, "outstanding", "actual", r4[2 + i] * 1000, "yen",
                              f"{r4[2 + i]:,}", p))
            facts.append(fact(name, 2023, "5年度決算見込", seg, "collection_rate", "estimate", r5e[i], "percent",
                              f"{r5e[i]:.2f}%", p))
            facts.append(fact(name, 2023, "5年度決算見込", seg, "outstanding", "estimate", r5e[2 + i] * 1000, "yen",
                              f"{r5e[2 + i]:,}", p))
            facts.append(fact(name, 2023, "5年度目標", seg, "collection_rate", "target", r5t[i], "percent",
                              f"{r5t[i]:.2f}%", p))
        for lab, t, st in inits:
            inits_out.append(initiative(name, 2023, SECTION, lab, t, st, p))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-22",
                "date_raw": "令和6年3月22日"}
    write_gold(STEM, pdf, document, facts, inits_out)


if __name__ == "__main__":
    pdf, rows = build()
    gold(pdf, rows)
