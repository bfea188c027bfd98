"""北九州市-style mid-year progress report (中間報告, 2月末 = leap-year 2月29日) — PyMuPDF Story.

Family: 大阪市-style progress sheets (one sheet per debt, month-end rates with 前年同期, 決算見込, 目標,
主な取組, ward table) printed the way a different city's template would.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_common import F, I, OUT, PDF, write_gold, zen  # noqa: E402
from e5_story import render  # noqa: E402

STEM = "e_kitakyushu_chukan_1"
CITY = "北九州市"
TITLE = "令和５年度 債権回収・整理計画（中間報告）"
NOW, NOW_ASOF, NOW_RAW = 2023, "2024-02-29", "令和6年2月29日"
PRV, PRV_ASOF = 2022, "2023-02-28"

# debt -> segment -> (feb now, feb prev, estimate, target, prev-year final)
D = {
    "国民健康保険料": dict(dept="保健福祉局 保険年金課", cur=(86.4, 85.9, 93.1, 93.3, 92.8), arr=(19.8, 18.6, 23.5, 24.0, 22.7),
                    zan=(3215448, 3402117)),
    "介護保険料": dict(dept="保健福祉局 介護保険課", cur=(95.2, 95.0, 98.9, 99.0, 98.8), arr=(14.1, 13.2, 17.0, 17.5, 16.4),
                  zan=(402887, 415230)),
    "市営住宅使用料": dict(dept="建築都市局 住宅管理課", cur=(93.8, 93.5, 98.6, 98.7, 98.5), arr=(9.7, 10.3, 12.0, 13.0, 12.4),
                    zan=(288104, 279566)),
    "保育所保育料": dict(dept="子ども家庭局 保育課", cur=(95.6, 95.9, 98.1, 98.4, 98.3), arr=(16.2, 15.1, 19.0, 19.0, 18.2),
                   zan=(96512, 101377)),
}
SEGN = {"cur": "現年度分", "arr": "滞納繰越分"}
SEG = {"cur": "current", "arr": "arrears"}

WARDS = ["門司区", "小倉北区", "小倉南区", "若松区", "八幡東区", "八幡西区", "戸畑区"]
W_CUR = [(85.1, 84.9), (84.2, 83.5), (87.9, 87.2), (87.3, 86.4), (86.0, 86.2), (87.1, 86.6), (88.4, 87.5)]
W_ARR = [(18.2, 17.7), (17.9, 16.8), (21.6, 20.1), (20.3, 19.5), (19.1, 18.8), (20.8, 19.4), (22.5, 20.9)]

INITS = {
    "国民健康保険料": ("主な取組（後半）", [
        ("(1)", "口座振替原則化の徹底として、新規加入世帯には窓口で口座振替の申込みを受け付け、未申込世帯には3月に勧奨通知を送付する。", "継続"),
        ("(2)", "2期以上の未納世帯に対し、コールセンターからの電話催告とSMS催告を組み合わせ、早期の納付につなげる。", "拡充"),
        ("(3)", "財産調査で預貯金等が判明した世帯には差押予告を送付し、納付がない場合は速やかに差押えを執行する。", "継続"),
        ("(4)", "区役所間で滞納整理の進捗を毎月共有し、徴収率が低い区には本庁職員が臨区して助言を行う。", "新規"),
    ]),
    "介護保険料": ("主な取組（後半）", [
        ("(1)", "普通徴収の初期滞納者に対し、督促状発送の翌月に催告書を送付する。", "継続"),
        ("(2)", "長期滞納者について年金以外の財産調査を行い、資力に応じて滞納処分を実施する。", "継続"),
        ("(3)", "滞納による給付制限の内容を分かりやすく記したチラシを作成し、催告書に同封する。", "新規"),
    ]),
    "市営住宅使用料": ("主な取組（後半）", [
        ("(1)", "3か月以上の滞納者に対して呼出しと訪問による納付指導を行い、分納誓約の履行を管理する。", "継続"),
        ("(2)", "分納不履行が続く者や退去滞納者については、連帯保証人への請求を行うとともに法的措置を検討する。", "継続"),
        ("(3)", "指定管理者と月1回の連絡会議を開き、高額滞納者の対応方針を共有する。", "拡充"),
    ]),
    "保育所保育料": ("主な取組（後半）", [
        ("(1)", "在園児の滞納者には園を通じて納付相談を案内し、児童手当からの特別徴収の申出を勧める。", "継続"),
        ("(2)", "退園後の滞納者について、財産調査の結果に基づき給与等の差押えを実施する。", "継続"),
        ("(3)", "スマートフォン決済アプリによる納付を周知し、現年度分の期限内納付を促す。", None),
    ]),
}

ZAN_NOTE = {
    "国民健康保険料": "被保険者数の減少に伴い調定額が減少しているが、現年度分は前年同期を上回っている。",
    "介護保険料": "特別徴収への切替えが進み、現年度分は前年同期とほぼ同水準で推移している。",
    "市営住宅使用料": "滞納繰越分は高額滞納者の分納が中心となり、前年同期を下回っている。",
    "保育所保育料": "現年度分はやや下回っているが、滞納繰越分は差押えの実施により前年同期を上回った。",
}


def f1(v):
    return f"{v:.1f}"


def diff(a, b):
    d = round(a - b, 1)
    return f"△{abs(d):.1f}" if d < 0 else f"{d:.1f}"


def build():
    facts, inits = [], []
    chunks = []
    # ---- page 1: cover + overview table (one debt per row; segment x period column groups; no % sign)
    rows = ""
    for k, (debt, d) in enumerate(D.items(), 1):
        c, a = d["cur"], d["arr"]
        rows += (f"<tr><td>{k}</td><td>{debt}</td><td class='n'>{f1(c[0])}</td><td class='n'>{f1(c[1])}</td>"
                 f"<td class='n'>{diff(c[0], c[1])}</td><td class='n'>{f1(a[0])}</td><td class='n'>{f1(a[1])}</td>"
                 f"<td class='n'>{diff(a[0], a[1])}</td></tr>")
        for seg in ("cur", "arr"):
            v = d[seg]
            anc = ["主要債権の徴収率一覧", debt]
            facts.append(F(debt, NOW, "令和５年度", SEG[seg], "collection_rate", "interim", v[0], "percent", f1(v[0]),
                           anchor=anc, as_of=NOW_ASOF))
            facts.append(F(debt, PRV, "令和４年度", SEG[seg], "collection_rate", "interim", v[1], "percent", f1(v[1]),
                           anchor=anc, as_of=PRV_ASOF))
    chunks.append(f"""
