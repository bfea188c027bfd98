"""fy_daito_minutes_1: 書面開催の債権管理対策会議 議事要旨 (python-docx -> LibreOffice)."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fy_common import Gold, WORK, PDF_DIR, comma, rate, zen, zd, tri  # noqa: E402

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "fy_daito_minutes_1"
CITY = "大東市"
TITLE = "令和７年度第２回大東市債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", CITY, TITLE, "2026-01-20", "令和８年１月２０日")

# ---------------- data (千円) : 令和6年度決算 ----------------
DEBTS = [  # short, full, assessed, collected, written_off
    ("市税", "市税", 24856320, 24150600, 58410),
    ("国保料", "国民健康保険料", 3912450, 3410220, 61330),
    ("介護料", "介護保険料", 2103880, 2047510, 9870),
    ("後期高齢", "後期高齢者医療保険料", 1120640, 1113210, 1020),
    ("保育料", "保育料", 182350, 176920, 880),
    ("住宅使用料", "市営住宅使用料", 356800, 318450, 2100),
]
ROWS = []
for s, f, a, c, w in DEBTS:
    ROWS.append(dict(short=s, full=f, a=a, c=c, w=w, o=a - c - w, r=rate(c, a)))
TOT = dict(short="計", full=None, a=sum(r["a"] for r in ROWS), c=sum(r["c"] for r in ROWS),
           w=sum(r["w"] for r in ROWS), o=sum(r["o"] for r in ROWS))
TOT["r"] = rate(TOT["c"], TOT["a"])
BYD = {r["full"]: r for r in ROWS}
# 12月末 現年度分収納率 (R7 / R6 同月)
DEC = [("市税", "市税", 78.42, 78.11), ("国保料", "国民健康保険料", 64.35, 64.80),
       ("介護料", "介護保険料", 80.12, 79.95), ("後期高齢", "後期高齢者医療保険料", 82.40, 82.46),
       ("保育料", "保育料", 75.30, 74.10), ("住宅使用料", "市営住宅使用料", 81.05, 80.52)]
PREV_TOTAL_O = TOT["o"] + 51230  # 令和5年度末 主要6債権収入未済額 (千円)
R1_TOTAL_O = TOT["o"] + 612840  # 令和元年度末


def man(v_sen):
    """千円 -> 約x億y万円 text and approx yen value (rounded to 10万円)."""
    yen = v_sen * 1000
    r = int(round(yen / 1e6)) * 1_000_000  # 100万円 単位
    oku, man_ = divmod(r // 10000, 10000)
    s = (f"{oku}億" if oku else "") + (f"{man_:,}万円" if man_ else "円")
    return "約" + s, r


# ---------------- document ----------------
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


def para(text="", bold=False, size=None, align=None, indent=0, first=0, gothic=False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if first:
        p.paragraph_format.first_line_indent = Mm(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---- page 1 ----
page = 1
para("令和８年１月３０日", align="r")
para("総務部債権管理担当", align="r")
para(TITLE, bold=True, size=14, align="c", gothic=True)
para("")
para("１　開催日時等", gothic=True)
para("令和８年１月２０日（火）付けで各委員あて会議資料を送付（書面開催）", indent=8)
para("意見・質問の提出期限　令和８年１月２８日（水）", indent=8)
para("２　開催方法", gothic=True)
para("書面開催（新型感染症対策及び事務の効率化のため、資料送付による書面での審議とした。）", indent=8)
para("３　出席者（書面による参加）　議長１名、委員８名、事務局３名（計１２名）", gothic=True)
ATT = [("議長", "副市長")] + [("委員", t) for t in (
    "政策推進部長", "総務部長", "市民生活部長", "保健医療部長", "福祉・子ども部長", "都市整備部長",
    "上下水道局長", "教育委員会事務局教育部長")] + [("事務局", t) for t in ("総務部税務課長", "総務部収納対策課長", "総務部債権管理担当課長")]
para("議　長　　副市長", indent=8)
para("委　員　　政策推進部長、総務部長、市民生活部長、保健医療部長、福祉・子ども部長、", indent=8)
para("都市整備部長、上下水道局長、教育委員会事務局教育部長", indent=28)
para("事務局　　総務部税務課長、総務部収納対策課長、総務部債権管理担当課長", indent=8)
para("４　議題", gothic=True)
AGENDA = ["令和７年度１２月末時点の債権回収状況について",
          "令和６年度決算における収入未済額の状況について",
          "令和８年度債権管理の取組方針（案）について"]
for i, a in enumerate(AGENDA, 1):
    para(f"（{zd(i)}）{a}", indent=8)
para("５　資料", gothic=True)
MATERIALS = ["資料１　令和７年度債権回収状況（１２月末）", "資料２　令和６年度決算 債権別収入未済額一覧",
             "資料３　令和８年度債権管理の取組方針（案）"]
for m in MATERIALS:
    para(m, indent=8)
para("６　議事の概要", gothic=True)
para("各委員から所管する債権の状況について報告があり、その後、書面により提出された意見・質問に対し事務局が回答した。主な内容は次のとおり（別表参照）。", indent=8, first=4)
tot_o_txt, tot_o_val = man(TOT["o"])
diff_txt, diff_val = man(PREV_TOTAL_O - TOT["o"])
p1_sum = (f"なお、令和６年度決算における主要６債権の収入未済額は{tot_o_txt}で、前年度から{diff_txt}減少し、"
          f"令和元年度末から５年連続で縮減している。")
para(p1_sum, indent=8, first=4)
g.fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
       value=tot_o_val, unit="yen", raw=tot_o_txt, page=1, approx=True)
g.fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
       value=-diff_val, unit="yen", raw=diff_txt, page=1, approx=True)
page_break()

# ---- page 2 : statements ----
page = 2
STATEMENTS = []
SEC1 = "所管する債権の状況について（各委員からの報告）"
para("（１）" + SEC1, gothic=True)


def statement(speaker, text, section, label=None):
    para(f"【{label or speaker}】", gothic=True, indent=4)
    for t in text.split("\n"):
        para(t, indent=8, first=4)
    STATEMENTS.append({"speaker": label or speaker, "section": section, "text": text, "page": page})


tax = BYD["市税"]
t_dec = DEC[0]
t_txt = (f"市税は、令和７年１２月末時点の現年分収納率が{zen(f'{t_dec[2]:.2f}')}％となり、前年同月比"
         f"{zen(f'{t_dec[2]-t_dec[3]:.2f}')}ポイント上昇した。滞納繰越分は、財産調査の早期着手と預貯金・給与の差押えを"
         f"徹底し、令和６年度末の収入未済額{comma(tax['o'])}千円の縮減に取り組んでいる。")
statement("市民生活部長", t_txt, SEC1)
g.fact(debt="市税", debt_raw="市税", fy=2025, fy_raw="令和７年１２月末", seg="current", metric="collection_rate",
       basis="interim", as_of="2025-12-31", value=t_dec[2], unit="percent", raw=zen(f"{t_dec[2]:.2f}") + "％", page=2)
g.fact(debt="市税", debt_raw="市税", fy=2025, fy_raw="令和７年１２月末", seg="current", metric="difference",
       basis="interim", as_of="2025-12-31", value=round(t_dec[2] - t_dec[3], 2), unit="points",
       raw=zen(f"{t_dec[2]-t_dec[3]:.2f}") + "ポイント", page=2)
g.fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual",
       value=tax["o"] * 1000, unit="yen", raw=comma(tax["o"]) + "千円", page=2)
# 【収納率】 box
para("【収納率】令和７年１２月末時点（市税）", gothic=True, indent=12)
TAXBOX = [("現年分", "current", 78.42), ("滞納繰越分", "arrears", 24.85), ("合計", "total", 74.96)]
for lab, seg, v in TAXBOX:
    para(f"・{lab}　{v:.2f}％", indent=16)
    g.fact(debt="市税", debt_raw="市税", fy=2025, fy_raw="令和７年１２月末時点", seg=seg, metric="collection_rate",
           basis="interim", as_of="2025-12-31", value=v, unit="percent", raw=f"{v:.2f}％", page=2)

kk = DEC[1]
kg = DEC[2]
kr = DEC[3]
h_txt = (f"国民健康保険料の現年分収納率は{kk[2]:.2f}％で、前年同月を{abs(kk[2]-kk[3]):.2f}ポイント下回った。"
         f"被保険者の所得減少に伴う軽減世帯の増加が影響しており、短期被保険者証の交付時の納付相談を強化している。\n"
         f"介護保険料は{kg[2]:.2f}％、後期高齢者医療保険料は{kr[2]:.2f}％と、いずれもおおむね前年並みで推移している。")
statement("保健医療部長", h_txt, SEC1)
for d, v, raw in (("国民健康保険料", kk[2], f"{kk[2]:.2f}％"), ("介護保険料", kg[2], f"{kg[2]:.2f}％"),
                  ("後期高齢者医療保険料", kr[2], f"{kr[2]:.2f}％")):
    g.fact(debt=d, debt_raw=d, fy=2025, fy_raw="令和７年１２月末", seg="current", metric="collection_rate",
           basis="interim", as_of="2025-12-31", value=v, unit="percent", raw=raw, page=2)
g.fact(debt="国民健康保険料", debt_raw="国民健康保険料", fy=2025, fy_raw="令和７年１２月末", seg="current",
       metric="difference", basis="interim", as_of="2025-12-31", value=round(kk[2] - kk[3], 2), unit="points",
       raw=f"{abs(kk[2]-kk[3]):.2f}ポイント", page=2)

hoiku = BYD["保育料"]
R1_HOIKU = 95.80
c_txt = (f"保育料の令和６年度決算の収納率は{hoiku['r']:.2f}％で、令和元年度（{R1_HOIKU:.2f}％）から"
         f"{hoiku['r']-R1_HOIKU:.2f}ポイント改善した。口座振替の原則化と児童手当からの特別徴収の活用が定着している。")
statement("福祉・子ども部長", c_txt, SEC1)
g.fact(debt="保育料", debt_raw="保育料", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate",
       basis="actual", value=hoiku["r"], unit="percent", raw=f"{hoiku['r']:.2f}％", page=2)
g.fact(debt="保育料", debt_raw="保育料", fy=2019, fy_raw="令和元年度", seg="total", metric="collection_rate",
       basis="actual", value=R1_HOIKU, unit="percent", raw=f"{R1_HOIKU:.2f}％", page=2)
g.fact(debt="保育料", debt_raw="保育料", fy=2024, fy_raw="令和６年度", seg="total", metric="difference",
       basis="actual", value=round(hoiku["r"] - R1_HOIKU, 2), unit="points",
       raw=f"{hoiku['r']-R1_HOIKU:.2f}ポイント", page=2)

jt = BYD["市営住宅使用料"]
JT_PREV_O = jt["o"] + 4230
j_txt = (f"市営住宅使用料の令和６年度末の収入未済額は{jt['o']//10:,}万円で、前年度比約"
         f"{round((JT_PREV_O-jt['o'])/100)*10:,}万円の減少となった。"
         "高額滞納者には連帯保証人への請求と明渡請求訴訟を並行して進めている。")
statement("都市整備部長", j_txt, SEC1)
g.fact(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度末", seg="total",
       metric="outstanding", basis="actual", value=jt["o"] * 1000, unit="yen", raw=f"{jt['o']//10:,}万円", page=2)
g.fact(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度末", seg="total",
       metric="difference", basis="actual", value=-round((JT_PREV_O - jt["o"]) / 100) * 100000, unit="yen",
       raw=f"約{round((JT_PREV_O-jt['o'])/100)*10:,}万円", page=2, approx=True)

s_txt = ("下水道使用料の１２月末時点の現年度分収納率は96.8％（R6同月96.5％）で、"
         "給水停止を伴う水道料金との一体的な催告により高い水準を維持している。")
statement("上下水道局長", s_txt, SEC1)
g.fact(debt="下水道使用料", debt_raw="下水道使用料", fy=2025, fy_raw="令和７年度", seg="current",
       metric="collection_rate", basis="interim", as_of="2025-12-31", value=96.8, unit="percent", raw="96.8％", page=2)
g.fact(debt="下水道使用料", debt_raw="下水道使用料", fy=2024, fy_raw="R6同月", seg="current",
       metric="collection_rate", basis="interim", as_of="2024-12-31", value=96.5, unit="percent", raw="96.5％", page=2)
page_break()

# ---- page 3 ----
page = 3
SEC2 = "意見・質問及び回答"
para("（２）" + SEC2, gothic=True)
statement("政策推進部長", "国民健康保険料の現年分収納率が前年同月を下回っている要因と、年度末に向けた対応を伺いたい。", SEC2)
statement("総務部債権管理担当課長", "所得の減少した世帯の納付相談が増えていることが主な要因である。２月から３月を滞納整理強化期間と"
          "し、納付のない世帯には財産調査の結果を踏まえた差押えを行うことで、年度末の現年分収納率は93.10％を見込んでいる。", SEC2)
g.fact(debt="国民健康保険料", debt_raw=None, fy=2025, fy_raw=None, seg="current", metric="collection_rate",
       basis="estimate", value=93.10, unit="percent", raw="93.10％", page=3)
statement("教育委員会事務局教育部長", "学校給食費は公会計化後２年目であり、令和７年１２月末時点の現年度分収納率は97.6％と前年同月を"
          "0.4ポイント上回っている。引き続き児童手当からの申出徴収を案内していく。", SEC2)
g.fact(debt="学校給食費", debt_raw="学校給食費", fy=2025, fy_raw="令和７年１２月末", seg="current",
       metric="collection_rate", basis="interim", as_of="2025-12-31", value=97.6, unit="percent", raw="97.6％", page=3)
g.fact(debt="学校給食費", debt_raw="学校給食費", fy=2025, fy_raw="令和７年１２月末", seg="current",
       metric="difference", basis="interim", as_of="2025-12-31", value=0.4, unit="points", raw="0.4ポイント", page=3)
statement("副市長", "各部局においては、議題（３）の取組方針（案）に基づき、現年度分の早期収納と滞納繰越分の整理を両輪として"
          "取り組まれたい。取組方針は本日の意見を踏まえて事務局で確定し、３月に各部局へ通知すること。", "総括", label="議長（副市長）")

para("７　令和８年度の重点取組（取組方針（案）の要旨）", gothic=True)
SECI = "令和８年度の重点取組"
para("（１）全庁共通の取組", gothic=True, indent=4)
COMMON = [("ア", "滞納整理強化期間（２月・３月）を全庁で設定し、所管課ごとの目標額を定めて進行管理を行う。", "継続"),
          ("イ", "債権管理システムの滞納情報を税・国保・介護の各課で共有し、財産調査を一元的に行う。", "拡充"),
          ("ウ", "スマートフォン決済とＷｅｂ口座振替受付を保育料及び市営住宅使用料にも導入する。", "新規")]
for lab, t, stt in COMMON:
    para(f"{lab}　{t}【{stt}】", indent=8)
    g.init(debt=None, fy=2026, section=SECI, label=f"(1){lab}", text=t, status=stt, page=3)
para("（２）債権別の取組", gothic=True, indent=4)
PER = [("ア", "市税", [("(ｱ)", "新規滞納者への早期の電話催告と、納付のない場合の速やかな財産調査", None),
                      ("(ｲ)", "捜索・タイヤロックの実施と、差押財産のインターネット公売", None)]),
       ("イ", "国民健康保険料", [("(ｱ)", "資格喪失世帯に対する喪失後３か月以内の納付勧奨", None),
                          ("(ｲ)", "滞納繰越分の高額案件を税務課へ引き継ぎ、滞納処分を執行する", None)]),
       ("ウ", "市営住宅使用料", [("(ｱ)", "３か月以上の滞納者に対する連帯保証人への請求の徹底", None)])]
for lab, debt, items in PER:
    para(f"{lab}　{debt}", indent=8)
    for sl, t, stt in items:
        para(f"{sl}　{t}", indent=12)
        g.init(debt=debt, fy=2026, section=SECI, label=f"(2){lab}{sl}", text=t, status=stt, page=3)
page_break()

# ---- page 4 : 別表 ----
page = 4
para("別表１　主要債権の決算状況（6年度決算）", gothic=True)
para("（単位：千円、％）", align="r")
TABS = [(Mm(40), WD_TAB_ALIGNMENT.RIGHT), (Mm(66), WD_TAB_ALIGNMENT.RIGHT), (Mm(92), WD_TAB_ALIGNMENT.RIGHT),
        (Mm(116), WD_TAB_ALIGNMENT.RIGHT), (Mm(143), WD_TAB_ALIGNMENT.RIGHT), (Mm(162), WD_TAB_ALIGNMENT.RIGHT)]


def tabrow(cells, bold=False, tabs=TABS):
    p = doc.add_paragraph()
    for pos, al in tabs[:len(cells) - 1]:
        p.paragraph_format.tab_stops.add_tab_stop(pos, al)
    r = p.add_run("\t".join(cells))
    r.bold = bold
    r.font.size = Pt(9.5)
    return p


tabrow(["債権", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"], bold=True)
for r in ROWS + [TOT]:
    rr = [r["short"], comma(r["a"]), comma(r["c"]), comma(r["w"]), comma(r["o"]), f"{r['r']:.2f}"]
    tabrow(rr)
    for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        g.fact(debt=r["full"], debt_raw=r["short"], fy=2024, fy_raw="6年度決算", seg="total", metric=m,
               basis="actual", value=r[k] * 1000, unit="yen", raw=comma(r[k]), page=4)
    g.fact(debt=r["full"], debt_raw=r["short"], fy=2024, fy_raw="6年度決算", seg="total", metric="collection_rate",
           basis="actual", value=r["r"], unit="percent", raw=f"{r['r']:.2f}", page=4)
TAX_ARR_O = 412356
para(f"※　市税の収入未済額のうち滞納繰越分 {comma(TAX_ARR_O)}千円", indent=2)
g.fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="6年度決算", seg="arrears", metric="outstanding", basis="actual",
       value=TAX_ARR_O * 1000, unit="yen", raw=comma(TAX_ARR_O) + "千円", page=4)
para("（注）国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", indent=2)
para("")
para("別表２　現年度分収納率の前年同月比較（１２月末時点）", gothic=True)
para("（単位：％、ポイント）", align="r")
TABS2 = [(Mm(60), WD_TAB_ALIGNMENT.RIGHT), (Mm(95), WD_TAB_ALIGNMENT.RIGHT), (Mm(130), WD_TAB_ALIGNMENT.RIGHT)]
tabrow(["債権", "R7.12末", "R6.12末", "差"], bold=True, tabs=TABS2)
for s, f, v7, v6 in DEC:
    d = round(v7 - v6, 2)
    tabrow([s, f"{v7:.2f}", f"{v6:.2f}", tri(d, "{:.2f}")], tabs=TABS2)
    g.fact(debt=f, debt_raw=s, fy=2025, fy_raw="R7.12末", seg="current", metric="collection_rate", basis="interim",
           as_of="2025-12-31", value=v7, unit="percent", raw=f"{v7:.2f}", page=4)
    g.fact(debt=f, debt_raw=s, fy=2024, fy_raw="R6.12末", seg="current", metric="collection_rate", basis="interim",
           as_of="2024-12-31", value=v6, unit="percent", raw=f"{v6:.2f}", page=4)
    g.fact(debt=f, debt_raw=s, fy=2025, fy_raw="R7.12末", seg="current", metric="difference", basis="interim",
           as_of="2025-12-31", value=d, unit="points", raw=tri(d, "{:.2f}"), page=4)
para("")
# 【参考】 box
tb = doc.add_table(rows=1, cols=1)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
cell = tb.cell(0, 0)
cell.paragraphs[0].add_run("【参考】主要６債権の推移").bold = True
r1_txt, r1_val = man(R1_TOTAL_O)
red_txt, red_val = man(R1_TOTAL_O - TOT["o"])
for line in (f"・収入未済額（令和元年度末）：{r1_txt}",
             f"・収入未済額（令和６年度末）：{tot_o_txt}",
             f"・５年間の縮減額：{red_txt}",
             f"・収納率（令和６年度、主要６債権計）：{TOT['r']:.2f}％"):
    cell.add_paragraph(line)
g.fact(debt=None, debt_raw=None, fy=2019, fy_raw="令和元年度末", seg="total", metric="outstanding", basis="actual",
       value=r1_val, unit="yen", raw=r1_txt, page=4, approx=True)
g.fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual",
       value=tot_o_val, unit="yen", raw=tot_o_txt, page=4, approx=True)
g.fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度末", seg="total", metric="difference", basis="actual",
       value=-red_val, unit="yen", raw=red_txt, page=4, approx=True)
g.fact(debt=None, debt_raw="主要６債権計", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate",
       basis="actual", value=TOT["r"], unit="percent", raw=f"{TOT['r']:.2f}％", page=4)

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-01-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": MATERIALS,
             "statements": [{"speaker": s["speaker"], "section": s["section"], "text": s["text"], "page": s["page"]}
                            for s in STATEMENTS]}
g.write(pdf)
