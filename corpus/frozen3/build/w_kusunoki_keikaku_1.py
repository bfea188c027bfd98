"""w_kusunoki_keikaku_1: 令和7年度 徴収計画 (plan), openpyxl -> LibreOffice, A4 landscape.

Modelled on a city's one-table 「平成28年度 徴収計画」 (https://expydoc.com/doc/10930897/): one debt per row,
現年度分収納率(%) and 収入未済額(千円) each with side-by-side 実績 | 目標 columns, and a 取組目標 text cell per debt.
The source page does not print the city's name: the municipality here is invented (くすのき市).
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from w_common import OUT, PDF_DIR, Gold, comma, finish, lo_to_pdf, rate, render_png

STEM = "w_kusunoki_keikaku_1"
CITY = "くすのき市"
SEC = "令和７年度取組目標"

# 債権名, R6 現年度分収納率, R7 目標, R6 収入未済額(千円), R7 目標(千円 or None), 取組目標 [(label, text, status)]
ROWS = [
    ("市税", None, 99.10, None, 705000, [
        ("①", "県併任職員の助言を受け、高額・困難案件の着手と解決を図る。", None),
        ("②", "財産調査で資力のない案件は、執行停止及び不納欠損の判断を速やかに行う。", None)]),
    ("国民健康保険料", None, 93.20, None, 1180000, [
        (None, "新規滞納者には早期に納付相談を行い、応じない者には財産調査の上、差押えを含む滞納整理を実行する。", None)]),
    ("後期高齢者医療保険料", 99.41, 99.50, 21874, None, [
        (None, "普通徴収の被保険者に口座振替を勧奨し、納め忘れを防ぐ。", None)]),
    ("介護保険料", None, 98.90, None, 98000, [
        (None, "年金からの特別徴収に切り替わるまでの期間の未納者へ、文書と電話による催告を集中して行う。", None)]),
    ("保育料", None, 99.60, None, 46000, [
        ("①", "児童手当からの徴収を保護者の申出により進める。", None),
        ("②", "納付催告はコールセンターを活用する。", None)]),
    ("下水道使用料", 99.18, 99.20, 29847, 29500, [
        (None, "令和７年10月から検針時の納付書即時発行を導入し、料金の早期回収を図る。", None)]),
    ("下水道事業受益者負担金", 97.35, 97.60, 6912, None, [
        (None, "分割納付の履行状況を毎月確認し、不履行者には速やかに催告する。", None)]),
    ("生活保護費返還金", 68.44, 70.00, 141265, 138000, [
        (None, "保護費からの調整による返還を進め、保護廃止者には電話と訪問で納付を促す。", None)]),
    ("母子父子寡婦福祉資金貸付金", 84.90, 86.00, 3126, 3000, [
        (None, "現況届の提出で来庁した機会に納付指導を行う。", None)]),
    ("住宅使用料", 98.06, 98.30, 95310, None, [
        ("①", "滞納３か月で連帯保証人へ通知する。", None),
        ("②", "悪質な長期滞納者は明渡し請求の訴えを提起する。", None)]),
    ("学校給食費", 99.81, 99.90, 1377, None, [
        (None, "児童手当からの申出徴収と、就学援助費からの充当を進める。", None)]),
    ("水道料金", 99.33, 99.40, 38965, 38500, [
        (None, "給水停止予告と執行を計画的に実施する。", None)]),
    ("住宅新築資金等貸付金", 12.48, 15.00, 186420, 183000, [
        (None, "連帯保証人を含め実態に応じた分割納付を推進し、収納課と連携して処理困難案件の債権放棄も検討する。", None)]),
    ("奨学資金貸付金", 71.36, 74.00, 24518, 24000, [
        (None, "新規の滞納や分納誓約の不履行には、早期に納付指導を行う。", None)]),
]

# 【参考】 the five largest debts, 千円: 現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入, 不納欠損
REF = {
    "市税": (21845320, 21631874, 812450, 236180, 58920),
    "国民健康保険料": (4126530, 3835412, 1580240, 362118, 96315),
    "介護保険料": (3912400, 3862086, 168250, 46931, 19802),
    "保育料": (512380, 509817, 61240, 18905, 4630),
    "住宅使用料": None,  # filled below from ROWS so that both tables agree
}
REF["住宅使用料"] = (736520, 722243, 112860, 25911, 5916)


def ref_figures(name):
    ca, cc, aa, ac, wo = REF[name]
    ta, tc = ca + aa, cc + ac
    out = ta - tc - wo
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ta, tc=tc, out=out,
                crate=rate(cc, ca), trate=rate(tc, ta))


def setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "資料２"
    ws.oddFooter.center.text = "－ &P －"


def main():
    g = Gold(STEM, "plan", CITY, "令和７年度 徴収計画", "2025-05-01", "令和７年５月")
    # fill the main-table actuals of the five reference debts from the reference figures
    rows = []
    for name, r6, r7, o6, o7, items in ROWS:
        if name in REF:
            rf = ref_figures(name)
            r6, o6 = rf["crate"], rf["out"]
        rows.append((name, r6, r7, o6, o7, items))

    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f_title = Font(name="IPAexGothic", size=16, bold=True)
    f_n = Font(name="IPAexMincho", size=10)
    f_h = Font(name="IPAexGothic", size=10)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = {"A": 24, "B": 11, "C": 11, "D": 14, "E": 14, "F": 46}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w

    ws["A1"] = "令和７年度　徴収計画"
    ws["A1"].font = f_title
    ws.merge_cells("A1:F1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "令和７年５月　くすのき市債権管理推進会議"
    ws["A2"].font = f_n
    ws.merge_cells("A2:F2")
    ws["A2"].alignment = Alignment(horizontal="right")

    # two header rows: side-by-side headings
    ws["A4"], ws["B4"], ws["D4"], ws["F4"] = "債権名", "現年度分収納率(%)", "収入未済額(千円)", "令和７年度取組目標"
    ws["B5"], ws["C5"], ws["D5"], ws["E5"] = "R6実績", "R7目標", "R6実績", "R7目標"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:C4")
    ws.merge_cells("D4:E4")
    ws.merge_cells("F4:F5")
    for r in (4, 5):
        for c in "ABCDEF":
            ws[f"{c}{r}"].font = f_h
            ws[f"{c}{r}"].alignment = center
            ws[f"{c}{r}"].border = box
    r = 6
    for name, r6, r7, o6, o7, items in rows:
        ws[f"A{r}"] = name
        ws[f"B{r}"] = f"{r6:.2f}"
        ws[f"C{r}"] = f"{r7:.2f}"
        ws[f"D{r}"] = comma(o6)
        ws[f"E{r}"] = comma(o7) if o7 is not None else "－"
        txt = "\n".join(((lb or "") + t + (f"【{st}】" if st else "")) for lb, t, st in items)
        ws[f"F{r}"] = txt
        for c in "ABCDEF":
            ws[f"{c}{r}"].font = f_n
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = right if c in "BCDE" else left
        ws.row_dimensions[r].height = 40 if len(items) == 1 and len(txt) < 40 else 58
        g.fact(name, 2024, "R6実績", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}",
               anchor=name)
        g.fact(name, 2025, "R7目標", "current", "collection_rate", "target", r7, "percent", f"{r7:.2f}",
               anchor=name)
        g.fact(name, 2024, "R6実績", "total", "outstanding", "actual", o6 * 1000, "yen", comma(o6), anchor=name)
        if o7 is not None:
            g.fact(name, 2025, "R7目標", "total", "outstanding", "target", o7 * 1000, "yen", comma(o7),
                   anchor=name)
        for lb, t, st in items:
            g.init(name, 2025, SEC, lb, t, st, anchor=name)
        r += 1
    ws.print_title_rows = "4:5"
    setup(ws)
    main_ws = ws

    # last page: 【参考】 one debt per column, segment groups as rows, 単位 in the title only
    ws = wb.create_sheet("参考")
    for c, w in {"A": 14, "B": 14, "C": 20, "D": 20, "E": 20, "F": 20, "G": 20}.items():
        ws.column_dimensions[c].width = w
    r = 1
    ws[f"A{r}"] = "【参考】令和６年度　主要債権の収納状況（単位：千円）"
    ws[f"A{r}"].font = Font(name="IPAexGothic", size=12, bold=True)
    ws.merge_cells(f"A{r}:F{r}")
    r += 1
    names = ["市税", "国民健康保険料", "介護保険料", "保育料", "住宅使用料"]
    heads = ["区分", ""] + names
    for i, h in enumerate(heads):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = f_h
        c.alignment = center
        c.border = box
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    spec = [("現年度分", "調定額", "ca"), ("", "収入済額", "cc"), ("", "収納率", "crate"),
            ("滞納繰越分", "調定額", "aa"), ("", "収入済額", "ac"),
            ("合計", "調定額", "ta"), ("", "収入済額", "tc"), ("", "不納欠損額", "wo"),
            ("", "収入未済額", "out"), ("", "収納率", "trate")]
    seg_of = {"ca": "current", "cc": "current", "crate": "current", "aa": "arrears", "ac": "arrears",
              "ta": "total", "tc": "total", "wo": "total", "out": "total", "trate": "total"}
    met_of = {"ca": "assessed", "cc": "collected", "crate": "collection_rate", "aa": "assessed",
              "ac": "collected", "ta": "assessed", "tc": "collected", "wo": "written_off",
              "out": "outstanding", "trate": "collection_rate"}
    ref_first = r
    for grp, lab, key in spec:
        ws.cell(row=r, column=1, value=grp)
        ws.cell(row=r, column=2, value=lab)
        for j, n in enumerate(names):
            rf = ref_figures(n)
            v = rf[key]
            txt = f"{v:.2f}%" if "rate" in key else comma(v)
            ws.cell(row=r, column=3 + j, value=txt)
            if "rate" in key:
                g.fact(n, 2024, "令和６年度", seg_of[key], "collection_rate", "actual", v, "percent", txt,
                       anchor="【参考】")
            else:
                g.fact(n, 2024, "令和６年度", seg_of[key], met_of[key], "actual", v * 1000, "yen", txt,
                       anchor="【参考】")
        for c in range(1, 8):
            cell = ws.cell(row=r, column=c)
            cell.font = f_n
            cell.border = box
            cell.alignment = right if c >= 3 else center
        ws.row_dimensions[r].height = 20
        r += 1
    for a, b in ((ref_first, ref_first + 2), (ref_first + 3, ref_first + 4), (ref_first + 5, ref_first + 9)):
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    total_now, total_prev = 4123000000, 4303000000
    note = (f"○　令和６年度末における本市債権全体の収入未済額は約41億2,300万円で、前年度末の約43億300万円から"
            f"約１億8,000万円縮減した。令和７年度は、全債権の収入未済額を40億円以下とすることを目標とする。")
    ws[f"A{r}"] = note
    ws[f"A{r}"].font = f_n
    ws[f"A{r}"].alignment = left
    ws.merge_cells(f"A{r}:G{r}")
    ws.row_dimensions[r].height = 36
    g.fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", total_now, "yen", "約41億2,300万円",
           anchor="【参考】", approx=True)
    g.fact(None, 2023, "前年度末", "total", "outstanding", "actual", total_prev, "yen", "約43億300万円",
           anchor="【参考】", approx=True)
    g.fact(None, 2025, "令和７年度", "total", "outstanding", "target", 4000000000, "yen", "40億円",
           anchor="【参考】")

    setup(ws)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = lo_to_pdf(src, PDF_DIR / f"{STEM}.pdf", "kusunoki")
    render_png(pdf, "kusu")
    finish(g, pdf)


if __name__ == "__main__":
    main()
