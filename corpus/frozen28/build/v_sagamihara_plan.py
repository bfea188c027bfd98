"""相模原市 債権管理計画（会計別・債権別の状況、グラフ） (HTML + SVG -> chromium). Rebuilds pdf/v_sagamihara_plan_1.pdf + gold."""
import subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import *

STEM = 'v_sagamihara_plan_1'
G = Gold(STEM, 'plan', '相模原市', '相模原市債権管理計画（令和７年度～令和９年度）', '2025-04-01', '令和７年４月', 'kaikei')

# ---------------- 表２ data (円): 会計 -> [(debt canonical, printed, r4, r5, kind)] ----------------
KAI = [
 ('一般会計', [('市税', '市税', 2987654321, 2754321987, 'total'),
              ('市税', 'うち滞納繰越分', 2012345678, 1843210987, 'arrears'),
              ('保育所保育料', '保育所保育料', 98765432, 91234567, 'total'),
              ('生活保護費返還金', '生活保護費返還金', 612345678, 598765432, 'total'),
              ('児童扶養手当返還金', '児童扶養手当返還金', 45678901, 43210987, 'total'),
              ('市営住宅使用料', '市営住宅使用料', 187654321, 176543210, 'total'),
              ('放置自転車等保管料', '放置自転車等保管料', 12000, None, 'total'),
              (None, 'その他', 98765432, 87654321, 'total')]),
 ('国民健康保険事業特別会計', [('国民健康保険税', '国民健康保険税', 2765432109, 2587654321, 'total')]),
 ('介護保険事業特別会計', [('介護保険料', '介護保険料', 412345678, 398765432, 'total'),
                     ('介護給付費返還金', '介護給付費返還金', None, 486200, 'total')]),
 ('後期高齢者医療事業特別会計', [('後期高齢者医療保険料', '後期高齢者医療保険料', 65432109, 61234567, 'total')]),
 ('下水道事業会計', [('下水道使用料', '下水道使用料', 176543210, 168765432, 'total'),
                ('下水道事業受益者負担金', '下水道事業受益者負担金', 23456789, 21098765, 'total')]),
]
def sub(rows, k):
    return sum((r[k] or 0) for r in rows if r[4] == 'total')
GT4 = sum(sub(r, 2) for _, r in KAI); GT5 = sum(sub(r, 3) for _, r in KAI)
# ---------------- 表３ long format (千円) ----------------
LONG = {
 '市税': {2021: (61234567, 59621432), 2022: (62345678, 60873210), 2023: (63012345, 61623451)},
 '国民健康保険税': {2021: (12876543, 11012345), 2022: (12543210, 10876543), 2023: (12210987, 10712346)},
 '介護保険料': {2021: (10234567, 9987654), 2022: (10456789, 10221345), 2023: (10678901, 10452318)},
 '後期高齢者医療保険料': {2021: (5432109, 5398765), 2022: (5612345, 5579012), 2023: (5798765, 5764321)},
}
YR = {2021: 'R3', 2022: 'R4', 2023: '2023年度'}
CHART_OUT = {2019: 9412, 2020: 8987, 2021: 8503, 2022: round(GT4 / 1e6), 2023: round(GT5 / 1e6)}
TAX_RATE = {2019: 96.84, 2020: 97.12, **{fy: rate(LONG['市税'][fy][1], LONG['市税'][fy][0]) for fy in (2021, 2022, 2023)}}

