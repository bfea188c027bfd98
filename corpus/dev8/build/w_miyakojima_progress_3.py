"""宮古島市「市税等収納対策の取組状況（中間報告）」風 — PyMuPDF Story (A4 landscape, 3 pages)."""
from __future__ import annotations

import fitz

from w_common import OUT, PDF, comma, fact, man_yen, rate, write_gold, zen

STEM = "w_miyakojima_progress_3"
CITY = "宮古島市"
TITLE = "令和５年度　市税等収納対策の取組状況（中間報告）"
ASOF = "2024-02-29"
PRIOR = "2023-02-28"

# debt -> 現年調定, 現年収入, 滞繰調定, 滞繰収入, 前年同月 現年率, 前年同月 滞繰率
DATA = [
    ("市税", 4215630400, 3624118205, 402118930, 88904112, "85.12", "20.84"),
    ("国民健康保険税", 1128406215, 806893410, 598220140, 111392806, "65.06", "16.95"),
    ("介護保険料", 812304500, 702611300, 45120800, 7028450, "86.02", "14.88"),
    ("後期高齢者医療保険料", 302118600, 268904300, 3812400, 1204900, "88.41", "30.12"),
    ("保育所保育料", 188402300, 160315800, 21904350, 4215600, "84.30", "17.65"),
    ("市営住宅使用料", 210815400, 183214900, 96312800, 10442100, "86.54", "10.23"),
]
PRIOR_TOTAL = ("83.20", "18.41")

INIT_KOKUHO = [
    ("①", "納期限後２０日を経過しても納付のない世帯に対し、電話催告センターから早期に納付を呼びかけた。", "継続", False),
    ("②", "休日納付相談窓口を毎月第２・第４日曜日に開設し、分納相談や短期被保険者証の交付に併せて納付指導を行った。", "継続", False),
    ("③", "一定の所得がありながら納付のない世帯については、預貯金・給与等の財産調査を行い、差押えを実施した。", "拡充", True),
    ("④", "口座振替の原則化に向け、国保加入手続の窓口で口座振替依頼書の提出を勧奨した。", "新規", False),
]
INIT_JUTAKU = [
    ("ア", "滞納３か月以上の入居者に対し、連帯保証人への納付指導依頼を行った。", "継続"),
    ("イ", "滞納額が高額で、納付誓約を履行しない入居者には、明渡し請求訴訟を提起した。", "拡充"),
    ("ウ", "退去者の滞納分については、転居先調査を行い、文書及び臨戸による催告を実施した。", None),
]
INIT_HOIKU = [
    "児童手当からの徴収（申出による充当）を保護者に案内し、同意を得た世帯から充当した。",
    "入所継続の申請時に滞納のある保護者と面談を行い、分納計画を作成した。",
    "卒園児の保護者の滞納分は、滞納処分の例により財産調査を行った。",
]

CSS = """
@font-face {font-family: m; src: url(ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexg.ttf);}
body {font-family: m; font-size: 9.5pt; line-height: 1.45;}
h1 {font-family: g; font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-family: g; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0;}
.r {text-align: right;}
.note {font-size: 8pt;}
table {border-collapse: collapse;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt 2pt 4pt; font-size: 8.5pt;}
th {font-family: g; font-weight: normal; background-color: #e8e8e8; text-align: center;}
td.n {text-align: right;}
.box {border: 0.8pt solid black; padding: 4pt 6pt 4pt 6pt; margin: 4pt 0 4pt 0;}
"""


def html_table(rows_html: str, width="100%") -> str:
    return f'<table style="width:{width}">{rows_html}</table>'


