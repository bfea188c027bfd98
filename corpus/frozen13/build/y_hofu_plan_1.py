"""y_hofu_plan_1: 第2次防府市債権管理計画 (plan), python-docx -> LibreOffice, A4 portrait."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf, zen  # noqa: E402

STEM = "y_hofu_plan_1"
CITY = "防府市"
FONT = "Noto Serif CJK JP"

# 令和5年度決算（千円）: 調定額, 収入済額, 不納欠損額
R5 = {
    "市税": (17842516, 17251904, 38412),
    "国民健康保険税": (3215873, 2806457, 61238),
    "介護保険料": (2104655, 2071390, 9874),
    "後期高齢者医療保険料": (1126408, 1120913, 1205),
    "保育所保育料": (312744, 305128, 1982),
    "下水道使用料": (1985310, 1962447, 3511),
    "生活保護費返還金": (96520, 31806, 4117),
    "市営住宅使用料": (402188, 371645, 2096),
}
KUBUN = [("強制徴収公債権", ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "下水道使用料"]),
         ("非強制徴収公債権", ["生活保護費返還金"]),
         ("私債権", ["市営住宅使用料"])]
DEBTS = list(R5)
# 収入未済額の推移（千円）令和元年度〜4年度（5年度は R5 から）
HIST = {
    "市税": [801344, 742118, 688905, 603472],
    "国民健康保険税": [462915, 431207, 402558, 371460],
    "介護保険料": [31822, 29915, 27406, 25117],
    "後期高齢者医療保険料": [6214, 5870, 5102, 4733],
    "保育所保育料": [12408, 10375, 8214, 6951],
    "下水道使用料": [26133, 24418, 22075, 20846],
    "生活保護費返還金": [48211, 52904, 55872, 58310],
    "市営住宅使用料": [41375, 38209, 34716, 31128],
}
# 収納率（％）: 実績R5 現年, 滞繰, 目標R7 現年, 滞繰, 目標R9 現年, 滞繰
RATES = {
    "市税": ("99.21", "27.84", "99.30", "29.00", "99.40", "30.50"),
    "国民健康保険税": ("95.62", "22.15", "95.80", "23.50", "96.00", "25.00"),
    "介護保険料": ("99.35", "18.42", "99.40", "20.00", "99.50", "21.00"),
    "後期高齢者医療保険料": ("99.81", "41.07", "99.85", "42.00", "99.90", "43.00"),
    "保育所保育料": ("99.04", "30.56", "99.10", "32.00", "99.20", "33.00"),
    "下水道使用料": ("99.46", "35.91", "99.50", "37.00", "99.55", "38.00"),
    "生活保護費返還金": ("61.38", "4.87", "63.00", "5.50", "65.00", "6.00"),
    "市営住宅使用料": ("97.72", "12.63", "97.90", "14.00", "98.10", "15.50"),
}

INIT_ALL = [
    ("①", "債権管理条例に基づき、督促及び催告の時期と方法を全庁で統一し、滞納初期の対応を徹底する。", "継続", False),
    ("②", "債権所管課ごとに債権管理台帳を整備し、時効の管理と履行状況の確認を定期的に行う。", "継続", True),
    ("③", "徴収が困難な強制徴収公債権の案件を債権管理課へ移管し、財産調査と滞納処分に早期に着手する。", "拡充", False),
    ("④", "スマートフォン決済とコード決済の対象債権を広げ、納期内納付を促進する。", "新規", False),
]
INIT_DEBT = [
    ("市税", [("ア", "口座振替の新規申込みを納税通知書の送付時に勧奨し、口座振替率の向上を図る。", "継続", False),
             ("イ", "高額滞納案件について、不動産及び預貯金の差押えを計画的に執行する。", "継続", False)]),
    ("国民健康保険税", [("ア", "資格喪失時の窓口で未納額を案内し、納付相談につなげる。", "新規", True),
                   ("イ", "短期被保険者証の交付時に分納誓約の履行状況を確認する。", "継続", False)]),
    ("生活保護費返還金", [("ア", "保護費からの調整による返還を積極的に活用し、新たな未収の発生を防ぐ。", "拡充", False)]),
    ("市営住宅使用料", [("ア", "3か月以上の滞納者に対し、連帯保証人への通知と明渡し請求を段階的に行う。", "継続", False),
                  ("イ", "退去者の未納分について、支払督促の申立てを行う。", "新規", False)]),
]


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, space_after=4, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(paragraph, instr):
    run = paragraph.add_run()
    set_font(run, 9)
    for tag, text in (("begin", None), ("instr", instr), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._element.append(el)


def borders(table, inside_v=True, outer_v=True, inside_h=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        on = True
        if edge in ("left", "right") and not outer_v:
            on = False
        if edge == "insideV" and not inside_v:
            on = False
        if edge == "insideH" and not inside_h:
            on = False
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def build():
    g = Gold(STEM, "plan", CITY, "第2次防府市債権管理計画", "2025-03-01", "令和7年3月")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("第2次防府市債権管理計画"), 8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("- "), 9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" -"), 9)

    # ---- page 1: cover
    for _ in range(8):
        para(doc)
    para(doc, "第２次", 20, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "防府市債権管理計画", 26, True, WD_ALIGN_PARAGRAPH.CENTER, 12)
    para(doc, "（令和７年度～令和９年度）", 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(12):
        para(doc)
    para(doc, "令和７年３月", 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "防　府　市", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # ---- page 2: 趣旨・期間・対象・現状（文章）
    total5 = sum(v[0] - v[1] - v[2] for v in R5.values())
    para(doc, "１　計画策定の趣旨", 12, True)
    para(doc, "　本市では、市の債権の管理に関する事務の処理について統一的な基準を定めた防府市債権管理条例に基づき、"
              "督促、滞納処分及び強制執行等、徴収停止並びに債権の放棄に至るまでの一連の事務を全庁的に進めてきた。"
              "第１次計画（令和４年度～令和６年度）の期間中、各債権所管課における滞納初期の対応が定着し、"
              "対象債権の収入未済額は着実に縮減している。", indent=0)
    para(doc, "　前計画の基準年度である平成３０年度の対象債権の収入未済額は約１５億３，１００万円であったが、"
              "令和５年度決算では約１０億４，２００万円となった。一方で、生活保護費返還金のように収入未済額が"
              "増加している債権もあることから、引き続き計画的な債権管理に取り組む必要がある。", indent=0)
    g.fact(None, 2018, "平成３０年度", "total", "outstanding", "actual", 1531000000, "yen",
           "約１５億３，１００万円", approx=True, debt_raw=None)
    assert abs(total5 * 1000 - 1042000000) < 1_000_000, total5
    g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 1042000000, "yen",
           "約１０億４，２００万円", approx=True, debt_raw=None)
    para(doc, "２　計画の期間", 12, True)
    para(doc, "　令和７年度から令和９年度までの３か年とする。")
    para(doc, "３　対象債権", 12, True)
    para(doc, "　令和５年度決算において収入未済額が生じている債権のうち、収入未済額の規模及び件数を考慮し、"
              "次の８債権を重点債権とする。なお、その他の債権についても本計画に準じて管理を行う。")
    para(doc, "４　債権の状況", 12, True)
    para(doc, "（１）収入未済額の推移", 10.5, True)
    para(doc, "表１　重点債権の収入未済額の推移（単位：千円）", 9.5, False, WD_ALIGN_PARAGRAPH.LEFT, 2)
    # table 1: horizontal rules only, header repeated
    years = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
    t = doc.add_table(rows=1, cols=7)
    borders(t, inside_v=False, outer_v=False)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["債権名"] + [y for y, _ in years] + ["増減\n（５年度－元年度）"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, 8.5, True)
    repeat_header(t.rows[0])
    totals = [0] * 5
    for d in DEBTS:
        vals = HIST[d] + [R5[d][0] - R5[d][1] - R5[d][2]]
        row = t.add_row()
        cell_text(row.cells[0], d, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate(vals):
            cell_text(row.cells[1 + j], comma(v), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
            totals[j] += v
            g.fact(d, years[j][1], years[j][0], "total", "outstanding", "actual", v * 1000, "yen", comma(v),
                   seq=("表１", d))
        cell_text(row.cells[6], comma(vals[-1] - vals[0]), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
        # spacer rows make the table long enough to run over the page end
    row = t.add_row()
    cell_text(row.cells[0], "合計", 9, True)
    for j, v in enumerate(totals):
        cell_text(row.cells[1 + j], comma(v), 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(None, years[j][1], years[j][0], "total", "outstanding", "actual", v * 1000, "yen", comma(v),
               debt_raw="合計", seq=("表１", "合計"))
    cell_text(row.cells[6], comma(totals[-1] - totals[0]), 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※ 各年度とも出納整理期間終了後の決算額。△は減少を示す。", 8.5)

    # ---- table 3 (決算の状況)
    para(doc, "（２）令和５年度決算の状況", 10.5, True)
    para(doc, "　重点債権の令和５年度決算の状況は表２のとおりである。", 10.5)
    para(doc, "表２　重点債権の決算状況（令和５年度）", 9.5, False, None, 2)
    t = doc.add_table(rows=1, cols=6)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["債権名", "調定額(千円)", "収入済額(千円)", "不納欠損額(千円)", "収入未済額(千円)", "収納率"]):
        cell_text(t.rows[0].cells[i], h, 8.5, True)
    repeat_header(t.rows[0])
    sums = [0, 0, 0, 0]
    for d in DEBTS:
        a, c, w = R5[d]
        o = a - c - w
        r = rate(c, a)
        row = t.add_row()
        cell_text(row.cells[0], d, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, (v, m) in enumerate(((a, "assessed"), (c, "collected"), (w, "written_off"), (o, "outstanding"))):
            cell_text(row.cells[1 + j], comma(v), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
            sums[j] += v
            g.fact(d, 2023, "令和５年度", "total", m, "actual", v * 1000, "yen", comma(v), seq=("表２", d))
        cell_text(row.cells[5], f"{r:.2f}%", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(d, 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%",
               seq=("表２", d))
    row = t.add_row()
    cell_text(row.cells[0], "合計", 9, True)
    for j, (v, m) in enumerate(zip(sums, ("assessed", "collected", "written_off", "outstanding"))):
        cell_text(row.cells[1 + j], comma(v), 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(None, 2023, "令和５年度", "total", m, "actual", v * 1000, "yen", comma(v), debt_raw="合計",
               seq=("表２", "合計"))
    rt = rate(sums[1], sums[0])
    cell_text(row.cells[5], f"{rt:.2f}%", 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
    g.fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}%",
           debt_raw="合計", seq=("表２", "合計"))
    para(doc, "※ 収納率＝収入済額÷調定額（小数点以下第３位を四捨五入）", 8.5)
    page_break(doc)

    # ---- page: 目標（３段見出し、結合セル、％なし）
    para(doc, "５　数値目標", 12, True)
    para(doc, "　重点債権ごとに、現年分及び滞納繰越分の収納率の目標を次のとおり定める。目標は計画期間の"
              "中間年度（令和７年度）と最終年度（令和９年度）について設定する。")
    para(doc, "表３　重点債権の収納率の実績と目標", 9.5, False, None, 2)
    para(doc, "単位：％", 8.5, False, WD_ALIGN_PARAGRAPH.RIGHT, 1)
    t = doc.add_table(rows=3, cols=8)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1, r2 = t.rows
    a = r0.cells[0].merge(r2.cells[0]); cell_text(a, "債権区分", 8.5, True)
    a = r0.cells[1].merge(r2.cells[1]); cell_text(a, "債権名", 8.5, True)
    a = r0.cells[2].merge(r0.cells[3]); cell_text(a, "実績", 8.5, True)
    a = r0.cells[4].merge(r0.cells[7]); cell_text(a, "目標", 8.5, True)
    a = r1.cells[2].merge(r1.cells[3]); cell_text(a, "令和５年度", 8.5, True)
    a = r1.cells[4].merge(r1.cells[5]); cell_text(a, "令和７年度", 8.5, True)
    a = r1.cells[6].merge(r1.cells[7]); cell_text(a, "令和９年度", 8.5, True)
    for i in range(3):
        cell_text(r2.cells[2 + 2 * i], "現年分", 8.5, True)
        cell_text(r2.cells[3 + 2 * i], "滞繰分", 8.5, True)
    cols = [(2023, "令和５年度", "current", "actual"), (2023, "令和５年度", "arrears", "actual"),
            (2025, "令和７年度", "current", "target"), (2025, "令和７年度", "arrears", "target"),
            (2027, "令和９年度", "current", "target"), (2027, "令和９年度", "arrears", "target")]
    for kubun, names in KUBUN:
        first = None
        for d in names:
            row = t.add_row()
            if first is None:
                first = row
            cell_text(row.cells[1], d, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
            for j, v in enumerate(RATES[d]):
                cell_text(row.cells[2 + j], v, 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
                fy, fyr, seg, basis = cols[j]
                g.fact(d, fy, fyr, seg, "collection_rate", basis, float(v), "percent", v, seq=("表３", d))
        merged = first.cells[0].merge(row.cells[0]) if row is not first else first.cells[0]
        cell_text(merged, kubun, 8.5)
    para(doc, "※ 滞繰分は滞納繰越分をいう。", 8.5)
    para(doc, "　目標の設定に当たっては、過去５年間の収納率の推移及び県内他市の状況を参考とし、"
              "現年分については納期内納付の促進、滞繰分については滞納処分の強化による上積みを見込んだ。")
    page_break(doc)

    # ---- page: 取組
    para(doc, "６　重点的な取組", 12, True)
    para(doc, "（１）全庁的な取組", 10.5, True)
    box = doc.add_table(rows=1, cols=1)
    borders(box)
    c = box.rows[0].cells[0]
    c.text = ""
    first = True
    for lab, text, st, wrap in INIT_ALL:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(f"{lab}　{text}")
        set_font(r, 10)
        if wrap:
            r.add_break()
            set_font(p.add_run(f"【{st}】"), 10)
        else:
            set_font(p.add_run(f"【{st}】"), 10)
        p.paragraph_format.space_after = Pt(3)
        g.init(None, 2025, "全庁的な取組", lab, text, st)
    para(doc)
    para(doc, "（２）債権ごとの取組", 10.5, True)
    for d, items in INIT_DEBT:
        para(doc, f"■ {d}", 10.5, True, None, 2)
        for lab, text, st, wrap in items:
            p = para(doc, "", 10, indent=4, space_after=2)
            set_font(p.add_run(f"{lab}　{text}"), 10)
            if wrap:
                p.add_run().add_break()
            set_font(p.add_run(f"【{st}】"), 10)
            g.init(d, 2025, "債権ごとの取組", lab, text, st)
    para(doc)
    para(doc, "７　計画の進行管理", 12, True)
    para(doc, "　債権管理課は、毎年度、重点債権の収納状況と取組の実施状況を取りまとめ、防府市債権管理推進会議に"
              "報告する。目標の達成が困難な債権については、所管課と協議のうえ取組の見直しを行う。")

    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(docx)
    pdf = to_pdf(docx, PDF_DIR / f"{STEM}.pdf", "hofu")
    return g.finish(pdf)


if __name__ == "__main__":
    build()
