"""qu_aizumi_committee_1: 藍住町債権管理対策会議 資料（取組個票）, HTML/CSS -> chromium --print-to-pdf.
Run from corpus/frozen52:  python3 build/qu_aizumi_committee_1.py"""
import subprocess
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qu_common import G, cm, r2, sgn, PDF, WORK, GOTHIC, MINCHO  # noqa: E402

STEM = "qu_aizumi_committee_1"
TOWN = "藍住町"
g = G(STEM, "committee_material", "kobetsu", TOWN, "令和７年度 第１回藍住町債権管理対策会議 資料", "2025-07-15",
      "令和７年７月１５日（火）")
RUN = "令和７年度 第１回藍住町債権管理対策会議 資料"

# (printed full name, short name in tables, canonical, 所管課, 区分, {fy: (Ac, Cc, Aa, Ca, W)} 千円, targets {fy: (rate, outstanding 千円)})
DEBTS = [
    ("町税", "町税", "町税", "税務課", "強制徴収公債権",
     {2022: (3921480, 3884117, 141236, 30418, 6012), 2023: (3987215, 3951804, 130212, 31240, 5384),
      2024: (4012364, 3980221, 118618, 30996, 4418)},
     {2025: (97.30, 108000), 2026: (97.50, 101000)}),
    ("国民健康保険税", "国保税", "国民健康保険税", "保険年金課", "強制徴収公債権",
     {2022: (712506, 679148, 168402, 31226, 9871), 2023: (695114, 664920, 158663, 33510, 8806),
      2024: (684228, 655963, 146541, 34206, 7122)},
     {2025: (83.50, 125000), 2026: (84.00, 118000)}),
    ("介護保険料", "介護料", "介護保険料", "長寿社会課", "強制徴収公債権",
     {2022: (812374, 806215, 18822, 3517, 1874), 2023: (826110, 820604, 19578, 3804, 1706),
      2024: (841936, 836740, 19174, 4128, 1562)},
     {2025: (97.80, 18000), 2026: (97.90, 17500)}),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権",
     {2022: (402117, 400208, 4818, 1203, 322), 2023: (418446, 416470, 5104, 1416, 296),
      2024: (437820, 435712, 5324, 1562, 274)},
     {2025: (98.75, 5000), 2026: (98.80, 4800)}),
    ("保育所保育料", "保育料", "保育料", "こども未来課", "強制徴収公債権",
     {2022: (98214, 96911, 8210, 1106, 412), 2023: (92116, 90984, 7996, 1212, 388),
      2024: (88452, 87412, 7430, 1290, 356)},
     {2025: (92.80, 6800), 2026: (93.20, 6300)}),
    ("町営住宅使用料", "住宅使用料", "町営住宅使用料", "建設課", "私債権",
     {2022: (61408, 59262, 14212, 1630, 518), 2023: (60214, 58340, 14180, 1722, 446),
      2024: (59830, 58102, 13860, 1804, 402)},
     {2025: (81.80, 12900), 2026: (82.50, 12200)}),
]


def calc(v):
    ac, cc, aa, ca, w = v
    return dict(ac=ac, cc=cc, aa=aa, ca=ca, w=w, rc=r2(cc / ac * 100), ra=r2(ca / aa * 100), a=ac + aa, c=cc + ca,
                r=r2((cc + ca) / (ac + aa) * 100), o=ac + aa - cc - ca - w)


