"""伊勢崎市議会 総務常任委員会記録（所管事務調査：債権管理） python-docx -> LibreOffice."""
import shutil
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from u_common import OUT, ROOT, Facts, kyen, locate, page_texts, soffice, write_gold, check, zen

STEM = "u_isesaki_kaigiroku_1"
CITY = "伊勢崎市"
TITLE = "総務常任委員会記録"
FONT = "IPAexMincho"

# 別表 data: 令和5年度決算 (yen, multiples of 1000): (current assessed, collected, arrears assessed, collected, written_off)
DEBTS = [
    ("市税", 31_845_210_000, 31_561_994_000, 1_412_388_000, 398_207_000, 71_540_000),
    ("国民健康保険税", 5_234_877_000, 4_998_321_000, 1_655_402_000, 402_915_000, 96_214_000),
    ("介護保険料", 3_876_112_000, 3_853_004_000, 88_431_000, 21_377_000, 14_208_000),
    ("後期高齢者医療保険料", 2_410_560_000, 2_402_118_000, 21_908_000, 9_145_000, 1_933_000),
    ("保育所保育料", 612_340_000, 605_871_000, 41_226_000, 8_904_000, 3_512_000),
    ("市営住宅使用料", 498_716_000, 489_022_000, 102_553_000, 14_380_000, 6_027_000),
]


def r2(c, a):
    return f"{c / a * 100 + 1e-12:.2f}"


def rows():
    out = []
    tot = [0, 0, 0, 0, 0]
    for name, ca, cc, aa, ac, wo in DEBTS:
        A = ca + aa
        B = cc + ac
        out.append((name, A, B, wo, A - B - wo, r2(cc, ca), r2(ac, aa), r2(B, A)))
        for k, v in enumerate((ca, cc, aa, ac, wo)):
            tot[k] += v
    ca, cc, aa, ac, wo = tot
    A, B = ca + aa, cc + ac
    total = ("合計", A, B, wo, A - B - wo, r2(cc, ca), r2(ac, aa), r2(B, A))
    return total, out


TOTAL, ROWS = rows()
TOTAL_OUT = TOTAL[4]
# prose: 約18億…万円 rounded to 100万円
oku, man = divmod(round(TOTAL_OUT / 1_000_000) * 100, 10000)
PROSE_OUT = f"約{oku}億{man:,}万円"
PROSE_OUT_V = (oku * 10000 + man) * 10000
tax = ROWS[0]
kokuho = ROWS[1]

# previous year (令和4年度) totals for prose
R4_OUT = 1_953_400_000  # 約19億5,340万円 -> printed as 約19億5,300万円
R4_PROSE = "約19億5,300万円"

ATT_MEMBERS = [("委員長", "新井 康弘"), ("副委員長", "松本 美和"), ("委員", "石原 健一"), ("委員", "森 久美子"),
               ("委員", "田島 誠"), ("委員", "横山 和夫"), ("委員", "設楽 直樹")]
ATT_STAFF = [("財政部長", "小野里 明"), ("子ども・若者部長", "茂木 京子"), ("健康推進部長", "田部井 修"),
             ("債権管理課長", "関口 浩二"), ("国民健康保険課長", "高橋 昌之"), ("保育課長", "小池 由香"),
             ("建築住宅課長", "飯塚 亮")]
AGENDA = ["債権管理の取組状況について", "令和５年度債権の放棄について（報告）"]
MATERIALS = ["資料１　令和５年度 債権管理の取組実績", "資料２　債権の放棄に関する報告書"]

