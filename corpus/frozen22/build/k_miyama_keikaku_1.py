# みやま市 債権管理計画（推進シート） -- PyMuPDF direct drawing
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from k_common import *
STEM = 'k_miyama_keikaku_1'
FF = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'; FG = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
doc = fitz.open(); facts, inits = [], []
def T(p, x, y, s, size=9.5, g=False, right=False):
    f = fitz.Font(fontfile=FG if g else FF)
    if right: x -= f.text_length(s, fontsize=size)
    p.insert_text((x, y), s, fontsize=size, fontname='g' if g else 'm', fontfile=FG if g else FF)
def wrap(p, x, y, s, width, size=9.5, lh=14):
    f = fitz.Font(fontfile=FF); line = ''
    for ch in s:
        if f.text_length(line + ch, fontsize=size) > width:
            T(p, x, y, line, size); y += lh; line = ''
        line += ch
    if line: T(p, x, y, line, size); y += lh
    return y
def newpage(n):
    p = doc.new_page(width=595, height=842)
    T(p, 400, 30, 'みやま市債権管理計画（令和７～９年度）', 8, g=True)
    T(p, 290, 815, f'- {n} -', 9)
    return p
# ---------- page 1
p = newpage(1)
T(p, 150, 110, 'みやま市債権管理計画', 22, g=True)
T(p, 215, 140, '（令和７年度～令和９年度）', 12, g=True)
T(p, 250, 175, '令和７年３月　みやま市', 11)
y = 230
T(p, 50, y, '１　計画の趣旨', 11, g=True); y += 20
y = wrap(p, 60, y, '本市では、市税をはじめとする各種債権の収入未済額の縮減に取り組んできた。令和５年度決算における全債権の収入未済額は約３億1,820万円で、５年前と比べて約9,400万円減少したものの、国民健康保険税と住宅使用料の滞納繰越分が依然として大きい。このため、債権ごとに推進シートを作成し、目標徴収率と取組を定めて進捗を管理する。', 480)
facts.append(F(1, None, 2023, '令和５年度', 'total', 'outstanding', 'actual', 318200000, 'yen', '約３億1,820万円', True))
y += 10
T(p, 50, y, '２　計画の期間', 11, g=True); y += 20
y = wrap(p, 60, y, '令和７年度から令和９年度までの３か年とする。', 480) + 10
T(p, 50, y, '３　全庁共通の取組', 11, g=True); y += 20
common = [('(1)', '督促状は納期限後20日以内に発送し、発送後は電話又は文書で速やかに催告する。'),
          ('(2)', '債権管理台帳を債権ごとに整備し、時効の管理を徹底する。'),
          ('(3)', '徴収が困難な案件は債権管理対策室へ引き継ぎ、専門的な処理を行う。')]
for l, t in common:
    T(p, 60, y, l); y = wrap(p, 85, y, t, 455); inits.append(I(1, None, 2025, '全庁共通の取組', l, t))