YRAW = {2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7", 2026: "R8"}
pages = []


def F(raw, value, unit, metric, fy, fyr, seg="total", basis="actual", debt=None, debt_raw=None, **k):
    return g.f(raw, value, unit, metric, fy, fyr, seg, basis, debt, debt_raw, **k)


def new_page(body, cls=""):
    pages.append(f'<div class="page {cls}"><div class="run">{RUN}</div>{body}'
                 f'<div class="foot">- {len(pages) + 1} -</div></div>')
    g.page = len(pages) + 1


# ------------------------------------------------------------------ page 1: 次第・名簿
g.page = 1
p = ['<div class="cover"><div class="date">令和７年７月１５日（火）午後１時３０分～<br>藍住町役場 ３階 大会議室</div>',
     '<h1>令和７年度 第１回<br>藍住町債権管理対策会議</h1><h2 class="c">次　　第</h2>',
     '<ol class="agenda"><li>開　会</li><li>副町長あいさつ</li><li>議　題<br>（１）令和６年度 主要債権の収納状況について'
     '　…　資料１<br>（２）令和７年度 債権別取組個票について　…　資料２<br>（３）その他</li><li>閉　会</li></ol>',
     '<h3>藍住町債権管理対策会議 委員名簿</h3><table class="grid names"><tr><th>役職</th><th>職名</th><th>所管債権</th></tr>']
for role, title, deb in [("委員長", "副町長", "－"), ("副委員長", "総務部長", "町税"), ("委員", "健康福祉部長", "国民健康保険税ほか"),
                         ("委員", "こども・子育て支援部長", "保育所保育料"), ("委員", "建設部長", "町営住宅使用料"),
                         ("委員", "上下水道部長", "下水道使用料"), ("事務局", "税務課", "－")]:
    p.append(f"<tr><td>{role}</td><td>{title}</td><td>{deb}</td></tr>")
p.append("</table></div>")
new_page("".join(p))

# ------------------------------------------------------------------ page 2: 資料1 summary
FY = 2024
tot = dict(ac=0, cc=0, aa=0, ca=0, w=0)
rows = []
for full, short, canon, dept, kub, hist, tg in DEBTS:
    d = calc(hist[FY])
    for k in tot:
        tot[k] += d[k]
    kw = dict(debt=canon, debt_raw=short)
    cells = [short]
    for seg, a, c, r in [("current", d["ac"], d["cc"], d["rc"]), ("arrears", d["aa"], d["ca"], d["ra"]),
                         ("total", d["a"], d["c"], d["r"])]:
        cells += [F(cm(a), a * 1000, "yen", "assessed", FY, "令和６年度", seg, **kw),
                  F(cm(c), c * 1000, "yen", "collected", FY, "令和６年度", seg, **kw),
                  F(f"{r:.2f}", r, "percent", "collection_rate", FY, "令和６年度", seg, **kw)]
    rows.append(cells)
T = calc((tot["ac"], tot["cc"], tot["aa"], tot["ca"], tot["w"]))
cells = ["計"]
for seg, a, c, r in [("current", T["ac"], T["cc"], T["rc"]), ("arrears", T["aa"], T["ca"], T["ra"]),
                     ("total", T["a"], T["c"], T["r"])]:
    cells += [F(cm(a), a * 1000, "yen", "assessed", FY, "令和６年度", seg, debt_raw="計"),
              F(cm(c), c * 1000, "yen", "collected", FY, "令和６年度", seg, debt_raw="計"),
              F(f"{r:.2f}", r, "percent", "collection_rate", FY, "令和６年度", seg, debt_raw="計")]
rows.append(cells)

# panels
tz = calc(DEBTS[0][5][2024]); tz0 = calc(DEBTS[0][5][2023])
allo = {fy: sum(calc(d[5][fy])["o"] for d in DEBTS) for fy in (2022, 2023, 2024)}
kk = calc(DEBTS[1][5][2024]); kk0 = calc(DEBTS[1][5][2023])
p = ['<div class="shiryo">資料１</div><h2>１　令和６年度 主要債権の収納状況</h2>', '<div class="panels">',
     '<div class="panel"><div class="pl">町税 収納率<span>（令和６年度）</span></div><div class="pv">',
     F(f"{tz['r']:.2f}％", tz["r"], "percent", "collection_rate", FY, "令和６年度", "total", debt="町税"),
     '</div><div class="pd">前年度比 ', F(f"＋{r2(tz['r'] - tz0['r']):.2f}ポイント", r2(tz["r"] - tz0["r"]), "points",
                                         "difference", FY, "令和６年度", "total", debt="町税"), '</div></div>',
     '<div class="panel"><div class="pl">国保税 収納率<span>（令和６年度）</span></div><div class="pv">',
     F(f"{kk['r']:.2f}％", kk["r"], "percent", "collection_rate", FY, "令和６年度", "total", debt="国民健康保険税",
       debt_raw="国保税"),
     '<sup>※2</sup></div><div class="pd">前年度比 ', F(f"＋{r2(kk['r'] - kk0['r']):.2f}ポイント", r2(kk["r"] - kk0["r"]), "points",
                                         "difference", FY, "令和６年度", "total", debt="国民健康保険税", debt_raw="国保税"),
     '</div></div>',
     '<div class="panel"><div class="pl">収入未済額（６債権計）<span>（令和６年度末）</span></div><div class="pv">',
     F(f"{allo[2024] / 100000:.2f}億円", round(allo[2024] / 100000, 2) * 1e8, "yen", "outstanding", FY, "令和６年度末",
       "total"),
     '</div><div class="pd">前年度比 ', F(f"△{(allo[2023] - allo[2024]) / 100000:.2f}億円",
                                         -round((allo[2023] - allo[2024]) / 100000, 2) * 1e8, "yen", "difference", FY,
                                         "令和６年度末", "total"), '</div></div></div>']
p.append('<div class="cap"><span>（１）債権別の収納状況（令和６年度決算）</span><span class="unit">（単位：千円、％）</span></div>')
p.append('<table class="zebra sum"><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>'
         '<th colspan="3">計</th></tr><tr>' + "<th>調定額※1</th><th>収入済額</th><th>収納率</th>"
         + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 + "</tr>")
for i, r in enumerate(rows):
    cls = ' class="totrow"' if i == len(rows) - 1 else ""
    p.append(f"<tr{cls}><td class='l'>{r[0]}</td>" + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>")
p.append("</table>")
p.append('<div class="note">※1 現年度分の調定額は、出納閉鎖日（令和７年５月３１日）現在の額。　※2 国保税の収納率は現年度分と滞納繰越分の合計。</div>')
p.append('<div class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、'
         '住宅使用料＝町営住宅使用料。収納率は収入済額÷調定額×100。</div>')

# table 2: outstanding per year, debts as columns, with 増減 and 前年度比 (ratio)
p.append('<div class="cap"><span>（２）収入未済額の推移（各年度末）</span><span class="unit">（単位：千円）</span></div>')
hdr = "".join(f"<th>{d[1]}</th>" for d in DEBTS) + "<th>合計</th>"
p.append(f'<table class="grid sum2"><tr><th>年度</th>{hdr}</tr>')
for fy in (2022, 2023, 2024):
    yr = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}[fy]
    tds = "".join("<td>" + F(cm(calc(d[5][fy])["o"]), calc(d[5][fy])["o"] * 1000, "yen", "outstanding", fy, yr, "total",
                             debt=d[2], debt_raw=d[1]) + "</td>" for d in DEBTS)
    tds += "<td>" + F(cm(allo[fy]), allo[fy] * 1000, "yen", "outstanding", fy, yr, "total", debt_raw="合計") + "</td>"
    p.append(f"<tr><td class='l'>{yr}</td>{tds}</tr>")
tds = ""
tds2 = ""
for d in DEBTS + [None]:
    o1 = calc(d[5][2024])["o"] if d else allo[2024]
    o0 = calc(d[5][2023])["o"] if d else allo[2023]
    kw = dict(debt=d[2], debt_raw=d[1]) if d else dict(debt=None, debt_raw="合計")
    tds += "<td>" + F(sgn(o1 - o0), (o1 - o0) * 1000, "yen", "difference", 2024, "令和６年度", "total", **kw) + "</td>"
    ratio = r2(o1 / o0 * 100, 1)
    tds2 += "<td>" + F(f"{ratio:.1f}％", ratio, "percent", "ratio_to_previous", 2024, "令和６年度", "total", **kw) + "</td>"
p.append(f"<tr class='shade'><td class='l'>増減（R6－R5）</td>{tds}</tr><tr class='shade'><td class='l'>前年度比</td>{tds2}</tr>")
p.append("</table>")

# bar chart of total outstanding, 百万円 with one decimal
hist_tot = {2020: 382406, 2021: 351198}
hist_tot.update(allo)
mx = max(hist_tot.values())
bars = []
for fy, v in hist_tot.items():
    yr = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}[fy]
    lab = F(f"{v / 1000:.1f}", round(v / 1000, 1) * 1e6, "yen", "outstanding", fy, yr, "total")
    bars.append(f'<div class="bar"><div class="bl">{lab}</div><div class="bb" style="height:{v / mx * 78:.0f}px"></div>'
                f'<div class="bx">{yr}</div></div>')
