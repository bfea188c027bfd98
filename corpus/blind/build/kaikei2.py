"""Round-2 blind build: 世田谷区債権管理重点プラン（平成30～33年度） as a Word file converted by LibreOffice.

    python corpus/blind/build/kaikei2.py   # writes corpus/blind/pdf/<STEM>.pdf and corpus/blind/gold/<STEM>.json

The layout follows the series: 会計別収入未済額 (千円, two years), a 債権別内訳 (円) with 会計/款/項目 merged
cells running over a page break, prose with approximate totals, then one 個票 per debt with the 収納の現況
table (区分 merged down the side, 平成 years with full-width digits), the 目標 table (実績 + four target
years under a merged 目標 header) and the tagged 取組 list.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from docx import Document as Docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import kaikei2_data as D  # noqa: E402
from corpus.build.office import to_pdf  # noqa: E402

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")
SEGMENTS = {"現年分": "current", "滞繰分": "arrears", "計": "total"}


def zen(text: str) -> str:
    """Full-width digits, as typed in the office's prose."""
    return text.translate(ZEN)


def heisei(year: int, western: bool = False) -> str:
    """平成 label of a fiscal year with full-width digits (2016 → 平成２８年度)."""
    label = zen(f"平成{year - 1988}年度")
    return f"{label}\n（{year}年度）" if western else label


def yen(v: int) -> str:
    """Thousands-separated number."""
    return f"{v:,}"


# ---------------------------------------------------------------- docx helpers
def set_font(doc) -> None:
    """Mincho 10.5pt body, the usual office default."""
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text: str, bold: bool = False, size: float | None = None, align=None, indent: float = 0):
    """Add one paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break(doc) -> None:
    """Hard page break."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def field_run(par, instr: str) -> None:
    """Insert a simple field (PAGE) into a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def header_footer(doc) -> None:
    """Running header with the plan's name and a centred page number."""
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(20))
    sec.top_margin = sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]
    hp.text = "世田谷区債権管理重点プラン（平成３０～３３年度）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    field_run(fp, "PAGE")
    fp.add_run(" －")


def repeat_header(row) -> None:
    """Mark a table row as header row repeated on each page."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table(doc, rows: list[list[str]], widths: list[float], merges=(), header_rows: int = 1, size: float = 9):
    """A bordered table from text rows; `merges` are (r0, c0, r1, c1) spans; numbers right-aligned."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths[j])
            p = cell.paragraphs[0]
            lines = text.split("\n")
            for k, line in enumerate(lines):
                run = p.add_run(line)
                run.font.size = Pt(size)
                if k < len(lines) - 1:
                    run.add_break()
            numeric = bool(text) and text.replace(",", "").replace(".", "").replace("△", "").isdigit()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if numeric and i >= header_rows else WD_ALIGN_PARAGRAPH.CENTER \
                if i < header_rows else WD_ALIGN_PARAGRAPH.LEFT
    for r0, c0, r1, c1 in merges:
        keep = t.cell(r0, c0).text
        merged = t.cell(r0, c0).merge(t.cell(r1, c1))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        if merged.text != keep:  # merge concatenates; keep only the top-left text
            merged.paragraphs[0].runs[0].text = keep
    for i in range(header_rows):
        repeat_header(t.rows[i])
    return t


def spans(col: list[str]) -> list[tuple[int, int]]:
    """Runs of equal consecutive values in a column: (first, last) row indexes."""
    out, start = [], 0
    for i in range(1, len(col) + 1):
        if i == len(col) or col[i] != col[start]:
            if i - 1 > start:
                out.append((start, i - 1))
            start = i
    return out


