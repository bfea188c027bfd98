"""qc_goshogawara_minutes_1: 債権管理対策会議 議事要旨 (書面開催). python-docx -> LibreOffice."""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import Gold, c, tri, zen, rate
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "qc_goshogawara_minutes_1"
TITLE = "令和7年度第2回五所川原市債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", "minutes", "五所川原市", TITLE, "2025-11-14", "令和7年11月14日")
ASOF, ASOF0 = "2025-09-30", "2024-09-30"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)


def P(text="", bold=False, size=None, align=None, indent=0, font=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size: r.font.size = Pt(size)
    if font:
        r.font.name = font; r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.left_indent = Mm(indent)
    return p


def newpage():
    doc.add_page_break(); g.page += 1


# ---------------- page 1
P("令和7年度第2回五所川原市債権管理対策会議 議事要旨", bold=True, size=14, align="c", font="IPAexGothic")
P("")
P("１　開催方法", bold=True, font="IPAexGothic")
P("　令和７年度第２回五所川原市債権管理対策会議は、各委員の日程調整が困難であったことから書面開催とし、"
  "令和７年１１月１４日付けで会議資料を各委員へ送付のうえ、意見及び質問を１１月２８日までに事務局へ"
  "電子メールにより提出する方法で実施した。", indent=3)
P("２　出席者（会長・委員８名・事務局３名）", bold=True, font="IPAexGothic")
att = [("会長", "副市長")] + [("委員", t) for t in
       ["総務部長", "財政部長", "市民生活部長", "福祉部長", "子ども・若者部長", "経済部長", "建設・水道部長", "教育部長"]] + \
      [("事務局", t) for t in ["財政部次長", "税務課長", "収納対策室長"]]
P("　会　長：副市長", indent=3)
P("　委　員：総務部長、財政部長、市民生活部長、福祉部長、子ども・若者部長、経済部長、建設・水道部長、教育部長", indent=3)
P("　事務局：財政部次長、税務課長、収納対策室長", indent=3)
P("３　議　題", bold=True, font="IPAexGothic")
agenda = ["令和７年度上半期（９月末）の債権の収納状況について",
          "令和７年度下半期の重点取組について",
          "五所川原市債権管理条例施行規則の一部改正について"]
for k, a in enumerate(agenda, 1):
    P(f"（{zen(k)}）{a}", indent=3)
P("４　資　料", bold=True, font="IPAexGothic")
materials = ["令和７年度第２回五所川原市債権管理対策会議資料"]
P("（別添）令和７年度第２回五所川原市債権管理対策会議資料", indent=3)
P("５　報告及び意見", bold=True, font="IPAexGothic")
P("（１）所管する債権の上半期の状況について", indent=3)
P("　各所管部長から、書面により次のとおり報告があった。数値は別表１及び別表２のとおり。", indent=3)

statements = []


def S(speaker, text, section="所管する債権の上半期の状況について"):
    P(f"（{speaker}）", indent=6, font="IPAexGothic")
    for para in text.split("\n"):
        P("　" + para, indent=9)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": g.page})


# debt data (千円): name, short, acct, assessed, collected, prev rate
t1 = "財政部長"
g.page = 1
txt = ("「市税」は、９月末の収納率が" + g.f("４９．３％", 49.3, "collection_rate", "市税", "市税", 2025, None, "total", "interim", ASOF) +
       "で、前年同月比" + g.f("０．５ポイント", 0.5, "difference", "市税", "市税", 2025, None, "total", "interim", ASOF, unit="points") +
       "上昇した。滞納繰越分の収入未済額は" + g.f("約３億２，４００万円", 324000000, "outstanding", "市税", "市税", 2025, None, "arrears", "interim", ASOF, approx=True) +
       "で、前年同期から" + g.f("約２，１００万円", -21000000, "difference", "市税", "市税", 2025, None, "arrears", "interim", ASOF, approx=True) +
       "減少している。")
txt += ("\n高額滞納案件については、平成２９年度に設置した収納対策室へ引き継ぎ、財産調査を早期に行っている。"
        "また、令和元年度から実施している夜間納税相談は、今年度も１０月に２回開催する。")
S(t1, txt)
S("市民生活部長",
  "「国民健康保険税」の現年課税分の収納率は" + g.f("４１．８％", 41.8, "collection_rate", "国民健康保険税", "国民健康保険税", 2025, None, "current", "interim", ASOF) +
  "で、前年同期の" + g.f("４２．１％", 42.1, "collection_rate", "国民健康保険税", "国民健康保険税", 2024, "前年同期", "current", "interim", ASOF0) +
  "を下回った。納期の変更により第４期分の口座振替日が１０月にずれたことが主な要因であり、年度末には例年並みの収納率を見込んでいる。\n"
  "資格喪失後も納付のない世帯には、文書催告に加え、ショートメッセージによる催告を試行している。")
newpage()
S("福祉部長",
  "「介護保険料」は特別徴収の割合が高く、普通徴収分の未納が課題である。普通徴収の滞納者数は" +
  g.f("４１２人", 412, "delinquents", "介護保険料", "介護保険料", 2025, None, "total", "interim", ASOF) +
  "で、前年同期より２３人減少した。\n「後期高齢者医療保険料」は、現年分の収納率が" +
  g.f("９８．９％", 98.9, "collection_rate", "後期高齢者医療保険料", "後期高齢者医療保険料", 2025, None, "current", "interim", ASOF) +
  "となり、前年同期並みで推移している。")
S("子ども・若者部長",
  "「保育料」は、児童手当からの特別徴収の申出を積極的に勧奨した結果、滞納繰越分の収入済額が" +
  g.f("約１８０万円", 1800000, "collected", "保育料", "保育料", 2025, None, "arrears", "interim", ASOF, approx=True) +
  "となり、前年同期を上回った。")
S("建設・水道部長",
  "「市営住宅使用料」は、長期滞納者６名に対し明渡し請求の予告を行い、うち４名と分納誓約を締結した。"
  "連帯保証人への通知も併せて行っている。")
P("（２）下半期の重点取組について", indent=3)
P("　事務局から、資料２により次の重点取組を提案し、各委員から異議はなかった。", indent=3)
sec2 = "令和７年度下半期の重点取組"
items = [("ア", "１２月を「滞納整理強化月間」とし、全庁で一斉に電話催告及び臨戸訪問を実施する。", "継続"),
         ("イ", "徴収の引継基準を見直し、本税１０万円以上の市税滞納案件を収納対策室へ随時引き継ぐ。", "拡充"),
         ("ウ", "非強制徴収債権について、弁護士への回収委託を試行する。", "新規")]
for lab, t, s in items:
    p = P(f"{lab}　{t}【{s}】", indent=6)
    g.i(t, None, 2025, sec2, lab, s)
newpage()
P("（３）意見及び質問", indent=3)
S("経済部長",
  "商工業者向け融資の利用申請時に、市税の納付状況の確認を徹底してほしい。",
  "意見及び質問")
S("税務課長",
  "融資の所管課と連携し、申請書に納税状況の確認同意欄を設ける方向で調整する。",
  "意見及び質問")
S("教育部長",
  "「学校給食費」は公会計化から２年目であり、未納者への督促の時期を他の債権とそろえたい。",
  "意見及び質問")
S("副市長",
  "上半期の収納状況は概ね前年を上回っているが、国民健康保険税の現年分は注視が必要である。"
  "下半期の重点取組を全庁で確実に実施し、年度末の目標達成を目指してほしい。",
  "総括")
P("６　次回開催予定", bold=True, font="IPAexGothic")
P("　令和８年２月中旬（対面開催）", indent=3)
P("以上", align="r")
newpage()
# page 4: 別表1
P("別表１　債権別収納状況（令和７年９月末現在）", bold=True, font="IPAexGothic")
P("（単位：千円、％）", align="r", size=9)
rows = [  # section, debt canonical, printed label, assessed, collected, prev rate
    ("【一般会計】", None, None, None, None, None),
    (None, "市税", "市税※1", 4_862_310, 2_397_119, 48.8),
    (None, "保育料", "保育料", 118_420, 57_315, 47.6),
    (None, "市営住宅使用料", "住宅使用料", 96_544, 44_812, 47.1),
    (None, "学校給食費", "給食費", 132_306, 63_905, 48.9),
    ("小計", None, None, None, None, 48.6),
    ("【特別会計】", None, None, None, None, None),
    (None, "国民健康保険税", "国保税", 1_973_208, 741_926, 38.1),
    (None, "介護保険料", "介護料", 1_051_876, 562_117, 52.6),
    (None, "後期高齢者医療保険料", "後期高齢", 512_340, 270_104, 52.2),
    ("小計", None, None, None, None, 44.5),
    ("合計", None, None, None, None, 47.2),
]
tbl = doc.add_table(rows=1, cols=5)
tbl.style = "Table Grid"
hdr = ["区分", "調定額", "収入済額", "収納率（前年同期）", "増減"]
for k, h in enumerate(hdr):
    tbl.rows[0].cells[k].text = h
acc = {"a": 0, "b": 0}
tot = {"a": 0, "b": 0}
for sec_, debt, lab, a, b, pr in rows:
    r = tbl.add_row().cells
    if sec_ and sec_.startswith("【"):
        r[0].text = sec_
        acc = {"a": 0, "b": 0}
        continue
    if sec_ in ("小計", "合計"):
        src = acc if sec_ == "小計" else tot
        a, b = src["a"], src["b"]
        debt, lab = None, sec_
    else:
        acc["a"] += a; acc["b"] += b; tot["a"] += a; tot["b"] += b
    rt = rate(b, a, 1)
    d = round(rt - pr, 1)
    r[0].text = lab if sec_ is None else ("　" + lab)
    r[1].text = g.f(c(a), a * 1000, "assessed", debt, lab.replace("※1", ""), 2025, None, "total", "interim", ASOF)
    r[2].text = g.f(c(b), b * 1000, "collected", debt, lab.replace("※1", ""), 2025, None, "total", "interim", ASOF)
    g.f(f"{rt:.1f}", rt, "collection_rate", debt, lab.replace("※1", ""), 2025, None, "total", "interim", ASOF)
    g.f(f"{pr:.1f}", pr, "collection_rate", debt, lab.replace("※1", ""), 2024, "前年同期", "total", "interim", ASOF0)
    r[3].text = f"{rt:.1f}（{pr:.1f}）"
    r[4].text = g.f(tri(d, 1), d, "difference", debt, lab.replace("※1", ""), 2025, None, "total", "interim", ASOF, unit="points")
for row in tbl.rows:
    for k, cell in enumerate(row.cells):
        for p in cell.paragraphs:
            if k: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for rr in p.runs: rr.font.size = Pt(9.5)
P("注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、給食費＝学校給食費", size=8.5)
P("※1　市税には国民健康保険税を含まない。市税のうち滞納繰越分の収入済額 " +
  g.f("61,872千円", 61_872_000, "collected", "市税", "市税", 2025, None, "arrears", "interim", ASOF), size=8.5)
P("※　国保税のうち滞納繰越分の収入済額 " +
  g.f("41,236千円", 41_236_000, "collected", "国民健康保険税", "国保税", 2025, None, "arrears", "interim", ASOF), size=8.5)
P("")
# 別表2 borderless, tab stops
P("別表２　滞納者数及び差押件数（令和７年９月末現在　前年同期比較）", bold=True, font="IPAexGothic")
dl = [("市税", "市税", 2_846, 2_701, 112, 131), ("国民健康保険税", "国保税", 1_322, 1_287, 58, 66),
      ("介護保険料", "介護料", 435, 412, 0, 0), ("保育料", "保育料", 61, 55, 0, 0),
      ("市営住宅使用料", "住宅使用料", 38, 34, 0, 0)]


def tabline(cols, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    for pos in (62, 86, 110, 134):
        pf.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cols)); r.bold = bold; r.font.size = Pt(9.5)
    return p


