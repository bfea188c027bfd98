"""pk_abashiri_committee_1: 令和７年度第１回網走市債権管理対策会議 資料 (committee_material)
python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev60."""
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pk_common import ROOT, Gold, fmt, fmt_f, rate, zen, check  # noqa: E402

STEM = "pk_abashiri_committee_1"
WORK = Path("/tmp/pk_work")
G = Gold()
K = 1000

# ---------------------------------------------------------------- data
# name, short, 所管, 区分, unit('千円'|'円'), cur assessed 2024, growth, cur rates 2020..2024, arr 2020, arr rates, wo,
# delinquent-count base, count unit, target cur/arr 2025, targets cur 2022..2024
DEBTS = [
    ("市税", "市税", "総務部 税務課", "強制徴収公債権", "千円", 3_912_450, 0.01,
     [98.42, 98.51, 98.60, 98.71, 98.85], 198_400, [20.4, 21.6, 22.3, 22.9, 23.4], 0.06, 1390, "persons",
     (98.90, 24.0), [98.60, 98.70, 98.80]),
    ("国民健康保険税", "国保税", "市民環境部 保険医療課", "強制徴収公債権", "千円", 742_318, -0.02,
     [92.86, 93.20, 93.51, 93.77, 94.02], 236_900, [16.8, 17.5, 18.2, 18.8, 19.5], 0.08, 812, "households",
     (94.20, 20.0), [93.50, 93.90, 94.20]),
    ("介護保険料", "介護保険料", "健康福祉部 介護福祉課", "強制徴収公債権", "千円", 684_950, 0.015,
     [98.92, 98.97, 99.01, 99.05, 99.10], 19_800, [15.5, 16.2, 16.9, 17.4, 18.1], 0.22, 305, "persons",
     (99.15, 18.5), [99.00, 99.10, 99.15]),
    ("市営住宅使用料", "住宅使用料", "建設港湾部 都市管理課", "私債権（非強制徴収）", "千円", 236_412, -0.01,
     [96.10, 96.35, 96.48, 96.70, 96.92], 46_200, [9.8, 10.5, 11.2, 12.0, 12.6], 0.05, 148, "persons",
     (97.00, 13.0), [96.50, 96.80, 97.00]),
    ("水道料金", "水道料金", "水道部 料金課", "私債権", "円", 1_035_284_600, -0.005,
     [99.02, 99.08, 99.12, 99.18, 99.21], 14_850_300, [55.1, 56.4, 57.2, 58.0, 58.6], 0.10, 265, "persons",
     (99.25, 59.0), [99.10, 99.20, 99.25]),
]
YEARS = [2020, 2021, 2022, 2023, 2024]
D = {}
for name, short, ka, kb, unit, base, g, cr, arr0, ar, wo, n0, nu, tg, tgs in DEBTS:
    rec, arr_a = {}, arr0
    for k, y in enumerate(YEARS):
        ca = round(base * (1 + g) ** (y - 2024))
        cc, ac, aw = round(ca * cr[k] / 100), round(arr_a * ar[k] / 100), round(arr_a * wo)
        r = dict(ca=ca, cc=cc, aa=arr_a, ac=ac, aw=aw, ta=ca + arr_a, tc=cc + ac)
        r["to"] = ca - cc + arr_a - ac - aw
        r["n"] = round(n0 * (1.04 ** (2024 - y)))
        rec[y] = r
        arr_a = r["to"]
    D[name] = rec

# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(17)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(13)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def run(p, text, size=None, bold=False, gothic=False, color=None):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", size=10, gothic=False, align=None, bold=False, indent=None, before=0, after=0):
    p = doc.add_paragraph()
    if text:
        run(p, text, size, bold, gothic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent[0])
        p.paragraph_format.first_line_indent = Mm(indent[1])
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def vert(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def borders(table, mode="all"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = mode == "all" or (mode == "box" and edge in ("top", "left", "bottom", "right"))
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    mar = OxmlElement("w:tblCellMar")
    for edge, w in (("top", 30), ("bottom", 30), ("left", 70), ("right", 70)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), str(w))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)