# ---------------------------------------------------------------- content
def intro(doc) -> None:
    """Title, purpose and the two account tables."""
    para(doc, "世田谷区債権管理重点プラン", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（平成３０年度～平成３３年度）", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "平成３０年３月　世田谷区", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    para(doc, "１　プラン策定の趣旨", bold=True, size=12)
    para(doc, "　区は、特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済がある状況を踏まえ、"
              "平成２６～２９年度の４か年にわたり債権管理重点プランに基づく取組みを進めてきた。引き続き、"
              "区民負担の公平性・公正性の確保と、持続可能で強固な財政基盤の確立に向けて、平成３０～３３年度"
              "（２０１８～２０２１年度）の４か年を計画期間とする債権管理重点プランを策定する。")
    para(doc, "　平成３０年度の財政見通しは、歳入の根幹である特別区民税において、ふるさと納税による税収減が"
              "年々拡大するなど、厳しい状況が続くものと見込まれる。こうした中、区民に信頼される行政経営改革の"
              "推進のためには、収納率の向上と収入未済額の縮減に全庁を挙げて取り組み、適正な債権管理に努めていく"
              "必要がある。")
    para(doc, "　本プランでは、目標収納率に関しての根拠を明確に示し、区の適切な債権管理について区民への説明責任"
              "を果たしていくとともに、債権ごとの取組みを着実に進めていく。なお、計画期間中に元号が改められた"
              "場合においても、本プランの年度表記は平成により記載する。")
    para(doc, "")
    para(doc, "＜区の債権の状況＞", bold=True)
    para(doc, "区の保有する全債権（会計区分ごと）にかかる収入未済額")
    para(doc, "（単位：千円）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    a16 = D.accounts_2016()
    rows = [["会計名称", heisei(2015, True), heisei(2016, True)]]
    rows += [[k, yen(v), yen(a16[k])] for k, v in D.ACCOUNTS_2015.items()]
    rows.append(["合計", yen(sum(D.ACCOUNTS_2015.values())), yen(sum(a16.values()))])
    table(doc, rows, [70, 45, 45], size=10)
    para(doc, "※表示単位未満を四捨五入しているため、合計が一致しない場合がある。", size=8)
    para(doc, "")
    para(doc, zen("平成28年度（2016年度）") + "　区の保有する全債権にかかる収入未済額内訳", bold=True)
    para(doc, "（単位：円）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    head = ["会計名称", "款名称等", "", "債権名", "収入未済額"]
    body = [[a, k, i, n, yen(v)] for a, k, i, n, v in D.BREAKDOWN]
    total = ["合　計", "", "", "", yen(sum(v for *_r, v in D.BREAKDOWN))]
    rows = [head] + body + [total]
    merges = [(0, 1, 0, 2), (len(rows) - 1, 0, len(rows) - 1, 3)]
    for col in (0,):
        merges += [(a + 1, col, b + 1, col) for a, b in spans([r[col] for r in body])]
    keys = [r[0] + "|" + r[1] for r in body]
    merges += [(a + 1, 1, b + 1, 1) for a, b in spans(keys)]
    merges += [(a + 1, 2, b + 1, 2) for a, b in spans([k + "|" + r[2] for k, r in zip(keys, body)])]
    for i, r in enumerate(body):  # 項目 equal to 債権名 → one merged cell
        if r[2] == r[3]:
            merges.append((i + 1, 2, i + 1, 3))
    table(doc, rows, [26, 28, 30, 58, 30], merges=merges, size=9)
    page_break(doc)


def review(doc) -> None:
    """Section 2-4 prose with the approximate totals and the general 取組 list."""
    total16 = sum(D.accounts_2016().values())
    para(doc, "２　前期プランの実績と課題", bold=True, size=12)
    para(doc, "　平成２８年度（２０１６年度）の区の保有する全債権にかかる収入未済額は約"
              + zen(str(round(total16 / 100_000)))
              + "億円であった。前期プラン策定時の約１５２億円（平成２５年度）と比較すると約"
              + zen(str(152 - round(total16 / 100_000))) + "億円の減となっており、前期プランの取組みが"
              "一定の成果を上げたものと評価できる。")
    para(doc, "　一方で、生活保護費返還金は保護廃止後の未納が累積し、収入未済額が増加傾向にある。"
              "私法上の債権については、専管組織がなく、債権管理のノウハウが所管課ごとに異なることが課題である。")
    para(doc, "３　プランの目的と考え方", bold=True, size=12)
    para(doc, "　各債権において目標収納率を掲げ、目標設定に関する根拠を明確に示すとともに、"
              "目標達成に向けた具体的な取組み内容を示す。")
    para(doc, "４　今後の取組み", bold=True, size=12)
    for label, status, text in D.GENERAL_ITEMS:
        para(doc, f"{label}【{status}】{text}", indent=4)
    para(doc, "５　債権ごとの取組み", bold=True, size=12)
    para(doc, "　収入未済額が概ね１億円以上の債権及び前期プランから引き続き重点的に取り組むべき債権を対象とし、"
              "債権ごとに次ページ以降の個票にまとめた。")
    para(doc, "＜注意＞　収納状況の推移における表中の数値は、各年度の決算時点での数値を使用している。"
              "表示単位未満を四捨五入しているため、計算結果と一致しない場合がある。目標における収入未済額は、"
              "策定時点での推計である。滞納者数は、現年分と滞納繰越分の滞納者数の合計を表す。", size=9)
    page_break(doc)


def history_rows(sheet: D.Sheet) -> tuple[list[list[str]], list]:
    """The 収納の現況 table: 区分 merged down the side, years across."""
    head = ["区分", ""] + [heisei(y.year, True) for y in sheet.years]
    rows, merges = [head], [(0, 0, 0, 1)]
    for seg, metrics in (("現年分", ("調定額", "収入済額", "収納率", "収入未済額")),
                         ("滞繰分", ("調定額", "収入済額", "収納率", "不納欠損額", "収入未済額")),
                         ("計", ("調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"))):
        start = len(rows)
        for m in metrics:
            rows.append([seg, m] + [fmt_metric(value_of(y, seg, m), m) for y in sheet.years])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["滞納者数（人）", ""] + [yen(y.delinquents) for y in sheet.years])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    return rows, merges


def value_of(y: D.YearRow, seg: str, metric: str) -> float | int:
    """One cell of the history table, from the year's base figures."""
    parts = {"現年分": (y.cur_assessed, y.cur_collected, y.cur_written_off),
             "滞繰分": (y.arr_assessed, y.arr_collected, y.arr_written_off)}
    if seg == "計":
        a, c, w = (sum(x) for x in zip(*parts.values()))
    else:
        a, c, w = parts[seg]
    return {"調定額": a, "収入済額": c, "不納欠損額": w, "収入未済額": a - c - w, "収納率": D.rate(c, a)}[metric]


def fmt_metric(v, metric: str) -> str:
    """Printed form of a history/target cell."""
    return f"{v:.1f}" if metric.endswith("率") else yen(v)


def target_rows(sheet: D.Sheet) -> tuple[list[list[str]], list]:
    """The 目標 table: 実績 for 平成28, then the four target years under a merged 目標 header."""
    years = sorted(sheet.targets)
    last = sheet.years[-1]
    head1 = ["区分", "実績", "目標", "", "", ""]
    head2 = ["", heisei(last.year)] + [heisei(y) for y in years]
    rows = [head1, head2]
    for k, (label, seg) in enumerate((("現年分収納率（％）", "現年分"), ("滞繰分収納率（％）", "滞繰分"),
                                      ("合計収納率（％）", "計"))):
        rows.append([label, fmt_metric(value_of(last, seg, "収納率"), "率")]
                    + [f"{sheet.targets[y][k]:.1f}" for y in years])
    rows.append(["収入未済額（千円）", yen(value_of(last, "計", "収入未済額"))]
                + [yen(sheet.target_outstanding[y]) for y in years])
    return rows, [(0, 0, 1, 0), (0, 2, 0, 5)]


def sheet_pages(doc) -> None:
    """One 個票 per debt."""
    for n, s in enumerate(D.SHEETS, 1):
        para(doc, zen(f"（{n}）") + s.printed, bold=True, size=13)
        table(doc, [["債権の種類", s.kind, "所管課", s.department]], [28, 80, 22, 40], header_rows=0, size=9)
        para(doc, "①　収納の現況（推移）", bold=True)
        para(doc, "（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
        rows, merges = history_rows(s)
        table(doc, rows, [20, 26, 38, 38, 38], merges=merges)
        para(doc, "②　収納状況に関する説明", bold=True)
        para(doc, "　" + s.explain, size=9.5)
        para(doc, "③　滞納整理に関する取組みの検証", bold=True)
        para(doc, "　" + s.review, size=9.5)
        para(doc, "④　目標", bold=True)
        rows, merges = target_rows(s)
        table(doc, rows, [40, 26, 26, 26, 26, 26], merges=merges, header_rows=2)
        para(doc, "⑤　目標設定に関する説明", bold=True)
        para(doc, "　" + s.reason, size=9.5)
        para(doc, "⑥　目標実現に向けた取組み", bold=True)
        for status, text in s.items:
            para(doc, "・" + (f"【{status}】" if status else "") + text, size=9.5, indent=3)
        if n < len(D.SHEETS):
            page_break(doc)


def build_docx(path: Path) -> None:
    """Write the .docx."""
    doc = Docx()
    set_font(doc)
    header_footer(doc)
    intro(doc)
    review(doc)
    sheet_pages(doc)
    doc.save(path)


def main() -> None:
    """Build the PDF, then the gold from the same data and the PDF's pages."""
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    src = out / f"{D.STEM}.docx"
    build_docx(src)
    pdf = ROOT / "corpus/blind/pdf" / f"{D.STEM}.pdf"
    to_pdf(src, pdf, profile="kaikeiblind2")
    from kaikei2_gold import build_gold  # noqa: E402

    gold = build_gold(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
    (ROOT / "corpus/blind/gold" / f"{D.STEM}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(pdf, len(gold["facts"]), "facts", len(gold["initiatives"]), "initiatives")


if __name__ == "__main__":
    main()
