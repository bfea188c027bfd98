"""宮浜市 第2次債権管理計画（令和7年度～令和9年度） (plan: 会計・款・債権 tables, prose figures, 債権ごとの取組).

PyMuPDF Story (HTML) → PDF, A4 portrait; fonts subset. Figures invented, internally consistent.
Run: python3 k_miyahama_plan_1.py
"""
from __future__ import annotations

import re

import fitz

from k_common import PDF, c, check, fact, pct, rate, write_gold, zen

STEM = "k_miyahama_plan_1"
CITY = "宮浜市"
TITLE = "第2次宮浜市債権管理計画"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"
GOTHDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"

# (1) 全会計の収入状況 (百万円): year -> 調定額, 収入済額, 不納欠損額
ALL = {2019: (41820, 39152, 118), 2020: (42655, 40087, 102), 2021: (43018, 40592, 95),
       2022: (43402, 41062, 89), 2023: (43880, 41660, 77)}
ALL_RAW = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}

# (2) 会計・款・債権 (円): rows (会計, 款, 債権名, R4, R5)
ROWS = [
    ("一般会計", "市税", "個人市民税", 512330418, 478205116),
    ("", "", "法人市民税", 38120500, 31442300),
    ("", "", "固定資産税・都市計画税", 452118206, 438910455),
    ("", "", "軽自動車税（種別割）", 40206800, 37565929),
    ("", "分担金及び負担金", "保育所保育料", 48330120, 44105660),
    ("", "", "放課後児童クラブ負担金", 6220400, 5870300),
    ("", "使用料及び手数料", "市営住宅使用料", 96402150, 90115800),
    ("", "", "行政財産使用料", 1208330, 980450),
    ("", "諸収入", "生活保護費返還金", 174456418, 194062845),
    ("", "", "災害援護資金貸付金元利収入", 22110000, 20480000),
    ("", "", "奨学金貸付金返還金", 12408000, 11302000),
    ("", "", "児童扶養手当返還金", 3920130, 4410660),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 668402330, 620853410),
    ("", "諸収入", "国民健康保険返納金", 9802115, 8640220),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 28106440, 26980300),
    ("介護保険事業特別会計", "保険料", "介護保険料", 88420660, 84190240),
    ("", "諸収入", "介護給付費返還金", 2110000, 1870500),
    ("下水道事業会計", "営業収益", "下水道使用料", 40330100, 37640200),
    ("", "資本的収入", "受益者負担金", 6201000, 5420000),
]
SPLIT = 15    # rows printed on the first page of the table; the rest continue on the next page, no header

# (3) 主な債権の収納率 (％): debt -> (R4 現年, R4 過年, R5 現年, R5 過年, R7 目標 現年, 過年, R9 目標 現年, 過年)
RATES = {
    "市税": (99.02, 29.84, 99.12, 31.05, 99.20, 32.50, 99.30, 34.00),
    "国民健康保険税": (94.36, 22.18, 94.81, 23.40, 95.10, 24.50, 95.50, 26.00),
    "後期高齢者医療保険料": (99.41, 41.20, 99.46, 43.05, 99.50, 44.00, 99.55, 45.00),
    "介護保険料": (99.05, 18.62, 99.10, 19.44, 99.15, 20.50, 99.20, 22.00),
    "市営住宅使用料": (97.12, 15.30, 97.35, 16.88, 97.50, 18.00, 97.70, 20.00),
    "保育所保育料": (98.55, 20.12, 98.70, 21.36, 98.80, 22.50, 98.90, 24.00),
    "下水道使用料": (98.80, 35.40, 98.92, 36.10, 99.00, 37.00, 99.10, 38.50),
}

CSS = """
@font-face {font-family: min; src: url(ipaexm.ttf);}
@font-face {font-family: goth; src: url(ipaexg.ttf);}
body {font-family: min; font-size: 10pt; line-height: 1.45;}
h1 {font-family: goth; font-size: 17pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: goth; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: goth; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.ni {text-indent: 0;}
p.r {text-align: right; text-indent: 0; font-size: 9pt;}
p.note {text-indent: 0; font-size: 8.5pt;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 9pt; padding: 2pt 3pt;}
table.grid td, table.grid th {border: 0.6pt solid black;}
table.free td, table.free th {border: none;}
th {font-family: goth; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.b {font-family: goth;}
div.box {border: 0.8pt solid black; padding: 5pt 8pt; margin: 4pt 0 6pt 0;}
div.box p {text-indent: 0; margin: 0 0 2pt 0;}
"""


