"""四日市市議会 総務常任委員会記録（所管事務調査：債権管理）— python-docx → LibreOffice.

Modelled on the 四日市市議会 総務常任委員会 (平成24年10月25日) record, https://paperzz.com/doc/5464832/
(○早川新平委員長 / ○倭財政経営部長 markers, 所管事務調査 債権管理). Names and figures are invented.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from mcommon import F, OUT, PDF, to_pdf, write_gold, zen

STEM = "yokkaichi_iinkai_1"
SEC = "所管事務調査　債権管理の取組状況について"

MEMBERS = [("委員長", "森田和彦"), ("副委員長", "川端由美"), ("委員", "石川直樹"), ("委員", "中野恵子"),
           ("委員", "藤井　聡"), ("委員", "村上浩二"), ("委員", "荒井真一")]
OFFICIALS = [("財政経営部長", "倉本昌也"), ("債権管理課長", "小西　健"), ("収納推進課長", "田島陽子")]

# (marker-speaker, text); text uses full-width digits as council records do
S = [
 ("森田和彦委員長", "ただいまから総務常任委員会を開会いたします。本日は所管事務調査として、債権管理の取組状況について調査を行います。資料はお手元に配付のとおりでございます。それでは理事者から説明をお願いいたします。"),
 ("倉本財政経営部長", "財政経営部長の倉本でございます。よろしくお願いいたします。本市の債権につきましては、債権管理条例に基づき、全庁的な収入未済額の縮減に取り組んでいるところでございます。詳細につきましては、債権管理課長から資料に沿って説明させていただきます。"),
 ("小西債権管理課長", "債権管理課長の小西でございます。それでは資料の１ページをご覧ください。令和５年度決算における本市の債権全体の収入未済額は約４２億３，６００万円となり、前年度と比べまして約１億８００万円の縮減となっております。また、同年度の不納欠損額は全体で約３億２，４００万円でございました。\n"
  "主な債権ごとに申し上げます。市税の収納率は、現年課税分で９９．２１％、滞納繰越分で３１．８４％、合計で９７．６２％となりました。市税の収入未済額は約１８億２，０００万円でございます。\n"
  "国民健康保険税につきましては、現年課税分の収納率が９３．１０％、滞納繰越分が２４．０５％で、収入未済額は約１２億４，５００万円でございます。\n"
  "介護保険料は、現年分が９９．０２％、滞納繰越分が１５．３３％となっております。\n"
  "続きまして資料２ページ、今年度の取組でございます。一つ目は、納付の利便性向上として、スマートフォン決済の対象を下水道使用料と市営住宅使用料に広げました。二つ目は、滞納初期の段階での電話催告の強化でございます。三つ目は、債権管理課による非強制徴収債権の一元的な支援でございます。説明は以上でございます。"),
 ("森田和彦委員長", "説明が終わりました。御質疑のある方は挙手をお願いいたします。"),
 ("石川直樹委員", "ありがとうございました。２点お伺いします。１点目は、今年度の途中の状況です。直近の月末の時点で、前年と比べて収納率はどうなっているのか、市税についてお示しください。"),
 ("田島収納推進課長", "収納推進課長の田島でございます。令和６年１０月末時点の市税の収納率は、現年課税分で６３．１８％でございまして、前年同月の６２．７６％を０．４２ポイント上回っております。滞納繰越分は１８．７６％で、前年同月は１７．９０％でございました。"),
 ("石川直樹委員", "２点目は、滞納されている方の人数です。どの程度の規模なのか教えてください。"),
 ("田島収納推進課長", "令和５年度末の市税の滞納者数は約１万２，３００人でございます。また、国民健康保険税の滞納世帯数は約６，８４０世帯となっております。いずれも前年度末から減少しております。"),
 ("石川直樹委員", "わかりました。引き続き早期の対応をお願いします。"),
 ("中野恵子委員", "不納欠損についてお伺いします。市税の不納欠損額はどの程度か。また、執行停止の判断は適切に行われているのか、お聞きします。"),
 ("小西債権管理課長", "市税の令和５年度の不納欠損額は約２億１００万円で、前年度の約２億３，５００万円から減少しております。執行停止につきましては、財産調査を尽くしたうえで、生活困窮や財産がないことを確認して判断しております。"),
 ("中野恵子委員", "私債権についてもお伺いします。市営住宅使用料の状況はいかがでしょうか。"),
 ("小西債権管理課長", "市営住宅使用料の令和５年度の収納率は、現年分で９７．５％、過年度分で１２．８％でございます。収入未済額は５，２３０万円となっております。長期の滞納者には連帯保証人への請求や、法的措置も含めて対応しております。"),
 ("村上浩二委員", "債権管理課で非強制徴収債権を一元的に支援するとの説明がありましたが、所管課との役割分担はどうなっているのか。"),
 ("倉本財政経営部長", "所管課が督促や催告といった初期対応を行い、一定期間を経過しても納付に至らない案件を債権管理課が引き継ぐ形としております。引継ぎの基準は要領で定めておりまして、年度ごとに見直しを行っております。"),
 ("村上浩二委員", "引継ぎの件数が増えれば債権管理課の体制も必要になると思います。体制の充実もあわせて検討をお願いします。"),
 ("森田和彦委員長", "ほかに御質疑はございませんか。\n（「なし」と呼ぶ者あり）\nなければ、以上で本日の所管事務調査を終わります。次回の委員会は１２月定例月議会の会期中に開催いたします。これをもちまして総務常任委員会を閉会いたします。"),
]


def facts():
    P = "令和５年度"
    x = []
    x += [F(None, 2023, P, "total", "outstanding", "actual", 4236000000, "yen", "約４２億３，６００万円", approx=True),
          F(None, 2023, "同年度", "total", "written_off", "actual", 324000000, "yen", "約３億２，４００万円", approx=True),
          F("市税", 2023, P, "current", "collection_rate", "actual", 99.21, "percent", "９９．２１％"),
          F("市税", 2023, P, "arrears", "collection_rate", "actual", 31.84, "percent", "３１．８４％"),
          F("市税", 2023, P, "total", "collection_rate", "actual", 97.62, "percent", "９７．６２％"),
          F("市税", 2023, P, "total", "outstanding", "actual", 1820000000, "yen", "約１８億２，０００万円", approx=True),
          F("国民健康保険税", 2023, P, "current", "collection_rate", "actual", 93.10, "percent", "９３．１０％"),
          F("国民健康保険税", 2023, P, "arrears", "collection_rate", "actual", 24.05, "percent", "２４．０５％"),
          F("国民健康保険税", 2023, P, "total", "outstanding", "actual", 1245000000, "yen", "約１２億４，５００万円", approx=True),
          F("介護保険料", 2023, P, "current", "collection_rate", "actual", 99.02, "percent", "９９．０２％"),
          F("介護保険料", 2023, P, "arrears", "collection_rate", "actual", 15.33, "percent", "１５．３３％"),
          F("市税", 2024, "令和６年１０月末", "current", "collection_rate", "interim", 63.18, "percent", "６３．１８％", as_of="2024-10-31"),
          F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 62.76, "percent", "６２．７６％", as_of="2023-10-31"),
          F("市税", 2024, "令和６年１０月末", "arrears", "collection_rate", "interim", 18.76, "percent", "１８．７６％", as_of="2024-10-31"),
          F("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 17.90, "percent", "１７．９０％", as_of="2023-10-31"),
          F("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 12300, "persons", "約１万２，３００人", approx=True),
          F("国民健康保険税", 2023, "令和５年度末", "total", "delinquents", "actual", 6840, "households", "約６，８４０世帯", approx=True),
          F("市税", 2023, P, "total", "written_off", "actual", 201000000, "yen", "約２億１００万円", approx=True),
          F("市税", 2022, "前年度", "total", "written_off", "actual", 235000000, "yen", "約２億３，５００万円", approx=True),
          F("市営住宅使用料", 2023, P, "current", "collection_rate", "actual", 97.5, "percent", "９７．５％"),
          F("市営住宅使用料", 2023, P, "arrears", "collection_rate", "actual", 12.8, "percent", "１２．８％"),
          F("市営住宅使用料", 2023, P, "total", "outstanding", "actual", 52300000, "yen", "５，２３０万円"),
          ]
    return x


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=None, first=None, font="IPAexMincho", after=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(0); pf.line_spacing = 1.25
    if align: p.alignment = align
    if indent is not None: pf.left_indent = Mm(indent)
    if first is not None: pf.first_line_indent = Mm(first)
    return p


def page_field(par):
    r = par.add_run(); set_font(r, size=9)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._element.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._element.append(e)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("四日市市議会　総務常任委員会（令和６年１１月１２日）"), size=8.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), size=9); page_field(fp); set_font(fp.add_run(" －"), size=9)

    para(doc, "総務常任委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, font="IPAexGothic", after=4)
    para(doc, "（令和６年１１月１２日）", 11, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    para(doc, "開議　午前１０時００分　　閉会　午前１１時４２分", after=2)
    para(doc, "場所　第２委員会室", after=8)
    para(doc, "○付議事件", bold=True, font="IPAexGothic")
    para(doc, "所管事務調査　債権管理の取組状況について", indent=6, after=6)
    para(doc, f"○出席委員（{zen(len(MEMBERS))}名）", bold=True, font="IPAexGothic")
    for role, name in MEMBERS:
        para(doc, f"{role:\u3000<5}{name}", indent=6)
    para(doc, "○説明のため出席した者", bold=True, font="IPAexGothic")
    for role, name in OFFICIALS:
        para(doc, f"{role:\u3000<7}{name}", indent=6)
    para(doc, "", after=2)
    para(doc, "○配付資料", bold=True, font="IPAexGothic")
    para(doc, "債権管理の取組状況について（財政経営部資料）", indent=6, after=6)
    para(doc, "―――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "午前１０時００分開議", align=WD_ALIGN_PARAGRAPH.RIGHT, after=4)
    for spk, text in S:
        para(doc, "○" + spk, bold=True, font="IPAexGothic", after=1)
        for line in text.split("\n"):
            para(doc, line, first=4, after=1)
        para(doc, "", after=2)
    para(doc, "午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "hold_min_a")


def gold():
    attendees = [{"role": r, "title": None, "name": n.replace("\u3000", "")} for r, n in MEMBERS]
    attendees += [{"role": r, "title": r, "name": n.replace("\u3000", "")} for r, n in OFFICIALS]
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2024-11-12", "method": None,
               "attendees": attendees, "agenda": ["所管事務調査　債権管理の取組状況について"],
               "materials": ["債権管理の取組状況について（財政経営部資料）"],
               "statements": [{"speaker": s, "section": SEC, "text": t, "page": None} for s, t in S]}
    document = {"kind": "minutes", "municipality": "四日市市", "title": "総務常任委員会記録",
                "date": "2024-11-12", "date_raw": "令和６年１１月１２日"}
    write_gold(STEM, document, facts(), [], minutes)


if __name__ == "__main__":
    build()
    gold()
