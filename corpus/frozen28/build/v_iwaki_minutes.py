"""いわき市 債権管理対策会議 会議録 (python-docx -> LibreOffice). Rebuilds pdf/v_iwaki_minutes_1.pdf and its gold."""
import subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import *
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = 'v_iwaki_minutes_1'
FONT = 'IPAex明朝'
G = Gold(STEM, 'minutes', 'いわき市', '令和６年度第２回いわき市債権管理対策会議　会議録', '2024-11-20',
         '令和６年１１月２０日', 'minutes')

# ---------------- data (千円) FY2023 and FY2022 ----------------
# name, segs: {seg: (assessed, collected, written_off)} for 2023, prev-year total rate
D = [
 ('市税', '市税', {'current': (52418300, 51956818, 0), 'arrears': (1186420, 373250, 67874)}, 2023),
 ('国民健康保険税', '国民健康保険税', {'current': (11235400, 10676901, 0), 'arrears': (1764380, 476384, 95770)}, 2023),
 ('介護保険料', '介護保険料', {'total': (9541200, 9386214, 14220)}, None),
 ('後期高齢者医療保険料', '後期高齢者医療保険料', {'total': (4612830, 4595311, 1884)}, None),
 ('保育所保育料', '保育所保育料', {'total': (1123560, 1101877, 1412)}, None),
 ('市営住宅使用料', '市営住宅使用料', {'total': (2254110, 2128624, 4063)}, None),
 ('下水道使用料', '下水道使用料', {'total': (6718400, 6684903, 2051)}, None),
 ('水道料金', '水道料金', {'total': (10932150, 10871240, 3322)}, None),
]
PREV = {'市税': 97.18, '国民健康保険税': 85.61, '介護保険料': 98.27, '後期高齢者医療保険料': 99.58,
        '保育所保育料': 97.86, '市営住宅使用料': 93.92, '下水道使用料': 99.44, '水道料金': 99.39}
PREV_SEG = {('市税', 'current'): 99.05, ('市税', 'arrears'): 29.87, ('国民健康保険税', 'current'): 94.72,
            ('国民健康保険税', 'arrears'): 26.10}
SEGN = {'current': '現年課税分', 'arrears': '滞納繰越分', 'total': '計'}

rows = []  # (debt, seglabel, seg, a, c, w, o, r, prevr)
tot = [0, 0, 0, 0]
for name, raw, segs, _ in D:
    if 'total' in segs:
        a, cc, w = segs['total']
        rows.append((name, raw, 'total', a, cc, w, a - cc - w, rate(cc, a), PREV[name]))
    else:
        s = [0, 0, 0]
        for sg in ('current', 'arrears'):
            a, cc, w = segs[sg]
            rows.append((name, SEGN[sg], sg, a, cc, w, a - cc - w, rate(cc, a), PREV_SEG[(name, sg)]))
            s = [s[0] + a, s[1] + cc, s[2] + w]
        rows.append((name, '計', 'total', s[0], s[1], s[2], s[0] - s[1] - s[2], rate(s[1], s[0]), PREV[name]))
for r in rows:
    if r[2] == 'total':
        tot = [tot[0] + r[3], tot[1] + r[4], tot[2] + r[5], tot[3] + r[6]]
TOT_RATE = rate(tot[1], tot[0])
R = {(r[0], r[2]): r for r in rows}
CITY_OUT = 4823174000          # 市債権全体（別表外の債権を含む）
CITY_DIFF = -316215000
shizei = R[('市税', 'total')]; kokuho = R[('国民健康保険税', 'total')]; jutaku = R[('市営住宅使用料', 'total')]
JUTAKU_PREV_OUT = jutaku[6] + 9020
H2 = {'市税': (56.21, 55.41), '国民健康保険税': (48.36, 48.52), '介護保険料': (57.42, 57.10),
      '後期高齢者医療保険料': (58.90, 58.71), '保育所保育料': (96.80, 96.30), '下水道使用料': (93.10, 93.02),
      '水道料金': (92.45, 92.41)}

# ---------------- document ----------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
st = doc.styles['Normal']; st.font.name = FONT; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), FONT)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.25


