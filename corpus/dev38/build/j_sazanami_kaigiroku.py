"""さざなみ市議会 総務常任委員会会議録 (council committee record on 債権管理) — python-docx → LibreOffice.

Modelled on council committee records (砺波市 決算特別委員会 / 呉市 総務委員会会議録 layout):
○-speaker markers, 出席委員 / 説明のため出席した者 lists, 付議事件, a 別表 of figures at the end
ruled with horizontal lines only, the 合計 row printed first.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from j_common import OUT, PDF, comma, fact, rate, to_pdf, write_gold, zen

STEM = "j_sazanami_kaigiroku_1"
CITY = "さざなみ市"
TITLE = "さざなみ市議会総務常任委員会会議録"
FONT = "IPAexMincho"

MEMBERS = [("委員長", "田村　誠"), ("副委員長", "大西　由紀"), ("委員", "堀口　健太"), ("委員", "松浦　洋子"),
           ("委員", "岩城　孝"), ("委員", "中原　一樹"), ("委員", "竹下　恵美")]
STAFF = [("財務部長", "小川　隆"), ("財務部次長兼納税課長", "川村　正志"), ("債権管理課長", "野口　亮"),
         ("保険年金課長", "森　早苗"), ("こども・若者部長", "吉岡　裕子"), ("都市整備部住宅課長", "石原　修")]
CLERKS = [("議事調査課長", "坂本　和也"), ("議事調査課主査", "内田　彩")]
AGENDA = ["所管事務調査「市の債権管理について」",
          "令和６年度さざなみ市債権管理計画の実施状況について（報告）",
          "閉会中の継続調査について"]
MATERIALS = ["資料１　令和６年度さざなみ市債権管理計画実施状況報告書",
             "資料２　主要債権の収納状況（令和７年１０月末現在）",
             "別表　主要債権の決算状況（令和６年度）"]

# 別表 (千円): assessed, collected, written_off
TABLE = [("市税", 18642310, 18161388, 52410),
         ("国民健康保険税", 3985420, 3512000, 61230),
         ("介護保険料", 2874300, 2829150, 9840),
         ("後期高齢者医療保険料", 1203560, 1196110, 1020),
         ("保育所保育料", 412880, 405630, 1210),
         ("市営住宅使用料", 198450, 162300, 2030)]


def _font(run, size=10.5, bold=False, name=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=0, first_mm=0, space_after=2):
    p = doc.add_paragraph()
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    _font(p.add_run(text), size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def footer_page(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("－ "), 9)
    r = p.add_run()
    _font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._element.append(el)
    _font(p.add_run(" －"), 9)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(h.add_run("総務常任委員会（令和７年１２月９日）"), 8)


def set_borders(tbl, top=True, bottom=True, inside_h=True):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, on in (("top", top), ("left", False), ("bottom", bottom), ("right", False),
                     ("insideH", inside_h), ("insideV", False)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    _font(p.add_run(text), size, bold)


def build():
    facts, statements = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    footer_page(sec)

    # ---------------- page 1: heading, attendance, agenda
    para(doc, "令和７年１２月", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　日　　時　　令和７年１２月９日（火）　午前１０時００分開会／午前１１時４２分閉会")
    para(doc, "２　場　　所　　第２委員会室")
    para(doc, "３　出席委員（７名）")
    for role, name in MEMBERS:
        para(doc, f"{role}　　{name}" if role != "委員" else f"委　員　　{name}", indent_mm=12, space_after=0)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    for t, n in STAFF:
        para(doc, f"{t}　　　{n}", indent_mm=12, space_after=0)
    para(doc, "６　職務のため出席した事務局職員")
    for t, n in CLERKS:
        para(doc, f"{t}　　　{n}", indent_mm=12, space_after=0)
    para(doc, "７　付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(i)}）{a}", indent_mm=6, space_after=0)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, indent_mm=6, space_after=0)
    para(doc, "")
    para(doc, "─────────────────────────────────", 9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（会議の経過）", 10.5, True)

    page = 1
    section = AGENDA[0]

    def say(speaker_printed, text, sect):
        p = para(doc, "", first_mm=0)
        p.paragraph_format.left_indent = Mm(0)
        _font(p.add_run("○" + speaker_printed + "　"), 10.5, True)
        _font(p.add_run(text), 10.5)
        statements.append({"speaker": speaker_printed, "section": sect, "text": text, "page": page})

    say("田村委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、市の債権管理について調査を行います。"
        "執行部から、お手元の資料に基づき説明をお願いいたします。", section)
    t = ("それでは、資料１により概要を御説明いたします。令和６年度決算における市全体の収入未済額は約９億８，４００万円で、"
         "前年度と比べて縮減いたしました。市税全体の収納率は９７．４２％となり、主要債権の決算状況は別表のとおりでございます。")
    say("小川財務部長", t, section)
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 984000000, "yen",
                      "約９億８，４００万円", page, approx=True, debt_raw=None))
    facts.append(fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.42, "percent",
                      "９７．４２％", page))

    # ---------------- page 2
    page_break(doc)
    page = 2
    t = ("市税について補足いたします。令和６年度の市税の収納率は、現年課税分が99.21％、滞納繰越分が31.6％でございました。"
         "市税の収入未済額は約4億2,851万円となっております。本年10月末現在の現年課税分の収納率は56.8％で、"
         "前年同月の56.3％を0.5ポイント上回っております。引き続き、初期滞納者への電話催告と財産調査の早期着手に努めてまいります。")
    say("川村財務部次長兼納税課長", t, section)
    facts += [
        fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％", page),
        fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 31.6, "percent", "31.6％", page),
        fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", 428510000, "yen", "約4億2,851万円", page,
             approx=True),
        fact("市税", 2025, "本年10月末", "current", "collection_rate", "interim", 56.8, "percent", "56.8％", page,
             as_of="2025-10-31"),
        fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", 56.3, "percent", "56.3％", page,
             as_of="2024-10-31"),
    ]
    say("堀口委員", "国民健康保険税について伺います。滞納繰越分の収納率が他の債権と比べて低いように見えますが、"
        "その要因と、滞納世帯の状況を教えてください。", section)
    t = ("国民健康保険税の令和６年度の収納率は、現年課税分が94.86％、滞納繰越分が22.35％、全体で88.12％でございました。"
         "滞納世帯数は、令和６年度末で1,284世帯となっております。滞納繰越分については、所得の低い世帯の割合が高く、"
         "分納中の案件が多いことが要因と考えております。なお、本年10月末の現年課税分の収納率は48.9％でございます。")
    say("森保険年金課長", t, section)
    facts += [
        fact("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 94.86, "percent", "94.86％", page),
        fact("国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 22.35, "percent", "22.35％", page),
        fact("国民健康保険税", 2024, "令和６年度", "total", "collection_rate", "actual", 88.12, "percent", "88.12％", page),
        fact("国民健康保険税", 2024, "令和６年度末", "total", "delinquents", "actual", 1284, "households", "1,284世帯",
             page),
        fact("国民健康保険税", 2025, "本年10月末", "current", "collection_rate", "interim", 48.9, "percent", "48.9％",
             page, as_of="2025-10-31"),
    ]
    say("堀口委員", "分納中の世帯について、履行状況の確認をしっかり行っていただくよう要望いたします。", section)
    say("松浦委員", "保育所保育料の収納状況と、卒園した世帯への対応について伺います。", section)
    t = ("保育所保育料の令和６年度の収納率は、現年分が99.05％、過年度分が18.2％でございました。"
         "卒園児の世帯には、年２回の文書催告に加え、児童手当からの申出徴収の案内を行っております。")
    say("吉岡こども・若者部長", t, section)
    facts += [
        fact("保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual", 99.05, "percent", "99.05％", page),
        fact("保育所保育料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 18.2, "percent", "18.2％", page),
    ]

    # ---------------- page 3
    page_break(doc)
    page = 3
    say("岩城委員", "市営住宅使用料について、収入未済額と、退去者分の回収の取組を伺います。", section)
    t = ("市営住宅使用料の収入未済額は、令和６年度末で3,412万円となっております。過年度分の収納率は12.8％にとどまっております。"
         "11月20日に開催しました令和７年度第２回債権管理推進会議において、退去者分の債権について弁護士への回収委託を拡大する方針を確認いたしました。")
    say("石原都市整備部住宅課長", t, section)
    facts += [
        fact("市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", 34120000, "yen", "3,412万円", page),
        fact("市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 12.8, "percent", "12.8％", page),
    ]
    say("中原委員", "不納欠損の状況についてもお示しください。", section)
    wo_total = sum(r[3] for r in TABLE)
    t = (f"令和６年度の不納欠損額は、主要６債権の合計で{comma(wo_total)}千円でございます。"
         "いずれも執行停止後３年を経過したもの、又は時効が完成したものでございます。")
    say("野口債権管理課長", t, section)
    facts.append(fact(None, 2024, "令和６年度", "total", "written_off", "actual", wo_total * 1000, "yen",
                      f"{comma(wo_total)}千円", page, debt_raw="主要６債権の合計"))
    say("田村委員長", "ほかに質疑はありませんか。（「なし」の声あり）以上で所管事務調査を終わります。"
        "次に、令和６年度さざなみ市債権管理計画の実施状況について報告を求めます。", section)
    section = AGENDA[1]
    t = ("資料１の４ページを御覧ください。計画では、令和７年度の目標収納率を、市税全体で97.60％、国民健康保険税全体で88.50％と定めております。"
         "上半期の進捗はおおむね計画どおりであり、下半期は滞納整理強化月間を設けて取組を進めてまいります。")
    say("野口債権管理課長", t, section)
    facts += [
        fact("市税", 2025, "令和７年度", "total", "collection_rate", "target", 97.6, "percent", "97.60％", page),
        fact("国民健康保険税", 2025, "令和７年度", "total", "collection_rate", "target", 88.5, "percent", "88.50％", page),
    ]
    say("竹下委員", "強化月間の成果については、次回の委員会で報告をお願いいたします。", section)
    section = AGENDA[2]
    say("田村委員長", "以上で報告を終わります。次に、閉会中の継続調査についてお諮りいたします。市の債権管理については、"
        "閉会中も継続して調査することに御異議ありませんか。（「異議なし」の声あり）御異議なしと認め、そのように決定いたしました。"
        "以上で総務常任委員会を閉会いたします。", section)

    # ---------------- page 4: 別表 (horizontal rules only, 合計 first)
    page_break(doc)
    page = 4
    para(doc, "別表　主要債権の決算状況（令和６年度）", 12, True, space_after=4)
    para(doc, "（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    rows = []
    tot = [0, 0, 0]
    for name, a, c, w in TABLE:
        rows.append((name, a, c, w, a - c - w))
        tot[0] += a
        tot[1] += c
        tot[2] += w
    total_row = ("合　計", tot[0], tot[1], tot[2], tot[0] - tot[1] - tot[2])
    hdr = ["区　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tbl = doc.add_table(rows=1 + 1 + len(rows), cols=6)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(tbl)
    for j, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[j], h, 9.5, WD_ALIGN_PARAGRAPH.CENTER, True)
    for i, r in enumerate([total_row] + rows, 1):
        name, a, c, w, o = r
        rt = rate(c, a)
        cells = tbl.rows[i].cells
        cell_text(cells[0], name, 9.5, WD_ALIGN_PARAGRAPH.LEFT, i == 1)
        vals = [comma(a), comma(c), comma(w), comma(o), f"{rt:.2f}"]
        for j, v in enumerate(vals, 1):
            cell_text(cells[j], v, 9.5, bold=(i == 1))
        debt = None if i == 1 else name
        draw = "合計" if i == 1 else None
        for metric, val, raw in (("assessed", a, vals[0]), ("collected", c, vals[1]), ("written_off", w, vals[2]),
                                 ("outstanding", o, vals[3])):
            facts.append(fact(debt, 2024, "令和６年度", "total", metric, "actual", val * 1000, "yen", raw, page,
                              debt_raw=draw))
        facts.append(fact(debt, 2024, "令和６年度", "total", "collection_rate", "actual", rt, "percent", vals[4], page,
                          debt_raw=draw))
    widths = [Mm(42), Mm(27), Mm(27), Mm(24), Mm(24), Mm(18)]
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    para(doc, "")
    para(doc, "※１　収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。", 9, space_after=0)
    para(doc, "※２　市税及び国民健康保険税は、現年課税分と滞納繰越分の合計である。", 9, space_after=0)
    para(doc, "※３　市全体の収入未済額には、上記以外の債権を含む。", 9, space_after=0)

    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf")

    attendees = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in MEMBERS]
    attendees += [{"role": "説明員", "title": t, "name": n.replace("　", " ")} for t, n in STAFF]
    attendees += [{"role": "事務局", "title": t, "name": n.replace("　", " ")} for t, n in CLERKS]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-09", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-12-09",
                "date_raw": "令和７年１２月９日"}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
