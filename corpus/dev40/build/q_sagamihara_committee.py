"""相模原市 債権管理対策委員会 資料（取組個票） — HTML -> headless Chromium.

Run from corpus/dev40:  python3 build/q_sagamihara_committee.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import F, ROOT, WORK, comma, rate, write_gold, zen  # noqa: E402

STEM = "q_sagamihara_committee_1"
HEAD = "令和５年度第３回相模原市債権管理対策委員会　資料"
A_R6, A_R5 = "2024-02-29", "2023-02-28"      # 令和６年２月末 (leap year) / 前年同月

facts: list[dict] = []
inits: list[dict] = []


def pct2(x):
    return f"{x:.2f}"


def rows_from(ass, r):
    col = round(ass * r / 100)
    assert rate(col, ass, 2) == r, (ass, r, rate(col, ass, 2))
    return ass, col


# ------------------------------------------------------------------ page 1: 次第
def page1():
    p = 1
    facts.extend([
        F(None, None, 2022, "令和４年度決算", "total", "outstanding", "actual", 10162000000, "yen",
          "１０１億６,２００万円", page=p),
        F(None, "全会計", 2022, "令和４年度決算", "total", "collection_rate", "actual", 97.2, "percent", "９７．２％", page=p),
        F(None, "全会計", 2021, "前年度", "total", "collection_rate", "actual", 96.8, "percent", "９６．８％", page=p),
    ])
    members = [("委員長", "副市長", "石 川　正 人"), ("副委員長", "財務局長", "岡 野　隆 志"),
               ("委員", "市民局長", "中 島　久 美 子"), ("委員", "健康福祉局長", "田 村　浩"),
               ("委員", "こども・若者未来局長", "内 藤　由 香"), ("委員", "都市建設局長", "篠 原　秀 樹"),
               ("委員", "教育局長", "小 泉　達 也")]
    mem = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in members)
    return f"""
<div class="pg">{hf(p)}
<h1>令和５年度　第３回相模原市債権管理対策委員会</h1>
<p class="center">日時　令和６年３月２１日（木）午前１０時から<br>場所　相模原市役所本庁舎　第２特別会議室</p>
<h2 class="center" style="letter-spacing:1em">次第</h2>
<ol class="plain">
<li>１　開　会</li>
<li>２　議　題
 <div class="ind">（１）令和５年度　主要債権の収納状況及び取組状況について（報告）　…　資料１・資料２</div>
 <div class="ind">（２）令和６年度　債権管理の取組方針（案）について　…　資料３</div></li>
