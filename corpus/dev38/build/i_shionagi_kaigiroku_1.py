"""しおなぎ市議会 総務常任委員会記録 (所管事務調査: 債権管理) — python-docx -> LibreOffice.
Family: minutes (さいたま-style 議事要旨 content, printed as another city's council committee record)."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i_common import OUT, PDF, Facts, assign_pages, comma, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "i_shionagi_kaigiroku_1"
CITY = "しおなぎ市"
FONT = "IPAexMincho"

# 別表 data, 千円: debt -> {seg: (調定額, 収入済額, 不納欠損額)}
DEBTS = {
    "市税": {"現年分": (48215432, 47773118, 12406), "滞繰分": (1482615, 452197, 118432)},
    "国民健康保険税": {"現年分": (8934210, 8427655, 3118), "滞繰分": (2215480, 598733, 241906)},
    "介護保険料": {"現年分": (5612904, 5561377, 0), "滞繰分": (132558, 28841, 21339)},
    "後期高齢者医療保険料": {"現年分": (3120775, 3108216, 0), "滞繰分": (24318, 11042, 2107)},
    "市営住宅使用料": {"現年分": (612480, 597114, 0), "滞繰分": (88762, 14905, 6230)},
    "保育所保育料": {"現年分": (1184302, 1171855, 0), "滞繰分": (41276, 9863, 3512)},
    "下水道使用料": {"現年分": (4418650, 4392107, 1204), "滞繰分": (96418, 41766, 8127)},
    "生活保護費返還金": {"現年分": (218734, 96412, 0), "滞繰分": (604187, 31259, 42816)},
}
SEG = {"現年分": "current", "滞繰分": "arrears", "計": "total"}


def rows_of(d):
    out = {}
    for s in ("現年分", "滞繰分"):
        a, c, w = d[s]
        out[s] = (a, c, w, a - c - w)
    out["計"] = tuple(sum(out[s][i] for s in ("現年分", "滞繰分")) for i in range(4))
    return out


TABLE = {k: rows_of(v) for k, v in DEBTS.items()}
TOTAL = {s: tuple(sum(TABLE[k][s][i] for k in TABLE) for i in range(4)) for s in ("現年分", "滞繰分", "計")}


def man_oku(senen: int) -> str:
    """千円 -> 約X億Y,Y00万円 (rounded to 100万円), 全角."""
    man = round(senen / 1000) * 100  # 万円 rounded to 100万
    oku, rest = divmod(man, 10000)
    s = f"{oku}億{rest:,}万円" if rest else f"{oku}億円"
    return zen(s), man * 10000


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=0, hanging_mm=0, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent_mm or hanging_mm:
        pf.left_indent = Mm(indent_mm + hanging_mm)
        pf.first_line_indent = Mm(-hanging_mm)
    return p


def cell_text(cell, text, size=9, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, size, bold)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = align


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def grid(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def page_field(par):
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        r = par.add_run()
        set_font(r, 9)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)


MEMBERS = [("委員長", "石川", "雅之"), ("副委員長", "森", "裕美"), ("委員", "加藤", "隆"), ("委員", "齊藤", "一郎"),
           ("委員", "山口", "恵子"), ("委員", "坂本", "学"), ("委員", "中村", "修")]
STAFF = [("財務部長", "小野", "正樹"), ("財務部次長", "原田", "誠"), ("収納対策課長", "杉山", "浩二"),
         ("債権管理担当課長", "大川", "由美"), ("市民部長", "岡本", "真"), ("保険年金課長", "井上", "健一"),
         ("健康・子ども部長", "長谷川", "聡"), ("まちづくり政策部長", "堀", "和彦")]
SECRETARIAT = [("議事課長", "木村", "智"), ("議事課主査", "佐野", "恵")]
AGENDA = ["債権管理の取組状況について", "令和６年度決算における収入未済額の状況について"]
MATERIALS = ["資料１　債権管理の取組状況（令和７年９月末現在）", "資料２　主な債権の収入状況（令和６年度決算）"]


def build():
    F = Facts()
    t = TABLE["市税"]
    kt = TABLE["国民健康保険税"]
    jt = TABLE["市営住宅使用料"]
    r_cur = rate(t["現年分"][1], t["現年分"][0])
    r_arr = rate(t["滞繰分"][1], t["滞繰分"][0])
    r_tot = rate(t["計"][1], t["計"][0])
    tax_out_s, tax_out_v = man_oku(t["計"][3])
    k_cur = rate(kt["現年分"][1], kt["現年分"][0])
    k_arr = rate(kt["滞繰分"][1], kt["滞繰分"][0])
    j_arr = rate(jt["滞繰分"][1], jt["滞繰分"][0])
    tot_out_s, tot_out_v = man_oku(TOTAL["計"][3])
    wo_s, wo_v = man_oku(TOTAL["計"][2])
    cw_s, cw_v = man_oku(TOTAL["計"][3] + 312400)

    P = lambda v: zen(f"{v:.2f}") + "％"  # noqa: E731

    S = []  # (speaker, section, text, facts[(metric,...)] via callbacks)
    sec1, sec2 = AGENDA
    S.append(("石川委員長", sec1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、お手元の案件のとおり２件を議題といたします。まず、債権管理の取組状況について、理事者から説明を求めます。"))
    S.append(("小野財務部長", sec1, f"財務部長の小野でございます。本市では、債権管理条例に基づき、全庁的な債権管理の適正化に取り組んでおります。去る１１月５日には、副市長を本部長とする令和７年度第２回債権管理推進本部会議を開催し、上半期の取組状況を確認したところでございます。なお、令和６年度決算における本市全体の収入未済額は、一般会計及び特別会計を合わせて約{cw_s}となっております。詳細は担当課長から説明させていただきます。"))
    S.append(("杉山収納対策課長", sec1,
              f"それでは、資料１により市税の状況を御説明いたします。令和６年度決算における市税の収納率は、現年課税分が{P(r_cur)}、滞納繰越分が{P(r_arr)}、合計で{P(r_tot)}となり、前年度の９６．８７％を上回りました。収入未済額は約{tax_out_s}で、前年度に比べ縮減しております。"
              f"次に、令和７年９月末現在の状況でございますが、現年課税分の収納率は５４．６２％で、前年同月の５４．１８％を０．４４ポイント上回っております。滞納繰越分は１９．８５％で、前年同月の１８．９７％と比べ０．８８ポイントの上昇となっております。"
              f"令和７年度の目標収納率は、現年課税分を９９．１０％、滞納繰越分を３２．００％としており、下半期は、年末の滞納整理強化月間における財産調査及び差押えの集中実施、コンビニ納付やスマートフォン決済の周知などにより、目標の達成に努めてまいります。"))
    S.append(("石川委員長", sec1, "説明が終わりました。質疑はありませんか。"))
    S.append(("森委員", sec1, "滞納繰越分の収納率は上がってきているとのことですが、差押えの件数など、具体的な取組の実績を教えてください。"))
    S.append(("杉山収納対策課長", sec1, "令和６年度の差押件数は１，２４８件で、うち預貯金が８割程度を占めております。本年度は９月末までに６０２件の差押えを執行しており、前年同期を上回るペースで推移しております。"))
    S.append(("加藤委員", sec1, "国民健康保険税について、収納率の状況と今後の取組をお伺いします。"))
    S.append(("井上保険年金課長", sec1,
              f"令和６年度決算の国民健康保険税の収納率は、現年分で{P(k_cur)}、滞繰分で{P(k_arr)}でございました。本年９月末の現年分は４１．２７％で、前年同月の４０．８９％を上回っております。令和７年度は、現年分９４．５０％、滞繰分２８．００％を目標とし、口座振替の勧奨と短期被保険者証の更新時の納付相談を継続してまいります。"))
    S.append(("石川委員長", sec2, "次に、令和６年度決算における収入未済額の状況について、説明を求めます。"))
    S.append(("大川債権管理担当課長", sec2,
              f"資料２を御覧ください。主要８債権の収入未済額の合計は約{tot_out_s}、不納欠損額の合計は約{wo_s}でございます。内訳は別表のとおりで、市税及び国民健康保険税で全体の大半を占めております。"))
    S.append(("齊藤委員", sec2, "市営住宅使用料の滞納について、どのように対応されているのか伺います。"))
    S.append(("大川債権管理担当課長", sec2,
              f"市営住宅使用料の滞納繰越分の収納率は{P(j_arr)}にとどまっており、令和６年度末の滞納者数は１２８人でございます。建築住宅課と連携し、３か月以上の滞納者には連帯保証人への通知を行い、改善が見られない場合は法的措置も検討してまいります。"))
    S.append(("石川委員長", sec2, "ほかに質疑はありませんか。――以上で所管事務調査を終了いたします。これをもちまして本日の総務常任委員会を閉会いたします。"))

    # facts printed in the statements (anchor = the speaker turn's first words)
    a3 = "それでは、資料１により市税の状況"
    F.add(a3, "市税", 2024, "令和６年度", "current", "collection_rate", "actual", r_cur, "percent", P(r_cur))
    F.add(a3, "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", r_arr, "percent", P(r_arr))
    F.add(a3, "市税", 2024, "令和６年度", "total", "collection_rate", "actual", r_tot, "percent", P(r_tot))
    F.add(a3, "市税", 2023, "前年度", "total", "collection_rate", "actual", 96.87, "percent", "９６．８７％")
    F.add(a3, "市税", 2024, "令和６年度", "total", "outstanding", "actual", tax_out_v, "yen", "約" + tax_out_s, approx=True)
    F.add(a3, "市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", 54.62, "percent", "５４．６２％", as_of="2025-09-30")
    F.add(a3, "市税", 2024, "前年同月", "current", "collection_rate", "interim", 54.18, "percent", "５４．１８％", as_of="2024-09-30")
    F.add(a3, "市税", 2025, "令和７年９月末", "arrears", "collection_rate", "interim", 19.85, "percent", "１９．８５％", as_of="2025-09-30")
    F.add(a3, "市税", 2024, "前年同月", "arrears", "collection_rate", "interim", 18.97, "percent", "１８．９７％", as_of="2024-09-30")
    F.add(a3, "市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.10, "percent", "９９．１０％")
    F.add(a3, "市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 32.00, "percent", "３２．００％")
    a2 = "財務部長の小野でございます"
    F.add(a2, None, 2024, "令和６年度", "total", "outstanding", "actual", cw_v, "yen", "約" + cw_s, approx=True)
    a8 = "令和６年度決算の国民健康保険税の収納率"
    F.add(a8, "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", k_cur, "percent", P(k_cur))
    F.add(a8, "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", k_arr, "percent", P(k_arr))
    F.add(a8, "国民健康保険税", 2025, "本年９月末", "current", "collection_rate", "interim", 41.27, "percent", "４１．２７％", as_of="2025-09-30")
    F.add(a8, "国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", 40.89, "percent", "４０．８９％", as_of="2024-09-30")
    F.add(a8, "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "target", 94.50, "percent", "９４．５０％")
    F.add(a8, "国民健康保険税", 2025, "令和７年度", "arrears", "collection_rate", "target", 28.00, "percent", "２８．００％")
    a10 = "資料２を御覧ください"
    F.add(a10, None, 2024, "令和６年度", "total", "outstanding", "actual", tot_out_v, "yen", "約" + tot_out_s, approx=True, debt_raw="主要８債権の合計")
    F.add(a10, None, 2024, "令和６年度", "total", "written_off", "actual", wo_v, "yen", "約" + wo_s, approx=True, debt_raw="主要８債権の合計")
    a12 = "市営住宅使用料の滞納繰越分の収納率は"
    F.add(a12, "市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", j_arr, "percent", P(j_arr))
    F.add(a12, "市営住宅使用料", 2024, "令和６年度末", "total", "delinquents", "actual", 128, "persons", "１２８人")

    # ---------------- document ----------------
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("令和７年１１月１８日　総務常任委員会"), 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    page_field(fp)
    set_font(fp.add_run(" －"), 9)

    para(doc, "しおなぎ市議会", 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "総務常任委員会記録", 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　日　　時　　令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　場　　所　　本庁舎７階　第１委員会室")
    para(doc, f"３　出席委員（{zen(str(len(MEMBERS)))}名）")
    tb = doc.add_table(rows=4, cols=4)
    no_borders(tb)
    for i, (role, fam, giv) in enumerate(MEMBERS):
        r, c = divmod(i, 2)
        cell_text(tb.cell(r, c * 2), role, 10)
        cell_text(tb.cell(r, c * 2 + 1), f"{fam}　{giv}", 10)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    tb = doc.add_table(rows=4, cols=4)
    no_borders(tb)
    for i, (title, fam, giv) in enumerate(STAFF):
        r, c = divmod(i, 2)
        cell_text(tb.cell(r, c * 2), title, 10)
        cell_text(tb.cell(r, c * 2 + 1), f"{fam}　{giv}", 10)
    para(doc, "６　事務局職員　　" + "　".join(f"{t}　{f}　{g}" for t, f, g in SECRETARIAT))
    para(doc, "７　案　　件　　所管事務調査")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent_mm=10)
    para(doc, "８　資　　料")
    for m in MATERIALS:
        para(doc, m, indent_mm=10)
    para(doc, "９　会議の経過", space_after=4)
    for i, (spk, section, text) in enumerate(S):
        if i == 0:
            para(doc, f"【所管事務調査（１）{sec1}】", bold=True)
        if i == 8:
            para(doc, f"【所管事務調査（２）{sec2}】", bold=True)
        para(doc, f"○{spk}　{text}", hanging_mm=4, space_after=4)
    para(doc, "午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)

    # 別表: total row first, debt name merged over its three rows, header repeated on the next page
    para(doc, "別表　主な債権の収入状況（令和６年度決算）", 11, bold=True)
    p = para(doc, "（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    order = [("合計", TOTAL)] + [(k, TABLE[k]) for k in TABLE]
    nrows = 1 + 3 * len(order)
    tb = doc.add_table(rows=nrows, cols=7)
    grid(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        cell_text(tb.cell(0, j), h, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tb.rows[0])
    ab = "別表　主な債権の収入状況"
    for bi, (name, rows) in enumerate(order):
        r0 = 1 + 3 * bi
        m = tb.cell(r0, 0).merge(tb.cell(r0 + 2, 0))
        cell_text(m, name, 10)
        for si, seg in enumerate(("現年分", "滞繰分", "計")):
            a, c, w, o = rows[seg]
            rt = rate(c, a)
            cell_text(tb.cell(r0 + si, 1), seg, 10, align=WD_ALIGN_PARAGRAPH.CENTER)
            vals = [comma(a), comma(c), comma(w) if w else "－", comma(o), f"{rt:.2f}"]
            for j, v in enumerate(vals):
                cell_text(tb.cell(r0 + si, 2 + j), v, 10, align=WD_ALIGN_PARAGRAPH.RIGHT)
            debt = None if name == "合計" else name
            sg = SEG[seg]
            F.add(ab, debt, 2024, "令和６年度", sg, "assessed", "actual", a * 1000, "yen", comma(a), debt_raw=name)
            F.add(ab, debt, 2024, "令和６年度", sg, "collected", "actual", c * 1000, "yen", comma(c), debt_raw=name)
            if w:
                F.add(ab, debt, 2024, "令和６年度", sg, "written_off", "actual", w * 1000, "yen", comma(w), debt_raw=name)
            F.add(ab, debt, 2024, "令和６年度", sg, "outstanding", "actual", o * 1000, "yen", comma(o), debt_raw=name)
            F.add(ab, debt, 2024, "令和６年度", sg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}", debt_raw=name)
    for row in tb.rows:
        row.height = Mm(7)
        for j, w in enumerate((34, 14, 26, 26, 22, 24, 16)):
            row.cells[j].width = Mm(w)
    para(doc, "※　収入未済額＝調定額－収入済額－不納欠損額。端数処理の関係で合計が一致しない場合がある。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "shionagi")

    facts = F.items
    errs = assign_pages(pdf, facts, [])
    attendees = [{"role": r, "title": None, "name": f + g} for r, f, g in MEMBERS]
    attendees += [{"role": "説明のため出席した者", "title": t, "name": f + g} for t, f, g in STAFF]
    attendees += [{"role": "事務局職員", "title": t, "name": f + g} for t, f, g in SECRETARIAT]
    minutes = {
        "title": "しおなぎ市議会 総務常任委員会記録",
        "meeting_number": None,
        "date": "2025-11-18",
        "method": None,
        "attendees": attendees,
        "agenda": AGENDA,
        "materials": [m.replace("　", " ") for m in MATERIALS],
        "statements": [{"speaker": s, "section": sec_, "text": t} for s, sec_, t in S],
    }
    document = {"kind": "minutes", "municipality": CITY, "title": "しおなぎ市議会 総務常任委員会記録",
                "date": "2025-11-18", "date_raw": "令和７年１１月１８日（火）"}
    gold, e2 = write_gold(STEM, pdf, document, facts, [], minutes)
    return gold, errs + e2


if __name__ == "__main__":
    g, errs = build()
    print(STEM, "pages", g["source"]["pages"], "facts", len(g["facts"]), "inits", len(g["initiatives"]))
    for e in errs:
        print("  ERR", e)
