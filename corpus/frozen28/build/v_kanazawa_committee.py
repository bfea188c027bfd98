"""金沢市 債権管理推進委員会 資料（取組個票, 16:9 slides) (HTML -> chromium). Rebuilds pdf/v_kanazawa_committee_1.pdf + gold."""
import subprocess, sys, html
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import *

STEM = 'v_kanazawa_committee_1'
G = Gold(STEM, 'committee_material', '金沢市', '令和７年度　第１回金沢市債権管理推進委員会　資料', '2025-07-10',
         '令和７年７月１０日', 'kobetsu')

# ------------- data (千円): debt -> {fy: {seg: (assessed, collected, written_off)}} -------------
D = {
 '市税': ('市税', '納税課', '強制徴収公債権',
        {2023: {'current': (58412300, 57910432, 0), 'arrears': (2012450, 618342, 142310)},
         2024: {'current': (59120800, 58649215, 0), 'arrears': (1856420, 612843, 128560)}},
        {'current': 99.25, 'arrears': 34.00, 'total': 98.30}, (3402, 3214)),
 '国民健康保険料': ('国民健康保険料', '保険年金課', '強制徴収公債権',
        {2023: {'current': (10234500, 9646311, 0), 'arrears': (2212380, 482310, 198740)},
         2024: {'current': (10087600, 9531904, 0), 'arrears': (2125560, 495430, 187620)}},
        {'current': 94.80, 'arrears': 24.00, 'total': 83.00}, (5872, 5631)),
 '介護保険料': ('介護保険料', '介護保険課', '強制徴収公債権',
        {2023: {'current': (9012300, 8912451, 0), 'arrears': (198760, 31240, 54320)},
         2024: {'current': (9124500, 9027843, 0), 'arrears': (201340, 33651, 52870)}}, None, None),
 '後期高齢者医療保険料': ('後期高齢者医療保険料', '保険年金課', '強制徴収公債権',
        {2023: {'current': (4876500, 4860231, 0), 'arrears': (23450, 8762, 3120)},
         2024: {'current': (5012300, 4996015, 0), 'arrears': (22870, 8941, 2980)}}, None, None),
 '保育料': ('保育料', '幼児保育課', '強制徴収公債権',
        {2023: {'current': (1623400, 1597842, 0), 'arrears': (87650, 17843, 6540)},
         2024: {'current': (1587200, 1563391, 0), 'arrears': (82430, 19874, 5870)}},
        {'current': 98.70, 'arrears': 25.00, 'total': 95.30}, (412, 376)),
 '市営住宅使用料': ('市営住宅使用料', '市営住宅課', '私債権',
        {2023: {'current': (2345600, 2298743, 0), 'arrears': (312450, 41230, 18760)},
         2024: {'current': (2312300, 2267842, 0), 'arrears': (302130, 43871, 21450)}},
        {'current': 98.20, 'arrears': 15.00, 'total': 88.50}, (298, 281)),
 '下水道使用料': ('下水道使用料', '上下水道局営業課', '強制徴収公債権',
        {2023: {'current': (8123400, 8058732, 0), 'arrears': (76540, 38210, 4320)},
         2024: {'current': (8098700, 8035412, 0), 'arrears': (71230, 36984, 3980)}}, None, None),
}


def tot(fy, name):
    s = [0, 0, 0]
    for seg in ('current', 'arrears'):
        s = [x + y for x, y in zip(s, D[name][3][fy][seg])]
    return s


def seg_vals(fy, name, seg):
    if seg == 'total':
        a, cc, w = tot(fy, name)
    else:
        a, cc, w = D[name][3][fy][seg]
    return a, cc, w, a - cc - w, rate(cc, a)


ALL = {fy: [sum(tot(fy, n)[k] for n in D) for k in range(3)] for fy in (2023, 2024)}
ALL_OUT = {fy: ALL[fy][0] - ALL[fy][1] - ALL[fy][2] for fy in ALL}
ALL_RATE = {fy: rate(ALL[fy][1], ALL[fy][0]) for fy in ALL}
HIST = {2020: 5212450, 2021: 5034320, 2022: 4861870, 2023: ALL_OUT[2023], 2024: ALL_OUT[2024]}
SEIHO = 198790  # 千円, FY2024


