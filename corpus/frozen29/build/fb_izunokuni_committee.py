"""伊豆の国市債権管理推進委員会 資料（取組個票, 16:9 slide deck） -> HTML -> chromium."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fb_common import WORK, c, chromium, fact, finish, initiative

STEM = "fb_izunokuni_committee_1"
CITY = "伊豆の国市"
TITLE = "令和７年度第２回伊豆の国市債権管理推進委員会"
AS9, AS9P = "2025-09-30", "2024-09-30"


def rate(a, b):
    return round(b / a * 100 + 1e-9, 2)


CSS = """
@page { size: 13.333in 7.5in; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; color: #1a1a1a; }
.slide { width: 13.333in; height: 7.5in; position: relative; page-break-after: always; overflow: hidden; background: #fff; }
.bar { position: absolute; left: 0; top: 0; width: 100%; height: 0.16in; background: #1f5c99; }
.ttl { position: absolute; left: 0.45in; top: 0.32in; font-size: 24pt; font-weight: bold; color: #1f3f66; }
.sub { position: absolute; right: 0.45in; top: 0.42in; font-size: 11pt; color: #555; }
.no { position: absolute; right: 0.35in; bottom: 0.18in; font-size: 10pt; color: #666; }
.foot { position: absolute; left: 0.45in; bottom: 0.18in; font-size: 9pt; color: #666; }
.box { position: absolute; border: 1.5px solid #1f5c99; border-radius: 6px; padding: 0.1in 0.15in; font-size: 12pt; line-height: 1.5; }
.box h3 { margin: 0 0 0.05in 0; font-size: 13pt; color: #1f5c99; }
.panel { position: absolute; background: #eef4fb; border-left: 8px solid #1f5c99; padding: 0.12in 0.2in; }
.panel .lab { font-size: 12pt; color: #333; }
.panel .big { font-size: 34pt; font-weight: bold; color: #1f3f66; margin: 0.02in 0; }
.panel .sm { font-size: 12pt; color: #333; }
table { border-collapse: collapse; font-size: 12.5pt; }
th, td { border: 1px solid #555; padding: 2px 6px; }
th { background: #d6e3f3; font-weight: bold; text-align: center; }
td.n { text-align: right; }
td.l { text-align: left; }
.unit { font-size: 9.5pt; text-align: right; }
.cap { font-size: 13pt; font-weight: bold; margin-bottom: 3px; color: #1f3f66; }
.hdrtbl td { font-size: 13pt; padding: 4px 10px; }
.hdrtbl td.k { background: #1f5c99; color: #fff; font-weight: bold; text-align: center; }
ul { margin: 0; padding-left: 1.1em; }
li { margin: 0.02in 0; }
.item { margin: 0.03in 0; padding-left: 1.3em; text-indent: -1.3em; }
"""

# ---------------------------------------------------------------- data (千円)
TAX = {"R6": {"current": (7284120, 7207446), "arrears": (402880, 96412)},
       "R7_9": {"current": (7352440, 4018226), "arrears": (372110, 62884)}}
KOKU_RATES = {"current": [("R4", 2022, 92.80), ("R5", 2023, 93.41), ("R6", 2024, 93.88)],
              "arrears": [("R4", 2022, 18.62), ("R5", 2023, 19.95), ("R6", 2024, 21.07)]}
KOKU_TGT = {"current": 94.20, "arrears": 22.00}
KOKU_YEARS = [("令和４年度", 2022, 1942880, 1505416, 361204), ("令和５年度", 2023, 1896440, 1486228, 341980),
              ("令和６年度", 2024, 1874120, 1491336, 318446)]
KAIGO = [("令和５年度決算", 2023, "actual", None, (1512540, 1502118), (46178, 9882)),
         ("令和６年度決算", 2024, "actual", None, (1537948, 1528406), (46158, 10224)),
         ("令和７年９月末", 2025, "interim", AS9, (1506780, 812440), (38846, 4102))]
HOIKU = {"current": ((182406, 176220), (180074, 173600), (2332, 2620)),
         "arrears": ((15880, 17112), (3412, 3006), (11446, 12626))}
SUMMARY = [  # debt, raw, 現年 (R6, R7目標, R7見込), 滞繰 (R6, R7目標, R7見込)
    ("市税", "市税", (None, 99.00, 99.02), (None, 24.50, 24.10)),
    ("国民健康保険料", "国民健康保険税", (93.88, 94.20, 94.05), (21.07, 22.00, 22.30)),
    ("介護保険料", "介護保険料", (None, 99.40, 99.45), (None, 22.50, 21.80)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (99.52, 99.60, 99.61), (45.10, 46.00, 46.20)),
    ("保育所保育料", "保育所保育料", (None, 98.80, 98.60), (None, 22.00, 22.40)),
    ("住宅使用料", "市営住宅使用料", (97.64, 97.80, 97.85), (12.88, 14.00, 13.10)),
]
TREND = [("R2", 2020, 1486), ("R3", 2021, 1402), ("R4", 2022, 1366), ("R5", 2023, 1310), ("R6", 2024, 1248)]


def slide(no, title, body, sub="令和７年度第２回 債権管理推進委員会　資料１"):
    return (f'<div class="slide"><div class="bar"></div><div class="ttl">{title}</div><div class="sub">{sub}</div>'
            f'{body}<div class="foot">伊豆の国市 財務部 収納課</div><div class="no">{no}</div></div>')


def hdr_table(debt, dept, kind, top="1.05in"):
    return (f'<table class="hdrtbl" style="position:absolute;left:0.45in;top:{top};width:12.4in">'
            f'<tr><td class="k" style="width:1.3in">債権名</td><td style="width:4in">{debt}</td>'
            f'<td class="k" style="width:1.3in">所管課</td><td style="width:2.4in">{dept}</td>'
            f'<td class="k" style="width:1.1in">区分</td><td>{kind}</td></tr></table>')


def items_box(items, left, top, width, height, title="【取組】"):
    html = [f'<div class="box" style="left:{left};top:{top};width:{width};height:{height}"><h3>{title}</h3>']
    for lab, t, tag in items:
        html.append(f'<div class="item">{lab}{t}{("【" + tag + "】") if tag else ""}</div>')
    html.append("</div>")
    return "".join(html)


def build():
    facts, inits = [], []
    S = []
    # ------------------------------------------------------------ 1 cover
    S.append('<div class="slide"><div class="bar" style="height:0.5in"></div>'
             '<div style="position:absolute;left:1in;top:2.1in;font-size:30pt;font-weight:bold;color:#1f3f66">'
             '令和７年度 第２回<br>伊豆の国市債権管理推進委員会</div>'
             '<div style="position:absolute;left:1in;top:4.2in;font-size:18pt">資料１　主要債権の取組個票（令和７年９月末現在）</div>'
             '<div style="position:absolute;left:1in;top:5.6in;font-size:14pt">令和７年１０月２８日（火）<br>財務部 収納課</div>'
             '<div class="no">1</div></div>')
    # ------------------------------------------------------------ 2 overview: panels + chart
    pg = 2
    r6_out, r5_out = 1248020, 1310320   # 千円
    d_out = r6_out - r5_out
    panels = [
        ("収入未済額（令和６年度決算）", "約12億4,800万円", "前年度比 ▲6,230万円"),
        ("市税等の収納率（令和６年度決算）", "95.86％", "（前年度 95.41％）"),
        ("現年度分収納率（令和７年９月末）", "55.12％", "前年同月比 0.8ポイント増"),
    ]
    facts += [
        fact(None, None, 2024, "令和６年度", "total", "outstanding", "actual", 1248000000, "yen", "約12億4,800万円", pg, approx=True),
        fact(None, None, 2024, "令和６年度", "total", "difference", "actual", -62300000, "yen", "▲6,230万円", pg),
        fact(None, "市税等", 2024, "令和６年度", "total", "collection_rate", "actual", 95.86, "percent", "95.86％", pg),
        fact(None, "市税等", 2023, "前年度", "total", "collection_rate", "actual", 95.41, "percent", "95.41％", pg),
        fact(None, None, 2025, "令和７年", "current", "collection_rate", "interim", 55.12, "percent", "55.12％", pg, as_of=AS9),
        fact(None, None, 2025, "令和７年", "current", "difference", "interim", 0.8, "points", "0.8ポイント", pg, as_of=AS9),
    ]
    body = ""
    for i, (lab, big, sm) in enumerate(panels):
        body += (f'<div class="panel" style="left:0.45in;top:{1.15 + i * 1.95}in;width:4.6in;height:1.7in">'
                 f'<div class="lab">{lab}</div><div class="big">{big}</div><div class="sm">{sm}</div></div>')
    # bar chart (vector SVG)
    cw, ch = 600, 380
    x0, y0, bw = 70, 330, 70
    svg = [f'<svg width="{cw}" height="{ch}" viewBox="0 0 {cw} {ch}" xmlns="http://www.w3.org/2000/svg" '
           'style="font-family:IPAexGothic">',
           f'<text x="{cw/2}" y="22" text-anchor="middle" font-size="17" font-weight="bold">収入未済額の推移（単位：百万円）</text>',
           f'<line x1="{x0-10}" y1="{y0}" x2="{cw-20}" y2="{y0}" stroke="#333" stroke-width="1.2"/>']
    for gv in (500, 1000, 1500):
        gy = y0 - gv * 0.18
        svg.append(f'<line x1="{x0-10}" y1="{gy}" x2="{cw-20}" y2="{gy}" stroke="#ccc" stroke-width="0.6"/>')
        svg.append(f'<text x="{x0-16}" y="{gy+4}" text-anchor="end" font-size="11" fill="#666">{gv:,}</text>')
    for i, (lab, fy, v) in enumerate(TREND):
        x = x0 + 20 + i * 100
        h = v * 0.18
        svg.append(f'<rect x="{x}" y="{y0-h}" width="{bw}" height="{h}" fill="{"#1f5c99" if i == 4 else "#8fb3d9"}"/>')
        svg.append(f'<text x="{x+bw/2}" y="{y0-h-6}" text-anchor="middle" font-size="14" font-weight="bold">{v:,}</text>')
        svg.append(f'<text x="{x+bw/2}" y="{y0+20}" text-anchor="middle" font-size="14">{lab}</text>')
        facts.append(fact(None, None, fy, lab, "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}", pg))
    svg.append("</svg>")
    body += f'<div style="position:absolute;left:5.6in;top:1.2in">{"".join(svg)}</div>'
    body += ('<div style="position:absolute;left:5.7in;top:5.4in;font-size:10pt;color:#444">'
             '※ 一般会計及び特別会計（国民健康保険・介護保険・後期高齢者医療）の合計。企業会計を除く。</div>')
    S.append(slide(pg, "市全体の状況", body))

    # ------------------------------------------------------------ 3 市税 個票: two heading blocks side by side
    pg = 3
    body = hdr_table("市税", "収納課", "強制徴収公債権")
    rows = []
    tots = {}
    for per in ("R7_9", "R6"):
        a = sum(TAX[per][s][0] for s in ("current", "arrears")); b = sum(TAX[per][s][1] for s in ("current", "arrears"))
        tots[per] = (a, b)
    t = ['<div style="position:absolute;left:0.45in;top:1.75in;width:7.4in">',
         '<div class="cap">収納状況</div><div class="unit">（単位：千円、％）</div>',
         '<table style="width:100%"><tr><th rowspan="2">区分</th><th colspan="3">９月末時点（令和７年）</th>'
         '<th colspan="3">令和６年度決算</th></tr><tr>' + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 + "</tr>"]
    for seg, segj in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")):
        cells = [f"<td class='l'>{segj}</td>"]
        for per, basis, fy, fyr, asof in (("R7_9", "interim", 2025, "令和７年", AS9), ("R6", "actual", 2024, "令和６年度", None)):
            a, b = tots[per] if seg == "total" else TAX[per][seg]
            r = rate(a, b)
            cells += [f"<td class='n'>{c(a)}</td>", f"<td class='n'>{c(b)}</td>", f"<td class='n'>{r:.2f}</td>"]
            facts += [fact("市税", "市税", fy, fyr, seg, "assessed", basis, a * 1000, "yen", c(a), pg, as_of=asof),
                      fact("市税", "市税", fy, fyr, seg, "collected", basis, b * 1000, "yen", c(b), pg, as_of=asof),
                      fact("市税", "市税", fy, fyr, seg, "collection_rate", basis, r, "percent", f"{r:.2f}", pg, as_of=asof)]
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</table>")
    t.append('<div style="font-size:10pt;margin-top:6px">※ ９月末時点の調定額には、法人市民税の予定申告分を含む。</div></div>')
    body += "".join(t)
    items = [("①", "納期限後２０日以内に督促状を発送し、未納者へ電話催告を行う。", "継続"),
             ("②", "初期滞納者へのＳＭＳ催告を、毎月の納期限後に実施する。", "拡充"),
             ("③", "静岡地方税滞納整理機構へ高額・困難事案を引き継ぐ。", "継続"),
             ("④", "給与照会・預貯金照会の電子化により、差押えまでの期間を短縮する。", "新規")]
    body += items_box([(a, b, c_) for a, b, c_ in items], "8.2in", "1.75in", "4.65in", "5.1in")
    for lab, tx, tag in items:
        inits.append(initiative("市税", 2025, "取組", lab, tx + f"【{tag}】", tag, pg))
    S.append(slide(pg, "取組個票（１）", body))

    # ------------------------------------------------------------ 4 国保 個票: metric-in-row table + year-rows table
    pg = 4
    body = hdr_table("国民健康保険税", "保険年金課", "強制徴収公債権")
    t = ['<div style="position:absolute;left:0.45in;top:1.75in;width:5.7in">',
         '<div class="cap">収納率の推移</div><div class="unit">（単位：％）</div><table style="width:100%">']
    for seg, segj in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        t.append(f'<tr><th colspan="5" style="text-align:left;background:#eef4fb">{segj}</th></tr>')
        t.append("<tr><th>区分</th>" + "".join(f"<th>{y}</th>" for y, _, _ in KOKU_RATES[seg]) + "<th>R7目標</th></tr>")
        t.append("<tr><td class='l'>収納率</td>" + "".join(f"<td class='n'>{v:.2f}</td>" for _, _, v in KOKU_RATES[seg])
                 + f"<td class='n'>{KOKU_TGT[seg]:.2f}</td></tr>")
        for y, fy, v in KOKU_RATES[seg]:
            facts.append(fact("国民健康保険料", "国民健康保険税", fy, y, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", pg))
        facts.append(fact("国民健康保険料", "国民健康保険税", 2025, "R7目標", seg, "collection_rate", "target", KOKU_TGT[seg], "percent",
                          f"{KOKU_TGT[seg]:.2f}", pg))
    t.append("</table></div>")
    t.append('<div style="position:absolute;left:6.45in;top:1.75in;width:6.4in">'
             '<div class="cap">調定額・収入済額（現年度分＋滞納繰越分）</div><div class="unit">（単位：千円）</div>'
             '<table style="width:100%"><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>収入未済額</th></tr>')
    for y, fy, a, b, o in KOKU_YEARS:
        t.append(f"<tr><td class='l'>{y}</td><td class='n'>{c(a)}</td><td class='n'>{c(b)}</td><td class='n'>{c(o)}</td></tr>")
        for met, v in (("assessed", a), ("collected", b), ("outstanding", o)):
            facts.append(fact("国民健康保険料", "国民健康保険税", fy, y, "total", met, "actual", v * 1000, "yen", c(v), pg))
    t.append("</table></div>")
    body += "".join(t)
    items = [("(1)", "資格取得の届出時に、口座振替の申込みを原則として受け付ける。", "継続"),
             ("(2)", "滞納繰越分は、財産調査の結果に基づき速やかに差押えを行う。", "継続"),
             ("(3)", "資格喪失世帯の滞納について、転出先への文書催告を年２回行う。", "新規")]
    body += items_box(items, "6.45in", "4.25in", "6.4in", "2.55in", "【取組】")
    for lab, tx, tag in items:
        inits.append(initiative("国民健康保険料", 2025, "取組", lab, tx + f"【{tag}】", tag, pg))
    S.append(slide(pg, "取組個票（２）", body))

    # ------------------------------------------------------------ 5 介護 個票: two figures stacked in one cell
    pg = 5
    body = hdr_table("介護保険料", "長寿介護課", "強制徴収公債権")
    t = ['<div style="position:absolute;left:0.45in;top:1.75in;width:7.3in">',
         '<div class="cap">収入済額及び収納率</div><div class="unit">上段：収入済額（千円）／下段：収納率（％）</div>',
         '<table style="width:100%"><tr><th>区分</th>' + "".join(f"<th>{k[0]}</th>" for k in KAIGO) + "</tr>"]
    for seg, segj, idx in (("current", "現年度分", 4), ("arrears", "滞納繰越分", 5)):
        cells = [f"<td class='l'>{segj}</td>"]
        for lab, fy, basis, asof, cur, arr in KAIGO:
            a, b = cur if seg == "current" else arr
            r = rate(a, b)
            cells.append(f"<td class='n'>{c(b)}<br>{r:.2f}</td>")
            facts.append(fact("介護保険料", "介護保険料", fy, lab, seg, "collected", basis, b * 1000, "yen", c(b), pg, as_of=asof))
            facts.append(fact("介護保険料", "介護保険料", fy, lab, seg, "collection_rate", basis, r, "percent", f"{r:.2f}", pg, as_of=asof))
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</table>")
    t.append('<div style="font-size:10pt;margin-top:6px">※ 特別徴収分を含む。令和７年９月末は、同時点の調定額に対する収納率。</div></div>')
    body += "".join(t)
    items = [("ア", "普通徴収の被保険者に対し、年金支給月に合わせて納付案内を送付する。", "継続"),
             ("イ", "滞納が続く被保険者に、給付制限の内容を個別に説明する。", "継続"),
             ("ウ", "６５歳到達時の通知に、Ｗｅｂ口座振替の二次元コードを掲載する。", "新規")]
    body += items_box([(a + "　", b, c_) for a, b, c_ in items], "8.1in", "1.75in", "4.75in", "4.9in")
    for lab, tx, tag in items:
        inits.append(initiative("介護保険料", 2025, "取組", lab, tx + f"【{tag}】", tag, pg))
    S.append(slide(pg, "取組個票（３）", body))

    # ------------------------------------------------------------ 6 保育料 個票: previous value in the same cell
    pg = 6
    body = hdr_table("保育所保育料", "こども家庭課", "非強制徴収公債権")
    t = ['<div style="position:absolute;left:0.45in;top:1.75in;width:8.3in">',
         '<div class="cap">令和６年度決算</div><div class="unit">（単位：千円、％）</div>',
         '<table style="width:100%"><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th></tr>']
    for seg, segj in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        (a, ap), (b, bp), (o, op) = HOIKU[seg]
        r, rp = rate(a, b), rate(ap, bp)
        t.append(f"<tr><td class='l'>{segj}</td><td class='n'>{c(a)}（前年度 {c(ap)}）</td>"
                 f"<td class='n'>{c(b)}（前年度 {c(bp)}）</td><td class='n'>{c(o)}（前年度 {c(op)}）</td>"
                 f"<td class='n'>{r:.2f}（{rp:.2f}）</td></tr>")
        for met, v, vp in (("assessed", a, ap), ("collected", b, bp), ("outstanding", o, op)):
            facts.append(fact("保育所保育料", "保育所保育料", 2024, "令和６年度", seg, met, "actual", v * 1000, "yen", c(v), pg))
            facts.append(fact("保育所保育料", "保育所保育料", 2023, "前年度", seg, met, "actual", vp * 1000, "yen", c(vp), pg))
        facts.append(fact("保育所保育料", "保育所保育料", 2024, "令和６年度", seg, "collection_rate", "actual", r, "percent", f"{r:.2f}", pg))
        facts.append(fact("保育所保育料", "保育所保育料", 2023, None, seg, "collection_rate", "actual", rp, "percent", f"（{rp:.2f}）", pg))
    t.append("</table>")
    t.append('<div style="font-size:10pt;margin-top:6px">※ 収入未済額は、不納欠損額を控除した額。（　）内は令和５年度決算。</div></div>')
    body += "".join(t)
    items = [("①", "児童手当からの特別徴収（申出徴収）の同意を入園時に得る。", "継続"),
             ("②", "滞納２か月目に保護者面談を行い、分納計画を作成する。", "拡充"),
             ("③", "卒園後の滞納について、支払督促を計画的に申し立てる。", None)]
    body += items_box(items, "0.45in", "4.35in", "8.3in", "2.45in")
    for lab, tx, tag in items:
        inits.append(initiative("保育所保育料", 2025, "取組", lab, tx + (f"【{tag}】" if tag else ""), tag, pg))
    S.append(slide(pg, "取組個票（４）", body))

    # ------------------------------------------------------------ 7 参考: no-debt page after a debt page
    pg = 7
    body = ('<div class="box" style="left:0.45in;top:1.2in;width:6.1in;height:3.1in"><h3>【参考】Ｗｅｂ口座振替受付サービス</h3>'
            '<ul><li>導入時期：令和６年４月</li><li>対象債権：市税、国民健康保険税、介護保険料、保育所保育料</li>'
            '<li>登録件数：1,842件（前年度 1,126件）</li><li>手数料：１件当たり 22円</li></ul></div>'
            '<div class="box" style="left:6.8in;top:1.2in;width:6.05in;height:3.1in"><h3>【参考】スマートフォン決済</h3>'
            '<ul><li>導入時期：令和５年４月</li><li>利用件数：12,406件（前年度 9,880件）</li>'
            '<li>利用可能な決済：PayPay、d払い、au PAY、楽天ペイ</li></ul></div>'
            '<div style="position:absolute;left:0.45in;top:4.55in;width:12.4in"><div class="cap">納付方法別の納付件数（令和６年度）</div>'
            '<div class="unit">（単位：件）</div><table style="width:100%"><tr><th>納付方法</th><th>窓口・金融機関</th>'
            '<th>コンビニエンスストア</th><th>口座振替</th><th>スマートフォン決済</th><th>計</th></tr>'
            '<tr><td class="l">件数</td><td class="n">38,204</td><td class="n">61,880</td><td class="n">104,226</td>'
            '<td class="n">12,406</td><td class="n">216,716</td></tr></table></div>')
    S.append(slide(pg, "納付環境の整備状況", body))

    # ------------------------------------------------------------ 8 summary: debts as rows, segment x period groups, ○/×
    pg = 8
    tax_r6 = {s: rate(*TAX["R6"][s]) for s in ("current", "arrears")}
    kai_r6 = {"current": rate(*KAIGO[1][4]), "arrears": rate(*KAIGO[1][5])}
    hoi_r6 = {s: rate(HOIKU[s][0][0], HOIKU[s][1][0]) for s in ("current", "arrears")}
    fill = {"市税": tax_r6, "介護保険料": kai_r6, "保育所保育料": hoi_r6}
    t = ['<div style="position:absolute;left:0.45in;top:1.2in;width:12.4in">',
         '<div class="cap">主要債権の目標と達成見込み（収納率）</div><div class="unit">（単位：％）</div>',
         '<table style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="4">現年度分</th><th colspan="4">滞納繰越分</th></tr>'
         '<tr>' + "<th>R6実績</th><th>R7目標</th><th>R7見込</th><th>達成見込</th>" * 2 + "</tr>"]
    for debt, raw, cur, arr in SUMMARY:
        cells = [f"<td class='l'>{raw}</td>"]
        for seg, (r6, tg, es) in (("current", cur), ("arrears", arr)):
            if r6 is None:
                r6 = fill[debt][seg]
            ok = "○" if es >= tg else "×"
            cells += [f"<td class='n'>{r6:.2f}</td>", f"<td class='n'>{tg:.2f}</td>", f"<td class='n'>{es:.2f}</td>",
                      f"<td style='text-align:center'>{ok}</td>"]
            facts += [fact(debt, raw, 2024, "R6実績", seg, "collection_rate", "actual", r6, "percent", f"{r6:.2f}", pg),
                      fact(debt, raw, 2025, "R7目標", seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}", pg),
                      fact(debt, raw, 2025, "R7見込", seg, "collection_rate", "estimate", es, "percent", f"{es:.2f}", pg)]
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</table><div style='font-size:10pt;margin-top:6px'>※ R7見込は、９月末の実績と前年度の月別推移から推計した。"
             "達成見込欄は、見込が目標以上のものを○、目標未満のものを×とした。</div></div>")
    body = "".join(t)
    S.append(slide(pg, "令和７年度の目標と達成見込み", body))

    html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(S)}</body></html>"
    hp = WORK / f"{STEM}.html"
    hp.write_text(html, encoding="utf-8")
    raw_pdf = chromium(hp, WORK / f"{STEM}_raw.pdf")
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2025-10-28",
                "date_raw": "令和７年１０月２８日（火）"}
    return finish(STEM, raw_pdf, document, facts, inits, meta={"title": TITLE, "author": "伊豆の国市財務部収納課"})


if __name__ == "__main__":
    build()
