"""Build the blind 債権管理重点プラン (令和６～７年度) PDF and its hand-written gold.

    python corpus/blind/build/kaikei.py

Makes corpus/blind/pdf/setagaya_plan_r6_7_kaikei.pdf the way the office would: a Word file (python-docx)
with ruled tables, merged header and group cells, wrapped names, page breaks, a running header and a page
number, converted by LibreOffice. The gold (corpus/blind/gold/<stem>.json) is written from the same
figures in kaikei_data.py following ../shared/spec/records.md (`tables`: the account table only); conventions
chosen where the spec is silent:
- a 収入未済額 printed for a whole account or debt with no 現年/滞繰 split is segment "total";
- the grand-total row (合計) of the account and breakdown tables has debt null (city-wide);
- debt is the dictionary name where the print is an alias (保育園保育料 → 保育料), else the print;
- 目標 rows 収入額 / 収入未済額 are basis "target" (collected / outstanding), segment "total";
- 滞納者数 is segment "total" (the note says it sums current and arrears);
- 取組 items of 「４ 今後の取組み」 and of each 個票's 「目標実現に向けた取組み」 are initiatives;
  the past 実績 and 課題 lists are not.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf
from docx import Document as Docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from corpus.build.office import to_pdf  # noqa: E402
from kaikei_data import (  # noqa: E402
    ACCOUNT_PRIOR_SEN, ACCOUNT_YEARS, BREAKDOWN, BREAKDOWN_YEAR, CANONICAL, FUTURE, HISTORY_YEARS,
    PLAN_YEARS, SHEETS, Ledger, Sheet,
)

STEM = "setagaya_plan_r6_7_kaikei"
PDF_OUT = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
GOLD_OUT = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
TITLE = "世田谷区債権管理重点プラン（令和６～７年度）"
FONT = "IPAexMincho"
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")
ERA_DIGITS = {2020: "２", 2021: "３", 2022: "４", 2023: "５", 2024: "６", 2025: "７"}

# ---------------------------------------------------------------------------------------------- numbers


def half_up(x: Decimal, places: str = "1") -> Decimal:
    """Round half up to the given quantum ('1', '0.01')."""
    return x.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def sen(yen: int) -> int:
    """Yen to 千円 as printed (四捨五入)."""
    return int(half_up(Decimal(yen) / 1000))


def rate(collected: int, assessed: int) -> Decimal:
    """収納率 in percent, two decimals."""
    return half_up(Decimal(collected) * 100 / Decimal(assessed), "0.01")


def comma(n: int) -> str:
    """1234567 → '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def nendo(year: int, western: bool = False) -> str:
    """2022 → '令和４年度' (with '(2022年度)' when western)."""
    text = f"令和{ERA_DIGITS[year]}年度"
    return text + (f"({year}年度)" if western else "")


def total(sheet: Sheet, year: int) -> Ledger:
    """現年分 + 滞納繰越分 of one year."""
    cur, arr = sheet.history[year]
    return Ledger(cur.assessed + arr.assessed, cur.collected + arr.collected, cur.written_off + arr.written_off)


def breakdown_rows() -> list[tuple[str, str, str, str, int]]:
    """BREAKDOWN with each sheet debt's 収入未済額 filled in from its history."""
    by_name = {s.debt: s for s in SHEETS}
    return [(a, k, c, n, v if isinstance(v, int) else total(by_name[v], BREAKDOWN_YEAR).outstanding)
            for a, k, c, n, v in BREAKDOWN]


def account_sen() -> dict[str, dict[int, int]]:
    """収入未済額 by account and year in 千円: the prior year as printed, the breakdown year summed."""
    out: dict[str, dict[int, int]] = {a: {ACCOUNT_YEARS[0]: v} for a, v in ACCOUNT_PRIOR_SEN.items()}
    for account, _, _, _, yen in breakdown_rows():
        out[account][BREAKDOWN_YEAR] = out[account].get(BREAKDOWN_YEAR, 0) + yen
    for account in out:
        out[account][BREAKDOWN_YEAR] = sen(out[account][BREAKDOWN_YEAR])
    return out


