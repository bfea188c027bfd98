"""Third-set material A: 令和6年度 第1回 東駿市債権管理委員会 (fictional), an .xlsx converted by LibreOffice Calc.

Another edition of the 静岡市-type series, one year earlier and with other debts and wording:
- summary boxes headed 徴収率 (changes in ポイント) and 収入未済額;
- 個票 headers with 所管部局/担当課 instead of 所属/総括課; a 実績又は効果 column split into 現年分 / 滞納繰越分
  sub-columns (the segment is only in the sub-header), 末日時点 dates, `・調定額：…千円（…千円）` lines with a colon;
  a heading with its date on one line (現年度分（令和6年1月31日現在）) and `（前年度 …）` parentheses; a 個票
  of counts only;
- a 取組方針 table whose first row is the previous year's 実績 (basis actual, not a 推計), 【令和4年度:9位】 ranks,
  items labelled (1)/①/ア (katakana with a space)/・ bullets.
Every sheet is fitted to one page, so pages are fixed: 1 cover, 2 boxes, 3-5 個票, 6 取組方針.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from corpus.build.kobetsu_sheets import SheetWriter
from corpus.third.build.kobetsu_gold import Builder

STEM = "totsun_kobetsu_r6_1"
TITLE = "令和6年度 第1回東駿市債権管理委員会"
DATE_RAW = "令和6年6月5日(水)"
DATE = "2024-06-05"
MUNICIPALITY = "東駿市"
PLAN_YEAR = 2024

BOXES = [("徴収率", ["令和5年度：97.59％", "①前年度比 0.15ポイント増", "②ピーク時(平成22年度)から 6.85ポイント増"]),
         ("収入未済額", ["令和5年度：約42.7億円", "①前年度比 約1.8億円減", "②ピーク時(平成22年度)から 約118億円減"])]

# 個票 figures: (label, value, previous year's value) as printed
Figure = tuple[str, str, str]
KOKUHO_CUR: list[Figure] = [("調定額", "3,456,789千円", "3,400,120千円"), ("収入済額", "3,012,345千円", "2,950,000千円"),
                            ("収納率", "87.14％", "86.76％")]
KOKUHO_ARR: list[Figure] = [("収入済額", "456,789千円", "420,100千円"), ("収入未済額", "1,987,650千円", "2,101,300千円"),
                            ("収納率", "18.52％", "17.90％")]
KAIGO_CUR: list[Figure] = [("収納額", "1,234,567,890円", "1,200,004,000円"), ("収納率", "95.10%", "94.80%")]
KAIGO_ARR: list[Figure] = [("収納額", "12,345,678円", "11,000,500円"), ("収納率", "15.20%", "14.10%")]


def colon_lines(figures: list[Figure]) -> list[str]:
    """`・調定額：3,456,789千円（3,400,120千円）` lines."""
    return [f"・{a}：{b}（{c}）" for a, b, c in figures]


def prev_lines(figures: list[Figure]) -> list[str]:
    """`・収納額 1,234,567,890円 (前年度 1,200,004,000円)` lines."""
    return [f"・{a} {b} (前年度 {c})" for a, b, c in figures]


KOKUHO_CUR_CELL = ["令和6年2月末日時点", *colon_lines(KOKUHO_CUR), "前年同期比 0.38ポイント増", "・電話催告 1,204件（1,100件）"]
KOKUHO_ARR_CELL = ["令和6年2月末日時点", *colon_lines(KOKUHO_ARR), "・差押え 312件（287件）"]
KAIGO = ["現年度分（令和6年1月31日現在）", *prev_lines(KAIGO_CUR), "滞納繰越分（令和6年1月31日現在）", *prev_lines(KAIGO_ARR),
         "・財産調査 786件(701件)"]
JUTAKU = ["・連帯保証人への催告 152件(140件)", "・分納誓約 88件(71件)", "・明渡請求訴訟 3件(2件)"]

POLICY_DEBTS = ["国民健康保険料", "介護保険料", "市営住宅使用料", "水道料金"]
ACTUAL_LABEL = "令和5年度実績\n()内は数値目標"
TARGET_LABEL = "令和6年度数値目標\n※【】は政令市順位"
ITEMS_LABEL = "数値目標の達成に向けた取組"
CUR, ARR, TOT = "現年度分収納率", "滞納繰越分収納率", "合計収納率"
ACTUAL = {
    "国民健康保険料": [(CUR, "94.12%", "94.50%"), (ARR, "20.33%", "21.00%"), (TOT, "87.21%", "88.00%")],
    "介護保険料": [(CUR, "99.41%", "99.40%"), (ARR, "21.70%", "22.00%"), (TOT, "98.83%", "98.90%")],
    "市営住宅使用料": [(CUR, "98.40%", "98.50%"), (ARR, "12.10%", "－"), (TOT, "90.02%", "90.50%")],
    "水道料金": [(CUR, "99.68%", "99.70%"), (ARR, "35.12%", "34.00%"), (TOT, "99.10%", "99.05%")],
}
TARGET = {
    "国民健康保険料": ([(CUR, "94.60%"), (ARR, "21.50%"), (TOT, "88.10%")], "【令和4年度:9位】"),
    "介護保険料": ([(CUR, "99.45%"), (ARR, "22.50%"), (TOT, "98.90%")], "【令和4年度:11位】"),
    "市営住宅使用料": ([(CUR, "98.60%"), (ARR, "13.00%"), (TOT, "90.60%")], "【令和4年度:－】"),
    "水道料金": ([(CUR, "99.70%"), (ARR, "35.50%"), (TOT, "99.12%")], "【令和4年度:12位】"),
}
POLICY = {
    "国民健康保険料": "口座振替の推進と滞納処分の強化により、収納率の向上を図る。",
    "介護保険料": "初期滞納者への早期対応により、滞納の長期化を防ぐ。",
    "市営住宅使用料": "滞納初期の面談と法的措置の着実な実施を図る。",
    "水道料金": "給水停止とSMS催告により、現年度分の収納率を維持する。",
}
# items: (printed lines, [(label path, text, status)]) per debt; text without label and tag
ITEMS = {
    "国民健康保険料": (["(1)口座振替の推進", "①Web口座振替受付サービスの案内を納入通知書に同封する。【継続】",
                 "②窓口での口座振替勧奨を徹底する。【継続】", "(2)滞納処分の強化",
                 "給与・預金等の財産調査を早期に行い、差押えを実施する。【拡充】", "(3)SMS催告の実施",
                 "現年度分の初期滞納者にSMSによる催告を行う。【新規】"],
                [("(1)①", "Web口座振替受付サービスの案内を納入通知書に同封する。", "継続"),
                 ("(1)②", "窓口での口座振替勧奨を徹底する。", "継続"),
                 ("(2)", "滞納処分の強化給与・預金等の財産調査を早期に行い、差押えを実施する。", "拡充"),
                 ("(3)", "SMS催告の実施現年度分の初期滞納者にSMSによる催告を行う。", "新規")]),
    "介護保険料": (["①納期限後の早期督促・催告を徹底する。【継続】", "②長期滞納者に対する財産調査を年2回実施する。【継続】",
               "③普通徴収から特別徴収への切替えを確実に行う。【継続】", "④コンビニ納付の周知を強化する。【拡充】"],
              [("①", "納期限後の早期督促・催告を徹底する。", "継続"), ("②", "長期滞納者に対する財産調査を年2回実施する。", "継続"),
               ("③", "普通徴収から特別徴収への切替えを確実に行う。", "継続"), ("④", "コンビニ納付の周知を強化する。", "拡充")]),
    "市営住宅使用料": (["・滞納2か月の入居者との面談を徹底する。【継続】", "・連帯保証人への請求を早期に行う。【継続】",
                 "・長期滞納者に対し明渡請求訴訟を提起する。【拡充】", "・口座振替の利用を入居時に勧奨する。【新規】"],
                [(None, "滞納2か月の入居者との面談を徹底する。", "継続"), (None, "連帯保証人への請求を早期に行う。", "継続"),
                 (None, "長期滞納者に対し明渡請求訴訟を提起する。", "拡充"), (None, "口座振替の利用を入居時に勧奨する。", "新規")]),
    "水道料金": (["(1)給水停止の実施", "ア 納期限後60日を経過した滞納者に給水停止予告を行う。【継続】",
              "イ 給水停止後の納付状況を確認し、再催告する。【継続】", "(2)SMS催告による初期滞納者の早期解消を図る。【継続】"],
             [("(1)ア", "納期限後60日を経過した滞納者に給水停止予告を行う。", "継続"),
              ("(1)イ", "給水停止後の納付状況を確認し、再催告する。", "継続"),
              ("(2)", "SMS催告による初期滞納者の早期解消を図る。", "継続")]),
}


def cover(wb: Workbook) -> None:
    """Page 1: title, date and 次第."""
    w = SheetWriter(wb.create_sheet("次第"), [6, 70, 18], size=11)
    w.put(2, 1, TITLE, colspan=3, border=False, bold=True, size=16, align="center")
    w.put(4, 2, DATE_RAW, colspan=2, border=False, align="right")
    w.put(6, 1, "次　第", colspan=3, border=False, bold=True, size=14, align="center")
    for k, line in enumerate(("1 【報告】令和5年度 主要債権の収入未済額縮減に向けた取組 … 資料1",
                              "2 【議題】令和6年度 主要債権の管理に関する取組方針 … 資料2")):
        w.put(8 + k, 2, line, border=False)
    w.finish(landscape=False)


def boxes(wb: Workbook) -> None:
    """Page 2: 参考 — the two summary boxes."""
    w = SheetWriter(wb.create_sheet("参考"), [50, 6, 50], size=12)
    w.put(1, 1, "【参考】東駿市の収入未済額及び徴収率の推移", colspan=3, border=False, bold=True, size=14)
    for k, (head, lines) in enumerate(BOXES):
        w.put(3, 1 + 2 * k, head, bold=True, align="center")
        w.put(4, 1 + 2 * k, "\n".join(lines))
    w.finish(landscape=True)


WIDTHS = [10, 22, 12, 18, 10, 18, 24, 24]
CAMPAIGN_HEAD = "1. 令和5年度 滞納整理強化期間の実施状況"
HEARING_HEAD = "2. 令和5年度 債権管理ヒアリングにおける課題と取組状況"


def _header(w: SheetWriter, cells: list[str]) -> None:
    for k, text in enumerate(cells):
        w.put(1, 1 + k, text, bold=k % 2 == 0, size=9, valign="center")


def _hearing(w: SheetWriter, row: int) -> None:
    w.put(row, 1, HEARING_HEAD, colspan=8, border=False, bold=True, size=10)
    w.put(row + 1, 1, "ヒアリングの結果抽出された課題等", colspan=2, bold=True)
    w.put(row + 1, 3, "①初期滞納者への早期の接触を強化すること。", colspan=6)
    w.put(row + 2, 1, "課題に対する改善点や取組状況", colspan=2, bold=True)
    w.put(row + 2, 3, "①納期限後20日以内の電話催告を実施した。", colspan=6)


def sheet_split(wb: Workbook) -> None:
    """Page 3: 国民健康保険料 — the 実績 column split into 現年分 / 滞納繰越分 sub-columns."""
    w = SheetWriter(wb.create_sheet("個票1"), WIDTHS, size=8)
    _header(w, ["債権名", "国民健康保険料", "所管部局", "保健福祉局", "担当課", "保険年金課", "債権区分", "B(強制徴収公債権)"])
    w.blank(2)
    w.put(3, 1, CAMPAIGN_HEAD, colspan=8, border=False, bold=True, size=10)
    w.put(4, 1, "実施期間", rowspan=2, colspan=2, bold=True, align="center")
    w.put(4, 3, "取組内容", colspan=4, bold=True, align="center")
    w.put(4, 7, "実績又は効果 ()内は前年度同期", colspan=2, bold=True, align="center")
    for col, span, text in ((3, 2, "現年分"), (5, 2, "滞納繰越分"), (7, 1, "現年分"), (8, 1, "滞納繰越分")):
        w.put(5, col, text, colspan=span, bold=True, align="center")
    w.put(6, 1, "令和5年11月1日～令和6年1月31日", colspan=2)
    w.put(6, 3, "・夜間電話催告 24回\n・休日納付相談 2回", colspan=2)
    w.put(6, 5, "・財産調査の集中実施\n・給与差押えの実施", colspan=2)
    w.put(6, 7, "\n".join(KOKUHO_CUR_CELL))
    w.put(6, 8, "\n".join(KOKUHO_ARR_CELL))
    w.blank(7)
    _hearing(w, 8)
    w.finish(landscape=True, header_right="資料1")


def sheet_single(wb: Workbook, n: int, cells: list[str], effect: list[str]) -> None:
    """Pages 4-5: a 個票 with one 実績又は効果 column."""
    w = SheetWriter(wb.create_sheet(f"個票{n}"), WIDTHS, size=8)
    _header(w, cells)
    w.blank(2)
    w.put(3, 1, CAMPAIGN_HEAD, colspan=8, border=False, bold=True, size=10)
    w.put(4, 1, "実施期間", rowspan=2, colspan=2, bold=True, align="center")
    w.put(4, 3, "取組内容", colspan=4, bold=True, align="center")
    w.put(4, 7, "実績又は効果 ()内は前年度実績", rowspan=2, colspan=2, bold=True, align="center")
    w.put(5, 3, "現年分", colspan=2, bold=True, align="center")
    w.put(5, 5, "滞納繰越分", colspan=2, bold=True, align="center")
    w.put(6, 1, "令和5年10月～12月", colspan=2)
    w.put(6, 3, "・全滞納者への一斉文書催告 2回", colspan=2)
    w.put(6, 5, "・臨戸催告 20日間", colspan=2)
    w.put(6, 7, "\n".join(effect), colspan=2)
    w.blank(7)
    _hearing(w, 8)
    w.finish(landscape=True, header_right="資料1")


def policy(wb: Workbook) -> None:
    """Page 6: the 取組方針 table, four debts side by side."""
    w = SheetWriter(wb.create_sheet("取組方針"), [16] + [36] * len(POLICY_DEBTS), size=8)
    w.put(1, 1, "債権名", bold=True, align="center")
    for k, d in enumerate(POLICY_DEBTS):
        col = 2 + k
        w.put(1, col, d, bold=True, align="center")
        w.put(2, col, "\n".join(f"{a} {b}({c})" for a, b, c in ACTUAL[d]))
        rates, rank = TARGET[d]
        w.put(3, col, "\n".join(f"{a} {b}" for a, b in rates) + rank)
        w.put(4, col, POLICY[d])
        w.put(5, col, "\n".join(ITEMS[d][0]))
    for r, label in enumerate((ACTUAL_LABEL, TARGET_LABEL, "取組方針", ITEMS_LABEL), start=2):
        w.put(r, 1, label, valign="center")
    w.finish(landscape=True, header_right="資料2")


def workbook() -> Workbook:
    """The whole material, one sheet per page."""
    wb = Workbook()
    wb.remove(wb.active)
    cover(wb)
    boxes(wb)
    sheet_split(wb)
    sheet_single(wb, 2, ["債権名", "介護保険料", "所属", "保健福祉局", "総括課", "介護保険課", "債権区分", "B(強制徴収公債権)"],
                 KAIGO)
    sheet_single(wb, 3, ["債権名", "市営住宅使用料", "所属", "都市局", "総括課", "住宅政策課", "債権区分", "D(私債権)"], JUTAKU)
    policy(wb)
    return wb


def gold(pdf: Path) -> Builder:
    """Gold facts and items from the data above."""
    b = Builder([], [])
    for head, lines in BOXES:
        met = "collection_rate" if head == "徴収率" else "outstanding"
        b.fact(None, 2023, "total", met, "actual", lines[0].split("：")[1], 2, fy_raw="令和5年度")
    for debt, seg, figures, dates, page in (
            ("国民健康保険料", "current", KOKUHO_CUR, ("2024-02-29", "2023-02-28"), 3),
            ("国民健康保険料", "arrears", KOKUHO_ARR, ("2024-02-29", "2023-02-28"), 3),
            ("介護保険料", "current", KAIGO_CUR, ("2024-01-31", "2023-01-31"), 4),
            ("介護保険料", "arrears", KAIGO_ARR, ("2024-01-31", "2023-01-31"), 4)):
        b.interim(debt, 2023, seg, figures, dates, page)
    for d in POLICY_DEBTS:
        b.rates(d, ACTUAL[d], PLAN_YEAR - 1, "actual", 6)
        b.rates(d, [(a, v, None) for a, v in TARGET[d][0]], PLAN_YEAR, "target", 6)
        b.rank(d, TARGET[d][1], 6)
        for label, text, status in ITEMS[d][1]:
            b.item(d, PLAN_YEAR, ITEMS_LABEL, label, text, status, 6)
    return b
