"""桂川市（架空）総務常任委員会記録 — 所管事務調査「債権管理について」.

Modelled on a council committee record (四日市市 総務常任委員会 H24.10.25, ○speaker markers; 小樽市 予算特別委員会
○(財政)主幹 answers with 全会計の未収金). python-docx → LibreOffice. Gold from the same data.
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
from y_common import OUT, ROOT, check, fact, to_pdf, write_gold, yen_k  # noqa: E402

STEM = "y_katsuragawa_kaigiroku_1"
CITY = "桂川市"
TITLE = "総務常任委員会記録"
DATE_RAW = "令和6年11月20日"

MEMBERS = [("委員長", "森田　健一"), ("副委員長", "石原　由美"), ("委員", "佐藤　大輔"), ("委員", "中西　浩二"),
           ("委員", "岡　　まり子"), ("委員", "藤本　隆")]
STAFF = [("財政部長", "川村　修"), ("財政部次長兼債権管理課長", "小松　俊也"), ("収税課長", "木下　亮"),
         ("健康・保険部長", "高橋　正和"), ("保険年金課長", "松尾　千春"), ("こども・若者部長", "吉岡　里美"),
         ("都市整備部住宅課長", "荒井　聡")]
CLERK = [("議事課主査", "野口　理沙")]
AGENDA = ["債権管理の取組について", "令和5年度決算における債権の状況について"]
MATERIALS = ["資料1　債権管理の取組状況について", "資料2　令和5年度決算　主要債権の状況", "別表　主要債権の収入未済額及び収納率の推移"]

# speaker (as printed after ○), section, paragraphs of text; facts found in the text are listed separately
S1 = "債権管理の取組について"
S2 = "令和5年度決算における債権の状況について"
SPEECH = [
    ("森田委員長", None, "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理の取組について及び令和5年度決算における債権の状況について調査を行います。資料は事前に配付しておりますので、理事者から説明をお願いします。"),
    ("川村財政部長", S1, "財政部長の川村でございます。本市では平成30年度に債権管理条例を施行して以降、全庁的な債権管理の適正化に取り組んでまいりました。本日は債権管理課長から資料1及び資料2に基づき御説明申し上げます。"),
    ("小松財政部次長兼債権管理課長", S1, "それでは資料1を御覧ください。令和5年度決算における全会計の収入未済額は約24億3,600万円で、令和4年度の約26億1,800万円から減少いたしました。このうち市税の収入未済額は約9億8,200万円でございます。市税の収納率は、現年課税分が99.12％、滞納繰越分が31.40％、合計で97.86％となり、いずれも前年度を上回りました。令和6年度は、滞納整理強化月間を10月から12月に設定し、財産調査と差押えを集中して実施しております。"),
    ("佐藤委員", S1, "全体として減っているのは評価しますが、国民健康保険税の滞納繰越分が以前から低いと思います。状況を教えてください。"),
    ("松尾保険年金課長", S1, "国民健康保険税の滞納繰越分の収納率は、令和5年度が24.73％で、令和4年度の22.95％から上昇いたしました。収入未済額は約6億1,200万円でございます。電子による預貯金照会を令和5年度から導入し、照会から差押えまでの期間が短くなったことが主な要因と考えております。"),
    ("佐藤委員", S1, "現年分のほうはどうでしょうか。"),
    ("松尾保険年金課長", S1, "現年課税分の収納率は令和5年度が94.08％でございます。令和6年度は10月末時点で前年同月を0.4ポイント上回っております。"),
    ("中西委員", S2, "保育料と市営住宅使用料は私債権や非強制徴収の債権が含まれると思いますが、放棄の手続はどのように進めていますか。"),
    ("吉岡こども・若者部長", S2, "保育所保育料は強制徴収公債権でございまして、令和5年度の収入未済額は約3,870万円、滞納繰越分の収納率は18.2％でございました。卒園後の世帯には、児童手当からの申出徴収を勧奨しております。"),
    ("荒井都市整備部住宅課長", S2, "市営住宅使用料の令和5年度の収入未済額は4,215万円余りでございます。退去者分については、条例に基づき債権管理委員会で審議の上、令和5年度に31件、約612万円を放棄いたしました。"),
    ("中西委員", S2, "了解しました。"),
    ("岡委員", S2, "来年度に向けての目標はどのように考えていますか。"),
    ("小松財政部次長兼債権管理課長", S2, "次期の債権管理計画を令和7年3月に策定する予定でございまして、市税の現年課税分収納率は99.2％以上を目標とする方向で検討しております。"),
    ("森田委員長", None, "ほかに御質疑はございませんか。なければ、以上で本日の所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。"),
]

# 別表 figures (千円) and rates (％)
OUT_ROWS = [  # debt, R3, R4, R5
    ("合計", "2,804,517", "2,618,342", "2,436,108"),
    ("市税", "1,186,420", "1,074,935", "982,316"),
    ("国民健康保険税", "702,884", "668,120", "612,447"),
    ("介護保険料", "98,215", "91,046", "86,902"),
    ("後期高齢者医療保険料", "21,380", "19,874", "18,511"),
    ("保育所保育料", "45,127", "41,602", "38,704"),
    ("市営住宅使用料", "50,336", "46,180", "42,158"),
    ("その他", "700,155", "676,585", "655,070"),
]
RATE_ROWS = [  # debt, segment, R4, R5
    ("市税", "現年課税分", "98.97", "99.12"),
    ("市税", "滞納繰越分", "28.66", "31.40"),
    ("市税", "計", "97.41", "97.86"),
    ("国民健康保険税", "現年課税分", "93.81", "94.08"),
    ("国民健康保険税", "滞納繰越分", "22.95", "24.73"),
    ("国民健康保険税", "計", "80.62", "81.95"),
    ("保育所保育料", "現年分", "99.04", "99.20"),
    ("保育所保育料", "滞納繰越分", "15.9", "18.2"),
]
SEG = {"現年課税分": "current", "現年分": "current", "滞納繰越分": "arrears", "計": "total"}

PROSE_FACTS = [  # speaker index, debt, fy, fy_raw, seg, metric, value, unit, raw, approx
    (2, None, 2023, "令和5年度", "total", "outstanding", 2436000000, "yen", "約24億3,600万円", True),
    (2, None, 2022, "令和4年度", "total", "outstanding", 2618000000, "yen", "約26億1,800万円", True),
    (2, "市税", 2023, "令和5年度", "total", "outstanding", 982000000, "yen", "約9億8,200万円", True),
    (2, "市税", 2023, "令和5年度", "current", "collection_rate", 99.12, "percent", "99.12％", False),
    (2, "市税", 2023, "令和5年度", "arrears", "collection_rate", 31.40, "percent", "31.40％", False),
    (2, "市税", 2023, "令和5年度", "total", "collection_rate", 97.86, "percent", "97.86％", False),
    (4, "国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", 24.73, "percent", "24.73％", False),
    (4, "国民健康保険税", 2022, "令和4年度", "arrears", "collection_rate", 22.95, "percent", "22.95％", False),
    (4, "国民健康保険税", 2023, "令和5年度", "arrears", "outstanding", 612000000, "yen", "約6億1,200万円", True),
    (6, "国民健康保険税", 2023, "令和5年度", "current", "collection_rate", 94.08, "percent", "94.08％", False),
    (8, "保育所保育料", 2023, "令和5年度", "total", "outstanding", 38700000, "yen", "約3,870万円", True),
    (8, "保育所保育料", 2023, "令和5年度", "arrears", "collection_rate", 18.2, "percent", "18.2％", False),
    (9, "市営住宅使用料", 2023, "令和5年度", "total", "outstanding", 42150000, "yen", "4,215万円余り", True),
    (12, "市税", 2025, "来年度", "current", "collection_rate", 99.2, "percent", "99.2％以上", False),
]


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAex明朝"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
    pr.append(b)


def build_docx(path: Path):
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = "総務常任委員会記録（令和６年１１月２０日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ "); field(fp, "PAGE"); fp.add_run(" －")

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("総 務 常 任 委 員 会 記 録"); r.font.size = Pt(16); r.bold = True

    info = doc.add_table(rows=0, cols=2)
    no_borders(info)
    rows = [("開催日時", "令和６年１１月２０日（水）　午前１０時００分開会　午前１１時４２分閉会"),
            ("開催場所", "第２委員会室"),
            ("出席委員（６名）", "　".join(f"{r}　{n}" if r != "委員" else n for r, n in MEMBERS[:2]) + "\n" +
             "委員　" + "　".join(n for r, n in MEMBERS[2:])),
            ("欠席委員", "なし"),
            ("説明のため出席した者", "\n".join(f"{r}　{n}" for r, n in STAFF)),
            ("事務局職員", "\n".join(f"{r}　{n}" for r, n in CLERK)),
            ("調査事項", "所管事務調査\n（１）" + AGENDA[0] + "\n（２）" + AGENDA[1]),
            ("配付資料", "\n".join(MATERIALS))]
    for k, v in rows:
        c = info.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].width = Mm(42); c[1].width = Mm(118)
    doc.add_paragraph("―" * 24).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("（午前１０時００分開会）")
    for i, (sp, sec_name, text) in enumerate(SPEECH):
        if i == 1:
            doc.add_paragraph("【所管事務調査（１）債権管理の取組について】")
        if i == 7:
            doc.add_paragraph("【所管事務調査（２）令和5年度決算における債権の状況について】")
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Mm(0)
        r = p.add_run("○" + sp); r.bold = True
        p2 = doc.add_paragraph("　" + text)
        p2.paragraph_format.space_after = Pt(4)
    doc.add_paragraph("（午前１１時４２分閉会）").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # 別表 on its own page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph(); r = p.add_run("別表　主要債権の収入未済額及び収納率の推移"); r.bold = True; r.font.size = Pt(12)
    p = doc.add_paragraph("１　収入未済額の推移"); 
    p = doc.add_paragraph("（単位：千円）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["債権名", "令和３年度", "令和４年度", "令和５年度", "対前年度増減"]):
        c.text = h
    for name, a, b, c_ in OUT_ROWS:
        d = int(c_.replace(",", "")) - int(b.replace(",", ""))
        ds = ("△" if d < 0 else "") + f"{abs(d):,}"
        cells = t.add_row().cells
        for cell, v in zip(cells, [name, a, b, c_, ds]):
            cell.text = v
            if v is not name:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("※収入未済額は各年度の出納閉鎖時点。「その他」は上記以外の全債権の合計。")
    doc.add_paragraph("２　収納率の推移")
    p = doc.add_paragraph("（単位：％）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["債権名", "区分", "令和４年度", "令和５年度"]):
        c.text = h
    start = {}
    for i, (d, s, a, b) in enumerate(RATE_ROWS):
        cells = t.add_row().cells
        cells[1].text, cells[2].text, cells[3].text = s, a, b
        for cell in cells[2:]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if d not in start:
            start[d] = i + 1
            cells[0].text = d
    # merge debt cells over their segment rows
    ends = {}
    for i, (d, *_r) in enumerate(RATE_ROWS):
        ends[d] = i + 1
    for d, s0 in start.items():
        if ends[d] > s0:
            t.cell(s0, 0).merge(t.cell(ends[d], 0))
    doc.save(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"{STEM}.docx"
    build_docx(docx_path)
    pdf = to_pdf(docx_path, ROOT / "pdf" / f"{STEM}.pdf", "a")
    import pymupdf
    from y_common import ws
    doc = pymupdf.open(pdf)
    texts = [ws(p.get_text()) for p in doc]
    npages = doc.page_count

    def page_of(s):
        for i, t in enumerate(texts):
            if ws(s) in t:
                return i + 1
        raise SystemExit(f"not on any page: {s[:40]}")

    statements = []
    for sp, sec_name, text in SPEECH:
        statements.append({"speaker": sp, "section": sec_name, "text": text, "page": page_of(text)})
    facts = []
    for si, debt, fy, fyr, seg, met, val, unit, raw, approx in PROSE_FACTS:
        pg = statements[si]["page"]
        facts.append(fact(debt, fy, fyr, seg, met, "target" if raw.endswith("以上") else "actual", val, unit, raw, pg,
                          approx=approx))
    bp = npages  # 別表 is the last page
    for name, *vals in OUT_ROWS:
        for fy, fyr, v in zip((2021, 2022, 2023), ("令和３年度", "令和４年度", "令和５年度"), vals):
            debt = None if name in ("合計", "その他") else name
            facts.append(fact(debt, fy, fyr, "total", "outstanding", "actual", yen_k(v), "yen", v, bp, debt_raw=name))
    for d, s, a, b in RATE_ROWS:
        for fy, fyr, v in ((2022, "令和４年度", a), (2023, "令和５年度", b)):
            facts.append(fact(d, fy, fyr, SEG[s], "collection_rate", "actual", float(v), "percent", v, bp))
    attendees = [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEMBERS]
    attendees += [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in STAFF]
    attendees += [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in CLERK]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-11-20", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-11-20",
                "date_raw": "令和６年１１月２０日"}
    gold = write_gold(STEM, pdf, document, facts, [], minutes)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(main())
