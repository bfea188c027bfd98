"""w_kumamoto_minutes_3: council special-committee record modelled on 熊本市議会「大都市税財政制度・都市問題等特別委員会
会議録」 (chiholog.net/kumamotolog/gijilog/43100-20201217-7d82fa7, 43100-20210226-3b90bfa): header 開催年月日 / 開催場所 /
出席委員 12名 (name + 委員長…) / 議題・協議事項, 「午後 1時00分 開会」, ○name 委員長 and ◎name 課長 speaker markers,
（「異議なし」と呼ぶ者あり）; topic 「市税収納率の向上に関する取組」. Names and figures invented; a 別表 at the end.
python-docx -> LibreOffice, portrait."""
from __future__ import annotations

import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, __import__("os").path.dirname(__file__))
from w_common import OUT, PDF, c, check, fact, page_texts, rate, soffice_pdf, squash, write_gold, zen  # noqa: E402

STEM = "w_kumamoto_minutes_3"
CITY = "熊本市"
TITLE = "大都市税財政制度・都市問題等特別委員会会議録"
MIN = "IPAexMincho"

MEMBERS = [("委員長", "大 塚 浩 二"), ("副委員長", "田 代 雅 也"), ("委員", "伊 東 和 宏"), ("委員", "島 田 幸 恵"),
           ("委員", "大 嶋 澄 夫"), ("委員", "福 山 洋 介"), ("委員", "井 上 正 広"), ("委員", "小 佐 野 賀 代"),
           ("委員", "満 田 寿 彦"), ("委員", "田 中 誠 司"), ("委員", "藤 崎 英 美"), ("委員", "三 好 良 之")]
STAFF = [("財政局長", "黒 田 善 史"), ("税務部長", "中 村 一 成"), ("納税課長", "松 永 健 太"),
         ("債権管理課長", "坂 本 由 美"), ("市民税課長", "吉 村 隆 之")]
AGENDA = ["（１）市税収納率の向上に関する取組について", "（２）市債権の収入未済額の状況について"]

# 別表 (単位：百万円、％) 令和6年12月末現在; (調定額, 収入済額, 前年同期収納率)
TABLE = [("市税", [("現年課税分", 92418, 77982, "84.05"), ("滞納繰越分", 2874, 851, "28.96")]),
         ("国民健康保険料", [("現年分", 17235, 11322, "65.21"), ("滞納繰越分", 3604, 702, "18.87")]),
         ("介護保険料", [("現年分", 14052, 11853, "84.11"), ("滞納繰越分", 612, 98, "15.02")]),
         ("後期高齢者医療保険料", [("現年分", 8214, 6975, "84.77"), ("滞納繰越分", 121, 37, "29.40")]),
         ("市営住宅使用料", [("現年分", 2930, 2511, "85.36"), ("滞納繰越分", 684, 83, "11.93")])]


def set_font(run, size=10.5, bold=False, font=MIN):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)


