"""札幌市議会「財政市民委員会記録」に倣った常任委員会記録（PyMuPDF Story HTML）。
Modelled on https://chiholog.net/serelog/gijilog/01100-20160229-b13ee67/ja (札幌市議会 財政市民委員会記録;
speakers, figures and wording invented)."""
import io

import fitz

from e_common import PDF, fact, write_gold

STEM = "e_sapporo_iinkai_1"
CITY = "札幌市"
TITLE = "札幌市議会財政市民委員会記録"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
F = []
AG = "札幌市債権管理の取組状況について（報告）"

MEMBERS = [("委員長", "北村 真澄"), ("副委員長", "森田 健吾"), ("委員", "中川 寛之"), ("委員", "小野寺 恵"),
           ("委員", "高田 浩一"), ("委員", "藤原 さとみ"), ("委員", "村井 敏夫"), ("委員", "青山 千春")]
STAFF = [("財政局長", "岸本 直樹"), ("財政局税政部長", "早坂 修"), ("財政局税政部収納対策担当部長", "松浦 亮"),
         ("保健福祉局保険医療部長", "工藤 芳江")]

# statements: (marker, speaker as printed, text)
S = [
    ("○", "北村真澄 委員長", "ただいまから、財政市民委員会を開会いたします。\n報告事項は、特にございません。\n"
     "それでは、議事に入ります。\n札幌市債権管理の取組状況についてを議題とし、資料に基づき理事者から説明を受けます。"),
    ("◎", "松浦 収納対策担当部長", "私から、本市の債権管理の取組状況について、お手元の資料に沿って御説明いたします。\n"
     "まず、令和４年度決算における本市の債権全体の収入未済額は約198億4,000万円で、前年度から約12億6,000万円減少いたしました。"
     "このうち、市税が約71億2,000万円、国民健康保険料が約64億8,000万円となっております。また、令和４年度の不納欠損額は、"
     "全体で約21億3,000万円でございました。\n"
     "これらの結果につきましては、昨年11月に開催いたしました令和５年度第２回札幌市債権管理推進会議において報告し、"
     "各債権の所管部局とともに令和６年度の目標設定の考え方を確認したところでございます。\n"
     "次に、今年度の状況でございますが、令和６年２月29日現在の市税の現年課税分の収納率は92.15％で、"
     "前年同期の91.88％を0.27ポイント上回っております。引き続き、出納整理期間の５月末まで、"
     "催告と財産調査に集中して取り組んでまいります。\n説明は以上でございます。"),
    ("○", "北村真澄 委員長", "それでは、質疑を行います。\n質疑はございませんか。"),
    ("◆", "中川寛之 委員", "国民健康保険料について伺います。市税に比べて収入未済額の減り方が緩やかに見えますが、"
     "収納率と滞納の状況は現在どのようになっているのか、伺います。"),
    ("◎", "工藤 保険医療部長", "国民健康保険料の令和４年度の収納率は、現年度分が95.02％、滞納繰越分が28.46％でございます。"
     "令和５年度は現年度分で95.30％の収納率を目標としておりまして、２月末現在では83.61％と、前年同月を0.42ポイント"
     "上回って推移しております。\nまた、令和４年度末の滞納世帯数は２万3,418世帯で、前年度末に比べ約1,600世帯減少しております。"),
    ("◆", "中川寛之 委員", "市税や保険料のほかに、市営住宅使用料のような私債権についてはどうでしょうか。"),
    ("◎", "松浦 収納対策担当部長", "市営住宅使用料の令和４年度の収納率は、現年度分で98.7％、過年度分で14.2％となっており、"
     "収入未済額は８億9,263万円余りでございます。退去された方の滞納が多くを占めておりますことから、"
     "所管部局と連携し、支払督促などの法的措置を計画的に進めているところでございます。"),
    ("◆", "小野寺恵 委員", "滞納整理を進めることは大切ですが、生活に困っている方を追い詰めることのないよう、"
     "福祉部門へのつなぎを丁寧に行っていただきたいと思いますが、いかがでしょうか。"),
    ("◎", "早坂 税政部長", "納付相談の中で生活の状況をお聞きし、必要に応じて生活就労支援相談窓口などを御案内しております。"
     "今後も、納付が難しい方には猶予制度の活用も含めて丁寧に対応してまいります。"),
    ("○", "北村真澄 委員長", "ほかに質疑はございませんか。\n（「なし」と呼ぶ者あり）\n"
     "なければ、質疑を終了いたします。\n以上で、委員会を閉会いたします。"),
]
SPEAKER_SECTION = AG

