"""小城市 債権管理推進会議 議事要旨 (minutes, 書面開催) — python-docx, converted with LibreOffice. Run from corpus/frozen50."""
import shutil, subprocess, sys
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Mm
sys.path.insert(0, "build")
from qq_lib import Doc, c, r, zen, ROOT

STEM = "qq_ogi_minutes_1"
TITLE = "令和６年度第２回小城市債権管理推進会議 議事要旨"
D = Doc(STEM, "minutes", "minutes", "小城市", TITLE, "2025-02-14", "令和７年２月14日")
K = 1000
AS_OF, AS_OF_PREV = "2024-12-31", "2023-12-31"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin = sec.bottom_margin = Mm(22)
sec.left_margin = sec.right_margin = Mm(24)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.25


def para(t, bold=False, size=None, align=None, indent=0, gothic=False):
    p = doc.add_paragraph()
    run = p.add_run(t)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if gothic:
        run.font.name = "IPAexGothic"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


# ---------------------------------------------------------------- page 1
para(TITLE, bold=True, size=14, align="c", gothic=True)
para("")
para("１　開催日時等", gothic=True, bold=True)
para("令和６年度第２回会議は、新型インフルエンザ等の感染拡大防止の観点から書面開催とし、令和７年２月14日付けで各委員へ会議資料を送付し、同年２月28日までに意見の提出を求めた。", indent=5)
para("２　開催方法　　書面開催", gothic=True, bold=True)
para("３　出席者（委員９名、事務局３名）", gothic=True, bold=True)
ATT = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "企画政策部長"), ("委員", "市民部長"),
       ("委員", "保健福祉部長"), ("委員", "子ども・若者支援部長"), ("委員", "産業・観光部長"), ("委員", "建設部長"),
       ("委員", "上下水道局長"), ("事務局", "税務課長"), ("事務局", "税務課収納対策室長"), ("事務局", "税務課収納係長")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k in range(0, len(ATT), 2):
    row = t.add_row().cells
    for j in range(2):
        if k + j < len(ATT):
            row[j].text = f"{ATT[k + j][0]}　{ATT[k + j][1]}"
para("")
para("４　議題", gothic=True, bold=True)
AGENDA = ["令和６年度主要債権の収納状況（12月末現在）について", "私債権の放棄について",
          "令和７年度債権管理推進計画の策定方針について"]
for k, a in enumerate(AGENDA):
    para(f"（{zen(k + 1)}）{a}", indent=5)
para("５　資料", gothic=True, bold=True)
MATS = ["資料１　令和６年度 主要債権の収納状況（令和６年12月末現在）", "資料２　私債権の放棄の報告",
        "資料３　令和７年度小城市債権管理推進計画の策定方針（案）"]
for m in MATS:
    para(m, indent=5)
brk()

# ---------------------------------------------------------------- page 2 statements
para("６　議事の概要", gothic=True, bold=True)
S = []


def stmt(speaker, section, text, head=None):
    if head:
        para(head, gothic=True, indent=2)
    para(f"【{speaker}】", indent=4)
    for ln in text.split("\n"):
        para(ln, indent=8)
    S.append({"speaker": speaker, "section": section, "text": text})


# 12月末 figures (千円): debt -> (現年 調定, 現年 収入, 前年同月 現年率, 滞繰 調定, 滞繰 収入, 前年同月 滞繰率)
M = {"市税": (4012380, 3346320, 83.02, 156420, 33120, 20.84),
     "国民健康保険税": (903450, 617830, 68.81, 201340, 36520, 17.46),
     "介護保険料": (588910, 472350, 80.11, 17260, 3010, 16.92),
     "保育所保育料": (84320, 70850, 83.60, 6120, 1750, 27.12),
     "市営住宅使用料": (132450, 112930, 84.91, 24870, 4120, 15.88)}
MR = {k: (round(v[1] / v[0] * 100, 2), round(v[4] / v[3] * 100, 2)) for k, v in M.items()}
tax = M["市税"]
txt1 = ("資料１により、令和６年12月末現在の主要５債権の収納状況を報告する。\n"
        "【収納率】令和６年12月末時点（市税）\n"
        f"・現年分　{MR['市税'][0]:.2f}％（前年同月　{tax[2]:.2f}％）\n"
        f"・滞繰分　{MR['市税'][1]:.2f}％（前年同月　{tax[5]:.2f}％）\n"
        f"市税の現年分は前年同月を{MR['市税'][0] - tax[2]:.2f}ポイント上回っており、年度末の収納率は令和５年度決算の98.91％と同程度となる見込みである。")
stmt("税務課長", "令和６年度主要債権の収納状況（12月末現在）について", txt1, head="（１）令和６年度主要債権の収納状況（12月末現在）について")
D.f(2, f"{MR['市税'][0]:.2f}％", MR["市税"][0], "percent", "collection_rate", "current", "interim", 2024, "令和６年12月末", "市税", as_of=AS_OF)
D.f(2, f"{tax[2]:.2f}％", tax[2], "percent", "collection_rate", "current", "interim", 2023, "前年同月", "市税", as_of=AS_OF_PREV)
D.f(2, f"{MR['市税'][1]:.2f}％", MR["市税"][1], "percent", "collection_rate", "arrears", "interim", 2024, "令和６年12月末", "市税", as_of=AS_OF)
D.f(2, f"{tax[5]:.2f}％", tax[5], "percent", "collection_rate", "arrears", "interim", 2023, "前年同月", "市税", as_of=AS_OF_PREV)
D.f(2, f"{MR['市税'][0] - tax[2]:.2f}ポイント", round(MR["市税"][0] - tax[2], 2), "points", "difference", "current", "interim", 2024, "令和６年12月末", "市税", as_of=AS_OF)
D.f(2, "98.91％", 98.91, "percent", "collection_rate", "total", "actual", 2023, "令和５年度決算", "市税")
kk = M["国民健康保険税"]
txt2 = (f"国民健康保険税の現年分の収納率が{MR['国民健康保険税'][0]:.2f}％にとどまっている。被保険者の減少に伴い調定額が減る中、"
        "収納率の低下は財政運営への影響が大きいため、口座振替への切替勧奨を一層進めていただきたい。")
