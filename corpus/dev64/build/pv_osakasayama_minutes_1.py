"""Minutes of a city's 債権管理推進会議 (python-docx -> LibreOffice).  Run from corpus/dev64."""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from pv_common import ROOT, WORK, Gold, c, oku_man, rate, pct, tri, check  # noqa: E402

STEM = "pv_osakasayama_minutes_1"
CITY = "大阪狭山市"
TITLE = "令和7年度第2回大阪狭山市債権管理推進会議 会議録"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-18", "令和7年11月18日")

# ---------------------------------------------------------------- data (円)
# debt canonical, short label printed in 別表, section, assessed, collected, written_off
DEBTS = [
    ("市税", "市税", "一般会計", 8_012_345_678, 7_925_812_340, 12_345_678),
    ("保育料", "保育料", "一般会計", 182_450_300, 176_820_150, 1_102_300),
    ("市営住宅使用料", "住宅使用料", "一般会計", 45_678_900, 41_234_500, 512_000),
    ("国民健康保険料", "国保料", "特別会計", 1_712_345_600, 1_598_765_400, 15_432_100),
    ("介護保険料", "介護料", "特別会計", 1_423_456_700, 1_409_876_500, 3_210_000),
    ("後期高齢者医療保険料", "後期高齢", "特別会計", 812_345_600, 809_123_400, 456_700),
]
ROWS = []
for d, short, sec, a, col, wo in DEBTS:
    ROWS.append(dict(debt=d, short=short, sec=sec, a=a, c=col, w=wo, o=a - col - wo, r=rate(col, a)))


def agg(rows):
    a = sum(r["a"] for r in rows); col = sum(r["c"] for r in rows); w = sum(r["w"] for r in rows)
    return dict(a=a, c=col, w=w, o=a - col - w, r=rate(col, a))


SUB = {s: agg([r for r in ROWS if r["sec"] == s]) for s in ("一般会計", "特別会計")}
TOT = agg(ROWS)
TAX = ROWS[0]
TAX_PREV_RATE = 98.62  # 令和5年度
OUT_PREV = TOT["o"] + 13_254_300  # 令和5年度末 収入未済額 (not printed; drives the prose difference)
KOKUHO_ARREARS_OUT = 112_304_500 - 24_810_200 - 15_432_100  # 滞納繰越分の未済額 (欠損は全て滞繰分)

# 9月末 現年度分収納率: (canonical, label, 前年度 R6.9末, 本年度 R7.9末)
SEPT = [("市税", "市税", 53.96, 54.38), ("国民健康保険料", "国保料", 45.60, 45.12),
        ("介護保険料", "介護料", 52.01, 52.30), ("後期高齢者医療保険料", "後期高齢", 48.65, 48.77),
        ("保育料", "保育料", 50.12, 49.80), ("市営住宅使用料", "住宅使用料", 46.90, 47.25)]

# 滞納繰越分: (canonical, label, (R6 a, c), (R5 a, c))
ARR = [("市税", "市税", (201_456_000, 58_322_100), (223_981_400, 59_870_300)),
       ("国民健康保険料", "国保料", (112_304_500, 24_810_200), (121_876_300, 25_093_400)),
       ("介護保険料", "介護料", (18_765_400, 4_012_300), (19_987_600, 3_876_500)),
       ("市営住宅使用料", "住宅使用料", (9_876_500, 1_234_500), (10_234_600, 1_187_600))]

# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.4)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def para(text="", bold=False, size=None, align=None, indent=0.0, first=0.0, gothic=False, after=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align:
        p.alignment = align
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(first)
    p.paragraph_format.space_after = Pt(after)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for side, val in kw.items():
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
        b.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, align="left", size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


# running header / footer
hp = sec.header.paragraphs[0]
hp.text = "令和7年度第2回 大阪狭山市債権管理推進会議 会議録"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("- ")
add_field(fp, "PAGE")
fp.add_run(" -")

