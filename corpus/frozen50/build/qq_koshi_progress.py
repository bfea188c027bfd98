"""合志市 債権管理の取組状況（中間報告） (progress_report) — openpyxl workbook converted with LibreOffice. Run from corpus/frozen50."""
import calendar, shutil, subprocess, sys
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
sys.path.insert(0, "build")
from qq_lib import Doc, c, r, zen, ROOT

STEM = "qq_koshi_progress_1"
D = Doc(STEM, "progress_report", "progress", "合志市", "令和５年度 市税等の収納状況及び債権管理の取組状況（中間報告）",
        "2024-02-29", "令和６年２月末現在")
K = 1000
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="D9E1F2")
ZEB = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()


def sheet(ws, widths, land=False):
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if land else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = "令和５年度 債権管理の取組状況（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT


def put(ws, ref, v, size=10, bold=False, fill=None, border=True, al="left", wrap=False):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def merge(ws, rng, v, **k):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, v, **k)
    if k.get("border", True):
        from openpyxl.utils import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(rr, cc).border = BOX


# ------------------------------------------------------------ sheet 1: summary
ws = wb.active
ws.title = "総括"
sheet(ws, [11, 8, 14, 14, 10, 14, 14, 10, 10, 11, 10], land=True)
merge(ws, "I1:K2", "令和６年２月末現在", size=11, bold=True, al="center")
merge(ws, "A3:K3", "市税等の収納状況及び債権管理の取組状況", size=15, bold=True, border=False, al="center")
put(ws, "A5", "１　主要債権の収納状況", size=11, bold=True, border=False)
# debt -> (cur: 前年度 a, c ; 今年度 a, c), (arr: ...) ; 年度末見込 rate cur, arr ; 目標 cur, arr
DATA = {
    "市税": ((5812340, 4889340, 5987650, 5072740), (187650, 38920, 176540, 39110), (98.95, 27.50), (99.00, 27.00)),
    "国民健康保険税": ((1123450, 853210, 1098760, 842130), (312340, 52340, 289760, 51230), (94.20, 22.00), (94.50, 22.50)),
    "介護保険料": ((734560, 650120, 752340, 668910), (24560, 4120, 22980, 4310), (98.70, 21.50), (98.60, 21.00)),
}
SHORTN = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護料"}
row = 6
merge(ws, f"A{row}:B{row + 1}", "区分", fill=HDR, al="center")
merge(ws, f"C{row}:E{row}", "前年度", fill=HDR, al="center")
merge(ws, f"F{row}:H{row}", "今年度", fill=HDR, al="center")
merge(ws, f"I{row}:I{row + 1}", "差\n（ポイント）", fill=HDR, al="center", wrap=True)
merge(ws, f"J{row}:J{row + 1}", "年度末見込（％）", fill=HDR, al="center", wrap=True)
merge(ws, f"K{row}:K{row + 1}", "目標（％）", fill=HDR, al="center")
for col, h in zip("CDEFGH", ["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{col}{row + 1}", h, size=8.5, fill=HDR, al="center", wrap=True)
ws.row_dimensions[row + 1].height = 28
row += 2
zebra = False
for dn, (cur, arr, est, tgt) in DATA.items():
    tot = tuple(cur[i] + arr[i] for i in range(4))
    r0 = row
    for seg, lab, v, e, t in (("current", "現年分", cur, est[0], tgt[0]), ("arrears", "滞繰分", arr, est[1], tgt[1]),
                              ("total", "計", tot, None, None)):
        fill = ZEB if zebra else None
        zebra = not zebra
        pr, tr = round(v[1] / v[0] * 100, 2), round(v[3] / v[2] * 100, 2)
        dd = round(tr - pr, 2)
        put(ws, f"B{row}", lab, fill=fill, al="center")
        for col, val in zip("CDEFGH", [c(v[0]), c(v[1]), f"{pr:.2f}", c(v[2]), c(v[3]), f"{tr:.2f}"]):
            put(ws, f"{col}{row}", val, fill=fill, al="right")
        put(ws, f"I{row}", r(dd, 2), fill=fill, al="right")
        put(ws, f"J{row}", f"{e:.2f}" if e else "－", fill=fill, al="right")
        put(ws, f"K{row}", f"{t:.2f}" if t else "－", fill=fill, al="right")
        sd = SHORTN[dn]
        D.f(1, c(v[0]), v[0] * K, "yen", "assessed", seg, "interim", 2022, "前年度", dn, sd, as_of=ASOF_P)
        D.f(1, c(v[1]), v[1] * K, "yen", "collected", seg, "interim", 2022, "前年度", dn, sd, as_of=ASOF_P)
        D.f(1, f"{pr:.2f}", pr, "percent", "collection_rate", seg, "interim", 2022, "前年度", dn, sd, as_of=ASOF_P)
        D.f(1, c(v[2]), v[2] * K, "yen", "assessed", seg, "interim", 2023, "今年度", dn, sd, as_of=ASOF)
        D.f(1, c(v[3]), v[3] * K, "yen", "collected", seg, "interim", 2023, "今年度", dn, sd, as_of=ASOF)
        D.f(1, f"{tr:.2f}", tr, "percent", "collection_rate", seg, "interim", 2023, "今年度", dn, sd, as_of=ASOF)
        D.f(1, r(dd, 2), dd, "points", "difference", seg, "interim", 2023, "今年度", dn, sd, as_of=ASOF)
        if e:
            D.f(1, f"{e:.2f}", e, "percent", "collection_rate", seg, "estimate", 2023, "年度末見込", dn, sd)
            D.f(1, f"{t:.2f}", t, "percent", "collection_rate", seg, "target", 2023, "目標", dn, sd)
        row += 1
    merge(ws, f"A{r0}:A{row - 1}", SHORTN[dn], al="center")
merge(ws, f"A{row}:K{row}", "（注）国保税＝国民健康保険税、介護料＝介護保険料。前年度は令和５年２月末、今年度は令和６年２月末の累計。", size=8.5, border=False)
row += 2
put(ws, f"A{row}", "２　年度末の見込み", size=11, bold=True, border=False)
row += 1
tx = DATA["市税"]
txt = ("　市税の現年分は、２月末時点で前年同月を上回って推移しており、年度末の収納率は98.9％程度となる見込みです。"
       "国保税の滞繰分は、差押えの強化により収入済額が前年同月並みを確保しています。")
merge(ws, f"A{row}:K{row + 2}", txt, border=False, wrap=True, size=10)
D.f(1, "98.9％程度", 98.9, "percent", "collection_rate", "current", "estimate", 2023, "年度末", "市税", approx=True)

# ------------------------------------------------------------ sheet 2: monthly
ws = wb.create_sheet("月別")
sheet(ws, [10, 15, 11, 15, 11, 10])
merge(ws, "E1:F2", "令和６年２月末現在", size=11, bold=True, al="center")
merge(ws, "A3:F3", "市税（現年分）月別収納状況", size=14, bold=True, border=False, al="center")
put(ws, "A5", "（累計）", size=9, border=False)
merge(ws, "A6:A7", "月末", fill=HDR, al="center")
merge(ws, "B6:C6", "前年度", fill=HDR, al="center")
merge(ws, "D6:E6", "今年度", fill=HDR, al="center")
merge(ws, "F6:F7", "差\n（ポイント）", fill=HDR, al="center", wrap=True)
for col, h in zip("BCDE", ["収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{col}7", h, size=9, fill=HDR, al="center", wrap=True)
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
prev_rate = [9.84, 18.42, 27.95, 36.61, 45.02, 52.87, 60.11, 66.93, 74.12, 79.85, 84.12, 97.05]
this_rate = [10.12, 18.90, 28.31, 37.05, 45.60, 53.35, 60.72, 67.51, 74.80, 80.41, 84.72, None]
PA, TA = 5812340, 5987650  # 2月末 assessed (used for the 累計 amounts)
for k, m in enumerate(months):
    rr = 8 + k
    fill = ZEB if k % 2 else None
    put(ws, f"A{rr}", f"{m}月末", fill=fill, al="center")
    py = 2022 if m >= 4 else 2023
    ty = 2023 if m >= 4 else 2024
    pd = f"{py}-{m:02d}-{calendar.monthrange(py, m)[1]:02d}"
    td = f"{ty}-{m:02d}-{calendar.monthrange(ty, m)[1]:02d}"
    pc = round(PA * prev_rate[k] / 100) if m != 2 else DATA["市税"][0][1]
    pr = prev_rate[k] if m != 2 else round(pc / PA * 100, 2)
    put(ws, f"B{rr}", c(pc), fill=fill, al="right")
    put(ws, f"C{rr}", f"{pr:.2f}", fill=fill, al="right")
    D.f(2, c(pc), pc * K, "yen", "collected", "current", "interim", 2022, "前年度", "市税", as_of=pd)
    D.f(2, f"{pr:.2f}", pr, "percent", "collection_rate", "current", "interim", 2022, "前年度", "市税", as_of=pd)
    if this_rate[k] is None:
        for col in "DEF":
            put(ws, f"{col}{rr}", "－", fill=fill, al="center")
        continue
    tc = round(TA * this_rate[k] / 100) if m != 2 else DATA["市税"][0][3]
    tr = this_rate[k] if m != 2 else round(tc / TA * 100, 2)
    dd = round(tr - pr, 2)
    put(ws, f"D{rr}", c(tc), fill=fill, al="right")
    put(ws, f"E{rr}", f"{tr:.2f}", fill=fill, al="right")
    put(ws, f"F{rr}", r(dd, 2), fill=fill, al="right")
    D.f(2, c(tc), tc * K, "yen", "collected", "current", "interim", 2023, "今年度", "市税", as_of=td)
    D.f(2, f"{tr:.2f}", tr, "percent", "collection_rate", "current", "interim", 2023, "今年度", "市税", as_of=td)
    D.f(2, r(dd, 2), dd, "points", "difference", "current", "interim", 2023, "今年度", "市税", as_of=td)
put(ws, "A21", "※ 今年度は令和５年度、前年度は令和４年度。３月末は出納整理期間前の数値。", size=8.5, border=False)
# district table
put(ws, "A23", "【参考】地区別 市税（現年分）収納率（２月末）", size=10.5, bold=True, border=False)
for col, h in zip("ABCD", ["地区", "前年度", "今年度", "差"]):
    put(ws, f"{col}24", h, fill=HDR, al="center")
AREAS = [("合志地区", 84.31, 84.95), ("西合志地区", 83.96, 84.53)]
for k, (ar, p_, t_) in enumerate(AREAS):
    rr = 25 + k
    dd = round(t_ - p_, 2)
    for col, v in zip("ABCD", [ar, f"{p_:.2f}％", f"{t_:.2f}％", f"{dd:.2f}"]):
        put(ws, f"{col}{rr}", v, al="center" if col == "A" else "right")
    D.f(2, f"{p_:.2f}％", p_, "percent", "collection_rate", "current", "interim", 2022, "前年度", "市税", as_of=ASOF_P, area=ar)
    D.f(2, f"{t_:.2f}％", t_, "percent", "collection_rate", "current", "interim", 2023, "今年度", "市税", as_of=ASOF, area=ar)
    D.f(2, f"{dd:.2f}", dd, "points", "difference", "current", "interim", 2023, "今年度", "市税", as_of=ASOF, area=ar)

# ------------------------------------------------------------ sheet 3: 取組の実施状況
ws = wb.create_sheet("取組")
sheet(ws, [6, 16, 46, 14, 14], land=True)
merge(ws, "D1:E2", "令和６年２月末現在", size=11, bold=True, al="center")
merge(ws, "A3:E3", "主な取組の実施状況", size=14, bold=True, border=False, al="center")
for col, h in zip("ABCDE", ["No.", "債権名", "取組内容", "担当課", ""]):
    put(ws, f"{col}5", h, fill=HDR, al="center")
ITEMS = [("市税", "納期内納付の勧奨のため、SMSによる納付案内を送信する。", "収税課", "◎", "新規"),
         ("市税", "滞納繰越分の高額案件について、不動産の公売を実施する。", "収税課", "○", "継続"),
         ("国民健康保険税", "短期被保険者証の交付時に納付相談を行い、分納を履行させる。", "保険年金課", "○", "継続"),
         ("国民健康保険税", "給与照会を一斉に行い、給与の差押えを進める。", "収税課", "◎", "拡充"),
         ("介護保険料", "普通徴収の未納者に対し、サービス利用時の給付制限を説明する。", "高齢者支援課", "△", None),
         ("保育所保育料", "児童手当からの申出徴収を保護者に勧奨する。", "子育て支援課", "○", "継続")]
for k, (dn, t, ka, mark, tag) in enumerate(ITEMS):
    rr = 6 + k
    put(ws, f"A{rr}", str(k + 1), al="center")
    put(ws, f"B{rr}", dn)
    put(ws, f"C{rr}", t + (f"【{tag}】" if tag else ""), wrap=True)
    put(ws, f"D{rr}", ka)
    put(ws, f"E{rr}", mark, al="center")
    ws.row_dimensions[rr].height = 32
    D.i(3, dn, 2023, "主な取組の実施状況", str(k + 1), t, tag)
put(ws, "A12", "（凡例）◎：計画以上に実施　○：計画どおり実施　△：一部未実施", size=8.5, border=False)
put(ws, "A14", "滞納者数及び差押件数（市税・２月末）", size=10.5, bold=True, border=False)
put(ws, "D15", "滞納者数", fill=HDR, al="center")
put(ws, "E15", "差押件数", fill=HDR, al="center")
CNT = {"delinquents": (2184, 2071, "人", "persons"), "seizures": (412, 468, "件", "cases")}
for rr, lab in ((16, "前年度"), (17, "今年度"), (18, "増減")):
    merge(ws, f"A{rr}:C{rr}", lab, al="center")
    for col, met in (("D", "delinquents"), ("E", "seizures")):
        p_, t_, unit, u = CNT[met]
        if lab == "前年度":
            v = f"{p_:,}{unit}"
            D.f(3, v, p_, u, met, "total", "interim", 2022, "前年度", "市税", as_of=ASOF_P)
        elif lab == "今年度":
            v = f"{t_:,}{unit}"
            D.f(3, v, t_, u, met, "total", "interim", 2023, "今年度", "市税", as_of=ASOF)
        else:
            v = ("△" if t_ < p_ else "") + f"{abs(t_ - p_):,}{unit}"
        put(ws, f"{col}{rr}", v, al="right")

tmp = Path("/tmp/qq_work/koshi")
tmp.mkdir(parents=True, exist_ok=True)
wb.save(tmp / "koshi.xlsx")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(tmp / "koshi.xlsx")],
               check=True, capture_output=True)
shutil.copy(tmp / "koshi.pdf", ROOT / "pdf" / f"{STEM}.pdf")
sys.exit(0 if D.write() else 1)
