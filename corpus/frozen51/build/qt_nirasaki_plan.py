"""韮崎市債権管理計画 — python-docx -> LibreOffice (soffice --headless --convert-to pdf). Run from corpus/frozen51."""
import os, random, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_common import *
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

random.seed(5102)
STEM = "qt_nirasaki_plan_1"
g = Gold(STEM, "plan", "plan", "韮崎市", "韮崎市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
MIN, GOT = "IPAexMincho", "IPAexGothic"

doc = Document()
st = doc.styles["Normal"]
st.font.name = MIN; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
# footer page number
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def _fld(p, instr):
    r = p.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)
fp.add_run("- "); _fld(fp, "PAGE"); fp.add_run(" -")


def para(text="", size=None, bold=False, font=None, align=None, indent=None, first=None, space=2):
    p = doc.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf_ = p.paragraph_format; pf_.space_after = Pt(space); pf_.space_before = Pt(0)
    if indent is not None: pf_.left_indent = Mm(indent)
    if first is not None: pf_.first_line_indent = Mm(first)
    if text:
        run = p.add_run(text); run.bold = bold
        if size: run.font.size = Pt(size)
        if font:
            run.font.name = font; run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)


def cborder(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for e, v in edges.items():
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), v); el.set(qn("w:sz"), "8"); el.set(qn("w:color"), "000000"); b.append(el)
    tcPr.append(b)