CSS = """
@page { size: A4; margin: 0; }
body { margin:0; font-family:'IPAexMincho','Noto Serif CJK JP',serif; font-size:10pt; color:#111; }
.pg { width:210mm; height:297mm; position:relative; page-break-after:always; overflow:hidden; }
.in { position:absolute; left:20mm; right:20mm; top:20mm; }
.rh { position:absolute; top:9mm; right:20mm; font-size:8pt; color:#555; }
.ft { position:absolute; bottom:10mm; width:100%; text-align:center; font-size:9pt; }
h1 { font-family:'IPAexGothic',sans-serif; font-size:17pt; text-align:center; margin:6mm 0 2mm; }
h2 { font-family:'IPAexGothic',sans-serif; font-size:12.5pt; border-bottom:1.2pt solid #2d5f8b; margin:6mm 0 3mm; padding-bottom:1mm; }
h3 { font-family:'IPAexGothic',sans-serif; font-size:11pt; margin:4mm 0 2mm; }
p { margin:0 0 2mm; text-indent:1em; line-height:1.7; text-align:justify; }
.two { column-count:2; column-gap:8mm; }
table { border-collapse:collapse; width:100%; font-size:8.8pt; }
table.hr th { border-top:1.2pt solid #000; border-bottom:0.8pt solid #000; padding:1.5mm 2mm; font-family:'IPAexGothic'; background:#e8eef4; }
table.hr td { border-bottom:0.4pt solid #999; padding:1.1mm 2mm; }
table.hr tr.z td { background:#f4f6f8; }
table.hr tr.st td { font-family:'IPAexGothic'; border-bottom:0.8pt solid #000; }
table.hr tr.gt td { font-family:'IPAexGothic'; border-top:1.2pt solid #000; border-bottom:1.2pt solid #000; }
td.n { text-align:right; }
.cap { font-family:'IPAexGothic'; font-size:10pt; margin:3mm 0 1.5mm; }
.unit { text-align:right; font-size:8pt; margin-bottom:1mm; }
.fn { font-size:8.5pt; margin-top:1.5mm; line-height:1.5; }
ul { margin:1mm 0 2mm 0; padding-left:6mm; line-height:1.7; } 
.kv { font-family:'IPAexGothic'; margin:3mm 0 1mm; }
"""
pages = []


def page(body):
    n = len(pages) + 1
    pages.append(f'<div class="pg"><div class="rh">相模原市債権管理計画（令和７年度～令和９年度）</div><div class="in">{body}</div>'
                 f'<div class="ft">- {n} -</div></div>')
    return n

# ---------------- p1 ----------------
t_out = okuman(round(GT5, -6)); t_diff = okuman(round(GT4 - GT5, -6))
p1 = 1
body = f'''<h1>相模原市債権管理計画</h1><div style="text-align:center;font-size:12pt">（令和７年度～令和９年度）</div>
<div style="text-align:right;margin:4mm 0">令和７年４月<br>相模原市 財政局 税務部 債権管理課</div>
<h2>１　計画の趣旨</h2><div class="two">
<p>本市は、債権管理条例に基づき、市税をはじめとする市の債権について、適正な管理と効率的な回収に取り組んできた。しかしながら、
社会経済情勢の変化に伴い、納付が困難な市民が増加するなど、債権を取り巻く環境は厳しさを増している。</p>
<p>このような状況を踏まえ、市民負担の公平性の確保と財源の確保を図るため、これまでの取組の成果と課題を検証したうえで、
令和７年度から令和９年度までの３年間を計画期間とする本計画を策定するものである。</p>
<p>本計画では、全ての債権を対象として、会計別・債権別の収入未済額の状況を明らかにするとともに、主要な債権ごとの取組を定め、
全庁を挙げて収入未済額の縮減に取り組む。</p>
<p>なお、計画の進捗状況は毎年度検証し、債権管理推進会議に報告するとともに、必要に応じて取組の見直しを行う。</p></div>
<h2>２　市債権の状況</h2>
<p>令和５年度決算における市債権全体の収入未済額は約{t_out}で、前年度と比べ約{t_diff}減少した。
市税の収納率は{TAX_RATE[2023]:.2f}％となり、前年度から{TAX_RATE[2023] - TAX_RATE[2022]:.2f}ポイント上昇している。
一方、国民健康保険税の収入未済額は市債権全体の約３分の１を占めており、引き続き重点的な対策が必要である。</p>
<p>会計別・債権別の状況は表２のとおりであり、主な債権の調定額及び収納率の推移は表３のとおりである。</p>'''
page(body)
G.fact(p1, '約' + t_out, round(GT5, -6), 'outstanding', 'actual', 2023, '令和５年度', 'total', None, None, approx=True)
G.fact(p1, '約' + t_diff, -round(GT4 - GT5, -6), 'difference', 'actual', 2023, '令和５年度', 'total', None, None, approx=True)
G.fact(p1, f'{TAX_RATE[2023]:.2f}％', TAX_RATE[2023], 'collection_rate', 'actual', 2023, '令和５年度', 'total', '市税', '市税')
dp = round(TAX_RATE[2023] - TAX_RATE[2022], 2)
G.fact(p1, f'{dp:.2f}ポイント', dp, 'difference', 'actual', 2023, '令和５年度', 'total', '市税', '市税', unit='points')

