"""pg_shiogama_minutes_1: 塩竈市議会 決算特別委員会会議録 (令和7年9月17日), 市税等の収納状況の審査.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (named landscape page for the wide table).
Run from corpus/dev58:  python3 build/pg_shiogama_minutes_1.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pg_common import Gold, PDF_DIR, WORK, c, fr, rate, rnd, sfr, oku_man, zen  # noqa: E402

STEM = "pg_shiogama_minutes_1"
CITY = "塩竈市"
TITLE = "塩竈市議会決算特別委員会会議録"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-09-17", "令和７年９月１７日")
page = 1
H = []          # html chunks
statements = []


def add(s):
    H.append(s)


def F(*a, **k):
    return g.fact(page, *a, **k)


def new_page(cls=""):
    global page
    page += 1
    add(f'<div class="pb {cls}"></div>' if not cls else "")


# ---------------------------------------------------------------- data (千円)
# 市税: generated year by year, 滞納繰越調定 = 前年度収入未済額
YEARS = [(2017, "H29（2017年度）"), (2018, "H30"), (2019, "令和元年度"), (2020, "令和二年度"),
         (2021, "3年度"), (2022, "4年度"), (2023, "5年度"), (2024, "令和6（2024）年度")]
CUR_A = {2017: 6198340, 2018: 6251877, 2019: 6302115, 2020: 6187450, 2021: 6240983,
         2022: 6359021, 2023: 6468210, 2024: 6512874}
CUR_R = {2017: 98.42, 2018: 98.55, 2019: 98.61, 2020: 98.37, 2021: 98.80, 2022: 98.93, 2023: 98.97, 2024: 99.12}
ARR_R = {2017: 21.5, 2018: 22.8, 2019: 23.9, 2020: 21.2, 2021: 25.6, 2022: 27.1, 2023: 28.3, 2024: 29.6}
WO = {2017: 41260, 2018: 38125, 2019: 35412, 2020: 30877, 2021: 33150, 2022: 31043, 2023: 29875, 2024: 24318}
prev_out = 452310  # 平成28年度末
TAX = {}
for y, _ in YEARS:
    ca = CUR_A[y]
    cc = round(ca * CUR_R[y] / 100)
    aa = prev_out
    ac = round(aa * ARR_R[y] / 100)
    ta, tc = ca + aa, cc + ac
    o = ta - tc - WO[y]
    TAX[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ta, tc=tc, w=WO[y], o=o,
                  cr=rate(cc, ca, 2), ar=rate(ac, aa, 2), tr=rate(tc, ta, 2))
    prev_out = o

# others: (current A, current C, arrears A, arrears C, 不納欠損)
OTH = {
    "国民健康保険税": {2024: (1198450, 1128774, 286912, 58603, 31204), 2023: (1231078, 1155342, 301445, 57212, 35618)},
    "介護保険料": {2024: (1352117, 1341905, 31268, 7842, 4876), 2023: (1338541, 1327260, 33902, 8115, 5190)},
    "後期高齢者医療保険料": {2024: (512306, 510487, 5873, 2106, 412), 2023: (498720, 496645, 6212, 2298, 530)},
}
SEGS = [("現年課税分", "current"), ("滞納繰越分", "arrears"), ("計", "total")]


def segvals(debt, y):
    if debt == "市税":
        t = TAX[y]
        return {"current": (t["ca"], t["cc"]), "arrears": (t["aa"], t["ac"]), "total": (t["ta"], t["tc"])}
    ca, cc, aa, ac, w = OTH[debt][y]
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


def wo(debt, y):
    return TAX[y]["w"] if debt == "市税" else OTH[debt][y][4]


def outst(debt, y):
    a, cc = segvals(debt, y)["total"]
    return a - cc - wo(debt, y)


CSS = """
@page { size: A4; margin: 18mm 17mm 16mm 17mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.5; }
.pb { break-before: page; }
.land { page: land; break-before: page; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; text-align: center; margin: 4mm 0 5mm; letter-spacing: 0.1em; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 4mm 0 1.5mm; }
.r { text-align: right; } .c { text-align: center; }
.hd { border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; padding: 2mm 0; margin-bottom: 3mm; }
table.att { border-collapse: collapse; margin-left: 6mm; }
table.att td { padding: 0 5mm 0 0; font-size: 10pt; line-height: 1.5; }
.sp { margin: 0 0 1.6mm 0; text-indent: -1em; padding-left: 1em; }
.sp b { font-family: 'IPAexGothic'; font-weight: normal; }
.hr { border-top: 1px solid #000; margin: 3mm 0; }
table.t { border-collapse: collapse; font-size: 8.6pt; line-height: 1.3; }
table.t th, table.t td { border: 0.8px solid #333; padding: 1.2mm 1.6mm; }
table.t th { background: #dde5ee; font-family: 'IPAexGothic'; font-weight: normal; text-align: center; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t th.vt { writing-mode: vertical-rl; letter-spacing: 0.3em; padding: 2mm 1mm; }
table.z tr:nth-child(even) td { background: #f1f4f7; }
.cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 2mm 0 1mm; }
.note { font-size: 8.3pt; line-height: 1.45; }
.boxed { border: 1.2px solid #000; padding: 3mm; }
.two { display: flex; gap: 6mm; }
.two > div { flex: 1; }
table.kv { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 2mm; }
table.kv td { border: 1px solid #000; padding: 1.2mm 2mm; }
table.kv td.k { background: #e8e8e8; font-family: 'IPAexGothic'; width: 16%; }
"""

# ================================================================ page 1: header and attendees
add('<div class="r">令和７年９月１７日（水曜日）</div>')
add(f"<h1>{TITLE}</h1>")
add('<div class="hd">開　会　午前１０時００分<br>場　所　本庁舎５階　第１委員会室</div>')
members = [("委員長", "阿部　眞一"), ("副委員長", "伊藤　博之")] + [("委員", n) for n in (
    "佐藤　由美子", "鈴木　啓介", "高橋　誠", "渡辺　恵子", "菅原　聡", "千葉　和夫",
    "小野寺　隆", "熊谷　直樹", "齋藤　美紀", "桜井　学", "遠藤　康弘", "今野　亮")]
add(f"<h2>出席委員（{zen(len(members))}名）</h2><table class='att'>")
for i in range(0, len(members), 3):
    add("<tr>" + "".join(f"<td>{r}</td><td>{n}</td>" for r, n in members[i:i + 3]) + "</tr>")
add("</table>")
add("<h2>欠席委員（１名）</h2><table class='att'><tr><td>委員</td><td>相沢　光男</td></tr></table>")
expl = [("副市長", "佐々木　雅之"), ("市民総務部長", "大友　健一"), ("税務課長", "加藤　浩二"),
        ("収納対策課長", "片山　昌也"), ("健康福祉部長", "後藤　真理子"), ("保険年金課長", "阿部　孝"),
        ("長寿社会課長", "村上　典子"), ("子ども未来課長", "三浦　亜紀"), ("都市計画・住宅課長", "中村　剛"),
        ("上下水道部長", "星　英明")]
add(f"<h2>説明のため出席した者（{zen(len(expl))}名）</h2><table class='att'>")
for i in range(0, len(expl), 2):
    add("<tr>" + "".join(f"<td>{r}</td><td>{n}</td>" for r, n in expl[i:i + 2]) + "</tr>")
add("</table>")
staff = [("議会事務局長", "武田　智"), ("議事調査係長", "小林　恵"), ("主査", "村上　翔")]
add("<h2>事務局職員出席者（３名）</h2><table class='att'><tr>" +
    "".join(f"<td>{r}</td><td>{n}</td>" for r, n in staff) + "</tr></table>")
agenda = ["認定第１号　令和６年度塩竈市一般会計歳入歳出決算認定について（歳入）",
          "認定第２号　令和６年度塩竈市国民健康保険事業特別会計歳入歳出決算認定について",
          "認定第３号　令和６年度塩竈市介護保険事業特別会計歳入歳出決算認定について",
          "認定第４号　令和６年度塩竈市後期高齢者医療特別会計歳入歳出決算認定について"]
add("<h2>本日の会議に付した事件</h2>" + "".join(f"<div style='margin-left:6mm'>{a}</div>" for a in agenda))
add('<div class="hr"></div><div class="c">午前１０時００分　開会</div>')


def say(marker_name, speaker, paras):
    first, rest = paras[0], paras[1:]
    add(f'<p class="sp"><b>○{marker_name}</b>　{first}</p>')
    for t in rest:
        add(f'<p class="sp" style="text-indent:1em;padding-left:0">{t}</p>')
    statements.append({"speaker": speaker, "section": "市税等の収納状況について", "text": "\n".join(paras), "page": page})


say("阿部委員長", "阿部委員長", ["ただいまから、昨日に引き続き決算特別委員会を開会いたします。本日は、歳入のうち市税並びに国民健康保険税、"
                          "介護保険料及び後期高齢者医療保険料の収納状況について審査を行います。当局から資料の説明を求めます。"])

# ================================================================ page 2: 説明
new_page()
t24, t23 = TAX[2024], TAX[2023]
dtr = rnd(t24["tr"] - t23["tr"], 2)
oman = int(round(t24["o"] * 1000 / 10000))
dman = int(round((t23["o"] - t24["o"]) * 1000 / 10000))
say("大友市民総務部長", "大友市民総務部長", [
    "それでは、お手元の資料１から資料３により、令和６（２０２４）年度の市税等の収納状況について御説明いたします。",
    f"市税の収納率は、現年課税分が{F('市税', '市税', 2024, '令和６（２０２４）年度', 'current', 'collection_rate', 'actual', t24['cr'], 'percent', fr(t24['cr'], 2) + '％')}、"
    f"滞納繰越分が{F('市税', '市税', 2024, '令和６（２０２４）年度', 'arrears', 'collection_rate', 'actual', t24['ar'], 'percent', fr(t24['ar'], 2) + '％')}、"
    f"合計で{F('市税', '市税', 2024, '令和６（２０２４）年度', 'total', 'collection_rate', 'actual', t24['tr'], 'percent', fr(t24['tr'], 2) + '％')}となり、"
    f"合計の収納率は前年度比{F('市税', '市税', 2024, '令和６（２０２４）年度', 'total', 'difference', 'actual', dtr, 'points', fr(dtr, 2) + 'ポイント')}の上昇となりました。"
    f"また、収入未済額は{F('市税', '市税', 2024, '令和６（２０２４）年度', 'total', 'outstanding', 'actual', oman * 10000, 'yen', '約' + oku_man(oman * 10000), approx=True)}で、"
    f"前年度から{F('市税', '市税', 2024, '令和６（２０２４）年度', 'total', 'difference', 'actual', -dman * 10000, 'yen', '約' + oku_man(dman * 10000), approx=True)}の減少となっております。",
    "平成２９年度以降、収入未済額は毎年度減少を続けており、滞納繰越分の早期着手と財産調査の徹底が効果を上げているものと考えております。",
])
k = OTH["国民健康保険税"][2024]
kr = rate(k[1], k[0], 2)
k23 = OTH["国民健康保険税"][2023]
kr23 = rate(k23[1], k23[0], 2)
say("後藤健康福祉部長", "後藤健康福祉部長", [
    f"続きまして、国民健康保険税でございます。現年課税分の収納率は{F('国民健康保険税', '国民健康保険税', 2024, '令和６年度', 'current', 'collection_rate', 'actual', kr, 'percent', fr(kr, 2) + '％')}で、"
    f"前年度の{F('国民健康保険税', '国民健康保険税', 2023, '前年度', 'current', 'collection_rate', 'actual', kr23, 'percent', fr(kr23, 2) + '％')}"
    f"から{F('国民健康保険税', '国民健康保険税', 2024, '令和６年度', 'current', 'difference', 'actual', rnd(kr - kr23, 2), 'points', fr(rnd(kr - kr23, 2), 2) + 'ポイント')}改善いたしました。"
    "介護保険料及び後期高齢者医療保険料につきましては、いずれも特別徴収の割合が高く、現年分は高い水準で推移しております。詳細は資料２のとおりでございます。",
])
say("阿部委員長", "阿部委員長", ["説明が終わりました。質疑に入ります。質疑のある方は挙手をお願いします。"])
say("佐藤委員", "佐藤委員", [
    "国民健康保険税の滞納繰越分の収納率が、市税と比べて低い水準にとどまっています。その要因と、差押えなどの滞納処分の状況について伺います。"])
ka, kc = k[2], k[3]
kar = rate(kc, ka, 2)
say("加藤税務課長", "加藤税務課長", [
    f"国民健康保険税の滞納繰越分の収納率は{F('国民健康保険税', '国民健康保険税', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', kar, 'percent', fr(kar, 2) + '％')}でございます。"
    "被保険者に所得の低い方が多く、分割納付が長期にわたる事案が多いことが主な要因でございます。"
    f"令和６年度の差押件数は、市税と国民健康保険税を合わせまして{F(None, None, 2024, '令和６年度', 'total', 'seizures', 'actual', 412, 'cases', '412件')}で、"
    "前年度より２７件増加しております。"])
say("佐藤委員", "佐藤委員", ["生活に困窮している方への配慮も必要だと思います。納付相談の体制はどうなっていますか。"])
say("加藤税務課長", "加藤税務課長", [
    "納付相談の際には、生活状況を丁寧に聞き取り、必要に応じて生活再建の相談窓口につないでおります。資力がないと判断した事案は、執行停止を行っております。"])

# (page 2 continues)
say("鈴木委員", "鈴木委員", ["不納欠損額の推移と、その主な理由について伺います。"])
wman = int(round(TAX[2024]["w"] * 1000 / 10000))
w17 = int(round(TAX[2017]["w"] * 1000 / 10000))
say("片山収納対策課長", "片山収納対策課長", [
    f"市税の不納欠損額は、令和６年度が{F('市税', '市税', 2024, '令和６年度', 'total', 'written_off', 'actual', wman * 10000, 'yen', '約' + oku_man(wman * 10000), approx=True)}で、"
    f"平成２９年度の{F('市税', '市税', 2017, '平成２９年度', 'total', 'written_off', 'actual', w17 * 10000, 'yen', '約' + oku_man(w17 * 10000), approx=True)}から減少しております。"
    "理由別では、執行停止後３年を経過したものが最も多く、次いで時効によるものとなっております。"])
say("鈴木委員", "鈴木委員", ["減少していることは評価しますが、時効によるものは本来なくすべきです。今後の対応をお願いします。"])
say("片山収納対策課長", "片山収納対策課長", ["滞納者ごとに時効の到来時期を管理し、時効前に財産調査と処分の要否を判断する進行管理を徹底してまいります。"])
say("高橋委員", "高橋委員", ["介護保険料の普通徴収の方の未納について、給付制限の状況も含めて伺います。"])
kg = OTH["介護保険料"][2024]
kgr = rate(kg[1], kg[0], 2)
kg_out = kg[0] + kg[2] - kg[1] - kg[3] - kg[4]
say("村上長寿社会課長", "村上長寿社会課長", [
    f"介護保険料の現年分収納率は{F('介護保険料', '介護保険料', 2024, '令和６年度', 'current', 'collection_rate', 'actual', kgr, 'percent', fr(kgr, 2) + '％')}、"
    f"収入未済額は{F('介護保険料', '介護保険料', 2024, '令和６年度', 'total', 'outstanding', 'actual', kg_out * 1000, 'yen', c(kg_out) + '千円')}でございます。"
    "給付制限の対象となった方は１２名で、制限の前に文書と電話で個別に御案内をしております。"])
say("渡辺委員", "渡辺委員", ["市営住宅使用料の収納状況と、退去した方の滞納分への対応について伺います。"])
say("中村都市計画・住宅課長", "中村都市計画・住宅課長", [
    f"市営住宅使用料の令和６年度の収納率は{F('市営住宅使用料', '市営住宅使用料', 2024, '令和６年度', 'total', 'collection_rate', 'actual', 94.6, 'percent', '94.6％')}で、"
    f"前年度の{F('市営住宅使用料', '市営住宅使用料', 2023, '前年度', 'total', 'collection_rate', 'actual', 93.9, 'percent', '93.9％')}を上回りました。"
    f"収入未済額は{F('市営住宅使用料', '市営住宅使用料', 2024, '令和６年度', 'total', 'outstanding', 'actual', 14200000, 'yen', '約1,420万円', approx=True)}でございます。"
    "退去者の滞納分は、連帯保証人への請求を行うとともに、支払督促の申立てを順次進めております。"])
say("阿部委員長", "阿部委員長", ["ほかに質疑はございませんか。――なければ、以上で市税等の収納状況についての質疑を終わります。"])
add('<div class="hr"></div><div class="c">午前１１時４２分　休憩</div>')

# ================================================================ page 4-5: 資料1 (split, header repeated)
new_page()
add('<div class="cap" style="font-size:11pt">資料１　市税等の収納状況（決算）</div>')
add('<div class="r note">（金額は千円未満切捨て）</div>')


def table1(debts, cont=False):
    yrs = [(2024, "令和6（2024）年度"), (2023, "令和5（2023）年度")]
    s = ["<table class='t' style='width:100%'>"]
    s.append("<tr><th class='vt' rowspan='3'>債権名</th><th rowspan='3'>区分</th>" +
             "".join(f"<th colspan='3'>{lab}</th>" for _, lab in yrs) + "<th rowspan='3'>収納率<br>増減<br>（ポイント）</th></tr>")
    s.append("<tr>" + "<th colspan='2'>金額（千円）</th><th>率（％）</th>" * 2 + "</tr>")
    s.append("<tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 + "</tr>")
    for debt in debts:
        for i, (slab, seg) in enumerate(SEGS):
            s.append("<tr>")
            if i == 0:
                s.append(f"<td rowspan='3'>{debt}</td>")
            s.append(f"<td>{slab}</td>")
            rates = []
            for y, ylab in yrs:
                a, cc = segvals(debt, y)[seg]
                rr = rate(cc, a, 2)
                rates.append(rr)
                s.append(f"<td class='n'>{F(debt, debt, y, ylab, seg, 'assessed', 'actual', a * 1000, 'yen', c(a))}</td>")
                s.append(f"<td class='n'>{F(debt, debt, y, ylab, seg, 'collected', 'actual', cc * 1000, 'yen', c(cc))}</td>")
                s.append(f"<td class='n'>{F(debt, debt, y, ylab, seg, 'collection_rate', 'actual', rr, 'percent', fr(rr, 2))}</td>")
            d = rnd(rates[0] - rates[1], 2)
            s.append(f"<td class='n'>{F(debt, debt, 2024, yrs[0][1], seg, 'difference', 'actual', d, 'points', sfr(d, 2))}</td></tr>")
    s.append("</table>")
    return "".join(s)


add(table1(["市税", "国民健康保険税"]))
add('<div class="note">※ 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）。△は減少。</div>')
add('<div class="note r">（次ページへ続く）</div>')

new_page()
add('<div class="cap" style="font-size:11pt">資料１　市税等の収納状況（決算）（続き）</div>')
add(table1(["介護保険料", "後期高齢者医療保険料"]))
add('<div style="height:5mm"></div>')
add('<div class="cap" style="font-size:11pt">資料２　令和6年度決算 主な保険料の状況</div>')
add('<div class="two"><div>')
# left: 後期 in 円, 前年度/本年度
add("<table class='kv'><tr><td class='k'>債権名</td><td>後期高齢者医療保険料</td><td class='k'>所管課</td><td>保険年金課</td></tr></table>")
YEN_ADJ = {2024: (318, 127, 46, 203), 2023: (92, 411, 275, 18)}


def kouki_yen(y):
    ca, cc, aa, ac, w = OTH["後期高齢者医療保険料"][y]
    a1, a2, a3, a4 = YEN_ADJ[y]
    A = (ca + aa) * 1000 + a1
    C = (cc + ac) * 1000 + a2
    W = w * 1000 + a3
    return A, C, W, A - C - W


rows = []
for y in (2023, 2024):
    rows.append(kouki_yen(y))
add("<table class='t' style='width:100%'><tr><th>区分</th><th>前年度</th><th>本年度</th><th>差</th></tr>")
for j, (lab, m) in enumerate((("調定額（円）", "assessed"), ("収入済額（円）", "collected"),
                              ("不納欠損額（円）", "written_off"), ("収入未済額（円）", "outstanding"))):
    p, cur = rows[0][j], rows[1][j]
    add(f"<tr><td>{lab}</td><td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2023, '前年度', 'total', m, 'actual', p, 'yen', c(p))}</td>"
        f"<td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2024, '本年度', 'total', m, 'actual', cur, 'yen', c(cur))}</td>"
        f"<td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2024, '本年度', 'total', 'difference', 'actual', cur - p, 'yen', c(cur - p))}</td></tr>")
pr, cr_ = rate(rows[0][1], rows[0][0], 2), rate(rows[1][1], rows[1][0], 2)
dd = rnd(cr_ - pr, 2)
add(f"<tr><td>収納率（％）</td><td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2023, '前年度', 'total', 'collection_rate', 'actual', pr, 'percent', fr(pr, 2))}</td>"
    f"<td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2024, '本年度', 'total', 'collection_rate', 'actual', cr_, 'percent', fr(cr_, 2))}</td>"
    f"<td class='n'>{F('後期高齢者医療保険料', '後期高齢者医療保険料', 2024, '本年度', 'total', 'difference', 'actual', dd, 'points', sfr(dd, 2))}</td></tr></table>")
add("<div class='note'>※ 現年分と滞納繰越分の合計。△は減少。</div>")
add("</div><div>")
# right: 介護 in 千円, header cell with label+value, 備考 with figures, footnote markers
ca, cc, aa, ac, w = OTH["介護保険料"][2024]
arr_out = aa - ac - w
tot_out = ca + aa - cc - ac - w
add("<table class='t' style='width:100%'><tr><th colspan='4' style='text-align:left'>債権名　介護保険料</th></tr>"
    "<tr><th>区分</th><th>調定額（千円）※1</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>")
for lab, seg, (A, C) in (("現年分", "current", (ca, cc)), ("滞納繰越分", "arrears", (aa, ac)), ("計", "total", (ca + aa, cc + ac))):
    rr = rate(C, A, 2)
    mark = "※2" if seg == "total" else ""
    add(f"<tr><td>{lab}</td><td class='n'>{F('介護保険料', '介護保険料', 2024, '令和6年度', seg, 'assessed', 'actual', A * 1000, 'yen', c(A))}</td>"
        f"<td class='n'>{F('介護保険料', '介護保険料', 2024, '令和6年度', seg, 'collected', 'actual', C * 1000, 'yen', c(C))}</td>"
        f"<td class='n'>{F('介護保険料', '介護保険料', 2024, '令和6年度', seg, 'collection_rate', 'actual', rr, 'percent', fr(rr, 2))}{mark}</td></tr>")
add(f"<tr><td>備考</td><td colspan='3' style='font-size:8.3pt'>収入未済額 {F('介護保険料', '介護保険料', 2024, '令和6年度', 'total', 'outstanding', 'actual', tot_out * 1000, 'yen', c(tot_out) + '千円')}"
    f"（うち滞納繰越分 {F('介護保険料', '介護保険料', 2024, '令和6年度', 'arrears', 'outstanding', 'actual', arr_out * 1000, 'yen', c(arr_out) + '千円')}）、"
    f"不納欠損額 {F('介護保険料', '介護保険料', 2024, '令和6年度', 'total', 'written_off', 'actual', w * 1000, 'yen', c(w) + '千円')}</td></tr></table>")
add("<div class='note'>※1 調定額は還付未済額を含まない。<br>※2 計の収納率は現年分と滞納繰越分を合わせた率。</div>")
add("</div></div>")

# ================================================================ page 6: landscape wide table
page += 1
add('<div class="land">')
add('<div class="cap" style="font-size:11pt">資料３　市税の収納状況の推移</div>')
add('<div class="boxed">')
add("<table class='t z' style='width:100%;font-size:8pt'>")
add("<tr><th rowspan='2'>年度</th><th colspan='3'>現年課税分</th><th colspan='3'>滞納繰越分</th><th rowspan='2'>合計<br>収納率（％）</th>"
    "<th rowspan='2'>不納欠損額<br>（千円）</th><th rowspan='2'>収入未済額<br>（千円）</th><th colspan='2'>収入未済額の対前年度</th></tr>")
add("<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>"
    "<th>増減額（千円）</th><th>増減率（％）</th></tr>")
prev = None
for y, ylab in YEARS:
    t = TAX[y]
    cells = [
        F("市税", "市税", y, ylab, "current", "assessed", "actual", t["ca"] * 1000, "yen", c(t["ca"])),
        F("市税", "市税", y, ylab, "current", "collected", "actual", t["cc"] * 1000, "yen", c(t["cc"])),
        F("市税", "市税", y, ylab, "current", "collection_rate", "actual", t["cr"], "percent", fr(t["cr"], 2)),
        F("市税", "市税", y, ylab, "arrears", "assessed", "actual", t["aa"] * 1000, "yen", c(t["aa"])),
        F("市税", "市税", y, ylab, "arrears", "collected", "actual", t["ac"] * 1000, "yen", c(t["ac"])),
        F("市税", "市税", y, ylab, "arrears", "collection_rate", "actual", t["ar"], "percent", fr(t["ar"], 2)),
        F("市税", "市税", y, ylab, "total", "collection_rate", "actual", t["tr"], "percent", fr(t["tr"], 2)),
        F("市税", "市税", y, ylab, "total", "written_off", "actual", t["w"] * 1000, "yen", c(t["w"])),
        F("市税", "市税", y, ylab, "total", "outstanding", "actual", t["o"] * 1000, "yen", c(t["o"])),
    ]
    if prev is None:
        cells += ["－", "－"]
    else:
        dv = t["o"] - prev
        dr = rnd(dv * 100 / prev, 1)
        cells += [F("市税", "市税", y, ylab, "total", "difference", "actual", dv * 1000, "yen", c(dv)),
                  F("市税", "市税", y, ylab, "total", "change_rate", "actual", dr, "percent", sfr(dr, 1))]
    prev = t["o"]
    add(f"<tr><td style='white-space:nowrap'>{ylab}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
# 5年平均 (R2-R6): rates and amounts of no single year
avg_years = [2020, 2021, 2022, 2023, 2024]
ALAB = "5年平均（R2～R6）"


def avg(key, nd):
    return rnd(sum(TAX[y][key] for y in avg_years) / 5, nd)


acr, aar, atr = avg("cr", 2), avg("ar", 2), avg("tr", 2)
aw, ao = int(avg("w", 0)), int(avg("o", 0))
avg_cells = ["－", "－",
             F("市税", "市税", None, ALAB, "current", "collection_rate", "actual", acr, "percent", fr(acr, 2)),
             "－", "－",
             F("市税", "市税", None, ALAB, "arrears", "collection_rate", "actual", aar, "percent", fr(aar, 2)),
             F("市税", "市税", None, ALAB, "total", "collection_rate", "actual", atr, "percent", fr(atr, 2)),
             F("市税", "市税", None, ALAB, "total", "written_off", "actual", aw * 1000, "yen", c(aw)),
             F("市税", "市税", None, ALAB, "total", "outstanding", "actual", ao * 1000, "yen", c(ao)),
             "－", "－"]
add(f"<tr><td style='white-space:nowrap'><b>{ALAB}</b></td>" + "".join(f"<td class='n'><b>{x}</b></td>" for x in avg_cells) + "</tr>")
add("</table></div>")
add("<div class='note'>出典：各年度塩竈市歳入歳出決算書及び税務課調べ（滞納繰越分の調定額は前年度末の収入未済額）</div>")
add("<div style='height:4mm'></div>")
add('<div class="cap">【参考】その他の債権の収納率（単位：％、括弧内は令和5年度）　令和6年度決算</div>')
OTHERS = [("市営住宅使用料", 94.6, 93.9), ("下水道使用料", 98.7, 98.5), ("保育所保育料", 97.8, 97.2), ("水道料金", 99.1, 99.0)]
add("<table class='t'><tr>" + "".join(f"<th>{d}</th>" for d, _, _ in OTHERS) + "</tr><tr>")
for d, a, b in OTHERS:
    add(f"<td class='n' style='padding:1.5mm 5mm'>{F(d, d, 2024, '令和6年度', 'total', 'collection_rate', 'actual', a, 'percent', fr(a))}"
        f"（{F(d, d, 2023, '令和5年度', 'total', 'collection_rate', 'actual', b, 'percent', fr(b))}）</td>")
add("</tr></table></div>")

# ---------------------------------------------------------------- output
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(H)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={PDF_DIR / (STEM + '.pdf')}", str(hp)], check=True, capture_output=True)

att = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in members]
att += [{"role": r, "title": r, "name": n.replace("　", " ")} for r, n in expl]
att += [{"role": "事務局", "title": r, "name": n.replace("　", " ")} for r, n in staff]
g.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-17", "method": None,
             "attendees": att, "agenda": agenda, "materials": ["資料１　市税等の収納状況（決算）", "資料２　令和6年度決算 主な保険料の状況",
                                                                "資料３　市税の収納状況の推移"],
             "statements": statements}
g.write(pages=page)
