"""紀の川市 債権管理対策会議 議事要旨 (minutes, 書面開催) — python-docx → LibreOffice.

Run from corpus/dev53:  python3 build/nc_kinokawa_minutes_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from nc_common import ROOT, Gold, check, comma, fnum, oku_man, r2, rate, tri, zen  # noqa: E402

STEM = "nc_kinokawa_minutes_1"
CITY = "紀の川市"
TITLE = "令和5年度第2回紀の川市債権管理対策会議 議事要旨"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2024-03-12", "令和６年３月１２日")
WORK = Path("/tmp/nc_work")
ASOF, ASOF0 = "2024-02-29", "2023-02-28"

# ------------------------------------------------------------------------------------------
# 市税（現年課税分）by district, 千円: assessed, collected, previous-year rate, delinquents
AREAS = [("打田地区", 1_452_318, 1_372_806, 94.02, 412), ("粉河地区", 1_210_405, 1_139_527, 93.88, 366),
         ("那賀地区", 1_003_772, 947_104, 94.10, 288), ("桃山地区", 690_114, 646_520, 93.52, 231),
         ("貴志川地区", 2_688_511, 2_533_151, 93.95, 705)]
SZ_CA = sum(a[1] for a in AREAS)
SZ_CC = sum(a[2] for a in AREAS)
SZ_CR = rate(SZ_CC, SZ_CA)
SZ_CR0 = 93.91
SZ_DL = sum(a[4] for a in AREAS)

# 別表1 (万円): cur assessed, cur rate guess, arrears assessed, arrears rate guess; this year / previous
T1 = [
    ("市税", "市税", (round(SZ_CA / 10), None, 41_250, 22.35), (698_330, SZ_CR0, 44_870, 21.30)),
    ("国民健康保険税", "国民健康保険税", (98_760, 86.05, 30_115, 18.72), (101_224, 85.57, 31_980, 19.05)),
    ("介護保険料", "介護保険料", (61_208, 96.88, 2_315, 15.40), (60_115, 96.85, 2_402, 14.92)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (34_577, 98.91, 402, 40.10), (33_012, 98.95, 455, 38.20)),
    ("保育所保育料", "保育料", (9_810, 95.20, 1_205, 12.30), (10_344, 94.71, 1_330, 11.85)),
    ("市営住宅使用料", "市営住宅使用料", (18_402, 92.40, 5_215, 9.80), (18_655, 91.88, 5_622, 9.10)),
    ("水道料金", "水道料金", (98_340, 90.12, 3_560, 45.00), (97_985, 89.90, 3_702, 43.10)),
]
DATA = {}
for name, short, now, prev in T1:
    rec = {}
    for key, (ca, cr, aa, ar) in (("now", now), ("prev", prev)):
        if name == "市税" and key == "now":
            cc = round(SZ_CC / 10)
        else:
            cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        rec[key] = dict(ca=ca, cc=cc, aa=aa, ac=ac,
                        cr=SZ_CR if (name == "市税" and key == "now") else rate(cc, ca), ar=rate(ac, aa))
        rec[key]["out"] = ca - cc + aa - ac
    DATA[name] = rec

# ------------------------------------------------------------------------------------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.25

# page-number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    r = fp.add_run()
    if kind:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    else:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = txt
        r._r.append(e)
    r.font.size = Pt(9)

PAGE = [1]


def para(text="", size=10.5, bold=False, gothic=False, indent=0.0, first=0.0, align=None, before=0, after=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    pf = p.paragraph_format
    pf.left_indent = Pt(indent)
    pf.first_line_indent = Pt(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def newpage():
    doc.add_page_break()
    PAGE[0] += 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def put(cell, text, size=8.5, align="c", gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.paragraph_format.line_spacing = 1.0
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table(nrows, ncols, widths_mm, row_mm=6.2):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        row.height = Mm(row_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    return t


def F(*a, **k):
    return G.fact(PAGE[0], *a, **k)


# ==========================================================================================
# page 1: header, 開催方法 (書面開催, 送付 date after the year mention), 出席者 with counts, 議題, 資料
para("令和5年度第2回紀の川市債権管理対策会議　議事要旨", 14, gothic=True, align="c", after=14)
para("１　開催方法", 11, gothic=True, before=4, after=2)
para("令和5年度第2回紀の川市債権管理対策会議は、新型コロナウイルス感染症の5類移行後も会議の効率化を図る観点から書面開催とし、"
     "令和６年３月１２日付けで各委員に資料を送付して、同月２２日までに意見及び質問を電子メールにより提出を求める形式で実施した。",
     indent=10.5, first=10.5, after=6)
para("２　出席者（委員８名、事務局３名）", 11, gothic=True, before=4, after=2)
para("委員長：副市長", indent=10.5)
para("委　員：総務部長・企画部長・市民部長・保健福祉部長・こども・若者部長・建設部長・上下水道部長", indent=10.5, first=0)
para("事務局：財務部長・債権管理課長・債権管理課主幹", indent=10.5, after=6)
ATT = [("委員長", "副市長")] + [("委員", t) for t in
                              ["総務部長", "企画部長", "市民部長", "保健福祉部長", "こども・若者部長", "建設部長", "上下水道部長"]] + \
      [("事務局", t) for t in ["財務部長", "債権管理課長", "債権管理課主幹"]]
AGENDA = ["令和5年度主要債権の収納状況（令和6年2月末現在）について", "令和6年度債権管理実施計画（案）について",
          "債権放棄の実施状況について"]
para("３　議　題", 11, gothic=True, before=4, after=2)
for i, a in enumerate(AGENDA):
    para(f"（{zen(str(i + 1))}）{a}", indent=10.5)
para("４　資　料", 11, gothic=True, before=10, after=2)
MATERIALS = ["令和5年度第2回紀の川市債権管理対策会議資料（資料１～資料３）"]
para(f"（別添）{MATERIALS[0]}", indent=10.5)
para("５　意見及び質問", 11, gothic=True, before=10, after=2)
para("各委員から提出された意見及び質問並びにこれに対する所管部局又は事務局の回答の要旨は、次ページ以降のとおりである。"
     "なお、主要債権の収納状況の詳細は別表１から別表３までに示す。", indent=10.5, first=10.5)

STATEMENTS = []


def say(speaker, section, parts):
    """parts: list of str / (raw, fact-args) tuples; text is built from the raws."""
    text = "".join(p if isinstance(p, str) else p[0] for p in parts)
    for p in parts:
        if not isinstance(p, str):
            F(*p[1], **(p[2] if len(p) > 2 else {}))
    para(f"○{speaker}", gothic=True, indent=10.5, before=5)
    para(text, indent=21, first=10.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": PAGE[0]})


def pct(v):
    return zen(fnum(v)) + "％"


def pts(v):
    return zen(fnum(abs(v))) + "ポイント"


def approx_man(yen_man, step=10):
    """万円 amount rounded to `step` 万円 → (raw, yen)"""
    v = round(yen_man / step) * step
    return "約" + zen_num(oku_man(v * 10_000)), v * 10_000


def zen_num(s):
    return zen(s)


# ==========================================================================================
# page 2: statements on agenda (1)
newpage()
S1 = "（１）令和5年度主要債権の収納状況について"
para(S1, 11, gothic=True, after=2)
sz = DATA["市税"]
d_cr = r2(sz["now"]["cr"] - sz["prev"]["cr"])
d_ar = r2(sz["now"]["ar"] - sz["prev"]["ar"])
o_raw, o_yen = approx_man(sz["now"]["out"])
od_raw, od_yen = approx_man(sz["prev"]["out"] - sz["now"]["out"])
say("市民部長", S1, [
    "市税の現年課税分の収納率は、２月末現在で",
    (pct(sz["now"]["cr"]), ("市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", sz["now"]["cr"], "percent", pct(sz["now"]["cr"])), {"as_of": ASOF}),
    "となり、前年同月比",
    (pts(d_cr), ("市税", "市税", 2023, "令和5年度", "current", "difference", "interim", d_cr, "points", pts(d_cr)), {"as_of": ASOF}),
    "の上昇となった。滞納繰越分の収納率は",
    (pct(sz["now"]["ar"]), ("市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "interim", sz["now"]["ar"], "percent", pct(sz["now"]["ar"])), {"as_of": ASOF}),
    "で、前年同月を",
    (pts(d_ar), ("市税", "市税", 2023, "令和5年度", "arrears", "difference", "interim", d_ar, "points", pts(d_ar)), {"as_of": ASOF}),
    "上回っている。２月末現在の収入未済額は",
    (o_raw, ("市税", "市税", 2023, "令和5年度", "total", "outstanding", "interim", o_yen, "yen", o_raw), {"as_of": ASOF, "approx": True}),
    "で、前年同月から",
    (od_raw, ("市税", "市税", 2023, "令和5年度", "total", "difference", "interim", -od_yen, "yen", od_raw), {"as_of": ASOF, "approx": True}),
    "減少した。引き続き、差押え等の滞納処分を進めるとともに、和歌山地方税回収機構への移管を計画的に行う。",
])
kk, kg, kc = DATA["国民健康保険税"], DATA["介護保険料"], DATA["後期高齢者医療保険料"]
dk = r2(kk["now"]["cr"] - kk["prev"]["cr"])
dka = r2(kk["now"]["ar"] - kk["prev"]["ar"])
say("保健福祉部長", S1, [
    "国民健康保険税は、現年課税分の収納率が",
    (pct(kk["now"]["cr"]), ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "interim", kk["now"]["cr"], "percent", pct(kk["now"]["cr"])), {"as_of": ASOF}),
    "で前年同月比",
    (pts(dk), ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "difference", "interim", dk, "points", pts(dk)), {"as_of": ASOF}),
    "上昇したが、滞納繰越分は",
    (pct(kk["now"]["ar"]), ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "interim", kk["now"]["ar"], "percent", pct(kk["now"]["ar"])), {"as_of": ASOF}),
    "と前年同月を",
    (pts(dka), ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "arrears", "difference", "interim", dka, "points", pts(dka)), {"as_of": ASOF}),
    "下回った。介護保険料の現年度分は",
    (pct(kg["now"]["cr"]), ("介護保険料", "介護保険料", 2023, "令和5年度", "current", "collection_rate", "interim", kg["now"]["cr"], "percent", pct(kg["now"]["cr"])), {"as_of": ASOF}),
    "、後期高齢者医療保険料の現年度分は",
    (pct(kc["now"]["cr"]), ("後期高齢者医療保険料", "後期高齢者医療保険料", 2023, "令和5年度", "current", "collection_rate", "interim", kc["now"]["cr"], "percent", pct(kc["now"]["cr"])), {"as_of": ASOF}),
    "で、いずれも前年同月並みで推移している。",
])
hy = DATA["保育所保育料"]
say("こども・若者部長", S1, [
    "保育料は、現年度分の収納率が",
    (pct(hy["now"]["cr"]), ("保育所保育料", "保育料", 2023, "令和5年度", "current", "collection_rate", "interim", hy["now"]["cr"], "percent", pct(hy["now"]["cr"])), {"as_of": ASOF}),
    "（前年同月",
    (pct(hy["prev"]["cr"]), ("保育所保育料", "保育料", 2022, "前年同月", "current", "collection_rate", "interim", hy["prev"]["cr"], "percent", pct(hy["prev"]["cr"])), {"as_of": ASOF0}),
    "）となった。児童手当からの特別徴収の申出を勧奨するとともに、卒園児の保護者には卒園前に未納額を通知している。",
])
sw = DATA["水道料金"]
w_raw, w_yen = approx_man(sw["now"]["out"])
say("上下水道部長", S1, [
    "水道料金は、検針と請求の時期の関係で２月末の収納率は低く見えるが、例年並みで推移している。２月末現在の収入未済額は",
    (w_raw, ("水道料金", "水道料金", 2023, "令和5年度", "total", "outstanding", "interim", w_yen, "yen", w_raw), {"as_of": ASOF, "approx": True}),
    "である。長期の滞納者には、給水停止予告を行ったうえで給水停止を実施している。",
])
say("企画部長", S1, ["国民健康保険税の滞納繰越分の収納率が前年同月を下回った要因と、滞納世帯数の状況を伺いたい。"])
hh, hhd = 1_204, -56
say("保健福祉部長", S1, [
    "高額の滞納繰越分を有する世帯について、分納誓約による納付が中心となっていることが主な要因である。滞納世帯数は２月末現在で",
    (zen(comma(hh)) + "世帯", ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "delinquents", "interim", hh, "households", zen(comma(hh)) + "世帯"), {"as_of": ASOF}),
    "であり、前年同月より",
    (zen(str(-hhd)) + "世帯", ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "difference", "interim", hhd, "households", zen(str(-hhd)) + "世帯"), {"as_of": ASOF}),
    "減少している。",
])

# ==========================================================================================
# page 3: statements on agenda (2), (3) and その他
newpage()
S2 = "（２）令和6年度債権管理実施計画（案）について"
para(S2, 11, gothic=True, after=2)
say("建設部長", S2, ["市営住宅使用料の長期滞納者に対する法的措置について、令和6年度の実施予定を伺いたい。"])
ju_raw, ju_yen = ("約５，８３０万円", 58_300_000)
say("債権管理課長", S2, [
    "令和6年度は、明渡請求訴訟を３件、支払督促の申立てを１０件予定している。市営住宅使用料の令和４年度決算における収入未済額は",
    (ju_raw, ("市営住宅使用料", "市営住宅使用料", 2022, "令和４年度", "total", "outstanding", "actual", ju_yen, "yen", ju_raw), {"approx": True}),
    "であり、令和６年度末には",
    ("５，０００万円", ("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "target", 50_000_000, "yen", "５，０００万円")),
    "以下とすることを目標としている。",
])
say("企画部長", S2, ["実施計画の数値目標は、各所管課の取組と結び付けて管理していただきたい。"])
S3 = "（３）債権放棄の実施状況について"
para(S3, 11, gothic=True, before=6, after=2)
say("総務部長", S3, ["債権放棄を行う場合は、債権管理条例に基づく手続を経ていることを確認できるよう、記録を適切に残していただきたい。"])
wo_raw, wo_yen = ("約１，２８０万円", 12_800_000)
say("債権管理課長", S3, [
    "債権放棄を含む令和５年度の不納欠損額は、見込みで",
    (wo_raw, (None, None, 2023, "令和５年度", "total", "written_off", "estimate", wo_yen, "yen", wo_raw), {"approx": True}),
    "となる。放棄に当たっては、所管課が作成する調書を事務局が確認しており、今後も条例の規定に沿った適正な処理に努める。",
])
S4 = "６　その他"
para(S4, 11, gothic=True, before=8, after=2)
say("委員長", S4, ["各所管課においては、年度末に向けて現年度分の徴収を徹底し、滞納繰越額の縮減に引き続き努めていただきたい。"])
para("以　上", align="r", before=10)

# ==========================================================================================
# page 4: 別表1 (万円; 収納率 before amounts; 今期 / 前年同期 with the year only in the title)
newpage()
para("別表１　主要債権の収納状況（令和5年度　令和6年2月末現在）", 11, gothic=True, after=2)
para("（単位：万円、％、ポイント）", 8.5, align="r")
rows = 2 + 2 * len(T1)
t = table(rows, 9, [30, 15, 15, 19, 19, 15, 19, 19, 15])
hdr = [(0, 0, 1, 0, "債権名"), (0, 1, 1, 1, "区分"), (0, 2, 0, 4, "今　期"), (0, 5, 0, 7, "前年同期"), (0, 8, 1, 8, "収納率\nの差")]
for r0, c0, r1, c1, txt in hdr:
    cell = t.cell(r0, c0).merge(t.cell(r1, c1)) if (r0, c0) != (r1, c1) else t.cell(r0, c0)
    put(cell, txt, gothic=True)
    shade(cell, "D9D9D9")
for i, h in enumerate(["収納率", "調定額", "収入済額"] * 2):
    put(t.cell(1, 2 + i), h, gothic=True)
    shade(t.cell(1, 2 + i), "D9D9D9")
for k_, (name, short, _, _) in enumerate(T1):
    r = 2 + 2 * k_
    cell = t.cell(r, 0).merge(t.cell(r + 1, 0))
    put(cell, short, 8.5)
    for j, (seg, lab, ka, kc_, kr) in enumerate([("current", "現年分", "ca", "cc", "cr"), ("arrears", "滞繰分", "aa", "ac", "ar")]):
        rr = r + j
        put(t.cell(rr, 1), lab)
        for off, key, fy, fyr, asof in ((2, "now", 2023, "令和5年度", ASOF), (5, "prev", 2022, "前年同期", ASOF0)):
            v = DATA[name][key]
            put(t.cell(rr, off), fnum(v[kr]), align="r")
            put(t.cell(rr, off + 1), comma(v[ka]), align="r")
            put(t.cell(rr, off + 2), comma(v[kc_]), align="r")
            F(name, short, fy, fyr, seg, "collection_rate", "interim", v[kr], "percent", fnum(v[kr]), as_of=asof)
            F(name, short, fy, fyr, seg, "assessed", "interim", v[ka] * 10_000, "yen", comma(v[ka]), as_of=asof)
            F(name, short, fy, fyr, seg, "collected", "interim", v[kc_] * 10_000, "yen", comma(v[kc_]), as_of=asof)
        d = r2(DATA[name]["now"][kr] - DATA[name]["prev"][kr])
        raw = tri(d, fnum, "▲")
        put(t.cell(rr, 8), raw, align="r")
        F(name, short, 2023, "令和5年度", seg, "difference", "interim", d, "points", raw, as_of=ASOF)
para("※ 今期は令和6年2月29日現在、前年同期は令和5年2月28日現在の累計。市税（現年分）の調定額・収入済額は別表２の地区別の計を万円単位に四捨五入したもの。", 8.5, before=4)
para("※ 水道料金は、2月検針分の料金が3月に調定されるため、現年分の収納率が他の債権と比べて低くなる。", 8.5)

# ==========================================================================================
# page 5: 別表2 (千円; district rows with area; amounts before rate; previous rate in brackets;
#          滞納者数) and 別表3 (years head the rows; 令和元年度, 令和二年度, era-less 3年度; ▲ changes)
newpage()
para("別表２　市税（現年課税分）の地区別収納状況（令和5年度　令和6年2月末現在）", 11, gothic=True, after=2)
t = table(2 + len(AREAS), 5, [32, 34, 34, 38, 26])
for i, h in enumerate(["地区", "調定額（千円）", "収入済額（千円）", "収納率（％）\n（　）は前年同期", "滞納者数（人）"]):
    put(t.cell(0, i), h, gothic=True)
    shade(t.cell(0, i), "DDEBF7")
for i, (area, a, c, r0, dl) in enumerate(AREAS + [("計", SZ_CA, SZ_CC, SZ_CR0, SZ_DL)]):
    rr = 1 + i
    rt = rate(c, a)
    ar = None if area == "計" else area
    put(t.cell(rr, 0), area)
    put(t.cell(rr, 1), comma(a), align="r")
    put(t.cell(rr, 2), comma(c), align="r")
    put(t.cell(rr, 3), f"{fnum(rt)}（{fnum(r0)}）", align="r")
    put(t.cell(rr, 4), comma(dl), align="r")
    if i % 2 == 1:
        for cc_ in range(5):
            shade(t.cell(rr, cc_), "F2F2F2")
    F("市税", "市税", 2023, "令和5年度", "current", "assessed", "interim", a * 1000, "yen", comma(a), as_of=ASOF, area=ar)
    F("市税", "市税", 2023, "令和5年度", "current", "collected", "interim", c * 1000, "yen", comma(c), as_of=ASOF, area=ar)
    F("市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", rt, "percent", fnum(rt), as_of=ASOF, area=ar)
    F("市税", "市税", 2022, "前年同期", "current", "collection_rate", "interim", r0, "percent", fnum(r0), as_of=ASOF0, area=ar)
    F("市税", "市税", 2023, "令和5年度", "current", "delinquents", "interim", dl, "persons", comma(dl), as_of=ASOF, area=ar)
para("※ 地区は旧町の区域による。滞納者数は現年課税分に未納のある納税義務者の実人数。", 8.5, before=3, after=12)
para("別表３　全債権の収入未済額の推移", 11, gothic=True, after=2)
para("（単位：千円）", 8.5, align="r")
Y3 = [(2019, "令和元年度", 523_118, 31_402, "actual"), (2020, "令和二年度", 501_442, 28_915, "actual"),
      (2021, "3年度", 488_903, 26_330, "actual"), (2022, "4年度", 472_615, 24_108, "actual"),
      (2023, "令和5年度（見込）", 455_000, 12_800, "estimate")]
t = table(1 + len(Y3), 4, [42, 40, 40, 40])
for i, h in enumerate(["年度", "収入未済額", "対前年度増減", "不納欠損額"]):
    put(t.cell(0, i), h, gothic=True)
    shade(t.cell(0, i), "DDEBF7")
prev = 541_206
for i, (fy, lab, o, w, basis) in enumerate(Y3):
    rr = 1 + i
    d = o - prev
    prev = o
    put(t.cell(rr, 0), lab)
    put(t.cell(rr, 1), comma(o), align="r")
    put(t.cell(rr, 2), tri(d, comma, "▲"), align="r")
    put(t.cell(rr, 3), comma(w), align="r")
    F(None, None, fy, lab, "total", "outstanding", basis, o * 1000, "yen", comma(o))
    F(None, None, fy, lab, "total", "difference", basis, d * 1000, "yen", tri(d, comma, "▲"))
    F(None, None, fy, lab, "total", "written_off", basis, w * 1000, "yen", comma(w))
para("※ 平成30年度の収入未済額は541,206千円。令和5年度は決算見込額であり、不納欠損額は債権放棄によるものを含む。", 8.5, before=3)
F(None, None, 2018, "平成30年度", "total", "outstanding", "actual", 541_206_000, "yen", "541,206千円")

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2024-03-12", "method": "書面開催",
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in ATT],
             "agenda": AGENDA, "materials": MATERIALS,
             "statements": [{k: v for k, v in s.items()} for s in STATEMENTS]}
dx = WORK / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dx)], check=True,
               capture_output=True)
out = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
gp = G.write(out)
sys.exit(1 if check(out, gp, PAGE[0]) else 0)
