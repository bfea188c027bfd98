"""さがみ野市 令和7年度第3回債権管理推進本部会議 議事要旨 (書面開催; 別表 of figures at the end).

python-docx → LibreOffice, A4 portrait. Figures invented, internally consistent (amounts in 千円).
Run: python3 k_sagamino_minutes_1.py
"""
from __future__ import annotations

import re

import fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from k_common import OUT, PDF, check, fact, pct, rate, to_pdf, write_gold, zen, c

STEM = "k_sagamino_minutes_1"
CITY = "さがみ野市"
TITLE = "令和７年度第３回さがみ野市債権管理推進本部会議　議事要旨"
AS_OF, AS_OF_PREV = "2025-12-31", "2024-12-31"

# 別表: (debt, current assessed 千円, current rate aimed at, prev-year current rate,
#        arrears assessed, arrears rate aimed at, prev-year arrears rate)
ROWS = [
    ("市税", 18402115, 79.82, 79.47, 1289440, 30.16, 28.96),
    ("国民健康保険税", 5120330, 71.45, 70.88, 1804220, 19.80, 18.95),
    ("介護保険料", 3410560, 80.12, 80.05, 71880, 15.40, 14.92),
    ("後期高齢者医療保険料", 1602118, 82.33, 82.10, 22410, 35.10, 33.80),
    ("保育所保育料", 402336, 82.10, 81.64, 31205, 17.25, 16.02),
    ("市営住宅使用料", 766210, 73.05, 72.80, 96115, 12.40, 11.72),
]
PREV_TOTAL = 71.36


def table_rows():
    out = []
    for name, ca, cr, cp, aa, ar, ap in ROWS:
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        out.append(dict(name=name, ca=ca, cc=cc, cr=rate(cc, ca), cp=cp, aa=aa, ac=ac, ar=rate(ac, aa), ap=ap))
    return out


T = table_rows()
BY = {r["name"]: r for r in T}


def set_cell_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        spec = edges.get(edge)
        if spec:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(spec))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=0, space_after=2):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    return p


