"""g_kushiro_minutes_1: 釧路市議会 総務文教常任委員会記録 (council committee record), python-docx → LibreOffice.

Modelled on the 小樽市議会 予算特別委員会 record (○横田委員 / ○(財政)中田主幹 speaker markers, figures in
speech) and the 草加市議会 総務文教委員会会議録 header (◇開会年月日 ◇開催の場所 ◇付議事件 ◇出席委員 ◇説明のため出席した者).
Figures are invented. Gold is written from the same data the document prints.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import OUT, PDF, fact, locate, to_pdf, write_gold, zen  # noqa: E402

STEM = "g_kushiro_minutes_1"
CITY = "釧路市"

# ---------------------------------------------------------------- data (千円)
# debt: (現年 調定, 現年 率目標, 現年 欠損, 滞繰 調定, 滞繰 率目標, 滞繰 欠損, 前年度率 現年, 滞繰, 計)
DEBTS = [
    ("市税", 28_456_120, 99.06, 3_210, 1_268_440, 27.84, 96_540, 98.97, 26.91, 95.71),
    ("国民健康保険料", 6_812_350, 94.15, 1_020, 1_402_880, 22.60, 85_230, 93.88, 21.75, 81.02),
    ("介護保険料", 4_918_600, 98.71, 0, 156_320, 19.44, 21_870, 98.65, 18.02, 95.80),
    ("後期高齢者医療保険料", 3_240_110, 99.43, 0, 41_260, 31.50, 2_810, 99.38, 30.12, 98.55),
    ("保育所保育料", 512_340, 98.20, 0, 48_620, 15.20, 6_240, 97.96, 14.08, 90.44),
    ("市営住宅使用料", 1_620_450, 97.82, 0, 92_310, 18.35, 18_940, 97.70, 17.66, 92.01),
    ("下水道使用料", 4_012_880, 98.94, 120, 88_450, 33.10, 10_230, 98.90, 32.44, 97.20),
]
TARGET_OUT = {"市税": 1_134_560}  # force 市税 計 収入未済額 (千円) to print 11億3,456万円 in speech


def r2(a, b):
    return round(a / b * 100 + 1e-9, 2)


def build_rows():
    rows = {}
    for d, ca, cr, cw, aa, ar, aw, pc, pa, pt in DEBTS:
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        if d in TARGET_OUT:
            aw = ca + aa - cc - ac - cw - TARGET_OUT[d]
        cur = dict(a=ca, c=cc, w=cw, o=ca - cc - cw, r=r2(cc, ca))
        arr = dict(a=aa, c=ac, w=aw, o=aa - ac - aw, r=r2(ac, aa))
        tot = {k: cur[k] + arr[k] for k in "acwo"}
        tot["r"] = r2(tot["c"], tot["a"])
        rows[d] = dict(cur=cur, arr=arr, tot=tot, prev=dict(cur=pc, arr=pa, tot=pt))
    g = {k: sum(rows[d]["tot"][k] for d in rows) for k in "acwo"}
    g["r"] = r2(g["c"], g["a"])
    return rows, g


ROWS, GRAND = build_rows()

# 11月末 interim 収納率 (現年, 滞繰) this year / last year
INTERIM = [
    ("市税", 65.42, 18.36, 64.98, 17.90),
    ("国民健康保険料", 61.88, 14.12, 61.34, 14.40),
    ("介護保険料", 70.15, 11.06, 70.02, 10.88),
    ("後期高齢者医療保険料", 72.44, 20.31, 72.50, 19.74),
    ("保育所保育料", 68.90, 8.42, 67.75, 8.10),
    ("市営住宅使用料", 69.12, 9.85, 68.40, 9.96),
]
INT = {d: (a, b, c, e) for d, a, b, c, e in INTERIM}


def man(v_yen: int, step: int) -> str:
    """Yen → 「X億Y万円」 rounded to step yen, full-width digits."""
    v = round(v_yen / step) * step
    oku, rest = divmod(v, 100_000_000)
    manv = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if manv:
        s += f"{manv:,}万"
    return zen(s + "円")


def pct(v):
    return zen(f"{v:.2f}％")


ALL_OUT = 4_523_000_000
ALL_WO = 208_000_000
R = ROWS


# ---------------------------------------------------------------- statements with their facts
def statements():
    A1 = "所管事務調査「市債権の管理状況について」"
    A2 = "報告「令和７年度第２回釧路市債権管理推進会議の結果について」"
    S = []
    F = []

    def say(spk, sec, text, facts=()):
        S.append({"speaker": spk, "section": sec, "text": text})
        F.extend(facts)

    tx = R["市税"]
    kk = R["国民健康保険料"]
    jt = R["市営住宅使用料"]
    hk = R["保育所保育料"]
    D_TX = zen(format(tx["tot"]["r"] - tx["prev"]["tot"], ".2f"))
    R_HK = zen(format(hk["arr"]["r"], ".1f"))
    D_KK = zen(format(INT["国民健康保険料"][0] - INT["国民健康保険料"][2], ".2f"))
    say("松本委員長", None,
        "ただいまから、総務文教常任委員会を開会いたします。本日の会議録署名員には、高橋委員、大西委員を御指名いたします。"
        "付議事件を一括議題といたします。初めに、所管事務調査「市債権の管理状況について」、理事者から説明を願います。")
    t = (f"資料１により、市債権の収納状況について御説明いたします。令和６年度決算における全会計の収入未済額は約４５億２，３００万円で、"
         f"前年度と比べ約２億１，６００万円の縮減となりました。同じく不納欠損額は約２億８００万円でございます。"
         f"詳細は、納税課長及び債権管理担当主幹から説明させていただきます。")
    say("（総務）村上部長", A1, t, [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", ALL_OUT, "yen", "約４５億２，３００万円", approx=True),
        fact(None, 2024, "令和６年度", "total", "written_off", "actual", ALL_WO, "yen", "約２億８００万円", approx=True)])
    o_tx = tx["tot"]["o"] * 1000
    t = (f"市税について申し上げます。令和６年度の市税の徴収率は、現年課税分が{pct(tx['cur']['r'])}、滞納繰越分が{pct(tx['arr']['r'])}、"
         f"合計で{pct(tx['tot']['r'])}となり、合計では前年度を{D_TX}ポイント上回りました。"
         f"収入未済額は{man(o_tx, 10_000)}でございます。また、今年度１１月末現在の現年課税分の徴収率は{pct(INT['市税'][0])}で、"
         f"前年同月の{pct(INT['市税'][2])}をやや上回っております。")
    say("（納税）佐藤課長", A1, t, [
        fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", tx["cur"]["r"], "percent", pct(tx["cur"]["r"])),
        fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tx["arr"]["r"], "percent", pct(tx["arr"]["r"])),
        fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", tx["tot"]["r"], "percent", pct(tx["tot"]["r"])),
        fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", o_tx, "yen", man(o_tx, 10_000)),
        fact("市税", 2025, "今年度１１月末現在", "current", "collection_rate", "interim", INT["市税"][0], "percent",
             pct(INT["市税"][0]), as_of="2025-11-30"),
        fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", INT["市税"][2], "percent",
             pct(INT["市税"][2]), as_of="2024-11-30")])
    o_kk = round(kk["tot"]["o"] * 1000 / 100_000) * 100_000
    t = (f"国民健康保険料について申し上げます。令和６年度の収納率は、現年度分が{pct(kk['cur']['r'])}、滞納繰越分が{pct(kk['arr']['r'])}でございます。"
         f"滞納世帯数は３，１２４世帯で、前年度末から２０６世帯減少いたしました。収入未済額は約{man(o_kk, 100_000)}となっております。")
    say("（国保）石川課長", A1, t, [
        fact("国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", kk["cur"]["r"], "percent", pct(kk["cur"]["r"])),
        fact("国民健康保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", kk["arr"]["r"], "percent", pct(kk["arr"]["r"])),
        fact("国民健康保険料", 2024, "令和６年度", "total", "delinquents", "actual", 3124, "households", "３，１２４世帯"),
        fact("国民健康保険料", 2024, "令和６年度", "total", "outstanding", "actual", o_kk, "yen", "約" + man(o_kk, 100_000), approx=True)])
    kg = R["介護保険料"]
    kr = R["後期高齢者医療保険料"]
    o_jt = round(jt["tot"]["o"] * 1000 / 100_000) * 100_000
    t = (f"税外債権について御説明いたします。介護保険料の現年度分の収納率は{pct(kg['cur']['r'])}、後期高齢者医療保険料は{pct(kr['cur']['r'])}でございます。"
         f"市営住宅使用料は、現年度分が{pct(jt['cur']['r'])}、過年度分が{pct(jt['arr']['r'])}でございまして、収入未済額は約{man(o_jt, 100_000)}、"
         f"前年度から約６２０万円減少しております。保育所保育料は、滞納繰越分の収納率が{R_HK}％にとどまっております。")
    say("（債権管理）中島主幹", A1, t, [
        fact("介護保険料", 2024, "令和６年度", "current", "collection_rate", "actual", kg["cur"]["r"], "percent", pct(kg["cur"]["r"])),
        fact("後期高齢者医療保険料", 2024, "令和６年度", "current", "collection_rate", "actual", kr["cur"]["r"], "percent", pct(kr["cur"]["r"])),
        fact("市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", jt["cur"]["r"], "percent", pct(jt["cur"]["r"])),
        fact("市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", jt["arr"]["r"], "percent", pct(jt["arr"]["r"])),
        fact("市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", o_jt, "yen", "約" + man(o_jt, 100_000), approx=True),
        fact("保育所保育料", 2024, "令和６年度", "arrears", "collection_rate", "actual", hk["arr"]["r"], "percent",
             zen(f"{hk['arr']['r']:.1f}") + "％")])
    say("松本委員長", A1, "説明が終わりましたので、質疑に入ります。")
    say("高橋委員", A1,
        f"市税の滞納繰越分について伺います。徴収率は{pct(tx['arr']['r'])}とのことですが、差押えの件数と、高額滞納案件への対応状況はどうなっているのでしょうか。",
        [fact("市税", 2024, None, "arrears", "collection_rate", "actual", tx["arr"]["r"], "percent", pct(tx["arr"]["r"]))])
    say("（納税）佐藤課長", A1,
        "令和６年度の差押件数は１，８４２件で、このうち預貯金が約７割を占めております。滞納額１００万円以上の高額案件は１２６件ございまして、"
        "専任の係で一件ごとに進行管理を行っております。今年度からは電子による預貯金照会を本格的に導入し、調査期間の短縮を図っております。")
    say("大西委員", A1, "国民健康保険料の滞納世帯について、短期証の取扱いが変わったと聞いておりますが、納付相談の機会はどのように確保しているのでしょうか。")
    say("（国保）石川課長", A1,
        f"マイナ保険証への移行に伴い、特別療養費の手続の際に納付相談を行う機会を設けております。１１月末現在の現年度分の収納率は{pct(INT['国民健康保険料'][0])}で、"
        f"前年同月を{D_KK}ポイント上回っております。",
        [fact("国民健康保険料", 2025, "１１月末現在", "current", "collection_rate", "interim", INT["国民健康保険料"][0], "percent",
              pct(INT["国民健康保険料"][0]), as_of="2025-11-30")])
    say("佐々木委員", A1, "保育所保育料の滞納繰越分が低い水準とのことですが、こども・子育て支援部としてどのような対策を講じているのか伺います。")
    o_hk = hk["tot"]["o"] * 1000
    say("（こども・子育て）西田部長", A1,
        f"児童手当からの徴収の申出を保護者に勧奨しているほか、卒園児については債権管理担当と連携し、財産調査を進めております。"
        f"令和６年度の保育所保育料の収入未済額は{man(o_hk, 10_000)}で、前年度より減少しております。",
        [fact("保育所保育料", 2024, "令和６年度", "total", "outstanding", "actual", o_hk, "yen", man(o_hk, 10_000))])
    say("松本委員長", A1,
        "ほかにございませんか。――なければ、本件の調査を終わります。次に、報告「令和７年度第２回釧路市債権管理推進会議の結果について」、説明を願います。")
    say("（総務）村上部長", A2,
        "去る１１月２１日に開催いたしました令和７年度第２回釧路市債権管理推進会議の結果について御報告いたします。会議では、１０月末時点の各債権の状況を確認したほか、"
        "令和８年度から非強制徴収公債権及び私債権の一部について、債権管理担当への徴収移管を試行することを確認いたしました。"
        "なお、債権放棄につきましては、令和７年度第３回会議（令和８年２月予定）において審議する予定でございます。")
    say("山崎委員", A2, "徴収移管の試行の対象となる債権と、その規模はどの程度を見込んでいるのか。")
    say("（債権管理）中島主幹", A2,
        "試行の対象は、市営住宅使用料のうち退去者分及び奨学金貸付金の２債権で、対象件数は約１８０件を見込んでおります。効果を検証した上で、対象の拡大を検討してまいります。")
    say("松本委員長", A2, "ほかにございませんか。――なければ、以上で本日の委員会を閉会いたします。")
    return S, F


SPEECH, SPEECH_FACTS = statements()

ATT_MEMBERS = [("委員長", "松本　隆司"), ("副委員長", "工藤　由美"), ("委員", "高橋　一郎"), ("委員", "佐々木　聡"),
               ("委員", "大西　恵"), ("委員", "村田　健"), ("委員", "山崎　和夫")]
ATT_STAFF = [("総務部長", "村上　裕一"), ("納税課長", "佐藤　浩"), ("債権管理担当主幹", "中島　美紀"),
             ("こども・子育て支援部長", "西田　真理"), ("国保年金課長", "石川　剛"), ("上下水道部料金課長", "岡本　進")]
ATT_SEC = [("議事課長", "小野　聡"), ("議事課主査", "金子　亮")]
AGENDA = ["所管事務調査「市債権の管理状況について」", "報告「令和７年度第２回釧路市債権管理推進会議の結果について」"]
MATERIALS = ["資料１　市債権の収納状況（令和６年度決算・令和７年１１月末現在）",
             "資料２　令和７年度第２回釧路市債権管理推進会議 概要",
             "別表　主な債権の収納状況"]
TITLE = "令和７年第４回定例会　総務文教常任委員会記録"


# ---------------------------------------------------------------- docx helpers
def set_font(run, name="IPAex明朝", size=10.5, bold=False):
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


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, font="IPAex明朝", indent=None, first=None,
         space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def cell_text(cell, text, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, font="IPAex明朝", bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size, bold)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def field_run(p, instr, size=9):
    r = p.add_run()
    set_font(r, "IPAex明朝", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def col_widths(table, widths_mm):
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("総務文教常任委員会記録（令和７年１２月９日）"), "IPAex明朝", 8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), "IPAex明朝", 9); field_run(fp, "PAGE"); set_font(fp.add_run(" －"), "IPAex明朝", 9)

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック", space_after=10)
    para(doc, "◇開会年月日　令和７年１２月９日（火曜日）")
    para(doc, "◇開催の場所　第２委員会室")
    para(doc, "◇付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(i)}）{a}", indent=8)
    para(doc, "午前１０時００分開会", align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, f"◇出席委員　{zen(len(ATT_MEMBERS))}名")
    t = doc.add_table(rows=0, cols=4); no_borders(t)
    pairs = ATT_MEMBERS
    for i in range(0, len(pairs), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(pairs[i:i + 2]):
            cell_text(cells[j * 2], name, 10, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[j * 2 + 1], role, 10, WD_ALIGN_PARAGRAPH.LEFT)
    col_widths(t, [35, 40, 35, 40])
    para(doc, "欠席委員　なし")
    para(doc, "◇説明のため出席した者")
    t = doc.add_table(rows=0, cols=4); no_borders(t)
    for i in range(0, len(ATT_STAFF), 2):
        cells = t.add_row().cells
        for j, (title, name) in enumerate(ATT_STAFF[i:i + 2]):
            cell_text(cells[j * 2], name, 10, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[j * 2 + 1], title, 10, WD_ALIGN_PARAGRAPH.LEFT)
    col_widths(t, [28, 54, 28, 54])
    para(doc, "◇事務局職員　" + "　".join(f"{t_}　{n}" for t_, n in ATT_SEC))
    para(doc, "◇配付資料")
    for m in MATERIALS:
        para(doc, m, indent=8)
    para(doc, "")

    # speech; ◎ topic headings before each agenda item
    a1_done = a2_done = False
    for s in SPEECH:
        if s["section"] == AGENDA[0] and not a1_done:
            para(doc, "◎市債権の管理状況について", bold=True, font="IPAexゴシック", space_after=4)
            a1_done = True
        if s["section"] == AGENDA[1] and not a2_done:
            para(doc, "◎令和７年度第２回釧路市債権管理推進会議の結果について", bold=True, font="IPAexゴシック", space_after=4)
            a2_done = True
        para(doc, "○" + s["speaker"], font="IPAexゴシック", space_after=0)
        para(doc, s["text"], first=3.7, space_after=6)
    para(doc, "午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- 別表 (new page)
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況（令和６年度決算）", 11.5, True, font="IPAexゴシック", space_after=0)
    para(doc, "（単位：千円、％）", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    hdr = ["債権名", "区\n分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度\n収納率"]
    t = doc.add_table(rows=1, cols=len(hdr)); borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    repeat_header(t.rows[0])
    facts_tab = []
    FY, FYR = 2024, "令和６年度決算"

    def num_row(cells, vals, bold=False):
        for i, v in enumerate(vals):
            cell_text(cells[i], v, 8.5, WD_ALIGN_PARAGRAPH.RIGHT, "IPAex明朝", bold)

    # 合計 first
    cells = t.add_row().cells
    cell_text(cells[0], "合　計", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    cell_text(cells[1], "", 8.5)
    g = GRAND
    num_row(cells[2:], [f"{g['a']:,}", f"{g['c']:,}", f"{g['w']:,}", f"{g['o']:,}", f"{g['r']:.2f}", "－"], True)
    for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        facts_tab.append(fact(None, FY, FYR, "total", m, "actual", g[k] * 1000, "yen", f"{g[k]:,}", debt_raw="合計"))
    facts_tab.append(fact(None, FY, FYR, "total", "collection_rate", "actual", g["r"], "percent", f"{g['r']:.2f}", debt_raw="合計"))
    for d, rr in ROWS.items():
        first = None
        for seg, lab, key in (("current", "現年", "cur"), ("arrears", "滞繰", "arr"), ("total", "計", "tot")):
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = cells[0]
            cell_text(cells[1], lab, 8.5, WD_ALIGN_PARAGRAPH.CENTER)
            v = rr[key]
            prev = rr["prev"][key]
            o_str = f"{v['o']:,}"
            if d == "後期高齢者医療保険料" and key == "cur":
                o_str += "※"
            num_row(cells[2:], [f"{v['a']:,}", f"{v['c']:,}", f"{v['w']:,}" if v["w"] else "0", o_str,
                                f"{v['r']:.2f}", f"{prev:.2f}"])
            for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
                raw = f"{v[k]:,}" if (k != "w" or v["w"]) else "0"
                if m == "outstanding" and d == "後期高齢者医療保険料" and key == "cur":
                    raw += "※"
                facts_tab.append(fact(d, FY, FYR, seg, m, "actual", v[k] * 1000, "yen", raw))
            facts_tab.append(fact(d, FY, FYR, seg, "collection_rate", "actual", v["r"], "percent", f"{v['r']:.2f}"))
            facts_tab.append(fact(d, 2023, "前年度", seg, "collection_rate", "actual", prev, "percent", f"{prev:.2f}"))
        m = first.merge(t.rows[-1].cells[0])
        cell_text(m, d, 8.5, WD_ALIGN_PARAGRAPH.LEFT, "IPAexゴシック")
    col_widths(t, [30, 8, 24, 24, 18, 22, 14, 14])
    para(doc, "※ 後期高齢者医療保険料の現年分収入未済額には、還付未済額を含まない。", 8)
    para(doc, "注）千円未満を四捨五入しているため、合計が一致しない場合がある。", 8, space_after=10)

    para(doc, "別表２　現年分・滞繰分の収納率（１１月末現在）", 11.5, True, font="IPAexゴシック", space_after=0)
    para(doc, "単位：％", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    t = doc.add_table(rows=2, cols=7); borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    cell_text(h0[0], "債権名", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    cell_text(h0[1], "令和７年１１月末", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    cell_text(h0[3], "令和６年１１月末", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    cell_text(h0[5], "差（ポイント）", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    h0[1].merge(h0[2]); h0[3].merge(h0[4]); h0[5].merge(h0[6])
    h1 = t.rows[1].cells
    for i, lab in enumerate(["", "現年分", "滞繰分", "現年分", "滞繰分", "現年分", "滞繰分"]):
        if i:
            cell_text(h1[i], lab, 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    t.rows[0].cells[0].merge(t.rows[1].cells[0])
    cell_text(t.rows[0].cells[0], "債権名", 8.5, WD_ALIGN_PARAGRAPH.CENTER, "IPAexゴシック")
    for d, c1, a1, c0, a0 in INTERIM:
        cells = t.add_row().cells
        cell_text(cells[0], d, 8.5, WD_ALIGN_PARAGRAPH.LEFT)

        def dif(x):
            return f"+{x:.2f}" if x >= 0 else f"△{abs(x):.2f}"
        num_row(cells[1:], [f"{c1:.2f}", f"{a1:.2f}", f"{c0:.2f}", f"{a0:.2f}", dif(round(c1 - c0, 2)), dif(round(a1 - a0, 2))])
        facts_tab += [
            fact(d, 2025, "令和７年１１月末", "current", "collection_rate", "interim", c1, "percent", f"{c1:.2f}", as_of="2025-11-30"),
            fact(d, 2025, "令和７年１１月末", "arrears", "collection_rate", "interim", a1, "percent", f"{a1:.2f}", as_of="2025-11-30"),
            fact(d, 2024, "令和６年１１月末", "current", "collection_rate", "interim", c0, "percent", f"{c0:.2f}", as_of="2024-11-30"),
            fact(d, 2024, "令和６年１１月末", "arrears", "collection_rate", "interim", a0, "percent", f"{a0:.2f}", as_of="2024-11-30")]
    col_widths(t, [40, 19, 19, 19, 19, 19, 19])

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf")
    return pdf, facts_tab


def main():
    pdf, facts_tab = build()
    facts = [dict(f) for f in SPEECH_FACTS] + facts_tab
    errs = locate(pdf, facts, "raw")
    # statements: page of the text start
    stm = [dict(s) for s in SPEECH]
    errs += locate(pdf, stm, "text")
    for e in errs:
        print("LOCATE", e)
    for s in stm:
        s.pop("_hint", None)
    attendees = ([{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in ATT_MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n.replace("　", " ")} for t, n in ATT_STAFF]
                 + [{"role": "事務局", "title": t, "name": n.replace("　", " ")} for t, n in ATT_SEC])
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-09", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": stm}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-12-09",
                "date_raw": "令和７年１２月９日"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    main()
