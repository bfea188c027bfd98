"""fk_nakatsugawa_plan_1: 債権回収・整理計画（３か年）(python-docx -> LibreOffice).

Run from corpus/frozen34:  python3 build/fk_nakatsugawa_plan.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fk_common import Gold, PDF_DIR, WORK, c, fr, rate, rnd, soffice_pdf, tri, zen  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "fk_nakatsugawa_plan_1"
CITY = "中津川市"
G = Gold(STEM, "plan", "plan", CITY, "中津川市債権回収・整理計画（令和６年度～令和８年度）", "2024-04-01", "令和６年４月")

# ------------------------------------------------------------------ data (万円)
YRS = [2019, 2020, 2021, 2022]


def series(arr0, rows):
    out, arr_a = {}, arr0
    for y, (ca, crt, art, wo) in zip(YRS, rows):
        cc, ac = round(ca * crt), round(arr_a * art)
        ta, tc = ca + arr_a, cc + ac
        o = ta - tc - wo
        out[y] = dict(ca=ca, cc=cc, aa=arr_a, ac=ac, ta=ta, tc=tc, wo=wo, out=o,
                      cr=rate(cc, ca), ar=rate(ac, arr_a), tr=rate(tc, ta))
        arr_a = o
    return out


# (abbrev, full, canonical, category, data)
DEBTS = [
    ("市税", "市税", "市税", "強制", series(38420, [(1098450, .9872, .2615, 2210), (1072330, .9851, .2580, 2050), (1085905, .9880, .2740, 1905), (1101220, .9893, .2895, 1760)])),
    ("国保税", "国民健康保険税", "国民健康保険料", "強制", series(41250, [(198410, .9420, .1830, 3120), (192330, .9435, .1905, 2880), (188905, .9461, .1985, 2640), (184120, .9488, .2070, 2410)])),
    ("介護料", "介護保険料", "介護保険料", "強制", series(3320, [(128450, .9921, .2015, 610), (130220, .9925, .2090, 570), (131905, .9930, .2170, 540), (133410, .9934, .2245, 505)])),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", "強制", series(410, [(72330, .9975, .3810, 60), (73905, .9977, .3905, 55), (76120, .9979, .4010, 50), (78845, .9980, .4105, 45)])),
    ("保育料", "保育料", "保育料", "強制", series(1205, [(15420, .9880, .1720, 180), (14905, .9888, .1790, 165), (14330, .9895, .1855, 150), (13905, .9902, .1930, 140)])),
    ("下水道", "下水道使用料", "下水道使用料", "強制", series(2305, [(94210, .9915, .3210, 190), (95020, .9918, .3290, 175), (95810, .9921, .3370, 160), (96330, .9925, .3445, 150)])),
    ("住宅使用料", "市営住宅使用料", "市営住宅使用料", "私", series(4110, [(11820, .9690, .1410, 290), (11605, .9702, .1465, 270), (11420, .9715, .1530, 250), (11210, .9728, .1590, 235)])),
    ("水道", "水道料金", "水道料金", "私", series(2890, [(108420, .9930, .3810, 210), (109105, .9932, .3895, 195), (109880, .9935, .3970, 180), (110345, .9938, .4055, 170)])),
]
BY = {d[0]: d for d in DEBTS}


def tot(y, cat=None):
    t = dict(ta=0, tc=0, wo=0, out=0, ca=0, cc=0, aa=0, ac=0)
    for d in DEBTS:
        if cat and d[3] != cat:
            continue
        for k in t:
            t[k] += d[4][y][k]
    t["tr"], t["cr"], t["ar"] = rate(t["tc"], t["ta"]), rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"])
    return t


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.3
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), tag)
    else:
        el = OxmlElement("w:instrText")
        el.text = txt
    run._r.append(el)
PAGE = 1


def para(text="", bold=False, size=None, align=None, indent=0, first=0, font=None, space_before=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if space_before:
        p.paragraph_format.space_before = Pt(space_before)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def head(text, size=12, before=6):
    return para(text, bold=True, size=size, font="IPAexGothic", space_before=before)


def page_break():
    global PAGE
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    PAGE += 1


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def ct(cell, text, size=8.5, bold=False, align="c", fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = 1.05
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = "IPAexGothic"
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(nrows, widths, h=6.0):
    tb = doc.add_table(rows=nrows, cols=len(widths))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tb._tbl.tblPr.append(lay)
    for i, gc in enumerate(tb._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in tb.rows:
        row.height = Mm(h)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return tb


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def F(raw, value, unit, metric, basis, seg, fy, fy_raw, debt=None, debt_raw=None, as_of=None, approx=False):
    return G.f(PAGE, raw, value, unit, metric, basis, seg, fy, fy_raw, debt, debt_raw, as_of, approx)


GRAY, PALE = "D9D9D9", "F2F2F2"

# ------------------------------------------------------------------ page 1
para("中津川市債権回収・整理計画", bold=True, size=16, align="c", font="IPAexGothic")
para("（令和６年度～令和８年度）", size=11, align="c")
para("令和６年４月　中津川市 総務部 税務課", size=10, align="r")
head("第１　計画の趣旨", 12, 10)
para("本市では、平成29年度（2017年度）に「中津川市債権管理条例」を制定し、債権の適正な管理と収入の確保に取り組んできた。"
     "条例制定時である平成29年度末の主要債権の収入未済額は"
     + F("約14億2,000万円", 1420000000, "yen", "outstanding", "actual", "total", 2017, "平成29年度", None, "主要債権", approx=True)
     + "であったが、令和４年度末には"
     + F("約" + f"{rnd(tot(2022)['out'] / 10000, 1)}億円", int(round(rnd(tot(2022)["out"] / 10000, 1) * 1e8)), "yen", "outstanding",
         "actual", "total", 2022, "令和４年度", None, "主要債権", approx=True)
     + "まで縮減した。本計画は、前計画（令和元年度～令和５年度）の成果と課題を踏まえ、主要債権ごとに回収と整理の目標を定め、"
       "計画的な債権管理を進めるために策定する。", indent=10.5, first=10.5)
head("第２　計画期間", 12)
para("令和６年度から令和８年度までの３年間とする。", indent=10.5, first=10.5)
head("第３　対象債権", 12)
para("本計画の対象は、令和４年度決算において収入未済額のある債権のうち、次の８債権（以下「主要債権」という。）とする。"
     "なお、表中では（　）内の略称を用いる。", indent=10.5, first=10.5)
tb = table(5, [28, 138], 5.5)
rows = [("区分", "債権名（略称）"),
        ("強制徴収公債権", "市税、国民健康保険税（国保税）、介護保険料（介護料）、後期高齢者医療保険料（後期高齢）、保育料、下水道使用料（下水道）"),
        ("非強制徴収公債権", "該当なし（前計画の対象であった生活保護費返還金は、令和５年度から別計画により管理）"),
        ("私債権", "市営住宅使用料（住宅使用料）、水道料金（水道）"), ("計", "８債権")]
for i, (a, b_) in enumerate(rows):
    ct(tb.rows[i].cells[0], a, bold=i == 0, fill=GRAY if i == 0 else None)
    ct(tb.rows[i].cells[1], b_, bold=i == 0, align="c" if i == 0 else "l", fill=GRAY if i == 0 else None)
head("第４　前計画の検証", 12)
para("前計画では、主要債権全体の収納率と収入未済額について年度ごとに目標を設定した。令和元年度及び令和二年度は目標に届かなかった"
     "（令和二年度は新型コロナウイルス感染症の影響による徴収猶予の特例があった。）が、３年度以降は収納率、収入未済額ともに目標を達成している。",
     indent=10.5, first=10.5)
para("表１　前計画の目標と実績（主要債権全体）", bold=True, size=9.5, font="IPAexGothic", space_before=4)
tb = table(7, [30, 18, 18, 17, 24, 24, 17], 5.5)
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
m = h0[0].merge(h1[0])
ct(m, "年度", bold=True, fill=GRAY)
ct(h0[1].merge(h0[3]), "収納率（％）", bold=True, fill=GRAY)
ct(h0[4].merge(h0[6]), "収入未済額（万円）", bold=True, fill=GRAY)
for i, t in enumerate(("目標", "実績", "達成率", "目標", "実績", "達成率"), 1):
    ct(h1[i], t, bold=True, fill=GRAY)
TGT_PREV = {2019: (94.60, 94500), 2020: (94.30, 95000), 2021: (94.40, 94500), 2022: (94.70, 90000)}
YL = {2019: "令和元年度", 2020: "令和二年度", 2021: "3年度", 2022: "4年度"}
ct(tb.rows[2].cells[0], "H29（基準）")
t17_rate = 93.85
ct(tb.rows[2].cells[1], "－")
ct(tb.rows[2].cells[2], F(fr(t17_rate), t17_rate, "percent", "collection_rate", "actual", "total", 2017, "H29", None, "主要債権全体"), align="r")
ct(tb.rows[2].cells[3], "－")
ct(tb.rows[2].cells[4], "－")
ct(tb.rows[2].cells[5], F(c(142012), 1420120000, "yen", "outstanding", "actual", "total", 2017, "H29", None, "主要債権全体"), align="r")
ct(tb.rows[2].cells[6], "－")
for i, y in enumerate(YRS, 3):
    t = tot(y)
    tr_t, out_t = TGT_PREV[y]
    cells = tb.rows[i].cells
    ct(cells[0], YL[y])
    ct(cells[1], F(fr(tr_t), tr_t, "percent", "collection_rate", "target", "total", y, YL[y], None, "主要債権全体"), align="r")
    ct(cells[2], F(fr(t["tr"]), t["tr"], "percent", "collection_rate", "actual", "total", y, YL[y], None, "主要債権全体"), align="r")
    ct(cells[3], fr(rnd(t["tr"] / tr_t * 100, 1), 1), align="r")
    ct(cells[4], F(c(out_t), out_t * 10000, "yen", "outstanding", "target", "total", y, YL[y], None, "主要債権全体"), align="r")
    ct(cells[5], F(c(t["out"]), t["out"] * 10000, "yen", "outstanding", "actual", "total", y, YL[y], None, "主要債権全体"), align="r")
    ct(cells[6], fr(rnd(out_t / t["out"] * 100, 1), 1), align="r")
para("※ 達成率は、収納率は実績÷目標、収入未済額は目標÷実績により算出。H29は条例制定時の基準値。", size=8)
t20, t19, t22, t21 = tot(2020), tot(2019), tot(2022), tot(2021)
d20 = rnd(t20["tr"] - t19["tr"], 2)
d22 = rnd(t22["tr"] - t21["tr"], 2)
para("令和二年度の主要債権全体の収納率は、前年度比"
     + F(fr(-d20) + "ポイント", d20, "points", "difference", "actual", "total", 2020, "令和二年度", None, "主要債権全体")
     + "低下したが、令和４年度は前年度比"
     + F(fr(d22) + "ポイント", d22, "points", "difference", "actual", "total", 2022, "令和４年度", None, "主要債権全体")
     + "上昇した。", indent=10.5, first=10.5, space_before=3)

# ------------------------------------------------------------------ pages 2-3: long-format table
page_break()
head("第５　主要債権の状況", 12, 0)
para("主要債権の収納状況を債権別・年度別に示す（令和元年度～令和４年度決算）。", indent=10.5, first=10.5)
para("表２　主要債権の収納状況（債権別・年度別）", bold=True, size=9.5, font="IPAexGothic", space_before=4)
WL = [19, 21, 21, 21, 15, 17, 19, 16, 18]
HDR = ["債権", "年度", "調定額\n（万円）", "収入済額\n（万円）", "収納率\n（％）", "不納欠損額\n（万円）", "収入未済額\n（万円）",
       "前年度比\n（万円）", "備考"]
YLT = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度"}
NOTE = {("市税", 2022): "うち現年度分\n" + c(BY["市税"][4][2022]["ca"] - BY["市税"][4][2022]["cc"]) + "万円",
        ("国保税", 2022): "うち現年度分\n" + c(BY["国保税"][4][2022]["ca"] - BY["国保税"][4][2022]["cc"]) + "万円",
        ("市税", 2020): "徴収猶予の特例\nあり"}


def long_table(debts, with_total):
    n = 1 + len(debts) * 4 + (3 if with_total else 0)
    tb = table(n, WL, 5.2)
    repeat_header(tb.rows[0])
    for i, t in enumerate(HDR):
        ct(tb.rows[0].cells[i], t, bold=True, size=7.5, fill=GRAY)
    r = 1
    for ab, full, canon, cat, data in debts:
        m = tb.rows[r].cells[0].merge(tb.rows[r + 3].cells[0])
        ct(m, ab)
        prev = None
        for y in YRS:
            d = data[y]
            cells = tb.rows[r].cells
            ct(cells[1], YLT[y], size=8)
            for j, (k, metric, unit) in enumerate((("ta", "assessed", "yen"), ("tc", "collected", "yen"), ("tr", "collection_rate", "percent"),
                                                   ("wo", "written_off", "yen"), ("out", "outstanding", "yen")), 2):
                raw = fr(d[k]) if unit == "percent" else c(d[k])
                val = d[k] if unit == "percent" else d[k] * 10000
                ct(cells[j], F(raw, val, unit, metric, "actual", "total", y, YLT[y], canon, ab), align="r", size=8)
            if prev is None:
                ct(cells[7], "－", size=8)
            else:
                diff = d["out"] - prev
                ct(cells[7], F(tri(diff, mark="▲"), diff * 10000, "yen", "difference", "actual", "total", y, YLT[y], canon, ab), align="r", size=8)
            note = NOTE.get((ab, y), "")
            if note.startswith("うち"):
                val = int(note.split("\n")[1].replace(",", "").replace("万円", ""))
                F(note.split("\n")[1], val * 10000, "yen", "outstanding", "actual", "current", y, YLT[y], canon, ab)
            ct(cells[8], note, size=6.5, align="l")
            prev = d["out"]
            r += 1
    if with_total:
        for cat, lab in (("強制", "強制徴収\n小計"), ("私", "私債権\n小計"), (None, "合計")):
            t = tot(2022, cat)
            cells = tb.rows[r].cells
            ct(cells[0], lab, bold=True, size=7.5, fill=PALE)
            ct(cells[1], "４年度", size=8, fill=PALE)
            for j, (k, metric, unit) in enumerate((("ta", "assessed", "yen"), ("tc", "collected", "yen"), ("tr", "collection_rate", "percent"),
                                                   ("wo", "written_off", "yen"), ("out", "outstanding", "yen")), 2):
                raw = fr(t[k]) if unit == "percent" else c(t[k])
                val = t[k] if unit == "percent" else t[k] * 10000
                draw = lab.replace("\n", "")
                ct(cells[j], F(raw, val, unit, metric, "actual", "total", 2022, "４年度", None, draw), align="r", size=8, bold=True, fill=PALE)
            diff = t["out"] - tot(2021, cat)["out"]
            ct(cells[7], F(tri(diff, mark="▲"), diff * 10000, "yen", "difference", "actual", "total", 2022, "４年度", None, lab.replace("\n", "")),
               align="r", size=8, bold=True, fill=PALE)
            ct(cells[8], "", fill=PALE)
            r += 1
    return tb


long_table(DEBTS[:5], False)
para("※ 各債権とも現年度分と滞納繰越分の合計。万円未満は四捨五入し、収納率は四捨五入前の額により算出。", size=8)
page_break()
para("表２　主要債権の収納状況（債権別・年度別）（つづき）", bold=True, size=9.5, font="IPAexGothic")
long_table(DEBTS[5:], True)
para("※ 略称は第３を参照。前年度比の▲は減少を示す。小計・合計は令和４年度の値。", size=8)
s22 = BY["市税"][4][2022]
para("※ 市税の令和４年度収入未済額のうち、固定資産税分 "
     + F(c(14230) + "万円", 142300000, "yen", "outstanding", "actual", "total", 2022, "令和４年度", "市税", "固定資産税")
     + "、個人市民税分 "
     + F(c(11485) + "万円", 114850000, "yen", "outstanding", "actual", "total", 2022, "令和４年度", "市税", "個人市民税"), size=8)
head("第６　計画の目標", 12, 8)
para("主要債権の現年度分の収納率について、年度ごとの目標を次のとおり定める。", indent=10.5, first=10.5)
para("表３　現年度分収納率の目標（単位：％）", bold=True, size=9.5, font="IPAexGothic", space_before=4)
TG = {"市税": (99.00, 99.05, 99.10), "国保税": (95.10, 95.30, 95.50), "介護料": (99.40, 99.42, 99.45), "後期高齢": (99.82, 99.83, 99.85),
      "保育料": (99.10, 99.15, 99.20), "下水道": (99.30, 99.32, 99.35), "住宅使用料": (97.40, 97.50, 97.60), "水道": (99.40, 99.42, 99.45)}
EST = {"市税": 98.96, "国保税": 95.02, "介護料": 99.37, "後期高齢": 99.81, "保育料": 99.05, "下水道": 99.27, "住宅使用料": 97.35, "水道": 99.39}
tb = table(6, [32] + [17.5] * 8, 5.5)
ct(tb.rows[0].cells[0], "年度", bold=True, fill=GRAY)
for j, d in enumerate(DEBTS, 1):
    ct(tb.rows[0].cells[j], d[0], bold=True, fill=GRAY, size=8)
rowsdef = [("2022年度（実績）", 2022, "actual"), ("2023年度（見込）", 2023, "estimate"),
           ("令和６（2024）年度", 2024, "target"), ("令和７（2025）年度", 2025, "target"), ("令和８（2026）年度", 2026, "target")]
for i, (lab, y, basis) in enumerate(rowsdef, 1):
    ct(tb.rows[i].cells[0], lab, size=8)
    for j, (ab, full, canon, cat, data) in enumerate(DEBTS, 1):
        if basis == "actual":
            v = data[2022]["cr"]
        elif basis == "estimate":
            v = EST[ab]
        else:
            v = TG[ab][y - 2024]
        ct(tb.rows[i].cells[j], F(fr(v), v, "percent", "collection_rate", basis, "current", y, lab, canon, ab), align="r", size=8)

# ------------------------------------------------------------------ page 4+: 債権ごとの取組み
page_break()
head("第７　債権ごとの取組み", 12, 0)
T6 = {"市税": (99.00, 29.50, 96.55), "国保税": (95.10, 21.50, 82.10), "介護料": (99.40, 23.00, 97.95),
      "保育料": (99.10, 20.00, 96.40), "住宅使用料": (97.40, 16.50, 82.00)}


def debt_section(no, ab, dept, intro, items, style):
    d = BY[ab]
    full, canon = d[1], d[2]
    d22 = d[4][2022]
    head(f"{no}　債権ごとの取組み（{full}）", 11, 8)
    tb = table(1, [24, 50, 24, 68], 6)
    for i, (t, f_) in enumerate((("債権名", GRAY), (full, None), ("所管課", GRAY), (dept, None))):
        ct(tb.rows[0].cells[i], t, bold=f_ is not None, fill=f_, size=9)
    para("", size=4)
    tb = table(3, [30, 22, 22, 22, 22, 22, 22], 5.5)
    h0 = tb.rows[0].cells
    ct(h0[0].merge(tb.rows[1].cells[0]), "区分", bold=True, fill=GRAY)
    ct(h0[1].merge(h0[3]), "令和４年度決算", bold=True, fill=GRAY)
    ct(h0[4].merge(h0[6]), "令和６年度目標", bold=True, fill=GRAY)
    for i, t in enumerate(("現年度分", "滞納繰越分", "計") * 2, 1):
        ct(tb.rows[1].cells[i], t, bold=True, fill=GRAY, size=8)
    ct(tb.rows[2].cells[0], "収納率（％）")
    for i, (seg, k) in enumerate((("current", "cr"), ("arrears", "ar"), ("total", "tr")), 1):
        ct(tb.rows[2].cells[i], F(fr(d22[k]), d22[k], "percent", "collection_rate", "actual", seg, 2022, "令和４年度", canon, full), align="r")
        v = T6[ab][i - 1]
        ct(tb.rows[2].cells[i + 3], F(fr(v), v, "percent", "collection_rate", "target", seg, 2024, "令和６年度", canon, full), align="r")
    para(intro, indent=10.5, first=10.5, space_before=3)
    if style == "list":
        para("【取組内容】", bold=True, size=10, font="IPAexGothic")
        for lab, t, stt in items:
            para(f"{lab}　{t}", indent=21, first=-10.5)
            if stt:
                para(f"【{stt}】", align="r")
            G.init(PAGE, canon, 2024, "取組内容", lab, t, stt, debt_raw=full)
    elif style == "cell":
        tb = table(len(items), [30, 136], 6)
        for i, (grp, its) in enumerate(items):
            ct(tb.rows[i].cells[0], grp, size=8.5)
            ct(tb.rows[i].cells[1], "\n".join(f"{lab}{t}" + (f"【{stt}】" if stt else "") for lab, t, stt in its), size=8.5, align="l")
            for lab, t, stt in its:
                G.init(PAGE, canon, 2024, grp, lab, t, stt, debt_raw=full)
    else:  # plain title with bullets
        para("今後の対応", bold=True, size=10, font="IPAexGothic")
        for lab, t, stt in items:
            para(f"・{t}" + (f"【{stt}】" if stt else ""), indent=21, first=-10.5)
            G.init(PAGE, canon, 2024, "今後の対応", "・", t, stt, debt_raw=full)


s21 = BY["市税"][4][2021]
ds = rnd(s22["ar"] - s21["ar"], 2)
debt_section("７－１", "市税", "税務課",
             "令和４年度の滞納繰越分の収納率は前年度から" + F(fr(ds) + "ポイント", ds, "points", "difference", "actual", "arrears", 2022, "令和４年度", "市税", "市税")
             + "上昇した。岐阜県地方税滞納整理機構との連携による高額案件の処理が進んだ一方、少額の滞納が多数残っている。",
             [("（１）", "納期限後の早期催告として、督促状送付から１か月以内にＳＭＳによる催告を行う。", "新規"),
              ("（２）", "預貯金・給与等の財産調査を電子照会により迅速に行い、資力のある滞納者には差押えを執行する。", "拡充"),
              ("（３）", "処分できる財産がなく生活が困窮している滞納者については、執行停止を適正に行う。", "継続")], "list")
k22, k21 = BY["国保税"][4][2022], BY["国保税"][4][2021]
dk = rnd(k22["cr"] - k21["cr"], 2)
debt_section("７－２", "国保税", "保険年金課",
             "現年度分の収納率は" + F(fr(k22["cr"]) + "％", k22["cr"], "percent", "collection_rate", "actual", "current", 2022, "令和４年度", "国民健康保険料", "国民健康保険税")
             + "で前年度比" + F(fr(dk) + "ポイント", dk, "points", "difference", "actual", "current", 2022, "令和４年度", "国民健康保険料", "国民健康保険税")
             + "の上昇となった。被保険者の高齢化と所得の減少により、納付が困難な世帯への対応が課題である。",
             [("滞納の予防", [("①", "加入手続の際に口座振替の登録を勧める。", "継続"), ("②", "納付書にスマートフォン決済用のコードを印字する。", "新規")]),
              ("滞納整理", [("①", "短期被保険者証の交付時に納付相談を行い、分納の履行を管理する。", "継続"),
                           ("②", "資力がありながら納付しない世帯には、市税と連携して滞納処分を行う。", "拡充"),
                           ("③", "居所不明の滞納者は住民登録の調査を行い、不現住の場合は資格を適正に処理する。", None)])], "cell")

kg22 = BY["介護料"][4][2022]
debt_section("７－３", "介護料", "高齢支援課",
             "介護保険料は、年金からの特別徴収が大半であり、収入未済額は" + F(c(kg22["out"]) + "万円", kg22["out"] * 10000, "yen", "outstanding", "actual", "total", 2022, "令和４年度", "介護保険料", "介護保険料")
             + "にとどまるが、普通徴収の方の滞納は給付制限につながるため、早期の納付勧奨が重要である。",
             [("ア", "普通徴収の未納者に対し、納期限後の電話催告と訪問による納付相談を行う。", "継続"),
              ("イ", "給付制限の対象となる方には、ケアマネジャーと連携して事前に説明する。", None)], "list")
page_break()
h22 = BY["保育料"][4][2022]
debt_section("７－４", "保育料", "幼児教育課",
             "保育料の滞納繰越分の収納率は" + F(fr(h22["ar"]) + "％", h22["ar"], "percent", "collection_rate", "actual", "arrears", 2022, "令和４年度", "保育料", "保育料")
             + "と低く、退園後の滞納の回収が課題である。",
             [("", "在園中の完納を原則とし、未納が２か月続いた世帯には園長と連名で納付を依頼する。", "継続"),
              ("", "児童手当からの特別徴収の申出を、未納のある世帯に求める。", "継続"),
              ("", "退園後の滞納者には、財産調査のうえ滞納処分を行う。", "拡充")], "plain")
j22 = BY["住宅使用料"][4][2022]
debt_section("７－５", "住宅使用料", "都市住宅課",
             "市営住宅使用料の収入未済額は" + F(c(j22["out"]) + "万円", j22["out"] * 10000, "yen", "outstanding", "actual", "total", 2022, "令和４年度", "市営住宅使用料", "市営住宅使用料")
             + "で、その多くは退去者に係るものである。",
             [("（１）", "３か月以上の滞納者には連帯保証人への通知を行い、納付の協力を求める。", "継続"),
              ("（２）", "６か月以上の滞納者で納付の意思がない者には、明渡請求訴訟を提起する。", "継続")], "list")
para("", size=4)
para("【参考】債権の整理の状況（令和４年度）", bold=True, size=10, font="IPAexGothic", space_before=6)
box = table(1, [166], 6)
t22 = tot(2022)
ct(box.rows[0].cells[0],
   "・主要債権の不納欠損額：" + F(c(t22["wo"]) + "万円", t22["wo"] * 10000, "yen", "written_off", "actual", "total", 2022, "令和４年度", None, "主要債権")
   + "（前年度 " + F(c(tot(2021)["wo"]) + "万円", tot(2021)["wo"] * 10000, "yen", "written_off", "actual", "total", 2021, "前年度", None, "主要債権") + "）\n"
   + "・うち私債権の債権放棄による欠損：" + F(c(tot(2022, "私")["wo"]) + "万円", tot(2022, "私")["wo"] * 10000, "yen", "written_off", "actual", "total", 2022,
                                          "令和４年度", None, "私債権") + "\n"
   + "・主要債権の収入未済額：" + F(c(t22["out"]) + "万円", t22["out"] * 10000, "yen", "outstanding", "actual", "total", 2022, "令和４年度", None, "主要債権"),
   size=9, align="l")
head("第８　推進体制", 12, 8)
para("副市長を本部長とする「中津川市債権管理対策本部」において、本計画の進捗状況を毎年度確認し、必要に応じて計画を見直す。"
     "各債権の所管課は、年度ごとの実績と取組の状況を税務課に報告する。", indent=10.5, first=10.5)

# ------------------------------------------------------------------ build
WORK.mkdir(parents=True, exist_ok=True)
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path, WORK)
PDF_DIR.mkdir(parents=True, exist_ok=True)
(PDF_DIR / f"{STEM}.pdf").write_bytes(pdf.read_bytes())
G.write()
