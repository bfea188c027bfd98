"""qh_hekinan_committee_1: 令和7年度 第1回碧南市債権管理推進委員会 資料（取組個票） — python-docx → LibreOffice.

Run from corpus/frozen45:  python3 build/qh_hekinan_committee.py
All figures are invented; the gold is written from the same data that fills the document.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qh_common import WORK, Doc, c, rate, simulate, soffice_pdf, tri, wa  # noqa: E402

STEM = "qh_hekinan_committee_1"
TITLE = "令和7年度 第1回碧南市債権管理推進委員会 資料"
D = Doc(STEM, "committee_material", "committee", "碧南市", TITLE, "2025-07-24", "令和7年7月24日")

YEARS = list(range(2017, 2025))   # H29 … R6
# key: (printed name, canonical, 所管課, 会計, 債権区分)
INFO = {
    "zei": ("市税", "市税", "税務課", "一般会計", "強制徴収公債権"),
    "hoiku": ("保育料", "保育所保育料", "こども課", "一般会計", "強制徴収公債権"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "建築課", "一般会計", "私債権"),
    "kokuho": ("国民健康保険税", "国民健康保険料", "国保年金課", "国民健康保険事業特別会計", "強制徴収公債権"),
    "kaigo": ("介護保険料", "介護保険料", "高齢介護課", "介護保険事業特別会計", "強制徴収公債権"),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "後期高齢者医療特別会計", "強制徴収公債権"),
    "gesui": ("下水道使用料", "下水道使用料", "下水道課", "下水道事業会計", "強制徴収公債権"),
}
P = {  # 千円
    "zei": (16_420_000, 0.006, (98.74, 99.28), (24.6, 35.2), 0.07, 690_000),
    "hoiku": (288_000, -0.04, (98.10, 99.05), (16.0, 27.5), 0.08, 31_000),
    "jutaku": (96_500, -0.004, (96.20, 97.65), (11.2, 17.8), 0.02, 41_200),
    "kokuho": (1_985_000, -0.018, (93.40, 95.62), (21.5, 30.4), 0.11, 512_000),
    "kaigo": (1_712_000, 0.017, (98.62, 99.12), (14.1, 21.3), 0.22, 58_000),
    "kouki": (1_024_000, 0.033, (99.42, 99.63), (32.0, 41.5), 0.09, 11_600),
    "gesui": (1_318_000, 0.004, (98.95, 99.36), (38.0, 47.2), 0.04, 24_800),
}
S = simulate(P, YEARS)


def rt(d):
    return rate(d["c"], d["a"])


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(13)


def runfmt(run, size=None, bold=False, gothic=False):
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if gothic:
        run.font.name = "IPAexGothic"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    return run


def para(text="", size=10, bold=False, gothic=False, align=None, indent=0, first=0, after=0, before=0):
    p = doc.add_paragraph()
    if text:
        runfmt(p.add_run(text), size, bold, gothic)
    pf = p.paragraph_format
    if align:
        p.alignment = align
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    return p


def head(text, size=11.5):
    return para(text, size=size, bold=True, gothic=True, before=6, after=3)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def borders(cell, **kw):
    """kw: top/bottom/left/right = 'single'|'nil'."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for side, val in kw.items():
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
        b.append(e)


def put(cell, text, size=9, align=None, bold=False, gothic=False, fill=None, va=VA.CENTER):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        runfmt(p.add_run(ln), size, bold, gothic)
        if align:
            p.alignment = align
    cell.vertical_alignment = va
    if fill:
        shade(cell, fill)
    return cell


