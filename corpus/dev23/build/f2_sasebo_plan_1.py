"""佐世保市債権管理適正化指針（改定版）: python-docx -> LibreOffice. Gold from the same data."""
import subprocess, shutil
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from f2_common import F, OUT, ROOT, assign_pages, write_gold

STEM = "f2_sasebo_plan_1"
CITY = "佐世保市"
YEARS = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]

# 収入未済額（千円） one debt per row
OUTS = [
    ("市税", [1284512, 1201338, 1135904]),
    ("国民健康保険税", [1046220, 998415, 952671]),
    ("介護保険料", [98314, 94820, 91207]),
    ("後期高齢者医療保険料", [12508, 11930, 11402]),
    ("保育所保育料", [41266, 36019, 30884]),
    ("市営住宅使用料", [184930, 179655, 176120]),
    ("下水道使用料", [67412, 64880, 61305]),
    ("水道料金", [88105, 85310, 83964]),
    ("生活保護費返還金", [702381, 731506, 748219]),
    ("母子父子寡婦福祉資金貸付金", [95640, 93207, 90533]),
    ("学校給食費", [9874, 8612, 7905]),
    ("奨学金貸付金", [38470, 37115, 35286]),
]
TOT = [sum(v[i] for _, v in OUTS) for i in range(3)]
# 徴収率（％, no sign） current / arrears
RATES = [
    ("市税", [98.71, 98.84, 98.93], [24.15, 26.02, 27.38]),
    ("国民健康保険税", [93.02, 93.41, 93.86], [20.44, 21.37, 22.05]),
    ("介護保険料", [98.95, 99.01, 99.10], [18.60, 19.72, 20.31]),
    ("保育所保育料", [98.20, 98.47, 98.76], [15.33, 17.08, 19.25]),
    ("市営住宅使用料", [96.88, 97.12, 97.40], [12.05, 12.91, 13.44]),
]
TARGETS = [("市税", 99.10, 30.00), ("国民健康保険税", 94.50, 25.00), ("介護保険料", 99.20, 23.00), ("市営住宅使用料", 97.80, 16.00)]

facts, inits = [], []