def para(text='', bold=False, size=None, align=None, indent=0, first=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.first_line_indent = Mm(first)
    return p


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)

hp = sec.header.paragraphs[0]; hp.text = '令和６年度第２回いわき市債権管理対策会議'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run('－ '); field(fp, 'PAGE'); fp.add_run(' －')

para('令和６年度第２回いわき市債権管理対策会議　会議録', bold=True, size=14, align='c')
para()
para('１　日　時　　令和６年１１月２０日（水）午後２時００分から午後３時３０分まで')
para('２　場　所　　いわき市役所本庁舎８階　第８会議室')
para('３　出席者　　委員８名、事務局３名')
para('委員長　副市長', indent=10)
para('委　員　総務部長・財政部長・市民協働部長・保健福祉部長・子育て・青少年部長・', indent=10)
para('土木部長・水道局長', indent=23.5)
para('事務局　財政部次長・収納対策課長・収納対策課債権管理係長', indent=10)
para('４　欠席者　　なし')
para('５　議　題')
AG = ['令和５年度決算における市債権の収入未済額の状況について',
      '令和６年度債権管理重点取組の上半期実施状況について',
      '私債権の放棄について']
for i, a in enumerate(AG):
    para(f'（{zen(i + 1)}）{a}', indent=5)
para('６　配付資料')
MAT = ['資料１　令和５年度決算　市債権の収入未済額の状況', '資料２　令和６年度債権管理重点取組　上半期実施状況',
       '資料３　私債権放棄審議案件一覧（非公開）']
for m in MAT:
    para(m, indent=5)
para('７　会議の経過（要旨）')

S = []   # statements: (speaker printed, section, text, [facts])


def say(marker_name, section, text, facts=()):
    S.append((marker_name, section, text, list(facts)))

say('委員長', '開会',
    'ただいまから、令和６年度第２回債権管理対策会議を開会する。本日は、５年度決算の状況と今年度上半期の取組状況を確認し、'
    '下半期の取組に反映させたいので、忌憚のない意見をお願いしたい。')
t_city = okuman(round(CITY_OUT, -6)); t_diff = okuman(round(-CITY_DIFF, -6))
r_c, r_a, r_t = R[('市税', 'current')][7], R[('市税', 'arrears')][7], shizei[7]
pt = round(r_t - PREV['市税'], 2)
UPDN = '上回' if pt > 0 else '下回'
sz_out = shizei[6] * 1000 // 10000 * 10000
say('草野収納対策課長', AG[0],
    f'資料１により説明する。５年度決算における市債権全体の収入未済額は約{t_city}となり、前年度と比べ約{t_diff}の減少となった。'
    f'このうち市税の収納率は、現年課税分{r_c:.2f}％、滞納繰越分{r_a:.2f}％、合計{r_t:.2f}％で、合計では前年度を{abs(pt):.2f}ポイント{UPDN}った。'
    f'市税の収入未済額は{okuman(sz_out)}余となっている。',
    [('約' + t_city, round(CITY_OUT, -6), 'outstanding', None, None, 'total', True, 'yen'),
     ('約' + t_diff, -round(-CITY_DIFF, -6), 'difference', None, None, 'total', True, 'yen'),
     (f'{r_c:.2f}％', r_c, 'collection_rate', '市税', '市税', 'current', False, 'percent'),
     (f'{r_a:.2f}％', r_a, 'collection_rate', '市税', '市税', 'arrears', False, 'percent'),
     (f'{r_t:.2f}％', r_t, 'collection_rate', '市税', '市税', 'total', False, 'percent'),
     (f'{abs(pt):.2f}ポイント', pt, 'difference', '市税', '市税', 'total', False, 'points'),
     (okuman(sz_out) + '余', sz_out, 'outstanding', '市税', '市税', 'total', True, 'yen')])
