"""北潟市（架空） 令和７年度第２回債権管理対策会議 会議録 — python-docx → LibreOffice.

Modelled on 審議会等の会議録 forms (label/value header box, 発言者|発言内容 table) and on council
committee records of 債権管理 (paperzz 四日市市 総務常任委員会 記録), with a 別表 of figures at the end.
"""
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
from f_common import OUT, PDF_DIR, Recorder, finish, to_pdf, zen  # noqa: E402

STEM = "f_kitagata_minutes_1"
CITY = "北潟市"
TITLE = "令和７年度第２回北潟市債権管理対策会議　会議録"
FONT = "IPAex明朝"

# ---------------------------------------------------------------- 別表 data (千円, ％ as printed)
DEBTS = [
    # name, R5 cur, R5 arr, R6 cur, R6 arr, R5末 outstanding(千円), R6末 outstanding
    ("市税", "98.97", "27.1", "99.08", "28.5", 668905, 612487),
    ("国民健康保険税", "93.12", "19.87", "93.61", "21.04", 521744, 489296),
    ("介護保険料", "98.91", "15.6", "99.02", "16.3", 101230, 98412),
    ("後期高齢者医療保険料", "99.41", "44.0", "99.45", "45.2", 20987, 21305),
    ("保育所保育料", "98.20", "22.4", "98.35", "23.9", 39512, 36874),
    ("市営住宅使用料", "95.8", "13.1", "96.1", "12.3", 139406, 142918),
    ("下水道使用料", "98.7", "30.5", "98.9", "31.2", 61880, 57263),
    ("その他", None, None, None, None, 404571, 383640),
]
TOT5 = sum(d[5] for d in DEBTS)
TOT6 = sum(d[6] for d in DEBTS)
assert TOT5 == 1958235 and TOT6 == 1842195


def tri(v: int) -> str:
    return f"{v:,}" if v >= 0 else f"△{-v:,}"


# ---------------------------------------------------------------- header box
HEADER = [
    ("会議名", "令和７年度第２回北潟市債権管理対策会議"),
    ("開催日時", "令和７年８月２６日（火）　午後２時００分から午後３時１０分まで"),
    ("開催場所", "北潟市役所本庁舎５階　第２会議室"),
    ("開催形態", "対面（一部の委員はオンラインにより出席）"),
    ("出席者", "委員長　副市長\n委　員　総務部長・財政部長・市民生活部長・子ども・若者部長・健康福祉部長・"
              "都市整備部長・上下水道局長・教育部長\n事務局　財政部収納推進課長・財政部債権管理担当課長"),
    ("欠席者", "なし"),
    ("議　題", "(1) 令和６年度決算における債権の状況について\n"
              "(2) 令和７年度債権管理重点取組の進捗状況（７月末）について\n"
              "(3) 私債権の放棄に係る報告について"),
    ("配付資料", "資料１　令和６年度　債権別収入未済額等一覧\n"
                "資料２　令和７年度　債権管理重点取組　進捗状況（７月末現在）\n"
                "資料３　令和６年度　私債権の放棄一覧\n"
                "参　考　令和７年度第１回北潟市債権管理対策会議　会議録（令和７年５月２０日開催）"),
    ("公開・非公開", "公開（傍聴者　０人）"),
]
ATTENDEES = ([{"role": "委員長", "title": "副市長"}]
             + [{"role": "委員", "title": t} for t in
                ["総務部長", "財政部長", "市民生活部長", "子ども・若者部長", "健康福祉部長",
                 "都市整備部長", "上下水道局長", "教育部長"]]
             + [{"role": "事務局", "title": "財政部収納推進課長"},
                {"role": "事務局", "title": "財政部債権管理担当課長"}])
AGENDA = ["令和６年度決算における債権の状況について",
          "令和７年度債権管理重点取組の進捗状況（７月末）について",
          "私債権の放棄に係る報告について"]
MATERIALS = ["資料１　令和６年度　債権別収入未済額等一覧",
             "資料２　令和７年度　債権管理重点取組　進捗状況（７月末現在）",
             "資料３　令和６年度　私債権の放棄一覧",
             "参　考　令和７年度第１回北潟市債権管理対策会議　会議録（令和７年５月２０日開催）"]