S1, S2 = AGENDA
STATEMENTS = [
    ("新井委員長", None,
     "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、お手元の次第のとおり２件について調査を行います。初めに、債権管理の取組状況について、執行部から説明をお願いします。"),
    ("小野里財政部長", S1,
     "債権管理の取組状況につきまして御説明申し上げます。本市では、債権管理条例に基づき、令和６年度第２回伊勢崎市債権管理推進会議を１１月２０日に開催し、各債権の上半期の状況を確認したところでございます。詳細は債権管理課長から説明いたします。"),
    ("関口債権管理課長", S1,
     f"それでは、資料１により説明いたします。令和５年度決算における市全体の収入未済額は{PROSE_OUT}で、前年度の{R4_PROSE}から減少いたしました。"
     f"主な債権では、市税の収納率が現年課税分{tax[5]}％、滞納繰越分{tax[6]}％となり、合計では{tax[7]}％でございます。"
     f"国民健康保険税は、現年課税分{kokuho[5]}％、滞納繰越分{kokuho[6]}％となっております。"
     "なお、各債権の調定額、収入済額等は、別表にまとめておりますので、御参照ください。"),
    ("石原委員", S1,
     "市税の収納率は改善しているようですが、今年度の途中経過はどうなっているのか、前年同時期との比較でお示しいただきたい。"),
    ("関口債権管理課長", S1,
     "令和６年１１月末時点の市税の収納率は、現年課税分が６３．８％で、前年同月の６３．４％を０．４ポイント上回っております。滞納繰越分は２２．１％で、前年同月の２０．９％に比べ１．２ポイント上昇しております。"),
    ("森委員", S1,
     "国民健康保険税について、滞納繰越分の収納率が他の債権に比べて低い。今後の取組を伺いたい。"),
    ("高橋国民健康保険課長", S1,
     "国民健康保険税の令和６年１１月末の収納率は、現年課税分が５２．７％で、前年同月の５２．９％をやや下回っております。"
     "滞納者数は１１月末で３，１２４人となっております。今後は、財産調査の早期着手と、ＳＭＳによる催告の対象拡大に取り組み、年度末の目標であります現年課税分９５．６０％の達成を目指してまいります。"),
    ("森委員", S1,
     "保育所保育料についても伺いたい。児童手当からの徴収などはどの程度行っているのか。"),
    ("茂木子ども・若者部長", S1,
     f"保育所保育料につきましては、児童手当からの特別徴収の申出を積極的に勧奨しております。令和５年度の収入未済額は約{round(ROWS[4][4] / 10000):,}万円で、現年分の収納率は{ROWS[4][5]}％でございました。"),
    ("新井委員長", S2, "次に、令和５年度債権の放棄について、報告をお願いします。"),
    ("関口債権管理課長", S2,
     "資料２により御報告いたします。債権管理条例第１４条の規定に基づき、令和５年度に放棄した私債権は、市営住宅使用料など３債権、計２１件でございます。いずれも債務者の死亡や所在不明等により、回収の見込みがないと判断したものでございます。"),
    ("横山委員", S2, "放棄の判断に当たっての手続と、外部の意見の聴取について伺いたい。"),
    ("飯塚建築住宅課長", S2,
     "放棄に当たりましては、庁内の債権管理推進会議で個別に審査を行い、必要に応じて顧問弁護士の意見を聴取しております。"),
    ("新井委員長", None, "以上で本日の所管事務調査を終了いたします。これをもちまして総務常任委員会を閉会いたします。"),
]


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), font)


