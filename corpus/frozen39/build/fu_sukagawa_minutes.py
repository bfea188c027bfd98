"""fu_sukagawa_minutes_1: 須賀川市債権管理対策会議 会議録 (python-docx -> LibreOffice). Run from corpus/frozen39."""
import json
import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import Gold, ROOT, WORK, c, r2, rate, zen, check, soffice_pdf  # noqa: E402

STEM = "fu_sukagawa_minutes_1"
TITLE = "令和７年度第２回須賀川市債権管理対策会議 会議録"
G = Gold(STEM, "minutes", "minutes", "須賀川市", TITLE, "2025-11-18", "令和７年１１月１８日")


def seg(a, r, wo=0):
    col = round(a * r / 100)
    return {"a": a, "c": col, "w": wo, "o": a - col - wo}


def tot(*ss):
    return {k: sum(s[k] for s in ss) for k in "acwo"}


def rt(s):
    return rate(s["c"], s["a"])


# (canonical, short, full) ; R5 and R6: (cur a, cur rate, arr a, arr rate, wo)
DEBTS = [("市税", "市税", "市税", (10712450, 99.22, 451230, 26.85, 24510), (10845230, 99.31, 412560, 28.90, 21034)),
         ("国民健康保険税", "国保税", "国民健康保険税", (1912330, 93.10, 986540, 24.26, 61220), (1875410, 93.72, 921870, 26.31, 58340)),
         ("介護保険料", "介護料", "介護保険料", (1401220, 99.05, 21450, 20.10, 5120), (1428870, 99.12, 19980, 22.40, 4630)),
         ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", (712880, 99.51, 5120, 40.20, 310), (731540, 99.55, 4870, 43.10, 285)),
         ("保育所保育料", "保育料", "保育所保育料", (215430, 98.40, 14320, 21.30, 980), (208760, 98.66, 13110, 23.80, 870)),
         ("市営住宅使用料", "住宅使用料", "市営住宅使用料", (231870, 97.30, 48760, 14.90, 2310), (229440, 97.52, 46230, 16.20, 2140))]
D = {}
for name, short, full, r5, r6 in DEBTS:
    D[name] = {}
    for y, (ca, cr, aa, ar, wo) in ((2023, r5), (2024, r6)):
        cu, arr = seg(ca, cr), seg(aa, ar, wo)
        D[name][y] = {"current": cu, "arrears": arr, "total": tot(cu, arr)}


def okuman(v):
    v = int(abs(v))
    oku, man = divmod(v // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25

# page number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), tag)
    else:
        el = OxmlElement("w:instrText")
        el.text = txt
    r._r.append(el)


def P(text="", bold=False, size=None, align=None, indent=0.0, first=0.0, gothic=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(first)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if gothic:
        run.font.name = "IPAexGothic"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = Cm(w)


# ---------------- page 1 ----------------
G.page = 1
P(TITLE, bold=True, size=14, align="c", gothic=True)
P("")
P("１　日　　時　　令和７年１１月１８日（火）午前１０時００分から午前１１時３０分まで")
P("２　場　　所　　須賀川市役所　本庁舎４階　庁議室")
P("３　開催方法　　対面")
P("４　出 席 者　　委員長１名、委員８名、事務局３名（計１２名）")
ATT = [("委員長", "副市長", "安藤　誠一"), ("委員", "総務部長", "渡部　修"), ("委員", "財務部長", "佐久間　隆"),
       ("委員", "市民協働部長", "吉田　和美"), ("委員", "生活環境部長", "国分　浩二"), ("委員", "健康福祉部長", "鈴木　直樹"),
       ("委員", "こども・子育て部長", "矢吹　恵子"), ("委員", "建設部長", "円谷　昭"), ("委員", "上下水道部長", "関根　貴之"),
       ("事務局", "収納課長", "橋本　亮"), ("事務局", "収納課主幹兼課長補佐", "小林　悟"), ("事務局", "収納課債権管理係長", "村上　由佳")]
tbl = doc.add_table(rows=0, cols=3)
for role, title, name in ATT:
    row = tbl.add_row().cells
    row[0].text, row[1].text, row[2].text = role, title, name
set_widths(tbl, (2.5, 6.0, 4.0))
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
P("５　議　　題")
AGENDA = ["令和６年度主要債権の決算状況について", "令和７年度１０月末現在の収納状況について", "私債権の放棄の報告について"]
for i, a in enumerate(AGENDA, 1):
    P(f"（{zen(i)}）{a}", indent=0.8)
P("６　資　　料")
MATS = ["資料１　令和６年度主要債権の決算状況", "資料２　令和７年度１０月末現在の収納状況", "資料３　私債権の放棄に係る報告書"]
for m in MATS:
    P(m, indent=0.8)
P("７　会議の経過")
P("（１）開会", indent=0.4)
STATEMENTS = []


def say(speaker, section, text, page):
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})
    p = P("", indent=0.0)
    p.paragraph_format.left_indent = Cm(0.4)
    p.paragraph_format.first_line_indent = Cm(0)
    run = p.add_run("○" + speaker + "　")
    run.font.name = "IPAexGothic"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run(text)