def table(rows, cols, widths, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for r in t.rows:
        r.height = Mm(6)
        for j, w in enumerate(widths):
            r.cells[j].width = Mm(w)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    D.page += 1


HEADFILL = "DCE4EE"
R = AL.RIGHT
CEN = AL.CENTER

# ================================================================== page 1: 次第・主要債権の状況
D.page = 1
para("資料１", size=9, align=R)
para(TITLE, size=14, bold=True, gothic=True, align=CEN, after=2)
para("令和7年7月24日（木）午後2時～　碧南市役所 4階 大会議室", size=9.5, align=CEN, after=6)
head("次　第")
for t_ in ["１　令和6年度決算における主要債権の状況について（報告）",
           "２　主要債権の取組個票について（協議）",
           "３　債権放棄の状況について（報告）",
           "４　その他"]:
    para(t_, indent=5)
head("１　主要債権の状況（令和6年度決算）")
para("（単位：千円）", size=8.5, align=R)
ACC = [("一般会計", ["zei", "hoiku", "jutaku"]), ("国民健康保険事業特別会計", ["kokuho"]),
       ("介護保険事業特別会計", ["kaigo"]), ("後期高齢者医療特別会計", ["kouki"]), ("下水道事業会計", ["gesui"])]
nrows = 1 + sum(len(ks) + (1 if len(ks) > 1 else 0) for _, ks in ACC) + 1
W1 = [27, 27, 18, 22, 22, 17, 20, 14]
t = table(nrows, 8, W1)
for j, h in enumerate(["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(％)"]):
    put(t.cell(0, j), h, align=CEN, gothic=True, fill=HEADFILL, size=8.5)
ri = 1
D.set(fy=2024, fy_raw="令和6年度決算", seg="total", basis="actual")


def sumrow(cells, d, fill=None):
    put(cells[3], D.f(c(d["a"]), d["a"] * 1000, "assessed"), align=R, fill=fill)
    put(cells[4], D.f(c(d["c"]), d["c"] * 1000, "collected"), align=R, fill=fill)
    put(cells[5], D.f(c(d["w"]), d["w"] * 1000, "written_off"), align=R, fill=fill)
    put(cells[6], D.f(c(d["o"]), d["o"] * 1000, "outstanding"), align=R, fill=fill)
    put(cells[7], D.f(f"{rt(d):.2f}", rt(d), "collection_rate"), align=R, fill=fill)


grand = {m: 0 for m in "acwo"}
for acc, ks in ACC:
    start = ri
    for k in ks:
        name, can, ka = INFO[k][:3]
        D.set(debt=can, debt_raw=name)
        cells = t.rows[ri].cells
        put(cells[1], name)
        put(cells[2], ka, size=8.5)
        sumrow(cells, S[k][2024]["total"])
        ri += 1
    if len(ks) > 1:
        d = {m: sum(S[k][2024]["total"][m] for k in ks) for m in "acwo"}
        D.set(debt=None, debt_raw="会計計")
        cells = t.rows[ri].cells
        a = cells[1].merge(cells[2])
        put(a, "会計計", align=CEN, fill="F0F0F0")
        sumrow(cells, d, "F0F0F0")
        ri += 1
    m = t.cell(start, 0).merge(t.cell(ri - 1, 0))
    put(m, acc, size=8.5)
    for k in ks:
        for x in "acwo":
            grand[x] += S[k][2024]["total"][x]
cells = t.rows[ri].cells
a = cells[0].merge(cells[2])
put(a, "総　計", align=CEN, bold=True, fill="E4E4E4")
D.set(debt=None, debt_raw="総計")
sumrow(cells, grand, "E4E4E4")
D.clear()
o23 = sum(S[k][2023]["total"]["o"] for k in INFO)
dd = grand["o"] - o23
man, man_d = grand["o"] // 10, abs(dd) // 10
para("", after=2)
p = para("　令和6年度決算における主要7債権の収入未済額は、総計で"
         + D.f(f"{man // 10000}億{man % 10000:,}万円", man * 10000, "outstanding", debt=None, debt_raw=None, fy=2024,
               fy_raw="令和6年度決算", seg="total", basis="actual", approx=True)
         + "余となり、前年度から"
         + D.f(f"{man_d // 10000}億{man_d % 10000:,}万円" if man_d >= 10000 else f"{man_d:,}万円", (-1 if dd < 0 else 1) * man_d * 10000,
               "difference", unit="yen", debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度決算", seg="total", basis="actual", approx=True)
         + "余" + ("減少" if dd < 0 else "増加") + "した。市税及び国民健康保険税の滞納繰越分の縮減が進んだ一方、"
         "市営住宅使用料は退去者分の回収が進まず、収納率が伸び悩んでいる。", size=9.5)
para("※ 収納率＝収入済額÷調定額×100。千円未満四捨五入のため、合計が一致しない場合がある。", size=8, before=3)

# ================================================================== sheet helpers


def strip(k, style="row"):
    name, can, ka, acc, kb = INFO[k]
    if style == "row":          # label/value strip
        t = table(1, 6, [20, 32, 18, 36, 20, 48])
        for j, (v, f) in enumerate([("債権名", HEADFILL), (name, None), ("所管課", HEADFILL), (ka, None), ("債権区分", HEADFILL), (kb, None)]):
            put(t.cell(0, j), v, align=CEN, fill=f, gothic=bool(f), size=9.5)
    else:                       # label and value in one header cell
        t = table(1, 3, [60, 52, 62])
        for j, v in enumerate([f"債権名　{name}", f"所管課　{ka}", f"債権区分　{kb}"]):
            put(t.cell(0, j), v, gothic=True, fill=HEADFILL, size=10 if j == 0 else 9)


def sheet_title(n, k):
    para(f"取組個票 {n}", size=9, align=R)
    para(f"主要債権の取組個票（{INFO[k][0]}）", size=13, bold=True, gothic=True, align=CEN, after=4)


ITEM_SEC = "令和7年度の取組"

# ================================================================== page 2: 市税（strip / 年度が行 / 備考に数値 / 目標と実績 / 現状と課題 / 縦書き見出し）
page_break()
k = "zei"
name, can = INFO[k][:2]
sheet_title(1, k)
strip(k)
head("１　収納状況の推移")
para("（単位：千円）", size=8.5, align=R)
yrs = [2020, 2021, 2022, 2023, 2024]
t = table(len(yrs) + 1, 7, [20, 27, 27, 16, 20, 24, 40])
for j, h in enumerate(["年度", "調定額", "収入済額", "収納率(％)", "不納欠損額", "収入未済額", "備考"]):
    put(t.cell(0, j), h, align=CEN, gothic=True, fill=HEADFILL)
D.set(debt=can, debt_raw=name, seg="total", basis="actual")
for i, y in enumerate(yrs, 1):
    d = S[k][y]["total"]
    D.set(fy=y, fy_raw=wa(y))
    put(t.cell(i, 0), wa(y), align=CEN)
    put(t.cell(i, 1), D.f(c(d["a"]), d["a"] * 1000, "assessed"), align=R)
    put(t.cell(i, 2), D.f(c(d["c"]), d["c"] * 1000, "collected"), align=R)
    put(t.cell(i, 3), D.f(f"{rt(d):.2f}", rt(d), "collection_rate"), align=R)
    put(t.cell(i, 4), D.f(c(d["w"]), d["w"] * 1000, "written_off"), align=R)
    put(t.cell(i, 5), D.f(c(d["o"]), d["o"] * 1000, "outstanding"), align=R)
    if y >= 2022:
        ao = S[k][y]["arrears"]["o"]
        put(t.cell(i, 6), "うち滞納繰越分 " + D.f(c(ao) + "千円", ao * 1000, "outstanding", seg="arrears"), size=8)
D.clear()
head("２　目標と実績")
TG = {}
t = table(6, 7, [22, 20, 20, 17, 20, 20, 17])
put(t.cell(0, 0).merge(t.cell(1, 0)), "年度", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 1).merge(t.cell(0, 3)), "現年度分", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 4).merge(t.cell(0, 6)), "滞納繰越分", align=CEN, gothic=True, fill=HEADFILL)
for j, h in enumerate(["目標(％)", "実績(％)", "達成率(％)"] * 2):
    put(t.cell(1, j + 1), h, align=CEN, gothic=True, fill=HEADFILL, size=8.5)
