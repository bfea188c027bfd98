"""w_seiban_progress_1: 徴収計画（中間報告） (progress_report), python-docx -> LibreOffice.

Table layout modelled on a city's「平成28年度 徴収計画」(債権名 | 現年度分収納率(%) H27実績 H28目標 |
収入未済額(千円) H27実績 H28目標 | 取組目標), extended with 12月末 / 前年同月 / 増減 interim columns as in
mid-year reports. Municipality invented (西播市). Figures invented and consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF, check, fact, initiative, nows, to_pdf, write_gold  # noqa: E402

STEM = "w_seiban_progress_1"
CITY = "西播市"
TITLE = "令和７年度　徴収計画（中間報告）"
DEC = "2025-12-31"
PDEC = "2024-12-31"
TABLE_SECTION = "令和7年度の主な取組と進捗状況"

# name, R6 rate, R7 target rate, 12月末, 前年同月, R6 収入未済額(千円), R7 目標(千円), items
ROWS = [
    ("市税", 99.02, 99.10, 81.37, 81.02, 1084512, 1050000,
     [("①", "県併任職員の助言を受け、高額・困難案件の財産調査と差押えを進めている。", "継続"),
      ("②", "こう着状態の案件は、執行停止及び不納欠損の判断を行う。", "継続")]),
    ("国民健康保険料", 94.18, 94.50, 72.64, 72.95, 1550930, 1500000,
     [("①", "短期被保険者証の更新時に納付相談を行い、分割納付を指導している。", "継続"),
      ("②", "資格喪失世帯へ文書催告を行い、財産調査の結果により差押えを行う。", "拡充")]),
    ("後期高齢者医療保険料", 99.61, 99.65, 84.12, 84.05, 18406, 17500,
     [("①", "普通徴収の未納者に対し、年金からの特別徴収への切替えを案内している。", "継続")]),
    ("介護保険料", 99.05, 99.10, 80.47, 80.31, 96233, 92000,
     [("①", "滞納が2期に達した時点で電話催告を行い、給付制限について説明している。", "継続")]),
    ("保育料", 98.74, 98.90, 79.86, 79.52, 41905, 40000,
     [("①", "児童手当からの徴収を進めるとともに、コールセンターを活用して早期に催告している。", "拡充")]),
    ("住宅使用料", 97.83, 98.00, 76.40, 76.88, 168314, 160000,
     [("①", "3か月以上の滞納者に連帯保証人への通知を行っている。", "継続"),
      ("②", "明渡し請求訴訟の対象者を選定し、年度内に提訴する。", "新規")]),
    ("下水道使用料", 98.91, 99.00, 74.25, 74.10, 62118, 60000,
     [("①", "令和7年10月から検針時に納付書を即時発行し、料金の早期回収を図っている。", "新規")]),
    ("水道料金", 99.12, 99.20, 75.06, 74.98, 97540, 95000,
     [("①", "給水停止予告を適時に送付し、停止執行前の納付相談を徹底している。", "継続")]),
    ("学校給食費", 99.56, 99.60, 73.92, 73.70, 4227, 4000,
     [("①", "就学援助の対象となり得る世帯に制度を案内し、未納の発生を防いでいる。", "継続")]),
]
# bracketed 【収納率】 blocks on page 1: debt heading, [(segment label, seg, now, prev)]
BLOCKS = [
    ("（１）市税", "市税", [("現年課税分", "current", 81.37, 81.02), ("滞納繰越分", "arrears", 23.84, 21.96),
                       ("合計", "total", 77.90, 77.31)]),
    ("（２）国民健康保険料", "国民健康保険料", [("現年度分", "current", 72.64, 72.95), ("滞納繰越分", "arrears", 18.02, 17.40)]),
]
FUTURE = [("(1)", "滞納整理強化月間（1月から3月まで）を設け、出納閉鎖に向けて全庁で一斉に催告を行う。", "継続", False),
          ("(2)", "高額・困難案件は債権管理課に移管し、差押え等の滞納処分を集中的に行う。", "拡充", True),
          ("(3)", "スマートフォン決済の対象に保育料と学校給食費を加え、納付機会を拡大する。", "新規", False)]
FUTURE_SECTION = "３　今後の取組"

MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"


def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc_or_cell, text, name=MINCHO, size=10.5, bold=False, align=None, indent=None, space_after=3):
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    set_font(p.add_run(text), name, size, bold)
    return p


def add_field(par, instr):
    run = par.add_run()
    for tag, extra in (("begin", None), ("instr", instr), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = extra
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._r.append(el)
    set_font(run, size=9)


def header_footer(section):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("西播市 財務部 収納課"), size=8.5)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), size=9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" －"), size=9)


def cell_text(cell, text, name=MINCHO, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(ln), name, size, bold)


def borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def row_flags(row, header=False):
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)
    if header:
        h = OxmlElement("w:tblHeader")
        trpr.append(h)


def build_docx(path: Path):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin, s.bottom_margin = Mm(22), Mm(20)
    header_footer(s)
    para(doc, TITLE, GOTHIC, 14, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "令和８年２月　西播市財務部", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
    para(doc, "１　趣旨", GOTHIC, 11, True)
    para(doc, "本市の債権の管理に関する条例に基づき定めた令和７年度徴収計画について、令和７年12月末時点の進捗状況を"
         "取りまとめたので報告する。", indent=4)
    total6 = sum(r[5] for r in ROWS)
    share = (ROWS[0][5] + ROWS[1][5]) / total6 * 100
    prose = (f"令和６年度決算における対象９債権の収入未済額は約31億2,400万円（令和６年度）で、このうち市税と国民健康保険料で"
             f"約{share:.0f}％を占めている。令和７年度はこれを約30億1,850万円まで縮減することを目標としている。")
    para(doc, prose, indent=4, space_after=8)
    para(doc, "２　主な債権の12月末の状況", GOTHIC, 11, True)
    for head, _, bullets in BLOCKS:
        para(doc, head, GOTHIC, 10.5, True, indent=2, space_after=1)
        para(doc, "【収納率】令和７年12月末時点", indent=4, space_after=1)
        for lab, _, now, prev in bullets:
            para(doc, f"・{lab}　{now:.2f}％（前年同月 {prev:.2f}％）", indent=8, space_after=1)
        para(doc, "", space_after=2)
    # 【参考】 box: one-cell bordered table
    t = doc.add_table(rows=1, cols=1)
    borders(t)
    c = t.cell(0, 0)
    cell_text(c, "【参考】令和７年12月末の徴収体制等\n・徴収担当職員：18人（うち会計年度任用職員5人）\n"
                 "・債権管理課への移管件数：146件\n・市税の滞納者数：6,842人",
              size=10, align=WD_ALIGN_PARAGRAPH.LEFT)

    # landscape section with the main table
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.left_margin = s2.right_margin = Mm(15)
    s2.top_margin, s2.bottom_margin = Mm(18), Mm(15)
    header_footer(s2)
    para(doc, "（別紙）令和７年度徴収計画の進捗状況", GOTHIC, 12, True)
    para(doc, "※収納率は現年度分。12月末の収納率は、調定額に対する12月末までの収入済額の割合。", size=8.5, space_after=4)
    tbl = doc.add_table(rows=2, cols=10)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(tbl)
    widths = [34, 19, 19, 19, 19, 17, 24, 24, 46, 46]
    tbl.autofit = False
    # columns: 0 債権名 | 1-5 収納率 (R6実績, R7目標, 12月末, 前年同月, 増減) | 6-7 収入未済額 | 8-9 取組 (merged)
    h = tbl.rows[0].cells
    m = h[1].merge(h[5]); cell_text(m, "現年度分収納率（％）", GOTHIC)
    m = h[6].merge(h[7]); cell_text(m, "収入未済額（千円）", GOTHIC)
    m = h[8].merge(h[9]); m2 = m.merge(tbl.rows[1].cells[8].merge(tbl.rows[1].cells[9]))
    cell_text(m2, "主な実施内容と進捗", GOTHIC)
    n = h[0].merge(tbl.rows[1].cells[0]); cell_text(n, "債権名", GOTHIC)
    sub = ["Ｒ６実績", "Ｒ７目標", "12月末", "前年同月", "増減", "Ｒ６実績", "Ｒ７目標"]
    for i, t_ in enumerate(sub, 1):
        cell_text(tbl.rows[1].cells[i], t_, GOTHIC)
    row_flags(tbl.rows[0], True)
    row_flags(tbl.rows[1], True)
    for name, r6, t7, now, prev, o6, o7, items in ROWS:
        r = tbl.add_row()
        row_flags(r)
        cs = r.cells
        merged = cs[8].merge(cs[9])
        cell_text(cs[0], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        diff = now - prev
        vals = [f"{r6:.2f}", f"{t7:.2f}", f"{now:.2f}", f"{prev:.2f}",
                ("△" if diff < 0 else "") + f"{abs(diff):.2f}", f"{o6:,}", f"{o7:,}"]
        for i, v in enumerate(vals, 1):
            cell_text(cs[i], v, align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(merged, "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items), align=WD_ALIGN_PARAGRAPH.LEFT)
    r = tbl.add_row()
    row_flags(r)
    cs = r.cells
    merged = cs[8].merge(cs[9])
    cell_text(cs[0], "合計", GOTHIC)
    for i in range(1, 6):
        cell_text(cs[i], "－")
    cell_text(cs[6], f"{total6:,}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(cs[7], f"{sum(x[6] for x in ROWS):,}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(merged, "")
    for i, w in enumerate(widths):
        tbl.columns[i].width = Mm(w)
    for row in tbl.rows:
        for i, tc in enumerate(row._tr.tc_lst):
            pass
    para(doc, "※増減は12月末と前年同月との差（ポイント）。△は減。", size=8.5, space_after=8)
    para(doc, FUTURE_SECTION, GOTHIC, 11, True)
    for lab, t, st, wrap in FUTURE:
        txt = f"{lab}　{t}" + ("\n" if wrap else "") + f"【{st}】"
        p = para(doc, "", indent=4, space_after=2)
        for j, piece in enumerate(txt.split("\n")):
            if j:
                p.add_run().add_break()
            set_font(p.add_run(piece))
    doc.save(path)
    return total6


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"{STEM}.docx"
    total6 = build_docx(docx_path)
    dest = PDF / f"{STEM}.pdf"
    to_pdf(docx_path, dest, "w_seiban")
    with fitz.open(dest) as d:
        texts = [nows(p.get_text()) for p in d]

    def page_of(marker, start=1):
        for i in range(start - 1, len(texts)):
            if nows(marker) in texts[i]:
                return i + 1
        raise SystemExit(f"marker not found: {marker}")

    facts, inits = [], []
    p1 = page_of("約31億2,400万円")
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 3124000000, "yen",
                      "約31億2,400万円", p1, approx=True))
    facts.append(fact(None, 2025, "令和７年度", "total", "outstanding", "target", 3018500000, "yen",
                      "約30億1,850万円", p1, approx=True))
    assert abs(sum(x[6] for x in ROWS) - 3018500) < 1
    start = p1
    for head, debt, bullets in BLOCKS:
        pg = page_of(head, start)
        for lab, seg, now, prev in bullets:
            facts.append(fact(debt, 2025, "令和７年12月末", seg, "collection_rate", "interim", now, "percent",
                              f"{now:.2f}％", pg, as_of=DEC))
            facts.append(fact(debt, 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent",
                              f"{prev:.2f}％", pg, as_of=PDEC))
        start = pg
    pbox = page_of("市税の滞納者数：6,842人")
    facts.append(fact("市税", 2025, "令和７年12月末", "total", "delinquents", "interim", 6842, "persons", "6,842人",
                      pbox, as_of=DEC))
    ptab = page_of("令和７年度徴収計画の進捗状況")
    for name, r6, t7, now, prev, o6, o7, items in ROWS:
        pg = page_of(name + f"{r6:.2f}", ptab)
        facts += [
            fact(name, 2024, "Ｒ６実績", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}", pg),
            fact(name, 2025, "Ｒ７目標", "current", "collection_rate", "target", t7, "percent", f"{t7:.2f}", pg),
            fact(name, 2025, "12月末", "current", "collection_rate", "interim", now, "percent", f"{now:.2f}", pg, as_of=DEC),
            fact(name, 2024, "前年同月", "current", "collection_rate", "interim", prev, "percent", f"{prev:.2f}", pg, as_of=PDEC),
            fact(name, 2024, "Ｒ６実績", "total", "outstanding", "actual", o6 * 1000, "yen", f"{o6:,}", pg),
            fact(name, 2025, "Ｒ７目標", "total", "outstanding", "target", o7 * 1000, "yen", f"{o7:,}", pg),
        ]
        for lab, t, st in items:
            inits.append(initiative(name, 2025, TABLE_SECTION, lab, t, st, pg))
    pt = page_of("合計" + "－" * 5 + f"{total6:,}", ptab)
    facts += [fact(None, 2024, "Ｒ６実績", "total", "outstanding", "actual", total6 * 1000, "yen", f"{total6:,}", pt,
                   debt_raw="合計"),
              fact(None, 2025, "Ｒ７目標", "total", "outstanding", "target", sum(x[6] for x in ROWS) * 1000, "yen",
                   f"{sum(x[6] for x in ROWS):,}", pt, debt_raw="合計")]
    pf = page_of(FUTURE_SECTION, ptab)
    for lab, t, st, _ in FUTURE:
        inits.append(initiative(None, 2025, FUTURE_SECTION.replace("３　", ""), lab, t, st, page_of(t, pf)))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE.replace("　", " "),
                "date": "2026-02-01", "date_raw": "令和８年２月"}
    write_gold(STEM, document, facts, inits)
    print(STEM, check(STEM))


if __name__ == "__main__":
    main()
