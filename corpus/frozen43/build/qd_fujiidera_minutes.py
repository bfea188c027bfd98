"""qd_fujiidera_minutes_1: 藤井寺市議会 決算審査特別委員会記録 (python-docx -> LibreOffice).

Run from corpus/frozen43:  python3 build/qd_fujiidera_minutes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from qd_common import (Gold, PDF_DIR, WORK, check, comma, man_oku, rate, signed, soffice_pdf,
                       write_gold, zen)

STEM = "qd_fujiidera_minutes_1"
CITY = "藤井寺市"
FY = 2023
g = Gold()

# ---------------------------------------------------------------- data (yen, 令和5年度決算)
# short label, canonical debt, current assessed/collected, arrears assessed/collected, written off
DEBTS = [
    ("市税", "市税", 7912436210, 7843155905, 398112450, 125204118, 28560111),
    ("国保税", "国民健康保険税", 1523448900, 1456010200, 512336700, 108455300, 41220500),
    ("介護料", "介護保険料", 1402118400, 1391772100, 32118900, 6812300, 8112000),
    ("後期高齢", "後期高齢者医療保険料", 1006554300, 1003122800, 5882100, 2410500, 512300),
    ("保育料", "保育所保育料", 182345600, 180002400, 14552300, 3102900, 1804500),
    ("住宅使用料", "市営住宅使用料", 96552000, 93778500, 48213600, 6902100, 3015200),
    ("下水道", "下水道使用料", 1120456800, 1112893200, 22334100, 8774600, 1102400),
]
# 収入未済額 令和4年度末 (千円), 滞納者数 (人), 差押件数 (件)
PREV_OUT = {"市税": 344812, "国保税": 451204, "介護料": 29915, "後期高齢": 6012,
            "保育料": 12876, "住宅使用料": 43350, "下水道": 21488}
DELINQ = {"市税": 2184, "国保税": 1652, "介護料": 611, "後期高齢": 97, "保育料": 88,
          "住宅使用料": 74, "下水道": 402}
SEIZE = {"市税": 356, "国保税": 214, "介護料": 12, "後期高齢": 3, "保育料": 6, "住宅使用料": "－",
         "下水道": "－"}


def calc(d):
    s, full, ca, cc, aa, ac, wo = d
    return dict(short=s, full=full, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ca + aa, tc=cc + ac,
                out=ca + aa - cc - ac - wo)


ROWS = [calc(d) for d in DEBTS]
TOT = {k: sum(r[k] for r in ROWS) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")}
ZEI = ROWS[0]
KOKU = ROWS[1]
JUTAKU = ROWS[5]

# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(24)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAex明朝"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15

# page footer with page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("－ ")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
fp._p.append(fld)
fp.add_run(" －")


def para(text="", *, bold=False, size=None, align=None, indent=None, first=None, gothic=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Pt(10.5 * indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Pt(10.5 * first)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if gothic:
        run.font.name = "IPAexゴシック"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexゴシック")
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def rule_line():
    para("―" * 38, align="c")


def set_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, val in edges.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        b.append(el)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, size=8, align="r", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.line_spacing = 1.0
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


# ---------------------------------------------------------------- page 1: 表紙部分・出席者
PAGE = 1
para("決算審査特別委員会記録", bold=True, size=15, align="c", gothic=True)
para("")
para("１　開会日時　　令和６年９月１７日（火）　午前１０時００分開会　午後３時１２分閉会")
para("２　場　　所　　第１委員会室")
para("３　出席委員（７名）")
MEMBERS = [("委員長", "山本　和宏"), ("副委員長", "北村　恵子"), ("委員", "田中　浩二"),
           ("委員", "岡田　真由美"), ("委員", "西尾　健"), ("委員", "松浦　孝之"), ("委員", "吉川　聡")]
for i in range(0, len(MEMBERS), 2):
    line = "　　".join(f"{r}　{n}" for r, n in MEMBERS[i:i + 2])
    para(line, indent=2)
para("４　欠席委員（１名）")
para("委員　　藤原　清", indent=2)
para("５　説明のため出席した者（１０名）")
STAFF = [("副市長", "中井　隆志"), ("総務部長", "森本　修一"), ("総務部理事兼税務課長", "西川　雅人"),
         ("健康福祉部長", "上田　直樹"), ("子育て・健康部長", "谷口　美穂"), ("保険年金課長", "竹内　亮"),
         ("高齢介護課長", "奥野　由紀"), ("都市整備部長", "浜田　誠"), ("住宅政策課長", "木下　勇人"),
         ("上下水道部長", "川端　浩")]
for i in range(0, len(STAFF), 2):
    line = "　　".join(f"{t}　{n}" for t, n in STAFF[i:i + 2])
    para(line, indent=2)
para("６　事務局職員（３名）")
CLERKS = [("議会事務局長", "宮本　敦"), ("議事課長", "小西　隆"), ("議事課主査", "平田　彩")]
para("　　".join(f"{t}　{n}" for t, n in CLERKS), indent=2)
para("７　本日の会議に付した事件")
AGENDA = ["認定第１号　令和５年度藤井寺市一般会計歳入歳出決算認定について（歳入）",
          "認定第２号　令和５年度藤井寺市国民健康保険事業特別会計歳入歳出決算認定について",
          "市の債権の管理状況について（報告）"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(i)}）{a}", indent=1)
para("８　配付資料　　決算審査特別委員会資料（債権の収納状況）")
para("")
rule_line()
para("　　　　　　　　　　　　　　　　　　　　　　午前１０時００分　開会")

STATEMENTS = []


def say(speaker, text, section):
    """○speaker marker followed by the statement."""
    p = para("", first=-1, indent=1)
    run = p.add_run("○" + speaker + "　")
    run.font.name = "IPAexゴシック"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexゴシック")
    p.add_run(text)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": PAGE})


sec1 = AGENDA[0]
say("山本委員長", "ただいまから決算審査特別委員会を開会いたします。本日は、藤原委員から欠席の届出がありましたので御報告いたします。"
    "それでは、認定第１号の歳入について、理事者から説明を求めます。", sec1)

# ---------------------------------------------------------------- page 2: 市税の質疑
page_break()
PAGE = 2
zr_c, zr_a, zr_t = rate(ZEI["cc"], ZEI["ca"]), rate(ZEI["ac"], ZEI["aa"]), rate(ZEI["tc"], ZEI["ta"])
prev_zr_t = round(zr_t - 0.28, 2)
zei_out = round(ZEI["out"], -4)
zei_prev_out = PREV_OUT["市税"] * 1000
zei_dec = round(zei_prev_out - ZEI["out"], -4)
t = ("それでは、歳入のうち市税について御説明いたします。令和５年度決算における市税の収納率は、現年課税分が"
     + g.fact(PAGE, f"{zr_c:.2f}％", zr_c, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", segment="current")
     + "、滞納繰越分が"
     + g.fact(PAGE, f"{zr_a:.2f}％", zr_a, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", segment="arrears")
     + "、合計で"
     + g.fact(PAGE, f"{zr_t:.2f}％", zr_t, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", segment="total")
     + "となりました。前年度の"
     + g.fact(PAGE, f"{prev_zr_t:.2f}％", prev_zr_t, "collection_rate", debt="市税", debt_raw="市税",
              fy=FY - 1, fy_raw="前年度", segment="total")
     + "と比べ、"
     + g.fact(PAGE, "0.28ポイント", 0.28, "difference", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", unit="points")
     + "の上昇でございます。また、収入未済額は"
     + g.fact(PAGE, "約" + man_oku(zei_out), zei_out, "outstanding", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", approx=True)
     + "で、前年度から"
     + g.fact(PAGE, "約" + man_oku(zei_dec), -zei_dec, "difference", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="令和５年度", approx=True)
     + "減少しております。不納欠損額は"
     + g.fact(PAGE, man_oku(round(ZEI["wo"], -4)).replace("円", "円余"), round(ZEI["wo"], -4),
              "written_off", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", approx=True)
     + "で、執行停止後３年を経過したものが中心でございます。")
say("西川税務課長", t, sec1)
say("田中委員", "市税の収納率が上がっていることは評価いたしますが、滞納繰越分の収納率はまだ３割程度にとどまっております。"
    "滞納繰越分について、どのような取組をされたのか、また差押えの状況についてお聞かせください。", sec1)
zr_a_2019 = 24.86
t = ("滞納繰越分につきましては、令和元年度の"
     + g.fact(PAGE, f"{zr_a_2019:.2f}％", zr_a_2019, "collection_rate", debt="市税", debt_raw="市税",
              fy=2019, fy_raw="令和元年度", segment="arrears")
     + "から５年度は"
     + g.fact(PAGE, f"{zr_a:.2f}％", zr_a, "collection_rate", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="５年度", segment="arrears")
     + "まで改善してまいりました。預貯金や給与の調査を早い段階で行い、納付に応じていただけない方には差押えを執行しております。"
     + "５年度の差押件数は" + zen(SEIZE["市税"]) + "件で、このうち預貯金の差押えが約７割を占めております。"
     + "また、大阪府域地方税徴収機構への引継ぎも引き続き行っております。")
say("西川税務課長", t, sec1)
say("田中委員", "滞納者の数はどのくらいになっているのでしょうか。", sec1)
t = ("令和５年度末時点の市税の滞納者数は"
     + g.fact(PAGE, f"{DELINQ['市税']:,}人", DELINQ["市税"], "delinquents", debt="市税", debt_raw="市税",
              fy=FY, fy_raw="令和５年度", unit="persons")
     + "でございまして、前年度末から"
     + g.fact(PAGE, "１３２人", -132, "difference", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度",
              unit="persons")
     + "減少しております。少額の滞納が多いことから、早期の電話催告と"
     + "ショートメッセージによる案内を組み合わせて、滞納繰越に移行させない取組を続けてまいります。")
say("西川税務課長", t, sec1)

say("吉川委員", "ショートメッセージによる案内は、どの程度の効果があったのでしょうか。また、キャッシュレス決済の利用状況についても併せてお伺いします。", sec1)
say("西川税務課長", "ショートメッセージは、納期限を過ぎて間もない方を対象に年４回送信しており、送信後１か月以内に約６割の方から納付をいただいております。"
    "キャッシュレス決済につきましては、スマートフォン決済アプリによる納付が年々増えており、特に若い世代の利用が多い状況でございます。"
    "今後は、口座振替の申込みをウェブで受け付ける仕組みの導入も検討してまいります。", sec1)
say("吉川委員", "納めやすい環境を整えることが、結果として滞納の予防につながると思います。引き続き取り組んでいただきますよう要望いたします。", sec1)
say("松浦委員", "大阪府域地方税徴収機構への引継ぎについて、引き継いだ案件の処理状況はどうなっていますか。", sec1)
say("西川税務課長", "機構へは、高額で処理が困難な案件を中心に毎年度引き継いでおります。引継ぎの予告を行った段階で自主的に納付される方も多く、"
    "予告による効果も含めて、一定の成果が上がっているものと考えております。", sec1)

# ---------------------------------------------------------------- page 3: 国保税
page_break()
PAGE = 3
sec2 = AGENDA[1]
say("山本委員長", "次に、認定第２号について、理事者から説明を求めます。", sec2)
kr_c, kr_a = rate(KOKU["cc"], KOKU["ca"]), rate(KOKU["ac"], KOKU["aa"])
kr_c_prev = round(kr_c - 0.41, 2)
k_out = round(KOKU["out"], -4)
t = ("国民健康保険税の令和５（２０２３）年度の収納率は、現年課税分で"
     + g.fact(PAGE, f"{kr_c:.2f}％", kr_c, "collection_rate", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY, fy_raw="令和５（２０２３）年度", segment="current")
     + "となり、前年度の"
     + g.fact(PAGE, f"{kr_c_prev:.2f}％", kr_c_prev, "collection_rate", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY - 1, fy_raw="前年度", segment="current")
     + "から"
     + g.fact(PAGE, "0.41ポイント", 0.41, "difference", debt="国民健康保険税", debt_raw="国民健康保険税",
              fy=FY, fy_raw="令和５（２０２３）年度", segment="current", unit="points")
     + "改善いたしました。滞納繰越分は"
     + g.fact(PAGE, f"{kr_a:.2f}％", kr_a, "collection_rate", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY, fy_raw="令和５（２０２３）年度", segment="arrears")
     + "でございます。収入未済額は"
     + g.fact(PAGE, "約" + man_oku(k_out), k_out, "outstanding", debt="国民健康保険税",
              debt_raw="国民健康保険税", fy=FY, fy_raw="令和５（２０２３）年度", approx=True)
     + "で、被保険者数の減少もあり、前年度と比べて"
     + g.fact(PAGE, "約２，１１０万円", -21100000, "difference", debt="国民健康保険税", debt_raw="国民健康保険税",
              fy=FY, fy_raw="令和５（２０２３）年度", approx=True)
     + "の減少となっております。")
say("竹内保険年金課長", t, sec2)
say("岡田委員", "国保税は所得の低い世帯の加入が多く、滞納が生活の困窮から生じている場合も少なくないと思います。"
    "納付相談の際に、福祉部門へつなぐような取組はされているのでしょうか。", sec2)
say("竹内保険年金課長", "納付相談の中で生活にお困りの事情が分かった場合には、生活困窮者自立相談支援窓口を御案内し、"
    "必要に応じて担当職員が同席して相談を受けております。令和５年度は４１件をおつなぎいたしました。"
    "一方で、資力があるにもかかわらず納付いただけない方には、税務課と連携して滞納処分を行っております。", sec2)
say("子育て・健康部長", "補足いたします。子育て世帯につきましては、保育料や児童手当の窓口とも情報を共有し、"
    "世帯の状況に応じた納付計画を御案内するよう、部内で申合せをしております。", sec2)
say("岡田委員", "福祉との連携は大切ですので、引き続きお願いいたします。", sec2)

say("北村副委員長", "国保税の現年課税分の収納率は改善しているとのことですが、府内の他市と比べるとどの程度の位置にあるのでしょうか。", sec2)
say("竹内保険年金課長", "府内の市の中では、おおむね中位に位置しております。府の統一保険料への移行に伴い、収納率の目標も府から示されておりますので、"
    "その目標を下回らないよう、口座振替の勧奨と早期の催告に重点を置いて取り組んでまいります。", sec2)
say("北村副委員長", "分かりました。短期被保険者証の交付の状況についても、後ほど資料で御提供いただければと思います。", sec2)
say("山本委員長", "ただいまの資料要求について、理事者は対応をお願いいたします。", sec2)

# ---------------------------------------------------------------- page 4: 債権管理の報告
page_break()
PAGE = 4
sec3 = AGENDA[2]
say("山本委員長", "次に、市の債権の管理状況について、報告を求めます。", sec3)
tot_out = round(TOT["out"], -4)
prev_tot = sum(PREV_OUT.values()) * 1000
dec_tot = round(prev_tot - TOT["out"], -4)
jr_c = rate(JUTAKU["cc"], JUTAKU["ca"])
t = ("お手元の資料を御覧ください。市税を含む主な７債権の令和５年度末の収入未済額の合計は"
     + g.fact(PAGE, "約" + man_oku(tot_out), tot_out, "outstanding", debt=None, debt_raw="主な７債権",
              fy=FY, fy_raw="令和５年度", approx=True)
     + "で、４年度末と比べ"
     + g.fact(PAGE, "約" + man_oku(dec_tot), -dec_tot, "difference", debt=None, debt_raw="主な７債権",
              fy=FY, fy_raw="令和５年度", approx=True)
     + "の減少となりました。債権ごとの詳細は資料の表のとおりでございます。"
     + "なお、市営住宅使用料の現年度分の収納率は"
     + g.fact(PAGE, f"{jr_c:.2f}％", jr_c, "collection_rate", debt="市営住宅使用料",
              debt_raw="市営住宅使用料", fy=FY, fy_raw="令和５年度", segment="current")
     + "で、他の債権に比べ低い水準にとどまっております。")
say("森本総務部長", t, sec3)
say("西尾委員", "市営住宅使用料については、長期に滞納している方や退去された方の分が残っているのではないかと思います。"
    "今後の対応をお聞かせください。", sec3)
say("木下住宅政策課長", "退去者分につきましては、連帯保証人への請求を行うとともに、所在が分からない方については"
    "調査を行ったうえで、徴収停止や債権放棄の手続を検討しております。入居中の方については、"
    "３か月以上の滞納となった時点で面談を行い、分納誓約を求めております。", sec3)
say("西尾委員", "法的措置についてはいかがでしょうか。", sec3)
say("木下住宅政策課長", "分納誓約を履行されない方には明渡し請求訴訟を含めて検討いたします。"
    "令和５年度は２件の訴えを提起いたしました。", sec3)
say("田中委員", "債権の管理について、全庁的な体制はどのようになっているのでしょうか。所管課ごとにばらつきがあるように感じます。", sec3)
say("森本総務部長", "令和４年度に債権管理条例を施行し、税務課に債権管理の担当を置いて、各所管課からの相談に応じております。"
    "また、年２回の債権管理研修を実施し、督促から滞納処分、債権放棄までの事務の流れを統一するよう努めております。", sec3)
say("山本委員長", "ほかに御質疑はございませんか。――ないようですので、本日の審査はこれで終わります。"
    "次回は９月１９日午前１０時から開会いたします。本日はこれで散会いたします。", sec3)
para("")
para("　　　　　　　　　　　　　　　　　　　　　　午後３時１２分　散会")

# ---------------------------------------------------------------- page 5: 配付資料
page_break()
PAGE = 5
para("決算審査特別委員会資料", bold=True, size=12, align="c", gothic=True)
para("令和５年度 主な債権の収納状況（決算）", bold=True, gothic=True)
para("（単位：百万円、％）", align="r", size=9)

cols = ["区　分", "調定額", "収入済額", "収納率"]
tbl = doc.add_table(rows=2 + len(ROWS) + 1, cols=10)
no_borders(tbl)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(22)] + [Mm(15.3)] * 9
tbl.autofit = False
for col, w in zip(tbl.columns, widths):
    col.width = w
for row in tbl.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
h0, h1 = tbl.rows[0].cells, tbl.rows[1].cells
cell_text(h0[0], "債権", align="c")
for gi, gname in enumerate(["現年度分", "滞納繰越分", "合計"]):
    a = h0[1 + gi * 3].merge(h0[3 + gi * 3])
    cell_text(a, gname, align="c")
    for j, m in enumerate(["調定額", "収入済額", "収納率"]):
        cell_text(h1[1 + gi * 3 + j], m, align="c")
h0[0].merge(h1[0])
for c in h0:
    set_border(c, top="single")
for c in h1:
    set_border(c, bottom="single")
SEG = {"現年度分": "current", "滞納繰越分": "arrears", "合計": "total"}


def mil(v):
    return f"{v / 1e6:,.1f}"


for ri, r in enumerate(ROWS + [dict(TOT, short="合計", full=None)]):
    cells = tbl.rows[2 + ri].cells
    cell_text(cells[0], r["short"], align="l", bold=(r["short"] == "合計"))
    debt = r["full"]
    for gi, (a, c, seg) in enumerate([("ca", "cc", "current"), ("aa", "ac", "arrears"), ("ta", "tc", "total")]):
        av, cv = r[a], r[c]
        rv = rate(cv, av, 1)
        kw = dict(debt=debt, debt_raw=r["short"], fy=FY, fy_raw="令和５年度", segment=seg)
        cell_text(cells[1 + gi * 3], g.fact(PAGE, mil(av), round(av / 1e5) * 100000, "assessed", **kw))
        cell_text(cells[2 + gi * 3], g.fact(PAGE, mil(cv), round(cv / 1e5) * 100000, "collected", **kw))
        cell_text(cells[3 + gi * 3], g.fact(PAGE, f"{rv:.1f}", rv, "collection_rate", **kw))
para("注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料、下水道＝下水道使用料", size=8)
para("　　百万円未満を四捨五入しているため、合計が一致しない場合があります。", size=8)
para("")
para("主な債権の収入未済額・不納欠損額等", bold=True, gothic=True)
para("（単位：千円、人、件）", align="r", size=9)
tb2 = doc.add_table(rows=2 + len(ROWS) + 1, cols=7)
no_borders(tb2)
tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
w2 = [Mm(24), Mm(22), Mm(22), Mm(20), Mm(22), Mm(18), Mm(16)]
tb2.autofit = False
for col, w in zip(tb2.columns, w2):
    col.width = w
for row in tb2.rows:
    for c, w in zip(row.cells, w2):
        c.width = w
a0, a1 = tb2.rows[0].cells, tb2.rows[1].cells
cell_text(a0[0], "債権", align="c")
m = a0[1].merge(a0[3])
cell_text(m, "収入未済額", align="c")
for j, hname in enumerate(["R4年度末", "R5年度末", "増減"]):
    cell_text(a1[1 + j], hname, align="c")
cell_text(a0[4], "不納欠損額", align="c")
cell_text(a1[4], "R5年度", align="c")
cell_text(a0[5], "滞納者数", align="c")
cell_text(a1[5], "R5年度末", align="c")
cell_text(a0[6], "差押件数", align="c")
cell_text(a1[6], "R5年度", align="c")
for c in a0:
    set_border(c, top="single")
for c in a1:
    set_border(c, bottom="single")
for ri, r in enumerate(ROWS + [dict(TOT, short="合計", full=None)]):
    cells = tb2.rows[2 + ri].cells
    s = r["short"]
    cell_text(cells[0], s, align="l", bold=(s == "合計"))
    prev = PREV_OUT[s] if s in PREV_OUT else sum(PREV_OUT.values())
    cur = round(r["out"] / 1000)
    kw = dict(debt=r["full"], debt_raw=s, segment="total")
    cell_text(cells[1], g.fact(PAGE, comma(prev), prev * 1000, "outstanding", fy=FY - 1, fy_raw="R4年度末", **kw))
    cell_text(cells[2], g.fact(PAGE, comma(cur), cur * 1000, "outstanding", fy=FY, fy_raw="R5年度末", **kw))
    cell_text(cells[3], g.fact(PAGE, comma(cur - prev), (cur - prev) * 1000, "difference", fy=FY,
                               fy_raw="R5年度末", **kw))
    wo = round(r["wo"] / 1000)
    cell_text(cells[4], g.fact(PAGE, comma(wo), wo * 1000, "written_off", fy=FY, fy_raw="R5年度", **kw))
    if s in DELINQ:
        dq, sz = DELINQ[s], SEIZE[s]
    else:
        dq = sum(DELINQ.values())
        sz = sum(v for v in SEIZE.values() if isinstance(v, int))
    cell_text(cells[5], g.fact(PAGE, comma(dq), dq, "delinquents", fy=FY, fy_raw="R5年度末", unit="persons", **kw))
    if isinstance(sz, int):
        cell_text(cells[6], g.fact(PAGE, comma(sz), sz, "seizures", fy=FY, fy_raw="R5年度", unit="cases", **kw))
    else:
        cell_text(cells[6], sz, align="c")
para("注）増減欄の△は減少を示す。滞納者数は各年度末現在の実人数。", size=8)

# ---------------------------------------------------------------- build
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path, WORK)
(PDF_DIR / f"{STEM}.pdf").write_bytes(pdf.read_bytes())

attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
             + [{"role": "説明員", "title": t, "name": n} for t, n in STAFF]
             + [{"role": "事務局", "title": t, "name": n} for t, n in CLERKS])
minutes = {"title": "決算審査特別委員会記録", "meeting_number": None, "date": "2024-09-17",
           "method": None, "attendees": attendees, "agenda": AGENDA,
           "materials": ["決算審査特別委員会資料（債権の収納状況）"], "statements": STATEMENTS}
write_gold(STEM, g, kind="minutes", family="minutes", municipality=CITY, title="決算審査特別委員会記録",
           date="2024-09-17", date_raw="令和６年９月１７日", minutes=minutes)
check(STEM)