def build_statements(rec: Recorder):
    """Returns [(section_label, [(speaker, text)])] and records the facts printed in the texts."""
    S1 = "議題(1)　令和６年度決算における債権の状況について"
    S2 = "議題(2)　令和７年度債権管理重点取組の進捗状況（７月末）について"
    S3 = "議題(3)　私債権の放棄に係る報告について"
    d = {n: (c5, a5, c6, a6, o5, o6) for n, c5, a5, c6, a6, o5, o6 in DEBTS}
    F = rec.fact
    secs = []

    # --- section 1
    t_kacho = ("資料１により説明する。令和６年度決算における一般会計及び特別会計の収入未済額は、総額で"
               "約１８億４，２００万円となり、前年度から約１億１，６００万円減少した。\n"
               "市税は、現年課税分の徴収率が" + zen(d["市税"][2]) + "％、滞納繰越分が" + zen(d["市税"][3]) +
               "％となり、収入未済額は約６億１，２５０万円である。国民健康保険税は、現年課税分が" +
               zen(d["国民健康保険税"][2]) + "％、滞納繰越分が" + zen(d["国民健康保険税"][3]) +
               "％で、収入未済額は約４億８，９３０万円となった。いずれも前年度を上回っているが、"
               "国民健康保険税の滞納繰越分は依然として低い水準にある。")
    a = ["資料１により説明する"]
    F(a, debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
      basis="actual", value=1842000000, unit="yen", raw="約１８億４，２００万円", approx=True)
    F(a, debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate",
      basis="actual", value=99.08, unit="percent", raw="９９．０８％")
    F(a, debt="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate",
      basis="actual", value=28.5, unit="percent", raw="２８．５％")
    F(a, debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
      basis="actual", value=612500000, unit="yen", raw="約６億１，２５０万円", approx=True)
    F(a, debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate",
      basis="actual", value=93.61, unit="percent", raw="９３．６１％")
    F(a, debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate",
      basis="actual", value=21.04, unit="percent", raw="２１．０４％")
    F(a, debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
      basis="actual", value=489300000, unit="yen", raw="約４億８，９３０万円", approx=True)

    t_fukushi = ("介護保険料は、現年度分の収納率が" + zen(d["介護保険料"][2]) + "％と、前年度を０．１１ポイント"
                 "上回った。後期高齢者医療保険料は、現年度分が" + zen(d["後期高齢者医療保険料"][2]) +
                 "％、滞納繰越分が" + zen(d["後期高齢者医療保険料"][3]) + "％であった。年金からの特別徴収に"
                 "切り替わるまでの間に未納となる事例が多いため、資格取得時の口座振替勧奨を徹底する。")
    a = ["介護保険料は、現年度分の収納率が"]
    F(a, debt="介護保険料", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate",
      basis="actual", value=99.02, unit="percent", raw="９９．０２％")
    F(a, debt="後期高齢者医療保険料", fy=2024, fy_raw="令和６年度", seg="current",
      metric="collection_rate", basis="actual", value=99.45, unit="percent", raw="９９．４５％")
    F(a, debt="後期高齢者医療保険料", fy=2024, fy_raw="令和６年度", seg="arrears",
      metric="collection_rate", basis="actual", value=45.2, unit="percent", raw="４５．２％")

    t_q1 = "市営住宅使用料は、他の債権と異なり収入未済額が増えている。滞納繰越分が伸びない理由を伺いたい。"
    t_a1 = ("市営住宅使用料は、退去者の滞納分が多く、令和６年度の滞納繰越分の収納率は" +
            zen(d["市営住宅使用料"][3]) + "％にとどまった。滞納者数は２１８人で、このうち退去者が"
            "１３１人を占める。今年度は連帯保証人への請求と支払督促の申立てを計画的に進める。")
    a = ["市営住宅使用料は、退去者の滞納分が多く"]
    F(a, debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate",
      basis="actual", value=12.3, unit="percent", raw="１２．３％")
    F(a, debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total", metric="delinquents",
      basis="actual", value=218, unit="persons", raw="２１８人")
    secs.append((S1, [
        ("委員長", "ただいまから令和７年度第２回北潟市債権管理対策会議を開会する。議題(1)について、事務局から説明をお願いする。"),
        ("収納推進課長", t_kacho),
        ("健康福祉部長", t_fukushi),
        ("委員長", t_q1),
        ("都市整備部長", t_a1),
    ]))

    # --- section 2
    t_tanto = ("資料２により説明する。７月末現在の市税現年課税分の徴収率は３８．４２％で、前年同期の"
               "３７．９６％を０．４６ポイント上回っている。国民健康保険税の現年課税分は２５．１３％"
               "（前年同期２４．８８％）である。滞納整理強化月間を１０月から１２月に設定し、"
               "夜間・休日の電話催告と財産調査を集中的に行う。")
    a = ["資料２により説明する"]
    F(a, debt="市税", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate",
      basis="interim", as_of="2025-07-31", value=38.42, unit="percent", raw="３８．４２％")
    F(a, debt="市税", fy=2024, fy_raw="前年同期", seg="current", metric="collection_rate",
      basis="interim", as_of="2024-07-31", value=37.96, unit="percent", raw="３７．９６％")
    F(a, debt="国民健康保険税", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate",
      basis="interim", as_of="2025-07-31", value=25.13, unit="percent", raw="２５．１３％")
    F(a, debt="国民健康保険税", fy=2024, fy_raw="前年同期", seg="current", metric="collection_rate",
      basis="interim", as_of="2024-07-31", value=24.88, unit="percent", raw="２４．８８％")
    t_kodomo = ("保育所保育料は、７月末の現年度分の収納率が９７．１％で、前年同期並みとなっている。"
                "児童手当からの特別徴収の申出を入所時に勧奨している。")
    a = ["保育所保育料は、７月末の"]
    F(a, debt="保育所保育料", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate",
      basis="interim", as_of="2025-07-31", value=97.1, unit="percent", raw="９７．１％")
    t_gesui = ("下水道使用料は口座振替の利用率が８２％を超えており、７月末の現年度分の収納率は"
               "９６．８％である。引き続き検針時の口座振替勧奨を行う。")
    a = ["下水道使用料は口座振替の利用率が"]
    F(a, debt="下水道使用料", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate",
      basis="interim", as_of="2025-07-31", value=96.8, unit="percent", raw="９６．８％")
    secs.append((S2, [
        ("債権管理担当課長", t_tanto),
        ("子ども・若者部長", t_kodomo),
        ("上下水道局長", t_gesui),
        ("教育部長", "学校給食費は公会計化後２年目となる。７月末時点では大きな滞納の増加はないが、"
                   "就学援助の申請案内と併せて納付相談を行う。"),
    ]))

    # --- section 3
    t_hoki = ("資料３により報告する。北潟市債権管理条例第１３条の規定に基づき、令和６年度は市営住宅使用料等"
              "４債権、計３８件の私債権を放棄した。このうち市営住宅使用料の不納欠損額は３，１２６，４００円で、"
              "いずれも債務者の死亡又は所在不明により回収の見込みがないものである。")
    a = ["資料３により報告する"]
    F(a, debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off",
      basis="actual", value=3126400, unit="yen", raw="３，１２６，４００円")
    secs.append((S3, [
        ("債権管理担当課長", t_hoki),
        ("委員長", "放棄は最後の手段であり、各課においては時効管理と早期の法的措置を徹底してほしい。"
                 "次回の第３回会議は令和８年１月に開催し、令和８年度の重点取組を協議する。以上で閉会する。"),
    ]))
    return secs


