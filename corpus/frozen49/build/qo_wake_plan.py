"""和気町債権管理計画 -> python-docx -> LibreOffice.  Run from corpus/frozen49."""
import sys
sys.path.insert(0, "build")
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from qo_common import Gold, c, p, rate, sgn, soffice_pdf, PDF, WORK

STEM = "qo_wake_plan_1"
g = Gold(STEM, "plan", "plan", "和気町", "和気町債権管理計画（令和7（2025）年度～令和9（2027）年度）",
         "2025-03-01", "令和7年3月")

# (debt, printed, short, kaikei, ka, law, kubun, {fy: (ca, cc, aa, ac, wo)})  千円
D = [
    ("町税", "町税", "町税", "一般会計", "税務課", "地方税法", "強",
     {2022: (1618430, 1601284, 58214, 14102, 3215), 2023: (1640512, 1624902, 50611, 13878, 2964)}),
    ("保育料", "保育所保育料", "保育料", "一般会計", "子育て支援課", "児童福祉法", "強",
     {2022: (11842, 11704, 2411, 402, 188), 2023: (11206, 11093, 2143, 455, 160)}),
    ("町営住宅使用料", "町営住宅使用料", "住宅使用料", "一般会計", "建設課", "公営住宅法・民法", "私",
     {2022: (47315, 46102, 9840, 1507, 612), 2023: (46882, 45790, 9034, 1634, 540)}),
    ("奨学資金貸付金", "奨学資金貸付金", "奨学金", "一般会計", "教育課", "和気町奨学資金貸付条例", "私",
     {2022: (2610, 2402, 3188, 311, 0), 2023: (2544, 2380, 3085, 296, 0)}),
    ("国民健康保険税", "国民健康保険税", "国保税", "国民健康保険事業特別会計", "税務課", "地方税法", "強",
     {2022: (305412, 292880, 68215, 11920, 2811), 2023: (298106, 286514, 65996, 12304, 2637)}),
    ("介護保険料", "介護保険料", "介護料", "介護保険事業特別会計", "保健福祉課", "介護保険法", "強",
     {2022: (418775, 415102, 9210, 1608, 1124), 2023: (421630, 418217, 8151, 1720, 980)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療事業特別会計", "保健福祉課", "高齢者の医療の確保に関する法律", "強",
     {2022: (148210, 147822, 1120, 512, 64), 2023: (153306, 152911, 942, 455, 51)}),
    ("水道料金", "水道料金", "水道料金", "水道事業会計", "上下水道課", "民法（給水条例）", "私",
     {2022: (381024, 377815, 8412, 4120, 610), 2023: (378455, 375306, 7891, 3877, 588)}),
    ("下水道使用料", "下水道使用料", "下水道", "下水道事業会計", "上下水道課", "地方自治法・下水道法", "強",
     {2022: (262118, 259604, 5904, 2611, 302), 2023: (264380, 261940, 5405, 2488, 276)}),
]


def F(t):
    ca, cc, aa, ac, wo = t
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ta, tc=tc, out=ta - tc - wo,
                cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta))


FD = {d[0]: {y: F(t) for y, t in d[7].items()} for d in D}


