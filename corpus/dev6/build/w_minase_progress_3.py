"""w_minase_progress_3: 令和６年度 徴収計画・実施状況（中間報告） (progress_report), openpyxl -> LibreOffice, A4 landscape.

Modelled on 島本町「徴収計画・実施状況」 (https://expydoc.com/doc/8011579/ — 用語の定義: 債権名 = 予算の款/細節の名称,
債権の種類 町税 / 強制徴収公債権 / 非強制徴収公債権 / 私債権, 現年度分 / 滞納繰越分) and the 「平成28年度 徴収計画」 table
(https://expydoc.com/doc/10930897/ — 債権名 | 現年度分収納率(%) 実績 | 目標 | 収入未済額(千円) | 取組目標).
Municipality name invented in kana (みなせ町).
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import OUT, PDF, c, fact, rate, total_fact, to_pdf, write_gold

STEM = "w_minase_progress_3"
MUNI = "みなせ町"
TITLE = "令和６年度 徴収計画・実施状況（中間報告）"

# name, kind, (現年 調定, 現年 target interim rate, prior, annual target), (滞繰 ...)
DATA = [
    ("町税", "町税", (4312586400, "82.41", "82.06", "99.20"), (168402315, "24.60", "23.85", "30.00")),
    ("国民健康保険料", "強制徴収公債権", (812447200, "68.30", "68.52", "94.50"), (142306880, "15.20", "14.31", "20.00")),
    ("介護保険料", "強制徴収公債権", (712904300, "79.80", "79.64", "99.00"), (18220400, "20.10", "21.37", "25.00")),
    ("後期高齢者医療保険料", "強制徴収公債権", (298415600, "81.20", "80.95", "99.50"), (3105700, "35.40", "33.10", "40.00")),
    ("保育所保育料", "強制徴収公債権", (96320500, "74.90", "74.12", "98.50"), (6842300, "12.30", "13.05", "18.00")),
    ("学童保育料", "非強制徴収公債権", (38512000, "76.30", "75.88", "98.00"), (1204500, "18.70", "16.42", "20.00")),
    ("下水道使用料", "強制徴収公債権", (621508920, "72.60", "72.31", "98.80"), (9417830, "30.80", "29.96", "35.00")),
    ("町営住宅使用料", "私債権", (52318400, "75.10", "74.66", "97.00"), (11626900, "9.40", "8.75", "12.00")),
    ("奨学貸付金返還収入", "私債権", (8406000, "70.20", "71.05", "95.00"), (4318000, "6.50", "5.92", "10.00")),
]
TOT_PRIOR = {"現年度分": "80.27", "滞納繰越分": "19.66"}
TOT_TARGET = {"現年度分": "98.10", "滞納繰越分": "24.00"}
BREAK_AFTER = 7  # debts on page 1

ACTIONS = {
    "町税": ("税務課", [
        ("(1)", "納期限後20日以内に督促状を発送し、未納者には年4回の一斉催告を実施した。", "継続", False),
        ("(2)", "預貯金・給与の照会を電子化し、財産調査から差押えまでの期間を短縮した。", "拡充", True),
        ("(3)", "大阪府域地方税徴収機構へ高額滞納案件を引き継いだ。", "継続", False)]),
    "国民健康保険料": ("保険年金課", [
        ("(1)", "新規加入時に口座振替の手続を案内し、口座振替率の向上を図った。", "継続", False),
        ("(2)", "夜間・休日の納付相談窓口を開設し、分納誓約の締結を進めた。", "新規", False)]),
    "保育所保育料": ("子育て支援課", [
        ("(1)", "児童手当からの申出徴収を保護者に案内し、同意書の提出を受けた。", "継続", False),
        ("(2)", "退園者の未納分について、文書催告と電話催告を実施した。", "継続", True)]),
    "下水道使用料": ("上下水道部業務課", [
        ("(1)", "給水停止予告と併せて下水道使用料の納付を催告した。", "継続", False),
        ("(2)", "スマートフォン決済による納付を令和6年10月から開始した。", "新規", False)]),
    "町営住宅使用料": ("都市整備課", [
        ("(1)", "3か月以上の滞納者に対し、連帯保証人へ納付指導の協力を依頼した。", "継続", False),
        ("(2)", "長期高額滞納者2名について、明渡し及び支払を求める訴えを提起した。", "拡充", False),
        ("(3)", "退去者の滞納分について、債権回収会社への委託を検討した。", "新規", False)]),
}

facts: list = []
inits: list = []
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="DDEBF7")
FONT = "IPAexGothic"


def style(cell, bold=False, align="center", size=10, wrap=True, fill=None):
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    cell.border = BORDER
    if fill:
        cell.fill = fill


def sheet1(wb):
    ws = wb.active
    ws.title = "総括表"
    widths = [22, 16, 12, 19, 19, 11, 11, 9, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = TITLE
    ws["A1"].font = Font(name=FONT, size=14, bold=True)
    ws.merge_cells("A1:G1")
    ws["H1"] = "令和７年１月２０日"
    ws["H1"].font = Font(name=FONT, size=10)
    ws["H1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("H1:I1")
    ws["A2"] = "１　徴収計画の実施状況（令和６年12月末現在）"
    ws["A2"].font = Font(name=FONT, size=11, bold=True)
    ws["I2"] = "（単位：円、％）"
    ws["I2"].font = Font(name=FONT, size=9)
    ws["I2"].alignment = Alignment(horizontal="right")
    h1 = ["債権名", "債権の種類", "区分", "令和６年12月末現在", None, None, "前年同期", "差", "令和６年度"]
    h2 = [None, None, None, "調定額", "収入済額", "徴収率", "徴収率", None, "目標徴収率"]
    for j, (a, b) in enumerate(zip(h1, h2)):
        for r, v in ((3, a), (4, b)):
            cell = ws.cell(row=r, column=j + 1, value=v)
            style(cell, bold=True, fill=HFILL, size=9.5)
    ws.merge_cells("D3:F3")
    for col in "ABCH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.row_dimensions[3].height = 20
    ws.row_dimensions[4].height = 20
    row = 5
    sums = {"現年度分": [0, 0], "滞納繰越分": [0, 0]}

    def emit(name, kind, seg_label, assessed, collected, prior, target, page, total=False):
        nonlocal row
        seg = "current" if seg_label == "現年度分" else "arrears"
        r = rate(collected, assessed)
        diff = r - __import__("decimal").Decimal(prior)
        vals = [name, kind, seg_label, c(assessed), c(collected), str(r), prior,
                ("△" if diff < 0 else "") + str(abs(diff)), target]
        for j, v in enumerate(vals):
            cell = ws.cell(row=row, column=j + 1, value=v)
            style(cell, align="left" if j < 3 else "right", size=10, bold=total and j < 3)
        ws.row_dimensions[row].height = 24
        row += 1
        mk = (lambda *a, **k: total_fact("合計", *a, **k)) if total else (lambda *a, **k: fact(name, *a, **k))
        fy_raw = "令和６年12月末現在"
        facts.append(mk(2024, fy_raw, seg, "assessed", "interim", assessed, "yen", c(assessed), page, as_of="2024-12-31"))
        facts.append(mk(2024, fy_raw, seg, "collected", "interim", collected, "yen", c(collected), page, as_of="2024-12-31"))
        facts.append(mk(2024, fy_raw, seg, "collection_rate", "interim", float(r), "percent", str(r), page,
                        as_of="2024-12-31"))
        facts.append(mk(2023, "前年同期", seg, "collection_rate", "interim", float(prior), "percent", prior, page,
                        as_of="2023-12-31"))
        facts.append(mk(2024, "令和６年度", seg, "collection_rate", "target", float(target), "percent", target, page))

    for k, (name, kind, cur, arr) in enumerate(DATA):
        page = 1 if k < BREAK_AFTER else 2
        start = row
        for seg_label, (assessed, r_int, prior, target) in (("現年度分", cur), ("滞納繰越分", arr)):
            collected = round(assessed * float(r_int) / 100)
            sums[seg_label][0] += assessed
            sums[seg_label][1] += collected
            emit(name, kind, seg_label, assessed, collected, prior, target, page)
        ws.merge_cells(start_row=start, start_column=1, end_row=start + 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=start + 1, end_column=2)
        if k == BREAK_AFTER - 1:
            ws.row_breaks.append(Break(id=row - 1))
    start = row
    for seg_label in ("現年度分", "滞納繰越分"):
        a, col = sums[seg_label]
        emit("合計", "", seg_label, a, col, TOT_PRIOR[seg_label], TOT_TARGET[seg_label], 2, total=True)
    ws.merge_cells(start_row=start, start_column=1, end_row=start + 1, end_column=2)
    notes = ["※ 前年同期は令和５年12月末現在の徴収率。差は「令和６年12月末現在の徴収率－前年同期の徴収率」（ポイント）。",
             "※ 目標徴収率は、令和６年度徴収計画（令和６年６月策定）で定めた年度末の目標値。",
             "※ 債権の種類は、みなせ町債権の管理に関する条例の区分による。"]
    row += 1
    for n in notes:
        ws.cell(row=row, column=1, value=n).font = Font(name=FONT, size=9)
        row += 1
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddHeader.right.text = "みなせ町 総務部 税務課（債権管理担当）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9


def sheet2(wb):
    ws = wb.create_sheet("取組状況")
    for col, w in zip("ABCD", (20, 16, 22, 78)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "２　主な債権の取組状況（令和６年12月末現在）"
    ws["A1"].font = Font(name=FONT, size=11, bold=True)
    hdr = ["債権名", "所管課", "令和５年度末\n収入未済額（円）", "令和６年度の取組内容及び実施状況"]
    for j, v in enumerate(hdr):
        style(ws.cell(row=2, column=j + 1, value=v), bold=True, fill=HFILL, size=9.5)
    ws.row_dimensions[2].height = 30
    arrears = {name: arr[0] for name, _, _, arr in DATA}
    row = 3
    for name, (ka, items) in ACTIONS.items():
        outst = arrears[name]  # 令和5年度末の収入未済額 = 令和6年度の滞納繰越分調定額
        lines = []
        for label, text, st, wrap in items:
            lines.append(f"{label} {text}" + ("\n" if wrap else "") + f"【{st}】")
            inits.append({"debt": name, "debt_raw": name, "fiscal_year": 2024, "section": "令和６年度の取組内容及び実施状況",
                          "label": label, "text": text, "status": st, "page": 3})
        for j, v in enumerate((name, ka, c(outst), "\n".join(lines))):
            style(ws.cell(row=row, column=j + 1, value=v), align=("left" if j != 2 else "right"), size=10)
        ws.cell(row=row, column=4).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = 18 * (len(items) + sum(1 for i in items if i[3])) + 8
        facts.append(fact(name, 2023, "令和５年度末", "total", "outstanding", "actual", outst, "yen", c(outst), 3))
        row += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "みなせ町 総務部 税務課（債権管理担当）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9


def build():
    wb = Workbook()
    sheet1(wb)
    sheet2(wb)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    to_pdf(x, PDF / f"{STEM}.pdf", "minase")
    return write_gold(STEM, "progress_report", MUNI, TITLE, "2025-01-20", "令和７年１月２０日", facts, inits)


if __name__ == "__main__":
    build()
