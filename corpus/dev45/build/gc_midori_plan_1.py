#!/usr/bin/env python3
"""gc_midori_plan_1: 第２次みどり市債権管理計画 (python-docx -> LibreOffice).

Run from corpus/dev45:  python3 build/gc_midori_plan_1.py
Multi-year 債権管理計画: cover, 目次, a two-column chapter, the current state (円 table beside a 千円
district table), a long-format trend table broken across pages, targets per year and 推進シート-style
pages per debt.  All figures are invented.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gc_common import Gold, comma, rate, rfmt, signed, check_pdf  # noqa: E402

STEM = "gc_midori_plan_1"
WORK = Path("/tmp/gc_work")
WORK.mkdir(parents=True, exist_ok=True)
PDF = Path("pdf") / f"{STEM}.pdf"
GOLD = Path("gold") / f"{STEM}.json"

G = Gold(STEM, "plan", "plan", "みどり市", "第２次みどり市債権管理計画", "2025-03-01", "令和７年３月")

MIN, GOT = "IPAexMincho", "IPAexGothic"

# ---------------------------------------------------------------- data (千円)
YEARS = [2019, 2020, 2021, 2022, 2023]
DEBTS = {   # key: (canonical, printed, 会計)
    "tax": ("市税", "市税", "一般会計"),
    "nursery": ("保育料", "保育料", "一般会計"),
    "housing": ("市営住宅使用料", "市営住宅使用料", "一般会計"),
    "lunch": ("学校給食費", "学校給食費", "一般会計"),
    "nhi": ("国民健康保険料", "国民健康保険税", "国民健康保険特別会計"),
    "care": ("介護保険料", "介護保険料", "介護保険特別会計"),
    "elder": ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療特別会計"),
    "water": ("水道料金", "水道料金", "水道事業会計"),
    "sewer": ("下水道使用料", "下水道使用料", "下水道事業会計"),
}
PARAMS = {   # arrears assessed 2019, [(current assessed, current rate, arrears rate, write-off share)]
    "tax": (412836, [(6218455, 98.63, 18.42, .08), (6105210, 98.48, 19.15, .08), (6287344, 98.81, 21.37, .09),
                     (6351208, 98.97, 23.05, .09), (6402117, 99.12, 24.86, .09)]),
    "nhi": (521408, [(1402216, 92.04, 15.12, .10), (1388105, 92.36, 16.03, .10), (1372450, 92.81, 17.54, .11),
                     (1360318, 93.17, 18.96, .11), (1348852, 93.45, 20.41, .12)]),
    "care": (38215, [(1012538, 98.81, 12.14, .25), (1025417, 98.86, 13.02, .24), (1038206, 98.93, 14.21, .25),
                     (1047719, 98.99, 15.12, .25), (1055340, 99.05, 16.03, .24)]),
    "elder": (6102, [(498215, 99.41, 30.22, .20), (503311, 99.44, 31.56, .20), (511827, 99.48, 33.04, .20),
                     (519432, 99.51, 34.87, .21), (527106, 99.55, 36.12, .20)]),
    "nursery": (18214, [(158306, 98.21, 15.33, .12), (101218, 98.35, 16.84, .12), (97412, 98.52, 18.27, .13),
                        (96105, 98.66, 19.95, .12), (95233, 98.79, 21.46, .12)]),
    "water": (30412, [(1120334, 98.92, 55.13, .05), (1128451, 98.97, 56.42, .05), (1131208, 99.02, 57.86, .05),
                      (1134517, 99.06, 59.03, .05), (1138226, 99.10, 60.14, .05)]),
    "housing": (33104, [(50213, 94.86, 9.12, .10), (49805, 94.95, 9.38, .10), (49366, 95.02, 9.61, .10),
                        (48911, 95.08, 9.77, .10), (48503, 95.13, 9.85, .10)]),
    "lunch": (6510, [(218312, 99.21, 16.82, .05), (216405, 99.24, 17.05, .05), (214118, 99.27, 17.46, .05),
                     (213224, 99.29, 17.78, .05), (212117, 99.31, 18.02, .05)]),
    "sewer": (12805, [(590214, 98.92, 46.11, .05), (592381, 98.95, 46.73, .05), (594465, 98.97, 47.25, .05),
                      (596118, 98.99, 47.68, .05), (598042, 99.01, 48.05, .05)]),
}


def series(arr0, params):
    rows, arr = {}, arr0
    for y, (ca, cr, ar, wf) in zip(YEARS, params):
        cc = round(ca * cr / 100)
        ac = round(arr * ar / 100)
        wo = round((arr - ac) * wf)
        rows[y] = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=wo, out=ca - cc + arr - ac - wo,
                       a=ca + arr, c=cc + ac, cr=rate(cc, ca), ar=rate(ac, arr))
        arr = rows[y]["out"]
    return rows


S = {k: series(*PARAMS[k]) for k in PARAMS}

# 令和５年度決算 in 円 (table 1): 千円 values plus sub-千円 residuals that round back to them
RES = {"tax": (412, 138, 57), "nursery": (305, 22, 180), "housing": (471, 96, 35), "lunch": (358, 140, 0),
       "nhi": (446, 203, 111), "care": (380, 57, 198), "elder": (322, 185, 12), "water": (467, 91, 250),
       "sewer": (301, 44, 76)}
Y23 = {}
for k, (ra, rc, rw) in RES.items():
    s = S[k][2023]
    a = s["a"] * 1000 + ra
    c = s["c"] * 1000 + rc
    w = s["wo"] * 1000 + rw
    cur_out = (s["ca"] - s["cc"]) * 1000 + (ra - rc) // 2
    Y23[k] = dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a), cur_out=cur_out, arr_out=a - c - w - cur_out)
OTHER23 = dict(a=386512418, c=352108206, w=2145380)
OTHER23["o"] = OTHER23["a"] - OTHER23["c"] - OTHER23["w"]
OTHER23["r"] = rate(OTHER23["c"], OTHER23["a"])
GENERAL = ["tax", "nursery", "housing", "lunch"]
SUB = {f: sum(Y23[k][f] for k in GENERAL) for f in ("a", "c", "w", "o")}
SUB["r"] = rate(SUB["c"], SUB["a"])
ALL = {f: sum(Y23[k][f] for k in Y23) + OTHER23[f] for f in ("a", "c", "w", "o")}
ALL["r"] = rate(ALL["c"], ALL["a"])

# districts (市税, 千円): shares of assessed / outstanding / write-off, delinquent persons
DIST = [("笠懸地区", .5318, .5502, 1286), ("大間々地区", .4207, .4101, 1044), ("東地区", None, None, 97)]


def districts():
    s = S["tax"][2023]
    out, rest = [], dict(a=s["a"], o=s["out"], w=s["wo"])
    for name, sa, so, n in DIST:
        if sa is None:
            d = dict(rest)
        else:
            d = dict(a=round(s["a"] * sa), o=round(s["out"] * so), w=round(s["wo"] * so))
            for f in ("a", "o", "w"):
                rest[f] -= d[f]
        d["c"] = d["a"] - d["o"] - d["w"]
        d["r"] = rate(d["c"], d["a"])
        d["n"], d["name"] = n, name
        out.append(d)
    return out


# targets (current, arrears, total) -> 令和６年度見込, 令和７～10年度目標
EST24 = {"tax": (99.15, 25.40), "nhi": (93.52, 20.90), "care": (99.07, 16.50), "nursery": (98.82, 22.10)}
TGT = {
    "tax": [(99.18, 26.00), (99.21, 26.50), (99.24, 27.00), (99.27, 27.50)],
    "nhi": [(93.60, 21.40), (93.75, 22.00), (93.90, 22.60), (94.05, 23.20)],
    "care": [(99.08, 17.00), (99.11, 17.50), (99.14, 18.00), (99.17, 18.50)],
    "nursery": [(98.85, 22.60), (98.90, 23.20), (98.95, 23.80), (99.00, 24.40)],
}
TOT_TGT_FACTOR = {"tax": 97.4, "nhi": 83.9, "care": 98.6, "nursery": 95.3}   # total rate base
OUT_TGT28 = {"tax": 172000, "nhi": 198000, "care": 14500, "nursery": 2600}   # 令和10年度 収入未済額目標 (千円)


def total_rate(k, cur, arr):
    """total rate implied by segment rates with the 令和５年度 mix of current/arrears assessed"""
    s = S[k][2023]
    return round((s["ca"] * cur + s["aa"] * arr) / (s["ca"] + s["aa"]), 2)


# ---------------------------------------------------------------- docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.size = Pt(10.5)
st.font.name = MIN
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
sec0 = doc.sections[0]
sec0.page_height, sec0.page_width = Mm(297), Mm(210)
sec0.top_margin = sec0.bottom_margin = Mm(20)
sec0.left_margin = sec0.right_margin = Mm(20)
sec0.footer_distance = Mm(10)


def font(run, name=MIN, size=None, bold=False):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    return run


def P(text="", name=MIN, size=10.5, bold=False, align=None, before=0, after=0, indent=0.0, first=None, line=None):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), name, size, bold)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent:
        pf.left_indent = Pt(indent)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if line:
        pf.line_spacing = line
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def H(text, size=12, before=6, after=3):
    return P(text, GOT, size, True, before=before, after=after)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, align="r", size=8.5, name=MIN, bold=False, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), name, size, bold)
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(nrows, widths_mm, style="Table Grid", row_mm=4.8):
    t = doc.add_table(rows=nrows, cols=len(widths_mm))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(row_mm * 56.7)))
        h.set(qn("w:hRule"), "atLeast")
        trPr.append(h)
    for gc, w in zip(t._tbl.tblGrid.gridCol_lst, widths_mm):
        gc.w = Mm(w)
    tblPr = t._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    return t


def hdr(t, r, labels, size=8.5):
    for i, lab in enumerate(labels):
        if lab is not None:
            set_cell(t.cell(r, i), lab, "c", size, GOT, fill="D9E2F3")


# ---------------------------------------------------------------- gold helpers
def dn(k):
    return DEBTS[k][0] if k in DEBTS else None


def dr(k):
    return DEBTS[k][1] if k in DEBTS else k


def F(page, k, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(page, dn(k), dr(k), fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def Yen(page, k, fy, fy_raw, seg, metric, basis, v, **kw):
    return F(page, k, fy, fy_raw, seg, metric, basis, v, "yen", comma(v), **kw)


def Kyen(page, k, fy, fy_raw, seg, metric, basis, v_k, **kw):
    return F(page, k, fy, fy_raw, seg, metric, basis, v_k * 1000, "yen", comma(v_k), **kw)


def Rt(page, k, fy, fy_raw, seg, basis, v, suffix="", **kw):
    return F(page, k, fy, fy_raw, seg, "collection_rate", basis, v, "percent", rfmt(v) + suffix, **kw)


def oku(yen):
    man = yen // 10000
    o, r = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万" if r else "") + "円"


def round_man(yen):
    return int(round(yen / 10000.0)) * 10000


# ---------------------------------------------------------------- p1 cover
def p1():
    for _ in range(8):
        P("")
    P("第２次", GOT, 22, True, "c", after=6)
    P("みどり市債権管理計画", GOT, 28, True, "c", after=12)
    P("（令和７年度～令和１０年度）", GOT, 14, False, "c", after=6)
    for _ in range(14):
        P("")
    P("令和７年３月", MIN, 14, False, "c", after=8)
    P("み ど り 市", MIN, 16, False, "c")
    page_break()


# ---------------------------------------------------------------- p2 目次
TOC = [("第１章　計画の策定にあたって", 3), ("　１　計画策定の趣旨", 3), ("　２　第１次計画の取組と成果", 3),
       ("　３　計画の期間", 3), ("　４　対象とする債権", 3),
       ("第２章　債権の現状", 4), ("　１　重点債権の状況", 4), ("　２　地区別の市税の状況", 4),
       ("　３　重点債権の推移", 5),
       ("第３章　計画期間の目標", 6), ("第４章　債権ごとの取組", 7), ("第５章　計画の推進体制", 8)]


def p2():
    P("目　　次", GOT, 16, True, "c", before=20, after=24)
    for text, pg in TOC:
        p = P(text, GOT if text.startswith("第") else MIN, 11, text.startswith("第"), before=6 if text.startswith("第") else 2)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        font(p.add_run(f"\t{pg}"), MIN, 11)


# ---------------------------------------------------------------- p3 two-column chapter
def p3():
    pg = 3
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    cols = sec._sectPr.xpath("./w:cols")
    c = cols[0] if cols else OxmlElement("w:cols")
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "567")
    if not cols:
        sec._sectPr.append(c)
    H("第１章　計画の策定にあたって", 13, 0, 6)
    H("１　計画策定の趣旨", 11, 2, 2)
    P("本市では、平成29（2017）年度に「みどり市債権管理条例」を制定し、市が保有する債権の管理に関する事務の"
      "統一的な処理基準を定めるとともに、令和３（2021）年度からの４年間を計画期間とする「みどり市債権管理計画」"
      "（以下「第１次計画」という。）に基づき、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできました。",
      first=10.5, align="j", line=1.25)
    P("第１次計画の期間が令和６（2024）年度で終了することから、これまでの取組の成果と課題を検証し、"
      "引き続き市民負担の公平性を確保し、健全な財政運営に資するため、第２次計画を策定します。",
      first=10.5, align="j", line=1.25)
    H("２　第１次計画の取組と成果", 11, 6, 2)
    total20 = round_man(ALL["o"]) + 142300000
    r_all = ALL["r"]
    p = P("", first=10.5, align="j", line=1.25)
    txt = ["第１次計画では、催告の早期化、財産調査の徹底及び滞納処分の執行停止の適正化に取り組みました。"
           "その結果、市全体の収入未済額は、第１次計画策定時の令和二年度決算の約",
           F(pg, "市全体", 2020, "令和二年度", "total", "outstanding", "actual", total20, "yen", oku(total20), approx=True),
           "から、令和５（2023）年度決算では約",
           F(pg, "市全体", 2023, "令和５（2023）年度", "total", "outstanding", "actual", round_man(ALL["o"]), "yen", oku(round_man(ALL["o"])), approx=True),
           "となり、約",
           F(pg, "市全体", 2023, "令和５（2023）年度", "total", "difference", "actual", -142300000, "yen", "1億4,230万円", approx=True),
           "減少しました。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    p = P("", first=10.5, align="j", line=1.25)
    txt = ["また、令和５（2023）年度の市全体の収納率は",
           F(pg, "市全体", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", r_all, "percent", rfmt(r_all) + "％"),
           "で、前年度比",
           F(pg, "市全体", 2023, "令和５（2023）年度", "total", "difference", "actual", 0.38, "points", "0.38ポイント"),
           "上昇しています。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    # column break
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)
    t = S["tax"][2023]
    n = S["nhi"][2023]
    share = round(Y23["nhi"]["o"] / ALL["o"] * 100)
    p = P("", first=10.5, align="j", line=1.25)
    txt = ["債権別にみると、令和５年度の市税の現年課税分収納率は",
           Rt(pg, "tax", 2023, "令和５年度", "current", "actual", t["cr"], "％"),
           "と高い水準を維持しており、滞納繰越分も",
           Rt(pg, "tax", 2023, "令和５年度", "arrears", "actual", t["ar"], "％"),
           "まで改善しました。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    p = P("", first=10.5, align="j", line=1.25)
    o_n = round_man(Y23["nhi"]["o"])
    txt = ["一方で、国民健康保険税は滞納繰越分の収納率が",
           Rt(pg, "nhi", 2023, "令和５年度", "arrears", "actual", n["ar"], "％"),
           "にとどまり、収入未済額は約",
           F(pg, "nhi", 2023, "令和５年度", "total", "outstanding", "actual", o_n, "yen", oku(o_n), approx=True),
           f"と、市全体の約{share}％を占めています。国民健康保険税の収入未済額の縮減が、引き続き本市の最も大きな課題です。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    H("３　計画の期間", 11, 6, 2)
    P("令和７（2025）年度から令和10（2028）年度までの４年間とします。なお、社会経済情勢の変化や関係法令の"
      "改正等に応じて、必要な見直しを行います。", first=10.5, align="j", line=1.25)
    H("４　対象とする債権", 11, 6, 2)
    P("本計画は、市が保有する全ての債権を対象とします。このうち、収入未済額が多く、市の財政運営への影響が大きい"
      "９債権を「重点債権」とし、債権ごとに数値目標と具体的な取組を定めます（第４章）。", first=10.5, align="j", line=1.25)
    P("重点債権：市税、保育料、市営住宅使用料、学校給食費、国民健康保険税、介護保険料、後期高齢者医療保険料、"
      "水道料金、下水道使用料", size=9.5, indent=10.5, before=3, line=1.2)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    c2 = OxmlElement("w:cols")
    c2.set(qn("w:num"), "1")
    old = sec2._sectPr.xpath("./w:cols")
    for o in old:
        sec2._sectPr.remove(o)
    sec2._sectPr.append(c2)


# ---------------------------------------------------------------- p4 current state
def p4():
    pg = 4
    H("第２章　債権の現状", 13, 0, 6)
    H("１　重点債権の状況", 11, 2, 2)
    P("表１　重点債権の状況（令和５年度決算）", GOT, 9.5, after=1)
    P("（単位：円）", size=8.5, align="r")
    rows = [("一般会計", k) for k in GENERAL] + [("一般会計", "小計")] + \
           [(DEBTS[k][2], k) for k in ("nhi", "care", "elder", "water", "sewer")] + [("", "その他"), ("", "合計")]
    t = table(len(rows) + 1, [22, 23, 25, 25, 20, 23, 13, 19])
    hdr(t, 0, ["会計", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率\n（％）", "備考"], 7.5)
    fr = "令和５年度"
    for i, (acc, k) in enumerate(rows, start=1):
        if k == "小計":
            d, lab, key = SUB, "小計", "小計"
        elif k == "その他":
            d, lab, key = OTHER23, "その他（15債権）", "その他"
        elif k == "合計":
            d, lab, key = ALL, "合計", "合計"
        else:
            d, lab, key = Y23[k], dr(k), k
        if key in ("その他", "合計"):
            set_cell(t.cell(i, 0), lab, "c", 8, GOT if key == "合計" else MIN)
        else:
            set_cell(t.cell(i, 0), acc.replace("特別会計", "\n特別会計").replace("事業会計", "\n事業会計"), "c", 7.5)
            set_cell(t.cell(i, 1), lab, "l", 8, GOT if key == "小計" else MIN)
        fill = "F2F2F2" if key in ("小計", "合計") else None
        cells = [Yen(pg, key, 2023, fr, "total", "assessed", "actual", d["a"]),
                 Yen(pg, key, 2023, fr, "total", "collected", "actual", d["c"]),
                 Yen(pg, key, 2023, fr, "total", "written_off", "actual", d["w"]) if d["w"] else "－",
                 Yen(pg, key, 2023, fr, "total", "outstanding", "actual", d["o"]),
                 Rt(pg, key, 2023, fr, "total", "actual", d["r"])]
        for j, v in enumerate(cells):
            set_cell(t.cell(i, 2 + j), v, "c" if v == "－" else "r", 8, fill=fill)
        note = ""
        if k == "tax":
            note = "うち現年課税分\n" + Yen(pg, "tax", 2023, fr, "current", "outstanding", "actual", d["cur_out"]) + "円"
        elif k == "nhi":
            note = "うち滞納繰越分\n" + Yen(pg, "nhi", 2023, fr, "arrears", "outstanding", "actual", d["arr_out"]) + "円"
        set_cell(t.cell(i, 7), note, "l", 6.5, fill=fill)
        if fill:
            for j in (0, 1):
                shade(t.cell(i, j), fill)
    # merge 一般会計 cells (rows 1..5) and その他/合計 label cells
    a = t.cell(1, 0).merge(t.cell(5, 0))
    set_cell(a, "一般会計", "c", 7.5)
    for r in (len(rows) - 1, len(rows)):
        m = t.cell(r, 0).merge(t.cell(r, 1))
        set_cell(m, "その他（15債権）" if r == len(rows) - 1 else "合計", "c", 8, GOT if r == len(rows) else MIN,
                 fill="F2F2F2" if r == len(rows) else None)
    h_out = 3418200
    P("※１　収納率は、収入済額を調定額で除したもの（現年度分と滞納繰越分の合計）。", size=8, before=2)
    P("※２　市営住宅使用料の収入未済額のうち、退去者分は "
      + G.fact(pg, "市営住宅使用料", "市営住宅使用料（退去者分）", 2023, fr, "total", "outstanding", "actual", h_out, "yen",
               f"{comma(h_out)}円") + " である。", size=8)
    H("２　地区別の市税の状況", 11, 8, 2)
    P("表２　地区別の市税の収入未済額等（令和５年度決算）", GOT, 9.5, after=3)
    ds = districts()
    t = table(len(ds) + 2, [28, 26, 30, 30, 32, 24])
    hdr(t, 0, ["地区", "滞納者数（人）", "調定額（千円）", "収入済額（千円）", "収入未済額（千円）", "収納率（％）"], 8)
    tot = dict(n=0, a=0, c=0, o=0)
    for i, d in enumerate(ds, start=1):
        set_cell(t.cell(i, 0), d["name"], "c", 9)
        vals = [F(pg, "tax", 2023, fr, "total", "delinquents", "actual", d["n"], "persons", comma(d["n"]), area=d["name"]),
                Kyen(pg, "tax", 2023, fr, "total", "assessed", "actual", d["a"], area=d["name"]),
                Kyen(pg, "tax", 2023, fr, "total", "collected", "actual", d["c"], area=d["name"]),
                Kyen(pg, "tax", 2023, fr, "total", "outstanding", "actual", d["o"], area=d["name"]),
                Rt(pg, "tax", 2023, fr, "total", "actual", d["r"], area=d["name"])]
        for j, v in enumerate(vals):
            set_cell(t.cell(i, 1 + j), v, "r", 9)
        for f in tot:
            tot[f] += d[f]
    i = len(ds) + 1
    set_cell(t.cell(i, 0), "計", "c", 8.5, GOT, fill="F2F2F2")
    vals = [F(pg, "tax", 2023, fr, "total", "delinquents", "actual", tot["n"], "persons", comma(tot["n"])),
            Kyen(pg, "tax", 2023, fr, "total", "assessed", "actual", tot["a"]),
            Kyen(pg, "tax", 2023, fr, "total", "collected", "actual", tot["c"]),
            Kyen(pg, "tax", 2023, fr, "total", "outstanding", "actual", tot["o"]),
            Rt(pg, "tax", 2023, fr, "total", "actual", rate(tot["c"], tot["a"]))]
    for j, v in enumerate(vals):
        set_cell(t.cell(i, 1 + j), v, "r", 9, fill="F2F2F2")
    P("※　地区は、納税義務者の住所地による。滞納者数は令和５年度末の実人数。", size=8, before=2)
    kasa, higashi = ds[0], ds[2]
    share = round(kasa["o"] / tot["o"] * 100)
    p = P("", first=10.5, align="j", line=1.3, before=8)
    txt = ["地区別にみると、人口の多い笠懸地区の収入未済額が",
           F(pg, "tax", 2023, fr, "total", "outstanding", "actual", kasa["o"] * 1000, "yen", f"{comma(kasa['o'])}千円",
             area="笠懸地区"),
           f"と最も多く、市税全体の約{share}％を占めています。一方、収納率は東地区が",
           Rt(pg, "tax", 2023, fr, "total", "actual", higashi["r"], "％", area="東地区"),
           "と最も高くなっています。地区による大きな差はみられないことから、引き続き地区を限定せず、"
           "全市的に滞納整理を進めます。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    page_break()


# ---------------------------------------------------------------- p5/p6 long-format trend table
TREND = ["tax", "nhi", "care", "elder", "nursery", "water"]
YL = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}


def trend_table(pg, keys):
    n = len(keys) * 5
    t = table(n + 1, [42, 24, 28, 28, 28, 20])
    hdr(t, 0, ["債権名", "年度", "調定額", "収入済額", "収入未済額", "収納率"], 8.5)
    # repeated header row flag (the table is split by hand; each part prints its own header)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    r = 1
    for k in keys:
        for y in YEARS:
            s = S[k][y]
            if y == 2023:
                a, c, o, rt = (round(Y23[k]["a"] / 1000), round(Y23[k]["c"] / 1000), round(Y23[k]["o"] / 1000),
                               Y23[k]["r"])
                assert (a, c, o) == (s["a"], s["c"], s["out"]), k
            else:
                a, c, o, rt = s["a"], s["c"], s["out"], rate(s["c"], s["a"])
            set_cell(t.cell(r, 1), YL[y], "c", 8.5)
            vals = [Kyen(pg, k, y, YL[y], "total", "assessed", "actual", a),
                    Kyen(pg, k, y, YL[y], "total", "collected", "actual", c),
                    Kyen(pg, k, y, YL[y], "total", "outstanding", "actual", o),
                    Rt(pg, k, y, YL[y], "total", "actual", rt)]
            for j, v in enumerate(vals):
                set_cell(t.cell(r, 2 + j), v, "r", 8.5)
            r += 1
        m = t.cell(r - 5, 0).merge(t.cell(r - 1, 0))
        set_cell(m, dr(k), "c", 8.5)
    return t


def p5():
    pg = 5
    H("３　重点債権の推移", 11, 0, 2)
    to19, to23 = S["tax"][2019]["out"] * 1000, round(Y23["tax"]["o"] / 1000) * 1000
    p = P("", first=10.5, align="j", line=1.25, after=4)
    txt = ["重点債権のうち主な６債権について、令和元年度から５年度までの推移を表３に示します。市税の収入未済額は、令和元年度の約",
           F(pg, "tax", 2019, "令和元年度", "total", "outstanding", "actual", round_man(to19), "yen", oku(round_man(to19)), approx=True),
           "から５年度には約",
           F(pg, "tax", 2023, "５年度", "total", "outstanding", "actual", round_man(to23), "yen", oku(round_man(to23)), approx=True),
           "へと減少しましたが、国民健康保険税は被保険者数の減少に伴い調定額が減る中で、収入未済額の減少幅は小さくなっています。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    P("表３　重点債権の収入未済額等の推移（各年度決算）", GOT, 9.5, after=1)
    P("（単位：千円、％）", size=8.5, align="r")
    trend_table(pg, TREND[:3])
    P("（次ページに続く）", size=8, align="r", before=2)
    page_break()


def p6():
    pg = 6
    P("表３　重点債権の収入未済額等の推移（各年度決算）（続き）", GOT, 9.5, after=1)
    P("（単位：千円、％）", size=8.5, align="r")
    trend_table(pg, TREND[3:])
    P("※　収納率は、現年度分と滞納繰越分を合わせた収納率。令和５年度は表１の円単位の額を千円未満四捨五入したもの。", size=8, before=2)
    H("第３章　計画期間の目標", 13, 10, 4)
    p = P("", first=10.5, align="j", line=1.25, after=4)
    txt = ["計画の最終年度である令和10（2028）年度までに、市全体の収入未済額を",
           F(pg, "市全体", 2028, "令和10（2028）年度", "total", "outstanding", "target", 750000000, "yen", "7億5,000万円"),
           "以下に縮減することを目標とします。重点債権のうち４債権については、表４のとおり年度ごとの目標収納率を定めます。"]
    font(p.add_run("".join(txt)), MIN, 10.5)
    P("表４　目標収納率", GOT, 9.5, after=1)
    P("（単位：％）", size=8.5, align="r")
    keys = ["tax", "nhi", "care", "nursery"]
    t = table(2 + len(keys) * 3, [32, 22, 22, 22, 20, 20, 20, 20])
    hdr(t, 0, ["債権名", "区分", "令和５年度", "令和６年度", "目標", None, None, None], 8)
    hdr(t, 1, [None, None, "（実績）", "（見込）", "令和７年度", "令和８年度", "令和９年度", "令和10年度"], 8)
    m = t.cell(0, 4).merge(t.cell(0, 7))
    set_cell(m, "目標", "c", 8, GOT, fill="D9E2F3")
    for c in (0, 1):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, ["債権名", "区分"][c], "c", 8, GOT, fill="D9E2F3")
    set_cell(t.cell(0, 2), "令和５年度", "c", 8, GOT, fill="D9E2F3")
    set_cell(t.cell(0, 3), "令和６年度", "c", 8, GOT, fill="D9E2F3")
    r = 2
    for k in keys:
        s = S[k][2023]
        act = (s["cr"], s["ar"], Y23[k]["r"])
        e = EST24[k]
        est = (e[0], e[1], total_rate(k, *e))
        for si, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
            set_cell(t.cell(r, 1), lab, "c", 8)
            vals = [Rt(pg, k, 2023, "令和５年度", seg, "actual", act[si]),
                    Rt(pg, k, 2024, "令和６年度", seg, "estimate", est[si])]
            for j, yy in enumerate((2025, 2026, 2027, 2028)):
                cur, arr = TGT[k][j]
                v = (cur, arr, total_rate(k, cur, arr))[si]
                vals.append(Rt(pg, k, yy, ["令和７年度", "令和８年度", "令和９年度", "令和10年度"][j], seg, "target", v))
            for j, v in enumerate(vals):
                set_cell(t.cell(r, 2 + j), v, "r", 8, fill="F2F2F2" if seg == "total" else None)
            r += 1
        m = t.cell(r - 3, 0).merge(t.cell(r - 1, 0))
        set_cell(m, dr(k), "c", 8)
    P("※　計の目標収納率は、令和５年度の現年度分と滞納繰越分の調定額の構成比により算定した。", size=8, before=2)
    page_break()


# ---------------------------------------------------------------- p7/p8 推進シート
SHEETS = {
    "tax": ("市税の収納率は上昇傾向にありますが、滞納繰越分には納付資力の乏しい長期滞納案件が残っています。",
            [("納期限後20日以内の督促状発送と、SMSによる催告を組み合わせ、初期滞納者への早期接触を図る。", "継続"),
             ("滞納繰越分は財産調査を年度当初に集中して行い、差押えが可能な案件の処分を早期に進める。", "継続"),
             ("群馬県地方税滞納整理機構への移管対象を拡大し、高額・困難案件の整理を進める。", "拡充"),
             ("地方税統一QRコードによるスマートフォン決済の利用を広報紙等で周知する。", "新規")]),
    "nhi": ("被保険者の高齢化と所得の減少により、現年度分の滞納が滞納繰越分の増加につながっています。",
            [("加入手続の際に口座振替の申込みを必須の案内事項とし、口座振替率の向上を図る。", "拡充"),
             ("短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
             ("社会保険加入による資格喪失者に、未納分の通知を喪失月の翌月に送付する。", "新規")]),
    "care": ("特別徴収の対象外となる普通徴収の被保険者に滞納が集中しています。",
             [("65歳到達者に対し、口座振替の勧奨通知を誕生月の前月に送付する。", "継続"),
              ("滞納が続く被保険者には給付制限の予告通知を送付し、納付相談につなげる。", "継続")]),
    "nursery": ("幼児教育・保育の無償化以降、調定額は減少していますが、卒園後の未納分の回収が課題です。",
                [("在園中の未納者には、園を通じた納付案内と児童手当からの申出徴収を勧める。", "継続"),
                 ("卒園児の未納分は、文書催告後も応答のない場合に財産調査を行う。", "新規")]),
}
KANA_P = "ｱｲｳｴｵ"


def sheet(pg, no, k):
    s = S[k][2023]
    fr = "令和５年度"
    H(f"（{no}）債権ごとの取組（{dr(k)}）", 11, 6, 2)
    intro, items = SHEETS[k]
    P("ア　現状と課題", GOT, 10, before=2)
    o = round_man(Y23[k]["o"])
    prev_o = round_man(S[k][2022]["out"] * 1000)
    diff = o - prev_o
    lab_c = "現年課税分" if k == "tax" else "現年度分"
    p = P("", indent=10.5, first=10.5, align="j", line=1.2)
    txt = [intro + "令和５年度決算の収納率は、" + lab_c,
           Rt(pg, k, 2023, fr, "current", "actual", s["cr"], "％"), "、滞納繰越分",
           Rt(pg, k, 2023, fr, "arrears", "actual", s["ar"], "％"), "で、収入未済額は約",
           F(pg, k, 2023, fr, "total", "outstanding", "actual", o, "yen", oku(o), approx=True),
           "です。前年度と比べ、収入未済額は約",
           F(pg, k, 2023, fr, "total", "difference", "actual", diff, "yen", oku(abs(diff)), approx=True),
           "減少しました。"]
    font(p.add_run("".join(txt)), MIN, 10)
    P("イ　数値目標", GOT, 10, before=3, after=2)
    t = table(5, [52, 36, 36])
    hdr(t, 0, ["区分", "令和５年度（決算）", "令和10年度（目標）"], 8.5)
    cur, arr = TGT[k][3]
    rows = [(f"収納率（{lab_c}）（％）", "current", s["cr"], cur),
            ("収納率（滞納繰越分）（％）", "arrears", s["ar"], arr),
            ("収納率（計）（％）", "total", Y23[k]["r"], total_rate(k, cur, arr))]
    for i, (lab, seg, a, tg) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), lab, "l", 8.5, GOT)
        set_cell(t.cell(i, 1), Rt(pg, k, 2023, fr, seg, "actual", a), "r", 8.5)
        set_cell(t.cell(i, 2), Rt(pg, k, 2028, "令和10年度", seg, "target", tg), "r", 8.5)
    set_cell(t.cell(4, 0), "収入未済額（千円）", "l", 8.5, GOT)
    set_cell(t.cell(4, 1), Kyen(pg, k, 2023, fr, "total", "outstanding", "actual", round(Y23[k]["o"] / 1000)), "r", 8.5)
    set_cell(t.cell(4, 2), Kyen(pg, k, 2028, "令和10年度", "total", "outstanding", "target", OUT_TGT28[k]), "r", 8.5)
    P("ウ　具体的な取組", GOT, 10, before=4)
    for i, (text, stt) in enumerate(items):
        lab = f"(ｱ)".replace("ｱ", KANA_P[i])
        G.initiative(pg, dn(k), dr(k), 2025, f"第４章 債権ごとの取組（{dr(k)}） ウ 具体的な取組",
                     f"4({no})ウ{lab}", text, stt)
        P(f"{lab}　{text}【{stt}】", indent=31.5, first=-21, line=1.2, after=1, size=10)


def p7():
    H("第４章　債権ごとの取組", 13, 0, 2)
    P("重点債権のうち、目標収納率を定める４債権について、現状と課題、数値目標及び具体的な取組を次のとおり定めます。"
      "取組の区分は【継続】（第１次計画からの継続）、【拡充】（内容の拡充）、【新規】（本計画からの新規）としています。",
      first=10.5, align="j", line=1.2, size=10, after=2)
    sheet(7, "１", "tax")
    sheet(7, "２", "nhi")
    page_break()


def p8():
    sheet(8, "３", "care")
    sheet(8, "４", "nursery")
    H("第５章　計画の推進体制", 13, 10, 2)
    P("副市長を委員長とする「みどり市債権管理対策委員会」において、毎年度、重点債権の目標の達成状況と取組の"
      "進捗を確認し、その結果を市ホームページで公表します。債権所管課は、年度当初に取組計画を、年度終了後に"
      "実績報告を同委員会に提出します。", first=10.5, align="j", line=1.2, size=10)


def add_footer():
    for i, sec in enumerate(doc.sections):
        sec.different_first_page_header_footer = (i == 0)
        if i == 0:
            f = sec.footer
            p = f.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run("－ "), MIN, 9)
            r = p.add_run()
            for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
                if kind:
                    e = OxmlElement("w:fldChar")
                    e.set(qn("w:fldCharType"), kind)
                else:
                    e = OxmlElement("w:instrText")
                    e.set(qn("xml:space"), "preserve")
                    e.text = txt
                r._r.append(e)
            font(r, MIN, 9)
            font(p.add_run(" －"), MIN, 9)
        else:
            sec.footer.is_linked_to_previous = True


def main():
    p1()
    p2()
    p3()
    p4()
    p5()
    p6()
    p7()
    p8()
    add_footer()
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    PDF.parent.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
                   check=True, capture_output=True, timeout=240)
    (WORK / f"{STEM}.pdf").replace(PDF)
    g = G.write(PDF, GOLD)
    errs = check_pdf(PDF, g)
    print(f"{STEM}: pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])}")
    for e in errs:
        print("  CHECK:", e)
    return 1 if errs or g["source"]["pages"] != 8 else 0


if __name__ == "__main__":
    sys.exit(main())
