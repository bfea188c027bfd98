"""fq_sanjo_minutes_1: 令和7年度第2回 三条市債権管理対策会議 会議録 (書面開催).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen37:  python3 build/fq_sanjo_minutes_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fq_common import Gold, PDF_DIR, WORK, check, comma, month_end, pct_rate, zen  # noqa: E402

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "fq_sanjo_minutes_1"
CITY = "三条市"
FY = 2025                      # 令和7年度
ASOF = month_end(FY, 10)       # 2025-10-31
ASOF_PREV = month_end(FY - 1, 10)
TITLE = "令和７年度第２回三条市債権管理対策会議　会議録"

# ---------------------------------------------------------------- data
# (short name printed in the tables, canonical name, full name in the text)
DEBTS = [
    ("市税", "市税", "市税"),
    ("国保税", "国民健康保険税", "国民健康保険税"),
    ("介護料", "介護保険料", "介護保険料"),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料"),
    ("保育料", "保育所保育料", "保育所保育料"),
    ("住宅使用料", "市営住宅使用料", "市営住宅使用料"),
    ("下水道", "下水道使用料", "下水道使用料"),
]
# 現年度分 as of 10月末 (千円): assessed, collected, previous-year same-month rate
CUR = {
    "市税": (9842315, 6118402, 61.38),
    "国保税": (1986420, 1094517, 55.82),
    "介護料": (1402668, 1116890, 79.20),
    "後期高齢": (812304, 652771, 80.51),
    "保育料": (158930, 98212, 60.95),
    "住宅使用料": (186245, 108650, 58.02),
    "下水道": (1520118, 842377, 54.90),
}
CUR_TOTAL_PREV = 63.52
# 滞納繰越分 as of 10月末 (千円): assessed, collected, delinquent persons
ARR = {
    "市税": (512340, 100521, 2846),
    "国保税": (302115, 49866, 1931),
    "介護料": (41208, 6124, 604),
    "後期高齢": (9874, 2410, 118),
    "保育料": (14866, 2471, 87),
    "住宅使用料": (38125, 4187, 74),
    "下水道": (61310, 13802, 912),
}
SEIZ = {"市税": 412, "国保税": 188, "介護料": 9, "後期高齢": 3, "保育料": 4, "住宅使用料": 0, "下水道": 21}


def canon(short):
    for s, c, f in DEBTS:
        if s == short:
            return c
    raise KeyError(short)


def rate_of(a, c):
    return pct_rate(c, a, 2)


# ---------------------------------------------------------------- docx helpers
def set_font(run, east="IPAexMincho", size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), east)


def para(doc_or_cell, text="", size=10.5, bold=False, gothic=False, align=None, indent_mm=0,
         first_mm=0, space_after=2, keep=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, "IPAexGothic" if gothic else "IPAexMincho", size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep:
        pf.keep_with_next = True
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, size=9, bold=False, align="center", gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, "IPAexGothic" if gothic else "IPAexMincho", size, bold)
        if i < len(lines) - 1:
            r.add_break()
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "left": WD_ALIGN_PARAGRAPH.LEFT}[align]


def table(doc, rows, widths_mm, header_rows=1, aligns=None, size=9, shade_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            if i < header_rows:
                cell_text(c, val, size=size, bold=False, align="center", gothic=True)
                if shade_header:
                    shade(c)
            else:
                al = (aligns or ["left"] + ["right"] * (len(row) - 1))[j]
                cell_text(c, val, size=size, align=al)
    return t


def box(doc, lines, width_mm=165, size=9.5):
    """A one-cell framed box holding bullet lines."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(ln)
        set_font(r, "IPAexMincho", size)
        p.paragraph_format.space_after = Pt(1)
    return t


