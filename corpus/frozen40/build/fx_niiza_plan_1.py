"""新座市債権管理計画（令和7年度～令和9年度） — python-docx -> LibreOffice. Run from corpus/frozen40."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from fx_common import Gold, PDF_DIR, WORK, rate, fr, c, soffice_pdf, oku_man  # noqa: E402

STEM = "fx_niiza_plan_1"
g = Gold(STEM, "plan", "keikaku", "新座市", "新座市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
K = 1000

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)


def font(run, size=None, gothic=False, bold=False):
    if size:
        run.font.size = Pt(size)
    if gothic:
        run.font.name = "IPAexGothic"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    run.bold = bold
    return run


def P(text="", size=None, gothic=False, bold=False, align=None, indent=0, first=0, after=2, before=0):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), size, gothic, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def ctext(cell, text, size=8.5, align="c", gothic=False, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), size, gothic, bold)
        p.paragraph_format.space_after = Pt(0)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    return cell


def table(rows, cols, widths):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
    for j, w in enumerate(widths):
        for cell in t.columns[j].cells:
            cell.width = Mm(w)
    return t


# ------------------------------------------------------------------ data (千円)
DEBTS = [  # key, printed, canonical, 会計, 所管課, R5 cur A, R5 cur rate, R5 arr A, arr rate, wo
    ("tax", "市税", "市税", "一般会計", "収納課", 25123450, .9912, 812340, .3145, 0.061),
    ("hoiku", "保育所保育料", "保育料", "一般会計", "保育課", 402310, .9903, 21870, .1822, 0.052),
    ("seiho", "生活保護費返還金", "生活保護費返還金", "一般会計", "生活支援課", 88420, .4812, 215630, .0421, 0.038),
    ("kokuho", "国民健康保険税", "国民健康保険料", "国民健康保険特別会計", "保険年金課", 4312880, .9402, 1588410, .2213, 0.081),
    ("kaigo", "介護保険料", "介護保険料", "介護保険特別会計", "介護保険課", 3312040, .9918, 72110, .2488, 0.247),
    ("koki", "後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療特別会計", "保険年金課", 1721380, .9961, 14320, .4012, 0.092),
    ("gesui", "下水道使用料", "下水道使用料", "下水道事業会計", "下水道課", 2315870, .9891, 40120, .5721, 0.021),
]
R4F = {"tax": (24812300, .9905, 845120, .3011), "hoiku": (415880, .9897, 23410, .1754), "seiho": (91230, .4733, 221880, .0402),
       "kokuho": (4402150, .9381, 1650230, .2142), "kaigo": (3251880, .9914, 73850, .2431),
       "koki": (1688420, .9958, 15110, .3921), "gesui": (2298740, .9889, 41880, .5612)}
D = {}
for k, pr, cn, kai, ka, a, r_, b, q, w in DEBTS:
    cc, cb = round(a * r_), round(b * q)
    wo = round(b * w)
    D[k] = dict(ac=a, cc=cc, rc=rate(cc, a), aa=b, ca=cb, ra=rate(cb, b), wo=wo, out=a + b - cc - cb - wo)
    a4, r4, b4, q4 = R4F[k]
    c4, d4 = round(a4 * r4), round(b4 * q4)
    D[k]["r4"] = dict(ac=a4, cc=c4, rc=rate(c4, a4), aa=b4, ca=d4, ra=rate(d4, b4))
TGT = {  # R6 est, R7, R8, R9 current-year rate
    "tax": (99.15, 99.20, 99.25, 99.30), "hoiku": (99.05, 99.10, 99.15, 99.20), "seiho": (48.50, 49.00, 49.50, 50.00),
    "kokuho": (94.20, 94.40, 94.60, 94.80), "kaigo": (99.20, 99.25, 99.30, 99.35), "koki": (99.62, 99.65, 99.65, 99.70),
    "gesui": (98.95, 99.00, 99.05, 99.10)}
# total outstanding of all debts, 百万円 with one decimal (R2..R6見込)
OUT_TOTAL = {2020: 2771.4, 2021: 2702.9, 2022: 2664.0, 2023: None, 2024: 2431.2}
OUT_TOTAL[2023] = round(sum(D[k]["out"] for k in D) / 1000, 1)

# ------------------------------------------------------------------ page 1: cover
for _ in range(8):
    P()
P("新座市債権管理計画", 26, gothic=True, bold=True, align="c", after=10)
P("（令和7年度～令和9年度）", 16, gothic=True, align="c", after=200)
for _ in range(10):
    P()
P("令和7年3月", 14, align="c", after=6)
P("新　座　市", 16, gothic=True, align="c")
pagebreak()

# ------------------------------------------------------------------ page 2: 目次 + 1, 2
PG = 2
P("目　　次", 13, gothic=True, bold=True, align="c", after=8)
toc = [("1　計画策定の趣旨", 2), ("2　計画期間", 2), ("3　債権の現状", 3), ("4　数値目標", 4),
       ("5　債権別の状況（令和5年度決算）", 5), ("6　債権ごとの取組み", 6)]
for t, n in toc:
    p = P(after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT, 1)  # dots
    font(p.add_run(f"{t}\t{n}"), 10.5)
P(after=10)
P("1　計画策定の趣旨", 12, gothic=True, bold=True, after=4)
P("　本市では、平成29年度に「新座市債権管理条例」を制定し、市が保有する債権の管理に関する事務の処理について"
  "必要な事項を定め、全庁的な債権管理の適正化に取り組んできました。令和元年度には第1次の債権管理計画を策定し、"
  "債権所管課と収納課が連携して、収納率の向上と収入未済額の縮減を進めてきたところです。", after=4)
P("　この間、市税をはじめとする主要な債権では収納率が上昇し、収入未済額も減少傾向にありますが、非強制徴収公債権及び"
  "私債権では、滞納繰越分の整理が十分に進んでいないものも見られます。", after=4)
P("　このため、これまでの取組の成果と課題を踏まえ、令和7年度以降の債権管理の方向性と債権ごとの数値目標・取組を定める"
  "「新座市債権管理計画（令和7年度～令和9年度）」を策定するものです。", after=10)
P("2　計画期間", 12, gothic=True, bold=True, after=4)
P("　令和7（2025）年度から令和9（2027）年度までの3年間とします。なお、社会経済情勢の変化や制度改正等に応じて、"
  "必要な見直しを行います。", after=4)
P("　計画の対象は、令和5（2023）年度決算において収入未済額が生じている債権のうち、主要な7債権とします。", after=4)
pagebreak()

# ------------------------------------------------------------------ page 3: 現状 (tab-aligned table without rules)
PG = 3
P("3　債権の現状", 12, gothic=True, bold=True, after=4)
P("（1）収入未済額の推移", 11, gothic=True, after=4)
o5, o4 = OUT_TOTAL[2023], OUT_TOTAL[2022]
man5 = round(o5 * 100) * 10000          # 百万円(0.1) -> 万円単位
dman = round((o4 - o5) * 100) * 10000
pct = round((o5 - o4) / o4 * 100, 1)
s1, s2, s3 = f"約{oku_man(man5)}", f"約{oku_man(dman)}", f"{abs(pct):.1f}％"
P(f"　対象債権全体の収入未済額は、令和5年度末で{s1}となり、前年度末から{s2}（{s3}）減少しました。"
  "令和2年度末からの3年間では一貫して減少しています。", after=4)
g.f(PG, None, None, 2023, "令和5年度", "total", "outstanding", "actual", man5, "yen", s1, approx=True)
g.f(PG, None, None, 2023, "令和5年度", "total", "difference", "actual", -dman, "yen", s2, approx=True)
g.f(PG, None, None, 2023, "令和5年度", "total", "change_rate", "actual", pct, "percent", s3)
P("表1　収入未済額の推移（対象7債権の合計）", 9.5, gothic=True, after=2, before=4)
P("（単位：百万円、％）", 8.5, align="r", after=0)


def tabrow(cols, size=9.5, gothic=False, underline=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(1)
    pf.left_indent = Mm(6)
    for x in (70, 110, 145):
        pf.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("\t".join(cols)), size, gothic)
    return p


tabrow(["年度", "収入未済額", "増減額", "増減率"], gothic=True)
prev = None
for y in [2020, 2021, 2022, 2023, 2024]:
    v = OUT_TOTAL[y]
    lab = f"令和{y - 2018}年度" + ("（見込）" if y == 2024 else "")
    basis = "estimate" if y == 2024 else "actual"
    cols = [lab, f"{v:,.1f}"]
    g.f(PG, None, None, y, f"令和{y - 2018}年度", "total", "outstanding", basis, round(v * 1e6), "yen", f"{v:,.1f}")
    if prev is None:
        cols += ["－", "－"]
    else:
        dd = round(v - prev, 1)
        rr = round((v - prev) / prev * 100, 1)
        cols += [("△" if dd < 0 else "") + f"{abs(dd):,.1f}", ("△" if rr < 0 else "") + f"{abs(rr):.1f}"]
        g.f(PG, None, None, y, f"令和{y - 2018}年度", "total", "difference", basis, round(dd * 1e6), "yen", cols[2])
        g.f(PG, None, None, y, f"令和{y - 2018}年度", "total", "change_rate", basis, rr, "percent", cols[3])
    tabrow(cols)
    prev = v
avg = round(sum(OUT_TOTAL.values()) / 5, 1)
tabrow(["5年平均", f"{avg:,.1f}", "", ""], gothic=True)
g.f(PG, None, "5年平均", None, "5年平均", "total", "outstanding_average", "actual", round(avg * 1e6), "yen", f"{avg:,.1f}")
P("※ 令和6年度は決算見込額。増減額・増減率は前年度との比較（△は減少）。", 8.5, indent=6, after=8, before=2)
P("（2）主な債権の収納率", 11, gothic=True, after=4)
t4, t5 = 98.61, D["tax"]["rc"]
P(f"　市税の現年度分収納率は、令和元年度の{fr(t4)}％から令和5年度には{fr(t5)}％へと{fr(t5 - t4)}ポイント上昇しました。"
  f"国民健康保険税の現年度分収納率も{fr(D['kokuho']['rc'])}％となり、前年度から{fr(D['kokuho']['rc'] - D['kokuho']['r4']['rc'])}"
  "ポイント改善しています。", after=4)
g.f(PG, "市税", "市税", 2019, "令和元年度", "current", "collection_rate", "actual", t4, "percent", f"{fr(t4)}％")
g.f(PG, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "actual", t5, "percent", f"{fr(t5)}％")
g.f(PG, "市税", "市税", 2023, "令和5年度", "current", "difference_from_2019", "actual", round(t5 - t4, 2), "points",
    f"{fr(t5 - t4)}ポイント")
g.f(PG, "国民健康保険料", "国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", D["kokuho"]["rc"],
    "percent", f"{fr(D['kokuho']['rc'])}％")
g.f(PG, "国民健康保険料", "国民健康保険税", 2023, "令和5年度", "current", "difference", "actual",
    round(D["kokuho"]["rc"] - D["kokuho"]["r4"]["rc"], 2), "points", f"{fr(D['kokuho']['rc'] - D['kokuho']['r4']['rc'])}ポイント")
P("　一方、生活保護費返還金は、現年度分の収納率が5割に満たず、滞納繰越分の累積が課題となっています。", after=4)
pagebreak()

# ------------------------------------------------------------------ page 4: 数値目標 (会計 merged outer header)
PG = 4
P("4　数値目標", 12, gothic=True, bold=True, after=4)
P("　計画期間の各年度について、債権ごとに現年度分収納率の目標を次のとおり定めます。", after=6)
P("表2　現年度分収納率の目標（単位：％）", 9.5, gothic=True, after=2)
t = table(2 + len(DEBTS), 8, [24, 32, 22, 17, 17, 17, 17, 17])
hdr = t.rows[0].cells
for j in range(3):
    t.cell(0, j).merge(t.cell(1, j))
ctext(t.cell(0, 0), "会計", gothic=True)
ctext(t.cell(0, 1), "債権名", gothic=True)
ctext(t.cell(0, 2), "所管課", gothic=True)
ctext(t.cell(0, 3), "決算", gothic=True)
ctext(t.cell(0, 4), "見込", gothic=True)
t.cell(0, 5).merge(t.cell(0, 7))
ctext(t.cell(0, 5), "目標", gothic=True)
for j, yl in zip(range(3, 8), ["令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度"]):
    ctext(t.cell(1, j), yl, 8)
for rr in (0, 1):
    for cell in t.rows[rr].cells:
        shade(cell)
row = 2
first_of = {}
for k, pr, cn, kai, ka, *_ in DEBTS:
    first_of.setdefault(kai, row)
    ctext(t.cell(row, 1), pr, 8.5, "l")
    ctext(t.cell(row, 2), ka, 8)
    v5 = D[k]["rc"]
    ctext(t.cell(row, 3), g.f(PG, cn, pr, 2023, "令和5年度", "current", "collection_rate", "actual", v5, "percent", fr(v5)), 8.5, "r")
    est, *tg = TGT[k]
    ctext(t.cell(row, 4), g.f(PG, cn, pr, 2024, "令和6年度", "current", "collection_rate", "estimate", est, "percent", fr(est)), 8.5, "r")
    for j, (y, v) in enumerate(zip([2025, 2026, 2027], tg)):
        ctext(t.cell(row, 5 + j), g.f(PG, cn, pr, y, f"令和{y - 2018}年度", "current", "collection_rate", "target", v, "percent", fr(v)), 8.5, "r")
    row += 1
kai_rows = {}
for i, d in enumerate(DEBTS):
    kai_rows.setdefault(d[3], []).append(2 + i)
for kai, rows in kai_rows.items():
    top = t.cell(rows[0], 0)
    if len(rows) > 1:
        top = top.merge(t.cell(rows[-1], 0))
    ctext(top, kai.replace("特別会計", "\n特別会計") if len(kai) > 8 else kai, 8)
P("※ 令和6年度は令和7年1月末時点の実績を基にした見込値。", 8.5, after=10, before=2)
tg9 = (man5 - 200000000) // 10000000 * 10000000
P("　また、対象7債権全体の収入未済額を、令和9年度末までに令和5年度末と比べて約2億円縮減し、"
  f"約{oku_man(tg9)}とすることを目標とします。", after=4)
g.f(PG, None, None, 2027, "令和9年度", "total", "outstanding", "target", tg9, "yen", f"約{oku_man(tg9)}", approx=True)

# ------------------------------------------------------------------ page 5: landscape wide table
PG = 5
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(12)
ls.top_margin = ls.bottom_margin = Mm(15)
P("5　債権別の状況（令和4年度・令和5年度決算）", 12, gothic=True, bold=True, after=2)
P("（単位：千円、％）", 8.5, align="r", after=0)
wid = [25] + [19.5, 19.5, 11] * 4 + [48]
t = table(3 + len(DEBTS), 14, wid)
t.cell(0, 0).merge(t.cell(2, 0))
ctext(t.cell(0, 0), "債権名", 8, gothic=True)
t.cell(0, 13).merge(t.cell(2, 13))
ctext(t.cell(0, 13), "備考", 8, gothic=True)
for yi, yl in enumerate(["令和4年度", "令和5年度"]):
    c0 = 1 + yi * 6
    t.cell(0, c0).merge(t.cell(0, c0 + 5))
    ctext(t.cell(0, c0), yl, 8, gothic=True)
    for si, sl in enumerate(["現年度分", "滞納繰越分"]):
        cs = c0 + si * 3
        t.cell(1, cs).merge(t.cell(1, cs + 2))
        ctext(t.cell(1, cs), sl, 8, gothic=True)
        for mi, ml in enumerate(["調定額", "収入済額", "収納率"]):
            ctext(t.cell(2, cs + mi), ml, 7.5, gothic=True)
for rr in range(3):
    for cell in t.rows[rr].cells:
        shade(cell)
for i, (k, pr, cn, kai, ka, *_) in enumerate(DEBTS):
    rr = 3 + i
    ctext(t.cell(rr, 0), pr, 7.5, "l")
    for yi, (y, dd) in enumerate([(2022, D[k]["r4"]), (2023, D[k])]):
        for si, (seg, a, cl, rt) in enumerate([("current", dd["ac"], dd["cc"], dd["rc"]), ("arrears", dd["aa"], dd["ca"], dd["ra"])]):
            cs = 1 + yi * 6 + si * 3
            yl = f"令和{y - 2018}年度"
            ctext(t.cell(rr, cs), g.f(PG, cn, pr, y, yl, seg, "assessed", "actual", a * K, "yen", c(a)), 7, "r")
            ctext(t.cell(rr, cs + 1), g.f(PG, cn, pr, y, yl, seg, "collected", "actual", cl * K, "yen", c(cl)), 7, "r")
            ctext(t.cell(rr, cs + 2), g.f(PG, cn, pr, y, yl, seg, "collection_rate", "actual", rt, "percent", fr(rt)), 7, "r")
    note = f"令和5年度不納欠損額 {c(D[k]['wo'])}千円\n令和5年度末収入未済額 {c(D[k]['out'])}千円"
    g.f(PG, cn, pr, 2023, "令和5年度", "total", "written_off", "actual", D[k]["wo"] * K, "yen", f"{c(D[k]['wo'])}千円")
    g.f(PG, cn, pr, 2023, "令和5年度", "total", "outstanding", "actual", D[k]["out"] * K, "yen", f"{c(D[k]['out'])}千円")
    ctext(t.cell(rr, 13), note, 6.5, "l")
P("※ 収納率＝収入済額÷調定額×100。生活保護費返還金は生活保護法第63条・第78条による返還金等の合計。", 8, after=0, before=3)

# ------------------------------------------------------------------ pages 6-7: 推進シート
SHEETS = [
    ("kokuho", "保険年金課", 2,
     [("(1) 口座振替の原則化", "国民健康保険の資格取得時に、窓口で口座振替の手続を原則として行い、納め忘れを防ぐ。", "継続"),
      ("(2) 早期の財産調査", "滞納発生から3か月以内に預貯金等の調査に着手し、資力のある滞納者には差押えを行う。", "拡充"),
      ("(3) 納付相談の充実", "資格確認書の交付時に納付相談を行い、分割納付の計画を作成する。", "新規")],
     "box"),
    ("hoiku", "保育課", 2,
     [("(1) 児童手当からの徴収", "保護者の申出による児童手当からの徴収を入園説明会で案内する。", "継続"),
      ("(2) 退園者への対応", "退園が決まった世帯に未納がある場合は、退園前に面談し納付計画を確認する。", "新規")],
     "plain"),
    ("seiho", "生活支援課", 3,
     [("(1) 返還金の発生防止", "収入申告の定期的な確認により、就労収入の未申告による返還金の発生を防ぐ。", "継続"),
      ("(2) 保護費からの徴収", "法第78条の徴収金について、本人の同意に基づく保護費からの徴収を進める。", "拡充")],
     "box"),
    ("gesui", "下水道課", 3,
     [("(1) 水道事業者との連携", "水道料金と一括で請求している利点を生かし、給水停止予告と連動した催告を行う。", "継続"),
      ("(2) 消滅時効の管理", "時効の完成が近い債権を四半期ごとに抽出し、催告・債務承認の取得を行う。", "新規")],
     "plain"),
]
cur_page = None
for n, (k, ka, pg, items, style) in enumerate(SHEETS):
    row0 = [d for d in DEBTS if d[0] == k][0]
    _, pr, cn, kai, *_ = row0
    if pg != cur_page:
        if pg == 2:
            ps = doc.add_section(WD_SECTION.NEW_PAGE)
            ps.orientation = WD_ORIENT.PORTRAIT
            ps.page_width, ps.page_height = Mm(210), Mm(297)
            ps.left_margin = ps.right_margin = Mm(22)
            ps.top_margin = ps.bottom_margin = Mm(18)
            P("6　債権ごとの取組み", 12, gothic=True, bold=True, after=6)
        else:
            pagebreak()
        cur_page = pg
    PG = 4 + pg  # sheets on pages 6 and 7
    P(f"（{n + 1}）債権ごとの取組み（{pr}）", 11, gothic=True, bold=True, after=3, before=4)
    t = table(5, 6, [38, 26, 26, 26, 26, 24])
    t.cell(0, 0).merge(t.cell(0, 2))
    ctext(t.cell(0, 0), f"債権名　{pr}", 9.5, "l", gothic=True)
    t.cell(0, 3).merge(t.cell(0, 5))
    ctext(t.cell(0, 3), f"所管課　{ka}", 9.5, "l", gothic=True)
    shade(t.cell(0, 0), "E7EEF7")
    shade(t.cell(0, 3), "E7EEF7")
    for j, lab in enumerate(["区分", "令和5年度\n実績", "令和6年度\n見込", "令和7年度\n目標", "令和8年度\n目標", "令和9年度\n目標"]):
        ctext(t.cell(1, j), lab, 8, gothic=True)
        shade(t.cell(1, j))
    est, t7, t8, t9 = TGT[k]
    ra5 = D[k]["ra"]
    ra_t = [round(ra5 + x, 2) for x in (0.30, 0.60, 0.90, 1.20)]
    out5 = D[k]["out"]
    out_t = [round(out5 * f / 100) * 100 for f in (0.985, 0.97, 0.955, 0.94)]
    rows = [("現年度分収納率（％）", "current", "collection_rate", [D[k]["rc"], est, t7, t8, t9], "percent"),
            ("滞納繰越分収納率（％）", "arrears", "collection_rate", [ra5] + ra_t, "percent"),
            ("収入未済額（千円）", "total", "outstanding", [out5] + out_t, "yen")]
    for i, (lab, seg, met, vals, unit) in enumerate(rows):
        ctext(t.cell(2 + i, 0), lab, 8, "l")
        for j, (y, v) in enumerate(zip([2023, 2024, 2025, 2026, 2027], vals)):
            basis = ["actual", "estimate", "target", "target", "target"][j]
            yl = f"令和{y - 2018}年度"
            if unit == "percent":
                s = g.f(PG, cn, pr, y, yl, seg, met, basis, v, "percent", fr(v))
            else:
                s = g.f(PG, cn, pr, y, yl, seg, met, basis, v * K, "yen", c(v))
            ctext(t.cell(2 + i, 1 + j), s, 8.5, "r")
    P("", after=2)
    if style == "box":
        bt = table(1, 1, [166])
        cell = bt.cell(0, 0)
        cell.text = ""
        p = cell.paragraphs[0]
        font(p.add_run("取組内容"), 9.5, gothic=True, bold=True)
        for lab, tx, stt in items:
            p = cell.add_paragraph()
            font(p.add_run(f"{lab}　{tx}"), 9)
            p.paragraph_format.space_after = Pt(0)
            p2 = cell.add_paragraph()
            font(p2.add_run(f"【{stt}】"), 9)
            p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p2.paragraph_format.space_after = Pt(1)
            g.i(PG, cn, 2025, "取組内容", lab, tx, stt, debt_raw=pr)
    else:
        for lab, tx, stt in items:
            P(lab, 9.5, gothic=True, after=0, indent=4)
            P(f"　{tx}", 9, after=0, indent=8)
            P(f"【{stt}】", 9, after=2, indent=8)
            g.i(PG, cn, 2025, f"{pr}の取組み", lab.split(" ")[0], tx, stt, debt_raw=pr)
    P("", after=4)

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(pdf, out)
g.write(out)
