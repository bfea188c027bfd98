#!/usr/bin/env python3
"""ma_okinoshima_minutes_1: 令和６年度第２回 隠岐の島町債権管理委員会 会議録（書面開催）, kind minutes.

python-docx -> LibreOffice (soffice --headless --convert-to pdf). All figures are invented.
Run from corpus/dev50:  python3 build/ma_okinoshima_minutes_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from ma_common import PDF_DIR, WORK, Gold, check, fmt, oku_man, rate, zen  # noqa: E402

STEM = "ma_okinoshima_minutes_1"
TOWN = "隠岐の島町"
g = Gold(STEM)
AS24, AS23 = "2024-09-30", "2023-09-30"

# ------------------------------------------------------------------ data ----------------
# key: printed full name, short name (tables), canonical debt
NAMES = {
    "tax": ("町税", "町税", "町税"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料"),
    "kaigo": ("介護保険料", "介護料", "介護保険料"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料"),
    "hoiku": ("保育料", "保育料", "保育所保育料"),
    "jutaku": ("町営住宅使用料", "住宅使用料", "町営住宅使用料"),
    "suido": ("水道料金", "水道料金", "水道料金"),
}
ORDER = list(NAMES)
# 現年度分, 9月末 (千円): (調定額 本年度, 収納率 本年度, 調定額 前年度, 収納率 前年度)
CUR = {
    "tax": (1683412, 56.82, 1671905, 56.37), "kokuho": (412336, 38.15, 425118, 37.62),
    "kaigo": (398774, 55.88, 396201, 55.51), "kouki": (198440, 58.31, 193625, 58.08),
    "hoiku": (10668, 93.12, 11437, 92.35), "jutaku": (49325, 92.84, 49656, 92.12),
    "suido": (156252, 94.91, 154938, 94.66),
}
C24, C23 = {}, {}
for k, (a1, r1, a0, r0) in CUR.items():
    C24[k] = (a1, round(a1 * r1 / 100))
    C23[k] = (a0, round(a0 * r0 / 100))
# 決算の推移 (千円): current assessed 2019..2024 (2024 = 決算見込), current rate, arrears rate, write-off share,
# outstanding at the end of 2018. 滞納繰越分の調定額 = 前年度末の収入未済額.
MODEL = {
    "tax": ([1702330, 1688415, 1671206, 1679874, 1690552, 1695800], [98.90, 98.85, 99.02, 99.10, 99.18, 99.22],
            [24.0, 22.5, 26.8, 28.2, 29.6, 30.5], 6.5, 96300),
    "kokuho": ([468220, 461905, 452310, 440128, 428774, 418000], [93.80, 94.00, 94.30, 94.60, 94.90, 95.10],
               [18.0, 17.6, 19.2, 20.5, 21.6, 22.5], 10.0, 72400),
    "kaigo": ([389120, 392440, 395118, 397602, 399874, 401500], [98.80, 98.85, 98.90, 98.95, 99.00, 99.05],
              [18.0, 18.6, 19.5, 20.2, 21.0, 21.8], 12.0, 9200),
    "kouki": ([176440, 180225, 184902, 189336, 194118, 198900], [99.55, 99.60, 99.62, 99.65, 99.68, 99.70],
              [30.2, 31.0, 32.4, 33.1, 34.0, 35.0], 6.0, 2300),
    "hoiku": ([34520, 24118, 23406, 22890, 22104, 21300], [97.20, 97.60, 97.95, 98.10, 98.35, 98.50],
              [10.2, 11.0, 11.8, 12.1, 12.9, 13.5], 4.0, 7400),
    "jutaku": ([101880, 100942, 99835, 99120, 98806, 98600], [96.20, 96.40, 96.60, 96.80, 97.00, 97.10],
               [12.5, 13.0, 14.2, 15.0, 15.8, 16.5], 4.0, 24100),
    "suido": ([318406, 315220, 312874, 311003, 309651, 310400], [98.20, 98.35, 98.45, 98.55, 98.62, 98.70],
              [42.0, 43.5, 44.2, 45.0, 46.3, 47.0], 2.5, 9800),
}
HYEARS = [2019, 2020, 2021, 2022, 2023, 2024]
HIST = {}   # HIST[k][i] = dict(ta, tc, to) in 千円
for k, (ca_l, cr_l, ar_l, wo, out) in MODEL.items():
    HIST[k] = []
    for i, y in enumerate(HYEARS):
        ca, aa = ca_l[i], out
        cc, ac, w = round(ca * cr_l[i] / 100), round(aa * ar_l[i] / 100), round(aa * wo / 100)
        out = ca - cc + aa - ac - w
        HIST[k].append(dict(ta=ca + aa, tc=cc + ac, to=out, w=w))
HTOT = [{f: sum(HIST[k][i][f] for k in ORDER) for f in ("ta", "tc", "to", "w")} for i in range(len(HYEARS))]
TAIL = {"tax": 356, "kokuho": 118, "kaigo": 440, "kouki": 220, "hoiku": 900, "jutaku": 615, "suido": 333}

# 滞納繰越分, 9月末 (円): 調定額 (= 令和5年度末の収入未済額), 収納率 本年度, 収納率 前年度, 滞納者数, unit, 差押件数, 備考
ARR = {
    "tax": (None, 21.38, 19.27, 612, "persons", "41", ("不納欠損額 ", 1236400)),
    "kokuho": (None, 14.62, 13.95, 286, "households", "12", ("不納欠損額 ", 842150)),
    "kaigo": (None, 12.48, 11.90, 142, "persons", "－", None),
    "kouki": (None, 30.15, 28.72, 38, "persons", "－", None),
    "hoiku": (None, 9.86, 10.42, 21, "persons", "－", None),
    "jutaku": (None, 11.27, 10.88, 27, "persons", "－", "訴訟係属中 ２件"),
    "suido": (None, 38.41, 36.95, 118, "persons", "－", "給水停止 ９件"),
}
for k in ORDER:
    ARR[k] = (HIST[k][4]["to"] * 1000 + TAIL[k],) + ARR[k][1:]
A24 = {k: (v[0], round(v[0] * v[1] / 100)) for k, v in ARR.items()}


def hrate(x):
    return rate(x["tc"], x["ta"])


def m1(v):   # 千円 -> 百万円 with one decimal, as printed
    return round(v / 1000, 1)


# ------------------------------------------------------------------ docx helpers ---------
MIN, GOT = "IPAexMincho", "IPAexGothic"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.4

# page numbers in the footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fld(par, instr):
    r = par.add_run()
    a = OxmlElement("w:fldChar")
    a.set(qn("w:fldCharType"), "begin")
    r._r.append(a)
    r2 = par.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r2._r.append(t)
    r3 = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "end")
    r3._r.append(b)


fp.add_run("－ ")
_fld(fp, "PAGE")
fp.add_run(" －")


def run_font(run, font=MIN, size=None, bold=False):
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def P(text="", font=MIN, size=11, align=None, left=0.0, first=0.0, after=0.0, before=0.0, bold=False):
    p = doc.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.left_indent = Mm(left)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align:
        p.alignment = align
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def cell_text(cell, text, align="l", size=8.0, font=GOT, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
        run_font(p.add_run(ln), font, size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def new_table(nrows, ncols, widths_mm):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
    for row in t.rows:
        row.height = Mm(6)
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    return t


HEADFILL = "DDE3EA"

# ------------------------------------------------------------------ page 1 ----------------
TITLE = "令和６年度第２回隠岐の島町債権管理委員会 会議録"
P(TITLE, GOT, 14, WD_ALIGN_PARAGRAPH.CENTER, after=18)
P("１　開催方法", GOT, 11.5, after=4)
P("令和６年度第２回隠岐の島町債権管理委員会は、委員の日程の調整が困難であったことから書面開催とし、"
  "令和６年１１月８日付けで各委員に資料を送付して、同月２０日までに意見及び質問を電子メールにより事務局へ提出する形式で実施した。",
  left=4, first=4, after=10)
P("２　出席者（委員８名、事務局３名）", GOT, 11.5, after=4)
ATT = [("委員長", ["副町長"]),
       ("委員", ["総務課長", "財政課長", "町民課長", "健康・福祉課長", "子ども・若者支援課長", "建設課長", "上下水道課長"]),
       ("事務局", ["税務課長", "税務課長補佐", "税務課債権管理係長"])]
for role, titles in ATT:
    P(f"{role}：{'、'.join(titles)}", left=4, after=2)
P("", after=6)
g.minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2024-11-08", "method": "書面開催",
    "attendees": [{"role": r, "title": t, "name": None} for r, ts in ATT for t in ts],
    "agenda": [], "materials": [], "statements": [],
}
P("３　議　題", GOT, 11.5, after=4)
AGENDA = ["令和６年度上半期（９月末）における主要債権の収納状況について",
          "令和６年度滞納整理強化月間（１２月）の実施について",
          "私債権の放棄について"]
for i, a in enumerate(AGENDA):
    P(f"（{zen(i + 1)}）{a}", left=4, after=2)
    g.minutes["agenda"].append(a)
P("", after=6)
P("４　資　料", GOT, 11.5, after=4)
MATS = ["資料１　主要債権の収納状況（令和６年９月末現在）",
        "資料２　令和６年度滞納整理強化月間実施要領（案）",
        "資料３　私債権の放棄に係る審議資料"]
for m in MATS:
    P(m, left=4, after=2)
    g.minutes["materials"].append(m.split("　", 1)[1])
P("別表１～３　主要債権の収納状況等（本会議録の末尾に添付）", left=4, after=2)
P("", after=6)
P("５　書面による回答の状況", GOT, 11.5, after=4)
P("回答期限：令和６年１１月２０日（水）", left=4, after=2)
P("回答者　：委員８名（全員）", left=4, after=2)
P("", after=6)
P("６　結　果", GOT, 11.5, after=4)
P("議題（１）及び（２）は資料のとおり了承された。議題（３）は、委員の意見を踏まえ、放棄の対象とする債権を確定のうえ、"
  "町長に報告することとされた。各委員から提出された意見及び質問並びにこれに対する回答の要旨は、次ページ以降のとおりである。",
  left=4, first=4, after=4)
page_break()

# ------------------------------------------------------------------ statements -----------
PAGE = [2]          # current page while writing statements (explicit breaks below)
SECTION = [""]


def stmt(speaker, paragraphs, facts=()):
    """Print ○speaker and its paragraphs; register the statement and the facts in it."""
    P("○" + speaker, GOT, 11, after=1, before=5)
    for t in paragraphs:
        P(t, left=4, first=4, after=1)
    g.minutes["statements"].append({"speaker": speaker, "section": SECTION[0], "text": "\n".join(paragraphs),
                                    "page": PAGE[0]})
    for raw, value, unit, metric, kw in facts:
        assert any(raw in t for t in paragraphs), raw
        g.fact(PAGE[0], raw, value, unit, metric, **kw)


def K(k, fy, fy_raw, seg="total", basis="interim", as_of=None, **extra):
    full, short, dn = NAMES[k]
    d = dict(debt=dn, debt_raw=full, fy=fy, fy_raw=fy_raw, segment=seg, basis=basis, as_of=as_of)
    d.update(extra)
    return d


P("７　意見及び質問並びに回答", GOT, 11.5, after=4)
SECTION[0] = "所管する債権の状況について（書面による報告）"
P("（１）所管する債権の状況について（書面による報告）", GOT, 11, left=2, after=2)

# 町税
r_c24, r_c23 = rate(C24["tax"][1], C24["tax"][0]), rate(C23["tax"][1], C23["tax"][0])
d_c = round(r_c24 - r_c23, 2)
a_r24, a_r23 = ARR["tax"][1], ARR["tax"][2]
o23 = ARR["tax"][0]
s_o23, v_o23 = oku_man(o23, 100_000)
s_d, v_d = oku_man(round(m1(HIST["tax"][4]["to"]) - m1(HIST["tax"][3]["to"]), 1) * 1e6, 100_000)
t1 = zen(f"{r_c24:.2f}％")
t2 = zen(f"{d_c:.2f}ポイント")
t3 = zen(f"{a_r24:.1f}％")
t4 = zen(f"{a_r24 - a_r23:.1f}ポイント")
stmt("税務課長", [
    f"「町税」の９月末現在の収納率は、現年課税分が{t1}で、前年同期と比べ{t2}上昇した。滞納繰越分は{t3}で、"
    f"前年同期を{t4}上回っている。",
    f"令和５年度決算の収入未済額は{s_o23}で、前年度から{s_d}減少した。高額滞納者への預貯金・給与の差押えを優先して進めた"
    "ことによるものと考えている。今年度は、滞納整理強化月間を１２月に設定し、全庁で催告と臨戸訪問を集中して実施する。",
    f"なお、令和６年度の町税の決算見込の収納率は{hrate(HIST['tax'][5]):.2f}％と、前年度の決算を上回る見込みである。"
    "インターネット公売の活用や、島外に転出した滞納者の財産調査についても、引き続き取り組んでいく。"],
    [(t1, r_c24, "percent", "collection_rate", K("tax", 2024, "９月末現在", "current", as_of=AS24)),
     (t2, d_c, "points", "difference", K("tax", 2024, "９月末現在", "current", as_of=AS24)),
     (t3, round(a_r24, 1), "percent", "collection_rate", K("tax", 2024, "９月末現在", "arrears", as_of=AS24)),
     (t4, round(a_r24 - a_r23, 1), "points", "difference", K("tax", 2024, "９月末現在", "arrears", as_of=AS24)),
     (s_o23, v_o23, "yen", "outstanding", K("tax", 2023, "令和５年度", basis="actual", approx=True)),
     (s_d, v_d, "yen", "difference", K("tax", 2023, "令和５年度", basis="actual", approx=True)),
     (f"{hrate(HIST['tax'][5]):.2f}％", hrate(HIST["tax"][5]), "percent", "collection_rate",
      K("tax", 2024, "令和６年度", basis="estimate"))])

# 国保税・後期
k24, k23 = rate(C24["kokuho"][1], C24["kokuho"][0]), rate(C23["kokuho"][1], C23["kokuho"][0])
ko, kov = oku_man(ARR["kokuho"][0], 100_000)
n_h = ARR["kokuho"][3]
stmt("町民課長", [
    f"「国民健康保険税」の現年課税分の収納率は{k24:.2f}％で、前年同期（{k23:.2f}％）を上回った。"
    f"令和５年度決算の収入未済額は{ko}で、滞納世帯数は９月末現在で{n_h}世帯となっている。"
    "短期被保険者証の更新の機会をとらえて納付相談を行い、分納誓約の履行を確認している。",
    f"「後期高齢者医療保険料」は、令和５年度決算の収納率が{hrate(HIST['kouki'][4]):.2f}％と高い水準を維持している。"],
    [(f"{k24:.2f}％", k24, "percent", "collection_rate", K("kokuho", 2024, "９月末現在", "current", as_of=AS24)),
     (f"{k23:.2f}％", k23, "percent", "collection_rate", K("kokuho", 2023, "前年同期", "current", as_of=AS23)),
     (ko, kov, "yen", "outstanding", K("kokuho", 2023, "令和５年度", basis="actual", approx=True)),
     (f"{n_h}世帯", n_h, "households", "delinquents", K("kokuho", 2024, "９月末現在", "total", as_of=AS24)),
     (f"{hrate(HIST['kouki'][4]):.2f}％", hrate(HIST["kouki"][4]), "percent", "collection_rate",
      K("kouki", 2023, "令和５年度", basis="actual"))])

# 介護
kg = ARR["kaigo"][0]
s_kg, v_kg = oku_man(kg, 100_000)
stmt("健康・福祉課長", [
    f"「介護保険料」は、年金からの特別徴収の対象とならない普通徴収の被保険者に未納が集中している。滞納繰越分の調定額は{s_kg}で、"
    "保険給付の制限を受ける前に納付相談につなげるよう、ケアマネジャーとも連携して対応している。",
    f"９月末現在の滞納者数は{ARR['kaigo'][3]}人で、その多くが少額の滞納である。時効の完成が近い債権については、"
    "財産調査の結果を踏まえて差押え又は執行停止を判断する。"],
    [(s_kg, v_kg, "yen", "assessed", K("kaigo", 2024, "令和６年度", "arrears", as_of=AS24, approx=True)),
     (f"{ARR['kaigo'][3]}人", ARR["kaigo"][3], "persons", "delinquents",
      K("kaigo", 2024, "９月末現在", "total", as_of=AS24))])

# 保育料
h24, h23 = ARR["hoiku"][1], ARR["hoiku"][2]
hc24 = rate(C24["hoiku"][1], C24["hoiku"][0])
hd = round(h24 - h23, 2)
stmt("子ども・若者支援課長", [
    f"「保育料」の現年度分の収納率は{hc24:.2f}％で、口座振替の利用により安定している。一方、滞納繰越分の収納率は{h24:.2f}％で、"
    f"前年同期から{abs(hd):.2f}ポイント低下した。卒園児の保護者への催告を強化する。"],
    [(f"{hc24:.2f}％", hc24, "percent", "collection_rate", K("hoiku", 2024, "９月末現在", "current", as_of=AS24)),
     (f"{h24:.2f}％", h24, "percent", "collection_rate", K("hoiku", 2024, "９月末現在", "arrears", as_of=AS24)),
     (f"{abs(hd):.2f}ポイント", hd, "points", "difference", K("hoiku", 2024, "９月末現在", "arrears", as_of=AS24))])

# 住宅
jc = rate(C24["jutaku"][1], C24["jutaku"][0])
s_j, v_j = oku_man(ARR["jutaku"][0], 100_000)
stmt("建設課長", [
    f"「町営住宅使用料」の現年度分の収納率は{jc:.2f}％である。令和５年度末の収入未済額は{s_j}で、その多くは退去者の滞納分である。"
    "長期滞納者２件について訴訟を提起しており、判決後は強制執行を含めて対応する。"],
    [(f"{jc:.2f}％", jc, "percent", "collection_rate", K("jutaku", 2024, "９月末現在", "current", as_of=AS24)),
     (s_j, v_j, "yen", "outstanding", K("jutaku", 2023, "令和５年度", basis="actual", approx=True))])

# 水道
sc = rate(C24["suido"][1], C24["suido"][0])
stmt("上下水道課長", [
    f"「水道料金」の現年度分の収納率は{sc:.2f}％である。給水停止予告後も納付のない使用者に対しては、９月末までに９件の給水停止を執行した。",
    f"滞納繰越分の収納率は{ARR['suido'][1]:.2f}％で、前年同期（{ARR['suido'][2]:.2f}％）を上回っている。"
    "検針時に未納のお知らせを手渡す取組を、今年度から全地区に広げている。"],
    [(f"{sc:.2f}％", sc, "percent", "collection_rate", K("suido", 2024, "９月末現在", "current", as_of=AS24)),
     (f"{ARR['suido'][1]:.2f}％", ARR["suido"][1], "percent", "collection_rate",
      K("suido", 2024, "９月末現在", "arrears", as_of=AS24)),
     (f"{ARR['suido'][2]:.2f}％", ARR["suido"][2], "percent", "collection_rate",
      K("suido", 2023, "前年同期", "arrears", as_of=AS23))])

page_break()
PAGE[0] = 3
SECTION[0] = "委員からの質問及び回答"
P("（２）委員からの質問及び回答", GOT, 11, left=2, after=2, before=0)
ka24, ka23 = ARR["kokuho"][1], ARR["kokuho"][2]
kd = round(ka24 - ka23, 2)
stmt("財政課長", ["国民健康保険税の滞納繰越分について、収納率の改善の状況と、強化月間での具体的な目標を伺いたい。"])
stmt("町民課長", [
    f"滞納繰越分の収納率は９月末現在で{ka24:.2f}％となり、前年同期と比べ{kd:.2f}ポイント改善した。強化月間では、"
    "滞納世帯の全件について財産調査を終えることを目標とし、税務課と合同で差押えを実施する。"],
    [(f"{ka24:.2f}％", ka24, "percent", "collection_rate", K("kokuho", 2024, "９月末現在", "arrears", as_of=AS24)),
     (f"{kd:.2f}ポイント", kd, "points", "difference", K("kokuho", 2024, "９月末現在", "arrears", as_of=AS24))])
stmt("総務課長", ["町営住宅使用料の収入未済額の多くが退去者の分とのことだが、連帯保証人への請求はどこまで行っているか。"])
stmt("建設課長", ["退去者の滞納分については、全件について連帯保証人に請求書を送付している。連帯保証人が死亡している事案は、"
                  "相続人の調査を行ったうえで、回収の見込みがないものは私債権の放棄の対象として整理していく。"])
stmt("総務課長", ["私債権の放棄に当たっては、債務者の生活状況の確認の記録を残し、放棄の理由を町民に説明できるようにしておく必要がある。"])
stmt("税務課長", ["債権管理条例施行規則の様式により、調査の経過と放棄の理由を記録することとしている。今回の審議資料にも、"
                  "債権ごとに調査の経過を記載している。"])

SECTION[0] = "委員長の総括"
P("（３）委員長の総括", GOT, 11, left=2, after=2, before=8)
stmt("委員長", [
    "主要債権の収入未済額は着実に減少しているが、国民健康保険税と町営住宅使用料には引き続き課題がある。"
    "強化月間を機に、各課が連携して滞納の早期解消に取り組んでいただきたい。私債権の放棄については、"
    "本日の意見を反映した上で手続を進めること。"])
P("以　上", align=WD_ALIGN_PARAGRAPH.RIGHT, before=12)
page_break()

# ------------------------------------------------------------------ 別表１・２ (page 4) --------
pg = 4
P("別表１　主要債権の収納状況（現年度分・令和６年９月末現在）", GOT, 10, after=2)
cols = ORDER
t = new_table(8, 2 + len(cols), [11, 28] + [18.7] * len(cols))
t.cell(0, 0).merge(t.cell(0, 1))
cell_text(t.cell(0, 0), "区分", "c", fill=HEADFILL)
for j, k in enumerate(cols):
    cell_text(t.cell(0, 2 + j), NAMES[k][1], "c", fill=HEADFILL)
blocks = [("本年度", C24, 2024, AS24), ("前年度", C23, 2023, AS23)]
r = 1
for lab, X, fy, asof in blocks:
    t.cell(r, 0).merge(t.cell(r + 2, 0))
    cell_text(t.cell(r, 0), lab, "c", fill="F2F2F2")
    for mi, (mlab, metric) in enumerate((("調定額（千円）", "assessed"), ("収入済額（千円）", "collected"),
                                         ("収納率（％）", "collection_rate"))):
        cell_text(t.cell(r + mi, 1), mlab, "l")
        for j, k in enumerate(cols):
            a, c = X[k]
            kw = dict(debt=NAMES[k][2], debt_raw=NAMES[k][1], fy=fy, fy_raw=lab, segment="current", basis="interim",
                      as_of=asof)
            if metric == "collection_rate":
                v = rate(c, a)
                raw = g.fact(pg, f"{v:.2f}", v, "percent", metric, **kw)
            else:
                v = a if metric == "assessed" else c
                raw = g.fact(pg, fmt(v), v * 1000, "yen", metric, **kw)
            cell_text(t.cell(r + mi, 2 + j), raw, "r")
    r += 3
t.cell(7, 0).merge(t.cell(7, 1))
cell_text(t.cell(7, 0), "収納率の差（ポイント）", "l")
for j, k in enumerate(cols):
    d = round(rate(C24[k][1], C24[k][0]) - rate(C23[k][1], C23[k][0]), 2)
    raw = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    g.fact(pg, raw, d, "points", "difference", debt=NAMES[k][2], debt_raw=NAMES[k][1], fy=2024, fy_raw="本年度",
           segment="current", basis="interim", as_of=AS24)
    cell_text(t.cell(7, 2 + j), raw, "r")
P("※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝町営住宅使用料", size=8, after=10)

P("別表２　滞納繰越分の状況（令和６年９月末現在）", GOT, 10, after=2)
t = new_table(1 + len(ORDER), 7, [20, 26, 25, 27, 17, 14, 41])
for j, h in enumerate(["債権名", "調定額（円）", "収入済額（円）", "収納率（％）\n本年度（前年度）", "滞納者数\n（人）※1",
                       "差押件数\n（件）", "備考"]):
    cell_text(t.cell(0, j), h, "c", fill=HEADFILL)
for i, k in enumerate(ORDER):
    full, short, dn = NAMES[k]
    a, c = A24[k]
    _, r24, r23, n, unit, sz, note = ARR[k]
    kw = dict(debt=dn, debt_raw=short, fy=2024, fy_raw="令和６年９月末", segment="arrears", basis="interim", as_of=AS24)
    cell_text(t.cell(1 + i, 0), short, "l")
    cell_text(t.cell(1 + i, 1), g.fact(pg, fmt(a), a, "yen", "assessed", **kw), "r")
    cell_text(t.cell(1 + i, 2), g.fact(pg, fmt(c), c, "yen", "collected", **kw), "r")
    assert rate(c, a) == r24, (k, rate(c, a), r24)
    s1 = g.fact(pg, f"{r24:.2f}", r24, "percent", "collection_rate", **kw)
    kw23 = dict(kw, fy=2023, fy_raw="前年度", as_of=AS23)
    s2 = g.fact(pg, f"{r23:.2f}", r23, "percent", "collection_rate", **kw23)
    cell_text(t.cell(1 + i, 3), f"{s1}（{s2}）", "r")
    s3 = g.fact(pg, fmt(n), n, unit, "delinquents", **kw)
    cell_text(t.cell(1 + i, 4), s3, "r")
    cell_text(t.cell(1 + i, 5), sz, "r" if sz != "－" else "c")
    if isinstance(note, tuple):
        raw = fmt(note[1]) + "円"
        g.fact(pg, raw, note[1], "yen", "written_off", **kw)
        cell_text(t.cell(1 + i, 6), note[0] + raw, "l", size=7.4)
    else:
        cell_text(t.cell(1 + i, 6), note or "", "l", size=7.4)
P("※1 国保税は滞納世帯数（世帯）を記載している。", size=8)
P("※2 滞納繰越分の調定額は、令和５年度末の収入未済額を繰り越したものである。備考欄の不納欠損額は、９月末までに処理したもの。", size=8)

# ------------------------------------------------------------------ 別表３ split (pages 5-6) ----
YL = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度", "令和６年度\n（見込）"]


def hist_table(pg, idxs, caption):
    P(caption, GOT, 10, after=2)
    P("（単位：百万円、％）", GOT, 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    n = len(idxs)
    MET = [("調定額", "assessed", "ta"), ("収入済額", "collected", "tc"), ("収入未済額", "outstanding", "to"),
           ("収納率", "collection_rate", None)]
    t = new_table(2 + len(ORDER) + 1, 1 + 4 * n, [27] + [230 / (4 * n)] * (4 * n))
    t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(t.cell(0, 0), "債権名", "c", fill=HEADFILL)
    for j, i in enumerate(idxs):
        t.cell(0, 1 + 4 * j).merge(t.cell(0, 4 + 4 * j))
        cell_text(t.cell(0, 1 + 4 * j), YL[i].replace("\n", ""), "c", fill=HEADFILL)
        for mi, (ml, _, _) in enumerate(MET):
            cell_text(t.cell(1, 1 + 4 * j + mi), ml, "c", fill=HEADFILL)
    for ri, k in enumerate(ORDER + ["total"]):
        row = 2 + ri
        if k == "total":
            label, dn, draw = "合計", None, "合計"
        else:
            label, dn, draw = NAMES[k][1], NAMES[k][2], NAMES[k][1]
        fill = "EFE8D8" if k == "total" else None
        cell_text(t.cell(row, 0), label, "l", fill=fill)
        for j, i in enumerate(idxs):
            y = HYEARS[i]
            x = HTOT[i] if k == "total" else HIST[k][i]
            basis = "estimate" if y == 2024 else "actual"
            kw = dict(debt=dn, debt_raw=draw, fy=y, fy_raw=YL[i].replace("\n", ""), segment="total", basis=basis)
            for mi, (ml, metric, f) in enumerate(MET):
                if f:
                    v = m1(x[f])
                    raw = g.fact(pg, f"{v:,.1f}", round(v * 1e6), "yen", metric, **kw)
                else:
                    v = hrate(x)
                    raw = g.fact(pg, f"{v:.2f}", v, "percent", metric, **kw)
                cell_text(t.cell(row, 1 + 4 * j + mi), raw, "r", fill=fill)
    for row in t.rows:
        row.height = Mm(7)


ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(20)
ls.top_margin, ls.bottom_margin = Mm(16), Mm(14)
hist_table(5, [0, 1, 2], "別表３　主要債権の決算状況の推移（その１）")
P("※ 現年度分と滞納繰越分の計（決算）である。令和４年度以降は次ページに続く。", size=8, before=3)
P("※ 単位未満を四捨五入しているため、内訳の計と合計が一致しない場合がある。", size=8)
page_break()
hist_table(6, [3, 4, 5], "別表３　主要債権の決算状況の推移（その２・続き）")
P("※ 令和６年度は、９月末現在の実績を基に推計した決算見込である。", size=8, before=3)
P("※ 令和５年度の収入未済額は、別表２の滞納繰越分の調定額（令和６年度）に相当する。", size=8)

# ------------------------------------------------------------------ render ------------------
WORK.mkdir(parents=True, exist_ok=True)
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copyfile(WORK / f"{STEM}.pdf", pdf)
g.write(pdf, kind="minutes", family="minutes", municipality=TOWN, title=TITLE, date="2024-11-08",
        date_raw="令和６年１１月８日")
probs = check(STEM)
print(f"{STEM}: {len(g.facts)} facts, {len(g.initiatives)} initiatives, {len(g.minutes['statements'])} statements; "
      f"problems: {len(probs)}")
for x in probs[:40]:
    print("  ", x)
