"""qm_higashiyamato_minutes_1: 決算特別委員会記録 on 債権管理 (python-docx -> LibreOffice)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qm_lib import Gold, PDF_DIR, WORK, rate, zen  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "qm_higashiyamato_minutes_1"
TITLE = "令和7年 決算特別委員会記録（第3号）"
G = Gold(STEM, "minutes", "minutes", "東大和市", TITLE, "2025-09-17", "令和7年9月17日")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin = sec.bottom_margin = Mm(22)
hp = sec.header.paragraphs[0]
hp.text = "令和7年 決算特別委員会記録（第3号）　令和7年9月17日"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("- ")
r = fp.add_run()
for kind, txt in [("begin", None), (None, "PAGE"), ("end", None)]:
    if kind:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    else:
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = txt
        r._r.append(t)
fp.add_run(" -")


def para(text, size=10.5, bold=False, align=None, space=2, indent=0, first=0, font=None):
    p = doc.add_paragraph()
    rr = p.add_run(text)
    rr.font.size = Pt(size)
    rr.bold = bold
    if font:
        rr.font.name = font
        rr._r.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space)
    pf.space_before = Pt(0)
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ page 1: heading and attendee lists
para("令和7年 決算特別委員会記録（第3号）", 15, True, "c", 8, font="IPAexGothic")
para("１　開会年月日　令和7年9月17日（水）")
para("２　開会場所　　第一委員会室")
MEM = [("委員長", "中村　正和"), ("副委員長", "石井　由美"), ("委員", "大野　健一"), ("委員", "佐藤　美香"),
       ("委員", "鈴木　孝"), ("委員", "高橋　勝也"), ("委員", "田中　優子"), ("委員", "森田　浩二")]
para(f"３　出席委員（{zen(len(MEM))}名）")
for i in range(0, len(MEM), 2):
    a, b = MEM[i], MEM[i + 1]
    para(f"{a[0]}　{a[1]}" + "　" * (9 - len(a[0]) - len(a[1])) + f"{b[0]}　{b[1]}", indent=10, space=0)
para("４　欠席委員（０名）　なし")
EXP = [("副市長", "小林　秀樹"), ("総務部長", "渡辺　誠"), ("市民部長", "山本　恵子"), ("子ども・健康部長", "加藤　剛"),
       ("福祉部長", "吉田　博"), ("納税課長", "松本　隆之"), ("保険年金課長", "井上　直美"), ("介護保険課長", "木村　修")]
para(f"５　説明のため出席した者（{zen(len(EXP))}名）")
for t, n in EXP:
    para(f"{t}" + "　" * (10 - len(t)) + n, indent=10, space=0)
SEC = [("事務局長", "清水　一郎"), ("議事係長", "山口　綾"), ("主任", "岡田　翔")]
para(f"６　事務局職員（{zen(len(SEC))}名）")
for t, n in SEC:
    para(f"{t}" + "　" * (10 - len(t)) + n, indent=10, space=0)
AGENDA = ["認定第1号　令和6年度東大和市一般会計歳入歳出決算の認定について",
          "認定第2号　令和6年度東大和市国民健康保険事業特別会計歳入歳出決算の認定について"]
para("７　本日の会議に付した事件")
for a in AGENDA:
    para(a, indent=10, space=0)
para("")
para("午前10時00分　開議", align="c")
STATE = []


def say(speaker, text, section="決算審査（債権管理）"):
    para(f"○{speaker}　{text}", first=-4, indent=4, space=3)
    STATE.append({"speaker": speaker, "section": section, "text": text})


say("中村委員長", "ただいまから決算特別委員会を開会いたします。認定第1号及び認定第2号を一括して議題とし、"
    "歳入のうち市税及び国民健康保険税の収納について質疑を行います。")
page_break()

# ------------------------------------------------------------------ page 2: Q&A with figures
P = 2
tax_cr, tax_ar, tax_tr = 99.12, 35.41, 97.86
tax_d = 0.21
tax_out = 432_100_000   # 432.1 百万円
deli, sz = 1523, 412
say("中村委員長", "質疑のある方は挙手願います。大野委員。")
t1 = ("決算書の市税について伺います。令和6年度決算で収入未済額は約4億3,200万円とのことですが、"
      "令和元年度と比べてどの程度縮減しているのか、また現年課税分の収納率の状況をお聞かせください。")
say("大野委員", t1)
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", 432_000_000, "yen", "約4億3,200万円",
       approx=True)
t2 = (f"令和6年度決算における市税の収納率は、現年課税分{tax_cr:.2f}％、滞納繰越分{tax_ar:.2f}％、合計で{tax_tr:.2f}％でございまして、"
      f"合計では前年度比{tax_d:.2f}ポイントの上昇となっております。収入未済額は、令和元年度の約6億1,800万円から"
      "約1億8,600万円減少いたしました。")
say("松本納税課長", t2)
for seg, v in [("current", tax_cr), ("arrears", tax_ar), ("total", tax_tr)]:
    G.fact(P, "市税", "市税", 2024, "令和6年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}％")
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", tax_d, "points", f"{tax_d:.2f}ポイント")
G.fact(P, "市税", "市税", 2019, "令和元年度", "total", "outstanding", "actual", 618_000_000, "yen", "約6億1,800万円",
       approx=True)
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", -186_000_000, "yen", "約1億8,600万円",
       approx=True)
say("大野委員", "滞納者の人数と、差押えの件数はどのように推移しているのでしょうか。")
t3 = (f"令和6年度末の市税の滞納者数は{zen(f'{deli:,}')}人で、前年度末から８７人減少しております。"
      f"差押件数は{sz}件で、このうち預貯金の差押えが約７割を占めております。")
say("松本納税課長", t3)
G.fact(P, "市税", "市税", 2024, "令和6年度", "total", "delinquents", "actual", deli, "persons", zen(f"{deli:,}") + "人")
say("大野委員", "わかりました。引き続き、早期の滞納整理に取り組んでいただきたいと思います。")
say("中村委員長", "ほかに質疑はありますか。佐藤委員。")
t4 = ("国民健康保険税について伺います。令和二年度以降、収納率が上がってきていると聞いていますが、"
      "令和6年度の状況と、収入未済額の推移を教えてください。")
say("佐藤委員", t4)
page_break()

# ------------------------------------------------------------------ page 3
P = 3
kok_cr, kok_ar, kok_tr, kok_tr2 = 94.37, 27.85, 82.64, 78.92
t5 = (f"国民健康保険税の令和6年度の収納率は、現年課税分で{kok_cr:.2f}％、滞納繰越分で{kok_ar:.2f}％、"
      f"全体では{kok_tr:.2f}％となりました。令和二年度の全体の収納率{kok_tr2:.2f}％と比べますと、"
      f"{kok_tr - kok_tr2:.2f}ポイント改善しております。収入未済額は約3億1,500万円で、前年度から約2,300万円減少いたしました。")
say("井上保険年金課長", t5)
for seg, v in [("current", kok_cr), ("arrears", kok_ar), ("total", kok_tr)]:
    G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg, "collection_rate", "actual", v, "percent",
           f"{v:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2020, "令和二年度", "total", "collection_rate", "actual", kok_tr2, "percent",
       f"{kok_tr2:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "difference", "actual",
       round(kok_tr - kok_tr2, 2), "points", f"{kok_tr - kok_tr2:.2f}ポイント")
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", 315_000_000, "yen",
       "約3億1,500万円", approx=True)
G.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "difference", "actual", -23_000_000, "yen",
       "約2,300万円", approx=True)
say("佐藤委員", "改善していることは評価しますが、介護保険料など他の債権との連携はどうなっていますか。")
t6 = ("介護保険料につきましては、令和6年度の現年度分の収納率が９９．０５％と高い水準を維持しております。"
      "滞納のある方の多くが国民健康保険税も滞納していることから、納税課と情報を共有し、納付相談を一体的に行っております。")
say("木村介護保険課長", t6)
G.fact(P, "介護保険料", "介護保険料", 2024, "令和6年度", "current", "collection_rate", "actual", 99.05, "percent",
       "９９．０５％")
say("佐藤委員", "ありがとうございました。市として債権管理の全体の方針はどうなっているのか、最後に伺います。")
t7 = ("本市では、令和5年度に債権管理条例を制定し、各課の債権の状況を毎年度取りまとめております。"
      "令和6年度末の市全体の収入未済額は約9億8,700万円で、前年度比で約4,100万円の減少となりました。"
      "今後も全庁的な債権管理の推進に努めてまいります。")
say("渡辺総務部長", t7)
G.fact(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", 987_000_000, "yen", "約9億8,700万円",
       approx=True)
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", -41_000_000, "yen", "約4,100万円",
       approx=True)
say("中村委員長", "ほかに質疑はありませんか。――質疑なしと認めます。以上で本日の質疑を終わります。")
para("午前11時42分　散会", align="c")
page_break()

# ------------------------------------------------------------------ page 4: 委員会資料 (no ruling lines)
P = 4
para("委員会資料", 9, align="r")
para("主な債権の収納状況（令和6年度決算）", 12, True, "c", 2, font="IPAexGothic")
para("（単位：百万円、％）", 8.5, align="r")
ROWS = [("市税", 20668.2, 20225.9, 10.2), ("国民健康保険税", 2104.3, 1739.0, 50.3), ("介護保険料", 2385.7, 2352.9, 8.1),
        ("後期高齢者医療保険料", 1402.6, 1396.4, 1.3)]
tb = doc.add_table(rows=1, cols=7)
hdr = ["債権", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度比増減"]
for j, h in enumerate(hdr):
    c = tb.cell(0, j)
    c.paragraphs[0].add_run(h).font.size = Pt(8.5)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
PREV = {"市税": 449.8, "国民健康保険税": 337.9, "介護保険料": 27.6, "後期高齢者医療保険料": 5.6}
tot = [0.0, 0.0, 0.0, 0.0, 0.0]
for debt, a, c, w in ROWS:
    o = round(a - c - w, 1)
    rt = rate(c, a)
    d = round(o - PREV[debt], 1)
    ds = ("△" if d < 0 else "") + f"{abs(d):,.1f}"
    cells = [debt, f"{a:,.1f}", f"{c:,.1f}", f"{w:,.1f}", f"{o:,.1f}", f"{rt:.2f}", ds]
    row = tb.add_row()
    for j, v in enumerate(cells):
        row.cells[j].paragraphs[0].add_run(v).font.size = Pt(8.5)
        row.cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
    M = 1_000_000
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "assessed", "actual", int(round(a * M)), "yen", cells[1])
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "collected", "actual", int(round(c * M)), "yen", cells[2])
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "written_off", "actual", int(round(w * M)), "yen", cells[3])
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "outstanding", "actual", int(round(o * M)), "yen", cells[4])
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "collection_rate", "actual", rt, "percent", cells[5])
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "difference", "actual", int(round(d * M)), "yen", ds)
para("")
para("※金額は百万円未満を四捨五入。前年度比増減は収入未済額の増減（△は減少）。", 8)
para("※市税の収入未済額432.1百万円のうち、滞納繰越分は298.4百万円である。", 8)
G.fact(P, "市税", "市税", 2024, None, "arrears", "outstanding", "actual", 298_400_000, "yen", "298.4百万円")
para("")
para("参考　債権管理の取組（令和6年度）", 10.5, True, space=2, font="IPAexGothic")
MEMO = [("１", "市税"), ("（１）", "滞納整理の早期着手"), ("ア", "督促状発送後の文書催告を翌月に一斉発送した。"),
        ("イ", "預貯金調査の電子照会を全件で実施した。"), ("（２）", "納付環境の整備"),
        ("ア", "スマートフォン決済の対象に国民健康保険税を追加した。"),
        ("２", "国民健康保険税"), ("（１）", "納付相談の強化"), ("ア", "休日納付相談を年4回開催した。")]
ind = {"１": 0, "２": 0, "（１）": 5, "（２）": 5, "ア": 10, "イ": 10}
cur_debt, lab1 = None, ""
for lab, t in MEMO:
    para(f"{lab}　{t}", 9.5, indent=ind[lab], space=0)
    if lab in ("１", "２"):
        cur_debt = t
    elif lab.startswith("（"):
        lab1 = lab
    else:
        G.init(P, cur_debt, cur_debt, 2024, "債権管理の取組（令和6年度）", f"{lab1}{lab}", t, None)
# borderless table: no w:tblBorders -> "Normal Table" style, columns aligned like a memo


G.minutes = {"title": TITLE, "meeting_number": 3, "date": "2025-09-17", "method": None,
             "attendees": [{"role": r, "title": None, "name": n} for r, n in MEM]
             + [{"role": t, "title": t, "name": n} for t, n in EXP]
             + [{"role": t, "title": t, "name": n} for t, n in SEC],
             "agenda": AGENDA, "materials": ["委員会資料　主な債権の収納状況（令和6年度決算）"], "statements": STATE}
docx = os.path.join(WORK, STEM + ".docx")
doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx], check=True,
               capture_output=True)
pdf = os.path.join(PDF_DIR, STEM + ".pdf")
os.replace(os.path.join(WORK, STEM + ".pdf"), pdf)
print(G.write(pdf), len(G.facts), len(G.inits))
