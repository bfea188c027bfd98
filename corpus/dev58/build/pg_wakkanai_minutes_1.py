"""pg_wakkanai_minutes_1: 令和7年度第2回稚内市債権管理対策会議 議事要旨 (書面開催).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev58:  python3 build/pg_wakkanai_minutes_1.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pg_common import Gold, PDF_DIR, WORK, c, fr, rate, rnd, sfr, oku_man, zen  # noqa: E402

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEM = "pg_wakkanai_minutes_1"
CITY = "稚内市"
TITLE = "令和7年度第2回稚内市債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和7年11月14日")

FY, PY = 2025, 2024
ASOF, PASOF = "2025-09-30", "2024-09-30"

# ---------------------------------------------------------------- data (千円)
# (会計, 表示名, 正式名, 所管課, 調定額, 収入済額, 不納欠損額)
R6 = [
    ("一般会計", "市税", "市税", "税務課", 4812345, 4598760, 8214),
    ("一般会計", "保育料", "保育所保育料", "こども家庭課", 98412, 95876, 312),
    ("一般会計", "住宅使用料", "市営住宅使用料", "建築住宅課", 162380, 151245, 1284),
    ("国民健康保険事業特別会計", "国保税", "国民健康保険税", "保険年金課", 1142566, 1021347, 14205),
    ("介護保険事業特別会計", "介護料", "介護保険料", "介護高齢課", 862104, 851233, 2876),
    ("後期高齢者医療特別会計", "後期高齢", "後期高齢者医療保険料", "保険年金課", 341207, 339618, 214),
    ("下水道事業会計", "下水道使用料", "下水道使用料", "上下水道課", 812456, 806321, 1047),
    ("水道事業会計", "水道料金", "水道料金", "上下水道課", 1024870, 1016902, 1622),
]
FULL = {r[1]: r[2] for r in R6}
# 9月末 現年分収納率 (R7, R6)
SEP = [("市税", 48.6, 48.3), ("国保税", 41.2, 41.5), ("介護料", 56.8, 56.4), ("後期高齢", 58.9, 58.9),
       ("保育料", 53.4, 52.1), ("住宅使用料", 47.9, 48.6), ("下水道使用料", 44.1, 43.8), ("水道料金", 45.0, 44.7)]
SEPD = {d: (a, b) for d, a, b in SEP}
TREND = [("令和元年度", 2019, 421.6, 2318), ("４年度", 2022, 378.2, 2104), ("５年度", 2023, 361.8, 1987)]
R5_TOTAL_OUT = 361812  # 千円 (令和5年度決算, 全会計)
R5_HOUSING_OUT = 11052  # 千円

# ---------------------------------------------------------------- docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "IPAex明朝"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.15

# footer page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run()
for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = text; r._r.append(e)

page = 1


def P(text="", bold=False, size=None, indent=0.0, first=0.0, align=None, gothic=False, after=0):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if gothic:
            run.font.name = "IPAexゴシック"
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexゴシック")
    pf = p.paragraph_format
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if after:
        pf.space_after = Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def new_page():
    global page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    page += 1


def cell_text(cell, text, align="l", size=9, bold=False, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), shade); tcPr.append(sh)


def borders(table, spec):
    """spec: dict edge->size (eighths of a point) or 0 for none."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        sz = spec.get(edge, 0)
        e.set(qn("w:val"), "single" if sz else "nil")
        if sz:
            e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, sz in edges.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


# ================================================================ page 1
P("令和7年度第2回稚内市債権管理対策会議 議事要旨", bold=True, size=14, align="c", gothic=True, after=10)
P("１　開催方法", gothic=True)
P("令和7年度第2回稚内市債権管理対策会議は、会議資料の確認及び意見の集約を短期間で行うため書面開催とし、"
  "令和7年11月14日付けで各委員に資料を送付のうえ、11月21日までに意見及び質問を事務局へ提出する方法により実施した。",
  indent=0.7, first=0.35, after=6)
