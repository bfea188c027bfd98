"""nb_manno_minutes_1: 令和６年度第２回 まんのう町議会総務常任委員会会議録（所管事務調査：町税等の収納対策）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev52:  python3 build/nb_manno_minutes_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from nb_common import Gold, PDF_DIR, WORK, comma, rate, rnd, zen, check  # noqa: E402

STEM = "nb_manno_minutes_1"
TITLE = "令和６年度第２回まんのう町議会総務常任委員会会議録"
G = Gold(STEM, "minutes", "まんのう町", TITLE, "2024-09-10", "令和６年９月１０日", "minutes")
FY, PFY = 2023, 2022

# ------------------------------------------------------------------ data (円, 令和５年度決算)
DEBTS = [  # key, printed, canonical, cur_a, cur_r, arr_a, arr_r, wo
    ("tax", "町税", "市税", 1_612_345_678, 99.21, 48_912_765, 26.40, 3_456_789),
    ("kokuho", "国民健康保険税", "国民健康保険料", 412_345_678, 94.85, 97_438_216, 21.30, 4_567_890),
    ("kaigo", "介護保険料", "介護保険料", 312_456_789, 99.12, 6_512_340, 19.80, 876_543),
    ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料", 142_345_678, 99.65, 1_234_567, 41.20, 45_678),
    ("hoiku", "保育所保育料", "保育料", 45_678_900, 98.74, 3_456_780, 18.62, 123_450),
    ("jutaku", "町営住宅使用料", "町営住宅使用料", 58_765_430, 96.80, 7_654_320, 8.95, 0),
]
D = {}
for k, nm, can, ca, cr, aa, ar, wo in DEBTS:
    cc, ac = int(round(ca * cr / 100)) + 37, int(round(aa * ar / 100)) - 11
    D[k] = {"name": nm, "can": can, "cur": (ca, cc, 0), "arr": (aa, ac, wo), "wo": wo}
    D[k]["tot"] = (ca + aa, cc + ac, wo)


def outst(t):
    return t[0] - t[1] - t[2]


def F(page, raw, value, unit, metric, key, seg, fy=FY, fy_raw="令和５年度", basis="actual", approx=False,
      debt_raw=None):
    debt = D[key]["can"] if key else None
    dr = debt_raw if debt_raw is not None else (D[key]["name"] if key else None)
    G.fact(page, raw, value, unit, metric, debt=debt, debt_raw=dr, fy=fy, fy_raw=fy_raw, segment=seg,
           basis=basis, approx=approx)
    return raw


def zp(v, nd=2):
    return zen(f"{v:.{nd}f}") + "％"


def zman(yen):  # -> (万円 int, text)
    m = int(rnd(yen / 10_000, 0))
    return m, zen(f"{m:,}") + "万円"


def zman10(yen):  # rounded to 10万円 -> 約６，２４０万円
    m = int(rnd(yen / 100_000, 0)) * 10
    return m, "約" + zen(f"{m:,}") + "万円"


# ------------------------------------------------------------------ docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
sec.left_margin, sec.right_margin = Mm(23), Mm(23)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = Pt(21)


def run_font(run, gothic=False, size=None, bold=False):
    f = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = f
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), f)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold


def para(text="", gothic=False, size=None, align=None, indent=0, first=0, after=0, before=0):
    p = doc.add_paragraph()
    if text:
        run_font(p.add_run(text), gothic, size)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf.left_indent = Pt(indent)
    pf.first_line_indent = Pt(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.line_spacing = Pt(2)


def add_page_number():
    ft = sec.footer.paragraphs[0]
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ft.add_run("－ ")
    run_font(r, size=9)
    r2 = ft.add_run()
    run_font(r2, size=9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r2._element.append(e)
    run_font(ft.add_run(" －"), size=9)


def shade(cell, hexcol):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def cell_text(cell, text, align="c", size=8.5, gothic=True):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        run_font(r, gothic, size)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.line_spacing = Pt(12)


def set_widths(table, widths_mm):
    table.autofit = False
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(lay)
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


add_page_number()

# ------------------------------------------------------------------ page 1: header
n = 1
ATT = []
para(TITLE, gothic=True, size=14, align="c", after=10)
para("１　開催日時　　令和６年９月１０日（火）　午前９時３０分開会　午前１１時４２分閉会")
para("２　開催場所　　まんのう町役場　第１委員会室", after=4)
members = [("委員長", "高木　健一"), ("副委員長", "西村　恵子"), ("委員", "三好　正和"), ("委員", "大川　和也"),
           ("委員", "田岡　美智子"), ("委員", "近藤　守")]
para(f"３　出席委員（{zen(len(members))}名）")
for i in range(0, len(members), 2):
    line = "　　".join(f"{r}　{nm}" for r, nm in members[i:i + 2])
    para(line, indent=42)
for r, nm in members:
    ATT.append({"role": r, "title": None, "name": nm})
para("４　欠席委員　　なし", before=4, after=4)
staff = [("副町長", "藤田　誠"), ("総務課長", "森　康弘"), ("税務課長", "真鍋　浩二"), ("税務課長補佐", "岩崎　祐子"),
         ("保険・年金課長", "安藤　隆"), ("子育て・こども家庭課長", "松本　千春"), ("建設土木課長", "川田　修")]
para(f"５　説明のため出席した者（{zen(len(staff))}名）")
for t, nm in staff:
    para(f"{t}　{nm}", indent=42)
    ATT.append({"role": "説明員", "title": t, "name": nm})
sec_staff = [("議会事務局長", "白川　敏"), ("書記", "尾崎　彩")]
para(f"６　職務のため出席した事務局職員（{zen(len(sec_staff))}名）", before=4)
para("　　".join(f"{t}　{nm}" for t, nm in sec_staff), indent=42)
for t, nm in sec_staff:
    ATT.append({"role": "事務局", "title": t, "name": nm})
AGENDA = ["令和５年度町税等の収納状況について", "滞納整理の取組状況について", "その他"]
para("７　付議事件（所管事務調査）", before=4)
for i, a in enumerate(AGENDA):
    para(f"（{zen(i + 1)}）{a}", indent=21)
MATERIALS = ["資料１　令和５年度町税等収納状況一覧", "資料２　滞納整理の実施状況"]
para("８　配付資料", before=4)
for m in MATERIALS:
    para(m, indent=21)
para("９　会議の経過", before=4, after=4)

STATEMENTS = []


def say(page_no, speaker, text, section):
    p = para(indent=0, first=0, after=8)
    r = p.add_run(f"○{speaker}")
    run_font(r, gothic=True)
    r2 = p.add_run("　" + text)
    run_font(r2)
    p.paragraph_format.left_indent = Pt(11)
    p.paragraph_format.first_line_indent = Pt(-11)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page_no})


say(n, "高木委員長", "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、町税等の収納状況及び"
    "滞納整理の取組状況について、執行部から説明を受けます。それでは、税務課長から説明をお願いします。", "開会")
page_break()

# ------------------------------------------------------------------ page 2
n = 2
SEC1 = AGENDA[0]
t = D["tax"]
r_cur, r_arr, r_tot = rate(t["cur"][1], t["cur"][0]), rate(t["arr"][1], t["arr"][0]), rate(t["tot"][1], t["tot"][0])
r_tot_prev = rnd(r_tot - 0.32, 2)
out5 = outst(t["tot"])
out4 = t["arr"][0]  # 前年度末の収入未済額 = 本年度の滞納繰越調定額
m5, s5 = zman10(out5)
md, sd_ = zman10(out4 - out5)
k = D["kokuho"]
kr_tot = rate(k["tot"][1], k["tot"][0])
kr_prev = rnd(kr_tot - 0.85, 2)
a1 = F(n, zp(r_cur), r_cur, "percent", "collection_rate", "tax", "current")
a2 = F(n, zp(r_arr), r_arr, "percent", "collection_rate", "tax", "arrears")
a3 = F(n, zp(r_tot), r_tot, "percent", "collection_rate", "tax", "total")
a4 = F(n, zen("0.32") + "ポイント", 0.32, "points", "difference", "tax", "total")
a5 = F(n, s5, m5 * 10_000, "yen", "outstanding", "tax", "total", approx=True)
a6 = F(n, sd_, -md * 10_000, "yen", "difference", "tax", "total", approx=True)
a7 = F(n, zp(kr_tot), kr_tot, "percent", "collection_rate", "kokuho", "total")
a8 = F(n, zen("0.85") + "ポイント", 0.85, "points", "difference", "kokuho", "total")
say(n, "真鍋税務課長", f"それでは、資料１により、令和５年度の町税等の収納状況について御説明いたします。町税の収納率は、"
    f"現年課税分が{a1}、滞納繰越分が{a2}、合計で{a3}となり、前年度と比べ合計で{a4}上昇いたしました。"
    f"町税の収入未済額は{a5}で、前年度から{a6}減少しております。また、国民健康保険税の合計の収納率は{a7}で、"
    f"前年度比{a8}の上昇でございます。介護保険料及び後期高齢者医療保険料は、特別徴収の割合が高いこともあり、"
    "いずれも現年度分で高い収納率を維持しております。以上、簡単ですが説明とさせていただきます。", SEC1)
say(n, "高木委員長", "説明が終わりました。質疑はありませんか。", SEC1)
say(n, "三好委員", "町税の収納率は上がってきているとのことですが、過去と比べてどうなのか。令和元年度あたりからの推移を"
    "教えていただきたい。", SEC1)
HIST = [("令和元年度", 2019, 95.98), ("令和二年度", 2020, 96.21), ("３年度", 2021, 96.52), ("R４年度", 2022, r_tot_prev)]
parts = []
for lab, fy, v in HIST:
    F(n, zp(v), v, "percent", "collection_rate", "tax", "total", fy=fy, fy_raw=lab)
    parts.append(f"{lab}が{zp(v)}")
say(n, "真鍋税務課長", "町税の合計の収納率は、" + "、".join(parts) + "でございまして、４年連続で上昇しております。"
    "特に滞納繰越分につきましては、預貯金調査の電子化により差押えまでの期間が短くなったことが効果を上げているものと"
    "考えております。", SEC1)
say(n, "大川委員", "国民健康保険税について、滞納世帯数はどうなっているか。短期被保険者証の交付状況も併せて伺いたい。", SEC1)
hh5, hh4 = 218, 241
b1 = F(n, f"{zen(hh5)}世帯", hh5, "households", "delinquents", "kokuho", "total", fy_raw="令和５年度末")
b2 = F(n, f"{zen(hh4)}世帯", hh4, "households", "delinquents", "kokuho", "total", fy=PFY, fy_raw="前年度末")
b3 = F(n, f"{zen(hh4 - hh5)}世帯", hh5 - hh4, "households", "difference", "kokuho", "total", fy_raw="令和５年度末")
say(n, "安藤保険・年金課長", f"国民健康保険税の滞納世帯数は、令和５年度末で{b1}となっており、前年度末の{b2}から"
    f"{b3}減少しております。短期被保険者証は、令和６年８月末現在で３４世帯に交付しております。"
    "なお、マイナ保険証への移行に伴い、短期証の取扱いについては今後見直しが必要となります。", SEC1)
say(n, "大川委員", "国民健康保険税の現年度分と滞納繰越分の収納率は、それぞれどうなっているか。", SEC1)
kc, ka = rate(k["cur"][1], k["cur"][0]), rate(k["arr"][1], k["arr"][0])
b4 = F(n, zp(kc), kc, "percent", "collection_rate", "kokuho", "current")
b5 = F(n, zp(ka), ka, "percent", "collection_rate", "kokuho", "arrears")
say(n, "安藤保険・年金課長", f"令和５年度の国民健康保険税の収納率は、現年課税分が{b4}、滞納繰越分が{b5}でございます。"
    "現年課税分は３年連続で上昇しておりますが、滞納繰越分は高額の滞納世帯が残っていることから、税務課と連携して"
    "財産調査を進めているところでございます。", SEC1)
page_break()

# ------------------------------------------------------------------ page 3
n = 3
say(n, "田岡委員", "町営住宅使用料の滞納が多いと聞いているが、現状と今後の対策を伺いたい。", SEC1)
j = D["jutaku"]
jo = outst(j["tot"])
ja = outst(j["arr"])
mj, sj = zman(jo)
mja, sja = zman(ja)
c1 = F(n, "約" + sj, mj * 10_000, "yen", "outstanding", "jutaku", "total", fy_raw="令和５年度末", approx=True)
c2 = F(n, "約" + sja, mja * 10_000, "yen", "outstanding", "jutaku", "arrears", fy_raw="令和５年度末", approx=True)
say(n, "川田建設土木課長", f"町営住宅使用料の収入未済額は、令和５年度末で{c1}、うち過年度分が{c2}でございます。"
    "長期の滞納者には連帯保証人への請求も行っておりまして、今年度は２件の明渡し請求訴訟を予定しております。", SEC1)
say(n, "田岡委員", "明渡しまで進む前に、分納などの相談には応じているのか。", SEC1)
say(n, "川田建設土木課長", "滞納が３か月を超えた段階で面談を行い、収入の状況に応じた分納誓約を結んでおります。"
    "現在、分納中の世帯は１９世帯でございます。", SEC1)
say(n, "近藤委員", "保育所保育料も、滞納繰越分の収納率が低いように見受けられる。児童手当からの徴収は行っているのか。", SEC1)
h = D["hoiku"]
hr = rate(h["arr"][1], h["arr"][0], 1)
d1 = F(n, zp(hr, 1), hr, "percent", "collection_rate", "hoiku", "arrears")
say(n, "松本子育て・こども家庭課長", f"保育所保育料の滞納繰越分の収納率は、令和５年度で{d1}と低い状況でございます。"
    "児童手当からの申出による徴収を進めておりまして、令和５年度は１２世帯から申出を受けております。"
    "卒園後の滞納分につきましては、税務課と情報を共有し、納付相談を行っております。", SEC1)
say(n, "三好委員", "介護保険料と後期高齢者医療保険料の状況についても伺いたい。", SEC1)
kg, kl = D["kaigo"], D["kouki"]
g1 = F(n, zp(rate(kg["cur"][1], kg["cur"][0])), rate(kg["cur"][1], kg["cur"][0]), "percent", "collection_rate", "kaigo", "current")
g2 = F(n, zp(rate(kl["cur"][1], kl["cur"][0])), rate(kl["cur"][1], kl["cur"][0]), "percent", "collection_rate", "kouki", "current")
say(n, "安藤保険・年金課長", f"令和５年度の現年度分の収納率は、介護保険料が{g1}、後期高齢者医療保険料が{g2}でございます。"
    "いずれも年金からの特別徴収が大半を占めておりますが、普通徴収の方には納付書送付時に口座振替の案内を同封しております。", SEC1)
say(n, "近藤委員", "卒園した世帯は接触の機会が減る。早めの対応をお願いしたい。", SEC1)
say(n, "松本子育て・こども家庭課長", "在園中に滞納を解消できるよう、督促後の早い段階で面談を行うよう改めてまいります。", SEC1)
page_break()

# ------------------------------------------------------------------ page 4
n = 4
SEC2 = AGENDA[1]
say(n, "西村副委員長", "次に、滞納整理の取組について伺います。差押えの状況はどうなっているか。", SEC2)
dq5, dq4 = 412, 443
e1 = F(n, f"{zen(dq5)}人", dq5, "persons", "delinquents", "tax", "total")
e2 = F(n, f"{zen(dq4 - dq5)}人", dq5 - dq4, "persons", "difference", "tax", "total")
say(n, "真鍋税務課長", "資料２を御覧ください。令和５年度の差押件数は１４２件で、前年度の１２８件から１４件増加しております。"
    f"町税の滞納者数は{e1}で、前年度より{e2}減少いたしました。引き続き、香川県滞納整理推進機構とも連携し、"
    "高額・困難案件の整理を進めてまいります。", SEC2)
say(n, "西村副委員長", "差押えだけでなく、生活に困窮している方への配慮も必要だと思う。福祉部門との連携はどうなっているか。", SEC2)
say(n, "真鍋税務課長", "生活困窮が疑われる方につきましては、本人の同意を得て社会福祉協議会や福祉担当につなぐ取組を"
    "令和５年度から始めております。執行停止の判断も含め、個々の状況に応じて対応してまいります。", SEC2)
say(n, "三好委員", "納付方法の拡大について、スマートフォン決済の利用状況はどうか。", SEC2)
say(n, "真鍋税務課長", "令和５年度のスマートフォン決済による納付は延べ３，２１５件で、前年度の約１．４倍となっております。"
    "令和６年度からは、地方税統一ＱＲコードを活用した納付も始まっており、納期内納付の促進につなげてまいります。", SEC2)
say(n, "藤田副町長", "委員の皆様からいただいた御意見を踏まえ、全庁で債権管理の適正化と収納率の向上に努めてまいります。", AGENDA[2])
say(n, "高木委員長", "ほかに質疑はありませんか。――ないようですので、以上で所管事務調査を終わります。"
    "これをもって総務常任委員会を閉会いたします。", AGENDA[2])
para("（午前１１時４２分閉会）", align="r", before=6, after=18)
para("まんのう町議会委員会条例第２７条の規定により、ここに署名する。", after=6)
para("総務常任委員会委員長　　高木　健一", align="r")
page_break()

# ------------------------------------------------------------------ pages 5-6: 資料１ (split, header repeated), 資料２
HDR = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]
W = [30, 13, 27, 27, 22, 24, 21]


def t1(page_no, keys, with_total=False, cont=False):
    para("資料１" + ("（続き）" if cont else ""), gothic=True, size=10.5)
    para("令和５年度町税等収納状況一覧（決算）", gothic=True, size=11, align="c", after=2)
    para("（単位：円）", size=8.5, align="r")
    nrows = 1 + 3 * len(keys) + (3 if with_total else 0)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, W)
    for i, h_ in enumerate(HDR):
        cell_text(tb.cell(0, i), h_)
        shade(tb.cell(0, i), "D9D9D9")
    for rw in tb.rows:
        rw.height = Pt(19)
        rw.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row = 1
    groups = [(kk, D[kk]["name"], D[kk]) for kk in keys]
    if with_total:
        tot = {}
        for s in ("cur", "arr", "tot"):
            tot[s] = tuple(sum(D[kk][s][i] for kk in D) for i in range(3))
        groups.append((None, "合計", tot))
    for kk, nm, dd in groups:
        m = tb.cell(row, 0).merge(tb.cell(row + 2, 0))
        cell_text(m, nm if len(nm) <= 7 else nm[:5] + "\n" + nm[5:], size=8.5)
        for si, (s, seg, lab) in enumerate((("cur", "current", "現年"), ("arr", "arrears", "滞繰"), ("tot", "total", "計"))):
            a, c, wo = dd[s]
            o = a - c - wo
            cell_text(tb.cell(row + si, 1), lab)
            vals = [(a, "assessed"), (c, "collected"), (wo, "written_off"), (o, "outstanding")]
            for ci, (v, met) in enumerate(vals):
                if met == "written_off" and s == "cur":
                    cell_text(tb.cell(row + si, 2 + ci), "－")
                    continue
                if met == "written_off" and v == 0:
                    cell_text(tb.cell(row + si, 2 + ci), "０", align="r")
                    F(page_no, "０", 0, "yen", met, kk, seg, debt_raw=nm)
                    continue
                F(page_no, comma(v), v, "yen", met, kk, seg, debt_raw=nm)
                cell_text(tb.cell(row + si, 2 + ci), comma(v), align="r")
            rr = rate(c, a)
            F(page_no, f"{rr:.2f}", rr, "percent", "collection_rate", kk, seg, debt_raw=nm)
            cell_text(tb.cell(row + si, 6), f"{rr:.2f}", align="r")
            if seg == "total":
                for ci in range(1, 7):
                    shade(tb.cell(row + si, ci), "F2F2F2")
        row += 3
    return tb


n = 5
para("資料２", gothic=True, size=10.5)
para("滞納整理の実施状況（令和４年度・令和５年度）", gothic=True, size=11, align="c", after=2)
rows2 = [("町税の滞納者数（人）", dq4, dq5, "persons", "tax"), ("国民健康保険税の滞納世帯数（世帯）", hh4, hh5, "households", "kokuho"),
         ("差押件数（件）", 128, 142, None, None), ("捜索件数（件）", 2, 3, None, None)]
tb = doc.add_table(rows=1 + len(rows2), cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(tb, [66, 30, 30, 30])
for i, h_ in enumerate(("区分", "前年度", "本年度", "増減")):
    cell_text(tb.cell(0, i), h_)
    shade(tb.cell(0, i), "D9D9D9")
for ri, (lab, v4, v5, unit, kk) in enumerate(rows2):
    cell_text(tb.cell(1 + ri, 0), lab, align="l")
    dv = v5 - v4
    ds = ("▲" + comma(-dv)) if dv < 0 else comma(dv)
    if unit:
        F(n, comma(v4), v4, unit, "delinquents", kk, "total", fy=PFY, fy_raw="前年度")
        F(n, comma(v5), v5, unit, "delinquents", kk, "total", fy_raw="本年度")
        F(n, ds, dv, unit, "difference", kk, "total", fy_raw="本年度")
    cell_text(tb.cell(1 + ri, 1), comma(v4), align="r")
    cell_text(tb.cell(1 + ri, 2), comma(v5), align="r")
    cell_text(tb.cell(1 + ri, 3), ds, align="r")
para("※ 滞納者数及び滞納世帯数は、各年度の５月末（出納閉鎖時点）の人数・世帯数である。", size=8.5, before=4)

para("", after=16)
t1(n, ["tax", "kokuho", "kaigo", "kouki", "hoiku"])
page_break()
n = 6
t1(n, ["jutaku"], with_total=True, cont=True)
fixed_out = 21_345_678
F(n, f"{comma(fixed_out)}円", fixed_out, "yen", "outstanding", None, "total", debt_raw="固定資産税")
G.facts[-1]["debt"] = "固定資産税"
para("※ 収納率は、収入済額を調定額で除して小数点以下第３位を四捨五入したもの。", size=8.5, before=4)
para(f"※ 町税の収入未済額のうち、固定資産税分は{comma(fixed_out)}円である。", size=8.5)
para("※ 不納欠損額は、地方税法第１５条の７第５項及び第１８条の規定によるもの等である。", size=8.5, after=12)
# 【参考】 one-cell box with label：value bullets
bx = doc.add_table(rows=1, cols=1)
bx.style = "Table Grid"
set_widths(bx, [150])
c0 = bx.cell(0, 0)
c0.text = ""
pp = c0.paragraphs[0]
ref = [("【参考】令和４年度決算（町税）", None)]
r4_out = D["tax"]["arr"][0]
ref.append((f"・合計収納率：{r_tot_prev:.2f}％", ("rate", r_tot_prev)))
ref.append((f"・収入未済額：{comma(r4_out)}円", ("out", r4_out)))
ref.append(("・差押件数：128件", None))
for i_, (txt, fct) in enumerate(ref):
    rr_ = pp.add_run(txt)
    run_font(rr_, gothic=(i_ == 0), size=9)
    if i_ < len(ref) - 1:
        rr_.add_break()
    if fct and fct[0] == "rate":
        F(n, f"{r_tot_prev:.2f}％", r_tot_prev, "percent", "collection_rate", "tax", "total", fy=PFY, fy_raw="令和４年度決算")
    elif fct:
        F(n, f"{comma(r4_out)}円", r4_out, "yen", "outstanding", "tax", "total", fy=PFY, fy_raw="令和４年度決算")
pp.paragraph_format.line_spacing = Pt(15)

# ------------------------------------------------------------------ render
dx = WORK / f"{STEM}.docx"
doc.save(dx)
outdir = WORK / "lo_out"
outdir.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo_profile", "--convert-to", "pdf",
                "--outdir", str(outdir), str(dx)], check=True, capture_output=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(outdir / f"{STEM}.pdf", out)
import pymupdf  # noqa: E402
assert pymupdf.open(out).page_count == 6, pymupdf.open(out).page_count
G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2024-09-10", "method": None, "attendees": ATT,
             "agenda": AGENDA, "materials": MATERIALS, "statements": STATEMENTS}
G.write(out)
check(STEM)
