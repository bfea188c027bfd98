"""m_toyota_progress_1: mid-year progress report (債権回収・整理計画 中間報告, 2月末 = leap-year 2月29日).
PyMuPDF Story HTML, one sheet per debt."""
import sys
from m_common import F, I, write_gold, ROOT
from m_story_util import story_pdf

STEM = "m_toyota_progress_1"
CITY = "豊田市"
AS, ASP = "2024-02-29", "2023-02-28"
FY = 2023
SEC = "年度後半の主な取組"
facts, inits = [], []

DEBTS = [
    dict(name="市税", jis="催告書の一斉発送（５月・９月）、給与及び預貯金の差押え、県と共同での捜索（１回）を実施した。", ka="財務部 市民税課・納税課", seg2="滞繰分", cur=(98.12, 97.96), arr=(27.35, 25.81),
         r4=(99.21, 31.02), mi=(99.25, 31.50), mk=(99.30, 32.00), yr="令和4年度", amt=(1956, 1843, 1800),
         tori=[("ア", "高額滞納案件は、不動産と動産の捜索を年度内に集中的に実施する。", "継続", False),
               ("イ", "SMSによる納付勧奨を、軽自動車税の未納者にも広げる。", "拡充", True),
               ("ウ", "３月の出納閉鎖に向け、分納誓約者の残額の一括納付を勧める。", "継続", False)]),
    dict(name="国民健康保険税", jis="口座振替勧奨と休日納付相談（２回）を実施し、財産調査の結果に基づき預貯金の差押えを行った。", ka="市民部 国保年金課", seg2="滞繰分", cur=(90.45, 90.02), arr=(20.13, 19.66),
         r4=(95.10, 24.80), mi=(95.20, 25.10), mk=(95.50, 26.00), yr="R4", amt=(1210, 1150, 1120),
         tori=[("ア", "資格喪失世帯の未納分について、納税課と共同で財産調査を行う。", "継続", False),
               ("イ", "短期被保険者証の更新時に納付相談を必須とする。", "新規", True)]),
    dict(name="介護保険料", jis="普通徴収の未納者に対して催告書を送付し、納付が困難な方には分割納付の相談に応じた。", ka="福祉部 介護保険課", seg2="滞繰分", cur=(97.88, 97.91), arr=(12.04, 11.20),
         r4=(99.30, 14.50), mi=(99.28, 15.00), mk=(99.35, 16.00), yr="令和4年度", amt=None,
         tori=[("ア", "普通徴収の新規対象者に、口座振替の申込書を同封する。", "継続", False),
               ("イ", "給付制限の予告通知を活用し、納付相談につなげる。", "継続", False)]),
    dict(name="後期高齢者医療保険料", jis="督促状送付後の電話催告を行い、年金からの特別徴収への切替えを確認した。", ka="市民部 国保年金課", seg2="滞繰分", cur=(98.95, 98.80), arr=(30.22, 28.40),
         r4=(99.60, 38.10), mi=(99.62, 39.00), mk=(99.65, 40.00), yr="4年度", amt=None,
         tori=[("ア", "75歳到達者に対し、年金からの特別徴収開始までの納付方法を個別に案内する。", "新規", True)]),
    dict(name="市営住宅使用料", jis="滞納３か月以上の入居者との面談と、連帯保証人への納付依頼を実施した。", ka="都市整備部 住宅課", seg2="過年度分", cur=(94.30, 93.87), arr=(9.86, 8.95),
         r4=(97.40, 12.20), mi=(97.50, 12.80), mk=(97.80, 14.00), yr="令和4年度", amt=(58, 55, 50),
         tori=[("ア", "滞納６か月以上の入居者について、明渡し請求訴訟の準備を進める。", "継続", False),
               ("イ", "退去者の所在調査を行い、支払督促を申し立てる。", "拡充", False)]),
]

