"""qk_kazuno_plan_1: 第２次鹿角市債権管理計画（令和７年度～令和９年度）. python-docx -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qk_common import Gold, PDF, WORK, yen, pct, soffice, page_count  # noqa: E402
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "qk_kazuno_plan_1"
TITLE = "第２次鹿角市債権管理計画"
g = Gold(STEM, "plan", "plan", "鹿角市", "第２次鹿角市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.15


def field(par, code):
    r = par.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r._r.append(t)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r._r.append(b)


# running header and footer (64)
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
hp.text = f"{TITLE}（令和７年度～令和９年度）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("- ")
field(fp, "PAGE")
fp.add_run(" -")


def P(text="", size=None, bold=False, align=None, indent=0, gothic=False, before=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if before:
        p.paragraph_format.space_before = Pt(before)
    return p


def H(text):
    return P(text, 12, True, gothic=True, before=6)


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    g.page += 1


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def table(rows, widths, size=8.5, head=1, zebra=False, align_right_from=1, grid=True):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid" if grid else None
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            if val is None:
                continue
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(str(val))
            r.font.size = Pt(size)
            p.paragraph_format.space_after = Pt(0)
            if i < head:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(c, "D9D9D9")
            elif j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if zebra and i >= head and (i - head) % 2 == 1:
                shade(c, "F2F2F2")
    return t


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    a.merge(t.cell(r1, col))


# ================================================================ p1 cover
for _ in range(8):
    P()
P(TITLE, 24, True, "c", gothic=True)
P("（令和７年度～令和９年度）", 16, False, "c")
for _ in range(14):
    P()
P("令和７年３月", 14, False, "c")
P("鹿　角　市", 16, True, "c", gothic=True)
brk()

# ================================================================ p2 目次 + 第1章 (31, 36)
P("目　　次", 14, True, "c", gothic=True)
for t, pg in [("１　計画の概要", "２"), ("２　債権管理の現状", "３"), ("３　会計別の収入未済額", "４"),
              ("４　数値目標", "５"), ("５　債権ごとの取組", "６"), ("参考資料　対象債権一覧", "７")]:
    P(f"{t}{'・' * (36 - len(t) * 2 // 2)}{pg}", 11, indent=20)
P()
H("１　計画の概要")
P("（１）計画策定の趣旨", bold=True, indent=10)
P("　本市では、令和４（2022）年３月に第１次鹿角市債権管理計画を策定し、市税をはじめとする市の債権について、全庁的な収納対策を進めてきた。本計画は、その成果と課題を踏まえ、債権管理の一層の適正化と収入未済額の縮減を図るため策定するものである。", indent=10)
P("（２）計画期間", bold=True, indent=10)
P("　令和７（2025）年度から令和９（2027）年度までの３か年とする。", indent=10)
P("（３）基本方針", bold=True, indent=10)
P("ア　現年度分の収納の徹底", indent=20)
P("(ｱ)　納期限内納付を促すため、口座振替及びキャッシュレス納付の利用を拡大する。", indent=30)
P("(ｲ)　督促・催告を早期に行い、滞納の長期化を防ぐ。", indent=30)
P("イ　滞納繰越分の計画的な整理", indent=20)
P("(ｱ)　財産調査を徹底し、資力のある滞納者には滞納処分を行う。", indent=30)
P("(ｲ)　徴収の見込みのない債権は、執行停止や債権放棄により適正に整理する。", indent=30)
P("ウ　債権管理体制の強化", indent=20)
P("(ｱ)　債権管理連絡会議を通じ、所管課間でノウハウを共有する。", indent=30)
brk()

# ================================================================ p3 現状: prose + 5-year table (2,4,16,20,41,44,51,55)
H("２　債権管理の現状")
# data in 0.1 百万円 units: (fy, label, assessed, collected, written-off)
YD = [(2019, "令和元年度", 77_853, 263, 2_487), (2020, "２年度", 78_126, 241, 2_391),
      (2021, "３年度", 77_462, 228, 2_264), (2022, "４年度", 76_884, 214, 2_107),
      (2023, "５年度", 76_119, 187, 1_932)]
Y = [(fy, lab, a, a - w - o, w) for fy, lab, a, w, o in YD]
rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "増減額", "増減率"]]
prev = None
outs = []
for fy, lab, a, c, w in Y:
    o = a - c - w
    outs.append(o)
    row = [lab,
           g.f(f"{a / 10:,.1f}", "assessed", fy, lab, "total", "actual", None, None, mult=1e6),
           g.f(f"{c / 10:,.1f}", "collected", fy, lab, "total", "actual", None, None, mult=1e6),
           g.f(f"{w / 10:,.1f}", "written_off", fy, lab, "total", "actual", None, None, mult=1e6),
           g.f(f"{o / 10:,.1f}", "outstanding", fy, lab, "total", "actual", None, None, mult=1e6),
           g.f(pct(round(c / a * 100, 2), 2), "collection_rate", fy, lab, "total", "actual", None, None)]
    if prev is None:
        row += ["－", "－"]
    else:
        d = o - prev
        row.append(g.f(yen(d * 100_000, 1_000_000, 1), "difference", fy, lab, "total", "actual", None, None, mult=1e6))
        cr = round(d / prev * 100, 1)
        row.append(g.f(("△" if cr < 0 else "") + f"{abs(cr):.1f}", "change_rate", fy, lab, "total", "actual", None, None))
    rows.append(row)
    prev = o
n = len(Y)
av = [sum(v[k] for v in Y) / n for k in (2, 3, 4)]
avo = sum(outs) / n
rows.append(["５年平均",
             g.f(f"{av[0] / 10:,.1f}", "assessed_average", 2023, "５年平均", "total", "actual", None, None, mult=1e6),
             g.f(f"{av[1] / 10:,.1f}", "collected_average", 2023, "５年平均", "total", "actual", None, None, mult=1e6),
             g.f(f"{av[2] / 10:,.1f}", "written_off_average", 2023, "５年平均", "total", "actual", None, None, mult=1e6),
             g.f(f"{avo / 10:,.1f}", "outstanding_average", 2023, "５年平均", "total", "actual", None, None, mult=1e6),
             g.f(pct(round(sum(v[3] for v in Y) / sum(v[2] for v in Y) * 100, 2), 2), "collection_rate_average", 2023, "５年平均", "total", "actual", None, None),
             "－", "－"])
o5, o4 = outs[-1], outs[-2]
a5, c5 = Y[-1][2], Y[-1][3]
a4, c4 = Y[-2][2], Y[-2][3]
r5, r4 = round(c5 / a5 * 100, 2), round(c4 / a4 * 100, 2)
P("（１）収入未済額の状況", bold=True, indent=10)
P("　令和５（2023）年度決算における市全体の収入未済額は" + g.f(f"約{o5 // 1000}億{(o5 % 1000) * 10:,}万円", "outstanding", 2023, "令和５（2023）年度", "total", "actual")
  + "で、前年度から" + g.f(f"約{(o4 - o5) * 10:,}万円", "difference", 2023, "令和５（2023）年度", "total", "actual", neg=True)
  + "の減少となった。収納率は" + g.f(f"{r5:.2f}％", "collection_rate", 2023, "令和５（2023）年度", "total", "actual")
  + "で、前年度比" + g.f(f"{r5 - r4:.2f}ポイント", "difference", 2023, "令和５（2023）年度", "total", "actual", unit="points")
  + "上昇している。また、調定額は" + g.f(f"約{a5 / 1000:.1f}億円", "assessed", 2023, "令和５（2023）年度", "total", "actual")
  + "で、人口減少に伴い緩やかな減少傾向にある。", indent=10)
P("表１　市全体の収納状況の推移", 10, True, "c", gothic=True, before=4)
P("（単位：百万円、％）", 8.5, align="r")
table(rows, [20, 20, 20, 18, 20, 16, 18, 16], size=8.5)
P("注１　一般会計、国民健康保険事業特別会計、介護保険事業特別会計、後期高齢者医療特別会計及び下水道事業会計の合計である。", 8.5)
P("注２　増減額及び増減率は、収入未済額の前年度との比較。５年平均は令和元年度から５年度までの単純平均。", 8.5)
P("注３　第１次計画策定前のH29（2017年度）の収入未済額は" + g.f("268.7百万円", "outstanding", 2017, "H29（2017年度）", "total", "actual") + "であった。", 8.5)
P("（２）課題", bold=True, indent=10, before=4)
P("　収入未済額の約６割を国民健康保険税と市税の滞納繰越分が占めており、滞納の長期化と高齢化への対応が課題となっている。", indent=10)
brk()

# ================================================================ p4 会計別 (3, 4, 22, 54)
H("３　会計別の収入未済額")
P("　会計別・債権別の収入未済額及び収納率は、表２のとおりである。", indent=10)
P("表２　会計別・債権別の収入未済額", 10, True, "c", gothic=True, before=4)
P("（単位：千円、％）", 8.5, align="r")
ACC = [("一般会計", [("市税", "税務課", 5_112_940, 5_003_318, 4_211),
                  ("保育料", "子ども未来課", 98_614, 97_120, 180),
                  ("市営住宅使用料", "都市整備課", 112_408, 104_996, 920)]),
       ("国民健康保険事業特別会計", [("国民健康保険税", "税務課", 1_244_860, 1_160_410, 12_004)]),
       ("介護保険事業特別会計", [("介護保険料", "長寿支援課", 688_220, 683_904, 1_288)]),
       ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "市民課", 301_460, 300_912, 96)])]
R6 = {"市税": (4_926, 98.0), "保育料": (1_104, 98.6), "市営住宅使用料": (6_820, 93.6), "国民健康保険税": (70_100, 93.5),
      "介護保険料": (2_960, 99.4), "後期高齢者医療保険料": (410, 99.8)}
rows = [["会計", "債権名", "所管課", "令和５年度決算", None, "令和６年度決算見込", None],
        [None, None, None, "収入未済額", "収納率", "収入未済額", "収納率"]]
spans = []
for acc, ds in ACC:
    s0 = len(rows)
    for d, ka, a, c, w in ds:
        o = a - c - w
        rows.append([acc, d, ka,
                     g.f(f"{o:,}", "outstanding", 2023, "令和５年度", "total", "actual", d, d, mult=1000),
                     g.f(pct(round(c / a * 100, 1)), "collection_rate", 2023, "令和５年度", "total", "actual", d, d),
                     g.f(f"{R6[d][0]:,}", "outstanding", 2024, "令和６年度", "total", "estimate", d, d, mult=1000),
                     g.f(pct(R6[d][1]), "collection_rate", 2024, "令和６年度", "total", "estimate", d, d)])
    spans.append((s0, len(rows) - 1))
t = table(rows, [34, 30, 24, 20, 14, 20, 14], size=8.5, head=2, align_right_from=3)
t.cell(0, 3).merge(t.cell(0, 4)); t.cell(0, 5).merge(t.cell(0, 6))
for k in range(3):
    vmerge(t, k, 0, 1)
for s0, s1 in spans:
    if s1 > s0:
        c = t.cell(s0, 0).merge(t.cell(s1, 0))
        c.paragraphs[0].runs[0].text = c.paragraphs[0].runs[0].text
        for extra in c.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
P("出典：各年度の決算書及び所管課調べ（令和６年度は令和７年１月末時点の見込み）", 8.5)
P()
P("　令和６年度決算見込みでは、国民健康保険税の収入未済額が依然として最も大きく、会計全体の約７割を占める見込みである。", indent=10)
brk()

# ================================================================ p5 目標 (3, 12, 19, 22 zebra, 50, 59)
H("４　数値目標")
P("　計画期間の各年度の目標収納率（現年度分と滞納繰越分の合計）を、次のとおり定める。", indent=10)
P("表３　債権別の目標収納率", 10, True, "c", gothic=True, before=4)
P("単位：％", 8.5, align="r")
TG = [("【一般会計】", None, [("市税", 97.9, 98.1, 98.2, 98.3), ("保育料", 98.5, 98.6, 98.7, 98.8),
                             ("市営住宅使用料", 93.1, 93.8, 94.2, 94.6)], "一般会計計"),
      ("【特別会計】", None, [("国民健康保険税", 93.0, 93.6, 94.0, 94.4), ("介護保険料", 99.3, 99.4, 99.4, 99.5),
                             ("後期高齢者医療保険料", 99.7, 99.8, 99.8, 99.8)], "特別会計計")]
SUB = {"一般会計計": (97.5, 97.8, 98.0, 98.1), "特別会計計": (95.6, 96.0, 96.3, 96.6)}
rows = [["区分", "R5決算", "R7目標", "R8目標", "R9目標"]]
for sec_lab, _, ds, sub in TG:
    rows.append([sec_lab, "", "", "", ""])
    for d, r5_, r7, r8, r9 in ds:
        rows.append(["　" + d, g.f(pct(r5_), "collection_rate", 2023, "R5決算", "total", "actual", d, d),
                     g.f(pct(r7), "collection_rate", 2025, "R7目標", "total", "target", d, d),
                     g.f(pct(r8), "collection_rate", 2026, "R8目標", "total", "target", d, d),
                     g.f(pct(r9), "collection_rate", 2027, "R9目標", "total", "target", d, d)])
    v = SUB[sub]
    rows.append([sub, g.f(pct(v[0]), "collection_rate", 2023, "R5決算", "total", "actual", None, sub),
                 g.f(pct(v[1]), "collection_rate", 2025, "R7目標", "total", "target", None, sub),
                 g.f(pct(v[2]), "collection_rate", 2026, "R8目標", "total", "target", None, sub),
                 g.f(pct(v[3]), "collection_rate", 2027, "R9目標", "total", "target", None, sub)])
rows.append(["総計", g.f(pct(round(Y[-1][3] / Y[-1][2] * 100, 2), 2), "collection_rate", 2023, "R5決算", "total", "actual", None, "総計"),
             g.f("97.20", "collection_rate", 2025, "R7目標", "total", "target", None, "総計"),
             g.f("97.45", "collection_rate", 2026, "R8目標", "total", "target", None, "総計"),
             g.f("97.65", "collection_rate", 2027, "R9目標", "total", "target", None, "総計")])
table(rows, [52, 24, 24, 24, 24], size=9, zebra=True)
P("※総計欄のみ小数点以下第２位まで表示。R5決算の総計は表１の令和５年度の収納率と一致する。", 8.5)
P()
P("　また、収入未済額については、令和９年度末までに" + g.f("約1.6億円", "outstanding", 2027, "令和９年度", "total", "target")
  + "まで縮減することを目標とする。", indent=10)
brk()

# ================================================================ p6 債権ごとの取組 (8, 14, 20)
H("５　債権ごとの取組")
SHEETS = [
    ("市税", "（１）債権ごとの取組（市税）",
     "　令和５年度決算の収入未済額は" + g.f("1億541万円", "outstanding", 2023, "令和５年度", "total", "actual", "市税", "市税", page=6)
     + "で、うち滞納繰越分が" + g.f("7,018万円", "outstanding", 2023, "令和５年度", "arrears", "actual", "市税", "市税", page=6) + "を占める。",
     [("ア", "納期内納付を促すため、口座振替の新規加入を窓口で勧奨する。", "継続"),
      ("イ", "滞納初期の段階で電話催告を行い、早期の自主納付につなげる。", "拡充"),
      ("ウ", "秋田県地方税滞納整理機構への移管により、高額・困難案件の整理を進める。", "継続")]),
    ("国民健康保険税", "（２）債権ごとの取組（国民健康保険税）",
     "　令和５年度決算の収入未済額は" + g.f("約7,245万円", "outstanding", 2023, "令和５年度", "total", "actual", "国民健康保険税", "国民健康保険税", page=6)
     + "で、前年度より" + g.f("約410万円", "difference", 2023, "令和５年度", "total", "actual", "国民健康保険税", "国民健康保険税", neg=True, page=6) + "減少した。",
     [("ア", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
      ("イ", "資格喪失後の未納者に対し、喪失手続の際に納付書を手渡しする。", "新規"),
      ("ウ", "給与照会及び年金照会を一斉に実施し、差押えを強化する。", "拡充")]),
]
for d, head, text, items in SHEETS:
    P(head, 11, True, gothic=True, before=6)
    P("ア　現状", bold=True, indent=10)
    P(text, indent=10)
    P("イ　目標", bold=True, indent=10)
    v = [x for _, _, ds, _ in TG for x in ds if x[0] == d][0]
    P("　令和９年度の収納率" + g.f(f"{v[4]:.1f}％", "collection_rate", 2027, "令和９年度", "total", "target", d, d) + "を目指す。", indent=10)
    P("ウ　主な取組", bold=True, indent=10)
    for k, (lab, t, stt) in enumerate(items):
        g.i(t, d, 2025, "主な取組", f"({'ｱｲｳｴ'[k]})", stt)
        if d == "国民健康保険税":  # tag alone on its own line
            P(f"(ｱ)".replace("ｱ", "ｱｲｳｴ"[k]) + "　" + t, indent=20)
            P(f"【{stt}】", indent=30)
        else:
            P(f"({'ｱｲｳｴ'[k]})　{t}【{stt}】", indent=20)
brk()

# ================================================================ p7 参考資料 (60, 16 円)
H("参考資料　対象債権一覧")
P("（令和５年度決算、収入未済額の単位：円）", 8.5, align="r")
LIST = [("市税", "税務課", "地方税法", "強", 105_411_000), ("国民健康保険税", "税務課", "地方税法", "強", 72_446_000),
        ("介護保険料", "長寿支援課", "介護保険法", "強", 3_028_000), ("後期高齢者医療保険料", "市民課", "高齢者の医療の確保に関する法律", "強", 452_000),
        ("保育料", "子ども未来課", "児童福祉法", "強", 1_314_000), ("下水道使用料", "上下水道課", "地方自治法", "強", 2_215_430),
        ("児童扶養手当返還金", "子ども未来課", "児童扶養手当法", "非", 1_620_000), ("市営住宅使用料", "都市整備課", "民法", "私", 6_492_000),
        ("水道料金", "上下水道課", "民法", "私", 3_980_615)]
rows = [["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
for k, (d, ka, law, kb, o) in enumerate(LIST, 1):
    rows.append([str(k), d, ka, law, kb, g.f(f"{o:,}", "outstanding", 2023, None, "total", "actual", d, d)])
table(rows, [10, 40, 26, 52, 10, 28], size=8.5, align_right_from=5)
P("区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権", 8.5)

docx = WORK / f"{STEM}.docx"
doc.save(docx)
pdf = soffice(docx, WORK)
out = PDF / f"{STEM}.pdf"
out.write_bytes(pdf.read_bytes())
g.write(out, page_count(out))
