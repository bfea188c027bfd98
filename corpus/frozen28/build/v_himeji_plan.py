"""姫路市 第２次債権管理推進計画（推進シート） (PyMuPDF direct drawing). Rebuilds pdf/v_himeji_plan_1.pdf + gold."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import *

STEM = 'v_himeji_plan_1'
G = Gold(STEM, 'plan', '姫路市', '第２次姫路市債権管理推進計画（令和７年度～令和１０年度）', '2025-03-01', '令和７年３月',
         'suishin')
FF = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
FM = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
import os
if not os.path.exists(FM):
    FM = FF
FONT = fitz.Font(fontfile=FF); FONTM = fitz.Font(fontfile=FM)
doc = fitz.open()
W, H = 595, 842
LM, RM = 56, 539


class P:
    def __init__(self, num=True):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname='g', fontfile=FF)
        self.p.insert_font(fontname='m', fontfile=FM)
        self.n = doc.page_count
        if num:
            self.t(W / 2, 810, f'－ {zen(self.n)} －', 9, align='c')
            self.t(RM, 36, '第２次姫路市債権管理推進計画', 8, align='r', color=(0.4, 0.4, 0.4))
            self.p.draw_line((LM, 40), (RM, 40), color=(0.5, 0.5, 0.5), width=0.5)

    def t(self, x, y, s, size=10, align='l', font='m', color=(0, 0, 0)):
        f = FONT if font == 'g' else FONTM
        w = f.text_length(s, fontsize=size)
        if align == 'r': x -= w
        if align == 'c': x -= w / 2
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
        return w

    def para(self, x, y, s, width, size=10, lead=1.7, font='m', indent=0):
        f = FONT if font == 'g' else FONTM
        lines, cur = [], ''
        first = True
        for ch in s:
            lim = width - (0 if first else indent)
            if f.text_length(cur + ch, fontsize=size) > lim and ch not in '、。）」':
                lines.append((cur, first)); cur = ''; first = False
            cur += ch
        lines.append((cur, first))
        for ln, fi in lines:
            self.t(x + (0 if fi else indent), y, ln, size, font=font)
            y += size * lead
        return y

    def grid(self, x, y, cols, rowh, cells, size=8.5, shade_rows=(), shade_cols=(), box=True):
        """cells: list of rows; each cell str or dict(text, span=(rs,cs), align, vertical, bold)."""
        ys = [y]
        for h in rowh: ys.append(ys[-1] + h)
        xs = [x]
        for w in cols: xs.append(xs[-1] + w)
        occupied = set()
        for ri, row in enumerate(cells):
            ci = 0
            for cell in row:
                while (ri, ci) in occupied: ci += 1
                if cell is None:
                    continue
                if isinstance(cell, str): cell = {'text': cell}
                rs, cs = cell.get('span', (1, 1))
                for a in range(rs):
                    for b in range(cs): occupied.add((ri + a, ci + b))
                r = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                fill = (0.85, 0.88, 0.93) if (ri in shade_rows or ci in shade_cols or cell.get('shade')) else None
                self.p.draw_rect(r, color=(0, 0, 0), fill=fill, width=0.6)
                txt = cell.get('text', ''); al = cell.get('align', 'r' if ci > 0 and ri not in shade_rows else 'c')
                fn = 'g' if cell.get('bold') or ri in shade_rows else 'm'
                if cell.get('vertical'):
                    n = len(txt); y0 = (r.y0 + r.y1) / 2 - n * (size + 1) / 2 + size
                    for k, ch in enumerate(txt):
                        self.t((r.x0 + r.x1) / 2, y0 + k * (size + 1), ch, size, align='c', font=fn)
                else:
                    lines = txt.split('\n')
                    y0 = (r.y0 + r.y1) / 2 - len(lines) * (size + 2) / 2 + size - 1
                    for k, ln in enumerate(lines):
                        px = {'l': r.x0 + 3, 'r': r.x1 - 3, 'c': (r.x0 + r.x1) / 2}[al]
                        self.t(px, y0 + k * (size + 2), ln, size, align=al, font=fn)
                ci += cs
        return ys[-1]

    def head(self, y, s, size=13):
        self.p.draw_rect(fitz.Rect(LM, y - size - 2, LM + 5, y + 3), color=None, fill=(0.12, 0.3, 0.5))
        self.t(LM + 10, y, s, size, font='g')
        self.p.draw_line((LM, y + 5), (RM, y + 5), color=(0.12, 0.3, 0.5), width=0.8)
        return y + 24

# ---------------- data ----------------
YRS = [2018, 2019, 2020, 2021, 2022, 2023]
YLAB = {2018: '平成30年度\n(2018)', 2019: '令和元年度\n(2019)', 2020: '2年度\n(2020)', 2021: '令和3年度', 2022: 'R4', 2023: 'R5'}
YRAW = {2018: '平成30年度', 2019: '令和元年度', 2020: '2年度', 2021: '令和3年度', 2022: 'R4', 2023: 'R5'}
OUT = {  # 千円
 '市税': [2412350, 2287410, 2354120, 2165480, 1987630, 1843210],
 '国民健康保険料': [2876540, 2745120, 2698430, 2541870, 2398760, 2276540],
 '介護保険料': [312450, 298760, 287340, 276510, 265430, 251870],
 '保育所保育料': [98760, 94320, 90870, 87450, 82310, 79640],
 '市営住宅使用料': [287650, 276540, 268420, 259870, 248760, 241230],
}
TOTAL = [sum(v[i] for v in OUT.values()) for i in range(6)]

SHEETS = {
 '国民健康保険料': dict(ka='国民健康保険課', data={
     2021: {'current': (10987650, 10305430), 'arrears': (2912340, 498760)},
     2022: {'current': (10765430, 10179871), 'arrears': (2741230, 512340)},
     2023: {'current': (10543210, 9971812), 'arrears': (2598760, 531240)}},
     wo={2021: 215430, 2022: 208760, 2023: 187650},
     tgt={2025: (94.80, 21.00), 2026: (94.90, 21.50), 2027: (95.00, 22.00), 2028: (95.10, 22.50)},
     kadai='滞納繰越分の収納率が２割程度にとどまっており、収入未済額の約８割を滞納繰越分が占めている。',
     items=[('（１）', '資格取得時の口座振替原則化', [('ア', '窓口での資格取得届の受付時に、口座振替の申込みを必須とする。', '新規', True),
                                         ('イ', 'Web口座振替受付サービスを周知し、利用を促進する。', '継続', False)]),
            ('（２）', '滞納繰越分の早期整理', [('ア', '繰越後６か月以内に財産調査を完了し、差押え又は執行停止を判断する。', '拡充', False),
                                    ('イ', '分納誓約の履行状況を毎月確認し、不履行時は速やかに催告する。', '継続', True)])]),
 '保育所保育料': dict(ka='こども保育課', data={
     2021: {'current': (1654320, 1627865), 'arrears': (112340, 21876)},
     2022: {'current': (1612340, 1589012), 'arrears': (106540, 22341)},
     2023: {'current': (1587650, 1566003), 'arrears': (98760, 24120)}},
     wo={2021: 5430, 2022: 4870, 2023: 4120},
     tgt={2025: (98.80, 25.00), 2026: (98.85, 26.00), 2027: (98.90, 27.00), 2028: (99.00, 28.00)},
     kadai='退所後に滞納となる事案の回収が進まず、滞納繰越分の収納率が低い水準にある。',
     items=[('（１）', '児童手当からの特別徴収の活用', [('ア', '入所時に児童手当からの徴収について保護者の同意を得るよう案内する。', '継続', False)]),
            ('（２）', '退所者の滞納対策', [('ア', '退所時に未納額を通知し、分割納付の相談に応じる。', '新規', True),
                                  ('イ', '所在不明者については住民票調査を行い、催告書を送付する。', '継続', False)])]),
 '市営住宅使用料': dict(ka='住宅課', data={
     2021: {'current': (2412340, 2352876), 'arrears': (298760, 38760)},
     2022: {'current': (2387650, 2331242), 'arrears': (287650, 39870)},
     2023: {'current': (2354320, 2301876), 'arrears': (276540, 41230)}},
     wo={2021: 21870, 2022: 19870, 2023: 18760},
     tgt={2025: (98.00, 15.00), 2026: (98.10, 16.00), 2027: (98.20, 17.00), 2028: (98.30, 18.00)},
     kadai='退去者の滞納分が収入未済額の多くを占めており、所在調査や法的措置に多くの時間を要している。',
     items=[('（１）', '入居者の滞納の早期対応', [('ア', '滞納２か月で連帯保証人に通知し、納付指導への協力を求める。', '継続', False),
                                    ('イ', '滞納６か月以上の入居者を対象に明渡請求訴訟を提起する。', '拡充', True)]),
            ('（２）', '退去者の滞納対策', [('ア', '債権回収会社への回収委託の対象を拡大する。', '拡充', False)])]),
}

for _nm, _sd in SHEETS.items():
    for _k, _fy in enumerate((2021, 2022, 2023)):
        _a = sum(_sd['data'][_fy][g][0] for g in ('current', 'arrears'))
        _c = sum(_sd['data'][_fy][g][1] for g in ('current', 'arrears'))
        OUT[_nm][3 + _k] = _a - _c - _sd['wo'][_fy]
    _base = OUT[_nm][3]
    for _k in (2, 1, 0):
        OUT[_nm][_k] = round(OUT[_nm][_k + 1] * (1.032 + 0.004 * _k))
TOTAL = [sum(v[i] for v in OUT.values()) for i in range(6)]

# ---------------- p1 cover ----------------
p = P(num=False)
p.p.draw_rect(fitz.Rect(70, 250, 525, 400), color=(0.12, 0.3, 0.5), width=2)
p.t(W / 2, 305, '第２次姫路市債権管理推進計画', 24, align='c', font='g')
p.t(W / 2, 350, '（令和７年度～令和１０年度）', 15, align='c', font='g')
p.t(W / 2, 640, '令和７年３月', 14, align='c')
p.t(W / 2, 675, '姫　路　市', 18, align='c', font='g')

# ---------------- p2 目次 ----------------
p = P()
p.t(W / 2, 90, '目　　次', 16, align='c', font='g')
TOC = [('第１章　計画の概要', 3, 0), ('1-1　計画策定の趣旨', 3, 1), ('1-2　計画期間', 3, 1), ('1-3　対象債権', 3, 1),
       ('第２章　債権の現状と課題', 3, 0), ('2-1　収入未済額の推移', 3, 1), ('2-2　前計画の目標達成状況', 4, 1),
       ('2-3　課題', 4, 1), ('第３章　債権別推進シート', 5, 0), ('(1)　国民健康保険料', 5, 1), ('(2)　保育所保育料', 6, 1),
       ('(3)　市営住宅使用料', 7, 1), ('第４章　計画の推進体制', 8, 0)]
y = 140
for s, pg, lv in TOC:
    x = LM + 20 + lv * 20
    w = p.t(x, y, s, 11 if lv == 0 else 10.5, font='g' if lv == 0 else 'm')
    p.t(RM - 20, y, zen(pg), 11, align='r')
    dots = '・' * int((RM - 40 - x - w) / 10.5)
    p.t(x + w + 4, y, dots, 10.5, color=(0.5, 0.5, 0.5))
    y += 30 if lv == 0 else 24

# ---------------- p3 ----------------
p = P(); pg3 = p.n
y = p.head(80, '第１章　計画の概要')
p.t(LM, y, '1-1　計画策定の趣旨', 11.5, font='g'); y += 20
y = p.para(LM + 10, y, '　本市では、平成２９年度に債権管理条例を施行し、令和３年度からの「姫路市債権管理推進計画」に基づき、全庁的な債権管理の適正化に取り組んできた。'
           'その結果、主要債権の収入未済額は着実に縮減しているものの、依然として多額の未収金が存在している。市民負担の公平性を確保し、'
           '安定した財政運営に資するため、第２次計画を策定する。', RM - LM - 10, 10) + 6
p.t(LM, y, '1-2　計画期間', 11.5, font='g'); y += 20
y = p.para(LM + 10, y, '　令和７(2025)年度から令和１０(2028)年度までの４年間とする。', RM - LM - 10, 10) + 6
p.t(LM, y, '1-3　対象債権', 11.5, font='g'); y += 20
y = p.para(LM + 10, y, '　市税、国民健康保険料、介護保険料、保育所保育料及び市営住宅使用料の主要５債権のほか、収入未済額が生じている全ての債権を対象とする。', RM - LM - 10, 10) + 10
y = p.head(y + 10, '第２章　債権の現状と課題')
p.t(LM, y, '2-1　収入未済額の推移', 11.5, font='g'); y += 22
cap_y = y
p.t(W / 2, y, '表１　主要債権の収入未済額の推移（単位：千円）', 10, align='c', font='g'); y += 8
bx = fitz.Rect(LM + 10, y, RM - 10, y + 190)
p.p.draw_rect(bx, color=(0, 0, 0), width=1.2)
cells = [['債権名'] + [YLAB[fy] for fy in YRS[:3]]]
for nm, v in OUT.items():
    cells.append([{'text': nm, 'align': 'l'}] + [c(x) for x in v[:3]])
cells.append([{'text': '合計', 'bold': True}] + [{'text': c(x), 'bold': True} for x in TOTAL[:3]])
p.grid(LM + 20, y + 10, [120, 100, 100, 100], [30] + [22] * 6, cells, size=9, shade_rows=(0,))
p.t(LM + 20, y + 180, '（次頁へつづく）', 8.5)
p.t(RM - 10, y + 205, '資料：各年度姫路市歳入歳出決算書', 8.5, align='r')
for nm, v in list(OUT.items()) + [('合計', TOTAL)]:
    for i, fy in enumerate(YRS[:3]):
        G.fact(pg3, c(v[i]), v[i] * 1000, 'outstanding', 'actual', fy, YRAW[fy], 'total', None if nm == '合計' else nm, nm)

# ---------------- p4 ----------------
p = P(); pg4 = p.n
y = 80
p.t(W / 2, y, '表１　主要債権の収入未済額の推移（つづき）（単位：千円）', 10, align='c', font='g'); y += 8
bx = fitz.Rect(LM + 10, y, RM - 10, y + 180)
p.p.draw_rect(bx, color=(0, 0, 0), width=1.2)
cells = [['債権名'] + [YLAB[fy] for fy in YRS[3:]]]
for nm, v in OUT.items():
    cells.append([{'text': nm, 'align': 'l'}] + [c(x) for x in v[3:]])
cells.append([{'text': '合計', 'bold': True}] + [{'text': c(x), 'bold': True} for x in TOTAL[3:]])
p.grid(LM + 20, y + 10, [120, 100, 100, 100], [30] + [22] * 6, cells, size=9, shade_rows=(0,))
p.t(RM - 10, y + 195, '資料：各年度姫路市歳入歳出決算書', 8.5, align='r')
for nm, v in list(OUT.items()) + [('合計', TOTAL)]:
    for i, fy in enumerate(YRS[3:]):
        G.fact(pg4, c(v[i + 3]), v[i + 3] * 1000, 'outstanding', 'actual', fy, YRAW[fy], 'total', None if nm == '合計' else nm, nm)
y += 225
p.t(LM, y, '2-2　前計画の目標達成状況（現年分収納率）', 11.5, font='g')
p.t(RM, y, '単位：％', 8.5, align='r'); y += 10
ACH = {'市税': ((99.10, 99.18), (99.20, 99.27)), '国民健康保険料': ((94.50, 94.12), (94.70, 94.58)),
       '介護保険料': ((99.00, 99.05), (99.10, 99.08)), '保育所保育料': ((98.50, 98.61), (98.60, 98.77)),
       '市営住宅使用料': ((97.80, 97.42), (98.00, 97.95))}
for _nm in SHEETS:
    _d = SHEETS[_nm]['data']
    _t = ACH[_nm]
    ACH[_nm] = ((_t[0][0], rate(_d[2022]['current'][1], _d[2022]['current'][0])),
                (_t[1][0], rate(_d[2023]['current'][1], _d[2023]['current'][0])))
cells = [[{'text': '債権名', 'span': (2, 1)}, {'text': '令和４年度', 'span': (1, 3)}, None, None,
          {'text': '令和５年度', 'span': (1, 3)}, None, None],
         ['目標', '実績', '達成率', '目標', '実績', '達成率']]
for nm, ((t4, a4), (t5, a5)) in ACH.items():
    cells.append([{'text': nm, 'align': 'l'}, f'{t4:.2f}', f'{a4:.2f}', f'{a4 / t4 * 100:.1f}', f'{t5:.2f}', f'{a5:.2f}',
                  f'{a5 / t5 * 100:.1f}'])
    for fy, fr, tv, av in ((2022, '令和４年度', t4, a4), (2023, '令和５年度', t5, a5)):
        G.fact(pg4, f'{tv:.2f}', tv, 'collection_rate', 'target', fy, fr, 'current', nm, nm)
        G.fact(pg4, f'{av:.2f}', av, 'collection_rate', 'actual', fy, fr, 'current', nm, nm)
y = p.grid(LM, y, [115, 62, 62, 55, 62, 62, 55], [20, 20] + [20] * len(ACH), cells, size=9, shade_rows=(0, 1))
p.t(LM, y + 14, '※ 達成率＝実績÷目標×100（小数点以下第２位を四捨五入）', 8.5)
y += 44
p.t(LM, y, '2-3　課題', 11.5, font='g'); y += 22
KADAI = [('（１）', '現年分の滞納の早期解消', [('ア', '納期限後の督促・催告の時期が債権ごとに異なり、初動に差がある。'),
                                   ('イ', '口座振替の利用率が伸び悩んでいる債権がある。')]),
         ('（２）', '滞納繰越分の整理', [('ア', '財産調査の結果に基づく滞納処分又は執行停止の判断が遅れる事案がある。')])]
for lab, s, subs in KADAI:
    p.t(LM + 10, y, lab + s, 10, font='g'); y += 18
    for a, t in subs:
        y = p.para(LM + 34, y, a + '　' + t, RM - LM - 40, 10, indent=14) + 2

# ---------------- 推進シート ----------------
for si, (nm, sd) in enumerate(SHEETS.items()):
    p = P(); pg = p.n
    y = 70
    p.t(LM, y, f'第３章　債権別推進シート（{si + 1}）', 10, font='g', color=(0.3, 0.3, 0.3)); y += 10
    p.p.draw_rect(fitz.Rect(LM, y, RM, y + 26), color=(0, 0, 0), fill=(0.85, 0.88, 0.93), width=1)
    p.p.draw_line((LM + 300, y), (LM + 300, y + 26), color=(0, 0, 0), width=1)
    p.t(LM + 10, y + 18, f'債権名　{nm}', 13, font='g')
    p.t(LM + 310, y + 18, f'所管課　{sd["ka"]}', 11, font='g')
    y += 46
    p.t(LM, y, '１　現状（決算の推移）', 11, font='g'); p.t(LM + 318, y, '単位：千円、％', 8, align='r')
    p.t(LM + 335, y, '２　数値目標', 11, font='g'); p.t(RM, y, '単位：％', 8, align='r'); y += 8
    yrs = (2021, 2022, 2023)
    cells = [[{'text': '区分', 'span': (1, 2)}, None] + [f'令和{zen(fy - 2018)}年度' for fy in yrs]]
    rowsd = {}
    for seg, vlab in (('current', '現年分'), ('arrears', '滞繰分')):
        r1 = [{'text': vlab, 'span': (3, 1), 'vertical': True, 'shade': True}, {'text': '調定額※', 'align': 'l'}]
        r2 = [{'text': '収入済額', 'align': 'l'}]
        r3 = [{'text': '収納率', 'align': 'l'}]
        for fy in yrs:
            a, cc = sd['data'][fy][seg]
            r1.append(c(a)); r2.append(c(cc)); r3.append(f'{rate(cc, a):.2f}')
            fr = f'令和{zen(fy - 2018)}年度'
            G.fact(pg, c(a), a * 1000, 'assessed', 'actual', fy, fr, seg, nm, nm)
            G.fact(pg, c(cc), cc * 1000, 'collected', 'actual', fy, fr, seg, nm, nm)
            G.fact(pg, f'{rate(cc, a):.2f}', rate(cc, a), 'collection_rate', 'actual', fy, fr, seg, nm, nm)
        cells += [r1, r2, r3]
    r4 = [{'text': '不納欠損額', 'span': (1, 2), 'align': 'l'}, None]
    r5 = [{'text': '収入未済額', 'span': (1, 2), 'align': 'l'}, None]
    for fy in yrs:
        a = sum(sd['data'][fy][s][0] for s in ('current', 'arrears')); cc = sum(sd['data'][fy][s][1] for s in ('current', 'arrears'))
        w = sd['wo'][fy]; o = a - cc - w
        r4.append(c(w)); r5.append(c(o))
        fr = f'令和{zen(fy - 2018)}年度'
        G.fact(pg, c(w), w * 1000, 'written_off', 'actual', fy, fr, 'total', nm, nm)
        G.fact(pg, c(o), o * 1000, 'outstanding', 'actual', fy, fr, 'total', nm, nm)
    cells += [r4, r5]
    yb = p.grid(LM, y, [20, 58, 80, 80, 80], [22] + [19] * 8, cells, size=8.5, shade_rows=(0,))
    # target table: years as rows
    tc = [['年度', '現年分', '滞繰分']]
    for fy, (tc_, ta) in sd['tgt'].items():
        tc.append([{'text': f'R{fy - 2018}', 'align': 'c'}, f'{tc_:.2f}', f'{ta:.2f}'])
        G.fact(pg, f'{tc_:.2f}', tc_, 'collection_rate', 'target', fy, f'R{fy - 2018}', 'current', nm, nm)
        G.fact(pg, f'{ta:.2f}', ta, 'collection_rate', 'target', fy, f'R{fy - 2018}', 'arrears', nm, nm)
    p.grid(LM + 335, y, [40, 52, 56], [22] + [19] * 4, tc, size=8.5, shade_rows=(0,))
    p.t(LM + 335, y + 116, '目標は各年度の収納率', 8)
    y = yb + 12
    p.t(LM, y, '※ 調定額は、還付未済額を含まない。', 8); y += 24
    p.t(LM, y, '３　課題', 11, font='g'); y += 18
    y = p.para(LM + 12, y, '　' + sd['kadai'], RM - LM - 12, 10) + 10
    p.t(LM, y, '４　取組内容', 11, font='g'); y += 18
    for lab, s, subs in sd['items']:
        p.t(LM + 10, y, lab + s, 10, font='g'); y += 18
        for a, t, stt, alone in subs:
            if alone:
                y = p.para(LM + 34, y, a + '　' + t, RM - LM - 40, 10, indent=14)
                p.t(LM + 48, y, f'【{stt}】', 10); y += 19
            else:
                y = p.para(LM + 34, y, a + '　' + t + f'【{stt}】', RM - LM - 40, 10, indent=14) + 2
            G.init(pg, t, nm, nm, 2025, '取組内容', lab + a, stt)
        y += 4

# ---------------- p8 推進体制 ----------------
p = P()
y = p.head(80, '第４章　計画の推進体制')
y = p.para(LM + 10, y, '　副市長を委員長とする姫路市債権管理推進委員会において、本計画の進捗状況を年２回確認し、必要に応じて取組内容を見直す。'
           '各債権の所管課は、毎年度の決算確定後に推進シートの実績を更新し、委員会に報告する。', RM - LM - 10, 10) + 10
p.t(LM + 10, y, '（１）　進捗管理', 10.5, font='g'); y += 18
y = p.para(LM + 34, y, 'ア　上半期（９月末）及び年度末の収納状況を債権管理課が取りまとめる。', RM - LM - 40, 10, indent=14)
y = p.para(LM + 34, y, 'イ　目標を下回る債権については、所管課から改善策の提出を求める。', RM - LM - 40, 10, indent=14) + 8
p.t(LM + 10, y, '（２）　職員の育成', 10.5, font='g'); y += 18
y = p.para(LM + 34, y, 'ア　新任職員研修及び法的措置研修を毎年度実施する。', RM - LM - 40, 10, indent=14)

pdf = ROOT / 'pdf' / (STEM + '.pdf')
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
G.write(pdf)
