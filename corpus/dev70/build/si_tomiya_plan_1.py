"""Helper si: 富谷市債権管理計画（令和8年度～令和10年度） (plan). python-docx -> LibreOffice.
Run from corpus/dev70:  python3 build/si_tomiya_plan_1.py"""
import random, subprocess, sys, shutil
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
sys.path.insert(0, str(Path(__file__).parent))
from si_common import Gold, c, rate, fmt_r, zen, check

STEM = "si_tomiya_plan_1"
W = Path("/tmp/si_work"); W.mkdir(exist_ok=True)
G = Gold(STEM, "plan", "plan", "富谷市", "富谷市債権管理計画（令和8年度～令和10年度）", "2026-03-01", "令和8年3月")
rnd = random.Random(7033)
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(16)
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
# running header / footer
hp = sec.header.paragraphs[0]; hp.text = "富谷市債権管理計画（令和8年度～令和10年度）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("- "); fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr); fp._p.append(fld); fp.add_run(" -")


def para(text, size=10, bold=False, align=None, font=None, indent=0, after=2):
    p = doc.add_paragraph()
    run = p.add_run(text); run.font.size = Pt(size); run.bold = bold
    if font:
        run.font.name = font; run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(after)
    return p


def h(text, lvl=1):
    return para(text, 12 if lvl == 1 else 10.5, True, font="IPAexGothic", after=3)


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)


def borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for edge, val in kw.items():
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000"); b.append(e)
    tcPr.append(b)


def put(cell, text, size=8.5, align="r", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    lines = str(text).split("\n")
    for k, ln in enumerate(lines):
        run = p.add_run(ln); run.font.size = Pt(size); run.bold = bold
        if k < len(lines) - 1:
            run.add_break()
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def grid(nr, nc, widths, style="Table Grid"):
    t = doc.add_table(rows=nr, cols=nc)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for k, w in enumerate(widths):
        t.columns[k].width = Mm(w)
    for row in t.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = Mm(w)
    return t


# ------------------------------------------------------------------ data (千円)
DEBTS = [  # canonical, printed, 会計, 所管課, 区分, 根拠, cur assessed, cur rate, arr assessed, arr rate
    ("市税", "市税", "一般会計", "税務課", "強", "地方税法", 8120000, 99.1, 231000, 27.0),
    ("保育料", "保育料", "一般会計", "子育て支援課", "強", "児童福祉法", 58000, 98.6, 6100, 22.0),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", "都市計画課", "私", "公営住宅法・民法", 41000, 96.2, 9800, 12.0),
    ("国民健康保険税", "国民健康保険税", "国民健康保険特別会計", "保険年金課", "強", "地方税法", 1402000, 95.6, 168000, 22.5),
    ("介護保険料", "介護保険料", "介護保険特別会計", "長寿福祉課", "強", "介護保険法", 1021000, 99.2, 18800, 19.0),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療特別会計", "保険年金課", "強", "高齢者の医療の確保に関する法律", 498000, 99.5, 4100, 33.0),
    ("水道料金", "水道料金", "水道事業会計", "上下水道課", "私", "民法", 1284000, 98.4, 26500, 60.0),
]
YRS = [2020, 2021, 2022, 2023, 2024]
D = {}
for can, pr, kai, ka, kb, law, ca, cr, aa, ar in DEBTS:
    D[can] = {}
    arr = aa
    for k, y in enumerate(YRS):
        a = int(ca * (1 + 0.018 * (k - 4)) + rnd.randint(-2000, 2000))
        cc = int(a * (cr - 0.35 + 0.09 * k + rnd.uniform(-0.05, 0.05)) / 100)
        ac = int(arr * (ar - 2 + 0.5 * k + rnd.uniform(-0.6, 0.6)) / 100)
        wo = int(arr * 0.06)
        row = dict(ca=a, cc=cc, aa=arr, ac=ac, wo=wo)
        row["ta"], row["tc"] = a + arr, cc + ac
        row["out"] = row["ta"] - row["tc"] - wo
        row["cr"], row["ar"], row["tr"] = rate(a, cc, 2), rate(arr, ac, 2), rate(row["ta"], row["tc"], 2)
        D[can][y] = row
        arr = row["out"]
ERA = {2019: "令和元", 2020: "令和2", 2021: "令和3", 2022: "令和4", 2023: "令和5", 2024: "令和6", 2025: "令和7", 2026: "令和8", 2027: "令和9", 2028: "令和10"}
TOT = {y: {k: sum(D[d[0]][y][k] for d in DEBTS) for k in ("ta", "tc", "wo", "out")} for y in YRS}

# ------------------------------------------------------------------ page 1: cover + 目次
G.page = 1
for _ in range(5):
    para("")
para("富谷市債権管理計画", 26, True, "c", "IPAexGothic", after=8)
para("令和8（2026）年度～令和10（2028）年度", 14, False, "c", after=40)
para("令和8年3月", 13, False, "c"); para("富　谷　市", 15, True, "c", "IPAexGothic", after=40)
para("目　次", 12, True, "c", "IPAexGothic", after=6)
toc = [("１　計画の概要", 2), ("２　債権管理の現状", 2), ("　（1）収入未済額の推移", 2), ("　（2）債権別の状況", 3),
       ("３　計画の目標", 4), ("４　債権別の取組（推進シート）", 5), ("参考資料　対象債権一覧", 7)]
tt = grid(len(toc), 2, [120, 20], style=None)
for k, (a, b) in enumerate(toc):
    put(tt.rows[k].cells[0], a, 10.5, "l"); put(tt.rows[k].cells[1], f"…… {b}", 10.5, "r")
pagebreak()

# ------------------------------------------------------------------ page 2: overview + trend (years as rows)
h("１　計画の概要")
para("（1）計画策定の趣旨", 10.5, True, font="IPAexGothic")
para("本市では、令和2（2020）年度に富谷市債権管理条例を施行し、第1次計画（令和5（2023）年度～令和7（2025）年度）に基づいて"
     "全庁的な債権管理に取り組んできた。第1次計画期間の成果と課題を踏まえ、引き続き負担の公平性と財源の確保を図るため、第2次となる本計画を策定する。", indent=4)
para("（2）計画期間　令和8（2026）年度から令和10（2028）年度までの3年間", 10.5, True, font="IPAexGothic")
para("（3）対象債権　令和6年度決算において収入未済額のある7債権（参考資料参照）", 10.5, True, font="IPAexGothic")
h("２　債権管理の現状")
para("（1）収入未済額の推移（対象7債権の合計）", 10.5, True, font="IPAexGothic")
para("単位：百万円、％", 8.5, align="r", after=0)
cols = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "増減額", "増減率", "収納率"]
tb = grid(len(YRS) + 2, len(cols), [34, 20, 20, 18, 20, 17, 15, 16], style=None)
for k, x in enumerate(cols):
    put(tb.rows[0].cells[k], x, 8.5, "c", True); borders(tb.rows[0].cells[k], top="single", bottom="single")
