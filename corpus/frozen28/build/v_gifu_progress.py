"""岐阜市 主要債権の収納状況（中間報告）令和６年２月末現在 (openpyxl -> LibreOffice). Rebuilds pdf/v_gifu_progress_1.pdf + gold."""
import subprocess, sys, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break

STEM = 'v_gifu_progress_1'
G = Gold(STEM, 'progress_report', '岐阜市', '令和５年度　主要債権の収納状況（中間報告）', '2024-02-29',
         '令和６年２月末現在', 'progress')
FN = 'IPAexGothic'
thin = Side(style='thin'); hair = Side(style='hair')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill('solid', fgColor='D9D9D9')
NUM = '#,##0;"△"#,##0'; PCT = '0.00'; DIF = '0.00;"△"0.00'


def fmt_pct(v):
    return f'{v:.2f}'


def fmt_dif(v):
    return ('△' if v < 0 else '') + f'{abs(v):.2f}'

# ---------------- data (千円) ----------------
random.seed(28)
# name, (cur assessed, cur rate), (arr assessed, arr rate) at 2024-02-29; prev-year factors
DEBTS = [
 ('市税', '市税', (61234500, 93.41), (1845200, 24.17)),
 ('国民健康保険料', '国民健康保険料', (9867300, 84.62), (2410500, 18.93)),
 ('介護保険料', '介護保険料', (8123400, 94.18), (312400, 16.35)),
 ('後期高齢者医療保険料', '後期高齢者医療保険料', (5412700, 97.84), (54300, 31.07)),
 ('保育所保育料', '保育料', (1543200, 95.27), (98700, 21.45)),
 ('市営住宅使用料', '市営住宅使用料', (1287600, 92.08), (301200, 12.84)),
 ('下水道使用料', '下水道使用料', (7654300, 90.73), (132500, 45.62)),
 ('学校給食費', '学校給食費', (2134500, 96.55), (41200, 28.71)),
]
PREVD = {'市税': (-0.32, 0.41), '国民健康保険料': (0.54, -0.87), '介護保険料': (0.12, 1.05),
         '後期高齢者医療保険料': (-0.05, 2.11), '保育所保育料': (0.48, -1.32), '市営住宅使用料': (0.91, 0.66),
         '下水道使用料': (-0.21, 3.04), '学校給食費': (0.17, -0.58)}
rows = []  # (name, raw, seg, segl, A1,B1,R1, A0,B0,R0)
for name, raw, cur, arr in DEBTS:
    acc = [0, 0, 0, 0]
    for seg, segl, (a, r), dr, gr in (('current', '現年分', cur, PREVD[name][0], 1.012),
                                       ('arrears', '滞繰分', arr, PREVD[name][1], 1.045)):
        b = round(a * r / 100)
        a0 = round(a / gr); b0 = round(a0 * (r - dr) / 100)
        rows.append([name, raw, seg, segl, a, b, rate(b, a), a0, b0, rate(b0, a0)])
        acc = [acc[0] + a, acc[1] + b, acc[2] + a0, acc[3] + b0]
    rows.append([name, raw, 'total', '計', acc[0], acc[1], rate(acc[1], acc[0]), acc[2], acc[3], rate(acc[3], acc[2])])
tot = {}
for seg, segl in (('current', '現年分'), ('arrears', '滞繰分'), ('total', '計')):
    s = [sum(r[k] for r in rows if r[2] == seg) for k in (4, 5, 7, 8)]
    tot[seg] = [None, '合計', seg, segl, s[0], s[1], rate(s[1], s[0]), s[2], s[3], rate(s[3], s[2])]
R = {(r[0], r[2]): r for r in rows}

wb = Workbook()
# ================= sheet 1 =================
ws = wb.active; ws.title = '1_収納状況'
ws['A1'] = '令和５年度　主要債権の収納状況（中間報告）'; ws['A1'].font = Font(name=FN, size=14, bold=True)
ws['A2'] = '１　主要債権の調定額・収入済額及び収納率（令和６年２月末現在）'; ws['A2'].font = Font(name=FN, size=11, bold=True)
ws['K3'] = '（単位：千円、％）'; ws['K3'].font = Font(name=FN, size=9); ws['K3'].alignment = Alignment(horizontal='right')
H1 = ['債権名', '区分', '令和６年２月末', None, None, '令和５年２月末（前年同月）', None, None, '差', None]
H2 = [None, None, '調定額', '収入済額', '収納率', '調定額', '収入済額', '収納率', '収入済額', '収納率']
H3 = [None, None, 'A', 'B', 'B/A', 'C', 'D', 'D/C', 'B－D', '(B/A)－(D/C)']
for ri, H in zip((4, 5, 6), (H1, H2, H3)):
    for ci, v in enumerate(H):
        cell = ws.cell(ri, ci + 2, v)
