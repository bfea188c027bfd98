"""豊明市 収納対策の取組状況（中間報告） — openpyxl -> LibreOffice. Run from corpus/frozen51."""
import os, random, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

random.seed(5104)
STEM = "qt_toyoake_progress_1"
TITLE = "令和7年度 収納対策の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", "豊明市", TITLE, "2026-01-20", "令和8年1月20日")
AS, ASP = "2025-12-31", "2024-12-31"
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
wb = Workbook()


def setup(ws, landscape=False, widths=()):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 1.0; ws.page_margins.bottom = 0.8; ws.page_margins.header = 0.35
    ws.oddFooter.center.text = "- &P -"
    ws.oddHeader.left.text = TITLE
    ws.sheet_view.showGridLines = False
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w


def put(ws, ref, v, size=10, bold=False, align="left", box=False, fill=None, wrap=False, valign="center"):
    cell = ws[ref]; cell.value = v
    cell.font = Font(name=FN, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if box: cell.border = BOX
    if fill: cell.fill = fill
    return cell


def boxrange(ws, rng):
    for row in ws[rng]:
        for cell in row: cell.border = BOX


# ------------------------------------------------ data
DEBTS = [("市税", "市税", 7480000, 80.4, 262000, 24.6), ("国民健康保険税", "国保税", 1640000, 66.2, 392000, 17.4),
         ("介護保険料", "介護保険料", 1480000, 77.8, 31000, 19.8), ("後期高齢者医療保険料", "後期高齢者医療保険料", 1010000, 78.6, 5200, 33.0),
         ("保育料", "保育料", 142000, 76.9, 11800, 15.5)]
D = {}
for n, pr, a, cr, aa, ar in DEBTS:
    now = {"cur": rec(a, int(a * cr / 100)), "arr": rec(aa, int(aa * ar / 100))}
    pa = int(a * random.uniform(0.97, 1.01)); paa = int(aa * random.uniform(1.02, 1.1))
    prev = {"cur": rec(pa, int(pa * (cr - random.uniform(0.1, 0.6)) / 100)), "arr": rec(paa, int(paa * (ar - random.uniform(-1.0, 1.5)) / 100))}
    now["tot"] = add(now["cur"], now["arr"]); prev["tot"] = add(prev["cur"], prev["arr"])
    D[n] = dict(now=now, prev=prev)

# ------------------------------------------------ p1
ws = wb.active; ws.title = "概況"
setup(ws, False, (13, 11, 12, 12, 12, 12, 10, 10, 10))
g.page = 1
put(ws, "A1", TITLE, 14, True)
put(ws, "H1", "令和7年12月末現在", 10, True, "center", True); ws.merge_cells("H1:I1"); boxrange(ws, "H1:I1")
put(ws, "A2", "豊明市 市民生活部 税務課", 10)
put(ws, "A4", "１　概況", 12, True)
zc = D["市税"]["now"]; zp = D["市税"]["prev"]
put(ws, "A5", "【収納率】令和7年12月末時点（市税）", 10.5, True)
put(ws, "B6", "・現年分　" + g.f(f"{pf(zc['cur']['r'])}％", zc["cur"]["r"], "collection_rate", 2025, "令和7年", "current", "interim", debt="市税", debt_raw="市税", as_of=AS))
put(ws, "B7", "・滞納繰越分　" + g.f(f"{pf(zc['arr']['r'])}％", zc["arr"]["r"], "collection_rate", 2025, "令和7年", "arrears", "interim", debt="市税", debt_raw="市税", as_of=AS))
dpt = r(zc["tot"]["r"] - zp["tot"]["r"])
put(ws, "B8", "・全体　" + g.f(f"{pf(zc['tot']['r'])}％", zc["tot"]["r"], "collection_rate", 2025, "令和7年", "total", "interim", debt="市税", debt_raw="市税", as_of=AS)
    + "（前年同月比 " + g.f(("＋" if dpt >= 0 else "△") + f"{pf(abs(dpt))}ポイント", dpt, "difference", 2025, "令和7年", "total", "interim", unit="points", debt="市税", debt_raw="市税", as_of=AS) + "）")
o_now = sum(D[n]["now"]["tot"]["o"] for n in D); o_prev = sum(D[n]["prev"]["tot"]["o"] for n in D)
dm = round((o_prev - o_now) / 10)
txt = ("主要５債権の12月末現在の収入未済額は、前年同月から" + g.f(f"約{dm:,}万円", -dm * 10000, "difference", 2025, None, "total", "interim", approx=True, as_of=AS)
       + "減少した。市税は特別徴収の一斉指定の効果により前年を上回って推移しているが、国保税は資格喪失者分の未納が増えている。")
put(ws, "A9", txt, 10, wrap=True, valign="top"); ws.merge_cells("A9:I10"); ws.row_dimensions[9].height = 22; ws.row_dimensions[10].height = 22
put(ws, "A12", "２　主要債権の収納状況（12月末）", 12, True)
put(ws, "I13", "単位：千円、％", 9, align="right")
hdr = [("A14", "債権名"), ("B14", "区分"), ("C14", "調定額"), ("E14", "収入済額"), ("G14", "収納率"),
       ("C15", "今年度"), ("D15", "前年度"), ("E15", "今年度"), ("F15", "前年度"), ("G15", "今年度"), ("H15", "前年度"), ("I15", "差")]
for ref, v in hdr:
    put(ws, ref, v, 9.5, True, "center", True, HFILL)
for rng in ("A14:A15", "B14:B15", "C14:D14", "E14:F14", "G14:I14"):
    ws.merge_cells(rng)
boxrange(ws, "A14:I15")
row = 16
for n, pr, *_ in DEBTS:
    start = row
    for seg, key, lab in (("current", "cur", "現年分"), ("arrears", "arr", "滞納繰越分"), ("total", "tot", "計")):
        now, prev = D[n]["now"][key], D[n]["prev"][key]
        kw = dict(debt=n, debt_raw=pr)
        put(ws, f"B{row}", lab, 9.5, box=True)
        put(ws, f"C{row}", g.f(c(now["a"]), now["a"] * 1000, "assessed", 2025, "今年度", seg, "interim", as_of=AS, **kw), 9.5, align="right", box=True)
        put(ws, f"D{row}", g.f(c(prev["a"]), prev["a"] * 1000, "assessed", 2024, "前年度", seg, "interim", as_of=ASP, **kw), 9.5, align="right", box=True)
        put(ws, f"E{row}", g.f(c(now["c"]), now["c"] * 1000, "collected", 2025, "今年度", seg, "interim", as_of=AS, **kw), 9.5, align="right", box=True)
        put(ws, f"F{row}", g.f(c(prev["c"]), prev["c"] * 1000, "collected", 2024, "前年度", seg, "interim", as_of=ASP, **kw), 9.5, align="right", box=True)
        put(ws, f"G{row}", g.f(pf(now["r"]), now["r"], "collection_rate", 2025, "今年度", seg, "interim", as_of=AS, **kw), 9.5, align="right", box=True)
        put(ws, f"H{row}", g.f(pf(prev["r"]), prev["r"], "collection_rate", 2024, "前年度", seg, "interim", as_of=ASP, **kw), 9.5, align="right", box=True)
        dd = r(now["r"] - prev["r"])
        put(ws, f"I{row}", g.f(("△" if dd < 0 else "") + pf(abs(dd)), dd, "difference", 2025, "今年度", seg, "interim", unit="points", as_of=AS, **kw), 9.5, align="right", box=True)
        if key == "tot":
            for col in "BCDEFGHI": ws[f"{col}{row}"].fill = PatternFill("solid", fgColor="F2F2F2")
        row += 1
    put(ws, f"A{start}", pr, 9.5, box=True, wrap=True); ws.merge_cells(f"A{start}:A{row-1}"); boxrange(ws, f"A{start}:A{row-1}")
put(ws, f"A{row}", "※ 今年度は令和7年12月末、前年度は令和6年12月末現在。差は今年度収納率－前年度収納率（ポイント）。", 8.5)
put(ws, f"A{row+1}", "※ 国保税＝国民健康保険税。", 8.5)

# ------------------------------------------------ p2 monthly (landscape)
ws = wb.create_sheet("月別"); g.page = 2
setup(ws, True, [16] + [8.6] * 12)
put(ws, "A1", "３　月別収納状況（市税・現年分、累計）", 13, True)
put(ws, "K1", "令和7年12月末現在", 10, True, "center", True); ws.merge_cells("K1:M1"); boxrange(ws, "K1:M1")
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
import calendar
def eom(fy, k):
    m = (k + 3) % 12 + 1; y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
curve = [7.6, 16.9, 33.8, 41.2, 49.5, 58.3, 64.9, 72.6, 80.4, 87.2, 91.8, 98.9]
rates = {2025: [r(v + random.uniform(-0.15, 0.15)) for v in curve[:9]] + [None] * 3,
         2024: [r(v - 0.3 + random.uniform(-0.15, 0.15)) for v in curve],
         2023: [r(v - 0.5 + random.uniform(-0.15, 0.15)) for v in curve]}
rates[2025][8] = zc["cur"]["r"]; rates[2024][8] = zp["cur"]["r"]
put(ws, "A3", "（１）収納率（％）", 10.5, True)
put(ws, "A4", "年度", 9.5, True, "center", True, HFILL)
for k, m in enumerate(MON):
    put(ws, f"{chr(66+k)}4", m, 9.5, True, "center", True, HFILL)
for i, (fy, lab) in enumerate(((2025, "令和7年度"), (2024, "令和6年度"), (2023, "令和5年度"))):
    rw = 5 + i
    put(ws, f"A{rw}", lab, 9.5, box=True, align="center")
    for k in range(12):
        v = rates[fy][k]
        txt = "－" if v is None else g.f(pf(v), v, "collection_rate", fy, lab, "current", "interim", debt="市税", debt_raw="市税", as_of=eom(fy, k))
        put(ws, f"{chr(66+k)}{rw}", txt, 9.5, align="right", box=True)
put(ws, "A9", "（２）収入済額（千円）", 10.5, True)
put(ws, "A10", "年度", 9.5, True, "center", True, HFILL)
for k, m in enumerate(MON):
    put(ws, f"{chr(66+k)}10", m, 9.5, True, "center", True, HFILL)
amt = {2025: zc["cur"]["a"], 2024: zp["cur"]["a"]}
for i, (fy, lab) in enumerate(((2025, "今年度"), (2024, "前年度"))):
    rw = 11 + i
    put(ws, f"A{rw}", lab, 9.5, box=True, align="center")
    for k in range(12):
        v = rates[fy][k]
        if v is None:
            put(ws, f"{chr(66+k)}{rw}", "－", 9.5, align="right", box=True); continue
        yen = (zc if fy == 2025 else zp)["cur"]["c"] if k == 8 else int(amt[fy] * v / 100)
        put(ws, f"{chr(66+k)}{rw}", g.f(c(yen), yen * 1000, "collected", fy, lab, "current", "interim", debt="市税", debt_raw="市税", as_of=eom(fy, k)), 9, align="right", box=True)
put(ws, "A14", "※ 令和5年度の2月末は令和6年2月29日現在。収入済額は各月末の累計額。", 9)
put(ws, "A15", "※ 前年度は令和6年度、今年度は令和7年度。", 9)

# ------------------------------------------------ p3 year-end estimate + 取組
ws = wb.create_sheet("見込"); g.page = 3
setup(ws, False, (16, 11, 11, 11, 11, 11, 11, 10))
put(ws, "A1", "４　年度末の見込み", 13, True)
put(ws, "G1", "令和7年12月末現在", 10, True, "center", True); ws.merge_cells("G1:H1"); boxrange(ws, "G1:H1")
put(ws, "A2", "収納率（％）", 9, align="left")
hdr = ["債権名", "令和6年度\n決算", "令和7年度\n目標", "令和7年度\n決算見込", "見込－目標", "令和6年度\n決算", "令和7年度\n目標", "令和7年度\n決算見込"]
put(ws, "B3", "現年分", 9.5, True, "center", True, HFILL); ws.merge_cells("B3:E3")
put(ws, "F3", "滞納繰越分", 9.5, True, "center", True, HFILL); ws.merge_cells("F3:H3")
put(ws, "A3", "", 9.5, True, "center", True, HFILL)
for k, h in enumerate(hdr):
    put(ws, f"{chr(65+k)}4", h, 9, True, "center", True, HFILL, wrap=True)
ws.row_dimensions[4].height = 28
boxrange(ws, "A3:H4")
SET_ = {"市税": (99.21, 99.30, 99.34, 30.12, 31.00, 31.45), "国民健康保険税": (93.84, 94.50, 94.12, 21.05, 22.00, 21.60),
        "介護保険料": (99.02, 99.10, 99.12, 24.40, 25.00, 25.30), "後期高齢者医療保険料": (99.55, 99.60, 99.61, 41.20, 42.00, 42.50),
        "保育料": (98.90, 99.00, 98.95, 18.30, 20.00, 19.10)}
row = 5
for n, pr, *_ in DEBTS:
    a1, t1, e1, a2, t2, e2 = SET_[n]
    kw = dict(debt=n, debt_raw=pr)
    put(ws, f"A{row}", pr, 9.5, box=True, wrap=True)
    put(ws, f"B{row}", g.f(pf(a1), a1, "collection_rate", 2024, "令和6年度", "current", "actual", **kw), 9.5, align="right", box=True)
    put(ws, f"C{row}", g.f(pf(t1), t1, "collection_rate", 2025, "令和7年度", "current", "target", **kw), 9.5, align="right", box=True)
    put(ws, f"D{row}", g.f(pf(e1), e1, "collection_rate", 2025, "令和7年度", "current", "estimate", **kw), 9.5, align="right", box=True)
    dd = r(e1 - t1)
    put(ws, f"E{row}", g.f(("▲" if dd < 0 else "") + pf(abs(dd)), dd, "difference", 2025, "令和7年度", "current", "estimate", unit="points", **kw), 9.5, align="right", box=True)
    put(ws, f"F{row}", g.f(pf(a2), a2, "collection_rate", 2024, "令和6年度", "arrears", "actual", **kw), 9.5, align="right", box=True)
    put(ws, f"G{row}", g.f(pf(t2), t2, "collection_rate", 2025, "令和7年度", "arrears", "target", **kw), 9.5, align="right", box=True)
    put(ws, f"H{row}", g.f(pf(e2), e2, "collection_rate", 2025, "令和7年度", "arrears", "estimate", **kw), 9.5, align="right", box=True)
    row += 1
put(ws, f"A{row}", "※ ▲は見込が目標を下回るもの。", 8.5); row += 1
# 前年度比 (ratio %) of 収入済額
row += 1
put(ws, f"A{row}", "５　収入済額の前年同月比（12月末、現年分＋滞納繰越分）", 11, True); row += 1
for k, h in enumerate(["債権名", "今年度（千円）", "前年度（千円）", "前年度比（％）", "滞納者数"]):
    put(ws, f"{chr(65+k)}{row}", h, 9, True, "center", True, HFILL, wrap=True)
row += 1
DELQ = {"市税": 2184, "国民健康保険税": 1627, "介護保険料": 412, "後期高齢者医療保険料": 96, "保育料": 58}
for n, pr, *_ in DEBTS:
    now, prev = D[n]["now"]["tot"], D[n]["prev"]["tot"]
    kw = dict(debt=n, debt_raw=pr)
    put(ws, f"A{row}", pr, 9.5, box=True)
    put(ws, f"B{row}", g.f(c(now["c"]), now["c"] * 1000, "collected", 2025, "今年度", "total", "interim", as_of=AS, **kw), 9.5, align="right", box=True)
    put(ws, f"C{row}", g.f(c(prev["c"]), prev["c"] * 1000, "collected", 2024, "前年度", "total", "interim", as_of=ASP, **kw), 9.5, align="right", box=True)
    ratio = r(now["c"] * 100 / prev["c"], 1)
    put(ws, f"D{row}", g.f(f"{ratio:.1f}", ratio, "ratio_to_previous", 2025, "今年度", "total", "interim", unit="percent", as_of=AS, **kw), 9.5, align="right", box=True)
    put(ws, f"E{row}", g.f(f"{DELQ[n]:,}", DELQ[n], "delinquents", 2025, "今年度", "total", "interim", as_of=AS, unit="households" if n == "国民健康保険税" else "persons", **kw), 9.5, align="right", box=True)
    row += 1
put(ws, f"A{row}", "※ 滞納者数の単位は人。ただし国保税は滞納世帯数（世帯）。", 8.5); row += 2
# 取組 status table, no header on status col
put(ws, f"A{row}", "６　取組の実施状況", 11, True); row += 1
put(ws, f"A{row}", "取組内容", 9.5, True, "center", True, HFILL); ws.merge_cells(f"A{row}:F{row}")
put(ws, f"G{row}", "", 9.5, True, "center", True, HFILL); put(ws, f"H{row}", "担当課", 9.5, True, "center", True, HFILL)
boxrange(ws, f"A{row}:H{row}"); row += 1
ITEMS = [("(1)", "個人住民税の特別徴収一斉指定を継続し、未指定事業所に文書で要請した。", "継続", "実施済", "税務課", "市税"),
         ("(2)", "滞納者の預貯金調査を電子照会に切り替え、差押えまでの期間を短縮した。", "拡充", "実施済", "税務課", "市税"),
         ("(3)", "国保資格喪失者に対し、喪失届の受付時に未納分の納付書を手渡した。", "新規", "実施中", "保険医療課", "国民健康保険税"),
         ("(4)", "保育料の未納世帯に、児童手当からの申出徴収を案内した。", "継続", "実施中", "子育て支援課", "保育料")]
for lab, t, stt, prog, ka, dn in ITEMS:
    g.i(t, dn, 2025, "取組の実施状況", lab, stt)
    put(ws, f"A{row}", f"{lab}{t}【{stt}】", 9, wrap=True, box=True); ws.merge_cells(f"A{row}:F{row}"); boxrange(ws, f"A{row}:F{row}")
    ws.row_dimensions[row].height = 26
    put(ws, f"G{row}", prog, 9, align="center", box=True); put(ws, f"H{row}", ka, 8.5, box=True, wrap=True)
    row += 1
put(ws, f"A{row}", "差押件数（4月～12月）：" + g.f("286件", 286, "seizures", 2025, None, unit="cases", basis="interim", as_of=AS, debt="市税", debt_raw="市税") + "（前年同期 " + g.f("251件", 251, "seizures", 2024, "前年同期", unit="cases", basis="interim", as_of=ASP, debt="市税", debt_raw="市税") + "）", 9)

xp = os.path.join(WORK, STEM + ".xlsx")
wb.save(xp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, xp], check=True, capture_output=True)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), os.path.join(SET, "pdf", STEM + ".pdf"))
g.save()