def m1(v):  # 千円 -> 百万円 1 decimal
    return f'{v / 1000:,.1f}'


def vm1(v):  # yen value of the printed 百万円 figure
    return int(round(float(m1(v).replace(',', '')) * 10)) * 100000

CSS = """
@page { size: 338.67mm 190.5mm; margin: 0; }
body { margin:0; font-family: 'Noto Sans CJK JP', sans-serif; color:#222; }
.slide { width: 338.67mm; height: 190.5mm; position: relative; page-break-after: always; overflow: hidden; }
.bar { position:absolute; left:0; top:0; width:100%; height:16mm; background:#1f4e79; color:#fff; }
.bar h2 { margin:0; padding:3.5mm 10mm; font-size:19pt; font-weight:bold; }
.run { position:absolute; right:10mm; bottom:5mm; font-size:9pt; color:#666; }
.hdr { position:absolute; right:10mm; top:18mm; font-size:9pt; color:#444; }
.box { position:absolute; border:1.2pt solid #1f4e79; padding:3mm 4mm; font-size:11pt; background:#fff; }
.cap { position:absolute; font-size:11pt; font-weight:bold; color:#1f4e79; }
table { border-collapse: collapse; font-size:10.5pt; }
td, th { border: 0.8pt solid #555; padding: 1.2mm 2.5mm; }
th { background:#dde6f0; font-weight:bold; }
td.n { text-align:right; }
.lv td { border:1pt solid #1f4e79; padding:1.8mm 4mm; font-size:12pt; }
.lv td.l { background:#1f4e79; color:#fff; font-weight:bold; }
.panel { position:absolute; border:2pt solid #c55a11; border-radius:3mm; text-align:center; padding:3mm; }
.panel .t { font-size:12pt; font-weight:bold; color:#c55a11; }
.panel .big { font-size:34pt; font-weight:bold; margin:2mm 0; }
.panel .s { font-size:12pt; }
.note { position:absolute; font-size:9pt; color:#333; }
ul { margin:1mm 0 0 0; padding-left:5mm; }
li { margin-bottom:1.2mm; }
"""
slides = []
PG = {}


def slide(body, title=None, key=None):
    n = len(slides) + 1
    if key: PG[key] = n
    top = f'<div class="bar"><h2>{title}</h2></div>' if title else ''
    run = f'<div class="run">令和７年度第１回　金沢市債権管理推進委員会　資料１　　{n}</div>'
    slides.append(f'<div class="slide">{top}{body}{run}</div>')
    return n

# ---- slide 1 cover
slide('''<div style="position:absolute;left:0;top:48mm;width:100%;text-align:center">
<div style="font-size:18pt">令和７年度　第１回</div>
<div style="font-size:30pt;font-weight:bold;margin:5mm 0">金沢市債権管理推進委員会</div>
<div style="font-size:22pt;border:1.5pt solid #333;display:inline-block;padding:2mm 12mm">資料１　主要債権の取組個票</div>
<div style="font-size:15pt;margin-top:14mm">令和７年７月１０日（木）</div>
<div style="font-size:15pt;margin-top:3mm">総務局　債権管理課</div></div>''', key='cover')

# ---- slide 2 overview
p2 = len(slides) + 1
names = list(D)
out24, out23 = ALL_OUT[2024] * 1000, ALL_OUT[2023] * 1000
big_out = round(out24 / 1e8, 1); big_diff = round((out23 - out24) / 1e8, 1)
rows_t = ''
colhdr = ''.join(f'<th>{D[n][0]}</th>' for n in names) + '<th>合計</th>'
metrics = [('調定額', 0, 'assessed'), ('収入済額', 1, 'collected'), ('不納欠損額', 2, 'written_off'),
           ('収入未済額', 3, 'outstanding'), ('収納率', 4, 'collection_rate')]
