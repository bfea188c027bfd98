"""第2次津山市債権管理計画 (plan) — python-docx -> LibreOffice."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from k_common import OUT, PDF, Facts, comma, fmt_rate, rate, to_pdf, write_gold

STEM = "k_tsuyama_plan_1"
F = Facts()

# ---- data (千円) ---------------------------------------------------------------
YEARS = [2019, 2020, 2021, 2022, 2023]
YEAR_HDR = ["令和元年度", "2年度", "3年度", "4年度", "5年度"]
OUTST = {  # 収入未済額の推移
    "市税": [812345, 790112, 765430, 731208, 702566],
    "国民健康保険税": [598770, 575321, 548904, 520117, 497305],
    "介護保険料": [62410, 60875, 58112, 55980, 53204],
    "後期高齢者医療保険料": [14205, 13880, 13512, 12904, 12377],
    "市営住宅使用料": [120566, 116420, 110905, 104322, 99871],
    "保育所保育料": [35811, 33207, 30115, 27904, 25660],
    "学校給食費": [18402, 17915, 17230, 16608, 15917],
}
TOTALS = [sum(v[i] for v in OUTST.values()) for i in range(5)]

# 令和5年度決算: current assessed/collected, arrears assessed, written off; arrears collected solved
R5 = {
    "市税": dict(Ca=14512300, Cc=14365820, W=48350),
    "国民健康保険税": dict(Ca=3205400, Cc=3008770, W=41220),
    "介護保険料": dict(Ca=2402880, Cc=2381905, W=9870),
    "市営住宅使用料": dict(Ca=512300, Cc=498712, W=2410),
}
for d, v in R5.items():
    v["Aa"] = OUTST[d][3]
    v["O"] = OUTST[d][4]
    v["Ac"] = v["Ca"] - v["Cc"] + v["Aa"] - v["W"] - v["O"]
    assert v["Ac"] > 0
    v["Cr"] = rate(v["Cc"], v["Ca"])
    v["Ar"] = rate(v["Ac"], v["Aa"])
    v["Ta"] = v["Ca"] + v["Aa"]
    v["Tc"] = v["Cc"] + v["Ac"]
    v["Tr"] = rate(v["Tc"], v["Ta"])

# 目標収納率 (単位：％)
ACT_OTHER = {  # R5実績 for debts not in the R5 table
    "後期高齢者医療保険料": (99.62, 41.08),
    "保育所保育料": (98.94, 12.55),
    "学校給食費": (98.71, 10.36),
}
TARGET = {  # R7, R8, R9: (現年, 滞繰)
    "市税": [(99.10, 18.00), (99.15, 18.50), (99.20, 19.00)],
    "国民健康保険税": [(94.00, 34.50), (94.20, 35.00), (94.40, 35.50)],
    "介護保険料": [(99.15, 25.00), (99.20, 25.50), (99.25, 26.00)],
    "後期高齢者医療保険料": [(99.65, 41.50), (99.70, 42.00), (99.70, 42.50)],
    "市営住宅使用料": [(97.50, 15.50), (97.60, 16.00), (97.70, 16.50)],
    "保育所保育料": [(99.00, 13.00), (99.05, 13.50), (99.10, 14.00)],
    "学校給食費": [(98.80, 11.00), (98.85, 11.50), (98.90, 12.00)],
}


# ---- docx helpers -----------------------------------------------------------------
def set_font(run, east="IPAex明朝", size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "IPAexMincho" if "明朝" in east else "IPAexGothic"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), "IPAexMincho" if "明朝" in east else "IPAexGothic")


def para(doc_or_cell, text="", size=10.5, bold=False, gothic=False, align=None, space_after=2, indent_mm=None):
    p = doc_or_cell.add_paragraph()
    if text:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, "IPAexゴシック" if gothic else "IPAex明朝", size, bold)
            if i < len(parts) - 1:
                r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
        p.paragraph_format.first_line_indent = Mm(-4)
    return p


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, "IPAexゴシック" if gothic else "IPAex明朝", size, bold)
        if i < len(parts) - 1:
            r.add_break()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def table_borders(table, spec: dict):
    """spec: edge -> 'single'|'nil' for top,left,bottom,right,insideH,insideV."""
    tblPr = table._tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is None:
        b = OxmlElement("w:tblBorders")
        tblPr.append(b)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = b.find(qn(f"w:{edge}"))
        if el is None:
            el = OxmlElement(f"w:{edge}")
            b.append(el)
        v = spec.get(edge, "nil")
        el.set(qn("w:val"), v)
        if v != "nil":
            el.set(qn("w:sz"), "6" if edge.startswith("inside") else "10")
            el.set(qn("w:color"), "000000")
            el.set(qn("w:space"), "0")


GRID = {e: "single" for e in ("top", "left", "bottom", "right", "insideH", "insideV")}


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def add_page_field(paragraph):
    r = paragraph.add_run("－ ")
    set_font(r, size=9)
    run = paragraph.add_run()
    set_font(run, size=9)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)
    r = paragraph.add_run(" －")
    set_font(r, size=9)


# ---- build -----------------------------------------------------------------------
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("第2次津山市債権管理計画")
    set_font(r, size=8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # p1 cover
    for _ in range(8):
        para(doc, "")
    para(doc, "第2次津山市債権管理計画", size=24, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "（令和7年度～令和9年度）", size=14, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=120)
    for _ in range(10):
        para(doc, "")
    para(doc, "令和7年3月", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, "津　山　市", size=16, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # p2 趣旨
    pg = 2
    t_r5 = TOTALS[4] * 1000
    t_r1 = TOTALS[0] * 1000

    def oku(v):  # yen -> '約18億4,200万円' rounded to 百万円
        man = round(v / 1_000_000) * 100  # 万円, multiple of 100
        o, m = divmod(man, 10000)
        s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
        return s, (o * 10000 + m) * 10000

    s5, v5 = oku(t_r5)
    s1, v1 = oku(t_r1)
    para(doc, "１　計画策定の趣旨", size=12, gothic=True, space_after=4)
    txt = ("本市では、平成29年10月に「津山市債権管理条例」を施行し、同条例に基づく津山市債権管理基本計画及び"
           "第1次津山市債権管理計画により、全庁的な債権管理の適正化に取り組んできました。")
    para(doc, "　" + txt)
    raw5 = f"約{s5}"
    raw1 = f"約{s1}"
    txt2 = (f"その結果、対象債権の収入未済額は、令和元年度決算の{raw1}から、令和5年度決算では{raw5}"
            "まで縮減しました。しかしながら、負担の公平性の観点からは、なお多額の未収金が残っている状況にあります。")
    para(doc, "　" + txt2)
    F.add(debt=None, debt_raw=None, fy=2019, fy_raw="令和元年度決算", seg="total", metric="outstanding",
          basis="actual", value=v1, unit="yen", raw=raw1, page=pg, approx=True)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding",
          basis="actual", value=v5, unit="yen", raw=raw5, page=pg, approx=True)
    para(doc, "　第1次計画の期間満了に伴い、これまでの取組の成果と課題を踏まえ、引き続き市民負担の公平性の確保と"
              "健全な財政運営に資するため、第2次津山市債権管理計画を策定します。", space_after=10)
    para(doc, "２　計画期間", size=12, gothic=True, space_after=4)
    para(doc, "　令和7（2025）年度から令和9（2027）年度までの3年間とします。", space_after=10)
    para(doc, "３　対象債権", size=12, gothic=True, space_after=4)
    para(doc, "　令和5年度決算において収入未済額が生じている債権のうち、次の7債権を重点債権とし、"
              "その他の債権についても本計画に準じて管理を行います。", space_after=4)
    for i, (d, kind) in enumerate([("市税", "強制徴収公債権"), ("国民健康保険税", "強制徴収公債権"),
                                   ("介護保険料", "強制徴収公債権"), ("後期高齢者医療保険料", "強制徴収公債権"),
                                   ("保育所保育料", "強制徴収公債権"), ("市営住宅使用料", "私債権"),
                                   ("学校給食費", "私債権")], 1):
        para(doc, f"（{i}）{d}（{kind}）", indent_mm=10)
    page_break(doc)

    # p3 収入未済額の推移 (horizontal rules only)
    pg = 3
    para(doc, "４　債権管理の現状", size=12, gothic=True, space_after=4)
    para(doc, "（１）重点債権の収入未済額の推移", size=11, gothic=True, space_after=2)
    para(doc, "　重点債権の収入未済額は、各年度とも減少を続けています。", space_after=6)
    para(doc, "表１　収入未済額の推移（各年度決算）", size=10, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "（単位：千円）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    rows = list(OUTST.items()) + [("合計", TOTALS)]
    t = doc.add_table(rows=len(rows) + 1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": "single", "bottom": "single", "insideH": "single"})
    cell_text(t.cell(0, 0), "債権名", gothic=True)
    for j, h in enumerate(YEAR_HDR):
        cell_text(t.cell(0, j + 1), h, gothic=True)
    for i, (d, vals) in enumerate(rows, 1):
        cell_text(t.cell(i, 0), d, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j + 1), comma(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
            F.add(debt=None if d == "合計" else d, debt_raw=d, fy=YEARS[j], fy_raw=YEAR_HDR[j], seg="total",
                  metric="outstanding", basis="actual", value=v * 1000, unit="yen", raw=comma(v), page=pg)
    para(doc, "※ 各年度の出納整理期間終了後の額。千円未満を四捨五入しているため、合計が一致しない場合があります。",
         size=8, space_after=2)
    page_break(doc)

    # p4 令和5年度決算の状況 (debts per column, merged row labels)
    pg = 4
    para(doc, "（２）令和5年度決算の状況", size=11, gothic=True, space_after=2)
    para(doc, "　主な重点債権の令和5年度決算の状況は次のとおりです。", space_after=6)
    para(doc, "表２　主な債権の決算状況（令和5年度）", size=10, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    debts = list(R5)
    layout = [("現年分", [("調定額", "Ca", "assessed"), ("収入済額", "Cc", "collected"), ("収納率", "Cr", "collection_rate")], "current"),
              ("滞繰分", [("調定額", "Aa", "assessed"), ("収入済額", "Ac", "collected"), ("収納率", "Ar", "collection_rate")], "arrears"),
              ("計", [("調定額", "Ta", "assessed"), ("収入済額", "Tc", "collected"), ("不納欠損額", "W", "written_off"),
                      ("収入未済額", "O", "outstanding"), ("収納率", "Tr", "collection_rate")], "total")]
    nrows = 1 + sum(len(x[1]) for x in layout)
    t = doc.add_table(rows=nrows, cols=2 + len(debts))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, GRID)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(a, "区　分", gothic=True)
    for j, d in enumerate(debts):
        cell_text(t.cell(0, 2 + j), d, gothic=True)
    r0 = 1
    for grp, items, seg in layout:
        m = t.cell(r0, 0).merge(t.cell(r0 + len(items) - 1, 0))
        cell_text(m, grp, gothic=True)
        for k, (lab, key, metric) in enumerate(items):
            cell_text(t.cell(r0 + k, 1), lab)
            for j, d in enumerate(debts):
                v = R5[d][key]
                if metric == "collection_rate":
                    raw = fmt_rate(v)
                    F.add(debt=d, fy=2023, fy_raw="令和5年度", seg=seg, metric=metric, basis="actual",
                          value=v, unit="percent", raw=raw, page=pg)
                else:
                    raw = comma(v)
                    F.add(debt=d, fy=2023, fy_raw="令和5年度", seg=seg, metric=metric, basis="actual",
                          value=v * 1000, unit="yen", raw=raw, page=pg)
                cell_text(t.cell(r0 + k, 2 + j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
        r0 += len(items)
    para(doc, "※ 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）", size=8)
    para(doc, "※ 不納欠損額はすべて滞納繰越分に係るものです。", size=8, space_after=8)
    para(doc, "（３）課題", size=11, gothic=True, space_after=2)
    for s in ["ア　滞納繰越分の収納率が低い債権があり、長期化・高額化した案件の整理が課題となっています。",
              "イ　私債権については、法的措置の実施件数が少なく、所管課ごとの取組に差が見られます。",
              "ウ　債権管理に関する知識・ノウハウが一部の職員に偏在しています。"]:
        para(doc, s, indent_mm=6)
    page_break(doc)

    # p5 数値目標 (3-row header, unit in title)
    pg = 5
    para(doc, "５　数値目標", size=12, gothic=True, space_after=4)
    para(doc, "　重点債権ごとに、現年分及び滞納繰越分の目標収納率を次のとおり定めます。", space_after=6)
    para(doc, "表３　目標収納率（単位：％）", size=10, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    order = list(TARGET)
    t = doc.add_table(rows=3 + len(order), cols=9)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, GRID)
    c = t.cell(0, 0).merge(t.cell(2, 0)); cell_text(c, "債権名", gothic=True)
    c = t.cell(0, 1).merge(t.cell(1, 2)); cell_text(c, "令和5年度\n実績", gothic=True)
    c = t.cell(0, 3).merge(t.cell(0, 8)); cell_text(c, "目　標", gothic=True)
    yl = ["令和7年度", "8年度", "9年度"]
    for k, y in enumerate(yl):
        c = t.cell(1, 3 + 2 * k).merge(t.cell(1, 4 + 2 * k)); cell_text(c, y, gothic=True)
    for k in range(4):
        cell_text(t.cell(2, 1 + 2 * k), "現年", gothic=True)
        cell_text(t.cell(2, 2 + 2 * k), "滞繰", gothic=True)
    for i, d in enumerate(order, 3):
        cell_text(t.cell(i, 0), d, align=WD_ALIGN_PARAGRAPH.LEFT, size=8.5)
        act = (R5[d]["Cr"], R5[d]["Ar"]) if d in R5 else ACT_OTHER[d]
        for s, (v, seg) in enumerate(zip(act, ("current", "arrears"))):
            cell_text(t.cell(i, 1 + s), fmt_rate(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
            F.add(debt=d, fy=2023, fy_raw="令和5年度", seg=seg, metric="collection_rate", basis="actual",
                  value=v, unit="percent", raw=fmt_rate(v), page=pg)
        for k, (cur, arr) in enumerate(TARGET[d]):
            for s, (v, seg) in enumerate(zip((cur, arr), ("current", "arrears"))):
                cell_text(t.cell(i, 3 + 2 * k + s), fmt_rate(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
                F.add(debt=d, fy=2025 + k, fy_raw=yl[k], seg=seg, metric="collection_rate", basis="target",
                      value=v, unit="percent", raw=fmt_rate(v), page=pg)
    t.autofit = False
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Mm(34) if j == 0 else Mm(15.5)
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int((34 if j == 0 else 15.5) * 56.7)))
    para(doc, "※ 滞繰＝滞納繰越分", size=8, space_after=8)
    para(doc, "　なお、計画最終年度である令和9年度末における重点債権の収入未済額は、"
              "令和5年度決算から1割以上の縮減を目指します。")
    page_break(doc)

    # p6 取組
    pg = 6
    para(doc, "６　具体的な取組", size=12, gothic=True, space_after=4)
    sec_all = "全庁的な取組"
    para(doc, "（１）全庁的な取組", size=11, gothic=True, space_after=2)
    items = [
        ("①", "債権管理台帳の整備状況を毎年度点検し、所管課ごとの管理水準の平準化を図る。", "継続", False),
        ("②", "債権管理室による所管課への個別ヒアリングを年2回実施し、進行管理を徹底する。", "継続", False),
        ("③", "徴収困難案件について、所管課から債権管理室への移管を受け、集中的に滞納整理を行う。", "拡充", True),
        ("④", "新任職員及び所管課担当者を対象とした債権管理研修を実施する。", "新規", False),
    ]
    for lab, text, st, wrap in items:
        para(doc, f"{lab}　{text}" + ("\n" if wrap else "") + f"【{st}】", indent_mm=8)
        F.init(debt=None, fy=2025, section=sec_all, label=lab, text=text, status=st, page=pg)
    para(doc, "", space_after=4)
    para(doc, "（２）債権ごとの取組（市税）", size=11, gothic=True, space_after=2)
    sec = "債権ごとの取組（市税）"
    items = [
        ("①", "現年分の滞納を早期に解消するため、督促状発送後の電話催告を強化する。", "継続"),
        ("②", "預貯金・給与等の財産調査を早期に行い、納付資力のある滞納者には速やかに差押えを執行する。", "継続"),
        ("③", "スマートフォン決済及び口座振替の利用を促進し、期限内納付率の向上を図る。", "拡充"),
    ]
    for lab, text, st in items:
        para(doc, f"{lab}　{text}【{st}】", indent_mm=8)
        F.init(debt="市税", fy=2025, section=sec, label=lab, text=text, status=st, page=pg)
    para(doc, "", space_after=4)
    para(doc, "（３）債権ごとの取組（国民健康保険税）", size=11, gothic=True, space_after=2)
    sec = "債権ごとの取組（国民健康保険税）"
    items = [
        ("①", "資格喪失者に対し、喪失手続時に未納額を通知し、納付相談につなげる。", "新規"),
        ("②", "分納誓約の不履行者に対して、履行状況を毎月確認し、不履行時には速やかに催告する。", "継続"),
    ]
    for lab, text, st in items:
        para(doc, f"{lab}　{text}【{st}】", indent_mm=8)
        F.init(debt="国民健康保険税", fy=2025, section=sec, label=lab, text=text, status=st, page=pg)
    page_break(doc)

    # p7 boxed list + plain title
    pg = 7
    para(doc, "（４）債権ごとの取組（市営住宅使用料）", size=11, gothic=True, space_after=4)
    sec = "債権ごとの取組（市営住宅使用料）"
    box = doc.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(box, {"top": "single", "left": "single", "bottom": "single", "right": "single"})
    cell = box.cell(0, 0)
    cell.text = ""
    items = [
        ("ア", "滞納3か月以上の入居者に対し、連帯保証人への通知を含めた催告を行う。", "継続"),
        ("イ", "滞納6か月以上かつ納付交渉に応じない入居者については、明渡請求訴訟等の法的措置を実施する。", "継続"),
        ("ウ", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充"),
    ]
    first = True
    for lab, text, st in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(f"{lab}　{text}【{st}】")
        set_font(r, size=10)
        p.paragraph_format.space_after = Pt(2)
        F.init(debt="市営住宅使用料", fy=2025, section=sec, label=lab, text=text, status=st, page=pg)
    para(doc, "", space_after=8)
    para(doc, "（５）学校給食費", size=11, gothic=True, space_after=2)
    sec = "学校給食費"
    items = [
        "児童手当からの申出徴収を積極的に案内し、現年分の未納発生を抑制する。",
        "卒業後の未納者については、保護者の所在を確認したうえで文書催告を行う。",
        "少額・長期の未納債権は、債権放棄の要件を確認し、適正に整理する。",
    ]
    for text in items:
        para(doc, f"・{text}", indent_mm=6)
        F.init(debt="学校給食費", fy=2025, section=sec, label="・", text=text, status=None, page=pg)
    para(doc, "", space_after=8)
    para(doc, "７　計画の進行管理", size=12, gothic=True, space_after=4)
    para(doc, "　本計画の進捗状況は、津山市債権管理推進会議において毎年度検証し、その結果を公表します。"
              "また、社会経済情勢の変化等により必要が生じた場合は、計画期間中であっても見直しを行います。")

    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "tsuyama")


if __name__ == "__main__":
    build()
    write_gold(STEM, {"kind": "plan", "municipality": "津山市", "title": "第2次津山市債権管理計画",
                      "date": "2025-03-01", "date_raw": "令和7年3月"}, F, expect_pages=7)
