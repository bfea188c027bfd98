"""下妻市滞納対策本部会議 資料 (modelled on 下妻市滞納対策本部設置要綱 (city.shimotsuma.lg.jp reiki e010RG00000920)
for the body and its 市税等; table layout after a municipal 徴収計画 (実績 | 目標 side by side, 取組目標 column)):
openpyxl -> LibreOffice, landscape."""
import sys
sys.dont_write_bytecode = True
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break
from n_common import F, OUT, ROOT, to_pdf, assign_pages, write_gold

STEM = "n_shimotsuma_committee_1"
MUNI = "下妻市"
TITLE = "市税等の収納状況について（令和6年2月末現在）"
# interim 2月末: debt -> (現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入) 千円 (this year), prev-year rates (現年, 滞繰)
DATA = [("個人市民税", 2_310_452, 2_120_918, 196_338, 38_410, 91.42, 18.77),
        ("法人市民税", 498_105, 487_644, 9_823, 3_960, 97.63, 35.18),
        ("固定資産税", 3_105_877, 2_914_205, 301_554, 52_316, 93.40, 16.05),
        ("軽自動車税", 198_730, 191_522, 14_206, 3_874, 96.12, 24.90),
        ("国民健康保険税", 1_402_668, 1_154_290, 512_903, 71_377, 81.55, 13.21),
        ("後期高齢者医療保険料", 412_509, 399_816, 6_118, 2_411, 96.58, 41.02),
        ("介護保険料", 701_336, 681_902, 33_427, 5_108, 97.01, 14.66)]
def r2(a, b): return round(b / a * 100, 2)
TOT = ("合計", sum(d[1] for d in DATA), sum(d[2] for d in DATA), sum(d[3] for d in DATA), sum(d[4] for d in DATA), 89.70, 16.08)
AS_NOW, AS_PREV = "2024-02-29", "2023-02-28"
# 令和4年度決算 | 令和5年度目標 (rates, no % sign) + 収入未済額(円) 決算
PLAN = [("市税", 98.71, 22.35, 286_451_208, 98.80, 24.00),
        ("国民健康保険税", 93.26, 17.84, 468_902_117, 93.50, 19.00),
        ("後期高齢者医療保険料", 99.41, 46.20, 4_905_330, 99.45, 47.00),
        ("介護保険料", 98.65, 18.12, 30_116_540, 98.70, 20.00)]
MEASURES = {
    "市税": ["(1)　納期限後の早期催告を徹底し、現年度分の滞納繰越を抑制する。【継続】",
             "(2)　茨城租税債権管理機構への移管予告を活用し、高額・困難事案の自主納付を促す。【継続】",
             "(3)　キャッシュレス納付（スマートフォン決済）の周知を強化する。【拡充】"],
    "国民健康保険税": ["(1)　短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。【継続】",
                 "(2)　滞納繰越分の少額案件を一斉に財産調査し、執行停止を含めて整理する。【新規】"],
    "後期高齢者医療保険料": ["(1)　普通徴収の新規加入者に口座振替を勧奨する。【継続】"],
    "介護保険料": ["(1)　給付制限の事前通知を送付し、納付相談の機会を設ける。【継続】",
              "(2)　市税の滞納整理と情報を共有し、財産調査の結果を活用する。\n【新規】"],
}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="DDDDDD")
FONT = "IPAexGothic"

