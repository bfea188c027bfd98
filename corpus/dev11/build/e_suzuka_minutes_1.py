"""鈴鹿市-style 議会 総務委員会記録 (所管事務調査: 債権管理) with a 別表 (python-docx -> LibreOffice)."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import OUT, PDF, F, finish, fmt, rate, soffice_pdf

STEM = "e_suzuka_minutes_1"
CITY = "鈴鹿市"
TITLE = "総務委員会記録"
SEC1 = "令和6年度債権管理の取組状況について"
SEC2 = "不納欠損処分の状況について"

ATT = [("委員長", "森田 昌和"), ("副委員長", "加藤 由美"), ("委員", "伊藤 健一"), ("委員", "中川 直子"),
       ("委員", "山本 隆"), ("委員", "西村 聡")]
EXPL = [("総務部長", "田中 誠"), ("総務部次長兼納税課長", "小林 修"), ("債権管理課長", "中西 亮"),
        ("子ども・若者部長", "岡田 恵"), ("保健福祉部参事・保険年金課長", "松本 浩二")]

STATEMENTS = [
    ("森田委員長", SEC1, "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、令和6年度債権管理の取組状況について説明を受けます。それでは、説明をお願いします。"),
    ("中西債権管理課長", SEC1, "お手元の資料に沿って御説明いたします。令和5年度決算における市全体の収入未済額は約28億4,300万円で、前年度から約1億9,000万円縮減いたしました。11月末現在の市税の収納率は、現年課税分で68.4％、前年同月は67.9％でございます。滞納繰越分は22.1％で、前年同月の20.8％を上回っております。"),
    ("伊藤委員", SEC1, "保育所保育料の状況はどうなっていますか。卒園した世帯の滞納分が残っていると聞いていますが、その対応も伺いたい。"),
    ("岡田子ども・若者部長", SEC1, "保育所保育料の令和5年度の収納率は、現年度分で99.02％、過年度分で18.7％でございました。卒園児の世帯につきましては、文書催告に加えて財産調査を行い、必要に応じて差押えを実施しております。"),
    ("伊藤委員", SEC1, "分かりました。引き続き、早い段階での接触をお願いします。"),
    ("中川委員", SEC1, "国民健康保険税の収納率は他市と比べてどうですか。"),
    ("松本保健福祉部参事・保険年金課長", SEC1, "国民健康保険税の現年課税分の収納率は、令和5年度決算で94.76％となり、県内14市の平均を上回っております。滞納繰越分は26.31％でございました。"),
    ("中西債権管理課長", SEC2, "令和5年度の不納欠損額は、全会計で約4,120万円でございます。そのうち市税が約2,680万円で、いずれも財産調査の結果、滞納処分の執行停止を経て時効により消滅したものでございます。"),
    ("西村委員", SEC2, "執行停止の判断基準は統一されているのですか。"),
    ("小林総務部次長兼納税課長", SEC2, "市税と国民健康保険税では、同じ判断基準により、財産調査の結果を記録したうえで執行停止を行っております。"),
    ("森田委員長", SEC2, "以上で所管事務調査を終わります。本日の委員会を閉会いたします。"),
]

# 別表 (千円): assessed, collected, written_off ; FY2023
TABLE = [("市税", 31452118, 30810334, 26802), ("国民健康保険税", 5802117, 5194006, 7114),
         ("介護保険料", 4410228, 4371590, 3020), ("保育所保育料", 612305, 602551, 1204)]


def fld(run, code):
    for kind, txt in (("begin", None), (None, code), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.text = txt
        run._r.append(e)


def para(doc, text, size=10.5, bold=False, align=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def build():
    facts = []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    fld(fp.add_run(), "PAGE")
    fp.add_run(" －")
    para(doc, TITLE, 16, True, "c")
    para(doc, "（令和6年第4回定例会会期中）", 10, False, "c")
    para(doc, "※本委員会では、令和6年度第2回鈴鹿市債権管理推進本部会議（令和6年11月20日開催）の報告内容を踏まえて調査を行った。", 9)
    para(doc, "１　開催日時　　令和6年12月12日（木）　午前10時00分～午前11時20分")
    para(doc, "２　開催場所　　第1委員会室")
    para(doc, "３　出席委員　　" + "、".join(f"{r}　{n}" for r, n in ATT))
    para(doc, "４　説明のため出席した者")
    para(doc, "　　" + "・".join(t for t, _ in EXPL) + "（氏名は下記のとおり）")
    for t, n in EXPL:
        para(doc, f"{t}　{n}", 10, indent=12)
    para(doc, "５　事務局職員　　議事課主査　佐藤 和也")
    para(doc, "６　案　　件　　所管事務調査")
    para(doc, f"（１）{SEC1}", indent=8)
    para(doc, f"（２）{SEC2}", indent=8)
    para(doc, "７　資　　料　　令和6年度債権管理の取組状況（11月末現在）")
    para(doc, "８　審査の経過", bold=True)
    cur = None
    for sp, sct, text in STATEMENTS:
        if sct != cur:
            cur = sct
            para(doc, f"【{'（１）' if sct == SEC1 else '（２）'}{sct}】", bold=True)
        para(doc, f"○{sp}", bold=True)
        para(doc, "　" + text)
    # 別表 on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("別表　主な債権の収納状況（令和5年度決算）").bold = True
    para(doc, "単位：千円、％", 9).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")):
        t.rows[0].cells[i].text = h
    for n, a, c, w in TABLE:
        o = a - c - w
        r = rate(c, a)
        cells = t.add_row().cells
        for i, v in enumerate((n, fmt(a), fmt(c), fmt(w), fmt(o), f"{r:.2f}")):
            cells[i].text = v
            if i:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for met, v, raw in (("assessed", a * 1000, fmt(a)), ("collected", c * 1000, fmt(c)),
                            ("written_off", w * 1000, fmt(w)), ("outstanding", o * 1000, fmt(o))):
            facts.append(F(n, 2023, "令和5年度", "total", met, "actual", v, "yen", raw, None))
        facts.append(F(n, 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}", None))
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額", 9)
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    soffice_pdf(x, PDF / f"{STEM}.pdf", "suzuka")
    from e_common import page_texts
    last = len(page_texts(PDF / f"{STEM}.pdf"))
    for f in facts:
        f["page"] = last
    # figures in statements
    def sp(raw, **kw):
        return F(**kw, raw=raw, page=None)
    facts += [
        F(None, 2023, "令和5年度", "total", "outstanding", "actual", 2843000000, "yen", "約28億4,300万円", None, approx=True, debt_raw=None),
        F("市税", 2024, "11月末現在", "current", "collection_rate", "interim", 68.4, "percent", "68.4％", None, as_of="2024-11-30"),
        F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 67.9, "percent", "67.9％", None, as_of="2023-11-30"),
        F("市税", 2024, "11月末現在", "arrears", "collection_rate", "interim", 22.1, "percent", "22.1％", None, as_of="2024-11-30"),
        F("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 20.8, "percent", "20.8％", None, as_of="2023-11-30"),
        F("保育所保育料", 2023, "令和5年度", "current", "collection_rate", "actual", 99.02, "percent", "99.02％", None),
        F("保育所保育料", 2023, "令和5年度", "arrears", "collection_rate", "actual", 18.7, "percent", "18.7％", None),
        F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", 94.76, "percent", "94.76％", None),
        F("国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 26.31, "percent", "26.31％", None),
        F(None, 2023, "令和5年度", "total", "written_off", "actual", 41200000, "yen", "約4,120万円", None, approx=True, debt_raw=None),
        F("市税", 2023, "令和5年度", "total", "written_off", "actual", 26800000, "yen", "約2,680万円", None, approx=True),
    ]
    attendees = [{"role": r, "title": None, "name": n} for r, n in ATT]
    attendees += [{"role": "説明員", "title": t, "name": n} for t, n in EXPL]
    attendees.append({"role": "事務局", "title": "議事課主査", "name": "佐藤 和也"})
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-12-12", "method": None,
               "attendees": attendees, "agenda": [SEC1, SEC2],
               "materials": ["令和6年度債権管理の取組状況（11月末現在）"],
               "statements": [{"speaker": s, "section": sc, "text": t} for s, sc, t in STATEMENTS]}
    docmeta = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-12-12",
               "date_raw": "令和6年12月12日（木）"}
    finish(STEM, docmeta, facts, [], minutes)


if __name__ == "__main__":
    build()
