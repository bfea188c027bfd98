"""かもめ台市議会 総務常任委員会記録（所管事務調査：債権管理）— python-docx → LibreOffice, A4 portrait.
Minutes family re-templated as a council committee record: ○-speaker markers, 説明員 list with ・ in titles,
figures in 全角 in the speeches, mention of 令和7年度第2回 before the meeting date, 別表 at the end with
西暦 year columns (年度 in the corner), debt names in merged cells, 単位 in the table title, 百万円 with decimals."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
from x_common import F, write_gold, ROOT, OUT, to_pdf, h2z

STEM = "x_kamomedai_kaigiroku_1"
MIN = "IPAexMincho"; GOT = "IPAexGothic"
facts = []
statements = []


def font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name; run.font.size = Pt(size); run.bold = bold
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), name); rf.set(qn("w:ascii"), name); rf.set(qn("w:hAnsi"), name)


def para(doc, text="", size=10.5, name=MIN, bold=False, align=None, indent=0, first=0, after=2):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), name, size, bold)
    pf = p.paragraph_format; pf.space_after = Pt(after); pf.space_before = Pt(0)
    pf.left_indent = Mm(indent); pf.first_line_indent = Mm(first)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_field(p):
    r = p.add_run(); font(r, MIN, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r._element.append(e)


AG1 = "所管事務調査「債権管理の取組状況について」"
AG2 = "令和7年度第2回かもめ台市債権管理推進会議の結果報告について"


def say(doc, page, speaker, section, text):
    p = para(doc, "", first=-3.5, indent=3.5, after=3)
    font(p.add_run("○" + speaker), GOT, 10.5)
    font(p.add_run("　" + text))
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]; font(hp.add_run("総務常任委員会記録（令和７年11月14日）"), MIN, 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("－"), MIN, 9); page_field(fp); font(fp.add_run("－"), MIN, 9)

    # ---------------- page 1
    para(doc, "かもめ台市議会", 11, GOT, align="c")
    para(doc, "総 務 常 任 委 員 会 記 録", 15, GOT, True, align="c", after=8)
    rows = [("１　日　　時", "令和７年11月14日（金）　午前10時00分開会　午前11時42分閉会"),
            ("２　場　　所", "第２委員会室"),
            ("３　出席委員（７人）", "委員長　山崎　浩二　　副委員長　川村　葉子\n委員　　大西　健吾　　委員　田島　由美　　委員　北条　誠\n委員　　森下　忠　　　委員　長谷部　亮"),
            ("４　欠席委員", "なし"),
            ("５　説明のため出席した者", "財務部長　村上　聡　　財務部参事兼債権管理課長　小西　正人\n納税課長　藤原　実　　健康福祉部保険年金課長　青木　智子\n子ども・若者部長　石井　和彦　　子ども・若者部保育課長　野口　香"),
            ("６　職務のため出席した事務局職員", "議事調査課主査　佐野　美保"),
            ("７　付議事件", f"（１）{AG1}\n（２）{AG2}"),
            ("８　配付資料", "資料１　令和６年度債権管理状況報告書（抜粋）\n資料２　令和７年度第２回債権管理推進会議　会議概要")]
    for k, v in rows:
        p = para(doc, "", after=3)
        font(p.add_run(k), GOT, 10.5)
        for j, line in enumerate(v.split("\n")):
            p2 = para(doc, line, indent=12, after=1)
    para(doc, "", after=2)
    para(doc, "――――――――　議事の経過　――――――――", 10.5, GOT, align="c", after=4)
    say(doc, 1, "山崎委員長", AG1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として債権管理の取組状況について説明を受けます。それでは、理事者から説明をお願いします。")
    say(doc, 1, "村上財務部長", AG1, "財務部長の村上でございます。債権管理の状況につきましては、去る10月に開催いたしました令和７年度第２回債権管理推進会議の内容も含めまして、債権管理課長から御説明申し上げます。")
    pagebreak(doc)

    # ---------------- page 2
    t1 = ("それでは、資料１により御説明いたします。令和６年度決算における市税の収納率は、現年課税分が９９．２％、"
          "滞納繰越分が３３．６％、合計で９７．９％となり、前年度から０．３ポイント上昇いたしました。"
          "市税の収入未済額は約６億２，４００万円で、前年度より約５，１００万円減少しております。"
          "また、全会計を合わせた収入未済額は約２１億８，７００万円となっており、引き続き縮減に取り組んでまいります。")
    say(doc, 2, "小西債権管理課長", AG1, t1)
    facts.extend([
        F("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.2, "percent", "９９．２％", 2),
        F("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 33.6, "percent", "３３．６％", 2),
        F("市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.9, "percent", "９７．９％", 2),
        F("市税", 2024, "令和６年度", "total", "outstanding", "actual", 624000000, "yen", "約６億２，４００万円", 2, approx=True),
        F(None, 2024, "令和６年度", "total", "outstanding", "actual", 2187000000, "yen", "約２１億８，７００万円", 2, approx=True, debt_raw="全会計"),
    ])
    say(doc, 2, "山崎委員長", AG1, "説明が終わりました。質疑はありませんか。")
    say(doc, 2, "大西委員", AG1, "市税は改善しているようだが、国民健康保険料の滞納繰越分は依然として収納率が低いと聞いている。現状と今年度の見通しを伺いたい。")
    t2 = ("国民健康保険料の令和６年度の収納率は、現年分が94.1％、滞納繰越分が22.8％でございます。"
          "今年度は、９月末時点で現年分の収納率が45.2％となっており、前年同期の44.6％を上回っております。"
          "滞納繰越分につきましては、財産調査を早期に行い、差押えを含めた滞納処分を進めてまいります。")
    say(doc, 2, "青木保険年金課長", AG1, t2)
    facts.extend([
        F("国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", 94.1, "percent", "94.1％", 2),
        F("国民健康保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 22.8, "percent", "22.8％", 2),
        F("国民健康保険料", 2025, "９月末時点", "current", "collection_rate", "interim", 45.2, "percent", "45.2％", 2, as_of="2025-09-30"),
        F("国民健康保険料", 2024, "前年同期", "current", "collection_rate", "interim", 44.6, "percent", "44.6％", 2, as_of="2024-09-30"),
    ])
    say(doc, 2, "大西委員", AG1, "滞納処分の件数はどの程度か。")
    say(doc, 2, "青木保険年金課長", AG1, "令和６年度の差押件数は412件で、前年度より38件増加しております。")
    pagebreak(doc)

    # ---------------- page 3
    say(doc, 3, "田島委員", AG1, "保育所保育料の未納について、子育て世帯への配慮も必要だと思うが、どのように対応しているのか。")
    t3 = ("保育所保育料の収入未済額は、令和６年度末で3,842万円でございます。児童手当からの申出徴収を勧めるとともに、"
          "生活状況を丁寧に伺いながら分納の相談に応じております。")
    say(doc, 3, "石井子ども・若者部長", AG1, t3)
    facts.append(F("保育所保育料", 2024, "令和６年度末", "total", "outstanding", "actual", 38420000, "yen", "3,842万円", 3))
    say(doc, 3, "田島委員", AG1, "分かりました。引き続き丁寧な対応をお願いしたい。")
    say(doc, 3, "山崎委員長", AG1, "ほかにありませんか。――ないようですので、本件の調査を終わります。次に、令和７年度第２回かもめ台市債権管理推進会議の結果について報告を受けます。")
    say(doc, 3, "小西債権管理課長", AG2, "資料２を御覧ください。10月20日に開催した推進会議では、各所管課から上半期の取組状況の報告を受け、私債権の回収を債権管理課へ引き継ぐ基準の見直しと、滞納者情報の庁内共有の手順について確認いたしました。")
    say(doc, 3, "北条委員", AG2, "引継基準の見直しはいつから適用するのか。")
    say(doc, 3, "小西債権管理課長", AG2, "令和８年４月からの適用を予定しております。")
    say(doc, 3, "山崎委員長", AG2, "以上で本日の委員会を閉会いたします。")
    pagebreak(doc)

    # ---------------- page 4 : 別表
    para(doc, "別表　主な債権の収納率の推移（単位：％）", 11, GOT, after=4)
    R = {"市税": {"現年分": (99.0, 99.1, 99.2), "滞繰分": (29.8, 31.5, 33.6), "計": (97.3, 97.6, 97.9)},
         "国民健康保険料": {"現年分": (93.5, 93.8, 94.1), "滞繰分": (20.9, 21.7, 22.8), "計": (78.2, 79.4, 80.6)},
         "介護保険料": {"現年分": (98.9, 99.0, 99.1), "滞繰分": (18.4, 19.2, 20.5), "計": (97.2, 97.4, 97.6)}}
    SEG = {"現年分": "current", "滞繰分": "arrears", "計": "total"}
    years = (2022, 2023, 2024)
    t = doc.add_table(rows=1 + 9, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["年度", "", "2022", "2023", "2024"]
    for j, h in enumerate(hdr):
        cell = t.cell(0, j); cell.text = ""; font(cell.paragraphs[0].add_run(h), GOT, 9.5)
    t.cell(0, 0).merge(t.cell(0, 1))
    r = 1
    for debt, segs in R.items():
        top = t.cell(r, 0)
        for k, (sl, vals) in enumerate(segs.items()):
            font(t.cell(r + k, 1).paragraphs[0].add_run(sl), MIN, 9.5)
            for j, v in enumerate(vals):
                pp = t.cell(r + k, 2 + j).paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                font(pp.add_run(f"{v}"), MIN, 9.5)
                facts.append(F(debt, years[j], str(years[j]), SEG[sl], "collection_rate", "actual", v, "percent", f"{v}", 4))
        m = top.merge(t.cell(r + 2, 0)); m.text = ""
        font(m.paragraphs[0].add_run(debt), MIN, 9.5)
        r += 3
    para(doc, "", after=6)
    para(doc, "収入未済額の推移", 11, GOT, after=0)
    para(doc, "（単位：百万円）", 9, MIN, align="r", after=2)
    O = [("市税", (712.6, 675.4, 624.3)), ("国民健康保険料", (905.2, 882.7, 861.9)),
         ("介護保険料", (98.7, 95.1, 90.4)), ("保育所保育料", (44.9, 41.2, 38.4)),
         ("全会計合計", (2290.8, 2245.3, 2187.4))]
    t2 = doc.add_table(rows=1 + len(O), cols=4); t2.style = "Table Grid"; t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["年度", "2022", "2023", "2024"]):
        font(t2.cell(0, j).paragraphs[0].add_run(h), GOT, 9.5)
    for i, (debt, vals) in enumerate(O, 1):
        font(t2.cell(i, 0).paragraphs[0].add_run(debt), MIN, 9.5)
        for j, v in enumerate(vals):
            s = f"{v:,.1f}"
            pp = t2.cell(i, 1 + j).paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            font(pp.add_run(s), MIN, 9.5)
            d = None if debt == "全会計合計" else debt
            facts.append(F(d, years[j], str(years[j]), "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", s, 4, debt_raw=debt))
    para(doc, "注）全会計合計には、表に掲げる債権のほか、住宅使用料、貸付金元利収入等を含む。", 8.5, after=0)
    para(doc, "　　令和６年度の収入未済額は、不納欠損処理後の額である。", 8.5)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "x_dev33a")


def main():
    build()
    attendees = [{"role": "委員長", "title": None, "name": "山崎浩二"}, {"role": "副委員長", "title": None, "name": "川村葉子"}]
    for n in ("大西健吾", "田島由美", "北条誠", "森下忠", "長谷部亮"):
        attendees.append({"role": "委員", "title": None, "name": n})
    for t, n in (("財務部長", "村上聡"), ("財務部参事兼債権管理課長", "小西正人"), ("納税課長", "藤原実"),
                 ("健康福祉部保険年金課長", "青木智子"), ("子ども・若者部長", "石井和彦"), ("子ども・若者部保育課長", "野口香"),
                 ("議事調査課主査", "佐野美保")):
        attendees.append({"role": t, "title": t, "name": n})
    minutes = {"title": "かもめ台市議会 総務常任委員会記録", "meeting_number": None, "date": "2025-11-14", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2],
               "materials": ["令和６年度債権管理状況報告書（抜粋）", "令和７年度第２回債権管理推進会議　会議概要"],
               "statements": statements}
    document = {"kind": "minutes", "municipality": "かもめ台市", "title": "かもめ台市議会 総務常任委員会記録",
                "date": "2025-11-14", "date_raw": "令和７年11月14日"}
    return write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    main()
