"""sg_owariasahi_progress_1: mid-year 収納状況及び取組状況（中間報告） (HTML/CSS -> chromium --print-to-pdf).
Run from corpus/dev69:  python3 build/sg_owariasahi_progress_1.py"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sg_common import SET, Gold, k, rate, signed  # noqa: E402

STEM = "sg_owariasahi_progress_1"
CITY = "尾張旭市"
TITLE = "令和7年度 市税等の収納状況及び取組状況（中間報告）"
g = Gold(STEM, "progress_report", CITY, TITLE, "2026-01-20", "令和8年1月20日")
FY = 2025
NOW, PREV = "2025-12-31", "2024-12-31"
WORK = Path("/tmp/sg_work")
WORK.mkdir(exist_ok=True)
pages = []


def page(body, n):
    pages.append(f"""<div class="page"><div class="runhead">令和7年度 市税等の収納状況及び取組状況（中間報告）</div>
{body}<div class="foot">- {n} -</div></div>""")


# 12月末 figures in 千円: debt -> (cur_a, cur_c, arr_a, arr_c) for 今期, 前年同期
D = {
    "市税": ((11862405, 9861310, 298450, 63870), (11702118, 9676933, 312806, 62118)),
    "国民健康保険税": ((1705220, 1130742, 410336, 71808), (1742905, 1146300, 428115, 70211)),
    "介護保険料": ((1480662, 1214130, 36208, 6917), (1462310, 1196215, 37905, 6840)),
    "後期高齢者医療保険料": ((905117, 767810, 5804, 2318), (872440, 739870, 6120, 2305)),
}


def segs(t):
    ca, cc, aa, ac = t
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


# ------------------------------------------------------------------ page 1
s_now = segs(D["市税"][0])
s_prev = segs(D["市税"][1])
r = {s: rate(s_now[s][1], s_now[s][0]) for s in s_now}
rp = {s: rate(s_prev[s][1], s_prev[s][0]) for s in s_prev}
dcur = round(r["current"] - rp["current"], 2)
darr = round(r["arrears"] - rp["arrears"], 2)
kok_now = segs(D["国民健康保険税"][0])
kok_prev = segs(D["国民健康保険税"][1])
kc = kok_now["total"][1]
kc_man = round(kc / 10)  # 万円
kc_txt = f"約{kc_man // 10000}億{kc_man % 10000:,}万円"
kp = kok_prev["total"][1]
kdiff_man = round((kc - kp) / 10)
kd_txt = f"約{abs(kdiff_man):,}万円"
kr = rate(kok_now["total"][1], kok_now["total"][0])
krp = rate(kok_prev["total"][1], kok_prev["total"][0])
s1 = f"{r['current']:.2f}％"
s2 = f"{abs(dcur):.2f}ポイント"
s3 = f"{r['arrears']:.2f}％"
s4 = f"{abs(darr):.2f}ポイント"
s5 = f"{kr:.2f}％"
s6 = f"{krp:.2f}％"
body = f"""
<div class="stamp">令和7年12月末現在</div>
<h1>令和7年度<br>市税等の収納状況及び取組状況<br><span class="sub">（中間報告）</span></h1>
<p class="right">令和8年1月20日<br>尾張旭市 総務部 収納課</p>
<h2>１　概要</h2>
<div class="cols">
<p>　本市では、「尾張旭市市税等収納対策実施計画」に基づき、市税及び国民健康保険税等の収納率の向上と収入未済額の縮減に取り組んでいる。本報告は、令和7年12月末時点の収納状況と、上半期以降の取組の進捗を取りまとめたものである。</p>
<p>　市税の現年課税分の収納率は{s1}となり、前年同月と比べ{s2}上昇した。納期内納付の勧奨とコンビニ・スマートフォン決済の利用拡大が寄与したものと考えられる。滞納繰越分の収納率は{s3}で、前年同月から{s4}{'上昇' if darr > 0 else '低下'}している。</p>
<p>　国民健康保険税の収入済額は{kc_txt}で、前年同月より{kd_txt}{'減少' if kdiff_man < 0 else '増加'}した。被保険者数の減少に伴い調定額が縮小しているためであり、収納率（計）は{s5}と、前年同月の{s6}を上回っている。</p>
<p>　年度末に向けては、2月から3月を滞納整理強化期間と位置付け、財産調査と滞納処分を集中的に行うとともに、現年度分の未納者に対する早期の催告を継続する。</p>
</div>
"""
P = 1
g.f(P, "市税", FY, "current", "collection_rate", "interim", r["current"], "percent", s1, "市税", "令和7年12月末", as_of=NOW)
g.f(P, "市税", FY, "current", "difference", "interim", dcur, "points", s2, "市税", "令和7年12月末", as_of=NOW)
g.f(P, "市税", FY, "arrears", "collection_rate", "interim", r["arrears"], "percent", s3, "市税", "令和7年12月末", as_of=NOW)
g.f(P, "市税", FY, "arrears", "difference", "interim", darr, "points", s4, "市税", "令和7年12月末", as_of=NOW)
g.f(P, "国民健康保険税", FY, "total", "collected", "interim", kc_man * 10000, "yen", kc_txt, "国民健康保険税", "令和7年12月末",
    approx=True, as_of=NOW)
g.f(P, "国民健康保険税", FY, "total", "difference", "interim", kdiff_man * 10000, "yen", kd_txt, "国民健康保険税",
    "令和7年12月末", approx=True, as_of=NOW)
g.f(P, "国民健康保険税", FY, "total", "collection_rate", "interim", kr, "percent", s5, "国民健康保険税", "令和7年12月末", as_of=NOW)
g.f(P, "国民健康保険税", 2024, "total", "collection_rate", "interim", krp, "percent", s6, "国民健康保険税", "前年同月",
    as_of=PREV)
# bracketed metric heading over segment bullets
body += '<h3>【収納率】令和7年12月末時点（市税）</h3><ul class="plain">'
for seg, lab in [("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")]:
    raw = f"{r[seg]:.2f}％"
    body += f"<li>{lab}　{raw}（前年同月 {rp[seg]:.2f}％）</li>"
    g.f(P, "市税", FY, seg, "collection_rate", "interim", r[seg], "percent", raw, None, "令和7年12月末", as_of=NOW)
    g.f(P, "市税", 2024, seg, "collection_rate", "interim", rp[seg], "percent", f"{rp[seg]:.2f}％", None, "前年同月",
        as_of=PREV)
body += "</ul>"
page(body, 1)

# ------------------------------------------------------------------ page 2: 主要債権の収納状況 (前年同期 / 今期)
P = 2
rows = ""
for debt, (now, prev) in D.items():
    sn, sp = segs(now), segs(prev)
    first = True
    for seg, lab in [("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")]:
        pa, pc = sp[seg]
        na, nc = sn[seg]
        pr, nr = rate(pc, pa), rate(nc, na)
        dd = round(nr - pr, 2)
        dc = nc - pc
        cls = ' class="sum"' if seg == "total" else ""
        head = f'<td rowspan="3" class="debt">{debt}</td>' if first else ""
        first = False
        rows += (f"<tr{cls}>{head}<td>{lab}</td><td>{k(pa)}</td><td>{k(pc)}</td><td>{pr:.2f}</td>"
                 f"<td>{k(na)}</td><td>{k(nc)}</td><td>{nr:.2f}</td><td>{k(dc)}</td><td>{signed(dd, 2, '', '△')}</td></tr>")
        for fy, asof, a, c, rr in [(2024, PREV, pa, pc, pr), (FY, NOW, na, nc, nr)]:
            fyr = "前年同期" if fy == 2024 else "今期"
            g.f(P, debt, fy, seg, "assessed", "interim", a * 1000, "yen", k(a), debt, fyr, as_of=asof)
            g.f(P, debt, fy, seg, "collected", "interim", c * 1000, "yen", k(c), debt, fyr, as_of=asof)
            g.f(P, debt, fy, seg, "collection_rate", "interim", rr, "percent", f"{rr:.2f}", debt, fyr, as_of=asof)
        g.f(P, debt, FY, seg, "difference", "interim", dc * 1000, "yen", k(dc), debt, "今期", as_of=NOW)
        g.f(P, debt, FY, seg, "difference", "interim", dd, "points", signed(dd, 2, "", "△"), debt, "今期", as_of=NOW)
body = f"""
<div class="stamp">令和7年12月末現在</div>
<h2>２　主要債権の収納状況</h2>
<table class="grid">
<tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="3">前年同期</th><th colspan="3">今期</th><th colspan="2">差</th></tr>
<tr><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>収入済額<br>（千円）</th><th>収納率<br>（ポイント）</th></tr>
{rows}
</table>
<p class="note">（注）前年同期は令和6年12月末、今期は令和7年12月末の累計。△は減を示す。</p>
<p class="note">（注）国民健康保険税は、被保険者数の減少により調定額が前年同期を下回っている。</p>
"""
page(body, 2)

# ------------------------------------------------------------------ page 3: 月別収納状況 + chart
P = 3
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-28", "03-31"]
R5 = [9.85, 20.12, 31.04, 40.66, 49.80, 57.21, 64.77, 72.40, 82.31, 88.65, 94.02, 98.87]
R6 = [9.91, 20.30, 31.25, 40.92, 50.03, 57.48, 65.02, 72.71, rp["current"], 88.94, 94.27, 98.95]
R7 = [10.02, 20.51, 31.48, 41.20, 50.31, 57.79, 65.36, 73.05, r["current"]]


def asof(fy, i):
    e = ENDS[i]
    y = fy if i < 9 else fy + 1
    if e == "02-28" and y % 4 == 0:
        e = "02-29"
    return f"{y}-{e}"


rows = ""
for i, m in enumerate(MONTHS):
    cells = []
    for fy, arr, lab in [(2023, R5, "令和5年度"), (2024, R6, "令和6年度"), (2025, R7, "令和7年度")]:
        if i < len(arr):
            cells.append(f"{arr[i]:.2f}")
            g.f(P, "市税", fy, "current", "collection_rate", "interim", arr[i], "percent", f"{arr[i]:.2f}", "市税",
                lab, as_of=asof(fy, i))
        else:
            cells.append("－")
    if i < len(R7):
        d = round(R7[i] - R6[i], 2)
        cells.append(signed(d, 2, "＋", "▲"))
        g.f(P, "市税", 2025, "current", "difference", "interim", d, "points", signed(d, 2, "＋", "▲"), "市税", "令和7年度",
            as_of=asof(2025, i))
    else:
        cells.append("")
    rows += f"<tr><td>{m}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
# chart of year-end 収納率 (市税 計)
HIST = [(2017, "H29", 95.88), (2018, "H30", 96.21), (2019, "令和元年度", 96.54), (2020, "令和二年度", 96.37),
        (2021, "R3", 96.92), (2022, "R4", 97.18), (2023, "R5", 97.41), (2024, "R6", 97.63)]
svg = ['<svg width="640" height="230" viewBox="0 0 640 230" xmlns="http://www.w3.org/2000/svg" font-size="11">']
x0, xs = 60, 75
pts = []
for i, (fy, lab, v) in enumerate(HIST):
    x = x0 + i * xs
    y = 190 - (v - 95.0) * 60
    pts.append((x, y))
    svg.append(f'<rect x="{x - 16}" y="{y}" width="32" height="{195 - y}" fill="#9bb7d4"/>')
    svg.append(f'<text x="{x}" y="{y - 6}" text-anchor="middle">{v:.2f}</text>')
    svg.append(f'<text x="{x}" y="212" text-anchor="middle">{lab}</text>')
    g.f(P, "市税", fy, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}", "市税", lab)
svg.append('<line x1="35" y1="195" x2="630" y2="195" stroke="#333"/>')
svg.append("</svg>")
body = f"""
<h2>３　月別収納状況（市税・現年課税分）</h2>
<p class="unit">単位：％（各月末累計の収納率）</p>
<table class="grid zebra month">
<tr><th>月</th><th>令和5年度</th><th>令和6年度</th><th>令和7年度</th><th>前年同月差</th></tr>
{rows}
</table>
<p class="note">（注）令和5年度の2月末は令和6年2月29日現在。▲は前年同月を下回ったことを示す。</p>
<h3>図　市税収納率（現年・滞繰合計、決算）の推移</h3>
<div class="chart">{''.join(svg)}</div>
<p class="note">（注）H29は2017年度。令和元年度以前は旧システムの集計による。</p>
"""
page(body, 3)

# ------------------------------------------------------------------ page 4: 年度末見込 with sections
P = 4
SEC = [("【一般会計】", [("市税", 97.63, 97.80, 97.85, 612480, 578300, "うち滞納繰越分 412,356千円"),
                      ("保育料", 96.12, 96.50, 96.38, 18204, 16950, ""),
                      ("市営住宅使用料", 88.40, 89.00, 89.21, 24711, 23880, "")], "一般会計計"),
       ("【特別会計】", [("国民健康保険税", 81.75, 82.50, 82.64, 398562, 377400, "うち現年課税分 120,450千円"),
                      ("介護保険料", 98.64, 98.70, 98.72, 31408, 29870, ""),
                      ("後期高齢者医療保険料", 99.48, 99.50, 99.52, 4906, 4520, "")], "特別会計計")]
rows = ""
gt = [0, 0]
for sec, items, sublab in SEC:
    rows += f'<tr class="sec"><td colspan="10">{sec}</td></tr>'
    st = [0, 0]
    for nm, ra, rt, re_, oa, oe, note in items:
        dd = round(re_ - rt, 2)
        do = oe - oa
        ratio = round(oe / oa * 100, 1)
        rows += (f"<tr><td class='l'>{nm}</td><td>{ra:.2f}</td><td>{rt:.2f}</td><td>{re_:.2f}</td>"
                 f"<td>{signed(dd, 2, '', '△')}</td><td>{k(oa)}</td><td>{k(oe)}</td><td>{k(do)}</td>"
                 f"<td>{ratio:.1f}</td><td class='l small'>{note}</td></tr>")
        g.f(P, nm, 2024, "total", "collection_rate", "actual", ra, "percent", f"{ra:.2f}", nm, "令和6年度決算")
        g.f(P, nm, FY, "total", "collection_rate", "target", rt, "percent", f"{rt:.2f}", nm, "令和7年度目標")
        g.f(P, nm, FY, "total", "collection_rate", "estimate", re_, "percent", f"{re_:.2f}", nm, "令和7年度見込")
        g.f(P, nm, FY, "total", "difference", "estimate", dd, "points", signed(dd, 2, "", "△"), nm, "令和7年度見込")
        g.f(P, nm, 2024, "total", "outstanding", "actual", oa * 1000, "yen", k(oa), nm, "令和6年度決算")
        g.f(P, nm, FY, "total", "outstanding", "estimate", oe * 1000, "yen", k(oe), nm, "令和7年度見込")
        g.f(P, nm, FY, "total", "difference", "estimate", do * 1000, "yen", k(do), nm, "令和7年度見込")
        g.f(P, nm, FY, "total", "ratio_to_previous", "estimate", ratio, "percent", f"{ratio:.1f}", nm, "令和7年度見込")
        if note:
            v = int(note.split()[1].replace(",", "").replace("千円", ""))
            seg = "arrears" if "滞納繰越" in note else "current"
            g.f(P, nm, FY, seg, "outstanding", "estimate", v * 1000, "yen", note.split()[1], nm, "令和7年度見込")
        st[0] += oa
        st[1] += oe
    rows += (f"<tr class='sum'><td>{sublab}</td><td>－</td><td>－</td><td>－</td><td>－</td><td>{k(st[0])}</td>"
             f"<td>{k(st[1])}</td><td>{k(st[1] - st[0])}</td><td>{st[1] / st[0] * 100:.1f}</td><td></td></tr>")
    g.f(P, None, 2024, "total", "outstanding", "actual", st[0] * 1000, "yen", k(st[0]), sublab, "令和6年度決算")
    g.f(P, None, FY, "total", "outstanding", "estimate", st[1] * 1000, "yen", k(st[1]), sublab, "令和7年度見込")
    g.f(P, None, FY, "total", "difference", "estimate", (st[1] - st[0]) * 1000, "yen", k(st[1] - st[0]), sublab,
        "令和7年度見込")
    g.f(P, None, FY, "total", "ratio_to_previous", "estimate", round(st[1] / st[0] * 100, 1), "percent",
        f"{st[1] / st[0] * 100:.1f}", sublab, "令和7年度見込")
    gt[0] += st[0]
    gt[1] += st[1]
rows += (f"<tr class='sum total'><td>合計</td><td>－</td><td>－</td><td>－</td><td>－</td><td>{k(gt[0])}</td>"
         f"<td>{k(gt[1])}</td><td>{k(gt[1] - gt[0])}</td><td>{gt[1] / gt[0] * 100:.1f}</td><td></td></tr>")
g.f(P, None, 2024, "total", "outstanding", "actual", gt[0] * 1000, "yen", k(gt[0]), "合計", "令和6年度決算")
g.f(P, None, FY, "total", "outstanding", "estimate", gt[1] * 1000, "yen", k(gt[1]), "合計", "令和7年度見込")
g.f(P, None, FY, "total", "difference", "estimate", (gt[1] - gt[0]) * 1000, "yen", k(gt[1] - gt[0]), "合計", "令和7年度見込")
g.f(P, None, FY, "total", "ratio_to_previous", "estimate", round(gt[1] / gt[0] * 100, 1), "percent",
    f"{gt[1] / gt[0] * 100:.1f}", "合計", "令和7年度見込")
gt_oku = f"約{gt[1] / 100000:.1f}億円"
body = f"""
<h2>４　年度末の見込み</h2>
<p>　12月末までの収納実績と例年の1月以降の収納傾向から、令和7年度末の収納率及び収入未済額を推計した。収入未済額の合計は{gt_oku}となる見込みである。</p>
<p class="unit">（単位：収納率※1 ％、収入未済額 千円）</p>
<table class="hrule">
<tr><th rowspan="2">債権名</th><th colspan="4">収納率※1</th><th colspan="4">収入未済額</th><th rowspan="2">備考</th></tr>
<tr><th>令和6年度<br>決算</th><th>令和7年度<br>目標</th><th>令和7年度<br>見込</th><th>見込－目標</th><th>令和6年度<br>決算</th><th>令和7年度<br>見込</th><th>増減</th><th>前年度比<br>（％）</th></tr>
{rows}
</table>
<p class="note">※1 収納率は現年課税分と滞納繰越分の合計。収納率＝収入済額÷調定額×100</p>
<p class="note">（注）見込は令和7年12月末の実績を基に推計したもので、今後変動することがある。</p>
"""
g.f(P, None, FY, "total", "outstanding", "estimate", round(gt[1] / 100000, 1) * 1e8, "yen", gt_oku, None, "令和7年度末",
    approx=True)
page(body, 4)

# ------------------------------------------------------------------ page 5: 取組状況
P = 5
ITEMS = [("(1)", "現年度分の早期催告", "納期限後おおむね1か月以内に文書催告を行い、未納が続く場合は電話催告を実施した。", "継続", "実施済"),
         ("(2)", "納付環境の整備", "スマートフォン決済アプリの対象に国民健康保険税及び介護保険料を加えた。", "拡充", "実施済"),
         ("(3)", "財産調査の徹底", "預貯金・給与照会を電子化し、調査から処分までの期間を短縮した。", "拡充", "実施中"),
         ("(4)", "滞納処分の執行", "納付資力がありながら納付に応じない者に対し、預貯金・給与等の差押えを執行した。", "継続", "実施中"),
         ("(5)", "収納課への移管", "国民健康保険税の高額滞納案件を収納課に移管し、一元的に整理を進めた。", "新規", "実施中"),
         ("(6)", "生活困窮者への対応", "納付困難な者を福祉部門の相談窓口につなぎ、執行停止を適正に判断した。", None, "実施中")]
rows = ""
for lab, nm, txt, st, prog in ITEMS:
    tag = f"【{st}】" if st else ""
    rows += f"<tr><td>{lab}</td><td class='l'>{nm}</td><td class='l'>{txt}{tag}</td><td>{prog}</td></tr>"
    g.i(P, None, FY, "令和7年度の取組状況", lab, txt, st)
SEIZ = [("預貯金", 412, 458), ("給与", 96, 104), ("生命保険", 38, 41), ("不動産", 12, 9), ("その他", 21, 26)]
lines = "".join(f"<tr><td>{a}</td><td>{b:,}件</td><td>{c:,}件</td><td>{signed(c - b, 0, '＋', '△')}件</td></tr>"
                for a, b, c in SEIZ)
tb, tc = sum(x[1] for x in SEIZ), sum(x[2] for x in SEIZ)
lines += f"<tr><td>計</td><td>{tb:,}件</td><td>{tc:,}件</td><td>{signed(tc - tb, 0, '＋', '△')}件</td></tr>"
for a, b, c in SEIZ + [("計", tb, tc)]:
    g.f(P, "市税", 2024, "total", "seizures", "interim", b, "cases", f"{b:,}件", "市税", "前年同期", as_of=PREV)
    g.f(P, "市税", FY, "total", "seizures", "interim", c, "cases", f"{c:,}件", "市税", "今期", as_of=NOW)
BOX = [("・", "2月・3月の滞納整理強化期間に、管理職を含む全庁応援体制で臨戸訪問を行う。"),
       ("・", "差押財産のインターネット公売を年度内に1回実施する。"),
       ("・", "令和8年度当初の納税通知書に口座振替申込書を同封し、振替率の向上を図る。")]
box = "".join(f"<li>{t}</li>" for _, t in BOX)
for lab, t in BOX:
    g.i(P, None, FY, "１月以降の重点取組", lab, t, None)
body = f"""
<h2>５　取組の実施状況</h2>
<table class="grid items">
<tr><th>No.</th><th>項目</th><th>内容（12月末まで）</th><th></th></tr>
{rows}
</table>
<h3>滞納処分（差押え）の状況（市税、12月末累計）</h3>
<table class="norule">
<tr><td></td><td>前年同期</td><td>今期</td><td>増減</td></tr>
{lines}
</table>
<div class="box"><div class="boxtitle">１月以降の重点取組</div><ul class="dot">{box}</ul></div>
"""
page(body, 5)

CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: #111 }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 16mm 17mm 18mm; position: relative;
        page-break-after: always; overflow: hidden }
.runhead { position: absolute; top: 7mm; right: 17mm; font-size: 7.5pt; color: #555 }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt }
.stamp { position: absolute; top: 14mm; right: 17mm; border: 1.2px solid #222; padding: 2px 8px; font-size: 9.5pt }
h1 { text-align: center; font-size: 19pt; margin: 18mm 0 6mm; line-height: 1.4 }
h1 .sub { font-size: 14pt }
h2 { font-size: 13pt; border-left: 5px solid #2d5a8a; padding-left: 6px; margin: 8mm 0 4mm }
h3 { font-size: 10.5pt; margin: 5mm 0 2mm }
p { line-height: 1.65; margin: 0 0 2mm }
.right { text-align: right }
.cols { column-count: 2; column-gap: 8mm; text-align: justify }
.cols p { font-size: 9.5pt }
ul.plain { list-style: none; padding-left: 6mm; margin: 1mm 0 } ul.plain li { margin: 1mm 0 }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt }
table.grid th, table.grid td { border: 0.6px solid #333; padding: 2px 4px; text-align: right }
th { background: #dfe6ee; text-align: center !important; font-weight: normal }
td.debt { text-align: center !important; writing-mode: horizontal-tb }
tr.sum td { background: #f1f1f1 }
table.zebra tr:nth-child(even) td { background: #eef3f8 }
table.zebra td, table.zebra th { border: none !important; text-align: center !important; padding: 3px }
table.month { width: 70% }
td:first-child { text-align: center }
.note { font-size: 8pt; margin: 1mm 0 }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 1mm }
.chart { margin: 2mm 0 }
table.hrule th { border-top: 1.2px solid #000; border-bottom: 1.2px solid #000; background: none; padding: 3px 2px }
table.hrule td { padding: 3px 3px; text-align: right }
table.hrule tr.sec td { text-align: left; font-weight: bold; padding-top: 6px }
table.hrule td.l, table.grid td.l { text-align: left }
td.small { font-size: 7.5pt }
tr.total td { border-bottom: 1.2px solid #000 }
table.items td { text-align: left } table.items td:first-child, table.items td:last-child { text-align: center; white-space: nowrap }
table.norule { width: 60%; margin-left: 6mm } table.norule td { text-align: right; padding: 1px 10px; border: none }
table.norule td:first-child { text-align: left }
.box { border: 1px solid #333; padding: 3mm 5mm; margin-top: 6mm } .boxtitle { font-weight: bold; margin-bottom: 1mm }
ul.dot { list-style: none; padding-left: 0; margin: 0 } ul.dot li:before { content: "・" } ul.dot li { margin: 1mm 0 }
"""
html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = SET / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
g.write(out)