p.append('<div class="cap"><span>（３）収入未済額（６債権計）の推移</span><span class="unit">（単位：百万円）</span></div>'
         f'<div class="chart">{"".join(bars)}</div>')
new_page("".join(p))

# ------------------------------------------------------------------ pages 3-6: 取組個票
SHEETS = {
    "町税": dict(
        issue="令和６年度末の収入未済額は{o1}千円で、前年度より{do}千円減少した。滞納繰越分の収納率は{ra}％と前年度から改善したが、"
              "高額・困難事案（１００万円以上）が滞納繰越額の約４割を占めている。",
        items=[("①", "納期限後２０日以内の督促状発送と、文書催告・ＳＭＳ催告の組合せによる早期の納付勧奨を行う。", "継続", "通年", "◎"),
               ("②", "滞納繰越分のうち１００万円以上の事案は、徳島県滞納整理機構への移管を含めて集中的に処理する。", "継続", "４月～９月", "○"),
               ("③", "預貯金・給与の一斉調査を年２回実施し、財産の判明した事案は速やかに差押えを行う。", "拡充", "６月・１１月", "○"),
               ("④", "スマートフォン決済の対象税目に固定資産税を加え、納付機会を拡大する。", "新規", "令和７年１０月～", "△")],
        ref=[("滞納者数（令和６年度末）", "persons", "delinquents", 688, 743), ("差押件数（令和６年度）", "cases", "seizures", 214, 187)]),
    "国民健康保険税": dict(
        issue="現年分の収納率は{rc}％で、県内町村平均を上回った。一方で、収入未済額{o1}千円のうち滞納繰越分が大半を占めており、"
              "短期被保険者証の交付時の納付相談を通じた分納の履行管理が課題である。",
        items=[("①", "口座振替の加入勧奨を、加入手続時及び納税通知書の送付時に行う。", "継続", "通年", "◎"),
               ("②", "短期被保険者証の更新時に窓口での納付相談を実施し、分納誓約の履行状況を確認する。", "継続", "８月・２月", "○"),
               ("③", "税務課との合同催告を年２回実施する。", "拡充", "７月・１２月", "○")],
        ref=[("滞納世帯数（令和６年度末）", "households", "delinquents", 402, 441)]),
    "介護保険料": dict(
        issue="普通徴収分の未納が中心であり、令和６年度末の収入未済額は{o1}千円（前年度比{do}千円減）となった。"
              "未納期間に応じた給付制限の説明を早期に行う必要がある。",
        items=[("①", "６５歳到達者への口座振替の案内を、資格取得時の通知に同封する。", "継続", "通年", "◎"),
               ("②", "未納期間が１年を超える者に給付制限の予告通知を送付し、納付相談につなげる。", "継続", "１０月", "○"),
               ("③", "時効到来前の債権について、納付誓約による時効の更新を図る。", "新規", "通年", "△")],
        ref=[("滞納者数（令和６年度末）", "persons", "delinquents", 231, 246)]),
    "町営住宅使用料": dict(
        issue="退去者分の滞納繰越額が残っており、令和６年度末の収入未済額は{o1}千円である。滞納繰越分の収納率は{ra}％にとどまる。",
        items=[("①", "３か月以上の滞納者に対し、連帯保証人への通知と面談を行う。", "継続", "通年", "◎"),
               ("②", "６か月以上の長期滞納者は明渡し請求の手続に移行し、必要に応じて支払督促を申し立てる。", "拡充", "随時", "○"),
               ("③", "退去者の所在調査を行い、回収の見込みがない債権は債権放棄の手続を検討する。", "新規", "１２月～", "△")],
        ref=[("滞納者数（令和６年度末）", "persons", "delinquents", 38, 44)]),
}

