"""g_sanda_plan_1: 令和7年度三田市徴収計画 (plan), python-docx -> LibreOffice, A4 portrait.

Modelled on 三田市「平成30年度三田市徴収計画」(http://ssl.city.sanda.lg.jp/syunou/h30tyousyukeikaku.html):
目的 / 収納状況と評価 (3か年比較 with merged 現年度分・滞納繰越分 labels, 【現年度分】【滞納繰越分】 評価) /
A・B・C債権. Figures are invented and kept consistent.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from g_common import OUT, PDF_DIR, fact, init, soffice_pdf, write_gold, rate

STEM = "g_sanda_plan_1"
MIN = "IPAex明朝"
GOT = "IPAexゴシック"

# ---------------------------------------------------------------- data
# (1) 3か年比較: all debts together (A+B+C債権), 百万円
YEARS = [("R4", 2022), ("R5", 2023), ("R6", 2024), ("R7", 2025)]
CUR_RATE = {2022: "98.6", 2023: "98.7", 2024: "98.8"}
CUR_OUT = {2022: 402, 2023: 395, 2024: 398}
ARR_RATE = {2022: "26.1", 2023: "27.0", 2024: "27.4"}
ARR_ASSESSED = {2022: 1612, 2023: 1498, 2024: 1431, 2025: 1387}

# 3 主な債権の収納率 (単位：％, no sign): name -> (cur R5, cur R6, arr R5, arr R6)
DEBTS = [
    ("市税", "99.3", "99.4", "31.2", "32.0"),
    ("国民健康保険税", "95.1", "95.4", "21.8", "22.6"),
    ("介護保険料", "99.0", "99.1", "18.4", "19.9"),
    ("後期高齢者医療保険料", "99.6", "99.7", "40.2", "38.5"),
    ("保育所保育料", "98.2", "98.6", "15.3", "16.1"),
    ("市営住宅使用料", "97.9", "98.3", "12.5", "14.0"),
    ("下水道使用料", "98.7", "98.8", "35.1", "36.4"),
]

# 4 目標: class -> (R6 cur, R6 arr, R7 cur target, R7 arr target)
CLASSES = [
    ("A債権（強制徴収公債権）", "99.1", "28.9", "99.2", "29.5"),
    ("B債権（非強制徴収公債権）", "97.6", "14.2", "97.8", "15.0"),
    ("C債権（私債権）", "98.0", "13.1", "98.2", "14.0"),
    ("全体", "98.8", "27.4", "98.9", "28.0"),
]

# 【参考】 box, 百万円
REF_ASSESSED, REF_COLLECTED, REF_WO = 34631, 33194, 50
REF_OUT = REF_ASSESSED - REF_COLLECTED - REF_WO
REF_RATE = rate(REF_COLLECTED, REF_ASSESSED, 1)
assert REF_OUT == ARR_ASSESSED[2025] and f"{REF_RATE:.1f}" == "95.9"

INITS = [
    ("(1) 現年度分の収納率向上", [
        ("①", "納期限後20日以内に督促状を発送し、納税・納付推進センターからの電話による納付勧奨を督促状発送後すぐに行う。", "継続"),
        ("②", "スマートフォン決済アプリで納付できる債権を、保育所保育料及び市営住宅使用料に広げる。", "拡充"),
        ("③", "キャッシュカードで口座振替の申込みができるペイジー口座振替受付サービスを、収納課及び各所管課の窓口に導入する。", "新規"),
    ]),
    ("(2) 滞納繰越分の縮減", [
        ("①", "滞納となった初期の段階で財産調査を行い、預貯金・給与等の差押えを中心とした滞納処分を厳正に実施する。", "継続"),
        ("②", "B債権及びC債権については、納付資力がありながら納付しない債務者に対し、支払督促の申立て等の法的措置を計画的に行う。", "継続"),
        ("③", "回収の見込みのない債権は、財産調査の結果に基づき、執行停止や債権放棄により適正に整理する。", "継続"),
    ]),
]
BOX_INITS = [
    ("・", "債権管理担当者研修を年2回開催し、所管課職員の実務能力の向上を図る。", "継続"),
    ("・", "徴収困難案件の収納課への移管基準を見直し、年度当初から移管を受け付ける。", "拡充"),
]


# ---------------------------------------------------------------- docx helpers
def set_font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)


def para(doc_or_cell, text="", size=10.5, bold=False, font=MIN, align=None, space_after=2, indent_mm=None):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    return p


def cell_text(cell, text, size=9.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=MIN):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), font, size, bold)


def borders(table, *, grid=True, horizontal_only=False):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right", "insideH", "insideV"]
    for e in edges:
        el = OxmlElement(f"w:{e}")
        on = grid or (horizontal_only and e in ("top", "bottom", "insideH"))
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def widths(table, mms):
    table.autofit = False
    for col, w in zip(table.columns, mms):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, mms):
            cell.width = Mm(w)


def add_page_field(paragraph):
    run = paragraph.add_run("- ")
    set_font(run, MIN, 9)
    r = paragraph.add_run()
    set_font(r, MIN, 9)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(paragraph.add_run(" -"), MIN, 9)


# ---------------------------------------------------------------- build
def build():
    facts, inits = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("三田市 総務部 収納課"), GOT, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- page 1
    para(doc, "令和7年度三田市徴収計画", 16, True, GOT, WD_ALIGN_PARAGRAPH.CENTER, 6)
    para(doc, "令和7年6月", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "三田市", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
    para(doc, "１　徴収計画の目的", 12, True, GOT, space_after=4)
    para(doc, "　本計画は、三田市債権管理条例に基づき、市が保有する債権の管理をより適正なものとするため、"
              "滞納の発生防止、早期の回収及び回収が困難な債権の整理に全庁で計画的に取り組むことを目的として、"
              "年度ごとに定めるものです。", space_after=10)
    para(doc, "２　令和6年度の収納状況と評価", 12, True, GOT, space_after=4)
    para(doc, "（1）収納率等（3か年比較）", 10.5, True, GOT, space_after=4)
    t = doc.add_table(rows=5, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, grid=True)
    hdr = ["", "", "R4", "R5", "R6", "R7"]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True, font=GOT)
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    cell_text(t.cell(1, 0), "現年度分", bold=True, font=GOT)
    cell_text(t.cell(3, 0), "滞納繰越分", bold=True, font=GOT)
    cell_text(t.cell(1, 1), "収納率")
    cell_text(t.cell(2, 1), "未収金")
    cell_text(t.cell(3, 1), "収納率")
    cell_text(t.cell(4, 1), "滞納繰越額")
    for j, (ylab, fy) in enumerate(YEARS, start=2):
        if fy in CUR_RATE:
            raw = CUR_RATE[fy] + "%"
            cell_text(t.cell(1, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(None, fy, ylab, "current", "collection_rate", "actual", float(CUR_RATE[fy]), "percent", raw, 1))
            raw = f"{CUR_OUT[fy]:,}百万円"
            cell_text(t.cell(2, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(None, fy, ylab, "current", "outstanding", "actual", CUR_OUT[fy] * 1_000_000, "yen", raw, 1))
            raw = ARR_RATE[fy] + "%"
            cell_text(t.cell(3, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(None, fy, ylab, "arrears", "collection_rate", "actual", float(ARR_RATE[fy]), "percent", raw, 1))
        raw = f"{ARR_ASSESSED[fy]:,}百万円"
        cell_text(t.cell(4, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
        facts.append(fact(None, fy, ylab, "arrears", "assessed", "actual", ARR_ASSESSED[fy] * 1_000_000, "yen", raw, 1))
    para(doc, "※ 未収金は各年度末の現年度分の収入未済額、滞納繰越額は各年度当初に前年度から繰り越した額です。", 8.5, space_after=2)
    para(doc, "※ A債権・B債権・C債権の合計です。", 8.5)
    doc.add_page_break()

    # ---- page 2
    para(doc, "（2）評価", 10.5, True, GOT, space_after=4)
    para(doc, "【現年度分】", 10.5, True, GOT, space_after=2)
    para(doc, "　収納率全体では、R4年度以降、毎年0.1ポイントずつ上昇しています。令和6年度の現年度分収納率は"
              "98.8％で、A債権（強制徴収公債権）が前年度から0.1ポイント上昇し、B債権・C債権も前年度並みの"
              "収納率を確保しました。一方、令和6年度末の現年度分の未収金は約3億9,800万円で、調定額の増加に"
              "伴い前年度をわずかに上回りました。", space_after=6)
    facts.append(fact(None, 2024, "令和6年度", "current", "collection_rate", "actual", 98.8, "percent", "98.8％", 2))
    facts.append(fact(None, 2024, "令和6年度", "current", "outstanding", "actual", 398_000_000, "yen", "約3億9,800万円", 2, approx=True))
    para(doc, "【滞納繰越分】", 10.5, True, GOT, space_after=2)
    para(doc, "　滞納繰越分の収納率は27.4％となり、前年度を0.4ポイント上回りました。差押えを中心とした"
              "滞納処分の徹底に加え、執行停止した案件の不納欠損処理を進めた結果、令和6年度の滞納繰越分の"
              "不納欠損額は約5,000万円、令和7年度への滞納繰越額は13億8,700万円となりました。", space_after=10)
    facts.append(fact(None, 2024, "令和6年度", "arrears", "collection_rate", "actual", 27.4, "percent", "27.4％", 2))
    facts.append(fact(None, 2024, "令和6年度", "arrears", "written_off", "actual", 50_000_000, "yen", "約5,000万円", 2, approx=True))
    facts.append(fact(None, 2025, "令和7年度", "arrears", "assessed", "actual", 1_387_000_000, "yen", "13億8,700万円", 2))

    para(doc, "３　主な債権の収納率", 12, True, GOT, space_after=2)
    para(doc, "（単位：％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    t = doc.add_table(rows=3 + len(DEBTS), cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, grid=False, horizontal_only=True)
    t.cell(0, 0).merge(t.cell(2, 0))
    cell_text(t.cell(0, 0), "債権名", bold=True, font=GOT)
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    cell_text(t.cell(0, 1), "現年度分", bold=True, font=GOT)
    cell_text(t.cell(0, 4), "滞納繰越分", bold=True, font=GOT)
    for base in (1, 4):
        cell_text(t.cell(1, base), "令和5年度", font=GOT)
        cell_text(t.cell(1, base + 1), "令和6年度", font=GOT)
        cell_text(t.cell(1, base + 2), "増減", font=GOT)
        cell_text(t.cell(2, base), "実績", font=GOT, size=8.5)
        cell_text(t.cell(2, base + 1), "実績", font=GOT, size=8.5)
        cell_text(t.cell(2, base + 2), "(ﾎﾟｲﾝﾄ)", font=GOT, size=7.5)
    widths(t, [36, 22, 22, 18, 22, 22, 18])
    for i, (name, c5, c6, a5, a6) in enumerate(DEBTS, start=3):
        cell_text(t.cell(i, 0), name, align=WD_ALIGN_PARAGRAPH.LEFT)
        for base, (v5, v6), seg in ((1, (c5, c6), "current"), (4, (a5, a6), "arrears")):
            cell_text(t.cell(i, base), v5, align=WD_ALIGN_PARAGRAPH.RIGHT)
            cell_text(t.cell(i, base + 1), v6, align=WD_ALIGN_PARAGRAPH.RIGHT)
            d = round(float(v6) - float(v5), 1)
            cell_text(t.cell(i, base + 2), ("△" if d < 0 else "") + f"{abs(d):.1f}", align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(name, 2023, "令和5年度", seg, "collection_rate", "actual", float(v5), "percent", v5, 2))
            facts.append(fact(name, 2024, "令和6年度", seg, "collection_rate", "actual", float(v6), "percent", v6, 2))
    para(doc, "", space_after=2)
    para(doc, "※ 保育所保育料は、保育所保育料及び認定こども園利用者負担額の合計です。", 8.5)
    doc.add_page_break()

    # ---- page 3
    para(doc, "４　令和7年度の目標", 12, True, GOT, space_after=4)
    para(doc, "　令和6年度の実績を踏まえ、債権区分ごとの収納率の目標を次のとおり定めます。", space_after=6)
    t = doc.add_table(rows=2 + len(CLASSES), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, grid=True)
    t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(t.cell(0, 0), "区分", bold=True, font=GOT)
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(t.cell(0, 1), "令和6年度（実績）", bold=True, font=GOT)
    cell_text(t.cell(0, 3), "令和7年度（目標）", bold=True, font=GOT)
    for base in (1, 3):
        cell_text(t.cell(1, base), "現年度分", font=GOT)
        cell_text(t.cell(1, base + 1), "滞納繰越分", font=GOT)
    widths(t, [58, 28, 28, 28, 28])
    for i, (name, c6, a6, c7, a7) in enumerate(CLASSES, start=2):
        cell_text(t.cell(i, 0), name, align=WD_ALIGN_PARAGRAPH.LEFT)
        debt = None if name == "全体" else name
        for j, v, fy, seg, basis in ((1, c6, 2024, "current", "actual"), (2, a6, 2024, "arrears", "actual"),
                                     (3, c7, 2025, "current", "target"), (4, a7, 2025, "arrears", "target")):
            raw = v + "%"
            cell_text(t.cell(i, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(debt, fy, "令和6年度" if fy == 2024 else "令和7年度", seg, "collection_rate", basis,
                              float(v), "percent", raw, 3, debt_raw=name))
    para(doc, "", space_after=8)

    box = doc.add_table(rows=1, cols=1)
    borders(box, grid=True)
    c = box.cell(0, 0)
    cell_text(c, "【参考】令和6年度決算の概要（全債権）", size=10, bold=True, font=GOT, align=WD_ALIGN_PARAGRAPH.LEFT)
    ref = [("調定額", REF_ASSESSED, "assessed"), ("収入済額", REF_COLLECTED, "collected"),
           ("不納欠損額", REF_WO, "written_off"), ("収入未済額", REF_OUT, "outstanding")]
    for label, v, metric in ref:
        raw = f"{v:,}百万円"
        para(c, f"・{label}：{raw}", 10, space_after=1, indent_mm=4)
        facts.append(fact(None, 2024, "令和6年度", "total", metric, "actual", v * 1_000_000, "yen", raw, 3))
    raw = f"{REF_RATE:.1f}％"
    para(c, f"・収納率：{raw}", 10, space_after=1, indent_mm=4)
    facts.append(fact(None, 2024, "令和6年度", "total", "collection_rate", "actual", REF_RATE, "percent", raw, 3))
    para(c, "　※ 収納率＝収入済額÷調定額", 8.5, space_after=2, indent_mm=4)
    doc.add_page_break()

    # ---- page 4
    para(doc, "５　令和7年度の取組み", 12, True, GOT, space_after=6)
    for head, items in INITS:
        para(doc, head, 10.5, True, GOT, space_after=3)
        for lab, text, st in items:
            para(doc, f"{lab}{text}【{st}】", space_after=3, indent_mm=4)
            inits.append(init(None, 2025, "令和7年度の取組み", head.split()[0].replace("（", "(").replace("）", ")") + lab,
                              text, st, 4))
        para(doc, "", space_after=2)
    para(doc, "(3) 債権管理体制の強化", 10.5, True, GOT, space_after=3)
    box = doc.add_table(rows=1, cols=1)
    borders(box, grid=True)
    c = box.cell(0, 0)
    c.text = ""
    first = True
    for lab, text, st in BOX_INITS:
        if st == "拡充":
            p = c.paragraphs[0] if first else c.add_paragraph()
            set_font(p.add_run(f"{lab}{text}"), MIN, 10)
            p = c.add_paragraph()
            set_font(p.add_run(f"　【{st}】"), MIN, 10)
        else:
            p = c.paragraphs[0] if first else c.add_paragraph()
            set_font(p.add_run(f"{lab}{text}【{st}】"), MIN, 10)
        first = False
        inits.append(init(None, 2025, "令和7年度の取組み", "(3)" + lab, text, st, 4))
    para(doc, "", space_after=6)
    para(doc, "　なお、各取組みの実施状況は上半期終了後に取りまとめ、中間報告として公表します。", space_after=4)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "g_sanda")
    document = {"kind": "plan", "municipality": "三田市", "title": "令和7年度三田市徴収計画",
                "date": "2025-06-01", "date_raw": "令和7年6月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
