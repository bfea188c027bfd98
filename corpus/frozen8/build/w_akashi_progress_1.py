"""明石市債権徴収計画（達成状況）令和６年度 — python-docx -> LibreOffice. Writes pdf + gold."""
from __future__ import annotations

import sys
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from w_common import OUT, PDF, Gold, check, rate, sen, to_pdf, zen  # noqa: E402

STEM = "w_akashi_progress_1"
FONT = "IPAex明朝"
GOTH = "IPAexゴシック"

# amounts in 千円: (current assessed, current collected, current written off,
#                   arrears assessed, arrears collected, arrears written off)
# targets: (current rate target, arrears rate target, outstanding target 千円)
DEBTS = [
    ("市税", "納税課", (41236512, 40901877, 0, 1733480, 489214, 121307), ("99.10", "28.00", 1480000)),
    ("国民健康保険料", "国民健康保険課", (6823411, 6426958, 0, 1598214, 362107, 218450), ("94.50", "22.50", 1430000)),
    ("介護保険料", "介護保険課", (6120338, 6058107, 0, 143229, 31762, 28911), ("99.00", "22.00", 148000)),
    ("後期高齢者医療保険料", "医療保険課", (3354120, 3341802, 0, 27740, 12458, 2110), ("99.60", "45.00", 27000)),
    ("保育料", "こども育成室", (1184559, 1176220, 0, 52481, 11972, 6115), ("99.30", "24.00", 44000)),
    ("市営住宅使用料", "住宅課", (1402783, 1386905, 0, 238114, 27346, 9870), ("98.80", "12.00", 205000)),
    ("下水道使用料", "下水道室", (4418306, 4379842, 0, 61047, 33511, 4230), ("99.20", "55.00", 60000)),
    ("学校給食費", "学校給食課", (1507227, 1502990, 0, 18835, 3977, 1204), ("99.80", "20.00", 17000)),
    ("高校生等奨学金貸付金", "教育総務課", (41280, 33870, 0, 108244, 9121, 0), ("85.00", "10.00", 102000)),
    ("住宅資金貸付金", "人権推進課", (23418, 11204, 0, 496301, 18330, 0), ("50.00", "4.00", 480000)),
    ("生活保護費返還金", "生活福祉課", (212406, 106311, 0, 684120, 29807, 40118), ("52.00", "5.00", 690000)),
    ("児童扶養手当返還金", "児童福祉課", (8114, 3050, 0, 31552, 2219, 0), ("40.00", "8.00", 33000)),
    ("母子父子寡婦福祉資金貸付金", "子育て支援室", (61208, 50874, 0, 187402, 14020, 3122), ("85.00", "8.00", 178000)),
]

# previous year (令和5年度) totals for the detail debts, 千円: assessed, collected, written off
PREV = {
    "市税": (42871030, 41346229, 139846),
    "国民健康保険料": (8611290, 6854003, 209322),
    "市営住宅使用料": (1651920, 1401533, 11460),
}

DETAIL = {
    "市税": [
        ("ア", "納期限後20日以内の督促状発付と、督促後の早期の文書・電話催告を徹底し、現年度分の滞納繰越を抑制する。", "継続", False),
        ("イ", "給与・預貯金等の財産調査を電子照会により迅速に行い、納付資力のある滞納者には差押えを執行する。", "拡充", False),
        ("ウ", "スマートフォン決済アプリによる納付に加え、納付書のQRコードによる地方税統一納付の周知を図る。", "新規", True),
    ],
    "国民健康保険料": [
        ("ア", "資格取得時の口座振替の勧奨を窓口で徹底し、口座振替率の向上を図る。", "継続", False),
        ("イ", "短期被保険者証の交付時に納付相談を行い、分納誓約の不履行者には速やかに滞納処分を行う。", "継続", False),
        ("ウ", "保険者間調整を活用し、資格喪失後受診による返還金の回収を進める。", "拡充", True),
    ],
    "市営住宅使用料": [
        ("ア", "滞納が３か月に達した入居者に対し、指定管理者と連携して臨戸訪問と納付指導を行う。", "継続", False),
        ("イ", "任期付弁護士職員の助言のもと、長期高額滞納者に対する明渡請求訴訟を提起する。", "拡充", False),
        ("ウ", "退去者の滞納分については支払督促の申立てを行い、連帯保証人にも請求する。", "継続", True),
    ],
}

