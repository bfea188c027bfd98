"""苫小牧市-style 債権管理推進会議 会議録: python-docx → LibreOffice.

Family: さいたま市-style 議事要旨 of an internal 債権管理 committee.
This city's template: a label/value box (日時・場所・出席者・欠席者・議題・資料) instead of numbered
sections, attendees as 会長：副市長 name / 委員：titles joined by ・ (one title itself holds a ・),
○-marked speakers by title, a question/answer part, a mention of the previous meeting
(令和７年度第２回) before the real date, figures in running text with 全角 digits, and a 別表 at the
end with the debt name in a merged cell over its 現年/滞繰 rows.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from m_common import OUT, PDF_DIR, Gold, check, comma, pct, summary, to_pdf, zen  # noqa: E402

STEM = "m_tomakomai_kaigiroku_1"
CITY = "苫小牧市"
TITLE = "令和７年度 第３回苫小牧市債権管理推進会議 会議録"
FY, FY0 = 2025, 2024
ASOF, ASOF0 = "2025-12-31", "2024-12-31"

# 債権, (現年 調定, 収入, 前年同月率), (滞繰 調定, 収入, 前年同月率)  千円, 令和7年12月末
DATA = [
    ("市税", (17845210, 14712604, 82.11), (905338, 233870, 24.60)),
    ("国民健康保険税", (3612450, 2318771, 63.88), (1102337, 214505, 19.92)),
    ("介護保険料", (2410562, 1953880, 80.87), (88413, 12604, 13.51)),
    ("後期高齢者医療保険料", (1688340, 1392716, 82.60), (20115, 6230, 29.44)),
    ("市営住宅使用料", (1210660, 932118, 76.40), (143820, 18992, 12.05)),
]
RATES = {}
for name, cur, arr in DATA:
    RATES[(name, "current")] = pct(cur[1], cur[0], 2)
    RATES[(name, "arrears")] = pct(arr[1], arr[0], 2)

FONT = "IPAex明朝"


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), font)
    rf.set(qn("w:hAnsi"), font)


def para(doc, text, size=10.5, bold=False, align=None, indent_first=True, space_after=2, font=FONT):
    p = doc.add_paragraph()
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent_first:
        pf.first_line_indent = Pt(size)
    r = p.add_run(text)
    set_font(r, size, bold, font)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=10, bold=False, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        r = p.add_run(ln)
        set_font(r, size, bold)


def set_widths(t, mms):
    t.autofit = False
    for j, w in enumerate(mms):
        t.columns[j].width = Mm(w)
        for c in t.columns[j].cells:
            c.width = Mm(w)


def shade(cell, color="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def build():
    g = Gold(STEM, "minutes", CITY, TITLE, "2026-01-27", "令和８年１月２７日（火）")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("苫小牧市債権管理推進会議"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # page number field
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    set_font(r, 9)

    statements = []

    def say(speaker, section, text, marker="○"):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(3)
        pf.line_spacing = 1.15
        pf.left_indent = Pt(10.5)
        pf.first_line_indent = Pt(-10.5)
        r1 = p.add_run(marker + speaker + "　")
        set_font(r1, 10.5, True, "IPAexゴシック")
        r2 = p.add_run(text)
        set_font(r2, 10.5)
        statements.append({"speaker": speaker, "section": section, "text": text})

    # ---------- page 1 ----------
    g.page = 1
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, False, 10, "IPAexゴシック")
    box = [
        ("日　時", "令和８年１月２７日（火）　午後２時００分～午後３時１０分"),
        ("場　所", "苫小牧市役所　本庁舎３階　第２会議室"),
        ("出席者", "会　長：副市長　成田　慎一\n"
                  "委　員：総務部長・財政部長・市民生活部長・健康・こども部長・福祉部長・都市建設部長・"
                  "上下水道部長・教育部長\n"
                  "事務局：財政部納税課長・納税課債権管理担当主幹"),
        ("欠席者", "産業経済部長"),
        ("議　題", "（１）令和７年度 主要債権の収納状況（１２月末）について\n"
                  "（２）令和７年度 債権放棄の状況について\n"
                  "（３）令和８年度 債権管理事務の進め方について"),
        ("資　料", "資料１　主要債権の収納状況（令和７年１２月末現在）\n"
                  "資料２　令和７年度 債権放棄一覧\n"
                  "資料３　令和８年度 債権管理事務スケジュール（案）"),
    ]
    t = doc.add_table(rows=len(box), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(box):
        cell_text(t.cell(i, 0), k, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(i, 0))
        cell_text(t.cell(i, 1), v, 10)
    set_widths(t, [24, 142])
    para(doc, "", 6, indent_first=False)
    g.minutes = {
        "title": TITLE, "meeting_number": 3, "date": "2026-01-27", "method": None,
        "attendees": [{"role": "会長", "title": "副市長", "name": "成田慎一"}]
        + [{"role": "委員", "title": x, "name": None} for x in
           ["総務部長", "財政部長", "市民生活部長", "健康・こども部長", "福祉部長", "都市建設部長", "上下水道部長",
            "教育部長"]]
        + [{"role": "事務局", "title": x, "name": None} for x in ["財政部納税課長", "納税課債権管理担当主幹"]],
        "agenda": ["令和７年度 主要債権の収納状況（１２月末）について", "令和７年度 債権放棄の状況について",
                   "令和８年度 債権管理事務の進め方について"],
        "materials": ["資料１ 主要債権の収納状況（令和７年１２月末現在）", "資料２ 令和７年度 債権放棄一覧",
                      "資料３ 令和８年度 債権管理事務スケジュール（案）"],
    }
    para(doc, "１　開会", 11, True, indent_first=False, font="IPAexゴシック")
    say("納税課長", "開会", "ただいまから令和７年度第３回苫小牧市債権管理推進会議を開会いたします。"
        "はじめに、会長からごあいさつを申し上げます。")
    para(doc, "２　会長あいさつ", 11, True, indent_first=False, font="IPAexゴシック")
    say("副市長", "会長あいさつ",
        "前回の令和７年度第２回会議（令和７年１０月２１日開催）では、上半期の収納状況と年末の滞納整理強化月間の"
        "進め方を確認していただきました。本日は、１２月末時点の状況を確認し、年度末に向けて各部の取組を"
        "もう一段強めていただくようお願いいたします。特に私債権は、所管課だけで抱え込まずに納税課と早めに"
        "相談してください。")

    # ---------- page 2 ----------
    page_break(doc)
    g.page = 2
    para(doc, "３　議題", 11, True, indent_first=False, font="IPAexゴシック")
    sec1 = "令和７年度 主要債権の収納状況（１２月末）について"
    para(doc, "（１）" + sec1, 10.5, True, indent_first=False, font="IPAexゴシック")

    def R(name, seg, prev=False):
        if prev:
            cur = [d for d in DATA if d[0] == name][0]
            v = (cur[1] if seg == "current" else cur[2])[2]
        else:
            v = RATES[(name, seg)]
        return v

    def rate_fact(name, seg, prev=False, fy_raw=None):
        v = R(name, seg, prev)
        raw = zen(f"{v:.2f}％")
        g.fact(raw, v, debt=name, segment=seg, metric="collection_rate", basis="interim",
               fy=FY0 if prev else FY, fy_raw=fy_raw or ("前年同月" if prev else "１２月末現在"),
               as_of=ASOF0 if prev else ASOF)
        return raw

    def pts(name, seg):
        return zen(f"{abs(R(name, seg) - R(name, seg, True)):.2f}")

    tax_out = "約７億３，４００万円"
    g.fact(tax_out, 734000000, debt="市税", metric="outstanding", fy=2024, fy_raw="令和６年度決算", approx=True)
    tgt = "９９．２０％"
    g.fact(tgt, 99.20, debt="市税", segment="current", metric="collection_rate", basis="target", fy=FY,
           fy_raw="本年度")
    s1 = (f"資料１により御説明いたします。まず市税ですが、１２月末現在の収納率は、現年課税分が"
          f"{rate_fact('市税', 'current')}で、前年同月の{rate_fact('市税', 'current', True)}を"
          f"{pts('市税', 'current')}ポイント上回っております。滞納繰越分は{rate_fact('市税', 'arrears')}で、"
          f"前年同月を{pts('市税', 'arrears')}ポイント上回りました。令和６年度決算における市税の収入未済額は"
          f"{tax_out}でしたが、年末の滞納整理強化月間において給与及び預貯金の差押えを集中して行い、"
          f"滞納繰越分の圧縮が進んでおります。本年度の目標である現年課税分{tgt}の達成に向け、"
          f"２月末まで電話催告を継続いたします。")
    say("納税課長", sec1, s1)
    kk_cur = rate_fact("国民健康保険税", "current")
    kk_arr = rate_fact("国民健康保険税", "arrears")
    kk_arr0 = rate_fact("国民健康保険税", "arrears", True)
    s2 = (f"次に国民健康保険税でございます。現年課税分は{kk_cur}と前年同月をわずかに上回ったものの、"
          f"滞納繰越分は{kk_arr}で、前年同月の{kk_arr0}を下回っております。資格喪失後に未納が残る世帯が"
          f"増えていることが主な要因と考えており、喪失手続の窓口での納付相談を強化しております。")
    say("納税課長", sec1, s2)
    kaigo = rate_fact("介護保険料", "current")
    kouki = rate_fact("後期高齢者医療保険料", "current")
    kouki0 = rate_fact("後期高齢者医療保険料", "current", True)
    s3 = (f"介護保険料の現年度分は{kaigo}、後期高齢者医療保険料の現年度分は{kouki}で、後期高齢者医療保険料は"
          f"前年同月の{kouki0}をやや下回りました。新たに７５歳になられた方の普通徴収分が増えたことによるもので、"
          f"年金からの特別徴収に切り替わる年度末には例年並みに戻る見込みです。")
    say("健康・こども部長", sec1, s3)

    # ---------- page 3 ----------
    page_break(doc)
    g.page = 3
    say("上下水道部長", sec1, "市営住宅使用料の過年度分の収納率が他の債権に比べて低いように見えるが、"
        "退去者の未納についてはどのように対応しているのか。")
    jt = rate_fact("市営住宅使用料", "arrears")
    hh = "２０６世帯"
    g.fact(hh, 206, debt="市営住宅使用料", metric="delinquents", basis="interim", fy=FY, fy_raw="１２月末",
           as_of=ASOF, unit="households")
    s5 = (f"市営住宅使用料の過年度分の収納率は１２月末で{jt}となっており、前年同月から"
          f"{pts('市営住宅使用料', 'arrears')}ポイント改善しております。滞納世帯数は１２月末で{hh}です。"
          f"退去者の未納分については、今年度から弁護士への回収委任を始めており、１２月までに３８件を委任いたしました。")
    say("都市建設部長", sec1, s5)
    say("副市長", sec1, "弁護士委任の効果は年度末にまとめて報告してほしい。あわせて、連帯保証人への請求の状況も"
        "確認しておいてください。")
    sec2 = "令和７年度 債権放棄の状況について"
    para(doc, "（２）" + sec2, 10.5, True, indent_first=False, font="IPAexゴシック")
    say("納税課債権管理担当主幹", sec2,
        "資料２のとおり、債権管理条例に基づく債権放棄は、本年度１２月末までに４債権で計１２７件となっております。"
        "いずれも債務者の死亡又は破産によるもので、放棄した債権は議会に報告いたします。")
    sec3 = "令和８年度 債権管理事務の進め方について"
    para(doc, "（３）" + sec3, 10.5, True, indent_first=False, font="IPAexゴシック")
    say("納税課長", sec3,
        "資料３のスケジュール案のとおり、次回の令和８年度第１回会議は６月に開催し、令和７年度決算の状況と"
        "各債権の目標収納率を確認していただく予定です。債権管理研修は、新任職員向けを５月、"
        "係長職向けを９月に行います。")
    say("福祉部長", sec3, "生活保護費返還金は件数が多く、所管課だけでは滞納整理が追いつかない。"
        "研修に加えて、納税課による個別の事案相談の場を設けてもらいたい。")
    say("納税課長", sec3, "個別の事案相談については、毎月第２水曜日に相談日を設ける方向で調整いたします。")
    para(doc, "４　閉会", 11, True, indent_first=False, font="IPAexゴシック")
    say("納税課長", "閉会", "以上をもちまして、本日の会議を終了いたします。")

    # ---------- page 4: 別表 ----------
    page_break(doc)
    g.page = 4
    para(doc, "別表　主要債権の収納状況（令和７年１２月末現在）", 11, True, indent_first=False, font="IPAexゴシック")
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_first=False)
    heads = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "差"]
    t = doc.add_table(rows=1 + 3 * len(DATA), cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, j))
    set_widths(t, [32, 16, 27, 27, 20, 22, 18])
    row = 1
    for name, cur, arr in DATA:
        a = t.cell(row, 0).merge(t.cell(row + 2, 0))
        cell_text(a, name, 9, False, WD_ALIGN_PARAGRAPH.CENTER)
        tot_adj, tot_col = cur[0] + arr[0], cur[1] + arr[1]
        segs = [("現年分", "current", cur[0], cur[1], cur[2]), ("滞繰分", "arrears", arr[0], arr[1], arr[2]),
                ("計", "total", tot_adj, tot_col, None)]
        for k, (lab, seg, adj, col, prev) in enumerate(segs):
            rr = row + k
            rate = pct(col, adj, 2)
            cell_text(t.cell(rr, 1), lab, 9, False, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(rr, 2), comma(adj), 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
            cell_text(t.cell(rr, 3), comma(col), 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
            cell_text(t.cell(rr, 4), f"{rate:.2f}%", 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
            kw = dict(debt=name, segment=seg, basis="interim", fy=FY, fy_raw="令和７年１２月末現在", as_of=ASOF)
            g.fact(comma(adj), adj * 1000, metric="assessed", **kw)
            g.fact(comma(col), col * 1000, metric="collected", **kw)
            g.fact(f"{rate:.2f}%", rate, metric="collection_rate", **kw)
            if prev is not None:
                cell_text(t.cell(rr, 5), f"{prev:.2f}%", 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
                d = round(rate - prev, 2)
                cell_text(t.cell(rr, 6), ("+" if d >= 0 else "▲") + f"{abs(d):.2f}", 9, False,
                          WD_ALIGN_PARAGRAPH.RIGHT)
                g.fact(f"{prev:.2f}%", prev, debt=name, segment=seg, metric="collection_rate", basis="interim",
                       fy=FY0, fy_raw="前年同月", as_of=ASOF0)
            else:
                cell_text(t.cell(rr, 5), "－", 9, False, WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(t.cell(rr, 6), "－", 9, False, WD_ALIGN_PARAGRAPH.CENTER)
        row += 3
    para(doc, "", 4, indent_first=False)
    para(doc, "注）収納率は収入済額÷調定額で、小数点第３位を四捨五入。差は前年同月との比較（ポイント、▲は低下）。"
         "計の前年同月は算出していない。", 8.5, indent_first=False)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "m_tomakomai")
    # statement pages
    import fitz
    pages = [re.sub(r"\s+", "", p.get_text()) for p in fitz.open(pdf)]
    for s in statements:
        key = re.sub(r"\s+", "", s["text"])[:20]
        s["page"] = next((i + 1 for i, p in enumerate(pages) if key in p), None)
    g.minutes["statements"] = statements
    gold = g.write(pdf)
    errs = check(pdf, gold)
    for e in errs:
        print("ERR", e)
    print(summary(pdf, gold), "statements", len(statements))
    return not errs


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
