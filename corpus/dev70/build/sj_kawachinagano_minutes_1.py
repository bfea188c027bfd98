"""Build sj_kawachinagano_minutes_1: 書面開催の債権管理対策会議 議事要旨 (python-docx -> LibreOffice)."""
import subprocess, shutil, sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
sys.path.insert(0, str(Path(__file__).parent))
from sj_common import Gold, zen, c, rate, SET

STEM = "sj_kawachinagano_minutes_1"
CITY = "河内長野市"
TITLE = "令和７年度第２回河内長野市債権管理対策会議 議事要旨"
ASOF = "2025-09-30"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和７年１１月１４日")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), name)


def para(text="", size=10.5, bold=False, align=None, indent=0, gothic=False, space=2):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        font(p.add_run(text), "IPAexGothic" if gothic else "IPAexMincho", size, bold)
    return p


def pagebreak():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def cell_text(cell, text, size=8.5, align="r", bold=False, gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    font(p.add_run(text), "IPAexGothic" if gothic else "IPAexMincho", size, bold)


# running header / footer (variation 64)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
font(hp.add_run("令和７年度 河内長野市債権管理対策会議（第２回）"), "IPAexGothic", 8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
font(fp.add_run("- "), size=9)
r = fp.add_run(); font(r, size=9)
for t, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._element.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._element.append(e)
font(fp.add_run(" -"), size=9)

# ---------------- page 1 ----------------
para(TITLE, 14, True, "c", gothic=True, space=10)
para("１　開催方法", 11, True, gothic=True)
para("令和７年度第２回河内長野市債権管理対策会議は、各部局の業務日程を考慮して書面開催とし、"
     "令和７年１１月１４日付けで各委員に会議資料を送付のうえ、意見及び質問を回答票により事務局へ提出する方法で実施した。",
     indent=5, space=8)
para("２　出席者（会長１名、委員８名、事務局３名）", 11, True, gothic=True)
members = ["総務部長", "市民保健部長", "福祉部長", "子ども・若者部長", "都市づくり部長", "環境経済部長", "上下水道部長", "教育次長"]
staff = ["総務部理事", "税務課長", "債権管理課長"]
para("会　長：副市長", indent=5)
para("委　員：" + "・".join(members[:5]) + "・", indent=5, space=0)
para("　　　　" + "・".join(members[5:]), indent=5)
para("事務局：" + "・".join(staff), indent=5, space=8)
att = [{"role": "会長", "title": "副市長", "name": None}]
att += [{"role": "委員", "title": m, "name": None} for m in members]
att += [{"role": "事務局", "title": s, "name": None} for s in staff]
para("３　議　題", 11, True, gothic=True)
agenda = ["令和７年度上半期の債権管理状況について", "債権管理条例に基づく債権放棄の実施状況について",
          "令和８年度債権管理実施方針（案）について"]
for k, a in enumerate(agenda, 1):
    para(f"（{zen(k)}）{a}", indent=5)
para("", space=4)
para("４　資　料", 11, True, gothic=True)
mats = ["資料１　主要債権の収納状況（令和７年９月末現在）", "資料２　令和６年度債権放棄一覧", "資料３　令和８年度債権管理実施方針（案）"]
for m in mats:
    para(m, indent=5)
para("", space=4)
para("５　会議の結果", 11, True, gothic=True)
para("各議題について、回答票により全委員から了承を得た。議題（３）については、第３回会議で最終案を報告する。", indent=5)
pagebreak()

# ---------------- page 2: statements ----------------
P = 2
statements = []
para("６　所管する債権の状況について（回答票の要旨）", 11, True, gothic=True, space=6)


def stmt(speaker, text, section, page, facts):
    para(f"（{speaker}）", 10.5, True, indent=3, gothic=True, space=1)
    para(text, indent=8, space=6)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})
    for fa in facts:
        g.f(page, *fa)


