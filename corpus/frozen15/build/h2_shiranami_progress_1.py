"""令和６年度 債権管理の取組状況（中間報告） (しらなみ市) -- python-docx -> LibreOffice."""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_common import OUT, PDF, comma, fact, init, page_texts, rate, soffice, write_gold, check, nows  # noqa

STEM = "h2_shiranami_progress_1"
CITY = "しらなみ市"
TITLE = "令和６年度　債権管理の取組状況（中間報告）"

# 表１ 百万円: name, R1, R4, R5
T1 = [("市税", 1102, 903, 841), ("国民健康保険税", 1184, 985, 927), ("介護保険料", 98, 77, 71),
      ("後期高齢者医療保険料", 16, 13, 12), ("保育所保育料", 61, 44, 40), ("市営住宅使用料", 212, 188, 179),
      ("下水道使用料", 59, 50, 47), ("生活保護費返還金", 301, 329, 338), ("学校給食費", 9, 7, 6),
      ("奨学金貸付金", 88, 82, 80), ("その他", 126, 70, 95)]
TOT = tuple(sum(r[i] for r in T1) for i in (1, 2, 3))

# 市税 12月末 interim rates: seg, now, prev
TAX_RATES = [("現年分", "current", "81.46", "80.92"), ("滞繰分", "arrears", "21.07", "19.88"),
             ("合計", "total", "74.35", "73.51")]

# per-debt 3-year tables (千円): (assessed, collected, written_off) for R4 決算, R5 決算, R6 見込み
DEBTS = [
    ("国民健康保険税", "保険年金課", [(4_118_552, 3_061_903, 71_902), (4_035_218, 3_043_655, 64_431),
                                (3_980_000, 3_030_000, 60_000)],
     [("(1)", "国保資格の取得時に口座振替の申込みを窓口で受け付け、納付書払いからの切替えを進める。", "継続", False),
      ("(2)", "滞納繰越分のうち高額案件を収納対策課へ移管し、財産調査に基づく差押えを実施する。", "拡充", False),
      ("(3)", "納付困難な世帯には生活困窮者自立支援窓口と連携した納付相談を行う。", "新規", True)]),
    ("市営住宅使用料", "住宅政策課", [(1_210_455, 1_015_330, 7_388), (1_198_764, 1_012_560, 7_011),
                               (1_190_000, 1_010_000, 8_000)],
     [("(1)", "滞納３か月の時点で連帯保証人に納付指導を依頼する。", "継続", False),
      ("(2)", "退去者の滞納分は、債権回収業務の委託を活用して所在調査と納付催告を行う。", "継続", True)]),
    ("生活保護費返還金", "生活福祉課", [(421_305, 88_102, 4_215), (432_870, 90_406, 4_540),
                                 (440_000, 95_000, 5_000)],
     [("(1)", "法第78条による徴収金は、保護費との調整による納付を原則とする。", "継続", False),
      ("(2)", "保護廃止者には廃止決定時に返還計画書の提出を求め、履行状況を四半期ごとに確認する。", "新規", False)]),
]
YEARS = [("令和４年度", "決算", 2022, "actual"), ("令和５年度", "決算", 2023, "actual"),
         ("令和６年度", "見込み", 2024, "estimate")]


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, font="IPAexMincho", align=None, bold=False, indent=None):
    p = doc.add_paragraph()
    set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def cell_text(cell, text, size=9.5, font="IPAexMincho", align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size)
        if align:
            p.alignment = align


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


R = WD_ALIGN_PARAGRAPH.RIGHT
C = WD_ALIGN_PARAGRAPH.CENTER


