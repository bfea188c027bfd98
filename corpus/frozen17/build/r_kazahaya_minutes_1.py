"""r_kazahaya_minutes_1: a city-council standing-committee record (所管事務調査・債権管理), python-docx -> LibreOffice.
Invented city かざはや市; layout modelled on a 総務常任委員会 記録 (○委員長 / ○部長 speaker markers, 所管事務調査
on 債権管理) read at https://paperzz.com/doc/5464832/ and a 町税等徴収対策強化特別委員会 record (chiholog)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from r_common import *
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "r_kazahaya_minutes_1"
CITY = "かざはや市"
FY = 2024  # 令和6年度決算

# 別表 data, 千円: debt -> (current: assessed, collected, written_off), (arrears: ...)
T = {
    "市税": ((41236518, 40873412, 0), (1284660, 404067, 61204)),
    "国民健康保険税": ((6812340, 6408377, 0), (1903215, 412866, 128510)),
    "介護保険料": ((5120884, 5068120, 0), (138420, 24803, 15332)),
    "保育所保育料": ((402315, 398871, 0), (41086, 5107, 2214)),
    "市営住宅使用料": ((688902, 673519, 0), (96330, 14120, 4881)),
}


def seg_rows(c, a):
    tot = tuple(x + y for x, y in zip(c, a))
    out = []
    for s, (asd, col, wo) in (("current", c), ("arrears", a), ("total", tot)):
        out.append((s, asd, col, wo, asd - col - wo, round(col / asd * 100 + 1e-9, 2)))
    return out


ROWS = {d: seg_rows(*v) for d, v in T.items()}
R = lambda d, s: [r for r in ROWS[d] if r[0] == s][0]


def setfont(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), name); rf.set(qn("w:ascii"), name); rf.set(qn("w:hAnsi"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, font="IPAexMincho", space=2):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    setfont(p.add_run(text), font, size, bold)
    return p


def pagebreak(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(par, instr):
    r = par.add_run(); setfont(r, size=9)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._element.append(f1)
    r2 = par.add_run(); setfont(r2, size=9)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._element.append(it)
    r3 = par.add_run(); setfont(r3, size=9)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._element.append(f2)


def cell_text(cell, text, size=8.5, align="r", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    setfont(p.add_run(text), "IPAexGothic", size, bold)


facts, statements = [], []
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
setfont(hp.add_run("かざはや市議会　総務財政常任委員会記録"), size=8.5)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
setfont(fp.add_run("－ "), size=9); add_field(fp, "PAGE"); setfont(fp.add_run(" －"), size=9)

# ---------------- page 1
para(doc, "総務財政常任委員会記録", 15, True, "c", font="IPAexGothic", space=4)
para(doc, "（所管事務調査：市債権の管理について　※令和７年度第２回債権管理推進会議の結果報告を含む）", 9.5, align="c", space=8)
para(doc, "１　日　　時　　令和７年１２月４日（木）　午前１０時００分開会　午前１１時４２分閉会")
para(doc, "２　場　　所　　第２委員会室")
para(doc, "３　出席委員（７名）")
members = [("委員長", "岡部 真澄"), ("副委員長", "田島 航"), ("委員", "北村 由香"), ("委員", "佐伯 健太郎"),
           ("委員", "三宅 直人"), ("委員", "井上 さと子"), ("委員", "大谷 修")]
para(doc, "　　委員長　岡部 真澄　　副委員長　田島 航", indent=10)
para(doc, "　　委　員　北村 由香　　佐伯 健太郎　　三宅 直人　　井上 さと子　　大谷 修", indent=10)
para(doc, "４　説明のため出席した者")
expl = ["総務部長", "財務部長", "納税課長", "債権管理課長", "子ども・若者部長", "保育・幼稚園課長", "健康福祉部長",
        "国保年金課長"]
para(doc, "　　" + "・".join(expl), indent=10)
para(doc, "５　事務局職員　　議事調査課主査")
agenda = ["令和６年度決算に基づく市債権の収入未済額の状況について", "令和７年度上半期における債権回収の取組状況について"]
para(doc, "６　事　　件（所管事務調査）")
for i, a in enumerate(agenda, 1):
    para(doc, f"　（{zen(i)}）{a}", indent=10)
materials = ["資料１　令和６年度 債権の状況（決算）", "資料２　令和７年度 上半期 取組状況報告", "別表　主な債権の収納状況（令和６年度決算）"]
para(doc, "７　配付資料")
for m in materials:
    para(doc, "　　" + m, indent=10)
para(doc, "８　審査の経過", space=4)


def stmt(speaker_printed, name_role, text_paras, section, page):
    para(doc, "○" + speaker_printed, font="IPAexGothic", space=1)
    for t in text_paras:
        para(doc, "　" + t, indent=10)
    statements.append({"speaker": speaker_printed, "section": section,
                       "text": "\n".join(text_paras), "page": page})


stmt("岡部委員長", None, ["ただいまから総務財政常任委員会を開会いたします。本日は所管事務調査として、市債権の管理について理事者から説明を受けます。",
                        "それでは、説明をお願いします。"], None, 1)
pagebreak(doc)

# ---------------- page 2
S1 = agenda[0]
para(doc, f"（１）{S1}", font="IPAexGothic", space=3)
c, a, t = R("市税", "current"), R("市税", "arrears"), R("市税", "total")
kc = R("国民健康保険税", "current")
stmt("森下財務部長", None, [
    "資料１に沿って概要を申し上げます。令和６年度決算における本市全体の収入未済額は、約34億8,600万円となり、前年度と比べて約1億1,300万円の縮減となりました。",
    "詳細は債権管理課長から説明いたします。"], S1, 2)
facts.append(F(None, FY, "total", "outstanding", "actual", 3486000000, "yen", "約34億8,600万円", 2,
               fy_raw="令和６年度", approx=True, debt_raw=None))
stmt("野口債権管理課長", None, [
    f"まず市税でございますが、収納率は現年課税分が{c[5]:.2f}％、滞納繰越分が{a[5]:.2f}％、全体では{t[5]:.2f}％となっております。",
    f"次に国民健康保険税は、現年課税分の収納率が{kc[5]:.2f}％で、前年度を0.35ポイント上回りました。滞納繰越分につきましては、執行停止の判断を進めたことにより不納欠損額が増えております。",
    "各債権の調定額、収入済額等は、別表にまとめておりますので、ご参照ください。"], S1, 2)
for seg, r in (("current", c), ("arrears", a), ("total", t)):
    facts.append(F("市税", FY, seg, "collection_rate", "actual", r[5], "percent", f"{r[5]:.2f}％", 2, fy_raw="令和６年度"))
facts.append(F("国民健康保険税", FY, "current", "collection_rate", "actual", kc[5], "percent", f"{kc[5]:.2f}％", 2, fy_raw="令和６年度"))
stmt("北村委員", None, ["国民健康保険税の滞納繰越分は、収入未済額がまだ大きいと思います。どのくらい残っているのか伺います。"], S1, 2)
ka = R("国民健康保険税", "arrears")
ka_oku = ka[4] * 1000
stmt("国保年金課長", None, [
    f"滞納繰越分の収入未済額は約{ka_oku // 100000000}億{(ka_oku % 100000000) // 1000000 * 100:,}万円でございます。差押えに加えて、納付相談の機会を増やしてまいります。"], S1, 2)
# value rounded to 百万円 as printed
v = (ka_oku // 1000000) * 1000000
raw_k = f"約{ka_oku // 100000000}億{(ka_oku % 100000000) // 1000000 * 100:,}万円"
facts.append(F("国民健康保険税", FY, "arrears", "outstanding", "actual", v, "yen", raw_k, 2, approx=True))
pagebreak(doc)

# ---------------- page 3
S2 = agenda[1]
para(doc, f"（２）{S2}", font="IPAexGothic", space=3)
stmt("石川納税課長", None, [
    "令和７年度第２回債権管理推進会議（１１月５日開催）で各課から報告された上半期の状況を申し上げます。",
    "市税の１０月末時点の収納率は、現年課税分が58.34％で、前年同月の57.91％を上回っております。滞納繰越分は19.86％で、前年同月の18.72％から改善しております。"], S2, 3)
facts += [F("市税", 2025, "current", "collection_rate", "interim", 58.34, "percent", "58.34％", 3, fy_raw="１０月末時点", as_of="2025-10-31"),
          F("市税", 2024, "current", "collection_rate", "interim", 57.91, "percent", "57.91％", 3, fy_raw="前年同月", as_of="2024-10-31"),
          F("市税", 2025, "arrears", "collection_rate", "interim", 19.86, "percent", "19.86％", 3, fy_raw="１０月末時点", as_of="2025-10-31"),
          F("市税", 2024, "arrears", "collection_rate", "interim", 18.72, "percent", "18.72％", 3, fy_raw="前年同月", as_of="2024-10-31")]
stmt("佐伯委員", None, ["保育料について、過年度分がなかなか減らないと聞いています。子ども・若者部の取組を伺います。"], S2, 3)
ha = R("保育所保育料", "arrears")
stmt("子ども・若者部長", None, [
    f"保育所保育料の過年度分の収納率は、令和６年度で{ha[5]:.1f}％にとどまっております。卒園した世帯との接触が難しいことが主な要因です。",
    "今年度から、児童手当からの申出徴収を積極的に案内しており、１０月末時点で過年度分の収入未済額は約3,200万円となっております。"], S2, 3)
facts.append(F("保育所保育料", FY, "arrears", "collection_rate", "actual", round(ha[5], 1), "percent", f"{ha[5]:.1f}％", 3, fy_raw="令和６年度"))
facts.append(F("保育所保育料", 2025, "arrears", "outstanding", "interim", 32000000, "yen", "約3,200万円", 3, fy_raw="１０月末時点", as_of="2025-10-31", approx=True))
stmt("三宅委員", None, ["滞納者の数は減っているのでしょうか。"], S2, 3)
stmt("石川納税課長", None, ["市税の滞納者数は、令和６年度末で6,418人となり、前年度末の6,902人から減少しております。引き続き早期の催告に努めてまいります。"], S2, 3)
facts += [F("市税", 2024, "total", "delinquents", "actual", 6418, "persons", "6,418人", 3, fy_raw="令和６年度末"),
          F("市税", 2023, "total", "delinquents", "actual", 6902, "persons", "6,902人", 3, fy_raw="前年度末")]
stmt("岡部委員長", None, ["ほかに質疑はございませんか。――なければ、以上で所管事務調査を終わります。"], S2, 3)
pagebreak(doc)

# ---------------- page 4: 別表
para(doc, "別表　主な債権の収納状況（令和６年度決算）", 12, True, font="IPAexGothic", space=2)
para(doc, "（単位：千円、％）", 9, align="r", space=2)
hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
tb = doc.add_table(rows=1, cols=7)
tb.style = "Table Grid"
for i, h in enumerate(hdr):
    cell_text(tb.rows[0].cells[i], h, align="c", bold=True)
SEGN = {"current": "現年", "arrears": "滞繰", "total": "計"}
METRICS = ["assessed", "collected", "written_off", "outstanding"]
for d, rows in ROWS.items():
    first = None
    for r in rows:
        cells = tb.add_row().cells
        if first is None:
            first = cells[0]
        cell_text(cells[1], SEGN[r[0]], align="c")
        vals = [f"{r[1]:,}", f"{r[2]:,}", (f"{r[3]:,}" if r[3] else "－"), f"{r[4]:,}", f"{r[5]:.2f}"]
        for j, s in enumerate(vals):
            cell_text(cells[2 + j], s)
        for m, val, s in zip(METRICS, r[1:5], vals):
            if m == "written_off" and r[3] == 0:
                continue
            facts.append(F(d, FY, r[0], m, "actual", val * 1000, "yen", s, 4, fy_raw="令和６年度"))
        facts.append(F(d, FY, r[0], "collection_rate", "actual", r[5], "percent", vals[4], 4, fy_raw="令和６年度"))
    last = tb.rows[-1].cells[0]
    m = first.merge(last)
    cell_text(m, d, align="l")
# 合計 row (計 only)
tot = [sum(R(d, "total")[k] for d in ROWS) for k in (1, 2, 3, 4)]
trate = round(tot[1] / tot[0] * 100 + 1e-9, 2)
cells = tb.add_row().cells
mm = cells[0].merge(cells[1]); cell_text(mm, "合　計", align="c", bold=True)
vals = [f"{tot[0]:,}", f"{tot[1]:,}", f"{tot[2]:,}", f"{tot[3]:,}", f"{trate:.2f}"]
for j, s in enumerate(vals):
    cell_text(cells[2 + j], s, bold=True)
for m, val, s in zip(METRICS, tot, vals):
    facts.append(F(None, FY, "total", m, "actual", val * 1000, "yen", s, 4, fy_raw="令和６年度", debt_raw="合計"))
facts.append(F(None, FY, "total", "collection_rate", "actual", trate, "percent", vals[4], 4, fy_raw="令和６年度", debt_raw="合計"))
from docx.shared import Mm as _Mm
for row in tb.rows:
    for k, w in enumerate([34, 12, 26, 26, 22, 24, 16]):
        row.cells[k].width = _Mm(w)
para(doc, "注１　収入未済額＝調定額－収入済額－不納欠損額。", 8.5, space=0)
para(doc, "注２　保育所保育料には延長保育料を含まない。千円未満を四捨五入しているため、計が一致しない場合がある。", 8.5, space=0)
para(doc, "注３　「滞繰」は滞納繰越分を示す。", 8.5, space=0)

docx_path = OUT / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice(docx_path)
final = PDF / f"{STEM}.pdf"
final.write_bytes(pdf.read_bytes())

attendees = [{"role": r, "title": None, "name": n} for r, n in members]
attendees += [{"role": "説明員", "title": t, "name": None} for t in expl]
attendees += [{"role": "事務局", "title": "議事調査課主査", "name": None}]
minutes = {"title": "総務財政常任委員会記録", "meeting_number": None, "date": "2025-12-04", "method": None,
           "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
document = {"kind": "minutes", "municipality": CITY, "title": "総務財政常任委員会記録", "date": "2025-12-04",
            "date_raw": "令和７年１２月４日（木）"}
write_gold(STEM, final, document, facts, [], minutes)
g, bad = check(STEM)
print(STEM, g["source"]["pages"], "pages", len(facts), "facts", "BAD:", bad)
