"""fr_yasugi_minutes_1: 安来市議会 総務企画委員会記録 (python-docx -> LibreOffice).

Run from corpus/frozen37:  python3 build/fr_yasugi_minutes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fr_common import (Gold, WORK, PDF_DIR, zen, comma, tri, rate, pdf_pages, soffice_to_pdf,
                       subset_fonts)
from docx import Document


def fmt(x, nd):
    return f"{x:.{nd}f}"

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "fr_yasugi_minutes_1"
CITY = "安来市"
TITLE = "令和７年度第２回総務企画委員会記録"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-09-10", "令和７年９月１０日")

# ---------------------------------------------------------------- data (千円)
# debt: (canonical, short label in table, full name in legend)
# R6 決算: cur=(調定, 収入済, 不納欠損), arr=(...)
D = {
    "市税": dict(short="市税", full="市税", cur=(4912345, 4873540, 0), arr=(231876, 65854, 12340), prev=95.72),
    "国民健康保険税": dict(short="国保税", full="国民健康保険税", cur=(812406, 778284, 0), arr=(176432, 34581, 9877), prev=81.37),
    "介護保険料": dict(short="介護料", full="介護保険料", cur=(702118, 698311, 0), arr=(9854, 2106, 1215), prev=98.51),
    "後期高齢者医療保険料": dict(short="後期高齢", full="後期高齢者医療保険料", cur=(498770, 497302, 0), arr=(3412, 1018, 244), prev=99.44),
    "保育所保育料": dict(short="保育料", full="保育所保育料", cur=(98452, 98058, 0), arr=(6832, 847, 512), prev=92.86),
    "住宅使用料": dict(short="住宅使用料", full="市営住宅使用料", cur=(187654, 184301, 0), arr=(24318, 5104, 3011), prev=88.97),
}
for k, v in D.items():
    ca, cc, cw = v["cur"]
    aa, ac, aw = v["arr"]
    v["asm"], v["col"], v["wo"] = ca + aa, cc + ac, cw + aw
    v["out"] = v["asm"] - v["col"] - v["wo"]
    v["out_cur"], v["out_arr"] = ca - cc - cw, aa - ac - aw
    v["rate"] = rate(v["col"], v["asm"])
    v["rate_cur"], v["rate_arr"] = rate(cc, ca), rate(ac, aa, 1)
    v["diff"] = round(v["rate"] - v["prev"], 2)
TOT = {k: sum(D[d][k] for d in D) for k in ("asm", "col", "wo", "out")}
TOT["rate"] = rate(TOT["col"], TOT["asm"])

ZEI = D["市税"]
KOKU = D["国民健康保険税"]
HOIKU = D["保育所保育料"]
JUTAKU = D["住宅使用料"]


def man_oku(sen):
    """千円 -> '約X億Y,YYY万円' string (rounded to 100万円) and its value in yen."""
    man = round(sen / 100) * 10           # 万円 rounded to 10万? keep 100万 precision
    man = round(sen * 1000 / 1_000_000) * 100  # 万円, rounded to 100万円
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return s, man * 10000


# ---------------------------------------------------------------- document
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
st.paragraph_format.line_spacing = 1.25


def para(text="", bold=False, size=None, align=None, indent=0, first=0, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if first:
        p.paragraph_format.first_line_indent = Pt(first)
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
            run.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def widths(table, mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, mm):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.append(tcW)
            tcW.set(qn("w:w"), str(int(Mm(w).twips)))
            tcW.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(lay)


def set_cell(cell, text, size=9, align="l", bold=False, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.line_spacing = 1.0
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), shade)
        tcPr.append(s)


# ---- page 1: header of the record
page = 1
para("安来市議会", align="r", size=10)
para("令和７年度第２回", bold=True, size=15, align="c", font="IPAexGothic")
para("総務企画委員会記録", bold=True, size=18, align="c", font="IPAexGothic")
para()
para("１　開会年月日　令和７年９月１０日（水曜日）")
para("２　開閉時刻　　開会　午前１０時００分　　閉会　午前１１時４２分")
para("３　場　　所　　第１委員会室")

MEMBERS = [("委員長", "石倉　孝志"), ("副委員長", "渡部　美和"), ("委員", "山根　一郎"), ("委員", "藤原　正人"),
           ("委員", "永見　恵子"), ("委員", "遠藤　隆"), ("委員", "足立　健二"), ("委員", "田中　幸子")]
STAFF = [("総務部長", "秦　浩之"), ("税務課長", "松本　真一"), ("収納対策室長", "内藤　和彦"),
         ("健康福祉部長", "吉岡　理恵"), ("保険年金課長", "森田　聡"), ("子ども・家庭支援課長", "景山　直美"),
         ("建築住宅課長", "三島　誠")]
SEC = [("議会事務局長", "勝部　修"), ("議事調査課長", "木村　晴美"), ("議事調査課主任", "小豆沢　亮")]

para(f"４　出席委員（委員{zen(len(MEMBERS))}名）")
t = doc.add_table(rows=4, cols=4)
cell_borders(t, False)
widths(t, (46, 35, 46, 35))
for i, (role, name) in enumerate(MEMBERS):
    r_, c_ = divmod(i, 2)
    set_cell(t.cell(r_, c_ * 2), role if role != "委員" else "委　員", size=10.5)
    set_cell(t.cell(r_, c_ * 2 + 1), name, size=10.5)
para("５　欠席委員　　なし")
para(f"６　説明のため出席した者（説明員{zen(len(STAFF))}名）")
t = doc.add_table(rows=4, cols=4)
cell_borders(t, False)
widths(t, (46, 35, 46, 35))
for i, (title, name) in enumerate(STAFF):
    r_, c_ = divmod(i, 2)
    set_cell(t.cell(r_, c_ * 2), title, size=10.5)
    set_cell(t.cell(r_, c_ * 2 + 1), name, size=10.5)
para(f"７　職務のため出席した議会事務局職員（事務局{zen(len(SEC))}名）")
t = doc.add_table(rows=2, cols=4)
cell_borders(t, False)
widths(t, (46, 35, 46, 35))
for i, (title, name) in enumerate(SEC):
    r_, c_ = divmod(i, 2)
    set_cell(t.cell(r_, c_ * 2), title, size=10.5)
    set_cell(t.cell(r_, c_ * 2 + 1), name, size=10.5)
AGENDA = ["所管事務調査　市税等の収納状況及び債権管理の取組について",
          "安来市債権管理計画（令和７年度～令和９年度）の進捗状況について"]
para("８　付議事件")
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(i)}）{a}", indent=12)
para("９　配付資料")
MATERIALS = ["資料１　主要債権の収納状況（令和６年度決算）"]
para(MATERIALS[0], indent=12)
para()
para("――――――――――――――――――――――――――――――", align="c")
para("会議の経過", bold=True, align="c", font="IPAexGothic")

attendees = [{"role": r_, "title": None, "name": n} for r_, n in MEMBERS]
attendees += [{"role": "説明員", "title": t_, "name": n} for t_, n in STAFF]
attendees += [{"role": "事務局", "title": t_, "name": n} for t_, n in SEC]

statements = []


def say(speaker, text, section):
    """A ○ paragraph; returns nothing. page is the current page."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(-10.5)
    p.paragraph_format.left_indent = Pt(10.5)
    p.paragraph_format.space_before = Pt(3)
    r = p.add_run("○" + speaker)
    r.font.name = "IPAexGothic"
    r.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run("　" + text)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