# ---------------- p2 表２ ----------------
p2 = 2
trs = ''
z = 0
for kai, rows in KAI:
    span = len(rows) + 1
    for i, (dc, pr, r4, r5, seg) in enumerate(rows):
        z += 1
        if r4 is None:
            d = '皆増'
        elif r5 is None:
            d = '皆減'
        else:
            d = c(r5 - r4)
        first = f'<td rowspan="{span}" style="vertical-align:middle;border-right:0.4pt solid #999">{kai}</td>' if i == 0 else ''
        pad = 'padding-left:6mm' if pr.startswith('うち') else ''
        trs += (f'<tr class="{"z" if z % 2 == 0 else ""}">{first}<td style="{pad}">{pr}</td><td class="n">{c(r4) if r4 is not None else "－"}</td>'
                f'<td class="n">{c(r5) if r5 is not None else "－"}</td><td class="n">{d}</td></tr>')
        for fy, v, fr in ((2022, r4, '令和４年度'), (2023, r5, '令和５年度')):
            if v is not None:
                G.fact(p2, c(v), v, 'outstanding', 'actual', fy, fr, seg, dc, pr if not pr.startswith('うち') else '市税')
        if r4 is not None and r5 is not None:
            G.fact(p2, c(r5 - r4), r5 - r4, 'difference', 'actual', 2023, '令和５年度', seg, dc, pr if not pr.startswith('うち') else '市税')
    s4, s5 = sub(rows, 2), sub(rows, 3)
    trs += f'<tr class="st"><td>小計</td><td class="n">{c(s4)}</td><td class="n">{c(s5)}</td><td class="n">{c(s5 - s4)}</td></tr>'
    if len(rows) > 1:
        G.fact(p2, c(s4), s4, 'outstanding', 'actual', 2022, '令和４年度', 'total', None, kai)
        G.fact(p2, c(s5), s5, 'outstanding', 'actual', 2023, '令和５年度', 'total', None, kai)
        G.fact(p2, c(s5 - s4), s5 - s4, 'difference', 'actual', 2023, '令和５年度', 'total', None, kai)
    else:  # 小計 equals the single debt: same figures printed again
        dc = rows[0][0]
        G.fact(p2, c(s4), s4, 'outstanding', 'actual', 2022, '令和４年度', 'total', dc, kai)
        G.fact(p2, c(s5), s5, 'outstanding', 'actual', 2023, '令和５年度', 'total', dc, kai)
        G.fact(p2, c(s5 - s4), s5 - s4, 'difference', 'actual', 2023, '令和５年度', 'total', dc, kai)
trs += f'<tr class="gt"><td colspan="2">合計</td><td class="n">{c(GT4)}</td><td class="n">{c(GT5)}</td><td class="n">{c(GT5 - GT4)}</td></tr>'
G.fact(p2, c(GT4), GT4, 'outstanding', 'actual', 2022, '令和４年度', 'total', None, '合計')
G.fact(p2, c(GT5), GT5, 'outstanding', 'actual', 2023, '令和５年度', 'total', None, '合計')
G.fact(p2, c(GT5 - GT4), GT5 - GT4, 'difference', 'actual', 2023, '令和５年度', 'total', None, '合計')
page(f'''<h2>３　会計別・債権別の収入未済額</h2>
<div class="cap">表２　会計別・債権別収入未済額（各年度末）</div><div class="unit">（単位：円）</div>
<table class="hr"><tr><th style="width:30%">会計</th><th>債権名</th><th>令和４年度</th><th>令和５年度</th><th>増減</th></tr>{trs}</table>
<div class="fn">※ 増減欄の「△」は減少、「皆減」は令和５年度末の収入未済額がなくなったもの、「皆増」は令和５年度に新たに生じたものを示す。<br>
※ 「その他」は、上記以外の一般会計の債権（４３債権）の合計である。</div>''')

# ---------------- p3 表３ long format ----------------
p3 = 3
trs = ''
z = 0
for nm, yrs in LONG.items():
    for i, (fy, (a, cc)) in enumerate(yrs.items()):
        z += 1
        first = f'<td rowspan="3" style="vertical-align:middle">{nm}</td>' if i == 0 else ''
        r = rate(cc, a)
        trs += f'<tr class="{"z" if i == 1 else ""}">{first}<td style="text-align:center">{YR[fy]}</td><td class="n">{c(a)}</td><td class="n">{c(cc)}</td><td class="n">{r:.2f}</td></tr>'
        G.fact(p3, c(a), a * 1000, 'assessed', 'actual', fy, YR[fy], 'total', nm, nm)
        G.fact(p3, c(cc), cc * 1000, 'collected', 'actual', fy, YR[fy], 'total', nm, nm)
        G.fact(p3, f'{r:.2f}', r, 'collection_rate', 'actual', fy, YR[fy], 'total', nm, nm)
