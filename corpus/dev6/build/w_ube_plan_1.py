"""w_ube_plan_1: 第4期宇部市債権管理計画 (plan), python-docx -> LibreOffice, A4 portrait.

Modelled on 宇部市「第2期宇部市債権管理計画を策定」 (http://www.city.ube.yamaguchi.jp/houdou/shuno/h30/karikeikaku.html):
Western-year wording (2017年度), 対象債権全体の現年度分収納率 / 収入未済額 in prose with 億・万円, 目標 per debt.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import OUT, PDF, c, fact, oku_man, total_fact, to_pdf, write_gold

STEM = "w_ube_plan_1"
MUNI = "宇部市"
TITLE = "第4期宇部市債権管理計画"

DEBTS = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料", "下水道使用料"]
# 表1 収入未済額 (千円) 2021, 2022, 2023
OUTST = {
    "市税": (1482316, 1391054, 1318627),
    "国民健康保険料": (1036882, 978410, 921305),
    "介護保険料": (98214, 94507, 90118),
    "後期高齢者医療保険料": (12408, 11952, 11276),
    "保育所保育料": (41337, 37820, 33964),
    "市営住宅使用料": (126590, 121048, 117903),
    "下水道使用料": (58721, 55316, 52809),
    "その他": (402115, 385233, 400148),
}
YEARS = (2021, 2022, 2023)
TOTAL = tuple(sum(v[i] for v in OUTST.values()) for i in range(3))
OUT2020 = 3678250  # 千円
# 表2 現年度分収納率: 2023 実績, 2024-2026 目標
RATES = {
    "市税": ("99.21", "99.25", "99.30", "99.35"),
    "国民健康保険料": ("94.87", "95.00", "95.20", "95.40"),
    "介護保険料": ("99.12", "99.15", "99.20", "99.25"),
    "後期高齢者医療保険料": ("99.64", "99.65", "99.70", "99.70"),
    "保育所保育料": ("98.93", "99.00", "99.10", "99.20"),
    "市営住宅使用料": ("97.58", "97.70", "97.90", "98.10"),
    "下水道使用料": ("98.76", "98.80", "98.90", "99.00"),
    "全体": ("98.62", "98.70", "98.80", "98.90"),
}
# 表3 収入未済額目標 (百万円) 2026 target
TARGET26 = {"市税": 1150, "国民健康保険料": 820, "介護保険料": 82, "後期高齢者医療保険料": 10, "保育所保育料": 28,
            "市営住宅使用料": 105, "下水道使用料": 46, "その他": 359}
# 債権ごとの取組: (所管課, 滞納繰越分 2023 実績, 2026 目標, items)
BLOCKS = {
    "市税": ("収納課", "31.45", "34.00", [
        ("①", "納期限後20日以内に督促状を発送し、文書及び電話による早期の催告を徹底する。", "継続", False),
        ("②", "給与・預貯金等の財産調査を早期に行い、納付資力のある滞納者には差押えを執行する。", "継続", False),
        ("③", "スマートフォン決済アプリによる納付を周知し、期限内納付を促進する。", "拡充", False)]),
    "国民健康保険料": ("保険年金課", "22.18", "25.00", [
        ("①", "加入手続の際に口座振替の申込みを勧奨し、口座振替の原則化を進める。", "拡充", False),
        ("②", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続", True),
        ("③", "徴収が困難な案件は収納課へ引き継ぎ、滞納処分を行う。", "継続", False)]),
    "保育所保育料": ("保育幼稚園課", "18.62", "22.00", [
        ("①", "児童手当からの申出徴収を積極的に活用し、未納の発生を防ぐ。", "継続", False),
        ("②", "退所者の未納分については、納付催告と併せて所在調査を行う。", "新規", False)]),
    "市営住宅使用料": ("住宅政策課", "14.07", "16.00", [
        ("①", "3か月以上の滞納者には連帯保証人へ通知し、納付への協力を求める。", "継続", False),
        ("②", "明渡し請求及び支払督促などの法的措置を計画的に実施する。", "継続", False),
        ("③", "退去者の滞納分は債権回収業務委託により回収を図る。", "新規", True)]),
}

facts: list = []
inits: list = []


def set_font(run, size=10.5, bold=False, gothic=False):
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)


def para(doc_or_cell, text="", size=10.5, bold=False, gothic=False, align=None, indent=0, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold, gothic)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Mm(indent)
    return p


def cell_text(cell, text, size=9.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, size, bold, gothic)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def shade(cell, color="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_page_field(paragraph):
    run = paragraph.add_run("- ")
    set_font(run, 9)
    r = paragraph.add_run()
    set_font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._element.append(el)
    set_font(paragraph.add_run(" -"), 9)


def table(doc, rows, widths, header_rows=1, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths[j])
            if val is None:
                continue
            align = WD_ALIGN_PARAGRAPH.CENTER if (i < header_rows or j == 0) else WD_ALIGN_PARAGRAPH.RIGHT
            if j == 0 and i >= header_rows:
                align = WD_ALIGN_PARAGRAPH.LEFT
            cell_text(cell, val, size=size, bold=i < header_rows, align=align)
            if i < header_rows:
                shade(cell)
    return t


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("第4期宇部市債権管理計画"), 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- page 1: cover
    for _ in range(8):
        para(doc)
    para(doc, TITLE, 24, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "（2024年度～2026年度）", 14, False, True, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(14):
        para(doc)
    para(doc, "2024年（令和6年）8月", 13, False, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "宇　部　市", 15, True, True, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # ---- page 2
    pg = 2
    para(doc, "1　計画策定の趣旨", 12, True, True)
    para(doc, "　本市では、2015年4月に施行した宇部市債権管理条例に基づき、債権管理を計画的に進めるため、"
              "宇部市債権管理計画を策定し、全庁的に収納率の向上と収入未済額の縮減に取り組んできました。"
              "第3期計画（2021年度～2023年度）の期間が終了したことから、目標の達成状況と取組状況を整理し、"
              "課題を検証した上で、第4期宇部市債権管理計画を策定します。", indent=3)
    para(doc, "2　第3期計画の実績", 12, True, True)
    para(doc, "（1）現年度分収納率の上昇", 10.5, True, indent=2)
    para(doc, "　2023年度の現年度分収納率は、対象債権全体で98.62%となり、対象16債権中11債権で"
              "現年度分収納率が上昇するなど、2020年度と比べ、全体で0.27ポイント上昇しました。", indent=6)
    facts.append(total_fact(None, 2023, "2023年度", "current", "collection_rate", "actual", 98.62, "percent",
                            "98.62%", pg))
    para(doc, "（2）収入未済額の縮減", 10.5, True, indent=2)
    t23 = TOTAL[2] * 1000
    para(doc, f"　2023年度末の収入未済額は、対象債権全体で{oku_man(t23)}となり、2020年度末の"
              f"{oku_man(OUT2020 * 1000)}から{oku_man(OUT2020 * 1000 - t23)}減少しました。", indent=6)
    facts.append(total_fact(None, 2023, "2023年度末", "total", "outstanding", "actual", t23, "yen", oku_man(t23), pg))
    facts.append(total_fact(None, 2020, "2020年度末", "total", "outstanding", "actual", OUT2020 * 1000, "yen",
                            oku_man(OUT2020 * 1000), pg))
    para(doc, "表1　収入未済額の推移", 10.5, True, True, space_after=0)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    rows = [["債権名", "2021年度", "2022年度", "2023年度", "増減\n（2023－2021）"]]
    for name, vals in list(OUTST.items()) + [("合計", TOTAL)]:
        rows.append([name] + [c(v) for v in vals] + [c(vals[2] - vals[0])])
        for y, v in zip(YEARS, vals):
            if name == "合計":
                facts.append(total_fact("合計", y, f"{y}年度", "total", "outstanding", "actual", v * 1000, "yen", c(v), pg))
            elif name == "その他":
                facts.append(total_fact("その他", y, f"{y}年度", "total", "outstanding", "actual", v * 1000, "yen", c(v), pg))
            else:
                facts.append(fact(name, y, f"{y}年度", "total", "outstanding", "actual", v * 1000, "yen", c(v), pg))
    table(doc, rows, [48, 27, 27, 27, 32])
    para(doc, "※各年度末（出納整理期間終了後）の額。「その他」は、表中以外の9債権の合計。", 8.5, indent=2)
    page_break(doc)

    # ---- page 3
    pg = 3
    para(doc, "3　計画期間及び対象債権", 12, True, True)
    para(doc, "　計画期間は2024年度から2026年度までの3か年とし、2023年度決算において収入未済額がある"
              "16債権を対象とします。", indent=3)
    para(doc, "4　計画の目標", 12, True, True)
    para(doc, "　対象債権ごとに現年度分収納率及び収入未済額の目標を次のとおり定めます。", indent=3)
    para(doc, "表2　現年度分収納率の実績と目標（単位：％）", 10.5, True, True, space_after=2)
    rows = [["債権名", "実績", "目標", None, None], [None, "2023年度", "2024年度", "2025年度", "2026年度"]]
    for name, vals in RATES.items():
        rows.append([name] + list(vals))
        for k, (y, v) in enumerate(zip((2023, 2024, 2025, 2026), vals)):
            basis = "actual" if k == 0 else "target"
            if name == "全体":
                f = total_fact("全体", y, f"{y}年度", "current", "collection_rate", basis, float(v), "percent", v, pg)
            else:
                f = fact(name, y, f"{y}年度", "current", "collection_rate", basis, float(v), "percent", v, pg)
            facts.append(f)
    t = table(doc, rows, [50, 28, 28, 28, 28], header_rows=2)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "債権名", bold=True)
    m = t.cell(0, 2).merge(t.cell(0, 4))
    cell_text(m, "目標", bold=True)
    para(doc, "", space_after=6)
    para(doc, "表3　収入未済額の縮減目標（単位：百万円）", 10.5, True, True, space_after=2)
    rows = [["債権名", "2023年度末\n（実績）", "2026年度末\n（目標）", "縮減額"]]
    m23 = {k: round(v[2] / 1000) for k, v in OUTST.items()}
    tot23, tot26 = sum(m23.values()), sum(TARGET26.values())
    assert tot23 == round(TOTAL[2] / 1000)
    for name in list(OUTST) + ["合計"]:
        a23 = tot23 if name == "合計" else m23[name]
        a26 = tot26 if name == "合計" else TARGET26[name]
        rows.append([name, c(a23), c(a26), c(a23 - a26)])
        for y, v, basis in ((2023, a23, "actual"), (2026, a26, "target")):
            raw_y = f"{y}年度末"
            if name in ("合計", "その他"):
                facts.append(total_fact(name, y, raw_y, "total", "outstanding", basis, v * 1_000_000, "yen", c(v), pg))
            else:
                facts.append(fact(name, y, raw_y, "total", "outstanding", basis, v * 1_000_000, "yen", c(v), pg))
    table(doc, rows, [50, 32, 32, 32])
    para(doc, "※2023年度末の額は表1の額を百万円未満四捨五入したもの。", 8.5, indent=2)
    page_break(doc)

    # ---- pages 4, 5: 債権ごとの取組
    order = list(BLOCKS)
    for idx, name in enumerate(order):
        pg = 4 if idx < 2 else 5
        if idx == 0:
            para(doc, "5　債権ごとの取組", 12, True, True)
        if idx == 2:
            page_break(doc)
        ka, arr23, arr26, items = BLOCKS[name]
        para(doc, f"（{idx + 1}）{name}", 11, True, True, space_after=2)
        box = doc.add_table(rows=1, cols=4)
        box.style = "Table Grid"
        box.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, (v, w) in enumerate(zip(("債権名", name, "所管課", ka), (24, 58, 24, 58))):
            box.cell(0, j).width = Mm(w)
            cell_text(box.cell(0, j), v, bold=j % 2 == 0, align=WD_ALIGN_PARAGRAPH.CENTER if j % 2 == 0
                      else WD_ALIGN_PARAGRAPH.LEFT)
            if j % 2 == 0:
                shade(box.cell(0, j))
        para(doc, "", space_after=2)
        cur23, cur26 = RATES[name][0], RATES[name][3]
        o23 = OUTST[name][2]
        o26 = TARGET26[name] * 1000
        rows = [["項目", "2023年度（実績）", "2026年度（目標）"],
                ["現年度分収納率", cur23 + "%", cur26 + "%"],
                ["滞納繰越分収納率", arr23 + "%", arr26 + "%"],
                ["収入未済額", c(o23) + "千円", c(o26) + "千円"]]
        table(doc, rows, [54, 55, 55])
        for seg, metric, v23, v26, unit in (("current", "collection_rate", cur23, cur26, "%"),
                                           ("arrears", "collection_rate", arr23, arr26, "%")):
            facts.append(fact(name, 2023, "2023年度", seg, metric, "actual", float(v23), "percent", v23 + unit, pg))
            facts.append(fact(name, 2026, "2026年度", seg, metric, "target", float(v26), "percent", v26 + unit, pg))
        facts.append(fact(name, 2023, "2023年度", "total", "outstanding", "actual", o23 * 1000, "yen", c(o23) + "千円", pg))
        facts.append(fact(name, 2026, "2026年度", "total", "outstanding", "target", o26 * 1000, "yen", c(o26) + "千円", pg))
        para(doc, "【主な取組】", 10.5, True, indent=2, space_after=1)
        for label, text, status, wrap in items:
            p = para(doc, "", indent=6, space_after=1)
            p.paragraph_format.first_line_indent = Mm(-4)
            r = p.add_run(f"{label}{text}")
            set_font(r, 10.5)
            if wrap:
                r.add_break()
            set_font(p.add_run(f"【{status}】"), 10.5)
            inits.append({"debt": name, "debt_raw": name, "fiscal_year": 2024, "section": "債権ごとの取組",
                          "label": label, "text": text, "status": status, "page": pg})
        para(doc, "", space_after=4)
    para(doc, "6　計画の推進", 12, True, True)
    para(doc, "　本計画の進捗は、副市長を会長とする宇部市債権管理推進会議において毎年度点検し、"
              "その結果を公表します。また、社会経済情勢の変化等に応じて、必要な見直しを行います。", indent=3)

    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    to_pdf(docx_path, PDF / f"{STEM}.pdf", "ube")
    return write_gold(STEM, "plan", MUNI, TITLE, "2024-08-01", "2024年（令和6年）8月",
                      facts, inits)


if __name__ == "__main__":
    build()