for rng in ('B4:B6', 'C4:C6', 'D4:F4', 'G4:I4', 'J4:K4'):
    ws.merge_cells(rng)
for ri in (4, 5, 6):
    for ci in range(2, 12):
        cell = ws.cell(ri, ci); cell.font = Font(name=FN, size=9, bold=ri < 6); cell.fill = GRAY; cell.border = B
        cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
r0 = 7
rowpos = {}
allrows = rows + [tot['current'], tot['arrears'], tot['total']]
for i, r in enumerate(allrows):
    ri = r0 + i
    rowpos[(r[0], r[2])] = ri
    label = r[1] if r[0] else '合計'
    vals = [label, r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[5] - r[8], round(r[6] - r[9], 2)]
    for ci, v in enumerate(vals):
        cell = ws.cell(ri, ci + 2, v); cell.font = Font(name=FN, size=9, bold=(r[2] == 'total'))
        cell.border = B
        if ci >= 2:
            cell.number_format = {2: NUM, 3: NUM, 4: PCT, 5: NUM, 6: NUM, 7: PCT, 8: NUM, 9: DIF}[ci]
            cell.alignment = Alignment(horizontal='right')
        else:
            cell.alignment = Alignment(horizontal='center' if ci == 1 else 'left', vertical='center')
        if r[2] == 'total':
            cell.fill = PatternFill('solid', fgColor='F2F2F2')
# merge debt names over 3 rows
for name, raw, *_ in DEBTS:
    a = rowpos[(name, 'current')]; ws.merge_cells(f'B{a}:B{a + 2}')
a = rowpos[(None, 'current')]; ws.merge_cells(f'B{a}:B{a + 2}')
last = r0 + len(allrows) - 1
ws.cell(last + 1, 2, '※ 収納率は小数点以下第３位を四捨五入。差の「△」は減少を示す。').font = Font(name=FN, size=8)
ws.cell(last + 2, 2, '※ 保育料は、保育所保育料（認定こども園等の利用者負担額を含む。）である。').font = Font(name=FN, size=8)
for col, w in zip('ABCDEFGHIJK', (2, 20, 8, 13, 13, 8, 13, 13, 8, 12, 12)):
    ws.column_dimensions[col].width = w
for ri in range(r0, last + 1):
    ws.row_dimensions[ri].height = 17
BREAK1 = rowpos[('市営住宅使用料', 'current')] - 1
ws.row_breaks.append(Break(id=BREAK1))
ws.print_title_rows = '4:6'
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_area = f'A1:K{last + 2}'
ws.oddHeader.right.text = '岐阜市　中間報告（令和６年２月末）'; ws.oddFooter.center.text = '－ &P －'
ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.7

# ================= sheet 2 : debt blocks =================
w2 = wb.create_sheet('2_推移')
w2['A1'] = '２　主な債権の収納率等の推移'; w2['A1'].font = Font(name=FN, size=12, bold=True)
MON = [('10月末', 10), ('11月末', 11), ('12月末', 12), ('1月末', 1), ('2月末', 2)]
import calendar
def mend(fy, m):
    y = fy if m >= 4 else fy + 1
    return f'{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}'
BLK = {
 '国民健康保険料': {'hist': {2020: (93.05, 17.88, 3312450), 2021: (93.61, 18.42, 3156780), 2022: (94.02, 19.35, 2987640)},
                 'mon': {2022: [61.20, 67.85, 73.40, 78.92, None], 2023: [61.84, 68.31, 74.02, 79.55, None]}},
 '介護保険料': {'hist': {2020: (98.91, 15.12, 241330), 2021: (99.02, 15.87, 228790), 2022: (99.08, 16.02, 219870)},
              'mon': {2022: [70.45, 76.88, 82.93, 88.64, None], 2023: [70.61, 77.02, 83.11, 88.79, None]}},
 '保育所保育料': {'hist': {2020: (98.12, 24.63, 98420), 2021: (98.35, 22.81, 91230), 2022: (98.47, 23.06, 87510)},
               'mon': {2022: [65.12, 72.40, 80.11, 87.42, None], 2023: [65.58, 72.96, 80.73, 87.96, None]}},
}
for nm, blk in BLK.items():
    blk['mon'][2023][4] = R[(nm, 'current')][6]
    blk['mon'][2022][4] = R[(nm, 'current')][9]