D.set(debt=can, debt_raw=name)
for i, y in enumerate([2022, 2023, 2024, 2025], 2):
    put(t.cell(i, 0), wa(y), align=CEN)
    for si, sg in enumerate(("current", "arrears")):
        col = 1 + si * 3
        if y <= 2024:
            act = rt(S[k][y][sg])
            tg = round(act + (0.06 if sg == "current" else 1.1) * (1 if y != 2023 else -0.5), 2)
            put(t.cell(i, col), D.f(f"{tg:.2f}", tg, "collection_rate", fy=y, fy_raw=wa(y), seg=sg, basis="target"), align=R)
            put(t.cell(i, col + 1), D.f(f"{act:.2f}", act, "collection_rate", fy=y, fy_raw=wa(y), seg=sg, basis="actual"), align=R)
            put(t.cell(i, col + 2), f"{act / tg * 100:.1f}", align=R)
        else:
            tg = round(rt(S[k][2024][sg]) + (0.05 if sg == "current" else 1.5), 2)
            TG[(k, sg)] = tg
            put(t.cell(i, col), D.f(f"{tg:.2f}", tg, "collection_rate", fy=y, fy_raw=wa(y), seg=sg, basis="target"), align=R)
            put(t.cell(i, col + 1), "－", align=CEN)
            put(t.cell(i, col + 2), "－", align=CEN)
