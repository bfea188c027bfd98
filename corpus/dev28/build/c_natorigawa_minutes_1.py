"""名取川市 (invented city) council committee record on 債権管理: python-docx -> LibreOffice.

Family: minutes (さいたま市-style 議事要旨), as a council committee record prints it (modelled on the
仙台市議会 委員会記録 layout: ◯委員長 / ◯…委員 / ◯…部長 speaker markers, question and answer),
with an attendee list, 審査事項, 配付資料 naming 令和7年度第2回 of another body, figures in running
text, and a 別表 at the end whose tables carry only horizontal rules.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import OUT, PDF, comma, fact, rate, to_pdf, write_gold  # noqa: E402

STEM = "c_natorigawa_minutes_1"
CITY = "名取川市"
TITLE = "名取川市議会 総務財政委員会記録"
DATE, DATE_RAW = "2025-10-07", "令和７年１０月７日"
MINCHO = "IPAex明朝"

# 別表 (千円): name, 調定額, 不納欠損額, 収入未済額 ; 現年分/滞繰分 rates (％)
TABLE = [
    ("市税", 140_802_530, 180_412, 2_143_218, 99.24, 33.80),
    ("国民健康保険料", 28_415_330, 402_118, 1_387_412, 95.02, 27.41),
    ("介護保険料", 21_102_880, 98_220, 301_556, 99.21, 18.55),
    ("後期高齢者医療保険料", 9_880_410, 12_005, 58_320, 99.60, 41.02),
    ("生活保護費返還金", 1_018_660, 41_220, 792_118, 62.14, 6.08),
    ("市営住宅使用料", 3_410_225, 22_418, 123_458, 98.70, 14.05),
    ("保育所保育料", 2_880_114, 5_520, 70_882, 98.95, 20.33),
    ("下水道使用料", 15_604_310, 8_870, 215_330, 99.05, 47.80),
]
ROW = {t[0]: t for t in TABLE}


def collected(t):
    return t[1] - t[2] - t[3]


def trate(t):
    return rate(collected(t), t[1], 2)


def man_approx(k_yen):
    """千円 -> 約X億Y,YYY万円 (rounded to 百万円 steps of 万)."""
    man = round(k_yen / 10, -2)  # 万円, to the hundred
    man = int(man)
    return f"約{man // 10000}億{man % 10000:,}万円", man * 10_000


ZEI = ROW["市税"]
KOKUHO = ROW["国民健康保険料"]
JUTAKU = ROW["市営住宅使用料"]
SEIHO = ROW["生活保護費返還金"]
zei_out_txt, zei_out_val = man_approx(ZEI[3])
kok_out_txt, kok_out_val = man_approx(KOKUHO[3])
jut_man = JUTAKU[3] // 10  # 万円 truncated
jut_txt = f"{jut_man // 10000}億{jut_man % 10000:,}万円余"

ATTENDEES = [
    ("委員長", "佐藤　文彦"), ("副委員長", "高橋　恵子"),
    ("委員", "阿部　健一"), ("委員", "伊藤　真理"), ("委員", "大槻　修"), ("委員", "菊地　さやか"),
    ("委員", "鈴木　英樹"), ("委員", "千葉　亮"), ("委員", "渡辺　和子"),
]
OFFICIALS = ["財政局長", "財政局税務部長", "財政局税務部納税企画課長", "健康福祉局保険年金課長",
             "健康福祉局保護自立支援課長", "都市整備局住宅政策課長"]
AGENDA = ["債権管理の取組状況について（報告）", "令和６年度決算に係る収入未済額の状況について（報告）"]
MATERIALS = ["資料１　債権管理の取組状況について",
             "資料２　令和７年度第２回名取川市債権管理推進会議資料（抜粋）",
             "別表　令和６年度 主要債権の収納状況"]

S1, S2 = AGENDA[0], AGENDA[1]
STATEMENTS = [  # (page, marker speaker, speaker, section, text)
    (2, "委員長", "委員長", S1,
     "ただいまから総務財政委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理の取組状況について当局から報告を受けます。それでは、当局から説明願います。"),
    (2, "財政局長", "財政局長", S1,
     "財政局でございます。本市では債権管理条例に基づき、全庁を挙げて収入未済額の縮減に取り組んでおります。本日は、令和６年度決算の状況と今年度の取組について、税務部長から御説明申し上げます。"),
    (2, "財政局税務部長", "財政局税務部長", S1,
     f"お手元の資料１を御覧ください。令和６年度決算における市税の収入未済額は{zei_out_txt}で、前年度と比べ約１億６，２００万円の減少となりました。"
     f"収納率は現年課税分が{ZEI[4]:.2f}％、滞納繰越分が{ZEI[5]:.1f}％、全体で{trate(ZEI):.2f}％でございます。"
     "また、今年度は８月末現在の現年課税分の収納率が51.2％で、前年同月を0.4ポイント上回って推移しております。"),
    (2, "阿部健一委員", "阿部健一委員", S1,
     "市税の収納率が上がっていることは評価いたします。一方で、滞納繰越分の収納率はまだ３割程度にとどまっております。高額の滞納案件についてどのような対策を取っているのか伺います。"),
    (2, "財政局税務部納税企画課長", "財政局税務部納税企画課長", S1,
     "高額・困難案件につきましては、特別滞納整理係で集中的に処理しております。預貯金や給与の電子照会を拡大し、財産が判明した案件は速やかに差押えを行っており、昨年度は捜索も１２件実施いたしました。"),
    (2, "伊藤真理委員", "伊藤真理委員", S1,
     "国民健康保険料についても状況を伺います。"),
    (3, "健康福祉局保険年金課長", "健康福祉局保険年金課長", S1,
     f"国民健康保険料の令和６年度の収納率は、現年分が{KOKUHO[4]:.2f}％、過年度分が{KOKUHO[5]:.2f}％となりました。収入未済額は{kok_out_txt}、滞納世帯数は4,812世帯でございます。"
     "口座振替の原則化とスマートフォン決済の導入により、現年分の収納率は３年連続で上昇しております。"),
    (3, "大槻修委員", "大槻修委員", S1,
     f"別表を見ますと、生活保護費返還金の収納率が{trate(SEIHO):.2f}％と他の債権に比べて著しく低くなっています。回収が難しいことは理解しますが、どう取り組むのか伺います。"),
    (3, "健康福祉局保護自立支援課長", "健康福祉局保護自立支援課長", S1,
     "生活保護費返還金は、受給中の方からは保護費からの調整による納付を原則とし、廃止となった方には文書と訪問で納付を求めております。今年度から各区の担当ケースワーカーと連携した納付管理を始めたところでございます。"),
    (3, "委員長", "委員長", S2,
     "次に、令和６年度決算に係る収入未済額の状況について報告を願います。"),
    (3, "都市整備局住宅政策課長", "都市整備局住宅政策課長", S2,
     f"市営住宅使用料について御報告いたします。令和６年度末の収入未済額は{jut_txt}で、現年度分の収納率は{JUTAKU[4]:.1f}％となりました。"
     "長期高額の滞納者につきましては、明渡請求訴訟の提起を含め法的措置を進めてまいります。"),
    (4, "菊地さやか委員", "菊地さやか委員", S2,
     "法的措置に至る前の段階で、生活困窮の相談窓口につなぐ仕組みはあるのでしょうか。"),
    (4, "都市整備局住宅政策課長", "都市整備局住宅政策課長", S2,
     "滞納の初期段階で面談を行い、必要に応じて生活自立支援センターを御案内しております。福祉部門との情報共有も進めてまいります。"),
    (4, "委員長", "委員長", S2,
     "ほかに質疑はございませんか。――なければ、以上で本日の調査を終了し、総務財政委員会を閉会いたします。"),
]


def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text="", size=10.5, bold=False, align=None, indent=None, first=None, space_after=2, font=MINCHO):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def field(run, code):
    for tag, text in (("begin", None), (None, code), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)


def hrule_table(table):
    """Only horizontal rules: top, bottom and between rows; no vertical lines."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val == "single":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), "IPAexゴシック", size, bold)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務財政委員会記録（令和７年１０月７日）"), MINCHO, 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    set_font(r, MINCHO, 9)
    r2 = fp.add_run("－")
    set_font(r2, MINCHO, 9)
    r3 = fp.add_run()
    set_font(r3, MINCHO, 9)
    field(r3, "PAGE")
    r4 = fp.add_run("－")
    set_font(r4, MINCHO, 9)

    facts = []
    # ---- page 1 ----
    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10, font="IPAexゴシック")
    para(doc, f"１　日　　時　　{DATE_RAW}（火）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　場　　所　　第一委員会室")
    para(doc, f"３　出席委員（{len(ATTENDEES)}名）")
    line = "　　".join(f"{n}{'　' if role == '委員' else role}" if False else f"{role}　{n}" for role, n in ATTENDEES[:2])
    para(doc, line, indent=10)
    names = [n for role, n in ATTENDEES[2:]]
    for i in range(0, len(names), 4):
        para(doc, "委員　" + "　　".join(names[i:i + 4]), indent=10)
    para(doc, "４　欠席委員　なし")
    para(doc, "５　説明のため出席した者")
    para(doc, "・".join(OFFICIALS), indent=10)
    para(doc, "６　審査事項（所管事務調査）")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{i}）{a}", indent=10)
    para(doc, "７　配付資料")
    for m in MATERIALS:
        para(doc, m, indent=10)
    para(doc, "", space_after=6)
    para(doc, "※本記録は、発言の要旨を記載したものである。数値は令和６年度決算（出納閉鎖後）による。", 9)
    page_break(doc)

    # ---- statements ----
    cur = 2
    first_on_page = True
    for page, marker, speaker, section, text in STATEMENTS:
        page = cur  # statements flow; their pages are read back from the PDF below
        if section == S2 and marker == "委員長" and text.startswith("次に"):
            para(doc, f"《{S2}》", 10.5, True, space_after=4, font="IPAexゴシック")
        if page == 2 and first_on_page:
            para(doc, f"《{S1}》", 10.5, True, space_after=4, font="IPAexゴシック")
        first_on_page = False
        p = para(doc, "", first=-4, indent=4, space_after=6)
        p.paragraph_format.line_spacing = 1.6
        set_font(p.add_run(f"◯{marker}　"), "IPAexゴシック", 11)
        set_font(p.add_run(text), MINCHO, 11)
    page_break(doc)

    # ---- 別表 (page 5) ----
    pg = 5
    para(doc, "別表　令和６年度 主要債権の収納状況", 11, True, space_after=2, font="IPAexゴシック")
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    heads = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hrule_table(t)
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    tot = [0, 0, 0, 0]
    for row in TABLE:
        name, a, w, o = row[0], row[1], row[2], row[3]
        c = collected(row)
        rt = trate(row)
        tot = [tot[0] + a, tot[1] + c, tot[2] + w, tot[3] + o]
        cells = t.add_row().cells
        cell_text(cells[0], name, WD_ALIGN_PARAGRAPH.LEFT)
        for i, v in enumerate((a, c, w, o), 1):
            cell_text(cells[i], comma(v))
        cell_text(cells[5], f"{rt:.2f}")
        for metric, v, raw in (("assessed", a * 1000, comma(a)), ("collected", c * 1000, comma(c)),
                               ("written_off", w * 1000, comma(w)), ("outstanding", o * 1000, comma(o))):
            facts.append(fact(name, 2024, "令和６年度", "total", metric, "actual", v, "yen", raw, pg))
        facts.append(fact(name, 2024, "令和６年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", pg))
    cells = t.add_row().cells
    cell_text(cells[0], "合計", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    trt = rate(tot[1], tot[0], 2)
    for i, v in enumerate(tot, 1):
        cell_text(cells[i], comma(v), bold=True)
    cell_text(cells[5], f"{trt:.2f}", bold=True)
    for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), tot):
        facts.append(fact(None, 2024, "令和６年度", "total", metric, "actual", v * 1000, "yen", comma(v), pg, debt_raw="合計"))
    facts.append(fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", trt, "percent", f"{trt:.2f}", pg, debt_raw="合計"))
    for row_ in t.rows:
        for i, w in enumerate((42, 27, 27, 22, 22, 18)):
            row_.cells[i].width = Mm(w)
    para(doc, "※収納率＝収入済額÷調定額。千円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", 8.5, space_after=10)

    para(doc, "（参考）現年分・滞繰分別の収納率（令和６年度）", 10.5, True, space_after=2, font="IPAexゴシック")
    para(doc, "単位：％", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    hrule_table(t2)
    for i, h in enumerate(["債権名", "現年分", "滞繰分"]):
        cell_text(t2.rows[0].cells[i], h, WD_ALIGN_PARAGRAPH.CENTER)
    for row in TABLE:
        cells = t2.add_row().cells
        cell_text(cells[0], row[0], WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[1], f"{row[4]:.2f}")
        cell_text(cells[2], f"{row[5]:.2f}")
        facts.append(fact(row[0], 2024, "令和６年度", "current", "collection_rate", "actual", row[4], "percent", f"{row[4]:.2f}", pg))
        facts.append(fact(row[0], 2024, "令和６年度", "arrears", "collection_rate", "actual", row[5], "percent", f"{row[5]:.2f}", pg))

    # ---- facts in running text ----
    facts += [
        fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", zei_out_val, "yen", zei_out_txt, 2, approx=True),
        fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", ZEI[4], "percent", f"{ZEI[4]:.2f}％", 2),
        fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", ZEI[5], "percent", f"{ZEI[5]:.1f}％", 2),
        fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", trate(ZEI), "percent", f"{trate(ZEI):.2f}％", 2),
        fact("市税", 2025, "８月末", "current", "collection_rate", "interim", 51.2, "percent", "51.2％", 2, as_of="2025-08-31"),
        fact("国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", KOKUHO[4], "percent", f"{KOKUHO[4]:.2f}％", 3),
        fact("国民健康保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", KOKUHO[5], "percent", f"{KOKUHO[5]:.2f}％", 3),
        fact("国民健康保険料", 2024, "令和６年度", "total", "outstanding", "actual", kok_out_val, "yen", kok_out_txt, 3, approx=True),
        fact("国民健康保険料", 2024, "令和６年度", "total", "delinquents", "actual", 4812, "households", "4,812世帯", 3),
        fact("生活保護費返還金", 2024, None, "total", "collection_rate", "actual", trate(SEIHO), "percent", f"{trate(SEIHO):.2f}％", 3),
        fact("市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", jut_man * 10_000, "yen", jut_txt, 3, approx=True),
        fact("市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", JUTAKU[4], "percent", f"{JUTAKU[4]:.1f}％", 3),
    ]

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    to_pdf(docx, PDF / f"{STEM}.pdf", "natorigawa")

    # pages of the flowing statements and of the figures printed in them, read back from the PDF
    import pymupdf as fitz
    from c_common import squash
    texts = [squash(pg_.get_text()) for pg_ in fitz.open(PDF / f"{STEM}.pdf")]
    spages = []
    for _p, marker, sp, _s, tx in STATEMENTS:
        hit = [i + 1 for i, t_ in enumerate(texts[:-1]) if squash(tx) in t_]
        if not hit:
            print("statement split across pages:", sp, tx[:20])
            hit = [i + 1 for i, t_ in enumerate(texts[:-1]) if squash(tx)[:30] in t_]
        spages.append(hit[0])
    last = len(texts)
    for f in facts:
        if f["page"] == pg:
            f["page"] = last
        else:
                hit = [i + 1 for i, t_ in enumerate(texts[:-1]) if squash(f["raw"]) in t_ and i > 0]
                assert len(hit) == 1, (f["raw"], hit)
                f["page"] = hit[0]

    attendees = [{"role": role, "title": None, "name": n.replace("　", "")} for role, n in ATTENDEES]
    attendees += [{"role": "説明のため出席した者", "title": t, "name": None} for t in OFFICIALS]
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": sp, "section": sec_, "text": tx, "page": pg_}
                              for pg_, (_p, _m, sp, sec_, tx) in zip(spages, STATEMENTS)]}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": DATE, "date_raw": DATE_RAW}
    return write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
