# 所沢市議会 総務常任委員会記録 (council committee record) -- python-docx -> LibreOffice
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from k_common import *
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = 'k_tokorozawa_kaigiroku_1'
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'IPAexMincho'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'IPAexMincho')
# footer page number
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('－ '); 
for t, v in (('begin', None), ('instr', 'PAGE'), ('end', None)):
    if t == 'instr':
        el = OxmlElement('w:instrText'); el.text = v
    else:
        el = OxmlElement('w:fldChar'); el.set(qn('w:fldCharType'), t)
    rr = fp.add_run(); rr._r.append(el)
fp.add_run(' －')
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.add_run('総務常任委員会記録（令和６年９月１２日）').font.size = Pt(8)

def P(text, bold=False, size=None, center=False, indent=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p
def brk():
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

facts, stmts = [], []
SEC1 = '令和５年度債権管理の取組状況について'
SEC2 = '市の債権の放棄について'
def S(speaker_printed, text, section, page):
    P('○' + speaker_printed + '　' + text)
    stmts.append({"speaker": speaker_printed, "section": section, "text": text})

P('総務常任委員会記録', bold=True, size=16, center=True)
P('')
P('１　開会日時　令和６年９月１２日（木曜日）午前１０時００分開会　午前１１時２４分閉会')
P('２　開会場所　第２委員会室')
P('３　出席委員（７名）')
P('委員長　森田　和彦　　副委員長　石井　沙織', indent=8)
P('委員　　川口　誠二　　委員　　中島　陽子　　委員　　大沢　隆', indent=8)
P('委員　　藤本　浩一　　委員　　小野寺　恵', indent=8)
P('４　説明のため出席した者')
P('財務部長・財務部次長・債権管理課長・収税課長・保険年金課長・こども未来部長・住宅・建築課長', indent=8)
P('５　事務局職員　議事課主査')
P('６　所管事務調査')
P('（１）令和５年度債権管理の取組状況について（報告）', indent=8)
P('（２）市の債権の放棄について（報告）', indent=8)
P('７　資料　「令和５年度債権管理の取組状況」（債権管理課）、「市の債権の放棄について」', indent=0)
P('')
P('――――――――――――――――――――――――――――――')
P('　　　　　　　　　　午前１０時００分開会')
S('森田委員長', 'ただいまから総務常任委員会を開会いたします。本日は所管事務調査として２件の報告を受けます。初めに、令和５年度債権管理の取組状況について、理事者から説明をお願いします。', SEC1, 1)
t = ('それでは、資料に基づき御説明いたします。本年６月に開催いたしました令和６年度第１回債権管理推進本部会議において確認した内容でございます。'
     '令和５年度決算における市全体の収入未済額は約２４億６，８００万円となり、前年度から約１億９，２００万円の縮減となりました。'
     '主な債権のうち市税につきましては、現年課税分の徴収率が９９．１８％、滞納繰越分が３２．４％、合計で９７．８６％となっております。')
S('佐伯債権管理課長', t, SEC1, 1)
facts += [F(1, None, 2023, '令和５年度', 'total', 'outstanding', 'actual', 2468000000, 'yen', '約２４億６，８００万円', True, debt_raw=None),
          F(1, '市税', 2023, '令和５年度', 'current', 'collection_rate', 'actual', 99.18, 'percent', '９９．１８％'),
          F(1, '市税', 2023, '令和５年度', 'arrears', 'collection_rate', 'actual', 32.4, 'percent', '３２．４％'),
          F(1, '市税', 2023, '令和５年度', 'total', 'collection_rate', 'actual', 97.86, 'percent', '９７．８６％')]
brk()
# page 2
t = ('国民健康保険税は、合計の徴収率が８８．０５％となり、前年度を０．６ポイント上回りました。'
     '収入未済額は７億１，２３０万円で、依然として市全体の約３割を占めている状況でございます。'
     'また、保育料につきましては、現年分の収納率が９８．９％と高い水準を維持しております。')
S('佐伯債権管理課長', t, SEC1, 2)
facts += [F(2, '国民健康保険税', 2023, '令和５年度', 'total', 'collection_rate', 'actual', 88.05, 'percent', '８８．０５％'),
          F(2, '国民健康保険税', 2023, '令和５年度', 'total', 'outstanding', 'actual', 712300000, 'yen', '７億１，２３０万円'),
          F(2, '保育料', 2023, '令和５年度', 'current', 'collection_rate', 'actual', 98.9, 'percent', '９８．９％')]
S('森田委員長', '説明が終わりました。質疑のある方は御発言願います。', SEC1, 2)
S('中島委員', '国民健康保険税の収入未済額がなお大きいとのことですが、滞納者の数はどの程度で、どのような傾向にあるのか伺います。', SEC1, 2)
t = ('令和５年度末の滞納世帯数は３，１２４世帯で、前年度末から２１０世帯減少しております。'
     '若年層の単身世帯と、所得が不安定な自営業の世帯が多い傾向がございますので、早い段階での納付相談につなげるよう努めております。')
S('高畑保険年金課長', t, SEC1, 2)
facts += [F(2, '国民健康保険税', 2023, '令和５年度', 'total', 'delinquents', 'actual', 3124, 'households', '３，１２４世帯')]
S('大沢委員', '滞納繰越分の徴収率が低いままの債権について、来年度に向けてどのように取り組むのか、具体的に伺います。', SEC1, 2)
t = ('市税の滞納繰越分は、令和６年度の目標を３５．０％としております。'
     '財産調査の電子化により差押えまでの期間を短縮するとともに、執行停止の判断を早めて、回収の見込めない案件の整理を進めてまいります。')
S('小川収税課長', t, SEC1, 2)
facts += [F(2, '市税', 2024, '令和６年度', 'arrears', 'collection_rate', 'target', 35.0, 'percent', '３５．０％')]
brk()
# page 3
S('森田委員長', 'ほかに質疑はありませんか。――なければ、次に、市の債権の放棄について説明をお願いします。', SEC2, 3)
t = ('所沢市債権管理条例の規定に基づき、令和５年度に放棄した私債権について御報告いたします。'
     '放棄いたしましたのは、市営住宅使用料など４債権、合計で５２件、金額は１，８３６万４千円でございます。'
     '債務者の死亡や所在不明などにより、回収の見込みがないと判断したものでございます。')
S('佐伯債権管理課長', t, SEC2, 3)
facts += [F(3, None, 2023, '令和５年度', 'total', 'written_off', 'actual', 18364000, 'yen', '１，８３６万４千円', debt_raw=None)]
S('川口委員', '放棄の判断に当たって、相続人への請求は十分に行ったのか伺います。', SEC2, 3)
S('佐伯債権管理課長', '相続人の調査を全件で行い、相続放棄が確認できたもの、又は相続人が存在しないものに限って放棄しております。', SEC2, 3)
S('森田委員長', '以上で本日の所管事務調査を終了し、委員会を閉会いたします。', SEC2, 3)
P('　　　　　　　　　　午前１１時２４分閉会')
brk()
# page 4 別表
P('別表　主な債権の令和５年度決算の状況', bold=True, size=12)
rows = [  # name, 調定, 収入済, 欠損 (千円)
    ('市税', 45218734, 44249511, 61377),
    ('国民健康保険税', 6021580, 5298450, 10830),
    ('介護保険料', 4987210, 4913506, 9412),
    ('保育料', 612450, 602163, 1206),
    ('市営住宅使用料', 418760, 388102, 4381),
]
p = P('（単位：千円、％）'); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
tb = d.add_table(rows=1, cols=6); tb.style = 'Table Grid'
for i, h in enumerate(['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率']):
    tb.rows[0].cells[i].text = h
def fmt(v): return f'{v:,}'
tot = [0, 0, 0, 0]
allrows = []
for n, a, c, w in rows:
    o = a - c - w
    rate = f'{c / a * 100:.2f}'
    allrows.append((n, a, c, w, o, rate))
    for k, v in enumerate((a, c, w, o)): tot[k] += v
allrows.append(('合計', *tot, f'{tot[1] / tot[0] * 100:.2f}'))
for n, a, c, w, o, rate in allrows:
    cells = tb.add_row().cells
    for i, v in enumerate([n, fmt(a), fmt(c), fmt(w), fmt(o), rate]):
        cells[i].text = v
        if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    debt = None if n == '合計' else n
    for met, v in (('assessed', a), ('collected', c), ('written_off', w), ('outstanding', o)):
        facts.append(F(4, debt, 2023, '令和５年度', 'total', met, 'actual', v * 1000, 'yen', fmt(v), debt_raw=n))
    facts.append(F(4, debt, 2023, '令和５年度', 'total', 'collection_rate', 'actual', float(rate), 'percent', rate, debt_raw=n))
P('※収入未済額＝調定額－収入済額－不納欠損額。千円未満を四捨五入しているため、合計が一致しない場合がある。')
src = os.path.join(OUT, STEM + '.docx'); d.save(src)
pdf = soffice(src)
attendees = [{"role": "委員長", "name": "森田　和彦"}, {"role": "副委員長", "name": "石井　沙織"}] + \
    [{"role": "委員", "name": n} for n in ('川口　誠二', '中島　陽子', '大沢　隆', '藤本　浩一', '小野寺　恵')] + \
    [{"role": "説明員", "title": t} for t in ('財務部長', '財務部次長', '債権管理課長', '収税課長', '保険年金課長', 'こども未来部長', '住宅・建築課長')] + \
    [{"role": "事務局", "title": "議事課主査"}]
minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2024-09-12", "method": None,
           "attendees": attendees, "agenda": ['令和５年度債権管理の取組状況について（報告）', '市の債権の放棄について（報告）'],
           "materials": ['令和５年度債権管理の取組状況', '市の債権の放棄について'], "statements": stmts}
docm = {"kind": "minutes", "municipality": "所沢市", "title": "総務常任委員会記録", "date": "2024-09-12", "date_raw": "令和６年９月１２日"}
sys.exit(finish(STEM, pdf, docm, facts, [], minutes))
