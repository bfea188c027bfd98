"""宮崎市 令和５年度 債権回収・整理計画（中間報告） -> PyMuPDF Story (landscape p1, rotated last page)."""
from l_common import fact, init, finish, story_pages, PDF

STEM = "l_miyazaki_progress_1"
MUNI = "宮崎市"
TITLE = "令和５年度 債権回収・整理計画（中間報告）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

CSS = """
@font-face {font-family: M; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexfont-gothic/ipaexg.ttf);}
body {font-family: G; font-size: 10pt; line-height: 1.4;}
h1 {font-size: 14pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; font-size: 9pt; padding: 2pt 4pt;}
th {background-color: #e8e8e8; font-weight: normal;}
td.n {text-align: right;}
.m {font-family: M;}
.u {text-align: right; font-size: 8.5pt;}
"""

# debt -> interim(cur, arr), prev interim(cur, arr), estimate, target, prev actual
D = {
    "市税": dict(ka="税務部 納税管理課", i=(88.62, 24.5), p=(88.31, 23.8), e=(98.95, 27.0), t=(99.00, 27.5), a=(98.88, 26.2),
               tori=[("(1)", "滞納処分の早期着手を徹底し、財産調査から差押えまでの期間を短縮する。", "継続"),
                     ("(2)", "県と連携した合同滞納整理を実施し、高額案件の縮減を図る。", "継続"),
                     ("(3)", "コンビニ納付・スマホ決済の周知により、納期内納付率を高める。", "拡充")]),
    "国民健康保険税": dict(ka="福祉部 国民健康保険課", i=(80.14, 17.9), p=(79.62, 17.2), e=(94.10, 21.0), t=(94.30, 21.5), a=(93.86, 20.4),
                    tori=[("(1)", "資格喪失世帯に対し、喪失後速やかに文書催告を行う。", "継続"),
                          ("(2)", "納付相談の際に口座振替の申込みを必ず勧奨する。", "新規")]),
    "介護保険料": dict(ka="福祉部 介護保険課", i=(86.35, 12.4), p=(86.02, 11.9), e=(98.60, 15.0), t=(98.70, 16.0), a=(98.52, 14.3),
                  tori=[("(1)", "普通徴収の未納者に対し、給付制限の説明を含めた個別催告を行う。", "継続"),
                        ("(2)", "地域包括支援センターと連携し、生活状況に応じた納付相談を行う。", "継続")]),
    "市営住宅使用料": dict(ka="建設部 住宅課", i=(91.20, 10.6), p=(90.75, 10.1), e=(98.10, 13.0), t=(98.30, 14.0), a=(97.96, 12.5),
                    tori=[("(1)", "３か月以上の滞納者には明渡請求を前提とした納付指導を行う。", "継続"),
                          ("(2)", "退去滞納者の連帯保証人への請求を徹底する。", "拡充")]),
}
ORDER = list(D)
AREAS = [("中央", 88.95, 88.70), ("佐土原総合支所", 87.41, 87.02), ("田野総合支所", 89.30, 89.11),
         ("高岡総合支所", 86.88, 86.90), ("清武総合支所", 88.12, 87.55)]

facts, inits = [], []

# ------------------------------------------------------------------ page 1 (landscape) summary
h = (f"<h1>{TITLE}</h1><p style='text-align:center'>宮崎市債権管理推進本部　令和６年３月</p>"
     "<h2>１　主要債権の徴収率の状況（令和６年２月２９日現在）</h2><p class='u'>単位：％</p>"
     "<table><tr><th rowspan='2'>債権名</th><th colspan='3'>現年分</th><th colspan='3'>滞繰分</th></tr>"
     "<tr><th>2月末</th><th>前年同期</th><th>差</th><th>2月末</th><th>前年同期</th><th>差</th></tr>")
for d in ORDER:
    x = D[d]
    dc, da = x["i"][0] - x["p"][0], x["i"][1] - x["p"][1]
    h += (f"<tr><td>{d}</td><td class=n>{x['i'][0]:.2f}</td><td class=n>{x['p'][0]:.2f}</td><td class=n>{'△' if dc < 0 else ''}{abs(dc):.2f}</td>"
          f"<td class=n>{x['i'][1]:.1f}</td><td class=n>{x['p'][1]:.1f}</td><td class=n>{'△' if da < 0 else ''}{abs(da):.1f}</td></tr>")
    for k, seg, nd in ((0, "current", 2), (1, "arrears", 1)):
        facts.append(fact(d, 2023, "2月末", seg, "collection_rate", "interim", x["i"][k], "percent", f"{x['i'][k]:.{nd}f}", 1, as_of=AS_OF))
        facts.append(fact(d, 2022, "前年同期", seg, "collection_rate", "interim", x["p"][k], "percent", f"{x['p'][k]:.{nd}f}", 1, as_of=AS_OF_PREV))
