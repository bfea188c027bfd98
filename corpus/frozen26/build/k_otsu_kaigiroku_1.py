"""大津市議会 総務常任委員会 記録（債権管理の所管事務調査）: python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from k_common import OUT, PDF, fact, find_page, page_texts, rate, to_pdf, write_gold, zen

STEM = "k_otsu_kaigiroku_1"
CITY = "大津市"
TITLE = "総務常任委員会記録"
FONT = "IPAex明朝"

# 別表（千円）: name, assessed, outstanding, written_off
TABLE = [
    ("市税", 35_412_806, 987_650, 96_114),
    ("国民健康保険料", 9_802_417, 1_234_560, 140_302),
    ("介護保険料", 7_915_233, 162_884, 31_207),
    ("後期高齢者医療保険料", 3_288_941, 24_118, 5_013),
    ("保育所保育料", 1_402_876, 48_612, 3_904),
    ("市営住宅使用料", 1_105_330, 131_457, 8_866),
]


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, space_after=2):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    set_font(p.add_run(text), size, bold)
    return p


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._element.append(el)
    set_font(run, 9)


def cell_text(cell, text, size=9, align="l", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
    set_font(p.add_run(text), size, bold)


def build():
    rows = []
    tot = [0, 0, 0, 0]
    for name, a, u, w in TABLE:
        c = a - u - w
        rows.append((name, a, c, w, u, rate(c, a)))
        for i, v in enumerate((a, c, w, u)):
            tot[i] += v
    total = ("計", tot[0], tot[1], tot[2], tot[3], rate(tot[1], tot[0]))
    tax = rows[0]
    kokuho = rows[1]

    # prose figures
    tax_cur, tax_arr = 99.12, 32.40
    statements = []  # (speaker, text, facts-callback)

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務常任委員会記録（令和７年11月20日）"), 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    page_field(fp)
    set_font(fp.add_run(" －"), 9)

    para(doc, "総務常任委員会記録", 16, True, "c", space_after=10)
    meta = [
        ("１　開会日時", "令和７年11月20日（木）　午前10時00分開会　午前11時42分閉会"),
        ("２　開会場所", "第２委員会室"),
    ]
    for k, v in meta:
        para(doc, f"{k}　　{v}", 10.5)
    para(doc, "３　出席委員（７名）", 10.5)
    members = [("委員長", "山本　和彦"), ("副委員長", "中川　恵子"), ("委員", "岡田　誠"), ("委員", "林　直樹"),
               ("委員", "西村　洋子"), ("委員", "藤田　隆"), ("委員", "小西　浩二")]
    line = "　".join(f"{r}　{n}" for r, n in members[:2])
    para(doc, line, 10.5, indent=8)
    para(doc, "委員　" + "、".join(n for _, n in members[2:]), 10.5, indent=8)
    para(doc, "４　欠席委員　　なし", 10.5)
    para(doc, "５　説明のため出席した者", 10.5)
    explainers = [("財政部長", "清水　徹"), ("債権管理課長", "森本　美香"), ("子ども・若者部長", "川口　聡"),
                  ("保険年金課長", "大西　亮"), ("住宅政策課長", "吉岡　真一")]
    for t, n in explainers:
        para(doc, f"{t}　　{n}", 10.5, indent=8)
    para(doc, "６　事務局職員出席者　　議事調査課主査　　田村　由紀", 10.5)
    para(doc, "７　会議に付した事件", 10.5)
    agenda = ["債権管理の状況について", "令和６年度大津市債権管理計画の実施状況について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(str(i))}）{a}", 10.5, indent=8)
    para(doc, "８　配付資料　　資料１　債権管理の状況（令和６年度決算）、資料２　令和６年度大津市債権管理計画 実施状況報告書",
         10.5)
    para(doc, "９　審査の経過", 10.5, space_after=6)

    def say(speaker, text):
        statements.append((speaker, text))
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.first_line_indent = Mm(0)
        set_font(p.add_run("○" + speaker), 10.5, True)
        set_font(p.add_run("　" + text), 10.5)

    say("山本委員長", "ただいまから総務常任委員会を開会いたします。本日は所管事務調査として、債権管理について理事者から説明を受けます。"
        "それでは、説明をお願いします。")
    say("清水財政部長", "財政部長の清水でございます。本市の債権管理につきましては、債権管理条例に基づき、全庁的に収入未済額の縮減に取り組んでいるところでございます。"
        "詳細につきましては、債権管理課長から説明させていただきます。")
    s1 = (f"それでは、資料１に基づき御説明いたします。令和６年度決算における本市の債権全体の収入未済額は約31億4,200万円となり、"
          f"前年度の約33億5,200万円から約２億1,000万円縮減いたしました。このうち市税は、収納率が現年課税分で{tax_cur:.2f}％、"
          f"滞納繰越分で{tax_arr:.2f}％、合計で{tax[5]:.2f}％となり、収入未済額は９億8,765万円でございます。"
          f"国民健康保険料は、現年分の収納率が94.05％と前年度を0.36ポイント上回りましたが、収入未済額は依然として12億3,456万円と、"
          f"債権の中で最も大きい額となっております。各債権の状況は、記録の末尾に別表として添付しております。")
    say("森本債権管理課長", s1)
    say("山本委員長", "説明が終わりました。質疑はありませんか。")
    say("岡田委員", "市税について、今年度の状況はどうか。前年度を上回って推移しているのか伺いたい。")
    s2 = ("10月末時点の市税の収納率は、現年課税分で58.3％となっており、前年同月の57.9％を0.4ポイント上回っております。"
          "滞納繰越分は21.6％でございます。年末に向けて、差押えなどの滞納処分を計画的に進めてまいります。")
    say("森本債権管理課長", s2)
    say("西村委員", "保育料について、未納が続くと放課後児童クラブなど他の債権にも滞納が連鎖すると聞く。現状と対策を伺いたい。")
    s3 = ("保育所保育料の収入未済額は、令和６年度末で約4,860万円、滞納者数は212人となっております。"
          "児童手当からの徴収や口座振替の原則化により、現年分の滞納発生の抑制に努めております。")
    say("川口子ども・若者部長", s3)
    say("林委員", "市営住宅使用料の滞納繰越分について、弁護士への委託の効果と今年度の目標を伺いたい。")
    s4 = ("退去者の滞納家賃につきましては、令和５年度から弁護士法人への回収委託を行っており、一定の効果が出ております。"
          "令和７年度は、滞納繰越分の収納率の目標を15.0％以上としております。")
    say("吉岡住宅政策課長", s4)
    say("藤田委員", "令和７年度第２回の債権管理推進会議はいつ開催される予定か。")
    say("森本債権管理課長", "令和７年度第２回大津市債権管理推進会議は、令和８年１月下旬の開催を予定しており、"
        "その場で各債権の中間報告を取りまとめる予定でございます。")
    say("小西委員", "債権ごとに所管課が分かれているが、情報共有を一層進め、全庁で取り組んでいただくよう要望しておく。")
    say("山本委員長", "ほかにありませんか。――以上で所管事務調査を終わります。これをもちまして、総務常任委員会を閉会いたします。")

    # 別表 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の決算状況（令和６年度）", 12, True, space_after=2)
    para(doc, "（単位：千円、収納率は％）", 9, align="r", space_after=2)
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1 + len(rows) + 1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, 9, "c", True)
    for i, r in enumerate(rows + [total], 1):
        cell_text(t.rows[i].cells[0], r[0], 9)
        for j in range(1, 5):
            cell_text(t.rows[i].cells[j], f"{r[j]:,}", 9, "r")
        cell_text(t.rows[i].cells[5], f"{r[5]:.2f}", 9, "r")
    para(doc, "※ 市税の収入未済額には、延滞金を含まない。", 9, space_after=2)
    para(doc, "※ 計は上記６債権の合計であり、債権全体の額とは一致しない。", 9)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    texts = page_texts(pdf)

    facts = []
    pg = find_page(texts, "約31億4,200万円")
    facts += [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 3_142_000_000, "yen", "約31億4,200万円", pg,
             approx=True, debt_raw=None),
        fact(None, 2023, "前年度", "total", "outstanding", "actual", 3_352_000_000, "yen", "約33億5,200万円", pg,
             approx=True, debt_raw=None),
    ]
    pg = find_page(texts, f"現年課税分で{tax_cur:.2f}％")
    facts += [
        fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", tax_cur, "percent", f"{tax_cur:.2f}％", pg),
        fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tax_arr, "percent", f"{tax_arr:.2f}％", pg),
        fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", tax[5], "percent", f"{tax[5]:.2f}％", pg),
        fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", 987_650_000, "yen", "９億8,765万円", pg),
    ]
    pg = find_page(texts, "94.05％")
    facts += [
        fact("国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", 94.05, "percent", "94.05％", pg),
        fact("国民健康保険料", 2024, "令和６年度", "total", "outstanding", "actual", 1_234_560_000, "yen", "12億3,456万円", pg),
    ]
    pg = find_page(texts, "58.3％")
    facts += [
        fact("市税", 2025, "10月末時点", "current", "collection_rate", "interim", 58.3, "percent", "58.3％", pg,
             as_of="2025-10-31"),
        fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", 57.9, "percent", "57.9％", pg,
             as_of="2024-10-31"),
        fact("市税", 2025, "10月末時点", "arrears", "collection_rate", "interim", 21.6, "percent", "21.6％", pg,
             as_of="2025-10-31"),
    ]
    pg = find_page(texts, "約4,860万円")
    facts += [
        fact("保育所保育料", 2024, "令和６年度末", "total", "outstanding", "actual", 48_600_000, "yen", "約4,860万円", pg,
             approx=True),
        fact("保育所保育料", 2024, "令和６年度末", "total", "delinquents", "actual", 212, "persons", "212人", pg),
    ]
    pg = find_page(texts, "15.0％以上")
    facts.append(fact("市営住宅使用料", 2025, "令和７年度", "arrears", "collection_rate", "target", 15.0, "percent",
                      "15.0％以上", pg))
    pg = find_page(texts, "別表主要債権の決算状況")
    metrics = ["assessed", "collected", "written_off", "outstanding"]
    for r in rows + [total]:
        debt = None if r[0] == "計" else r[0]
        for j, m in enumerate(metrics, 1):
            facts.append(fact(debt, 2024, "令和６年度", "total", m, "actual", r[j] * 1000, "yen", f"{r[j]:,}", pg,
                              debt_raw=r[0]))
        facts.append(fact(debt, 2024, "令和６年度", "total", "collection_rate", "actual", r[5], "percent",
                          f"{r[5]:.2f}", pg, debt_raw=r[0]))

    sts = []
    for sp, tx in statements:
        sts.append({"speaker": sp, "section": "債権管理の状況について", "text": tx,
                    "page": find_page(texts, tx[:40])})
    attendees = [{"role": r, "title": None, "name": n} for r, n in members]
    attendees += [{"role": t, "title": t, "name": n} for t, n in explainers]
    attendees.append({"role": "事務局", "title": "議事調査課主査", "name": "田村　由紀"})
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-11-20", "method": None,
               "attendees": attendees, "agenda": agenda,
               "materials": ["資料１　債権管理の状況（令和６年度決算）", "資料２　令和６年度大津市債権管理計画 実施状況報告書"],
               "statements": sts}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-20",
                "date_raw": "令和７年11月20日"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
