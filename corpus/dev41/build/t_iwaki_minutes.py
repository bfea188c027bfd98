"""Minutes of いわき市 債権管理推進本部会議 (python-docx -> LibreOffice).

Run from corpus/dev41:  python3 build/t_iwaki_minutes.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import Gold, WORK, PDF_DIR, zen, rate, tri, page_texts, find_page, report  # noqa: E402

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "t_iwaki_minutes_1"
CITY = "いわき市"
TITLE = "令和７年度第２回いわき市債権管理推進本部会議　会議録"
FONT = "IPAexGothic"
AS_OF = "2025-09-30"
AS_OF_PREV = "2024-09-30"

ATTENDEES = [("本部長", ["副市長"]),
             ("副本部長", ["総務部長"]),
             ("本部員", ["財政部長", "市民協働部長", "保健福祉部長", "こども・家庭部長", "生活環境部長",
                       "土木部長", "都市建設部長", "水道局長", "教育部長"]),
             ("事務局", ["財政部次長", "納税課長", "債権管理室長"])]
AGENDA = ["令和６年度決算における市債権の収入未済額の状況について",
          "令和７年度上半期（９月末）の収納状況について",
          "債権放棄の実施状況及び滞納整理強化月間について"]
MATERIALS = ["資料１　令和６年度決算　債権別収入未済額一覧",
             "資料２　令和７年度上半期　主要債権収納状況報告",
             "資料３　令和７年度　債権放棄実施状況（上半期）"]

S1, S2, S3, S4 = AGENDA[0], AGENDA[1], AGENDA[2], "本部長総括"

# (speaker as printed, section, paragraphs, facts) ; a fact: (raw, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, approx, as_of)
STATEMENTS = [
    ("債権管理室長", S1, [
        "資料１に基づき説明する。令和６年度決算における全会計の収入未済額は約７３億４，０００万円で、前年度と比べて約４億１，２００万円減少した。"
        "債権別では、市税が約２８億６，５００万円、国民健康保険税が約２１億３，８００万円となっており、この２債権で全体の約７割を占めている。"
        "なお、市税の収納率は９７．８％で、前年度比０．６ポイント増となった。"],
     [("約７３億４，０００万円", None, "全会計", 2024, "令和６年度", "total", "outstanding", "actual", 7_340_000_000, "yen", True, None),
      ("約４億１，２００万円減少", None, "全会計", 2024, "令和６年度", "total", "difference", "actual", -412_000_000, "yen", True, None),
      ("約２８億６，５００万円", "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 2_865_000_000, "yen", True, None),
      ("約２１億３，８００万円", "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", 2_138_000_000, "yen", True, None),
      ("９７．８％", "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.8, "percent", False, None),
      ("０．６ポイント増", "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", 0.6, "points", False, None)]),
    ("保健福祉部長", S1, [
        "国民健康保険税については、令和６年度の現年課税分収納率が９３．４２％となり、目標としていた９３．００％以上を達成した。"
        "一方、滞納繰越分の収納率は２４．１％にとどまっている。令和７年度は現年課税分の収納率目標を９３．５０％以上に設定し、"
        "口座振替の加入促進とＳＭＳ催告の対象拡大に取り組んでいる。",
        "介護保険料については、普通徴収の現年度分収入未済額が６８．４百万円となり、前年度から３．２百万円減少した。"
        "年金からの特別徴収に切り替わるまでの間に滞納となる事例が多いため、資格取得時の納付案内を見直した。"],
     [("９３．４２％", "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 93.42, "percent", False, None),
      ("９３．００％", "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "target", 93.00, "percent", False, None),
      ("２４．１％", "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 24.1, "percent", False, None),
      ("９３．５０％", "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", 93.50, "percent", False, None),
      ("６８．４百万円", "介護保険料", "介護保険料", 2024, None, "current", "outstanding", "actual", 68_400_000, "yen", False, None),
      ("３．２百万円減少", "介護保険料", "介護保険料", 2024, None, "current", "difference", "actual", -3_200_000, "yen", False, None)]),
    ("こども・家庭部長", S1, [
        "保育所保育料は、令和７年９月末の現年分収納率が９６．１％で、前年同期比０．８ポイント増となった。"
        "入所時の口座振替登録を原則とした効果が表れていると考えている。滞納繰越分については、児童手当からの申出徴収を積極的に活用している。"],
     [("９６．１％", "保育所保育料", "保育所保育料", 2025, "令和７年９月末", "current", "collection_rate", "interim", 96.1, "percent", False, AS_OF),
      ("０．８ポイント増", "保育所保育料", "保育所保育料", 2025, "令和７年９月末", "current", "difference", "interim", 0.8, "points", False, AS_OF)]),
    ("本部長", S1, [
        "市営住宅使用料は、滞納繰越分の収納率が低い状況が続いている。長期滞納者への対応状況はどうか。"], []),
    ("都市建設部長", S1, [
        "令和６年度末の市営住宅使用料の収入未済額は１億２，３５４万円余で、その大半は退去者の滞納分である。"
        "今年度は、滞納月数が６か月以上の入居者１８世帯に明渡請求の予告を行い、うち１１世帯と分納誓約を締結した。"
        "退去者分については、弁護士法人への回収委託の範囲を拡大する予定である。"],
     [("１億２，３５４万円余", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", 123_540_000, "yen", True, None)]),
    ("本部長", S1, ["水道料金と学校給食費の状況についても説明願いたい。"], []),
    ("水道局長", S1, [
        "水道料金の令和６年度の収納率は９９．２１％（前年度９９．１５％）で、給水停止予告の徹底により改善した。"],
     [("９９．２１％", "水道料金", "水道料金", 2024, "令和６年度", "total", "collection_rate", "actual", 99.21, "percent", False, None),
      ("９９．１５％", "水道料金", "水道料金", 2023, "前年度", "total", "collection_rate", "actual", 99.15, "percent", False, None)]),
    ("教育部長", S1, [
        "学校給食費は公会計化後３年目となり、令和６年度決算の収入未済額は約１，８５０万円である。"
        "就学援助の対象となり得る世帯への制度案内を強化し、新たな滞納の発生を抑えていく。"],
     [("約１，８５０万円", "学校給食費", "学校給食費", 2024, "令和６年度", "total", "outstanding", "actual", 18_500_000, "yen", True, None)]),
    ("納税課長", S2, [
        "資料２に基づき説明する。９月末現在の市税の収納率は、現年課税分が５５．３％、滞納繰越分が２１．７％で、いずれも前年同期を上回った。"
        "現年課税分の収入済額は約２９１億円であり、前年同期と比べて約８億円の増加となっている。各債権の詳細は別表のとおりである。"],
     [("５５．３％", "市税", "市税", 2025, "９月末", "current", "collection_rate", "interim", 55.3, "percent", False, AS_OF),
      ("２１．７％", "市税", "市税", 2025, "９月末", "arrears", "collection_rate", "interim", 21.7, "percent", False, AS_OF),
      ("約２９１億円", "市税", "市税", 2025, "９月末", "current", "collected", "interim", 29_100_000_000, "yen", True, AS_OF),
      ("約８億円の増加", "市税", "市税", 2025, "９月末", "current", "difference", "interim", 800_000_000, "yen", True, AS_OF)]),
    ("副本部長", S2, [
        "上半期は概ね順調に推移しているが、介護保険料の滞納繰越分のように前年同期を下回っている債権もある。"
        "１２月の滞納整理強化月間に向けて、各債権所管課で財産調査の前倒しを図っていただきたい。"], []),
    ("債権管理室長", S3, [
        "資料３に基づき説明する。債権管理条例に基づく債権放棄は、上半期に私債権３債権で計１２件であった。"
        "また、本年１２月を滞納整理強化月間とし、全庁一斉で夜間及び休日の納付相談窓口を開設する。"
        "各債権所管課には、１１月２８日までに強化月間の実施計画を提出していただくようお願いする。"], []),
    ("本部長", S4, [
        "収入未済額は着実に減少しているものの、依然として高い水準にある。"
        "各部局長は所管する債権の状況を自ら把握したうえで、職員の専門性の向上と部局間の情報共有に一層取り組んでいただきたい。"
        "次回の本部会議では、強化月間の実績と令和８年度の数値目標について報告を求める。"], []),
]

# 別表: 令和７年９月末 (千円)  debt -> (current assessed, collected, prev rate), (arrears assessed, collected, prev rate)
BETTAI = [
    ("市税", (52_684_213, 29_138_457, 54.87), (1_986_540, 431_083, 20.95)),
    ("国民健康保険税", (9_842_316, 3_917_240, 39.12), (2_512_880, 398_560, 15.40)),
    ("介護保険料", (8_214_530, 4_452_310, 54.05), (142_860, 19_884, 14.31)),
    ("後期高齢者医療保険料", (4_106_720, 2_260_112, 54.88), (38_420, 9_851, 24.10)),
    ("保育所保育料", (612_480, 588_593, 95.30), (84_215, 9_012, 10.21)),
    ("市営住宅使用料", (518_240, 497_310, 95.71), (123_540, 8_104, 7.02)),
]

def _prev_totals():
    """前年同期の合計収納率: 前年同期の調定額は今年とほぼ同水準として加重平均し、2桁に丸める。"""
    ca = sum(c[0] for _, c, _ in BETTAI); cp = sum(c[0] * c[2] for _, c, _ in BETTAI) * 0.994
    aa = sum(a[0] for _, _, a in BETTAI); ap = sum(a[0] * a[2] for _, _, a in BETTAI) * 1.012
    return (round(cp / ca, 2), round(ap / aa, 2), round((cp + ap) / (ca + aa), 2))


BETTAI_PREV_TOTAL = _prev_totals()   # 合計 前年同期 収納率 (現年, 滞繰, 計)


def set_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def para(doc, text="", size=11, bold=False, indent=0.0, first=0.0, align=None, keep_next=False, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.keep_together = True
    pf.line_spacing = 1.25
    pf.keep_with_next = keep_next
    if align:
        p.alignment = align
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def shade(cell, color="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcpr.append(sh)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, bold)


def build():
    g = Gold(STEM, "minutes", "minutes", CITY, TITLE.replace("　", " "), "2025-11-18", "令和７年１１月１８日（火）")
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("いわき市債権管理推進本部会議（令和７年度第２回）"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); set_font(r, 9)
    r = fp.add_run(); set_font(r, 9); add_field(r, "PAGE")
    r = fp.add_run(" －"); set_font(r, 9)

    para(doc, TITLE, 14, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
    para(doc, "１　日　時　　令和７年１１月１８日（火）午後２時００分から午後３時２０分まで")
    para(doc, "２　場　所　　いわき市役所本庁舎８階　第５会議室")
    n_mem = len(ATTENDEES[2][1])
    para(doc, f"３　出席者（本部長・副本部長・本部員{zen(n_mem)}名・事務局{zen(len(ATTENDEES[3][1]))}名）")
    for role, titles in ATTENDEES:
        lab = role + "　" * (4 - len(role)) + "："
        joined = "・".join(titles)
        para(doc, lab + joined, indent=8, first=0)
    para(doc, "４　欠席者　　なし")
    para(doc, "５　議　題")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(i)}）{a}", indent=6)
    para(doc, "６　配布資料")
    for m in MATERIALS:
        para(doc, m, indent=8)
    para(doc, "７　会議の経過（要旨）", keep_next=True, space_after=4)
    para(doc, "　開会に当たり、事務局（財政部次長）から本部員全員が出席していることを報告し、以降の進行を本部長が務めた。", indent=0, first=0)

    sec_no = {S1: 1, S2: 2, S3: 3, S4: 4}
    current = None
    for speaker, section, paras, _facts in STATEMENTS:
        if section != current:
            current = section
            head = f"（{zen(sec_no[section])}）{section}"
            para(doc, head, bold=True, keep_next=True, space_after=3)
        for k, t in enumerate(paras):
            text = (f"○{speaker}　" + t) if k == 0 else t
            para(doc, text, first=0 if k == 0 else 3.7, keep_next=(k < len(paras) - 1))
    para(doc, "　以上をもって、本日の会議を閉会した。", space_after=8)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 (own page)
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和７年９月末現在）", 11, True, space_after=2)
    para(doc, "（単位：千円、％、ポイント）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    rows = []
    tot = {"current": [0, 0], "arrears": [0, 0]}
    for debt, cur, arr in BETTAI:
        for seg, (a, c, prev) in (("current", cur), ("arrears", arr)):
            rows.append((debt, seg, a, c, rate(c, a), prev))
            tot[seg][0] += a
            tot[seg][1] += c
    ncols = 7
    t = doc.add_table(rows=2, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "債権名")
    b = h0[1].merge(h1[1]); cell_text(b, "区分")
    m = h0[2].merge(h0[4]); cell_text(m, "令和７年９月末")
    cell_text(h1[2], "調定額"); cell_text(h1[3], "収入済額"); cell_text(h1[4], "収納率")
    pm = h0[5]; cell_text(pm, "前年同期"); cell_text(h1[5], "収納率")
    dm = h0[6].merge(h1[6]); cell_text(dm, "増減")
    for c in list(h0) + list(h1):
        shade(c)
    segname = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
    table_rows = [["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期収納率", "増減"]]
    page_bettai = None  # resolved after rendering
    pending = []

    def add_row(label, seg, a_, c_, r_, prev, fy_label):
        cells = t.add_row().cells
        diff = round(r_ - prev, 2)
        vals = [label, segname[seg], f"{a_:,}", f"{c_:,}", f"{r_:.2f}", f"{prev:.2f}", tri(diff)]
        for i, v in enumerate(vals):
            cell_text(cells[i], v, 9, align=WD_ALIGN_PARAGRAPH.CENTER if i < 2 else WD_ALIGN_PARAGRAPH.RIGHT)
        table_rows.append(vals)
        pending.append((label, seg, a_, c_, r_, prev, diff, vals))
        return cells

    first_cells = None
    for i, (debt, seg, a_, c_, r_, prev) in enumerate(rows):
        cells = add_row(debt, seg, a_, c_, r_, prev, None)
        if seg == "current":
            first_cells = cells
        else:
            merged = first_cells[0].merge(cells[0])
            cell_text(merged, debt, 9)
    # 合計 rows
    ta = tot["current"][0] + tot["arrears"][0]
    tc = tot["current"][1] + tot["arrears"][1]
    c1 = add_row("合計", "current", tot["current"][0], tot["current"][1], rate(tot["current"][1], tot["current"][0]), BETTAI_PREV_TOTAL[0], None)
    add_row("合計", "arrears", tot["arrears"][0], tot["arrears"][1], rate(tot["arrears"][1], tot["arrears"][0]), BETTAI_PREV_TOTAL[1], None)
    c3 = add_row("合計", "total", ta, tc, rate(tc, ta), BETTAI_PREV_TOTAL[2], None)
    merged = c1[0].merge(c3[0]); cell_text(merged, "合計", 9, True)
    for row in t.rows[-3:]:
        for c in row.cells:
            shade(c, "F2F2F2")
    widths = [34, 15, 25, 25, 17, 19, 17]
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths[i])
    para(doc, "※　調定額及び収入済額は９月末時点の累計額であり、還付未済額を含まない。", 8.5, space_after=0)
    para(doc, "※　増減は、令和７年９月末の収納率から前年同期の収納率を差し引いたもの（△は減）。", 8.5, space_after=0)
    para(doc, "※　国民健康保険税及び介護保険料の滞繰分には、居所不明等により執行停止中のものを含む。", 8.5, space_after=0)

    docx_path = WORK / f"{STEM}.docx"
    doc.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)],
                   check=True, capture_output=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())

    # ---- gold ----
    texts = page_texts(pdf)
    statements = []
    for speaker, section, paras, facts in STATEMENTS:
        text = "\n".join(paras)
        pg = find_page(texts, text)
        if pg is None:
            print("statement split across pages:", speaker, text[:30])
            pg = find_page(texts, paras[0][:40]) or 1
        statements.append({"speaker": speaker, "section": section, "text": text, "page": pg})
        for raw, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, approx, as_of in facts:
            g.fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, pg, as_of=as_of, approx=approx)
    pb = find_page(texts, "別表主要債権の収納状況")
    for label, seg, a_, c_, r_, prev, diff, vals in pending:
        debt = None if label == "合計" else label
        g.fact(debt, label, 2025, "令和７年９月末", seg, "assessed", "interim", a_ * 1000, "yen", vals[2], pb, as_of=AS_OF)
        g.fact(debt, label, 2025, "令和７年９月末", seg, "collected", "interim", c_ * 1000, "yen", vals[3], pb, as_of=AS_OF)
        g.fact(debt, label, 2025, "令和７年９月末", seg, "collection_rate", "interim", r_, "percent", vals[4], pb, as_of=AS_OF)
        g.fact(debt, label, 2024, "前年同期", seg, "collection_rate", "interim", prev, "percent", vals[5], pb, as_of=AS_OF_PREV)
        g.fact(debt, label, 2025, "令和７年９月末", seg, "difference", "interim", diff, "points", vals[6], pb, as_of=AS_OF)
    g.minutes = {
        "title": TITLE.replace("　", " "), "meeting_number": 2, "date": "2025-11-18", "method": None,
        "attendees": [{"role": role, "title": tt, "name": None} for role, ts in ATTENDEES for tt in ts],
        "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    g.tables.append({"page": pb, "bbox": [0.0, 0.0, 0.0, 0.0], "rows": table_rows,
                     "raw_rows": None, "continued_from": None, "pages": None})
    g.write(pdf)
    report(pdf, g)
    return g


if __name__ == "__main__":
    build()