D.clear()
head("３　現状と課題")
o24, o23 = S[k][2024]["total"]["o"], S[k][2023]["total"]["o"]
ra24, ra23 = rt(S[k][2024]["arrears"]), rt(S[k][2023]["arrears"])
t = table(2, 2, [30, 144])
put(t.cell(0, 0), "現状と課題", align=CEN, gothic=True, fill=HEADFILL)
D.set(debt=can, debt_raw=name, fy=2024, fy_raw="令和6年度末", basis="actual")
txt = ("令和6年度末の収入未済額は" + D.f(f"{c(o24)}千円", o24 * 1000, "outstanding", seg="total")
       + "で、前年度より" + D.f(f"{c(abs(o24 - o23))}千円", (o24 - o23) * 1000, "difference", unit="yen", seg="total")
       + ("減少" if o24 < o23 else "増加") + "した。滞納繰越分の収納率は"
       + D.f(f"{ra24:.2f}％", ra24, "collection_rate", seg="arrears", fy_raw="令和6年度")
       + "で、前年度比" + D.f(f"{abs(ra24 - ra23):.1f}", round(ra24 - ra23, 1), "difference", unit="points", seg="arrears", fy_raw="令和6年度")
       + "ポイント" + ("改善" if ra24 >= ra23 else "悪化") + "した。一方で、100万円以上の高額滞納案件が滞納繰越分の約4割を占めており、"
       "早期の財産調査と滞納処分の徹底が課題である。")
put(t.cell(0, 1), txt, size=9)
put(t.cell(1, 0), "収入未済額\n（令和6年度末）", align=CEN, gothic=True, fill=HEADFILL, size=8.5)
put(t.cell(1, 1), D.f(f"{c(o24)}千円", o24 * 1000, "outstanding", seg="total"), size=9.5)
D.clear()
head("４　令和7年度の取組")
ZEI_ITEMS = {
    "現年度分": [("①", "納期限後20日以内に督促状を発送し、その後30日以内に文書及び電話による催告を行う。", "継続"),
              ("②", "新たに個人住民税の特別徴収義務者となる事業所に対し、納入方法の説明会を開催する。", "新規"),
              ("③", "スマートフォン決済及び口座振替の利用を納税通知書で案内する。", "拡充")],
    "滞納繰越分": [("①", "滞納額100万円以上の案件を収納対策係に集約し、進行管理表により毎月進捗を確認する。", "継続"),
               ("②", "預貯金調査を電子照会により一括して行い、差押えまでの期間を短縮する。", "拡充"),
               ("③", "納付資力のない案件は、執行停止の要件を確認のうえ速やかに処理する。", None)],
}
t = table(2, 3, [10, 24, 140])
v = t.cell(0, 0).merge(t.cell(1, 0))
put(v, "取組内容", align=CEN, gothic=True, fill=HEADFILL)
vertical(v)
for i, (segname, items) in enumerate(ZEI_ITEMS.items()):
    put(t.cell(i, 1), segname, align=CEN, gothic=True)
    cell = t.cell(i, 2)
    cell.text = ""
    for j, (lab, text, stt) in enumerate(items):
        p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
        runfmt(p.add_run(f"{lab}{text}" + (f"【{stt}】" if stt else "")), 9)
        D.item(text, can, 2025, f"４　令和7年度の取組（{segname}）", lab, stt, debt_raw=name)
