"""つくば市議会 総務常任委員会記録 (council committee record) — python-docx -> LibreOffice."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from u_common import Gold, PDF_DIR, WORK, soffice, zen  # noqa: E402

STEM = "u_tsukuba_minutes_1"
CITY = "つくば市"
TITLE = "総務常任委員会記録"
MEET_DATE = "2024-03-12"
MEET_DATE_RAW = "令和６年３月１２日"
NOW = "2024-02-29"    # 令和６年２月末 (leap year)
PREV = "2023-02-28"   # 前年同月
FY, PFY = 2023, 2022

# ---------------- data (千円) ----------------
# debt key -> (debt canonical, printed label, {seg: (assessed, collected)} now, prev-year rates by seg)
DATA = [
    ("市税", "市　税", {"current": (52_861_240, 48_843_786), "arrears": (1_458_930, 390_993)},
     {"current": 92.1, "arrears": 25.6}),
    ("国民健康保険料", "国民健康保険税", {"current": (8_912_470, 7_539_949), "arrears": (2_386_550, 460_604)},
     {"current": 84.9, "arrears": 18.7}),
    ("保育所保育料", "保育所保育料", {"current": (1_204_380, 1_158_614), "arrears": (41_260, 6_395)},
     {"current": 96.0, "arrears": 14.2}),
    ("水道料金", "水道料金", {"current": (9_645_310, 9_365_596), "arrears": (312_840, 160_174)},
     {"current": 96.8, "arrears": 50.3}),
]


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


def tot(d):
    a = d["current"][0] + d["arrears"][0]
    c = d["current"][1] + d["arrears"][1]
    return a, c


def oku(v_sen):
    """千円 -> '約５２８億６，１００万円' style rounded to 100万円; returns (raw, value_yen)"""
    man = round(v_sen / 1000 / 100) * 100  # 万円 rounded to 100万
    o, m = divmod(man, 10000)
    s = f"約{zen(o)}億"
    if m:
        s += zen(f"{m:,}") + "万円"
    else:
        s += "円"
    return s, man * 10000


g = Gold(STEM, "minutes", "minutes", CITY, TITLE, MEET_DATE, MEET_DATE_RAW)

# --------------- document -----------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25

hp = sec.header.paragraphs[0]
hp.text = "つくば市議会　総務常任委員会記録（令和６年３月１２日）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("－ ")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r")
t = OxmlElement("w:t")
t.text = "1"
rr.append(t)
fld.append(rr)
fp._p.append(fld)
fp.add_run(" －")

page = 1


def para(text="", size=None, bold=False, align=None, indent=0, first=0):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        if size:
            run.font.size = Pt(size)
        run.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(10.5 * indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(10.5 * first)
    return p


def pagebreak():
    global page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    page += 1


para("令和６年２月定例会", align="r")
para()
para(TITLE, size=16, bold=True, align="c")
para("（令和５年度市税等の収納状況及び債権管理の取組について）", align="c")
para()
para("１　日　　時　　令和６年３月１２日（火）　午前１０時００分開会　午前１１時４２分閉会")
para("２　場　　所　　第２委員会室")
para("３　出席委員（８名）")
members = [("委員長", "佐藤　和也"), ("副委員長", "鈴木　恵子"), ("委員", "渡辺　健一"), ("委員", "高橋　明美"),
           ("委員", "松本　誠"), ("委員", "小野　隆司"), ("委員", "草野　由美"), ("委員", "根本　大輔")]
line = ""
for i, (role, name) in enumerate(members):
    cell = f"{role}　{name}"
    line += cell + ("　　" if i % 2 == 0 else "")
    if i % 2 == 1:
        para(line, indent=2)
        line = ""
para("４　欠席委員　　なし")
para("５　説明のため出席した者")
execs = ["財政部長", "収納対策課長", "こども・若者部長", "保険年金課長", "介護保険課長", "水道局営業課長"]
para("・".join(execs), indent=2)
para("６　事務局出席職員　　議事調査課主任主査　石井　智")
para("７　付議事件")
agenda = ["令和５年度市税等の収納状況について（報告）",
          "つくば市債権管理計画（令和６年度～令和８年度）の策定について（報告）"]
for i, a in enumerate(agenda, 1):
    para(f"（{zen(i)}）{a}", indent=1)
para("８　配付資料")
materials = ["資料１　令和５年度市税等の収納状況（令和６年２月末現在）",
             "資料２　つくば市債権管理計画（案）の概要"]
for m in materials:
    para(m, indent=2)
para()
para("９　審査の経過", bold=True)

statements = []


def say(speaker_printed, text, section, paras=None):
    """speaker_printed without ○; text may contain \n for paragraph breaks"""
    parts = text.split("\n")
    p = para(f"○{speaker_printed}　{parts[0]}", indent=0)
    p.paragraph_format.left_indent = Pt(10.5)
    p.paragraph_format.first_line_indent = Pt(-10.5)
    for x in parts[1:]:
        q = para("　" + x)
        q.paragraph_format.left_indent = Pt(10.5)
    statements.append({"speaker": speaker_printed, "section": section, "text": text, "page": page})


S1 = agenda[0].replace("（報告）", "")
S2 = agenda[1].replace("（報告）", "")

say("佐藤委員長", "ただいまから総務常任委員会を開会いたします。本日は、付議事件２件について執行部から報告を受けます。"
    "初めに、令和５年度市税等の収納状況について、執行部の説明を求めます。", S1)

# 市税 figures
tax = DATA[0][2]
tax_prev = DATA[0][3]
ta, tc = tot(tax)
cur_rate = r1(tax["current"][1], tax["current"][0])
arr_rate = r1(tax["arrears"][1], tax["arrears"][0])
all_rate = r1(tc, ta)
ta_raw, ta_val = oku(ta)
tc_raw, tc_val = oku(tc)
diff_cur = round(cur_rate - tax_prev["current"], 1)
diff_arr = round(arr_rate - tax_prev["arrears"], 1)
txt = (f"それでは、資料１の１ページをご覧ください。令和６年２月末現在の市税の収納率は、現年課税分が{zen(cur_rate)}％で、"
       f"前年同月の{zen(tax_prev['current'])}％と比べ{zen(diff_cur)}ポイントの増、滞納繰越分が{zen(arr_rate)}％で、"
       f"前年同月比{zen(diff_arr)}ポイントの増となっております。"
       f"\n市税全体では、調定額が{ta_raw}、収入済額が{tc_raw}で、収納率は{zen(all_rate)}％となりました。"
       "現年課税分につきましては、納期内納付の勧奨と早期の催告に加え、スマートフォン決済の利用が伸びていることが収納率の改善につながっているものと考えております。"
       "\n滞納繰越分につきましては、預貯金調査の電子化により財産調査の件数が増え、差押えの早期着手が進んだことによるものでございます。")
say("新妻収納対策課長", txt, S1)
g.fact("市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", cur_rate, "percent",
       f"{zen(cur_rate)}％", page, as_of=NOW)
g.fact("市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", tax_prev["current"], "percent",
       f"{zen(tax_prev['current'])}％", page, as_of=PREV)
g.fact("市税", "市税", FY, "令和６年２月末", "arrears", "collection_rate", "interim", arr_rate, "percent",
       f"{zen(arr_rate)}％", page, as_of=NOW)
g.fact("市税", "市税", FY, "令和６年２月末", "total", "assessed", "interim", ta_val, "yen", ta_raw, page, as_of=NOW, approx=True)
g.fact("市税", "市税", FY, "令和６年２月末", "total", "collected", "interim", tc_val, "yen", tc_raw, page, as_of=NOW, approx=True)
g.fact("市税", "市税", FY, "令和６年２月末", "total", "collection_rate", "interim", all_rate, "percent",
       f"{zen(all_rate)}％", page, as_of=NOW)

say("渡辺委員", "国民健康保険税について伺います。滞納繰越分の収納率が他の税目に比べて低いように思いますが、現状と前年度の決算はどうなっているのでしょうか。", S1)
kok = DATA[1][2]
k_cur = r1(kok["current"][1], kok["current"][0])
k_arr = r1(kok["arrears"][1], kok["arrears"][0])
K4_ARR_RATE = 24.1
K4_OUT = 2_146_000_000
K5_TGT = 2_000_000_000
txt = (f"国民健康保険税の２月末現在の収納率は、現年課税分が{zen(k_cur)}％、滞納繰越分が{zen(k_arr)}％となっております。"
       f"令和４年度決算では、滞納繰越分の収納率は{zen(K4_ARR_RATE)}％、収入未済額は約２１億４，６００万円でございました。"
       "\n滞納繰越分は、納税資力の乏しい世帯の割合が高く、執行停止を含めた滞納整理を進めているところでございます。"
       "令和５年度末の収入未済額は２０億円以下とすることを目標としております。")
page_k = page
say("坂本保険年金課長", txt, S1)
g.fact("国民健康保険料", "国民健康保険税", FY, "２月末現在", "current", "collection_rate", "interim", k_cur, "percent",
       f"{zen(k_cur)}％", page, as_of=NOW)
g.fact("国民健康保険料", "国民健康保険税", FY, "２月末現在", "arrears", "collection_rate", "interim", k_arr, "percent",
       f"{zen(k_arr)}％", page, as_of=NOW)
g.fact("国民健康保険料", "国民健康保険税", 2022, "令和４年度決算", "arrears", "collection_rate", "actual", K4_ARR_RATE,
       "percent", f"{zen(K4_ARR_RATE)}％", page)
g.fact("国民健康保険料", "国民健康保険税", 2022, "令和４年度決算", "total", "outstanding", "actual", K4_OUT, "yen",
       "約２１億４，６００万円", page, approx=True)
g.fact("国民健康保険料", "国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "target", K5_TGT, "yen",
       "２０億円", page)

say("渡辺委員", "現年課税分の収納率が前年同月を下回っている要因は何か。", S1)
say("坂本保険年金課長", "被保険者の高齢化と所得の減少により、普通徴収の割合が高くなっていることが主な要因と考えております。"
    "口座振替の勧奨と、納付書へのスマートフォン決済用コードの印字により、引き続き納期内納付を促してまいります。", S1)

pagebreak()
say("高橋委員", "保育所の保育料など、こども・若者部が所管する債権の状況を教えてください。", S1)
ho = DATA[2][2]
h_cur = r1(ho["current"][1], ho["current"][0])
H4_OUT = 38_600_000
txt = (f"保育所保育料の２月末現在の収納率は、現年度分が{zen(h_cur)}％となっております。"
       f"令和４年度末の収入未済額は約３，８６０万円でございましたが、児童手当からの特別徴収と口座振替の原則化を進めた結果、"
       f"２月末では約３，１２０万円まで減少しております。\n"
       "なお、卒園した世帯の滞納繰越分については、分納の履行状況を毎月確認し、不履行となった世帯には速やかに催告を行っております。")
say("吉田こども・若者部長", txt, S1)
g.fact("保育所保育料", "保育所保育料", FY, "２月末現在", "current", "collection_rate", "interim", h_cur, "percent",
       f"{zen(h_cur)}％", page, as_of=NOW)
g.fact("保育所保育料", "保育所保育料", 2022, "令和４年度末", "total", "outstanding", "actual", H4_OUT, "yen",
       "約３，８６０万円", page, approx=True)
g.fact("保育所保育料", "保育所保育料", FY, "２月末", "total", "outstanding", "interim", 31_200_000, "yen",
       "約３，１２０万円", page, as_of=NOW, approx=True)

say("松本委員", "水道料金の状況はどうか。", S1)
wa = DATA[3][2]
w_cur = r1(wa["current"][1], wa["current"][0])
w_arr = r1(wa["arrears"][1], wa["arrears"][0])
txt = (f"水道料金の２月末の収納率は、現年度分が{zen(w_cur)}％で、前年同月の{zen(DATA[3][3]['current'])}％を上回っております。"
       f"過年度分は{zen(w_arr)}％でございます。給水停止の予告を早期に行うことで、納付相談につながる件数が増えております。")
say("草野水道局営業課長", txt, S1)
g.fact("水道料金", "水道料金", FY, "２月末", "current", "collection_rate", "interim", w_cur, "percent", f"{zen(w_cur)}％", page, as_of=NOW)
g.fact("水道料金", "水道料金", PFY, "前年同月", "current", "collection_rate", "interim", DATA[3][3]["current"], "percent",
       f"{zen(DATA[3][3]['current'])}％", page, as_of=PREV)
g.fact("水道料金", "水道料金", FY, "２月末", "arrears", "collection_rate", "interim", w_arr, "percent", f"{zen(w_arr)}％", page, as_of=NOW)

say("佐藤委員長", "ほかに質疑はありませんか。――なければ、次に、つくば市債権管理計画（令和６年度～令和８年度）の策定について、執行部の説明を求めます。", S1)
ALL4_OUT = 10_840_000_000
txt = ("資料２をご覧ください。現行の計画期間が令和５年度で終了することから、令和６年度から令和８年度までの３か年を期間とする新たな計画を策定するものでございます。"
       "\n令和４年度決算における全債権の収入未済額は約１０８億４，０００万円で、前年度から約６億２００万円減少いたしましたが、依然として多額となっております。"
       "\n新たな計画では、市税の収納率を令和８年度に９５．５％以上とすること、また、全債権の収入未済額を令和８年度末に９０億円以下とすることを目標として掲げ、"
       "滞納の初期段階での接触の徹底と、徴収困難な事案の整理を両輪として取り組んでまいります。")
say("新妻収納対策課長", txt, S2)
g.fact(None, "全債権", 2022, "令和４年度決算", "total", "outstanding", "actual", ALL4_OUT, "yen", "約１０８億４，０００万円", page, approx=True)
g.fact("市税", "市税", 2026, "令和８年度", "total", "collection_rate", "target", 95.5, "percent", "９５．５％", page)
g.fact(None, "全債権", 2026, "令和８年度末", "total", "outstanding", "target", 9_000_000_000, "yen", "９０億円", page)

say("高橋委員", "徴収困難な事案の整理とあるが、債権放棄や執行停止の判断基準は、計画の中で示されるのか。", S2)
say("新妻収納対策課長", "債権放棄につきましては、債権管理条例に定める要件に該当するかどうかを、所管課と収納対策課が合同で審査する手順を計画の中でお示しする予定でございます。"
    "また、判断の過程を記録として残し、監査や議会への報告に活用できるよう様式を統一いたします。", S2)
say("根本委員", "要望ですが、生活に困窮している方については、福祉部門の相談窓口へ確実につなげるよう、引き続き丁寧な対応をお願いしたい。", S2)
say("佐藤委員長", "ほかにありませんか。――以上で、本日の付議事件の審査は全て終了いたしました。これをもちまして、総務常任委員会を閉会いたします。", S2)

# ---------------- 別表 ----------------
pagebreak()
para("別表", bold=True)
para("主な債権の収納状況（令和６年２月末現在）", size=11.5, bold=True, align="c")
para("（単位：千円、％）", size=9, align="r")
hdr1 = ["債権名", "区分", "５年度２月末", "", "", "４年度２月末", "増減"]
hdr2 = ["", "", "調定額", "収入済額", "収納率", "収納率", ""]
rows = []
for debt, label, d, prev in DATA:
    pa, pc = tot(d)
    for seg, sname in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")):
        if seg == "total":
            a, c = pa, pc
            # previous total rate: derive from previous-year assumption = weighted by current shares
            pr = None
        else:
            a, c = d[seg]
            pr = prev[seg]
        rt = r1(c, a)
        rows.append((debt, label, seg, sname, a, c, rt, pr))
tbl = doc.add_table(rows=2 + len(rows), cols=7)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(34), Mm(16), Mm(26), Mm(26), Mm(16), Mm(18), Mm(14)]


def setc(cell, text, align="c", size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.line_spacing = 1.0


for i, h in enumerate(hdr1):
    setc(tbl.cell(0, i), h)
for i, h in enumerate(hdr2):
    if h:
        setc(tbl.cell(1, i), h)
tbl.cell(0, 2).merge(tbl.cell(0, 4))
setc(tbl.cell(0, 2), "５年度２月末")
tbl.cell(0, 0).merge(tbl.cell(1, 0))
tbl.cell(0, 1).merge(tbl.cell(1, 1))
tbl.cell(0, 6).merge(tbl.cell(1, 6))
setc(tbl.cell(0, 0), "債権名")
setc(tbl.cell(0, 1), "区分")
setc(tbl.cell(0, 6), "増減")
for ri, (debt, label, seg, sname, a, c, rt, pr) in enumerate(rows):
    R = ri + 2
    if seg == "current":
        lab = label + ("※1" if debt == "水道料金" else "")
        setc(tbl.cell(R, 0), lab)
    setc(tbl.cell(R, 1), sname)
    setc(tbl.cell(R, 2), f"{a:,}", "r")
    setc(tbl.cell(R, 3), f"{c:,}", "r")
    setc(tbl.cell(R, 4), f"{rt:.1f}", "r")
    if pr is None:
        setc(tbl.cell(R, 5), "－", "c")
        setc(tbl.cell(R, 6), "－", "c")
    else:
        setc(tbl.cell(R, 5), f"{pr:.1f}", "r")
        dd = round(rt - pr, 1)
        setc(tbl.cell(R, 6), ("△" + f"{-dd:.1f}") if dd < 0 else f"{dd:.1f}", "r")
    fyraw = "５年度２月末"
    g.fact(debt, label, FY, fyraw, seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", page, as_of=NOW)
    g.fact(debt, label, FY, fyraw, seg, "collected", "interim", c * 1000, "yen", f"{c:,}", page, as_of=NOW)
    g.fact(debt, label, FY, fyraw, seg, "collection_rate", "interim", rt, "percent", f"{rt:.1f}", page, as_of=NOW)
    if pr is not None:
        g.fact(debt, label, PFY, "４年度２月末", seg, "collection_rate", "interim", pr, "percent",
               f"{pr:.1f}", page, as_of=PREV)
# merge debt label cells over 3 rows
for k in range(len(DATA)):
    top = 2 + 3 * k
    a_ = tbl.cell(top, 0)
    txt0 = a_.text
    m = a_.merge(tbl.cell(top + 2, 0))
    setc(m, txt0)
for row in tbl.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w
para("※1　水道料金は水道局営業課調べ（２月検針分まで）。", size=9)
para("※2　増減欄は、５年度２月末の収納率から４年度２月末の収納率を差し引いたもの（単位：ポイント）。", size=9)
para("※3　国民健康保険税は、退職被保険者等分を含む。", size=9)

g.minutes = {
    "title": TITLE, "meeting_number": None, "date": MEET_DATE, "method": None,
    "attendees": [{"role": r_, "title": r_, "name": n.replace("　", "")} for r_, n in members]
    + [{"role": e, "title": e, "name": None} for e in execs]
    + [{"role": "事務局", "title": "議事調査課主任主査", "name": "石井智"}],
    "agenda": [a.replace("（報告）", "") for a in agenda],
    "materials": materials,
    "statements": statements,
}

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
out = soffice(docx_path, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
dst.write_bytes(out.read_bytes())
g.write(dst)
