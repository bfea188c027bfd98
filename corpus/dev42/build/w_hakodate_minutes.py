"""函館市 債権管理対策会議 会議録 (python-docx -> LibreOffice).  Run from corpus/dev42."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import PDF_DIR, WORK, Gold, c, finish, rate, signed, zen  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "w_hakodate_minutes_1"
CITY = "函館市"
TITLE = "令和５年度第２回函館市債権管理対策会議 会議録"
FY = 2023
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"      # 令和６年２月末 (leap year) and its 前年同月

MINCHO = "IPAex明朝"
GOTHIC = "IPAexゴシック"

# 別表 data (千円): name, (現年 調定, 収入済), (滞繰 調定, 収入済), 前年同月比 points (現年, 滞繰, 計)
ROWS = [
    ("市税", "市税", (18654320, 18255108), (1712450, 469552), (0.30, 1.15, 0.42)),
    ("国民健康保険料", "国民健康保険料", (4812660, 4412390), (1486230, 301774), (0.37, -0.65, 0.12)),
    ("介護保険料", "介護保険料", (4105880, 4032917), (98410, 19870), (0.04, 0.83, 0.06)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (2318540, 2301255), (21336, 6021), (-0.02, 2.14, 0.01)),
    ("保育所保育料", "保育所保育料", (612400, 601115), (58220, 9316), (0.21, -1.06, 0.35)),
    ("市営住宅使用料", "市営住宅使用料", (1402556, 1371204), (246318, 31557), (0.11, 0.57, 0.29)),
]
TOTAL_DIFF = (0.25, 0.40, 0.31)

g = Gold("minutes", "minutes", CITY, TITLE, "2024-03-21", "令和６年３月２１日")


# ---------------------------------------------------------------- docx helpers
def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, indent=0.0, first=0.0,
         font=MINCHO, after=0, before=0):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = align
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p):
    def fld(instr):
        r = p.add_run()
        set_font(r, MINCHO, 9)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
        r2 = p.add_run(); set_font(r2, MINCHO, 9)
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
        r2._element.append(t)
        r3 = p.add_run(); set_font(r3, MINCHO, 9)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._element.append(e)
    set_font(p.add_run("－ "), MINCHO, 9)
    fld("PAGE")
    set_font(p.add_run(" －"), MINCHO, 9)


def cell_text(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, shade=None, font=MINCHO):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), shade)
        tcpr.append(s)


# ---------------------------------------------------------------- document
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.orientation = WD_ORIENT.PORTRAIT
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
hp = sec.header.paragraphs[0]
set_font(hp.add_run("函館市債権管理対策会議（令和５年度第２回）"), MINCHO, 8.5)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_field(fp)

# ---- page 1
para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, font=GOTHIC, after=12)
para(doc, "１　日　時　　令和６年３月２１日（木）　午後２時００分から午後３時３０分まで", before=4)
para(doc, "２　場　所　　函館市役所本庁舎８階　大会議室", before=4)
para(doc, "３　出席者（議長・委員９名・事務局３名）", before=4)
attendees = [("議長", "副市長")]
committee = ["総務部長", "財務部長", "市民部長", "保健福祉部長", "子ども・若者部長", "都市建設部長",
             "経済部長", "教育委員会生涯学習部長", "企業局上下水道部長"]
secretariat = ["財務部次長", "納税課長", "債権管理担当課長"]
attendees += [("委員", t) for t in committee] + [("事務局", t) for t in secretariat]
para(doc, "（１）議　長　　副市長", indent=5)
para(doc, "（２）委　員　　" + "・".join(committee[:5]) + "・", indent=5)
para(doc, "・".join(committee[5:]), indent=29)
para(doc, "（３）事務局　　" + "・".join(secretariat), indent=5)
para(doc, "４　議　題", before=4)
agenda = ["令和６年２月末時点における主要債権の収納状況について",
          "令和６年度債権管理対策の基本方針（案）について",
          "令和５年度における債権放棄の状況について（報告）"]
for i, a in enumerate(agenda, 1):
    para(doc, f"（{zen(str(i))}）{a}", indent=5)
para(doc, "５　資　料", before=4)
materials = ["資料１　主要債権の収納状況（令和６年２月末現在）",
             "資料２　令和６年度債権管理対策の基本方針（案）",
             "資料３　令和５年度債権放棄一覧"]
for m in materials:
    para(doc, m, indent=5)
para(doc, "６　会議の経過", before=4)
para(doc, "　議長（副市長）の開会あいさつの後、議題に沿って事務局及び各委員から説明を行い、"
          "意見交換を行った。主な発言は次のとおり。なお、数値は別表を参照のこと。", indent=5)

# ---------------------------------------------------------------- numbers
calc = []
for key, raw_name, (ca, cc), (aa, ac), diffs in ROWS:
    ta, tc = ca + aa, cc + ac
    calc.append((key, raw_name, [(ca, cc), (aa, ac), (ta, tc)], diffs))
tot = [(sum(r[2][k][0] for r in calc), sum(r[2][k][1] for r in calc)) for k in range(3)]
calc.append((None, "合計", tot, TOTAL_DIFF))


def R(name, seg):
    for k, rn, segs, d in calc:
        if rn == name:
            a, cl = segs[seg]
            return rate(cl, a), d[seg], a, cl
    raise KeyError(name)


statements = []
page = 2
sec_title = "（１）令和６年２月末時点における主要債権の収納状況について"


def stmt(speaker, text, section, pg):
    statements.append({"speaker": speaker, "section": section, "text": text, "page": pg})
    p = para(doc, "", indent=5, first=-5, before=3)
    set_font(p.add_run("○" + speaker + "　"), GOTHIC, 10.5)
    set_font(p.add_run(text), MINCHO, 10.5)


def ff(debt, seg, metric, basis, value, unit, raw, pg, fy=FY, fy_raw=None, approx=False, as_of=ASOF,
       debt_raw=None):
    g.fact(debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, metric, basis, value,
           unit, raw, pg, approx=approx, as_of=as_of)


page_break(doc)
# ---- page 2
para(doc, sec_title, font=GOTHIC, before=2)
r_cur, d_cur, _, _ = R("市税", 0)
r_arr, d_arr, _, _ = R("市税", 1)
_, _, ta, tc = R("市税", 2)
out_t = ta - tc                             # 千円
out_approx_man = round(out_t / 1000, 1)     # 百万円 -> use 万円 rounding
man = round(out_t / 100) * 100 // 10        # 万円, rounded to 100万
oku, rest = divmod(round(out_t / 1000) * 1000 // 10, 10000)  # 万円 split
s_out = f"約{zen(str(oku))}億{zen(f'{rest:,}')}万円"
s1 = (f"資料１及び別表により、令和６年２月末現在の主要債権の収納状況を報告する。市税は、現年課税分の収納率が"
      f"{zen(f'{r_cur:.2f}')}％で前年同月比{zen(f'{d_cur:.2f}')}ポイントの増、滞納繰越分は"
      f"{zen(f'{r_arr:.2f}')}％で同{zen(f'{d_arr:.2f}')}ポイントの増となった。市税の収入未済額は"
      f"{s_out}で、前年同月と比べ約５，１００万円減少している。年度末の現年課税分の収納率は"
      f"９９．１０％程度を見込んでいる。")
stmt("納税課長", s1, sec_title, page)
ff("市税", "current", "collection_rate", "interim", r_cur, "percent", zen(f"{r_cur:.2f}") + "％", page, fy_raw="令和６年２月末")
ff("市税", "current", "difference", "interim", d_cur, "points", zen(f"{d_cur:.2f}") + "ポイント", page, fy_raw="令和６年２月末")
ff("市税", "arrears", "collection_rate", "interim", r_arr, "percent", zen(f"{r_arr:.2f}") + "％", page, fy_raw="令和６年２月末")
ff("市税", "arrears", "difference", "interim", d_arr, "points", zen(f"{d_arr:.2f}") + "ポイント", page, fy_raw="令和６年２月末")
ff("市税", "total", "outstanding", "interim", (oku * 10000 + rest) * 10000, "yen", s_out, page, approx=True, fy_raw="令和６年２月末")
ff("市税", "total", "difference", "interim", -51000000, "yen", "約５，１００万円", page, approx=True, fy_raw="令和６年２月末")
ff("市税", "current", "collection_rate", "estimate", 99.10, "percent", "９９．１０％", page, approx=True, as_of=None, fy_raw=None)

stmt("議長", "国民健康保険料の滞納繰越分の収納率が前年同月を下回っているが、その要因と今後の見通しを伺いたい。",
     sec_title, page)
k_cur, kd_cur, _, _ = R("国民健康保険料", 0)
k_arr, kd_arr, _, _ = R("国民健康保険料", 1)
k_prev = round(k_arr - kd_arr, 2)
s3 = (f"国民健康保険料の滞納繰越分の収納率は{zen(f'{k_arr:.2f}')}％で、前年同月の{zen(f'{k_prev:.2f}')}％を"
      f"{zen(f'{abs(kd_arr):.2f}')}ポイント下回った。高額の滞納世帯の一部で分割納付が滞ったことが主な要因である。"
      f"３月を差押えの集中実施期間としており、年度末には２３％以上を見込んでいる。なお、現年分は"
      f"{zen(f'{k_cur:.2f}')}％と前年同月を上回っている。")
stmt("市民部長", s3, sec_title, page)
ff("国民健康保険料", "arrears", "collection_rate", "interim", k_arr, "percent", zen(f"{k_arr:.2f}") + "％", page)
ff("国民健康保険料", "arrears", "collection_rate", "interim", k_prev, "percent", zen(f"{k_prev:.2f}") + "％", page,
   fy=FY - 1, as_of=ASOF_PREV)
ff("国民健康保険料", "arrears", "difference", "interim", kd_arr, "points", zen(f"{abs(kd_arr):.2f}") + "ポイント", page)
ff("国民健康保険料", "arrears", "collection_rate", "estimate", 23.0, "percent", "２３％", page, as_of=None)
ff("国民健康保険料", "current", "collection_rate", "interim", k_cur, "percent", zen(f"{k_cur:.2f}") + "％", page)

h_cur, hd_cur, _, _ = R("保育所保育料", 0)
s4 = (f"保育所保育料は、現年分の収納率が{zen(f'{h_cur:.2f}')}％と前年同月を{zen(f'{hd_cur:.2f}')}ポイント上回った。"
      "児童手当からの特別徴収の申出を窓口で勧めており、今年度は申出件数が前年度より４２件増えている。"
      "滞納繰越分は伸び悩んでいるため、４月以降は文書催告を年２回から３回に増やす。")
stmt("子ども・若者部長", s4, sec_title, page)
ff("保育所保育料", "current", "collection_rate", "interim", h_cur, "percent", zen(f"{h_cur:.2f}") + "％", page)
ff("保育所保育料", "current", "difference", "interim", hd_cur, "points", zen(f"{hd_cur:.2f}") + "ポイント", page)

m_cur, _, _, _ = R("介護保険料", 0)
b_cur, _, _, _ = R("後期高齢者医療保険料", 0)
s5 = (f"介護保険料の現年分の収納率は{zen(f'{m_cur:.2f}')}％、後期高齢者医療保険料は{zen(f'{b_cur:.2f}')}％であり、"
      "いずれも前年同月とほぼ同じ水準で推移している。普通徴収の方への口座振替の勧奨を引き続き行う。")
stmt("保健福祉部長", s5, sec_title, page)
ff("介護保険料", "current", "collection_rate", "interim", m_cur, "percent", zen(f"{m_cur:.2f}") + "％", page)
ff("後期高齢者医療保険料", "current", "collection_rate", "interim", b_cur, "percent", zen(f"{b_cur:.2f}") + "％", page)

_, _, ja, jc = R("市営住宅使用料", 2)
j_out = ja - jc
j_oku, j_rest = divmod(round(j_out / 100) * 100 // 10, 10000)
s_j = f"約{zen(str(j_oku))}億{zen(f'{j_rest:,}')}万円"
stmt("議長", "市営住宅使用料の収入未済額が大きいが、どのような状況か。", sec_title, page)
s6 = (f"市営住宅使用料の２月末現在の収入未済額は{s_j}で、そのうち約６割を退去者の分が占めている。"
      "退去者については連帯保証人への請求を徹底するとともに、回収の見込めない債権は、債権管理条例に基づく"
      "放棄も含めて整理を進める。")
stmt("都市建設部長", s6, sec_title, page)
ff("市営住宅使用料", "total", "outstanding", "interim", (j_oku * 10000 + j_rest) * 10000, "yen", s_j, page, approx=True)

page_break(doc)
# ---- page 3
page = 3
sec2 = "（２）令和６年度債権管理対策の基本方針（案）について"
para(doc, sec2, font=GOTHIC, before=2)
s7 = ("資料２により基本方針（案）を説明する。５年度決算見込みでの全会計の収入未済額は約３７億６千万円となる見込みであり、"
      "依然として高い水準にある。令和６年度は、市税の現年課税分収納率を９９．２０％以上、滞納繰越分収納率を"
      "３０．００％以上とすることを目標とし、各債権においても前年度実績を上回る目標を設定する。")
stmt("財務部長", s7, sec2, page)
ff(None, "total", "outstanding", "estimate", 3760000000, "yen", "約３７億６千万円", page, approx=True, as_of=None,
   fy_raw="５年度", debt_raw="全会計")
ff("市税", "current", "collection_rate", "target", 99.20, "percent", "９９．２０％", page, fy=2024, fy_raw="令和６年度", as_of=None)
ff("市税", "arrears", "collection_rate", "target", 30.00, "percent", "３０．００％", page, fy=2024, fy_raw="令和６年度", as_of=None)
stmt("経済部長", "中小企業振興資金の貸付金の償還についても、基本方針の対象とするのか確認したい。", sec2, page)
stmt("財務部次長", "対象とする。貸付金の所管課とは個別に協議のうえ、目標の設定を依頼する。", sec2, page)
stmt("議長", "各部局においては、基本方針に沿って取組を進め、次回の会議で上半期の状況を報告されたい。", sec2, page)

sec3 = "（３）令和５年度における債権放棄の状況について（報告）"
para(doc, sec3, font=GOTHIC, before=8)
stmt("債権管理担当課長", "令和５年度に債権管理条例に基づき放棄した私債権は１２件であり、内訳は資料３のとおりである。",
     sec3, page)
para(doc, "７　次回開催予定　　令和６年７月（予定）", before=10)
para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)

page_break(doc)
# ---- page 4: 別表
page = 4
para(doc, "別表　主要債権の収納状況（令和６年２月末現在）", 11, True, font=GOTHIC)
para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "増減"]
t = doc.add_table(rows=1 + 3 * len(calc), cols=len(hdr))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(40), Mm(16), Mm(26), Mm(26), Mm(16), Mm(18), Mm(16)]
for i, h in enumerate(hdr):
    cell_text(t.rows[0].cells[i], h, 9, bold=True, shade="D9D9D9", font=GOTHIC)
SEGN = ["現年分", "滞繰分", "計"]
SEG = ["current", "arrears", "total"]
for ri, (key, rn, segs, diffs) in enumerate(calc):
    top = 1 + 3 * ri
    m = t.cell(top, 0).merge(t.cell(top + 2, 0))
    cell_text(m, rn, 9, WD_ALIGN_PARAGRAPH.LEFT)
    for k in range(3):
        a, cl = segs[k]
        rt = rate(cl, a)
        prev = round(rt - diffs[k], 2)
        row = t.rows[top + k]
        vals = [SEGN[k], c(a), c(cl), f"{rt:.2f}", f"{prev:.2f}", signed(diffs[k])]
        for j, v in enumerate(vals, 1):
            cell_text(row.cells[j], v, 9, WD_ALIGN_PARAGRAPH.CENTER if j == 1 else WD_ALIGN_PARAGRAPH.RIGHT,
                      shade="F2F2F2" if k == 2 else None)
        dr = rn if key else "合計"
        ff(key, SEG[k], "assessed", "interim", a * 1000, "yen", c(a), page, debt_raw=dr, fy_raw="令和６年２月末")
        ff(key, SEG[k], "collected", "interim", cl * 1000, "yen", c(cl), page, debt_raw=dr, fy_raw="令和６年２月末")
        ff(key, SEG[k], "collection_rate", "interim", rt, "percent", f"{rt:.2f}", page, debt_raw=dr, fy_raw="令和６年２月末")
        ff(key, SEG[k], "collection_rate", "interim", prev, "percent", f"{prev:.2f}", page, fy=FY - 1,
           as_of=ASOF_PREV, debt_raw=dr, fy_raw="前年同月")
        ff(key, SEG[k], "difference", "interim", diffs[k], "points", signed(diffs[k]), page, debt_raw=dr,
           fy_raw="令和６年２月末")
t.autofit = False
grid = t._tbl.tblGrid
for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[i].twips if hasattr(widths[i], "twips") else widths[i] / 635)))
for row in t.rows:
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(Mm(6.2) / 635))); trpr.append(h)
    for i, w in enumerate(widths):
        row.cells[i].width = w
para(doc, "※１　収納率は、収入済額÷調定額により算出している（小数点第３位を四捨五入）。", 8.5, before=4)
para(doc, "※２　前年同月は令和５年２月末現在の数値である。増減欄の「△」は減を示す。", 8.5)
para(doc, "※３　市営住宅使用料には駐車場使用料を含まない。駐車場使用料の２月末現在の収入未済額は１２，８７４千円である。", 8.5)
ff("市営住宅駐車場使用料", "total", "outstanding", "interim", 12874000, "yen", "１２，８７４千円", page,
   debt_raw="駐車場使用料")

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2024-03-21", "method": None,
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in attendees],
             "agenda": agenda, "materials": materials, "statements": statements}

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
finish(pdf, g)
