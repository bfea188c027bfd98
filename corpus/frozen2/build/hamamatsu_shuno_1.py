"""浜松市「市税等の滞納状況と収納率向上策」 (progress_report), python-docx -> LibreOffice.

Modelled on 浜松市財政の概要 (8) 市税等の滞納状況 (https://www.city.hamamatsu.shizuoka.jp/zaisek/sugata/finance_07/a013.html):
one debt per column (市税 | 国民健康保険料), unit in the table title (百万円), era-less years, 《…》 bullets with
figures in prose, a 目標値 table with (従来の目標値) over the new target in one cell, [1]… measures.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from a_common import OUT, PDF_DIR, Gold, comma, tri, rate, zen, to_pdf

STEM = "hamamatsu_shuno_1"
g = Gold(STEM)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)

# running header / footer with page number
hp = sec.header.paragraphs[0]
hp.text = "浜松市財務部　市税等の収納状況"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def field(par, instr):
    r = par.add_run("- ")
    for kind, txt in (("begin", None), ("instr", instr), ("end", None)):
        run = par.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
    par.add_run(" -")


field(fp, "PAGE")


def para(text="", bold=False, size=None, align=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def table(rows, widths=None, align_right_from=1, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    borders(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = str(val).split("\n")
            p = c.paragraphs[0]
            for k, line in enumerate(lines):
                r = p.add_run(line)
                r.font.size = Pt(size)
                if k < len(lines) - 1:
                    r.add_break()
            if i > 0 and j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if widths:
                c.width = Mm(widths[j])
    return t


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- page 1
para("市税等の滞納状況と収納率向上策", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
para("（令和６年度決算及び令和７年度上半期の状況）", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para("令和7年12月　浜松市財務部税務総務課", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("")
para("(1) 市税等の滞納状況", bold=True, size=12)
para("表1　滞納繰越分の状況（6年度）　　　　　　　　　　　　　　　　単位：百万円")

# data in millions of yen
D = {
    "市税": dict(chotei=4512, shunyu=1281, kesson=402, chosei=-12, genmi=1298),
    "国民健康保険料": dict(chotei=4105, shunyu=988, kesson=615, chosei=-8, genmi=1318),
}
for d in D.values():
    d["mishu"] = d["chotei"] - d["shunyu"] - d["kesson"] + d["chosei"]
    d["total"] = d["mishu"] + d["genmi"]
    d["rate"] = rate(d["shunyu"], d["chotei"] + d["chosei"])
D["市税"]["all_rate"] = 97.85
D["国民健康保険料"]["all_rate"] = 86.40
assert D["市税"]["total"] == 4115 and D["国民健康保険料"]["total"] == 3812, D

rows = [["区分", "市税", "国民健康保険料"]]
spec = [
    ("1 滞納繰越分調定額", "chotei", "assessed", "arrears"),
    ("2 1のうち、収入額", "shunyu", "collected", "arrears"),
    ("3 不納欠損額", "kesson", "written_off", "arrears"),
    ("4 調整額（調定減）", "chosei", None, None),
    ("5 滞納繰越分の収入未済額\n(1－2－3＋4)", "mishu", "outstanding", "arrears"),
    ("6 現年課税分の収入未済額", "genmi", "outstanding", "current"),
    ("6年度末滞納繰越額\n(5＋6)", "total", "outstanding", "total"),
]
for label, key, metric, seg in spec:
    row = [label]
    for debt in D:
        v = D[debt][key]
        txt = tri(v)
        row.append(txt)
        if metric:
            g.fact(debt, 2024, "6年度", seg, metric, "actual", v * 1_000_000, "yen", txt, anchor="表1")
    rows.append(row)
row = ["滞納分収納率(2/(1＋4))　％"]
for debt in D:
    txt = f"{D[debt]['rate']:.2f}"
    row.append(txt)
    g.fact(debt, 2024, "6年度", "arrears", "collection_rate", "actual", D[debt]["rate"], "percent", txt, anchor="表1")
rows.append(row)
row = ["全体収納率　％"]
for debt in D:
    txt = f"{D[debt]['all_rate']:.2f}"
    row.append(txt)
    g.fact(debt, 2024, "6年度", "total", "collection_rate", "actual", D[debt]["all_rate"], "percent", txt, anchor="表1")
rows.append(row)
table(rows, widths=[80, 40, 40])
para("")
para("《市税・国保料の滞納状況》", bold=True)
para("・市税については、令和6年度末現在、約41億円の累積滞納額であり、前年度末比約4億円の減となっている。", indent=4)
g.fact("市税", 2024, "令和6年度末", "total", "outstanding", "actual", 4_100_000_000, "yen", "約41億円", approx=True)
para("・市税の収納率は、現年が99.12%、滞納繰越が28.47%であり、全体収納率は97.85%と前年度比0.21ポイントの増となっている。", indent=4)
for seg, v in (("current", 99.12), ("arrears", 28.47), ("total", 97.85)):
    g.fact("市税", 2024, "令和6年度末", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}%", anchor="現年が99.12%")
para("・国民健康保険料は、令和6年度末現在、約38億円の累積滞納額で、前年度末に比べ、約2億円の減となっている。", indent=4)
g.fact("国民健康保険料", 2024, "令和6年度末", "total", "outstanding", "actual", 3_800_000_000, "yen", "約38億円", approx=True)
para("")
para("表2　市税（現年課税分）収納率の推移　　　　　　　　　　　　　　　単位：％")
years = [(2020, "2年度", 98.71), (2021, "3年度", 98.86), (2022, "4年度", 98.95), (2023, "5年度", 99.04), (2024, "6年度", 99.12)]
rows = [["区分"] + [y[1] for y in years], ["現年課税分"] + [f"{y[2]:.2f}" for y in years]]
for fy, raw, v in years:
    g.fact("市税", fy, raw, "current", "collection_rate", "actual", v, "percent", f"{v:.2f}", anchor="表2")
table(rows, widths=[35, 26, 26, 26, 26, 26])
para("※ 年度はいずれも令和。出納整理期間を含む決算額による。", size=9)
pagebreak()

# ---------------------------------------------------------------- page 2
para("(2) 収納率の向上策", bold=True, size=12)
para("収納率の向上・滞納繰越額の削減については、令和5年3月に策定した「浜松市市税等収納対策アクション・プラン」を基本に、"
     "市税と国民健康保険料を一体とした増収対策として整合性を持った施策を講じ、現年課税分収納率の向上及び滞納繰越額の削減を目指す。")
para("目標値", bold=True)
tg = [(2025, "令和7年度", 99.15, 99.20), (2026, "令和8年度", 99.20, 99.30), (2027, "令和9年度以降", 99.25, 99.40)]
rows = [[""] + [t[1] for t in tg],
        ["（従来の目標値）\n現年課税分収納率目標値"] + [f"({t[2]:.2f}%)\n{t[3]:.2f}%" for t in tg]]
for fy, raw, old, new in tg:
    g.fact("市税", fy, raw, "current", "collection_rate", "target", old, "percent", f"({old:.2f}%)", anchor="従来の目標値")
    g.fact("市税", fy, raw, "current", "collection_rate", "target", new, "percent", f"{new:.2f}%", anchor="従来の目標値")
table(rows, widths=[55, 35, 35, 35])
para("")
para("収納率向上、滞納対策の主なものは以下のとおり。")
measures = [
    ("[1]", "現年分収納率の向上",
     "滞納繰越額を削減するためには、発生源である現年課税分の滞納を抑えることが最も効果的との考え方に立ち、"
     "納期限後間もない初期の滞納者に対して電話催告センターから早期に納付を呼びかける。", "継続"),
    ("[2]", "滞納繰越額の削減",
     "高額・長期の滞納案件は収納対策課へ集約し、財産調査に基づく差押えを迅速に行うとともに、"
     "換価の見込めない案件は執行停止を適正に判断して滞納繰越額の圧縮を図る。", None),
    ("[3]", "納付環境の整備",
     "スマートフォン決済アプリによる納付に加え、地方税統一QRコードを活用した納付の周知を進め、"
     "口座振替の申込みをインターネットで受け付ける。", "拡充"),
    ("[4]", "国民健康保険料との連携",
     "市税と国民健康保険料を併せて滞納している世帯については、財産調査の結果を共有し、"
     "一体的な滞納整理を行う。", "新規"),
]
for lab, head, body, tag in measures:
    para(f"{lab} {head}", bold=True)
    para(body + (f"【{tag}】" if tag else ""), indent=6)
    g.init("市税", 2025, "収納率の向上策", lab, head + body, tag)
pagebreak()

# ---------------------------------------------------------------- page 3
para("(3) 令和7年度上半期の状況", bold=True, size=12)
para("ア 市税", bold=True)
para("【収納率】令和7年10月末時点（かっこ内は前年同月）")
iv = [("現年分", "current", 62.4, 61.9), ("滞納繰越分", "arrears", 19.8, 18.6), ("合計", "total", 58.1, 57.2)]
for lab, seg, now, prev in iv:
    para(f"・{lab}　{zen(f'{now:.1f}%')}（{zen(f'{prev:.1f}%')}）", indent=4)
    g.fact("市税", 2025, "令和7年10月末", seg, "collection_rate", "interim", now, "percent", zen(f"{now:.1f}%"),
           as_of="2025-10-31", anchor="令和7年10月末時点")
    g.fact("市税", 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent", zen(f"{prev:.1f}%"),
           as_of="2024-10-31", anchor="令和7年10月末時点")
para("令和7年10月末の市税の収入未済額は約31億5,000万円（前年同月 約33億4,000万円）となっており、"
     "前年同月と比べて約1億9,000万円縮減している。")
g.fact("市税", 2025, "令和7年10月末", "total", "outstanding", "interim", 3_150_000_000, "yen", "約31億5,000万円",
       approx=True, as_of="2025-10-31")
g.fact("市税", 2024, "前年同月", "total", "outstanding", "interim", 3_340_000_000, "yen", "約33億4,000万円",
       approx=True, as_of="2024-10-31")
para("")
para("イ 国民健康保険料", bold=True)
box = doc.add_table(rows=1, cols=1)
borders(box)
c = box.cell(0, 0)
c.width = Mm(160)
lines = ["【参考】国民健康保険料の収納状況",
         "・現年分収納率（10月末）：５１．３％",
         "・前年同月の現年分収納率：５０．８％",
         "・滞納繰越分収納率（10月末）：１６．２％",
         "・収入未済額（令和6年度末）：約38億1,200万円"]
c.text = ""
for k, line in enumerate(lines):
    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
    r = p.add_run(line)
    r.bold = k == 0
g.fact("国民健康保険料", 2025, "10月末", "current", "collection_rate", "interim", 51.3, "percent", "５１．３％",
       as_of="2025-10-31")
g.fact("国民健康保険料", 2024, "前年同月", "current", "collection_rate", "interim", 50.8, "percent", "５０．８％",
       as_of="2024-10-31")
g.fact("国民健康保険料", 2025, "10月末", "arrears", "collection_rate", "interim", 16.2, "percent", "１６．２％",
       as_of="2025-10-31")
g.fact("国民健康保険料", 2024, "令和6年度末", "total", "outstanding", "actual", 3_812_000_000, "yen", "約38億1,200万円",
       approx=True)
para("")
para("国民健康保険料については、資格確認書の交付時等の来庁機会を捉えた納付相談を引き続き行うとともに、"
     "年度後半は滞納繰越分の財産調査を重点的に実施する。")

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
doc.save(src)
pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "frozen2a_h")
g.finish(pdf, {"kind": "progress_report", "municipality": "浜松市",
               "title": "市税等の滞納状況と収納率向上策（令和６年度決算及び令和７年度上半期の状況）",
               "date": "2025-12-01", "date_raw": "令和7年12月"})