S1 = AGENDA[0]
say("石倉委員長", "ただいまから総務企画委員会を開会いたします。本日は、所管事務調査として市税等の収納状況及び"
    "債権管理の取組について、執行部から説明を受けます。説明は配付資料に沿って簡潔にお願いします。", S1)

say("秦総務部長", "本日は、市税等の収納状況について御審査いただく機会を設けていただき、ありがとうございます。"
    "本市では、令和７年度から新たな債権管理計画に基づき、全庁で収納対策に取り組んでおります。"
    "市税の収納率は着実に改善してまいりましたが、国民健康保険税の滞納繰越分や私債権の管理にはなお課題がございます。"
    "本日は、令和６年度決算の状況と今年度の取組について、担当課長から説明させますので、よろしくお願いいたします。", S1)
say("石倉委員長", "それでは、税務課長から説明を求めます。", S1)

# ---- page 2
page_break()
page = 2
z_rate_t, z_prev, z_diff = ZEI["rate"], ZEI["prev"], ZEI["diff"]
z_out_s, z_out_v = man_oku(ZEI["out"])
Z_OUT_PREV = 163900  # 千円 R5 市税収入未済額 (prose only), rounded below
z_dec_s = "1,200万円"
z_wo_s = f"{ZEI['wo'] // 10:,}万円"
txt = (f"資料１を御覧ください。令和６年度決算における市税の収納率は、現年課税分が{zen(fmt(ZEI['rate_cur'], 2))}％、"
       f"滞納繰越分が{zen(fmt(ZEI['rate_arr'], 1))}％で、全体では{zen(fmt(z_rate_t, 2))}％となりました。"
       f"前年度比{zen(fmt(z_diff, 2))}ポイントの上昇でございます。収入未済額は約{zen(z_out_s)}で、"
       f"前年度から約{zen(z_dec_s)}の減少となっております。また、不納欠損額は{zen(z_wo_s)}でございました。")
