"""kd_sakaide_plan_1: 第２次坂出市債権管理計画 (plan).

Tool chain: python-docx (this script) -> LibreOffice (soffice --headless --convert-to pdf).
Every page ends with an explicit page break, so the page of each printed figure is known here.
Run from corpus/dev49:  python3 build/kd_sakaide_plan.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

sys.dont_write_bytecode = True          # no __pycache__ beside the build scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kd_common import Gold, check, comma, rate, fmt_rate, zen  # noqa: E402

STEM = "kd_sakaide_plan_1"
OUT_PDF = Path("pdf") / f"{STEM}.pdf"
OUT_GOLD = Path("gold") / f"{STEM}.json"
WORK = Path("/tmp/kd_work")

G = Gold(STEM, "plan", "keikaku", "坂出市",
         "第２次坂出市債権管理計画", "2024-03-01", "令和６年３月")

MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"

# ============================================================================ data (千円)


def years(first_arr, cur, arr_cw):
    out, arr_a = {}, first_arr
    for fy in sorted(cur):
        ca, cc = cur[fy]
        ac, aw = arr_cw[fy]
        d = {"cur": {"a": ca, "c": cc, "w": 0}, "arr": {"a": arr_a, "c": ac, "w": aw}}
        for s in d.values():
            s["o"] = s["a"] - s["c"] - s["w"]
        d["tot"] = {k: d["cur"][k] + d["arr"][k] for k in "acwo"}
        for s in d.values():
            s["r"] = rate(s["c"], s["a"])
        out[fy] = d
        arr_a = d["tot"]["o"]
    return out


ACT = {
    "市税": years(312510, {2021: (7012456, 6941882), 2022: (7105318, 7037212)},
                {2021: (71605, 18204), 2022: (70418, 15806)}),
    "国民健康保険税": years(402315, {2021: (1512406, 1402877), 2022: (1468210, 1366905)},
                     {2021: (78204, 25611), 2022: (80115, 27402)}),
    "介護保険料": years(42815, {2021: (1118204, 1104318), 2022: (1132510, 1119402)},
                   {2021: (8106, 5012), 2022: (8412, 5318)}),
    "後期高齢者医療保険料": years(6215, {2021: (512318, 510604), 2022: (528406, 526822)},
                         {2021: (1802, 402), 2022: (1756, 388)}),
}
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料"}
# 表１: 収入未済額の推移 (千円); 令和３・４年度は ACT と一致させる
HIST_YEARS = [(2017, "平成29年度"), (2018, "平成30年度"), (2019, "令和元年度"), (2020, "令和２年度"),
              (2021, "令和３年度"), (2022, "令和４年度")]
HIST = {
    "市税": [412806, 378115, 341602, 318940],
    "国民健康保険税": [498302, 472516, 451208, 432115],
    "介護保険料": [61204, 56818, 52306, 48112],
    "後期高齢者医療保険料": [8402, 7815, 7106, 6544],
    "その他": [219506, 214318, 205112, 198604, 190215, 187406],
}
for k in ACT:
    HIST[k] = HIST[k] + [ACT[k][2021]["tot"]["o"], ACT[k][2022]["tot"]["o"]]
# 表３: R5 見込 and targets: (cur rate, arr rate, outstanding 百万円)
PLAN = {
    "市税": {2023: (99.06, 25.30, 262.4), 2024: (99.10, 26.00, 250.0), 2025: (99.15, 27.00, 238.0),
           2026: (99.20, 28.00, 226.0)},
    "国民健康保険税": {2023: (93.20, 20.10, 392.6), 2024: (93.50, 21.00, 380.0), 2025: (93.80, 22.00, 365.0),
                2026: (94.10, 23.00, 350.0)},
    "介護保険料": {2023: (98.88, 19.80, 41.5), 2024: (98.90, 20.50, 40.0), 2025: (99.00, 21.00, 38.5),
              2026: (99.10, 21.50, 37.0)},
    "後期高齢者医療保険料": {2023: (99.71, 31.20, 4.9), 2024: (99.72, 32.00, 4.7), 2025: (99.75, 33.00, 4.5),
                   2026: (99.78, 34.00, 4.3)},
}
CUR_A_EST = {"市税": (7168400, 7250000), "国民健康保険税": (1442300, 1400000), "介護保険料": (1146800, 1180000),
             "後期高齢者医療保険料": (541200, 560000)}
OTHER_EST_2023, OTHER_TGT_2026 = 183.2, 170.0


def collected_for(a, r):
    c = round(a * r / 100)
    for d in (0, 1, -1, 2, -2):
        if rate(c + d, a) == r:
            return c + d
    raise ValueError((a, r))


def plan_year(name, fy, cur_a, arr_a):
    cr, ar, out_m = PLAN[name][fy]
    cc, ac = collected_for(cur_a, cr), collected_for(arr_a, ar)
    out_k = round(out_m * 1000)
    cur_o = cur_a - cc
    wo = arr_a - ac - (out_k - cur_o)
    assert wo >= 0, (name, fy, wo)
    d = {"cur": {"a": cur_a, "c": cc, "w": 0, "o": cur_o},
         "arr": {"a": arr_a, "c": ac, "w": wo, "o": arr_a - ac - wo}}
    d["tot"] = {k: d["cur"][k] + d["arr"][k] for k in "acwo"}
    for s in d.values():
        s["r"] = rate(s["c"], s["a"])
    return d


EST, TGT = {}, {}
for nm in ("市税", "国民健康保険税", "介護保険料"):      # the debts of 表４
    EST[nm] = plan_year(nm, 2023, CUR_A_EST[nm][0], ACT[nm][2022]["tot"]["o"])
    TGT[nm] = plan_year(nm, 2026, CUR_A_EST[nm][1], round(PLAN[nm][2025][2] * 1000))

# ============================================================================ docx helpers


def set_font(run, size=None, gothic=False, bold=False):
    run.font.name = GOTHIC if gothic else MINCHO
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), GOTHIC if gothic else MINCHO)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(container, text="", size=10.5, gothic=False, align=None, indent=0.0, first=0.0,
         before=0, after=2, bold=False, line=1.25):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = line
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        set_font(p.add_run(text), size, gothic, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, size=4, outer=None):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        sz = outer if (outer and edge in ("top", "left", "bottom", "right")) else size
        e.set(qn("w:val"), "single" if sz else "nil")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def no_borders(table):
    borders(table, size=0)


def cell_set(cell, text, size=8.5, align="center", gothic=False, fill=None, bold=False, line=1.05):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing = line
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        set_font(p.add_run(ln), size, gothic, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def fix_widths(t, widths_mm):
    """Fixed layout: tblW, tblLayout and the gridCol widths LibreOffice reads, plus every tcW."""
    t.autofit = False
    tblPr = t._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "57")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def make_table(container, nrows, widths_mm, border=4, outer=None):
    t = container.add_table(rows=nrows, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, border, outer)
    fix_widths(t, widths_mm)
    return t


def row_height(table, pt):
    for row in table.rows:
        row.height = Pt(pt)


def add_page_field(paragraph):
    run = paragraph.add_run()
    set_font(run, 9)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


# ============================================================================ pages


def cover(doc):
    for _ in range(7):
        para(doc, "", 12)
    para(doc, "第２次坂出市債権管理計画", 26, gothic=True, align="center", after=14)
    para(doc, "令和６（２０２４）年度～令和８（２０２６）年度", 14, align="center", after=6)
    for _ in range(12):
        para(doc, "", 12)
    para(doc, "令和６年３月", 14, align="center", after=6)
    para(doc, "坂　出　市", 16, gothic=True, align="center")
    page_break(doc)


def toc(doc):
    para(doc, "目　　次", 16, gothic=True, align="center", after=24)
    entries = [("１　計画策定の趣旨", "1"), ("２　計画の期間", "1"), ("３　対象債権", "1"),
               ("４　債権管理の現状", "1"), ("　（１）収入未済額の推移", "1"), ("　（２）主要債権の収納率", "2"),
               ("５　計画の目標", "3"), ("　（１）目標の考え方", "3"), ("　（２）債権別の目標", "3"),
               ("６　債権ごとの取組み", "5"), ("７　計画の推進体制", "6")]
    for lab, pg in entries:
        p = para(doc, "", 11, after=9, indent=12)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.MIDDLE_DOT)
        set_font(p.add_run(f"{lab}\t{pg}"), 11)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    return section


def body_p3(doc):
    P = 3
    para(doc, "１　計画策定の趣旨", 12, gothic=True, before=2, after=3)
    para(doc, "本市では、平成29年４月に坂出市債権管理条例を施行し、令和３年３月に「坂出市債権管理計画」（令和３年度～"
              "令和５年度）を策定して、市税をはじめとする市の債権の収納率の向上と収入未済額の縮減に全庁を挙げて取り組んで"
              "きた。現計画の期間が満了することから、これまでの取組の成果と課題を踏まえ、引き続き市民負担の公平性の確保と"
              "健全な財政運営に資するため、第２次坂出市債権管理計画を策定する。", 10.5, first=3.7)
    para(doc, "２　計画の期間", 12, gothic=True, before=6, after=3)
    para(doc, "令和６（２０２４）年度から令和８（２０２６）年度までの３年間とする。", 10.5, first=3.7)
    para(doc, "３　対象債権", 12, gothic=True, before=6, after=3)
    para(doc, "令和４年度決算において収入未済額が生じている市の全ての債権（30債権）を対象とし、このうち収入未済額の大きい"
              "市税、国民健康保険税、介護保険料及び後期高齢者医療保険料の４債権を主要債権として数値目標を設定する。",
         10.5, first=3.7)
    para(doc, "４　債権管理の現状", 12, gothic=True, before=6, after=3)
    para(doc, "（１）収入未済額の推移", 10.5, gothic=True, after=2)
    tot = {fy: sum(HIST[k][i] for k in HIST) for i, (fy, _) in enumerate(HIST_YEARS)}
    t22, t17 = tot[2022], tot[2017]
    man22 = round(t22 / 1000) * 1000        # 千円, rounded to 100万円
    diff = round((t22 - t17) / 1000) * 1000
    kw = dict(debt=None, debt_raw=None, seg="total", metric="outstanding", basis="actual", unit="yen",
              approx=True)
    est23 = round(sum(PLAN[k][2023][2] for k in PLAN) + OTHER_EST_2023, 1)
    est23_man = round(est23) * 100          # 百万円 -> 万円 units? keep in 千円 below
    s = ("主要債権とその他の債権を合わせた収入未済額は、令和４（２０２２）年度決算で約"
         + G.fact(P, oku(man22 * 1000), man22 * 1000, fy=2022, fy_raw="令和４（２０２２）年度", **kw)
         + "であり、平成29年度（2017年度）の約"
         + G.fact(P, oku(round(t17 / 100000) * 100000 * 1000), round(t17 / 100000) * 100000 * 1000,
                  fy=2017, fy_raw="平成29年度（2017年度）", **kw)
         + "から約"
         + G.fact(P, oku(abs(diff) * 1000) + "減少", diff * 1000, fy=2022, fy_raw="令和４（２０２２）年度",
                  **{**kw, "metric": "difference"})
         + "した。また、2023年度の決算見込では約"
         + G.fact(P, oku(est23_man * 10000), est23_man * 10000, fy=2023, fy_raw="2023年度",
                  **{**kw, "basis": "estimate"})
         + "となる見込みである。")
    para(doc, s, 10.5, first=3.7, after=6)
    para(doc, "表１　債権別収入未済額の推移（単位：千円）", 9.5, gothic=True, after=2)
    cols = ["市税", "国民健康保険税", "介護保険料", "後期高齢者\n医療保険料", "その他", "合計"]
    t = make_table(doc, len(HIST_YEARS) + 1, [26, 25, 26, 24, 24, 24, 27], border=4, outer=12)
    cell_set(t.rows[0].cells[0], "年度", fill="D9D9D9")
    for j, c in enumerate(cols):
        cell_set(t.rows[0].cells[j + 1], c, fill="D9D9D9")
    keys = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "その他"]
    for i, (fy, lab) in enumerate(HIST_YEARS):
        r = t.rows[i + 1].cells
        cell_set(r[0], lab)
        base = dict(fy=fy, fy_raw=lab, seg="total", metric="outstanding", basis="actual", unit="yen")
        for j, k in enumerate(keys):
            v = HIST[k][i]
            debt = None if k == "その他" else CANON[k]
            cell_set(r[j + 1], G.fact(P, comma(v), v * 1000, debt=debt, debt_raw=k, **base), align="right")
        cell_set(r[6], G.fact(P, comma(tot[fy]), tot[fy] * 1000, debt=None, debt_raw="合計", **base),
                 align="right", fill="F2F2F2")
    row_height(t, 17)
    para(doc, "出典：坂出市歳入歳出決算書（各年度）及び各債権所管課の債権管理台帳", 8.5, after=2, before=2)
    para(doc, "※「その他」は、保育料、市営住宅使用料、下水道使用料など26債権の合計である。", 8.5)
    page_break(doc)


def oku(yen: int) -> str:
    man = round(yen / 10000)
    o, r = divmod(man, 10000)
    s = f"{o}億" if o else ""
    if r:
        s += f"{r:,}万円"
    else:
        s += "円"
    return s


def body_p4(doc):
    P = 4
    para(doc, "（２）主要債権の収納率", 10.5, gothic=True, after=2)
    para(doc, "主要４債権の収納率は、次のとおりである。現年度分はおおむね横ばいで推移しているが、滞納繰越分は"
              "財産調査と滞納処分の強化により上昇傾向にある。", 10.5, first=3.7, after=6)
    para(doc, "表２　主要債権の収納率（単位：％）", 9.5, gothic=True, after=2)
    t = make_table(doc, 2 + len(ACT), [40, 21, 21, 21, 21, 21, 21], border=4)
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    a = r0[0].merge(r1[0])
    cell_set(a, "債権名", fill="D9D9D9")
    for blk, (fy, lab) in enumerate([(2021, "令和３年度決算"), (2022, "令和４年度決算")]):
        m = r0[1 + blk * 3].merge(r0[3 + blk * 3])
        cell_set(m, lab, fill="D9D9D9")
        for j, s in enumerate(["現年度分", "滞納繰越分", "計"]):
            cell_set(r1[1 + blk * 3 + j], s, fill="EDEDED")
    for i, nm in enumerate(ACT):
        r = t.rows[2 + i].cells
        cell_set(r[0], nm, align="left")
        for blk, (fy, lab) in enumerate([(2021, "令和３年度"), (2022, "令和４年度")]):
            for j, sk in enumerate(("cur", "arr", "tot")):
                v = ACT[nm][fy][sk]["r"]
                cell_set(r[1 + blk * 3 + j],
                         G.fact(P, fmt_rate(v), v, debt=CANON[nm], debt_raw=nm, fy=fy, fy_raw=lab,
                                seg={"cur": "current", "arr": "arrears", "tot": "total"}[sk],
                                metric="collection_rate", basis="actual", unit="percent"), align="right")
    row_height(t, 18)
    para(doc, "※収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）", 8.5, before=2, after=8)

    para(doc, "（３）課題", 10.5, gothic=True, after=2)
    for s in ["・国民健康保険税は、現年度分の収納率が他の主要債権に比べて低く、収入未済額の約４割を占めている。",
              "・滞納繰越分は、納付資力の乏しい滞納者が多く、執行停止や不納欠損の判断を適正に行う必要がある。",
              "・債権所管課ごとに管理の方法が異なり、滞納者情報の共有が十分でない。"]:
        para(doc, s, 10.5, indent=3.7, first=-3.7, after=2)
    kokuho = ACT["国民健康保険税"][2022]
    para(doc, "", 6)
    para(doc, "【参考】令和４年度決算の状況（主要債権）", 10, gothic=True, after=2)
    t = make_table(doc, 1, [160], border=6)
    c = t.rows[0].cells[0]
    lines = []
    for nm in ACT:
        d = ACT[nm][2022]["tot"]
        kw = dict(debt=CANON[nm], debt_raw=nm, fy=2022, fy_raw="令和４年度決算", seg="total", basis="actual",
                  unit="yen")
        lines.append(f"・{nm}：調定額 "
                     + G.fact(P, f"{d['a']:,}千円", d["a"] * 1000, metric="assessed", **kw)
                     + "、不納欠損額 "
                     + G.fact(P, f"{d['w']:,}千円", d["w"] * 1000, metric="written_off", **kw)
                     + "、収入未済額 "
                     + G.fact(P, f"{d['o']:,}千円", d["o"] * 1000, metric="outstanding", **kw))
    cell_set(c, "\n".join(lines), 9, align="left", line=1.6)
    page_break(doc)


def body_p5(doc):
    P = 5
    para(doc, "５　計画の目標", 12, gothic=True, after=3)
    para(doc, "（１）目標の考え方", 10.5, gothic=True, after=2)
    tgt_total = round(sum(PLAN[k][2026][2] for k in PLAN) + OTHER_TGT_2026, 1)
    para(doc, "主要債権ごとに、現年度分及び滞納繰越分の収納率と収入未済額の目標を年度ごとに定める。計画の最終年度である"
              "令和８年度には、市全体の収入未済額を約"
         + G.fact(P, oku(round(tgt_total) * 1_000_000), round(tgt_total) * 1_000_000, debt=None, debt_raw=None,
                  fy=2026, fy_raw="令和８年度", seg="total", metric="outstanding", basis="target", unit="yen",
                  approx=True)
         + "まで縮減することを目指す。", 10.5, first=3.7, after=6)
    para(doc, "（２）債権別の目標", 10.5, gothic=True, after=2)
    para(doc, "表３　主要債権の年度別目標（収入未済額の単位：百万円）", 9.5, gothic=True, after=2)
    yl = {2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7", 2026: "R8"}
    kind = {2022: ("実績", "actual"), 2023: ("見込", "estimate"), 2024: ("目標", "target"),
            2025: ("目標", "target"), 2026: ("目標", "target")}
    n = len(ACT) * 5
    t = make_table(doc, 1 + n, [42, 16, 16, 30, 30, 30], border=4)
    for j, h in enumerate(["債権名", "年度", "区分", "現年度分\n収納率（％）", "滞納繰越分\n収納率（％）", "収入未済額"]):
        cell_set(t.rows[0].cells[j], h, fill="D9D9D9")
    for i, nm in enumerate(ACT):
        top = 1 + i * 5
        m = t.rows[top].cells[0].merge(t.rows[top + 4].cells[0])
        cell_set(m, nm)
        for k, fy in enumerate(range(2022, 2027)):
            r = t.rows[top + k].cells
            lab, basis = kind[fy]
            cell_set(r[1], yl[fy])
            cell_set(r[2], lab)
            if fy == 2022:
                cr, ar = ACT[nm][2022]["cur"]["r"], ACT[nm][2022]["arr"]["r"]
                om = round(ACT[nm][2022]["tot"]["o"] / 1000, 1)
            else:
                cr, ar, om = PLAN[nm][fy]
            base = dict(debt=CANON[nm], debt_raw=nm, fy=fy, fy_raw=yl[fy], basis=basis)
            cell_set(r[3], G.fact(P, fmt_rate(cr), cr, seg="current", metric="collection_rate",
                                  unit="percent", **base), align="right")
            cell_set(r[4], G.fact(P, fmt_rate(ar), ar, seg="arrears", metric="collection_rate",
                                  unit="percent", **base), align="right")
            cell_set(r[5], G.fact(P, f"{om:.1f}", om * 1_000_000, seg="total", metric="outstanding",
                                  unit="yen", **base), align="right")
    row_height(t, 14.5)
    para(doc, "※R4は令和４年度決算、R5は令和５年度決算見込。収入未済額は百万円未満を四捨五入している。", 8.5, before=2)
    page_break(doc)


SEGL = [("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears"), ("tot", "計", "total")]
T4 = ["市税", "国民健康保険税", "介護保険料"]


MET5 = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("不納欠損額", "w", "written_off"),
        ("収入未済額", "o", "outstanding"), ("収納率", "r", "collection_rate")]


def t4_cells(P, r, start, s, base):
    for j, (h, k, met) in enumerate(MET5):
        if k == "r":
            txt = G.fact(P, fmt_rate(s["r"]), s["r"], metric=met, unit="percent", **base)
        elif k == "w" and base["seg"] == "current":
            txt = "－"
        else:
            txt = G.fact(P, comma(s[k]), s[k] * 1000, metric=met, unit="yen", **base)
        cell_set(r[start + j], txt, align="center" if txt == "－" else "right", size=7.5)


def body_p6(doc):
    P = 6
    para(doc, "表４　主要債権の調定額・収入済額・収納率等（単位：千円、％）", 9.5, gothic=True, after=2)
    widths = [14, 14] + [16, 16.5, 12.5, 15, 11] * 2
    t = make_table(doc, 3 + 3 * len(T4), widths, border=4)
    r0, r1, r2 = (t.rows[i].cells for i in range(3))
    cell_set(r0[0].merge(r2[0]), "債権名", fill="D9D9D9", size=8)
    cell_set(r0[1].merge(r2[1]), "区分", fill="D9D9D9", size=8)
    for b, (y, k) in enumerate([("令和４年度（2022年度）", "決算"), ("令和５年度（2023年度）", "決算見込")]):
        cell_set(r0[2 + b * 5].merge(r0[6 + b * 5]), y, fill="D9D9D9", size=8)
        cell_set(r1[2 + b * 5].merge(r1[6 + b * 5]), k, fill="EDEDED", size=8)
        for j, (h, _, _) in enumerate(MET5):
            cell_set(r2[2 + b * 5 + j], h, fill="F2F2F2", size=7.5)
    for i, nm in enumerate(T4):
        top = 3 + i * 3
        cell_set(t.rows[top].cells[0].merge(t.rows[top + 2].cells[0]), nm, size=8)
        for k, (sk, lab, seg) in enumerate(SEGL):
            r = t.rows[top + k].cells
            cell_set(r[1], lab, size=7.5)
            for b, (fy, data, basis, fyr) in enumerate([(2022, ACT[nm][2022], "actual", "令和４年度（2022年度）"),
                                                        (2023, EST[nm], "estimate", "令和５年度（2023年度）")]):
                base = dict(debt=CANON[nm], debt_raw=nm, fy=fy, fy_raw=fyr, seg=seg, basis=basis)
                t4_cells(P, r, 2 + b * 5, data[sk], base)
    row_height(t, 19)
    para(doc, "（令和８年度の目標は次ページに続く）", 8.5, align="right", before=2, after=10)
    para(doc, "表４の令和５年度決算見込は、令和５年12月末の収納実績に前年度の１月以降の収納実績を加えて推計したもの"
              "である。各債権とも、令和８年度の目標は表３の収納率及び収入未済額の目標と整合するように設定した。"
              "なお、滞納繰越分の調定額は、前年度末の収入未済額（現年度分と滞納繰越分の合計）である。",
         10.5, first=3.7)
    page_break(doc)


def body_p7(doc):
    P = 7
    para(doc, "表４（続き）", 9.5, gothic=True, after=2)
    widths = [14, 14, 17, 17, 14, 15, 12, 67]
    t = make_table(doc, 3 + 3 * len(T4), widths, border=4)
    r0, r1, r2 = (t.rows[i].cells for i in range(3))
    cell_set(r0[0].merge(r2[0]), "債権名", fill="D9D9D9", size=8)
    cell_set(r0[1].merge(r2[1]), "区分", fill="D9D9D9", size=8)
    cell_set(r0[2].merge(r0[6]), "令和８年度（2026年度）", fill="D9D9D9", size=8)
    cell_set(r1[2].merge(r1[6]), "目標", fill="EDEDED", size=8)
    for j, (h, _, _) in enumerate(MET5):
        cell_set(r2[2 + j], h, fill="F2F2F2", size=7.5)
    cell_set(r0[7].merge(r2[7]), "備考", fill="D9D9D9", size=8)
    for i, nm in enumerate(T4):
        top = 3 + i * 3
        cell_set(t.rows[top].cells[0].merge(t.rows[top + 2].cells[0]), nm, size=8)
        o25 = round(PLAN[nm][2025][2] * 1000)
        note = ("滞納繰越分の調定額は、令和７年度末の収入未済額の目標 "
                + G.fact(P, f"{o25:,}千円", o25 * 1000, debt=CANON[nm], debt_raw=nm, fy=2025,
                         fy_raw="令和７年度末", seg="total", metric="outstanding", basis="target", unit="yen")
                + " とした。")
        cell_set(t.rows[top].cells[7].merge(t.rows[top + 2].cells[7]), note, size=7.5, align="left")
        for k, (sk, lab, seg) in enumerate(SEGL):
            r = t.rows[top + k].cells
            cell_set(r[1], lab, size=7.5)
            base = dict(debt=CANON[nm], debt_raw=nm, fy=2026, fy_raw="令和８年度（2026年度）", seg=seg,
                        basis="target")
            t4_cells(P, r, 2, TGT[nm][sk], base)
    row_height(t, 19)
    para(doc, "", 6)
    para(doc, "６　債権ごとの取組み（市税）", 12, gothic=True, before=6, after=3)
    sec = "債権ごとの取組み"
    items = [
        ("（１）現年度分", [
            ("ア", "納期内納付の推進", [
                ("(ｱ)", "口座振替やスマートフォン決済など、納付方法の周知を納税通知書の送付時にあわせて行う。", "継続"),
                ("(ｲ)", "納期限後20日以内に督促状を送付し、未納者には早期に文書催告を行う。", "継続")]),
        ]),
        ("（２）滞納繰越分", [
            ("ア", "滞納処分の強化", [
                ("(ｱ)", "預貯金、給与、生命保険等の財産調査を電子照会により迅速に行い、差押えを実施する。", "拡充"),
                ("(ｲ)", "香川滞納整理推進機構への移管を活用し、高額・困難案件の早期解決を図る。", "継続")]),
        ]),
    ]
    for h1, subs in items:
        para(doc, h1, 10.5, gothic=True, indent=2, after=1)
        for h2l, h2, its in subs:
            para(doc, f"{h2l}　{h2}", 10.5, indent=5, after=1)
            for lab, text, st in its:
                l1 = h1[:3].replace("（", "(").replace("）", ")")
                G.init(P, text, debt="市税", debt_raw="市税", fy=2024, section=sec,
                       label=f"{l1}{h2l}{lab}", status=st)
                para(doc, f"{lab}　{text}【{st}】", 10, indent=12, first=-6, after=1)
    para(doc, "６　債権ごとの取組み（介護保険料）", 12, gothic=True, before=10, after=3)
    kw = dict(debt="介護保険料", debt_raw="介護保険料", fy=2022, fy_raw="令和４年度", basis="actual")
    d22 = ACT["介護保険料"][2022]
    para(doc, "令和４年度の滞納繰越分の収納率は"
         + G.fact(P, f"{d22['arr']['r']:.2f}％", d22["arr"]["r"], seg="arrears", metric="collection_rate",
                  unit="percent", **kw)
         + "で、前年度を"
         + G.fact(P, f"{abs(round(d22['arr']['r'] - ACT['介護保険料'][2021]['arr']['r'], 2)):.2f}ポイント",
                  round(d22["arr"]["r"] - ACT["介護保険料"][2021]["arr"]["r"], 2), seg="arrears",
                  metric="difference", unit="points", **kw)
         + ("上回った。" if d22["arr"]["r"] > ACT["介護保険料"][2021]["arr"]["r"] else "下回った。")
         + "普通徴収の被保険者に未納が集中していることから、次の取組を行う。", 10.5, first=3.7, after=2)
    for lab, text, st in [("(1)", "普通徴収へ切り替わった被保険者に対し、切替時に納付方法と納期限を記載した案内を送付する。", "新規"),
                          ("(2)", "１年以上の滞納がある被保険者には、給付制限の内容を説明したうえで納付相談を行う。", "継続"),
                          ("(3)", "市税と重複して滞納している被保険者の財産調査結果を共有し、差押えを行う。", "拡充")]:
        G.init(P, text, debt="介護保険料", debt_raw="介護保険料", fy=2024, section="債権ごとの取組み",
               label=lab, status=st)
        para(doc, f"{lab}　{text}【{st}】", 10, indent=8, first=-6, after=1)
    page_break(doc)


def body_p8(doc):
    P = 8
    para(doc, "６　債権ごとの取組み（国民健康保険税）", 12, gothic=True, after=3)
    t = make_table(doc, 2, [60, 50, 60], border=4, outer=12)
    cell_set(t.rows[0].cells[0], "債権名　国民健康保険税", 10, align="left", fill="EDEDED", gothic=True)
    cell_set(t.rows[0].cells[1], "所管課　保険年金課", 10, align="left", fill="EDEDED")
    cell_set(t.rows[0].cells[2], "債権区分　強制徴収公債権", 10, align="left", fill="EDEDED")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[2])
    d22 = ACT["国民健康保険税"][2022]
    kw = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=2022, fy_raw="令和４年度", basis="actual")
    txt = ("【現状と課題】令和４年度の現年度分収納率は"
           + G.fact(P, f"{d22['cur']['r']:.2f}％", d22["cur"]["r"], seg="current", metric="collection_rate",
                    unit="percent", **kw)
           + "で、主要債権の中で最も低い。収入未済額は"
           + G.fact(P, f"{d22['tot']['o']:,}千円", d22["tot"]["o"] * 1000, seg="total", metric="outstanding",
                    unit="yen", **kw)
           + "で、主要債権全体の約４割を占めている。")
    cell_set(m, txt, 9.5, align="left")
    row_height(t, 20)
    para(doc, "", 4)
    # two tables side by side: metrics in the row header | years as rows
    outer = make_table(doc, 1, [95, 75], border=0)
    lc, rc = outer.rows[0].cells
    lc.paragraphs[0].text = ""
    para_in = lc.paragraphs[0]
    set_font(para_in.add_run("目標（令和６～８年度）"), 9, True)
    it = lc.add_table(rows=4, cols=4)
    borders(it, 4)
    fix_widths(it, [31, 19, 19, 19])
    row_height(it, 22)
    for j, h in enumerate(["項目", "令和６年度", "令和７年度", "令和８年度"]):
        cell_set(it.rows[0].cells[j], h, 8, fill="D9D9D9")
    for i, (lab, idx, seg, met, unit) in enumerate([("現年度分収納率（％）", 0, "current", "collection_rate", "percent"),
                                                     ("滞納繰越分収納率（％）", 1, "arrears", "collection_rate", "percent"),
                                                     ("収入未済額（百万円）", 2, "total", "outstanding", "yen")]):
        cell_set(it.rows[i + 1].cells[0], lab, 8, align="left", fill="F2F2F2")
        for j, fy in enumerate((2024, 2025, 2026)):
            v = PLAN["国民健康保険税"][fy][idx]
            raw = f"{v:.1f}" if unit == "yen" else fmt_rate(v)
            cell_set(it.rows[i + 1].cells[j + 1],
                     G.fact(P, raw, v * 1_000_000 if unit == "yen" else v, debt="国民健康保険料",
                            debt_raw="国民健康保険税", fy=fy, fy_raw=["令和６年度", "令和７年度", "令和８年度"][j],
                            seg=seg, metric=met, basis="target", unit=unit), 8, align="right")
    rc.paragraphs[0].text = ""
    set_font(rc.paragraphs[0].add_run("収納率の実績（単位：％）"), 9, True)
    it2 = rc.add_table(rows=4, cols=3)
    borders(it2, 4)
    fix_widths(it2, [25, 21, 21])
    row_height(it2, 16)
    for j, h in enumerate(["年度", "現年度分", "滞納繰越分"]):
        cell_set(it2.rows[0].cells[j], h, 8, fill="D9D9D9")
    r20 = (92.61, 18.95)
    for i, (fy, lab) in enumerate([(2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度")]):
        vals = r20 if fy == 2020 else (ACT["国民健康保険税"][fy]["cur"]["r"], ACT["国民健康保険税"][fy]["arr"]["r"])
        cell_set(it2.rows[i + 1].cells[0], lab, 8)
        for j, (seg, v) in enumerate(zip(("current", "arrears"), vals)):
            cell_set(it2.rows[i + 1].cells[j + 1],
                     G.fact(P, fmt_rate(v), v, debt="国民健康保険料", debt_raw="国民健康保険税", fy=fy, fy_raw=lab,
                            seg=seg, metric="collection_rate", basis="actual", unit="percent"), 8, align="right")
    para(doc, "", 4)
    sec = "債権ごとの取組み"
    blocks = [
        ("（１）現年度分", "(1)", [
            ("ア", "口座振替の推進", [
                ("(ｱ)", "加入手続の際に口座振替の申込みを原則とし、窓口でキャッシュカードによる手続を行う。", "継続", False)]),
            ("イ", "早期の納付催告", [
                ("(ｱ)", "納期限を過ぎた世帯には、督促状の送付後に電話催告を行い、分割納付を含めた納付計画を確認する。", "継続", False),
                ("(ｲ)", "資格喪失の届出がない世帯を把握し、適正な賦課と納付勧奨を行う。", "新規", False)]),
        ]),
        ("（２）滞納繰越分", "(2)", [
            ("ア", "滞納処分の強化", [
                ("(ｱ)", "市税と重複して滞納している世帯は、納税課と共同で財産調査を行い、一体的に滞納処分を進める。", "拡充", True),
                ("(ｲ)", "納付資力がないと認められる世帯については、執行停止を適正に行い、不納欠損処理につなげる。", "継続", False)]),
        ]),
    ]
    for h1, l1, subs in blocks:
        para(doc, h1, 10.5, gothic=True, indent=2, after=1)
        for h2l, h2, its in subs:
            para(doc, f"{h2l}　{h2}", 10.5, indent=5, after=1)
            for lab, text, st, alone in its:
                G.init(P, text, debt="国民健康保険料", debt_raw="国民健康保険税", fy=2024, section=sec,
                       label=f"{l1}{h2l}{lab}", status=st)
                if alone:
                    para(doc, f"{lab}　{text}", 10, indent=12, first=-6, after=0)
                    para(doc, f"【{st}】", 10, indent=12, after=1)
                else:
                    para(doc, f"{lab}　{text}【{st}】", 10, indent=12, first=-6, after=1)
    para(doc, "７　計画の推進体制", 12, gothic=True, before=6, after=3)
    para(doc, "副市長を会長とする坂出市債権管理推進会議において、毎年度、目標の達成状況と取組の実施状況を確認し、"
              "その結果を公表する。", 10.5, first=3.7)


def main():
    doc = Document()
    sec0 = doc.sections[0]
    sec0.page_width, sec0.page_height = Mm(210), Mm(297)
    sec0.top_margin, sec0.bottom_margin = Mm(20), Mm(18)
    sec0.left_margin = sec0.right_margin = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    cover(doc)
    sec = toc(doc)
    sec.footer.is_linked_to_previous = False
    pg = sec._sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sec._sectPr.append(pg)
    pg.set(qn("w:start"), "1")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    add_page_field(fp)
    set_font(fp.add_run(" －"), 9)
    sec0.footer.is_linked_to_previous = False
    for fn in (body_p3, body_p4, body_p5, body_p6, body_p7, body_p8):
        fn(doc)
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    prof = WORK / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(WORK), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    shutil.copy(WORK / f"{STEM}.pdf", OUT_PDF)
    G.write(OUT_PDF, OUT_GOLD)
    return check(OUT_PDF, OUT_GOLD)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
