"""fz_shimada_minutes_1: 島田市議会 決算特別委員会記録 (python-docx -> LibreOffice).

Run from corpus/frozen41:  python3 build/fz_shimada_minutes.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import Gold, WORK, PDF_DIR, zen, rate  # noqa: E402

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

STEM = "fz_shimada_minutes_1"
G = Gold(STEM, "minutes", "島田市", "島田市議会 決算特別委員会記録", "2025-09-17", "令和７年９月１７日", "minutes")

# ---------------------------------------------------------------- data (yen)
FY, FYP = 2024, 2023
TAX = {  # 市税 令和6年度 / 令和5年度
    2024: {"cur": (14_862_340_000, 14_745_108_000, 0), "arr": (498_620_000, 157_764_000, 18_452_000)},
    2023: {"cur": (14_503_880_000, 14_382_417_000, 0), "arr": (541_270_000, 152_318_000, 21_806_000)},
}
KOKUHO = {2024: {"cur": (2_118_450_000, 2_004_526_000, 0), "arr": (612_340_000, 135_623_000, 38_114_000)}}


def seg_tot(d):
    a = d["cur"][0] + d["arr"][0]
    c = d["cur"][1] + d["arr"][1]
    w = d["cur"][2] + d["arr"][2]
    return (a, c, w)


def unpaid(t):
    return t[0] - t[1] - t[2]


def okuman(v, approx_to=10**6):
    v = int(round(v / approx_to)) * approx_to
    oku, man = divmod(v // 10**4, 10**4)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")
    if not man:
        s = f"{oku}億円"
    return v, zen(s)


# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin = sec.bottom_margin = Mm(22)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    r = fp.add_run()
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)


def para(text="", bold=False, size=None, align=None, indent=0, first=0, font=None, space_before=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if space_before:
        p.paragraph_format.space_before = Pt(space_before)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._r.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        if edge in kw:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(kw[edge])); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)


# ---------------------------------------------------------------- minutes skeleton
attendees = []
statements = []
SECTION = [None]


def say(marker_name, speaker, text):
    """Print one ○ statement; text is already built with fact strings."""
    p = para(f"○{marker_name}　{text}", first=-10.5, indent=10.5)
    statements.append({"speaker": speaker, "section": SECTION[0], "text": text, "page": G.page})
    return p


# ---------------------------------------------------------------- page 1: cover + 目次
para("", size=20)
para("島田市議会", size=14, align="c", space_before=60)
para("決算特別委員会記録", bold=True, size=24, align="c", font="IPAexGothic", space_before=18)
para("（令和６年度決算審査）", size=14, align="c", space_before=8)
para("令和７年９月１７日（水）", size=13, align="c", space_before=30)
para("目　　次", bold=True, size=13, align="c", space_before=70, font="IPAexGothic")
toc = [("１　出席委員・欠席委員", 2), ("２　説明のため出席した者・事務局職員", 2), ("３　審査事件", 2),
       ("４　会議の経過", 3), ("５　委員会資料（抜粋）", 6)]
for t, pg in toc:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT, 1)  # dotted leader
    p.paragraph_format.left_indent = Mm(10)
    p.paragraph_format.space_before = Pt(4)
    p.add_run(f"{t}\t{zen(str(pg))}")
page_break()

# ---------------------------------------------------------------- page 2: header data
para("決 算 特 別 委 員 会 記 録", bold=True, size=14, align="c", font="IPAexGothic")
para("１　日　　時　　令和７年９月１７日（水）　午前９時３０分開会　午後０時４分閉会", space_before=8)
para("２　場　　所　　島田市役所　第１委員会室")
members = [("委員長", "杉山　和彦"), ("副委員長", "大塚　由美"), ("委員", "松本　義明"), ("委員", "河原崎　聡"),
           ("委員", "森　　真理子"), ("委員", "鈴木　宏和"), ("委員", "八木　澄江")]
para(f"３　出席委員（{zen(str(len(members)))}名）", space_before=6)
line = ""
for i, (role, name) in enumerate(members):
    attendees.append({"role": role, "title": None, "name": name.replace("　", "")})
    cell = f"{role}　{name}"
    line += cell.ljust(16, "　")
    if i % 3 == 2 or i == len(members) - 1:
        para(line.rstrip("　"), indent=21)
        line = ""
para("４　欠席委員（１名）", space_before=6)
para("委員　　小野田　修", indent=21)
staff = [("副市長", "北川　正道"), ("行政経営部長", "増田　恭一"), ("行政経営部参与兼税務課長", "石上　直樹"),
         ("納税課長", "大石　健吾"), ("健康福祉部長", "村松　啓子"), ("国保年金課長", "中山　孝之"),
         ("長寿介護課長", "桜井　美香"), ("子ども・子育て課長", "藤田　和哉"), ("建築住宅課長", "塩野　達也")]
para(f"５　説明のため出席した者（{zen(str(len(staff)))}名）", space_before=6)
for title, name in staff:
    attendees.append({"role": "説明員", "title": title, "name": name.replace("　", "")})
    para(f"{title.ljust(13, '　')}{name}", indent=21)
jim = [("議会事務局長", "片山　博"), ("議事調査係長", "山下　智恵"), ("主事", "青島　翔")]
para(f"６　事務局職員（{zen(str(len(jim)))}名）", space_before=6)
for title, name in jim:
    attendees.append({"role": "事務局", "title": title, "name": name.replace("　", "")})
para("　".join(f"{t}　{n}" for t, n in jim), indent=21)
agenda = ["認定第１号　令和６年度島田市一般会計歳入歳出決算認定について",
          "認定第２号　令和６年度島田市国民健康保険事業特別会計歳入歳出決算認定について",
          "認定第４号　令和６年度島田市介護保険事業特別会計歳入歳出決算認定について"]
para("７　審査事件", space_before=6)
for a in agenda:
    para(a, indent=21)
page_break()

# ---------------------------------------------------------------- page 3: 会議の経過 (市税)
para("８　会議の経過", bold=True, font="IPAexGothic")
para("（午前９時３０分　開会）", align="c")
SECTION[0] = "開会"
say("杉山委員長", "杉山委員長",
    "ただいまから決算特別委員会を開会いたします。本日は、小野田委員から欠席の届出がありましたので御報告いたします。"
    "昨日に引き続き、認定第１号の歳入について審査を行います。当局から補足の説明があればお願いします。")
SECTION[0] = agenda[0] + "（歳入）"
t24, t23 = TAX[2024], TAX[2023]
tot24, tot23 = seg_tot(t24), seg_tot(t23)
r_cur = rate(t24["cur"][1], t24["cur"][0])
r_arr = rate(t24["arr"][1], t24["arr"][0])
r_tot = rate(tot24[1], tot24[0])
r_tot23 = rate(tot23[1], tot23[0])
dpt = round(r_tot - r_tot23, 2)
u24, u23 = unpaid(tot24), unpaid(tot23)
u24v, u24s = okuman(u24)
du = u24 - u23
duv, dus = okuman(-du, 10**6)
D = dict(debt="市税", debt_raw="市税")
txt = (f"市税の収納状況について補足説明いたします。令和６年度の市税の収納率は、現年課税分が"
       f"{G.fact(zen(f'{r_cur:.2f}％'), r_cur, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='current', **D)}、"
       f"滞納繰越分が{G.fact(zen(f'{r_arr:.2f}％'), r_arr, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='arrears', **D)}、"
       f"合計で{G.fact(zen(f'{r_tot:.2f}％'), r_tot, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='total', **D)}となり、"
       f"前年度比{G.fact(zen(f'{dpt:.2f}ポイント'), dpt, 'difference', fy=FY, fy_raw='令和６年度', unit='points', **D)}上昇いたしました。"
       f"収入未済額は約{G.fact(u24s, u24v, 'outstanding', fy=FY, fy_raw='令和６年度', approx=True, **D)}で、"
       f"前年度から約{G.fact(dus, -duv, 'difference', fy=FY, fy_raw='令和６年度', approx=True, **D)}減少しております。"
       f"なお、執行停止の期間満了等により不納欠損処分を行った額は"
       f"{G.fact(zen(f'{tot24[2] // 10000:,}万円'), tot24[2] // 10000 * 10000, 'written_off', fy=FY, fy_raw='令和６年度', approx=False, **D)}"
       f"でございます。")
say("大石納税課長", "大石納税課長", txt)
say("杉山委員長", "杉山委員長", "説明が終わりました。質疑を行います。")
peak_v, peak_s = 721_000_000, zen("７億２，１００万円")
r_cur23 = rate(t23["cur"][1], t23["cur"][0])
say("松本委員", "松本委員",
    "滞納繰越分の収納率は上がっているとのことですが、ピーク時の平成２９年度には収入未済額が約"
    f"{G.fact(peak_s, peak_v, 'outstanding', fy=2017, fy_raw='平成２９年度', approx=True, **D)}あったと記憶しています。"
    "この間の縮減の要因と、現年課税分の今後の見通しを伺います。")
r19 = 96.12
say("大石納税課長", "大石納税課長",
    "平成２９年度以降、滞納整理の早期着手と財産調査の徹底に取り組んでまいりました。市税全体の収納率は、令和元年度の"
    f"{G.fact(zen('96.12％'), r19, 'collection_rate', fy=2019, fy_raw='令和元年度', **D)}から、令和６年度は先ほどの数字まで改善しております。"
    "現年課税分につきましても、５年度の"
    f"{G.fact(zen(f'{r_cur23:.2f}％'), r_cur23, 'collection_rate', fy=2023, fy_raw='５年度', seg='current', **D)}"
    "を上回っており、引き続きスマートフォン決済やＷｅｂ口座振替受付の周知により、納期内納付の定着を図ってまいります。")
say("松本委員", "松本委員", "差押えの実績についても伺います。")
say("大石納税課長", "大石納税課長",
    "令和６年度の差押件数は"
    f"{G.fact(zen('1,046件'), 1046, 'seizures', fy=FY, fy_raw='令和６年度', unit='cases', **D)}で、"
    "このうち預貯金の差押えが約７割を占めております。")
page_break()

# ---------------------------------------------------------------- page 4: 国保税
SECTION[0] = agenda[1]
say("杉山委員長", "杉山委員長", "次に、認定第２号の審査に入ります。当局から補足説明があればお願いします。")
k = KOKUHO[2024]
kt = seg_tot(k)
KD = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
kr_cur = rate(k["cur"][1], k["cur"][0])
kr_arr = rate(k["arr"][1], k["arr"][0])
ku_v, ku_s = okuman(unpaid(kt))
say("中山国保年金課長", "中山国保年金課長",
    "国民健康保険税の令和６年度の収納率は、現年課税分"
    f"{G.fact(zen(f'{kr_cur:.2f}％'), kr_cur, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='current', **KD)}、"
    f"滞納繰越分{G.fact(zen(f'{kr_arr:.2f}％'), kr_arr, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='arrears', **KD)}で、"
    "現年課税分は前年度比"
    f"{G.fact(zen('1.2ポイント'), 1.2, 'difference', fy=FY, fy_raw='令和６年度', seg='current', unit='points', **KD)}改善いたしました。"
    f"収入未済額は約{G.fact(ku_s, ku_v, 'outstanding', fy=FY, fy_raw='令和６年度', approx=True, **KD)}となっております。")
say("森委員", "森委員", "滞納世帯の状況はどうなっていますか。また、短期被保険者証の廃止の影響はありますか。")
say("中山国保年金課長", "中山国保年金課長",
    "令和６年度末の滞納世帯数は"
    f"{G.fact(zen('1,284世帯'), 1284, 'delinquents', fy=FY, fy_raw='令和６年度', unit='households', **KD)}で、"
    "前年度末の"
    f"{G.fact(zen('1,397世帯'), 1397, 'delinquents', fy=2023, fy_raw='前年度', unit='households', **KD)}から"
    f"{G.fact(zen('113世帯'), -113, 'difference', fy=FY, fy_raw='令和６年度', unit='households', **KD)}減少しております。"
    "マイナ保険証への移行に伴い、納付相談の機会が減ることが懸念されますので、窓口や電話での接触の機会を確保してまいります。")
say("森委員", "森委員", "納付相談の機会の確保は重要ですので、よろしくお願いします。")
say("鈴木委員", "鈴木委員", "国保税の現年課税分の収納率は県内の他市と比べてどの程度の水準でしょうか。")
say("中山国保年金課長", "中山国保年金課長",
    "県内２３市の中で中位程度でございます。引き続き口座振替の勧奨と、納期限後早期の文書催告に取り組んでまいります。")
page_break()

# ---------------------------------------------------------------- page 5: 介護保険
SECTION[0] = agenda[2]
say("杉山委員長", "杉山委員長", "次に、認定第４号の審査に入ります。")
kai_cur = (3_412_560_000, 3_380_127_000)
kr = rate(kai_cur[1], kai_cur[0])
KA = dict(debt="介護保険料", debt_raw="介護保険料")
kai_u_v, kai_u_s = 58_000_000, zen("５，８００万円")
say("桜井長寿介護課長", "桜井長寿介護課長",
    "介護保険料の現年度分の収納率は"
    f"{G.fact(zen(f'{kr:.2f}％'), kr, 'collection_rate', fy=FY, fy_raw='令和６年度', seg='current', **KA)}"
    "で、前年度とほぼ同水準となりました。普通徴収の方の収入未済額は約"
    f"{G.fact(kai_u_s, kai_u_v, 'outstanding', fy=FY, fy_raw='令和６年度', approx=True, **KA)}"
    "で、このうち時効により不納欠損とした額は"
    f"{G.fact(zen('６１２万円'), 6_120_000, 'written_off', fy=FY, fy_raw='令和６年度', **KA)}でございます。")
say("八木委員", "八木委員", "給付制限の対象となっている方は何人いらっしゃいますか。")
say("桜井長寿介護課長", "桜井長寿介護課長",
    "令和６年度末で４２人でございます。給付制限に至る前に、ケアマネジャーとも連携して納付の相談を行っております。")
say("大塚副委員長", "大塚副委員長",
    "税と料で滞納者の情報を共有する仕組みはできているのでしょうか。")
say("増田行政経営部長", "増田行政経営部長",
    "債権管理条例に基づき、納税課と各債権所管課で滞納者情報を共有し、複数債権を滞納している方については"
    "納税課が一括して納付相談を行う体制としております。今後も全庁的な債権管理の適正化に取り組んでまいります。")
say("杉山委員長", "杉山委員長",
    "ほかに質疑はありませんか。――質疑を終結いたします。以上で本日の審査を終了いたします。")
para("（午後０時４分　閉会）", align="c")
page_break()

# ---------------------------------------------------------------- page 6: 委員会資料（抜粋）
para("５　委員会資料（抜粋）", bold=True, font="IPAexGothic")
para("（１）市税等の収納状況　令和６（2024）年度決算", space_before=6)
para("（単位：百万円、％）", align="r", size=9)


def m1(v):  # yen -> 百万円 one decimal string and value
    x = round(v / 1e6, 1)
    return f"{x:,.1f}", int(round(x * 1e6))


def tabrow(cells, bold=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Mm(62), WD_TAB_ALIGNMENT.RIGHT)
    for mm in (88, 112, 134, 160):
        p.paragraph_format.tab_stops.add_tab_stop(Mm(mm), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cells))
    r.bold = bold
    r.font.size = Pt(9.5)
    return p


tabrow(["区　　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"], bold=True)
FY_RAW6 = "令和６（2024）年度"
for name, data, dd in (("市税", t24, D), ("国民健康保険税", k, KD)):
    tabrow([name, "", "", "", "", ""])
    for lab, seg, tpl in (("　現年課税分", "current", data["cur"]), ("　滞納繰越分", "arrears", data["arr"]),
                          ("　計", "total", seg_tot(data))):
        a_s, a_v = m1(tpl[0]); c_s, c_v = m1(tpl[1]); w_s, w_v = m1(tpl[2]); u_s, u_v = m1(unpaid(tpl))
        rr = rate(tpl[1], tpl[0])
        kw = dict(fy=FY, fy_raw=FY_RAW6, seg=seg, **dd)
        cells = [lab, G.fact(a_s, a_v, "assessed", **kw), G.fact(c_s, c_v, "collected", **kw),
                 (G.fact(w_s, w_v, "written_off", **kw) if tpl[2] else "－"),
                 G.fact(u_s, u_v, "outstanding", **kw), G.fact(f"{rr:.2f}", rr, "collection_rate", **kw)]
        tabrow(cells)
para("※　百万円未満を四捨五入しているため、計と内訳が一致しない場合がある。", size=8.5, space_before=2)

para("（２）市税収納率の推移（単位：％）", space_before=14)
years = [(2020, "令和２年度", 98.94, 24.87), (2021, "令和３年度", 99.02, 26.31), (2022, "令和４年度", 99.10, 28.45),
         (2023, "令和５年度", r_cur23, rate(t23["arr"][1], t23["arr"][0])), (2024, "令和６年度", r_cur, r_arr)]
totals = {2020: 96.78, 2021: 97.05, 2022: 97.31, 2023: r_tot23, 2024: r_tot}
tbl = doc.add_table(rows=1, cols=4)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["年　度", "現年課税分", "滞納繰越分", "計"]
for i, h in enumerate(hdr):
    c = tbl.rows[0].cells[i]
    c.text = h
    set_cell_border(c, top=12, bottom=6)
for fy, fyr, rc, ra in years:
    row = tbl.add_row().cells
    kw = dict(fy=fy, fy_raw=fyr, **D)
    row[0].text = fyr
    row[1].text = G.fact(f"{rc:.2f}", rc, "collection_rate", seg="current", **kw)
    row[2].text = G.fact(f"{ra:.2f}", ra, "collection_rate", seg="arrears", **kw)
    row[3].text = G.fact(f"{totals[fy]:.2f}", totals[fy], "collection_rate", seg="total", **kw)
    for c in row:
        set_cell_border(c)
row = tbl.add_row().cells
row[0].text = "対前年度"
dc = round(r_cur - r_cur23, 2)
da = round(r_arr - rate(t23["arr"][1], t23["arr"][0]), 2)
for j, dv in ((1, dc), (2, da), (3, dpt)):
    s = ("△" + f"{-dv:.2f}") if dv < 0 else f"{dv:.2f}"
    row[j].text = G.fact(s, dv, "difference", fy=FY, fy_raw="令和６年度", unit="points",
                         seg=["", "current", "arrears", "total"][j], **D)
for c in row:
    set_cell_border(c, bottom=12)
for r_ in tbl.rows:
    for j, c in enumerate(r_.cells):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
            for rn in p.runs:
                rn.font.size = Pt(9.5)
para("出典：島田市税務課「市税概要」（各年度決算）", size=8.5, space_before=2)

# ---------------------------------------------------------------- save & convert
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())

G.minutes = {"title": G.doc["title"], "meeting_number": None, "date": "2025-09-17", "method": None,
             "attendees": attendees, "agenda": agenda, "materials": ["委員会資料（抜粋）"],
             "statements": [{k: v for k, v in s.items()} for s in statements]}
G.write(pdf)
