"""n_saku_progress_1: 佐久市 「事務事業評価シート」 for 滞納整理事業 / 下水道使用料 (python-docx -> LibreOffice).

Modelled on 佐久市 事務事業(外部)評価シート (滞納整理事業 総務部収税課; 下水道使用料・受益者負担金賦課徴収事業
生活排水部業務課; 事業概要 PLAN / 実施結果 DO / 分析 CHECK / 今後の方向性 ACTION, 成果指標 予定・実績),
https://123deta.com/document/wq27rojy-... and https://www.city.saku.nagano.jp/shisei/seisaku_shisaku/gyoseikaikaku/jimujigyo/R5jimujigyouhyouka.html
Figures invented.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from n_common import OUT, PDF, check_and_write, comma, fact, initiative, zen, to_pdf

STEM = "n_saku_progress_1"
CITY = "佐久市"
TITLE = "令和７年度　事務事業評価シート（令和６年度実施事業）"
FONT = "IPAexMincho"
GOTH = "IPAexGothic"

# sheet 1 indicators: (label, debt, seg, metric, unit, [(target, actual) R4, R5, R6])
IND1 = [
    ("市税収納率（現年課税分）", "市税", "current", "collection_rate", "％",
     [(99.05, 99.12), (99.15, 99.18), (99.20, 99.26)]),
    ("市税収納率（滞納繰越分）", "市税", "arrears", "collection_rate", "％",
     [(28.00, 27.41), (29.00, 30.08), (31.00, 31.72)]),
    ("国民健康保険税収納率（現年課税分）", "国民健康保険税", "current", "collection_rate", "％",
     [(94.00, 93.62), (94.20, 94.11), (94.50, 94.58)]),
    ("国民健康保険税収納率（滞納繰越分）", "国民健康保険税", "arrears", "collection_rate", "％",
     [(20.00, 19.35), (21.00, 20.84), (22.00, 22.47)]),
    ("市税収入未済額", "市税", "total", "outstanding", "千円",
     [(480000, 476815), (450000, 447302), (420000, 418236)]),
    ("国民健康保険税収入未済額", "国民健康保険税", "total", "outstanding", "千円",
     [(620000, 634118), (600000, 598407), (570000, 561960)]),
    ("市税滞納者数（実人数）", "市税", "total", "delinquents", "人",
     [(3300, 3284), (3100, 3052), (2900, 2867)]),
]
YEARS1 = [(2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")]

IND2 = [
    ("下水道使用料収納率（現年度分）", "下水道使用料", "current", "collection_rate", "％",
     [(99.10, 99.14), (99.20, 99.23)]),
    ("下水道使用料収納率（過年度分）", "下水道使用料", "arrears", "collection_rate", "％",
     [(25.00, 23.66), (25.00, 25.41)]),
    ("受益者負担金収納率（現年度分）", "下水道事業受益者負担金", "current", "collection_rate", "％",
     [(98.50, 98.72), (98.80, 98.64)]),
    ("下水道使用料収入未済額", "下水道使用料", "total", "outstanding", "千円",
     [(33000, 32874), (31500, 31208)]),
]
YEARS2 = [(2023, "2023年度"), (2024, "2024年度")]

ACT1 = [("ア", "現年課税分の滞納を早期に解消するため、納期限後３０日以内の電話催告を徹底する。", "継続"),
        ("イ", "預貯金照会の電子化の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "拡充"),
        ("ウ", "国民健康保険税の新規加入者に対し、口座振替の原則化を案内する。", "新規")]
ACT2 = [("(1)", "検針時に未納のある世帯へ納付案内を手渡しし、早期の納付を促す。", "継続"),
        ("(2)", "受益者負担金の分割納付者について、履行状況を四半期ごとに点検する。", None),
        ("(3)", "上水道部門と滞納者情報を共有し、給水停止予告と連動した催告を行う。", "新規")]


def set_font(run, name=FONT, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text, size=10.5, bold=False, align=None, name=FONT, space_after=2):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    set_font(r, name, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def cell_text(cell, text, size=9.5, bold=False, align=None, name=FONT):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, name, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def borders(table, spec):
    """spec: dict edge -> 'single'/'nil' for top,left,bottom,right,insideH,insideV."""
    tblPr = table._tbl.tblPr
    tb = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        val = spec.get(edge, "nil")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        tb.append(el)
    tblPr.append(tb)


GRID = {e: "single" for e in ("top", "left", "bottom", "right", "insideH", "insideV")}
HORIZ = {"top": "single", "bottom": "single", "insideH": "single"}


def page_field(paragraph):
    r = paragraph.add_run()
    set_font(r, FONT, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def header_box(doc, rows):
    t = doc.add_table(rows=len(rows), cols=6)
    borders(t, GRID)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), name=GOTH if j % 2 == 0 else FONT)
    widths = [Mm(24), Mm(58), Mm(24), Mm(26), Mm(18), Mm(24)]
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    return t


def ind_table(doc, ind, years, lab_t, lab_a, rule, facts, page, fy_fmt):
    ncol = 2 + 2 * len(years)
    t = doc.add_table(rows=2 + len(ind), cols=ncol)
    borders(t, rule)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "指標名", bold=True, name=GOTH, align=WD_ALIGN_PARAGRAPH.CENTER)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(b, "単位", bold=True, name=GOTH, align=WD_ALIGN_PARAGRAPH.CENTER)
    for k, (fy, lab) in enumerate(years):
        m = t.cell(0, 2 + 2 * k).merge(t.cell(0, 3 + 2 * k))
        cell_text(m, lab, bold=True, name=GOTH, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.cell(1, 2 + 2 * k), lab_t, name=GOTH, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.cell(1, 3 + 2 * k), lab_a, name=GOTH, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, (label, debt, seg, met, unit, vals) in enumerate(ind):
        r = 2 + i
        cell_text(t.cell(r, 0), label, size=9)
        cell_text(t.cell(r, 1), unit, align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, ((fy, fylab), (tv, av)) in enumerate(zip(years, vals)):
            for off, v, basis in ((0, tv, "target"), (1, av, "actual")):
                if unit == "％":
                    txt, val, u = f"{v:.2f}", v, "percent"
                elif unit == "千円":
                    txt, val, u = comma(v), v * 1000, "yen"
                else:
                    txt, val, u = comma(v), v, "persons"
                cell_text(t.cell(r, 2 + 2 * k + off), txt, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
                facts.append(fact(debt, fy, fylab, seg, met, basis, val, u, txt, page))
    widths = [Mm(48), Mm(12)] + [Mm(19)] * (2 * len(years))
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    return t


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("佐久市行政評価　事務事業評価シート"), FONT, 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), FONT, 9)
    page_field(fp)
    set_font(fp.add_run(" －"), FONT, 9)

    facts, inits = [], []
    # ---------------- sheet 1, page 1
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, 6)
    para(doc, "令和８年１月　佐久市総務部行政管理課", 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    header_box(doc, [["事務事業名", "滞納整理事業", "担当部", "総務部", "担当課", "収税課"],
                     ["会計", "一般会計", "事業開始年度", "H17", "評価者", "収税課長"]])
    para(doc, "")
    para(doc, "１　事業概要【PLAN】", 11, True, name=GOTH)
    para(doc, "　市税及び国民健康保険税の滞納者に対し、督促・催告、財産調査、差押え等の滞納処分を行い、"
              "負担の公平性と自主財源の確保を図る。", 10)
    para(doc, "２　成果指標と目標達成状況【DO】", 11, True, name=GOTH)
    ind_table(doc, IND1, YEARS1, "予定", "実績", GRID, facts, 1, None)
    para(doc, "※予定は当該年度当初に設定した目標値。収入未済額は各年度末（出納閉鎖後）の額。", 8.5)
    para(doc, "３　事業の分析【CHECK】", 11, True, name=GOTH)
    o6 = IND1[4][5][2][1]
    man = round(o6 / 1000) * 100
    txt = f"約{man // 10000}億{man % 10000:,}万円"
    para(doc, "　現年課税分の収納率は３年連続で上昇し、令和６年度は予定を上回った。"
              f"令和６年度末の市税の収入未済額は{txt}まで縮減したが、固定資産税の滞納繰越分に高額・長期の案件が残っており、"
              "財産調査から処分までの期間短縮が課題である。", 10)
    facts.append(fact("市税", 2024, "令和６年度末", "total", "outstanding", "actual", man * 10000, "yen", txt, 1,
                      approx=True))
    page_break(doc)
    # ---------------- sheet 1, page 2
    para(doc, "４　今後の方向性・改善内容【ACTION】（令和７年度）", 11, True, name=GOTH)
    for lab, t, s in ACT1:
        para(doc, f"{lab}　{t}" + (f"【{s}】" if s else ""), 10)
        inits.append(initiative(None, 2025, "今後の方向性・改善内容", lab, t, s, 2))
    para(doc, "")
    box = doc.add_table(rows=1, cols=1)
    borders(box, GRID)
    c = box.cell(0, 0)
    cell_text(c, "【参考】令和７年度の収納状況（令和７年１２月末時点）", 10, True, name=GOTH)
    ref = [("市税（現年課税分）", "市税", "current", 81.42, 80.97),
           ("国民健康保険税（現年課税分）", "国民健康保険税", "current", 63.18, 62.55),
           ("市税（滞納繰越分）", "市税", "arrears", 18.36, 17.02)]
    for lab, debt, seg, v, pv in ref:
        p = c.add_paragraph()
        set_font(p.add_run(f"・{lab}：収納率　{zen(f'{v:.2f}')}％（前年同月　{zen(f'{pv:.2f}')}％）"), FONT, 10)
        facts.append(fact(debt, 2025, "令和７年１２月末", seg, "collection_rate", "interim", v, "percent",
                          zen(f"{v:.2f}") + "％", 2, as_of="2025-12-31"))
        facts.append(fact(debt, 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent",
                          zen(f"{pv:.2f}") + "％", 2, as_of="2024-12-31"))
    p = c.add_paragraph()
    set_font(p.add_run(f"・市税の滞納者数：{zen('2,611')}人（前年同月　{zen('2,774')}人）"), FONT, 10)
    facts.append(fact("市税", 2025, "令和７年１２月末", "total", "delinquents", "interim", 2611, "persons",
                      zen("2,611") + "人", 2, as_of="2025-12-31"))
    facts.append(fact("市税", 2024, "前年同月", "total", "delinquents", "interim", 2774, "persons",
                      zen("2,774") + "人", 2, as_of="2024-12-31"))
    para(doc, "")
    para(doc, "５　総合評価", 11, True, name=GOTH)
    para(doc, "　評価区分：Ａ（目標を概ね達成しており、現行の手法を継続・改善して実施する。）", 10)
    page_break(doc)
    # ---------------- sheet 2, page 3
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, 6)
    header_box(doc, [["事務事業名", "下水道使用料・受益者負担金賦課徴収事業", "担当部", "生活排水部", "担当課", "業務課"],
                     ["会計", "下水道事業会計", "事業開始年度", "H17", "評価者", "業務課長"]])
    para(doc, "")
    nb = doc.add_table(rows=1, cols=1)
    borders(nb, GRID)
    cell_text(nb.cell(0, 0), "債権名　下水道使用料", 10.5, True, name=GOTH)
    para(doc, "")
    para(doc, "１　事業概要【PLAN】", 11, True, name=GOTH)
    para(doc, "　下水道使用料及び受益者負担金を賦課・徴収し、未納者に対しては督促・催告と納付相談を行う。", 10)
    para(doc, "２　成果指標と目標達成状況【DO】", 11, True, name=GOTH)
    ind_table(doc, IND2, YEARS2, "計画", "実績", HORIZ, facts, 3, None)
    para(doc, "３　事業の分析【CHECK】", 11, True, name=GOTH)
    o = IND2[3][5][1][1]
    man2 = round(o / 100) * 10  # 千円 -> 万円, rounded to 10万円
    txt2 = f"約{man2:,}万円"
    para(doc, f"　下水道使用料の滞納額は{txt2}（2024年度末）で、前年度から減少した。"
              "一方、過年度分は転出や所在不明の案件が多く、収納率は計画を僅かに上回るにとどまった。", 10)
    facts.append(fact("下水道使用料", 2024, "2024年度末", "total", "outstanding", "actual", man2 * 10000,
                      "yen", txt2, 3, approx=True))
    page_break(doc)
    # ---------------- sheet 2, page 4
    para(doc, "４　今後の方向性・改善内容【ACTION】", 11, True, name=GOTH)
    for lab, t, s in ACT2:
        para(doc, f"{lab}　{t}" + (f"【{s}】" if s else ""), 10)
        inits.append(initiative("下水道使用料", 2025, "今後の方向性・改善内容", lab, t, s, 4))
    para(doc, "")
    para(doc, "【収納率】令和７年１２月末時点", 10.5, True, name=GOTH)
    for lab, seg, v, pv in (("現年度分", "current", 82.05, 81.77), ("過年度分", "arrears", 24.10, 22.86)):
        para(doc, f"・{lab}　{v:.2f}％（前年同月　{pv:.2f}％）", 10)
        facts.append(fact("下水道使用料", 2025, "令和７年１２月末", seg, "collection_rate", "interim", v, "percent",
                          f"{v:.2f}％", 4, as_of="2025-12-31"))
        facts.append(fact("下水道使用料", 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent",
                          f"{pv:.2f}％", 4, as_of="2024-12-31"))
    para(doc, "")
    para(doc, "５　総合評価", 11, True, name=GOTH)
    para(doc, "　評価区分：Ｂ（一部の指標が計画に達しておらず、手法の改善を図りながら実施する。）", 10)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "n_prog")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": "2026-01-01", "date_raw": "令和８年１月"}
    return check_and_write(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