stmt("保健福祉部長", "令和６年度主要債権の収納状況（12月末現在）について", txt2)
D.f(2, f"{MR['国民健康保険税'][0]:.2f}％", MR["国民健康保険税"][0], "percent", "collection_rate", "current", "interim", 2024, "令和６年12月末", "国民健康保険税", as_of=AS_OF)
txt3 = "国民健康保険税は普通徴収の割合が高いことが要因と考えている。１月から３月を滞納整理強化期間とし、保険年金課と合同で夜間の納付相談を実施する。"
stmt("税務課長", "令和６年度主要債権の収納状況（12月末現在）について", txt3)
txt4 = ("私債権の放棄について、市営住宅使用料の３件（計1,284千円）を報告する。いずれも債務者の死亡・相続放棄又は所在不明により、"
        "消滅時効の期間が経過したものである。")
stmt("税務課収納対策室長", "私債権の放棄について", txt4, head="（２）私債権の放棄について")
D.f(2, "1,284千円", 1284000, "yen", "waived", "total", "actual", 2024, "令和６年度", "市営住宅使用料")
txt5 = "放棄の判断に至るまでの調査の経過を、台帳に確実に記録しておくこと。"
stmt("建設部長", "私債権の放棄について", txt5)
txt6 = ("令和７年度の計画では、市税の現年分の目標収納率を99.20％、滞繰分を26.00％とする方向で調整したい。"
        "各所管においては、２月末の実績を踏まえた目標案を３月14日までに提出していただきたい。")
stmt("税務課長", "令和７年度債権管理推進計画の策定方針について", txt6, head="（３）令和７年度債権管理推進計画の策定方針について")
D.f(2, "99.20％", 99.20, "percent", "collection_rate", "current", "target", 2025, "令和７年度", "市税")
D.f(2, "26.00％", 26.00, "percent", "collection_rate", "arrears", "target", 2025, "令和７年度", "市税")
txt7 = "年度末に向けて各所管で滞納整理を着実に進め、特に現年分の未納を翌年度に繰り越さないよう取り組むこと。"
stmt("委員長", "委員長総括", txt7, head="（４）委員長総括")
brk()

# ---------------------------------------------------------------- page 3 別表
para("別表　主要債権の収納状況（令和６年12月末現在）", gothic=True, bold=True)
para("（単位：千円、％）", align="r", size=9)
heads = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月", "差"]
t = doc.add_table(rows=1, cols=7)
t.style = "Table Grid"
for k, h in enumerate(heads):
    t.rows[0].cells[k].text = h
    shade(t.rows[0].cells[k])
for dn, v in M.items():
    first = None
    for seg, lab, a, cc, prev, rt in (("current", "現年分", v[0], v[1], v[2], MR[dn][0]),
                                      ("arrears", "滞繰分", v[3], v[4], v[5], MR[dn][1])):
        row = t.add_row().cells
        if first is None:
            first = row[0]
            row[0].text = dn
        else:
            first.merge(row[0])
        dd = round(rt - prev, 2)
        vals = [lab, c(a), c(cc), f"{rt:.2f}", f"{prev:.2f}", r(dd, 2)]
        for k, s in enumerate(vals):
            row[k + 1].text = s
            if k:
                row[k + 1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        D.f(3, c(a), a * K, "yen", "assessed", seg, "interim", 2024, "令和６年12月末", dn, as_of=AS_OF)
        D.f(3, c(cc), cc * K, "yen", "collected", seg, "interim", 2024, "令和６年12月末", dn, as_of=AS_OF)
        D.f(3, f"{rt:.2f}", rt, "percent", "collection_rate", seg, "interim", 2024, "令和６年12月末", dn, as_of=AS_OF)
        D.f(3, f"{prev:.2f}", prev, "percent", "collection_rate", seg, "interim", 2023, "前年同月", dn, as_of=AS_OF_PREV)
        D.f(3, r(dd, 2), dd, "points", "difference", seg, "interim", 2024, "令和６年12月末", dn, as_of=AS_OF)
for row in t.rows:
    for cell in row.cells:
        for pp in cell.paragraphs:
            for rn in pp.runs:
                rn.font.size = Pt(9)
para("※ 差は前年同月の収納率との差（ポイント）。△は前年同月を下回ったもの。", size=8.5)
para("※ 市営住宅使用料の滞繰分には、令和６年度中に放棄した私債権（1,284千円）を含まない。", size=8.5)
D.f(3, "1,284千円", 1284000, "yen", "waived", "arrears", "actual", 2024, "令和６年度", "市営住宅使用料")

tmp = Path("/tmp/qq_work/ogi")
tmp.mkdir(parents=True, exist_ok=True)
doc.save(tmp / "ogi.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(tmp / "ogi.docx")],
               check=True, capture_output=True)
shutil.copy(tmp / "ogi.pdf", ROOT / "pdf" / f"{STEM}.pdf")
D.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-02-14", "method": "書面開催",
             "attendees": [{"role": a, "title": b, "name": None} for a, b in ATT], "agenda": AGENDA,
             "materials": MATS, "statements": S}
sys.exit(0 if D.write() else 1)
