"""gg_yokote_minutes_1: 令和7年度第2回横手市債権管理推進本部会議 議事要旨 (書面開催).
python-docx -> LibreOffice (soffice --headless --convert-to pdf). Run from corpus/dev46."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gg_common import Gold, check, pct, zen  # noqa: E402

STEM = "gg_yokote_minutes_1"
WORK = Path("/tmp/gg_work") / STEM
WORK.mkdir(parents=True, exist_ok=True)
TITLE = "令和7年度第2回横手市債権管理推進本部会議 議事要旨"
G = Gold(STEM, "minutes", "minutes", "横手市", TITLE, "2026-02-27", "令和８年２月２７日（金）")
AS_NOW, AS_PREV = "2026-01-31", "2025-01-31"

# ------------------------------------------------------------------ data
# 1月末: amounts in units of 0.1百万円 (10万円). (canonical, printed, cur assessed, cur collected, arr assessed,
#        arr collected, prev cur assessed, prev cur collected, prev arr assessed, prev arr collected)
ROWS = [
    ("市税", "市税", 105203, 90601, 4026, 968, 104388, 89545, 4391, 1001),
    ("国民健康保険料", "国民健康保険税", 21054, 15197, 5982, 903, 21632, 15525, 6315, 928),
    ("介護保険料", "介護保険料", 19127, 16861, 413, 74, 19013, 16719, 437, 81),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 9052, 7704, 79, 27, 8871, 7532, 84, 28),
    ("市営住宅使用料", "市営住宅使用料", 3528, 2866, 615, 74, 3561, 2882, 640, 79),
    ("下水道使用料", "下水道使用料", 11206, 8862, 324, 178, 11298, 8921, 341, 182),
    ("水道料金", "水道料金", 18653, 14931, 487, 293, 18801, 15007, 502, 297),
    ("学校給食費", "学校給食費", 2984, 2508, 126, 25, 3012, 2537, 118, 26),
]
# 収入未済額の推移 (百万円 integers = 0.01億円): 市税, 国保税, その他 ; years 2018..2024 actual, 2025 estimate
HIST_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
HIST_LBL = ["H30", "令和元年度", "令和二年度", "3年度", "4年度", "5年度", "6年度", "7年度（見込）"]
HIST = {"市税": [612, 574, 588, 541, 503, 468, 437, 405],
        "国民健康保険税": [598, 571, 556, 539, 522, 503, 489, 472],
        "その他": [341, 336, 329, 327, 318, 314, 308, 296]}
HIST["合計"] = [sum(HIST[k][i] for k in ("市税", "国民健康保険税", "その他")) for i in range(8)]


def r(v10):          # 0.1百万円 units -> printed
    return f"{v10 / 10:,.1f}"


def yen10(v10):     # 0.1百万円 -> yen
    return v10 * 100000


def fmt_rate(x):
    return f"{x:.2f}"


def dlt(x):
    return ("▲" if x < -1e-9 else "") + f"{abs(x):.2f}"


DATA = []
for canon, pn, ca, cc, aa, ac, pca, pcc, paa, pac in ROWS:
    segs = {}
    for seg, A, C, PA, PC in (("current", ca, cc, pca, pcc), ("arrears", aa, ac, paa, pac),
                              ("total", ca + aa, cc + ac, pca + paa, pcc + pac)):
        segs[seg] = dict(a=A, c=C, r=pct(C, A), pr=pct(PC, PA), pa=PA, pc=PC)
    DATA.append((canon, pn, segs))
TOT = {}
for seg in ("current", "arrears", "total"):
    A = sum(s[seg]["a"] for _, _, s in DATA)
    C = sum(s[seg]["c"] for _, _, s in DATA)
    PA = sum(s[seg]["pa"] for _, _, s in DATA)
    PC = sum(s[seg]["pc"] for _, _, s in DATA)
    TOT[seg] = dict(a=A, c=C, r=pct(C, A), pr=pct(PC, PA), pa=PA, pc=PC)
SEG = {d[0]: d[2] for d in DATA}


def F(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def rate_now(page, debt, draw, seg, value, raw, fy_raw="令和８年１月末"):
    return F(page, debt, draw, 2025, fy_raw, seg, "collection_rate", "interim", value, "percent", raw, as_of=AS_NOW)


def rate_prev(page, debt, draw, seg, value, raw, fy_raw="前年同月"):
    return F(page, debt, draw, 2024, fy_raw, seg, "collection_rate", "interim", value, "percent", raw, as_of=AS_PREV)


def diff_pt(page, debt, draw, seg, value, raw, fy_raw="前年同月"):
    return F(page, debt, draw, 2025, fy_raw, seg, "difference", "interim", value, "points", raw, as_of=AS_NOW)


# ------------------------------------------------------------------ docx helpers
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

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    run = fp.add_run()
    if kind:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = txt
    run._r.append(el)
fp.runs[0].font.size = Pt(9)


def para(text="", size=None, bold=False, align=None, indent=None, first=None, gothic=False, before=0, after=0):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if gothic:
            run.font.name = "IPAexGothic"
            run._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align:
        p.alignment = align
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, size=9, align=None, bold=False, shade=None, gothic=True):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if gothic:
        run.font.name = "IPAexGothic"
        run._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.paragraph_format.line_spacing = 1.0
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def widths(table, mm):
    for row in table.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)


def tidy(table, height_mm=5.6, mar=40):
    """cell margins, row height and vertical centring, so the table does not look cramped"""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for edge, v in (("top", mar), ("bottom", mar), ("left", 80), ("right", 80)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        row.height = Mm(height_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def box_border(table, sz=18):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# ------------------------------------------------------------------ page 1
PG = 1
para(TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True, after=14)
para("１　開催日時", gothic=True, bold=True)
para("令和８年２月２７日（金）付けで各本部員あて資料を送付", indent=6)
para("（意見等提出期限　令和８年３月６日（金））", indent=6, after=6)
para("２　開催方法", gothic=True, bold=True)
para("書面開催（新型感染症等の状況及び年度末の業務繁忙期を考慮し、書面により開催した。）", indent=6, after=6)
para("３　構成員（本部員１０名、事務局３名）", gothic=True, bold=True, after=3)
ATT = [("本部長", "副市長"), ("副本部長", "財務部長"), ("本部員", "総務企画部長"), ("本部員", "市民福祉部長"),
       ("本部員", "こども・若者支援部長"), ("本部員", "農林部長"), ("本部員", "商工観光部長"), ("本部員", "建設部長"),
       ("本部員", "上下水道部長"), ("本部員", "教育総務部長"), ("事務局", "収納課長"), ("事務局", "税務課長"), ("事務局", "財政課長")]
t = doc.add_table(rows=7, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (role, title) in enumerate(ATT):
    rr, cc = i % 7, (i // 7) * 2
    set_cell(t.cell(rr, cc), role, size=9.5, align="c", shade="E7E6E6")
    set_cell(t.cell(rr, cc + 1), title, size=9.5)
set_cell(t.cell(6, 2), "", size=9.5)
set_cell(t.cell(6, 3), "", size=9.5)
widths(t, [24, 46, 24, 46])
tidy(t, 6.2)
para("", after=4)
AGENDA = ["令和7年度主要債権の収納状況（令和8年1月末現在）について", "令和8年度横手市債権管理推進計画（案）について",
          "令和7年度債権放棄及び不納欠損処理の見込みについて"]
para("４　議題", gothic=True, bold=True)
for i, a in enumerate(AGENDA, 1):
    para(f"（{i}）{a}", indent=6)
MATERIALS = ["資料1　令和7年度主要債権の収納状況（令和8年1月末現在）", "資料2　令和8年度横手市債権管理推進計画（案）",
             "資料3　令和7年度債権放棄及び不納欠損処理見込一覧"]
para("", after=2)
para("５　資料", gothic=True, bold=True)
for m in MATERIALS:
    para(m, indent=6)
para("", after=2)
para("６　結果", gothic=True, bold=True)
para("各議題について、期限までに提出された意見等を踏まえ、事務局案のとおり了承された。各本部員からの報告及び意見等の概要は次頁以降のとおり。", indent=6, first=3)
page_break()

# ------------------------------------------------------------------ statements
STATEMENTS = []


def stmt(page, speaker, section, text):
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})
    p = para(indent=4, first=-4, after=5)
    run = p.add_run("○" + speaker)
    run.font.name = "IPAexGothic"
    run._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run("　" + text)


PG = 2
sec1 = f"議題（1）{AGENDA[0]}"
para("７　議事の概要", gothic=True, bold=True, after=4)
para(sec1, gothic=True, bold=True, after=4)
T = TOT["total"]
dT = round(T["r"] - T["pr"], 2)
tax = SEG["市税"]
s1 = (f"資料1により報告する。令和８年１月末現在の主要８債権の収納率は、合計で"
      f"{rate_now(PG, None, '主要８債権', 'total', T['r'], zen(fmt_rate(T['r'])) + '％')}となり、前年同月と比べ"
      f"{diff_pt(PG, None, '主要８債権', 'total', dT, zen(f'{abs(dT):.2f}') + 'ポイント上昇')}した。"
      f"市税の現年分は{rate_now(PG, '市税', '市税', 'current', tax['current']['r'], zen(fmt_rate(tax['current']['r'])) + '％')}で、"
      f"前年同月（{rate_prev(PG, '市税', '市税', 'current', tax['current']['pr'], zen(fmt_rate(tax['current']['pr'])) + '％')}）を上回っている。"
      "差押えを中心とした滞納処分を継続しており、滞納繰越分も前年同月を上回って推移している。")
assert dT > 0
stmt(PG, "収納課長", sec1, s1)
# 【収納率】 bracketed heading with segment-only bullets
p = para("【収納率】令和８年１月末時点（市税）", gothic=True, bold=True, indent=8, after=1)
for seg, lbl in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計")):
    para(f"・{lbl}　" + rate_now(PG, "市税", "市税", seg, tax[seg]["r"], zen(fmt_rate(tax[seg]["r"])) + "％", fy_raw="令和８年１月末"),
         indent=12)
para("", after=4)
nhi, care, late = SEG["国民健康保険料"], SEG["介護保険料"], SEG["後期高齢者医療保険料"]
dn = round(nhi["current"]["r"] - nhi["current"]["pr"], 2)
s2 = (f"国民健康保険税の現年分収納率は{rate_now(PG, '国民健康保険料', '国民健康保険税', 'current', nhi['current']['r'], zen(fmt_rate(nhi['current']['r'])) + '％')}で、"
      f"前年同月を{diff_pt(PG, '国民健康保険料', '国民健康保険税', 'current', dn, zen(f'{abs(dn):.2f}') + 'ポイント')}上回った。"
      "被保険者数の減少により調定額は減少しているが、口座振替の勧奨と短期被保険者証の更新時の納付相談を継続している。"
      f"介護保険料の現年分は{rate_now(PG, '介護保険料', '介護保険料', 'current', care['current']['r'], zen(fmt_rate(care['current']['r'])) + '％')}、"
      f"後期高齢者医療保険料の現年分は{rate_now(PG, '後期高齢者医療保険料', '後期高齢者医療保険料', 'current', late['current']['r'], zen(fmt_rate(late['current']['r'])) + '％')}で、いずれも前年同月並みである。")
stmt(PG, "市民福祉部長", sec1, s2)
hs = SEG["市営住宅使用料"]
dh = round(hs["arrears"]["r"] - hs["arrears"]["pr"], 2)
s3 = (f"市営住宅使用料の滞納繰越分の収納率は{rate_now(PG, '市営住宅使用料', '市営住宅使用料', 'arrears', hs['arrears']['r'], zen(fmt_rate(hs['arrears']['r'])) + '％')}で、"
      f"前年同月比{diff_pt(PG, '市営住宅使用料', '市営住宅使用料', 'arrears', dh, zen(f'{abs(dh):.2f}') + 'ポイント低下')}となった。"
      "高額滞納者２名について明渡請求訴訟の準備を進めており、年度内に提訴する予定である。")
assert dh < 0
stmt(PG, "建設部長", sec1, s3)
sw, wt = SEG["下水道使用料"], SEG["水道料金"]
s4 = (f"下水道使用料の現年分は{rate_now(PG, '下水道使用料', '下水道使用料', 'current', sw['current']['r'], zen(fmt_rate(sw['current']['r'])) + '％')}、"
      f"水道料金の現年分は{rate_now(PG, '水道料金', '水道料金', 'current', wt['current']['r'], zen(fmt_rate(wt['current']['r'])) + '％')}である。"
      "給水停止予告を前提とした催告を計画的に実施しており、滞納繰越分は前年同月をやや上回って推移している。")
stmt(PG, "上下水道部長", sec1, s4)
page_break()

# ------------------------------------------------------------------ page 3
PG = 3
sec2 = f"議題（2）{AGENDA[1]}"
para(sec2, gothic=True, bold=True, after=4)
h = HIST["合計"]
o24, o23 = h[6], h[5]          # 百万円
def oku_man(m):  # 百万円 int -> 約X億Y,Z00万円
    o, rest = divmod(m, 100)
    return f"約{o}億{rest * 100:,}万円" if rest else f"約{o}億円"
d_ = o24 - o23
s5 = (f"資料2により説明する。令和6年度決算における主要債権の収入未済額は"
      f"{F(PG, None, '主要債権', 2024, '令和6年度', 'total', 'outstanding', 'actual', o24 * 1000000, 'yen', oku_man(o24), approx=True)}で、"
      f"前年度から{F(PG, None, '主要債権', 2024, '令和6年度', 'total', 'difference', 'actual', d_ * 1000000, 'yen', f'約{abs(d_) * 100:,}万円減少', approx=True)}した。"
      f"2023年度（令和5年度）の{F(PG, None, '主要債権', 2023, '2023年度（令和5年度）', 'total', 'outstanding', 'actual', o23 * 1000000, 'yen', oku_man(o23), approx=True)}から着実に縮減が進んでいる。"
      f"令和8年度計画では、市税の現年分目標収納率を{F(PG, '市税', '市税', 2026, '令和8年度', 'current', 'collection_rate', 'target', 99.30, 'percent', '99.30％')}、"
      f"国民健康保険税の現年分目標収納率を{F(PG, '国民健康保険料', '国民健康保険税', 2026, '令和8年度', 'current', 'collection_rate', 'target', 95.60, 'percent', '95.60％')}とし、"
      f"令和7年度目標からそれぞれ{F(PG, '市税', '市税', 2026, '令和8年度', 'current', 'difference', 'target', 0.10, 'points', '0.10ポイント')}、"
      f"{F(PG, '国民健康保険料', '国民健康保険税', 2026, '令和8年度', 'current', 'difference', 'target', 0.20, 'points', '0.20ポイント')}引き上げた。")
assert d_ < 0
stmt(PG, "財務部長", sec2, s5)
sec3 = f"議題（3）{AGENDA[2]}"
para(sec3, gothic=True, bold=True, after=4)
s6 = ("資料3により報告する。私債権及び非強制徴収公債権のうち、債務者の死亡・所在不明等により回収の見込みがないものについて、"
      "横手市債権管理条例に基づき債権放棄を行う。令和7年度の不納欠損処理の見込額は、全債権で"
      f"{F(PG, None, '全債権', 2025, '令和7年度', 'total', 'written_off', 'estimate', 32500000, 'yen', '約3,250万円', approx=True)}"
      f"（前年度{F(PG, None, '全債権', 2024, '前年度', 'total', 'written_off', 'actual', 36800000, 'yen', '約3,680万円', approx=True)}）である。")
stmt(PG, "収納課長", sec3, s6)
sec4 = "意見・質問及び回答"
para(sec4, gothic=True, bold=True, after=4)
gk = SEG["学校給食費"]
stmt(PG, "教育総務部長", sec4, "学校給食費の滞納繰越分は、前年同月と比べて収納率が下がっている。児童手当からの徴収の申出を含め、収納課として助言できることはあるか。")
stmt(PG, "収納課長", sec4, "児童手当からの徴収は保護者の申出が前提となるため、就学援助の申請時等に制度を案内していただきたい。あわせて、支払督促等の法的措置の手続について収納課から個別に助言する。")
stmt(PG, "建設部長", sec4, "退去者分の滞納家賃の回収委託について、令和8年度以降も継続する考えか。")
stmt(PG, "財務部長", sec4, "委託による回収実績が委託料を上回っていることから、令和8年度も継続する。対象債権の拡大についても検討する。")
stmt(PG, "副市長", sec4, "年度末に向けて、各部とも現年分の確保を最優先とし、出納整理期間まで滞納整理を緩めることのないよう取り組んでいただきたい。")
para("", after=6)

# ------------------------------------------------------------------ 別表1 (table broken across pages, header repeated)
HDR = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "増減"]
W = [34, 18, 22, 22, 17, 20, 17]


def table_part(parts, page):
    t = doc.add_table(rows=1, cols=len(HDR))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h_ in enumerate(HDR):
        set_cell(t.rows[0].cells[i], h_, size=9, align="c", shade="D9E2F3")
    for canon, pn, segs in parts:
        first = None
        for seg, lbl in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計")):
            s = segs[seg]
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = cells[0]
                set_cell(cells[0], pn, size=9)
            set_cell(cells[1], lbl, size=9, align="c")
            d_ = round(s["r"] - s["pr"], 2)
            vals = [F(page, canon, pn, 2025, "令和8年1月末", seg, "assessed", "interim", yen10(s["a"]), "yen", r(s["a"]), as_of=AS_NOW),
                    F(page, canon, pn, 2025, "令和8年1月末", seg, "collected", "interim", yen10(s["c"]), "yen", r(s["c"]), as_of=AS_NOW),
                    rate_now(page, canon, pn, seg, s["r"], fmt_rate(s["r"]), fy_raw="令和8年1月末"),
                    rate_prev(page, canon, pn, seg, s["pr"], fmt_rate(s["pr"])),
                    diff_pt(page, canon, pn, seg, d_, dlt(d_))]
            for j, v in enumerate(vals):
                set_cell(cells[2 + j], v, size=9, align="r")
            if seg == "total":
                first.merge(row.cells[0])
                set_cell(first, pn, size=9)
    widths(t, W)
    tidy(t)
    return t


PG = 3
para("別表1　主要債権の収納状況（令和8年1月末現在）", gothic=True, bold=True, after=2)
para("（単位：百万円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
table_part(DATA[:4], PG)
para("※ 収納率は、調定額に対する収入済額の割合。増減は前年同月収納率との差（ポイント）で、▲は低下。", size=8.5, before=3)
page_break()

PG = 4
para("別表1　主要債権の収納状況（令和8年1月末現在）（続き）", gothic=True, bold=True, after=2)
para("（単位：百万円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
TOTROW = ("合計", "合計", TOT)
t = table_part(DATA[4:], PG)
# 合計 rows (debt null)
first = None
for seg, lbl in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計")):
    s = TOT[seg]
    row = t.add_row()
    cells = row.cells
    if first is None:
        first = cells[0]
    set_cell(cells[1], lbl, size=9, align="c", shade="F2F2F2")
    d_ = round(s["r"] - s["pr"], 2)
    vals = [F(PG, None, "合計", 2025, "令和8年1月末", seg, "assessed", "interim", yen10(s["a"]), "yen", r(s["a"]), as_of=AS_NOW),
            F(PG, None, "合計", 2025, "令和8年1月末", seg, "collected", "interim", yen10(s["c"]), "yen", r(s["c"]), as_of=AS_NOW),
            rate_now(PG, None, "合計", seg, s["r"], fmt_rate(s["r"]), fy_raw="令和8年1月末"),
            rate_prev(PG, None, "合計", seg, s["pr"], fmt_rate(s["pr"])),
            diff_pt(PG, None, "合計", seg, d_, dlt(d_))]
    for j, v in enumerate(vals):
        set_cell(cells[2 + j], v, size=9, align="r", shade="F2F2F2", bold=True)
    if seg == "total":
        first.merge(row.cells[0])
        set_cell(first, "合計", size=9, align="c", shade="F2F2F2", bold=True)
widths(t, W)
tidy(t)
out_now = TOT["total"]["a"] - TOT["total"]["c"]
out_prev = TOT["total"]["pa"] - TOT["total"]["pc"]
para("※1 下水道使用料及び水道料金は、令和8年1月検針分までの調定額による。", size=8.5, before=3)
para("※2 合計の収入未済額（調定額－収入済額）は"
     + F(PG, None, "合計", 2025, "令和8年1月末", "total", "outstanding", "interim", yen10(out_now), "yen", r(out_now) + "百万円", as_of=AS_NOW)
     + "（前年同月" + F(PG, None, "合計", 2024, "前年同月", "total", "outstanding", "interim", yen10(out_prev), "yen", r(out_prev) + "百万円", as_of=AS_PREV)
     + "）である。", size=8.5)

# ------------------------------------------------------------------ 別表2 boxed table with caption and source line
PG = 4
para("", after=10)
para("別表2　主要債権の収入未済額の推移（各年度末）", gothic=True, bold=True, after=3)
outer = doc.add_table(rows=1, cols=1)
outer.alignment = WD_TABLE_ALIGNMENT.CENTER
box_border(outer, 18)
oc = outer.cell(0, 0)
oc.width = Mm(160)
set_cell(oc, "（単位：億円）", size=8.5, align="r")
inner = oc.add_table(rows=1, cols=9)
inner.style = "Table Grid"
set_cell(inner.rows[0].cells[0], "区分", size=8.5, align="c", shade="E2EFD9")
for i, lbl in enumerate(HIST_LBL):
    set_cell(inner.rows[0].cells[i + 1], lbl, size=8.5, align="c", shade="E2EFD9")
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "その他": None, "合計": None}
for key in ("市税", "国民健康保険税", "その他", "合計"):
    row = inner.add_row().cells
    set_cell(row[0], key, size=8.5, bold=(key == "合計"))
    for i, (y, lbl) in enumerate(zip(HIST_YEARS, HIST_LBL)):
        v = HIST[key][i]
        basis = "estimate" if y == 2025 else "actual"
        raw = f"{v / 100:.2f}"
        fyr = lbl.replace("（見込）", "")
        set_cell(row[i + 1], F(PG, CANON[key], key, y, fyr, "total", "outstanding", basis, v * 1000000, "yen", raw), size=8.5, align="r",
                 bold=(key == "合計"))
widths(inner, [22, 14, 17, 17, 14, 14, 14, 14, 21])
tidy(inner, 6.0, 30)
set_cell_p = oc.add_paragraph("※ 「その他」は、介護保険料、後期高齢者医療保険料、市営住宅使用料、下水道使用料、水道料金、学校給食費等の合計。")
set_cell_p.runs[0].font.size = Pt(8)
para("出典：横手市各年度歳入歳出決算書及び公営企業会計決算書（7年度は令和8年1月末現在の決算見込額）", size=8.5, before=3)
para("", after=6)
dd = HIST["合計"][7] - HIST["合計"][6]
para("　令和7年度末の収入未済額は、合計で" + F(PG, None, "合計", 2025, "令和7年度", "total", "outstanding", "estimate", HIST["合計"][7] * 1000000, "yen",
                                          oku_man(HIST["合計"][7]), approx=True)
     + "程度まで縮減する見込みであり、前年度末から"
     + F(PG, None, "合計", 2025, "令和7年度", "total", "difference", "estimate", dd * 1000000, "yen", f"約{abs(dd) * 100:,}万円", approx=True)
     + "の減少となる。", size=10)
assert dd < 0
para("以上", align=WD_ALIGN_PARAGRAPH.RIGHT, before=10)

# ------------------------------------------------------------------ build
docx_p = WORK / f"{STEM}.docx"
doc.save(docx_p)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_p)],
               check=True, capture_output=True, timeout=180)
pdf = Path("pdf") / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-02-27", "method": "書面開催",
             "attendees": [{"role": ro, "title": ti, "name": None} for ro, ti in ATT],
             "agenda": AGENDA, "materials": MATERIALS, "statements": STATEMENTS}
js = G.write(pdf, Path("gold") / f"{STEM}.json")
errs = check(pdf, Path("gold") / f"{STEM}.json")
print(f"{STEM}: pages={js['source']['pages']} facts={len(G.facts)} initiatives={len(G.inits)} statements={len(STATEMENTS)} errors={len(errs)}")
for e_ in errs[:40]:
    print("  ", e_)
