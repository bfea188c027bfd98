"""にいかわ市 債権管理推進本部会議 議事概要 (minutes family) — python-docx -> LibreOffice."""
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import F, OUT, ROOT, comma, rate, soffice_pdf, write_gold, zen  # noqa: E402

STEM = "p_niikawa_gijigaiyo_1"
CITY = "にいかわ市"
TITLE = "令和７年度第３回にいかわ市債権管理推進本部会議　議事概要"
AS_OF, AS_OF_PREV = "2025-12-31", "2024-12-31"

# 別表: (debt, segment, 調定額千円, 収入済額千円, 前年同月徴収率)
ROWS = [
    ("市税", "current", 18452360, 15215716, 82.15),
    ("市税", "arrears", 1036480, 290733, 26.90),
    ("国民健康保険税", "current", 4128550, 2424284, 57.90),
    ("国民健康保険税", "arrears", 1312770, 227109, 16.85),
    ("介護保険料", "current", 3205140, 2801293, 87.62),
    ("介護保険料", "arrears", 96310, 12118, 11.95),
    ("後期高齢者医療保険料", "current", 1204880, 1089211, 90.18),
    ("後期高齢者医療保険料", "arrears", 21460, 5902, 24.66),
    ("保育料", "current", 612300, 588420, 95.80),
    ("保育料", "arrears", 18940, 3105, 15.02),
    ("下水道使用料", "current", 1587220, 1301520, 81.77),
    ("下水道使用料", "arrears", 64880, 38540, 58.10),
]
TOTAL_PREV = 75.12
SEGLBL = {"current": "現年", "arrears": "滞繰"}


def R(debt, seg):
    for d, s, a, c, p in ROWS:
        if d == debt and s == seg:
            return rate(c, a), p
    raise KeyError(debt)


def f2(x):
    return f"{x:.2f}"


def zf(x):  # 全角 2 decimals
    return zen(f2(x))


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text, bold=False, size=None, align=None, indent=None, first=None, gothic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2_ = OxmlElement("w:fldChar"); f2_.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2_)


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align


