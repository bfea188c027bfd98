"""fm_towada_minutes_1: 令和６年度第２回十和田市債権管理対策会議 会議録 (minutes, 書面開催) — python-docx -> LibreOffice.

Run from corpus/frozen35:  python3 build/fm_towada_minutes_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import soffice_pdf, Gold, PDF_DIR, WORK, check, com, oku_man, rate, round_to  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "fm_towada_minutes_1"
CITY = "十和田市"
TITLE = "令和６年度第２回十和田市債権管理対策会議 会議録"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-02-10", "令和７年２月10日")
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
AS_T, AS_P = "2024-12-31", "2023-12-31"
FY, PFY = 2024, 2023

# ---------------------------------------------------------------- 別表 data (12月末)
BT = {  # name: (abbr shown, Ac_t, Cc_t, Ac_p, Cc_p, Aa_t, Ca_t, Aa_p, Ca_p)  (yen)
    "市税": ("市税", 7_206_318_900, 5_665_708_600, 7_151_442_100, 5_593_086_300, 402_816_500, 68_433_900, 437_905_200,
           66_127_800),
    "国民健康保険税": ("国民健康保険税", 1_512_804_200, 1_003_117_400, 1_548_330_600, 1_030_741_900, 361_220_800, 58_904_600,
                377_402_300, 57_015_100),
    "介護保険料": ("介護保険料", 1_904_552_300, 1_493_806_200, 1_889_017_500, 1_476_455_700, 38_617_400, 4_402_300,
              37_206_900, 4_090_800),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", 702_116_800, 538_241_300, 688_540_100, 526_905_400, 6_802_500, 2_115_600,
                   7_045_300, 2_086_200),
    "保育所保育料": ("保育所保育料", 98_206_400, 73_211_600, 103_552_800, 76_933_500, 11_604_200, 1_705_800, 12_877_600,
               1_785_300),
    "市営住宅使用料": ("市営住宅使用料", 251_880_700, 184_716_900, 254_309_100, 187_606_200, 33_417_900, 3_819_300,
                34_662_800, 3_790_700),
    "水道料金": ("水道料金", 1_853_412_600, 1_372_006_300, 1_862_770_400, 1_376_218_700, 47_205_600, 18_411_700, 49_880_900,
             18_902_300),
    "下水道使用料": ("下水道使用料", 1_022_308_100, 757_118_500, 1_019_664_700, 753_902_600, 25_903_300, 9_918_200,
               26_414_800, 9_887_100),
}


def k(v):
    return int(round(v / 1000))


R = {}
for n, (ab, act, cct, acp, ccp, aat, cat, aap, cap) in BT.items():
    R[n] = dict(rc=rate(cct, act), rcp=rate(ccp, acp), ra=rate(cat, aat), rap=rate(cap, aap))

# ---------------------------------------------------------------- docx helpers
def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


def para(text="", *, font=MINCHO, size=10.5, bold=False, align=None, before=0, after=2, indent=0, first=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = 1.2
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def page_break():
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def ctext(cell, text, size=8.5, align="c", font=MINCHO, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size)
        if i < len(lines) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


doc = Document()
s0 = doc.sections[0]
s0.page_width, s0.page_height = Mm(210), Mm(297)
s0.left_margin = s0.right_margin = Mm(22)
s0.top_margin, s0.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = MINCHO
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)

# ================================================================= page 1
para(TITLE, font=GOTHIC, size=14, bold=True, align="c", after=12)
para("１　開催方法", font=GOTHIC, size=11, before=4)
para("令和６年度第２回十和田市債権管理対策会議は、委員の日程調整が困難であったことから書面開催とし、"
     "令和７年２月10日付けで各委員に資料を送付し、同月21日までに書面により意見及び質問の提出を求める方法により実施した。",
     indent=5, first=4)
para("２　出席者（会長１名、委員９名、事務局３名）", font=GOTHIC, size=11, before=6)
para("会　長：副市長", indent=5, after=1)
p = para("委　員：総務部長・企画財政部長・民生部長・健康福祉部長・子ども・子育て支援部長・農林商工部長・建設部長・"
         "上下水道部長・教育部長", indent=21, first=-16, after=1)
para("事務局：総務部税務課長・税務課収納対策室長・税務課収納係長", indent=5, after=2)
ATT = [("会長", "副市長")] + [("委員", t) for t in (
    "総務部長", "企画財政部長", "民生部長", "健康福祉部長", "子ども・子育て支援部長", "農林商工部長", "建設部長", "上下水道部長",
    "教育部長")] + [("事務局", t) for t in ("総務部税務課長", "税務課収納対策室長", "税務課収納係長")]
para("３　議　題", font=GOTHIC, size=11, before=6)
AGENDA = ["令和６年度債権管理の取組状況（令和６年12月末現在）について", "令和７年度十和田市債権管理方針（案）について",
          "令和６年度の債権放棄の状況について"]
for i, a in enumerate(AGENDA):
    para(f"（{'１２３'[i]}）{a}", indent=5, after=1)
para("４　資　料", font=GOTHIC, size=11, before=6)
MATS = ["資料１　令和６年度債権管理の取組状況（令和６年12月末現在）", "資料２　令和７年度十和田市債権管理方針（案）",
        "資料３　令和６年度債権放棄一覧"]
for m in MATS:
    para(m, indent=5, after=1)
para("５　会議の結果", font=GOTHIC, size=11, before=6)
para("議題（２）の令和７年度十和田市債権管理方針（案）は、原案のとおり了承された。また、各委員から提出された意見及び"
     "質問並びにこれに対する回答の要旨は、次のとおりである。", indent=5, first=4)
para("６　意見及び質問の要旨", font=GOTHIC, size=11, before=6)
para("（１）各所管からの報告", font=GOTHIC, size=10.5, indent=3, before=2)

STATEMENTS = []


def say(page, speaker, section, text):
    para(f"○{speaker}", font=GOTHIC, size=10.5, indent=5, before=4, after=1)
    for ln in text.split("\n"):
        para(ln, indent=8, first=4, after=1)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})


# 総務部長 (page 1)
P = 1
t = R["市税"]
dc = round(t["rc"] - t["rcp"], 2)
ca_t = round_to(BT["市税"][6], 1_000_000)
s_tax = (f"市税の現年課税分の収納率は、12月末現在で{t['rc']:.2f}％となり、前年同月と比べて{dc:.2f}ポイント上昇した。"
         f"滞納繰越分の収入済額は約{oku_man(ca_t)}で、前年同月を上回っている。"
         "引き続き、財産調査の早期着手と、換価が容易な預貯金・給与の差押えを中心に滞納整理を進める。")
say(P, "総務部長", "各所管からの報告", s_tax)
G.fact(P, "市税", "市税", FY, "12月末現在", "current", "collection_rate", "interim", t["rc"], "percent", f"{t['rc']:.2f}％",
       as_of=AS_T)
G.fact(P, "市税", "市税", FY, "前年同月", "current", "difference", "interim", dc, "points", f"{dc:.2f}ポイント", as_of=AS_T)
G.fact(P, "市税", "市税", FY, "12月末現在", "arrears", "collected", "interim", ca_t, "yen", "約" + oku_man(ca_t), approx=True,
       as_of=AS_T)

# ================================================================= page 2
page_break()
P = 2
nk = R["国民健康保険税"]
ndc = round(nk["rc"] - nk["rcp"], 2)
s_nk = (f"国民健康保険税の現年課税分の収納率は{nk['rc']:.2f}％で、前年同月を{-ndc:.2f}ポイント下回っている。"
        "被保険者数の減少に伴い、低所得の世帯の割合が高まっていることが要因と考えられる。"
        "短期被保険者証の更新の機会を捉えて納付相談を行い、年度末までに前年度並みの収納率の確保を目指す。")
say(P, "民生部長", "各所管からの報告", s_nk)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "12月末", "current", "collection_rate", "interim", nk["rc"], "percent",
       f"{nk['rc']:.2f}％", as_of=AS_T)
G.fact(P, "国民健康保険料", "国民健康保険税", FY, "前年同月", "current", "difference", "interim", ndc, "points",
       f"{-ndc:.2f}ポイント", as_of=AS_T)
kg, kk = R["介護保険料"], R["後期高齢者医療保険料"]
s_kg = (f"介護保険料の現年分の収納率は{kg['rc']:.2f}％、後期高齢者医療保険料は{kk['rc']:.2f}％であり、"
        "いずれも前年同月を上回っている。普通徴収の対象者のうち、新たに65歳に到達した方への口座振替の勧奨を強化した。")
say(P, "健康福祉部長", "各所管からの報告", s_kg)
G.fact(P, "介護保険料", "介護保険料", FY, "12月末", "current", "collection_rate", "interim", kg["rc"], "percent",
       f"{kg['rc']:.2f}％", as_of=AS_T)
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "12月末", "current", "collection_rate", "interim", kk["rc"],
       "percent", f"{kk['rc']:.2f}％", as_of=AS_T)
hk = R["保育所保育料"]
s_hk = (f"保育所保育料は、現年分の収納率が{hk['rc']:.2f}％（前年同月{hk['rcp']:.2f}％）となった。"
        "滞納が２か月続いた世帯には、保育所を通じて納付の案内を手渡しするとともに、児童手当からの申出徴収を勧めている。")
say(P, "子ども・子育て支援部長", "各所管からの報告", s_hk)
G.fact(P, "保育所保育料", "保育所保育料", FY, "12月末", "current", "collection_rate", "interim", hk["rc"], "percent",
       f"{hk['rc']:.2f}％", as_of=AS_T)
G.fact(P, "保育所保育料", "保育所保育料", PFY, "前年同月", "current", "collection_rate", "interim", hk["rcp"], "percent",
       f"{hk['rcp']:.2f}％", as_of=AS_P)
jt = R["市営住宅使用料"]
s_jt = (f"市営住宅使用料の滞納繰越分の収納率は{jt['ra']:.2f}％で、前年同月の{jt['rap']:.2f}％を上回った。"
        "退去者の滞納分については、連帯保証人への請求と並行して、支払督促の申立てを準備している。")
say(P, "建設部長", "各所管からの報告", s_jt)
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "12月末", "arrears", "collection_rate", "interim", jt["ra"], "percent",
       f"{jt['ra']:.2f}％", as_of=AS_T)
G.fact(P, "市営住宅使用料", "市営住宅使用料", PFY, "前年同月", "arrears", "collection_rate", "interim", jt["rap"], "percent",
       f"{jt['rap']:.2f}％", as_of=AS_P)
sd = R["水道料金"]
wo = round_to(BT["水道料金"][1] - BT["水道料金"][2], 1_000_000)
s_sd = (f"水道料金の現年分の収納率は{sd['rc']:.2f}％である。12月末時点の現年分の未収額は約{oku_man(wo)}であるが、"
        "このうち約半分は12月分の納期未到来分である。給水停止予告を行っても納付のない使用者には、給水停止を執行している。")
say(P, "上下水道部長", "各所管からの報告", s_sd)
G.fact(P, "水道料金", "水道料金", FY, "12月末", "current", "collection_rate", "interim", sd["rc"], "percent",
       f"{sd['rc']:.2f}％", as_of=AS_T)
G.fact(P, "水道料金", "水道料金", FY, "12月末時点", "current", "outstanding", "interim", wo, "yen", "約" + oku_man(wo),
       approx=True, as_of=AS_T)

# ================================================================= page 3
page_break()
P = 3
para("（２）質問及び回答", font=GOTHIC, size=10.5, indent=3, before=2)
say(P, "企画財政部長", "質問及び回答",
    "市税の滞納繰越分について、収入済額が前年同月を上回っているとのことだが、高額滞納事案の整理の進捗状況はどうか。"
    "また、年度末に向けた見通しを伺いたい。")
say(P, "総務部長", "質問及び回答",
    "滞納額が100万円を超える高額事案は、12月末現在で42件であり、このうち15件は差押えにより換価を終えている。"
    "残る事案についても、年度末までに財産調査を終え、処分又は執行停止の判断を行う予定である。")
say(P, "教育部長", "質問及び回答",
    "学校給食費は公会計化から２年が経過し、未納が少しずつ増えている。税務課が持つ滞納整理のノウハウについて、"
    "研修などで共有してもらえないか。")
s_ans = ("令和７年度の債権管理方針（案）では、非強制徴収債権を所管する課を対象とした実務研修を年２回開催することとしている。"
         f"なお、12月末現在の主要８債権の現年分の収入済額の合計は約{oku_man(round_to(sum(v[2] for v in BT.values()), 100_000_000))}"
         "であり、前年同月とほぼ同水準で推移している。")
say(P, "総務部税務課長", "質問及び回答", s_ans)
G.fact(P, None, "主要８債権", FY, "12月末現在", "current", "collected", "interim",
       round_to(sum(v[2] for v in BT.values()), 100_000_000), "yen",
       "約" + oku_man(round_to(sum(v[2] for v in BT.values()), 100_000_000)), approx=True, as_of=AS_T)
para("（３）会長所見", font=GOTHIC, size=10.5, indent=3, before=6)
say(P, "副市長", "会長所見",
    "各所管の取組により、市税を中心に収納率は改善傾向にある。一方で、国民健康保険税は前年同月を下回っており、"
    "年度末に向けて一層の取組をお願いしたい。令和７年度は、非強制徴収債権の管理の適正化を重点とし、"
    "全庁一体となって債権管理を進めていただきたい。")
para("以　上", align="r", before=8)

# ================================================================= page 4: 別表 (landscape)
sec = doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(16)
sec.top_margin, sec.bottom_margin = Mm(16), Mm(14)
P = 4
para("別表　主要債権の収納状況（令和６年12月末現在）", font=GOTHIC, size=12, bold=True, after=2)
para("（単位：千円、％）", size=9, align="r", after=2)
names = list(BT)
t = doc.add_table(rows=3 + len(names), cols=11)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [42, 25, 25, 16, 20, 19, 16, 19, 19, 16, 16]
for i, w in enumerate(widths):
    t.columns[i].width = Mm(w)
for r in t.rows:
    r.height = Mm(7.5)
    for i, c in enumerate(r.cells):
        c.width = Mm(widths[i])
h0, h1, h2 = t.rows[0].cells, t.rows[1].cells, t.rows[2].cells
HF = "DDE4EE"
ctext(h0[0].merge(h2[0]), "債権名", font=GOTHIC, fill=HF)
ctext(h0[1].merge(h0[6]), "令和６年12月末現在", font=GOTHIC, fill=HF)
ctext(h0[7].merge(h0[8]), "前年同月（令和５年12月末）", font=GOTHIC, fill=HF, size=8)
ctext(h0[9].merge(h0[10]), "差", font=GOTHIC, fill=HF)
ctext(h1[1].merge(h1[3]), "現年分", font=GOTHIC, fill=HF)
ctext(h1[4].merge(h1[6]), "滞納繰越分", font=GOTHIC, fill=HF)
ctext(h1[7].merge(h2[7]), "現年分\n収納率", font=GOTHIC, fill=HF, size=8)
ctext(h1[8].merge(h2[8]), "滞納繰越分\n収納率", font=GOTHIC, fill=HF, size=8)
ctext(h1[9].merge(h2[9]), "現年分", font=GOTHIC, fill=HF, size=8)
ctext(h1[10].merge(h2[10]), "滞納\n繰越分", font=GOTHIC, fill=HF, size=8)
for j, lab in enumerate(["調定額", "収入済額", "収納率"] * 2):
    ctext(h2[1 + j], lab, font=GOTHIC, fill=HF, size=8)
for ri, n in enumerate(names, start=3):
    ab, act, cct, acp, ccp, aat, cat, aap, cap = BT[n]
    rr = R[n]
    debt = "国民健康保険料" if n == "国民健康保険税" else n
    cells = t.rows[ri].cells
    ctext(cells[0], ab, align="l")
    for base, pcol, dcol, seg, a, c, r_, rp_ in ((1, 7, 9, "current", act, cct, rr["rc"], rr["rcp"]),
                                                 (4, 8, 10, "arrears", aat, cat, rr["ra"], rr["rap"])):
        df = round(r_ - rp_, 2)
        dfs = f"{df:.2f}" if df >= 0 else f"▲{-df:.2f}"
        for j, v in enumerate([com(k(a)), com(k(c)), f"{r_:.2f}"]):
            ctext(cells[base + j], v, align="r")
        ctext(cells[pcol], f"{rp_:.2f}", align="r")
        ctext(cells[dcol], dfs, align="r")
        G.fact(P, debt, ab, FY, "令和６年12月末", seg, "assessed", "interim", k(a) * 1000, "yen", com(k(a)), as_of=AS_T)
        G.fact(P, debt, ab, FY, "令和６年12月末", seg, "collected", "interim", k(c) * 1000, "yen", com(k(c)), as_of=AS_T)
        G.fact(P, debt, ab, FY, "令和６年12月末", seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=AS_T)
        G.fact(P, debt, ab, PFY, "前年同月", seg, "collection_rate", "interim", rp_, "percent", f"{rp_:.2f}", as_of=AS_P)
        G.fact(P, debt, ab, FY, "差", seg, "difference", "interim", df, "points", dfs, as_of=AS_T)
para("", after=2)
para("※ 収納率＝収入済額÷調定額。現年分の調定額は、12月末までに納期が到来していない額を含む。", size=8.5, after=0)
para("※ 差は、本年度の収納率から前年同月の収納率を差し引いたもの（▲は低下）。", size=8.5, after=0)

G.minutes = {
    "title": TITLE,
    "meeting_number": 2,
    "date": "2025-02-10",
    "method": "書面開催",
    "attendees": [{"role": r, "title": ti, "name": None} for r, ti in ATT],
    "agenda": AGENDA,
    "materials": MATS,
    "statements": STATEMENTS,
}

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
lo_pdf = soffice_pdf(docx_path)
pdf = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf.write_bytes(lo_pdf.read_bytes())
gp = G.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