# facts from the running text (anchor = unique text nearby)
F += [
    fact(None, 2022, "令和４年度", "total", "outstanding", "actual", 19840000000, "yen", "約198億4,000万円", approx=True, debt_raw=None),
    fact("市税", 2022, "令和４年度", "total", "outstanding", "actual", 7120000000, "yen", "約71億2,000万円", approx=True),
    fact("国民健康保険料", 2022, "令和４年度", "total", "outstanding", "actual", 6480000000, "yen", "約64億8,000万円", approx=True),
    fact(None, 2022, "令和４年度", "total", "written_off", "actual", 2130000000, "yen", "約21億3,000万円", approx=True, debt_raw=None),
    fact("市税", 2023, "令和６年２月29日現在", "current", "collection_rate", "interim", 92.15, "percent", "92.15％", as_of="2024-02-29"),
    fact("市税", 2022, "前年同期", "current", "collection_rate", "interim", 91.88, "percent", "91.88％", as_of="2023-02-28"),
    fact("国民健康保険料", 2022, "令和４年度", "current", "collection_rate", "actual", 95.02, "percent", "95.02％"),
    fact("国民健康保険料", 2022, "令和４年度", "arrears", "collection_rate", "actual", 28.46, "percent", "28.46％"),
    fact("国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "target", 95.30, "percent", "95.30％"),
    fact("国民健康保険料", 2023, "２月末現在", "current", "collection_rate", "interim", 83.61, "percent", "83.61％", as_of="2024-02-29"),
    fact("国民健康保険料", 2022, "令和４年度末", "total", "delinquents", "actual", 23418, "households", "２万3,418世帯"),
    fact("市営住宅使用料", 2022, "令和４年度", "current", "collection_rate", "actual", 98.7, "percent", "98.7％"),
    fact("市営住宅使用料", 2022, "令和４年度", "arrears", "collection_rate", "actual", 14.2, "percent", "14.2％"),
    fact("市営住宅使用料", 2022, "令和４年度", "total", "outstanding", "actual", 892630000, "yen", "８億9,263万円余", approx=True),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


mem = "".join(f"<tr><td class='r'>{r}</td><td>{n}</td></tr>" for r, n in MEMBERS)
stf = "".join(f"<tr><td class='r'>{t}</td><td>{n}</td></tr>" for t, n in STAFF)
body = [f"<h1>{TITLE}</h1>", "<p class='c'>令和６年３月12日（火曜日）</p>", "<hr/>",
        "<p class='c'>開　会　午後１時</p>", "<hr/>",
        "<p class='h'>●議題</p>", f"<p class='i'>１　{AG}</p>",
        f"<p class='h'>●出席委員　{len(MEMBERS)}名</p>", f"<table>{mem}</table>",
        "<p class='h'>●欠席委員　なし</p>",
        "<p class='h'>●説明員</p>", f"<table>{stf}</table>",
        "<p class='h'>●配付資料</p>", "<p class='i'>札幌市債権管理の取組状況について（財政局）</p>", "<hr/>"]
for mk, sp, text in S:
    paras = text.split("\n")
    body.append(f"<p class='s'><b>{mk}{esc(sp)}</b>　{esc(paras[0])}</p>")
    for q in paras[1:]:
        body.append(f"<p class='s2'>{esc(q)}</p>")
body += ["<hr/>", "<p class='c'>閉　会　午後２時14分</p>"]
html = "<html><body>" + "\n".join(body) + "</body></html>"
css = """
@font-face {font-family: jm; src: url(ipaexm.ttf);}
body {font-family: jm; font-size: 10.5pt; line-height: 1.6;}
h1 {font-size: 15pt; text-align: center; font-weight: normal; margin-bottom: 4pt;}
p {margin: 0 0 2pt 0;}
p.c {text-align: center;} p.h {margin-top: 6pt;} p.i {margin-left: 24pt;}
p.s {text-indent: 0; margin-top: 6pt;} p.s2 {text-indent: 10.5pt;}
table {margin-left: 24pt;} td {padding: 0 12pt 0 0;} td.r {width: 200pt;}
b {font-weight: normal;}
"""
arch = fitz.Archive()
arch.add(open(MIN, "rb").read(), "ipaexm.ttf")
story = fitz.Story(html=html, user_css=css, archive=arch)
buf = io.BytesIO()
wr = fitz.DocumentWriter(buf)
rect = fitz.paper_rect("a4")
where = rect + (62, 70, -62, -60)
more = 1
while more:
    dev = wr.begin_page(rect)
    more, _ = story.place(where)
    story.draw(dev)
    wr.end_page()
wr.close()
doc = fitz.open("pdf", buf.getvalue())
for i, p in enumerate(doc):
    p.insert_font(fontname="m", fontfile=MIN)
    p.insert_text((62, 45), "令和６年３月12日　財政市民委員会記録", fontname="m", fontsize=8)
    p.insert_text((rect.width / 2 - 10, rect.height - 30), f"－{i + 1}－", fontname="m", fontsize=9)
doc.subset_fonts()
out = PDF / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)

minutes = {"title": TITLE, "meeting_number": None, "date": "2024-03-12", "method": None,
           "attendees": [{"role": r, "title": None, "name": n.replace(" ", "")} for r, n in MEMBERS]
           + [{"role": t, "title": t, "name": n.replace(" ", "")} for t, n in STAFF],
           "agenda": [AG], "materials": ["札幌市債権管理の取組状況について（財政局）"],
           "statements": [{"speaker": sp, "section": AG, "text": text} for _, sp, text in S]}
document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-03-12",
            "date_raw": "令和６年３月12日（火曜日）"}
g = write_gold(STEM, out, document, F, [], minutes)
# statements: page of each (first words)
from e_common import page_texts, squash
texts = page_texts(out)
for st in g["minutes"]["statements"]:
    key = squash(st["text"])[:25]
    st["page"] = next(i + 1 for i, t in enumerate(texts) if key in t)
import json
from e_common import GOLD
(GOLD / f"{STEM}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
