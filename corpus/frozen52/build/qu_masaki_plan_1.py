"""qu_masaki_plan_1: 第２次松前町債権管理計画, python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen52:  python3 build/qu_masaki_plan_1.py"""
import shutil
import subprocess
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qu_common import G, cm, r2, sgn, PDF, WORK  # noqa: E402
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "qu_masaki_plan_1"
TOWN = "松前町"
g = G(STEM, "plan", "plan", TOWN, "第２次松前町債権管理計画", "2025-03-01", "令和７年３月")
MIN, GOT = "IPAexMincho", "IPAexGothic"

# name, short, canonical, kind, 会計, 所管課, 根拠法令, outstanding 2019-2021 (千円), detail {fy: (Ac, Cc, Aa, Ca, W)} 千円,
# targets {fy: (rate, outstanding 千円)}
D = [
    ("町税", "町税", "町税", "強", "一般会計", "税務課", "地方税法",
     {2019: 158412, 2020: 149870, 2021: 133605},
     {2022: (3768420, 3735112, 121530, 28114, 3986), 2023: (3812655, 3781940, 118750, 30206, 4210)},
     {2025: (97.20, 108000), 2026: (97.40, 101000), 2027: (97.60, 95000)}),
    ("保育所保育料", "保育料", "保育料", "強", "一般会計", "子育て支援課", "児童福祉法",
     {2019: 7980, 2020: 7402, 2021: 6944},
     {2022: (71230, 70118, 6420, 902, 310), 2023: (68814, 67790, 6330, 980, 290)},
     {2025: (91.80, 5800), 2026: (92.20, 5500), 2027: (92.60, 5200)}),
    ("放課後児童クラブ利用料", "児童クラブ", "放課後児童クラブ利用料", "非", "一般会計", "子育て支援課", "松前町放課後児童クラブ条例",
     {2019: 980, 2020: 1050, 2021: 1110},
     {2022: (42810, 42310, 1120, 260, 40), 2023: (44150, 43660, 1290, 300, 30)},
     {2025: (97.00, 1300), 2026: (97.20, 1200), 2027: (97.40, 1100)}),
    ("町営住宅使用料", "住宅使用料", "町営住宅使用料", "私", "一般会計", "まちづくり課", "公営住宅法・民法",
     {2019: 14210, 2020: 13880, 2021: 13404},
     {2022: (58420, 56710, 12880, 1540, 380), 2023: (57960, 56320, 12970, 1610, 350)},
     {2025: (82.00, 12200), 2026: (82.60, 11800), 2027: (83.20, 11400)}),
    ("学校給食費", "給食費", "学校給食費", "私", "一般会計", "学校教育課", "学校給食法・民法",
     {2019: 2050, 2020: 2130, 2021: 2160},
     {2022: (132400, 131650, 2110, 380, 95), 2023: (135820, 135010, 2280, 420, 80)},
     {2025: (98.20, 2400), 2026: (98.30, 2300), 2027: (98.40, 2200)}),
    ("国民健康保険税", "国保税", "国民健康保険税", "強", "国民健康保険事業特別会計", "保険課", "地方税法",
     {2019: 198204, 2020: 185660, 2021: 168915},
     {2022: (598210, 566380, 152330, 30115, 8120), 2023: (584776, 554913, 144028, 31870, 7350)},
     {2025: (82.00, 126000), 2026: (82.80, 118000), 2027: (83.60, 110000)}),
    ("介護保険料", "介護保険料", "介護保険料", "強", "介護保険事業特別会計", "長寿介護課", "介護保険法",
     {2019: 17905, 2020: 17511, 2021: 17230},
     {2022: (702118, 695306, 16940, 3188, 1620), 2023: (716402, 709820, 16554, 3412, 1498)},
     {2025: (97.60, 17500), 2026: (97.70, 17000), 2027: (97.80, 16500)}),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "強", "後期高齢者医療特別会計", "保険課", "高齢者の医療の確保に関する法律",
     {2019: 4102, 2020: 4318, 2021: 4450},
     {2022: (348420, 346872, 3912, 1030, 288), 2023: (362108, 360514, 4026, 1120, 260)},
     {2025: (98.80, 4100), 2026: (98.85, 4000), 2027: (98.90, 3900)}),
    ("下水道使用料", "下水道使用料", "下水道使用料", "強", "下水道事業会計", "上下水道課", "地方自治法・下水道条例",
     {2019: 11204, 2020: 10880, 2021: 10430},
     {2022: (512300, 507960, 9840, 3120, 420), 2023: (520118, 515870, 10210, 3380, 390)},
     {2025: (98.10, 10300), 2026: (98.20, 10000), 2027: (98.30, 9700)}),
    ("水道料金", "水道料金", "水道料金", "私", "水道事業会計", "上下水道課", "民法・給水条例",
     {2019: 13020, 2020: 12640, 2021: 12310},
     {2022: (610500, 604180, 11020, 4310, 620), 2023: (618240, 612130, 11340, 4630, 580)},
     {2025: (97.60, 11900), 2026: (97.70, 11600), 2027: (97.80, 11300)}),
]


