"""令和７年度第２回岡山市債権管理対策会議 資料（取組個票） — python-docx → LibreOffice.

Run from corpus/dev41:  python3 build/s_okayama_committee.py
Writes pdf/s_okayama_committee_1.pdf and gold/s_okayama_committee_1.json (docx in /tmp/s_work).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from s_common import PDF_DIR, WORK, Facts, Inits, finish, rate  # noqa: E402

STEM = "s_okayama_committee_1"
CITY = "岡山市"
F = Facts()
I = Inits()
MIN, GOT = "IPAexMincho", "IPAexGothic"
ASOF = "2025-09-30"
ASOF_PREV = "2024-09-30"


def derive(A: int, r: float) -> int:
    C = round(A * r / 100)
    for d in (0, 1, -1, 2, -2, 3, -3):
        if rate(C + d, A) == r:
            return C + d
    raise SystemExit(f"cannot derive {A} {r}")


# ------------------------------------------------------------------ data
# 個票 debts: printed, canonical, 所管課, 債権区分, current A (R4,R5,R6), current rates, 9月末 A, rate, prev 9月末 rate,
#             arrears A (R4,R5,R6), arrears rates, 不納欠損(R6 arrears)
KOHYO = [
    dict(name="市税", can="市税", ka="財政局税務部納税課", kubun="強制徴収公債権",
         cA=(88512306, 89904117, 91305228), cR=(98.98, 99.10, 99.21), iA=90882115, iR=58.42, iP=58.07,
         aA=(2310552, 2105330, 1948210), aR=(29.75, 30.88, 32.45), W=62150),
    dict(name="国民健康保険料", can="国民健康保険料", ka="市民生活局保険年金課", kubun="強制徴収公債権",
         cA=(15402118, 15012544, 14688902), cR=(94.48, 94.71, 95.02), iA=14512330, iR=41.26, iP=40.88,
         aA=(3402551, 3215880, 3054612), aR=(26.95, 27.90, 28.36), W=140330),
    dict(name="保育料", can="保育料", ka="こども福祉局保育・幼稚園課", kubun="強制徴収公債権",
         cA=(1512330, 1488612, 1455208), cR=(98.40, 98.52, 98.75), iA=1432118, iR=47.85, iP=48.02,
         aA=(78552, 72118, 66305), aR=(22.48, 23.11, 25.30), W=3120),
    dict(name="母子父子寡婦福祉資金貸付金", can="母子父子寡婦福祉資金貸付金", ka="こども福祉局こども福祉課", kubun="私債権",
         cA=(158226, 151905, 146330), cR=(69.88, 70.45, 72.18), iA=71205, iR=61.35, iP=60.12,
         aA=(498552, 492118, 487605), aR=(5.41, 5.72, 6.05), W=12008),
]
for k in KOHYO:
    k["cC"] = tuple(derive(a, r) for a, r in zip(k["cA"], k["cR"]))
    k["aC"] = tuple(derive(a, r) for a, r in zip(k["aA"], k["aR"]))
    k["iC"] = derive(k["iA"], k["iR"])
    k["tR"] = tuple(rate(k["cC"][i] + k["aC"][i], k["cA"][i] + k["aA"][i]) for i in range(3))
    k["out6"] = (k["cA"][2] - k["cC"][2]) + (k["aA"][2] - k["aC"][2] - k["W"])
KBY = {k["name"]: k for k in KOHYO}
# 資料１ rows: name, canonical, (cur R6, cur R5), (arr R6, arr R5), (tot R6, tot R5), outstanding R6, target (cur, tot)
OTHER = {
    "介護保険料": ((99.12, 99.05), (22.41, 21.08), (98.51, 98.40), 126804, (99.15, 98.60)),
    "後期高齢者医療保険料": ((99.58, 99.55), (40.12, 38.76), (99.31, 99.25), 31277, (99.60, 99.35)),
    "市営住宅使用料": ((97.15, 96.90), (14.22, 13.85), (83.05, 82.14), 188422, (97.20, 84.00)),
    "水道料金": ((98.95, 98.88), (88.10, 87.52), (98.81, 98.74), 96514, (99.00, 98.85)),
}
TARGETS = {"市税": (99.25, 98.70), "国民健康保険料": (95.20, 88.00), "保育料": (98.80, 96.00),
           "母子父子寡婦福祉資金貸付金": (73.00, 30.00)}
ORDER = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料",
         "母子父子寡婦福祉資金貸付金", "水道料金"]
CANON = {n: n for n in ORDER}
CANON["母子父子寡婦福祉資金貸付金"] = "母子父子寡婦福祉資金貸付金"


def s1row(name):
    if name in KBY:
        k = KBY[name]
        cur = (k["cR"][2], k["cR"][1])
        arr = (k["aR"][2], k["aR"][1])
        tot = (k["tR"][2], k["tR"][1])
        return cur, arr, tot, k["out6"], TARGETS[name]
    return OTHER[name]


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def set_font(run, name=MIN, size=None, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr()
    rf = run._element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        run._element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(text="", font=MIN, size=10.5, align=None, bold=False, indent_mm=0, first_mm=0, space_after=2,
         container=None):
    p = (container or doc).add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    return p


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_text(cell, text, font=MIN, size=9, align=None, bold=False):
    """Put text (lines split on \\n → separate paragraphs) into a cell."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size, bold)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table(rows, cols, widths_mm, style="Table Grid", row_h=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    for r in t.rows:
        if row_h:
            r.height = Mm(row_h)
            r.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for j, c in enumerate(r.cells):
            c.width = Mm(widths_mm[j])
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p):
    r = p.add_run()
    set_font(r, MIN, 9)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            r._element.append(e)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
            r._element.append(e)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(16)
    sec.header_distance = Mm(9)
    sec.footer_distance = Mm(8)


