"""fl_satsuma_minutes_1: さつま町議会 町税等収納対策調査特別委員会 会議録 (python-docx -> LibreOffice).

Run from corpus/frozen34:  python3 build/fl_satsuma_minutes_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fl_common import Gold, PDF_DIR, WORK, comma, rate, soffice_pdf, zen  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STEM = "fl_satsuma_minutes_1"
TOWN = "さつま町"
MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
ASOF = "2025-10-31"
ASOF_PREV = "2024-10-31"

g = Gold(STEM, "minutes", "minutes", TOWN,
         "令和７年度第２回さつま町議会町税等収納対策調査特別委員会会議録", "2025-11-27", "令和７年１１月２７日")

# ------------------------------------------------------------------------------------------------
# data (千円).  rows of 資料１: (printed label, full name, canonical debt, segment, R7 調定, R7 収入済, R6 調定, R6 収入済)
# ------------------------------------------------------------------------------------------------
RAW = [
    ("町税", "町税", "市税", "current", 2184562, 1494455, 2161307, 1471020),
    ("町税", "町税", "市税", "arrears", 171834, 36205, 192411, 38385),
    ("国保税", "国民健康保険税", "国民健康保険料", "current", 498217, 288278, 512906, 299955),
    ("国保税", "国民健康保険税", "国民健康保険料", "arrears", 96418, 17780, 104233, 18272),
    ("介護料", "介護保険料", "介護保険料", "total", 412655, 251934, 409120, 248563),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", "total", 231408, 140613, 224197, 135864),
    ("保育料", "保育料", "保育料", "total", 35872, 20962, 38215, 22139),
    ("住宅使用料", "町営住宅使用料", "市営住宅使用料", "total", 118360, 63418, 121552, 64201),
]


def row(lbl, full, canon, seg, a7, c7, a6, c6):
    return dict(lbl=lbl, full=full, canon=canon, seg=seg, a7=a7, c7=c7, r7=rate(c7, a7), a6=a6, c6=c6, r6=rate(c6, a6))


ROWS = [row(*r) for r in RAW]


def subtotal(rows, lbl, full, canon):
    a7 = sum(r["a7"] for r in rows); c7 = sum(r["c7"] for r in rows)
    a6 = sum(r["a6"] for r in rows); c6 = sum(r["c6"] for r in rows)
    return row(lbl, full, canon, "total", a7, c7, a6, c6)


tax = [r for r in ROWS if r["lbl"] == "町税"]
kok = [r for r in ROWS if r["lbl"] == "国保税"]
TAX_T = subtotal(tax, "町税", "町税", "市税")
KOK_T = subtotal(kok, "国保税", "国民健康保険税", "国民健康保険料")
OTHERS = [r for r in ROWS if r["seg"] == "total"]
GRAND = subtotal([TAX_T, KOK_T] + OTHERS, "合計", None, None)
TABLE = tax + [TAX_T] + kok + [KOK_T] + OTHERS + [GRAND]

# prose figures derived from the table
tax_cur, tax_arr = tax
d_cur = round(tax_cur["r7"] - tax_cur["r6"], 2)
d_arr = round(tax_arr["r7"] - tax_arr["r6"], 2)
out7 = (TAX_T["a7"] - TAX_T["c7"]) * 1000
out6 = (TAX_T["a6"] - TAX_T["c6"]) * 1000
out7_r = round(out7, -6)          # 約２億１，３００万円 style (百万円単位)
d_out_r = round(out7 - out6, -6)
kok_cur, kok_arr = kok
dk_cur = round(kok_cur["r7"] - kok_cur["r6"], 2)
dk_arr = round(kok_arr["r7"] - kok_arr["r6"], 2)
assert d_cur > 0 and d_arr > 0 and dk_cur < 0 and dk_arr > 0, (d_cur, d_arr, dk_cur, dk_arr)
assert d_out_r < 0


def P2(x):
    return zen(f"{x:.2f}")


def man(yen: int) -> str:
    """yen (multiple of 10,000) -> '２億１，３００万円' / '１，８００万円' in 全角."""
    oku, rest = divmod(abs(yen) // 10000, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return zen(s) + "円"


# 町税の収納率の推移 (決算, %).  R6 total is also quoted in the statements.
TREND = [  # printed year, fy, current, arrears, total
    ("令和元年度", 2019, 98.74, 17.62, 94.18),
    ("２年度", 2020, 98.81, 18.95, 94.77),
    ("３年度", 2021, 98.93, 19.40, 95.36),
    ("４年度", 2022, 99.02, 20.84, 95.92),
    ("５年度", 2023, 99.08, 22.16, 96.40),
    ("６年度", 2024, 99.15, 23.37, 96.81),
]

# 地区別滞納状況 (令和７年１０月末): 滞納者数(人), 滞納額 町税, 国保税, その他 (千円), 差押件数
AREAS = [("宮之城地区", 612, 58214, 21406, 19877, 49), ("鶴田地区", 187, 16530, 6982, 5214, 14),
         ("薩摩地区", 254, 21877, 8315, 7046, 24)]

# ------------------------------------------------------------------------------------------------
# docx helpers
# ------------------------------------------------------------------------------------------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = MINCHO
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fld(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)


fp.add_run("－ ")
_fld(fp, "PAGE")
fp.add_run(" －")


def para(text="", size=10.5, bold=False, align=None, font=None, indent_first=None, left=None, before=0, after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if left is not None:
        pf.left_indent = Pt(left)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, size=8.5, align="r", bold=False, font=GOTHIC):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_before = Pt(1.5)
    p.paragraph_format.space_after = Pt(1.5)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.font.name = font
    r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row_ in table.rows:
        for i, w in enumerate(widths_mm):
            row_.cells[i].width = Mm(w)


STATEMENTS = []


def say(speaker, *paras, section=None):
    """○speaker　text ; further paragraphs indented by one full-width space."""
    first = True
    for t in paras:
        if first:
            p = para(f"○{speaker}　{t}", indent_first=-10.5, left=10.5)
            first = False
        else:
            p = para(f"　{t}", left=10.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": g.page})


def newpage():
    doc.add_page_break()
    g.page += 1


# ------------------------------------------------------------------------------------------------
# page 1: header
# ------------------------------------------------------------------------------------------------
g.page = 1
para("令和７年度第２回", size=12, align="c")
para("さつま町議会町税等収納対策調査特別委員会会議録", size=15, bold=True, align="c", after=10)
HEAD = [
    "１　開催日時　　令和７年１１月２７日（木）　午前１０時００分開会　午前１１時４２分閉会",
    "２　開催場所　　さつま町役場　第２委員会室",
]
for h in HEAD:
    para(h, before=2)
para("３　出席委員（７名）", before=6)
MEMBERS = [("委員長", "山下　浩一"), ("副委員長", "岩元　知美"), ("委員", "新留　正和"), ("委員", "平八重　勝"),
           ("委員", "上村　さゆり"), ("委員", "中間　俊彦"), ("委員", "宮原　隆")]
for i in range(0, len(MEMBERS), 2):
    line = "　　".join(f"{r}　{n}" for r, n in MEMBERS[i:i + 2])
    para("　　" + line)
para("４　欠席委員（なし）", before=6)
para("５　説明のため出席した者（６名）", before=6)
EXEC = [("副町長", "東　昭彦"), ("税務課長", "川畑　誠"), ("保健福祉課長", "森　和弘"),
        ("子ども・子育て支援課長", "今村　由香"), ("建設課長", "坂口　和也"), ("上下水道課長", "有村　修")]
for t, n in EXEC:
    para(f"　　{t}　　{n}")
para("６　職務のため出席した事務局職員（２名）", before=6)
STAFF = [("議会事務局長", "原口　武"), ("議事調査係長", "大迫　美穂")]
para("　　" + "　　".join(f"{t}　{n}" for t, n in STAFF))
AGENDA = ["町税等の収納状況について（令和７年１０月末現在）", "滞納整理の取組状況について", "その他"]
para("７　付議事件", before=6)
for i, a in enumerate(AGENDA, 1):
    para(f"　（{zen(i)}）{a}")
MATERIALS = ["資料１　町税等収納状況（令和７年１０月末現在）", "資料２　地区別滞納状況・町税収納率の推移"]
para("８　配付資料", before=6)
for m in MATERIALS:
    para("　　" + m)
para("９　会議の経過", before=8)
para("─" * 40, align="c")
say("山下委員長",
    "ただいまから、令和７年度第２回町税等収納対策調査特別委員会を開会します。なお、第１回委員会は書面開催とし、"
    "令和７年７月１８日付けで各委員に資料を送付しておりましたので、対面での開催は今年度初めてとなります。",
    "本日は、付議事件（１）及び（２）について執行部から一括して説明を受け、その後、質疑を行います。税務課長。",
    section="開会")

# ------------------------------------------------------------------------------------------------
# page 2: 説明
# ------------------------------------------------------------------------------------------------
newpage()
S1 = AGENDA[0]
F = g.fact
t1 = (f"それでは、資料１により町税等の収納状況についてご説明します。令和７年１０月末現在の町税の収納率は、"
      f"現年課税分が{P2(tax_cur['r7'])}％で、前年同月と比べ{P2(d_cur)}ポイント上昇しております。"
      f"滞納繰越分は{P2(tax_arr['r7'])}％で、前年同月比{P2(d_arr)}ポイントの上昇です。"
      f"町税全体の収入未済額は約{man(out7_r)}となり、前年同月から約{man(d_out_r)}減少しております。")
F(zen(f"{tax_cur['r7']:.2f}") + "％", tax_cur["r7"], "percent", "collection_rate", debt="市税", debt_raw="町税",
  fy=2025, fy_raw="令和７年", segment="current", basis="interim", as_of=ASOF)
F(zen(f"{d_cur:.2f}") + "ポイント", d_cur, "points", "difference", debt="市税", debt_raw="町税",
  fy=2025, fy_raw="令和７年", segment="current", basis="interim", as_of=ASOF)
F(zen(f"{tax_arr['r7']:.2f}") + "％", tax_arr["r7"], "percent", "collection_rate", debt="市税", debt_raw="町税",
  fy=2025, fy_raw="令和７年", segment="arrears", basis="interim", as_of=ASOF)
F(zen(f"{d_arr:.2f}") + "ポイント", d_arr, "points", "difference", debt="市税", debt_raw="町税",
  fy=2025, fy_raw="令和７年", segment="arrears", basis="interim", as_of=ASOF)
F("約" + man(out7_r), out7_r, "yen", "outstanding", debt="市税", debt_raw="町税", fy=2025, fy_raw="令和７年",
  segment="total", basis="interim", as_of=ASOF, approx=True)
F("約" + man(d_out_r) + "減少", d_out_r, "yen", "difference", debt="市税", debt_raw="町税", fy=2025, fy_raw="令和７年",
  segment="total", basis="interim", as_of=ASOF, approx=True)

WO6 = 12_300_000
t2 = (f"なお、令和６年度決算では、町税全体の収納率が{zen('96.81')}％、不納欠損額が約{man(WO6)}でございました。"
      f"今年度の目標収納率は、現年課税分が{zen('99.20')}％、滞納繰越分が{zen('25.00')}％としております。")
F(zen("96.81") + "％", 96.81, "percent", "collection_rate", debt="市税", debt_raw="町税", fy=2024, fy_raw="令和６年度")
F("約" + man(WO6), WO6, "yen", "written_off", debt="市税", debt_raw="町税", fy=2024, fy_raw="令和６年度", approx=True)
F(zen("99.20") + "％", 99.20, "percent", "collection_rate", debt="市税", debt_raw="町税", fy=2025, fy_raw="今年度",
  segment="current", basis="target")
F(zen("25.00") + "％", 25.00, "percent", "collection_rate", debt="市税", debt_raw="町税", fy=2025, fy_raw="今年度",
  segment="arrears", basis="target")
t3 = ("次に、滞納整理の取組状況ですが、１０月末までの差押件数は８７件で、前年同月の７２件を１５件上回っております。"
      "2023年度（令和５年度）から導入したスマートフォン決済は、１０月末までに３，１２０件の利用がございました。")
say("川畑税務課長", t1, t2, t3, section=S1)
say("山下委員長", "保健福祉課長。", section=S1)

HH7, HH6 = 412, 447
t4 = (f"国民健康保険税についてご説明します。１０月末現在の収納率は、現年課税分が{P2(kok_cur['r7'])}％で、"
      f"前年同月比{P2(-dk_cur)}ポイントの低下、滞納繰越分は{P2(kok_arr['r7'])}％で、"
      f"{P2(dk_arr)}ポイントの上昇となっております。")
t5 = (f"また、滞納世帯数は{zen(HH7)}世帯で、前年同月の{zen(HH6)}世帯から{zen(HH6 - HH7)}世帯減少しております。"
      "短期被保険者証の交付時の面談を通じて、分割納付の約束につなげております。")
KD = dict(debt="国民健康保険料", debt_raw="国民健康保険税")
F(zen(f"{kok_cur['r7']:.2f}") + "％", kok_cur["r7"], "percent", "collection_rate", **KD, fy=2025, fy_raw=None,
  segment="current", basis="interim", as_of=ASOF)
F(zen(f"{-dk_cur:.2f}") + "ポイントの低下", dk_cur, "points", "difference", **KD, fy=2025, fy_raw=None,
  segment="current", basis="interim", as_of=ASOF)
F(zen(f"{kok_arr['r7']:.2f}") + "％", kok_arr["r7"], "percent", "collection_rate", **KD, fy=2025, fy_raw=None,
  segment="arrears", basis="interim", as_of=ASOF)
F(zen(f"{dk_arr:.2f}") + "ポイントの上昇", dk_arr, "points", "difference", **KD, fy=2025, fy_raw=None,
  segment="arrears", basis="interim", as_of=ASOF)
F(zen(HH7) + "世帯", HH7, "households", "delinquents", **KD, fy=2025, basis="interim", as_of=ASOF)
F(zen(HH6) + "世帯", HH6, "households", "delinquents", **KD, fy=2024, fy_raw="前年同月", basis="interim", as_of=ASOF_PREV)
F(zen(HH6 - HH7) + "世帯減少", -(HH6 - HH7), "households", "difference", **KD, fy=2025, basis="interim", as_of=ASOF)
say("森保健福祉課長", t4, t5, section=S1)
say("山下委員長", "説明が終わりましたので、質疑に入ります。質疑はありませんか。", section=S1)
say("新留委員", "町税の滞納繰越分の収納率が上がっているとのことですが、その要因をどのように分析しているのか伺います。"
    "また、令和６年度決算の不納欠損額の内訳についてもお示しください。", section=S1)
WO_A, WO_B = 8_400_000, 3_900_000
assert WO_A + WO_B == WO6
t6 = ("滞納繰越分の収納率の上昇につきましては、鹿児島県地方税徴収対策室との共同催告や、預貯金調査の電子化によって"
      "財産調査に要する期間を短縮できたことが大きいと考えております。")
t7 = (f"令和６年度の不納欠損額約{man(WO6)}のうち、執行停止後３年経過によるものが約{man(WO_A)}、"
      f"執行停止と同時に納付義務を消滅させたものが約{man(WO_B)}でございます。")
F("約" + man(WO6), WO6, "yen", "written_off", debt="市税", debt_raw="町税", fy=2024, fy_raw="令和６年度", approx=True)
F("約" + man(WO_A), WO_A, "yen", "written_off", debt="市税", debt_raw="町税", fy=2024, fy_raw="令和６年度", approx=True)
F("約" + man(WO_B), WO_B, "yen", "written_off", debt="市税", debt_raw="町税", fy=2024, fy_raw="令和６年度", approx=True)
say("川畑税務課長", t6, t7, section=S1)

# ------------------------------------------------------------------------------------------------
# page 3: 質疑
# ------------------------------------------------------------------------------------------------
newpage()
S2 = AGENDA[1]
say("上村委員", "年度末の見込みについて伺います。今年度の目標は達成できる見込みでしょうか。", section=S2)
t8 = (f"年度末の収納率は、現年課税分で{zen('99.25')}％、滞納繰越分で{zen('24.80')}％を見込んでおります。"
      "現年課税分は目標を上回る見込みですが、滞納繰越分はわずかに届かない見込みでございます。")
F(zen("99.25") + "％", 99.25, "percent", "collection_rate", debt="市税", debt_raw="町税", fy=2025, fy_raw="年度末",
  segment="current", basis="estimate")
F(zen("24.80") + "％", 24.80, "percent", "collection_rate", debt="市税", debt_raw="町税", fy=2025, fy_raw="年度末",
  segment="arrears", basis="estimate")
say("川畑税務課長", t8, section=S2)
say("平八重委員", "町営住宅使用料の滞納が多いと聞いております。現状と今後の対応を伺います。", section=S2)
HO, HA = 31_200_000, 26_500_000
t9 = (f"町営住宅使用料の収入未済額は、令和６年度決算で約{man(HO)}、このうち滞納繰越分が約{man(HA)}でございます。"
      f"収納率は、現年分が{zen('97.82')}％、過年度分が{zen('12.40')}％でした。長期滞納者１１名については、"
      "連帯保証人への催告を行うとともに、明渡し請求訴訟の準備を進めております。")
HD = dict(debt="市営住宅使用料", debt_raw="町営住宅使用料", fy=2024, fy_raw="令和６年度")
F("約" + man(HO), HO, "yen", "outstanding", **HD, approx=True)
F("約" + man(HA), HA, "yen", "outstanding", **HD, segment="arrears", approx=True)
F(zen("97.82") + "％", 97.82, "percent", "collection_rate", **HD, segment="current")
F(zen("12.40") + "％", 12.40, "percent", "collection_rate", **HD, segment="arrears")
say("坂口建設課長", t9, section=S2)
say("宮原委員", "保育料について、無償化以降の状況を伺います。", section=S2)
HA2, HA3 = 58_400_000, 1_800_000
t10 = (f"保育料は、令和元年１０月の幼児教育・保育の無償化以降、調定額が大きく減少しており、令和６年度の調定額は約{man(HA2)}、"
       f"現年度分の収納率は{zen('99.12')}％でございました。過年度分の収入未済額は、令和６年度末で約{man(HA3)}まで縮減しております。")
PD = dict(debt="保育料", debt_raw="保育料", fy=2024, fy_raw="令和６年度")
F("約" + man(HA2), HA2, "yen", "assessed", **PD, approx=True)
F(zen("99.12") + "％", 99.12, "percent", "collection_rate", **PD, segment="current")
F("約" + man(HA3), HA3, "yen", "outstanding", **PD, segment="arrears", approx=True)
say("今村子ども・子育て支援課長", t10, section=S2)
say("中間委員", "水道料金の滞納対策はどうなっていますか。", section=S2)
W1, W2 = 14_500_000, 2_100_000
t11 = ("水道料金につきましては、給水停止予告を年４回実施しており、今年度は１０月末までに給水停止を２４件行いました。"
       f"１０月末現在の滞納繰越分の収入未済額は約{man(W1)}で、前年同月と比べ約{man(W2)}減少しております。")
WD = dict(debt="水道料金", debt_raw="水道料金", fy=2025, fy_raw="今年度", segment="arrears", basis="interim", as_of=ASOF)
F("約" + man(W1), W1, "yen", "outstanding", **WD, approx=True)
F("約" + man(W2) + "減少", -W2, "yen", "difference", **WD, approx=True)
say("有村上下水道課長", t11, section=S2)
say("岩元副委員長", "納付環境の整備について、今後の予定を伺います。", section=S2)
say("川畑税務課長", "令和８年度から、国民健康保険税及び介護保険料の納付書にも地方税統一ＱＲコードを印字し、"
    "スマートフォン決済やクレジットカードでの納付ができるよう準備を進めております。", section=S2)
say("東副町長", "滞納の解消は、税負担の公平性の確保と自主財源の確保の両面から重要な課題であると認識しております。"
    "税外の債権も含め、滞納者情報を関係課で共有し、町全体で滞納整理に取り組んでまいります。", section=S2)
say("山下委員長", "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）質疑がないようですので、以上で本日の委員会を閉会します。",
    section="閉会")
para("午前１１時４２分閉会", align="r", before=6)

# ------------------------------------------------------------------------------------------------
# page 4: 資料１
# ------------------------------------------------------------------------------------------------
newpage()
para("資料１", size=10, align="r", font=GOTHIC)
para("町税等収納状況（令和７年１０月末現在）", size=12.5, bold=True, align="c", font=GOTHIC, after=4)
para("（単位：千円、％）", size=8.5, align="r", font=GOTHIC)
tbl = doc.add_table(rows=2 + len(TABLE), cols=9)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
h0 = tbl.rows[0].cells
h1 = tbl.rows[1].cells
a = h0[0].merge(h1[0]); cell_text(a, "債権", align="c", bold=True)
a = h0[1].merge(h1[1]); cell_text(a, "区分", align="c", bold=True)
a = h0[2].merge(h0[4]); cell_text(a, "令和７年１０月末", align="c", bold=True)
a = h0[5].merge(h0[7]); cell_text(a, "令和６年１０月末（前年同月）", align="c", bold=True)
a = h0[8].merge(h1[8]); cell_text(a, "収納率差※", align="c", bold=True)
for i, t in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
    cell_text(h1[2 + i], t, align="c", bold=True)
for c in list(h0) + list(h1):
    shade(c, "CFD8E3")
SEGL = {"current": "現年", "arrears": "滞繰", "total": "計"}
for k, r in enumerate(TABLE):
    cells = tbl.rows[2 + k].cells
    lbl = r["lbl"]
    seg = r["seg"]
    seg_lbl = SEGL[seg] if lbl in ("町税", "国保税") else "－"
    if lbl == "合計":
        seg_lbl = ""
    cell_text(cells[0], lbl, align="l")
    cell_text(cells[1], seg_lbl, align="c")
    d = round(r["r7"] - r["r6"], 2)
    vals = [comma(r["a7"]), comma(r["c7"]), f"{r['r7']:.2f}", comma(r["a6"]), comma(r["c6"]), f"{r['r6']:.2f}",
            (f"△{-d:.2f}" if d < 0 else f"{d:.2f}")]
    for i, v in enumerate(vals):
        cell_text(cells[2 + i], v)
    if k % 2 == 1:
        for c in cells:
            shade(c, "E8EEF5")
    if lbl == "合計":
        debt, draw = None, "合計"
    else:
        debt, draw = r["canon"], lbl
    common = dict(debt=debt, debt_raw=draw, segment=seg)
    F(vals[0], r["a7"] * 1000, "yen", "assessed", **common, fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of=ASOF)
    F(vals[1], r["c7"] * 1000, "yen", "collected", **common, fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of=ASOF)
    F(vals[2], r["r7"], "percent", "collection_rate", **common, fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of=ASOF)
    F(vals[3], r["a6"] * 1000, "yen", "assessed", **common, fy=2024, fy_raw="令和６年１０月末", basis="interim", as_of=ASOF_PREV)
    F(vals[4], r["c6"] * 1000, "yen", "collected", **common, fy=2024, fy_raw="令和６年１０月末", basis="interim", as_of=ASOF_PREV)
    F(vals[5], r["r6"], "percent", "collection_rate", **common, fy=2024, fy_raw="令和６年１０月末", basis="interim", as_of=ASOF_PREV)
    F(vals[6], d, "points", "difference", **common, fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of=ASOF)
set_widths(tbl, [19, 10, 21, 21, 14, 21, 21, 14, 17])
para("※収納率差は、本年１０月末の収納率から前年同月の収納率を差し引いたもの（単位：ポイント）。", size=8, before=4)
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝町営住宅使用料", size=8)
para("　　　調定額には、１０月末までに納期が到来していない期別分を含む。", size=8)

# ------------------------------------------------------------------------------------------------
# page 5: 資料２
# ------------------------------------------------------------------------------------------------
newpage()
para("資料２", size=10, align="r", font=GOTHIC)
para("１　地区別滞納状況（令和７年１０月末現在）", size=11.5, bold=True, font=GOTHIC, after=4)
hdr = ["地区", "滞納者数（人）", "滞納額（千円）", "うち町税（千円）", "うち国保税（千円）", "差押件数（件）"]
tb2 = doc.add_table(rows=2 + len(AREAS), cols=6)
tb2.style = "Table Grid"
tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, t in enumerate(hdr):
    cell_text(tb2.rows[0].cells[i], t, align="c", bold=True)
    shade(tb2.rows[0].cells[i], "CFD8E3")
tot = [0, 0, 0, 0, 0]
for k, (area, n, tx, kk, oth, sz) in enumerate(AREAS + [("計", None, None, None, None, None)]):
    if area == "計":
        n, tx, kk, oth, sz = tot[0], tot[1], tot[2], tot[3], tot[4]
        ar = None
    else:
        ar = area
        tot = [tot[0] + n, tot[1] + tx, tot[2] + kk, tot[3] + oth, tot[4] + sz]
    total = tx + kk + oth
    cells = tb2.rows[1 + k].cells
    vals = [area, comma(n), comma(total), comma(tx), comma(kk), comma(sz)]
    for i, v in enumerate(vals):
        cell_text(cells[i], v, align="l" if i == 0 else "r", size=8.5)
    if k % 2 == 1:
        for c in cells:
            shade(c, "E8EEF5")
    base = dict(fy=2025, fy_raw="令和７年１０月末", basis="interim", as_of=ASOF, area=ar)
    F(vals[1], n, "persons", "delinquents", debt=None, debt_raw="計" if ar is None else None, **base)
    F(vals[2], total * 1000, "yen", "outstanding", debt=None, debt_raw="計" if ar is None else None, **base)
    F(vals[3], tx * 1000, "yen", "outstanding", debt="市税", debt_raw="町税", **base)
    F(vals[4], kk * 1000, "yen", "outstanding", debt="国民健康保険料", debt_raw="国保税", **base)
set_widths(tb2, [26, 24, 26, 28, 33, 24])
para("※滞納者数は、町税、国保税、介護料、後期高齢、保育料、住宅使用料のいずれかに納期限を過ぎた未納がある実人数。", size=8, before=3)
para("※滞納額は、納期限を経過した未納額であり、資料１の収入未済額とは一致しない。", size=8)

para("２　町税収納率の推移（決算）", size=11.5, bold=True, font=GOTHIC, before=14, after=4)
para("（単位：％）", size=8.5, align="r", font=GOTHIC)
tb3 = doc.add_table(rows=1 + len(TREND), cols=4)
tb3.style = "Table Grid"
tb3.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, t in enumerate(["年度", "現年課税分", "滞納繰越分", "合計"]):
    cell_text(tb3.rows[0].cells[i], t, align="c", bold=True)
    shade(tb3.rows[0].cells[i], "CFD8E3")
for k, (yr, fy, cu, ar, to) in enumerate(TREND):
    cells = tb3.rows[1 + k].cells
    vals = [yr, f"{cu:.2f}", f"{ar:.2f}", f"{to:.2f}"]
    for i, v in enumerate(vals):
        cell_text(cells[i], v, align="c" if i == 0 else "r", size=8.5)
    if k % 2 == 1:
        for c in cells:
            shade(c, "E8EEF5")
    for seg, v in zip(("current", "arrears", "total"), vals[1:]):
        F(v, float(v), "percent", "collection_rate", debt="市税", debt_raw="町税", fy=fy, fy_raw=yr, segment=seg)
set_widths(tb3, [34, 34, 34, 34])
para("※令和２年度は、新型コロナウイルス感染症の影響による徴収猶予の特例分を含む。", size=8, before=3)

# ------------------------------------------------------------------------------------------------
# minutes object and output
# ------------------------------------------------------------------------------------------------
att = []
for r, n in MEMBERS:
    att.append({"role": r, "title": None, "name": n})
for t, n in EXEC:
    att.append({"role": t, "title": t, "name": n})
for t, n in STAFF:
    att.append({"role": "事務局", "title": t, "name": n})
g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2025-11-27", "method": None,
             "attendees": att, "agenda": AGENDA, "materials": MATERIALS, "statements": STATEMENTS}

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(pdf, out)
gp = g.write(out)
print(out, gp, len(g.facts), "facts", len(STATEMENTS), "statements")
