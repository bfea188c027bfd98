"""酒田市議会 総務常任委員会記録 (council committee record on 債権管理), python-docx -> LibreOffice.

Modelled on council committee records such as the 四日市市 総務常任委員会 record of a 所管事務調査
「債権管理について」 (paperzz.com/doc/5464832) and the 草加市議会 総務文教委員会 会議録 header block
(◇開会年月日 / ◇開催の場所 / ◇出席委員 / ◇説明のため出席した者), chiholog.net/saitamalog.
Figures are invented; the 別表 at the end holds the 令和5年度 決算 figures the speakers quote.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from o_common import OUT, PDF, comma, fact, find_page, fw, page_texts, rate, to_pdf, write_gold

STEM = "o_sakata_iinkai_1"
CITY = "酒田市"
FONT = "IPAex明朝"

# ---- 別表 data (千円): (debt, segment label, segment, assessed, collected-rate guess, written off)
RAW = [
    ("市税", [("現年課税分", "current", 10284615, 0.99118, 2310), ("滞納繰越分", "arrears", 412806, 0.2843, 18552)]),
    ("国民健康保険税", [("現年度分", "current", 2016442, 0.94081, 1105), ("滞納繰越分", "arrears", 398120, 0.2155, 21870)]),
    ("介護保険料", [("現年度分", "current", 1754300, 0.9921, 480), ("滞納繰越分", "arrears", 41260, 0.2472, 6215)]),
    ("後期高齢者医療保険料", [("計", "total", 1120870, 0.9951, 512)]),
    ("市営住宅使用料", [("計", "total", 390540, 0.9234, 1006)]),
]
ROWS = []  # (debt, seglabel, seg, A, C, W, U)
for debt, segs in RAW:
    sub = []
    for lab, seg, a, r, w in segs:
        c = round(a * r)
        sub.append((debt, lab, seg, a, c, w, a - c - w))
    ROWS += sub
    if len(sub) > 1:
        a, c, w = (sum(x[i] for x in sub) for i in (3, 4, 5))
        ROWS.append((debt, "計", "total", a, c, w, a - c - w))
TOT = [r for r in ROWS if r[2] == "total"]
A, C, W = (sum(x[i] for x in TOT) for i in (3, 4, 5))
ROWS.append((None, "合計", "total", A, C, W, A - C - W))
R = {(r[0], r[2]): r for r in ROWS}


def okuman(yen: int) -> str:
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return fw(s)


def rt(debt, seg):
    r = R[(debt, seg)]
    return rate(r[4], r[3])


def p100(x):
    return fw(f"{x:.2f}％")


# ---- the record -------------------------------------------------------------------------------
AGENDA = ["所管事務調査「市の債権管理について」", "酒田市債権管理計画（第２期）骨子案について", "閉会中の継続調査について"]
MATERIALS = ["資料１　令和５年度決算における主な債権の状況", "資料２　令和６年度上半期の収納状況",
             "資料３　酒田市債権管理計画（第２期）骨子案"]
MEMBERS = [("委員長", "佐藤　俊彦"), ("副委員長", "石川　美紀"), ("委員", "斎藤　健一"), ("委員", "菅原　まゆみ"),
           ("委員", "本間　隆"), ("委員", "高橋　直人"), ("委員", "池田　恵子")]
STAFF = [("総務部長", "阿部　浩之"), ("総務部次長兼納税課長", "土田　昌弘"), ("債権管理室長", "渡部　さおり"),
         ("健康福祉部長", "村上　正"), ("国保年金課長", "五十嵐　学"), ("地域福祉・介護保険課長", "加藤　真一"),
         ("建設部長", "伊藤　和彦")]
CLERK = [("議事調査係長", "成田　陽子")]

sz_cur, sz_arr, sz_tot = rt("市税", "current"), rt("市税", "arrears"), rt("市税", "total")
sz_out = round(R[("市税", "total")][6] * 1000, -5)
kk_cur, kk_arr = rt("国民健康保険税", "current"), rt("国民健康保険税", "arrears")
kk_out = round(R[("国民健康保険税", "arrears")][6] * 1000, -5)
jt_rate = rt("市営住宅使用料", "total")
jt_out = round(R[("市営住宅使用料", "total")][6] * 1000, -4)

# statements: (speaker, section index, [paragraphs], [fact specs]) ; fact spec = (raw, kwargs)
S = []


def st(speaker, sec, paras, facts=()):
    S.append((speaker, sec, paras, list(facts)))


st("佐藤委員長", 0, ["ただいまから総務常任委員会を開会いたします。",
                   "本日は、所管事務調査として市の債権管理について当局から説明を受けます。なお、１０月２９日に開催された令和６年度第２回酒田市債権管理推進会議の結果についても、あわせて報告を求めます。"])
st("阿部総務部長", 0, ["本市の債権管理につきましては、平成２９年度に制定した債権管理条例と第１期の債権管理計画に基づき、全庁で収納率の向上と収入未済額の縮減に取り組んでまいりました。詳細は納税課長から説明いたします。"])
t1 = (f"資料１を御覧ください。令和５年度決算における市税の収納率は、現年課税分が{p100(sz_cur)}、滞納繰越分が{p100(sz_arr)}、"
      f"全体で{p100(sz_tot)}となりました。市税の収入未済額は約{okuman(sz_out)}で、前年度から約２，４００万円減少しております。")
t2 = ("次に資料２、令和６年度の上半期の状況でございます。９月末現在の市税現年課税分の収納率は５３．２６％で、"
      "前年同期の５２．８１％を０．４５ポイント上回っております。引き続き、納期限後の早期催告と財産調査の前倒しに努めてまいります。")
st("土田総務部次長兼納税課長", 0, [t1, t2], [
    (p100(sz_cur), dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate", basis="actual", value=sz_cur, unit="percent")),
    (p100(sz_arr), dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="collection_rate", basis="actual", value=sz_arr, unit="percent")),
    (p100(sz_tot), dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="actual", value=sz_tot, unit="percent")),
    ("約" + okuman(sz_out), dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=int(sz_out), unit="yen", approx=True)),
    ("５３．２６％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="interim", value=53.26, unit="percent", as_of="2024-09-30")),
    ("５２．８１％", dict(debt="市税", fy=2023, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim", value=52.81, unit="percent", as_of="2023-09-30")),
])
st("斎藤委員", 0, ["国民健康保険税の収納率が市税と比べて低い状況が続いているが、滞納繰越分の状況と今後の対策を伺いたい。"])
t3 = (f"国民健康保険税の令和５年度の収納率は、現年度分が{p100(kk_cur)}、滞納繰越分が{p100(kk_arr)}でございます。"
      f"滞納繰越分の収入未済額は約{okuman(kk_out)}で、滞納世帯数は令和６年３月末で１，９８４世帯となっております。")
t4 = "今年度は、１０月末現在の現年度分の収納率が４８．９０％となり、前年同期の４８．２２％を上回っております。資格喪失世帯への早期の納付勧奨と、分納誓約の不履行者への差押えを徹底してまいります。"
st("五十嵐国保年金課長", 0, [t3, t4], [
    (p100(kk_cur), dict(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate", basis="actual", value=kk_cur, unit="percent")),
    (p100(kk_arr), dict(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="collection_rate", basis="actual", value=kk_arr, unit="percent")),
    ("約" + okuman(kk_out), dict(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="outstanding", basis="actual", value=int(kk_out), unit="yen", approx=True)),
    ("１，９８４世帯", dict(debt="国民健康保険税", fy=2023, fy_raw="令和６年３月末", seg="total", metric="delinquents", basis="actual", value=1984, unit="households")),
    ("４８．９０％", dict(debt="国民健康保険税", fy=2024, fy_raw="１０月末", seg="current", metric="collection_rate", basis="interim", value=48.9, unit="percent", as_of="2024-10-31")),
    ("４８．２２％", dict(debt="国民健康保険税", fy=2023, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim", value=48.22, unit="percent", as_of="2023-10-31")),
])
st("石川副委員長", 0, ["介護保険料について、上半期の状況はどうか。"])
st("加藤地域福祉・介護保険課長", 0, ["介護保険料の現年度分の収納率は、９月末現在で５１．４２％となり、前年同期の５１．６０％をわずかに下回っております。年度途中に資格を取得した方が普通徴収となる期間に未納が生じやすいため、年金からの特別徴収への切替えを早めるよう努めております。"], [
    ("５１．４２％", dict(debt="介護保険料", fy=2024, fy_raw="９月末現在", seg="current", metric="collection_rate", basis="interim", value=51.42, unit="percent", as_of="2024-09-30")),
    ("５１．６０％", dict(debt="介護保険料", fy=2023, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim", value=51.6, unit="percent", as_of="2023-09-30")),
])
st("菅原委員", 0, ["市全体の収入未済額はどのように推移しているのか。不納欠損の状況もあわせて伺う。"])
st("渡部債権管理室長", 0, ["全会計を合わせた収入未済額は、令和５年度末で約１２億８，４００万円となり、令和元年度末の約１８億６００万円から縮減が進んでおります。また、令和５年度の不納欠損額は全会計で約４，６２０万円でございまして、執行停止を経たものなど、法令に基づき適正に処理しております。"], [
    ("約１２億８，４００万円", dict(debt=None, debt_raw="全会計", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual", value=1284000000, unit="yen", approx=True)),
    ("約１８億６００万円", dict(debt=None, debt_raw="全会計", fy=2019, fy_raw="令和元年度末", seg="total", metric="outstanding", basis="actual", value=1806000000, unit="yen", approx=True)),
    ("約４，６２０万円", dict(debt=None, debt_raw="全会計", fy=2023, fy_raw="令和５年度", seg="total", metric="written_off", basis="actual", value=46200000, unit="yen", approx=True)),
])
st("本間委員", 0, ["市営住宅使用料の滞納について、退去者分の回収はどうなっているのか。"])
st("伊藤建設部長", 0, [f"市営住宅使用料の令和５年度の収納率は{p100(jt_rate)}で、収入未済額は約{okuman(jt_out)}でございます。退去者分につきましては、連帯保証人への請求に加え、支払督促の申立てを計画的に行っております。"], [
    (p100(jt_rate), dict(debt="市営住宅使用料", fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="actual", value=jt_rate, unit="percent")),
    ("約" + okuman(jt_out), dict(debt="市営住宅使用料", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=int(jt_out), unit="yen", approx=True)),
])
st("佐藤委員長", 1, ["次に、酒田市債権管理計画（第２期）骨子案について説明を求めます。"])
st("渡部債権管理室長", 1, ["資料３を御覧ください。第２期計画は、計画期間を令和７年度から令和１１年度までの５年間とし、令和１１年度の目標収納率を市税で９８．００％、国民健康保険税で９０．５０％と設定する考えでございます。",
                       "また、全会計の収入未済額を令和１１年度末までに１０億円以下とすることを目標に掲げ、債権ごとに取組項目を定めてまいります。"], [
    ("９８．００％", dict(debt="市税", fy=2029, fy_raw="令和１１年度", seg="total", metric="collection_rate", basis="target", value=98.0, unit="percent")),
    ("９０．５０％", dict(debt="国民健康保険税", fy=2029, fy_raw="令和１１年度", seg="total", metric="collection_rate", basis="target", value=90.5, unit="percent")),
    ("１０億円", dict(debt=None, debt_raw="全会計", fy=2029, fy_raw="令和１１年度末", seg="total", metric="outstanding", basis="target", value=1000000000, unit="yen")),
])
st("池田委員", 1, ["目標を掲げるだけでなく、達成状況を議会にも定期的に報告してほしい。"])
st("阿部総務部長", 1, ["毎年度、決算の確定後に達成状況を取りまとめ、本委員会に報告してまいります。"])
st("佐藤委員長", 2, ["閉会中の継続調査については、お手元の申出書のとおり議長に申し出ることに御異議ありませんか。",
                   "（「異議なし」と呼ぶ者あり）",
                   "御異議なしと認め、そのように決定いたしました。以上で本日の総務常任委員会を閉会いたします。"])


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), font)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, indent_mm=None, first_mm=None, after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def add_field(run, code):
    for tag, txt in (("begin", None), (None, code), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._element.append(el)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, bold)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("令和６年１１月２０日　総務常任委員会記録"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    r = fp.add_run()
    set_font(r, 9)
    add_field(r, "PAGE")
    set_font(fp.add_run(" －"), 9)

    para(doc, "総務常任委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, after=10)
    para(doc, "◇開会年月日　　令和６年１１月２０日（水曜日）")
    para(doc, "◇開催の場所　　第２委員会室")
    para(doc, "◇付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"{fw(i)}　{a}", indent_mm=8)
    para(doc, f"◇出席委員　　{fw(len(MEMBERS))}名")
    t = doc.add_table(rows=0, cols=4)
    for i in range(0, len(MEMBERS), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(MEMBERS[i:i + 2]):
            cell_text(cells[2 * j], name, 10)
            cell_text(cells[2 * j + 1], role, 10)
    para(doc, "◇欠席委員　　なし")
    para(doc, "◇説明のため出席した者")
    t = doc.add_table(rows=0, cols=4)
    for i in range(0, len(STAFF), 2):
        cells = t.add_row().cells
        for j, (title, name) in enumerate(STAFF[i:i + 2]):
            cell_text(cells[2 * j], title, 10)
            cell_text(cells[2 * j + 1], name, 10)
    para(doc, "◇議会事務局職員出席者")
    t = doc.add_table(rows=1, cols=4)
    cell_text(t.rows[0].cells[0], CLERK[0][0], 10)
    cell_text(t.rows[0].cells[1], CLERK[0][1], 10)
    para(doc, "◇配付資料")
    for m in MATERIALS:
        para(doc, m, indent_mm=8)
    para(doc, "午前１０時００分開議", after=6)

    cur_sec = None
    for speaker, si, paras, _ in S:
        if si != cur_sec:
            cur_sec = si
            para(doc, f"◎{AGENDA[si]}", 10.5, True, after=4)
        for k, text in enumerate(paras):
            if k == 0:
                para(doc, f"○{speaker}　{text}", indent_mm=0, first_mm=0)
            else:
                para(doc, text, first_mm=4)
    para(doc, "午前１１時４２分閉会", after=6)

    # 別表 on its own page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況（令和５年度決算）", 11, True)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    start = {}
    for debt, lab, seg, a, c, w, u in ROWS:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if debt is None:
            m = cells[0].merge(cells[1])
            cell_text(m, "合計", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        else:
            start.setdefault(debt, idx)
            if start[debt] == idx:
                cell_text(cells[0], debt, 9)
            cell_text(cells[1], lab, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, v in enumerate((comma(a), comma(c), comma(w), comma(u), f"{rate(c, a):.2f}")):
            cell_text(cells[2 + k], v, 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # merge debt name cells vertically
    for debt, i0 in start.items():
        n = sum(1 for r in ROWS if r[0] == debt)
        if n > 1:
            t.cell(i0, 0).merge(t.cell(i0 + n - 1, 0))
            cell_text(t.cell(i0, 0), debt, 9)
    para(doc, "※収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。", 8.5)
    para(doc, "※後期高齢者医療保険料及び市営住宅使用料は、現年度分と滞納繰越分の合計を掲げた。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "o_sakata")
    return pdf


def gold(pdf):
    texts = page_texts(pdf)
    facts, statements = [], []
    last = 1
    for speaker, si, paras, fspecs in S:
        text = "\n".join(paras)
        pg = find_page(texts, f"○{speaker}{paras[0][:25]}", last)
        last = pg
        statements.append({"speaker": speaker, "section": AGENDA[si], "text": text, "page": pg})
        for raw, kw in fspecs:
            fpg = find_page(texts, raw, pg)
            kw = dict(kw)
            facts.append(fact(kw.pop("debt"), kw.pop("fy"), kw.pop("fy_raw"), kw.pop("seg"), kw.pop("metric"),
                              kw.pop("basis"), kw.pop("value"), kw.pop("unit"), raw, fpg, **kw))
    tp = find_page(texts, "別表主な債権の収納状況")
    for debt, lab, seg, a, c, w, u in ROWS:
        label = debt if debt else "合計"
        for metric, v, raw in (("assessed", a * 1000, comma(a)), ("collected", c * 1000, comma(c)),
                               ("written_off", w * 1000, comma(w)), ("outstanding", u * 1000, comma(u))):
            facts.append(fact(debt, 2023, "令和５年度", seg, metric, "actual", v, "yen", raw, tp, debt_raw=label))
        rr = rate(c, a)
        facts.append(fact(debt, 2023, "令和５年度", seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}", tp,
                          debt_raw=label))
    attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n} for t, n in STAFF]
                 + [{"role": "議会事務局職員", "title": t, "name": n} for t, n in CLERK])
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2024-11-20", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": "総務常任委員会記録", "date": "2024-11-20",
                "date_raw": "令和６年１１月２０日"}
    return write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    gold(build())