<p class='r'>令和６年３月２７日<br>北九州市財政局税務部 債権管理課</p>
<h1>{TITLE}</h1>
<p>　北九州市債権管理条例に基づき作成した令和５年度債権回収・整理計画について、令和６年２月末時点の進捗状況を取りまとめた。
各債権の所管課では、年度後半の取組を確実に実施し、目標徴収率の達成をめざす。</p>
<h2>１　主要債権の徴収率一覧（２月末現在）</h2>
<p class='r note'>（単位：％）</p>
<table style='width:100%'>
<tr><th rowspan='2'>No.</th><th rowspan='2'>債権名</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>
<tr><th>令和5年度<br>2月末</th><th>前年同期</th><th>差</th><th>令和5年度<br>2月末</th><th>前年同期</th><th>差</th></tr>
{rows}
</table>
<p class='note'>※「前年同期」は令和５年２月28日現在、「差」はポイント。</p>
<h2>２　債権ごとの状況</h2>
<p>　各債権の状況は次ページ以降のとおり。国民健康保険料については、区ごとの徴収率を別に掲げる。</p>
""")

    # ---- debt sheets (one chunk each, different print styles)
    for k, (debt, d) in enumerate(D.items(), 1):
        c, a = d["cur"], d["arr"]
        head = (f"<table style='width:100%'><tr><td class='g'>債権名　{debt}</td><td>所管　{d['dept']}</td>"
                f"<td>整理番号　{k:03d}</td></tr></table>")
        body = ""
        if k == 1:  # side-by-side column groups, unit in title, no %
            body += f"""<h3>(1) 徴収率の状況（単位：％）</h3>
