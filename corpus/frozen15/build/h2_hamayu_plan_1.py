"""令和7年度 徴収計画 (はまゆう市) -- openpyxl -> LibreOffice, landscape."""
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_common import OUT, PDF, comma, fact, init, page_texts, soffice, write_gold, check, nows  # noqa

STEM = "h2_hamayu_plan_1"
CITY = "はまゆう市"
TITLE = "令和7年度 徴収計画"

# name, R6 current rate, R7 target rate, R6 outstanding (千円), R7 target outstanding (千円), items
DEBTS = [
    ("市税", "98.84", "98.90", 612_448, 598_000, [
        ("①", "高額・困難案件は滞納整理班で集中的に処理し、財産調査の結果に基づき差押え又は執行停止を早期に判断する。", "継続"),
        ("②", "スマートフォン決済の利用案内を納税通知書に同封し、期限内納付を促す。", "拡充")]),
    ("国民健康保険税", "93.12", "93.60", 731_905, 700_000, [
        ("①", "資格取得時に口座振替の手続を窓口で勧奨する。", "継続"),
        ("②", "滞納世帯には短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続")]),
    ("後期高齢者医療保険料", "99.61", "99.65", 9_874, 9_500, [
        (None, "普通徴収者への電話催告を納期限後1か月以内に行う。", "継続")]),
    ("介護保険料", "98.97", "99.05", 48_216, 46_000, [
        (None, "年金からの特別徴収への切替えを早期に行い、普通徴収期間を短縮する。", "継続")]),
    ("保育所保育料", "98.40", "98.60", 21_903, 20_500, [
        ("①", "児童手当からの特別徴収の申出を積極的に勧奨する。", "継続"),
        ("②", "退園者の滞納分は納付相談の上、分納誓約を徹底する。", "新規")]),
    ("下水道使用料", "99.02", "99.10", 27_655, 27_000, [
        (None, "水道料金と併せた一体的な催告を行う。", "継続")]),
    ("下水道事業受益者負担金", "97.55", "97.70", 8_312, 8_000, [
        (None, "時効管理を徹底し、所在不明者については住所調査を行う。", "継続")]),
    ("生活保護費返還金", "61.30", "64.00", 142_667, 140_000, [
        ("①", "保護受給中の者は保護費からの調整による返還を原則とする。", "継続"),
        ("②", "保護廃止者には廃止時に返還計画を作成し、文書催告を行う。", "拡充")]),
    ("市営住宅使用料", "97.86", "98.00", 64_120, 60_000, [
        ("①", "3か月以上の滞納者には連帯保証人への通知を行う。", "継続"),
        ("②", "長期滞納者については明渡し請求訴訟を提起する。", "継続")]),
    ("学校給食費", "99.70", "99.75", 3_208, 3_000, [
        (None, "児童手当からの徴収を学校と連携して進める。", "新規")]),
    ("児童扶養手当返還金", "35.20", "40.00", 11_546, 11_000, [
        (None, "返還者の現況確認を行い、少額でも定期的な納付を求める。", "継続")]),
    ("住宅新築資金等貸付金", "12.45", "15.00", 96_330, 94_000, [
        ("①", "連帯保証人を含めた財産調査を行い、支払督促の申立てを検討する。", "継続"),
        ("②", "回収の見込みがない債権は債権管理条例に基づき放棄を検討する。", "継続")]),
    ("奨学金貸付金", "88.10", "89.00", 18_774, 18_000, [
        (None, "卒業時に返還計画の説明会を開催し、口座振替を原則とする。", "継続")]),
    ("水道料金", "99.35", "99.40", 39_520, 38_800, [
        (None, "給水停止予告を適切に行い、早期納付につなげる。", "継続")]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
M = "IPAexMincho"
G = "IPAexGothic"


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    widths = {"A": 20, "B": 8, "C": 8, "D": 11, "E": 11, "F": 58}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:F1")
    ws["A1"] = "令和７年度　徴収計画"
    ws["A1"].font = Font(name=G, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2")
    ws["A2"] = "はまゆう市　総務部　債権管理課（令和７年５月）"
    ws["A2"].font = Font(name=M, size=10)
    ws["A2"].alignment = Alignment(horizontal="right")
    total6 = sum(d[3] for d in DEBTS)
    total7 = sum(d[4] for d in DEBTS)
    approx = round(total6 * 1000, -6)
    oku, man = divmod(approx // 10000, 10000)
    approx_txt = f"約{oku}億{man:,}万円"
    ws.merge_cells("A3:F4")
    ws["A3"] = ("　本計画は、はまゆう市債権管理条例第10条の規定に基づき、債権ごとの徴収目標と取組を定めるもの"
                f"である。令和６年度決算における対象債権の収入未済額は{approx_txt}であり、現年度分の確実な収納と"
                "滞納繰越分の計画的な整理により、その縮減を図る。")
    ws["A3"].font = Font(name=M, size=10)
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 22
    ws.row_dimensions[4].height = 22
    ws["F5"] = "（収納率：％　収入未済額：千円）"
    ws["F5"].font = Font(name=M, size=9)
    ws["F5"].alignment = Alignment(horizontal="right")
    # header rows 6-7
    ws.merge_cells("A6:A7"); ws["A6"] = "債権名"
    ws.merge_cells("B6:C6"); ws["B6"] = "現年度分収納率"
    ws.merge_cells("D6:E6"); ws["D6"] = "収入未済額"
    ws.merge_cells("F6:F7"); ws["F6"] = "令和７年度取組目標"
    ws["B7"] = "R6実績"; ws["C7"] = "R7目標"; ws["D7"] = "R6実績"; ws["E7"] = "R7目標"
    for r in (6, 7):
        for c in "ABCDEF":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.font = Font(name=G, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center")
    r = 8
    for name, r6, r7, o6, o7, items in DEBTS:
        ws[f"A{r}"] = name
        ws[f"B{r}"] = r6
        ws[f"C{r}"] = r7
        ws[f"D{r}"] = comma(o6)
        ws[f"E{r}"] = comma(o7)
        ws[f"F{r}"] = "\n".join((lab or "・") + t + f"【{st}】" for lab, t, st in items)
        nlines = sum(1 + len(t) // 30 for _, t, _ in items)
        ws.row_dimensions[r].height = max(34, 17 * nlines)
        for c in "ABCDEF":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.font = Font(name=M, size=10)
            cell.alignment = Alignment(vertical="center", wrap_text=(c in "AF"),
                                       horizontal="right" if c in "BCDE" else "left")
        r += 1
    ws[f"A{r}"] = "合計"
    ws[f"B{r}"] = "－"; ws[f"C{r}"] = "－"
    ws[f"D{r}"] = comma(total6); ws[f"E{r}"] = comma(total7)
    for c in "ABCDEF":
        cell = ws[f"{c}{r}"]
        cell.border = box
        cell.font = Font(name=G, size=10)
        cell.alignment = Alignment(horizontal="right" if c in "BCDE" else "center", vertical="center")
    ws.row_dimensions[r].height = 22
    r += 2
    ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"] = "※収納率は現年度分（調定額に対する収入済額の割合）。収入未済額は現年度分と滞納繰越分の合計。"
    ws[f"A{r}"].font = Font(name=M, size=9)
    ws.print_title_rows = "6:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 82
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
    ws.oddFooter.center.text = "- &P -"
    ws.oddHeader.right.text = "はまゆう市徴収計画"
    xlsx = os.path.join(OUT, STEM + ".xlsx")
    wb.save(xlsx)
    pdf = soffice(xlsx)
    os.replace(pdf, os.path.join(PDF, STEM + ".pdf"))
    return total6, total7, approx, approx_txt


def gold(total6, total7, approx, approx_txt):
    texts = page_texts(os.path.join(PDF, STEM + ".pdf"))

    def pg(s):
        for i, t in enumerate(texts):
            if nows(s) in t:
                return i + 1
        raise SystemExit("not found " + s)

    F, I = [], []
    F.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", approx, "yen", approx_txt,
                  pg(approx_txt), approx=True, debt_raw=None))
    for name, r6, r7, o6, o7, items in DEBTS:
        p = pg(items[0][1])
        F.append(fact(name, 2024, "R6", "current", "collection_rate", "actual", float(r6), "percent", r6, p))
        F.append(fact(name, 2025, "R7", "current", "collection_rate", "target", float(r7), "percent", r7, p))
        F.append(fact(name, 2024, "R6", "total", "outstanding", "actual", o6 * 1000, "yen", comma(o6), p))
        F.append(fact(name, 2025, "R7", "total", "outstanding", "target", o7 * 1000, "yen", comma(o7), p))
        for lab, t, st in items:
            I.append(init(name, 2025, "令和７年度取組目標", lab, t, st, pg(t)))
    p = pg(comma(total6) + comma(total7))
    F.append(fact(None, 2024, "R6", "total", "outstanding", "actual", total6 * 1000, "yen", comma(total6), p,
                  debt_raw="合計"))
    F.append(fact(None, 2025, "R7", "total", "outstanding", "target", total7 * 1000, "yen", comma(total7), p,
                  debt_raw="合計"))
    write_gold(STEM, "plan", CITY, TITLE, "2025-05-01", "令和７年５月", F, I)


if __name__ == "__main__":
    gold(*build())
    check(STEM)
