"""Minutes (書面開催) of a city's 債権管理推進委員会: python-docx -> LibreOffice. Run from corpus/dev66."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sb_common import *
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "sb_yashio_minutes_1"
CITY = "八潮市"
TITLE = "令和7年度第2回八潮市債権管理推進委員会 会議録"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和7年11月14日")
FONT = "IPAexMincho"
GOTH = "IPAexGothic"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def setfont(run, size=10.5, bold=False, goth=False):
    f = GOTH if goth else FONT
    run.font.name = f
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), f)


def para(text, size=10.5, bold=False, goth=False, align=None, indent=0, first=0, after=2):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    setfont(p.add_run(text), size, bold, goth)
    return p


def pagebreak():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def cell_text(cell, text, size=7.5, bold=False, align="r", shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    for i, line in enumerate(text.split("\n")):
        r = p.add_run(line)
        setfont(r, size, bold)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def field(par, instr):
    f = OxmlElement("w:fldSimple"); f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r)
    par._p.append(f)


# running header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
setfont(hp.add_run("令和7年度第2回 八潮市債権管理推進委員会 会議録"), 8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
setfont(fp.add_run("- "), 9); field(fp, "PAGE"); setfont(fp.add_run(" -"), 9)

# ---------------------------------------------------------------- data
DEBTS = [  # canonical, abbreviation in tables, full name in text
    ("市税", "市税", "市税"),
    ("国民健康保険税", "国保税", "国民健康保険税"),
    ("介護保険料", "介護料", "介護保険料"),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料"),
    ("保育所保育料", "保育料", "保育所保育料"),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料"),
]
# R6 決算 (千円): current assessed, collected; arrears assessed, collected; written off (total)
R6 = {
    "市税": (9412365, 9297806, 612480, 158233, 41226),
    "国民健康保険税": (1786420, 1676548, 684215, 163890, 58412),
    "介護保険料": (1125870, 1114021, 38654, 7211, 6315),
    "後期高齢者医療保険料": (702340, 700112, 9876, 3954, 812),
    "保育所保育料": (158230, 155603, 21487, 4126, 2364),
    "市営住宅使用料": (96543, 94102, 18764, 3418, 1208),
}

# ---------------------------------------------------------------- page 1
para(TITLE, 14, True, True, "c", after=10)
para("１　開催方法", 11, True, True)
para("令和7年度第2回八潮市債権管理推進委員会（以下「委員会」という。）は、書面開催とし、令和7年11月14日付けで"
     "各委員に資料を送付し、令和7年11月28日までに意見及び質問の提出を求める形式で実施した。", indent=11, first=11, after=8)
para("２　出席者（委員８名、事務局３名）", 11, True, True)
ATT = [("委員長", ["副市長"]),
       ("委員", ["企画経営部長", "総務部長", "市民部長", "健康福祉部長", "こども・子育て支援部長", "建設部長", "上下水道部長"]),
       ("事務局", ["収税課長", "収税課長補佐", "収税課債権管理係長"])]
para("委員長：副市長", indent=11)
para("委　員：企画経営部長・総務部長・市民部長・健康福祉部長・", indent=11)
para("こども・子育て支援部長・建設部長・上下水道部長", indent=44)
para("事務局：収税課長・収税課長補佐・収税課債権管理係長", indent=11, after=8)
AG = ["令和6年度債権管理状況（決算）について", "令和7年度債権管理の取組状況（9月末）について", "私債権の放棄の状況について"]
para("３　議　題", 11, True, True)
for i, a in enumerate(AG, 1):
    para(f"（{zen(i)}）{a}", indent=11)
MAT = ["令和7年度第2回八潮市債権管理推進委員会資料"]
para("", after=4)
para("４　資　料", 11, True, True)
para("（別添）" + MAT[0], indent=11)
para("別表１　令和6年度 主な債権の収納状況（決算）", indent=11)
para("別表２　収納率の状況（令和7年9月末現在）", indent=11)
para("別表３　滞納者数及び差押件数の推移", indent=11, after=8)
para("５　意見及び質問並びに回答の要旨", 11, True, True)
para("委員から提出された意見及び質問並びにこれに対する所管部局の回答の要旨は、次のとおりである。"
     "なお、発言者の表記は提出者の職名による。", indent=11, first=11)
pagebreak()

# ---------------------------------------------------------------- statements (pages 2-3)
STM = []
c, cc, a, ac, w = R6["市税"]
tot = c + a; col = cc + ac; out = tot - col - w
r6rate = rate(col, tot)
r5rate = round(r6rate - 0.31, 2)
out_r5 = 563_900  # 千円 (令和5年度決算)
def man(v_k):  # 千円 -> "約X億Y,YYY万円" rounded to 百万円, value yen
    y = round(v_k * 1000, -6)
    oku, manv = divmod(int(y) // 10000, 10000)
    return (f"約{oku}億{manv:,}万円" if oku else f"約{manv:,}万円"), y
o_txt, o_val = man(out)
d_txt, d_val = man(out_r5 - out)


def stmt(page, speaker, section, text, marker="○"):
    STM.append({"speaker": speaker, "section": section, "text": text, "page": page})
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.left_indent = Pt(11)
    p.paragraph_format.first_line_indent = Pt(-11)
    setfont(p.add_run(marker + speaker), 10.5, True, True)
    setfont(p.add_run("　" + text), 10.5)


S1 = "議題（１）令和6年度債権管理状況（決算）について"
para("（１）" + AG[0], 10.5, True, True, after=4)
t1 = (f"令和6年度決算における市税の収納率は{r6rate:.2f}％で、前年度比0.31ポイント上昇した。"
      f"収入未済額は{o_txt}で、前年度から{d_txt}減少した。現年課税分の早期着手と、預貯金を中心とした"
      f"財産調査の徹底が収入未済額の圧縮につながったものと考えている。")
stmt(2, "収税課長", S1, t1)
G.fact(2, "市税", "市税", 2024, "令和6年度", "total", "collection_rate", "actual", r6rate, "percent", f"{r6rate:.2f}％")
G.fact(2, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", 0.31, "points", "0.31ポイント")
G.fact(2, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", o_val, "yen", o_txt, approx=True)
G.fact(2, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", -d_val, "yen", d_txt, approx=True)

c2, cc2, a2, ac2, w2 = R6["国民健康保険税"]
kr = rate(cc2, c2); ka = rate(ac2, a2)
t2 = (f"国民健康保険税の令和6年度の収納率は、現年課税分{kr:.2f}％、滞納繰越分{ka:.2f}％であった。"
      f"被保険者数の減少により調定額は減少傾向にあるが、短期被保険者証の交付時の納付相談や口座振替の勧奨を継続し、"
      f"現年課税分の収納率向上に取り組んでいる。")
stmt(2, "健康福祉部長", S1, t2)
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "actual", kr, "percent", f"{kr:.2f}％")
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "arrears", "collection_rate", "actual", ka, "percent", f"{ka:.2f}％")

c3, cc3, a3, ac3, w3 = R6["保育所保育料"]
hout = c3 + a3 - cc3 - ac3 - w3
t3 = (f"保育所保育料は、令和6年度末の収入未済額が{hout:,}千円となった。児童手当からの特別徴収の申出を保護者に働き掛けるとともに、"
      f"退園者については早期に分納相談につなげている。")
stmt(2, "こども・子育て支援部長", S1, t3)
G.fact(2, "保育所保育料", "保育所保育料", 2024, "令和6年度末", "total", "outstanding", "actual", hout * 1000, "yen", f"{hout:,}千円")

S2 = "議題（２）令和7年度債権管理の取組状況（9月末）について"
para("（２）" + AG[1], 10.5, True, True, after=4)
# 9月末 interim rates: (debt, seg, prev, now)
SEPT = [("市税", "current", 56.84, 57.12), ("市税", "arrears", 14.26, 15.03),
        ("国民健康保険税", "current", 41.64, 41.26), ("国民健康保険税", "arrears", 11.82, 12.47),
        ("介護保険料", "current", 58.31, 58.56), ("後期高齢者医療保険料", "current", 61.02, 60.85),
        ("保育所保育料", "current", 49.77, 50.36)]
kprev, know = SEPT[2][2], SEPT[2][3]
q1 = ("国民健康保険税の9月末の現年課税分収納率が前年同期を下回っている。要因と下半期の対応を伺いたい。")
stmt(2, "副市長", S2, q1)
a1 = (f"9月末の現年課税分収納率は{know:.2f}％で、前年同期比0.38ポイントの低下となった。"
      f"納期の変更に伴い9月末時点で到来した納期数が前年度より少ないことが主な要因であり、"
      f"年度末には前年度並みの収納率を確保できる見込みである。")
stmt(2, "健康福祉部長", S2, a1)
G.fact(2, "国民健康保険税", "国民健康保険税", 2025, "9月末", "current", "collection_rate", "interim", know, "percent", f"{know:.2f}％", as_of="2025-09-30")
G.fact(2, "国民健康保険税", "国民健康保険税", 2025, "9月末", "current", "difference", "interim", round(know - kprev, 2), "points", "0.38ポイント", as_of="2025-09-30")
pagebreak()
q2 = ("令和5年度決算で市税の収入未済額は約5億6,400万円であったと承知している。令和6年度に圧縮が進んだ要因と、"
      "高額滞納案件への対応状況を伺いたい。")
stmt(3, "総務部長", S2, q2)
G.fact(3, "市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", 564_000_000, "yen", "約5億6,400万円", approx=True)
sc_now = SEPT[1][3]
a2t = (f"滞納繰越分について、財産調査を早期に実施し、差押えを前倒しで執行したことが主な要因である。"
       f"9月末の滞納繰越分の収納率は{sc_now:.2f}％で、前年同期を0.77ポイント上回っている。"
       f"高額案件は担当を固定し、進行管理表により月1回進捗を確認している。")
stmt(3, "収税課長", S2, a2t)
G.fact(3, "市税", "市税", 2025, "9月末", "arrears", "collection_rate", "interim", sc_now, "percent", f"{sc_now:.2f}％", as_of="2025-09-30")
G.fact(3, "市税", "市税", 2025, "9月末", "arrears", "difference", "interim", 0.77, "points", "0.77ポイント", as_of="2025-09-30")
q3 = "上下水道料金の未納について、給水停止の運用状況を伺いたい。"
stmt(3, "企画経営部長", S2, q3)
a3t = ("給水停止予告を年4回送付し、納付相談に応じない世帯には停止を執行している。"
       "停止の前に福祉部局と情報を共有し、生活困窮が疑われる世帯は相談窓口へつないでいる。")
stmt(3, "上下水道部長", S2, a3t)

S3 = "議題（３）私債権の放棄の状況について"
para("（３）" + AG[2], 10.5, True, True, after=4)
t4 = ("八潮市債権管理条例に基づき、令和6年度に放棄した私債権は、市営住宅使用料など3債権で計1,284,560円である。"
      "いずれも債務者の死亡又は所在不明により回収の見込みがないと判断したものであり、議会に報告済みである。")
stmt(3, "収税課長", S3, t4)
G.fact(3, None, None, 2024, "令和6年度", "total", "written_off", "actual", 1284560, "yen", "1,284,560円")
S4 = "委員長のまとめ"
para("（４）委員長のまとめ", 10.5, True, True, after=4)
t5 = ("下半期は、現年度分の収納率の確保を最優先とし、各所管課は年度末の見込みを収税課と共有されたい。"
      "また、私債権については、条例に基づく放棄を含め、回収見込みのない債権の整理を計画的に進めていただきたい。")
stmt(3, "副市長", S4, t5)
para("以上", align="r")
from docx.enum.section import WD_SECTION, WD_ORIENT
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Mm(297), Mm(210)
s2.top_margin, s2.bottom_margin = Mm(16), Mm(14)

# ---------------------------------------------------------------- 別表1 (page 4)
para("別表１　令和6年度 主な債権の収納状況（決算）", 11, True, True)
para("（単位：千円、％）", 8, align="r", after=1)
hdr1 = ["区分", "現年度分", "", "", "滞納繰越分", "", "", "計", "", "", "", ""]
hdr2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
t = doc.add_table(rows=2 + len(DEBTS) + 1, cols=12)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(hdr1):
    cell_text(t.cell(0, j), h, 7.5, True, "c", "D9E2F3")
for j, h in enumerate(hdr2):
    cell_text(t.cell(1, j), h, 8, True, "c", "D9E2F3")
t.cell(0, 1).merge(t.cell(0, 3)); cell_text(t.cell(0, 1), "現年度分", 7.5, True, "c", "D9E2F3")
t.cell(0, 4).merge(t.cell(0, 6)); cell_text(t.cell(0, 4), "滞納繰越分", 7.5, True, "c", "D9E2F3")
t.cell(0, 7).merge(t.cell(0, 11)); cell_text(t.cell(0, 7), "計", 7.5, True, "c", "D9E2F3")
t.cell(0, 0).merge(t.cell(1, 0)); cell_text(t.cell(0, 0), "区分", 7.5, True, "c", "D9E2F3")
sums = [0] * 7
P = 4
for i, (dn, ab, full) in enumerate(DEBTS):
    c, cc, a, ac, w = R6[dn]
    tot, col = c + a, cc + ac
    out = tot - col - w
    rc, ra, rt = rate(cc, c), rate(ac, a), rate(col, tot)
    for k, v in enumerate((c, cc, a, ac, tot, col, w)):
        sums[k] += v
    rc_txt = f"{rc:.2f}" + ("※1" if dn == "市税" else "")
    vals = [ab, comma(c), comma(cc), rc_txt, comma(a), comma(ac), f"{ra:.2f}", comma(tot), comma(col), comma(w), comma(out), f"{rt:.2f}"]
    for j, v in enumerate(vals):
        cell_text(t.cell(2 + i, j), v, 8.5, False, "l" if j == 0 else "r")
    for seg, met, val, raw in (("current", "assessed", c, comma(c)), ("current", "collected", cc, comma(cc)),
                               ("current", "collection_rate", rc, f"{rc:.2f}"),
                               ("arrears", "assessed", a, comma(a)), ("arrears", "collected", ac, comma(ac)),
                               ("arrears", "collection_rate", ra, f"{ra:.2f}"),
                               ("total", "assessed", tot, comma(tot)), ("total", "collected", col, comma(col)),
                               ("total", "written_off", w, comma(w)), ("total", "outstanding", out, comma(out)),
                               ("total", "collection_rate", rt, f"{rt:.2f}")):
        G.fact(P, dn, ab, 2024, "令和6年度", seg, met, "actual", val * 1000 if met != "collection_rate" else val,
               "percent" if met == "collection_rate" else "yen", raw)
c, cc, a, ac, tot, col, w = sums
out = tot - col - w
vals = ["合計", comma(c), comma(cc), f"{rate(cc, c):.2f}", comma(a), comma(ac), f"{rate(ac, a):.2f}",
        comma(tot), comma(col), comma(w), comma(out), f"{rate(col, tot):.2f}"]
for j, v in enumerate(vals):
    cell_text(t.cell(2 + len(DEBTS), j), v, 8.5, True, "c" if j == 0 else "r", "F2F2F2")
for seg, met, val, raw in (("current", "assessed", c, comma(c)), ("current", "collected", cc, comma(cc)),
                           ("current", "collection_rate", rate(cc, c), f"{rate(cc, c):.2f}"),
                           ("arrears", "assessed", a, comma(a)), ("arrears", "collected", ac, comma(ac)),
                           ("arrears", "collection_rate", rate(ac, a), f"{rate(ac, a):.2f}"),
                           ("total", "assessed", tot, comma(tot)), ("total", "collected", col, comma(col)),
                           ("total", "written_off", w, comma(w)), ("total", "outstanding", out, comma(out)),
                           ("total", "collection_rate", rate(col, tot), f"{rate(col, tot):.2f}")):
    G.fact(P, None, "合計", 2024, "令和6年度", seg, met, "actual", val * 1000 if met != "collection_rate" else val,
           "percent" if met == "collection_rate" else "yen", raw)
para("", after=2)
para("（略称）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
     "住宅使用料：市営住宅使用料", 8)
para("※1　市税の現年度分収納率は、令和6年度税制改正による定額減税の影響を含む。", 8)
para("※2　市税の滞納繰越分の調定額のうち、固定資産税分 186,412千円。", 8)
G.fact(P, "固定資産税", "固定資産税", 2024, "令和6年度", "arrears", "assessed", "actual", 186412000, "yen", "186,412千円")
para("※3　収入未済額＝調定額－収入済額－不納欠損額（還付未済額は含まない。）", 8)
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Mm(210), Mm(297)
s3.top_margin, s3.bottom_margin = Mm(20), Mm(18)

# ---------------------------------------------------------------- 別表2, 別表3 (page 5)
P = 5
para("別表２　収納率の状況（令和7年9月末現在）", 11, True, True)
para("前年同期は令和6年9月末の数値。単位：％", 8, after=2)
t2 = doc.add_table(rows=1 + len(SEPT), cols=5)
no_borders(t2)
for j, h in enumerate(["債権", "区分", "前年同期", "今期", "差"]):
    cell_text(t2.cell(0, j), h, 9, True, "l" if j < 2 else "r")
SEG = {"current": "現年分", "arrears": "滞繰分"}
for i, (dn, seg, pv, nv) in enumerate(SEPT, 1):
    ab = [x[1] for x in DEBTS if x[0] == dn][0]
    dif = round(nv - pv, 2)
    dtxt = ("▲" if dif < 0 else "") + f"{abs(dif):.2f}"
    for j, v in enumerate([ab, SEG[seg], f"{pv:.2f}", f"{nv:.2f}", dtxt]):
        cell_text(t2.cell(i, j), v, 9, False, "l" if j < 2 else "r")
    G.fact(P, dn, ab, 2024, "前年同期", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}", as_of="2024-09-30")
    G.fact(P, dn, ab, 2025, "今期", seg, "collection_rate", "interim", nv, "percent", f"{nv:.2f}", as_of="2025-09-30")
    G.fact(P, dn, ab, 2025, "今期", seg, "difference", "interim", dif, "points", dtxt, as_of="2025-09-30")
para("", after=6)
para("別表３　滞納者数及び差押件数の推移", 11, True, True)
para("各年度末現在", 8, align="r", after=1)
t3 = doc.add_table(rows=5, cols=5)
t3.style = "Table Grid"
CNT = [("市税", "市税", "滞納者数（人）", "delinquents", "persons", 3528, 3287),
       ("国民健康保険税", "国保税", "滞納世帯数（世帯）", "delinquents", "households", 2214, 2139),
       ("市税", "市税", "差押件数（件）", "seizures", "cases", 612, 684),
       ("国民健康保険税", "国保税", "差押件数（件）", "seizures", "cases", 238, 251)]
for j, h in enumerate(["債権", "項目", "令和5年度末", "令和6年度末", "増減"]):
    cell_text(t3.cell(0, j), h, 9, True, "c", "E7E6E6")
for i, (dn, ab, lab, met, unit, v5, v6) in enumerate(CNT, 1):
    dd = v6 - v5
    for j, v in enumerate([ab, lab, f"{v5:,}", f"{v6:,}", tri(dd, "▲")]):
        cell_text(t3.cell(i, j), v, 9, False, "l" if j < 2 else "r")
    G.fact(P, dn, ab, 2023, "令和5年度末", "total", met, "actual", v5, unit, f"{v5:,}")
    G.fact(P, dn, ab, 2024, "令和6年度末", "total", met, "actual", v6, unit, f"{v6:,}")
    if met == "delinquents":
        G.fact(P, dn, ab, 2024, "令和6年度末", "total", "difference", "actual", dd, unit, tri(dd, "▲"))
para("注）差押件数は、各年度中に執行した件数（参加差押えを含む。）である。", 8)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, ts in ATT for t in ts],
             "agenda": AG, "materials": MAT,
             "statements": [{"speaker": s["speaker"], "section": s["section"], "text": s["text"], "page": s["page"]} for s in STM]}

W = "/tmp/sb_work"
docx_path = os.path.join(W, STEM + ".docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", W, docx_path], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = os.path.join(ROOT, "pdf", STEM + ".pdf")
os.replace(os.path.join(W, STEM + ".pdf"), pdf)
gp = G.write(pdf)
print(check(pdf, gp))
