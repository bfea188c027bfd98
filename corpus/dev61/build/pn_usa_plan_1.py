"""宇佐市債権管理計画 (python-docx -> LibreOffice soffice --convert-to pdf). Run from corpus/dev61."""
import os, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pn_common import Gold, c, rate, SET
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "pn_usa_plan_1"
G = Gold(); K = 1000
doc = Document()
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
for s_ in [sec]:
    s_.left_margin = s_.right_margin = Mm(20); s_.top_margin = Mm(18); s_.bottom_margin = Mm(15)

def para(text="", size=10.5, bold=False, align=None, gothic=False, space=2, indent=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space); p.paragraph_format.space_before = Pt(0)
    if indent: p.paragraph_format.left_indent = Mm(indent)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p

def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)

def put(cell, text, size=8.5, align=None, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold

def table(rows, cols, grid=True):
    t = doc.add_table(rows=rows, cols=cols)
    if grid: t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t

def widths(t, mm):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)

def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------- data (令和5年度決算, 千円): 会計, 債権名, 所管課, A, C, W
DATA = [
    ("一般会計", "市税", "税務課", 4862300, 4539520, 10380),
    ("一般会計", "保育所保育料", "子育て支援課", 98450, 93212, 420),
    ("一般会計", "市営住宅使用料", "建築住宅課", 152300, 138650, 1150),
    ("一般会計", "生活保護費返還金", "福祉課", 38600, 12450, 2050),
    ("国民健康保険事業特別会計", "国民健康保険税", "保険年金課", 1210500, 1009760, 9640),
    ("介護保険事業特別会計", "介護保険料", "介護保険課", 798200, 786040, 2560),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "保険年金課", 312400, 310820, 180),
]
CANON = {"保育所保育料": "保育料"}
def canon(n): return CANON.get(n, n)
TA = sum(r[3] for r in DATA); TC = sum(r[4] for r in DATA); TW = sum(r[5] for r in DATA); TU = TA - TC - TW
TR = rate(TC, TA)
PREV_U, PREV_R = 594_800, round(TR - 0.42, 2)

def oku_man(senen, approx=True):
    man = int(round(senen / 10))  # 千円 -> 万円
    if approx: man = int(round(man / 100)) * 100
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    return ("約" if approx else "") + s, man * 10000

# ---------------- p1
P = 1
para("宇佐市債権管理計画", 18, True, "c", True, 4)
para("（令和７年度～令和９年度）", 12, False, "c", True, 2)
para("令和７年３月　宇佐市", 10.5, False, "r", False, 10)
para("１　計画の趣旨", 12, True, gothic=True)
para("本市では、宇佐市債権管理条例に基づき、市が保有する債権の適正な管理と収入未済額の縮減に全庁的に取り組んできました。"
     "市民負担の公平性を確保し、健全な財政運営に資するため、前計画の成果と課題を踏まえて本計画を策定し、債権ごとの数値目標と具体的な取組を定めます。", indent=4)