def table2_rows(rows, header: bool) -> str:
    h = ""
    if header:
        h = ("<tr><th>会計</th><th>款</th><th>債権名</th><th>令和4年度</th><th>令和5年度</th>"
             "<th>対前年度増減</th></tr>")
    body = []
    for kind, a, b, name, x, y in rows:
        cls = ' class="b"' if kind != "row" else ""
        body.append(f"<tr><td{cls}>{a}</td><td>{b}</td><td{cls}>{name}</td><td class=\"n\">{c(x)}</td>"
                    f"<td class=\"n\">{c(y)}</td><td class=\"n\">{c(y - x)}</td></tr>")
    return f'<table class="grid">{h}{"".join(body)}</table>'


def build():
    facts, inits = [], []
    F = facts.append
    # ---------- data derived ----------
    t1 = {}
    for y, (a, col, wo) in ALL.items():
        t1[y] = dict(a=a, c=col, wo=wo, os=a - col - wo, r=rate(col, a))
    # table 2 with 小計 per 会計 and 合計
    printed = []            # (kind, 会計 label, 款, name, R4, R5) kind: row / sub / total
    cur_acct, acc = None, [0, 0]
    accts = []
    for acct, kan, name, x, y in ROWS:
        if acct:
            if cur_acct:
                printed.append(("sub", "", "", f"{cur_acct}　小計", acc[0], acc[1]))
                accts.append((cur_acct, acc[:]))
            cur_acct, acc = acct, [0, 0]
        printed.append(("row", acct, kan, name, x, y))
        acc[0] += x
        acc[1] += y
    printed.append(("sub", "", "", f"{cur_acct}　小計", acc[0], acc[1]))
    accts.append((cur_acct, acc[:]))
    tot = [sum(r[3] for r in ROWS), sum(r[4] for r in ROWS)]
    printed.append(("total", "", "", "合計", tot[0], tot[1]))
    assert tot[1] // 1000000 == t1[2023]["os"] and round(tot[0] / 1e6) == t1[2022]["os"], (tot, t1[2023]["os"])

    zeisum = sum(r[4] for r in ROWS[:4])
    man = zeisum // 10000                     # 9億8,612万円
    kokuho = ROWS[12][4] // 10000             # 6億2,085万円余

    def oku_man(m: int) -> str:
        return (f"{m // 10000}億" if m >= 10000 else "") + (f"{m % 10000:,}万円" if m % 10000 else "円")

    os23 = t1[2023]["os"] * 1000000
    os23_txt = "約" + oku_man(round(t1[2023]["os"] / 1) * 100)       # 百万円 → 万円
    peak = 3810
    peak_txt = "約" + oku_man(peak * 100)
    # ---------- pages ----------
    p1 = f"""
<p class="r">令和7年3月</p>
<h1>{TITLE}</h1>
<p class="ni" style="text-align:center">（令和7年度～令和9年度）</p>
<p class="r">宮浜市 財務部 債権管理課</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成28年に宮浜市債権管理条例を制定し、令和4年度からの第1次計画に基づき、全庁的に収納率の向上と
収入未済額の縮減に取り組んできた。令和5年度決算における本市の収入未済額は、全会計で{os23_txt}となり、
ピーク時の平成26年度（{peak_txt}）から大きく縮減した。</p>
<p>一方で、私債権や非強制徴収公債権では、所管課ごとに管理の水準に差があり、長期化した債権も残っている。
第1次計画の成果と課題を踏まえ、引き続き市民負担の公平性を確保し、健全な財政運営に資するため、第2次計画を策定する。</p>
<h2>２　計画期間</h2>
<p>令和7年度から令和9年度までの3年間とする。社会経済情勢や関係法令の改正等により、必要に応じて見直しを行う。</p>
<h2>３　対象債権</h2>
<p>本市が保有する債権のうち、令和5年度決算において収入未済額が生じている債権（19債権）を対象とする。</p>
<h2>４　債権の状況</h2>
<h3>（1）全会計の収入状況の推移</h3>
<p class="r">（単位：百万円）</p>
<table class="free">
<tr><th style="text-align:left">年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収入率（％）</th></tr>
{''.join(f'<tr><td>{ALL_RAW[y]}</td><td class="n">{c(v["a"])}</td><td class="n">{c(v["c"])}</td><td class="n">{c(v["wo"])}</td><td class="n">{c(v["os"])}</td><td class="n">{pct(v["r"])}</td></tr>' for y, v in t1.items())}
</table>
<p class="note">※一般会計、特別会計及び公営企業会計の合計。百万円未満を四捨五入している。</p>
"""
    F(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", os23, "yen", os23_txt, 1, approx=True))
    F(fact(None, 2014, "平成26年度", "total", "outstanding", "actual", peak * 1000000, "yen", peak_txt, 1, approx=True))
    for y, v in t1.items():
        for metric, key in (("assessed", "a"), ("collected", "c"), ("written_off", "wo"), ("outstanding", "os")):
            F(fact(None, y, ALL_RAW[y], "total", metric, "actual", v[key] * 1000000, "yen", c(v[key]), 1, debt_raw="全会計"))
        F(fact(None, y, ALL_RAW[y], "total", "collection_rate", "actual", v["r"], "percent", pct(v["r"]), 1, debt_raw="全会計"))

    def t2_facts(rows, page):
        for kind, a, b, name, x, y in rows:
            if kind == "row":
                d, dr = name, name
            elif kind == "sub":
                d, dr = None, name.replace("　", "")
            else:
                d, dr = None, "合計"
            F(fact(d, 2022, "令和4年度", "total", "outstanding", "actual", x, "yen", c(x), page, debt_raw=dr))
            F(fact(d, 2023, "令和5年度", "total", "outstanding", "actual", y, "yen", c(y), page, debt_raw=dr))

    # split the printed table over pages 2 and 3 (cut after SPLIT printed lines)
    part1, part2 = printed[:SPLIT], printed[SPLIT:]
    p2 = f"""
<h3>（2）会計別・款別の収入未済額</h3>
<p>令和5年度決算における収入未済額を会計・款・債権ごとに示す。前年度と比べ、市税、国民健康保険税は減少したが、
生活保護費返還金は増加している。</p>
<p class="r">（単位：円）</p>
{table2_rows(part1, True)}
"""
    t2_facts(part1, 2)
    p3 = f"""
{table2_rows(part2, False)}
<p class="note">※下水道事業会計は、令和2年度から地方公営企業法を適用している。</p>
<h3>（3）主な債権の収納率の実績と目標</h3>
<p class="r">（単位：％）</p>
<table class="grid">
<tr><th rowspan="3">債権名</th><th colspan="4">実　績</th><th colspan="4">目　標</th></tr>
<tr><th colspan="2">令和4年度</th><th colspan="2">5年度</th><th colspan="2">令和7年度</th><th colspan="2">9年度</th></tr>
<tr>{'<th>現年度分</th><th>過年度分</th>' * 4}</tr>
{''.join('<tr><td>' + n + '</td>' + ''.join(f'<td class="n">{pct(v)}</td>' for v in vals) + '</tr>' for n, vals in RATES.items())}
</table>
<p class="note">※目標は計画期間の初年度（令和7年度）及び最終年度（令和9年度）の値。</p>
"""
    t2_facts(part2, 3)
    cols = [(2022, "令和4年度", "current", "actual"), (2022, "令和4年度", "arrears", "actual"),
            (2023, "5年度", "current", "actual"), (2023, "5年度", "arrears", "actual"),
            (2025, "令和7年度", "current", "target"), (2025, "令和7年度", "arrears", "target"),
            (2027, "9年度", "current", "target"), (2027, "9年度", "arrears", "target")]
    for n, vals in RATES.items():
        for (fy, fr, seg, basis), v in zip(cols, vals):
            F(fact(n, fy, fr, seg, "collection_rate", basis, v, "percent", pct(v), 3))

    zr = RATES["市税"]
    p4 = f"""
<h2>５　債権ごとの取組</h2>
<h3>（1）債権ごとの取組（市税）</h3>
<div class="box">
<p>【参考】市税の状況</p>
<p>・収入未済額：{oku_man(man)}（令和5年度）</p>
<p>・現年課税分収納率：{pct(zr[2])}％</p>
<p>・滞納繰越分収納率：{pct(zr[3])}％</p>
</div>
<p>市税の収入未済額は減少傾向にあるが、固定資産税・都市計画税の滞納繰越分に高額案件が残っている。
現年課税分の早期着手と、滞納繰越分の財産調査の徹底を柱とする。</p>
<p class="ni">①　督促状発送後の未納者に対し、SMS及び文書による一斉催告を年3回実施する。【継続】</p>
<p class="ni">②　預貯金等の電子照会を活用し、財産調査の期間を短縮する。【拡充】</p>
<p class="ni">③　滞納処分をすることができる財産がない案件は、執行停止を適正に行う。【継続】</p>
<h3>（2）債権ごとの取組（国民健康保険税）</h3>
<p>国民健康保険税の令和5年度の収入未済額は{oku_man(kokuho)}余で、前年度から減少した。
資格喪失後の未納が滞納繰越の主な要因となっている。</p>
<p class="ni">ア　資格喪失の届出時に未納額を案内し、納付書を交付する。</p>
<p class="ni" style="text-align:right">【新規】</p>
<p class="ni">イ　口座振替を原則とし、加入手続時に申込みを受け付ける。</p>
<p class="ni" style="text-align:right">【継続】</p>
<p class="ni">ウ　滞納額50万円以上の世帯は納税課と共同で滞納整理を行う。</p>
<p class="ni" style="text-align:right">【拡充】</p>
<h3>（3）債権ごとの取組（介護保険料）</h3>
<p class="ni">主な取組</p>
<p class="ni">・普通徴収の被保険者に口座振替を勧奨する。</p>
<p class="ni">・滞納による給付制限について、納付相談時に丁寧に説明する。</p>
<p class="ni">・2年の時効が近い滞納分を優先して催告する。</p>
"""
    F(fact("市税", 2023, "令和5年度", "total", "outstanding", "actual", man * 10000, "yen", oku_man(man), 4))
    F(fact("市税", 2023, "令和5年度", "current", "collection_rate", "actual", zr[2], "percent", f"{pct(zr[2])}％", 4))
    F(fact("市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", zr[3], "percent", f"{pct(zr[3])}％", 4))
    F(fact("国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", kokuho * 10000, "yen",
           oku_man(kokuho) + "余", 4, approx=True))
    sec = "債権ごとの取組"
    for lab, t, st in (("①", "督促状発送後の未納者に対し、SMS及び文書による一斉催告を年3回実施する。", "継続"),
                       ("②", "預貯金等の電子照会を活用し、財産調査の期間を短縮する。", "拡充"),
                       ("③", "滞納処分をすることができる財産がない案件は、執行停止を適正に行う。", "継続")):
        inits.append({"debt": "市税", "fiscal_year": 2025, "section": sec, "label": lab, "text": t, "status": st, "page": 4})
    for lab, t, st in (("ア", "資格喪失の届出時に未納額を案内し、納付書を交付する。", "新規"),
                       ("イ", "口座振替を原則とし、加入手続時に申込みを受け付ける。", "継続"),
                       ("ウ", "滞納額50万円以上の世帯は納税課と共同で滞納整理を行う。", "拡充")):
        inits.append({"debt": "国民健康保険税", "fiscal_year": 2025, "section": sec, "label": lab, "text": t,
                      "status": st, "page": 4})
    for t in ("普通徴収の被保険者に口座振替を勧奨する。", "滞納による給付制限について、納付相談時に丁寧に説明する。",
              "2年の時効が近い滞納分を優先して催告する。"):
        inits.append({"debt": "介護保険料", "fiscal_year": 2025, "section": "主な取組", "label": "・", "text": t,
                      "status": None, "page": 4})

    p5 = """
<h2>６　計画の推進体制</h2>
<p>副市長を会長とする宮浜市債権管理推進会議において、各債権の進捗を年2回確認する。債権管理課は、所管課への
ヒアリングを通じて課題を把握し、必要に応じて滞納整理の引継ぎや法的措置の助言を行う。</p>
<h2>７　進行管理</h2>
<p>各所管課は、毎年度の決算確定後に取組の実績と目標の達成状況を債権管理課に報告する。債権管理課はこれを取りまとめ、
推進会議に報告するとともに、市ホームページで公表する。</p>
"""
    make_pdf([p1, p2, p3, p4, p5])
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（令和7年度～令和9年度）",
                "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, document, facts, inits)


def make_pdf(chunks):
    arch = fitz.Archive()
    arch.add(fitz.Archive(FONTDIR))
    arch.add(fitz.Archive(GOTHDIR))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -60)
    tmp = PDF / f"{STEM}.tmp.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    for html in chunks:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            if more:
                raise RuntimeError("chunk overflowed one page: " + html[:60])
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="gth", fontfile=f"{GOTHDIR}/ipaexg.ttf")
        page.insert_text((400, 45), TITLE, fontname="gth", fontsize=8)
        page.draw_line((62, 52), (533, 52), width=0.5)
        page.insert_text((285, 810), f"－ {i + 1} －", fontname="gth", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()
    tmp.unlink()


if __name__ == "__main__":
    build()
    print(check(STEM))
