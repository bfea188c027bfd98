"""唐津市債権管理計画（令和7年度～令和11年度）: plan with 会計・款・債権 tables, PyMuPDF Story + drawing.

Modelled on the 第2次廿日市市債権管理計画 (city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html: 計画の期間,
対象債権, 債権管理の現状), the 福岡市 行政監査 「一般会計及び特別会計の税外収入 … 収入未済額」 account tables and the
世田谷区 plan family (会計名称 | 款名称等 | 債権名 | 収入未済額). Figures are invented and consistent:
収入未済額 = 調定額 − 収入済額 − 不納欠損額; 小計/合計 add up; the chart and 会計別 table carry the same totals.
"""
from __future__ import annotations

import pymupdf as fitz

from o_common import OUT, PDF, comma, fact, fw, rate, write_gold

STEM = "o_karatsu_keikaku_1"
CITY = "唐津市"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
FONTFILE = FONTDIR + "/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
A4 = fitz.paper_rect("a4")
A4L = fitz.Rect(0, 0, A4.height, A4.width)

# ---- (3) 債権別 令和5年度決算 (円): account, 款, name, A, rate, W, indent(うち)
DEBTS = [
    ("一般会計", "市税", "市税", 14862305400, .9752, 21304500, False),
    ("一般会計", "市税", "うち個人市民税", 5912448300, .9705, 9812000, True),
    ("一般会計", "市税", "うち固定資産税", 6480112900, .9801, 6450200, True),
    ("一般会計", "分担金及び負担金", "保育所保育料", 412338600, .9650, 1204300, False),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 301556000, .9105, 2880000, False),
    ("一般会計", "諸収入", "生活保護費返還金", 96412773, .3120, 4100250, False),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 58804100, .4210, 0, False),
    ("一般会計", "諸収入", "学校給食費", 548902150, .9880, 380600, False),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 3402118500, .8821, 30402100, False),
    ("国民健康保険特別会計", "諸収入", "返納金（不当利得）", 18204600, .4120, 512000, False),
    ("介護保険特別会計", "保険料", "介護保険料", 2604550300, .9862, 6204900, False),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 1208442000, .9951, 880200, False),
    ("水道事業会計", "営業収益", "水道料金", 2880412600, .9868, 3210400, False),
    ("下水道事業会計", "営業収益", "下水道使用料", 1902556800, .9872, 2104500, False),
]
ACCTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "水道事業会計", "下水道事業会計"]
ROWS = []
for acct, kan, name, a, r, w, sub in DEBTS:
    c = round(a * r)
    ROWS.append((acct, kan, name, a, c, w, a - c - w, sub))
SUBT = {}
for acct in ACCTS:
    rs = [x for x in ROWS if x[0] == acct and not x[7]]
    SUBT[acct] = tuple(sum(x[i] for x in rs) for i in (3, 4, 5, 6))
TOTAL = tuple(sum(SUBT[a][i] for a in ACCTS) for i in range(4))

# ---- (2) 会計別 収入未済額 (千円), 2021..2023 ; 2023 from the table above
K23 = {a: round(SUBT[a][3] / 1000) for a in ACCTS}
K22 = {a: round(K23[a] * f) for a, f in zip(ACCTS, (1.071, 1.052, 1.110, 1.034, 0.982, 1.046))}
K21 = {a: round(K22[a] * f) for a, f in zip(ACCTS, (1.064, 1.081, 1.042, 0.991, 1.037, 1.058))}
KT = {y: sum(d.values()) for y, d in ((2021, K21), (2022, K22), (2023, K23))}
CHART = [(2019, "R1", 1248.6), (2020, "R2", 1163.2)] + [(y, f"R{y-2018}", round(KT[y] / 1000, 1)) for y in (2021, 2022, 2023)]

# ---- (4) 現年度分 収納率 (％)
RATES = {"市税": (99.02, 99.11, 99.18), "国民健康保険税": (93.84, 94.02, 94.25), "介護保険料": (99.21, 99.30, 99.27),
         "後期高齢者医療保険料": (99.60, 99.64, 99.70), "市営住宅使用料": (96.10, 96.55, 96.80), "水道料金": (99.05, 99.12, 99.10)}
# ---- targets 収納率（合計）R7..R11
TGT_DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料", "水道料金"]
STEP = {"市税": .10, "国民健康保険税": .50, "介護保険料": .05, "後期高齢者医療保険料": .02, "市営住宅使用料": .40, "水道料金": .05}


