"""qm_miura_progress_1: 債権管理の取組状況（中間報告） as of 2月末 of a leap year (HTML/CSS -> chromium)."""
import calendar
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qm_lib import FONT_G, FONT_M, Gold, PDF_DIR, WORK, comma, rate  # noqa: E402

STEM = "qm_miura_progress_1"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "progress", "三浦市", TITLE, "2024-03-22", "令和6年3月22日")
random.seed(5501)
AS = "2024-02-29"
AS0 = "2023-02-28"

# debt, printed, cur assessed FY2023 (千円), cumulative share by Feb, same last year
DEBTS = [("市税", "市税", 5512345, 0.9123), ("国民健康保険税", "国民健康保険税", 1234567, 0.8312),
         ("介護保険料", "介護保険料", 1087654, 0.9047), ("後期高齢者医療保険料", "後期高齢者医療保険料", 612345, 0.9211),
         ("下水道使用料", "下水道使用料", 398765, 0.8876), ("市営住宅使用料", "市営住宅使用料", 76543, 0.9312),
         ("保育所保育料", "保育所保育料", 54321, 0.9105)]
FEB = {}
for debt, pr, ca, sh in DEBTS:
    c1 = int(ca * sh)
    ca0 = int(ca * 1.012) + random.randint(-99, 99)
    c0 = int(ca0 * (sh - random.uniform(-0.004, 0.006)))
    FEB[debt] = dict(ca=ca, cc=c1, ca0=ca0, cc0=c0)


def page(n, body):
    return f"""<div class="page"><div class="rh">令和5年度 債権管理の取組状況（中間報告）</div>{body}
<div class="rf">- {n} -</div></div>"""


CSS = f"""
@font-face {{ font-family: G; src: url('file://{FONT_G}'); }}
@font-face {{ font-family: M; src: url('file://{FONT_M}'); }}
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: M; font-size: 10pt; color: #111; }}
.page {{ width: 210mm; height: 296mm; padding: 17mm 18mm 15mm 18mm; box-sizing: border-box; position: relative;
         page-break-after: always; overflow: hidden; }}
.rh {{ position: absolute; top: 8mm; right: 18mm; font-size: 8pt; color: #444; border-bottom: 0.5px solid #888; }}
.rf {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }}
h1 {{ font-family: G; font-size: 16pt; margin: 4mm 0 2mm; }}
h2 {{ font-family: G; font-size: 12pt; margin: 5mm 0 2mm; }}
h3 {{ font-family: G; font-size: 10.5pt; margin: 3mm 0 1.5mm; }}
p {{ margin: 1mm 0; line-height: 1.6; text-indent: 1em; }}
table {{ border-collapse: collapse; font-size: 8.6pt; margin: 1mm auto; }}
th, td {{ border: 0.6px solid #333; padding: 1.2mm 2mm; }}
th {{ background: #dfe6ee; font-family: G; font-weight: normal; }}
td.n {{ text-align: right; white-space: nowrap; }}
td {{ white-space: nowrap; }}
tr.z td {{ background: #f1f4f7; }}
tr.t td {{ font-family: G; background: #e8e8e8; }}
.box {{ border: 1px solid #333; padding: 2mm 3mm; margin: 2mm 0; }}
.cap {{ font-family: G; text-align: center; font-size: 9.5pt; margin-top: 3mm; }}
.src {{ text-align: right; font-size: 8pt; }}
.note {{ font-size: 8pt; margin: 0.5mm 0; text-indent: 0; }}
.unit {{ text-align: right; font-size: 8pt; }}
.flex {{ display: flex; gap: 5mm; align-items: flex-start; }}
"""
pages = []