def build():
    facts, statements = [], []
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.text = "にいかわ市総務部収納対策課"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" －")

    para(doc, TITLE, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True)
    para(doc, "")
    para(doc, "１　日　時　　令和８年１月２７日（火）午後２時００分～午後３時１０分")
    para(doc, "２　場　所　　にいかわ市役所本庁舎５階　第２会議室")
    para(doc, "３　出席者")
    para(doc, "本部長：副市長", indent=6)
    para(doc, "副本部長：総務部長", indent=6)
    para(doc, "本部員：企画政策部長・市民生活部長・健康福祉部長・子ども・若者部長・都市整備部長・", indent=6)
    para(doc, "上下水道部長・教育部長", indent=20)
    para(doc, "事務局：収納対策課長・収納対策課債権管理係長", indent=6)
    para(doc, "４　議　題")
    agenda = ["令和７年度 主要債権の収納状況（１２月末現在）について",
              "債権放棄の審議について",
              "令和８年度 にいかわ市債権管理実施計画（案）について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(i)}）{a}", indent=6)
    para(doc, "５　配付資料")
    materials = ["資料１　主要債権の収納状況（令和７年１２月末現在）",
                 "資料２　放棄対象債権一覧（案）",
                 "資料３　令和８年度にいかわ市債権管理実施計画（案）",
                 "参考　令和７年度第２回にいかわ市債権管理推進本部会議　議事概要"]
    for m in materials:
        para(doc, m, indent=6)
    para(doc, "６　会議の概要")

    def stmt(page, speaker, section, paras):
        para(doc, f"〇{speaker}", indent=4, gothic=True)
        for t in paras:
            para(doc, t, indent=8, first=3.5)
        statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page})

    # ---- (1)
    sec1 = agenda[0]
    para(doc, f"（１）{sec1}", indent=2, gothic=True)
    para(doc, "事務局から資料１及び別表に基づき説明を行った。", indent=8, first=3.5)
    sc, sc_p = R("市税", "current")
    sa, sa_p = R("市税", "arrears")
    diff = round(sc - sc_p, 2)
    p1 = [f"市税の１２月末現在の徴収率は、現年課税分が{zf(sc)}％で前年同月比{zf(diff)}ポイントの上昇、"
          f"滞納繰越分は{zf(sa)}％で前年同月（{zf(sa_p)}％）を上回った。",
          "令和６年度決算における全会計の収入未済額は約１８億７，２００万円で、前年度から約１億３００万円縮減した。"
          "このうち市税は約５億８，６００万円である。",
          "なお、令和７年度第２回本部会議（令和７年１０月２１日開催）で報告した滞納整理強化月間の差押件数は、"
          "１，２０４件であった。"]
    stmt(1, "収納対策課長", sec1, p1)
    y, yr = 2025, "令和７年度"
    facts += [F("市税", y, "１２月末現在", "current", "collection_rate", "interim", sc, "percent", f"{zf(sc)}％", 1, AS_OF),
              F("市税", y, "１２月末現在", "arrears", "collection_rate", "interim", sa, "percent", f"{zf(sa)}％", 1, AS_OF),
              F("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", sa_p, "percent", f"{zf(sa_p)}％", 1, AS_OF_PREV),
              F(None, 2024, "令和６年度", "total", "outstanding", "actual", 1872000000, "yen", "約１８億７，２００万円", 1,
                approx=True),
              F("市税", 2024, "令和６年度", "total", "outstanding", "actual", 586000000, "yen", "約５億８，６００万円", 1,
                approx=True)]
    page_break(doc)
    # ---- page 2
    para(doc, "【質疑・意見】", indent=4, gothic=True)
    kc, kc_p = R("国民健康保険税", "current")
    ka, _ = R("国民健康保険税", "arrears")
    cc, cc_p = R("介護保険料", "current")
    p2 = [f"国民健康保険税の現年課税分の徴収率は{zf(kc)}％（前年同月{zf(kc_p)}％）、滞納繰越分は{zf(ka)}％となった。"
          "滞納世帯数は１２月末で２，１１４世帯と、前年同月の２，３０８世帯から減少している。"
          "引き続き、短期被保険者証の更新時に納付相談を行う。",
          f"また、介護保険料の現年分は{zf(cc)}％で、前年同月を僅かに下回っている。"
          "年度途中の資格取得者に対する普通徴収分の早期催告を徹底する。"]
    stmt(2, "健康福祉部長", sec1, p2)
    facts += [F("国民健康保険税", y, "１２月末", "current", "collection_rate", "interim", kc, "percent", f"{zf(kc)}％", 2, AS_OF),
              F("国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", kc_p, "percent", f"{zf(kc_p)}％", 2, AS_OF_PREV),
              F("国民健康保険税", y, "１２月末", "arrears", "collection_rate", "interim", ka, "percent", f"{zf(ka)}％", 2, AS_OF),
              F("国民健康保険税", y, "１２月末", "total", "delinquents", "interim", 2114, "households", "２，１１４世帯", 2, AS_OF),
              F("国民健康保険税", 2024, "前年同月", "total", "delinquents", "interim", 2308, "households", "２，３０８世帯", 2, AS_OF_PREV),
              F("介護保険料", y, "１２月末", "current", "collection_rate", "interim", cc, "percent", f"{zf(cc)}％", 2, AS_OF)]
    stmt(2, "本部長", sec1, ["保育料の滞納繰越分の徴収率が低い水準にある。児童手当からの徴収は進んでいるのか。"])
    hc, _ = R("保育料", "current")
    p3 = [f"保育料の現年分の徴収率は{zf(hc)}％で、前年同月を上回っている。"
          "滞納繰越分の収入未済額は１２月末時点で約１，５８０万円であり、児童手当からの徴収について保護者への申出の働き掛けを強めている。"]
    stmt(2, "子ども・若者部長", sec1, p3)
    facts += [F("保育料", y, "１２月末", "current", "collection_rate", "interim", hc, "percent", f"{zf(hc)}％", 2, AS_OF),
              F("保育料", y, "１２月末時点", "arrears", "outstanding", "interim", 15800000, "yen", "約１，５８０万円", 2, AS_OF,
                approx=True)]
    gc, _ = R("下水道使用料", "current")
    p4 = [f"下水道使用料の現年分は{zf(gc)}％である。水道料金との一括徴収を生かし、給水停止予告と併せた催告を行っている。"]
    stmt(2, "上下水道部長", sec1, p4)
    facts.append(F("下水道使用料", y, "１２月末", "current", "collection_rate", "interim", gc, "percent", f"{zf(gc)}％", 2, AS_OF))
    # ---- (2)
    sec2 = agenda[1]
    para(doc, f"（２）{sec2}", indent=2, gothic=True)
    stmt(2, "収納対策課長", sec2,
         ["資料２のとおり、私債権及び非強制徴収公債権のうち、時効期間の経過や債務者の死亡等により回収の見込みがない計８７件について、"
          "にいかわ市債権管理条例第１４条に基づく放棄を諮った。"])
    stmt(2, "本部長", sec2, ["原案のとおり承認する。放棄した債権については、３月定例会に報告すること。"])
    # ---- (3)
    sec3 = agenda[2]
    para(doc, f"（３）{sec3}", indent=2, gothic=True)
    T = [("市税", "current", "市税現年課税分", 99.20), ("市税", "arrears", "市税滞納繰越分", 30.00),
         ("国民健康保険税", "current", "国民健康保険税現年課税分", 93.50), ("国民健康保険税", "arrears", "同滞納繰越分", 18.50)]
    txt = "令和８年度の目標徴収率は、" + "、".join(f"{lbl}{zf(v)}％" for _, _, lbl, v in T) + \
          "とする案を示した。各部においては、２月１３日までに意見を提出されたい。"
    stmt(2, "収納対策課長", sec3, [txt])
    for d, s, lbl, v in T:
        facts.append(F(d, 2026, "令和８年度", s, "collection_rate", "target", v, "percent", f"{zf(v)}％", 2))
    stmt(2, "市民生活部長", sec3, ["市営住宅使用料についても、次年度は目標徴収率を設定して取り組みたい。"])
    para(doc, "７　その他")
    para(doc, "次回（第４回）は、令和８年５月に開催する予定である。", indent=8, first=3.5)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_break(doc)
    # ---- page 3: 別表
    para(doc, "別表", gothic=True)
    para(doc, "主要債権の収納状況（令和７年１２月末現在）", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True)
    para(doc, "（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    nrow = 2 + 1 + len(ROWS)
    t = doc.add_table(rows=nrow, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(42), Mm(12), Mm(26), Mm(26), Mm(16), Mm(26), Mm(16)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    # header rows
    h = t.rows[0].cells
    a = h[0].merge(t.rows[1].cells[0]); cell_text(a, "債権名")
    b = h[1].merge(t.rows[1].cells[1]); cell_text(b, "区分")
    c = h[2].merge(h[4]); cell_text(c, "令和７年１２月末")
    cell_text(h[5], "令和６年１２月末")
    d = h[6].merge(t.rows[1].cells[6]); cell_text(d, "差")
    for i, lbl in zip(range(2, 6), ["調定額", "収入済額", "徴収率", "徴収率"]):
        cell_text(t.rows[1].cells[i], lbl)
    R_ = lambda v: WD_ALIGN_PARAGRAPH.RIGHT
    # total row first
    ta = sum(r[2] for r in ROWS); tc = sum(r[3] for r in ROWS); tr = rate(tc, ta)
    cells = t.rows[2].cells
    m = cells[0].merge(cells[1]); cell_text(m, "合　計")
    vals = [comma(ta), comma(tc), f2(tr), f2(TOTAL_PREV), f"{tr - TOTAL_PREV:.2f}".replace("-", "△")]
    for i, v in enumerate(vals, 2):
        cell_text(cells[i], v, WD_ALIGN_PARAGRAPH.RIGHT)
    facts += [F(None, y, "令和７年１２月末", "total", "assessed", "interim", ta * 1000, "yen", comma(ta), 3, AS_OF, debt_raw="合計"),
              F(None, y, "令和７年１２月末", "total", "collected", "interim", tc * 1000, "yen", comma(tc), 3, AS_OF, debt_raw="合計"),
              F(None, y, "令和７年１２月末", "total", "collection_rate", "interim", tr, "percent", f2(tr), 3, AS_OF, debt_raw="合計"),
              F(None, 2024, "令和６年１２月末", "total", "collection_rate", "interim", TOTAL_PREV, "percent", f2(TOTAL_PREV), 3,
                AS_OF_PREV, debt_raw="合計")]
    for k, (debt, seg, A, C, P) in enumerate(ROWS):
        ri = 3 + k
        cells = t.rows[ri].cells
        if seg == "current":
            mm = cells[0].merge(t.rows[ri + 1].cells[0])
            cell_text(mm, debt, WD_ALIGN_PARAGRAPH.LEFT)
        r_ = rate(C, A)
        dv = round(r_ - P, 2)
        vals = [SEGLBL[seg], comma(A), comma(C), f2(r_), f2(P), (f"{dv:.2f}" if dv >= 0 else f"△{-dv:.2f}")]
        for i, v in enumerate(vals, 1):
            cell_text(cells[i], v, WD_ALIGN_PARAGRAPH.CENTER if i == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
        fr = "令和７年１２月末"
        facts += [F(debt, y, fr, seg, "assessed", "interim", A * 1000, "yen", comma(A), 3, AS_OF),
                  F(debt, y, fr, seg, "collected", "interim", C * 1000, "yen", comma(C), 3, AS_OF),
                  F(debt, y, fr, seg, "collection_rate", "interim", r_, "percent", f2(r_), 3, AS_OF),
                  F(debt, 2024, "令和６年１２月末", seg, "collection_rate", "interim", P, "percent", f2(P), 3, AS_OF_PREV)]
    para(doc, "")
    para(doc, "※１　徴収率＝収入済額÷調定額×１００（小数点第３位を四捨五入）", size=9)
    para(doc, "※２　「差」は前年同月との比較（ポイント）。△は減を示す。", size=9)
    para(doc, "※３　後期高齢者医療保険料は、広域連合への納付前の市収納分である。", size=9)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    soffice_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "p_docx")
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2026-01-27",
                "date_raw": "令和８年１月２７日（火）"}
    attendees = ([{"role": "本部長", "title": "副市長", "name": None}, {"role": "副本部長", "title": "総務部長", "name": None}]
                 + [{"role": "本部員", "title": x, "name": None} for x in
                    ["企画政策部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "都市整備部長", "上下水道部長", "教育部長"]]
                 + [{"role": "事務局", "title": x, "name": None} for x in ["収納対策課長", "収納対策課債権管理係長"]])
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2026-01-27", "method": None, "attendees": attendees,
               "agenda": agenda, "materials": materials, "statements": statements}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