<table>
<tr><th rowspan='2'>区分</th><th colspan='3'>２月末の状況</th><th colspan='3'>年度末の見通し</th></tr>
<tr><th>令和5年度<br>(R6.2.29)</th><th>前年同期<br>(R5.2.28)</th><th>差</th><th>決算見込</th><th>目標</th><th>前年度決算</th></tr>
<tr><td>{SEGN['cur']}</td><td class='n'>{f1(c[0])}</td><td class='n'>{f1(c[1])}</td><td class='n'>{diff(c[0], c[1])}</td>
<td class='n'>{f1(c[2])}</td><td class='n'>{f1(c[3])}</td><td class='n'>{f1(c[4])}</td></tr>
<tr><td>{SEGN['arr']}</td><td class='n'>{f1(a[0])}</td><td class='n'>{f1(a[1])}</td><td class='n'>{diff(a[0], a[1])}</td>
<td class='n'>{f1(a[2])}</td><td class='n'>{f1(a[3])}</td><td class='n'>{f1(a[4])}</td></tr>
</table>"""
            raws = {s: [f1(x) for x in d[s]] for s in ("cur", "arr")}
        elif k == 3:  # transposed: rows = periods, columns = segments, values with %
            body += f"""<h3>(1) 徴収率の状況</h3>
<table>
<tr><th>区分</th><th>{SEGN['cur']}</th><th>{SEGN['arr']}</th></tr>
<tr><td>令和6年2月末</td><td class='n'>{f1(c[0])}%</td><td class='n'>{f1(a[0])}%</td></tr>
<tr><td>前年同期（令和5年2月末）</td><td class='n'>{f1(c[1])}%</td><td class='n'>{f1(a[1])}%</td></tr>
<tr><td>決算見込</td><td class='n'>{f1(c[2])}%</td><td class='n'>{f1(a[2])}%</td></tr>
<tr><td>目標徴収率</td><td class='n'>{f1(c[3])}%</td><td class='n'>{f1(a[3])}%</td></tr>
<tr><td>令和4年度決算</td><td class='n'>{f1(c[4])}%</td><td class='n'>{f1(a[4])}%</td></tr>
</table>"""
            raws = {s: [f1(x) + "%" for x in d[s]] for s in ("cur", "arr")}
        else:  # bracketed headings over bullets labelled only by segment
            z = (k == 4)
            fr = (lambda v: zen(f1(v)) + "％") if z else (lambda v: f1(v) + "％")
            body += f"""<h3>(1) 徴収率の状況</h3>
<p class='g'>【徴収率】令和６年２月29日現在</p>
<p>　・{SEGN['cur']}　{fr(c[0])}（前年同期　{fr(c[1])}）</p>
<p>　・{SEGN['arr']}　{fr(a[0])}（前年同期　{fr(a[1])}）</p>
<p class='g'>【年度末見通し】</p>
<p>　・決算見込徴収率　{SEGN['cur']} {fr(c[2])}／{SEGN['arr']} {fr(a[2])}</p>
<p>　・目標徴収率　　　{SEGN['cur']} {fr(c[3])}／{SEGN['arr']} {fr(a[3])}</p>
<p>　・令和4年度決算　　{SEGN['cur']} {fr(c[4])}／{SEGN['arr']} {fr(a[4])}</p>"""
            raws = {s: [fr(x) for x in d[s]] for s in ("cur", "arr")}
        zn, zp = d["zan"]
        body += f"""<h3>(2) 未収金残高</h3>