P("２　出席者（委員８名、事務局３名）", gothic=True)
P("委員長：副市長", indent=0.7)
P("委　員：総務部長・市民生活部長・保健福祉部長・子ども・子育て部長・建設産業部長・", indent=0.7)
P("上下水道部長・教育部長", indent=2.0)
P("事務局：総務部次長・税務課長・収納対策担当主幹", indent=0.7, after=6)
att = [("委員長", "副市長")] + [("委員", t) for t in ("総務部長", "市民生活部長", "保健福祉部長", "子ども・子育て部長",
                                                    "建設産業部長", "上下水道部長", "教育部長")] + \
      [("事務局", t) for t in ("総務部次長", "税務課長", "収納対策担当主幹")]
agenda = ["令和7年度上半期（9月末）の債権の収納状況について",
          "令和6年度決算における債権の状況について",
          "債権の徴収停止及び放棄の状況について"]
P("３　議　題", gothic=True)
for i, a in enumerate(agenda, 1):
    P(f"（{zen(i)}）{a}", indent=0.7)
P("", after=2)
P("４　資　料", gothic=True)
P("（別添）令和7年度第2回稚内市債権管理対策会議資料", indent=0.7, after=6)
P("５　意見及び質問", gothic=True)
P("（１）所管する債権の状況について", indent=0.35)
statements = []


def say(speaker, section, paras, indent=1.4):
    P(f"（{speaker}）", indent=0.7)
    for t in paras:
        P(t, indent=indent, first=0.35)
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page})


sec1 = "所管する債権の状況について"
# 総務部長: 市税
r7, r6 = SEPD["市税"]
d = rnd(r7 - r6, 1)
t1 = (f"「市税」は、9月末現在の現年分収納率が{g.fact(page, '市税', '市税', FY, '9月末現在', 'current', 'collection_rate', 'interim', r7, 'percent', fr(r7) + '％', as_of=ASOF)}"
      f"で、前年同月比{g.fact(page, '市税', '市税', FY, '9月末現在', 'current', 'difference', 'interim', d, 'points', fr(d) + 'ポイント', as_of=ASOF)}上昇した。"
      "6月の当初課税後に納付書を発送した普通徴収分について、納期限後の早期催告を徹底した効果が表れている。")
out_tax = R6[0][4] - R6[0][5] - R6[0][6]
man = int(round(out_tax * 1000 / 10000))
t2 = ("滞納繰越分は、大口滞納案件の分割納付が計画どおり進んでいるものの、収納率は"
      f"{g.fact(page, '市税', '市税', FY, '9月末現在', 'arrears', 'collection_rate', 'interim', 17.9, 'percent', '17.9％', as_of=ASOF)}にとどまっている。"
      f"令和6年度決算の収入未済額は{g.fact(page, '市税', '市税', PY, '令和6年度決算', 'total', 'outstanding', 'actual', man * 10000, 'yen', '約' + oku_man(man * 10000), approx=True)}であり、"
      "引き続き財産調査に基づく滞納処分を進める。")
say("総務部長", sec1, [t1, t2])

# 保健福祉部長: 国保税・介護・後期
r7, r6 = SEPD["国保税"]
d = rnd(r7 - r6, 1)
t1 = ("「国民健康保険税」は、9月末の現年分収納率が"
      f"{g.fact(page, '国民健康保険税', '国民健康保険税', FY, '9月末', 'current', 'collection_rate', 'interim', r7, 'percent', fr(r7) + '％', as_of=ASOF)}"
      f"となり、前年同月を{g.fact(page, '国民健康保険税', '国民健康保険税', FY, '9月末', 'current', 'difference', 'interim', d, 'points', fr(-d) + 'ポイント', as_of=ASOF)}下回った。"
      "被保険者数の減少に伴い納付の中心である特別徴収の対象者が減っていることが主な要因と考えている。"
      f"9月末の滞納世帯数は{g.fact(page, '国民健康保険税', '国民健康保険税', FY, '9月末', 'total', 'delinquents', 'interim', 612, 'households', '612世帯', as_of=ASOF)}"
      f"で、前年同月より{g.fact(page, '国民健康保険税', '国民健康保険税', FY, '9月末', 'total', 'difference', 'interim', -38, 'households', '38世帯', as_of=ASOF)}減少した。")