para("２　計画期間", 12, True, gothic=True)
para("令和７（2025）年度から令和９（2027）年度までの３年間とします。社会経済情勢の変化や制度改正があった場合には、必要に応じて見直しを行います。", indent=4)
para("３　債権の現状", 12, True, gothic=True)
para("（１）全体の状況", 11, True, gothic=True, indent=2)
su, suv = oku_man(TU); du, duv = oku_man(PREV_U - TU)
G.f(P, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", suv, "yen", su, approx=True)
G.f(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -duv, "yen", du + "減少", approx=True)
G.f(P, None, None, 2023, "令和５（2023）年度", "total", "collection_rate", "actual", TR, "percent", f"{TR:.2f}％")
G.f(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", 0.42, "points", "0.42ポイント上昇")
para(f"令和５（2023）年度決算における本市全体の収入未済額は{su}で、前年度から{du}減少しました。"
     f"また、全債権の収納率は{TR:.2f}％で、前年度比0.42ポイント上昇しています。", indent=6)
para("ア　主な債権の状況", 10.5, False, indent=6)
s1 = DATA[0]; u1 = s1[3] - s1[4] - s1[5]
su1, suv1 = oku_man(u1, False); d1, dv1 = oku_man(414_700 - u1, False)
G.f(P, "市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", suv1, "yen", su1)
G.f(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual", -dv1, "yen", d1 + "減少")
para(f"(ｱ) 市税　収入未済額は{su1}で、令和元年度から{d1}減少しました。滞納繰越分の圧縮が進んだことによるものです。", indent=10)
s2 = DATA[4]; u2 = s2[3] - s2[4] - s2[5]; r2 = rate(s2[4], s2[3])
su2, suv2 = oku_man(u2, False)
G.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", suv2, "yen", su2)
G.f(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", r2, "percent", f"{r2:.2f}％")
para(f"(ｲ) 国民健康保険税　収入未済額は{su2}、収納率は{r2:.2f}％と、全債権の中で最も収納率が低い状況です。", indent=10)
para("イ　課題", 10.5, indent=6)
para("(ｱ) 非強制徴収公債権及び私債権では、督促後の催告や法的措置の判断が所管課により異なっています。", indent=10)
para("(ｲ) 徴収停止・債権放棄の基準に沿った整理が十分に行われず、回収見込みのない債権が残っています。", indent=10)
pbreak()

# ---------------- p2 table1 (百万円) + table2 no rules
P = 2
para("（２）会計別・債権別の状況", 11, True, gothic=True, indent=2)
para("表１　会計別・債権別の収入未済額等（令和５年度決算）", 10, True, gothic=True)
para("単位：百万円", 8.5, align="r", space=0)
t = table(len(DATA) + 2, 7)
for j, h in enumerate(["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額"]):
    put(t.cell(0, j), h, align="c"); shade(t.cell(0, j))
def m1(v): return f"{v / 1000:,.1f}"
i = 1; start = {}
for kaikei, name, ka, A, C, W in DATA:
    U = A - C - W
    if kaikei not in start:
        start[kaikei] = i; put(t.cell(i, 0), kaikei, 8)
    put(t.cell(i, 1), name); put(t.cell(i, 2), ka, 8)
    for j, (v, met) in enumerate([(A, "assessed"), (C, "collected"), (W, "written_off"), (U, "outstanding")]):
        s = m1(v); put(t.cell(i, 3 + j), s, align="r")
        G.f(P, canon(name), name, 2023, "令和５年度", "total", met, "actual", int(round(float(s.replace(",", "")) * 1e6)), "yen", s)
    i += 1
# merge 会計 cells vertically
rows_by = {}
for idx, r in enumerate(DATA): rows_by.setdefault(r[0], []).append(idx + 1)
for k, ix in rows_by.items():
    if len(ix) > 1: t.cell(ix[0], 0).merge(t.cell(ix[-1], 0)); put(t.cell(ix[0], 0), k, 8)
widths(t, [32, 32, 22, 21, 21, 21, 21])
a = t.cell(i, 0).merge(t.cell(i, 2)); put(a, "合計", align="c", bold=True); shade(a, "EDEDED")
for j, (v, met) in enumerate([(TA, "assessed"), (TC, "collected"), (TW, "written_off"), (TU, "outstanding")]):
    s = m1(v); put(t.cell(i, 3 + j), s, align="r", bold=True); shade(t.cell(i, 3 + j), "EDEDED")
    G.f(P, None, "合計", 2023, "令和５年度", "total", met, "actual", int(round(float(s.replace(",", "")) * 1e6)), "yen", s)
para("※ 表示単位未満を四捨五入しているため、合計と内訳が一致しない場合があります。", 8)
para(f"市税の収入未済額（{m1(u1)}百万円）は、全体の約{round(u1 / TU * 100)}％を占めています。", 9.5)
para("")
para("表２　市税の収納状況の推移", 10, True, gothic=True)
HIST = [("令和元年度", 2019, 4910200, 4476900, 18600), ("令和２年度", 2020, 4825600, 4410150, 15250),
        ("３年度", 2021, 4790100, 4411300, 13400), ("令和４年度", 2022, 4841700, 4490210, 11890),
        ("令和５年度", 2023, 4862300, 4539520, 10380)]
t = table(len(HIST) + 2, 7, grid=False)
for j, h in enumerate(["年度", "調定額（千円）", "収入済額（千円）", "収納率（％）", "収入未済額（千円）", "増減額（千円）", "増減率（％）"]):
    put(t.cell(0, j), h, 8, align="c", bold=True)
prevU = None; sums = [0, 0, 0, 0]
for k, (yr, fy, A, C, W) in enumerate(HIST):
    U = A - C - W; R = rate(C, A); sums = [sums[0] + A, sums[1] + C, sums[2] + R, sums[3] + U]
    put(t.cell(k + 1, 0), yr, 8.5)
    for j, (s, met, val, unit) in enumerate([(c(A), "assessed", A * K, "yen"), (c(C), "collected", C * K, "yen"),
                                             (f"{R:.2f}", "collection_rate", R, "percent"), (c(U), "outstanding", U * K, "yen")]):
        put(t.cell(k + 1, 1 + j), s, 8.5, align="r"); G.f(P, "市税", "市税", fy, yr, "total", met, "actual", val, unit, s)
    if prevU is None:
        put(t.cell(k + 1, 5), "－", 8.5, align="r"); put(t.cell(k + 1, 6), "－", 8.5, align="r")
    else:
        d = U - prevU; pr = round(d / prevU * 100, 1)
        put(t.cell(k + 1, 5), c(d), 8.5, align="r"); put(t.cell(k + 1, 6), ("△" if pr < 0 else "") + f"{abs(pr):.1f}", 8.5, align="r")
        G.f(P, "市税", "市税", fy, yr, "total", "difference", "actual", d * K, "yen", c(d))
        G.f(P, "市税", "市税", fy, yr, "total", "change_rate", "actual", pr, "percent", ("△" if pr < 0 else "") + f"{abs(pr):.1f}")
    prevU = U
n = len(HIST); k = n + 1
put(t.cell(k, 0), "５年平均", 8.5)
avg = [round(sums[0] / n), round(sums[1] / n), round(sums[2] / n, 2), round(sums[3] / n)]
for j, (v, met, unit) in enumerate([(avg[0], "assessed_average", "yen"), (avg[1], "collected_average", "yen"),
                                    (avg[2], "collection_rate_average", "percent"), (avg[3], "outstanding_average", "yen")]):
    s = f"{v:.2f}" if unit == "percent" else c(v)
    put(t.cell(k, 1 + j), s, 8.5, align="r")
    G.f(P, "市税", "市税", None, "５年平均", "total", met, "actual", v if unit == "percent" else v * K, unit, s)
put(t.cell(k, 5), "", 8.5); put(t.cell(k, 6), "", 8.5)
para("※ 増減額・増減率は収入未済額の対前年度比較。△は減少。", 8)

# ---------------- p3 landscape targets
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE; ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(15); ls.top_margin = Mm(15); ls.bottom_margin = Mm(12)
P = 3
para("４　数値目標", 12, True, gothic=True)
para("表３　債権別の数値目標（令和７年度～令和９年度）", 10, True, gothic=True)
# per debt: R5 cur rate, arr rate, arrears outstanding; targets (cur, arr, U) per R7..R9
TG = {
    "市税": (99.05, 31.20, 181_900, [(99.10, 32.00, 295_000), (99.15, 33.00, 280_000), (99.20, 34.00, 265_000)]),
    "保育所保育料": (98.62, 18.40, 3_214, [(98.70, 19.00, 4_500), (98.80, 20.00, 4_200), (98.90, 21.00, 3_900)]),
    "市営住宅使用料": (97.55, 14.10, 8_620, [(97.60, 15.00, 12_000), (97.70, 16.00, 11_500), (97.80, 17.00, 11_000)]),
    "生活保護費返還金": (72.40, 6.85, 19_870, [(73.00, 7.50, 23_500), (74.00, 8.00, 23_000), (75.00, 8.50, 22_500)]),
    "国民健康保険税": (94.12, 22.35, 126_480, [(94.30, 23.00, 182_000), (94.50, 24.00, 174_000), (94.70, 25.00, 166_000)]),
    "介護保険料": (99.31, 28.70, 4_150, [(99.35, 29.00, 9_200), (99.40, 30.00, 8_900), (99.45, 31.00, 8_600)]),
    "後期高齢者医療保険料": (99.72, 45.10, 540, [(99.75, 46.00, 1_350), (99.78, 47.00, 1_300), (99.80, 48.00, 1_250)]),
}
YRS = [("令和７年度目標", 2025), ("令和８年度目標", 2026), ("令和９年度目標", 2027)]
t = table(len(DATA) + 2, 15)
put(t.cell(0, 0), "債権名", align="c"); put(t.cell(0, 1), "所管課", align="c")
t.cell(0, 0).merge(t.cell(1, 0)); t.cell(0, 1).merge(t.cell(1, 1))
put(t.cell(0, 0), "債権名", 8, align="c"); put(t.cell(0, 1), "所管課", 8, align="c")
groups = [("令和５年度実績", None)] + YRS
for gi, (gname, _) in enumerate(groups):
    a = t.cell(0, 2 + gi * 3).merge(t.cell(0, 4 + gi * 3)); put(a, gname, 8, align="c"); shade(a)
    for j, h in enumerate(["現年度分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）"]):
        put(t.cell(1, 2 + gi * 3 + j), h, 7, align="c"); shade(t.cell(1, 2 + gi * 3 + j))
t.cell(0, 14).merge(t.cell(1, 14)); put(t.cell(0, 14), "備考", 8, align="c"); shade(t.cell(0, 14)); shade(t.cell(0, 0)); shade(t.cell(0, 1))
for i, (kaikei, name, ka, A, C, W) in enumerate(DATA):
    r = i + 2; U = A - C - W; cr, ar, arrU, tg = TG[name]; d = canon(name)
    put(t.cell(r, 0), name, 8); put(t.cell(r, 1), ka, 7.5)
    vals = [(f"{cr:.2f}", "current", "collection_rate", "actual", 2023, "令和５年度実績", cr, "percent"),
            (f"{ar:.2f}", "arrears", "collection_rate", "actual", 2023, "令和５年度実績", ar, "percent"),
            (c(U), "total", "outstanding", "actual", 2023, "令和５年度実績", U * K, "yen")]
    for (yl, fy), (tc_, ta_, tu_) in zip(YRS, tg):
        vals += [(f"{tc_:.2f}", "current", "collection_rate", "target", fy, yl, tc_, "percent"),
                 (f"{ta_:.2f}", "arrears", "collection_rate", "target", fy, yl, ta_, "percent"),
                 (c(tu_), "total", "outstanding", "target", fy, yl, tu_ * K, "yen")]
    for j, (s, seg, met, bas, fy, yl, val, unit) in enumerate(vals):
        put(t.cell(r, 2 + j), s, 8, align="r"); G.f(P, d, name, fy, yl, seg, met, bas, val, unit, s)
    note = f"うち滞納繰越分 {c(arrU)}千円"
    G.f(P, d, name, 2023, "令和５年度", "arrears", "outstanding", "actual", arrU * K, "yen", f"{c(arrU)}千円")
    put(t.cell(r, 14), note, 7)
widths(t, [27, 17] + [16] * 12 + [31])
para("※ 収入未済額の目標は各年度末の見込額を上限とする。令和５年度実績欄の収入未済額は現年度分と滞納繰越分の計。", 8)
para("")
para("表４　少額債権の収入未済額（令和５年度決算）", 10, True, gothic=True)
SMALL = [("放課後児童クラブ利用料", "子育て支援課", 86500, 40000), ("行政財産目的外使用料", "財産活用課", 42300, 0),
         ("奨学資金貸付金返還金", "学校教育課", 1204000, 900000)]
t = table(len(SMALL) + 2, 4)
for j, h in enumerate(["債権名", "所管課", "収入未済額（円）", "令和９年度目標（円）"]):
    put(t.cell(0, j), h, 8, align="c"); shade(t.cell(0, j))
for i, (n_, ka, u, g9) in enumerate(SMALL):
    put(t.cell(i + 1, 0), n_, 8); put(t.cell(i + 1, 1), ka, 8)
    put(t.cell(i + 1, 2), c(u), 8, align="r"); put(t.cell(i + 1, 3), c(g9), 8, align="r")
    G.f(P, n_, n_, 2023, "令和５年度", "total", "outstanding", "actual", u, "yen", c(u))
    G.f(P, n_, n_, 2027, "令和９年度目標", "total", "outstanding", "target", g9, "yen", c(g9))
widths(t, [70, 45, 40, 40])
su_ = sum(x[2] for x in SMALL); sg_ = sum(x[3] for x in SMALL)
put(t.cell(len(SMALL) + 1, 0), "計", 8, bold=True); put(t.cell(len(SMALL) + 1, 1), "", 8)
put(t.cell(len(SMALL) + 1, 2), c(su_), 8, align="r", bold=True); put(t.cell(len(SMALL) + 1, 3), c(sg_), 8, align="r", bold=True)
G.f(P, None, "計", 2023, "令和５年度", "total", "outstanding", "actual", su_, "yen", c(su_))
G.f(P, None, "計", 2027, "令和９年度目標", "total", "outstanding", "target", sg_, "yen", c(sg_))

# ---------------- p4-p6 推進シート (portrait)
SHEETS = [
    ("市税", "市税", "税務課", (98.94, 29.80, 339_600),
     [("ア", "納期内納付の呼びかけを広報・SNSで強化し、スマートフォン決済の利用を拡大する。", "拡充"),
      ("イ", "現年度分の未納者に対し、納期限後１か月以内に文書催告と電話催告を行う。", "継続")],
     [("ア", "財産調査を徹底し、預貯金・給与・生命保険等の差押えを早期に実施する。", "継続"),
      ("イ", "大分県と連携した個人住民税の共同徴収を実施し、高額・困難案件を引き継ぐ。", "継続"),
      ("ウ", "執行停止の要件を満たす案件は速やかに判断し、滞納繰越分を圧縮する。", "新規")]),
    ("国民健康保険税", "国民健康保険税", "保険年金課", (93.86, 21.10, 210_350),
     [("ア", "口座振替の加入勧奨を窓口・文書で行い、加入率を前年度以上とする。", "継続"),
      ("イ", "短期被保険者証の更新時に納付相談を行い、分納誓約を確実に履行させる。", "継続")],
     [("ア", "税務課と合同で滞納処分を行い、差押財産のインターネット公売を実施する。", "拡充"),
      ("イ", "資格喪失者・転出者に対する催告を外部委託により一斉に実施する。", "新規")]),
    ("保育所保育料", "保育料", "子育て支援課", (98.40, 17.25, 5_360),
     [("ア", "児童手当からの特別徴収（申出徴収）を積極的に案内する。", "継続"),
      ("イ", "未納２か月で保育所を通じた納付案内を行う。", "継続")],
     [("ア", "退所者の滞納分について、財産調査のうえ滞納処分を実施する。", "継続"),
      ("イ", "徴収停止・債権放棄の基準に従い、回収困難な債権を整理する。", "新規")]),
]
first = True
for si, (name, d, ka, r4, cur_items, arr_items) in enumerate(SHEETS):
    P = 4 + si
    if first:
        ps = doc.add_section(WD_SECTION.NEW_PAGE)
        ps.orientation = WD_ORIENT.PORTRAIT; ps.page_width, ps.page_height = Mm(210), Mm(297)
        ps.left_margin = ps.right_margin = Mm(20); ps.top_margin = Mm(18); ps.bottom_margin = Mm(15)
        first = False
    else:
        pbreak()
    para(f"５　債権ごとの取組（{name}）", 12, True, gothic=True)
    t = table(1, 2)
    put(t.cell(0, 0), f"債権名　{name}", 10, bold=True); put(t.cell(0, 1), f"所管課　{ka}", 10)
    shade(t.cell(0, 0), "FFF2CC")
    para("（１）数値目標", 10.5, True, gothic=True)
    U5 = [x for x in DATA if x[1] == name][0]; u5 = U5[3] - U5[4] - U5[5]
    cr5, ar5, _, tg = TG[name]
    t = table(5, 6)
    put(t.cell(0, 0), "区分", 8.5, align="c"); t.cell(0, 0).merge(t.cell(1, 0)); put(t.cell(0, 0), "区分", 8.5, align="c")
    a = t.cell(0, 1).merge(t.cell(0, 2)); put(a, "決算", 8.5, align="c"); shade(a)
    b = t.cell(0, 3).merge(t.cell(0, 5)); put(b, "目標", 8.5, align="c"); shade(b, "FCE4D6")
    for j, h in enumerate(["R4", "R5", "R7", "R8", "R9"]): put(t.cell(1, 1 + j), h, 8.5, align="c")
    fys = [(2022, "R4", "actual"), (2023, "R5", "actual"), (2025, "R7", "target"), (2026, "R8", "target"), (2027, "R9", "target")]
    rowsd = [("現年度分収納率（％）", "current", "collection_rate", [r4[0], cr5] + [x[0] for x in tg]),
             ("滞納繰越分収納率（％）", "arrears", "collection_rate", [r4[1], ar5] + [x[1] for x in tg]),
             ("収入未済額（千円）", "total", "outstanding", [r4[2], u5] + [x[2] for x in tg])]
    for ri, (lab, seg, met, vs) in enumerate(rowsd):
        put(t.cell(2 + ri, 0), lab, 8.5)
        for j, ((fy, fr, bas), v) in enumerate(zip(fys, vs)):
            s = f"{v:.2f}" if met == "collection_rate" else c(v)
            put(t.cell(2 + ri, 1 + j), s, 8.5, align="r")
            G.f(P, d, name, fy, fr, seg, met, bas, v if met == "collection_rate" else v * K, "percent" if met == "collection_rate" else "yen", s)
    widths(t, [40, 26, 26, 26, 26, 26])
    para("（２）目標達成に向けた取組", 10.5, True, gothic=True)
    t = table(2, 2)
    put(t.cell(0, 0), "現年度分", 9, align="c"); put(t.cell(0, 1), "滞納繰越分", 9, align="c"); shade(t.cell(0, 0)); shade(t.cell(0, 1))
    for col, items, seg in [(0, cur_items, "現年度分"), (1, arr_items, "滞納繰越分")]:
        cell = t.cell(1, col); cell.text = ""
        for k, (lab, txt, stt) in enumerate(items):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            r = p.add_run(f"{lab}　{txt}【{stt}】"); r.font.size = Pt(8.5)
            G.i(P, d, 2025, f"目標達成に向けた取組（{seg}）", lab, txt, stt)
    para("（３）評価・検証", 10.5, True, gothic=True)
    para("・毎年度の決算確定後に所管課が自己評価を行い、宇佐市債権管理対策委員会に報告する。", 9.5, indent=4)
    G.i(P, d, 2025, "評価・検証", "・", "毎年度の決算確定後に所管課が自己評価を行い、宇佐市債権管理対策委員会に報告する。")
    para(f"・{name}の令和５年度の収入未済額は{c(u5)}千円であり、令和９年度末には{c(tg[2][2])}千円以下とすることを目指す。", 9.5, indent=4)
    G.f(P, d, name, 2023, "令和５年度", "total", "outstanding", "actual", u5 * K, "yen", f"{c(u5)}千円")
    G.f(P, d, name, 2027, "令和９年度末", "total", "outstanding", "target", tg[2][2] * K, "yen", f"{c(tg[2][2])}千円以下")

os.makedirs("/tmp/pn_work", exist_ok=True)
dp = "/tmp/pn_work/pn_usa_plan_1.docx"; doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/pn_work", dp], check=True, capture_output=True)
shutil.copy("/tmp/pn_work/pn_usa_plan_1.pdf", os.path.join(SET, "pdf", STEM + ".pdf"))
G.write(STEM, "plan", "keikaku", "宇佐市", "宇佐市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")
