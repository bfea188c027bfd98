#!/usr/bin/env python3
"""米沢市 債権管理推進会議 会議録 (書面開催) — python-docx → LibreOffice.  Run from corpus/frozen31."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fe_common import (Gold, PDF_DIR, WORK, comma, oku_man, page_count, rate, signed, soffice_pdf,  # noqa: E402
                       zen)

STEM = "fe_yonezawa_minutes_1"
CITY = "米沢市"
FY, PREV = 2024, 2023
TITLE = "令和７年度第２回米沢市債権管理推進会議 会議録"

# ---------------------------------------------------------------- data (千円)
# name, 現年調定, 現年率(目安), 滞繰調定, 滞繰率(目安), 不納欠損, prev 現年率, prev 滞繰率, prev 計率, 収入未済額の前年度からの減少
DEBTS = [
    ("市税", 10486215, 99.12, 298540, 28.46, 12384, 99.04, 27.26, 97.11, 19210),
    ("国民健康保険税", 1684320, 95.87, 392118, 24.18, 21506, 95.41, 24.80, 81.62, 14080),
    ("介護保険料", 1612488, 99.34, 31254, 21.37, 4812, 99.34, 20.95, 97.80, 17980),
    ("後期高齢者医療保険料", 812036, 99.71, 6842, 43.96, 512, 99.66, 41.02, 99.19, 6415),
    ("保育所保育料", 186420, 98.86, 14380, 18.42, 1106, 99.01, 17.64, 93.48, 15215),
    ("市営住宅使用料", 268950, 97.48, 42716, 12.08, 3284, 97.62, 11.45, 86.05, 45620),
    ("水道料金", 2148732, 98.95, 38416, 61.24, 2015, 98.87, 60.02, 98.19, 38811),
    ("下水道使用料", 1402610, 98.91, 24882, 60.37, 1318, 98.85, 59.48, 98.11, 26250),
    ("学校給食費", 412560, 99.46, 9854, 30.12, 624, 99.21, 27.55, 97.79, 8960),
]


def compute():
    rows = []
    for (name, cas, cr, aas, ar, wo, pcr, par, ptr, dout) in DEBTS:
        ccol = round(cas * cr / 100)
        acol = round(aas * ar / 100)
        tas, tcol = cas + aas, ccol + acol
        out = (cas - ccol) + (aas - acol - wo)
        rows.append(dict(name=name, cas=cas, ccol=ccol, cr=rate(ccol, cas), aas=aas, acol=acol,
                         ar=rate(acol, aas), tas=tas, tcol=tcol, tr=rate(tcol, tas), wo=wo, out=out,
                         pcr=pcr, par=par, ptr=ptr, pout=out + dout))
    tot = dict(name="合計")
    for k in ("cas", "ccol", "aas", "acol", "tas", "tcol", "wo", "out", "pout"):
        tot[k] = sum(r[k] for r in rows)
    tot["cr"], tot["ar"], tot["tr"] = rate(tot["ccol"], tot["cas"]), rate(tot["acol"], tot["aas"]), rate(tot["tcol"], tot["tas"])
    tot["ptr"] = 95.31
    return rows, tot


ROWS, TOT = compute()
R = {r["name"]: r for r in ROWS}

# ---------------------------------------------------------------- docx helpers
MIN = "IPAex明朝"
GOT = "IPAexゴシック"


def set_font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def para(doc_or_cell, text="", size=10.5, font=MIN, bold=False, align=None, indent=0.0, first=0.0,
         space_after=2, keep=False):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if align:
        p.alignment = align
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def cell_text(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, font=MIN, bold=False, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("－ "), MIN, 9)
    r = p.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(r, MIN, 9)
    set_font(p.add_run(" －"), MIN, 9)


# ---------------------------------------------------------------- build
def build():
    g = Gold(STEM, {"kind": "minutes", "family": "minutes", "municipality": CITY, "title": TITLE,
                    "date": "2025-11-18", "date_raw": "令和７年１１月１８日"})
    F = g.fact
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    footer_page_number(sec)

    statements = []

    def speak(page, speaker, section, text_parts):
        """text_parts: list of paragraphs; each paragraph a list of str pieces."""
        para(doc, "○" + speaker, 10.5, GOT, indent=0.4, space_after=1)
        paras = []
        for pieces in text_parts:
            t = "".join(pieces)
            para(doc, t, 10.5, MIN, indent=0.8, first=0.37, space_after=3)
            paras.append(t)
        statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page})

    # ---------------- page 1
    para(doc, TITLE, 14, GOT, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
    para(doc, "１　開催方法", 11, GOT, space_after=2)
    para(doc, "令和７年度第２回米沢市債権管理推進会議は、報告事項が中心であることから書面開催とし、"
              "令和７年１１月１８日付けで各委員あてに会議資料を送付したうえで、意見及び質問を"
              "令和７年１１月２８日までに電子メールにより事務局へ提出する形式で実施した。",
         indent=0.4, first=0.37, space_after=8)
    para(doc, "２　出席者（会長１名、委員８名、事務局３名）", 11, GOT, space_after=2)
    members = ["総務部長", "企画調整部長", "市民環境部長", "健康福祉部長", "子ども・若者支援部長",
               "産業部長", "上下水道部長", "教育管理部長"]
    secretariat = ["税務課長", "収納課長", "収納課債権管理担当課長補佐"]
    para(doc, "会　長：副市長", indent=0.8, space_after=1)
    para(doc, "委　員：" + "・".join(members), indent=0.8, space_after=1)
    para(doc, "事務局：" + "・".join(secretariat), indent=0.8, space_after=8)
    attendees = [{"role": "会長", "title": "副市長", "name": None}]
    attendees += [{"role": "委員", "title": m, "name": None} for m in members]
    attendees += [{"role": "事務局", "title": s, "name": None} for s in secretariat]

    agenda = ["令和６年度決算における主要債権の状況について",
              "令和７年度米沢市債権管理推進計画の上半期の取組状況について",
              "私債権の放棄について（報告）"]
    para(doc, "３　議　題", 11, GOT, space_after=2)
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent=0.8, space_after=1)
    para(doc, "", space_after=4)
    materials = ["資料１　主要債権の収納状況（令和６年度決算）",
                 "資料２　令和７年度上半期の取組状況",
                 "資料３　私債権の放棄一覧（令和６年度）"]
    para(doc, "４　資　料", 11, GOT, space_after=2)
    for m in materials:
        para(doc, m, indent=0.8, space_after=1)
    para(doc, "", space_after=4)
    para(doc, "５　意見及び回答", 11, GOT, space_after=2)
    SEC1 = "所管する債権の状況について（各委員からの報告）"
    para(doc, "（１）" + SEC1, 10.5, GOT, indent=0.2, space_after=3)

    r = R["市税"]
    out_txt, out_v = oku_man(r["out"] * 1000)
    d_txt, d_v = oku_man((r["pout"] - r["out"]) * 1000)
    cdiff = round(r["cr"] - r["pcr"], 2)
    adiff = round(r["ar"] - r["par"], 2)
    p = 1
    s1 = [[
        "「市税」は、R6年度決算において現年課税分の収納率が",
        F(p, f"{r['cr']:.2f}％", r["cr"], debt="市税", fy=FY, fy_raw="R6年度", segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "となり、前年度比",
        F(p, f"{cdiff:.2f}ポイント", cdiff, debt="市税", fy=FY, fy_raw="R6年度", segment="current",
          metric="difference", basis="actual", unit="points"),
        "上昇した。滞納繰越分の収納率は",
        F(p, f"{r['ar']:.2f}％", r["ar"], debt="市税", fy=FY, fy_raw="R6年度", segment="arrears",
          metric="collection_rate", basis="actual", unit="percent"),
        "で、前年度から",
        F(p, f"{adiff:.1f}ポイント", round(adiff, 1), debt="市税", fy=FY, fy_raw="R6年度", segment="arrears",
          metric="difference", basis="actual", unit="points"),
        "改善した。",
    ], [
        "収入未済額は",
        F(p, "約" + out_txt, out_v, debt="市税", fy=FY, fy_raw="R6年度", metric="outstanding",
          basis="actual", unit="yen", approx=True),
        "で、前年度から",
        F(p, "約" + d_txt, -d_v, debt="市税", fy=FY, fy_raw="R6年度", metric="difference",
          basis="actual", unit="yen", approx=True),
        "の減少となった。引き続き、納期内納付の勧奨と早期の財産調査に取り組むとともに、"
        "高額滞納案件は山形県滞納整理機構への引継ぎも視野に入れて整理を進める。",
    ]]
    speak(p, "総務部長", SEC1, s1)
    page_break(doc)

    # ---------------- page 2
    p = 2
    r = R["国民健康保険税"]
    out_txt, out_v = oku_man(r["out"] * 1000)
    d_txt, d_v = oku_man((r["pout"] - r["out"]) * 1000)
    adiff = round(r["ar"] - r["par"], 2)
    s2 = [[
        "「国民健康保険税」は、現年課税分の収納率が",
        F(p, f"{r['cr']:.2f}％", r["cr"], debt="国民健康保険税", fy=FY, fy_raw="令和６年度",
          segment="current", metric="collection_rate", basis="actual", unit="percent"),
        "（前年度",
        F(p, f"{r['pcr']:.2f}％", r["pcr"], debt="国民健康保険税", fy=PREV, fy_raw="前年度",
          segment="current", metric="collection_rate", basis="actual", unit="percent"),
        "）となった。滞納繰越分は",
        F(p, f"{r['ar']:.2f}％", r["ar"], debt="国民健康保険税", fy=FY, fy_raw="令和６年度",
          segment="arrears", metric="collection_rate", basis="actual", unit="percent"),
        "で前年度を",
        F(p, f"{abs(adiff):.2f}ポイント", adiff, debt="国民健康保険税", fy=FY, segment="arrears",
          metric="difference", basis="actual", unit="points"),
        "下回ったが、差押え等の滞納処分を計画的に進めた結果、収入未済額は",
        F(p, "約" + out_txt, out_v, debt="国民健康保険税", fy=FY, metric="outstanding", basis="actual",
          unit="yen", approx=True),
        "と、前年度から",
        F(p, "約" + d_txt, -d_v, debt="国民健康保険税", fy=FY, metric="difference", basis="actual",
          unit="yen", approx=True),
        "減少した。",
    ], [
        "「介護保険料」は、普通徴収の被保険者への口座振替勧奨を継続しており、現年度分の収納率は",
        F(p, f"{R['介護保険料']['cr']:.2f}％", R["介護保険料"]["cr"], debt="介護保険料", fy=FY,
          segment="current", metric="collection_rate", basis="actual", unit="percent"),
        "で前年度と同水準であった。",
    ], [
        "「後期高齢者医療保険料」は、現年度分の収納率が",
        F(p, f"{R['後期高齢者医療保険料']['cr']:.2f}％", R["後期高齢者医療保険料"]["cr"],
          debt="後期高齢者医療保険料", fy=FY, segment="current", metric="collection_rate", basis="actual",
          unit="percent"),
        "となり、２年連続で前年度を上回った。",
    ]]
    speak(p, "健康福祉部長", SEC1, s2)

    r = R["保育所保育料"]
    cdiff = round(r["cr"] - r["pcr"], 2)
    s3 = [[
        "「保育所保育料」は、令和元年度の幼児教育・保育の無償化以降、調定額が減少傾向にある。"
        "現年度分の収納率は",
        F(p, f"{r['cr']:.2f}％", r["cr"], debt="保育所保育料", fy=FY, segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "で、前年度比",
        F(p, f"{abs(cdiff):.2f}ポイント", cdiff, debt="保育所保育料", fy=FY, segment="current",
          metric="difference", basis="actual", unit="points"),
        "の低下となった。在園児の保護者には園を通じて納付案内を行い、退園した世帯には文書催告と"
        "電話催告を組み合わせて対応している。",
    ]]
    speak(p, "子ども・若者支援部長", SEC1, s3)

    w, s = R["水道料金"], R["下水道使用料"]
    wtxt, wv = oku_man(w["out"] * 1000, 100_000)
    s4 = [[
        "「水道料金」及び「下水道使用料」は、給水停止予告を含む催告を毎月実施している。"
        "令和６年度の現年度分の収納率は、水道料金が",
        F(p, f"{w['cr']:.2f}％", w["cr"], debt="水道料金", fy=FY, fy_raw="令和６年度", segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "、下水道使用料が",
        F(p, f"{s['cr']:.2f}％", s["cr"], debt="下水道使用料", fy=FY, fy_raw="令和６年度",
          segment="current", metric="collection_rate", basis="actual", unit="percent"),
        "であった。水道料金の収入未済額は、滞納繰越分を含めて",
        F(p, "約" + wtxt, wv, debt="水道料金", fy=FY, metric="outstanding", basis="actual", unit="yen",
          approx=True),
        "である。",
    ]]
    speak(p, "上下水道部長", SEC1, s4)
    page_break(doc)

    # ---------------- page 3
    p = 3
    r = R["学校給食費"]
    s5 = [[
        "「学校給食費」は、令和５年度に公会計へ移行し、２年目となる令和６年度は現年度分の収納率が",
        F(p, f"{r['cr']:.2f}％", r["cr"], debt="学校給食費", fy=FY, fy_raw="令和６年度", segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "と前年度（",
        F(p, f"{r['pcr']:.2f}％", r["pcr"], debt="学校給食費", fy=PREV, fy_raw="前年度", segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "）を上回った。児童手当からの申出徴収の活用を各学校を通じて保護者に周知している。",
    ]]
    speak(p, "教育管理部長", SEC1, s5)

    SEC2 = "意見・質問及び回答"
    para(doc, "（２）" + SEC2, 10.5, GOT, indent=0.2, space_after=3)
    speak(p, "産業部長", SEC2, [[
        "滞納繰越分の収納率が２割台にとどまる債権が多い。強制徴収ができない債権について、"
        "収納課への移管や法的措置の実施状況を伺いたい。"]])
    r = R["市営住宅使用料"]
    speak(p, "収納課長", SEC2, [[
        "非強制徴収公債権及び私債権は、所管課での催告を経ても納付のない案件を対象に、"
        "令和６年度は市営住宅使用料など３債権で支払督促を１２件申し立てた。"
        "市営住宅使用料の滞納繰越分の収納率は",
        F(p, f"{r['ar']:.2f}％", r["ar"], debt="市営住宅使用料", fy=FY, segment="arrears",
          metric="collection_rate", basis="actual", unit="percent"),
        "にとどまっており、引き続き所管課と連携して法的措置を進める。"]])
    speak(p, "市民環境部長", SEC2, [[
        "コンビニ収納やスマートフォン決済の利用は増えているのか。"
        "納付方法の拡大が収納率の向上につながっているか確認したい。"]])
    speak(p, "税務課長", SEC2, [[
        "市税のスマートフォン決済の利用件数は前年度の約１．４倍となった。"
        "納期内納付の割合も上昇しており、令和８年度からは地方税統一ＱＲコードの対象税目を広げる予定である。"]])
    SEC3 = "会長からのコメント"
    para(doc, "（３）" + SEC3, 10.5, GOT, indent=0.2, space_after=3)
    ttxt, tv = oku_man(TOT["out"] * 1000)
    speak(p, "会長", SEC3, [[
        "対象債権全体の収入未済額は",
        F(p, "約" + ttxt, tv, debt=None, debt_raw=None, fy=FY, metric="outstanding", basis="actual",
          unit="yen", approx=True),
        "まで縮減したが、滞納繰越分の収納率には債権ごとに大きな差がある。"
        "令和７年度は計画の中間年度であり、下半期は各所管課が目標値との差を確認し、"
        "取組の見直しを含めて対応していただきたい。"]])

    # ---------------- page 4: 別表 (landscape section)
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(1.6)
    new.top_margin, new.bottom_margin = Cm(1.6), Cm(1.4)
    p = 4
    para(doc, "６　別表　主要債権の収納状況（令和６年度決算）", 11, GOT, space_after=2)
    para(doc, "（単位：千円、％）", 9, MIN, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    heads = ["債権名", "現年度分", "", "", "滞納繰越分", "", "", "計", "", "", "前年度比※２", "不納欠損額",
             "収入未済額※１"]
    subs = ["調定額", "収入済額", "収納率"] * 3
    t = doc.add_table(rows=2 + len(ROWS) + 1, cols=13)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [4.2, 2.4, 2.4, 1.5, 1.9, 1.9, 1.5, 2.4, 2.4, 1.5, 1.8, 1.7, 2.0]
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wd * 567)))
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    for row in t.rows:
        row.height = Cm(0.72)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, wd in zip(row.cells, widths):
            c.width = Cm(wd)
    hdr = "D9E2F3"
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, 9, WD_ALIGN_PARAGRAPH.CENTER, GOT, shade=hdr)
    for j in range(1, 10):
        cell_text(t.cell(1, j), subs[j - 1], 9, WD_ALIGN_PARAGRAPH.CENTER, GOT, shade=hdr)
    for a, b in ((1, 3), (4, 6), (7, 9)):
        t.cell(0, a).merge(t.cell(0, b))
    for a, h in ((0, "債権名"), (1, "現年度分"), (4, "滞納繰越分"), (7, "計")):
        cell_text(t.cell(0, a), h, 9, WD_ALIGN_PARAGRAPH.CENTER, GOT, shade=hdr)
    for j in (0, 10, 11, 12):
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_text(m, heads[j], 9, WD_ALIGN_PARAGRAPH.CENTER, GOT, shade=hdr)

    def put_row(i, r, debt, debt_raw):
        cells = t.rows[i].cells
        cell_text(cells[0], r["name"], 9, WD_ALIGN_PARAGRAPH.LEFT)
        kw = dict(debt=debt, debt_raw=debt_raw, fy=FY, fy_raw="令和６年度決算", basis="actual")
        vals = [
            (r["cas"], "current", "assessed"), (r["ccol"], "current", "collected"), (r["cr"], "current", "collection_rate"),
            (r["aas"], "arrears", "assessed"), (r["acol"], "arrears", "collected"), (r["ar"], "arrears", "collection_rate"),
            (r["tas"], "total", "assessed"), (r["tcol"], "total", "collected"), (r["tr"], "total", "collection_rate"),
        ]
        for j, (v, seg, met) in enumerate(vals, 1):
            if met == "collection_rate":
                txt = f"{v:.2f}"
                F(p, txt, v, segment=seg, metric=met, unit="percent", **kw)
            else:
                txt = comma(v)
                F(p, txt, v * 1000, segment=seg, metric=met, unit="yen", **kw)
            cell_text(cells[j], txt)
        d = round(r["tr"] - r["ptr"], 2)
        txt = signed(d)
        F(p, txt, d, segment="total", metric="difference", unit="points", **kw)
        cell_text(cells[10], txt)
        txt = comma(r["wo"])
        F(p, txt, r["wo"] * 1000, segment="total", metric="written_off", unit="yen", **kw)
        cell_text(cells[11], txt)
        txt = comma(r["out"])
        F(p, txt, r["out"] * 1000, segment="total", metric="outstanding", unit="yen", **kw)
        cell_text(cells[12], txt)

    for i, r in enumerate(ROWS):
        put_row(2 + i, r, r["name"], r["name"])
    put_row(2 + len(ROWS), TOT, None, "合計")
    for c in t.rows[2 + len(ROWS)].cells:
        tcpr = c._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "F2F2F2")
        tcpr.append(shd)
    para(doc, "", space_after=2)
    para(doc, "※１　市税の収入未済額のうち、個人市民税分は" + F(
        p, "98,412千円", 98412000, debt="個人市民税", debt_raw="個人市民税", fy=FY, metric="outstanding",
        basis="actual", unit="yen") + "である。", 9, MIN, space_after=1)
    para(doc, "※２　前年度比は、計欄の収納率と令和５年度決算の収納率との差（ポイント）であり、△は低下を示す。",
         9, MIN, space_after=1)
    para(doc, "※３　水道料金及び下水道使用料は上下水道部（公営企業会計）所管分を含む。", 9, MIN, space_after=1)

    # minutes object
    g.minutes = {
        "title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": "書面開催",
        "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements,
    }

    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, WORK)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dest = PDF_DIR / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    g.write(dest, page_count(dest))
    print(dest, page_count(dest), len(g.facts), "facts")


if __name__ == "__main__":
    build()
