"""みやま市 債権回収・整理計画（中間報告）— openpyxl -> LibreOffice."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from b_common import Gold, OUT, ROOT, to_pdf, commas

STEM = "b_miyama_progress_3"
g = Gold(STEM, "progress_report", "みやま市", "令和５年度 債権回収・整理計画（中間報告）", "2024-03-15", "令和6年3月15日")
F = Font(name="IPAexGothic", size=10); FB = Font(name="IPAexGothic", size=10, bold=True); FT = Font(name="IPAexGothic", size=14, bold=True)
thin = Side(style="thin"); hair = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HB = Border(top=hair, bottom=hair)
AS, ASP = "2024-02-29", "2023-02-28"
debts = [
    dict(name="市税", ka="税務課", cur=(98.42, 97.96), arr=(26.3, 24.9), est=(99.05, 28.7, 98.11), tgt=(99.10, 30.0, 98.20),
         out=(21850, 20500),
         area=[("瀬高地区", 98.61, 98.20), ("山川地区", 98.05, 97.54), ("高田地区", 98.33, 97.81)],
         tori=[("(1)", "口座振替の利用を納税通知書送付時に勧奨し、期限内納付の割合を高める。"),
               ("(2)", "滞納繰越分の高額事案は福岡県との併任徴収により差押え・換価を進める。"),
               ("(3)", "執行停止後３年を経過する事案を一覧化し、不納欠損の時期を管理する。")]),
    dict(name="国民健康保険税", ka="税務課", cur=(91.84, 91.20), arr=(17.3, 16.8), est=(94.60, 19.5, 82.10), tgt=(94.80, 20.0, 82.50),
         out=(26430, 25600), area=None,
         tori=[("(1)", "資格喪失届の提出時に未納額を通知し、その場で分納計画を協議する。"),
               ("(2)", "納付誓約の不履行者には、不履行後１か月以内に差押予告書を送付する。")]),
    dict(name="保育所保育料", ka="子ども支援課", cur=(96.12, 96.55), arr=(9.8, 11.2), est=(98.30, 12.0, 96.90), tgt=(98.50, 13.0, 97.10),
         out=(612, 580), area=None,
         tori=[("(1)", "児童手当からの特別徴収（申出徴収）を入所時に案内する。"),
               ("(2)", "卒園した世帯の滞納分は、税務課と連携して財産調査を行う。")]),
]
wb = Workbook()
ws = wb.active; ws.title = "総括"
for c, w in zip("ABCDEFGH", [20, 11, 11, 8, 3, 11, 11, 8]):
    ws.column_dimensions[c].width = w
ws["A1"] = "令和５年度 債権回収・整理計画（中間報告）"; ws["A1"].font = FT
ws["A2"] = "令和6年3月15日　みやま市 総務部 税務課（債権管理担当）"; ws["A2"].font = F
ws["A4"] = "１　主要債権の徴収率（令和6年2月29日現在）"; ws["A4"].font = FB
ws["H5"] = "単位：％"; ws["H5"].font = F; ws["H5"].alignment = Alignment(horizontal="right")
ws["B6"] = "現年分"; ws["F6"] = "滞繰分"
for row in (7,):
    for col, t in zip("BCDFGH", ["本年2月末", "前年同期", "差", "本年2月末", "前年同期", "差"]):
        ws[f"{col}{row}"] = t
for c in "ABCDEFGH":
    for r in (6, 7):
        ws[f"{c}{r}"].font = FB; ws[f"{c}{r}"].alignment = Alignment(horizontal="center")
r = 8
for dd in debts:
    ws[f"A{r}"] = dd["name"]
    for cols, tup, seg, nd in [("BCD", dd["cur"], "current", 2), ("FGH", dd["arr"], "arrears", 1)]:
        a, b = tup
        ws[f"{cols[0]}{r}"] = f"{a:.{nd}f}"; ws[f"{cols[1]}{r}"] = f"{b:.{nd}f}"
        df = round(a - b, nd); ws[f"{cols[2]}{r}"] = ("△" if df < 0 else "") + f"{abs(df):.{nd}f}"
        g.f(f"{a:.{nd}f}", dd["name"], 2023, "本年2月末", seg, "collection_rate", "interim", a, "percent", as_of=AS)
        g.f(f"{b:.{nd}f}", dd["name"], 2022, "前年同期", seg, "collection_rate", "interim", b, "percent", as_of=ASP)
    for c in "ABCDEFGH":
        ws[f"{c}{r}"].font = F
        if c != "A": ws[f"{c}{r}"].alignment = Alignment(horizontal="right")
    r += 1
ws[f"A{r+1}"] = "※差はポイント。△は前年同期を下回るもの。徴収率は収入済額÷調定額（還付未済額を除く。）。"; ws[f"A{r+1}"].font = F
ws[f"A{r+3}"] = "２　個別債権の状況（次頁以降）"; ws[f"A{r+3}"].font = FB
ws.page_setup.paperSize = 9; ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "- &P -"; ws.oddHeader.right.text = "債権回収・整理計画（中間報告）"

for dd in debts:
    nm = dd["name"]; s = wb.create_sheet(nm)
    for c, w in zip("ABCDE", [18, 22, 16, 22, 16]):
        s.column_dimensions[c].width = w
    s["A1"] = "個別債権の取組状況（中間）"; s["A1"].font = FT
    for c, t in zip("ABCD", ["債権名", nm, "所管課", dd["ka"]]):
        s[f"{c}3"] = t; s[f"{c}3"].border = BOX; s[f"{c}3"].font = FB if c in "AC" else F
    s["A5"] = "【徴収率】令和6年2月29日時点"; s["A5"].font = FB
    a, b = dd["cur"]
    s["A6"] = f"　現年分　{a:.2f}％（前年同期 {b:.2f}％）"
    g.f(f"{a:.2f}％", nm, 2023, "令和6年2月29日", "current", "collection_rate", "interim", a, "percent", as_of=AS)
    g.f(f"{b:.2f}％", nm, 2022, "前年同期", "current", "collection_rate", "interim", b, "percent", as_of=ASP)
    a, b = dd["arr"]
    s["A7"] = f"　滞繰分　{a:.1f}％（前年同期 {b:.1f}％）"
    g.f(f"{a:.1f}％", nm, 2023, "令和6年2月29日", "arrears", "collection_rate", "interim", a, "percent", as_of=AS)
    g.f(f"{b:.1f}％", nm, 2022, "前年同期", "arrears", "collection_rate", "interim", b, "percent", as_of=ASP)
    s["A6"].font = s["A7"].font = F
    s["A9"] = "年度末の見込みと目標"; s["A9"].font = FB
    s["B10"] = "決算見込"; s["C10"] = "目標"; s["D10"] = "（参考）R4決算"
    for c in "ABCD":
        s[f"{c}10"].font = FB; s[f"{c}10"].border = HB; s[f"{c}10"].alignment = Alignment(horizontal="center")
    rr = 11
    prev = {"市税": (98.93, 27.1, 97.95, 22410), "国民健康保険税": (94.41, 18.7, 81.64, 27120), "保育所保育料": (98.21, 12.6, 96.77, 655)}[nm]
    for k, (lab, seg, nd) in enumerate([("徴収率（現年分）", "current", 2), ("徴収率（滞繰分）", "arrears", 1), ("徴収率（合計）", "total", 2)]):
        s[f"A{rr}"] = lab
        ev, tv, pv = dd["est"][k], dd["tgt"][k], prev[k]
        for col, v, basis, fy, fr in [("B", ev, "estimate", 2023, "決算見込"), ("C", tv, "target", 2023, "目標"), ("D", pv, "actual", 2022, "R4決算")]:
            t = f"{v:.{nd}f}%"; s[f"{col}{rr}"] = t
            g.f(t, nm, fy, fr, seg, "collection_rate", basis, v, "percent")
        rr += 1
    s[f"A{rr}"] = "収入未済額（万円）"
    eo, to = dd["out"]
    for col, v, basis, fy, fr in [("B", eo, "estimate", 2023, "決算見込"), ("C", to, "target", 2023, "目標"), ("D", prev[3], "actual", 2022, "R4決算")]:
        t = commas(v); s[f"{col}{rr}"] = t
        g.f(t, nm, fy, fr, "total", "outstanding", basis, v * 10000, "yen")
    for r2 in range(11, rr + 1):
        for c in "ABCD":
            s[f"{c}{r2}"].font = F; s[f"{c}{r2}"].border = Border(bottom=hair)
            if c != "A": s[f"{c}{r2}"].alignment = Alignment(horizontal="right")
    rr += 2
    if dd["area"]:
        s[f"A{rr}"] = "地区別の現年分徴収率（単位：％）"; s[f"A{rr}"].font = FB; rr += 1
        for c, t in zip("ABC", ["地区", "R6.2月末", "R5.2月末"]):
            s[f"{c}{rr}"] = t; s[f"{c}{rr}"].border = BOX; s[f"{c}{rr}"].font = FB
        rr += 1
        for ar, x, y in dd["area"]:
            s[f"A{rr}"] = ar; s[f"B{rr}"] = f"{x:.2f}"; s[f"C{rr}"] = f"{y:.2f}"
            g.f(f"{x:.2f}", nm, 2023, "R6.2月末", "current", "collection_rate", "interim", x, "percent", as_of=AS, area=ar)
            g.f(f"{y:.2f}", nm, 2022, "R5.2月末", "current", "collection_rate", "interim", y, "percent", as_of=ASP, area=ar)
            for c in "ABC":
                s[f"{c}{rr}"].border = BOX; s[f"{c}{rr}"].font = F
            rr += 1
        rr += 1
    s[f"A{rr}"] = "主な取組"; s[f"A{rr}"].font = FB; s[f"A{rr}"].border = BOX
    s.merge_cells(f"B{rr}:E{rr}")
    txt = "\n".join(f"{lab}{t}" for lab, t in dd["tori"])
    for lab, t in dd["tori"]:
        g.it(nm, 2023, "主な取組", lab, t, None)
    s[f"B{rr}"] = txt; s[f"B{rr}"].alignment = Alignment(wrap_text=True, vertical="top"); s[f"B{rr}"].font = F
    s.row_dimensions[rr].height = 16 * 2.2 * len(dd["tori"])
    for c in "BCDE":
        s[f"{c}{rr}"].border = BOX
    s.page_setup.paperSize = 9; s.page_setup.fitToWidth = 1; s.page_setup.fitToHeight = 0
    s.sheet_properties.pageSetUpPr.fitToPage = True
    s.oddFooter.center.text = "- &P -"; s.oddHeader.right.text = "債権回収・整理計画（中間報告）"
src = OUT / f"{STEM}.xlsx"; wb.save(src)
pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "b3")
g.finalize(pdf)