def build():
    facts, inits = [], []
    pages = []

    # ---------------- page 1 ----------------
    tot = [0, 0, 0, 0]
    rows = ('<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>'
            '<th colspan="2">前年同月収納率</th></tr>'
            '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th>'
            '<th>現年度分</th><th>滞納繰越分</th></tr>')
    for d, ca, cc, aa, ac, pc, pa in DATA + [("合　計", None, None, None, None, *PRIOR_TOTAL)]:
        if ca is None:
            ca, cc, aa, ac = tot
            debt, draw = None, "合計"
        else:
            tot = [tot[0] + ca, tot[1] + cc, tot[2] + aa, tot[3] + ac]
            debt, draw = d, d
        rc, ra = rate(cc, ca), rate(ac, aa)
        rows += (f"<tr><td>{d}</td><td class='n'>{comma(ca)}</td><td class='n'>{comma(cc)}</td><td class='n'>{rc}</td>"
                 f"<td class='n'>{comma(aa)}</td><td class='n'>{comma(ac)}</td><td class='n'>{ra}</td>"
                 f"<td class='n'>{pc}</td><td class='n'>{pa}</td></tr>")
        for seg, a, c, r_, p in [("current", ca, cc, rc, pc), ("arrears", aa, ac, ra, pa)]:
            facts.append(fact(debt, 2023, "令和６年２月29日現在", seg, "assessed", "interim", a, "yen", comma(a),
                              page=1, as_of=ASOF, debt_raw=draw))
            facts.append(fact(debt, 2023, "令和６年２月29日現在", seg, "collected", "interim", c, "yen", comma(c),
                              page=1, as_of=ASOF, debt_raw=draw))
            facts.append(fact(debt, 2023, "令和６年２月29日現在", seg, "collection_rate", "interim", float(r_), "percent",
                              str(r_), page=1, as_of=ASOF, debt_raw=draw))
            facts.append(fact(debt, 2022, "前年同月", seg, "collection_rate", "interim", float(p), "percent", p,
                              page=1, as_of=PRIOR, debt_raw=draw))
    p1 = f"""
<p class="r">令和６年３月１５日<br/>宮古島市総務部納税課</p>
<h1>{TITLE}</h1>
<h2>１　はじめに</h2>
<p>　本市の令和４年度決算における市税等の収入未済額は約２７億４，６００万円となり、前年度に比べ約１億２，１００万円減少した。
令和５年度も「宮古島市市税等収納対策実施計画」に基づき、現年度分の早期納付の促進と滞納繰越分の圧縮に取り組んでいる。
本報告は、令和６年２月末（２月２９日）現在の収納状況と、これまでの取組状況を取りまとめたものである。</p>
<h2>２　収納状況（令和６年２月29日現在）（単位：円、％）</h2>
{html_table(rows)}
<p class="note">※ 前年同月収納率は、令和５年２月28日現在の収納率である。　※ 市税は、市民税、固定資産税、軽自動車税等の合計である。</p>
"""
    facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", 2746000000, "yen",
                      "約２７億４，６００万円", page=1, approx=True, debt_raw=None))
    pages.append(p1)

    # ---------------- page 2: 国民健康保険税 ----------------
    d = DATA[1]
    rc, ra = rate(d[2], d[1]), rate(d[4], d[3])
    rt = rate(d[2] + d[4], d[1] + d[3])
    items = ""
    for lab, t, st, wrap in INIT_KOKUHO:
        tag = f"【{st}】" if st else ""
        items += f"<p>{lab}{t}{'<br/>' if wrap else ''}{tag}</p>"
        inits.append({"debt": "国民健康保険税", "fiscal_year": 2023, "section": "収納率向上に向けた取組", "label": lab,
                      "text": t, "status": st, "page": 2})
    asm, col = man_yen(d[1]), man_yen(d[2])
    p2 = f"""
<h2>３　主な債権の状況</h2>
<table style="width:70%"><tr><th>債権名</th><td>国民健康保険税</td><th>所管課</th><td>国民健康保険課</td></tr></table>
<p><b>【収納率】令和６年２月29日現在</b></p>
<p>・現年分　{rc}％</p>
<p>・滞納繰越分　{ra}％</p>
<p>・合計　{rt}％</p>
<p>・前年同月（現年分）　{d[5]}％</p>
<p>　現年度分の調定額{asm}に対し、２月末現在の収入済額は{col}であり、収納率は前年同月を上回って推移している。
当初目標として設定した現年度分収納率８９％の達成に向け、出納整理期間の５月末まで納付折衝を継続する。
なお、年度末の現年度分収納率は９０．２％程度を見込んでいる。</p>
<p>　２月末現在の滞納世帯数は１，７４２世帯（前年同月１，９１５世帯）である。</p>
<h2>収納率向上に向けた取組</h2>
{items}
"""
    for seg, v in [("current", rc), ("arrears", ra), ("total", rt)]:
        facts.append(fact("国民健康保険税", 2023, "令和６年２月29日現在", seg, "collection_rate", "interim", float(v),
                          "percent", f"{v}％", page=2, as_of=ASOF))
    facts += [
        fact("国民健康保険税", 2022, "前年同月", "current", "collection_rate", "interim", float(d[5]), "percent",
             f"{d[5]}％", page=2, as_of=PRIOR),
        fact("国民健康保険税", 2023, "令和６年２月29日現在", "current", "assessed", "interim", d[1], "yen", asm, page=2,
             as_of=ASOF),
        fact("国民健康保険税", 2023, "令和６年２月29日現在", "current", "collected", "interim", d[2], "yen", col, page=2,
             as_of=ASOF),
        fact("国民健康保険税", 2023, None, "current", "collection_rate", "target", 89.0, "percent", "８９％", page=2),
        fact("国民健康保険税", 2023, None, "current", "collection_rate", "estimate", 90.2, "percent", "９０．２％",
             page=2, approx=True),
        fact("国民健康保険税", 2023, "２月末現在", "total", "delinquents", "interim", 1742, "households", "１，７４２世帯",
             page=2, as_of=ASOF),
        fact("国民健康保険税", 2022, "前年同月", "total", "delinquents", "interim", 1915, "households", "１，９１５世帯",
             page=2, as_of=PRIOR),
    ]
    pages.append(p2)

    # ---------------- page 3: 市営住宅使用料 / 保育所保育料 ----------------
    j = DATA[5]
    feb = (rate(j[2], j[1]), rate(j[4], j[3]), rate(j[2] + j[4], j[1] + j[3]))
    kessan = ("97.82", "14.05", "70.12")
    target = ("98.00", "15.00", "71.00")
    owed_feb = round(((j[1] - j[2]) + (j[3] - j[4])) / 1000)
    owed = (112402, 108000, owed_feb)
    trs = ('<tr><th rowspan="2">区分</th><th>決算</th><th>目標</th><th>実績（２月末）</th><th rowspan="2">差</th></tr>'
           '<tr><th>４年度</th><th>５年度</th><th>５年度</th></tr>')
    for k, (lab, seg) in enumerate([("現年度分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")]):
        diff = feb[k] - __import__("decimal").Decimal(target[k])
        trs += (f"<tr><td>{lab}</td><td class='n'>{kessan[k]}</td><td class='n'>{target[k]}</td>"
                f"<td class='n'>{feb[k]}</td><td class='n'>{'△' if diff < 0 else ''}{abs(diff)}</td></tr>")
        facts += [
            fact("市営住宅使用料", 2022, "４年度", seg, "collection_rate", "actual", float(kessan[k]), "percent", kessan[k],
                 page=3),
            fact("市営住宅使用料", 2023, "５年度", seg, "collection_rate", "target", float(target[k]), "percent", target[k],
                 page=3),
            fact("市営住宅使用料", 2023, "５年度", seg, "collection_rate", "interim", float(feb[k]), "percent", str(feb[k]),
                 page=3, as_of=ASOF),
        ]
    trs += (f"<tr><td>収入未済額（千円）</td><td class='n'>{comma(owed[0])}</td><td class='n'>{comma(owed[1])}</td>"
            f"<td class='n'>{comma(owed[2])}</td><td class='n'>{comma(owed[2] - owed[1])}</td></tr>")
    facts += [
        fact("市営住宅使用料", 2022, "４年度", "total", "outstanding", "actual", owed[0] * 1000, "yen", comma(owed[0]), page=3),
        fact("市営住宅使用料", 2023, "５年度", "total", "outstanding", "target", owed[1] * 1000, "yen", comma(owed[1]), page=3),
        fact("市営住宅使用料", 2023, "５年度", "total", "outstanding", "interim", owed[2] * 1000, "yen", comma(owed[2]),
             page=3, as_of=ASOF),
    ]
    jitems = ""
    for lab, t, st in INIT_JUTAKU:
        jitems += f"<p>{lab}　{t}{'【' + st + '】' if st else ''}</p>"
        inits.append({"debt": "市営住宅使用料", "fiscal_year": 2023, "section": "債権ごとの取組（市営住宅使用料）",
                      "label": lab, "text": t, "status": st, "page": 3})
    hitems = "".join(f"<p>・{t}</p>" for t in INIT_HOIKU)
    for t in INIT_HOIKU:
        inits.append({"debt": "保育所保育料", "fiscal_year": 2023, "section": "債権ごとの取組（保育所保育料）",
                      "label": "・", "text": t, "status": None, "page": 3})
    p3 = f"""
<h2>４　債権ごとの取組（市営住宅使用料）</h2>
<p class="r note">（単位：％）</p>
{html_table(trs, "80%")}
<p class="note">※ 差は、実績（２月末）から目標を差し引いたもの（収入未済額は千円）。</p>
{jitems}
<h2>５　債権ごとの取組（保育所保育料）</h2>
<div class="box">{hitems}</div>
<div class="box"><p><b>【参考】</b></p>
<p>・不納欠損額（令和４年度）：1,284,500円</p>
<p>・滞納者数（令和６年２月末現在）：218人</p>
<p>・口座振替率（令和６年２月末現在）：61.4％</p></div>
"""
    facts += [
        fact("保育所保育料", 2022, "令和４年度", "total", "written_off", "actual", 1284500, "yen", "1,284,500円", page=3),
        fact("保育所保育料", 2023, "令和６年２月末現在", "total", "delinquents", "interim", 218, "persons", "218人", page=3,
             as_of=ASOF),
    ]
    pages.append(p3)

    # ---------------- write ----------------
    arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    W, H = fitz.paper_size("a4-l")
    tmp = OUT / f"{STEM}_raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    for html in pages:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more = True
        while more:
            dev = writer.begin_page(fitz.Rect(0, 0, W, H))
            more, _ = story.place(fitz.Rect(45, 50, W - 45, H - 40))
            story.draw(dev)
            writer.end_page()
            if more:
                raise SystemExit("page overflow")
    writer.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc):
        page.insert_text((45, 32), "宮古島市総務部納税課　中間報告", fontsize=8, fontname="g",
                         fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.draw_line((45, 38), (W - 45, 38), width=0.5)
        page.insert_text((W / 2 - 12, H - 20), f"－{zen(str(i + 1))}－", fontsize=9, fontname="g",
                         fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    docm = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-15",
            "date_raw": "令和６年３月１５日"}
    return write_gold(STEM, docm, facts, inits)


if __name__ == "__main__":
    build()