def ctext(cell, text, size=8.5, align="r", gothic=False, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = run(p, ln, size, bold, gothic)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, mm, h=6.2):
    for row in table.rows:
        row.height = Mm(h)
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- p1 次第 (no rules, tab-aligned)
para("令和７年度　第１回網走市債権管理対策会議", 14, True, "c", before=30)
para("日時　令和７年７月22日（火）　午後２時から", 10.5, align="c", before=8)
para("場所　網走市役所　３階　第１会議室", 10.5, align="c", after=14)
para("次　　第", 14, True, "c", after=12)
for t in ["１　開　会", "２　委員長あいさつ", "３　報　告",
          "　（１）令和６年度主要債権の収納状況（決算見込）について\t資料１",
          "　（２）債権別取組個票について\t資料２",
          "４　協　議", "　（１）令和７年度の重点取組について", "５　その他", "６　閉　会"]:
    p = para(t, 11, before=5)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(160))
para("", before=20)
para("【出席者】", 10.5, True, before=10)
for a, b in [("委員長", "副市長"), ("委　員", "総務部長"), ("委　員", "市民環境部長"), ("委　員", "健康福祉部長"),
             ("委　員", "建設港湾部長"), ("委　員", "水道部長"), ("事務局", "総務部税務課長・債権管理係長")]:
    p = para(f"\t{a}\t{b}", 10.5, before=2)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(10))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(35))
page_break()

# ---------------------------------------------------------------- p2 資料１ summary
P = 2
para("資料１", 10, True, "r")
para("令和６年度　主要債権の収納状況", 13, True, "c", before=4)
para("（令和６年度決算見込と令和５年度決算の比較）", 10.5, align="c", after=6)
para("１　収納率及び収入未済額（現年度分・滞納繰越分の計）", 10.5, True, after=3)
t = doc.add_table(rows=2 + len(DEBTS) + 1, cols=7)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["債権名", "収納率（％）", "", "", "収入未済額（千円）", "", ""]
for j, h in enumerate(hdr):
    ctext(t.cell(0, j), h, 9, "c", True)
t.cell(0, 1).merge(t.cell(0, 3))
t.cell(0, 4).merge(t.cell(0, 6))
t.cell(0, 0).merge(t.cell(1, 0))
ctext(t.cell(0, 0), "債権名", 9, "c", True)
ctext(t.cell(0, 1), "収納率（％）", 9, "c", True)
ctext(t.cell(0, 4), "収入未済額（千円）", 9, "c", True)
for j, h in enumerate(["前年度", "本年度", "差", "前年度", "本年度", "増減"]):
    ctext(t.cell(1, j + 1), h, 9, "c", True)
for i in range(2):
    for j in range(7):
        shade(t.cell(i, j), "D9E2F3")
sums = {2023: [0, 0, 0], 2024: [0, 0, 0]}
for i, (name, short, ka, kb, unit, *_r) in enumerate(DEBTS):
    row = t.rows[2 + i].cells
    ctext(row[0], name, 9, "l")
    div = 1000 if unit == "円" else 1  # table in 千円
    r3, r4 = D[name][2023], D[name][2024]
    ra3, ra4 = rate(r3["tc"], r3["ta"]), rate(r4["tc"], r4["ta"])
    o3, o4 = round(r3["to"] / div), round(r4["to"] / div)
    for y, rr in [(2023, r3), (2024, r4)]:
        sums[y][0] += rr["ta"] / div
        sums[y][1] += rr["tc"] / div
        sums[y][2] += rr["to"] / div
    dd = round(ra4 - ra3, 2)
    vals = [f"{ra3:.2f}", f"{ra4:.2f}", fmt_f(dd, 2, "▲"), fmt(o3), fmt(o4), fmt(o4 - o3, "▲")]
    for j, v in enumerate(vals):
        ctext(row[j + 1], v, 9)
    G.f(P, name, name, 2023, "前年度", "total", "collection_rate", "actual", ra3, "percent", vals[0])
    G.f(P, name, name, 2024, "本年度", "total", "collection_rate", "estimate", ra4, "percent", vals[1])
    G.f(P, name, name, 2024, "本年度", "total", "difference", "estimate", dd, "points", vals[2])
    G.f(P, name, name, 2023, "前年度", "total", "outstanding", "actual", o3 * K, "yen", vals[3])
    G.f(P, name, name, 2024, "本年度", "total", "outstanding", "estimate", o4 * K, "yen", vals[4])
    G.f(P, name, name, 2024, "本年度", "total", "difference", "estimate", (o4 - o3) * K, "yen", vals[5])
    if i % 2:
        for c in row:
            shade(c, "F2F2F2")
