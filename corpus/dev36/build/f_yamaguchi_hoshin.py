"""山口市債権管理重点方針 (世田谷区-style plan: 会計 tables, 債権別 内訳, prose figures), python-docx -> LibreOffice.

Holds: prose figures rounded differently from the tables (約31億2,400万円 / 1,234.5百万円 / 約12.3億円),
a 会計 table with only horizontal rules, unit note at the top right, うち rows indented, a 皆減 cell and a
対前年度増減 column with △, a footnote figure (不納欠損額), a 内訳 table in 円 with merged 会計 cells,
小計 rows and a 合計 row that runs over a page break without its header repeated, a transposed rate table
(debts as columns) whose cells carry a （前年度 …％） note line, targets as numbered sentences (以上/以下),
a 実績 | 目標 | 目標 side-by-side table, and 取組 items under 「債権ごとの取組（X）」 headings with ア/（ｱ）
numbering and tags after the 。 (one wrapped onto its own line).
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from f_common import OUT, PDF, fact, fmt, locate, page_texts, rate, to_pdf, tri, write_gold

STEM = "f_yamaguchi_hoshin_1"
TITLE = "山口市債権管理重点方針（令和７年度～令和８年度）"
MIN = "IPAexMincho"
GOTH = "IPAexGothic"

# 会計別 収入未済額 (千円) R3, R4, R5 ; None = －
ACCOUNTS = [
    ("一般会計", None, [1452380, 1351906, 1234512]),
    ("うち市税", "市税", [1012455, 948120, 871306]),
    ("うち保育所保育料", "保育所保育料", [41230, 38904, 35118]),
    ("国民健康保険特別会計", None, [1461720, 1352048, 1228861]),
    ("介護保険特別会計", None, [118305, 112640, 104227]),
    ("後期高齢者医療特別会計", None, [30118, 28566, 26940]),
    ("母子父子寡婦福祉資金貸付事業特別会計", None, [3412, 2105, None]),
    ("下水道事業会計", None, [602115, 571330, 529468]),
]
# 令和5年度 債権別 内訳 (円) : 会計 -> [(債権名, 件数, 額)] ; subtotals must round to the 千円 table
DETAIL = [
    ("一般会計", [("市民税（個人）", 4812, 402318650), ("市民税（法人）", 96, 21405300),
                ("固定資産税・都市計画税", 2230, 431217840), ("軽自動車税（種別割）", 1540, 16364110),
                ("保育所保育料", 388, 35118400), ("市営住宅使用料", 214, 71855920),
                ("生活保護費返還金", 602, 198730416), ("児童扶養手当返還金", 41, 14211500),
                ("災害援護資金貸付金", 12, 9876000), ("放課後児童クラブ利用料", 95, 3120800),
                ("行政財産使用料", 7, 1211210), ("その他", 130, 29081700)]),
    ("国民健康保険特別会計", [("国民健康保険税", 3906, 1228860745)]),
    ("介護保険特別会計", [("介護保険料", 1875, 104226900)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", 402, 26940300)]),
    ("下水道事業会計", [("下水道使用料", 1208, 388204113), ("下水道事業受益者負担金", 311, 141263700)]),
]
# transposed rate table: debt -> (cur, arr) as (assessed 千円, rate) R5 and prev rates R4
RATES = [
    ("市税", (32418760, 99.05), (2614300, 27.84), (98.87, 26.10, 96.45)),
    ("国民健康保険税", (4312500, 94.62), (1521870, 20.48), (94.18, 19.36, 75.13)),
    ("介護保険料", (3520440, 98.97), (139800, 21.35), (98.90, 20.02, 95.78)),
    ("後期高齢者医療保険料", (2011350, 99.41), (33120, 38.20), (99.36, 36.75, 98.18)),
    ("保育所保育料", (612480, 97.82), (48350, 23.40), (97.55, 21.98, 91.95)),
]
TARGETS = [  # debt, seg label, seg, R5 actual, R7 target, R8 target
    ("国民健康保険税", "現年分", "current", "94.62", "94.90", "95.10"),
    ("国民健康保険税", "滞納繰越分", "arrears", "20.48", "21.50", "22.50"),
    ("介護保険料", "現年分", "current", "98.97", "99.00", "99.05"),
    ("介護保険料", "滞納繰越分", "arrears", "21.35", "22.00", "22.60"),
]
INITS = [
    ("市税", "ア", ["イ", "ウ", "エ"], [
        ("現年課税分の未納者には納期限後20日以内に催告書を送付し、反応のない者へ電話催告を行う。", "継続"),
        ("滞納額50万円以上の事案は特別滞納整理班へ移管し、財産調査と差押えを集中して行う。", "拡充"),
        ("地方税統一QRコードとスマートフォン決済による納付を周知し、期限内納付を促す。", "継続"),
        ("徴収の見込みがない事案は執行停止を行い、滞納繰越分の整理を進める。", "新規")]),
    ("国民健康保険税", "（ｱ）", ["（ｲ）", "（ｳ）"], [
        ("加入手続の窓口で口座振替の申込みを原則とし、Web口座振替受付の利用を案内する。", "継続"),
        ("資格喪失世帯の未納分は喪失翌月に文書催告を行い、市税と一体で滞納整理を進める。", "拡充"),
        ("短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続")]),
    ("保育所保育料", "ア", ["イ"], [
        ("児童手当からの特別徴収（申出徴収）を入所時に案内し、滞納の発生を抑える。", "継続"),
        ("卒園後も未納が続く世帯は財産調査の上、差押えを含む滞納処分を行う。", "新規")]),
]


def font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text, size=10.5, bold=False, name=MIN, align=None, space=4, indent=None):
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    font(p.add_run(text), name, size, bold)
    return p


def heading(doc, text, size=12.5):
    p = para(doc, text, size, True, GOTH, space=6)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def borders(table, **kw):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        val = kw.get(edge, "single")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def put(cell, text, size=9.5, bold=False, align=None, name=MIN, indent=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        font(p.add_run(line), name, size if i == 0 else size - 1.5, bold)


def page_field(paragraph):
    run = paragraph.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), tag)
            run._r.append(f)
        else:
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = txt
            run._r.append(t)
    font(run, MIN, 9)


R = WD_ALIGN_PARAGRAPH.RIGHT
C = WD_ALIGN_PARAGRAPH.CENTER


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = R
    font(hp.add_run("山口市債権管理重点方針"), MIN, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("－ "), MIN, 9)
    page_field(fp)
    font(fp.add_run(" －"), MIN, 9)

    facts, inits = [], []

    para(doc, TITLE, 16, True, GOTH, C, space=2)
    para(doc, "令和７年３月　山口市 総務部 収納課", 10.5, align=C, space=10)

    # ---- 1 prose + 会計 table
    heading(doc, "１　本市の債権の状況")
    r3 = sum(v[0] for n, d, v in ACCOUNTS if d is None and v[0])
    r4 = sum(v[1] for n, d, v in ACCOUNTS if d is None and v[1])
    r5 = sum(v[2] for n, d, v in ACCOUNTS if d is None and v[2])
    tot_man = round(r5 / 10 / 100) * 100  # 万円, rounded to 100万
    tot_txt = f"約{tot_man // 10000}億{tot_man % 10000:,}万円"
    red = round((r4 - r5) / 100000, 1)  # 億円
    gen = ACCOUNTS[0][2][2]
    kok = ACCOUNTS[3][2][2]
    para(doc, "　本市は、平成27年度に「山口市債権管理条例」を施行し、全庁的な債権管理の適正化と収入未済額の縮減に"
              "取り組んできた。", 10.5)
    para(doc, f"　令和５年度決算における全会計の収入未済額は{tot_txt}で、前年度から約{red}億円縮減した。このうち"
              f"一般会計は{gen / 1000:,.1f}百万円、国民健康保険特別会計は約{kok / 100000:.1f}億円であり、この２会計で全体の"
              "約８割を占めている。", 10.5)
    facts += [fact(None, 2023, "total", "outstanding", "actual", tot_man * 10000, "yen", tot_txt, None,
                   debt_raw="全会計", fy_raw="令和５年度", approx=True),
              fact(None, 2023, "total", "outstanding", "actual", int(round(gen / 1000, 1) * 1_000_000), "yen",
                   f"{gen / 1000:,.1f}百万円", None, debt_raw="一般会計", fy_raw="令和５年度"),
              fact(None, 2023, "total", "outstanding", "actual", int(round(kok / 100000, 1) * 100_000_000), "yen",
                   f"約{kok / 100000:.1f}億円", None, debt_raw="国民健康保険特別会計", fy_raw="令和５年度",
                   approx=True)]
    # 【参考】 one-cell box
    bx = doc.add_table(rows=1, cols=1)
    bx.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(bx)
    ref = [("調定額", 104562), ("収入済額", 101314), ("不納欠損額", 124), ("収入未済額", 3124)]
    assert ref[0][1] - ref[1][1] - ref[2][1] == ref[3][1]
    put(bx.cell(0, 0), "【参考】令和５年度決算の概要（全会計）", 10, True, name=GOTH)
    for lab, v in ref:
        p = bx.cell(0, 0).add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Mm(4)
        font(p.add_run(f"・{lab}：{v:,}百万円"), MIN, 10)
    for (lab, v), met in zip(ref, ("assessed", "collected", "written_off", "outstanding")):
        facts.append(fact(None, 2023, "total", met, "actual", v * 1_000_000, "yen", f"{v:,}百万円", None,
                          debt_raw="全会計", fy_raw="令和５年度"))
    para(doc, "", 6, space=2)
    para(doc, "表１　会計別 収入未済額の推移", 10.5, True, GOTH, space=0)
    para(doc, "（単位：千円）", 9, align=R, space=1)
    t = doc.add_table(rows=1 + len(ACCOUNTS) + 1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, left="nil", right="nil", insideV="nil")
    for j, w in enumerate([62, 24, 24, 24, 30]):
        for cell in t.columns[j].cells:
            cell.width = Mm(w)
    for j, h in enumerate(["会計名称", "令和３年度", "令和４年度", "令和５年度", "対前年度増減"]):
        put(t.cell(0, j), h, 9.5, True, C, GOTH)
    years = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
    for i, (name, debt, vals) in enumerate(ACCOUNTS + [("合計", None, [r3, r4, r5])]):
        row = t.rows[1 + i].cells
        put(row[0], name, 9.5, indent=4 if name.startswith("うち") else None)
        for j, v in enumerate(vals):
            put(row[1 + j], "－" if v is None else fmt(v), 9.5, align=R)
            if v is not None:
                facts.append(fact(debt, years[j][0], "total", "outstanding", "actual", v * 1000, "yen", fmt(v), None,
                                  debt_raw=name, fy_raw=years[j][1], anchor=None))
        put(row[4], "皆減" if vals[2] is None else tri(vals[2] - vals[1]), 9.5, align=R)
    para(doc, "※令和５年度の一般会計の額は、不納欠損額 18,452千円を処理した後の額である。", 8.5, space=1)
    para(doc, "※下水道事業会計は、地方公営企業法の全部適用（令和２年度）以降の未収金の額である。", 8.5, space=6)
    facts.append(fact(None, 2023, "total", "written_off", "actual", 18452000, "yen", "18,452千円", None,
                      debt_raw="一般会計", fy_raw="令和５年度"))

    # ---- 内訳 table in 円 (crosses a page break, header not repeated)
    para(doc, "表２　令和５年度 債権別 収入未済額の内訳", 10.5, True, GOTH, space=0)
    para(doc, "（単位：件、円）", 9, align=R, space=1)
    nrows = 1 + sum(len(v) + 1 for k, v in DETAIL) + 1
    t = doc.add_table(rows=nrows, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    for j, h in enumerate(["会計名称", "債権名", "件数", "収入未済額"]):
        put(t.cell(0, j), h, 9.5, True, C, GOTH)
        shade(t.cell(0, j))
    r = 1
    gsum = 0
    gcnt = 0
    for acc, items in DETAIL:
        top = r
        scnt = ssum = 0
        for name, cnt, amt in items:
            put(t.cell(r, 1), name, 9.5)
            put(t.cell(r, 2), fmt(cnt), 9.5, align=R)
            put(t.cell(r, 3), fmt(amt), 9.5, align=R)
            debt = None if name == "その他" else name
            facts.append(fact(debt, 2023, "total", "outstanding", "actual", amt, "yen", fmt(amt), None,
                              debt_raw=name, fy_raw="令和５年度"))
            scnt += cnt
            ssum += amt
            r += 1
        put(t.cell(r, 1), "小計", 9.5, align=C)
        put(t.cell(r, 2), fmt(scnt), 9.5, align=R)
        put(t.cell(r, 3), fmt(ssum), 9.5, align=R)
        facts.append(fact(None, 2023, "total", "outstanding", "actual", ssum, "yen", fmt(ssum), None,
                          debt_raw=f"{acc} 小計", fy_raw="令和５年度"))
        want = dict((n, v) for n, d, v in ACCOUNTS)[acc][2]
        assert round(ssum / 1000) == want, (acc, ssum, want)
        t.cell(top, 0).merge(t.cell(r, 0))
        put(t.cell(top, 0), acc, 9.5)
        gsum += ssum
        gcnt += scnt
        r += 1
    t.cell(r, 0).merge(t.cell(r, 1))
    put(t.cell(r, 0), "合計", 9.5, True, C)
    put(t.cell(r, 2), fmt(gcnt), 9.5, align=R)
    put(t.cell(r, 3), fmt(gsum), 9.5, True, R)
    facts.append(fact(None, 2023, "total", "outstanding", "actual", gsum, "yen", fmt(gsum), None,
                      debt_raw="合計", fy_raw="令和５年度"))
    assert round(gsum / 1000) == r5
    # check 市税 and 保育料 of table 1 against the detail
    tax = sum(a for n, c, a in DETAIL[0][1][:4])
    assert round(tax / 1000) == ACCOUNTS[1][2][2], tax

    # ---- 2 主要債権の収納率 (transposed)
    heading(doc, "２　主要債権の収納率")
    para(doc, "表３　主要債権の収納率（令和５年度決算）　※下段（　）内は令和４年度", 10.5, True, GOTH, space=2)
    t = doc.add_table(rows=4, cols=1 + len(RATES))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    put(t.cell(0, 0), "区分", 9.5, True, C, GOTH)
    shade(t.cell(0, 0))
    for j, (n, cur, arr, prev) in enumerate(RATES):
        put(t.cell(0, 1 + j), n, 9, True, C, GOTH)
        shade(t.cell(0, 1 + j))
        ca, cr = cur
        aa, ar = arr
        cc, ac = round(ca * cr / 100), round(aa * ar / 100)
        tr = rate(cc + ac, ca + aa)
        for i, (seg, lab, v, pv) in enumerate((("current", "現年分", rate(cc, ca), prev[0]),
                                               ("arrears", "滞納繰越分", rate(ac, aa), prev[1]),
                                               ("total", "合計", tr, prev[2]))):
            if j == 0:
                put(t.cell(1 + i, 0), lab, 9.5, align=C)
            put(t.cell(1 + i, 1 + j), f"{v:.2f}％\n（前年度 {pv:.2f}％）", 10, align=C)
            facts += [fact(n, 2023, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}％", None,
                           fy_raw="令和５年度", anchor=None),
                      fact(n, 2022, seg, "collection_rate", "actual", pv, "percent", f"（前年度 {pv:.2f}％）", None,
                           fy_raw="令和４年度")]

    # ---- 3 目標
    heading(doc, "３　目標")
    para(doc, "　令和７年度及び令和８年度の目標を次のとおり定める。", 10.5)
    goals = [("市税", "current", "collection_rate", 99.20, "percent", "99.20％以上",
              "（１）市税の現年課税分の収納率を、令和８年度に99.20％以上とする。"),
             ("国民健康保険税", "total", "outstanding", 1_000_000_000, "yen", "10億円以下",
              "（２）国民健康保険税の収入未済額を、令和８年度末までに10億円以下に縮減する。"),
             (None, "total", "outstanding", 2_800_000_000, "yen", "28億円以下",
              "（３）全会計の収入未済額を、令和８年度末に28億円以下とする。")]
    for debt, seg, met, val, unit, raw, sent in goals:
        para(doc, sent, 10.5, indent=3)
        facts.append(fact(debt, 2026, seg, met, "target", val, unit, raw, None,
                          debt_raw=debt if debt else "全会計", fy_raw="令和８年度", anchor=sent))
    para(doc, "表４　国民健康保険税・介護保険料の目標収納率（単位：％）", 10.5, True, GOTH, space=2)
    t = doc.add_table(rows=2 + len(TARGETS), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 3).merge(t.cell(0, 4))
    put(t.cell(0, 0), "債権名", 9.5, True, C, GOTH)
    put(t.cell(0, 1), "区分", 9.5, True, C, GOTH)
    put(t.cell(0, 2), "実績", 9.5, True, C, GOTH)
    put(t.cell(0, 3), "目標", 9.5, True, C, GOTH)
    put(t.cell(1, 2), "令和５年度", 9.5, True, C, GOTH)
    put(t.cell(1, 3), "令和７年度", 9.5, True, C, GOTH)
    put(t.cell(1, 4), "令和８年度", 9.5, True, C, GOTH)
    for c in (t.cell(0, 0), t.cell(0, 1), t.cell(0, 2), t.cell(0, 3), t.cell(1, 2), t.cell(1, 3), t.cell(1, 4)):
        shade(c, "EDEDED")
    for i, (n, lab, seg, a, t7, t8) in enumerate(TARGETS):
        rr = 2 + i
        put(t.cell(rr, 1), lab, 9.5, align=C)
        put(t.cell(rr, 2), a, 9.5, align=R)
        put(t.cell(rr, 3), t7, 9.5, align=R)
        put(t.cell(rr, 4), t8, 9.5, align=R)
        facts += [fact(n, 2023, seg, "collection_rate", "actual", float(a), "percent", a, None, fy_raw="令和５年度",
                       anchor=f"{lab}{a}{t7}{t8}"),
                  fact(n, 2025, seg, "collection_rate", "target", float(t7), "percent", t7, None, fy_raw="令和７年度",
                       anchor=f"{lab}{a}{t7}{t8}"),
                  fact(n, 2026, seg, "collection_rate", "target", float(t8), "percent", t8, None, fy_raw="令和８年度",
                       anchor=f"{lab}{a}{t7}{t8}")]
    for k in (0, 2):
        t.cell(2 + k, 0).merge(t.cell(3 + k, 0))
        put(t.cell(2 + k, 0), TARGETS[k][0], 9.5)

    # ---- 4 債権ごとの取組
    heading(doc, "４　債権ごとの取組")
    for no, (debt, first, rest, items) in enumerate(INITS, start=1):
        para(doc, f"４－{no}　債権ごとの取組（{debt}）", 11, True, GOTH, space=3).paragraph_format.keep_with_next = True
        labels = [first] + rest
        for k, ((txt, st), lab) in enumerate(zip(items, labels)):
            if debt == "国民健康保険税" and k == 1:
                # tag wrapped to a line of its own
                para(doc, f"{lab}　{txt}", 10.5, indent=4, space=0)
                para(doc, f"【{st}】", 10.5, align=R, space=3)
            else:
                para(doc, f"{lab}　{txt}【{st}】", 10.5, indent=4, space=3)
            inits.append({"debt": debt, "fiscal_year": 2025, "section": f"債権ごとの取組（{debt}）", "label": lab,
                          "text": txt, "status": st, "page": None})

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    dest = to_pdf(docx, PDF / f"{STEM}.pdf", "yamaguchi")
    texts = page_texts(dest)
    locate(facts, inits, texts)
    document = {"kind": "plan", "municipality": "山口市", "title": TITLE, "date": "2025-03-01",
                "date_raw": "令和７年３月"}
    write_gold(STEM, dest, document, facts, inits)


if __name__ == "__main__":
    build()