def base_rate(name):
    x = next(r for r in ROWS if r[2] == name)
    return rate(x[4], x[3])


TGT = {n: [round(base_rate(n) + STEP[n] * (i + 1), 2) for i in range(5)] for n in TGT_DEBTS}


def okuman(yen):
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


FACTS, INITS = [], []


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    FACTS.append(fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, **kw))


CSS = """
@font-face {font-family: g; src: url(ipaexg.ttf);}
* {font-family: g;}
body {font-size: 10pt; line-height: 1.5;}
h1 {font-size: 20pt; text-align: center; margin: 0;}
h2 {font-size: 12.5pt; margin: 10pt 0 4pt 0; border-bottom: 1pt solid #000;}
h3 {font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.ni {text-indent: 0;}
table {border-collapse: collapse;}
td, th {border: 0.6pt solid #000; padding: 1pt 4pt; font-size: 8.5pt; line-height: 1.2;}
th {background-color: #dde4ee; font-weight: normal;}
td.n {text-align: right;}
td.sub {background-color: #f1f1f1;}
.unit {text-align: right; font-size: 8.5pt; margin: 0;}
.note {font-size: 8.5pt; text-indent: 0; margin: 1pt 0;}
.box {border: 0.8pt solid #000; padding: 5pt 8pt; margin: 6pt 0;}
"""


