"""千代田区 決算特別委員会 記録（債権・収納率の質疑） — python-docx → LibreOffice, A4 portrait.

Layout after a real 区議会 決算特別委員会 本文 (◯-marked speakers written as name+title, 《…》 topic
headings, attendee block with 委員 and 説明員), with a 別表 at the end ruled with horizontal lines only and
merged debt-label cells spanning three rows. Names and figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF, comma, fact, locate, page_texts, to_pdf, write_gold, zen, check  # noqa: E402

STEM = "w_chiyoda_minutes_1"
MUNI = "千代田区"
TITLE = "令和６年　決算特別委員会　記録"
DATE, DATE_RAW = "2024-10-08", "令和６年１０月８日（火）"

# 別表 (千円): debt -> [(segment label, seg, 調定, 収入済, 不納欠損)]
TABLE = [
    ("特別区民税", [("現年分", "current", 28_456_120, 28_231_417, 0),
                    ("滞納繰越分", "arrears", 612_845, 261_072, 38_211)]),
    ("国民健康保険料", [("現年分", "current", 3_284_506, 2_990_597, 0),
                        ("滞納繰越分", "arrears", 702_118, 199_402, 61_930)]),
    ("保育料", [("現年分", "current", 215_480, 214_618, 0),
                ("過年度分", "arrears", 6_214, 2_187, 312)]),
]


def rows_with_total():
    out = {}
    for debt, segs in TABLE:
        rows = []
        for lab, seg, a, c, w in segs:
            rows.append((lab, seg, a, c, w, a - c - w))
        ta = sum(r[2] for r in rows)
        tc = sum(r[3] for r in rows)
        tw = sum(r[4] for r in rows)
        rows.append(("計", "total", ta, tc, tw, ta - tc - tw))
        out[debt] = rows
    return out


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


def set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Serif CJK JP"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), "Noto Serif CJK JP")


def para(doc, text, size=10.5, bold=False, align=None, indent=None):
    p = doc.add_paragraph()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(2)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    set_font(p.add_run(text), size, bold)
    return p


def hborders(table):
    """Only horizontal rules: top, bottom and between rows; no vertical lines."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"), ("left", "nil"),
                      ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val == "single":
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def add_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = text
            run._r.append(it)
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("令和６年　決算特別委員会（10月８日）"), 8)


