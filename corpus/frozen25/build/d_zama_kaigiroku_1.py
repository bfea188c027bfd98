"""座間市 債権管理対策会議 会議録（要旨） — python-docx -> LibreOffice.  (frozen25, helper d)"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from d_common import OUT, ROOT, Gold, c, check, pct, to_pdf, zen  # noqa: E402

STEM = "d_zama_kaigiroku_1"
CITY = "座間市"
TITLE = "令和７年度第１回座間市債権管理対策会議　会議録（要旨）"

# 別表 data (千円): name, [(segment label, seg, assessed, collected, written_off)]
TABLE = [
    ("市税", [("現年課税分", "current", 20184512, 20003276, 0),
             ("滞納繰越分", "arrears", 712408, 221946, 38115)]),
    ("国民健康保険税", [("現年課税分", "current", 3512880, 3302118, 0),
                  ("滞納繰越分", "arrears", 905331, 229664, 80512)]),
    ("介護保険料", [("", "total", 2810455, 2771903, 9870)]),
    ("後期高齢者医療保険料", [("", "total", 1720118, 1709004, 1205)]),
    ("保育所保育料", [("", "total", 198772, 193015, 1014)]),
    ("市営住宅使用料", [("", "total", 256330, 229871, 3420)]),
    ("下水道使用料", [("", "total", 2015662, 1992518, 2118)]),
]


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        v = kw.get(edge, "nil")
        el.set(qn("w:val"), v)
        if v != "nil":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def font(run, size=10.5, bold=False, name="IPAex明朝"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, first=0, name="IPAex明朝", after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    font(r, size, bold, name)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    pf.left_indent = Pt(indent)
    pf.first_line_indent = Pt(first)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def footer(section, text):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    font(r, 9)
    # page field
    r2 = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r2._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = txt
            r2._r.append(it)
    font(r2, 9)
    r3 = p.add_run(" －")
    font(r3, 9)


def main():
    g = Gold(STEM, "minutes", CITY, TITLE, "2025-07-24", "令和７年７月２４日（木）")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("座間市財務部収納課"), 8.5)
    footer(sec, "")

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, name="IPAexゴシック", after=10)

    attendees = [("委員長", ["副市長"]),
                 ("委員", ["総務部長", "財務部長", "市民部長", "福祉部長", "こども・若者部長",
                          "環境経済部長", "都市部長", "上下水道局長", "教育部長"]),
                 ("事務局", ["収納課長", "収納課債権管理担当課長", "収納課債権管理係長"])]
    agenda = ["令和６年度主要債権の決算状況について",
              "令和７年度債権管理重点取組（案）について",
              "令和６年度債権放棄の実施状況について"]
    materials = ["資料１　令和６年度主要債権の収入未済額等一覧（別表）",
                 "資料２　令和７年度債権管理重点取組（案）",
                 "資料３　令和６年度債権放棄一覧"]
    info = [
        ("日　時", "令和７年７月２４日（木）　午後２時００分～午後３時１０分"),
        ("場　所", "座間市役所５階　５０１会議室"),
        ("出席者", "委員長：副市長\n委　員：" + "・".join(attendees[1][1]) + "\n事務局：" + "・".join(attendees[2][1])),
        ("欠席者", "なし"),
        ("議　題", "\n".join(f"（{zen(i+1)}）{a}" for i, a in enumerate(agenda))),
        ("配付資料", "\n".join(materials)),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in info:
        row = t.add_row()
        row.cells[0].width, row.cells[1].width = Mm(26), Mm(140)
        for i, txt in enumerate((k, v)):
            cell = row.cells[i]
            cell.paragraphs[0].text = ""
            lines = txt.split("\n")
            for j, line in enumerate(lines):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                font(p.add_run(line), 10.5, i == 0, "IPAexゴシック" if i == 0 else "IPAex明朝")
                p.paragraph_format.space_after = Pt(1)
            set_cell_border(cell, bottom="single")
    t.autofit = False
    for i, wd in enumerate((Mm(24), Mm(142))):
        t.columns[i].width = wd
    para(doc, "", after=4)
    para(doc, "会議の概要", 11.5, True, name="IPAexゴシック", after=4)

    # statements: (page, section, speaker, text)
    S = []
    sec0 = "開会"
    S.append((1, sec0, "委員長", "ただいまから令和７年度第１回座間市債権管理対策会議を開会する。本日は、令和６年度の決算状況の確認と今年度の重点取組について協議したい。なお、次回の令和７年度第２回会議は１１月に開催し、上半期の実績を報告してもらう予定である。"))
    s1 = agenda[0]
    S.append((1, s1, "収納課長", "資料１により説明する。令和６年度の市税の収納率は、現年課税分が９９．１０％、滞納繰越分が３１．１５％で、合計では９６．７９％となった。市税の収入未済額は約６億３，４００万円であり、滞納者数は前年度末の３，４０５人から３，１２４人に減少した。"))
    S.append((1, s1, "収納課長", "今年度については、令和７年６月末時点の市税現年課税分の収納率が１７．８２％であり、前年同期をわずかに上回っている。引き続き納期内納付の勧奨を進める。"))
    S.append((2, s1, "福祉部長", "国民健康保険税の滞納繰越分の収納率は２５．３７％と、前年度の２３．９０％から改善した。財産調査の早期着手と、執行停止を含めた滞納整理を進めた効果と考えている。介護保険料については、普通徴収の口座振替勧奨を継続している。"))
    S.append((2, s1, "委員長", "国民健康保険税の現年分の収納率はどうだったか。"))
    S.append((2, s1, "福祉部長", "現年課税分は９４．００％であり、前年度並みである。資格確認書の送付時に納付案内を同封するなどの工夫をしている。"))
    S.append((2, s1, "都市部長", "市営住宅使用料については、収入未済額が２，３０３万９千円となった。長期滞納者への明渡請求を含め、法的措置を検討している。"))
    s2 = agenda[1]
    S.append((2, s2, "収納課債権管理担当課長", "資料２により説明する。令和７年度の目標収納率は、市税現年課税分９９．２０％、国民健康保険税現年課税分９４．３０％とし、各債権所管課には四半期ごとに進捗を報告してもらう。また、非強制徴収債権については、支払督促の申立てを所管課と連携して進める。"))
    S.append((3, s2, "こども・若者部長", "保育所保育料については、児童手当からの申出徴収の案内を強化したい。学童保育の保育料も同様の方法を検討する。"))
    S.append((3, s2, "委員長", "所管課だけで対応が難しい案件は、早めに収納課に相談してほしい。"))
    s3 = agenda[2]
    S.append((3, s3, "収納課長", "資料３により説明する。令和６年度は、座間市債権管理条例に基づき、私債権等について計４８件の債権放棄を行った。内容は、債務者の死亡、所在不明、生活困窮などによるものである。"))
    S.append((3, s3, "委員長", "以上で本日の会議を終了する。"))

    cur = 1
    stmts = []
    for page, section, spk, text in S:
        if page != cur:
            page_break(doc)
            cur = page
        if section != (stmts[-1]["section"] if stmts else None):
            hdr = "１　開会" if section == sec0 else f"２　議題（{zen(agenda.index(section)+1)}）{section}"
            para(doc, hdr, 10.5, True, name="IPAexゴシック", after=3)
        para(doc, f"○{spk}　{text}", indent=10, first=-10, after=4)
        stmts.append({"speaker": spk, "section": section, "text": text, "page": page})
    para(doc, "（午後３時１０分閉会）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # prose facts
    def pf(page, debt, fy, fyr, seg, metric, basis, value, unit, raw, **kw):
        g.fact(page, debt, fy, fyr, seg, metric, basis, value, unit, raw, **kw)
    pf(1, "市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.10, "percent", "９９．１０％")
    pf(1, "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 31.15, "percent", "３１．１５％")
    pf(1, "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 96.79, "percent", "９６．７９％")
    pf(1, "市税", 2024, "令和６年度", "total", "outstanding", "actual", 634000000, "yen", "約６億３，４００万円", approx=True)
    pf(1, "市税", 2023, "前年度末", "total", "delinquents", "actual", 3405, "persons", "３，４０５人")
    pf(1, "市税", 2024, "令和６年度", "total", "delinquents", "actual", 3124, "persons", "３，１２４人")
    pf(1, "市税", 2025, "令和７年６月末時点", "current", "collection_rate", "interim", 17.82, "percent", "１７．８２％", as_of="2025-06-30")
    pf(2, "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 25.37, "percent", "２５．３７％")
    pf(2, "国民健康保険税", 2023, "前年度", "arrears", "collection_rate", "actual", 23.90, "percent", "２３．９０％")
    pf(2, "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 94.00, "percent", "９４．００％")
    pf(2, "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 23039000, "yen", "２，３０３万９千円")
    pf(2, "市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.20, "percent", "９９．２０％")
    pf(2, "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", 94.30, "percent", "９４．３０％")

    # 別表 — landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.left_margin = new.right_margin = Mm(20)
    new.top_margin, new.bottom_margin = Mm(18), Mm(15)
    para(doc, "別表　令和６年度　主要債権の収入未済額等一覧（資料１）", 12, True, name="IPAexゴシック", after=2)
    para(doc, "（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cl = tb.rows[0].cells[i]
        cl.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(cl.paragraphs[0].add_run(h), 10, True, "IPAexゴシック")
    tb.autofit = False
    for i, wd in enumerate((Mm(48), Mm(30), Mm(36), Mm(36), Mm(32), Mm(36), Mm(24))):
        tb.columns[i].width = wd
        for cl in tb.columns[i].cells:
            cl.width = wd
    P = 4
    tot = [0, 0, 0]
    for name, segs in TABLE:
        rows = []
        if len(segs) > 1:
            sa = [sum(s[k] for s in segs) for k in (2, 3, 4)]
            segs = segs + [("計", "total", *sa)]
        for lab, seg, a, cc, w in segs:
            o = a - cc - w
            r = pct(cc, a)
            row = tb.add_row()
            vals = [name, lab or "－", c(a), c(cc), c(w) if w else "－", c(o), f"{r:.2f}"]
            for i, v in enumerate(vals):
                cl = row.cells[i]
                cl.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
                font(cl.paragraphs[0].add_run(v), 10)
            rows.append(row)
            yr = "令和６年度"
            for m, v in (("assessed", a), ("collected", cc), ("outstanding", o)):
                g.fact(P, name, 2024, yr, seg, m, "actual", v * 1000, "yen", c(v))
            if w:
                g.fact(P, name, 2024, yr, seg, "written_off", "actual", w * 1000, "yen", c(w))
            g.fact(P, name, 2024, yr, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")
            if seg == "total":
                tot = [tot[0] + a, tot[1] + cc, tot[2] + w]
        if len(rows) > 1:
            top = rows[0].cells[0]
            for rr in rows[1:]:
                top = top.merge(rr.cells[0])
            top.paragraphs[0].text = ""
            for extra in top.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            font(top.paragraphs[0].add_run(name), 10)
    a, cc, w = tot
    o = a - cc - w
    r = pct(cc, a)
    row = tb.add_row()
    for i, v in enumerate(["合計", "", c(a), c(cc), c(w), c(o), f"{r:.2f}"]):
        cl = row.cells[i]
        cl.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
        font(cl.paragraphs[0].add_run(v), 10, True)
    for m, v in (("assessed", a), ("collected", cc), ("written_off", w), ("outstanding", o)):
        g.fact(P, None, 2024, "令和６年度", "total", m, "actual", v * 1000, "yen", c(v), debt_raw="合計")
    g.fact(P, None, 2024, "令和６年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}", debt_raw="合計")
    para(doc, "※市税及び国民健康保険税の計欄は、現年課税分と滞納繰越分の合計である。合計欄は各債権の計の合計。", 9)

    g.minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-07-24", "method": None,
                 "attendees": [{"role": role, "title": t_, "name": None} for role, ts in attendees for t_ in ts],
                 "agenda": agenda, "materials": materials, "statements": stmts}
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "zama")
    gp = g.write(pdf)
    return check(pdf, gp)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
