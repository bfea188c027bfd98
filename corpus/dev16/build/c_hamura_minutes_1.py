"""c_hamura_minutes_1: 羽村市国民健康保険運営協議会会議録 (python-docx → LibreOffice, portrait).

Modelled on 羽村市's published 国民健康保険運営協議会会議録 (www.city.hamura.tokyo.jp/0000007872.html,
0000001444.html): 日時/会場/出席者/欠席者/議題/報告事項/傍聴者/配布資料 headings, then 内容 with
（事務局）（会長）（市民部長） speaker markers in parentheses. Figures and names are invented; a 資料3 table is
appended at the end.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import OUT, PDF, fact, nz, to_pdf, write_gold  # noqa: E402

STEM = "c_hamura_minutes_1"
CITY = "羽村市"
TITLE = "令和7年度第3回　羽村市国民健康保険運営協議会会議録"
FONT = "IPAexMincho"

MEMBERS = [("会長", "杉本和代"), ("副会長", "岡野誠"), ("委員", "田村光男"), ("委員", "小島祐子"),
           ("委員", "石井健太郎"), ("委員", "中山恵"), ("委員", "森田浩二"), ("委員", "内藤昭彦"),
           ("委員", "清水友香"), ("委員", "新井正樹")]
STAFF = ["市民部長", "福祉・健康部長", "市民課長", "収納課長", "市民課国保年金係長"]
AGENDA = ["羽村市国民健康保険税の税率等の改定について（答申）"]
REPORTS = ["令和8年度国民健康保険事業会計予算（案）について",
           "令和7年度国民健康保険税の収納状況等について",
           "令和7年度特定健康診査・特定保健指導の実施状況について"]
MATERIALS = ["羽村市国民健康保険税の税率等の改定について（答申案）",
             "令和8年度国民健康保険事業会計予算（案）について【資料1・資料2】",
             "令和7年度国民健康保険税の収納状況等について【資料3】",
             "令和7年度特定健康診査・特定保健指導の実施状況について【資料4】"]

# 資料3: 令和8年1月末現在 (円)
CA, AA = 1_682_455_300, 712_840_900
RATE_C, RATE_A = 78.64, 24.37
PREV = {"current": 78.21, "arrears": 22.95, "total": 61.95}


def collected(ass, rate):
    c = round(ass * rate / 100)
    while round(c / ass * 100, 2) != rate:
        c += 1 if c / ass * 100 < rate else -1
    return c


CC, AC = collected(CA, RATE_C), collected(AA, RATE_A)
TA, TC = CA + AA, CC + AC
RATE_T = round(TC / TA * 100, 2)


def statements():
    s1 = AGENDA[0]
    s2 = REPORTS[1]
    st = [
        ("事務局", None, "皆さん、こんにちは。定刻となりましたので、ただいまから令和7年度第3回羽村市国民健康保険運営協議会を"
                        "開会いたします。本日は、お忙しい中お集まりいただき、ありがとうございます。それでは、会長、"
                        "よろしくお願いいたします。"),
        ("会長", None, "本日の出席委員は10名でございます。羽村市国民健康保険運営協議会規則に定める定足数に達して"
                      "おりますので、会議は成立しております。会議録署名委員には、田村委員と清水委員を指名させて"
                      "いただきます。それでは、議題に入ります。"),
        ("会長", s1, "前回までの協議を踏まえ、答申案を事務局と調整いたしました。事務局から朗読をお願いします。"),
        ("市民課長", s1, "それでは、答申案を朗読いたします。（答申案朗読）以上でございます。"),
        ("会長", s1, "ただいまの答申案について、ご意見はございますか。ご意見がないようですので、この内容で市長に答申する"
                    "ことといたします。"),
        ("会長", s2, "続きまして、報告事項に移ります。令和7年度国民健康保険税の収納状況等について、説明をお願いします。"),
        ("収納課長", s2,
         f"資料3をご覧ください。令和8年1月末現在の国民健康保険税の収納率は、現年課税分が{RATE_C:.2f}％で、前年同月の"
         f"{PREV['current']:.2f}％と比べ0.43ポイント上昇しております。滞納繰越分は{RATE_A:.2f}％で、前年同月の"
         f"{PREV['arrears']:.2f}％を上回っております。現年課税分と滞納繰越分を合わせた全体では{RATE_T:.2f}％でございます。"
         "なお、令和7年度第2回の本協議会でご報告いたしました10月末時点の現年課税分の収納率は51.08％でございました。"),
        ("収納課長", s2,
         "参考までに、令和6年度の決算では、現年課税分が95.08％、滞納繰越分が29.47％、合計で83.26％となり、"
         "年度末の収入未済額は約2億3,460万円でございました。"),
        ("田村委員", s2, "滞納繰越分の収納率が前年より上がっている要因を教えてください。また、不納欠損の状況はどうなって"
                        "いるのでしょうか。"),
        ("収納課長", s2,
         "滞納繰越分につきましては、昨年度から預貯金等の財産調査を早い段階で行い、納付資力のある方には差押えを"
         "行っていることが主な要因と考えております。令和6年度の不納欠損額は1,842万円余で、執行停止後3年を経過した"
         "ものや、時効が完成したものが中心でございます。"),
        ("小島委員", s2, "納付の方法について、スマートフォン決済はどのくらい使われているのでしょうか。"),
        ("市民課長", s2, "令和7年度は1月末までで約2,300件の利用がございました。納付書への二次元コードの印字により、"
                        "今後も増えていくものと見込んでおります。"),
        ("会長", REPORTS[2], "ほかにご質問がないようですので、次の報告事項に移ります。"),
        ("福祉・健康部長", REPORTS[2], "特定健康診査の受診率は1月末現在で41.2％となっており、前年度とほぼ同水準で"
                                   "推移しております。詳細は資料4のとおりでございます。"),
        ("会長", None, "以上で本日の日程は全て終了いたしました。これをもちまして、令和7年度第3回羽村市国民健康保険運営"
                      "協議会を閉会いたします。"),
    ]
    return st


def set_font(run, size=10.5, bold=False, font=FONT):
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


def para(doc, text, size=10.5, bold=False, align=None, indent=None, space=2, font=FONT):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold, font)
    pf = p.paragraph_format
    pf.space_after = Pt(space)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    return p


def page_field(paragraph):
    r = paragraph.add_run()
    set_font(r, 9)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, size, bold, "IPAexGothic")
    p.alignment = align


def build_docx(path: Path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("羽村市国民健康保険運営協議会")
    set_font(hr, 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, space=10)
    para(doc, "日時", 10.5, True)
    para(doc, "令和8年2月19日（木曜日）　午後1時30分～午後3時05分", indent=5)
    para(doc, "会場", 10.5, True)
    para(doc, "市役所5階委員会室", indent=5)
    para(doc, "出席者", 10.5, True)
    para(doc, f"会長：{MEMBERS[0][1]}、副会長：{MEMBERS[1][1]}、委員：" + "、".join(n for _, n in MEMBERS[2:]),
         indent=5)
    para(doc, "事務局：" + "・".join(STAFF), indent=5)
    para(doc, "欠席者", 10.5, True)
    para(doc, "なし", indent=5)
    para(doc, "議題", 10.5, True)
    para(doc, "議題　" + AGENDA[0], indent=5)
    para(doc, "報告事項", 10.5, True)
    for i, t in enumerate(REPORTS):
        para(doc, f"（{i + 1}）{t}", indent=5)
    para(doc, "傍聴者", 10.5, True)
    para(doc, "1人", indent=5)
    para(doc, "配布資料", 10.5, True)
    for i, t in enumerate(MATERIALS):
        para(doc, f"{i + 1}. {t}", indent=5)
    para(doc, "内容", 10.5, True, space=6)
    for sp, _, text in statements():
        para(doc, f"（{sp}）　{text}", indent=0, space=6)

    # 資料3 on a new page
    doc.add_page_break()
    para(doc, "【資料3】", 10.5, True, font="IPAexGothic")
    para(doc, "令和7年度　国民健康保険税の収納状況（令和8年1月末現在）", 12, True, WD_ALIGN_PARAGRAPH.CENTER,
         font="IPAexGothic")
    para(doc, "単位：円、％", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, font="IPAexGothic")
    t = doc.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Mm(24), Mm(34), Mm(34), Mm(18), Mm(30), Mm(18)]
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    heads = ["区分", "調定額", "収入済額", "収納率", "前年同月収納率", "増減"]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, True)
    rows = [("現年課税分", CA, CC, RATE_C, PREV["current"]),
            ("滞納繰越分", AA, AC, RATE_A, PREV["arrears"]),
            ("合計", TA, TC, RATE_T, PREV["total"])]
    for i, (lab, a, c, r, pr) in enumerate(rows, start=1):
        d = round(r - pr, 2)
        vals = [lab, f"{a:,}", f"{c:,}", f"{r:.2f}", f"{pr:.2f}", ("△" if d < 0 else "") + f"{abs(d):.2f}"]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, j == 0, WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", space=4)
    para(doc, "※前年同月収納率は令和7年1月末現在の数値。増減の単位はポイント。", 9, font="IPAexGothic")
    para(doc, "※収入済額には還付未済額を含まない。", 9, font="IPAexGothic")
    doc.save(path)
    return rows


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"{STEM}.docx"
    rows = build_docx(docx_path)
    pdf = to_pdf(docx_path, PDF / f"{STEM}.pdf", "hamura")
    doc = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in doc]

    def page_of(snippet):
        hits = [i + 1 for i, t in enumerate(texts) if nz(snippet) in t]
        assert hits, snippet
        return hits[0]

    F = []
    s2 = "令和7年度国民健康保険税の収納状況等について"
    j26, j25, o25 = "2026-01-31", "2025-01-31", "2025-10-31"
    # statements (context snippets locate the page)
    sn = [
        (f"現年課税分が{RATE_C:.2f}％", "current", 2025, "令和8年1月末", j26, RATE_C),
        (f"前年同月の{PREV['current']:.2f}％", "current", 2024, "前年同月", j25, PREV["current"]),
        (f"滞納繰越分は{RATE_A:.2f}％", "arrears", 2025, "令和8年1月末", j26, RATE_A),
        (f"前年同月の{PREV['arrears']:.2f}％", "arrears", 2024, "前年同月", j25, PREV["arrears"]),
        (f"全体では{RATE_T:.2f}％", "total", 2025, "令和8年1月末", j26, RATE_T),
        ("収納率は51.08％", "current", 2025, "10月末", o25, 51.08),
    ]
    for snip, seg, fy, fyr, asof, v in sn:
        F.append(fact("国民健康保険税", fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％",
                      page_of(snip), as_of=asof))
    for snip, seg, v in [("現年課税分が95.08％", "current", 95.08), ("滞納繰越分が29.47％", "arrears", 29.47),
                         ("合計で83.26％", "total", 83.26)]:
        F.append(fact("国民健康保険税", 2024, "令和6年度", seg, "collection_rate", "actual", v, "percent",
                      f"{v:.2f}％", page_of(snip)))
    F.append(fact("国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", 234_600_000, "yen",
                  "約2億3,460万円", page_of("約2億3,460万円"), approx=True))
    F.append(fact("国民健康保険税", 2024, "令和6年度", "total", "written_off", "actual", 18_420_000, "yen",
                  "1,842万円余", page_of("1,842万円余"), approx=True))
    # 資料3 table
    pt = page_of("前年同月収納率")
    segs = {"現年課税分": "current", "滞納繰越分": "arrears", "合計": "total"}
    for lab, a, c, r, pr in rows:
        seg = segs[lab]
        F.append(fact("国民健康保険税", 2025, "令和7年度", seg, "assessed", "interim", a, "yen", f"{a:,}", pt, as_of=j26))
        F.append(fact("国民健康保険税", 2025, "令和7年度", seg, "collected", "interim", c, "yen", f"{c:,}", pt, as_of=j26))
        F.append(fact("国民健康保険税", 2025, "令和7年度", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}",
                      pt, as_of=j26))
        F.append(fact("国民健康保険税", 2024, "令和7年1月末", seg, "collection_rate", "interim", pr, "percent",
                      f"{pr:.2f}", pt, as_of=j25))
    attendees = [{"role": r, "name": n, "title": None} for r, n in MEMBERS]
    attendees += [{"role": s, "name": None, "title": s} for s in STAFF]
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2026-02-19", "method": None,
               "attendees": attendees, "agenda": AGENDA + REPORTS, "materials": MATERIALS,
               "statements": [{"speaker": sp, "section": sec, "text": t} for sp, sec, t in statements()]}
    for s in minutes["statements"]:
        assert any(nz(s["text"])[:30] in t for t in texts), s["text"][:30]
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2026-02-19",
                "date_raw": "令和8年2月19日（木曜日）"}
    write_gold(pdf, document, F, [], minutes)


if __name__ == "__main__":
    main()