# ---------------------------------------------------------------- docx helpers
def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        for i, line in enumerate(text.split("\n")):
            r = p.add_run(line)
            set_font(r, size, bold)
            if i < len(text.split("\n")) - 1:
                r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def cell_text(cell, text, size=10, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.25


def shade(cell, color="E7E6E6"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def widths(table, mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def page_field(paragraph):
    r = paragraph.add_run("－ ")
    set_font(r, 9)
    r = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(r, 9)
    r = paragraph.add_run(" －")
    set_font(r, 9)


def build():
    rec = Recorder()
    secs = build_statements(rec)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("北潟市債権管理対策会議　会議録（令和７年度）")
    set_font(r, 8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, "令和７年９月５日　作成", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "記録者　財政部収納推進課", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=8)
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, 10)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in HEADER:
        row = t.add_row()
        cell_text(row.cells[0], k, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(row.cells[0])
        cell_text(row.cells[1], v, 10)
    widths(t, [30, 136])

    para(doc, "", space_after=4)
    para(doc, "会議の経過", 11, True, space_after=4)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    cell_text(hdr.cells[0], "発言者", 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(hdr.cells[1], "発言内容", 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    shade(hdr.cells[0]); shade(hdr.cells[1])
    repeat_header(hdr)
    statements = []
    for section, items in secs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_text(m, section, 10, True)
        shade(m, "F2F2F2")
        sect_name = section.split("　", 1)[1]
        for spk, text in items:
            row = t.add_row()
            cs = OxmlElement("w:cantSplit")
            row._tr.get_or_add_trPr().append(cs)
            cell_text(row.cells[0], spk, 10.5, False, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], text, 10.5)
            statements.append({"speaker": spk, "section": sect_name, "text": text, "page": None,
                               "_anchors": [], "_find": text[:24]})
    widths(t, [30, 136])
    para(doc, "以　上", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on a new page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和６年度決算）", 12, True, space_after=2)
    para(doc, "（徴収率の単位：％、収入未済額の単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=3, cols=8)
    t.style = "Table Grid"
    h0, h1, h2 = t.rows
    a = h0.cells[0].merge(h2.cells[0]); cell_text(a, "債権名", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    b = h0.cells[1].merge(h0.cells[4]); cell_text(b, "徴収率", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    c = h0.cells[5].merge(h0.cells[7]); cell_text(c, "収入未済額", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    x = h1.cells[1].merge(h1.cells[2]); cell_text(x, "令和5年度", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    y = h1.cells[3].merge(h1.cells[4]); cell_text(y, "令和6年度", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    z = h1.cells[5].merge(h2.cells[5]); cell_text(z, "令和5年度末", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    w = h1.cells[6].merge(h2.cells[6]); cell_text(w, "令和6年度末", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    v = h1.cells[7].merge(h2.cells[7]); cell_text(v, "増減", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, lab in zip(range(1, 5), ["現年分", "滞繰分", "現年分", "滞繰分"]):
        cell_text(h2.cells[i], lab, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for r_ in (h0, h1, h2):
        for cc in r_.cells:
            shade(cc)
    R = WD_ALIGN_PARAGRAPH.RIGHT
    anchor0 = "（徴収率の単位：％、収入未済額の単位：千円）"
    for name, c5, a5, c6, a6, o5, o6 in DEBTS:
        row = t.add_row()
        vals = [name, c5 or "－", a5 or "－", c6 or "－", a6 or "－", f"{o5:,}", f"{o6:,}", tri(o6 - o5)]
        for i, s in enumerate(vals):
            cell_text(row.cells[i], s, 9, False, None if i == 0 else R)
        debt = None if name == "その他" else name
        anc = [anchor0, name]
        if c5:
            for fy, fyr, seg, val in ((2023, "令和5年度", "current", c5), (2023, "令和5年度", "arrears", a5),
                                      (2024, "令和6年度", "current", c6), (2024, "令和6年度", "arrears", a6)):
                rec.fact(anc, debt=debt, debt_raw=name, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate",
                         basis="actual", value=float(val), unit="percent", raw=val)
        rec.fact(anc, debt=debt, debt_raw=name, fy=2023, fy_raw="令和5年度末", seg="total",
                 metric="outstanding", basis="actual", value=o5 * 1000, unit="yen", raw=f"{o5:,}")
        rec.fact(anc, debt=debt, debt_raw=name, fy=2024, fy_raw="令和6年度末", seg="total",
                 metric="outstanding", basis="actual", value=o6 * 1000, unit="yen", raw=f"{o6:,}")
    row = t.add_row()
    vals = ["合計", "－", "－", "－", "－", f"{TOT5:,}", f"{TOT6:,}", tri(TOT6 - TOT5)]
    for i, s in enumerate(vals):
        cell_text(row.cells[i], s, 9, True, None if i == 0 else R)
    anc = [anchor0, "その他", "合計"]
    rec.fact(anc, debt=None, debt_raw="合計", fy=2023, fy_raw="令和5年度末", seg="total",
             metric="outstanding", basis="actual", value=TOT5 * 1000, unit="yen", raw=f"{TOT5:,}")
    rec.fact(anc, debt=None, debt_raw="合計", fy=2024, fy_raw="令和6年度末", seg="total",
             metric="outstanding", basis="actual", value=TOT6 * 1000, unit="yen", raw=f"{TOT6:,}")
    widths(t, [38, 17, 17, 17, 17, 21, 21, 20])
    para(doc, "※　徴収率＝収入済額÷調定額。収入未済額は一般会計及び特別会計の合計で、千円未満を切り捨てている。", 8.5)
    para(doc, "※　「その他」は上記以外の４２債権の合計である。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "kitagata")
    minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-08-26",
               "method": "対面（一部の委員はオンラインにより出席）",
               "attendees": ATTENDEES, "agenda": AGENDA, "materials": MATERIALS,
               "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE,
                "date": "2025-08-26", "date_raw": "令和７年８月２６日（火）"}
    return finish(STEM, pdf, rec, document, minutes=minutes)


if __name__ == "__main__":
    probs = build()
    sys.exit(1 if probs else 0)
