"""qv_kashima_minutes_1: 鹿島市債権管理対策会議 議事要旨 (書面開催), python-docx -> LibreOffice.

Run from corpus/frozen52:  python3 build/qv_kashima_minutes.py
"""
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import Gold, SET, c, r2, rate, zen, check  # noqa: E402

STEM = "qv_kashima_minutes_1"
TITLE = "令和6年度第2回鹿島市債権管理対策会議 議事要旨"
G = Gold(STEM, "minutes", "minutes", "鹿島市", TITLE, "2025-02-14", "令和7年2月14日")
K = 1000
AS_OF = "2024-12-31"
WORK = Path("/tmp/qv_work")

# ------------------------------------------------------------------ data (千円)
# 12月末: debt -> segment -> (R6 調定, R6 収入, R5 調定, R5 収入)
DEC = {
    "市税": {"current": (3312450, 2763214, 3289120, 2727016), "arrears": (142306, 29957, 151220, 29701)},
    "国民健康保険税": {"current": (712340, 498210, 735118, 509402), "arrears": (168442, 28611, 180915, 29840)},
    "市営住宅使用料": {"current": (98412, 81227, 99150, 80911), "arrears": (19214, 1306, 20187, 1242)},
}
# 決算 (long format): debt -> fy -> (調定, 収入, 不納欠損)
FIN = {
    "市税": {2022: (3421508, 3362411, 6120), 2023: (3446903, 3390314, 5872)},
    "国民健康保険税": {2022: (925311, 762209, 9841), 2023: (916055, 759027, 8920)},
    "市営住宅使用料": {2022: (121846, 101334, 1215), 2023: (119362, 99780, 1162)},
}
ALL23 = (5912318, 5601773, 13133)  # 全債権 令和5年度決算


def dec(name, sg):
    a, cc, pa, pc = DEC[name][sg]
    return dict(a=a, c=cc, r=rate(cc, a), o=a - cc, pa=pa, pc=pc, pr=rate(pc, pa), po=pa - pc)


def man(v_thousand, approx=True):
    """千円 -> 約X億Y,YYY万円 string and value."""
    m = round(v_thousand / 10)
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億{rest:,}万円" if oku else f"{rest:,}万円")
    return ("約" if approx else "") + s, m * 10000


# ------------------------------------------------------------------ docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25


