"""丹波篠山市 未収金対策の取組状況（中間報告） (progress_report) — openpyxl → LibreOffice, A4 landscape."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from c_common import OUT, ROOT, Rec, to_pdf, write_gold

STEM = "c_tambasasayama_progress_1"
rec = Rec()
wb = Workbook()
ws = wb.active
ws.title = "中間報告"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"
for col, w in zip("ABCDEFGHIJ", (24, 15, 15, 11, 15, 15, 11, 15, 15, 15)):
    ws.column_dimensions[col].width = w
row = 1


def put(r, c, v, bold=False, size=10, align="left", border=False, wrap=False, valign="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=F, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        cell.border = BOX
    return cell


def text_line(v, size=10, bold=False, height=None, span=10):
    global row
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    put(row, 1, v, bold=bold, size=size, wrap=True)
    if height:
        ws.row_dimensions[row].height = height
    row += 1


def grid(rows, merges=(), header_rows=1, heights=None, wrap_cols=()):
    """rows: list of lists (None = empty cell inside a merge)."""
    global row
    top = row
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            hdr = i < header_rows
            put(row, j + 1, v, bold=hdr, size=9.5,
                align="center" if hdr else ("left" if j == 0 or j in wrap_cols else "right"),
                border=True, wrap=hdr or j in wrap_cols or j == 0, valign="center" if j not in wrap_cols else "top")
        if heights and i < len(heights) and heights[i]:
            ws.row_dimensions[row].height = heights[i]
        row += 1
    for (r0, c0, r1, c1) in merges:
        ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        for rr in range(top + r0, top + r1 + 1):
            for cc in range(c0 + 1, c1 + 2):
                ws.cell(row=rr, column=cc).border = BOX


def brk():
    global row
    ws.row_breaks.append(Break(id=row - 1))


DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料", "下水道使用料"]
# amounts (円) for the first three debts at R7.12末: (現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入)
AMT = {
    "市税": (6_184_337_200, 5_343_846_410, 298_415_630, 71_029_880),
    "国民健康保険税": (1_126_508_900, 855_207_440, 214_663_020, 48_176_310),
    "介護保険料": (1_012_774_500, 901_879_905, 19_882_410, 3_511_240),
}
RATES = {}  # debt -> (cur25, cur24, arr25, arr24)
for d, (ca, cc, aa, ac) in AMT.items():
    RATES[d] = [round(cc / ca * 100, 2), None, round(ac / aa * 100, 2), None]
RATES["市税"][1], RATES["市税"][3] = 85.94, 22.87
RATES["国民健康保険税"][1], RATES["国民健康保険税"][3] = 75.12, 21.96
RATES["介護保険料"][1], RATES["介護保険料"][3] = 88.71, 18.05
RATES["後期高齢者医療保険料"] = [90.36, 90.11, 41.28, 39.73]
RATES["保育料"] = [82.47, 83.05, 12.64, 10.92]
RATES["市営住宅使用料"] = [91.83, 91.20, 9.71, 11.38]
RATES["下水道使用料"] = [79.55, 79.02, 35.12, 33.40]

# ---------------- page 1 ----------------
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
put(row, 1, "令和７年度　未収金対策の取組状況（中間報告）", bold=True, size=16, align="center")
ws.row_dimensions[row].height = 30
row += 1
ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=10)
put(row, 7, "令和８年２月　丹波篠山市 総務部 税務課", size=10, align="right")
row += 2
text_line("１　趣旨", 12, True)
text_line("　丹波篠山市未収金対策推進方針に基づき、各債権所管課が取り組んでいる未収金対策について、"
          "令和７年12月末現在の収納状況と上半期の取組を取りまとめ、報告します。", height=30)
text_line("２　主な債権の収納率", 12, True)
text_line("表１　収納率の状況（前年同期比較）", 10, span=7)
ws.merge_cells(start_row=row - 1, start_column=8, end_row=row - 1, end_column=10)
put(row - 1, 8, "単位：％", size=9, align="right")
hdr = [["債権名", "現年度分", None, None, "滞納繰越分", None, None],
       [None, "R7.12末", "R6.12末", "差", "R7.12末", "R6.12末", "差"]]
body = []
for d in DEBTS:
    c5, c4, a5, a4 = RATES[d]
    body.append([d, f"{c5:.2f}", f"{c4:.2f}", f"{c5 - c4:+.2f}".replace("-", "△").replace("+", ""),
                 f"{a5:.2f}", f"{a4:.2f}", f"{a5 - a4:+.2f}".replace("-", "△").replace("+", "")])
    for seg, v, fy, asof, fyr in (("current", c5, 2025, "2025-12-31", "R7.12末"),
                                  ("current", c4, 2024, "2024-12-31", "R6.12末"),
                                  ("arrears", a5, 2025, "2025-12-31", "R7.12末"),
                                  ("arrears", a4, 2024, "2024-12-31", "R6.12末")):
        rec.fact(d, fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof)
grid(hdr + body, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)], header_rows=2)
text_line("※差は前年同期との比較（ポイント）。△は減少を示す。", 9)
text_line("※市営住宅使用料の滞納繰越分は、令和７年度に退去者分の一部を法的措置に移行したため低下している。", 9)
brk()

# ---------------- page 2 ----------------
text_line("表２　調定額及び収入済額（令和７年12月末現在）", 10, span=7)
ws.merge_cells(start_row=row - 1, start_column=8, end_row=row - 1, end_column=10)
put(row - 1, 8, "単位：円", size=9, align="right")
rows2 = [["区分", None, "市税", "国民健康保険税", "介護保険料"]]
labels = [("現年度分", "調定額", 0, "current", "assessed"), (None, "収入済額", 1, "current", "collected"),
          ("滞納繰越分", "調定額", 2, "arrears", "assessed"), (None, "収入済額", 3, "arrears", "collected")]
for seglab, mlab, idx, seg, met in labels:
    r = [seglab, mlab]
    for d in ("市税", "国民健康保険税", "介護保険料"):
        v = AMT[d][idx]
        r.append(f"{v:,}")
        rec.fact(d, 2025, "令和７年12月末", seg, met, "interim", v, "yen", f"{v:,}", as_of="2025-12-31")
    rows2.append(r)
# layout columns: A=区分, B=内訳, C.. debts -> widen
grid(rows2, merges=[(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0)], header_rows=1)
row += 1
text_line("３　債権別の状況と取組", 12, True)
text_line("（１）市税", 11, True)
text_line("【収納率】令和７年12月末時点", 10.5, True)
c5, c4, a5, a4 = RATES["市税"]
ca, cc, aa, ac = AMT["市税"]
tot5 = round((cc + ac) / (ca + aa) * 100, 2)
text_line(f"　・現年分　　　{c5:.2f}％（前年同期　{c4:.2f}％）")
text_line(f"　・滞納繰越分　{a5:.2f}％（前年同期　{a4:.2f}％）")
text_line(f"　・合計　　　　{tot5:.2f}％")
for seg, v, fy, asof in (("current", c5, 2025, "2025-12-31"), ("current", c4, 2024, "2024-12-31"),
                         ("arrears", a5, 2025, "2025-12-31"), ("arrears", a4, 2024, "2024-12-31"),
                         ("total", tot5, 2025, "2025-12-31")):
    rec.fact("市税", fy, "令和７年12月末" if fy == 2025 else "前年同期", seg, "collection_rate", "interim", v,
             "percent", f"{v:.2f}％", as_of=asof)
text_line("　現年分は、前年同期を上回っている。滞納繰越分は高額事案の完結により前年同期を上回った。", height=18)
row += 1
# 取組 table with no 取組 header: 債権名 | 上半期の実施内容 | 進捗
ws.column_dimensions["B"].width = 15
r0 = row
INITS = {
    "市税": [("①", "納期限後20日以内の督促状発送を徹底し、未納者には文書催告を２回実施した。", "継続"),
             ("②", "滞納者の預貯金等の財産調査を電子照会で行い、差押えを前年同期比で増やした。", "拡充"),
             ("③", "兵庫県と共同で個人住民税の特別徴収一斉指定を進めた。", "継続")],
    "国民健康保険税": [("①", "国保加入時に口座振替の申込みを窓口で受け付けた。", "継続"),
                  ("②", "短期被保険者証の更新時に納付相談を行い、分納計画を作成した。", "継続"),
                  ("③", "夜間及び休日の電話催告を民間委託で開始した。", "新規")],
}
rows3 = [["債権名", "上半期の実施内容", None, None, None, None, None, "進捗"]]
heights = [None]
for d, items in INITS.items():
    cell = "\n".join(f"{l}{t}【{s}】" for l, t, s in items)
    rows3.append([d, cell, None, None, None, None, None, "おおむね計画どおり"])
    heights.append(58)
    for l, t, s in items:
        rec.init(d, 2025, "債権別の状況と取組", l, t, s)
grid(rows3, merges=[(0, 1, 0, 6), (1, 1, 1, 6), (2, 1, 2, 6)], header_rows=1, heights=heights, wrap_cols=(1, 7))
brk()

# ---------------- page 3 ----------------
text_line("（２）国民健康保険税", 11, True)
text_line("　令和７年12月末現在の現年度分収納率は前年同期を上回ったが、２月末時点の収納率は例年と同程度の伸び"
          "にとどまる見込みである。参考として、過去２年度の２月末時点の現年度分収納率と、令和７年度の決算見込みを示す。",
          height=30)
text_line("表３　国民健康保険税　現年度分収納率の推移", 10, span=7)
ws.merge_cells(start_row=row - 1, start_column=8, end_row=row - 1, end_column=10)
put(row - 1, 8, "単位：％", size=9, align="right")
rows4 = [["区分", "令和５年度", "令和６年度", "令和７年度", None],
         [None, "R6.2.29現在", "R7.2.28現在", "決算見込", "目標"],
         ["現年度分", "88.64", "89.02", "94.30", "94.80"],
         ["滞納繰越分", "27.15", "28.40", "30.10", "31.00"]]
grid(rows4, merges=[(0, 0, 1, 0), (0, 3, 0, 4)], header_rows=2)
for seg, vals in (("current", (88.64, 89.02, 94.30, 94.80)), ("arrears", (27.15, 28.40, 30.10, 31.00))):
    rec.fact("国民健康保険税", 2023, "令和５年度", seg, "collection_rate", "interim", vals[0], "percent",
             f"{vals[0]:.2f}", as_of="2024-02-29")
    rec.fact("国民健康保険税", 2024, "令和６年度", seg, "collection_rate", "interim", vals[1], "percent",
             f"{vals[1]:.2f}", as_of="2025-02-28")
    rec.fact("国民健康保険税", 2025, "令和７年度", seg, "collection_rate", "estimate", vals[2], "percent",
             f"{vals[2]:.2f}")
    rec.fact("国民健康保険税", 2025, "令和７年度", seg, "collection_rate", "target", vals[3], "percent",
             f"{vals[3]:.2f}")
row += 1
text_line("（３）市営住宅使用料", 11, True)
text_line("　令和６年度決算における市営住宅使用料の収入未済額は約3,120万円で、うち退去者分が約1,870万円を占める。"
          "退去者分については、令和７年度から支払督促の申立てを順次行っている。", height=30)
rec.fact("市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 31_200_000, "yen", "約3,120万円",
         approx=True)
row += 1
text_line("４　全体の状況", 12, True)
text_line("　令和６年度決算における市全体（一般会計及び特別会計）の収入未済額は約８億1,200万円で、前年度から約4,600万円"
          "減少した。令和７年度は引き続き、新たな未収金を発生させない現年度分の徴収強化を優先する。", height=30)
rec.fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 812_000_000, "yen", "約８億1,200万円",
         approx=True, debt_raw="市全体（一般会計及び特別会計）")
row += 1
ws.merge_cells(start_row=row, start_column=1, end_row=row + 3, end_column=10)
put(row, 1, "【今後の予定】\n・令和８年３月　各所管課による下半期の取組状況の点検\n"
            "・令和８年５月　出納閉鎖後の決算値の確定\n・令和８年８月　令和７年度目標達成状況の公表",
    size=10, border=True, wrap=True, valign="top")
for rr in range(row, row + 4):
    ws.row_dimensions[rr].height = 18
    for cc in range(1, 11):
        ws.cell(row=rr, column=cc).border = BOX
row += 4

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.page_margins.left = ws.page_margins.right = 0.6
ws.page_margins.top = 0.8
ws.page_margins.bottom = 0.7
ws.oddHeader.right.text = "丹波篠山市未収金対策推進会議　資料"
ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "&P / &N"
OUT.mkdir(parents=True, exist_ok=True)
x = OUT / f"{STEM}.xlsx"
wb.save(x)
pdf = to_pdf(x, ROOT / "pdf" / f"{STEM}.pdf", "c_ts")
write_gold(pdf, ROOT / "gold" / f"{STEM}.json",
           {"kind": "progress_report", "municipality": "丹波篠山市",
            "title": "令和７年度　未収金対策の取組状況（中間報告）",
            "date": "2026-02-01", "date_raw": "令和８年２月"}, rec)