h += ("</table><p class='m'>※「差」は前年同期との比較（ポイント）。△はマイナス。</p>"
      "<h2>２　中間報告の概要</h2><p class='m'>　各債権とも、現年分の徴収率は前年同期を上回って推移しているが、滞繰分については"
      "引き続き高額・困難案件の処理が課題となっている。年度末に向け、各所管課において決算見込を踏まえた取組を強化する。</p>")
pages = [h]

# ------------------------------------------------------------------ sheets
for n, d in enumerate(ORDER):
    pg = n + 2
    x = D[d]
    s = (f"<table><tr><td style='width:60%;font-size:11pt'>債権名　{d}</td><td>所管　{x['ka']}</td></tr></table>"
         f"<h2>【徴収率】令和６年２月２９日現在</h2>"
         f"<p>・現年分　{x['i'][0]:.2f}％（前年同期 {x['p'][0]:.2f}％）</p>"
         f"<p>・滞繰分　{x['i'][1]:.1f}％（前年同期 {x['p'][1]:.1f}％）</p>")
    for k, seg, nd in ((0, "current", 2), (1, "arrears", 1)):
        facts.append(fact(d, 2023, "令和６年２月２９日", seg, "collection_rate", "interim", x["i"][k], "percent", f"{x['i'][k]:.{nd}f}％", pg, as_of=AS_OF))
        facts.append(fact(d, 2022, "前年同期", seg, "collection_rate", "interim", x["p"][k], "percent", f"{x['p'][k]:.{nd}f}％", pg, as_of=AS_OF_PREV))
    s += ("<h2>【年度末の見通し】</h2><p class='u'>（単位：％）</p><table><tr><th>区分</th><th>決算見込</th><th>目標値</th><th>前年度決算</th></tr>")
    for k, lab, seg, nd in ((0, "現年分", "current", 2), (1, "滞繰分", "arrears", 1)):
        s += f"<tr><td>{lab}</td><td class=n>{x['e'][k]:.{nd}f}</td><td class=n>{x['t'][k]:.{nd}f}</td><td class=n>{x['a'][k]:.{nd}f}</td></tr>"
        facts.append(fact(d, 2023, "令和５年度", seg, "collection_rate", "estimate", x["e"][k], "percent", f"{x['e'][k]:.{nd}f}", pg))
        facts.append(fact(d, 2023, "令和５年度", seg, "collection_rate", "target", x["t"][k], "percent", f"{x['t'][k]:.{nd}f}", pg))
        facts.append(fact(d, 2022, "前年度", seg, "collection_rate", "actual", x["a"][k], "percent", f"{x['a'][k]:.{nd}f}", pg))
    s += "</table><h2>【主な取組】</h2>"
    for lab, txt, stt in x["tori"]:
        s += f"<p class='m'>{lab}　{txt}<br>【{stt}】</p>"
        inits.append(init(d, 2023, "主な取組", lab, txt, stt, pg))
    if d == "市税":
        s += ("<h2>【地域別の状況】現年分　2月末</h2><p class='u'>単位：％</p><table><tr><th>地域</th><th>令和６年２月末</th><th>前年同期</th></tr>")
        for a, v, pv in AREAS:
            s += f"<tr><td>{a}</td><td class=n>{v:.2f}</td><td class=n>{pv:.2f}</td></tr>"
            facts.append(fact(d, 2023, "令和６年２月末", "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", pg, as_of=AS_OF, area=a))
            facts.append(fact(d, 2022, "前年同期", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}", pg, as_of=AS_OF_PREV, area=a))
        s += "</table>"
    pages.append(s)

story_pages(pages, PDF / f"{STEM}.pdf", CSS, header=lambda i, n: "債権回収・整理計画（中間報告）",
            footer=lambda i, n: f"{i} / {n}", landscape=(1,), rotate=(len(pages),))
ok = finish(STEM, "progress_report", MUNI, TITLE, "2024-03-01", "令和６年３月", facts, inits)
print("OK" if ok else "FAIL")