for full, short, canon, dept, kub, hist, tg in DEBTS:
    if canon not in SHEETS:
        continue
    S = SHEETS[canon]
    dd = {fy: calc(v) for fy, v in hist.items()}
    kw = dict(debt=canon, debt_raw=full)
    p = ['<div class="shiryo">資料２</div><h2>２　令和７年度 取組個票</h2>',
         f'<table class="strip"><tr><th>債権名</th><td>{full}</td><th>所管課</th><td>{dept}</td><th>債権区分</th><td>{kub}</td></tr></table>']
    # multi-year table: rows = metrics, columns = R4..R6 決算 | R7..R8 目標 (two headings side by side)
    p.append('<div class="cap"><span>（１）収納状況の推移と目標</span><span class="unit">（単位：千円、％）</span></div>')
    p.append(f'<table class="grid my"><tr><th colspan="6" class="hl">債権名　{full}（所管：{dept}）</th></tr><tr><th rowspan="2">区分</th><th colspan="3">決　算</th><th colspan="2">目　標</th></tr><tr>'
             + "".join(f"<th>{YRAW[fy]}</th>" for fy in (2022, 2023, 2024, 2025, 2026)) + "</tr>")
    for lab, key, metric, seg in [("調定額", "a", "assessed", "total"), ("収入済額", "c", "collected", "total"),
                                  ("収納率", "r", "collection_rate", "total"), ("収入未済額", "o", "outstanding", "total")]:
        tds = ""
        for fy in (2022, 2023, 2024):
            v = dd[fy][key]
            if key == "r":
                tds += "<td>" + F(f"{v:.2f}", v, "percent", metric, fy, YRAW[fy], seg, **kw) + "</td>"
            else:
                tds += "<td>" + F(cm(v), v * 1000, "yen", metric, fy, YRAW[fy], seg, **kw) + "</td>"
        for fy in (2025, 2026):
            if key == "r":
                tds += "<td>" + F(f"{tg[fy][0]:.2f}", tg[fy][0], "percent", metric, fy, YRAW[fy], seg, "target", **kw) + "</td>"
            elif key == "o":
                tds += "<td>" + F(cm(tg[fy][1]), tg[fy][1] * 1000, "yen", metric, fy, YRAW[fy], seg, "target", **kw) + "</td>"
            else:
                tds += "<td>－</td>"
        p.append(f"<tr><th class='rh'>{lab}</th>{tds}</tr>")
    # 現年/滞繰 rows: rate with previous in brackets; arrears: amount over rate stacked
    tds = ""
    for fy in (2022, 2023, 2024):
        v, pv = dd[fy]["rc"], (dd[fy - 1]["rc"] if fy - 1 in dd else None)
        cell = F(f"{v:.2f}", v, "percent", "collection_rate", fy, YRAW[fy], "current", **kw)
        if pv is not None:
            cell += "<br><span class='prev'>（" + F(f"{pv:.2f}", pv, "percent", "collection_rate", fy - 1,
                                                     "前年度", "current", **kw) + "）</span>"
        tds += f"<td>{cell}</td>"
    p.append(f"<tr><th class='rh'>現年分収納率<br><small>（）内は前年度</small></th>{tds}<td>－</td><td>－</td></tr>")
    tds = ""
    for fy in (2022, 2023, 2024):
        tds += ("<td>" + F(cm(dd[fy]["ca"]), dd[fy]["ca"] * 1000, "yen", "collected", fy, YRAW[fy], "arrears", **kw)
                + "<br>" + F(f"{dd[fy]['ra']:.2f}%", dd[fy]["ra"], "percent", "collection_rate", fy, YRAW[fy], "arrears", **kw)
                + "</td>")
    p.append(f"<tr><th class='rh'>滞納繰越分<br><small>上：収入済額／下：収納率</small></th>{tds}<td>－</td><td>－</td></tr>")
    p.append("</table>")
    # targets vs results with 達成率, and 増減 with rate
    o1, o0 = dd[2024]["o"], dd[2023]["o"]
    tgt24 = {"町税": (97.00, 120000), "国民健康保険税": (83.00, 140000), "介護保険料": (97.70, 20000),
             "町営住宅使用料": (81.50, 13800)}[canon]
    ach_r = r2(dd[2024]["r"] / tgt24[0] * 100, 1)
    p.append('<div class="row2"><div><div class="cap"><span>（２）令和６年度の目標と実績</span></div>'
             '<table class="grid ta"><tr><th>項目</th><th>目標</th><th>実績</th><th>達成率</th></tr>'
             "<tr><td class='l'>収納率（％）</td><td>" + F(f"{tgt24[0]:.2f}", tgt24[0], "percent", "collection_rate", 2024,
                                                       "令和６年度", "total", "target", **kw)
             + "</td><td>" + F(f"{dd[2024]['r']:.2f}", dd[2024]["r"], "percent", "collection_rate", 2024, "令和６年度",
                               "total", **kw)
             + "</td><td>" + F(f"{ach_r:.1f}％", ach_r, "percent", "achievement_rate", 2024, "令和６年度", "total", **kw)
             + "</td></tr><tr><td class='l'>収入未済額（千円）</td><td>"
             + F(cm(tgt24[1]), tgt24[1] * 1000, "yen", "outstanding", 2024, "令和６年度", "total", "target", **kw)
             + "</td><td>" + F(cm(o1), o1 * 1000, "yen", "outstanding", 2024, "令和６年度", "total", **kw)
             + "</td><td>" + ("達成" if o1 <= tgt24[1] else "未達成") + "</td></tr></table></div>")
    p.append('<div><div class="cap"><span>（３）収入未済額の増減（R6－R5）</span></div><table class="grid ta"><tr><th>R5</th><th>R6</th>'
             "<th>増減（率）</th></tr><tr><td>" + F(cm(o0), o0 * 1000, "yen", "outstanding", 2023, "R5", "total", **kw)
             + "</td><td>" + F(cm(o1), o1 * 1000, "yen", "outstanding", 2024, "R6", "total", **kw) + "</td><td>"
             + F(sgn(o1 - o0), (o1 - o0) * 1000, "yen", "difference", 2024, "R6", "total", **kw) + "（"
             + F(sgn(r2((o1 - o0) / o0 * 100, 1), 1) + "％", r2((o1 - o0) / o0 * 100, 1), "percent", "change_rate", 2024,
                 "R6", "total", **kw) + "）</td></tr></table></div></div>")
    # 現状と課題 paragraph cell beside plain figures
    issue = S["issue"]
    parts = {"o1": F(cm(o1), o1 * 1000, "yen", "outstanding", 2024, "令和６年度末", "total", **kw),
             "do": F(cm(o0 - o1), (o1 - o0) * 1000, "yen", "difference", 2024, "令和６年度", "total", **kw),
             "ra": F(f"{dd[2024]['ra']:.2f}", dd[2024]["ra"], "percent", "collection_rate", 2024, "令和６年度", "arrears", **kw),
             "rc": F(f"{dd[2024]['rc']:.2f}", dd[2024]["rc"], "percent", "collection_rate", 2024, "令和６年度", "current", **kw)}
    used = {k for k in parts if "{" + k + "}" in issue}
    for k in list(parts):
        if k not in used:  # drop facts for placeholders the sentence does not use
            g.facts.remove(parts[k].rec)
    issue = issue.format(**parts)
    ref = "".join(f"<li>{lab}：" + F(f"{v:,}" + ("件" if unit == "cases" else ("世帯" if unit == "households" else "人")), v,
                                    unit, metric, 2024, "令和６年度", "total", **kw)
                  + "（前年度 " + F(f"{pv:,}" + ("件" if unit == "cases" else ("世帯" if unit == "households" else "人")),
                                   pv, unit, metric, 2023, "前年度", "total", **kw) + "）</li>"
                  for lab, unit, metric, v, pv in S["ref"])
    p.append(f'<table class="grid issue"><tr><th class="v">現状と課題</th><td class="para">{issue}</td>'
             f'<td class="refbox"><b>【参考】</b><ul>{ref}</ul></td></tr></table>')
    # 取組 table: no 取組 header word; status column with blank header
    p.append('<div class="cap"><span>（４）令和７年度の具体的な取組</span><span class="unit">◎実施済　○実施中　△準備中</span></div>'
             '<table class="grid tk"><tr><th class="vv">内容</th><th>実施内容</th><th>実施時期</th><th></th></tr>')
    for k, (lab, text, st, when, mark) in enumerate(S["items"]):
        it = g.init(text, canon, 2025, "令和７年度の具体的な取組", lab, st)
        first = f'<td class="vv" rowspan="{len(S["items"])}">取<br>組<br>項<br>目</td>' if k == 0 else ""
        p.append(f"<tr>{first}<td class='l'>{lab}{it}【{st}】</td><td class='c' style='width:22mm'>{when}</td><td class='c'>{mark}</td></tr>")
    p.append("</table>")
    new_page("".join(p))

