"""あおい野市（架空）令和6年度 債権回収・整理計画 中間報告（12月末）— 大阪市型の債権別進捗シートを別の市の様式で.

Modelled on 大阪市 環境局「未収債権の目標及び具体処理策」（整理番号・債権区分・未収金残高の推移・徴収率の実績及び目標）
as shown on 123deta.com, re-laid out as an Excel workbook (one sheet per debt, landscape, fit to page) and converted
with LibreOffice. Gold from the same data.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, ROOT, check, fact, to_pdf, write_gold  # noqa: E402

STEM = "y_aoino_chukan_1"
CITY = "あおい野市"
TITLE = "令和６年度 債権回収・整理計画 中間報告（１２月末現在）"
AS_OF, AS_OF_PREV = "2024-12-31", "2023-12-31"

# debt, no, 所管, rates {seg: (R6.12, prev, 見込, 目標, R5決算)}, outstanding (R5決算, 見込, 目標) 千円,
# prose collected (R6.12 現年, prev) 千円, delinquents (value, prev, unit word), initiatives [(label, text, tag)]
DEBTS = [
    ("市税", "01", "財務部　納税課",
     {"current": (78.42, 77.95, 99.15, 99.20, 99.08), "arrears": (24.16, 22.80, 33.50, 34.00, 32.87),
      "total": (74.83, 74.10, 97.60, 97.70, 97.41)},
     (1312540, 1204300, 1190000), (14286512, 14030877), (8412, 8905, "人"),
     [("①", "年末の一斉催告に反応のない滞納者について、給与・預貯金の調査を１月中に完了し、２月から差押えを集中して実施する。", "継続"),
      ("②", "納期限から３０日を経過した現年度分の未納者へＳＭＳによる催告を毎月送信する。", "拡充"),
      ("③", "高額滞納事案（１００万円以上）は県の地方税徴収対策室との共同催告を行う。", "新規")]),
    ("国民健康保険料", "02", "健康福祉部　保険年金課",
     {"current": (62.35, 61.90, 93.40, 93.60, 93.28), "arrears": (15.42, 14.87, 23.10, 24.00, 22.64),
      "total": (51.20, 50.44, 80.15, 80.60, 79.92)},
     (804215, 771800, 760000), (3512604, 3488190), (5233, 5480, "世帯"),
     [("①", "資格喪失後も未納のある世帯へ、喪失届の受付時に納付相談を案内する。", "継続"),
      ("②", "電子による預貯金照会を活用し、財産判明世帯に差押予告書を速やかに送付する。", "継続"),
      ("③", "口座振替の原則化について、新規加入世帯への申込書同封を徹底する。", "拡充")]),
    ("介護保険料", "03", "健康福祉部　介護保険課",
     {"current": (80.11, 79.86, 99.02, 99.10, 98.97), "arrears": (9.84, 9.51, 14.20, 15.00, 13.95),
      "total": (77.96, 77.52, 96.75, 96.90, 96.61)},
     (92418, 89500, 87000), (6104227, 5972310), None,
     [("①", "普通徴収の初期滞納者へ電話催告を行い、口座振替を勧奨する。", "継続"),
      ("②", "２年の時効を迎える前に分納誓約を受理し、時効の更新を図る。", "継続")]),
    ("後期高齢者医療保険料", "04", "健康福祉部　保険年金課",
     {"current": (81.56, 81.32, 99.45, 99.50, 99.41), "arrears": (30.28, 28.75, 45.00, 46.00, 44.16),
      "total": (80.94, 80.63, 98.92, 99.00, 98.86)},
     (21906, 20400, 20000), (2418336, 2350127), None,
     [("①", "７５歳到達者へ納付方法の案内を送付する際、Ｗｅｂ口座振替の二次元コードを掲載する。", "新規"),
      ("②", "滞納繰越分の長期未納者に臨戸訪問を実施する。", "継続")]),
    ("保育所保育料", "05", "こども未来部　保育課",
     {"current": (74.90, 75.42, 98.80, 99.00, 98.92), "arrears": (12.05, 13.11, 19.50, 20.00, 18.64),
      "total": (68.21, 68.93, 93.95, 94.30, 94.02)},
     (36812, 35100, 34000), (612048, 618330), None,
     [("①", "在園児の保護者へは園を通じて督促状を手渡しし、未納の早期解消を図る。", "継続"),
      ("②", "卒園児世帯の滞納分は児童手当からの申出徴収を勧奨する。", "継続"),
      ("③", "財産調査の結果、資力のない世帯は執行停止を検討する。", None)]),
]
SEGS = [("current", "現年分"), ("arrears", "滞繰分"), ("total", "合　計")]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def put(ws, ref, val, *, bold=False, fmt=None, align="center", size=9, border=True, wrap=False):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, page_title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.left.text = "あおい野市　債権管理推進会議資料"
    ws.oddHeader.right.text = page_title
    ws.oddFooter.center.text = "&P／&N"
    ws.page_margins.left = ws.page_margins.right = 0.5
    for col, w in zip("ABCDEFGHI", (16, 13, 13, 11, 13, 13, 13, 13, 13)):
        ws.column_dimensions[col].width = w


def summary(wb, facts):
    ws = wb.active
    ws.title = "総括"
    setup(ws, "総括表")
    put(ws, "A1", TITLE, bold=True, size=14, align="left", border=False)
    put(ws, "G2", "令和7年1月31日　債権管理課", align="right", border=False)
    put(ws, "A3", "１　主要債権の徴収率（12月末）", bold=True, size=11, align="left", border=False)
    put(ws, "G3", "（単位：％）", align="right", border=False)
    names = [d[0] for d in DEBTS]
    put(ws, "A4", "")
    put(ws, "B4", "")
    for j, n in enumerate(names):
        put(ws, f"{'CDEFG'[j]}4", n, bold=True, wrap=True)
    ws.row_dimensions[4].height = 30
    r = 5
    for seg, lab in SEGS[:2]:
        ws.merge_cells(f"A{r}:A{r+1}")
        put(ws, f"A{r}", lab, bold=True); ws[f"A{r+1}"].border = BOX
        put(ws, f"B{r}", "令和6年12月末")
        put(ws, f"B{r+1}", "前年同期")
        for j, d in enumerate(DEBTS):
            v, p = d[3][seg][0], d[3][seg][1]
            put(ws, f"{'CDEFG'[j]}{r}", v, fmt="0.00", align="right")
            put(ws, f"{'CDEFG'[j]}{r+1}", p, fmt="0.00", align="right")
            facts.append(fact(d[0], 2024, "令和6年12月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", 1, as_of=AS_OF))
            facts.append(fact(d[0], 2023, "前年同期", seg, "collection_rate", "interim", p, "percent", f"{p:.2f}", 1, as_of=AS_OF_PREV))
        r += 2
    put(ws, f"A{r}", "※徴収率＝収納額÷調定額。滞繰分は滞納繰越分をいう。", align="left", border=False)
    r += 2
    put(ws, f"A{r}", "２　未収金残高", bold=True, size=11, align="left", border=False)
    put(ws, f"E{r}", "（単位：千円）", align="right", border=False)
    r += 1
    for col, h in zip("ABCDE", ("債権名", "令和5年度決算", "令和6年度決算見込", "令和6年度目標", "見込－目標")):
        put(ws, f"{col}{r}", h, bold=True, wrap=True)
    r += 1
    tot = [0, 0, 0]
    for d in DEBTS:
        a, b, c = d[4]
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
        rows = [(d[0], a, b, c)]
        for name, a_, b_, c_ in rows:
            put(ws, f"A{r}", name, align="left")
            for col, v in zip("BCD", (a_, b_, c_)):
                put(ws, f"{col}{r}", v, fmt="#,##0", align="right")
            put(ws, f"E{r}", b_ - c_, fmt='#,##0;"△"#,##0', align="right")
            facts.append(fact(name, 2023, "令和5年度決算", "total", "outstanding", "actual", a_ * 1000, "yen", f"{a_:,}", 1))
            facts.append(fact(name, 2024, "令和6年度決算見込", "total", "outstanding", "estimate", b_ * 1000, "yen", f"{b_:,}", 1))
            facts.append(fact(name, 2024, "令和6年度目標", "total", "outstanding", "target", c_ * 1000, "yen", f"{c_:,}", 1))
        r += 1
    put(ws, f"A{r}", "計", bold=True)
    for col, v in zip("BCD", tot):
        put(ws, f"{col}{r}", v, fmt="#,##0", align="right", bold=True)
    put(ws, f"E{r}", tot[1] - tot[2], fmt='#,##0;"△"#,##0', align="right", bold=True)
    for fy, fyr, basis, v in ((2023, "令和5年度決算", "actual", tot[0]), (2024, "令和6年度決算見込", "estimate", tot[1]),
                              (2024, "令和6年度目標", "target", tot[2])):
        facts.append(fact(None, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", f"{v:,}", 1, debt_raw="計"))


def sheet(wb, d, page, facts, inits):
    name, no, dept, rates, outs, coll, delinq, items = d
    ws = wb.create_sheet(name[:12])
    setup(ws, f"整理番号{no}")
    put(ws, "A1", TITLE, bold=True, size=12, align="left", border=False)
    # label/value box
    for col, v, b in (("A", "整理番号", True), ("B", no, False), ("C", "債権名", True), ("D", name, False),
                      ("G", "所管課", True), ("H", dept, False)):
        put(ws, f"{col}3", v, bold=b)
    ws.merge_cells("D3:F3"); box_range(ws, "D3:F3")
    ws.merge_cells("H3:I3"); box_range(ws, "H3:I3")
    put(ws, "A5", "１　徴収率の状況", bold=True, size=11, align="left", border=False)
    put(ws, "H5", "（単位：％、差はポイント）", align="right", border=False)
    ws.merge_cells("H5:I5")
    # three header rows
    ws.merge_cells("A6:A8"); put(ws, "A6", "区分", bold=True); box_range(ws, "A6:A8")
    ws.merge_cells("B6:D6"); put(ws, "B6", "12月末", bold=True); box_range(ws, "B6:D6")
    ws.merge_cells("E6:G6"); put(ws, "E6", "令和6年度末", bold=True); box_range(ws, "E6:G6")
    ws.merge_cells("H6:H8"); put(ws, "H6", "前年度決算\n（R5）", bold=True, wrap=True); box_range(ws, "H6:H8")
    for col, h in zip("BCDEFG", ("令和6年度", "前年同期", "差", "決算見込", "目標", "見込－目標")):
        put(ws, f"{col}7", h, bold=True)
    for col, h in zip("BCDEFG", ("(A)", "(B)", "(A)-(B)", "(C)", "(D)", "(C)-(D)")):
        put(ws, f"{col}8", h, size=8)
    r = 9
    for seg, lab in SEGS:
        v, p, est, tgt, last = rates[seg]
        put(ws, f"A{r}", lab, bold=True)
        put(ws, f"B{r}", v, fmt="0.00", align="right")
        put(ws, f"C{r}", p, fmt="0.00", align="right")
        put(ws, f"D{r}", round(v - p, 2), fmt='+0.00;"▲"0.00;0.00', align="right")
        put(ws, f"E{r}", est, fmt="0.00", align="right")
        put(ws, f"F{r}", tgt, fmt="0.00", align="right")
        put(ws, f"G{r}", round(est - tgt, 2), fmt='+0.00;"▲"0.00;0.00', align="right")
        put(ws, f"H{r}", last, fmt="0.00", align="right")
        facts += [
            fact(name, 2024, "令和6年度", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", page, as_of=AS_OF),
            fact(name, 2023, "前年同期", seg, "collection_rate", "interim", p, "percent", f"{p:.2f}", page, as_of=AS_OF_PREV),
            fact(name, 2024, "令和6年度末", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}", page),
            fact(name, 2024, "令和6年度末", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}", page),
            fact(name, 2023, "R5", seg, "collection_rate", "actual", last, "percent", f"{last:.2f}", page)]
        r += 1
    r += 1
    put(ws, f"A{r}", "２　未収金残高", bold=True, size=11, align="left", border=False)
    put(ws, f"D{r}", "（単位：千円）", align="right", border=False)
    r += 1
    for col, h in zip("ABCD", ("", "R5決算", "R6決算見込", "R6目標")):
        put(ws, f"{col}{r}", h, bold=True)
    r += 1
    put(ws, f"A{r}", "未収金残高")
    for col, v in zip("BCD", outs):
        put(ws, f"{col}{r}", v, fmt="#,##0", align="right")
    facts += [fact(name, 2023, "R5決算", "total", "outstanding", "actual", outs[0] * 1000, "yen", f"{outs[0]:,}", page),
              fact(name, 2024, "R6決算見込", "total", "outstanding", "estimate", outs[1] * 1000, "yen", f"{outs[1]:,}", page),
              fact(name, 2024, "R6目標", "total", "outstanding", "target", outs[2] * 1000, "yen", f"{outs[2]:,}", page)]
    r += 2
    put(ws, f"A{r}", "３　取組状況（４月～12月）", bold=True, size=11, align="left", border=False)
    r += 1
    c_now, c_prev = coll
    text = (f"現年分の12月末収納額は{c_now:,}千円で、前年同期（{c_prev:,}千円）と比べ"
            f"{'増加' if c_now > c_prev else '減少'}した。")
    facts += [fact(name, 2024, "12月末", "current", "collected", "interim", c_now * 1000, "yen", f"{c_now:,}千円", page, as_of=AS_OF),
              fact(name, 2023, "前年同期", "current", "collected", "interim", c_prev * 1000, "yen", f"{c_prev:,}千円", page, as_of=AS_OF_PREV)]
    if delinq:
        n, pn, u = delinq
        text += f"12月末の滞納{'者' if u == '人' else '世帯'}数は{n:,}{u}（前年同期{pn:,}{u}）である。"
        unit = "persons" if u == "人" else "households"
        facts += [fact(name, 2024, "12月末", "total", "delinquents", "interim", n, unit, f"{n:,}{u}", page, as_of=AS_OF),
                  fact(name, 2023, "前年同期", "total", "delinquents", "interim", pn, unit, f"{pn:,}{u}", page, as_of=AS_OF_PREV)]
    ws.merge_cells(f"A{r}:I{r+1}")
    put(ws, f"A{r}", text, align="left", wrap=True, size=9)
    box_range(ws, f"A{r}:I{r+1}")
    ws.row_dimensions[r].height = 18
    r += 3
    sec = "後半（１月～３月）の主な取組"
    put(ws, f"A{r}", "４　" + sec, bold=True, size=11, align="left", border=False)
    r += 1
    lines = []
    for lab, t, tag in items:
        lines.append(f"{lab}{t}" + (f"【{tag}】" if tag else ""))
        inits.append({"debt": name, "fiscal_year": 2024, "section": sec, "label": lab, "text": t, "status": tag,
                      "page": page})
    ws.merge_cells(f"A{r}:I{r+len(items)}")
    put(ws, f"A{r}", "\n".join(lines), align="left", wrap=True)
    ws[f"A{r}"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    box_range(ws, f"A{r}:I{r+len(items)}")
    for k in range(len(items) + 1):
        ws.row_dimensions[r + k].height = 24


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    facts, inits = [], []
    summary(wb, facts)
    for i, d in enumerate(DEBTS):
        sheet(wb, d, i + 2, facts, inits)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    pdf = to_pdf(x, ROOT / "pdf" / f"{STEM}.pdf", "b")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-01-31",
                "date_raw": "令和7年1月31日"}
    gold = write_gold(STEM, pdf, document, facts, inits)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(main())
