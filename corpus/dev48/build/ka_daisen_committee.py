"""ka_daisen_committee_1: 令和７年度第２回大仙市債権管理対策会議 資料（書面開催）, 取組個票 per debt.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev48:  python3 build/ka_daisen_committee.py
All amounts are kept in 千円 (the document's only amount unit), so the printed identities hold exactly.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ka_common import WORK, Gold, check, num, pct, rate, wareki, zen  # noqa: E402

STEM = "ka_daisen_committee_1"
CITY = "大仙市"
g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度第２回大仙市債権管理対策会議 資料",
         "2025-11-10", "令和７年１１月１０日付け")

YEARS = list(range(2018, 2026))  # 平成30年度 .. 令和7年度 (2025 = 見込)
EST = 2025

# ---------------------------------------------------------------- data (千円)
# per debt: canonical, printed full name, short name, arrears assessed in 2018,
# per year: current assessed, current rate (%), arrears rate (%), written-off share of arrears (%)
SPEC = {
    "tax": ("市税", "市税", "市税", 468200,
            [8412300, 8465100, 8233900, 8398600, 8501200, 8544800, 8590300, 8612000],
            [98.62, 98.71, 98.45, 98.90, 99.02, 99.10, 99.21, 99.25],
            [21.4, 22.6, 20.8, 23.5, 25.2, 27.2, 26.5, 27.0],
            [9.1, 8.6, 7.9, 8.8, 9.4, 8.2, 10.3, 8.0]),
    "kokuho": ("国民健康保険料", "国民健康保険税", "国保税", 431500,
               [1712400, 1698300, 1676500, 1654200, 1621800, 1598400, 1561200, 1532000],
               [94.85, 95.02, 94.71, 95.18, 95.40, 95.63, 95.88, 96.00],
               [18.3, 18.9, 17.6, 19.4, 20.2, 21.1, 21.9, 22.4],
               [7.2, 6.8, 6.1, 7.5, 7.9, 8.4, 8.1, 7.6]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", 6120,
              [698400, 705300, 712800, 716900, 724500, 738200, 751600, 760000],
              [99.52, 99.55, 99.48, 99.58, 99.61, 99.63, 99.66, 99.66],
              [41.2, 43.5, 39.8, 44.1, 45.6, 46.2, 47.5, 48.0],
              [3.1, 2.8, 3.4, 2.9, 3.2, 3.0, 3.3, 3.0]),
    "kaigo": ("介護保険料", "介護保険料", "介護料", 31800,
              [1402300, 1415600, 1421900, 1430400, 1446800, 1489200, 1501300, 1508000],
              [99.12, 99.18, 99.05, 99.21, 99.27, 99.31, 99.35, 99.40],
              [20.5, 21.3, 19.7, 22.4, 23.1, 22.8, 23.6, 24.0],
              [14.2, 13.8, 12.9, 13.5, 12.8, 13.1, 12.6, 12.0]),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "住宅使用料", 52400,
               [214300, 212800, 210600, 208900, 206200, 203800, 201500, 199800],
               [96.52, 96.71, 96.38, 96.85, 96.97, 97.12, 97.30, 97.40],
               [13.6, 14.2, 12.9, 14.8, 15.3, 16.1, 16.8, 17.0],
               [2.1, 1.8, 2.5, 1.9, 2.2, 2.0, 2.4, 2.0]),
    "gesui": ("下水道使用料", "下水道使用料", "下水道", 39600,
              [968200, 972400, 975800, 979300, 983600, 986100, 988400, 990000],
              [98.41, 98.52, 98.33, 98.60, 98.71, 98.76, 98.84, 98.90],
              [34.2, 35.1, 33.6, 36.3, 37.2, 38.0, 38.9, 39.0],
              [4.0, 3.6, 4.4, 3.8, 3.5, 3.9, 3.7, 3.5]),
}
ORDER = ["tax", "kokuho", "kouki", "kaigo", "jutaku", "gesui"]


def chain(key):
    canon, full, short, arr0, ca, cr, ar, wr = SPEC[key]
    out, arr = {}, arr0
    for i, y in enumerate(YEARS):
        cc = round(ca[i] * cr[i] / 100)
        ac = round(arr * ar[i] / 100)
        wo = round(arr * wr[i] / 100)
        ta, tc = ca[i] + arr, cc + ac
        o = ta - tc - wo
        out[y] = dict(ca=ca[i], cc=cc, cr=rate(cc, ca[i]), aa=arr, ac=ac, ar=rate(ac, arr), ta=ta, tc=tc,
                      tr=rate(tc, ta), wo=wo, out=o)
        arr = o
    return out


DATA = {k_: chain(k_) for k_ in ORDER}
TOTAL = {}
for y in YEARS:
    t = {m: sum(DATA[k_][y][m] for k_ in ORDER) for m in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
    t.update(cr=rate(t["cc"], t["ca"]), ar=rate(t["ac"], t["aa"]), tr=rate(t["tc"], t["ta"]))
    TOTAL[y] = t


def basis(y):
    return "estimate" if y == EST else "actual"


def fyr(y, suffix="年度"):
    return wareki(y) + suffix


# ---------------------------------------------------------------- docx helpers
D = docx.Document()
sec = D.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.4)
sec.footer_distance = Cm(0.7)
for name, font in (("Normal", "IPAexMincho"),):
    st = D.styles[name]
    st.font.name = font
    st.font.size = Pt(10)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.1

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("- ")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r")
tt = OxmlElement("w:t")
tt.text = "1"
rr.append(tt)
fld.append(rr)
fp._p.append(fld)
fp.add_run(" -")

PAGE = [1]


def page_break():
    D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    PAGE[0] += 1


def run_font(run, size=None, bold=False, gothic=False, color=None):
    font = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", size=10, bold=False, gothic=False, align=None, indent=None, first=None, before=0, after=0):
    p = D.add_paragraph()
    if text:
        run_font(p.add_run(text), size, bold, gothic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def cell_text(cell, text, size=8, align="r", bold=False, gothic=True, fill=None):
    lines = text.split("\n") if isinstance(text, str) else text
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run_font(p.add_run(line), size, bold, gothic)
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(rows, cols, widths, style="Table Grid", margin=0.12):
    t = D.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    tblPr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(int(margin * 567)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    return t


def F(raw, value, unit, metric, debt, debt_raw, fy, fy_raw, seg, basis_, as_of=None, approx=False):
    g.fact(PAGE[0], raw, value, unit, metric, debt, debt_raw, fy, fy_raw, seg, basis_, as_of, approx)


HEAD = "D9E2F3"
SUB = "EDEDED"

# ---------------------------------------------------------------- page 1: 次第
para("令和７年度第２回大仙市債権管理対策会議", 14, gothic=True, align="c", before=30)
para("次　　第", 14, gothic=True, align="c", before=6, after=18)
para("１　開催方法", 11, gothic=True, before=6)
para("新型コロナウイルス感染症の状況にかかわらず、事務の効率化の観点から書面開催とし、令和７年１１月１０日付けで"
     "各委員に資料を送付し、令和７年１１月２１日（金）までに意見の提出を求めるものとする。", 10.5, indent=0.7, first=0.35)
para("２　議　　題", 11, gothic=True, before=10)
AGENDA = ["令和７年度主要債権の取組状況（９月末）について",
          "令和６年度決算に基づく債権放棄の状況について",
          "令和８年度全庁的な債権管理の重点取組（案）について"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(i)}）{a}", 10.5, indent=0.7, before=2)
para("３　資　　料", 11, gothic=True, before=10)
for s in ("資料１　主要債権の収入未済額等の推移", "資料２　債権別取組個票（市税・国民健康保険税・介護保険料・市営住宅使用料）",
          "資料３　令和８年度全庁的な債権管理の重点取組（案）"):
    para(s, 10.5, indent=0.7, before=2)
para("４　構成員（委員８名、事務局３名）", 11, gothic=True, before=10, after=4)
MEMBERS = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "企画部長"), ("委員", "市民部長"),
           ("委員", "健康福祉部長"), ("委員", "子ども・若者部長"), ("委員", "建設部長"), ("委員", "上下水道局長"),
           ("事務局", "総務部収納課長"), ("事務局", "総務部収納課参事（債権管理担当）"), ("事務局", "総務部収納課債権管理係長")]
t = table(len(MEMBERS), 2, [3.0, 8.0])
for i, (role, title) in enumerate(MEMBERS):
    cell_text(t.cell(i, 0), role, 10, "c", gothic=False)
    cell_text(t.cell(i, 1), title, 10, "l", gothic=False)
para("※ 意見の提出は、別紙様式により総務部収納課あて電子メールで行うこと。", 9, before=10)
page_break()

# ---------------------------------------------------------------- page 2: 資料１
para("資料１", 10, gothic=True, align="r")
para("主要債権の収入未済額等の推移", 13, gothic=True, align="c", after=6)
T6, T5 = TOTAL[2024], TOTAL[2023]
out_approx = round(T6["out"] * 1000, -6)
diff_approx = round((T6["out"] - T5["out"]) * 1000, -6)
tax6, tax5 = DATA["tax"][2024], DATA["tax"][2023]
kok6 = DATA["kokuho"][2024]


def oku_man(yen: int) -> str:
    """約９億８,２００万円 style (full-width digits)."""
    oku, man = divmod(yen // 10000, 10000)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")
    return zen(s)


box = table(1, 1, [17.2])
c = box.cell(0, 0)
lines = ["【参考】令和６年度決算の概要",
         f"・収入未済額（主要６債権の合計）：約{oku_man(out_approx)}",
         f"・前年度からの減少額：約{oku_man(-diff_approx)}",
         f"・市税収納率（現年度分）：{zen(pct(tax6['cr']))}％（前年度{zen(pct(tax5['cr']))}％）",
         f"・市税収納率（滞納繰越分）：{zen(pct(tax6['ar']))}％",
         f"・国保税収納率（現年度分）：{zen(pct(kok6['cr']))}％"]
cell_text(c, lines, 9.5, "l", gothic=True)
assert diff_approx < 0
F(f"約{oku_man(out_approx)}", out_approx, "yen", "outstanding", None, "主要６債権の合計", 2024, "令和６年度", "total",
  "actual", approx=True)
F(f"約{oku_man(-diff_approx)}", diff_approx, "yen", "difference", None, "主要６債権の合計", 2024, "令和６年度", "total",
  "actual", approx=True)
F(f"{zen(pct(tax6['cr']))}％", tax6["cr"], "percent", "collection_rate", "市税", "市税", 2024, "令和６年度", "current", "actual")
F(f"{zen(pct(tax5['cr']))}％", tax5["cr"], "percent", "collection_rate", "市税", "市税", 2023, "前年度", "current", "actual")
F(f"{zen(pct(tax6['ar']))}％", tax6["ar"], "percent", "collection_rate", "市税", "市税", 2024, "令和６年度", "arrears", "actual")
F(f"{zen(pct(kok6['cr']))}％", kok6["cr"], "percent", "collection_rate", "国民健康保険料", "国保税", 2024, "令和６年度",
  "current", "actual")

para("表１　主要債権の収納状況（令和５年度・令和６年度決算）", 10, gothic=True, before=8)
para("（単位：千円、％）", 8, align="r")
LEG = "債権名の略称：国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、介護料＝介護保険料、住宅使用料＝市営住宅使用料、下水道＝下水道使用料"
t = table(3 + len(ORDER) + 1, 13, [1.4] + [1.5, 1.5, 1.0] * 4, margin=0.04)
t.cell(0, 0).merge(t.cell(2, 0))
cell_text(t.cell(0, 0), "債権名", 7.5, "c", fill=HEAD)
for bi, y in enumerate((2023, 2024)):
    a = t.cell(0, 1 + bi * 6).merge(t.cell(0, 6 + bi * 6))
    cell_text(a, f"{fyr(y)}決算", 7.5, "c", fill=HEAD)
    for si, seg in enumerate(("現年度分", "滞納繰越分")):
        b = t.cell(1, 1 + bi * 6 + si * 3).merge(t.cell(1, 3 + bi * 6 + si * 3))
        cell_text(b, seg, 7.5, "c", fill=SUB)
        for mi, m in enumerate(("調定額", "収入済額", "収納率")):
            cell_text(t.cell(2, 1 + bi * 6 + si * 3 + mi), m, 7, "c", fill=SUB)
for ri, key in enumerate(ORDER + ["total"]):
    row = 3 + ri
    if key == "total":
        label, canon, raw = "合計", None, "合計"
    else:
        canon, full, short = SPEC[key][:3]
        label, raw = short, short
    cell_text(t.cell(row, 0), label, 7.5, "l", fill=SUB if key == "total" else None)
    for bi, y in enumerate((2023, 2024)):
        d = TOTAL[y] if key == "total" else DATA[key][y]
        for si, (seg, pre) in enumerate((("current", "c"), ("arrears", "a"))):
            for mi, (metric, fld_) in enumerate((("assessed", pre + "a"), ("collected", pre + "c"), ("collection_rate", pre + "r"))):
                v = d[fld_]
                txt = pct(v) if metric == "collection_rate" else num(v)
                cell_text(t.cell(row, 1 + bi * 6 + si * 3 + mi), txt, 6.8, "r")
                F(txt, v if metric == "collection_rate" else v * 1000, "percent" if metric == "collection_rate" else "yen",
                  metric, canon, raw, y, f"{fyr(y)}決算", seg, "actual")
para(LEG, 7.5, before=2)

# 表２ part 1 (stacked cells: 収入未済額 over 収納率)
SPLIT = [YEARS[:4], YEARS[4:]]


def stacked_table(years, cont=False):
    cap = "表２　主要債権の収入未済額及び収納率（計）の推移"
    para(cap + ("（前頁からの続き）" if cont else ""), 10, gothic=True, before=8)
    para("（上段：収入未済額（千円）／下段：収納率（％））", 8, align="r")
    t = table(1 + len(ORDER) + 1, 1 + len(years), [2.6] + [3.6] * len(years))
    cell_text(t.cell(0, 0), "債権名", 8, "c", fill=HEAD)
    for ci, y in enumerate(years):
        lab = ("平成30年度" if y == 2018 else ("令和元年度" if y == 2019 else fyr(y))) + ("（見込）" if y == EST else "（決算）")
        cell_text(t.cell(0, 1 + ci), lab, 8, "c", fill=HEAD)
    for ri, key in enumerate(ORDER + ["total"]):
        if key == "total":
            label, canon, raw = "合計", None, "合計"
        else:
            canon, full, short = SPEC[key][:3]
            label, raw = short, short
        cell_text(t.cell(1 + ri, 0), label, 8, "l", fill=SUB if key == "total" else None)
        for ci, y in enumerate(years):
            d = TOTAL[y] if key == "total" else DATA[key][y]
            a, b = num(d["out"]), pct(d["tr"])
            cell_text(t.cell(1 + ri, 1 + ci), [a, b], 8, "r")
            yraw = "平成30年度" if y == 2018 else ("令和元年度" if y == 2019 else fyr(y))
            F(a, d["out"] * 1000, "yen", "outstanding", canon, raw, y, yraw, "total", basis(y))
            F(b, d["tr"], "percent", "collection_rate", canon, raw, y, yraw, "total", basis(y))


stacked_table(SPLIT[0])
para("※ 令和７年度は９月末の実績を基にした見込額。右側の年度は次頁に続く。", 8, before=2)
page_break()

# ---------------------------------------------------------------- page 3: 表２ continued + Q&A
stacked_table(SPLIT[1], cont=True)
para(LEG, 7.5, before=2)
para("前回会議（令和７年度第１回・令和７年７月２２日開催）における主な意見と対応", 11, gothic=True, before=12, after=4)
tax4 = DATA["tax"][2022]
kok7 = DATA["kokuho"][2025]
d_arr = round(tax6["ar"] - tax5["ar"], 2)
assert d_arr < 0
Q = [
    ("○総務部長", f"市税の滞納繰越分の収納率が前年度を下回っている。要因と今後の対応を伺いたい。"),
    ("○収納課長", f"令和６年度の滞納繰越分の収納率は{pct(tax6['ar'])}％で、前年度比{pct(abs(d_arr))}ポイントの低下となった。"
                 f"大口の滞納案件で分納の履行が遅れたことが主な要因であり、本年度は捜索と公売を組み合わせた滞納処分を進めている。"),
    ("○健康福祉部長", "国保税の現年度分の収納率は改善が続いているが、本年度の見通しはどうか。"),
    ("○保険年金課長", f"９月末時点の現年度分収納率は前年同期を0.42ポイント上回っており、年度末の収納率は{pct(kok7['cr'])}％程度を見込んでいる。"),
    ("○建設部長", "市営住宅使用料の退去者分は回収が難しいと思うが、法的措置の状況はどうか。"),
    ("○建築住宅課長", "連帯保証人への請求を行っても納付のない退去者について支払督促の申立てを進めており、令和６年度は４件を申し立てた。"),
]
for sp, text in Q:
    p = D.add_paragraph()
    run_font(p.add_run(sp + "　"), 9.5, gothic=True)
    run_font(p.add_run(text), 9.5)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.space_before = Pt(3)
F(f"{pct(tax6['ar'])}％", tax6["ar"], "percent", "collection_rate", "市税", "市税", 2024, "令和６年度", "arrears", "actual")
F(f"{pct(abs(d_arr))}ポイントの低下", d_arr, "points", "difference", "市税", "市税", 2024, "令和６年度", "arrears", "actual")
F("0.42ポイント", 0.42, "points", "difference", "国民健康保険料", "国保税", 2025, "９月末時点", "current", "interim",
  as_of="2025-09-30")
F(f"{pct(kok7['cr'])}％程度", kok7["cr"], "percent", "collection_rate", "国民健康保険料", "国保税", 2025, "本年度", "current",
  "estimate", approx=True)
F("４件", 4, "cases", "payment_orders", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "actual")
page_break()

# ---------------------------------------------------------------- pages 4-7: 取組個票
SHEET_YEARS = [2021, 2022, 2023, 2024, 2025]
SHEETS = [
    dict(key="tax", dept="総務部 収納課", kind="強制徴収公債権",
         target=dict(cur=(99.30, 99.25), arr=(28.00, 27.50), tot=(97.10, 96.90)),
         goal_rows=[(2022, 98.95), (2023, 99.05), (2024, 99.25), (2025, 99.30)],
         items_cur=[("納期限後20日以内の督促状発付を徹底し、督促後も未納の者には電話及びSMSによる早期の催告を行う。", "継続"),
                    ("コンビニ収納に加えスマートフォン決済アプリによる納付を周知し、納付機会を拡大する。", "拡充")],
         items_arr=[("滞納繰越１年目の案件を重点化し、９月末までに全件の財産調査を完了する。", "継続"),
                    ("給与・預貯金の差押えで解決しない案件について、捜索及びインターネット公売を実施する。", "継続"),
                    ("処分可能な財産がない案件は、生活状況を調査のうえ滞納処分の執行停止を適正に行う。", "新規")],
         runon=True),
    dict(key="kokuho", dept="総務部 収納課・市民部 保険年金課", kind="強制徴収公債権",
         target=dict(cur=(96.00, 95.90), arr=(23.00, 22.00), tot=(87.50, 87.00)),
         goal_rows=[(2022, 95.30), (2023, 95.50), (2024, 95.90), (2025, 96.00)],
         items_cur=[("資格取得時に口座振替の申込みを受け付け、納付書払いからの切替えを勧奨する。", "継続"),
                    ("短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続")],
         items_arr=[("預貯金調査を電子照会で一括して行い、調査から差押えまでの期間を短縮する。", "拡充"),
                    ("市税と併せて滞納している世帯は、収納課で一元的に滞納整理を行う。", "継続")],
         runon=False),
    dict(key="kaigo", dept="健康福祉部 高齢者福祉課", kind="強制徴収公債権",
         target=dict(cur=(99.40, 99.40), arr=(24.00, 23.50), tot=(98.30, 98.20)),
         counts=dict(rows=[("滞納者数（人）", "delinquents", "persons", 468, 441, "うち普通徴収の滞納者 452人"),
                           ("差押件数（件）", "seizures", "cases", 14, 19, "預貯金12件、年金2件（令和6年度）")]),
         items_cur=[("普通徴収となる新規の第１号被保険者に納付方法の案内文書を送付し、口座振替を勧奨する。", "継続")],
         items_arr=[("時効が近い案件を四半期ごとに抽出し、催告と財産調査を行う。", "継続"),
                    ("滞納が続いた場合の給付制限について、催告書に説明文を同封して周知する。", "新規")],
         runon=True),
    dict(key="jutaku", dept="建設部 建築住宅課", kind="私債権",
         target=dict(cur=(97.40, 97.30), arr=(17.00, 16.50), tot=(86.90, 86.00)),
         counts=dict(rows=[("滞納者数（人）", "delinquents", "persons", 96, 88, "うち退去者 41人"),
                           ("収入未済額（千円）", "outstanding", "yen", None, None, None)]),
         items_cur=[("家賃の滞納が２か月に達した入居者に連帯保証人への通知を行い、滞納の長期化を防ぐ。", "継続"),
                    ("収入が減少した入居者に家賃減免制度を案内する。", "継続")],
         items_arr=[("退去者の滞納分について、支払督促の申立てを行う。", "拡充"),
                    ("所在不明の退去者について住民票等の調査を行い、回収の見込みがない債権は債権放棄の手続を進める。", "新規")],
         runon=False),
]


def sheet(no, S):
    key = S["key"]
    canon, full, short = SPEC[key][:3]
    d = DATA[key]
    para(f"資料２－{zen(no)}", 10, gothic=True, align="r")
    para(f"取組個票（{zen(no)}）", 12.5, gothic=True, align="c", after=4)
    strip = table(1, 6, [1.9, 3.6, 1.9, 4.6, 1.9, 3.5])
    for i, (txt, fill, al) in enumerate((("債権名", HEAD, "c"), (full, None, "l"), ("所管課", HEAD, "c"),
                                         (S["dept"], None, "l"), ("債権区分", HEAD, "c"), (S["kind"], None, "l"))):
        cell_text(strip.cell(0, i), txt, 9, al, fill=fill)
    # １ 収入状況の推移
    para("１　収入状況の推移（単位：千円、％）", 10.5, gothic=True, before=8, after=2)
    rows = [("現年度分", [("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"), ("収納率", "collection_rate", "cr")]),
            ("滞納繰越分", [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac"), ("収納率", "collection_rate", "ar")]),
            ("計", [("調定額", "assessed", "ta"), ("収入済額", "collected", "tc"), ("不納欠損額", "written_off", "wo"),
                   ("収入未済額", "outstanding", "out"), ("収納率", "collection_rate", "tr")])]
    nrows = 2 + sum(len(r_[1]) for r_ in rows)
    t = table(nrows, 2 + len(SHEET_YEARS), [1.0, 2.4] + [2.8] * len(SHEET_YEARS))
    for row in t.rows[2:]:
        row.height = Cm(0.56)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    t.cell(0, 0).merge(t.cell(1, 1))
    cell_text(t.cell(0, 0), "区分", 8, "c", fill=HEAD)
    for ci, y in enumerate(SHEET_YEARS):
        cell_text(t.cell(0, 2 + ci), fyr(y), 8, "c", fill=HEAD)
        cell_text(t.cell(1, 2 + ci), "見込" if y == EST else "決算", 8, "c", fill=SUB)
    r0 = 2
    for seg_label, metrics in rows:
        seg = {"現年度分": "current", "滞納繰越分": "arrears", "計": "total"}[seg_label]
        m = t.cell(r0, 0).merge(t.cell(r0 + len(metrics) - 1, 0))
        cell_text(m, seg_label, 8.5, "c", fill=SUB)
        vertical(m)
        for mi, (mlab, metric, fld_) in enumerate(metrics):
            cell_text(t.cell(r0 + mi, 1), mlab, 8.5, "l")
            for ci, y in enumerate(SHEET_YEARS):
                v = d[y][fld_]
                txt = pct(v) if metric == "collection_rate" else num(v)
                cell_text(t.cell(r0 + mi, 2 + ci), txt, 8.5, "r")
                F(txt, v if metric == "collection_rate" else v * 1000,
                  "percent" if metric == "collection_rate" else "yen", metric, canon, full, y, fyr(y), seg, basis(y))
        r0 += len(metrics)
    para("※ 令和７年度は９月末の実績を基に推計した決算見込。", 8, before=1)
    # ２ 目標と実績 or 滞納者数等
    if "goal_rows" in S:
        para("２　現年度分収納率の目標と実績（単位：％、ポイント）", 10.5, gothic=True, before=6, after=2)
        gr = S["goal_rows"]
        t = table(1 + len(gr), 5, [3.0, 2.9, 2.9, 2.9, 2.9])
        for i, h in enumerate(("年度", "目標", "実績", "達成率", "差")):
            cell_text(t.cell(0, i), h, 8.5, "c", fill=HEAD)
        for ri, (y, tg) in enumerate(gr):
            cell_text(t.cell(1 + ri, 0), fyr(y), 8.5, "c")
            cell_text(t.cell(1 + ri, 1), pct(tg), 8.5)
            F(pct(tg), tg, "percent", "collection_rate", canon, full, y, fyr(y), "current", "target")
            if y == EST:
                for ci in (2, 3, 4):
                    cell_text(t.cell(1 + ri, ci), "－", 8.5, "c")
                continue
            act = d[y]["cr"]
            ach = float(f"{act / tg * 100:.2f}")
            diff = round(act - tg, 2)
            cell_text(t.cell(1 + ri, 2), pct(act), 8.5)
            cell_text(t.cell(1 + ri, 3), f"{ach:.2f}", 8.5)
            cell_text(t.cell(1 + ri, 4), pct(diff, minus="▲"), 8.5)
            F(pct(act), act, "percent", "collection_rate", canon, full, y, fyr(y), "current", "actual")
            F(f"{ach:.2f}", ach, "percent", "achievement_rate", canon, full, y, fyr(y), "current", "actual")
            F(pct(diff, minus="▲"), diff, "points", "difference", canon, full, y, fyr(y), "current", "actual")
    else:
        para("２　滞納者数等の状況", 10.5, gothic=True, before=6, after=2)
        rows_ = S["counts"]["rows"]
        t = table(1 + len(rows_), 5, [3.4, 2.4, 2.4, 2.2, 6.8])
        for i, h in enumerate(("区分", "令和５年度末", "令和６年度末", "増減", "備考")):
            cell_text(t.cell(0, i), h, 8.5, "c", fill=HEAD)
        for ri, (lab, metric, unit, v5, v6, note) in enumerate(rows_):
            if metric == "outstanding":
                v5, v6 = d[2023]["out"], d[2024]["out"]
                note = f"うち滞納繰越分 {num(d[2024]['out'] - (d[2024]['ca'] - d[2024]['cc']))}千円"
                F(note.split(" ")[1], (d[2024]["out"] - (d[2024]["ca"] - d[2024]["cc"])) * 1000, "yen", "outstanding",
                  canon, full, 2024, "令和６年度末", "arrears", "actual")
            cell_text(t.cell(1 + ri, 0), lab, 8.5, "l")
            cell_text(t.cell(1 + ri, 1), num(v5), 8.5)
            cell_text(t.cell(1 + ri, 2), num(v6), 8.5)
            cell_text(t.cell(1 + ri, 3), num(v6 - v5, "▲"), 8.5)
            cell_text(t.cell(1 + ri, 4), note, 8, "l")
            mult = 1000 if unit == "yen" else 1
            F(num(v5), v5 * mult, unit, metric, canon, full, 2023, "令和５年度末", "total", "actual")
            F(num(v6), v6 * mult, unit, metric, canon, full, 2024, "令和６年度末", "total", "actual")
            F(num(v6 - v5, "▲"), (v6 - v5) * mult, unit, "difference", canon, full, 2024, "令和６年度末", "total", "actual")
            if note and "452人" in note:
                F("452人", 452, "persons", "delinquents_ordinary_collection", canon, full, 2024, "令和６年度末", "total", "actual")
            if note and "41人" in note:
                F("41人", 41, "persons", "delinquents_moved_out", canon, full, 2024, "令和６年度末", "total", "actual")
            if note and "預貯金12件" in note:
                F("12件", 12, "cases", "seizures_deposits", canon, full, 2024, "令和6年度", "total", "actual")
                F("2件", 2, "cases", "seizures_pensions", canon, full, 2024, "令和6年度", "total", "actual")
    # ３ 令和７年度の目標: two blocks side by side
    tg = S["target"]
    a6 = d[2024]
    para("３　令和７年度の目標（単位：％）", 10.5, gothic=True, before=6, after=2)
    t = table(3, 6, [2.83] * 6)
    a = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(a, "令和６年度決算", 8.5, "c", fill=HEAD)
    b = t.cell(0, 3).merge(t.cell(0, 5))
    cell_text(b, "令和７年度目標", 8.5, "c", fill=HEAD)
    for bi in range(2):
        for si, s in enumerate(("現年度分", "滞納繰越分", "計")):
            cell_text(t.cell(1, bi * 3 + si), s, 8.5, "c", fill=SUB)
    for si, (seg, fld_, tk) in enumerate((("current", "cr", "cur"), ("arrears", "ar", "arr"), ("total", "tr", "tot"))):
        v = a6[fld_]
        cell_text(t.cell(2, si), pct(v), 8.5, "c")
        F(pct(v), v, "percent", "collection_rate", canon, full, 2024, "令和６年度", seg, "actual")
        cur_t, prev_t = tg[tk]
        txt = f"{pct(cur_t)}（{pct(prev_t)}）"
        cell_text(t.cell(2, 3 + si), txt, 8.5, "c")
        F(pct(cur_t), cur_t, "percent", "collection_rate", canon, full, 2025, "令和７年度", seg, "target")
        F(f"（{pct(prev_t)}）", prev_t, "percent", "collection_rate", canon, full, 2024, "（　）内は令和６年度目標",
          seg, "target")
    para("※ 目標欄の（　）内は令和６年度の目標値。", 8, before=1)
    # ４ 重点事項 (table whose header has no 取組 word; several numbered items per cell)
    para("４　令和７年度の重点事項", 10.5, gothic=True, before=6, after=2)
    t = table(2, 2, [8.6, 8.6])
    cell_text(t.cell(0, 0), "現年度分（新たな滞納の抑制）", 8.5, "c", fill=HEAD)
    cell_text(t.cell(0, 1), "滞納繰越分（滞納額の縮減）", 8.5, "c", fill=HEAD)
    circ = "①②③④⑤"
    for ci, items in enumerate((S["items_cur"], S["items_arr"])):
        cell = t.cell(1, ci)
        texts = [f"{circ[i]}{tx}【{st_}】" for i, (tx, st_) in enumerate(items)]
        if S["runon"]:
            cell_text(cell, "".join(texts), 8.5, "l", gothic=False)
        else:
            cell_text(cell, texts, 8.5, "l", gothic=False)
        for i, (tx, st_) in enumerate(items):
            g.init(PAGE[0], canon, full, 2025, "令和７年度の重点事項", circ[i], tx, st_)


for no, S in enumerate(SHEETS, 1):
    sheet(no, S)
    page_break()

# ---------------------------------------------------------------- page 8: 資料３
para("資料３", 10, gothic=True, align="r")
para("令和８年度 全庁的な債権管理の重点取組（案）", 13, gothic=True, align="c", after=8)
para("令和６年度決算において主要６債権の収入未済額は減少したものの、私債権を中心に長期化した滞納案件が残っている。"
     "令和８年度は、次の事項に全庁で取り組む。", 10.5, first=0.35, after=4)
BOX = [
    ("ア", "債権管理条例に基づく督促・催告の期限を全債権で統一し、債権管理台帳により進捗を四半期ごとに確認する。", "継続"),
    ("イ", "複数の債権を滞納している者の情報を、本人の同意に基づき所管課間で共有し、納付相談の窓口を一本化する。", "拡充"),
    ("ウ", "回収の見込みがない私債権について、債権放棄の判断基準を定めた事務処理要領を改定する。", "新規"),
    ("エ", "新任職員を対象に、滞納処分と私債権の法的措置に関する研修を年２回実施する。", "継続"),
]
bt = table(1, 1, [17.2])
cell = bt.cell(0, 0)
cell.text = ""
first = True
for lab, tx, st_ in BOX:
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    first = False
    run_font(p.add_run(f"{lab}　{tx}"), 10)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.space_before = Pt(3)
    p2 = cell.add_paragraph()
    run_font(p2.add_run(f"【{st_}】"), 9.5, gothic=True)
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    g.init(PAGE[0], None, None, 2026, "令和８年度 全庁的な債権管理の重点取組（案）", lab, tx, st_)

para("（参考）令和６年度の債権放棄の状況", 10.5, gothic=True, before=12, after=2)
WAIVE = [("市営住宅使用料", "市営住宅使用料", 7, 3842, "うち死亡・相続人不存在 3件 1,205千円"),
         ("下水道使用料", "下水道使用料", 12, 1126, "時効期間経過分"),
         ("学校給食費", "学校給食費", 5, 418, "－")]
t = table(2 + len(WAIVE), 4, [4.0, 2.6, 3.0, 7.6])
for i, h in enumerate(("債権名", "件数（件）", "放棄額（千円）", "備考")):
    cell_text(t.cell(0, i), h, 9, "c", fill=HEAD)
tot_n, tot_a = 0, 0
for ri, (lab, canon, n_, amt, note) in enumerate(WAIVE):
    cell_text(t.cell(1 + ri, 0), lab, 9, "l")
    cell_text(t.cell(1 + ri, 1), num(n_), 9)
    cell_text(t.cell(1 + ri, 2), num(amt), 9)
    cell_text(t.cell(1 + ri, 3), note, 8.5, "l")
    F(num(n_), n_, "cases", "waived_cases", canon, lab, 2024, "令和６年度", "total", "actual")
    F(num(amt), amt * 1000, "yen", "waived_amount", canon, lab, 2024, "令和６年度", "total", "actual")
    tot_n += n_
    tot_a += amt
F("1,205千円", 1205000, "yen", "waived_amount", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "actual")
F("3件", 3, "cases", "waived_cases", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "actual")
cell_text(t.cell(1 + len(WAIVE), 0), "計", 9, "c", fill=SUB)
cell_text(t.cell(1 + len(WAIVE), 1), num(tot_n), 9, fill=SUB)
cell_text(t.cell(1 + len(WAIVE), 2), num(tot_a), 9, fill=SUB)
cell_text(t.cell(1 + len(WAIVE), 3), "", 9, fill=SUB)
F(num(tot_n), tot_n, "cases", "waived_cases", None, "計", 2024, "令和６年度", "total", "actual")
F(num(tot_a), tot_a * 1000, "yen", "waived_amount", None, "計", 2024, "令和６年度", "total", "actual")
para("※ 放棄額は、大仙市債権管理条例第１３条の規定により放棄した債権の額（延滞金を除く。）。", 8, before=2)


def main():
    docx_path = WORK / f"{STEM}.docx"
    D.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = Path("pdf") / f"{STEM}.pdf"
    shutil.copyfile(WORK / f"{STEM}.pdf", pdf)
    gold = Path("gold") / f"{STEM}.json"
    g.write(pdf, gold)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
