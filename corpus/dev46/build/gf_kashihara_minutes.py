#!/usr/bin/env python3
"""gf_kashihara_minutes_1: 橿原市議会 総務常任委員会記録（令和７年度第２回） (kind minutes).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev46:  python3 build/gf_kashihara_minutes.py
All names and figures are invented; the layout follows real council committee records.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gf_common import Facts, Inits, PDF_DIR, WORK, comma, rate, write_gold  # noqa: E402

STEM = "gf_kashihara_minutes_1"
CITY = "橿原市"
TITLE = "橿原市議会総務常任委員会記録"
F = Facts()
I = Inits()

FW = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


def z(s) -> str:
    return str(s).translate(FW)


def zr(v: float, nd: int = 2) -> str:
    return z(f"{v:.{nd}f}")


def man_approx(yen: int, step_man: int = 10) -> tuple[str, int]:
    """約X億Y万円 rounded to step_man 万円; returns (text, value in yen)."""
    m = round(yen / 10000 / step_man) * step_man
    oku, rest = divmod(m, 10000)
    if oku and rest:
        t = f"約{z(oku)}億{z(f'{rest:,}')}万円"
    elif oku:
        t = f"約{z(oku)}億円"
    else:
        t = f"約{z(f'{rest:,}')}万円"
    return t, m * 10000


# ------------------------------------------------------------------ 資料１ data (千円), 令和６年度決算
# name, seg rows: (区分, a, rate-goal, w, prev_rate)
ROWS = [
    ("市税", "市税", [("現年課税分", "current", 15842316, 99.21, 0, 99.12),
                    ("滞納繰越分", "arrears", 702514, 28.64, 41208, 27.20)], 95.91),
    ("国民健康保険税", "国民健康保険税", [("現年課税分", "current", 2612405, 94.12, 0, 92.92),
                                ("滞納繰越分", "arrears", 842330, 21.50, 58412, 20.15)], 75.61),
    ("介護保険料", "介護保険料", [("計", "total", 2705118, 98.52, 5210, 98.31)], None),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", [("計", "total", 1012604, 99.51, 512, 99.46)], None),
    ("保育所保育料", "保育所保育料", [("計", "total", 352410, 94.52, 930, 93.87)], None),
    ("市営住宅使用料", "市営住宅使用料", [("計", "total", 268412, 93.10, 2104, 92.64)], None),
    ("下水道使用料", "下水道使用料", [("計", "total", 1845230, 98.74, 1412, 98.69)], None),
]
T = {}   # (debt, seg) -> dict(a,c,w,o,r,prev)
for n, raw, segs, prev_total in ROWS:
    acc = dict(a=0, c=0, w=0)
    for lab, s, a, rg, w, prev in segs:
        c = round(a * rg / 100)
        x = dict(a=a, c=c, w=w, o=a - c - w, prev=prev, lab=lab)
        x["r"] = rate(c, a)
        T[(n, s)] = x
        for k in "acw":
            acc[k] += x[k]
    if len(segs) > 1:
        acc["o"] = acc["a"] - acc["c"] - acc["w"]
        acc["r"] = rate(acc["c"], acc["a"])
        acc["prev"] = prev_total
        acc["lab"] = "計"
        T[(n, "total")] = acc
TOTAL = dict(a=0, c=0, w=0)
for n, raw, segs, _ in ROWS:
    for k in "acw":
        TOTAL[k] += T[(n, "total")][k]
TOTAL["o"] = TOTAL["a"] - TOTAL["c"] - TOTAL["w"]
TOTAL["r"] = rate(TOTAL["c"], TOTAL["a"])
TOTAL["prev"] = 93.87
TOTAL["lab"] = "計"
NOTE = {  # 備考 with figures in text: (text, seg, metric, value 千円)
    "介護保険料": ("収入未済額のうち滞納繰越分 18,412千円", "arrears", "outstanding", 18412),
    "後期高齢者医療保険料": ("収入未済額のうち現年度分 2,131千円", "current", "outstanding", 2131),
    "保育所保育料": ("収入未済額のうち滞納繰越分 15,702千円", "arrears", "outstanding", 15702),
}
# 資料２ long format: (debt, raw, year, outstanding 千円)
HIST = {
    "市税": {2022: 598214, 2023: 561870},
    "国民健康保険税": {2022: 1032581, 2023: 916402},
}
HIST["市税"][2024] = T[("市税", "total")]["o"]
HIST["国民健康保険税"][2024] = T[("国民健康保険税", "total")]["o"]
HIST_TOTAL = {2022: 1784230, 2023: 1652118, 2024: TOTAL["o"]}
# interim (令和７年８月末) 市税現年課税分
INT_R7, INT_R6 = 45.32, 44.91
DELINQ = (2156, 2340)  # 滞納者数 R6末, R5末
HOIKU_R2 = 32_140_000  # 保育所保育料 収入未済額 令和二年度末 (yen)


# ------------------------------------------------------------------ docx helpers
def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)


def para(doc_or_cell, text="", *, font="IPAexMincho", size=10.5, bold=False, align=None, indent_first=None,
         left=None, space_after=2, line=1.35, hanging=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = line
    if align:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.left_indent = Pt(hanging)
        pf.first_line_indent = Pt(-hanging)
    return p


def cell_text(cell, text, *, size=9, bold=False, align=None, font="IPAexGothic", shade=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = 1.1
        if align:
            p.alignment = align
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def vertical(cell):
    tcpr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcpr.append(td)


def borders(table, sz=4):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def widths(table, mm):
    """Fixed column widths (gridCol + tcW + fixed layout) so LibreOffice keeps them."""
    tbl = table._element
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "45")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ minutes content
MEMBERS = [("委員長", "森田 敬一"), ("副委員長", "吉村 さおり"), ("委員", "川端 正明"), ("委員", "中尾 博之"),
           ("委員", "西岡 ゆかり"), ("委員", "上田 康平"), ("委員", "奥野 隆"), ("委員", "岸本 直樹")]
STAFF = [("総務部長", "辻本 浩二"), ("収納対策課長", "松井 亮"), ("債権管理課長", "北村 智子"),
         ("子ども・若者部長", "藤田 修"), ("国保医療課長", "今西 健")]
OFFICE = [("議会事務局次長", "堀内 誠"), ("議事調査課主査", "林 千尋")]
AGENDA = ["令和６年度債権管理の状況について（報告）", "市税等の収納対策について（所管事務調査）"]
MATERIALS = ["資料１　令和６年度 市税等の収納状況（決算）", "資料２　主要債権の収入未済額の推移"]

STATEMENTS: list[dict] = []   # speaker, section, text, page


def say(doc, speaker: str, text: str, section: str, page: int):
    p = para(doc, "", hanging=10.5, space_after=3, line=1.45)
    r = p.add_run("○" + speaker + "　")
    set_font(r, "IPAexGothic", 10.5, True)
    r = p.add_run(text)
    set_font(r, "IPAexMincho", 10.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})


def fact(**kw):
    F.add(**kw)


def build_doc() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    # footer page number field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ ")
    set_font(r, "IPAexMincho", 9)
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = txt
            r._element.append(it)
    set_font(r, "IPAexMincho", 9)
    r = fp.add_run(" －")
    set_font(r, "IPAexMincho", 9)

    # ---------------- page 1
    pg = 1
    para(doc, "令和７年度第２回", font="IPAexGothic", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "橿原市議会　総務常任委員会記録", font="IPAexGothic", size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=8)
    t = doc.add_table(rows=0, cols=2)
    borders(t, 4)
    mem = "\n".join(
        "　".join(f"{r}　{n}" for r, n in MEMBERS[i:i + 2]) for i in range(0, len(MEMBERS), 2))
    staff = "\n".join(f"{r}　{n}" for r, n in STAFF)
    office = "\n".join(f"{r}　{n}" for r, n in OFFICE)
    info = [
        ("開催日時", "令和７年９月１６日（火）　午前１０時００分開会　午前１１時５４分閉会"),
        ("場　　所", "第２委員会室"),
        ("出席委員\n（８名）", mem),
        ("欠席委員", "な　し"),
        ("説 明 員\n（５名）", staff),
        ("事務局職員\n（２名）", office),
        ("付議事件", "\n".join(f"{z(i + 1)}　{a}" for i, a in enumerate(AGENDA))),
        ("配付資料", "\n".join(MATERIALS)),
    ]
    for k, v in info:
        row = t.add_row()
        cell_text(row.cells[0], k, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, shade="EDEDED")
        cell_text(row.cells[1], v, size=9.5, font="IPAexMincho")
    widths(t, [28, 138])
    para(doc, "", space_after=4)
    para(doc, "（午前１０時００分　開会）", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    s1 = AGENDA[0]
    say(doc, "森田委員長", "ただいまから総務常任委員会を開会いたします。本日の委員会は、お手元の日程により、"
        "付議事件２件について審査を行います。まず、「令和６年度債権管理の状況について」、理事者から報告を求めます。"
        "辻本総務部長。", s1, pg)
    # 総務部長 report: figures from 資料
    out_t, out_v = man_approx(TOTAL["o"] * 1000, 100)
    d_yen = (HIST_TOTAL[2023] - HIST_TOTAL[2024]) * 1000
    d_t, d_v = man_approx(d_yen, 100)
    sz = T[("市税", "current")], T[("市税", "arrears")], T[("市税", "total")]
    dpt = round(sz[2]["r"] - sz[2]["prev"], 2)
    txt = (f"それでは、お手元の資料１に基づき、令和６年度の債権管理の状況について御報告申し上げます。"
           f"令和６年度決算における主要７債権の収入未済額は{out_t}で、前年度と比べて{d_t}減少いたしました。"
           f"このうち市税につきましては、現年課税分の収納率が{zr(sz[0]['r'])}％、滞納繰越分が{zr(sz[1]['r'])}％、"
           f"合計で{zr(sz[2]['r'])}％となり、合計の収納率は前年度比{zr(dpt)}ポイントの上昇となっております。"
           f"各債権の詳細は資料１及び資料２のとおりでございます。以上で報告を終わります。")
    say(doc, "辻本総務部長", txt, s1, pg)
    fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
         basis="actual", value=out_v, unit="yen", raw=out_t, page=pg, approx=True)
    fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="difference",
         basis="actual", value=-d_v, unit="yen", raw=d_t, page=pg, approx=True)
    for x, s in zip(sz, ("current", "arrears", "total")):
        fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg=s, metric="collection_rate",
             basis="actual", value=x["r"], unit="percent", raw=zr(x["r"]) + "％", page=pg)
    fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="difference",
         basis="actual", value=dpt, unit="points", raw=zr(dpt) + "ポイント", page=pg)

    say(doc, "森田委員長", "報告が終わりました。これより質疑に入ります。質疑はありませんか。川端委員。", s1, pg)
    kc, ka = T[("国民健康保険税", "current")], T[("国民健康保険税", "arrears")]
    say(doc, "川端委員", f"資料１を見ますと、国民健康保険税の現年課税分の収納率が{zr(kc['r'])}％となっておりますが、"
        "市税と比べるとまだ低い水準にあると思います。前年度と比べてどうだったのか、また滞納繰越分の状況もあわせて"
        "お聞かせください。", s1, pg)
    fact(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw=None, seg="current",
         metric="collection_rate", basis="actual", value=kc["r"], unit="percent", raw=zr(kc["r"]) + "％", page=pg)
    say(doc, "森田委員長", "今西国保医療課長。", s1, pg)
    page_break(doc)

    # ---------------- page 2
    pg = 2
    dk = round(kc["r"] - kc["prev"], 1)
    say(doc, "今西国保医療課長", f"令和６年度の国民健康保険税の現年課税分の収納率は{zr(kc['r'])}パーセントで、"
        f"前年度の{zr(kc['prev'])}パーセントから{zr(dk, 1)}ポイント改善しております。口座振替の勧奨と、"
        f"納期限後の早期の電話催告を強化したことが主な要因と考えております。また、滞納繰越分の収納率は"
        f"{zr(ka['r'])}パーセントでございまして、前年度を上回ってはおりますが、引き続き収納対策課と連携して"
        "財産調査と滞納処分を進めてまいります。", s1, pg)
    fact(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current",
         metric="collection_rate", basis="actual", value=kc["r"], unit="percent", raw=zr(kc["r"]) + "パーセント",
         page=pg)
    fact(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="前年度", seg="current",
         metric="collection_rate", basis="actual", value=kc["prev"], unit="percent",
         raw=zr(kc["prev"]) + "パーセント", page=pg)
    fact(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current",
         metric="difference", basis="actual", value=dk, unit="points", raw=zr(dk, 1) + "ポイント", page=pg)
    fact(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears",
         metric="collection_rate", basis="actual", value=ka["r"], unit="percent", raw=zr(ka["r"]) + "パーセント",
         page=pg)
    say(doc, "川端委員", "滞納者の数はどのように推移しているのでしょうか。差押えの件数とあわせて伺います。", s1, pg)
    say(doc, "森田委員長", "松井収納対策課長。", s1, pg)
    d6, d5 = DELINQ
    say(doc, "松井収納対策課長", f"市税の滞納者数は、令和６年度末で{z(f'{d6:,}')}人となり、前年度末の"
        f"{z(f'{d5:,}')}人から{z(d5 - d6)}人減少しております。差押えにつきましては、預貯金や給与を中心に"
        "１，２０４件を執行しております。", s1, pg)
    fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents",
         basis="actual", value=d6, unit="persons", raw=z(f"{d6:,}") + "人", page=pg)
    fact(debt="市税", debt_raw="市税", fy=2023, fy_raw="前年度末", seg="total", metric="delinquents",
         basis="actual", value=d5, unit="persons", raw=z(f"{d5:,}") + "人", page=pg)
    fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度末", seg="total", metric="difference",
         basis="actual", value=d6 - d5, unit="persons", raw=z(d5 - d6) + "人", page=pg)
    say(doc, "森田委員長", "ほかにありませんか。西岡委員。", s1, pg)
    say(doc, "西岡委員", "子どもに関する債権について伺います。保育所保育料の収入未済額は、ここ数年でどの程度"
        "減っているのでしょうか。", s1, pg)
    say(doc, "森田委員長", "藤田子ども・若者部長。", s1, pg)
    ho = T[("保育所保育料", "total")]
    h_t, h_v = man_approx(ho["o"] * 1000, 10)
    r2_t, r2_v = man_approx(HOIKU_R2, 10)
    dh_t, dh_v = man_approx(HOIKU_R2 - ho["o"] * 1000, 10)
    say(doc, "藤田子ども・若者部長", f"保育所保育料の収入未済額は、令和６年度末で{h_t}となっており、"
        f"令和二年度末の{r2_t}と比べますと{dh_t}の縮減となっております。児童手当からの申出による徴収を"
        "積極的に案内したことが効果を上げているものと考えております。なお、学校給食費は公会計化した"
        "令和元年度以降、教育委員会で同様の取組を進めております。", s1, pg)
    fact(debt="保育所保育料", debt_raw="保育所保育料", fy=2024, fy_raw="令和６年度末", seg="total",
         metric="outstanding", basis="actual", value=h_v, unit="yen", raw=h_t, page=pg, approx=True)
    fact(debt="保育所保育料", debt_raw="保育所保育料", fy=2020, fy_raw="令和二年度末", seg="total",
         metric="outstanding", basis="actual", value=r2_v, unit="yen", raw=r2_t, page=pg, approx=True)
    fact(debt="保育所保育料", debt_raw="保育所保育料", fy=2024, fy_raw="令和６年度末", seg="total",
         metric="difference", basis="actual", value=-dh_v, unit="yen", raw=dh_t, page=pg, approx=True)

    say(doc, "森田委員長", "上田委員。", s1, pg)
    say(doc, "上田委員", "回収の見込みのない債権の整理について伺います。令和６年度の不納欠損の状況はどうだったのでしょうか。",
        s1, pg)
    say(doc, "森田委員長", "北村債権管理課長。", s1, pg)
    w_t, w_v = man_approx(TOTAL["w"] * 1000, 100)
    say(doc, "北村債権管理課長", f"令和６年度の主要７債権の不納欠損額は{w_t}でございます。このうち私債権につきましては、"
        "債権管理条例に基づく債権放棄を１２件行い、議会に御報告させていただいたところでございます。"
        "今後も、時効の管理を徹底し、生活困窮等により回収が見込めない債権は適正に整理してまいります。", s1, pg)
    fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="written_off",
         basis="actual", value=w_v, unit="yen", raw=w_t, page=pg, approx=True)
    page_break(doc)

    # ---------------- page 3
    pg = 3
    say(doc, "森田委員長", "ほかに質疑はありませんか。（「なし」の声あり）質疑を終結いたします。本件は報告でございますので、"
        "御了承願います。次に、「市税等の収納対策について」を議題といたします。松井収納対策課長。", s1, pg)
    s2 = AGENDA[1]
    dpi = round(INT_R7 - INT_R6, 2)
    say(doc, "松井収納対策課長", f"今年度の市税の収納状況でございますが、令和７年８月末現在の現年課税分の収納率は"
        f"{zr(INT_R7)}％で、前年同月の{zr(INT_R6)}％と比べ{zr(dpi)}ポイント上回っております。"
        "今年度は、地方税統一ＱＲコードを活用したスマートフォン決済の周知に加え、納期限後２０日を経過した"
        "未納者へのＳＭＳによる催告を新たに開始いたしました。", s2, pg)
    fact(debt="市税", debt_raw="市税", fy=2025, fy_raw="令和７年８月末", seg="current", metric="collection_rate",
         basis="interim", as_of="2025-08-31", value=INT_R7, unit="percent", raw=zr(INT_R7) + "％", page=pg)
    fact(debt="市税", debt_raw="市税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate",
         basis="interim", as_of="2024-08-31", value=INT_R6, unit="percent", raw=zr(INT_R6) + "％", page=pg)
    fact(debt="市税", debt_raw="市税", fy=2025, fy_raw="令和７年８月末", seg="current", metric="difference",
         basis="interim", as_of="2025-08-31", value=dpi, unit="points", raw=zr(dpi) + "ポイント", page=pg)
    say(doc, "森田委員長", "説明が終わりました。質疑はありませんか。奥野委員。", s2, pg)
    say(doc, "奥野委員", "ＳＭＳによる催告は、どの程度の効果が出ているのか。また、費用対効果をどう見ているのか伺います。",
        s2, pg)
    say(doc, "森田委員長", "松井収納対策課長。", s2, pg)
    say(doc, "松井収納対策課長", "７月から８月にかけて約３，１００件を送信し、そのうち約４割の方から納付をいただいております。"
        "文書催告に比べ郵送料が不要であることから、費用対効果は高いものと考えており、年度後半も継続してまいります。",
        s2, pg)
    say(doc, "奥野委員", "効果が出ているということですので、引き続き取り組んでいただくよう要望しておきます。", s2, pg)
    say(doc, "森田委員長", "ほかにありませんか。（「なし」の声あり）以上で本件の調査を終わります。"
        "これをもちまして、本日の総務常任委員会を閉会いたします。", s2, pg)
    para(doc, "（午前１１時５４分　閉会）", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, "橿原市議会委員会条例第２８条の規定により、ここに署名する。", size=10, space_after=2, left=20)
    para(doc, "総務常任委員会委員長　森田 敬一", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    page_break(doc)

    # ---------------- page 4: 資料
    pg = 4
    para(doc, "資料１　令和６年度 市税等の収納状況（決算）", font="IPAexGothic", size=11, bold=True, space_after=1)
    para(doc, "（単位：千円、％、ポイント）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率※1", "前年度\n収納率", "前年度比※2", "備考"]
    t = doc.add_table(rows=1, cols=len(hdr))
    borders(t, 6)
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER, shade="D9E2F3")
    vertical(t.rows[0].cells[1])
    R = WD_ALIGN_PARAGRAPH.RIGHT

    def add_row(name, raw, seg, x, first, nrows, note=None):
        row = t.add_row()
        cells = row.cells
        if first:
            cell_text(cells[0], raw, size=7.5)
        cell_text(cells[1], x["lab"], size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        vals = [("assessed", x["a"]), ("collected", x["c"]), ("written_off", x["w"]), ("outstanding", x["o"])]
        for i, (m, v) in enumerate(vals):
            if v == 0:
                cell_text(cells[2 + i], "－", size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                continue
            cell_text(cells[2 + i], comma(v), size=7.5, align=R)
            fact(debt=name, debt_raw=raw, fy=2024, fy_raw="令和６年度", seg=seg, metric=m, basis="actual",
                 value=v * 1000, unit="yen", raw=comma(v), page=pg)
        rtxt = f"{x['r']:.2f}"
        if name is None:
            rtxt += "※3"
        cell_text(cells[6], rtxt, size=7.5, align=R)
        fact(debt=name, debt_raw=raw, fy=2024, fy_raw="令和６年度", seg=seg, metric="collection_rate",
             basis="actual", value=x["r"], unit="percent", raw=f"{x['r']:.2f}", page=pg)
        cell_text(cells[7], f"{x['prev']:.2f}", size=7.5, align=R)
        fact(debt=name, debt_raw=raw, fy=2023, fy_raw="前年度", seg=seg, metric="collection_rate",
             basis="actual", value=x["prev"], unit="percent", raw=f"{x['prev']:.2f}", page=pg)
        d = round(x["r"] - x["prev"], 2)
        dtxt = f"△{abs(d):.2f}" if d < 0 else f"{d:.2f}"
        cell_text(cells[8], dtxt, size=7.5, align=R)
        fact(debt=name, debt_raw=raw, fy=2024, fy_raw="令和６年度", seg=seg, metric="difference",
             basis="actual", value=d, unit="points", raw=dtxt, page=pg)
        if not note:
            cell_text(cells[9], "", size=6.8)
        if not first:
            cell_text(cells[0], "", size=7)
        if note:
            txt, nseg, nm, nv = note
            cell_text(cells[9], txt, size=6.8)
            fact(debt=name, debt_raw=raw, fy=2024, fy_raw="令和６年度", seg=nseg, metric=nm, basis="actual",
                 value=nv * 1000, unit="yen", raw=txt.split(" ")[-1], page=pg)
        return row

    for n, raw, segs, _ in ROWS:
        keys = [s for _, s, *_ in segs] + (["total"] if len(segs) > 1 else [])
        first_row = None
        for j, s in enumerate(keys):
            r_ = add_row(n, raw, s, T[(n, s)], j == 0, len(keys), NOTE.get(n) if j == 0 else None)
            if j == 0:
                first_row = r_
        if len(keys) > 1:
            a = first_row.cells[0]
            b = t.rows[len(t.rows) - 1].cells[0]
            a.merge(b)
    add_row(None, "合計", "total", TOTAL, True, 1)
    widths(t, [20, 14, 17, 17, 14, 16, 14, 12, 12, 30])
    para(doc, "※1　収納率＝収入済額÷調定額×100　　※2　前年度比の△は低下を示す。", size=7.5, space_after=0)
    para(doc, "※3　合計欄は上記７債権の合計。介護保険料以下の債権は現年度分と滞納繰越分の合計額。", size=7.5,
         space_after=0)
    para(doc, "出典：令和６年度橿原市歳入歳出決算書及び各債権所管課調べ（一部加工）", size=7.5, space_after=10)

    # 資料２ long format
    para(doc, "資料２　主要債権の収入未済額の推移", font="IPAexGothic", size=11, bold=True, space_after=1)
    t2 = doc.add_table(rows=1, cols=4)
    borders(t2, 6)
    for c, h in zip(t2.rows[0].cells, ["債権名", "年度", "収入未済額（千円）", "前年度比（千円）"]):
        cell_text(c, h, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, shade="D9E2F3")
    series = [("市税", "市税", HIST["市税"]), ("国民健康保険税", "国民健康保険税", HIST["国民健康保険税"]),
              (None, "主要７債権計", HIST_TOTAL)]
    for n, raw, hist in series:
        prev = None
        for y in (2022, 2023, 2024):
            row = t2.add_row().cells
            cell_text(row[0], raw, size=8)
            cell_text(row[1], f"{y}年度", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
            v = hist[y]
            cell_text(row[2], comma(v), size=8, align=R)
            fact(debt=n, debt_raw=raw, fy=y, fy_raw=f"{y}年度", seg="total", metric="outstanding", basis="actual",
                 value=v * 1000, unit="yen", raw=comma(v), page=pg)
            if prev is None:
                cell_text(row[3], "－", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                d = v - prev
                dt = f"△{abs(d):,}" if d < 0 else f"{d:,}"
                cell_text(row[3], dt, size=8, align=R)
                fact(debt=n, debt_raw=raw, fy=y, fy_raw=f"{y}年度", seg="total", metric="difference",
                     basis="actual", value=d * 1000, unit="yen", raw=dt, page=pg)
            prev = v
    widths(t2, [40, 28, 40, 40])
    return doc


def main():
    doc = build_doc()
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    outdir = WORK / "lo_out"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(outdir / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")
    attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                 + [{"role": "説明員", "title": t_, "name": n} for t_, n in STAFF]
                 + [{"role": "事務局", "title": t_, "name": n} for t_, n in OFFICE])
    minutes = {"title": "橿原市議会 総務常任委員会記録", "meeting_number": 2, "date": "2025-09-16", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": STATEMENTS}
    out, n = write_gold(STEM, kind="minutes", family="minutes", municipality=CITY, title=TITLE,
                        date="2025-09-16", date_raw="令和７年９月１６日", facts=F, inits=I, minutes=minutes)
    print(f"{STEM}.pdf: {n} pages, {len(F.items)} facts, {len(STATEMENTS)} statements")


if __name__ == "__main__":
    main()