<li>３　その他</li>
<li>４　閉　会</li>
</ol>
<h3>相模原市債権管理対策委員会　委員名簿</h3>
<table class="grid small" style="width:120mm;margin-left:10mm"><tr class="hd"><th>職</th><th>役職</th><th>氏名</th></tr>{mem}</table>
<div class="box" style="margin-top:10mm">
<div class="boxcap">【参考】本市の収入未済額等（令和４年度決算）</div>
<ul class="dot">
<li>収入未済額：１０１億６,２００万円（一般会計及び特別会計）</li>
<li>前年度比：△８億４,９００万円</li>
<li>収納率（全会計）：９７．２％（前年度９６．８％）</li>
</ul></div>
</div>"""


# ------------------------------------------------------------------ page 2: 資料１ summary (landscape)
SUMMARY = [
    # group, debt, label, cur(R6,R5,tgt,mark), arr(...)
    ("強制徴収公債権", "市税", "市税", (95.12, 94.87, 99.10, "○"), (31.45, 29.80, 35.00, "○")),
    ("強制徴収公債権", "国民健康保険税", "国民健康保険税", (82.36, 81.95, 93.50, "○"), (24.18, 23.66, 27.00, "×")),
    ("強制徴収公債権", "介護保険料", "介護保険料", (96.41, 96.38, 99.20, "○"), (19.77, 20.35, 22.00, "×")),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢者医療保険料", (97.84, 97.90, 99.50, "○"), (38.62, 35.14, 40.00, "○")),
    ("強制徴収公債権", "保育所保育料", "保育所保育料", (93.05, 92.71, 98.60, "○"), (14.23, 15.02, 18.00, "×")),
    ("非強制・私債権", "生活保護費返還金", "生活保護費返還金", (58.33, 55.10, 70.00, "×"), (6.12, 5.87, 7.00, "×")),
    ("非強制・私債権", "市営住宅使用料", "市営住宅使用料", (90.45, 90.02, 97.00, "○"), (11.36, 10.48, 12.00, "○")),
    ("非強制・私債権", "母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", (71.88, 72.40, 80.00, "×"),
     (4.95, 4.61, 5.50, "×")),
]


def page2():
    p = 2
    body = []
    groups = {}
    for g, *_ in SUMMARY:
        groups[g] = groups.get(g, 0) + 1
    seen = set()
    for i, (g, debt, label, cur, arr) in enumerate(SUMMARY):
        tds = []
        if g not in seen:
            seen.add(g)
            tds.append(f'<td class="vert" rowspan="{groups[g]}"><span>{g}</span></td>')
        tds.append(f'<td class="l">{label}</td>')
        for seg, (r6, r5, tg, mk) in (("current", cur), ("arrears", arr)):
            mark = "※２" if (debt == "後期高齢者医療保険料" and seg == "current") else ""
            d = round(r6 - r5, 2)
            ds = ("△" if d < 0 else "") + f"{abs(d):.2f}"
            tds += [f"<td>{pct2(r6)}{mark}</td>", f"<td>{pct2(r5)}</td>", f"<td>{ds}</td>",
                    f"<td>{pct2(tg)}</td>", f'<td class="c">{mk}</td>']
            facts.extend([
                F(debt, label, 2023, "令和６年２月末", seg, "collection_rate", "interim", r6, "percent", pct2(r6),
                  as_of=A_R6, page=p),
                F(debt, label, 2022, "前年同月", seg, "collection_rate", "interim", r5, "percent", pct2(r5),
                  as_of=A_R5, page=p),
                F(debt, label, 2023, "令和５年度目標", seg, "collection_rate", "target", tg, "percent", pct2(tg),
                  page=p),
            ])
        body.append(f'<tr class="{"z" if i % 2 else ""}">' + "".join(tds) + "</tr>")
    return f"""