# ---------------------------------------------------------------- page 1: 会議の概要
para(TITLE.replace(" ", "　"), bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True, after=10)
para("１　日　時　　令和７年１１月１８日（火）午後２時００分～午後３時３０分")
para("２　場　所　　大阪狭山市役所　南館講堂")
para("３　開催方法　対面開催")
para("４　出席者（委員８名、事務局３名）")
ATT = [("委員長", "副市長", "山本　浩一"), ("委員", "総務部長", "田中　誠"), ("委員", "市民生活部長", "森本　京子"),
       ("委員", "健康福祉部長", "北村　隆"), ("委員", "こども・若者部長", "西田　亜紀"),
       ("委員", "都市整備部長", "岡　正樹"), ("委員", "上下水道部長", "藤井　康弘"), ("委員", "教育部長", "松岡　恵"),
       ("事務局", "税務課長", "中西　勇人"), ("事務局", "税務課参事", "吉川　直子"),
       ("事務局", "税務課債権管理グループ長", "坂口　浩")]
prev = None
for role, title, name in ATT:
    lab = role if role != prev else ""
    p = para(f"{lab}\t{title}\t{name}", indent=0.8)
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(2.4)); ts.add_tab_stop(Cm(9.0))
    prev = role
AGENDA = ["令和６年度決算における市債権の状況について", "令和７年度上半期（９月末）の収納状況について",
          "私債権の放棄に係る審議について"]
para("５　議　題", after=0)
for i, a in enumerate(AGENDA, 1):
    para(f"（{'１２３'[i-1]}）{a}", indent=0.8)
MATERIALS = ["資料１　令和６年度 市債権の決算状況", "資料２　令和７年度 上半期収納状況（９月末）",
             "資料３　私債権の放棄（案）一覧", "別表１～３"]
para("６　資　料")
for m in MATERIALS:
    para(m, indent=0.8)
para("７　会議の経過", after=4)

STATEMENTS = []  # (speaker printed, section, text, page)


def say(page, speaker, section, text):
    STATEMENTS.append((speaker, section, text, page))
    p = para(f"○{speaker}　{text}", indent=0.4, first=-0.4, after=3)
    return p


S0 = "開会"
say(1, "山本委員長", S0, "ただいまから、令和７年度第２回大阪狭山市債権管理推進会議を開会します。本日は、令和６年度の決算状況と今年度上半期の収納状況の報告を受けた後、私債権の放棄について審議をお願いします。")
page_break()

# ---------------------------------------------------------------- page 2: 議題（１）
para("議題（１）令和６年度決算における市債権の状況について", gothic=True, after=4)
tot_o = TOT["o"]
diff_o = TOT["o"] - OUT_PREV
S1 = "令和６年度決算における市債権の状況について"
t1 = (f"資料１に基づき説明します。令和６年度決算で、本市の全債権の収入未済額は約{oku_man(tot_o)}で、"
      f"前年度から約{oku_man(-diff_o)}減少しました。市税の収納率は{pct(TAX['r'])}％で、前年度比{TAX['r'] - TAX_PREV_RATE:.2f}ポイント上昇しています。"
      f"市税の収入未済額は{c(TAX['o'])}円となり、滞納繰越分の圧縮が進みました。")