for lab, k, met in metrics:
    tds = ''
    for n in names:
        v = seg_vals(2024, n, 'total')[k]
        s = f'{v:.2f}' if k == 4 else m1(v)
        tds += f'<td class="n">{s}</td>'
        G.fact(p2, s, v if k == 4 else vm1(v), met, 'actual', 2024, '令和６年度', 'total', n, D[n][0])
    vv = ALL_RATE[2024] if k == 4 else (ALL_OUT[2024] if k == 3 else ALL[2024][k])
    s = f'{vv:.2f}' if k == 4 else m1(vv)
    tds += f'<td class="n"><b>{s}</b></td>'
    G.fact(p2, s, vv if k == 4 else vm1(vv), met, 'actual', 2024, '令和６年度', 'total', None, '合計')
    rows_t += f'<tr><th style="text-align:left">{lab}</th>{tds}</tr>'
slide(f'''
<div class="panel" style="left:12mm;top:24mm;width:88mm;height:40mm"><div class="t">主要債権の収入未済額（令和６年度末）</div>
<div class="big">約{big_out}億円</div><div class="s">前年度比 約{big_diff}億円減</div></div>
<div class="panel" style="left:110mm;top:24mm;width:88mm;height:40mm"><div class="t">主要債権の収納率（令和６年度）</div>
<div class="big">{ALL_RATE[2024]:.2f}％</div><div class="s">（前年度 {ALL_RATE[2023]:.2f}％）</div></div>
<div class="box" style="left:208mm;top:24mm;width:112mm;height:38mm;font-size:10.5pt"><b>ポイント</b><ul>
<li>主要７債権の収入未済額は３年連続で減少</li><li>現年分の収納率は全債権で前年度並み以上</li>
<li>国民健康保険料の滞繰分が引き続き課題</li></ul></div>
<div class="cap" style="left:12mm;top:74mm">主要債権の決算状況（令和６年度決算、単位：百万円、％）</div>
<table style="position:absolute;left:12mm;top:81mm;width:314mm"><tr><th></th>{colhdr}</tr>{rows_t}</table>
<div class="note" style="left:12mm;top:150mm">※ 百万円未満を四捨五入しているため、合計が内訳の和と一致しない場合がある。収納率は千円単位の額により算出。</div>
''', '１　主要債権の状況（全体）', 'overview')
G.fact(p2, f'約{big_out}億円', round(big_out * 1e8), 'outstanding', 'actual', 2024, '令和６年度末', 'total', None, '主要債権', approx=True)
G.fact(p2, f'約{big_diff}億円', -round(big_diff * 1e8), 'difference', 'actual', 2024, '令和６年度末', 'total', None, '主要債権', approx=True)
G.fact(p2, f'{ALL_RATE[2024]:.2f}％', ALL_RATE[2024], 'collection_rate', 'actual', 2024, '令和６年度', 'total', None, '主要債権')
G.fact(p2, f'{ALL_RATE[2023]:.2f}％', ALL_RATE[2023], 'collection_rate', 'actual', 2023, '前年度', 'total', None, '主要債権')