<div class="pg land">{hf(p, land=True)}
<div class="tag">資料１</div>
<h2>主要債権の収納率の状況（令和６年２月末現在）</h2>
<div class="unit">（単位：％、ポイント）</div>
<table class="zebra">
<tr class="hd"><th rowspan="2" style="width:9mm">区分</th><th rowspan="2" style="width:52mm">債権名</th>
<th colspan="5">現　年　分</th><th colspan="5">滞　納　繰　越　分</th></tr>
<tr class="hd"><th>令和６年<br>２月末</th><th>前年同月</th><th>差</th><th>令和５年度<br>目標※１</th><th>達成<br>見込</th>
<th>令和６年<br>２月末</th><th>前年同月</th><th>差</th><th>令和５年度<br>目標※１</th><th>達成<br>見込</th></tr>
{''.join(body)}
</table>
<div class="note">※１　令和５年度目標は、年度末（出納閉鎖時）の収納率の目標値である。市税の目標は相模原市行財政構造改革プランに定める値と同じ。<br>
※２　後期高齢者医療保険料は、令和５年度に保険料率を改定したため、前年同月との比較には留意を要する。<br>
※３　達成見込は、２月末の収納状況及び前年度の３月から５月までの収納実績から所管課が判断したもの（○：達成見込、×：未達成見込）。</div>
</div>"""


# ------------------------------------------------------------------ page 3: 個票 市税
def page3():
    p = 3
    debt, dr = "市税", "市税"
    data = {"R6": {"current": rows_from(78412300, 95.12), "arrears": rows_from(3512800, 31.45)},
            "R5": {"current": rows_from(77845600, 94.87), "arrears": rows_from(3902400, 29.80)}}
    per = [("R6", "令和６年２月末", 2023, A_R6), ("R5", "令和５年２月末（前年同月）", 2022, A_R5)]
    trs = []
    for seg, lab in (("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "合　計")):
        tds = [f'<td class="l">{lab}</td>']
        for key, praw, fy, asof in per:
            if seg == "total":
                a = sum(data[key][s][0] for s in ("current", "arrears"))
                c = sum(data[key][s][1] for s in ("current", "arrears"))
            else:
                a, c = data[key][seg]
            r = rate(c, a, 2)
            o = a - c
            tds += [f"<td>{comma(a)}</td>", f"<td>{comma(c)}</td>", f"<td>{pct2(r)}</td>", f"<td>{comma(o)}</td>"]
            fyr = "令和６年２月末" if key == "R6" else "令和５年２月末"
            for m, v, raw, u in (("assessed", a * 1000, comma(a), "yen"), ("collected", c * 1000, comma(c), "yen"),
                                 ("collection_rate", r, pct2(r), "percent"), ("outstanding", o * 1000, comma(o), "yen")):
                facts.append(F(debt, dr, fy, fyr, seg, m, "interim", v, u, raw, as_of=asof, page=p))
        trs.append("<tr>" + "".join(tds) + "</tr>")
    # targets table: metric rows, years across
    tgt_rows = [("現年課税分収納率", "current", [98.98, 99.04, 99.10, 99.12]),
                ("滞納繰越分収納率", "arrears", [33.21, 34.56, 35.00, 35.40]),
                ("合計収納率", "total", [97.51, 97.83, 98.00, 98.05])]
    cols = [(2021, "令和３年度", "actual"), (2022, "令和４年度", "actual"), (2023, "令和５年度", "target"),
            (2023, "令和５年度", "estimate")]
    ttr = []
    for lab, seg, vals in tgt_rows:
        ttr.append(f'<tr><td class="l nw">{lab}</td>' + "".join(f"<td>{v:.2f}%</td>" for v in vals) + "</tr>")
        for (fy, fyr, basis), v in zip(cols, vals):
            facts.append(F(debt, dr, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", page=p))
    items = [
        ("①", "現年課税分の滞納者に対し、納期限後３０日以内に文書催告を行い、反応のない者には電話催告を実施した。", "継続", "same"),
        ("②", "預貯金照会の電子化を全件に拡大し、財産調査から差押えまでの期間を短縮した。", "拡充", "wrap"),
        ("③", "自動音声による電話催告を導入し、初期滞納者への架電件数を増やした。", "新規", "alone"),
        ("④", "高額滞納案件（滞納額１００万円以上）は市税収納対策課へ移管し、捜索及び公売を実施した。", "継続", "same"),
    ]
    li = []
    for lab, text, st, mode in items:
        tag = f"【{st}】"
        if mode == "same":
            li.append(f'<div class="it"><span class="n">{lab}</span>{text}{tag}</div>')
        elif mode == "wrap":
            li.append(f'<div class="it"><span class="n">{lab}</span>{text}<br>{tag}</div>')
        else:
            li.append(f'<div class="it"><span class="n">{lab}</span>{text}</div><div class="tagline">{tag}</div>')
        inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2023, "section": "令和５年度の主な取組",
                      "label": lab, "text": text, "status": st, "page": p})
    return f"""
