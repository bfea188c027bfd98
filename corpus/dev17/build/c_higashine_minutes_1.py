"""東根市議会 決算特別委員会記録 (minutes) — PyMuPDF Story HTML, A4 portrait, with a 別表 of figures."""
from __future__ import annotations

import html
import io

import pymupdf

from c_common import OUT, ROOT, Rec, write_gold

STEM = "c_higashine_minutes_1"
rec = Rec()
TITLE = "令和７年９月定例会　東根市議会決算特別委員会記録"
DATE_RAW = "令和７年９月19日（金曜日）"

ATT_COMMITTEE = [("委員長", "佐藤直樹"), ("副委員長", "齋藤俊也"), ("委員", "高橋弓子"), ("委員", "滝口公平"),
                 ("委員", "元木十史"), ("委員", "東海林克己"), ("委員", "三宅一郎"), ("委員", "植松宏美")]
ATT_EXEC = [("市長", "土田正人"), ("副市長", "間木野多加志"), ("総務部長", "石垣裕司"), ("市民生活部長", "浅野目勇"),
            ("健康福祉部長", "芦野耕太"), ("子ども・若者部長", "奥山知美"), ("税務課長", "安達利夫"),
            ("保険年金課長", "佐藤慎吾"), ("建設部長兼水道部長", "半田隆之")]
AGENDA = ["議第62号　令和６年度東根市一般会計歳入歳出決算認定について",
          "議第63号　令和６年度東根市国民健康保険特別会計歳入歳出決算認定について"]

# 別表 data (千円): 調定額, 収入済額, 不納欠損額
TAB = {
    "市税": (8_326_481, 8_148_209, 14_052),
    "国民健康保険税": (1_405_337, 1_238_910, 18_423),
    "介護保険料": (1_268_540, 1_255_218, 2_107),
    "保育料": (96_215, 93_488, 415),
    "市営住宅使用料": (84_306, 79_125, 1_230),
    "水道料金": (1_512_774, 1_497_609, 3_318),
}


def out_of(d):
    a, c, w = TAB[d]
    return a - c - w


def rate(d):
    a, c, w = TAB[d]
    return c / a * 100


# the figures the speakers quote
tax_cur, tax_arr = 99.31, 28.64
tax_rate = rate("市税")
tax_out_man = round(out_of("市税") / 10)  # 万円
kokuho_wo_man = TAB["国民健康保険税"][2] // 10

statements = []  # (speaker, section, text)
S1, S2 = AGENDA[0], AGENDA[1]


def say(sp, sec, text):
    statements.append((sp, sec, text))


say("佐藤委員長", None, "ただいまから決算特別委員会を開会いたします。本日は、前日に引き続き、付託された議案の審査を行います。")
say("佐藤委員長", S1, "議第62号を議題といたします。歳入のうち市税について、当局の説明を求めます。")
p_tax_out = f"約{tax_out_man // 10000}億{tax_out_man % 10000:,}万円"
say("安達税務課長", S1,
    f"令和６年度の市税の収納率は、現年課税分が{tax_cur:.2f}％、滞納繰越分が{tax_arr:.2f}％で、合計では{tax_rate:.2f}％と"
    f"なりました。収入未済額は{p_tax_out}で、前年度より減少しております。")
say("高橋委員", S1, "滞納繰越分の収納率が上がった要因と、不納欠損の考え方について伺います。")
say("安達税務課長", S1,
    f"山形県滞納整理機構への移管事案の完結と、預貯金の差押えの増加によるものです。不納欠損額は{TAB['市税'][2]:,}千円で、"
    "執行停止後３年を経過したものなど、法令に基づき処理しております。")
say("滝口委員", S1, "債権管理の全庁的な体制について伺います。")
say("石垣総務部長", S1,
    "令和７年度第２回東根市債権管理推進会議を８月に開催し、各課の上半期の取組と課題を共有しました。"
    "徴収が困難な私債権は、今後、法的措置の手順を統一してまいります。")
say("佐藤委員長", S2, "次に、議第63号を議題といたします。当局の説明を求めます。")
say("佐藤保険年金課長", S2,
    f"国民健康保険税の収納率は{rate('国民健康保険税'):.2f}％で、不納欠損額は{kokuho_wo_man:,}万円余となりました。"
    "現年課税分の口座振替率の向上に引き続き取り組みます。")
say("元木委員", S2, "子育て世帯の国保税について、福祉部門と連携した納付相談は行っているのか。")
say("奥山子ども・若者部長", S2, "児童手当の現況確認の機会などを捉え、保険年金課と連携して納付相談につなげております。")
say("佐藤委員長", S2, "以上で本日の審査を終了いたします。なお、別表は当局から提出された資料です。")

CSS = """
@font-face {font-family: jp; src: url(ipaexm.ttf);}
@font-face {font-family: jpg; src: url(ipaexg.ttf);}
* {font-family: jp; font-size: 10.5pt; line-height: 1.5;}
h1 {font-family: jpg; font-size: 15pt; text-align: center; margin-bottom: 6pt;}
h2 {font-family: jpg; font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt;}
p {margin-top: 0; margin-bottom: 3pt;}
p.sp {text-indent: -1em; margin-left: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: jpg; text-align: center;}
td.n {text-align: right;}
.att td {border: none; padding: 0 4pt;}
"""

e = html.escape
parts = [f"<h1>{e(TITLE)}</h1>", f"<p>◎日時　{e(DATE_RAW)}　午前10時00分開議</p>",
         "<p>◎場所　東根市議会第１委員会室</p>", "<h2>◎出席委員（８名）</h2>", "<table class='att'>"]
