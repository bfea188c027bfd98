"""(e) plan — 未収債権の目標及び具体処理策 style (八幡浜市): one debt per row: 債権名 | 所管課 | 令和5年度末 収入未済額 |
令和6年度 目標額 | 具体的な処理策 (several ①② items per cell with tags after the 。), table spanning a page break with
repeated header rows; 徴収率 table with a 差 column and △ values (単位：％, no % sign). openpyxl -> LibreOffice,
A4 landscape."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from common import F, I, OUT, PDF, c, check, fmt, rate, to_pdf, write_gold

STEM = "yawatahama_plan_5"
CITY = "八幡浜市"
# yen: R5 current (assessed, collected), arrears (assessed, collected, written_off); R6 target outstanding;
# R6 target rates (current, arrears)
DATA = [
    ("市税", "税務課", (3_602_118_400, 3_571_204_800), (98_402_300, 30_118_700, 8_204_100), 62_000_000, (99.2, 33.0)),
    ("国民健康保険税", "税務課", (712_440_600, 672_118_300), (128_906_200, 24_880_400, 10_402_600), 125_000_000, (94.5, 20.0)),
    ("介護保険料", "長寿介護課", (540_226_300, 535_880_100), (12_480_600, 2_604_300, 1_880_400), 11_500_000, (99.0, 22.0)),
    ("後期高齢者医療保険料", "市民課", (402_118_600, 401_002_300), (2_880_400, 1_102_600, 204_300), 2_400_000, (99.8, 40.0)),
    ("保育所保育料", "子育て支援課", (88_402_300, 87_118_600), (6_204_800, 1_402_300, 604_100), 4_900_000, (98.8, 25.0)),
    ("市営住宅使用料", "建設課", (162_880_400, 158_402_300), (24_806_200, 3_102_600, 1_204_800), 22_000_000, (97.5, 13.0)),
    ("水道料金", "水道課", (820_446_100, 812_004_300), (14_208_600, 6_804_200, 1_102_400), 13_000_000, (99.0, 46.0)),
    ("奨学金貸付金返還金", "学校教育課", (9_802_000, 8_604_000), (14_402_000, 1_804_000, 0), 13_200_000, (90.0, 14.0)),
]
MEASURES = {
    "市税": [("納期限後20日以内に督促状を発送し、未納の早期解消を図る。", "継続"),
             ("預貯金・給与の調査を全件で行い、納付資力のある滞納者には差押えを行う。", "継続"),
             ("愛媛地方税滞納整理機構への移管案件を拡大する。", "拡充")],
    "国民健康保険税": [("短期被保険者証の交付時に納付相談を行い、分納誓約を取り付ける。", "継続"),
                   ("社会保険加入による資格喪失の届出漏れを調査し、二重加入を解消する。", "新規")],
    "介護保険料": [("普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続"),
              ("口座振替の未登録者に申込書を同封し勧奨する。", "継続")],
    "後期高齢者医療保険料": [("年金からの特別徴収への切替えを早期に行う。", "継続")],
    "保育所保育料": [("児童手当からの徴収の申出を保護者に勧奨する。", "継続"),
               ("退所者の未納分について、分割納付の計画を作成する。", "新規")],
    "市営住宅使用料": [("滞納3か月で連帯保証人に納付を請求する。", "継続"),
                ("悪質な長期滞納者には明渡し訴訟を提起する。", "拡充")],
    "水道料金": [("給水停止予告後も納付のない使用者は給水停止を執行する。", "継続")],
    "奨学金貸付金返還金": [("返還が滞った時点で連帯保証人にも通知する。", "継続"),
                  ("支払督促の申立てを債権管理室と共同で行う。", "新規")],
}
CIRC = "①②③④"


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "目標及び具体処理策"
    thin = Side(style="thin", color="000000")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    HF = PatternFill("solid", fgColor="D9E1F2")
    f9 = Font(name="IPAexGothic", size=9)
    f9m = Font(name="IPAexMincho", size=9)
    widths = {"A": 5, "B": 22, "C": 13, "D": 17, "E": 17, "F": 62}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "令和6年度 未収債権の目標及び具体処理策"
    ws["A1"].font = Font(name="IPAexGothic", size=14, bold=True)
    ws["F2"] = "八幡浜市 債権管理室（令和6年6月）"
    ws["F2"].font = f9m
    ws["F2"].alignment = Alignment(horizontal="right")
    ws["A3"] = "１　債権ごとの目標及び具体処理策"
    ws["A3"].font = Font(name="IPAexGothic", size=11)
    ws["F3"] = "（金額の単位：円）"
    ws["F3"].font = f9m
    ws["F3"].alignment = Alignment(horizontal="right")
    hdr = ["No.", "債権名", "所管課", "令和5年度末\n収入未済額", "令和6年度\n目標額（収入未済額）", "具体的な処理策"]
    for j, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=j, value=h)
        cell.font = f9; cell.fill = HF; cell.border = B
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[4].height = 30
    ws.print_title_rows = "4:4"
    r = 5
    tot_o = tot_t = 0
    page_of = {}
    for n, (x, dept, (ca, cc), (aa, ac, aw), tgt, _) in enumerate(DATA, 1):
        pg = 1 if n <= 5 else 2
        page_of[x] = pg
        out = ca - cc + aa - ac - aw
        tot_o += out; tot_t += tgt
        items = MEASURES[x]
        txt = "\n".join(f"{CIRC[j]}{t}【{st}】" for j, (t, st) in enumerate(items))
        vals = [n, x, dept, c(out), c(tgt), txt]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.font = f9m; cell.border = B
            cell.alignment = Alignment(horizontal="right" if j in (4, 5) else ("center" if j == 1 else "left"),
                                       vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 15 * max(2, len(items)) + 8
        facts.append(F(x, 2023, "令和5年度末", "total", "outstanding", "actual", out, "yen", c(out), pg))
        facts.append(F(x, 2024, "令和6年度", "total", "outstanding", "target", tgt, "yen", c(tgt), pg))
        for j, (t, st) in enumerate(items):
            inits.append(I(x, 2024, "具体的な処理策", CIRC[j], t, st, pg))
        if n == 5:
            ws.row_breaks.append(Break(id=r))
        r += 1
    for j, v in enumerate(["", "合計", "", c(tot_o), c(tot_t), ""], 1):
        cell = ws.cell(row=r, column=j, value=v or None)
        cell.font = f9; cell.border = B
        cell.alignment = Alignment(horizontal="right" if j in (4, 5) else "left", vertical="center")
    facts.append(F(None, 2023, "令和5年度末", "total", "outstanding", "actual", tot_o, "yen", c(tot_o), 2, debt_raw="合計"))
    facts.append(F(None, 2024, "令和6年度", "total", "outstanding", "target", tot_t, "yen", c(tot_t), 2, debt_raw="合計"))
    r += 2
    ws.cell(row=r, column=1, value="※目標額は、令和6年度末における収入未済額の目標である。").font = f9m
    setup(ws)
    ws1 = ws
    # ---- rate table (page 3, second sheet)
    ws = wb.create_sheet("徴収率")
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    ws.cell(row=r, column=1, value="２　徴収率の実績及び目標").font = Font(name="IPAexGothic", size=11)
    ws.cell(row=r, column=6, value="（単位：％）").font = f9m
    ws.cell(row=r, column=6).alignment = Alignment(horizontal="right")
    r += 1
    h1 = ["No.", "債権名", "区分", "令和5年度\n実績", "令和6年度\n目標", "差（目標－実績）"]
    for j, h in enumerate(h1, 1):
        cell = ws.cell(row=r, column=j, value=h)
        cell.font = f9; cell.fill = HF; cell.border = B
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for n, (x, dept, (ca, cc), (aa, ac, aw), tgt, (tc, ta)) in enumerate(DATA, 1):
        for seg, lab, A, C, T in (("current", "現年分", ca, cc, tc), ("arrears", "滞納繰越分", aa, ac, ta)):
            act = rate(C, A, 1)
            diff = round(T - act, 1)
            vals = [n if seg == "current" else None, x if seg == "current" else None, lab, fmt(act), fmt(T), fmt(diff)]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.font = f9m; cell.border = B
                cell.alignment = Alignment(horizontal="right" if j >= 4 else ("center" if j in (1, 3) else "left"),
                                           vertical="center")
            facts.append(F(x, 2023, "令和5年度", seg, "collection_rate", "actual", act, "percent", fmt(act), 3))
            facts.append(F(x, 2024, "令和6年度", seg, "collection_rate", "target", T, "percent", fmt(T), 3))
            r += 1
        ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=r - 2, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="※差の△は、令和6年度目標が令和5年度実績を下回るもの（ポイント）。").font = f9m
    setup(ws)
    OUT.mkdir(exist_ok=True, parents=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    d = {"kind": "plan", "municipality": CITY, "title": "令和6年度 未収債権の目標及び具体処理策",
         "date": "2024-06-01", "date_raw": "令和6年6月"}
    write_gold(STEM, d, facts, inits)
    return check(STEM)


def setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.6; ws.page_margins.header = 0.3; ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "令和6年度 未収債権の目標及び具体処理策"


if __name__ == "__main__":
    build()