CSS = """
body {font-family: G; font-size: 10pt;}
h1 {font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 12pt; margin: 10pt 0 4pt 0; border-bottom: 1px solid black;}
p {margin: 2pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {background-color: #e6e6e6; font-weight: normal; text-align: center;}
td.n {text-align: right;}
.small {font-size: 8.5pt;}
.box {border: 1px solid black; padding: 4pt;}
"""

pages = []
# ---- page 1: summary ----
rows = ""
for D in DEBTS:
    c, a = D["cur"], D["arr"]
    dc = f"{c[0] - c[1]:+.2f}".replace("-", "△").replace("+", "")
    da = f"{a[0] - a[1]:+.2f}".replace("-", "△").replace("+", "")
    rows += (f"<tr><td>{D['name']}</td><td class='n'>{c[0]:.2f}</td><td class='n'>{c[1]:.2f}</td><td class='n'>{dc}</td>"
             f"<td class='n'>{a[0]:.2f}</td><td class='n'>{a[1]:.2f}</td><td class='n'>{da}</td></tr>")
    for seg, v in (("current", c), ("arrears", a)):
        facts.append(F(D["name"], FY, "R6.2.29", seg, "collection_rate", "interim", v[0], "percent", f"{v[0]:.2f}", as_of=AS, page=1))
        facts.append(F(D["name"], FY - 1, "R5.2.28", seg, "collection_rate", "interim", v[1], "percent", f"{v[1]:.2f}", as_of=ASP, page=1))
p1 = f"""
<h1>令和５年度　債権回収・整理計画（中間報告）</h1>
<p style="text-align:right">令和６年３月<br/>豊田市 財務部 債権対策課</p>
<h2>１　中間報告の概要</h2>
<p>　本報告は、令和５年度債権回収・整理計画に掲げた主要５債権について、令和６年２月末時点の徴収状況と、年度後半の取組をまとめたものです。
令和４年度決算における市全体の収入未済額は約41億2,500万円であり、計画では令和５年度末までに約39億円まで縮減することを目指しています。</p>
<h2>２　主要債権の徴収率（２月末現在）</h2>
<p style="text-align:right" class="small">表１　（単位：％、ポイント）</p>
<table>
<tr><th rowspan="3">債権名</th><th colspan="3">現年分</th><th colspan="3">滞繰分</th></tr>
<tr><th>２月末</th><th>前年同期</th><th>増減</th><th>２月末</th><th>前年同期</th><th>増減</th></tr>
<tr><th>R6.2.29</th><th>R5.2.28</th><th>(A)-(B)</th><th>R6.2.29</th><th>R5.2.28</th><th>(C)-(D)</th></tr>
{rows}
</table>
<p class="small">※市営住宅使用料の滞繰分欄は過年度分の徴収率。徴収率は収入済額÷調定額（還付未済額控除後）。</p>
<p>　現年分は介護保険料を除き前年同期を上回っていますが、滞繰分は依然として低い水準にあり、年度後半も滞納処分と納付折衝を並行して進めます。</p>
"""
facts.append(F(None, 2022, "令和４年度", "total", "outstanding", "actual", 4125000000, "yen", "約41億2,500万円", approx=True, page=1))
facts.append(F(None, 2023, "令和５年度末", "total", "outstanding", "target", 3900000000, "yen", "約39億円", approx=True, page=1))
pages.append(p1)