kc = R[('国民健康保険税', 'current')]
kpt = round(kc[7] - PREV_SEG[('国民健康保険税', 'current')], 2)
k_out = round(kokuho[6] * 1000, -6)
say('遠藤保健福祉部長', AG[0],
    f'国民健康保険税は、現年課税分の収納率が{kc[7]:.2f}％となり、前年度から{kpt:.2f}ポイント上昇した。一方、収入未済額は約{okuman(k_out)}と、'
    '依然として市債権全体の約３分の１を占めていることから、滞納繰越分については、繰越直後の早期着手と財産調査の徹底に取り組んでいく。',
    [(f'{kc[7]:.2f}％', kc[7], 'collection_rate', '国民健康保険税', '国民健康保険税', 'current', False, 'percent'),
     (f'{kpt:.2f}ポイント', kpt, 'difference', '国民健康保険税', '国民健康保険税', 'current', False, 'points'),
     ('約' + okuman(k_out), k_out, 'outstanding', '国民健康保険税', '国民健康保険税', 'total', True, 'yen')])
say('吉田土木部長', AG[0], '市営住宅使用料の収入未済額は、どのように推移しているのか。')
j_out = jutaku[6] * 1000 // 10000 * 10000
say('草野収納対策課長', AG[0],
    f'市営住宅使用料の５年度末の収入未済額は{okuman(j_out)}余で、前年度から約{okuman(9020000)}減少した。'
    '退去者分については、弁護士への回収委託により、引き続き回収を進めていく。',
    [(okuman(j_out) + '余', j_out, 'outstanding', '市営住宅使用料', '市営住宅使用料', 'total', True, 'yen'),
     ('約' + okuman(9020000), -9020000, 'difference', '市営住宅使用料', '市営住宅使用料', 'total', True, 'yen')])