say("委員長", "開会", "ただいまから令和７年度第２回須賀川市債権管理対策会議を開会する。本日は令和６年度の決算状況と今年度１０月末の収納状況について事務局から報告を受け、"
    "各部から所管債権の状況を伺いたい。", 1)

# ---------------- page 1 (cont.) ----------------
G.page = 1
P("（２）議題（１）令和６年度主要債権の決算状況について", indent=0.4)
tx = D["市税"]
v6, v5 = rt(tx[2024]["total"]), rt(tx[2023]["total"])
dp = round(v6 - v5, 2)
o6, o5 = tx[2024]["total"]["o"] * 1000, tx[2023]["total"]["o"] * 1000
o6r = round(o6 / 1e6) * 1e6
do = round((o6 - o5) / 1e6) * 1e6
S = "令和６年度主要債権の決算状況について"
txt = ("資料１により説明する。令和６年度の市税の収納率は" + G.f(zen(r2(v6)) + "％", v6, "collection_rate", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度")
       + "で、前年度比" + G.f(zen(f"{dp:.2f}") + "ポイント上昇", dp, "difference", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", unit="points")
       + "した。収入未済額は" + G.f("約" + zen(okuman(o6r)), o6r, "outstanding", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", approx=True)
       + "で、前年度から" + G.f("約" + zen(okuman(do)) + "減少", do, "difference", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", approx=True)
       + "している。")
kx = D["国民健康保険税"]
k6, k5 = rt(kx[2024]["total"]), rt(kx[2023]["total"])
kd = round(k6 - k5, 1)
ko = round(kx[2024]["total"]["o"] * 1000 / 1e6) * 1e6
txt += ("国民健康保険税は収納率" + G.f(zen(r2(k6)) + "％", k6, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度")
        + "で、前年度から" + G.f(zen(f"{kd:.1f}") + "ポイント改善", kd, "difference", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", unit="points")
        + "したものの、収入未済額は" + G.f("約" + zen(okuman(ko)), ko, "outstanding", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", approx=True)
        + "と依然として多額であり、引き続き滞納繰越分の整理を進める必要がある。詳細は別表１のとおりである。")
say("事務局（収納課長）", S, txt, 1)
say("健康福祉部長", S, "国民健康保険税の滞納繰越分について、収納率の推移を伺いたい。", 1)
ka = rt(kx[2024]["arrears"])
ka5 = rt(kx[2023]["arrears"])
say("事務局（収納課長）", S, "滞納繰越分の収納率は" + G.f(zen(r2(ka)) + "％", ka, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears")
    + "で、前年度の" + G.f(zen(r2(ka5)) + "％", ka5, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="前年度", seg="arrears")
    + "から上昇した。高額滞納案件を福島県地方税滞納整理機構へ引き継いだことと、預貯金差押えを早期に行ったことが要因と考えている。", 1)
hx = D["市営住宅使用料"]
h6 = rt(hx[2024]["current"])
say("建設部長", S, "市営住宅使用料は、現年度分の収納率が" + G.f(zen(r2(h6)) + "％", h6, "collection_rate", debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="current")
    + "となった。退去者の滞納分については、連帯保証人への請求と支払督促の申立てを計画的に進めている。", 1)
say("委員長", S, "国民健康保険税は収入未済額に占める割合が大きい。資格喪失者の追跡を含め、健康福祉部と収納課が連携して対応してほしい。", 1)

# ---------------- page 2 ----------------
pagebreak()
G.page = 2
S2 = "令和７年度１０月末現在の収納状況について"
P("（３）議題（２）令和７年度１０月末現在の収納状況について", indent=0.4)
AS = "2025-10-31"
T10 = {"市税": (62.41, 61.87), "国民健康保険税": (48.36, 47.52), "介護保険料": (59.12, 58.95), "保育所保育料": (96.80, 96.40)}
say("事務局（収納課長）", S2, "資料２により説明する。１０月末現在の市税現年分の収納率は" + G.f(zen("62.41") + "％", 62.41, "collection_rate", debt="市税", debt_raw="市税", fy=2025, fy_raw="１０月末現在", seg="current", basis="interim", as_of=AS)
    + "で、前年同月を" + G.f(zen("0.54") + "ポイント", 0.54, "difference", debt="市税", debt_raw="市税", fy=2025, fy_raw="１０月末現在", seg="current", basis="interim", as_of=AS, unit="points")
    + "上回っている。国民健康保険税の現年分は" + G.f(zen("48.36") + "％", 48.36, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2025, fy_raw="１０月末現在", seg="current", basis="interim", as_of=AS)
    + "で、前年同月比" + G.f(zen("0.84") + "ポイントの上昇", 0.84, "difference", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2025, fy_raw="１０月末現在", seg="current", basis="interim", as_of=AS, unit="points")
    + "となっている。各債権の状況は別表２のとおりである。", 2)
say("こども・子育て部長", S2, "保育所保育料の現年分は１０月末で" + G.f(zen("96.8") + "％", 96.8, "collection_rate", debt="保育所保育料", debt_raw="保育所保育料", fy=2025, fy_raw="１０月末", seg="current", basis="interim", as_of=AS)
    + "であり、前年同月を" + G.f(zen("0.4") + "ポイント", 0.4, "difference", debt="保育所保育料", debt_raw="保育所保育料", fy=2025, fy_raw="１０月末", seg="current", basis="interim", as_of=AS, unit="points")
    + "上回った。児童手当からの徴収の申出を勧奨しており、今後も継続する。", 2)
say("上下水道部長", S2, "下水道使用料は水道料金と一括で徴収しており、給水停止予告の効果もあって、現年分の滞納は少ない状況である。", 2)
say("財務部長", S2, "収納率は改善しているが、年度後半は納期が集中する。１２月の滞納整理強化月間に向けて、各課の催告計画を事務局に提出してもらいたい。", 2)
P("（４）議題（３）私債権の放棄の報告について", indent=0.4)
say("事務局（収納課長）", "私債権の放棄の報告について", "資料３により説明する。須賀川市債権管理条例に基づき、市営住宅使用料など３債権、計１４件について、債務者の死亡又は所在不明により徴収の見込みがないため放棄した。", 2)
say("委員長", "私債権の放棄の報告について", "報告のとおり了承する。次回は令和８年２月に開催し、令和８年度の債権管理計画の案を協議する。以上で本日の会議を終了する。", 2)

# ---------------- page 3: 別表 ----------------
pagebreak()
G.page = 3
P("別表１　主要債権の決算状況（令和６年度）", bold=True, gothic=True)
P("（単位：千円、％）", align="r", size=9)
heads = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（前年度）", "差"]
tb = doc.add_table(rows=1, cols=len(heads))


def set_borders(cell, top=None, bottom=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, val in (("top", top), ("bottom", bottom), ("left", None), ("right", None)):
        el = OxmlElement(f"w:{side}")
        if val:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(val))
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


def fill_cell(cell, text, right=False, size=8.5):
    cell.text = ""
    p = cell.paragraphs[0]
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    run.font.size = Pt(size)


for i, h in enumerate(heads):
    fill_cell(tb.rows[0].cells[i], h)
    set_borders(tb.rows[0].cells[i], top=12, bottom=8)
rows = []
for name, short, full, _, _ in DEBTS:
    rows.append((name, short, D[name][2024]["total"], D[name][2023]["total"]))
rows.append((None, "合計", tot(*[D[n][2024]["total"] for n in D]), tot(*[D[n][2023]["total"] for n in D])))
for ri, (name, short, s, s5) in enumerate(rows):
    cells = tb.add_row().cells
    last = ri == len(rows) - 1
    fill_cell(cells[0], short)
    for k, (key, m) in enumerate((("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")), start=1):
        fill_cell(cells[k], G.f(c(s[key]), s[key] * 1000, m, debt=name, debt_raw=short, fy=2024, fy_raw="令和６年度"), True)
    v, vp = rt(s), rt(s5)
    fill_cell(cells[5], G.f(r2(v), v, "collection_rate", debt=name, debt_raw=short, fy=2024, fy_raw="令和６年度") + "（"
              + G.f(r2(vp), vp, "collection_rate", debt=name, debt_raw=short, fy=2023, fy_raw="前年度") + "）", True)
    d = round(v - vp, 2)
    ds = f"{d:.2f}" if d >= 0 else f"▲{abs(d):.2f}"
    fill_cell(cells[6], G.f(ds, d, "difference", debt=name, debt_raw=short, fy=2024, fy_raw="令和６年度", unit="points"), True)
    if last:
        for cc in cells:
            set_borders(cc, top=6, bottom=12)
set_widths(tb, (2.2, 2.4, 2.4, 1.9, 2.2, 3.3, 1.3))
P("注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料。"
  "収納率欄の（　）内は令和５年度の収納率、差は収納率の対前年度差（ポイント）。", size=8.5)
P("")
P("別表２　令和７年度１０月末現在の収納状況（現年分）", bold=True, gothic=True)
P("（収納率の単位：％）", align="r", size=9)


def tabline(cols, bold=False):
    p = doc.add_paragraph()
    ts = p.paragraph_format.tab_stops
    for pos in (6.5, 9.5, 12.5):
        ts.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT)
    run = p.add_run("\t".join(cols))
    run.font.size = Pt(9.5)
    run.bold = bold
    return p


tabline(["債権名", "前年同期", "今期", "増減"], bold=True)
for name, (now, prev) in T10.items():
    short = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護料", "保育所保育料": "保育料"}[name]
    d = round(now - prev, 2)
    tabline([short,
             G.f(r2(prev), prev, "collection_rate", debt=name, debt_raw=short, fy=2024, fy_raw="前年同期", seg="current", basis="interim", as_of="2024-10-31"),
             G.f(r2(now), now, "collection_rate", debt=name, debt_raw=short, fy=2025, fy_raw="今期", seg="current", basis="interim", as_of=AS),
             G.f((f"{d:.2f}" if d >= 0 else f"▲{abs(d):.2f}"), d, "difference", debt=name, debt_raw=short, fy=2025, fy_raw="今期", seg="current", basis="interim", as_of=AS, unit="points")])
P("※ 前年同期は令和６年１０月末、今期は令和７年１０月末現在。増減の単位はポイント。", size=8.5)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": "対面",
             "attendees": [{"role": r_, "title": t_, "name": n_} for r_, t_, n_ in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": STATEMENTS}

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
out = soffice_pdf(docx_path, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(out, pdf)
gp = G.write(pdf)
errs = check(pdf, json.loads(gp.read_text()))
print(STEM, len(G.facts), "facts", len(G.inits), "inits", "errors:", len(errs))
for e in errs[:20]:
    print(" ", e)
