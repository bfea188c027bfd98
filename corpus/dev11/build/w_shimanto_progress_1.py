"""幡多地域の「租税債権管理機構執行概要」（1.受託額ほか／2.税目別徴収実績、単位:千円、徴収率(②/①)）を手本にした
四万十市の徴収状況中間報告（openpyxl → LibreOffice、A4横）。"""
from __future__ import annotations

import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import OUT, PDF_DIR, Gold, c, soffice

STEM = "w_shimanto_progress_1"
CITY = "四万十市"
g = Gold()
FY, ASOF, PFY, PASOF = 2025, "2025-12-31", 2024, "2024-12-31"

# 12月末現在（千円）: 税目 -> (現年調定, 現年収入, 滞繰調定, 滞繰収入, 備考)
ITEMS = [
    ("住民税(個人)", 2310440, 1690220, 148220, 41350, "県民税含む"),
    ("住民税(法人)", 402110, 331540, 12880, 5210, ""),
    ("固定資産税", 2655870, 2101330, 210560, 48940, ""),
    ("軽自動車税", 196420, 186930, 14330, 3880, ""),
    ("国民健康保険税", 1120650, 742180, 402210, 68390, ""),
    ("介護保険料", 612330, 498810, 21440, 4120, "普通徴収分"),
    ("後期高齢者医療保険料", 298440, 261020, 3120, 1890, "普通徴収分"),
    ("保育料", 36210, 29880, 6520, 1430, ""),
]
TAXES = ITEMS[:4]


def r1(n, d):
    return round(n / d * 100 + 1e-9, 1)


cur_a = sum(i[1] for i in TAXES); cur_c = sum(i[2] for i in TAXES)
arr_a = sum(i[3] for i in TAXES); arr_c = sum(i[4] for i in TAXES)
SUMMARY = [("現年課税分", "current", cur_a, cur_c, 77.1),
           ("滞納繰越分", "arrears", arr_a, arr_c, 26.1),
           ("計", "total", cur_a + arr_a, cur_c + arr_c, 73.8)]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"
GREY = PatternFill("solid", fgColor="E7E6E6")


def cell(ws, ref, v, *, bold=False, size=10, h="left", wrap=False, border=False, fill=None, v_="center"):
    x = ws[ref]
    x.value = v
    x.font = Font(name=F, size=size, bold=bold)
    x.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        x.border = BOX
    if fill:
        x.fill = fill
    return x