r7, r6 = SEPD["介護料"]
d = rnd(r7 - r6, 1)
t2 = ("「介護保険料」は年金からの特別徴収が大半を占め、現年分収納率は"
      f"{g.fact(page, '介護保険料', '介護保険料', FY, '9月末', 'current', 'collection_rate', 'interim', r7, 'percent', fr(r7) + '％', as_of=ASOF)}"
      f"（前年同月{g.fact(page, '介護保険料', '介護保険料', PY, '前年同月', 'current', 'collection_rate', 'interim', r6, 'percent', fr(r6) + '％', as_of=PASOF)}）と安定している。"
      "普通徴収の未納者には、給付制限の仕組みを記載した案内文を催告書に同封している。")
t3 = ("「後期高齢者医療保険料」は、前年同月と同水準で推移しており、年度末には昨年度並みの収納率となる見込みである。")
say("保健福祉部長", sec1, [t1, t2, t3])

# 子ども・子育て部長: 保育料
r7, r6 = SEPD["保育料"]
d = rnd(r7 - r6, 1)
t1 = ("「保育所保育料」は、口座振替の勧奨を入所決定時に行っており、現年分収納率は"
      f"{g.fact(page, '保育所保育料', '保育所保育料', FY, '9月末', 'current', 'collection_rate', 'interim', r7, 'percent', fr(r7) + '％', as_of=ASOF)}で、"
      f"前年同月比{g.fact(page, '保育所保育料', '保育所保育料', FY, '9月末', 'current', 'difference', 'interim', d, 'points', fr(d) + 'ポイント', as_of=ASOF)}の上昇となった。"
      "退所後の未納者については、児童手当からの申出徴収の案内を継続する。")
say("子ども・子育て部長", sec1, [t1])

new_page()  # ---------------------------------------------------------- page 2
# 建設産業部長: 住宅使用料
h = R6[2]
h_out = h[4] - h[5] - h[6]
hm = int(round(h_out * 1000 / 10000))
dm = int(round((R5_HOUSING_OUT - h_out) * 1000 / 10000))
t1 = ("「市営住宅使用料」は、令和6年度決算の収入未済額が"
      f"{g.fact(page, '市営住宅使用料', '市営住宅使用料', PY, '令和6年度決算', 'total', 'outstanding', 'actual', hm * 10000, 'yen', '約' + oku_man(hm * 10000), approx=True)}で、"
      f"前年度から{g.fact(page, '市営住宅使用料', '市営住宅使用料', PY, '令和6年度決算', 'total', 'difference', 'actual', -dm * 10000, 'yen', '約' + oku_man(dm * 10000), approx=True)}減少した。"
      "退去者の滞納分は、連帯保証人への請求と支払督促の申立てを並行して進めている。")
t2 = ("現年分の9月末収納率は前年同月を下回っているが、高額滞納者との納付相談を10月に集中して実施しており、"
      "年度末には前年度並みまで回復させたい。")
say("建設産業部長", sec1, [t1, t2])

# 上下水道部長
w = R6[7]
wr = rate(w[5], w[4], 2)
t1 = ("「水道料金」及び「下水道使用料」は、検針時の未納者への声かけと給水停止予告を組み合わせて早期の納付を促している。"
      f"令和6年度の水道料金の収納率は{g.fact(page, '水道料金', '水道料金', PY, '令和6年度', 'total', 'collection_rate', 'actual', wr, 'percent', fr(wr, 2) + '％')}で、"
      "前年度と同水準を確保した。")
say("上下水道部長", sec1, [t1])