rr = 3
blockrows = {}
for nm, blk in BLK.items():
    raw = R[(nm, 'current')][1]
    w2.cell(rr, 1, f'■ {raw}').font = Font(name=FN, size=11, bold=True)
    w2.cell(rr + 1, 1, '（決算の推移）').font = Font(name=FN, size=9)
    w2.cell(rr + 1, 7, '（現年分収納率の月別推移）').font = Font(name=FN, size=9)
    w2.cell(rr + 1, 5, '単位：％、千円').font = Font(name=FN, size=8)
    w2.cell(rr + 1, 10, '単位：％').font = Font(name=FN, size=8)
    hdrs = ['区分', '令和２年度', '令和３年度', '令和４年度']
    for ci, h in enumerate(hdrs):
        cl = w2.cell(rr + 2, 1 + ci + (1 if ci else 0), h)
    w2.merge_cells(start_row=rr + 2, start_column=1, end_row=rr + 2, end_column=2)
    labels = [('現年分収納率', 0, PCT), ('滞繰分収納率', 1, PCT), ('収入未済額', 2, NUM)]
    for k, (lab, idx, nf) in enumerate(labels):
        w2.cell(rr + 3 + k, 1, lab)
        w2.merge_cells(start_row=rr + 3 + k, start_column=1, end_row=rr + 3 + k, end_column=2)
        for j, fy in enumerate((2020, 2021, 2022)):
            cl = w2.cell(rr + 3 + k, 3 + j, blk['hist'][fy][idx]); cl.number_format = nf
    # right table: months down, years across
    for ci, h in enumerate(['月末', '令和４年度', '令和５年度']):
        w2.cell(rr + 2, 7 + ci, h)
    for k, (ml, m) in enumerate(MON):
        w2.cell(rr + 3 + k, 7, ml)
        for j, fy in enumerate((2022, 2023)):
            cl = w2.cell(rr + 3 + k, 8 + j, blk['mon'][fy][k]); cl.number_format = PCT
    for r_ in range(rr + 2, rr + 8):
        for c_ in list(range(1, 6)) + list(range(7, 10)):
            cl = w2.cell(r_, c_)
            if c_ <= 5 and r_ > rr + 5:
                continue
            cl.border = B; cl.font = Font(name=FN, size=9, bold=(r_ == rr + 2))
            if r_ == rr + 2:
                cl.fill = GRAY; cl.alignment = Alignment(horizontal='center')
    blockrows[nm] = rr
    rr += 10
w2.cell(rr, 1, '※ 月別推移の２月末は、令和５年度が令和６年２月２９日現在、令和４年度が令和５年２月２８日現在の値。').font = Font(name=FN, size=8)
for col, w in zip('ABCDEFGHIJ', (10, 6, 11, 11, 11, 3, 9, 11, 11, 9)):
    w2.column_dimensions[col].width = w
w2.page_setup.orientation = 'portrait'; w2.page_setup.paperSize = w2.PAPERSIZE_A4
w2.sheet_properties.pageSetUpPr.fitToPage = True; w2.page_setup.fitToWidth = 1; w2.page_setup.fitToHeight = 0
w2.print_area = f'A1:J{rr}'
w2.oddHeader.right.text = '岐阜市　中間報告（令和６年２月末）'; w2.oddFooter.center.text = '－ &P －'

# ================= sheet 3 : 取組・見込 =================
w3 = wb.create_sheet('3_取組')
w3['A1'] = '３　債権別の実施状況及び年度末の見込み'; w3['A1'].font = Font(name=FN, size=12, bold=True)
w3['H2'] = '（単位：％）'; w3['H2'].font = Font(name=FN, size=8)
h3a = ['債権名', '上半期（４月～９月）に実施した事項', '１０月以降の実施事項及び今後の予定', '年度末見込（現年分）', None, None]
h3b = [None, None, None, '収納率見込', '目標', '達成見込']
for ci, v in enumerate(h3a):
    w3.cell(3, 2 + ci, v)