def grid(ws, r0, r1_, c0, c1):
    for r in range(r0, r1_ + 1):
        for col in range(c0, c1 + 1):
            ws.cell(r, col).border = BOX


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "中間報告"
    for col, w in zip("ABCDEFGH", [26, 16, 16, 14, 16, 14, 30, 4]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    cell(ws, "A1", "令和7年度　四万十市税等徴収対策執行状況（中間報告）", bold=True, size=15, h="center")
    ws.row_dimensions[1].height = 28
    ws.merge_cells("A2:G2")
    cell(ws, "A2", "（令和7年12月末現在）", size=11, h="center")
    ws.merge_cells("E3:G3")
    cell(ws, "E3", "令和8年1月　四万十市総務部税務課", size=10, h="right")
    g.anchor("四万十市税等徴収対策執行状況")

    # 【徴収率】ブロック
    r = 5
    ws.merge_cells(f"A{r}:G{r}")
    cell(ws, f"A{r}", "【徴収率】令和7年12月末時点（市税）", bold=True, size=11)
    g.anchor("【徴収率】令和7年12月末時点")
    for lab, seg, a, cc, prev in SUMMARY:
        r += 1
        rt = r1(cc, a)
        ws.merge_cells(f"A{r}:G{r}")
        cell(ws, f"A{r}", f"　・{lab}　{rt}％（前年同期 {prev}％）", size=10.5)
        g.fact("市税", FY, "令和7年12月末", seg, "collection_rate", "interim", rt, "percent", f"{rt}％", as_of=ASOF)
        g.fact("市税", PFY, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev}％", as_of=PASOF)

    # 1. 市税徴収状況
    r += 2
    cell(ws, f"A{r}", "1.市税徴収状況", bold=True, size=11)
    g.anchor("1.市税徴収状況")
    r += 1
    cell(ws, f"G{r}", "単位:千円", size=9, h="right")
    r += 1
    heads = ["区　分", "①調定額", "②収入済額", "徴収率(②/①)", "前年同期徴収率", "増減", "備　考"]
    for k, hd in enumerate(heads):
        cell(ws, f"{'ABCDEFG'[k]}{r}", hd, h="center", border=True, fill=GREY, size=10)
    top = r
    for lab, seg, a, cc, prev in SUMMARY:
        r += 1
        rt = r1(cc, a)
        diff = round(rt - prev, 1)
        vals = [lab, c(a), c(cc), f"{rt}%", f"{prev}%", ("△" if diff < 0 else "") + f"{abs(diff):.1f}", ""]
        for k, v in enumerate(vals):
            cell(ws, f"{'ABCDEFG'[k]}{r}", v, h="center" if k == 0 else "right", border=True, size=10)
        g.fact("市税", FY, "令和7年12月末", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF)
        g.fact("市税", FY, "令和7年12月末", seg, "collected", "interim", cc * 1000, "yen", c(cc), as_of=ASOF)
        g.fact("市税", FY, "令和7年12月末", seg, "collection_rate", "interim", rt, "percent", f"{rt}%", as_of=ASOF)
        g.fact("市税", PFY, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev}%", as_of=PASOF)
    grid(ws, top, r, 1, 7)
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    cell(ws, f"A{r}", "※市税は、住民税(個人・法人)、固定資産税及び軽自動車税の合計です。増減はポイントです。", size=9)

    # 2. 税目別徴収状況
    r += 2
    cell(ws, f"A{r}", "2.税目別徴収状況(本税のみ)", bold=True, size=11)
    g.anchor("2.税目別徴収状況")
    r += 1
    cell(ws, f"G{r}", "単位:千円", size=9, h="right")
    r += 1
    heads = ["税　目", "①調定額", "②収入済額", "徴収率(②/①)", "うち滞納繰越分\n調定額", "うち滞納繰越分\n収入済額", "備　考"]
    for k, hd in enumerate(heads):
        cell(ws, f"{'ABCDEFG'[k]}{r}", hd, h="center", border=True, fill=GREY, size=10, wrap=True)
    ws.row_dimensions[r].height = 30
    top = r
    ta = tc = 0
    for name, ca, cc, aa, ac, note in ITEMS:
        r += 1
        a, col = ca + aa, cc + ac
        ta += a; tc += col
        rt = r1(col, a)
        vals = [name, c(a), c(col), f"{rt}%", c(aa), c(ac), note]
        for k, v in enumerate(vals):
            cell(ws, f"{'ABCDEFG'[k]}{r}", v, h="left" if k in (0, 6) else "right", border=True, size=10)
        g.fact(name, FY, "令和7年12月末", "total", "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF)
        g.fact(name, FY, "令和7年12月末", "total", "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF)
        g.fact(name, FY, "令和7年12月末", "total", "collection_rate", "interim", rt, "percent", f"{rt}%", as_of=ASOF)
        g.fact(name, FY, "令和7年12月末", "arrears", "assessed", "interim", aa * 1000, "yen", c(aa), as_of=ASOF)
        g.fact(name, FY, "令和7年12月末", "arrears", "collected", "interim", ac * 1000, "yen", c(ac), as_of=ASOF)
    r += 1
    taa = sum(i[3] for i in ITEMS); tac = sum(i[4] for i in ITEMS)
    trt = r1(tc, ta)
    vals = ["計", c(ta), c(tc), f"{trt}%", c(taa), c(tac), ""]
    for k, v in enumerate(vals):
        cell(ws, f"{'ABCDEFG'[k]}{r}", v, h="center" if k == 0 else "right", border=True, size=10)
    for seg, a, col, raw3 in (("total", ta, tc, True), ("arrears", taa, tac, False)):
        g.fact(None, FY, "令和7年12月末", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF, debt_raw="計")
        g.fact(None, FY, "令和7年12月末", seg, "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF, debt_raw="計")
        if raw3:
            g.fact(None, FY, "令和7年12月末", "total", "collection_rate", "interim", trt, "percent", f"{trt}%", as_of=ASOF, debt_raw="計")
    # fix order: arrears facts of 計 come after 徴収率 in print order; resolver tolerates in-page order
    grid(ws, top, r, 1, 7)
    ws.row_breaks.append(Break(id=r + 1))

    # 3. 滞納者の状況 / 4. 差押件数
    r += 2
    cell(ws, f"A{r}", "3.滞納者の状況", bold=True, size=11)
    g.anchor("3.滞納者の状況")
    r += 1
    for k, v in enumerate(["区　分", "令和7年12月末", "前年同期", "増減"]):
        cell(ws, f"{'ABCD'[k]}{r}", v, h="center", border=True, fill=GREY)
    r += 1
    for k, v in enumerate(["市税等滞納者数(実人数)", "1,284人", "1,402人", "△118人"]):
        cell(ws, f"{'ABCD'[k]}{r}", v, h="left" if k == 0 else "right", border=True)
    g.fact(None, FY, "令和7年12月末", "total", "delinquents", "interim", 1284, "persons", "1,284人", as_of=ASOF, debt_raw="市税等")
    g.fact(None, PFY, "前年同期", "total", "delinquents", "interim", 1402, "persons", "1,402人", as_of=PASOF, debt_raw="市税等")

    r += 2
    cell(ws, f"A{r}", "4.差押件数（4月～12月）", bold=True, size=11)
    r += 1
    seiz = [("預貯金", 96), ("給与・年金等", 58), ("生命保険等", 21), ("その他債権(売掛金等)", 17), ("動産", 9), ("不動産", 14), ("計", 215)]
    for k, v in enumerate(["財産種類", "件数", "前年同期"]):
        cell(ws, f"{'ABC'[k]}{r}", v, h="center", border=True, fill=GREY)
    prev = [88, 61, 18, 20, 7, 16, 210]
    for (name, n), pv in zip(seiz, prev):
        r += 1
        cell(ws, f"A{r}", name, border=True)
        cell(ws, f"B{r}", n, h="right", border=True)
        cell(ws, f"C{r}", pv, h="right", border=True)

    # 5. 年度後半の取組（見出しに「取組」の列はない表）
    r += 2
    cell(ws, f"A{r}", "5.年度後半の重点事項", bold=True, size=11)
    g.anchor("5.年度後半の重点事項")
    r += 1
    rows = [
        ("滞納整理", "市税", [("ア", "1月から3月を滞納整理強化期間とし、給与・預貯金の差押えを集中的に行う。", "継続", False),
                         ("イ", "高額滞納案件は県税事務所との共同徴収により、捜索・公売まで進める。", "継続", False)]),
        ("納付環境", "市税", [("ウ", "スマートフォン決済アプリによる納付を国民健康保険税にも広げる。", "拡充", False)]),
        ("国保税", "国民健康保険税", [("エ", "資格喪失後の未納世帯に対し、文書と電話による早期催告を行う。", "新規", True)]),
        ("その他", "市税", [("オ", "滞納者の生活実態を把握し、執行停止の判断を適正に行う。", "継続", False)]),
    ]
    for head, debt, its in rows:
        lines = []
        for lab, text, st, wrap in its:
            lines.append(f"{lab} {text}" + ("\n" if wrap else "") + f"【{st}】")
            g.init(debt, FY, "年度後半の重点事項", lab, text, st)
        cell(ws, f"A{r}", head, h="center", border=True, fill=GREY)
        ws.merge_cells(f"B{r}:G{r}")
        cell(ws, f"B{r}", "\n".join(lines), wrap=True, v_="top")
        grid(ws, r, r, 1, 7)
        ws.row_dimensions[r].height = 17 * sum(1 + it[3] for it in its) + 4
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    cell(ws, f"A{r}", "※徴収率は小数点第2位を四捨五入しています。", size=9)

    ps = ws.page_setup
    ps.orientation = "landscape"; ps.paperSize = ws.PAPERSIZE_A4
    ps.fitToWidth = 1; ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
    ws.oddHeader.right.text = "令和7年度 徴収対策中間報告"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "&P / &N"
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice(src)
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    return dst


if __name__ == "__main__":
    pdf = build()
    g.write(STEM, pdf, {"kind": "progress_report", "municipality": CITY,
                        "title": "令和7年度　四万十市税等徴収対策執行状況（中間報告）",
                        "date": "2026-01-01", "date_raw": "令和8年1月"})
