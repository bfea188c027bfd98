# 荒川区 債権管理計画 -- PyMuPDF Story + vector chart
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from k_common import *
STEM = 'k_arakawa_keikaku_1'
facts, inits, pages = [], [], []
# accounts 2021, 2022 (千円)
acc = [('一般会計', 612884, 571302), ('国民健康保険事業会計', 548210, 497815), ('後期高齢者医療特別会計', 31544, 28706), ('介護保険事業会計', 46120, 43982)]
t21 = sum(a[1] for a in acc); t22 = sum(a[2] for a in acc)
def kn(v): return f'{v:,}'
p1 = f"""
<h1>荒川区債権管理計画<br>（令和５～６年度）</h1>
<p style="text-align:center">令和５年３月　荒川区</p>
<h2>１　計画策定の背景</h2>
<p>　区はこれまで、特別区民税や国民健康保険料をはじめとする債権について、収納率の向上と収入未済額の縮減に取り組んできた。
その結果、区が保有する全債権の収入未済額は、令和３年度末の約{t21/100000:.2f}億円から令和４年度末には{t22//100000}億{(t22%100000)//10:,}万円に減少した。</p>
<p>　このうち国民健康保険事業会計の収入未済額は497.8百万円で、全体の約半分を占めている。また、特別区民税の収納率（現年分・滞納繰越分の合計）は令和４年度に96.84％となり、前年度を0.52ポイント上回った。</p>
<p>　一方で、物価高騰の影響などにより納付が困難となる区民の増加も懸念される。本計画では、令和５～６年度（２０２３～２０２４年度）の２か年の目標を定め、各債権の所管課が連携して取組を進める。</p>
<h2>２　区の債権の状況</h2>
<p>会計区分ごとの収入未済額は次のとおりである。</p>
<table><tr><th>会計名称</th><th>令和３年度<br>（2021年度）</th><th>令和４年度<br>（2022年度）</th><th>増減</th></tr>
""" + ''.join(f'<tr><td>{n}</td><td class="r">{kn(a)}</td><td class="r">{kn(b)}</td><td class="r">{"△" if b<a else ""}{kn(abs(b-a))}</td></tr>' for n, a, b in acc) + \
f'<tr><td>合計</td><td class="r">{kn(t21)}</td><td class="r">{kn(t22)}</td><td class="r">△{kn(t21-t22)}</td></tr></table><p style="text-align:right">（単位：千円）</p>'
pages.append(p1)
facts += [F(1, None, 2021, '令和３年度', 'total', 'outstanding', 'actual', int(round(t21/100000,2)*100000000), 'yen', f'約{t21/100000:.2f}億円', True),
          F(1, None, 2022, '令和４年度', 'total', 'outstanding', 'actual', (t22 // 10) * 10000, 'yen', f'{t22//100000}億{(t22%100000)//10:,}万円'),
          F(1, '国民健康保険料', 2022, '令和４年度', 'total', 'outstanding', 'actual', 497800000, 'yen', '497.8百万円', debt_raw='国民健康保険事業会計'),
          F(1, '特別区民税', 2022, '令和４年度', 'total', 'collection_rate', 'actual', 96.84, 'percent', '96.84％')]
for n, a, b in acc:
    facts += [F(1, None, 2021, '令和３年度（2021年度）', 'total', 'outstanding', 'actual', a * 1000, 'yen', kn(a), debt_raw=n),
              F(1, None, 2022, '令和４年度（2022年度）', 'total', 'outstanding', 'actual', b * 1000, 'yen', kn(b), debt_raw=n)]
facts += [F(1, None, 2021, '令和３年度（2021年度）', 'total', 'outstanding', 'actual', t21 * 1000, 'yen', kn(t21), debt_raw='合計'),
          F(1, None, 2022, '令和４年度（2022年度）', 'total', 'outstanding', 'actual', t22 * 1000, 'yen', kn(t22), debt_raw='合計')]
# page 2: 会計・款・債権 table (円), 合計 first, 小計 per 会計
det = [('一般会計', [('特別区税', '特別区民税', 548310224), ('特別区税', '軽自動車税（種別割）', 9820411), ('使用料及び手数料', '区営住宅使用料', 8411650),
                   ('諸収入', '生活保護費返還金', 4012935), ('諸収入', '応急小口資金貸付金返還金', 746800)]),
       ('国民健康保険事業会計', [('国民健康保険料', '国民健康保険料', 497815032)]),
       ('後期高齢者医療特別会計', [('後期高齢者医療保険料', '後期高齢者医療保険料', 28706118)]),
       ('介護保険事業会計', [('保険料', '介護保険料', 43982390)])]
grand = sum(v for _, items in det for *_, v in items)
rows = f'<tr><td colspan="3"><b>合計</b></td><td class="r"><b>{grand:,}</b></td></tr>'
facts.append(F(2, None, 2022, '令和４年度（２０２２年度）', 'total', 'outstanding', 'actual', grand, 'yen', f'{grand:,}', debt_raw='合計'))
for accn, items in det:
    sub = sum(v for *_, v in items)
    for k, (kan, name, v) in enumerate(items):
        first = f'<td rowspan="{len(items)+1}">{accn}</td>' if k == 0 else ''
        rows += f'<tr>{first}<td>{kan}</td><td>{name}</td><td class="r">{v:,}</td></tr>'
        facts.append(F(2, name, 2022, '令和４年度（２０２２年度）', 'total', 'outstanding', 'actual', v, 'yen', f'{v:,}'))
    rows += f'<tr><td colspan="2" style="text-align:right">小計</td><td class="r">{sub:,}</td></tr>'
    if len(items) > 1:
        facts.append(F(2, None, 2022, '令和４年度（２０２２年度）', 'total', 'outstanding', 'actual', sub, 'yen', f'{sub:,}', debt_raw=accn))
p2 = f"""<h2>３　収入未済額の内訳</h2>
<p>令和４年度（２０２２年度）区の保有する全債権に係る収入未済額の内訳</p>
<p style="text-align:right">（単位：円）</p>
<table><tr><th>会計</th><th>款</th><th>債権名</th><th>収入未済額</th></tr>{rows}</table>
<p>※単一の債権のみの会計は、小計を債権の額と同額としている。</p>"""
pages.append(p2)
for accn, items in det:
    if len(items) == 1:
        v = items[0][2]; facts.append(F(2, items[0][1], 2022, '令和４年度（２０２２年度）', 'total', 'outstanding', 'actual', v, 'yen', f'{v:,}', debt_raw=accn))
# page 3: chart + 債権ごとの取組（特別区民税）
chart = [(2018, 'H30', 1842.6), (2019, 'R1', 1701.3), (2020, 'R2', 1488.9), (2021, 'R3', 1238.8), (2022, 'R4', 1141.8)]
items = [('(1)', '現年課税分の滞納者に対し、納期限後早期に文書催告とSMS催告を行い、新たな滞納繰越の発生を抑える。', '継続'),
         ('(2)', '高額滞納案件を徴収専門班に集約し、捜索やインターネット公売を活用して滞納処分を進める。', '拡充'),
         ('(3)', '納付が困難な区民を生活困窮者自立支援の窓口へつなぎ、分納又は執行停止の判断を適切に行う。', '新規')]
tg = [('current', '現年分', 99.05, 99.10, 99.20), ('arrears', '滞納繰越分', 38.12, 39.00, 40.00), ('total', '合計', 96.84, 97.00, 97.20)]
p3 = '<h2>４　収入未済額の推移</h2><div style="height:250px"></div>' + \
     '<h2>５　債権ごとの取組（特別区民税）</h2><p style="text-align:right">単位：％</p><table><tr><th rowspan="2">区分</th><th>実績</th><th colspan="2">目標</th></tr><tr><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr>' + \
     ''.join(f'<tr><td>{l}</td><td class="r">{a:.2f}</td><td class="r">{b:.2f}</td><td class="r">{c:.2f}</td></tr>' for _, l, a, b, c in tg) + '</table>' + \
     '<p><b>具体的な取組</b></p>' + ''.join(f'<p>{l}　{t}</p><p>【{s}】</p>' for l, t, s in items)
pages.append(p3)
for seg, l, a, b, c in tg:
    facts += [F(3, '特別区民税', 2022, '令和４年度', seg, 'collection_rate', 'actual', a, 'percent', f'{a:.2f}'),
              F(3, '特別区民税', 2023, '令和５年度', seg, 'collection_rate', 'target', b, 'percent', f'{b:.2f}'),
              F(3, '特別区民税', 2024, '令和６年度', seg, 'collection_rate', 'target', c, 'percent', f'{c:.2f}')]
for l, t, s in items: inits.append(I(3, '特別区民税', 2023, '具体的な取組', l, t, s))
for fy, lab, v in chart:
    facts.append(F(3, None, fy, lab, 'total', 'outstanding', 'actual', int(round(v * 1000000)), 'yen', f'{v:,.1f}'))
FG = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
def draw_chart(p):
    x0, y0, x1, y1 = 90, 110, 520, 300  # plot area
    p.insert_text((190, 100), '区の全債権の収入未済額の推移（単位：百万円）', fontsize=9.5, fontname='g', fontfile=FG)
    p.draw_line((x0, y1), (x1, y1), width=0.8); p.draw_line((x0, y0), (x0, y1), width=0.8)
    mx = 2000
    for g in (500, 1000, 1500, 2000):
        yy = y1 - (y1 - y0) * g / mx
        p.draw_line((x0, yy), (x1, yy), width=0.3, color=(0.7, 0.7, 0.7))
        p.insert_text((x0 - 30, yy + 3), f'{g:,}', fontsize=7, fontname='g', fontfile=FG)
    bw = 44
    for k, (fy, lab, v) in enumerate(chart):
        cx = x0 + 45 + k * 85
        top = y1 - (y1 - y0) * v / mx
        p.draw_rect(fitz.Rect(cx - bw / 2, top, cx + bw / 2, y1), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
        s = f'{v:,.1f}'; p.insert_text((cx - len(s) * 2.3, top - 4), s, fontsize=8, fontname='g', fontfile=FG)
        p.insert_text((cx - 6, y1 + 13), lab, fontsize=8, fontname='g', fontfile=FG)
path = os.path.join(OUT, STEM + '.pdf')
story_pdf(pages, path, header='荒川区債権管理計画', footer=lambda i, n: f'{i}', draw={2: draw_chart})
docm = {"kind": "plan", "municipality": "荒川区", "title": "荒川区債権管理計画（令和５～６年度）", "date": "2023-03-01", "date_raw": "令和５年３月"}
sys.exit(finish(STEM, path, docm, facts, inits))
