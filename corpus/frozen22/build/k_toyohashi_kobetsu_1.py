# 豊橋市 債権管理推進会議 資料（主要債権の取組個票） -- PyMuPDF Story
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from k_common import *
STEM = 'k_toyohashi_kobetsu_1'
facts, inits = [], []
pages = []
# ---- page 1
p1 = """
<p style="text-align:right">資料２</p>
<h1>令和６年度 第１回 豊橋市債権管理推進会議</h1>
<p style="text-align:center">令和６年６月５日（水）　午後２時～　本庁舎講堂</p>
<h2>主要債権の取組個票（令和５年度実施分・令和６年度方針）</h2>
<table class="nob" style="width:70%">
<tr><td>１．市税</td><td class="r">…… ２ページ</td></tr>
<tr><td>２．国民健康保険税</td><td class="r">…… ３ページ</td></tr>
<tr><td>３．市営住宅使用料</td><td class="r">…… ４ページ</td></tr>
</table>
<p>個票の構成：１ 滞納整理強化月間の実施状況　２ 債権管理ヒアリングにおける課題と対応　３ 令和６年度の取組方針（数値目標）</p>
<p> </p>
<table><tr><td style="padding:6px 10px">
<b>【参考】本市の収入未済額・収納率の状況</b><br>
・収入未済額（令和４年度決算）：約29億8,500万円<br>
・収入未済額（令和５年度決算見込み）：約27億4,100万円<br>
・全債権の収納率（令和５年度決算見込み）：96.92％<br>
・前年度からの改善幅：＋0.41ポイント
</td></tr></table>
<p>※令和５年度の数値は出納整理期間中の見込みであり、決算確定後に変更となる場合がある。</p>
"""
pages.append(p1)
facts += [F(1, None, 2022, '令和４年度', 'total', 'outstanding', 'actual', 2985000000, 'yen', '約29億8,500万円', True),
          F(1, None, 2023, '令和５年度', 'total', 'outstanding', 'estimate', 2741000000, 'yen', '約27億4,100万円', True),
          F(1, None, 2023, '令和５年度', 'total', 'collection_rate', 'estimate', 96.92, 'percent', '96.92％')]
SEC = '目標達成に向けた取組'
def target_table(pg, debt, rows):
    h = '<p class="r" style="text-align:right">（単位：％）</p><table><tr><th>区分</th><th>令和５年度 決算見込</th><th>令和６年度 目標</th><th>差</th></tr>'
    for seg, lab, e, t in rows:
        diff = round(t - e, 2)
        h += f'<tr><td>{lab}</td><td class="r">{e:.2f}</td><td class="r">{t:.2f}</td><td class="r">{"+" if diff>=0 else "△"}{abs(diff):.2f}</td></tr>'
        facts.append(F(pg, debt, 2023, '令和５年度', seg, 'collection_rate', 'estimate', e, 'percent', f'{e:.2f}'))
        facts.append(F(pg, debt, 2024, '令和６年度', seg, 'collection_rate', 'target', t, 'percent', f'{t:.2f}'))
    return h + '</table>'
# ---- page 2: 市税
pg = 2; debt = '市税'
items = [('ア', '納期限後20日以内に督促状を発送し、その後10日以内に電話催告を行う初動対応を徹底する。', '継続'),
         ('イ', '預貯金照会の電子化を全金融機関に広げ、財産調査から差押えまでの期間を短縮する。', '拡充'),
         ('ウ', 'スマートフォン決済に加えて地方税統一QRコードによる納付を周知し、納付機会を増やす。', '新規')]
