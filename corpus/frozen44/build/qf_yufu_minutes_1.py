"""qf_yufu_minutes_1: 決算特別委員会会議録 (council committee record), python-docx -> LibreOffice.
Run from corpus/frozen44:  python3 build/qf_yufu_minutes_1.py
"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qf_common import Gold, WORK, SET_DIR, zen, soffice_pdf, rate  # noqa: E402

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "qf_yufu_minutes_1"
CITY = "由布市"
g = Gold(STEM, "minutes", "iinkaikiroku", CITY,
         "令和６年第３回由布市議会定例会 決算特別委員会会議録（第２号）", "2024-09-17", "令和６年９月１７日")

# ------------------------------------------------------------------ data (円)
# (debt, debt_raw, segment, assessed, collected, written_off, prev_rate)
ROWS = [
    ("市税", "市税", "current", 4102566400, 4070164100, 0, 99.09),
    ("市税", "市税", "arrears", 150212600, 36952300, 8963100, 22.84),
    ("国民健康保険税", "国民健康保険税", "current", 612038500, 580580900, 0, 94.51),
    ("国民健康保険税", "国民健康保険税", "arrears", 148772600, 29977600, 6225000, 18.77),
    ("介護保険料", "介護保険料", "total", 598210300, 591045800, 1062300, 98.71),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "total", 305880900, 304761200, 85300, 99.58),
    ("保育料", "保育料", "total", 38120400, 37056600, 120000, 96.88),
    ("市営住宅使用料", "市営住宅使用料", "total", 121406000, 106352300, 702000, 86.92),
]


def agg(debt):
    rs = [r for r in ROWS if r[0] == debt]
    return tuple(sum(r[i] for r in rs) for i in (3, 4, 5))


def man(yen, yo=True):
    """yen -> '42億8,896万円余' (floor to 万円) ; returns (text, value)"""
    m = yen // 10000
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return s + ("余" if yo else ""), m * 10000


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAex明朝"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)

# footer page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run()
for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.text = txt; r._r.append(e)
fp.insert_paragraph_before  # noqa
fp.add_run("")


def para(text="", bold=False, size=None, align=None, indent=None, first=None, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        if edge in kw:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(kw[edge])); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


statements = []


def say(page, marker_name, text, section):
    """marker_name is printed after ○ and is the gold speaker"""
    speaker = marker_name
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Mm(-3.7)
    p.paragraph_format.left_indent = Mm(3.7)
    p.paragraph_format.space_before = Pt(2)
    rr = p.add_run("○" + marker_name)
    rr.font.name = "IPAexゴシック"
    rr._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexゴシック")
    p.add_run("　" + text)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


# ------------------------------------------------------------------ page 1: header
para("令和６年第３回由布市議会定例会", size=12, align="c")
para("決 算 特 別 委 員 会 会 議 録（第２号）", bold=True, size=15, align="c")
para("")
para("１．開会日時　　令和６年９月１７日（火）　午前１０時００分開会")
para("２．開会場所　　由布市役所本庁舎　第１委員会室")
members = [("委員長", "溝口　隆志"), ("副委員長", "佐藤　美香"), ("委員", "衛藤　浩二"), ("委員", "首藤　一郎"),
           ("委員", "工藤　康弘"), ("委員", "佐藤　秀明"), ("委員", "甲斐　千鶴"), ("委員", "生野　正和"),
           ("委員", "渡辺　大輔"), ("委員", "後藤　由紀子")]
absent = [("委員", "小野　哲也")]
para(f"３．出席委員（{zen(len(members))}名）")
for i in range(0, len(members), 2):
    line = "　　　"
    for role, name in members[i:i + 2]:
        line += f"{role}　{name}" + "　" * (7 - len(role) - len(name) + 3)
    para(line.rstrip("　"))
para(f"４．欠席委員（{zen(len(absent))}名）")
para("　　　" + "　".join(f"{r}　{n}" for r, n in absent))
staff = [("副市長", "髙田　英樹"), ("総務部長", "安部　雅之"), ("税務課長", "首藤　和久"), ("税務課収納対策室長", "梅木　啓太"),
         ("健康増進課長", "甲斐　真理"), ("保険課長", "河野　直人"), ("子ども・子育て支援課長", "日野　幸恵"),
         ("建設課長", "阿部　晋也"), ("福祉事務所長", "衛藤　文雄")]
para(f"５．説明のため出席した者の職・氏名（{zen(len(staff))}名）")
for i in range(0, len(staff), 2):
    line = "　　　"
    for t, n in staff[i:i + 2]:
        line += t + "　" * max(1, 12 - len(t)) + n + "　　"
    para(line.rstrip("　"))
office = [("議会事務局長", "三ケ尻　裕"), ("議事課長補佐", "平野　智美"), ("書記", "加藤　翔太")]
para(f"６．事務局職員出席者（{zen(len(office))}名）")
for t, n in office:
    para("　　　" + t + "　" * (8 - len(t)) + n)
agenda = ["認定第１号　令和５年度由布市一般会計歳入歳出決算の認定について",
          "認定第２号　令和５年度由布市国民健康保険事業特別会計歳入歳出決算の認定について",
          "認定第３号　令和５年度由布市介護保険事業特別会計歳入歳出決算の認定について"]
para("７．本日審査した案件")
for a in agenda:
    para("　　　" + a)
para("８．審査の経過　別紙のとおり")
para("")
para("────────────────────────────────────", align="c")
para("午前１０時００分　開会", align="c")

P = 1
SEC1 = "認定第１号　令和５年度由布市一般会計歳入歳出決算の認定について（歳入・市税）"
say(P, "溝口委員長",
    "おはようございます。ただいまの出席委員は１０名で、定足数に達しておりますので、本日の決算特別委員会を開会いたします。"
    "小野委員から欠席の届出が出ております。本日は、認定第１号のうち歳入の市税、並びに認定第２号及び認定第３号について審査を行います。"
    "それでは、税務課から説明を求めます。", SEC1)

# ------------------------------------------------------------------ page 2
page_break()
P = 2
a_cur = ROWS[0]; a_arr = ROWS[1]
ta, tc, tw = agg("市税")
tout = ta - tc - tw
r_cur = rate(a_cur[4], a_cur[3]); r_arr = rate(a_arr[4], a_arr[3], 1); r_tot = rate(tc, ta)
prev_tot = 95.61
s_ta, v_ta = man(ta)
s_tc, v_tc = man(tc)
s_out, v_out = man(tout, yo=False)
v_out = (tout + 500000) // 1000000 * 1000000  # 約…百万円 rounding
s_out = f"約{v_out // 100000000}億{(v_out % 100000000) // 10000:,}万円"
prev_out = 153_400_000
d_out = v_out - prev_out
s_wo, v_wo = man(tw)


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, page=None, debt_raw=None):
    return g.fact(page or P, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx)


t = ("それでは、認定第１号のうち、市税の決算状況について御説明いたします。令和５年度の市税は、現年課税分と滞納繰越分を合わせまして、"
     f"調定額が{F('市税', 2023, '令和５年度', 'total', 'assessed', 'actual', v_ta, 'yen', zen(s_ta), True)}、"
     f"収入済額が{F('市税', 2023, '令和５年度', 'total', 'collected', 'actual', v_tc, 'yen', zen(s_tc), True)}となりました。"
     f"収納率は、現年課税分が{F('市税', 2023, '令和５年度', 'current', 'collection_rate', 'actual', r_cur, 'percent', zen(f'{r_cur:.2f}％'))}で、"
     f"前年度比{F('市税', 2023, '令和５年度', 'current', 'difference', 'actual', round(r_cur - 99.09, 2), 'points', zen(f'{r_cur - 99.09:.2f}ポイント'))}の上昇、"
     f"滞納繰越分が{F('市税', 2023, '令和５年度', 'arrears', 'collection_rate', 'actual', r_arr, 'percent', zen(f'{r_arr:.1f}％'))}、"
     f"全体では{F('市税', 2023, '令和５年度', 'total', 'collection_rate', 'actual', r_tot, 'percent', zen(f'{r_tot:.2f}％'))}となり、"
     f"前年度の{F('市税', 2022, '前年度', 'total', 'collection_rate', 'actual', prev_tot, 'percent', zen(f'{prev_tot:.2f}％'))}から"
     f"{F('市税', 2023, '令和５年度', 'total', 'difference', 'actual', round(r_tot - prev_tot, 2), 'points', zen(f'{r_tot - prev_tot:.2f}ポイント'))}改善しております。"
     f"不納欠損額は{F('市税', 2023, '令和５年度', 'total', 'written_off', 'actual', v_wo, 'yen', zen(s_wo), True)}で、"
     "地方税法第１５条の７第５項による執行停止後の即時消滅が主なものでございます。"
     f"この結果、年度末の収入未済額は{F('市税', 2023, '令和５年度', 'total', 'outstanding', 'actual', v_out, 'yen', zen(s_out), True)}となり、"
     f"前年度から{F('市税', 2023, '令和５年度', 'total', 'difference', 'actual', d_out, 'yen', zen('約' + f'{-d_out // 10000:,}万円'), True)}減少いたしました。"
     "以上で説明を終わります。")
say(P, "首藤税務課長", t, SEC1)
say(P, "溝口委員長", "説明が終わりました。これより質疑を行います。質疑はありませんか。", SEC1)
say(P, "佐藤（秀）委員",
    "滞納繰越分の収納率について伺います。改善傾向にあるとのことですが、"
    f"H29の時点では市税の収入未済額が{F('市税', 2017, 'H29', 'total', 'outstanding', 'actual', 300000000, 'yen', '約３億円', True)}あったと記憶しております。"
    "ここ数年の滞納繰越分の収納率の推移と、滞納者数、差押えの件数について、あわせて教えてください。", SEC1)
nd23, nd22 = 1214, 1302
t = ("お答えいたします。滞納繰越分の収納率は、"
     f"令和二年度が{F('市税', 2020, '令和二年度', 'arrears', 'collection_rate', 'actual', 18.4, 'percent', '１８．４％')}、"
     f"令和３年度が{F('市税', 2021, '令和３年度', 'arrears', 'collection_rate', 'actual', 20.9, 'percent', '２０．９％')}、"
     f"令和４年度が{F('市税', 2022, '令和４年度', 'arrears', 'collection_rate', 'actual', 22.8, 'percent', '２２．８％')}と推移しており、"
     "令和５年度は先ほど申し上げた数字となっております。"
     f"滞納者数は、令和５年度末で{F('市税', 2023, '令和５年度', 'total', 'delinquents', 'actual', nd23, 'persons', zen(f'{nd23:,}人'))}で、"
     f"前年度末の{F('市税', 2022, '前年度', 'total', 'delinquents', 'actual', nd22, 'persons', zen(f'{nd22:,}人'))}から{F('市税', 2023, '令和５年度', 'total', 'difference', 'actual', nd23 - nd22, 'persons', zen(f'{nd22 - nd23}人'))}減少しております。"
     "差押件数は預貯金を中心に２８６件で、前年度より３１件増加いたしました。"
     "また、大分県地方税滞納整理機構への引継ぎ案件のうち、１２件が完結しております。")
say(P, "梅木税務課収納対策室長", t, SEC1)
say(P, "佐藤（秀）委員",
    "わかりました。現年度分の早期の納付勧奨が滞納繰越分の抑制につながりますので、引き続き取組をお願いします。", SEC1)

# ------------------------------------------------------------------ page 3
page_break()
P = 3
SEC2 = "認定第２号　令和５年度由布市国民健康保険事業特別会計歳入歳出決算の認定について"
say(P, "溝口委員長", "ほかに質疑はありませんか。……ないようですので、次に認定第２号について説明を求めます。", SEC2)
k_cur, k_arr = ROWS[2], ROWS[3]
ka, kc, kw = agg("国民健康保険税")
kout = ka - kc - kw
kr_cur = rate(k_cur[4], k_cur[3]); kr_arr = rate(k_arr[4], k_arr[3])
kout_r = (kout + 50000) // 100000 * 100000
prev_kout = 151_200_000
t = ("認定第２号のうち、国民健康保険税の収納状況について御説明いたします。"
     f"現年課税分の収納率は{F('国民健康保険税', 2023, '令和５年度', 'current', 'collection_rate', 'actual', kr_cur, 'percent', zen(f'{kr_cur:.2f}％'))}、"
     f"滞納繰越分は{F('国民健康保険税', 2023, '令和５年度', 'arrears', 'collection_rate', 'actual', kr_arr, 'percent', zen(f'{kr_arr:.2f}％'))}となりました。"
     f"収入未済額は{F('国民健康保険税', 2023, '令和５年度', 'total', 'outstanding', 'actual', kout_r, 'yen', zen('約' + f'{kout_r // 100000000}億{(kout_r % 100000000) // 10000:,}万円'), True)}で、"
     f"前年度から{F('国民健康保険税', 2023, '令和５年度', 'total', 'difference', 'actual', kout_r - prev_kout, 'yen', zen('約' + f'{(prev_kout - kout_r) // 10000:,}万円'), True)}減少しております。"
     "被保険者数の減少により調定額は減少傾向にありますが、口座振替の勧奨と、納期限後の早期の電話催告を継続して実施いたしました。")
say(P, "河野保険課長", t, SEC2)
say(P, "溝口委員長", "説明が終わりました。質疑はありませんか。", SEC2)
say(P, "衛藤委員",
    f"現年課税分の収納率は、R4が{F('国民健康保険税', 2022, 'R4', 'current', 'collection_rate', 'actual', 94.51, 'percent', '９４．５１％')}でしたので、"
    "改善していることは評価いたします。一方で、滞納世帯の状況と、短期被保険者証の交付の状況はどうなっているのか伺います。", SEC2)
say(P, "河野保険課長",
    f"令和５年度末の滞納世帯数は{F('国民健康保険税', 2023, '令和５年度', 'total', 'delinquents', 'actual', 612, 'households', '６１２世帯')}で、"
    f"2022年度末の{F('国民健康保険税', 2022, '2022年度', 'total', 'delinquents', 'actual', 655, 'households', '６５５世帯')}から減少しております。"
    "短期被保険者証は、納付相談の機会を確保するために交付しており、相談の結果、分納誓約に至った世帯が多くございます。", SEC2)
say(P, "衛藤委員", "納付相談を丁寧に行い、生活困窮の方は福祉部門につなぐよう、連携をお願いしたいと思います。", SEC2)
say(P, "溝口委員長",
    "ほかにありませんか。……ないようですので、以上で質疑を終わります。なお、委員会提出資料として、税務課及び保険課から収納状況の資料が提出されておりますので、"
    "会議録の末尾に添付いたします。本日の委員会はこれで散会いたします。", SEC2)
para("")
para("午前１１時４２分　散会", align="c")

# ------------------------------------------------------------------ page 4: material, tables without rules
page_break()
P = 4
para("決算特別委員会資料（税務課・保険課提出）", size=9, align="r")
para("令和５年度　市税等の収納状況（決算）", bold=True, size=12, align="c")
para("（単位：千円、％）", size=9, align="r")
cols = [52, 75, 96, 114, 134, 146, 162]  # mm right tab stops
hdr = ["区　　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度", "差"]


def tabline(cells, size=9, bold=False, tabs=cols):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1.5)
    for x in tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
    run = p.add_run("\t".join(cells))
    run.font.size = Pt(size)
    run.bold = bold
    return p


tabline(hdr, bold=True)
tabline(["", "", "", "", "", "", "収納率", "（ﾎﾟｲﾝﾄ）"], size=8)
SEGN = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "計"}
sumA = sumC = sumW = 0
order = [("市税", ["current", "arrears", "total"]), ("国民健康保険税", ["current", "arrears", "total"]),
         ("介護保険料", ["total"]), ("後期高齢者医療保険料", ["total"]), ("保育料", ["total"]), ("市営住宅使用料", ["total"])]
prev_total_rates = {"市税": 95.61, "国民健康保険税": 79.88}
for debt, segs in order:
    for sgm in segs:
        if sgm == "total" and len(segs) > 1:
            A, C, W = agg(debt); pr = prev_total_rates[debt]; label = "　　計"
        else:
            row = [r for r in ROWS if r[0] == debt and r[2] == sgm][0]
            A, C, W, pr = row[3], row[4], row[5], row[6]
            label = ("　" + SEGN[sgm]) if len(segs) > 1 else debt
        O = A - C - W
        kA, kC, kW, kO = round(A / 1000), round(C / 1000), round(W / 1000), round(O / 1000)
        rr = rate(C, A, 1)
        dd = round(rr - round(pr, 1), 1)
        fyr = "令和５年度"
        cells = [label, F(debt, 2023, fyr, sgm, "assessed", "actual", kA * 1000, "yen", f"{kA:,}"),
                 F(debt, 2023, fyr, sgm, "collected", "actual", kC * 1000, "yen", f"{kC:,}"),
                 F(debt, 2023, fyr, sgm, "written_off", "actual", kW * 1000, "yen", f"{kW:,}") if kW else "－",
                 F(debt, 2023, fyr, sgm, "outstanding", "actual", kO * 1000, "yen", f"{kO:,}"),
                 F(debt, 2023, fyr, sgm, "collection_rate", "actual", rr, "percent", f"{rr:.1f}"),
                 F(debt, 2022, "前年度", sgm, "collection_rate", "actual", round(pr, 1), "percent", f"{pr:.1f}"),
                 F(debt, 2023, fyr, sgm, "difference", "actual", dd, "points", ("△" if dd < 0 else "") + f"{abs(dd):.1f}")]
        if len(segs) > 1 and sgm == "current":
            tabline([debt], bold=True)
        tabline(cells)
        if sgm == "total":
            sumA += A; sumC += C; sumW += W
O = sumA - sumC - sumW
kA, kC, kW, kO = round(sumA / 1000), round(sumC / 1000), round(sumW / 1000), round(O / 1000)
rr = rate(sumC, sumA, 1)
tabline(["合　計",
         g.fact(P, None, "合計", 2023, "令和５年度", "total", "assessed", "actual", kA * 1000, "yen", f"{kA:,}"),
         g.fact(P, None, "合計", 2023, "令和５年度", "total", "collected", "actual", kC * 1000, "yen", f"{kC:,}"),
         g.fact(P, None, "合計", 2023, "令和５年度", "total", "written_off", "actual", kW * 1000, "yen", f"{kW:,}"),
         g.fact(P, None, "合計", 2023, "令和５年度", "total", "outstanding", "actual", kO * 1000, "yen", f"{kO:,}"),
         g.fact(P, None, "合計", 2023, "令和５年度", "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}"),
         "", ""], bold=True)
jw = [r for r in ROWS if r[0] == "市営住宅使用料"][0]
para("※１　各欄は千円未満を四捨五入しているため、計と内訳が一致しない場合がある。", size=8.5)
para(f"※２　市営住宅使用料の収入未済額のうち、滞納繰越分　"
     f"{F('市営住宅使用料', 2023, '令和５年度', 'arrears', 'outstanding', 'actual', 9_874_000, 'yen', '9,874千円')}", size=8.5)
para("")
para("滞納処分等の状況（市税）", bold=True, size=11)
t = doc.add_table(rows=4, cols=4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
yrs = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
data = {"滞納者数（人）": ([1388, 1302, 1214], "delinquents", "persons"),
        "差押件数（件）": ([231, 255, 286], "seizures", "cases"),
        "収入未済額（千円）": ([162050, 153402, round(tout / 1000)], "outstanding", "yen")}
hdrs = ["区　分"] + [y[1] for y in yrs]
for j, h in enumerate(hdrs):
    cell = t.cell(0, j); cell.text = h
    set_border(cell, top=12, bottom=6)
for i, (lab, (vals, met, unit)) in enumerate(data.items(), start=1):
    t.cell(i, 0).text = lab
    for j, v in enumerate(vals):
        fy, fyr = yrs[j]
        raw = f"{v:,}"
        if met == "seizures":
            g.fact(P, "市税", "市税", fy, fyr, "total", "seizures", "actual", v, "cases", raw)
        else:
            F("市税", fy, fyr, "total", met, "actual", v * 1000 if unit == "yen" else v, unit, raw)
        t.cell(i, j + 1).text = raw
    for j in range(4):
        set_border(t.cell(i, j), **({"bottom": 12} if i == 3 else {}))
for row in t.rows:
    for j, cell in enumerate(row.cells):
        for pp in cell.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if j else WD_ALIGN_PARAGRAPH.LEFT
            for rn in pp.runs:
                rn.font.size = Pt(9.5)
para("出典：税務課収納対策室調べ（各年度末現在）", size=8.5)

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice_pdf(docx_path)
out = SET_DIR / "pdf" / f"{STEM}.pdf"
shutil.copy(pdf, out)

attendees = [{"role": r, "title": None, "name": n} for r, n in members]
attendees += [{"role": "説明員", "title": t_, "name": n} for t_, n in staff]
attendees += [{"role": "事務局", "title": t_, "name": n} for t_, n in office]
g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2024-09-17", "method": None,
             "attendees": attendees, "agenda": agenda, "materials": ["令和５年度　市税等の収納状況（決算）"],
             "statements": statements}
g.write(out)