# ------------------------------------------------------------------ html -> pdf
CSS = f"""
@font-face {{ font-family: 'G'; src: url('file://{GOTHIC}'); }}
@font-face {{ font-family: 'M'; src: url('file://{MINCHO}'); }}
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'G'; font-size: 9.5pt; color: #111; }}
.page {{ width: 210mm; height: 296mm; padding: 16mm 15mm 14mm 15mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }}
.run {{ position: absolute; top: 7mm; right: 15mm; font-size: 7.5pt; color: #444; border-bottom: 0.5px solid #888; }}
.foot {{ position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }}
h1 {{ font-size: 20pt; text-align: center; margin: 26mm 0 14mm; line-height: 1.5; }}
h2 {{ font-size: 12.5pt; margin: 2mm 0 3mm; border-left: 5px solid #2b5797; padding-left: 6px; }}
h2.c {{ text-align: center; border: none; letter-spacing: 6px; }}
h3 {{ font-size: 11pt; margin-top: 12mm; }}
.date {{ text-align: right; font-size: 10pt; line-height: 1.6; }}
ol.agenda {{ font-size: 11pt; line-height: 2.0; margin-left: 20mm; }}
.shiryo {{ position: absolute; top: 12mm; right: 15mm; border: 1px solid #000; padding: 1px 10px; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; }}
.grid td, .grid th, .zebra td, .zebra th, .strip td, .strip th {{ border: 0.6px solid #333; padding: 2px 4px; }}
th {{ background: #dfe6f1; font-weight: normal; }}
td {{ text-align: right; }}
td.l {{ text-align: left; }} td.c {{ text-align: center; }}
.names td {{ text-align: left; padding: 4px 8px; }}
.zebra tr:nth-child(2n+3) td {{ background: #eef2f8; }}
.zebra th, .zebra td {{ font-size: 8pt; }}
tr.totrow td {{ background: #d9d9d9 !important; font-weight: bold; }}
tr.shade td {{ background: #f2f2f2; }}
.cap {{ display: flex; justify-content: space-between; margin: 4mm 0 1mm; font-size: 9.5pt; }}
.unit {{ font-size: 8pt; }}
.note {{ font-size: 7.5pt; margin-top: 1mm; }}
.panels {{ display: flex; gap: 4mm; margin: 2mm 0 3mm; }}
.panel {{ flex: 1; border: 1.2px solid #2b5797; border-radius: 3mm; padding: 2mm 3mm; text-align: center; }}
.pl {{ font-size: 8.5pt; }} .pl span {{ font-size: 7.5pt; }}
.pv {{ font-size: 17pt; font-weight: bold; color: #2b5797; margin: 1mm 0; }}
.pd {{ font-size: 8.5pt; }}
.sum2 td, .sum2 th {{ font-size: 8pt; }}
.chart {{ display: flex; align-items: flex-end; gap: 10mm; height: 36mm; border-bottom: 1px solid #333; padding: 0 12mm; }}
.bar {{ text-align: center; width: 16mm; }} .bb {{ background: #7f9cc8; }} .bl {{ font-size: 8pt; }}
.bx {{ font-size: 8pt; margin-bottom: -5mm; }}
.strip {{ margin-bottom: 1mm; }} .strip td {{ text-align: left; font-size: 10.5pt; font-weight: bold; }}
.strip th {{ width: 16mm; }}
.my td, .my th {{ font-size: 8.5pt; }} th.rh {{ text-align: left; background: #eef2f8; width: 34mm; }}
.prev {{ font-size: 7.5pt; color: #333; }}
th.hl {{ text-align: left; background: #2b5797; color: #fff; font-weight: bold; }}
.row2 {{ display: flex; gap: 5mm; }} .row2 > div {{ flex: 1; }}
.ta td, .ta th {{ font-size: 8.5pt; }}
.issue {{ margin-top: 3mm; }} .issue td {{ vertical-align: top; font-size: 8.5pt; }}
th.v {{ writing-mode: vertical-rl; width: 8mm; letter-spacing: 2px; }}
td.para {{ text-align: left; line-height: 1.55; width: 58%; }}
td.refbox {{ text-align: left; background: #fafafa; }} .refbox ul {{ margin: 1mm 0 0 0; padding-left: 4mm; }}
.tk td {{ font-size: 8.5pt; line-height: 1.5; }}
td.vv, th.vv {{ text-align: center; width: 8mm; background: #eef2f8; }}
"""
html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
out = PDF / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)
g.write(out)
print(out, len(pages), len(g.facts), len(g.inits))
