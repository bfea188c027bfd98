"""玉野市 庁議資料「滞納整理強化月間について（報告）」風 — openpyxl → LibreOffice (A4 portrait, 3 pages)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import OUT, PDF, comma, fact, rate, to_pdf, write_gold, zen

STEM = "w_tamano_committee_1"
CITY = "玉野市"
FONT = "IPAexMincho"
GOTH = "IPAexGothic"

# 5 収納金額（強化月間中の収納額, 単位：円）
MONTHS = [("R6強化月間", 2024, "R6"), ("R5強化月間", 2023, "R5"), ("R4強化月間", 2022, "R4"), ("R3強化月間", 2021, "R3")]
MONTH_VALUES = {
    "市　税": [9624310, 10215480, 9377905, 11864020],
    "保険料，使用料等": [9498256, 9873150, 12021844, 14330118],
}
# 所属別 (所属, 費目, 滞納額11月末, 目標額, 収納額)
ROWS = [
    ("税務課", "市税", 248315600, 10000000, 9624310),
    ("保険年金課", "国民健康保険税", 132480900, 5000000, 4812400),
    ("保険年金課", "後期高齢者医療保険料", 3215400, 400000, 436200),
    ("長寿介護課", "介護保険料", 18402300, 1200000, 1085600),
    ("子育て支援課", "保育所保育料", 6820150, 800000, 812500),
    ("子育て支援課", "放課後児童クラブ利用料", 412000, 50000, 31000),
    ("都市計画課", "市営住宅使用料", 24918700, 1500000, 1206456),
    ("社会福祉課", "生活保護費返還金", 15390220, 300000, 245000),
    ("環境保全課", "し尿処理手数料", 210500, 30000, 12300),
    ("水道課", "水道料金", 19884300, 900000, 856800),
]
# 参考 12月末 (千円): debt -> (現年調定, 現年収入, 滞繰調定, 滞繰収入, 前年同期現年率, 前年同期滞繰率)
REF = [
    ("市税", 6812450, 5402118, 262880, 41327, "79.08", "15.22"),
    ("国民健康保険税", 1602315, 1005420, 148930, 20118, "62.41", "12.87"),
    ("介護保険料", 1310240, 1078115, 21845, 2904, "82.10", "12.95"),
    ("後期高齢者医療保険料", 702118, 571302, 3412, 702, "81.03", "19.88"),
]

INITS = [
    ("(1)", "徴収費目ごとに督促状又は催告書を作成し、強化月間の開始に合わせて一斉に送付した。", "継続"),
    ("(2)", "休日及び夜間の納付相談窓口を開設し、平日の来庁が困難な滞納者との折衝機会を確保した。", "継続"),
    ("(3)", "複数の費目を滞納している者については、所属間で滞納情報を共有し、合同で臨戸訪問を行った。", "新規"),
    ("(4)", "納付資力がありながら納付に応じない滞納者に対しては、財産調査を行い、差押等の滞納処分を実施した。", None),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "報告"
    widths = [5, 13, 20, 15, 13, 13, 10, 4]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = [1]

    def text(s, *, height=16, bold=False, size=10.5, indent=0, font=FONT, align="left", cols="A:H", border=False):
        row = r[0]
        a, b = cols.split(":")
        ws.merge_cells(f"{a}{row}:{b}{row}")
        c = ws[f"{a}{row}"]
        c.value = s
        c.font = Font(name=font, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True, indent=indent)
        if border:
            for col in range(ord(a) - 64, ord(b) - 63):
                ws.cell(row=row, column=col).border = BOX
        ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    def cells(values, *, height=18, bold=False, start=1, aligns=None, size=10):
        row = r[0]
        for j, v in enumerate(values):
            c = ws.cell(row=row, column=start + j, value=v)
            c.font = Font(name=FONT, size=size, bold=bold)
            al = (aligns[j] if aligns else "center")
            c.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
            c.border = BOX
        ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    def pagebreak():
        ws.row_breaks.append(Break(id=r[0] - 1))

    # ---------- page 1 ----------
    text("庁議資料　報告", align="right", font=GOTH, cols="F:H")
    text("令和７年２月３日", align="right", cols="F:H")
    text("財 政 部 税 務 課", align="right", cols="F:H")
    text("", height=8)
    text("滞納整理強化月間について（報告）", size=14, bold=True, align="center", font=GOTH, height=26)
    text("", height=8)
    text("１　目　的", font=GOTH)
    text("市税や各種公共料金の自主納付の促進と収納率の向上を図るため、１２月を「滞納整理強化月間」と定め、"
         "全庁一斉に滞納整理に取り組んだもの。", height=34, indent=1)
    text("２　実施期間", font=GOTH)
    text("令和６年１２月２日（月）から令和６年１２月２７日（金）まで", indent=1)
    text("３　滞納整理の対象とした費目及び所属", font=GOTH)
    text("（１）費　目", indent=1)
    text("納期限内に納付のない市税、国民健康保険税、介護保険料、各種使用料、手数料及びその他の収入"
         "（以下「市税等」という。）", height=34, indent=2)
    text("（２）所　属", indent=1)
    text("税務課、保険年金課、長寿介護課、子育て支援課、都市計画課、水道課など市税等を所管する１４課", height=34, indent=2)
    text("４　具体的な取組", font=GOTH)
    for lab, t, st in INITS:
        tag = f"【{st}】" if st else ""
        lab_z = zen(lab)
        text(f"{lab_z}{t}{tag}", height=34, indent=1)
        inits.append({"debt": None, "fiscal_year": 2024, "section": "具体的な取組", "label": lab, "text": t,
                      "status": st, "page": 1})
    text("５　収納金額", font=GOTH)
    text("（単位：円）", align="right", cols="F:H")
    cells(["区　分", None, "R6強化月間\n収納額", "R5強化月間\n収納額", "R4強化月間\n収納額", "R3強化月間\n収納額"],
          start=2, height=32)
    ws.merge_cells(start_row=r[0] - 1, start_column=2, end_row=r[0] - 1, end_column=3)
    totals = [0, 0, 0, 0]
    for lab, vals in MONTH_VALUES.items():
        cells([lab, None] + [comma(v) for v in vals], start=2, aligns=["left", "left", "right", "right", "right", "right"])
        ws.merge_cells(start_row=r[0] - 1, start_column=2, end_row=r[0] - 1, end_column=3)
        for k, (_, fy, fyr) in enumerate(MONTHS):
            totals[k] += vals[k]
            dr = "市税" if lab == "市　税" else lab
            debt = "市税" if lab == "市　税" else None
            facts.append(fact(debt, fy, fyr, "total", "collected", "actual", vals[k], "yen", comma(vals[k]),
                              page=1, debt_raw=dr))
    cells(["合　計", None] + [comma(v) for v in totals], start=2, aligns=["center", "left", "right", "right", "right", "right"])
    ws.merge_cells(start_row=r[0] - 1, start_column=2, end_row=r[0] - 1, end_column=3)
    for k, (_, fy, fyr) in enumerate(MONTHS):
        facts.append(fact(None, fy, fyr, "total", "collected", "actual", totals[k], "yen", comma(totals[k]),
                          page=1, debt_raw="合計"))
    text("６　まとめ", font=GOTH)
    approx = round(totals[0] / 10000)
    approx_raw = f"約{approx:,}万円"
    achieved = sum(1 for row in ROWS if row[4] >= row[3])
    text(f"強化月間中の収納金額は、全費目の合計で{approx_raw}となり、前年度を下回る結果となった。"
         f"所属ごとに設定した目標額を達成した費目は１０費目中{zen(str(achieved))}費目にとどまっており、"
         "各所属においては、目標設定と進行管理の在り方について検証を行う必要がある。", height=50, indent=1)
    facts.append(fact(None, 2024, "R6強化月間", "total", "collected", "actual", approx * 10000, "yen", approx_raw,
                      page=1, approx=True, debt_raw=None))
    text("（裏面へ続く）", align="right", cols="F:H")
    pagebreak()

    # ---------- page 2 ----------
    text("〔裏面〕", align="left", cols="A:C")
    text("所属別の目標額及び実績", size=12, bold=True, font=GOTH, height=22)
    text("（単位：円）", align="right", cols="F:H")
    cells(["No.", "所　属", "費　目", "滞納額\n（11月末現在）", "目標額", "収納額", "達成率\n（％）"], height=34)
    tot = [0, 0, 0]
    for i, (dept, debt, out, tgt, got) in enumerate(ROWS, 1):
        ach = rate(got, tgt, 1)
        cells([str(i), dept, debt, comma(out), comma(tgt), comma(got), str(ach)], height=20,
              aligns=["center", "left", "left", "right", "right", "right", "right"])
        tot = [tot[0] + out, tot[1] + tgt, tot[2] + got]
        facts.append(fact(debt, 2024, "11月末現在", "total", "outstanding", "interim", out, "yen", comma(out),
                          page=2, as_of="2024-11-30"))
        facts.append(fact(debt, 2024, None, "total", "collected", "target", tgt, "yen", comma(tgt), page=2))
        facts.append(fact(debt, 2024, None, "total", "collected", "actual", got, "yen", comma(got), page=2))
    cells(["", "合　計", "", comma(tot[0]), comma(tot[1]), comma(tot[2]), str(rate(tot[2], tot[1], 1))], height=20,
          aligns=["center", "center", "left", "right", "right", "right", "right"])
    facts.append(fact(None, 2024, "11月末現在", "total", "outstanding", "interim", tot[0], "yen", comma(tot[0]),
                      page=2, as_of="2024-11-30", debt_raw="合計"))
    facts.append(fact(None, 2024, None, "total", "collected", "target", tot[1], "yen", comma(tot[1]), page=2,
                      debt_raw="合計"))
    facts.append(fact(None, 2024, None, "total", "collected", "actual", tot[2], "yen", comma(tot[2]), page=2,
                      debt_raw="合計"))
    text("※ 滞納額は、令和６年１１月末現在の滞納繰越分及び現年度分の未納額の合計である。", size=9, height=16)
    text("※ 達成率は、収納額を目標額で除したものである。", size=9)
    text("", height=10)
    text("７　今年度における滞納整理の全庁的な取組", font=GOTH)
    for s in ["・ ７月　８日　収納率向上連絡会議の開催", "・ ８月　５日　市税等滞納整理対策本部会議の開催",
              "・１１月１８日　徴収事務担当者会議の開催", "・ ２月１７日　令和６年度第２回市税等滞納整理対策本部会議（予定）"]:
        text(s, indent=1)
    pagebreak()

    # ---------- page 3 ----------
    text("【参考】市税等の収納状況（令和６年１２月末現在）", size=12, bold=True, font=GOTH, height=22)
    text("（金額：千円、収納率：％）", align="right", cols="E:H")
    cells(["区　分", None, None] + [d for d, *_ in REF], height=30)
    ws.merge_cells(start_row=r[0] - 1, start_column=1, end_row=r[0] - 1, end_column=3)
    seg_rows = [("現年分", "current", 1, 2), ("滞納繰越分", "arrears", 3, 4)]
    owed_total = 0
    for seg_lab, seg, ia, ic in seg_rows:
        first = r[0]
        for lab, metric in [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]:
            vals = []
            for d in REF:
                a, c = d[ia], d[ic]
                if metric == "assessed":
                    v, raw = a * 1000, comma(a)
                elif metric == "collected":
                    v, raw = c * 1000, comma(c)
                else:
                    rr = rate(c, a)
                    v, raw = float(rr), str(rr)
                vals.append(raw)
                facts.append(fact(d[0], 2024, "令和６年１２月末", seg, metric, "interim", v,
                                  "percent" if metric == "collection_rate" else "yen", raw, page=3,
                                  as_of="2024-12-31"))
            cells([seg_lab if lab == "調定額" else None, lab, None] + vals, height=20,
                  aligns=["center", "left", "left", "right", "right", "right", "right"])
            ws.merge_cells(start_row=r[0] - 1, start_column=2, end_row=r[0] - 1, end_column=3)
        ws.merge_cells(start_row=first, start_column=1, end_row=r[0] - 1, end_column=1)
    for d in REF:
        owed_total += (d[1] - d[2]) + (d[3] - d[4])
    first = r[0]
    for lab, seg, k in [("現年分", "current", 5), ("滞納繰越分", "arrears", 6)]:
        vals = [d[k] for d in REF]
        cells(["前年同期\n収納率" if seg == "current" else None, lab, None] + vals, height=20,
              aligns=["center", "left", "left", "right", "right", "right", "right"])
        ws.merge_cells(start_row=r[0] - 1, start_column=2, end_row=r[0] - 1, end_column=3)
        for d, v in zip(REF, vals):
            facts.append(fact(d[0], 2023, "前年同期（令和５年１２月末）", seg, "collection_rate", "interim", float(v),
                              "percent", v, page=3, as_of="2023-12-31"))
    ws.merge_cells(start_row=first, start_column=1, end_row=r[0] - 1, end_column=1)
    text("※ 前年同期は令和５年１２月末現在の収納率である。", size=9)
    text("", height=10)
    # one-cell bordered box
    diff = rate(REF[0][2], REF[0][1]) - __import__("decimal").Decimal(REF[0][5])
    owed_man = round(owed_total * 1000 / 10000)
    oku, man = divmod(owed_man, 10000)
    owed_raw = f"約{oku}億{man:,}万円"
    box = ("【参考】１２月末時点の状況\n"
           f"・市税（現年分）の収納率：前年同期比 {'＋' if diff >= 0 else '△'}{zen(str(abs(diff)))}ポイント\n"
           f"・上記４費目の収入未済額：{owed_raw}\n"
           "・強化月間中の差押件数：４２件（うち預貯金３１件）")
    text(box, height=70, border=True, cols="A:G", indent=1)
    facts.append(fact(None, 2024, "１２月末時点", "total", "outstanding", "interim", owed_man * 10000, "yen", owed_raw,
                      page=3, as_of="2024-12-31", approx=True, debt_raw=None))

    ws.print_area = f"A1:H{r[0]}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "- &P -"
    ws.oddHeader.right.text = "滞納整理強化月間について（報告）"
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "w_dev8_tamano")
    doc = {"kind": "committee_material", "municipality": CITY, "title": "滞納整理強化月間について（報告）",
           "date": "2025-02-03", "date_raw": "令和７年２月３日"}
    return write_gold(STEM, doc, facts, inits)


if __name__ == "__main__":
    build()