# ------------------------------------------------------------------ page 1
P = 1
tot = {k: sum(FEB[d[0]][k] for d in DEBTS) for k in ("ca", "cc", "ca0", "cc0")}
r1, r0 = rate(tot["cc"], tot["ca"]), rate(tot["cc0"], tot["ca0"])
dd = round(r1 - r0, 2)
tax = FEB["市税"]
tr1, tr0 = rate(tax["cc"], tax["ca"]), rate(tax["cc0"], tax["ca0"])
body = f"""<h1>令和5年度 債権管理の取組状況（中間報告）</h1>
<div style="text-align:right">令和6年3月22日<br>三浦市 財政部 税務課（債権管理担当）</div>
<h2>１　中間報告の概要</h2>
<p>本報告は、三浦市債権管理計画に基づき、令和5年度の各債権の収納状況と取組の進捗を令和6年2月末時点で取りまとめたものである。</p>
<p>主要7債権の現年度分の収納率は2月末現在で{r1:.2f}％となり、前年同月の{r0:.2f}％と比べて{abs(dd):.2f}ポイント{'上昇' if dd >= 0 else '低下'}した。
市税は{tr1:.2f}％で、前年同月比{abs(tr1 - tr0):.2f}ポイント{'改善' if tr1 >= tr0 else '低下'}している。</p>
"""
G.fact(P, None, "主要7債権", 2023, "令和5年度", "current", "collection_rate", "interim", r1, "percent", f"{r1:.2f}％",
       as_of=AS)
G.fact(P, None, "主要7債権", 2022, "前年同月", "current", "collection_rate", "interim", r0, "percent", f"{r0:.2f}％",
       as_of=AS0)
G.fact(P, None, "主要7債権", 2023, "令和5年度", "current", "difference", "interim", dd, "points",
       f"{abs(dd):.2f}ポイント", as_of=AS)
G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", tr1, "percent", f"{tr1:.2f}％",
       as_of=AS)
G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "difference", "interim", round(tr1 - tr0, 2), "points",
       f"{abs(tr1 - tr0):.2f}ポイント", as_of=AS)
rows = []
for i, (debt, pr, *_r) in enumerate(DEBTS + [(None, "計")]):
    v = FEB[debt] if debt else tot
    a, b = rate(v["cc"], v["ca"]), rate(v["cc0"], v["ca0"])
    d = round(a - b, 2)
    ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    cls = "t" if debt is None else ("z" if i % 2 else "")
    rows.append(f"<tr class='{cls}'><td>{pr}</td><td class=n>{a:.2f}</td><td class=n>{comma(v['ca'])}</td>"
                f"<td class=n>{comma(v['cc'])}</td><td class=n>{b:.2f}</td><td class=n>{ds}</td></tr>")
    G.fact(P, debt, pr, 2023, None, "current", "collection_rate", "interim", a, "percent", f"{a:.2f}", as_of=AS)
    G.fact(P, debt, pr, 2023, None, "current", "assessed", "interim", v["ca"] * 1000, "yen", comma(v["ca"]), as_of=AS)
    G.fact(P, debt, pr, 2023, None, "current", "collected", "interim", v["cc"] * 1000, "yen", comma(v["cc"]), as_of=AS)
    G.fact(P, debt, pr, 2022, "前年同月", "current", "collection_rate", "interim", b, "percent", f"{b:.2f}", as_of=AS0)
    G.fact(P, debt, pr, 2023, None, "current", "difference", "interim", d, "points", ds, as_of=AS)
body += f"""<h2>２　債権別の収納状況（現年度分）</h2>
<div class="cap">表１　主要債権の収納状況（令和6年2月末現在）</div>
<div class="box"><table style="width:100%">
<tr><th>債権</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>前年同月<br>収納率（％）</th><th>差<br>（ポイント）</th></tr>
{''.join(rows)}</table></div>
<div class="src">出典：三浦市収納管理システム（令和6年3月5日抽出）</div>
<p class="note">※前年同月は令和5年2月末現在。▲は前年同月を下回ったことを示す。</p>
<h3>【収納率】令和5年12月末時点（市税）</h3>
"""
dec = dict(cur=round(rate(int(tax["ca"] * 0.781), tax["ca"]), 1), arr=20.4)
body += f"<ul><li>現年分 {dec['cur']}％</li><li>滞繰分 {dec['arr']}％</li></ul>"
G.fact(P, "市税", "市税", 2023, "令和5年12月末", "current", "collection_rate", "interim", dec["cur"], "percent",
       f"{dec['cur']}％", as_of="2023-12-31")