P("（２）事務局への意見及び質問", indent=0.35)
sec2 = "事務局への意見及び質問"
say("教育部長", sec2, ["学校給食費は、公会計化後の初年度であり、未納者への対応手順が定まっていない。督促及び催告の時期や"
                    "文書の様式について、税務課で用いている様式を参考にしたいので、情報提供をお願いしたい。"])
say("事務局（税務課長）", sec2, ["督促状及び催告書の様式と送付時期の例を、次回の担当者会議で配付する。"
                            "あわせて、非強制徴収債権の支払督促の手続について、個別に相談に応じる。"])
say("市民生活部長", sec2, ["市民からの納付相談が複数の課にまたがる場合があるため、相談内容を関係課で共有する仕組みを検討してほしい。"])
tot_out = sum(r[4] - r[5] - r[6] for r in R6)
tm = int(round(tot_out * 1000 / 10000))
dd = int(round((R5_TOTAL_OUT - tot_out) * 1000 / 10000))
t1 = ("滞納者の同意を得たうえで、複数債権の滞納状況を一覧で確認できる様式を作成し、試行する。"
      f"なお、令和6年度決算における全会計の収入未済額は{g.fact(page, None, None, PY, '令和6年度決算', 'total', 'outstanding', 'actual', tm * 10000, 'yen', '約' + oku_man(tm * 10000), approx=True)}で、"
      f"前年度から{g.fact(page, None, None, PY, '令和6年度決算', 'total', 'difference', 'actual', -dd * 10000, 'yen', '約' + oku_man(dd * 10000), approx=True)}減少した。")
say("事務局（税務課長）", sec2, [t1])

P("", after=4)
P("６　今後の取組について", gothic=True)
SEC6 = "今後の取組について"


def item(label, prefix, text, tag, indent, tag_alone=False):
    if tag_alone:
        P(f"{prefix}{text}", indent=indent, first=-0.7)
        P(f"【{tag}】", indent=indent)
    else:
        P(f"{prefix}{text}" + (f"【{tag}】" if tag else ""), indent=indent, first=-0.7)
    g.init(page, None, FY, SEC6, label, text, tag, debt_raw=None)


P("（１）全庁的な取組", indent=0.35)
P("ア　催告・滞納処分の早期着手", indent=0.7)
item("(1)ア(ｱ)", "(ｱ)　", "現年分の未納者に対し、納期限後20日以内に督促状を発送するとともに、催告書の送付時期を前倒しする。", "継続", 1.75)
item("(1)ア(ｲ)", "(ｲ)　", "金融機関等への財産調査の電子照会を、強制徴収公債権を所管する全ての課に拡大する。", "拡充", 1.75)
P("イ　納付環境の整備", indent=0.7)
item("(1)イ(ｱ)", "(ｱ)　", "スマートフォン決済アプリによる納付の対象を、保育所保育料及び市営住宅使用料へ拡大する。", "新規", 1.75, tag_alone=True)
item("(1)イ(ｲ)", "(ｲ)　", "キャッシュカードで口座振替の申込みができる端末を本庁及び各支所の窓口に設置する。", "継続", 1.75)
P("（２）非強制徴収債権の取組", indent=0.35)
item("(2)ア", "ア　", "支払督促等の法的措置を計画的に実施し、高額かつ長期の滞納案件を優先して整理する。", "継続", 1.4)
item("(2)イ", "イ　", "徴収停止及び債権放棄の判断基準を見直し、回収の見込みがない債権の整理を進める。", "新規", 1.4)