def oku(yen: int) -> int:
    """Yen to whole 億円 (四捨五入)."""
    return int(half_up(Decimal(yen) / 100_000_000))


# ---------------------------------------------------------------------------------------------- docx


def set_font(run_or_style: object, size: float | None = None, bold: bool = False) -> None:
    """Mincho for Latin and East Asian text."""
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = FONT
    if size:
        font.size = Pt(size)
    font.bold = bold or None
    rpr = run_or_style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def para(doc: Docx, text: str, size: float = 10.5, bold: bool = False, align: int | None = None,
         indent_mm: float = 0, first_mm: float = 0) -> None:
    """One paragraph of prose."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.first_line_indent = Mm(first_mm)
    p.paragraph_format.space_after = Pt(2)
    set_font(p.add_run(text), size, bold)


def cell_text(cell: _Cell, text: str, align: int = WD_ALIGN_PARAGRAPH.LEFT, size: float = 9,
              bold: bool = False) -> None:
    """Write `text` into a cell (one paragraph per '\n')."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), size, bold)


def repeat_header(table: Table) -> None:
    """Mark the first row as a header repeated on each page, and keep every row whole on one page."""
    for i, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        for tag in ("w:cantSplit", "w:tblHeader")[: 2 if i == 0 else 1]:
            el = OxmlElement(tag)
            el.set(qn("w:val"), "true")
            trpr.append(el)


def grid(doc: Docx, rows: int, widths_mm: list[float]) -> Table:
    """A ruled table with fixed column widths."""
    t = doc.add_table(rows=rows, cols=len(widths_mm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths_mm):
        col.width = Mm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)
    return t


def merge_runs(t: Table, col: int, keys: list[tuple[str, ...]], first_row: int, size: float = 9) -> None:
    """Merge vertically the cells of column `col` whose group keys repeat, writing the key's last part once."""
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            top = t.cell(first_row + start, col)
            if i - 1 > start:
                top = top.merge(t.cell(first_row + i - 1, col))
            cell_text(top, keys[start][-1], size=size)
            start = i


def page_number_footer(section: object) -> None:
    """Centered '－ n －' footer with a PAGE field."""
    p = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("－ "), 9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" －"), 9)