<div class="pg">{hf(p)}
<div class="tag">資料２</div>
<h2 class="center">取組個票（１）</h2>
<table class="grid kv"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>納税課・市税収納対策課</td>
<th>債権区分</th><td>強制徴収公債権</td></tr></table>
<div class="twocol">
<div style="width:100mm">
<h3>１　収納状況（令和６年２月末現在）</h3><div class="unit">（単位：千円、％）</div>
<table class="grid num small">
<tr class="hd"><th rowspan="2">区分</th><th colspan="4">令和６年２月末</th></tr>
<tr class="hd"><th>調定額※</th><th>収入済額</th><th>収納率</th><th>収入未済額</th></tr>
{''.join(tr.split('</td><td>', 1)[0] + '</td><td>' + '</td><td>'.join(tr.split('</td><td>')[1:5]) + '</td></tr>' for tr in trs)}
</table>
</div>
<div style="width:74mm">
<h3>２　数値目標と見込</h3><div class="unit">&nbsp;</div>
<table class="grid num tiny">
<tr class="hd"><th></th><th>R3<br>決算</th><th>R4<br>決算</th><th>R5<br>目標</th><th>R5<br>見込</th></tr>
{''.join(ttr)}
</table>
</div></div>
<div style="width:100mm"><h3 style="margin-top:4mm">（参考）前年同月の収納状況（令和５年２月末）</h3><div class="unit">（単位：千円、％）</div>
<table class="grid num small">
<tr class="hd"><th>区分</th><th>調定額※</th><th>収入済額</th><th>収納率</th><th>収入未済額</th></tr>
{''.join('<tr>' + tr.split('</td><td>', 1)[0].replace('<tr>', '') + '</td><td>' + '</td><td>'.join(tr.split('</td><td>')[5:]) for tr in trs)}
</table></div>
<div class="note">※　調定額は還付未済額を除いた額である。</div>
<h3>３　令和５年度の主な取組</h3>
<div class="box">{''.join(li)}</div>
<div class="box" style="margin-top:3mm"><div class="boxcap">課題</div>
<div class="it">滞納繰越分の収納率は前年同月を上回っているが、年度目標の達成には３月以降の高額案件の処理が前提となる。</div></div>
</div>"""


# ------------------------------------------------------------------ page 4: 個票 国民健康保険税
def page4():
    p = 4
    debt, dr = "国民健康保険税", "国民健康保険税"
    bul = [("現年分", "current", 74.26, 73.81), ("滞納繰越分", "arrears", 19.02, 18.77)]
    for lab, seg, a, b in bul:
        facts.append(F(debt, dr, 2023, "令和５年１２月末", seg, "collection_rate", "interim", a, "percent",
                       zen(f"{a:.2f}%"), as_of="2023-12-31", page=p))
        facts.append(F(debt, dr, 2022, "前年同期", seg, "collection_rate", "interim", b, "percent",
                       zen(f"{b:.2f}%"), as_of="2022-12-31", page=p))
    data = {"current": {"R6": rows_from(12436900, 82.36), "R5": rows_from(12702300, 81.95)},
            "arrears": {"R6": rows_from(2984100, 24.18), "R5": rows_from(3215600, 23.66)}}
    trs = []
    for seg, lab in (("current", "現年分"), ("arrears", "滞納繰越分")):
        a6, c6 = data[seg]["R6"]
        a5, c5 = data[seg]["R5"]
        r6, r5 = rate(c6, a6, 2), rate(c5, a5, 2)
        trs.append(f'<tr><td class="l">{lab}</td><td>{comma(a6)}</td><td>{comma(c6)}<br>{r6:.2f}%</td>'
                   f'<td>{comma(a5)}</td><td>{comma(c5)}<br>{r5:.2f}%</td></tr>')
        for fy, fyr, asof, a, c, r in ((2023, "令和６年２月末", A_R6, a6, c6, r6), (2022, "前年同月", A_R5, a5, c5, r5)):
            facts.extend([
                F(debt, dr, fy, fyr, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=asof, page=p),
                F(debt, dr, fy, fyr, seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=asof, page=p),
                F(debt, dr, fy, fyr, seg, "collection_rate", "interim", r, "percent", f"{r:.2f}%", as_of=asof, page=p),
            ])
    items = [
        ("(1)", "新規滞納世帯へのＳＭＳ催告を月２回に増やし、初期段階での納付を促した。", "拡充"),
        ("(2)", "分納誓約の不履行世帯に対し、２か月以内に財産調査を行い、差押えを実施した。", "継続"),
        ("(3)", "短期被保険者証の更新時に窓口で納付相談を行い、生活状況に応じた分割納付を案内した。", "継続"),
        ("(4)", "コンビニ納付及びスマートフォン決済の案内を全ての納付書に同封した。", None),
    ]
    li = []
    for lab, text, st in items:
        tag = f"【{st}】" if st else ""
        li.append(f'<div class="it"><span class="n">{lab}</span>{text}{tag}</div>')
        inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2023, "section": "滞納整理の実施",
                      "label": lab, "text": text, "status": st, "page": p})
    return f"""