S6 = "所管する債権の状況について"
stmt("税務課長",
     "「市税」は、９月末の現年度分収納率が５５．１％で、前年同月比０．３ポイント上昇した。令和６年度決算では、"
     "市税全体の収納率は９８．６２％、収入未済額は約２億８，４００万円で、前年度から約３，１００万円減少した。"
     "引き続き、納期内納付の勧奨と早期の財産調査に取り組む。", S6, P,
     [("市税", "市税", 2025, "令和７年度", "current", "collection_rate", "interim", 55.1, "percent", "５５．１％", ASOF),
      ("市税", "市税", 2025, "令和７年度", "current", "difference", "interim", 0.3, "points", "０．３ポイント", ASOF),
      ("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 98.62, "percent", "９８．６２％"),
      ("市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 284000000, "yen", "約２億８，４００万円", None, True),
      ("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -31000000, "yen", "約３，１００万円", None, True)])
stmt("福祉部長",
     "「国民健康保険料」の現年度分収納率は９月末で４８．７％となり、前年同月を０．５ポイント下回った。"
     "滞納繰越分の収入未済額は令和６年度末で約３億１，２００万円あり、差押えを含む滞納処分を計画的に進める。"
     "「介護保険料」は現年度分収納率が５６．９％で、おおむね前年並みで推移している。", S6, P,
     [("国民健康保険料", "国民健康保険料", 2025, "令和７年度", "current", "collection_rate", "interim", 48.7, "percent", "４８．７％", ASOF),
      ("国民健康保険料", "国民健康保険料", 2025, "令和７年度", "current", "difference", "interim", -0.5, "points", "０．５ポイント", ASOF),
      ("国民健康保険料", "国民健康保険料", 2024, "令和６年度", "arrears", "outstanding", "actual", 312000000, "yen", "約３億１，２００万円", None, True),
      ("介護保険料", "介護保険料", 2025, "令和７年度", "current", "collection_rate", "interim", 56.9, "percent", "５６．９％", ASOF)])
stmt("子ども・若者部長",
     "「保育所保育料」は、口座振替の勧奨により現年度分収納率が５４．２％と前年同月比で０．８ポイント改善した。"
     "令和元年度以前に発生した滞納繰越分については、児童手当からの特別徴収の同意取得を進めている。", S6, P,
     [("保育所保育料", "保育所保育料", 2025, "令和７年度", "current", "collection_rate", "interim", 54.2, "percent", "５４．２％", ASOF),
      ("保育所保育料", "保育所保育料", 2025, "令和７年度", "current", "difference", "interim", 0.8, "points", "０．８ポイント", ASOF)])
stmt("都市づくり部長",
     "「市営住宅使用料」は、令和６年度決算で収納率が９１．３５％、収入未済額が約２，６００万円であった。"
     "退去者の滞納分について、連帯保証人への請求と支払督促の申立てを行う。", S6, P,
     [("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "collection_rate", "actual", 91.35, "percent", "９１．３５％"),
      ("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 26000000, "yen", "約２，６００万円", None, True)])
stmt("上下水道部長",
     "「下水道使用料」は、水道料金と一括して徴収しており、９月末の現年度分収納率は５７．８％である。"
     "給水停止予告と連動した催告を継続する。", S6, P,
     [("下水道使用料", "下水道使用料", 2025, "令和７年度", "current", "collection_rate", "interim", 57.8, "percent", "５７．８％", ASOF)])
pagebreak()

# ---------------- page 3: Q&A with ○ markers ----------------
P = 3
para("７　意見及び質問並びに回答", 11, True, gothic=True, space=6)
S7 = "意見及び質問並びに回答"
qa = [("総務部長", "国民健康保険料の現年度分収納率が前年同月を下回っている理由と、年度末の見込みを示されたい。", []),
      ("債権管理課長", "所得の把握が遅れた世帯の賦課が上半期に集中したことが主な要因である。年度末の現年度分収納率は"
       "９４．１％を見込んでおり、令和６年度決算の９４．３０％をやや下回る見通しである。",
       [("国民健康保険料", None, 2025, None, "current", "collection_rate", "estimate", 94.1, "percent", "９４．１％"),
        ("国民健康保険料", None, 2024, "令和６年度", "current", "collection_rate", "actual", 94.3, "percent", "９４．３０％")]),
      ("環境経済部長", "債権放棄の件数が増えているが、放棄の判断基準は各課で統一されているのか。", []),
      ("債権管理課長", "債権管理条例施行規則に基づく判断基準を共通様式で運用している。令和６年度に放棄した債権は"
       "全体で約１，８５０万円であり、全て債権管理対策会議に報告済みである。",
       [(None, None, 2024, "令和６年度", "total", "waived", "actual", 18500000, "yen", "約１，８５０万円", None, True)]),
      ("教育次長", "学校給食費の公会計化に伴い、未納対応の手順を事務局と整理したい。", []),
      ("総務部理事", "了解した。令和８年度実施方針に、給食費の未納対応フローを追加する。", [])]
for sp, tx, fa in qa:
    p = para(indent=3, space=5)
    font(p.add_run("○" + sp + "　"), "IPAexGothic", 10.5, True)
    font(p.add_run(tx))
    statements.append({"speaker": sp, "section": S7, "text": tx, "page": P})
    for x in fa:
        g.f(P, *x)
para("", space=4)
para("以上", align="r")
pagebreak()

# ---------------- page 4: 別表 ----------------
P = 4
para("別表　主要債権の収納状況（令和７年９月末現在）", 11, True, gothic=True, space=2)
para("（単位：千円、％）", 8.5, align="r", space=1)
# abbreviated names (variation 45); legend under the table
rows = [("市税", "市税", 11824530, 6516482, 612340, 98412, 54.8),
        ("国保料", "国民健康保険料", 2318460, 1129090, 408120, 52316, 49.2),
        ("介護料", "介護保険料", 1642380, 934514, 58240, 6102, 56.8),
        ("後期高齢", "後期高齢者医療保険料", 1084220, 611810, 12806, 3015, 56.3),
        ("保育料", "保育所保育料", 186420, 101040, 21380, 2893, 53.4),
        ("住宅使用料", "市営住宅使用料", 98640, 52381, 31260, 3402, 52.7),
        ("下水道", "下水道使用料", 1208760, 698663, 48310, 9820, 57.1)]
hdr1 = ["区分", "現年度分", "", "", "滞納繰越分", "", "", "前年同月", "前年同月比"]
hdr2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "現年収納率", "（ポイント）"]
t = doc.add_table(rows=2 + len(rows) + 1, cols=9)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [20, 23, 23, 12, 20, 18, 12, 17, 19]
t.autofit = False
grid = t._tbl.tblGrid
for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
for j, w in enumerate(widths):
    for rr in t.rows:
        rr.cells[j].width = Mm(w)
for j, h in enumerate(hdr1):
    cell_text(t.cell(0, j), h, 8.5, "c", True, True); shade(t.cell(0, j))
for j, h in enumerate(hdr2):
    cell_text(t.cell(1, j), h, 8.5, "c", True, True); shade(t.cell(1, j))
t.cell(0, 1).merge(t.cell(0, 3)); cell_text(t.cell(0, 1), "現年度分", 8.5, "c", True, True)
t.cell(0, 4).merge(t.cell(0, 6)); cell_text(t.cell(0, 4), "滞納繰越分", 8.5, "c", True, True)
t.cell(0, 0).merge(t.cell(1, 0)); cell_text(t.cell(0, 0), "区分", 8.5, "c", True, True)
tot = [0, 0, 0, 0]
PY = 2024
for i, (ab, full, ca, cc, aa, ac, prev) in enumerate(rows):
    rc, ra = rate(cc, ca, 1), rate(ac, aa, 1)
    diff = round(rc - prev, 1)
    vals = [ab, c(ca), c(cc), f"{rc:.1f}", c(aa), c(ac), f"{ra:.1f}", f"{prev:.1f}",
            ("△" if diff < 0 else "") + f"{abs(diff):.1f}"]
    for j, v in enumerate(vals):
        cell_text(t.cell(2 + i, j), v, 8.5, "l" if j == 0 else "r", gothic=(j == 0))
    if i % 2:
        for j in range(9):
            shade(t.cell(2 + i, j), "F2F2F2")
    tot = [tot[0] + ca, tot[1] + cc, tot[2] + aa, tot[3] + ac]
    F = lambda seg, m, v, u, raw, fy=2025, fyr="令和７年度", basis="interim", ao=ASOF: g.f(P, full, ab, fy, fyr, seg, m, basis, v, u, raw, ao)
    F("current", "assessed", ca * 1000, "yen", c(ca)); F("current", "collected", cc * 1000, "yen", c(cc))
    F("current", "collection_rate", rc, "percent", f"{rc:.1f}")
    F("arrears", "assessed", aa * 1000, "yen", c(aa)); F("arrears", "collected", ac * 1000, "yen", c(ac))
    F("arrears", "collection_rate", ra, "percent", f"{ra:.1f}")
    F("current", "collection_rate", prev, "percent", f"{prev:.1f}", PY, "前年同月", "interim", "2024-09-30")
    F("current", "difference", diff, "points", vals[8])
i = len(rows)
rc, ra = rate(tot[1], tot[0], 1), rate(tot[3], tot[2], 1)
prev_tot = 54.9
diff = round(rc - prev_tot, 1)
vals = ["合計", c(tot[0]), c(tot[1]), f"{rc:.1f}", c(tot[2]), c(tot[3]), f"{ra:.1f}", f"{prev_tot:.1f}",
        ("△" if diff < 0 else "") + f"{abs(diff):.1f}"]
for j, v in enumerate(vals):
    cell_text(t.cell(2 + i, j), v, 8.5, "c" if j == 0 else "r", True, j == 0); shade(t.cell(2 + i, j), "E7E6E6")
G = lambda seg, m, v, u, raw, fy=2025, fyr="令和７年度", ao=ASOF: g.f(P, None, "合計", fy, fyr, seg, m, "interim", v, u, raw, ao)
G("current", "assessed", tot[0] * 1000, "yen", c(tot[0])); G("current", "collected", tot[1] * 1000, "yen", c(tot[1]))
G("current", "collection_rate", rc, "percent", f"{rc:.1f}")
G("arrears", "assessed", tot[2] * 1000, "yen", c(tot[2])); G("arrears", "collected", tot[3] * 1000, "yen", c(tot[3]))
G("arrears", "collection_rate", ra, "percent", f"{ra:.1f}")
G("current", "collection_rate", prev_tot, "percent", f"{prev_tot:.1f}", 2024, "前年同月", "2024-09-30")
G("current", "difference", diff, "points", vals[8])
para("", space=1)
para("（注）国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料、下水道＝下水道使用料", 8, space=1)
para("※　市税の滞納繰越分調定額のうち、固定資産税分　241,806千円", 8, space=6)
g.f(P, "固定資産税", "固定資産税", 2025, "令和７年度", "arrears", "assessed", "interim", 241806000, "yen", "241,806千円", ASOF)

# 【収納率】 heading over segment-labelled bullets (variation 11)
para("【収納率】令和７年９月末時点（全債権）", 10, True, gothic=True, space=1)
para(f"・現年度分　{zen(f'{rc:.1f}')}％", indent=6, space=0)
para(f"・滞納繰越分　{zen(f'{ra:.1f}')}％", indent=6, space=6)
g.f(P, None, None, 2025, "令和７年９月末", "current", "collection_rate", "interim", rc, "percent", f"{zen(f'{rc:.1f}')}％", ASOF)
g.f(P, None, None, 2025, "令和７年９月末", "arrears", "collection_rate", "interim", ra, "percent", f"{zen(f'{ra:.1f}')}％", ASOF)

# 【参考】 one-cell box (variation 9), R6 settled, identity holds
A, C_, W = 18452630, 17968214, 46380
O = A - C_ - W
bx = doc.add_table(rows=1, cols=1); bx.style = "Table Grid"
cl = bx.cell(0, 0); cl.text = ""
lines = ["【参考】令和６年度決算（全債権・現年度分＋滞納繰越分）",
         f"・調定額：{c(A)}千円", f"・収入済額：{c(C_)}千円", f"・不納欠損額：{c(W)}千円",
         f"・収入未済額：{c(O)}千円", f"・収納率：{rate(C_, A):.2f}％"]
for k, ln in enumerate(lines):
    p = cl.paragraphs[0] if k == 0 else cl.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    font(p.add_run(ln), "IPAexGothic" if k == 0 else "IPAexMincho", 9, k == 0)
for m, v, raw in (("assessed", A, lines[1]), ("collected", C_, lines[2]), ("written_off", W, lines[3]), ("outstanding", O, lines[4])):
    g.f(P, None, None, 2024, "令和６年度", "total", m, "actual", v * 1000, "yen", raw.split("：")[1])
g.f(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", rate(C_, A), "percent", f"{rate(C_, A):.2f}％")

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": att, "agenda": agenda, "materials": mats, "statements": statements}

work = Path("/tmp/sj_work"); work.mkdir(exist_ok=True)
dx = work / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dx)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
out = SET / "pdf" / f"{STEM}.pdf"
shutil.copy(work / f"{STEM}.pdf", out)
ok = g.write(out)
sys.exit(0 if ok else 1)
