"""かがみ野市「令和７年度 徴収計画」 (plan) — openpyxl -> LibreOffice, A4 landscape.

Modelled on the layout of a real 「平成28年度 徴収計画」 (one debt per row; 現年度分収納率(%) and
収入未済額(千円) each split into 実績 | 目標; a 取組目標 text column).
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import F, I, OUT, PDF, c, soffice_pdf, write_gold, zen

STEM = "w_kagamino_keikaku_1"
MUNI = "かがみ野市"
TITLE = "令和７年度　徴収計画"

# debt, R6 rate actual, R7 rate target, R6 outstanding (千円), R7 outstanding target, 取組目標 items
ROWS = [
    ("市税", "98.72", "98.85", 1199219, 1150000,
     [("①", "県併任職員の指導により高額・困難案件の着手及び解決を図る。", "継続"),
      ("②", "こう着状態の案件は財産調査を徹底し、執行停止及び不納欠損の判断を早期に行う。", "拡充")]),
    ("国民健康保険税", "93.10", "93.50", 1602850, 1550000,
     [("①", "資格喪失世帯への早期催告と財産調査を実施し、差押えを含む滞納整理を行う。", "継続")]),
    ("後期高齢者医療保険料", "99.47", "99.55", 23952, None,
     [(None, "普通徴収の納期内納付を促すため、口座振替の勧奨を行う。", None)]),
    ("介護保険料", "98.66", "98.93", 114910, 110000,
     [("①", "年金からの特別徴収への切替えを確実に行う。", None),
      ("②", "滞納者への給付制限の説明を徹底する。", "新規")]),
    ("保育料", "98.36", "99.00", 60301, 56420,
     [(None, "児童手当からの徴収を進めるとともに、コールセンターを活用する。", "継続")]),
    ("下水道使用料", "99.15", "99.16", 32325, 32100,
     [(None, "令和7年10月から検針時の納付書即時発行を導入し、料金の早期回収を図る。", "新規")]),
    ("住宅使用料", "98.10", "98.15", 100985, None,
     [("①", "連帯保証人への請求を早期に行う。", None),
      ("②", "長期滞納者には明渡請求訴訟を提起する。", None)]),
    ("学校給食費", "99.87", "99.95", 1429, None,
     [(None, "児童手当からの申出徴収を推進する。", None)]),
    ("水道料金", "99.36", "99.37", 40034, 39800,
     [(None, "給水停止予告を計画的に行い、滞納の長期化を防ぐ。", "継続")]),
    ("生活保護費返還金", "73.61", "76.00", 20106, 17238,
     [(None, "受給者の実態に応じた分割納付を推進する。", None)]),
    ("母子父子寡婦福祉資金貸付金", "10.16", "14.50", 193514, 190401,
     [(None, "新規の滞納や分納誓約の不履行には早期に納付指導を行い、収入未済額の減少を図る。", "拡充")]),
]

# 表２ 滞納繰越分収納率の推移（単位：％）  R4, R5, R6
ARREARS = [("市税", "28.41", "30.12", "31.05"), ("国民健康保険税", "19.80", "21.33", "22.07"),
           ("介護保険料", "17.25", "18.90", "18.44"), ("保育料", "25.10", "27.65", "29.02"),
           ("住宅使用料", "12.30", "11.85", "13.40")]

FOCUS = [("ア", "滞納整理の早期着手のため、督促状発送後30日以内の催告を全債権で徹底する。", "継続", False),
         ("イ", "複数の債権を滞納している者の情報を債権管理課で一元的に把握し、徴収を一体的に進める。", "拡充", True),
         ("ウ", "スマートフォン決済による納付を全債権に広げ、納付機会を拡大する。", "新規", False)]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def cell(ws, ref, value, bold=False, size=9, h="center", wrap=True, border=True):
    ws[ref] = value
    ws[ref].font = Font(name=FONT, size=size, bold=bold)
    ws[ref].alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        ws[ref].border = BOX


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.left.text = "令和7年5月"
    ws.oddHeader.right.text = "かがみ野市 債権管理課"
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True
    for col, w in zip("ABCDEFG", (22, 9, 9, 12, 12, 64, 2)):
        ws.column_dimensions[col].width = w

    total_out = sum(r[3] for r in ROWS)
    oku, man = divmod(round(total_out / 10), 10000)  # 千円 -> 万円
    approx_text = f"約{oku}億{man:,}万円"
    cell(ws, "A1", TITLE, bold=True, size=14, h="left", border=False)
    ws.merge_cells("A1:F1")
    intro = (f"　令和６年度決算における計画対象債権の収入未済額の合計は{approx_text}となっています。"
             "各債権の所管課は、次の目標の達成に向けて計画的に徴収に取り組みます。")
    cell(ws, "A2", intro, size=9, h="left", border=False)
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 30
    facts.append(F(None, 2024, "令和６年度", "total", "outstanding", "actual", round(total_out / 10) * 10000,
                   "yen", approx_text, 1, approx=True, debt_raw=None))

    # header rows 4-5
    cell(ws, "A4", "債権名", bold=True)
    ws.merge_cells("A4:A5")
    cell(ws, "B4", "現年度分収納率（％）", bold=True)
    ws.merge_cells("B4:C4")
    cell(ws, "D4", "収入未済額（千円）", bold=True)
    ws.merge_cells("D4:E4")
    cell(ws, "F4", "令和７年度取組目標", bold=True)
    ws.merge_cells("F4:F5")
    for ref, v in (("B5", "R6実績"), ("C5", "R7目標"), ("D5", "R6実績"), ("E5", "R7目標")):
        cell(ws, ref, v, bold=True)
    for ref in ("A5", "F5", "C4", "E4"):
        ws[ref].border = BOX
    r = 6
    for debt, ra, rt, oa, ot, items in ROWS:
        cell(ws, f"A{r}", debt, h="left")
        cell(ws, f"B{r}", ra, h="right")
        cell(ws, f"C{r}", rt, h="right")
        cell(ws, f"D{r}", c(oa), h="right")
        cell(ws, f"E{r}", c(ot) if ot is not None else "―", h="right")
        lines = []
        for lab, text, st in items:
            lines.append(f"{lab or ''}{text}{'【' + st + '】' if st else ''}")
            inits.append(I(debt, 2025, "令和７年度取組目標", lab, text, st, 1))
        cell(ws, f"F{r}", "\n".join(lines), h="left")
        ws.row_dimensions[r].height = 14 * max(1, len(lines)) + 6
        facts += [F(debt, 2024, "R6実績", "current", "collection_rate", "actual", float(ra), "percent", ra, 1),
                  F(debt, 2025, "R7目標", "current", "collection_rate", "target", float(rt), "percent", rt, 1),
                  F(debt, 2024, "R6実績", "total", "outstanding", "actual", oa * 1000, "yen", c(oa), 1)]
        if ot is not None:
            facts.append(F(debt, 2025, "R7目標", "total", "outstanding", "target", ot * 1000, "yen", c(ot), 1))
        r += 1
    cell(ws, f"A{r}", "計", bold=True)
    for col in "BCEF":
        cell(ws, f"{col}{r}", "")
    cell(ws, f"D{r}", c(total_out), h="right", bold=True)
    facts.append(F(None, 2024, "R6実績", "total", "outstanding", "actual", total_out * 1000, "yen", c(total_out), 1,
                   debt_raw="計"))
    r += 1
    cell(ws, f"A{r}", "※ 収入未済額は出納整理期間後の額。目標欄の「―」は目標額を設定していない債権。", size=8, h="left",
         border=False)
    ws.merge_cells(f"A{r}:F{r}")
    ws.row_breaks.append(Break(id=r))

    # page 2
    r += 2
    cell(ws, f"A{r}", "表２　滞納繰越分収納率の推移（単位：％）", bold=True, size=11, h="left", border=False)
    ws.merge_cells(f"A{r}:F{r}")
    r += 1
    for col, v in zip("ABCDE", ("債権名", "令和4年度", "5年度", "6年度", "差（6年度－5年度）")):
        cell(ws, f"{col}{r}", v, bold=True)
    r += 1
    for debt, a, b, d in ARREARS:
        diff = round(float(d) - float(b), 2)
        for col, v, hh in zip("ABCDE", (debt, a, b, d, ("△" if diff < 0 else "") + f"{abs(diff):.2f}"),
                              ("left", "right", "right", "right", "right")):
            cell(ws, f"{col}{r}", v, h=hh)
        for fy, raw_fy, v in ((2022, "令和4年度", a), (2023, "5年度", b), (2024, "6年度", d)):
            facts.append(F(debt, fy, raw_fy, "arrears", "collection_rate", "actual", float(v), "percent", v, 2))
        r += 1
    r += 1
    cell(ws, f"A{r}", "３　全庁的な重点取組", bold=True, size=11, h="left", border=False)
    ws.merge_cells(f"A{r}:F{r}")
    r += 1
    lines = []
    for lab, text, st, wrap in FOCUS:
        lines.append(f"{lab}　{text}" + ("\n　　" if wrap else "") + f"【{st}】")
        inits.append(I(None, 2025, "全庁的な重点取組", lab, text, st, 2))
    cell(ws, f"A{r}", "\n".join(lines), h="left")
    ws.merge_cells(f"A{r}:F{r}")
    ws.row_dimensions[r].height = 16 * 4 + 8
    for col in "BCDEF":
        ws[f"{col}{r}"].border = BOX

    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    soffice_pdf(xlsx, PDF / f"{STEM}.pdf", "kagamino")
    doc = {"kind": "plan", "municipality": MUNI, "title": TITLE, "date": "2025-05-01", "date_raw": "令和7年5月"}
    # the date is printed in the header line of page 1
    write_gold(STEM, doc, facts, inits)


if __name__ == "__main__":
    build()
