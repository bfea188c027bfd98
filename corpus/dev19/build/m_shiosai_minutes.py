"""しおさい市議会 総務常任委員会会議録 (所管事務調査: 債権管理) — python-docx -> LibreOffice.

Family: minutes (council committee record with ○ speaker markers and a 別表 of figures at the end).
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from m_common import OUT, ROOT, Facts, to_pdf, write_gold, yen, z

NAME = "m_shiosai_minutes_1"
F = Facts()
FY = 2024          # 令和6年度決算
FY_NOW = 2025      # 令和7年度

# ---- 別表 data (単位：千円) : (debt, segment label, assessed, collected, written_off)
ROWS = [
    ("市税", "現年課税分", 24815332, 24597116, 0),
    ("市税", "滞納繰越分", 1012478, 359221, 88134),
    ("国民健康保険税", "現年課税分", 4126730, 3872515, 0),
    ("国民健康保険税", "滞納繰越分", 1204116, 301887, 142305),
    ("介護保険料", None, 3310254, 3268012, 9870),
    ("保育料", None, 512386, 497204, 1120),
    ("市営住宅使用料", None, 688420, 651337, 4265),
    ("水道料金", None, 3905118, 3871420, 3012),
]


def rate(c, a):
    return round(c * 100 / a, 2)


def table_rows():
    """Expand into printed rows incl. 計 for 市税/国保 and a 合計 row."""
    out = []
    by = {}
    for d, seg, a, c, w in ROWS:
        out.append((d, seg, a, c, w))
        by.setdefault(d, []).append((a, c, w))
        if seg == "滞納繰越分":
            s = [sum(x[i] for x in by[d]) for i in range(3)]
            out.append((d, "計", *s))
    tot = [sum(r[2 + i] for r in ROWS) for i in range(3)]
    out.append(("合計", None, *tot))
    return out


def seg_code(seg):
    return {"現年課税分": "current", "滞納繰越分": "arrears"}.get(seg, "total")


# --------------------------------------------------------------------------- docx helpers
def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def para(doc, text="", size=10.5, bold=False, align=None, indent=None, first=None, space_after=2, font="IPAexMincho"):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def cell_text(cell, text, size=8.5, align=None, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), "IPAexGothic", size, bold)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = align


def borders(table):
    tbl = table._element
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("－ "), "IPAexMincho", 9)
    r = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = txt
            r._element.append(it)
    set_font(r, "IPAexMincho", 9)
    set_font(p.add_run(" －"), "IPAexMincho", 9)


# --------------------------------------------------------------------------- content
COMMITTEE = [("委員長", "佐々木　康　弘"), ("副委員長", "田　辺　　　聡"), ("委員", "石　井　真由美"),
             ("委員", "大　塚　健　太"), ("委員", "村　上　和　也"), ("委員", "中　島　典　子"),
             ("委員", "藤　本　　　隆")]
STAFF = [("財政部長", "山　口　俊　一"), ("債権管理課長", "小　野　恵　美"), ("納税課長", "高　橋　　　誠"),
         ("保険年金課長", "森　田　浩　二"), ("子ども・若者部長", "松　井　由　紀"), ("保育課長", "青　木　信　也"),
         ("上下水道局お客さまサービス課長", "川　村　直　樹")]
AGENDA = ["令和６年度決算における市債権の収入未済額の状況について",
          "令和７年度債権管理推進計画の上半期の取組状況について"]
MATERIALS = ["資料１　市債権の収入未済額の状況（令和６年度決算）",
             "資料２　主要債権の収納状況（令和７年９月末現在）"]


def build():
    rows = table_rows()
    tr = {(d, s): (a, c, w) for d, s, a, c, w in rows}
    a, c, w = tr[("市税", "計")]
    tax_total_rate = rate(c, a)
    a, c, w = tr[("国民健康保険税", "現年課税分")]
    kokuho_cur = rate(c, a)
    a, c, w = tr[("国民健康保険税", "滞納繰越分")]
    kokuho_arr = rate(c, a)
    a, c, w = tr[("保育料", None)]
    hoiku_rate = rate(c, a)
    hoiku_out = a - c - w

    statements = []   # (speaker marker-less, section index, text)

    def S(speaker, sec, text):
        statements.append((speaker, sec, text))

    S("佐々木委員長", 0, "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理に関する２件について調査を行います。理事者から説明を求めます。")
    S("山口財政部長", 0, "財政部長の山口でございます。本日は、令和６年度決算における市債権の状況と、令和７年度の上半期の取組につきまして御説明いたします。なお、これらの内容は、去る10月に開催した令和７年度第２回債権管理推進会議においても報告したものでございます。詳細は債権管理課長から説明させます。")
    S("小野債権管理課長", 0,
      "資料１を御覧ください。令和６年度決算における一般会計及び特別会計を合わせた市債権全体の収入未済額は"
      + F.add("約21億4,300万円", page=0, debt=None, fy=FY, fy_raw="令和６年度", segment="total",
              metric="outstanding", basis="actual", value=2143000000, unit="yen", approx=True)
      + "で、前年度と比べ約１億2,600万円の減となりました。このうち市税は、収納率が現年課税分"
      + F.add(z(f"{rate(*tr[('市税','現年課税分')][1::-1]):.2f}") + "％", page=0, debt="市税", fy=FY, fy_raw="令和６年度",
              segment="current", metric="collection_rate", basis="actual",
              value=rate(*tr[('市税', '現年課税分')][1::-1]), unit="percent")
      + "、全体で" + F.add(f"{tax_total_rate:.2f}%", page=0, debt="市税", fy=FY, fy_raw="令和６年度",
                          segment="total", metric="collection_rate", basis="actual", value=tax_total_rate,
                          unit="percent")
      + "となり、いずれも前年度を上回っております。各債権の調定額、収入済額などの内訳は、会議録末尾の別表のとおりでございます。")
    S("田辺副委員長", 0, "国民健康保険税の収納率が他の債権と比べて低いように見えますが、現状と滞納世帯の状況をお聞かせください。")
    S("森田保険年金課長", 0,
      "国民健康保険税の令和６年度の収納率は、現年課税分が"
      + F.add(f"{kokuho_cur:.2f}パーセント", page=0, debt="国民健康保険税", fy=FY, fy_raw="令和６年度",
              segment="current", metric="collection_rate", basis="actual", value=kokuho_cur, unit="percent")
      + "、滞納繰越分が" + F.add(f"{kokuho_arr:.2f}パーセント", page=0, debt="国民健康保険税", fy=FY,
                            fy_raw="令和６年度", segment="arrears", metric="collection_rate", basis="actual",
                            value=kokuho_arr, unit="percent")
      + "でございます。令和６年度末の滞納世帯数は"
      + F.add("4,118世帯", page=0, debt="国民健康保険税", fy=FY, fy_raw="令和６年度末", segment="total",
              metric="delinquents", basis="actual", value=4118, unit="households")
      + "で、前年度末から212世帯減少しております。加入者の高齢化と低所得世帯の割合が高いことが背景にございますが、納付相談の早期実施と財産調査の徹底により、引き続き改善を図ってまいります。")
    S("田辺副委員長", 0, "わかりました。低所得世帯への丁寧な対応もあわせてお願いします。")
    S("佐々木委員長", 1, "次に、令和７年度の上半期の取組状況について説明を求めます。")
    S("高橋納税課長", 1,
      "資料２を御覧ください。９月末時点の市税現年課税分の収納率は"
      + F.add("56.21％", page=0, debt="市税", fy=FY_NOW, fy_raw="９月末", segment="current",
              metric="collection_rate", basis="interim", as_of="2025-09-30", value=56.21, unit="percent")
      + "で、前年同期の" + F.add("55.87％", page=0, debt="市税", fy=FY, fy_raw="前年同期", segment="current",
                              metric="collection_rate", basis="interim", as_of="2024-09-30", value=55.87,
                              unit="percent")
      + "を0.34ポイント上回っております。滞納繰越分は"
      + F.add("19.42％", page=0, debt="市税", fy=FY_NOW, fy_raw="９月末", segment="arrears",
              metric="collection_rate", basis="interim", as_of="2025-09-30", value=19.42, unit="percent")
      + "で、前年同期を0.8ポイント下回っておりますが、下半期に不動産公売を２件予定しており、年度末には前年度並みの水準を見込んでおります。また、今年度からスマートフォン決済の対象税目を拡大いたしました。")
    S("石井委員", 1, "保育料の滞納が増えていると聞いていますが、実態はどうなっていますか。")
    S("松井子ども・若者部長", 1,
      "保育料の令和６年度の収納率は"
      + F.add(f"{hoiku_rate:.2f}％", page=0, debt="保育料", fy=FY, fy_raw="令和６年度", segment="total",
              metric="collection_rate", basis="actual", value=hoiku_rate, unit="percent")
      + "で、収入未済額は" + F.add(f"約{hoiku_out // 10:,}万円".replace(",", "，") if False else "約1,406万円",
                              page=0, debt="保育料", fy=FY, fy_raw="令和６年度", segment="total",
                              metric="outstanding", basis="actual", value=14060000, unit="yen", approx=True)
      + "でございます。件数は増えておりませんが、卒園後の滞納が長期化する傾向がございますので、在園中からの口座振替の勧奨と、卒園時の納付相談を徹底しているところでございます。詳細は保育課長から補足いたします。")
    S("青木保育課長", 1, "補足いたします。今年度は、督促状を発送した世帯のうち電話がつながらない世帯に対し、保育施設を通じた文書の手渡しを始めております。９月末までに38世帯に手渡しを行い、そのうち21世帯から納付または納付相談がございました。")
    S("石井委員", 1, "効果が出ているようですので、継続をお願いします。")
    S("大塚委員", 1, "水道料金についても、給水停止の運用状況を教えてください。")
    S("川村上下水道局お客さまサービス課長", 1,
      "水道料金の令和６年度末の滞納者数は"
      + F.add("1,327人", page=0, debt="水道料金", fy=FY, fy_raw="令和６年度末", segment="total",
              metric="delinquents", basis="actual", value=1327, unit="persons")
      + "でございます。給水停止は、催告を重ねても納付のない場合に限り、生活状況を確認したうえで実施しており、上半期は46件でございました。")
    S("佐々木委員長", 1, "ほかに質疑はございませんか。――ないようですので、以上で所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。")
    # 保育料 outstanding check: 1,406万円 approx of computed value
    assert abs(hoiku_out * 1000 - 14060000) < 10000, hoiku_out

    # ------------------------------------------------------------------ docx
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(22)
    sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務常任委員会（令和７年11月18日）"), "IPAexMincho", 8)
    page_number_footer(sec)

    para(doc, "しおさい市議会", 12, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "総務常任委員会会議録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(doc, "１　開催日時　　令和７年１１月１８日（火曜日）午前１０時００分～午前１１時４２分")
    para(doc, "２　開催場所　　第２委員会室")
    para(doc, "３　出席委員（７名）")
    line = []
    for i, (role, nm) in enumerate(COMMITTEE):
        line.append(f"{role}　{nm}")
        if len(line) == 2 or i == len(COMMITTEE) - 1:
            para(doc, "　　　".join(line), indent=8, space_after=0)
            line = []
    para(doc, "４　欠席委員　　なし", space_after=2)
    para(doc, "５　説明のため出席した者の職氏名")
    for role, nm in STAFF:
        para(doc, f"{role}　{nm}", indent=8, space_after=0)
    para(doc, "６　事務局職員　　議事調査課長　岡　田　昌　之　　書記　西　川　あかり", space_after=2)
    para(doc, "７　調査事項（所管事務調査）")
    for i, ag in enumerate(AGENDA):
        para(doc, f"（{i + 1}）{ag}", indent=8, space_after=0)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, indent=8, space_after=0)
    para(doc, "９　会議の経過", space_after=4)

    last_sec = None
    for speaker, si, text in statements:
        if si != last_sec:
            para(doc, f"《{AGENDA[si]}》", bold=True, space_after=3, font="IPAexGothic")
            last_sec = si
        p = para(doc, "", first=-4, indent=4, space_after=4)
        set_font(p.add_run(f"○{speaker}　"), "IPAexGothic", 10.5, True)
        set_font(p.add_run(text), "IPAexMincho", 10.5)
    para(doc, "（午前１１時４２分閉会）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on a new page
    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和６年度決算）", 11, True, font="IPAexGothic", space_after=0)
    para(doc, "（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=len(hdr))
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    merge_start = {}
    R = WD_ALIGN_PARAGRAPH.RIGHT
    for d, seg, a, c, w in rows:
        r = t.add_row().cells
        o = a - c - w
        rt = rate(c, a)
        debt = None if d == "合計" else d
        sc = seg_code(seg)
        segraw = seg or ""
        cell_text(r[0], d if d not in merge_start else "")
        cell_text(r[1], segraw if seg != "計" else "計", align=WD_ALIGN_PARAGRAPH.CENTER)
        kw = dict(page=-1, debt=debt, debt_raw=d, fy=FY, fy_raw="令和６年度", segment=sc, basis="actual", unit="yen")
        cell_text(r[2], F.add(yen(a), metric="assessed", value=a * 1000, **kw), align=R)
        cell_text(r[3], F.add(yen(c), metric="collected", value=c * 1000, **kw), align=R)
        if w:
            cell_text(r[4], F.add(yen(w), metric="written_off", value=w * 1000, **kw), align=R)
        else:
            cell_text(r[4], "－", align=R)
        cell_text(r[5], F.add(yen(o), metric="outstanding", value=o * 1000, **kw), align=R)
        kw["unit"] = "percent"
        cell_text(r[6], F.add(f"{rt:.2f}", metric="collection_rate", value=rt, **kw), align=R)
        if seg in ("現年課税分",):
            merge_start[d] = len(t.rows) - 1
    # merge debt label cells over 現年/滞繰/計 rows
    for d, start in merge_start.items():
        a_ = t.cell(start, 0)
        b_ = t.cell(start + 2, 0)
        m = a_.merge(b_)
        cell_text(m, d)
    t.autofit = False
    for i, wdt in enumerate([36, 20, 23, 22, 20, 21, 14]):
        t.columns[i].width = Mm(wdt)
        for row in t.rows:
            row.cells[i].width = Mm(wdt)
    para(doc, "注１　収入未済額＝調定額－収入済額－不納欠損額", 8.5, space_after=0)
    para(doc, "注２　収納率＝収入済額÷調定額（小数点以下第３位を四捨五入）", 8.5, space_after=0)
    para(doc, "注３　保育料は公立・私立保育所分の合計、水道料金は税抜額", 8.5)

    src = OUT / f"{NAME}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{NAME}.pdf", "shiosai")

    def attendee(role, nm, staff=False):
        n = nm.replace("　", "")
        return {"role": role, "title": role if staff else None, "name": n}

    minutes = {
        "title": "しおさい市議会総務常任委員会会議録",
        "meeting_number": None,
        "date": "2025-11-18",
        "method": None,
        "attendees": [attendee(r, n) for r, n in COMMITTEE] + [attendee(r, n, True) for r, n in STAFF],
        "agenda": [a.replace("６", "6").replace("７", "7") for a in AGENDA],
        "materials": MATERIALS,
        "statements": [{"speaker": sp, "section": AGENDA[si], "text": tx} for sp, si, tx in statements],
    }
    document = {"kind": "minutes", "municipality": "しおさい市", "title": "しおさい市議会総務常任委員会会議録",
                "date": "2025-11-18", "date_raw": "令和７年１１月１８日"}
    write_gold(NAME, pdf, F, document, minutes, strip=(r"総務常任委員会\(令和7年11月18日\)", r"[-－]\d+[-－]"))


if __name__ == "__main__":
    build()