for ci, v in enumerate(h3b):
    w3.cell(4, 2 + ci, v)
for rng in ('B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'):
    w3.merge_cells(rng)
for r_ in (3, 4):
    for c_ in range(2, 8):
        cl = w3.cell(r_, c_); cl.fill = GRAY; cl.border = B; cl.font = Font(name=FN, size=9, bold=True)
        cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ITEMS = {
 '市税': (['納期限後２０日以内の督促状発送と、SMSによる納付案内を全税目で実施した。【継続】',
          '高額滞納案件について、預貯金及び給与の差押えを集中的に実施した。【継続】'],
         ['１２月を滞納整理強化月間とし、捜索及びインターネット公売を実施する。【拡充】',
          'スマートフォン決済アプリによる納付を周知し、期限内納付を促す。【継続】'], 97.80, 98.00),
 '国民健康保険料': (['資格取得時に口座振替の申込みを窓口で受け付けた。【継続】',
               '短期被保険者証の交付時に納付相談を実施した。【継続】'],
              ['財産調査で資力が判明した世帯に対し、差押予告を送付する。【拡充】',
               '滞納繰越分について、納付誓約の履行状況を毎月確認する。【新規】'], 93.90, 94.50),
 '介護保険料': (['普通徴収の未納者に対し、電話催告を実施した。【継続】'],
            ['時効到来前の滞納者に対し、訪問による納付指導を行う。【継続】'], 99.00, 99.00),
 '後期高齢者医療保険料': (['広域連合と連携し、納付案内を送付した。【継続】'],
                ['年金特別徴収への切替え対象者を早期に把握する。【新規】'], 99.70, 99.65),
 '保育所保育料': (['入所時に口座振替を原則とする案内を行った。【継続】',
              '児童手当からの特別徴収について、保護者の同意取得を進めた。【拡充】'],
             ['卒園予定者の滞納分について、年度内の完納を目指し個別に納付相談を行う。【継続】'], 98.40, 98.60),
 '市営住宅使用料': (['滞納３か月以上の入居者に対し、連帯保証人への通知を行った。【継続】'],
              ['明渡請求訴訟の提起に向け、対象者を選定する。【継続】',
               '退去者分の滞納について、債権回収会社への委託を開始する。【新規】'], 97.50, 97.20),
 '下水道使用料': (['上下水道事業部と連携し、給水停止予告を送付した。【継続】'],
             ['長期滞納者に対する給水停止を実施する。【継続】'], 98.90, 99.10),
 '学校給食費': (['学校と連携し、未納保護者への督促を行った。【継続】'],
            ['就学援助制度の案内を行い、未納の発生を防止する。【新規】'], 99.30, 99.40),
}
r_ = 5
itempos = []
BREAK3 = None
for i, (nm, (a1, a2, est, tgt)) in enumerate(ITEMS.items()):
    raw = R[(nm, 'current')][1]
    t1 = '\n'.join(f'{"①②③"[k]}{t}' for k, t in enumerate(a1))
    t2 = '\n'.join(f'{"①②③"[k]}{t}' for k, t in enumerate(a2))
    ok = '○' if est >= tgt else '×'
    vals = [raw, t1, t2, est, tgt, ok]
    for ci, v in enumerate(vals):
        cl = w3.cell(r_, 2 + ci, v); cl.border = B; cl.font = Font(name=FN, size=9)
        cl.alignment = Alignment(wrap_text=True, vertical='top' if ci in (1, 2) else 'center',
                                 horizontal='center' if ci >= 5 or ci == 0 else None)
        if ci in (3, 4):
            cl.number_format = PCT; cl.alignment = Alignment(horizontal='right', vertical='center')
    n = max(len(a1), len(a2))
    w3.row_dimensions[r_].height = 30 * n + 6
    itempos.append((nm, raw, r_, a1, a2, est, tgt, ok))
    if i == 4:
        BREAK3 = r_
    r_ += 1
w3.cell(r_, 2, '※ 達成見込欄は、年度末の収納率見込が目標以上のものを「○」、目標を下回るものを「×」としている。').font = Font(name=FN, size=8)
for col, w in zip('ABCDEFG', (2, 16, 46, 46, 10, 8, 8)):
    w3.column_dimensions[col].width = w