for i in range(0, len(ATT_COMMITTEE), 2):
    parts.append("<tr>" + "".join(f"<td>{e(n)}　{e(r)}</td>" for r, n in ATT_COMMITTEE[i:i + 2]) + "</tr>")
parts.append("</table><h2>◎説明のため出席した者の職氏名</h2><table class='att'>")
for i in range(0, len(ATT_EXEC), 2):
    parts.append("<tr>" + "".join(f"<td>{e(r)}　{e(n)}</td>" for r, n in ATT_EXEC[i:i + 2]) + "</tr>")
parts.append("</table><h2>◎本日審査した案件</h2>")
for a in AGENDA:
    parts.append(f"<p>{e(a)}</p>")
parts.append("<p>――――――――――――――――――――――――――――――――</p>")
for sp, sec, text in statements:
    parts.append(f"<p class='sp'>○{e(sp)}　{e(text)}</p>")
parts.append("<p style='text-align:right'>午前11時42分散会</p>")
parts.append("<h2>別表　令和６年度　主な債権の決算状況（単位：千円）</h2>")
parts.append("<table><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th>"
             "<th>収納率（％）</th></tr>")
tot = [0, 0, 0, 0]
for d in TAB:
    a, c, w = TAB[d]
    o = out_of(d)
    tot = [tot[0] + a, tot[1] + c, tot[2] + w, tot[3] + o]
    parts.append(f"<tr><td>{e(d)}</td><td class='n'>{a:,}</td><td class='n'>{c:,}</td><td class='n'>{w:,}</td>"
                 f"<td class='n'>{o:,}</td><td class='n'>{rate(d):.2f}</td></tr>")
trate = tot[1] / tot[0] * 100
parts.append(f"<tr><td>合計</td><td class='n'>{tot[0]:,}</td><td class='n'>{tot[1]:,}</td><td class='n'>{tot[2]:,}</td>"
             f"<td class='n'>{tot[3]:,}</td><td class='n'>{trate:.2f}</td></tr></table>")
parts.append("<p style='font-size:9pt'>※収納率は、現年分と滞納繰越分を合わせた収入済額÷調定額。水道料金は水道事業会計。</p>")
HTML = "\n".join(parts)

# ---- facts in reading order ----
rec.mark("○安達税務課長")
rec.fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", tax_cur, "percent", f"{tax_cur:.2f}％")
rec.fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tax_arr, "percent", f"{tax_arr:.2f}％")
rec.fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", round(tax_rate, 2), "percent",
         f"{tax_rate:.2f}％")
rec.fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", tax_out_man * 10000, "yen", p_tax_out, approx=True)
rec.fact("市税", 2024, "令和６年度", "total", "written_off", "actual", TAB["市税"][2] * 1000, "yen",
         f"{TAB['市税'][2]:,}千円")
rec.fact("国民健康保険税", 2024, "令和６年度", "total", "collection_rate", "actual", round(rate("国民健康保険税"), 2),
         "percent", f"{rate('国民健康保険税'):.2f}％")
rec.fact("国民健康保険税", 2024, "令和６年度", "total", "written_off", "actual", kokuho_wo_man * 10000, "yen",
         f"{kokuho_wo_man:,}万円余", approx=True)
rec.mark("別表")
for d in list(TAB) + ["合計"]:
    if d == "合計":
        a, c, w, o = tot; r = trate; debt = None
    else:
        a, c, w = TAB[d]; o = out_of(d); r = rate(d); debt = d
    for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
        rec.fact(debt, 2024, "令和６年度", "total", met, "actual", v * 1000, "yen", f"{v:,}", debt_raw=d)
    rec.fact(debt, 2024, "令和６年度", "total", "collection_rate", "actual", round(r, 2), "percent", f"{r:.2f}",
             debt_raw=d)

# ---- render ----
arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
story = pymupdf.Story(HTML, user_css=CSS, archive=arch)
buf = io.BytesIO()
w = pymupdf.DocumentWriter(buf)
MED = pymupdf.paper_rect("a4")
WHERE = MED + (62, 70, -62, -64)
more = True
while more:
    dev = w.begin_page(MED)
    more, _ = story.place(WHERE)
    story.draw(dev)
    w.end_page()
w.close()
doc = pymupdf.open("pdf", buf.getvalue())
n = len(doc)
for i, page in enumerate(doc):
    page.insert_font(fontname="jpm", fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
    page.insert_text((62, 48), "東根市議会　決算特別委員会記録（令和７年９月19日）", fontname="jpm", fontsize=8)
    page.draw_line((62, 54), (MED.width - 62, 54), width=0.4)
    page.insert_text((MED.width / 2 - 12, MED.height - 36), f"－{i + 1}－", fontname="jpm", fontsize=9)
doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()

minutes = {
    "title": TITLE,
    "meeting_number": None,
    "date": "2025-09-19",
    "method": None,
    "attendees": [{"role": r, "name": n, "title": None} for r, n in ATT_COMMITTEE]
    + [{"role": r, "name": n, "title": r} for r, n in ATT_EXEC],
    "agenda": AGENDA,
    "materials": ["別表　令和６年度　主な債権の決算状況"],
    "statements": [{"speaker": sp, "section": sec, "text": t} for sp, sec, t in statements],
}
write_gold(pdf, ROOT / "gold" / f"{STEM}.json",
           {"kind": "minutes", "municipality": "東根市", "title": TITLE, "date": "2025-09-19",
            "date_raw": DATE_RAW}, rec, minutes=minutes)
