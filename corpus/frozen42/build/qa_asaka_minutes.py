"""qa_asaka_minutes_1: 書面開催の債権管理対策会議 議事要旨 (python-docx → LibreOffice).

Run from corpus/frozen42:  python3 build/qa_asaka_minutes.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from qa_common import PDF_DIR, WORK, Gold, comma, rate, zen

STEM = "qa_asaka_minutes_1"
CITY = "朝霞市"
TITLE = "令和７年度第２回朝霞市債権管理対策会議　議事要旨"
G = Gold(STEM, "minutes", "minutes", CITY, "令和７年度第２回朝霞市債権管理対策会議 議事要旨",
         "2026-01-23", "令和８年１月２３日")
AS_OF, AS_OF_PREV = "2025-12-31", "2024-12-31"

# ---------------------------------------------------------------- figures (千円) at 12月末
# debt: (full name, short, {year: (cur_assessed, cur_collected, arr_assessed, arr_collected)})
DEBTS = [
    ("市税", "市税", {2024: (23_512_406, 18_930_115, 598_214, 151_330),
                       2025: (23_986_552, 19_366_204, 541_870, 146_052)}),
    ("国民健康保険税", "国保税", {2024: (2_284_630, 1_395_481, 640_512, 118_236),
                                  2025: (2_231_418, 1_381_902, 602_377, 121_508)}),
    ("介護保険料", "介護料", {2024: (2_561_204, 2_098_417, 48_115, 9_872),
                              2025: (2_640_118, 2_171_533, 45_630, 10_114)}),
    ("後期高齢者医療保険料", "後期高齢", {2024: (1_402_557, 1_152_330, 14_228, 4_401),
                                        2025: (1_468_905, 1_211_774, 13_506, 4_630)}),
    ("保育所保育料", "保育料", {2024: (188_402, 150_815, 21_336, 3_942),
                                2025: (176_215, 142_006, 19_880, 4_213)}),
    ("下水道使用料", "下水道", {2024: (1_012_344, 746_015, 7_214, 3_108),
                                2025: (1_020_567, 755_936, 6_902, 3_316)}),
]
DELINQ = {  # 滞納者数 (persons; 国保税 households)
    "市税": (6_214, 5_873), "国民健康保険税": (3_408, 3_215), "介護保険料": (1_122, 1_087),
    "後期高齢者医療保険料": (402, 388), "保育所保育料": (215, 198), "下水道使用料": (1_530, 1_466)}
SEIZ = {"市税": (812, 905), "国民健康保険税": (236, 271)}   # 差押件数: not a metric, not in gold


def tot(d, y):
    a = d[y]
    return a[0] + a[2], a[1] + a[3]


# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25


def para(text="", bold=False, size=None, indent=0, first=0, align=None, gothic=False, after=0):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if first:
        p.paragraph_format.first_line_indent = Mm(first)
    if align == "center":
        p.alignment = 1
    elif align == "right":
        p.alignment = 2
    if after:
        p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def set_borders(cell, **edges):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        v = edges.get(edge)
        e.set(qn("w:val"), "single" if v else "nil")
        if v:
            e.set(qn("w:sz"), str(v))
            e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def cell_text(cell, text, align=None, size=9.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if align == "right":
        p.alignment = 2
    elif align == "center":
        p.alignment = 1
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold


# ================================================================ page 1
para(TITLE, bold=True, size=13, align="center", gothic=True, after=10)
para("１　開催方法", gothic=True)
para("令和７年度第２回朝霞市債権管理対策会議は、書面開催とし、令和８年１月２３日付けで各委員に"
     "会議資料を送付し、令和８年２月６日までに意見書を事務局に提出する方法により実施した。",
     indent=4, first=4, after=6)
para("２　出席者（委員８名、事務局３名）", gothic=True)
COMMITTEE = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "市民環境部長"), ("委員", "福祉部長"),
             ("委員", "こども・健康部長"), ("委員", "都市建設部長"), ("委員", "上下水道部長"),
             ("委員", "学校教育部長")]
STAFF = [("事務局", "総務部次長"), ("事務局", "収納課長"), ("事務局", "収納課債権管理係長")]
para("委員長：副市長", indent=4)
para("委　員：" + "・".join(t for r, t in COMMITTEE[1:5]) + "・", indent=4)
para("　　　　" + "・".join(t for r, t in COMMITTEE[5:]), indent=4)
para("事務局：" + "・".join(t for r, t in STAFF), indent=4, after=6)
para("３　議　題", gothic=True)
AGENDA = ["令和７年度債権管理の状況（１２月末）について", "令和７年度滞納整理強化月間の実施結果について",
          "令和８年度債権管理実施計画の策定方針について"]
for k, a in enumerate(AGENDA, 1):
    para(f"（{zen(k)}）{a}", indent=4)
para("", after=4)
para("４　資　料", gothic=True)
MATERIALS = ["令和７年度第２回朝霞市債権管理対策会議資料（資料１～資料３）"]
para("（別添）" + MATERIALS[0], indent=4, after=6)
para("５　意見及び質問", gothic=True)
para("（１）令和７年度債権管理の状況（１２月末）について", indent=2)

STATEMENTS = []


def statement(speaker, section, paras):
    para(f"（{speaker}）", indent=6)
    for t in paras:
        para(t, indent=9, first=4)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": G.page})


S1 = "令和７年度債権管理の状況（１２月末）について"
# 市税 prose
d = DEBTS[0][2]
c_now = rate(d[2025][1], d[2025][0]); c_prev = rate(d[2024][1], d[2024][0])
out_now = (d[2025][0] - d[2025][1]) + (d[2025][2] - d[2025][3])
out_prev = (d[2024][0] - d[2024][1]) + (d[2024][2] - d[2024][3])
# the statement rounds to 百万円 in 億・万 form
def oku_man(v_sen):  # 千円 → 「4億1,200万円」 rounded to 100万円
    man = int(round(v_sen / 1000)) * 100  # 万円, rounded to 100万円
    oku, rest = divmod(man, 10000)
    return (f"{zen(oku)}億" if oku else "") + (zen(comma(rest)) + "万円" if rest else "円"), man * 10000


diff_pt = round(c_now - c_prev, 2)
sA = f"{zen(f'{c_now:.2f}')}％"
G.page = 1
txt1 = ("「市税」は、１２月末の現年課税分の収納率が" +
        G.f(sA, c_now, debt="市税", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate",
            basis="interim", as_of=AS_OF) +
        "となり、前年同期比" +
        G.f(f"{zen(f'{diff_pt:.2f}')}ポイント", diff_pt, debt="市税", fy=2025, seg="current",
            metric="difference", unit="points", basis="interim", as_of=AS_OF) +
        "上昇した。")
s_out, v_out = oku_man(out_now / 1)  # out_now in 千円
s_dif, v_dif = oku_man(abs(out_now - out_prev))
txt2 = ("収入未済額は" +
        G.f("約" + s_out, v_out, debt="市税", fy=2025, seg="total", metric="outstanding", basis="interim",
            as_of=AS_OF, approx=True) +
        "で、前年同期と比べ" +
        G.f("約" + s_dif, -v_dif, debt="市税", fy=2025, seg="total", metric="difference", basis="interim",
            as_of=AS_OF, approx=True) +
        "減少している。年末の滞納整理強化月間では、ＳＭＳ催告と夜間電話催告を組み合わせ、"
        "早期の自主納付につなげることができた。")
statement("総務部長", S1, [txt1 + txt2,
                           "今後は、滞納繰越分について財産調査を徹底し、換価の見込みのない事案は執行停止を"
                           "適正に判断することで、R６年度末を下回る滞納繰越額を目指す。"])

d = DEBTS[1][2]
k_now = rate(d[2025][1], d[2025][0]); k_prev = rate(d[2024][1], d[2024][0])
k_arr = rate(d[2025][3], d[2025][2])
txt = ("「国民健康保険税」は、現年課税分の収納率が" +
       G.f(f"{zen(f'{k_now:.2f}')}％", k_now, debt="国民健康保険税", fy=2025, seg="current",
           metric="collection_rate", basis="interim", as_of=AS_OF) +
       "で、前年同期の" +
       G.f(f"{zen(f'{k_prev:.2f}')}％", k_prev, debt="国民健康保険税", fy=2024, seg="current",
           metric="collection_rate", basis="interim", as_of=AS_OF_PREV) +
       "を上回っている。滞納繰越分は" +
       G.f(f"{zen(f'{k_arr:.2f}')}％", k_arr, debt="国民健康保険税", fy=2025, seg="arrears",
           metric="collection_rate", basis="interim", as_of=AS_OF) +
       "であり、被保険者数の減少により調定額が縮小する中で、収入済額は前年並みを確保している。")
statement("市民環境部長", S1, [txt, "資格喪失後の未納者への文書催告を毎月実施しており、引き続き口座振替の勧奨を強化する。"])

d = DEBTS[2][2]
kv_now = rate(d[2025][1], d[2025][0])
kv_dp = round(kv_now - rate(d[2024][1], d[2024][0]), 2)
d4 = DEBTS[3][2]
kk_now = rate(d4[2025][1], d4[2025][0])
txt = ("「介護保険料」は、普通徴収分を含む現年度分の収納率が" +
       G.f(f"{zen(f'{kv_now:.2f}')}％", kv_now, debt="介護保険料", fy=2025, seg="current",
           metric="collection_rate", basis="interim", as_of=AS_OF) +
       "で、前年同期から" +
       G.f(f"{zen(f'{kv_dp:.2f}')}ポイント", kv_dp, debt="介護保険料", fy=2025, seg="current",
           metric="difference", unit="points", basis="interim", as_of=AS_OF) +
       "改善した。「後期高齢者医療保険料」は現年度分" +
       G.f(f"{zen(f'{kk_now:.2f}')}％", kk_now, debt="後期高齢者医療保険料", fy=2025, seg="current",
           metric="collection_rate", basis="interim", as_of=AS_OF) +
       "であり、いずれも年度末には令和６年度決算と同程度の収納率となる見込みである。")
statement("福祉部長", S1, [txt])

d = DEBTS[4][2]
h_out = (d[2025][0] - d[2025][1]) + (d[2025][2] - d[2025][3])
h_man = int(round(h_out / 10)) * 1  # 千円 → 万円 (rounded to 万円)
txt = ("「保育所保育料」は、現年分を中心に口座振替の利用を勧め、新たな滞納の発生を抑えている。"
       "１２月末の収入未済額は" +
       G.f(f"約{zen(comma(h_man))}万円", h_man * 10000, debt="保育所保育料", fy=2025, seg="total",
           metric="outstanding", basis="interim", as_of=AS_OF, approx=True) +
       "で、卒園児世帯の滞納繰越分が大半を占めている。卒園後も児童手当からの徴収について同意を得るなど、"
       "接触の機会を確保していく。")
statement("こども・健康部長", S1, [txt])

page_break()  # ================================================= page 2
d = DEBTS[5][2]
g_now = rate(d[2025][1], d[2025][0])
txt = ("「下水道使用料」は、水道料金と併せた一括請求により、現年分の収納率は" +
       G.f(f"{zen(f'{g_now:.2f}')}％", g_now, debt="下水道使用料", fy=2025, seg="current",
           metric="collection_rate", basis="interim", as_of=AS_OF) +
       "と安定して推移している。給水停止予告の対象者には個別の納付相談を行っている。")
statement("上下水道部長", S1, [txt])

para("（２）令和７年度滞納整理強化月間の実施結果について", indent=2)
S2 = "令和７年度滞納整理強化月間の実施結果について"
statement("委員長", S2, ["強化月間の取組は、各所管課の収入確保に一定の効果があったと考える。一方で、"
                        "私債権では時効の管理が十分でない事例も見受けられるため、債権管理台帳の点検状況を伺いたい。"])
statement("収納課長", S2, ["全所管課を対象に、９月から１１月にかけて債権管理台帳の点検を行った。時効の起算日が"
                          "不明確な債権については、令和８年度当初までに整理するよう助言している。"
                          "また、元年度以前に発生した少額の私債権については、条例に基づく放棄の手続を進めている。"])
para("（３）令和８年度債権管理実施計画の策定方針について", indent=2)
S3 = "令和８年度債権管理実施計画の策定方針について"
statement("学校教育部長", S3, ["学校給食費の公会計化に伴い、令和８年度から新たに対象債権となるため、実施計画に"
                              "目標収納率を定めたい。目標値の設定方法について事務局の助言をお願いしたい。"])
statement("総務部次長", S3, ["新たな債権は、直近の実績が把握できるまでの間、他の使用料等の現年分の収納率を参考に"
                            "目標を設定することを考えている。個別に相談に応じる。"])
para("", after=4)
para("６　その他", gothic=True)
para("本会議で出された意見を踏まえ、令和８年度債権管理実施計画（案）を作成し、次回会議（令和８年５月予定）で協議する。",
     indent=4, first=4)
para("以上", align="right")

page_break()  # ================================================= page 3: 別表
para("別表１　主な債権の収納状況（令和７年１２月末現在・前年同期比較）", gothic=True, bold=True)
para("（単位：千円、％、ポイント）", align="right", size=9)
# no-rule table with tab stops (variation 56)
TABS = [Mm(50), Mm(74), Mm(90), Mm(114), Mm(138), Mm(154), Mm(165)]


def tab_par(cells, size=9, bold=False, gothic=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    for i, t in enumerate(TABS):
        pf.tab_stops.add_tab_stop(t, WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cells))
    r.font.size = Pt(size)
    r.bold = bold
    return p


tab_par(["区分", "", "前年同期", "", "", "今期", "", ""], bold=True)
tab_par(["", "調定額", "収入済額", "収納率※1", "調定額", "収入済額", "収納率※1", "増減"], bold=True)
sum_prev = [0, 0]; sum_now = [0, 0]
for full, short, d in DEBTS:
    ap, cp = tot(d, 2024); an, cn = tot(d, 2025)
    sum_prev[0] += ap; sum_prev[1] += cp; sum_now[0] += an; sum_now[1] += cn
    rp, rn = rate(cp, ap), rate(cn, an)
    kw = dict(debt=full, debt_raw=short, seg="total")
    row = [short,
           G.f(comma(ap), ap * 1000, fy=2024, metric="assessed", basis="interim", as_of=AS_OF_PREV, **kw),
           G.f(comma(cp), cp * 1000, fy=2024, metric="collected", basis="interim", as_of=AS_OF_PREV, **kw),
           G.f(f"{rp:.2f}", rp, fy=2024, metric="collection_rate", basis="interim", as_of=AS_OF_PREV, **kw),
           G.f(comma(an), an * 1000, fy=2025, metric="assessed", basis="interim", as_of=AS_OF, **kw),
           G.f(comma(cn), cn * 1000, fy=2025, metric="collected", basis="interim", as_of=AS_OF, **kw),
           G.f(f"{rn:.2f}", rn, fy=2025, metric="collection_rate", basis="interim", as_of=AS_OF, **kw)]
    dd = round(rn - rp, 2)
    row.append(G.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, fy=2025, metric="difference", unit="points",
                   basis="interim", as_of=AS_OF, **kw))
    tab_par(row)
ap, cp = sum_prev; an, cn = sum_now
rp, rn = rate(cp, ap), rate(cn, an)
kw = dict(debt=None, debt_raw="計", seg="total")
dd = round(rn - rp, 2)
tab_par(["計",
         G.f(comma(ap), ap * 1000, fy=2024, metric="assessed", basis="interim", as_of=AS_OF_PREV, **kw),
         G.f(comma(cp), cp * 1000, fy=2024, metric="collected", basis="interim", as_of=AS_OF_PREV, **kw),
         G.f(f"{rp:.2f}", rp, fy=2024, metric="collection_rate", basis="interim", as_of=AS_OF_PREV, **kw),
         G.f(comma(an), an * 1000, fy=2025, metric="assessed", basis="interim", as_of=AS_OF, **kw),
         G.f(comma(cn), cn * 1000, fy=2025, metric="collected", basis="interim", as_of=AS_OF, **kw),
         G.f(f"{rn:.2f}", rn, fy=2025, metric="collection_rate", basis="interim", as_of=AS_OF, **kw),
         G.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, fy=2025, metric="difference", unit="points",
             basis="interim", as_of=AS_OF, **kw)], bold=True)
arr_sz = DEBTS[0][2][2025][3]
para("※1　収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）。現年分と滞納繰越分の合計で表示している。", size=8.5, indent=2)
para("※2　今期の市税のうち滞納繰越分の収入済額　" +
     G.f(f"{comma(arr_sz)}千円", arr_sz * 1000, debt="市税", fy=2025, seg="arrears", metric="collected",
         basis="interim", as_of=AS_OF) + "", size=8.5, indent=2)
para("※3　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "下水道＝下水道使用料", size=8.5, indent=2, after=10)

# 別表２: 滞納者数 with horizontal rules only around header (variation 56, 48)
para("別表２　滞納者数及び差押件数（各年１２月末）", gothic=True, bold=True)
tbl = doc.add_table(rows=1, cols=6)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["区分", "滞納者数（前年同期）", "滞納者数（今期）", "増減", "差押件数（前年同期）", "差押件数（今期）"]
for c, t in zip(tbl.rows[0].cells, hdr):
    cell_text(c, t, align="center", size=8.5, bold=True)
    set_borders(c, top=8, bottom=8)
for full, short, d in DEBTS:
    p_, n_ = DELINQ[full]
    unit = "households" if full == "国民健康保険税" else "persons"
    suffix = "世帯" if unit == "households" else "人"
    kw = dict(debt=full, debt_raw=short, seg="total", metric="delinquents", unit=unit)
    r = tbl.add_row().cells
    vals = [short + ("（世帯）" if unit == "households" else ""),
            G.f(comma(p_), p_, fy=2024, basis="interim", as_of=AS_OF_PREV, **kw),
            G.f(comma(n_), n_, fy=2025, basis="interim", as_of=AS_OF, **kw),
            G.f(("△" if n_ - p_ < 0 else "") + comma(abs(n_ - p_)), n_ - p_, debt=full, debt_raw=short,
                fy=2025, seg="total", metric="difference", unit=unit, basis="interim", as_of=AS_OF),
            comma(SEIZ[full][0]) if full in SEIZ else "－",
            comma(SEIZ[full][1]) if full in SEIZ else "－"]
    for i, (c, t) in enumerate(zip(r, vals)):
        cell_text(c, t, align="right" if i else None, size=8.5)
        set_borders(c)
para("（単位：人。国保税は世帯。差押件数は件）", size=8.5, align="right", after=10)

# 【収納率】 bracket heading + bullets by segment (variation 11)
para("■　市税の状況", gothic=True, bold=True)
d = DEBTS[0][2]
para("【収納率】令和７年１２月末時点", gothic=True, indent=2)
cr, cp_ = rate(d[2025][1], d[2025][0]), rate(d[2024][1], d[2024][0])
ar, ap_ = rate(d[2025][3], d[2025][2]), rate(d[2024][3], d[2024][2])
kw = dict(debt="市税", basis="interim")
para("・現年分　" + G.f(f"{cr:.2f}％", cr, fy=2025, seg="current", metric="collection_rate", as_of=AS_OF, **kw) +
     "（前年同期　" + G.f(f"{cp_:.2f}％", cp_, fy=2024, seg="current", metric="collection_rate", as_of=AS_OF_PREV, **kw)
     + "）", indent=6)
para("・滞納繰越分　" + G.f(f"{ar:.2f}％", ar, fy=2025, seg="arrears", metric="collection_rate", as_of=AS_OF, **kw) +
     "（前年同期　" + G.f(f"{ap_:.2f}％", ap_, fy=2024, seg="arrears", metric="collection_rate", as_of=AS_OF_PREV, **kw)
     + "）", indent=6, after=8)

# 【参考】 one-cell box (variation 9)
box = doc.add_table(rows=1, cols=1)
box.alignment = WD_TABLE_ALIGNMENT.CENTER
c = box.rows[0].cells[0]
set_borders(c, top=6, bottom=6, left=6, right=6)
c.text = ""
ref = [("【参考】令和６年度決算（確定値）", None)]
R6 = {"市税": (98.71, 412_356), "国民健康保険税": (88.64, 512_907)}
lines = ["【参考】令和６年度決算（確定値）",
         "・市税収納率：" + G.f("98.71％", 98.71, debt="市税", fy=2024, fy_raw="令和６年度", metric="collection_rate"),
         "・市税収入未済額：" + G.f("412,356千円", 412_356_000, debt="市税", fy=2024, fy_raw="令和６年度",
                              metric="outstanding"),
         "・国保税収納率：" + G.f("88.64％", 88.64, debt="国民健康保険税", debt_raw="国保税", fy=2024,
                             fy_raw="令和６年度", metric="collection_rate"),
         "・国保税不納欠損額：" + G.f("41,775千円", 41_775_000, debt="国民健康保険税", debt_raw="国保税", fy=2024,
                               fy_raw="令和６年度", metric="written_off")]
for k, t in enumerate(lines):
    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
    r = p.add_run(t)
    r.font.size = Pt(9)
    r.bold = (k == 0)

# fiscal_year_raw for table facts: years come from the title (令和７年１２月末現在 / 前年同期)
for f in G.facts:
    if f["fiscal_year_raw"] is None:
        f["fiscal_year_raw"] = "令和７年" if f["fiscal_year"] == 2025 else "前年同期"

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())

G.minutes = {
    "title": "令和７年度第２回朝霞市債権管理対策会議 議事要旨",
    "meeting_number": 2,
    "date": "2026-01-23",
    "method": "書面開催",
    "attendees": [{"role": r, "title": t, "name": None} for r, t in COMMITTEE + STAFF],
    "agenda": AGENDA,
    "materials": MATERIALS,
    "statements": STATEMENTS,
}
G.write(pdf)
