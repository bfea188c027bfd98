"""川口市 債権回収・整理計画（中間報告） 令和６年２月末 (openpyxl -> LibreOffice) and its gold."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import OUT, PDF, Gold, c, rate, to_pdf  # noqa: E402

STEM = "s_kawaguchi_progress_1"
MUNI = "川口市"
TITLE = "令和５年度 債権回収・整理計画（中間報告）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

F = "IPAexGothic"
thin = Side(style="thin")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)

# debt: (所管, cur A, cur rate approx, arr A, arr rate approx, prev interim (cur, arr, tot),
#        estimate (cur, arr, tot), prev actual (cur, arr, tot), target (cur, arr, tot), items)
SHEETS = {
    "市税": ("財政部 収納課", 58214330, 91.2, 2104560, 24.8, ("90.95", "23.90", "88.60"),
             ("99.10", "30.50", "97.35"), ("99.02", "29.80", "97.12"), ("99.15", "31.00", "97.45"),
             [("(1)", "年度末の一斉催告に合わせ、夜間・休日の納税相談窓口を開設する。", "継続"),
              ("(2)", "滞納繰越事案のうち高額案件について、不動産公売を含めた換価を進める。", "拡充"),
              ("(3)", "預貯金照会の電子化により、財産調査から差押えまでの期間を短縮する。", "新規")]),
    "国民健康保険税": ("福祉部 国民健康保険課", 9870220, 78.6, 3015400, 17.9, ("77.95", "17.20", "63.20"),
                ("93.80", "22.50", "78.10"), ("93.55", "21.80", "76.95"), ("94.00", "23.00", "78.60"),
                [("(1)", "資格喪失世帯に対し、文書及び電話による納付勧奨を実施する。", "継続"),
                 ("(2)", "分納不履行者には、差押予告を経て速やかに滞納処分を行う。", "継続")]),
    "介護保険料": ("福祉部 介護保険課", 8402115, 90.4, 188040, 20.1, ("90.12", "19.50", "88.50"),
              ("98.95", "24.00", "97.10"), ("98.90", "23.40", "96.98"), ("99.00", "25.00", "97.20"),
              [("(1)", "普通徴収の未納者に対し、３月に一斉文書催告を行う。", "継続"),
               ("(2)", "長期滞納者には給付制限の内容を個別に説明し、納付を促す。", "拡充")]),
    "市営住宅使用料": ("都市計画部 住宅政策課", 1204880, 88.7, 256300, 9.8, ("88.20", "9.10", "74.40"),
                ("97.40", "13.00", "82.60"), ("97.25", "12.40", "82.10"), ("97.60", "14.00", "83.00"),
                [("(1)", "３か月以上の滞納者及び連帯保証人への催告を徹底する。", "継続"),
                 ("(2)", "催告に応じない長期滞納者について、明渡し請求訴訟を提起する。", "継続")]),
}
OTHERS = {  # summary only: cur now, cur prev, arr now, arr prev
    "後期高齢者医療保険料": ("福祉部 国民健康保険課", "92.84", "92.61", "41.30", "40.85"),
    "保育所保育料": ("子ども部 保育幼稚園課", "89.95", "90.12", "16.40", "15.85"),
    "下水道使用料": ("上下水道局 営業課", "90.71", "90.44", "45.10", "44.60"),
}


def calc(d):
    s = SHEETS[d]
    ac, aa = s[1], s[3]
    cc, ca = round(ac * s[2] / 100), round(aa * s[4] / 100)
    return {"current": (ac, cc, rate(cc, ac)), "arrears": (aa, ca, rate(ca, aa)),
            "total": (ac + aa, cc + ca, rate(cc + ca, ac + aa))}


def cell(ws, ref, val, bold=False, size=10, h="left", border=GRID, wrap=False):
    c_ = ws[ref]
    if val is not None or not type(c_).__name__ == "MergedCell":
        c_.value = val
    c_.font = Font(name=F, bold=bold, size=size)
    c_.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border is not None:
        c_.border = border
    return c_


def setup(ws, landscape):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddFooter.center.text = "&P"
    ws.oddHeader.right.text = "川口市 債権管理"
    ws.print_options.horizontalCentered = True


def build():
    g = Gold(STEM, "progress_report", MUNI, TITLE, "2024-03-22", "令和６年３月２２日")
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, True)
    for col, w in zip("ABCDEFGHI", [4, 22, 22, 11, 11, 9, 11, 11, 9]):
        ws.column_dimensions[col].width = w
    cell(ws, "B1", TITLE, True, 14, border=None)
    cell(ws, "I1", "令和６年３月２２日", size=10, h="right", border=None)
    cell(ws, "I2", "川口市 財政部 債権管理課", size=10, h="right", border=None)
    cell(ws, "B2", "主要債権の徴収状況（令和６年２月末（２月29日）現在）", True, 11, border=None)
    cell(ws, "I3", "（単位：％、ポイント）", size=9, h="right", border=None)
    ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5")
    ws.merge_cells("D4:F4"); ws.merge_cells("G4:I4")
    for ref, v in {"B4": "債権名", "C4": "所管", "D4": "現年度分", "G4": "過年度分",
                   "D5": "本年２月末", "E5": "前年同期", "F5": "増減", "G5": "本年２月末", "H5": "前年同期",
                   "I5": "増減"}.items():
        cell(ws, ref, v, True, 10, "center", HONLY)
    for ref in ("C5", "B5", "E4", "F4", "H4", "I4"):
        ws[ref].border = HONLY
    r = 6
    rows = []
    for d, s in SHEETS.items():
        k = calc(d)
        rows.append((d, s[0], str(k["current"][2]), s[5][0], str(k["arrears"][2]), s[5][1]))
    for d, o in OTHERS.items():
        rows.append((d, o[0], o[1], o[2], o[3], o[4]))
    for d, ka, cn, cp, an, ap in rows:
        dc = float(cn) - float(cp)
        da = float(an) - float(ap)
        vals = [d, ka, cn, cp, ("△" if dc < 0 else "") + f"{abs(dc):.2f}", an, ap,
                ("△" if da < 0 else "") + f"{abs(da):.2f}"]
        for col, v in zip("BCDEFGHI", vals):
            cell(ws, f"{col}{r}", v, h="left" if col in "BC" else "right", border=HONLY)
        for seg, now, prev in (("current", cn, cp), ("arrears", an, ap)):
            g.f(1, d, 2023, "令和６年２月末", seg, "collection_rate", "interim", float(now), "percent", now,
                as_of=AS_OF)
            g.f(1, d, 2022, "前年同期", seg, "collection_rate", "interim", float(prev), "percent", prev,
                as_of=AS_OF_PREV)
        r += 1
    cell(ws, f"B{r + 1}", "※徴収率＝収入済額÷調定額。前年同期は令和５年２月末現在。増減の△は前年同期を下回ったもの。",
         size=9, border=None)
    cell(ws, f"B{r + 2}", "※令和５年度は出納整理期間（５月末）までの収入を含まない。", size=9, border=None)

    page = 1
    for d, s in SHEETS.items():
        page += 1
        k = calc(d)
        ws = wb.create_sheet(d)
        setup(ws, False)
        for col, w in zip("ABCDEFG", [14, 13, 13, 13, 13, 13, 13]):
            ws.column_dimensions[col].width = w
        cell(ws, "A1", "令和５年度 債権回収・整理計画（中間報告）", True, 12, border=None)
        ws.merge_cells("A3:C3")
        cell(ws, "A3", f"債権名　{d}", True, 12)
        ws.merge_cells("D3:G3")
        cell(ws, "D3", f"所管　{s[0]}", False, 10)
        cell(ws, "A5", "■徴収率の状況", True, 11, border=None)
        ws.merge_cells("A6:A8"); ws.merge_cells("B6:F6"); ws.merge_cells("B7:C7"); ws.merge_cells("D7:F7")
        hdr = {"A6": "区分", "B6": "徴収率（％）", "B7": "中間", "D7": "年度末",
               "B8": "令和６年\n２月末", "C8": "前年同期", "D8": "決算見込", "E8": "前年度決算", "F8": "目標"}
        for ref in ("A6", "B6", "C6", "D6", "E6", "F6", "A7", "B7", "C7", "D7", "E7", "F7", "A8", "B8", "C8",
                    "D8", "E8", "F8"):
            cell(ws, ref, hdr.get(ref), True, 10, "center", wrap=True)
        ws.row_dimensions[8].height = 30
        rr = 9
        for j, (lab, seg) in enumerate((("現年度分", "current"), ("過年度分", "arrears"), ("合計", "total"))):
            now = f"{k[seg][2]}%"
            vals = [lab, now, f"{s[5][j]}%", f"{s[6][j]}%", f"{s[7][j]}%", f"{s[8][j]}%"]
            for col, v in zip("ABCDEF", vals):
                cell(ws, f"{col}{rr}", v, h="left" if col == "A" else "right")
            g.f(page, d, 2023, "令和６年２月末", seg, "collection_rate", "interim", k[seg][2], "percent", now,
                as_of=AS_OF)
            g.f(page, d, 2022, "前年同期", seg, "collection_rate", "interim", float(s[5][j]), "percent",
                f"{s[5][j]}%", as_of=AS_OF_PREV)
            g.f(page, d, 2023, "令和５年度", seg, "collection_rate", "estimate", float(s[6][j]), "percent",
                f"{s[6][j]}%")
            g.f(page, d, 2022, "前年度", seg, "collection_rate", "actual", float(s[7][j]), "percent", f"{s[7][j]}%")
            g.f(page, d, 2023, "令和５年度", seg, "collection_rate", "target", float(s[8][j]), "percent",
                f"{s[8][j]}%")
            rr += 1
        cell(ws, "A13", "■調定額・収入済額（令和６年２月末）", True, 11, border=None)
        cell(ws, "F13", "単位：千円", size=9, h="right", border=None)
        for col, v in zip("ABCDE", ["区分", "調定額", "収入済額", "未収額", "徴収率"]):
            cell(ws, f"{col}14", v, True, 10, "center")
        rr = 15
        for lab, seg in (("現年度分", "current"), ("過年度分", "arrears"), ("計", "total")):
            A, C_, R = k[seg]
            vals = [lab, c(A), c(C_), c(A - C_), f"{R}%"]
            for col, v in zip("ABCDE", vals):
                cell(ws, f"{col}{rr}", v, h="left" if col == "A" else "right")
            g.f(page, d, 2023, "令和６年２月末", seg, "assessed", "interim", A * 1000, "yen", c(A), as_of=AS_OF)
            g.f(page, d, 2023, "令和６年２月末", seg, "collected", "interim", C_ * 1000, "yen", c(C_), as_of=AS_OF)
            g.f(page, d, 2023, "令和６年２月末", seg, "outstanding", "interim", (A - C_) * 1000, "yen", c(A - C_),
                as_of=AS_OF)
            g.f(page, d, 2023, "令和６年２月末", seg, "collection_rate", "interim", R, "percent", f"{R}%",
                as_of=AS_OF)
            rr += 1
        cell(ws, "A19", "●主な取組（後半）", True, 11, border=None)
        rr = 20
        for lab, text, st in s[9]:
            ws.merge_cells(f"A{rr}:F{rr}")
            cell(ws, f"A{rr}", f"{lab}　{text}【{st}】", wrap=True)
            for col in "BCDEF":
                ws[f"{col}{rr}"].border = GRID
            ws.row_dimensions[rr].height = 30
            g.i(page, d, 2023, "主な取組（後半）", lab, text, st)
            rr += 1
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "kawaguchi")
    return g.write(pdf, 5)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
