"""はくと市 債権回収計画（中間報告） — openpyxl → LibreOffice, A4 landscape, table spanning a page break."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.properties import PageSetupProperties

from w_common import OUT, PDF_DIR, Facts, check, comma, pct, rate, to_pdf, write_gold

STEM = "w_hakuto_chukan_1"
CITY = "はくと市"
TITLE = "令和７年度　債権回収計画（中間報告）"

# name, 所管課, cur assessed, cur collected(10月末), cur prev-year rate, arr assessed, arr collected, arr prev rate
DEBTS = [
    ("介護保険料", "介護保険課", 3912450800, 2301884120, 58.62, 98412300, 14820150, 14.95),
    ("後期高齢者医療保険料", "保険年金課", 1804122600, 1071560330, 59.10, 21450800, 5020110, 22.84),
    ("保育所保育料", "こども未来課", 402188400, 228510660, 56.40, 31822500, 3410880, 10.05),
    ("放課後児童クラブ利用料", "こども未来課", 118450200, 66821400, 55.92, 4120800, 702300, 16.20),
    ("市営住宅使用料", "住宅政策課", 521806800, 288410250, 55.05, 68451200, 9172460, 12.88),
    ("下水道使用料", "下水道課", 2415880100, 1386102400, 57.05, 40125600, 11208820, 27.40),
    ("生活保護費返還金", "生活福祉課", 88410200, 30214600, 35.20, 241805300, 7420180, 3.22),
    ("母子父子寡婦福祉資金貸付金", "こども未来課", 24512000, 10210500, 42.10, 58810400, 2050300, 3.61),
    ("学校給食費", "学校教育課", 612450800, 352108400, 57.30, 12808300, 1905200, 13.42),
    ("奨学金貸付金", "教育総務課", 40112000, 22418300, 56.30, 35412700, 2118900, 5.54),
]
BREAK_AFTER = 6  # debts on page 1

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
G = "IPAexGothic"
M = "IPAexMincho"


def cellw(ws, ref, value, *, font=M, size=9, bold=False, h="left", box=False, fill=None, wrap=True, numfmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if numfmt:
        c.number_format = numfmt
    return c


def setup(ws, landscape=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "はくと市総務部債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def build():
    f = Facts()
    wb = Workbook()
    ws = wb.active
    ws.title = "収納状況"
    setup(ws)
    widths = [26, 13, 16, 16, 10, 12, 14, 13, 10, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    cellw(ws, "A1", TITLE, font=G, size=15, bold=True)
    ws.merge_cells("A1:J1")
    ws["A1"].alignment = Alignment(horizontal="center")
    cellw(ws, "J2", "令和７年１２月", h="right")
    cellw(ws, "A3", "《要旨》", font=G, size=10, bold=True)
    cellw(ws, "A4", "　はくと市債権管理条例に基づき、税以外の債権について令和７年度債権回収計画の上半期の進捗状況"
          "（令和７年１０月末現在）を取りまとめましたので公表します。", size=10)
    ws.merge_cells("A4:J4"); ws.row_dimensions[4].height = 30
    cellw(ws, "A5", "《概要》", font=G, size=10, bold=True)
    cellw(ws, "A6", "・税以外の債権の収入未済額は、令和６年度末で約５億８，３２０万円となり、前年度末から約２，１００万円減少した。", size=10)
    ws.merge_cells("A6:J6")
    f.add(debt=None, debt_raw="税以外の債権", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding",
          basis="actual", value=583200000, unit="yen", raw="約５億８，３２０万円", page=1, approx=True)
    cellw(ws, "A7", "・10月末の現年度分の収納率は、10債権のうち７債権で前年同月を上回った。", size=10)
    ws.merge_cells("A7:J7")
    cellw(ws, "A9", "１　債権別の収納状況（令和７年１０月末現在）", font=G, size=11, bold=True, wrap=False)
    cellw(ws, "J9", "（単位：円）", h="right")
    # header rows 10-11
    heads1 = ["債権名", "所管課", "現年度分", "", "", "", "滞納繰越分", "", "", ""]
    heads2 = ["", "", "調定額", "収入済額", "収納率", "前年同月収納率", "調定額", "収入済額", "収納率", "前年同月収納率"]
    for i, (h1, h2) in enumerate(zip(heads1, heads2)):
        col = chr(65 + i)
        cellw(ws, f"{col}10", h1, font=G, h="center", box=True, fill="DDDDDD")
        cellw(ws, f"{col}11", h2, font=G, h="center", box=True, fill="DDDDDD")
    ws.merge_cells("A10:A11"); ws.merge_cells("B10:B11")
    ws.merge_cells("C10:F10"); ws.merge_cells("G10:J10")
    ws.print_title_rows = "10:11"
    r = 12
    rates = {}
    for k, (name, ka, a1, c1, p1, a2, c2, p2) in enumerate(DEBTS):
        page = 1 if k < BREAK_AFTER else 2
        r1, r2 = rate(c1, a1), rate(c2, a2)
        rates[name] = (r1, p1, r2, p2)
        vals = [name, ka, a1, c1, f"{pct(r1)}%", f"{pct(p1)}%", a2, c2, f"{pct(r2)}%", f"{pct(p2)}%"]
        for i, v in enumerate(vals):
            col = chr(65 + i)
            if isinstance(v, int):
                cellw(ws, f"{col}{r}", v, h="right", box=True, numfmt="#,##0")
            else:
                cellw(ws, f"{col}{r}", v, h="left" if i < 2 else "right", box=True)
        ws.row_dimensions[r].height = 24
        cur = dict(debt=name, as_of="2025-10-31", fy=2025, fy_raw="令和７年１０月末", basis="interim", page=page)
        prv = dict(debt=name, as_of="2024-10-31", fy=2024, fy_raw="前年同月", basis="interim", page=page)
        f.add(seg="current", metric="assessed", value=a1, unit="yen", raw=comma(a1), **cur)
        f.add(seg="current", metric="collected", value=c1, unit="yen", raw=comma(c1), **cur)
        f.add(seg="current", metric="collection_rate", value=r1, unit="percent", raw=f"{pct(r1)}%", **cur)
        f.add(seg="current", metric="collection_rate", value=p1, unit="percent", raw=f"{pct(p1)}%", **prv)
        f.add(seg="arrears", metric="assessed", value=a2, unit="yen", raw=comma(a2), **cur)
        f.add(seg="arrears", metric="collected", value=c2, unit="yen", raw=comma(c2), **cur)
        f.add(seg="arrears", metric="collection_rate", value=r2, unit="percent", raw=f"{pct(r2)}%", **cur)
        f.add(seg="arrears", metric="collection_rate", value=p2, unit="percent", raw=f"{pct(p2)}%", **prv)
        if k == BREAK_AFTER - 1:
            ws.row_breaks.append(Break(id=r))
        r += 1
    cellw(ws, f"A{r}", "※調定額は令和７年１０月末現在の額。滞納繰越分の調定額は、令和６年度末の収入未済額から10月末までの調定減を差し引いた額。", size=8.5)
    ws.merge_cells(f"A{r}:J{r}")
    ws.print_area = f"A1:J{r}"

    # ---- sheet 2: 債権ごとの取組 (label/value boxes, 【収納率】 bullets, numbered 取組)
    w2 = wb.create_sheet("取組")
    setup(w2)
    for col, w in zip("ABCDEF", [12, 30, 10, 22, 40, 12]):
        w2.column_dimensions[col].width = w
    cellw(w2, "A1", "２　債権ごとの主な取組", font=G, size=12, bold=True, wrap=False)
    BLOCKS = [
        ("市営住宅使用料", "住宅政策課", [
            ("①", "滞納３か月の時点で連帯保証人に通知し、早期の納付を促す。", "継続", False),
            ("②", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充", True),
            ("③", "入居時の説明会で口座振替の利用を案内し、新規滞納の発生を抑える。", "新規", False),
        ]),
        ("下水道使用料", "下水道課", [
            ("①", "水道事業と連携し、給水停止予告と併せて納付を催告する。", "継続", False),
            ("②", "転出者の未納分は、住所調査のうえ文書催告を年２回行う。", "継続", False),
        ]),
        ("生活保護費返還金", "生活福祉課", [
            ("①", "保護継続中の債務者は、保護費との調整による返還を原則とする。", "継続", False),
            ("②", "保護廃止者には、ケースワーカーと債権管理課が同行して納付相談を行う。", "拡充", True),
            ("③", "回収の見込みがない債権は、債権管理条例に基づく放棄を検討する。", "新規", False),
        ]),
    ]
    inits = []
    rr = 3
    for bi, (name, ka, items) in enumerate(BLOCKS):
        page = 3
        cellw(w2, f"A{rr}", "債権名", font=G, h="center", box=True, fill="DDDDDD")
        cellw(w2, f"B{rr}", name, box=True, size=10)
        cellw(w2, f"C{rr}", "所管課", font=G, h="center", box=True, fill="DDDDDD")
        cellw(w2, f"D{rr}", ka, box=True, size=10)
        rr += 1
        r1, p1, r2, p2 = rates[name]
        cellw(w2, f"A{rr}", "【収納率】令和７年１０月末時点", font=G, size=10, wrap=False)
        w2.merge_cells(f"A{rr}:D{rr}")
        rr += 1
        t1 = f"　・現年分　{pct(r1)}％（前年同月　{pct(p1)}％）"
        t2 = f"　・滞納繰越分　{pct(r2)}％（前年同月　{pct(p2)}％）"
        for t in (t1, t2):
            cellw(w2, f"A{rr}", t, size=10)
            w2.merge_cells(f"A{rr}:E{rr}")
            rr += 1
        kw = dict(debt=name, fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of="2025-10-31", page=page)
        kp = dict(debt=name, fy=2024, fy_raw="前年同月", basis="interim", as_of="2024-10-31", page=page)
        f.add(seg="current", metric="collection_rate", value=r1, unit="percent", raw=f"{pct(r1)}％", **kw)
        f.add(seg="current", metric="collection_rate", value=p1, unit="percent", raw=f"{pct(p1)}％", **kp)
        f.add(seg="arrears", metric="collection_rate", value=r2, unit="percent", raw=f"{pct(r2)}％", **kw)
        f.add(seg="arrears", metric="collection_rate", value=p2, unit="percent", raw=f"{pct(p2)}％", **kp)
        # 取組: several numbered items in one bordered cell, tags after 。 (some wrapped)
        lines = []
        for lab, text, st, wrapped in items:
            lines.append(f"{lab}{text}" + ("\n" if wrapped else "") + f"【{st}】")
            inits.append({"debt": name, "fiscal_year": 2025, "section": "債権ごとの主な取組", "label": lab,
                          "text": text, "status": st, "page": page})
        c = cellw(w2, f"A{rr}", "\n".join(lines), size=10, box=True)
        w2.merge_cells(f"A{rr}:E{rr}")
        for col in "ABCDE":
            w2[f"{col}{rr}"].border = BOX
        w2.row_dimensions[rr].height = 17 * (len(lines) + sum(1 for x in items if x[3])) + 6
        rr += 2
    w2.print_area = f"A1:E{rr}"

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf", "w_hakuto")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-12-01",
                "date_raw": "令和７年１２月"}
    write_gold(STEM, document, f, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
