"""(b) plan: 未収金対策・徴収計画 (modelled on 第2次廿日市市債権管理計画, city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html,
and the 平成28年度徴収計画 table, expydoc.com/doc/10930897). openpyxl -> LibreOffice, landscape.
Segment x period summary (debt per row; 現年分 | 滞納繰越分 | 計 each 調定額 | 収入済額 | 収納率), rates without %
(単位：円、％), a 【参考】 one-cell box, 取組 per debt in a table cell with ・ bullets and tags."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

from common import *

STEM = "hatsukaichi_plan_2"
CITY = "廿日市市"
# name, 所管課, 現年 調定, 現年 率(approx), 滞繰 調定, 滞繰 率(approx)
ACT = [
    ("市税", "収納課", 17_284_519_300, 0.9912, 412_883_150, 0.2870),
    ("国民健康保険税", "収納課", 2_213_774_600, 0.9436, 498_215_330, 0.2215),
    ("介護保険料", "高齢介護課", 2_741_208_900, 0.9942, 41_372_600, 0.1785),
    ("後期高齢者医療保険料", "保険医療課", 1_318_440_200, 0.9968, 8_215_400, 0.3520),
    ("保育所保育料", "保育課", 286_534_100, 0.9891, 17_902_350, 0.2012),
    ("市営住宅使用料", "住宅政策課", 331_205_800, 0.9815, 61_487_200, 0.1420),
    ("学校給食費", "学校教育課", 598_772_450, 0.9968, 15_306_900, 0.1874),
]
TGT = [  # target rates for 令和7年度, assessed scaled
    (1.012, 0.9920, 0.92, 0.3000), (0.985, 0.9450, 0.93, 0.2350), (1.018, 0.9950, 0.95, 0.1900),
    (1.025, 0.9970, 0.98, 0.3600), (0.960, 0.9900, 0.90, 0.2200), (0.990, 0.9830, 0.95, 0.1550),
    (0.980, 0.9970, 0.92, 0.2000),
]
WRITE_OFF = 48_213_772
ITEMS = {
    "市税": [("滞納繰越分について、財産調査の結果に基づき預貯金・給与の差押えを早期に行う。", "継続"),
             ("スマートフォン決済アプリによる納付を周知し、現年分の納期内納付を促す。", "拡充")],
    "国民健康保険税": [("短期被保険者証の交付時に納付相談を行い、分割納付の履行を確認する。", "継続"),
                   ("資格喪失者の未納分を収納課に引き継ぎ、一元的に滞納整理を行う。", "新規")],
    "介護保険料": [("普通徴収の未納者に対し、年金受給額の確認と訪問による納付指導を行う。", "継続")],
    "後期高齢者医療保険料": [("広島県後期高齢者医療広域連合と連携し、口座振替の勧奨を行う。", "継続")],
    "保育所保育料": [("児童手当からの申出徴収を勧め、未納の長期化を防ぐ。", "継続"),
                 ("退所者の未納分について、納付の意思がない者には滞納処分を行う。", "拡充")],
    "市営住宅使用料": [("滞納3か月以上の入居者と面談し、納付計画を立てる。", "継続"),
                   ("連帯保証人への請求と、明渡し訴訟の提起を計画的に行う。", "継続")],
    "学校給食費": [("就学援助制度の案内を行い、対象となる世帯の申請を支援する。", "新規")],
}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FN = "IPAexゴシック"


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    ws.oddHeader.right.text = "令和7年度　未収金対策・徴収計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.column_dimensions["A"].width = 22
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 16
    ws.column_dimensions["K"].width = 4


def put(ws, r, col, v, bold=False, fmt=None, align=None, border=True, size=10, fill=None, wrap=False):
    cell = ws.cell(row=r, column=col, value=v)
    cell.font = Font(name=FN, bold=bold, size=size)
    if fmt:
        cell.number_format = fmt
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


def seg_table(ws, r0, data, p, fy, fyr, basis, facts, title):
    put(ws, r0, 1, title, bold=True, border=False, size=11)
    put(ws, r0, 10, "（単位：円、％）", border=False, align="right", size=9)
    h1, h2 = r0 + 1, r0 + 2
    put(ws, h1, 1, "債権名", bold=True, align="center", fill="DDEBF7")
    put(ws, h2, 1, None, fill="DDEBF7")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    for g, lab in enumerate(("現年分", "滞納繰越分", "計")):
        c0 = 2 + 3 * g
        put(ws, h1, c0, lab, bold=True, align="center", fill="DDEBF7")
        for k in (1, 2):
            put(ws, h1, c0 + k, None, fill="DDEBF7")
        ws.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + 2)
        for k, sub in enumerate(("調定額", "収入済額", "収納率")):
            put(ws, h2, c0 + k, sub, bold=True, align="center", fill="DDEBF7")
    r = h2 + 1
    sums = [0, 0, 0, 0]
    for name, ca, cc, aa, ac in data + [("合計", None, None, None, None)]:
        if name == "合計":
            ca, cc, aa, ac = sums
        else:
            sums = [sums[0] + ca, sums[1] + cc, sums[2] + aa, sums[3] + ac]
        put(ws, r, 1, name, bold=(name == "合計"))
        debt = None if name == "合計" else name
        for g, (seg, A, C) in enumerate((("current", ca, cc), ("arrears", aa, ac), ("total", ca + aa, cc + ac))):
            c0 = 2 + 3 * g
            rate = r2(C, A)
            put(ws, r, c0, A, fmt="#,##0")
            put(ws, r, c0 + 1, C, fmt="#,##0")
            put(ws, r, c0 + 2, rate, fmt="0.00")
            for met, v, u, raw in (("assessed", A, "yen", c(A)), ("collected", C, "yen", c(C)),
                                   ("collection_rate", rate, "percent", pct(rate))):
                facts.append(F(debt, fy, fyr, seg, met, basis, v, u, raw, p,
                               debt_raw=("合計" if debt is None else "same")))
        r += 1
    return r, sums


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "決算状況"
    setup(ws, "")
    put(ws, 1, 1, "令和7年度　廿日市市未収金対策・徴収計画", bold=True, border=False, size=16)
    put(ws, 2, 10, "令和7年5月　総務部収納課", border=False, align="right", size=10)
    put(ws, 4, 1, "1　趣旨", bold=True, border=False, size=11)
    put(ws, 5, 1, "　第2次廿日市市債権管理計画に基づき、各債権の令和7年度の徴収目標と、目標達成に向けた未収金対策を定める。",
        border=False)
    put(ws, 6, 1, "　対象は、令和5年度決算において収入未済額が生じた債権のうち、主な7債権とする。", border=False)
    data = []
    for name, dept, ca, cr, aa, ar in ACT:
        data.append((name, ca, int(round(ca * cr)), aa, int(round(aa * ar))))
    r, sums_act = seg_table(ws, 8, data, 1, 2023, "令和5年度", "actual", facts, "2　令和5年度決算の状況")
    put(ws, r, 1, "※収納率は、収入済額を調定額で除して算出し、小数点以下第3位を四捨五入している。", border=False, size=9)
    put(ws, r + 1, 1, "※滞納繰越分の調定額は、前年度末の収入未済額から還付未済額等を調整した額である。", border=False, size=9)
    ws.print_area = f"A1:J{r + 1}"

    ws2 = wb.create_sheet("徴収目標")
    setup(ws2, "")
    tdata = []
    for (name, dept, ca, cr, aa, ar), (ks, tcr, ka, tar) in zip(ACT, TGT):
        tca = int(round(ca * ks, -3))
        taa = int(round(aa * ka, -3))
        tdata.append((name, tca, int(round(tca * tcr, -3)), taa, int(round(taa * tar, -3))))
    r, _ = seg_table(ws2, 1, tdata, 2, 2025, "令和7年度", "target", facts, "3　令和7年度の徴収目標")
    put(ws2, r, 1, "※令和7年度の調定額は当初予算額を基に見込んだ額である。", border=False, size=9)
    # 【参考】 box
    A, C = sums_act[0] + sums_act[2], sums_act[1] + sums_act[3]
    O = A - C - WRITE_OFF
    rate = r2(C, A)
    lines = ["【参考】令和5年度決算（全債権）",
             f"　・調定額：{c(A)}円", f"　・収入済額：{c(C)}円", f"　・不納欠損額：{c(WRITE_OFF)}円",
             f"　・収入未済額：{c(O)}円", f"　・収納率：{pct(rate)}％"]
    rb = r + 2
    put(ws2, rb, 1, "\n".join(lines), wrap=True, align="left")
    for rr in range(rb, rb + 6):
        for cc in range(1, 6):
            ws2.cell(row=rr, column=cc).border = BOX
    ws2.merge_cells(start_row=rb, start_column=1, end_row=rb + 5, end_column=5)
    ws2.cell(row=rb, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    for met, v, u, raw in (("assessed", A, "yen", f"{c(A)}円"), ("collected", C, "yen", f"{c(C)}円"),
                           ("written_off", WRITE_OFF, "yen", f"{c(WRITE_OFF)}円"),
                           ("outstanding", O, "yen", f"{c(O)}円"), ("collection_rate", rate, "percent", f"{pct(rate)}％")):
        facts.append(F(None, 2023, "令和5年度", "total", met, "actual", v, u, raw, 2, debt_raw=None))
    for rr in range(rb, rb + 6):
        ws2.row_dimensions[rr].height = 18
    ws2.print_area = f"A1:J{rb + 6}"

    ws3 = wb.create_sheet("取組")
    setup(ws3, "")
    ws3.column_dimensions["B"].width = 14
    ws3.column_dimensions["C"].width = 110
    put(ws3, 1, 1, "4　債権別の未収金対策", bold=True, border=False, size=11)
    for k, h in enumerate(("債権名", "所管課", "令和7年度の主な取組")):
        put(ws3, 2, 1 + k, h, bold=True, align="center", fill="DDEBF7")
    r = 3
    for name, dept, *_ in ACT:
        its = ITEMS[name]
        put(ws3, r, 1, name)
        put(ws3, r, 2, dept, align="center")
        put(ws3, r, 3, "\n".join(f"・{t}【{s}】" for t, s in its), wrap=True, align="left")
        ws3.row_dimensions[r].height = 17 * len(its) + 4
        for t, s in its:
            inits.append(I(name, 2025, "令和7年度の主な取組", "・", t, s, 3))
        r += 1
    put(ws3, r + 1, 1, "5　進行管理", bold=True, border=False, size=11)
    put(ws3, r + 2, 1, "　各所管課は9月末及び12月末の収納状況を収納課に報告し、債権管理推進会議で進捗を確認する。", border=False)
    ws3.print_area = f"A1:C{r + 2}"
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    to_pdf(x, PDF / f"{STEM}.pdf", STEM)
    document = {"kind": "plan", "municipality": CITY, "title": "令和7年度　廿日市市未収金対策・徴収計画",
                "date": "2025-05-01", "date_raw": "令和7年5月"}
    write_gold(STEM, document, facts, inits)
    return report(STEM)


if __name__ == "__main__":
    build()