<div class="pg">{hf(p)}
<div class="tag">資料２</div>
<h2 class="center">取組個票（２）</h2>
<table class="grid kv2"><tr><td>債権名　国民健康保険税</td><td>所管課　保険年金課</td><td>債権区分　強制徴収公債権</td></tr></table>
<h3>【収納率】令和５年１２月末時点</h3>
<ul class="dot">
<li>現年分　{zen('74.26%')}（前年同期{zen('73.81%')}）</li>
<li>滞納繰越分　{zen('19.02%')}（前年同期{zen('18.77%')}）</li>
</ul>
<h3>収納状況（令和６年２月末現在）</h3><div class="unit">（単位：千円）</div>
<table class="grid num" style="width:150mm">
<tr class="hd"><th rowspan="2">区分</th><th colspan="2">令和６年２月末</th><th colspan="2">前年同月</th></tr>
<tr class="hd"><th>調定額</th><th>収入済額<br>収納率</th><th>調定額</th><th>収入済額<br>収納率</th></tr>
{''.join(trs)}
</table>
<div class="note">上段：収入済額、下段：収納率</div>
<h3>滞納整理の実施</h3>
<div class="box">{''.join(li)}</div>
<h3>今後の方向性</h3>
<p class="ind">令和６年度は、滞納繰越分の収納率が年度目標に届かない見込みであることから、納付資力のある長期滞納世帯への滞納処分を前倒しで行う。</p>
</div>"""


# ------------------------------------------------------------------ page 5: 個票 市営住宅使用料
def page5():
    p = 5
    debt, dr = "市営住宅使用料", "市営住宅使用料"
    yrs = [(2018, "平成30年度", 1612450, 84.12, 12380), (2019, "令和元年度", 1598300, 84.57, 10940),
           (2020, "２年度", 1587920, 84.33, 9870), (2021, "３年度", 1571260, 85.02, 11250),
           (2022, "４年度", 1559840, 85.61, 8630)]
    trs = []
    for i, (fy, lab, a, r, wo) in enumerate(yrs):
        c = round(a * r / 100)
        r2 = rate(c, a, 2)
        o = a - c - wo
        first = f'<td class="l" rowspan="{len(yrs)}">市営住宅<br>使用料</td>' if i == 0 else ""
        trs.append(f"<tr>{first}<td class='c'>{lab}</td><td>{comma(a)}</td><td>{comma(c)}</td><td>{r2:.2f}</td>"
                   f"<td>{comma(wo)}</td><td>{comma(o)}</td></tr>")
        for m, v, raw, u in (("assessed", a * 1000, comma(a), "yen"), ("collected", c * 1000, comma(c), "yen"),
                             ("collection_rate", r2, f"{r2:.2f}", "percent"),
                             ("written_off", wo * 1000, comma(wo), "yen"), ("outstanding", o * 1000, comma(o), "yen")):
            facts.append(F(debt, dr, fy, lab, "total", m, "actual", v, u, raw, page=p))
    items = [
        ("ア", "滞納が２か月に達した入居者に対し、指定管理者と連携して訪問による納付指導を行った。", "継続"),
        ("イ", "３か月以上の滞納者には連帯保証人への通知を行い、分納誓約の履行状況を毎月確認した。", "継続"),
        ("ウ", "退去済み滞納者の所在調査を委託し、判明した者への催告を開始した。", "新規"),
    ]
    li = []
    for lab, text, st in items:
        li.append(f'<div class="it"><span class="n">{lab}</span>{text}【{st}】</div>')
        inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2023, "section": "収納率向上に向けた取組",
                      "label": lab, "text": text, "status": st, "page": p})
    return f"""
