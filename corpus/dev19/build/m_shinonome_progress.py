"""東雲市 令和５年度 未収債権の回収・整理計画（中間報告） — openpyxl -> LibreOffice (A4 landscape).

Family: progress (one sheet per debt with interim 12月末 rates and 前年同期, 決算見込, 目標, 後半の取組, a ward table),
plus a cover sheet with a 2月29日 (leap year) rate table whose header runs over three rows and has only horizontal rules.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from m_common import OUT, ROOT, Facts, to_pdf, write_gold, yen, z

NAME = "m_shinonome_progress_1"
F = Facts()
FY, FY_PREV = 2023, 2022
DEC, DEC_PREV = "2023-12-31", "2022-12-31"
FEB, FEB_PREV = "2024-02-29", "2023-02-28"

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# debt, 所管, 整理番号,
# 12月末 (cur, cur_prev, arr, arr_prev),
# 2月末 (cur, cur_prev, arr, arr_prev),
# 前年度決算 (cur, arr, total, outstanding千円), 目標 (cur, arr, total, outstanding), 見込 (cur, arr, total, outstanding)
DEBTS = [
    dict(name="市税", dept="財政局税務部納税課", no="01",
         dec=(86.42, 86.10, 24.85, 23.90), feb=(96.81, 96.55, 31.20, 30.47),
         prev=(99.21, 33.64, 97.88, 2415388), tgt=(99.30, 35.00, 98.05, 2240000), est=(99.27, 35.12, 98.01, 2268540),
         label_style="(n)",
         items=[("差押予告書の発送後、なお納付のない事案については、給与・預貯金の差押えを速やかに執行する。", "継続", False),
                ("高額事案（滞納額１００万円以上）を特別滞納整理係へ１月末までに移管し、集中的に処理する。", "拡充", True),
                ("納税推進センターによる電話催告の対象を、現年度分の１期未納者まで広げる。", "新規", False)]),
    dict(name="国民健康保険料", dept="健康福祉局保険年金課", no="03",
         dec=(71.35, 70.92, 18.40, 17.95), feb=(86.12, 85.40, 22.31, 21.88),
         prev=(93.46, 24.12, 78.55, 3124660), tgt=(93.80, 25.00, 79.20, 2950000), est=(93.61, 24.60, 78.90, 3008215),
         label_style="kana",
         items=[("区役所ごとに差押件数の目標を設定し、月次で進捗を管理する。", "継続", False),
                ("資格喪失世帯の一覧により未納保険料の納付督励を行い、居所不明者については実態調査のうえ不現住処理を進める。", "継続", True),
                ("ペイジー口座振替受付サービスの案内を納入通知書に同封し、口座振替の加入率を高める。", "拡充", False)],
         wards=[("中央区", 73.10, 72.65, 20.12, 19.40), ("北区", 70.84, 70.51, 17.95, 17.62),
                ("東区", 69.92, 69.30, 16.88, 16.95), ("西区", 72.05, 71.48, 19.44, 18.70),
                ("南区", 70.61, 70.40, 17.31, 17.02)]),
    dict(name="介護保険料", dept="健康福祉局介護保険課", no="05",
         dec=(88.94, 88.71, 12.66, 12.10), feb=(97.02, 96.95, 16.04, 15.33),
         prev=(99.02, 18.35, 97.41, 298774), tgt=(99.10, 19.00, 97.60, 281000), est=(99.05, 18.80, 97.52, 286330),
         label_style="maru",
         items=[("普通徴収の新規該当者に口座振替依頼書を送付し、初回から口座振替につなげる。", "継続", False),
                ("滞納期間に応じた給付制限の事前通知を活用し、納付相談の機会を確保する。", "継続", False)]),
    dict(name="市営住宅使用料", dept="都市整備局住宅管理課", no="12",
         dec=(95.30, 95.02, 9.84, 10.21), feb=(97.45, 97.38, 13.10, 13.66),
         prev=(98.40, 14.02, 91.05, 412853), tgt=(98.50, 15.00, 91.40, 395000), est=(98.44, 14.30, 91.12, 404118),
         label_style="dot",
         items=[("３か月以上の滞納者に対し、連帯保証人への通知と並行して明渡し請求の予告を行う。", "継続", False),
                ("退去者の滞納家賃について、債権回収業務を弁護士に委託する。", "新規", False)]),
]


def label(style, i):
    if style == "(n)":
        return f"（{i + 1}）"
    if style == "kana":
        return "アイウエオ"[i] + "　"
    if style == "maru":
        return "①②③④⑤"[i]
    return "・"


def raw_label(style, i):
    return {"(n)": f"({i + 1})", "kana": "アイウエオ"[i], "maru": "①②③④⑤"[i]}.get(style)


def setup(ws, title):
    ws.title = title
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "東雲市財政局債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def put(ws, ref, value, size=10, bold=False, h="left", v="center", wrap=False, border=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border
    return c


def box_range(ws, rng):
    rows = list(ws[rng])
    for r in rows:
        for c in r:
            c.border = Border(left=thin if c.column == rows[0][0].column else None,
                              right=thin if c.column == rows[0][-1].column else None,
                              top=thin if c.row == rows[0][0].row else None,
                              bottom=thin if c.row == rows[-1][0].row else None)


def grid(ws, rng):
    for r in ws[rng]:
        for c in r:
            c.border = BOX


def cover(ws):
    setup(ws, "総括")
    for col, w in zip("ABCDEFGHI", [3, 24, 13, 13, 10, 13, 13, 10, 20]):
        ws.column_dimensions[col].width = w
    put(ws, "B1", "令和５年度　未収債権の回収・整理計画（中間報告）", 16, True)
    put(ws, "H2", "令和６年３月", 10, h="right")
    put(ws, "H3", "東雲市", 10, h="right")
    put(ws, "B5", "１　概要", 12, True)
    ws.merge_cells("B6:I8")
    put(ws, "B6", "　本市では、収入未済額の縮減に向け、主要債権ごとに回収・整理の目標を定め、上半期の実績を踏まえて後半の取組を見直しています。令和５年１２月末現在の主要４債権の未収金残高は"
        + F.add("約68億7,400万円", page=1, debt=None, fy=FY, fy_raw="令和５年１２月末", segment="total",
                metric="outstanding", basis="interim", as_of=DEC, value=6874000000, unit="yen", approx=True)
        + "で、前年同期と比べ約３億1,200万円減少しました。個表（２ページ以降）では、債権ごとの１２月末時点の収入率、決算見込及び後半の取組を示しています。",
        10, v="top", wrap=True)
    for r in (6, 7, 8):
        ws.row_dimensions[r].height = 22
    put(ws, "B10", "２　主要債権の収入率（２月末現在）", 12, True)
    put(ws, "H10", "単位：％", 9, h="right")
    # three-row header
    put(ws, "B11", "債　権　名", 10, True, h="center")
    ws.merge_cells("B11:B13")
    ws.merge_cells("C11:E11")
    ws.merge_cells("F11:H11")
    put(ws, "C11", "現年分", 10, True, h="center")
    put(ws, "F11", "滞繰分", 10, True, h="center")
    for col0 in ("C", "F"):
        c1 = chr(ord(col0) + 1)
        c2 = chr(ord(col0) + 2)
        put(ws, f"{col0}12", "令和5年度", 9, h="center")
        put(ws, f"{c1}12", "令和4年度", 9, h="center")
        put(ws, f"{c2}12", "差", 9, h="center")
        ws.merge_cells(f"{c2}12:{c2}13")
        put(ws, f"{col0}13", "R6.2.29現在", 8, h="center")
        put(ws, f"{c1}13", "R5.2.28現在", 8, h="center")
    r = 14
    for d in DEBTS:
        cur, cur_p, arr, arr_p = d["feb"]
        put(ws, f"B{r}", d["name"], 10)
        for col, val, fy, asof, seg, fyr in (("C", cur, FY, FEB, "current", "令和5年度"), ("D", cur_p, FY_PREV, FEB_PREV, "current", "令和4年度"),
                                              ("F", arr, FY, FEB, "arrears", "令和5年度"), ("G", arr_p, FY_PREV, FEB_PREV, "arrears", "令和4年度")):
            put(ws, f"{col}{r}", F.add(f"{val:.2f}", page=1, debt=d["name"], fy=fy, fy_raw=fyr, segment=seg,
                                         metric="collection_rate", basis="interim", as_of=asof, value=val,
                                         unit="percent"), h="right")
        dc = round(cur - cur_p, 2)
        da = round(arr - arr_p, 2)
        put(ws, f"E{r}", ("△" if dc < 0 else "") + f"{abs(dc):.2f}", h="right")
        put(ws, f"H{r}", ("△" if da < 0 else "") + f"{abs(da):.2f}", h="right")
        r += 1
    last = r - 1
    # horizontal rules only
    for row in range(11, last + 1):
        for col in "BCDEFGH":
            c = ws[f"{col}{row}"]
            top = med if row == 11 else (thin if row in (12, 14) or row > 14 else None)
            if row == 13:
                top = None
            bottom = med if row == last else None
            if row == 12 and col in "BEH":
                top = None if col == "B" else top
            c.border = Border(top=top, bottom=bottom)
    put(ws, f"B{last + 1}", "※　差は令和5年度－令和4年度（ポイント）。△は低下を示す。", 8)
    put(ws, f"B{last + 2}", "※　令和5年度の2月末は閏年のため2月29日現在で集計している。", 8)
    for rr in range(11, last + 1):
        ws.row_dimensions[rr].height = 18


def sheet(ws, d, page):
    setup(ws, d["name"])
    for col, w in zip("ABCDEFGHIJ", [2, 16, 13, 13, 13, 13, 13, 13, 13, 13]):
        ws.column_dimensions[col].width = w
    put(ws, "B1", "令和５年度　未収債権の回収・整理計画（中間報告）　個表", 9)
    ws.merge_cells("B2:E2")
    put(ws, "B2", f"債権名　{d['name']}", 13, True, border=BOX)
    box_range(ws, "B2:E2")
    ws.merge_cells("F2:H2")
    put(ws, "F2", f"所管　{d['dept']}", 10)
    box_range(ws, "F2:H2")
    put(ws, "I2", f"整理番号　{d['no']}", 10, h="center")
    box_range(ws, "I2:J2")
    ws.row_dimensions[2].height = 26

    cur, cur_p, arr, arr_p = d["dec"]
    put(ws, "B4", "【収入率】令和５年１２月末時点", 11, True)
    kw = dict(page=page, debt=d["name"], metric="collection_rate", basis="interim", unit="percent")
    put(ws, "B5", "・現年分　" + F.add(f"{cur:.2f}％", fy=FY, fy_raw="令和５年１２月末", segment="current", as_of=DEC, value=cur, **kw)
        + "（前年同期　" + F.add(f"{cur_p:.2f}％", fy=FY_PREV, fy_raw="前年同期", segment="current", as_of=DEC_PREV, value=cur_p, **kw) + "）", 10)
    put(ws, "B6", "・滞繰分　" + F.add(f"{arr:.2f}％", fy=FY, fy_raw="令和５年１２月末", segment="arrears", as_of=DEC, value=arr, **kw)
        + "（前年同期　" + F.add(f"{arr_p:.2f}％", fy=FY_PREV, fy_raw="前年同期", segment="arrears", as_of=DEC_PREV, value=arr_p, **kw) + "）", 10)

    # side-by-side headings table
    put(ws, "F4", "決算・目標・決算見込", 10, True)
    ws.merge_cells("F5:F6")
    put(ws, "F5", "区分", 9, True, h="center")
    put(ws, "G5", "前年度（令和4年度）", 9, True, h="center")
    ws.merge_cells("H5:I5")
    put(ws, "H5", "今年度（令和5年度）", 9, True, h="center")
    put(ws, "J5", "", 9)
    put(ws, "G6", "決算", 9, h="center")
    put(ws, "H6", "目標", 9, h="center")
    put(ws, "I6", "決算見込", 9, h="center")
    rows = [("現年分", "current", 0), ("滞繰分", "arrears", 1), ("合計", "total", 2)]
    r = 7
    for lab, seg, i in rows:
        put(ws, f"F{r}", f"収入率（{lab}）", 9)
        for col, src, fy, basis, fyr in (("G", "prev", FY_PREV, "actual", "令和4年度"), ("H", "tgt", FY, "target", "令和5年度"),
                                         ("I", "est", FY, "estimate", "令和5年度")):
            v = d[src][i]
            put(ws, f"{col}{r}", F.add(f"{v:.2f}%", page=page, debt=d["name"], fy=fy, fy_raw=fyr, segment=seg,
                                         metric="collection_rate", basis=basis, value=v, unit="percent"), 9, h="right")
        r += 1
    put(ws, f"F{r}", "未収金残高（千円）", 9)
    for col, src, fy, basis, fyr in (("G", "prev", FY_PREV, "actual", "令和4年度"), ("H", "tgt", FY, "target", "令和5年度"),
                                     ("I", "est", FY, "estimate", "令和5年度")):
        v = d[src][3]
        put(ws, f"{col}{r}", F.add(yen(v), page=page, debt=d["name"], fy=fy, fy_raw=fyr, segment="total",
                                     metric="outstanding", basis=basis, value=v * 1000, unit="yen"), 9, h="right")
    grid(ws, f"F5:I{r}")
    ws["J5"].border = Border()

    # 後半の取組 box (all items in one merged cell)
    put(ws, "B12", "後半の取組", 11, True)
    lines = []
    for i, (text, tag, wrapped) in enumerate(d["items"]):
        lab = label(d["label_style"], i)
        lines.append(f"{lab}{text}" + ("\n　" if wrapped else "") + f"【{tag}】")
        F.init(page=page, debt=d["name"], fy=FY, section="後半の取組", label=raw_label(d["label_style"], i),
               text=text, status=tag)
    ws.merge_cells("B13:J17")
    put(ws, "B13", "\n".join(lines), 10, v="top", wrap=True)
    box_range(ws, "B13:J17")
    for rr in range(13, 18):
        ws.row_dimensions[rr].height = 24

    if d.get("wards"):
        put(ws, "B19", "区役所で徴収事務を行っている債権の状況（１２月末現在）", 11, True)
        put(ws, "J19", "単位：％", 9, h="right")
        ws.merge_cells("B20:B21")
        put(ws, "B20", "区", 9, True, h="center")
        ws.merge_cells("C20:E20")
        ws.merge_cells("F20:H20")
        put(ws, "C20", "現年分", 9, True, h="center")
        put(ws, "F20", "滞繰分", 9, True, h="center")
        for col0 in ("C", "F"):
            put(ws, f"{col0}21", "令和5年12月末", 8, h="center")
            put(ws, f"{chr(ord(col0) + 1)}21", "令和4年12月末", 8, h="center")
            put(ws, f"{chr(ord(col0) + 2)}21", "増減", 8, h="center")
        r = 22
        wards = list(d["wards"]) + [("全市", cur, cur_p, arr, arr_p)]
        for w, c1, c0, a1, a0 in wards:
            area = None if w == "全市" else w
            put(ws, f"B{r}", w, 9, h="center")
            kw = dict(page=page, debt=d["name"], metric="collection_rate", basis="interim", unit="percent", area=area)
            for col, val, fy, asof, seg, fyr in (("C", c1, FY, DEC, "current", "令和5年12月末"), ("D", c0, FY_PREV, DEC_PREV, "current", "令和4年12月末"),
                                                  ("F", a1, FY, DEC, "arrears", "令和5年12月末"), ("G", a0, FY_PREV, DEC_PREV, "arrears", "令和4年12月末")):
                put(ws, f"{col}{r}", F.add(f"{val:.2f}%", fy=fy, fy_raw=fyr, segment=seg, as_of=asof, value=val, **kw), 9, h="right")
            for col, a, b in (("E", c1, c0), ("H", a1, a0)):
                dd = round(a - b, 2)
                put(ws, f"{col}{r}", ("△" if dd < 0 else "＋") + f"{abs(dd):.2f}", 9, h="right")
            r += 1
        grid(ws, f"B20:H{r - 1}")


def build():
    wb = Workbook()
    cover(wb.active)
    for i, d in enumerate(DEBTS):
        sheet(wb.create_sheet(), d, i + 2)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{NAME}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{NAME}.pdf", "shinonome")
    document = {"kind": "progress_report", "municipality": "東雲市",
                "title": "令和５年度　未収債権の回収・整理計画（中間報告）",
                "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(NAME, pdf, F, document)


if __name__ == "__main__":
    build()
