# 茅ヶ崎市 債権回収・整理計画（中間報告） -- openpyxl -> LibreOffice (landscape)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from k_common import *
from openpyxl import Workbook
from openpyxl.styles import Border, Side, Alignment, Font
from openpyxl.worksheet.pagebreak import Break
STEM = 'k_chigasaki_chukan_1'
facts, inits = [], []
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = Font(name='IPAexGothic', size=10)
wb = Workbook()
def setup(ws, title):
    ws.title = title
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = '令和５年度 債権回収・整理計画（中間報告）'
    ws.oddFooter.center.text = '&P / &N'
def put(ws, r, c, v, border=True, al='left', bold=False, wrap=False, size=10):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='IPAexGothic', size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical='center', wrap_text=wrap)
    if border: cell.border = B
    return cell
AS = '2024-02-29'; PAS = '2023-02-28'
# ---------- sheet 1 summary
ws = wb.active; setup(ws, '総括')
put(ws, 1, 1, '令和５年度 債権回収・整理計画（中間報告）', border=False, bold=True, size=14)
put(ws, 1, 9, '令和６年３月　茅ヶ崎市 財務部', border=False)
put(ws, 2, 1, '１　主な債権の徴収率の状況（令和６年２月29日現在）', border=False, bold=True)
put(ws, 3, 11, '（単位：％）', border=False, al='right')
# 3-row header
ws.merge_cells(start_row=4, start_column=1, end_row=6, end_column=1); put(ws, 4, 1, '債権名', al='center')
ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=6); put(ws, 4, 2, '現年度分', al='center')
ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=11); put(ws, 4, 7, '滞納繰越分', al='center')
for base in (2, 7):
    ws.merge_cells(start_row=5, start_column=base, end_row=5, end_column=base + 1); put(ws, 5, base, '２月末', al='center')
    ws.merge_cells(start_row=5, start_column=base + 2, end_row=5, end_column=base + 4); put(ws, 5, base + 2, '年度末', al='center')
    for k, h in enumerate(['R5', '前年同期', '決算見込', '前年度決算', '目標']):
        put(ws, 6, base + k, h, al='center')
for r in (4, 5):
    for c in range(1, 12): ws.cell(row=r, column=c).border = B
data = [  # debt, cur(feb, prevfeb, est, prevact, tgt), arr(...)
    ('市税', (96.81, 96.55, 99.10, 99.05, 99.15), (28.4, 27.9, 33.0, 32.6, 33.5)),
    ('国民健康保険税', (84.12, 83.70, 94.60, 94.31, 94.80), (19.6, 20.3, 24.0, 24.4, 25.0)),
    ('介護保険料', (93.05, 92.88, 99.30, 99.24, 99.35), (12.8, 11.9, 18.5, 17.7, 19.0)),
    ('後期高齢者医療保険料', (95.47, 95.61, 99.52, 99.55, 99.60), (30.2, 29.5, 41.0, 40.3, 42.0)),
    ('保育所保育料', (97.16, 96.90, 98.80, 98.72, 99.00), (15.3, 14.1, 21.0, 20.5, 22.0)),
    ('市営住宅使用料', (95.02, 94.75, 97.60, 97.41, 97.80), (9.4, 8.8, 13.0, 12.6, 14.0)),
]
r = 7
for debt, cur, arr in data:
    put(ws, r, 1, debt)
    for base, seg, vals in ((2, 'current', cur), (7, 'arrears', arr)):
        for k, v in enumerate(vals):
            s = f'{v:.2f}' if seg == 'current' else f'{v:.1f}'
            put(ws, r, base + k, s, al='right')
            fy, fyr, basis, aso = [(2023, 'R5', 'interim', AS), (2022, '前年同期', 'interim', PAS), (2023, '決算見込', 'estimate', None),
                                   (2022, '前年度決算', 'actual', None), (2023, '目標', 'target', None)][k]
            facts.append(F(1, debt, fy, fyr, seg, 'collection_rate', basis, v, 'percent', s, as_of=aso))
    r += 1