def para(doc, text="", size=10.5, bold=False, align=None, indent_mm=0, first_mm=0, keep=False, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if align:
        p.alignment = align
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if keep:
        pf.keep_together = True
    return p


def page_field(paragraph):
    run = paragraph.add_run()
    set_font(run, 9)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    set_font(p.add_run(text), size, bold)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    page_field(fp)
    set_font(fp.add_run(" －"), 9)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("令和 7年 2月25日　大都市税財政制度・都市問題等特別委員会"), 8)

    para(doc, "大都市税財政制度・都市問題等", 14, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "特別委員会会議録", 14, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(doc, "開催年月日　　令和7年2月25日(火)")
    para(doc, "開催場所　　　特別委員会室")
    para(doc, f"出席委員　　　{len(MEMBERS)}名")
    for i in range(0, len(MEMBERS), 2):
        line = "　　".join(f"{n} {r}" for r, n in MEMBERS[i:i + 2])
        para(doc, line, indent_mm=20)
    para(doc, "説明のため出席した者")
    for i in range(0, len(STAFF), 2):
        line = "　　".join(f"{t}　{n}" for t, n in STAFF[i:i + 2])
        para(doc, line, indent_mm=20)
    para(doc, "議題・協議事項")
    for a in AGENDA:
        para(doc, a, indent_mm=20)
    para(doc, "午後 1時00分 開会", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    # ---- statements: (marker, speaker, section, text, [facts as (raw, builder-args)])
    CH = "大塚浩二 委員長"
    S = []

    def say(marker, speaker, section, text, fx=()):
        S.append((marker, speaker, section, text, list(fx)))

    # 別表 values
    bt = [(d, seg, a, b, rate(b, a), Decimal_(prev)) for d, segs in TABLE for seg, a, b, prev in segs]
    city_cur = next(x for x in bt if x[0] == "市税" and x[1] == "現年課税分")
    say("○", CH, "開会",
        "ただいまから大都市税財政制度・都市問題等特別委員会を開会いたします。本日は、「市税収納率の向上に関する取組」及び"
        "「市債権の収入未済額の状況」について調査を行うためお集まりいただきました。調査の方法としては、執行部からの説明を聴取した後、"
        "委員の皆様から質疑及び御意見をお伺いしたいと思いますが、御異議ございませんか。")
    S.append(("interject", "（「異議なし」と呼ぶ者あり）"))
    say("○", CH, AGENDA[0], "御異議なしと認め、そのように執り行います。それでは、市税収納率の向上に関する取組について、執行部の説明を求めます。")
    r5_tot, r5_cur, r5_arr = "98.92%", "99.58%", "31.84%"
    say("◎", "松永健太 納税課長", AGENDA[0],
        f"資料1をお願いいたします。着座にて説明させていただきます。令和5年度決算における市税の収納率は{r5_tot}で、"
        f"現年課税分が{r5_cur}、滞納繰越分が{r5_arr}となっております。政令指定都市20市の中では19位にとどまっており、"
        f"市税の収入未済額は約28億4,100万円でございます。今年度の状況でございますが、令和6年12月末現在の現年課税分の収納率は"
        f"{city_cur[4]}%で、前年同期の{city_cur[5]}%を上回って推移しております。",
        [("98.92%", dict(debt="市税", fy=2023, fr="令和5年度", seg="total", m="collection_rate", b="actual", v=98.92, u="percent")),
         ("99.58%", dict(debt="市税", fy=2023, fr="令和5年度", seg="current", m="collection_rate", b="actual", v=99.58, u="percent")),
         ("31.84%", dict(debt="市税", fy=2023, fr="令和5年度", seg="arrears", m="collection_rate", b="actual", v=31.84, u="percent")),
         ("約28億4,100万円", dict(debt="市税", fy=2023, fr="令和5年度", seg="total", m="outstanding", b="actual",
                              v=2_841_000_000, u="yen", approx=True)),
         (f"{city_cur[4]}%", dict(debt="市税", fy=2024, fr="令和6年12月末", seg="current", m="collection_rate", b="interim",
                                 v=float(city_cur[4]), u="percent", as_of="2024-12-31")),
         (f"{city_cur[5]}%", dict(debt="市税", fy=2023, fr="前年同期", seg="current", m="collection_rate", b="interim",
                                 v=float(city_cur[5]), u="percent", as_of="2023-12-31"))])
    say("○", "井上正広 委員", AGENDA[0],
        "滞納繰越分の収納率が他の政令市と比べて低いと思います。滞納者の数と、差押えなどの滞納処分の状況について伺います。")
    say("◎", "松永健太 納税課長", AGENDA[0],
        "令和５年度末の市税の滞納者数は１万２，３４５人で、前年度末と比べて４１２人減少しております。差押えにつきましては、"
        "預貯金や給与を中心に年間２，８７０件を執行いたしました。今後も、滞納の初期段階での財産調査を徹底してまいります。",
        [("１万２，３４５人", dict(debt="市税", fy=2023, fr="令和５年度末", seg="total", m="delinquents", b="actual",
                              v=12345, u="persons"))])
    say("○", "島田幸恵 委員", AGENDA[0],
        "スマートフォン決済の利用状況はいかがでしょうか。納付しやすい環境づくりも収納率の向上には欠かせないと思います。")
    say("◎", "中村一成 税務部長", AGENDA[0],
        "スマートフォン決済は、令和5年度に現年課税分の納付件数の約1割を占めるまでになりました。来年度からは、eLTAXを活用した"
        "納付の案内を拡充し、口座振替の勧奨と併せて期限内納付を促してまいります。")
    say("○", CH, AGENDA[1], "次に、市債権の収入未済額の状況について、執行部の説明を求めます。")
    say("◎", "坂本由美 債権管理課長", AGENDA[1],
        "資料2及び別表をお願いいたします。令和5年度決算における本市の債権全体の収入未済額は約112億3,000万円で、前年度から"
        "約4億6,000万円減少いたしました。このうち国民健康保険料が約31億2,000万円と最も多く、不納欠損額は債権全体で約9億8,700万円でございました。"
        "昨年11月に開催した令和6年度第2回熊本市債権管理推進会議では、各債権の上半期の収納状況を確認し、"
        "移管基準の見直しについて協議したところでございます。",
        [("約112億3,000万円", dict(debt=None, fy=2023, fr="令和5年度", seg="total", m="outstanding", b="actual",
                               v=11_230_000_000, u="yen", approx=True)),
         ("約31億2,000万円", dict(debt="国民健康保険料", fy=2023, fr="令和5年度", seg="total", m="outstanding", b="actual",
                              v=3_120_000_000, u="yen", approx=True)),
         ("約9億8,700万円", dict(debt=None, fy=2023, fr="令和5年度", seg="total", m="written_off", b="actual",
                             v=987_000_000, u="yen", approx=True))])
    say("○", "福山洋介 委員", AGENDA[1], "令和6年度の決算では、収入未済額はどの程度になる見込みでしょうか。")
    say("◎", "坂本由美 債権管理課長", AGENDA[1],
        "現時点の見込みでございますが、令和6年度決算では収入未済額を約108億円程度まで縮減できるものと考えております。"
        "国民健康保険料の現年分の収納率も、12月末で前年同期を上回っております。",
        [("約108億円", dict(debt=None, fy=2024, fr="令和6年度", seg="total", m="outstanding", b="estimate",
                         v=10_800_000_000, u="yen", approx=True))])
    say("○", "黒田善史 財政局長", AGENDA[1],
        "市税をはじめとする自主財源の確保は、本市の財政運営の根幹でございます。全庁を挙げて収入未済額の縮減に取り組んでまいります。")
    say("○", CH, AGENDA[1], "ほかに質疑はありませんか。")
    S.append(("interject", "（「なし」と呼ぶ者あり）"))
    say("○", CH, AGENDA[1], "以上で本日の調査を終了いたします。これをもちまして、大都市税財政制度・都市問題等特別委員会を閉会いたします。")

    for item in S:
        if item[0] == "interject":
            para(doc, item[1], align=WD_ALIGN_PARAGRAPH.CENTER)
            continue
        marker, sp, _, text, _ = item
        p = para(doc, "", keep=True, first_mm=0, space_after=4)
        set_font(p.add_run(f"{marker}{sp}　"), 10.5, True)
        set_font(p.add_run(text), 10.5)
    para(doc, "午後 2時41分 閉会", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    # ---- 別表 on its own page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和６年１２月末現在）", 11.5, True)
    para(doc, "（単位：百万円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    tab = doc.add_table(rows=1, cols=7)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(tab.rows[0].cells, ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率", "差"]):
        cell_text(cell, h, bold=True)
    bfacts = []
    for debt, segs in TABLE:
        first = None
        for seg, a, b, prev in segs:
            row = tab.add_row().cells
            rt = rate(b, a)
            pv = Decimal_(prev)
            vals = ["", seg, c(a), c(b), f"{rt}", f"{pv}", f"{rt - pv:+.2f}".replace("+", "").replace("-", "△")]
            for k, (cell, v) in enumerate(zip(row, vals)):
                cell_text(cell, v, align=WD_ALIGN_PARAGRAPH.RIGHT if k >= 2 else WD_ALIGN_PARAGRAPH.CENTER)
            if first is None:
                first = row[0]
            else:
                first = first.merge(row[0])
            sg = "current" if seg.startswith("現年") else "arrears"
            bfacts += [fact(debt, 2024, "令和６年１２月末", sg, "assessed", "interim", a * 1_000_000, "yen", c(a), None, as_of="2024-12-31"),
                       fact(debt, 2024, "令和６年１２月末", sg, "collected", "interim", b * 1_000_000, "yen", c(b), None, as_of="2024-12-31"),
                       fact(debt, 2024, "令和６年１２月末", sg, "collection_rate", "interim", rt, "percent", f"{rt}", None, as_of="2024-12-31"),
                       fact(debt, 2023, "前年同期", sg, "collection_rate", "interim", pv, "percent", f"{pv}", None, as_of="2023-12-31")]
        cell_text(first, debt)
    para(doc, "※ 収納率は、表示単位未満を含む額から算出しているため、表中の金額から計算した率と一致しない場合があります。", 8.5)
    para(doc, "※ 差は、収納率と前年同期収納率の差（ポイント）です。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    pdf = soffice_pdf(x, PDF / f"{STEM}.pdf", "kumamoto")
    texts = page_texts(pdf)
    facts, statements = [], []
    for item in S:
        if item[0] == "interject":
            continue
        marker, sp, section, text, fx = item
        page = next(i + 1 for i, t in enumerate(texts) if squash(text) in t)
        statements.append({"speaker": sp, "section": section, "text": text, "page": page})
        for raw, a in fx:
            facts.append(fact(a["debt"], a["fy"], a["fr"], a["seg"], a["m"], a["b"], a["v"], a["u"], raw, page,
                              approx=a.get("approx", False), as_of=a.get("as_of")))
    last = len(texts)
    for f in bfacts:
        f["page"] = last
    facts += bfacts
    attendees = [{"role": r, "title": r, "name": n.replace(" ", "")} for r, n in MEMBERS]
    attendees += [{"role": t, "title": t, "name": n.replace(" ", "")} for t, n in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-02-25", "method": None,
               "attendees": attendees, "agenda": [a[3:] for a in AGENDA], "materials": [], "statements": statements}
    write_gold(STEM, "minutes", CITY, TITLE, "2025-02-25", "令和7年2月25日", facts, [], minutes)
    return check(STEM)


def Decimal_(s):
    from decimal import Decimal
    return Decimal(s)


if __name__ == "__main__":
    print(STEM, build())