def make_pages():
    P = {}
    # ---------------- page 1 ----------------
    t23 = round(TOTAL[3], -5)
    P[1] = [("html", f"""
<div style="height:40pt"></div>
<h1>唐津市債権管理計画</h1>
<p class="ni" style="text-align:center;font-size:13pt">（令和７年度～令和１１年度）</p>
<p class="ni" style="text-align:center;margin-top:14pt">令和７年３月　唐津市</p>
<div style="height:20pt"></div>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２９年に唐津市債権管理条例を制定し、市の債権を適正に管理するための基本的な事項を定めるとともに、
全庁的な取組により収入未済額の縮減を図ってきました。</p>
<p>その結果、全会計の収入未済額は、令和５年度決算で約{fw(okuman(t23))}となり、平成３０年度の約１３億２，１００万円から
着実に縮減しています。しかしながら、国民健康保険税や市税の滞納繰越分を中心に、依然として多額の収入未済が残っています。</p>
<p>このため、令和７年度から令和１１年度までの５年間を計画期間とする本計画を策定し、債権ごとの目標収納率と具体的な取組を定め、
市民負担の公平性の確保と健全な財政運営に資することとします。</p>
<h2>２　計画の位置付けと対象債権</h2>
<p>本計画は、唐津市行財政改革推進計画の個別計画として位置付けます。対象とする債権は、令和５年度決算において
収入未済額が生じている市の債権（一般会計、特別会計及び公営企業会計に属するもの）とします。</p>
""")]
    F(1, None, 2023, "令和５年度決算", "total", "outstanding", "actual", int(t23), "yen", "約" + fw(okuman(t23)),
      approx=True, debt_raw="全会計")
    F(1, None, 2018, "平成３０年度", "total", "outstanding", "actual", 1321000000, "yen", "約１３億２，１００万円",
      approx=True, debt_raw="全会計")

    # ---------------- page 2 ----------------
    rows = ""
    for a in ACCTS + ["合計"]:
        if a == "合計":
            v = [KT[2021], KT[2022], KT[2023]]
        else:
            v = [K21[a], K22[a], K23[a]]
        d = v[2] - v[1]
        cls = ' class="n sub"' if a == "合計" else ' class="n"'
        rows += (f"<tr><td{' class=sub' if a == '合計' else ''}>{a}</td>" + "".join(f"<td{cls}>{comma(x)}</td>" for x in v)
                 + f"<td{cls}>{comma(d)}</td></tr>")
        for y, x in zip((2021, 2022, 2023), v):
            F(2, None, y, f"{y}", "total", "outstanding", "actual", x * 1000, "yen", comma(x), debt_raw=a)
    p23 = TOTAL[3]
    P[2] = [("html", """
<h2>３　債権の現状</h2>
<h3>(1) 収入未済額の推移（全会計）</h3>
<p>全会計の収入未済額は、令和元年度以降、毎年度減少しています。</p>
"""), ("chart", 210), ("html", f"""
<p>令和５年度の収入未済額は{fw(okuman(p23 // 10000 * 10000))}で、前年度と比べて{fw(comma((KT[2022] - KT[2023]) // 10))}万円減少しました。</p>
<h3>(2) 会計別の収入未済額</h3>
<p class="unit">（単位：千円）</p>
<table style="width:100%">
<tr><th>年度</th><th>2021</th><th>2022</th><th>2023</th><th>前年度比</th></tr>
{rows}
</table>
<p class="note">※各年度の出納閉鎖時点（５月末）の額。公営企業会計は決算書の未収金（消費税等を含む。）による。</p>
<p class="note">※前年度比は2023年度と2022年度の差（△は減少）。</p>
""")]
    F(2, None, 2023, "令和５年度", "total", "outstanding", "actual", p23 // 10000 * 10000, "yen",
      fw(okuman(p23 // 10000 * 10000)), debt_raw=None)
    for y, lab, v in CHART:
        F(2, None, y, lab, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", f"{v:,.1f}",
          debt_raw=None)

    # ---------------- pages 3-4: 債権別 (landscape, table continued without header) ----------------
    def row_html(acct_cell, r, page):
        acct, kan, name, a, c, w, u, sub = r
        nm = ("　" + name) if sub else name
        debt = name.replace("うち", "") if sub else name
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", u)):
            F(page, debt, 2023, "令和５年度", "total", metric, "actual", v, "yen", comma(v), debt_raw=name)
        return (f"<tr>{acct_cell}<td style='width:15%'>{kan if not sub else ''}</td><td style='width:21%'>{nm}</td>"
                + "".join(f'<td class="n" style="width:11.5%">{comma(v)}</td>' for v in (a, c, w, u)) + "</tr>")

    def sub_html(acct, page):
        a, c, w, u = SUBT[acct]
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", u)):
            F(page, None, 2023, "令和５年度", "total", metric, "actual", v, "yen", comma(v), debt_raw=f"{acct}小計")
        return ('<tr><td class="sub" colspan="2">小計</td>'
                + "".join(f'<td class="n sub">{comma(v)}</td>' for v in (a, c, w, u)) + "</tr>")

    def acct_block(acct, page):
        rs = [r for r in ROWS if r[0] == acct]
        out = ""
        for i, r in enumerate(rs):
            cell = f'<td rowspan="{len(rs) + 1}" style="width:18%">{acct}</td>' if i == 0 else ""
            out += row_html(cell, r, page)
        return out + sub_html(acct, page)

    head = ("<tr><th>会計</th><th>款</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
            "<th>収入未済額</th></tr>")
    t3 = "".join(acct_block(a, 3) for a in ACCTS[:3])
    P[3] = [("html", f"""
<h3>(3) 債権別の状況（令和５年度決算）</h3>
<p class="unit">（単位：円）</p>
<table style="width:100%">{head}{t3}</table>
<p class="note">※市税の「うち」は内訳であり、小計には市税の額のみを計上している。</p>
""")]
    t4 = "".join(acct_block(a, 4) for a in ACCTS[3:])
    a, c, w, u = TOTAL
    for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", u)):
        F(4, None, 2023, "令和５年度", "total", metric, "actual", v, "yen", comma(v), debt_raw="合計")
    t4 += ('<tr><td class="sub" colspan="3">合　計</td>'
           + "".join(f'<td class="n sub">{comma(v)}</td>' for v in (a, c, w, u)) + "</tr>")
    rt_rows = ""
    for y_i, (lab, fy) in enumerate((("令和３年度", 2021), ("令和４年度", 2022), ("令和５年度", 2023))):
        rt_rows += f"<tr><td>{lab}</td>" + "".join(f'<td class="n">{RATES[n][y_i]:.2f}</td>' for n in RATES) + "</tr>"
        for n in RATES:
            F(4, n, fy, lab, "current", "collection_rate", "actual", RATES[n][y_i], "percent", f"{RATES[n][y_i]:.2f}")
    wo23 = TOTAL[2]
    wo22 = 51284600
    F(4, None, 2023, "令和５年度", "total", "written_off", "actual", wo23 // 10000 * 10000, "yen",
      f"約{comma(wo23 // 10000)}万円", approx=True, debt_raw="全会計")
    F(4, None, 2022, "令和４年度", "total", "written_off", "actual", wo22 // 10000 * 10000, "yen",
      f"約{comma(wo22 // 10000)}万円", approx=True, debt_raw="全会計")
    P[4] = [("html", f"""
<table style="width:100%">{t4}</table>
<h3>(4) 主要債権の収納率の推移（現年度分）</h3>
<p class="unit">単位：％</p>
<table style="width:100%">
<tr><th></th>{''.join(f'<th>{n}</th>' for n in RATES)}</tr>
{rt_rows}
</table>
<div class="box" style="width:55%">
<p class="ni"><b>【参考】不納欠損額（全会計）</b></p>
<p class="ni">・令和５年度：約{comma(wo23 // 10000)}万円　・令和４年度：約{comma(wo22 // 10000)}万円</p>
<p class="ni">・主な事由：滞納処分の執行停止後３年経過、時効完成</p>
</div>
""")]

    # ---------------- page 5: targets ----------------
    trs = ""
    for n in TGT_DEBTS:
        b = base_rate(n)
        trs += (f"<tr><td>{n}</td><td class='n'>{b:.2f}%</td>"
                + "".join(f"<td class='n'>{v:.2f}%</td>" for v in TGT[n]) + "</tr>")
        F(5, n, 2023, "令和５年度", "total", "collection_rate", "actual", b, "percent", f"{b:.2f}%")
        for i, v in enumerate(TGT[n]):
            F(5, n, 2025 + i, f"R{7+i}", "total", "collection_rate", "target", v, "percent", f"{v:.2f}%")
    P[5] = [("html", f"""
<h2>４　計画の目標</h2>
<p>各債権の収納率（現年度分と滞納繰越分の合計）について、令和５年度決算を基準値として年度ごとの目標を定めます。
また、全会計の収入未済額を、令和１１年度末において８億円以下とすることを目指します。</p>
<p class="ni" style="margin-top:6pt"><b>計画期間：令和７年度～令和１１年度</b></p>
<p class="unit">目標収納率（合計）</p>
<table style="width:100%">
<tr><th>債権名</th><th>基準値（R5）</th><th>R7</th><th>R8</th><th>R9</th><th>R10</th><th>R11</th></tr>
{trs}
</table>
<p class="note">※基準値は令和５年度決算の収入済額を調定額で除した率。</p>
""")]
    F(5, None, 2029, "令和１１年度末", "total", "outstanding", "target", 800000000, "yen", "８億円", debt_raw="全会計")

    # initiatives pages 5-6
    sec_lines = []
    I1 = [("市税", "ア", "納期限から２０日以内に督促状を発送し、督促後１０日を経過した滞納者には速やかに財産調査に着手する。", "継続"),
          ("市税", "イ", "佐賀県と共同で個人住民税の特別徴収義務者の一斉指定を徹底し、普通徴収からの切替えを進める。", "継続"),
          ("市税", "ウ", "滞納処分の執行停止案件を年２回見直し、資力の回復した者には停止を取り消して徴収する。", "新規")]
    I2 = [("国民健康保険税", "(1)", "口座振替の原則化を進め、新規加入時に口座振替依頼書の提出を求める。", "拡充"),
          ("国民健康保険税", "(2)", "滞納繰越分について、分納誓約の履行状況を毎月確認し、不履行者には差押予告を送付する。", "継続"),
          ("国民健康保険税", "(3)", "高額滞納者は収納課特別滞納整理係へ引き継ぎ、捜索・公売を含む滞納処分を行う。", "継続")]
    I3 = [("市営住宅使用料", "・", "３か月以上の滞納者と連帯保証人に面談を求め、明渡し請求の手続を段階的に進める。", None),
          ("市営住宅使用料", "・", "退去滞納者について、支払督促の申立てと強制執行を弁護士と連携して行う。", "新規")]
    def li(items, tag_wrap):
        out = ""
        for d, lab, text, st in items:
            tag = f"【{st}】" if st else ""
            if tag_wrap and tag:
                out += f'<p class="ni">{lab}　{text}<br>{tag}</p>'
            else:
                out += f'<p class="ni">{lab}　{text}{tag}</p>'
        return out
    P[5].append(("html", f"""
<h2>５　債権ごとの取組</h2>
<h3>(1) 債権ごとの取組（市税）</h3>
{li(I1, True)}
"""))
    P[6] = [("html", f"""
<h3>(2) 債権ごとの取組（国民健康保険税）</h3>
<div class="box">{li(I2, False)}</div>
<h3>(3) 債権ごとの取組（市営住宅使用料）</h3>
{li(I3, False)}
<h2>６　計画の推進体制</h2>
<p>副市長を委員長とする唐津市債権管理対策委員会において、毎年度、目標の達成状況を点検し、その結果を公表します。
達成が困難な債権については、所管課と収納課が協議して取組の見直しを行います。</p>
""")]
    pages_of = {**{("市税", t): 5 for _, _, t, _ in I1}}
    for grp, pg in ((I1, 5), (I2, 6), (I3, 6)):
        for d, lab, text, st in grp:
            INITS.append({"debt": d, "debt_raw": d, "fiscal_year": 2025, "section": f"債権ごとの取組（{d}）",
                          "label": lab, "text": text, "status": st, "page": pg})
    return P


def build():
    P = make_pages()
    arch = fitz.Archive(FONTDIR)
    tmp = OUT / f"{STEM}.raw.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    w = fitz.DocumentWriter(str(tmp))
    chart_rect = {}
    for pno in sorted(P):
        mb = A4L if pno in (3, 4) else A4
        dev = w.begin_page(mb)
        y = 60
        for kind, payload in P[pno]:
            if kind == "chart":
                chart_rect[pno] = fitz.Rect(70, y, mb.width - 70, y + payload)
                y += payload + 6
                continue
            st = fitz.Story(payload, user_css=CSS, archive=arch)
            more, filled = st.place(fitz.Rect(56, y, mb.width - 56, mb.height - 50))
            if more:
                raise SystemExit(f"page {pno} overflows")
            st.draw(dev)
            y = fitz.Rect(filled).y1 + 4
        w.end_page()
    w.close()

    doc = fitz.open(tmp)
    for page in doc:
        page.insert_font(fontname="g", fontfile=FONTFILE)
        r = page.rect
        page.insert_text((r.width - 56 - 9 * 9, 36), "唐津市債権管理計画", fontname="g", fontsize=8.5)
        page.draw_line((56, 42), (r.width - 56, 42), width=0.5)
        page.insert_text((r.width / 2 - 10, r.height - 24), f"- {page.number + 1} -", fontname="g", fontsize=9)
    # vector bar chart on page 2
    pg = doc[1]
    cr = chart_rect[2]
    pg.draw_rect(cr, color=(0.4, 0.4, 0.4), width=0.5)
    pg.insert_text((cr.x0 + 10, cr.y0 + 16), "収入未済額の推移（全会計）", fontname="g", fontsize=10)
    pg.insert_text((cr.x1 - 70, cr.y0 + 16), "単位：百万円", fontname="g", fontsize=8)
    base = cr.y1 - 28
    top = cr.y0 + 40
    vmax = 1400.0
    pg.draw_line((cr.x0 + 40, base), (cr.x1 - 20, base), width=0.6)
    for gv in (400, 800, 1200):
        yy = base - (base - top) * gv / vmax
        pg.draw_line((cr.x0 + 40, yy), (cr.x1 - 20, yy), color=(0.8, 0.8, 0.8), width=0.4)
        pg.insert_text((cr.x0 + 8, yy + 3), f"{gv:,}", fontname="g", fontsize=7, color=(0.4, 0.4, 0.4))
    n = len(CHART)
    slot = (cr.x1 - 20 - (cr.x0 + 40)) / n
    for i, (fy, lab, v) in enumerate(CHART):
        x0 = cr.x0 + 40 + slot * i + slot * 0.25
        h = (base - top) * v / vmax
        pg.draw_rect(fitz.Rect(x0, base - h, x0 + slot * 0.5, base), color=None, fill=(0.27, 0.45, 0.70))
        s = f"{v:,.1f}"
        pg.insert_text((x0 + slot * 0.25 - len(s) * 2.2, base - h - 4), s, fontname="g", fontsize=8)
        pg.insert_text((x0 + slot * 0.25 - 9, base + 14), f"{lab}年度", fontname="g", fontsize=8)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return out


if __name__ == "__main__":
    pdf = build()
    document = {"kind": "plan", "municipality": CITY, "title": "唐津市債権管理計画（令和７年度～令和１１年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, document, FACTS, INITS)
