"""和泉市 主要債権の収納状況と後半の取組（中間報告）, PyMuPDF Story, one debt per page."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from g2_common import *
from g2_story import render

STEM = "g2_izumi_chukan_1"
F = Facts(); INI = []
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
# name, dept, (interim cur, arr), (prev same period cur, arr), (R4 actual cur, arr, tot), (R5 est cur, arr, tot), (R5 target cur, arr, tot), outstanding estimate 万円, actions
D = [
 ("市税", "税務部納税課", (93.84, 29.17), (93.52, 27.60), (98.71, 31.05, 96.88), (98.85, 32.40, 97.12), (98.90, 33.00, 97.20), 184300,
  [("(1)", "高額滞納案件を特別整理班に集約し、捜索・タイヤロックを含む滞納処分を年度末までに完了する。", "継続"),
   ("(2)", "2月の催告強化月間に合わせ、未納者全員へのSMS催告を実施する。", "拡充"),
   ("(3)", "給与照会の電子化により、差押えまでの期間を短縮する。", "新規")]),
 ("国民健康保険料", "健康部国民健康保険課", (78.25, 17.90), (77.61, 17.12), (92.45, 21.30, 75.82), (92.70, 22.10, 76.90), (93.00, 23.00, 77.50), 121600,
  [("(1)", "資格喪失世帯の一覧を毎月作成し、文書と電話による納付督励を行う。", "継続"),
   ("(2)", "納付誓約の不履行世帯に差押予告書を送付し、なお納付がない場合は滞納処分を執行する。", "継続"),
   ("(3)", "口座振替の原則化を新規加入世帯から実施する。", "新規")]),
 ("介護保険料", "福祉部介護保険課", (92.06, 19.84), (91.88, 18.95), (98.60, 20.15, 97.31), (98.65, 21.00, 97.40), (98.70, 21.50, 97.45), 18400,
  [("(1)", "普通徴収の新規被保険者に対し、初回納期限後の電話勧奨を行う。", "継続"),
   ("(2)", "給付制限の対象となる滞納者へ、制限開始前に個別通知を送付する。", "拡充")]),
 ("後期高齢者医療保険料", "健康部医療助成課", (95.12, 36.40), (95.30, 35.10), (99.35, 40.20, 98.92), (99.30, 41.00, 98.90), (99.40, 41.50, 99.00), 3900,
  [("(1)", "年金特別徴収への切替えを早め、普通徴収期間の未納を減らす。", "継続"),
   ("(2)", "高額滞納者について、財産調査を早期に実施する。", "継続")]),
 ("保育所保育料", "子どもすこやか部施設利用課", (90.44, 14.85), (89.97, 15.60), (97.80, 18.40, 93.15), (97.95, 17.90, 93.40), (98.10, 19.00, 93.60), 2650,
  [("(1)", "児童手当からの特別徴収を、滞納2か月以上の世帯に個別に案内する。", "拡充"),
   ("(2)", "退園者の未納分について、卒園前の3月中に納付相談を行う。", "新規")]),
 ("市営住宅使用料", "建築部住宅管理課", (94.70, 12.35), (94.95, 11.80), (97.20, 15.10, 88.65), (97.25, 15.60, 88.90), (97.50, 16.00, 89.20), 9820,
  [("(1)", "滞納3か月以上の入居者に連帯保証人への通知を行う。", "継続"),
   ("(2)", "明渡し請求訴訟の対象を滞納6か月以上に拡大する。", "拡充")]),
]

def oku_man(man):
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")

def build():
    pages = []
    # page 1: summary, horizontal rules only, one debt per row; columns = segment x period groups
    rows = "".join(
        f"<tr><td>{n}</td><td class='r'>{i[0]:.2f}</td><td class='r'>{p[0]:.2f}</td><td class='r'>{i[1]:.2f}</td><td class='r'>{p[1]:.2f}</td><td>{dept}</td></tr>"
        for n, dept, i, p, *_ in D)
    pages.append(f"""