put(ws, r + 1, 1, '※「前年同期」は令和５年２月28日現在、「決算見込」は令和６年２月末時点での推計値。', border=False)
put(ws, r + 2, 1, '※目標は令和５年度当初計画（令和５年８月公表）に定めた目標値。', border=False)
ws.column_dimensions['A'].width = 24
for c in 'BCDEFGHIJK': ws.column_dimensions[c].width = 11
# ---------- per-debt sheets
SEC = '後半の主な取組'
def debt_sheet(title, debt, dept, no, amounts, items, page):
    ws = wb.create_sheet(); setup(ws, title)
    put(ws, 1, 1, '債権名', al='center'); put(ws, 1, 2, debt); put(ws, 1, 4, '整理番号', al='center'); put(ws, 1, 5, no)
    put(ws, 1, 6, '所管', al='center'); ws.merge_cells('G1:I1'); put(ws, 1, 7, dept)
    for c in (8, 9): ws.cell(row=1, column=c).border = B
    ws.column_dimensions['A'].width = 16; ws.column_dimensions['B'].width = 24
    for c in 'CDEFGHI': ws.column_dimensions[c].width = 15
    put(ws, 3, 1, '(1) 収入状況（令和６年２月29日現在）', border=False, bold=True)
    put(ws, 3, 7, '単位：円', border=False, al='right')
    hdr = ['区分', '', '調定額', '収入済額', '収入未済額', '徴収率', '前年同期 徴収率']
    for k, h in enumerate(hdr): put(ws, 4, 1 + k, h, al='center')
    ws.merge_cells('A4:B4')
    rr = 5
    for seg, lab, a, c, prev in amounts:
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        put(ws, rr, 1, lab); ws.cell(row=rr, column=2).border = B
        rate = f'{c / a * 100:.2f}%'
        o = a - c
        for k, v in enumerate([f'{a:,}', f'{c:,}', f'{o:,}', rate, f'{prev:.2f}%']):
            put(ws, rr, 3 + k, v, al='right')
        facts.extend([F(page, debt, 2023, '令和６年２月29日', seg, 'assessed', 'interim', a, 'yen', f'{a:,}', as_of=AS),
                      F(page, debt, 2023, '令和６年２月29日', seg, 'collected', 'interim', c, 'yen', f'{c:,}', as_of=AS),
                      F(page, debt, 2023, '令和６年２月29日', seg, 'outstanding', 'interim', o, 'yen', f'{o:,}', as_of=AS),
                      F(page, debt, 2023, '令和６年２月29日', seg, 'collection_rate', 'interim', round(c / a * 100, 2), 'percent', rate, as_of=AS),
                      F(page, debt, 2022, '前年同期', seg, 'collection_rate', 'interim', prev, 'percent', f'{prev:.2f}%', as_of=PAS)])
        rr += 1
    put(ws, rr + 1, 1, '(2) 後半の主な取組', border=False, bold=True)
    rr += 2
    for l, t in items:
        put(ws, rr, 1, l, border=False, al='right'); ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=9)
        put(ws, rr, 2, t, border=False, wrap=True); ws.row_dimensions[rr].height = 30
        inits.append(I(page, debt, 2023, SEC, l, t, None)); rr += 1
debt_sheet('国保', '国民健康保険税', '市民部 保険年金課', '０２',
           [('current', '現年度分', 3125406800, 2629043190, 83.70), ('arrears', '滞納繰越分', 1021887400, 200289930, 20.30)],
           [('（１）', '財産調査で差押え可能な財産が判明した世帯には、差押予告書を速やかに送り、応答がなければ滞納処分を行う。'),
            ('（２）', '資格を喪失した世帯の未納分について、文書と電話による納付督励を年度末までに集中して行う。'),
            ('（３）', '納付誓約を履行していない世帯を一覧にし、状況に応じて差押予告又は分納額の見直しを行う。')], 2)
debt_sheet('住宅', '市営住宅使用料', '都市部 建築課', '１１',
           [('current', '現年度分', 421580400, 400595698, 94.75), ('arrears', '滞納繰越分', 58412300, 5490756, 8.80)],
           [('（１）', '滞納月数が３か月に達した入居者と連帯保証人に面談を求め、分割納付の計画を立てさせる。'),
            ('（２）', '明渡し後の滞納者について所在調査を行い、支払督促の申立てを検討する。')], 3)
src = os.path.join(OUT, STEM + '.xlsx'); wb.save(src)
pdf = soffice(src)
docm = {"kind": "progress_report", "municipality": "茅ヶ崎市", "title": "令和５年度 債権回収・整理計画（中間報告）",
        "date": "2024-03-01", "date_raw": "令和６年３月"}
sys.exit(finish(STEM, pdf, docm, facts, inits))