p = f"""
<table><tr><th style="width:12%">債権名</th><td style="width:22%"><b>{debt}</b></td><th style="width:12%">所管課</th><td>財務部 納税課</td><th style="width:10%">区分</th><td>強制徴収公債権</td></tr></table>
<h3>１　令和５年度 滞納整理強化月間の実施状況</h3>
<table><tr><th rowspan="2" style="width:18%">実施時期</th><th colspan="2">取組内容</th><th rowspan="2" style="width:32%">実績又は効果<br>（　）内は前年度実績</th></tr>
<tr><th>現年分</th><th>滞納繰越分</th></tr>
<tr><td>①令和５年７月<br>②令和５年12月</td><td>・一斉文書催告<br>・夜間電話催告（12回）</td><td>・給与、預貯金の差押え<br>・捜索の実施（8件）</td>
<td>【実績】差押件数 412件（388件）<br>【効果】令和６年２月末時点 現年分徴収率 97.92％（97.61％）<br>滞納繰越分徴収率 24.8％（23.5％）</td></tr></table>
<h3>２　債権管理ヒアリングにおける課題と対応</h3>
<table><tr><th style="width:18%">課題</th><td>①高額滞納案件の処理が長期化している。②口座振替の利用率が伸び悩んでいる。</td></tr>
<tr><th>対応状況</th><td>①100万円以上の案件を特別滞納整理係に移管し、月次で進捗を確認した。②納税通知書にWeb口座振替受付の案内を同封した（申込 1,204件）。</td></tr></table>
<h3>３　令和６年度の取組方針</h3>
<p>現年課税分の早期納付を促すとともに、滞納繰越分の圧縮を進める。</p>
{target_table(pg, debt, [('current', '現年分', 99.12, 99.20), ('arrears', '滞納繰越分', 31.64, 33.00), ('total', '合計', 97.58, 97.75)])}
<p><b>{SEC}</b></p>
<div class="box">""" + ''.join(f'{l}　{t}【{s}】<br>' for l, t, s in items) + '</div>'
pages.append(p)
for l, t, s in items: inits.append(I(pg, debt, 2024, SEC, l, t, s))
facts += [F(pg, debt, 2023, '令和６年２月末', 'current', 'collection_rate', 'interim', 97.92, 'percent', '97.92％', as_of='2024-02-29'),
          F(pg, debt, 2022, '前年度', 'current', 'collection_rate', 'interim', 97.61, 'percent', '97.61％', as_of='2023-02-28'),
          F(pg, debt, 2023, '令和６年２月末', 'arrears', 'collection_rate', 'interim', 24.8, 'percent', '24.8％', as_of='2024-02-29'),
          F(pg, debt, 2022, '前年度', 'arrears', 'collection_rate', 'interim', 23.5, 'percent', '23.5％', as_of='2023-02-28')]
# ---- page 3: 国民健康保険税 (header cell form)
pg = 3; debt = '国民健康保険税'
items = [('ア', '資格取得時に口座振替の申込みを窓口で受け付け、初回から口座振替となる世帯を増やす。', '継続'),
         ('イ', '短期被保険者証の更新時に納付相談を必ず行い、分割納付の履行状況を管理する。', '継続'),
         ('ウ', '所得の申告がない世帯に申告を促し、軽減判定を適正に行って滞納の発生を防ぐ。', '新規')]
p = f"""
<table><tr><th style="text-align:left">債権名　{debt}　　（所管：市民協創部 国保年金課／区分：強制徴収公債権）</th></tr></table>
<h3>１　令和５年度 滞納整理強化月間の実施状況</h3>
<table><tr><th rowspan="2" style="width:18%">実施時期</th><th colspan="2">取組内容</th><th rowspan="2" style="width:32%">実績又は効果<br>（　）内は前年度実績</th></tr>
<tr><th>現年分</th><th>滞納繰越分</th></tr>
<tr><td>令和５年11月１日～12月28日</td><td>・休日納付相談窓口の開設（4回）<br>・納期未到来分の口座振替勧奨</td><td>・分納不履行者への催告<br>・財産調査（1,820件）</td>
<td>滞納処分 74件（61件）<br>令和５年12月末時点の現年分収納率は 81.44％（80.97％）となり、前年同期を上回った。</td></tr></table>
<h3>２　債権管理ヒアリングにおける課題と対応</h3>
<table><tr><th style="width:18%">課題</th><td>①転出者の滞納が増えている。②現年度分の未納が次年度に繰り越される割合が高い。</td></tr>
<tr><th>対応状況</th><td>①転出先への財産調査を早期に行い、差押えに至った案件が増えた。②納期ごとに未納者へSMSで通知し、翌月の納付につなげた。</td></tr></table>
<h3>３　令和６年度の取組方針</h3>
<p>滞納の初期段階で接触し、長期滞納化を防止する。</p>
{target_table(pg, debt, [('current', '現年分', 94.21, 94.50), ('arrears', '滞納繰越分', 22.35, 24.00), ('total', '合計', 86.73, 87.30)])}
<p><b>{SEC}</b></p>
<div class="box">""" + ''.join(f'{l}　{t}【{s}】<br>' for l, t, s in items) + '</div>'
pages.append(p)
for l, t, s in items: inits.append(I(pg, debt, 2024, SEC, l, t, s))
facts += [F(pg, debt, 2023, '令和５年12月末', 'current', 'collection_rate', 'interim', 81.44, 'percent', '81.44％', as_of='2023-12-31'),
          F(pg, debt, 2022, '前年度', 'current', 'collection_rate', 'interim', 80.97, 'percent', '80.97％', as_of='2022-12-31')]
