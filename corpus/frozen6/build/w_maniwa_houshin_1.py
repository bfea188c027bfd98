"""w_maniwa_houshin_1: 市税等滞納整理対策基本方針に係る目標数値 (plan), openpyxl -> LibreOffice, A4 landscape."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from w_common import OUT, PDF, fact, init, place_pages, to_pdf, write_gold, zen

STEM = "w_maniwa_houshin_1"
CITY = "真庭市"
TITLE = "真庭市市税等滞納整理対策基本方針に係る目標数値（令和７年度～令和９年度）"
FONT = "IPAexGothic"

YEARS = [(2023, "R5", "実績", "actual"), (2024, "R6", "見込", "estimate"), (2025, "R7", "目標", "target"),
         (2026, "R8", "目標", "target"), (2027, "R9", "目標", "target")]
# collection rates (no % sign), current / arrears
RATES = {
    "市税": ([99.21, 99.25, 99.30, 99.33, 99.35], [31.48, 30.90, 32.00, 33.00, 34.00]),
    "国民健康保険税": ([95.62, 95.70, 95.90, 96.10, 96.30], [22.15, 23.02, 24.00, 25.00, 26.00]),
    "介護保険料": ([99.04, 99.10, 99.15, 99.20, 99.25], [14.87, 15.33, 16.00, 16.50, 17.00]),
    "後期高齢者医療保険料": ([99.58, 99.60, 99.62, 99.64, 99.65], [41.20, 38.75, 40.00, 41.00, 42.00]),
    "市営住宅使用料": ([97.35, 97.50, 97.80, 98.00, 98.20], [12.06, 13.40, 14.00, 15.00, 16.00]),
    "水道料金": ([98.86, 98.90, 99.00, 99.05, 99.10], [52.31, 50.88, 53.00, 54.00, 55.00]),
}
# 滞納繰越額 (収入未済額) in thousand yen: R5末実績, R6末見込, R7-R9 目標
OUTST = {
    "市税": [312_486, 298_500, 285_000, 272_000, 260_000],
    "国民健康保険税": [356_912, 342_100, 330_000, 318_000, 305_000],
    "介護保険料": [38_254, 36_900, 35_500, 34_000, 32_500],
    "後期高齢者医療保険料": [6_318, 6_100, 5_900, 5_700, 5_500],
    "保育料": [14_775, 13_200, 12_000, 11_000, 10_000],
    "市営住宅使用料": [41_603, 40_800, 39_000, 37_500, 36_000],
    "水道料金": [128_447, 124_600, 120_000, 116_000, 112_000],
    "下水道使用料": [88_359, 85_300, 82_000, 79_000, 76_000],
}
DELINQ = {"市税": [2_418, 2_250, 2_100], "国民健康保険税": [1_967, 1_850, 1_700], "介護保険料": [624, 590, 560]}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def cell(ws, r, c, v, bold=False, size=10, align="center", fmt=None, wrap=True, border=True):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name=FONT, size=size, bold=bold)
    x.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fmt:
        x.number_format = fmt
    if border:
        x.border = BOX
    return x


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "目標数値"
    widths = [20] + [8.5] * 10
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 1
    cell(ws, r, 1, TITLE, bold=True, size=13, align="left", wrap=False, border=False)
    r += 1
    cell(ws, r, 1, "令和７年４月　真庭市市税等滞納整理対策本部", size=10, align="left", wrap=False, border=False)
    r += 2
    intro = ("本市では、市税等滞納整理対策本部のもと、基本方針に掲げる具体的取組方針に沿って全庁的に滞納整理を進めて"
             "きました。令和５年度末の滞納繰越額は、対象債権の合計で約９億８，７００万円となり、前年度末から減少しています。"
             "このたび、令和７年度から令和９年度までの収納率及び滞納繰越額の目標数値を次のとおり改定しました。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    cell(ws, r, 1, intro, align="left", border=False)
    ws.row_dimensions[r].height = 48
    total_r5 = sum(v[0] for v in OUTST.values())
    facts.append(fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", 987_000_000, "yen",
                      "約９億８，７００万円", approx=True, debt_raw=None))
    r += 2
    # ---- table 1: rates, one debt per row, segment x year groups
    cell(ws, r, 1, "１　収納率の目標数値", bold=True, size=11, align="left", wrap=False, border=False)
    cell(ws, r, 11, "（単位：％）", align="right", wrap=False, border=False)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    cell(ws, r, 1, "債　権")
    for g, lab in enumerate(["現年度分", "滞納繰越分"]):
        c0 = 2 + g * 5
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 4)
        cell(ws, r, c0, lab, bold=True)
        for k, (_, yl, bl, _) in enumerate(YEARS):
            cell(ws, r + 1, c0 + k, yl)
            cell(ws, r + 2, c0 + k, bl)
    for rr in (r, r + 1, r + 2):
        for cc in range(1, 12):
            ws.cell(row=rr, column=cc).border = BOX
    r += 3
    for debt, (cur, arr) in RATES.items():
        cell(ws, r, 1, debt, align="left")
        for g, (seg, vals) in enumerate([("current", cur), ("arrears", arr)]):
            for k, v in enumerate(vals):
                cell(ws, r, 2 + g * 5 + k, v, align="right", fmt="0.00")
        # facts in printed order (row-major)
        for g, (seg, vals) in enumerate([("current", cur), ("arrears", arr)]):
            for k, v in enumerate(vals):
                fy, yl, _, basis = YEARS[k]
                facts.append(fact(debt, fy, yl, seg, "collection_rate", basis, v, "percent", f"{v:.2f}"))
        ws.row_dimensions[r].height = 20
        r += 1
    cell(ws, r, 1, "※R5は決算値、R6は決算見込値です。収納率は調定額に対する収入済額の割合です。", align="left",
         wrap=False, border=False, size=9)
    r += 2
    # ---- table 2: outstanding, thousand yen
    cell(ws, r, 1, "２　滞納繰越額（収入未済額）の目標", bold=True, size=11, align="left", wrap=False, border=False)
    cell(ws, r, 11, "（単位：千円）", align="right", wrap=False, border=False)
    r += 1
    heads = ["令和５年度末\n（実績）", "６年度末\n（見込）", "７年度末\n（目標）", "８年度末\n（目標）", "９年度末\n（目標）",
             "増減\n（９年度末－５年度末）"]
    raws = ["令和５年度末", "６年度末", "７年度末", "８年度末", "９年度末"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    cell(ws, r, 1, "債　権")
    for cc in (2, 3):
        ws.cell(row=r, column=cc).border = BOX
    for k, h in enumerate(heads):
        c0 = 4 + k
        cell(ws, r, c0, h, size=9)
    ws.row_dimensions[r].height = 36
    r += 1
    rows = list(OUTST.items()) + [("合　計", [sum(v[k] for v in OUTST.values()) for k in range(5)])]
    for debt, vals in rows:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        cell(ws, r, 1, debt, align="left", bold=(debt == "合　計"))
        for cc in (2, 3):
            ws.cell(row=r, column=cc).border = BOX
        for k, v in enumerate(vals):
            cell(ws, r, 4 + k, v, align="right", fmt="#,##0")
            fy, _, _, basis = YEARS[k]
            d = None if debt == "合　計" else debt
            facts.append(fact(d, fy, raws[k], "total", "outstanding", basis, v * 1000, "yen", f"{v:,}",
                              debt_raw=("合計" if d is None else debt)))
        cell(ws, r, 9, vals[4] - vals[0], align="right", fmt='#,##0;"△"#,##0')
        ws.row_dimensions[r].height = 20
        r += 1
    assert rows[-1][1][0] == total_r5
    r += 1
    # ---- table 3: delinquents
    cell(ws, r, 1, "３　滞納者数の目標", bold=True, size=11, align="left", wrap=False, border=False)
    cell(ws, r, 8, "（単位：人）", align="right", wrap=False, border=False)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    cell(ws, r, 1, "債　権")
    for cc in (2, 3):
        ws.cell(row=r, column=cc).border = BOX
    dh = [("令和５年度末\n（実績）", 2023, "令和５年度末", "actual"), ("７年度末\n（目標）", 2025, "７年度末", "target"),
          ("９年度末\n（目標）", 2027, "９年度末", "target")]
    for k, (h, *_x) in enumerate(dh):
        cell(ws, r, 4 + k, h, size=9)
    ws.row_dimensions[r].height = 36
    r += 1
    for debt, vals in DELINQ.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        cell(ws, r, 1, debt, align="left")
        for cc in (2, 3):
            ws.cell(row=r, column=cc).border = BOX
        for k, v in enumerate(vals):
            cell(ws, r, 4 + k, v, align="right", fmt="#,##0")
            _, fy, fr, basis = dh[k]
            facts.append(fact(debt, fy, fr, "total", "delinquents", basis, v, "persons", f"{v:,}"))
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddHeader.right.text = "真庭市市税等滞納整理対策本部"
    ws.oddFooter.center.text = "－ &P －"

    # ---- sheet 2: 別紙
    ws2 = wb.create_sheet("別紙")
    for i, w in enumerate([16, 16, 70, 14], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    cell(ws2, 1, 1, "滞納整理対策具体的取組方針＜別紙＞", bold=True, size=13, align="left", wrap=False, border=False)
    cell(ws2, 2, 1, "基本方針に掲げる取組方針ごとに、令和７年度から令和９年度までに実施する内容を定める。", align="left",
         wrap=False, border=False)
    hdr = ["取組方針", "対象債権", "具体的な取組", "担当課"]
    for k, h in enumerate(hdr):
        cell(ws2, 4, 1 + k, h, bold=True)
    ws2.print_title_rows = "4:4"
    SEC = "滞納整理対策具体的取組方針"
    rows2 = [
        ("１　滞納の未然防止", "市税", "税務課", [
            ("口座振替の加入勧奨を納税通知書の発送時に行い、期限内納付を促進する。", "継続"),
            ("スマートフォン決済アプリによる納付方法を広報紙とホームページで年４回周知する。", "拡充")]),
        ("", "国民健康保険税", "税務課", [
            ("資格取得の届出時に窓口で口座振替の手続を案内する。", "継続"),
            ("納期限後１５日以内に文書催告を送付し、早期の納付を促す。", "新規")]),
        ("２　滞納処分の強化", "市税", "税務課\n債権回収対策室", [
            ("滞納額５０万円以上の案件は財産調査を早期に完了し、差押えを優先して執行する。", "継続"),
            ("差押財産の換価のため、インターネット公売を年２回実施する。", "継続")]),
        ("", "国民健康保険税", "債権回収対策室", [
            ("納付誓約を履行しない滞納者に対し、預貯金等の差押えを速やかに行う。", "拡充")]),
        ("３　私債権の適正管理", "市営住宅使用料", "建築住宅課", [
            ("３か月以上滞納している入居者について、連帯保証人へ通知し納付指導を依頼する。", "継続"),
            ("納付に応じない退去者には、支払督促の申立てを計画的に行う。", "継続")]),
        ("", "水道料金", "水道課", [
            ("給水停止予告後も納付のない使用者には、給水停止を執行する。", "継続")]),
        ("４　徴収困難案件の整理", "全債権", "各所管課", [
            ("生活困窮等で徴収の見込みがない案件は、執行停止の要否を的確に判断する。", "継続"),
            ("時効が完成した私債権は、債権管理条例に基づき放棄の手続を進める。", "新規")]),
    ]
    r = 5
    for head, debt, ka, items in rows2:
        cell(ws2, r, 1, head, align="left")
        cell(ws2, r, 2, debt, align="left")
        marks = "①②③④"
        txt = "\n".join(f"{marks[i]}{t}【{s}】" for i, (t, s) in enumerate(items))
        cell(ws2, r, 3, txt, align="left")
        cell(ws2, r, 4, ka, align="left")
        ws2.row_dimensions[r].height = 18 * len(items) + 16
        d = None if debt == "全債権" else debt
        for i, (t, s) in enumerate(items):
            inits.append(init(d, 2025, SEC, marks[i], t, s))
        r += 1
    r += 1
    cell(ws2, r, 1, "※【継続】は従来からの取組、【拡充】は内容を拡大する取組、【新規】は令和７年度から始める取組。",
         align="left", wrap=False, border=False, size=9)
    ws2.page_setup.orientation = "landscape"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1
    ws2.page_setup.fitToHeight = 0
    ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddHeader.right.text = "真庭市市税等滞納整理対策本部"
    ws2.oddFooter.center.text = "－ &P －"

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_maniwa")
    place_pages(pdf, facts)
    place_pages(pdf, inits, key="text")
    write_gold(STEM, pdf, "plan", CITY, TITLE, "2025-04-01", "令和７年４月", facts, inits)


if __name__ == "__main__":
    build()