def tot(names, y):
    t = {k: sum(FD[n][y][k] for n in names) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")}
    t["tr"] = rate(t["tc"], t["ta"])
    return t


ALL = [d[0] for d in D]
T22, T23 = tot(ALL, 2022), tot(ALL, 2023)
# totals history (千円): ta, tc, wo
HIST = {2019: (3452811, 3314920, 8421), 2020: (3418660, 3285104, 7935), 2021: (3440215, 3308472, 7410),
        2022: (T22["ta"], T22["tc"], T22["wo"]), 2023: (T23["ta"], T23["tc"], T23["wo"])}

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(15)


def para(text="", size=10.5, bold=False, align=None, gothic=False, space=2, indent=None):
    pr = doc.add_paragraph()
    if align == "c":
        pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pr.paragraph_format.space_after = Pt(space)
    pr.paragraph_format.space_before = Pt(0)
    if indent is not None:
        pr.paragraph_format.left_indent = Mm(indent)
    if text:
        r = pr.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return pr


def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def setc(cell, text, size=8.5, align="l", fill=None, bold=False):
    cell.text = ""
    pr = cell.paragraphs[0]
    pr.paragraph_format.space_after = Pt(0)
    pr.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    r = pr.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if fill:
        shade(cell, fill)


def table(rows, cols, widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
        tblPr = t._tbl.tblPr
        tw = OxmlElement("w:tblW")
        tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
        tw.set(qn("w:type"), "dxa")
        for old in tblPr.findall(qn("w:tblW")):
            tblPr.remove(old)
        tblPr.append(tw)
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Mm(w)
    return t


def hundredm(v_thousand):
    """千円 -> 百万円 with one decimal (printed and value)"""
    m = round(v_thousand / 1000, 1)
    return m, f"{m:,.1f}"


# ---------------- page 1: cover
for _ in range(8):
    para()
para("和気町債権管理計画", 26, True, "c", True, 10)
para("令和7（2025）年度 ～ 令和9（2027）年度", 14, False, "c", True, 80)
para("令和7年3月", 14, False, "c", True, 6)
para("和　気　町", 16, False, "c", True)
pbreak()

# ---------------- page 2: 目次 + 計画の概要 (memo numbering)
para("目　　次", 14, True, "c", True, 8)
for line, pg in (("１　計画の概要", 2), ("２　債権の現状", 3), ("　（１）収入未済額等の推移", 3), ("　（２）会計別・債権別の状況", 4),
                 ("３　これまでの取組と課題", 5), ("４　債権ごとの取組み", 6), ("５　取組スケジュール", 8), ("参考資料　債権一覧", 8)):
    para(f"{line}{'・' * (34 - len(line) * 2 // 2)}{pg}", 10.5, False, None, False, 3)
para()
para("１　計画の概要", 12, True, None, True, 4)
para("（１）策定の趣旨", 10.5, True, None, True, 2)
para("　町の債権は、町民負担の公平性を確保し、安定した財政運営を行うための重要な財源である。本計画は、和気町債権管理条例に基づき、"
     "町が保有する債権について、収納率の向上と収入未済額の縮減に向けた目標と取組を定めるものである。", 10.5)
para("（２）計画期間", 10.5, True, None, True, 2)
para("　令和7（2025）年度から令和9（2027）年度までの3か年とする。", 10.5)
para("（３）対象債権", 10.5, True, None, True, 2)
para("　令和5年度決算において収入未済額がある9債権を対象とする。", 10.5)
para("（４）推進体制", 10.5, True, None, True, 2)
para("　ア　和気町債権管理対策会議（会長：副町長）において進捗を管理する。", 10.5, indent=3)
para("　イ　各所管課は次により取組を進める。", 10.5, indent=3)
para("　　(ｱ)　年度当初に債権ごとの実施計画を作成する。", 10.5, indent=6)
para("　　(ｲ)　9月末及び3月末の状況を税務課へ報告する。", 10.5, indent=6)
pbreak()

# ---------------- page 3: 推移 table (years as rows, 百万円, average row, 増減額/増減率) + prose in 億円/万円
P = 3
para("２　債権の現状", 12, True, None, True, 4)
para("（１）収入未済額等の推移", 10.5, True, None, True, 3)
para("表1　対象債権全体の決算額の推移（単位：百万円、％）", 9.5, False, None, True, 2)
hdr = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "増減額", "増減率", "収納率"]
t = table(1 + 5 + 1, 8, [30, 20, 20, 18, 20, 18, 14, 14])
for i, h in enumerate(hdr):
    setc(t.cell(0, i), h, 9, "c", "D9E2F3")
YRAW = {2019: "令和元（2019）年度", 2020: "令和2（2020）年度", 2021: "令和3（2021）年度", 2022: "令和4（2022）年度", 2023: "令和5（2023）年度"}
prev_out = None
outs, rates = [], []
first_out = 3452811 - 3314920 - 8421 + 0
prev_out = 3420115 - 3285440 - 8960  # 平成30年度 (not printed) used for 増減 of 令和元年度
for r, y in enumerate(range(2019, 2024), 1):
    ta, tc, wo = HIST[y]
    out = ta - tc - wo
    tr = rate(tc, ta)
    rates.append(tr)
    outs.append(out)
    row = t.rows[r].cells
    setc(row[0], YRAW[y], 8.5)
    for j, (met, v) in enumerate((("assessed", ta), ("collected", tc), ("written_off", wo), ("outstanding", out)), 1):
        m, s = hundredm(v)
        setc(row[j], g.f(P, None, None, y, YRAW[y], "total", met, "actual", m * 1e6, "yen", s), 8.5, "r")
    dm = round(out / 1000, 1) - round(prev_out / 1000, 1)
    dm = round(dm, 1)
    dr = round((out - prev_out) / prev_out * 100, 1)
    setc(row[5], g.f(P, None, None, y, YRAW[y], "total", "difference", "actual", dm * 1e6, "yen", ("△" if dm < 0 else "") + f"{abs(dm):.1f}"), 8.5, "r")
    setc(row[6], ("△" if dr < 0 else "") + f"{abs(dr):.1f}", 8.5, "r")
    setc(row[7], g.f(P, None, None, y, YRAW[y], "total", "collection_rate", "actual", tr, "percent", p(tr)), 8.5, "r")
    prev_out = out
row = t.rows[6].cells
setc(row[0], "5年平均", 8.5, "c", "F2F2F2")
avg_out = sum(outs) / 5
m, s = hundredm(avg_out)
for j in range(1, 8):
    setc(row[j], "", 8.5, "r", "F2F2F2")
setc(row[4], g.f(P, None, "5年平均", None, "5年平均", "total", "average_outstanding", "actual", m * 1e6, "yen", s), 8.5, "r", "F2F2F2")
avg_r = round(sum(rates) / 5, 2)
setc(row[7], g.f(P, None, "5年平均", None, "5年平均", "total", "average_collection_rate", "actual", avg_r, "percent", p(avg_r)), 8.5, "r", "F2F2F2")
para("※ 増減額・増減率は前年度末の収入未済額との比較。令和元年度の増減は平成30年度末との比較。", 8.5, space=6)
o23, o22 = T23["out"], T22["out"]
oku = o23 // 100000 * 0 + round(o23 / 10)  # 万円
txt_out = f"{oku // 10000}億{oku % 10000:,}万円"
dd = round((o23 - o22) / 10)
pt = round(T23["tr"] - T22["tr"], 2)
pr = para("", 10.5)
pr.add_run("　対象債権全体の収入未済額は、令和5年度末で約"
           + g.f(P, None, None, 2023, "令和5年度末", "total", "outstanding", "actual", oku * 10000, "yen", txt_out, approx=True)
           + "となり、前年度末と比べて約"
           + g.f(P, None, None, 2023, "令和5年度", "total", "difference", "actual", dd * 10000, "yen", f"{abs(dd):,}万円", approx=True)
           + "減少した。収納率は"
           + g.f(P, None, None, 2023, "令和5年度", "total", "collection_rate", "actual", T23["tr"], "percent", p(T23["tr"]) + "％")
           + "で、前年度比"
           + g.f(P, None, None, 2023, "令和5年度", "total", "difference", "actual", pt, "points", f"{pt:.2f}ポイント")
           + "上昇している。一方、平成30年度以降の5年間で不納欠損額は減少傾向にあり、時効による消滅を防ぐ取組が進んできた。")

# ---------------- page 4: landscape; 会計 outer header, section rows, 会計計 and 総計, units in headers
P = 4
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Mm(297), Mm(210)
ns.left_margin = ns.right_margin = Mm(18)
ns.top_margin, ns.bottom_margin = Mm(15), Mm(12)
para("（２）会計別・債権別の状況（令和5年度決算）", 10.5, True, None, True, 3)
cols = ["会計", "債権名", "所管課", "区分", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）"]
SECTIONS = [("【一般会計】", ["町税", "保育料", "町営住宅使用料", "奨学資金貸付金"], "一般会計計"),
            ("【特別会計】", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"], "特別会計計"),
            ("【企業会計】", ["水道料金", "下水道使用料"], "企業会計計")]
nrows = 1 + sum(1 + len(x[1]) + 1 for x in SECTIONS) + 1
t = table(nrows, 9, [44, 36, 26, 12, 30, 30, 28, 30, 20])
for i, h in enumerate(cols):
    setc(t.cell(0, i), h, 8.5, "c", "D9E2F3")
DD = {d[0]: d for d in D}
r = 1
for secname, names, subname in SECTIONS:
    cl = t.rows[r].cells
    m = cl[0].merge(cl[8])
    setc(m, secname, 8.5, "l", "F2F2F2", True)
    r += 1
    start = r
    for n in names:
        d = DD[n]
        f = FD[n][2023]
        cl = t.rows[r].cells
        setc(cl[0], d[3], 8)
        setc(cl[1], d[1], 8.5)
        setc(cl[2], d[4], 8)
        setc(cl[3], d[6], 8.5, "c")
        for j, (met, k) in enumerate((("assessed", "ta"), ("collected", "tc"), ("written_off", "wo"), ("outstanding", "out")), 4):
            setc(cl[j], g.f(P, n, d[1], 2023, "令和5年度", "total", met, "actual", f[k] * 1000, "yen", c(f[k])), 8.5, "r")
        setc(cl[8], g.f(P, n, d[1], 2023, "令和5年度", "total", "collection_rate", "actual", f["tr"], "percent", p(f["tr"])), 8.5, "r")
        r += 1
    # merge 会計 cells where the same account spans rows
    i = start
    while i < r:
        j = i
        while j + 1 < r and t.cell(j + 1, 0).text == t.cell(i, 0).text:
            j += 1
        if j > i:
            txt = t.cell(i, 0).text
            mm = t.cell(i, 0).merge(t.cell(j, 0))
            setc(mm, txt, 8)
        i = j + 1
    st_ = tot(names, 2023)
    cl = t.rows[r].cells
    mm = cl[0].merge(cl[3])
    setc(mm, subname, 8.5, "c", "EDEDED")
    for j, (met, k) in enumerate((("assessed", "ta"), ("collected", "tc"), ("written_off", "wo"), ("outstanding", "out")), 4):
        setc(cl[j], g.f(P, None, subname, 2023, "令和5年度", "total", met, "actual", st_[k] * 1000, "yen", c(st_[k])), 8.5, "r", "EDEDED")
    setc(cl[8], g.f(P, None, subname, 2023, "令和5年度", "total", "collection_rate", "actual", st_["tr"], "percent", p(st_["tr"])), 8.5, "r", "EDEDED")
    r += 1
cl = t.rows[r].cells
mm = cl[0].merge(cl[3])
setc(mm, "総計", 8.5, "c", "D9E2F3", True)
for j, (met, k) in enumerate((("assessed", "ta"), ("collected", "tc"), ("written_off", "wo"), ("outstanding", "out")), 4):
    setc(cl[j], g.f(P, None, "総計", 2023, "令和5年度", "total", met, "actual", T23[k] * 1000, "yen", c(T23[k])), 8.5, "r", "D9E2F3")
setc(cl[8], g.f(P, None, "総計", 2023, "令和5年度", "total", "collection_rate", "actual", T23["tr"], "percent", p(T23["tr"])), 8.5, "r", "D9E2F3")
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8.5, space=1)
para(f"※ 町税の収入未済額のうち滞納繰越分 {g.f(P, '町税', '町税', 2023, '令和5年度', 'arrears', 'outstanding', 'actual', (FD['町税'][2023]['aa'] - FD['町税'][2023]['ac'] - FD['町税'][2023]['wo']) * 1000, 'yen', c(FD['町税'][2023]['aa'] - FD['町税'][2023]['ac'] - FD['町税'][2023]['wo']) + '千円')}", 8.5)

# ---------------- page 5: portrait; three-level header table with merged debt rows; then 2段組 prose
P = 5
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.PORTRAIT
ns.page_width, ns.page_height = Mm(210), Mm(297)
ns.left_margin = ns.right_margin = Mm(18)
ns.top_margin, ns.bottom_margin = Mm(18), Mm(15)
para("表2　主要債権の区分別収納状況（単位：千円、％）", 9.5, False, None, True, 2)
t = table(3 + 9, 8, [26, 12, 22, 22, 14, 22, 22, 14])
m = t.cell(0, 0).merge(t.cell(2, 1))
setc(m, "債権名・区分", 8.5, "c", "D9E2F3")
for k, (yl, x) in enumerate((("令和4年度", 2), ("令和5年度", 5))):
    mm = t.cell(0, x).merge(t.cell(0, x + 2))
    setc(mm, yl, 8.5, "c", "D9E2F3")
    mm = t.cell(1, x).merge(t.cell(1, x + 2))
    setc(mm, "決算", 8.5, "c", "D9E2F3")
    for q, h in enumerate(("調定額", "収入済額", "収納率")):
        setc(t.cell(2, x + q), h, 8.5, "c", "D9E2F3")
r = 3
for n in ("町税", "国民健康保険税", "介護保険料"):
    d = DD[n]
    mm = t.cell(r, 0).merge(t.cell(r + 2, 0))
    setc(mm, d[1], 8.5, "c")
    for q, (lab, seg, a, k, rr) in enumerate((("現年", "current", "ca", "cc", "cr"), ("滞繰", "arrears", "aa", "ac", "ar"), ("計", "total", "ta", "tc", "tr"))):
        setc(t.cell(r + q, 1), lab, 8.5, "c")
        for x, y, yr in ((2, 2022, "令和4年度"), (5, 2023, "令和5年度")):
            f = FD[n][y]
            setc(t.cell(r + q, x), g.f(P, n, d[1], y, yr, seg, "assessed", "actual", f[a] * 1000, "yen", c(f[a])), 8.5, "r")
            setc(t.cell(r + q, x + 1), g.f(P, n, d[1], y, yr, seg, "collected", "actual", f[k] * 1000, "yen", c(f[k])), 8.5, "r")
            setc(t.cell(r + q, x + 2), g.f(P, n, d[1], y, yr, seg, "collection_rate", "actual", f[rr], "percent", p(f[rr])), 8.5, "r")
    r += 3
para("", 6)
para("３　これまでの取組と課題", 12, True, None, True, 4)
# continuous section with two columns
ns = doc.add_section(WD_SECTION.CONTINUOUS)
for oc in ns._sectPr.findall(qn("w:cols")):
    ns._sectPr.remove(oc)
colsx = OxmlElement("w:cols")
colsx.set(qn("w:num"), "2")
colsx.set(qn("w:space"), "454")
ns._sectPr.append(colsx)
tz, kk, kg = FD["町税"], FD["国民健康保険税"], FD["介護保険料"]
d1 = round(tz[2023]["tr"] - tz[2022]["tr"], 2)
pr = para("", 10)
pr.add_run("（１）町税　町税の収納率は、令和5年度決算で"
           + g.f(P, "町税", "町税", 2023, "令和5年度", "total", "collection_rate", "actual", tz[2023]["tr"], "percent", p(tz[2023]["tr"]) + "％")
           + "となり、前年度比"
           + g.f(P, "町税", "町税", 2023, "令和5年度", "total", "difference", "actual", d1, "points", f"{d1:.2f}ポイント")
           + "上昇した。滞納繰越分は、財産調査の早期着手と差押えの実施により、収入未済額が"
           + g.f(P, "町税", "町税", 2023, "令和5年度", "total", "outstanding", "actual", tz[2023]["out"] * 1000, "yen", c(tz[2023]["out"]) + "千円")
           + "まで縮減した。今後は、少額の滞納が累積する前に、現年度のうちに納付を促すことが課題である。")
for run in pr.runs:
    run.font.size = Pt(10)
dk = round((kk[2023]["out"] - kk[2022]["out"]) / 10)
pr = para("", 10)
pr.add_run("（２）国民健康保険税　収入未済額は約"
           + g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", round(kk[2023]["out"] / 10) * 10000, "yen", f"{round(kk[2023]['out'] / 10):,}万円", approx=True)
           + "で、前年度から約"
           + g.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "difference", "actual", dk * 10000, "yen", f"{abs(dk):,}万円", approx=True)
           + "減少した。被保険者の高齢化と所得の減少により、分納誓約の不履行が増えている。")
pr.add_run().add_break(WD_BREAK.COLUMN)
for run in pr.runs:
    run.font.size = Pt(10)
dg = round(kg[2023]["cr"] - kg[2022]["cr"], 2)
pr = para("", 10)
pr.add_run("（３）介護保険料　現年度分の収納率は"
           + g.f(P, "介護保険料", "介護保険料", 2023, "令和5年度", "current", "collection_rate", "actual", kg[2023]["cr"], "percent", p(kg[2023]["cr"]) + "％")
           + "（前年度比"
           + g.f(P, "介護保険料", "介護保険料", 2023, "令和5年度", "current", "difference", "actual", dg, "points", f"{dg:.2f}ポイント")
           + "改善）と高い水準にある。普通徴収の未納者は年金額の少ない高齢者が多く、給付制限の説明を丁寧に行う必要がある。")
for run in pr.runs:
    run.font.size = Pt(10)
pr = para("（４）その他の債権　町営住宅使用料及び奨学資金貸付金は私債権であり、時効の援用がなければ債権が消滅しないため、"
          "回収の見込みがない債権は債権管理条例に基づく放棄を検討する。水道料金は給水停止予告を活用している。", 10)

# ---------------- pages 6-7: 推進シート per debt (heading with debt in parentheses)
ns = doc.add_section(WD_SECTION.NEW_PAGE)
for oc in ns._sectPr.findall(qn("w:cols")):
    ns._sectPr.remove(oc)
c1 = OxmlElement("w:cols")
c1.set(qn("w:num"), "1")
ns._sectPr.append(c1)

TG = {"町税": [(99.10, 99.20, 99.30), (28.00, 29.00, 30.00), (35000, 33000, 31000)],
      "国民健康保険税": [(96.30, 96.50, 96.70), (19.50, 20.00, 20.50), (60000, 57000, 54000)],
      "介護保険料": [(99.25, 99.30, 99.35), (22.00, 23.00, 24.00), (6000, 5600, 5200)],
      "町営住宅使用料": [(97.80, 98.00, 98.20), (19.00, 20.00, 21.00), (7500, 7000, 6500)]}
EST = {"町税": (99.08, 27.10, 36800), "国民健康保険税": (96.20, 19.10, 62300), "介護保険料": (99.21, 21.60, 6400),
       "町営住宅使用料": (97.70, 18.40, 7800)}
ITEMS = {
    "町税": [("（１）現年度分の収納対策", [("ア", "納期限後の早期督促と電話催告を徹底する。", "継続"),
                                   ("イ", "口座振替とスマートフォン決済の利用を広報紙・ホームページで周知する。", "拡充")]),
           ("（２）滞納繰越分の整理", [("ア", "滞納繰越1年目の事案は年度前半に財産調査を完了し、差押えを行う。", "継続"),
                                  ("イ", "岡山県備前県民局と共同で高額事案の滞納整理を行う。", "新規"),
                                  ("ウ", "財産がなく生活が困窮している者は、滞納処分の執行停止を適切に判断する。", None)])],
    "国民健康保険税": [("（１）現年度分の収納対策", [("ア", "新規加入時に口座振替の申込みを案内する。", "継続"),
                                        ("イ", "保険証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続")]),
                ("（２）滞納繰越分の整理", [("ア", "分納誓約の不履行者には速やかに催告書を送付し、再度の不履行には差押えを行う。", "拡充")])],
    "介護保険料": [("（１）収納対策", [("ア", "普通徴収の未納者に納期限翌月に納付案内を送付する。", "継続"),
                               ("イ", "地域包括支援センターと情報を共有し、納付が困難な世帯を早期に把握する。", "新規")])],
    "町営住宅使用料": [("（１）収納対策", [("ア", "滞納2か月で本人と連帯保証人に催告する。", "継続"),
                                ("イ", "滞納6か月以上の入居者について、明渡し請求訴訟の提起を検討する。", "継続"),
                                ("ウ", "回収の見込みがない退去者の債権は、放棄の手続を進める。", "新規")])],
}


def sheet(P, n, hnum):
    d = DD[n]
    para(f"４　債権ごとの取組み（{d[1]}）", 11.5, True, None, True, 3)
    tb = table(2, 4, [25, 60, 25, 60])
    for i, v in enumerate(("所管課", d[4], "根拠法令", d[5])):
        setc(tb.cell(0, i), v, 9, "c" if i % 2 == 0 else "l", "EDEDED" if i % 2 == 0 else None)
    for i, v in enumerate(("会計", d[3], "債権区分", {"強": "強制徴収公債権", "私": "私債権", "非": "非強制徴収公債権"}[d[6]])):
        setc(tb.cell(1, i), v, 9, "c" if i % 2 == 0 else "l", "EDEDED" if i % 2 == 0 else None)
    para("", 4)
    yh = (["2023年度（実績）", "2024年度（見込）", "2025年度（目標）", "2026年度（目標）", "2027年度（目標）"]
          if n == "国民健康保険税" else ["R5実績", "R6見込", "R7目標", "R8目標", "R9目標"])
    tb = table(4, 6, [40, 26, 26, 26, 26, 26])
    setc(tb.cell(0, 0), "区分", 8.5, "c", "D9E2F3")
    for i, h in enumerate(yh, 1):
        setc(tb.cell(0, i), h, 8.5, "c", "D9E2F3")
    f = FD[n][2023]
    est = EST[n]
    tg = TG[n]
    for q, (lab, seg, met, k) in enumerate((("現年度分収納率（％）", "current", "collection_rate", "cr"),
                                            ("滞納繰越分収納率（％）", "arrears", "collection_rate", "ar"),
                                            ("収入未済額（千円）", "total", "outstanding", "out"))):
        setc(tb.cell(q + 1, 0), lab, 8.5)
        isr = met == "collection_rate"
        fmt = (lambda v: p(v)) if isr else (lambda v: c(v))
        u = "percent" if isr else "yen"
        mul = 1 if isr else 1000
        setc(tb.cell(q + 1, 1), g.f(P, n, d[1], 2023, yh[0], seg, met, "actual", f[k] * mul, u, fmt(f[k])), 8.5, "r")
        setc(tb.cell(q + 1, 2), g.f(P, n, d[1], 2024, yh[1], seg, met, "estimate", est[q] * mul, u, fmt(est[q])), 8.5, "r")
        for j in range(3):
            setc(tb.cell(q + 1, 3 + j), g.f(P, n, d[1], 2025 + j, yh[2 + j], seg, met, "target", tg[q][j] * mul, u, fmt(tg[q][j])), 8.5, "r")
    para("取組内容", 10, True, None, True, 2)
    for sec_, its in ITEMS[n]:
        para(sec_, 10, False, None, False, 1, indent=2)
        for lab, txt, stt in its:
            para(f"{lab}　{txt}{'【' + stt + '】' if stt else ''}", 10, False, None, False, 1, indent=6)
            g.i(P, n, 2025, "取組内容", sec_[:3] + lab, txt, stt)
    para("", 6)


P = 6
sheet(P, "町税", 1)
sheet(P, "国民健康保険税", 2)
pbreak()
P = 7
sheet(P, "介護保険料", 2)
sheet(P, "町営住宅使用料", 2)
pbreak()

# ---------------- page 8: schedule table + 参考資料 list
P = 8
para("５　取組スケジュール", 12, True, None, True, 3)
SCH = [("1", "債権管理台帳の整備と所管課間の情報共有", "税務課・各所管課", ("実施", "→", "→")),
       ("2", "債権管理研修の実施（新任職員・担当者）", "総務課", ("○", "○", "○")),
       ("3", "徴収緩和・執行停止の判断基準の統一", "税務課", ("検討", "実施", "→")),
       ("4", "私債権の放棄に関する手続の整備", "各所管課", ("検討", "検討", "実施")),
       ("5", "キャッシュレス納付の対象債権の拡大", "会計課・各所管課", ("○", "→", "→"))]
tb = table(1 + len(SCH), 6, [10, 78, 36, 16, 16, 16])
for i, h in enumerate(("No.", "取組項目", "担当課", "R7", "R8", "R9")):
    setc(tb.cell(0, i), h, 8.5, "c", "D9E2F3")
for r_, (no, txt, ka, marks) in enumerate(SCH, 1):
    setc(tb.cell(r_, 0), no, 8.5, "c")
    setc(tb.cell(r_, 1), txt, 8.5)
    setc(tb.cell(r_, 2), ka, 8.5)
    for j, mk in enumerate(marks):
        setc(tb.cell(r_, 3 + j), mk, 8.5, "c")
    g.i(P, None, 2025, "取組スケジュール", no, txt, None)
para("", 6)
para("参考資料　債権一覧（令和5年度末）", 12, True, None, True, 3)
tb = table(1 + len(D), 5, [40, 28, 56, 12, 34])
for i, h in enumerate(("債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）")):
    setc(tb.cell(0, i), h, 8.5, "c", "D9E2F3")
for r_, d in enumerate(D, 1):
    f = FD[d[0]][2023]
    for i, v in enumerate((d[1], d[4], d[5], d[6])):
        setc(tb.cell(r_, i), v, 8.5, "c" if i == 3 else "l")
    setc(tb.cell(r_, 4), g.f(P, d[0], d[1], 2023, "令和5年度末", "total", "outstanding", "actual", f["out"] * 1000, "yen", c(f["out"])), 8.5, "r")
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8.5)

src = WORK / f"{STEM}.docx"
doc.save(src)
out = PDF / f"{STEM}.pdf"
soffice_pdf(src, out)
g.write(out)