# ---- page 4: 市営住宅使用料 (items numbered (1) in one cell, tag wrapped)
pg = 4; debt = '市営住宅使用料'
items = [('(1)', '入居者の家賃の滞納が２か月に達した時点で、連帯保証人等へ文書で通知する。', '継続'),
         ('(2)', '３か月以上の滞納者には明渡し請求を予告し、指定期日までに納付誓約を求める。', '継続'),
         ('(3)', '退去者の滞納分は、弁護士への回収委託の対象を１０万円以上に広げる。', '拡充')]
cell = '<br>'.join(f'{l} {t}<br>【{s}】' for l, t, s in items)
p = f"""
<table><tr><th style="width:12%">債権名</th><td style="width:22%"><b>{debt}</b></td><th style="width:12%">所管課</th><td>都市計画部 住宅課</td><th style="width:10%">区分</th><td>私債権</td></tr></table>
<h3>１　令和５年度 滞納整理強化月間の実施状況</h3>
<table><tr><th style="width:18%">実施時期</th><th>取組内容（現年分・滞納繰越分）</th><th style="width:32%">実績又は効果（　）内は前年度実績</th></tr>
<tr><td>令和５年８月</td><td>・夜間、休日の臨戸訪問（延べ96戸）<br>・支払督促の申立て（5件）</td>
<td>【実績】納付誓約 38件（30件）<br>【効果】令和５年９月末時点 現年分収納率 96.30％（95.82％）</td></tr></table>
<h3>２　債権管理ヒアリングにおける課題と対応</h3>
<table><tr><th style="width:18%">課題</th><td>退去者の滞納が長期化し、回収が困難となっている。</td></tr>
<tr><th>対応状況</th><td>所在調査を行い、所在が判明した１２人に支払を求めた。うち５人と分割納付の合意に至った。</td></tr></table>
<h3>３　令和６年度の取組方針</h3>
{target_table(pg, debt, [('current', '現年分', 96.85, 97.00), ('arrears', '滞納繰越分', 14.12, 15.00), ('total', '合計', 80.44, 81.20)])}
<table style="margin-top:6px"><tr><th style="width:22%">目標の達成に向けた具体的な取組</th><td>{cell}</td></tr></table>
"""
pages.append(p)
for l, t, s in items: inits.append(I(pg, debt, 2024, '目標の達成に向けた具体的な取組', l, t, s))
facts += [F(pg, debt, 2023, '令和５年９月末', 'current', 'collection_rate', 'interim', 96.30, 'percent', '96.30％', as_of='2023-09-30'),
          F(pg, debt, 2022, '前年度', 'current', 'collection_rate', 'interim', 95.82, 'percent', '95.82％', as_of='2022-09-30')]
path = os.path.join(OUT, STEM + '.pdf')
story_pdf(pages, path, header='令和６年度第１回債権管理推進会議　資料２', footer=lambda i, n: f'- {i} -')
docm = {"kind": "committee_material", "municipality": "豊橋市", "title": "令和６年度 第１回 豊橋市債権管理推進会議 資料２ 主要債権の取組個票",
        "date": "2024-06-05", "date_raw": "令和６年６月５日"}
sys.exit(finish(STEM, path, docm, facts, inits))
