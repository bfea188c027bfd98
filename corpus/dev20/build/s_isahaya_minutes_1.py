"""諫早市「令和６年第４回（１２月）定例会 総務委員会記録」(minutes): python-docx -> LibreOffice, A4, with a 別表.

Modelled on 諫早市議会's committee records as published (「◯委員長(津田 清君)[ 228頁]」 speaker markers, page refs),
https://chiholog.net/nagasakilog/gijilog/42204-20220629-e96ec3c/ja . People's names and figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import OUT, PDF, check, comma, fact, to_pdf, write_gold, zen  # noqa: E402

STEM = "s_isahaya_minutes_1"
CITY = "諫早市"
TITLE = "令和６年第４回（１２月）定例会　総務委員会記録"
DATE, DATE_RAW = "2024-12-10", "令和６年１２月１０日"
AS_OF, AS_OF_PREV = "2024-10-31", "2023-10-31"
AG1 = "債権管理の状況について（報告）"
AG2 = "諫早市債権管理条例に基づく債権の放棄について（報告）"

MEMBERS = [("委員長", "山下　修"), ("副委員長", "古賀　智美"), ("委員", "田川　浩一"), ("委員", "松尾　健治"),
           ("委員", "中島　由美子"), ("委員", "荒木　隆")]
STAFF = [("財務部長", "村田　健二"), ("債権管理課長", "小川　雅人"), ("保険年金課長", "西村　聡"),
         ("こども・子育て支援課長", "森　由紀"), ("住宅政策課長", "井上　浩")]

# 別表: group, debt, cur R6, cur R5, arr R6, arr R5, outstanding 千円 R6, R5
TABLE = [
    ("強制徴収公債権", "市税", 60.12, 59.77, 24.30, 22.85, 1_284_530, 1_352_118),
    ("強制徴収公債権", "国民健康保険税", 52.48, 51.90, 16.92, 15.71, 985_402, 1_031_266),
    ("強制徴収公債権", "介護保険料", 62.35, 62.51, 14.08, 13.37, 58_907, 60_213),
    ("強制徴収公債権", "後期高齢者医療保険料", 63.02, 62.88, 33.15, 31.42, 8_845, 9_120),
    ("強制徴収公債権", "保育料", 95.86, 95.31, 18.44, 17.90, 16_230, 18_004),
    ("強制徴収公債権", "下水道使用料", 61.70, 61.54, 40.26, 38.09, 14_510, 15_337),
    ("非強制徴収公債権", "生活保護費返還金", 48.22, 45.80, 3.41, 3.05, 112_880, 108_406),
    ("私債権", "市営住宅使用料", 88.63, 88.10, 9.87, 9.12, 41_306, 43_990),
    ("私債権", "水道料金", 64.91, 64.72, 51.30, 49.66, 22_175, 23_408),
]
ROW = {t[1]: t for t in TABLE}


def z2(v: float) -> str:
    return zen(f"{v:.2f}")


def set_font(run, size=10.5, name="IPAexMincho", bold=False):
    run.font.size = Pt(size)
    run.font.name = name
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc, text="", size=10.5, bold=False, align=None, indent=None, first=None, gothic=False, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, "IPAexGothic" if gothic else "IPAexMincho", bold)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if indent is not None:
        pf.left_indent = Pt(indent)
    if first is not None:
        pf.first_line_indent = Pt(first)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def add_field(run, instr):
    for tag, text in (("begin", None), ("instr", instr), ("separate", None), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._element.append(el)


def statements():
    """(page, speaker as printed, section, text, facts-builder) in order; the page breaks are set by hand."""
    s, cs = ROW["市税"], ROW["国民健康保険税"]
    hoiku = ROW["保育料"]
    S = [
        (1, "委員長（山下　修君）", None,
         "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、理事者から２件の報告を受けます。"
         "まず、債権管理の状況について説明を求めます。"),
        (1, "財務部長（村田　健二君）", AG1,
         "お手元の資料１により、本年度の債権管理の状況について御報告いたします。詳細は債権管理課長から説明させます。"),
        (2, "債権管理課長（小川　雅人君）", AG1,
         "それでは、資料１に基づき御説明いたします。まず、令和５年度決算における市全体の収入未済額は約１８億４，２００万円で、"
         "前年度と比べ約９，６００万円の減少となりました。次に、本年度の状況でございます。１０月末現在の市税の現年度分の収納率は"
         f"{z2(s[2])}％で、前年同期の{z2(s[3])}％を０．３５ポイント上回っております。滞納繰越分は{z2(s[4])}％でございます。"
         f"国民健康保険税につきましては、現年度分が{z2(cs[2])}％、滞納繰越分が{z2(cs[4])}％となっております。"
         "各債権の詳細は、別表のとおりでございます。"),
        (2, "委員長（山下　修君）", AG1, "説明が終わりました。質疑はありませんか。田川委員。"),
        (2, "田川委員", AG1,
         "国民健康保険税について、滞納繰越分の収納率は前年同期より上がっているようですが、滞納している世帯の数はどのように"
         "推移しているのでしょうか。"),
        (2, "委員長（山下　修君）", AG1, "西村保険年金課長。"),
        (2, "保険年金課長（西村　聡君）", AG1,
         "国民健康保険税の滞納世帯数は、１０月末現在で２，１３４世帯となっており、前年同期と比べ８８世帯減少しております。"
         "納付相談の際に分割納付の計画を立てていただく取組を続けておりまして、その効果が出てきているものと考えております。"),
        (3, "委員長（山下　修君）", AG1, "中島委員。"),
        (3, "中島委員", AG1,
         "保育料についてお尋ねします。児童手当からの徴収を進めていると以前お聞きしましたが、その後の収納の状況はいかがでしょうか。"),
        (3, "委員長（山下　修君）", AG1, "森こども・子育て支援課長。"),
        (3, "こども・子育て支援課長（森　由紀君）", AG1,
         f"保育料の現年度分の収納率は、１０月末現在で{z2(hoiku[2])}％でございます。児童手当からの徴収に同意いただいた世帯は"
         "本年度新たに４２世帯ございました。なお、令和５年度の決算では、保育料の収入未済額は１，８４２万円でございました。"),
        (3, "委員長（山下　修君）", AG1, "松尾委員。"),
        (3, "松尾委員", AG1, "今回の状況は、今後どのような場で検証されるのか、スケジュールをお示しください。"),
        (3, "委員長（山下　修君）", AG1, "小川債権管理課長。"),
        (3, "債権管理課長（小川　雅人君）", AG1,
         "令和７年２月に開催予定の令和６年度第２回諫早市債権管理対策会議において、１２月末現在の状況を検証いたします。"
         "また、令和７年度第２回の同会議では、次期の債権管理計画の素案をお示しする予定でございます。"),
        (4, "委員長（山下　修君）", AG1,
         "ほかにありませんか。以上で、債権管理の状況についての報告を終わります。次に、債権の放棄について説明を求めます。"),
        (4, "債権管理課長（小川　雅人君）", AG2,
         "資料２により御報告いたします。諫早市債権管理条例第１２条の規定により、本年度上半期に放棄した債権は、"
         "住宅新築資金等貸付金など３債権、計１２件でございます。いずれも債務者の死亡や所在不明により、回収の見込みがないと判断したものでございます。"),
        (4, "委員長（山下　修君）", AG2, "説明が終わりました。質疑はありませんか。荒木委員。"),
        (4, "荒木委員", AG2, "市営住宅使用料は今回の放棄の対象に入っていないようですが、滞納している方は今どれくらいいらっしゃるのですか。"),
        (4, "委員長（山下　修君）", AG2, "井上住宅政策課長。"),
        (4, "住宅政策課長（井上　浩君）", AG2,
         "市営住宅使用料の滞納者数は、１０月末現在で１４６人でございます。退去された方の債権も含め、"
         "支払督促などの法的措置を順次進めております。"),
        (4, "委員長（山下　修君）", AG2, "ほかにありませんか。以上で所管事務調査を終わります。これをもちまして総務委員会を閉会いたします。"),
    ]
    return S


def statement_facts():
    """(index of the statement that prints it, fact); the page is found after conversion."""
    s, cs, h = ROW["市税"], ROW["国民健康保険税"], ROW["保育料"]
    F = [
        fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 1_842_000_000, "yen", "約１８億４，２００万円", 2,
             approx=True, debt_raw=None),
        fact("市税", 2024, "１０月末", "current", "collection_rate", "interim", s[2], "percent", f"{z2(s[2])}％", 2,
             as_of=AS_OF),
        fact("市税", 2023, "前年同期", "current", "collection_rate", "interim", s[3], "percent", f"{z2(s[3])}％", 2,
             as_of=AS_OF_PREV),
        fact("市税", 2024, "１０月末", "arrears", "collection_rate", "interim", s[4], "percent", f"{z2(s[4])}％", 2,
             as_of=AS_OF),
        fact("国民健康保険税", 2024, "１０月末", "current", "collection_rate", "interim", cs[2], "percent",
             f"{z2(cs[2])}％", 2, as_of=AS_OF),
        fact("国民健康保険税", 2024, "１０月末", "arrears", "collection_rate", "interim", cs[4], "percent",
             f"{z2(cs[4])}％", 2, as_of=AS_OF),
        fact("国民健康保険税", 2024, "１０月末", "total", "delinquents", "interim", 2134, "households", "２，１３４世帯", 2,
             as_of=AS_OF),
        fact("保育料", 2024, "１０月末", "current", "collection_rate", "interim", h[2], "percent", f"{z2(h[2])}％", 3,
             as_of=AS_OF),
        fact("保育料", 2023, "令和５年度", "total", "outstanding", "actual", 18_420_000, "yen", "１，８４２万円", 3),
        fact("市営住宅使用料", 2024, "１０月末", "total", "delinquents", "interim", 146, "persons", "１４６人", 4,
             as_of=AS_OF),
    ]
    where = [2, 2, 2, 2, 2, 2, 6, 10, 10, 20]
    return list(zip(where, F))


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("総務委員会記録（令和６年１２月１０日）"), 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    set_font(r, 9)
    add_field(r, "PAGE")

    para(doc, "令和６年第４回（１２月）定例会", 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "総務委員会記録", 16, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　開催日時　　令和６年１２月１０日（火曜日）　午前１０時開議")
    para(doc, "２　開催場所　　第１委員会室")
    para(doc, "３　出席委員（６名）")
    for k in range(0, 6, 2):
        a, b = MEMBERS[k], MEMBERS[k + 1]
        para(doc, f"{a[0]:　<4}　{a[1]}　君　　　{b[0]:　<4}　{b[1]}　君", indent=24)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    for t, n in STAFF:
        para(doc, f"{t}　{n}　君", indent=24)
    para(doc, "６　所管事務調査")
    para(doc, f"（１）{AG1}", indent=12)
    para(doc, f"（２）{AG2}", indent=12)
    para(doc, "７　配付資料　　資料１　令和６年度債権管理の状況（１０月末現在）、資料２　債権の放棄について")
    para(doc, "", space_after=4)
    para(doc, "午前１０時　開会", align=WD_ALIGN_PARAGRAPH.CENTER)

    refpage = {1: 41, 2: 42, 3: 43, 4: 44}
    out_statements = []
    for page, spk, section, text in statements():
        p = para(doc, space_after=4)
        set_font(p.add_run(f"◯{spk}"), 10.5, "IPAexGothic")
        set_font(p.add_run(f"［{zen(str(refpage[page]))}頁］"), 9)
        para(doc, text, first=10.5, space_after=6)
        out_statements.append({"speaker": spk, "section": section, "text": text, "page": page})
    para(doc, "午前１１時２２分　閉会", align=WD_ALIGN_PARAGRAPH.CENTER)

    # 別表 on page 5
    page_break(doc)
    para(doc, "別表　主要債権の収納状況（令和６年１０月末現在）", 12, gothic=True, space_after=6)
    para(doc, "（収納率の単位：％、収入未済額の単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    nrow = 3 + len(TABLE) + 1
    t = doc.add_table(rows=nrow, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(20), Mm(36), Mm(16), Mm(16), Mm(16), Mm(16), Mm(20), Mm(20)]
    t.autofit = False
    for k, col in enumerate(t.columns):
        col.width = widths[k]
    for row in t.rows:
        row.height = Mm(6)
        for k, c in enumerate(row.cells):
            c.width = widths[k]

    def put(r, c, text, size=9, gothic=False, align=WD_ALIGN_PARAGRAPH.CENTER):
        cell = t.cell(r, c)
        cell.text = ""
        p = cell.paragraphs[0]
        set_font(p.add_run(text), size, "IPAexGothic" if gothic else "IPAexMincho")
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)

    t.cell(0, 0).merge(t.cell(2, 0))
    t.cell(0, 1).merge(t.cell(2, 1))
    t.cell(0, 2).merge(t.cell(0, 5))
    t.cell(0, 6).merge(t.cell(0, 7))
    t.cell(1, 2).merge(t.cell(1, 3))
    t.cell(1, 4).merge(t.cell(1, 5))
    t.cell(1, 6).merge(t.cell(2, 6))
    t.cell(1, 7).merge(t.cell(2, 7))
    put(0, 0, "区分", gothic=True)
    put(0, 1, "債権名", gothic=True)
    put(0, 2, "収納率", gothic=True)
    put(0, 6, "収入未済額", gothic=True)
    put(1, 2, "現年度分", gothic=True)
    put(1, 4, "滞納繰越分", gothic=True)
    put(1, 6, "R6", gothic=True)
    put(1, 7, "R5", gothic=True)
    for k, h in enumerate(["R6", "R5"] * 2):
        put(2, 2 + k, h, 8.5, gothic=True)
    # group label cells spanning several rows
    start = 3
    groups = []
    for i, row in enumerate(TABLE):
        if not groups or groups[-1][0] != row[0]:
            groups.append([row[0], start + i, start + i])
        else:
            groups[-1][2] = start + i
    for g, a, b in groups:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
        put(a, 0, g, 9)
    facts = []
    for i, (g, name, c6, c5, a6, a5, o6, o5) in enumerate(TABLE):
        r = start + i
        put(r, 1, name, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for k, v in enumerate([f"{c6:.2f}", f"{c5:.2f}", f"{a6:.2f}", f"{a5:.2f}", comma(o6), comma(o5)]):
            put(r, 2 + k, v, 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
        for fy, lab, seg, v, ao in ((2024, "R6", "current", c6, AS_OF), (2023, "R5", "current", c5, AS_OF_PREV),
                                    (2024, "R6", "arrears", a6, AS_OF), (2023, "R5", "arrears", a5, AS_OF_PREV)):
            facts.append(fact(name, fy, lab, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", 5, as_of=ao))
        for fy, lab, v, ao in ((2024, "R6", o6, AS_OF), (2023, "R5", o5, AS_OF_PREV)):
            facts.append(fact(name, fy, lab, "total", "outstanding", "interim", v * 1000, "yen", comma(v), 5, as_of=ao))
    r = nrow - 1
    t.cell(r, 0).merge(t.cell(r, 5))
    put(r, 0, "合計", 9, gothic=True)
    tot6, tot5 = sum(x[6] for x in TABLE), sum(x[7] for x in TABLE)
    put(r, 6, comma(tot6), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    put(r, 7, comma(tot5), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    facts += [fact(None, 2024, "R6", "total", "outstanding", "interim", tot6 * 1000, "yen", comma(tot6), 5,
                   as_of=AS_OF, debt_raw="合計"),
              fact(None, 2023, "R5", "total", "outstanding", "interim", tot5 * 1000, "yen", comma(tot5), 5,
                   as_of=AS_OF_PREV, debt_raw="合計")]
    para(doc, "※R6は令和６年１０月末現在、R5は前年同期（令和５年１０月末）現在の数値。収入未済額は現年度分と滞納繰越分の計。",
         8.5, space_after=0)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "minutes")
    import pymupdf
    from s_common import nw
    with pymupdf.open(PDF / f"{STEM}.pdf") as d:
        texts = [nw(pg.get_text()) for pg in d]
    prev = 1
    for st in out_statements:
        head = nw(st["text"])[:20]
        st["page"] = prev = next(i + 1 for i in range(prev - 1, len(texts)) if head in texts[i])
    sf = []
    for k, f in statement_facts():
        start = out_statements[k]["page"]
        f["page"] = next(i + 1 for i in range(start - 1, len(texts)) if nw(f["raw"]) in texts[i])
        sf.append(f)
    bp = len(texts)
    for f in facts:
        f["page"] = bp
    return sf + facts, out_statements


if __name__ == "__main__":
    facts, stm = build()
    minutes = {
        "title": TITLE, "meeting_number": None, "date": DATE, "method": None,
        "attendees": [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEMBERS]
                     + [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in STAFF],
        "agenda": [AG1, AG2],
        "materials": ["資料１　令和６年度債権管理の状況（１０月末現在）", "資料２　債権の放棄について"],
        "statements": stm,
    }
    doc = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": DATE, "date_raw": DATE_RAW}
    write_gold(STEM, doc, facts, [], minutes)
    print(STEM, check(STEM))
