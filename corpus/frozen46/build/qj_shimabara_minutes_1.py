"""qj_shimabara_minutes_1: 島原市議会 総務委員会記録（所管事務調査「市の債権管理について」）.

Tool chain: python-docx → LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/frozen46.
Pages are fixed by explicit page breaks; each page's content stays well inside one page.
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from qj_lib import PDF_DIR, WORK, Gold, fw, gen_debt, hyakuman, oku_man, rate, soffice_pdf

STEM = "qj_shimabara_minutes_1"
CITY = "島原市"
rng = random.Random(4602)
YEARS = [2022, 2023]
# name, 区分(公/私), cur0, growth, cur rates, arr rates, wo, arrears0
DEBTS = [
    ("市税", "公", 4_812_000_000, 0.006, [98.97, 99.12], [26.9, 28.4], [0.071, 0.066], 228_000_000),
    ("国民健康保険税", "公", 1_118_000_000, -0.018, [94.02, 94.35], [20.8, 22.1], [0.092, 0.088], 268_000_000),
    ("介護保険料", "公", 912_000_000, 0.009, [98.71, 98.80], [17.5, 18.6], [0.121, 0.117], 24_800_000),
    ("後期高齢者医療保険料", "公", 468_000_000, 0.021, [99.38, 99.42], [35.2, 36.8], [0.061, 0.058], 5_100_000),
    ("保育所保育料", "公", 121_000_000, -0.025, [98.41, 98.56], [12.6, 13.9], [0.046, 0.043], 9_800_000),
    ("生活保護費返還金", "公", 31_500_000, 0.012, [61.2, 63.5], [4.1, 4.6], [0.021, 0.019], 72_400_000),
    ("市営住宅使用料", "私", 176_000_000, -0.006, [96.05, 95.82], [10.2, 9.6], [0.015, 0.012], 46_100_000),
    ("水道料金", "私", 1_046_000_000, -0.004, [98.83, 98.91], [41.5, 43.2], [0.032, 0.030], 28_700_000),
    ("奨学資金貸付金", "私", 18_400_000, -0.03, [86.2, 87.5], [7.8, 8.4], [0.0, 0.0], 21_300_000),
]
DATA = {}
for name, kb, cur0, g, cr, ar, wo, a0 in DEBTS:
    DATA[name] = gen_debt(rng, YEARS, cur0, g, cr, ar, wo, a0)
NAMES = [d[0] for d in DEBTS]
KUBUN = {d[0]: d[1] for d in DEBTS}


def tot(fy, key):
    return sum(DATA[n][fy]["total"][key] for n in NAMES)


OUT_2019 = tot(2023, "outstanding") + 169_437_000   # 令和元年度末 (quoted in a speech)

G = Gold(STEM, "minutes", "minutes", CITY, "島原市議会 総務委員会記録", "2024-10-08", "令和６年10月８日")

# ------------------------------------------------------------------ docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
FONT = "IPAexMincho"
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(18)

# footer page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fld(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


fp.add_run("－ ")
_fld(fp, "PAGE")
fp.add_run(" －")


def para(text="", size=None, bold=False, align=None, indent_mm=0, first_mm=None, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tabbed(parts, stops=(38, 80, 112), indent_mm=8):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(indent_mm)
    for x in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.LEFT)
    p.add_run("\t".join(parts))
    return p


def spaced(name):
    """'森田健二' → '森　田　健　二' (names printed with spaces as in council records)."""
    return "　".join(name)


# ------------------------------------------------------------------ attendees
MEMBERS = [("委員長", "森田", "健二"), ("副委員長", "酒井", "恵子"), ("委員", "本田", "一郎"), ("委員", "山下", "美保"),
           ("委員", "林田", "修"), ("委員", "中島", "大輔")]
ABSENT = [("委員", "松尾", "誠")]
OFFICIALS = [("市民部長", "宮崎", "浩之"), ("税務課長", "石橋", "誠"), ("収納対策室長", "内田", "聡"),
             ("保険健康課長", "田中", "裕子"), ("こども・福祉部長", "古川", "直樹"), ("都市整備部長", "吉田", "和也")]
STAFF = [("議事調査課長", "馬場", "徹"), ("書記", "永田", "彩")]
attendees = []


def name_cell(fam, giv):
    if len(fam) == 2 and len(giv) == 1:
        return f"{fam[0]}　{fam[1]}　　　{giv}"
    return "　".join(fam + giv)


# ------------------------------------------------------------------ page 1: header
para("島原市議会", 12, align="c")
para("総　務　委　員　会　記　録", 16, bold=True, align="c", font="IPAexGothic")
para("")
para("１　日　　時　　令和６年10月８日（火）　午前10時00分開会　午前11時38分閉会")
para("２　場　　所　　第２委員会室")
para(f"３　出席委員（{fw(len(MEMBERS))}名）")
for i in range(0, len(MEMBERS), 2):
    parts = []
    for role, fam, giv in MEMBERS[i:i + 2]:
        rl = {"委員長": "委 員 長", "副委員長": "副委員長", "委員": "委　　員"}[role]
        parts += [rl, name_cell(fam, giv)]
        attendees.append({"role": role, "title": None, "name": fam + giv})
    tabbed(parts, (25, 80, 97))
para(f"４　欠席委員（{fw(len(ABSENT))}名）")
for role, fam, giv in ABSENT:
    tabbed(["委　　員", name_cell(fam, giv)], (25,))
para(f"５　説明のため出席した者（{fw(len(OFFICIALS))}名）")
for i in range(0, len(OFFICIALS), 2):
    parts = []
    for title, fam, giv in OFFICIALS[i:i + 2]:
        parts += [title, name_cell(fam, giv)]
        attendees.append({"role": title, "title": title, "name": fam + giv})
    tabbed(parts, (38, 80, 112))
para(f"６　事務局職員出席者（{fw(len(STAFF))}名）")
parts = []
for title, fam, giv in STAFF:
    parts += [title, name_cell(fam, giv)]
    attendees.append({"role": title, "title": title, "name": fam + giv})
tabbed(parts, (38, 80, 112))
para("７　付議事件")
para("所管事務調査　市の債権管理について", indent_mm=8)
para("８　会議の経過", )
para("別紙のとおり", indent_mm=8)
para("")
para("以上のとおり相違ないことを認め、ここに署名する。", indent_mm=8)
para("総務委員会委員長　　森　田　健　二", align="r")

# ------------------------------------------------------------------ statements
statements = []
SECTION = "所管事務調査　市の債権管理について"


def say(speaker, text, page):
    statements.append({"speaker": speaker, "section": SECTION, "text": text, "page": page})
    p = para(indent_mm=0, first_mm=0)
    r = p.add_run("○" + speaker)
    r.font.name = "IPAexGothic"
    r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run("　" + text.split("\n")[0])
    for cont in text.split("\n")[1:]:
        para("　" + cont)


def jp_rate(x, nd=2):
    """Full-width rate as in the record: ９９．１２"""
    return fw(f"{x:.{nd}f}").replace("．", "．")


def jp_oku(yen):
    s, v = oku_man(yen, 100_000)
    return fw(s), v


page_break()
# ---------------------------------------------------------------- page 2
pg = 2
para("午前10時00分開会", align="c")
say("森田委員長", "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として、市の債権管理について調査を行います。"
    "執行部から説明をお願いいたします。", pg)
o23, o22 = tot(2023, "outstanding"), tot(2022, "outstanding")
r23 = rate(tot(2023, "collected"), tot(2023, "assessed"))
r22 = rate(tot(2022, "collected"), tot(2022, "assessed"))
dd = round(r23 - r22, 2)
s_o, v_o = jp_oku(o23)
s_d, v_d = jp_oku(o22 - o23)
G.fact(pg, None, None, 2023, "令和５（2023）年度決算", "total", "outstanding", "actual", v_o, "yen", f"約{s_o}", approx=True)
G.fact(pg, None, None, 2023, "令和５（2023）年度決算", "total", "difference", "actual", -v_d, "yen", f"約{s_d}", approx=True)
G.fact(pg, None, None, 2023, "令和５（2023）年度決算", "total", "collection_rate", "actual", r23, "percent", f"{jp_rate(r23)}％")
G.fact(pg, None, None, 2023, "令和５（2023）年度決算", "total", "difference", "actual", dd, "points", f"{jp_rate(abs(dd))}ポイント")
say("宮崎市民部長", "市民部長の宮崎でございます。本日は、本市の債権管理の状況について御説明いたします。お手元の資料を御覧ください。"
    f"\n令和５（2023）年度決算における本市の主な債権の収入未済額は、合計で約{s_o}となり、前年度と比べ約{s_d}の減少となりました。"
    f"収納率は全体で{jp_rate(r23)}％となり、前年度と比べて{jp_rate(abs(dd))}ポイント{'上昇' if dd >= 0 else '低下'}しております。"
    "\n債権ごとの状況につきましては、担当課長から御説明いたします。", pg)
s = DATA["市税"]
sc, sa, st_ = (rate(s[2023][g]["collected"], s[2023][g]["assessed"], nd) for g, nd in (("current", 2), ("arrears", 1), ("total", 2)))
st22 = rate(s[2022]["total"]["collected"], s[2022]["total"]["assessed"])
sd = round(st_ - st22, 2)
so, sov = jp_oku(s[2023]["total"]["outstanding"])
sdo, sdov = jp_oku(s[2022]["total"]["outstanding"] - s[2023]["total"]["outstanding"])
sw, swv = jp_oku(s[2023]["total"]["written_off"])
fy5 = "令和５年度"
G.fact(pg, "市税", "市税", 2023, fy5, "current", "collection_rate", "actual", sc, "percent", f"{jp_rate(sc)}％")
G.fact(pg, "市税", "市税", 2023, fy5, "arrears", "collection_rate", "actual", sa, "percent", f"{jp_rate(sa, 1)}％")
G.fact(pg, "市税", "市税", 2023, fy5, "total", "collection_rate", "actual", st_, "percent", f"{jp_rate(st_)}％")
G.fact(pg, "市税", "市税", 2023, fy5, "total", "difference", "actual", sd, "points", f"{jp_rate(abs(sd))}ポイント")
G.fact(pg, "市税", "市税", 2023, fy5, "total", "outstanding", "actual", sov, "yen", f"約{so}", approx=True)
G.fact(pg, "市税", "市税", 2023, fy5, "total", "difference", "actual", -sdov, "yen", f"約{sdo}", approx=True)
G.fact(pg, "市税", "市税", 2023, fy5, "total", "written_off", "actual", swv, "yen", f"約{sw}", approx=True)
say("石橋税務課長", "税務課長の石橋でございます。市税について御説明いたします。"
    f"\n令和５年度の市税の収納率は、現年課税分が{jp_rate(sc)}％、滞納繰越分が{jp_rate(sa, 1)}％、全体で{jp_rate(st_)}％となり、"
    f"全体では前年度と比べ{jp_rate(abs(sd))}ポイント{'上昇' if sd >= 0 else '低下'}いたしました。収入未済額は約{so}で、前年度から約{sdo}減少しております。"
    f"\nなお、同年度の不納欠損額は約{sw}で、その大半は、滞納処分の執行停止後３年を経過したものでございます。", pg)
say("森田委員長", "説明が終わりましたので、質疑に入ります。質疑はありませんか。", pg)

# ---------------------------------------------------------------- page 2 (cont.)
pg = 2
k = DATA["国民健康保険税"]
kc = rate(k[2023]["current"]["collected"], k[2023]["current"]["assessed"])
ka = rate(k[2023]["arrears"]["collected"], k[2023]["arrears"]["assessed"], 1)
ko, kov = jp_oku(k[2023]["total"]["outstanding"])
G.fact(pg, "国民健康保険税", "国保税", 2023, "令和５年度", "current", "collection_rate", "actual", kc, "percent", f"{kc:.2f}％")
say("本田委員", f"国保税についてお尋ねします。令和５年度の現年分の収納率は{kc:.2f}％とのことですが、市税と比べるとまだ低い水準にあります。"
    "被保険者の所得が低い世帯が多いことは承知していますが、収納率向上のためにどのような取組をされているのか伺います。", pg)
HH23, HH22 = 1036, 1088
G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kc, "percent", f"{jp_rate(kc)}％")
G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", ka, "percent", f"{jp_rate(ka, 1)}％")
G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", kov, "yen", f"約{ko}", approx=True)
G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "total", "delinquents", "actual", HH23, "households", f"{fw('1,036')}世帯")
G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "total", "difference", "actual", HH23 - HH22, "households", f"{fw(HH22 - HH23)}世帯")
say("田中保険健康課長", f"保険健康課長の田中でございます。国民健康保険税の令和５年度の収納率は、現年分が{jp_rate(kc)}％、"
    f"滞納繰越分が{jp_rate(ka, 1)}％でございます。収入未済額は約{ko}となっております。"
    "\n取組といたしましては、納期限後の早い段階での電話催告、口座振替の勧奨に加え、分納誓約の不履行者に対しては、税務課と連携して"
    f"財産調査を行っております。令和５年度末の滞納世帯数は{fw('1,036')}世帯で、前年度末から{fw(HH22 - HH23)}世帯減少いたしました。", pg)
say("本田委員", "短期被保険者証の交付を受けている世帯との納付相談は、どのように行われていますか。", pg)
say("田中保険健康課長", "短期被保険者証の更新の際に窓口で納付相談を行い、生活状況を伺ったうえで、無理のない分納計画を立てていただいております。"
    "また、生活困窮の状況が見られる場合は、福祉の相談窓口へおつなぎしております。", pg)
h = DATA["市営住宅使用料"]
hc = rate(h[2023]["current"]["collected"], h[2023]["current"]["assessed"])
hc22 = rate(h[2022]["current"]["collected"], h[2022]["current"]["assessed"])
ho, hov = oku_man(h[2023]["total"]["outstanding"], 10_000)
ho = fw(ho)
say("山下委員", "私債権についてお伺いします。市営住宅使用料は、現年分の収納率が前年度より下がっていると思いますが、"
    "その要因と、退去者の未納分への対応について伺います。", pg)

page_break()
# ---------------------------------------------------------------- page 3
pg = 3
G.fact(pg, "市営住宅使用料", "市営住宅使用料", 2023, "令和５年度", "current", "collection_rate", "actual", hc, "percent", f"{jp_rate(hc)}％")
G.fact(pg, "市営住宅使用料", "市営住宅使用料", 2022, "前年度", "current", "collection_rate", "actual", hc22, "percent", f"{jp_rate(hc22)}％")
G.fact(pg, "市営住宅使用料", "市営住宅使用料", 2023, "令和５年度", "total", "outstanding", "actual", hov, "yen", f"約{ho}", approx=True)
G.fact(pg, "市営住宅使用料", "市営住宅使用料", 2023, "令和５年度末", "total", "delinquents", "actual", 48, "persons", "４８人")
say("吉田都市整備部長", f"都市整備部長の吉田でございます。市営住宅使用料の令和５年度の現年分の収納率は{jp_rate(hc)}％で、前年度の{jp_rate(hc22)}％を下回りました。"
    "高齢の単身入居者の入院や施設入所に伴い、使用料の支払いが滞る事例が増えたことが主な要因でございます。"
    f"\n収入未済額は約{ho}で、令和５年度末の滞納者は４８人でございます。退去者の未納分につきましては、連帯保証人への請求を行うとともに、"
    "昨年度は３件について支払督促の申立てを行いました。", pg)
say("酒井副委員長", "債権管理条例を制定してから数年がたちますが、条例制定前と比べて、全体の収入未済額はどの程度縮減されたのでしょうか。", pg)
r1_s, r1_v = jp_oku(OUT_2019)
red_s, red_v = jp_oku(OUT_2019 - o23)
G.fact(pg, None, None, 2019, "令和元年度末", "total", "outstanding", "actual", r1_v, "yen", f"約{r1_s}", approx=True)
G.fact(pg, None, None, 2023, "令和５年度決算", "total", "difference", "actual", -red_v, "yen", f"約{red_s}", approx=True)
say("宮崎市民部長", "本市では、平成29年度に債権管理条例を制定し、令和元年度から全庁的な債権管理の取組を始めております。"
    f"主な債権の収入未済額は、令和元年度末は約{r1_s}でございましたので、令和５年度決算までの４年間で約{red_s}の縮減となっております。"
    "\n今後も、回収が困難な債権については、条例に基づく放棄も含めて適正に整理してまいります。", pg)
say("林田委員", "保育所保育料と生活保護費返還金の状況はいかがでしょうか。特に生活保護費返還金は、収納率がかなり低いと思います。", pg)
hoi = DATA["保育所保育料"]
hoic = rate(hoi[2023]["current"]["collected"], hoi[2023]["current"]["assessed"])
seiho = DATA["生活保護費返還金"]
sho, shov = oku_man(seiho[2023]["total"]["outstanding"], 10_000)
shr = rate(seiho[2023]["total"]["collected"], seiho[2023]["total"]["assessed"], 1)
G.fact(pg, "保育所保育料", "保育所保育料", 2023, "令和５年度", "current", "collection_rate", "actual", hoic, "percent", f"{jp_rate(hoic)}％")
G.fact(pg, "生活保護費返還金", "生活保護費返還金", 2023, "令和５年度", "total", "collection_rate", "actual", shr, "percent", f"{jp_rate(shr, 1)}％")
G.fact(pg, "生活保護費返還金", "生活保護費返還金", 2023, "令和５年度", "total", "outstanding", "actual", shov, "yen", f"約{fw(sho)}", approx=True)
say("古川こども・福祉部長", f"こども・福祉部長の古川でございます。保育所保育料の令和５年度の現年分の収納率は{jp_rate(hoic)}％で、"
    "児童手当からの徴収の同意を得る取組により、高い水準を維持しております。"
    f"\n生活保護費返還金は、全体の収納率が{jp_rate(shr, 1)}％、収入未済額は約{fw(sho)}でございます。保護を受けている方からの返還は、"
    "保護費の範囲内での分割となるため、どうしても長期化いたします。ケースワーカーと連携し、確実な履行に努めてまいります。", pg)

# ---------------------------------------------------------------- page 3 (cont.)
pg = 3
say("中島委員", "市税の滞納者数は、どのように推移していますか。また、複数の債権を滞納している方への対応について伺います。", pg)
G.fact(pg, "市税", "市税", 2023, "令和５年度末", "total", "delinquents", "actual", 1284, "persons", f"{fw('1,284')}人")
G.fact(pg, "市税", "市税", 2022, "前年度末", "total", "delinquents", "actual", 1351, "persons", f"{fw('1,351')}人")
say("石橋税務課長", f"市税の滞納者数は、令和５年度末で{fw('1,284')}人となり、前年度末の{fw('1,351')}人から減少しております。"
    "\n複数の債権を滞納している方につきましては、債権管理連絡会議で情報を共有し、税務課の収納対策室が中心となって、"
    "納付相談を一元的に行う体制を整えております。", pg)
say("森田委員長", "ほかに質疑はありませんか。", pg)
para("（「なし」と呼ぶ者あり）", align="c")
say("森田委員長", "質疑がないようですので、以上で市の債権管理についての所管事務調査を終了いたします。"
    "これをもって総務委員会を閉会いたします。", pg)
para("午前11時38分閉会", align="c")

page_break()
# ---------------------------------------------------------------- page 4: 提出資料 (tab-aligned table without rules)
pg = 4
para("【委員会提出資料】", bold=True, font="IPAexGothic")
para("主な債権の収入未済額の状況（令和５（2023）年度決算）", 11, bold=True, align="c", font="IPAexGothic")
para("（単位：百万円、％）", 9, align="r")
TABS = [(Mm(20), "l"), (Mm(78), "r"), (Mm(100), "r"), (Mm(122), "r"), (Mm(140), "r"), (Mm(158), "r")]


def tab_row(cells, bold=False, border=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    for pos, al in TABS:
        pf.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT if al == "r" else WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run("\t".join(cells))
    r.font.size = Pt(9.5)
    r.bold = bold
    return p


tab_row(["区分", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"])
tab_row(["", "", "", "", "", "", ""])
sums = {"公": {"assessed": 0, "collected": 0, "written_off": 0, "outstanding": 0}, "私": {"assessed": 0, "collected": 0, "written_off": 0, "outstanding": 0}}
for kb, lab, total_lab in (("公", "公債権", "公債権計"), ("私", "私債権", "私債権計")):
    first = True
    for n in NAMES:
        if KUBUN[n] != kb:
            continue
        d = DATA[n][2023]["total"]
        for key in sums[kb]:
            sums[kb][key] += d[key]
        cells = [lab if first else "", n]
        for key in ("assessed", "collected", "written_off", "outstanding"):
            txt, val = hyakuman(d[key])
            cells.append(txt if d[key] else "－")
            if d[key]:
                G.fact(pg, n, n, 2023, "令和５（2023）年度決算", "total", key, "actual", val, "yen", txt)
        r = rate(d["collected"], d["assessed"])
        cells.append(f"{r:.2f}")
        G.fact(pg, n, n, 2023, "令和５（2023）年度決算", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
        tab_row(cells)
        first = False
    d = sums[kb]
    cells = ["", total_lab]
    for key in ("assessed", "collected", "written_off", "outstanding"):
        txt, val = hyakuman(d[key])
        cells.append(txt)
        G.fact(pg, None, total_lab, 2023, "令和５（2023）年度決算", "total", key, "actual", val, "yen", txt)
    r = rate(d["collected"], d["assessed"])
    cells.append(f"{r:.2f}")
    G.fact(pg, None, total_lab, 2023, "令和５（2023）年度決算", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    tab_row(cells, bold=True)
    tab_row([""] * 7)
cells = ["総計", ""]
for key in ("assessed", "collected", "written_off", "outstanding"):
    v = sums["公"][key] + sums["私"][key]
    txt, val = hyakuman(v)
    cells.append(txt)
    G.fact(pg, None, "総計", 2023, "令和５（2023）年度決算", "total", key, "actual", val, "yen", txt)
v_a = sums["公"]["assessed"] + sums["私"]["assessed"]
v_c = sums["公"]["collected"] + sums["私"]["collected"]
r = rate(v_c, v_a)
cells.append(f"{r:.2f}")
G.fact(pg, None, "総計", 2023, "令和５（2023）年度決算", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
tab_row(cells, bold=True)
para("")
kotei = int(round(DATA["市税"][2023]["total"]["outstanding"] * 0.3362))
kt, kv = hyakuman(kotei)
G.fact(pg, "固定資産税", "固定資産税", 2023, "令和５（2023）年度決算", "total", "outstanding", "actual", kv, "yen", f"{kt}百万円")
para("注１　金額は百万円未満を四捨五入しているため、合計が一致しない場合がある。", 9)
para(f"注２　市税の収入未済額のうち、固定資産税分は{kt}百万円である。", 9)
para("注３　区分の「公債権」は地方税法等の規定により徴収する債権、「私債権」は契約等に基づく債権をいう。", 9)
para("出典：令和５年度島原市各会計歳入歳出決算書", 9)

# ------------------------------------------------------------------ build
G.minutes = {
    "title": "島原市議会 総務委員会記録",
    "meeting_number": None,
    "date": "2024-10-08",
    "method": None,
    "attendees": attendees,
    "agenda": ["市の債権管理について"],
    "materials": ["主な債権の収入未済額の状況（令和５（2023）年度決算）"],
    "statements": [{k: v for k, v in s_.items() if k != "page"} for s_ in statements],
}


def main():
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, WORK / "lo_out")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    G.write(out)


if __name__ == "__main__":
    main()