G.fact(P, "市税", "市税", 2023, "令和5年12月末", "arrears", "collection_rate", "interim", dec["arr"], "percent",
       f"{dec['arr']}％", as_of="2023-12-31")
pages.append(page(1, body))

# ------------------------------------------------------------------ page 2: monthly cumulative table + chart
P = 2
SH = [0.091, 0.162, 0.281, 0.402, 0.498, 0.571, 0.642, 0.703, 0.781, 0.852, None, 0.951]
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
ca1, ca0 = tax["ca"], tax["ca0"]
rows = []
series = []
for i, m in enumerate(MONTHS):
    y1 = 2023 if m >= 4 else 2024
    y0 = y1 - 1
    s1 = tax["cc"] / ca1 if m == 2 else (SH[i] if m != 3 else None)
    s0 = tax["cc0"] / ca0 if m == 2 else SH[i] - random.uniform(0.001, 0.004) if SH[i] else None
    c0 = tax["cc0"] if m == 2 else int(ca0 * s0)
    if m == 3:
        c0 = int(ca0 * 0.953)
    r0m = rate(c0, ca0)
    d0 = f"{y0}-{m:02d}-{calendar.monthrange(y0, m)[1]:02d}"
    G.fact(P, "市税", "市税", 2022, "令和4年度", "current", "collected", "interim", c0 * 1000, "yen", comma(c0), as_of=d0)
    G.fact(P, "市税", "市税", 2022, "令和4年度", "current", "collection_rate", "interim", r0m, "percent", f"{r0m:.2f}",
           as_of=d0)
    if m == 3:
        cells1 = "<td class=n>－</td><td class=n>－</td>"
        series.append((m, r0m, None))
    else:
        c1 = tax["cc"] if m == 2 else int(ca1 * s1)
        r1m = rate(c1, ca1)
        d1 = f"{y1}-{m:02d}-{calendar.monthrange(y1, m)[1]:02d}"
        cells1 = f"<td class=n>{comma(c1)}</td><td class=n>{r1m:.2f}</td>"
        G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collected", "interim", c1 * 1000, "yen", comma(c1),
               as_of=d1)
        G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", r1m, "percent",
               f"{r1m:.2f}", as_of=d1)
        series.append((m, r0m, r1m))
    cls = "z" if i % 2 else ""
    rows.append(f"<tr class='{cls}'><td>{m}月末</td><td class=n>{comma(c0)}</td><td class=n>{r0m:.2f}</td>{cells1}</tr>")
body = f"""<h2>３　月別収納状況（市税・現年度分）</h2>
<div class="unit">単位：千円、％</div>
<table style="width:88%">
<tr><th rowspan=2>月</th><th colspan=2>令和4年度</th><th colspan=2>令和5年度</th></tr>
<tr><th>収入済額（累計）</th><th>収納率</th><th>収入済額（累計）</th><th>収納率</th></tr>
{''.join(rows)}</table>
<p class="note">※調定額は令和4年度{comma(ca0)}千円、令和5年度{comma(ca1)}千円（各年度2月末現在）。3月末の令和5年度欄は集計前のため「－」とした。</p>
"""
G.fact(P, "市税", "市税", 2022, "令和4年度", "current", "assessed", "interim", ca0 * 1000, "yen", f"{comma(ca0)}千円",
       as_of=AS0)
G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "assessed", "interim", ca1 * 1000, "yen", f"{comma(ca1)}千円",
       as_of=AS)
pages.append(page(2, body))