# ---- 取組個票
KOBETSU = {
 '市税': [('(1)', '納期限内納付を促すため、スマートフォン決済及び地方税統一QRコードによる納付を広報し、キャッシュレス納付の利用拡大を図る。', '継続'),
         ('(2)', '滞納繰越となった案件は、繰越後３か月以内に財産調査を完了し、差押え等の滞納処分に速やかに移行する。', '拡充'),
         ('(3)', '高額・困難案件は特別滞納整理班へ移管し、捜索及びインターネット公売を実施する。', '継続')],
 '国民健康保険料': [('(1)', '資格取得届の受付時に口座振替の申込みを勧奨し、口座振替率の向上を図る。', '継続'),
              ('(2)', 'コールセンターによる現年分未納者への電話催告を、納期限後１か月以内に実施する。', '継続'),
              ('(3)', '滞納繰越分は、所得・資産の状況を調査したうえで、差押えと執行停止を適切に判断する。', '新規')],
 '保育料': [('(1)', '児童手当からの特別徴収について、入所説明会で保護者の同意を得るよう案内する。', '継続'),
          ('(2)', '退所者の滞納分について、催告書の送付と併せ、住所地調査を行う。', '新規')],
 '市営住宅使用料': [('(1)', '家賃滞納３か月以上の入居者に対し、連帯保証人への納付要請を行う。', '継続'),
              ('(2)', '明渡請求訴訟の対象者を四半期ごとに選定し、法的措置を計画的に実施する。', '拡充'),
              ('(3)', '退去者の滞納分は、債権回収会社への回収委託を継続する。', '継続')],
}
SEGL = {'current': '現年分', 'arrears': '滞繰分', 'total': '合計'}
for i, (name, items) in enumerate(KOBETSU.items()):
    raw, ka, kubun, data, tgt, dl = D[name]
    pg = len(slides) + 1
    trs = ''
    for seg in ('current', 'arrears', 'total'):
        tds = ''
        for fy in (2023, 2024):
            a, cc, w, o, r = seg_vals(fy, name, seg)
            mark = '※1' if (fy == 2024 and seg == 'arrears') else ''
            tds += f'<td class="n">{c(cc)}<br>{r:.2f}{mark}</td>'
            fr = wa(fy) + '年度'
            G.fact(pg, c(cc), cc * 1000, 'collected', 'actual', fy, fr, seg, name, raw)
            G.fact(pg, f'{r:.2f}', r, 'collection_rate', 'actual', fy, fr, seg, name, raw)
        tds += f'<td class="n">{tgt[seg]:.2f}</td>'
        G.fact(pg, f'{tgt[seg]:.2f}', tgt[seg], 'collection_rate', 'target', 2025, '令和７年度', seg, name, raw)
        trs += f'<tr><th>{SEGL[seg]}</th>{tds}</tr>'
    a, cc, w, o24, r = seg_vals(2024, name, 'total')
    o23 = seg_vals(2023, name, 'total')[3]
    G.fact(pg, c(o24) + '千円', o24 * 1000, 'outstanding', 'actual', 2024, '令和６年度末', 'total', name, raw)
    G.fact(pg, c(o23) + '千円', o23 * 1000, 'outstanding', 'actual', 2023, '前年度', 'total', name, raw)
    G.fact(pg, c(w) + '千円', w * 1000, 'written_off', 'actual', 2024, '令和６年度', 'total', name, raw)
    G.fact(pg, f'{dl[1]:,}人', dl[1], 'delinquents', 'actual', 2024, '令和６年度末', 'total', name, raw, unit='persons')
    G.fact(pg, f'{dl[0]:,}人', dl[0], 'delinquents', 'actual', 2023, '前年度', 'total', name, raw, unit='persons')
    lis = ''
    for k, (lab, t, stt) in enumerate(items):
        br = '<br>' if k == 1 else ''
        lis += f'<div style="margin-bottom:2mm;padding-left:7mm;text-indent:-7mm">{lab}　{t}{br}【{stt}】</div>'
        G.init(pg, t, name, raw, 2025, '令和７年度の取組', lab, stt)
    slide(f'''
<table class="lv" style="position:absolute;left:12mm;top:22mm"><tr><td class="l">債権名</td><td style="width:62mm"><b>{raw}</b></td>
<td class="l">所管課</td><td style="width:40mm">{ka}</td><td class="l">債権区分</td><td style="width:36mm">{kubun}</td></tr></table>
<div class="cap" style="left:12mm;top:40mm">１　収納状況と数値目標</div>
<table style="position:absolute;left:12mm;top:47mm;width:150mm">
<tr><th rowspan="2">区分</th><th colspan="2">決算</th><th>目標</th></tr>
<tr><th>令和５年度</th><th>令和６年度</th><th>令和７年度</th></tr>{trs}</table>
<div class="note" style="left:12mm;top:112mm;width:150mm">上段：収入済額（千円）　下段：収納率（％）　目標欄は収納率（％）<br>
※1 滞繰分の収納率は、年度中に調定減となった額を調定額から除いて算出している。</div>
<div class="cap" style="left:172mm;top:40mm">２　令和７年度の取組</div>
<div class="box" style="left:172mm;top:47mm;width:146mm;height:74mm">{lis}</div>
<div class="box" style="left:12mm;top:128mm;width:306mm;height:22mm;border-style:dashed"><b>【参考】</b>
<div style="display:flex;gap:10mm;margin-top:1.5mm">
<div>・収入未済額：{c(o24)}千円（前年度 {c(o23)}千円）</div><div>・不納欠損額：{c(w)}千円</div>
<div>・滞納者数：{dl[1]:,}人（前年度 {dl[0]:,}人）</div></div></div>
''', f'取組個票　{i + 1}　{raw}', name)