for pi, D in enumerate(DEBTS, start=2):
    n, s2 = D["name"], D["seg2"]
    c, a = D["cur"], D["arr"]
    yr = D["yr"]
    y4 = {"令和4年度": "令和4年度決算", "R4": "R4決算", "4年度": "4年度決算"}[yr]
    html = f"""
<table><tr><th style="width:60pt">整理番号</th><th style="width:260pt">対象債権</th><th>所管</th></tr>
<tr><td style="text-align:center">{pi - 1:03d}</td><td style="font-size:12pt">債権名　{n}</td><td>{D['ka']}</td></tr></table>
<p style="margin-top:8pt"><b>上半期の取組実績</b></p>
<p>　{D['jis']}</p>
<p style="margin-top:8pt"><b>【徴収率】令和６年２月末時点</b></p>
<p>　・現年分　{c[0]:.2f}％（前年同期 {c[1]:.2f}％）</p>
<p>　・{s2}　{a[0]:.2f}％（前年同期 {a[1]:.2f}％）</p>
"""
    for seg, v in (("current", c), ("arrears", a)):
        facts.append(F(n, FY, "令和６年２月末", seg, "collection_rate", "interim", v[0], "percent", f"{v[0]:.2f}％", as_of=AS, page=pi))
        facts.append(F(n, FY - 1, "前年同期", seg, "collection_rate", "interim", v[1], "percent", f"{v[1]:.2f}％", as_of=ASP, page=pi))
    html += f"""
<p style="margin-top:8pt"><b>年度末の見込みと目標</b>　<span class="small">（単位：％）</span></p>
<table>
<tr><th rowspan="2">区分</th><th rowspan="2">{y4}</th><th colspan="2">令和５年度</th><th rowspan="2">見込み－目標</th></tr>
<tr><th>見込み</th><th>目標</th></tr>
"""
    for lab, seg, i in (("現年分", "current", 0), (s2, "arrears", 1)):
        d = D["mi"][i] - D["mk"][i]
        html += (f"<tr><td>{lab}</td><td class='n'>{D['r4'][i]:.2f}</td><td class='n'>{D['mi'][i]:.2f}</td>"
                 f"<td class='n'>{D['mk'][i]:.2f}</td><td class='n'>{d:+.2f}</td></tr>").replace("+-", "△").replace("-", "△").replace(">+", ">")
        facts.append(F(n, 2022, y4.replace("決算", ""), seg, "collection_rate", "actual", D["r4"][i], "percent", f"{D['r4'][i]:.2f}", page=pi))
        facts.append(F(n, 2023, "令和５年度", seg, "collection_rate", "estimate", D["mi"][i], "percent", f"{D['mi'][i]:.2f}", page=pi))
        facts.append(F(n, 2023, "令和５年度", seg, "collection_rate", "target", D["mk"][i], "percent", f"{D['mk'][i]:.2f}", page=pi))
    html += "</table>"
    if D["amt"]:
        a4, am, ak = D["amt"]
        html += f"""
<p style="margin-top:8pt"><b>収入未済額</b>　<span class="small">（単位：百万円）</span></p>
<table><tr><th>{y4.replace('決算', '')}末（実績）</th><th>令和５年度末（見込み）</th><th>令和５年度末（目標）</th></tr>
<tr><td class='n'>{a4:,}</td><td class='n'>{am:,}</td><td class='n'>{ak:,}</td></tr></table>
"""
        facts.append(F(n, 2022, y4.replace("決算", "") + "末", "total", "outstanding", "actual", a4 * 10**6, "yen", f"{a4:,}", page=pi))
        facts.append(F(n, 2023, "令和５年度末", "total", "outstanding", "estimate", am * 10**6, "yen", f"{am:,}", page=pi))
        facts.append(F(n, 2023, "令和５年度末", "total", "outstanding", "target", ak * 10**6, "yen", f"{ak:,}", page=pi))
    html += f"<p style='margin-top:8pt'><b>{SEC}</b></p><div class='box'>"
    for lab, txt, stt, wrap in D["tori"]:
        tag = f"<br/>　【{stt}】" if wrap else f"【{stt}】"
        html += f"<p>{lab}　{txt}{tag}</p>"
        inits.append(I(n, FY, SEC, lab, txt, stt, page=pi))
    html += "</div>"
    pages.append(html)

story_pdf(pages, CSS, ROOT / "pdf" / f"{STEM}.pdf", header="令和５年度 債権回収・整理計画（中間報告）", footer_fmt="{n}")
doc = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画（中間報告）",
       "date": "2024-03-01", "date_raw": "令和６年３月"}
sys.exit(0 if write_gold(STEM, doc, facts, inits) else 1)
