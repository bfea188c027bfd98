"""fk_kashiwazaki_minutes_1: 書面開催の債権管理対策会議 会議録 (python-docx -> LibreOffice).

Run from corpus/frozen34:  python3 build/fk_kashiwazaki_minutes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fk_common import (Gold, PDF_DIR, WORK, c, fr, rate, rnd, soffice_pdf, tri, zen)  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "fk_kashiwazaki_minutes_1"
CITY = "柏崎市"
TITLE = "令和７年度第２回柏崎市債権管理対策会議　会議録"
G = Gold(STEM, "minutes", "minutes", CITY, "令和７年度第２回柏崎市債権管理対策会議 会議録",
         "2025-11-20", "令和７年１１月２０日")

# ---------------------------------------------------------------- data (千円)
# key: (short label printed in 別表, full name, canonical debt)
DEBTS = [
    ("市税", "市税", "市税"),
    ("国保税", "国民健康保険税", "国民健康保険料"),
    ("介護料", "介護保険料", "介護保険料"),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料"),
    ("保育料", "保育所保育料", "保育料"),
    ("住宅使用料", "市営住宅使用料", "市営住宅使用料"),
    ("下水道", "下水道使用料", "下水道使用料"),
]
# 令和6年度決算: cur_a, cur_c, arr_a, arr_c, written_off
R6 = {
    "市税": (19842316, 19703520, 612480, 168932, 24318),
    "国保税": (2984612, 2868205, 498730, 92410, 38904),
    "介護料": (1802455, 1791860, 38214, 7905, 9816),
    "後期高齢": (1120388, 1117042, 6512, 2480, 1105),
    "保育料": (212604, 210118, 14877, 3120, 2746),
    "住宅使用料": (268940, 262075, 41226, 5884, 3402),
    "下水道": (2405110, 2391006, 28740, 9315, 2230),
}
# 令和5年度決算 (計のみ): assessed, collected, written_off
R5 = {
    "市税": (20312505, 19672318, 31207),
    "国保税": (3561208, 2988457, 45112),
    "介護料": (1825930, 1781442, 11250),
    "後期高齢": (1098744, 1091310, 1322),
    "保育料": (231560, 215902, 3318),
    "住宅使用料": (316008, 270125, 4960),
    "下水道": (2418337, 2383764, 3115),
}


def r6(k):
    ca, cc, aa, ac, wo = R6[k]
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ta, tc=tc, out=ta - tc - wo,
                cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta))


def r5(k):
    a, col, wo = R5[k]
    return dict(ta=a, tc=col, wo=wo, out=a - col - wo, tr=rate(col, a))


FULL = {s: f for s, f, _ in DEBTS}
CANON = {s: k for s, _, k in DEBTS}


def man100(senyen):
    """千円 -> prose '約N億N,N00万円' rounded to 百万円 (value in yen)."""
    man = int(rnd(senyen / 1000, 0)) * 100         # 万円, rounded to 100万円
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"
    return s, man * 10000


# ---------------------------------------------------------------- docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)


def para(text="", bold=False, size=None, align=None, indent=0, first=0, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_text(cell, text, size=8.5, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = 1.0
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.font.name = "IPAexGothic"
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(tb, widths, h_mm):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    tb.autofit = False
    tblPr = tb._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tb._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in tb.rows:
        row.height = Mm(h_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)


# ---------------------------------------------------------------- page 1
PAGE = 1
para(TITLE, bold=True, size=14, align="c")
para()
para("１　開催方法", bold=True)
para("令和７年度第２回柏崎市債権管理対策会議は、各委員の日程調整が困難であったことから書面開催と"
     "し、令和７年１１月２０日付けで各委員に会議資料を送付して、令和７年１２月３日までに意見及び"
     "質問を書面で提出いただく形式で実施した。", indent=10.5, first=10.5)
para()
para("２　出席者（委員長・委員８名・事務局３名）", bold=True)
ATT = [("委員長", ["副市長"]),
       ("委員", ["総合企画部長", "財務部長", "市民生活部長", "福祉保健部長", "子ども・若者部長",
                "産業振興部長", "都市整備部長", "上下水道局長"]),
       ("事務局", ["財務部税務課長", "債権管理室長", "債権管理室収納係長"])]
para("委員長：副市長", indent=10.5)
para("委　員：総合企画部長・財務部長・市民生活部長・福祉保健部長・子ども・若者部長・", indent=10.5)
para("産業振興部長・都市整備部長・上下水道局長", indent=52.5)
para("事務局：財務部税務課長・債権管理室長・債権管理室収納係長", indent=10.5)
para()
para("３　議　題", bold=True)
AGENDA = ["令和６年度決算における市債権の状況について",
          "令和７年度上半期（９月末）の収納状況について",
          "令和８年度に向けた債権管理の取組方針について"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(i)}）{a}", indent=10.5)
para()
para("４　資　料", bold=True)
MATERIALS = ["令和７年度第２回柏崎市債権管理対策会議資料（別表１・別表２を含む。）"]
para("（別添）" + MATERIALS[0], indent=10.5)
para()
para("５　意見及び質問", bold=True)

STATEMENTS = []


def statement(speaker, section, paras, marker="paren"):
    """paras: list of paragraph strings (figures already registered)."""
    if marker == "paren":
        para(f"（{speaker}）", indent=21)
        for t in paras:
            para(t, indent=31.5, first=10.5)
    else:  # ○ marker
        first = True
        for t in paras:
            if first:
                para(f"○{speaker}　{t}", indent=21, first=-10.5)
                first = False
            else:
                para(t, indent=21, first=10.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": PAGE})


def F(raw, value, unit, metric, basis, seg, fy, fy_raw, short=None, as_of=None, approx=False,
      debt_raw=None):
    debt = CANON[short] if short else None
    draw = debt_raw if debt_raw is not None else (FULL[short] if short else None)
    return G.f(PAGE, raw, value, unit, metric, basis, seg, fy, fy_raw, debt, draw, as_of, approx)


SEC1 = "所管する債権の状況について報告"
para("（１）所管する債権の状況について報告", indent=10.5)

# 財務部長: 市税
t6, t5 = r6("市税"), r5("市税")
d_rate = rnd(t6["tr"] - t5["tr"], 2)
out_s, out_v = man100(t6["out"])
dout_s, dout_v = man100(t5["out"] - t6["out"])
p1 = ("「市税」は、令和６年度決算の収納率が"
      + F(fr(t6["tr"]) + "％", t6["tr"], "percent", "collection_rate", "actual", "total", 2024, "令和６年度", "市税")
      + "となり、前年度から"
      + F(fr(d_rate) + "ポイント", d_rate, "points", "difference", "actual", "total", 2024, "令和６年度", "市税")
      + "上昇した。収入未済額は" + F("約" + out_s, out_v, "yen", "outstanding", "actual", "total", 2024, "令和６年度", "市税", approx=True)
      + "で、前年度から" + F("約" + dout_s, -dout_v, "yen", "difference", "actual", "total", 2024, "令和６年度", "市税", approx=True)
      + "減少した。現年課税分の収納率は"
      + F(fr(t6["cr"]) + "％", t6["cr"], "percent", "collection_rate", "actual", "current", 2024, "令和６年度", "市税")
      + "と高い水準を維持している。")
p2 = ("令和７年度は、９月末時点の現年課税分収納率が"
      + F("56.12％", 56.12, "percent", "collection_rate", "interim", "current", 2025, "令和７年度", "市税", as_of="2025-09-30")
      + "（前年同月"
      + F("55.87％", 55.87, "percent", "collection_rate", "interim", "current", 2024, "前年同月", "市税", as_of="2024-09-30")
      + "）となり、前年同月を上回っている。引き続き、滞納初期の電話催告と財産調査の早期着手に努め、"
        "大口・困難案件は債権管理室と連携して処理を進める。")
statement("財務部長", SEC1, [p1, p2])

# 福祉保健部長 (still page 1)
k6, k5 = r6("国保税"), r5("国保税")
kai6 = r6("介護料")
kou6 = r6("後期高齢")
d_kokuho_arr = 1.17
kai_s, kai_v = man100(kai6["out"])
p1 = ("「国民健康保険税」は、現年課税分の収納率が"
      + F(zen(fr(k6["cr"])) + "％", k6["cr"], "percent", "collection_rate", "actual", "current", 2024, "令和６年度", "国保税")
      + "、滞納繰越分が"
      + F(zen(fr(k6["ar"])) + "％", k6["ar"], "percent", "collection_rate", "actual", "arrears", 2024, "令和６年度", "国保税")
      + "で、滞納繰越分は前年度比"
      + F(zen(fr(d_kokuho_arr)) + "ポイント", d_kokuho_arr, "points", "difference", "actual", "arrears", 2024, "令和６年度", "国保税")
      + "改善した。滞納世帯数は"
      + F(zen(c(1284)) + "世帯", 1284, "households", "delinquents", "actual", "total", 2024, "令和６年度", "国保税")
      + "（前年度"
      + F(zen(c(1397)) + "世帯", 1397, "households", "delinquents", "actual", "total", 2023, "前年度", "国保税")
      + "）に減少した。被保険者の高齢化と低所得世帯の割合の高さが滞納の主な要因であり、"
        "納付相談による分納の履行管理を徹底している。")
p2 = ("「介護保険料」は、普通徴収分の滞納が続いているが、現年度分の収納率は"
      + F(zen(fr(kai6["cr"])) + "％", kai6["cr"], "percent", "collection_rate", "actual", "current", 2024, "令和６年度", "介護料")
      + "であった。収入未済額は" + F("約" + kai_s, kai_v, "yen", "outstanding", "actual", "total", 2024, "令和６年度", "介護料", approx=True)
      + "で、時効による不納欠損を減らすため、年金受給者の口座振替勧奨を強化する。"
        "「後期高齢者医療保険料」は、現年度分の収納率が"
      + F(zen(fr(kou6["cr"])) + "％", kou6["cr"], "percent", "collection_rate", "actual", "current", 2024, "令和６年度", "後期高齢")
      + "と、おおむね例年並みで推移している。")
statement("福祉保健部長", SEC1, [p1, p2])

# ---------------------------------------------------------------- page 2
page_break()
PAGE = 2

h6 = r6("保育料")
p1 = ("「保育所保育料」は、口座振替を原則とし、現年度分の収納率は"
      + F(fr(h6["cr"]) + "％", h6["cr"], "percent", "collection_rate", "actual", "current", 2024, "令和６年度", "保育料")
      + "となった。一方、退園後の滞納繰越分の収納率は"
      + F(fr(h6["ar"]) + "％", h6["ar"], "percent", "collection_rate", "actual", "arrears", 2024, "令和６年度", "保育料")
      + "にとどまっている。滞納者は"
      + F("63人", 63, "persons", "delinquents", "actual", "total", 2024, "令和６年度", "保育料")
      + "で、児童手当からの特別徴収の申出を勧めるとともに、在園中に完納いただくよう園と連携して声掛けを行っている。")
statement("子ども・若者部長", SEC1, [p1])

j6, j5 = r6("住宅使用料"), r5("住宅使用料")
j_s, j_v = man100(j6["out"])
p1 = ("「市営住宅使用料」は、滞納繰越分の収納率が"
      + F(fr(j6["ar"]) + "％", j6["ar"], "percent", "collection_rate", "actual", "arrears", 2024, "令和６年度", "住宅使用料")
      + "と低く、収入未済額は" + F("約" + j_s, j_v, "yen", "outstanding", "actual", "total", 2024, "令和６年度", "住宅使用料", approx=True)
      + "である。退去者分の回収が課題であり、連帯保証人への請求と、長期滞納者に対する明渡請求訴訟を"
        "計画的に進めている。令和７年度は３件の訴訟提起を予定している。")
statement("都市整備部長", SEC1, [p1])

g6 = r6("下水道")
p1 = ("「下水道使用料」は、上下水道料金の一体的な徴収により、全体の収納率は"
      + F(fr(g6["tr"]) + "％", g6["tr"], "percent", "collection_rate", "actual", "total", 2024, "令和６年度", "下水道")
      + "となった。滞納繰越分は"
      + F(fr(g6["ar"]) + "％", g6["ar"], "percent", "collection_rate", "actual", "arrears", 2024, "令和６年度", "下水道")
      + "で、給水停止予告と連動した催告により回収を図っている。")
statement("上下水道局長", SEC1, [p1])

SEC2 = "質問及び回答"
para()
para("（２）質問及び回答", indent=10.5)
q1 = ("市税の収納率が前年度から" + F(fr(d_rate) + "ポイント", d_rate, "points", "difference", "actual", "total", 2024, "前年度", "市税")
      + "上昇したとのことだが、どのような要因によるものと分析しているか。また、滞納繰越分の見通しを伺いたい。")
statement("総合企画部長", SEC2, [q1], marker="o")
a1 = ("スマートフォン決済の導入などにより、期限内に納付いただく方が増えたことが大きいと考えている。"
      "滞納繰越分については、令和７年９月末の収納率が"
      + F("21.46％", 21.46, "percent", "collection_rate", "interim", "arrears", 2025, "令和７年", "市税", as_of="2025-09-30")
      + "で、前年同月を上回って推移しており、年度末には前年度並みの水準を確保できる見込みである。")
statement("財務部税務課長", SEC2, [a1], marker="o")

# ---------------------------------------------------------------- page 3
page_break()
PAGE = 3
q2 = ("保育料の滞納繰越分の収納率が低い状況が続いている。債権管理室への移管など、"
      "全庁的な支援の仕組みを活用できないか。")
statement("子ども・若者部長", SEC2, [q2], marker="o")
a2 = ("非強制徴収公債権及び私債権についても、所管課での催告を経てなお納付のない案件は、"
      "債権管理室で引受けを行っている。令和６年度は保育料を含め４４件の引受けを行った。"
      "保育料は強制徴収公債権であるため、財産調査の手法について研修を行い、所管課での滞納処分を支援したい。")
statement("債権管理室長", SEC2, [a2], marker="o")

SEC3 = "委員長からのコメント"
para()
para("（３）委員長からのコメント", indent=10.5)
c1 = ("各債権とも収入未済額は減少傾向にあるが、主要債権の収入未済額の合計は依然として" + F("約" + man100(sum(r6(s)["out"] for s, _, _ in DEBTS))[0],
          man100(sum(r6(s)["out"] for s, _, _ in DEBTS))[1], "yen", "outstanding", "actual", "total",
          2024, "令和６年度", None, approx=True, debt_raw=None)
      + "ある。現年度分の確実な収納と、徴収見込みのない債権の適正な整理の両面から、引き続き取り組んでいただきたい。"
        "また、令和８年度の取組方針については、本日の意見を踏まえて事務局で取りまとめ、次回会議で報告すること。")
statement("委員長", SEC3, [c1])
para()
para("以上", align="r")

# ---------------------------------------------------------------- page 4 (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.left_margin = new.right_margin = Mm(15)
new.top_margin, new.bottom_margin = Mm(15), Mm(12)
PAGE = 4
p = para("別表１　主要債権の収納状況（令和６年度決算）", bold=True, size=11, font="IPAexGothic")
para("（単位：千円、％）", align="r", size=8)

cols = 12
tb = doc.add_table(rows=3 + len(DEBTS) + 1, cols=cols)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [24] + [24, 24, 15] * 3 + [22, 23]
set_widths(tb, widths, 6.2)
h = tb.rows
a = h[0].cells[0].merge(h[2].cells[0])
cell_text(a, "債権名", bold=True)
top = h[0].cells[1].merge(h[0].cells[11])
cell_text(top, "令和６年度決算", bold=True)
for gi, name in enumerate(["現年度分", "滞納繰越分", "計"]):
    m = h[1].cells[1 + gi * 3].merge(h[1].cells[3 + gi * 3])
    cell_text(m, name, bold=True)
    for j, mname in enumerate(["調定額", "収入済額", "収納率※1"]):
        cell_text(h[2].cells[1 + gi * 3 + j], mname, bold=True)
m = h[1].cells[10].merge(h[2].cells[10])
cell_text(m, "不納欠損額", bold=True)
m = h[1].cells[11].merge(h[2].cells[11])
cell_text(m, "収入未済額", bold=True)
for r in range(3):
    for cc_ in h[r].cells:
        shade(cc_)

tot = dict(ca=0, cc=0, aa=0, ac=0, wo=0, out=0)
for ri, (short, full, canon) in enumerate(DEBTS):
    d = r6(short)
    cells = tb.rows[3 + ri].cells
    cell_text(cells[0], short, align="l")
    vals = []
    for seg, ka, kc, kr in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        vals.append((c(d[ka]), d[ka] * 1000, "yen", "assessed", seg))
        vals.append((c(d[kc]), d[kc] * 1000, "yen", "collected", seg))
        vals.append((fr(d[kr]), d[kr], "percent", "collection_rate", seg))
    vals.append((c(d["wo"]), d["wo"] * 1000, "yen", "written_off", "total"))
    vals.append((c(d["out"]), d["out"] * 1000, "yen", "outstanding", "total"))
    for j, (raw, v, unit, metric, seg) in enumerate(vals):
        cell_text(cells[1 + j], raw, align="r")
        G.f(PAGE, raw, v, unit, metric, "actual", seg, 2024, "令和６年度", canon, short)
    for k in tot:
        tot[k] += d[k]
# 計 row
cells = tb.rows[3 + len(DEBTS)].cells
cell_text(cells[0], "計", bold=True)
tot["ta"], tot["tc"] = tot["ca"] + tot["aa"], tot["cc"] + tot["ac"]
tot["cr"], tot["ar"], tot["tr"] = rate(tot["cc"], tot["ca"]), rate(tot["ac"], tot["aa"]), rate(tot["tc"], tot["ta"])
assert tot["out"] == tot["ta"] - tot["tc"] - tot["wo"]
vals = []
for seg, ka, kc, kr in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
    vals += [(c(tot[ka]), tot[ka] * 1000, "yen", "assessed", seg), (c(tot[kc]), tot[kc] * 1000, "yen", "collected", seg),
             (fr(tot[kr]), tot[kr], "percent", "collection_rate", seg)]
vals += [(c(tot["wo"]), tot["wo"] * 1000, "yen", "written_off", "total"),
         (c(tot["out"]), tot["out"] * 1000, "yen", "outstanding", "total")]
for j, (raw, v, unit, metric, seg) in enumerate(vals):
    cell_text(cells[1 + j], raw, align="r", bold=True)
    G.f(PAGE, raw, v, unit, metric, "actual", seg, 2024, "令和６年度", None, "計")
    shade(cells[1 + j], "F2F2F2")
shade(cells[0], "F2F2F2")

para("※1　収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）", size=8)
para("※2　市税の収入未済額のうち、固定資産税分　"
     + G.f(PAGE, "163,208千円", 163208000, "yen", "outstanding", "actual", "total", 2024, "令和６年度",
           "市税", "固定資産税")
     + "", size=8)
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料、下水道＝下水道使用料", size=8)
para()
para("別表２　主要債権の収入未済額の比較（令和５年度決算・令和６年度決算）", bold=True, size=11, font="IPAexGothic")
para("（単位：千円）", align="r", size=8)
tb2 = doc.add_table(rows=1 + len(DEBTS) + 1, cols=6)
tb2.style = "Table Grid"
tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
w2 = [28, 30, 30, 28, 36, 44]
hdr = ["債権名", "前年度", "本年度", "増減", "不納欠損額（本年度）", "収納率（％）本年度（前年度）"]
for i, t in enumerate(hdr):
    cell_text(tb2.rows[0].cells[i], t, bold=True)
    shade(tb2.rows[0].cells[i])
set_widths(tb2, w2, 6.2)
sums = [0, 0, 0]
for ri, (short, full, canon) in enumerate(DEBTS):
    d6, d5 = r6(short), r5(short)
    cells = tb2.rows[1 + ri].cells
    cell_text(cells[0], short, align="l")
    diff = d6["out"] - d5["out"]
    sums[0] += d5["out"]
    sums[1] += d6["out"]
    sums[2] += d6["wo"]
    cell_text(cells[1], G.f(PAGE, c(d5["out"]), d5["out"] * 1000, "yen", "outstanding", "actual", "total", 2023, "前年度", canon, short), align="r")
    cell_text(cells[2], G.f(PAGE, c(d6["out"]), d6["out"] * 1000, "yen", "outstanding", "actual", "total", 2024, "本年度", canon, short), align="r")
    cell_text(cells[3], G.f(PAGE, tri(diff), diff * 1000, "yen", "difference", "actual", "total", 2024, "本年度", canon, short), align="r")
    cell_text(cells[4], G.f(PAGE, c(d6["wo"]), d6["wo"] * 1000, "yen", "written_off", "actual", "total", 2024, "本年度", canon, short), align="r")
    G.f(PAGE, fr(d6["tr"]), d6["tr"], "percent", "collection_rate", "actual", "total", 2024, "本年度", canon, short)
    G.f(PAGE, fr(d5["tr"]), d5["tr"], "percent", "collection_rate", "actual", "total", 2023, "前年度", canon, short)
    cell_text(cells[5], f"{fr(d6['tr'])}（{fr(d5['tr'])}）", align="r")
cells = tb2.rows[-1].cells
cell_text(cells[0], "計", bold=True)
cell_text(cells[1], G.f(PAGE, c(sums[0]), sums[0] * 1000, "yen", "outstanding", "actual", "total", 2023, "前年度", None, "計"), align="r", bold=True)
cell_text(cells[2], G.f(PAGE, c(sums[1]), sums[1] * 1000, "yen", "outstanding", "actual", "total", 2024, "本年度", None, "計"), align="r", bold=True)
cell_text(cells[3], G.f(PAGE, tri(sums[1] - sums[0]), (sums[1] - sums[0]) * 1000, "yen", "difference", "actual", "total", 2024, "本年度", None, "計"), align="r", bold=True)
cell_text(cells[4], G.f(PAGE, c(sums[2]), sums[2] * 1000, "yen", "written_off", "actual", "total", 2024, "本年度", None, "計"), align="r", bold=True)
cell_text(cells[5], "－")
para("※　前年度＝令和５年度決算、本年度＝令和６年度決算。増減の△は減少を示す。", size=8)

# ---------------------------------------------------------------- build
WORK.mkdir(parents=True, exist_ok=True)
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path, WORK)
PDF_DIR.mkdir(parents=True, exist_ok=True)
(PDF_DIR / f"{STEM}.pdf").write_bytes(pdf.read_bytes())

G.minutes = {
    "title": G.doc["title"],
    "meeting_number": 2,
    "date": "2025-11-20",
    "method": "書面開催",
    "attendees": [{"role": role, "title": t, "name": None} for role, ts in ATT for t in ts],
    "agenda": AGENDA,
    "materials": MATERIALS,
    "statements": STATEMENTS,
}
G.write()
