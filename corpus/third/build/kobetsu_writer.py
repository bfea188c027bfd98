"""Third-set material B: 令和7年度 第3回 西遠市債権管理委員会 (fictional), a .docx converted by LibreOffice Writer.

The January meeting of the series: no summary boxes; 個票 whose 強化期間 table has one row per 区分
(現年分 / 滞納繰越分 in a label column, a year-less `令和7年度（12月末時点）` heading in the cell) or 現年分/滞繰分
prefixes inside the figure lines (`・現年分収納率 96.41％（96.06％）`); a 取組方針 table with a second label column
(the 実績見込 and 目標 rows split into 現年度分 / 滞納繰越分 / 合計 sub-rows whose cells hold bare rates), a
収入未済額 target in 千円, items tagged after their label (`(1)【継続】…`), with 〔継続〕 brackets, or with a
leading tag and no label, and an items row long enough to break onto the next page (header row repeated).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document as Docx
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from corpus.second.build.kobetsu import _cell, _field, _font, _para, _repeat_header
from corpus.third.build.kobetsu_gold import Builder, page_texts, page_of

STEM = "saien_kobetsu_r7_3"
TITLE = "令和7年度 第3回西遠市債権管理委員会"
DATE_RAW = "令和8年1月28日（水）"
DATE = "2026-01-28"
MUNICIPALITY = "西遠市"
PLAN_YEAR = 2026

Figure = tuple[str, str, str]
KOUKI_ROWS: list[tuple[str, str, list[Figure]]] = [
    ("現年分", "・督促状 毎月\n・一斉文書催告 1回（11月）",
     [("調定額", "2,345,678千円", "2,298,765千円"), ("収納額", "2,101,234千円", "2,050,321千円"),
      ("収納率", "89.58％", "89.19％")]),
    ("滞納繰越分", "・財産調査 420件\n・滞納処分 8件",
     [("収納額", "21,345千円", "19,876千円"), ("収納率", "30.12％", "28.44％")]),
]
HOIKU: list[tuple[str, Figure]] = [("現年分", ("収納率", "96.41％", "96.06％")), ("滞繰分", ("収納率", "18.20％", "15.75％"))]

DEBTS = ["後期高齢者医療保険料", "保育所保育料", "奨学金貸付金"]
SUBS = ["現年度分", "滞納繰越分", "合計"]
ESTIMATE_LABEL = "令和7年度実績見込\n（　）内は目標"
TARGET_LABEL = "令和8年度目標\n【】は政令市順位"
OUTSTANDING_LABEL = "令和8年度収入未済額目標"
ITEMS_LABEL = "具体的な取組"
ESTIMATE = {"後期高齢者医療保険料": [("99.30％", "99.35％"), ("41.20％", "40.00％"), ("98.81％", "98.80％")],
            "保育所保育料": [("98.52％", "98.60％"), ("19.85％", "－"), ("94.77％", "95.00％")],
            "奨学金貸付金": [("97.00％", "97.50％"), ("12.00％", "12.50％"), ("60.10％", "61.00％")]}
TARGET = {"後期高齢者医療保険料": (["99.36％", "41.50％", "98.85％"], "【令和6年度:5位】"),
          "保育所保育料": (["98.70％", "21.00％", "95.10％"], ""),
          "奨学金貸付金": (["97.60％", "12.80％", "61.20％"], "")}
OUTSTANDING = {"後期高齢者医療保険料": "－", "保育所保育料": "－", "奨学金貸付金": "38,500千円"}
POLICY = {"後期高齢者医療保険料": "初期滞納者への早期対応と納付環境の充実を図る。",
          "保育所保育料": "児童手当からの申出徴収を推進し、滞納の発生を防ぐ。",
          "奨学金貸付金": "返還指導の徹底と長期滞納の解消を図る。"}
NOTE = "（参考）各取組の進捗は四半期ごとに委員会へ報告し、必要に応じて見直す。"
# (printed lines, [(label path, text, status)]); text without label and tag
ITEMS = {
    "後期高齢者医療保険料": (
        ["(1)【継続】督促状発送後、早期に文書催告を行う。", "(2)【継続】高額滞納者への臨戸訪問を実施する。",
         "(3)【新規】令和9年1月からコンビニ納付・キャッシュレス決済を導入し、納付機会を拡大する。"],
        [("(1)", "督促状発送後、早期に文書催告を行う。", "継続"), ("(2)", "高額滞納者への臨戸訪問を実施する。", "継続"),
         ("(3)", "令和9年1月からコンビニ納付・キャッシュレス決済を導入し、納付機会を拡大する。", "新規")]),
    "保育所保育料": (
        ["①児童手当からの申出徴収を入園説明会で案内する。〔継続〕", "②納期限後20日以内に電話催告を行う。〔継続〕",
         "③スマートフォン決済による納付を導入する。〔新規〕"],
        [("①", "児童手当からの申出徴収を入園説明会で案内する。", "継続"), ("②", "納期限後20日以内に電話催告を行う。", "継続"),
         ("③", "スマートフォン決済による納付を導入する。", "新規")]),
    "奨学金貸付金": (
        ["【継続】返還開始前の説明会で、口座振替による返還を案内する。", *[NOTE] * 18,
         "【拡充】長期滞納者については連帯保証人への請求を早期に行い、応じない場合は支払督促を申し立てる。",
         "【新規】返還猶予制度の周知を強化し、返還困難者からの相談に早期に応じる。"],
        [(None, "返還開始前の説明会で、口座振替による返還を案内する。", "継続"),
         (None, "長期滞納者については連帯保証人への請求を早期に行い、応じない場合は支払督促を申し立てる。", "拡充"),
         (None, "返還猶予制度の周知を強化し、返還困難者からの相談に早期に応じる。", "新規")]),
}


def _landscape(doc: Docx) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(15))
    _font(sec.header.paragraphs[0].add_run("西遠市債権管理委員会"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    _field(fp, "PAGE")


def _row(table: object, r: int, texts: list[str], size: float = 8) -> None:
    for k, text in enumerate(texts):
        _cell(table.rows[r].cells[k], text, size, bold=False)  # type: ignore[attr-defined]


def _sheet_header(doc: Docx, cells: list[str]) -> None:
    _para(doc, "資料1　取組個票", 10, True, page_break=True)
    t = doc.add_table(rows=1, cols=len(cells))
    t.style = "Table Grid"
    for k, text in enumerate(cells):
        _cell(t.rows[0].cells[k], text, 9, bold=k % 2 == 0)
    _para(doc, "1. 令和7年度 滞納整理強化期間の実施状況", 10, True)


def figure_lines(figures: list[Figure], sep: str = "　") -> list[str]:
    """`・調定額　2,345,678千円（2,298,765千円）` lines."""
    return [f"・{a}{sep}{b}（{c}）" for a, b, c in figures]


def sheets(doc: Docx) -> None:
    """Pages 2-3: two 個票."""
    _sheet_header(doc, ["債権名", "後期高齢者医療保険料", "所管課", "保険年金課", "債権区分", "B（強制徴収公債権）"])
    t = doc.add_table(rows=1 + len(KOUKI_ROWS), cols=4)
    t.style = "Table Grid"
    _row(t, 0, ["区分", "実施期間", "取組内容", "実績又は効果（　）内は前年度同期"], 9)
    for r, (seg, content, figures) in enumerate(KOUKI_ROWS, start=1):
        _row(t, r, [seg, "令和7年10月1日～12月26日", content,
                    "\n".join(["令和7年度（12月末時点）", *figure_lines(figures)])])
    _sheet_header(doc, ["債権名", "保育所保育料", "所属", "こども未来局", "総括課", "保育課", "債権区分", "B（強制徴収公債権）"])
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    _row(t, 0, ["実施期間", "取組内容", "実績又は効果（　）内は前年度同期"], 9)
    effect = ["令和7年12月末現在", *(f"・{seg}{a} {b}（{c}）" for seg, (a, b, c) in HOIKU), "・申出徴収 45件（38件）"]
    _row(t, 1, ["令和7年11月", "・電話催告（夜間2回）\n・児童手当からの申出徴収の勧奨", "\n".join(effect)])


def policy(doc: Docx) -> None:
    """Pages 4-5: the 取組方針 table with a second label column; the items row breaks onto page 5."""
    _para(doc, "資料2　令和8年度 主要債権の管理に関する取組方針", 10, True, page_break=True)
    n = 2 + len(DEBTS)
    t = doc.add_table(rows=10, cols=n)
    t.style = "Table Grid"
    _repeat_header(t.rows[0])
    _cell(t.cell(0, 0).merge(t.cell(0, 1)), "債権名", 9, True)
    for k, d in enumerate(DEBTS):
        col = 2 + k
        _cell(t.cell(0, col), d, 9, True)
        for j in range(3):
            est, paren = ESTIMATE[d][j]
            _cell(t.cell(1 + j, col), f"{est}（{paren}）")
            rates, rank = TARGET[d]
            _cell(t.cell(4 + j, col), rates[j] + (rank if j == 2 else ""))
        _cell(t.cell(7, col), OUTSTANDING[d])
        _cell(t.cell(8, col), POLICY[d])
        _cell(t.cell(9, col), "\n".join(ITEMS[d][0]))
    for top, label in ((1, ESTIMATE_LABEL), (4, TARGET_LABEL)):
        _cell(t.cell(top, 0).merge(t.cell(top + 2, 0)), label, 8, True)
        for j, sub in enumerate(SUBS):
            _cell(t.cell(top + j, 1), sub, 8, True)
    for r, label in ((7, OUTSTANDING_LABEL), (8, "取組方針"), (9, ITEMS_LABEL)):
        _cell(t.cell(r, 0).merge(t.cell(r, 1)), label, 8, True)


def build(path: Path) -> None:
    """Write the Word document."""
    doc = Docx()
    _landscape(doc)
    _para(doc, TITLE, 18, True)
    _para(doc, DATE_RAW, 12)
    _para(doc, "次　第", 14, True)
    for line in ("1 令和7年度 滞納整理強化期間の実施状況（資料1）", "2 令和8年度 主要債権の管理に関する取組方針（資料2）"):
        _para(doc, line, 12)
    sheets(doc)
    policy(doc)
    doc.save(str(path))


def gold(pdf: Path) -> Builder:
    """Gold facts and items; the policy page is where the table starts, item pages are looked up in the PDF."""
    texts = page_texts(pdf)
    b = Builder([], [])
    for seg, _content, figures in KOUKI_ROWS:
        b.interim("後期高齢者医療保険料", 2025, "current" if seg == "現年分" else "arrears", figures,
                  ("2025-12-31", "2024-12-31"), 2)
    for seg, fig in HOIKU:
        b.interim("保育所保育料", 2025, "current" if seg == "現年分" else "arrears", [fig], ("2025-12-31", "2024-12-31"), 3)
    page = page_of(texts, ITEMS_LABEL)
    for d in DEBTS:
        b.rates(d, [(f"{s}収納率", v, p) for s, (v, p) in zip(SUBS, ESTIMATE[d])], PLAN_YEAR - 1, "estimate", page)
        b.rates(d, [(f"{s}収納率", v, None) for s, v in zip(SUBS, TARGET[d][0])], PLAN_YEAR, "target", page)
        b.rank(d, TARGET[d][1], page)
        if OUTSTANDING[d] != "－":
            b.fact(d, PLAN_YEAR, "total", "outstanding", "target", OUTSTANDING[d], page)
        for label, text, status in ITEMS[d][1]:
            b.item(d, PLAN_YEAR, ITEMS_LABEL, label, text, status, page_of(texts, text, page))
    return b