new_page()  # ---------------------------------------------------------- page 3: 別表1
P("別表１　令和6年度決算 債権別収納状況", gothic=True, bold=True)
P("（単位：千円、％）", align="r", size=9)
cols = ["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
tb = doc.add_table(rows=1 + len(R6) + 1, cols=len(cols))
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [3.2, 2.3, 2.1, 1.9, 1.9, 1.5, 1.7, 1.2]
for j, h in enumerate(cols):
    cell_text(tb.rows[0].cells[j], h, "c", 8.5, True, "D9D9D9")
for i, (acct, short, full, ka, A, C, W) in enumerate(R6, 1):
    O = A - C - W
    rr = rate(C, A, 2)
    cells = tb.rows[i].cells
    cell_text(cells[0], acct, "l", 8)
    cell_text(cells[1], short, "l", 8.5)
    cell_text(cells[2], ka, "l", 8)
    for j, (m, v) in enumerate((("assessed", A), ("collected", C), ("written_off", W), ("outstanding", O)), 3):
        cell_text(cells[j], g.fact(page, full, short, PY, "令和6年度", "total", m, "actual", v * 1000, "yen", c(v)), "r", 8.5)
    cell_text(cells[7], g.fact(page, full, short, PY, "令和6年度", "total", "collection_rate", "actual", rr, "percent", fr(rr, 2)), "r", 8.5)
# merge 会計 column over equal consecutive rows
i = 1
while i <= len(R6):
    j = i
    while j + 1 <= len(R6) and R6[j][0] == R6[i - 1][0]:
        j += 1
    if j > i:
        top = tb.cell(i, 0)
        txt = R6[i - 1][0]
        m = top.merge(tb.cell(j, 0))
        cell_text(m, txt, "l", 8)
    i = j + 1
last = tb.rows[-1].cells
m = last[0].merge(last[2])
cell_text(m, "合　計", "c", 8.5, True, "F2F2F2")
TA = sum(r[4] for r in R6); TC = sum(r[5] for r in R6); TW = sum(r[6] for r in R6); TO = TA - TC - TW
for j, (mt, v) in enumerate((("assessed", TA), ("collected", TC), ("written_off", TW), ("outstanding", TO)), 3):
    cell_text(last[j], g.fact(page, None, "合計", PY, "令和6年度", "total", mt, "actual", v * 1000, "yen", c(v)), "r", 8.5, True, "F2F2F2")
tr = rate(TC, TA, 2)
cell_text(last[7], g.fact(page, None, "合計", PY, "令和6年度", "total", "collection_rate", "actual", tr, "percent", fr(tr, 2)), "r", 8.5, True, "F2F2F2")
for row in tb.rows:
    for j, wd in enumerate(widths):
        row.cells[j].width = Cm(wd)
arr_tax = 138642
P("※　収納率は、収入済額を調定額で除して算出しています。", size=8.5)
P(f"※　市税の収入未済額のうち滞納繰越分　{g.fact(page, '市税', '市税', PY, '令和6年度', 'arrears', 'outstanding', 'actual', arr_tax * 1000, 'yen', c(arr_tax) + '千円')}", size=8.5)
P("※　債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、", size=8.5)
P("保育料：保育所保育料、住宅使用料：市営住宅使用料", size=8.5, indent=0.7, after=10)

# 別表2: tab-aligned, no rules
P("別表２　現年分収納率の状況（各年9月末現在）　単位：％", gothic=True, bold=True, after=4)


def tabline(parts, bold=False):
    p = doc.add_paragraph()
    ts = p.paragraph_format.tab_stops
    for pos in (7.0, 10.0, 13.0):
        ts.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.left_indent = Cm(0.7)
    run = p.add_run("\t".join(parts))
    run.bold = bold
    run.font.size = Pt(10)
    return p


tabline(["債権名", "R7.9月末", "R6.9月末", "差"], bold=True)
for short, a, b in SEP:
    full = FULL[short]
    d = rnd(a - b, 1)
    ds = "▲" + fr(-d) if d < 0 else fr(d)
    tabline([short,
             g.fact(page, full, short, FY, "R7.9月末", "current", "collection_rate", "interim", a, "percent", fr(a), as_of=ASOF),
             g.fact(page, full, short, PY, "R6.9月末", "current", "collection_rate", "interim", b, "percent", fr(b), as_of=PASOF),
             g.fact(page, full, short, FY, "R7.9月末", "current", "difference", "interim", d, "points", ds, as_of=ASOF)])
P("　　※ 差は令和7年9月末から令和6年9月末を差し引いたもの（▲は減少）", size=8.5)

new_page()  # ---------------------------------------------------------- page 4
P("別表３　市税の9月末収納状況", gothic=True, bold=True, after=4)
P("【収納率】令和7年9月末時点", indent=0.35)
for lab, seg, v in (("現年分", "current", 48.6), ("滞納繰越分", "arrears", 17.9), ("合計", "total", 45.2)):
    P(f"・{lab}　{g.fact(page, '市税', None, FY, '令和7年9月末', seg, 'collection_rate', 'interim', v, 'percent', fr(v) + '％', as_of=ASOF)}", indent=0.9)
P("【収納率】令和6年9月末時点（前年同月）", indent=0.35)
for lab, seg, v in (("現年分", "current", 48.3), ("滞納繰越分", "arrears", 16.2), ("合計", "total", 44.6)):
    P(f"・{lab}　{g.fact(page, '市税', None, PY, '令和6年9月末', seg, 'collection_rate', 'interim', v, 'percent', fr(v) + '％', as_of=PASOF)}", indent=0.9)
P("", after=6)

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.rows[0].cells[0]
bc.width = Cm(15.5)
bc.text = ""
lines = ["【参考】令和6年度決算の主な数値（市税）",
         f"・現年課税分収納率：{g.fact(page, '市税', '市税', PY, '令和6年度決算', 'current', 'collection_rate', 'actual', 99.02, 'percent', '99.02％')}",
         f"・滞納繰越分収納率：{g.fact(page, '市税', '市税', PY, '令和6年度決算', 'arrears', 'collection_rate', 'actual', 21.35, 'percent', '21.35％')}",
         f"・差押件数：{g.fact(page, '市税', '市税', PY, '令和6年度決算', 'total', 'seizures', 'actual', 312, 'cases', '312件')}",
         f"・年度末滞納者数：{g.fact(page, '市税', '市税', PY, '令和6年度決算', 'total', 'delinquents', 'actual', 1146, 'persons', '1,146人')}"]
for k, ln in enumerate(lines):
    p = bc.paragraphs[0] if k == 0 else bc.add_paragraph()
    run = p.add_run(ln)
    run.font.size = Pt(10)
    run.bold = k == 0
P("", after=8)

P("別表４　収入未済額及び滞納者数の推移（全会計）", gothic=True, bold=True)
P("（単位：百万円、人）", align="r", size=9)
hdr = ["区分"] + [t[0] for t in TREND] + ["６年度"]
t4 = doc.add_table(rows=3, cols=len(hdr))
borders(t4, {})
for j, h in enumerate(hdr):
    cell_text(t4.rows[0].cells[j], h, "c", 9.5, True)
    cell_border(t4.rows[0].cells[j], top=8, bottom=8)
cell_text(t4.rows[1].cells[0], "収入未済額", "l", 9.5)
cell_text(t4.rows[2].cells[0], "滞納者数", "l", 9.5)
tom = rnd(TO / 1000, 1)
for j, (raw, fy, om, dl) in enumerate(TREND + [("６年度", 2024, tom, 1902)], 1):
    cell_text(t4.rows[1].cells[j], g.fact(page, None, None, fy, raw, "total", "outstanding", "actual", round(om * 1000000), "yen", f"{om:.1f}"), "r", 9.5)
    cell_text(t4.rows[2].cells[j], g.fact(page, None, None, fy, raw, "total", "delinquents", "actual", dl, "persons", c(dl)), "r", 9.5)
P("※ 各年度の決算による。滞納者数は年度末時点の実人数（複数の債権を滞納している者は1人として計上）。", size=8.5)
P("", after=6)
P("以　上", align="r")

# ---------------------------------------------------------------- output
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
               check=True, capture_output=True)
(PDF_DIR / f"{STEM}.pdf").write_bytes((WORK / f"{STEM}.pdf").read_bytes())

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in att],
             "agenda": agenda, "materials": ["令和7年度第2回稚内市債権管理対策会議資料"],
             "statements": statements}
g.write(pages=page)