sec = doc.sections[0]
setup_section(sec)
hp = sec.header.paragraphs[0]
set_font(hp.add_run("令和７年度第２回岡山市債権管理対策会議"), GOT, 8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(fp.add_run("－ "), MIN, 9)
add_page_field(fp)
set_font(fp.add_run(" －"), MIN, 9)

# ------------------------------------------------------------------ page 1: 次第 + 【参考】 box
P = 1
para("令和７年度第２回岡山市債権管理対策会議", GOT, 15, "c", space_after=4)
para("次　　第", GOT, 14, "c", space_after=14)
para("日時　令和７年１１月２０日（木）１０時００分～１１時３０分", MIN, 10.5, indent_mm=40)
para("場所　岡山市役所本庁舎　３階　第一会議室", MIN, 10.5, indent_mm=40, space_after=16)
for ln in ["１　開　会", "", "２　議　題",
           "　（１）令和６年度決算における主要債権の状況について　　　　　【資料１】",
           "　（２）主要債権の取組個票（令和７年９月末時点）について　　　【資料２】",
           "　（３）不納欠損額の推移について　　　　　　　　　　　　　　　【参考資料】", "", "３　その他", "", "４　閉　会"]:
    para(ln, MIN, 11, indent_mm=12, space_after=4)
para("", space_after=16)
box = table(1, 1, [150], row_h=30)
c = box.cell(0, 0)
cell_text(c, "【参考】令和６年度決算（全会計）", GOT, 10.5)
ref = [("全会計の収納率", "96.84％", ("collection_rate", 96.84, "percent", False)),
       ("収入未済額", "約82億1,300万円", ("outstanding", 8213000000, "yen", True)),
       ("不納欠損額", "4億155万円", ("written_off", 401550000, "yen", False)),
       ("前年度比（収入未済額）", "約3億1,200万円減", None)]
for lab, val, fact in ref:
    p = c.add_paragraph()
    set_font(p.add_run(f"・{lab}：{val}"), MIN, 10)
    p.paragraph_format.left_indent = Mm(4)
    if fact:
        m, v, u, ap = fact
        F.add(debt=None, debt_raw="全会計", fy=2024, fy_raw="令和６年度決算", seg="total", metric=m, basis="actual",
              value=v, unit=u, approx=ap, raw=val.replace("減", ""), page=P)
p = c.add_paragraph()
set_font(p.add_run(""), MIN, 4)
para("", space_after=10)
para("【配付資料】", GOT, 10.5, space_after=3)
for ln in ["資料１　令和６年度決算における主要債権の状況", "資料２　主要債権の取組個票（４債権）", "参考資料　不納欠損額の推移（全会計）",
           "出席者名簿"]:
    para("　" + ln, MIN, 10.5, space_after=2)

# ------------------------------------------------------------------ page 2: 資料１ landscape, 3-row header
sec2 = doc.add_section()
setup_section(sec2, landscape=True)
P = 2
para("資料１", GOT, 11, "r", space_after=2)
para("令和６年度決算における主要債権の状況", GOT, 13, space_after=2)
para("（単位：％、千円）", MIN, 9, "r", space_after=2)
W = [60, 25, 25, 25, 25, 25, 25, 32, 25, 25]
t = table(3 + len(ORDER) + 1, 10, W, row_h=8)
hdr = t.rows
# row 0: groups
t.cell(0, 0).merge(t.cell(2, 0))
cell_text(t.cell(0, 0), "債権名", GOT, 9.5, "c")
t.cell(0, 1).merge(t.cell(0, 7))
cell_text(t.cell(0, 1), "令和６年度決算", GOT, 9.5, "c")
t.cell(0, 8).merge(t.cell(0, 9))
cell_text(t.cell(0, 8), "令和７年度目標", GOT, 9.5, "c")
# row 1: sub groups
t.cell(1, 1).merge(t.cell(1, 6))
cell_text(t.cell(1, 1), "収納率　（　）内は令和５年度決算", GOT, 9, "c")
t.cell(1, 7).merge(t.cell(2, 7))
cell_text(t.cell(1, 7), "収入未済額", GOT, 9, "c")
t.cell(1, 8).merge(t.cell(1, 9))
cell_text(t.cell(1, 8), "目標収納率", GOT, 9, "c")
# row 2
for j, lab in ((1, "現年度分"), (3, "滞納繰越分"), (5, "合計"), (8, "現年度分"), (9, "合計")):
    if j in (1, 3, 5):
        t.cell(2, j).merge(t.cell(2, j + 1))
    cell_text(t.cell(2, j), lab, GOT, 9, "c")
for r in range(3):
    for cc in t.rows[r].cells:
        shade(cc, "DCE6F1")
total_out = 0
for i, name in enumerate(ORDER):
    r = 3 + i
    cur, arr, tot, out, tg = s1row(name)
    total_out += out
    cell_text(t.cell(r, 0), name, MIN, 9)
    for j, (seg, pair) in zip((1, 3, 5), (("current", cur), ("arrears", arr), ("total", tot))):
        t.cell(r, j).merge(t.cell(r, j + 1))
        s = f"{pair[0]:.2f}（{pair[1]:.2f}）"
        cell_text(t.cell(r, j), s, MIN, 9, "r")
        F.add(debt=CANON[name], debt_raw=name, fy=2024, fy_raw="令和６年度決算", seg=seg, metric="collection_rate",
              basis="actual", value=pair[0], unit="percent", raw=f"{pair[0]:.2f}", page=P)
        F.add(debt=CANON[name], debt_raw=name, fy=2023, fy_raw="（　）内は令和５年度決算", seg=seg,
              metric="collection_rate", basis="actual", value=pair[1], unit="percent", raw=f"（{pair[1]:.2f}）", page=P)
    cell_text(t.cell(r, 7), f"{out:,}", MIN, 9, "r")
    F.add(debt=CANON[name], debt_raw=name, fy=2024, fy_raw="令和６年度決算", seg="total", metric="outstanding",
          basis="actual", value=out * 1000, unit="yen", raw=f"{out:,}", page=P)
    for j, seg, v in ((8, "current", tg[0]), (9, "total", tg[1])):
        cell_text(t.cell(r, j), f"{v:.2f}", MIN, 9, "r")
        F.add(debt=CANON[name], debt_raw=name, fy=2025, fy_raw="令和７年度目標", seg=seg, metric="collection_rate",
              basis="target", value=v, unit="percent", raw=f"{v:.2f}", page=P)
r = 3 + len(ORDER)
cell_text(t.cell(r, 0), "合　計（８債権）", GOT, 9, "c")
for j in (1, 3, 5):
    t.cell(r, j).merge(t.cell(r, j + 1))
    cell_text(t.cell(r, j), "－", MIN, 9, "c")
cell_text(t.cell(r, 7), f"{total_out:,}", MIN, 9, "r")
cell_text(t.cell(r, 8), "－", MIN, 9, "c")
cell_text(t.cell(r, 9), "－", MIN, 9, "c")
for cc in t.rows[r].cells:
    shade(cc, "EFEFEF")
F.add(debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度決算", seg="total", metric="outstanding", basis="actual",
      value=total_out * 1000, unit="yen", raw=f"{total_out:,}", page=P)
para("", space_after=4)
para("※　収納率は、収入済額÷調定額×100。合計欄の収納率は、債権により調定の時期が異なるため算出していない。", MIN, 8.5)
para("※　水道料金は水道事業会計（水道局所管）、その他の債権は一般会計及び特別会計に属する。", MIN, 8.5)
para("※　８債権の収入未済額は、全会計の収入未済額（約82億円）の約７割を占める。", MIN, 8.5)

# ------------------------------------------------------------------ pages 3-6: 取組個票 (portrait)
KOHYO_INITS = {
    "市税": [("①", "納期限後２か月以内の財産調査を徹底し、早期に滞納処分を行う。", "継続", False),
           ("②", "岡山県と連携した合同公売を年２回実施する。", "拡充", True),
           ("③", "固定資産税の納税通知書に口座振替申込用の二次元コードを印刷する。", "新規", False)],
    "国民健康保険料": [("①", "資格確認書の送付時に、口座振替依頼書を同封する。", "継続", False),
                ("②", "高額滞納世帯は納税課へ移管し、給与・預金の差押えを進める。", "継続", False),
                ("③", "外国人被保険者向けに、多言語の納付案内を作成する。", "新規", True)],
    "保育料": [("①", "児童手当からの申出による徴収の案内を、入園決定時に行う。", "継続", False),
            ("②", "卒園児の滞納分について、電話催告を集中的に実施する。", "拡充", False)],
    "母子父子寡婦福祉資金貸付金": [("①", "償還指導員による家庭訪問を月２回以上行う。", "継続", False),
                      ("②", "連帯保証人への請求を、滞納６か月の時点で行う。", "新規", True),
                      ("③", "回収の見込みがない債権は、債権放棄の手続を進める。", "継続", False)],
}
KADAI = {
    "市税": "滞納繰越分の収納率は年々上昇している。現年度分の早期着手を継続し、新たな滞納繰越の発生を抑える。",
    "国民健康保険料": "現年度分の収納率は上昇しているが、政令市平均を下回っている。口座振替率の向上が課題である。",
    "保育料": "９月末の現年度分収納率が前年同月を下回った。納付書払いの世帯への催告を早める。",
    "母子父子寡婦福祉資金貸付金": "滞納繰越分の収納率が低く、償還が長期化している。連帯保証人への請求を早期に行う。",
}

for n, k in enumerate(KOHYO):
    if n == 0:
        s = doc.add_section()
        setup_section(s)
    else:
        page_break()
    P = 3 + n
    name, can = k["name"], k["can"]
    para(f"資料２　取組個票（{n + 1}／４）", GOT, 10, "r", space_after=4)
    if name == "母子父子寡婦福祉資金貸付金":
        lb = table(1, 2, [120, 54], row_h=9)
        cell_text(lb.cell(0, 0), f"債権名　{name}", GOT, 10.5)
        shade(lb.cell(0, 0), "DCE6F1")
        cell_text(lb.cell(0, 1), f"{k['kubun']}", MIN, 9.5, "c")
        para(f"所管課：{k['ka']}", MIN, 9, "r", space_after=6)
    else:
        lb = table(1, 6, [20, 38, 18, 46, 20, 32], row_h=9)
        for j, v in enumerate(["債権名", name, "所管課", k["ka"], "債権区分", k["kubun"]]):
            cell_text(lb.cell(0, j), v, GOT if j % 2 == 0 else MIN, 9.5 if j % 2 == 0 else 9, "c")
            if j % 2 == 0:
                shade(lb.cell(0, j), "DCE6F1")
        para("", space_after=6)
    para("１　収納状況", GOT, 11, space_after=3)
    para("（１）現年度分（単位：千円）", GOT, 10, space_after=2)
    t = table(4, 5, [36, 34, 34, 34, 36], row_h=10)
    heads = ["区分", "令和４年度", "令和５年度", "令和６年度", "令和７年度\n９月末"]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, GOT, 9, "c")
        shade(t.cell(0, j), "DCE6F1")
    for i, lab in enumerate(["調定額※1", "収入済額\n（収納率）", "収入未済額"]):
        cell_text(t.cell(1 + i, 0), lab, GOT, 9, "c")
        shade(t.cell(1 + i, 0), "F2F2F2")
    cols = [(2022, "令和４年度", k["cA"][0], k["cC"][0], None), (2023, "令和５年度", k["cA"][1], k["cC"][1], None),
            (2024, "令和６年度", k["cA"][2], k["cC"][2], None), (2025, "令和７年度９月末", k["iA"], k["iC"], ASOF)]
    for j, (fy, fyr, A, C, asof) in enumerate(cols):
        basis = "interim" if asof else "actual"
        rt = rate(C, A)
        cell_text(t.cell(1, j + 1), f"{A:,}", MIN, 9, "r")
        cell_text(t.cell(2, j + 1), f"{C:,}\n（{rt:.2f}％）", MIN, 9, "r")
        cell_text(t.cell(3, j + 1), f"{A - C:,}", MIN, 9, "r")
        common = dict(debt=can, debt_raw=name, fy=fy, fy_raw=fyr, seg="current", basis=basis, as_of=asof, page=P)
        F.add(metric="assessed", value=A * 1000, unit="yen", raw=f"{A:,}", **common)
        F.add(metric="collected", value=C * 1000, unit="yen", raw=f"{C:,}", **common)
        F.add(metric="collection_rate", value=rt, unit="percent", raw=f"{rt:.2f}％", **common)
        F.add(metric="outstanding", value=(A - C) * 1000, unit="yen", raw=f"{A - C:,}", **common)
    para("※1　調定額は、減額調定後の額。令和７年度９月末は、９月末までに納期限が到来した分の調定額。", MIN, 8, space_after=6)
    para("（２）滞納繰越分（単位：千円、％）", GOT, 10, space_after=2)
    t2 = table(4, 5, [11, 24, 42, 42, 30], row_h=7.5)
    t2.cell(0, 0).merge(t2.cell(3, 0))
    cell_text(t2.cell(0, 0), "\n".join("滞納繰越"), GOT, 8.5, "c")
    shade(t2.cell(0, 0), "F2F2F2")
    for j, h in enumerate(["年度", "調定額", "収入済額", "収納率"]):
        cell_text(t2.cell(0, j + 1), h, GOT, 9, "c")
        shade(t2.cell(0, j + 1), "DCE6F1")
    years = [(2022, "R4"), (2023, "R5"), (2024, "R6")]
    for i, (fy, lab) in enumerate(years):
        A, C = k["aA"][i], k["aC"][i]
        rt = rate(C, A)
        cell_text(t2.cell(1 + i, 1), lab, MIN, 9, "c")
        cell_text(t2.cell(1 + i, 2), f"{A:,}", MIN, 9, "r")
        cell_text(t2.cell(1 + i, 3), f"{C:,}", MIN, 9, "r")
        cell_text(t2.cell(1 + i, 4), f"{rt:.2f}", MIN, 9, "r")
        common = dict(debt=can, debt_raw=name, fy=fy, fy_raw=lab, seg="arrears", basis="actual", page=P)
        F.add(metric="assessed", value=A * 1000, unit="yen", raw=f"{A:,}", **common)
        F.add(metric="collected", value=C * 1000, unit="yen", raw=f"{C:,}", **common)
        F.add(metric="collection_rate", value=rt, unit="percent", raw=f"{rt:.2f}", **common)
    para("", space_after=6)
    tg = TARGETS[name]
    para(f"【目標収納率】令和７年度　現年度分 {tg[0]:.2f}％　／　合計 {tg[1]:.2f}％", GOT, 10, space_after=8)
    for seg, v in (("current", tg[0]), ("total", tg[1])):
        F.add(debt=can, debt_raw=name, fy=2025, fy_raw="令和７年度", seg=seg, metric="collection_rate",
              basis="target", value=v, unit="percent", raw=f"{v:.2f}％", page=P)
    para("２　令和７年度の取組", GOT, 11, space_after=3)
    bx = table(1, 1, [174])
    c = bx.cell(0, 0)
    c.text = ""
    first = True
    for lab, text, stt, own in KOHYO_INITS[name]:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        set_font(p.add_run(f"{lab}{text}" + ("" if own else f"【{stt}】")), MIN, 10)
        p.paragraph_format.left_indent = Mm(5)
        p.paragraph_format.first_line_indent = Mm(-5)
        p.paragraph_format.space_after = Pt(2)
        if own:
            p2 = c.add_paragraph()
            set_font(p2.add_run(f"【{stt}】"), MIN, 10)
            p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        I.add(debt=can, debt_raw=name, fy=2025, section="令和７年度の取組", label=lab, text=text, status=stt, page=P)
    para("", space_after=6)
    para("３　課題と今後の方向性", GOT, 11, space_after=3)
    txt = (f"　９月末の現年度分収納率は{k['iR']:.2f}％で、前年同月（{k['iP']:.2f}％）"
           f"{'を上回っている' if k['iR'] >= k['iP'] else 'を下回っている'}。" + KADAI[name])
    para(txt, MIN, 10.5, space_after=2)
    F.add(debt=can, debt_raw=name, fy=2025, fy_raw="９月末", seg="current", metric="collection_rate",
          basis="interim", as_of=ASOF, value=k["iR"], unit="percent", raw=f"{k['iR']:.2f}％", page=P)
    F.add(debt=can, debt_raw=name, fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate",
          basis="interim", as_of=ASOF_PREV, value=k["iP"], unit="percent", raw=f"{k['iP']:.2f}％", page=P)