say("松本税務課長", txt, S1)
G.fact(2, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", ZEI["rate_cur"], "percent",
       zen(f"{ZEI['rate_cur']:.2f}") + "％")
G.fact(2, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", ZEI["rate_arr"], "percent",
       zen(f"{ZEI['rate_arr']:.1f}") + "％")
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", z_rate_t, "percent",
       zen(f"{z_rate_t:.2f}") + "％")
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", z_diff, "points",
       "前年度比" + zen(f"{z_diff:.2f}") + "ポイント")
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", z_out_v, "yen",
       "約" + zen(z_out_s), approx=True)
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -12_000_000, "yen",
       "約" + zen(z_dec_s) + "の減少", approx=True)
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", ZEI["wo"] * 1000, "yen",
       zen(z_wo_s))

txt = ("現年課税分の収納率が高い水準で推移している一方で、滞納繰越分の圧縮が課題と認識しております。"
       "令和元年度の全体収納率は９４．８６％でしたので、この５年間で１ポイント余り改善したことになります。")
say("松本税務課長", txt, S1)
G.fact(2, "市税", "市税", 2019, "令和元年度", "total", "collection_rate", "actual", 94.86, "percent", "９４．８６％")

say("山根委員", "市税は改善しているとのことだが、国民健康保険税の状況はどうか。滞納している世帯数も含めて伺いたい。", S1)

k_out_s, k_out_v = man_oku(KOKU["out"])
KOKU_HH, KOKU_HH_PREV = 812, 855
txt = (f"国民健康保険税の令和６年度の収納率は、現年課税分が{zen(fmt(KOKU['rate_cur'], 2))}％、"
       f"滞納繰越分が{zen(fmt(KOKU['rate_arr'], 1))}％でございます。収入未済額は約{zen(k_out_s)}となり、"
       f"年度末の滞納世帯数は{zen(KOKU_HH)}世帯で、前年度の{zen(KOKU_HH_PREV)}世帯から{zen(KOKU_HH_PREV - KOKU_HH)}世帯減少しております。"
       "被保険者数の減少に伴い調定額も減少傾向にあり、収納率は横ばいで推移しております。")
say("森田保険年金課長", txt, S1)
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual",
       KOKU["rate_cur"], "percent", zen(f"{KOKU['rate_cur']:.2f}") + "％")
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual",
       KOKU["rate_arr"], "percent", zen(f"{KOKU['rate_arr']:.1f}") + "％")
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", k_out_v, "yen",
       "約" + zen(k_out_s), approx=True)
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", KOKU_HH,
       "households", zen(KOKU_HH) + "世帯")
G.fact(2, "国民健康保険税", "国民健康保険税", 2023, "前年度", "total", "delinquents", "actual", KOKU_HH_PREV,
       "households", zen(KOKU_HH_PREV) + "世帯")
G.fact(2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "difference", "actual", KOKU_HH - KOKU_HH_PREV,
       "households", zen(KOKU_HH_PREV - KOKU_HH) + "世帯減少")

say("山根委員", "滞納処分の実施状況はどうか。差押えの件数は増えているのか。", S1)
txt = ("市税と国民健康保険税を合わせた令和６年度の差押件数は４１２件で、５年度の３８８件から２４件増加しました。"
       "預貯金、給与のほか、生命保険や所得税還付金の差押えにも取り組んでおります。"
       "なお、市税の滞納者数は年度末で１，０２４人となっております。")
say("内藤収納対策室長", txt, S1)
G.fact(2, "市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", 1024, "persons", "１，０２４人")

say("遠藤委員", "納付の利便性の向上について、スマートフォン決済などの利用はどの程度進んでいるのか。", S1)
say("松本税務課長", "令和５年度から市税及び国民健康保険税でスマートフォン決済を導入し、令和６年度の利用件数は"
    "１２，４８０件と、前年度の約１．６倍となりました。口座振替の利用率は４２．３％で、"
    "新たに納税通知書に口座振替の申込みができる二次元コードを印刷し、加入の勧奨を行っております。", S1)
