"""湖東市債権管理計画（令和８年度～令和10年度） — PyMuPDF Story (HTML) per page + vector chart.

Modelled on 第2次廿日市市債権管理計画 (計画策定の経緯・目的・計画の期間・対象債権・債権管理の現状・目標収納率)
and 宇部市債権管理計画 (現年度分収納率 / 収入未済額 の縮減目標), with 世田谷区-style 会計・款・債権 tables:
years as columns headed only R2…R6 with a 増減 column (△), unit note at the top right, a bar chart whose
labels print 百万円 with one decimal, a rate table with Western years running down the rows, a 会計・款・債権
table with 小計 per 会計, うち rows and a 合計 row, cut by a page break without its header repeated,
targets as numbered sentences and as bounds (99.30％以上, 11億2,000万円以下), 取組 as a table
(番号 1-1 | 対象債権 | 取組項目 | 内容 | 区分 | 担当課) and a boxed ア/イ/ウ list with tags after the 。.
"""
from __future__ import annotations

import pymupdf

from j_common import OUT, PDF, comma, fact, init, rate, tri, write_gold

STEM = "j_koto_keikaku_1"
CITY = "湖東市"
TITLE = "湖東市債権管理計画（令和８年度～令和10年度）"
A4 = pymupdf.paper_rect("a4")
A4L = pymupdf.paper_rect("a4-l")

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
* {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 17pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 10pt 0 3pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 6pt 0 2pt 0;}
p {margin: 0 0 3pt 0; text-indent: 1em;}
p.n {text-indent: 0;}
p.r {text-align: right; text-indent: 0; font-size: 8.5pt; margin: 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #000; padding: 1.5pt 3pt; font-size: 8.5pt;}
th {font-family: G; background-color: #e6e6e6; text-align: center;}
td.num {text-align: right;}
td.in {padding-left: 14pt;}
td.sub {font-family: G; background-color: #f2f2f2;}
.box {border: 0.8pt solid #000; padding: 5pt;}
"""

# 収入未済額の推移（千円） R2..R5 by 会計; R6 derived from the detail table
KAIKEI = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]
HIST = {"一般会計": [742310, 701580, 668240, 640115],
        "国民健康保険特別会計": [498220, 471900, 452310, 431870],
        "介護保険特別会計": [38410, 36920, 35100, 33870],
        "後期高齢者医療特別会計": [7850, 7420, 7010, 6640],
        "下水道事業会計": [61230, 59870, 57320, 54990]}
YEARS = [2020, 2021, 2022, 2023, 2024]

# 令和６年度 detail (円): 会計, 款, 債権名, 調定額, 収入済額, 不納欠損額, sub-rows
DETAIL = [
    ("一般会計", "市税", "市税", 21384512300, 20862140250, 38410200,
     [("個人市民税", 9812334100, 9541207900, 21030100), ("固定資産税", 8920118400, 8752310200, 12110000)]),
    ("一般会計", "分担金及び負担金", "保育所保育料", 398420600, 391884200, 1120000, []),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 312560400, 268342100, 3210500, []),
    ("一般会計", "諸収入", "生活保護費返還金", 142880300, 61224900, 9870000, []),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 18220600, 6912300, 0, []),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 4102338900, 3642980400, 56840500, []),
    ("介護保険特別会計", "保険料", "介護保険料", 3012440800, 2972654300, 8521500, []),
    ("後期高齢者医療特別会計", "保険料", "後期高齢者医療保険料", 1284330200, 1277210700, 909500, []),
    ("下水道事業会計", "営業収益", "下水道使用料", 2298774100, 2241820600, 4520500, []),
]

# 収納率の推移 (％), years down the rows
RATE_COLS = [("市税（現年）", "市税", "current"), ("市税（滞繰）", "市税", "arrears"),
             ("国保税（現年）", "国民健康保険税", "current"), ("国保税（滞繰）", "国民健康保険税", "arrears"),
             ("介護保険料（現年）", "介護保険料", "current"), ("下水道使用料（現年）", "下水道使用料", "current")]
RATE_HIST = {2020: [98.84, 24.12, 92.61, 18.40, 98.52, 98.90],
             2021: [99.02, 25.87, 93.15, 19.62, 98.61, 98.95],
             2022: [99.10, 27.30, 93.80, 21.05, 98.70, 99.01],
             2023: [99.18, 28.94, 94.22, 22.48, 98.77, 99.04],
             2024: [99.25, 30.16, 94.70, 23.91, 98.83, 99.08]}

# targets
TARGETS = [("市税（現年）", "市税", "current", [99.30, 99.35, 99.45]),
           ("市税（滞繰）", "市税", "arrears", [31.0, 32.0, 33.0]),
           ("国保税（現年）", "国民健康保険税", "current", [94.90, 95.10, 95.30]),
           ("国保税（滞繰）", "国民健康保険税", "arrears", [24.5, 25.2, 26.0]),
           ("介護保険料（現年）", "介護保険料", "current", [98.85, 98.90, 98.95])]
OUT_TARGET = [(1120000000, "11億2,000万円以下"), (1080000000, "10億8,000万円以下"), (1040000000, "10億4,000万円以下")]

ITEMS = [("1-1", "市税", "口座振替の推進", ["新規の納税義務者に口座振替依頼書を送付し、Web口座振替受付サービスの利用を案内する。"], "継続", "納税課"),
         ("1-2", "市税", "早期の財産調査", ["滞納発生から３か月以内に預貯金調査を行い、納付資力のある者には速やかに差押えを執行する。",
                                      "・預貯金等の電子照会により回答期間の短縮を図る。"], "拡充", "納税課"),
         ("2-1", "国民健康保険税", "資格の適正化", ["他の医療保険との重複加入者を調査し、資格喪失の届出を勧奨して適正な賦課につなげる。"], "新規", "保険年金課"),
         ("2-2", "国民健康保険税", "分納管理の徹底", ["分納誓約の履行状況を毎月確認し、不履行となった世帯には文書と電話で早期に接触する。"], "継続", "保険年金課"),
         ("3-1", "市営住宅使用料", "法的措置の実施", ["滞納３か月以上の入居者に明渡請求を予告し、応じない場合は訴えの提起を行う。",
                                          "・退去者分の債権は弁護士に回収を委託する。"], "継続", "住宅課"),
         ("3-2", "生活保護費返還金", "返還計画の策定", ["保護の廃止時に返還計画を作成し、口座振替による返還を原則とする。"], "新規", "生活福祉課")]
ZENCHO = [("ア", "債権管理条例に基づく放棄の基準を見直し、回収の見込みがない債権を計画的に整理する。", "拡充"),
          ("イ", "所管課の職員を対象に、私債権の法的手続に関する研修を年２回実施する。", "継続"),
          ("ウ", "債権管理システムを導入し、全庁の滞納情報を一元的に把握する。", "新規")]


def wareki(y):
    return f"令和{y - 2018}年度" if y >= 2019 else f"平成{y - 1988}年度"


def r_short(y):
    return f"R{y - 2018}"


class Pages:
    def __init__(self):
        self.arch = pymupdf.Archive()
        self.arch.add("/usr/share/fonts/opentype/ipaexfont-gothic/")
        self.arch.add("/usr/share/fonts/opentype/ipaexfont-mincho/")
        self.buf = OUT / f"{STEM}.story.pdf"
        self.writer = pymupdf.DocumentWriter(str(self.buf))
        self.n = 0

    def page(self, html, rect=A4, top=None):
        self.n += 1
        story = pymupdf.Story(html, user_css=CSS, archive=self.arch)
        where = pymupdf.Rect(50, top or 58, rect.width - 50, rect.height - 50)
        dev = self.writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        self.writer.end_page()
        if more:
            raise RuntimeError(f"page {self.n} overflows")

    def close(self):
        self.writer.close()


def build():
    facts, inits = [], []
    P = Pages()

    # ---- derived R6 by 会計 (千円) from the detail table
    by_k = {k: [0, 0, 0, 0] for k in KAIKEI}
    for k, _kan, _n, a, c, w, _subs in DETAIL:
        by_k[k][0] += a
        by_k[k][1] += c
        by_k[k][2] += w
        by_k[k][3] += a - c - w
    hist = {k: HIST[k] + [round(by_k[k][3] / 1000)] for k in KAIKEI}
    totals = [sum(hist[k][i] for k in KAIKEI) for i in range(5)]

    # ================= page 1
    pg = 1
    t6 = totals[4]
    t2 = totals[0]
    oku6, oku2 = round(t6 / 100000, 1), round(t2 / 100000, 1)
    tax_out = DETAIL[0][3] - DETAIL[0][4] - DETAIL[0][5]
    tax_man = round(tax_out / 10000)
    tax_raw = f"約{tax_man // 10000}億{comma(tax_man % 10000)}万円"
    rows = ""
    for k in KAIKEI:
        v = hist[k]
        rows += f"<tr><td>{k}</td>" + "".join(f"<td class='num'>{comma(x)}</td>" for x in v) + \
                f"<td class='num'>{tri(v[4] - v[3])}</td></tr>"
        for i, y in enumerate(YEARS):
            facts.append(fact(None, y, r_short(y), "total", "outstanding", "actual", v[i] * 1000, "yen", comma(v[i]), pg,
                              debt_raw=k))
    rows += "<tr><td class='sub'>合計</td>" + "".join(f"<td class='num sub'>{comma(x)}</td>" for x in totals) + \
            f"<td class='num sub'>{tri(totals[4] - totals[3])}</td></tr>"
    for i, y in enumerate(YEARS):
        facts.append(fact(None, y, r_short(y), "total", "outstanding", "actual", totals[i] * 1000, "yen",
                          comma(totals[i]), pg, debt_raw="合計"))
    facts += [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", int(round(oku6 * 1e8)), "yen", f"約{oku6}億円", pg,
             approx=True),
        fact(None, 2020, "令和２年度", "total", "outstanding", "actual", int(round(oku2 * 1e8)), "yen", f"約{oku2}億円", pg,
             approx=True),
        fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", tax_man * 10000, "yen", tax_raw, pg, approx=True),
    ]
    html = f"""
<p class='r'>令和８年３月</p>
<h1>湖東市債権管理計画</h1>
<p class='n' style='text-align:center'>（令和８年度～令和10年度）</p>
<p class='r'>湖東市 総務部 債権管理課</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、令和３年４月に湖東市債権管理条例を施行し、前計画（令和５年度～令和７年度）に基づいて、市税をはじめとする各債権の収納率の向上と収入未済額の縮減に全庁で取り組んできました。</p>
<p>令和６年度決算における本市の収入未済額は、全会計で約{oku6}億円となり、令和２年度の約{oku2}億円から縮減しました。このうち市税の収入未済額は{tax_raw}で、全体の約４割を占めています。一方で、私債権を中心に長期化した滞納案件が残っていることから、前計画の成果と課題を踏まえ、新たに本計画を策定します。</p>
<h2>２　計画期間</h2>
<p>令和８年度から令和10年度までの３年間（2026年度～2028年度）とします。</p>
<h2>３　対象債権</h2>
<p>令和６年度決算において収入未済額がある債権のうち、収入未済額が500万円以上の主要９債権を対象とします。</p>
<h2>４　債権の現状</h2>
<h3>（１）会計別の収入未済額の推移</h3>
<p class='r'>（単位：千円）</p>
<table><tr><th>会計</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th><th>増減<br/>(R6-R5)</th></tr>{rows}</table>
<p class='n' style='font-size:8pt'>※下水道事業会計は、公営企業会計の未収金（下水道使用料分）を計上。△は減少。</p>
"""
    P.page(html)

    # ================= page 2: chart (drawn later) + rate table years down rows
    pg = 2
    chart_vals = [round(t / 1000, 1) for t in totals]
    for y, v in zip(YEARS, chart_vals):
        facts.append(fact(None, y, r_short(y), "total", "outstanding", "actual", int(round(v * 1e6)), "yen",
                          f"{v:,.1f}", pg, debt_raw=None))
    rrows = ""
    for y in YEARS:
        vals = RATE_HIST[y]
        rrows += f"<tr><td style='text-align:center'>{y}</td>" + "".join(f"<td class='num'>{v:.2f}</td>" for v in vals) + "</tr>"
        for (lab, debt, seg), v in zip(RATE_COLS, vals):
            facts.append(fact(debt, y, str(y), seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", pg,
                              debt_raw=lab))
    hdr = "".join(f"<th>{lab}</th>" for lab, _d, _s in RATE_COLS)
    html = f"""
<h3>（２）収入未済額（全会計）の推移</h3>
<p class='n' style='height:250pt'>&#160;</p>
<h3>（３）主要債権の収納率の推移</h3>
<p class='r'>単位：％</p>
<table><tr><th>年度</th>{hdr}</tr>{rrows}</table>
<p class='n' style='font-size:8pt'>※収納率＝収入済額÷調定額×100（小数点以下第３位四捨五入）。現年は現年課税分（現年度分）、滞繰は滞納繰越分。</p>
<p>市税及び介護保険料の現年課税分はいずれも高い水準で推移しています。国民健康保険税の滞納繰越分は上昇傾向にあるものの、他の債権と比べて低い水準にとどまっており、引き続き重点的な取組が必要です。</p>
"""
    P.page(html)

    # ================= page 3 (landscape): detail table part 1
    W = ["11%", "14%", "23%", "12%", "12%", "10%", "10%", "8%"]

    def drow(lead, a, c, w, debt, debt_raw, page, first=False, cls=""):
        o = a - c - w
        rt = rate(c, a)
        cells = [comma(a), comma(c), comma(w) if w else "－", comma(o), f"{rt:.2f}%"]
        html = f"<tr>{lead}" + "".join(f"<td class='num {cls}'>{x}</td>" for x in cells) + "</tr>"
        out = [fact(debt, 2024, "令和６年度", "total", "assessed", "actual", a, "yen", cells[0], page, debt_raw=debt_raw),
               fact(debt, 2024, "令和６年度", "total", "collected", "actual", c, "yen", cells[1], page, debt_raw=debt_raw)]
        if w:
            out.append(fact(debt, 2024, "令和６年度", "total", "written_off", "actual", w, "yen", cells[2], page,
                            debt_raw=debt_raw))
        out += [fact(debt, 2024, "令和６年度", "total", "outstanding", "actual", o, "yen", cells[3], page, debt_raw=debt_raw),
                fact(debt, 2024, "令和６年度", "total", "collection_rate", "actual", rt, "percent", cells[4], page,
                     debt_raw=debt_raw)]
        return html, out

    pg = 3
    body = ""
    gen = [d for d in DETAIL if d[0] == "一般会計"]
    nrows = len(gen) + sum(len(d[6]) for d in gen) + 1
    for i, (k, kan, name, a, c, w, subs) in enumerate(gen):
        lead = (f"<td rowspan='{nrows}'>一般<br/>会計</td>" if i == 0 else "") + f"<td>{kan}</td><td>{name}</td>"
        h, f = drow(lead, a, c, w, name, name, pg)
        body += h
        facts += f
        for sname, sa, sc, sw in subs:
            h, f = drow(f"<td></td><td class='in'>うち{sname}</td>", sa, sc, sw, sname, f"うち{sname}", pg)
            body += h
            facts += f
    a, c, w, _o = by_k["一般会計"]
    h, f = drow("<td class='sub' colspan='2'>小計</td>", a, c, w, None, "一般会計 小計", pg, cls="sub")
    body += h
    facts += f
    head = "<tr>" + "".join(f"<th width='{wd}'>{t}</th>" for wd, t in zip(W, ["会計", "款", "債権名", "調定額", "収入済額",
                                                                                 "不納欠損額", "収入未済額", "収納率"])) + "</tr>"
    html = f"""
<h3>（４）令和６年度 会計・款・債権別の収入状況</h3>
<p class='r'>（単位：円）</p>
<table>{head}{body}</table>
<p class='r'>（次頁へ続く）</p>
"""
    P.page(html, A4L)

    # ================= page 4 (landscape): continuation WITHOUT header + totals
    pg = 4
    body = ""
    first = True
    for k in KAIKEI[1:]:
        for kk, kan, name, a, c, w, subs in DETAIL:
            if kk != k:
                continue
            if first:
                lead = (f"<td rowspan='2' width='{W[0]}'>{k}</td><td width='{W[1]}'>{kan}</td>"
                        f"<td width='{W[2]}'>{name}</td>")
                first = False
            else:
                lead = f"<td rowspan='2'>{k}</td><td>{kan}</td><td>{name}</td>"
            h, f = drow(lead, a, c, w, name, name, pg)
            body += h
            facts += f
        a, c, w, _o = by_k[k]
        h, f = drow("<td class='sub' colspan='2'>小計</td>", a, c, w, None, f"{k} 小計", pg, cls="sub")
        body += h
        facts += f
    A = sum(v[0] for v in by_k.values())
    C = sum(v[1] for v in by_k.values())
    Wo = sum(v[2] for v in by_k.values())
    h, f = drow("<td class='sub' colspan='3'>合　計</td>", A, C, Wo, None, "合計", pg, cls="sub")
    body += h
    facts += f
    html = f"""
<table>{body}</table>
<p class='n' style='font-size:8pt'>※「うち」は市税の内訳（再掲）であり、小計及び合計には含まない。不納欠損額欄の「－」は該当なし。</p>
<p class='n' style='font-size:8pt'>※下水道事業会計の収入未済額は、貸借対照表上の未収金のうち下水道使用料に係るもの。</p>
"""
    P.page(html, A4L)

    # ================= page 5: targets
    pg = 5
    sent = [("（１）", "市税", "current", "市税の現年課税分の収納率を、令和10年度までに", 99.45, "％以上とする。"),
            ("（２）", "国民健康保険税", "arrears", "国民健康保険税の滞納繰越分の収納率を、令和10年度までに", 26.0, "％以上とする。")]
    sent_html = ""
    for lab, debt, seg, pre, v, post in sent:
        raw = f"{v:.2f}％" if v > 50 else f"{v:.1f}％"
        sent_html += f"<p class='n'>{lab}{pre}{raw[:-1]}{post}</p>"
        facts.append(fact(debt, 2028, "令和10年度", seg, "collection_rate", "target", v, "percent", raw, pg))
    sent_html += f"<p class='n'>（３）全会計の収入未済額を、令和10年度末に{OUT_TARGET[2][1][:-2]}以下に縮減する。</p>"
    facts.append(fact(None, 2028, "令和10年度末", "total", "outstanding", "target", OUT_TARGET[2][0], "yen",
                      OUT_TARGET[2][1][:-2], pg))
    trows = ""
    for lab, debt, seg, vals in TARGETS:
        cells = [(f"{v:.2f}％以上" if v > 50 else f"{v:.1f}％以上") for v in vals]
        trows += f"<tr><td>{lab}</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr>"
        for y, v, craw in zip((2026, 2027, 2028), vals, cells):
            facts.append(fact(debt, y, wareki(y), seg, "collection_rate", "target", v, "percent", craw, pg, debt_raw=lab))
    trows += "<tr><td>収入未済額（全会計）</td>" + "".join(f"<td class='num'>{r}</td>" for _v, r in OUT_TARGET) + "</tr>"
    for y, (v, r) in zip((2026, 2027, 2028), OUT_TARGET):
        facts.append(fact(None, y, wareki(y), "total", "outstanding", "target", v, "yen", r, pg, debt_raw="収入未済額（全会計）"))
    html = f"""
<h2>５　計画の目標</h2>
<p>本計画では、次のとおり目標を定めます。</p>
{sent_html}
<h3>年度別の目標値</h3>
<p class='n'>計画期間：令和８年度～令和10年度</p>
<table><tr><th></th><th>令和８年度</th><th>令和９年度</th><th>令和10年度</th></tr>{trows}</table>
<p class='n' style='font-size:8pt'>※目標値は、令和６年度までの収納率の推移と、県内同規模市の平均を踏まえて設定した。</p>
"""
    # ---- 取組 table on the same page
    irows = ""
    for no, debt, item, lines, st, ka in ITEMS:
        irows += (f"<tr><td style='text-align:center'>{no}</td><td>{debt}</td><td>{item}</td><td>{'<br/>'.join(lines)}</td>"
                  f"<td style='text-align:center'>{st}</td><td>{ka}</td></tr>")
        inits.append(init(debt, 2026, "主な取組", no, "".join(lines), st, pg))
    html += f"""
<h2>６　主な取組</h2>
<table><tr><th>番号</th><th>対象債権</th><th>取組項目</th><th>内容</th><th>区分</th><th>担当課</th></tr>{irows}</table>
"""
    P.page(html)

    # ================= page 6: 全庁的な取組 box + 進行管理
    pg = 6
    items = "".join(f"<p class='n'>{lab}　{t}【{st}】</p>" for lab, t, st in ZENCHO)
    for lab, t, st in ZENCHO:
        inits.append(init(None, 2026, "全庁的な取組", lab, t, st, pg))
    html = f"""
<h3>全庁的な取組</h3>
<div class='box'>{items}</div>
<h2>７　計画の進行管理</h2>
<p>各債権の所管課は、毎年度の決算後に目標の達成状況を検証し、債権管理課に報告します。債権管理課は、その結果を湖東市債権管理推進会議に報告し、取組の見直しを行います。</p>
<p>また、上半期（９月末）の実績を取りまとめ、下半期の取組に反映させます。</p>
"""
    P.page(html)
    P.close()

    # ---- post-process: chart on page 2, page numbers, subset fonts
    doc = pymupdf.open(P.buf)
    font = pymupdf.Font(fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    for i, page in enumerate(doc):
        page.wrap_contents()
        tw = pymupdf.TextWriter(page.rect)
        s = f"－ {i + 1} －"
        tw.append((page.rect.width / 2 - font.text_length(s, 9) / 2, page.rect.height - 25), s, font=font, fontsize=9)
        h = "湖東市債権管理計画"
        tw.append((page.rect.width - 50 - font.text_length(h, 8), 35), h, font=font, fontsize=8)
        tw.write_text(page)
        page.draw_line((50, 40), (page.rect.width - 50, 40), color=(0.4, 0.4, 0.4), width=0.5)
    page = doc[1]
    x0, y0, x1, y1 = 90, 122, 520, 318  # plot area (y1 = baseline)
    vmax = 1500.0
    page.draw_line((x0, y1), (x1, y1), color=(0, 0, 0), width=0.8)
    page.draw_line((x0, y0), (x0, y1), color=(0, 0, 0), width=0.8)
    tw = pymupdf.TextWriter(page.rect)
    for g in range(0, 1501, 500):
        yy = y1 - (y1 - y0) * g / vmax
        page.draw_line((x0 - 3, yy), (x1, yy), color=(0.8, 0.8, 0.8), width=0.4)
        s = comma(g)
        tw.append((x0 - 6 - font.text_length(s, 7.5), yy + 2.5), s, font=font, fontsize=7.5)
    bw = (x1 - x0) / len(YEARS)
    for i, (y, v) in enumerate(zip(YEARS, chart_vals)):
        bx = x0 + bw * i + bw * 0.25
        top = y1 - (y1 - y0) * v / vmax
        page.draw_rect(pymupdf.Rect(bx, top, bx + bw * 0.5, y1), color=None, fill=(0.35, 0.5, 0.7))
        lab = f"{v:,.1f}"
        tw.append((bx + bw * 0.25 - font.text_length(lab, 8) / 2, top - 4), lab, font=font, fontsize=8)
        yl = f"R{y - 2018}"
        tw.append((bx + bw * 0.25 - font.text_length(yl, 8) / 2, y1 + 12), yl, font=font, fontsize=8)
    t = "図　収入未済額（全会計）の推移（単位：百万円）"
    tw.append(((x0 + x1) / 2 - font.text_length(t, 9) / 2, y0 - 14), t, font=font, fontsize=9)
    tw.write_text(page)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()

    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, document, facts, inits, None)


if __name__ == "__main__":
    build()