row = t.rows[-1].cells
ra3, ra4 = rate(sums[2023][1], sums[2023][0]), rate(sums[2024][1], sums[2024][0])
o3, o4 = round(sums[2023][2]), round(sums[2024][2])
dd = round(ra4 - ra3, 2)
vals = [f"{ra3:.2f}", f"{ra4:.2f}", fmt_f(dd, 2, "▲"), fmt(o3), fmt(o4), fmt(o4 - o3, "▲")]
ctext(row[0], "合　計", 9, "c", True)
for j, v in enumerate(vals):
    ctext(row[j + 1], v, 9, bold=False)
for c in row:
    shade(c, "E7E6E6")
G.f(P, None, "合計", 2023, "前年度", "total", "collection_rate", "actual", ra3, "percent", vals[0])
G.f(P, None, "合計", 2024, "本年度", "total", "collection_rate", "estimate", ra4, "percent", vals[1])
G.f(P, None, "合計", 2024, "本年度", "total", "difference", "estimate", dd, "points", vals[2])
G.f(P, None, "合計", 2023, "前年度", "total", "outstanding", "actual", o3 * K, "yen", vals[3])
G.f(P, None, "合計", 2024, "本年度", "total", "outstanding", "estimate", o4 * K, "yen", vals[4])
G.f(P, None, "合計", 2024, "本年度", "total", "difference", "estimate", (o4 - o3) * K, "yen", vals[5])
widths(t, [46, 19, 19, 17, 26, 26, 23], 7)
para("※ 水道料金は円単位の決算額を千円未満四捨五入して表示。合計の収納率は千円単位の合計値から算出。", 8, before=2)
para("※ 本年度は令和６年度決算見込（出納整理期間終了時点）、前年度は令和５年度決算。", 8)

para("２　不納欠損額の状況（単位：円）", 10.5, True, before=10, after=3)
t2 = doc.add_table(rows=3, cols=len(DEBTS) + 1)
borders(t2)
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
ctext(t2.cell(0, 0), "区分", 9, "c", True)
shade(t2.cell(0, 0), "D9E2F3")
for j, d in enumerate(DEBTS):
    ctext(t2.cell(0, j + 1), d[1], 9, "c", True)
    shade(t2.cell(0, j + 1), "D9E2F3")
for i, (y, lab, basis) in enumerate([(2023, "前年度", "actual"), (2024, "本年度", "estimate")]):
    ctext(t2.cell(i + 1, 0), f"不納欠損額（円）\n{lab}", 8.5, "l")
    for j, d in enumerate(DEBTS):
        v = D[d[0]][y]["aw"] * (1 if d[4] == "円" else 1000)
        # amounts in 千円-data are shown with plausible yen remainders
        v = v + (0 if d[4] == "円" else (37 * (j + 3) * (i + 2)) % 1000)
        ctext(t2.cell(i + 1, j + 1), fmt(v), 9)
        G.f(P, d[0], d[1], y, lab, "arrears", "written_off", basis, v, "yen", fmt(v))
widths(t2, [36] + [28] * len(DEBTS), 9)
para("※ 国保税＝国民健康保険税、住宅使用料＝市営住宅使用料。不納欠損額はすべて滞納繰越分に係るもの。", 8, before=2)
para("", before=6)
para("３　概況", 10.5, True, after=2)
r3, r4 = D["市税"][2023], D["市税"][2024]
c4 = rate(r4["cc"], r4["ca"])
c3 = rate(r3["cc"], r3["ca"])
dp = round(c4 - c3, 2)
G.f(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "estimate", c4, "percent", f"{c4:.2f}％")
G.f(P, "市税", "市税", 2024, "令和６年度", "current", "difference", "estimate", dp, "points", f"{dp:.2f}ポイント")
para(f"　令和６年度の市税の現年度分収納率は{c4:.2f}％の見込みで、前年度を{dp:.2f}ポイント上回った。"
     "国民健康保険税及び市営住宅使用料についても収納率は改善しているが、滞納繰越分の縮減が引き続き課題である。"
     "各債権の状況と令和７年度の取組は資料２（債権別取組個票）のとおり。", 10, indent=(0, 0))
