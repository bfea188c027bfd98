"""あさま市議会 総務常任委員会 会議録 (所管事務調査: 債権管理) -- python-docx -> LibreOffice."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from f_common import *

STEM = "f_asama_kaigiroku_1"
CITY = "あさま市"
FY = 2024  # 令和6年度決算

# 別表 (千円): assessed, written_off, outstanding ; collected derived
ROWS = [("市税", 24815432, 61274, 670947), ("国民健康保険税", 4512884, 81776, 1234560),
        ("介護保険料", 3905113, 24590, 98771), ("後期高齢者医療保険料", 1288407, 3115, 15804),
        ("保育所保育料", 402660, 5332, 41207), ("市営住宅使用料", 318945, 7880, 88615),
        ("下水道使用料", 2104377, 2201, 37964)]

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin = sec.bottom_margin = Mm(22)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def field(par, code):
    r = par.add_run()
    b = OxmlElement("w:fldSimple"); b.set(qn("w:instr"), code)
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); b.append(rr)
    par._p.append(b)


hp = sec.header.paragraphs[0]; hp.text = "総務常任委員会会議録（令和７年１０月２８日）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("－ "); field(fp, "PAGE"); fp.add_run(" －")


def P(text="", bold=False, size=None, align=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------- page 1
P("あさま市議会", align="c", size=12)
P("総 務 常 任 委 員 会 会 議 録", bold=True, size=16, align="c")
P("令和７年１０月２８日（火曜日）　午前１０時００分開議　第２委員会室", align="c")
P("（閉会中の所管事務調査）", align="c")
P("")
P("〇付議事件", bold=True)
AGENDA = ["市の債権の管理状況について", "令和６年度あさま市債権管理推進計画の実施結果について"]
P("　所管事務調査")
for i, a in enumerate(AGENDA, 1):
    P(f"　（{i}）{a}", indent=4)
P("〇出席委員（６名）", bold=True)
MEMBERS = [("委員長", "杉浦", "真一"), ("副委員長", "宮坂", "典子"), ("委員", "田村", "健吾"),
           ("委員", "小野寺", "隆"), ("委員", "荻原", "美和"), ("委員", "北沢", "浩二")]
for role, a, b in MEMBERS:
    P(f"　{role:　<5}{a}　{b}　君", indent=6)
P("〇欠席委員　なし", bold=True)
P("〇説明のため出席した者の職・氏名", bold=True)
STAFF = [("財務部長", "青木", "昭彦"), ("財務部次長兼収納課長", "丸山", "和也"), ("債権管理課長", "宮下", "恵"),
         ("市民生活部保険年金課長", "土屋", "修"), ("子ども・若者部長", "竹内", "由美"),
         ("都市整備部住宅課長", "滝沢", "正人")]
for t, a, b in STAFF:
    P(f"　{t}　　{a}　{b}　君", indent=6)
P("〇職務のため出席した事務局職員", bold=True)
CLERK = [("議事課長", "柳沢", "剛"), ("議事課主査", "中村", "彩")]
for t, a, b in CLERK:
    P(f"　{t}　　{a}　{b}", indent=6)
P("〇配付資料　資料１　市の債権の管理状況について（令和６年度決算）／資料２　令和６年度債権管理推進計画実施結果", size=9.5)
brk()

# ---------------- statements
SEC1, SEC2 = AGENDA
facts, inits = [], []
# (speaker_printed, section, text, page)
S = []
S.append(("杉浦委員長", SEC1, "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、市の債権の管理状況についてを議題といたします。なお、令和７年度第２回あさま市債権管理推進会議は１１月中旬に開催予定と聞いておりますので、その前段として説明を求めます。理事者の説明をお願いします。", 2))
S.append(("青木財務部長", SEC1, "財務部長の青木でございます。本日は、令和６年度決算に基づく市の債権の状況と、推進計画の実施結果につきまして、債権管理課長から御説明申し上げます。", 2))
S.append(("宮下債権管理課長", SEC1, "それでは資料１により御説明いたします。令和６年度決算における市全体の収入未済額は約３８億２，１００万円で、前年度と比べ約２億４，５００万円の縮減となりました。このうち市税の収入未済額は６億７，０９４万円余、国民健康保険税は１２億３，４５６万円で、この２債権で全体の半分近くを占めております。市税の収納率は、現年課税分が９９．１２％、滞納繰越分が３１．４０％で、合計では９７．０５％となり、前年度を０．２１ポイント上回りました。詳細は末尾の別表のとおりでございます。", 2))
S.append(("田村委員", SEC1, "国民健康保険税の収入未済額が依然として大きいと思います。今年度に入ってからの状況はどうなっているのか伺います。", 2))
S.append(("土屋保険年金課長", SEC1, "国民健康保険税の現年課税分の収納率は、本年９月末時点で４５．３％となっており、前年同期の４４．８％を０．５ポイント上回っております。滞納繰越分につきましては、９月末時点で１２．６％、前年同期は１１．９％でございました。引き続き、財産調査と差押えを進めてまいります。", 3))
S.append(("小野寺委員", SEC1, "市税の今年度の目標はどのように設定しているのか。", 3))
S.append(("丸山財務部次長兼収納課長", SEC1, "令和７年度の市税の目標収納率は、合計で９７．２％、現年課税分で９９．２０％と設定しております。ＳＭＳによる催告や、電子による預貯金照会の拡大により、早期の滞納整理に取り組んでおります。", 3))
S.append(("杉浦委員長", SEC2, "続いて、令和６年度あさま市債権管理推進計画の実施結果について説明を求めます。", 3))
S.append(("宮下債権管理課長", SEC2, "資料２を御覧ください。推進計画では、全庁で取り組む事項として、督促・催告の徹底、滞納処分の執行停止の適正な運用、私債権の支払督促の活用の三点を掲げております。令和６年度は、私債権について支払督促を１８件申し立て、うち１１件で分納誓約に至りました。また、保育所保育料の収入未済額は約４，１２０万円となり、前年度から減少いたしました。", 3))
S.append(("荻原委員", SEC2, "市営住宅使用料の滞納について、連帯保証人への請求はどの程度行っているのか。", 3))
S.append(("滝沢都市整備部住宅課長", SEC2, "令和６年度末の市営住宅使用料の収入未済額は８，８６１万円余でございます。３か月以上の滞納者については連帯保証人にも通知しており、明渡し請求に至った案件も２件ございます。", 4))
S.append(("北沢委員", SEC2, "保育料については、子ども・若者部としてどのような対策を取っているのか。", 4))
S.append(("竹内子ども・若者部長", SEC2, "保育所保育料につきましては、児童手当からの特別徴収の申出を積極的に勧奨しており、令和６年度の現年度分の収納率は９８．６％となっております。", 4))
S.append(("杉浦委員長", SEC2, "以上で本日の所管事務調査を終了いたします。これをもって総務常任委員会を閉会いたします。", 4))

cur = 2
for sp, sec_, text, page in S:
    if page != cur:
        brk(); cur = page
    p = doc.add_paragraph()
    r = p.add_run("○" + sp); r.bold = True
    p.paragraph_format.space_after = Pt(0)
    q = doc.add_paragraph("　" + text); q.paragraph_format.space_after = Pt(6)
P("午前１１時２４分閉会", align="c")

# ---------------- 別表 on page 5
brk()
P("別表", bold=True)
P("主な債権の収入未済額等の状況（令和６年度決算）", bold=True, align="c")
P("（単位：千円、収納率は％）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
tbl = doc.add_table(rows=1, cols=6)
# horizontal rules only
tblPr = tbl._tbl.tblPr
bd = OxmlElement("w:tblBorders")
for edge, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"), ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
    e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000"); bd.append(e)
tblPr.append(bd)
for c, h in zip(tbl.rows[0].cells, hdr):
    c.text = h
PAGE_T = 5
tot = [0, 0, 0, 0]
allrows = []
for name, a, w, o in ROWS:
    c = a - w - o
    allrows.append((name, a, c, w, o))
    tot = [tot[0] + a, tot[1] + c, tot[2] + w, tot[3] + o]
allrows.append(("合計", *tot))
for name, a, c, w, o in allrows:
    r = rate(c, a)
    cells = tbl.add_row().cells
    vals = [name, yen(a), yen(c), yen(w), yen(o), pct(r)]
    for cell, v in zip(cells, vals):
        cell.text = v
        if v != name:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d = None if name == "合計" else name
    for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
        facts.append(fact(d, FY, "令和６年度", "total", metric, "actual", v * 1000, "yen", yen(v), PAGE_T, debt_raw=name))
    facts.append(fact(d, FY, "令和６年度", "total", "collection_rate", "actual", r, "percent", pct(r), PAGE_T, debt_raw=name))
for row in tbl.rows:
    for j, cell in enumerate(row.cells):
        cell.width = Mm(44 if j == 0 else (18 if j == 5 else 24))
P("")
P("注１　収入未済額＝調定額－収入済額－不納欠損額", size=9)
P("注２　国民健康保険税及び介護保険料の収入済額は、還付未済額を控除した額である。", size=9)

# prose facts
R6 = "令和６年度"
facts += [
    fact(None, FY, R6, "total", "outstanding", "actual", 3821000000, "yen", "約３８億２，１００万円", 2, approx=True, debt_raw=None),
    fact("市税", FY, R6, "total", "outstanding", "actual", 670940000, "yen", "６億７，０９４万円余", 2, approx=True),
    fact("国民健康保険税", FY, R6, "total", "outstanding", "actual", 1234560000, "yen", "１２億３，４５６万円", 2),
    fact("市税", FY, R6, "current", "collection_rate", "actual", 99.12, "percent", "９９．１２％", 2),
    fact("市税", FY, R6, "arrears", "collection_rate", "actual", 31.40, "percent", "３１．４０％", 2),
    fact("市税", FY, R6, "total", "collection_rate", "actual", 97.05, "percent", "９７．０５％", 2),
    fact("国民健康保険税", 2025, "本年９月末", "current", "collection_rate", "interim", 45.3, "percent", "４５．３％", 3, as_of="2025-09-30"),
    fact("国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", 44.8, "percent", "４４．８％", 3, as_of="2024-09-30"),
    fact("国民健康保険税", 2025, "９月末時点", "arrears", "collection_rate", "interim", 12.6, "percent", "１２．６％", 3, as_of="2025-09-30"),
    fact("国民健康保険税", 2024, "前年同期", "arrears", "collection_rate", "interim", 11.9, "percent", "１１．９％", 3, as_of="2024-09-30"),
    fact("市税", 2025, "令和７年度", "total", "collection_rate", "target", 97.2, "percent", "９７．２％", 3),
    fact("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.20, "percent", "９９．２０％", 3),
    fact("保育所保育料", FY, R6, "total", "outstanding", "actual", 41200000, "yen", "約４，１２０万円", 3, approx=True),
    fact("市営住宅使用料", FY, "令和６年度末", "total", "outstanding", "actual", 88610000, "yen", "８，８６１万円余", 4, approx=True),
    fact("保育所保育料", FY, "令和６年度", "current", "collection_rate", "actual", 98.6, "percent", "９８．６％", 4),
]

src = OUT / f"{STEM}.docx"
doc.save(str(src))
tmp = soffice(src)
finish_pdf(tmp, STEM)

attendees = [{"role": r, "title": r, "name": a + b} for r, a, b in MEMBERS]
attendees += [{"role": t, "title": t, "name": a + b} for t, a, b in STAFF]
attendees += [{"role": t, "title": t, "name": a + b} for t, a, b in CLERK]
TITLE = "あさま市議会 総務常任委員会会議録"
minutes = {"title": TITLE, "meeting_number": None, "date": "2025-10-28", "method": None,
           "attendees": attendees, "agenda": AGENDA,
           "materials": ["市の債権の管理状況について（令和６年度決算）", "令和６年度債権管理推進計画実施結果"],
           "statements": [{"speaker": sp, "section": s_, "text": t, "page": pg} for sp, s_, t, pg in S]}
document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-10-28", "date_raw": "令和７年１０月２８日"}
if __name__ == "__main__":
    write_gold(STEM, document, facts, inits, minutes)
