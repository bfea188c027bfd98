"""令和７年度第２回 東みよし町債権管理委員会 資料 (committee_material) — HTML/CSS → chromium --print-to-pdf.

Run from corpus/frozen35:  python3 build/fn_higashimiyoshi_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fn_common import PDF_DIR, Gold, comma, fr, html_to_pdf, rate  # noqa: E402
from fn_series import add, series  # noqa: E402

STEM = "fn_higashimiyoshi_committee_1"
CITY = "東みよし町"
YEARS = [2022, 2023, 2024]
RW = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}

# key, full name, short name, 担当課, 種類
DEBTS = [
    ("町税", "町税", "町税", "税務課", "強制徴収公債権"),
    ("国民健康保険税", "国民健康保険税", "国保税", "税務課・住民課", "強制徴収公債権"),
    ("介護保険料", "介護保険料", "介護料", "長寿社会課", "強制徴収公債権"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "住民課", "強制徴収公債権"),
    ("町営住宅使用料", "町営住宅使用料", "住宅使用料", "建設課", "非強制徴収公債権"),
    ("水道料金", "水道料金", "水道料金", "水道課", "私債権"),
]
S = {  # 円
    "町税": series(YEARS, [1598432100, 1612874300, 1605219800], [98.88, 99.02, 99.10], 98645210,
                  [20.4, 22.1, 23.6], [6254300, 5412870, 4987650]),
    "国民健康保険税": series(YEARS, [412356800, 401228500, 392874100], [94.12, 94.45, 94.80], 118452300,
                      [15.8, 16.9, 18.2], [4120560, 3874200, 3521890]),
    "介護保険料": series(YEARS, [388120400, 392455600, 398762300], [98.90, 98.96, 99.02], 12350800,
                    [18.0, 19.2, 20.5], [1120300, 985600, 912400]),
    "後期高齢者医療保険料": series(YEARS, [152330200, 158412900, 164885100], [99.70, 99.73, 99.75], 1254300,
                         [42.0, 43.5, 45.2], [85200, 76400, 68900]),
    "町営住宅使用料": series(YEARS, [58412000, 57836500, 57102300], [96.85, 97.02, 97.20], 26874500,
                      [9.8, 10.6, 11.5], [1254000, 987500, 1102300]),
    "水道料金": series(YEARS, [312450600, 318874200, 321456800], [99.05, 99.10, 99.16], 8452100,
                   [32.5, 34.0, 35.8], [412300, 385600, 356200]),
}
TOTAL = {y: add([S[k][y]["tot"] for k, *_ in DEBTS]) for y in YEARS}
# 滞納者数 (国民健康保険税は世帯)
DELINQ = {"町税": {2022: 412, 2023: 386, 2024: 359}, "国民健康保険税": {2022: 298, 2023: 281, 2024: 265},
          "介護保険料": {2024: 57}, "後期高齢者医療保険料": {2024: 9},
          "町営住宅使用料": {2022: 38, 2023: 35, 2024: 33}, "水道料金": {2022: 156, 2023: 148, 2024: 139}}
SEIZE = {"町税": {2022: 52, 2023: 61, 2024: 68}, "国民健康保険税": {2022: 18, 2023: 22, 2024: 25},
         "町営住宅使用料": {2022: 0, 2023: 1, 2024: 2}, "水道料金": {2022: 24, 2023: 27, 2024: 31}}
SEIZE_LABEL = {"町税": "差押件数", "国民健康保険税": "差押件数", "町営住宅使用料": "訴訟件数", "水道料金": "給水停止件数"}
TARGETS = {  # 現年度分, 滞納繰越分 for R7..R9
    "町税": {2025: (99.15, 24.50), 2026: (99.20, 25.50), 2027: (99.25, 26.50)},
    "国民健康保険税": {2025: (95.00, 19.00), 2026: (95.20, 20.00), 2027: (95.40, 21.00)},
    "町営住宅使用料": {2025: (97.30, 12.00), 2026: (97.40, 13.00), 2027: (97.50, 14.00)},
    "水道料金": {2025: (99.20, 37.00), 2026: (99.25, 38.00), 2027: (99.30, 39.00)},
}
# 令和７年９月末 (上半期) current-year figures: (調定額, 今期収納率目安, 前年同期収納率)
HALF = {"町税": (1621455800, 56.84, 55.97), "国民健康保険税": (386552400, 38.42, 37.95),
        "町営住宅使用料": (56874200, 47.85, 47.12), "水道料金": (160884300, 49.62, 49.30)}
ISSUES = {
    "町税": "現年度分の収納率は県内町村の平均を上回っているが、滞納繰越分は少額の案件が多く、件数の割に収入に結び付きにくい。"
          "財産調査の結果に基づき、執行停止と滞納処分を早期に判断することが課題である。",
    "国民健康保険税": "加入者の減少と高齢化により調定額は減少が続いている。滞納世帯の多くは所得の低い世帯であり、"
                "生活状況に応じた分納の相談と、担税力のある世帯への滞納処分を区別して進める必要がある。",
    "町営住宅使用料": "収入未済額の大半は退去者分で、所在が分からない案件が含まれている。"
                "連帯保証人の高齢化も進んでおり、入居中の早い段階での対応が重要である。",
    "水道料金": "未納の多くは転居や空き家に伴うもので、現年度分の収納率は高い水準を保っている。"
            "私債権であり時効期間が短いため、時効の管理と請求の時期に注意を要する。",
}
SHEETS = ["町税", "国民健康保険税", "町営住宅使用料", "水道料金"]
INITS = {
    "町税": [("ア", "口座振替の新規登録を増やすため、納税通知書にWeb口座振替受付の案内を同封する。", "継続", "after"),
           ("イ", "滞納者の預貯金・給与の調査を毎月行い、判明した財産は速やかに差し押さえる。", "継続", "alone"),
           ("ウ", "徳島県と共同で個人住民税の特別徴収の一斉指定を進め、新たな滞納の発生を防ぐ。", "拡充", "after"),
           ("エ", "コンビニ収納とスマートフォン決済の利用方法を広報ひがしみよしで紹介する。", "新規", "alone")],
    "国民健康保険税": [("ア", "国保加入の手続時に、口座振替の申込みを勧奨する。", "継続", "after"),
                ("イ", "短期被保険者証の交付に合わせて納付相談を行い、分納の履行を確認する。", "継続", "after"),
                ("ウ", "町税と併せた財産調査により、担税力のある滞納世帯には滞納処分を行う。", "拡充", "alone")],
    "町営住宅使用料": [("ア", "滞納が２か月に達した時点で入居者と面談し、分納誓約を結ぶ。", "継続", "after"),
                ("イ", "誓約を履行しない長期滞納者について、明渡し請求訴訟の提起を検討する。", "新規", "alone")],
    "水道料金": [("ア", "納期限後２か月を経過した未納者に給水停止予告通知を送付する。", "継続", "after"),
             ("イ", "開栓の申込み時に口座振替の手続を案内する。", "継続", "after"),
             ("ウ", "町外へ転居した未納者には、転居先へ請求書を送付し支払を求める。", "拡充", "alone")],
}

G = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度 第２回 東みよし町債権管理委員会",
         "2025-11-20", "令和７年１１月２０日（木）")

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexGothic', sans-serif; font-size: 9.5pt; }
.page { width: 210mm; height: 296.5mm; padding: 15mm 15mm 12mm 15mm; position: relative; overflow: hidden;
        page-break-after: always; }
.page:last-child { page-break-after: auto; }
.pn { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.tag { position: absolute; top: 9mm; right: 15mm; border: 0.8pt solid #000; padding: 0.5mm 3mm; font-size: 9pt; }
h1 { font-size: 15pt; text-align: center; margin: 8mm 0 3mm 0; font-weight: normal; letter-spacing: 1pt; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm 0; font-weight: normal; border-left: 4pt solid #2e7d32; padding-left: 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; font-weight: normal; }
p { margin: 0 0 1.5mm 0; line-height: 1.6; text-indent: 1em; }
table { border-collapse: collapse; }
th, td { border: 0.6pt solid #444; padding: 1mm 1.6mm; font-size: 8.6pt; }
th { background: #e3efe3; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
td.l { text-align: left; }
.cap { font-size: 9.5pt; margin: 2mm 0 0.5mm 0; }
.unit { font-size: 8pt; margin-top: 0.8mm; }
.strip td { font-size: 10pt; padding: 1.8mm 2.5mm; }
.strip td.k { background: #e3efe3; text-align: center; white-space: nowrap; }
.ref { border: 0.8pt solid #000; padding: 2mm 4mm; margin-top: 3mm; font-size: 9pt; line-height: 1.6; }
.items { border: 1pt solid #2e7d32; padding: 2mm 4mm; font-size: 9.3pt; line-height: 1.6; }
.items .it { padding-left: 1.3em; text-indent: -1.3em; margin: 0.8mm 0; }
.items .solo { text-align: right; }
.side { display: flex; gap: 6mm; align-items: flex-start; }
.jidai td { border: none; font-size: 10.5pt; padding: 1mm 2mm; }
"""


