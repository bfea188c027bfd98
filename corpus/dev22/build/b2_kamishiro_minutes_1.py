"""b2_kamishiro_minutes_1: 決算特別委員会（総務分科会）記録 (かみしろ市, invented) — python-docx -> LibreOffice.
Modelled on a council 決算特別委員会 record where staff answer under 【山中納税課長】-style markers about
滞納繰越分の徴収率 and its target; a 別表 of figures closes the record."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from b2_common import *

STEM = "b2_kamishiro_minutes_1"
CITY = "かみしろ市"
TITLE = "令和７年　決算特別委員会（総務分科会）記録"
# 別表 (千円): 調定額, 収入済額, 不納欠損額
TAB = [("市税", 27_418_306, 26_831_254, 21_880), ("国民健康保険税", 5_204_117, 4_622_390, 58_214),
       ("市営住宅使用料", 412_905, 389_117, 3_006), ("保育所保育料", 198_440, 194_802, 512)]
CUR = (26_841_006, 26_640_744)   # 市税 現年課税分 調定額・収入済額 (千円)
ARR = (TAB[0][1] - CUR[0], TAB[0][2] - CUR[1])


def setfont(doc):
    st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def page_number(par):
    r = par.add_run()
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t)
        else:
            e = OxmlElement("w:instrText"); e.text = txt
        r._r.append(e)


def build():
    facts = []
    F = lambda *a, **kw: facts.append(fact(*a, **kw))
    doc = Document(); setfont(doc)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    hp = sec.header.paragraphs[0]; hp.text = "決算特別委員会（総務分科会）記録"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.add_run("－"); page_number(fp); fp.add_run("－")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(TITLE); r.bold = True; r.font.size = Pt(15)
    meta = [("開催日時", "令和7年9月18日（木曜日）　午前10時00分開会　午前11時42分閉会"), ("開催場所", "第2委員会室")]
    for a, b in meta: doc.add_paragraph(f"１　{a}　{b}" if a == "開催日時" else f"２　{a}　{b}")
    att = [("委員長", "西田 隆"), ("副委員長", "今村 由紀"), ("委員", "北条 健一"), ("委員", "松井 さやか"), ("委員", "荒木 大輔")]
    staff = [("総務部長", "大橋 誠"), ("総務部次長兼財政課長", "森 和也"), ("納税課長", "山中 浩二"), ("債権管理課長", "小川 恵"),
             ("保険年金課長", "堀 正樹")]
    doc.add_paragraph("３　出席委員（5名）")
    doc.add_paragraph("　　" + "　".join(f"{n}　{r}" for r, n in att))
    doc.add_paragraph("４　説明のため出席した者")
    for r_, n in staff: doc.add_paragraph(f"　　{r_}　{n}")
    agenda = ["認定第1号　令和6年度かみしろ市一般会計歳入歳出決算の認定について（所管部分）",
              "認定第2号　令和6年度かみしろ市国民健康保険特別会計歳入歳出決算の認定について（所管部分）"]
    doc.add_paragraph("５　審査した案件")
    for a in agenda: doc.add_paragraph("　　" + a)
    materials = ["令和6年度主要な施策の成果報告書", "別表　主な債権の収入状況（令和6年度決算）"]
    doc.add_paragraph("６　配付資料　" + "、".join(materials))
    doc.add_paragraph("７　審査の経過")
    cr, ar = rate(CUR[1], CUR[0], 2), rate(ARR[1], ARR[0], 1)
    tr = rate(TAB[0][2], TAB[0][1], 2)
    o_tax = TAB[0][1] - TAB[0][2] - TAB[0][3]
    kok = TAB[1]; kr = rate(kok[2], kok[1], 2)
    S = [
     ("西田委員長", "認定第1号", "ただいまから決算特別委員会総務分科会を開会いたします。認定第1号のうち、市税の収入について説明を求めます。"),
     ("山中納税課長", "認定第1号", f"令和6年度の市税の徴収率は、現年課税分が{cr:.2f}％、滞納繰越分が{ar:.1f}％、全体では{tr:.2f}％でございます。収入未済額は約5億6,500万円となり、前年度から縮減しております。"),
     ("北条委員", "認定第1号", "滞納繰越分の徴収率は目標に届いたのか。目標の設定の考え方も含めて伺いたい。"),
     ("山中納税課長", "認定第1号", "滞納繰越分の目標は30.0％としておりました。執行停止を進めた結果、分母となる滞納繰越額の圧縮が一段落したため、目標をやや低めに設定しておりましたが、差押えの強化により目標を上回ったところでございます。"),
     ("松井委員", "認定第1号", "債権管理課に引き継いだ案件の状況はどうか。"),
     ("小川債権管理課長", "認定第1号", "各課から引継ぎを受けた困難案件について、財産調査と法的措置を進めております。なお、令和7年度第2回債権管理推進会議を11月に開催し、各債権の上半期の状況を報告する予定でございます。"),
     ("西田委員長", "認定第2号", "次に、認定第2号について説明を求めます。"),
     ("堀保険年金課長", "認定第2号", f"国民健康保険税の収入率は{kr:.2f}％で、前年度を0.41ポイント上回りました。不納欠損額は約5,800万円でございます。"),
     ("荒木委員", "認定第2号", "国保税の滞納世帯数はどう推移しているのか。"),
     ("堀保険年金課長", "認定第2号", "令和6年度末の滞納世帯数は2,914世帯で、前年度末より186世帯減少しております。"),
     ("西田委員長", "認定第2号", "以上で本分科会の審査を終了いたします。"),
    ]
    F("市税", 2024, "令和6年度", "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}％")
    F("市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", ar, "percent", f"{ar:.1f}％")
    F("市税", 2024, "令和6年度", "total", "collection_rate", "actual", tr, "percent", f"{tr:.2f}％")
    F("市税", 2024, "令和6年度", "total", "outstanding", "actual", 565_000_000, "yen", "約5億6,500万円", approx=True)
    F("市税", 2024, "令和6年度", "arrears", "collection_rate", "target", 30.0, "percent", "30.0％")
    F("国民健康保険税", 2024, "令和6年度", "total", "collection_rate", "actual", kr, "percent", f"{kr:.2f}％")
    F("国民健康保険税", 2024, "令和6年度", "total", "written_off", "actual", 58_000_000, "yen", "約5,800万円", approx=True)
    F("国民健康保険税", 2024, "令和6年度末", "total", "delinquents", "actual", 2914, "households", "2,914世帯")
    for sp, sec_, txt in S:
        p = doc.add_paragraph(); r = p.add_run(f"【{sp}】"); r.bold = True; p.add_run("　" + txt)
    doc.add_page_break()
    p = doc.add_paragraph(); r = p.add_run("別表　主な債権の収入状況（令和6年度決算）"); r.bold = True
    p = doc.add_paragraph("単位：千円、％"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率"]): t.rows[0].cells[i].text = h
    from docx.shared import Mm as _Mm
    for row_w, w_ in enumerate([42, 27, 27, 22, 22, 18]):
        t.columns[row_w].width = _Mm(w_)
    rows = TAB + [("合計",) + tuple(sum(x[i] for x in TAB) for i in (1, 2, 3))]
    for name, a, c, w in rows:
        o = a - c - w; rv = rate(c, a, 2)
        cells = t.add_row().cells
        for i_, w_ in enumerate([42, 27, 27, 22, 22, 18]): cells[i_].width = _Mm(w_)
        vals = [name, f"{a:,}", f"{c:,}", f"{w:,}", f"{o:,}", f"{rv:.2f}"]
        for i, v in enumerate(vals):
            cells[i].text = v
            if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        debt = None if name == "合計" else name
        for met, v, s in (("assessed", a, vals[1]), ("collected", c, vals[2]), ("written_off", w, vals[3]), ("outstanding", o, vals[4])):
            F(debt, 2024, "令和6年度", "total", met, "actual", v * 1000, "yen", s, debt_raw=name)
        F(debt, 2024, "令和6年度", "total", "collection_rate", "actual", rv, "percent", vals[5], debt_raw=name)
    assert abs(o_tax * 1000 - 565_000_000) < 1_000_000, o_tax
    assert abs(kok[3] * 1000 - 58_000_000) < 1_000_000
    doc.add_paragraph("※市税は現年課税分と滞納繰越分の計。収入率は小数点以下第3位を四捨五入。")
    src = OUT / f"{STEM}.docx"; doc.save(src)
    pdf = soffice(src, STEM)
    assign_pages(pdf, facts)
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-18", "method": None,
               "attendees": [{"role": r_, "name": n, "title": None} for r_, n in att] +
                            [{"role": r_, "name": n, "title": r_} for r_, n in staff],
               "agenda": agenda, "materials": materials,
               "statements": [{"speaker": sp, "section": s_, "text": txt} for sp, s_, txt in S]}
    d = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-09-18", "date_raw": "令和7年9月18日"}
    return write_gold(STEM, pdf, d, facts, [], minutes)

if __name__ == "__main__":
    build()
