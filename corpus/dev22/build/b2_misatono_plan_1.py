"""b2_misatono_plan_1: 令和6年度徴収計画 (みさと野市, invented) — openpyxl -> LibreOffice.
Modelled on a real 「平成28年度徴収計画」 (one debt per row; 現年度分収納率(%) and 収入未済額(千円) each split
H27実績 | H28目標; 取組目標 text beside the figures)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins
from b2_common import *

STEM = "b2_misatono_plan_1"
CITY = "みさと野市"
# name, R5 rate, R6 target rate, R5 outstanding(千円), R6 target outstanding(千円 or None), initiatives [(text, tag)]
ROWS = [
 ("市税", "98.91", "99.00", 612_384, 590_000, [
   ("県との併任徴収を活用し、高額・困難案件の差押え及び換価を進める。", "継続"),
   ("財産調査の結果、資力のない案件は執行停止を行い、滞納額の整理を図る。", "継続")]),
 ("国民健康保険税", "93.47", "94.10", 1_083_552, 1_020_000, [
   ("納期限後20日以内に督促状を送付し、未納者には電話催告センターから早期に連絡する。", "継続"),
   ("資格確認書の交付時に納付相談を行い、分納誓約の履行を管理する。", "拡充")]),
 ("後期高齢者医療保険料", "99.52", "99.60", 18_406, None, [
   ("年金天引きへの切替えを勧奨し、普通徴収の対象者を減らす。", "継続")]),
 ("介護保険料", "98.73", "98.90", 96_218, 92_000, [
   ("納付の滞りがある者には給付制限の内容を説明し、自主納付を促す。", "継続")]),
 ("保育料", "98.40", "99.00", 41_775, 38_500, [
   ("児童手当からの特別徴収の申出を入所時に案内する。", "新規"),
   ("滞納者は税務部門と情報を共有し、滞納処分を行う。", "継続")]),
 ("下水道使用料", "99.18", "99.20", 27_940, 27_000, [
   ("検針時の納付書発行とスマートフォン決済により納付機会を増やす。", "拡充")]),
 ("下水道事業受益者負担金", "97.66", "97.70", 6_882, None, [
   ("分割納付の履行状況を毎月確認し、不履行者には文書で催告する。", "継続")]),
 ("市営住宅使用料", "97.95", "98.20", 88_107, 85_000, [
   ("3か月以上の滞納者には連帯保証人へも通知し、明渡し請求を含めた法的措置を検討する。", "継続")]),
 ("学校給食費", "99.81", "99.90", 2_215, 2_000, [
   ("学校と連携して保護者への納付案内を行い、就学援助の制度も案内する。", "継続")]),
 ("水道料金", "99.34", "99.40", 38_612, 37_800, [
   ("給水停止予告を適切に行い、長期滞納の発生を防ぐ。", "継続")]),
 ("生活保護費返還金", "72.05", "75.00", 331_460, 326_000, [
   ("保護受給中の者には分割納付を指導し、保護廃止者には文書と訪問で催告する。", "継続")]),
 ("母子父子寡婦福祉資金貸付金", "68.33", "70.00", 24_538, 23_900, [
   ("借受人と連帯保証人の双方に定期的に納付を求め、償還計画を見直す。", "継続")]),
 ("高額療養費貸付金", "86.02", "88.00", 3_116, 3_000, [
   ("貸付時に返済方法を説明し、給付金からの充当を徹底する。", "新規")]),
]
HIST_YEARS = [("H30", 2018), ("R元", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022), ("R5", 2023)]
HIST = {  # 調定額, 収入済額, 不納欠損額 (千円)
 2018: (24_118_406, 23_301_552, 71_204), 2019: (24_392_871, 23_611_094, 66_018),
 2020: (24_015_330, 23_288_713, 58_440), 2021: (24_507_912, 23_837_406, 52_117),
 2022: (24_880_145, 24_224_963, 47_906), 2023: (25_102_688, 24_448_420, 41_884)}

thin = Side(style="thin"); hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="IPAexGothic", size=10)
FT = Font(name="IPAexGothic", size=14, bold=True)


def num(v):
    return f"{v:,}"


def build():
    wb = Workbook(); ws = wb.active; ws.title = "徴収計画"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    ws.print_title_rows = "3:4"
    ws.oddHeader.right.text = "みさと野市 財務部 納税課"; ws.oddFooter.center.text = "- &P -"
    widths = {"A": 24, "B": 10, "C": 10, "D": 13, "E": 13, "F": 70}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws["A1"] = "令和6年度　徴収計画"; ws["A1"].font = FT
    ws["F2"] = "令和6年5月　みさと野市債権管理推進会議"; ws["F2"].font = F; ws["F2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:A4"); ws["A3"] = "債権名"
    ws.merge_cells("B3:C3"); ws["B3"] = "現年度分収納率(%)"
    ws.merge_cells("D3:E3"); ws["D3"] = "収入未済額(千円)"
    ws.merge_cells("F3:F4"); ws["F3"] = "令和6年度取組目標"
    ws["B4"] = "R5実績"; ws["C4"] = "R6目標"; ws["D4"] = "R5実績"; ws["E4"] = "R6目標"
    facts, inits = [], []
    r = 5
    for name, ra, rt, oa, ot, items in ROWS:
        ws.cell(r, 1, name); ws.cell(r, 2, ra); ws.cell(r, 3, rt); ws.cell(r, 4, num(oa)); ws.cell(r, 5, num(ot) if ot else "－")
        lines = []
        for i, (t, tag) in enumerate(items):
            lab = "①②③④"[i]
            lines.append(f"{lab}{t}【{tag}】")
        ws.cell(r, 6, "\n".join(lines))
        ws.row_dimensions[r].height = 24 * max(2, len(items) * 2)
        facts += [fact(name, 2023, "R5実績", "current", "collection_rate", "actual", float(ra), "percent", ra),
                  fact(name, 2024, "R6目標", "current", "collection_rate", "target", float(rt), "percent", rt),
                  fact(name, 2023, "R5実績", "total", "outstanding", "actual", oa * 1000, "yen", num(oa))]
        if ot:
            facts.append(fact(name, 2024, "R6目標", "total", "outstanding", "target", ot * 1000, "yen", num(ot)))
        for i, (t, tag) in enumerate(items):
            inits.append({"debt": name, "fiscal_year": 2024, "section": "令和6年度取組目標", "label": "①②③④"[i],
                          "text": t, "status": tag, "page": None})
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=6):
        for c in row:
            c.border = B; c.font = F
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="right" if c.column in (2, 3, 4, 5) and c.row > 4 else ("center" if c.row <= 4 else "left"))
    ws.cell(r + 1, 1, "※収入未済額は現年度分と滞納繰越分の合計。「－」は目標を設定していないもの。").font = F

    # 参考 sheet: years as columns, no vertical rules
    w2 = wb.create_sheet("参考")
    w2.page_setup.orientation = "landscape"; w2.page_setup.paperSize = w2.PAPERSIZE_A4
    w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0; w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.oddHeader.right.text = "みさと野市 財務部 納税課"; w2.oddFooter.center.text = "- &P -"
    w2.column_dimensions["A"].width = 22
    for col in "BCDEFG": w2.column_dimensions[col].width = 16
    w2["A1"] = "【参考】市税の決算の推移（現年課税分・滞納繰越分の計）"; w2["A1"].font = FT
    w2["G2"] = "単位：千円、％"; w2["G2"].font = F
    w2.cell(3, 1, "区分")
    for j, (lab, fy) in enumerate(HIST_YEARS):
        w2.cell(3, 2 + j, lab)
    labels = ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    metric = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    hf = []
    for i, lab in enumerate(labels):
        w2.cell(4 + i, 1, lab)
        for j, (ylab, fy) in enumerate(HIST_YEARS):
            a, c, w = HIST[fy]; o = a - c - w
            if i < 4:
                v = (a, c, w, o)[i]; s = num(v)
                hf.append((i, j, fact("市税", fy, ylab, "total", metric[i], "actual", v * 1000, "yen", s)))
            else:
                rv = rate(c, a, 2); s = f"{rv:.2f}"
                hf.append((i, j, fact("市税", fy, ylab, "total", "collection_rate", "actual", rv, "percent", s)))
            w2.cell(4 + i, 2 + j, s)
    top = Border(top=thin, bottom=thin)
    for row in w2.iter_rows(min_row=3, max_row=8, max_col=7):
        for c in row:
            c.font = F; c.border = Border(bottom=hair) if c.row not in (3, 8) else top
            c.alignment = Alignment(horizontal="right" if c.column > 1 and c.row > 3 else "center")
    hf.sort(key=lambda x: (x[0], x[1]))
    facts += [f for _, _, f in hf]
    text = ("令和5年度の市税の収入未済額は{}千円となり、平成30年度と比べて約1億3,300万円減少した。"
            .format(num(HIST[2023][0] - HIST[2023][1] - HIST[2023][2])))
    w2.cell(10, 1, text).font = F
    o23 = HIST[2023][0] - HIST[2023][1] - HIST[2023][2]
    facts.append(fact("市税", 2023, "令和5年度", "total", "outstanding", "actual", o23 * 1000, "yen", f"{num(o23)}千円"))
    xlsx = OUT / f"{STEM}.xlsx"; wb.save(xlsx)
    pdf = soffice(xlsx, STEM)
    assign_pages(pdf, facts); assign_pages(pdf, inits, key="text")
    doc = {"kind": "plan", "municipality": CITY, "title": "令和6年度　徴収計画", "date": "2024-05-01", "date_raw": "令和6年5月"}
    return write_gold(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
