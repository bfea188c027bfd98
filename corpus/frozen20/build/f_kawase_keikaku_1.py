"""川瀬市債権管理計画（令和７年度～令和１１年度） -- python-docx -> LibreOffice."""
import random
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from f_common import *

STEM = "f_kawase_keikaku_1"
CITY = "川瀬市"
random.seed(7)
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
TY = [2025, 2026, 2027, 2028, 2029]


def series(a_cur0, r_cur0, a_arr0, r_arr0, w0, dl0):
    out = []
    a_arr = a_arr0
    for i, y in enumerate(YEARS):
        a_c = int(a_cur0 * (1 + 0.012 * i + random.uniform(-0.004, 0.004)))
        rc = r_cur0 + 0.18 * i + random.uniform(-0.05, 0.05)
        c_c = int(a_c * rc / 100)
        ra = r_arr0 + 1.1 * i + random.uniform(-0.3, 0.3)
        c_a = int(a_arr * ra / 100)
        w = int(w0 * (1 - 0.08 * i) + random.uniform(-3000, 3000))
        o = a_c + a_arr - c_c - c_a - w
        out.append(dict(a_c=a_c, c_c=c_c, a_a=a_arr, c_a=c_a, w=w, o=o, dl=int(dl0 * (1 - 0.05 * i))))
        a_arr = o  # next year's 滞納繰越 調定 = this year's 未済
    return out


DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権（時効５年）",
         data=series(31450000, 98.62, 1650000, 27.5, 98000, 9120),
         tgt=[(99.20, 34.0, 1180000), (99.25, 35.0, 1120000), (99.30, 36.0, 1060000), (99.35, 37.0, 1000000), (99.40, 38.0, 950000)],
         prev=[("現年課税分の初期滞納者に対し、納期限後３０日以内に電話又はＳＭＳで接触する。", "継続", False),
               ("口座振替の申込みをＷｅｂで受け付け、納付書による納付からの切替えを促す。", "拡充", True),
               ("スマートフォン決済とｅＬ－ＱＲによる納付を周知する。", "継続", False)],
         strong=[("預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "新規", False),
                 ("高額滞納案件は特別整理係へ移管し、捜索・公売を含めて処理する。", "継続", False),
                 ("資力のない滞納者は執行停止を適正に行い、滞納繰越額を圧縮する。", "継続", True)]),
    dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権（時効５年）",
         data=series(5120000, 93.40, 2410000, 18.8, 260000, 6840),
         tgt=[(95.00, 27.0, 980000), (95.30, 28.0, 930000), (95.60, 29.0, 880000), (95.90, 30.0, 830000), (96.20, 31.0, 780000)],
         prev=[("資格取得の届出時に口座振替依頼書の提出を求める。", "継続", False),
               ("短期被保険者証の更新時に納付相談を行う。", "継続", False)],
         strong=[("納付誓約の不履行者には、不履行の翌月に差押予告を行う。", "継続", False),
                 ("給与照会の対象を拡大し、勤務先が判明した者には給与差押えを行う。", "拡充", False),
                 ("所在不明者の居所調査を年２回一斉に行う。", "新規", True)]),
    dict(name="後期高齢者医療保険料", ka="高齢者医療課", kubun="強制徴収公債権（時効２年）",
         data=series(2310000, 99.05, 41000, 30.5, 9800, 612),
         tgt=[(99.45, 38.0, 21000), (99.48, 39.0, 20000), (99.50, 40.0, 19000), (99.52, 41.0, 18000), (99.55, 42.0, 17000)],
         prev=[("普通徴収の被保険者に口座振替を勧奨する。", "継続", False)],
         strong=[("滞納が続く者には臨戸による納付指導を行う。", "継続", False),
                 ("時効が近い債権の一覧を毎月作成し、時効の更新に努める。", "新規", False)]),
]
SUB = [  # うち rows for summary: name, R5 rate, R5 outstanding(千円), R11 target rate, R11 target outstanding
    ("個人市民税", 95.88, 702315, 97.10, 560000),
    ("固定資産税", 97.64, 318402, 98.40, 250000),
]

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin = Mm(18); sec.bottom_margin = Mm(16)
st = doc.styles["Normal"]
st.font.name = "IPAexGothic"; st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
hp = sec.header.paragraphs[0]; hp.text = "川瀬市債権管理計画（令和７年度～令和１１年度）"; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE"); rr_ = OxmlElement("w:r"); t_ = OxmlElement("w:t"); t_.text = "1"; rr_.append(t_); fld.append(rr_)
fp._p.append(fld)