def page(n, inner, tag=""):
    t = f'<div class="tag">{tag}</div>' if tag else ""
    return f'<div class="page">{t}{inner}<div class="pn">{n}</div></div>'


def oku_man(yen: int) -> tuple[str, int]:
    man = round(yen / 10000)
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + f"{m:,}万円", man * 10000


def p1():
    n = 1
    t = TOTAL[2024]
    t5 = TOTAL[2023]
    s, v = oku_man(t["o"])
    d = t5["o"] - t["o"]
    ds, dv = oku_man(d)
    G.fact(None, None, 2024, "令和６年度末", "total", "outstanding", "actual", v, "yen", f"約{s}", n, approx=True)
    G.fact(None, None, 2024, "令和６年度末", "total", "difference", "actual", -dv, "yen", f"約{ds}", n, approx=True)
    G.fact(None, None, 2024, "令和６年度", "total", "collection_rate", "actual", t["r"], "percent", f"{fr(t['r'])}％", n)
    dr = round(t["r"] - t5["r"], 2)
    G.fact(None, None, 2024, "令和６年度", "total", "difference", "actual", dr, "points", f"{fr(dr)}ポイント", n)
    members = [("委員長", "副町長"), ("委員", "総務課長"), ("委員", "企画課長"), ("委員", "税務課長"), ("委員", "住民課長"),
               ("委員", "長寿社会課長"), ("委員", "建設課長"), ("委員", "水道課長"), ("委員", "教育委員会事務局長")]
    mem = "".join(f"<tr><td>{r}</td><td>{ti}</td></tr>" for r, ti in members)
    body = (
        '<h1>令和７年度 第２回 東みよし町債権管理委員会</h1>'
        '<div style="text-align:right;font-size:10pt;line-height:1.7;margin-top:4mm">'
        '日時：令和７年１１月２０日（木）午前１０時～<br>場所：東みよし町役場 ２階 第１会議室</div>'
        '<div style="text-align:center;font-size:13pt;margin:7mm 0 3mm 0;letter-spacing:6pt">次第</div>'
        '<table class="jidai" style="margin:0 auto">'
        '<tr><td>１</td><td>開会</td><td></td></tr>'
        '<tr><td>２</td><td>委員長あいさつ</td><td></td></tr>'
        '<tr><td>３</td><td>報告事項</td><td></td></tr>'
        '<tr><td></td><td>（１）令和６年度 主要債権の決算状況について</td><td>資料１</td></tr>'
        '<tr><td></td><td>（２）令和７年度 債権別取組状況（上半期）について</td><td>資料２</td></tr>'
        '<tr><td>４</td><td>協議事項</td><td></td></tr>'
        '<tr><td></td><td>（１）私債権の放棄について</td><td>資料３</td></tr>'
        '<tr><td>５</td><td>その他</td><td></td></tr>'
        '<tr><td>６</td><td>閉会</td><td></td></tr></table>'
        '<h2 style="margin-top:10mm">令和６年度決算の概要</h2>'
        f'<p>令和６年度末の主要６債権の収入未済額は、合計で約{s}となり、前年度末から約{ds}減少しました。'
        f'６債権全体の収納率は{fr(t["r"])}％で、前年度を{fr(dr)}ポイント上回っています。'
        '町税と国民健康保険税の滞納繰越分の縮減が進んだことが主な要因です。</p>'
        '<p>一方、町営住宅使用料は現年度分の滞納が依然として発生しており、退去者分を含めた対応が課題となっています。</p>'
        '<div style="margin-top:8mm;font-size:10pt">東みよし町債権管理委員会 委員</div>'
        f'<table style="margin-top:1.5mm;width:90mm"><tr><th>区分</th><th>職名</th></tr>{mem}</table>'
        '<div class="unit">事務局：税務課</div>')
    return page(n, body)