tabline(["債権名", "滞納者数（人）", "", "差押件数（件）", ""], True)
tabline(["", "前年同期", "今期", "前年同期", "今期"], True)
for debt, lab, p0, p1, s0, s1 in dl:
    cols = [lab,
            g.f(c(p0), p0, "delinquents", debt, lab, 2024, "前年同期", "total", "interim", ASOF0, unit="persons"),
            g.f(c(p1), p1, "delinquents", debt, lab, 2025, None, "total", "interim", ASOF, unit="persons"),
            "－" if not s0 else g.f(c(s0), s0, "seizures", debt, lab, 2024, "前年同期", "total", "interim", ASOF0, unit="cases"),
            "－" if not s1 else g.f(c(s1), s1, "seizures", debt, lab, 2025, None, "total", "interim", ASOF, unit="cases")]
    tabline(cols)
P("※　介護保険料の滞納者数は普通徴収分。差押件数は当該期間中の執行件数。", size=8.5)

out = Path("/tmp/qc_work") / (STEM + ".docx")
doc.save(out)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/qc_work", str(out)],
               check=True, capture_output=True)
shutil.copy(f"/tmp/qc_work/{STEM}.pdf", f"pdf/{STEM}.pdf")
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in att],
             "agenda": agenda, "materials": materials, "statements": statements}
g.write(f"pdf/{STEM}.pdf", f"gold/{STEM}.json")
