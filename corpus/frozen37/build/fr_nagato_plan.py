"""fr_nagato_plan_1: 長門市債権管理計画（令和７年度～令和９年度） (python-docx with a landscape section -> LibreOffice).

Run from corpus/frozen37:  python3 build/fr_nagato_plan.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fr_common import (Gold, WORK, PDF_DIR, zen, comma, tri, rate, make_series, add_recs, pdf_pages,
                       soffice_to_pdf, subset_fonts)
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

STEM = "fr_nagato_plan_1"
CITY = "長門市"
TITLE = "長門市債権管理計画（令和７年度～令和９年度）"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")


def f2(x):
    return f"{x:.2f}"


def f1(x):
    return f"{x:.1f}"


YRS = list(range(2017, 2024))
DEBTS = {
    "市税": dict(dept="税務課", kind="強制徴収公債権", s=make_series(
        YRS, [3102450, 3088120, 3110870, 3045336, 3021880, 3058412, 3072605],
        [98.62, 98.71, 98.80, 98.55, 98.90, 99.01, 99.12], 268440,
        [18.4, 19.6, 21.0, 19.8, 22.5, 24.1, 25.6], [9.5, 9.0, 8.6, 8.1, 7.7, 7.2, 6.8])),
    "国民健康保険税": dict(dept="税務課・市民課", kind="強制徴収公債権", s=make_series(
        YRS, [712330, 695120, 681447, 668902, 652118, 630545, 611270],
        [93.10, 93.42, 93.80, 93.51, 94.02, 94.36, 94.70], 245660,
        [15.2, 16.0, 16.8, 15.9, 17.5, 18.3, 19.2], [10.5, 10.1, 9.6, 9.3, 8.8, 8.4, 8.0])),
    "介護保険料": dict(dept="高齢福祉課", kind="強制徴収公債権", s=make_series(
        YRS, [548210, 556330, 571902, 574118, 579660, 583207, 586918],
        [98.80, 98.86, 98.91, 98.88, 98.97, 99.03, 99.08], 16820,
        [16.0, 16.8, 17.5, 17.1, 18.2, 18.9, 19.6], [15.0, 14.5, 14.0, 13.6, 13.1, 12.7, 12.3])),
    "後期高齢者医療保険料": dict(dept="市民課", kind="強制徴収公債権", s=make_series(
        YRS, [338412, 345118, 352660, 356904, 362118, 371455, 380226],
        [99.55, 99.58, 99.60, 99.57, 99.62, 99.65, 99.68], 2450,
        [28.0, 29.5, 30.2, 29.0, 31.4, 32.8, 33.5], [9.0, 8.5, 8.0, 7.8, 7.5, 7.2, 7.0])),
    "保育所保育料": dict(dept="子育て支援課", kind="強制徴収公債権", s=make_series(
        YRS, [92410, 90118, 72330, 70118, 68554, 66902, 65118],
        [99.20, 99.25, 99.30, 99.22, 99.35, 99.40, 99.46], 7820,
        [12.0, 12.8, 13.5, 12.9, 14.2, 15.0, 15.8], [3.5, 3.2, 3.0, 4.1, 3.6, 3.3, 3.1])),
    "市営住宅使用料": dict(dept="都市建設課", kind="私債権", s=make_series(
        YRS, [168230, 165904, 163118, 160772, 158402, 155930, 153618],
        [96.10, 96.32, 96.55, 96.21, 96.70, 96.95, 97.20], 42880,
        [8.2, 8.9, 9.6, 9.0, 10.4, 11.2, 12.0], [1.8, 2.5, 2.2, 3.0, 2.6, 3.4, 2.9])),
    "下水道使用料": dict(dept="上下水道局 経営課", kind="強制徴収公債権", s=make_series(
        YRS, [498660, 502118, 505930, 507214, 509880, 511402, 512930],
        [98.20, 98.31, 98.42, 98.30, 98.55, 98.68, 98.80], 12120,
        [30.5, 31.2, 32.0, 30.8, 33.1, 34.0, 35.2], [4.0, 3.8, 3.6, 3.5, 3.3, 3.1, 3.0])),
}
TOT = {y: add_recs([DEBTS[k]["s"][y] for k in DEBTS]) for y in YRS}
# 令和６年度見込, 令和７-９年度目標 (現年, 滞繰)
TGT = {
    "市税": [(99.15, 26.5), (99.20, 27.5), (99.25, 28.5), (99.30, 29.5)],
    "国民健康保険税": [(94.85, 19.8), (95.00, 20.5), (95.20, 21.5), (95.40, 22.5)],
    "介護保険料": [(99.10, 20.0), (99.12, 20.5), (99.15, 21.0), (99.20, 21.5)],
    "後期高齢者医療保険料": [(99.68, 34.0), (99.70, 34.5), (99.70, 35.0), (99.72, 35.5)],
    "保育所保育料": [(99.48, 16.0), (99.50, 16.5), (99.50, 17.0), (99.55, 17.5)],
    "市営住宅使用料": [(97.30, 12.5), (97.40, 13.0), (97.50, 13.5), (97.60, 14.0)],
    "下水道使用料": [(98.85, 35.5), (98.90, 36.0), (98.95, 36.5), (99.00, 37.0)],
}
OUT_T = {k: [round(DEBTS[k]["s"][2023]["out"] * f) for f in (0.95, 0.91, 0.87)] for k in DEBTS}
OUT_T_ALL = sum(v[2] for v in OUT_T.values())

BOTH = {2017: "平成29（2017）年度", 2018: "平成30（2018）年度", 2019: "令和元（2019）年度", 2020: "令和２（2020）年度",
        2021: "令和３（2021）年度", 2022: "令和４（2022）年度", 2023: "令和５（2023）年度"}

# ---------------------------------------------------------------- docx scaffolding
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin = sec.bottom_margin = Mm(20)
sec.left_margin = sec.right_margin = Mm(22)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.3


def para(text="", bold=False, size=None, align=None, indent=0, first=0, font=None, space_before=0, hang=0):
    p = doc.add_paragraph()
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if indent or hang:
        p.paragraph_format.left_indent = Pt(indent + hang)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if hang:
        p.paragraph_format.first_line_indent = Pt(-hang)
    if space_before:
        p.paragraph_format.space_before = Pt(space_before)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def heading(text, size=12.5):
    return para(text, bold=True, size=size, font="IPAexGothic", space_before=6)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def borders(table, val="single", sz="4"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz)
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def outer_box(table, sz="12"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        b.append(el)
    for e in ("insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        b.append(el)
    tblPr.append(b)


def cell(c, text, size=8.5, align="l", bold=False, shade=None, font=None):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.line_spacing = 1.0
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if i < len(lines) - 1:
            r.add_break()
    if shade:
        tcPr = c._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), shade)
        tcPr.append(s)


def widths(table, mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, mm):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.append(tcW)
            tcW.set(qn("w:w"), str(int(Mm(w).twips)))
            tcW.set(qn("w:type"), "dxa")
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


HDR = "DCE6F1"

# ================================================================ page 1: cover
for _ in range(8):
    para()
para("長門市債権管理計画", bold=True, size=26, align="c", font="IPAexGothic")
para()
para("令和７年度～令和９年度", size=16, align="c", font="IPAexGothic")
for _ in range(14):
    para()
para("令和７年３月", size=14, align="c")
para("長　門　市", size=16, align="c", font="IPAexGothic")
page_break()

# ================================================================ page 2: 目次 + 第１章
para("目　次", bold=True, size=13, align="c", font="IPAexGothic")
TOC = [("第１章　計画の概要", 2), ("第２章　債権の現状", 3), ("第３章　計画の目標", 5), ("第４章　債権ごとの取組（推進シート）", 6)]
t = doc.add_table(rows=len(TOC), cols=2)
for i, (a, b) in enumerate(TOC):
    cell(t.cell(i, 0), a + "　" + "・" * 12, size=10.5)
    cell(t.cell(i, 1), zen(b), size=10.5, align="r")
widths(t, (140, 20))
heading("第１章　計画の概要")
para("１　計画策定の趣旨", bold=True, font="IPAexGothic")
s23, s21 = TOT[2023], TOT[2021]
o21 = round(s21["out"] / 1000) * 100       # 万円, 100万円単位
o23 = round(s23["out"] / 1000) * 100
def okuman(man):
    oku, rest = divmod(man, 10000)
    return (f"{zen(oku)}億" if oku else "") + (f"{zen(f'{rest:,}')}万円" if rest else "円")
dlt = o21 - o23
para("　本市では、平成２９年度に「長門市債権管理条例」を制定し、市が保有する債権の管理に関する事務の処理について必要な"
     "事項を定め、全庁的な債権管理の適正化に取り組んできた。前計画（令和４年度～令和６年度）の期間において、対象債権全体の"
     f"収入未済額は、令和３年度末の約{okuman(o21)}から令和５年度末には約{okuman(o23)}となり、約{okuman(dlt)}減少した。"
     f"また、対象債権全体の収納率は{zen(f2(s21['rate_t']))}％から{zen(f2(s23['rate_t']))}％へと"
     f"{zen(f2(s23['rate_t'] - s21['rate_t']))}ポイント改善している。", hang=0)
G.fact(2, None, None, 2021, "令和３年度末", "total", "outstanding", "actual", o21 * 10000, "yen", f"約{okuman(o21)}", approx=True)
G.fact(2, None, None, 2023, "令和５年度末", "total", "outstanding", "actual", o23 * 10000, "yen", f"約{okuman(o23)}", approx=True)
G.fact(2, None, None, 2023, "令和５年度末", "total", "difference", "actual", -dlt * 10000, "yen", f"約{okuman(dlt)}減少", approx=True)
G.fact(2, None, None, 2021, "令和３年度", "total", "collection_rate", "actual", s21["rate_t"], "percent", f"{zen(f2(s21['rate_t']))}％から")
G.fact(2, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", s23["rate_t"], "percent", f"{zen(f2(s23['rate_t']))}％へ")
G.fact(2, None, None, 2023, "令和５年度", "total", "difference", "actual", round(s23["rate_t"] - s21["rate_t"], 2), "points",
       f"{zen(f2(s23['rate_t'] - s21['rate_t']))}ポイント")
s20 = TOT[2020]
para(f"　一方で、令和二年度には新型コロナウイルス感染症の影響による徴収猶予等により、対象債権全体の収納率が"
     f"{zen(f2(s20['rate_t']))}％に一時低下した。社会経済情勢の変化を踏まえ、引き続き市民負担の公平性を確保し、"
     "健全な財政運営に資するため、新たに本計画を策定する。")
G.fact(2, None, None, 2020, "令和二年度", "total", "collection_rate", "actual", s20["rate_t"], "percent", f"{zen(f2(s20['rate_t']))}％")
para("２　計画の期間", bold=True, font="IPAexGothic", space_before=4)
para("　令和７（2025）年度から令和９（2027）年度までの３年間とする。")
para("３　対象債権", bold=True, font="IPAexGothic", space_before=4)
para("　本計画の対象は、令和５年度決算において収入未済額が生じている債権のうち、次に掲げるものとする。")
para("（１）強制徴収公債権", indent=10)
para("ア　市税", indent=22)
para("(ｱ)　個人市民税・法人市民税　(ｲ)　固定資産税・都市計画税　(ｳ)　軽自動車税　(ｴ)　市たばこ税・入湯税", indent=34)
para("イ　国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料", indent=22)
para("（２）私債権", indent=10)
para("ア　市営住宅使用料（駐車場使用料を含む。）", indent=22)
para("４　推進体制", bold=True, font="IPAexGothic", space_before=4)
para("　副市長を会長とする長門市債権管理対策会議において、毎年度、本計画の進捗状況を確認し、必要に応じて取組の見直しを行う。")
page_break()

# ================================================================ page 3: 第２章 (years as rows, descending) + 円 table
heading("第２章　債権の現状")
para("１　対象債権全体の収納状況", bold=True, font="IPAexGothic")
para("表１　対象債権全体の収納状況の推移", bold=True, size=10, align="c", font="IPAexGothic", space_before=2)
cols = ["年度", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）"]
t = doc.add_table(rows=1 + len(YRS), cols=len(cols))
outer_box(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, c in enumerate(cols):
    cell(t.cell(0, j), c, align="c", shade=HDR)
for i, yy in enumerate(sorted(YRS, reverse=True), 1):
    r = TOT[yy]
    vals = [BOTH[yy], comma(r["asm"]), comma(r["col"]), comma(r["wo"]), comma(r["out"]), f2(r["rate_t"])]
    for j, v in enumerate(vals):
        cell(t.cell(i, j), v, align="l" if j == 0 else "r")
    for v, met in zip(vals[1:5], ("assessed", "collected", "written_off", "outstanding")):
        G.fact(3, None, None, yy, BOTH[yy], "total", met, "actual", int(v.replace(",", "")) * 1000, "yen", v)
    G.fact(3, None, None, yy, BOTH[yy], "total", "collection_rate", "actual", r["rate_t"], "percent", vals[5])
widths(t, (36, 27, 27, 24, 27, 20))
para("出典：各年度の長門市一般会計・特別会計歳入歳出決算書（対象７債権を集計）", size=8, align="r")
o17 = round(TOT[2017]["out"] / 1000) * 100
para(f"　平成２９年度（2017年度）末に約{okuman(o17)}あった収入未済額は、この６年間で着実に減少している。"
     "不納欠損額についても、執行停止の適正な運用により、時効による欠損の割合が低下している。", space_before=3)
G.fact(3, None, None, 2017, "平成２９年度（2017年度）末", "total", "outstanding", "actual", o17 * 10000, "yen", f"約{okuman(o17)}", approx=True)

para("２　令和５年度 不納欠損額の内訳", bold=True, font="IPAexGothic", space_before=6)
para("表２　債権別の不納欠損額（令和５年度、単位：円）", bold=True, size=10, align="c", font="IPAexGothic")
SALT = {"市税": 312, "国民健康保険税": -188, "介護保険料": 74, "後期高齢者医療保険料": -251, "保育所保育料": 139,
        "市営住宅使用料": -96, "下水道使用料": 5}
REASON = {"市税": "執行停止３年経過、即時消滅", "国民健康保険税": "執行停止３年経過、時効", "介護保険料": "時効（２年）",
          "後期高齢者医療保険料": "時効（２年）", "保育所保育料": "時効（５年）", "市営住宅使用料": "債権放棄（条例第８条）",
          "下水道使用料": "時効（５年）"}
t = doc.add_table(rows=2 + len(DEBTS), cols=3)
outer_box(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, c in enumerate(["債権名", "不納欠損額", "主な理由"]):
    cell(t.cell(0, j), c, align="c", shade=HDR)
tot_y = 0
for i, k in enumerate(DEBTS, 1):
    wy = DEBTS[k]["s"][2023]["wo"] * 1000 + SALT[k]
    tot_y += wy
    cell(t.cell(i, 0), k)
    cell(t.cell(i, 1), comma(wy), align="r")
    cell(t.cell(i, 2), REASON[k])
    G.fact(3, k, k, 2023, "令和５年度", "total", "written_off", "actual", wy, "yen", comma(wy))
cell(t.cell(len(DEBTS) + 1, 0), "計", align="c", shade="F2F2F2")
cell(t.cell(len(DEBTS) + 1, 1), comma(tot_y), align="r", shade="F2F2F2")
cell(t.cell(len(DEBTS) + 1, 2), "", shade="F2F2F2")
G.fact(3, None, "計", 2023, "令和５年度", "total", "written_off", "actual", tot_y, "yen", comma(tot_y))
assert round(tot_y / 1000) == TOT[2023]["wo"]
widths(t, (50, 35, 75))

# ================================================================ page 4: landscape wide table
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.top_margin = new.bottom_margin = Mm(16)
new.left_margin = new.right_margin = Mm(11)
para("２　債権別の収納状況（令和４年度・令和５年度決算）", bold=True, font="IPAexGothic")
para("（単位：千円、％）", size=8.5, align="r")
YY = [2022, 2023]
ncol = 1 + 12 + 1
t = doc.add_table(rows=3 + len(DEBTS) + 1, cols=ncol)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
a = t.cell(0, 0).merge(t.cell(2, 0))
cell(a, "債権名", align="c", shade=HDR)
b_ = t.cell(0, ncol - 1).merge(t.cell(2, ncol - 1))
cell(b_, "備考", align="c", shade=HDR)
for yi, yy in enumerate(YY):
    c0 = 1 + yi * 6
    m = t.cell(0, c0).merge(t.cell(0, c0 + 5))
    cell(m, BOTH[yy], align="c", shade=HDR)
    for si, seg in enumerate(("現年度分", "滞納繰越分")):
        m = t.cell(1, c0 + si * 3).merge(t.cell(1, c0 + si * 3 + 2))
        cell(m, seg, align="c", shade=HDR)
        for mi, met in enumerate(("調定額", "収入済額", "収納率")):
            cell(t.cell(2, c0 + si * 3 + mi), met, align="c", shade=HDR, size=8)
rows = list(DEBTS.items()) + [("合計", {"s": TOT})]
for i, (k, v) in enumerate(rows, 3):
    debt = None if k == "合計" else k
    cell(t.cell(i, 0), k, size=9, align="c" if k == "合計" else "l", shade="F2F2F2" if k == "合計" else None)
    for yi, yy in enumerate(YY):
        r = v["s"][yy]
        c0 = 1 + yi * 6
        vals = [comma(r["ca"]), comma(r["cc"]), f2(r["rate_c"]), comma(r["aa"]), comma(r["ac"]), f2(r["rate_a"])]
        spec = [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]), ("current", "collection_rate", r["rate_c"]),
                ("arrears", "assessed", r["aa"]), ("arrears", "collected", r["ac"]), ("arrears", "collection_rate", r["rate_a"])]
        for j, (val_s, (seg, met, val)) in enumerate(zip(vals, spec)):
            cell(t.cell(i, c0 + j), val_s, size=8.5, align="r", shade="F2F2F2" if k == "合計" else None)
            if met == "collection_rate":
                G.fact(4, debt, k, yy, BOTH[yy], seg, met, "actual", val, "percent", val_s)
            else:
                G.fact(4, debt, k, yy, BOTH[yy], seg, met, "actual", val * 1000, "yen", val_s)
    r5 = v["s"][2023]
    note = f"R5未済額 {comma(r5['out'])}\n（うち滞納繰越分 {comma(r5['out_a'])}）"
    cell(t.cell(i, ncol - 1), note, size=8, shade="F2F2F2" if k == "合計" else None)
    G.fact(4, debt, k, 2023, "R5", "total", "outstanding", "actual", r5["out"] * 1000, "yen", f"R5未済額 {comma(r5['out'])}")
    G.fact(4, debt, k, 2023, "R5", "arrears", "outstanding", "actual", r5["out_a"] * 1000, "yen", f"うち滞納繰越分 {comma(r5['out_a'])}")
widths(t, [27] + [20.5, 20.5, 12] * 4 + [40])
for row in t.rows[3:]:
    row.height = Mm(8)
para("注）備考欄の金額は令和５年度末の収入未済額（千円）。保育所保育料の滞納繰越分は過年度分を計上している。"
     "市営住宅使用料は私債権であり、滞納繰越分には退去者に係るものを含む。", size=8)
para("注）収納率は小数点以下第３位を四捨五入している。合計欄の収納率は対象７債権の合計額により算出した。", size=8)

zs = DEBTS["市税"]["s"]
ks = DEBTS["国民健康保険税"]["s"]
dz = round(zs[2023]["rate_a"] - zs[2022]["rate_a"], 2)
para(f"　市税の滞納繰越分の収納率は、令和４年度の{f2(zs[2022]['rate_a'])}％から令和５年度は{f2(zs[2023]['rate_a'])}％となり、"
     f"{f2(dz)}ポイント上昇した。国民健康保険税の現年度分の収納率は{f2(ks[2023]['rate_c'])}％で、対象債権の中で最も低い水準にある。"
     "現年度分の収納率が９９％を下回る債権については、滞納の早期解消に向けた取組を推進シートに位置付ける。", space_before=4)
G.fact(4, "市税", "市税", 2022, "令和４年度", "arrears", "collection_rate", "actual", zs[2022]["rate_a"], "percent", f"{f2(zs[2022]['rate_a'])}％から")
G.fact(4, "市税", "市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", zs[2023]["rate_a"], "percent", f"{f2(zs[2023]['rate_a'])}％となり")
G.fact(4, "市税", "市税", 2023, "令和５年度", "arrears", "difference", "actual", dz, "points", f"{f2(dz)}ポイント上昇")
G.fact(4, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", ks[2023]["rate_c"], "percent", f"{f2(ks[2023]['rate_c'])}％で")

# ================================================================ page 5: portrait again; 第３章 目標
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.PORTRAIT
new.page_width, new.page_height = Mm(210), Mm(297)
new.top_margin = new.bottom_margin = Mm(20)
new.left_margin = new.right_margin = Mm(22)
heading("第３章　計画の目標")
para("１　目標収納率", bold=True, font="IPAexGothic")
para("　各債権の目標収納率を次のとおり定める。現年度分は滞納の発生を抑制する観点から、滞納繰越分は滞納整理の"
     "進捗を測る観点から設定した。")
para("表３　債権別の目標収納率（単位：％）", bold=True, size=10, align="c", font="IPAexGothic", space_before=3)
hdr = ["債権名", "区分", "令和５年度\n実績", "令和６年度\n見込", "令和７年度\n目標", "令和８年度\n目標", "令和９年度\n目標"]
t = doc.add_table(rows=1 + 2 * len(DEBTS), cols=len(hdr))
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, c in enumerate(hdr):
    cell(t.cell(0, j), c, align="c", shade=HDR)
for i, k in enumerate(DEBTS):
    r0 = 1 + 2 * i
    m = t.cell(r0, 0).merge(t.cell(r0 + 1, 0))
    cell(m, k, size=8.5)
    r5 = DEBTS[k]["s"][2023]
    for si, (seg, lab, key) in enumerate((("current", "現年度分", "rate_c"), ("arrears", "滞納繰越分", "rate_a"))):
        fm = f2 if seg == "current" else f1
        cell(t.cell(r0 + si, 1), lab, align="c")
        vals = [f2(r5[key])] + [fm(TGT[k][j][si]) for j in range(4)]
        for j, v in enumerate(vals):
            cell(t.cell(r0 + si, 2 + j), v, align="r")
        G.fact(5, k, k, 2023, "令和５年度", seg, "collection_rate", "actual", r5[key], "percent", vals[0])
        G.fact(5, k, k, 2024, "令和６年度", seg, "collection_rate", "estimate", TGT[k][0][si], "percent", vals[1])
        for j, yy in enumerate((2025, 2026, 2027), 1):
            G.fact(5, k, k, yy, f"令和{zen(yy - 2018)}年度", seg, "collection_rate", "target", TGT[k][j][si], "percent", vals[1 + j])
widths(t, (44, 22, 20, 20, 20, 20, 20))
para("２　収入未済額の目標", bold=True, font="IPAexGothic", space_before=6)
para(f"　令和９年度末における対象債権全体の収入未済額の目標額を{zen(comma(OUT_T_ALL))}千円とし、令和５年度末の"
     f"{zen(comma(TOT[2023]['out']))}千円から{zen(comma(TOT[2023]['out'] - OUT_T_ALL))}千円の縮減を目指す。")
G.fact(5, None, None, 2027, "令和９年度末", "total", "outstanding", "target", OUT_T_ALL * 1000, "yen", f"{zen(comma(OUT_T_ALL))}千円")
G.fact(5, None, None, 2023, "令和５年度末", "total", "outstanding", "actual", TOT[2023]["out"] * 1000, "yen", f"{zen(comma(TOT[2023]['out']))}千円")
G.fact(5, None, None, 2027, "令和９年度末", "total", "difference", "target", -(TOT[2023]["out"] - OUT_T_ALL) * 1000, "yen",
       f"{zen(comma(TOT[2023]['out'] - OUT_T_ALL))}千円の縮減")
para("３　全庁的な取組", bold=True, font="IPAexGothic", space_before=6)
para("　目標の達成に向け、各債権所管課は推進シートに定める取組を実施するほか、全庁的に次の取組を進める。")
ALLI = [("①", "債権管理台帳の様式を統一し、所管課ごとに履行期限、督促及び時効の管理を徹底する。", "継続"),
        ("②", "新任の債権管理担当職員を対象とした研修を年２回開催し、滞納処分及び私債権の法的措置に関する知識を普及する。", "拡充"),
        ("③", "複数の債権を滞納している者について、本人の同意を得たうえで所管課間の情報共有を行う仕組みを構築する。", "新規")]
for lab, text, stt in ALLI:
    para(f"{lab}　{text}【{stt}】", size=10, indent=8, hang=14)
    G.init(5, None, 2025, "全庁的な取組", lab, text, stt)
page_break()

# ================================================================ pages 6-7: 推進シート
SHEET = {
    "市税": dict(issue="令和５年度の現年課税分の収納率は{c}％、滞納繰越分は{a}％であった。現年課税分は高い水準を維持しているが、"
                      "滞納繰越分には高額で長期化した案件が残っており、財産調査に基づく処分又は執行停止の判断を早期に行う必要がある。",
               items=[("（１）滞納の未然防止", [("口座振替及びスマートフォン決済の利用を勧奨し、納期内納付を促進する。", "継続"),
                                           ("納税通知書の送付時期に合わせ、広報紙及び市ウェブサイトで納期を周知する。", "継続")]),
                      ("（２）滞納整理の強化", [("督促状発付後３か月以内に財産調査に着手し、差押えを早期に執行する。", "拡充"),
                                           ("山口県と共同で高額滞納案件の合同催告及びインターネット公売を実施する。", "新規")])]),
    "国民健康保険税": dict(issue="令和５年度の現年課税分の収納率は{c}％、滞納繰越分は{a}％であった。被保険者数の減少により調定額は"
                             "減少しているが、資格喪失後の未納が収入未済額の多くを占めている。",
                     items=[("（１）資格喪失者への対応", [("資格喪失の届出時に未納額を通知し、その場で納付相談を行う。", "拡充")]),
                            ("（２）市税と一体となった滞納整理", [("市税と重複して滞納している世帯は税務課で一元的に管理し、滞納処分を行う。", "継続"),
                                                        ("納付資力がない世帯については、生活再建の支援につなげたうえで執行停止を判断する。", None)])]),
    "市営住宅使用料": dict(issue="令和５年度の現年度分の収納率は{c}％、滞納繰越分は{a}％であった。滞納繰越分の多くは退去者に係るもので、"
                             "所在の把握が困難な案件が増えている。",
                     items=[("（１）入居者の滞納防止", [("滞納２か月で連帯保証人にも通知し、３か月以上の滞納者とは分納誓約を締結する。", "継続")]),
                            ("（２）退去者分の回収", [("退去者の滞納分について、弁護士への回収委託を導入する。", "新規"),
                                                ("回収の見込みがない債権は、債権管理条例に基づく放棄を検討する。", "継続")])]),
    "下水道使用料": dict(issue="令和５年度の現年度分の収納率は{c}％、滞納繰越分は{a}％であった。水道料金と一括して請求しており、"
                            "給水停止の措置と連動した催告により、現年度分は高い収納率を維持している。",
                   items=[("（１）上下水道料金の一体的な徴収", [("水道料金の給水停止予告と同時に下水道使用料の催告を行う。", "継続"),
                                                       ("転居時の精算漏れを防ぐため、閉栓手続時に未納額の有無を確認する。", "拡充")])]),
}


def sheet(pg, k):
    v = DEBTS[k]
    r5 = v["s"][2023]
    t = doc.add_table(rows=1, cols=3)
    outer_box(t, "12")
    cell(t.cell(0, 0), f"債権名　{k}", size=11, bold=True, font="IPAexGothic", shade="DCE6F1")
    cell(t.cell(0, 1), f"所管課　{v['dept']}", size=9.5)
    cell(t.cell(0, 2), f"区分　{v['kind']}", size=9.5)
    widths(t, (70, 50, 46))
    para("１　現状と課題", bold=True, font="IPAexGothic", size=10, space_before=3)
    c_s, a_s = zen(f2(r5["rate_c"])), zen(f2(r5["rate_a"]))
    para("　" + v_issue[k].format(c=c_s, a=a_s), size=9.5)
    G.fact(pg, k, k, 2023, "令和５年度", "current", "collection_rate", "actual", r5["rate_c"], "percent", f"{c_s}％")
    G.fact(pg, k, k, 2023, "令和５年度", "arrears", "collection_rate", "actual", r5["rate_a"], "percent", f"{a_s}％")
    para("２　数値目標（収入未済額、単位：千円）", bold=True, font="IPAexGothic", size=10, space_before=2)
    t = doc.add_table(rows=2, cols=5)
    borders(t)
    for j, c in enumerate(["区分", "５年度実績", "７年度目標", "８年度目標", "９年度目標"]):
        cell(t.cell(0, j), c, align="c", shade=HDR)
    cell(t.cell(1, 0), "収入未済額")
    vals = [comma(r5["out"])] + [comma(x) for x in OUT_T[k]]
    for j, s_ in enumerate(vals, 1):
        cell(t.cell(1, j), s_, align="r")
    G.fact(pg, k, k, 2023, "５年度実績", "total", "outstanding", "actual", r5["out"] * 1000, "yen", vals[0])
    for j, yy in enumerate((2025, 2026, 2027), 1):
        G.fact(pg, k, k, yy, f"{zen(yy - 2018)}年度目標", "total", "outstanding", "target", OUT_T[k][j - 1] * 1000, "yen", vals[j])
    widths(t, (34, 33, 33, 33, 33))
    para("３　取組内容", bold=True, font="IPAexGothic", size=10, space_before=2)
    kana = "アイウエオ"
    for title, items in v_items[k]:
        para(title, size=9.5, indent=6)
        for i, (text, stt) in enumerate(items):
            para(f"{kana[i]}　{text}" + (f"【{stt}】" if stt else ""), size=9.5, indent=14, hang=12)
            G.init(pg, k, 2025, "取組内容", title.replace("（", "(").replace("）", ")")[:3] + kana[i], text, stt)


v_issue = {k: SHEET[k]["issue"] for k in SHEET}
v_items = {k: SHEET[k]["items"] for k in SHEET}
heading("第４章　債権ごとの取組（推進シート）")
sheet(6, "市税")
para()
sheet(6, "国民健康保険税")
page_break()
sheet(7, "市営住宅使用料")
para()
sheet(7, "下水道使用料")
para()
para("※ 推進シートは、毎年度の債権管理対策会議において実績を確認し、必要に応じて改訂する。", size=8.5)

src = WORK / f"{STEM}.docx"
doc.save(src)
out = soffice_to_pdf(src, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
out.replace(dst)
subset_fonts(dst)
n = pdf_pages(dst)
assert n == 7, n
G.write(dst, n)
print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")