say("遠藤委員", "介護保険料と後期高齢者医療保険料は年金からの天引きが中心と聞いているが、未納の状況はどうか。", S1)
KAIGO, KOUKI = D["介護保険料"], D["後期高齢者医療保険料"]
txt = (f"介護保険料の令和６年度の収納率は全体で{zen(fmt(KAIGO['rate'], 2))}％、後期高齢者医療保険料は"
       f"{zen(fmt(KOUKI['rate'], 2))}％でございます。いずれも特別徴収の対象とならない普通徴収の方に未納が生じており、"
       "介護保険料については、滞納期間に応じて給付の制限があることを丁寧に説明し、早期の納付につなげております。")
say("吉岡健康福祉部長", txt, S1)
G.fact(2, "介護保険料", "介護保険料", 2024, "令和６年度", "total", "collection_rate", "actual", KAIGO["rate"], "percent",
       zen(fmt(KAIGO['rate'], 2)) + "％")
G.fact(2, "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "total", "collection_rate", "actual",
       KOUKI["rate"], "percent", zen(fmt(KOUKI['rate'], 2)) + "％")

# ---- page 3
page_break()
page = 3
say("藤原委員", "子育て世帯の負担にも配慮が必要だと思うが、保育料の収納状況と、未納が続く世帯への対応を伺いたい。", S1)
h_out_man = round(HOIKU["out"] / 10)  # 万円
txt = (f"保育所保育料の令和６年度の収納率は、現年度分が{zen(fmt(HOIKU['rate_cur'], 1))}％、"
       f"過年度分が{zen(fmt(HOIKU['rate_arr'], 1))}％でございます。収入未済額は約{zen(f'{h_out_man:,}')}万円で、"
       "その大半は卒園した児童の世帯に係るものです。在園児の世帯には、園を通じた案内や児童手当からの徴収の申出を"
       "勧めており、卒園児の世帯には文書と電話による催告を継続しております。")
say("景山子ども・家庭支援課長", txt, S1)
G.fact(3, "保育所保育料", "保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual",
       round(HOIKU["rate_cur"], 1), "percent", zen(f"{HOIKU['rate_cur']:.1f}") + "％")
G.fact(3, "保育所保育料", "保育所保育料", 2024, "令和６年度", "arrears", "collection_rate", "actual",
       HOIKU["rate_arr"], "percent", zen(f"{HOIKU['rate_arr']:.1f}") + "％")
G.fact(3, "保育所保育料", "保育所保育料", 2024, "令和６年度", "total", "outstanding", "actual", h_out_man * 10000,
       "yen", "約" + zen(f"{h_out_man:,}") + "万円", approx=True)

say("永見委員", "市営住宅使用料は私債権であり、税とは手続が異なると思う。法的措置の状況はどうなっているか。", S1)
j_out = JUTAKU["out"] * 1000
txt = (f"市営住宅使用料の収入未済額は、令和６年度末で{comma(j_out)}円でございます。"
       "このうち退去者分が約６割を占めております。入居者については、３か月以上の滞納者に対して連帯保証人を含めた"
       "催告を行い、改善が見られない場合は明渡し請求訴訟を検討しております。令和６年度は支払督促の申立てを３件行いました。")
say("三島建築住宅課長", txt, S1)
G.fact(3, "住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", j_out, "yen",
       comma(j_out) + "円")

say("田中委員", "回収の見込みがない債権をいつまでも抱えておくのは事務の負担にもなる。債権放棄の運用はどうなっているのか。", S1)
say("秦総務部長", "本市では債権管理条例に基づき、私債権について、債務者が死亡し相続人が不存在である場合や、"
    "生活困窮により将来にわたり弁済の見込みがない場合などに限って放棄を行っております。"
    "令和６年度は放棄の件数が５件で、その内容は議会に報告しております。今後も基準に沿って適切に判断してまいります。", S1)
say("渡部副委員長", "国民健康保険税の滞納繰越分の収納率は、他の債権と比べて低い。今年度の目標をどう置いているのか。", S1)
K_T_CUR, K_T_ARR = 95.90, 20.0
txt = (f"令和７年度の国民健康保険税の目標収納率は、現年課税分が{zen(fmt(K_T_CUR, 2))}％、滞納繰越分が"
       f"{zen(fmt(K_T_ARR, 1))}％でございます。滞納繰越分は高額で長期にわたる案件が多いため、"
       "財産調査を早期に行い、納付資力のある方には滞納処分を、資力のない方には執行停止を判断するなど、"
       "整理を進めてまいります。")
