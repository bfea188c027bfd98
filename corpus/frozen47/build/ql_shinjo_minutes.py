"""ql_shinjo_minutes_1: 令和7年度第1回新庄市債権管理委員会（書面開催）議事要旨. python-docx -> LibreOffice.
Run from corpus/frozen47:  python3 build/ql_shinjo_minutes.py"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ql_common import ROOT, WORK, Gold, c, check, rate, soffice

STEM = "ql_shinjo_minutes_1"
TITLE = "令和７年度第１回新庄市債権管理委員会（書面開催）議事要旨"
g = Gold(STEM, "minutes", "minutes", "新庄市", TITLE, "2025-08-20", "令和7年8月20日")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)


def para(text="", bold=False, size=None, center=False, indent=0, gothic=False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if center:
        p.alignment = 1
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tabline(cols, stops, size=9.5, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(1)
    for pos, al in stops:
        pf.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT if al == "r" else WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run("\t".join(cols))
    r.font.size = Pt(size)
    r.bold = bold
    return p


def set_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        v = kw.get(edge)
        if v:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(v))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


# ---------------- page 1 ----------------
para(TITLE, bold=True, size=13, center=True, gothic=True)
para("")
para("１　開催方法　書面開催", gothic=True)
para("令和７年８月20日付けで各委員に会議資料を送付し、同月29日までに意見及び質問の提出を求めた。", indent=6)
para("２　委員（９名）", gothic=True)
ATT = [("委員長", "副市長"), ("委員", "総務課長"), ("委員", "財政課長"), ("委員", "税務課長"), ("委員", "成人福祉課長"),
       ("委員", "子育て・健康推進課長"), ("委員", "上下水道課長"), ("委員", "都市整備課長"), ("委員", "教育総務課長")]
SEC = [("事務局", "税務課収納対策室長"), ("事務局", "税務課収納対策室主査"), ("事務局", "税務課収納対策室主事")]
for role, t in ATT:
    para(f"{role}　{t}", indent=8)
para("事務局（３名）　税務課収納対策室長、同室主査、同室主事", indent=6)
para("（委員９名、事務局３名）", indent=6)
para("３　議題", gothic=True)
AG = ["令和６年度決算における債権の状況について", "令和７年度債権管理の取組方針について", "債権放棄の報告について"]
for i, a in enumerate(AG, 1):
    para(f"（{i}）{a}", indent=6)
para("４　配付資料", gothic=True)
MAT = ["資料１　令和６年度債権別収納状況一覧", "資料２　令和７年度債権管理の取組方針（案）", "資料３　債権放棄の状況"]
for m in MAT:
    para(m, indent=6)
para("５　資料の概要（事務局）", gothic=True)
# figures in prose: settled year quoted in a later-year meeting
TOT6 = dict(a=4_218_604, col=3_967_911, wo=21_447)
TOT6["o"] = TOT6["a"] - TOT6["col"] - TOT6["wo"]
TOT5_o = TOT6["o"] + 38_612
r6 = rate(TOT6["col"], TOT6["a"], 2)
r5 = round(r6 - 0.37, 2)
s1 = f"{r6:.2f}％"
s2 = "0.37ポイント"
man = round(TOT6["o"] / 10)
s3 = f"約{man // 10000}億{man % 10000:,}万円"
dman = round(38_612 / 10)
s4 = f"約{dman:,}万円"
P = 1
g.f(P, None, None, 2024, "令和６年度決算", "total", "collection_rate", "actual", r6, "percent", s1)
g.f(P, None, None, 2024, "令和６年度決算", "total", "difference", "actual", 0.37, "points", s2)
g.f(P, None, None, 2024, "令和６年度決算", "total", "outstanding", "actual", man * 10_000, "yen", s3, approx=True)
g.f(P, None, None, 2024, "令和６年度決算", "total", "difference", "actual", -dman * 10_000, "yen", s4, approx=True)
para(f"令和６年度決算における対象９債権全体の収納率は{s1}で、前年度比{s2}上昇した。収入未済額は{s3}となり、"
     f"前年度から{s4}の減少となった。詳細は別表１及び別表２のとおり。", indent=6)
pagebreak()

# ---------------- page 2: statements ----------------
P = 2
para("６　委員からの意見等及び事務局の回答", gothic=True)
STM = []
# interim figures 6月末
cur_i, arr_i = 19.84, 8.62
cur_p, arr_p = 19.51, 8.10
t_cur, t_arr = f"現年分　{cur_i:.2f}％（前年同月　{cur_p:.2f}％）", f"滞繰分　{arr_i:.2f}％（前年同月　{arr_p:.2f}％）"
for seg, v, pv in [("current", cur_i, cur_p), ("arrears", arr_i, arr_p)]:
    g.f(P, "市税", None, 2025, "令和７年６月末時点", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％",
        as_of="2025-06-30")
    g.f(P, "市税", None, 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}％",
        as_of="2024-06-30")
kokuho_r6 = 92.46
kokuho_r5 = 91.88
STATEMENTS = [
    ("財政課長", "令和６年度決算における債権の状況について",
     f"国民健康保険税は令和６年度決算で収納率が{kokuho_r6:.2f}％と、前年度の{kokuho_r5:.2f}％を上回ったとのことだが、"
     "被保険者数の減少に伴い調定額も減っている。率だけでなく収入未済額の推移もあわせて評価してほしい。"),
    ("事務局（税務課収納対策室長）", "令和６年度決算における債権の状況について",
     "御指摘のとおり、収入未済額の推移も併せて報告する。国民健康保険税の収入未済額は別表２のとおり前年度から減少しており、"
     "滞納世帯数も減っている。次回の委員会からは収入未済額の前年度比も資料に掲載する。"),
    ("子育て・健康推進課長", "令和７年度債権管理の取組方針について",
     "保育料は口座振替への切替えを進めた結果、現年度分の未納が減っている。児童手当からの徴収の申出についても、引き続き案内していく。"),
    ("上下水道課長", "令和７年度債権管理の取組方針について",
     "水道料金は給水停止予告の運用を見直し、納付相談の機会を増やした。今年度も早期の接触に努める。"),
    ("税務課長", "令和７年度債権管理の取組方針について",
     "市税の今年度６月末の状況は次のとおりで、いずれも前年同月を上回っている。"),
    ("委員長（副市長）", "債権放棄の報告について",
     "債権放棄は、所在不明や生活困窮など回収の見込みがないことを十分に確認した上で行うこと。各課は基準に沿った処理を徹底してほしい。"),
]
g.f(P, "国民健康保険税", None, 2024, "令和６年度決算", "total", "collection_rate", "actual", kokuho_r6, "percent",
    f"{kokuho_r6:.2f}％")
g.f(P, "国民健康保険税", None, 2023, "前年度", "total", "collection_rate", "actual", kokuho_r5, "percent", f"{kokuho_r5:.2f}％")
for sp, secn, text in STATEMENTS:
    para(f"○{sp}", gothic=True)
    para(text, indent=4)
    if sp == "税務課長":
        para("【収納率】令和７年６月末時点", indent=8, gothic=True)
        para(f"・{t_cur}", indent=10)
        para(f"・{t_arr}", indent=10)
    STM.append({"speaker": sp, "section": secn, "text": text})
para("７　取組方針（資料２の要旨）", gothic=True)
ITEMS = [("（１）", "納期限後の督促・催告を速やかに行い、新たな滞納の発生を抑える。", "継続"),
         ("（２）", "所管課の間で滞納者情報を共有できる範囲を整理し、合同での納付相談を行う。", "新規"),
         ("（３）", "債権管理条例に基づく債権放棄を適正に進め、回収の見込みのない債権を整理する。", "継続")]
for lab, text, stt in ITEMS:
    para(f"{lab}{text}【{stt}】", indent=6)
    g.i(P, None, 2025, "令和７年度債権管理の取組方針", lab, text, stt)
para("８　結果", gothic=True)
para("議題（１）から（３）までについて、いずれも了承された。", indent=6)
pagebreak()

# ---------------- page 3: 別表１ (tab stops, no rules) ----------------
P = 3
para("別表１　主な債権の収納状況", bold=True, gothic=True)
para("（単位：千円、％、人）　本年度：令和６年度決算、（　）内は前年度の収納率", size=8.5)
B1 = [("市税", "市税", 2_611_480, 2_530_417, 96.62, 612),
      ("国民健康保険税", "国保税", 586_233, None, kokuho_r5, 498),
      ("介護保険料", "介護保険料", 412_906, 408_617, 98.81, 121),
      ("後期高齢者医療保険料", "後期高齢", 211_348, 210_577, 99.55, 37),
      ("保育料", "保育料", 58_104, 56_932, 97.46, 44),
      ("水道料金", "水道料金", 287_455, 280_361, 97.33, 156),
      ("市営住宅使用料", "住宅使用料", 51_078, 46_018, 88.92, 39)]
stops = [(44, "r"), (74, "r"), (104, "r"), (136, "r"), (160, "r")]
tabline(["債権名", "調定額", "収入済額", "収納率（前年度）", "収入未済額", "滞納者数"], stops, bold=True)
WO = {"市税": 9_114, "国民健康保険税": 7_902, "介護保険料": 1_004, "後期高齢者医療保険料": 118, "保育料": 206,
      "水道料金": 2_450, "市営住宅使用料": 653}
B1OUT = {}
for debt, ab, a, col, r5_, n in B1:
    if col is None:
        col = round(a * kokuho_r6 / 100)
    r = rate(col, a, 2)
    if debt == "国民健康保険税":
        assert abs(r - kokuho_r6) < 0.005, r
        r = kokuho_r6
    o = a - col - WO[debt]
    B1OUT[debt] = o
    cols = [ab, c(a), c(col), f"{r:.2f}（{r5_:.2f}）", c(o), c(n)]
    tabline(cols, stops)
    g.f(P, debt, ab, 2024, "本年度", "total", "assessed", "actual", a * 1000, "yen", c(a))
    g.f(P, debt, ab, 2024, "本年度", "total", "collected", "actual", col * 1000, "yen", c(col))
    g.f(P, debt, ab, 2024, "本年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    g.f(P, debt, ab, 2023, "前年度", "total", "collection_rate", "actual", r5_, "percent", f"{r5_:.2f}")
    g.f(P, debt, ab, 2024, "本年度", "total", "outstanding", "actual", o * 1000, "yen", c(o))
    g.f(P, debt, ab, 2024, "本年度", "total", "delinquents", "actual", n, "persons", c(n))
para("※ 収入未済額は不納欠損額を控除した額。市税の不納欠損額は9,114千円。", size=8.5)
g.f(P, "市税", "市税", 2024, "本年度", "total", "written_off", "actual", 9_114_000, "yen", "9,114千円")
para("※ 国保税：国民健康保険税、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料", size=8.5)
para("")

# ---------------- 別表２ (horizontal rules only; debts as columns, metric in row header) ----------------
para("別表２　収入未済額と滞納世帯数（前年度・本年度）", bold=True, gothic=True)
para("前年度：令和５年度末、本年度：令和６年度末", size=8.5)
D2 = ["市税", "国民健康保険税", "介護保険料"]
PREV = {"市税": 78_530, "国民健康保険税": 43_918, "介護保険料": 3_604}
HH = {"市税": (655, 612), "国民健康保険税": (541, 498), "介護保険料": (133, 121)}
SZ = {"市税": 214, "国民健康保険税": 96, "介護保険料": 0}
t = doc.add_table(rows=6, cols=4)
hdr = ["区分"] + D2
body = [["収入未済額（千円）　前年度"] + [c(PREV[d]) for d in D2],
        ["収入未済額（千円）　本年度"] + [c(B1OUT[d]) for d in D2],
        ["増減（千円）"] + [("▲" if B1OUT[d] - PREV[d] < 0 else "") + f"{abs(B1OUT[d] - PREV[d]):,}" for d in D2],
        ["滞納世帯数（世帯）　本年度"] + [c(HH[d][1]) for d in D2],
        ["差押件数（件）　本年度"] + [c(SZ[d]) if SZ[d] else "－" for d in D2]]
for d in D2:
    g.f(P, d, d, 2023, "前年度", "total", "outstanding", "actual", PREV[d] * 1000, "yen", c(PREV[d]))
    g.f(P, d, d, 2024, "本年度", "total", "outstanding", "actual", B1OUT[d] * 1000, "yen", c(B1OUT[d]))
    dd = B1OUT[d] - PREV[d]
    g.f(P, d, d, 2024, "本年度", "total", "difference", "actual", dd * 1000, "yen",
        ("▲" if dd < 0 else "") + f"{abs(dd):,}")
    g.f(P, d, d, 2024, "本年度", "total", "delinquents", "actual", HH[d][1], "households", c(HH[d][1]))
    if SZ[d]:
        g.f(P, d, d, 2024, "本年度", "total", "seizures", "actual", SZ[d], "cases", c(SZ[d]))
for i, row in enumerate([hdr] + body):
    for j, v in enumerate(row):
        cell = t.cell(i, j)
        cell.text = v
        pr = cell.paragraphs[0]
        pr.alignment = 2 if j else 0
        for r in pr.runs:
            r.font.size = Pt(9)
        set_borders(cell, top=12 if i == 0 else None, bottom=8 if i == 0 else (12 if i == 5 else None))
t.autofit = False
for j, w in enumerate([62, 36, 36, 32]):
    t.columns[j].width = Mm(w)
    for row in t.rows:
        row.cells[j].width = Mm(w)
para("")
para("※ 市税の本年度の滞納者数612人のうち、分納誓約中の者は187人。", size=8.5)
g.f(P, "市税", "市税", 2024, "本年度", "total", "delinquents", "actual", 612, "persons", "612人")

g.minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-08-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in ATT + SEC],
             "agenda": AG, "materials": MAT, "statements": [dict(s, page=2) for s in STM]}
# statements above: page of each is 2
docx_p = WORK / f"{STEM}.docx"
doc.save(docx_p)
soffice(docx_p, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
gp = g.write(pdf)
sys.exit(0 if check(pdf, gp) else 1)
