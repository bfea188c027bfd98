"""加古川市債権管理計画（令和７年度～令和９年度） — PyMuPDF Story (HTML) with drawn header/footer.

Amagasaki-style plan with one sheet per debt (5-year 調定額/収入済額/収納率 tables, 目標, 取組), as another city
prints it (wording after 廿日市市「第2次債権管理計画」 / 明石市「債権徴収計画」): years as rows with segment column
groups, unit only in a note, era-less years (2年度…5年度), 目標 | 主な取組 side-by-side headings over one table,
【参考】 one-cell box with label：value bullets, ア/イ/ウ items with tags after the 。 or on the next line,
section headings with the debt in parentheses, figures in running text.  Figures invented, consistent.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf as fitz

from e_common import F, I, PDF, comma, rate, write_gold

STEM = "e_kakogawa_plan_1"
CITY = "加古川市"
TITLE = "加古川市債権管理計画（令和７年度～令和９年度）"
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = ["令和元年度", "2年度", "3年度", "4年度", "5年度"]
PLAN = [2025, 2026, 2027]
PLAB = ["令和７年度", "令和８年度", "令和９年度"]


def seg_series(a_cur, r_cur, a_arr0, r_arr, w_pct):
    rows = []
    a_arr = a_arr0
    for i in range(5):
        c_cur = round(a_cur[i] * r_cur[i] / 100)
        c_arr = round(a_arr * r_arr[i] / 100)
        w = round(a_arr * w_pct)
        o = (a_cur[i] - c_cur) + (a_arr - c_arr - w)
        rows.append(dict(ac=a_cur[i], cc=c_cur, rc=rate(c_cur, a_cur[i]), aa=a_arr, ca=c_arr, w=w,
                         ra=rate(c_arr, a_arr), o=o))
        a_arr = o
    return rows


ZEI = seg_series([26_104_552, 26_388_120, 25_902_416, 26_540_338, 26_912_774], [98.62, 98.71, 98.85, 98.96, 99.05],
                 1_512_406, [24.1, 25.3, 26.8, 28.2, 29.5], 0.07)
KOKU = seg_series([4_812_330, 4_755_218, 4_690_412, 4_602_885, 4_498_130], [92.8, 93.1, 93.4, 93.6, 93.9],
                  1_204_552, [17.2, 18.0, 18.9, 19.6, 20.4], 0.09)
JU = []
for a, c, w in zip([702_118, 698_440, 695_002, 690_318, 688_905], [632_610, 632_802, 632_482, 631_640, 633_080],
                   [6_412, 5_890, 7_204, 4_318, 5_006]):
    JU.append(dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a)))
OTHERS = [("介護保険料", [62_118, 58_440, 55_201, 51_386, 48_902]),
          ("下水道使用料", [41_225, 39_880, 37_114, 35_902, 33_418]),
          ("その他", [212_406, 205_118, 198_730, 190_224, 184_615])]

CSS = """
@font-face {font-family: ipag; src: url(ipaexg.ttf);}
@font-face {font-family: ipam; src: url(ipaexm.ttf);}
body {font-family: ipam; font-size: 10pt; line-height: 1.35;}
h1 {font-family: ipag; font-size: 17pt; text-align: center; margin: 0;}
h2 {font-family: ipag; font-size: 12.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: ipag; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.c {text-align: center; text-indent: 0;}
p.r {text-align: right; text-indent: 0; font-size: 8.5pt; margin: 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1pt 3pt; font-size: 8.6pt; line-height: 1.25;}
th {white-space: nowrap; font-family: ipag; font-weight: normal; background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
td.l {text-align: left; vertical-align: top;}
"""


def page_html(body: str) -> str:
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def build():
    facts, inits = [], []
    pages = []

    def fact(*a, **k):
        facts.append(F(*a, **k))

    # ---------------- page 1 ----------------
    P = 1
    tot = [sum(x) for x in zip([r["o"] for r in ZEI], [r["o"] for r in KOKU], [r["o"] for r in JU],
                               *[v for _, v in OTHERS])]
    t19 = round(tot[0] * 1000, -5)
    t23 = round(tot[4] * 1000, -5)

    def okuman(y):
        oku, rest = divmod(y, 100_000_000)
        man = rest // 10_000
        return f"{oku}億{man:,}万円"

    body = f"""
<p class="c" style="font-size:12pt;margin-top:30pt">{'　'}</p>
<h1>加古川市債権管理計画</h1>
<p class="c" style="font-size:12pt">（令和７年度～令和９年度）</p>
<p class="c" style="font-size:11pt;margin-bottom:20pt">令和７年３月　加古川市</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成３０年４月に「加古川市債権管理条例」を施行し、市が保有する債権について、発生から消滅までの一連の事務を適正に行うための
全庁的な仕組みを整えてきました。また、第１期の計画（令和４年度～令和６年度）において債権ごとに目標徴収率を設定し、
債権所管課と納税課が連携して収納対策に取り組んできました。</p>
<p>その結果、令和５年度決算における本市の主な債権の収入未済額は約{okuman(t23)}となり、令和元年度の約{okuman(t19)}から
着実に縮減しています。しかしながら、国民健康保険税の滞納繰越分など、依然として徴収率が低い水準にとどまる債権もあることから、
第１期の取組を検証した上で、新たに令和７年度から令和９年度までの３か年を期間とする本計画を策定します。</p>
<h2>２　計画の位置付け</h2>
<p>本計画は、「加古川市行財政改革推進プラン」の歳入確保に関する取組を具体化するものであり、加古川市債権管理条例第６条に規定する
債権管理の計画として位置付けます。</p>
<h2>３　計画の期間</h2>
<p>令和７年度（2025年度）から令和９年度（2027年度）までの３年間とします。</p>
<h2>４　基本方針</h2>
<p>（１）現年度分の確実な収納による新たな滞納の発生防止</p>
<p>（２）滞納繰越分の計画的な整理と、回収が見込めない債権の適正な処理</p>
<p>（３）債権所管課の職員の知識・技能の向上と、納税課による支援体制の強化</p>
"""
    fact(None, 2023, "令和５年度", "total", "outstanding", "actual", t23, "yen", f"約{okuman(t23)}", P, approx=True)
    fact(None, 2019, "令和元年度", "total", "outstanding", "actual", t19, "yen", f"約{okuman(t19)}", P, approx=True)
    pages.append(body)

    # ---------------- page 2 : 収入未済額の推移 ----------------
    P = 2
    rows_html = ""
    series = [("市税", [r["o"] for r in ZEI]), ("国民健康保険税", [r["o"] for r in KOKU]),
              ("市営住宅使用料", [r["o"] for r in JU])] + OTHERS
    for name, vals in series + [("合計", tot)]:
        diff = vals[4] - vals[0]
        tds = "".join(f'<td class="n">{comma(v)}</td>' for v in vals)
        rows_html += f'<tr><td>{name}</td>{tds}<td class="n">{comma(diff)}</td></tr>'
        debt = None if name in ("その他", "合計") else name
        for fy, yl, v in zip(YEARS, YLAB, vals):
            fact(debt, fy, yl, "total", "outstanding", "actual", v * 1000, "yen", comma(v), P, debt_raw=name)
    ths = "".join(f"<th>{y}</th>" for y in YLAB)
    body = f"""
<h2>５　債権の状況</h2>
<h3>（１）主な債権の収入未済額の推移</h3>
<p class="r">（単位：千円）</p>
<table><tr><th>債権名</th>{ths}<th>増減<br/>(5年度－元年度)</th></tr>{rows_html}</table>
<p class="r" style="text-align:left">※各年度の決算額。「その他」は上記以外の債権（３２債権）の合計。△は減少を示す。</p>
<h3>（２）現状と課題</h3>
<p>市税は、現年課税分の徴収率が年々上昇し、滞納繰越分も着実に改善しています。一方、国民健康保険税は、被保険者の
所得水準が低いことなどから滞納繰越分の徴収率が２割前後にとどまっており、収入未済額の大部分を占めています。</p>
<p>非強制徴収公債権及び私債権では、市営住宅使用料の退去者分のように債務者の所在が把握できない事案が多く、
時効の管理や債権放棄を含めた適正な整理が課題となっています。</p>
<h3>（３）対象債権</h3>
<p>本計画では、収入未済額が大きく全庁の収納状況に与える影響の大きい市税、国民健康保険税及び市営住宅使用料の３債権について、
次ページ以降に債権ごとの目標と取組を定めます。その他の債権についても、債権所管課ごとに年度計画を作成し、進捗を管理します。</p>
"""
    pages.append(body)

    # ---------------- pages 3-4 : 市税, 国保 ----------------
    specs = [
        ("市税", "納税課", "強制徴収公債権", ZEI,
         {"current": [99.10, 99.15, 99.20], "arrears": [30.0, 31.0, 32.0]}, 3412, 1208,
         [("ア", "納期限後の督促状発送から１０日以内に電話及びＳＭＳによる早期催告を行う。", "継続", False),
          ("イ", "預貯金調査の電子照会を全件に拡大し、財産調査から差押えまでの期間を短縮する。", "拡充", True),
          ("ウ", "スマートフォン決済及び地方税統一ＱＲコードによる納付の周知を強化する。", "継続", False),
          ("エ", "高額・困難事案を兵庫県と共同で処理し、不動産公売を実施する。", "新規", True)]),
        ("国民健康保険税", "国民健康保険課", "強制徴収公債権", KOKU,
         {"current": [94.0, 94.2, 94.4], "arrears": [21.0, 22.0, 23.0]}, 2876, 544,
         [("ア", "新たに加入した世帯に対し、加入手続の際に口座振替の申込みを勧奨する。", "継続", False),
          ("イ", "納税課との合同滞納整理により、国保税と市税を併せて滞納している世帯の処理を一元化する。", "拡充", True),
          ("ウ", "生活困窮が認められる世帯には、執行停止の判断基準に基づき早期に処理を行う。", "新規", False)]),
    ]
    for k, (name, dept, kbn, S, targets, delinq, seiz, items) in enumerate(specs, 1):
        P += 1
        trs = ""
        for fy, yl, r in zip(YEARS, YLAB, S):
            trs += (f"<tr><td>{yl}</td><td class='n'>{comma(r['ac'])}</td><td class='n'>{comma(r['cc'])}</td>"
                    f"<td class='n'>{r['rc']:.2f}</td><td class='n'>{comma(r['aa'])}</td><td class='n'>{comma(r['ca'])}</td>"
                    f"<td class='n'>{comma(r['w'])}</td><td class='n'>{r['ra']:.2f}</td><td class='n'>{comma(r['o'])}</td></tr>")
            for seg, m, v, u, raw in (("current", "assessed", r["ac"], "yen", None), ("current", "collected", r["cc"], "yen", None),
                                      ("current", "collection_rate", r["rc"], "percent", None),
                                      ("arrears", "assessed", r["aa"], "yen", None), ("arrears", "collected", r["ca"], "yen", None),
                                      ("arrears", "written_off", r["w"], "yen", None),
                                      ("arrears", "collection_rate", r["ra"], "percent", None),
                                      ("total", "outstanding", r["o"], "yen", None)):
                if u == "yen":
                    fact(name, fy, yl, seg, m, "actual", v * 1000, "yen", comma(v), P)
                else:
                    fact(name, fy, yl, seg, m, "actual", v, "percent", f"{v:.2f}", P)
        last = S[-1]
        tgt_rows = ""
        for seg, lab in (("current", "現年課税分"), ("arrears", "滞納繰越分")):
            base = last["rc"] if seg == "current" else last["ra"]
            cells = f"<td class='n'>{base:.2f}％</td>"
            fact(name, 2023, "5年度", seg, "collection_rate", "actual", base, "percent", f"{base:.2f}％", P)
            for fy, pl, v in zip(PLAN, PLAB, targets[seg]):
                cells += f"<td class='n'>{v:.2f}％</td>"
                fact(name, fy, pl, seg, "collection_rate", "target", v, "percent", f"{v:.2f}％", P)
            tgt_rows += f"<tr><td>{lab}</td>{cells}</tr>"
        tori = ""
        for lab, txt, st, wrap in items:
            tag = f"<br/>【{st}】" if wrap else f"【{st}】"
            tori += f"{lab}　{txt}{tag}<br/>"
            inits.append(I(name, 2025, "主な取組", lab, txt, st, P))
        body = f"""
<h2>６－{k}　債権ごとの取組（{name}）</h2>
<table><tr><th style="width:14%">所管課</th><td style="white-space:nowrap">{dept}　　　　　　　　　　</td><th style="width:14%">債権区分</th><td style="white-space:nowrap">{kbn}</td></tr></table>
<h3>（１）徴収実績の推移</h3>
<p class="r">（単位：千円、％）</p>
<table>
<tr><th rowspan="2">年度</th><th colspan="3">現年課税分</th><th colspan="4">滞納繰越分</th><th rowspan="2">収入未済額</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>徴収率</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>徴収率</th></tr>
{trs}
</table>
<p class="r" style="text-align:left">※不納欠損額は滞納繰越分に計上。収入未済額は現年課税分と滞納繰越分の合計。</p>
<h3>（２）目標徴収率</h3>
<table>
<tr><th rowspan="2">区分</th><th>実　績</th><th colspan="3">目　標</th></tr>
<tr><th>5年度</th>{"".join(f"<th>{pl}</th>" for pl in PLAB)}</tr>
{tgt_rows}
</table>
<h3>（３）主な取組</h3>
<table><tr><td class="l">{tori}</td></tr></table>
<table style="margin-top:6pt"><tr><td class="l">【参考】令和５年度末の状況<br/>
・滞納者数：{delinq:,}人<br/>
・差押件数：{seiz:,}件<br/>
・収入未済額：{comma(last['o'])}千円</td></tr></table>
"""
        fact(name, 2023, "令和５年度末", "total", "delinquents", "actual", delinq, "persons", f"{delinq:,}人", P)
        fact(name, 2023, "令和５年度末", "total", "outstanding", "actual", last["o"] * 1000, "yen", f"{comma(last['o'])}千円", P)
        pages.append(body)

    # ---------------- page 5 : 市営住宅使用料 ----------------
    P += 1
    name = "市営住宅使用料"
    trs = ""
    for fy, yl, r in zip(YEARS, YLAB, JU):
        trs += (f"<tr><td>{yl}</td><td class='n'>{comma(r['a'])}</td><td class='n'>{comma(r['c'])}</td>"
                f"<td class='n'>{comma(r['w'])}</td><td class='n'>{comma(r['o'])}</td><td class='n'>{r['r']:.1f}</td></tr>")
        for m, key in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
            fact(name, fy, yl, "total", m, "actual", r[key] * 1000, "yen", comma(r[key]), P)
    # rates printed with 1 decimal here
    for fy, yl, r in zip(YEARS, YLAB, JU):
        rr = rate(r["c"], r["a"], 1)
        fact(name, fy, yl, "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}", P)
    trs = ""
    for fy, yl, r in zip(YEARS, YLAB, JU):
        rr = rate(r["c"], r["a"], 1)
        trs += (f"<tr><td>{yl}</td><td class='n'>{comma(r['a'])}</td><td class='n'>{comma(r['c'])}</td>"
                f"<td class='n'>{comma(r['w'])}</td><td class='n'>{comma(r['o'])}</td><td class='n'>{rr:.1f}</td></tr>")
    tg_rate = [92.0, 92.5, 93.0]
    tg_out = [52_000, 49_000, 46_000]
    ttr = ""
    for fy, pl, v, o in zip(PLAN, PLAB, tg_rate, tg_out):
        ttr += f"<tr><td>{pl}</td><td class='n'>{v:.1f}％</td><td class='n'>{o:,}千円</td></tr>"
        fact(name, fy, pl, "total", "collection_rate", "target", v, "percent", f"{v:.1f}％", P)
        fact(name, fy, pl, "total", "outstanding", "target", o * 1000, "yen", f"{o:,}千円", P)
    items = [("(1)", "滞納が２か月に達した入居者に対し、住宅管理員による訪問催告を行い、分納の相談につなげる。", "継続", False),
             ("(2)", "６か月以上の長期滞納者に対し、明渡し請求及び訴えの提起を計画的に行う。", "継続", False),
             ("(3)", "退去者の滞納分について、連帯保証人への請求を徹底し、所在不明者は債権放棄を含めて整理する。", "拡充", True)]
    tori = ""
    for lab, txt, st, wrap in items:
        tag = f"<br/>【{st}】" if wrap else f"【{st}】"
        tori += f"{lab}　{txt}{tag}<br/>"
        inits.append(I(name, 2025, "具体的な取組", lab, txt, st, P))
    body = f"""
<h2>６－３　債権ごとの取組（{name}）</h2>
<table><tr><th style="width:14%">所管課</th><td style="white-space:nowrap">住宅課　　　　　　　　　　</td><th style="width:14%">債権区分</th><td style="white-space:nowrap">私債権</td></tr></table>
<h3>（１）収納実績の推移</h3>
<p class="r">単位：千円（収納率は％）</p>
<table>
<tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{trs}
</table>
<p class="r" style="text-align:left">※現年度分と過年度分の合計。</p>
<h3>（２）目標</h3>
<table><tr><th>年度</th><th>収納率</th><th>収入未済額</th></tr>{ttr}</table>
<h3>（３）具体的な取組</h3>
<table><tr><td class="l">{tori}</td></tr></table>
<p style="text-indent:0;margin-top:8pt">※本計画の進捗は、毎年度の決算確定後に債権管理推進会議において点検し、その結果を市ホームページで公表します。</p>
"""
    pages.append(body)

    # ---------------- render ----------------
    arch = fitz.Archive()
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    out = PDF / f"{STEM}.pdf"
    W, H = fitz.paper_size("a4")
    where = fitz.Rect(56, 58, W - 56, H - 44)
    tmp = Path(out).with_suffix(".tmp.pdf")
    writer = fitz.DocumentWriter(str(tmp))
    for body in pages:
        story = fitz.Story(page_html(body), archive=arch)
        dev = writer.begin_page(fitz.Rect(0, 0, W, H))
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        assert not more, f"page overflow {pages.index(body)}"
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="ipag", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        pg.insert_text((W - 56 - 8.5 * 9, 40), "加古川市債権管理計画", fontname="ipag", fontsize=8.5)
        pg.draw_line((56, 46), (W - 56, 46), width=0.5)
        pg.insert_text((W / 2 - 12, H - 30), f"－ {i + 1} －", fontname="ipag", fontsize=9)
    doc.subset_fonts()
    doc.save(out, garbage=4, deflate=True)
    tmp.unlink()
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, out, document, facts, inits)


if __name__ == "__main__":
    build()
