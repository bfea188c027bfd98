"""第3次恵那市債権管理計画（令和7年度～令和9年度） (plan): python-docx -> LibreOffice."""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from pu_common import ROOT, WORK, Gold, c, r2, check, rate  # noqa: E402

STEM = "pu_ena_plan_1"
CITY = "恵那市"
TITLE = "第3次恵那市債権管理計画"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和7年3月")

d = Document()
st = d.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
hp = sec.header.paragraphs[0]
hp.text = "第3次恵那市債権管理計画（令和7年度～令和9年度）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)


def para(text, size=10.5, bold=False, align=None, gothic=False, indent=0, space=2):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space)
    return p


def shade(cell, color="D9E2F3"):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def settext(cell, text, size=8.5, align="r", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)


def mktable(nrows, ncols, widths):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return t


def pagebreak():
    d.add_page_break()


# ============================================================ p1 cover
P = 1
for _ in range(8):
    para("")
para("第3次恵那市債権管理計画", 24, True, "c", True)
para("（令和7年度～令和9年度）", 14, False, "c", True)
for _ in range(14):
    para("")
para("令和7年3月", 13, False, "c")
para("恵　那　市", 15, True, "c", True)
pagebreak()

# ============================================================ p2 目次 + 趣旨 (memo numbering)
P = 2
para("目　次", 14, True, "c", True)
for t_, pg in [("１　計画の趣旨", 2), ("２　債権の現状", 3), ("３　計画の目標", 4), ("４　地域別の状況", 5),
               ("５　債権ごとの取組み", 6), ("参考資料　対象債権一覧", 8)]:
    para(f"{t_}{'・' * (34 - len(t_) * 2 // 2)}{pg}", 10.5, indent=20)
para("")
para("１　計画の趣旨", 12, True, gothic=True)
para("（１）策定の経緯", 10.5, True, indent=4)
para("本市は、令和元年度に恵那市債権管理条例を施行し、第1次計画（令和元年度～3年度）及び第2次計画（令和4（2022）年度～"
     "令和6（2024）年度）に基づいて、全庁的な収納率の向上と収入未済額の縮減に取り組んできた。", indent=8)
para("（２）計画の位置付けと期間", 10.5, True, indent=4)
para("ア　本計画は、債権管理条例第5条に規定する計画とする。", indent=8)
para("イ　計画期間は、令和7（2025）年度から令和9（2027）年度までの3年間とする。", indent=8)
para("ウ　対象は次のとおりとする。", indent=8)
para("(ｱ)　令和5（2023）年度決算において収入未済額がある債権", indent=12)
para("(ｲ)　上記のほか、所管課が管理の強化を必要と認める債権", indent=12)
para("（３）基本方針", 10.5, True, indent=4)
para("ア　現年度分の確実な収納を最優先とし、新たな滞納の発生を抑制する。", indent=8)
para("イ　滞納繰越分は財産調査に基づき、滞納処分と執行停止を適正に判断する。", indent=8)
para("ウ　非強制徴収公債権及び私債権は、法的措置を含めた履行の確保に努める。", indent=8)
pagebreak()