def cover(doc: Docx) -> None:
    """Cover page: title, date and issuer."""
    for _ in range(8):
        para(doc, "")
    para(doc, "世田谷区債権管理重点プラン", 22, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（令和６～７年度）", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(12):
        para(doc, "")
    para(doc, "令和６年３月", 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "世　田　谷　区", 14, False, WD_ALIGN_PARAGRAPH.CENTER)


def body_section(doc: Docx) -> None:
    """A new section after the cover with the running header and page numbers."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(TITLE), 8)
    page_number_footer(sec)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    sec._sectPr.append(pg)


def intro(doc: Docx) -> None:
    """Section 1 with the account table (収入未済額 by 会計, two years and the difference)."""
    para(doc, "１　区民負担の公平性・公正性の確保のために", 12, True)
    for text in [
        "区は、特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済がある状況を踏まえ、"
        "「世田谷区債権管理重点プラン」を策定し、令和４～５年度（２０２２～２０２３年度）の２か年にわたり、"
        "収納率の向上と収入未済額の縮減に取り組んできた。",
        "令和６年度の財政見通しは、物価高騰の影響やふるさと納税による税収減の拡大など、引き続き厳しい状況が"
        "見込まれる。区民負担の公平性、公正性の確保に向けて、新たに令和６～７年度（２０２４～２０２５年度）に"
        "おける債権管理重点プランを策定し、適正な債権管理と収入未済額の縮減に努めていく。",
    ]:
        para(doc, text, first_mm=3.7)
    para(doc, "")
    para(doc, "〔参考〕公法上の債権と私法上の債権", 10.5, True)
    para(doc, "公法上の債権には、特別区民税をはじめとして、国民健康保険料、介護保険料、後期高齢者医療保険料、"
              "保育園保育料等があり、法律に「地方税の滞納処分の例による」旨の規定があるものは、区が自ら強制徴収を"
              "行うことができる（強制徴収公債権）。これに対して、私法上の債権である区営住宅使用料、学校給食費、"
              "各種の貸付金等は、民法等の私法に基づく契約によるものであり、債務者が自ら弁済しない限り、裁判所の"
              "手続きによらなければ強制的に回収することはできない。", 9.5, indent_mm=3.7)
    para(doc, "")
    para(doc, "＜区の債権の状況＞", 10.5, True)
    para(doc, "区の保有する全債権（会計区分別）の収入未済額の推移")
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    acc = account_sen()
    y0, y1 = ACCOUNT_YEARS
    t = grid(doc, len(acc) + 2, [60, 38, 38, 34])
    heads = ["会計区分", f"{nendo(y0)}\n({y0}年度)", f"{nendo(y1)}\n({y1}年度)", "増減"]
    for c, h in enumerate(heads):
        cell_text(t.cell(0, c), h, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    sums = {y0: 0, y1: 0}
    for r, (name, by_year) in enumerate(acc.items(), start=1):
        cell_text(t.cell(r, 0), name)
        for c, y in enumerate((y0, y1), start=1):
            cell_text(t.cell(r, c), comma(by_year[y]), WD_ALIGN_PARAGRAPH.RIGHT)
            sums[y] += by_year[y]
        cell_text(t.cell(r, 3), comma(by_year[y1] - by_year[y0]), WD_ALIGN_PARAGRAPH.RIGHT)
    last = len(acc) + 1
    cell_text(t.cell(last, 0), "合　計", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for c, y in enumerate((y0, y1), start=1):
        cell_text(t.cell(last, c), comma(sums[y]), WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(last, 3), comma(sums[y1] - sums[y0]), WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※表示単位未満を四捨五入しているため、合計が一致しない場合がある。", 8)


def breakdown(doc: Docx) -> None:
    """The 内訳 table by 会計 / 款 / 項 / 債権名, merged group cells, running over a page break."""
    para(doc, "")
    y = BREAKDOWN_YEAR
    para(doc, f"{nendo(y)}（{str(y).translate(ZEN)}年度）　区の保有する全債権の収入未済額内訳", 10.5, True)
    para(doc, "（単位：円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    rows = breakdown_rows()
    t = grid(doc, len(rows) + 2, [26, 30, 30, 48, 36])
    top = t.cell(0, 1).merge(t.cell(0, 2))
    for c, h in [(0, "会計名称"), (3, "債権名"), (4, "収入未済額")]:
        cell_text(t.cell(0, c), h, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    cell_text(top, "款名称等", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    repeat_header(t)
    for col in range(3):
        merge_runs(t, col, [r[: col + 1] for r in rows], 1, size=10)
    for i, (_, _, _, name, yen) in enumerate(rows, start=1):
        cell_text(t.cell(i, 3), name, size=10)
        cell_text(t.cell(i, 4), comma(yen), WD_ALIGN_PARAGRAPH.RIGHT, size=10)
    last = len(rows) + 1
    foot = t.cell(last, 0).merge(t.cell(last, 3))
    cell_text(foot, "合　　計", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    cell_text(t.cell(last, 4), comma(sum(r[4] for r in rows)), WD_ALIGN_PARAGRAPH.RIGHT, bold=True)


def review(doc: Docx) -> None:
    """Sections 2–4: evaluation, purpose, future 取組 (labelled ① items, some tagged)."""
    doc.add_page_break()
    acc = account_sen()
    now = sum(v[BREAKDOWN_YEAR] for v in acc.values()) * 1000
    para(doc, "２　これまでの取組みにおける実績評価と課題", 12, True)
    para(doc, f"令和４年度（２０２２年度）の区の保有する全債権にかかる収入未済額は約{str(oku(now)).translate(ZEN)}"
              "億円であった。前期プラン策定時の約１３９億円（平成２８年度（２０１６年度））と比較すると約"
              f"{str(139 - oku(now)).translate(ZEN)}億円の減となっており、前期プランの取組みが一定の成果を上げたものと"
              "評価できる。", first_mm=3.7)
    para(doc, "（１）実績", 10.5, True)
    for i, text in enumerate([
        "電話催告センター及びＳＭＳ催告を活用し、滞納初期の段階で納付を促した。",
        "預貯金照会電子化サービスを導入し、財産調査の効率化を図った。",
        "弁護士への委任により、私法上の債権の整理・回収を進めた。",
    ]):
        para(doc, f"{'①②③④'[i]}　{text}", indent_mm=3.7)
    para(doc, "（２）課題", 10.5, True)
    para(doc, "①　標準準拠システムへの移行に伴い、収納・滞納整理事務の見直しが必要である。", indent_mm=3.7)
    para(doc, "")
    para(doc, "３　プランの目的と考え方", 12, True)
    para(doc, "持続可能で強固な財政基盤を構築していくため、収納率の向上及び収入未済額の縮減を図ることを目的とし、"
              "債権管理重点プラン（令和６～７年度）を策定する。各債権において目標収納率を掲げ、目標設定の根拠を"
              "明確に示す。", first_mm=3.7)
    para(doc, "")
    para(doc, "４　今後の取組み", 12, True)
    for heading, items in FUTURE:
        para(doc, heading, 10.5, True)
        for i, (status, text) in enumerate(items):
            tag = f"【{status}】" if status else ""
            para(doc, f"{'①②③④'[i]}　{tag}{text}", indent_mm=7.4, first_mm=-3.7)


def sheet_page(doc: Docx, sheet: Sheet) -> None:
    """One 個票: history table (merged segment cells), explanation, targets table, 取組 list."""
    doc.add_page_break()
    para(doc, f"{sheet.number}{sheet.debt}", 12, True)
    para(doc, f"所管課：{sheet.department}　　債権の区分：{sheet.debt_class}", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "■収納の現況（推移）", 10.5, True)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    years = HISTORY_YEARS
    t = grid(doc, 1 + 15 + 1, [24, 30, 38, 38, 38])
    head = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(head, "区　分", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for c, y in enumerate(years, start=2):
        cell_text(t.cell(0, c), f"{nendo(y)}\n（決算）", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    labels = ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    for g, seg in enumerate(["現年分", "滞納繰越分", "合　計"]):
        first = 1 + g * 5
        cell_text(t.cell(first, 0).merge(t.cell(first + 4, 0)), seg, WD_ALIGN_PARAGRAPH.CENTER)
        for k, label in enumerate(labels):
            cell_text(t.cell(first + k, 1), label)
            for c, y in enumerate(years, start=2):
                cell_text(t.cell(first + k, c), _history_cell(sheet, y, g, k), WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(16, 0).merge(t.cell(16, 1)), "滞納者数（人）")
    for c, y in enumerate(years, start=2):
        cell_text(t.cell(16, c), comma(sheet.delinquents[y]), WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "■収納状況に関する説明", 10.5, True)
    cur = sheet.history[BREAKDOWN_YEAR][0]
    para(doc, f"令和４年度の現年分の収納率は{str(rate(cur.collected, cur.assessed)).translate(ZEN)}％であった。"
              + sheet.explanation, first_mm=3.7)
    para(doc, "■目標", 10.5, True)
    targets_table(doc, sheet)
    para(doc, "■目標設定に関する説明", 10.5, True)
    para(doc, sheet.target_note, first_mm=3.7)
    para(doc, "■目標実現に向けた取組み", 10.5, True)
    for i, (status, text) in enumerate(sheet.items):
        tag = f"【{status}】" if status else ""
        para(doc, f"{'①②③④'[i]}　{tag}{text}", indent_mm=3.7, first_mm=-3.7)


def _history_cell(sheet: Sheet, year: int, group: int, k: int) -> str:
    """The printed text of history row k (調定額…収納率) of segment group 0/1/2."""
    ledger = sheet.history[year][group] if group < 2 else total(sheet, year)
    if k == 4:
        return f"{rate(ledger.collected, ledger.assessed)}%"
    yen = [ledger.assessed, ledger.collected, ledger.written_off, ledger.outstanding][k]
    return comma(sen(yen))


def targets_table(doc: Docx, sheet: Sheet) -> None:
    """目標 table: rates by segment (merged 収納率 cell) and the 収入額 / 収入未済額 in 千円."""
    t = grid(doc, 6, [24, 40, 40, 40])
    cell_text(t.cell(0, 0).merge(t.cell(0, 1)), "区　分", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for c, y in enumerate(PLAN_YEARS, start=2):
        cell_text(t.cell(0, c), f"{nendo(y)}目標", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    cell_text(t.cell(1, 0).merge(t.cell(3, 0)), "収納率", WD_ALIGN_PARAGRAPH.CENTER)
    for r, seg in enumerate(["現年分", "滞納繰越分", "合計"], start=1):
        cell_text(t.cell(r, 1), seg)
    cell_text(t.cell(4, 0).merge(t.cell(4, 1)), "収入額（千円）")
    cell_text(t.cell(5, 0).merge(t.cell(5, 1)), "収入未済額（千円）")
    for c, y in enumerate(PLAN_YEARS, start=2):
        tg = sheet.targets[y]
        for r, v in enumerate([tg.current_rate, tg.arrears_rate, tg.total_rate], start=1):
            cell_text(t.cell(r, c), f"{v:.2f}%", WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(t.cell(4, c), comma(tg.collected_sen), WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(t.cell(5, c), comma(tg.outstanding_sen), WD_ALIGN_PARAGRAPH.RIGHT)


def build_docx(path: Path) -> None:
    """Write the whole plan as a Word file."""
    doc = Docx()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    set_font(doc.styles["Normal"], 10.5)
    cover(doc)
    body_section(doc)
    intro(doc)
    breakdown(doc)
    review(doc)
    para(doc, "")
    para(doc, "５　債権ごとの取組み", 12, True)
    para(doc, "対象とする債権ごとに、収納の現況（推移）、目標及び目標実現に向けた取組みを次ページ以降に示す。"
              "収納率（％表示）＝収入済額÷調定額。収入未済額＝調定額－（収入済額＋不納欠損額）。", first_mm=3.7)
    for sheet in SHEETS:
        sheet_page(doc, sheet)
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------- gold


def page_of(pdf: pymupdf.Document, *needles: str, after: int = 0) -> int:
    """1-based number of the first page from `after` whose text holds every needle."""
    for i in range(after, pdf.page_count):
        text = "".join(pdf[i].get_text().split())
        if all("".join(n.split()) in text for n in needles):
            return i + 1
    raise RuntimeError(f"{needles} not found in the built PDF")


def fact(debt: str | None, debt_raw: str | None, year: int, year_raw: str, segment: str, metric: str,
         basis: str, value: int | float, unit: str, raw: str, page: int, approx: bool = False) -> dict:
    """One gold fact in contract shape."""
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": year, "fiscal_year_raw": year_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": None, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page}


def account_facts(pdf: pymupdf.Document) -> list[dict]:
    """Account table: one outstanding (total, actual) per account and year; the 合計 row city-wide."""
    page = page_of(pdf, "会計区分別")
    acc = account_sen()
    out = []
    for y in ACCOUNT_YEARS:
        raw_year = nendo(y, western=True)
        for name, by_year in acc.items():
            out.append(fact(name, name, y, raw_year, "total", "outstanding", "actual", by_year[y] * 1000, "yen",
                            comma(by_year[y]), page))
        s = sum(v[y] for v in acc.values())
        out.append(fact(None, None, y, raw_year, "total", "outstanding", "actual", s * 1000, "yen", comma(s), page))
    return out


def breakdown_facts(pdf: pymupdf.Document) -> list[dict]:
    """Breakdown table: one outstanding per 債権名 row in yen, and the 合計 row."""
    start = page_of(pdf, "収入未済額内訳")
    raw_year = f"{nendo(BREAKDOWN_YEAR)}（{str(BREAKDOWN_YEAR).translate(ZEN)}年度）"
    rows = breakdown_rows()
    out = []
    for _, _, _, name, yen in rows:
        page = page_of(pdf, comma(yen), after=start - 1)
        out.append(fact(CANONICAL.get(name, name), name, BREAKDOWN_YEAR, raw_year, "total", "outstanding",
                        "actual", yen, "yen", comma(yen), page))
    s = sum(r[4] for r in rows)
    out.append(fact(None, None, BREAKDOWN_YEAR, raw_year, "total", "outstanding", "actual", s, "yen", comma(s),
                    page_of(pdf, comma(s), after=start - 1)))
    return out


def prose_facts(pdf: pymupdf.Document) -> list[dict]:
    """Section 2's 約…億円 statements about the city-wide 収入未済額."""
    now = sum(v[BREAKDOWN_YEAR] for v in account_sen().values()) * 1000
    raw_now = f"約{str(oku(now)).translate(ZEN)}億円"
    page = page_of(pdf, "実績評価と課題")
    return [fact(None, None, BREAKDOWN_YEAR, "令和４年度（２０２２年度）", "total", "outstanding", "actual",
                 oku(now) * 100_000_000, "yen", raw_now, page, approx=True),
            fact(None, None, 2016, "平成２８年度（２０１６年度）", "total", "outstanding", "actual",
                 13_900_000_000, "yen", "約１３９億円", page, approx=True)]


def sheet_facts(pdf: pymupdf.Document, sheet: Sheet) -> list[dict]:
    """A 個票's history (3 segments × 5 metrics × 3 years, delinquents), prose rate and targets."""
    page = page_of(pdf, f"{sheet.number}{sheet.debt}", "収納の現況")
    d, raw_debt = sheet.canonical, sheet.debt
    out = []
    metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    for y in HISTORY_YEARS:
        for g, seg in enumerate(["current", "arrears", "total"]):
            ledger = sheet.history[y][g] if g < 2 else total(sheet, y)
            for k, metric in enumerate(metrics):
                raw = _history_cell(sheet, y, g, k)
                if metric == "collection_rate":
                    out.append(fact(d, raw_debt, y, nendo(y), seg, metric, "actual",
                                    float(rate(ledger.collected, ledger.assessed)), "percent", raw, page))
                else:
                    out.append(fact(d, raw_debt, y, nendo(y), seg, metric, "actual",
                                    int(raw.replace(",", "")) * 1000, "yen", raw, page))
        out.append(fact(d, raw_debt, y, nendo(y), "total", "delinquents", "actual", sheet.delinquents[y],
                        "persons", comma(sheet.delinquents[y]), page))
    cur = sheet.history[BREAKDOWN_YEAR][0]
    r = rate(cur.collected, cur.assessed)
    out.append(fact(d, raw_debt, BREAKDOWN_YEAR, "令和４年度", "current", "collection_rate", "actual", float(r),
                    "percent", f"{str(r).translate(ZEN)}％", page))
    for y in PLAN_YEARS:
        tg = sheet.targets[y]
        raw_year = f"{nendo(y)}目標"
        for seg, v in [("current", tg.current_rate), ("arrears", tg.arrears_rate), ("total", tg.total_rate)]:
            out.append(fact(d, raw_debt, y, raw_year, seg, "collection_rate", "target", v, "percent", f"{v:.2f}%",
                            page))
        out.append(fact(d, raw_debt, y, raw_year, "total", "collected", "target", tg.collected_sen * 1000, "yen",
                        comma(tg.collected_sen), page))
        out.append(fact(d, raw_debt, y, raw_year, "total", "outstanding", "target", tg.outstanding_sen * 1000,
                        "yen", comma(tg.outstanding_sen), page))
    return out


def initiatives(pdf: pymupdf.Document) -> list[dict]:
    """取組 items of 「４ 今後の取組み」 (debt null) and of each 個票."""
    out = []
    page = page_of(pdf, "４今後の取組み")
    for heading, items in FUTURE:
        for i, (status, text) in enumerate(items):
            out.append({"debt": None, "debt_raw": None, "fiscal_year": PLAN_YEARS[0], "section": heading,
                        "label": "①②③④"[i], "text": text, "status": status,
                        "page": page_of(pdf, text[:20], after=page - 1)})
    for sheet in SHEETS:
        page = page_of(pdf, f"{sheet.number}{sheet.debt}", "収納の現況")
        for i, (status, text) in enumerate(sheet.items):
            out.append({"debt": sheet.canonical, "debt_raw": sheet.debt, "fiscal_year": PLAN_YEARS[0],
                        "section": "目標実現に向けた取組み", "label": "①②③④"[i], "text": text,
                        "status": status, "page": page})
    return out


def account_table(pdf: pymupdf.Document) -> dict:
    """The account table as the contract's Table: printed rows folded (saiken.normalize.text.fold), its drawn bbox."""
    from saiken.normalize.text import fold

    page = page_of(pdf, "会計区分別")
    found = [t for t in pdf[page - 1].find_tables().tables if "会計区分" in "".join(t.extract()[0][0] or "")]
    y0, y1 = ACCOUNT_YEARS
    acc = account_sen()
    rows = [["会計区分", f"{nendo(y0)}({y0}年度)", f"{nendo(y1)}({y1}年度)", "増減"]]
    rows += [[name, comma(v[y0]), comma(v[y1]), comma(v[y1] - v[y0])] for name, v in acc.items()]
    sums = [sum(v[y] for v in acc.values()) for y in (y0, y1)]
    rows.append(["合　計", comma(sums[0]), comma(sums[1]), comma(sums[1] - sums[0])])
    return {"page": page, "bbox": list(found[0].bbox), "rows": [[fold(c) for c in r] for r in rows]}


def gold(pdf_path: Path) -> dict:
    """The whole gold document for the built PDF."""
    pdf = pymupdf.open(pdf_path)
    facts = account_facts(pdf) + breakdown_facts(pdf) + prose_facts(pdf)
    for sheet in SHEETS:
        facts += sheet_facts(pdf, sheet)
    return {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                   "pages": pdf.page_count},
        "document": {"kind": "plan", "municipality": "世田谷区", "title": TITLE, "date": "2024-03-01",
                     "date_raw": "令和６年３月"},
        "facts": facts,
        "initiatives": initiatives(pdf),
        "minutes": None,
        "tables": [account_table(pdf)],
        "warnings": [],
    }


def main() -> None:
    """Build the PDF and write the gold beside it."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{STEM}.docx"
        build_docx(src)
        to_pdf(src, PDF_OUT, profile="kaikeiblind")
    data = gold(PDF_OUT)
    from saiken.extract.records import Document

    Document.model_validate(data)
    GOLD_OUT.parent.mkdir(parents=True, exist_ok=True)
    GOLD_OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{PDF_OUT.relative_to(ROOT)}: {data['source']['pages']} pages, {len(data['facts'])} facts, "
          f"{len(data['initiatives'])} initiatives")


if __name__ == "__main__":
    main()
