"""qb_matsubara_minutes_1: 松原市議会 決算特別委員会記録（債権管理の質疑）. python-docx -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import *  # noqa
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "qb_matsubara_minutes_1"
TITLE = "令和６年９月定例会　松原市議会決算特別委員会記録"
G = Gold(STEM, "minutes", "minutes", "松原市", TITLE, "2024-09-20", "令和６年９月２０日")
FY = 2023

# 主要債権（令和5年度決算, 千円）: name, short, asd, col, wo, prev rate
DEBTS = [("市税", "市税", 22914630, 22601842, 21805, 98.31),
         ("国民健康保険料", "国保料", 5612470, 4996318, 89214, 88.47),
         ("介護保険料", "介護料", 3987150, 3921633, 12406, 98.12),
         ("後期高齢者医療保険料", "後期高齢", 2145860, 2136112, 1382, 99.48),
         ("保育所保育料", "保育料", 218640, 210355, 1190, 95.62)]
ROWS = []
for n, s, a, col, wo, pr in DEBTS:
    ROWS.append(dict(name=n, short=s, asd=a, col=col, wo=wo, out=a - col - wo, rate=rate(col, a, 2), prate=pr))
TOT = {k: sum(r[k] for r in ROWS) for k in ("asd", "col", "wo", "out")}
TOT["rate"] = rate(TOT["col"], TOT["asd"], 2)
TOT["prate"] = 95.87
TAX = ROWS[0]
TAX_ARR_OUT = 298415   # 千円, うち滞納繰越分
NHI = ROWS[1]

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin = sec.bottom_margin = Mm(22)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def para(text="", bold=False, size=None, align=None, indent=0, first=0):
    pg = doc.add_paragraph()
    r = pg.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "c":
        pg.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        pg.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        pg.paragraph_format.left_indent = Pt(10.5 * indent)
    if first:
        pg.paragraph_format.first_line_indent = Pt(10.5 * first)
    return pg


# ------------------------------------------------------------------ page 1: header and attendees
P = 1
para("令和６年９月定例会", align="c", size=12)
para("松原市議会決算特別委員会記録", bold=True, align="c", size=16)
para("")
para("１　開会日時　　令和６年９月２０日（金）　午前１０時００分開会　午後３時１２分閉会")
para("２　場　　所　　第１委員会室")
MEMBERS = [("委員長", "中村　正志"), ("副委員長", "高田　美穂"), ("委員", "吉岡　健一"), ("委員", "森本　大輔"),
           ("委員", "上田　恵子"), ("委員", "石原　茂"), ("委員", "藤井　亮太"), ("委員", "松下　聡子"), ("委員", "大西　昭")]
para(f"３　出席委員（{zen(len(MEMBERS))}名）")
for i in range(0, len(MEMBERS), 2):
    a = MEMBERS[i]
    b = MEMBERS[i + 1] if i + 1 < len(MEMBERS) else None
    line = f"{a[0]:　<5}{a[1]}" + (f"　　　{b[0]:　<5}{b[1]}" if b else "")
    para(line, indent=2)
para("４　欠席委員（１名）")
para("委員　　西川　孝", indent=2)
EXPL = [("市民生活部長", "坂口　和也"), ("市民生活部次長兼納税課長", "北野　浩二"), ("保険年金課長", "岡田　由美"),
        ("子ども・若者部長", "福田　隆"), ("こども未来室長", "三宅　千尋"), ("健康福祉部高齢介護課長", "浜口　誠"),
        ("総務部長", "山下　剛"), ("財政課長", "奥村　拓也")]
para(f"５　説明のため出席した者（{zen(len(EXPL))}名）")
for t, nm in EXPL:
    para(f"{t}　{nm}", indent=2)
STAFF = [("議会事務局長", "木村　雅彦"), ("議事課長", "辻　健二"), ("議事課主査", "谷口　沙織")]
para(f"６　事務局職員（{zen(len(STAFF))}名）")
para("　　".join(f"{t}　{nm}" for t, nm in STAFF), indent=2)
AGENDA = ["認定第１号　令和５年度松原市一般会計歳入歳出決算認定について",
          "認定第２号　令和５年度松原市国民健康保険事業特別会計歳入歳出決算認定について"]
para("７　審査案件")
for a in AGENDA:
    para(a, indent=2)
para("")
para("８　配付資料　　主要債権の収納状況（令和５年度決算）")
doc.add_page_break()

# ------------------------------------------------------------------ pages 2-3: statements
STATEMENTS = []


def say(speaker, text, section):
    pg = doc.add_paragraph()
    pg.paragraph_format.first_line_indent = Pt(0)
    r1 = pg.add_run("○" + speaker)
    r1.bold = True
    pg.add_run("　" + text)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text})


def oku_man(v_thousand):
    """千円 -> ('２２５億３，０００万円' style string, yen value) rounded to 万円 (10万円 units kept)."""
    man = round(v_thousand / 10)
    s = (f"{man // 10000}億" if man >= 10000 else "") + (f"{man % 10000:,}万円" if man % 10000 else "円")
    return zen(s), man * 10000


S1 = AGENDA[0]
P = 2
say("中村委員長", "ただいまから決算特別委員会を開会いたします。本日は、認定第１号及び認定第２号を一括して議題とし、"
    "歳入のうち市税等の収納状況について、理事者から説明を求めます。", S1)
tx_col, tx_col_v = oku_man(TAX["col"])
say("坂口市民生活部長", f"令和５年度の市税の収入済額は約{tx_col}で、収納率は{zen(p(TAX['rate'],2))}％となり、"
    f"前年度の{zen(p(TAX['prate'],2))}％から{zen(p(round(TAX['rate']-TAX['prate'],2),2))}ポイント上昇いたしました。"
    "現年課税分の納期内納付の勧奨と、滞納繰越分の早期の財産調査を組み合わせた取組の成果と考えております。", S1)
G.fact(P, "市税", "市税", FY, "令和５年度", "total", "collected", "actual", tx_col_v, "yen", f"約{tx_col}", approx=True)
G.fact(P, "市税", "市税", FY, "令和５年度", "total", "collection_rate", "actual", TAX["rate"], "percent", f"{zen(p(TAX['rate'],2))}％")
G.fact(P, "市税", "市税", FY - 1, "前年度", "total", "collection_rate", "actual", TAX["prate"], "percent", f"{zen(p(TAX['prate'],2))}％から")
G.fact(P, "市税", "市税", FY, "令和５年度", "total", "difference", "actual", round(TAX["rate"] - TAX["prate"], 2), "points",
       f"{zen(p(round(TAX['rate']-TAX['prate'],2),2))}ポイント上昇")
say("吉岡委員", "市税の収入未済額について、令和５年度末でどの程度残っているのか。また、前年度と比べてどうか、伺います。", S1)
out_s, out_v = oku_man(TAX["out"])
prev_out = TAX["out"] + 51083
d_s, d_v = oku_man(prev_out - TAX["out"])
say("北野市民生活部次長兼納税課長", f"令和５年度末の市税の収入未済額は約{out_s}で、前年度末から約{d_s}減少しております。"
    f"このうち滞納繰越分は{zen(c(TAX_ARR_OUT))}千円でございまして、滞納繰越分の収納率は３１．２％と、"
    "前年度に比べ２．４ポイント改善いたしました。高額案件につきましては、大阪府域地方税徴収機構への引継ぎも活用しております。", S1)
G.fact(P, "市税", "市税", FY, "令和５年度末", "total", "outstanding", "actual", out_v, "yen", f"約{out_s}", approx=True)
G.fact(P, "市税", "市税", FY, "令和５年度末", "total", "difference", "actual", -d_v, "yen", f"約{d_s}減少", approx=True)
G.fact(P, "市税", "市税", FY, "令和５年度末", "arrears", "outstanding", "actual", TAX_ARR_OUT * 1000, "yen", f"{zen(c(TAX_ARR_OUT))}千円")
G.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "collection_rate", "actual", 31.2, "percent", "３１．２％")
G.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "difference", "actual", 2.4, "points", "２．４ポイント改善")
say("吉岡委員", "改善していることは評価いたします。一方で、不納欠損の額も毎年一定程度出ていると思いますが、その判断はどのように行っているのか。", S1)
wo_s, wo_v = oku_man(TAX["wo"])
say("北野市民生活部次長兼納税課長", f"令和５年度の市税の不納欠損額は約{wo_s}でございます。執行停止後３年を経過したもの、"
    "及び時効が完成したものについて、財産調査の記録を確認した上で処理しております。安易な欠損処理とならないよう、"
    "課内で複数の職員による確認を行っております。", S1)
G.fact(P, "市税", "市税", FY, "令和５年度", "total", "written_off", "actual", wo_v, "yen", f"約{wo_s}", approx=True)
say("森本委員", "国民健康保険料について伺います。他の債権と比べて収納率が低いと思いますが、現年度分の状況はどうか。", S1)
doc.add_page_break()

P = 3
say("岡田保険年金課長", "国民健康保険料の現年度分の収納率は、令和５年度は９３．８１％で、４年度の９３．２６％から"
    "０．５５ポイント上昇しております。滞納繰越分を含めた全体では" + zen(p(NHI["rate"], 2)) + "％でございます。"
    f"収入未済額は{zen(c(round(NHI['out']/10)))}万円余で、口座振替の推進と、資格喪失者への早期の納付勧奨に取り組んでおります。", S1)
G.fact(P, "国民健康保険料", "国民健康保険料", FY, "令和５年度", "current", "collection_rate", "actual", 93.81, "percent", "９３．８１％")
G.fact(P, "国民健康保険料", "国民健康保険料", FY - 1, "４年度", "current", "collection_rate", "actual", 93.26, "percent", "９３．２６％から")
G.fact(P, "国民健康保険料", "国民健康保険料", FY, "令和５年度", "current", "difference", "actual", 0.55, "points", "０．５５ポイント上昇")
G.fact(P, "国民健康保険料", "国民健康保険料", FY, "令和５年度", "total", "collection_rate", "actual", NHI["rate"], "percent",
       zen(p(NHI["rate"], 2)) + "％でございます")
G.fact(P, "国民健康保険料", "国民健康保険料", FY, "令和５年度", "total", "outstanding", "actual", round(NHI["out"] / 10) * 10000, "yen",
       f"{zen(c(round(NHI['out']/10)))}万円余", approx=True)
say("森本委員", "滞納世帯数はどのくらいあるのか。また、差押えなどの滞納処分の件数も併せて伺います。", S1)
say("岡田保険年金課長", "令和５年度末の滞納世帯数は２，４１８世帯で、前年度末の２，６０５世帯から１８７世帯減少しております。"
    "差押えの件数は２１２件でございます。", S1)
G.fact(P, "国民健康保険料", "国民健康保険料", FY, "令和５年度末", "total", "delinquents", "actual", 2418, "households", "２，４１８世帯")
G.fact(P, "国民健康保険料", "国民健康保険料", FY - 1, "前年度末", "total", "delinquents", "actual", 2605, "households", "２，６０５世帯")
ps = ROWS[4]
say("高田副委員長", "保育料について、収納率の状況と、児童手当からの特別徴収の活用状況を伺います。", S1)
say("福田子ども・若者部長", f"保育所保育料の収納率は{zen(p(ps['rate'],2))}％で、前年度を上回っております。"
    "児童手当からの徴収は、保護者の申出によるものを含めて年間３８件実施いたしました。"
    f"なお、収入未済額は{zen(c(ps['out']))}千円となっております。", S1)
G.fact(P, "保育所保育料", "保育所保育料", FY, "令和５年度", "total", "collection_rate", "actual", ps["rate"], "percent", f"{zen(p(ps['rate'],2))}％で")
G.fact(P, "保育所保育料", "保育所保育料", FY, "令和５年度", "total", "outstanding", "actual", ps["out"] * 1000, "yen", f"{zen(c(ps['out']))}千円")
say("上田委員", "市全体として債権管理の体制をどう強化していくのか。債権管理条例の制定も含めて、考えを伺います。", S1)
tot_s, tot_v = oku_man(TOT["out"])
say("山下総務部長", f"主要５債権の収入未済額の合計は約{tot_s}でございます。令和７年度に向けて、"
    "債権管理の基本方針を改定し、私債権を含めた全庁的な進行管理を行う債権管理推進会議を設置する方向で検討を進めております。"
    "条例の制定につきましても、先進市の状況を調査した上で判断してまいります。", S1)
G.fact(P, None, None, FY, "令和５年度", "total", "outstanding", "actual", tot_v, "yen", f"約{tot_s}", approx=True)
say("中村委員長", "ほかに質疑はございませんか。――なければ、本日の審査はこの程度にとどめ、次回は歳出の審査を行います。"
    "以上で本日の決算特別委員会を閉会いたします。", S1)
para("（午後３時１２分閉会）", align="r")
doc.add_page_break()

# ------------------------------------------------------------------ page 4: 配付資料 table
P = 4
para("配付資料", bold=True)
para("主要債権の収納状況（令和５年度決算）", bold=True, align="c", size=12)
para("（単位：千円、％）", align="r", size=9)
tbl = doc.add_table(rows=1, cols=6)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額※１", "収納率（前年度）"]
for i, h in enumerate(hdr):
    tbl.rows[0].cells[i].text = h


def addrow(vals, bold=False):
    cells = tbl.add_row().cells
    for i, v in enumerate(vals):
        cells[i].text = v
        pg = cells[i].paragraphs[0]
        if i:
            pg.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in pg.runs:
            r.bold = bold
            r.font.size = Pt(9.5)


for r in ROWS:
    addrow([r["short"], c(r["asd"]), c(r["col"]), c(r["wo"]), c(r["out"]), f"{p(r['rate'],2)}（{p(r['prate'],2)}）"])
    for k, m in (("asd", "assessed"), ("col", "collected"), ("wo", "written_off"), ("out", "outstanding")):
        G.fact(P, r["name"], r["short"], FY, "令和５年度", "total", m, "actual", r[k] * 1000, "yen", c(r[k]))
    G.fact(P, r["name"], r["short"], FY, "令和５年度", "total", "collection_rate", "actual", r["rate"], "percent", f"{p(r['rate'],2)}（")
    G.fact(P, r["name"], r["short"], FY - 1, "前年度", "total", "collection_rate", "actual", r["prate"], "percent", f"（{p(r['prate'],2)}）")
addrow(["計", c(TOT["asd"]), c(TOT["col"]), c(TOT["wo"]), c(TOT["out"]), f"{p(TOT['rate'],2)}（{p(TOT['prate'],2)}）"], bold=True)
for k, m in (("asd", "assessed"), ("col", "collected"), ("wo", "written_off"), ("out", "outstanding")):
    G.fact(P, None, "計", FY, "令和５年度", "total", m, "actual", TOT[k] * 1000, "yen", c(TOT[k]))
G.fact(P, None, "計", FY, "令和５年度", "total", "collection_rate", "actual", TOT["rate"], "percent", f"{p(TOT['rate'],2)}（{p(TOT['prate'],2)}）")
G.fact(P, None, "計", FY - 1, "前年度", "total", "collection_rate", "actual", TOT["prate"], "percent", f"（{p(TOT['prate'],2)}）")
for i, w in enumerate((22, 27, 27, 22, 27, 35)):
    tbl.columns[i].width = Mm(w)
for row in tbl.rows:
    for i, w in enumerate((22, 27, 27, 22, 27, 35)):
        row.cells[i].width = Mm(w)
para("")
para(f"※１　市税の収入未済額のうち滞納繰越分　{c(TAX_ARR_OUT)}千円", size=9)
G.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "outstanding", "actual", TAX_ARR_OUT * 1000, "yen", f"滞納繰越分{c(TAX_ARR_OUT)}千円")
para("※２　国保料：国民健康保険料、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料", size=9)
para("※３　収納率の括弧内は令和４年度決算の収納率。2023年度（令和５年度）決算は出納整理期間終了後の確定値。", size=9)

src = WORK / f"{STEM}.docx"
doc.save(src)
out = soffice(src, WORK)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes(out.read_bytes())

att = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
att += [{"role": t, "title": t, "name": n} for t, n in EXPL]
att += [{"role": "事務局", "title": t, "name": n} for t, n in STAFF]
G.minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-20", "method": None,
             "attendees": att, "agenda": AGENDA, "materials": ["主要債権の収納状況（令和５年度決算）"],
             "statements": STATEMENTS}
G.save(pdf)
print(STEM, "facts", len(G.facts), "statements", len(STATEMENTS))
for b in check(STEM):
    print("BAD", b)