def yen_words(v):
    oku, man = divmod(v // 10000, 10000)
    return f"約{oku}億{man:,}万円" if oku else f"約{man:,}万円"


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("しらなみ市　債権管理の取組状況（中間報告）"), "IPAexGothic", 8)
    hp.alignment = R
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    set_font(fp.add_run("－ "), size=9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" －"), size=9)

    para(doc, TITLE, 15, "IPAexGothic", C)
    para(doc, "令和７年１月\nしらなみ市総務部収納対策課", 10.5, align=R)
    para(doc, "１　概要", 12, "IPAexGothic")
    s1 = (f"　令和５年度決算における市の債権の収入未済額は{yen_words(TOT[2] * 1_000_000)}で、前年度から"
          f"{yen_words((TOT[1] - TOT[2]) * 1_000_000)}減少しました。このうち市税が{yen_words(T1[0][3] * 1_000_000)}、"
          f"国民健康保険税が{yen_words(T1[1][3] * 1_000_000)}を占めています。")
    para(doc, s1)
    para(doc, "　本報告は、しらなみ市債権管理計画（令和５年度～令和９年度）に基づき、令和６年度上半期から"
              "12月末までの取組の状況と、主な債権の収納状況を取りまとめたものです。各課は、この結果を踏まえ、"
              "出納閉鎖までの間、現年分の確実な収納と滞納繰越分の整理に取り組みます。")
    para(doc, "２　市税の収納状況", 12, "IPAexGothic")
    para(doc, "【収納率】令和６年12月末時点", 10.5, "IPAexGothic")
    for lab, seg, now, prev in TAX_RATES:
        para(doc, f"・{lab}　{now}％（前年同月　{prev}％）", indent=5)
    para(doc, "　現年分は、スマートフォン決済の利用が伸びたことなどにより前年同月を上回っています。滞繰分は、"
              "高額案件の換価が進んだことにより1.19ポイント上昇しました。")
    para(doc, "３　債権別収入未済額の推移", 12, "IPAexGothic")
    para(doc, "表１　債権別収入未済額の推移（単位：百万円）", 10, "IPAexGothic")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["債権名", "令和元年度", "令和４年度", "令和５年度", "増減\n（5年度－4年度）"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, font="IPAexGothic", align=C)
    repeat_header(t.rows[0])
    for name, a, b, c in T1 + [("合計",) + TOT]:
        cells = t.add_row().cells
        d = c - b
        vals = [name, comma(a), comma(b), comma(c), ("△" if d < 0 else "") + comma(abs(d))]
        for i, v in enumerate(vals):
            cell_text(cells[i], v, align=R if i else None)
    para(doc, "※百万円未満を四捨五入しているため、合計が一致しない場合があります。", 8.5)
    para(doc, "４　債権ごとの取組", 12, "IPAexGothic")
    for k, (name, ka, rows, items) in enumerate(DEBTS):
        para(doc, f"（{k + 1}）債権ごとの取組（{name}）", 11, "IPAexGothic")
        bx = doc.add_table(rows=1, cols=4)
        bx.style = "Table Grid"
        for i, v in enumerate(["債権名", name, "所管課", ka]):
            cell_text(bx.rows[0].cells[i], v, font="IPAexGothic" if i % 2 == 0 else "IPAexMincho")
        para(doc, "単位：千円", 8.5, align=R)
        three = (k == 0)
        t = doc.add_table(rows=3 if three else 1, cols=4)
        t.style = "Table Grid"
        if three:
            for i in range(3):
                cell_text(t.rows[0].cells[i + 1], YEARS[i][0], font="IPAexGothic", align=C)
                cell_text(t.rows[1].cells[i + 1], YEARS[i][1], font="IPAexGothic", align=C)
                cell_text(t.rows[2].cells[i + 1], "(" + "ABC"[i] + ")", font="IPAexGothic", align=C)
            m = t.cell(0, 0).merge(t.cell(2, 0))
            cell_text(m, "区分", font="IPAexGothic", align=C)
        else:
            cell_text(t.rows[0].cells[0], "区分", font="IPAexGothic", align=C)
            for i in range(3):
                cell_text(t.rows[0].cells[i + 1], YEARS[i][0] + YEARS[i][1], font="IPAexGothic", align=C)
        lines = [("調定額", [comma(a) for a, c, w in rows]), ("収入済額", [comma(c) for a, c, w in rows]),
                 ("不納欠損額", [comma(w) for a, c, w in rows]),
                 ("収入未済額", [comma(a - c - w) for a, c, w in rows]),
                 ("収入率", [f"{rate(c, a):.2f}%" for a, c, w in rows])]
        for lab, vals in lines:
            cells = t.add_row().cells
            cell_text(cells[0], lab)
            for i, v in enumerate(vals):
                cell_text(cells[i + 1], v, align=R)
        para(doc, "主な取組", 10.5, "IPAexGothic")
        for lab, txt, st, wrap in items:
            para(doc, f"{lab}　{txt}" + ("" if wrap else f"【{st}】"), indent=3)
            if wrap:
                para(doc, f"【{st}】", indent=3, align=R)
    para(doc, "５　今後の取組", 12, "IPAexGothic")
    para(doc, "　出納整理期間に向けて、各課の現年分未納者への催告を１月から３月に集中して行います。年度末の結果は、"
              "令和７年度第１回債権管理推進会議で報告します。")
    docx = os.path.join(OUT, STEM + ".docx")
    doc.save(docx)
    pdf = soffice(docx)
    os.replace(pdf, os.path.join(PDF, STEM + ".pdf"))