def det(d, fy):
    ac, cc, aa, ca, w = d[8][fy]
    return dict(ac=ac, cc=cc, aa=aa, ca=ca, w=w, a=ac + aa, c=cc + ca, oc=ac - cc, oa=aa - ca - w,
                o=ac + aa - cc - ca - w, rc=r2(cc / ac * 100), ra=r2(ca / aa * 100), r=r2((cc + ca) / (ac + aa) * 100))


def out(d, fy):
    return d[7][fy] if fy in d[7] else det(d, fy)["o"]


def yen(d, fy, key):
    """yen-level figures for the 円 table: 千円 figure * 1000 + a fixed remainder (truncation gives back 千円)."""
    base = det(d, fy)[key] * 1000
    rem = (sum(map(ord, d[0])) * 37 + fy * 11 + len(key) * 101) % 1000
    return base + rem


def F(raw, value, unit, metric, fy, fyr, seg="total", basis="actual", debt=None, debt_raw=None, **k):
    return g.f(raw, value, unit, metric, fy, fyr, seg, basis, debt, debt_raw, **k)


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(1)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.1
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
for s_ in ("left_margin", "right_margin"):
    setattr(sec, s_, Mm(20))
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
sec.footer_distance = Mm(8)
sec.different_first_page_header_footer = True


def add_page_field(par):
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("- ")
    for t, v in (("begin", None), (None, "PAGE"), ("end", None)):
        run = par.add_run()
        if t:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), t)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = v
        run._r.append(e)
    par.add_run(" -")


add_page_field(sec.footer.paragraphs[0])


def font(run, name=MIN, size=None, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def P(text="", size=10.5, bold=False, name=None, align=None, indent=0, first=None, after=1, before=0, lead=None):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(str(text)), name or (GOT if bold else MIN), size, bold)
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    if lead:
        pf.line_spacing = lead
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)
    g.page += 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:shd")
    e.set(qn("w:val"), "clear")
    e.set(qn("w:color"), "auto")
    e.set(qn("w:fill"), fill)
    tcPr.append(e)