y += 10
T(p, 50, y, '４　推進シートの見方', 11, g=True); y += 20
y = wrap(p, 60, y, '各シートの実績表は年度を縦に並べ、調定額から徴収率までを横に示す。金額は千円単位（千円未満切捨て）で表示する。', 480)
# ---------- 推進シート
def sheet(n, debt, dept, rows, targets, items, ruled):
    p = newpage(n)
    T(p, 50, 70, f'推進シート　No.{n - 1}', 12, g=True)
    # header cell with debt name
    p.draw_rect(fitz.Rect(50, 80, 545, 100), width=0.8)
    T(p, 56, 94, f'債権名　{debt}', 10.5, g=True); T(p, 330, 94, f'担当課　{dept}', 10)
    T(p, 50, 125, '１　徴収実績の推移', 10.5, g=True)
    T(p, 545, 125, '（単位：千円）', 8.5, right=True)
    cols = [(50, '年度'), (150, '調定額'), (235, '収入済額'), (320, '不納欠損額'), (405, '収入未済額'), (480, '徴収率')]
    xr = [145, 230, 315, 400, 475, 545]
    y0 = 132
    if ruled: p.draw_line((50, y0), (545, y0), width=1.0)
    for (x, h), r in zip(cols, xr):
        T(p, r, y0 + 14, h, 9, g=True, right=True) if h != '年度' else T(p, x + 4, y0 + 14, h, 9, g=True)
    if ruled: p.draw_line((50, y0 + 20), (545, y0 + 20), width=0.6)
    y = y0 + 20
    for yr, fy, seg_rows in rows:
        for seg, lab, a, c, w in seg_rows:
            y += 16
            o = a - c - w; rate = f'{c / a * 100:.1f}%'
            label = f'{yr} {lab}'
            T(p, 54, y, label, 9)
            for v, r in zip([f'{a:,}', f'{c:,}', f'{w:,}', f'{o:,}', rate], xr[1:]):
                T(p, r, y, v, 9, right=True)
            for met, v in (('assessed', a), ('collected', c), ('written_off', w), ('outstanding', o)):
                facts.append(F(n, debt, fy, yr, seg, met, 'actual', v * 1000, 'yen', f'{v:,}'))
            facts.append(F(n, debt, fy, yr, seg, 'collection_rate', 'actual', round(c / a * 100, 1), 'percent', rate))
        if ruled: p.draw_line((50, y + 5), (545, y + 5), width=0.4)
    y += 30
    T(p, 50, y, '２　目標徴収率（単位：％）', 10.5, g=True); y += 8
    xs = [50, 200, 290, 380, 470]
    if ruled: p.draw_line((50, y), (545, y), width=1.0)
    y += 14
    for x, h in zip(xs, ['区分', 'R7', 'R8', 'R9', '(参考)R5実績']): T(p, x + 4, y, h, 9, g=True)
    if ruled: p.draw_line((50, y + 5), (545, y + 5), width=0.6)
    for seg, lab, vals, ref in targets:
        y += 16; T(p, 54, y, lab, 9)
        for k, v in enumerate(vals):
            T(p, xs[k + 1] + 4, y, f'{v:.1f}', 9)
            facts.append(F(n, debt, 2025 + k, f'R{7 + k}', seg, 'collection_rate', 'target', v, 'percent', f'{v:.1f}'))
        T(p, xs[4] + 4, y, f'{ref:.1f}', 9)
        facts.append(F(n, debt, 2023, '(参考)R5実績', seg, 'collection_rate', 'actual', ref, 'percent', f'{ref:.1f}'))
    if ruled: p.draw_line((50, y + 6), (545, y + 6), width=1.0)
    y += 36
    T(p, 50, y, '３　目標達成のための取組', 10.5, g=True); y += 20
    for l, t, s in items:
        T(p, 56, y, l); y = wrap(p, 72, y, t + '。' + (f'【{s}】' if s else ''), 470) + 4
        inits.append(I(n, debt, 2025, '目標達成のための取組', l, t + '。', s))
    return p
sheet(2, '市税', '税務課', [
    ('R1', 2019, [('total', '', 2312450, 2231518, 9412)]),
    ('R2', 2020, [('total', '', 2298770, 2220116, 8850)]),
    ('R3', 2021, [('total', '', 2334906, 2262931, 7931)]),
    ('R4', 2022, [('total', '', 2351288, 2284260, 6105)]),
    ('R5', 2023, [('total', '', 2370512, 2306344, 5218)])],
    [('current', '現年課税分', (99.3, 99.4, 99.5), 99.2), ('arrears', '滞納繰越分', (30.0, 31.0, 32.0), 28.7), ('total', '合計', (97.5, 97.7, 97.9), 97.3)],
    [('①', '納期内納付を促すため、口座振替とスマートフォン決済の利用を広報紙で毎号案内する', '継続'),
     ('②', '滞納繰越分は、年２回の財産調査で差押え可能な財産を把握し、滞納処分を進める', '継続'),
     ('③', '福岡県地方税徴収対策推進協議会と連携し、高額案件の共同催告を行う', '新規')], ruled=True)
sheet(3, '国民健康保険税', '税務課・市民環境課', [
    ('R3', 2021, [('current', '現年', 612340, 571093, 0), ('arrears', '滞繰', 182506, 31864, 12410)]),
    ('R4', 2022, [('current', '現年', 598712, 559917, 0), ('arrears', '滞繰', 180102, 33419, 11887)]),
    ('R5', 2023, [('current', '現年', 605118, 567602, 0), ('arrears', '滞繰', 172634, 34820, 10925)])],
    [('current', '現年課税分', (94.0, 94.3, 94.6), 93.8), ('arrears', '滞納繰越分', (21.0, 22.0, 23.0), 20.2)],
    [('①', '資格取得の届出時に口座振替の申込みを受け付ける', '継続'),
     ('②', '短期被保険者証の交付時に納付相談を行い、分割納付の約束を記録する', None),
     ('③', '滞納繰越分のうち時効が近い案件を毎年度当初に抽出し、優先して処理する', '拡充')], ruled=False)
path = os.path.join(OUT, STEM + '.pdf')
doc.subset_fonts(); doc.save(path, garbage=4, deflate=True)
docm = {"kind": "plan", "municipality": "みやま市", "title": "みやま市債権管理計画（令和７年度～令和９年度）",
        "date": "2025-03-01", "date_raw": "令和７年３月"}
sys.exit(finish(STEM, path, docm, facts, inits))
