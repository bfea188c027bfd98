"""たつの市 債権管理対策会議 会議録 (minutes) — python-docx → LibreOffice.

Run from corpus/dev43:  python3 build/z_tatsuno_minutes.py
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from z_common import Gold, PDF_DIR, WORK, check, kanma, rate, r2s, soffice, zen

STEM = "z_tatsuno_minutes_1"
CITY = "たつの市"
TITLE = "令和６年度第１回たつの市債権管理対策会議 会議録"
G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2024-05-21", "令和６年５月２１日（火）")

MINCHO = "Noto Serif CJK JP"
GOTHIC = "Noto Sans CJK JP"

# ----------------------------------------------------------------------------- data
# 別表: 令和6年2月末時点 (千円).  (assessed, collected, prev-year rate at 令和5年2月末)
BETSU = [
    ("市税", "市　税", [("現年分", 8_412_356, 7_794_118, "92.31"), ("滞繰分", 712_480, 198_544, "26.02")]),
    ("国民健康保険税", "国民健康保険税", [("現年分", 1_583_907, 1_395_739, "87.32"), ("滞繰分", 468_215, 83_214, "16.40")]),
    ("保育料", "保育料", [("現年分", 301_442, 289_903, "95.87"), ("滞繰分", 21_374, 3_980, "16.91")]),
    ("下水道使用料", "下水道使用料※２", [("現年分", 1_106_530, 1_012_644, "91.08"), ("滞繰分", 38_912, 11_087, "28.90")]),
]
AS_OF = "2024-02-29"        # 令和6年2月末 (leap year)
AS_OF_PREV = "2023-02-28"   # 前年同月 = 令和5年2月末


def set_font(run, east=MINCHO, size=None, bold=False):
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc_or_cell, text="", *, size=10.5, bold=False, font=MINCHO, align=None, indent_mm=0, first_mm=0,
         space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align:
        p.alignment = align
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def add_field(par, instr):
    r = par.add_run()
    set_font(r, MINCHO, 9)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2)


def cell_text(cell, text, *, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, font=GOTHIC, shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), font, size, bold)
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


STATEMENTS: list[dict] = []


def speak(doc, speaker_printed: str, section: str, paras: list[str]):
    """○speaker on its own line, then the remarks (one or more paragraphs)."""
    para(doc, "○" + speaker_printed, bold=True, font=GOTHIC, space_after=1)
    for t in paras:
        para(doc, t, indent_mm=4, first_mm=4)
    STATEMENTS.append({"speaker": speaker_printed, "section": section, "text": "\n".join(paras), "page": G.page})


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("たつの市債権管理対策会議（令和６年度第１回）"), GOTHIC, 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), MINCHO, 9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" －"), MINCHO, 9)

    G.page = 1
    para(doc, "令和６年度第１回", size=14, bold=True, font=GOTHIC, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "たつの市債権管理対策会議　会議録", size=14, bold=True, font=GOTHIC, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=10)

    para(doc, "１　日　　時　　令和６年５月２１日（火）午後２時００分～午後３時３０分", font=GOTHIC)
    para(doc, "２　場　　所　　たつの市役所本庁舎　３階　大会議室", font=GOTHIC)
    para(doc, "３　開催方法　　対面（一部オンライン併用）", font=GOTHIC)
    para(doc, "４　出 席 者　　委員長・委員８名・事務局３名", font=GOTHIC)
    members = ["総務部長", "企画財政部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "都市建設部長",
               "上下水道部長", "教育管理部長"]
    jimu = ["税務課長", "収納対策課長", "収納対策課債権管理係長"]
    para(doc, "委 員 長：副市長", indent_mm=8)
    para(doc, "委　　員：" + "・".join(members[:5]) + "・", indent_mm=8, space_after=0)
    para(doc, "・".join(members[5:]), indent_mm=26)
    para(doc, "事 務 局：" + "・".join(jimu), indent_mm=8)
    para(doc, "（欠席者なし）", indent_mm=8)
    attendees = [{"role": "委員長", "title": "副市長", "name": None}]
    attendees += [{"role": "委員", "title": t, "name": None} for t in members]
    attendees += [{"role": "事務局", "title": t, "name": None} for t in jimu]

    para(doc, "５　議　　題", font=GOTHIC)
    agenda = ["令和５年度決算見込における未収債権の状況について",
              "令和６年度たつの市債権管理実施計画について",
              "私債権の放棄の報告について"]
    for k, a in enumerate(agenda, 1):
        para(doc, f"（{zen(k)}）{a}", indent_mm=8)
    para(doc, "６　資　　料", font=GOTHIC)
    materials = ["令和６年度第１回たつの市債権管理対策会議資料（資料１～資料３）", "別表　主な債権の収納状況（令和６年２月末時点）"]
    for m in materials:
        para(doc, m, indent_mm=8)
    para(doc, "７　会議の経過（要旨）", font=GOTHIC)
    para(doc, "（１）開会", font=GOTHIC, indent_mm=4)
    speak(doc, "委員長", "開会", [
        "本日は、令和５年度の決算見込みと今年度の実施計画を確認する。出納整理期間中の数字であるが、各部においては"
        "年度末までの取組の成果と課題を率直に報告していただきたい。"])

    # ------------------------------------------------------------------ page 2: 議題(1)
    page_break(doc)
    sec1 = "令和５年度決算見込における未収債権の状況について"
    para(doc, "（２）議題１　" + sec1, font=GOTHIC, indent_mm=4)
    o_now, o_prev = 1_246_000_000, 1_327_000_000
    t1 = ("資料１に基づき説明する。令和５年度決算見込における市全体の収入未済額は"
          + G.f("約１２億４，６００万円", o_now, "outstanding", 2023, "令和５年度", basis="estimate", approx=True)
          + "となり、前年度決算の"
          + G.f("約１３億２，７００万円", o_prev, "outstanding", 2022, "前年度", approx=True)
          + "から"
          + G.f("約８，１００万円", -81_000_000, "difference", 2023, "令和５年度", basis="estimate", approx=True)
          + "縮減する見込みである。")
    t2 = ("市税は、現年課税分の収納率が"
          + G.f("９９．２１％", "99.21", "collection_rate", 2023, "令和５年度", seg="current", basis="estimate",
                debt="市税")
          + "で前年度比"
          + G.f("０．１３ポイント", "0.13", "difference", 2023, "令和５年度", seg="current", basis="estimate",
                debt="市税", unit="points")
          + "上昇し、滞納繰越分は"
          + G.f("３１．４０％", "31.40", "collection_rate", 2023, "令和５年度", seg="arrears", basis="estimate",
                debt="市税")
          + "と前年度の"
          + G.f("２９．８８％", "29.88", "collection_rate", 2022, "前年度", seg="arrears", debt="市税")
          + "を上回った。市税の収入未済額は"
          + G.f("約７億３，４００万円", 734_000_000, "outstanding", 2023, "令和５年度", basis="estimate", debt="市税",
                approx=True)
          + "となる見込み。")
    t3 = ("国民健康保険税の収入未済額は"
          + G.f("３２４．６百万円", 324_600_000, "outstanding", 2023, "令和５年度", basis="estimate",
                debt="国民健康保険税")
          + "で、初めて３億円台前半まで縮減した。")
    speak(doc, "収納対策課長", sec1, [t1, t2, t3])
    speak(doc, "委員長", sec1, ["国民健康保険税の現年分は、目標に届く見込みか。"])
    speak(doc, "健康福祉部長", sec1, [
        "現年分の収納率は"
        + G.f("９４．８５％", "94.85", "collection_rate", 2023, "令和５年度", seg="current", basis="estimate",
              debt="国民健康保険税")
        + "の見込みで、目標の"
        + G.f("９５．００％", "95.00", "collection_rate", 2023, "令和５年度", seg="current", basis="target",
              debt="国民健康保険税")
        + "以上にはわずかに届かない。２月末時点では"
        + G.f("８８．１２％", "88.12", "collection_rate", 2023, "２月末", seg="current", basis="interim",
              debt="国民健康保険税", as_of=AS_OF)
        + "で、前年同期比"
        + G.f("０．８ポイント", "0.8", "difference", 2023, "２月末", seg="current", basis="interim",
              debt="国民健康保険税", unit="points", as_of=AS_OF)
        + "増となっており、出納整理期間中も夜間の電話催告を続けている。"])
    speak(doc, "都市建設部長", sec1, [
        "市営住宅使用料は、長期滞納者２名に対して明渡請求訴訟を提起した。収入未済額は"
        + G.f("約４，８６０万円", 48_600_000, "outstanding", 2023, "令和５年度", basis="estimate",
              debt="市営住宅使用料", approx=True)
        + "で、前年度から"
        + G.f("約４９０万円", -4_900_000, "difference", 2023, "令和５年度", basis="estimate",
              debt="市営住宅使用料", approx=True)
        + "減少する見込みである。"])

    # ------------------------------------------------------------------ page 3: 議題(2)
    page_break(doc)
    sec2 = "令和６年度たつの市債権管理実施計画について"
    para(doc, "（３）議題２　" + sec2, font=GOTHIC, indent_mm=4)
    speak(doc, "収納対策課長", sec2, [
        "資料２に基づき説明する。令和６年度は、市税の現年課税分収納率の目標を"
        + G.f("９９．３０％", "99.30", "collection_rate", 2024, "令和６年度", seg="current", basis="target",
              debt="市税")
        + "以上、国民健康保険税の現年分を"
        + G.f("９５．２０％", "95.20", "collection_rate", 2024, "令和６年度", seg="current", basis="target",
              debt="国民健康保険税")
        + "以上とした。",
        "また、スマートフォン決済の対象に保育料と学校給食費を加え、７月から利用できるようにする。"])
    speak(doc, "委員長", sec2, ["保育料の滞納繰越分が伸び悩んでいると聞くが、状況はどうか。"])
    speak(doc, "子ども・若者部長", sec2, [
        "保育料は、２月末時点の滞納繰越分収納率が"
        + G.f("１８．６％", "18.6", "collection_rate", 2023, "２月末", seg="arrears", basis="interim",
              debt="保育料", as_of=AS_OF)
        + "で、前年同月の"
        + G.f("１６．９％", "16.9", "collection_rate", 2022, "前年同月", seg="arrears", basis="interim",
              debt="保育料", as_of=AS_OF_PREV)
        + "を"
        + G.f("１．７ポイント", "1.7", "difference", 2023, "２月末", seg="arrears", basis="interim",
              debt="保育料", unit="points", as_of=AS_OF)
        + "上回った。今年度は児童手当からの申出による徴収を積極的に勧め、卒園後の滞納を防ぐ。"])
    speak(doc, "上下水道部長", sec2, [
        "下水道使用料の現年度分は"
        + G.f("９９．０２％", "99.02", "collection_rate", 2023, "令和５年度", seg="current", basis="estimate",
              debt="下水道使用料")
        + "（前年度"
        + G.f("９８．９１％", "98.91", "collection_rate", 2022, "前年度", seg="current", debt="下水道使用料")
        + "）の見込み。今年度から水道料金と合わせた給水停止予告を早め、滞納繰越分は"
        + G.f("３０％", "30", "collection_rate", 2024, "今年度", seg="arrears", basis="target",
              debt="下水道使用料")
        + "以上を目指す。"])
    speak(doc, "教育管理部長", sec2, [
        "学校給食費は公会計化後２年目となり、現年度分の収納率は"
        + G.f("９９．６８％", "99.68", "collection_rate", 2023, "令和５年度", seg="current", basis="estimate",
              debt="学校給食費")
        + "、滞納繰越分は"
        + G.f("２２．５０％", "22.50", "collection_rate", 2023, "令和５年度", seg="arrears", basis="estimate",
              debt="学校給食費")
        + "の見込みである。"])

    # ------------------------------------------------------------------ page 4: 議題(3)・総括
    page_break(doc)
    sec3 = "私債権の放棄の報告について"
    para(doc, "（４）議題３　" + sec3, font=GOTHIC, indent_mm=4)
    speak(doc, "収納対策課長", sec3, [
        "資料３のとおり、たつの市債権管理条例に基づき、令和５年度は私債権１５件、"
        + G.f("１，２３４，５６０円", 1_234_560, "waived", 2023, "令和５年度")
        + "を放棄した。内訳は、債務者の死亡・相続放棄によるもの９件、時効期間の経過によるもの６件である。"])
    speak(doc, "市民生活部長", sec3, ["放棄の判断基準は、各課で統一されているのか。"])
    speak(doc, "収納対策課長", sec3, [
        "債権管理マニュアルの放棄基準に沿って各課が調書を作成し、収納対策課が全件を確認している。"])
    para(doc, "（５）総括", font=GOTHIC, indent_mm=4)
    speak(doc, "委員長", "総括", [
        "収入未済額は着実に縮減しているが、国民健康保険税の現年分は目標にあと一歩である。各部は、"
        "今年度の実施計画に沿って早期の催告と納付環境の整備を進め、次回の会議で上半期の実績を報告されたい。"])
    para(doc, "８　閉会　午後３時３０分", font=GOTHIC)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ------------------------------------------------------------------ page 5: 別表
    page_break(doc)
    para(doc, "別表　主な債権の収納状況（令和６年２月末時点）", size=12, bold=True, font=GOTHIC, space_after=2)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    hdr = ["債権名", "区分", "調定額※１", "収入済額", "収納率\n（前年同月）", "差"]
    nrows = 1 + sum(len(b[2]) + 1 for b in BETSU) + 1
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(34), Mm(16), Mm(30), Mm(30), Mm(32), Mm(18)]
    for r in tbl.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    for c, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[c], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, shade="D9D9D9")
    rows_for_json = [hdr]
    R = WD_ALIGN_PARAGRAPH.RIGHT
    ri = 1
    tot_a = tot_c = 0
    seg_code = {"現年分": "current", "滞繰分": "arrears", "計": "total"}
    for debt, printed, segs in BETSU:
        first = ri
        sa = sc = 0
        lines = []
        for name, a, c, prev in segs:
            lines.append((name, a, c, prev))
            sa += a; sc += c
        # 計 row: previous-year rate of the total from the previous-year pieces (kept printed)
        prev_tot = {"市税": "87.12", "国民健康保険税": "71.38", "保育料": "90.55", "下水道使用料": "88.91"}[debt]
        lines.append(("計", sa, sc, prev_tot))
        tot_a += sa; tot_c += sc
        for name, a, c, prev in lines:
            rr = rate(c, a)
            d = rr - Decimal(prev)
            seg = seg_code[name]
            row = tbl.rows[ri].cells
            cell_text(row[1], name, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row[2], G.f(kanma(a), a * 1000, "assessed", 2023, "令和６年２月末", seg=seg, basis="interim",
                                  debt=debt, debt_raw=printed, as_of=AS_OF), align=R)
            cell_text(row[3], G.f(kanma(c), c * 1000, "collected", 2023, "令和６年２月末", seg=seg, basis="interim",
                                  debt=debt, debt_raw=printed, as_of=AS_OF), align=R)
            s_now = G.f(r2s(rr), rr, "collection_rate", 2023, "令和６年２月末", seg=seg, basis="interim",
                        debt=debt, debt_raw=printed, as_of=AS_OF)
            s_prev = G.f(prev, prev, "collection_rate", 2022, "前年同月", seg=seg, basis="interim",
                         debt=debt, debt_raw=printed, as_of=AS_OF_PREV)
            cell_text(row[4], f"{s_now}（{s_prev}）", align=R)
            dtxt = ("△" + r2s(-d)) if d < 0 else r2s(d)
            cell_text(row[5], G.f(dtxt, d, "difference", 2023, "令和６年２月末", seg=seg, basis="interim",
                                  debt=debt, debt_raw=printed, unit="points", as_of=AS_OF), align=R)
            rows_for_json.append([printed if ri == first else "", name, kanma(a), kanma(c), f"{s_now}（{s_prev}）", dtxt])
            ri += 1
        m = tbl.cell(first, 0).merge(tbl.cell(ri - 1, 0))
        cell_text(m, printed, align=WD_ALIGN_PARAGRAPH.CENTER)
    # 合計 row
    rr = rate(tot_c, tot_a)
    prev = "84.87"
    d = rr - Decimal(prev)
    row = tbl.rows[ri].cells
    mm = row[0].merge(row[1])
    cell_text(mm, "合　計", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, shade="F2F2F2")
    cell_text(row[2], G.f(kanma(tot_a), tot_a * 1000, "assessed", 2023, "令和６年２月末", basis="interim",
                          debt_raw="合計", as_of=AS_OF), align=R, shade="F2F2F2")
    cell_text(row[3], G.f(kanma(tot_c), tot_c * 1000, "collected", 2023, "令和６年２月末", basis="interim",
                          debt_raw="合計", as_of=AS_OF), align=R, shade="F2F2F2")
    s_now = G.f(r2s(rr), rr, "collection_rate", 2023, "令和６年２月末", basis="interim", debt_raw="合計", as_of=AS_OF)
    s_prev = G.f(prev, prev, "collection_rate", 2022, "前年同月", basis="interim", debt_raw="合計", as_of=AS_OF_PREV)
    cell_text(row[4], f"{s_now}（{s_prev}）", align=R, shade="F2F2F2")
    dtxt = ("△" + r2s(-d)) if d < 0 else r2s(d)
    cell_text(row[5], G.f(dtxt, d, "difference", 2023, "令和６年２月末", basis="interim", debt_raw="合計",
                          unit="points", as_of=AS_OF), align=R, shade="F2F2F2")
    rows_for_json.append(["合計", "", kanma(tot_a), kanma(tot_c), f"{s_now}（{s_prev}）", dtxt])
    G.tables.append({"page": G.page, "bbox": None, "rows": rows_for_json})

    para(doc, "", space_after=2)
    para(doc, "※１　調定額は、還付未済額を除いた額である。", size=9)
    para(doc, "※２　下水道使用料は、令和６年２月請求分までの数値である。", size=9)
    para(doc, "※３　（　）内は前年同月（令和５年２月末時点）の収納率。差は前年同月との差（ポイント）で、△は減少を示す。",
         size=9)
    para(doc, "※４　保育料には一時預かり事業利用料を含まない。同利用料の収入未済額は、"
         + G.f("４８７千円", 487_000, "outstanding", 2023, "令和６年２月末時点", basis="interim",
               debt="一時預かり事業利用料", as_of=AS_OF)
         + "（令和６年２月末時点）である。", size=9)

    G.minutes = {"title": "令和6年度第1回たつの市債権管理対策会議 会議録", "meeting_number": 1,
                 "date": "2024-05-21", "method": "対面（一部オンライン併用）", "attendees": attendees,
                 "agenda": agenda, "materials": materials, "statements": STATEMENTS}
    out = WORK / f"{STEM}.docx"
    doc.save(out)
    pdf = soffice(out)
    dst = PDF_DIR / f"{STEM}.pdf"
    dst.write_bytes(pdf.read_bytes())
    gp = G.write(dst)
    return check(dst, gp)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