t.rows[0].height = Mm(24)
t.rows[1].height = Mm(24)

# ================================================================== page 3: 国民健康保険税（見出しセルに債権名 / 年度降順 / 収納率を先に / 取組見出しのない表）
page_break()
k = "kokuho"
name, can = INFO[k][:2]
sheet_title(2, k)
strip(k, style="cell")
head("１　収納状況（決算）")
para("（収納率：％、金額：千円）", size=8.5, align=R)
yrs = [2024, 2023, 2022, 2021, 2020]
t = table(len(yrs) + 2, 7, [18, 19, 19, 30, 30, 20, 38])
put(t.cell(0, 0).merge(t.cell(1, 0)), "年度", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 1).merge(t.cell(0, 2)), "収納率", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 3).merge(t.cell(0, 5)), "合計（現年度分＋滞納繰越分）", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 6).merge(t.cell(1, 6)), "滞納繰越分\n収入未済額", align=CEN, gothic=True, fill=HEADFILL, size=8.5)
for j, h in enumerate(["現年度分", "滞納繰越分", "調定額", "収入済額", "収入未済額"]):
    put(t.cell(1, j + 1), h, align=CEN, gothic=True, fill=HEADFILL, size=8.5)
D.set(debt=can, debt_raw=name, basis="actual")
for i, y in enumerate(yrs, 2):
    lab = f"R{y - 2018}"
    D.set(fy=y, fy_raw=lab)
    d = S[k][y]
    put(t.cell(i, 0), lab, align=CEN)
    put(t.cell(i, 1), D.f(f"{rt(d['current']):.2f}", rt(d["current"]), "collection_rate", seg="current"), align=R)
    put(t.cell(i, 2), D.f(f"{rt(d['arrears']):.2f}", rt(d["arrears"]), "collection_rate", seg="arrears"), align=R)
    put(t.cell(i, 3), D.f(c(d["total"]["a"]), d["total"]["a"] * 1000, "assessed", seg="total"), align=R)
    put(t.cell(i, 4), D.f(c(d["total"]["c"]), d["total"]["c"] * 1000, "collected", seg="total"), align=R)
    put(t.cell(i, 5), D.f(c(d["total"]["o"]), d["total"]["o"] * 1000, "outstanding", seg="total"), align=R)
    put(t.cell(i, 6), D.f(c(d["arrears"]["o"]), d["arrears"]["o"] * 1000, "outstanding", seg="arrears"), align=R)
D.clear()
head("２　現状")
d24, d23 = S[k][2024], S[k][2023]
rc24, rc23 = rt(d24["current"]), rt(d23["current"])
D.set(debt=can, debt_raw=name, fy=2024, fy_raw="令和6年度", basis="actual")
para("　令和6年度の現年度分の収納率は" + D.f(f"{rc24:.2f}％", rc24, "collection_rate", seg="current")
     + "で、前年度比" + D.f(f"{abs(rc24 - rc23):.2f}", round(rc24 - rc23, 2), "difference", unit="points", seg="current")
     + "ポイント" + ("上昇" if rc24 >= rc23 else "低下") + "した。被保険者数の減少に伴い調定額は減少傾向にあり、収入未済額は"
     + D.f(f"{c(d24['total']['o'])}千円", d24["total"]["o"] * 1000, "outstanding", seg="total")
     + "となった。資格喪失後の未納と、所得の把握が困難な世帯の滞納が課題である。", size=9.5)