KEY_INITS = [
    ("①", "徴収率向上の基本として、現年度分の期限内納付を促し、滞納となった場合には速やかな督促・催告を徹底して、次年度への滞納繰越を発生させないよう取り組みます。"),
    ("②", "任期付弁護士職員を活用し、貸付金等の長期滞留事案の内容を精査したうえで、支払督促の申立てなどの法的手続を積極的に行います。"),
    ("③", "徴収の見込みがない債権については、債権管理条例に基づく放棄を含め、適正な整理を計画的に進めます。"),
]
VERIFY = [
    ("①", "市税、国民健康保険料などでは、督促・催告の早期化と保険者間調整の活用により、現年度分の徴収率が前年度を上回りました。引き続き、有効な防止策を他の債権にも広げていきます。"),
    ("②", "住宅資金貸付金、市営住宅使用料などでは、支払督促の申立てや担保権の実行による回収を行い、一定の成果がありました。一方、少額の債権では費用対効果の面から法的措置に至らないものがあります。"),
    ("③", "生活保護費返還金などで、時効の完成した債権や執行停止後３年を経過した債権の不納欠損処理を行いました。"),
]


def set_font(run, name=FONT, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text, size=10.5, bold=False, align=None, name=FONT, indent=None, space_after=2):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    set_font(r, name, size, bold)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def cell_text(cell, text, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, name=FONT):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, name, size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def page_field(paragraph):
    r = paragraph.add_run("－ ")
    set_font(r, FONT, 9)
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
    r = paragraph.add_run(" －")
    set_font(r, FONT, 9)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def oku_man(yen: int) -> tuple[str, int]:
    """約48億2,300万円 (rounded to 100万円)"""
    r = int((Decimal(yen) / Decimal(1_000_000)).quantize(Decimal(1))) * 1_000_000
    oku, rest = divmod(r, 100_000_000)
    man = rest // 10_000
    return f"約{oku}億{man:,}万円", r