def p2():
    n = 2
    y = 2024
    rows = [("調定額", "assessed", "a"), ("収入済額", "collected", "c"), ("収納率", "collection_rate", "r"),
            ("不納欠損額", "written_off", "w"), ("収入未済額", "outstanding", "o")]
    heads = "".join(f"<th>{short}</th>" for _k, _f, short, *_ in DEBTS) + "<th>合計</th>"
    trs = []
    for lab, met, kk in rows:
        tds = ""
        for k, full, short, *_ in DEBTS + [(None, "合計", "合計")]:
            d = S[k][y]["tot"] if k else TOTAL[y]
            v = d[kk]
            if kk == "r":
                s = fr(v)
                G.fact(k, short, y, "令和６年度", "total", met, "actual", v, "percent", s, n)
            else:
                s = comma(round(v / 1000))
                G.fact(k, short, y, "令和６年度", "total", met, "actual", round(v / 1000) * 1000, "yen", s, n)
            tds += f'<td class="n">{s}</td>'
        trs.append(f'<tr><th style="text-align:left">{lab}</th>{tds}</tr>')
    tds = ""
    for k, full, short, *_ in DEBTS:
        v = DELINQ[k][y]
        unit = "households" if k == "国民健康保険税" else "persons"
        s = comma(v)
        tds += f'<td class="n">{s}</td>'
        G.fact(k, short, y, "令和６年度", "total", "delinquents", "actual", v, unit, s, n)
    tds += '<td class="c">－</td>'
    trs.append(f'<tr><th style="text-align:left">滞納者数※</th>{tds}</tr>')
    t1 = ('<div class="cap">表１　主要債権の状況（令和６年度決算）</div>'
          f'<table style="width:100%"><tr><th>区分</th>{heads}</tr>{"".join(trs)}</table>'
          '<div class="unit">単位：千円（千円未満四捨五入）、％、人　※国保税は滞納世帯数（世帯）<br>'
          '国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝町営住宅使用料</div>')
    # 百万円 table, debts as rows, years ascending
    trs2 = []
    for k, full, short, *_ in DEBTS + [(None, "合計", "合計")]:
        tds = ""
        for yy in YEARS:
            o = (S[k][yy]["tot"] if k else TOTAL[yy])["o"]
            mv = round(o / 1_000_000, 1)
            s = f"{mv:,.1f}"
            tds += f'<td class="n">{s}</td>'
            G.fact(k, full, yy, RW[yy], "total", "outstanding", "actual", round(mv * 1_000_000), "yen", s, n)
        trs2.append(f'<tr><td class="l">{full}</td>{tds}</tr>')
    t2 = ('<div class="cap" style="margin-top:5mm">表２　主要債権の収入未済額の推移（単位：百万円）</div>'
          '<table style="width:62%"><tr><th>債権名</th>' + "".join(f"<th>{RW[yy]}</th>" for yy in YEARS) +
          f'</tr>{"".join(trs2)}</table>')
    # prose with 万円
    t = TOTAL[2024]
    s, v = oku_man(t["o"])
    G.fact(None, None, 2024, "令和６年度末", "total", "outstanding", "actual", v, "yen", f"約{s}", n, approx=True)
    zt = S["町税"][2024]["tot"]["o"]
    zs, zv = oku_man(zt)
    G.fact("町税", "町税", 2024, "令和６年度末", "total", "outstanding", "actual", zv, "yen", f"約{zs}", n, approx=True)
    kc = S["国民健康保険税"][2024]["arr"]
    kc5 = S["国民健康保険税"][2023]["arr"]
    dk = round(kc["r"] - kc5["r"], 1)
    G.fact("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", kc["r"], "percent",
           f"{fr(kc['r'])}％", n)
    G.fact("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "difference", "actual", dk, "points",
           f"{dk:.1f}ポイント", n)
    txt = (f'<p style="margin-top:4mm">表２のとおり、令和６年度末の収入未済額は約{s}で、そのうち町税が約{zs}を占めています。'
           f'国民健康保険税の滞納繰越分の収納率は{fr(kc["r"])}％となり、前年度から{dk:.1f}ポイント上昇しました。'
           '町営住宅使用料は、収入未済額の大半が退去者分であり、所在調査と法的措置を組み合わせた対応を進めます。</p>')
    return page(n, '<h2>資料１　令和６年度 主要債権の決算状況</h2>' + t1 + t2 + txt, "資料１")