D.clear()
head("３　目標")
para(f"　令和7年度の目標収納率　現年度分 "
     + D.f(f"{rc24 + 0.18:.2f}％", round(rc24 + 0.18, 2), "collection_rate", debt=can, debt_raw=name, fy=2025, fy_raw="令和7年度", seg="current", basis="target")
     + "　滞納繰越分 "
     + D.f(f"{rt(d24['arrears']) + 1.2:.2f}％", round(rt(d24["arrears"]) + 1.2, 2), "collection_rate", debt=can, debt_raw=name, fy=2025, fy_raw="令和7年度", seg="arrears", basis="target"),
     size=10, gothic=True)
para("", after=4)
KOKU = {
    "現年度分": [("(1)", "資格取得時に口座振替の申込みを受け付け、口座振替による納付を原則とする。", "継続"),
              ("(2)", "納期限を過ぎた世帯に対し、翌月に文書催告とSMS催告を併せて行う。", "新規"),
              ("(3)", "資格喪失の届出時に未納分の納付相談を行い、分納誓約書を徴する。", "拡充")],
    "滞納繰越分": [("(1)", "財産調査の結果、資力がある世帯には預貯金等の差押えを速やかに実施する。", "継続"),
               ("(2)", "短期被保険者証の更新時に面談を行い、生活状況を聴き取ったうえで納付計画を見直す。", None)],
}
t = table(3, 2, [26, 148])
put(t.cell(0, 0), "区分", align=CEN, gothic=True, fill=HEADFILL)
put(t.cell(0, 1), "令和7年度の方針", align=CEN, gothic=True, fill=HEADFILL)
for i, (segname, items) in enumerate(KOKU.items(), 1):
    put(t.cell(i, 0), segname, align=CEN)
    cell = t.cell(i, 1)
    cell.text = ""
    first = True
    for lab, text, stt in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if segname == "滞納繰越分" and lab == "(1)":
            # the item alone on its line, its tag on the next line
            runfmt(p.add_run(f"{lab}{text}"), 9)
            p2 = cell.add_paragraph()
            runfmt(p2.add_run(f"【{stt}】"), 9)
            p2.alignment = R
        else:
            runfmt(p.add_run(f"{lab}{text}" + (f"【{stt}】" if stt else "")), 9)
        D.item(text, can, 2025, "令和7年度の方針", f"{segname}{lab}", stt, debt_raw=name)

# ================================================================== page 4: 介護保険料（年度が列 / 上下罫線のみの表 / 見出しのみの取組）
page_break()
k = "kaigo"
name, can = INFO[k][:2]
sheet_title(3, k)
strip(k)
head("１　収納状況の推移（現年度分・滞納繰越分の計）")
yrs = [2020, 2021, 2022, 2023, 2024]
t = table(5, 6, [34, 28, 28, 28, 28, 28], style=None)
put(t.cell(0, 0), "区分（単位：千円、％）", size=8.5, gothic=True)
for j, y in enumerate(yrs, 1):
    put(t.cell(0, j), f"{y}年度", align=R, gothic=True)
for cell in t.rows[0].cells:
    borders(cell, top="single", bottom="single")
D.set(debt=can, debt_raw=name, seg="total", basis="actual")
for i, (lab, m) in enumerate([("調定額", "a"), ("収入済額", "c"), ("収納率", "r"), ("収入未済額", "o")], 1):
    put(t.cell(i, 0), lab)
    for j, y in enumerate(yrs, 1):
        d = S[k][y]["total"]
        D.set(fy=y, fy_raw=f"{y}年度")
        if m == "r":
            put(t.cell(i, j), D.f(f"{rt(d):.2f}", rt(d), "collection_rate"), align=R)
        else:
            met = {"a": "assessed", "c": "collected", "o": "outstanding"}[m]
            put(t.cell(i, j), D.f(c(d[m]), d[m] * 1000, met), align=R)
for cell in t.rows[4].cells:
    borders(cell, bottom="single")
D.clear()
para("※ 2020年度は令和2年度、2024年度は令和6年度をいう。", size=8, before=2)
head("２　現状と課題")
d24, d23 = S[k][2024], S[k][2023]
D.set(debt=can, debt_raw=name, fy=2024, fy_raw="令和6年度", basis="actual")
para("　令和6年度の不納欠損額は" + D.f(f"{c(d24['total']['w'])}千円", d24["total"]["w"] * 1000, "written_off", seg="total")
     + "で、時効による欠損が大半を占める。滞納繰越分の収納率は"
     + D.f(f"{rt(d24['arrears']):.2f}％", rt(d24["arrears"]), "collection_rate", seg="arrears")
     + "にとどまっており、普通徴収の被保険者への早期の働きかけが必要である。", size=9.5)