<div class="pg">{hf(p)}
<div class="tag">資料２</div>
<h2 class="center">取組個票（３）</h2>
<table class="grid kv"><tr><th>債権名</th><td>市営住宅使用料</td><th>所管課</th><td>市営住宅課</td>
<th>債権区分</th><td>私債権</td></tr></table>
<div class="cap">表３　市営住宅使用料の収納状況の推移（単位：千円、％）</div>
<div class="framed">
<table class="grid num">
<tr class="hd"><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>不納欠損額</th><th>収入未済額</th></tr>
{''.join(trs)}
</table></div>
<div class="src">資料：相模原市一般会計歳入歳出決算書（各年度）、調定額は現年分及び滞納繰越分の合計</div>
<h3>収納率向上に向けた取組</h3>
<div class="box">{''.join(li)}</div>
<h3>課題</h3>
<p class="ind">高齢単身世帯の滞納が増えており、福祉部門との連携による生活再建支援と納付指導を一体で行う仕組みが必要である。</p>
</div>"""


# ------------------------------------------------------------------ page 6: 参考 (no debt) charts
def page6():
    p = 6
    out = [("H30", 2018, 118.4), ("R1", 2019, 112.9), ("R2", 2020, 109.0), ("R3", 2021, 110.1), ("R4", 2022, 101.6)]
    rt = [("H30", 2018, 96.1), ("R1", 2019, 96.4), ("R2", 2020, 96.5), ("R3", 2021, 96.8), ("R4", 2022, 97.2)]
    for lab, fy, v in out:
        facts.append(F(None, None, fy, lab, "total", "outstanding", "actual", int(round(v * 1e8)), "yen",
                       f"{v:.1f}", page=p))
    for lab, fy, v in rt:
        facts.append(F(None, None, fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.1f}", page=p))
    # bar chart
    W, H, x0, y0 = 520, 250, 50, 210
    bars = []
    for i, (lab, fy, v) in enumerate(out):
        h = (v - 0) / 130 * 180
        x = x0 + 20 + i * 90
        bars.append(f'<rect x="{x}" y="{y0 - h:.1f}" width="50" height="{h:.1f}" fill="#7f9fc8" stroke="#333" stroke-width="0.6"/>'
                    f'<text x="{x + 25}" y="{y0 - h - 5:.1f}" text-anchor="middle" font-size="12">{v:.1f}</text>'
                    f'<text x="{x + 25}" y="{y0 + 16}" text-anchor="middle" font-size="12">{lab}</text>')
    axis = f'<line x1="{x0}" y1="{y0}" x2="{W - 10}" y2="{y0}" stroke="#000"/><line x1="{x0}" y1="20" x2="{x0}" y2="{y0}" stroke="#000"/>'
    ticks = "".join(f'<line x1="{x0 - 4}" y1="{y0 - t / 130 * 180:.1f}" x2="{x0}" y2="{y0 - t / 130 * 180:.1f}" stroke="#000"/>'
                    f'<text x="{x0 - 7}" y="{y0 - t / 130 * 180 + 4:.1f}" text-anchor="end" font-size="10" fill="#555">{t}</text>'
                    for t in (0, 50, 100))
    svg1 = f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg">{axis}{ticks}{"".join(bars)}</svg>'
    # line chart
    pts = []
    lab_svg = []
    for i, (lab, fy, v) in enumerate(rt):
        x = x0 + 45 + i * 90
        y = y0 - (v - 95.0) / 3.0 * 170
        pts.append(f"{x},{y:.1f}")
        lab_svg.append(f'<circle cx="{x}" cy="{y:.1f}" r="3.5" fill="#c0504d"/>'
                       f'<text x="{x}" y="{y - 9:.1f}" text-anchor="middle" font-size="12">{v:.1f}</text>'
                       f'<text x="{x}" y="{y0 + 16}" text-anchor="middle" font-size="12">{lab}</text>')
    ticks2 = "".join(f'<line x1="{x0 - 4}" y1="{y0 - (t - 95) / 3 * 170:.1f}" x2="{x0}" y2="{y0 - (t - 95) / 3 * 170:.1f}" stroke="#000"/>'
                     f'<text x="{x0 - 7}" y="{y0 - (t - 95) / 3 * 170 + 4:.1f}" text-anchor="end" font-size="10" fill="#555">{t}</text>'
                     for t in (95, 96, 97, 98))
    svg2 = (f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg">{axis}{ticks2}'
            f'<polyline points="{" ".join(pts)}" fill="none" stroke="#c0504d" stroke-width="2"/>{"".join(lab_svg)}</svg>')
    train = [("新任職員研修", "５月", "４２人"), ("滞納処分実務研修", "７月", "２８人"), ("私債権の管理研修", "１０月", "３５人"),
             ("債権放棄事務説明会", "１月", "５１人")]
    trt = "".join(f"<tr><td class='l'>{a}</td><td class='c'>{b}</td><td>{c}</td></tr>" for a, b, c in train)
    return f"""
