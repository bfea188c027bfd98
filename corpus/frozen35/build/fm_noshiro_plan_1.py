"""fm_noshiro_plan_1: 第２次能代市債権管理計画 (plan) — python-docx -> LibreOffice.

Run from corpus/frozen35:  python3 build/fm_noshiro_plan_1.py
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import (soffice_pdf, Gold, PDF_DIR, WORK, check, com, oku_man, rate, round_to, tri, wareki, zdig)  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

STEM = "fm_noshiro_plan_1"
CITY = "能代市"
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"

# ---------------------------------------------------------------- data
DEBTS = {
    # name: (section, dept, Ac0, growth, current rates 2019-22, arrears rates, written-off, O(2018))
    "市税": ("一般会計", "総務部税務課", 6_150_000_000, 0.010, [98.62, 98.70, 98.72, 98.93], [19.5, 20.8, 21.4, 23.6],
             [21.0e6, 19.5e6, 18.2e6, 17.9e6], 452_000_000),
    "保育所保育料": ("一般会計", "福祉部子育て支援課", 96_000_000, -0.02, [97.8, 97.9, 98.1, 98.3], [13.5, 14.2, 15.0, 15.8],
                [0.9e6, 0.8e6, 0.85e6, 0.7e6], 11_200_000),
    "市営住宅使用料": ("一般会計", "都市整備部都市整備課", 212_000_000, -0.01, [96.4, 96.6, 96.8, 97.0], [14.5, 15.9, 17.6, 19.1],
                 [1.1e6, 1.3e6, 0.9e6, 1.2e6], 25_400_000),
    "国民健康保険税": ("特別会計", "総務部税務課", 1_352_000_000, -0.015, [94.42, 94.95, 95.12, 95.31], [17.2, 18.1, 18.6, 19.4],
                 [26e6, 24e6, 22.5e6, 21.1e6], 362_000_000),
    "介護保険料": ("特別会計", "市民福祉部長寿いきがい課", 1_418_000_000, 0.005, [99.28, 99.31, 99.35, 99.38], [11.2, 12.0, 12.4, 13.1],
              [2.6e6, 2.4e6, 2.3e6, 2.1e6], 23_100_000),
    "後期高齢者医療保険料": ("特別会計", "市民福祉部市民保険課", 521_000_000, 0.02, [99.55, 99.58, 99.52, 99.50], [34.0, 35.2, 33.8, 31.5],
                   [0.35e6, 0.3e6, 0.28e6, 0.2e6], 4_380_000),
    "水道料金": ("企業会計", "上下水道部営業課", 1_254_000_000, -0.005, [98.45, 98.52, 98.60, 98.66], [38.0, 39.1, 40.2, 41.0],
             [3.2e6, 3.0e6, 2.9e6, 2.7e6], 32_600_000),
    "下水道使用料": ("企業会計", "上下水道部営業課", 884_000_000, -0.004, [98.52, 98.58, 98.63, 98.68], [37.5, 38.2, 39.0, 39.6],
               [1.9e6, 1.8e6, 1.7e6, 1.6e6], 19_400_000),
}
DELINQ = {  # 滞納者数 (国保は滞納世帯数) 2019-2022
    "市税": [3_912, 3_786, 3_640, 3_405], "保育所保育料": [88, 81, 77, 70], "市営住宅使用料": [131, 128, 126, 119],
    "国民健康保険税": [2_206, 2_118, 2_037, 1_951], "介護保険料": [402, 421, 437, 446], "後期高齢者医療保険料": [61, 66, 70, 74],
    "水道料金": [1_204, 1_188, 1_151, 1_120], "下水道使用料": [866, 851, 840, 829],
}
YEARS = [2019, 2020, 2021, 2022]

random.seed(35)
S = {}  # S[debt][year] = dict(Ac, Cc, Aa, Ca, W, O, Uc, Ua)
for n, (sec, dept, ac0, g, rcs, ras, ws, o0) in DEBTS.items():
    o = o0 + random.randint(0, 99_999) * 7 + 3
    S[n] = {}
    for i, y in enumerate(YEARS):
        ac = int(ac0 * (1 + g) ** i) + random.randint(0, 999) * 1000 + random.randint(0, 999)
        cc = int(ac * (rcs[i] + random.uniform(-0.03, 0.03)) / 100)
        aa = o
        ca = int(aa * (ras[i] + random.uniform(-0.4, 0.4)) / 100)
        w = int(ws[i]) + random.randint(0, 9999)
        o = ac + aa - cc - ca - w
        S[n][y] = dict(Ac=ac, Cc=cc, Aa=aa, Ca=ca, W=w, O=o, Uc=ac - cc, Ua=aa - ca - w, At=ac + aa, Ct=cc + ca)

SECTIONS = ["一般会計", "特別会計", "企業会計"]


def k(yen):  # 千円
    return int(round(yen / 1000.0))


# ---------------------------------------------------------------- docx helpers
def set_font(run, name=MINCHO, size=10.5, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", *, font=MINCHO, size=10.5, bold=False, align=None, before=0, after=2, indent=0,
         first=0, keep=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep:
        pf.keep_with_next = True
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, *, size=8.5, bold=False, align="c", font=MINCHO, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(doc, rows, cols, widths_mm, row_h=5.6):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
    for r in t.rows:
        r.height = Mm(row_h)
        for i, c in enumerate(r.cells):
            c.width = Mm(widths_mm[i])
    return t


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_number(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("－ "), MINCHO, 9)
    r = p.add_run()
    set_font(r, MINCHO, 9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    set_font(p.add_run(" －"), MINCHO, 9)


# ---------------------------------------------------------------- build
G = Gold(STEM, "plan", "plan", CITY, "第２次能代市債権管理計画", "2024-03-01", "令和６年３月")
doc = Document()
sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Mm(210), Mm(297)
sec0.left_margin = sec0.right_margin = Mm(20)
sec0.top_margin, sec0.bottom_margin = Mm(18), Mm(16)
st = doc.styles["Normal"]
st.font.name = MINCHO
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
add_page_number(sec0)

# ---- page 1: cover
for _ in range(7):
    para(doc, "")
para(doc, "第２次", font=GOTHIC, size=22, align="c", after=6)
para(doc, "能代市債権管理計画", font=GOTHIC, size=30, bold=True, align="c", after=14)
para(doc, "令和６（2024）年度 ～ 令和10（2028）年度", font=GOTHIC, size=15, align="c", after=160)
para(doc, "令和６年３月", font=GOTHIC, size=15, align="c", after=10)
para(doc, "能　代　市", font=GOTHIC, size=18, align="c")
page_break(doc)

# ---- page 2: 目次 + 趣旨 + 期間
P = 2
para(doc, "目　　次", font=GOTHIC, size=14, bold=True, align="c", after=8)
toc = [("１　計画策定の趣旨", "2"), ("２　計画の期間及び対象債権", "2"), ("３　債権の現状", "3"),
       ("４　主要債権の収納状況（令和４年度決算）", "4"), ("５　債権ごとの取組", "5"),
       ("　（１）市税", "5"), ("　（２）国民健康保険税", "6"), ("　（３）市営住宅使用料", "7"),
       ("６　全庁的な取組", "8")]
for a, b in toc:
    p = para(doc, "", indent=15, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2, leader=1)  # right, dots
    set_font(p.add_run(f"{a}\t{zdig(b)}"), MINCHO, 10.5)
para(doc, "", after=6)

tot = {y: sum(S[n][y]["O"] for n in S) for y in YEARS}
H29_TOTAL = 1_032_000_000  # 平成29年度決算（第１次計画策定時）
t22 = round_to(tot[2022], 1_000_000)
dif = round_to(H29_TOTAL - t22, 1_000_000)
para(doc, "１　計画策定の趣旨", font=GOTHIC, size=12, bold=True, before=4, after=4)
s1 = ("本市では、平成30年に能代市債権管理条例を制定し、平成31（2019）年度から令和５（2023）年度までを期間とする"
      "「能代市債権管理計画」（以下「第１次計画」という。）に基づき、全庁を挙げて収納率の向上と収入未済額の縮減に"
      "取り組んできました。")
para(doc, s1, first=4)
r_h29 = "約" + oku_man(H29_TOTAL)
r_22 = "約" + oku_man(t22)
r_dif = "約" + oku_man(dif)
s2 = (f"この結果、主要８債権の収入未済額は、第１次計画策定時の平成29年度（2017年度）決算で{r_h29}でしたが、"
      f"令和４年度決算では{r_22}となり、{r_dif}の縮減となりました。")
para(doc, s2, first=4)
G.fact(P, None, None, 2017, "平成29年度（2017年度）", "total", "outstanding", "actual", H29_TOTAL, "yen", r_h29, approx=True)
G.fact(P, None, None, 2022, "令和４年度", "total", "outstanding", "actual", t22, "yen", r_22, approx=True)
G.fact(P, None, None, 2022, "令和４年度", "total", "difference", "actual", -dif, "yen", r_dif, approx=True)
s3 = ("一方で、人口減少や高齢化の進行により、今後も厳しい財政運営が見込まれることから、自主財源の確保と市民負担の"
      "公平性の観点から、第１次計画の取組を引き継ぎ、より一層適正な債権管理を進めるため、「第２次能代市債権管理計画」"
      "を策定するものです。")
para(doc, s3, first=4)
para(doc, "２　計画の期間及び対象債権", font=GOTHIC, size=12, bold=True, before=6, after=4)
para(doc, "（１）計画期間", font=GOTHIC, size=10.5, indent=2)
para(doc, "令和６（2024）年度から令和10（2028）年度までの５か年とします。", indent=8)
para(doc, "（２）対象債権", font=GOTHIC, size=10.5, indent=2)
para(doc, "本市が保有する債権のうち、令和４年度決算において収入未済額が生じている28債権を対象とします。"
          "このうち、収入未済額が多額である８債権を「主要債権」とし、債権ごとに目標を設定して進行管理を行います。",
     indent=8, first=4)
para(doc, "（３）進行管理", font=GOTHIC, size=10.5, indent=2)
para(doc, "能代市債権管理推進会議において、毎年度、主要債権の目標の達成状況と取組の実施状況を確認し、"
          "必要に応じて取組の見直しを行います。", indent=8, first=4)
page_break(doc)

# ---- page 3: 債権の現状 table 1
P = 3
para(doc, "３　債権の現状", font=GOTHIC, size=12, bold=True, after=4)
para(doc, "主要債権の収入未済額の推移は、表１のとおりです。", first=4, after=4)
cap = para(doc, "", after=1)
set_font(cap.add_run("表１　主要債権の収入未済額の推移"), GOTHIC, 10, True)
para(doc, "（単位：千円）", size=9, align="r", after=1)
rows = [("hdr",)]
for sname in SECTIONS:
    rows.append(("sec", sname))
    for n in DEBTS:
        if DEBTS[n][0] == sname:
            rows.append(("debt", n))
    rows.append(("sub", sname))
rows.append(("total",))
T1 = table(doc, len(rows), 5, [52, 30, 30, 30, 28])
hdr = ["債権名", "令和２（2020）年度", "令和３（2021）年度", "令和４（2022）年度", "増減\n（R4－R3）"]
for i, h in enumerate(hdr):
    cell_text(T1.rows[0].cells[i], h, size=8.5, bold=True, font=GOTHIC, fill="D9D9D9")
FY_RAW1 = {2020: "令和２（2020）年度", 2021: "令和３（2021）年度", 2022: "令和４（2022）年度"}
for ri, row in enumerate(rows[1:], start=1):
    cells = T1.rows[ri].cells
    if row[0] == "sec":
        m = cells[0].merge(cells[4])
        cell_text(m, f"【{row[1]}】", align="l", font=GOTHIC, size=8.5, bold=True, fill="F2F2F2")
        continue
    if row[0] == "debt":
        n = row[1]
        vals = {y: k(S[n][y]["O"]) for y in (2020, 2021, 2022)}
        label, debt, draw = n, n, n
    elif row[0] == "sub":
        sn = row[1]
        vals = {y: sum(k(S[n][y]["O"]) for n in DEBTS if DEBTS[n][0] == sn) for y in (2020, 2021, 2022)}
        label, debt, draw = "小計", None, "小計"
    else:
        vals = {y: sum(k(S[n][y]["O"]) for n in DEBTS) for y in (2020, 2021, 2022)}
        label, debt, draw = "合計", None, "合計"
    cell_text(cells[0], ("　" if row[0] == "debt" else "") + label, align="l" if row[0] == "debt" else "c",
              font=GOTHIC if row[0] != "debt" else MINCHO, bold=row[0] == "total")
    for ci, y in enumerate((2020, 2021, 2022), start=1):
        raw = com(vals[y])
        cell_text(cells[ci], raw, align="r")
        G.fact(P, debt, draw, y, FY_RAW1[y], "total", "outstanding", "actual", vals[y] * 1000, "yen", raw)
    d = vals[2022] - vals[2021]
    raw = tri(d)
    cell_text(cells[4], raw, align="r")
    G.fact(P, debt, draw, 2022, "R4－R3", "total", "difference", "actual", d * 1000, "yen", raw)
    if row[0] in ("sub", "total"):
        for c in cells:
            shade(c, "F2F2F2")
para(doc, "※ 表示単位未満を四捨五入しているため、合計が内訳と一致しない場合があります。", size=8.5, after=6)

# prose with figures
o22 = {n: S[n][2022]["O"] for n in S}
o21 = {n: S[n][2021]["O"] for n in S}
tax22 = round_to(o22["市税"], 10_000)
tax_d = round_to(o21["市税"] - o22["市税"], 10_000)
nk22 = round_to(o22["国民健康保険税"], 10_000)
nk_d = round_to(o21["国民健康保険税"] - o22["国民健康保険税"], 10_000)
kaigo_up = round_to(o22["介護保険料"] - o21["介護保険料"], 10_000)
para(doc, "（１）一般会計", font=GOTHIC, size=10.5, indent=2, before=2)
r1, r2_ = oku_man(tax22), oku_man(tax_d)
para(doc, f"市税の収入未済額は{r1}で、前年度から{r2_}減少しました。現年課税分の収納率の向上に加え、"
          "滞納繰越分の財産調査と差押えを計画的に進めたことによるものです。", indent=8, first=4)
G.fact(P, "市税", "市税", 2022, None, "total", "outstanding", "actual", tax22, "yen", r1)
G.fact(P, "市税", "市税", 2022, None, "total", "difference", "actual", -tax_d, "yen", r2_)
para(doc, "（２）特別会計", font=GOTHIC, size=10.5, indent=2, before=2)
r3, r4, r5 = oku_man(nk22), "約" + oku_man(round_to(nk_d, 1_000_000)), "約" + oku_man(round_to(kaigo_up, 1_000_000))
para(doc, f"国民健康保険税の収入未済額は{r3}で、前年度から{r4}減少しました。一方、介護保険料は、"
          f"普通徴収の対象となる被保険者の増加により、前年度から{r5}増加しています。", indent=8, first=4)
G.fact(P, "国民健康保険料", "国民健康保険税", 2022, None, "total", "outstanding", "actual", nk22, "yen", r3)
G.fact(P, "国民健康保険料", "国民健康保険税", 2022, None, "total", "difference", "actual",
       -round_to(nk_d, 1_000_000), "yen", r4, approx=True)
G.fact(P, "介護保険料", "介護保険料", 2022, None, "total", "difference", "actual",
       round_to(kaigo_up, 1_000_000), "yen", r5, approx=True)
para(doc, "（３）企業会計", font=GOTHIC, size=10.5, indent=2, before=2)
para(doc, "水道料金及び下水道使用料は、給水停止の予告を伴う催告の効果により、いずれも前年度から減少しました。",
     indent=8, first=4)

# ---- page 4: landscape table 2
P = 4
sec_l = doc.add_section(WD_SECTION.NEW_PAGE)
sec_l.orientation = WD_ORIENT.LANDSCAPE
sec_l.page_width, sec_l.page_height = Mm(297), Mm(210)
sec_l.left_margin = sec_l.right_margin = Mm(15)
sec_l.top_margin, sec_l.bottom_margin = Mm(15), Mm(14)
para(doc, "４　主要債権の収納状況（令和４年度決算）", font=GOTHIC, size=12, bold=True, after=4)
para(doc, "表２　主要債権の現年度分・滞納繰越分別の収納状況", font=GOTHIC, size=10, bold=True, after=3)
names = list(DEBTS)
T2 = table(doc, 2 + len(names) + 1, 14, [34, 21, 21, 13, 19, 19, 13, 21, 21, 13, 18, 19, 17, 16], row_h=8.5)
h0 = T2.rows[0].cells
h1 = T2.rows[1].cells
cell_text(h0[0].merge(h1[0]), "債権名", font=GOTHIC, bold=True, fill="D9D9D9", size=8)
for gi, gname in enumerate(["現年度分", "滞納繰越分", "計"]):
    c0 = 1 + gi * 3
    cell_text(h0[c0].merge(h0[c0 + 2]), gname, font=GOTHIC, bold=True, fill="D9D9D9", size=8)
    for j, sub in enumerate(["調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）"]):
        cell_text(h1[c0 + j], sub, font=GOTHIC, bold=True, fill="D9D9D9", size=7.5)
cell_text(h0[10].merge(h1[10]), "不納欠損額\n（千円）", font=GOTHIC, bold=True, fill="D9D9D9", size=7.5)
cell_text(h0[11].merge(h1[11]), "収入未済額\n（千円）", font=GOTHIC, bold=True, fill="D9D9D9", size=7.5)
cell_text(h0[12].merge(h1[12]), "前年度\n収入未済額\n（千円）", font=GOTHIC, bold=True, fill="D9D9D9", size=7)
cell_text(h0[13].merge(h1[13]), "滞納者数\n※1", font=GOTHIC, bold=True, fill="D9D9D9", size=7.5)
FY = 2022
FYR = "令和４年度"
tots = dict(Ac=0, Cc=0, Aa=0, Ca=0, At=0, Ct=0, W=0, O=0, Oprev=0)
for ri, n in enumerate(names + ["合計"], start=2):
    cells = T2.rows[ri].cells
    if n != "合計":
        d = S[n][FY]
        v = dict(Ac=k(d["Ac"]), Cc=k(d["Cc"]), Aa=k(d["Aa"]), Ca=k(d["Ca"]), At=k(d["At"]), Ct=k(d["Ct"]),
                 W=k(d["W"]), O=k(d["O"]), Oprev=k(S[n][2021]["O"]))
        rates = (rate(d["Cc"], d["Ac"]), rate(d["Ca"], d["Aa"]), rate(d["Ct"], d["At"]))
        for kk in tots:
            tots[kk] += v[kk]
        debt = "国民健康保険料" if n == "国民健康保険税" else n
        draw = n
        cell_text(cells[0], n, align="l", size=8)
    else:
        v = tots
        yen = {kk: sum(S[m][FY][kk] for m in names) for kk in ("Ac", "Cc", "Aa", "Ca", "At", "Ct")}
        rates = (rate(yen["Cc"], yen["Ac"]), rate(yen["Ca"], yen["Aa"]), rate(yen["Ct"], yen["At"]))
        debt, draw = None, "合計"
        cell_text(cells[0], "合計", font=GOTHIC, bold=True, size=8, fill="F2F2F2")
    seq = [("current", "assessed", v["Ac"]), ("current", "collected", v["Cc"]), ("current", "collection_rate", rates[0]),
           ("arrears", "assessed", v["Aa"]), ("arrears", "collected", v["Ca"]), ("arrears", "collection_rate", rates[1]),
           ("total", "assessed", v["At"]), ("total", "collected", v["Ct"]), ("total", "collection_rate", rates[2]),
           ("total", "written_off", v["W"]), ("total", "outstanding", v["O"])]
    for ci, (seg, met, val) in enumerate(seq, start=1):
        if met == "collection_rate":
            raw = f"{val:.2f}"
            G.fact(P, debt, draw, FY, FYR, seg, met, "actual", val, "percent", raw)
        else:
            raw = com(val)
            G.fact(P, debt, draw, FY, FYR, seg, met, "actual", val * 1000, "yen", raw)
        cell_text(cells[ci], raw, align="r", size=8, fill="F2F2F2" if n == "合計" else None)
    raw = com(v["Oprev"])
    cell_text(cells[12], raw, align="r", size=8, fill="F2F2F2" if n == "合計" else None)
    G.fact(P, debt, draw, 2021, "前年度", "total", "outstanding", "actual", v["Oprev"] * 1000, "yen", raw)
    if n == "合計":
        cell_text(cells[13], "－", size=8, fill="F2F2F2")
    else:
        cnt = DELINQ[n][3]
        raw = com(cnt) + ("※2" if n == "国民健康保険税" else "")
        cell_text(cells[13], raw, align="r", size=8)
        G.fact(P, debt, draw, FY, FYR, "total", "delinquents", "actual", cnt,
               "households" if n == "国民健康保険税" else "persons", com(cnt))
para(doc, "", after=2)
para(doc, "※1 滞納者数は、現年度分と滞納繰越分の実人数です（単位：人）。", size=8.5, after=0)
para(doc, "※2 国民健康保険税は滞納世帯数（単位：世帯）を記載しています。", size=8.5, after=0)
tax = S["市税"][FY]
rc_, ra_ = k(tax["Uc"]), k(tax["Ua"])
rr1, rr2 = f"{com(rc_)}千円", f"{com(ra_)}千円"
para(doc, f"※3 市税の収入未済額のうち、現年課税分は{rr1}、滞納繰越分は{rr2}です。", size=8.5, after=0)
G.fact(P, "市税", "市税", FY, None, "current", "outstanding", "actual", rc_ * 1000, "yen", rr1)
G.fact(P, "市税", "市税", FY, None, "arrears", "outstanding", "actual", ra_ * 1000, "yen", rr2)
para(doc, "※ 収納率＝収入済額÷調定額。計の収納率は現年度分と滞納繰越分を合わせて算出しています。", size=8.5, after=0)

# ---- pages 5-7: 推進シート
TARGETS = {
    "市税": dict(est=(99.00, 24.50, 318_000), tg=[(99.05, 25.00, 300_000), (99.10, 25.50, 285_000), (99.15, 26.00, 270_000),
                                               (99.20, 26.50, 255_000), (99.25, 27.00, 240_000)]),
    "国民健康保険税": dict(est=(95.45, 19.80, 272_000), tg=[(95.60, 20.30, 258_000), (95.75, 20.80, 245_000),
                                                  (95.90, 21.30, 232_000), (96.05, 21.80, 220_000), (96.20, 22.30, 208_000)]),
    "市営住宅使用料": dict(est=(97.10, 19.50, 30_400), tg=[(97.20, 20.00, 29_500), (97.30, 20.50, 28_600),
                                                 (97.40, 21.00, 27_700), (97.50, 21.50, 26_800), (97.60, 22.00, 26_000)]),
}

SHEETS = [
    dict(n="市税", debt="市税", dept="総務部税務課（収納対策係）", kind="【強制徴収公債権】　消滅時効５年",
         gaiyo="個人市民税、法人市民税、固定資産税、軽自動車税、市たばこ税及び入湯税", seg=("現年課税分", "滞納繰越分"),
         order=[2019, 2020, 2021, 2022], ylab={2019: "令和元年度", 2020: "令和２年度", 2021: "３年度", 2022: "４年度"},
         dl="滞納者数（人）", unit="persons", tagstyle="inline",
         items=[
             ("(1)", "納期限後20日以内に督促状を発送し、督促後も納付のない者には、電話催告と文書催告を組み合わせて早期に納付を促す。", "継続"),
             ("(2)", "滞納額が50万円以上の高額滞納者及び２年以上の長期滞納者を重点整理対象とし、係長による進行管理の下で財産調査と差押えを行う。", "継続"),
             ("(3)", "預貯金調査の電子照会を全件に拡大し、調査から差押えまでの期間を短縮する。", "拡充"),
             ("(4)", "スマートフォン決済アプリ及び地方税統一QRコードによる納付の周知を強化し、納期内納付を促進する。", "拡充"),
             ("(5)", "秋田県地方税滞納整理機構への事案の引継ぎを計画的に行い、困難事案の整理を進める。", "継続"),
             ("(6)", "SMS（ショートメッセージサービス）による催告を導入し、若年層の初期滞納者への接触率を高める。", "新規"),
         ]),
    dict(n="国民健康保険税", debt="国民健康保険料", dept="総務部税務課（国保収納係）", kind="【強制徴収公債権】　消滅時効５年",
         gaiyo="国民健康保険事業に要する費用に充てるため、地方税法第703条の４に基づき課する目的税",
         seg=("現年課税分", "滞納繰越分"), order=[2022, 2021, 2020, 2019],
         ylab={2022: "４年度", 2021: "３年度", 2020: "令和２年度", 2019: "令和元年度"},
         dl="滞納世帯数（世帯）", unit="households", tagstyle="alone",
         items=[
             ("(1)", "新規加入世帯に対し、加入手続時に口座振替の申込みを原則として受け付け、口座振替の加入率を高める。", "継続"),
             ("(2)", "短期被保険者証の更新時に納付相談を行い、分割納付の履行状況を確認する。", "継続"),
             ("(3)", "給与照会及び年金照会を強化し、給与・年金の差押えを積極的に実施する。", "拡充"),
             ("(4)", "資格喪失世帯の滞納分について、喪失後速やかに催告を行い、転出先の調査を行う。", "新規"),
         ]),
]

for si, sh in enumerate(SHEETS):
    P = 5 + si
    sec_p = doc.add_section(WD_SECTION.NEW_PAGE) if si == 0 else None
    if sec_p is not None:
        sec_p.orientation = WD_ORIENT.PORTRAIT
        sec_p.page_width, sec_p.page_height = Mm(210), Mm(297)
        sec_p.left_margin = sec_p.right_margin = Mm(20)
        sec_p.top_margin, sec_p.bottom_margin = Mm(15), Mm(14)
        para(doc, "５　債権ごとの取組", font=GOTHIC, size=12, bold=True, after=4)
    else:
        page_break(doc)
    n, debt = sh["n"], sh["debt"]
    para(doc, f"（{zdig(si + 1)}）{n}", font=GOTHIC, size=11, bold=True, after=3)
    box = table(doc, 1, 4, [24, 50, 24, 72])
    cell_text(box.rows[0].cells[0], "債権名", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
    cell_text(box.rows[0].cells[1], n, size=9.5)
    cell_text(box.rows[0].cells[2], "所管課", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
    cell_text(box.rows[0].cells[3], sh["dept"], size=9.5)
    para(doc, "ア　債権の概要", font=GOTHIC, size=10, before=4, after=1)
    para(doc, sh["kind"], size=9.5, indent=5, after=0)
    para(doc, sh["gaiyo"], size=9.5, indent=5, after=2)
    para(doc, "イ　収納状況の推移", font=GOTHIC, size=10, before=2, after=0)
    para(doc, "（単位：円）", size=8.5, align="r", after=1)
    order = sh["order"]
    rowsdef = [(sh["seg"][0], "調定額", "current", "assessed", "Ac"), (sh["seg"][0], "収入済額", "current", "collected", "Cc"),
               (sh["seg"][0], "収納率（％）", "current", "collection_rate", ("Cc", "Ac")),
               (sh["seg"][1], "調定額", "arrears", "assessed", "Aa"), (sh["seg"][1], "収入済額", "arrears", "collected", "Ca"),
               (sh["seg"][1], "収納率（％）", "arrears", "collection_rate", ("Ca", "Aa")),
               ("計", "調定額", "total", "assessed", "At"), ("計", "収入済額", "total", "collected", "Ct"),
               ("計", "収納率（％）", "total", "collection_rate", ("Ct", "At")),
               ("不納欠損額", "", "total", "written_off", "W"), ("収入未済額", "", "total", "outstanding", "O"),
               (sh["dl"], "", "total", "delinquents", "DL")]
    T = table(doc, 1 + len(rowsdef), 6, [22, 24, 31, 31, 31, 31])
    cell_text(T.rows[0].cells[0].merge(T.rows[0].cells[1]), "区分", font=GOTHIC, bold=True, fill="D9D9D9", size=8.5)
    for ci, y in enumerate(order, start=2):
        cell_text(T.rows[0].cells[ci], sh["ylab"][y], font=GOTHIC, bold=True, fill="D9D9D9", size=8.5)
    # vertical merges for the three segment groups
    for g0 in (1, 4, 7):
        top = T.rows[g0].cells[0]
        m = top.merge(T.rows[g0 + 2].cells[0])
        cell_text(m, rowsdef[g0 - 1][0], font=GOTHIC, size=8.5, fill="F2F2F2")
    for ri, (grp, lab, seg, met, key) in enumerate(rowsdef, start=1):
        cells = T.rows[ri].cells
        if ri >= 10:
            cell_text(cells[0].merge(cells[1]), grp, font=GOTHIC, size=8.5, fill="F2F2F2")
        else:
            cell_text(cells[1], lab, size=8.5)
        for ci, y in enumerate(order, start=2):
            d = S[n][y]
            if met == "collection_rate":
                val = rate(d[key[0]], d[key[1]])
                raw = f"{val:.2f}"
                G.fact(P, debt, n, y, sh["ylab"][y], seg, met, "actual", val, "percent", raw)
            elif met == "delinquents":
                val = DELINQ[n][YEARS.index(y)]
                raw = com(val)
                G.fact(P, debt, n, y, sh["ylab"][y], seg, met, "actual", val, sh["unit"], raw)
            else:
                val = d[key]
                raw = com(val)
                G.fact(P, debt, n, y, sh["ylab"][y], seg, met, "actual", val, "yen", raw)
            cell_text(cells[ci], raw, align="r", size=8.5)
    # prose
    para(doc, "ウ　収納状況に関する説明", font=GOTHIC, size=10, before=4, after=1)
    d22, d21 = S[n][2022], S[n][2021]
    rc22, rc21 = rate(d22["Cc"], d22["Ac"]), rate(d21["Cc"], d21["Ac"])
    ra22, ra21 = rate(d22["Ca"], d22["Aa"]), rate(d21["Ca"], d21["Aa"])
    pt_c = round(rc22 - rc21, 2)
    pt_a = round(ra22 - ra21, 2)
    o_d = round_to(d21["O"] - d22["O"], 100_000)
    raw_rc, raw_pc = f"{rc22:.2f}％", f"{pt_c:.2f}ポイント"
    raw_ra, raw_pa = f"{ra22:.2f}％", f"{pt_a:.2f}ポイント"
    raw_od = "約" + oku_man(o_d)
    txt = (f"令和４年度の{sh['seg'][0]}の収納率は{raw_rc}で、前年度と比べ{raw_pc}上昇しました。"
           f"{sh['seg'][1]}の収納率は{raw_ra}となり、前年度から{raw_pa}の上昇となっています。"
           f"収入未済額は前年度から{raw_od}減少しました。")
    para(doc, txt, size=9.5, indent=5, first=3)
    G.fact(P, debt, n, 2022, "令和４年度", "current", "collection_rate", "actual", rc22, "percent", raw_rc)
    G.fact(P, debt, n, 2022, "令和４年度", "current", "difference", "actual", pt_c, "points", raw_pc)
    G.fact(P, debt, n, 2022, "令和４年度", "arrears", "collection_rate", "actual", ra22, "percent", raw_ra)
    G.fact(P, debt, n, 2022, "令和４年度", "arrears", "difference", "actual", pt_a, "points", raw_pa)
    G.fact(P, debt, n, 2022, "令和４年度", "total", "difference", "actual", -o_d, "yen", raw_od, approx=True)
    # targets
    para(doc, "エ　目標", font=GOTHIC, size=10, before=3, after=1)
    tg = TARGETS[n]
    cols = [("令和５年度\n（見込）", 2023, "estimate", tg["est"])] + \
           [(wareki(2024 + i, full=True).replace("年度", "年度"), 2024 + i, "target", tg["tg"][i]) for i in range(5)]
    TT = table(doc, 4, 7, [38, 22, 22, 22, 22, 22, 22])
    cell_text(TT.rows[0].cells[0], "区分", font=GOTHIC, bold=True, fill="D9D9D9", size=8.5)
    for ci, (lab, y, b, vals) in enumerate(cols, start=1):
        cell_text(TT.rows[0].cells[ci], lab, font=GOTHIC, bold=True, fill="D9D9D9", size=8)
    tl = [(f"{sh['seg'][0]}\n収納率（％）", "current", "collection_rate"),
          (f"{sh['seg'][1]}\n収納率（％）", "arrears", "collection_rate"),
          ("収入未済額（千円）", "total", "outstanding")]
    for ri, (lab, seg, met) in enumerate(tl, start=1):
        cell_text(TT.rows[ri].cells[0], lab, size=8.5, align="l")
        for ci, (clab, y, b, vals) in enumerate(cols, start=1):
            val = vals[ri - 1]
            if met == "collection_rate":
                raw = f"{val:.2f}"
                G.fact(P, debt, n, y, clab.replace("\n", ""), seg, met, b, val, "percent", raw)
            else:
                raw = com(val)
                G.fact(P, debt, n, y, clab.replace("\n", ""), seg, met, b, val * 1000, "yen", raw)
            cell_text(TT.rows[ri].cells[ci], raw, align="r", size=8.5)
    # initiatives
    para(doc, "オ　目標達成に向けた取組", font=GOTHIC, size=10, before=4, after=1)
    for lab, text, status in sh["items"]:
        if sh["tagstyle"] == "inline":
            para(doc, f"{lab}　{text}【{status}】", size=9.5, indent=9, first=-6, after=1)
        else:
            para(doc, f"{lab}　{text}", size=9.5, indent=9, first=-6, after=0)
            para(doc, f"【{status}】", size=9.5, align="r", after=1)
        G.init(P, debt, 2024, "目標達成に向けた取組", lab, text, status, debt_raw=n)

# ---- page 7: 市営住宅使用料 (items in a table without 取組 header)
P = 7
page_break(doc)
n, debt = "市営住宅使用料", "市営住宅使用料"
para(doc, "（３）市営住宅使用料", font=GOTHIC, size=11, bold=True, after=3)
box = table(doc, 1, 4, [24, 50, 24, 72])
cell_text(box.rows[0].cells[0], "債権名", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
cell_text(box.rows[0].cells[1], n, size=9.5)
cell_text(box.rows[0].cells[2], "所管課", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
cell_text(box.rows[0].cells[3], "都市整備部都市整備課（住宅係）", size=9.5)
para(doc, "ア　債権の概要", font=GOTHIC, size=10, before=4, after=1)
para(doc, "【私債権】　消滅時効５年（民法第166条）", size=9.5, indent=5, after=0)
para(doc, "能代市営住宅条例に基づき、市営住宅（18団地、642戸）の入居者から徴収する家賃及び駐車場使用料", size=9.5,
     indent=5, after=2)
para(doc, "イ　収納状況の推移", font=GOTHIC, size=10, before=2, after=0)
para(doc, "（単位：千円）", size=8.5, align="r", after=1)
# long rows: one row per year, metrics as columns (other orientation than the sheets above)
TY = table(doc, 5, 8, [22, 22, 22, 17, 22, 22, 17, 26])
hh = ["年度", "現年度分\n調定額", "現年度分\n収入済額", "現年度分\n収納率(％)", "滞納繰越分\n調定額", "滞納繰越分\n収入済額",
      "滞納繰越分\n収納率(％)", "収入未済額"]
for i, h in enumerate(hh):
    cell_text(TY.rows[0].cells[i], h, font=GOTHIC, bold=True, fill="D9D9D9", size=7.5)
YL = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度"}
for ri, y in enumerate(YEARS, start=1):
    d = S[n][y]
    cells = TY.rows[ri].cells
    cell_text(cells[0], YL[y], size=8.5)
    seq = [("current", "assessed", k(d["Ac"])), ("current", "collected", k(d["Cc"])),
           ("current", "collection_rate", rate(d["Cc"], d["Ac"])),
           ("arrears", "assessed", k(d["Aa"])), ("arrears", "collected", k(d["Ca"])),
           ("arrears", "collection_rate", rate(d["Ca"], d["Aa"])), ("total", "outstanding", k(d["O"]))]
    for ci, (seg, met, val) in enumerate(seq, start=1):
        if met == "collection_rate":
            raw = f"{val:.2f}"
            G.fact(P, debt, n, y, YL[y], seg, met, "actual", val, "percent", raw)
        else:
            raw = com(val)
            G.fact(P, debt, n, y, YL[y], seg, met, "actual", val * 1000, "yen", raw)
        cell_text(cells[ci], raw, align="r", size=8.5)
para(doc, "", after=1)
para(doc, "ウ　現状と課題及び今後の方策", font=GOTHIC, size=10, before=3, after=2)
TX = table(doc, 2, 2, [85, 85])
cell_text(TX.rows[0].cells[0], "現状と課題", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
cell_text(TX.rows[0].cells[1], "今後の方策", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
genjo = ("滞納者の多くが高齢の単身世帯又は低所得世帯であり、少額の滞納が長期化する傾向にある。"
         "退去者の滞納分は所在の把握が難しく、収入未済額の約４割を占めている。")
cell_text(TX.rows[1].cells[0], genjo, align="l", size=9)
HOUSING = [
    ("①", "滞納が２か月に達した入居者に対し、連帯保証人への通知と併せて臨戸による納付指導を行う。", "継続"),
    ("②", "滞納が６か月以上となり、納付指導に応じない入居者については、明渡し請求及び支払督促の申立てを行う。", "拡充"),
    ("③", "退去者の滞納分について、債権回収業務の弁護士法人への委託を開始する。", "新規"),
    ("④", "回収の見込みがない債権は、債権管理条例に基づき債権放棄の手続を行う。", None),
]
c = TX.rows[1].cells[1]
c.text = ""
for i, (lab, text, status) in enumerate(HOUSING):
    p = c.paragraphs[0] if i == 0 else c.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.left_indent = Mm(4)
    p.paragraph_format.first_line_indent = Mm(-4)
    set_font(p.add_run(f"{lab}{text}" + (f"【{status}】" if status else "")), MINCHO, 9)
    G.init(P, debt, 2024, "今後の方策", lab, text, status, debt_raw=n)
tg = TARGETS[n]
para(doc, "エ　目標", font=GOTHIC, size=10, before=4, after=1)
# two headings side by side on one line over two blocks: 令和５年度（見込） | 令和10年度（目標）
TB = table(doc, 3, 4, [44, 40, 44, 40])
cell_text(TB.rows[0].cells[0].merge(TB.rows[0].cells[1]), "令和５年度（見込）", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
cell_text(TB.rows[0].cells[2].merge(TB.rows[0].cells[3]), "令和10年度（目標）", font=GOTHIC, bold=True, fill="D9D9D9", size=9)
for ri, (lab, seg, idx) in enumerate([("現年度分収納率", "current", 0), ("滞納繰越分収納率", "arrears", 1)], start=1):
    for blk, (y, b, vals) in enumerate([(2023, "estimate", tg["est"]), (2028, "target", tg["tg"][4])]):
        cell_text(TB.rows[ri].cells[blk * 2], lab, size=9, align="l")
        raw = f"{vals[idx]:.2f}％"
        cell_text(TB.rows[ri].cells[blk * 2 + 1], raw, size=9, align="r")
        G.fact(P, debt, n, y, "令和５年度" if y == 2023 else "令和10年度", seg, "collection_rate", b, vals[idx],
               "percent", raw)
rt = f"{com(tg['tg'][4][2])}千円"
para(doc, f"令和10年度末の収入未済額の目標は{rt}とします。", size=9.5, indent=5, before=3)
G.fact(P, debt, n, 2028, "令和10年度", "total", "outstanding", "target", tg["tg"][4][2] * 1000, "yen", rt)

# ---- page 8: 全庁的な取組 (memo numbering)
P = 8
page_break(doc)
para(doc, "６　全庁的な取組", font=GOTHIC, size=12, bold=True, after=4)
para(doc, "主要債権以外の債権を含め、全ての債権所管課において次の取組を進めます。", first=4, after=4)
ZEN_KANA = {"ｱ": "ア", "ｲ": "イ", "ｳ": "ウ"}
ALL = [
    ("（１）", "適正な債権管理の推進", [
        ("ア", "債権管理台帳の整備", [
            ("(ｱ)", "全ての債権所管課において、債務者ごとの債権管理台帳を整備し、督促・催告及び折衝の経過を記録する。", "継続"),
            ("(ｲ)", "債権管理台帳の記載項目を統一し、人事異動の際にも事務が確実に引き継がれるようにする。", "新規"),
        ]),
        ("イ", None, "督促状は納期限後20日以内に発送することを徹底し、延滞金の徴収を適正に行う。", "継続"),
    ]),
    ("（２）", "滞納の未然防止", [
        ("ア", None, "口座振替の原則化を進め、申込みの際にWeb口座振替受付サービスを案内する。", "拡充"),
        ("イ", None, "コンビニエンスストア納付及びスマートフォン決済の対象債権を拡大し、納付機会を増やす。", "拡充"),
    ]),
    ("（３）", "債権回収の体制強化", [
        ("ア", None, "税務課収納対策係が持つ滞納整理のノウハウを、研修や個別相談を通じて他の債権所管課と共有する。", "継続"),
        ("イ", None, "非強制徴収債権について、支払督促等の法的措置の手順書を作成し、所管課の取組を支援する。", "新規"),
        ("ウ", None, "債務者の生活状況に応じて、生活困窮者自立支援の相談窓口へ確実につなぐ。", "継続"),
    ]),
]
for l1, t1, subs in ALL:
    para(doc, f"{l1}{t1}", font=GOTHIC, size=10.5, indent=2, before=3, after=2)
    for sub in subs:
        if sub[1] is None:
            lab, _, text, status = sub
            para(doc, f"{lab}　{text}【{status}】", size=10, indent=12, first=-5, after=2)
            G.init(P, None, 2024, t1, l1.replace("（", "(").replace("）", ")") + lab, text, status)
        else:
            lab, t2, items = sub
            para(doc, f"{lab}　{t2}", size=10, indent=12, first=-5, after=1)
            for l3, text, status in items:
                para(doc, f"{l3}　{text}【{status}】", size=10, indent=20, first=-7, after=1)
                G.init(P, None, 2024, t2, l1.replace("（", "(").replace("）", ")") + lab + l3, text, status)
para(doc, "", after=4)
para(doc, "（４）計画の見直し", font=GOTHIC, size=10.5, indent=2, before=3, after=2)
para(doc, "社会経済情勢の変化や制度改正があった場合には、計画期間中であっても必要に応じて見直しを行います。",
     size=10, indent=8, first=4)

# ---------------------------------------------------------------- output
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
lo_pdf = soffice_pdf(docx_path)
pdf = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf.write_bytes(lo_pdf.read_bytes())
gp = G.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
