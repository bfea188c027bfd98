"""魚津市 令和7年度第2回債権管理対策会議 議事要旨 (書面開催) — python-docx -> LibreOffice.

Run from corpus/frozen45:  python3 build/qg_uozu_minutes_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qg_common import (GOLD_DIR, PDF_DIR, WORK, Gold, c, check, rate, tri, trif, zen)  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

STEM = "qg_uozu_minutes_1"
CITY = "魚津市"
TITLE = "令和7年度第2回魚津市債権管理対策会議　議事要旨"
SENT = "2025-11-14"
AS_NOW = "2025-09-30"
AS_PREV = "2024-09-30"

# ---------------------------------------------------------------- data
# 別表1: 9月末の調定額・収入済額 (千円).  prev = 令和6年9月末, now = 令和7年9月末
# debt, short label (printed), current(prev a, prev c, now a, now c), arrears(prev a, prev c, now a, now c)
T1 = [
    ("市税", "市税", (5812440, 3279110, 5876915, 3340447), (128406, 23418, 119517, 22731)),
    ("国民健康保険税", "国保税", (1102380, 451236, 1085612, 440120), (152880, 19112, 140236, 18905)),
    ("介護保険料", "介護料", (962118, 487206, 978344, 497012), (13512, 2087, 12978, 2140)),
    ("後期高齢者医療保険料", "後期高齢", (402775, 236514, 415209, 244731), (2705, 774, 2412, 702)),
    ("市営住宅使用料", "住宅使用料", (98412, 47816, 96830, 46602), (19315, 1655, 18906, 1731)),
    ("学校給食費", "給食費", (131560, 63905, 133018, 64950), (3340, 418, 3105, 455)),
]
# 別表2: 令和5・6年度決算の収入未済額 (千円), 滞納者数 (人), 差押件数, 備考 (うち滞納繰越分)
T2 = [
    ("市税", "市税", 128406, 119517, 612, 148, 96241),
    ("国民健康保険税", "国保税", 152880, 140236, 398, 61, 118305),
    ("介護保険料", "介護料", 13512, 12978, 201, 0, None),
    ("後期高齢者医療保険料", "後期高齢", 2705, 2412, 47, 0, None),
    ("市営住宅使用料", "住宅使用料", 19315, 18906, 38, 0, 16402),
    ("学校給食費", "給食費", 3340, 3105, 52, 0, None),
]

g = Gold(STEM, "minutes", "minutes", CITY, TITLE, SENT, "令和7年11月14日")

# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin = sec.bottom_margin = Cm(2.0)
sec.left_margin = sec.right_margin = Cm(2.2)

st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25


def run(p, text, bold=False, size=None, gothic=False):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return r


def para(text="", bold=False, size=None, gothic=False, indent=0.0, first=0.0, align=None, after=0):
    p = doc.add_paragraph()
    if text:
        run(p, text, bold, size, gothic)
    pf = p.paragraph_format
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if align:
        p.alignment = align
    if after:
        pf.space_after = Pt(after)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        v = kw.get(edge)
        el = OxmlElement(f"w:{edge}")
        if v:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(v))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, gothic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = 1.0
        run(p, ln, bold=bold, size=size, gothic=gothic)


def table_borders_none(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def table_grid(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


# ---------------------------------------------------------------- computed figures
def rates(a, cc):
    return rate(cc, a)


tax = T1[0]
tax_cur_now = rate(tax[2][3], tax[2][2])
tax_cur_prev = rate(tax[2][1], tax[2][0])
tax_arr_now = rate(tax[3][3], tax[3][2])
tax_arr_prev = rate(tax[3][1], tax[3][0])
kok = T1[1]
kok_cur_now = rate(kok[2][3], kok[2][2])
kok_cur_prev = rate(kok[2][1], kok[2][0])
jut = T1[4]
jut_arr_now = rate(jut[3][3], jut[3][2])

# ================================================================= page 1
P = 1
para(TITLE, bold=True, size=14, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para("１　開催方法", bold=True, gothic=True)
para("令和7年度第2回魚津市債権管理対策会議は、各委員の日程調整が困難であったため書面開催とし、"
     "令和7年11月14日付けで各委員に会議資料を送付し、令和7年11月21日までに意見の提出を求める方法により実施した。",
     indent=0.5, first=0.35, after=6)
para("２　出席者（委員長、委員８名、事務局３名）", bold=True, gothic=True)
MEMBERS = ["総務部長", "企画政策部長", "市民・環境部長", "民生部長", "産業建設部長",
           "上下水道局長", "教育委員会事務局長", "会計管理者"]
SECR = ["税務課長", "税務課収納対策係長", "税務課主査"]
para("委員長：副市長", indent=0.5)
para("委　員：" + "・".join(MEMBERS), indent=0.5)
para("事務局：" + "・".join(SECR), indent=0.5, after=6)
AGENDA = ["令和7年度債権管理の取組状況（9月末現在）について",
          "令和6年度決算における収入未済額の状況について",
          "私債権の放棄に係る審議について"]
para("３　議　題", bold=True, gothic=True)
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(i)}）{a}", indent=0.5)
para("", after=2)
MATERIALS = ["令和7年度第2回魚津市債権管理対策会議資料（資料１～資料３）"]
para("４　資　料", bold=True, gothic=True)
para("（別添）" + MATERIALS[0], indent=0.5, after=6)
para("５　意見及び回答", bold=True, gothic=True)

statements = []


def stmt(page, speaker, section, text):
    para(f"（{speaker}）", indent=0.5)
    for k, ln in enumerate(text.split("\n")):
        para(ln, indent=1.0, first=0.35)
    para("", after=2)
    statements.append({"speaker": speaker, "section": section, "text": text.replace("\n", ""), "page": page})


SEC1 = "議題（１）令和7年度債権管理の取組状況について"
SEC2 = "議題（２）令和6年度決算における収入未済額の状況について"
SEC3 = "議題（３）私債権の放棄に係る審議について"

d_cur = round(tax_cur_now - tax_cur_prev, 2)
d_arr = round(tax_arr_now - tax_arr_prev, 2)
tax_out_r6 = T2[0][3] * 1000
tax_out_diff = (T2[0][3] - T2[0][2]) * 1000
txt = (f"「市税」について、令和7年9月末の現年課税分の収納率は{tax_cur_now:.2f}％で、前年同月比{d_cur:.2f}ポイント上昇した。"
       f"滞納繰越分の収納率は{tax_arr_now:.2f}％で、前年同月と比べて{d_arr:.2f}ポイント改善している。"
       f"令和6年度決算の収入未済額は約1億1,950万円で、前年度から約890万円減少しており、"
       "財産調査の早期着手と預貯金の差押えを継続した効果が表れている。\n"
       "一方、高額滞納案件の一部は不動産の換価に時間を要しており、富山県滞納整理機構への引継ぎも含めて対応を検討したい。")
stmt(P, "総務部長", SEC1, txt)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "current", "collection_rate", "interim", tax_cur_now, "percent",
       f"{tax_cur_now:.2f}％", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "current", "difference", "interim", d_cur, "points",
       f"{d_cur:.2f}ポイント", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "arrears", "collection_rate", "interim", tax_arr_now, "percent",
       f"{tax_arr_now:.2f}％", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "arrears", "difference", "interim", d_arr, "points",
       f"{d_arr:.2f}ポイント", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2024, "令和6年度決算", "total", "outstanding", "actual", 119500000, "yen",
       "約1億1,950万円", approx=True)
g.fact(P, "市税", "市税", 2024, "令和6年度決算", "total", "difference", "actual", -8900000, "yen",
       "約890万円", approx=True)

txt = ("差押えに至る前の段階での納付相談を重視しており、催告書の送付後1か月以内に応答のない滞納者には、"
       "10月から電話催告を集中的に実施している。富山県滞納整理機構への引継ぎは、今年度は3件を予定している。")
stmt(P, "事務局", SEC1, txt)

# ================================================================= page 2
page_break()
P = 2
kok_arr_now = rate(kok[3][3], kok[3][2])
d_kok = round(kok_cur_now - kok_cur_prev, 2)
kaigo_r6 = 99.12
kouki_r6 = 99.64
txt = (f"「国民健康保険税」は、9月末の現年分収納率が{kok_cur_now:.2f}％で、前年同月の{kok_cur_prev:.2f}％を"
       f"{abs(d_kok):.2f}ポイント下回った。被保険者の減少に加え、所得の低い世帯の割合が高まっていることが要因と考えられる。"
       "短期被保険者証の交付時に納付相談を必ず行うよう、窓口の運用を改めた。\n"
       f"「介護保険料」は、令和6年度決算で現年度分の収納率が{kaigo_r6:.2f}％と高い水準を維持している。"
       f"「後期高齢者医療保険料」も令和6年度決算の現年度分収納率は{kouki_r6:.2f}％であり、普通徴収分の口座振替勧奨を続ける。")
stmt(P, "民生部長", SEC1, txt)
g.fact(P, "国民健康保険税", "国民健康保険税", 2025, "9月末", "current", "collection_rate", "interim", kok_cur_now, "percent",
       f"{kok_cur_now:.2f}％", as_of=AS_NOW)
g.fact(P, "国民健康保険税", "国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", kok_cur_prev,
       "percent", f"{kok_cur_prev:.2f}％", as_of=AS_PREV)
g.fact(P, "国民健康保険税", "国民健康保険税", 2025, "9月末", "current", "difference", "interim", d_kok, "points",
       f"{abs(d_kok):.2f}ポイント", as_of=AS_NOW)
g.fact(P, "介護保険料", "介護保険料", 2024, "令和6年度決算", "current", "collection_rate", "actual", kaigo_r6, "percent",
       f"{kaigo_r6:.2f}％")
g.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和6年度決算", "current", "collection_rate", "actual",
       kouki_r6, "percent", f"{kouki_r6:.2f}％")

txt = (f"「市営住宅使用料」は、滞納繰越分の9月末の収納率が{jut_arr_now:.2f}％にとどまっている。"
       "長期滞納者のうち退去済みの者については、連帯保証人への請求と支払督促の申立てを並行して進めている。"
       "入居中の滞納者には、家賃の3か月分以上の滞納が生じた時点で明渡しを前提とした面談を行う。")
stmt(P, "産業建設部長", SEC1, txt)
g.fact(P, "市営住宅使用料", "市営住宅使用料", 2025, "9月末", "arrears", "collection_rate", "interim", jut_arr_now, "percent",
       f"{jut_arr_now:.2f}％", as_of=AS_NOW)

kyu = T2[5]
txt = (f"「学校給食費」は、令和6年度決算の収入未済額が{c(kyu[3])}千円で、前年度の{c(kyu[2])}千円から減少した。"
       "児童手当からの申出徴収の案内を全世帯に送付しており、今後も継続する。")
stmt(P, "教育委員会事務局長", SEC2, txt)
g.fact(P, "学校給食費", "学校給食費", 2024, "令和6年度決算", "total", "outstanding", "actual", kyu[3] * 1000, "yen",
       f"{c(kyu[3])}千円")
g.fact(P, "学校給食費", "学校給食費", 2023, "前年度", "total", "outstanding", "actual", kyu[2] * 1000, "yen",
       f"{c(kyu[2])}千円")

water_rate = 99.46
txt = (f"「水道料金」は、令和6年度決算の現年度分収納率が{water_rate:.2f}％、収入未済額は約2,480万円であった。"
       "給水停止予告の対象を2か月分以上の未納者に広げたことで、早期の納付につながっている。"
       "下水道使用料についても水道料金と一体で催告を行っている。")
stmt(P, "上下水道局長", SEC2, txt)
g.fact(P, "水道料金", "水道料金", 2024, "令和6年度決算", "current", "collection_rate", "actual", water_rate, "percent",
       f"{water_rate:.2f}％")
g.fact(P, "水道料金", "水道料金", 2024, "令和6年度決算", "total", "outstanding", "actual", 24800000, "yen",
       "約2,480万円", approx=True)

txt = ("債権放棄の対象案件（資料３）について、時効期間の経過と債務者の所在不明を確認した経過が資料で明確に示されており、"
       "異議はない。放棄後も同種の債権が発生しないよう、契約時の連帯保証人の確認を徹底されたい。")
stmt(P, "企画政策部長", SEC3, txt)
txt = ("ご意見のとおり、放棄の判断に至った調査記録を債権ごとに整理し、監査の際にも説明できるよう保存する。"
       "各課には契約時の確認事項を改めて通知する。")
stmt(P, "事務局", SEC3, txt)

# ================================================================= page 3
page_break()
P = 3
para("６　今後の取組（事務局まとめ）", bold=True, gothic=True, after=2)
SEC6 = "今後の取組（事務局まとめ）"
INITS = [
    ("（１）", "納期限後20日以内の督促状発送を全債権で徹底し、督促後の催告までの期間を短縮する。"),
    ("（２）", "税務課と債権所管課の合同による財産調査を年2回実施し、調査結果を共有する。"),
    ("（３）", "徴収が困難な私債権について、弁護士への回収委託の対象を拡大することを検討する。"),
    ("（４）", "債権管理事務の手引きを改訂し、新任職員向けの研修を12月に実施する。"),
]
for lab, t in INITS:
    para(lab + t, indent=1.2, first=-0.7)
    g.init(P, None, 2025, SEC6, lab, t, None)
para("", after=4)

para("【収納率】令和7年9月末時点（市税）", bold=True, gothic=True)
para(f"・現年分　{tax_cur_now:.2f}％", indent=0.8)
para(f"・滞繰分　{tax_arr_now:.2f}％", indent=0.8)
para(f"（前年同月　現年分 {tax_cur_prev:.2f}％、滞繰分 {tax_arr_prev:.2f}％）", indent=0.8, after=6)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "current", "collection_rate", "interim", tax_cur_now, "percent",
       f"{tax_cur_now:.2f}％", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2025, "令和7年9月末", "arrears", "collection_rate", "interim", tax_arr_now, "percent",
       f"{tax_arr_now:.2f}％", as_of=AS_NOW)
g.fact(P, "市税", "市税", 2024, "前年同月", "current", "collection_rate", "interim", tax_cur_prev, "percent",
       f"{tax_cur_prev:.2f}％", as_of=AS_PREV)
g.fact(P, "市税", "市税", 2024, "前年同月", "arrears", "collection_rate", "interim", tax_arr_prev, "percent",
       f"{tax_arr_prev:.2f}％", as_of=AS_PREV)

# 【参考】 one-cell box
city_out = 462000000
city_diff = -31000000
persons = 1286
tax_total_r6 = 98.41
box = doc.add_table(rows=1, cols=1)
table_grid(box)
bc = box.cell(0, 0)
cell_text(bc, "【参考】市全体の債権の状況（令和6年度決算）\n"
              "・収入未済額：約4億6,200万円\n"
              "・前年度からの減少額：約3,100万円\n"
              f"・滞納者数（実人数）：{c(persons)}人\n"
              f"・市税の収納率（現年・滞繰計）：{tax_total_r6:.2f}％",
          size=10, align=WD_ALIGN_PARAGRAPH.LEFT)
g.fact(P, None, None, 2024, "令和6年度決算", "total", "outstanding", "actual", city_out, "yen", "約4億6,200万円", approx=True)
g.fact(P, None, None, 2024, "令和6年度決算", "total", "difference", "actual", city_diff, "yen", "約3,100万円", approx=True)
g.fact(P, None, None, 2024, "令和6年度決算", "total", "delinquents", "actual", persons, "persons", f"{c(persons)}人")
g.fact(P, "市税", "市税", 2024, "令和6年度決算", "total", "collection_rate", "actual", tax_total_r6, "percent",
       f"{tax_total_r6:.2f}％")
para("", after=4)
para("※　数値は各債権所管課の報告による。滞納者数は複数の債権を滞納する者を１人として数えた実人数である。", size=9)

# ================================================================= page 4: 別表1 (horizontal rules only)
page_break()
P = 4
para("別表１　主要債権の収納状況（令和7年9月末現在）", bold=True, gothic=True, size=11)
para("（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "差"]
rows = []
tot = {"current": [0, 0, 0, 0], "arrears": [0, 0, 0, 0]}
for debt, short, cur, arr in T1:
    for seg, lab, v in (("current", "現年", cur), ("arrears", "滞繰", arr)):
        for k in range(4):
            tot[seg][k] += v[k]
        rows.append((debt, short, seg, lab, v))
for seg, lab in (("current", "現年"), ("arrears", "滞繰")):
    rows.append((None, "合計", seg, lab, tuple(tot[seg])))
rows.append((None, "合計", "total", "計", tuple(tot["current"][k] + tot["arrears"][k] for k in range(4))))

tbl = doc.add_table(rows=2 + len(rows), cols=9)
table_borders_none(tbl)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [2.5, 1.1, 2.1, 2.0, 1.4, 2.1, 2.0, 1.4, 1.4]
tbl.autofit = False
grid = tbl._tbl.tblGrid
for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[i] * 567)))
for i, w in enumerate(widths):
    for r in tbl.rows:
        r.cells[i].width = Cm(w)
# header row 1: 前年度 / 本年度 group headings
h0 = tbl.rows[0].cells
h0[0].merge(tbl.rows[1].cells[0])
h0[1].merge(tbl.rows[1].cells[1])
h0[8].merge(tbl.rows[1].cells[8])
a = h0[2].merge(h0[4])
b = h0[5].merge(h0[7])
cell_text(tbl.cell(0, 0), "債権名", bold=True, gothic=True)
cell_text(tbl.cell(0, 1), "区分", bold=True, gothic=True)
cell_text(a, "前年度（9月末）", bold=True, gothic=True)
cell_text(b, "本年度（9月末）", bold=True, gothic=True)
cell_text(tbl.cell(0, 8), "差", bold=True, gothic=True)
for i in range(2, 8):
    cell_text(tbl.cell(1, i), hdr[i], bold=True, gothic=True)
for ci in range(9):
    cell_border(tbl.cell(0, ci), top=12)
    cell_border(tbl.cell(1, ci), bottom=8)
cell_border(tbl.cell(0, 0), top=12, bottom=8)
cell_border(tbl.cell(0, 1), top=12, bottom=8)
cell_border(tbl.cell(0, 8), top=12, bottom=8)

r_i = 2
prev_debt = object()
for debt, short, seg, lab, v in rows:
    pa, pc, na, nc = v
    pr, nr = rate(pc, pa), rate(nc, na)
    diff = round(nr - pr, 2)
    cells = tbl.rows[r_i].cells
    cell_text(cells[0], short if short != (prev_debt) else "", align=WD_ALIGN_PARAGRAPH.LEFT)
    prev_debt = short
    cell_text(cells[1], lab)
    vals = [c(pa), c(pc), f"{pr:.2f}", c(na), c(nc), f"{nr:.2f}", trif(diff)]
    for k, s in enumerate(vals):
        cell_text(cells[2 + k], s, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if r_i == 1 + len(rows):
        for ci in range(9):
            cell_border(tbl.cell(r_i, ci), bottom=12)
    # facts
    fy_raw_p, fy_raw_n = "前年度（9月末）", "本年度（9月末）"
    for fy, fr, asof, a_, c_, r_ in ((2024, fy_raw_p, AS_PREV, pa, pc, pr), (2025, fy_raw_n, AS_NOW, na, nc, nr)):
        g.fact(P, debt, short, fy, fr, seg, "assessed", "interim", a_ * 1000, "yen", c(a_), as_of=asof)
        g.fact(P, debt, short, fy, fr, seg, "collected", "interim", c_ * 1000, "yen", c(c_), as_of=asof)
        g.fact(P, debt, short, fy, fr, seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=asof)
    g.fact(P, debt, short, 2025, "差", seg, "difference", "interim", diff, "points", trif(diff), as_of=AS_NOW)
    r_i += 1
# merge debt labels vertically (two rows per debt)
for k in range(len(T1)):
    top = 2 + 2 * k
    m = tbl.cell(top, 0).merge(tbl.cell(top + 1, 0))
    cell_text(m, T1[k][1], align=WD_ALIGN_PARAGRAPH.LEFT)
mt = tbl.cell(2 + 2 * len(T1), 0).merge(tbl.cell(4 + 2 * len(T1), 0))
cell_text(mt, "合計", align=WD_ALIGN_PARAGRAPH.LEFT)
for ci in range(9):
    cell_border(tbl.cell(2 + 2 * len(T1), ci), top=6)
for ci in range(9):
    cell_border(tbl.cell(1 + len(rows), ci), bottom=12)

para("", after=2)
para("注１　収納率＝収入済額÷調定額×100。差は本年度の収納率から前年度の収納率を差し引いたもの（△は減）。", size=8.5)
para("注２　略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、"
     "住宅使用料：市営住宅使用料、給食費：学校給食費", size=8.5)

# ================================================================= page 5: 別表2 (tab stops, no rules)
page_break()
P = 5
para("別表２　令和6年度決算における収入未済額の状況", bold=True, gothic=True, size=11)
para("（単位：千円、人）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=4)


def tab_line(parts, bold=False, size=9.5):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    ts = pf.tab_stops
    ts.add_tab_stop(Cm(4.2), WD_TAB_ALIGNMENT.RIGHT)
    ts.add_tab_stop(Cm(6.1), WD_TAB_ALIGNMENT.RIGHT)
    ts.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.RIGHT)
    ts.add_tab_stop(Cm(9.6), WD_TAB_ALIGNMENT.RIGHT)
    ts.add_tab_stop(Cm(11.1), WD_TAB_ALIGNMENT.RIGHT)
    ts.add_tab_stop(Cm(11.7), WD_TAB_ALIGNMENT.LEFT)
    pf.space_after = Pt(3)
    run(p, "\t".join(parts), bold=bold, size=size, gothic=bold)
    return p


tab_line(["債権名", "R5決算", "R6決算", "増減", "滞納者数", "差押件数", "備考"], bold=True)
s5 = s6 = sp = 0
for debt, short, o5, o6, pers, seiz, note in T2:
    s5 += o5
    s6 += o6
    sp += pers
    notes = f"うち滞納繰越分 {c(note)}千円" if note else ""
    tab_line([short, c(o5), c(o6), tri(o6 - o5), c(pers), c(seiz) if seiz else "－", notes])
    g.fact(P, debt, short, 2023, "R5決算", "total", "outstanding", "actual", o5 * 1000, "yen", c(o5))
    g.fact(P, debt, short, 2024, "R6決算", "total", "outstanding", "actual", o6 * 1000, "yen", c(o6))
    g.fact(P, debt, short, 2024, "R6決算", "total", "difference", "actual", (o6 - o5) * 1000, "yen", tri(o6 - o5))
    g.fact(P, debt, short, 2024, "R6決算", "total", "delinquents", "actual", pers, "persons", c(pers))
    if note:
        g.fact(P, debt, short, 2024, "R6決算", "arrears", "outstanding", "actual", note * 1000, "yen",
               f"{c(note)}千円")
tab_line(["合計", c(s5), c(s6), tri(s6 - s5), c(sp), "", ""], bold=True)
g.fact(P, None, "合計", 2023, "R5決算", "total", "outstanding", "actual", s5 * 1000, "yen", c(s5))
g.fact(P, None, "合計", 2024, "R6決算", "total", "outstanding", "actual", s6 * 1000, "yen", c(s6))
g.fact(P, None, "合計", 2024, "R6決算", "total", "difference", "actual", (s6 - s5) * 1000, "yen", tri(s6 - s5))
g.fact(P, None, "合計", 2024, "R6決算", "total", "delinquents", "actual", sp, "persons", c(sp))
para("", after=4)
cur_part = T2[0][3] - T2[0][6]
para(f"※　市税の収入未済額のうち現年課税分 {c(cur_part)}千円（R6）", size=9)
g.fact(P, "市税", "市税", 2024, "R6", "current", "outstanding", "actual", cur_part * 1000, "yen", f"{c(cur_part)}千円")
para("※　滞納者数は債権ごとの人数であり、合計は延べ人数である。差押件数は令和6年度中に執行した件数。", size=9)
para("※　△は減少を示す。", size=9)

# ---------------------------------------------------------------- minutes object
attendees = [{"role": "委員長", "title": "副市長", "name": None}]
attendees += [{"role": "委員", "title": t, "name": None} for t in MEMBERS]
attendees += [{"role": "事務局", "title": t, "name": None} for t in SECR]
g.minutes = {"title": TITLE, "meeting_number": 2, "date": SENT, "method": "書面開催",
             "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
             "statements": statements}

# ---------------------------------------------------------------- build
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
gp = g.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