<h1>令和5年度 主要債権の収納状況と後半の取組（中間報告）</h1>
<p style="text-align:right">令和6年3月　和泉市 財務部 債権管理室</p>
<h2>1　はじめに</h2>
<p>　本市では「和泉市債権管理基本方針」に基づき、主要債権について年度当初に目標徴収率を定め、上半期と2月末時点の進捗を確認している。本報告は、令和6年2月29日現在の徴収率と、年度末に向けた後半の取組をまとめたものである。</p>
<h2>2　主要債権の徴収率一覧（2月末時点）</h2>
<p class="note" style="text-align:right">単位：％</p>
<table class="hr" style="width:100%">
<tr><th rowspan="2">債権名</th><th colspan="2">現年分</th><th colspan="2">滞繰分</th><th rowspan="2">所管課</th></tr>
<tr><th>R6.2.29</th><th>前年同期</th><th>R6.2.29</th><th>前年同期</th></tr>
{rows}
</table>
<p class="note">※前年同期は令和5年2月28日現在。徴収率＝収入済額÷調定額（還付未済額を除く）。</p>
<h2>3　債権ごとの状況</h2>
<p>　各債権の状況と後半の取組は次ページ以降のとおり。</p>
""")
    for n, dept, i, p, *_ in D:
        F.add(n, 2023, "R6.2.29", "current", "collection_rate", "interim", i[0], "percent", f"{i[0]:.2f}", 1, as_of=ASOF)
        F.add(n, 2022, "前年同期", "current", "collection_rate", "interim", p[0], "percent", f"{p[0]:.2f}", 1, as_of=ASOF_P)
        F.add(n, 2023, "R6.2.29", "arrears", "collection_rate", "interim", i[1], "percent", f"{i[1]:.2f}", 1, as_of=ASOF)
        F.add(n, 2022, "前年同期", "arrears", "collection_rate", "interim", p[1], "percent", f"{p[1]:.2f}", 1, as_of=ASOF_P)
    for k, (n, dept, i, p, a4, e5, t5, out_man, acts) in enumerate(D):
        page = k + 2
        def cell(v): return f"<td class='r'>{v:.2f}</td>"
        trs = "".join(f"<tr><td class='c'>{lab}</td>{cell(a4[j])}{cell(e5[j])}{cell(t5[j])}</tr>" for j, lab in enumerate(("現年分", "滞繰分", "計")))
        items = ""
        for m, (lab, t, s) in enumerate(acts):
            # alternate: tag right after 。 / tag on its own line
            items += (f"<p>{lab}　{t}【{s}】</p>" if m % 2 == 0 else f"<p>{lab}　{t}</p><p style='text-align:right'>【{s}】</p>")
            INI.append({"debt": n, "fiscal_year": 2023, "section": "後半の取組", "label": lab, "text": t, "status": s, "page": page})
        pages.append(f"""
<h2>3-{k+1}　債権ごとの取組（{n}）</h2>
<p style="text-align:right">所管：{dept}</p>
<h3>【徴収率】令和6年2月29日現在</h3>
<p>　・現年分　{zen(f'{i[0]:.2f}')}％　（前年同期　{zen(f'{p[0]:.2f}')}％）</p>
<p>　・滞繰分　{zen(f'{i[1]:.2f}')}％　（前年同期　{zen(f'{p[1]:.2f}')}％）</p>
<h3>【年度末の見通し】</h3>
<p class="note" style="text-align:right">（単位：％）</p>
<table class="grid" style="width:90%">
<tr><th rowspan="2">区分</th><th>実績</th><th colspan="2">令和5年度</th></tr>
<tr><th>R4決算</th><th>決算見込</th><th>目標</th></tr>
{trs}
</table>
<p>　年度末の収入未済額は約{oku_man(out_man)}と見込んでいる。</p>
<h3>後半の取組</h3>
<div class="box">{items}</div>
""")
        F.add(n, 2023, "令和6年2月29日", "current", "collection_rate", "interim", i[0], "percent", zen(f"{i[0]:.2f}") + "％", page, as_of=ASOF)
        F.add(n, 2022, "前年同期", "current", "collection_rate", "interim", p[0], "percent", zen(f"{p[0]:.2f}") + "％", page, as_of=ASOF_P)
        F.add(n, 2023, "令和6年2月29日", "arrears", "collection_rate", "interim", i[1], "percent", zen(f"{i[1]:.2f}") + "％", page, as_of=ASOF)
        F.add(n, 2022, "前年同期", "arrears", "collection_rate", "interim", p[1], "percent", zen(f"{p[1]:.2f}") + "％", page, as_of=ASOF_P)
        for j, seg in enumerate(("current", "arrears", "total")):
            F.add(n, 2022, "R4決算", seg, "collection_rate", "actual", a4[j], "percent", f"{a4[j]:.2f}", page)
            F.add(n, 2023, "令和5年度", seg, "collection_rate", "estimate", e5[j], "percent", f"{e5[j]:.2f}", page)
            F.add(n, 2023, "令和5年度", seg, "collection_rate", "target", t5[j], "percent", f"{t5[j]:.2f}", page)
        F.add(n, 2023, None, "total", "outstanding", "estimate", out_man * 10000, "yen", "約" + oku_man(out_man), page, approx=True)
    pdf = OUT / f"{STEM}.pdf"
    render(pages, pdf, header="和泉市債権管理室　中間報告", footer="{n}")
    doc = {"kind": "progress_report", "municipality": "和泉市", "title": "令和5年度 主要債権の収納状況と後半の取組（中間報告）",
           "date": "2024-03-01", "date_raw": "令和6年3月"}
    write_gold(STEM, pdf, doc, F.items, INI)

if __name__ == "__main__":
    build()
