"""g_mitaka_minutes_1: 三鷹市議会 総務委員会記録 (minutes), PyMuPDF Story (HTML) -> PDF, A4 portrait.

Modelled on the 三鷹市議会「委員会記録」 pages of the 総務委員会
(http://www.gikai.city.mitaka.tokyo.jp/reference/29/administration/no13_text.html and
 http://www.gikai.city.mitaka.tokyo.jp/reference/2023/administration/no5_text.html):
"◯委員長(氏名君)" speaker markers, 休憩/再開 time lines, 「異議なし」 stage lines, 行政報告 then 質疑.
A 別表 of figures (one debt per column) is added at the end. Names and figures are invented.
"""
from __future__ import annotations

import html as H

import fitz

from g_common import OUT, PDF_DIR, fact, locate, rate, write_gold

STEM = "g_mitaka_minutes_1"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = FONTDIR + "/ipaexm.ttf"

DATE, DATE_RAW = "2025-11-17", "令和7年11月17日"
AS_OF, AS_OF_PREV = "2025-09-30", "2024-09-30"

MEMBERS = [("委員長", "大森正和"), ("副委員長", "西田さやか"), ("委員", "岡本あゆみ"), ("委員", "石川大輔"),
           ("委員", "野口健一"), ("委員", "宮下真理子")]
STAFF = [("総務部長", "川口恵子"), ("市民部長", "北村拓也"), ("子ども・子育て支援部長", "三浦直子"),
         ("納税課長", "竹内翔"), ("債権管理課長", "村田浩二"), ("保険課長", "原田由美")]
AGENDA = ["行政報告", "所管事務の調査について", "次回委員会の日程について", "その他"]
MATERIAL = "令和6年度決算における債権の状況及び令和7年度上半期の収納状況について（債権管理課）"

# 別表 (千円): debt -> (cur 調定, cur rate target, cur prev-year rate, arr 調定, arr rate target, arr prev rate)
TABLE = [
    ("市税", 41_872_310, "58.62", "58.11", 642_150, "24.71", "23.94"),
    ("国民健康保険税", 4_812_450, "41.35", "40.92", 418_762, "18.36", "17.05"),
    ("介護保険料", 3_905_772, "55.48", "55.10", 142_590, "12.87", "11.62"),
    ("後期高齢者医療保険料", 2_544_016, "57.93", "57.64", 38_774, "30.12", "29.88"),
    ("保育料", 612_380, "49.07", "48.55", 45_216, "15.44", "16.02"),
]


def collected_for(assessed: int, target: str) -> int:
    """收入済額 so that the rounded rate prints as `target`."""
    c = round(assessed * float(target) / 100)
    for d in (0, 1, -1, 2, -2, 3, -3):
        if f"{rate(c + d, assessed, 2):.2f}" == target:
            return c + d
    raise ValueError(target)


W = "君"
SP = {  # printed speaker labels
    "chair": "委員長(大森正和君)", "soumu": "総務部長(川口恵子さん)", "saiken": "債権管理課長(村田浩二君)",
    "okamoto": "委員(岡本あゆみさん)", "ishikawa": "委員(石川大輔君)", "nouzei": "納税課長(竹内翔君)",
    "hoken": "保険課長(原田由美さん)",
}

# (speaker key, section, text, facts-in-text) ; None speaker = a non-statement line (time, stage direction)
S5 = ("　それでは、資料に基づき御報告いたします。まず、令和6年度決算における状況でございます。市税の収入未済額は"
      "6億4,215万円で、前年度と比べ3,108万円の減少となりました。収納率は、現年課税分が99.41％、滞納繰越分が"
      "41.27％、合計で98.36％となっております。国民健康保険税につきましては、収入未済額が約4億1,900万円、"
      "収納率は現年分が95.12％、滞納繰越分が27.84％でございます。介護保険料の現年分の収納率は99.08％でございました。"
      "市が保有する債権全体の収入未済額は約14億2,600万円となり、前年度より約6,500万円縮減しております。\n"
      "　次に、令和7年度上半期の状況でございます。令和7年9月末現在の市税の収納率は、現年課税分で58.62％となり、"
      "前年同月の58.11％を0.51ポイント上回っております。滞納繰越分につきましても24.71％と、前年同月を上回って"
      "推移しております。その他の債権の状況は、資料の別表のとおりでございます。\n"
      "　今後は、12月を滞納整理強化月間と位置づけ、所管課と連携した夜間・休日の納付相談を実施いたします。"
      "また、上半期の取組の検証結果は、令和8年1月に予定しております令和7年度第2回債権管理推進会議において"
      "報告する予定でございます。説明は以上です。")