# ---- page with a table for no single debt
pg = len(slides) + 1
ths = ''.join(f'<th>{wa(fy)}年度</th>' for fy in HIST)
vals = ''.join(f'<td class="n">{m1(v)}</td>' for v in HIST.values())
diffs = '<td class="n">－</td>' + ''.join(
    f'<td class="n">{"△" if HIST[fy] - HIST[fy - 1] < 0 else ""}{m1(abs(HIST[fy] - HIST[fy - 1]))}</td>' for fy in list(HIST)[1:])
for fy, v in HIST.items():
    G.fact(pg, m1(v), vm1(v), 'outstanding', 'actual', fy, wa(fy) + '年度', 'total', None, '主要債権合計')
    if fy > 2020:
        d = HIST[fy] - HIST[fy - 1]
        G.fact(pg, ('△' if d < 0 else '') + m1(abs(d)), (-1 if d < 0 else 1) * vm1(abs(d)), 'difference', 'actual', fy, wa(fy) + '年度', 'total', None, '主要債権合計')
G.fact(pg, f'{SEIHO / 1000:,.1f}百万円', vm1(SEIHO), 'outstanding', 'actual', 2024, '令和６年度末', 'total', '生活保護費返還金', '生活保護費返還金')
slide(f'''
<div class="cap" style="left:12mm;top:26mm">（参考）主要債権合計の収入未済額の推移（単位：百万円）</div>
<table style="position:absolute;left:12mm;top:34mm;width:250mm"><tr><th>区分</th>{ths}</tr>
<tr><th>収入未済額</th>{vals}</tr><tr><th>前年度比</th>{diffs}</tr></table>
<div class="note" style="left:12mm;top:62mm;width:300mm;font-size:10pt">※ 主要債権は、市税、国民健康保険料、介護保険料、後期高齢者医療保険料、保育料、市営住宅使用料及び下水道使用料の７債権。<br>
※ 上記のほか、生活保護費返還金の収入未済額は令和６年度末で{SEIHO / 1000:,.1f}百万円となっている。</div>
<div class="box" style="left:12mm;top:84mm;width:306mm;height:50mm"><b>今後のスケジュール（予定）</b><ul>
<li>第２回委員会（令和７年１０月）：令和７年度上半期の取組状況、債権放棄の審議</li>
<li>第３回委員会（令和８年２月）：令和８年度の数値目標及び取組方針</li>
<li>債権管理研修（令和７年８月・１１月）：新任職員向け基礎研修、法的措置研修</li></ul></div>
''', '２　主要債権の収入未済額の推移', 'hist')

html_s = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(slides)}</body></html>'
hp = WORK / (STEM + '.html'); hp.write_text(html_s, encoding='utf-8')
pdf = ROOT / 'pdf' / (STEM + '.pdf')
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                '--print-to-pdf-no-header', f'--print-to-pdf={pdf}', hp.as_uri()], check=True, capture_output=True)
G.write(pdf)