# ---------------------------------------------------------------- build
def build():
    g = Gold(STEM, "minutes", "minutes", CITY, TITLE.replace("　", " "), "2025-11-18", "令和７年１１月１８日")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)

    # ---------------- page 1
    para(doc, TITLE, size=14, bold=True, gothic=True, align="center", space_after=10)
    para(doc, "１　開催方法", gothic=True, size=11)
    para(doc, "令和７年度第２回三条市債権管理対策会議は、書面開催とし、令和７年１１月１８日付けで各委員に"
              "会議資料を送付し、令和７年１１月２８日までに意見及び質問を回答書により事務局へ提出する形式で実施した。",
         indent_mm=5, first_mm=4)
    para(doc, "２　出席者（会長、委員８名、事務局３名）", gothic=True, size=11)
    attendees = [
        ("会長", "副市長", "小林　正之"),
        ("委員", "総務部長", "渡辺　一郎"),
        ("委員", "財務部長", "佐藤　浩二"),
        ("委員", "市民部長", "高橋　美和"),
        ("委員", "健康・福祉部長", "田村　聡"),
        ("委員", "子ども・若者部長", "山崎　由紀"),
        ("委員", "建設部長", "中村　勝"),
        ("委員", "上下水道部長", "長谷川　徹"),
        ("委員", "教育部長", "斎藤　仁"),
        ("事務局", "財務部収納課長", "石田　和也"),
        ("事務局", "収納課債権管理係長", "本間　奈美"),
        ("事務局", "収納課主任", "丸山　翔"),
    ]
    rows = []
    for role, title, name in attendees:
        rows.append([role, title, name])
    t = doc.add_table(rows=len(rows), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    prev = None
    for i, (role, title, name) in enumerate(rows):
        cell_text(t.cell(i, 0), role if role != prev else "", size=10, align="left")
        cell_text(t.cell(i, 1), title, size=10, align="left")
        cell_text(t.cell(i, 2), name, size=10, align="left")
        t.cell(i, 0).width, t.cell(i, 1).width, t.cell(i, 2).width = Mm(25), Mm(60), Mm(45)
        prev = role
    para(doc, "", space_after=4)
    para(doc, "３　議　題", gothic=True, size=11)
    agenda = ["令和７年度主要債権の収納状況（１０月末現在）について",
              "滞納整理強化月間（１２月）の実施について",
              "私債権の放棄について（報告）"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(i)}）{a}", indent_mm=5)
    para(doc, "４　資　料", gothic=True, size=11)
    materials = ["資料１　主要債権の収納状況（令和７年１０月末現在）",
                 "資料２　令和７年度滞納整理強化月間実施要領（案）",
                 "資料３　私債権の放棄の状況"]
    for m in materials:
        para(doc, m, indent_mm=5)
    para(doc, "５　会議の経過", gothic=True, size=11)
    para(doc, "各委員から提出された回答書の内容は、次のとおりである。なお、各議題に対する異議はなく、"
              "資料２の実施要領（案）は原案のとおり決定した。議題３は事務局からの報告として了承された。",
         indent_mm=5, first_mm=4)

    statements = []   # (speaker printed, section, paragraphs, page)

    def stmt(speaker, section, paras, page):
        statements.append((speaker, section, paras, page))

    # ---------------- page 2: statements on agenda 1
    P = 2
    sec1 = "所管する債権の状況について報告"
    sa, sc = CUR["市税"][0], CUR["市税"][1]
    r_city = rate_of(sa, sc)
    out_city = sa - sc           # 千円
    diff_city = round(r_city - CUR["市税"][2], 2)
    arr_a, arr_c, _ = ARR["市税"]
    r_city_arr = rate_of(arr_a, arr_c)
    # facts of statement 1
    stmt("財務部長", sec1, [
        f"「市税」は、１０月末現在の現年課税分の収納率が{r_city:.2f}％となり、前年同月比{diff_city:.2f}ポイント上昇した。"
        f"現年課税分の収入未済額は約37億2,400万円で、前年同月から約1億1,500万円減少している。",
        f"滞納繰越分の収納率は{r_city_arr:.2f}％にとどまっているが、高額事案の財産調査を前倒しで実施しており、"
        "年度末には前年度決算（25.41％）を上回る見込みである。また、スマートフォン決済による納付が増えており、"
        "口座振替と併せて納期内納付の割合が高まっている。"], P)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="１０月末現在", segment="current",
           metric="collection_rate", basis="interim", as_of=ASOF, value=r_city, unit="percent", raw=f"{r_city:.2f}％")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="前年同月比", segment="current",
           metric="difference", basis="interim", as_of=ASOF, value=diff_city, unit="points", raw=f"{diff_city:.2f}ポイント")
    assert round(out_city / 1000) * 1000 == 3724000   # 約37億2,400万円 (千円)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="１０月末現在", segment="current",
           metric="outstanding", basis="interim", as_of=ASOF, value=3724000000, unit="yen", raw="約37億2,400万円", approx=True)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="前年同月", segment="current",
           metric="difference", basis="interim", as_of=ASOF, value=-115000000, unit="yen", raw="約1億1,500万円", approx=True)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="１０月末現在", segment="arrears",
           metric="collection_rate", basis="interim", as_of=ASOF, value=r_city_arr, unit="percent", raw=f"{r_city_arr:.2f}％")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY - 1, fy_raw="前年度決算", segment="arrears",
           metric="collection_rate", basis="actual", value=25.41, unit="percent", raw="25.41％")

    # 国保税
    a, c, pv = CUR["国保税"]
    r = rate_of(a, c)
    d = round(r - pv, 2)
    assert d < 0
    stmt("市民部長", sec1, [
        f"「国民健康保険税」は、現年課税分の収納率が{r:.2f}％で、前年同月（{pv:.2f}％）を{-d:.2f}ポイント下回った。"
        "被保険者数の減少に伴い、現年課税分の調定額は約19億8,600万円と前年同月から約4,300万円減少しているが、"
        "低所得世帯の割合が高まっており、分割納付となる事例が増えている。滞納繰越分については、"
        "１２月の滞納整理強化月間に合わせて給与及び預金の差押えを集中的に行う。"], P)
    kw = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}％")
    g.fact(page=P, **kw, fy=FY - 1, fy_raw="前年同月", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF_PREV, value=pv, unit="percent", raw=f"{pv:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月", segment="current", metric="difference", basis="interim",
           as_of=ASOF, value=d, unit="points", raw=f"{-d:.2f}ポイント")
    assert round(a / 1000) * 1000 == 1986000   # 約19億8,600万円 (千円)
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="current", metric="assessed", basis="interim",
           as_of=ASOF, value=1986000000, unit="yen", raw="約19億8,600万円", approx=True)
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月", segment="current", metric="difference", basis="interim",
           as_of=ASOF, value=-43000000, unit="yen", raw="約4,300万円", approx=True)

    # 介護・後期
    a1, c1, p1 = CUR["介護料"]
    r1 = rate_of(a1, c1)
    d1 = round(r1 - p1, 2)
    a2, c2, p2 = CUR["後期高齢"]
    r2 = rate_of(a2, c2)
    d2 = round(r2 - p2, 2)
    stmt("健康・福祉部長", sec1, [
        f"「介護保険料」は、現年度分の収納率が{r1:.2f}％と前年同月を{d1:.2f}ポイント上回った。"
        "年金からの特別徴収に切り替わるまでの普通徴収期間に未納が生じやすいことから、資格取得時の通知に口座振替の案内を同封している。",
        f"「後期高齢者医療保険料」は、現年度分の収納率が{r2:.2f}％で、前年同月比{-d2:.2f}ポイントの低下となった。"
        "新たに７５歳に到達した被保険者の普通徴収分が増えたことが主な要因であり、納付案内の送付時期を早めて対応する。"], P)
    g.fact(page=P, debt="介護保険料", debt_raw="介護保険料", fy=FY, fy_raw="１０月末現在", segment="current",
           metric="collection_rate", basis="interim", as_of=ASOF, value=r1, unit="percent", raw=f"{r1:.2f}％")
    g.fact(page=P, debt="介護保険料", debt_raw="介護保険料", fy=FY, fy_raw="前年同月", segment="current",
           metric="difference", basis="interim", as_of=ASOF, value=d1, unit="points", raw=f"{d1:.2f}ポイント")
    g.fact(page=P, debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", fy=FY, fy_raw="１０月末現在",
           segment="current", metric="collection_rate", basis="interim", as_of=ASOF, value=r2, unit="percent",
           raw=f"{r2:.2f}％")
    g.fact(page=P, debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", fy=FY, fy_raw="前年同月比",
           segment="current", metric="difference", basis="interim", as_of=ASOF, value=d2, unit="points",
           raw=f"{-d2:.2f}ポイント")

    a, c, pv = CUR["保育料"]
    r = rate_of(a, c)
    aa, ac, _ = ARR["保育料"]
    out_arr = aa - ac
    assert round(out_arr / 100) * 100 == 12400
    stmt("子ども・若者部長", sec1, [
        f"「保育所保育料」は、現年度分の収納率が{r:.2f}％で、前年同月（{pv:.2f}％）を上回っている。"
        "児童手当からの徴収の申出を入園説明会で案内したほか、滞納が２か月続いた世帯には面談の際に納付相談を勧めている。"
        "過年度分の収入未済額は約1,240万円である。"], P)
    kw = dict(debt="保育所保育料", debt_raw="保育所保育料")
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}％")
    g.fact(page=P, **kw, fy=FY - 1, fy_raw="前年同月", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF_PREV, value=pv, unit="percent", raw=f"{pv:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="arrears", metric="outstanding", basis="interim",
           as_of=ASOF, value=12400000, unit="yen", raw="約1,240万円", approx=True)

    a, c, pv = CUR["住宅使用料"]
    r = rate_of(a, c)
    d = round(r - pv, 2)
    stmt("建設部長", sec1, [
        f"「市営住宅使用料」は、現年度分の収納率が{r:.2f}％で、前年同月比{d:.2f}ポイント上昇した。"
        "３か月以上滞納している入居者に対しては、連帯保証人への通知と併せて明渡し請求の予告を行っている。"], P)
    kw = dict(debt="市営住宅使用料", debt_raw="市営住宅使用料")
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月比", segment="current", metric="difference", basis="interim",
           as_of=ASOF, value=d, unit="points", raw=f"{d:.2f}ポイント")

    a, c, pv = CUR["下水道"]
    r = rate_of(a, c)
    d = round(r - pv, 2)
    stmt("上下水道部長", sec1, [
        f"「下水道使用料」は、現年度分の収納率が{r:.2f}％で、前年同月を{d:.2f}ポイント上回っている。"
        "水道料金と一体で徴収しているため、給水停止予告と併せた催告を継続する。"], P)
    kw = dict(debt="下水道使用料", debt_raw="下水道使用料")
    g.fact(page=P, **kw, fy=FY, fy_raw="１０月末現在", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月", segment="current", metric="difference", basis="interim",
           as_of=ASOF, value=d, unit="points", raw=f"{d:.2f}ポイント")

    # ---------------- page 3
    P = 3
    sec2 = "会長からの質問"
    stmt("会長", sec2, ["国民健康保険税の現年課税分の収納率が前年同月を下回っている要因と、年度末までの見通しを伺いたい。"], P)
    stmt("市民部長", sec2, [
        "調定額の減少に加え、分割納付の世帯が増えていることが要因である。年度末の現年課税分の収納率は、"
        "6年度決算の94.86％と同程度を見込んでいる。"], P)
    g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY - 1, fy_raw="6年度決算", segment="current",
           metric="collection_rate", basis="actual", value=94.86, unit="percent", raw="94.86％")
    stmt("会長", sec2, ["市税の滞納繰越分について、高額事案の処理の状況を伺いたい。"], P)
    stmt("石田収納課長", sec2, [
        "滞納額１００万円以上の高額事案については、１０月末までに全件の財産調査を終え、給与、預金及び不動産の差押えを順次執行している。"
        "換価が困難な事案は、執行停止を含めて１２月の強化月間中に方針を決定する。"], P)
    sec3 = "会長からのコメント"
    stmt("会長", sec3, [
        "各債権とも現年度分の収納率はおおむね前年同月並みで推移しているが、国民健康保険税と後期高齢者医療保険料は前年同月を下回っている。"
        "１２月の滞納整理強化月間では、所管課と収納課が連携し、早期の納付折衝と滞納処分を徹底していただきたい。"
        "また、私債権の放棄については、三条市債権管理条例の手続に沿って、放棄の理由を記録に残すようお願いする。"], P)

    # render statements into the docx (page 2 then page 3)
    cur_page = 2
    page_break(doc)
    para(doc, "（１）所管する債権の状況について報告", gothic=True, size=11, space_after=4)
    shown_sec2 = shown_sec3 = False
    for speaker, section, paras, page in statements:
        if page != cur_page:
            page_break(doc)
            cur_page = page
        if section == sec2 and not shown_sec2:
            para(doc, "（２）会長からの質問", gothic=True, size=11, space_after=4)
            shown_sec2 = True
        if section == sec3 and not shown_sec3:
            para(doc, "（３）会長からのコメント", gothic=True, size=11, space_after=4)
            shown_sec3 = True
        para(doc, "○" + speaker, gothic=True, size=10.5, indent_mm=3, space_after=1, keep=True)
        for ptxt in paras:
            para(doc, ptxt, indent_mm=6, first_mm=4, space_after=3)

    # ---------------- page 4: 別表
    page_break(doc)
    P = 4
    para(doc, "別表１　主要債権の収納状況（現年度分）", gothic=True, size=11, space_after=1)
    para(doc, "令和７年１０月末現在　（単位：千円、％、ポイント）", size=9, align="right", space_after=2)
    rows = [["債権名", "今期\n調定額", "今期\n収入済額", "今期\n収納率", "前年同期\n収納率", "増減"]]
    tot_a = tot_c = 0
    for short, cn, full in DEBTS:
        a, c, pv = CUR[short]
        r = rate_of(a, c)
        d = round(r - pv, 2)
        tot_a += a
        tot_c += c
        ds = f"△{-d:.2f}" if d < 0 else f"{d:.2f}"
        rows.append([short, comma(a), comma(c), f"{r:.2f}", f"{pv:.2f}", ds])
        kw = dict(debt=cn, debt_raw=short)
        g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="assessed", basis="interim", as_of=ASOF,
               value=a * 1000, unit="yen", raw=comma(a))
        g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="collected", basis="interim", as_of=ASOF,
               value=c * 1000, unit="yen", raw=comma(c))
        g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="collection_rate", basis="interim",
               as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}")
        g.fact(page=P, **kw, fy=FY - 1, fy_raw="前年同期", segment="current", metric="collection_rate", basis="interim",
               as_of=ASOF_PREV, value=pv, unit="percent", raw=f"{pv:.2f}")
        g.fact(page=P, **kw, fy=FY, fy_raw="増減", segment="current", metric="difference", basis="interim", as_of=ASOF,
               value=d, unit="points", raw=ds)
    tr = rate_of(tot_a, tot_c)
    td = round(tr - CUR_TOTAL_PREV, 2)
    tds = f"△{-td:.2f}" if td < 0 else f"{td:.2f}"
    rows.append(["計", comma(tot_a), comma(tot_c), f"{tr:.2f}", f"{CUR_TOTAL_PREV:.2f}", tds])
    kw = dict(debt=None, debt_raw="計")
    g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="assessed", basis="interim", as_of=ASOF,
           value=tot_a * 1000, unit="yen", raw=comma(tot_a))
    g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="collected", basis="interim", as_of=ASOF,
           value=tot_c * 1000, unit="yen", raw=comma(tot_c))
    g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="current", metric="collection_rate", basis="interim", as_of=ASOF,
           value=tr, unit="percent", raw=f"{tr:.2f}")
    g.fact(page=P, **kw, fy=FY - 1, fy_raw="前年同期", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF_PREV, value=CUR_TOTAL_PREV, unit="percent", raw=f"{CUR_TOTAL_PREV:.2f}")
    g.fact(page=P, **kw, fy=FY, fy_raw="増減", segment="current", metric="difference", basis="interim", as_of=ASOF,
           value=td, unit="points", raw=tds)
    table(doc, rows, [30, 28, 28, 22, 22, 20])
    para(doc, "※ 略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
              "住宅使用料：市営住宅使用料、下水道：下水道使用料", size=8.5, space_after=1)
    sa, sc, _ = CUR["市税"]
    para(doc, f"※ 市税（現年度分）の収入未済額　{comma(sa - sc)}千円", size=8.5, space_after=6)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和７年１０月末現在", segment="current",
           metric="outstanding", basis="interim", as_of=ASOF, value=(sa - sc) * 1000, unit="yen", raw=f"{comma(sa - sc)}千円")

    para(doc, "別表２　滞納繰越分の状況", gothic=True, size=11, space_after=1)
    para(doc, "令和７年１０月末現在　（単位：千円、％、人、件）", size=9, align="right", space_after=2)
    rows = [["債権名", "調定額", "収入済額", "収納率", "滞納者数", "差押件数"]]
    for short, cn, full in DEBTS:
        a, c, n = ARR[short]
        r = rate_of(a, c)
        rows.append([short, comma(a), comma(c), f"{r:.2f}", comma(n), comma(SEIZ[short])])
        kw = dict(debt=cn, debt_raw=short)
        g.fact(page=P, **kw, fy=FY, fy_raw="令和７年１０月末現在", segment="arrears", metric="assessed", basis="interim",
               as_of=ASOF, value=a * 1000, unit="yen", raw=comma(a))
        g.fact(page=P, **kw, fy=FY, fy_raw="令和７年１０月末現在", segment="arrears", metric="collected", basis="interim",
               as_of=ASOF, value=c * 1000, unit="yen", raw=comma(c))
        g.fact(page=P, **kw, fy=FY, fy_raw="令和７年１０月末現在", segment="arrears", metric="collection_rate",
               basis="interim", as_of=ASOF, value=r, unit="percent", raw=f"{r:.2f}")
        g.fact(page=P, **kw, fy=FY, fy_raw="令和７年１０月末現在", segment="arrears", metric="delinquents",
               basis="interim", as_of=ASOF, value=n, unit="persons", raw=comma(n))
    table(doc, rows, [30, 26, 26, 22, 22, 22])
    para(doc, "", space_after=4)

    # 【収納率】 block for 市税
    para(doc, "（参考）市税の状況", gothic=True, size=10.5, space_after=2)
    ta = sa + ARR["市税"][0]
    tc = sc + ARR["市税"][1]
    r_tot = rate_of(ta, tc)
    para(doc, "【収納率】令和７年１０月末時点", gothic=True, size=10, indent_mm=3, space_after=1)
    for lab, val, seg in (("現年分", r_city, "current"), ("滞繰分", r_city_arr, "arrears"), ("合計", r_tot, "total")):
        para(doc, f"・{lab}　{val:.2f}％", indent_mm=8, space_after=0)
        g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和７年１０月末時点", segment=seg,
               metric="collection_rate", basis="interim", as_of=ASOF, value=val, unit="percent", raw=f"{val:.2f}％")
    para(doc, "", space_after=4)

    # 【参考】 box, R6 settled figures, full-width digits
    r6 = [("市税", "市税", "収入未済額", "outstanding", 512340),
          ("国保税", "国民健康保険税", "収入未済額", "outstanding", 302115),
          ("全債権", None, "不納欠損額", "written_off", 42506)]
    lines = ["【参考】R6年度決算（確定値）"]
    for short, cn, lab, met, v in r6:
        raw = f"{zen(comma(v))}千円"
        lines.append(f"・{short}　{lab}：{raw}")
        g.fact(page=P, debt=cn, debt_raw=short, fy=FY - 1, fy_raw="R6年度", segment="total", metric=met,
               basis="actual", value=v * 1000, unit="yen", raw=raw)
    lines.append("・全債権　収納率：" + zen("95.12") + "％")
    g.fact(page=P, debt=None, debt_raw="全債権", fy=FY - 1, fy_raw="R6年度", segment="total",
           metric="collection_rate", basis="actual", value=95.12, unit="percent", raw=zen("95.12") + "％")
    box(doc, lines)
    para(doc, "以　上", align="right", space_after=0)

    # ---------------- minutes object
    g.minutes = {
        "title": TITLE.replace("　", " "),
        "meeting_number": 2,
        "date": "2025-11-18",
        "method": "書面開催",
        "attendees": [{"role": role, "title": title, "name": name.replace("　", " ")}
                      for role, title, name in attendees],
        "agenda": agenda,
        "materials": materials,
        "statements": [{"speaker": s, "section": sec, "text": "\n".join(ps), "page": pg}
                       for s, sec, ps, pg in statements],
    }

    docx_path = WORK / f"{STEM}.docx"
    doc.save(docx_path)
    outdir = WORK / "out_sanjo"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(outdir / f"{STEM}.pdf", pdf)
    g.write(pdf)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
