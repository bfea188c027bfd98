"""いわき市 債権管理対策会議 会議録 (書面開催) — python-docx -> LibreOffice.

Run from corpus/dev40:  python3 build/q_iwaki_minutes.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import F, ROOT, WORK, comma, rate, soffice_pdf, write_gold, zen  # noqa: E402

STEM = "q_iwaki_minutes_1"
MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
TITLE = "令和７年度第２回いわき市債権管理対策会議　会議録"

# ---------------------------------------------------------------- data
# 別表: debt -> segment -> period -> (調定額千円, 収入済額千円)
PERIODS = [("R7", "令和７年９月末", 2025, "2025-09-30"), ("R6", "令和６年９月末", 2024, "2024-09-30")]


def pair(ass, r):
    return (ass, round(ass * r / 100))


TABLE = [
    # (debt canonical, label printed, {seg: {R7: (ass, col), R6: ...}})
    ("市税", "市税※１", {"current": {"R7": pair(41285600, 56.32), "R6": pair(40612300, 55.91)},
                        "arrears": {"R7": pair(937800, 21.70), "R6": pair(1012400, 20.52)}}),
    ("国民健康保険税", "国民健康保険税", {"current": {"R7": pair(8416200, 43.21), "R6": pair(8603900, 42.38)},
                                "arrears": {"R7": pair(1684500, 18.93), "R6": pair(1802700, 17.49)}}),
    ("介護保険料", "介護保険料", {"current": {"R7": pair(6932400, 58.36), "R6": pair(6871100, 58.07)},
                          "arrears": {"R7": pair(214600, 16.21), "R6": pair(226300, 15.82)}}),
    ("保育所保育料", "保育所保育料", {"current": {"R7": pair(1128700, 91.38), "R6": pair(1176500, 91.72)},
                              "arrears": {"R7": pair(48200, 12.61), "R6": pair(52900, 13.08)}}),
    ("市営住宅使用料", "市営住宅使用料", {"current": {"R7": pair(1042300, 92.07), "R6": pair(1055800, 91.63)},
                                "arrears": {"R7": pair(186400, 9.79), "R6": pair(197200, 9.13)}}),
]
SEGS = [("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")]


def seg_values(d):
    out = {}
    for p, *_ in PERIODS:
        c = d["current"][p]
        a = d["arrears"][p]
        out[p] = {"current": c, "arrears": a, "total": (c[0] + a[0], c[1] + a[1])}
    return out


ROWS = [(debt, label, seg_values(d)) for debt, label, d in TABLE]
TOT = {p: {s: (sum(r[2][p][s][0] for r in ROWS), sum(r[2][p][s][1] for r in ROWS)) for s, _ in SEGS}
       for p, *_ in PERIODS}
ROWS.append((None, "合計", TOT))

# statements: (speaker, section, paragraphs)
SEC1 = "議題（１）令和７年度上半期における主要債権の収納状況について"
SEC2 = "議題（２）債権放棄に関する取扱基準の見直しについて"
STATEMENTS = [
    ("財政部長", SEC1,
     "市税は、９月末現在の収納率が現年課税分で５６．３％、滞納繰越分で２１．７％となり、前年同期比でそれぞれ"
     "０．４ポイント、１．２ポイントの増となった。滞納繰越分の収入未済額は約７億３,４００万円で、引き続き縮減が"
     "進んでいる。下半期は、１０月から１２月を滞納整理強化期間とし、預貯金等の電子照会を活用した差押えを集中的に実施する。"),
    ("保健福祉部長", SEC1,
     "国民健康保険税の現年課税分の収納率は４３．２％で、前年同期比0.8ポイント増となった。新規加入世帯の全てに"
     "口座振替の案内を送付し、納期内納付を勧奨している。滞納繰越分は１８．９％（前年同期１７．５％）であり、"
     "分納不履行者に対する早期の財産調査が効果を上げている。"),
    ("こども・家庭部長", SEC1,
     "保育所保育料は、現年分の収納率が９１．４％と前年同期を０．３ポイント下回った。児童手当からの徴収の申出が"
     "減少したことが要因と考えている。今後は入所決定通知に口座振替依頼書を同封し、納期内納付の環境を整える。"),
    ("土木部長", SEC1,
     "市営住宅使用料は、現年分の収納率が９２．１％（前年同期９１．６％）となった。長期滞納者に対しては明渡し"
     "請求を前提とした最終催告を１５件行い、うち９件で分納誓約を締結した。"),
    ("教育部長", SEC1,
     "学校給食費は、公会計化後３年目となり、現年分の収納率は９８．６％と高い水準を維持している。就学援助の"
     "認定世帯については、援助費からの直接充当を進めている。"),
    ("会長", SEC2,
     "基準の見直しによって、どの程度の収入未済額が整理の対象となる見込みか。また、安易な放棄とならないための"
     "歯止めをどう考えているか伺いたい。"),
    ("債権管理担当課長", SEC2,
     "６年度決算における不納欠損額は、全会計で約２億１,３００万円であった。改正後の基準では、私債権のうち債務者の"
     "所在不明や生活困窮が確認できたものに限って放棄の対象とし、件数で約１,２００件を見込んでいる。放棄に当たっては、"
     "財産調査の結果を記録した調書の作成を必須とし、本会議への報告を義務付ける。"),
    ("市民協働部長", SEC2,
     "所在不明者の調査では、住民票の除票の取得に時間を要する事例がある。調査の手順を全庁で統一してほしい。"),
    ("債権管理担当課長", SEC2,
     "調査の手順は、改正後の取扱基準に様式とあわせて示し、令和８年１月に説明会を開催する予定である。"),
]

ATTENDEES = ([("会長", "副市長"), ("副会長", "総務部長")]
             + [("委員", t) for t in ["財政部長", "市民協働部長", "保健福祉部長", "こども・家庭部長",
                                     "土木部長", "都市建設部長", "生活環境部長", "教育部長"]]
             + [("事務局", "財政部納税課長"), ("事務局", "債権管理担当課長")])


# ---------------------------------------------------------------- docx helpers
def font(run, name=MINCHO, size=10.5, bold=False):
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


def para(doc_or_cell, text="", *, left=0.0, first=0.0, size=10.5, bold=False, name=MINCHO,
         align=None, after=0, before=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Mm(left)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.25
    if align:
        p.alignment = align
    if text:
        font(p.add_run(text), name=name, size=size, bold=bold)
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, *, size=8, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, name=GOTHIC):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    for i, line in enumerate(str(text).split("\n")):
        r = p.add_run(line)
        font(r, name=name, size=size, bold=bold)
        if i < len(str(text).split("\n")) - 1:
            r.add_break()


def page_field(paragraph):
    r = paragraph.add_run("－ ")
    font(r, size=9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    paragraph._p.append(fld)
    r3 = paragraph.add_run(" －")
    font(r3, size=9)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr()
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), MINCHO)
    st.element.rPr.append(rf)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("令和７年度第２回いわき市債権管理対策会議（書面開催）"), size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, TITLE, size=14, bold=True, name=GOTHIC, align=WD_ALIGN_PARAGRAPH.CENTER, after=14)

    H = dict(size=11, bold=True, name=GOTHIC, before=6)
    para(doc, "１　開催方法", **H)
    para(doc, "書面開催", left=7)
    para(doc, "令和７年１１月１８日（火）付けで、会長から各委員に会議資料を送付し、同月２８日（金）までに"
              "意見及び質問を書面により提出を求める方法で開催した。", left=7, first=3.7)
    para(doc, "２　出席者（会長、副会長及び委員８名）", **H)
    para(doc, "※書面による意見等の提出をもって出席とした。", left=7, size=9)
    para(doc, "会　長：副市長", left=7)
    para(doc, "副会長：総務部長", left=7)
    para(doc, "委　員：財政部長・市民協働部長・保健福祉部長・こども・家庭部長・土木部長・", left=7)
    para(doc, "都市建設部長・生活環境部長・教育部長", left=21)
    para(doc, "事務局：財政部納税課長・債権管理担当課長", left=7)
    para(doc, "３　議　題", **H)
    para(doc, "（１）令和７年度上半期における主要債権の収納状況について", left=7)
    para(doc, "（２）債権放棄に関する取扱基準の見直しについて", left=7)
    para(doc, "４　資　料", **H)
    para(doc, "資料１　主要債権の収納状況（令和７年９月末現在）", left=7)
    para(doc, "資料２　いわき市債権放棄に関する取扱基準（改正案）", left=7)
    para(doc, "５　意見及び回答の概要", **H)
    para(doc, "（１）" + SEC1[5:], left=7, bold=True, name=GOTHIC)
    para(doc, "ア　各委員からの報告（所管債権の状況）", left=10)
    cur = None
    for i, (spk, sec_, text) in enumerate(STATEMENTS):
        if sec_ != cur and sec_ == SEC2:
            para(doc, "（２）" + SEC2[5:], left=7, bold=True, name=GOTHIC, before=6)
            para(doc, "ア　質疑及び意見", left=10)
        cur = sec_
        para(doc, "○" + spk, left=12, before=3)
        para(doc, text, left=16, first=3.7)
    para(doc, "６　結　果", **H)
    para(doc, "議題（１）は報告のとおり了承された。議題（２）は、意見を踏まえて様式を整えた上で、"
              "令和８年４月１日から施行することとされた。", left=7, first=3.7)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)

    # ---------------- 別表 (new page)
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和７年９月末現在）", size=11.5, bold=True, name=GOTHIC)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    nrow = 2 + len(ROWS) * 3
    t = doc.add_table(rows=nrow, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [22, 14, 21, 21, 13, 21, 21, 13, 14]
    t.autofit = False
    grid = t._tbl.tblGrid
    for w, gc in zip(widths, grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        row.height = Mm(6.2)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for w, c in zip(widths, row.cells):
            c.width = Mm(w)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for c in (h0[0], h0[1], h0[8]):
        pass
    m = h0[0].merge(h1[0]); cell_text(m, "債権名", bold=True); shade(m)
    m = h0[1].merge(h1[1]); cell_text(m, "区分", bold=True); shade(m)
    m = h0[2].merge(h0[4]); cell_text(m, "令和７年９月末", bold=True); shade(m)
    m = h0[5].merge(h0[7]); cell_text(m, "令和６年９月末（前年同期）", bold=True); shade(m)
    m = h0[8].merge(h1[8]); cell_text(m, "収納率\nの差", bold=True); shade(m)
    for j, lab in zip(range(2, 8), ["調定額※２", "収入済額", "収納率"] * 2):
        cell_text(h1[j], lab, bold=True); shade(h1[j])
    # mark header rows as repeating
    for r in (t.rows[0], t.rows[1]):
        trpr = r._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
    facts = []
    R = WD_ALIGN_PARAGRAPH.RIGHT
    for k, (debt, label, vals) in enumerate(ROWS):
        r0 = 2 + 3 * k
        m = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
        cell_text(m, label, align=WD_ALIGN_PARAGRAPH.LEFT, bold=debt is None)
        if debt is None:
            shade(m, "F2F2F2")
        for s_i, (seg, seglab) in enumerate(SEGS):
            ri = r0 + s_i
            cells = t.rows[ri].cells
            cell_text(cells[1], seglab)
            rates = {}
            for p_i, (p, praw, fy, asof) in enumerate(PERIODS):
                ass, col = vals[p][seg]
                rt = rate(col, ass)
                rates[p] = rt
                a_raw, c_raw, r_raw = comma(ass), comma(col), f"{rt:.1f}"
                base = 2 + 3 * p_i
                cell_text(cells[base], a_raw, align=R)
                cell_text(cells[base + 1], c_raw, align=R)
                cell_text(cells[base + 2], r_raw, align=R)
                dr = "合計" if debt is None else label.replace("※１", "")
                anchor = a_raw + c_raw
                for metric, v, raw, unit in (("assessed", ass * 1000, a_raw, "yen"),
                                             ("collected", col * 1000, c_raw, "yen"),
                                             ("collection_rate", rt, r_raw, "percent")):
                    facts.append(F(debt, dr, fy, praw, seg, metric, "interim", v, unit, raw,
                                   as_of=asof, anchor=anchor))
            d = round(rates["R7"] - rates["R6"], 1)
            cell_text(cells[8], ("△" if d < 0 else "") + f"{abs(d):.1f}", align=R)
            if debt is None:
                for c in cells[1:]:
                    shade(c, "F2F2F2")
    para(doc, "", size=4)
    notes = ["※１　市税は国民健康保険税を含まない。",
             "※２　調定額は９月末までに調定した額であり、滞納繰越分は繰越調定額である。",
             "※３　生活保護費返還金は本表に含めていない。同返還金の９月末現在の収入未済額は４１２,８０６千円である。",
             "※４　収納率の差は、令和７年９月末の収納率から前年同期の収納率を差し引いたもの（ポイント）。"]
    for n in notes:
        para(doc, n, size=8.5, left=4, first=-4)
    facts.append(F("生活保護費返還金", "生活保護費返還金", 2025, "令和７年９月末", "total", "outstanding",
                   "interim", 412806000, "yen", "４１２,８０６千円", as_of="2025-09-30"))

    # ---------------- facts in running text (statements)
    S = "2025-09-30"
    tf = [
        F("市税", "市税", 2025, None, "current", "collection_rate", "interim", 56.3, "percent", "５６．３％", as_of=S),
        F("市税", "市税", 2025, None, "arrears", "collection_rate", "interim", 21.7, "percent", "２１．７％", as_of=S),
        F("市税", "市税", 2025, None, "arrears", "outstanding", "interim", 734000000, "yen", "約７億３,４００万円",
          as_of=S, approx=True),
        F("国民健康保険税", "国民健康保険税", 2025, None, "current", "collection_rate", "interim", 43.2, "percent",
          "４３．２％", as_of=S),
        F("国民健康保険税", "国民健康保険税", 2025, None, "arrears", "collection_rate", "interim", 18.9, "percent",
          "１８．９％", as_of=S),
        F("国民健康保険税", "国民健康保険税", 2024, "前年同期", "arrears", "collection_rate", "interim", 17.5,
          "percent", "１７．５％", as_of="2024-09-30"),
        F("保育所保育料", "保育所保育料", 2025, None, "current", "collection_rate", "interim", 91.4, "percent",
          "９１．４％", as_of=S),
        F("市営住宅使用料", "市営住宅使用料", 2025, None, "current", "collection_rate", "interim", 92.1, "percent",
          "９２．１％", as_of=S),
        F("市営住宅使用料", "市営住宅使用料", 2024, "前年同期", "current", "collection_rate", "interim", 91.6,
          "percent", "９１．６％", as_of="2024-09-30"),
        F("学校給食費", "学校給食費", 2025, None, "current", "collection_rate", "interim", 98.6, "percent",
          "９８．６％", as_of=S),
        F(None, "全会計", 2024, "６年度", "total", "written_off", "actual", 213000000, "yen", "約２億１,３００万円",
          approx=True),
    ]
    # text facts are placed by the statement that holds them (page of the statement)
    hosts = [0, 0, 0, 1, 1, 1, 2, 3, 3, 4, 6]
    for f, h in zip(tf, hosts):
        f["_anchor"] = STATEMENTS[h][2][:60]
    facts = tf + facts

    docx_path = WORK / f"{STEM}.docx"
    doc.save(docx_path)
    pdf_tmp = soffice_pdf(docx_path)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    shutil.copy(pdf_tmp, pdf)

    statements = [{"speaker": s, "section": sec_, "text": txt, "page": None} for s, sec_, txt in STATEMENTS]
    minutes = {
        "title": "令和7年度第2回いわき市債権管理対策会議 会議録",
        "meeting_number": 2,
        "date": "2025-11-18",
        "method": "書面開催",
        "attendees": [{"role": r, "title": t, "name": None} for r, t in ATTENDEES],
        "agenda": ["令和7年度上半期における主要債権の収納状況について",
                   "債権放棄に関する取扱基準の見直しについて"],
        "materials": ["主要債権の収納状況(令和7年9月末現在)", "いわき市債権放棄に関する取扱基準(改正案)"],
        "statements": statements,
    }
    document = {"kind": "minutes", "family": "minutes", "municipality": "いわき市",
                "title": "令和7年度第2回いわき市債権管理対策会議 会議録",
                "date": "2025-11-18", "date_raw": "令和７年１１月１８日（火）"}
    write_gold(STEM, pdf, document, facts, [], minutes=minutes)


if __name__ == "__main__":
    build()