def statements():
    """(section, speaker, text) — the printed text of 「５ 意見及び質問」; numbers as printed."""
    zs = BY["市税"]
    kk = BY["国民健康保険税"]
    hk = BY["保育所保育料"]
    ju = BY["市営住宅使用料"]
    oku = round(zs["ac"] / 1000) * 100   # 千円 → 万円, rounded to 百万円
    s1 = ("「市税」は、１２月末の徴収率が現年分で" + zen(pct(zs["cr"])) + "％となり、前年同月の" + zen(pct(zs["cp"]))
          + "％を上回った。滞納繰越分の徴収率は" + zen(pct(zs["ar"])) + "％、収入済額は約" + zen(f"{oku // 10000}") + "億"
          + zen(f"{oku % 10000:,}") + "万円である。令和７年度第２回会議で報告した差押予告書の一斉発送は１１月に実施し、"
          "高額滞納案件の処理を前倒しで進めている。")
    s2 = ("「国民健康保険税」は、現年分の徴収率が" + zen(pct(kk["cr"])) + "％で、前年同月を上回っている。"
          "資格喪失世帯への催告を強化した結果、滞納繰越分も" + zen(pct(kk["ar"])) + "％と前年同月（" + zen(pct(kk["ap"]))
          + "％）を上回った。引き続き口座振替の原則化を進める。")
    s3 = ("「保育所保育料」は、現年分徴収率が" + zen(pct(hk["cr"])) + "％となった。児童手当からの特別徴収の申出を"
          "入所手続時に案内しており、申出件数は前年同期より増えている。")
    s4 = ("「市営住宅使用料」は、滞納繰越分の徴収率が" + zen(pct(ju["ar"])) + "％にとどまっている。長期滞納者について"
          "明渡請求訴訟の準備を進めており、年度内に２件の提起を予定している。")
    s5 = ("債権ごとの目標設定にあたり、現年分だけでなく滞納繰越分の縮減目標も明示すべきではないか。"
          "また、収入未済額の大きい債権は四半期ごとに進捗を確認してはどうか。")
    s6 = ("令和８年度計画では、現年分・滞納繰越分それぞれの徴収率目標に加え、収入未済額の目標額を設定する方針とする。"
          "進捗の確認は、四半期ごとに事務局で取りまとめ、本部員に報告する。")
    s7 = ("「学校給食費」の債権放棄について、所在不明による放棄が多いが、放棄前の調査の範囲を統一してほしい。")
    s8 = ("放棄の判断基準は債権管理マニュアルで定めており、住民票・戸籍の調査に加えて、"
          "最終納付日からの経過期間を確認する手順を改めて周知する。")
    sec1 = "令和７年度債権管理実施計画の進捗状況（１２月末現在）について"
    sec2 = "令和８年度債権管理実施計画の策定方針について"
    sec3 = "令和７年度の債権放棄の状況について"
    return [(sec1, "財務部長", s1), (sec1, "福祉部長", s2), (sec1, "子ども・若者部長", s3), (sec1, "都市建設部長", s4),
            (sec2, "健康・医療部長", s5), (sec2, "債権管理課長", s6), (sec3, "教育部長", s7), (sec3, "債権管理課長", s8)]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
    style = doc.styles["Normal"]
    style.font.name = "IPAexMincho"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    style.font.size = Pt(10.5)
    # header / footer with page number field
    hp = sec.header.paragraphs[0]
    hp.text = "さがみ野市 債権管理推進本部"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)

    para(doc, TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "１　開催方法", bold=True)
    para(doc, "令和７年度第２回会議（令和７年１０月２２日開催）において上半期の状況を報告したことを踏まえ、"
              "第３回会議は書面開催とし、令和８年１月２３日付けで各本部員に資料を送付し、令和８年２月２日までに"
              "意見及び質問の提出を求める形式で実施した。", indent_mm=4, space_after=8)
    para(doc, "２　本部員（本部長・副本部長・本部員９名・事務局２名）", bold=True)
    att = [("本部長", ["副市長"]), ("副本部長", ["総務部長"]),
           ("本部員", ["企画政策部長", "財務部長", "市民部長", "福祉部長", "子ども・若者部長", "健康・医療部長",
                    "環境経済部長", "都市建設部長", "教育部長"]),
           ("事務局", ["債権管理課長", "納税課長"])]
    for role, titles in att:
        para(doc, f"{role}：" + "・".join(titles), indent_mm=4)
    para(doc, "", space_after=4)
    para(doc, "３　議　題", bold=True)
    agenda = ["令和７年度債権管理実施計画の進捗状況（１２月末現在）について",
              "令和８年度債権管理実施計画の策定方針について",
              "令和７年度の債権放棄の状況について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(i)}）{a}", indent_mm=4)
    para(doc, "", space_after=4)
    para(doc, "４　資　料", bold=True)
    materials = ["資料１　令和７年度債権管理実施計画 進捗状況一覧（令和７年１２月末現在）",
                 "資料２　令和８年度債権管理実施計画 策定方針（案）",
                 "資料３　令和７年度 債権放棄一覧"]
    for m in materials:
        para(doc, m, indent_mm=4)
    para(doc, "", space_after=4)
    para(doc, "５　意見及び質問", bold=True)
    st = statements()
    cur_sec = None
    secno = 0
    for section, speaker, text in st:
        if section != cur_sec:
            secno += 1
            para(doc, f"（{zen(secno)}）{section}", indent_mm=2, space_after=3)
            cur_sec = section
        para(doc, f"（{speaker}）", indent_mm=6)
        para(doc, text, indent_mm=10, space_after=6)
    para(doc, "", space_after=4)
    para(doc, "６　今後の予定", bold=True)
    para(doc, "令和８年度第１回会議は、令和８年５月下旬に開催し、令和７年度の決算見込及び令和８年度債権管理実施計画を報告する。",
         indent_mm=4)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on its own last page: horizontal rules only, debt name merged over two rows
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の徴収状況（令和７年１２月末現在）", size=12, bold=True)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    head = ["債権名", "区分", "調定額", "収入済額", "徴収率", "前年同月", "差"]
    tbl = doc.add_table(rows=1, cols=len(head))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(38), Mm(20), Mm(26), Mm(26), Mm(16), Mm(16), Mm(14)]
    for i, h in enumerate(head):
        cell = tbl.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].runs[0].font.size = Pt(9)
        cell.paragraphs[0].runs[0].bold = True
        set_cell_border(cell, top=12, bottom=8)
        cell.width = widths[i]
    for r in T:
        for seg_label, a, b, v, pv in (("現年分", r["ca"], r["cc"], r["cr"], r["cp"]),
                                       ("滞納繰越分", r["aa"], r["ac"], r["ar"], r["ap"])):
            cells = tbl.add_row().cells
            vals = [r["name"] if seg_label == "現年分" else "", seg_label, c(a), c(b), pct(v), pct(pv),
                    f"{v - pv:+.2f}".replace("-", "△").replace("+", "")]
            for i, t in enumerate(vals):
                cells[i].text = t
                pp = cells[i].paragraphs[0]
                pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
                if pp.runs:
                    pp.runs[0].font.size = Pt(9)
                set_cell_border(cells[i], bottom=4 if seg_label == "滞納繰越分" else None)
                cells[i].width = widths[i]
        rows = tbl.rows
        top, bottom = rows[-2].cells[0], rows[-1].cells[0]
        top.merge(bottom)
    tot_a = sum(r["ca"] + r["aa"] for r in T)
    tot_c = sum(r["cc"] + r["ac"] for r in T)
    tot_r = rate(tot_c, tot_a)
    cells = tbl.add_row().cells
    vals = ["合計", "", c(tot_a), c(tot_c), pct(tot_r), pct(PREV_TOTAL), f"{tot_r - PREV_TOTAL:+.2f}".replace("+", "")]
    for i, t in enumerate(vals):
        cells[i].text = t
        pp = cells[i].paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
        if pp.runs:
            pp.runs[0].font.size = Pt(9)
            pp.runs[0].bold = True
        set_cell_border(cells[i], top=8, bottom=12)
    para(doc, "※前年同月は令和６年１２月末現在の徴収率。差はポイント。", size=8.5)
    para(doc, "※調定額・収入済額は千円未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = to_pdf(docx, PDF / f"{STEM}.pdf", "k_sagamino")

    # ---------------- gold ----------------
    with fitz.open(pdf) as d:
        pages = [re.sub(r"\s+", "", p.get_text()) for p in d]
    last = len(pages)

    def page_of(anchor: str) -> int:
        a = re.sub(r"\s+", "", anchor)
        hits = [i + 1 for i, t in enumerate(pages) if a in t]
        assert len(hits) == 1, (anchor, hits)
        return hits[0]

    facts = []
    # statements' figures
    zs, kk, hk, ju = BY["市税"], BY["国民健康保険税"], BY["保育所保育料"], BY["市営住宅使用料"]
    p1 = page_of("現年分で" + zen(pct(zs["cr"])))
    facts.append(fact("市税", 2025, "１２月末", "current", "collection_rate", "interim", zs["cr"], "percent",
                      zen(pct(zs["cr"])) + "％", p1, as_of=AS_OF))
    p = page_of("前年同月の" + zen(pct(zs["cp"])))
    facts.append(fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", zs["cp"], "percent",
                      zen(pct(zs["cp"])) + "％", p, as_of=AS_OF_PREV))
    p = page_of("滞納繰越分の徴収率は" + zen(pct(zs["ar"])))
    facts.append(fact("市税", 2025, "１２月末", "arrears", "collection_rate", "interim", zs["ar"], "percent",
                      zen(pct(zs["ar"])) + "％", p, as_of=AS_OF))
    oku = round(zs["ac"] / 1000) * 100
    raw = "約" + zen(f"{oku // 10000}") + "億" + zen(f"{oku % 10000:,}") + "万円"
    facts.append(fact("市税", 2025, "１２月末", "arrears", "collected", "interim", oku * 10000, "yen", raw,
                      page_of("収入済額は" + raw), approx=True, as_of=AS_OF))
    p = page_of("現年分の徴収率が" + zen(pct(kk["cr"])))
    facts.append(fact("国民健康保険税", 2025, "１２月末", "current", "collection_rate", "interim", kk["cr"], "percent",
                      zen(pct(kk["cr"])) + "％", p, as_of=AS_OF))
    p = page_of("滞納繰越分も" + zen(pct(kk["ar"])))
    facts.append(fact("国民健康保険税", 2025, "１２月末", "arrears", "collection_rate", "interim", kk["ar"], "percent",
                      zen(pct(kk["ar"])) + "％", p, as_of=AS_OF))
    p = page_of("前年同月（" + zen(pct(kk["ap"])))
    facts.append(fact("国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", kk["ap"], "percent",
                      zen(pct(kk["ap"])) + "％", p, as_of=AS_OF_PREV))
    p = page_of("現年分徴収率が" + zen(pct(hk["cr"])))
    facts.append(fact("保育所保育料", 2025, "１２月末", "current", "collection_rate", "interim", hk["cr"], "percent",
                      zen(pct(hk["cr"])) + "％", p, as_of=AS_OF))
    p = page_of("滞納繰越分の徴収率が" + zen(pct(ju["ar"])))
    facts.append(fact("市営住宅使用料", 2025, "１２月末", "arrears", "collection_rate", "interim", ju["ar"], "percent",
                      zen(pct(ju["ar"])) + "％", p, as_of=AS_OF))
    # 別表 (last page)
    for r in T:
        n = r["name"]
        for seg, a, b, v, pv in (("current", r["ca"], r["cc"], r["cr"], r["cp"]),
                                 ("arrears", r["aa"], r["ac"], r["ar"], r["ap"])):
            facts.append(fact(n, 2025, "令和７年１２月末", seg, "assessed", "interim", a * 1000, "yen", c(a), last, as_of=AS_OF))
            facts.append(fact(n, 2025, "令和７年１２月末", seg, "collected", "interim", b * 1000, "yen", c(b), last, as_of=AS_OF))
            facts.append(fact(n, 2025, "令和７年１２月末", seg, "collection_rate", "interim", v, "percent", pct(v), last, as_of=AS_OF))
            facts.append(fact(n, 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent", pct(pv), last, as_of=AS_OF_PREV))
    facts.append(fact(None, 2025, "令和７年１２月末", "total", "assessed", "interim", tot_a * 1000, "yen", c(tot_a), last,
                      as_of=AS_OF, debt_raw="合計"))
    facts.append(fact(None, 2025, "令和７年１２月末", "total", "collected", "interim", tot_c * 1000, "yen", c(tot_c), last,
                      as_of=AS_OF, debt_raw="合計"))
    facts.append(fact(None, 2025, "令和７年１２月末", "total", "collection_rate", "interim", tot_r, "percent", pct(tot_r),
                      last, as_of=AS_OF, debt_raw="合計"))
    facts.append(fact(None, 2024, "前年同月", "total", "collection_rate", "interim", PREV_TOTAL, "percent",
                      pct(PREV_TOTAL), last, as_of=AS_OF_PREV, debt_raw="合計"))

    attendees = [{"role": role, "title": t, "name": None} for role, titles in att for t in titles]
    stm = [{"speaker": sp, "section": sec_, "text": tx, "page": page_of(tx[:40])} for sec_, sp, tx in st]
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2026-01-23", "method": "書面開催",
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": stm}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2026-01-23",
                "date_raw": "令和８年１月２３日"}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
    print(check(STEM))
