"""東松島市債権管理計画 (plan): python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev66:  python3 build/sa_plan.py"""
import sys, subprocess, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sa_common import Gold, c, r2, rate, zen, check, ROOT
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "sa_higashimatsushima_plan_1"
TITLE = "東松島市債権管理計画"
G = Gold(STEM, "plan", "plan", "東松島市", "東松島市債権管理計画（令和7（2025）年度～令和9（2027）年度）",
         "2025-03-01", "令和7年3月")
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
PG = 1


def run(p, text, size=None, bold=False, gothic=False):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return r


def para(text="", size=None, bold=False, gothic=False, align=None, indent=None, before=0, after=2):
    p = d.add_paragraph()
    if text:
        run(p, text, size, bold, gothic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def h(text, size=12):
    return para(text, size, True, True, before=8, after=4)


def newpage():
    global PG
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    PG += 1


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def borders(table, mode="all"):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = mode == "all"
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, edge, sz="8"):
    tcPr = cell._element.get_or_add_tcPr()
    bs = tcPr.find(qn("w:tcBorders"))
    if bs is None:
        bs = OxmlElement("w:tcBorders"); tcPr.append(bs)
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:color"), "000000")
    bs.append(e)


def put(cell, text, size=8, align="c", bold=False, gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = run(p, ln, size, bold, gothic)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)


def table(rows, cols, widths, mode="all"):
    t = d.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    borders(t, mode)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    for j, gc in enumerate(t._element.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    return t


# footer with running title
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "東松島市債権管理計画（令和7年度～令和9年度）", 8)

# ================================================================ page 1 cover + 目次
para("", after=80)
para("東松島市債権管理計画", 24, True, True, align="c", after=10)
para("令和7（2025）年度～令和9（2027）年度", 14, align="c", after=120)
para("令和7年3月", 12, align="c")
para("東 松 島 市", 14, True, True, align="c", after=40)
para("目　次", 12, True, True, align="c", after=6)
TOC = [("第1章　計画の趣旨と債権の現状", 2), ("第2章　債権の一覧（令和5年度決算）", 3), ("第3章　数値目標", 4),
       ("第4章　債権ごとの推進シート", 5), ("参考資料　対象債権一覧", 7)]
for s, n in TOC:
    p = para(f"{s}{'…' * (30 - len(s))}{n}", 10.5, align=None, indent=2.5)

# ================================================================ data
# R5 (2023) 決算 in 円: kind, name, short, dept, law, A, C, W
DEBTS = [
    ("強制徴収公債権", "市税", "市税", "税務課", "地方税法", "強", 5012384117, 4921036650, 9804300, "市税"),
    ("強制徴収公債権", "国民健康保険税", "国保税", "税務課", "地方税法", "強", 1021873400, 903218770, 14228900, "国民健康保険料"),
    ("強制徴収公債権", "介護保険料", "介護料", "介護福祉課", "介護保険法", "強", 612408200, 605132480, 1687400, "介護保険料"),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢", "保険年金課", "高齢者の医療の確保に関する法律", "強", 318204600, 317001280, 362100, "後期高齢者医療保険料"),
    ("強制徴収公債権", "保育所保育料", "保育料", "子育て支援課", "児童福祉法", "強", 88412300, 86703450, 214600, "保育料"),
    ("非強制徴収公債権", "生活保護費返還金", "生保返還金", "福祉課", "生活保護法", "非", 21804110, 6102450, 1102320, "生活保護費返還金"),
    ("非強制徴収公債権", "児童扶養手当返還金", "児扶返還金", "子育て支援課", "児童扶養手当法", "非", 3218400, 912000, 0, "児童扶養手当返還金"),
    ("私債権", "市営住宅使用料", "住宅使用料", "建設課", "民法", "私", 146320900, 138124700, 1843200, "市営住宅使用料"),
    ("私債権", "住宅新築資金等貸付金", "住宅新築資金", "建設課", "民法", "私", 12408300, 1305000, 0, "住宅新築資金等貸付金"),
]
V = {}
for k in DEBTS:
    A, C, W = k[6], k[7], k[8]
    V[k[1]] = dict(A=A, C=C, W=W, O=A - C - W, R=rate(C, A))