# ------------------------------------------------------------------ page 3: districts (千円) beside 円 table
P = 3
DIST = [("三崎地区", 0.38), ("南下浦地区", 0.36), ("初声地区", 0.26)]
rows = []
acc = dict(a1=0, c1=0, a0=0, c0=0)
for i, (area, sh) in enumerate(DIST):
    if i < 2:
        a1, a0 = int(tax["ca"] * sh), int(tax["ca0"] * sh)
        c1 = int(a1 * (tr1 / 100 + (0.004 if i == 0 else -0.006)))
        c0 = int(a0 * (tr0 / 100 + (0.003 if i == 0 else -0.005)))
    else:
        a1, a0 = tax["ca"] - acc["a1"], tax["ca0"] - acc["a0"]
        c1, c0 = tax["cc"] - acc["c1"], tax["cc0"] - acc["c0"]
    for k, v in zip(("a1", "c1", "a0", "c0"), (a1, c1, a0, c0)):
        acc[k] += v
    q1, q0 = rate(c1, a1), rate(c0, a0)
    rows.append(f"<tr><td>{area}</td><td class=n>{comma(a0)}</td><td class=n>{q0:.2f}</td>"
                f"<td class=n>{comma(a1)}</td><td class=n>{q1:.2f}</td></tr>")
    G.fact(P, "市税", "市税", 2022, "前年同月", "current", "assessed", "interim", a0 * 1000, "yen", comma(a0), as_of=AS0,
           area=area)
    G.fact(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", q0, "percent", f"{q0:.2f}",
           as_of=AS0, area=area)
    G.fact(P, "市税", "市税", 2023, "今期", "current", "assessed", "interim", a1 * 1000, "yen", comma(a1), as_of=AS,
           area=area)
    G.fact(P, "市税", "市税", 2023, "今期", "current", "collection_rate", "interim", q1, "percent", f"{q1:.2f}",
           as_of=AS, area=area)
rows.append(f"<tr class=t><td>合計</td><td class=n>{comma(tax['ca0'])}</td><td class=n>{tr0:.2f}</td>"
            f"<td class=n>{comma(tax['ca'])}</td><td class=n>{tr1:.2f}</td></tr>")
G.fact(P, "市税", "合計", 2022, "前年同月", "current", "assessed", "interim", tax["ca0"] * 1000, "yen", comma(tax["ca0"]),
       as_of=AS0)
G.fact(P, "市税", "合計", 2022, "前年同月", "current", "collection_rate", "interim", tr0, "percent", f"{tr0:.2f}",
       as_of=AS0)
G.fact(P, "市税", "合計", 2023, "今期", "current", "assessed", "interim", tax["ca"] * 1000, "yen", comma(tax["ca"]),
       as_of=AS)
G.fact(P, "市税", "合計", 2023, "今期", "current", "collection_rate", "interim", tr1, "percent", f"{tr1:.2f}", as_of=AS)
JU = [("県営住宅分を除く市営住宅", "")]
ju_a, ju_c = 76543210, 71287456
ju_a0, ju_c0 = 77012345, 71098765
body = f"""<h2>４　地区別・団地別の状況</h2>
<div class="flex"><div style="flex:1.25">
<div class="cap">表２　市税（現年度分）地区別収納状況<br>（令和6年2月末・令和5年2月末）</div>
<table style="width:100%"><tr><th rowspan=2>地区</th><th colspan=2>前年同月</th><th colspan=2>今期</th></tr>
<tr><th>調定額（千円）</th><th>収納率（％）</th><th>調定額（千円）</th><th>収納率（％）</th></tr>{''.join(rows)}</table>
<p class="note">※地区は納税義務者の住所により区分した。</p></div>
<div style="flex:1">
<div class="cap">表３　市営住宅使用料（現年度分）</div>
<table style="width:100%"><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th></tr>
<tr><td>前年同月</td><td class=n>{comma(ju_a0)}</td><td class=n>{comma(ju_c0)}</td></tr>
<tr><td>今期</td><td class=n>{comma(ju_a)}</td><td class=n>{comma(ju_c)}</td></tr></table>
<p class="note">※表２は千円単位、表３は円単位で表示している。</p></div></div>
"""
for fy, lab, a, c, asof in [(2022, "前年同月", ju_a0, ju_c0, AS0), (2023, "今期", ju_a, ju_c, AS)]:
    G.fact(P, "市営住宅使用料", "市営住宅使用料", fy, lab, "current", "assessed", "interim", a, "yen", comma(a), as_of=asof)
    G.fact(P, "市営住宅使用料", "市営住宅使用料", fy, lab, "current", "collected", "interim", c, "yen", comma(c),
           as_of=asof)
