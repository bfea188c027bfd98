"""令和７年度第２回おおい町債権管理対策会議 会議録 (minutes, 書面開催) -- python-docx -> LibreOffice.

Run from corpus/dev51:  python3 build/md_oi_minutes.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
from md_common import PDF_DIR, WORK, Gold, c, oku_man, rate, r2, zen  # noqa: E402

STEM = "md_oi_minutes_1"
TITLE = "令和７年度第２回おおい町債権管理対策会議 会議録"
g = Gold(STEM, "minutes", "minutes", "おおい町", TITLE, "2026-01-23", "令和８年１月２３日（金）")
NOW, PREV = "2025-12-31", "2024-12-31"
FY, FYP = 2025, 2024


def coll_for(a: int, r: float) -> int:
    v = int(round(a * r / 100))
    while rate(v, a) != r:
        v += 1 if rate(v, a) < r else -1
    return v


# ----------------------------------------------------------------------------- data (円)
# name, canonical, (cur ass, rate) now, (arr ass, rate) now, (cur ass, rate) prev, (arr ass, rate) prev
RAW = [
    ("町税", "町税", (4_862_345_600, 84.62), (58_765_432, 21.34), (4_798_123_400, 84.20), (64_321_098, 22.49)),
    ("国民健康保険税", "国民健康保険料", (412_345_600, 68.45), (45_678_900, 16.82), (421_098_700, 67.92), (48_901_200, 15.77)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (98_765_400, 79.12), (1_234_500, 35.67), (95_432_100, 78.85), (1_456_700, 33.10)),
    ("介護保険料", "介護保険料", (312_456_700, 80.34), (6_543_200, 18.45), (308_765_400, 80.11), (7_012_300, 17.92)),
    ("保育料", "保育料", (28_765_400, 78.90), (3_456_700, 12.34), (30_123_400, 79.45), (3_210_900, 13.56)),
    ("町営住宅使用料", "町営住宅使用料", (45_678_900, 72.18), (8_765_400, 9.87), (46_123_400, 71.95), (9_123_400, 8.76)),
    ("水道料金", "水道料金", (156_789_000, 68.92), (2_345_600, 45.12), (154_321_000, 68.70), (2_567_800, 43.21)),
    ("下水道使用料", "下水道使用料", (198_765_400, 68.75), (3_123_400, 41.23), (195_432_100, 68.66), (3_345_600, 40.12)),
]
D = {}
for name, canon, cn, an, cp, ap in RAW:
    row = {}
    for per, (cur, arr) in (("now", (cn, an)), ("prev", (cp, ap))):
        ca, cc = cur[0], coll_for(cur[0], cur[1])
        aa, ac = arr[0], coll_for(arr[0], arr[1])
        row[per] = {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}
    D[name] = (canon, row)


def rt(name, per, seg):
    a, col = D[name][1][per][seg]
    return rate(col, a)


def outst(name, per, seg):
    a, col = D[name][1][per][seg]
    return a - col


# ----------------------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)


st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.25


def para(text="", size=10.5, font="IPAexMincho", align=None, indent_mm=0.0, first_mm=0.0, before=0, after=0, bold=False):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Mm(indent_mm)
    pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def cell_text(cell, text, size=8.5, font="IPAexMincho", align="l", fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.line_spacing = 1.0
    if fill:
        shade(cell, fill)


def set_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        i = 0
        for tc in tcs:
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths_mm[i:i + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.append(tcw)
            tcw.set(qn("w:w"), str(int(w * 56.7)))
            tcw.set(qn("w:type"), "dxa")
            i += n


statements = []


def statement(speaker: str, section: str, paras: list[str], page: int, marker="○"):
    """Print 「○speaker」 then the paragraphs; record the statement for the gold."""
    p = para(indent_mm=4, first_mm=-4, before=3)
    set_font(p.add_run(marker + speaker), "IPAexGothic", 10.5)
    p.add_run("　")
    set_font(p.runs[-1], "IPAexMincho", 10.5)
    set_font(p.add_run(paras[0]), "IPAexMincho", 10.5)
    for t in paras[1:]:
        para(t, indent_mm=4, first_mm=0 if t.startswith("・") or t.startswith("【") else 3.7)
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page})


# ============================================================================ page 1
g.page = 1
para(TITLE, 14, "IPAexGothic", align="c", after=10)
rows_meta = [
    ("１　開催日", "令和８年１月２３日（金）付けで各委員へ資料を送付し、書面により開催"),
    ("２　開催方法", "書面開催（意見・質問の提出期限：令和８年２月２日（月））"),
    ("３　出席者", "委員８名、事務局３名"),
]
for h, t in rows_meta:
    p = para(before=4)
    set_font(p.add_run(h), "IPAexGothic", 10.5)
    p2 = para(t, indent_mm=8)
ATT = [("委員長", "副町長"), ("副委員長", "総務課長"), ("委員", "税務課長"), ("委員", "住民福祉課長"),
       ("委員", "保健・医療課長"), ("委員", "子ども・子育て課長"), ("委員", "建設課長"), ("委員", "上下水道課長"),
       ("事務局", "税務課課長補佐"), ("事務局", "税務課収納係長"), ("事務局", "税務課主査")]
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
lines = [("委員長", "副町長"), ("副委員長", "総務課長"),
         ("委員", "税務課長、住民福祉課長、保健・医療課長、\n子ども・子育て課長、建設課長、上下水道課長"),
         ("事務局", "税務課課長補佐、税務課収納係長、税務課主査")]
for i, (a, b) in enumerate(lines):
    cell_text(t.rows[i].cells[0], a, 10, "IPAexGothic", "c", fill="EDEDED")
    cell_text(t.rows[i].cells[1], b, 10)
set_widths(t, [28, 132])
AGENDA = ["令和７年度町税等の収納状況（令和７年１２月末現在）について",
          "令和７年度債権管理の取組の中間報告について",
          "令和８年度おおい町債権管理計画の策定方針について"]
MATERIALS = ["資料１　令和７年度町税等収納状況一覧（令和７年１２月末現在）",
             "資料２　債権別取組状況報告書（中間報告）",
             "資料３　令和８年度おおい町債権管理計画策定方針（案）"]
p = para(before=8)
set_font(p.add_run("４　議題"), "IPAexGothic", 10.5)
for i, a in enumerate(AGENDA, 1):
    para(f"（{zen(str(i))}）{a}", indent_mm=8)
p = para(before=8)
set_font(p.add_run("５　配付資料"), "IPAexGothic", 10.5)
for m in MATERIALS:
    para(m, indent_mm=8)
p = para(before=8)
set_font(p.add_run("６　会議の経過"), "IPAexGothic", 10.5)
para("　令和８年１月２３日（金）付けで、議題に係る資料を各委員へ送付し、意見・質問の提出を求めた。提出期限までに、委員から意見・質問が３件提出され、事務局及び所管課が回答した。議題（３）の策定方針（案）については、異議なく了承された。", indent_mm=4)
para("　各議題に係る報告及び意見・質問の概要は、次ページ以降のとおりである。", indent_mm=4)

# ============================================================================ page 2: 議題(1)(2)
page_break()
g.page = 2
p = para(before=0, after=2)
set_font(p.add_run("７　議事の概要"), "IPAexGothic", 11)
S1 = "議題（１）令和７年度町税等の収納状況について"
p = para(before=2)
set_font(p.add_run("（１）" + AGENDA[0] + "（資料１）"), "IPAexGothic", 10.5)
tax = "町税"
rc, ra, rtot = rt(tax, "now", "current"), rt(tax, "now", "arrears"), rt(tax, "now", "total")
dc = round(rc - rt(tax, "prev", "current"), 2)
da = round(ra - rt(tax, "prev", "arrears"), 2)
o_now, o_prev = outst(tax, "now", "total"), outst(tax, "prev", "total")
t_on, v_on = oku_man(o_now)
t_od, v_od = oku_man(o_prev - o_now, 100_000)
s_tax = [
    "資料１により、令和７年１２月末現在の町税等の収納状況を報告する。町税の収納率は次のとおり。",
    "【収納率】令和７年１２月末時点",
    "・現年分　" + g.f(r2(rc) + "％", rc, "percent", "collection_rate", "interim", FY, "令和７年１２月末", "current", "町税", "町税", as_of=NOW),
    "・滞繰分　" + g.f(r2(ra) + "％", ra, "percent", "collection_rate", "interim", FY, "令和７年１２月末", "arrears", "町税", "町税", as_of=NOW),
    "・合　計　" + g.f(r2(rtot) + "％", rtot, "percent", "collection_rate", "interim", FY, "令和７年１２月末", "total", "町税", "町税", as_of=NOW),
    "前年同月と比べ、現年分は" + g.f(r2(dc) + "ポイント", dc, "points", "difference", "interim", FY, None, "current", "町税", "町税", as_of=NOW)
    + "上昇したが、滞繰分は" + g.f(r2(-da) + "ポイント", da, "points", "difference", "interim", FY, None, "arrears", "町税", "町税", as_of=NOW)
    + "低下した。町税の収入未済額は" + g.f("約" + t_on, v_on, "yen", "outstanding", "interim", FY, None, "total", "町税", "町税", approx=True, as_of=NOW)
    + "で、前年同月から" + g.f("約" + t_od, -v_od, "yen", "difference", "interim", FY, None, "total", "町税", "町税", approx=True, as_of=NOW)
    + "減少した。なお、固定資産税の第４期の納期限が２月末であるため、１２月末の収入未済額には納期未到来分を含む。",
    "滞繰分の収納率は、コンビニ収納を始めた令和二年度の" + g.f("１５．２％", 15.2, "percent", "collection_rate", "actual", 2020, "令和二年度", "arrears", "町税", "町税")
    + "から上昇傾向にあり、町税の収入未済額（決算）は、令和元年度末の" + g.f("約１億２，４００万円", 124_000_000, "yen", "outstanding", "actual", 2019, "令和元年度", "total", "町税", "町税", approx=True)
    + "から令和６年度末には" + g.f("約５，９００万円", 59_000_000, "yen", "outstanding", "actual", 2024, "令和６年度", "total", "町税", "町税", approx=True)
    + "まで縮減した。",
]
statement("税務課長", S1, s_tax, 2)

S2 = "議題（２）令和７年度債権管理の取組の中間報告について"
p = para(before=6)
set_font(p.add_run("（２）" + AGENDA[1] + "（資料２）"), "IPAexGothic", 10.5)
kk = "国民健康保険税"
hh = 87
s_kk = [
    "国民健康保険税の現年度分の収納率は、１２月末で" + g.f(r2(rt(kk, "now", "current")) + "％", rt(kk, "now", "current"), "percent", "collection_rate", "interim", FY, None, "current", "国民健康保険料", kk, as_of=NOW)
    + "となり、前年同月を" + g.f(r2(round(rt(kk, "now", "current") - rt(kk, "prev", "current"), 2)) + "ポイント", round(rt(kk, "now", "current") - rt(kk, "prev", "current"), 2), "points", "difference", "interim", FY, None, "current", "国民健康保険料", kk, as_of=NOW)
    + "上回っている。滞納世帯数は" + g.f(f"{hh}世帯", hh, "households", "delinquents", "interim", FY, None, "total", "国民健康保険料", kk, as_of=NOW)
    + "で、税務課と合同で財産調査を進めている。後期高齢者医療保険料は、年金からの特別徴収への切替え前の普通徴収分に未納が集中しているため、被保険者証の更新時に納付相談を行っている。",
]
statement("住民福祉課長", S2, s_kk, 2)
kg = "介護保険料"
s_kg = [
    "介護保険料の現年度分の収納率は" + g.f(r2(rt(kg, "now", "current")) + "％", rt(kg, "now", "current"), "percent", "collection_rate", "interim", FY, None, "current", "介護保険料", kg, as_of=NOW)
    + "で、前年同月とほぼ同水準である。時効の到来が近い滞納分について、給付制限の説明を含めた催告書を１１月に送付した。",
]
statement("保健・医療課長", S2, s_kg, 2)
hk = "保育料"
s_hk = [
    "保育料の滞納繰越分の収納率は" + g.f(r2(rt(hk, "now", "arrears")) + "％", rt(hk, "now", "arrears"), "percent", "collection_rate", "interim", FY, None, "arrears", "保育料", hk, as_of=NOW)
    + "にとどまっている。卒園児の保護者の滞納が中心であり、児童手当からの徴収の申出を引き続き勧奨する。",
]
statement("子ども・子育て課長", S2, s_hk, 2)

# ============================================================================ page 3: 議題(2) cont., Q&A, (3)
page_break()
g.page = 3
jt = "町営住宅使用料"
s_jt = [
    "町営住宅使用料の収入未済額は１２月末で" + g.f(c(outst(jt, "now", "total")) + "円", outst(jt, "now", "total"), "yen", "outstanding", "interim", FY, None, "total", "町営住宅使用料", jt, as_of=NOW)
    + "である。６か月以上の滞納者４名に対し、連帯保証人への通知と分納誓約の締結を進めている。",
]
statement("建設課長", S2, s_jt, 3)
sw = "水道料金"
s_sw = [
    "水道料金の現年度分の収納率は" + g.f(r2(rt(sw, "now", "current")) + "％", rt(sw, "now", "current"), "percent", "collection_rate", "interim", FY, None, "current", "水道料金", sw, as_of=NOW)
    + "、下水道使用料は" + g.f(r2(rt("下水道使用料", "now", "current")) + "％", rt("下水道使用料", "now", "current"), "percent", "collection_rate", "interim", FY, None, "current", "下水道使用料", "下水道使用料", as_of=NOW)
    + "である。いずれも１２月検針分が翌月収納となるため、年度末にかけて上昇する見込みである。",
]
statement("上下水道課長", S2, s_sw, 3)

S3 = "意見・質問及び回答"
p = para(before=6)
set_font(p.add_run("（３）意見・質問及び回答"), "IPAexGothic", 10.5)
qa = [
    ("総務課長", ["町税の滞繰分の収納率が前年同月を下回った理由と、年度末までの見通しを伺いたい。"]),
    ("税務課長", ["大口の法人滞納１件について、今年度は分割納付となっていることが主な要因である。分割納付は計画どおり履行されており、年度末には前年度並みの収納率となる見込みである。"]),
    ("建設課長", ["町営住宅の退去者の滞納について、税務課の徴収のノウハウを共有してもらいたい。"]),
    ("税務課長", ["私債権の回収手続については、２月に担当者向けの研修会を開催する予定であり、支払督促の申立ての実務も取り上げる。"]),
    ("委員長", ["各課とも、年度末に向けて現年度分の未納を翌年度に繰り越さないよう、取組を徹底していただきたい。複数の債権を滞納している町民については、税務課を中心に情報を共有し、一体的な対応をお願いする。"]),
]
for spk, ps in qa:
    statement(spk, S3, ps, 3)

S4 = "議題（３）令和８年度おおい町債権管理計画の策定方針について"
p = para(before=6)
set_font(p.add_run("（４）" + AGENDA[2] + "（資料３）"), "IPAexGothic", 10.5)
s_pl = ["資料３により、令和８年度から３か年の計画の策定方針（案）を説明する。対象債権は令和６年度決算で収入未済額がある１２債権とし、債権ごとに現年度分の目標収納率と具体的な取組を定める。計画案は５月の会議に諮る予定である。"]
statement("税務課長", S4, s_pl, 3)
para("　策定方針（案）について、委員から異議はなく、了承された。", indent_mm=4, before=2)
p = para(before=8)
set_font(p.add_run("８　その他"), "IPAexGothic", 10.5)
para("　次回は令和８年５月に開催し、令和７年度の決算見込と計画案を審議する予定である。", indent_mm=4)
para("以上", align="r", before=6)

# ============================================================================ page 4: 別表 (left-hand columns)
page_break()
g.page = 4
para("別表　主要債権の収納状況（令和７年１２月末現在）", 11, "IPAexGothic", after=2)
para("（単位：円、％）", 9, align="r")
SEGS = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]


def bt_header(t, right: bool):
    hdr = t.rows[0].cells
    h2 = t.rows[1].cells
    m = hdr[0].merge(h2[0]); cell_text(m, "債権名", 8.5, "IPAexGothic", "c", "D9D9D9")
    m = hdr[1].merge(h2[1]); cell_text(m, "区分", 8.5, "IPAexGothic", "c", "D9D9D9")
    if not right:
        m = hdr[2].merge(hdr[4]); cell_text(m, "令和６年１２月末（前年同月）", 8.5, "IPAexGothic", "c", "D9D9D9")
        m = hdr[5].merge(hdr[7]); cell_text(m, "令和７年１２月末", 8.5, "IPAexGothic", "c", "D9D9D9")
        for i, s in enumerate(("調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率")):
            cell_text(h2[2 + i], s, 8.5, "IPAexGothic", "c", "D9D9D9")
    else:
        m = hdr[2].merge(hdr[3]); cell_text(m, "収入未済額", 8.5, "IPAexGothic", "c", "D9D9D9")
        m = hdr[4].merge(hdr[5]); cell_text(m, "増減（令和７年－令和６年）", 8.5, "IPAexGothic", "c", "D9D9D9")
        for i, s in enumerate(("令和６年１２月末", "令和７年１２月末", "収入未済額", "収納率（ポイント）")):
            cell_text(h2[2 + i], s, 8.0, "IPAexGothic", "c", "D9D9D9")


def fy_lab(per):
    return "令和７年１２月末" if per == "now" else "令和６年１２月末"


def build_table(right: bool):
    ncol = 6 if right else 8
    nrow = 2 + 3 * len(RAW) + 3
    t = doc.add_table(rows=nrow, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    bt_header(t, right)
    r = 2
    names = [n for n, *_ in RAW] + ["合計"]
    for name in names:
        canon = D[name][0] if name != "合計" else None
        label = name
        m = t.rows[r].cells[0].merge(t.rows[r + 2].cells[0])
        cell_text(m, label, 8.5, "IPAexMincho", "c", "F2F2F2" if name == "合計" else None)
        for k, (seg, sl) in enumerate(SEGS):
            cells = t.rows[r + k].cells
            cell_text(cells[1], sl, 8.5, "IPAexMincho", "c")

            def val(per, key):
                if name == "合計":
                    a = sum(D[n][1][per][seg][0] for n, *_ in RAW)
                    col = sum(D[n][1][per][seg][1] for n, *_ in RAW)
                else:
                    a, col = D[name][1][per][seg]
                return {"a": a, "c": col, "r": rate(col, a), "o": a - col}[key]

            if not right:
                for j, per in enumerate(("prev", "now")):
                    fy = FY if per == "now" else FYP
                    aso = NOW if per == "now" else PREV
                    a, col, rr = val(per, "a"), val(per, "c"), val(per, "r")
                    cell_text(cells[2 + 3 * j], g.f(c(a), a, "yen", "assessed", "interim", fy, fy_lab(per), seg, canon, name, as_of=aso), 7.8, align="r")
                    cell_text(cells[3 + 3 * j], g.f(c(col), col, "yen", "collected", "interim", fy, fy_lab(per), seg, canon, name, as_of=aso), 7.8, align="r")
                    cell_text(cells[4 + 3 * j], g.f(r2(rr), rr, "percent", "collection_rate", "interim", fy, fy_lab(per), seg, canon, name, as_of=aso), 7.8, align="r")
            else:
                op, on = val("prev", "o"), val("now", "o")
                cell_text(cells[2], g.f(c(op), op, "yen", "outstanding", "interim", FYP, fy_lab("prev"), seg, canon, name, as_of=PREV), 8.2, align="r")
                cell_text(cells[3], g.f(c(on), on, "yen", "outstanding", "interim", FY, fy_lab("now"), seg, canon, name, as_of=NOW), 8.2, align="r")
                cell_text(cells[4], g.f(c(on - op), on - op, "yen", "difference", "interim", FY, None, seg, canon, name, as_of=NOW), 8.2, align="r")
                dr = round(val("now", "r") - val("prev", "r"), 2)
                cell_text(cells[5], g.f(("△" + r2(-dr)) if dr < 0 else r2(dr), dr, "points", "difference", "interim", FY, None, seg, canon, name, as_of=NOW), 8.2, align="r")
        r += 3
    if right:
        set_widths(t, [34, 12, 30, 30, 30, 30])
    else:
        set_widths(t, [24, 9, 27, 27, 12.5, 27, 27, 12.5])
    tblpr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "40")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr.append(mar)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    for row in t.rows:
        for cl in row.cells:
            cl.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in t.rows:
        row.height = Mm(5.2)
    return t


build_table(right=False)
para("（注）区分の「滞繰」は滞納繰越分。収納率は収入済額÷調定額。出納整理期間前の途中集計のため、決算額とは一致しない。", 8, indent_mm=0, before=3)

# ============================================================================ page 5: 別表（続き）right-hand columns
page_break()
g.page = 5
para("別表　主要債権の収納状況（令和７年１２月末現在）（続き）", 11, "IPAexGothic", after=2)
para("（単位：円、ポイント）", 9, align="r")
build_table(right=True)
para("（注）増減の△は減少又は低下を示す。収入未済額は調定額から収入済額を差し引いた額（不納欠損処分前）。", 8, before=3)

# ----------------------------------------------------------------------------- render
g.minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2026-01-23", "method": "書面開催",
    "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in ATT],
    "agenda": AGENDA, "materials": MATERIALS,
    "statements": statements,
}
src = WORK / f"{STEM}.docx"
doc.save(src)
outdir = WORK / "lo_out"
outdir.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
               check=True, capture_output=True, timeout=240)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copy(outdir / f"{STEM}.pdf", pdf)
out = g.write(pdf)
print(pdf, out, len(g.facts), "facts", len(statements), "statements")