say(2, "中西税務課長", S1, t1)
g.fact(2, None, None, 2024, "令和６年度", "total", "outstanding", "actual", (tot_o // 10000) * 10000, "yen",
       f"約{oku_man(tot_o)}", approx=True)
g.fact(2, None, None, 2024, "令和６年度", "total", "difference", "actual", (diff_o // 10000 + (1 if diff_o % 10000 else 0)) * 10000,
       "yen", f"約{oku_man(-diff_o)}", approx=True)
g.fact(2, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", TAX["r"], "percent", f"{pct(TAX['r'])}％")
g.fact(2, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", round(TAX["r"] - TAX_PREV_RATE, 2), "points",
       f"{TAX['r'] - TAX_PREV_RATE:.2f}ポイント")
g.fact(2, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", TAX["o"], "yen", f"{c(TAX['o'])}円")
KO = ROWS[3]
t2 = (f"国民健康保険料の収納率は{pct(KO['r'])}％にとどまっており、他の債権と比べて低い水準です。"
      f"滞納世帯数は令和６年度末で1,046世帯と、前年度末から58世帯減少しましたが、引き続き早期の納付勧奨が必要と考えています。")
say(2, "中西税務課長", S1, t2)
g.fact(2, "国民健康保険料", "国民健康保険料", 2024, "令和６年度", "total", "collection_rate", "actual", KO["r"], "percent", f"{pct(KO['r'])}％")
g.fact(2, "国民健康保険料", "国民健康保険料", 2024, "令和６年度末", "total", "delinquents", "actual", 1046, "households", "1,046世帯")
g.fact(2, "国民健康保険料", "国民健康保険料", 2024, "令和６年度末", "total", "difference", "actual", -58, "households", "58世帯")
say(2, "田中委員", S1, "国民健康保険料の滞納繰越分の収納率は、前年度と比べてどうか。")
A5 = ARR[1]
r6 = rate(A5[2][1], A5[2][0]); r5 = rate(A5[3][1], A5[3][0])
t3 = (f"国民健康保険料の滞納繰越分の収納率は、R6決算で{pct(r6)}％、R5は{pct(r5)}％でした。"
      f"差押えなどの滞納処分を強化した結果、{r6 - r5:.2f}ポイント改善しています。")
say(2, "北村委員", S1, t3)
g.fact(2, "国民健康保険料", "国民健康保険料", 2024, "R6", "arrears", "collection_rate", "actual", r6, "percent", f"{pct(r6)}％")
g.fact(2, "国民健康保険料", "国民健康保険料", 2023, "R5", "arrears", "collection_rate", "actual", r5, "percent", f"{pct(r5)}％")
g.fact(2, "国民健康保険料", "国民健康保険料", 2024, "R6", "arrears", "difference", "actual", round(r6 - r5, 2), "points", f"{r6 - r5:.2f}ポイント")
say(2, "田中委員", S1, "保育料の現年分で未納が増えていると聞くが、対策はどうか。")
HO = ROWS[1]
t4 = (f"保育料の令和６年度の収納率は{pct(HO['r'])}％です。口座振替の勧奨を進めるとともに、"
      "未納が２か月続いた世帯には電話と文書で早期に連絡する取組を始めています。")
say(2, "西田委員", S1, t4)
g.fact(2, "保育料", "保育料", 2024, "令和６年度", "total", "collection_rate", "actual", HO["r"], "percent", f"{pct(HO['r'])}％")
say(2, "山本委員長", S1, "各所管課は、滞納繰越分の整理と現年分の早期対応を両輪として進めてください。")
page_break()

# ---------------------------------------------------------------- page 3: 議題（２）（３）
para("議題（２）令和７年度上半期（９月末）の収納状況について", gothic=True, after=4)
S2 = "令和７年度上半期（９月末）の収納状況について"
sz = SEPT[0]
t5 = (f"資料２のとおり、９月末時点の市税現年分の収納率は{pct(sz[3])}％で、前年同月を{sz[3] - sz[2]:.2f}ポイント上回っています。"
      f"一方、国民健康保険料の現年分は{pct(SEPT[1][3])}％で、前年同月の{pct(SEPT[1][2])}％を下回りました。")
say(3, "中西税務課長", S2, t5)
g.fact(3, "市税", "市税", 2025, "令和７年度", "current", "collection_rate", "interim", sz[3], "percent", f"{pct(sz[3])}％", as_of="2025-09-30")
g.fact(3, "市税", "市税", 2025, "令和７年度", "current", "difference", "interim", round(sz[3] - sz[2], 2), "points",
       f"{sz[3] - sz[2]:.2f}ポイント", as_of="2025-09-30")
g.fact(3, "国民健康保険料", "国民健康保険料", 2025, "令和７年度", "current", "collection_rate", "interim", SEPT[1][3], "percent",
       f"{pct(SEPT[1][3])}％", as_of="2025-09-30")
g.fact(3, "国民健康保険料", "国民健康保険料", 2024, "前年同月", "current", "collection_rate", "interim", SEPT[1][2], "percent",
       f"{pct(SEPT[1][2])}％", as_of="2024-09-30")
say(3, "森本委員", S2, "国民健康保険料が前年同月を下回った要因は何か。")
say(3, "北村委員", S2, "今年度は保険料率の改定で１人当たりの調定額が増えたことに加え、納付書の発送時期が例年より遅れたことが影響しています。10月以降の催告を前倒しし、年度末には前年度並みの収納率を確保したいと考えています。")
say(3, "岡委員", S2, "住宅使用料については、滞納が３か月を超えた入居者への明渡し請求の状況も報告してほしい。")
say(3, "中西税務課長", S2, "次回の会議で、都市整備部と調整のうえ件数を報告します。")
para("議題（３）私債権の放棄に係る審議について", gothic=True, after=4)
S3 = "私債権の放棄に係る審議について"
say(3, "吉川税務課参事", S3, "資料３のとおり、大阪狭山市債権管理条例に基づき、消滅時効の援用が見込まれる住宅使用料など私債権３件について放棄を提案します。いずれも債務者の所在が不明で、回収の見込みがないものです。")
say(3, "山本委員長", S3, "原案のとおり放棄することでよいか。（異議なし）それでは、原案のとおり決定します。以上で本日の会議を終了します。")
page_break()

# ---------------------------------------------------------------- page 4: 別表１（横罫のみ）・別表２（罫線なし）
para("別表１　令和６年度決算　債権別の状況", gothic=True, after=2)
p = para("（単位：円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT)
hdr = ["区分", "債権名", "調定額※1", "収入済額", "不納欠損額", "収入未済額※2", "収納率"]
body = []
for s in ("一般会計", "特別会計"):
    body.append(("sec", f"【{s}】"))
    for r in [r for r in ROWS if r["sec"] == s]:
        body.append(("debt", r))
    body.append(("sub", s))
body.append(("tot", None))
t = doc.add_table(rows=1 + len(body), cols=7)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [1.2, 2.0, 2.8, 2.8, 2.2, 2.7, 1.4]
for j, h in enumerate(hdr):
    cl = t.rows[0].cells[j]
    cell_text(cl, h, "center", bold=True)
    set_borders(cl, top="single", bottom="single")
FY = (2024, "令和６年度")
for i, (kind, r) in enumerate(body, 1):
    cells = t.rows[i].cells
    if kind == "sec":
        cell_text(cells[0].merge(cells[6]), r)
        continue
    if kind == "debt":
        vals, lab, debt = r, r["short"], r["debt"]
    elif kind == "sub":
        vals, lab, debt = SUB[r], "小計", None
    else:
        vals, lab, debt = TOT, "合計", None
    cell_text(cells[1], lab, "left", bold=kind != "debt")
    raws = [c(vals["a"]), c(vals["c"]), c(vals["w"]), c(vals["o"]), pct(vals["r"])]
    for j, rw in enumerate(raws):
        cell_text(cells[2 + j], rw, "right", size=8.5)
    if i == len(body):
        for cl in cells:
            set_borders(cl, bottom="single")
    dr = lab if kind != "sub" else f"{r}小計"
    for metric, v, rw in zip(["assessed", "collected", "written_off", "outstanding", "collection_rate"],
                              [vals["a"], vals["c"], vals["w"], vals["o"], vals["r"]], raws):
        g.fact(4, debt, dr if kind != "debt" else lab, *FY, "total", metric, "actual", v,
               "percent" if metric == "collection_rate" else "yen", rw)
t.autofit = False
for j, w in enumerate(widths):
    t.columns[j].width = Cm(w)
for row in t.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = Cm(w)
para("※1　調定額は、還付未済額を除いた額です。", size=8)
para(f"※2　国保料の収入未済額のうち滞納繰越分 {c(KOKUHO_ARREARS_OUT)}円", size=8)
g.fact(4, "国民健康保険料", "国保料", 2024, None, "arrears", "outstanding", "actual", KOKUHO_ARREARS_OUT, "yen",
       f"{c(KOKUHO_ARREARS_OUT)}円")
para("（注）国保料：国民健康保険料、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料", size=8, after=14)

para("別表２　現年度分収納率の状況（令和７年９月末現在、前年度は令和６年９月末）　　単位：％", gothic=True, after=4)


def tabrow(cols, bold=False):
    p = para("\t".join(cols), indent=0.3)
    if bold:
        for r in p.runs:
            r.bold = True
    ts = p.paragraph_format.tab_stops
    for x in (6.5, 9.5, 12.5):
        ts.add_tab_stop(Cm(x), WD_TAB_ALIGNMENT.RIGHT)
    return p


tabrow(["債権名", "前年度", "本年度", "差"], bold=True)
for d, lab, prev_, now in SEPT:
    diff = round(now - prev_, 2)
    raws = [pct(prev_), pct(now), tri(diff, 2, "▲")]
    tabrow([lab] + raws)
    g.fact(4, d, lab, 2024, "前年度", "current", "collection_rate", "interim", prev_, "percent", raws[0], as_of="2024-09-30")
    g.fact(4, d, lab, 2025, "本年度", "current", "collection_rate", "interim", now, "percent", raws[1], as_of="2025-09-30")
    g.fact(4, d, lab, 2025, "本年度", "current", "difference", "interim", diff, "points", raws[2], as_of="2025-09-30")
para("（注）差は本年度から前年度を差し引いたもの（▲は低下）。", size=8)
page_break()

# ---------------------------------------------------------------- page 5: 別表３（上段・下段）・【参考】
para("別表３　滞納繰越分の収納状況", gothic=True, after=2)
para("（単位：円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT)
t = doc.add_table(rows=1 + 2 * len(ARR), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["債権名", "調定額", "収入済額", "収納率"]):
    cell_text(t.rows[0].cells[j], h, "center", bold=True)
    shade(t.rows[0].cells[j], "D9D9D9")
for i, (d, lab, cur, prv) in enumerate(ARR):
    r1, r2 = t.rows[1 + 2 * i], t.rows[2 + 2 * i]
    m = r1.cells[0].merge(r2.cells[0])
    cell_text(m, lab, "center")
    for row, (a, col), fy, fyr in ((r1, cur, 2024, "令和６年度決算"), (r2, prv, 2023, "令和５年度決算")):
        rr = rate(col, a)
        raws = [c(a), c(col), pct(rr)]
        for j, rw in enumerate(raws):
            cell_text(row.cells[1 + j], rw, "right")
        for metric, v, rw in zip(["assessed", "collected", "collection_rate"], [a, col, rr], raws):
            g.fact(5, d, lab, fy, fyr, "arrears", metric, "actual", v, "percent" if metric == "collection_rate" else "yen", rw)
para("上段：令和６年度決算、下段：令和５年度決算", size=8, after=14)

para("【参考】", gothic=True)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.rows[0].cells[0]
bc.text = ""
items = [("全債権の調定額（令和６年度）", f"{c(TOT['a'])}円", "assessed", TOT["a"]),
         ("全債権の収入済額（令和６年度）", f"{c(TOT['c'])}円", "collected", TOT["c"]),
         ("全債権の収納率（令和６年度）", f"{pct(TOT['r'])}％", "collection_rate", TOT["r"]),
         ("市税収納率（令和５年度）", f"{pct(TAX_PREV_RATE)}％", "collection_rate", TAX_PREV_RATE)]
for k, (lab, rw, metric, v) in enumerate(items):
    p = bc.paragraphs[0] if k == 0 else bc.add_paragraph()
    p.add_run(f"・{lab}：{rw}").font.size = Pt(9.5)
    fy, fyr = (2023, "令和５年度") if "令和５" in lab else (2024, "令和６年度")
    g.fact(5, "市税" if "市税" in lab else None, "市税" if "市税" in lab else None, fy, fyr, "total", metric, "actual", v,
           "percent" if metric == "collection_rate" else "yen", rw)

# ---------------------------------------------------------------- build
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())

g.minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": "対面開催",
    "attendees": [{"role": r, "title": t_, "name": n} for r, t_, n in ATT],
    "agenda": [a.replace("６", "6").replace("７", "7").replace("９", "9") if False else a for a in AGENDA],
    "materials": MATERIALS,
    "statements": [{"speaker": s, "section": sec_, "text": tx, "page": pg} for s, sec_, tx, pg in STATEMENTS],
}
g.write(pdf)
sys.exit(1 if check(STEM) else 0)
