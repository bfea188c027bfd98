"""pe_nagaokakyo_minutes_1: 令和5年度第3回長岡京市債権管理対策会議 会議録（要旨）
python-docx -> LibreOffice (soffice --headless --convert-to pdf).

Run from corpus/dev57:  python3 build/pe_nagaokakyo_minutes_1.py
Pages are fixed by explicit page / section breaks; the check at the end confirms each raw is on its page.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from pe_common import Gold, check, sgn  # noqa: E402

STEM = "pe_nagaokakyo_minutes_1"
CITY = "長岡京市"
TITLE = "令和5年度第3回長岡京市債権管理対策会議 会議録（要旨）"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2024-03-08", "令和6年3月8日")

NOW, PREV = ("2024-02-29", 2023), ("2023-02-28", 2022)  # 今期 / 前年同期 (Feb end; 2024 is a leap year)
# debt: canonical, short, full ; per period per segment (assessed 千円, collected 千円)
DEBTS = [("市税", "市税", "市税"), ("国民健康保険料", "国保料", "国民健康保険料"), ("介護保険料", "介護料", "介護保険料"),
         ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料"), ("保育所保育料", "保育料", "保育所保育料"),
         ("市営住宅使用料", "住宅使用料", "市営住宅使用料")]
DATA = {  # (cur a, cur c, arr a, arr c) for PREV, NOW  (千円)
    "市税": ((11_482_316, 11_277_852, 372_905, 93_104), (11_596_447, 11_413_723, 348_271, 91_073)),
    "国民健康保険料": ((1_904_288, 1_733_467, 468_115, 80_652), (1_872_530, 1_719_785, 441_826, 80_722)),
    "介護保険料": ((2_011_842, 1_985_105, 52_318, 8_466), (2_046_109, 2_022_487, 49_907, 8_341)),
    "後期高齢者医療保険料": ((1_106_734, 1_098_372, 9_812, 3_906), (1_152_418, 1_144_386, 9_355, 3_874)),
    "保育所保育料": ((84_216, 82_905, 21_448, 2_517), (80_937, 79_782, 19_306, 2_489)),
    "市営住宅使用料": ((96_514, 91_803, 38_216, 3_920), (94_872, 90_515, 36_544, 3_992)),
}


def seg(d, k):
    ca, cc, aa, ac = DATA[d][0 if k is PREV else 1]
    out = {"current": dict(a=ca, c=cc), "arrears": dict(a=aa, c=ac)}
    out["total"] = dict(a=ca + aa, c=cc + ac)
    for v in out.values():
        v["o"] = v["a"] - v["c"]
        v["rate"] = round(v["c"] / v["a"] * 100, 2)
    return out


def mil(k):  # 千円 -> 百万円 text, value in yen
    m = round(k / 100) / 10
    return f"{m:,.1f}", int(round(k / 100)) * 100_000


def F(page, raw, d, draw, fy, fyraw, sg, metric, basis, value, unit, **kw):
    return G.f(page, raw, debt=d, debt_raw=draw, fy=fy, fy_raw=fyraw, seg=sg, metric=metric, basis=basis,
               value=value, unit=unit, **kw)


def oku_man(k):  # 千円 -> 約X億Y万円 (rounded to 10万円 → shown to 万円 digits), value
    man = round(k / 100) * 10  # 万円, rounded to 10万
    o, m = divmod(man, 10000)
    s = (f"{o}億{m:,}万円" if m else f"{o}億円") if o else f"{m:,}万円"
    return s, man * 10_000


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
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._r.append(e)


add_page_number(sec)


def para(text="", bold=False, size=None, align=None, indent=0.0, first=0.0, gothic=False, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.first_line_indent = Mm(first)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, align="l", size=8.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        if k < len(lines) - 1:
            r.add_break()
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


# ================================================================== page 1
P = 1
para(TITLE, bold=True, size=14, align="c", gothic=True, after=10)
para("１　開催方法", gothic=True)
para("令和5年度第3回長岡京市債権管理対策会議は、年度末の繁忙期であることから書面開催とし、令和6年3月8日付けで"
     "各委員に資料を送付し、3月15日までに意見の提出を求めた。事務局は提出された意見を取りまとめ、所管部に回答を依頼した。",
     indent=4, first=4)
para("２　出席者（委員８名、事務局３名）", gothic=True)
ATT = [("委員長", "副市長")] + [("委員", t) for t in ["総務部長", "市民協働部長", "健康福祉部長", "子ども・若者部長",
                                                     "建設交通部長", "上下水道部長", "教育部長"]] + \
      [("事務局", t) for t in ["総務部次長", "債権管理課長", "債権管理課主幹"]]
para("委員長：副市長", indent=4)
para("委　員：総務部長・市民協働部長・健康福祉部長・子ども・若者部長・建設交通部長・上下水道部長・教育部長", indent=4)
para("事務局：総務部次長・債権管理課長・債権管理課主幹", indent=4)
para("３　議　題", gothic=True)
AGENDA = ["令和5年度債権管理の取組状況（2月末現在）について", "令和6年度長岡京市債権管理実施計画（案）について",
          "滞納整理強化期間の実施結果について"]
for k, a in enumerate(AGENDA, start=1):
    para(f"（{k}）{a}", indent=4)
para("４　資　料", gothic=True)
MATS = ["資料１　主要債権の収納状況（令和6年2月末現在）", "資料２　令和6年度長岡京市債権管理実施計画（案）",
        "資料３　滞納整理強化期間の実施結果"]
for m in MATS:
    para(m, indent=4)
para("５　意見及び回答", gothic=True)
para("（１）所管する債権の状況について（資料１）", indent=2)
para("ア　市税", indent=4)
statements = []


def stmt(page, speaker, section, text_lines, indent=6):
    para("○" + speaker, indent=indent)
    for t in text_lines:
        para(t, indent=indent + 4, first=4)
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(text_lines), "page": page})


t_now, t_prev = seg("市税", NOW), seg("市税", PREV)
r_c = t_now["current"]["rate"]
dp = round(r_c - t_prev["current"]["rate"], 2)
o_s, o_v = oku_man(t_now["total"]["o"])
d_s, d_v = oku_man(t_prev["total"]["o"] - t_now["total"]["o"])
sec1 = "所管する債権の状況について"
stmt(P, "総務部長", sec1, [
    f"「市税」は、2月末現在の現年度分収納率が{F(P, f'{r_c:.2f}％', '市税', '市税', 2023, '2月末現在', 'current', 'collection_rate', 'interim', r_c, 'percent', as_of=NOW[0])}で、"
    f"前年同月比{F(P, f'{dp:.2f}ポイント', '市税', '市税', 2023, '2月末現在', 'current', 'difference', 'interim', dp, 'points', as_of=NOW[0])}上昇した。"
    f"収入未済額は{F(P, '約' + o_s, '市税', '市税', 2023, '2月末現在', 'total', 'outstanding', 'interim', o_v, 'yen', approx=True, as_of=NOW[0])}で、"
    f"前年同月から{F(P, '約' + d_s + '減少', '市税', '市税', 2023, '2月末現在', 'total', 'difference', 'interim', -d_v, 'yen', approx=True, as_of=NOW[0])}した。"
    "令和二年度から続けている電子預貯金照会により財産調査の期間が短縮され、早期の差押えにつながっている。"])
page_break()

# ================================================================== page 2
P = 2
para("イ　国民健康保険料・介護保険料・後期高齢者医療保険料", indent=4)
k_now = seg("国民健康保険料", NOW)
lines = ["「国民健康保険料」は、被保険者数の減少により調定額が減少しているが、現年度分の収納率は前年同月を上回って推移している。",
         f"【収納率】令和6年2月末時点",
         f"・現年分　{F(P, '%.2f％' % k_now['current']['rate'], '国民健康保険料', '国民健康保険料', 2023, '令和6年2月末時点', 'current', 'collection_rate', 'interim', k_now['current']['rate'], 'percent', as_of=NOW[0])}",
         f"・滞納繰越分　{F(P, '%.2f％' % k_now['arrears']['rate'], '国民健康保険料', '国民健康保険料', 2023, '令和6年2月末時点', 'arrears', 'collection_rate', 'interim', k_now['arrears']['rate'], 'percent', as_of=NOW[0])}",
         "「介護保険料」及び「後期高齢者医療保険料」は特別徴収の割合が高く、普通徴収分について口座振替の勧奨を継続している。"]
stmt(P, "健康福祉部長", sec1, lines)
para("ウ　保育所保育料", indent=4)
h_now = seg("保育所保育料", NOW)["total"]["o"]
s19, v19 = oku_man(23_140)
sn, vn = oku_man(h_now)
stmt(P, "子ども・若者部長", sec1, [
    f"「保育所保育料」は、令和元年度末に{F(P, '約' + s19, '保育所保育料', '保育所保育料', 2019, '令和元年度末', 'total', 'outstanding', 'actual', v19, 'yen', approx=True)}あった収入未済額が、"
    f"今期は{F(P, '約' + sn, '保育所保育料', '保育所保育料', 2023, '今期', 'total', 'outstanding', 'interim', vn, 'yen', approx=True, as_of=NOW[0])}まで減少した。"
    "児童手当からの特別徴収の同意取得を進めた効果が大きい。"])
para("エ　市営住宅使用料", indent=4)
j = seg("市営住宅使用料", NOW)
stmt(P, "建設交通部長", sec1, [
    f"「市営住宅使用料」は、2023年度から退去者分の滞納について債権回収会社への委託を始めた。2月末の滞納繰越分収納率は"
    f"{F(P, '%.2f％' % j['arrears']['rate'], '市営住宅使用料', '市営住宅使用料', 2023, '2023年度', 'arrears', 'collection_rate', 'interim', j['arrears']['rate'], 'percent', as_of=NOW[0])}で、"
    "前年同月をやや上回った。"])
para("（２）委員からの意見及び所管部の回答", indent=2)
para("ア　国民健康保険料の滞納繰越分について", indent=4)
sec2 = "委員からの意見及び所管部の回答"
para("(ｱ)　意見", indent=6)
stmt(P, "委員長", sec2, ["国民健康保険料の滞納繰越分は依然として規模が大きい。資力のある滞納者への滞納処分をどのように進めるのか伺いたい。"], indent=8)
para("(ｲ)　回答", indent=6)
SEIZ_NOW, SEIZ_PREV = 138, 117
stmt(P, "健康福祉部長", sec2, [
    f"債権管理課と合同で財産調査を行い、今期の差押件数は{F(P, f'{SEIZ_NOW}件', '国民健康保険料', '国民健康保険料', 2023, '今期', 'total', 'seizures', 'interim', SEIZ_NOW, 'cases', as_of=NOW[0])}となった。"
    "令和6年度は滞納整理強化期間を2回設ける予定である。"], indent=8)
page_break()

# ================================================================== page 3
P = 3
para("イ　債権管理課の支援について", indent=4)
para("(ｱ)　意見", indent=6)
stmt(P, "子ども・若者部長", sec2, ["少額の債権を多数抱える所管では、催告や財産調査に十分な人員を割けない。債権管理課による支援の拡充を望む。"], indent=8)
para("(ｲ)　回答", indent=6)
stmt(P, "債権管理課長", sec2, ["令和6年度から、滞納繰越分の一部を債権管理課へ移管できる仕組みを設ける。移管の基準は実施計画（案）に示したとおりである。"], indent=8)
para("ウ　委員長総括", indent=4)
stmt(P, "委員長", "委員長総括", [
    "年度末に向けて、各所管は現年度分の徴収を徹底し、滞納繰越額の発生を抑えていただきたい。実施計画（案）は本会議の意見を踏まえて確定する。"], indent=6)
para("６　結　果", gothic=True)
para("議題（２）の令和6年度長岡京市債権管理実施計画（案）は、意見を反映したうえで原案のとおり了承された。", indent=4, first=4)
para("以　上", align="r")
# 【参考】 box as a one-cell table with label：value bullets
tn = {k: sum(seg(d[0], NOW)["total"][k] for d in DEBTS) for k in ("a", "c", "o")}
tr = round(tn["c"] / tn["a"] * 100, 2)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
box.alignment = WD_TABLE_ALIGNMENT.CENTER
c = box.rows[0].cells[0]
c.width = Mm(130)
txt = ("【参考】主要6債権の合計（令和6年2月末現在）\n"
       f"・調定額：{F(P, '{:,}千円'.format(tn['a']), None, '主要6債権の合計', 2023, '令和6年2月末現在', 'total', 'assessed', 'interim', tn['a'] * 1000, 'yen', as_of=NOW[0])}\n"
       f"・収入済額：{F(P, '{:,}千円'.format(tn['c']), None, '主要6債権の合計', 2023, '令和6年2月末現在', 'total', 'collected', 'interim', tn['c'] * 1000, 'yen', as_of=NOW[0])}\n"
       f"・収納率：{F(P, f'{tr:.2f}％', None, '主要6債権の合計', 2023, '令和6年2月末現在', 'total', 'collection_rate', 'interim', tr, 'percent', as_of=NOW[0])}\n"
       f"・収入未済額：{F(P, '{:,}千円'.format(tn['o']), None, '主要6債権の合計', 2023, '令和6年2月末現在', 'total', 'outstanding', 'interim', tn['o'] * 1000, 'yen', as_of=NOW[0])}")
cell_text(c, txt, size=9.5)

# ================================================================== page 4: landscape 別表１
P = 4
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(15)
ls.top_margin, ls.bottom_margin = Mm(15), Mm(15)
para("別表１　主要債権の収納状況（令和5年度 2月末現在・前年同期比較）", bold=True, gothic=True, size=11)
para("（単位：百万円、％）　今期＝令和6年2月末、前年同期＝令和5年2月末", size=8.5, align="r")
cols = ["債権名", "区分", "調定額※1", "", "収入済額", "", "収納率", "", "", "収入未済額"]
tbl = doc.add_table(rows=2, cols=10)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = tbl.rows[0].cells, tbl.rows[1].cells
for i, t in [(0, "債権名"), (1, "区分"), (2, "調定額※1"), (4, "収入済額"), (6, "収納率"), (9, "収入未済額")]:
    cell_text(h0[i], t, "c", 8.5, True)
for i, t in enumerate(["前年同期", "今期", "前年同期", "今期", "前年同期", "今期", "差", "今期"]):
    cell_text(h1[2 + i], t, "c", 8.5, True)
h0[2].merge(h0[3])
h0[4].merge(h0[5])
h0[6].merge(h0[8])
h0[0].merge(h1[0])
h0[1].merge(h1[1])
cell_text(tbl.rows[0].cells[0], "債権名", "c", 8.5, True)
cell_text(tbl.rows[0].cells[1], "区分", "c", 8.5, True)
for cc in list(tbl.rows[0].cells) + list(tbl.rows[1].cells):
    shade(cc)
SEGL = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]
FOOT = {}
for d, short, full in DEBTS:
    rows = [tbl.add_row().cells for _ in SEGL]
    for (sgk, lab), cells in zip(SEGL, rows):
        cell_text(cells[1], lab, "c")
        pv, nv = seg(d, PREV)[sgk], seg(d, NOW)[sgk]
        for j, (key, met) in enumerate([("a", "assessed"), ("c", "collected")]):
            for m, (per, v) in enumerate(((PREV, pv), (NOW, nv))):
                s, yv = mil(v[key])
                fr = "前年同期" if per is PREV else "今期"
                cell_text(cells[2 + j * 2 + m], F(P, s, d, short, per[1], fr, sgk, met, "interim", yv, "yen", as_of=per[0]), "r")
        cell_text(cells[6], F(P, f"{pv['rate']:.2f}", d, short, 2022, "前年同期", sgk, "collection_rate", "interim", pv["rate"], "percent", as_of=PREV[0]), "r")
        mark = "※2" if (d == "市営住宅使用料" and sgk == "total") else ""
        cell_text(cells[7], F(P, f"{nv['rate']:.2f}", d, short, 2023, "今期", sgk, "collection_rate", "interim", nv["rate"], "percent", as_of=NOW[0]) + mark, "r")
        dd = round(nv["rate"] - pv["rate"], 2)
        cell_text(cells[8], F(P, sgn(dd, 2, minus="△"), d, short, 2023, "今期", sgk, "difference", "interim", dd, "points", as_of=NOW[0]), "r")
        s, yv = mil(nv["o"])
        cell_text(cells[9], F(P, s, d, short, 2023, "今期", sgk, "outstanding", "interim", yv, "yen", as_of=NOW[0]), "r")
    top = rows[0][0].merge(rows[2][0])
    cell_text(top, short, "c", 9)
# total row
cells = tbl.add_row().cells
cell_text(cells[0], "合計", "c", 9, True)
cells[0].merge(cells[1])
cell_text(tbl.rows[-1].cells[0], "合計", "c", 9, True)
tp = {k: sum(seg(d[0], PREV)["total"][k] for d in DEBTS) for k in "aco"}
tq = {k: sum(seg(d[0], NOW)["total"][k] for d in DEBTS) for k in "aco"}
for j, (key, met) in enumerate([("a", "assessed"), ("c", "collected")]):
    for m, (per, v) in enumerate(((PREV, tp), (NOW, tq))):
        s, yv = mil(v[key])
        cell_text(cells[2 + j * 2 + m], F(P, s, None, "合計", per[1], "前年同期" if per is PREV else "今期", "total", met, "interim", yv, "yen", as_of=per[0]), "r")
rp, rq = round(tp["c"] / tp["a"] * 100, 2), round(tq["c"] / tq["a"] * 100, 2)
cell_text(cells[6], F(P, f"{rp:.2f}", None, "合計", 2022, "前年同期", "total", "collection_rate", "interim", rp, "percent", as_of=PREV[0]), "r")
cell_text(cells[7], F(P, f"{rq:.2f}", None, "合計", 2023, "今期", "total", "collection_rate", "interim", rq, "percent", as_of=NOW[0]), "r")
dd = round(rq - rp, 2)
cell_text(cells[8], F(P, sgn(dd, 2), None, "合計", 2023, "今期", "total", "difference", "interim", dd, "points", as_of=NOW[0]), "r")
s, yv = mil(tq["o"])
cell_text(cells[9], F(P, s, None, "合計", 2023, "今期", "total", "outstanding", "interim", yv, "yen", as_of=NOW[0]), "r")
tbl.autofit = False
for k, w in enumerate([28, 14, 27, 27, 27, 27, 21, 23, 18, 26]):
    tbl.columns[k].width = Mm(w)
for row in tbl.rows:
    for k, w in enumerate([28, 14, 27, 27, 27, 27, 21, 23, 18, 26]):
        row.cells[k].width = Mm(w)
    row.height = Mm(4.6)
para("※1　調定額は2月末時点の累計額。", size=8)
para(f"※2　住宅使用料の今期収入未済額のうち、退去者分 {F(P, '18,352千円', '市営住宅使用料', '住宅使用料', 2023, '今期', 'total', 'outstanding', 'interim', 18_352_000, 'yen', as_of=NOW[0])}。", size=8)
para("国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料", size=8)

# ================================================================== page 5: portrait, 別表２ (tab-aligned, no rules) + 別表３
P = 5
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Mm(210), Mm(297)
ps.left_margin = ps.right_margin = Mm(22)
ps.top_margin, ps.bottom_margin = Mm(20), Mm(18)
para("別表２　滞納者数及び差押件数", bold=True, gothic=True, size=11)
DEL = {"市税": (1_284, 1_196, 352, 371), "国民健康保険料": (1_062, 1_018, 117, 138), "介護保険料": (508, 489, 0, 0),
       "後期高齢者医療保険料": (96, 88, 0, 0), "保育所保育料": (61, 54, 3, 4), "市営住宅使用料": (47, 43, 0, 0)}


def tabpara(cols, stops, bold=False, size=9.5):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(1)
    for pos, al in stops:
        pf.tab_stops.add_tab_stop(Mm(pos), al)
    r = p.add_run("\t".join(cols))
    r.font.size = Pt(size)
    r.bold = bold
    return p


R = WD_TAB_ALIGNMENT.RIGHT
stops = [(62, R), (88, R), (110, R), (134, R), (156, R)]
tabpara(["", "令和4年度（令和5年2月末）", "", "令和5年度（令和6年2月末）"], [(40, WD_TAB_ALIGNMENT.LEFT), (100, WD_TAB_ALIGNMENT.LEFT), (100, WD_TAB_ALIGNMENT.LEFT)], bold=True, size=9)
tabpara(["債権名", "滞納者数", "差押件数", "滞納者数", "差押件数", "増減"], stops, bold=True, size=9)
tabpara(["", "（人）", "（件）", "（人）", "（件）", "（人）"], stops, size=8.5)
sums = [0, 0, 0, 0]
for d, short, full in DEBTS:
    a, b, c_, e = DEL[d]
    sums = [sums[0] + a, sums[1] + b, sums[2] + c_, sums[3] + e]
    cols = [full,
            F(P, f"{a:,}", d, full, 2022, "令和4年度（令和5年2月末）", "total", "delinquents", "interim", a, "persons", as_of=PREV[0]),
            F(P, f"{c_:,}", d, full, 2022, "令和4年度（令和5年2月末）", "total", "seizures", "interim", c_, "cases", as_of=PREV[0]) if c_ else "－",
            F(P, f"{b:,}", d, full, 2023, "令和5年度（令和6年2月末）", "total", "delinquents", "interim", b, "persons", as_of=NOW[0]),
            F(P, f"{e:,}", d, full, 2023, "令和5年度（令和6年2月末）", "total", "seizures", "interim", e, "cases", as_of=NOW[0]) if e else "－",
            F(P, sgn(b - a, 0, minus="△"), d, full, 2023, "令和5年度（令和6年2月末）", "total", "difference_delinquents", "interim", b - a, "persons", as_of=NOW[0])]
    tabpara(cols, stops)
tabpara(["計",
         F(P, f"{sums[0]:,}", None, "計", 2022, "令和4年度（令和5年2月末）", "total", "delinquents", "interim", sums[0], "persons", as_of=PREV[0]),
         F(P, f"{sums[2]:,}", None, "計", 2022, "令和4年度（令和5年2月末）", "total", "seizures", "interim", sums[2], "cases", as_of=PREV[0]),
         F(P, f"{sums[1]:,}", None, "計", 2023, "令和5年度（令和6年2月末）", "total", "delinquents", "interim", sums[1], "persons", as_of=NOW[0]),
         F(P, f"{sums[3]:,}", None, "計", 2023, "令和5年度（令和6年2月末）", "total", "seizures", "interim", sums[3], "cases", as_of=NOW[0]),
         F(P, sgn(sums[1] - sums[0], 0, minus="△"), None, "計", 2023, "令和5年度（令和6年2月末）", "total", "difference_delinquents", "interim", sums[1] - sums[0], "persons", as_of=NOW[0])],
        stops, bold=True)
para("※　滞納者数は実人数。差押件数は年度当初からの累計。「－」は該当なし。", size=8)
para("")
para("別表３　国民健康保険料の滞納世帯の状況", bold=True, gothic=True, size=11)
t3 = doc.add_table(rows=3, cols=3)
t3.style = "Table Grid"
hd = t3.rows[0].cells
cell_text(hd[0], "債権名　国民健康保険料", "l", 9.5, True)
hd[0].merge(hd[2])
cell_text(t3.rows[0].cells[0], "債権名　国民健康保険料", "l", 9.5, True)
shade(t3.rows[0].cells[0])
cell_text(t3.rows[1].cells[0], "区分", "c", 9, True)
cell_text(t3.rows[1].cells[1], "前年同期", "c", 9, True)
cell_text(t3.rows[1].cells[2], "今期", "c", 9, True)
cell_text(t3.rows[2].cells[0], "滞納世帯数（世帯）", "l", 9)
cell_text(t3.rows[2].cells[1], F(P, "1,003", "国民健康保険料", "国民健康保険料", 2022, "前年同期", "total", "delinquents", "interim", 1003, "households", as_of=PREV[0]), "r", 9)
cell_text(t3.rows[2].cells[2], F(P, "962", "国民健康保険料", "国民健康保険料", 2023, "今期", "total", "delinquents", "interim", 962, "households", as_of=NOW[0]), "r", 9)
for row in t3.rows:
    for k, w in enumerate([60, 40, 40]):
        row.cells[k].width = Mm(w)


# ------------------------------------------------------------------ build
G.minutes = {"title": TITLE, "meeting_number": 3, "date": "2024-03-08", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": statements}
work = Path("/tmp/pe_work")
work.mkdir(exist_ok=True)
dx = work / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dx)],
               check=True, capture_output=True)
root = Path.cwd()
pdf = root / "pdf" / f"{STEM}.pdf"
shutil.copy(work / f"{STEM}.pdf", pdf)
out = G.write(pdf, root / "gold" / f"{STEM}.json")
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]),
      "statements", len(statements))
for b in check(pdf, out):
    print("BAD", b)
