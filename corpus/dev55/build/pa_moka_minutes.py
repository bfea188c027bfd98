"""pa_moka_minutes_1: 真岡市債権管理推進委員会 会議録 (python-docx -> LibreOffice). Run from corpus/dev55."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pa_common import Gold, c, r2, rate, zen, SET
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "pa_moka_minutes_1"
TITLE = "令和7年度第2回真岡市債権管理推進委員会 会議録"
g = Gold(STEM, "minutes", "minutes", "真岡市", TITLE, "2025-11-18", "令和7年11月18日")

# ---------------- data (千円) ----------------
# name, short, dict-name, cur_ass, cur_col, arr_ass, arr_col, written_off, delta(points vs R5)
D = [
    ("市税", "市税", "市税", 10482316, 10389540, 412870, 129851, 21304, 0.30),
    ("国民健康保険税", "国保税", "国民健康保険税", 2136480, 2003127, 498215, 94316, 38906, 1.12),
    ("介護保険料", "介護料", "介護保険料", 1324905, 1311248, 41380, 9874, 6512, -0.08),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", 612774, 609835, 8642, 3217, 704, 0.05),
    ("保育所保育料", "保育料", "保育所保育料", 98416, 97102, 12358, 2951, 1127, 0.64),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", 187530, 183964, 46215, 6834, 2390, -0.41),
    ("下水道使用料", "下水道使用料", "下水道使用料", 864211, 857930, 24618, 9227, 1815, 0.17),
]
rows = []
for name, short, dn, ca, cc, aa, ac, wo, dl in D:
    ta, tc = ca + aa, cc + ac
    rows.append(dict(name=name, short=short, debt=dn, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac,
                     ar=rate(ac, aa), ta=ta, tc=tc, tr=rate(tc, ta), wo=wo, out=ta - tc - wo, dl=dl))
T = {k: sum(r[k] for r in rows) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
T.update(cr=rate(T["cc"], T["ca"]), ar=rate(T["ac"], T["aa"]), tr=rate(T["tc"], T["ta"]), dl=0.38)
R = {r["name"]: r for r in rows}

# interim 9月末: name, cur_now, cur_prev, arr_now, arr_prev, deln_prev, deln_now, seize, note(current delinquents)
M = [
    ("市税", "市税", 52.84, 52.31, 18.62, 17.95, 4812, 4526, 312, 1204),
    ("国保税", "国民健康保険税", 41.27, 40.66, 12.08, 11.43, 2934, 2871, 148, None),
    ("介護料", "介護保険料", 54.19, 54.02, 9.85, 10.12, 1106, 1072, 21, None),
    ("後期高齢", "後期高齢者医療保険料", 51.36, 51.40, 24.77, 22.18, 318, 295, 4, None),
    ("保育料", "保育所保育料", 49.53, 48.10, 15.64, 14.92, 87, 81, 0, None),
]

# ---------------- docx helpers ----------------
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = sec.bottom_margin = Mm(20)


def para(text="", bold=False, size=None, align=None, gothic=False, indent=None, space_after=2, first=None):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size: run.font.size = Pt(size)
        if gothic:
            run.font.name = "IPAexGothic"; run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if indent is not None: pf.left_indent = Mm(indent)
    if first is not None: pf.first_line_indent = Mm(first)
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    g.page += 1


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def setcell(cell, text, size=8, align="c", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.font.size = Pt(size); run.bold = bold
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)


# ---------------- page 1 ----------------
para("令和7年度第2回", size=12, align="c", gothic=True, space_after=0)
para("真岡市債権管理推進委員会 会議録", size=15, bold=True, align="c", gothic=True, space_after=10)
info = [("１　日　　時", "令和7年11月18日（火）午後1時30分～午後3時05分"),
        ("２　場　　所", "真岡市役所本庁舎 5階 大会議室"),
        ("３　開催方法", "対面")]
for a, b in info:
    para(f"{a}　　{b}", space_after=3)
para("４　出 席 者　　委員８名、事務局３名（欠席委員なし）", space_after=3)
ATT = [("委員長", "副市長", "田村 一郎"), ("委員", "総務部長", "青木 健司"), ("委員", "市民生活部長", "大塚 美和"),
       ("委員", "健康福祉部長", "高橋 真一"), ("委員", "こども・家庭部長", "斎藤 由紀"), ("委員", "建設部長", "森 和彦"),
       ("委員", "上下水道部長", "石川 聡"), ("委員", "教育次長", "野口 浩")]
SEC = [("事務局", "税務課長", "小林 正人"), ("事務局", "収税対策室長", "渡辺 進"), ("事務局", "収税対策室係長", "中島 恵")]
para("（委員）", indent=8, space_after=1)
for role, title, name in ATT:
    para(f"{role}　{title}　{name}", indent=14, space_after=0)
para("（事務局）", indent=8, space_after=1)
for role, title, name in SEC:
    para(f"{title}　{name}", indent=14, space_after=0)
para("（説明のため出席した者）　保険年金課長　中村 圭、建築住宅課長　松本 大輔", indent=8, space_after=4)
AG = ["令和６年度決算における主要債権の状況について",
      "令和７年度上半期（９月末）の収納状況について",
      "私債権の放棄について"]
para("５　議　　題", space_after=1)
for k, a in enumerate(AG, 1):
    para(f"（{k}）{a}", indent=8, space_after=0)
MAT = ["資料１　令和６年度決算 主要債権の収納状況", "資料２　令和７年度９月末 収納状況", "資料３　私債権の放棄（案）"]
para("６　配付資料", space_after=1)
for m in MAT:
    para(m, indent=8, space_after=0)
para("※資料１及び資料２の数値は、本会議録末尾の別表１・別表２のとおり。", indent=8, size=9, space_after=0)

g.minutes = dict(title=TITLE, meeting_number=2, date="2025-11-18", method="対面",
                 attendees=[dict(role=r, title=t, name=n) for r, t, n in ATT + SEC],
                 agenda=AG, materials=MAT, statements=[])


def say(speaker, section, text):
    para(f"○{speaker}　{text}", indent=0, space_after=5, first=0)
    g.minutes["statements"].append(dict(speaker=speaker, section=section, text=text))


def oku(yen_thousand):
    """千円 -> '約3億5,123万円' text and approx yen value."""
    man = round(yen_thousand / 10)
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    return "約" + s, man * 10000


# ---------------- page 2-3: statements ----------------
pagebreak()
para("７　議事の経過", gothic=True, bold=True, space_after=4)
s1 = AG[0]
para(f"（１）{s1}", gothic=True, space_after=3)
say("田村委員長", s1, "ただいまから令和７年度第２回真岡市債権管理推進委員会を開会する。本日は委員全員が出席している。議題（１）について事務局から説明をお願いする。")
tot_out_txt, tot_out_v = oku(T["out"])
diff_out_v = -43_000_000
prev_r = round(T["tr"] - T["dl"], 2)
ss = R["市税"]
ss_prev = round(ss["tr"] - ss["dl"], 2)
g.f(None, None, 2024, "令和６年度", "total", "outstanding", "actual", tot_out_v, "yen", tot_out_txt, approx=True)
g.f(None, None, 2024, "令和６年度", "total", "difference", "actual", diff_out_v, "yen", "約4,300万円減少", approx=True)
g.f(None, None, 2024, "令和６年度", "total", "collection_rate", "actual", T["tr"], "percent", f"{zen(r2(T['tr']))}％")
g.f(None, None, 2024, "令和６年度", "total", "difference", "actual", T["dl"], "points", "0.38ポイント上昇")
g.f("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", ss["cr"], "percent", f"{r2(ss['cr'])}％")
g.f("市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", ss["ar"], "percent", f"{r2(ss['ar'])}％")
g.f("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", ss["tr"], "percent", f"{r2(ss['tr'])}％（R5")
g.f("市税", "市税", 2023, "R5", "total", "collection_rate", "actual", ss_prev, "percent", f"R5 {r2(ss_prev)}％")
say("小林税務課長", s1,
    f"資料１により説明する。主要７債権の令和６年度決算における収入未済額の合計は{tot_out_txt}で、前年度から約4,300万円減少した。"
    f"７債権全体の収納率は{zen(r2(T['tr']))}％となり、前年度比0.38ポイント上昇した。"
    f"市税は、現年課税分が{r2(ss['cr'])}％、滞納繰越分が{r2(ss['ar'])}％で、合計では{r2(ss['tr'])}％（R5 {r2(ss_prev)}％）となった。"
    "令和元年度に導入したスマートフォン決済の利用件数が伸びており、現年課税分の納期内納付が定着しつつある。滞納繰越分は、高額滞納事案を収税対策室に集約した効果が表れている。")
nk = R["国民健康保険税"]
say("青木総務部長", s1, "国保税の滞納繰越分の収納率が他の債権に比べて低いが、要因と今後の対応を伺う。")
nk_a_txt, nk_a_v = oku(nk["aa"]); nk_c_txt, nk_c_v = oku(nk["ac"])
g.f("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "assessed", "actual", nk_a_v, "yen", nk_a_txt, approx=True)
g.f("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collected", "actual", nk_c_v, "yen", nk_c_txt, approx=True)
g.f("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", nk["ar"], "percent", f"{r2(nk['ar'])}％にとどまって")
say("中村保険年金課長", s1,
    f"国民健康保険税の滞納繰越分は、令和６年度の調定額{nk_a_txt}に対し、収入済額は{nk_c_txt}で、収納率は{r2(nk['ar'])}％にとどまっている。"
    "被保険者の異動が多く、転出後に所在が把握できなくなる事案が一定数あることが要因である。今年度からは、転出予定者に対して窓口で納付相談を案内し、税務課と合同で財産調査を行う取組を始めている。")
hy = R["保育所保育料"]
g.f("保育所保育料", "保育料", 2024, "令和６年度", "current", "collection_rate", "actual", hy["cr"], "percent", f"{r2(hy['cr'])}％")
say("斎藤こども・家庭部長", s1,
    f"保育所保育料（別表では「保育料」と表記）は、現年度分の収納率が{r2(hy['cr'])}％であった。"
    "児童手当からの特別徴収の申出を入所時に勧奨しており、申出件数は前年度より増えている。")
say("田村委員長", s1, "住宅使用料は前年度より収納率が下がっているようだが、状況はどうか。")
jt = R["市営住宅使用料"]
jt_txt, jt_v = oku(jt["out"])
g.f("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", jt_v, "yen", jt_txt, approx=True)
g.f("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "difference", "actual", -0.41, "points", "0.41ポイント低下")
say("松本建築住宅課長", s1,
    f"市営住宅使用料の令和６年度末の収入未済額は{jt_txt}で、収納率は前年度比0.41ポイント低下した。"
    "退去者の滞納分が残っていることが主な要因であり、連帯保証人への請求と、支払督促の申立てを計画的に進めていく。")
pagebreak()
s2 = AG[1]
para(f"（２）{s2}", gothic=True, space_after=3)
m0 = M[0]
g.f("市税", "市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", m0[2], "percent", f"{r2(m0[2])}％", as_of="2025-09-30")
g.f("市税", "市税", 2025, "令和７年９月末", "current", "difference", "interim", 0.53, "points", "0.53ポイント", as_of="2025-09-30")
g.f("市税", "市税", 2025, "令和７年９月末", "total", "delinquents", "interim", m0[7], "persons", f"{m0[7]:,}人", as_of="2025-09-30")
g.f("市税", "市税", 2025, "令和７年９月末", "total", "difference", "interim", m0[7] - m0[6], "persons", f"{m0[6] - m0[7]}人減少", as_of="2025-09-30")
say("小林税務課長", s2,
    f"資料２により説明する。令和７年９月末時点の市税の現年課税分収納率は{r2(m0[2])}％で、前年同期を0.53ポイント上回っている。"
    f"滞納者数は{m0[7]:,}人で、前年同期から{m0[6] - m0[7]}人減少した。10月から12月を滞納整理強化期間とし、預貯金調査を集中して実施する。")
m2 = M[2]
g.f("介護保険料", "介護保険料", 2025, "令和７年９月末", "current", "collection_rate", "interim", m2[2], "percent", f"{r2(m2[2])}％", as_of="2025-09-30")
say("高橋健康福祉部長", s2,
    f"介護保険料の９月末の現年度分収納率は{r2(m2[2])}％で、前年同期とほぼ同水準である。普通徴収の対象者のうち、年金受給開始前の方への口座振替の勧奨を続けている。")
say("石川上下水道部長", s2, "下水道使用料は、水道料金と一括で徴収しており、９月末時点でも例年並みに推移している。給水停止予告と併せた催告を引き続き行う。")
say("大塚市民生活部長", s2, "滞納者数が減っている点は評価できる。強化期間中は、各課の催告時期をそろえて、市民への周知を一体的に行ってはどうか。")
say("小林税務課長", s2, "強化期間の周知は、広報もおか12月号と市ホームページに各債権共通の記事を掲載する方向で調整する。")
s3 = AG[2]
para(f"（３）{s3}", gothic=True, space_after=3)
say("渡辺収税対策室長", s3,
    "資料３により説明する。真岡市債権管理条例第15条に基づき、消滅時効が完成しているなど回収の見込みがない私債権について、今年度は市営住宅使用料12件、水洗便所改造資金貸付金2件の放棄を予定している。放棄の後は議会に報告する。")
say("野口教育次長", s3, "学校給食費についても、卒業後に連絡が取れない事案がある。来年度以降の放棄の対象として整理してよいか。")
say("渡辺収税対策室長", s3, "対象となり得るが、まず所在調査と催告の記録を整え、事前に事務局と協議していただきたい。")
say("田村委員長", s3, "本日の議題は以上とする。各部においては、強化期間中の取組を確実に実施し、次回委員会で結果を報告していただきたい。これをもって閉会する。")
para("（午後3時05分 閉会）", align="r", space_after=0)

# ---------------- page 4 (landscape): 別表１ ----------------
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.left_margin = new.right_margin = Mm(15); new.top_margin = new.bottom_margin = Mm(15)
g.page += 1
para("別表１　令和６年度決算 主要債権の収納状況（資料１）", gothic=True, bold=True, size=12, space_after=2)
para("（単位：千円、％）", align="r", size=9, space_after=2)
heads = ["現年度分", "滞納繰越分", "計"]
t = doc.add_table(rows=2, cols=13); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
a = t.cell(0, 0).merge(t.cell(1, 0)); setcell(a, "区　分", bold=True); shade(a)
for k, h in enumerate(heads):
    m = t.cell(0, 1 + 3 * k).merge(t.cell(0, 3 + 3 * k)); setcell(m, h, bold=True); shade(m)
    for j, sub in enumerate(["調定額", "収入済額", "収納率"]):
        setcell(t.cell(1, 1 + 3 * k + j), sub, bold=True); shade(t.cell(1, 1 + 3 * k + j))
for col, h in ((10, "不納欠損額"), (11, "収入未済額"), (12, "収納率\n前年度比")):
    m = t.cell(0, col).merge(t.cell(1, col)); setcell(m, h, bold=True); shade(m)
FY, FYR = 2024, "令和６年度"
for r in rows + [dict(T, name="計", short="計", debt=None)]:
    cells = t.add_row().cells
    setcell(cells[0], r["short"], align="l", bold=(r["short"] == "計"))
    vals = [(r["ca"], "current", "assessed"), (r["cc"], "current", "collected"), (r["cr"], "current", "collection_rate"),
            (r["aa"], "arrears", "assessed"), (r["ac"], "arrears", "collected"), (r["ar"], "arrears", "collection_rate"),
            (r["ta"], "total", "assessed"), (r["tc"], "total", "collected"), (r["tr"], "total", "collection_rate"),
            (r["wo"], "total", "written_off"), (r["out"], "total", "outstanding")]
    for j, (v, seg, met) in enumerate(vals):
        if met == "collection_rate":
            txt = r2(v); g.f(r["debt"], r["short"], FY, FYR, seg, met, "actual", v, "percent", txt)
        else:
            txt = c(v); g.f(r["debt"], r["short"], FY, FYR, seg, met, "actual", v * 1000, "yen", txt)
        setcell(cells[1 + j], txt, align="r")
    d = r["dl"]
    dtxt = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    g.f(r["debt"], r["short"], FY, FYR, "total", "difference", "actual", d, "points", dtxt)
    setcell(cells[12], dtxt, align="r")
tax_arr_out = 238411
t.autofit = False
for j, col in enumerate(t.columns):
    col.width = Mm(26) if j == 0 else Mm(19.5)
for row in t.rows:
    for j, cell in enumerate(row.cells):
        cell.width = Mm(26) if j == 0 else Mm(19.5)
para("", space_after=2)
g.f("市税", "市税", 2024, "令和６年度", "arrears", "outstanding", "actual", tax_arr_out * 1000, "yen", f"{c(tax_arr_out)}千円")
para(f"※１　市税の収入未済額のうち滞納繰越分　{c(tax_arr_out)}千円", size=8.5, space_after=0)
para("※２　収納率の前年度比はポイント（▲は低下）。収納率は計欄の比較。", size=8.5, space_after=0)
para("※３　債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料", size=8.5, space_after=0)
para("※４　千円未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5, space_after=0)

# ---------------- page 5 (portrait): 別表２ (no ruling lines) ----------------
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.PORTRAIT
new.page_width, new.page_height = Mm(210), Mm(297)
new.left_margin = new.right_margin = Mm(20); new.top_margin = new.bottom_margin = Mm(20)
g.page += 1
para("別表２　令和７年度 ９月末 収納状況（資料２）", gothic=True, bold=True, size=12, space_after=2)
para("今期＝令和７年９月末、前年同期＝令和６年９月末。収納率の欄は「今期（前年同期）」、単位は％。", size=9, space_after=4)
t = doc.add_table(rows=1, cols=7)
hd = ["債権", "現年分 収納率", "滞繰分 収納率", "滞納者数\n前年同期", "滞納者数\n今期", "差押件数\n今期", "備　考"]
for j, h in enumerate(hd):
    setcell(t.cell(0, j), h, size=8.5, bold=True)
NOW, PREV = "2025-09-30", "2024-09-30"
for short, dn, cn, cp, an, ap, dp, dnw, sz, note in M:
    cells = t.add_row().cells
    setcell(cells[0], short, size=9, align="l")
    for j, (vn, vp, seg) in enumerate(((cn, cp, "current"), (an, ap, "arrears"))):
        txt = f"{r2(vn)}（{r2(vp)}）"
        g.f(dn, short, 2025, "今期", seg, "collection_rate", "interim", vn, "percent", f"{r2(vn)}（", as_of=NOW)
        g.f(dn, short, 2024, "前年同期", seg, "collection_rate", "interim", vp, "percent", f"（{r2(vp)}）", as_of=PREV)
        setcell(cells[1 + j], txt, size=9, align="r")
    g.f(dn, short, 2024, "前年同期", "total", "delinquents", "interim", dp, "persons", f"{dp:,}人", as_of=PREV)
    g.f(dn, short, 2025, "今期", "total", "delinquents", "interim", dnw, "persons", f"{dnw:,}人", as_of=NOW)
    setcell(cells[3], f"{dp:,}人", size=9, align="r"); setcell(cells[4], f"{dnw:,}人", size=9, align="r")
    setcell(cells[5], f"{sz}件" if sz else "－", size=9, align="r")
    if note:
        g.f(dn, short, 2025, "今期", "current", "delinquents", "interim", note, "persons", f"うち現年分 {note:,}人", as_of=NOW)
        setcell(cells[6], f"うち現年分 {note:,}人", size=8, align="l")
    else:
        setcell(cells[6], "", size=8)
W2 = [20, 31, 31, 20, 20, 17, 31]
t.autofit = False
for j, col in enumerate(t.columns):
    col.width = Mm(W2[j])
for row in t.rows:
    for j, cell in enumerate(row.cells):
        cell.width = Mm(W2[j])
para("", space_after=2)
para("注）滞納者数は、９月末時点で納期限を経過した未納額がある実人数。差押件数は４月から９月末までの累計。", size=8.5, space_after=0)
para("以上", align="r", space_after=0)

os.makedirs("/tmp/pa_work", exist_ok=True)
dx = "/tmp/pa_work/" + STEM + ".docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/pa_work", dx], check=True,
               stdout=subprocess.DEVNULL)
pdf = os.path.join(SET, "pdf", STEM + ".pdf")
os.replace("/tmp/pa_work/" + STEM + ".pdf", pdf)
sys.exit(1 if g.write(pdf) else 0)
