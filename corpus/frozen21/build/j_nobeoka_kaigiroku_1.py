"""延岡市議会 総務財政委員会記録 (所管事務調査: 債権管理) — python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from j_common import OUT, PDF, Gold, c, locate, rate, squash, page_texts, to_pdf, zen  # noqa: E402

STEM = "j_nobeoka_kaigiroku_1"
CITY = "延岡市"
ASOF, ASOF_PREV = "2024-12-31", "2023-12-31"

# 別表 data (千円): debt -> segment -> (調定, 収入済, 前年同期収納率)
TABLE = [
    ("市税", "current", "現年課税分", 14862413, 12103552, "81.07"),
    ("市税", "arrears", "滞納繰越分", 612840, 131774, "19.86"),
    ("国民健康保険税", "current", "現年課税分", 3904116, 2786330, "71.02"),
    ("国民健康保険税", "arrears", "滞納繰越分", 688402, 138713, "19.44"),
    ("介護保険料", "current", "現年分", 2918230, 2396508, "82.31"),
    ("介護保険料", "arrears", "滞納繰越分", 61208, 8745, "13.90"),
    ("後期高齢者医療保険料", "current", "現年分", 1402955, 1166001, "83.12"),
    ("後期高齢者医療保険料", "arrears", "滞納繰越分", 9640, 3170, "35.02"),
    ("市営住宅使用料", "current", "現年分", 512330, 418870, "81.96"),
    ("市営住宅使用料", "arrears", "滞納繰越分", 88415, 9127, "9.77"),
]


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def add_page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        run._r.append(el)


def para(doc, text, bold=False, align=None, size=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align


def main():
    g = Gold(STEM, "minutes", CITY, "令和7年第1回総務財政委員会記録", "2025-01-21", "令和７年１月２１日（火）",
             "minutes")
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = "総務財政委員会記録（令和７年１月２１日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_page_field(fp)
    fp.add_run(" －")

    para(doc, "延岡市議会", align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "令和７年第１回　総務財政委員会記録", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=15)
    para(doc, "")
    para(doc, "１　開催日時　令和７年１月２１日（火）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　開催場所　第２委員会室")
    para(doc, "３　出席委員")
    para(doc, "委員長　甲斐　隆広　　副委員長　松田　由紀", indent=8)
    para(doc, "委　員　河野　正樹　黒木　健一　佐藤　里美　日高　孝之　吉田　誠", indent=8)
    para(doc, "４　欠席委員　なし")
    para(doc, "５　説明のため出席した者")
    para(doc, "財務部長・財務部次長兼納税課長・債権管理室長・健康長寿部長・国保・年金課長・こども・家庭支援課長・"
              "都市建設部住宅課長", indent=8)
    para(doc, "６　事務局職員　議事課長・議事課主任主事")
    para(doc, "７　付議事件（所管事務調査）")
    agenda = ["市の債権の収入未済額等の状況について", "延岡市債権管理計画（第２期）の中間見直しについて"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(i)}）{a}", indent=8)
    para(doc, "８　配付資料")
    mats = ["市の主な債権の収納状況（令和６年１２月末現在）", "延岡市債権管理計画（第２期）中間見直し（案）の概要"]
    for i, a in enumerate(mats, 1):
        para(doc, f"資料{zen(i)}　{a}", indent=8)
    para(doc, "")
    para(doc, "―――――――――――――――　審査の経過　―――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)

    by = {(d, s): (a, b, p) for d, s, _, a, b, p in TABLE}
    rt = {k: rate(v[1], v[0]) for k, v in by.items()}
    tax_cur = rt[("市税", "current")]
    kok_arr = rt[("国民健康保険税", "arrears")]
    diff_tax = tax_cur - __import__("decimal").Decimal(by[("市税", "current")][2])

    S = []  # (speaker_printed, section, text)
    sec1 = agenda[0]
    sec2 = agenda[1]
    S.append(("甲斐委員長", None,
              "ただいまから総務財政委員会を開会いたします。本日は、所管事務調査として、市の債権管理について執行部から"
              "説明を受けます。まず、付議事件（１）について説明をお願いします。"))
    S.append(("財務部長", sec1,
              "おはようございます。市の債権につきましては、昨年１１月１４日に開催した令和６年度第２回延岡市債権管理"
              "推進本部会議において、上半期の状況を各部から報告を受けたところでございます。本日はその後の状況を含め、"
              "債権管理室長から説明させていただきます。"))
    S.append(("債権管理室長", sec1,
              "資料１を御覧ください。まず、令和５年度決算では、一般会計と特別会計を合わせた収入未済額は約１８億７，２００万円"
              "となり、前年度から約１億２，９００万円減少いたしました。このうち市税の収入未済額は約６億２，４００万円でございます。"
              f"次に、令和６年１２月末現在の市税の現年課税分の収納率は{zen(str(tax_cur))}％で、前年同期と比べ"
              f"{zen(str(diff_tax))}ポイント上昇しております。一方で、国民健康保険税の滞納繰越分の収納率は"
              f"{zen(str(kok_arr))}％にとどまっており、引き続き財産調査と滞納処分の徹底を図ってまいります。"
              "各債権の詳細は別表のとおりでございます。"))
    S.append(("河野委員", sec1,
              "市営住宅使用料の滞納繰越分の収納率が１割程度にとどまっているようだが、退去者の分の回収はどのように進めているのか。"))
    S.append(("住宅課長", sec1,
              "退去された方の未納分につきましては、連帯保証人への請求を含め文書と電話による催告を行っておりますが、"
              "所在が不明な方も多く、回収が難しい状況でございます。今年度からは支払督促の申立てを計画的に行うこととしており、"
              "１２月末までに４件の申立てを行いました。"))
    S.append(("佐藤委員", sec1,
              "国民健康保険税は現年分の収納率も他の債権に比べて低いと思う。若い世代の滞納が多いのではないか。"))
    S.append(("国保・年金課長", sec1,
              "御指摘のとおり、２０歳代から３０歳代の世帯主の滞納が多い傾向にございます。納付書に二次元コードを印字し、"
              "スマートフォン決済で納付できるようにしたほか、口座振替の勧奨を強化しているところでございます。"))
    S.append(("甲斐委員長", None, "ほかにありませんか。なければ、次に付議事件（２）について説明をお願いします。"))
    S.append(("財務部次長兼納税課長", sec2,
              "資料２を御覧ください。第２期計画は令和４年度から令和８年度までの５年間の計画で、本年度が中間年に当たります。"
              "中間見直し案では、市税の滞納繰越分の収納率の目標を、令和８年度に３０．０％とする現行の目標を据え置き、"
              "国民健康保険税の現年分の収納率の目標を９４．５％から９５．０％に引き上げることとしております。"))
    S.append(("日高委員", sec2,
              "目標を引き上げるのは良いが、令和５年度の国保税の現年分の実績はどの程度だったのか。"))
    S.append(("国保・年金課長", sec2,
              "令和５年度決算における国民健康保険税の現年分の収納率は９４．８２％でございました。"))
    S.append(("甲斐委員長", None, "以上で所管事務調査を終わります。これをもちまして、総務財政委員会を閉会いたします。"))

    for sp, sect, text in S:
        p = doc.add_paragraph()
        r = p.add_run(f"○{sp}　")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.first_line_indent = Mm(0)
    para(doc, "午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on its own page
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況（令和６年１２月末現在）", bold=True)
    para(doc, "（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    t = doc.add_table(rows=2 + len(TABLE) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr1 = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期", "差"]
    hdr2 = ["", "", "Ａ", "Ｂ", "Ｂ／Ａ", "収納率", "（ポイント）"]
    for j, h in enumerate(hdr1):
        cell_text(t.cell(0, j), h, WD_ALIGN_PARAGRAPH.CENTER)
    for j, h in enumerate(hdr2):
        if h:
            cell_text(t.cell(1, j), h, WD_ALIGN_PARAGRAPH.CENTER)
    t.cell(0, 0).merge(t.cell(1, 0)); t.cell(0, 1).merge(t.cell(1, 1))
    # 合計 first (total row printed above the debts)
    tot_a = sum(x[3] for x in TABLE); tot_b = sum(x[4] for x in TABLE)
    prev_tot = "76.55"
    rows = [("合計", "total", "－", tot_a, tot_b, prev_tot)] + [(d, s, lab, a, b, pv) for d, s, lab, a, b, pv in TABLE]
    from decimal import Decimal
    fy, fyr = 2024, "令和６年１２月末"
    for i, (d, s, lab, a, b, pv) in enumerate(rows):
        r = i + 2
        rr = rate(b, a)
        diff = rr - Decimal(pv)
        vals = [d if (i == 0 or i % 2 == 1) else "", lab, c(a), c(b), str(rr), pv,
                ("+" if diff >= 0 else "△") + str(abs(diff))]
        for j, v in enumerate(vals):
            cell_text(t.cell(r, j), v, WD_ALIGN_PARAGRAPH.LEFT if j < 2 else WD_ALIGN_PARAGRAPH.RIGHT)
        debt = None if d == "合計" else d
        draw = d
        g.fact(debt, fy, fyr, s, "assessed", "interim", a * 1000, "yen", c(a), None, ASOF, debt_raw=draw)
        g.fact(debt, fy, fyr, s, "collected", "interim", b * 1000, "yen", c(b), None, ASOF, debt_raw=draw)
        g.fact(debt, fy, fyr, s, "collection_rate", "interim", rr, "percent", str(rr), None, ASOF, debt_raw=draw)
        g.fact(debt, 2023, "前年同期", s, "collection_rate", "interim", Decimal(pv), "percent", pv, None, ASOF_PREV,
               debt_raw=draw)
    for i in range(len(TABLE) // 2):
        top = 3 + 2 * i
        t.cell(top, 0).merge(t.cell(top + 1, 0))
        cell_text(t.cell(top, 0), TABLE[2 * i][0], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")
    para(doc, "注１　調定額及び収入済額は千円未満を切り捨てているため、合計が一致しない場合がある。", size=9)
    para(doc, "注２　前年同期は令和５年１２月末現在の収納率である。", size=9)

    # prose facts (pages located later; prose precedes the table)
    prose = []
    prose.append((None, 2023, "令和５年度", "total", "outstanding", "actual", 1872000000, "約１８億７，２００万円", True, None))
    prose.append(("市税", 2023, "令和５年度", "total", "outstanding", "actual", 624000000, "約６億２，４００万円", True, None))
    prose.append(("市税", 2024, "令和６年１２月末", "current", "collection_rate", "interim", tax_cur,
                  f"{zen(str(tax_cur))}％", False, ASOF))
    prose.append(("国民健康保険税", 2024, "令和６年１２月末", "arrears", "collection_rate", "interim", kok_arr,
                  f"{zen(str(kok_arr))}％", False, ASOF))
    prose.append(("市税", 2026, "令和８年度", "arrears", "collection_rate", "target", Decimal("30.0"), "３０．０％", False, None))
    prose.append(("国民健康保険税", 2026, "令和８年度", "current", "collection_rate", "target", Decimal("94.5"), "９４．５％", False, None))
    prose.append(("国民健康保険税", 2026, "令和８年度", "current", "collection_rate", "target", Decimal("95.0"), "９５．０％", False, None))
    prose.append(("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", Decimal("94.82"), "９４．８２％", False, None))
    table_facts = g.facts
    g.facts = []
    for d, fy_, fyr_, s, m, b, v, raw, ap, asof in prose:
        g.fact(d, fy_, fyr_, s, m, b, v, "yen" if m == "outstanding" else "percent", raw, None, asof, approx=ap)
    g.facts += table_facts

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "j1")
    locate(g, pdf)
    # the table is on the last page: its facts must be there
    texts = page_texts(pdf)
    last = len(texts)
    for f in table_facts:
        f["page"] = last
    statements = []
    for sp, sect, text in S:
        pg = next(i + 1 for i, t_ in enumerate(texts) if squash(text[:30]) in t_)
        statements.append({"speaker": sp, "section": sect, "text": text, "page": pg})
    att = [{"role": "委員長", "title": None, "name": "甲斐隆広"}, {"role": "副委員長", "title": None, "name": "松田由紀"}]
    att += [{"role": "委員", "title": None, "name": n} for n in ["河野正樹", "黒木健一", "佐藤里美", "日高孝之", "吉田誠"]]
    att += [{"role": "説明員", "title": t_, "name": None} for t_ in
            ["財務部長", "財務部次長兼納税課長", "債権管理室長", "健康長寿部長", "国保・年金課長", "こども・家庭支援課長",
             "都市建設部住宅課長"]]
    att += [{"role": "事務局", "title": t_, "name": None} for t_ in ["議事課長", "議事課主任主事"]]
    g.minutes = {"title": "令和7年第1回総務財政委員会記録", "meeting_number": 1, "date": "2025-01-21", "method": None,
                 "attendees": att, "agenda": agenda, "materials": [f"資料{i} {m}" for i, m in enumerate(mats, 1)],
                 "statements": statements}
    g.write(pdf)


if __name__ == "__main__":
    main()