say("森田保険年金課長", txt, S1)
G.fact(3, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", K_T_CUR,
       "percent", zen(fmt(K_T_CUR, 2)) + "％")
G.fact(3, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "arrears", "collection_rate", "target", K_T_ARR,
       "percent", zen(fmt(K_T_ARR, 1)) + "％")

S2 = AGENDA[1]
say("石倉委員長", "続いて、安来市債権管理計画の進捗状況について説明を求めます。", S2)
AUG_CUR, AUG_CUR_PREV = 38.64, 38.12
TARGET_TOTAL = 96.30
txt = (f"計画では、令和７年度の市税の目標収納率を全体で{zen(fmt(TARGET_TOTAL, 2))}％と定めております。"
       f"８月末時点の現年課税分の収納率は{zen(fmt(AUG_CUR, 2))}％で、前年同月の{zen(fmt(AUG_CUR_PREV, 2))}％を"
       f"{zen(fmt(AUG_CUR - AUG_CUR_PREV, 2))}ポイント上回っております。"
       "今年度は、スマートフォン決済の周知強化、滞納初期段階での電話催告の徹底、複数債権を滞納している方の情報共有に取り組んでおります。")
say("内藤収納対策室長", txt, S2)
G.fact(3, "市税", "市税", 2025, "令和７年度", "total", "collection_rate", "target", TARGET_TOTAL, "percent",
       zen(f"{TARGET_TOTAL:.2f}") + "％")
G.fact(3, "市税", "市税", 2025, "８月末時点", "current", "collection_rate", "interim", AUG_CUR, "percent",
       zen(f"{AUG_CUR:.2f}") + "％", as_of="2025-08-31")
G.fact(3, "市税", "市税", 2024, "前年同月", "current", "collection_rate", "interim", AUG_CUR_PREV, "percent",
       zen(f"{AUG_CUR_PREV:.2f}") + "％", as_of="2024-08-31")
G.fact(3, "市税", "市税", 2025, "８月末時点", "current", "difference", "interim", round(AUG_CUR - AUG_CUR_PREV, 2),
       "points", zen(f"{AUG_CUR - AUG_CUR_PREV:.2f}") + "ポイント", as_of="2025-08-31")

say("足立委員", "計画の目標は達成できる見込みなのか。達成できない場合の見直しの考え方も示してほしい。", S2)
say("秦総務部長", "現時点では目標の達成は可能と見込んでおりますが、国民健康保険税の滞納繰越分など厳しい債権もございます。"
    "年度末の決算見込みを踏まえ、債権管理対策会議において取組の見直しを行い、必要に応じて本委員会にも報告いたします。", S2)
say("石倉委員長", "ほかにございませんか。（「なし」と呼ぶ者あり）以上で本日の所管事務調査を終了し、総務企画委員会を閉会いたします。", S2)

# ---- page 4: 資料１
page_break()
page = 4
para("資料１", align="r", size=10, font="IPAexGothic")
para("主要債権の収納状況（令和６年度決算）", bold=True, size=13, align="c", font="IPAexGothic")
para("税務課・収納対策室", align="r", size=9)
cols = ["債権名", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）",
        "収納率（％）", "前年度収納率（％）", "増減（ポイント）"]
t = doc.add_table(rows=1 + len(D) + 1, cols=len(cols))
cell_borders(t, True)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, c in enumerate(cols):
    set_cell(t.cell(0, j), c, size=8, align="c", bold=True, shade="D9D9D9")