SEIHO5 = 198767
G.fact(p3, c(SEIHO5) + '千円', SEIHO5 * 1000, 'written_off', 'actual', 2023, '令和５年度', 'total', '生活保護費返還金', '生活保護費返還金')
page(f'''<div class="cap">表３　主な債権の調定額・収入済額・収納率の推移（現年分・滞納繰越分の計）</div><div class="unit">（単位：千円、％）</div>
<table class="hr"><tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>{trs}</table>
<div class="fn">※ 収納率＝収入済額÷調定額×100（小数点以下第３位四捨五入）<br>
※ 一般会計の債権のうち生活保護費返還金については、令和５年度に{c(SEIHO5)}千円の不納欠損処分を行った。</div>
<h2 style="margin-top:10mm">（参考）主な債権の区分</h2>
<table class="hr"><tr><th>区分</th><th>主な債権</th><th>根拠</th></tr>
<tr><td>強制徴収公債権</td><td>市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料</td><td>地方税法、地方自治法第231条の3第3項 等</td></tr>
<tr class="z"><td>非強制徴収公債権</td><td>生活保護費返還金、児童扶養手当返還金</td><td>地方自治法第231条の3第1項</td></tr>
<tr><td>私債権</td><td>市営住宅使用料、放置自転車等保管料</td><td>民法</td></tr></table>''')

# ---------------- p4 charts ----------------
p4 = 4
def bar_svg(data, title):
    W_, H_ = 560, 250; x0, y0, ch = 60, 30, 170
    mx = 10000
    s = f'<svg width="{W_}" height="{H_}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexGothic">'
    s += f'<text x="{W_/2}" y="16" font-size="12" text-anchor="middle">{title}</text>'
    for k in range(0, 10001, 2500):
        yy = y0 + ch - k / mx * ch
        s += f'<line x1="{x0}" y1="{yy}" x2="{W_-20}" y2="{yy}" stroke="#ccc" stroke-width="0.6"/>'
        s += f'<text x="{x0-6}" y="{yy+4}" font-size="9" text-anchor="end">{k:,}</text>'
    bw = 50; gap = (W_ - 20 - x0) / len(data)
    for i, (fy, v) in enumerate(data.items()):
        bx = x0 + gap * i + (gap - bw) / 2; bh = v / mx * ch
        s += f'<rect x="{bx}" y="{y0+ch-bh}" width="{bw}" height="{bh}" fill="#5b8db8"/>'
        s += f'<text x="{bx+bw/2}" y="{y0+ch-bh-4}" font-size="10" text-anchor="middle">{v:,}</text>'
        s += f'<text x="{bx+bw/2}" y="{y0+ch+14}" font-size="10" text-anchor="middle">{wa(fy)}年度</text>'
    s += f'<line x1="{x0}" y1="{y0+ch}" x2="{W_-20}" y2="{y0+ch}" stroke="#000"/></svg>'
    return s

def line_svg(data, title):
    W_, H_ = 560, 230; x0, y0, ch = 60, 30, 150; lo, hi = 96.0, 99.0
    s = f'<svg width="{W_}" height="{H_}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexGothic">'
    s += f'<text x="{W_/2}" y="16" font-size="12" text-anchor="middle">{title}</text>'
    for k in (96.0, 97.0, 98.0, 99.0):
        yy = y0 + ch - (k - lo) / (hi - lo) * ch
        s += f'<line x1="{x0}" y1="{yy}" x2="{W_-20}" y2="{yy}" stroke="#ccc" stroke-width="0.6"/><text x="{x0-6}" y="{yy+4}" font-size="9" text-anchor="end">{k:.1f}</text>'
    gap = (W_ - 20 - x0) / len(data); pts = []
    for i, (fy, v) in enumerate(data.items()):
        px = x0 + gap * i + gap / 2; py = y0 + ch - (v - lo) / (hi - lo) * ch; pts.append((px, py))
        s += f'<circle cx="{px}" cy="{py}" r="3.5" fill="#c55a11"/><text x="{px}" y="{py-8}" font-size="10" text-anchor="middle">{v:.2f}</text>'
        s += f'<text x="{px}" y="{y0+ch+16}" font-size="10" text-anchor="middle">{wa(fy)}年度</text>'
    s += '<polyline fill="none" stroke="#c55a11" stroke-width="2" points="' + ' '.join(f'{a},{b}' for a, b in pts) + '"/>'
    s += f'<line x1="{x0}" y1="{y0+ch}" x2="{W_-20}" y2="{y0+ch}" stroke="#000"/></svg>'
    return s

