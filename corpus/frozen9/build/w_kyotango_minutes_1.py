"""京丹後市議会 総務常任委員会会議録 (債権管理の中間報告): python-docx -> LibreOffice, A4 portrait."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import F, OUT, PDF, finish, man, rate, to_pdf

STEM = "w_kyotango_minutes_1"
CITY = "京丹後市"
TITLE = "総務常任委員会会議録"
A1 = "令和7年度債権管理の取組状況（中間報告）について"
A2 = "京丹後市債権管理計画の見直しについて"
ASOF, PREV = "2025-10-31", "2024-10-31"
# 別表 (千円): 債権名, 区分, 調定額, 収入済額, 前年同月収納率
TABLE = [("市税", "現年課税分", 6482130, 3786820, 57.96),
         ("市税", "滞納繰越分", 402715, 86062, 19.85),
         ("国民健康保険税", "現年課税分", 1742560, 890100, 50.74),
         ("国民健康保険税", "滞納繰越分", 598300, 83400, 13.62),
         ("介護保険料", "現年度分", 1120480, 652900, 57.81),
         ("市営住宅使用料", "現年度分", 98650, 57120, 56.93)]
SEG = {"現年課税分": "current", "現年度分": "current", "滞納繰越分": "arrears"}
R = {(n, s): rate(c, a) for n, s, a, c, p in TABLE}
PR = {(n, s): p for n, s, a, c, p in TABLE}
OUT_ALL = 986_000_000          # 令和6年度決算 収入未済額 (約)
HOUSE_OUT = 23_164_000         # 市営住宅使用料 令和6年度決算 収入未済額
KOKUHO_HH = 1284               # 国保税 滞納世帯数 (10月末)


def statements():
    s = []
    def say(sp, sec, text):
        s.append({"speaker": sp, "section": sec, "text": text, "page": None})
    say("谷口委員長", A1, "ただいまから総務常任委員会を開会します。本日は、所管事項として、令和7年度債権管理の取組状況の中間報告及び債権管理計画の見直しについて、理事者から説明を受けます。それでは、説明を求めます。")
    say("藤原総務部長", A1, "お手元の資料1により、今年度10月末までの債権管理の取組状況を御報告いたします。詳細は債権管理課長から説明させていただきます。")
    r1, r2 = R[("市税", "現年課税分")], R[("市税", "滞納繰越分")]
    say("石田債権管理課長", A1,
        f"まず市税でございますが、現年課税分の収納率は、10月末時点で{r1:.2f}％となり、前年同月の{PR[('市税','現年課税分')]:.2f}％を上回っております。"
        f"滞納繰越分の収納率は10月末時点で{r2:.2f}％で、前年同月の{PR[('市税','滞納繰越分')]:.2f}％と比べて改善しております。"
        f"また、令和6年度決算における本市の債権全体の収入未済額は約{man(OUT_ALL)}円で、前年度から約4,100万円減少いたしました。"
        "引き続き、財産調査の早期着手と滞納処分の徹底に取り組んでまいります。")
    say("岡田委員", A1, "国民健康保険税の収納率がほかの債権に比べて低いように思うが、現状と対策はどうか。")
    k1 = R[("国民健康保険税", "現年課税分")]
    say("井上税務課長", A1,
        f"国民健康保険税の現年課税分の収納率は、10月末時点で{k1:.2f}％、前年同月は{PR[('国民健康保険税','現年課税分')]:.2f}％でございます。"
        f"10月末時点の滞納世帯数は{KOKUHO_HH:,}世帯で、そのうち約4割が分納中でございます。"
        "今年度から納付相談の予約制を導入しておりまして、分納誓約の不履行者には早期に催告を行っております。")
    say("小西委員", A1, "市営住宅使用料の滞納の状況について伺いたい。")
    say("山本住宅政策課長", A1,
        f"市営住宅使用料の収入未済額は、令和6年度決算で{HOUSE_OUT // 10000:,}万{HOUSE_OUT % 10000 // 1000},000円でございます。"
        "そのうち退去者分が約6割を占めておりまして、連帯保証人への請求と弁護士への回収委託を進めております。")
    say("谷口委員長", A2, "次に、京丹後市債権管理計画の見直しについて説明を求めます。")
    say("石田債権管理課長", A2,
        "資料2を御覧ください。現行の計画が今年度で終了することから、第3次計画の骨子案を作成いたしました。"
        "市税現年課税分の目標収納率を令和10年度に99.3％とする案でございます。"
        "骨子案は、来年1月に開催予定の令和7年度第2回債権管理推進会議で協議し、3月に成案とする予定でございます。")
    say("吉田委員", A2, "私債権の放棄の基準はどのように定めるのか。")
    say("石田債権管理課長", A2, "債権管理条例に定める放棄の要件に沿って、所管課が作成した調書を債権管理推進会議で審査する手続を計画に明記いたします。")
    say("谷口委員長", A2, "ほかにございませんか。それでは、以上で本日の総務常任委員会を閉会します。")
    return s


def page_number(par):
    run = par.add_run()
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    h = sec.header.paragraphs[0]; h.text = "京丹後市議会　総務常任委員会"; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.add_run("－ "); page_number(f); f.add_run(" －")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE); r.font.size = Pt(16); r.bold = True
    d.add_paragraph("─" * 38)
    members = [("委員長", "谷口"), ("副委員長", "中村"), ("委員", "岡田"), ("委員", "小西"), ("委員", "堀"), ("委員", "吉田")]
    staff = [("副市長", "梅本"), ("総務部長", "藤原"), ("税務課長", "井上"), ("債権管理課長", "石田"),
             ("保険・年金課長", "大西"), ("住宅政策課長", "山本")]
    lines = [
        "１　開催年月日　令和7年12月10日（水曜日）",
        "　　　　　　　　開会　午前10時00分",
        "　　　　　　　　閉会　午前11時42分",
        "２　開催場所　京丹後市役所　峰山庁舎3階　301会議室",
        "３　出席委員　谷口委員長、中村副委員長、岡田委員、小西委員、堀委員、吉田委員",
        "４　欠席委員　なし",
        "５　委員外議員　なし",
        "６　会議録署名委員　岡田委員",
        "７　説明のための出席者　" + "、".join(n + t for t, n in staff),
        "８　会議に付した事件",
        f"　　〇{A1}",
        f"　　〇{A2}",
        "９　配付資料",
        "　　資料1　令和7年度債権管理の取組状況（中間報告）",
        "　　資料2　京丹後市債権管理計画（第3次）骨子案",
        "　　別表　主な債権の収納状況（令和7年10月末現在）",
        "10　議事",
    ]
    for ln in lines:
        d.add_paragraph(ln)
    d.add_paragraph("午前10時00分　開会").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sts = statements()
    cur = None
    for s in sts:
        if s["section"] != cur:
            cur = s["section"]
            pp = d.add_paragraph(); rr = pp.add_run(f"【{cur}】"); rr.bold = True
        pp = d.add_paragraph(f"○（{s['speaker']}）　{s['text']}")
        pp.paragraph_format.first_line_indent = Mm(-4); pp.paragraph_format.left_indent = Mm(4)
    d.add_paragraph("午前11時42分　閉会").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("会議の経過を記載し、その相違ないことを証するため、ここに署名する。")
    d.add_paragraph("総務常任委員会委員長　谷口")
    d.add_paragraph("署名委員　岡田")
    # 別表
    pb = d.add_paragraph(); pb.add_run().add_break(WD_BREAK.PAGE)
    pp = d.add_paragraph(); rr = pp.add_run("別表　主な債権の収納状況（令和7年10月末現在）"); rr.bold = True
    d.add_paragraph("（単位：千円、％）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率"]):
        c.text = txt
    for n, sg, a, c, p in TABLE:
        cells = t.add_row().cells
        for cc, txt in zip(cells, [n, sg, f"{a:,}", f"{c:,}", f"{rate(c, a):.2f}", f"{p:.2f}"]):
            cc.text = txt
        for cc in cells[2:]:
            cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("※収納率は、収入済額を調定額で除して算出しています。前年同月収納率は令和6年10月末現在の数値です。")
    src = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    d.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_b")

    facts = []
    sec_of = {"current": "現年", "arrears": "滞繰"}
    # text facts (located by sentence context)
    def tf(debt, seg, val, ctx, prev=False):
        fy, asof = (2024, PREV) if prev else (2025, ASOF)
        facts.append(F(debt, fy, "前年同月" if prev else "10月末", seg, "collection_rate", "interim", val,
                       "percent", f"{val:.2f}％", as_of=asof, ctx=ctx))
    tf("市税", "current", R[("市税", "現年課税分")], f"現年課税分の収納率は、10月末時点で{R[('市税','現年課税分')]:.2f}％")
    tf("市税", "current", PR[("市税", "現年課税分")], f"前年同月の{PR[('市税','現年課税分')]:.2f}％を上回", True)
    tf("市税", "arrears", R[("市税", "滞納繰越分")], f"滞納繰越分の収納率は10月末時点で{R[('市税','滞納繰越分')]:.2f}％")
    tf("市税", "arrears", PR[("市税", "滞納繰越分")], f"前年同月の{PR[('市税','滞納繰越分')]:.2f}％と比べ", True)
    facts.append(F(None, 2024, "令和6年度", "total", "outstanding", "actual", OUT_ALL, "yen",
                   f"約{man(OUT_ALL)}円", approx=True, debt_raw=None, ctx=f"収入未済額は約{man(OUT_ALL)}円"))
    tf("国民健康保険税", "current", R[("国民健康保険税", "現年課税分")], f"10月末時点で{R[('国民健康保険税','現年課税分')]:.2f}％、前年同月")
    tf("国民健康保険税", "current", PR[("国民健康保険税", "現年課税分")], f"前年同月は{PR[('国民健康保険税','現年課税分')]:.2f}％", True)
    facts.append(F("国民健康保険税", 2025, "10月末", "total", "delinquents", "interim", KOKUHO_HH, "households",
                   f"{KOKUHO_HH:,}世帯", as_of=ASOF, ctx=f"滞納世帯数は{KOKUHO_HH:,}世帯"))
    hraw = f"{HOUSE_OUT // 10000:,}万{HOUSE_OUT % 10000 // 1000},000円"
    facts.append(F("市営住宅使用料", 2024, "令和6年度", "total", "outstanding", "actual", HOUSE_OUT, "yen", hraw,
                   ctx="令和6年度決算で" + hraw))
    facts.append(F("市税", 2028, "令和10年度", "current", "collection_rate", "target", 99.3, "percent", "99.3％",
                   ctx="令和10年度に99.3％"))
    texts_page = None
    for n, sg, a, c, p in TABLE:
        seg = SEG[sg]
        for metric, val, unit, raw, fy, asof in (
                ("assessed", a * 1000, "yen", f"{a:,}", 2025, ASOF),
                ("collected", c * 1000, "yen", f"{c:,}", 2025, ASOF),
                ("collection_rate", rate(c, a), "percent", f"{rate(c, a):.2f}", 2025, ASOF),
                ("collection_rate", p, "percent", f"{p:.2f}", 2024, PREV)):
            facts.append(F(n, fy, "令和7年10月末現在" if fy == 2025 else "前年同月", seg, metric, "interim", val, unit,
                           raw, page="LAST", as_of=asof))
    import fitz
    with fitz.open(pdf) as dd:
        last = dd.page_count
    for x in facts:
        if x["page"] == "LAST":
            x["page"] = last
    attendees = [{"role": r_, "title": None, "name": n_} for r_, n_ in members] + \
                [{"role": t_, "title": t_, "name": n_} for t_, n_ in staff]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-10", "method": None,
               "attendees": attendees, "agenda": [A1, A2],
               "materials": ["資料1　令和7年度債権管理の取組状況（中間報告）", "資料2　京丹後市債権管理計画（第3次）骨子案",
                             "別表　主な債権の収納状況（令和7年10月末現在）"],
               "statements": sts}
    doc = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-12-10",
           "date_raw": "令和7年12月10日"}
    finish(STEM, pdf, doc, facts, [], minutes)


if __name__ == "__main__":
    build()
