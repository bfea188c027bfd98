"""Build pq_misawa_committee_1: 令和7年度第2回三沢市債権管理対策会議（書面開催）資料.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (charts as inline SVG).
Run from corpus/dev62:  python3 build/pq_misawa_committee_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pq_common import ROOT, Gold, rate, rnd, c, cm, r, zen  # noqa: E402
from pq_misawa_data import DATA, INTERIM, META, ORDER  # noqa: E402

STEM = "pq_misawa_committee_1"
WORK = Path("/tmp/pq_work") / STEM
CANON = {"shizei": "市税", "kokuho": "国民健康保険料", "kaigo": "介護保険料", "kouki": "後期高齢者医療保険料",
         "hoiku": "保育料", "jutaku": "市営住宅使用料", "gesui": "下水道使用料"}
AS9 = {2025: "2025-09-30", 2024: "2024-09-30"}

G = Gold(STEM, {"kind": "committee_material", "family": "kobetsu", "municipality": "三沢市",
                "title": "令和７年度第２回三沢市債権管理対策会議 資料",
                "date": "2025-11-14", "date_raw": "令和７年１１月１４日"})


def F(page, k, fy, fy_raw, seg, metric, basis, value, unit, raw, debt_raw=None, **kw):
    debt = CANON.get(k) if k else None
    if debt_raw is None and k:
        debt_raw = META[k]["name"]
    return G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def D(k, y, seg, m):
    return DATA[k][y][seg][m]


def I(k, y, seg, m):
    return INTERIM[k][y][seg][m]


def RT(k, y, seg):
    return rate(D(k, y, seg, "collected"), D(k, y, seg, "assessed"))


def RI(k, y, seg):
    return rate(I(k, y, seg, "collected"), I(k, y, seg, "assessed"))


K = 1000
REI = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度",
       2025: "令和７年度"}

CSS = """
@page { size: A4; margin: 13mm 15mm 11mm 15mm; }
body { font-family: "IPAexGothic"; font-size: 9pt; margin: 0; color: #111; }
.page { position: relative; height: 268mm; break-after: page; overflow: visible; }
.page:last-child { break-after: auto; }
.pno { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.tag { position: absolute; top: 0; right: 0; border: 1pt solid #000; padding: 0.5mm 3mm; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 3mm; font-weight: normal; }
h2 { font-size: 11.5pt; margin: 4mm 0 2mm; font-weight: normal; border-left: 2.2mm solid #2f5597; padding-left: 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; font-weight: normal; }
p { margin: 1mm 0; line-height: 1.5; text-align: justify; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #333; padding: 0.9mm 1.4mm; vertical-align: middle; }
th { background: #dce6f2; font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
.zebra tbody tr:nth-child(even) td { background: #eef3f9; }
.small { font-size: 8pt; }
.sum td { background: #d9d9d9 !important; }
.unit { text-align: right; font-size: 8pt; margin: 0 0 0.5mm; }
.strip td { border: 1pt solid #000; padding: 1.2mm 2mm; }
.strip td.l { background: #595959; color: #fff; text-align: center; }
.v { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.5mm; background: #dce6f2; text-align: center; }
.box { border: 1pt solid #000; padding: 2mm 3mm; margin: 2mm 0; box-sizing: border-box; }
.panel { display: inline-block; vertical-align: top; width: 54mm; height: 30mm; border: 1.2pt solid #2f5597;
         border-radius: 2mm; margin-right: 3mm; padding: 2mm; box-sizing: border-box; text-align: center; }
.panel .lab { font-size: 8.5pt; background: #2f5597; color: #fff; margin: -2mm -2mm 1.5mm; padding: 1mm; }
.panel .big { font-size: 19pt; }
.panel .sub { font-size: 9pt; margin-top: 1mm; }
.flex { display: flex; gap: 4mm; align-items: flex-start; }
ul { margin: 1mm 0; padding-left: 5mm; }
li { margin: 0.6mm 0; }
"""

pages: list[str] = []


def page(html, pg, tag=None):
    t = f'<div class="tag">{tag}</div>' if tag else ""
    pages.append(f'<div class="page">{t}{html}<div class="pno">－ {pg} －</div></div>')


# ---------------------------------------------------------------- page 1: cover, 次第, 名簿
pg = 1
members = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "政策財政部長"), ("委員", "健康福祉部長"),
           ("委員", "子ども・若者部長"), ("委員", "経済部長"), ("委員", "建設部長"), ("委員", "上下水道部長")]
office = [("事務局", "総務部税務課長"), ("事務局", "税務課収納対策室長"), ("事務局", "税務課収納対策室主幹")]
rows = "".join(f"<tr><td class='c'>{a}</td><td>{b}</td></tr>" for a, b in members + office)
html = f"""
<div style="height:22mm"></div>
<h1 style="font-size:17pt">令和７年度第２回<br>三沢市債権管理対策会議</h1>
<p style="text-align:center;font-size:12pt">（書面開催）</p>
<div style="height:8mm"></div>
<h3 style="font-size:11pt">次　第</h3>
<table style="width:100%;border:none" class="small">
<tr><td style="border:none;font-size:10pt">１　令和６年度決算における債権管理の状況について</td><td style="border:none;text-align:right;font-size:10pt">資料１</td></tr>
<tr><td style="border:none;font-size:10pt">２　令和７年度上半期の取組状況について（取組個票）</td><td style="border:none;text-align:right;font-size:10pt">資料２</td></tr>
<tr><td style="border:none;font-size:10pt">３　前回会議における主な意見と対応</td><td style="border:none;text-align:right;font-size:10pt">資料３</td></tr>
</table>
<div class="box" style="margin-top:6mm">
<p style="font-size:10pt">【開催方法】　本会議は、書面により開催する。令和７年１１月１４日付けで各委員あて資料を送付し、
意見・質問は令和７年１１月２８日（金）までに事務局（税務課収納対策室）へ提出いただくこととした。</p>
</div>
<h3 style="font-size:11pt;margin-top:6mm">委員等名簿</h3>
<table style="width:110mm;font-size:9.5pt"><thead><tr><th style="width:30mm">区分</th><th>職名</th></tr></thead>
<tbody>{rows}</tbody></table>
<p style="font-size:9.5pt">（委員８名、事務局３名）</p>
"""
page(html, pg)

# ---------------------------------------------------------------- page 2: panels + 3-level table
pg = 2
tA24 = sum(D(k, 2024, "total", "assessed") for k in ORDER)
tC24 = sum(D(k, 2024, "total", "collected") for k in ORDER)
tA23 = sum(D(k, 2023, "total", "assessed") for k in ORDER)
tC23 = sum(D(k, 2023, "total", "collected") for k in ORDER)
tr24, tr23 = rate(tC24, tA24), rate(tC23, tA23)
dpt = rnd(tr24 - tr23)
o24 = sum(D(k, 2024, "total", "outstanding") for k in ORDER)
o23 = sum(D(k, 2023, "total", "outstanding") for k in ORDER)
ok24, ok23 = rnd(o24 / 100000, 1), rnd(o23 / 100000, 1)
dok = rnd(ok24 - ok23, 1)
del24, del23 = 1842, 1968
assert dpt > 0 and dok < 0
p1 = F(pg, None, 2024, "令和６年度", "total", "collection_rate", "actual", tr24, "percent", r(tr24) + "％")
p1d = F(pg, None, 2024, "令和６年度", "total", "difference", "actual", dpt, "points", "＋" + r(dpt) + "ポイント")
p2 = F(pg, None, 2024, "令和６年度", "total", "outstanding", "actual", round(ok24 * 1e8), "yen", f"{ok24:.1f}億円")
p2d = F(pg, None, 2024, "令和６年度", "total", "difference", "actual", round(dok * 1e8), "yen", f"▲{abs(dok):.1f}億円")
p3 = F(pg, None, 2024, "令和６年度", "total", "delinquents", "actual", del24, "persons", f"{del24:,}人")
p3d = F(pg, None, 2024, "令和６年度", "total", "difference", "actual", del24 - del23, "persons", f"▲{del23 - del24}人")

segs = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
body = ""
for k in ORDER + [None]:
    name = META[k]["name"] if k else "合　計"
    raw_name = META[k]["name"] if k else "合計"
    tds = ""
    for seg, sl in segs:
        if k:
            a, col = D(k, 2024, seg, "assessed"), D(k, 2024, seg, "collected")
        else:
            a = sum(D(x, 2024, seg, "assessed") for x in ORDER)
            col = sum(D(x, 2024, seg, "collected") for x in ORDER)
        rt = rate(col, a)
        tds += (f"<td class='n'>{F(pg, k, 2024, '令和６年度', seg, 'assessed', 'actual', a * K, 'yen', c(a), debt_raw=raw_name)}</td>"
                f"<td class='n'>{F(pg, k, 2024, '令和６年度', seg, 'collected', 'actual', col * K, 'yen', c(col), debt_raw=raw_name)}</td>"
                f"<td class='n'>{F(pg, k, 2024, '令和６年度', seg, 'collection_rate', 'actual', rt, 'percent', r(rt), debt_raw=raw_name)}</td>")
    style = " class='sum'" if not k else ""
    body += f"<tr{style}><td>{name}</td>{tds}</tr>"
html = f"""
<h2>資料１　令和６年度決算における債権管理の状況</h2>
<div style="margin:3mm 0 4mm">
<div class="panel"><div class="lab">市税等の収納率（令和６年度）</div><div class="big">{p1}</div><div class="sub">前年度比{p1d}</div></div><div class="panel"><div class="lab">収入未済額（令和６年度末）</div><div class="big">{p2}</div><div class="sub">前年度比{p2d}</div></div><div class="panel"><div class="lab">滞納者数（令和６年度末）</div><div class="big">{p3}</div><div class="sub">前年度比{p3d}</div></div>
</div>
<p>令和６年度決算では、主要７債権の合計で収納率が前年度を上回り、収入未済額も縮減が進んだ。債権別の状況は表１のとおりである。</p>
<h3>表１　主要債権の収納状況（令和６年度決算）</h3>
<div class="unit">（単位：千円、％）</div>
<table class="zebra small" style="width:100%">
<thead>
<tr><th rowspan="3" style="width:26mm">債権名</th><th colspan="9">令和６年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr>{"<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3}</tr>
</thead><tbody>{body}</tbody></table>
<p class="small">※　保育料は、子ども・子育て支援法に基づく利用者負担額（滞納繰越分を含む）。市営住宅使用料は私債権であり、合計に含めて集計している。</p>
<p class="small">※　収納率＝収入済額÷調定額×１００（小数点以下第３位を四捨五入）</p>
<h3 style="margin-top:5mm">表２　収入未済額の前年度比較</h3>
<div class="unit">（単位：千円）</div>
"""
rows2 = ""
for k in ORDER:
    a, b = D(k, 2023, "total", "outstanding"), D(k, 2024, "total", "outstanding")
    rows2 += (f"<tr><td>{META[k]['name']}</td>"
              f"<td class='n'>{F(pg, k, 2023, '前年度', 'total', 'outstanding', 'actual', a * K, 'yen', c(a))}</td>"
              f"<td class='n'>{F(pg, k, 2024, '本年度', 'total', 'outstanding', 'actual', b * K, 'yen', c(b))}</td>"
              f"<td class='n'>{F(pg, k, 2024, '本年度', 'total', 'difference', 'actual', (b - a) * K, 'yen', cm(b - a))}</td></tr>")
rows2 += (f"<tr class='sum'><td>合　計</td>"
          f"<td class='n'>{F(pg, None, 2023, '前年度', 'total', 'outstanding', 'actual', o23 * K, 'yen', c(o23), debt_raw='合計')}</td>"
          f"<td class='n'>{F(pg, None, 2024, '本年度', 'total', 'outstanding', 'actual', o24 * K, 'yen', c(o24), debt_raw='合計')}</td>"
          f"<td class='n'>{F(pg, None, 2024, '本年度', 'total', 'difference', 'actual', (o24 - o23) * K, 'yen', cm(o24 - o23), debt_raw='合計')}</td></tr>")
html += f"""<table class="small" style="width:120mm"><thead><tr><th>債権名</th><th>前年度末</th><th>本年度末</th><th>増減</th></tr></thead>
<tbody>{rows2}</tbody></table>
<p class="small">※　表２の本年度は令和６年度、前年度は令和５年度の決算額。▲は減少。</p>
"""
page(html, pg, "資料１")


# ---------------------------------------------------------------- page 3: 市税 sheet
def bar_chart(pg, k, years, title, w=78, h=46):
    vals = [D(k, y, "total", "outstanding") for y in years]
    mx = max(vals) * 1.15
    W, H = w * 3.78, h * 3.78
    bw = W / len(vals) * 0.55
    svg = [f'<svg width="{W:.0f}" height="{H:.0f}" viewBox="0 0 {W:.0f} {H:.0f}" style="font-family:IPAexGothic">',
           f'<line x1="0" y1="{H - 16:.0f}" x2="{W:.0f}" y2="{H - 16:.0f}" stroke="#000" stroke-width="0.8"/>']
    for i, (y, v) in enumerate(zip(years, vals)):
        x = (i + 0.22) * W / len(vals)
        bh = (H - 34) * v / mx
        svg.append(f'<rect x="{x:.1f}" y="{H - 16 - bh:.1f}" width="{bw:.1f}" height="{bh:.1f}" fill="#8faadc"/>')
        lab = F(pg, k, y, f"R{y - 2018}", "total", "outstanding", "actual", v * K, "yen", c(v))
        svg.append(f'<text x="{x + bw / 2:.1f}" y="{H - 19 - bh:.1f}" font-size="9" text-anchor="middle">{lab}</text>')
        svg.append(f'<text x="{x + bw / 2:.1f}" y="{H - 4:.0f}" font-size="9" text-anchor="middle">R{y - 2018}</text>')
    svg.append("</svg>")
    return f'<div><div class="small" style="text-align:center">{title}</div>{"".join(svg)}</div>'


pg = 3
k = "shizei"
left = ""
for seg, lab in (("current", "現年度分収納率"), ("arrears", "滞納繰越分収納率"), ("total", "合計収納率")):
    left += f"<tr><th style='text-align:left'>{lab}</th>" + "".join(
        f"<td class='n'>{F(pg, k, y, REI[y], seg, 'collection_rate', 'actual', RT(k, y, seg), 'percent', r(RT(k, y, seg)))}</td>"
        for y in (2022, 2023, 2024)) + "</tr>"
right = ""
for y in (2022, 2023, 2024):
    right += f"<tr><th>{REI[y]}</th>" + "".join(
        f"<td class='n'>{F(pg, k, y, REI[y], 'total', m, 'actual', D(k, y, 'total', m) * K, 'yen', c(D(k, y, 'total', m)))}</td>"
        for m in ("assessed", "collected", "written_off", "outstanding")) + "</tr>"
tgt_delta = {2022: 0.10, 2023: -0.04, 2024: 0.06}
rows35 = ""
for y in (2022, 2023, 2024):
    act = RT(k, y, "total")
    tg = rnd(act + tgt_delta[y])
    ach = rate(act * 100, tg * 100)  # 実績÷目標×100
    rows35 += (f"<tr><td class='c'>{REI[y]}</td>"
               f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'collection_rate', 'target', tg, 'percent', r(tg))}</td>"
               f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'collection_rate', 'actual', act, 'percent', r(act))}</td>"
               f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'achievement_rate', 'actual', ach, 'percent', r(ach))}</td></tr>")
tg25 = rnd(RT(k, 2024, "total") + 0.15)
rows35 += (f"<tr><td class='c'>令和７年度</td><td class='n'>{F(pg, k, 2025, '令和７年度', 'total', 'collection_rate', 'target', tg25, 'percent', r(tg25))}</td>"
           f"<td class='c'>－</td><td class='c'>－</td></tr>")
out24, out23 = D(k, 2024, "total", "outstanding"), D(k, 2023, "total", "outstanding")
ar24, ar23 = RT(k, 2024, "arrears"), RT(k, 2023, "arrears")
out20 = D(k, 2020, "total", "outstanding")
assert out24 < out23 and ar24 > ar23
ana = (f"令和６年度末の収入未済額は{F(pg, k, 2024, '令和６年度', 'total', 'outstanding', 'actual', out24 * K, 'yen', c(out24) + '千円')}で、"
       f"前年度より{F(pg, k, 2024, '令和６年度', 'total', 'difference', 'actual', (out24 - out23) * K, 'yen', c(out23 - out24) + '千円')}減少した。"
       f"令和二年度末の{F(pg, k, 2020, '令和二年度', 'total', 'outstanding', 'actual', out20 * K, 'yen', c(out20) + '千円')}からは"
       f"着実に縮減している。滞納繰越分の収納率は{F(pg, k, 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', ar24, 'percent', r(ar24) + '％')}で"
       f"前年度を{F(pg, k, 2024, '令和６年度', 'arrears', 'difference', 'actual', rnd(ar24 - ar23), 'points', r(rnd(ar24 - ar23)) + 'ポイント')}上回ったが、"
       "高額案件の分納が長期化しており、換価につながる財産の早期把握が課題である。")
d24 = 1102
figs = (f"<div>滞納者数（令和６年度末）</div><div style='font-size:12pt;text-align:right'>"
        f"{F(pg, k, 2024, '令和６年度', 'total', 'delinquents', 'actual', d24, 'persons', '1,102人')}</div>"
        "<div style='margin-top:2mm'>差押件数（令和６年度）</div><div style='font-size:12pt;text-align:right'>318件</div>"
        "<div style='margin-top:2mm'>執行停止件数（同）</div><div style='font-size:12pt;text-align:right'>142件</div>")
its = [("①", "納期限後の督促状発送から１０日以内に電話催告を行い、現年度分の滞納の早期解消を図る。", "継続", "◎", "５月から毎月実施（架電4,210件）"),
       ("②", "預貯金等照会の電子化の対象金融機関を拡大し、財産調査を迅速化する。", "拡充", "○", "対象を１２機関に拡大"),
       ("③", "青森県と共同で滞納整理強化期間を設け、高額滞納案件の捜索・公売を実施する。", "継続", "○", "１０月に捜索２件を実施"),
       ("④", "スマートフォン決済アプリの対象税目に軽自動車税（種別割）を追加する。", "新規", "△", "システム改修中（１月開始予定）")]
rows_it = ""
for lab, txt, stt, prog, note in its:
    rows_it += (f"<tr><td class='c'>{lab}</td><td>{txt}【{stt}】</td><td class='c' style='font-size:11pt'>{prog}</td>"
                f"<td>{note}</td></tr>")
    G.init(pg, "市税", "市税", 2025, "令和７年度の取組と上半期の状況", lab, txt, stt)
html = f"""
<h2>資料２　取組個票（令和７年度上半期）</h2>
<table class="strip" style="width:100%;margin-bottom:2mm"><tr><td class="l">債権名</td><td style="font-size:11pt">市税</td>
<td class="l">所管課</td><td>総務部税務課</td><td class="l">債権区分</td><td>強制徴収公債権</td><td class="l">整理番号</td><td>０１</td></tr></table>
<h3>１　収納状況の推移（決算）</h3>
<div class="flex">
<div><div class="unit">収納率（単位：％）</div>
<table class="small"><thead><tr><th>区分</th><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr></thead><tbody>{left}</tbody></table></div>
<div><div class="unit">調定額等（単位：千円）</div>
<table class="small"><thead><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th></tr></thead><tbody>{right}</tbody></table></div>
</div>
<h3>２　目標と実績（合計収納率）</h3>
<div class="flex">
<div><div class="unit">（単位：％）</div>
<table class="small"><thead><tr><th>年度</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead><tbody>{rows35}</tbody></table>
<p class="small">※　達成率＝実績÷目標×１００</p></div>
{bar_chart(pg, k, [2020, 2021, 2022, 2023, 2024], "収入未済額の推移（千円）")}
</div>
<h3>３　現状と課題</h3>
<table style="width:100%"><tr><th style="width:78%">分　析</th><th>主な指標</th></tr>
<tr><td style="vertical-align:top"><p>{ana}</p></td><td class="small" style="vertical-align:top">{figs}</td></tr></table>
<h3>４　令和７年度の取組と上半期の状況</h3>
<table class="small" style="width:100%"><thead><tr><th style="width:7mm">No.</th><th>取組内容</th><th style="width:8mm"></th><th style="width:46mm">上半期の実施状況</th></tr></thead>
<tbody>{rows_it}</tbody></table>
<p class="small">◎：計画以上に実施　○：計画どおり実施　△：一部未実施</p>
"""
page(html, pg, "資料２")

# ---------------------------------------------------------------- page 4: 国保 sheet
pg = 4
k = "kokuho"
mrows = ""
for seg, sl in segs:
    ms = [("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率（％）")]
    if seg == "total":
        ms.append(("outstanding", "収入未済額"))
    for i, (m, ml) in enumerate(ms):
        head = f"<td rowspan='{len(ms)}' class='v'>{sl}</td>" if i == 0 else ""
        cells = ""
        for y in (2022, 2023, 2024):
            if m == "collection_rate":
                v = RT(k, y, seg)
                cells += f"<td class='n'>{F(pg, k, y, REI[y], seg, m, 'actual', v, 'percent', r(v))}</td>"
            else:
                v = D(k, y, seg, m)
                cells += f"<td class='n'>{F(pg, k, y, REI[y], seg, m, 'actual', v * K, 'yen', c(v))}</td>"
        mrows += f"<tr>{head}<th style='text-align:left'>{ml}</th>{cells}</tr>"
bul = ""
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "全体")):
    v = RI(k, 2025, seg)
    bul += f"<li>{lab}　{F(pg, k, 2025, '令和７年９月末', seg, 'collection_rate', 'interim', v, 'percent', r(v) + '％', as_of=AS9[2025])}</li>"
irows = ""
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")):
    cells = ""
    for y, yr in ((2025, "令和７年９月末"), (2024, "前年同期")):
        a, col = I(k, y, seg, "assessed"), I(k, y, seg, "collected")
        rt = RI(k, y, seg)
        cells += (f"<td class='n'>{F(pg, k, y, yr, seg, 'assessed', 'interim', a * K, 'yen', c(a), as_of=AS9[y])}</td>"
                  f"<td class='n'>{F(pg, k, y, yr, seg, 'collected', 'interim', col * K, 'yen', c(col), as_of=AS9[y])}<br>"
                  f"{F(pg, k, y, yr, seg, 'collection_rate', 'interim', rt, 'percent', r(rt) + '％', as_of=AS9[y])}</td>")
    irows += f"<tr><th>{lab}</th>{cells}</tr>"
hh24 = 1236
ref = (f"【参考】令和６年度末<ul style='margin:1mm 0 0'><li>滞納世帯数：{F(pg, k, 2024, '令和６年度', 'total', 'delinquents', 'actual', hh24, 'households', '1,236世帯')}</li>"
       "<li>差押件数：94件（うち預貯金63件）</li><li>執行停止件数：57件</li></ul>")
cell1 = [("①", "口座振替の未登録世帯に対し、納税通知書送付時に申込書を同封する。", "継続"),
         ("②", "納付が途絶えた世帯には、２か月以内に文書と電話で接触する。", "拡充"),
         ("③", "短期被保険者証の更新時に納付相談を行う。", "継続")]
cell2 = [("(1)", "財産調査により資力が判明した世帯は、差押予告を経て速やかに差し押さえる。", "継続"),
         ("(2)", "資格喪失後の未納世帯を毎月抽出し、転出先の市町村に照会する。", "新規")]
c1 = "<br>".join(f"{a}{b}【{s}】" for a, b, s in cell1)
c2 = "<br>".join(f"{a}{b}【{s}】" for a, b, s in cell2)
for a, b, s in cell1:
    G.init(pg, "国民健康保険料", "国民健康保険税", 2025, "現年度分", a, b, s)
for a, b, s in cell2:
    G.init(pg, "国民健康保険料", "国民健康保険税", 2025, "滞納繰越分", a, b, s)
html = f"""
<h2>資料２　取組個票（令和７年度上半期）</h2>
<table class="small" style="width:100%">
<thead><tr><th colspan="2" style="text-align:left;font-size:10.5pt">債権名　国民健康保険税</th><th colspan="3" style="text-align:left">所管課　健康福祉部保険年金課</th></tr>
<tr><th colspan="2">区分（単位：千円）</th><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr></thead>
<tbody>{mrows}</tbody></table>
<div class="flex" style="margin-top:3mm">
<div style="width:62mm"><h3>【収納率】令和７年９月末時点</h3><ul>{bul}</ul>
<div class="box small">{ref}</div></div>
<div><h3>上半期の収納状況</h3><div class="unit">（単位：千円、下段は収納率）</div>
<table class="small"><thead><tr><th rowspan="2">区分</th><th colspan="2">令和７年９月末</th><th colspan="2">前年同期（令和６年９月末）</th></tr>
<tr><th>調定額</th><th>収入済額<br>収納率</th><th>調定額</th><th>収入済額<br>収納率</th></tr></thead>
<tbody>{irows}</tbody></table></div>
</div>
<h3>令和７年度の主な取組</h3>
<table class="small" style="width:100%"><tr><th style="width:24mm">現年度分</th><td>{c1}</td></tr>
<tr><th>滞納繰越分</th><td>{c2}</td></tr></table>
<h3>上半期の評価</h3>
<p>現年分の収納率は前年同期を上回って推移しており、口座振替の申込件数も増加している。滞繰分は、資格喪失世帯への接触を早めたことで収納額が伸びた。</p>
"""
page(html, pg, "資料２")

# ---------------------------------------------------------------- page 5: 介護 + 後期 (compact)
pg = 5


def compact(k, pg, sheet_no, items, item_style):
    rows_ = ""
    for y in (2022, 2023, 2024):
        cur, arr, tot = RT(k, y, "current"), RT(k, y, "arrears"), RT(k, y, "total")
        o = D(k, y, "total", "outstanding")
        rows_ += (f"<tr><th>{REI[y]}</th>"
                  f"<td class='n'>{F(pg, k, y, REI[y], 'current', 'collection_rate', 'actual', cur, 'percent', r(cur))}</td>"
                  f"<td class='n'>{F(pg, k, y, REI[y], 'arrears', 'collection_rate', 'actual', arr, 'percent', r(arr))}</td>"
                  f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'collection_rate', 'actual', tot, 'percent', r(tot))}</td>"
                  f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'outstanding', 'actual', o * K, 'yen', c(o))}</td></tr>")
    brk = ""
    for seg, lab in (("current", "現年分"), ("arrears", "滞繰分")):
        a, b = RI(k, 2025, seg), RI(k, 2024, seg)
        brk += (f"<tr><th>{lab}</th><td class='n'>"
                f"{F(pg, k, 2025, '令和７年９月末', seg, 'collection_rate', 'interim', a, 'percent', r(a), as_of=AS9[2025])}"
                f"（{F(pg, k, 2024, '前年同期', seg, 'collection_rate', 'interim', b, 'percent', r(b), as_of=AS9[2024])}）</td></tr>")
    tgc = rnd(RT(k, 2024, "current") + 0.05)
    tga = rnd(RT(k, 2024, "arrears") + 1.0)
    esc = RT(k, 2025, "current")
    esa = RT(k, 2025, "arrears")
    tgt = (f"<tr><th>現年分</th><td class='n'>{F(pg, k, 2025, '令和７年度', 'current', 'collection_rate', 'target', tgc, 'percent', r(tgc))}</td>"
           f"<td class='n'>{F(pg, k, 2025, '令和７年度', 'current', 'collection_rate', 'estimate', esc, 'percent', r(esc))}</td></tr>"
           f"<tr><th>滞繰分</th><td class='n'>{F(pg, k, 2025, '令和７年度', 'arrears', 'collection_rate', 'target', tga, 'percent', r(tga))}</td>"
           f"<td class='n'>{F(pg, k, 2025, '令和７年度', 'arrears', 'collection_rate', 'estimate', esa, 'percent', r(esa))}</td></tr>")
    if item_style == "box":
        lst = "<div class='box small'>" + "<br>".join(f"{a}　{b}【{s}】" for a, b, s in items) + "</div>"
    else:
        lst = "<div class='small'>" + "".join(
            f"<p style='margin:0.8mm 0 0 4mm;text-indent:-4mm'>{a}　{b}</p><p style='margin:0 0 0 4mm'>【{s}】</p>"
            for a, b, s in items) + "</div>"
    for a, b, s in items:
        G.init(pg, CANON[k], META[k]["name"], 2025, "令和７年度の取組", a, b, s)
    return f"""
<table class="strip" style="width:100%;margin:2mm 0"><tr><td class="l">取組個票{sheet_no}</td><td class="l">債権名</td><td style="font-size:10.5pt">{META[k]['name']}</td>
<td class="l">所管課</td><td>{META[k]['dept']}</td></tr></table>
<div class="flex">
<div><div class="unit">決算の推移（収納率：％、収入未済額：千円）</div>
<table class="small"><thead><tr><th>年度</th><th>現年分</th><th>滞繰分</th><th>合計</th><th>収入未済額</th></tr></thead><tbody>{rows_}</tbody></table></div>
<div><div class="unit">９月末収納率（前年同期）（％）</div>
<table class="small"><tbody>{brk}</tbody></table>
<div class="unit" style="margin-top:2mm">令和７年度（％）</div>
<table class="small"><thead><tr><th>区分</th><th>目標</th><th>決算見込</th></tr></thead><tbody>{tgt}</tbody></table></div>
</div>
<h3>令和７年度の取組</h3>{lst}
"""


kaigo_items = [("ア", "特別徴収に切り替わるまでの普通徴収期間の納付について、６５歳到達時に案内文を送付する。", "継続"),
               ("イ", "２年以上の滞納がある被保険者に対し、給付制限の内容を記載した催告書を送付する。", "継続"),
               ("ウ", "市税の財産調査結果を共有し、預貯金の差押えを行う。", "拡充")]
kouki_items = [("ア", "被保険者証の更新時に、未納者へ納付相談の案内を同封する。", "継続"),
               ("イ", "口座振替の原則化について、広報みさわで周知する。", "新規")]
html = "<h2>資料２　取組個票（令和７年度上半期）</h2>" + compact("kaigo", pg, "③", kaigo_items, "box") + \
       "<div style='height:4mm;border-bottom:0.8pt dashed #777;margin-bottom:3mm'></div>" + \
       compact("kouki", pg, "④", kouki_items, "wrapped")
page(html, pg, "資料２")

# ---------------------------------------------------------------- page 6: 市営住宅使用料 (円) + 保育料
pg = 6
k = "jutaku"
yen_rows = ""
yd = {}
for y in (2023, 2024):
    for seg in ("current", "arrears"):
        a = D(k, y, seg, "assessed") * K + (137 * y + (11 if seg == "current" else 53)) % 997
        col = D(k, y, seg, "collected") * K + (211 * y + (7 if seg == "current" else 29)) % 991
        wo = D(k, y, seg, "written_off") * K + ((97 * y) % 887 if seg == "arrears" else 0)
        yd[(y, seg)] = (a, col, wo, a - col - wo)
for seg, sl in (("current", "現年度分"), ("arrears", "滞納繰越分")):
    cells = ""
    for y in (2023, 2024):
        a, col, wo, o = yd[(y, seg)]
        cells += (f"<td class='n'>{F(pg, k, y, REI[y], seg, 'assessed', 'actual', a, 'yen', c(a))}</td>"
                  f"<td class='n'>{F(pg, k, y, REI[y], seg, 'collected', 'actual', col, 'yen', c(col))}</td>"
                  f"<td class='n'>{F(pg, k, y, REI[y], seg, 'outstanding', 'actual', o, 'yen', c(o))}</td>")
    yen_rows += f"<tr><th>{sl}</th>{cells}</tr>"
dl = {2023: (214, 176), 2024: (198, 161)}
cnt_rows = ""
for y in (2023, 2024):
    p_, h_ = dl[y]
    cnt_rows += (f"<tr><th>{REI[y]}末</th>"
                 f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'delinquents', 'actual', p_, 'persons', str(p_))}</td>"
                 f"<td class='n'>{F(pg, k, y, REI[y], 'total', 'delinquents', 'actual', h_, 'households', str(h_))}</td>"
                 f"<td class='n'>{ {2023: 12, 2024: 9}[y] }</td></tr>")
jitems = [("①", "入居時に口座振替を原則とし、連帯保証人にも納付状況を通知する。", "継続"),
          ("②", "３か月以上の滞納者には、指定管理者と合同で夜間訪問を行う。", "拡充"),
          ("③", "退去滞納者の債権は、債権管理条例に基づき回収不能の判断を行い、放棄を含めて整理する。", "新規")]
for a, b, s in jitems:
    G.init(pg, "市営住宅使用料", "市営住宅使用料", 2025, "主な取組", a, b, s)
k2 = "hoiku"
h9 = RI(k2, 2025, "total")
h9p = RI(k2, 2024, "total")
hoiku_p = (f"保育料の令和７年９月末の収納率（全体）は{F(pg, k2, 2025, '令和７年９月末', 'total', 'collection_rate', 'interim', h9, 'percent', r(h9) + '％', as_of=AS9[2025])}で、"
           f"前年同期の{F(pg, k2, 2024, '前年同期', 'total', 'collection_rate', 'interim', h9p, 'percent', r(h9p) + '％', as_of=AS9[2024])}を"
           f"{F(pg, k2, 2025, '令和７年９月末', 'total', 'difference', 'interim', rnd(h9 - h9p), 'points', r(rnd(h9 - h9p)) + 'ポイント', as_of=AS9[2025])}上回った。"
           f"令和６年度末の収入未済額は{F(pg, k2, 2024, '令和６年度', 'total', 'outstanding', 'actual', D(k2, 2024, 'total', 'outstanding') * K, 'yen', c(D(k2, 2024, 'total', 'outstanding')) + '千円')}である。")
assert h9 > h9p
hitems = [("・", "児童手当からの特別徴収（申出による徴収）を、未納が生じた世帯に個別に案内する。", "継続"),
          ("・", "卒園児の未納分は、卒園前の２月までに納付計画を作成する。", "新規")]
for a, b, s in hitems:
    G.init(pg, "保育料", "保育料", 2025, "主な取組", a, b, s)
html = f"""
<h2>資料２　取組個票（令和７年度上半期）</h2>
<table class="strip" style="width:100%;margin:2mm 0"><tr><td class="l">取組個票⑤</td><td class="l">債権名</td><td style="font-size:10.5pt">市営住宅使用料</td>
<td class="l">所管課</td><td>建設部建築住宅課</td><td class="l">債権区分</td><td>私債権</td></tr></table>
<h3>１　決算の状況</h3>
<div class="unit">（単位：円）</div>
<table class="small" style="width:100%"><thead><tr><th rowspan="2">区分</th><th colspan="3">令和５年度</th><th colspan="3">令和６年度</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>調定額</th><th>収入済額</th><th>収入未済額</th></tr></thead>
<tbody>{yen_rows}</tbody></table>
<p class="small">※　収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額。</p>
<div class="flex" style="margin-top:2mm">
<div><h3>２　滞納者の状況</h3>
<table class="small"><thead><tr><th>年度</th><th>滞納者数（人）</th><th>滞納世帯数（世帯）</th><th>明渡請求件数（件）</th></tr></thead><tbody>{cnt_rows}</tbody></table></div>
<div style="flex:1"><h3>３　主な取組</h3>
<div class="small">{"".join(f"<p style='margin:0.8mm 0 0 4mm;text-indent:-4mm'>{a}{b}【{s}】</p>" for a, b, s in jitems)}</div></div>
</div>
<div style="height:4mm;border-bottom:0.8pt dashed #777;margin-bottom:3mm"></div>
<table class="strip" style="width:100%;margin:2mm 0"><tr><td class="l">取組個票⑥</td><td class="l">債権名</td><td style="font-size:10.5pt">保育料</td>
<td class="l">所管課</td><td>子ども・若者部こども家庭課</td></tr></table>
<h3>上半期の状況</h3>
<p>{hoiku_p}</p>
<h3>主な取組</h3>
<div class="small">{"".join(f"<p style='margin:0.8mm 0 0 4mm;text-indent:-4mm'>{a}{b}【{s}】</p>" for a, b, s in hitems)}</div>
"""
page(html, pg, "資料２")

# ---------------------------------------------------------------- page 7: 前回会議の主な意見 (Q&A)
pg = 7
k = "kokuho"
c23, c24 = RT(k, 2023, "current"), RT(k, 2024, "current")
a24 = RT(k, 2024, "arrears")
o24k = D(k, 2024, "total", "outstanding")
assert c24 > c23
sz23 = RT("shizei", 2023, "total")
q = [("委員（健康福祉部長）",
      f"令和５年度決算で国民健康保険税の現年度分収納率は{F(pg, k, 2023, '令和５年度', 'current', 'collection_rate', 'actual', c23, 'percent', r(c23) + '％')}"
      "であったが、令和６年度決算ではどう推移したか。また、滞納繰越分の状況はどうか。"),
     ("保険年金課長",
      f"令和６年度決算では、現年度分が{F(pg, k, 2024, '令和６年度', 'current', 'collection_rate', 'actual', c24, 'percent', r(c24) + '％')}と前年度を"
      f"{F(pg, k, 2024, '令和６年度', 'current', 'difference', 'actual', rnd(c24 - c23), 'points', r(rnd(c24 - c23)) + 'ポイント')}上回り、"
      f"滞納繰越分は{F(pg, k, 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', a24, 'percent', r(a24) + '％')}となった。"
      f"収入未済額は{F(pg, k, 2024, '令和６年度', 'total', 'outstanding', 'actual', o24k * K, 'yen', c(o24k) + '千円')}まで減少している。"),
     ("委員（経済部長）", "市税の滞納者の中には、事業の資金繰りが厳しい事業者も含まれると思う。納税の猶予などの制度の案内はどうしているか。"),
     ("税務課長",
      f"令和５年度決算における市税全体の収納率は{F(pg, 'shizei', 2023, '令和５年度', 'total', 'collection_rate', 'actual', sz23, 'percent', r(sz23) + '％')}"
      "で高い水準にあるが、事業者からの納付相談は増えている。換価の猶予等の制度は、催告書に案内文を同封して周知している。"),
     ("委員長（副市長）", "各課で取組の効果を検証し、次回会議で報告すること。")]
qa = "".join(f"<p style='margin:2mm 0 0 0;text-indent:-3.5mm;padding-left:3.5mm'>○{s}　{t}</p>" for s, t in q)
html = f"""
<h2>資料３　前回会議（令和７年度第１回）における主な意見と対応</h2>
<p class="small" style="text-align:right">第１回会議：令和７年７月２日（水）開催</p>
<div class="box">{qa}</div>
<h3 style="margin-top:5mm">意見を踏まえた対応</h3>
<table class="small" style="width:100%"><thead><tr><th style="width:40mm">意見の要旨</th><th>対応状況</th></tr></thead>
<tbody><tr><td>国民健康保険税の滞納繰越分の縮減</td><td>資格喪失世帯を毎月抽出する仕組みを９月から運用している（取組個票②参照）。</td></tr>
<tr><td>事業者への納税の猶予制度の周知</td><td>１０月発送の催告書から案内文を同封した。</td></tr>
<tr><td>取組効果の検証</td><td>各取組個票に上半期の実施状況欄を設け、検証結果を記載した。</td></tr></tbody></table>
<h3 style="margin-top:5mm">今後の予定</h3>
<p>令和７年度第３回会議（令和８年２月予定）において、令和７年度の決算見込みと令和８年度の取組方針を協議する。</p>
"""
page(html, pg, "資料３")

# ---------------------------------------------------------------- render
WORK.mkdir(parents=True, exist_ok=True)
src = WORK / (STEM + ".html")
src.write_text(f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
               + "".join(pages) + "</body></html>", encoding="utf-8")
pdf = ROOT / "pdf" / (STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(src)], check=True, capture_output=True, timeout=120)
import fitz  # noqa: E402

n = len(fitz.open(pdf))
G.write(pdf, n)
print(pdf, n, "pages", len(G.facts), "facts", len(G.initiatives), "initiatives")
