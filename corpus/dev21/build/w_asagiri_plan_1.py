"""あさぎり市（架空）令和７年度 徴収計画 — openpyxl → LibreOffice, A4 landscape.

Layout after a real one-page-per-city 徴収計画 (one debt per row; 現年度分収納率 / 収入未済額 each with
前年度実績 | 今年度目標 columns; a free-text 取組目標 column), here with a three-row header repeated on
the next page, values without % signs (units only in the header), a 合計 row and a 【参考】 box.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF, comma, fact, locate, page_texts, to_pdf, write_gold, zen, check  # noqa: E402

STEM = "w_asagiri_plan_1"
CITY = "あさぎり市"
TITLE = "令和７年度　徴収計画"
SECTION = "令和７年度取組目標"

# debt, cur R6, cur R7, arr R6, arr R7, outstanding R6 (千円), outstanding R7 (千円), measures [(text, tag, wrap)]
ROWS = [
    ("市税", "98.91", "99.00", "31.42", "33.00", 512_348, 480_000, [
        ("県併任職員の指導を受け、高額・困難案件の着手と解決を進める。", "継続", False),
        ("こう着状態の案件は財産調査を徹底し、執行停止及び不納欠損の判断を早期に行う。", "継続", False),
        ("スマートフォン決済の周知を強化し、期限内納付を促す。", "拡充", True)]),
    ("国民健康保険税", "93.18", "93.50", "22.07", "24.00", 398_215, 370_000, [
        ("短期被保険者証の更新時に納付相談を実施し、分納誓約の履行を管理する。", "継続", False),
        ("財産調査の結果をふまえ、差押えを含む滞納整理を実行する。", "継続", False)]),
    ("後期高齢者医療保険料", "99.52", "99.55", "45.80", "46.00", 6_420, 6_000, [
        ("普通徴収の新規被保険者へ口座振替の勧奨を行う。", "継続", False)]),
    ("介護保険料", "98.74", "98.90", "20.15", "22.00", 41_236, 38_500, [
        ("給付制限の事前通知と併せて納付指導を行う。", "継続", False),
        ("年金からの特別徴収への切替えを早期に行う。", "新規", True)]),
    ("保育料", "99.41", "99.60", "18.32", "20.00", 12_874, 11_500, [
        ("児童手当からの特別徴収の申出を積極的に勧奨する。", "継続", False),
        ("退園者の未納分について、コールセンターを活用した早期催告を行う。", "新規", False)]),
    ("下水道使用料", "99.16", "99.20", "48.90", "50.00", 28_911, 27_800, [
        ("令和７年１０月からコンビニ収納及び検針時の納付書即時発行を導入し、料金の早期回収を図る。", "新規", False)]),
    ("下水道事業受益者負担金", "97.63", "97.70", "9.31", "10.50", 7_352, 7_000, [
        ("分割納付の不履行者に対し、納付指導を早期に行う。", "継続", False)]),
    ("市営住宅使用料", "98.12", "98.20", "16.84", "18.00", 84_567, 80_000, [
        ("３か月以上の滞納者に対し、連帯保証人への通知と明渡し請求の手続を進める。", "継続", False),
        ("退去者の未納分は支払督促を申し立てる。", "拡充", False)]),
    ("学校給食費", "99.87", "99.90", "27.40", "30.00", 1_415, 1_300, [
        ("児童手当からの徴収の同意取得を進める。", "継続", False)]),
    ("水道料金", "99.35", "99.40", "70.12", "72.00", 36_884, 35_000, [
        ("給水停止予告と併せた訪問徴収を実施する。", "継続", False),
        ("検針時納付書即時発行の導入により、料金の早期回収を図る。", "新規", True)]),
    ("生活保護費返還金", "71.36", "73.00", "8.95", "10.00", 61_208, 59_500, [
        ("保護受給中の者は保護費からの納付を基本として、計画的な返還を求める。", "継続", False)]),
    ("母子父子寡婦福祉資金貸付金", "73.61", "75.00", "11.24", "12.50", 19_872, 18_900, [
        ("償還が滞った者へ実態に応じた分割納付を推進する。", "継続", False)]),
    ("奨学金貸付金", "86.27", "88.00", "9.48", "11.00", 3_366, 3_200, [
        ("連帯保証人への請求を行い、新規の滞納を抑える。", "継続", False)]),
    ("住宅新築資金等貸付金", "10.16", "14.50", "1.02", "2.00", 193_514, 190_400, [
        ("分納誓約の不履行者に対し、担保物件の処分を含めた対応を検討する。", "継続", False)]),
]

MARKS = "①②③④⑤"
THIN = Side(style="thin")
HAIR = Side(style="hair")


def measure_text(measures):
    out = []
    for i, (text, tag, wrap) in enumerate(measures):
        out.append(f"{MARKS[i]}{text}" + ("\n" if wrap else "") + f"【{tag}】")
    return "\n".join(out)


def build():
    total_r6 = sum(r[5] for r in ROWS)
    total_r7 = sum(r[6] for r in ROWS)
    # 参考 box figures (全会計, 令和６年度決算, 千円)
    assessed = 26_784_512
    written = 96_318
    outstanding = total_r6
    collected = assessed - written - outstanding
    rate = round(collected / assessed * 100, 1)
    approx_oku = round(total_r6 / 100) * 100  # 千円 → 10万円単位 → print 億・万円
    man = approx_oku // 10  # 万円
    oku, rest = divmod(man, 10_000)
    approx_txt = f"約{oku}億{rest:,}万円"

    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "5:7"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "あさぎり市総務部収納対策課"
    ws.oddFooter.center.text = "－ &P －"
    widths = {"A": 24, "B": 9, "C": 9, "D": 9, "E": 9, "F": 12, "G": 12, "H": 78}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    f9 = Font(name="Noto Sans CJK JP", size=9)
    f9b = Font(name="Noto Sans CJK JP", size=9, bold=True)
    ws.merge_cells("A1:H1")
    ws["A1"] = TITLE
    ws["A1"].font = Font(name="Noto Sans CJK JP", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:H2")
    ws["A2"] = "令和７年５月　あさぎり市"
    ws["A2"].font = f9
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:H3")
    ws["A3"] = (f"　令和６年度決算における本市の収入未済額は{approx_txt}となり、前年度から縮減したものの、"
                "依然として多額の未収金を抱えている。各債権所管課は、下表の目標の達成に向けて、取組目標に掲げる"
                "取組を計画的に進めるものとする。")
    ws["A3"].font = f9
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 30

    # three-row header, rows 5-7
    hdr = [
        ("A5:A7", "債権名"), ("B5:E5", "収納率（単位：％）"), ("B6:C6", "現年度分"), ("D6:E6", "滞納繰越分"),
        ("F5:G6", "収入未済額\n（単位：千円）"), ("H5:H7", SECTION),
        ("B7", "R6実績"), ("C7", "R7目標"), ("D7", "R6実績"), ("E7", "R7目標"), ("F7", "R6実績"), ("G7", "R7目標"),
    ]
    for rng, text in hdr:
        if ":" in rng:
            ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
        c.font = f9b
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in range(5, 8):
        ws.row_dimensions[r].height = 16 if r != 5 else 18
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

    r = 8
    row_of = {}
    for row in ROWS:
        debt, c6, c7, a6, a7, o6, o7, ms = row
        vals = [debt, c6, c7, a6, a7, comma(o6), comma(o7), measure_text(ms)]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.font = f9
            c.alignment = Alignment(horizontal="left" if j in (0, 7) else "right", vertical="center",
                                    wrap_text=True)
            c.border = Border(left=THIN, right=THIN, top=HAIR, bottom=HAIR)
        lines = sum(math.ceil((len(t) + 5) / 44) + (1 if w else 0) for t, _, w in ms)
        ws.row_dimensions[r].height = max(24, 13.5 * lines + 4)
        row_of[debt] = r
        r += 1
    # 合計 row
    vals = ["合計", "－", "－", "－", "－", comma(total_r6), comma(total_r7), ""]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=j + 1, value=v)
        c.font = f9b
        c.alignment = Alignment(horizontal="center" if j == 0 else "right", vertical="center")
        c.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    ws.row_dimensions[r].height = 18
    total_row = r
    # manual page break so the table is cut and its header repeats
    ws.row_breaks.append(Break(id=row_of["市営住宅使用料"] - 1))
    r += 1
    notes = ["※R6実績は令和６年度決算、R7目標は令和７年度の計画値である。",
             "※収納率は、収入済額を調定額で除したもの（小数点第３位を四捨五入）。収入未済額は千円未満を切り捨てている。"]
    for n in notes:
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = n
        ws[f"A{r}"].font = Font(name="Noto Sans CJK JP", size=8)
        r += 1
    r += 1
    box = [
        "【参考】令和６年度決算の状況（全会計・全債権）",
        f"　・調定額：{zen(comma(assessed))}千円",
        f"　・収入済額：{zen(comma(collected))}千円",
        f"　・不納欠損額：{zen(comma(written))}千円",
        f"　・収入未済額：{zen(comma(outstanding))}千円",
        f"　・収納率：{zen(f'{rate:.1f}')}％",
    ]
    ws.merge_cells(f"A{r}:E{r + 5}")
    c = ws[f"A{r}"]
    c.value = "\n".join(box)
    c.font = f9
    c.alignment = Alignment(wrap_text=True, vertical="top")
    for rr in range(r, r + 6):
        ws.row_dimensions[rr].height = 15
        for col in "ABCDE":
            ws[f"{col}{rr}"].border = Border(left=THIN if col == "A" else None, right=THIN if col == "E" else None,
                                             top=THIN if rr == r else None, bottom=THIN if rr == r + 5 else None)
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF / f"{STEM}.pdf", "asagiri")

    # ---- gold
    texts = page_texts(pdf)
    facts, inits = [], []
    for debt, c6, c7, a6, a7, o6, o7, ms in ROWS:
        p = locate(texts, debt, comma(o6), comma(o7))
        facts += [
            fact(debt, 2024, "R6実績", "current", "collection_rate", "actual", float(c6), "percent", c6, p),
            fact(debt, 2025, "R7目標", "current", "collection_rate", "target", float(c7), "percent", c7, p),
            fact(debt, 2024, "R6実績", "arrears", "collection_rate", "actual", float(a6), "percent", a6, p),
            fact(debt, 2025, "R7目標", "arrears", "collection_rate", "target", float(a7), "percent", a7, p),
            fact(debt, 2024, "R6実績", "total", "outstanding", "actual", o6 * 1000, "yen", comma(o6), p),
            fact(debt, 2025, "R7目標", "total", "outstanding", "target", o7 * 1000, "yen", comma(o7), p),
        ]
        for i, (text, tag, _) in enumerate(ms):
            inits.append({"debt": debt, "fiscal_year": 2025, "section": SECTION, "label": MARKS[i],
                          "text": text, "status": tag, "page": p})
    pt = locate(texts, "合計", comma(total_r6), comma(total_r7))
    facts += [fact(None, 2024, "R6実績", "total", "outstanding", "actual", total_r6 * 1000, "yen", comma(total_r6),
                   pt, debt_raw="合計"),
              fact(None, 2025, "R7目標", "total", "outstanding", "target", total_r7 * 1000, "yen", comma(total_r7),
                   pt, debt_raw="合計")]
    facts.append(fact(None, 2024, "令和６年度決算", "total", "outstanding", "actual", approx_oku * 1000 // 1, "yen",
                      approx_txt, locate(texts, approx_txt), approx=True, debt_raw=None))
    pb = locate(texts, "【参考】")
    for metric, v, raw in [("assessed", assessed * 1000, f"{zen(comma(assessed))}千円"),
                           ("collected", collected * 1000, f"{zen(comma(collected))}千円"),
                           ("written_off", written * 1000, f"{zen(comma(written))}千円"),
                           ("outstanding", outstanding * 1000, f"{zen(comma(outstanding))}千円")]:
        facts.append(fact(None, 2024, "令和６年度決算", "total", metric, "actual", v, "yen", raw, pb))
    facts.append(fact(None, 2024, "令和６年度決算", "total", "collection_rate", "actual", rate, "percent",
                      f"{zen(f'{rate:.1f}')}％", pb))
    write_gold(STEM, "plan", CITY, "令和７年度 徴収計画", "2025-05-01", "令和７年５月", facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
