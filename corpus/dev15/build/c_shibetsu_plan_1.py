"""士別市債権管理計画（令和7年度～令和9年度）: python-docx -> LibreOffice. Builds PDF and gold from the same data."""
from __future__ import annotations

import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from c_common import OUT, ROOT, Gold, rate, to_pdf, write_gold  # noqa: E402

STEM = "c_shibetsu_plan_1"
MUNI = "士別市"
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")

# ---------------- data ----------------
# debt, 所管課, cur assessed base (千円), cur rate, arr assessed base, arr rate, written_off base
BASE = [
    ("市税", "税務課", 2_846_500, 0.9931, 48_200, 0.252, 4_100),
    ("国民健康保険税", "税務課", 721_300, 0.9718, 95_400, 0.221, 8_300),
    ("介護保険料", "介護保険課", 612_800, 0.9942, 12_100, 0.203, 2_450),
    ("後期高齢者医療保険料", "保険医療課", 261_400, 0.9981, 2_130, 0.348, 310),
    ("保育所保護者負担金", "こども・子育て応援課", 58_300, 0.9893, 4_820, 0.184, 420),
    ("市営住宅使用料", "建築住宅課", 309_700, 0.9862, 26_300, 0.121, 1_230),
]
YEARS = [3, 4, 5]  # 令和
rnd = random.Random(15_3)
D = {}  # (debt, yr) -> dict of 千円 amounts
for name, ka, ac, rc, aa, ra, wo in BASE:
    for k, yr in enumerate(YEARS):
        f = 1 + rnd.uniform(-0.03, 0.03)
        a_c = int(ac * f)
        c_c = round(a_c * (rc - 0.002 * (2 - k) + rnd.uniform(-0.0005, 0.0005)))
        a_a = int(aa * (1 + rnd.uniform(-0.08, 0.02)) * (1 - 0.04 * k))
        c_a = round(a_a * (ra - 0.01 * (2 - k) + rnd.uniform(-0.01, 0.01)))
        w = int(wo * (1 + rnd.uniform(-0.2, 0.2)))
        D[(name, yr)] = dict(a_c=a_c, c_c=c_c, a_a=a_a, c_a=c_a, w=w)
for v in D.values():
    v["a"] = v["a_c"] + v["a_a"]
    v["c"] = v["c_c"] + v["c_a"]
    v["o_c"] = v["a_c"] - v["c_c"]
    v["o_a"] = v["a_a"] - v["c_a"] - v["w"]
    v["o"] = v["a"] - v["c"] - v["w"]
    v["r_c"] = rate(v["c_c"], v["a_c"])
    v["r_a"] = rate(v["c_a"], v["a_a"])
    v["r"] = rate(v["c"], v["a"])
TOT = {yr: sum(D[(n, yr)]["o"] for n, *_ in BASE) for yr in YEARS}

# targets: (current, total) per year 7,8,9
TGT = {}
for name, *_ in BASE:
    v = D[(name, 5)]
    rc, rt = float(v["r_c"]), float(v["r"])
    for i, yr in enumerate([7, 8, 9]):
        tc = round(min(99.95, rc + 0.05 * (i + 1) + 0.02), 2)
        TGT[(name, yr)] = (tc, round(min(rt + 0.3 * (i + 1) + 0.1, tc - 0.1 - 0.1 * (2 - i)), 1))

g = Gold()


def yen(k):  # 千円 -> yen
    return k * 1000


def n(k):
    return f"{k:,}"


def tri(k):
    return f"△{abs(k):,}" if k < 0 else f"{k:,}"


# ---------------- docx helpers ----------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(text="", size=None, bold=False, align=None, gothic=False, space_after=4, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def h(text):
    return para(text, size=12, gothic=True, space_after=6)


def add_field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


hp = sec.header.paragraphs[0]
hp.text = "士別市債権管理計画（令和７年度～令和９年度）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("- ")
add_field(fp.add_run(), "PAGE")
fp.add_run(" -")


