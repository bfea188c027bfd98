"""ne_nichinan_plan_1: 第2次日南市債権管理計画 (plan), python-docx -> LibreOffice (soffice --convert-to pdf).

Run from corpus/dev54:  python3 build/ne_nichinan_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ne_common import Gold, PDF_DIR, WORK, comma, tri, rate, pct, check  # noqa: E402

STEM = "ne_nichinan_plan_1"
G = Gold(STEM, "plan", "plan", "日南市", "第2次日南市債権管理計画", "2025-03-01", "令和7年3月")
YEARS = [2019, 2020, 2021, 2022, 2023]
# name, abbreviation, office, class
DEBTS = [("市税", "市税", "税務課", "強制徴収公債権"),
         ("国民健康保険税", "国保税", "税務課", "強制徴収公債権"),
         ("介護保険料", "介護料", "長寿課", "強制徴収公債権"),
         ("後期高齢者医療保険料", "後期高齢", "保険課", "強制徴収公債権"),
         ("保育料", "保育料", "こども課", "強制徴収公債権"),
         ("市営住宅使用料", "住宅使用料", "建築住宅課", "私債権")]
D = {  # 千円
    "市税": dict(out0=402556, cur=[5102330, 5045870, 5118442, 5176905, 5213668],
               cr=[98.35, 98.41, 98.72, 98.90, 99.05], ar=[21.5, 20.8, 23.4, 25.1, 26.9],
               wo=[24112, 22507, 20883, 19406, 17925]),
    "国民健康保険税": dict(out0=472310, cur=[1108774, 1086220, 1071905, 1049336, 1022418],
                    cr=[93.02, 93.35, 93.87, 94.21, 94.68], ar=[17.8, 17.1, 18.9, 20.2, 21.6],
                    wo=[39870, 37215, 35602, 33118, 30557]),
    "介護保険料": dict(out0=37842, cur=[884120, 892554, 901337, 905871, 911206],
                  cr=[98.71, 98.78, 98.86, 98.95, 99.02], ar=[14.2, 13.9, 15.3, 16.4, 17.5],
                  wo=[7412, 7105, 6883, 6540, 6212]),
    "後期高齢者医療保険料": dict(out0=5318, cur=[521440, 533812, 545096, 561733, 577902],
                       cr=[99.42, 99.45, 99.50, 99.53, 99.58], ar=[33.1, 31.8, 35.6, 37.4, 39.0],
                       wo=[602, 571, 548, 515, 488]),
    "保育料": dict(out0=23417, cur=[168550, 121337, 115902, 112648, 108219],
                cr=[97.15, 97.32, 97.48, 97.66, 97.83], ar=[18.4, 17.7, 19.2, 20.5, 21.9],
                wo=[1884, 1702, 1590, 1431, 1288]),
    "市営住宅使用料": dict(out0=68902, cur=[231006, 228873, 226415, 224082, 221560],
                    cr=[96.02, 95.88, 96.21, 96.47, 96.70], ar=[12.3, 11.6, 13.4, 14.8, 16.1],
                    wo=[2915, 2688, 3102, 2874, 2651]),
}
for name, d in D.items():
    d["y"] = {}
    arr = d["out0"]
    for i, y in enumerate(YEARS):
        ca, aa = d["cur"][i], arr
        cc, ac = round(ca * d["cr"][i] / 100), round(aa * d["ar"][i] / 100)
        wo = d["wo"][i]
        out = ca + aa - cc - ac - wo
        d["y"][y] = dict(ca=ca, cc=cc, cr=pct(cc, ca), aa=aa, ac=ac, ar=pct(ac, aa), ta=ca + aa, tc=cc + ac,
                         tr=pct(cc + ac, ca + aa), wo=wo, out=out, out_c=ca - cc, out_a=aa - ac - wo)
        arr = out
TOT = {}
for y in YEARS:
    t = {k: sum(D[n]["y"][y][k] for n in D) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out", "out_c", "out_a")}
    t["cr"], t["ar"], t["tr"] = pct(t["cc"], t["ca"]), pct(t["ac"], t["aa"]), pct(t["tc"], t["ta"])
    TOT[y] = t
K = 1000


def m1(v_k: int) -> str:
    """千円 -> 百万円 with one decimal."""
    return f"{v_k / 1000:,.1f}"


def m1v(v_k: int) -> int:
    return round(v_k / 100) * 100_000


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.25
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin = sec.bottom_margin = Mm(20)
sec.left_margin = sec.right_margin = Mm(20)
sec.different_first_page_header_footer = True


def font(run, size=None, gothic=False, bold=False):
    f = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = f
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), f)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def P(text="", size=None, gothic=False, align=None, bold=False, indent=None, first=None, before=None, after=None):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), size, gothic, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    return p


def H(text, size=12.5):
    return P(text, size, True, before=8, after=4)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="D9D9D9"):
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


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def put(cell, text, size=8.5, align="c", gothic=True, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), size, gothic, bold)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = 1.1
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table(nrows, ncols, widths_mm, style="Table Grid"):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
    for row in t.rows:
        row.height = Mm(5.6)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    return t


def footer_page_numbers(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("- ")
    font(r, 9)
    for kind, txt in [("begin", None), (None, "PAGE"), ("end", None)]:
        run = p.add_run()
        font(run, 9)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
    font(p.add_run(" -"), 9)


footer_page_numbers(sec)

# ------------------------------------------------------------------ page 1: cover
for _ in range(7):
    P("")
P("第2次日南市債権管理計画", 24, True, "c", after=10)
P("令和7（2025）年度～令和9（2027）年度", 14, True, "c", after=120)
for _ in range(10):
    P("")
P("令和7年3月", 14, False, "c")
P("日　南　市", 16, True, "c")
page_break()

# ------------------------------------------------------------------ page 2: 目次 + 第1章
P("目　　次", 14, True, "c", after=10)
for a, b in [("第１章　計画の概要", "2"), ("第２章　債権管理の現状と課題", "3"), ("第３章　計画の目標", "5"),
             ("第４章　債権ごとの取組（推進シート）", "6"), ("資　料　対象債権の収納状況の推移", "7")]:
    p = P(a + "　" + "・" * (34 - len(a)) + "　" + b, 10.5, False, indent=12)
H("第１章　計画の概要")
P("１　策定の趣旨", 11, True)
P("本市では、平成29年度（2017年度）に「日南市債権管理条例」を制定し、債権の管理に関する事務の統一と"
  "適正化を進めてきました。令和2年3月には第1次日南市債権管理計画（令和2年度～令和6年度）を策定し、"
  "全庁的な体制のもとで収納率の向上と収入未済額の縮減に取り組んできました。", first=4)
P("第1次計画の期間が終了することから、その成果と課題を踏まえ、引き続き市民負担の公平性の確保と健全な"
  "財政運営に資するため、第2次日南市債権管理計画を策定します。", first=4)
P("２　計画期間", 11, True)
P("令和7（2025）年度から令和9（2027）年度までの3年間とします。", first=4)
P("３　対象債権", 11, True)
P("本計画は、令和5年度決算において収入未済額が生じている債権のうち、収入未済額の大きい次の6債権を対象とします。", first=4)
P("市税、国民健康保険税（国保税）、介護保険料（介護料）、後期高齢者医療保険料（後期高齢）、保育料、"
  "市営住宅使用料（住宅使用料）", indent=8)
P("※（　）内は、本計画の表で用いる略称です。", 9, indent=8)
P("４　計画の推進体制", 11, True)
P("副市長を委員長とする日南市債権管理対策委員会において、毎年度、推進シートにより各債権の目標の達成状況を"
  "確認し、必要に応じて取組の見直しを行います。", first=4)
page_break()

# ------------------------------------------------------------------ page 3: 第2章 現状
PG = 3
H("第２章　債権管理の現状と課題")
P("１　収入未済額等の状況", 11, True)
t5, t4, t2 = TOT[2023], TOT[2022], TOT[2020]
o5 = round(t5["out"] / 10) * 10_000          # 約x億x,xxx万円
do = round((t5["out"] - t4["out"]) / 10) * 10_000
assert do < 0


def oku_man(v):
    oku, man = divmod(abs(v) // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


s_o5 = G.fact(PG, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o5, "yen", "約" + oku_man(o5), approx=True)
s_do = G.fact(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", do, "yen", "約" + oku_man(do) + "減少", approx=True)
dcr = round(t5["cr"] - t4["cr"], 2)
s_cr = G.fact(PG, None, None, 2023, "令和5（2023）年度", "current", "collection_rate", "actual", t5["cr"], "percent", rate(t5["cr"]) + "％")
s_dcr = G.fact(PG, None, None, 2023, "令和5（2023）年度", "current", "difference", "actual", dcr, "points", rate(dcr) + "ポイント上昇")
dcr2 = round(t5["cr"] - t2["cr"], 1)
s_dcr2 = G.fact(PG, None, None, 2023, "令和5（2023）年度", "current", "difference", "actual", dcr2, "points", f"{dcr2:.1f}ポイント改善")
assert dcr > 0 and dcr2 > 0
P(f"令和5（2023）年度決算における対象債権の収入未済額は{s_o5}で、前年度から{s_do}しました。"
  f"現年度分の収納率は{s_cr}で前年度から{s_dcr}し、新型コロナウイルス感染症の影響を受けた令和二年度と比べて"
  f"{s_dcr2}しています。", first=4)
P("一方で、収入未済額の約8割を市税と国民健康保険税が占めており、滞納繰越分の整理が引き続き課題となっています。", first=4)
# 表2-1 boxed table, caption over, 出典 under
P("表2-1　対象債権の収入未済額（令和5年度決算）", 10, True, before=6, after=1)
P("（単位：百万円）", 9, False, "r", after=1)
tb = table(len(DEBTS) + 2, 4, [52, 36, 36, 36])
for i, h in enumerate(["債権", "現年度分", "滞納繰越分", "計"]):
    put(tb.rows[0].cells[i], h)
    shade(tb.rows[0].cells[i])
for r, (name, abbr, office, cls) in enumerate(DEBTS + [("合計", "合計", "", "")], 1):
    v = D[name]["y"][2023] if name in D else t5
    debt = name if name in D else None
    put(tb.rows[r].cells[0], name, 9, "l" if debt else "c")
    for c, (seg, key) in enumerate([("current", "out_c"), ("arrears", "out_a"), ("total", "out")], 1):
        s = m1(v[key])
        G.fact(PG, debt, name, 2023, "令和5年度", seg, "outstanding", "actual", m1v(v[key]), "yen", s)
        put(tb.rows[r].cells[c], s, 9, "r", False)
    if not debt:
        for c in range(4):
            shade(tb.rows[r].cells[c], "EFEFEF")
P("出典：令和5年度日南市一般会計・特別会計歳入歳出決算書を基に作成。端数処理のため合計が一致しない場合があります。", 8.5, after=4)
# 表2-2 long format, years descending, part 1
LONG_Y = [(2023, "令和5年度"), (2022, "令和4年度"), (2021, "3年度")]
HDR = ["債権", "年度", "調定額", "収入済額", "収納率※", "不納欠損額", "収入未済額"]
WID = [34, 22, 24, 24, 18, 22, 24]


def long_table(names, page, total_rows=False):
    rows = 1 + 3 * len(names) + (3 if total_rows else 0)
    tb = table(rows, 7, WID)
    for i, h in enumerate(HDR):
        put(tb.rows[0].cells[i], h)
        shade(tb.rows[0].cells[i])
    header_row(tb.rows[0])
    r = 1
    groups = [(n, D[n]["y"], n) for n in names] + ([("計", TOT, None)] if total_rows else [])
    for label, ys, debt in groups:
        top = tb.rows[r].cells[0]
        bot = tb.rows[r + 2].cells[0]
        m = top.merge(bot)
        put(m, label, 9, "c")
        for y, yr in LONG_Y:
            v = ys[y]
            cells = tb.rows[r].cells
            put(cells[1], yr, 8.5)
            vals = [("assessed", "ta", "m"), ("collected", "tc", "m"), ("collection_rate", "tr", "r"),
                    ("written_off", "wo", "m"), ("outstanding", "out", "m")]
            for c, (metric, key, kind) in enumerate(vals, 2):
                if kind == "r":
                    s = rate(v[key])
                    G.fact(page, debt, label, y, yr, "total", metric, "actual", v[key], "percent", s)
                else:
                    s = m1(v[key])
                    G.fact(page, debt, label, y, yr, "total", metric, "actual", m1v(v[key]), "yen", s)
                put(cells[c], s, 8.5, "r", False)
            r += 1
    return tb


P("表2-2　主要債権の収納状況の推移（単位：百万円、％）", 10, True, before=6, after=2)
long_table(["市税", "国民健康保険税", "介護保険料"], PG)
page_break()

# ------------------------------------------------------------------ page 4: 表2-2 continued + 課題
PG = 4
P("表2-2　主要債権の収納状況の推移（続き）", 10, True, after=2)
long_table(["後期高齢者医療保険料", "保育料", "市営住宅使用料"], PG, total_rows=True)
P("※ 収納率は、現年度分と滞納繰越分を合わせた調定額に対する収入済額の割合です。", 8.5, after=2)
P("２　課題", 11, True, before=6)
for lvl, s in [(0, "（１）現年度分の未納への早期対応"),
               (1, "ア　納期限後の初動"),
               (2, "(ｱ) 督促状の発送時期が債権によって異なり、初期の未納が滞納繰越分に移行しています。"),
               (2, "(ｲ) 口座振替の利用率が低い債権では、納め忘れによる未納が多くなっています。"),
               (1, "イ　納付環境の整備"),
               (2, "(ｱ) スマートフォン決済等の利用ができない債権があります。"),
               (0, "（２）滞納繰越分の整理"),
               (1, "ア　財産調査・滞納処分の実施状況に債権間の差があり、私債権では法的措置の実績が少ない状況です。"),
               (1, "イ　徴収の見込みがない債権について、執行停止・債権放棄の判断が遅れています。")]:
    P(s, 10, False, indent=4 + 5 * lvl, first=0)
page_break()

# ------------------------------------------------------------------ page 5: 第3章 目標
PG = 5
H("第３章　計画の目標")
TGT = {  # 現年度分 target rates R7, R8, R9
    "市税": (99.10, 99.15, 99.20), "国民健康保険税": (94.90, 95.10, 95.30), "介護保険料": (99.05, 99.10, 99.15),
    "後期高齢者医療保険料": (99.60, 99.62, 99.65), "保育料": (97.90, 98.00, 98.10), "市営住宅使用料": (96.80, 96.90, 97.00)}
P("１　現年度分の目標収納率", 11, True)
P("各債権の現年度分収納率について、令和5年度実績を基準に、次のとおり目標を設定します。", first=4)
P("表3-1　現年度分の目標収納率（単位：％）", 10, True, before=4, after=2)
rows_y = [(2023, "令和5（2023）年度実績", "actual"), (2025, "令和7（2025）年度", "target"),
          (2026, "令和8（2026）年度", "target"), (2027, "令和9（2027）年度", "target")]
tb = table(5, 7, [40] + [21.5] * 6)
put(tb.rows[0].cells[0], "年度")
shade(tb.rows[0].cells[0])
for c, (name, abbr, _, _) in enumerate(DEBTS, 1):
    put(tb.rows[0].cells[c], abbr)
    shade(tb.rows[0].cells[c])
for r, (y, yr, basis) in enumerate(rows_y, 1):
    put(tb.rows[r].cells[0], yr, 8.5, "l")
    for c, (name, abbr, _, _) in enumerate(DEBTS, 1):
        v = D[name]["y"][2023]["cr"] if basis == "actual" else TGT[name][y - 2025]
        s = rate(v)
        G.fact(PG, name, abbr, y, yr, "current", "collection_rate", basis, v, "percent", s)
        put(tb.rows[r].cells[c], s, 9, "r", False)
P("（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料", 8.5, after=4)
P("２　対象債権全体の目標", 11, True, before=4)
OUT_T = [560000, 530000, 500000]     # 千円
ARR_T = [24.00, 25.50, 27.00]
P("表3-2　対象債権全体の目標", 10, True, before=2, after=2)
tb = table(3, 5, [52, 28, 28, 28, 28])
for c, h in enumerate(["区分", "R5実績", "R7目標", "R8目標", "R9目標"]):
    put(tb.rows[0].cells[c], h)
    shade(tb.rows[0].cells[c])
put(tb.rows[1].cells[0], "収入未済額（百万円）", 8.5, "l")
put(tb.rows[2].cells[0], "滞納繰越分収納率（％）", 8.5, "l")
cols = [(2023, "R5実績", "actual", t5["out"], t5["ar"])] + \
       [(2025 + i, f"R{7 + i}目標", "target", OUT_T[i], ARR_T[i]) for i in range(3)]
for c, (y, yr, basis, o, a) in enumerate(cols, 1):
    s = m1(o)
    G.fact(PG, None, None, y, yr, "total", "outstanding", basis, m1v(o), "yen", s)
    put(tb.rows[1].cells[c], s, 9, "r", False)
    s = rate(a)
    G.fact(PG, None, None, y, yr, "arrears", "collection_rate", basis, a, "percent", s)
    put(tb.rows[2].cells[c], s, 9, "r", False)
s_t9 = G.fact(PG, None, None, 2027, "令和9年度", "total", "outstanding", "target", 500_000_000, "yen", "約5億円", approx=True)
P(f"計画の最終年度である令和9年度末には、対象債権全体の収入未済額を{s_t9}まで縮減することを目指します。", first=4, before=3)
P("３　第1次計画の目標達成状況", 11, True, before=4)
FIRST = {"市税": (98.80, 98.95), "国民健康保険税": (94.00, 94.50), "介護保険料": (98.90, 99.00),
         "後期高齢者医療保険料": (99.50, 99.55), "保育料": (97.70, 97.80), "市営住宅使用料": (96.60, 96.80)}
P("表3-3　第1次計画の目標と実績（現年度分収納率、単位：％）", 10, True, before=2, after=2)
tb = table(2 + len(DEBTS), 7, [34] + [22.5] * 6)
put(tb.rows[0].cells[0].merge(tb.rows[1].cells[0]), "債権")
shade(tb.rows[0].cells[0])
for j, (y, yr) in enumerate([(2022, "令和4年度"), (2023, "令和5年度")]):
    m = tb.rows[0].cells[1 + 3 * j].merge(tb.rows[0].cells[3 + 3 * j])
    put(m, yr)
    shade(m)
    for k, h in enumerate(["目標", "実績", "達成率"]):
        put(tb.rows[1].cells[1 + 3 * j + k], h)
        shade(tb.rows[1].cells[1 + 3 * j + k])
for r, (name, abbr, _, _) in enumerate(DEBTS, 2):
    put(tb.rows[r].cells[0], abbr, 9, "l")
    for j, (y, yr) in enumerate([(2022, "令和4年度"), (2023, "令和5年度")]):
        tg = FIRST[name][j]
        act = D[name]["y"][y]["cr"]
        ach = round(act / tg * 100, 2)
        put(tb.rows[r].cells[1 + 3 * j], G.fact(PG, name, abbr, y, yr, "current", "collection_rate", "target", tg, "percent", rate(tg)), 9, "r", False)
        put(tb.rows[r].cells[2 + 3 * j], G.fact(PG, name, abbr, y, yr, "current", "collection_rate", "actual", act, "percent", rate(act)), 9, "r", False)
        put(tb.rows[r].cells[3 + 3 * j], rate(ach), 9, "r", False)
P("※ 達成率＝実績÷目標×100", 8.5)
page_break()

# ------------------------------------------------------------------ page 6: 推進シート（市税・国保税）
PG = 6
H("第４章　債権ごとの取組（推進シート）")
SHEET = {
    "市税": dict(t_cr=TGT["市税"], t_ar=(28.00, 29.00, 30.00), t_out=(225000, 215000, 205000),
               delq=(2486, (2400, 2320, 2250)), unit="人", dm="persons", label="滞納者数（人）",
               items=[("(1)", "ア", "現年度分対策", "口座振替及びスマートフォン決済の利用を広報紙等で促進する。", "継続"),
                      ("(1)", "イ", "現年度分対策", "納期限後20日以内に督促状を発送し、未納者には電話催告を行う。", "継続"),
                      ("(2)", "ア", "滞納繰越分対策", "財産調査を徹底し、預貯金・給与等の差押えを早期に行う。", "拡充"),
                      ("(2)", "イ", "滞納繰越分対策", "宮崎県と連携した合同公売を実施する。", "新規")]),
    "国民健康保険税": dict(t_cr=TGT["国民健康保険税"], t_ar=(23.00, 24.50, 26.00), t_out=(250000, 238000, 226000),
                    delq=(1377, (1330, 1280, 1230)), unit="世帯", dm="households", label="滞納世帯数（世帯）",
                    items=[("(1)", "ア", "現年度分対策", "国保加入時に口座振替の申込みを受け付ける。", "拡充"),
                           ("(1)", "イ", "現年度分対策", "資格喪失者に未納分の納付案内を送付する。", "新規"),
                           ("(2)", "ア", "滞納繰越分対策", "市税と一体で滞納整理を行い、分納誓約の不履行者には滞納処分を行う。", "継続")]),
}
for idx, (name, sh) in enumerate(SHEET.items(), 1):
    abbr = [a for n, a, _, _ in DEBTS if n == name][0]
    office, cls = [(o, c) for n, a, o, c in DEBTS if n == name][0]
    P(f"（{idx}）推進シート（{name}）", 11, True, before=6 if idx > 1 else 2, after=2)
    tb = table(1, 6, [20, 44, 20, 34, 20, 32])
    for c, (a, b) in enumerate([("債権名", name), ("所管課", office), ("区分", cls)]):
        put(tb.rows[0].cells[2 * c], a)
        shade(tb.rows[0].cells[2 * c])
        put(tb.rows[0].cells[2 * c + 1], b, 9, "l", False)
    P("", 4, after=0)
    tb = table(5, 7, [9, 42, 22, 20, 20, 20, 37])
    for c, h in enumerate(["", "項目", "令和5年度実績", "令和7年度", "令和8年度", "令和9年度", "備考"]):
        put(tb.rows[0].cells[c], h, 8)
        shade(tb.rows[0].cells[c])
    m = tb.rows[1].cells[0].merge(tb.rows[4].cells[0])
    put(m, "数値目標", 8.5)
    vertical(m)
    shade(m, "EFEFEF")
    v5 = D[name]["y"][2023]
    specs = [("現年度分収納率（％）", "current", "collection_rate", "percent", v5["cr"], sh["t_cr"]),
             ("滞納繰越分収納率（％）", "arrears", "collection_rate", "percent", v5["ar"], sh["t_ar"]),
             ("収入未済額（千円）", "total", "outstanding", "yen", v5["out"], sh["t_out"]),
             (sh["label"], "total", "delinquents", sh["dm"], sh["delq"][0], sh["delq"][1])]
    for r, (lab, seg, metric, unit, a, tg) in enumerate(specs, 1):
        cells = tb.rows[r].cells
        put(cells[1], lab, 8.5, "l")
        for c, (y, yr, basis, v) in enumerate([(2023, "令和5年度", "actual", a)] +
                                              [(2025 + i, f"令和{7 + i}年度", "target", tg[i]) for i in range(3)], 2):
            if unit == "percent":
                s = rate(v)
            else:
                s = comma(v)
            G.fact(PG, name, name, y, yr, seg, metric, basis, v * (K if unit == "yen" else 1), unit, s)
            put(cells[c], s, 9, "r", False)
        if metric == "outstanding":
            s = G.fact(PG, name, name, 2023, "令和5年度", "arrears", "outstanding", "actual", v5["out_a"] * K, "yen",
                       comma(v5["out_a"]) + "千円")
            put(cells[6], f"R5のうち滞納繰越分\n{s}", 8, "l", False)
        elif metric == "delinquents":
            put(cells[6], "年度末時点の実人数" if unit == "persons" else "年度末時点の世帯数", 8, "l", False)
    P("具体的な取組", 10, True, before=4, after=1)
    last = None
    for l1, l2, t1, body, stt in sh["items"]:
        if l1 != last:
            P(f"（{l1[1]}）{t1}", 10, False, indent=4)
            last = l1
        P(f"{l2}　{body}【{stt}】", 10, False, indent=10)
        G.init(PG, name, name, 2025, "具体的な取組", l1 + l2, body, stt)

OTHER = [("介護保険料", "介護料", [("①", "年金からの特別徴収への切替えを早期に行う。", "継続"),
                                 ("②", "普通徴収の未納者に納期限後2週間以内に催告書を送付する。", "拡充")]),
         ("後期高齢者医療保険料", "後期高齢", [("①", "資格取得時に口座振替の手続を案内する。", "継続")]),
         ("保育料", "保育料", [("①", "児童手当からの徴収について入所時に同意を得る。", "継続"),
                            ("②", "退所予定者の未納分は退所前に納付計画を作成する。", "新規")]),
         ("市営住宅使用料", "住宅使用料", [("①", "滞納3か月以上の入居者と面談し、分納誓約を求める。", "継続"),
                                     ("②", "退去滞納者の債権は弁護士に回収を委託する。", "新規"),
                                     ("③", "長期滞納者に対して明渡請求訴訟を提起する。", "拡充")])]
P("（3）その他の対象債権", 11, True, before=6, after=2)
tb = table(1 + len(OTHER), 2, [34, 136])
for c, h in enumerate(["債権", "内容"]):
    put(tb.rows[0].cells[c], h, 8.5)
    shade(tb.rows[0].cells[c])
for r, (name, abbr, items) in enumerate(OTHER, 1):
    put(tb.rows[r].cells[0], abbr, 9, "l")
    put(tb.rows[r].cells[1], "\n".join(f"{lab}{body}【{stt}】" for lab, body, stt in items), 9, "l", False)
    for lab, body, stt in items:
        G.init(PG, name, abbr, 2025, "その他の対象債権", lab, body, stt)
P("（注）略称は表3-1の注のとおり。", 8.5)

# ------------------------------------------------------------------ pages 7-8: landscape appendix, wide table split by columns
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.top_margin = new.bottom_margin = Mm(15)
new.left_margin = new.right_margin = Mm(15)
new.different_first_page_header_footer = False
footer_page_numbers(new)


SEGS = [("現年度分", "current", "ca", "cc", "cr", None, "out_c"),
        ("滞納繰越分", "arrears", "aa", "ac", "ar", "wo", "out_a"),
        ("計", "total", "ta", "tc", "tr", "wo", "out")]


def appendix(page, years, extra):
    ncols = 2 + 3 * len(years) + len(extra)
    wid = [34, 18] + [25, 25, 15] * len(years) + [24] * len(extra)
    nrows = 2 + 3 * (len(DEBTS) + 1)
    tb = table(nrows, ncols, wid)
    for row in tb.rows:
        row.height = Mm(5.0)
    put(tb.rows[0].cells[0].merge(tb.rows[1].cells[1]), "債権・区分")
    shade(tb.rows[0].cells[0])
    for j, (y, yr) in enumerate(years):
        m = tb.rows[0].cells[2 + 3 * j].merge(tb.rows[0].cells[4 + 3 * j])
        put(m, yr)
        shade(m)
        for k, h in enumerate(["調定額", "収入済額", "収納率"]):
            put(tb.rows[1].cells[2 + 3 * j + k], h)
            shade(tb.rows[1].cells[2 + 3 * j + k])
    for k, (h, metric, y, yr) in enumerate(extra):
        c = 2 + 3 * len(years) + k
        m = tb.rows[0].cells[c].merge(tb.rows[1].cells[c])
        put(m, h)
        shade(m)
    r = 2
    for name, abbr, _, _ in DEBTS + [("計", "計", "", "")]:
        ys = D[name]["y"] if name in D else TOT
        debt = name if name in D else None
        m = tb.rows[r].cells[0].merge(tb.rows[r + 2].cells[0])
        put(m, name if debt else "対象債権計", 8.5, "l" if debt else "c")
        for lab, seg, a, c_, rr, wk, ok in SEGS:
            cells = tb.rows[r].cells
            put(cells[1], lab, 8)
            for j, (y, yr) in enumerate(years):
                v = ys[y]
                for k, (metric, key) in enumerate([("assessed", a), ("collected", c_), ("collection_rate", rr)]):
                    if metric == "collection_rate":
                        s = rate(v[key])
                        G.fact(page, debt, name, y, yr, seg, metric, "actual", v[key], "percent", s)
                    else:
                        s = comma(v[key])
                        G.fact(page, debt, name, y, yr, seg, metric, "actual", v[key] * K, "yen", s)
                    put(cells[2 + 3 * j + k], s, 8, "r", False)
            for k, (h, metric, y, yr) in enumerate(extra):
                key = wk if metric == "written_off" else ok
                if key is None:
                    s = "－"
                else:
                    s = comma(ys[y][key])
                    G.fact(page, debt, name, y, yr, seg, metric, "actual", ys[y][key] * K, "yen", s)
                put(cells[2 + 3 * len(years) + k], s, 8, "r", False)
            if seg == "total":
                for cc in cells[1:]:
                    shade(cc, "EFEFEF")
            r += 1


PG = 7
P("資料　対象債権の収納状況の推移（令和元年度～令和5年度決算）", 12, True, after=2)
P("（単位：千円、％）", 9, False, "r", after=2)
appendix(PG, [(2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和3年度")], [])
P("※ 収納率＝収入済額÷調定額。", 8.5, before=3)
P("※ 令和2年度は新型コロナウイルス感染症に係る徴収猶予の特例の影響を含む。保育料は令和元年10月からの幼児教育・保育の無償化により調定額が減少。", 8.5)
P("※ 本表は次ページに続く。", 8.5)
page_break()
PG = 8
P("資料　対象債権の収納状況の推移（続き）", 12, True, after=2)
P("（単位：千円、％）", 9, False, "r", after=2)
appendix(PG, [(2022, "令和4（2022）年度"), (2023, "令和5（2023）年度")],
         [("不納欠損額\n（R5）", "written_off", 2023, "R5"), ("収入未済額\n（R5）", "outstanding", 2023, "R5")])
P("※ 収入未済額＝調定額－収入済額－不納欠損額", 8.5, before=3)

WORK.mkdir(parents=True, exist_ok=True)
dp = WORK / f"{STEM}.docx"
doc.save(dp)
PDF_DIR.mkdir(parents=True, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dp)],
               check=True, capture_output=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
gp = G.write(out)
bad = check(out, gp)
import fitz  # noqa: E402
n = len(fitz.open(out))
print(out, n, "pages", len(G.facts), "facts", len(G.initiatives), "initiatives", out.stat().st_size, "bytes")
print("\n".join(bad[:40]) or "all raws found")
