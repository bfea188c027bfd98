"""よしの台市債権管理計画（令和７年度～令和９年度）: python-docx -> LibreOffice PDF (A4 portrait).

A plan of the 推進シート family written the way another city's 債権管理計画 prints it: 会計別の収入未済額表 with
小計/合計 rows and a 前年度比 column, then 「３ 債権ごとの取組（X）」 sections with 5-year tables (years down the rows
for 市税, years across for 国保 with era-less 2年度…5年度), 目標 tables and boxed / numbered 取組. City and figures invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import OUT, PDF_DIR, fact, init, to_pdf, write_gold  # noqa: E402

STEM = "q_yoshinodai_plan_1"
FONT = "IPAexMincho"
GOTHIC = "IPAexGothic"
ERA = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度"}

# ---------------------------------------------------------------- data (千円 unless noted)
# 市税: year -> (調定, 収入済, 不納欠損) per segment
SHIZEI_CUR = {2019: (18204516, 17993870, 0), 2020: (18011302, 17769158, 0), 2021: (18356027, 18145904, 0),
              2022: (18612480, 18428391, 0), 2023: (18790215, 18617742, 0)}
SHIZEI_ARR_COL = {2019: (1102437, 268915, 98402), 2020: (None, 221830, 85117), 2021: (None, 236574, 71260),
                  2022: (None, 228906, 66013), 2023: (None, 214018, 52691)}


def shizei():
    cur, arr = {}, {}
    prev_total = None
    for y in range(2019, 2024):
        a, c, w = SHIZEI_CUR[y]
        cur[y] = (a, c, w, a - c - w)
        a2, c2, w2 = SHIZEI_ARR_COL[y]
        if a2 is None:
            a2 = prev_total
        arr[y] = (a2, c2, w2, a2 - c2 - w2)
        prev_total = cur[y][3] + arr[y][3]
    return cur, arr


SZ_CUR, SZ_ARR = shizei()

# 国保: 現年度分 (調定, 済), 過年度分 済, 不納欠損(計), 滞納世帯数
KOKUHO = {2019: (3912406, 3614810, 198330, 112406, 4812), 2020: (3850117, 3570662, 204775, 95118, 4655),
          2021: (3788920, 3528140, 215442, 88305, 4390), 2022: (3702335, 3466012, 222618, 79844, 4102),
          2023: (3655018, 3432061, 231507, 70127, 3870)}
KOKUHO_ARR0 = 1006552


def kokuho():
    out = {}
    arr_a = KOKUHO_ARR0
    for y in range(2019, 2024):
        ca, cc, ac, w, hh = KOKUHO[y]
        outst = (ca - cc) + (arr_a - ac) - w
        out[y] = dict(ca=ca, cc=cc, aa=arr_a, ac=ac, w=w, o=outst, hh=hh)
        arr_a = outst
    return out


KH = kokuho()
KH_TGT = {2025: ("94.20", "28.00", 740000), 2026: ("94.50", "29.50", 700000), 2027: ("94.80", "31.00", 660000)}

# 下水道使用料 (円)
GESUI = {2021: (1482305640, 1465118270, 1204500), 2022: (1497620110, 1481025380, 987300),
         2023: (1503884920, 1489310640, 1125860)}

SZ_TGT = {2025: ("99.15", "33.00", 520000), 2026: ("99.20", "34.50", 480000), 2027: ("99.25", "36.00", 440000)}

# 会計別収入未済額 (千円): 会計 -> [(債権名, R4, R5)]
ACCOUNTS = [
    ("一般会計", [("市税", SZ_CUR[2022][3] + SZ_ARR[2022][3], SZ_CUR[2023][3] + SZ_ARR[2023][3]),
               ("保育所保育料", 18240, 16905), ("市営住宅使用料", 41377, 38920), ("生活保護費返還金", 96518, 101264)]),
    ("国民健康保険特別会計", [("国民健康保険税", KH[2022]["o"], KH[2023]["o"]), ("第三者納付金", 3412, 2870)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", 12604, 11938)]),
    ("介護保険特別会計", [("介護保険料", 58730, 54102)]),
    ("下水道事業会計", [("下水道使用料", round((GESUI[2022][0] - GESUI[2022][1] - GESUI[2022][2]) / 1000),
                    round((GESUI[2023][0] - GESUI[2023][1] - GESUI[2023][2]) / 1000)),
                   ("下水道事業受益者負担金", 4215, 3760)]),
]


def c(n):
    return f"{n:,}"


def tri(n):
    return ("△" + c(-n)) if n < 0 else c(n)


def pct(num, den, nd=2):
    return f"{num / den * 100:.{nd}f}"


def oku(yen):
    """round to 百万円 and print as 約X億Y万円."""
    m = round(yen / 1_000_000)  # 百万円
    o, r = divmod(m, 100)
    return (f"{o}億" if o else "") + (f"{r * 100:,}万円" if r else "円")


# ---------------------------------------------------------------- docx helpers
def set_font(run, name=FONT, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, font=FONT, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, size=9.5, align=None, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), FONT, size, bold)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(paragraph):
    run = paragraph.add_run()
    set_font(run, FONT, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


R = WD_ALIGN_PARAGRAPH.RIGHT
C = WD_ALIGN_PARAGRAPH.CENTER

F = []   # facts
I = []   # initiatives


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("よしの台市債権管理計画（令和7年度～令和9年度）"), FONT, 8)
    hp.alignment = R
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    add_page_field(fp)

    # ---------------- page 1
    para(doc, "よしの台市債権管理計画", 22, True, C, GOTHIC, 6)
    para(doc, "（令和7年度～令和9年度）", 14, False, C, GOTHIC, 30)
    para(doc, "令和7年3月", 12, False, C)
    para(doc, "よしの台市", 12, False, C, space_after=30)
    para(doc, "１　計画の趣旨", 12, True, font=GOTHIC)
    tot_r5 = sum(r5 for _, rows in ACCOUNTS for _, _, r5 in rows)
    tot_r4 = sum(r4 for _, rows in ACCOUNTS for _, r4, _ in rows)
    s1 = f"約{oku(tot_r5 * 1000)}"
    peak = "約23億4,000万円"
    sz_all = pct(SZ_CUR[2023][1] + SZ_ARR[2023][1], SZ_CUR[2023][0] + SZ_ARR[2023][0])
    txt1 = (f"本市では、平成29年に「よしの台市債権管理条例」を施行し、全庁的な債権管理の適正化に取り組んできた。"
            f"その結果、令和5年度決算における本市の収入未済額は{s1}（一般会計及び特別会計の合計）となり、"
            f"ピーク時の平成27年度（{peak}）と比べて大きく縮減した。")
    para(doc, txt1)
    txt2 = (f"また、市税の収納率は令和5年度に{sz_all}％となり、5年連続で上昇している。一方で、国民健康保険税をはじめとする"
            "強制徴収公債権には依然として多額の未収金があり、生活保護費返還金などの非強制徴収公債権・私債権では収入未済額が増加している。")
    para(doc, txt2)
    para(doc, "本計画は、こうした状況を踏まえ、令和7年度から令和9年度までの3か年について、主要債権ごとに収納率等の目標と"
              "その達成に向けた取組を定めるものである。")
    para(doc, "２　計画の期間", 12, True, font=GOTHIC)
    para(doc, "令和7年度から令和9年度までの3か年とする。")
    F.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", round(tot_r5 / 1000) * 1_000_000,
                  "yen", s1, 1, approx=True, debt_raw=None))
    F.append(fact(None, 2015, "平成27年度", "total", "outstanding", "actual", 2340000000, "yen", peak, 1, approx=True,
                  debt_raw=None))
    F.append(fact("市税", 2023, "令和5年度", "total", "collection_rate", "actual", float(sz_all), "percent",
                  sz_all + "％", 1))
    page_break(doc)

    # ---------------- page 2: 会計別
    para(doc, "３　本市の債権の状況", 12, True, font=GOTHIC)
    para(doc, "会計別・債権別の収入未済額は次のとおりである。")
    para(doc, "単位：千円", 9, align=R, space_after=0)
    nrows = 1 + sum(len(rows) + (1 if len(rows) > 1 else 0) for _, rows in ACCOUNTS) + 1
    t = doc.add_table(rows=nrows, cols=5)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["会計", "債権名", "令和4年度", "令和5年度", "前年度比"]):
        cell_text(t.cell(0, j), h, align=C, bold=True)
    r = 1
    for acc, rows in ACCOUNTS:
        start = r
        for name, r4, r5 in rows:
            cell_text(t.cell(r, 1), name)
            for j, v in ((2, c(r4)), (3, c(r5)), (4, tri(r5 - r4))):
                cell_text(t.cell(r, j), v, align=R)
            F.append(fact(name, 2022, "令和4年度", "total", "outstanding", "actual", r4 * 1000, "yen", c(r4), 2))
            F.append(fact(name, 2023, "令和5年度", "total", "outstanding", "actual", r5 * 1000, "yen", c(r5), 2))
            r += 1
        if len(rows) > 1:
            s4 = sum(x[1] for x in rows)
            s5 = sum(x[2] for x in rows)
            cell_text(t.cell(r, 1), "小計", align=C)
            for j, v in ((2, c(s4)), (3, c(s5)), (4, tri(s5 - s4))):
                cell_text(t.cell(r, j), v, align=R)
            F.append(fact(None, 2022, "令和4年度", "total", "outstanding", "actual", s4 * 1000, "yen", c(s4), 2,
                          debt_raw=f"小計（{acc}）"))
            F.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", s5 * 1000, "yen", c(s5), 2,
                          debt_raw=f"小計（{acc}）"))
            r += 1
        m = t.cell(start, 0).merge(t.cell(r - 1, 0))
        cell_text(m, acc)
    m = t.cell(r, 0).merge(t.cell(r, 1))
    cell_text(m, "合計", align=C, bold=True)
    for j, v in ((2, c(tot_r4)), (3, c(tot_r5)), (4, tri(tot_r5 - tot_r4))):
        cell_text(t.cell(r, j), v, align=R, bold=True)
    F.append(fact(None, 2022, "令和4年度", "total", "outstanding", "actual", tot_r4 * 1000, "yen", c(tot_r4), 2, debt_raw="合計"))
    F.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", tot_r5 * 1000, "yen", c(tot_r5), 2, debt_raw="合計"))
    for row in t.rows:
        for j, w in enumerate((Mm(40), Mm(52), Mm(26), Mm(26), Mm(24))):
            row.cells[j].width = w
    para(doc, "※ 前年度比は令和5年度－令和4年度。△は減少を示す。", 9)
    para(doc, "※ 下水道使用料は円単位の額を千円未満四捨五入して表示している。", 9)
    page_break(doc)

    # ---------------- page 3/4: 市税
    para(doc, "４　債権ごとの取組（市税）", 12, True, font=GOTHIC)
    para(doc, "所管：財務部納税課　　区分：強制徴収公債権", 10)
    para(doc, "(1) 収納状況の推移（単位：千円、％）", 11, True)
    hdr = ["区分", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [("current", y, SZ_CUR[y]) for y in range(2019, 2024)] + [("arrears", y, SZ_ARR[y]) for y in range(2019, 2024)]
    first, rest = rows[:7], rows[7:]

    def sz_table(rows_, with_header, page, label_first):
        tt = doc.add_table(rows=len(rows_) + (1 if with_header else 0), cols=7)
        borders(tt)
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        off = 0
        if with_header:
            for j, h in enumerate(hdr):
                cell_text(tt.cell(0, j), h, align=C, bold=True)
            off = 1
        for i, (seg, y, (a, cl, w, o)) in enumerate(rows_):
            rr = i + off
            yl = ERA[y]
            cell_text(tt.cell(rr, 1), yl, align=C)
            rt = pct(cl, a)
            for j, v in ((2, c(a)), (3, c(cl)), (4, c(w)), (5, c(o)), (6, rt)):
                cell_text(tt.cell(rr, j), v, align=R)
            for metric, v, raw in (("assessed", a * 1000, c(a)), ("collected", cl * 1000, c(cl)),
                                   ("written_off", w * 1000, c(w)), ("outstanding", o * 1000, c(o))):
                F.append(fact("市税", y, yl, seg, metric, "actual", v, "yen", raw, page))
            F.append(fact("市税", y, yl, seg, "collection_rate", "actual", float(rt), "percent", rt, page))
        # merged 区分 cells
        segs = [s for s, _, _ in rows_]
        i = 0
        while i < len(segs):
            j = i
            while j + 1 < len(segs) and segs[j + 1] == segs[i]:
                j += 1
            m = tt.cell(i + off, 0).merge(tt.cell(j + off, 0))
            lab = {"current": "現年課税分", "arrears": "滞納繰越分"}[segs[i]]
            cell_text(m, lab if (i > 0 or label_first) else "", align=C)
            i = j + 1
        for row in tt.rows:
            for j, w in enumerate((Mm(24), Mm(24), Mm(26), Mm(26), Mm(22), Mm(24), Mm(18))):
                row.cells[j].width = w
        return tt

    sz_table(first, True, 3, True)
    para(doc, "", space_after=0)
    para(doc, "　現年課税分の収納率は令和元年度以降おおむね上昇しており、滞納繰越分も執行停止の適正化と"
              "差押えの強化により改善している。滞納繰越分の調定額は前年度末の収入未済額を引き継いだものである。", 10)
    page_break(doc)
    sz_table(rest, False, 4, False)    # continued on the next page without the header
    para(doc, "", space_after=0)
    para(doc, "(2) 目標", 11, True)
    para(doc, "目標収納率（％）及び収入未済額の目標（千円）", 10, space_after=0)
    tt = doc.add_table(rows=4, cols=4)
    borders(tt)
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["", "令和7年度", "令和8年度", "令和9年度"]):
        cell_text(tt.cell(0, j), h, align=C, bold=True)
    labels = ["現年課税分", "滞納繰越分", "収入未済額"]
    for i, lab in enumerate(labels):
        cell_text(tt.cell(i + 1, 0), lab)
    for j, y in enumerate((2025, 2026, 2027)):
        cr, ar, ob = SZ_TGT[y]
        yl = {2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}[y]
        cell_text(tt.cell(1, j + 1), cr, align=R)
        cell_text(tt.cell(2, j + 1), ar, align=R)
        cell_text(tt.cell(3, j + 1), c(ob), align=R)
        F.append(fact("市税", y, yl, "current", "collection_rate", "target", float(cr), "percent", cr, 4))
        F.append(fact("市税", y, yl, "arrears", "collection_rate", "target", float(ar), "percent", ar, 4))
        F.append(fact("市税", y, yl, "total", "outstanding", "target", ob * 1000, "yen", c(ob), 4))
    para(doc, "", space_after=0)
    para(doc, "(3) 目標達成に向けた取組", 11, True)
    items = [("ア", "現年課税分の滞納者には、納期限後20日以内に督促状を、その後1か月以内に文書催告を送付し、早期の納付につなげる。", "継続", False),
             ("イ", "預貯金等の財産調査を電子照会で行い、給与及び預金の差押えを早期に執行する。", "拡充", False),
             ("ウ", "納税コールセンターを設置し、初期滞納者への電話催告を民間事業者に委託する。", "新規", True),
             ("エ", "県税事務所との併任徴収により、高額・困難事案の引継ぎ整理を行う。", "継続", False)]
    bx = doc.add_table(rows=1, cols=1)
    borders(bx, 8)
    cell_text(bx.cell(0, 0), "\n".join(f"{lab}　{t_}" + ("\n" if wn else "") + f"【{st}】" for lab, t_, st, wn in items), size=10)
    for lab, t_, st, _ in items:
        I.append(init("市税", 2025, "目標達成に向けた取組", lab, t_, st, 4))
    page_break(doc)

    # ---------------- page 5: 国保 (years across)
    para(doc, "４　債権ごとの取組（国民健康保険税）", 12, True, font=GOTHIC)
    para(doc, "所管：健康福祉部保険年金課　　区分：強制徴収公債権", 10)
    para(doc, "(1) 収入状況（単位：千円）", 11, True)
    years = list(range(2019, 2024))
    ylab = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}
    kt = doc.add_table(rows=10, cols=7)
    borders(kt)
    kt.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = kt.cell(0, 0).merge(kt.cell(0, 1))
    cell_text(m, "区分", align=C, bold=True)
    for j, y in enumerate(years):
        cell_text(kt.cell(0, j + 2), ylab[y], align=C, bold=True)
    spec = [("現年度分", "調定額"), ("現年度分", "収入済額"), ("現年度分", "収入率"),
            ("過年度分", "調定額"), ("過年度分", "収入済額"), ("過年度分", "収入率"),
            ("不納欠損額", None), ("収入未済額", None), ("滞納世帯数（世帯）", None)]
    for i, (g, sub) in enumerate(spec):
        rr = i + 1
        if sub:
            cell_text(kt.cell(rr, 1), sub)
        else:
            mm = kt.cell(rr, 0).merge(kt.cell(rr, 1))
            cell_text(mm, g)
        for j, y in enumerate(years):
            d = KH[y]
            yl = ylab[y]
            if g == "現年度分":
                seg = "current"
                a, cl = d["ca"], d["cc"]
            elif g == "過年度分":
                seg = "arrears"
                a, cl = d["aa"], d["ac"]
            else:
                seg = "total"
            if sub == "調定額":
                v, metric, unit, val = c(a), "assessed", "yen", a * 1000
            elif sub == "収入済額":
                v, metric, unit, val = c(cl), "collected", "yen", cl * 1000
            elif sub == "収入率":
                v = pct(cl, a) + "%"
                metric, unit, val = "collection_rate", "percent", float(pct(cl, a))
            elif g == "不納欠損額":
                v, metric, unit, val = c(d["w"]), "written_off", "yen", d["w"] * 1000
            elif g == "収入未済額":
                v, metric, unit, val = c(d["o"]), "outstanding", "yen", d["o"] * 1000
            else:
                v, metric, unit, val = c(d["hh"]), "delinquents", "households", d["hh"]
            cell_text(kt.cell(rr, j + 2), v, align=R)
            F.append(fact("国民健康保険税", y, yl, seg, metric, "actual", val, unit, v, 5))
    for g0, r0, r1 in (("現年度分", 1, 3), ("過年度分", 4, 6)):
        mm = kt.cell(r0, 0).merge(kt.cell(r1, 0))
        cell_text(mm, g0, align=C)
    for row in kt.rows:
        for j, w in enumerate((Mm(20), Mm(24), Mm(24), Mm(24), Mm(24), Mm(24), Mm(24))):
            row.cells[j].width = w
    para(doc, "", space_after=0)
    para(doc, "(2) 目標", 11, True)
    gt = doc.add_table(rows=5, cols=5)
    borders(gt)
    gt.alignment = WD_TABLE_ALIGNMENT.CENTER
    mm = gt.cell(0, 0).merge(gt.cell(1, 0)); cell_text(mm, "区分", align=C, bold=True)
    cell_text(gt.cell(0, 1), "実績", align=C, bold=True)
    mm = gt.cell(0, 2).merge(gt.cell(0, 4)); cell_text(mm, "目標値", align=C, bold=True)
    for j, h in enumerate(["令和5年度", "令和7年度", "令和8年度", "令和9年度"]):
        cell_text(gt.cell(1, j + 1), h, align=C)
    d5 = KH[2023]
    cr5, ar5 = pct(d5["cc"], d5["ca"]), pct(d5["ac"], d5["aa"])
    rowsg = [("現年度分収入率", cr5 + "%", [KH_TGT[y][0] + "%" for y in (2025, 2026, 2027)], "current", "collection_rate"),
             ("過年度分収入率", ar5 + "%", [KH_TGT[y][1] + "%" for y in (2025, 2026, 2027)], "arrears", "collection_rate"),
             ("収入未済額（千円）", c(d5["o"]), [c(KH_TGT[y][2]) for y in (2025, 2026, 2027)], "total", "outstanding")]
    for i, (lab, act, tg, seg, metric) in enumerate(rowsg):
        cell_text(gt.cell(i + 2, 0), lab)
        cell_text(gt.cell(i + 2, 1), act, align=R)
        for j, v in enumerate(tg):
            cell_text(gt.cell(i + 2, j + 2), v, align=R)
        def val(s):
            return float(s.rstrip("%")) if metric == "collection_rate" else int(s.replace(",", "")) * 1000
        unit = "percent" if metric == "collection_rate" else "yen"
        F.append(fact("国民健康保険税", 2023, "令和5年度", seg, metric, "actual", val(act), unit, act, 5))
        for y, v in zip((2025, 2026, 2027), tg):
            F.append(fact("国民健康保険税", y, {2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}[y], seg, metric,
                          "target", val(v), unit, v, 5))
    para(doc, "", space_after=0)
    para(doc, "具体的な取組", 11, True)
    kitems = [("①", "資格取得時に口座振替の申込みを案内し、窓口でキャッシュカードによる即時登録を行う。", "継続"),
              ("②", "滞納世帯のうち納付相談に応じない世帯には、財産調査の上で差押えを行う。", "継続"),
              ("③", "外国人被保険者向けに多言語の納付案内を作成し、転出予定者には出国前の精算を求める。", "新規")]
    for lab, t_, st in kitems:
        para(doc, f"{lab}　{t_}【{st}】", 10, space_after=2)
        I.append(init("国民健康保険税", 2025, "具体的な取組", lab, t_, st, 5))
    page_break(doc)

    # ---------------- page 6: 下水道使用料 (円)
    para(doc, "４　債権ごとの取組（下水道使用料）", 12, True, font=GOTHIC)
    para(doc, "所管：上下水道部料金課　　区分：非強制徴収公債権", 10)
    para(doc, "(1) 収入状況", 11, True)
    para(doc, "（単位：円）", 9, align=R, space_after=0)
    gtab = doc.add_table(rows=4, cols=6)
    borders(gtab)
    gtab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率"]):
        cell_text(gtab.cell(0, j), h, align=C, bold=True)
    for i, y in enumerate((2021, 2022, 2023)):
        a, cl, w = GESUI[y]
        o = a - cl - w
        rt = pct(cl, a)
        yl = ERA[y]
        vals = [c(a), c(cl), c(w), c(o), rt + "％"]
        cell_text(gtab.cell(i + 1, 0), yl, align=C)
        for j, v in enumerate(vals):
            cell_text(gtab.cell(i + 1, j + 1), v, align=R)
        for metric, v, raw in (("assessed", a, c(a)), ("collected", cl, c(cl)), ("written_off", w, c(w)),
                               ("outstanding", o, c(o))):
            F.append(fact("下水道使用料", y, yl, "total", metric, "actual", v, "yen", raw, 6))
        F.append(fact("下水道使用料", y, yl, "total", "collection_rate", "actual", float(rt), "percent", rt + "％", 6))
    para(doc, "", space_after=0)
    para(doc, "(2) 目標", 11, True)
    para(doc, "【目標】令和9年度", 10, bold=True, space_after=0)
    para(doc, "・収入率　99.20％", 10, space_after=0)
    para(doc, "・収入未済額　1,200万円以下", 10)
    F.append(fact("下水道使用料", 2027, "令和9年度", "total", "collection_rate", "target", 99.20, "percent", "99.20％", 6))
    F.append(fact("下水道使用料", 2027, "令和9年度", "total", "outstanding", "target", 12000000, "yen", "1,200万円", 6))
    para(doc, "(3) 取組内容", 11, True)
    gitems = [("・", "水道料金と一体で督促・停水予告を行い、納付がない場合は給水停止を実施する。", "継続"),
              ("・", "スマートフォン決済アプリによる納付を導入し、納付方法を拡大する。", "新規"),
              ("・", "所在不明の債務者については住民票調査を行い、消滅時効の完成前に履行の請求を行う。", "継続")]
    for lab, t_, st in gitems:
        para(doc, f"{lab}{t_}【{st}】", 10, space_after=2)
        I.append(init("下水道使用料", 2025, "取組内容", lab, t_, st, 6))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf", "yoshino")


def gold():
    document = {"kind": "plan", "municipality": "よしの台市", "title": "よしの台市債権管理計画（令和7年度～令和9年度）",
                "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, document, F, I, None, expect_pages=6)


if __name__ == "__main__":
    build()
    gold()