def P(text="", bold=False, size=None, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(2)
    return p


def borders(tbl, vertical=True):
    bd = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom", "insideH", "left", "right", "insideV"):
        e = OxmlElement(f"w:{edge}")
        v = "single" if (vertical or edge in ("top", "bottom", "insideH")) else "nil"
        e.set(qn("w:val"), v); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000"); bd.append(e)
    tbl._tbl.tblPr.append(bd)


def widths(tbl, mm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def cell(c, text, align="r", size=8, bold=False):
    c.text = ""
    p = c.paragraphs[0]; r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


facts, inits = [], []
# ---------- page 1
P("川瀬市債権管理計画", bold=True, size=18, align="c")
P("（令和７年度～令和１１年度）", size=12, align="c")
P("令和７年３月　川瀬市財務部債権管理課", align="r")
P("１　計画の趣旨", bold=True)
P("　本市では、令和２年３月に策定した前計画に基づき、市税をはじめとする各債権の徴収率の向上と収入未済額の縮減に取り組んできた。引き続き、公平な負担の確保と安定した財源の確保を図るため、令和７年度から令和１１年度までの５年間を期間とする本計画を策定する。")
P("２　重点債権の現状と目標", bold=True)
d5 = {d["name"]: d["data"][-1] for d in DEBTS}
tot_o = sum(v["o"] for v in d5.values())
P(f"　令和５年度決算における重点３債権の収入未済額は{tot_o/1000:,.1f}百万円であり、このうち市税が約{d5['市税']['o']//10000/10:.1f}億円を占めている。")
facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(tot_o / 100)) * 100000, "yen", f"{tot_o/1000:,.1f}百万円", 1, debt_raw="重点３債権"))
shi_o = d5["市税"]["o"] // 10000 * 10000000  # 約X.X億円
facts.append(fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", shi_o, "yen", f"約{d5['市税']['o']//10000/10:.1f}億円", 1, approx=True))
P("重点債権の実績と目標（徴収率は現年課税分と滞納繰越分の合計）", bold=True, size=9)
P("（単位：千円、％）", align="r", size=8)
t = doc.add_table(rows=2, cols=5); borders(t)
cell(t.cell(0, 0), "債権名", "c"); t.cell(0, 0).merge(t.cell(1, 0))
cell(t.cell(0, 1), "令和５年度 実績", "c"); t.cell(0, 1).merge(t.cell(0, 2))
cell(t.cell(0, 3), "令和１１年度 目標", "c"); t.cell(0, 3).merge(t.cell(0, 4))
for j, h in enumerate(["徴収率", "収入未済額", "徴収率", "収入未済額"]):
    cell(t.cell(1, 1 + j), h, "c")
rows = []
for d in DEBTS:
    x = d["data"][-1]
    r_tot = rate(x["c_c"] + x["c_a"], x["a_c"] + x["a_a"])
    tg = d["tgt"][-1]
    rows.append((d["name"], d["name"], r_tot, x["o"], None, tg[2]))
    if d["name"] == "市税":
        for nm, r5, o5, rt, ot in SUB:
            rows.append((nm, "　うち" + nm, r5, o5, rt, ot))
sa = sum(d["data"][-1]["a_c"] + d["data"][-1]["a_a"] for d in DEBTS)
sc = sum(d["data"][-1]["c_c"] + d["data"][-1]["c_a"] for d in DEBTS)
rows.append((None, "合計", rate(sc, sa), tot_o, "－", sum(d["tgt"][-1][2] for d in DEBTS)))
for debt, label, r5, o5, rt, ot in rows:
    c = t.add_row().cells
    cell(c[0], label, "l"); cell(c[1], pct(r5)); cell(c[2], yen(o5))
    cell(c[3], "－" if rt in (None, "－") else pct(rt)); cell(c[4], yen(ot))
    facts.append(fact(debt, 2023, "令和５年度", "total", "collection_rate", "actual", r5, "percent", pct(r5), 1, debt_raw=label.strip("　")))
    facts.append(fact(debt, 2023, "令和５年度", "total", "outstanding", "actual", o5 * 1000, "yen", yen(o5), 1, debt_raw=label.strip("　")))
    if isinstance(rt, float):
        facts.append(fact(debt, 2029, "令和１１年度", "total", "collection_rate", "target", rt, "percent", pct(rt), 1, debt_raw=label.strip("　")))
    facts.append(fact(debt, 2029, "令和１１年度", "total", "outstanding", "target", ot * 1000, "yen", yen(ot), 1, debt_raw=label.strip("　")))
P("※市税の徴収率・収入未済額には、うち書きの個人市民税及び固定資産税を含む。", size=8)

# ---------- sheets
page = 2
for n, d in enumerate(DEBTS, 1):
    brk()
    name = d["name"]
    P(f"５－{n}　債権ごとの取組（{name}）", bold=True, size=12)
    t = doc.add_table(rows=1, cols=4); borders(t)
    for j, v in enumerate(["所管課", d["ka"], "債権の種類", d["kubun"]]):
        cell(t.cell(0, j), v, "l", 9, j % 2 == 0)
    P("")
    P("(1) 直近５か年の徴収状況", bold=True)
    P("（単位：千円）", align="r", size=8)
    t = doc.add_table(rows=3, cols=10); borders(t)
    H1 = ["年度", "現年課税分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額", "滞納者数"]
    H2 = ["", "調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率", "", "", ""]
    H3 = ["", "", "", "（％）", "", "", "（％）", "", "", "（人）"]
    for j in range(10):
        cell(t.cell(0, j), H1[j], "c", 7.5); cell(t.cell(1, j), H2[j], "c", 7.5); cell(t.cell(2, j), H3[j], "c", 7.5)
    t.cell(0, 1).merge(t.cell(0, 3)); t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(2, 0))
    for j in (7, 8): t.cell(0, j).merge(t.cell(2, j))
    t.cell(0, 9).merge(t.cell(1, 9))
    for y, yl, x in zip(YEARS, YLAB, d["data"]):
        rc, ra = rate(x["c_c"], x["a_c"]), rate(x["c_a"], x["a_a"])
        c = t.add_row().cells
        vals = [yl, yen(x["a_c"]), yen(x["c_c"]), pct(rc), yen(x["a_a"]), yen(x["c_a"]), pct(ra), yen(x["w"]), yen(x["o"]), f"{x['dl']:,}"]
        for j, v in enumerate(vals):
            cell(c[j], v, "c" if j == 0 else "r", 7.5)
        for seg, met, v, raw, unit in (("current", "assessed", x["a_c"] * 1000, yen(x["a_c"]), "yen"),
                                       ("current", "collected", x["c_c"] * 1000, yen(x["c_c"]), "yen"),
                                       ("current", "collection_rate", rc, pct(rc), "percent"),
                                       ("arrears", "assessed", x["a_a"] * 1000, yen(x["a_a"]), "yen"),
                                       ("arrears", "collected", x["c_a"] * 1000, yen(x["c_a"]), "yen"),
                                       ("arrears", "collection_rate", ra, pct(ra), "percent"),
                                       ("total", "written_off", x["w"] * 1000, yen(x["w"]), "yen"),
                                       ("total", "outstanding", x["o"] * 1000, yen(x["o"]), "yen"),
                                       ("total", "delinquents", x["dl"], f"{x['dl']:,}", "persons")):
            facts.append(fact(name, y, yl, seg, met, "actual", v, unit, raw, page))
    widths(t, [17, 20, 20, 13, 19, 19, 13, 17, 19, 17])
    P("※収入未済額＝調定額－収入済額－不納欠損額（現年課税分と滞納繰越分の計）", size=7.5)
    last = d["data"][-1]
    P("(2) 現状と課題", bold=True)
    updown = "上回った" if rate(last['c_c'], last['a_c']) > rate(d['data'][-2]['c_c'], d['data'][-2]['a_c']) else "下回った"
    P(f"　令和５年度の現年課税分の徴収率は{pct(rate(last['c_c'], last['a_c']))}％となり、前年度を{updown}。一方、滞納繰越分の徴収率は依然として低く、収入未済額の縮減には滞納繰越分の整理が課題である。")
    facts.append(fact(name, 2023, "令和５年度", "current", "collection_rate", "actual", rate(last['c_c'], last['a_c']), "percent", pct(rate(last['c_c'], last['a_c'])) + "％", page))
    P("(3) 目標", bold=True)
    P("計画期間の目標値（徴収率：％、収入未済額：千円）", size=8)
    t = doc.add_table(rows=1, cols=6); borders(t, vertical=False)
    for j, h in enumerate(["", "R7", "R8", "R9", "R10", "R11"]):
        cell(t.cell(0, j), h, "c", 8)
    for lab, k, seg, met in (("現年課税分 徴収率", 0, "current", "collection_rate"), ("滞納繰越分 徴収率", 1, "arrears", "collection_rate"),
                             ("収入未済額（目標額）", 2, "total", "outstanding")):
        c = t.add_row().cells
        cell(c[0], lab, "l", 8)
        for j, (ty, tg) in enumerate(zip(TY, d["tgt"])):
            v = tg[k]
            raw = yen(v) if k == 2 else pct(v)
            cell(c[1 + j], raw, "r", 8)
            facts.append(fact(name, ty, f"R{ty-2018}", seg, met, "target", v * 1000 if k == 2 else v, "yen" if k == 2 else "percent", raw, page))
    P("")
    P("(4) 目標達成のための取組", bold=True)
    t = doc.add_table(rows=2, cols=2); borders(t)
    cell(t.cell(0, 0), "滞納の未然防止", "c", 8.5, True); cell(t.cell(0, 1), "滞納整理の強化", "c", 8.5, True)
    for j, (key, sect) in enumerate((("prev", "滞納の未然防止"), ("strong", "滞納整理の強化"))):
        c = t.cell(1, j); c.text = ""
        for k, (txt, status, wrap) in enumerate(d[key], 1):
            p = c.paragraphs[0] if k == 1 else c.add_paragraph()
            r = p.add_run(f"({k})　{txt}"); r.font.size = Pt(8.5)
            if wrap:
                r.add_break()
            r2 = p.add_run(f"【{status}】"); r2.font.size = Pt(8.5)
            inits.append(init(name, 2025, sect, f"({k})", txt, status, page))
    page += 1

src = OUT / f"{STEM}.docx"
doc.save(str(src))
finish_pdf(soffice(src), STEM)
document = {"kind": "plan", "municipality": CITY, "title": "川瀬市債権管理計画（令和７年度～令和１１年度）",
            "date": "2025-03-01", "date_raw": "令和７年３月"}
if __name__ == "__main__":
    write_gold(STEM, document, facts, inits)