def cell_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, val in edges.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def T(rows, widths, size=8.5, head=1, grid=True, merges=(), align=None, shade_rows=(), head_fill="D9E2F3",
      hrules=False, rowh=None, vcenter=True):
    """rows: list of lists (None = part of a merge). merges: ((r0,c0,r1,c1), ...)."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for r, row in enumerate(rows):
        tr = t.rows[r]
        if rowh:
            tr.height = Mm(rowh)
        for c, w in enumerate(widths):
            cell = tr.cells[c]
            cell.width = Mm(w)
            v = row[c] if c < len(row) else ""
            if v is None:
                continue
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.line_spacing = 1.0
            lines = str(v).split("\n")
            for k, ln in enumerate(lines):
                if k:
                    par = cell.add_paragraph()
                    par.paragraph_format.space_after = Pt(0)
                    par.paragraph_format.line_spacing = 1.0
                font(par.add_run(ln), GOT if r < head else MIN, size)
                a = "c" if r < head else (align[c] if align else ("l" if c == 0 else "r"))
                par.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                                 "l": WD_ALIGN_PARAGRAPH.LEFT}[a]
            if r < head and head_fill:
                shade(cell, head_fill)
            if r in shade_rows:
                shade(cell, "EDEDED")
            if vcenter:
                vA = OxmlElement("w:vAlign")
                vA.set(qn("w:val"), "center")
                cell._tc.get_or_add_tcPr().append(vA)
            if hrules:
                edges = {}
                if r == 0:
                    edges["top"] = "single"
                if r == head - 1 or r == len(rows) - 1:
                    edges["bottom"] = "single"
                if edges:
                    cell_border(cell, **edges)
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for e in tblPr.findall(qn("w:tblW")):
        tblPr.remove(e)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    grid_ = t._tbl.tblGrid
    for gc, w in zip(grid_.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for r0, c0, r1, c1 in merges:
        a = t.cell(r0, c0)
        a.merge(t.cell(r1, c1))
    return t


def new_section(landscape=False, cols=1, start=WD_SECTION.NEW_PAGE):
    s = doc.add_section(start)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(18)
        s.top_margin, s.bottom_margin = Mm(16), Mm(14)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(20)
        s.top_margin, s.bottom_margin = Mm(18), Mm(16)
    s.different_first_page_header_footer = False
    sp = s._sectPr
    for e in sp.findall(qn("w:cols")):
        sp.remove(e)
    ce = OxmlElement("w:cols")
    ce.set(qn("w:num"), str(cols))
    ce.set(qn("w:space"), "567")
    if cols > 1:
        ce.set(qn("w:sep"), "1")
    sp.append(ce)
    if start == WD_SECTION.NEW_PAGE:
        g.page += 1
    return s


# ------------------------------------------------------------------ p1 cover
g.page = 1
for _ in range(9):
    P("")
P("第２次", size=18, align="c", bold=True)
P("松前町債権管理計画", size=28, align="c", bold=True, after=12)
P("令和７（2025）年度 ～ 令和９（2027）年度", size=14, align="c", after=120)
for _ in range(10):
    P("")
P("令和７年３月", size=14, align="c", after=6)
P("松　前　町", size=16, align="c", bold=True)
page_break()

# ------------------------------------------------------------------ p2 目次 + 2段組
P("目　　次", size=14, bold=True, align="c", after=8)
toc = [("１　計画策定の趣旨", 2), ("２　計画の期間", 2), ("３　対象とする債権", 2), ("４　債権管理の現状", 3),
       ("５　主要債権の状況", 4), ("６　数値目標", 5), ("７　債権ごとの取組み", 7), ("参考資料　債権一覧", 8)]
for name, pg in toc:
    dots = "・" * (34 - len(name))
    P(f"{name}{dots}{pg}", size=10.5, indent=18, after=2)
P("", after=6)
new_section(cols=2, start=WD_SECTION.CONTINUOUS)
tot = {fy: sum(out(d, fy) for d in D) for fy in range(2019, 2024)}
P("１　計画策定の趣旨", bold=True, size=11, after=3)
P("本町では、令和２（2020）年度から令和６（2024）年度までを期間とする第１次松前町債権管理計画に基づき、"
  "全庁的な債権管理の適正化に取り組んできました。", indent=0, first=3.7, align="j")
P("この結果、対象債権全体の収入未済額は、令和元年度末の約" +
  F(f"{tot[2019] / 100000:.1f}億円", round(tot[2019] / 100000, 1) * 1e8, "yen", "outstanding", 2019, "令和元年度末",
    approx=True) +
  "から、令和５（2023）年度末には約" +
  F(f"{tot[2023] // 100000}億{tot[2023] % 100000 // 10:,}万円", (tot[2023] // 10) * 10000, "yen", "outstanding", 2023,
    "令和５（2023）年度末", approx=True) +
  "まで縮減しました。令和二年度には、新型コロナウイルス感染症の影響による徴収猶予の特例により一時的に未済額が増えた債権も"
  "ありましたが、分納の履行管理を徹底したことで、全体としては減少傾向を維持しています。", first=3.7, align="j")
P("一方で、私債権や非強制徴収公債権では法的措置の実施が少なく、回収の見込みのない債権が長期にわたり"
  "管理されている状況も見られます。このため、第２次計画を策定し、債権の回収と整理の両面から取組を進めます。",
  first=3.7, align="j")
cb = doc.add_paragraph()
cb.paragraph_format.space_after = Pt(0)
br = OxmlElement("w:br")
br.set(qn("w:type"), "column")
cb.add_run()._r.append(br)
P("２　計画の期間", bold=True, size=11, before=0, after=3)
P("令和７（2025）年度から令和９（2027）年度までの３年間とします。", first=3.7, align="j")
P("３　対象とする債権", bold=True, size=11, before=4, after=3)
d0 = D[0]
z5, z4 = det(d0, 2023), det(d0, 2022)
P("令和５年度決算において収入未済額のある１０債権を対象とします。このうち最も額の大きい町税は、"
  "令和５年度決算で収納率" +
  F(f"{z5['r']:.2f}％", z5["r"], "percent", "collection_rate", 2023, "令和５年度", debt="町税") +
  "（前年度比" + F(f"{r2(z5['r'] - z4['r']):.2f}ポイント", r2(z5["r"] - z4["r"]), "points", "difference", 2023,
                   "令和５年度", debt="町税") +
  "上昇）、収入未済額" + F(f"{z5['o']:,}千円", z5["o"] * 1000, "yen", "outstanding", 2023, "令和５年度", debt="町税") +
  "となっています。", first=3.7, align="j")
kk5, kk4 = det(D[5], 2023), det(D[5], 2022)
P("次いで国民健康保険税の収入未済額が大きく、令和５年度末で" +
  F(f"{kk5['o']:,}千円", kk5["o"] * 1000, "yen", "outstanding", 2023, "令和５年度末", debt="国民健康保険税") +
  "と、前年度から" + F(f"{kk4['o'] - kk5['o']:,}千円", (kk5["o"] - kk4["o"]) * 1000, "yen", "difference", 2023,
                      "令和５年度末", debt="国民健康保険税") +
  "の減少にとどまっており、重点的な対応が必要です。", first=3.7, align="j")

# ------------------------------------------------------------------ p3 現状
new_section(cols=1, start=WD_SECTION.NEW_PAGE)
P("４　債権管理の現状", bold=True, size=12, after=3)
P("（１）会計別の収入未済額の推移", bold=True, size=10.5, indent=2, after=2)
d22, d23 = tot[2022], tot[2023]
P("令和５（2023）年度末の収入未済額は約" +
  F(f"{d23 // 100000}億{d23 % 100000 // 10:,}万円", (d23 // 10) * 10000, "yen", "outstanding", 2023, "令和５（2023）年度末",
    approx=True) +
  "で、前年度から約" +
  F(f"{(d22 - d23) // 10:,}万円", -((d22 - d23) // 10) * 10000, "yen", "difference", 2023, "令和５（2023）年度末",
    approx=True) +
  "減少しました（表１）。会計別では、国民健康保険事業特別会計が全体の約４割を占めています。", indent=7, first=3.5,
  align="j", size=10)
P("表１　会計別・債権別の収入未済額（各年度末）", size=9, bold=True, after=1, before=2)
P("単位：百万円", size=8, align="r", after=1)
YR = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
rows = [["区分", "令和元年度", "２年度", "３年度", "４年度", "５年度", "５年平均", "増減額\n(5年度-4年度)", "増減率\n（％）"]]
shade_rows = []
grand = {fy: 0 for fy in YR}
for secname, accs in [("【一般会計】", ["一般会計"]),
                      ("【特別会計】", ["国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療特別会計"]),
                      ("【企業会計】", ["下水道事業会計", "水道事業会計"])]:
    rows.append([secname] + [""] * 8)
    shade_rows.append(len(rows) - 1)
    sub = {fy: 0 for fy in YR}
    for d in [x for x in D if x[4] in accs]:
        kw = dict(debt=d[2], debt_raw=d[1] if d[1] != d[0] else d[0])
        row = ["　" + d[1]]
        for fy in YR:
            v = out(d, fy)
            sub[fy] += v
            row.append(F(f"{v / 1000:.1f}", round(v / 1000, 1) * 1e6, "yen", "outstanding", fy, YR[fy], **kw))
        avg = sum(out(d, fy) for fy in YR) / 5
        row.append(F(f"{avg / 1000:.1f}", round(avg / 1000, 1) * 1e6, "yen", "outstanding", None, "５年平均", **kw))
        dv = round(out(d, 2023) / 1000, 1) - round(out(d, 2022) / 1000, 1)
        row.append(F(sgn(dv, 1), round(dv, 1) * 1e6, "yen", "difference", 2023, "５年度", **kw))
        rt = r2((out(d, 2023) - out(d, 2022)) / out(d, 2022) * 100, 1)
        row.append(F(sgn(rt, 1), rt, "percent", "change_rate", 2023, "５年度", **kw))
        rows.append(row)
    row = ["　小計"]
    for fy in YR:
        grand[fy] += sub[fy]
        row.append(F(f"{sub[fy] / 1000:.1f}", round(sub[fy] / 1000, 1) * 1e6, "yen", "outstanding", fy, YR[fy],
                     debt_raw="小計"))
    avg = sum(sub.values()) / 5
    row.append(F(f"{avg / 1000:.1f}", round(avg / 1000, 1) * 1e6, "yen", "outstanding", None, "５年平均", debt_raw="小計"))
    dv = round(sub[2023] / 1000, 1) - round(sub[2022] / 1000, 1)
    row.append(F(sgn(dv, 1), round(dv, 1) * 1e6, "yen", "difference", 2023, "５年度", debt_raw="小計"))
    rt = r2((sub[2023] - sub[2022]) / sub[2022] * 100, 1)
    row.append(F(sgn(rt, 1), rt, "percent", "change_rate", 2023, "５年度", debt_raw="小計"))
    rows.append(row)
row = ["合計"]
for fy in YR:
    row.append(F(f"{grand[fy] / 1000:.1f}", round(grand[fy] / 1000, 1) * 1e6, "yen", "outstanding", fy, YR[fy],
                 debt_raw="合計"))
avg = sum(grand.values()) / 5
row.append(F(f"{avg / 1000:.1f}", round(avg / 1000, 1) * 1e6, "yen", "outstanding", None, "５年平均", debt_raw="合計"))
dv = round(grand[2023] / 1000, 1) - round(grand[2022] / 1000, 1)
row.append(F(sgn(dv, 1), round(dv, 1) * 1e6, "yen", "difference", 2023, "５年度", debt_raw="合計"))
rt = r2((grand[2023] - grand[2022]) / grand[2022] * 100, 1)
row.append(F(sgn(rt, 1), rt, "percent", "change_rate", 2023, "５年度", debt_raw="合計"))
rows.append(row)
T(rows, [34, 16, 16, 16, 16, 16, 17, 20, 17], size=8, grid=False, hrules=True, head_fill="E7E6E6",
  shade_rows=tuple(shade_rows), rowh=4.6)
P("※ 百万円未満を四捨五入しているため、合計が一致しない場合があります。", size=7.5, after=4)

P("（２）債権の種類別の状況（令和５年度決算）", bold=True, size=10.5, indent=2, after=2, before=2)
KIND = {"強": "強制徴収公債権", "非": "非強制徴収公債権", "私": "私債権"}
rows = [["債権の種類", "債権名", "収納率（％）", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "備考"]]
merges = []
gt = dict(a=0, c=0, w=0, o=0)
shade_rows = []
BIKO = {"町税": ("oa", "うち滞納繰越分 {v}千円", "arrears"), "国民健康保険税": ("oc", "うち現年課税分 {v}千円", "current"),
        "町営住宅使用料": ("oa", "うち過年度分 {v}千円", "arrears"), "水道料金": ("oa", "うち過年度分 {v}千円", "arrears")}
for k, kname in KIND.items():
    ds = [d for d in D if d[3] == k]
    r0 = len(rows)
    kt = dict(a=0, c=0, w=0, o=0)
    for i, d in enumerate(ds):
        x = det(d, 2023)
        kw = dict(debt=d[2], debt_raw=d[0])
        for kk_ in kt:
            kt[kk_] += x[kk_]
        b = ""
        if d[2] in BIKO:
            key, tmpl, seg = BIKO[d[2]]
            b = tmpl.format(v=F(f"{x[key]:,}", x[key] * 1000, "yen", "outstanding", 2023, "令和５年度", seg, **kw))
        rows.append([kname if i == 0 else None, d[0],
                     F(f"{x['r']:.2f}", x["r"], "percent", "collection_rate", 2023, "令和５年度", **kw),
                     F(cm(x["a"]), x["a"] * 1000, "yen", "assessed", 2023, "令和５年度", **kw),
                     F(cm(x["c"]), x["c"] * 1000, "yen", "collected", 2023, "令和５年度", **kw),
                     F(cm(x["w"]), x["w"] * 1000, "yen", "written_off", 2023, "令和５年度", **kw),
                     F(cm(x["o"]), x["o"] * 1000, "yen", "outstanding", 2023, "令和５年度", **kw), b])
    if len(ds) > 1:
        merges.append((r0, 0, r0 + len(ds) - 1, 0))
    lab = kname + "計"
    kr = r2(kt["c"] / kt["a"] * 100)
    rows.append([lab, None,
                 F(f"{kr:.2f}", kr, "percent", "collection_rate", 2023, "令和５年度", debt_raw=lab),
                 F(cm(kt["a"]), kt["a"] * 1000, "yen", "assessed", 2023, "令和５年度", debt_raw=lab),
                 F(cm(kt["c"]), kt["c"] * 1000, "yen", "collected", 2023, "令和５年度", debt_raw=lab),
                 F(cm(kt["w"]), kt["w"] * 1000, "yen", "written_off", 2023, "令和５年度", debt_raw=lab),
                 F(cm(kt["o"]), kt["o"] * 1000, "yen", "outstanding", 2023, "令和５年度", debt_raw=lab), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    shade_rows.append(len(rows) - 1)
    for kk_ in gt:
        gt[kk_] += kt[kk_]
gr = r2(gt["c"] / gt["a"] * 100)
rows.append(["総計", None, F(f"{gr:.2f}", gr, "percent", "collection_rate", 2023, "令和５年度", debt_raw="総計"),
             F(cm(gt["a"]), gt["a"] * 1000, "yen", "assessed", 2023, "令和５年度", debt_raw="総計"),
             F(cm(gt["c"]), gt["c"] * 1000, "yen", "collected", 2023, "令和５年度", debt_raw="総計"),
             F(cm(gt["w"]), gt["w"] * 1000, "yen", "written_off", 2023, "令和５年度", debt_raw="総計"),
             F(cm(gt["o"]), gt["o"] * 1000, "yen", "outstanding", 2023, "令和５年度", debt_raw="総計"), ""])
merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
shade_rows.append(len(rows) - 1)
T(rows, [20, 31, 15, 21, 21, 17, 19, 26], size=7.5, merges=merges, shade_rows=tuple(shade_rows),
  align=["c", "l", "r", "r", "r", "r", "r", "l"], rowh=5.0)

# ------------------------------------------------------------------ p4 主要債権（円 table + 千円 table)
page_break()
P("５　主要債権の状況", bold=True, size=12, after=3)
P("主要な４債権について、現年課税分・滞納繰越分別の決算状況は次のとおりです（表３）。不納欠損額の推移は表４のとおりです。",
  indent=4, first=3.5, size=10)
P("表３　主要債権の決算状況（単位：円、％）", size=9, bold=True, after=1, before=3)
rows = [["債権名", "区分", "決　　算", None, None, None, None, None],
        [None, None, "令和４年度", None, None, "令和５年度", None, None],
        [None, None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 7), (1, 2, 1, 4), (1, 5, 1, 7)]
for d in [D[0], D[5], D[6], D[7]]:
    kw = dict(debt=d[2], debt_raw=d[0])
    r0 = len(rows)
    for j, (seg, lab, ka, kc) in enumerate([("current", "現年", "ac", "cc"), ("arrears", "滞繰", "aa", "ca"),
                                           ("total", "計", None, None)]):
        row = [d[0] if j == 0 else None, lab]
        for fy in (2022, 2023):
            fyr = {2022: "令和４年度", 2023: "令和５年度"}[fy]
            if ka:
                a, c = yen(d, fy, ka), yen(d, fy, kc)
            else:
                a = yen(d, fy, "ac") + yen(d, fy, "aa")
                c = yen(d, fy, "cc") + yen(d, fy, "ca")
            rt = r2(c / a * 100)
            row += [F(cm(a), a, "yen", "assessed", fy, fyr, seg, **kw), F(cm(c), c, "yen", "collected", fy, fyr, seg, **kw),
                    F(f"{rt:.2f}", rt, "percent", "collection_rate", fy, fyr, seg, **kw)]
        rows.append(row)
    merges.append((r0, 0, r0 + 2, 0))
T(rows, [26, 10, 24, 24, 13, 24, 24, 13], size=7.5, head=3, merges=merges, align=["c", "c", "r", "r", "r", "r", "r", "r"],
  rowh=5.2, head_fill="DDEBF7")
P("※ 収納率は収入済額÷調定額×100（小数点第３位四捨五入）。", size=7.5, after=6)
P("表４　主要債権の不納欠損額の推移", size=9, bold=True, after=1, before=3)
rows = [["債権名", "令和４年度\n不納欠損額（千円）", "令和５年度\n不納欠損額（千円）", "増減（千円）"]]
for d in [D[0], D[5], D[6], D[7]]:
    kw = dict(debt=d[2], debt_raw=d[0])
    w4, w5 = det(d, 2022)["w"], det(d, 2023)["w"]
    rows.append([d[0], F(cm(w4), w4 * 1000, "yen", "written_off", 2022, "令和４年度", **kw),
                 F(cm(w5), w5 * 1000, "yen", "written_off", 2023, "令和５年度", **kw),
                 F(sgn(w5 - w4), (w5 - w4) * 1000, "yen", "difference", 2023, "令和５年度", **kw)])
T(rows, [46, 34, 34, 26], size=8, rowh=5.5)
P("", after=4)
z5 = det(D[0], 2023)
P("町税の滞納繰越分の収納率は、令和５年度に" +
  F(f"{z5['ra']:.2f}％", z5["ra"], "percent", "collection_rate", 2023, "令和５年度", "arrears", debt="町税") +
  "となり、前年度から" + F(f"{r2(z5['ra'] - det(D[0], 2022)['ra']):.2f}ポイント", r2(z5["ra"] - det(D[0], 2022)["ra"]),
                          "points", "difference", 2023, "令和５年度", "arrears", debt="町税") +
  "改善しました。国民健康保険税は現年課税分の収納率が" +
  F(f"{kk5['rc']:.2f}％", kk5["rc"], "percent", "collection_rate", 2023, "令和５年度", "current", debt="国民健康保険税") +
  "にとどまり、現年度中の早期納付の働きかけが課題です。", indent=4, first=3.5, size=10, align="j")

# ------------------------------------------------------------------ p5-6 landscape targets (wide table split)
new_section(landscape=True)
P("６　数値目標", bold=True, size=12, after=3)
P("計画期間中の各年度の目標を、債権ごとに収納率（現年課税分＋滞納繰越分）及び収入未済額で定めます。"
  "年度は表の各行に示します（単位：収納率 ％、収入未済額 千円）。", indent=4, size=10)
YROWS = [(2023, "令和５（2023）年度実績", "actual"), (2025, "令和７（2025）年度目標", "target"),
         (2026, "令和８（2026）年度目標", "target"), (2027, "令和９（2027）年度目標", "target")]


def target_table(ds, title):
    P(title, size=9, bold=True, after=1, before=4)
    rows = [["年度"] + sum([[d[0], None] for d in ds], []), [None] + ["収納率", "収入未済額"] * len(ds)]
    merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * i, 0, 2 + 2 * i) for i in range(len(ds))]
    for fy, lab, basis in YROWS:
        row = [lab]
        for d in ds:
            kw = dict(debt=d[2], debt_raw=d[0])
            if basis == "actual":
                x = det(d, fy)
                rt, o = x["r"], x["o"]
            else:
                rt, o = d[9][fy]
            row += [F(f"{rt:.2f}", rt, "percent", "collection_rate", fy, lab, "total", basis, **kw),
                    F(cm(o), o * 1000, "yen", "outstanding", fy, lab, "total", basis, **kw)]
        rows.append(row)
    T(rows, [52] + [24, 30] * len(ds), size=9, head=2, merges=merges, rowh=8, head_fill="FCE4D6")


target_table([D[0], D[5], D[6], D[7]], "表５　債権別の数値目標（１／２）")
P("※ 令和６（2024）年度は第１次計画の最終年度のため、本計画の目標には含めていません。", size=8, before=3)
P("※ 目標収納率は、過去５年間の実績の伸びを基に、各所管課と協議して設定しました。", size=8)
new_section(landscape=True)
target_table([D[1], D[8], D[3], D[9]], "表５　債権別の数値目標（２／２）（前頁の続き）")
P("", after=4)
P("表６　主な取組の実施スケジュール", size=9, bold=True, after=1, before=6)
sched = [("口座振替・スマートフォン決済の利用促進", "税務課・保険課", "実施", "→", "→"),
         ("債権管理台帳の電子化と時効管理の一元化", "税務課", "○", "実施", "→"),
         ("非強制徴収公債権・私債権の支払督促の活用", "各所管課", "○", "実施", "→"),
         ("債権放棄の基準に基づく整理（年１回）", "各所管課", "実施", "実施", "実施"),
         ("債権管理研修（新任職員・担当者）", "税務課", "実施", "実施", "実施")]
rows = [["取組項目", "担当課", "令和７年度", "令和８年度", "令和９年度"]] + [list(s) for s in sched]
T(rows, [110, 50, 30, 30, 30], size=9, align=["l", "l", "c", "c", "c"], rowh=7, head_fill="FCE4D6")
P("○：準備・検討　実施：実施　→：継続実施", size=8, before=2)

# ------------------------------------------------------------------ p7 取組（推進シート風）
new_section(landscape=False)
P("７　債権ごとの取組み", bold=True, size=12, after=4)
ITEMS = {
    "町税": [("ア", "現年度分の早期納付の促進", None, [
        ("(ｱ)", "納期限後２０日以内に督促状を送付し、その後１０日以内に文書催告を行う。", "継続"),
        ("(ｲ)", "スマートフォン決済の対象を全税目に拡大する。", "拡充")]),
             ("イ", "滞納繰越分の縮減", None, [
        ("(ｱ)", "財産調査を早期に実施し、預貯金・給与等の差押えを優先して行う。", "継続"),
        ("(ｲ)", "愛媛地方税滞納整理機構への移管を年２回に増やす。", "拡充"),
        ("(ｳ)", "執行停止の判断基準を見直し、回収の見込みのない事案を計画的に整理する。", "新規")])],
    "国民健康保険税": [("ア", "現年課税分の収納対策", None, [
        ("(ｱ)", "資格取得時に口座振替の申込みを必須の案内とする。", "継続"),
        ("(ｲ)", "税務課と合同で夜間・休日の納付相談窓口を開設する。", "新規")])],
    "町営住宅使用料": [("ア", "滞納の早期解消", None, [
        ("(ｱ)", "３か月以上の滞納者に連帯保証人への通知を行う。", "継続"),
        ("(ｲ)", "退去者分は支払督促を申し立て、所在不明者は債権放棄を検討する。", "新規")])],
}
SECNO = {"町税": "（１）", "国民健康保険税": "（２）", "町営住宅使用料": "（３）"}
for canon, groups in ITEMS.items():
    P(f"{SECNO[canon]}債権ごとの取組み（{canon}）", bold=True, size=10.5, indent=2, after=2, before=4)
    for glab, gtitle, _, items in groups:
        P(f"{glab}　{gtitle}", size=10, indent=8, after=1)
        rows = []
        for ilab, text, stt in items:
            it = g.init(text, canon, 2025, f"債権ごとの取組み（{canon}）", f"{SECNO[canon]}{glab}{ilab}", stt)
            rows.append([ilab, f"{it}【{stt}】"])
        T(rows, [12, 150], size=9.5, head=0, grid=False, align=["l", "l"], vcenter=False)
P("", after=2)
P("（４）その他の債権", bold=True, size=10.5, indent=2, after=2, before=4)
P("その他の債権についても、各所管課が年度ごとの取組計画を作成し、債権管理推進会議で進捗を確認します。", indent=8,
  size=10)

# ------------------------------------------------------------------ p8 参考資料
page_break()
P("参考資料　債権一覧（令和５年度末現在）", bold=True, size=12, after=4)
P("表７　会計別・債権別の収入未済額", size=9, bold=True, after=1)
rows = [["会計", "債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"]]
merges = []
for acc in ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療特別会計", "下水道事業会計", "水道事業会計"]:
    ds = [d for d in D if d[4] == acc]
    r0 = len(rows)
    for i, d in enumerate(ds):
        x = det(d, 2023)
        rows.append([acc if i == 0 else None, d[0], d[5], d[6], d[3],
                     F(cm(x["o"]), x["o"] * 1000, "yen", "outstanding", 2023, "令和５年度末", debt=d[2], debt_raw=d[0])])
    if len(ds) > 1:
        merges.append((r0, 0, r0 + len(ds) - 1, 0))
rows.append(["合　計", None, "", "", "", F(cm(tot[2023]), tot[2023] * 1000, "yen", "outstanding", 2023, "令和５年度末",
                                         debt_raw="合計")])
merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
T(rows, [34, 36, 24, 46, 10, 26], size=8.5, align=["c", "l", "l", "l", "c", "r"], rowh=7, shade_rows=(len(rows) - 1,),
  merges=merges)
P("出典：令和５年度松前町歳入歳出決算書、同公営企業会計決算書", size=8, align="r", before=1)
P("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", size=8.5, before=3)
P("※ 平成29年度（2017年度）以前に発生した債権を含む。", size=8.5)

src = WORK / f"{STEM}.docx"
doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)], check=True,
               capture_output=True)
outp = PDF / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", outp)
g.write(outp)
print(outp, g.page, len(g.facts), len(g.inits))