# ============================================================ p3 現状 table by kind (merged) with 計 per kind
P = 3
para("２　債権の現状", 12, True, gothic=True)
para("（１）令和5（2023）年度決算の状況", 10.5, True, indent=4)
para("（単位：千円、％）", 8.5, align="r", space=0)
KINDS = [
    ("強制徴収公債権", [("市税", "市税", "税務課", 6184320, 6052710, 4120),
                       ("国民健康保険税", "国民健康保険税", "税務課", 1286540, 1168230, 9840),
                       ("介護保険料", "介護保険料", "高齢福祉課", 1012380, 994860, 2310),
                       ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", 598710, 596240, 180),
                       ("保育料", "保育料", "幼児教育課", 128450, 125380, 410),
                       ("下水道使用料", "下水道使用料", "下水道課", 842160, 832470, 1260)]),
    ("非強制徴収公債権", [("生活保護費返還金", "生活保護費返還金", "社会福祉課", 18630, 6840, 1120),
                         ("児童扶養手当返還金", "児童扶養手当返還金", "子育て支援課", 3260, 980, 0)]),
    ("私債権", [("市営住宅使用料", "市営住宅使用料", "都市住宅課", 96840, 89720, 610),
               ("水道料金", "水道料金", "水道課", 1218530, 1207940, 1480),
               ("奨学金貸付金", "奨学金貸付金", "教育総務課", 21540, 17230, 0)]),
]
ROW = {}
nrow = 1 + sum(len(l) + 1 for _, l in KINDS) + 1
t = mktable(nrow, 8, [22, 34, 22, 22, 22, 14, 18, 22])
hdr = ["債権の種類", "債権名", "所管課", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]
for i, h in enumerate(hdr):
    settext(t.cell(0, i), h, 8, "c", True)
    shade(t.cell(0, i))
