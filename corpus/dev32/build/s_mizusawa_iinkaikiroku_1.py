"""みずさわ市 総務財政常任委員会記録 (council committee record on 債権管理), python-docx -> LibreOffice.

Modelled on council committee records of other cities (○委員長 / ○部長 speaker markers, 所管事務調査 債権管理),
e.g. a 総務常任委員会 record (paperzz.com/doc/5464832) and 仙台市議会 委員会 records (chiholog.net).
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
from s_common import (OUT, PDF_DIR, Facts, check, comma, page_texts, pct, rate, resolve_pages, to_pdf,  # noqa: E402
                      write_gold, zen)

STEM = "s_mizusawa_iinkaikiroku_1"
CITY = "みずさわ市"
TITLE = "総務財政常任委員会記録"
FY = 2024  # 令和6年度決算

# 千円: (assessed, collected, written_off) per segment
DEBTS = [
    ("市税", (28_415_320, 28_165_530, 0), (1_286_440, 404_585, 96_210)),
    ("国民健康保険税", (5_842_610, 5_513_236, 0), (1_512_880, 364_604, 142_330)),
    ("介護保険料", (4_905_770, 4_872_145, 0), (118_460, 21_730, 19_880)),
    ("後期高齢者医療保険料", (2_418_930, 2_410_210, 0), (24_350, 9_118, 2_040)),
    ("保育所保育料", (812_440, 806_310, 0), (46_220, 7_015, 4_600)),
    ("下水道使用料", (3_254_180, 3_235_077, 0), (41_930, 13_240, 3_110)),
]
# 9月末 現年分 収納率: (R7, R6)
SEPT = {"市税": (49.87, 49.51), "国民健康保険税": (38.62, 38.10), "介護保険料": (52.34, 52.41),
        "後期高齢者医療保険料": (46.15, 45.92), "保育所保育料": (47.80, 47.26), "下水道使用料": (55.12, 54.98)}


def seg_rows(cur, arr):
    tot = tuple(a + b for a, b in zip(cur, arr))
    out = []
    for name, (a, c, w) in (("現年分", cur), ("滞繰分", arr), ("計", tot)):
        out.append((name, a, c, w, a - c - w, rate(c, a)))
    return out


TABLE = {d: seg_rows(cur, arr) for d, cur, arr in DEBTS}
SEG = {"現年分": "current", "滞繰分": "arrears", "計": "total"}


def r_of(debt, seg):
    return next(r for r in TABLE[debt] if r[0] == seg)[5]


def zp(v):  # 全角 percent text
    return zen(pct(v)) + "％"


# ---------------------------------------------------------------- record text
SECTION1 = "市の債権管理の取組状況について"
SECTION2 = "令和６年度における私債権の放棄について"

tax_c, tax_a, tax_t = r_of("市税", "現年分"), r_of("市税", "滞繰分"), r_of("市税", "計")
kok_c, kok_a = r_of("国民健康保険税", "現年分"), r_of("国民健康保険税", "滞繰分")
sew_c = r_of("下水道使用料", "現年分")
hoiku_out = TABLE["保育所保育料"][2][4]  # 計 収入未済額 千円

CITYWIDE_OUT = 3_142_000_000
CITYWIDE_OUT_PREV = 3_358_000_000
CITYWIDE_WO = 108_000_000

STATEMENTS = [
    ("佐々木委員長", None, "ただいまから総務財政常任委員会を開会いたします。本日は、所管事務調査として市の債権管理の取組状況について、また、報告事項として私債権の放棄について、当局から説明を受けます。それでは、財務部長から説明をお願いします。"),
    ("高橋財務部長", SECTION1, "財務部長の高橋でございます。本市の債権につきましては、令和７年度第２回債権管理推進本部会議（令和７年１０月２８日開催）において、各所管の上半期の取組状況を確認したところでございます。詳細は債権管理課長から説明いたします。"),
    ("千葉債権管理課長", SECTION1, "資料１をご覧ください。令和６年度決算における全会計の収入未済額は約３１億４，２００万円で、前年度の約３３億５，８００万円から約２億１，６００万円縮減いたしました。また、不納欠損額は約１億８００万円でございます。主要６債権の内訳は、末尾の別表１のとおりでございます。"),
    ("千葉債権管理課長", SECTION1, f"このうち市税につきましては、収納率が現年課税分{zp(tax_c)}、滞納繰越分{zp(tax_a)}、合計で{zp(tax_t)}となっております。"),
    ("渡辺納税課長", SECTION1, f"納税課長でございます。令和７年度の市税の状況でございますが、９月末現在の現年課税分の収納率は{zp(SEPT['市税'][0])}で、前年同月の{zp(SEPT['市税'][1])}を上回っております。引き続き、納期限後の早期催告と財産調査の前倒しを進めてまいります。"),
    ("小野寺委員", SECTION1, f"市税の滞納繰越分の収納率が{zp(tax_a)}ということですが、県内の他市と比べてどういう水準にあるのか、また、滞納繰越分を圧縮するためにどのような手だてを考えているのか伺います。"),
    ("渡辺納税課長", SECTION1, "県内１３市の中では中位の水準でございます。滞納繰越分につきましては、高額・困難案件を県の地方税徴収対策室との共同催告の対象とするほか、執行停止の判断基準を見直し、回収の見込みのない案件の整理を進めてまいります。"),
    ("菊池保険年金課長", SECTION1, f"保険年金課長でございます。国民健康保険税の令和６年度の収納率は、現年課税分{zp(kok_c)}、滞納繰越分{zp(kok_a)}でございました。令和７年度は、９月末現在で現年課税分{zp(SEPT['国民健康保険税'][0])}、前年同月は{zp(SEPT['国民健康保険税'][1])}でございます。また、滞納世帯数は９月末で２，１８４世帯と、前年同月の２，３５１世帯から減少しております。"),
    ("小野寺委員", SECTION1, "滞納世帯が減っているのは評価いたしますが、短期被保険者証の廃止後、納付相談の機会はどう確保しているのか伺います。"),
    ("菊池保険年金課長", SECTION1, "資格確認書の交付時や窓口での手続の際に、未納のある方には必ず納付相談を案内しております。また、夜間・休日の納付相談窓口を年４回開設しております。"),
    ("及川委員", SECTION1, "保育料について伺います。保育料の未納が、卒園後の放課後児童クラブの利用料の未納につながっているという話も聞くが、実態はどうか。"),
    ("阿部こども・家庭支援課長", SECTION1, ""),  # text set below from the data
    ("菅原上下水道局お客さまサービス課長", SECTION1, f"下水道使用料の現年分の収納率は{zp(sew_c)}でございます。上水道と一体で徴収しておりますので、給水停止予告とあわせた催告により、現年分の確保に努めております。"),
    ("佐々木委員長", SECTION2, "次に、報告事項の私債権の放棄について説明をお願いします。"),
    ("千葉債権管理課長", SECTION2, "資料３をご覧ください。みずさわ市債権管理条例第１４条の規定に基づき、令和６年度は、市営住宅使用料など４債権、計２１件、総額４８２万３，１５０円の債権を放棄いたしました。いずれも債務者の死亡・相続放棄又は消滅時効の完成によるものでございます。"),
    ("及川委員", SECTION2, "放棄に至るまでの間に、連帯保証人への請求は尽くしているのか。"),
    ("千葉債権管理課長", SECTION2, "連帯保証人がいる案件につきましては、全件で請求を行い、回収の可能性がないことを確認した上で放棄しております。"),
    ("佐々木委員長", SECTION2, "ほかにございませんか。――なければ、以上で本日の委員会を閉会いたします。"),
]
# 保育料 statement: figure built from data (約2,800万円 style, rounded to 100万円)
hoiku_man = round(hoiku_out / 1000) * 100  # 千円 -> 万円 rounded to 100万円
STATEMENTS[11] = ("阿部こども・家庭支援課長", SECTION1,
                  f"こども・家庭支援課長でございます。保育所保育料の令和６年度末の収入未済額は約{zen(comma(hoiku_man))}万円でございます。"
                  "ご指摘のとおり、保育料を滞納した世帯が放課後児童クラブの利用料も滞納する傾向がございますので、"
                  "両課で滞納情報を共有し、在園中の早い段階で納付相談につなげております。")


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    for edge, val in kw.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        borders.append(el)


def table_borders(table, spec: dict):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), spec.get(edge, "single"))
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def para(doc, text, size=10.5, bold=False, align=None, indent=None, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.first_line_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def add_page_field(par):
    r = par.add_run("－ ")
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = par.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
    par.add_run(" －")


def build():
    facts = Facts()
    F = facts.add
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = "総務財政常任委員会記録（令和７年１１月１３日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    para(doc, TITLE, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    info = [
        ("開会日時", "令和７年１１月１３日（木）　午前１０時００分開会　午前１１時４２分閉会"),
        ("場　　所", "みずさわ市役所　本庁舎４階　第２委員会室"),
        ("出席委員", "委員長　佐々木　健一　　副委員長　昆野　由美\n委　員　小野寺　実　　及川　修平　　千田　早苗　　熊谷　亮　　村上　昌之"),
        ("欠席委員", "なし"),
        ("説明のため出席した者", "財務部長　高橋　誠　　債権管理課長　千葉　恵子　　納税課長　渡辺　一郎\n"
                        "保険年金課長　菊池　隆　　こども・家庭支援課長　阿部　裕子\n上下水道局お客さまサービス課長　菅原　博之"),
        ("事務局職員", "議事調査課長　三浦　直樹　　議事調査課主査　佐藤　綾"),
    ]
    t = doc.add_table(rows=0, cols=2)
    table_borders(t, {"insideV": "nil", "left": "nil", "right": "nil", "insideH": "nil", "top": "nil", "bottom": "nil"})
    for k, v in info:
        row = t.add_row().cells
        cell_text(row[0], k, size=10, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(row[1], v, size=10, align=WD_ALIGN_PARAGRAPH.LEFT)
    t.autofit = False
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Mm(36), Mm(124)
    for col, w in zip(t.columns, (Mm(36), Mm(124))):
        col.width = w
    para(doc, "", space_after=4)
    para(doc, "案　件", bold=True)
    para(doc, "１　所管事務調査　" + SECTION1, indent=4)
    para(doc, "２　報告事項　" + SECTION2, indent=4)
    para(doc, "配付資料", bold=True)
    mats = ["資料１　令和６年度決算　主要債権の収納状況", "資料２　主要債権の収納状況（令和７年９月末現在）",
            "資料３　私債権の放棄に関する報告書"]
    for m in mats:
        para(doc, "・" + m, indent=4)
    para(doc, "―――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)

    current_section = None
    for spk, section, text in STATEMENTS:
        if section and section != current_section:
            label = "《所管事務調査：" if section == SECTION1 else "《報告事項："
            para(doc, label + section + "》", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
            current_section = section
        p = doc.add_paragraph()
        r = p.add_run("○" + spk)
        r.bold = True
        p.add_run("　" + text)
        p.paragraph_format.first_line_indent = Mm(0)
        p.paragraph_format.space_after = Pt(4)
    para(doc, "（午前１１時４２分閉会）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- facts in the record text
    prose = [
        ("千葉債権管理課長", "約３１億４，２００万円", None, "total", "outstanding", 2024, "令和６年度決算", CITYWIDE_OUT, True, None),
        ("千葉債権管理課長", "約３３億５，８００万円", None, "total", "outstanding", 2023, "前年度", CITYWIDE_OUT_PREV, True, None),
        ("千葉債権管理課長", "約１億８００万円", None, "total", "written_off", 2024, "令和６年度決算", CITYWIDE_WO, True, None),
    ]
    for _, raw, debt, seg, met, fy, fyr, val, approx, _x in prose:
        F(debt=None, debt_raw=None, fy=fy, fy_raw=fyr, seg=seg, metric=met, basis="actual", value=val, unit="yen",
          raw=raw, page=None, approx=approx)
        facts.items[-1]["_ctx"] = raw
    for seg, v in (("current", tax_c), ("arrears", tax_a), ("total", tax_t)):
        F(debt="市税", fy=2024, fy_raw="令和６年度決算", seg=seg, metric="collection_rate", basis="actual", value=v,
          unit="percent", raw=zp(v), page=None)
        facts.items[-1]["_ctx"] = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "合計で"}[seg] + zp(v)
    F(debt="市税", fy=2025, fy_raw="９月末現在", seg="current", metric="collection_rate", basis="interim",
      as_of="2025-09-30", value=SEPT["市税"][0], unit="percent", raw=zp(SEPT["市税"][0]), page=None)
    facts.items[-1]["_ctx"] = "収納率は" + zp(SEPT["市税"][0])
    F(debt="市税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim",
      as_of="2024-09-30", value=SEPT["市税"][1], unit="percent", raw=zp(SEPT["市税"][1]), page=None)
    facts.items[-1]["_ctx"] = "前年同月の" + zp(SEPT["市税"][1])
    F(debt="市税", fy=2024, fy_raw="令和６年度決算", seg="arrears", metric="collection_rate", basis="actual", value=tax_a,
      unit="percent", raw=zp(tax_a), page=None)
    facts.items[-1]["_ctx"] = "滞納繰越分の収納率が" + zp(tax_a)
    for seg, v, c in (("current", kok_c, "現年課税分" + zp(kok_c) + "、"), ("arrears", kok_a, "滞納繰越分" + zp(kok_a))):
        F(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg=seg, metric="collection_rate", basis="actual",
          value=v, unit="percent", raw=zp(v), page=None)
        facts.items[-1]["_ctx"] = c
    F(debt="国民健康保険税", fy=2025, fy_raw="令和７年度", seg="current", metric="collection_rate", basis="interim",
      as_of="2025-09-30", value=SEPT["国民健康保険税"][0], unit="percent", raw=zp(SEPT["国民健康保険税"][0]), page=None)
    facts.items[-1]["_ctx"] = "現年課税分" + zp(SEPT["国民健康保険税"][0])
    F(debt="国民健康保険税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim",
      as_of="2024-09-30", value=SEPT["国民健康保険税"][1], unit="percent", raw=zp(SEPT["国民健康保険税"][1]), page=None)
    facts.items[-1]["_ctx"] = "前年同月は" + zp(SEPT["国民健康保険税"][1])
    F(debt="国民健康保険税", fy=2025, fy_raw="９月末", seg="total", metric="delinquents", basis="interim",
      as_of="2025-09-30", value=2184, unit="households", raw="２，１８４世帯", page=None)
    F(debt="国民健康保険税", fy=2024, fy_raw="前年同月", seg="total", metric="delinquents", basis="interim",
      as_of="2024-09-30", value=2351, unit="households", raw="２，３５１世帯", page=None)
    F(debt="保育所保育料", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual",
      value=hoiku_man * 10000, unit="yen", raw=f"約{zen(comma(hoiku_man))}万円", page=None, approx=True)
    F(debt="下水道使用料", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual",
      value=sew_c, unit="percent", raw=zp(sew_c), page=None)
    facts.items[-1]["_ctx"] = "現年分の収納率は" + zp(sew_c)

    # ---- 別表 (new page)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表１　主要債権の収納状況（令和６年度決算）", bold=True, size=11)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(tb.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    metrics = [("assessed", 1), ("collected", 2), ("written_off", 3), ("outstanding", 4)]
    for debt, *_ in DEBTS:
        rows = []
        for seg, a, c, w, o, rr in TABLE[debt]:
            cells = tb.add_row().cells
            rows.append(cells)
            cell_text(cells[1], seg, align=WD_ALIGN_PARAGRAPH.CENTER)
            vals = (a, c, w, o)
            for j, v in enumerate(vals):
                txt = comma(v) if v else "0"
                cell_text(cells[2 + j], txt)
                F(debt=debt, fy=FY, fy_raw="令和６年度決算", seg=SEG[seg], metric=metrics[j][0], basis="actual",
                  value=v * 1000, unit="yen", raw=txt, page=None)
                facts.items[-1]["_after"] = "別表１"
            cell_text(cells[6], pct(rr))
            F(debt=debt, fy=FY, fy_raw="令和６年度決算", seg=SEG[seg], metric="collection_rate", basis="actual",
              value=rr, unit="percent", raw=pct(rr), page=None)
            facts.items[-1]["_after"] = "別表１"
        m = rows[0][0].merge(rows[1][0]).merge(rows[2][0])
        cell_text(m, debt, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "注）収入未済額＝調定額－収入済額－不納欠損額。", size=8)
    para(doc, "", space_after=8)

    para(doc, "別表２　主要債権の現年分収納率（９月末現在）", bold=True, size=11)
    para(doc, "単位：％", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t2 = doc.add_table(rows=1, cols=4)
    table_borders(t2, {"left": "nil", "right": "nil", "insideV": "nil"})
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["債権名", "令和７年９月末", "令和６年９月末", "増減"]):
        cell_text(t2.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for debt, (r7, r6) in SEPT.items():
        c = t2.add_row().cells
        cell_text(c[0], debt, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(c[1], pct(r7))
        cell_text(c[2], pct(r6))
        d = round(r7 - r6, 2)
        cell_text(c[3], ("△" if d < 0 else "") + pct(abs(d)))
        for v, fy, asof in ((r7, 2025, "2025-09-30"), (r6, 2024, "2024-09-30")):
            F(debt=debt, fy=fy, fy_raw=("令和７年９月末" if fy == 2025 else "令和６年９月末"), seg="current",
              metric="collection_rate", basis="interim", as_of=asof, value=v, unit="percent", raw=pct(v), page=None)
            facts.items[-1]["_after"] = "別表２"
            facts.items[-1]["_ctx"] = debt + pct(r7) + pct(r6)
    para(doc, "※増減はポイント。△は減。", size=8)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "mizusawa")
    texts = page_texts(pdf)
    errs = resolve_pages(facts.items, texts)

    # statements with page
    sq = ["".join(t.split()) for t in texts]
    statements = []
    for spk, section, text in STATEMENTS:
        key = "".join(("○" + spk + text[:20]).split())
        pg = next((i + 1 for i, t in enumerate(sq) if key in t), None)
        if pg is None:
            key2 = "".join(text[:25].split())
            pg = next((i + 1 for i, t in enumerate(sq) if key2 in t), None)
        statements.append({"speaker": spk, "section": section, "text": text, "page": pg})
    attendees = [{"role": "委員長", "title": None, "name": "佐々木　健一"},
                 {"role": "副委員長", "title": None, "name": "昆野　由美"}]
    for n in ("小野寺　実", "及川　修平", "千田　早苗", "熊谷　亮", "村上　昌之"):
        attendees.append({"role": "委員", "title": None, "name": n})
    for tt, n in (("財務部長", "高橋　誠"), ("債権管理課長", "千葉　恵子"), ("納税課長", "渡辺　一郎"), ("保険年金課長", "菊池　隆"),
                  ("こども・家庭支援課長", "阿部　裕子"), ("上下水道局お客さまサービス課長", "菅原　博之")):
        attendees.append({"role": "説明員", "title": tt, "name": n})
    for tt, n in (("議事調査課長", "三浦　直樹"), ("議事調査課主査", "佐藤　綾")):
        attendees.append({"role": "事務局", "title": tt, "name": n})
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-11-13", "method": None,
               "attendees": attendees,
               "agenda": ["所管事務調査　" + SECTION1, "報告事項　" + SECTION2],
               "materials": mats, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-13",
                "date_raw": "令和７年１１月１３日（木）"}
    write_gold(STEM, document, facts.items, [], minutes)
    return errs


if __name__ == "__main__":
    errs = build()
    n, nf, ni, e2 = check(STEM)
    print(STEM, "pages", n, "facts", nf, "initiatives", ni)
    for e in errs + e2:
        print("ERR", e)