def gold():
    texts = page_texts(os.path.join(PDF, STEM + ".pdf"))

    def pg(s):
        for i, t in enumerate(texts):
            if nows(s) in t:
                return i + 1
        raise SystemExit("not found " + s)

    F, I = [], []
    tot_txt = yen_words(TOT[2] * 1_000_000)
    p = pg(tot_txt + "で、前年度から")
    F.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", round(TOT[2] * 1e6, -6), "yen",
                  tot_txt, p, approx=True, debt_raw=None))
    F.append(fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", T1[0][3] * 1_000_000, "yen",
                  yen_words(T1[0][3] * 1_000_000), pg("市税が" + yen_words(T1[0][3] * 1_000_000)), approx=True))
    F.append(fact("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", T1[1][3] * 1_000_000, "yen",
                  yen_words(T1[1][3] * 1_000_000), pg("国民健康保険税が" + yen_words(T1[1][3] * 1_000_000)),
                  approx=True))
    for lab, seg, now, prev in TAX_RATES:
        p = pg(f"・{lab}{now}％")
        F.append(fact("市税", 2024, "令和６年12月末", seg, "collection_rate", "interim", float(now), "percent",
                      now + "％", p, as_of="2024-12-31"))
        F.append(fact("市税", 2023, "前年同月", seg, "collection_rate", "interim", float(prev), "percent",
                      prev + "％", p, as_of="2023-12-31"))
    for name, a, b, c in T1 + [("合計",) + TOT]:
        p = pg(name + comma(a) + comma(b) + comma(c))
        debt = None if name in ("合計", "その他") else name
        for fy, raw_fy, v in ((2019, "令和元年度", a), (2022, "令和４年度", b), (2023, "令和５年度", c)):
            F.append(fact(debt, fy, raw_fy, "total", "outstanding", "actual", v * 1_000_000, "yen", comma(v), p,
                          debt_raw=name))
    for name, ka, rows, items in DEBTS:
        for (a, c, w), (yr, kind, fy, basis) in zip(rows, YEARS):
            o = a - c - w
            p = pg("調定額" + comma(rows[0][0]))
            for metric, v, raw, unit in (("assessed", a * 1000, comma(a), "yen"),
                                         ("collected", c * 1000, comma(c), "yen"),
                                         ("written_off", w * 1000, comma(w), "yen"),
                                         ("outstanding", o * 1000, comma(o), "yen"),
                                         ("collection_rate", rate(c, a), f"{rate(c, a):.2f}%", "percent")):
                F.append(fact(name, fy, yr, "total", metric, basis, v, unit, raw, p))
        for lab, txt, st, wrap in items:
            I.append(init(name, 2024, "主な取組", lab, txt, st, pg(txt)))
    write_gold(STEM, "progress_report", CITY, TITLE, "2025-01-01", "令和７年１月", F, I)


if __name__ == "__main__":
    build()
    gold()
    check(STEM)
