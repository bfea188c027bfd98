"""八尾市 債権回収・整理計画（中間報告） — openpyxl → LibreOffice, one sheet per debt."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from e7_common import OUT, PDF, comma, fact, initiative, to_pdf, tri, write_gold

STEM = "e_yao_chukan_1"
CITY = "八尾市"
AS_OF, AS_OF_PREV = "2024-12-31", "2023-12-31"

# debt, 所管, interim (cur now, cur prev, arr now, arr prev), 決算R5 (cur, arr), 見込R6 (cur, arr), 目標R6 (cur, arr),
# 未収金残高 千円 (R5末実績, R6末見込, R6末目標)
DEBTS = [
    ("市税", "財政部納税課", (81.46, 81.02, 24.87, 23.15), (98.71, 31.20), (98.80, 32.40), (98.90, 33.00),
     (1_486_220, 1_402_000, 1_380_000)),
    ("国民健康保険料", "健康保険課", (62.38, 61.95, 18.20, 17.64), (92.84, 24.06), (92.90, 24.50), (93.20, 25.00),
     (1_102_455, 1_061_000, 1_040_000)),
    ("介護保険料", "高齢介護課", (83.15, 83.40, 16.72, 15.98), (98.52, 19.80), (98.45, 20.30), (98.60, 21.00),
     (154_308, 150_500, 148_000)),
    ("後期高齢者医療保険料", "健康保険課", (84.02, 83.77, 21.35, 22.90), (99.24, 38.61), (99.25, 36.90), (99.30, 40.00),
     (38_917, 38_200, 36_500)),
    ("市営住宅使用料", "住宅管理課", (90.36, 89.84, 9.41, 8.77), (97.05, 14.12), (97.20, 14.60), (97.30, 15.00),
     (62_804, 60_100, 58_000)),
]

INITS = {
    "市税": [("ア", "年末の一斉催告に反応のない滞納者について、１月中に預貯金・給与の財産調査を完了し、差押えを執行する。", "継続"),
           ("イ", "納付約束の不履行者には履行催告を即日送付し、分納計画を見直す。", "継続"),
           ("ウ", "大阪府域地方税徴収機構への引継ぎ事案を前年度より拡大し、高額事案の処理を進める。", "拡充")],
    "国民健康保険料": [("ア", "短期被保険者証の更新時に納付相談を行い、分納誓約を取り付ける。", "継続"),
                ("イ", "２月を国保料滞納整理強化月間とし、財産判明世帯に差押予告書を一斉に送付する。", "拡充")],
    "介護保険料": [("ア", "普通徴収の未納者に年金からの特別徴収開始までの納付案内を送付する。", "継続"),
              ("イ", "滞納処分の経験を持つ職員による滞納整理研修を課内で実施する。", "新規")],
    "後期高齢者医療保険料": [("ア", "口座振替不能となった被保険者に翌月の再振替案内と納付書を送付する。", "継続"),
                   ("イ", "広域連合と連携し、過年度分の長期滞納者へ臨戸訪問を行う。", "新規")],
    "市営住宅使用料": [("ア", "３か月以上の滞納者に明渡請求の予告を行い、連帯保証人へも通知する。", "継続"),
                ("イ", "退去滞納者の債権は、法的措置と弁護士への回収委託に振り分けて処理する。", "拡充"),
                ("ウ", "入居時の口座振替登録を原則とし、未登録世帯には再度登録を依頼する。", "継続")],
}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="DDDDDD")
FONT = "IPAexゴシック"


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = "八尾市　債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.title = title


def put(ws, r, c, v, *, bold=False, box=True, fill=None, align="left", size=10, wrap=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill:
        cell.fill = fill
    return cell


def main():
    wb = Workbook()
    ws = wb.active
    setup(ws, "総括")
    facts, inits = [], []
    F = lambda *a, **k: facts.append(fact(*a, **k))
    for col, w in zip("ABCDEFGH", [26, 13, 13, 10, 13, 13, 10, 4]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "令和６年度 債権回収・整理計画（中間報告）", bold=True, box=False, size=15)
    put(ws, 2, 1, "令和７年１月　八尾市", box=False)
    put(ws, 4, 1, "１　主要債権の収納率（令和６年12月末現在）", bold=True, box=False, size=11)
    put(ws, 5, 6, "（単位：％、ポイント）", box=False, size=9)
    put(ws, 6, 1, "債権名", fill=GRAY, align="center")
    ws.merge_cells("A6:A7")
    put(ws, 6, 2, "現年度分", fill=GRAY, align="center")
    ws.merge_cells("B6:D6")
    put(ws, 6, 5, "過年度分", fill=GRAY, align="center")
    ws.merge_cells("E6:G6")
    for j, h in enumerate(["令和６年12月末", "令和５年12月末", "差"] * 2):
        put(ws, 7, 2 + j, h, fill=GRAY, align="center", size=9)
    for c in range(2, 8):
        ws.cell(6, c).border = BOX
    r = 8
    for debt, ka, im, ks, mk, tg, zan in DEBTS:
        put(ws, r, 1, debt)
        vals = [im[0], im[1], round(im[0] - im[1], 2), im[2], im[3], round(im[2] - im[3], 2)]
        for j, v in enumerate(vals):
            txt = f"{v:.2f}" if j % 3 != 2 else (f"△{abs(v):.2f}" if v < 0 else f"{v:.2f}")
            put(ws, r, 2 + j, txt, align="right")
        A = "１　主要債権の収納率"
        F(debt, 2024, "令和６年12月末", "current", "collection_rate", "interim", im[0], "percent", f"{im[0]:.2f}", as_of=AS_OF, anchor=A)
        F(debt, 2023, "令和５年12月末", "current", "collection_rate", "interim", im[1], "percent", f"{im[1]:.2f}", as_of=AS_OF_PREV, anchor=A)
        F(debt, 2024, "令和６年12月末", "arrears", "collection_rate", "interim", im[2], "percent", f"{im[2]:.2f}", as_of=AS_OF, anchor=A)
        F(debt, 2023, "令和５年12月末", "arrears", "collection_rate", "interim", im[3], "percent", f"{im[3]:.2f}", as_of=AS_OF_PREV, anchor=A)
        r += 1
    put(ws, r, 1, "※差は前年同月との比較（ポイント）。△は減少を示す。", box=False, size=8)
    r += 2
    put(ws, r, 1, "２　未収金残高の状況", bold=True, box=False, size=11)
    put(ws, r + 1, 6, "（単位：千円）", box=False, size=9)
    r += 2
    hdr = ["債権名", "令和５年度末\n（実績）", "令和６年度末\n（見込）", "", "令和６年度末\n（目標）", "目標との差"]
    for j, h in enumerate(hdr):
        if j == 3:
            continue
        put(ws, r, 1 + j, h, fill=GRAY, align="center", wrap=True, size=9)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.row_dimensions[r].height = 30
    r += 1
    sums = [0, 0, 0]
    for debt, ka, im, ks, mk, tg, zan in DEBTS:
        put(ws, r, 1, debt)
        put(ws, r, 2, comma(zan[0]), align="right")
        put(ws, r, 3, comma(zan[1]), align="right")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        put(ws, r, 5, comma(zan[2]), align="right")
        put(ws, r, 6, tri(zan[1] - zan[2]), align="right")
        A = "２　未収金残高の状況"
        F(debt, 2023, "令和５年度末（実績）", "total", "outstanding", "actual", zan[0] * 1000, "yen", comma(zan[0]), anchor=A)
        F(debt, 2024, "令和６年度末（見込）", "total", "outstanding", "estimate", zan[1] * 1000, "yen", comma(zan[1]), anchor=A)
        F(debt, 2024, "令和６年度末（目標）", "total", "outstanding", "target", zan[2] * 1000, "yen", comma(zan[2]), anchor=A)
        sums = [s + z for s, z in zip(sums, zan)]
        r += 1
    put(ws, r, 1, "合計", bold=True)
    put(ws, r, 2, comma(sums[0]), align="right", bold=True)
    put(ws, r, 3, comma(sums[1]), align="right", bold=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    put(ws, r, 5, comma(sums[2]), align="right", bold=True)
    put(ws, r, 6, tri(sums[1] - sums[2]), align="right", bold=True)
    A = "２　未収金残高の状況"
    F(None, 2023, "令和５年度末（実績）", "total", "outstanding", "actual", sums[0] * 1000, "yen", comma(sums[0]), anchor=A, debt_raw="合計")
    F(None, 2024, "令和６年度末（見込）", "total", "outstanding", "estimate", sums[1] * 1000, "yen", comma(sums[1]), anchor=A, debt_raw="合計")
    F(None, 2024, "令和６年度末（目標）", "total", "outstanding", "target", sums[2] * 1000, "yen", comma(sums[2]), anchor=A, debt_raw="合計")

    for no, (debt, ka, im, ks, mk, tg, zan) in enumerate(DEBTS, 1):
        ws = wb.create_sheet()
        setup(ws, f"{no:02d}")
        for col, w in zip("ABCDEFG", [4, 22, 18, 18, 18, 18, 30]):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, "令和６年度 後半の取組について", bold=True, box=False, size=13)
        put(ws, 3, 1, f"債権名　{debt}", bold=True, size=12)
        ws.merge_cells("A3:D3")
        put(ws, 3, 5, f"【{ka}】", box=False)
        anchor = f"債権名　{debt}"
        put(ws, 5, 2, "【収納率】令和6年12月末時点", bold=True, box=False)
        put(ws, 6, 2, f"・現年度分　{im[0]:.2f}％（前年同月　{im[1]:.2f}％）", box=False)
        put(ws, 7, 2, f"・過年度分　{im[2]:.2f}％（前年同月　{im[3]:.2f}％）", box=False)
        F(debt, 2024, "令和6年12月末時点", "current", "collection_rate", "interim", im[0], "percent", f"{im[0]:.2f}％", as_of=AS_OF, anchor=anchor)
        F(debt, 2023, "前年同月", "current", "collection_rate", "interim", im[1], "percent", f"{im[1]:.2f}％", as_of=AS_OF_PREV, anchor=anchor)
        F(debt, 2024, "令和6年12月末時点", "arrears", "collection_rate", "interim", im[2], "percent", f"{im[2]:.2f}％", as_of=AS_OF, anchor=anchor)
        F(debt, 2023, "前年同月", "arrears", "collection_rate", "interim", im[3], "percent", f"{im[3]:.2f}％", as_of=AS_OF_PREV, anchor=anchor)
        put(ws, 9, 2, "区分（収納率）", fill=GRAY, align="center")
        for j, h in enumerate(["令和5年度決算", "令和6年度決算見込", "令和6年度目標"]):
            put(ws, 9, 3 + j, h, fill=GRAY, align="center")
        for i, (seg, lab) in enumerate([("current", "現年度分"), ("arrears", "過年度分")]):
            vals = [(ks[i], 2023, "令和5年度決算", "actual"), (mk[i], 2024, "令和6年度決算見込", "estimate"),
                    (tg[i], 2024, "令和6年度目標", "target")]
            put(ws, 10 + i, 2, lab)
            for j, (v, fy, fyr, basis) in enumerate(vals):
                put(ws, 10 + i, 3 + j, f"{v:.2f}%", align="right")
        for i, (seg, lab) in enumerate([("current", "現年度分"), ("arrears", "過年度分")]):
            for (v, fy, fyr, basis) in [(ks[i], 2023, "令和5年度決算", "actual"), (mk[i], 2024, "令和6年度決算見込", "estimate"),
                                        (tg[i], 2024, "令和6年度目標", "target")]:
                F(debt, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", anchor=anchor)
        put(ws, 13, 2, "●主な取組", bold=True, box=False)
        r = 14
        for lab, text, st in INITS[debt]:
            put(ws, r, 1, lab, box=False, align="right")
            ws.cell(r, 1).alignment = Alignment(horizontal="right", vertical="top")
            body = f"{text}【{st}】" if len(text) < 44 else f"{text}\n【{st}】"
            put(ws, r, 2, body, box=False, wrap=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
            inits.append(initiative(debt, 2024, "主な取組", lab, text, st, anchor=anchor))
            r += 1
        put(ws, r + 1, 2, "取組状況（12月末）", bold=True, box=False)
        put(ws, r + 2, 2, "上半期は催告と財産調査を計画どおり実施した。後半は差押えの執行と分納履行の管理を重点とし、"
                          "年度末の目標達成をめざす。", box=True, wrap=True)
        ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=7)
        ws.row_dimensions[r + 2].height = 36
        ws.cell(r + 2, 2).alignment = Alignment(wrap_text=True, vertical="top")

    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "yao")
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度 債権回収・整理計画（中間報告）",
                "date": "2025-01-01", "date_raw": "令和７年１月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