for fy, v in CHART_OUT.items():
    G.fact(p4, f'{v:,}', v * 1000000, 'outstanding', 'actual', fy, wa(fy) + '年度', 'total', None, None)
for fy, v in TAX_RATE.items():
    G.fact(p4, f'{v:.2f}', v, 'collection_rate', 'actual', fy, wa(fy) + '年度', 'total', '市税', '市税')
page(f'''<h2>４　収入未済額及び収納率の推移</h2>
<div style="text-align:center">{bar_svg(CHART_OUT, '図１　市債権全体の収入未済額の推移（単位：百万円）')}</div>
<p>市債権全体の収入未済額は、令和元年度以降、毎年度減少している。特に、令和４年度以降は、滞納繰越分の整理を進めたことにより、
減少幅が拡大している。</p>
<div style="text-align:center;margin-top:6mm">{line_svg(TAX_RATE, '図２　市税の収納率の推移（単位：％）')}</div>
<p>市税の収納率は、口座振替やキャッシュレス納付の普及に伴い、着実に上昇している。</p>''')

# ---------------- p5-6 債権ごとの取組 ----------------
SECS = [
 ('国民健康保険税', ('78.41', 78.41, '77.95', 77.95), ('17.62', 17.62, '16.88', 16.88),
  [('資格取得時に口座振替の申込みを勧奨し、現年課税分の滞納発生を抑制する。', '継続'),
   ('滞納繰越となった世帯の財産調査を繰越後３か月以内に完了し、滞納処分を速やかに行う。', '拡充'),
   ('納付資力のない世帯については、執行停止を適正に判断し、滞納額の整理を進める。', '継続')]),
 ('介護保険料', ('80.12', 80.12, '79.86', 79.86), ('12.45', 12.45, '12.97', 12.97),
  [('普通徴収の未納者に対し、納期限後１か月以内に電話催告を行う。', '継続'),
   ('滞納による給付制限の対象となる被保険者へ、事前に納付相談の案内を送付する。', '新規')]),
 ('市営住宅使用料', ('91.34', 91.34, '90.72', 90.72), ('8.91', 8.91, '8.45', 8.45),
  [('滞納３か月以上の入居者に対し、連帯保証人への納付協力の依頼を行う。', '継続'),
   ('退去者の滞納分について、債権回収会社への委託を拡大する。', '拡充')]),
]
def sec_html(n, nm, cur, arr, items, pg):
    h = f'<h2>５　債権ごとの取組（{nm}）</h2><div class="kv">【収納率】令和６年12月末時点</div><ul>'
    h += f'<li>現年分　{cur[0]}％（前年同期 {cur[2]}％）</li><li>滞納繰越分　{arr[0]}％（前年同期 {arr[2]}％）</li></ul>'
    for seg, v in (('current', cur), ('arrears', arr)):
        G.fact(pg, v[0] + '％', v[1], 'collection_rate', 'interim', 2024, '令和６年12月末', seg, nm, nm, as_of='2024-12-31')
        G.fact(pg, v[2] + '％', v[3], 'collection_rate', 'interim', 2023, '前年同期', seg, nm, nm, as_of='2023-12-31')
    h += '<div class="kv">【主な取組】</div><ul>'
    for t, stt in items:
        h += f'<li>{t}【{stt}】</li>'
        G.init(pg, t, nm, nm, 2025, '主な取組', '・', stt)
    return h + '</ul>'
p5 = 5
page(sec_html(1, *SECS[0], p5) + sec_html(2, *SECS[1], p5))
p6 = 6
page(sec_html(3, *SECS[2], p6) + '''<h2>６　計画の推進</h2><p>債権管理課は、各所管課の取組状況を四半期ごとに把握し、
債権管理推進会議において進捗を報告する。目標を下回る債権については、所管課とともに原因を分析し、改善策を講じる。</p>''')

html_s = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
hp = WORK / (STEM + '.html'); hp.write_text(html_s, encoding='utf-8')
pdf = ROOT / 'pdf' / (STEM + '.pdf')
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                '--print-to-pdf-no-header', f'--print-to-pdf={pdf}', hp.as_uri()], check=True, capture_output=True)
G.write(pdf)