def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active; ws.title = "収納状況"
    def cell(r, c, v, bold=False, fill=None, align="center", fmt=None, size=10):
        x = ws.cell(row=r, column=c, value=v)
        x.font = Font(name=FONT, bold=bold, size=size); x.border = B
        x.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if fill: x.fill = fill
        if fmt: x.number_format = fmt
        return x
    ws["A1"] = "第2回下妻市滞納対策本部会議　資料1"; ws["A1"].font = Font(name=FONT, size=10)
    ws["A2"] = "１　" + TITLE; ws["A2"].font = Font(name=FONT, size=14, bold=True)
    ws["M3"] = "（単位：千円、％）"; ws["M3"].font = Font(name=FONT, size=9)
    # header rows 4-5
    hdr_groups = [("税目等", 1, 1), ("現年度分（令和6年2月29日現在）", 2, 4), ("滞納繰越分（令和6年2月29日現在）", 5, 7),
                  ("前年同月 収納率", 8, 9), ("差", 10, 11)]
    for t, c1, c2 in hdr_groups:
        if c1 != c2: ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        for c in range(c1, c2 + 1): cell(4, c, t if c == c1 else None, fill=HF)
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    sub = [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"]
    for c, t in enumerate(sub, 1):
        cell(5, c, t, fill=HF)
    r = 6
    for d in DATA + [TOT]:
        name, ca, cc, aa, ac, pc, pa = d
        rc, ra = r2(ca, cc), r2(aa, ac)
        vals = [name, ca, cc, rc, aa, ac, ra, pc, pa, round(rc - pc, 2), round(ra - pa, 2)]
        for c, v in enumerate(vals, 1):
            fmt = "#,##0" if c in (2, 3, 5, 6) else ("0.00;△0.00" if c >= 10 else "0.00")
            cell(r, c, v, align="left" if c == 1 else "right", fmt=fmt, bold=(name == "合計"))
        debt = None if name == "合計" else name
        fy, fyr = 2023, "令和6年2月29日"
        facts += [F(debt, fy, fyr, "current", "assessed", "interim", ca * 1000, "yen", f"{ca:,}", as_of=AS_NOW, debt_raw=name),
                  F(debt, fy, fyr, "current", "collected", "interim", cc * 1000, "yen", f"{cc:,}", as_of=AS_NOW, debt_raw=name),
                  F(debt, fy, fyr, "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}", as_of=AS_NOW, debt_raw=name),
                  F(debt, fy, fyr, "arrears", "assessed", "interim", aa * 1000, "yen", f"{aa:,}", as_of=AS_NOW, debt_raw=name),
                  F(debt, fy, fyr, "arrears", "collected", "interim", ac * 1000, "yen", f"{ac:,}", as_of=AS_NOW, debt_raw=name),
                  F(debt, fy, fyr, "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}", as_of=AS_NOW, debt_raw=name),
                  F(debt, 2022, "前年同月", "current", "collection_rate", "interim", pc, "percent", f"{pc:.2f}", as_of=AS_PREV, debt_raw=name),
                  F(debt, 2022, "前年同月", "arrears", "collection_rate", "interim", pa, "percent", f"{pa:.2f}", as_of=AS_PREV, debt_raw=name)]
        r += 1
    ws.cell(row=r, column=1, value="※ 前年同月は令和5年2月28日現在。差はポイント。市税（個人市民税～軽自動車税）には市たばこ税及び入湯税を含まない。").font = Font(name=FONT, size=9)
    widths = [20, 12, 12, 13, 11, 11, 8, 9, 9, 8, 9, 2, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for rr in range(6, r): ws.row_dimensions[rr].height = 22
    # sheet 2: 決算 | 目標 side by side
    r = r + 3
    ws.row_breaks.append(Break(id=r - 2))
    ws.cell(row=r, column=1, value="２　令和5年度 収納率目標の状況").font = Font(name=FONT, size=14, bold=True)
    ws.cell(row=r + 1, column=8, value="収納率の単位：％　収入未済額の単位：円").font = Font(name=FONT, size=9)
    r += 2
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    for c, t in ((1, "債権名"), (2, "令和4年度決算"), (3, None), (4, None), (5, "令和5年度目標"), (6, None)):
        cell(r, c, t, fill=HF)
    for c, t in ((1, None), (2, "現年度分"), (3, "滞納繰越分"), (4, "収入未済額"), (5, "現年度分"), (6, "滞納繰越分")):
        cell(r + 1, c, t, fill=HF)
    r += 2
    for name, a_c, a_a, out, t_c, t_a in PLAN:
        for c, v, fmt in ((1, name, None), (2, a_c, "0.00"), (3, a_a, "0.00"), (4, out, "#,##0"), (5, t_c, "0.00"), (6, t_a, "0.00")):
            cell(r, c, v, align="left" if c == 1 else "right", fmt=fmt)
        facts += [F(name, 2022, "令和4年度", "current", "collection_rate", "actual", a_c, "percent", f"{a_c:.2f}"),
                  F(name, 2022, "令和4年度", "arrears", "collection_rate", "actual", a_a, "percent", f"{a_a:.2f}"),
                  F(name, 2022, "令和4年度", "total", "outstanding", "actual", out, "yen", f"{out:,}"),
                  F(name, 2023, "令和5年度", "current", "collection_rate", "target", t_c, "percent", f"{t_c:.2f}"),
                  F(name, 2023, "令和5年度", "arrears", "collection_rate", "target", t_a, "percent", f"{t_a:.2f}")]
        ws.row_dimensions[r].height = 22
        r += 1
    # 取組 table, no 取組 header: 債権名 | 今後の対応 ... "令和5年度下半期の対応"
    r += 2
    ws.cell(row=r, column=1, value="３　各債権の対応").font = Font(name=FONT, size=14, bold=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
    cell(r, 1, "債権名", fill=HF); cell(r, 2, "令和5年度下半期の対応", fill=HF)
    for c in range(3, 12): cell(r, c, None, fill=HF)
    r += 1
    for name, items in MEASURES.items():
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        cell(r, 1, name, align="left")
        cell(r, 2, "\n".join(items), align="left")
        for c in range(3, 12): cell(r, c, None)
        ws.row_dimensions[r].height = 17 * sum(1 + it.count("\n") for it in items) + 4
        for it in items:
            lab = it[:3]; body = it[4:].strip()
            tag = None
            for tg in ("継続", "新規", "拡充"):
                if body.endswith(f"【{tg}】"):
                    tag = tg; body = body[: -len(tg) - 2].strip()
            inits.append({"debt": name, "fiscal_year": 2023, "section": "各債権の対応", "label": lab, "text": body, "status": tag, "page": None})
        r += 1
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"; ws.oddHeader.right.text = "令和6年3月21日　第2回下妻市滞納対策本部会議"
    ws.print_options.horizontalCentered = True
    xlsx = OUT / f"{STEM}.xlsx"; OUT.mkdir(exist_ok=True); wb.save(xlsx)
    pdf = to_pdf(xlsx, ROOT / "pdf" / f"{STEM}.pdf", "n14c")
    assign_pages(pdf, facts, "raw")
    assign_pages(pdf, inits, "text")
    document = {"kind": "committee_material", "municipality": MUNI, "title": TITLE, "date": "2024-03-21", "date_raw": "令和6年3月21日"}
    write_gold(STEM, pdf, document, facts, inits)

if __name__ == "__main__":
    build()