say('草野収納対策課長', AG[1],
    '資料２により説明する。９月末現在の市税の現年課税分の収納率は56.21％で、前年同期比0.8ポイント増となっている。'
    '下半期は、１２月を滞納整理強化月間と位置付け、差押えを含む滞納処分を集中的に実施する。',
    [('56.21％', 56.21, 'collection_rate', '市税', '市税', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末現在'),
     ('0.8ポイント', 0.8, 'difference', '市税', '市税', 'current', False, 'points', 'interim', '2024-09-30', 2024, '９月末現在')])
say('委員長', AG[1], '保育料の上半期の状況はどうか。')
say('大平子育て・青少年部長', AG[1],
    '保育所保育料の９月末時点の現年分収納率は96.8％で、前年同期と比べ0.5ポイント上昇している。口座振替の勧奨を継続し、'
    '年度末には目標の99.0％以上を確保したい。',
    [('96.8％', 96.8, 'collection_rate', '保育所保育料', '保育所保育料', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末時点'),
     ('0.5ポイント', 0.5, 'difference', '保育所保育料', '保育所保育料', 'current', False, 'points', 'interim', '2024-09-30', 2024, '９月末時点'),
     ('99.0％', 99.0, 'collection_rate', '保育所保育料', '保育所保育料', 'current', False, 'percent', 'target', None, 2024, '年度末')])
say('山崎水道局長', AG[1],
    '水道料金は、９月末時点の現年分収納率が92.45％で、前年同期とほぼ同水準である。給水停止予告の早期発送を継続する。',
    [('92.45％', 92.45, 'collection_rate', '水道料金', '水道料金', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末時点')])
say('委員長', AG[1], '介護保険料と後期高齢者医療保険料の状況はどうか。')
say('遠藤保健福祉部長', AG[1],
    f'介護保険料の９月末現在の現年分収納率は{H2["介護保険料"][0]:.2f}％、後期高齢者医療保険料は{H2["後期高齢者医療保険料"][0]:.2f}％で、'
    'いずれも前年同期を上回っている。普通徴収の未納者には、特別徴収への切替え時期を踏まえた納付相談を行っている。',
    [(f'{H2["介護保険料"][0]:.2f}％', H2["介護保険料"][0], 'collection_rate', '介護保険料', '介護保険料', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末現在'),
     (f'{H2["後期高齢者医療保険料"][0]:.2f}％', H2["後期高齢者医療保険料"][0], 'collection_rate', '後期高齢者医療保険料', '後期高齢者医療保険料', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末現在')])
say('吉田土木部長', AG[1],
    f'下水道使用料は水道料金と一括して徴収しており、９月末の現年分収納率は{H2["下水道使用料"][0]:.2f}％である。'
    '引き続き水道局と連携し、滞納の早期解消に努める。',
    [(f'{H2["下水道使用料"][0]:.2f}％', H2["下水道使用料"][0], 'collection_rate', '下水道使用料', '下水道使用料', 'current', False, 'percent', 'interim', '2024-09-30', 2024, '９月末')])
say('草野収納対策課長', AG[2],
    '資料３のとおり、債務者の死亡や所在不明等により回収の見込みがない私債権について、債権管理条例に基づき放棄を行いたい。'
    '対象は３債権、計41件である。')
say('委員長', AG[2], '意見がなければ、原案のとおり了承することとしてよいか。（異議なし）それでは、以上で本日の会議を閉会する。')

cur = None
for sp, secn, text, _ in S:
    if secn != cur:
        cur = secn
        if secn == '開会':
            para('（１）開会', indent=2)
        else:
            para(f'（{zen(AG.index(secn) + 2)}）議題（{zen(AG.index(secn) + 1)}）{secn}', indent=2)
    para(f'○{sp}　{text}', indent=5, first=-3.5)
para('（以上）', align='r')

# ---------------- 別表 ----------------
bp = doc.add_paragraph(); bp.add_run().add_break(WD_BREAK.PAGE)
para('別表１　主な債権の令和５年度決算の状況', bold=True)
para('（単位：千円、％）', align='r')
hdr = ['債権名', '区分', '調定額※1', '収入済額', '不納欠損額', '収入未済額', '収納率（前年度）']
tb = doc.add_table(rows=1, cols=len(hdr)); tb.style = 'Table Grid'; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(hdr):
    tb.rows[0].cells[i].text = h
body = []
for r in rows:
    cells = [r[0], r[1] if r[0] in ('市税', '国民健康保険税') else '－', c(r[3]), c(r[4]), c(r[5]), c(r[6]),
             f'{r[7]:.2f}（{r[8]:.2f}）']
    body.append(cells)
body.append(['合計※2', '', c(tot[0]), c(tot[1]), c(tot[2]), c(tot[3]), f'{TOT_RATE:.2f}（96.11）'])
start = {}
for cells in body:
    row = tb.add_row()
    for i, v in enumerate(cells):
        row.cells[i].text = v
# merge debt cells for split debts
for name in ('市税', '国民健康保険税'):
    idx = [i + 1 for i, b in enumerate(body) if b[0] == name]
    top = tb.rows[idx[0]].cells[0]; bot = tb.rows[idx[-1]].cells[0]
    m = top.merge(bot); m.text = name
mrow = len(body)
tb.rows[mrow].cells[0].merge(tb.rows[mrow].cells[1]).text = '合計※2'
for row in tb.rows:
    for i, cell in enumerate(row.cells):
        for p in cell.paragraphs:
            p.paragraph_format.line_spacing = 1.0
            if i >= 2: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for rr in p.runs: rr.font.size = Pt(8.5)
widths = [Mm(28), Mm(18), Mm(24), Mm(23), Mm(17), Mm(21), Mm(29)]
tb.autofit = False
for i, w in enumerate(widths):
    tb.columns[i].width = w
for row in tb.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w
para()
SAFETY_OUT, SAFETY_WO = 186442, 3215
para('※1　調定額は、還付未済額を除いた額である。', size=9)
para(f'※2　合計には生活保護費返還金を含まない。同返還金の収入未済額は{c(SAFETY_OUT)}千円、不納欠損額は{c(SAFETY_WO)}千円である。', size=9)
para('※　収納率は、収入済額を調定額で除した値であり、括弧内は４年度決算の値である。', size=9)

para()
para('別表２　主な債権の現年分収納率（９月末現在）', bold=True)
para('（単位：％、ポイント）', align='r')
h2 = ['債権名', '令和６年９月末', '令和５年９月末', '差']
t2 = doc.add_table(rows=1, cols=4); t2.style = 'Table Grid'; t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(h2):
    t2.rows[0].cells[i].text = h
body2 = []
for k, (a, b) in H2.items():
    d = round(a - b, 2)
    body2.append([k, f'{a:.2f}', f'{b:.2f}', ('△' if d < 0 else '') + f'{abs(d):.2f}'])
    row = t2.add_row()
    for i, v in enumerate(body2[-1]):
        row.cells[i].text = v
        if i:
            row.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
t2.autofit = False
for i, w in enumerate([Mm(45), Mm(30), Mm(30), Mm(22)]):
    t2.columns[i].width = w
for row in t2.rows:
    for i, w in enumerate([Mm(45), Mm(30), Mm(30), Mm(22)]):
        row.cells[i].width = w
        for rr in row.cells[i].paragraphs[0].runs: rr.font.size = Pt(9)
para('※　差は、令和６年９月末の収納率から令和５年９月末の収納率を差し引いたもの。', size=9)

docx = WORK / (STEM + '.docx')
doc.save(docx)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(WORK), str(docx)], check=True,
               capture_output=True)
pdf = ROOT / 'pdf' / (STEM + '.pdf')
pdf.write_bytes((WORK / (STEM + '.pdf')).read_bytes())

# ---------------- gold ----------------
L = Locator(pdf)
stmts = []
for sp, secn, text, facts in S:
    pos = L.find(text)
    pg = L.page_of_pos(pos)
    stmts.append({"speaker": sp, "section": secn, "text": text, "page": pg})
    for f in facts:
        raw, val, met, debt, draw, seg, approx, unit = f[:8]
        basis, as_of, fy, fyr = (f[8:] + (None,) * 4)[:4] if len(f) > 8 else ('actual', None, 2023, '５年度')
        fpos = L.find(raw, pos)
        G.fact(L.page_of_pos(fpos), raw, val, met, basis, fy, fyr, seg, debt, draw, unit, approx, as_of)
bpos = L.find('別表１主な債権の令和５年度決算の状況')
bpage = L.page_of_pos(bpos)
FY = '令和５年度'
for r in rows + [(None, '合計', 'total', tot[0], tot[1], tot[2], tot[3], TOT_RATE, 96.11)]:
    name = r[0]; draw = name or '合計'
    for met, v in (('assessed', r[3]), ('collected', r[4]), ('written_off', r[5]), ('outstanding', r[6])):
        G.fact(bpage, c(v), v * 1000, met, 'actual', 2023, FY, r[2], name, draw)
    G.fact(bpage, f'{r[7]:.2f}', r[7], 'collection_rate', 'actual', 2023, FY, r[2], name, draw)
    G.fact(bpage, f'{r[8]:.2f}', r[8], 'collection_rate', 'actual', 2022, '４年度', r[2], name, draw)
G.fact(bpage, c(SAFETY_OUT) + '千円', SAFETY_OUT * 1000, 'outstanding', 'actual', 2023, FY, 'total', '生活保護費返還金', '生活保護費返還金')
G.fact(bpage, c(SAFETY_WO) + '千円', SAFETY_WO * 1000, 'written_off', 'actual', 2023, FY, 'total', '生活保護費返還金', '生活保護費返還金')
G.table(bpage, [hdr] + body)
b2 = L.find('別表２主な債権の現年分収納率', bpos)
b2page = L.page_of_pos(b2)
for r in body2:
    k = r[0]; a, b = H2[k]
    G.fact(b2page, r[1], a, 'collection_rate', 'interim', 2024, '令和６年９月末', 'current', k, k, as_of='2024-09-30')
    G.fact(b2page, r[2], b, 'collection_rate', 'interim', 2023, '令和５年９月末', 'current', k, k, as_of='2023-09-30')
    G.fact(b2page, r[3], round(a - b, 2), 'difference', 'interim', 2024, '令和６年９月末', 'current', k, k, unit='points', as_of='2024-09-30')
G.table(b2page, [h2] + body2)
att = [{"role": "委員長", "title": "副市長", "name": None}]
for t in ['総務部長', '財政部長', '市民協働部長', '保健福祉部長', '子育て・青少年部長', '土木部長', '水道局長']:
    att.append({"role": "委員", "title": t, "name": None})
for t in ['財政部次長', '収納対策課長', '収納対策課債権管理係長']:
    att.append({"role": "事務局", "title": t, "name": None})
G.minutes = {"title": G.doc['title'], "meeting_number": 2, "date": "2024-11-20", "method": None,
             "attendees": att, "agenda": AG, "materials": MAT, "statements": stmts}
G.write(pdf)