def build():
    g = Gold(STEM, "progress_report", "明石市", "明石市債権徴収計画（達成状況） 令和６年度", "2025-09-01", "令和７年９月")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("明石市債権徴収計画（達成状況）"), FONT, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, "明石市債権徴収計画（達成状況）", 16, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, space_after=4)
    para(doc, "令和６年度", 13, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, space_after=10)
    para(doc, "令和７年９月", 10.5, False, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "明石市財務局 債権管理課", 10.5, False, WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)

    # totals
    outs = {}
    for name, dept, a, t in DEBTS:
        ca, cc, cw, aa, ac, aw = a
        outs[name] = (ca - cc - cw) + (aa - ac - aw)
    total_out = sum(outs.values())
    total_tgt = sum(t[2] for _, _, _, t in DEBTS)
    text_total, text_val = oku_man(total_out * 1000)
    prev_total = sum(v[0] - v[1] - v[2] for v in PREV.values())

    para(doc, "１　はじめに", 12, True, name=GOTH, space_after=4)
    para(doc, "　このたび、令和６年度の決算がまとまりましたので、「明石市債権の管理に関する条例施行規則」"
              "第３条第２項の規定に基づき、令和６年度の徴収計画の達成状況を公表します。", indent=2)
    para(doc, f"　令和６年度決算における対象１３債権の収入未済額の合計は{text_total}となり、"
              f"目標額の合計を{'わずかに上回る' if total_out > total_tgt else '下回る'}結果となりました。債権ごとの状況は次のとおりです。", indent=2,
         space_after=8)
    g.fact(1, None, 2024, "令和６年度", "total", "outstanding", "actual", text_val, "yen", text_total,
           approx=True, debt_raw=None)

    para(doc, "２　令和６年度 具体的な取り組み", 12, True, name=GOTH, space_after=4)
    for lab, txt in KEY_INITS:
        para(doc, f"{lab}　{txt}", indent=4)
        g.init(1, None, 2024, "令和６年度 具体的な取り組み", lab, txt)
    para(doc, "", 6)
    para(doc, "検証", 11, True, name=GOTH, indent=2, space_after=3)
    for lab, txt in VERIFY:
        para(doc, f"{lab}　{txt}", indent=4)

    # page 2: achievement table
    doc.add_page_break()
    para(doc, "３　債権別の達成状況", 12, True, name=GOTH, space_after=4)
    para(doc, "表１　令和６年度 徴収率及び収入未済額の目標と実績", 10.5, True, name=GOTH, space_after=1)
    para(doc, "（単位：％、千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    tbl = doc.add_table(rows=2, cols=9)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(38), Mm(24), Mm(12.5), Mm(12.5), Mm(12.5), Mm(12.5), Mm(21), Mm(21), Mm(9)]
    h0, h1 = tbl.rows[0].cells, tbl.rows[1].cells
    cell_text(h0[0].merge(h1[0]), "債権名", 8.5, bold=True)
    cell_text(h0[1].merge(h1[1]), "所管課", 8.5, bold=True)
    cell_text(h0[2].merge(h0[3]), "徴収率（現年度分）", 8.5, bold=True)
    cell_text(h0[4].merge(h0[5]), "徴収率（滞納繰越分）", 8.5, bold=True)
    cell_text(h0[6].merge(h0[7]), "収入未済額", 8.5, bold=True)
    cell_text(h0[8].merge(h1[8]), "評価", 8.5, bold=True)
    for i, lab in ((2, "目標"), (3, "実績"), (4, "目標"), (5, "実績"), (6, "目標"), (7, "実績")):
        cell_text(h1[i], lab, 8.5, bold=True)
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])
    rows_meta = []
    for name, dept, a, t in DEBTS:
        ca, cc, cw, aa, ac, aw = a
        cr, ar = rate(cc, ca), rate(ac, aa)
        ev = "◎" if (cr >= Decimal(t[0]) and outs[name] <= t[2]) else ("○" if cr >= Decimal(t[0]) else "△")
        cells = tbl.add_row().cells
        vals = [name, dept, t[0], str(cr), t[1], str(ar), sen(t[2]), sen(outs[name]), ev]
        for i, v in enumerate(vals):
            cell_text(cells[i], v, 8.5, WD_ALIGN_PARAGRAPH.LEFT if i < 2 else (
                WD_ALIGN_PARAGRAPH.RIGHT if i < 8 else WD_ALIGN_PARAGRAPH.CENTER))
        rows_meta.append((name, t, cr, ar))
    cells = tbl.add_row().cells
    ca_t = sum(d[2][0] for d in DEBTS)
    cc_t = sum(d[2][1] for d in DEBTS)
    aa_t = sum(d[2][3] for d in DEBTS)
    ac_t = sum(d[2][4] for d in DEBTS)
    tot_cr, tot_ar = rate(cc_t, ca_t), rate(ac_t, aa_t)
    for i, v in enumerate(["合計", "", "－", str(tot_cr), "－", str(tot_ar), sen(total_tgt), sen(total_out), ""]):
        cell_text(cells[i], v, 8.5, WD_ALIGN_PARAGRAPH.CENTER if i < 2 else WD_ALIGN_PARAGRAPH.RIGHT, bold=(i == 0))
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    para(doc, "※　評価　◎：現年度分徴収率・収入未済額とも目標達成　○：現年度分徴収率のみ目標達成　△：未達成", 8.5)
    para(doc, "※　徴収率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）", 8.5, space_after=8)

    # the table is on page 2 (one page); record facts after we know the layout (checked below)
    table_page = 2
    for name, t, cr, ar in rows_meta:
        g.fact(table_page, name, 2024, "令和６年度", "current", "collection_rate", "target", float(t[0]), "percent", t[0])
        g.fact(table_page, name, 2024, "令和６年度", "current", "collection_rate", "actual", float(cr), "percent", str(cr))
        g.fact(table_page, name, 2024, "令和６年度", "arrears", "collection_rate", "target", float(t[1]), "percent", t[1])
        g.fact(table_page, name, 2024, "令和６年度", "arrears", "collection_rate", "actual", float(ar), "percent", str(ar))
        g.fact(table_page, name, 2024, "令和６年度", "total", "outstanding", "target", t[2] * 1000, "yen", sen(t[2]))
        g.fact(table_page, name, 2024, "令和６年度", "total", "outstanding", "actual", outs[name] * 1000, "yen", sen(outs[name]))
    g.fact(table_page, None, 2024, "令和６年度", "current", "collection_rate", "actual", float(tot_cr), "percent", str(tot_cr), debt_raw="合計")
    g.fact(table_page, None, 2024, "令和６年度", "arrears", "collection_rate", "actual", float(tot_ar), "percent", str(tot_ar), debt_raw="合計")
    g.fact(table_page, None, 2024, "令和６年度", "total", "outstanding", "target", total_tgt * 1000, "yen", sen(total_tgt), debt_raw="合計")
    g.fact(table_page, None, 2024, "令和６年度", "total", "outstanding", "actual", total_out * 1000, "yen", sen(total_out), debt_raw="合計")

    # page 3-4: details per debt
    doc.add_page_break()
    para(doc, "４　主な債権の状況と令和７年度の取組", 12, True, name=GOTH, space_after=6)
    detail_pages = {"市税": 3, "国民健康保険料": 3, "市営住宅使用料": 4}
    for k, name in enumerate(DETAIL):
        if k == 2:
            doc.add_page_break()
        dept = next(d[1] for d in DEBTS if d[0] == name)
        pg = detail_pages[name]
        para(doc, f"（{zen(k + 1)}）債権ごとの状況（{name}）", 11, True, name=GOTH, space_after=2)
        para(doc, f"所管課：{dept}", 9.5, indent=4, space_after=2)
        para(doc, "決算の状況（単位：千円）", 9.5, align=WD_ALIGN_PARAGRAPH.LEFT, indent=4, space_after=1)
        a = next(d[2] for d in DEBTS if d[0] == name)
        cur = (a[0] + a[3], a[1] + a[4], a[2] + a[5])
        prv = PREV[name]
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(["区分", "令和５年度", "令和６年度", "増減"]):
            cell_text(t.rows[0].cells[i], h, 9, bold=True)
        rows = [("調定額", "assessed", prv[0], cur[0]), ("収入済額", "collected", prv[1], cur[1]),
                ("不納欠損額", "written_off", prv[2], cur[2]),
                ("収入未済額", "outstanding", prv[0] - prv[1] - prv[2], cur[0] - cur[1] - cur[2])]
        for lab, metric, p, c in rows:
            cells = t.add_row().cells
            for i, v in enumerate([lab, sen(p), sen(c), sen(c - p)]):
                cell_text(cells[i], v, 9, WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
            g.fact(pg, name, 2023, "令和５年度", "total", metric, "actual", p * 1000, "yen", sen(p))
            g.fact(pg, name, 2024, "令和６年度", "total", metric, "actual", c * 1000, "yen", sen(c))
        assert rows[3][3] == outs[name]
        pr, cr = rate(prv[1], prv[0]), rate(cur[1], cur[0])
        cells = t.add_row().cells
        d = cr - pr
        for i, v in enumerate(["徴収率（％）", str(pr), str(cr), (f"{d}" if d >= 0 else f"△{-d}")]):
            cell_text(cells[i], v, 9, WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(pg, name, 2023, "令和５年度", "total", "collection_rate", "actual", float(pr), "percent", str(pr))
        g.fact(pg, name, 2024, "令和６年度", "total", "collection_rate", "actual", float(cr), "percent", str(cr))
        for row in t.rows:
            for i, w in enumerate([Mm(40), Mm(32), Mm(32), Mm(28)]):
                row.cells[i].width = w
        para(doc, "", 4)
        para(doc, "令和７年度の取組", 10, True, name=GOTH, indent=4, space_after=2)
        for lab, txt, st, wrap in DETAIL[name]:
            p = para(doc, f"{lab}　{txt}", 10, indent=6)
            if wrap:
                p.add_run().add_break()
                r = p.add_run(f"【{st}】")
            else:
                r = p.add_run(f"【{st}】")
            set_font(r, FONT, 10)
            g.init(pg, name, 2025, "令和７年度の取組", lab, txt, st)
        para(doc, "", 6)

    para(doc, "５　今後の方針", 12, True, name=GOTH, space_after=4)
    para(doc, "　引き続き、各債権の所管課と債権管理課が連携し、現年度分の確実な徴収と滞納債権の縮減に取り組み、"
              "市民負担の公平性の確保と財源の確保に努めます。", indent=2)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_akashi")
    g.write(pdf)
    return pdf


if __name__ == "__main__":
    build()
    print(check(STEM))