def agg(names):
    v = {m: sum(V[n][m] for n in names) for m in "ACWO"}
    v["R"] = rate(v["C"], v["A"])
    return v


ALLN = [k[1] for k in DEBTS]
TOT = agg(ALLN)
# history of total outstanding (百万円, one decimal) and totals
HIST = [(2017, "平成29（2017）年度", 412.6), (2018, "平成30年度", 389.0), (2019, "令和元年度", 362.4),
        (2020, "令和二年度", 331.8), (2021, "3年度", 298.5), (2022, "4年度", 262.1),
        (2023, "2023年度", round(TOT["O"] / 1e6, 1))]
HA = {2017: 7391.2, 2018: 7402.6, 2019: 7388.1, 2020: 7312.7, 2021: 7298.4, 2022: 7251.9, 2023: round(TOT["A"] / 1e6, 1)}
MET = {"A": "assessed", "C": "collected", "W": "written_off", "O": "outstanding", "R": "collection_rate"}

# ================================================================ page 2 趣旨と現状
newpage()
h("第1章　計画の趣旨と債権の現状")
para("１　計画の趣旨", 10.5, True, True)
para("　本市は、東日本大震災からの復興事業の収束に伴い、今後は自主財源の確保がより一層重要となっています。"
     "市の債権を適正に管理し、負担の公平性を確保するため、東松島市債権管理条例に基づき、令和7（2025）年度から"
     "令和9（2027）年度までの3か年を期間とする本計画を定めます。", 9.5)
para("２　債権の現状", 10.5, True, True)
o23, o22 = HIST[-1][2], HIST[-2][2]
o17 = HIST[0][2]
o23y = round(TOT["O"], -6)
d1 = round((o22 - o23) * 1e6, -6)
PREV = [(2022, "令和4年度", 96.50, 96.21), (2023, "令和5年度", 96.60, round(TOT["R"], 2))]
pt = round(TOT["R"] - PREV[0][3], 2)
para(f"　令和5（2023）年度決算における対象9債権の収入未済額は約{o23y // 10**8}億{(o23y % 10**8) // 10**4:,}万円で、"
     f"前年度から約{int(d1 // 10**4):,}万円の減少となりました。平成29年度と比べると約{int(round((o17 - o23) * 1e6, -7) // 10**8)}億"
     f"{int((round((o17 - o23) * 1e6, -7) % 10**8) // 10**4):,}万円縮減しています。全体の収納率は{r2(TOT['R'])}％で、"
     f"前年度比{r2(pt)}ポイントの上昇です。", 9.5)
G.f(PG, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o23y, "yen",
    f"約{o23y // 10**8}億{(o23y % 10**8) // 10**4:,}万円", approx=True)
G.f(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -d1, "yen", f"約{int(d1 // 10**4):,}万円", approx=True)
dd = round((o17 - o23) * 1e6, -7)
G.f(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -dd, "yen",
    f"約{int(dd // 10**8)}億{int((dd % 10**8) // 10**4):,}万円", approx=True)