# ------------------------------------------------------------------ page 7: no debt — 不納欠損額の推移
page_break()
P = 7
para("参考資料", GOT, 11, "r", space_after=4)
para("不納欠損額の推移（全会計）", GOT, 13, space_after=2)
para("（単位：千円）", MIN, 9, "r", space_after=2)
WO = [(2020, "令和2年度", 512334, 12405, 1842), (2021, "3年度", 498120, 15330, 1766), (2022, "4年度", 455906, 18204, 1690),
      (2023, "5年度", 430218, 20118, 1575), (2024, "6年度", 401552, 22610, 1498)]
t = table(1 + len(WO), 4, [40, 44, 50, 40], style="Table Grid", row_h=8)
for j, h in enumerate(["年度", "不納欠損額", "うち債権放棄によるもの", "件数（件）"]):
    cell_text(t.cell(0, j), h, GOT, 9.5, "c")
    shade(t.cell(0, j), "DCE6F1")
for i, (fy, lab, w, wv, n) in enumerate(WO):
    cell_text(t.cell(1 + i, 0), lab, MIN, 9.5, "c")
    cell_text(t.cell(1 + i, 1), f"{w:,}", MIN, 9.5, "r")
    cell_text(t.cell(1 + i, 2), f"{wv:,}", MIN, 9.5, "r")
    cell_text(t.cell(1 + i, 3), f"{n:,}", MIN, 9.5, "r")
    F.add(debt=None, debt_raw=None, fy=fy, fy_raw=lab, seg="total", metric="written_off", basis="actual",
          value=w * 1000, unit="yen", raw=f"{w:,}", page=P)
para("", space_after=4)
para("※　令和６年度の不納欠損額のうち、市税分は62,150千円、国民健康保険料分は140,330千円である。", MIN, 8.5)
F.add(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual",
      value=62150000, unit="yen", raw="62,150千円", page=P)
F.add(debt="国民健康保険料", debt_raw="国民健康保険料", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off",
      basis="actual", value=140330000, unit="yen", raw="140,330千円", page=P)
para("※　件数は、不納欠損処分を行った債務者の延べ件数である。", MIN, 8.5, space_after=10)
para("【所見】", GOT, 10.5, space_after=2)
para("　不納欠損額は年々減少している。一方、私債権の債権放棄によるものは増加しており、債権管理条例に基づく"
     "放棄の基準を引き続き適正に運用する。", MIN, 10.5)

dp = WORK / f"{STEM}.docx"
doc.save(str(dp))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dp)], check=True,
               capture_output=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
document = {"kind": "committee_material", "family": "kobetsu", "municipality": CITY,
            "title": "令和７年度第２回岡山市債権管理対策会議", "date": "2025-11-20", "date_raw": "令和７年１１月２０日（木）"}
finish(STEM, out, document, F, I)
