"""宮崎市-style 債権管理推進会議 議事概要 (python-docx -> LibreOffice). Minutes family."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from n_common import OUT, fact, soffice, finish

STEM = "n_miyazaki_minutes_1"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")

# header / footer with page number
hp = sec.header.paragraphs[0]; hp.text = "宮崎市債権管理推進会議"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("－ ")
for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); fp.add_run()._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.text = txt; fp.add_run()._r.append(e)
fp.add_run(" －")

def para(text, bold=False, size=None, align=None, indent=0):
    p = doc.add_paragraph(); rr = p.add_run(text); rr.bold = bold
    if size: rr.font.size = Pt(size)
    if align: p.alignment = align
    if indent: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p

TITLE = "令和６年度第２回宮崎市債権管理推進会議　議事概要"
para(TITLE, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("１　日　時　　令和６年１１月２０日（水）　午前１０時００分～午前１１時１０分")
para("２　場　所　　宮崎市役所本館４階　第一会議室")
para("３　出席者")
para("会　長　　副市長", indent=8)
members = ["総務部長", "財務部長", "福祉部長", "子ども・若者部長", "環境部長", "建設部長", "上下水道局次長", "教育委員会事務局次長"]
para("委　員　　" + "・".join(members), indent=8)
para("事務局　　納税管理課長・納税管理課債権対策係長", indent=8)
para("（欠席者なし）", indent=8)
para("４　議　題")
agenda = ["令和６年度上半期における債権管理の状況について", "令和７年度債権管理方針（案）について", "その他"]
for i, a in enumerate(agenda, 1):
    para(f"（{i}）{a}", indent=4)
para("５　配付資料")
materials = ["資料１　令和６年度上半期　主な債権の収納状況", "資料２　令和７年度債権管理方針（案）", "参考資料　債権管理推進会議設置要綱"]
for m in materials:
    para(m, indent=4)
para("６　会議概要（主な意見等）")

page1 = 1
statements = []
facts = []
def say(speaker, section, text, page):
    para("○" + speaker, bold=True)
    para(text, indent=4)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

S1 = agenda[0]
para("（１）" + S1)
say("納税管理課長", S1,
    "資料１により説明。市税の９月末現在の収納率は、現年課税分が52.4％で前年同期を0.6ポイント上回り、滞納繰越分は18.9％となった。"
    "市税の収入未済額は、令和５年度決算で約９億8,700万円であり、前年度から約6,100万円減少している。", 1)
facts += [fact("市税", 2024, "９月末現在", "current", "collection_rate", "interim", 52.4, "percent", "52.4％", 1, as_of="2024-09-30"),
          fact("市税", 2024, "９月末現在", "arrears", "collection_rate", "interim", 18.9, "percent", "18.9％", 1, as_of="2024-09-30"),
          fact("市税", 2023, "令和５年度決算", "total", "outstanding", "actual", 987000000, "yen", "約９億8,700万円", 1, approx=True)]
say("福祉部長", S1,
    "国民健康保険税の収納率が他の債権に比べて伸び悩んでいる要因は何か。資格喪失後の滞納者への対応はどうなっているか。", 1)
say("納税管理課長", S1,
    "資格喪失者は連絡が取りにくく、早期の財産調査が重要である。今年度から喪失届の受付時に納付相談の案内を同封しており、その効果を下半期に検証する。", 1)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
S2 = agenda[1]
para("（２）" + S2)
say("財務部長", S2,
    "資料２により説明。令和７年度は、債権所管課ごとに滞納繰越分の整理目標を設定し、執行停止及び不納欠損処理の基準を統一する。なお、次回（令和６年度第３回）は令和７年２月に開催する予定である。", 2)
say("子ども・若者部長", S2,
    "保育料の滞納は少額多数であり、児童手当からの特別徴収の活用をさらに進めたい。保育料の令和５年度決算の収納率は現年度分98.7％であった。", 2)
facts += [fact("保育料", 2023, "令和５年度決算", "current", "collection_rate", "actual", 98.7, "percent", "98.7％", 2)]
say("副市長", S2,
    "各部とも目標を具体的な数値で示し、下半期の取組を確実に実行すること。方針（案）は本日の意見を踏まえて決定とする。", 2)
para("（３）その他")
para("特になし", indent=4)
para("以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("")
# 別表: total row first, debts per row, unit note top right
para("別表　主な債権の収入未済額（令和５年度決算）", bold=True)
para("（単位：千円）", align=WD_ALIGN_PARAGRAPH.RIGHT)
rows = [("市税", 402115, 585120), ("国民健康保険税", 221806, 498344), ("介護保険料", 38102, 61977),
        ("後期高齢者医療保険料", 6254, 9801), ("保育料", 4120, 15633), ("市営住宅使用料", 9877, 48210)]
tot = (sum(r[1] for r in rows), sum(r[2] for r in rows))
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["債権名", "現年度分", "滞納繰越分", "計"]):
    c.text = h
def addrow(name, a, b):
    cells = t.add_row().cells
    vals = [name, f"{a:,}", f"{b:,}", f"{a+b:,}"]
    for c, v in zip(cells, vals):
        c.text = v
        if v != name: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return vals
addrow("合　計", *tot)
for n, a, b in [("合計", tot[0], tot[1])] + rows:
    dr = None if n == "合計" else n
    kw = {"debt_raw": "合　計"} if n == "合計" else {}
    for seg, v in (("current", a), ("arrears", b), ("total", a + b)):
        facts.append(fact(dr, 2023, "令和５年度決算", seg, "outstanding", "actual", v * 1000, "yen", f"{v:,}", 2, **kw))
for r_ in rows:
    addrow(*r_)
para("※千円未満を四捨五入しているため、合計が一致しない場合がある。")
p = OUT / f"{STEM}.docx"; doc.save(p)
pdf = soffice(p)
minutes = {"title": TITLE.replace("　", " "), "meeting_number": 2, "date": "2024-11-20", "method": None,
           "attendees": [{"role": "会長", "title": "副市長", "name": None}] +
                        [{"role": "委員", "title": m, "name": None} for m in members] +
                        [{"role": "事務局", "title": "納税管理課長", "name": None},
                         {"role": "事務局", "title": "納税管理課債権対策係長", "name": None}],
           "agenda": agenda, "materials": materials, "statements": statements}
document = {"kind": "minutes", "municipality": "宮崎市", "title": TITLE, "date": "2024-11-20",
            "date_raw": "令和６年１１月２０日（水）"}
finish(STEM, pdf, document, facts, [], minutes)