D.clear()
head("３　目標")
tg_c = round(rt(d24["current"]) + 0.06, 2)
para("　令和7年度　現年度分収納率 "
     + D.f(f"{tg_c:.2f}％", tg_c, "collection_rate", debt=can, debt_raw=name, fy=2025, fy_raw="令和7年度", seg="current", basis="target")
     + "（令和6年度実績 "
     + D.f(f"{rt(d24['current']):.2f}％", rt(d24["current"]), "collection_rate", debt=can, debt_raw=name, fy=2024, fy_raw="令和6年度実績", seg="current", basis="actual")
     + "）", size=10)
head("４　今後の取組")
KAIGO = [("ア", "65歳到達時の案内に口座振替申込書を同封し、普通徴収期間の未納を防ぐ。", "新規"),
         ("イ", "未納が2期以上続く被保険者に対し、地域包括支援センターと連携して訪問催告を行う。", "継続"),
         ("ウ", "給付制限の対象となる被保険者には、事前に制度の説明文書を送付し、納付相談を促す。", "継続"),
         ("エ", "時効が近い債権については、財産調査を行ったうえで差押え又は執行停止を判断する。", "拡充")]
for lab, text, stt in KAIGO:
    para(f"{lab}　{text}【{stt}】", size=9.5, indent=6, first=-6)
    D.item(text, can, 2025, "４　今後の取組", lab, stt, debt_raw=name)

# ================================================================== page 5: 市営住宅使用料（罫線のない表 / 枠囲みの取組）
page_break()
k = "jutaku"
name, can = INFO[k][:2]
sheet_title(4, k)
strip(k)
head("１　収納状況の推移")
p = para("年度\t調定額（円）\t収入済額（円）\t収入未済額（円）\t収納率（％）", size=9.5, gothic=True, before=2, after=2)
TABS = [(58, WD_TAB_ALIGNMENT.RIGHT), (92, WD_TAB_ALIGNMENT.RIGHT), (128, WD_TAB_ALIGNMENT.RIGHT), (160, WD_TAB_ALIGNMENT.RIGHT)]


def tabs(p):
    for pos, al in TABS:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(pos), al)


tabs(p)
KAN = {2020: "令和二年度", 2021: "令和三年度", 2022: "令和四年度", 2023: "令和五年度", 2024: "令和六年度"}
EXTRA = {2020: 412, 2021: 87, 2022: 731, 2023: 256, 2024: 618}   # 円 below the 千円 of the model
D.set(debt=can, debt_raw=name, seg="total", basis="actual")
for y in [2020, 2021, 2022, 2023, 2024]:
    d = S[k][y]["total"]
    a = d["a"] * 1000 + EXTRA[y]
    cc = d["c"] * 1000 + EXTRA[y] // 3
    found = rate(cc, a) == rt(d)
    for ea in ([EXTRA[y]] + list(range(-499, 500, 37))) if not found else []:
        for ec in range(-499, 500, 7):
            a, cc = d["a"] * 1000 + ea, d["c"] * 1000 + ec
            if rate(cc, a) == rt(d):
                found = True
                break
        if found:
            break
    assert rate(cc, a) == rt(d), y
    o = a - cc - d["w"] * 1000
    r_ = rate(cc, a)
    D.set(fy=y, fy_raw=KAN[y])
    p = para(f"{KAN[y]}\t{D.f(c(a), a, 'assessed')}\t{D.f(c(cc), cc, 'collected')}\t{D.f(c(o), o, 'outstanding')}\t"
             f"{D.f(f'{r_:.2f}', r_, 'collection_rate')}", size=9.5, after=1)
    tabs(p)