FY, FYR = 2024, "令和６年度"
for i, (k, v) in enumerate(D.items(), 1):
    row = [v["short"], comma(v["asm"]), comma(v["col"]), comma(v["wo"]), comma(v["out"]),
           f"{v['rate']:.2f}", f"{v['prev']:.2f}", tri(v["diff"], "△", lambda x: f"{x:.2f}")]
    for j, c in enumerate(row):
        set_cell(t.cell(i, j), c, size=8.5, align="l" if j == 0 else "r")
    sr = v["short"]
    G.fact(4, k, sr, FY, FYR, "total", "assessed", "actual", v["asm"] * 1000, "yen", row[1])
    G.fact(4, k, sr, FY, FYR, "total", "collected", "actual", v["col"] * 1000, "yen", row[2])
    G.fact(4, k, sr, FY, FYR, "total", "written_off", "actual", v["wo"] * 1000, "yen", row[3])
    G.fact(4, k, sr, FY, FYR, "total", "outstanding", "actual", v["out"] * 1000, "yen", row[4])
    G.fact(4, k, sr, FY, FYR, "total", "collection_rate", "actual", v["rate"], "percent", row[5])
    G.fact(4, k, sr, 2023, "前年度", "total", "collection_rate", "actual", v["prev"], "percent", row[6])
    G.fact(4, k, sr, FY, FYR, "total", "difference", "actual", v["diff"], "points", row[7])
i = len(D) + 1
tot_prev = None
row = ["計", comma(TOT["asm"]), comma(TOT["col"]), comma(TOT["wo"]), comma(TOT["out"]), f"{TOT['rate']:.2f}", "－", "－"]
for j, c in enumerate(row):
    set_cell(t.cell(i, j), c, size=8.5, align="c" if j == 0 else "r", bold=(j == 0), shade="F2F2F2")
G.fact(4, None, "計", FY, FYR, "total", "assessed", "actual", TOT["asm"] * 1000, "yen", row[1])
G.fact(4, None, "計", FY, FYR, "total", "collected", "actual", TOT["col"] * 1000, "yen", row[2])
G.fact(4, None, "計", FY, FYR, "total", "written_off", "actual", TOT["wo"] * 1000, "yen", row[3])
G.fact(4, None, "計", FY, FYR, "total", "outstanding", "actual", TOT["out"] * 1000, "yen", row[4])
G.fact(4, None, "計", FY, FYR, "total", "collection_rate", "actual", TOT["rate"], "percent", row[5])
para()
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料", size=8.5)
para("（注）収納率＝収入済額÷調定額×１００。現年度分と滞納繰越分の合計で表示している。", size=8.5)
para(f"※ 市税の収入未済額のうち滞納繰越分　{comma(ZEI['out_arr'])}千円", size=8.5)
G.fact(4, "市税", "市税", FY, FYR, "arrears", "outstanding", "actual", ZEI["out_arr"] * 1000, "yen",
       comma(ZEI["out_arr"]) + "千円")
para(f"※ 国保税の収入未済額のうち現年課税分　{comma(KOKU['out_cur'])}千円", size=8.5)
G.fact(4, "国民健康保険税", "国保税", FY, FYR, "current", "outstanding", "actual", KOKU["out_cur"] * 1000, "yen",
       comma(KOKU["out_cur"]) + "千円")

para()
para("表２　現年度分・滞納繰越分別の収納率（令和６年度決算、単位：％）", bold=True, size=10.5, font="IPAexGothic")
keys = list(D)
t = doc.add_table(rows=4, cols=1 + len(keys))
cell_borders(t, True)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
set_cell(t.cell(0, 0), "区分", size=8.5, align="c", bold=True, shade="D9D9D9")
for j, k in enumerate(keys, 1):
    set_cell(t.cell(0, j), D[k]["short"], size=8.5, align="c", bold=True, shade="D9D9D9")
for i, (lab, seg, key, nd) in enumerate((("現年度分", "current", "rate_cur", 2), ("滞納繰越分", "arrears", "rate_arr", 2),
                                          ("計", "total", "rate", 2)), 1):
    set_cell(t.cell(i, 0), lab, size=8.5, align="c")
    for j, k in enumerate(keys, 1):
        v = D[k]
        val = round(v[key], nd) if key != "rate_arr" else round(v["arr"][1] / v["arr"][0] * 100 + 1e-12, 2)
        txt_ = fmt(val, nd)
        set_cell(t.cell(i, j), txt_, size=8.5, align="r")
        G.fact(4, k, v["short"], FY, FYR, seg, "collection_rate", "actual", val, "percent", txt_)
para("出典：税務課、保険年金課、介護保険課、子ども・家庭支援課、建築住宅課の決算資料をもとに収納対策室で作成", size=8)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-09-10", "method": None,
             "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}

src = WORK / f"{STEM}.docx"
doc.save(src)
out = soffice_to_pdf(src, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
out.replace(dst)
subset_fonts(dst)
n = pdf_pages(dst)
assert n == 4, n
G.write(dst, n)
print(STEM, n, "pages", len(G.facts), "facts", len(statements), "statements")