w3.row_breaks.append(Break(id=BREAK3))
w3.page_setup.orientation = 'landscape'; w3.page_setup.paperSize = w3.PAPERSIZE_A4
w3.sheet_properties.pageSetUpPr.fitToPage = True; w3.page_setup.fitToWidth = 1; w3.page_setup.fitToHeight = 0
w3.print_area = f'A1:G{r_}'
w3.oddHeader.right.text = '岐阜市　中間報告（令和６年２月末）'; w3.oddFooter.center.text = '－ &P －'

xlsx = WORK / (STEM + '.xlsx')
wb.save(xlsx)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(WORK), str(xlsx)], check=True,
               capture_output=True)
pdf = ROOT / 'pdf' / (STEM + '.pdf')
pdf.write_bytes((WORK / (STEM + '.pdf')).read_bytes())

# ================= gold =================
L = Locator(pdf)
AS1, AS0 = '2024-02-29', '2023-02-28'
for r in allrows:
    pg = 1 if rowpos[(r[0], r[2])] <= BREAK1 else 2
    debt = r[0]; draw = r[1] if r[0] else '合計'; seg = r[2]
    G.fact(pg, c(r[4]), r[4] * 1000, 'assessed', 'interim', 2023, '令和６年２月末', seg, debt, draw, as_of=AS1)
    G.fact(pg, c(r[5]), r[5] * 1000, 'collected', 'interim', 2023, '令和６年２月末', seg, debt, draw, as_of=AS1)
    G.fact(pg, fmt_pct(r[6]), r[6], 'collection_rate', 'interim', 2023, '令和６年２月末', seg, debt, draw, as_of=AS1)
    G.fact(pg, c(r[7]), r[7] * 1000, 'assessed', 'interim', 2022, '令和５年２月末', seg, debt, draw, as_of=AS0)
    G.fact(pg, c(r[8]), r[8] * 1000, 'collected', 'interim', 2022, '令和５年２月末', seg, debt, draw, as_of=AS0)
    G.fact(pg, fmt_pct(r[9]), r[9], 'collection_rate', 'interim', 2022, '令和５年２月末', seg, debt, draw, as_of=AS0)
    G.fact(pg, c(r[5] - r[8]), (r[5] - r[8]) * 1000, 'difference', 'interim', 2023, '令和６年２月末', seg, debt, draw, as_of=AS1)
    d = round(r[6] - r[9], 2)
    G.fact(pg, fmt_dif(d), d, 'difference', 'interim', 2023, '令和６年２月末', seg, debt, draw, unit='points', as_of=AS1)
G.table(1, [[x or '' for x in H2]] + [[r[1] or '合計', r[3], c(r[4]), c(r[5]), fmt_pct(r[6])] for r in allrows])
for nm, blk in BLK.items():
    raw = R[(nm, 'current')][1]
    for fy in (2020, 2021, 2022):
        cr, ar, out = blk['hist'][fy]
        fr = wa(fy) + '年度'
        G.fact(3, fmt_pct(cr), cr, 'collection_rate', 'actual', fy, fr, 'current', nm, raw)
        G.fact(3, fmt_pct(ar), ar, 'collection_rate', 'actual', fy, fr, 'arrears', nm, raw)
        G.fact(3, c(out), out * 1000, 'outstanding', 'actual', fy, fr, 'total', nm, raw)
    for fy in (2022, 2023):
        for k, (ml, m) in enumerate(MON):
            v = blk['mon'][fy][k]
            G.fact(3, fmt_pct(v), v, 'collection_rate', 'interim', fy, wa(fy) + '年度' + ml, 'current', nm, raw,
                   as_of=mend(fy, m))
for nm, raw, rpos, a1, a2, est, tgt, ok in itempos:
    pg = 4 if rpos <= BREAK3 else 5
    G.fact(pg, fmt_pct(est), est, 'collection_rate', 'estimate', 2023, '年度末見込', 'current', nm, raw)
    G.fact(pg, fmt_pct(tgt), tgt, 'collection_rate', 'target', 2023, '目標', 'current', nm, raw)
    for sec_, items in ((h3a[1], a1), (h3a[2], a2)):
        for k, t in enumerate(items):
            st = t[t.rindex('【') + 1:-1]
            G.init(pg, t[:t.rindex('【')], nm, raw, 2023, sec_, '①②③'[k], st)
G.write(pdf)