G.f(PG, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", TOT["R"], "percent", f"{r2(TOT['R'])}％")
G.f(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", pt, "points", f"{r2(pt)}ポイント")
para("表1　対象債権全体の収入未済額の推移（単位：百万円、％）", 9, True, True, before=6)
t = table(len(HIST) + 2, 5, [4.2, 2.8, 3.0, 2.8, 2.8], mode="none")
for j, hd in enumerate(["年度", "調定額", "収入未済額", "増減額", "増減率"]):
    put(t.cell(0, j), hd, 8.5, "c" if j == 0 else "r")
    cell_border(t.cell(0, j), "top"); cell_border(t.cell(0, j), "bottom")
prev = None
for i, (fy, fyr, o) in enumerate(HIST, 1):
    put(t.cell(i, 0), fyr, 8.5, "l")
    put(t.cell(i, 1), f"{HA[fy]:,.1f}", 8.5, "r")
    put(t.cell(i, 2), f"{o:,.1f}", 8.5, "r")
    G.f(PG, None, None, fy, fyr, "total", "assessed", "actual", round(HA[fy] * 1e6), "yen", f"{HA[fy]:,.1f}")
    G.f(PG, None, None, fy, fyr, "total", "outstanding", "actual", round(o * 1e6), "yen", f"{o:,.1f}")
    if prev is None:
        put(t.cell(i, 3), "－", 8.5, "r"); put(t.cell(i, 4), "－", 8.5, "r")
    else:
        dv = round(o - prev, 1)
        dr = round((o - prev) / prev * 100, 1)
        s1 = ("△" if dv < 0 else "") + f"{abs(dv):,.1f}"
        s2 = ("△" if dr < 0 else "") + f"{abs(dr):.1f}"
        put(t.cell(i, 3), s1, 8.5, "r"); put(t.cell(i, 4), s2, 8.5, "r")
        G.f(PG, None, None, fy, fyr, "total", "difference", "actual", round(dv * 1e6), "yen", s1)
        G.f(PG, None, None, fy, fyr, "total", "change_rate", "actual", dr, "percent", s2)
    prev = o
last5 = HIST[-5:]
avgA = round(sum(HA[fy] for fy, _, _ in last5) / 5, 1)
avgO = round(sum(o for _, _, o in last5) / 5, 1)
n = len(HIST) + 1
put(t.cell(n, 0), "5年平均（令和元～5年度）", 8.5, "l")
put(t.cell(n, 1), f"{avgA:,.1f}", 8.5, "r"); put(t.cell(n, 2), f"{avgO:,.1f}", 8.5, "r")
put(t.cell(n, 3), "", 8.5); put(t.cell(n, 4), "", 8.5)
for j in range(5):
    cell_border(t.cell(n, j), "top", "4")
G.f(PG, None, "5年平均", None, "5年平均（令和元～5年度）", "total", "assessed", "actual", round(avgA * 1e6), "yen", f"{avgA:,.1f}")
G.f(PG, None, "5年平均", None, "5年平均（令和元～5年度）", "total", "outstanding", "actual", round(avgO * 1e6), "yen", f"{avgO:,.1f}")
para("※ 増減額・増減率は前年度との比較。△は減少。年度の表記は各年度の決算書による。", 8, before=3)
para("３　これまでの取組の成果と課題", 10.5, True, True, before=6)
para("　第1次計画期間（令和4年度～令和6年度）では、市税と国民健康保険税の滞納整理を一体で行う体制を整え、"
     "財産調査の電子化と差押えの早期化を進めました。一方、非強制徴収公債権と私債権は所管課ごとに対応が異なり、"
     "時効の管理や債務者の実態把握が十分でない債権が残っています。", 9.5)

# ================================================================ page 3 債権一覧
newpage()
h("第2章　債権の一覧（令和5年度決算）")
para("　対象債権の令和5年度決算の状況は次のとおりです。", 9.5)
kinds = [("強制徴収公債権", "強制徴収公債権計"), ("非強制徴収公債権", "非強制徴収公債権計"), ("私債権", "私債権計")]
nrows = 1 + len(DEBTS) + 3 + 1
t = table(nrows, 8, [1.1, 2.7, 1.9, 2.5, 2.5, 2.1, 2.3, 1.4])
hdrs = ["債権の種類", "債権名", "所管課", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）", "収納率（％）"]
for j, hd in enumerate(hdrs):
    put(t.cell(0, j), hd, 7.5, gothic=True); shade(t.cell(0, j))
r = 1
for kind, subl in kinds:
    ks = [k for k in DEBTS if k[0] == kind]
    top = t.cell(r, 0).merge(t.cell(r + len(ks) - 1, 0))
    put(top, "\n".join(kind) if len(kind) < 6 else kind, 7.5)
    for k in ks:
        v = V[k[1]]
        put(t.cell(r, 1), k[1], 7.5, "l"); put(t.cell(r, 2), k[3], 7.5, "l")
        for j, m in enumerate("ACWOR", 3):
            txt = r2(v[m]) if m == "R" else c(v[m])
            put(t.cell(r, j), txt, 7.5, "r")
            G.f(PG, k[9], k[1], 2023, "令和5年度", "total", MET[m], "actual", v[m], "percent" if m == "R" else "yen", txt)
        r += 1
    sc = t.cell(r, 0).merge(t.cell(r, 2))
    put(sc, subl, 7.5, "c", gothic=True)
    v = agg([k[1] for k in ks])
    for j, m in enumerate("ACWOR", 3):
        txt = r2(v[m]) if m == "R" else c(v[m])
        put(t.cell(r, j), txt, 7.5, "r"); shade(t.cell(r, j), "F2F2F2")
        G.f(PG, None, subl, 2023, "令和5年度", "total", MET[m], "actual", v[m], "percent" if m == "R" else "yen", txt)
    shade(sc, "F2F2F2")
    r += 1
sc = t.cell(r, 0).merge(t.cell(r, 2))
put(sc, "総計", 7.5, "c", gothic=True); shade(sc, "D9D9D9")
for j, m in enumerate("ACWOR", 3):
    txt = r2(TOT[m]) if m == "R" else c(TOT[m])
    put(t.cell(r, j), txt, 7.5, "r", gothic=True); shade(t.cell(r, j), "D9D9D9")
    G.f(PG, None, "総計", 2023, "令和5年度", "total", MET[m], "actual", TOT[m], "percent" if m == "R" else "yen", txt)
para("※ 収入未済額＝調定額－収入済額－不納欠損額。収納率は収入済額÷調定額。", 8, before=3)
tax = V["市税"]
para(f"※ 市税の収入未済額のうち滞納繰越分 {c(61204770)}円（現年度分は{c(tax['O'] - 61204770)}円）。", 8)
G.f(PG, "市税", "市税", 2023, "令和5年度", "arrears", "outstanding", "actual", 61204770, "yen", f"{c(61204770)}円")
G.f(PG, "市税", "市税", 2023, "令和5年度", "current", "outstanding", "actual", tax["O"] - 61204770, "yen", f"{c(tax['O'] - 61204770)}円")

# ================================================================ page 4 数値目標
newpage()
h("第3章　数値目標")
para("１　現年度分収納率の目標（単位：％）", 10.5, True, True)
TG = {"市税": [99.30, 99.35, 99.40], "国民健康保険税": [95.60, 95.90, 96.20], "介護保険料": [99.50, 99.55, 99.60],
      "後期高齢者医療保険料": [99.80, 99.80, 99.85], "保育所保育料": [99.20, 99.30, 99.40], "市営住宅使用料": [97.80, 98.00, 98.20]}
cols = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
short = {k[1]: k[2] for k in DEBTS}
canon = {k[1]: k[9] for k in DEBTS}
t = table(4, 7, [3.6] + [2.2] * 6)
put(t.cell(0, 0), "年度＼債権", 8, gothic=True); shade(t.cell(0, 0))
for j, nm in enumerate(cols, 1):
    put(t.cell(0, j), short[nm], 8, gothic=True); shade(t.cell(0, j))
for i, (fy, fyr) in enumerate(((2025, "令和7（2025）年度"), (2026, "令和8（2026）年度"), (2027, "令和9（2027）年度")), 1):
    put(t.cell(i, 0), fyr, 8, "l")
    for j, nm in enumerate(cols, 1):
        v = TG[nm][i - 1]
        put(t.cell(i, j), r2(v), 8, "r")
        G.f(PG, canon[nm], short[nm], fy, fyr, "current", "collection_rate", "target", v, "percent", r2(v))
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料", 8, before=3)
para("２　収入未済額の目標（対象債権全体）", 10.5, True, True, before=8)
OT = [(2025, "令和7年度", 215.0), (2026, "令和8年度", 203.0), (2027, "令和9年度", 192.0)]
txt = "、".join(f"{fyr}末 {o:,.1f}百万円" for fy, fyr, o in OT)
para(f"　計画最終年度までに収入未済額を年4～5％ずつ縮減することを目標とします（{txt}）。", 9.5)
for fy, fyr, o in OT:
    G.f(PG, None, None, fy, fyr, "total", "outstanding", "target", round(o * 1e6), "yen", f"{o:,.1f}百万円")
para("３　第1次計画の目標達成状況（対象債権全体の収納率）", 10.5, True, True, before=8)
t = table(3, 4, [4.0, 3.0, 3.0, 3.0])
for j, hd in enumerate(["年度", "目標", "実績", "達成率"]):
    put(t.cell(0, j), hd, 8.5, gothic=True); shade(t.cell(0, j))
for i, (fy, fyr, tg, ac) in enumerate(PREV, 1):
    ach = round(ac / tg * 100, 1)
    for j, s in enumerate([fyr, r2(tg) + "％", r2(ac) + "％", f"{ach}％"]):
        put(t.cell(i, j), s, 8.5, "c" if j == 0 else "r")
    G.f(PG, None, None, fy, fyr, "total", "collection_rate", "target", tg, "percent", r2(tg) + "％")
    G.f(PG, None, None, fy, fyr, "total", "collection_rate", "actual", ac, "percent", r2(ac) + "％")
    G.f(PG, None, None, fy, fyr, "total", "achievement_rate", "actual", ach, "percent", f"{ach}％")
para("※ 達成率＝実績÷目標×100。令和6年度の実績は決算確定後に公表します。", 8, before=3)

# ================================================================ pages 5-6 推進シート
SHEETS = [
    ("国民健康保険税", "５", [
        ("（１）", "現年度分の滞納発生を防ぐため、納税通知書の発送時に口座振替の申込書を同封し、加入を勧める。", "継続"),
        ("（２）", "滞納発生から3か月を経過した世帯に財産調査を行い、預貯金等の差押えを執行する。", "継続"),
        ("（３）", "資格喪失後の滞納者について、転出先の市町村への照会を行い、所在の確認を進める。", "拡充")],
     [(2025, "令和7年度", 100.0), (2026, "令和8年度", 95.5), (2027, "令和9年度", 91.0)]),
    ("介護保険料", "６", [
        ("（１）", "普通徴収の被保険者に対し、納期限後20日以内に督促状を送付し、電話による催告を行う。", "継続"),
        ("（２）", "給付制限の制度を周知し、滞納が続く被保険者と納付相談を行う。", "新規")],
     [(2025, "令和7年度", 5.0), (2026, "令和8年度", 4.6), (2027, "令和9年度", 4.2)]),
    ("市営住宅使用料", "７", [
        ("（１）", "家賃を2か月以上滞納した入居者と面談し、分割納付の計画を書面で取り交わす。", "継続"),
        ("（２）", "退去者の未納分について、連帯保証人への請求と支払督促の申立てを行う。", "拡充")],
     [(2025, "令和7年度", 5.6), (2026, "令和8年度", 5.1), (2027, "令和9年度", 4.6)]),
]
for si, (nm, num, items, tgt) in enumerate(SHEETS):
    if si != 2:
        newpage()
    if si == 0:
        h("第4章　債権ごとの推進シート")
    k = [x for x in DEBTS if x[1] == nm][0]
    v = V[nm]
    para(f"{num}　債権ごとの取組み（{nm}）", 11, True, True, before=6)
    t = table(2, 2, [8.5, 8.5])
    put(t.cell(0, 0), f"債権名　{nm}", 9, "l", gothic=True); shade(t.cell(0, 0), "E8EEF6")
    put(t.cell(0, 1), f"所管課　{k[3]}", 9, "l")
    put(t.cell(1, 0), f"債権の種類　{k[0]}", 9, "l")
    put(t.cell(1, 1), f"根拠法令　{k[4]}", 9, "l")
    para("（１）令和5年度決算の状況（単位：百万円、収納率は％）", 9.5, True, True, before=4)
    t = table(2, 5, [3.4] * 5)
    for j, hd in enumerate(["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        put(t.cell(0, j), hd, 8.5, gothic=True); shade(t.cell(0, j))
    for j, m in enumerate("ACWOR"):
        txt = r2(v[m]) if m == "R" else f"{v[m] / 1e6:,.1f}"
        put(t.cell(1, j), txt, 8.5, "r")
        G.f(PG, canon[nm], nm, 2023, "令和5年度", "total", MET[m], "actual",
            v[m] if m == "R" else round(v[m] / 1e6, 1) * 1e6, "percent" if m == "R" else "yen", txt)
    om = v["O"]
    oman = round(om, -4)
    para(f"　令和5年度末の収入未済額は{oman // 10**4:,}万円で、調定額に対する割合は{(om / v['A'] * 100):.1f}％です。", 9)
    G.f(PG, canon[nm], nm, 2023, "令和5年度", "total", "outstanding", "actual", oman, "yen", f"{oman // 10**4:,}万円")
    para("（２）収入未済額の目標（単位：百万円）", 9.5, True, True, before=4)
    t = table(2, 3, [5.6, 5.6, 5.6])
    for j, (fy, fyr, o) in enumerate(tgt):
        put(t.cell(0, j), fyr + "目標", 8.5, gothic=True); shade(t.cell(0, j))
        put(t.cell(1, j), f"{o:,.1f}", 8.5, "r")
        G.f(PG, canon[nm], nm, fy, fyr, "total", "outstanding", "target", round(o * 1e6), "yen", f"{o:,.1f}")
    para("（３）取組内容", 9.5, True, True, before=4)
    para("　ア　滞納の未然防止と早期対応", 9.5, indent=0.3)
    for lab, txt, stt in items:
        para(f"{lab}{txt}", 9, indent=0.8, after=0)
        para(f"【{stt}】", 9, align="r", after=2)
        G.i(PG, canon[nm], 2025, "取組内容", f"ア{lab}", txt, stt, debt_raw=nm)
    if nm == "国民健康保険税":
        para("　イ　納付が困難な世帯への対応", 9.5, indent=0.3, before=3)
        sub = [("(ｱ)", "生活状況を聴き取り、分納や徴収猶予など納付の方法を一緒に検討する。"),
               ("(ｲ)", "生活困窮の相談があった場合は、福祉課の自立相談支援窓口へつなぐ。")]
        for lab, txt in sub:
            para(f"{lab}　{txt}", 9, indent=0.8, after=1)
            G.i(PG, canon[nm], 2025, "取組内容", f"イ{lab}", txt, None, debt_raw=nm)

# ================================================================ page 7 参考資料
newpage()
h("参考資料　対象債権一覧")
t = table(len(DEBTS) + 2, 5, [4.6, 3.0, 4.8, 1.2, 3.4])
for j, hd in enumerate(["債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"]):
    put(t.cell(0, j), hd, 8.5, gothic=True); shade(t.cell(0, j))
for i, k in enumerate(DEBTS, 1):
    ok = round(V[k[1]]["O"] / 1000)
    for j, s in enumerate([k[1], k[3], k[4], k[5], c(ok)]):
        put(t.cell(i, j), s, 8.5, "r" if j == 4 else ("c" if j == 3 else "l"))
    G.f(PG, k[9], k[1], 2023, "令和5年度末", "total", "outstanding", "actual", ok * 1000, "yen", c(ok))
n = len(DEBTS) + 1
sc = t.cell(n, 0).merge(t.cell(n, 3))
put(sc, "合計", 8.5, "c", gothic=True)
okt = sum(round(V[k[1]]["O"] / 1000) for k in DEBTS)
put(t.cell(n, 4), c(okt), 8.5, "r", gothic=True)
G.f(PG, None, "合計", 2023, "令和5年度末", "total", "outstanding", "actual", okt * 1000, "yen", c(okt))
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権（令和5年度末現在、千円未満四捨五入のため合計が一致しない場合がある）", 8, before=3)

work = Path("/tmp/sa_work")
dp = work / f"{STEM}.docx"
d.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dp)], check=True,
               capture_output=True)
out = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(work / f"{STEM}.pdf", out)
gp = G.write(out)
check(out, gp)