M = lambda v: round(v / 1000, 1)  # 千円 -> 百万円
for j, y in enumerate(YRS):
    T = TOT[y]; row = tb.rows[j + 1].cells
    yr = f"{ERA[y]}（{y}）年度"
    put(row[0], yr, 8.5, "l")
    for k, (key, met) in enumerate((("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("out", "outstanding"))):
        put(row[k + 1], G.f(f"{M(T[key]):,.1f}", int(round(M(T[key]) * 1e6)), "yen", met, "actual", y, yr, "total", None, None))
    if j == 0:
        put(row[5], "－"); put(row[6], "－")
    else:
        dd = round(M(T["out"]) - M(TOT[y - 1]["out"]), 1); pc = round(dd / M(TOT[y - 1]["out"]) * 100, 1)
        put(row[5], G.f(("△" if dd < 0 else "") + f"{abs(dd):,.1f}", int(round(dd * 1e6)), "yen", "difference", "actual", y, yr, "total", None, None))
        put(row[6], G.f(("△" if pc < 0 else "") + f"{abs(pc):.1f}", pc, "percent", "change_rate", "actual", y, yr, "total", None, None))
    rr_ = round(T["tc"] / T["ta"] * 100, 2)
    put(row[7], G.f(f"{rr_:.2f}", rr_, "percent", "collection_rate", "actual", y, yr, "total", None, None))
row = tb.rows[-1].cells
put(row[0], "5年平均", 8.5, "l", True)
for k, key in enumerate(("ta", "tc", "wo", "out")):
    av = round(sum(M(TOT[y][key]) for y in YRS) / 5, 1)
    put(row[k + 1], G.f(f"{av:,.1f}", int(round(av * 1e6)), "yen", "average_" + ("assessed", "collected", "written_off", "outstanding")[k], "actual", None, "5年平均", "total", None, None))
put(row[5], "－"); put(row[6], "－"); put(row[7], "－")
for cc_ in tb.rows[-1].cells:
    borders(cc_, top="single", bottom="single")
para("※ 各年度の決算額。百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", 8)
o6, o2 = TOT[2024]["out"], TOT[2020]["out"]
oku = o6 / 100000
dman = round((o2 - o6) / 10)
R5Y = round(round(TOT[2024]["tc"] / TOT[2024]["ta"] * 100, 2) - round(TOT[2020]["tc"] / TOT[2020]["ta"] * 100, 2), 2)
para("令和6年度末の収入未済額は" + G.f(f"{int(oku)}億{round((o6 % 100000) / 10):,}万円", round(o6 / 10) * 10000, "yen", "outstanding", "actual", 2024, "令和6年度", "total", None, None)
     + "で、令和2年度末から" + G.f(f"{abs(dman):,}万円", -dman * 10000, "yen", "difference", "actual", 2024, "令和2年度末から", "total", None, None)
     + ("減少" if dman > 0 else "増加") + "した。収納率は" + G.f(f"{TOT[2024]['tc'] / TOT[2024]['ta'] * 100:.2f}％", round(TOT[2024]['tc'] / TOT[2024]['ta'] * 100, 2), "percent", "collection_rate", "actual", 2024, "令和6年度", "total", None, None)
     + "となり、5年間で" + G.f(f"{R5Y:.2f}ポイント", R5Y, "points", "difference", "actual", 2024, "5年間で", "total", None, None)
     + "上昇している。", indent=4)
pagebreak()

# ------------------------------------------------------------------ page 3: by debt with 会計 outer header, 上段/下段
para("（2）債権別の状況", 10.5, True, font="IPAexGothic")
para("単位：千円、％", 8.5, align="r", after=0)
cols = ["会計", "債権名", "所管課", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]
groups = []
for d in DEBTS:
    if not groups or groups[-1][0] != d[2]:
        groups.append((d[2], []))
    groups[-1][1].append(d)
nrows = 1 + sum(2 * len(g[1]) for g in groups) + 2 * 2  # + 一般会計計 + 総計 (2 lines each)
tb = grid(nrows, len(cols), [30, 30, 22, 21, 21, 13, 17, 19])
for k, x in enumerate(cols):
    put(tb.rows[0].cells[k], x, 8.5, "c", True); shade(tb.rows[0].cells[k])
ri = 1


def two(ri, vals, can, pr):
    for j, y in enumerate((2024, 2023)):
        v = vals[y]; cl = tb.rows[ri + j].cells
        put(cl[3], G.f(c(v["ta"]), v["ta"] * 1000, "yen", "assessed", "actual", y, "上段：令和6年度、下段：令和5年度", "total", can, pr))
        put(cl[4], G.f(c(v["tc"]), v["tc"] * 1000, "yen", "collected", "actual", y, "上段：令和6年度、下段：令和5年度", "total", can, pr))
        put(cl[5], G.f(fmt_r(v["tr"], 2), v["tr"], "percent", "collection_rate", "actual", y, "上段：令和6年度、下段：令和5年度", "total", can, pr))
        put(cl[6], G.f(c(v["wo"]), v["wo"] * 1000, "yen", "written_off", "actual", y, "上段：令和6年度、下段：令和5年度", "total", can, pr))
        put(cl[7], G.f(c(v["out"]), v["out"] * 1000, "yen", "outstanding", "actual", y, "上段：令和6年度、下段：令和5年度", "total", can, pr))


def aggy(names):
    out = {}
    for y in (2023, 2024):
        v = {k: sum(D[n][y][k] for n in names) for k in ("ta", "tc", "wo", "out")}
        v["tr"] = rate(v["ta"], v["tc"], 2); out[y] = v
    return out


for kai, ds in groups:
    start = ri
    for d in ds:
        tb.cell(ri, 1).merge(tb.cell(ri + 1, 1)); tb.cell(ri, 2).merge(tb.cell(ri + 1, 2))
        put(tb.cell(ri, 1), d[1], 8.5, "l"); put(tb.cell(ri, 2), d[3], 8, "l")
        two(ri, D[d[0]], d[0], d[1]); ri += 2
    if kai == "一般会計":
        tb.cell(ri, 1).merge(tb.cell(ri + 1, 2)); put(tb.cell(ri, 1), "会計計", 8.5, "c", True)
        two(ri, aggy([d[0] for d in ds]), None, "会計計"); ri += 2
    m = tb.cell(start, 0).merge(tb.cell(ri - 1, 0)); put(m, kai, 8, "l")
tb.cell(ri, 0).merge(tb.cell(ri + 1, 2)); put(tb.cell(ri, 0), "総計", 8.5, "c", True)
two(ri, aggy([d[0] for d in DEBTS]), None, "総計")
para("上段：令和6年度、下段：令和5年度（いずれも決算）。収納率は現年度分と滞納繰越分の合計による。", 8)
para("※ 水道料金は税抜額。水道事業会計の調定額には下水道使用料を含まない。", 8)
pagebreak()

# ------------------------------------------------------------------ page 4: targets
h("３　計画の目標")
para("（1）全体目標", 10.5, True, font="IPAexGothic")
o10 = int(round(TOT[2024]["out"] * 0.86, -3))
tb = grid(3, 3, [60, 45, 45], style=None)
put(tb.cell(0, 0), "区分", 9.5, "l"); put(tb.cell(0, 1), "令和6年度実績", 9.5, "r"); put(tb.cell(0, 2), "令和10年度目標", 9.5, "r")
put(tb.cell(1, 0), "収入未済額（千円）", 9.5, "l")
put(tb.cell(1, 1), G.f(c(TOT[2024]["out"]), TOT[2024]["out"] * 1000, "yen", "outstanding", "actual", 2024, "令和6年度実績", "total", None, None), 9.5)
put(tb.cell(1, 2), G.f(c(o10), o10 * 1000, "yen", "outstanding", "target", 2028, "令和10年度目標", "total", None, None), 9.5)
tr6 = round(TOT[2024]["tc"] / TOT[2024]["ta"] * 100, 2)
put(tb.cell(2, 0), "収納率（％）", 9.5, "l")
put(tb.cell(2, 1), G.f(f"{tr6:.2f}", tr6, "percent", "collection_rate", "actual", 2024, "令和6年度実績", "total", None, None), 9.5)
put(tb.cell(2, 2), G.f(f"{tr6 + 0.4:.2f}", round(tr6 + 0.4, 2), "percent", "collection_rate", "target", 2028, "令和10年度目標", "total", None, None), 9.5)
para("")
para("（2）債権別の目標収納率（現年度分）", 10.5, True, font="IPAexGothic")
para("単位：％", 8.5, align="r", after=0)
tb = grid(len(DEBTS) + 1, 6, [44, 22, 24, 24, 24, 28])
for k, x in enumerate(["債権名", "R6実績", "令和8年度", "令和9年度", "令和10年度", "R6比（ポイント）"]):
    put(tb.cell(0, k), x, 8.5, "c", True); shade(tb.cell(0, k))
TG = {}
for j, d in enumerate(DEBTS):
    can, pr = d[0], d[1]; r6 = D[can][2024]["cr"]
    ts = [round(min(99.9, r6 + inc), 2) for inc in (0.10, 0.20, 0.30)]
    TG[can] = ts
    put(tb.cell(j + 1, 0), pr, 8.5, "l")
    put(tb.cell(j + 1, 1), G.f(fmt_r(r6, 2), r6, "percent", "collection_rate", "actual", 2024, "R6実績", "current", can, pr))
    for k, (y, tv) in enumerate(zip((2026, 2027, 2028), ts)):
        put(tb.cell(j + 1, 2 + k), G.f(fmt_r(tv, 2), tv, "percent", "collection_rate", "target", y, f"{ERA[y]}年度", "current", can, pr))
    dd = round(ts[2] - r6, 2)
    put(tb.cell(j + 1, 5), G.f("＋" + fmt_r(dd, 2), dd, "points", "difference", "target", 2028, "R6比", "current", can, pr))
para("")
para("（3）債権別の収入未済額の目標", 10.5, True, font="IPAexGothic")
para("単位：千円", 8.5, align="r", after=0)
tb = grid(len(DEBTS) + 1, 5, [44, 30, 30, 30, 30])
for k, x in enumerate(["債権名", "令和10年度目標", "令和9年度目標", "令和8年度目標", "前年度比（R6→R8）"]):
    put(tb.cell(0, k), x, 8.5, "c", True); shade(tb.cell(0, k))
for j, d in enumerate(DEBTS):
    can, pr = d[0], d[1]; o = D[can][2024]["out"]
    f0 = 0.97 + rnd.uniform(-0.025, 0.012)
    vs = [int(round(o * f)) for f in (f0, f0 - 0.04, f0 - 0.08)]
    put(tb.cell(j + 1, 0), pr, 8.5, "l")
    for k, (y, v) in enumerate(((2028, vs[2]), (2027, vs[1]), (2026, vs[0]))):
        put(tb.cell(j + 1, 1 + k), G.f(c(v), v * 1000, "yen", "outstanding", "target", y, f"{ERA[y]}年度目標", "total", can, pr))
    rt = round(vs[0] / o * 100, 1)
    put(tb.cell(j + 1, 4), G.f(f"{rt:.1f}％", rt, "percent", "yoy_ratio", "target", 2026, "前年度比（R6→R8）", "total", can, pr))
para("※ 前年度比は令和8年度目標額÷令和6年度決算額。", 8)
pagebreak()

# ------------------------------------------------------------------ pages 5-6: 推進シート
SHEETS = [
    ("市税", "税務課", [("ア", "現年度分の滞納者には、納期限後おおむね2か月以内に財産調査に着手し、早期に滞納処分を行う。", "継続"),
                     ("イ", "口座振替・スマートフォン決済の利用案内を納税通知書に同封し、納期内納付を促進する。", "拡充"),
                     ("ウ", "宮城県地方税滞納整理推進機構への引継ぎにより、高額・困難案件を整理する。", "継続")]),
    ("国民健康保険税", "保険年金課", [("ア", "資格確認書の交付時に納付相談を行い、分納計画を作成する。", "新規"),
                          ("イ", "税務課との滞納情報の共有により、市税と一体で滞納整理を進める。", "継続"),
                          ("ウ", "所得未申告世帯の申告勧奨を行い、軽減判定を適正化する。", "継続")]),
    ("水道料金", "上下水道課", [("ア", "2期以上の未納者に給水停止予告を送付し、納付がない場合は給水停止を執行する。", "継続"),
                        ("イ", "閉栓者の未納分について、支払督促の申立てを計画的に行う。", "拡充"),
                        ("ウ", "時効期間を経過した債権は、債権管理条例に基づく放棄を適正に行う。", "継続")]),
]
SCH = {"ア": ("○", "○", "○"), "イ": ("実施", "→", "→"), "ウ": ("○", "○", "→")}
for k, (can, ka, items) in enumerate(SHEETS):
    if k == 0:
        h("４　債権別の取組（推進シート）")
    if k == 2:
        pagebreak()
    pr = can
    R = D[can]
    t = grid(1, 2, [85, 85])
    put(t.cell(0, 0), f"債権名　{pr}", 10, "l", True); put(t.cell(0, 1), f"所管課　{ka}", 10, "l", True)
    shade(t.cell(0, 0), "FFF2CC"); shade(t.cell(0, 1), "FFF2CC")
    o6, o5 = R[2024]["out"], R[2023]["out"]
    dd = o6 - o5; pc = round(dd / o5 * 100, 1)
    para("（1）現状と課題", 10, True, font="IPAexGothic")
    para("令和6年度決算の現年度分収納率は" + G.f(fmt_r(R[2024]["cr"], 2) + "％", R[2024]["cr"], "percent", "collection_rate", "actual", 2024, "令和6年度決算", "current", can, pr)
         + "、滞納繰越分収納率は" + G.f(fmt_r(R[2024]["ar"], 2) + "％", R[2024]["ar"], "percent", "collection_rate", "actual", 2024, "令和6年度決算", "arrears", can, pr)
         + "である。収入未済額は" + G.f(c(o6) + "千円", o6 * 1000, "yen", "outstanding", "actual", 2024, "令和6年度決算", "total", can, pr)
         + "（前年度比" + G.f(("△" if dd < 0 else "＋") + c(abs(dd)) + "千円", dd * 1000, "yen", "difference", "actual", 2024, "前年度比", "total", can, pr)
         + "（" + G.f(("△" if pc < 0 else "＋") + f"{abs(pc):.1f}％", pc, "percent", "change_rate", "actual", 2024, "前年度比", "total", can, pr) + "））となった。"
         + "少額・長期の滞納案件が残っており、早期着手と整理の両面からの対応が必要である。", 9.5, indent=4)
    para("（2）取組内容", 10, True, font="IPAexGothic")
    for lab, tx, stt in items:
        G.i(can, 2026, "取組内容", lab, tx, stt)
        p_ = para(f"{lab}　{tx}【{stt}】", 9.5, indent=4)
    para("（3）実施スケジュール", 10, True, font="IPAexGothic")
    t = grid(4, 5, [20, 30, 30, 30, 40])
    for j, x in enumerate(["取組", "令和8年度", "令和9年度", "令和10年度", "担当課"]):
        put(t.cell(0, j), x, 8.5, "c", True); shade(t.cell(0, j))
    for i, (lab, tx, stt) in enumerate(items):
        put(t.cell(i + 1, 0), lab, 8.5, "c")
        for j, mk in enumerate(SCH[lab]):
            put(t.cell(i + 1, 1 + j), mk, 8.5, "c")
        put(t.cell(i + 1, 4), ka, 8.5, "c")
    para("")
pagebreak()

# ------------------------------------------------------------------ page 7: 参考資料
h("参考資料　対象債権一覧")
para("（令和6年度決算、単位：円）", 8.5, align="r", after=0)
cols = ["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]
t = grid(len(DEBTS) + 4, 6, [10, 38, 24, 52, 12, 30])
for j, x in enumerate(cols):
    put(t.cell(0, j), x, 8.5, "c", True); shade(t.cell(0, j))
order = [d for d in DEBTS if d[4] == "強"] + [d for d in DEBTS if d[4] != "強"]
ri = 1
yen_out = {}
nno = 0
for d in DEBTS:
    yen_out[d[0]] = D[d[0]][2024]["out"] * 1000 + rnd.randint(0, 999)
for kb, lbl in (("強", "公債権計"), ("私", "私債権計")):
    s = 0
    for d in [x for x in DEBTS if x[4] == kb]:
        v = yen_out[d[0]]; s += v
        nno += 1; put(t.cell(ri, 0), str(nno), 8.5, "c"); put(t.cell(ri, 1), d[1], 8.5, "l"); put(t.cell(ri, 2), d[3], 8, "l")
        put(t.cell(ri, 3), d[5], 8, "l"); put(t.cell(ri, 4), kb, 8.5, "c")
        put(t.cell(ri, 5), G.f(c(v), v, "yen", "outstanding", "actual", 2024, "令和6年度決算", "total", d[0], d[1]))
        ri += 1
    m = t.cell(ri, 0).merge(t.cell(ri, 4)); put(m, lbl, 8.5, "c", True)
    put(t.cell(ri, 5), G.f(c(s), s, "yen", "outstanding", "actual", 2024, "令和6年度決算", "total", None, lbl), 8.5, "r", True)
    ri += 1
# rows: 5 強 + 公債権計 + 2 私 + 私債権計 = 9, then 総計
m = t.cell(ri, 0).merge(t.cell(ri, 4)); put(m, "総計", 8.5, "c", True)
tv = sum(yen_out.values())
put(t.cell(ri, 5), G.f(c(tv), tv, "yen", "outstanding", "actual", 2024, "令和6年度決算", "total", None, "総計"), 8.5, "r", True)
para("区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権", 8)
para("※ 収入未済額は出納整理期間終了後の額（円単位）。本文中の千円単位の額とは端数処理により一致しない場合がある。", 8)

dx = W / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(W), str(dx)], check=True, capture_output=True)
pdf = Path("pdf") / f"{STEM}.pdf"
shutil.copy(W / f"{STEM}.pdf", pdf)
G.write(pdf, Path("gold") / f"{STEM}.json")
check(pdf, Path("gold") / f"{STEM}.json")
