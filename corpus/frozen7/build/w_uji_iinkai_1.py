"""宇治市 総務常任委員会会議記録 (council committee record) — python-docx → LibreOffice."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import OUT, PDF_DIR, Facts, check, comma, oku_man, pct, rate, to_pdf, write_gold, zen

STEM = "w_uji_iinkai_1"
CITY = "宇治市"
TITLE = "総務常任委員会会議記録（第１回）"

# 別表 data, 千円 (令和6年度決算)
ROWS = [  # debt, segment label, seg, assessed, collected, written_off
    ("市税", "現年課税分", "current", 30412580, 30205871, 1204),
    ("市税", "滞納繰越分", "arrears", 612440, 192735, 38912),
    ("国民健康保険税", "現年課税分", "current", 3862150, 3611908, 0),
    ("国民健康保険税", "滞納繰越分", "arrears", 905320, 198174, 96530),
    ("介護保険料", "計", "total", 4420660, 4366210, 12040),
    ("保育所保育料", "計", "total", 512300, 505918, 1102),
    ("市営住宅使用料", "計", "total", 618440, 590205, 3310),
]


def with_totals():
    out = []
    for debt in ["市税", "国民健康保険税"]:
        rs = [r for r in ROWS if r[0] == debt]
        out += rs
        a = sum(r[3] for r in rs); c = sum(r[4] for r in rs); w = sum(r[5] for r in rs)
        out.append((debt, "計", "total", a, c, w))
    out += [r for r in ROWS if r[0] not in ("市税", "国民健康保険税")]
    return out


TABLE = with_totals()


def row(debt, seg):
    for r in TABLE:
        if r[0] == debt and r[2] == seg:
            a, c, w = r[3], r[4], r[5]
            return a, c, w, a - c - w, rate(c, a)
    raise KeyError(debt)


def set_font(run, size=10.5, name="IPAexMincho", bold=False):
    run.font.size = Pt(size)
    run.font.name = name
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent_first=None, name="IPAexMincho", space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, name, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if align is not None:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def add_page_field(paragraph):
    r = paragraph.add_run("－ "); set_font(r, 9)
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)
    set_font(run, 9)
    r = paragraph.add_run(" －"); set_font(r, 9)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.RIGHT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text); set_font(r, size, "IPAexGothic", bold)


def build():
    facts = Facts()
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("令和８年１月２１日　総務常任委員会"), 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    statements = []

    def say(marker, speaker, text, section, page):
        para(doc, f"{marker}{speaker}　{text}", indent_first=None)
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

    # ---- page 1 ----
    para(doc, TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, name="IPAexGothic", space_after=8)
    hdr = [
        ("日時", "令和８年１月２１日（水）午前１０時００分～午前１１時４２分"),
        ("場所", "第１委員会室"),
        ("出席委員", "山村委員長、西田副委員長、岡本、辻、松井、堀の各委員"),
        ("説明員", "木村副市長、中川総務・市民協働部長、吉岡納税課長、藤井市民税課主幹、坂本健康長寿部長、"
                   "西村保険年金課長、大西住宅課長"),
        ("事務局", "田村議会事務局長、小西主事"),
        ("付議事件", "１．債権管理の取組状況について\n２．令和７年度第２回宇治市債権管理推進会議（令和７年１２月１８日開催）の結果について"),
        ("配付資料", "資料１　債権管理の取組状況について\n資料２　令和７年度第２回宇治市債権管理推進会議の概要\n別表　主な債権の収納状況（令和６年度決算）"),
    ]
    t = doc.add_table(rows=0, cols=2)
    for k, v in hdr:
        c = t.add_row().cells
        c[0].width, c[1].width = Mm(28), Mm(132)
        cell_text(c[0], k, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
        c[1].text = ""
        lines = v.split("\n")
        for i, ln in enumerate(lines):
            p = c[1].paragraphs[0] if i == 0 else c[1].add_paragraph()
            set_font(p.add_run(ln), 10)
    para(doc, "審査内容", size=10.5, bold=True, name="IPAexGothic")
    para(doc, "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－", size=9)
    para(doc, "午前１０時００分　開会", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)

    S1 = "債権管理の取組状況について"
    S2 = "令和７年度第２回宇治市債権管理推進会議（令和７年１２月１８日開催）の結果について"

    say("○", "山村健一委員長", "ただいまから第１回総務常任委員会を開会いたします。本日は、お手元に配付の日程により進めます。"
        "日程第１、債権管理の取組状況についてを議題といたします。理事者から説明を求めます。中川部長。", S1, 1)
    say("◎", "中川浩二総務・市民協働部長", "債権管理の取組状況につきまして御報告申し上げます。本市では債権管理条例に基づき、"
        "全庁で収入未済額の縮減と収納率の向上に取り組んでおります。詳細は納税課長から説明いたします。", S1, 1)

    a, c, w, o, r_cur = row("市税", "current")
    _, _, _, _, r_arr = row("市税", "arrears")
    _, _, _, o_tot, r_tot = row("市税", "total")
    o_tot_man = round(o_tot * 1000 / 10000) * 10000
    t_cur, t_arr, t_tot = zen(pct(r_cur)) + "％", zen(pct(r_arr)) + "％", zen(pct(r_tot)) + "％"
    t_out = "約" + zen(oku_man(o_tot_man)).replace("，", "，")
    r12, r12p = 78.46, 78.02
    text3 = (f"資料１を御覧ください。令和６年度決算における市税の収納率は、現年課税分が{t_cur}、滞納繰越分が{t_arr}、"
             f"合計で{t_tot}となりました。市税の収入未済額は{t_out}で、前年度から縮減しております。"
             f"また、今年度の状況でございますが、令和７年１２月末現在の現年課税分の収納率は{zen(pct(r12))}％で、"
             f"前年同月の{zen(pct(r12p))}％を０．４４ポイント上回って推移しております。")
    say("◎", "吉岡誠納税課長", text3, S1, 1)
    fy6 = "令和６年度"
    facts.add(debt="市税", fy=2024, fy_raw=fy6, seg="current", metric="collection_rate", basis="actual", value=r_cur, unit="percent", raw=t_cur, page=1)
    facts.add(debt="市税", fy=2024, fy_raw=fy6, seg="arrears", metric="collection_rate", basis="actual", value=r_arr, unit="percent", raw=t_arr, page=1)
    facts.add(debt="市税", fy=2024, fy_raw=fy6, seg="total", metric="collection_rate", basis="actual", value=r_tot, unit="percent", raw=t_tot, page=1)
    facts.add(debt="市税", fy=2024, fy_raw=fy6, seg="total", metric="outstanding", basis="actual", value=o_tot_man, unit="yen", raw=t_out, page=1, approx=True)
    facts.add(debt="市税", fy=2025, fy_raw="令和７年１２月末", seg="current", metric="collection_rate", basis="interim", as_of="2025-12-31", value=r12, unit="percent", raw=zen(pct(r12)) + "％", page=1)
    facts.add(debt="市税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim", as_of="2024-12-31", value=r12p, unit="percent", raw=zen(pct(r12p)) + "％", page=1)
    page_break(doc)

    # ---- page 2 ----
    _, _, _, _, k_cur = row("国民健康保険税", "current")
    _, _, _, _, k_arr = row("国民健康保険税", "arrears")
    k12, k12p = 61.35, 60.88
    text4 = (f"続きまして、国民健康保険税について御説明いたします。令和６年度決算の収納率は、現年課税分が{pct(k_cur)}％、"
             f"滞納繰越分が{pct(k_arr)}％でございました。令和７年１２月末現在の現年課税分の収納率は{pct(k12)}％で、"
             f"前年同月の{pct(k12p)}％と比較して０．４７ポイントの増となっております。")
    say("◎", "西村由美保険年金課長", text4, S1, 2)
    facts.add(debt="国民健康保険税", fy=2024, fy_raw=fy6, seg="current", metric="collection_rate", basis="actual", value=k_cur, unit="percent", raw=pct(k_cur) + "％", page=2)
    facts.add(debt="国民健康保険税", fy=2024, fy_raw=fy6, seg="arrears", metric="collection_rate", basis="actual", value=k_arr, unit="percent", raw=pct(k_arr) + "％", page=2)
    facts.add(debt="国民健康保険税", fy=2025, fy_raw="令和７年１２月末", seg="current", metric="collection_rate", basis="interim", as_of="2025-12-31", value=k12, unit="percent", raw=pct(k12) + "％", page=2)
    facts.add(debt="国民健康保険税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim", as_of="2024-12-31", value=k12p, unit="percent", raw=pct(k12p) + "％", page=2)
    say("○", "山村健一委員長", "説明が終わりました。質疑のある方は挙手願います。岡本委員。", S1, 2)
    say("○", "岡本真理委員", "市税の滞納繰越分の収納率がなお低い水準にあると思います。今後の対策を伺います。"
        "あわせて、市営住宅使用料の滞納の現状についてもお聞かせください。", S1, 2)
    say("◎", "吉岡誠納税課長", "滞納繰越分につきましては、財産調査を早期に実施し、納付資力のある方には差押えを含めた滞納処分を"
        "進めております。一方で、資力のない方については執行停止を適正に行い、滞納額の整理を図ってまいります。", S1, 2)
    _, _, _, ho, _ = row("市営住宅使用料", "total")
    ho_man = round(ho * 1000 / 10000) * 10000
    t_ho = "約" + oku_man(ho_man)
    say("◎", "大西聡住宅課長", f"市営住宅使用料の令和６年度末の収入未済額は{t_ho}でございます。"
        "退去者分につきましては、連帯保証人への請求と併せ、支払督促の申立てなど法的措置を進めております。", S1, 2)
    facts.add(debt="市営住宅使用料", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual", value=ho_man, unit="yen", raw=t_ho, page=2, approx=True)
    page_break(doc)

    # ---- page 3 ----
    say("○", "辻孝之委員", "国民健康保険税の滞納世帯は、どの程度あるのか伺います。", S1, 3)
    say("◎", "西村由美保険年金課長", "令和６年度末時点の国民健康保険税の滞納世帯数は２，１８４世帯で、前年度末から１０６世帯減少しております。", S1, 3)
    facts.add(debt="国民健康保険税", fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents", basis="actual", value=2184, unit="households", raw="２，１８４世帯", page=3)
    say("○", "山村健一委員長", "ほかにございませんか。（「なし」と呼ぶ者あり）以上で日程第１を終わります。"
        "次に、日程第２、令和７年度第２回宇治市債権管理推進会議の結果についてを議題といたします。中川部長。", S2, 3)
    say("◎", "中川浩二総務・市民協働部長", "資料２を御覧ください。去る令和７年１２月１８日に令和７年度第２回宇治市債権管理推進会議を開催し、"
        "各債権の上半期の取組状況を確認いたしました。全庁の収入未済額は、令和６年度決算で約１８億６，３００万円となっており、"
        "会議では、私債権の法的措置の徹底と、現年度分の早期催告について申し合わせを行いました。", S2, 3)
    facts.add(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual", value=1863000000, unit="yen", raw="約１８億６，３００万円", page=3, approx=True)
    say("○", "松井陽子委員", "推進会議の申合せが各課で確実に実行されるよう、進捗の管理はどのように行うのか伺います。", S2, 3)
    say("◎", "木村正副市長", "各債権の所管課には四半期ごとに取組状況の報告を求め、推進会議の事務局で確認してまいります。"
        "次回の会議は令和８年度の第１回として６月に開催する予定でございます。", S2, 3)
    say("○", "山村健一委員長", "以上で本日の日程は全て終了いたしました。これをもちまして総務常任委員会を閉会いたします。", S2, 3)
    para(doc, "午前１１時４２分　閉会", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # ---- page 4: 別表 ----
    para(doc, "別表　主な債権の収納状況（令和６年度決算）", size=11, bold=True, name="IPAexGothic")
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(tb.rows[0].cells[i], h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    prev = None
    first_cells = {}
    for debt, seglab, seg, a, c, w in TABLE:
        o = a - c - w
        rr = rate(c, a)
        cells = tb.add_row().cells
        cell_text(cells[0], debt if debt != prev else "", 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[1], seglab, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
        vals = [comma(a), comma(c), comma(w) if w else "－", comma(o), pct(rr)]
        for j, v in enumerate(vals):
            cell_text(cells[2 + j], v, 9)
        kw = dict(debt=debt, fy=2024, fy_raw="令和６年度決算", seg=seg, basis="actual", page=4)
        facts.add(metric="assessed", value=a * 1000, unit="yen", raw=comma(a), **kw)
        facts.add(metric="collected", value=c * 1000, unit="yen", raw=comma(c), **kw)
        if w:
            facts.add(metric="written_off", value=w * 1000, unit="yen", raw=comma(w), **kw)
        facts.add(metric="outstanding", value=o * 1000, unit="yen", raw=comma(o), **kw)
        facts.add(metric="collection_rate", value=rr, unit="percent", raw=pct(rr), **kw)
        if debt != prev:
            first_cells[debt] = [cells[0]]
        else:
            first_cells[debt].append(cells[0])
        prev = debt
    for debt, cs in first_cells.items():
        if len(cs) > 1:
            m = cs[0].merge(cs[-1])
            cell_text(m, debt, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "※収納率は、収入済額を調定額で除して算出しています。介護保険料、保育所保育料及び市営住宅使用料は現年度分と"
         "過年度分の合計です。", size=8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf", "w_uji")

    minutes = {
        "title": TITLE, "meeting_number": 1, "date": "2026-01-21", "method": None,
        "attendees": (
            [{"role": "委員長", "title": None, "name": "山村"}, {"role": "副委員長", "title": None, "name": "西田"}]
            + [{"role": "委員", "title": None, "name": n} for n in ["岡本", "辻", "松井", "堀"]]
            + [{"role": "説明員", "title": t, "name": n} for n, t in [
                ("木村", "副市長"), ("中川", "総務・市民協働部長"), ("吉岡", "納税課長"), ("藤井", "市民税課主幹"),
                ("坂本", "健康長寿部長"), ("西村", "保険年金課長"), ("大西", "住宅課長")]]
            + [{"role": "事務局", "title": t, "name": n} for n, t in [("田村", "議会事務局長"), ("小西", "主事")]]),
        "agenda": [S1, S2],
        "materials": ["資料１　債権管理の取組状況について", "資料２　令和７年度第２回宇治市債権管理推進会議の概要",
                      "別表　主な債権の収納状況（令和６年度決算）"],
        "statements": statements,
    }
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2026-01-21",
                "date_raw": "令和８年１月２１日"}
    write_gold(STEM, document, facts, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    build()
