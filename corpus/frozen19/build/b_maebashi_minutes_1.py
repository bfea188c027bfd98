"""前橋市 債権管理推進会議（書面開催）会議録 — python-docx -> LibreOffice."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from b_common import Gold, OUT, ROOT, to_pdf, zen, rate, commas

STEM = "b_maebashi_minutes_1"
g = Gold(STEM, "minutes", "前橋市", "令和７年度第２回前橋市債権管理推進会議 会議録", "2025-11-14", "令和７年１１月１４日")
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
hp = sec.header.paragraphs[0]; hp.text = "前橋市債権管理推進会議"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE"); r._r.append(f1)


def P(text, bold=False, size=None, align=None, indent=None):
    p = d.add_paragraph(); run = p.add_run(text); run.bold = bold
    if size: run.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent: p.paragraph_format.left_indent = Mm(indent)
    return p

P("令和７年度第２回前橋市債権管理推進会議　会議録", True, 14, "c")
P("１　開催形式", True)
P("書面開催。令和７年１１月１４日付けで各委員あて会議資料を送付し、意見書の提出（同月２１日締切）をもって審議に代えた。", indent=5)
P("２　構成員（会長１名・委員９名・事務局２名）", True)
P("会　長　副市長", indent=5)
P("委　員　総務部長・財務部長・市民部長・健康部長・福祉部長・こども・若者部長・建設部長・上下水道局長・教育次長", indent=5)
P("事務局　収納課長・収納課債権管理係長", indent=5)
att = [{"role": "会長", "title": "副市長"}] + [{"role": "委員", "title": t} for t in
       ["総務部長", "財務部長", "市民部長", "健康部長", "福祉部長", "こども・若者部長", "建設部長", "上下水道局長", "教育次長"]] + \
      [{"role": "事務局", "title": "収納課長"}, {"role": "事務局", "title": "収納課債権管理係長"}]
P("３　付議事項", True)
agenda = ["令和６年度決算における主要債権の状況について", "令和７年度上半期（９月末）の収納状況について", "私債権の放棄の報告について"]
for i, a in enumerate(agenda, 1):
    P(f"（{zen(str(i))}）{a}", indent=5)
P("４　配付資料", True)
mats = ["資料１　令和６年度主要債権の決算状況", "資料２　令和７年９月末収納状況一覧", "資料３　私債権の放棄に係る報告書"]
for m in mats:
    P(m, indent=5)
P("５　意見等の概要", True)
P("（「○」は意見提出者又は回答者を示す。）", indent=5)

stmts = []
def S(speaker, section, text):
    stmts.append({"speaker": speaker, "section": section, "text": text})
    p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(5)
    p.add_run("○" + speaker).bold = True
    q = d.add_paragraph(text); q.paragraph_format.left_indent = Mm(9); q.paragraph_format.first_line_indent = Mm(3.5)

sec1 = agenda[0]
P("（１）" + sec1, True)
t1 = ("資料１のとおり、令和６年度の市税の収納率は現年課税分が" + g.f("99.21％", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.21, "percent")
      + "、滞納繰越分が" + g.f("31.6％", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 31.6, "percent")
      + "となり、市税の収入未済額は" + g.f("約１２億２，７００万円", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 1227000000, "yen", True)
      + "と前年度から約５，１００万円縮減した。国民健康保険税の収入未済額は" + g.f("約１４億７，８００万円", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", 1478000000, "yen", True)
      + "で依然として最も多い。全債権の収入未済額は" + g.f("約３１億４，５００万円", None, 2024, "令和６年度", "total", "outstanding", "actual", 3145000000, "yen", True)
      + "である。")
S("収納課長", sec1, t1)
t2 = "国保税の滞納繰越分が伸び悩んでいる要因は何か。資格喪失世帯への対応状況も示されたい。"
S("健康部長", sec1, t2)
t3 = ("転出・資格喪失した世帯の滞納が繰越分の約４割を占めている。令和７年度第３回会議（令和８年２月予定）において、転出者に係る調査の進め方を改めて報告する。")
S("収納課長", sec1, t3)
sec2 = agenda[1]
P("（２）" + sec2, True)
t4 = ("９月末時点の市税現年課税分の収納率は" + g.f("５６．４％", "市税", 2025, "９月末", "current", "collection_rate", "interim", 56.4, "percent", as_of="2025-09-30")
      + "で、前年同期の" + g.f("５５．９％", "市税", 2024, "前年同期", "current", "collection_rate", "interim", 55.9, "percent", as_of="2024-09-30")
      + "を上回っている。国民健康保険税の現年分は" + g.f("４３．７％", "国民健康保険税", 2025, "９月末", "current", "collection_rate", "interim", 43.7, "percent", as_of="2025-09-30")
      + "（前年同期" + g.f("４４．２％", "国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", 44.2, "percent", as_of="2024-09-30")
      + "）とやや下回っており、１２月の催告強化により挽回を図る。")
S("収納課長", sec2, t4)
t5 = "保育所保育料は子ども・子育て支援新制度以降の減少傾向を踏まえ、現年度分の口座振替への移行を引き続き勧奨していただきたい。"
S("こども・若者部長", sec2, t5)
t6 = "学校給食費の公会計化に伴う滞納の引継ぎ状況について、次回会議で報告を求める。"
S("教育次長", sec2, t6)
sec3 = agenda[2]
P("（３）" + sec3, True)
t7 = "資料３のとおり、前橋市債権管理条例に基づき、市営住宅使用料等の私債権１８件を放棄した。放棄額の合計は約３１０万円である。"
S("収納課長", sec3, t7)
t8 = "放棄の判断基準は適切に運用されていると認める。会議資料の内容を了承する。"
S("副市長", sec3, t8)
P("以　上", align="c")
d.add_page_break()
P("別表　令和６年度主要債権の決算状況", True, 12)
p = P("（単位：千円、収納率は％）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
debts = [("市税", 38512604, 99.21, 1452317, 31.6, 70213),
         ("国民健康保険税", 5023118, 94.12, 1689204, 24.3, 96551),
         ("介護保険料", 4211076, 98.87, 172305, 18.9, 21034),
         ("後期高齢者医療保険料", 2306512, 99.48, 30117, 40.2, 4122)]
tbl = d.add_table(rows=1, cols=7); tbl.style = "Table Grid"
hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
for i, h in enumerate(hdr):
    tbl.rows[0].cells[i].text = h
rows = []
for name, ca, cr, aa, ar, aw in debts:
    cc = round(ca * cr / 100); ac = round(aa * ar / 100)
    cw = 0
    # ensure printed rate = rounded rate of printed figures
    crr = rate(cc, ca, 2); arr = rate(ac, aa, 1)
    co = ca - cc - cw; ao = aa - ac - aw
    ta, tc, tw, to = ca + aa, cc + ac, cw + aw, co + ao
    trr = rate(tc, ta, 2)
    recs = [("現年課税分" if name != "介護保険料" and name != "後期高齢者医療保険料" else "現年度分", "current", ca, cc, cw, co, crr, 2),
            ("滞納繰越分", "arrears", aa, ac, aw, ao, arr, 1), ("計", "total", ta, tc, tw, to, trr, 2)]
    for j, (lab, seg, a, c, w, o, rr, nd) in enumerate(recs):
        row = tbl.add_row().cells
        if j == 0:
            row[0].text = name
        row[1].text = lab
        vals = []
        for k, (m, v) in enumerate([("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)]):
            txt = commas(v) if v else "0"
            row[2 + k].text = txt
            g.f(txt, name, 2024, "令和６年度", seg, m, "actual", v * 1000, "yen")
        rt = f"{rr:.{nd}f}"
        row[6].text = rt
        g.f(rt, name, 2024, "令和６年度", seg, "collection_rate", "actual", rr, "percent")
    # merge name cell over three rows
    n = len(tbl.rows)
    tbl.cell(n - 3, 0).merge(tbl.cell(n - 1, 0))
    tbl.cell(n - 3, 0).text = name
for row in tbl.rows:
    for i, c in enumerate(row.cells):
        for p_ in c.paragraphs:
            p_.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
            for r_ in p_.runs: r_.font.size = Pt(9)
P("注）収入未済額＝調定額－収入済額－不納欠損額。千円未満四捨五入のため計が一致しない場合がある。")

# the text statements carry rates printed in the 別表 too: make them consistent
g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": att, "agenda": agenda, "materials": mats, "statements": stmts}
src = OUT / f"{STEM}.docx"; d.save(src)
pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "b1")
ok = g.finalize(pdf)