S5_FACTS = [
    ("市税", 2024, "令和6年度", "total", "outstanding", "actual", 642_150_000, "yen", "6億4,215万円", None, False),
    ("市税", 2024, "令和6年度", "current", "collection_rate", "actual", 99.41, "percent", "99.41％", None, False),
    ("市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", 41.27, "percent", "41.27％", None, False),
    ("市税", 2024, "令和6年度", "total", "collection_rate", "actual", 98.36, "percent", "98.36％", None, False),
    ("国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", 419_000_000, "yen", "約4億1,900万円", None, True),
    ("国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "actual", 95.12, "percent", "95.12％", None, False),
    ("国民健康保険税", 2024, "令和6年度", "arrears", "collection_rate", "actual", 27.84, "percent", "27.84％", None, False),
    ("介護保険料", 2024, "令和6年度", "current", "collection_rate", "actual", 99.08, "percent", "99.08％", None, False),
    (None, 2024, "令和6年度", "total", "outstanding", "actual", 1_426_000_000, "yen", "約14億2,600万円", None, True),
    ("市税", 2025, "令和7年9月末", "current", "collection_rate", "interim", 58.62, "percent", "58.62％", AS_OF, False),
    ("市税", 2024, "前年同月", "current", "collection_rate", "interim", 58.11, "percent", "58.11％", AS_OF_PREV, False),
    ("市税", 2025, "令和7年9月末", "arrears", "collection_rate", "interim", 24.71, "percent", "24.71％", AS_OF, False),
]
S8 = ("　国民健康保険税の滞納繰越分の収納率は、9月末現在で18.36％となっており、前年同月の17.05％を1.31ポイント"
      "上回っております。上半期は、財産調査の結果、納付資力があると判断した方への差押えを前倒しで実施したほか、"
      "国民健康保険の資格の届出に来られた方への納付相談を窓口で行ったことが、収納率の改善につながったものと"
      "考えております。")
S8_FACTS = [
    ("国民健康保険税", 2025, "9月末", "arrears", "collection_rate", "interim", 18.36, "percent", "18.36％", AS_OF, False),
    ("国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", 17.05, "percent", "17.05％", AS_OF_PREV, False),
]
S10 = ("　令和6年度の市税の不納欠損額は約4,800万円でございます。このうち、滞納処分の執行停止後3年を経過したものが"
       "大半を占めております。執行停止は、財産調査を尽くした上で、生活困窮など納付が困難と認められる場合に限って"
       "行っており、安易な執行停止とならないよう、課内の審査会で一件ごとに確認しております。")
S10_FACTS = [
    ("市税", 2024, "令和6年度", "total", "written_off", "actual", 48_000_000, "yen", "約4,800万円", None, True),
]

SCRIPT = [
    (None, None, "午前9時30分 開議", []),
    ("chair", None, "　おはようございます。ただいまから総務委員会を開会いたします。", []),
    (None, None, "──────────────────────────────────────", []),
    ("chair", None, "　初めに休憩を取って、本日の流れを確認いたしたいと思います。休憩いたします。", []),
    (None, None, "午前9時30分 休憩", []),
    (None, None, "午前9時32分 再開", []),
    ("chair", None, "　それでは、委員会を再開いたします。本日の流れにつきましては、1、行政報告、2、所管事務の調査について、"
                    "3、次回委員会の日程について、4、その他ということで進めてまいりたいと思いますが、よろしいでしょうか。", []),
    (None, None, "（「異議なし」と呼ぶ者あり）", []),
    ("chair", "行政報告", "　それでは、そのように確認いたします。市側の皆様、おはようございます。行政報告、"
                        "令和6年度決算における債権の状況及び令和7年度上半期の収納状況について、本件を議題といたします。"
                        "市側の説明を求めます。", []),
    ("soumu", "行政報告", "　おはようございます。本日は、市が保有する債権の令和6年度決算の状況と、今年度上半期の収納状況について"
                        "御報告いたします。三鷹市の適正な債権管理の推進に関する条例に基づき、全庁で取組を進めているところで"
                        "ございます。詳細につきましては、債権管理課長から御説明いたします。", []),
    ("saiken", "行政報告", S5, S5_FACTS),
    ("chair", "行政報告", "　市側の説明は終わりました。これより質疑に入ります。", []),
    ("okamoto", "行政報告", "　御説明ありがとうございました。国民健康保険税の滞納繰越分について伺います。上半期の収納率が"
                           "改善しているとのことですが、その要因をどのように分析されているのか、お聞かせください。", []),
    ("saiken", "行政報告", S8, S8_FACTS),
    ("okamoto", "行政報告", "　ありがとうございます。窓口での納付相談は、引き続き丁寧に行っていただくようお願いします。", []),
    ("ishikawa", "行政報告", "　市税の不納欠損について伺います。令和6年度の不納欠損額と、その主な理由を教えてください。"
                            "また、執行停止の判断はどのように行っているのでしょうか。", []),
    ("nouzei", "行政報告", S10, S10_FACTS),
    ("ishikawa", "行政報告", "　わかりました。第2回の債権管理推進会議での検証結果についても、改めて委員会に御報告を"
                            "いただきたいと思います。", []),
    ("soumu", "行政報告", "　令和7年度第2回債権管理推進会議の結果につきましては、取りまとめ次第、本委員会に御報告いたします。", []),
    ("chair", "行政報告", "　以上で行政報告を終了いたします。休憩いたします。", []),
    (None, None, "午前10時18分 休憩", []),
    (None, None, "午前10時20分 再開", []),
    ("chair", "所管事務の調査について", "　委員会を再開いたします。所管事務の調査について、本件につきましては、"
                                  "議会閉会中の継続審査を申し出ることにいたしたいと思いますが、御異議ありませんか。", []),
    (None, None, "（「異議なし」と呼ぶ者あり）", []),
    ("chair", "次回委員会の日程について", "　御異議なしと認め、さよう決しました。次回委員会の日程について、"
                                   "12月8日月曜日、本会議終了後とし、その間、必要があれば委員長より招集することにいたしたいと"
                                   "思いますが、御異議ありませんか。", []),
    (None, None, "（「異議なし」と呼ぶ者あり）", []),
    ("chair", "その他", "　御異議なしと認め、さよう決しました。その他、何かございますか。", []),
    (None, None, "（「なし」と呼ぶ者あり）", []),
    ("chair", "その他", "　以上をもって本日の総務委員会を散会いたします。", []),
    (None, None, "午前10時22分 散会", []),
]

CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
body {font-family: mincho; font-size: 10.5pt; line-height: 1.55;}
p {margin: 0 0 3pt 0; text-align: justify;}
.title {font-size: 14pt; text-align: center; margin-bottom: 8pt;}
.time {text-align: center; margin: 4pt 0;}
.stage {text-align: center; margin: 2pt 0;}
.sep {text-align: center; margin: 2pt 0; font-size: 8pt;}
.head {margin: 0 0 1pt 0;}
.ind {margin-left: 14pt;}
table {border-collapse: collapse; width: 100%;}
td {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 9pt; text-align: right;}
td.l {text-align: center;}
td.h {text-align: center;}
"""


def esc(s):
    return H.escape(s)


def render_story(html, doc_path_pages, mediabox, where):
    arch = fitz.Archive(FONTDIR)
    story = fitz.Story(html, user_css=CSS, archive=arch)
    pages = []
    more = True
    while more:
        dev = doc_path_pages.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        doc_path_pages.end_page()
        pages.append(1)
    return len(pages)


def build():
    statements, facts = [], []
    # ---- dialogue html
    parts = ['<p class="title">総務委員会記録</p>',
             f'<p class="head">１　日　時　{DATE_RAW}（月）午前9時30分</p>',
             '<p class="head">２　場　所　第二委員会室</p>',
             f'<p class="head">３　出席委員（{len(MEMBERS)}名）</p>']
    parts.append('<p class="ind">' + "　".join(f"{r}　{n}" for r, n in MEMBERS[:2]) + "</p>")
    parts.append('<p class="ind">' + "　".join(f"{r}　{n}" for r, n in MEMBERS[2:]) + "</p>")
    parts.append('<p class="head">４　説明のため出席した者</p>')
    parts.append('<p class="ind">' + "　".join(f"{r}　{n}" for r, n in STAFF[:3]) + "</p>")
    parts.append('<p class="ind">' + "　".join(f"{r}　{n}" for r, n in STAFF[3:]) + "</p>")
    parts.append('<p class="head">５　付議事件</p>')
    for i, a in enumerate(AGENDA, 1):
        parts.append(f'<p class="ind">（{i}）{a}</p>')
    parts.append(f'<p class="head">６　配付資料</p><p class="ind">{esc(MATERIAL)}</p>')
    parts.append('<p class="sep">──────────────────────────────────────</p>')
    for who, section, text, tfacts in SCRIPT:
        if who is None:
            cls = "time" if text.startswith("午前") else ("sep" if text.startswith("─") else "stage")
            parts.append(f'<p class="{cls}">{esc(text)}</p>')
            continue
        paras = text.split("\n")
        parts.append(f"<p>◯{esc(SP[who])}{esc(paras[0])}</p>")
        for ptxt in paras[1:]:
            parts.append(f"<p>{esc(ptxt)}</p>")
        statements.append({"speaker": SP[who], "section": section, "text": text.replace("\n", "").strip("　"),
                           "_facts": tfacts})
    html1 = "<body>" + "".join(parts) + "</body>"

    # ---- 別表 html
    rows = []
    hdr = '<tr><td class="h" colspan="2">区　分</td>' + "".join(f'<td class="h">{n}</td>' for n, *_ in TABLE) + "</tr>"
    rows.append(hdr)
    table_facts = []
    for seg, segname, idx in (("current", "現年分", 1), ("arrears", "滞納繰越分", 4)):
        cells = {"調定額": [], "収入済額": [], "収納率": [], "前年同月収納率": []}
        for name, ca, cr, cp, aa, ar, ap in TABLE:
            a, r, p = (ca, cr, cp) if seg == "current" else (aa, ar, ap)
            c = collected_for(a, r)
            cells["調定額"].append(f"{a:,}")
            cells["収入済額"].append(f"{c:,}")
            cells["収納率"].append(r)
            cells["前年同月収納率"].append(p)
            table_facts += [
                (name, 2025, "令和7年9月末", seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", AS_OF),
                (name, 2025, "令和7年9月末", seg, "collected", "interim", c * 1000, "yen", f"{c:,}", AS_OF),
                (name, 2025, "令和7年9月末", seg, "collection_rate", "interim", float(r), "percent", r, AS_OF),
                (name, 2024, "令和6年9月末", seg, "collection_rate", "interim", float(p), "percent", p, AS_OF_PREV),
            ]
        for k, (label, vals) in enumerate(cells.items()):
            lead = f'<td class="l" rowspan="4">{segname}</td>' if k == 0 else ""
            rows.append(f'<tr>{lead}<td class="l">{label}</td>' + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
    html2 = ("<body>" + '<p class="title">別表　主な債権の収納状況（令和7年9月末現在）</p>'
             '<p style="text-align:right">（単位：千円、％）</p>'
             f"<table>{''.join(rows)}</table>"
             '<p style="font-size:9pt;margin-top:4pt">※ 前年同月収納率は、令和6年9月末現在の収納率です。</p>'
             '<p style="font-size:9pt">※ 収納率＝収入済額÷調定額。還付未済額は含みません。</p>'
             '<p style="font-size:9pt">※ 保育料は、保育所保育料及び認定こども園利用者負担額の合計です。</p>'
             "</body>")

    OUT.mkdir(parents=True, exist_ok=True)
    raw_pdf = OUT / f"{STEM}.raw.pdf"
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -60)
    writer = fitz.DocumentWriter(str(raw_pdf))
    n1 = render_story(html1, writer, mediabox, where)
    n2 = render_story(html2, writer, mediabox, where)
    writer.close()

    # ---- running header / footer
    doc = fitz.open(raw_pdf)
    for i, page in enumerate(doc):
        page.insert_font(fontname="gth", fontfile=GOTHIC)
        page.insert_font(fontname="mch", fontfile=MINCHO)
        page.insert_text((62, 45), "2025/11/17　令和7年総務委員会本文", fontname="gth", fontsize=8.5)
        page.insert_text((430, 45), "三鷹市議会", fontname="gth", fontsize=8.5)
        page.draw_line((62, 52), (533, 52), width=0.5)
        page.insert_text((285, 815), f"- {i + 1} -", fontname="mch", fontsize=9)
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()

    # ---- pages of statements and facts
    npages = n1 + n2
    st_first = locate(pdf, [s["text"][:25] for s in statements])
    for s in statements:
        pg = st_first[s["text"][:25]]
        assert pg, s["text"][:25]
        s["page"] = pg[0]
        for (d, fy, fyr, seg, met, basis, val, unit, raw, as_of, approx) in s.pop("_facts"):
            hits = locate(pdf, [raw])[raw]
            assert len(hits) >= 1, raw
            page = hits[0] if len(hits) == 1 else min(h for h in hits if h >= s["page"])
            facts.append(fact(d, fy, fyr, seg, met, basis, val, unit, raw, page, as_of=as_of, approx=approx))
    for (d, fy, fyr, seg, met, basis, val, unit, raw, as_of) in table_facts:
        facts.append(fact(d, fy, fyr, seg, met, basis, val, unit, raw, npages, as_of=as_of))

    minutes = {
        "title": "令和7年総務委員会本文", "meeting_number": None, "date": DATE, "method": None,
        "attendees": [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                     + [{"role": r, "title": r, "name": n} for r, n in STAFF],
        "agenda": AGENDA, "materials": [MATERIAL], "statements": statements,
    }
    document = {"kind": "minutes", "municipality": "三鷹市", "title": "総務委員会記録",
                "date": DATE, "date_raw": DATE_RAW}
    write_gold(STEM, pdf, document, facts, [], minutes)
    print("pages dialogue", n1, "table", n2)


if __name__ == "__main__":
    build()