body += """<h2>５　取組の進捗状況</h2>
<h3>（１）市税</h3>
<div class="box">
"""
INITS = [("市税", "①", "現年度分の未納者に対し、納期限後30日以内にSMSと文書による催告を行った。", "継続"),
         ("市税", "②", "差押え予告後も納付のない事案について、預貯金・給与の差押えを集中的に実施した（12月・1月）。", "拡充"),
         ("市税", "③", "キャッシュレス決済（スマートフォン決済アプリ）による納付を4月から開始した。", "新規"),
         ("国民健康保険税", "①", "保険年金課と税務課の合同による休日納付相談を2回実施した。", "継続"),
         ("国民健康保険税", "②", "短期被保険者証の更新時に、分割納付の履行状況を確認した。", None),
         ("下水道使用料", "①", "水道料金との一括請求の事業者と連携し、長期未納者の情報を共有した。", "新規")]
for debt, lab, t, stt in INITS:
    if debt != "市税":
        continue
    body += f"<p style='text-indent:-1em;margin-left:1em'>{lab}{t}{'【' + stt + '】' if stt else ''}</p>"
    G.init(P, debt, debt, 2023, "取組の進捗状況", lab, t, stt)
body += "</div>"
pages.append(page(3, body))

# ------------------------------------------------------------------ pages 4-5: long-format table split across pages
P = 4
body = "<h3>（２）国民健康保険税・下水道使用料</h3><ul style='margin:1mm 0 1mm 5mm;padding:0'>"
for debt, lab, t, stt in INITS:
    if debt == "市税":
        continue
    body += f"<li style='list-style:none'>{debt}　{lab}{t}{'【' + stt + '】' if stt else ''}</li>"
    G.init(P, debt, debt, 2023, "取組の進捗状況", lab, t, stt)
body += "</ul>"
LONG = []
EST = {}
for debt, pr, ca, sh in DEBTS:
    base_rate = {"市税": 99.02, "国民健康保険税": 93.41, "介護保険料": 98.87, "後期高齢者医療保険料": 99.43,
                 "下水道使用料": 97.65, "市営住宅使用料": 97.12, "保育所保育料": 98.21}[debt]
    out22 = int(ca * (0.045 if debt != "国民健康保険税" else 0.31)) + random.randint(-500, 500)
    est_out = int(out22 * random.uniform(0.93, 0.995))
    tgt_out = int(round(out22 * 0.94, -3))
    arr_part = int(est_out * 0.72)
    LONG.append((debt, pr, 2022, "2022年度", "決算", "actual", base_rate, out22, None, None))
    LONG.append((debt, pr, 2023, "R5", "見込", "estimate", round(base_rate + 0.08, 2), est_out,
                 round(est_out / out22 * 100, 1), arr_part))
    LONG.append((debt, pr, 2023, "R5", "目標", "target", round(base_rate + 0.15, 2), tgt_out, None, None))
    EST[debt] = (base_rate + 0.08, base_rate + 0.15)
HEAD = ("<tr><th>債権</th><th>年度</th><th>区分</th><th>現年度分収納率（％）</th><th>収入未済額（千円）</th>"
        "<th>前年度比（％）</th><th>備考</th></tr>")


