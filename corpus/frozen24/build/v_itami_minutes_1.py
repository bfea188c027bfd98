"""伊丹市 債権管理推進委員会 会議録 (python-docx -> LibreOffice)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from v_common import F, OUT, PDF, check, rate, to_pdf, write_gold

STEM = "v_itami_minutes_1"
MUNI = "伊丹市"
TITLE = "令和6年度第2回伊丹市債権管理推進委員会 会議録"
AS_OF, AS_OF_P = "2024-10-31", "2023-10-31"

# 別表: debt, seg label, assessed(千円), collected(千円), prior-year same-month rate
ROWS = [
    ("市税", "現年分", 21486320, 12548011, 57.8),
    ("市税", "滞納繰越分", 712455, 171702, 22.9),
    ("国民健康保険税", "現年分", 3912870, 1689851, 43.9),
    ("国民健康保険税", "滞納繰越分", 842118, 146528, 16.8),
    ("介護保険料", "現年分", 4405236, 2527104, 57.1),
    ("後期高齢者医療保険料", "現年分", 2281004, 1330215, 58.0),
    ("保育所保育料", "計", 188412, 106730, 55.9),
    ("市営住宅使用料", "計", 402167, 223893, 56.2),
]
SEG = {"現年分": "current", "滞納繰越分": "arrears", "計": "total"}
R = {(d, s): rate(c, a) for d, s, a, c, _ in ROWS}
P = {(d, s): p for d, s, _, _, p in ROWS}

ATT = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "市民自治部長"), ("委員", "健康福祉部長"),
       ("委員", "こども・若者政策部長"), ("委員", "都市活力部長"), ("委員", "上下水道局経営企画室長"), ("委員", "教育次長"),
       ("事務局", "納税課長"), ("事務局", "債権管理担当主幹")]
AGENDA = ["令和6年度債権管理の取組状況（10月末）について", "債権放棄の審議について", "その他"]
MATERIALS = ["資料1　令和6年度 主要債権の収納状況（令和6年10月末現在）", "資料2　債権放棄対象一覧（非公開）"]


def pt(x):
    return f"{x:.1f}"


def d(x):
    return ("△" if x < 0 else "") + f"{abs(x):.1f}"


S1 = AGENDA[0]
STMTS = [
    ("委員長", "開会",
     "ただいまから令和6年度第2回伊丹市債権管理推進委員会を開会する。前回の令和6年度第1回委員会（令和6年7月10日開催）で確認した各債権の年間目標について、10月末時点の進み具合を所管から報告願いたい。"),
    ("納税課長", S1,
     f"資料1により説明する。市税の10月末現在の収納率は、現年分が{pt(R['市税','現年分'])}％で前年同期より{pt(R['市税','現年分']-57.8)}ポイント上昇し、滞納繰越分は{pt(R['市税','滞納繰越分'])}％で前年同期の22.9％を上回った。令和5年度決算における市税の収入未済額は約6億3,400万円であり、引き続き早期の財産調査と差押えにより縮減を図る。"),
    ("総務部長", S1, "滞納繰越分の収納率が上がった要因をどのように見ているか。"),
    ("納税課長", S1, "今年度から預貯金調査を電子照会に切り替え、催告から差押えまでの期間を短くしたことが主な要因と考えている。"),
    ("健康福祉部長", S1,
     f"国民健康保険税の現年分は{pt(R['国民健康保険税','現年分'])}％で、前年同期の43.9％を下回った。被保険者の減少に伴い口座振替世帯の割合が下がったことが影響している。滞納繰越分は{pt(R['国民健康保険税','滞納繰越分'])}％となった。介護保険料は{pt(R['介護保険料','現年分'])}％、後期高齢者医療保険料は{pt(R['後期高齢者医療保険料','現年分'])}％で、いずれも前年同期並みに推移している。"),
    ("こども・若者政策部長", S1,
     f"保育所保育料の収納率は{pt(R['保育所保育料','計'])}％で、前年同期より上昇した。児童手当からの特別徴収の同意取得を入園時に徹底している。"),
    ("都市活力部長", S1,
     f"市営住宅使用料は{pt(R['市営住宅使用料','計'])}％で、前年同期の56.2％をやや下回った。長期滞納者には連帯保証人への請求と明渡請求の予告を並行して進める。"),
    ("委員長", AGENDA[1], "資料2のとおり、市営住宅使用料など3債権、計41件の債権放棄について異議はないか。（異議なし）それでは原案のとおり了承する。"),
    ("委員長", AGENDA[2], "次回の令和6年度第3回委員会は令和7年2月に開催を予定している。以上で本日の委員会を閉会する。"),
]


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        v = kw.get(edge)
        if v:
            el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(v)); el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)


def para(doc, text, size=10.5, bold=False, align=None, indent=0):
    p = doc.add_paragraph()
    if align:
        p.alignment = align
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.font.size = Pt(size); r.bold = bold
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]; hp.text = "伊丹市債権管理推進委員会"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    # page number field in footer
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); r.font.size = Pt(9)
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run(); run.font.size = Pt(9)
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)
    r = fp.add_run(" －"); r.font.size = Pt(9)

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "１　日　時　　令和６年１１月２１日（木）午前１０時００分～午前１１時１５分")
    para(doc, "２　場　所　　伊丹市役所　本庁舎３階　庁議室")
    para(doc, "３　出席者")
    para(doc, "委員長　副市長", indent=8)
    para(doc, "委　員　総務部長・市民自治部長・健康福祉部長・こども・若者政策部長・都市活力部長・上下水道局経営企画室長・教育次長", indent=8)
    para(doc, "事務局　納税課長・債権管理担当主幹", indent=8)
    para(doc, "４　議　題")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{i}）{a}", indent=8)
    para(doc, "５　配付資料")
    for m in MATERIALS:
        para(doc, m, indent=8)
    para(doc, "６　議事の経過　　別紙のとおり")
    para(doc, "７　公開・非公開の別　　公開（議題（２）のみ非公開）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # page 2: proceedings
    para(doc, "（別紙）議事の経過", 11, True)
    cur = None
    for sp, sec_, text in STMTS:
        if sec_ != cur and sec_ in AGENDA:
            para(doc, f"【議題（{AGENDA.index(sec_) + 1}）{sec_}】", 10.5, True)
        cur = sec_
        p = para(doc, f"○{sp}　{text}", 10.5)
        p.paragraph_format.first_line_indent = Mm(-4); p.paragraph_format.left_indent = Mm(4)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # page 3: 別表
    para(doc, "別表　令和６年度　主要債権の収納状況（令和６年１０月末現在）", 11, True)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2 + len(ROWS), cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h1 = ["債権名", "区分", "令和６年１０月末", "", "", "前年同期\n(R5.10末)", "増減"]
    h2 = ["", "", "調定額", "収納額", "収納率", "収納率", "(ポイント)"]
    for j, (a, b) in enumerate(zip(h1, h2)):
        t.cell(0, j).text = a; t.cell(1, j).text = b
    t.cell(0, 2).merge(t.cell(0, 4)).text = "令和６年１０月末"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "債権名"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "区分"
    i = 2
    prev = None
    starts = {}
    for dname, s, a, c, p in ROWS:
        vals = [dname if dname != prev else "", s, f"{a:,}", f"{c:,}", pt(R[dname, s]), pt(p), d(round(R[dname, s] - p, 1))]
        for j, v in enumerate(vals):
            t.cell(i, j).text = v
        if dname == prev:
            t.cell(starts[dname], 0).merge(t.cell(i, 0)).text = dname
        else:
            starts[dname] = i
        prev = dname
        i += 1
    for ri, row in enumerate(t.rows):
        for cj, cell in enumerate(row.cells):
            top = 12 if ri == 0 else (6 if ri in (2,) else 2)
            set_cell_border(cell, top=top, bottom=12 if ri == len(t.rows) - 1 else 2)
            for p in cell.paragraphs:
                if cj >= 2 and ri >= 1:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for r in p.runs:
                    r.font.size = Pt(9)
    para(doc, "")
    para(doc, "注１　収納率は、収納額÷調定額により算出し、小数点第２位を四捨五入している。", 8.5)
    para(doc, "注２　保育所保育料及び市営住宅使用料は、現年分と滞納繰越分の合計である。", 8.5)
    para(doc, "注３　増減欄の△は前年同期を下回ったことを示す。", 8.5)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)


def gold():
    facts = []
    # page 2: statements
    r = R
    facts += [
        F("市税", 2024, "10月末", "current", "collection_rate", "interim", r["市税", "現年分"], "percent", f"{pt(r['市税','現年分'])}％", 2, AS_OF),
        F("市税", 2024, "10月末", "arrears", "collection_rate", "interim", r["市税", "滞納繰越分"], "percent", f"{pt(r['市税','滞納繰越分'])}％", 2, AS_OF),
        F("市税", 2023, "前年同期", "arrears", "collection_rate", "interim", 22.9, "percent", "22.9％", 2, AS_OF_P),
        F("市税", 2023, "令和5年度決算", "total", "outstanding", "actual", 634000000, "yen", "約6億3,400万円", 2, None, True),
        F("国民健康保険税", 2024, "10月末", "current", "collection_rate", "interim", r["国民健康保険税", "現年分"], "percent", f"{pt(r['国民健康保険税','現年分'])}％", 2, AS_OF),
        F("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", 43.9, "percent", "43.9％", 2, AS_OF_P),
        F("国民健康保険税", 2024, "10月末", "arrears", "collection_rate", "interim", r["国民健康保険税", "滞納繰越分"], "percent", f"{pt(r['国民健康保険税','滞納繰越分'])}％", 2, AS_OF),
        F("介護保険料", 2024, "10月末", "total", "collection_rate", "interim", r["介護保険料", "現年分"], "percent", f"{pt(r['介護保険料','現年分'])}％", 2, AS_OF),
        F("後期高齢者医療保険料", 2024, "10月末", "total", "collection_rate", "interim", r["後期高齢者医療保険料", "現年分"], "percent", f"{pt(r['後期高齢者医療保険料','現年分'])}％", 2, AS_OF),
        F("保育所保育料", 2024, "10月末", "total", "collection_rate", "interim", r["保育所保育料", "計"], "percent", f"{pt(r['保育所保育料','計'])}％", 2, AS_OF),
        F("市営住宅使用料", 2024, "10月末", "total", "collection_rate", "interim", r["市営住宅使用料", "計"], "percent", f"{pt(r['市営住宅使用料','計'])}％", 2, AS_OF),
        F("市営住宅使用料", 2023, "前年同期", "total", "collection_rate", "interim", 56.2, "percent", "56.2％", 2, AS_OF_P),
    ]
    # page 3: 別表
    for dname, s, a, c, p in ROWS:
        seg = SEG[s]
        facts += [
            F(dname, 2024, "令和６年１０月末", seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", 3, AS_OF),
            F(dname, 2024, "令和６年１０月末", seg, "collected", "interim", c * 1000, "yen", f"{c:,}", 3, AS_OF),
            F(dname, 2024, "令和６年１０月末", seg, "collection_rate", "interim", R[dname, s], "percent", pt(R[dname, s]), 3, AS_OF),
            F(dname, 2023, "前年同期(R5.10末)", seg, "collection_rate", "interim", p, "percent", pt(p), 3, AS_OF_P),
        ]
    minutes = {
        "title": TITLE, "meeting_number": 2, "date": "2024-11-21", "method": None,
        "attendees": [{"role": a, "title": b, "name": None} for a, b in ATT],
        "agenda": AGENDA, "materials": MATERIALS,
        "statements": [{"speaker": sp, "section": sc, "text": tx, "page": 2} for sp, sc, tx in STMTS],
    }
    write_gold(STEM, "minutes", MUNI, TITLE, "2024-11-21", "令和６年１１月２１日", facts, [], minutes)


if __name__ == "__main__":
    build(); gold(); check(STEM)