<div class="pg">{hf(p)}
<div class="tag">参考資料</div>
<h2>【参考】全債権の収入未済額及び収納率の推移</h2>
<div class="cap">図１　収入未済額（一般会計及び特別会計）の推移（単位：億円）</div>
<div class="chart">{svg1}</div>
<div class="cap">図２　収納率（全会計）の推移（単位：％）</div>
<div class="chart">{svg2}</div>
<div class="src">資料：各年度決算。H30は平成30年度、R1からR4は令和元年度から令和４年度を表す。</div>
<h3>令和５年度　債権管理研修の実施状況</h3>
<table class="grid" style="width:120mm"><tr class="hd"><th>研修名</th><th>実施月</th><th>受講者数</th></tr>{trt}</table>
</div>"""


def hf(p, land=False):
    return (f'<div class="rh">{HEAD}</div>'
            f'<div class="rf">－ {p} －</div>')


CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 10pt; color: #000 }
.pg { width: 210mm; height: 297mm; box-sizing: border-box; padding: 18mm 17mm 16mm 17mm; position: relative;
      page-break-after: always; overflow: hidden }
.pg.land { page: land; width: 297mm; height: 210mm; padding: 15mm 16mm 14mm 16mm }
.rh { position: absolute; top: 8mm; right: 17mm; font-size: 8pt; color: #333 }
.rf { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt }
.tag { position: absolute; top: 13mm; right: 17mm; border: 1px solid #000; padding: 1mm 3mm; font-size: 10pt }
h1 { font-size: 15pt; text-align: center; margin: 6mm 0 4mm }
h2 { font-size: 13pt; margin: 3mm 0 3mm }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm }
.center { text-align: center }
.plain { list-style: none; padding-left: 10mm; line-height: 1.9 }
.ind { padding-left: 6mm; margin: 1mm 0 }
table { border-collapse: collapse; font-size: 9pt }
.grid td, .grid th { border: 0.7pt solid #000; padding: 1.2mm 1.6mm }
.hd th, .hd td { background: #d9d9d9; font-weight: bold; text-align: center }
.num td { text-align: right }
td.l { text-align: left !important } td.c { text-align: center !important }
.small { font-size: 8.5pt; width: 100% }
.tiny { font-size: 7.8pt; width: 100% } .tiny td, .tiny th { padding: 1.2mm 0.8mm } .nw { white-space: nowrap }
.kv { width: 100%; margin-bottom: 2mm } .kv th { background: #d9d9d9; width: 16mm } .kv td { font-weight: bold }
.kv2 { width: 100% } .kv2 td { font-weight: bold; padding: 2mm }
.unit { text-align: right; font-size: 8.5pt }
.note { font-size: 8pt; margin-top: 1.5mm; line-height: 1.5 }
.box { border: 1pt solid #000; padding: 2.5mm 3mm; line-height: 1.6 }
.boxcap { font-weight: bold; margin-bottom: 1mm }
.dot { margin: 1mm 0; padding-left: 8mm; line-height: 1.7 }
.it { padding-left: 5mm; text-indent: -5mm } .it .n { display: inline-block; width: 5mm; text-indent: 0 }
.tagline { padding-left: 5mm }
.twocol { display: flex; justify-content: space-between }
.zebra { width: 100%; font-size: 9.5pt }
.zebra th { background: #bfbfbf; border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 1.5mm 1mm }
.zebra td { border-bottom: 0.5pt solid #666; padding: 2.2mm 1.5mm; text-align: right }
.zebra tr.z td { background: #eef2f7 }
.zebra td.vert { text-align: center; background: #fff !important; border-right: 0.5pt solid #666 }
.vert span { writing-mode: vertical-rl; letter-spacing: 1mm }
.cap { font-weight: bold; margin: 4mm 0 1mm }
.framed { border: 1.2pt solid #000; padding: 2mm }
.framed table { width: 100% }
.src { font-size: 8pt; margin-top: 1mm }
.chart { border: 0.7pt solid #888; padding: 2mm; text-align: center }
"""


def build():
    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>" + \
        page1() + page2() + page3() + page4() + page5() + page6() + "</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(src)], check=True, capture_output=True, timeout=120)
    document = {"kind": "committee_material", "family": "kobetsu", "municipality": "相模原市",
                "title": "令和5年度第3回相模原市債権管理対策委員会 資料",
                "date": "2024-03-21", "date_raw": "令和６年３月２１日（木）"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