def table(rows, widths, size=9, header_rows=1, merges=(), align_num=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(size)
            if i < header_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif j > 0 and align_num:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0).merge(t.cell(r1, c1))
        txt = rows[r0][c0]
        a.text = ""
        rr = a.paragraphs[0].add_run(txt); rr.font.size = Pt(size)
        a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def box(lines, size=10):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.width = Mm(166)
    c.text = ""
    for k, ln in enumerate(lines):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        r = p.add_run(ln); r.font.size = Pt(size)
        p.paragraph_format.left_indent = Mm(4)
        p.paragraph_format.first_line_indent = Mm(-4)
        p.paragraph_format.space_after = Pt(2)
    return t


# ---------------- content ----------------
para("士別市債権管理計画", size=20, gothic=True, align="c", space_after=2)
para("（令和７年度～令和９年度）", size=13, align="c", space_after=2)
para("令和７年３月", align="c", space_after=0)
para("士別市総務部税務課", align="c", space_after=14)

h("１　計画策定の趣旨")
tot5 = TOT[5]
man = round(tot5 / 10 / 100) * 100  # 万円, rounded to 100万円
oku, rest = divmod(man, 10000)
raw_tot = f"約{oku}億{rest:,}万円".translate(ZEN).replace(",", "，") if oku else f"約{rest:,}万円".translate(ZEN)
g.fact(raw_tot, debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", segment="total", metric="outstanding",
       basis="actual", value=man * 10000, unit="yen", approx=True)
para("　本市では、市税をはじめ各種保険料、使用料などの債権について、負担の公平性と自主財源の確保を図るため、"
     "平成２９年度から債権管理計画に基づき全庁的な収納対策を進めてきました。その結果、現年度課税分を中心に"
     "収納率は高い水準で推移しています。")
para(f"　一方で、令和５年度決算における対象債権の収入未済額は{raw_tot}となっており、滞納繰越分の収納率は"
     "依然として低い状況にあります。このため、これまでの取組を検証し、目標収納率と具体的な取組を定めた"
     "第３次の計画を策定するものです。")
h("２　計画期間")
para("　令和７年度から令和９年度までの３年間とします。")
h("３　対象債権")
para("　本計画の対象とする債権は、次のとおりとします。")
rows = [["債権名", "債権区分", "所管課"]]
kubun = {"市税": "強制徴収公債権", "国民健康保険税": "強制徴収公債権", "介護保険料": "強制徴収公債権",
         "後期高齢者医療保険料": "強制徴収公債権", "保育所保護者負担金": "強制徴収公債権", "市営住宅使用料": "私債権"}
for name, ka, *_ in BASE:
    rows.append([name, kubun[name], ka])
table(rows, [60, 50, 56], size=9.5, align_num=False)
para("")

h("４　債権の現状")
para("（１）収入未済額の推移", gothic=True)
para("表１　収入未済額の推移（単位：千円）", size=9.5, align="c", space_after=2)
rows = [["債権名", "令和３年度", "令和４年度", "令和５年度", "増減（５年度－４年度）"]]
for name, *_ in BASE:
    r = [name]
    for yr in YEARS:
        o = D[(name, yr)]["o"]
        r.append(g.fact(n(o), debt=name, fy=2018 + yr, fy_raw=f"令和{yr}年度".translate(ZEN), segment="total",
                        metric="outstanding", basis="actual", value=yen(o), unit="yen"))
    r.append(tri(D[(name, 5)]["o"] - D[(name, 4)]["o"]))
    rows.append(r)
r = ["合計"]
for yr in YEARS:
    r.append(g.fact(n(TOT[yr]), debt=None, debt_raw="合計", fy=2018 + yr, fy_raw=f"令和{yr}年度".translate(ZEN),
                    segment="total", metric="outstanding", basis="actual", value=yen(TOT[yr]), unit="yen"))
