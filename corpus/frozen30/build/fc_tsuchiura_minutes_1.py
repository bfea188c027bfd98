"""土浦市 債権管理対策委員会 会議録（書面開催） -> python-docx -> LibreOffice PDF.

Run from corpus/frozen30:  python3 build/fc_tsuchiura_minutes_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fc_common import Gold, WORK, c, zen, rate, soffice_pdf  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "fc_tsuchiura_minutes_1"
CITY = "土浦市"
TITLE = "令和７年度第２回土浦市債権管理対策委員会 会議録"
FY = 2025
ASOF = "2025-09-30"
PREV_ASOF = "2024-09-30"

g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和７年１１月１４日")

# --------------------------------------------------------------------------- data
# 別表: 令和7年9月末現在（千円）. rates are printed with two decimals.
# (debt canonical, printed name, current(assessed, rate, prev_rate), arrears(assessed, rate, prev_rate))
DEBTS = [
    ("市税", "市税", (22614380, 51.24, 50.94), (1512776, 18.41, 17.21)),
    ("国民健康保険税", "国民健康保険税", (3786412, 43.80, 44.30), (1024518, 12.63, 12.10)),
    ("介護保険料", "介護保険料", (2698204, 58.92, 58.47), (61893, 14.05, 15.22)),
    ("保育所保育料", "保育所保育料", (301466, 94.61, 94.20), (24385, 9.87, 8.95)),
    ("市営住宅使用料", "市営住宅使用料", (268120, 88.72, 88.15), (96541, 9.82, 10.34)),
]


def split(assessed, r):
    col = round(assessed * r / 100)
    assert rate(col, assessed, 2) == r, (assessed, r)
    return col, assessed - col


ROWS = []  # (debt, name, seg, assessed, collected, outstanding, rate, prev)
for debt, name, cur, arr in DEBTS:
    ca, cr, cp = cur
    aa, ar, ap = arr
    cc, co = split(ca, cr)
    ac, ao = split(aa, ar)
    ROWS.append((debt, name, "current", ca, cc, co, cr, cp))
    ROWS.append((debt, name, "arrears", aa, ac, ao, ar, ap))
    # 計: prev-year rate of the total is derived from prev-year same-month figures kept here
    tot_a, tot_c = ca + aa, cc + ac
    ROWS.append((debt, name, "total", tot_a, tot_c, tot_a - tot_c, rate(tot_c, tot_a, 2), None))
PREV_TOTAL_RATE = {"市税": 48.61, "国民健康保険税": 36.62, "介護保険料": 58.02,
                   "保育所保育料": 87.98, "市営住宅使用料": 66.01}
SUM_A = sum(r[3] for r in ROWS if r[2] == "total")
SUM_C = sum(r[4] for r in ROWS if r[2] == "total")
SUM_O = SUM_A - SUM_C
SUM_R = rate(SUM_C, SUM_A, 2)
SUM_PREV = 49.87

# 市税 arrears outstanding and prev-year same month (for the prose)
SHI_ARR = [r for r in ROWS if r[0] == "市税" and r[2] == "arrears"][0]
SHI_ARR_OUT = SHI_ARR[5] * 1000                # 1,234,xxx千円
PREV_SHI_ARR_OUT = SHI_ARR_OUT + 51_312_000    # a year ago

# --------------------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin = sec.bottom_margin = Mm(22)
sec.left_margin = sec.right_margin = Mm(24)

st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def para(text="", bold=False, size=None, align=None, indent=0.0, first=0.0, gothic=False, after=0):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def cell_text(cell, text, bold=False, align=None, size=9.5, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


page = 1

# --------------------------------------------------------------------------- page 1
para(TITLE, bold=True, size=14, align="center", gothic=True, after=14)
para("１　開催方法", gothic=True, bold=True)
para("令和７年度第２回土浦市債権管理対策委員会は書面開催とし、令和７年１１月１４日付けで各委員に"
     "会議資料を送付し、令和７年１１月２８日までに意見・質問を回答書により事務局へ提出する方法で実施した。",
     indent=4, first=4, after=8)
para("２　出席者（委員長１名、委員８名、事務局３名）", gothic=True, bold=True)
ATT = [("委員長", "副市長", None)]
MEMBERS = ["市長公室長", "総務部長", "財務部長", "市民生活部長", "保健福祉部長", "子ども・若者部長",
           "都市整備部長", "教育部長"]
ATT += [("委員", t, None) for t in MEMBERS]
SEC = [("収納課長", "飯塚　聡"), ("収納課債権対策室長", "大貫　恵子"), ("収納課債権対策係長", "宮本　拓也")]
ATT += [("事務局", t, n.replace("　", "")) for t, n in SEC]
para("委員長：副市長", indent=4)
para("委　員：" + "・".join(MEMBERS[:5]) + "・", indent=4)
para("・".join(MEMBERS[5:]), indent=16)
para("事務局：" + "、".join(f"{t}　{n}" for t, n in SEC), indent=4, after=8)

para("３　議　題", gothic=True, bold=True)
AGENDA = ["令和７年度上半期の主要債権の収納状況について",
          "令和７年度債権管理重点取組の中間報告について",
          "私債権の放棄について（報告）"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(str(i))}）{a}", indent=4)
para("", after=4)
para("４　資　料", gothic=True, bold=True)
MATERIALS = ["令和７年度上半期 主要債権の収納状況", "令和７年度債権管理重点取組 中間報告書",
             "私債権の放棄に係る報告書", "別表 主要債権の収納状況（令和７年９月末現在）"]
for i, m in enumerate(MATERIALS, 1):
    lab = f"資料{zen(str(i))}" if i < 4 else "別表"
    para(f"{lab}　{m.replace('別表 ', '')}", indent=4)
para("", after=4)
para("５　回答書の提出状況", gothic=True, bold=True)
para("委員８名全員から回答書の提出があった。意見・質問の要旨及びこれに対する回答は、次のとおりである。",
     indent=4, first=4)

statements = []


def statement(page_no, section, speaker, paras):
    para("○" + speaker, gothic=True, bold=True, indent=4)
    for t in paras:
        para(t, indent=8, first=4)
    para("", after=2)
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page_no})


# --------------------------------------------------------------------------- page 2
doc.add_page_break()
page = 2
para("６　意見・質問及び回答の要旨", gothic=True, bold=True)
S1 = "所管債権の状況報告"
para("（１）所管債権の状況報告", gothic=True, indent=2, after=2)
para("ア　財務部", gothic=True, indent=4)

r_cur = [r for r in ROWS if r[0] == "市税" and r[2] == "current"][0]
t1 = (f"市税の令和７年９月末現在の収納率は、現年課税分で{zen('51.24')}％となり、前年同月比"
      f"{zen('0.30')}ポイント上昇した。滞納繰越分は{zen('18.4')}％で、前年同月比{zen('1.2')}ポイント改善している。")
g.fact(page, zen("51.24") + "％", 51.24, "collection_rate", "percent", "市税", "市税", FY, "令和７年", "current",
       "interim", ASOF)
g.fact(page, zen("0.30") + "ポイント", 0.30, "difference", "points", "市税", "市税", FY, "令和７年", "current",
       "interim", ASOF)
g.fact(page, zen("18.4") + "％", 18.4, "collection_rate", "percent", "市税", "市税", FY, "令和７年", "arrears",
       "interim", ASOF)
g.fact(page, zen("1.2") + "ポイント", 1.2, "difference", "points", "市税", "市税", FY, "令和７年", "arrears",
       "interim", ASOF)
t2 = ("滞納繰越分の収入未済額は約１２億３，４００万円で、前年同月から約５，１００万円減少した。"
      "高額・困難案件については債権対策室への移管を進め、不動産や預貯金の差押えを優先して実施している。")
assert round(SHI_ARR_OUT, -6) == 1_234_000_000, SHI_ARR_OUT
assert round(PREV_SHI_ARR_OUT - SHI_ARR_OUT, -5) == 51_300_000
g.fact(page, "約１２億３，４００万円", 1_234_000_000, "outstanding", "yen", "市税", "市税", FY, "令和７年",
       "arrears", "interim", ASOF, approx=True)
g.fact(page, "約５，１００万円", -51_000_000, "difference", "yen", "市税", "市税", FY, "令和７年", "arrears",
       "interim", ASOF, approx=True)
t3 = ("なお、６年度決算における市税全体の収納率は９７．８２％で、令和二年度以降５年連続で前年度を上回った。"
      "引き続き、現年課税分の早期納付勧奨と滞納繰越分の整理を両輪として取り組む。")
g.fact(page, "９７．８２％", 97.82, "collection_rate", "percent", "市税", "市税", 2024, "６年度", "total", "actual")
statement(page, S1, "財務部長", [t1, t2, t3])

para("イ　保健福祉部", gothic=True, indent=4)
u1 = (f"国民健康保険税の９月末現在の現年課税分収納率は{zen('43.8')}％で、前年同月比{zen('0.5')}ポイント低下した。"
      "被保険者の高齢化と所得の減少により、普通徴収分の納付が遅れる傾向にある。")
g.fact(page, zen("43.8") + "％", 43.8, "collection_rate", "percent", "国民健康保険税", "国民健康保険税", FY,
       "令和７年", "current", "interim", ASOF)
g.fact(page, zen("0.5") + "ポイント", -0.5, "difference", "points", "国民健康保険税", "国民健康保険税", FY,
       "令和７年", "current", "interim", ASOF)
u2 = (f"介護保険料は現年分が{zen('58.92')}％と前年同月をやや上回っている。後期高齢者医療保険料については、"
      "新たに７５歳に到達した被保険者への口座振替勧奨を強化し、普通徴収の期限内納付率の向上を図っている。")
g.fact(page, zen("58.92") + "％", 58.92, "collection_rate", "percent", "介護保険料", "介護保険料", FY,
       "令和７年", "current", "interim", ASOF)
statement(page, S1, "保健福祉部長", [u1, u2])

# --------------------------------------------------------------------------- page 3
doc.add_page_break()
page = 3
para("ウ　子ども・若者部", gothic=True, indent=4)
k1 = ("保育所保育料は、児童手当からの特別徴収の申出を積極的に勧奨しており、現年分の収納率は９４．６％となっている。"
      "一方、退所者分の滞納繰越分の収入未済額は約８９０万円残っており、文書催告と電話催告を組み合わせて対応している。")
g.fact(page, "９４．６％", 94.6, "collection_rate", "percent", "保育所保育料", "保育所保育料", FY, None,
       "current", "interim", ASOF)
g.fact(page, "約８９０万円", 8_900_000, "outstanding", "yen", "保育所保育料", "保育所保育料", FY, None, "arrears",
       "interim", ASOF, approx=True)
statement(page, S1, "子ども・若者部長", [k1])

para("エ　都市整備部", gothic=True, indent=4)
h1 = ("市営住宅使用料は、現年分の収納率が８８．７％、滞納繰越分が９．８％である。３か月以上の滞納者には連帯保証人への"
      "通知を行うとともに、明渡し請求の要件に該当する案件について法的措置の準備を進めている。")
g.fact(page, "８８．７％", 88.7, "collection_rate", "percent", "市営住宅使用料", "市営住宅使用料", FY, None,
       "current", "interim", ASOF)
g.fact(page, "９．８％", 9.8, "collection_rate", "percent", "市営住宅使用料", "市営住宅使用料", FY, None,
       "arrears", "interim", ASOF)
statement(page, S1, "都市整備部長", [h1])

S2 = "質問及び回答"
para("（２）質問及び回答", gothic=True, indent=2, after=2)
q1 = "市税の滞納繰越分の収納率が前年同月と比べて改善した要因は何か、伺いたい。"
statement(page, S2, "市民生活部長", [q1])
a1 = ("高額滞納案件を債権対策室に集約し、財産調査から差押えまでの期間を短縮したことが主な要因である。"
      "滞納繰越分の収入済額は前年同月比で約３，２００万円増加しており、下半期も同様の進行管理を続ける。")
g.fact(page, "約３，２００万円", 32_000_000, "difference", "yen", "市税", "市税", FY, None, "arrears", "interim",
       ASOF, approx=True)
statement(page, S2, "飯塚収納課長", [a1])
q2 = ("学校給食費は令和８年度から公会計化される予定であるが、未納が生じた場合の対応方針を伺いたい。")
statement(page, S2, "教育部長", [q2])

# --------------------------------------------------------------------------- page 4
doc.add_page_break()
page = 4
a2 = ("公会計化後は、督促状の発送から催告、納付相談までを統一的な手順で行う。児童手当からの申出徴収や"
      "口座振替の勧奨など、保育所保育料で効果のあった方法を学校給食費にも取り入れる予定である。")
statement(page, S2, "飯塚収納課長", [a2])
q3 = "私債権の放棄については、放棄の判断基準を全庁で統一しておく必要があると考えるがどうか。"
statement(page, S2, "市長公室長", [q3])
a3 = ("債権管理条例施行規則に定める放棄の要件を確認する様式を今年度中に作成し、債権所管課に示す予定である。")
statement(page, S2, "大貫債権対策室長", [a3])

S3 = "委員長総括"
para("（３）委員長総括", gothic=True, indent=2, after=2)
v = ["上半期の状況報告によれば、市税をはじめ多くの債権で前年同月を上回る進捗となっている。下半期に向けて、"
     "次の２点について各所管で取り組まれたい。",
     "(ｱ) 現年度分の未納を翌年度に繰り越さないよう、年末までに催告と納付相談を集中的に行うこと。",
     "(ｲ) 滞納繰越分については、財産調査の結果に基づき、差押えと執行停止の判断を速やかに行うこと。"]
statement(page, S3, "委員長", v)

# --------------------------------------------------------------------------- page 5: 別表
doc.add_page_break()
page = 5
para("別表　主要債権の収納状況（令和７年９月末現在）", bold=True, gothic=True, size=11.5, align="center", after=2)
para("（単位：千円、％）", align="right", size=9)
hdr = ["債権名", "区分", "調定額※2", "収入済額", "収入未済額", "収納率（前年同月）"]
tbl = doc.add_table(rows=1, cols=len(hdr))
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(33), Mm(22), Mm(24), Mm(24), Mm(24), Mm(35)]
for i, h in enumerate(hdr):
    cell_text(tbl.rows[0].cells[i], h, bold=True, align="center", shade="D9D9D9")
SEGN = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
prev_name = None
for debt, name, seg, a, col, out, r, prv in ROWS:
    row = tbl.add_row()
    label = name + ("※1" if debt == "市税" else "") if seg == "current" else ""
    cell_text(row.cells[0], label)
    cell_text(row.cells[1], SEGN[seg], align="center")
    cell_text(row.cells[2], c(a), align="right")
    cell_text(row.cells[3], c(col), align="right")
    cell_text(row.cells[4], c(out), align="right")
    p = prv if prv is not None else PREV_TOTAL_RATE[debt]
    cell_text(row.cells[5], f"{r:.2f}（{p:.2f}）", align="right")
    fyr = "令和７年"
    g.fact(page, c(a), a * 1000, "assessed", "yen", debt, name, FY, fyr, seg, "interim", ASOF)
    g.fact(page, c(col), col * 1000, "collected", "yen", debt, name, FY, fyr, seg, "interim", ASOF)
    g.fact(page, c(out), out * 1000, "outstanding", "yen", debt, name, FY, fyr, seg, "interim", ASOF)
    g.fact(page, f"{r:.2f}", r, "collection_rate", "percent", debt, name, FY, fyr, seg, "interim", ASOF)
    g.fact(page, f"（{p:.2f}）", p, "collection_rate", "percent", debt, name, FY - 1, "前年同月", seg, "interim",
           PREV_ASOF)
row = tbl.add_row()
cell_text(row.cells[0], "合計", bold=True, shade="F2F2F2")
cell_text(row.cells[1], "", shade="F2F2F2")
for i, (v_, m) in enumerate([(SUM_A, "assessed"), (SUM_C, "collected"), (SUM_O, "outstanding")]):
    cell_text(row.cells[2 + i], c(v_), align="right", shade="F2F2F2")
    g.fact(page, c(v_), v_ * 1000, m, "yen", None, "合計", FY, "令和７年", "total", "interim", ASOF)
cell_text(row.cells[5], f"{SUM_R:.2f}（{SUM_PREV:.2f}）", align="right", shade="F2F2F2")
g.fact(page, f"{SUM_R:.2f}", SUM_R, "collection_rate", "percent", None, "合計", FY, "令和７年", "total", "interim",
       ASOF)
g.fact(page, f"（{SUM_PREV:.2f}）", SUM_PREV, "collection_rate", "percent", None, "合計", FY - 1, "前年同月",
       "total", "interim", PREV_ASOF)
tbl.autofit = False
for i, w in enumerate(widths):
    tbl.columns[i].width = w
for r_ in tbl.rows:
    for i, w in enumerate(widths):
        r_.cells[i].width = w

para("", after=2)
para("※1　市税の滞納繰越分には、令和７年度上半期に不納欠損処分を行った４，８１２千円を含まない。", size=9)
g.fact(page, "４，８１２千円", 4_812_000, "written_off", "yen", "市税", "市税", FY, "令和７年度上半期",
       "arrears", "interim", ASOF)
para("※2　調定額は令和７年９月末現在の累計額（国民健康保険税の計欄のうち、退職被保険者等分 1,356千円）。", size=9)
g.fact(page, "1,356千円", 1_356_000, "assessed", "yen", "国民健康保険税", "国民健康保険税（退職被保険者等分）", FY,
       "令和７年", "total", "interim", ASOF)
para("", after=6)

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
box.alignment = WD_TABLE_ALIGNMENT.CENTER
bc = box.rows[0].cells[0]
bc.width = Mm(150)
cell_text(bc, "【参考】R6年度決算（全会計）", bold=True, size=10)
REF = [("収納率", "９６．１８％", 96.18, "collection_rate", "percent"),
       ("収入未済額", "２５億４，７２０万円", 2_547_200_000, "outstanding", "yen"),
       ("不納欠損額", "１億２，３１０万円", 123_100_000, "written_off", "yen")]
for lab, raw, val, m, u in REF:
    p = bc.add_paragraph()
    rr = p.add_run(f"・{lab}：{raw}")
    rr.font.size = Pt(10)
    g.fact(page, raw, val, m, u, None, "全会計", 2024, "R6年度", "total", "actual")

# --------------------------------------------------------------------------- write
src = WORK / f"{STEM}.docx"
doc.save(src)
pdf = soffice_pdf(src, STEM)
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": n} for r, t, n in ATT],
             "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
g.write(pdf)
