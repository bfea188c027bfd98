"""しおかぜ市議会 総務常任委員会記録 (council committee record on 債権管理) — python-docx → LibreOffice.

Modelled on the layout of a city council 総務常任委員会 record (所管事務調査「債権管理について」,
○委員長 / ○財政経営部長 speaker markers), e.g. https://paperzz.com/doc/5464832 .
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf as fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import OUT, PDF, check, fact, to_pdf, write_gold, zen  # noqa: E402

STEM = "h_shiokaze_kaigiroku_1"
CITY = "しおかぜ市"
TITLE = "しおかぜ市議会総務常任委員会記録"
AG1 = "所管事務調査　債権管理の取組状況について"
AG2 = "主な債権の令和７年９月末収納状況について"

MEMBERS = [("委員長", "浜野　敬一"), ("副委員長", "石黒　真由美"), ("委員", "村瀬　浩二"),
           ("委員", "岡田　久美子"), ("委員", "津田　晃"), ("委員", "宮下　和也")]
STAFF = ["財政経営部長", "納税課長", "子ども・若者部長", "保険年金課長", "上下水道局営業課長"]
MATERIALS = ["資料１　債権管理の取組状況（令和７年９月末現在）", "資料２　主な債権の収納状況（別表）"]

# (speaker as printed without ○, section, text, [(anchor, fact kwargs)])
STATEMENTS = [
    ("浜野委員長", AG1,
     "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として債権管理の取組状況について調査を行い、"
     "その後、主な債権の９月末時点の収納状況について報告を受けます。それでは、理事者から説明をお願いします。", []),
    ("森田財政経営部長", AG1,
     "財政経営部長の森田でございます。本市では令和４年３月に債権管理条例を施行し、全庁的に収入未済額の縮減に"
     "取り組んでまいりました。令和６年度決算における本市全体の収入未済額は約26億3,600万円となり、前年度を下回りました。"
     "10月30日に開催いたしました令和７年度第２回しおかぜ市債権管理推進会議におきまして、各所管課の上半期の取組を"
     "確認しておりますので、詳細は納税課長から説明いたします。",
     [dict(debt=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
           value=2_636_000_000, unit="yen", raw="約26億3,600万円", approx=True)]),
    ("大西納税課長", AG1,
     "納税課長の大西でございます。資料１をご覧ください。市税につきましては、令和６年度決算で収入未済額が"
     "１２億３，４５６万円、収納率は現年課税分が９９．２％、滞納繰越分が３１．５％でございました。令和７年９月末の"
     "収納率は、現年課税分が５６．８％で前年同月を０．４ポイント上回り、滞納繰越分は２４．１％で前年同月の"
     "２２．９％から改善しております。差押えにつきましては、預貯金を中心に上半期で４１２件を執行いたしました。",
     [dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
           value=1_234_560_000, unit="yen", raw="１２億３，４５６万円"),
      dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual",
           value=99.2, unit="percent", raw="９９．２％"),
      dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual",
           value=31.5, unit="percent", raw="３１．５％"),
      dict(debt="市税", fy=2025, fy_raw="令和７年９月末", seg="current", metric="collection_rate", basis="interim",
           as_of="2025-09-30", value=56.8, unit="percent", raw="５６．８％"),
      dict(debt="市税", fy=2025, fy_raw="令和７年９月末", seg="arrears", metric="collection_rate", basis="interim",
           as_of="2025-09-30", value=24.1, unit="percent", raw="２４．１％"),
      dict(debt="市税", fy=2024, fy_raw="前年同月", seg="arrears", metric="collection_rate", basis="interim",
           as_of="2024-09-30", value=22.9, unit="percent", raw="２２．９％")]),
    ("石黒副委員長", AG1,
     "国民健康保険料の滞納繰越分の収納率が他の債権と比べて低いように見えますが、その要因と今後の対策を"
     "お聞かせください。", []),
    ("川端保険年金課長", AG1,
     "国民健康保険料の滞納繰越分の収納率は、令和６年度決算で19.7％にとどまっております。要因としましては、"
     "資格喪失後に転出された方の所在把握が難しいことが挙げられます。令和６年度末の滞納世帯数は2,184世帯で、"
     "前年度末から減少しておりますが、引き続き財産調査を徹底し、納付資力がありながら納付されない世帯には"
     "滞納処分を行ってまいります。",
     [dict(debt="国民健康保険料", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate",
           basis="actual", value=19.7, unit="percent", raw="19.7％"),
      dict(debt="国民健康保険料", fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents",
           basis="actual", value=2184, unit="households", raw="2,184世帯")]),
    ("村瀬委員", AG1,
     "保育所の保護者負担金について、収入未済額の状況はどうなっていますか。また、児童手当からの徴収は"
     "行っているのですか。", []),
    ("三宅子ども・若者部長", AG1,
     "保育所保護者負担金の令和６年度末の収入未済額は、約4,380万円でございます。児童手当からの特別徴収に"
     "つきましては、保護者の同意を得た上で実施しており、上半期は延べ96件の申出をいただきました。",
     [dict(debt="保育所保護者負担金", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding",
           basis="actual", value=43_800_000, unit="yen", raw="約4,380万円", approx=True)]),
    ("岡田委員", AG1,
     "下水道使用料の未収金はどの程度あるのか。水道料金と一緒に請求していると思うが、給水停止との関係は"
     "どうなっているのか。", []),
    ("丹羽上下水道局営業課長", AG1,
     "下水道使用料の令和６年度末の収入未済額は138.6百万円でございます。水道料金と一括で請求しており、"
     "給水停止の予告により多くの方に納付いただいております。なお、令和６年度の現年度分の収納率は98.9％で"
     "ございました。",
     [dict(debt="下水道使用料", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding",
           basis="actual", value=138_600_000, unit="yen", raw="138.6百万円"),
      dict(debt="下水道使用料", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate",
           basis="actual", value=98.9, unit="percent", raw="98.9％")]),
    ("浜野委員長", AG2,
     "次に、主な債権の令和７年９月末収納状況について、説明を求めます。", []),
    ("大西納税課長", AG2,
     "別表をご覧ください。主な債権の収納率を、令和５年度及び令和６年度の決算と、９月末時点での前年同月との"
     "比較でお示ししております。いずれの債権も現年度分はおおむね前年同月並みで推移しておりますが、"
     "介護保険料の滞納繰越分は前年同月を下回っております。", []),
    ("浜野委員長", AG2,
     "ほかに質疑はありませんか。（「なし」の声あり）以上で本日の委員会を散会いたします。", []),
]

# 別表 1: rates (単位：％)  debt -> {seg: (R5, R6, 6年9月末, 7年9月末)}
RATES = [
    ("市税", (99.1, 99.2, 56.4, 56.8), (29.8, 31.5, 22.9, 24.1)),
    ("国民健康保険料", (94.6, 95.0, 48.7, 49.3), (18.9, 19.7, 12.4, 13.0)),
    ("介護保険料", (98.8, 98.9, 57.9, 58.1), (22.7, 23.4, 15.8, 14.9)),
    ("保育所保護者負担金", (98.3, 98.6, 55.2, 55.0), (20.5, 21.8, 9.6, 10.3)),
    ("下水道使用料", (98.7, 98.9, 60.1, 60.4), (35.2, 36.0, 21.3, 22.0)),
]
# 別表 2: 収入未済額 (千円) R4, R5, R6
OUTST = [
    ("市税", (1_402_118, 1_311_904, 1_234_560)),
    ("国民健康保険料", (812_640, 760_311, 721_085)),
    ("介護保険料", (98_452, 95_120, 91_733)),
    ("保育所保護者負担金", (47_915, 45_602, 43_807)),
    ("下水道使用料", (150_204, 144_930, 138_612)),
]
WRITTEN_OFF_TAX_R6 = 23_456


def set_font(run, name="IPAex明朝", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, indent_mm=None, first_mm=None, font="IPAex明朝",
         space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def add_field(paragraph, instr, size=9):
    run = paragraph.add_run()
    set_font(run, size=size)
    for tag, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)


def horizontal_rules_only(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, val in (("top", "single"), ("left", "nil"), ("bottom", "single"), ("right", "nil"),
                      ("insideH", "single"), ("insideV", "nil")):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size=size, bold=bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def fmt_diff(a, b):
    d = round(b - a, 1)
    return ("+" if d >= 0 else "▲") + f"{abs(d):.1f}"


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("総務常任委員会記録（令和７年11月20日）"), size=8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), size=9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" －"), size=9)

    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, font="IPAexゴシック", space_after=10)
    para(doc, "１　日　　時　　令和７年11月20日（木）　午前10時00分開議　午前11時42分散会")
    para(doc, "２　場　　所　　第２委員会室")
    para(doc, "３　出席委員（６名）")
    line = "　".join(f"{r}　{n}" for r, n in MEMBERS[:2])
    para(doc, line, indent_mm=10)
    para(doc, "委　員　" + "　　".join(n for _, n in MEMBERS[2:]), indent_mm=10)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    para(doc, "・".join(STAFF), indent_mm=10)
    para(doc, "６　事務局出席者　　議事課主幹・議事課主事")
    para(doc, "７　事　　件")
    para(doc, "（１）" + AG1, indent_mm=6)
    para(doc, "（２）" + AG2, indent_mm=6)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, indent_mm=10)
    para(doc, "")
    para(doc, "――――――――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "〔" + AG1 + "〕", bold=True, font="IPAexゴシック", space_after=4)
    current = AG1
    for spk, section, text, _ in STATEMENTS:
        if section != current:
            para(doc, "〔" + section + "〕", bold=True, font="IPAexゴシック", space_after=4)
            current = section
        p = para(doc, "", space_after=4)
        set_font(p.add_run("○" + spk), "IPAexゴシック", bold=True)
        set_font(p.add_run("　" + text))
        p.paragraph_format.first_line_indent = Mm(0)

    # 別表 on a new page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況", 12, True, font="IPAexゴシック", space_after=2)
    para(doc, "（単位：％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    t = doc.add_table(rows=2 + 2 * len(RATES), cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    horizontal_rules_only(t)
    hdr = ["債権名", "区分", "令和5年度", "令和6年度", "6年9月末", "7年9月末", "増減"]
    sub = ["", "", "決算", "決算", "前年同月", "今年度", "(ポイント)"]
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True)
        cell_text(t.cell(1, i), sub[i])
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(t.cell(0, 0), "債権名", bold=True)
    cell_text(t.cell(0, 1), "区分", bold=True)
    for k, (debt, cur, arr) in enumerate(RATES):
        r = 2 + 2 * k
        for j, (seg_label, vals) in enumerate((("現年分", cur), ("滞繰分", arr))):
            cell_text(t.cell(r + j, 1), seg_label)
            for c, v in enumerate(vals):
                cell_text(t.cell(r + j, 2 + c), f"{v:.1f}", align=WD_ALIGN_PARAGRAPH.RIGHT)
            cell_text(t.cell(r + j, 6), fmt_diff(vals[2], vals[3]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        m = t.cell(r, 0).merge(t.cell(r + 1, 0))
        cell_text(m, debt, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "※９月末の数値は、各年９月30日現在の収納率（速報値）である。", 8.5, space_after=12)

    para(doc, "主な債権の収入未済額の推移", 12, True, font="IPAexゴシック", space_after=2)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    t2 = doc.add_table(rows=2 + len(OUTST), cols=4)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    horizontal_rules_only(t2)
    for i, h in enumerate(["", "令和4年度", "5年度", "6年度"]):
        cell_text(t2.cell(0, i), h, bold=True)
    tot = [sum(v[i] for _, v in OUTST) for i in range(3)]
    cell_text(t2.cell(1, 0), "合　計", align=WD_ALIGN_PARAGRAPH.LEFT, bold=True)
    for i, v in enumerate(tot):
        cell_text(t2.cell(1, 1 + i), f"{v:,}", align=WD_ALIGN_PARAGRAPH.RIGHT, bold=True)
    for k, (debt, vals) in enumerate(OUTST):
        cell_text(t2.cell(2 + k, 0), debt, align=WD_ALIGN_PARAGRAPH.LEFT)
        for i, v in enumerate(vals):
            cell_text(t2.cell(2 + k, 1 + i), f"{v:,}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, f"※令和６年度の市税の収入未済額は、同年度に不納欠損処分を行った{WRITTEN_OFF_TAX_R6:,}千円を除いた額である。",
         8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "h_shiokaze")
    return tot


def nows(s):
    return re.sub(r"\s+", "", s)


def page_of(texts, needle, start=0):
    n = nows(needle)
    for i in range(start, len(texts)):
        if n in texts[i]:
            return i + 1
    raise LookupError(needle)


def gold(tot):
    pdf = fitz.open(PDF / f"{STEM}.pdf")
    texts = [nows(p.get_text()) for p in pdf]
    facts, statements = [], []
    for spk, section, text, fs in STATEMENTS:
        head = text[:25]
        pg = page_of(texts, head)
        statements.append({"speaker": spk, "section": section, "text": text, "page": pg})
        for f in fs:
            kw = dict(f)
            # locate the page of this figure: the sentence fragment just before it
            idx = text.index(kw["raw"])
            ctx = text[max(0, idx - 8): idx + len(kw["raw"])]
            fpg = page_of(texts, ctx)
            facts.append(fact(kw.pop("debt"), kw.pop("fy"), kw.pop("fy_raw"), kw.pop("seg"), kw.pop("metric"),
                              kw.pop("basis"), kw.pop("value"), kw.pop("unit"), kw.pop("raw"), fpg,
                              approx=kw.pop("approx", False), as_of=kw.pop("as_of", None)))
    bp = page_of(texts, "別表主な債権の収納状況")
    cols = [(2023, "令和5年度", "actual", None), (2024, "令和6年度", "actual", None),
            (2024, "6年9月末", "interim", "2024-09-30"), (2025, "7年9月末", "interim", "2025-09-30")]
    for debt, cur, arr in RATES:
        for seg, vals in (("current", cur), ("arrears", arr)):
            for (fy, fy_raw, basis, as_of), v in zip(cols, vals):
                facts.append(fact(debt, fy, fy_raw, seg, "collection_rate", basis, v, "percent", f"{v:.1f}", bp,
                                  as_of=as_of))
    op = page_of(texts, "主な債権の収入未済額の推移")
    ycols = [(2022, "令和4年度"), (2023, "5年度"), (2024, "6年度")]
    for (fy, fy_raw), v in zip(ycols, tot):
        facts.append(fact(None, fy, fy_raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", op,
                          debt_raw="合計"))
    for debt, vals in OUTST:
        for (fy, fy_raw), v in zip(ycols, vals):
            facts.append(fact(debt, fy, fy_raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", op))
    facts.append(fact("市税", 2024, "令和６年度", "total", "written_off", "actual", WRITTEN_OFF_TAX_R6 * 1000, "yen",
                      f"{WRITTEN_OFF_TAX_R6:,}千円", page_of(texts, "不納欠損処分を行った")))
    attendees = [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEMBERS]
    attendees += [{"role": "説明員", "title": s, "name": None} for s in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-11-20", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2], "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-20",
                "date_raw": "令和７年11月20日"}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    tot = build()
    gold(tot)
    check(STEM)