def build():
    T = rows_with_total()
    kz, kk, ho = T["特別区民税"], T["国民健康保険料"], T["保育料"]
    kz_cur, kz_arr, kz_tot = rate(kz[0][3], kz[0][2]), rate(kz[1][3], kz[1][2], 1), rate(kz[2][3], kz[2][2])
    kk_cur, kk_arr = rate(kk[0][3], kk[0][2]), rate(kk[1][3], kk[1][2], 1)
    ho_cur, ho_arr = rate(ho[0][3], ho[0][2], 1), rate(ho[1][3], ho[1][2], 1)

    def oku(k):  # 千円 -> 約X億X,XXX万円 (nearest 100万円)
        man = round(k / 1000) * 100
        o, r = divmod(man, 10_000)
        return f"約{zen(o)}億{zen(comma(r))}万円", man * 10_000

    kz_out_txt, kz_out_v = oku(kz[2][5])
    kk_out_txt, kk_out_v = oku(kk[2][5])
    f = lambda v, nd=2: zen(f"{v:.{nd}f}")  # noqa: E731

    members = [("委員長", "桜井　ひろし"), ("副委員長", "岩田　恵美"), ("委員", "森本　たかお"), ("委員", "野口　さとみ"),
               ("委員", "片山　修一"), ("委員", "長谷　ゆうこ")]
    staff = [("区民生活部長", "大野　正樹"), ("税務課長", "藤川　誠"), ("保険年金課長", "谷口　美和"),
             ("子ども・若者部長", "石原　聡"), ("子ども支援課長", "三宅　由紀"), ("会計管理者", "河原　透")]
    agenda = ["認定第１号　令和５年度千代田区一般会計歳入歳出決算の認定について（歳入）",
              "認定第２号　令和５年度千代田区国民健康保険事業会計歳入歳出決算の認定について"]
    material = "別表　令和５年度特別区民税等の収納状況"

    S1, S2 = "《認定第１号　歳入》", "《認定第２号　国民健康保険事業会計》"
    statements = [
        ("桜井委員長", S1, "ただいまから決算特別委員会を開会いたします。本日は、歳入について審査を行います。"
         "なお、執行機関から別表の資料が提出されておりますので、御参照ください。それでは、質疑を受けます。"),
        ("森本委員", S1, "特別区民税の収納状況について伺います。令和５年度の収納率と、収入未済額の状況はどうなっていますか。"),
        ("藤川税務課長", S1, f"令和５年度の特別区民税の収納率は、現年分が{f(kz_cur)}％、滞納繰越分が{f(kz_arr, 1)}％、"
         f"合計で{f(kz_tot)}％となりました。収入未済額は{kz_out_txt}で、前年度から減少しております。"
         f"また、今年度８月末時点の現年分収納率は５２．３％で、前年同月の５１．９％を０．４ポイント上回っております。"),
        ("森本委員", S1, "滞納繰越分の収納率が伸び悩んでいるように見えますが、どのような対策を講じているのですか。"),
        ("藤川税務課長", S1, "財産調査を早期に行い、納付資力がありながら納付しない方には差押えを実施しております。"
         "一方で、生活困窮の方には執行停止を適切に判断し、滞納繰越額の圧縮に努めてまいります。"
         "取組の状況は、令和６年度第２回の債権管理推進会議において全庁で共有する予定です。"),
        ("野口委員", S1, "保育料の収納状況はいかがでしょうか。"),
        ("石原子ども・若者部長", S1, f"保育料は、現年分が{f(ho_cur, 1)}％、過年度分が{f(ho_arr, 1)}％となっております。"
         "退園された方の未納が残る傾向にあるため、退園時の納付相談を徹底しております。"),
        ("桜井委員長", S2, "次に、国民健康保険事業会計について質疑を受けます。"),
        ("片山委員", S2, "国民健康保険料の収入未済額が大きいと思いますが、状況を伺います。"),
        ("谷口保険年金課長", S2, f"令和５年度の国民健康保険料の収納率は、現年分が{f(kk_cur)}％、滞納繰越分が{f(kk_arr, 1)}％"
         f"でございます。収入未済額は{kk_out_txt}、年度末の滞納世帯数は１，２８４世帯でございました。"
         "短期証の更新時の納付相談と口座振替の勧奨を引き続き進めてまいります。"),
        ("片山委員", S2, "分かりました。引き続きよろしくお願いします。"),
        ("桜井委員長", S2, "以上で本日の質疑を終了いたします。本日はこれをもって散会いたします。"),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    add_footer(sec)
    para(doc, TITLE, 15, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, f"〇日時　{DATE_RAW}　午前１０時００分開会　午後０時１２分散会")
    para(doc, "〇場所　第１委員会室")
    para(doc, "〇出席委員（６名）")
    for role, name in members:
        para(doc, f"{role}　　{name}", indent=8)
    para(doc, "〇出席説明員")
    for title, name in staff:
        para(doc, f"{title}　　{name}", indent=8)
    para(doc, "〇本日の会議に付した事件")
    for i, a in enumerate(agenda, 1):
        para(doc, f"{zen(i)}　{a}", indent=8)
    para(doc, f"〇配付資料　{material}")
    para(doc, "―" * 24, align=WD_ALIGN_PARAGRAPH.CENTER)
    cur = None
    for spk, sect, text in statements:
        if sect != cur:
            para(doc, sect, bold=True)
            cur = sect
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.first_line_indent = Mm(-4)
        p.paragraph_format.left_indent = Mm(4)
        set_font(p.add_run(f"◯{spk}"), 10.5, True)
        set_font(p.add_run(f"　{text}"), 10.5)
    # 別表 on its own page
    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    para(doc, f"{material}", 12, True)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1 + 9, cols=7)
    hborders(tb)
    for j, h in enumerate(hdr):
        c = tb.cell(0, j)
        c.text = ""
        set_font(c.paragraphs[0].add_run(h), 9, True)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = 1
    for debt, rows in T.items():
        top = tb.cell(r, 0)
        merged = top.merge(tb.cell(r + 2, 0))
        merged.text = ""
        set_font(merged.paragraphs[0].add_run(debt), 9)
        for lab, seg, a, c_, w, o in rows:
            vals = [lab, comma(a), comma(c_), comma(w) if w else "－", comma(o), f"{rate(c_, a):.2f}"]
            for j, v in enumerate(vals, 1):
                cell = tb.cell(r, j)
                cell.text = ""
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if j > 1 else WD_ALIGN_PARAGRAPH.CENTER
                set_font(cell.paragraphs[0].add_run(v), 9)
            r += 1
    para(doc, "※収納率は収入済額÷調定額（小数点第３位四捨五入）。", 8)
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額", 8)

    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = to_pdf(docx_path, PDF / f"{STEM}.pdf", "chiyoda")

    texts = page_texts(pdf)
    facts = []
    # statements facts (FY2023 actual unless interim)
    fy, fyr = 2023, "令和５年度"
    p = locate(texts, f"合計で{f(kz_tot)}％")
    facts += [fact("特別区民税", fy, fyr, "current", "collection_rate", "actual", kz_cur, "percent", f"{f(kz_cur)}％", p),
              fact("特別区民税", fy, fyr, "arrears", "collection_rate", "actual", kz_arr, "percent", f"{f(kz_arr, 1)}％", p),
              fact("特別区民税", fy, fyr, "total", "collection_rate", "actual", kz_tot, "percent", f"{f(kz_tot)}％", p),
              fact("特別区民税", fy, fyr, "total", "outstanding", "actual", kz_out_v, "yen", kz_out_txt, p, approx=True)]
    p = locate(texts, "５２．３％")
    facts += [fact("特別区民税", 2024, "８月末時点", "current", "collection_rate", "interim", 52.3, "percent", "５２．３％", p,
                   as_of="2024-08-31"),
              fact("特別区民税", 2023, "前年同月", "current", "collection_rate", "interim", 51.9, "percent", "５１．９％", p,
                   as_of="2023-08-31")]
    p = locate(texts, f"過年度分が{f(ho_arr, 1)}％")
    facts += [fact("保育料", fy, fyr, "current", "collection_rate", "actual", ho_cur, "percent", f"{f(ho_cur, 1)}％", p),
              fact("保育料", fy, fyr, "arrears", "collection_rate", "actual", ho_arr, "percent", f"{f(ho_arr, 1)}％", p)]
    p = locate(texts, "１，２８４世帯")
    facts += [fact("国民健康保険料", fy, fyr, "current", "collection_rate", "actual", kk_cur, "percent", f"{f(kk_cur)}％", p),
              fact("国民健康保険料", fy, fyr, "arrears", "collection_rate", "actual", kk_arr, "percent", f"{f(kk_arr, 1)}％", p),
              fact("国民健康保険料", fy, fyr, "total", "outstanding", "actual", kk_out_v, "yen", kk_out_txt, p, approx=True),
              fact("国民健康保険料", fy, fyr, "total", "delinquents", "actual", 1284, "households", "１，２８４世帯", p)]
    pb = locate(texts, material, "（単位：千円、％）")
    for debt, rows in T.items():
        for lab, seg, a, c_, w, o in rows:
            for metric, v in (("assessed", a), ("collected", c_), ("written_off", w), ("outstanding", o)):
                if metric == "written_off" and not w:
                    continue
                facts.append(fact(debt, fy, "令和５年度", seg, metric, "actual", v * 1000, "yen", comma(v), pb))
            facts.append(fact(debt, fy, "令和５年度", seg, "collection_rate", "actual", rate(c_, a), "percent",
                              f"{rate(c_, a):.2f}", pb))
    st = []
    for spk, sect, text in statements:
        st.append({"speaker": spk, "section": sect.strip("《》"), "text": text, "page": locate(texts, text[:25])})
    att = [{"role": r_, "title": None, "name": n} for r_, n in members]
    att += [{"role": "説明員", "title": t, "name": n} for t, n in staff]
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None, "attendees": att,
               "agenda": agenda, "materials": [material], "statements": st}
    write_gold(STEM, "minutes", MUNI, TITLE, DATE, DATE_RAW, facts, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    build()