page_break()

# ---------------------------------------------------------------- p3.. 取組個票
ITEMS = {
    "市税": [("(1)", "納期内納付の推進。口座振替の新規申込みを窓口・転入時に勧奨する。", "継続"),
            ("(2)ア", "給与・預貯金の差押えを優先し、滞納処分を早期に執行する。", "継続"),
            ("(2)イ", "捜索及びインターネット公売を年２回実施する。", "拡充"),
            ("(3)", "北海道と連携した個人住民税の特別徴収一斉指定を徹底する。", "継続"),
            ("(4)", "LINEを活用した納付案内を開始する。", "新規")],
    "国民健康保険税": [("(1)", "短期被保険者証の交付時に納付相談を実施し、分納誓約の履行を管理する。", "継続"),
                ("(2)", "税務課と共同で財産調査を行い、資力のある滞納世帯には差押えを執行する。", "拡充"),
                ("(3)", "資格喪失世帯に対する文書催告を喪失後２か月以内に行う。", "新規")],
    "介護保険料": [("(1)", "年金からの特別徴収への切替えを漏れなく行う。", "継続"),
               ("(2)", "滞納者に給付制限の内容を説明し、納付を促す。", "継続"),
               ("(3)", "地域包括支援センターと連携し、生活困窮者を福祉部門へつなぐ。", "新規")],
    "市営住宅使用料": [("(1)", "滞納２か月で本人・連帯保証人へ催告書を送付する。", "継続"),
                ("(2)", "６か月以上の滞納者には明渡し請求を行い、支払督促を申し立てる。", "拡充"),
                ("(3)", "退去者滞納分は債権回収会社への委託を検討する。", None)],
    "水道料金": [("①", "納期限後25日で督促状、50日で停水予告書を送付する。", "継続"),
             ("②", "停水予告後も納付のない使用者には給水停止を執行する。", "継続"),
             ("③", "閉栓済み使用者の滞納分は所在調査の上、文書催告を行う。", "拡充")],
}
YFORM = {
    "市税": {y: f"令和{zen(y - 2018)}年度" for y in YEARS},
    "国民健康保険税": {y: f"R{y - 2018}" for y in YEARS},
    "介護保険料": {y: f"令和{y - 2018}年度" for y in YEARS},
    "市営住宅使用料": {y: f"令和{zen(y - 2018)}年度" for y in YEARS},
    "水道料金": {y: f"{y}年度" for y in YEARS},
}
for idx, (name, short, ka, kb, unit, base, g, cr, arr0, ar, wo, n0, nu, tg, tgs) in enumerate(DEBTS):
    P = 3 + idx
    mult = K if unit == "千円" else 1
    para("資料２", 10, True, "r")
    para(f"債権別取組個票　{idx + 1}", 12, True, "c", after=4)
    hb = doc.add_table(rows=1, cols=3)
    borders(hb)
    ctext(hb.cell(0, 0), f"債権名　{name}", 10.5, "l", True)
    ctext(hb.cell(0, 1), f"所管課　{ka}", 10, "l")
    ctext(hb.cell(0, 2), f"債権区分　{kb}", 10, "l")
    shade(hb.cell(0, 0), "D9E2F3")
    widths(hb, [55, 68, 53])
    para("１　収納状況の推移", 10.5, True, before=6, after=2)
    yf = YFORM[name]
    cnt_label = "滞納世帯数（世帯）" if nu == "households" else "滞納者数（人）"
    rows_spec = [("現年度分", [("調定額", "current", "assessed"), ("収入済額", "current", "collected"), ("収納率（％）", "current", "collection_rate")]),
                 ("滞納繰越分", [("調定額", "arrears", "assessed"), ("収入済額", "arrears", "collected"), ("収納率（％）", "arrears", "collection_rate"), ("不納欠損額", "arrears", "written_off")]),
                 ("計", [("収入未済額", "total", "outstanding"), (cnt_label, "total", "delinquents")])]
    nrows = 1 + sum(len(r[1]) for r in rows_spec)
    tt = doc.add_table(rows=nrows, cols=2 + len(YEARS))
    borders(tt)
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    ctext(tt.cell(0, 0), "区分", 9, "c", True)
    tt.cell(0, 0).merge(tt.cell(0, 1))
    ctext(tt.cell(0, 0), "区　分", 9, "c", True)
    for j, y in enumerate(YEARS):
        ctext(tt.cell(0, 2 + j), yf[y] + ("\n（見込）" if y == 2024 else ""), 8.5, "c", True)
    for j in range(2 + len(YEARS)):
        shade(tt.cell(0, j), "D9E2F3")
    ri = 1
    for grp, items in rows_spec:
        top = tt.cell(ri, 0)
        if len(items) > 1:
            top = top.merge(tt.cell(ri + len(items) - 1, 0))
        ctext(top, grp, 9, "c", True)
        if grp != "計":
            vert(top)
        shade(top, "EDEDED")
        for lab, seg, met in items:
            ul = lab if ("（" in lab) else f"{lab}（{unit}）"
            ctext(tt.cell(ri, 1), ul, 8.5, "l")
            for j, y in enumerate(YEARS):
                r = D[name][y]
                basis = "estimate" if y == 2024 else "actual"
                key = {"assessed": "ca" if seg == "current" else "aa", "collected": "cc" if seg == "current" else "ac",
                       "written_off": "aw", "outstanding": "to", "delinquents": "n"}.get(met)
                if met == "collection_rate":
                    v = rate(r["cc"], r["ca"]) if seg == "current" else rate(r["ac"], r["aa"], 1)
                    txt = f"{v:.2f}" if seg == "current" else f"{v:.1f}"
                    G.f(P, name, name, y, yf[y], seg, met, basis, v, "percent", txt)
                elif met == "delinquents":
                    v = r["n"]
                    txt = fmt(v)
                    G.f(P, name, name, y, yf[y], seg, met, basis, v, nu, txt)
                else:
                    v = r[key]
                    txt = fmt(v)
                    G.f(P, name, name, y, yf[y], seg, met, basis, v * mult, "yen", txt)
                ctext(tt.cell(ri, 2 + j), txt, 8.5)
            if ri % 2 == 0:
                for j in range(1, 2 + len(YEARS)):
                    shade(tt.cell(ri, j), "F7F7F7")
            ri += 1
    widths(tt, [11, 41] + [24.8] * len(YEARS), 5.8)

    para("２　目標の達成状況（現年度分収納率）", 10.5, True, before=8, after=2)
    ta = doc.add_table(rows=4, cols=5)
    borders(ta)
    ta.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["年度", "目標（％）", "実績（％）", "差（ポイント）", "達成率（％）"]):
        ctext(ta.cell(0, j), h, 9, "c", True)
        shade(ta.cell(0, j), "D9E2F3")
    for i, y in enumerate([2022, 2023, 2024]):
        r = D[name][y]
        act = rate(r["cc"], r["ca"])
        tgv = tgs[i]
        basis = "estimate" if y == 2024 else "actual"
        lab = yf[y] + ("（見込）" if y == 2024 else "")
        dd = round(act - tgv, 2)
        ach = round(act / tgv * 100, 1)
        vals = [f"{tgv:.2f}", f"{act:.2f}", fmt_f(dd, 2, "▲"), f"{ach:.1f}"]
        ctext(ta.cell(i + 1, 0), lab, 9, "c")
        for j, v in enumerate(vals):
            ctext(ta.cell(i + 1, j + 1), v, 9)
        G.f(P, name, name, y, yf[y], "current", "collection_rate", "target", tgv, "percent", vals[0])
        G.f(P, name, name, y, yf[y], "current", "collection_rate", basis, act, "percent", vals[1])
        G.f(P, name, name, y, yf[y], "current", "difference", basis, dd, "points", vals[2])
        G.f(P, name, name, y, yf[y], "current", "achievement_rate", basis, ach, "percent", vals[3])
    widths(ta, [44, 32, 32, 34, 32], 6.5)

    para("３　令和７年度の目標（単位：％）", 10.5, True, before=8, after=2)
    r4 = D[name][2024]
    c4, a4 = rate(r4["cc"], r4["ca"]), rate(r4["ac"], r4["aa"], 1)
    p = para(f"　現年度分　{tg[0]:.2f}（{c4:.2f}）　　滞納繰越分　{tg[1]:.1f}（{a4:.1f}）　　※（　）内は令和６年度決算見込", 10)
    G.f(P, name, name, 2025, "令和７年度", "current", "collection_rate", "target", tg[0], "percent", f"{tg[0]:.2f}")
    G.f(P, name, name, 2024, "令和６年度決算見込", "current", "collection_rate", "estimate", c4, "percent", f"{c4:.2f}")
    G.f(P, name, name, 2025, "令和７年度", "arrears", "collection_rate", "target", tg[1], "percent", f"{tg[1]:.1f}")
    G.f(P, name, name, 2024, "令和６年度決算見込", "arrears", "collection_rate", "estimate", a4, "percent", f"{a4:.1f}")

    items = ITEMS[name]
    if name == "水道料金":
        para("４　滞納整理の進め方", 10.5, True, before=8, after=2)
        bx = doc.add_table(rows=1, cols=1)
        borders(bx, "box")
        c = bx.cell(0, 0)
        c.text = ""
        for k2, (lab, text, stt) in enumerate(items):
            pp = c.paragraphs[0] if k2 == 0 else c.add_paragraph()
            run(pp, f"{lab}　{text}" + (f"【{stt}】" if stt else ""), 9.5)
            pp.paragraph_format.left_indent = Mm(5)
            pp.paragraph_format.first_line_indent = Mm(-5)
            G.i(P, name, name, 2025, "滞納整理の進め方", lab, text + (f"【{stt}】" if stt else ""), stt)
    else:
        para("４　令和７年度の主な取組", 10.5, True, before=8, after=2)
        for lab, text, stt in items:
            shown = lab[-1] if lab.endswith(("ア", "イ")) else lab
            if lab == "(2)ア":
                para("(2)　滞納処分の強化", 9.5, indent=(6, -6))
            ind = (12, -5) if shown in ("ア", "イ") else (6, -6)
            para(f"{shown}　{text}" + (f"【{stt}】" if stt else ""), 9.5, indent=ind, before=1)
            G.i(P, name, name, 2025, "令和７年度の主な取組", lab, text + (f"【{stt}】" if stt else ""), stt)
    # 【参考】 box with label：value bullets
    r4, r3 = D[name][2024], D[name][2023]
    sz = 40 + 17 * idx
    para("", 6, before=4)
    bx = doc.add_table(rows=1, cols=1)
    borders(bx, "box")
    c = bx.cell(0, 0)
    c.text = ""
    p0 = c.paragraphs[0]
    run(p0, "【参考】令和６年度の滞納整理状況（見込）", 9.5, True, True)
    cl = "滞納世帯数" if nu == "households" else "滞納者数"
    cu = "世帯" if nu == "households" else "人"
    for line in [f"・差押件数：{sz}件（前年度{sz - 6}件）",
                 f"・{cl}：{fmt(r4['n'])}{cu}（前年度{fmt(r3['n'])}{cu}）",
                 f"・収入未済額：{fmt(r4['to'])}{unit}"]:
        run(c.add_paragraph(), line, 9.5)
    G.f(P, name, name, 2024, "令和６年度", None, "seizures", "estimate", sz, "cases", f"{sz}件")
    G.f(P, name, name, 2023, "前年度", None, "seizures", "actual", sz - 6, "cases", f"{sz - 6}件")
    G.f(P, name, name, 2024, "令和６年度", "total", "delinquents", "estimate", r4["n"], nu, f"{fmt(r4['n'])}{cu}")
    G.f(P, name, name, 2023, "前年度", "total", "delinquents", "actual", r3["n"], nu, f"{fmt(r3['n'])}{cu}")
    G.f(P, name, name, 2024, "令和６年度", "total", "outstanding", "estimate", r4["to"] * mult, "yen", f"{fmt(r4['to'])}{unit}")
    if idx < len(DEBTS) - 1:
        page_break()

dp = WORK / f"{STEM}.docx"
doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dp)],
               check=True, capture_output=True)
shutil.copy(WORK / f"{STEM}.pdf", ROOT / "pdf" / f"{STEM}.pdf")
G.write(STEM, {"kind": "committee_material", "family": "kobetsu", "municipality": "網走市",
               "title": "令和７年度 第１回網走市債権管理対策会議 資料", "date": "2025-07-22",
               "date_raw": "令和７年７月22日（火）"})
bad = check(STEM)
print(STEM, len(G.facts), "facts", len(G.inits), "initiatives", "problems:", len(bad))
for b in bad[:30]:
    print(b)
