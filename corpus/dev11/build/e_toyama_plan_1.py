"""富山市-style 債権管理計画 with one 債権管理推進シート per debt (python-docx -> LibreOffice)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import OUT, PDF, F, I, finish, fmt, rate, soffice_pdf

STEM = "e_toyama_plan_1"
CITY = "富山市"
TITLE = "富山市債権管理計画（令和6年度～令和10年度）"
YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度")]

# yen: per year current (a, c, w), arrears (a, c, w)
SHEETS = [
    dict(name="市営住宅使用料", ka="市営住宅課",
         cur=[(1208441200, 1168250300, 0), (1195330800, 1157912400, 0), (1182006500, 1148855100, 0), (1170552900, 1139118600, 0)],
         arr=[(152330100, 18880400, 6120300), (165291800, 19541200, 8702100), (174264000, 21090300, 9552300), (176775800, 22830200, 11204700)],
         tgt=[(2024, "令和6年度", 97.40, 13.50, 140000), (2025, "7年度", 97.50, 14.00, 136000), (2026, "8年度", 97.60, 14.50, 132000),
              (2027, "9年度", 97.70, 15.00, 128000), (2028, "10年度", 97.80, 15.50, 124000)],
         items=[("①", "滞納1か月の時点で電話催告を行い、3か月以上の滞納者には連帯保証人への通知を行う。", "継続"),
                ("②", "高額滞納者のうち納付に応じない者には、明渡し請求訴訟を提起する。", "継続"),
                ("③", "退去滞納者の債権回収を弁護士法人に委託する。", "新規")]),
    dict(name="保育所保育料", ka="こども育成課",
         cur=[(2208338000, 2181041500, 0), (1802114300, 1782260100, 0), (1754321000, 1736215700, 0), (1712008800, 1695210300, 0)],
         arr=[(88402300, 14220600, 5402200), (97077500, 15812900, 6120800), (95125700, 16234600, 7011000), (96971400, 17350900, 6904100)],
         tgt=[(2024, "令和6年度", 99.05, 19.00, 80000), (2025, "7年度", 99.10, 19.50, 77000), (2026, "8年度", 99.15, 20.00, 74000),
              (2027, "9年度", 99.20, 20.50, 71000), (2028, "10年度", 99.25, 21.00, 68000)],
         items=[("①", "児童手当からの特別徴収を保護者の申出に基づき進める。", "継続"),
                ("②", "卒園児の滞納分について、財産調査を行い差押えを実施する。", "拡充")]),
    dict(name="下水道使用料", ka="上下水道局料金課",
         cur=[(6120448300, 6052117800, 0), (6088201500, 6021552900, 0), (6102334700, 6037701800, 0), (6095008100, 6032661200, 0)],
         arr=[(71203400, 52331200, 2104500), (66955700, 49721800, 1950200), (64382600, 48002100, 1822400), (62190400, 46610500, 1751300)],
         tgt=[(2024, "令和6年度", 99.00, 75.00, 75000), (2025, "7年度", 99.02, 75.50, 74000), (2026, "8年度", 99.04, 76.00, 73000),
              (2027, "9年度", 99.06, 76.50, 72000), (2028, "10年度", 99.08, 77.00, 71000)],
         items=[("①", "水道料金と一体で督促し、給水停止予告により納付を促す。", "継続"),
                ("②", "スマートフォン決済アプリによる納付を令和6年10月から開始する。", "新規")]),
]


def shade(c, color="D9D9D9"):
    tcPr = c._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def set_cell(c, text, bold=False, align=None, size=9, head=False):
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if head:
        shade(c)


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def build():
    facts, inits = [], []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(15)
    hp = sec.header.paragraphs[0]
    hp.text = "富山市債権管理計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.text = txt
        run._r.append(e)

    para(doc, TITLE, 16, True, "c")
    para(doc, "令和6年3月　富山市財務部", 11, False, "c")
    para(doc, "１　計画の目的", 12, True)
    para(doc, "　本計画は、富山市債権管理条例に基づき、市の債権の適正な管理と収入未済額の縮減を図るため、"
              "債権ごとに徴収率の目標と具体的な取組を定めるものである。計画期間は令和6年度から令和10年度までの5年間とする。")
    para(doc, "２　対象債権の収入未済額（令和4年度決算）", 12, True)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("No.", "債権名", "所管課", "収入未済額（円）")):
        set_cell(t.rows[0].cells[i], h, True, "c", head=True)
    total = 0
    for k, s in enumerate(SHEETS):
        a, c, w = s["cur"][3]
        aa, ac, aw = s["arr"][3]
        o = (a - c - w) + (aa - ac - aw)
        total += o
        row = t.add_row().cells
        for i, v in enumerate((str(k + 1), s["name"], s["ka"], fmt(o))):
            set_cell(row[i], v, align="r" if i == 3 else None)
        facts.append(F(s["name"], 2022, "令和4年度", "total", "outstanding", "actual", o, "yen", fmt(o), 1))
    para(doc, "※各債権の推進シートは次頁以降のとおり。徴収率＝収入済額÷調定額×100", 9)

    for k, s in enumerate(SHEETS):
        n = s["name"]
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        p.add_run(f"債権管理推進シート（No.{k + 1}）").bold = True
        box = doc.add_table(rows=1, cols=4)
        box.style = "Table Grid"
        for i, v in enumerate(("債権名", n, "所管課", s["ka"])):
            set_cell(box.rows[0].cells[i], v, bold=i in (0, 2), size=10, head=i in (0, 2))
        para(doc, "（１）収納状況の推移", 11, True)
        para(doc, "（単位：円）", 9, align="r")
        for segl, seg, key in (("【現年度分】", "current", "cur"), ("【過年度分】", "arrears", "arr")):
            para(doc, segl, 10, True)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for i, h in enumerate(("年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "徴収率(%)")):
                set_cell(tb.rows[0].cells[i], h, True, "c", head=True)
            for (fy, fyl), (a, c, w) in zip(YEARS, s[key]):
                o = a - c - w
                r = rate(c, a)
                cells = tb.add_row().cells
                for i, v in enumerate((fyl, fmt(a), fmt(c), fmt(w) if w else "0", fmt(o), f"{r:.2f}")):
                    set_cell(cells[i], v, align=None if i == 0 else "r")
                facts.append(F(n, fy, fyl, seg, "assessed", "actual", a, "yen", fmt(a)))
                facts.append(F(n, fy, fyl, seg, "collected", "actual", c, "yen", fmt(c)))
                if w:
                    facts.append(F(n, fy, fyl, seg, "written_off", "actual", w, "yen", fmt(w)))
                else:
                    facts.append(F(n, fy, fyl, seg, "written_off", "actual", 0, "yen", "0", anchor="__zero__"))
                facts.append(F(n, fy, fyl, seg, "outstanding", "actual", o, "yen", fmt(o)))
                facts.append(F(n, fy, fyl, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}"))
        para(doc, "（２）目標", 11, True)
        tg = doc.add_table(rows=1, cols=6)
        tg.style = "Table Grid"
        set_cell(tg.rows[0].cells[0], "区分", True, "c", head=True)
        for i, t5 in enumerate(s["tgt"]):
            set_cell(tg.rows[0].cells[i + 1], t5[1], True, "c", head=True)
        for lab, j, seg, unit in (("現年度分徴収率(%)", 2, "current", "percent"), ("過年度分徴収率(%)", 3, "arrears", "percent"),
                                  ("収入未済額(千円)", 4, "total", "yen")):
            cells = tg.add_row().cells
            set_cell(cells[0], lab)
            for i, t5 in enumerate(s["tgt"]):
                v = t5[j]
                txt = f"{v:.2f}" if unit == "percent" else fmt(v)
                set_cell(cells[i + 1], txt, align="r")
                facts.append(F(n, t5[0], t5[1], seg, "collection_rate" if unit == "percent" else "outstanding", "target",
                               v if unit == "percent" else v * 1000, unit, txt))
        para(doc, "（３）目標達成に向けた取組", 11, True)
        for lab, text, stt in s["items"]:
            para(doc, f"{lab}　{text}【{stt}】", 10)
            inits.append(I(n, 2024, "目標達成に向けた取組", lab, text, stt))
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    soffice_pdf(x, PDF / f"{STEM}.pdf", "toyama")
    # the "0" write-offs cannot be located by substring: give them the page of their sheet
    from e_common import page_texts, ws
    texts = page_texts(PDF / f"{STEM}.pdf")
    assert len(texts) == 1 + len(SHEETS)  # one page per sheet
    sheet_page = {s["name"]: k + 2 for k, s in enumerate(SHEETS)}
    for it in facts + inits:
        if it["page"] is None:
            assert f"債権名{it['debt']}" in texts[sheet_page[it['debt']] - 1]
            it["page"] = sheet_page[it["debt"]]
            it.pop("_anchor", None)
    docmeta = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和6年3月"}
    finish(STEM, docmeta, facts, inits)


if __name__ == "__main__":
    build()