def put(cell, text, align="l", size=8.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    lines = str(text).split("\n")
    for k, ln in enumerate(lines):
        run = p.add_run(ln); run.font.size = Pt(size); run.bold = bold
        if k < len(lines) - 1: run.add_break()


def table(rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    if style: t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t

# ------------------------------------------------------------ data
YRS = [2021, 2022, 2023]
DEBTS = [  # account, canonical, printed, short, ka, law, kind(強/非/私), outstanding base 千円
    ("一般会計", "市税", "市税", "市税", "税務課", "地方税法", "強", 268000),
    ("一般会計", "保育料", "保育所保育料", "保育料", "子育て支援課", "児童福祉法", "強", 6800),
    ("一般会計", "市営住宅使用料", "市営住宅使用料", "住宅使用料", "建設課", "公営住宅法", "私", 14200),
    ("一般会計", "学校給食費", "学校給食費", "給食費", "教育課", "学校給食法", "私", 3900),
    ("一般会計", "児童扶養手当返還金", "児童扶養手当返還金", "児扶返還金", "福祉課", "児童扶養手当法", "非", 2100),
    ("一般会計", "奨学金貸付金", "奨学金貸付金", "奨学金", "教育課", "韮崎市奨学金貸与条例", "私", 5600),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", "国保税", "市民課", "地方税法", "強", 231000),
    ("介護保険特別会計", "介護保険料", "介護保険料", "介護料", "長寿介護課", "介護保険法", "強", 18400),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "市民課", "高齢者の医療の確保に関する法律", "強", 3100),
    ("下水道事業会計", "下水道使用料", "下水道使用料", "下水道", "上下水道課", "地方自治法", "非", 21500),
    ("水道事業会計", "水道料金", "水道料金", "水道料金", "上下水道課", "韮崎市給水条例", "私", 24800),
]
OUT = {}
for acc, n, pr, sh, ka, law, kind, base in DEBTS:
    v = base; OUT[n] = {}
    for y in YRS:
        OUT[n][y] = v
        v = int(v * random.uniform(0.90, 1.00))
tot = {y: sum(OUT[n][y] for n in OUT) for y in YRS}

# ------------------------------------------------------------ p1 cover
g.page = 1
for _ in range(8): para()
para("韮崎市債権管理計画", 24, True, GOT, "c", space=10)
para("（令和７年度～令和９年度）", 14, False, GOT, "c", space=80)
for _ in range(10): para()
para("令和７年３月", 13, False, GOT, "c")
para("韮 崎 市", 15, True, GOT, "c")
brk()

# ------------------------------------------------------------ p2 趣旨・現状 (prose)
g.page = 2
para("第１　計画の概要", 13, True, GOT, space=6)
para("１　計画策定の趣旨", 11, True, GOT)
para("本市は、平成29年度に韮崎市債権管理条例を施行し、市の債権を全庁で統一的に管理する体制を整えてきた。第２次計画の期間が令和６年度で終了することから、これまでの取組の成果と課題を踏まえ、引き続き適正な債権管理と収入未済額の縮減を進めるため、本計画を策定する。", indent=4, first=4)
para("２　計画期間", 11, True, GOT)
para("令和７（2025）年度から令和９（2027）年度までの３年間とする。", indent=4, first=4)
para("３　対象債権", 11, True, GOT)
para("令和５年度決算において収入未済額がある11債権（公債権８、私債権３）を対象とする。", indent=4, first=4)
para("第２　債権管理の現状と課題", 13, True, GOT, space=6)
para("１　収入未済額の状況", 11, True, GOT)
y5, y4 = tot[2023], tot[2022]
man5 = round(y5 / 100) * 100  # 千円 -> rounded to 百万? keep 万円 precision of 100万
oku, rest = divmod(round(y5 / 1000) * 100, 10000)  # 万円 rounded to 100万円
d_man = round((y4 - y5) / 1000) * 100
txt5 = f"約{oku}億{rest:,}万円"
txtd = f"約{d_man:,}万円"
p = para("", indent=4, first=4)
p.add_run("令和５年度決算における対象債権の収入未済額は")
p.add_run(g.f(txt5, (oku * 10000 + rest) * 10000, "outstanding", 2023, "令和５年度", approx=True))
p.add_run("で、前年度から")
p.add_run(g.f(txtd + "の減少", -d_man * 10000, "difference", 2023, "令和５年度", approx=True))
p.add_run("となった。このうち市税と国民健康保険税の２債権で全体の約８割を占めている。")
# 市税 prose with points
zc = OUT["市税"]
para("（１）市税", 10.5, True, GOT, indent=4)
p = para("", indent=8, first=4)
p.add_run("市税の収入未済額は")
p.add_run(g.f(f"{c(zc[2023])}千円", zc[2023] * 1000, "outstanding", 2023, "令和５年度", debt="市税", debt_raw="市税"))
p.add_run("（令和５年度末）であり、現年課税分の収納率は")
p.add_run(g.f("98.9％", 98.9, "collection_rate", 2023, "令和５年度", "current", debt="市税", debt_raw="市税"))
p.add_run("と前年度比")
p.add_run(g.f("0.3ポイント上昇", 0.3, "difference", 2023, "令和５年度", "current", unit="points", debt="市税", debt_raw="市税"))
p.add_run("した。一方、滞納繰越分には納付資力の乏しい少額案件が多く残っている。")
zk = OUT["国民健康保険税"]
para("（２）国民健康保険税", 10.5, True, GOT, indent=4)
p = para("", indent=8, first=4)
p.add_run("国民健康保険税の収入未済額は")
p.add_run(g.f(f"約{divmod(round(zk[2023]/1000)*100, 10000)[0]}億{divmod(round(zk[2023]/1000)*100, 10000)[1]:,}万円", round(zk[2023]/1000)*100*10000, "outstanding", 2023, "令和５年度", debt="国民健康保険税", debt_raw="国民健康保険税", approx=True))
p.add_run("で、被保険者数の減少に伴い調定額は縮小しているものの、滞納繰越分の収納率は")
p.add_run(g.f("22.4％", 22.4, "collection_rate", 2023, "令和５年度", "arrears", debt="国民健康保険税", debt_raw="国民健康保険税"))
p.add_run("にとどまる。")
para("２　課題", 11, True, GOT)
for lab, t in (("ア", "所管課ごとに催告の時期や方法が異なり、初期対応に差がある。"),
               ("イ", "徴収停止や債権放棄の判断基準の運用が所管課により異なる。"),
               ("ウ", "私債権について、支払督促等の法的措置の経験が少ない。")):
    para(f"{lab}　{t}", indent=8, first=-4)
# no-rule table (tab-aligned style): 収入未済額の推移
para("【収入未済額の推移】", 10.5, True, GOT, indent=4, space=1)
hist = [("平成30年度", "平成30年度", 2018), ("令和元年度", "令和元年度", 2019), ("R2", "R2", 2020), ("3年度", "3年度", 2021),
        ("4年度", "4年度", 2022), ("2023年度", "2023年度", 2023)]
hv = {2018: 688.2, 2019: 664.5, 2020: 631.7, 2021: round(tot[2021] / 1000, 1), 2022: round(tot[2022] / 1000, 1), 2023: round(tot[2023] / 1000, 1)}
t = table(2, 7, None)
put(t.cell(0, 0), "年度", "l", 9)
put(t.cell(1, 0), "収入未済額（百万円）", "l", 9)
for k, (lab, raw, y) in enumerate(hist, 1):
    put(t.cell(0, k), lab, "r", 9)
    put(t.cell(1, k), g.f(f"{hv[y]:.1f}", int(round(hv[y] * 1000000)), "outstanding", y, raw), "r", 9)
para("※ 対象債権の合計。百万円未満を四捨五入。", 8, indent=4)
brk()

# ------------------------------------------------------------ p3 landscape: 会計 x 債権 x 所管課
g.page = 3
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE; s2.page_width, s2.page_height = Mm(297), Mm(210)
s2.left_margin = s2.right_margin = Mm(18); s2.top_margin = Mm(16); s2.bottom_margin = Mm(14)
para("３　債権別の収入未済額", 11, True, GOT)
accs = []
for d in DEBTS:
    if d[0] not in accs: accs.append(d[0])
nrows = 2 + len(DEBTS) + len([a for a in accs if sum(1 for d in DEBTS if d[0] == a) > 1]) + 1
t = table(nrows, 9, None)
hdr = ["会計", "債権名", "所管課", "令和３年度\n（千円）", "令和４年度\n（千円）", "令和５年度\n（千円）", "増減額\n（千円）", "増減率\n（％）", "３年平均\n（千円）"]
for k, h in enumerate(hdr):
    put(t.cell(0, k), h, "c", 8.5, True); cborder(t.cell(0, k), top="single", bottom="single")
t.cell(0, 0).merge(t.cell(1, 0)); t.cell(0, 1).merge(t.cell(1, 1)); t.cell(0, 2).merge(t.cell(1, 2))
for k in range(3, 9):
    t.cell(0, k).merge(t.cell(1, k))
row = 2
def fill(rw, acc_label, name, ka, vals, debt, raw_name):
    put(t.cell(rw, 1), name, "l", 8.5); put(t.cell(rw, 2), ka, "l", 8.5)
    for k, y in enumerate(YRS):
        put(t.cell(rw, 3 + k), g.f(c(vals[y]), vals[y] * 1000, "outstanding", y, f"令和{y-2018}年度", debt=debt, debt_raw=raw_name), "r", 8.5)
    dv = vals[2023] - vals[2022]
    put(t.cell(rw, 6), g.f(c(dv), dv * 1000, "difference", 2023, "令和５年度", debt=debt, debt_raw=raw_name), "r", 8.5)
    pr_ = r(dv * 100 / vals[2022], 1)
    put(t.cell(rw, 7), g.f(("△" if pr_ < 0 else "") + f"{abs(pr_):.1f}", pr_, "change_rate", 2023, "令和５年度", unit="percent", debt=debt, debt_raw=raw_name), "r", 8.5)
    av = round(sum(vals[y] for y in YRS) / 3)
    put(t.cell(rw, 8), g.f(c(av), av * 1000, "outstanding_average", 2023, "３年平均", debt=debt, debt_raw=raw_name), "r", 8.5)
for acc in accs:
    ds = [d for d in DEBTS if d[0] == acc]
    start = row
    for d in ds:
        fill(row, acc, d[2], d[4], OUT[d[1]], d[1], d[2]); row += 1
    if len(ds) > 1:
        sub = {y: sum(OUT[d[1]][y] for d in ds) for y in YRS}
        fill(row, acc, "会計計", "", sub, None, "会計計")
        for k in range(1, 9): shade(t.cell(row, k), "EDEDED")
        row += 1
    put(t.cell(start, 0), acc, "l", 8.5)
    if row - 1 > start: t.cell(start, 0).merge(t.cell(row - 1, 0))
fill(row, "", "総計", "", tot, None, "総計")
for k in range(9): cborder(t.cell(row, k), top="single", bottom="single")
put(t.cell(row, 0), "", "l")
for k, w in enumerate([40, 42, 26, 24, 24, 24, 22, 18, 24]):
    for rr in t.rows: rr.cells[k].width = Mm(w)
para("※ 増減額・増減率は令和５年度と令和４年度の比較。△は減少を示す。", 8)
para("※ 各年度末（出納整理期間終了時）の収入未済額。", 8)

# ------------------------------------------------------------ p4 portrait: years as rows, debts as column groups; targets
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT; s3.page_width, s3.page_height = Mm(210), Mm(297)
s3.left_margin = s3.right_margin = Mm(18); s3.top_margin = Mm(20); s3.bottom_margin = Mm(18)
g.page = 4
para("第３　目標", 13, True, GOT, space=6)
para("１　主要３債権の収納状況（現年度分＋滞納繰越分）", 11, True, GOT)
G3 = [("市税", "市税", 3150000, 96.2), ("国民健康保険税", "国保税", 720000, 79.5), ("介護保険料", "介護料", 560000, 98.6)]
RS = {}
for n, sh, base, rt in G3:
    RS[n] = {}
    for k, y in enumerate([2021, 2022, 2023, 2024]):
        a = int(base * (1 + 0.01 * k) + random.randint(-9000, 9000))
        RS[n][y] = rec(a, int(a * (rt + 0.35 * k) / 100), 0, 1)
ylabels = [(2021, "令和３年度", "actual", "実績"), (2022, "令和４年度", "actual", "実績"), (2023, "令和５年度", "actual", "実績"), (2024, "令和６年度", "estimate", "見込")]
t = table(2 + len(ylabels), 10)
put(t.cell(0, 0), "年度", "c", 8.5, True); t.cell(0, 0).merge(t.cell(1, 0))
for k, (n, sh, *_r) in enumerate(G3):
    put(t.cell(0, 1 + 3 * k), sh, "c", 8.5, True); t.cell(0, 1 + 3 * k).merge(t.cell(0, 3 + 3 * k))
    for j, h in enumerate(["調定額", "収入済額", "収納率"]):
        put(t.cell(1, 1 + 3 * k + j), h, "c", 8, True); shade(t.cell(1, 1 + 3 * k + j), "DCE6F1")
    shade(t.cell(0, 1 + 3 * k), "DCE6F1")
shade(t.cell(0, 0), "DCE6F1")
for i, (y, lab, basis, bl) in enumerate(ylabels):
    put(t.cell(2 + i, 0), f"{lab}\n（{bl}）", "c", 7.5)
    for k, (n, sh, *_r) in enumerate(G3):
        x = RS[n][y]
        put(t.cell(2 + i, 1 + 3 * k), g.f(c(x["a"]), x["a"] * 1000, "assessed", y, lab, basis=basis, debt=n, debt_raw=sh), "r", 8)
        put(t.cell(2 + i, 2 + 3 * k), g.f(c(x["c"]), x["c"] * 1000, "collected", y, lab, basis=basis, debt=n, debt_raw=sh), "r", 8)
        put(t.cell(2 + i, 3 + 3 * k), g.f(f"{x['r']:.1f}", x["r"], "collection_rate", y, lab, basis=basis, debt=n, debt_raw=sh), "r", 8)
for rr in t.rows:
    for k, cell in enumerate(rr.cells):
        cell.width = Mm(24) if k == 0 else Mm(16.6)
para("単位：千円、％　（国保税＝国民健康保険税、介護料＝介護保険料）", 8, align="r")
para("２　目標収納率", 11, True, GOT)
para("計画期間の各年度における目標収納率を次のとおり定める。", indent=4, first=4)
TG = {"市税": ((99.0, 99.1, 99.2), (27.0, 28.0, 29.0)), "国民健康保険税": ((94.8, 95.0, 95.2), (22.5, 23.0, 23.5)),
      "介護保険料": ((99.2, 99.3, 99.3), (25.0, 26.0, 27.0)), "保育料": ((99.5, 99.5, 99.6), (20.0, 21.0, 22.0)),
      "市営住宅使用料": ((97.5, 97.8, 98.0), (15.0, 16.0, 17.0))}
SH = {d[1]: d[3] for d in DEBTS}
t = table(2 + len(TG), 7)
put(t.cell(0, 0), "債権", "c", 8.5, True); t.cell(0, 0).merge(t.cell(1, 0))
put(t.cell(0, 1), "現年度分（％）", "c", 8.5, True); t.cell(0, 1).merge(t.cell(0, 3))
put(t.cell(0, 4), "滞納繰越分（％）", "c", 8.5, True); t.cell(0, 4).merge(t.cell(0, 6))
yl = ["令和７年度", "令和８年度", "令和９年度"]
for j in range(3):
    put(t.cell(1, 1 + j), yl[j], "c", 8); put(t.cell(1, 4 + j), yl[j], "c", 8)
for i, (n, (cu, ar)) in enumerate(TG.items()):
    put(t.cell(2 + i, 0), SH[n], "l", 8.5)
    for j in range(3):
        put(t.cell(2 + i, 1 + j), g.f(f"{cu[j]:.1f}", cu[j], "collection_rate", 2025 + j, yl[j], "current", "target", debt=n, debt_raw=SH[n]), "r", 8.5)
        put(t.cell(2 + i, 4 + j), g.f(f"{ar[j]:.1f}", ar[j], "collection_rate", 2025 + j, yl[j], "arrears", "target", debt=n, debt_raw=SH[n]), "r", 8.5)
para("３　前計画の目標達成状況（市税・現年課税分）", 11, True, GOT)
t = table(4, 4)
for k, h in enumerate(["年度", "目標（％）", "実績（％）", "達成率（％）"]):
    put(t.cell(0, k), h, "c", 8.5, True); shade(t.cell(0, k), "DCE6F1")
for i, (y, tg, ac, lab, basis) in enumerate([(2022, 98.7, 98.6, "令和４年度", "actual"), (2023, 98.8, 98.9, "令和５年度", "actual"), (2024, 98.9, 98.9, "令和６年度（見込）", "estimate")]):
    put(t.cell(1 + i, 0), lab, "c", 8.5)
    put(t.cell(1 + i, 1), g.f(f"{tg:.1f}", tg, "collection_rate", y, lab, "current", "target", debt="市税", debt_raw="市税"), "r", 8.5)
    put(t.cell(1 + i, 2), g.f(f"{ac:.1f}", ac, "collection_rate", y, lab, "current", basis, debt="市税", debt_raw="市税"), "r", 8.5)
    ach = r(ac * 100 / tg, 1)
    put(t.cell(1 + i, 3), g.f(f"{ach:.1f}", ach, "achievement_rate", y, lab, "current", basis, unit="percent", debt="市税", debt_raw="市税"), "r", 8.5)
brk()

# ------------------------------------------------------------ p5-6 推進シート
SHEETS = [
    ("市税", "税務課", [
        ("ア", "現年課税分の未納者に対し、納期限後２か月以内に電話又は文書で催告する。", "継続"),
        ("イ", "滞納額50万円以上の案件について、財産調査を着手後３か月以内に完了させる。", "継続"),
        ("ウ", "山梨県地方税滞納整理推進機構との併任徴収を活用し、高額案件の処分を進める。", "継続"),
        ("エ", "キャッシュレス納付の対象に軽自動車税（種別割）を加え、納付機会を広げる。", "新規")]),
    ("国民健康保険税", "市民課", [
        ("ア", "資格取得の届出時に口座振替の手続を同時に行えるよう、窓口での案内を徹底する。", "拡充"),
        ("イ", "未納が続く世帯には、短期被保険者証の交付時に納付相談を実施する。", "継続"),
        ("ウ", "税務課と滞納情報を共有し、市税と一体的に滞納処分を行う。", "継続")]),
    ("市営住宅使用料", "建設課", [
        ("ア", "滞納３か月で連帯保証人に通知し、滞納６か月で明渡し請求の手続に入る。", "継続"),
        ("イ", "退去者の滞納分は、所在調査の上、支払督促の申立てを行う。", "新規"),
        ("ウ", "回収見込みのない退去者分は、債権管理条例に基づき放棄を検討する。", "継続")]),
]
g.page = 5
para("第４　債権ごとの取組み", 13, True, GOT, space=6)
for idx, (n, ka, items) in enumerate(SHEETS, 1):
    if idx == 3:
        brk(); g.page = 6
    para(f"（{idx}）債権ごとの取組み（{n}）", 11, True, GOT)
    t = table(1, 4)
    put(t.cell(0, 0), "所管課", "c", 9, True); shade(t.cell(0, 0), "DCE6F1"); put(t.cell(0, 1), ka, "l", 9)
    put(t.cell(0, 2), "対象年度", "c", 9, True); shade(t.cell(0, 2), "DCE6F1"); put(t.cell(0, 3), "令和７年度～令和９年度", "l", 9)
    cu, ar = TG[n]
    t = table(3, 4)
    for j, h in enumerate(["区分", "令和７年度", "令和８年度", "令和９年度"]):
        put(t.cell(0, j), zen(h) if j else h, "c", 8.5, True); shade(t.cell(0, j), "F2F2F2")
    put(t.cell(1, 0), "現年度分収納率", "l", 8.5); put(t.cell(2, 0), "滞納繰越分収納率", "l", 8.5)
    for j in range(3):
        yr = zen(f"令和{7+j}年度")
        put(t.cell(1, 1 + j), g.f(f"{cu[j]:.1f}％", cu[j], "collection_rate", 2025 + j, yr, "current", "target", debt=n, debt_raw=n), "r", 8.5)
        put(t.cell(2, 1 + j), g.f(f"{ar[j]:.1f}％", ar[j], "collection_rate", 2025 + j, yr, "arrears", "target", debt=n, debt_raw=n), "r", 8.5)
    para("【具体的な取組】", 10, True, GOT, space=1)
    for lab, tx, stt in items:
        g.i(tx, n, 2025, "具体的な取組", lab, stt, debt_raw=n)
        para(f"{lab}　{tx}", 10, indent=8, first=-4, space=0)
        para(f"【{stt}】", 10, align="r", space=2)
brk()

# ------------------------------------------------------------ p7 参考資料 debts list (円)
g.page = 7
para("参考資料　対象債権一覧（令和５年度末）", 12, True, GOT, space=6)
KIND = [("強", "強制徴収公債権"), ("非", "非強制徴収公債権"), ("私", "私債権")]
groups = [(k, lab, [d for d in DEBTS if d[6] == k]) for k, lab in KIND]
nrows = 1 + sum(len(x[2]) + 1 for x in groups) + 1
t = table(nrows, 6)
for j, h in enumerate(["債権の種類", "債権名", "所管課", "根拠法令", "区分", "収入未済額（円）"]):
    put(t.cell(0, j), h, "c", 8.5, True); shade(t.cell(0, j), "DCE6F1")
row = 1; grand = 0
for k, lab, ds in groups:
    start = row; s = 0
    for d in ds:
        yen = OUT[d[1]][2023] * 1000 + random.randint(0, 999)
        s += yen
        put(t.cell(row, 1), d[2], "l", 8.5); put(t.cell(row, 2), d[4], "l", 8.5); put(t.cell(row, 3), d[5], "l", 8)
        put(t.cell(row, 4), k, "c", 8.5)
        put(t.cell(row, 5), g.f(c(yen), yen, "outstanding", 2023, "令和５年度末", debt=d[1], debt_raw=d[2]), "r", 8.5)
        row += 1
    put(t.cell(row, 1), "計", "c", 8.5)
    put(t.cell(row, 5), g.f(c(s), s, "outstanding", 2023, "令和５年度末", debt_raw="計"), "r", 8.5)
    for j in range(1, 6): shade(t.cell(row, j), "F2F2F2")
    row += 1; grand += s
    put(t.cell(start, 0), lab, "c", 8.5); t.cell(start, 0).merge(t.cell(row - 1, 0))
put(t.cell(row, 0), "合計", "c", 8.5, True); t.cell(row, 0).merge(t.cell(row, 4))
put(t.cell(row, 5), g.f(c(grand), grand, "outstanding", 2023, "令和５年度末", debt_raw="合計"), "r", 8.5, True)
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8)
para("出典：令和５年度韮崎市歳入歳出決算書及び各企業会計決算書より税務課作成", 8)

dp = os.path.join(WORK, STEM + ".docx")
doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, dp], check=True, capture_output=True)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), os.path.join(SET, "pdf", STEM + ".pdf"))
g.save()