def sheet(k, idx, n):
    full, short, ka, kind = next((b, c, d, e) for a, b, c, d, e in DEBTS if a == k)
    if k == "国民健康保険税":
        strip = (f'<table class="strip" style="width:100%"><tr><td class="l" style="background:#e3efe3">債権名　{full}</td>'
                 f'<td class="l">担当課　{ka}</td><td class="l">債権の種類　{kind}</td></tr></table>')
    else:
        strip = (f'<table class="strip" style="width:100%"><tr><td class="k">債権名</td><td>{full}</td><td class="k">担当課</td>'
                 f'<td>{ka}</td><td class="k">債権の種類</td><td>{kind}</td></tr></table>')
    # 1 収納状況: two side-by-side blocks, years descending
    yrs = [2024, 2023]
    h1 = "".join(f'<th colspan="3">{RW[y]}決算</th>' for y in yrs)
    arrlab = "過年度分" if k == "水道料金" else "滞納繰越分"
    h2 = f"<th>現年度分</th><th>{arrlab}</th><th>計</th>" * 2
    rows = [("調定額", "assessed", "a"), ("収入済額", "collected", "c"), ("収納率", "collection_rate", "r"),
            ("不納欠損額", "written_off", "w"), ("収入未済額", "outstanding", "o")]
    trs = []
    for lab, met, kk in rows:
        tds = ""
        for y in yrs:
            for seg, sg in (("cur", "current"), ("arr", "arrears"), ("tot", "total")):
                v = S[k][y][seg][kk]
                if kk == "w" and seg == "cur" and v == 0:
                    tds += '<td class="c">－</td>'
                    continue
                s = fr(v) if kk == "r" else comma(v)
                tds += f'<td class="n">{s}</td>'
                G.fact(k, full, y, RW[y], sg, met, "actual", v, "percent" if kk == "r" else "yen", s, n)
        trs.append(f'<tr><th style="text-align:left">{lab}</th>{tds}</tr>')
    t1 = ('<h3>１　収納状況</h3>'
          f'<table style="width:100%;font-size:8pt"><tr><th rowspan="2">区分</th>{h1}</tr><tr>{h2}</tr>{"".join(trs)}</table>'
          '<div class="unit">（単位：円、％）</div>')
    # 2 数値目標: metric in the row header; beside it counts with years as rows
    tg = TARGETS[k]
    tyrs = sorted(tg)
    th = "".join(f"<th>{RW[y]}<br>目標</th>" for y in tyrs)
    r1 = "".join(f'<td class="n">{fr(tg[y][0])}</td>' for y in tyrs)
    r2 = "".join(f'<td class="n">{fr(tg[y][1])}</td>' for y in tyrs)
    for y in tyrs:
        G.fact(k, full, y, RW[y], "current", "collection_rate", "target", tg[y][0], "percent", fr(tg[y][0]), n)
        G.fact(k, full, y, RW[y], "arrears", "collection_rate", "target", tg[y][1], "percent", fr(tg[y][1]), n)
    left = ('<div class="cap">数値目標</div>'
            f'<table><tr><th colspan="2"></th>{th}</tr>'
            f'<tr><th rowspan="2">収納率<br>（％）</th><th>現年度分</th>{r1}</tr><tr><th>{arrlab}</th>{r2}</tr></table>')
    unit_word = "世帯" if k == "国民健康保険税" else "人"
    dl = "滞納世帯数" if k == "国民健康保険税" else "滞納者数"
    trs2 = []
    for y in YEARS:
        v = DELINQ[k][y]
        trs2.append(f'<tr><td class="c">{RW[y]}</td><td class="n">{v}{unit_word}</td><td class="n">{SEIZE[k][y]}件</td></tr>')
        G.fact(k, full, y, RW[y], "total", "delinquents", "actual", v,
               "households" if k == "国民健康保険税" else "persons", f"{v}{unit_word}", n)
    right = ('<div class="cap">滞納者の状況（各年度末）</div>'
             f'<table><tr><th>年度</th><th>{dl}</th><th>{SEIZE_LABEL[k]}</th></tr>{"".join(trs2)}</table>')
    t2 = f'<h3>２　数値目標と滞納者の状況</h3><div class="side"><div>{left}</div><div>{right}</div></div>'
    # 参考 box: 上半期
    a, now_p, prev_p = HALF[k]
    c = round(a * now_p / 100)
    r = rate(c, a)
    asof = "2025-09-30"
    G.fact(k, full, 2025, "令和７年９月末", "current", "collection_rate", "interim", r, "percent", f"{fr(r)}％", n, as_of=asof)
    G.fact(k, full, 2024, "前年同期", "current", "collection_rate", "interim", prev_p, "percent", f"{fr(prev_p)}％", n,
           as_of="2024-09-30")
    G.fact(k, full, 2025, "令和７年９月末", "current", "collected", "interim", c, "yen", f"{comma(c)}円", n, as_of=asof)
    G.fact(k, full, 2025, "令和７年９月末", "current", "assessed", "interim", a, "yen", f"{comma(a)}円", n, as_of=asof)
    ref = ('<div class="ref">【参考】令和７年度上半期（令和７年９月末）の状況<br>'
           f'・現年度分調定額：{comma(a)}円<br>'
           f'・現年度分収入済額：{comma(c)}円<br>'
           f'・現年度分収納率：{fr(r)}％（前年同期 {fr(prev_p)}％）</div>')
    items = []
    for lab, text, st, mode in INITS[k]:
        if mode == "after":
            items.append(f'<div class="it">{lab}　{text}【{st}】</div>')
        else:
            items.append(f'<div class="it">{lab}　{text}</div><div class="solo">【{st}】</div>')
        G.init(k, full, 2025, "令和７年度の取組", lab, text, st, n)
    t3 = '<h3>３　令和７年度の取組</h3><div class="items">' + "".join(items) + '</div>'
    t4 = f'<h3>４　課題と今後の方向性</h3><p>{ISSUES[k]}</p>'
    return page(n, f'<h2>資料２－{idx}　債権別取組状況</h2>' + strip + t1 + t2 + ref + t3 + t4, "資料２")


def main():
    pages = [p1(), p2()] + [sheet(k, i + 1, i + 3) for i, k in enumerate(SHEETS)]
    html = (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>令和７年度第２回東みよし町債権管理委員会資料</title>'
            f'<style>{CSS}</style></head><body>{"".join(pages)}</body></html>')
    out = PDF_DIR / f"{STEM}.pdf"
    html_to_pdf(html, out)
    G.write(out)


if __name__ == "__main__":
    main()
