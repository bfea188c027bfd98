"""所沢市 債権管理計画（債権ごとの推進シート）— python-docx -> LibreOffice."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from b_common import Gold, OUT, ROOT, to_pdf, zen, rate, commas

STEM = "b_tokorozawa_plan_4"
g = Gold(STEM, "plan", "所沢市", "第２期所沢市債権管理計画", "2025-03-01", "令和7年3月")
d = Document(); sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210); sec.left_margin = sec.right_margin = Mm(20)
st = d.styles["Normal"]; st.font.name = "IPAexGothic"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
hp = sec.header.paragraphs[0]; hp.text = "第２期所沢市債権管理計画"; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE"); r._r.append(f1)


def P(text, bold=False, size=None, align=None, indent=None):
    p = d.add_paragraph(); run = p.add_run(text); run.bold = bold
    if size: run.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.left_indent = Mm(indent)
    return p


def rep_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

P("第２期所沢市債権管理計画", True, 18, "c")
P("（令和７年度～令和11年度）", False, 12, "c")
P("令和7年3月　所沢市", False, 11, "c")
P("１　計画の趣旨", True, 12)
P("本市では、第１期計画（令和２年度～令和６年度）に基づき、全庁的な債権管理の適正化に取り組んできた。"
  "その結果、市の債権全体の収入未済額は令和元年度の" + g.f("約31億8,000万円", None, 2019, "令和元年度", "total", "outstanding", "actual", 3180000000, "yen", True)
  + "から、令和５年度には" + g.f("約23億4,000万円", None, 2023, "令和５年度", "total", "outstanding", "actual", 2340000000, "yen", True)
  + "まで縮減した。一方、国民健康保険税の過年度分など、なお収入率の低い債権が残っている。", indent=0)
P("２　計画期間　令和７年度から令和11年度までの５年間", True, 12)
P("３　推進シートの見方", True, 12)
P("債権ごとに、過去５年間の決算額と収入率、計画期間の目標値、主な取組を記載した。金額は円単位、収入率は収入済額÷調定額（小数点第３位四捨五入）である。")
d.add_page_break()

era = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}
debts = [
    dict(name="国民健康保険税", ka="保険年金課・収税課",
         cur=[(5812340100, 93.91), (5790215600, 94.30), (5702118400, 94.72), (5641007300, 95.01), (5598432900, 95.23)],
         arr=[(1720455300, 21.48), (1640872100, 22.10), (1566310800, 23.05), (1489024600, 23.91), (1411877200, 24.66)],
         wo=[214330100, 198774200, 176501300, 160122800, 151043700],
         tgt=[(95.40, 25.5), (95.55, 26.3), (95.70, 27.0), (95.85, 27.8), (96.00, 28.5)],
         tori=[("ア", "国保加入時に口座振替の申込みを受け付け、現年度分の納期内納付を促進する。", "継続"),
               ("イ", "社会保険加入による資格喪失者の未納分は、喪失後速やかに納付案内を送付する。", "新規"),
               ("ウ", "過年度分の分納誓約者について履行状況を毎月点検し、不履行者には財産調査を行う。", "拡充")]),
    dict(name="介護保険料", ka="介護保険課",
         cur=[(6102337400, 98.80), (6188420500, 98.91), (6240117800, 99.02), (6315008100, 99.10), (6389442600, 99.18)],
         arr=[(121008400, 18.10), (114223500, 18.92), (108774100, 19.85), (102118300, 20.41), (97806500, 21.30)],
         wo=[42113900, 40087200, 37510400, 35226800, 33008100],
         tgt=[(99.20, 21.5), (99.25, 22.0), (99.30, 22.5), (99.35, 23.0), (99.40, 23.5)],
         tori=[("ア", "年金からの特別徴収への切替え時期を周知し、普通徴収期間の未納を防ぐ。", "継続"),
               ("イ", "２年の時効を迎える前に、給付制限の内容を記載した催告書を送付する。", "継続")]),
    dict(name="下水道使用料", ka="下水道経営課",
         cur=[(3904112300, 99.51), (3921008700, 99.55), (3937705200, 99.58), (3952840100, 99.60), (3968114700, 99.62)],
         arr=[(28440100, 61.20), (27106300, 62.05), (25873400, 63.40), (24661200, 64.11), (23518800, 65.02)],
         wo=[3210500, 2987400, 2655100, 2410300, 2208700],
         tgt=[(99.63, 65.5), (99.64, 66.0), (99.65, 66.5), (99.66, 67.0), (99.67, 67.5)],
         tori=[("ア", "水道料金と一体で徴収し、滞納者には給水停止予告と併せて催告する。", "継続"),
               ("イ", "転居等で所在が不明となった者は、住民票調査により速やかに居所を確認する。", "新規")]),
]
for n, dd in enumerate(debts, 1):
    nm = dd["name"]
    P(f"５－{n}　債権ごとの取組（{nm}）", True, 12)
    P(f"所管：{dd['ka']}")
    P("（１）決算の推移", True)
    P("（単位：円）", align="r")
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["区分", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率"]):
        t.rows[0].cells[i].text = h
    rep_header(t.rows[0])
    for seg, lab, data, wos in [("current", "現年度分", dd["cur"], [0] * 5), ("arrears", "過年度分", dd["arr"], dd["wo"])]:
        first = len(t.rows)
        for k, ((a, rr), w) in enumerate(zip(data, wos)):
            fy = 2019 + k
            c = round(a * rr / 100); o = a - c - w; pr = rate(c, a, 2)
            row = t.add_row().cells
            row[1].text = era[fy]
            for j, (m, v) in enumerate([("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)]):
                txt = commas(v) if v else "－"
                row[2 + j].text = txt
                if v:
                    g.f(txt, nm, fy, era[fy], seg, m, "actual", v, "yen")
            row[6].text = f"{pr:.2f}%"
            g.f(f"{pr:.2f}%", nm, fy, era[fy], seg, "collection_rate", "actual", pr, "percent")
        t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)); t.cell(first, 0).text = lab
    W = [Mm(w) for w in (17, 22, 30, 30, 26, 26, 19)]
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = W[i]
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr(); cs = OxmlElement("w:cantSplit"); trPr.append(cs)
        for i, c in enumerate(row.cells):
            c.width = W[i]
            for p_ in c.paragraphs:
                p_.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
                for r_ in p_.runs: r_.font.size = Pt(8.5)
    P("（２）目標（令和７年度～令和11年度）", True)
    t2 = d.add_table(rows=3, cols=6); t2.style = "Table Grid"; t2.autofit = False
    for i, col in enumerate(t2.columns):
        col.width = Mm(35) if i == 0 else Mm(27)
    for row in t2.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(35) if i == 0 else Mm(27)
    t2.rows[0].cells[0].text = "目標値"
    for k in range(5):
        t2.rows[0].cells[1 + k].text = f"{7 + k}年度"
    t2.rows[1].cells[0].text = "現年度分収入率"; t2.rows[2].cells[0].text = "過年度分収入率"
    for k, (cv, av) in enumerate(dd["tgt"]):
        t2.rows[1].cells[1 + k].text = f"{cv:.2f}%"; t2.rows[2].cells[1 + k].text = f"{av:.1f}%"
        g.f(f"{cv:.2f}%", nm, 2025 + k, f"{7 + k}年度", "current", "collection_rate", "target", cv, "percent")
        g.f(f"{av:.1f}%", nm, 2025 + k, f"{7 + k}年度", "arrears", "collection_rate", "target", av, "percent")
    P("（３）主な取組", True)
    for lab, txt, stt in dd["tori"]:
        g.it(nm, 2025, "主な取組", lab, txt, stt)
        P(f"{lab}　{txt}", indent=4)
        P(f"【{stt}】", indent=8)
    if n < len(debts):
        P("")
src = OUT / f"{STEM}.docx"; d.save(src)
pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "b4")
g.finalize(pdf)
