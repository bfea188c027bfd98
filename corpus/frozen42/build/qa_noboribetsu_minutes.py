"""qa_noboribetsu_minutes_1: 市議会 決算審査特別委員会記録 (HTML/CSS → chromium --print-to-pdf).

Run from corpus/frozen42:  python3 build/qa_noboribetsu_minutes.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qa_common import PDF_DIR, WORK, Gold, comma, rate, zen

STEM = "qa_noboribetsu_minutes_1"
CITY = "登別市"
G = Gold(STEM, "minutes", "iinkaikiroku", CITY, "決算審査特別委員会記録", "2025-09-18", "令和７年９月１８日")

# ------------------------------------------------------------------ data (yen)
# 市税 by year: (cur_assessed, cur_collected, arr_assessed, arr_collected, written_off)
TAX = {
    2020: (5_402_318_400, 5_338_611_200, 412_905_300, 101_884_600, 21_406_900),
    2021: (5_468_120_700, 5_412_330_500, 371_508_100, 98_214_800, 19_884_300),
    2022: (5_512_884_900, 5_459_106_300, 330_842_400, 95_630_200, 18_127_500),
    2023: (5_581_207_600, 5_530_448_100, 293_118_900, 90_412_700, 17_630_800),
    2024: (5_640_532_800, 5_595_861_400, 257_406_100, 87_315_900, 16_845_300),
}
KOKUHO = {  # 国民健康保険税 2023/2024: same tuple layout
    2023: (1_018_442_500, 963_207_300, 402_884_100, 80_615_200, 28_441_700),
    2024: (987_630_200, 936_512_400, 376_312_600, 79_208_500, 25_118_900),
}


def outstanding(t):
    return t[0] + t[2] - t[1] - t[3] - t[4]


# ------------------------------------------------------------------ attendees
MEMBERS = [("委員長", "鈴木　正和"), ("副委員長", "工藤　晴美"), ("委員", "佐藤　健一"), ("委員", "山本　悟"),
           ("委員", "大西　由紀子"), ("委員", "村上　達也"), ("委員", "菊地　忠"), ("委員", "三浦　祐介")]
ABSENT = [("委員", "松田　広志")]
EXPL = [("総務部長", "高田　浩二"), ("総務部次長", "小野寺　亮"), ("税務課長", "石井　洋平"),
        ("収納課長", "高橋　真一"), ("市民生活部長", "岡部　聡"), ("国保医療年金課長", "田中　康弘"),
        ("保健福祉部子ども・子育て担当参事", "吉村　恵"), ("都市整備部長", "渡部　修"), ("建築住宅課長", "木村　孝之")]
STAFF = [("事務局長", "斉藤　和也"), ("議事係長", "中川　綾"), ("主査", "森　拓海")]
AGENDA = ["認定第１号　令和６年度登別市一般会計歳入歳出決算認定について",
          "認定第２号　令和６年度登別市国民健康保険特別会計歳入歳出決算認定について",
          "認定第３号　令和６年度登別市介護保険特別会計歳入歳出決算認定について"]

STATEMENTS = []
html_pages = []
cur = []


def P(s, cls=None):
    cur.append(f'<p class="{cls}">{s}</p>' if cls else f"<p>{s}</p>")


def say(marker_name, speaker, text, section="認定第１号ほか２件の質疑"):
    """○ speaker marker + utterance; registered as a statement."""
    cur.append(f'<p class="sp"><span class="mk">○{marker_name}</span>　{text}</p>')
    import re
    plain = re.sub(r"<[^>]+>", "", text)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": plain, "page": G.page})


def new_page():
    html_pages.append("\n".join(cur))
    cur.clear()
    G.page += 1


def mv(txt):
    return int(round(float(txt.replace(",", "")) * 10)) * 100_000


def ku(v_yen, step=1_000_000):
    """yen → 「２億７，１００万円」 rounded to step yen; returns (text, value)."""
    v = int(round(v_yen / step)) * step
    man = v // 10000
    oku, rest = divmod(man, 10000)
    s = (f"{zen(oku)}億" if oku else "") + (f"{zen(comma(rest))}万" if rest else "") + "円"
    return s, v


# ================================================================== page 1
P("決算審査特別委員会記録", "title")
P("令和７年９月１８日（木曜日）", "center")
P("開　会　午前１０時００分　　閉　会　午後３時１２分　　場　所　第１委員会室", "center small")
P("◎出席委員（８名）", "h")
rows = "".join(f"<tr><td>{r}</td><td>{n}</td></tr>" for r, n in MEMBERS)
cur.append(f'<table class="names">{rows}</table>')
P("◎欠席委員（１名）", "h")
cur.append('<table class="names"><tr><td>委員</td><td>松田　広志</td></tr></table>')
P("◎説明のため出席した者の職氏名（９名）", "h")
rows = "".join(f"<tr><td>{t}</td><td>{n}</td></tr>" for t, n in EXPL)
cur.append(f'<table class="names">{rows}</table>')
P("◎事務局職員出席者（３名）", "h")
rows = "".join(f"<tr><td>{t}</td><td>{n}</td></tr>" for t, n in STAFF)
cur.append(f'<table class="names">{rows}</table>')
P("◎本日の審査案件", "h")
for a in AGENDA:
    P(a, "ind")
P("―――――――――――――――――――――――――――――", "center")

say("鈴木委員長", "鈴木委員長",
    "ただいまから決算審査特別委員会を開会いたします。本日は、認定第１号から認定第３号までの３件を一括議題とし、"
    "歳入のうち市税及び各種保険税（料）の収納状況について質疑を行います。質疑はありませんか。")
new_page()
# ================================================================== page 2
t = TAX[2024]; t5 = TAX[2023]
cur_r = rate(t[1], t[0]); arr_r = rate(t[3], t[2]); tot_r = rate(t[1] + t[3], t[0] + t[2])
tot_r5 = rate(t5[1] + t5[3], t5[0] + t5[2])
say("佐藤委員", "佐藤委員",
    "市税の収納状況について伺います。令和６年度の収納率と、前年度からの推移についてお聞かせください。")
kw = dict(debt="市税", fy=2024, fy_raw="令和６年度")
o24, o23 = outstanding(t), outstanding(t5)
s_o, v_o = ku(o24)
s_d, v_d = ku(o23 - o24)
dp = round(tot_r - tot_r5, 2)
say("高橋収納課長", "高橋収納課長",
    "令和６年度の市税の収納率は、現年課税分が" +
    G.f(f"{zen(f'{cur_r:.2f}')}％", cur_r, seg="current", metric="collection_rate", **kw) +
    "、滞納繰越分が" + G.f(f"{zen(f'{arr_r:.2f}')}％", arr_r, seg="arrears", metric="collection_rate", **kw) +
    "、合計で" + G.f(f"{zen(f'{tot_r:.2f}')}％", tot_r, seg="total", metric="collection_rate", **kw) +
    "となりまして、令和５（２０２３）年度と比べ" +
    G.f(f"{zen(f'{dp:.2f}')}ポイント", dp, seg="total", metric="difference", unit="points", **kw) +
    "の上昇となっております。また、収入未済額は" +
    G.f(f"約{s_o}", v_o, seg="total", metric="outstanding", approx=True, **kw) +
    "で、前年度から" + G.f(f"約{s_d}", -v_d, seg="total", metric="difference", approx=True, **kw) +
    "減少いたしました。５年連続で収入未済額が減少しております。")
wo = t[4]
wo_man = wo // 10000
say("佐藤委員", "佐藤委員", "収入未済額が減少していることは評価いたします。一方で、不納欠損額の状況と、その主な理由について伺います。")
say("高橋収納課長", "高橋収納課長",
    "令和６年度の市税の不納欠損額は" +
    G.f(f"{zen(comma(wo_man))}万円余り", wo_man * 10000, seg="total", metric="written_off", approx=True, **kw) +
    "でございます。主な理由は、滞納処分をすることができる財産がない事案、生活が著しく困窮している事案について"
    "執行停止を行い、その後３年を経過したものでございます。件数では、執行停止によるものが全体の約７割を占めております。")
say("佐藤委員", "佐藤委員", "滞納繰越分の収納率は道内の他市と比べてどうなのか、また、今後の取組について伺います。")
say("小野寺総務部次長", "小野寺総務部次長",
    "滞納繰越分につきましては、５年度に比べ改善しておりますが、道内他市の平均をやや下回っている状況でございます。"
    "今年度は、北海道と連携した合同催告を拡大するとともに、預貯金の差押えを中心に早期の滞納処分に取り組んでまいります。"
    "また、キャッシュレス決済の対象を拡大し、納付しやすい環境を整えてまいります。")
k = KOKUHO[2024]; k5 = KOKUHO[2023]
kc, kc5 = rate(k[1], k[0]), rate(k5[1], k5[0])
ka = rate(k[3], k[2])
say("山本委員", "山本委員", "国民健康保険税について伺います。収納率の推移と滞納世帯への対応について伺います。")
kw = dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度")
kd = round(kc - kc5, 2)
say("田中国保医療年金課長", "田中国保医療年金課長",
    "国民健康保険税の令和６年度の収納率は、現年課税分が" +
    G.f(f"{zen(f'{kc:.2f}')}％", kc, seg="current", metric="collection_rate", **kw) +
    "で、前年度の" +
    G.f(f"{zen(f'{kc5:.2f}')}％", kc5, debt="国民健康保険税", fy=2023, fy_raw="前年度", seg="current",
        metric="collection_rate") +
    "から" + G.f(f"{zen(f'{abs(kd):.2f}')}ポイント", kd, seg="current", metric="difference", unit="points", **kw) +
    ("上昇" if kd >= 0 else "低下") + "しております。滞納繰越分は" +
    G.f(f"{zen(f'{ka:.2f}')}％", ka, seg="arrears", metric="collection_rate", **kw) +
    "でございます。滞納世帯数は" +
    G.f("１，１０８世帯", 1108, seg="total", metric="delinquents", unit="households", **kw) +
    "で、前年度末より" +
    G.f("６４世帯", -64, seg="total", metric="difference", unit="households", **kw) +
    "減少いたしました。短期被保険者証の更新時などの機会を捉えて納付相談を行っております。")
new_page()
# ================================================================== page 3
ko = outstanding(k)
s_ko, v_ko = ku(ko, 100_000)
say("山本委員", "山本委員", "国民健康保険税の収入未済額はどの程度残っているのでしょうか。")
say("田中国保医療年金課長", "田中国保医療年金課長",
    "令和６年度末の国民健康保険税の収入未済額は" +
    G.f(f"約{s_ko}", v_ko, seg="total", metric="outstanding", approx=True, **kw) +
    "でございます。このうち滞納繰越分が約８割を占めておりますので、所得の申告がない世帯への申告勧奨と併せ、"
    "財産調査を進めてまいります。")
say("大西委員", "大西委員", "市営住宅使用料の滞納について、長期の滞納者への対応を伺います。")
jt = (286_412_300, 279_630_800, 18_904_600, 3_215_400, 1_402_000)  # 住宅: cur_a, cur_c, arr_a, arr_c, w/o
jr = rate(jt[1], jt[0])
say("木村建築住宅課長", "木村建築住宅課長",
    "市営住宅使用料の令和６年度の現年度分の収納率は" +
    G.f(f"{zen(f'{jr:.2f}')}％", jr, debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="current",
        metric="collection_rate") +
    "でございます。３か月以上の滞納者には連帯保証人への通知を行い、改善が見られない場合は明渡し請求の手続を進めております。"
    "令和６年度は、明渡し請求訴訟を１件提起いたしました。")
say("大西委員", "大西委員", "高齢の入居者の中には、支払いが困難になっている方もいると思います。福祉部門との連携はどうなっていますか。")
say("木村建築住宅課長", "木村建築住宅課長",
    "生活困窮が疑われる入居者につきましては、本人の同意を得た上で生活支援の相談窓口につなぐ取組を行っております。"
    "今後も関係課と情報を共有し、滞納の長期化を防いでまいります。")
say("村上委員", "村上委員", "保育料の滞納は、子ども・子育ての部署でどのように管理しているのでしょうか。")
say("吉村保健福祉部子ども・子育て担当参事", "吉村保健福祉部子ども・子育て担当参事",
    "保育料につきましては、児童手当からの特別徴収の申出を勧奨しており、現年度分の収納率は" +
    G.f("９９．６２％", 99.62, debt="保育料", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate") +
    "と高い水準でございます。卒園後の滞納繰越分については、収納課と連携して催告を行っております。")
say("鈴木委員長", "鈴木委員長", "ほかに質疑はありませんか。")
P("（「なし」と呼ぶ者あり）", "center")
say("鈴木委員長", "鈴木委員長",
    "質疑なしと認めます。以上で、本日の質疑を終わります。なお、総務部から提出のありました資料を本記録に添付いたします。"
    "本日は、これをもって散会いたします。")
P("午後３時１２分　散　会", "right")
new_page()
# ================================================================== page 4: 資料
P("【資料】市税の収納状況の推移（総務部収納課提出）", "h2")
P("表１　市税の決算額の推移", "cap")
rows = []
sums = [0, 0, 0, 0]
prev_out = None
for y in range(2020, 2025):
    tt = TAX[y]
    a, c, w = tt[0] + tt[2], tt[1] + tt[3], tt[4]
    o = outstanding(tt)
    r = rate(c, a)
    yr = f"令和{'元' if y == 2019 else y - 2018}（{y}）年度"
    kw = dict(debt="市税", fy=y, fy_raw=yr, seg="total", basis="actual")

    def m(v):  # yen → 百万円 with one decimal
        return f"{v / 1_000_000:,.1f}"
    cells = [yr,
             G.f(m(a), mv(m(a)), metric="assessed", **kw),
             G.f(m(c), mv(m(c)), metric="collected", **kw),
             G.f(m(w), mv(m(w)), metric="written_off", **kw),
             G.f(m(o), mv(m(o)), metric="outstanding", **kw),
             G.f(f"{r:.2f}", r, metric="collection_rate", **kw)]
    if prev_out is None:
        cells += ["－", "－"]
    else:
        dv = round(o / 100_000) * 100_000 - round(prev_out / 100_000) * 100_000
        cells.append(G.f(("▲" if dv < 0 else "") + f"{abs(dv) / 1_000_000:,.1f}", dv, metric="difference", **kw))
        cells.append(("▲" if o < prev_out else "") + f"{abs(o - prev_out) / prev_out * 100:.1f}")
    prev_out = o
    for i, v in enumerate((a, c, w, o)):
        sums[i] += round(v / 100_000) * 100_000
    rows.append(cells)
avg = [s / 5 for s in sums]
avg_r = round(sum(rate(TAX[y][1] + TAX[y][3], TAX[y][0] + TAX[y][2]) for y in TAX) / 5, 2)
kw = dict(debt="市税", fy=None, fy_raw="５年平均", seg="total", basis="actual")
rows.append(["５年平均",
             G.f(f"{avg[0] / 1e6:,.1f}", mv(f"{avg[0] / 1e6:,.1f}"), metric="assessed", **kw),
             G.f(f"{avg[1] / 1e6:,.1f}", mv(f"{avg[1] / 1e6:,.1f}"), metric="collected", **kw),
             G.f(f"{avg[2] / 1e6:,.1f}", mv(f"{avg[2] / 1e6:,.1f}"), metric="written_off", **kw),
             G.f(f"{avg[3] / 1e6:,.1f}", mv(f"{avg[3] / 1e6:,.1f}"), metric="outstanding", **kw),
             G.f(f"{avg_r:.2f}", avg_r, metric="collection_rate", **kw), "", ""])
th = ("<tr><th>年度</th><th>調定額（百万円）</th><th>収入済額（百万円）</th><th>不納欠損額（百万円）</th>"
      "<th>収入未済額（百万円）</th><th>収納率（％）※1</th><th>収入未済額 増減額（百万円）</th><th>増減率（％）</th></tr>")
body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[:-1])
body += '<tr class="avg">' + "".join(f"<td>{c}</td>" for c in rows[-1]) + "</tr>"
cur.append(f'<table class="data">{th}{body}</table>')
P("※1　収納率＝収入済額÷調定額×100。現年課税分と滞納繰越分の合計。５年平均の収納率は各年度の収納率の単純平均。", "note")
P("※2　金額は百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", "note")
s_last, v_last = ku(outstanding(TAX[2024]), 10_000_000)
P("令和６年度末の市税の収入未済額は" +
  G.f(f"約{s_last}", v_last, debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
      approx=True) + "で、令和２年度末と比べ大きく減少している。", "body")

P("表２　国民健康保険税の収納状況（単位：千円）", "cap")
kth = "<tr><th colspan=2>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"
kb = ""
for y in (2023, 2024):
    kk = KOKUHO[y]
    yr = f"令和{y - 2018}年度"
    segs = [("現年課税分", "current", kk[0], kk[1], 0), ("滞納繰越分", "arrears", kk[2], kk[3], kk[4]),
            ("計", "total", kk[0] + kk[2], kk[1] + kk[3], kk[4])]
    for j, (lab, sg, a, c, w) in enumerate(segs):
        kw = dict(debt="国民健康保険税", fy=y, fy_raw=yr, seg=sg)
        o = a - c - w
        a_k, c_k, w_k, o_k = (round(v / 1000) for v in (a, c, w, o))
        tr = f'<tr class="{"sum" if sg == "total" else ""}">'
        if j == 0:
            tr += f'<td rowspan=3 class="yr">{yr}</td>'
        tr += f"<td>{lab}</td>"
        tr += f"<td>{G.f(comma(a_k), a_k * 1000, metric='assessed', **kw)}</td>"
        tr += f"<td>{G.f(comma(c_k), c_k * 1000, metric='collected', **kw)}</td>"
        tr += ("<td>－</td>" if w == 0 else f"<td>{G.f(comma(w_k), w_k * 1000, metric='written_off', **kw)}</td>")
        tr += f"<td>{G.f(comma(o_k), o_k * 1000, metric='outstanding', **kw)}</td>"
        rr = rate(c, a)
        tr += f"<td>{G.f(f'{rr:.2f}％', rr, metric='collection_rate', **kw)}</td></tr>"
        kb += tr
cur.append(f'<table class="data">{kth}{kb}</table>')
P("出典：登別市各会計歳入歳出決算書、主要な施策の成果説明書（令和５年度・令和６年度）", "note")
new_page()

CSS = """
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4; margin: 20mm 20mm 18mm 20mm; }
body { font-family: M; font-size: 10.5pt; line-height: 1.65; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
p { margin: 0; }
.title { font-family: G; font-size: 16pt; text-align: center; letter-spacing: 0.3em; margin: 8mm 0 2mm; }
.center { text-align: center; } .right { text-align: right; } .small { font-size: 9.5pt; }
.h { font-family: G; margin-top: 3mm; }
.h2 { font-family: G; font-size: 12pt; margin-bottom: 3mm; }
.ind { padding-left: 2em; }
table.names { margin-left: 2em; border-collapse: collapse; font-size: 10pt; }
table.names td { padding: 0 1.2em 0 0; }
.sp { text-indent: -1em; padding-left: 1em; margin-top: 1.2mm; }
.sp .mk { font-family: G; }
.cap { font-family: G; margin-top: 4mm; margin-bottom: 1mm; }
table.data { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
table.data th { background: #dde4ee; border: 0.6pt solid #555; padding: 2px 3px; font-weight: normal; font-family: G; }
table.data td { border: 0.6pt solid #555; padding: 2px 4px; text-align: right; }
table.data td:first-child, table.data td.yr { text-align: left; white-space: nowrap; }
table.data tr.avg td { background: #f1f1f1; }
table.data tr.sum td { font-weight: bold; }
.note { font-size: 8.5pt; padding-left: 1em; text-indent: -1em; }
.body { margin-top: 2mm; text-indent: 1em; }
.footer { position: fixed; bottom: 0; }
"""
html = ("<!doctype html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" +
        "".join(f'<div class="page">{p}</div>' for p in html_pages) + "</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)

attendees = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
attendees += [{"role": t, "title": t, "name": n} for t, n in EXPL]
attendees += [{"role": "事務局職員", "title": t, "name": n} for t, n in STAFF]
G.minutes = {"title": "決算審査特別委員会記録", "meeting_number": None, "date": "2025-09-18", "method": None,
             "attendees": attendees, "agenda": AGENDA, "materials": ["市税の収納状況の推移（総務部収納課提出）"],
             "statements": STATEMENTS}
G.write(pdf)