<p>　２月末の未収金残高は{zn:,}千円（前年同期 {zp:,}千円）。{ZAN_NOTE[debt]}</p>"""
        sec, items = INITS[debt]
        lis = ""
        for lab, txt, st in items:
            tag = f"【{st}】" if st else ""
            lis += f"<p>{lab}　{txt}{tag}</p>"
            inits.append(I(debt, NOW, sec, lab, txt, st, anchor=f"債権名　{debt}"))
        body += f"<h3>(3) {sec}</h3><div class='box'>{lis}</div>"
        chunks.append(head + body)
        anc = f"債権名　{debt}"
        for s in ("cur", "arr"):
            r = raws[s]
            v = d[s]
            facts += [
                F(debt, NOW, "令和5年度", SEG[s], "collection_rate", "interim", v[0], "percent", r[0], anchor=anc, as_of=NOW_ASOF),
                F(debt, PRV, "令和4年度", SEG[s], "collection_rate", "interim", v[1], "percent", r[1], anchor=anc, as_of=PRV_ASOF),
                F(debt, NOW, "令和5年度", SEG[s], "collection_rate", "estimate", v[2], "percent", r[2], anchor=anc),
                F(debt, NOW, "令和5年度", SEG[s], "collection_rate", "target", v[3], "percent", r[3], anchor=anc),
                F(debt, PRV, "令和4年度", SEG[s], "collection_rate", "actual", v[4], "percent", r[4], anchor=anc),
            ]
        facts += [
            F(debt, NOW, "令和5年度", "total", "outstanding", "interim", zn * 1000, "yen", f"{zn:,}千円", anchor=anc, as_of=NOW_ASOF),
            F(debt, PRV, "前年同期", "total", "outstanding", "interim", zp * 1000, "yen", f"{zp:,}千円", anchor=anc, as_of=PRV_ASOF),
        ]

    # ---- ward table (国民健康保険料): one ward per row, segment x year groups, unit in note
    rows = ""
    for w, (cn, cp), (an, ap) in zip(WARDS, W_CUR, W_ARR):
        rows += (f"<tr><td>{w}</td><td class='n'>{f1(cn)}</td><td class='n'>{f1(cp)}</td><td class='n'>{diff(cn, cp)}</td>"
                 f"<td class='n'>{f1(an)}</td><td class='n'>{f1(ap)}</td><td class='n'>{diff(an, ap)}</td></tr>")
        anc = ["区役所で収納事務を行っている債権の状況", w]
        for seg, (vn, vp) in (("current", (cn, cp)), ("arrears", (an, ap))):
            facts.append(F("国民健康保険料", NOW, "令和5年度", seg, "collection_rate", "interim", vn, "percent", f1(vn),
                           anchor=anc, as_of=NOW_ASOF, area=w))
            facts.append(F("国民健康保険料", PRV, "令和4年度", seg, "collection_rate", "interim", vp, "percent", f1(vp),
                           anchor=anc, as_of=PRV_ASOF, area=w))
    c, a = D["国民健康保険料"]["cur"], D["国民健康保険料"]["arr"]
    rows += (f"<tr><td class='g'>全市計</td><td class='n'>{f1(c[0])}</td><td class='n'>{f1(c[1])}</td><td class='n'>{diff(c[0], c[1])}</td>"
             f"<td class='n'>{f1(a[0])}</td><td class='n'>{f1(a[1])}</td><td class='n'>{diff(a[0], a[1])}</td></tr>")
    anc = ["区役所で収納事務を行っている債権の状況", "全市計"]
    for seg, v in (("current", c), ("arrears", a)):
        facts.append(F("国民健康保険料", NOW, "令和5年度", seg, "collection_rate", "interim", v[0], "percent", f1(v[0]), anchor=anc, as_of=NOW_ASOF))
        facts.append(F("国民健康保険料", PRV, "令和4年度", seg, "collection_rate", "interim", v[1], "percent", f1(v[1]), anchor=anc, as_of=PRV_ASOF))
    chunks.append(f"""
<h2>３　区役所で収納事務を行っている債権の状況（２月末現在）</h2>
<p>債権名：国民健康保険料</p>
<p class='r note'>単位：％</p>
<table>
<tr><th rowspan='2'>区</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>
<tr><th>令和5年度</th><th>令和4年度</th><th>差</th><th>令和5年度</th><th>令和4年度</th><th>差</th></tr>
{rows}
</table>
<p class='note'>※各年度とも２月末時点の徴収率。差は令和5年度－令和4年度（ポイント）。</p>
<p>　各区とも現年度分は概ね前年同期を上回っているが、八幡東区は前年同期をやや下回っている。
年度末に向け、区ごとの進捗管理を徹底する。</p>
""")
    pdf = render(chunks, PDF / f"{STEM}.pdf", header=f"{TITLE}　",
                 footer_fmt="{n}")
    doc = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
           "date": "2024-03-27", "date_raw": "令和６年３月２７日"}
    write_gold(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
