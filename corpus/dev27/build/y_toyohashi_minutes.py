"""豊橋市議会 総務委員会記録 (所管事務調査: 債権管理): python-docx -> LibreOffice.

Modelled on council committee records such as the 総務常任委員会 記録 of a 三重県 city (paperzz, 所管事務調査
「債権管理について」) and 小樽市議会 予算特別委員会 records: ○-speaker markers with name+title, question and
answer, figures in the answers, and a 別表 of figures at the end (horizontal rules only).
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from y_common import OUT, ROOT, fact, soffice_pdf, write_gold

STEM = "y_toyohashi_minutes_1"
CITY = "豊橋市"
TITLE = "豊橋市議会 総務委員会記録"
DATE, DATE_RAW = "2024-11-20", "令和6年11月20日"
AG1, AG2 = "市の債権管理の取組状況について", "令和5年度私債権の放棄について"
FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")

# 別表 (千円): debt, 調定額, 収入済額, 不納欠損額
TABLE = [("市税", 48215306, 47077425, 52180), ("国民健康保険税", 8412570, 7244917, 84512),
         ("介護保険料", 7218430, 7105362, 15806), ("後期高齢者医療保険料", 3526114, 3509870, 2315),
         ("保育料", 1120584, 1098377, 1840), ("市営住宅使用料", 936218, 884105, 6012),
         ("下水道使用料", 6528410, 6489933, 3305)]


def fw(s):
    return s.translate(FW)


def rate(b, a):
    return f"{b / a * 100:.2f}"


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text, *, bold=False, size=None, align=None, indent_first=None, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def borders(cell, top=None, bottom=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, on in (("top", top), ("bottom", bottom), ("left", False), ("right", False)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "6")
        b.append(e)
    tcPr.append(b)


def build():
    facts = []
    statements = []
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = "総務委員会記録（令和6年11月20日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)

    page = 1

    def say(marker, speaker, text, section):
        # text: list of paragraphs
        for k, t in enumerate(text):
            para(doc, (f"○{marker}　" if k == 0 else "　") + t, indent_first=None)
        statements.append({"speaker": speaker, "section": section, "text": "\n".join(text), "page": page})

    para(doc, TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    info = [("日　　時", "令和6年11月20日（水）　午前10時00分開会　午前11時38分閉会"),
            ("場　　所", "第一委員会室"),
            ("出席委員", "委員長　杉浦健一　　副委員長　河合美香\n委　員　牧野　隆　　近藤和彦　　鈴木恵子　　伊藤　誠　　高橋　聡"),
            ("説明のため出席した者", "財務部長　加藤正樹　　納税課長　小野田浩\n債権管理課長　竹内千尋　　子ども・若者部長　村上直子\n保険年金課長　大竹　亮"),
            ("案　　件", f"（1）所管事務調査　{AG1}\n（2）報告　{AG2}"),
            ("配付資料", "資料1　債権管理の取組状況（令和5年度決算）\n資料2　私債権の放棄の状況（令和5年度）")]
    t = doc.add_table(rows=len(info), cols=2)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Mm(42), Mm(124)
    for i, (k, v) in enumerate(info):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
        t.cell(i, 0).width, t.cell(i, 1).width = Mm(42), Mm(124)
    para(doc, "", space_after=6)
    para(doc, "─────────────────────────────", align=WD_ALIGN_PARAGRAPH.CENTER)
    say("杉浦委員長", "杉浦委員長", ["ただいまから総務委員会を開会いたします。本日は、所管事務調査として市の債権管理の取組状況について、理事者から説明を受けた後、質疑を行います。その後、令和5年度私債権の放棄について報告を受けます。", "それでは、理事者から説明をお願いします。"], AG1)
    say("加藤財務部長", "加藤財務部長", ["本市では、平成29年に債権管理条例を施行し、全庁的な債権管理の適正化に取り組んでまいりました。本日は、令和5年度決算における主な債権の状況と、今年度の取組について、債権管理課長から資料1により御説明いたします。"], AG1)
    page_break(doc); page = 2
    sz = TABLE[0]
    sz_rate = rate(sz[2], sz[1])
    kk = TABLE[1]
    kk_out = kk[1] - kk[2] - kk[3]
    kk_out_v = round(kk_out * 1000, -6)
    kk_out_s = f"約{kk_out_v // 100000000}億{(kk_out_v % 100000000) // 10000:,}万円"
    say("竹内債権管理課長", "竹内債権管理課長", [
        "資料1の1ページを御覧ください。令和5年度決算における全会計の収入未済額は約32億6,500万円で、前年度と比べ約1億9,800万円減少いたしました。",
        f"市税の収納率は、現年課税分が99.21％、滞納繰越分が34.86％で、合計では{sz_rate}％となり、前年度を0.31ポイント上回りました。",
        f"国民健康保険税の収納率は合計で{rate(kk[2], kk[1])}％、収入未済額は{kk_out_s}で、依然として市全体の未済額の約3分の1を占めております。",
        "今年度は、令和6年度第2回債権管理推進本部会議を令和7年1月に開催し、上半期の実績と下半期の取組を確認する予定でございます。説明は以上です。"], AG1)
    facts += [
        fact(None, 2023, "令和5年度", "total", "outstanding", "actual", 3265000000, "yen", "約32億6,500万円", 2, approx=True, debt_raw=None),
        fact("市税", 2023, "令和5年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％", 2),
        fact("市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 34.86, "percent", "34.86％", 2),
        fact("市税", 2023, "令和5年度", "total", "collection_rate", "actual", float(sz_rate), "percent", f"{sz_rate}％", 2),
        fact("国民健康保険税", 2023, "令和5年度", "total", "collection_rate", "actual", float(rate(kk[2], kk[1])), "percent", f"{rate(kk[2], kk[1])}％", 2),
        fact("国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", kk_out_v, "yen", kk_out_s, 2, approx=True),
    ]
    say("杉浦委員長", "杉浦委員長", ["説明が終わりました。質疑はありませんか。"], AG1)
    say("牧野委員", "牧野委員", ["市税の滞納者の数はどのように推移しているのか。また、今年度の収納状況について、前年と比べてどうなっているのか伺います。"], AG1)
    say("小野田納税課長", "小野田納税課長", [
        "市税の滞納者数は、令和5年度末で８，４１２人となり、前年度末の８，９７５人から減少しております。",
        "今年度の収納状況でございますが、令和6年10月末の現年課税分の収納率は61.35％で、前年同月の60.98％を0.37ポイント上回っております。滞納繰越分は10月末で18.42％、前年同月は17.90％でございます。"], AG1)
    facts += [
        fact("市税", 2023, "令和5年度末", "total", "delinquents", "actual", 8412, "persons", "８，４１２人", 2),
        fact("市税", 2022, "前年度末", "total", "delinquents", "actual", 8975, "persons", "８，９７５人", 2),
        fact("市税", 2024, "令和6年10月末", "current", "collection_rate", "interim", 61.35, "percent", "61.35％", 2, as_of="2024-10-31"),
        fact("市税", 2023, "前年同月", "current", "collection_rate", "interim", 60.98, "percent", "60.98％", 2, as_of="2023-10-31"),
        fact("市税", 2024, "10月末", "arrears", "collection_rate", "interim", 18.42, "percent", "18.42％", 2, as_of="2024-10-31"),
        fact("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 17.90, "percent", "17.90％", 2, as_of="2023-10-31"),
    ]
    say("牧野委員", "牧野委員", ["現年課税分が改善しているのは評価できる。今後も早期の納付勧奨をお願いしたい。"], AG1)
    page_break(doc); page = 3
    hy = TABLE[4]
    say("鈴木委員", "鈴木委員", ["私債権、特に保育料や放課後児童クラブの負担金は、滞納が次の利用料の滞納につながると聞いている。子ども関係の債権の状況と対応を伺いたい。"], AG1)
    say("村上子ども・若者部長", "村上子ども・若者部長", [
        f"保育料の令和5年度の収納率は、現年度分が98.70％、過年度分が18.25％でございます。合計では{rate(hy[2], hy[1])}％となっております。",
        "在園児の保護者には園を通じて納付を呼びかけるとともに、児童手当からの徴収について申出を勧めております。卒園した世帯の滞納分は、納税課と連携して財産調査を行っております。"], AG1)
    facts += [
        fact("保育料", 2023, "令和5年度", "current", "collection_rate", "actual", 98.70, "percent", "98.70％", 3),
        fact("保育料", 2023, "令和5年度", "arrears", "collection_rate", "actual", 18.25, "percent", "18.25％", 3),
        fact("保育料", 2023, "令和5年度", "total", "collection_rate", "actual", float(rate(hy[2], hy[1])), "percent", f"{rate(hy[2], hy[1])}％", 3),
    ]
    say("杉浦委員長", "杉浦委員長", ["ほかに質疑はありませんか。――ないようですので、所管事務調査はこれで終わります。続いて、令和5年度私債権の放棄について報告をお願いします。"], AG1)
    say("竹内債権管理課長", "竹内債権管理課長", [
        "資料2を御覧ください。債権管理条例第12条の規定により、令和5年度に放棄した私債権は14債権、312件でございます。主なものは、市営住宅使用料の退去者分で、相続人がいないことや破産免責によるものでございます。"], AG2)
    say("杉浦委員長", "杉浦委員長", ["以上で本日の案件は全て終了いたしました。なお、資料1の別表に主な債権の状況を添付しておりますので、御参照ください。これで総務委員会を閉会いたします。"], AG2)
    page_break(doc); page = 4
    para(doc, "別表　主な債権の収入状況（令和5年度決算）", bold=True, size=11, space_after=2)
    para(doc, "（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ("債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")
    tb = doc.add_table(rows=1, cols=6)
    for i, h in enumerate(hdr):
        tb.rows[0].cells[i].text = h
    tot = [0, 0, 0]
    for name, a, b, c in TABLE + [("合計", None, None, None)]:
        if a is None:
            a, b, c = tot
        else:
            tot = [tot[0] + a, tot[1] + b, tot[2] + c]
        d = a - b - c
        r = rate(b, a)
        cells = tb.add_row().cells
        for i, v in enumerate((name, f"{a:,}", f"{b:,}", f"{c:,}", f"{d:,}", r)):
            cells[i].text = v
        debt = None if name == "合計" else name
        for met, v in (("assessed", a), ("collected", b), ("written_off", c), ("outstanding", d)):
            facts.append(fact(debt, 2023, "令和5年度", "total", met, "actual", v * 1000, "yen", f"{v:,}", 4, debt_raw=name))
        facts.append(fact(debt, 2023, "令和5年度", "total", "collection_rate", "actual", float(r), "percent", r, 4, debt_raw=name))
    n = len(tb.rows)
    for ri, row in enumerate(tb.rows):
        for ci, cell in enumerate(row.cells):
            borders(cell, top=ri in (0, 1, n - 1), bottom=ri in (0, n - 1))
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if (ci > 0 and ri > 0) else WD_ALIGN_PARAGRAPH.CENTER if ri == 0 else WD_ALIGN_PARAGRAPH.LEFT
                for rn in p.runs:
                    rn.font.size = Pt(9.5)
    para(doc, "", space_after=4)
    para(doc, "※ 収入未済額＝調定額－収入済額－不納欠損額。収納率は収入済額÷調定額（小数点以下第3位四捨五入）。", size=9)
    para(doc, "※ 全会計の収入未済額は、上記のほか一般会計の諸収入等を含む。", size=9)

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    soffice_pdf(docx, ROOT / "pdf" / f"{STEM}.pdf", "toyo")
    attendees = [{"role": "委員長", "title": None, "name": "杉浦健一"}, {"role": "副委員長", "title": None, "name": "河合美香"}]
    attendees += [{"role": "委員", "title": None, "name": nm} for nm in ("牧野　隆", "近藤和彦", "鈴木恵子", "伊藤　誠", "高橋　聡")]
    attendees += [{"role": t, "title": t, "name": nm} for t, nm in (("財務部長", "加藤正樹"), ("納税課長", "小野田浩"),
                  ("債権管理課長", "竹内千尋"), ("子ども・若者部長", "村上直子"), ("保険年金課長", "大竹　亮"))]
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None, "attendees": attendees,
               "agenda": [AG1, AG2],
               "materials": ["債権管理の取組状況（令和5年度決算）", "私債権の放棄の状況（令和5年度）"],
               "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": DATE, "date_raw": DATE_RAW}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
