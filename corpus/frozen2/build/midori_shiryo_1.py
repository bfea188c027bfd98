"""みどり市 債権管理推進会議 資料 (committee_material), openpyxl -> LibreOffice Calc, A4 landscape.

Modelled on the 「平成28年度 徴収計画」 table (https://expydoc.com/doc/10930897/...): one debt per row, side-by-side
headings 現年度分収納率(%) [実績 | 目標] and 収入未済額(千円) [実績 | 目標], and a free-text 取組目標 column.
The second table (12月末 vs 前年同月, 差 column) follows the interim tables of 債権管理 meeting materials.
Figures invented; the municipality name is used as a kana-named eastern city.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

from a_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf

STEM = "midori_shiryo_1"
g = Gold(STEM)

plan = [
    ("市税", "収納課", 98.92, 99.00, 412_385, 390_000,
     [("・", "県併任職員の指導により高額・困難案件の着手と解決を図る。", None),
      ("・", "こう着状態の案件は財産調査を行い、執行停止及び不納欠損を適正に判断する。", None)]),
    ("国民健康保険税", "収納課", 93.41, 94.00, 538_902, 500_000,
     [(None, "短期被保険者証の交付時に納付相談を行い、財産調査の結果をふまえて差押えを含む滞納整理を実行する。", None)]),
    ("後期高齢者医療保険料", "保険年金課", 99.52, 99.55, 6_218, None, []),
    ("介護保険料", "介護高齢課", 98.71, 98.90, 28_574, 27_000,
     [(None, "年金からの特別徴収への切替えを早期に行い、普通徴収の滞納を防止する。", "継続")]),
    ("保育料", "こども課", 98.40, 99.00, 15_230, 14_000,
     [(None, "児童手当からの徴収を勧奨するとともに、コールセンターによる電話催告を進める。", "拡充")]),
    ("学校給食費", "学校教育課", 99.80, 99.85, 2_104, 1_900,
     [(None, "卒業時までの完納を目指し、児童手当からの徴収同意を取り付ける。", "新規")]),
    ("市営住宅使用料", "建築住宅課", 97.95, 98.10, 24_861, 23_500,
     [("(1)", "滞納3か月で連帯保証人へ通知する。", None),
      ("(2)", "退去者には退去時に分割納付の誓約を求める。", None)]),
    ("下水道使用料", "上下水道課", 99.12, 99.20, 9_845, 9_500,
     [(None, "令和8年1月から、コンビニ収納及び検針時の納付書即時発行を導入し、料金の早期回収を図る。", None)]),
    ("水道料金", "上下水道課", 99.33, 99.40, 11_402, 11_000,
     [(None, "給水停止予告を確実に行い、停止前の納付相談につなげる。", None)]),
    ("下水道事業受益者負担金", "上下水道課", 97.60, 97.70, 3_118, 3_000, []),
    ("生活保護費返還金", "社会福祉課", 70.85, 73.00, 98_456, 96_000,
     [(None, "保護費からの調整による返還を基本とし、保護廃止者には電話催告と訪問を継続する。", None)]),
    ("住宅新築資金等貸付金", "人権推進課", 8.94, 12.00, 142_610, 140_000,
     [(None, "連帯保証人及び相続人の調査を進め、実態に応じた分割納付を推進する。", None)]),
    ("母子父子寡婦福祉資金貸付金", "こども課", 45.30, 50.00, 7_912, 7_600, []),
]

interim = [
    ("市税", "現年分", "current", 5_612_384_200, 78.46, 78.04),
    ("市税", "滞納繰越分", "arrears", 398_512_700, 22.31, 21.07),
    ("国民健康保険税", "現年分", "current", 1_284_907_300, 65.82, 66.10),
    ("国民健康保険税", "滞納繰越分", "arrears", 531_208_400, 17.45, 16.92),
    ("介護保険料", "現年分", "current", 812_450_600, 80.27, 80.11),
    ("保育料", "現年分", "current", 96_318_000, 79.64, 80.02),
]

wb = Workbook()
ws = wb.active
ws.title = "資料1"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"
widths = {"A": 24, "B": 12, "C": 15, "D": 15, "E": 12, "F": 12, "G": 56}
for k, v in widths.items():
    ws.column_dimensions[k].width = v


def put(r, c, v, size=10, bold=False, h="left", wrap=False, border=False, v_="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=F, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        cell.border = B
    return cell


put(1, 1, "令和7年度第2回みどり市債権管理推進会議", 10)
put(1, 7, "資料１", 11, bold=True, h="right")
put(2, 1, "令和7年度 徴収計画の進捗状況", 15, bold=True)
put(3, 1, "令和8年1月20日　総務部収納課", 10)
put(5, 1, "１　令和7年度 徴収計画", 12, bold=True)
r = 6
heads = [("債権名", 1, 1), ("所管課", 2, 2), ("現年度分収納率（％）", 3, 4), ("収入未済額（千円）", 5, 6),
         ("令和7年度取組目標", 7, 7)]
for text, c0, c1 in heads:
    put(r, c0, text, 10, bold=True, h="center", border=True, wrap=True)
    for c in range(c0, c1 + 1):
        ws.cell(row=r, column=c).border = B
        ws.cell(row=r + 1, column=c).border = B
    if c1 > c0:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
    else:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r + 1, end_column=c0)
for c, t in ((3, "R6実績"), (4, "R7目標"), (5, "R6実績"), (6, "R7目標")):
    put(r + 1, c, t, 10, bold=True, h="center", border=True)
r += 2
for name, ka, r6, r7, m6, m7, items in plan:
    lines = [(lab or "") + t + (f"【{tag}】" if tag else "") for lab, t, tag in items]
    put(r, 1, name, 10, border=True, wrap=True)
    put(r, 2, ka, 10, border=True, wrap=True)
    put(r, 3, f"{r6:.2f}", 10, h="right", border=True)
    put(r, 4, f"{r7:.2f}", 10, h="right", border=True)
    put(r, 5, comma(m6), 10, h="right", border=True)
    put(r, 6, comma(m7) if m7 else "―", 10, h="right", border=True)
    put(r, 7, "\n".join(lines), 9.5, border=True, wrap=True)
    ws.row_dimensions[r].height = max(30, 15 * sum(1 + len(x) // 30 for x in lines) + 4)
    a = "令和7年度取組目標" if r < 30 else None
    g.fact(name, 2024, "R6実績", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}", anchor=name)
    g.fact(name, 2025, "R7目標", "current", "collection_rate", "target", r7, "percent", f"{r7:.2f}", anchor=name)
    g.fact(name, 2024, "R6実績", "total", "outstanding", "actual", m6 * 1000, "yen", comma(m6), anchor=name)
    if m7:
        g.fact(name, 2025, "R7目標", "total", "outstanding", "target", m7 * 1000, "yen", comma(m7), anchor=name)
    for lab, t, tag in items:
        g.init(name, 2025, "令和7年度取組目標", lab, t, tag, anchor=name)
    r += 1
put(r, 1, "※ 収入未済額は出納整理期間終了後の額（現年度分及び滞納繰越分の計）。", 9)
r += 2

put(r, 1, "２　収納状況（令和7年12月末現在）", 12, bold=True)
put(r, 7, "（単位：円、％）", 10, h="right")
r += 1
for text, c0, c1 in (("債権名", 1, 1), ("区分", 2, 2), ("令和7年12月末", 3, 5), ("令和6年12月末", 6, 6), ("差", 7, 7)):
    put(r, c0, text, 10, bold=True, h="center", border=True)
    for c in range(c0, c1 + 1):
        ws.cell(row=r, column=c).border = B
        ws.cell(row=r + 1, column=c).border = B
    if c1 > c0:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
    elif c0 == 6:
        pass
    else:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r + 1, end_column=c0)
for c, t in ((3, "調定額"), (4, "収入済額"), (5, "収納率"), (6, "収納率")):
    put(r + 1, c, t, 10, bold=True, h="center", border=True)
# the 調定額/収入済額 columns need room for 円 figures
r += 2
sum_ch = sum_co = 0
for debt, seglab, seg, ch, rn, rp in interim:
    co = round(ch * rn / 100)
    assert rate(co, ch) == rn
    sum_ch += ch
    sum_co += co
    diff = round(rn - rp, 2)
    dtxt = f"{diff:.2f}" if diff >= 0 else f"△{abs(diff):.2f}"
    vals = [debt, seglab, comma(ch), comma(co), f"{rn:.2f}", f"{rp:.2f}", dtxt]
    for c, v in enumerate(vals, 1):
        put(r, c, v, 10, h="left" if c <= 2 else "right", border=True)
    a = "令和7年12月末"
    g.fact(debt, 2025, "令和7年12月末", seg, "assessed", "interim", ch, "yen", comma(ch), as_of="2025-12-31", anchor=a)
    g.fact(debt, 2025, "令和7年12月末", seg, "collected", "interim", co, "yen", comma(co), as_of="2025-12-31", anchor=a)
    g.fact(debt, 2025, "令和7年12月末", seg, "collection_rate", "interim", rn, "percent", f"{rn:.2f}",
           as_of="2025-12-31", anchor=a)
    g.fact(debt, 2024, "令和6年12月末", seg, "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
           as_of="2024-12-31", anchor=a)
    r += 1
rt = rate(sum_co, sum_ch)
rp_tot = 73.05
diff = round(rt - rp_tot, 2)
vals = ["合計", "", comma(sum_ch), comma(sum_co), f"{rt:.2f}", f"{rp_tot:.2f}",
        f"{diff:.2f}" if diff >= 0 else f"△{abs(diff):.2f}"]
for c, v in enumerate(vals, 1):
    put(r, c, v, 10, bold=c == 1, h="left" if c <= 2 else "right", border=True)
a = "令和7年12月末"
g.fact(None, 2025, "令和7年12月末", "total", "assessed", "interim", sum_ch, "yen", comma(sum_ch), as_of="2025-12-31",
       debt_raw="合計", anchor=a)
g.fact(None, 2025, "令和7年12月末", "total", "collected", "interim", sum_co, "yen", comma(sum_co), as_of="2025-12-31",
       debt_raw="合計", anchor=a)
g.fact(None, 2025, "令和7年12月末", "total", "collection_rate", "interim", rt, "percent", f"{rt:.2f}",
       as_of="2025-12-31", debt_raw="合計", anchor=a)
g.fact(None, 2024, "令和6年12月末", "total", "collection_rate", "interim", rp_tot, "percent", f"{rp_tot:.2f}",
       as_of="2024-12-31", debt_raw="合計", anchor=a)
r += 1
put(r, 1, "※ 差は令和7年12月末の収納率から令和6年12月末の収納率を差し引いたもの（ポイント）。", 9)
put(r + 1, 1, "※ 令和7年度第3回会議（令和8年3月開催予定）において、2月末の状況及び令和8年度徴収計画（案）を報告する。", 9)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.7, header=0.3, footer=0.3)
ws.oddHeader.right.text = "令和7年度第2回 債権管理推進会議"
ws.oddFooter.center.text = "&P / &N"
ws.print_options.horizontalCentered = True

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.xlsx"
wb.save(src)
pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "frozen2a_m")
g.finish(pdf, {"kind": "committee_material", "municipality": "みどり市",
               "title": "令和7年度 徴収計画の進捗状況", "date": "2026-01-20", "date_raw": "令和8年1月20日"})
