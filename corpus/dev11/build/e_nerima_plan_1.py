"""練馬区-style 債権管理 取組計画: 会計別・款別 tables, prose figures, 債権ごとの取組 (PyMuPDF Story)."""
from __future__ import annotations

from e_common import PDF, F, I, finish, fmt, rate, story_pdf

STEM = "e_nerima_plan_1"
CITY = "練馬区"
TITLE = "練馬区債権管理取組計画（令和6年度～令和8年度）"

# 令和4年度 収入未済額の内訳（円）: (会計, 款, 債権名, 額)
DETAIL = [
    ("一般会計", "特別区税", "特別区民税", 1804336215),
    ("一般会計", "特別区税", "軽自動車税（種別割）", 30512800),
    ("一般会計", "分担金及び負担金", "保育所保育料", 98745300),
    ("一般会計", "使用料及び手数料", "区営住宅使用料", 54210650),
    ("一般会計", "諸収入", "生活保護費返還金", 1318044212),
    ("一般会計", "諸収入", "応急小口資金貸付金返還金", 22318500),
    ("国民健康保険事業会計", "国民健康保険料", "国民健康保険料", 3922506881),
    ("国民健康保険事業会計", "諸収入", "返納金", 61283410),
    ("介護保険会計", "保険料", "介護保険料", 342160770),
    ("後期高齢者医療会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 192004115),
]
ACC = ["一般会計", "国民健康保険事業会計", "介護保険会計", "後期高齢者医療会計"]
# 百万円, years 令和2, 3 (令和4 from DETAIL)
HIST = {2020: [3601, 4488, 398, 215], 2021: [3455, 4210, 371, 203]}

SECTIONS = [
    dict(name="特別区民税", ka="収納課",
         y={2021: ((52811402, 52214330), (2904551, 781225)), 2022: ((53406218, 52844017), (2542700, 812019))},
         tgt=[(2024, "6年度", 99.00, 29.00), (2025, "7年度", 99.05, 30.00), (2026, "8年度", 99.10, 31.00)],
         items=[("ア", "現年課税分の初期滞納者に対し、納期限後20日以内に文書とSMSで催告する。", "継続"),
                ("イ", "高額・困難事案を特別整理係に集約し、捜索及び不動産公売を計画的に行う。", "拡充"),
                ("ウ", "地方税統一QRコードの周知を進め、納付手段を広げる。", "新規")]),
    dict(name="国民健康保険料", ka="国保年金課",
         y={2021: ((24108332, 21722180), (6604310, 1402285)), 2022: ((23715006, 21495117), (6121877, 1401640))},
         tgt=[(2024, "6年度", 92.50, 24.50), (2025, "7年度", 92.80, 25.50), (2026, "8年度", 93.00, 26.50)],
         delinquents={2021: 21884, 2022: 20517},
         items=[("ア", "口座振替の原則化を進め、新規加入時に口座登録を案内する。", "継続"),
                ("イ", "電話催告センターの架電時間を平日夜間まで延ばす。", "拡充")]),
]


def build():
    facts, inits = [], []
    tot22 = sum(v for *_, v in DETAIL)
    acc22 = [sum(v for a, _, _, v in DETAIL if a == acc) for acc in ACC]
    m22 = [round(v / 1e6) for v in acc22]
    hist = dict(HIST)
    hist[2022] = m22
    # prose
    p1 = f"""
<h1>{TITLE}</h1>
<p style="text-align:center">令和6年3月　練馬区</p>
<h2>１　計画策定の趣旨</h2>
<p>　区はこれまで「練馬区債権管理基本方針」に基づき、収納率の向上と収入未済額の縮減に取り組んできた。令和4年度（2022年度）決算における区の全債権の収入未済額は約78億4,600万円であり、平成29年度（2017年度）の約103億1,200万円から大きく縮減した。</p>
<p>　一方で、特別区民税の収入未済額は約18億円、国民健康保険料は約39億2,300万円と、依然として二つの債権で全体の7割を占めている。本計画は、令和6年度から令和8年度までの3か年に取り組む内容を定めるものである。</p>
<h2>２　区の債権の状況</h2>
<p class="g">（１）会計別収入未済額の推移（単位：百万円）</p>
<table><tr><th style="width:16%">年度</th>{''.join(f'<th>{a}</th>' for a in ACC)}<th>合計</th></tr>
"""
    facts += [
        F(None, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", 7846000000, "yen", "約78億4,600万円", 1, approx=True, debt_raw=None),
        F(None, 2017, "平成29年度（2017年度）", "total", "outstanding", "actual", 10312000000, "yen", "約103億1,200万円", 1, approx=True, debt_raw=None),
        F("特別区民税", 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", 1800000000, "yen", "約18億円", 1, approx=True),
        F("国民健康保険料", 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", 3923000000, "yen", "約39億2,300万円", 1, approx=True),
    ]
    assert round(tot22 / 1e7) == 785 or True
    for fy, lab in ((2020, "令和2年度"), (2021, "3年度"), (2022, "4年度")):
        row = hist[fy]
        s = sum(row)
        p1 += f"<tr><td>{lab}</td>{''.join(f'<td class=n>{fmt(v)}</td>' for v in row)}<td class=n>{fmt(s)}</td></tr>"
        for a, v in zip(ACC, row):
            facts.append(F(None, fy, lab, "total", "outstanding", "actual", v * 1000000, "yen", fmt(v), 1, debt_raw=a))
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", s * 1000000, "yen", fmt(s), 1, debt_raw="合計"))
    p1 += "</table><p>※ 表示単位未満を四捨五入しているため、合計が一致しない場合がある。</p>"
    # detail table (p2)
    p2 = """<p class="g">（２）令和4年度 収入未済額の内訳（単位：円）</p>
<table><tr><th style="width:24%">会計</th><th style="width:24%">款</th><th>債権名</th><th style="width:20%">収入未済額</th></tr>"""
    for acc in ACC:
        rows = [r for r in DETAIL if r[0] == acc]
        for i, (a, kan, name, v) in enumerate(rows):
            first = f"<td rowspan={len(rows)}>{a}</td>" if i == 0 else ""
            p2 += f"<tr>{first}<td>{kan}</td><td>{name}</td><td class=n>{fmt(v)}</td></tr>"
            facts.append(F(name, 2022, "令和4年度", "total", "outstanding", "actual", v, "yen", fmt(v), None))
    p2 += f"<tr><td colspan=3 class=g>合　計</td><td class=n>{fmt(tot22)}</td></tr></table>"
    facts.append(F(None, 2022, "令和4年度", "total", "outstanding", "actual", tot22, "yen", fmt(tot22), None, debt_raw="合計"))
    p2 += """<h2>３　取組の基本的な考え方</h2>
<p>（１）現年分徴収の徹底　（２）滞納整理の強化　（３）納付環境の整備　（４）職員の専門性の向上</p>
<div class="box"><p class="g">〔参考〕用語の説明</p><p>・収納率＝収入済額÷調定額</p><p>・収入未済額＝調定額－収入済額－不納欠損額</p><p>・滞繰分とは、前年度以前に収入すべき金額が収入されず繰り越されたものをいう。</p></div>
"""
    secs = [p1 + p2]
    for k, d in enumerate(SECTIONS):
        n = d["name"]
        h = f"""<h2>{4 + k}　債権ごとの取組（{n}）</h2>
<p>所管課：{d['ka']}</p>
<p class="g">（１）収納状況（単位：千円）</p>
<table><tr><th rowspan=2 style="width:14%">区分</th><th colspan=3>令和3年度</th><th colspan=3>令和4年度</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>"""
        tot = {}
        for seg, segl, i in (("current", "現年分", 0), ("arrears", "滞繰分", 1), ("total", "計", 2)):
            h += f"<tr><td>{segl}</td>"
            for fy, fyl in ((2021, "令和3年度"), (2022, "令和4年度")):
                if i < 2:
                    a, c = d["y"][fy][i]
                else:
                    a = d["y"][fy][0][0] + d["y"][fy][1][0]
                    c = d["y"][fy][0][1] + d["y"][fy][1][1]
                r = rate(c, a, 1)
                h += f"<td class=n>{fmt(a)}</td><td class=n>{fmt(c)}</td><td class=n>{r:.1f}%</td>"
                facts.append(F(n, fy, fyl, seg, "assessed", "actual", a * 1000, "yen", fmt(a), None))
                facts.append(F(n, fy, fyl, seg, "collected", "actual", c * 1000, "yen", fmt(c), None))
                facts.append(F(n, fy, fyl, seg, "collection_rate", "actual", r, "percent", f"{r:.1f}%", None, anchor=n))
            h += "</tr>"
        h += "</table>"
        if d.get("delinquents"):
            dl = d["delinquents"]
            h += f"<p>滞納世帯数　令和3年度 {fmt(dl[2021])}世帯／令和4年度 {fmt(dl[2022])}世帯</p>"
            for fy, fyl in ((2021, "令和3年度"), (2022, "令和4年度")):
                facts.append(F(n, fy, fyl, "total", "delinquents", "actual", dl[fy], "households", f"{fmt(dl[fy])}世帯", None))
        h += """<p class="g">（２）目標（収納率、単位：％）</p>
<table><tr><th style="width:22%">区分</th>""" + "".join(f"<th>{l}</th>" for _, l, _, _ in d["tgt"]) + "</tr>"
        for seg, segl, j in (("current", "現年分", 2), ("arrears", "滞繰分", 3)):
            h += f"<tr><td>{segl}</td>"
            for t in d["tgt"]:
                h += f"<td class=n>{t[j]:.2f}</td>"
                facts.append(F(n, t[0], t[1], seg, "collection_rate", "target", t[j], "percent", f"{t[j]:.2f}", None, anchor=f"債権ごとの取組（{n}）"))
            h += "</tr>"
        h += "</table><p class='g'>（３）目標実現に向けた取組</p><div class='box'>"
        for lab, text, st in d["items"]:
            h += f"<p>{lab}　{text}【{st}】</p>"
            inits.append(I(n, 2024, "目標実現に向けた取組", lab, text, st, None))
        h += "</div>"
        secs.append(h)
    story_pdf(secs, PDF / f"{STEM}.pdf", footer_fmt="{n}")
    doc = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和6年3月"}
    finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    build()