r.append(tri(TOT[5] - TOT[4]))
rows.append(r)
table(rows, [46, 28, 28, 28, 36])
para("※収入未済額は、各年度の出納閉鎖時点（５月３１日）の額です。", size=8.5)

para("（２）収納率の推移", gothic=True)
para("表２　収納率の推移（令和３～５年度決算、単位：％）", size=9.5, align="c", space_after=2)
rows = [["債権名", "現年度分", "", "", "滞納繰越分", "", ""],
        ["", "3年度", "4年度", "5年度", "3年度", "4年度", "5年度"]]
for name, *_ in BASE:
    r = [name]
    for seg, key in (("current", "r_c"), ("arrears", "r_a")):
        for yr in YEARS:
            v = D[(name, yr)][key]
            r.append(g.fact(f"{v}", debt=name, fy=2018 + yr, fy_raw=f"{yr}年度", segment=seg,
                            metric="collection_rate", basis="actual", value=float(v), unit="percent"))
    rows.append(r)
table(rows, [46, 20, 20, 20, 20, 20, 20], header_rows=2, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)])
para("")

h("５　目標収納率")
para("　計画期間の各年度における目標収納率を次のとおり定めます。現年度分の収納率の維持・向上を最優先とし、"
     "滞納繰越分については滞納処分の執行と執行停止の適正な判断により縮減を図ります。")
para("表３　目標収納率", size=9.5, align="c", space_after=2)
rows = [["区分", "実績", "", "目標", "", "", "", "", ""],
        ["", "令和５年度", "", "令和７年度", "", "令和８年度", "", "令和９年度", ""],
        ["", "現年", "合計", "現年", "合計", "現年", "合計", "現年", "合計"]]
for name, *_ in BASE:
    v = D[(name, 5)]
    r = [name,
         g.fact(f"{v['r_c']}", debt=name, fy=2023, fy_raw="令和５年度", segment="current", metric="collection_rate",
                basis="actual", value=float(v["r_c"]), unit="percent"),
         g.fact(f"{v['r']}", debt=name, fy=2023, fy_raw="令和５年度", segment="total", metric="collection_rate",
                basis="actual", value=float(v["r"]), unit="percent")]
    for yr in (7, 8, 9):
        tc, tt = TGT[(name, yr)]
        r.append(g.fact(f"{tc:.2f}", debt=name, fy=2018 + yr, fy_raw=f"令和{yr}年度".translate(ZEN), segment="current",
                        metric="collection_rate", basis="target", value=tc, unit="percent"))
        r.append(g.fact(f"{tt:.1f}", debt=name, fy=2018 + yr, fy_raw=f"令和{yr}年度".translate(ZEN), segment="total",
                        metric="collection_rate", basis="target", value=tt, unit="percent"))
    rows.append(r)
table(rows, [38] + [16] * 8, size=8.5, header_rows=3,
      merges=[(0, 0, 2, 0), (0, 1, 0, 2), (0, 3, 0, 8), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8)])
para("※単位はすべてパーセントです。合計は現年度分と滞納繰越分の合計の収納率です。", size=8.5)