def para(doc, text="", size=10.5, bold=False, align=None, indent=None, first=None, after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def footer_page(section, label):
    f = section.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(f.add_run("－ "), 9)
    r = f.add_run()
    set_font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = txt
            r._element.append(it)
    set_font(f.add_run(" －"), 9)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run(label), 8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    footer_page(sec, "伊勢崎市議会　総務常任委員会（令和６年１２月１１日）")

    para(doc, "伊勢崎市議会", 12, False, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, after=10)
    para(doc, "令和６年１２月１１日（水曜日）", 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "午前１０時００分開議　午前１１時２２分散会", 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, "場所　　第１委員会室", after=6)
    para(doc, "出席委員（７名）", bold=True)
    t = doc.add_table(rows=4, cols=4)
    no_borders(t)
    for i, (role, name) in enumerate(ATT_MEMBERS):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c * 2), role, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(r, c * 2 + 1), name, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "欠席委員　　なし", after=6)
    para(doc, "説明のため出席した者", bold=True)
    t = doc.add_table(rows=4, cols=4)
    no_borders(t)
    for i, (role, name) in enumerate(ATT_STAFF):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c * 2), role, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(r, c * 2 + 1), name, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", after=4)
    para(doc, "調査事項", bold=True)
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"{zen(i)}　{a}", indent=5)
    para(doc, "配付資料", bold=True)
    for m in MATERIALS:
        para(doc, m, indent=5)
    para(doc, "別表　主な債権の収納状況（令和５年度決算）", indent=5, after=8)
    para(doc, "―――――――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

    cur = None
    for spk, sec_name, text in STATEMENTS:
        if sec_name and sec_name != cur:
            cur = sec_name
            n = AGENDA.index(sec_name) + 1
            para(doc, f"〔{zen(n)}　{sec_name}〕", bold=True, after=4)
        p = para(doc, indent=0, first=0, after=4)
        set_font(p.add_run(f"○{spk}"), 10.5, True)
        set_font(p.add_run("　" + text), 10.5)

    # 別表 on its own (landscape-free) page
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況（令和５年度決算）", 12, True, after=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    t = doc.add_table(rows=3 + 1 + len(ROWS), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).merge(t.cell(2, 0))
    cell_text(t.cell(0, 0), "債　権　名")
    t.cell(0, 1).merge(t.cell(0, 4))
    cell_text(t.cell(0, 1), "令和５年度決算")
    t.cell(0, 5).merge(t.cell(0, 7))
    cell_text(t.cell(0, 5), "収　納　率")
    for j, h in enumerate(["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（現年）", "収納率（滞繰）", "収納率（計）"], 1):
        cell_text(t.cell(1, j), h, 8.5)
    for j, h in enumerate(["(A)", "(B)", "(C)", "(A)-(B)-(C)", "", "", "(B)/(A)"], 1):
        cell_text(t.cell(2, j), h, 8)
    for i, row in enumerate([TOTAL] + ROWS):
        rr = 3 + i
        cell_text(t.cell(rr, 0), row[0], 8.5, bold=(i == 0), align=WD_ALIGN_PARAGRAPH.LEFT)
        for j in range(1, 5):
            cell_text(t.cell(rr, j), kyen(row[j]), 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        for j in range(5, 8):
            cell_text(t.cell(rr, j), row[j], 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths = [Mm(30)] + [Mm(22)] * 4 + [Mm(14)] * 3
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para(doc, "", after=2)
    para(doc, "※収納率（計）は現年分と滞納繰越分を合わせた収納率。不納欠損額は滞納繰越分に係るもの。", 8.5)
    para(doc, "※国民健康保険税の令和６年度目標収納率は現年課税分９５．６０％。", 8.5)

    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = soffice(docx_path, OUT)
    shutil.copy(pdf, ROOT / "pdf" / f"{STEM}.pdf")


def gold():
    texts = page_texts(STEM)
    last = len(texts)
    F = Facts()
    fy5 = "令和５年度"
    # 別表
    for row in [TOTAL] + ROWS:
        debt = None if row[0] == "合計" else row[0]
        for j, m in ((1, "assessed"), (2, "collected"), (3, "written_off"), (4, "outstanding")):
            F.add(debt, 2023, fy5, "total", m, "actual", row[j], "yen", kyen(row[j]), last, debt_raw=row[0])
        for j, seg in ((5, "current"), (6, "arrears"), (7, "total")):
            F.add(debt, 2023, fy5, seg, "collection_rate", "actual", float(row[j]), "percent", row[j], last, debt_raw=row[0])
    F.add("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "target", 95.60, "percent", "９５．６０％", last)
    # prose
    s3 = STATEMENTS[2][2]
    p = lambda ctx, raw: locate(texts, ctx, raw)
    F.add(None, 2023, "令和５年度決算", "total", "outstanding", "actual", PROSE_OUT_V, "yen", PROSE_OUT,
          p("市全体の収入未済額は" + PROSE_OUT, PROSE_OUT), approx=True, debt_raw=None)
    F.add(None, 2022, "前年度", "total", "outstanding", "actual", 1_953_000_000, "yen", R4_PROSE,
          p("前年度の" + R4_PROSE, R4_PROSE), approx=True, debt_raw=None)
    for seg, v, lab in (("current", tax[5], "現年課税分"), ("arrears", tax[6], "滞納繰越分")):
        F.add("市税", 2023, "令和５年度", seg, "collection_rate", "actual", float(v), "percent", v + "％",
              p("市税の収納率が現年課税分" + tax[5] + "％、滞納繰越分" + tax[6] + "％", v + "％"))
    F.add("市税", 2023, "令和５年度", "total", "collection_rate", "actual", float(tax[7]), "percent", tax[7] + "％",
          p("合計では" + tax[7] + "％", tax[7] + "％"))
    for seg, v in (("current", kokuho[5]), ("arrears", kokuho[6])):
        F.add("国民健康保険税", 2023, "令和５年度", seg, "collection_rate", "actual", float(v), "percent", v + "％",
              p("国民健康保険税は、現年課税分" + kokuho[5] + "％、滞納繰越分" + kokuho[6] + "％", v + "％"))
    # interim 11月末
    c5 = "令和６年１１月末時点の市税の収納率は、現年課税分が６３．８％で、前年同月の６３．４％"
    F.add("市税", 2024, "令和６年１１月末", "current", "collection_rate", "interim", 63.8, "percent", "６３．８％",
          p(c5, "６３．８％"), as_of="2024-11-30")
    F.add("市税", 2023, "前年同月", "current", "collection_rate", "interim", 63.4, "percent", "６３．４％",
          p(c5, "６３．４％"), as_of="2023-11-30")
    c5b = "滞納繰越分は２２．１％で、前年同月の２０．９％"
    F.add("市税", 2024, "令和６年１１月末", "arrears", "collection_rate", "interim", 22.1, "percent", "２２．１％",
          p(c5b, "２２．１％"), as_of="2024-11-30")
    F.add("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 20.9, "percent", "２０．９％",
          p(c5b, "２０．９％"), as_of="2023-11-30")
    c7 = "令和６年１１月末の収納率は、現年課税分が５２．７％で、前年同月の５２．９％"
    F.add("国民健康保険税", 2024, "令和６年１１月末", "current", "collection_rate", "interim", 52.7, "percent", "５２．７％",
          p(c7, "５２．７％"), as_of="2024-11-30")
    F.add("国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", 52.9, "percent", "５２．９％",
          p(c7, "５２．９％"), as_of="2023-11-30")
    F.add("国民健康保険税", 2024, "１１月末", "total", "delinquents", "interim", 3124, "persons", "３，１２４人",
          p("滞納者数は１１月末で３，１２４人", "３，１２４人"), as_of="2024-11-30")
    F.add("国民健康保険税", 2024, "年度末の目標", "current", "collection_rate", "target", 95.60, "percent", "９５．６０％",
          p("現年課税分９５．６０％の達成", "９５．６０％"))
    hoiku = ROWS[4]
    raw_o = f"約{round(hoiku[4] / 10000):,}万円"
    F.add("保育所保育料", 2023, "令和５年度", "total", "outstanding", "actual", round(hoiku[4] / 10000) * 10000, "yen", raw_o,
          p("令和５年度の収入未済額は" + raw_o, raw_o), approx=True)
    F.add("保育所保育料", 2023, "令和５年度", "current", "collection_rate", "actual", float(hoiku[5]), "percent", hoiku[5] + "％",
          p("現年分の収納率は" + hoiku[5] + "％", hoiku[5] + "％"))

    # minutes
    stm = []
    for spk, sec_name, text in STATEMENTS:
        stm.append({"speaker": spk, "section": sec_name, "text": text, "page": locate(texts, text[:40], text[:40])})
    att = [{"role": r, "title": None, "name": n} for r, n in ATT_MEMBERS] + \
          [{"role": r, "title": r, "name": n} for r, n in ATT_STAFF]
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2024-12-11", "method": None,
               "attendees": att, "agenda": AGENDA, "materials": MATERIALS + ["別表　主な債権の収納状況（令和５年度決算）"],
               "statements": stm}
    docmeta = {"kind": "minutes", "municipality": CITY, "title": "伊勢崎市議会 総務常任委員会記録",
               "date": "2024-12-11", "date_raw": "令和６年１２月１１日（水曜日）"}
    write_gold(STEM, docmeta, F.items, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    build()
    gold()
