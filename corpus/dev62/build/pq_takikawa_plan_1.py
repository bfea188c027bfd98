"""Build pq_takikawa_plan_1: 滝川市債権管理計画（令和7年度～令和9年度）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev62:  python3 build/pq_takikawa_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pq_common import ROOT, Gold, rate, rnd, c, r, zen, oku_man  # noqa: E402
from pq_docx import (MIN, GOT, font, para, page_break, shade, borders, cell_margins, set_text,  # noqa: E402
                     widths, row_height, page_field, cell_border)
from pq_takikawa_data import DATA, META, ORDER  # noqa: E402

STEM = "pq_takikawa_plan_1"
WORK = Path("/tmp/pq_work") / STEM
CANON = {"shizei": "市税", "hoiku": "保育料", "jutaku": "市営住宅使用料", "kyushoku": "学校給食費",
         "seiho": "生活保護費返還金", "kokuho": "国民健康保険料", "kaigo": "介護保険料",
         "kouki": "後期高齢者医療保険料", "gesui": "下水道使用料", "suido": "水道料金"}

G = Gold(STEM, {"kind": "plan", "family": "keikaku", "municipality": "滝川市",
                "title": "滝川市債権管理計画（令和7年度～令和9年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"})


def V(k, y, seg, m):
    return DATA[k][y][seg][m]


def tot(y, seg, m, keys=ORDER):
    return sum(DATA[k][y][seg][m] for k in keys)


def F(page, k, fy, fy_raw, seg, metric, basis, value, unit, raw, debt_raw=None, **kw):
    debt = CANON.get(k) if k else None
    if debt_raw is None and k:
        debt_raw = META[k]["name"]
    return G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def yen_k(v):  # 千円 -> 円
    return v * 1000


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(15)
sec.different_first_page_header_footer = True
page_field(sec.footer.paragraphs[0])
sec.footer.paragraphs[0].alignment = 1
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.1
st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", MIN)


def H(text, size=12, before=6, after=3, name=GOT):
    return para(doc, text, size=size, name=name, bold=False, before=before, after=after, keep=True)


def P(text, size=10.5, indent=0, first=3.7, after=2, line=None):
    return para(doc, text, size=size, indent=indent, first=first, after=after, align="j", line=line)


# ---------------------------------------------------------------- page 1: cover
for _ in range(9):
    para(doc, "", size=12)
para(doc, "滝川市債権管理計画", size=26, name=GOT, align="c", after=10)
para(doc, "（令和７年度～令和９年度）", size=16, name=GOT, align="c", after=140)
para(doc, "令和７年３月", size=14, align="c", after=12)
para(doc, "滝　川　市", size=16, name=GOT, align="c")
page_break(doc)

# ---------------------------------------------------------------- page 2: 目次, 1-3
pg = 2
para(doc, "目　　次", size=14, name=GOT, align="c", after=8)
toc = [("１　計画策定の趣旨", 2), ("２　計画の期間", 2), ("３　対象とする債権", 2),
       ("４　債権の現状", 3), ("　（１）会計別・債権別の状況", 3), ("　（２）主要債権の収納状況の推移", 4),
       ("　（３）収入未済額の推移", 5), ("５　数値目標", 6), ("６　債権ごとの取組み", 7),
       ("参考資料　対象債権一覧", 8)]
t = doc.add_table(rows=len(toc), cols=2)
borders(t, top=0, bottom=0, left=0, right=0, insideH=0, insideV=0)
for i, (a, b) in enumerate(toc):
    set_text(t.rows[i].cells[0], a + "　" + "・" * (34 - len(a)), size=10.5, align="l")
    set_text(t.rows[i].cells[1], str(b), size=10.5, align="r")
widths(t, [150, 15])
para(doc, "", after=6)

tot23 = tot(2023, "total", "outstanding")
tot22 = tot(2022, "total", "outstanding")
approx23 = round(tot23 / 1000) * 1000 * 1000        # 100万円単位
diff_approx = round((tot23 - tot22) / 1000) * 1000 * 1000
H("１　計画策定の趣旨")
s1 = oku_man(approx23)
s2 = oku_man(abs(diff_approx))
P("本市では、平成２９年度に「滝川市債権管理条例」を施行し、市が保有する債権の管理に関する事務処理の"
  "統一と適正化を進めてきた。令和５年度決算における本市の収入未済額は約" + s1 + "で、前年度から約" + s2 +
  "減少しており、これまでの取組は一定の成果を上げている。")
F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", approx23, "yen", "約" + s1, approx=True)
F(pg, None, 2023, "令和５年度", "total", "difference", "actual", diff_approx, "yen", "約" + s2, approx=True)
P("一方で、物価高騰の影響などにより納付が困難となる市民の増加も懸念されることから、債権所管課が"
  "共通の目標の下で計画的に債権管理を行うため、第３期となる本計画を策定するものである。")
H("２　計画の期間")
P("令和７（2025）年度から令和９（2027）年度までの３年間とする。なお、社会経済情勢の変化や法令の"
  "改正等に応じ、必要な見直しを行う。")
H("３　対象とする債権")
P("本市が保有する債権のうち、令和５年度決算において収入未済額が生じている１０債権を対象とする"
  "（参考資料「対象債権一覧」参照）。")
P("対象債権は、その性質により、強制徴収公債権、非強制徴収公債権及び私債権に区分し、区分に応じた"
  "手続により管理・回収を行う。")
page_break(doc)

# ---------------------------------------------------------------- page 3: 4(1) 会計別表
pg = 3
H("４　債権の現状", before=0)
H("（１）会計別・債権別の状況（令和５年度決算）", size=11, before=2)
groups = [("一般会計", ["shizei", "hoiku", "jutaku", "kyushoku", "seiho"], "一般会計計"),
          ("国民健康保険事業特別会計", ["kokuho"], None),
          ("介護保険事業特別会計", ["kaigo"], None),
          ("後期高齢者医療特別会計", ["kouki"], "特別会計計"),
          ("下水道事業会計", ["gesui"], None),
          ("水道事業会計", ["suido"], "企業会計計")]
sub_members = {"一般会計計": ["shizei", "hoiku", "jutaku", "kyushoku", "seiho"],
               "特別会計計": ["kokuho", "kaigo", "kouki"], "企業会計計": ["gesui", "suido"]}
nrows = 1 + sum(len(g[1]) + (1 if g[2] else 0) for g in groups) + 1
t = doc.add_table(rows=nrows, cols=9)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
cell_margins(t, left=40, right=40)
hdr = ["会計", "債権名", "所管課", "調定額\n（千円）", "収入済額\n（千円）", "不納欠損額\n（千円）※1",
       "収入未済額\n（千円）", "収納率\n（％）", "備　考"]
for j, h in enumerate(hdr):
    set_text(t.rows[0].cells[j], h, size=7.5, name=GOT)
    shade(t.rows[0].cells[j], "D9D9D9")
notes = {"shizei": "うち滞納繰越分\n" + c(V("shizei", 2023, "arrears", "outstanding")) + "千円",
         "seiho": "うち現年度分\n" + c(V("seiho", 2023, "current", "outstanding")) + "千円"}
ri = 1


def numcells(row, vals, label_key, debt_raw, sub=False):
    a, col, wo, out = vals
    nm = dict(debt_raw=debt_raw)
    k = label_key
    cells = row.cells
    set_text(cells[3], F(pg, k, 2023, "令和５年度", "total", "assessed", "actual", yen_k(a), "yen", c(a), **nm), align="r")
    set_text(cells[4], F(pg, k, 2023, "令和５年度", "total", "collected", "actual", yen_k(col), "yen", c(col), **nm), align="r")
    set_text(cells[5], F(pg, k, 2023, "令和５年度", "total", "written_off", "actual", yen_k(wo), "yen", c(wo), **nm), align="r")
    outs = F(pg, k, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(out), "yen", c(out), **nm)
    if k == "kokuho":
        outs += "※2"
    set_text(cells[6], outs, align="r")
    rt = rate(col, a)
    set_text(cells[7], F(pg, k, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", r(rt), **nm), align="r")
    if sub:
        for cc in cells:
            shade(cc, "F2F2F2")


for acct, keys, subl in groups:
    first = ri
    for k in keys:
        row = t.rows[ri]
        set_text(row.cells[1], META[k]["name"], align="l")
        set_text(row.cells[2], META[k]["dept"], align="l")
        d = DATA[k][2023]["total"]
        numcells(row, (d["assessed"], d["collected"], d["written_off"], d["outstanding"]), k, META[k]["name"])
        if k in notes:
            set_text(row.cells[8], notes[k], size=6.5, align="l")
            if k == "shizei":
                F(pg, k, 2023, "令和５年度", "arrears", "outstanding", "actual",
                  yen_k(V(k, 2023, "arrears", "outstanding")), "yen", c(V(k, 2023, "arrears", "outstanding")) + "千円")
            else:
                F(pg, k, 2023, "令和５年度", "current", "outstanding", "actual",
                  yen_k(V(k, 2023, "current", "outstanding")), "yen", c(V(k, 2023, "current", "outstanding")) + "千円")
        ri += 1
    if ri - 1 > first:
        t.cell(first, 0).merge(t.cell(ri - 1, 0))
    set_text(t.cell(first, 0), acct, size=7, align="l")
    if subl:
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[2])
        set_text(m, subl, name=GOT, align="c")
        ks = sub_members[subl]
        numcells(row, tuple(tot(2023, "total", x, ks) for x in ("assessed", "collected", "written_off", "outstanding")),
                 None, subl, sub=True)
        ri += 1
row = t.rows[ri]
m = row.cells[0].merge(row.cells[2])
set_text(m, "総　計", name=GOT)
numcells(row, tuple(tot(2023, "total", x) for x in ("assessed", "collected", "written_off", "outstanding")),
         None, "総計", sub=True)
for cc in row.cells:
    shade(cc, "D9D9D9")
widths(t, [22, 25, 16, 19, 19, 17, 19, 12, 21])
kok_arr = V("kokuho", 2023, "arrears", "outstanding")
para(doc, "※1　不納欠損額は、地方税法第１５条の７第５項及び第１８条第１項、債権管理条例第１０条等によるもの。",
     size=7.5, before=2)
para(doc, "※2　国民健康保険税の収入未済額のうち、滞納繰越分 " + c(kok_arr) + "千円", size=7.5)
F(pg, "kokuho", 2023, "令和５年度", "arrears", "outstanding", "actual", yen_k(kok_arr), "yen", c(kok_arr) + "千円")
para(doc, "", after=4)
tr23 = rate(tot(2023, "total", "collected"), tot(2023, "total", "assessed"))
tr22 = rate(tot(2022, "total", "collected"), tot(2022, "total", "assessed"))
dpt = rnd(tr23 - tr22)
dk = tot23 - tot22
pct = rnd(dk * 100 / tot22, 1)
assert dpt > 0 and dk < 0 and diff_approx < 0
P("令和５年度決算における対象債権全体の収納率は" + r(tr23) + "％で、前年度に比べ" + r(abs(dpt)) +
  "ポイント上昇した。収入未済額は" + c(tot23) + "千円で、前年度から" + c(abs(dk)) + "千円（" +
  r(abs(pct), 1) + "％）減少している。", size=10)
F(pg, None, 2023, "令和５年度", "total", "collection_rate", "actual", tr23, "percent", r(tr23) + "％")
F(pg, None, 2023, "令和５年度", "total", "difference", "actual", dpt, "points", r(abs(dpt)) + "ポイント")
F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(tot23), "yen", c(tot23) + "千円")
F(pg, None, 2023, "令和５年度", "total", "difference", "actual", yen_k(dk), "yen", c(abs(dk)) + "千円")
F(pg, None, 2023, "令和５年度", "total", "change_rate", "actual", pct, "percent", r(abs(pct), 1) + "％")
P("債権別にみると、市税と国民健康保険税の２債権で収入未済額全体の約６割を占めており、引き続きこの"
  "２債権の滞納繰越分の縮減が大きな課題となっている。", size=10)
page_break(doc)

# ---------------------------------------------------------------- page 4: 4(2) merged rows
pg = 4
H("（２）主要債権の収納状況の推移", size=11, before=0)
para(doc, "（単位：千円、％）", size=8.5, align="r")
keys4 = ["shizei", "kokuho", "kaigo", "kouki", "jutaku"]
t = doc.add_table(rows=2 + 3 * len(keys4), cols=9)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
cell_margins(t, left=40, right=40)
h0 = t.rows[0].cells
set_text(h0[0].merge(t.cell(1, 0)), "債権名", size=8, name=GOT)
set_text(h0[1].merge(t.cell(1, 1)), "区分", size=8, name=GOT)
set_text(h0[2].merge(h0[4]), "令和４年度", size=8, name=GOT)
set_text(h0[5].merge(h0[7]), "令和５年度", size=8, name=GOT)
set_text(h0[8].merge(t.cell(1, 8)), "収納率\nの差", size=8, name=GOT)
for j, h in zip(range(2, 8), ["調定額", "収入済額", "収納率"] * 2):
    set_text(t.cell(1, j), h, size=8, name=GOT)
for i in range(2):
    for cc in t.rows[i].cells:
        shade(cc, "DDEBF7")
segl = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]
for n, k in enumerate(keys4):
    base = 2 + 3 * n
    for s, (seg, lab) in enumerate(segl):
        row = t.rows[base + s]
        set_text(row.cells[1], lab, size=8)
        for j0, (y, yr) in zip((2, 5), ((2022, "令和４年度"), (2023, "令和５年度"))):
            d = DATA[k][y][seg]
            set_text(row.cells[j0], F(pg, k, y, yr, seg, "assessed", "actual", yen_k(d["assessed"]), "yen",
                                       c(d["assessed"])), align="r")
            set_text(row.cells[j0 + 1], F(pg, k, y, yr, seg, "collected", "actual", yen_k(d["collected"]), "yen",
                                           c(d["collected"])), align="r")
            rt = rate(d["collected"], d["assessed"])
            set_text(row.cells[j0 + 2], F(pg, k, y, yr, seg, "collection_rate", "actual", rt, "percent", r(rt)),
                     align="r")
        r22 = rate(DATA[k][2022][seg]["collected"], DATA[k][2022][seg]["assessed"])
        r23 = rate(DATA[k][2023][seg]["collected"], DATA[k][2023][seg]["assessed"])
        dd = rnd(r23 - r22)
        set_text(row.cells[8], F(pg, k, 2023, "令和５年度", seg, "difference", "actual", dd, "points", r(dd)),
                 align="r")
        if seg == "total":
            for cc in row.cells[1:]:
                shade(cc, "F2F2F2")
    mc = t.cell(base, 0).merge(t.cell(base + 2, 0))
    set_text(mc, META[k]["name"], size=8, align="l")
widths(t, [30, 10, 21, 21, 13, 21, 21, 13, 14])
para(doc, "※　収納率の差は、令和５年度の収納率から令和４年度の収納率を差し引いたもの（△は低下）。", size=8, before=3)
para(doc, "※　滞繰は滞納繰越分、現年は現年度分を示す。", size=8)
para(doc, "", after=6)
sz23 = rate(V("shizei", 2023, "current", "collected"), V("shizei", 2023, "current", "assessed"))
kk23 = rate(V("kokuho", 2023, "current", "collected"), V("kokuho", 2023, "current", "assessed"))
P("現年度分の収納率は、市税が" + r(sz23) + "％、国民健康保険税が" + r(kk23) + "％となっており、いずれも"
  "高い水準を維持している。滞納繰越分については、差押え等の滞納処分の強化により収納率が向上した"
  "債権がある一方、分納の長期化により伸び悩む債権もみられる。", size=10)
F(pg, "shizei", 2023, "令和５年度", "current", "collection_rate", "actual", sz23, "percent", r(sz23) + "％")
F(pg, "kokuho", 2023, "令和５年度", "current", "collection_rate", "actual", kk23, "percent", r(kk23) + "％")

# ---------------------------------------------------------------- page 5: landscape 5-year table
pg = 5
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(20)
ls.top_margin, ls.bottom_margin = Mm(15), Mm(15)
H("（３）収入未済額の推移（過去５年間）", size=11, before=0)
para(doc, "（単位：百万円）", size=9, align="r")
yrs = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
t = doc.add_table(rows=2 + len(ORDER) + 1, cols=10)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
cell_margins(t, left=50, right=50)
hh = ["区分", "会計"] + [y[1] for y in yrs] + ["5年平均", "増減額\n（5年度－元年度）", "増減率\n（％）"]
for j, h in enumerate(hh):
    a = t.cell(0, j).merge(t.cell(1, j))
    set_text(a, h, size=9, name=GOT)
    shade(a, "E2EFDA")
tsum = {y: 0.0 for y, _ in yrs}


def m1(v_k):  # 千円 -> 百万円 1 decimal
    return rnd(v_k / 1000, 1)


for i, k in enumerate(ORDER):
    row = t.rows[2 + i]
    short = META[k]["short"]
    set_text(row.cells[0], short, size=9, align="l")
    set_text(row.cells[1], {"一般会計": "一般", "水道事業会計": "企業", "下水道事業会計": "企業"}.get(META[k]["acct"], "特別"),
             size=9)
    vals = []
    for j, (y, yr) in enumerate(yrs):
        v = m1(DATA[k][y]["total"]["outstanding"])
        vals.append(v)
        tsum[y] = rnd(tsum[y] + v, 1)
        set_text(row.cells[2 + j], F(pg, k, y, yr, "total", "outstanding", "actual", round(v * 1e6), "yen",
                                      f"{v:,.1f}", debt_raw=short), size=9, align="r")
    av = rnd(sum(vals) / 5, 1)
    set_text(row.cells[7], F(pg, k, None, "5年平均", "total", "outstanding_average", "actual", round(av * 1e6),
                              "yen", f"{av:,.1f}", debt_raw=short), size=9, align="r")
    dv = rnd(vals[-1] - vals[0], 1)
    set_text(row.cells[8], F(pg, k, 2023, "5年度", "total", "difference", "actual", round(dv * 1e6), "yen",
                              r(dv, 1), debt_raw=short), size=9, align="r")
    cr = rnd(dv * 100 / vals[0], 1)
    set_text(row.cells[9], F(pg, k, 2023, "5年度", "total", "change_rate", "actual", cr, "percent", r(cr, 1),
                              debt_raw=short), size=9, align="r")
row = t.rows[-1]
set_text(row.cells[0].merge(row.cells[1]), "合　計", size=9, name=GOT)
vals = [tsum[y] for y, _ in yrs]
for j, (y, yr) in enumerate(yrs):
    set_text(row.cells[2 + j], F(pg, None, y, yr, "total", "outstanding", "actual", round(vals[j] * 1e6), "yen",
                                  f"{vals[j]:,.1f}", debt_raw="合計"), size=9, align="r")
av = rnd(sum(vals) / 5, 1)
set_text(row.cells[7], F(pg, None, None, "5年平均", "total", "outstanding_average", "actual", round(av * 1e6), "yen",
                          f"{av:,.1f}", debt_raw="合計"), size=9, align="r")
dv = rnd(vals[-1] - vals[0], 1)
set_text(row.cells[8], F(pg, None, 2023, "5年度", "total", "difference", "actual", round(dv * 1e6), "yen", r(dv, 1),
                          debt_raw="合計"), size=9, align="r")
cr = rnd(dv * 100 / vals[0], 1)
set_text(row.cells[9], F(pg, None, 2023, "5年度", "total", "change_rate", "actual", cr, "percent", r(cr, 1),
                          debt_raw="合計"), size=9, align="r")
for cc in row.cells:
    shade(cc, "F2F2F2")
widths(t, [30, 16, 24, 24, 24, 24, 24, 24, 32, 20])
para(doc, "※　略称　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料、給食費＝学校給食費、生保返還金＝生活保護費返還金、下水道＝下水道使用料", size=8, before=3)
para(doc, "※　各年度の決算額（出納整理期間後）を百万円未満で四捨五入しているため、合計が一致しない場合がある。", size=8)
para(doc, "", after=4)
o5, o1 = vals[-1], vals[0]
assert o5 < o1
ok5, ok1, okd = rnd(o5 / 100, 1), rnd(o1 / 100, 1), rnd(abs(o5 - o1) / 100, 1)
P("令和５年度末の収入未済額の合計は約" + f"{ok5:.1f}" + "億円となり、令和元年度末の約" + f"{ok1:.1f}" +
  "億円から約" + f"{okd:.1f}" + "億円減少した。特に国民健康保険税は、コールセンターによる早期催告と財産調査の"
  "徹底により、５年間で大きく減少している。", size=10)
F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", round(ok5 * 1e8), "yen", "約" + f"{ok5:.1f}" + "億円",
  approx=True)
F(pg, None, 2019, "令和元年度", "total", "outstanding", "actual", round(ok1 * 1e8), "yen", "約" + f"{ok1:.1f}" + "億円",
  approx=True)
F(pg, None, 2023, "令和５年度", "total", "difference", "actual", -round(okd * 1e8), "yen", "約" + f"{okd:.1f}" + "億円",
  approx=True)

# ---------------------------------------------------------------- page 6: targets (portrait again)
pg = 6
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Mm(210), Mm(297)
ps.left_margin = ps.right_margin = Mm(20)
ps.top_margin, ps.bottom_margin = Mm(18), Mm(15)
H("５　数値目標", before=0)
P("計画期間の各年度について、債権ごとに現年度分及び滞納繰越分の収納率並びに収入未済額の目標を次のとおり"
  "定める。令和６年度は決算見込みの数値である。", size=10)
H("（１）現年度分収納率の目標（単位：％）", size=10.5, before=4)
keys6 = ["shizei", "kokuho", "kaigo", "kouki", "hoiku", "jutaku"]
step_c = {"shizei": 0.05, "kokuho": 0.30, "kaigo": 0.05, "kouki": 0.03, "hoiku": 0.10, "jutaku": 0.15}
step_a = {"shizei": 1.0, "kokuho": 1.5, "kaigo": 1.0, "kouki": 1.5, "hoiku": 1.0, "jutaku": 0.8}
t = doc.add_table(rows=6, cols=7)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
set_text(t.cell(0, 0), "年度", size=8, name=GOT)
shade(t.cell(0, 0), "D9D9D9")
for j, k in enumerate(keys6):
    set_text(t.cell(0, 1 + j), META[k]["name"], size=7.5, name=GOT)
    shade(t.cell(0, 1 + j), "D9D9D9")
rowsdef = [("R5実績", 2023, "actual"), ("R6見込", 2024, "estimate"), ("R7目標", 2025, "target"),
           ("R8目標", 2026, "target"), ("R9目標", 2027, "target")]
cur_t = {}
for i, (lab, fy, basis) in enumerate(rowsdef):
    set_text(t.cell(1 + i, 0), lab, size=8)
    for j, k in enumerate(keys6):
        if fy <= 2024:
            v = rate(V(k, fy, "current", "collected"), V(k, fy, "current", "assessed"))
        else:
            v = rnd(cur_t[(k, 2024)] + step_c[k] * (fy - 2024))
            v = min(v, 99.95)
        cur_t[(k, fy)] = v
        set_text(t.cell(1 + i, 1 + j), F(pg, k, fy, lab[:2], "current", "collection_rate", basis, v, "percent", r(v)),
                 size=8, align="r")
widths(t, [22, 24, 24, 24, 26, 24, 26])

H("（２）滞納繰越分収納率の目標", size=10.5, before=6)
para(doc, "（単位：％）", size=8.5, align="r")
tab_lines = [["債権名", "Ｒ５実績", "Ｒ７目標", "Ｒ８目標", "Ｒ９目標"]]
for k in keys6:
    a23 = rate(V(k, 2023, "arrears", "collected"), V(k, 2023, "arrears", "assessed"))
    a24 = rate(V(k, 2024, "arrears", "collected"), V(k, 2024, "arrears", "assessed"))
    line = [META[k]["name"], F(pg, k, 2023, "Ｒ５", "arrears", "collection_rate", "actual", a23, "percent", zen(r(a23)))]
    for fy in (2025, 2026, 2027):
        v = rnd(a24 + step_a[k] * (fy - 2024))
        line.append(F(pg, k, fy, "Ｒ" + zen(str(fy - 2018)), "arrears", "collection_rate", "target", v, "percent",
                      zen(r(v))))
    tab_lines.append(line)
for i, line in enumerate(tab_lines):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.left_indent = Mm(4)
    for pos in (95, 120, 145, 170):
        p.paragraph_format.tab_stops.add_tab_stop(Mm(pos - 20), alignment=2)  # right tabs
    font(p.add_run("\t".join(line)), GOT if i == 0 else MIN, 9.5)

H("（３）収入未済額の目標（単位：千円）", size=10.5, before=8)
t = doc.add_table(rows=3 + len(keys6), cols=5)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
set_text(t.cell(0, 0).merge(t.cell(1, 0)), "債権名", size=8, name=GOT)
set_text(t.cell(0, 1), "決　算", size=8, name=GOT)
set_text(t.cell(0, 2).merge(t.cell(0, 4)), "目　標", size=8, name=GOT)
for j, h in enumerate(["令和５年度", "令和７年度", "令和８年度", "令和９年度"]):
    set_text(t.cell(1, 1 + j), h, size=8, name=GOT)
for i in range(2):
    for cc in t.rows[i].cells:
        shade(cc, "D9D9D9")
sums = {y: 0 for y in (2023, 2025, 2026, 2027)}
fac = {"shizei": 0.93, "kokuho": 0.91, "kaigo": 0.94, "kouki": 0.95, "hoiku": 0.92, "jutaku": 0.95}
for i, k in enumerate(keys6):
    row = t.rows[2 + i]
    set_text(row.cells[0], META[k]["name"], size=8, align="l")
    v = V(k, 2023, "total", "outstanding")
    sums[2023] += v
    set_text(row.cells[1], F(pg, k, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(v), "yen", c(v)),
             size=8, align="r")
    base = V(k, 2024, "total", "outstanding")
    for j, fy in enumerate((2025, 2026, 2027)):
        tv = int(round(base * fac[k] ** (fy - 2024), -1))
        sums[fy] += tv
        set_text(row.cells[2 + j], F(pg, k, fy, "令和" + zen(str(fy - 2018)) + "年度", "total", "outstanding", "target",
                                      yen_k(tv), "yen", c(tv)), size=8, align="r")
row = t.rows[-1]
set_text(row.cells[0], "合　計", size=8, name=GOT)
set_text(row.cells[1], F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(sums[2023]), "yen",
                          c(sums[2023]), debt_raw="合計"), size=8, align="r")
for j, fy in enumerate((2025, 2026, 2027)):
    set_text(row.cells[2 + j], F(pg, None, fy, "令和" + zen(str(fy - 2018)) + "年度", "total", "outstanding", "target",
                                  yen_k(sums[fy]), "yen", c(sums[fy]), debt_raw="合計"), size=8, align="r")
for cc in row.cells:
    shade(cc, "F2F2F2")
widths(t, [50, 30, 30, 30, 30])
para(doc, "※　目標額は、令和６年度決算見込額を基に、各年度の縮減率を乗じて算出した。", size=8, before=3)
page_break(doc)

# ---------------------------------------------------------------- page 7: 6 取組み
pg = 7
H("６　債権ごとの取組み", before=0)
H("（１）市税", size=10.5, before=2, after=1)
para(doc, "ア　現状と課題", size=10, name=GOT, indent=3)
s23 = rate(V("shizei", 2023, "current", "collected"), V("shizei", 2023, "current", "assessed"))
s22 = rate(V("shizei", 2022, "current", "collected"), V("shizei", 2022, "current", "assessed"))
sa23 = rate(V("shizei", 2023, "arrears", "collected"), V("shizei", 2023, "arrears", "assessed"))
assert s23 > s22
P("令和５年度の現年度分収納率は" + r(s23) + "％で、前年度から" + r(abs(rnd(s23 - s22))) + "ポイント上昇した。"
  "一方、滞納繰越分の収納率は" + r(sa23) + "％にとどまっており、分納中の案件の進行管理が課題である。",
  size=9.5, indent=6)
F(pg, "shizei", 2023, "令和５年度", "current", "collection_rate", "actual", s23, "percent", r(s23) + "％")
F(pg, "shizei", 2023, "令和５年度", "current", "difference", "actual", rnd(s23 - s22), "points",
  r(abs(rnd(s23 - s22))) + "ポイント")
F(pg, "shizei", 2023, "令和５年度", "arrears", "collection_rate", "actual", sa23, "percent", r(sa23) + "％")
para(doc, "イ　取組内容", size=10, name=GOT, indent=3)
items = [("(ｱ)", "納期限後２０日以内に督促状を発送し、その後の電話催告を組織的に行うことで、現年度分の滞納の累積を防ぐ。", "継続", False),
         ("(ｲ)", "預貯金等照会の電子化を活用し、財産調査から差押えまでの期間を短縮する。", "拡充", False),
         ("(ｳ)", "スマートフォン決済アプリによる納付を市広報紙とホームページで周知し、納期内納付を促進する。", "新規", True)]
for lab, txt, stt, alone in items:
    p = para(doc, "", size=9.5, indent=10, first=-5, align="j")
    font(p.add_run(lab + "　" + txt + ("" if alone else "【" + stt + "】")), MIN, 9.5)
    if alone:
        para(doc, "【" + stt + "】", size=9.5, indent=10, align="l")
    G.init(pg, "市税", "市税", None, "取組内容", lab, txt, stt)

H("（２）国民健康保険税", size=10.5, before=4, after=1)
para(doc, "ア　現状と課題", size=10, name=GOT, indent=3)
k23 = rate(V("kokuho", 2023, "arrears", "collected"), V("kokuho", 2023, "arrears", "assessed"))
P("滞納繰越分の収納率は" + r(k23) + "％と他の債権に比べて低く、収入未済額の多くを滞納繰越分が占めている。"
  "資格喪失後の未納者への接触の遅れが要因の一つである。", size=9.5, indent=6)
F(pg, "kokuho", 2023, "令和５年度", "arrears", "collection_rate", "actual", k23, "percent", r(k23) + "％")
para(doc, "イ　取組内容", size=10, name=GOT, indent=3)
t = doc.add_table(rows=2, cols=2)
borders(t, top=4, bottom=4, left=4, right=4, insideH=4, insideV=4)
rows7 = [("滞納の未然防止", [("①", "資格取得の届出時に口座振替の利用を勧奨し、申込みをその場で受け付ける。", "継続"),
                            ("②", "納税通知書に地方税統一ＱＲコードを印字し、キャッシュレス納付を広げる。", "新規")]),
         ("滞納整理", [("①", "資格喪失者の未納分について、喪失後３か月以内に文書催告を行う。", "拡充"),
                      ("②", "財産調査の結果、換価可能な財産がない者には執行停止を適正に行う。", "継続")])]
for i, (sec_, its) in enumerate(rows7):
    set_text(t.cell(i, 0), sec_, size=8.5, name=GOT, align="l")
    shade(t.cell(i, 0), "F2F2F2")
    set_text(t.cell(i, 1), [a + b + "【" + s + "】" for a, b, s in its], size=8.5, align="l")
    for a, b, s in its:
        G.init(pg, "国民健康保険料", "国民健康保険税", None, sec_, a, b, s)
widths(t, [32, 134])

H("（３）介護保険料", size=10.5, before=4, after=1)
t = doc.add_table(rows=1, cols=1)
borders(t, top=8, bottom=8, left=8, right=8, insideH=0, insideV=0)
box = [("・", "普通徴収となっている被保険者に対し、年金からの特別徴収への切替え時期を個別に通知する。", "継続"),
       ("・", "滞納期間に応じた保険給付の制限について丁寧に説明し、自主的な納付を促す。", "継続"),
       ("・", "納付相談の記録を税務課と共有し、市税と一体的な滞納整理を行う。", "新規")]
set_text(t.cell(0, 0), [a + b + "【" + s + "】" for a, b, s in box], size=8.5, align="l")
for a, b, s in box:
    G.init(pg, "介護保険料", "介護保険料", None, "（３）介護保険料", a, b, s)
widths(t, [166])

H("（４）市営住宅使用料", size=10.5, before=4, after=1)
plain = [("早期の接触", "①", "家賃の滞納が２か月に達した入居者に対し、訪問による納付指導を行う。", "継続"),
         ("法的措置", "②", "納付誓約の不履行が続く者には、連帯保証人への請求と併せて明渡請求を検討する。", "継続")]
for title, a, b, s in plain:
    para(doc, "○　" + title, size=9.5, name=GOT, indent=3)
    para(doc, a + b + "【" + s + "】", size=9.5, indent=8, align="j")
    G.init(pg, "市営住宅使用料", "市営住宅使用料", None, title, a, b, s)
page_break(doc)

# ---------------------------------------------------------------- page 8: 参考資料
pg = 8
H("参考資料　対象債権一覧（令和５年度決算）", before=0)
para(doc, "（収入未済額の単位：千円）", size=8.5, align="r")
pub = [k for k in ORDER if META[k]["kind"] in ("強", "非")]
pub.sort(key=lambda k: "強非".index(META[k]["kind"]))
priv = [k for k in ORDER if META[k]["kind"] == "私"]
t = doc.add_table(rows=1 + len(pub) + 1 + len(priv) + 1 + 1, cols=6)
borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
for j, h in enumerate(["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]):
    set_text(t.cell(0, j), h, size=8.5, name=GOT)
    shade(t.cell(0, j), "D9D9D9")
ri = 1
no = 1
for grp, lab in ((pub, "公債権計"), (priv, "私債権計")):
    s = 0
    for k in grp:
        row = t.rows[ri]
        v = V(k, 2023, "total", "outstanding")
        s += v
        for j, txt in enumerate([str(no), META[k]["name"], META[k]["dept"], META[k]["law"], META[k]["kind"]]):
            set_text(row.cells[j], txt, size=8.5, align="c" if j in (0, 4) else "l")
        set_text(row.cells[5], F(pg, k, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(v), "yen", c(v)),
                 size=8.5, align="r")
        ri += 1
        no += 1
    row = t.rows[ri]
    set_text(row.cells[0].merge(row.cells[4]), lab, size=8.5, name=GOT)
    set_text(row.cells[5], F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(s), "yen", c(s),
                              debt_raw=lab), size=8.5, align="r")
    for cc in row.cells:
        shade(cc, "F2F2F2")
    ri += 1
row = t.rows[ri]
set_text(row.cells[0].merge(row.cells[4]), "合　計", size=8.5, name=GOT)
set_text(row.cells[5], F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", yen_k(tot23), "yen", c(tot23),
                          debt_raw="合計"), size=8.5, align="r")
widths(t, [10, 40, 26, 52, 12, 26])
para(doc, "区分　強＝強制徴収公債権、非＝非強制徴収公債権、私＝私債権", size=8, before=3)
para(doc, "※　下水道事業会計及び水道事業会計は、地方公営企業法の適用により４月から３月までの年度で経理している。", size=8)

# ---------------------------------------------------------------- render
WORK.mkdir(parents=True, exist_ok=True)
docx_path = WORK / (STEM + ".docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = ROOT / "pdf" / (STEM + ".pdf")
shutil.copy(WORK / (STEM + ".pdf"), pdf)
import fitz  # noqa: E402

n = len(fitz.open(pdf))
G.write(pdf, n)
print(pdf, n, "pages", len(G.facts), "facts", len(G.initiatives), "initiatives")