# ---------------- per-debt sections ----------------
MEASURES = {
    "市税": [("納期限後２０日以内に督促状を発送し、その後も未納のものには早期に電話・文書による催告を行います。", "継続"),
             ("預貯金・給与等の財産調査を徹底し、納付資力がありながら納付しない滞納者には速やかに差押えを執行します。", "継続"),
             ("スマートフォン決済アプリによる納付と、ＷＥＢ口座振替受付を周知し、納期内納付を促進します。", "拡充"),
             ("北海道と連携した地方税滞納整理機構への移管を活用し、高額・困難案件の整理を進めます。", "新規")],
    "国民健康保険税": [("新規加入時に口座振替の勧奨を行い、口座振替率の向上を図ります。", "拡充"),
                 ("短期被保険者証等の交付の機会を活用した納付相談を実施します。", "継続"),
                 ("生活困窮等により納付が困難な世帯には、関係課と連携して減免・分納の相談に応じます。", "継続")],
    "市営住宅使用料": [("滞納初期の段階で連帯保証人へ通知し、滞納の長期化を防止します。", "継続"),
                 ("明渡し請求後も納付のない退去者については、支払督促等の法的措置を行います。", "拡充"),
                 ("指定管理者と滞納者情報を毎月共有し、訪問催告を行います。", "新規")],
}
for name in ("市税", "国民健康保険税", "市営住宅使用料"):
    ka = dict((b[0], b[1]) for b in BASE)[name]
    h(f"６　債権ごとの取組（{name}）")
    para(f"所管課：{ka}", size=9.5, align="r", space_after=2)
    para("（１）決算の状況（単位：千円）", gothic=True, size=10)
    rows = [["年度", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    for yr in (4, 5):
        v = D[(name, yr)]
        fy = 2018 + yr
        yr_raw = f"令和{yr}年度".translate(ZEN)
        for seg, lab, a, c, w, o, rr in (("current", "現年度分", v["a_c"], v["c_c"], None, v["o_c"], v["r_c"]),
                                         ("arrears", "滞納繰越分", v["a_a"], v["c_a"], v["w"], v["o_a"], v["r_a"]),
                                         ("total", "計", v["a"], v["c"], v["w"], v["o"], v["r"])):
            kw = dict(debt=name, fy=fy, fy_raw=yr_raw, segment=seg, basis="actual")
            row = [yr_raw if seg == "current" else "", lab,
                   g.fact(n(a), metric="assessed", value=yen(a), unit="yen", **kw),
                   g.fact(n(c), metric="collected", value=yen(c), unit="yen", **kw),
                   g.fact(n(w), metric="written_off", value=yen(w), unit="yen", **kw) if w is not None else "－",
                   g.fact(n(o), metric="outstanding", value=yen(o), unit="yen", **kw),
                   g.fact(f"{rr}%", metric="collection_rate", value=float(rr), unit="percent", **kw)]
            rows.append(row)
    table(rows, [24, 22, 26, 26, 22, 24, 20], size=8.5, merges=[(1, 0, 3, 0), (4, 0, 6, 0)])
    para("")
    para("（２）目標", gothic=True, size=10)
    tc, tt = TGT[(name, 9)]
    r1 = g.fact(f"{tc:.2f}％", debt=name, fy=2027, fy_raw="令和９年度", segment="current", metric="collection_rate",
                basis="target", value=tc, unit="percent")
    r2 = g.fact(f"{tt:.1f}％", debt=name, fy=2027, fy_raw="令和９年度", segment="total", metric="collection_rate",
                basis="target", value=tt, unit="percent")
    para(f"　計画最終年度（令和９年度）の収納率　現年度分 {r1}　合計 {r2}", space_after=6)
    para("（３）主な取組", gothic=True, size=10)
    lines = []
    for k, (txt, tag) in enumerate(MEASURES[name]):
        lab = "①②③④⑤"[k]
        g.init(txt, debt=name, fy=2025, section=f"債権ごとの取組（{name}）", label=lab, status=tag)
        lines.append(f"{lab}　{txt}【{tag}】")
    box(lines)
    para("")

h("７　計画の進行管理")
para("　本計画の進捗状況は、士別市債権管理推進会議において毎年度の決算確定後に検証し、その結果を公表します。"
     "また、社会経済情勢の変化等により必要が生じた場合は、計画期間中であっても見直しを行います。")

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
doc.save(src)
to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "c_shibetsu")
write_gold(STEM, g, {"kind": "plan", "municipality": MUNI, "title": "士別市債権管理計画（令和７年度～令和９年度）",
                     "date": "2025-03-01", "date_raw": "令和７年３月"})