D.clear()
para("※ 収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額。", size=8, before=2)
head("２　現状と課題")
d24 = S[k][2024]
para("　退去者の滞納使用料が滞納繰越分の大半を占めており、連帯保証人の高齢化や所在不明により回収が困難な案件が増えている。"
     "入居中の滞納者については、3か月以上の滞納で明渡し請求の対象となることを文書で通知している。", size=9.5)
head("３　令和7年度の取組")
JUT = [("・", "滞納2か月の時点で、入居者本人及び連帯保証人に納付指導を行う。", "継続"),
       ("・", "6か月以上の長期滞納者に対し、明渡し請求訴訟を提起する。", "継続"),
       ("・", "退去者の滞納分について、弁護士への回収業務委託を開始する。", "新規"),
       ("・", "所在不明の退去者は、住民票調査を行ったうえで徴収停止を判断する。", None)]
t = table(1, 1, [174])
cell = t.cell(0, 0)
cell.text = ""
for j, (lab, text, stt) in enumerate(JUT):
    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
    runfmt(p.add_run(f"{lab}{text}" + (f"【{stt}】" if stt else "")), 9.5)
    D.item(text, can, 2025, "３　令和7年度の取組", lab, stt, debt_raw=name)
para("", after=6)
head("４　令和6年度の債権放棄（市営住宅使用料）")
para("　碧南市債権管理条例第12条の規定により、時効期間が経過した退去者分の滞納使用料（9件）の債権を放棄した。", size=9.5)

# ================================================================== pages 6-7: landscape 収納率の推移 (wide table continued)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.left_margin = new.right_margin = Mm(15)
new.top_margin, new.bottom_margin = Mm(14), Mm(12)
D.page += 1
ORDER = ["zei", "kokuho", "kaigo", "kouki", "hoiku", "jutaku", "gesui"]


def wide(years, title, cont=False):
    para(title, size=12, bold=True, gothic=True, after=2)
    para("（単位：％）", size=8.5, align=R)
    t = table(len(ORDER) + 3, 1 + 2 * len(years), [46] + [27] * (2 * len(years)))
    put(t.cell(0, 0).merge(t.cell(1, 0)), "債権名", align=CEN, gothic=True, fill=HEADFILL)
    for j, y in enumerate(years):
        put(t.cell(0, 1 + 2 * j).merge(t.cell(0, 2 + 2 * j)), wa(y), align=CEN, gothic=True, fill=HEADFILL)
        put(t.cell(1, 1 + 2 * j), "現年度分", align=CEN, fill=HEADFILL, size=8.5)
        put(t.cell(1, 2 + 2 * j), "滞納繰越分", align=CEN, fill=HEADFILL, size=8.5)
    for i, k in enumerate(ORDER + ["all"], 2):
        if k == "all":
            put(t.cell(i, 0), "主要債権全体", fill="F0F0F0")
            D.set(debt=None, debt_raw="主要債権全体", basis="actual")
        else:
            put(t.cell(i, 0), INFO[k][0])
            D.set(debt=INFO[k][1], debt_raw=INFO[k][0], basis="actual")
        for j, y in enumerate(years):
            for si, sg in enumerate(("current", "arrears")):
                if k == "all":
                    d = {m: sum(S[x][y][sg][m] for x in ORDER) for m in "acwo"}
                else:
                    d = S[k][y][sg]
                put(t.cell(i, 1 + 2 * j + si), D.f(f"{rt(d):.2f}", rt(d), "collection_rate", fy=y, fy_raw=wa(y), seg=sg),
                    align=R, fill="F0F0F0" if k == "all" else None)
    D.clear()
    for r_ in t.rows:
        r_.height = Mm(9)


wide([2017, 2018, 2019, 2020], "（参考）主要債権の収納率の推移（平成29年度～令和6年度）")
para("※ 令和3年度以降は次頁に続く。", size=8.5, before=3)
page_break()
wide([2021, 2022, 2023, 2024], "（参考）主要債権の収納率の推移（続き）", cont=True)
para("※ 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）。", size=8.5, before=3)

src = WORK / f"{STEM}.docx"
doc.save(src)
pdf = soffice_pdf(src, STEM)
D.write(pdf)