def long_rows(items, page_no):
    out = []
    for i, (debt, pr, fy, fyr, kb, basis, rt, o, ratio, arr) in enumerate(items):
        cls = "z" if (i // 3) % 2 else ""
        rs = "－" if ratio is None else f"{ratio:.1f}"
        note = f"うち滞納繰越分 {comma(arr)}千円" if arr else ""
        out.append(f"<tr class='{cls}'><td>{pr}</td><td>{fyr}</td><td>{kb}</td><td class=n>{rt:.2f}</td>"
                   f"<td class=n>{comma(o)}</td><td class=n>{rs}</td><td style='font-size:7.4pt;white-space:normal;width:24mm'>{note}</td></tr>")
        G.fact(page_no, debt, pr, fy, fyr, "current", "collection_rate", basis, rt, "percent", f"{rt:.2f}")
        G.fact(page_no, debt, pr, fy, fyr, "total", "outstanding", basis, o * 1000, "yen", comma(o))
        if ratio is not None:
            G.fact(page_no, debt, pr, fy, fyr, "total", "ratio_to_previous", basis, ratio, "percent", rs)
        if arr:
            G.fact(page_no, debt, pr, fy, fyr, "arrears", "outstanding", basis, arr * 1000, "yen", f"{comma(arr)}千円")
    return "".join(out)


body += f"""<h2>６　年度末の見込みと目標</h2>
<div class="cap">表４　債権別 年度末見込み・目標（現年度分収納率・収入未済額）</div>
<table style="width:100%">{HEAD}{long_rows(LONG[:12], 4)}</table>
<p class="note" style="text-align:right">（次頁に続く）</p>
"""
pages.append(page(4, body))
P = 5
body = f"""<div class="cap">表４　債権別 年度末見込み・目標（続き）</div>
<table style="width:100%">{HEAD}{long_rows(LONG[12:], 5)}</table>
<p class="note">※見込みは令和6年2月末の実績に前年度3月・出納整理期間の収納割合を乗じて推計した。前年度比は収入未済額の見込額÷2022年度決算額。</p>
"""
# SVG bar chart: 見込 vs 目標 (市税 and 4 others)
chart_debts = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "下水道使用料"]
short = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢",
         "下水道使用料": "下水道"}
svg = ['<svg width="600" height="300" xmlns="http://www.w3.org/2000/svg" style="font-family:M;font-size:11px">']
svg.append('<line x1="50" y1="250" x2="580" y2="250" stroke="#333"/>')
for i, debt in enumerate(chart_debts):
    e, t = EST[debt]
    e, t = round(e, 2), round(t, 2)
    x = 70 + i * 102
    for k, (v, col) in enumerate([(e, "#7f9fbf"), (t, "#d9a35b")]):
        h = (v - 90) * 20
        svg.append(f'<rect x="{x + k * 36}" y="{250 - h:.1f}" width="32" height="{h:.1f}" fill="{col}"/>')
        svg.append(f'<text x="{x + k * 36 + 16}" y="{244 - h:.1f}" text-anchor="middle">{v:.2f}</text>')
    svg.append(f'<text x="{x + 34}" y="268" text-anchor="middle">{short[debt]}</text>')
    G.fact(P, debt, short[debt], 2023, None, "current", "collection_rate", "estimate", e, "percent", f"{e:.2f}")
    G.fact(P, debt, short[debt], 2023, None, "current", "collection_rate", "target", t, "percent", f"{t:.2f}")
svg.append('<rect x="380" y="10" width="12" height="12" fill="#7f9fbf"/><text x="396" y="21">令和5年度見込</text>')
svg.append('<rect x="480" y="10" width="12" height="12" fill="#d9a35b"/><text x="496" y="21">目標</text>')
svg.append('<text x="50" y="290">（縦軸は90％から表示）</text></svg>')
body += f"""<div class="cap">図１　現年度分収納率の年度末見込みと目標（単位：％）</div>
<div style="text-align:center">{''.join(svg)}</div>
<h2>７　今後の対応</h2>
<p>市税の年度末の現年度分収納率は{EST['市税'][0]:.2f}％程度となる見込みであり、目標の{EST['市税'][1]:.2f}％には届かない見通しである。
3月は納期限を迎える分が少ないことから、出納整理期間まで催告と差押えを継続し、目標に近づける。</p>
<p>国民健康保険税は、収入未済額の見込みが2022年度決算額を下回る見込みであるが、滞納繰越分の割合が依然として高く、
高額事案の税務課への移管を進める。</p>
"""
G.fact(P, "市税", "市税", 2023, None, "current", "collection_rate", "estimate", round(EST["市税"][0], 2), "percent",
       f"{EST['市税'][0]:.2f}％", approx=True)
G.fact(P, "市税", "市税", 2023, None, "current", "collection_rate", "target", round(EST["市税"][1], 2), "percent",
       f"{EST['市税'][1]:.2f}％")
pages.append(page(5, body))

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(html)
pdf = os.path.join(PDF_DIR, STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--allow-file-access-from-files", f"--print-to-pdf={pdf}", "file://" + hp], check=True,
               capture_output=True)
print(G.write(pdf), len(G.facts), len(G.inits))
