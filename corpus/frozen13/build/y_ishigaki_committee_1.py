"""y_ishigaki_committee_1: 令和６年度第２回石垣市債権管理推進委員会 資料 (committee_material),
openpyxl -> LibreOffice, A4 landscape, one sheet per page."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf  # noqa: E402

STEM = "y_ishigaki_committee_1"
CITY = "石垣市"
F = "Noto Sans CJK JP"
ASOF, ASOF_P = "2024-09-30", "2023-09-30"

S1 = {  # 千円: 現年 調定, 収入, 滞繰 調定, 収入; 前年同期 徴収率 現年, 滞繰
    "市税": (8452310, 4386915, 612407, 98215, "51.34", "14.88"),
    "国民健康保険税": (1905226, 712064, 688513, 72480, "36.85", "9.92"),
    "介護保険料": (1296771, 655402, 41208, 5917, "50.02", "13.21"),
    "後期高齢者医療保険料": (612305, 338177, 6912, 1844, "54.77", "25.30"),
}
PREV_TOTAL = ("49.16", "12.35")
S1B = {  # 徴収率: R5決算 現年, 滞繰 | R6目標 現年, 滞繰
    "市税": ("98.95", "22.40", "99.00", "24.00"),
    "国民健康保険税": ("93.12", "16.85", "93.50", "18.00"),
    "介護保険料": ("99.02", "17.66", "99.10", "19.00"),
    "後期高齢者医療保険料": ("99.64", "38.21", "99.70", "40.00"),
}
YEARS = [("H30年度", 2018), ("R元年度", 2019), ("R2年度", 2020), ("R3年度", 2021), ("R4年度", 2022), ("R5年度", 2023)]
S2 = {  # 円: 調定, 収入, 不納欠損
    ("市営住宅使用料", "建築課"): [(312450600, 268884300, 1215400), (309812700, 268530100, 2004800),
                              (305177900, 266915200, 984300), (301604500, 266112900, 3120600),
                              (298930200, 265480700, 1511900), (296215800, 265908400, 2217000)],
    ("学校給食費", "学校教育課"): [(184611200, 181205900, 206400), (186020500, 182873300, 315200),
                              (150832100, 148566600, 98700), (183405300, 180713400, 402100),
                              (182276000, 179830800, 251600), (181930700, 179677100, 188300)],
}
S3 = [
    ("市税", "滞納繰越分の徴収率が県内平均を下回っている。",
     [("(1)", "財産調査を早期に実施し、差押えを前提とした滞納整理を行う。", "継続"),
      ("(2)", "沖縄県と連携した共同催告を年２回実施する。", "新規")]),
    ("国民健康保険税", "現年分の未納が翌年度の滞納繰越額を押し上げている。",
     [("(1)", "納期内納付の勧奨として、口座振替の申込みを窓口で受け付ける。", "継続"),
      ("(2)", "所得未申告世帯への申告勧奨を行い、軽減判定を適正化する。", "拡充")]),
    ("市営住宅使用料", "長期滞納者の退去後の未納額の回収が進んでいない。",
     [("(1)", "滞納６か月以上の入居者に対し、明渡し請求訴訟の提起を検討する。", "継続"),
      ("(2)", "退去者の未納額は、債権回収業務の委託を試行する。", "新規"),
      ("(3)", "連帯保証人への納付請求を、滞納３か月の時点で行う。", "拡充")]),
    ("学校給食費", "児童手当からの申出徴収の利用が少ない。",
     [("(1)", "就学援助制度の案内を未納世帯に個別に送付する。", "継続")]),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def put(ws, ref, val, bold=False, size=10, h="center", wrap=False, border=True):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def grid(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.7)
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"


def build():
    g = Gold(STEM, "committee_material", CITY, "令和６年度第２回石垣市債権管理推進委員会 資料", "2024-11-18",
             "令和６年１１月１８日")
    wb = Workbook()
    # ------------------------------------------------------------ 資料1
    ws = wb.active
    ws.title = "資料1"
    setup(ws, "令和６年度第２回石垣市債権管理推進委員会")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 20
    for col in "CDEFG":
        ws.column_dimensions[col].width = 17
    put(ws, "A1", "資料１", True, 11, "left", border=False)
    put(ws, "G1", "令和６年１１月１８日", False, 10, "right", border=False)
    put(ws, "A2", "主要債権の徴収状況（上半期：令和６年９月末時点）", True, 14, "left", border=False)
    put(ws, "G3", "単位：千円、％", False, 9, "right", border=False)
    debts = list(S1)
    put(ws, "A4", "区分", True); put(ws, "B4", "項目", True)
    for j, d in enumerate(debts):
        put(ws, f"{'CDEF'[j]}4", d, True, 10, wrap=True)
    put(ws, "G4", "計", True)
    ws.row_dimensions[4].height = 30
    labels = ["調定額", "収入済額", "徴収率", "前年同期徴収率", "増減（ポイント）"]
    for k, (segname, seg, off) in enumerate((("現年分", "current", 0), ("滞繰分", "arrears", 2))):
        r0 = 5 + k * 5
        ws.merge_cells(f"A{r0}:A{r0 + 4}")
        put(ws, f"A{r0}", segname, True)
        for i, lab in enumerate(labels):
            put(ws, f"B{r0 + i}", lab, False, 10, "left")
        sums = [0, 0]
        cols = []
        for j, d in enumerate(debts):
            a, c = S1[d][off], S1[d][off + 1]
            prev = S1[d][4 + k]
            cols.append((f"{'CDEF'[j]}", d, d, a, c, prev))
            sums[0] += a; sums[1] += c
        cols.append(("G", None, "計", sums[0], sums[1], PREV_TOTAL[k]))
        for col, d, dr, a, c, prev in cols:
            r = rate(c, a)
            vals = [comma(a), comma(c), f"{r:.2f}", prev, f"{r - float(prev):+.2f}"]
            for i, v in enumerate(vals):
                put(ws, f"{col}{r0 + i}", v, False, 10, "right")
            g.fact(d, 2024, "令和６年９月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), page=1,
                   as_of=ASOF, debt_raw=dr)
            g.fact(d, 2024, "令和６年９月末", seg, "collected", "interim", c * 1000, "yen", comma(c), page=1,
                   as_of=ASOF, debt_raw=dr)
            g.fact(d, 2024, "令和６年９月末", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", page=1,
                   as_of=ASOF, debt_raw=dr)
            g.fact(d, 2023, "前年同期", seg, "collection_rate", "interim", float(prev), "percent", prev, page=1,
                   as_of=ASOF_P, debt_raw=dr)
    put(ws, "A15", "※ 前年同期は令和５年９月末時点。徴収率＝収入済額÷調定額。", False, 9, "left", border=False)
    # side-by-side headings: 決算 | 目標
    put(ws, "A17", "（参考）徴収率の決算と目標", True, 11, "left", border=False)
    ws.merge_cells("A18:B19"); put(ws, "A18", "債権名", True); grid(ws, "A18:B19")
    ws.merge_cells("C18:D18"); put(ws, "C18", "令和５年度決算", True); grid(ws, "C18:D18")
    ws.merge_cells("E18:F18"); put(ws, "E18", "令和６年度目標", True); grid(ws, "E18:F18")
    for col, lab in zip("CDEF", ("現年分", "滞繰分", "現年分", "滞繰分")):
        put(ws, f"{col}19", lab, True)
    for i, d in enumerate(debts):
        r = 20 + i
        ws.merge_cells(f"A{r}:B{r}"); put(ws, f"A{r}", d, False, 10, "left"); grid(ws, f"A{r}:B{r}")
        spec = [(2023, "令和５年度", "current", "actual"), (2023, "令和５年度", "arrears", "actual"),
                (2024, "令和６年度", "current", "target"), (2024, "令和６年度", "arrears", "target")]
        for col, v, (fy, fyr, seg, basis) in zip("CDEF", S1B[d], spec):
            put(ws, f"{col}{r}", f"{v}%", False, 10, "right")
            g.fact(d, fy, fyr, seg, "collection_rate", basis, float(v), "percent", f"{v}%", page=1)

    # ------------------------------------------------------------ 資料2
    ws = wb.create_sheet("資料2")
    setup(ws, "令和６年度第２回石垣市債権管理推進委員会")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 15
    put(ws, "A1", "資料２", True, 11, "left", border=False)
    put(ws, "A2", "税外債権の状況（決算）", True, 14, "left", border=False)
    put(ws, "H2", "単位：円", False, 9, "right", border=False)
    row = 4
    for (d, dept), data in S2.items():
        # one-row label/value box
        put(ws, f"A{row}", "債権名", True)
        ws.merge_cells(f"B{row}:D{row}"); put(ws, f"B{row}", d, False, 11, "left"); grid(ws, f"B{row}:D{row}")
        put(ws, f"E{row}", "所管課", True)
        ws.merge_cells(f"F{row}:H{row}"); put(ws, f"F{row}", dept, False, 11, "left"); grid(ws, f"F{row}:H{row}")
        row += 2
        put(ws, f"A{row}", "区分", True)
        for j, (yl, _) in enumerate(YEARS):
            put(ws, f"{'BCDEFG'[j]}{row}", yl, True)
        put(ws, f"H{row}", "増減(R5-R4)", True)
        metrics = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                   ("収入未済額", "outstanding"), ("収納率(%)", "collection_rate")]
        series = {m: [] for _, m in metrics}
        for a, c, w in data:
            series["assessed"].append(a); series["collected"].append(c); series["written_off"].append(w)
            series["outstanding"].append(a - c - w); series["collection_rate"].append(rate(c, a))
        for i, (lab, m) in enumerate(metrics):
            r = row + 1 + i
            put(ws, f"A{r}", lab, False, 10, "left")
            for j, (yl, fy) in enumerate(YEARS):
                v = series[m][j]
                txt = f"{v:.2f}" if m == "collection_rate" else comma(v)
                put(ws, f"{'BCDEFG'[j]}{r}", txt, False, 10, "right")
                if m == "collection_rate":
                    g.fact(d, fy, yl, "total", m, "actual", v, "percent", txt, page=2)
                else:
                    g.fact(d, fy, yl, "total", m, "actual", v, "yen", txt, page=2)
            dv = series[m][5] - series[m][4]
            put(ws, f"H{r}", f"{dv:+.2f}" if m == "collection_rate" else comma(dv), False, 10, "right")
        row += 8
    put(ws, f"A{row}", "※ 収納率は収入済額を調定額で除したもの。増減欄の△は減少。", False, 9, "left", border=False)

    # ------------------------------------------------------------ 資料3
    ws = wb.create_sheet("資料3")
    setup(ws, "令和６年度第２回石垣市債権管理推進委員会")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 78
    put(ws, "A1", "資料３", True, 11, "left", border=False)
    put(ws, "A2", "下半期に向けた各債権の対応", True, 14, "left", border=False)
    put(ws, "A4", "債権名", True); put(ws, "B4", "課題", True); put(ws, "C4", "下半期の対応", True)
    for i, (d, issue, items) in enumerate(S3):
        r = 5 + i
        put(ws, f"A{r}", d, False, 10, "left", wrap=True)
        put(ws, f"B{r}", issue, False, 10, "left", wrap=True)
        txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items)
        put(ws, f"C{r}", txt, False, 10, "left", wrap=True)
        ws.row_dimensions[r].height = 18 * len(items) + 8
        for lab, t, st in items:
            g.init(d, 2024, "下半期の対応", lab, t, st, page=3)
    r = 5 + len(S3) + 1
    ws.merge_cells(f"A{r}:C{r + 3}")
    ref = ("【参考】令和５年度決算の概要\n"
           "・市全体の収入未済額：約11億7,400万円（一般会計・特別会計の合計）\n"
           "・市全体の不納欠損額：約2億6,700万円\n"
           "・収入未済額の前年度比：約3,100万円の減少")
    put(ws, f"A{r}", ref, False, 10, "left", wrap=True)
    ws[f"A{r}"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    grid(ws, f"A{r}:C{r + 3}")
    for k in range(4):
        ws.row_dimensions[r + k].height = 20
    g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 1174000000, "yen", "約11億7,400万円",
           approx=True, debt_raw="市全体", page=3)
    g.fact(None, 2023, "令和５年度", "total", "written_off", "actual", 267000000, "yen", "約2億6,700万円",
           approx=True, debt_raw="市全体", page=3)

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF_DIR / f"{STEM}.pdf", "ishigaki")
    return g.finish(pdf)


if __name__ == "__main__":
    build()