ri = 1
G = dict(a=0, c=0, w=0, o=0)
SUBLAB = {"強制徴収公債権": "強制徴収公債権計", "非強制徴収公債権": "非強制徴収公債権計", "私債権": "私債権計"}
for kind, lst in KINDS:
    top = ri
    S = dict(a=0, c=0, w=0, o=0)
    for name, raw, unit_, a, cl, w in lst:
        o = a - cl - w
        ROW[name] = (a, cl, w, o)
        r = rate(cl, a)
        for j, v in enumerate([raw, unit_, c(a), c(cl), r2(r), c(w), c(o)]):
            settext(t.cell(ri, j + 1), v, 8, "l" if j < 2 else "r")
        for met, v, raw_ in (("assessed", a * 1000, c(a)), ("collected", cl * 1000, c(cl)),
                             ("collection_rate", r, r2(r)), ("written_off", w * 1000, c(w)),
                             ("outstanding", o * 1000, c(o))):
            g.fact(P, name, raw, 2023, "令和5（2023）年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw_)
        S = dict(a=S["a"] + a, c=S["c"] + cl, w=S["w"] + w, o=S["o"] + o)
        ri += 1
    t.cell(top, 0).merge(t.cell(ri - 1, 0))
    settext(t.cell(top, 0), kind, 8, "c")
    lab = SUBLAB[kind]
    t.cell(ri, 0).merge(t.cell(ri, 2))
    settext(t.cell(ri, 0), lab, 8, "c", True)
    r = rate(S["c"], S["a"])
    for j, v in enumerate([c(S["a"]), c(S["c"]), r2(r), c(S["w"]), c(S["o"])]):
        settext(t.cell(ri, j + 3), v, 8, "r", True)
        shade(t.cell(ri, j + 3), "F2F2F2")
    for met, v, raw_ in (("assessed", S["a"] * 1000, c(S["a"])), ("collected", S["c"] * 1000, c(S["c"])),
                         ("collection_rate", r, r2(r)), ("written_off", S["w"] * 1000, c(S["w"])),
                         ("outstanding", S["o"] * 1000, c(S["o"]))):
        g.fact(P, None, lab, 2023, "令和5（2023）年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw_)
    G = {k_: G[k_] + S[k_] for k_ in G}
    ri += 1
t.cell(ri, 0).merge(t.cell(ri, 2))
settext(t.cell(ri, 0), "総計", 8, "c", True)
r = rate(G["c"], G["a"])
for j, v in enumerate([c(G["a"]), c(G["c"]), r2(r), c(G["w"]), c(G["o"])]):
    settext(t.cell(ri, j + 3), v, 8, "r", True)
for met, v, raw_ in (("assessed", G["a"] * 1000, c(G["a"])), ("collected", G["c"] * 1000, c(G["c"])),
                     ("collection_rate", r, r2(r)), ("written_off", G["w"] * 1000, c(G["w"])),
                     ("outstanding", G["o"] * 1000, c(G["o"]))):
    g.fact(P, None, "総計", 2023, "令和5（2023）年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw_)
para("※ 調定額・収入済額は現年度分と滞納繰越分の合計。", 8)
tot_o = G["o"]
oku, man = divmod(round(tot_o / 10), 10000)
tot_r = r
para(f"令和5年度末の収入未済額は総計で約{oku}億{man:,}万円であり、その約{round(ROW['市税'][3] / tot_o * 100)}％を"
     f"市税が占めている。総計の収納率は{r2(tot_r)}％で、第2次計画の目標を達成した。", 10)
g.fact(P, None, None, 2023, "令和5年度", "total", "outstanding", "actual", (oku * 10000 + man) * 10000, "yen",
       f"約{oku}億{man:,}万円", approx=True)
g.fact(P, None, None, 2023, "令和5年度", "total", "collection_rate", "actual", tot_r, "percent", f"{r2(tot_r)}％")
pagebreak()

# ============================================================ p4 long-format history + targets (merged rows, 3-level header)
P = 4
para("（２）主な債権の収入未済額の推移", 10.5, True, indent=4)
HIST = [  # (fy, raw year, 市税 未済 百万円, 市税 率, 国保 未済, 国保 率)
    (2019, "令和元年度", 168.4, 96.92, 142.6, 84.10),
    (2020, "令和２年度", 161.2, 97.05, 138.1, 85.02),
    (2021, "3年度", 149.8, 97.31, 131.7, 86.44),
    (2022, "令和4（2022）年度", 138.5, 97.58, 124.9, 88.01),
]
m23 = round(ROW["市税"][3] / 1000, 1)
k23 = round(ROW["国民健康保険税"][3] / 1000, 1)
HIST.append((2023, "令和5（2023）年度", m23, rate(ROW["市税"][1], ROW["市税"][0]),
             k23, rate(ROW["国民健康保険税"][1], ROW["国民健康保険税"][0])))
t = mktable(1 + 2 * len(HIST), 4, [40, 40, 40, 30])
for i, h in enumerate(["年度", "債権名", "収入未済額（百万円）", "収納率（％）"]):
    settext(t.cell(0, i), h, 8.5, "c", True)
    shade(t.cell(0, i))
ri = 1
for fy, yraw, mo, mr, ko, kr in HIST:
    for name, raw, o, rr in (("市税", "市税", mo, mr), ("国民健康保険税", "国保税", ko, kr)):
        for j, v in enumerate([yraw, raw, f"{o:,.1f}", r2(rr)]):
            settext(t.cell(ri, j), v, 8.5, "l" if j < 2 else "r")
        g.fact(P, name, raw, fy, yraw, "total", "outstanding", "actual", int(round(o * 1e6)), "yen", f"{o:,.1f}")
        g.fact(P, name, raw, fy, yraw, "total", "collection_rate", "actual", rr, "percent", r2(rr))
        ri += 1
para("（注）国保税は国民健康保険税。平成29年度（2017年度）の市税の収入未済額は192.7百万円であった。", 8)
g.fact(P, "市税", "市税", 2017, "平成29年度", "total", "outstanding", "actual", 192700000, "yen", "192.7百万円")
dm = round((mo - HIST[0][2]) * 100)
para(f"市税の収入未済額は令和元年度から令和5年度までの4年間で約{abs(dm):,}万円減少した。", 10)
g.fact(P, "市税", "市税", 2023, "令和5年度", "total", "difference", "actual", dm * 10000, "yen", f"約{abs(dm):,}万円減少", approx=True)
para("")
para("３　計画の目標", 12, True, gothic=True)
para("各債権の目標収納率は次のとおりとする。（単位：％）", 10)
TG = [("市税", "市税", {"current": (99.45, [99.50, 99.55, 99.60]), "arrears": (28.41, [29.0, 29.5, 30.0]),
                        "total": (rate(ROW["市税"][1], ROW["市税"][0]), [97.90, 98.00, 98.10])}),
      ("国民健康保険税", "国保税", {"current": (96.12, [96.30, 96.50, 96.70]), "arrears": (22.84, [23.5, 24.0, 24.5]),
                                  "total": (rate(ROW["国民健康保険税"][1], ROW["国民健康保険税"][0]), [91.00, 91.40, 91.80])})]
t = mktable(3 + 6, 6, [24, 22, 24, 24, 24, 24])
settext(t.cell(0, 0), "債権名", 8.5, "c", True)
t.cell(0, 0).merge(t.cell(2, 0))
settext(t.cell(0, 1), "区分", 8.5, "c", True)
t.cell(0, 1).merge(t.cell(2, 1))
settext(t.cell(0, 2), "実績", 8.5, "c", True)
settext(t.cell(0, 3), "目標", 8.5, "c", True)
t.cell(0, 3).merge(t.cell(0, 5))
for j, y_ in enumerate(["令和5年度", "令和7年度", "令和8年度", "令和9年度"]):
    settext(t.cell(1, j + 2), y_, 8.5, "c", True)
    settext(t.cell(2, j + 2), "収納率", 8.5, "c", True)
for rr_ in range(3):
    for j in range(6):
        shade(t.cell(rr_, j))
ri = 3
for name, raw, segs in TG:
    top = ri
    for seg, (base, tg) in segs.items():
        settext(t.cell(ri, 1), {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}[seg], 8.5, "c")
        fmt = r2
        settext(t.cell(ri, 2), fmt(base), 8.5)
        g.fact(P, name, raw, 2023, "令和5年度", seg, "collection_rate", "actual", base, "percent", fmt(base))
        for j, (fy, v) in enumerate(zip((2025, 2026, 2027), tg)):
            settext(t.cell(ri, 3 + j), fmt(v), 8.5)
            g.fact(P, name, raw, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "target", v, "percent", fmt(v))
        ri += 1
    t.cell(top, 0).merge(t.cell(ri - 1, 0))
    settext(t.cell(top, 0), raw, 8.5, "c")
pagebreak()

# ============================================================ p5 two-column page with area figures
P = 5
para("４　地域別の状況", 12, True, gothic=True)
new = d.add_section(WD_SECTION.CONTINUOUS)
cols = new._sectPr.xpath("./w:cols")
colel = cols[0] if cols else OxmlElement("w:cols")
colel.set(qn("w:num"), "2")
colel.set(qn("w:space"), "425")
if not cols:
    new._sectPr.append(colel)
AREAS = [("恵那地域", 99.21, 98.96), ("岩村地域", 99.48, 99.30), ("山岡地域", 99.62, 99.55),
         ("明智地域", 99.05, 99.12), ("串原地域", 99.80, 99.71), ("上矢作地域", 99.34, 99.18)]
para("市税の現年度分について、令和5年度の収納率を地域別にみると、次のとおりである。", 10)
for a, v, pv in AREAS:
    dd = round(v - pv, 2)
    word = "上昇" if dd >= 0 else "低下"
    s = f"{a}の収納率は{r2(v)}％で、前年度の{r2(pv)}％から{abs(dd):.2f}ポイント{word}した。"
    para("○" + s, 10, space=4)
    g.fact(P, "市税", None, 2023, "令和5年度", "current", "collection_rate", "actual", v, "percent", f"{r2(v)}％", area=a)
    g.fact(P, "市税", None, 2022, "前年度", "current", "collection_rate", "actual", pv, "percent", f"{r2(pv)}％", area=a)
    g.fact(P, "市税", None, 2023, "令和5年度", "current", "difference", "actual", dd if dd >= 0 else dd, "points",
           f"{abs(dd):.2f}ポイント", area=a)
AREAS2 = [("恵那地域", 95.64, 95.81), ("岩村地域", 96.88, 96.42), ("山岡地域", 97.12, 96.95),
          ("明智地域", 96.31, 96.47), ("串原地域", 98.05, 97.66), ("上矢作地域", 96.73, 96.20)]
from docx.enum.text import WD_BREAK
d.paragraphs[-1].runs[-1].add_break(WD_BREAK.COLUMN)
para("国民健康保険税の現年度分について、令和5年度の収納率を地域別にみると、次のとおりである。", 10)
for a, v, pv in AREAS2:
    dd = round(v - pv, 2)
    word = "上昇" if dd >= 0 else "低下"
    para(f"○{a}は{r2(v)}％（前年度{r2(pv)}％）で、{abs(dd):.2f}ポイントの{word}となった。", 10, space=4)
    g.fact(P, "国民健康保険税", None, 2023, "令和5年度", "current", "collection_rate", "actual", v, "percent", f"{r2(v)}％", area=a)
    g.fact(P, "国民健康保険税", None, 2022, "前年度", "current", "collection_rate", "actual", pv, "percent", f"{r2(pv)}％", area=a)
    g.fact(P, "国民健康保険税", None, 2023, "令和5年度", "current", "difference", "actual", dd, "points",
           f"{abs(dd):.2f}ポイントの{word}", area=a)
para("恵那地域は納税義務者数が多く、収納率は市全体をやや下回っている。転出者や市外在住の固定資産所有者に対する催告を"
     "強化するとともに、各振興事務所の窓口で納付相談を受け付ける体制を維持する。", 10)
para("また、周辺地域では高齢化に伴い口座振替の利用が伸びている一方、金融機関の店舗縮小により窓口納付が困難な世帯も"
     "増えている。コンビニ納付やスマートフォン決済の周知を各地域の広報紙で行い、納付機会の確保を図る。", 10)
new2 = d.add_section(WD_SECTION.NEW_PAGE)
cols2 = new2._sectPr.xpath("./w:cols")
cols2[0].set(qn("w:num"), "1")

# ============================================================ p6-p7 推進シート per debt
SHEETS = [
    (6, "市税", "市税", "税務課", "強制徴収公債権",
     [("ア", "納期限後20日以内に督促状を送付し、送付後1か月を経過した未納者に一斉催告を行う。", "継続"),
      ("イ", "滞納繰越分は財産調査を早期に実施し、預貯金・給与・年金の差押えを進める。", "継続"),
      ("ウ", "岐阜県と市町村の共同徴収（併任）による高額滞納案件の整理を行う。", "拡充"),
      ("エ", "地方税統一QRコードを活用したスマートフォン決済を周知する。", "新規")]),
    (6, "国民健康保険税", "国保税", "税務課・保険年金課", "強制徴収公債権",
     [("ア", "資格取得の届出時に口座振替の手続きを案内する。", "継続"),
      ("イ", "短期被保険者証の交付時に納付相談を行い、分納の履行状況を管理する。", "継続"),
      ("ウ", "資格喪失後の滞納者には転出先の調査を行い、文書催告を実施する。", "拡充")]),
    (7, "市営住宅使用料", "市営住宅使用料", "都市住宅課", "私債権",
     [("ア", "滞納3か月で連帯保証人へ通知し、6か月で明渡請求を検討する。", "継続"),
      ("イ", "退去者の未納分は支払督促の申立てを行い、時効の完成を防止する。", "新規")]),
    (7, "水道料金", "水道料金", "水道課", "私債権",
     [("ア", "督促後も未納の使用者には給水停止予告を送付し、納付又は分納の相談につなげる。", "継続"),
      ("イ", "転居者の精算漏れを防ぐため、閉栓時の即時精算を徹底する。", None)]),
]
first = True
for P, name, raw, unit_, kind, its in SHEETS:
    if not first and P != prev_p:
        pagebreak()
    if first:
        para("５　債権ごとの取組み", 12, True, gothic=True)
    first = False
    prev_p = P
    para(f"５　債権ごとの取組み（{raw}）" if P == 7 and name == "市営住宅使用料" else f"【推進シート】{raw}", 11, True, gothic=True)
    a, cl, w, o = ROW[name]
    prev_o = round(o * (1.1 if name != "水道料金" else 1.04))
    t = mktable(3, 4, [26, 44, 26, 44])
    for j, v in enumerate(["債権名", raw, "所管課", unit_]):
        settext(t.cell(0, j), v, 8.5, "l", j % 2 == 0)
        if j % 2 == 0:
            shade(t.cell(0, j))
    settext(t.cell(1, 0), "債権の種類", 8.5, "l", True)
    shade(t.cell(1, 0))
    settext(t.cell(1, 1), kind, 8.5, "l")
    settext(t.cell(1, 2), "R5収入未済額", 8.5, "l", True)
    shade(t.cell(1, 2))
    settext(t.cell(1, 3), f"{c(o)}千円", 8.5, "r")
    g.fact(P, name, raw, 2023, "R5", "total", "outstanding", "actual", o * 1000, "yen", f"{c(o)}千円")
    settext(t.cell(2, 0), "現状と課題", 8.5, "l", True)
    shade(t.cell(2, 0))
    t.cell(2, 1).merge(t.cell(2, 3))
    diff = o - prev_o
    txt = (f"令和5年度末の収入未済額は{c(o)}千円で、前年度より{c(abs(diff))}千円減少した。収納率は{r2(rate(cl, a))}％であるが、"
           "滞納繰越分の中に長期の分納案件が多く残っており、履行状況の管理が課題である。")
    settext(t.cell(2, 1), txt, 8.5, "l")
    g.fact(P, name, raw, 2023, "令和5年度", "total", "outstanding", "actual", o * 1000, "yen", f"{c(o)}千円で")
    g.fact(P, name, raw, 2023, "令和5年度", "total", "difference", "actual", diff * 1000, "yen", f"{c(abs(diff))}千円減少")
    g.fact(P, name, raw, 2023, "令和5年度", "total", "collection_rate", "actual", rate(cl, a), "percent", f"{r2(rate(cl, a))}％")
    para("取組内容", 10, True, space=1)
    for lab, text, stt in its:
        para(f"{lab}　{text}" + (f"【{stt}】" if stt else ""), 9.5, indent=4, space=1)
        g.init(P, name, raw, 2025, "取組内容", lab, text, stt)
    para("")
pagebreak()

# ============================================================ p8 参考資料
P = 8
para("参考資料　対象債権一覧", 12, True, gothic=True)
para("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権　（収入未済額は令和5年度末、単位：千円）", 8)
LAW = {"市税": "地方税法", "国民健康保険税": "地方税法", "介護保険料": "介護保険法", "後期高齢者医療保険料": "高齢者の医療の確保に関する法律",
       "保育料": "児童福祉法", "下水道使用料": "地方自治法・下水道条例", "生活保護費返還金": "生活保護法",
       "児童扶養手当返還金": "児童扶養手当法", "市営住宅使用料": "公営住宅法・民法", "水道料金": "民法・給水条例",
       "奨学金貸付金": "民法・奨学金条例"}
KSHORT = {"強制徴収公債権": "強", "非強制徴収公債権": "非", "私債権": "私"}
allrows = [(name, raw, unit_, KSHORT[k]) for k, lst in KINDS for name, raw, unit_, *_ in lst]
t = mktable(1 + len(allrows), 6, [10, 40, 28, 50, 12, 26])
for i, h in enumerate(["No", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]):
    settext(t.cell(0, i), h, 8.5, "c", True)
    shade(t.cell(0, i))
for i, (name, raw, unit_, ks) in enumerate(allrows, 1):
    o = ROW[name][3]
    for j, v in enumerate([str(i), raw, unit_, LAW[name], ks, c(o)]):
        settext(t.cell(i, j), v, 8.5, "r" if j == 5 else ("c" if j in (0, 4) else "l"))
    g.fact(P, name, raw, 2023, "令和5年度", "total", "outstanding", "actual", o * 1000, "yen", c(o))

docx = WORK / f"{STEM}.docx"
d.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)], check=True,
               capture_output=True)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
g.write(pdf)
sys.exit(1 if check(pdf, g) else 0)