def para(text="", bold=False, size=None, align=None, indent=0, first=0, gothic=False, before=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Pt(indent)
    pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def borders(table, on=True):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def widths(table, mm):
    table.autofit = False
    for col, w in zip(table.columns, mm):
        col.width = Mm(w)
    for row in table.rows:
        for cl, w in zip(row.cells, mm):
            cl.width = Mm(w)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def put(cell, text, size=8.5, align="c", gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


# ------------------------------------------------------------------ page 1
P = 1
para(TITLE, size=14, align="c", gothic=True)
para("")
para("１　開催方法", gothic=True, before=6)
para("令和６年度第２回鹿島市債権管理対策会議は書面開催とし、令和７年２月１４日付けで各委員に会議資料を送付"
     "し、令和７年２月２８日までに意見及び質問の提出を求める形式で実施した。", indent=10.5, first=10.5)
para("２　出席者（委員８名、事務局３名）", gothic=True, before=8)
ATT = [("会長", "副市長"), ("委員", "総務部長"), ("委員", "企画財政部長"), ("委員", "市民部長"),
       ("委員", "保健福祉部長"), ("委員", "建設環境部長"), ("委員", "教育部長"), ("委員", "こども・子育て支援課長"),
       ("事務局", "税務課長"), ("事務局", "税務課収納対策係長"), ("事務局", "財政課行革・財政係長")]
para("会　長：副市長", indent=10.5)
para("委　員：総務部長・企画財政部長・市民部長・保健福祉部長・建設環境部長・教育部長・", indent=10.5)
para("こども・子育て支援課長", indent=52)
para("事務局：税務課長・税務課収納対策係長・財政課行革・財政係長", indent=10.5)
para("３　議　題", gothic=True, before=8)
AGENDA = ["令和６年度債権の収納状況（１２月末）について", "令和７年度鹿島市債権管理実施計画（案）について",
          "私債権の放棄について"]
for i, a in enumerate(AGENDA):
    para(f"（{zen(str(i + 1))}）{a}", indent=10.5)
para("４　資　料", gothic=True, before=8)
MATS = ["資料１　令和６年度債権別収納状況（１２月末現在）", "資料２　令和７年度鹿島市債権管理実施計画（案）",
        "資料３　私債権の放棄に係る調書"]
for m in MATS:
    para(m, indent=10.5)
para("（会議資料は別添のとおり）", indent=10.5)
page_break()

# ------------------------------------------------------------------ page 2: statements
P = 2
para("５　意見及び質問", gothic=True)
STAT = []


def say(speaker, section, text):
    para(f"（{speaker}）", indent=10.5, before=4)
    for ln in text.split("\n"):
        para(ln, indent=21, first=10.5)
    STAT.append({"speaker": speaker, "section": section, "text": text, "page": P})


para("（１）令和６年度債権の収納状況（１２月末）について", indent=0, before=4)
t_c, t_a = dec("市税", "current"), dec("市税", "arrears")
d1 = round(t_c["r"] - t_c["pr"], 2)
s_o, v_o = man(t_a["o"])
s_d, v_d = man(t_a["po"] - t_a["o"])
txt1 = (f"「市税」は、１２月末現在の現年分収納率が{zen(r2(t_c['r']))}％で、前年同月比{zen(r2(d1))}ポイント上昇した。"
        f"滞納繰越分の収入未済額は{zen(s_o)}で、前年同月から{zen(s_d)}減少している。"
        "\n高額滞納案件については佐賀県と合同で財産調査を進めており、年度末までに差押えと換価を完了させる見込みである。")
G.fact(P, f"{zen(r2(t_c['r']))}％", t_c["r"], "percent", "collection_rate", "interim", 2024, "１２月末", "current",
       "市税", as_of=AS_OF)
G.fact(P, f"{zen(r2(d1))}ポイント", d1, "points", "difference", "interim", 2024, "１２月末", "current", "市税",
       as_of=AS_OF)
G.fact(P, zen(s_o), v_o, "yen", "outstanding", "interim", 2024, "１２月末", "arrears", "市税", approx=True,
       as_of=AS_OF)
G.fact(P, zen(s_d), -v_d, "yen", "difference", "interim", 2024, "１２月末", "arrears", "市税", approx=True,
       as_of=AS_OF)
k_c = dec("国民健康保険税", "current")
d2 = round(k_c["r"] - k_c["pr"], 2)
txt1b = (f"「国民健康保険税」は、現年分の収納率が{zen(r2(k_c['r']))}％と前年同月を{zen(r2(d2))}ポイント上回った。"
         "加入者の減少により調定額は減っているが、口座振替の勧奨を続け、納期内納付の割合を高めたい。")
G.fact(P, f"{zen(r2(k_c['r']))}％", k_c["r"], "percent", "collection_rate", "interim", 2024, "１２月末",
       "current", "国民健康保険税", as_of=AS_OF)
G.fact(P, f"{zen(r2(d2))}ポイント", d2, "points", "difference", "interim", 2024, "１２月末", "current",
       "国民健康保険税", as_of=AS_OF)
say("市民部長", "令和６年度債権の収納状況（１２月末）について", txt1 + "\n" + txt1b)

h = FIN["市営住宅使用料"][2023]
h_o = h[0] - h[1] - h[2]
hd = dec("市営住宅使用料", "arrears")
s_h, v_h = man(hd["o"])
txt2 = (f"「市営住宅使用料」は、令和５年度決算の収入未済額が{zen(f'{round(h_o / 10):,}')}万円であった。"
        f"１２月末の滞納繰越分の収入未済額は{zen(s_h)}で、退去者分の回収が進んでいない。"
        "連帯保証人への請求と支払督促の申立てを並行して進める。")
G.fact(P, f"{zen(f'{round(h_o / 10):,}')}万円", round(h_o / 10) * 10000, "yen", "outstanding", "actual", 2023,
       "令和５年度", "total", "市営住宅使用料")
G.fact(P, zen(s_h), v_h, "yen", "outstanding", "interim", 2024, "１２月末", "arrears", "市営住宅使用料",
       approx=True, as_of=AS_OF)
say("建設環境部長", "令和６年度債権の収納状況（１２月末）について", txt2)

txt3 = ("「保育所保育料」は、令和５年度末の収入未済額が３１２万円で、前年度末から４８万円減少した。"
        "児童手当からの特別徴収の同意書を入所手続の際に必ず受け取るよう、各園と申し合わせた。")
G.fact(P, "３１２万円", 3120000, "yen", "outstanding", "actual", 2023, "令和５年度末", "total", "保育所保育料")
G.fact(P, "４８万円", -480000, "yen", "difference", "actual", 2023, "令和５年度末", "total", "保育所保育料")
say("こども・子育て支援課長", "令和６年度債権の収納状況（１２月末）について", txt3)

para("（２）令和７年度鹿島市債権管理実施計画（案）について", before=6)
say("総務部長", "令和７年度鹿島市債権管理実施計画（案）について",
    "実施計画案の数値目標は、各課の令和５年度決算を基準に設定されている。目標の根拠を所管課ごとに整理し、"
    "中間報告の時点で達成見込みを点検できるようにしてほしい。")
say("税務課長", "令和７年度鹿島市債権管理実施計画（案）について",
    "御意見を踏まえ、中間報告の様式に「達成見込み」と「未達成の要因」の欄を設ける。")
para("（３）私債権の放棄について", before=6)
say("副市長", "私債権の放棄について",
    "放棄の対象とする債権は、債務者の所在不明や死亡により回収の見込みがないものに限り、調書の内容を確認したうえで"
    "議会に報告すること。")
page_break()

# ------------------------------------------------------------------ page 3: 事務局報告, bracketed headings, box
P = 3
para("６　事務局からの報告要旨", gothic=True)
para("【収納率】令和６年１２月末時点", gothic=True, before=6)
for name in ("市税", "国民健康保険税"):
    para(f"〔{name}〕", indent=10.5)
    for sg, lab in (("current", "現年分"), ("arrears", "滞納繰越分")):
        d = dec(name, sg)
        para(f"・{lab}　{zen(r2(d['r']))}％（前年同月　{zen(r2(d['pr']))}％）", indent=21)
        G.fact(P, f"{zen(r2(d['r']))}％", d["r"], "percent", "collection_rate", "interim", 2024, "令和６年１２月末",
               sg, name, as_of=AS_OF)
        G.fact(P, f"{zen(r2(d['pr']))}％", d["pr"], "percent", "collection_rate", "interim", 2023, "前年同月", sg, name,
               as_of="2023-12-31")
para("【収入未済額】令和６年１２月末時点", gothic=True, before=6)
for name in ("市税", "国民健康保険税", "市営住宅使用料"):
    d = dec(name, "arrears")
    para(f"・{name}（滞納繰越分）　{zen(c(d['o']))}千円", indent=21)
    G.fact(P, f"{zen(c(d['o']))}千円", d["o"] * K, "yen", "outstanding", "interim", 2024, "令和６年１２月末",
           "arrears", name, as_of=AS_OF)
para("")
a, cc, w = ALL23
box = doc.add_table(rows=1, cols=1)
borders(box, True)
cell = box.cell(0, 0)
lines = ["【参考】令和５年度決算（全債権）", f"・調定額：{c(a)}千円", f"・収入済額：{c(cc)}千円",
         f"・収納率：{r2(rate(cc, a))}％", f"・不納欠損額：{c(w)}千円", f"・収入未済額：{c(a - cc - w)}千円"]
put(cell, lines[0], 10, "l", gothic=True)
for ln in lines[1:]:
    p = cell.add_paragraph()
    r = p.add_run(ln)
    r.font.size = Pt(10)
for raw, v, u, met in ((f"{c(a)}千円", a * K, "yen", "assessed"), (f"{c(cc)}千円", cc * K, "yen", "collected"),
                       (f"{r2(rate(cc, a))}％", rate(cc, a), "percent", "collection_rate"),
                       (f"{c(w)}千円", w * K, "yen", "written_off"),
                       (f"{c(a - cc - w)}千円", (a - cc - w) * K, "yen", "outstanding")):
    G.fact(P, raw, v, u, met, "actual", 2023, "令和５年度")
para("")
para("７　その他", gothic=True, before=6)
para("提出された意見及び質問への回答は、次回会議（令和７年５月予定）の資料に併せて掲載する。", indent=10.5, first=10.5)
page_break()

# ------------------------------------------------------------------ page 4: 別表1 (long format, no rules), 別表2
P = 4
para("別表１　主要債権の決算状況（債権別・年度別）", gothic=True)
para("（単位：千円、％）", align="r", size=9)
t = doc.add_table(rows=1, cols=7)
borders(t, False)
for i, h_ in enumerate(["債権名", "年度", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]):
    put(t.rows[0].cells[i], h_, 9, "c" if i < 2 else "r", gothic=True)
for name, yrs in FIN.items():
    for fy, (a, cc, w) in yrs.items():
        row = t.add_row().cells
        fr = "令和4年度" if fy == 2022 else "5年度"
        vals = [name, fr, c(a), c(cc), r2(rate(cc, a)), c(w), c(a - cc - w)]
        for i, v in enumerate(vals):
            put(row[i], v, 9, "l" if i == 0 else ("c" if i == 1 else "r"))
        for raw, v, u, met in ((c(a), a * K, "yen", "assessed"), (c(cc), cc * K, "yen", "collected"),
                               (r2(rate(cc, a)), rate(cc, a), "percent", "collection_rate"),
                               (c(w), w * K, "yen", "written_off"), (c(a - cc - w), (a - cc - w) * K, "yen", "outstanding")):
            G.fact(P, raw, v, u, met, "actual", fy, fr, "total", name)
widths(t, [30, 21, 22, 22, 14, 20, 22])
para("")
para("別表２　１２月末現在の収納状況（令和６年度・令和５年度の比較）", gothic=True, before=8)
para("（単位：千円、％）", align="r", size=9)
t2 = doc.add_table(rows=2, cols=10)
borders(t2, True)
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
hd = t2.rows[0].cells
put(hd[0], "債権名", 7.5, gothic=True)
put(hd[1], "区分", 7.5, gothic=True)
m = hd[2].merge(hd[4])
put(m, "前年同期", 7.5, gothic=True)
m = hd[5].merge(hd[7])
put(m, "今期", 7.5, gothic=True)
put(hd[8], "前年同期比", 7.5, gothic=True)
put(hd[9], "収納率増減", 7.5, gothic=True)
sub = t2.rows[1].cells
for i, s_ in enumerate(["", "", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収入済額", "ポイント"]):
    put(sub[i], s_, 7.5, gothic=True)
hd[0].merge(sub[0])
hd[1].merge(sub[1])
for row in t2.rows[:2]:
    for cl in row.cells:
        shade(cl)
for name in DEC:
    for sg, lab in (("current", "現年分"), ("arrears", "滞繰分")):
        d = dec(name, sg)
        short = {"市税": "市税", "国民健康保険税": "国保税", "市営住宅使用料": "住宅使用料"}[name]
        ratio = round(d["c"] / d["pc"] * 100, 1)
        dp = round(d["r"] - d["pr"], 2)
        vals = [short if sg == "current" else "", lab, c(d["pa"]), c(d["pc"]), r2(d["pr"]), c(d["a"]), c(d["c"]),
                r2(d["r"]), f"{ratio:.1f}", ("△" if dp < 0 else "") + r2(abs(dp))]
        row = t2.add_row().cells
        for i, v in enumerate(vals):
            put(row[i], v, 7.5, "l" if i == 0 else ("c" if i == 1 else "r"))
        G.fact(P, c(d["pa"]), d["pa"] * K, "yen", "assessed", "interim", 2023, None, sg, name, short, as_of="2023-12-31")
        G.fact(P, c(d["pc"]), d["pc"] * K, "yen", "collected", "interim", 2023, None, sg, name, short, as_of="2023-12-31")
        G.fact(P, r2(d["pr"]), d["pr"], "percent", "collection_rate", "interim", 2023, None, sg, name, short,
               as_of="2023-12-31")
        G.fact(P, c(d["a"]), d["a"] * K, "yen", "assessed", "interim", 2024, None, sg, name, short, as_of=AS_OF)
        G.fact(P, c(d["c"]), d["c"] * K, "yen", "collected", "interim", 2024, None, sg, name, short, as_of=AS_OF)
        G.fact(P, r2(d["r"]), d["r"], "percent", "collection_rate", "interim", 2024, None, sg, name, short, as_of=AS_OF)
        G.fact(P, f"{ratio:.1f}", ratio, "percent", "ratio_to_previous_year", "interim", 2024, None, sg, name, short,
               as_of=AS_OF)
        G.fact(P, vals[-1], dp, "points", "difference", "interim", 2024, None, sg, name, short, as_of=AS_OF)
widths(t2, [18, 12, 18, 18, 12, 18, 18, 12, 14, 13])
para("※ 前年同期比は、今期の収入済額を前年同期の収入済額で除したもの（％）", size=8.5, before=3)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-02-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": STAT}

WORK.mkdir(exist_ok=True)
dp_ = WORK / f"{STEM}.docx"
doc.save(dp_)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dp_)], check=True,
               capture_output=True)
out = SET / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
gp = G.write(out)
bad = check(out, gp)
import pymupdf  # noqa: E402
print(STEM, "pages", pymupdf.open(out).page_count, "facts", len(G.facts), "inits", len(G.initiatives), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