def oku(v_sen):
    """千円 -> 'X億Y,YYY万円' truncated to 万円 (printed with 約)."""
    man = v_sen * 1000 // 10000
    o, m = divmod(man, 10000)
    return f"{o}億{m:,}万円", man * 10000


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), kw.get(edge, "single")); el.set(qn("w:sz"), "8"); el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def para(doc, text, bold=False, size=10.5, align=None, indent=0):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    if align: p.alignment = align
    if indent: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    p.alignment = align


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]; hp.text = "佐世保市債権管理適正化指針（改定版）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr); fp._p.append(fld)
    fp.add_run(" －")

    para(doc, "債権管理適正化指針", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（改定版）", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "令和7年2月", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "佐 世 保 市", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "１　は じ め に", bold=True, size=12)
    tot_s, tot_v = oku(TOT[2])
    para(doc, "使用料、手数料、貸付金など市が有する債権については、多くの市民が期限内に誠実に納付している一方で、"
              "支払能力がありながら納付しない滞納者も存在し、多額の収入未済が生じている。", indent=4)
    para(doc, f"令和5年度決算における主な債権の収入未済額は約{tot_s}であり、前年度と比べ減少したものの、"
              "依然として高い水準にある。市民負担の公平性・公正性を確保する観点から、滞納を許さない厳正な姿勢で回収を図るとともに、"
              "回収の見込みのない債権については適正な整理を進める必要がある。", indent=4)
    facts.append(F(None, 2023, "total", "outstanding", "actual", tot_v, "yen", f"約{tot_s}", fy_raw="令和5年度", approx=True, debt_raw=None))
    para(doc, "本指針は、平成23年2月に策定した債権管理適正化指針を改定し、令和7年度から令和9年度までの3か年における"
              "債権管理の基本的な方向性と数値目標を定めるものである。", indent=4)
    para(doc, "２　債権の状況", bold=True, size=12)
    para(doc, "（１）主な債権の収入未済額の推移（単位：千円）", indent=2)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["債権名", *[y[1] for y in YEARS], "増減（R5－R4）"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
    repeat_header(t.rows[0])
    for name, vals in OUTS + [("合計", TOT)]:
        row = t.add_row().cells
        cell_text(row[0], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate(vals):
            s = f"{v:,}"
            cell_text(row[1 + j], s, align=WD_ALIGN_PARAGRAPH.RIGHT)
            debt = None if name == "合計" else name
            facts.append(F(debt, YEARS[j][0], "total", "outstanding", "actual", v * 1000, "yen", s, fy_raw=YEARS[j][1], debt_raw=name))
        d = vals[2] - vals[1]
        cell_text(row[4], (f"△{-d:,}" if d < 0 else f"{d:,}"), align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※各年度の決算額。一般会計、特別会計及び企業会計の主な債権を掲げている。", size=8.5, indent=4)

    para(doc, "（２）徴収率の推移", indent=2)
    para(doc, "（単位：％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2, cols=7); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(a, "債権名", bold=True)
    m = t.cell(0, 1).merge(t.cell(0, 3)); cell_text(m, "現年課税分", bold=True)
    m = t.cell(0, 4).merge(t.cell(0, 6)); cell_text(m, "滞納繰越分", bold=True)
    short = ["R3", "R4", "R5"]
    for j in range(3):
        cell_text(t.cell(1, 1 + j), short[j], bold=True); cell_text(t.cell(1, 4 + j), short[j], bold=True)
    for name, cur, arr in RATES:
        row = t.add_row().cells
        cell_text(row[0], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j in range(3):
            cell_text(row[1 + j], f"{cur[j]:.2f}", align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(F(name, YEARS[j][0], "current", "collection_rate", "actual", cur[j], "percent", f"{cur[j]:.2f}", fy_raw=short[j]))
        for j in range(3):
            cell_text(row[4 + j], f"{arr[j]:.2f}", align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(F(name, YEARS[j][0], "arrears", "collection_rate", "actual", arr[j], "percent", f"{arr[j]:.2f}", fy_raw=short[j]))
    # reorder: text order is row-wise cur then arr -> already row-wise

    para(doc, "")
    para(doc, "３　数値目標", bold=True, size=12)
    para(doc, "計画期間の最終年度である令和9年度における徴収率の目標を次のとおり定める。また、令和9年度末の主な債権の"
              "収入未済額を30億円以下とすることを目指す。", indent=4)
    facts.append(F(None, 2027, "total", "outstanding", "target", 3000000000, "yen", "30億円", fy_raw="令和9年度"))
    para(doc, "（単位：％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(a, "区　分", bold=True)
    m = t.cell(0, 1).merge(t.cell(0, 2)); cell_text(m, "令和5年度（実績）", bold=True)
    m = t.cell(0, 3).merge(t.cell(0, 4)); cell_text(m, "令和9年度（目標）", bold=True)
    for j, h in enumerate(["現年", "滞繰", "現年", "滞繰"]):
        cell_text(t.cell(1, 1 + j), h, bold=True)
    rate_r5 = {n: (c[2], a_[2]) for n, c, a_ in RATES}
    for name, tc, ta in TARGETS:
        row = t.add_row().cells
        cell_text(row[0], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        c5, a5 = rate_r5[name]
        for j, (v, seg, basis, fy) in enumerate([(c5, "current", "actual", 2023), (a5, "arrears", "actual", 2023),
                                                (tc, "current", "target", 2027), (ta, "arrears", "target", 2027)]):
            cell_text(row[1 + j], f"{v:.2f}", align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(F(name, fy, seg, "collection_rate", basis, v, "percent", f"{v:.2f}",
                           fy_raw="令和5年度" if fy == 2023 else "令和9年度"))

    doc.add_page_break()
    para(doc, "４　債権ごとの取組（市税）", bold=True, size=12)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, s in enumerate(["債権名", "市税", "所管課", "財務部納税課"]):
        cell_text(t.rows[0].cells[i], s, bold=(i % 2 == 0))
    para(doc, "")
    para(doc, "【収納率】令和6年12月末時点", bold=True)
    for seg, lab, now, prev in [("current", "現年課税分", 81.42, 80.97), ("arrears", "滞納繰越分", 19.86, 18.73)]:
        para(doc, f"・{lab}　{now:.2f}％（前年同月 {prev:.2f}％）", indent=6)
        facts.append(F("市税", 2024, seg, "collection_rate", "interim", now, "percent", f"{now:.2f}％", fy_raw="令和6年12月末", as_of="2024-12-31"))
        facts.append(F("市税", 2023, seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}％", fy_raw="前年同月", as_of="2023-12-31"))
    para(doc, "【主な取組】", bold=True)
    items = [
        ("①", "納期限後20日以内に督促状を発送し、その後の早期催告により新規滞納の発生を抑制する。", "継続"),
        ("②", "預貯金等の財産調査を一括電子照会により迅速化し、滞納処分を厳正に執行する。", "拡充"),
        ("③", "スマートフォン決済及び地方税統一QRコードによる納付を周知し、期限内納付を促進する。", "新規"),
    ]
    for lab, text, tag in items:
        para(doc, f"{lab}　{text}【{tag}】", indent=6)
        inits.append({"debt": "市税", "fiscal_year": 2025, "section": "債権ごとの取組（市税）", "label": lab,
                      "text": text, "status": tag, "page": None})

    para(doc, "")
    para(doc, "４　債権ごとの取組（国民健康保険税）", bold=True, size=12)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, s in enumerate(["債権名", "国民健康保険税", "所管課", "保健福祉部国民健康保険課"]):
        cell_text(t.rows[0].cells[i], s, bold=(i % 2 == 0))
    para(doc, "")
    box = doc.add_table(rows=1, cols=1); box.style = "Table Grid"
    c = box.rows[0].cells[0]; c.text = ""
    kitems = [
        ("(1)", "口座振替の原則化を進め、加入手続時に口座振替依頼書の提出を求める。", "継続"),
        ("(2)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
        ("(3)", "滞納繰越分のうち徴収困難な事案は納税課へ移管し、滞納処分の執行停止を含めて整理する。", "拡充"),
    ]
    p = c.paragraphs[0]
    for k, (lab, text, tag) in enumerate(kitems):
        if k: p = c.add_paragraph()
        run = p.add_run(f"{lab}　{text}"); run.font.size = Pt(10)
        p.add_run("\n" if k == 2 else "")
        run2 = p.add_run(f"【{tag}】"); run2.font.size = Pt(10)
        inits.append({"debt": "国民健康保険税", "fiscal_year": 2025, "section": "債権ごとの取組（国民健康保険税）", "label": lab,
                      "text": text, "status": tag, "page": None})
    para(doc, "")
    ref = doc.add_table(rows=1, cols=1); ref.style = "Table Grid"
    c = ref.rows[0].cells[0]; c.text = ""
    kk_s, kk_v = oku(952671)
    lines = ["【参考】", f"・収入未済額：約{kk_s}（令和5年度）", "・現年分徴収率：93.86％", "・滞納繰越分徴収率：22.05％"]
    c.paragraphs[0].add_run(lines[0]).bold = True
    for ln in lines[1:]:
        c.add_paragraph(ln)
    facts.append(F("国民健康保険税", 2023, "total", "outstanding", "actual", kk_v, "yen", f"約{kk_s}", fy_raw="令和5年度", approx=True))
    facts.append(F("国民健康保険税", 2023, "current", "collection_rate", "actual", 93.86, "percent", "93.86％", fy_raw="令和5年度"))
    facts.append(F("国民健康保険税", 2023, "arrears", "collection_rate", "actual", 22.05, "percent", "22.05％", fy_raw="令和5年度"))

    para(doc, "")
    para(doc, "４　債権ごとの取組（市営住宅使用料）", bold=True, size=12)
    para(doc, "市営住宅使用料の収入未済額は約1億7,612万円（令和5年度）であり、長期滞納者への対応が課題である。", indent=4)
    facts.append(F("市営住宅使用料", 2023, "total", "outstanding", "actual", 176120000, "yen", "約1億7,612万円", fy_raw="令和5年度", approx=True))
    ji = [
        ("ア", "滞納3か月を超えた入居者には連帯保証人へ通知し、面談による納付指導を行う。", "継続"),
        ("イ", "明渡し請求に応じない長期滞納者に対し、訴訟等の法的措置を計画的に実施する。", "拡充"),
        ("ウ", "退去者の滞納分は債権回収業務の委託を活用し、所在調査と回収を一体で進める。", None),
    ]
    for lab, text, tag in ji:
        para(doc, f"{lab}　{text}" + (f"【{tag}】" if tag else ""), indent=6)
        inits.append({"debt": "市営住宅使用料", "fiscal_year": 2025, "section": "債権ごとの取組（市営住宅使用料）", "label": lab,
                      "text": text, "status": tag, "page": None})
    para(doc, "")
    para(doc, "５　推進体制", bold=True, size=12)
    para(doc, "副市長を委員長とする債権管理推進委員会において、各所管課の取組状況を年2回点検し、その結果を公表する。"
              "また、徴収困難事案については、弁護士等の専門家の助言を得ながら、債権放棄を含めた整理の判断を行う。", indent=4)

    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)], check=True,
                   stdout=subprocess.DEVNULL)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    shutil.copy(OUT / f"{STEM}.pdf", pdf)
    return pdf


if __name__ == "__main__":
    pdf = build()
    bad = assign_pages(pdf, facts) + assign_pages(pdf, inits, key="text")
    if bad: print("NOT FOUND", bad)
    doc = {"kind": "plan", "municipality": CITY, "title": "債権管理適正化指針（改定版）", "date": "2025-02-01", "date_raw": "令和7年2月"}
    write_gold(STEM, pdf, doc, facts, inits)
