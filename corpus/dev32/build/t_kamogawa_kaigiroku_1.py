"""加茂川市議会 総務常任委員会 会議録 (所管事務調査：債権管理) — python-docx -> LibreOffice.

Modelled on a council committee record of a 所管事務調査 on 債権管理 (○委員長 / ○部長 / ○課長 speaker
markers, 出席委員・説明のため出席した者 lists) and ends with a 別表 of figures whose table has only horizontal rules,
the 合計 row first and the debt name in a merged cell over 現年分/滞納繰越分/計.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import F, OUT, PDF, comma, oku_man, rate, to_pdf, write_gold  # noqa: E402

STEM = "t_kamogawa_kaigiroku_1"
CITY = "加茂川市"
FY = 2024
FYR = "令和6年度"

# 別表 data, 千円: (debt, segment label, 調定額, 収入済額, 不納欠損額)
ROWS = [
    ("市税", "現年分", 21_845_320, 21_652_987, 3_415),
    ("市税", "滞納繰越分", 812_406, 283_118, 41_270),
    ("国民健康保険税", "現年分", 3_214_880, 3_067_412, 1_806),
    ("国民健康保険税", "滞納繰越分", 702_115, 194_003, 36_912),
    ("介護保険料", "現年分", 2_406_731, 2_385_920, 902),
    ("介護保険料", "滞納繰越分", 61_224, 12_870, 9_540),
    ("後期高齢者医療保険料", None, 1_158_402, 1_152_116, 1_033),
    ("保育所保育料", None, 214_560, 190_988, 1_242),
    ("市営住宅使用料", None, 398_730, 362_015, 2_640),
]
SEG = {"現年分": "current", "滞納繰越分": "arrears", None: "total", "計": "total"}


def rows_with_totals():
    out = []
    by = {}
    for d, s, a, c, w in ROWS:
        by.setdefault(d, []).append((s, a, c, w))
    for d, lst in by.items():
        for s, a, c, w in lst:
            out.append((d, s, a, c, w))
        if len(lst) > 1:
            a = sum(x[1] for x in lst); c = sum(x[2] for x in lst); w = sum(x[3] for x in lst)
            out.append((d, "計", a, c, w))
    leaf = [r for r in out if r[1] != "現年分" and r[1] != "滞納繰越分"]
    ta = sum(r[2] for r in leaf); tc = sum(r[3] for r in leaf); tw = sum(r[4] for r in leaf)
    return [("合計", None, ta, tc, tw)] + out


TABLE = [(d, s, a, c, w, a - c - w, rate(c, a)) for d, s, a, c, w in rows_with_totals()]
T = {(d, s): r for d, s, *r in TABLE}
TOTAL_OUT = T[("合計", None)][3] * 1000
PREV_TOTAL_OUT = 1_536_870_000  # 令和5年度 (not printed in the table)


def man_round(yen):
    return int(round(yen / 1_000_000)) * 1_000_000


def pct(v):
    return f"{v:.2f}％"


# ---------------------------------------------------------------- statements
tot_r = man_round(TOTAL_OUT)
prev_r = man_round(PREV_TOTAL_OUT)
diff_r = prev_r - tot_r
wo_total = T[("合計", None)][2] * 1000
wo_r = int(round(wo_total / 100_000)) * 100_000
hoiku_out = T[("保育所保育料", None)][3] * 1000
hoiku_r = int(round(hoiku_out / 100_000)) * 100_000
tax_c, tax_a = T[("市税", "現年分")][4], T[("市税", "滞納繰越分")][4]
kok_c, kok_a = T[("国民健康保険税", "現年分")][4], T[("国民健康保険税", "滞納繰越分")][4]
KOK_HH = 1284
KOK_HH_PREV = 1397

FACTS = []
S = []  # (speaker, text)

S.append(("山田委員長", "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理の取組状況について理事者から説明を受けた後、質疑を行います。それでは、説明をお願いします。"))
S.append(("佐藤財政部長", "財政部長の佐藤でございます。本日は、令和6年度決算に基づく主な債権の状況と、今年度上半期の取組について御報告いたします。詳細は債権管理課長から説明させていただきます。"))
t3 = (f"お手元の資料１、別表を御覧ください。令和6年度決算における主な債権の収入未済額の合計は約{oku_man(tot_r)}となり、"
      f"令和5年度の約{oku_man(prev_r)}から約{oku_man(diff_r)}縮減いたしました。市税の収納率は、現年分が{pct(tax_c)}、"
      f"滞納繰越分が{pct(tax_a)}でございます。また、今年度の市税現年分の10月末時点の収納率は62.35％で、前年同月の61.90％を"
      "0.45ポイント上回っております。なお、本日の内容は、来年1月に予定しております令和7年度第2回債権管理推進本部会議でも報告する予定です。")
S.append(("小松債権管理課長", t3))
FACTS += [
    F(None, FY, FYR, "total", "outstanding", "actual", tot_r, "yen", f"約{oku_man(tot_r)}", debt_raw=None, approx=True,
      ctx=f"合計は約{oku_man(tot_r)}"),
    F(None, FY - 1, "令和5年度", "total", "outstanding", "actual", prev_r, "yen", f"約{oku_man(prev_r)}", debt_raw=None,
      approx=True, ctx=f"令和5年度の約{oku_man(prev_r)}"),
    F("市税", FY, FYR, "current", "collection_rate", "actual", tax_c, "percent", pct(tax_c), ctx=f"現年分が{pct(tax_c)}"),
    F("市税", FY, FYR, "arrears", "collection_rate", "actual", tax_a, "percent", pct(tax_a), ctx=f"滞納繰越分が{pct(tax_a)}"),
    F("市税", 2025, "今年度", "current", "collection_rate", "interim", 62.35, "percent", "62.35％", as_of="2025-10-31",
      ctx="収納率は62.35％"),
    F("市税", 2024, "前年同月", "current", "collection_rate", "interim", 61.90, "percent", "61.90％", as_of="2024-10-31",
      ctx="前年同月の61.90％"),
]
S.append(("石井委員", "国民健康保険税の滞納繰越分の収納率が他の税目に比べて低いように見えますが、その要因と今後の対策を伺います。"))
t5 = (f"保険年金課長でございます。国民健康保険税の滞納繰越分の収納率は令和6年度で{pct(kok_a)}であり、現年分の{pct(kok_c)}と"
      f"比べて低い水準にございます。滞納世帯数は{KOK_HH:,}世帯で、前年度の{KOK_HH_PREV:,}世帯から減少しておりますが、"
      "資格喪失後の転出者の割合が高く、居所の把握に時間を要していることが要因と考えております。今後は、財産調査を早期に行い、"
      "換価の見込みがない案件については執行停止を適切に判断してまいります。")
S.append(("中川保険年金課長", t5))
FACTS += [
    F("国民健康保険税", FY, FYR, "arrears", "collection_rate", "actual", kok_a, "percent", pct(kok_a), ctx=f"令和6年度で{pct(kok_a)}"),
    F("国民健康保険税", FY, FYR, "current", "collection_rate", "actual", kok_c, "percent", pct(kok_c), ctx=f"現年分の{pct(kok_c)}"),
    F("国民健康保険税", FY, FYR, "total", "delinquents", "actual", KOK_HH, "households", f"{KOK_HH:,}世帯",
      ctx=f"滞納世帯数は{KOK_HH:,}世帯"),
    F("国民健康保険税", FY - 1, "前年度", "total", "delinquents", "actual", KOK_HH_PREV, "households", f"{KOK_HH_PREV:,}世帯",
      ctx=f"前年度の{KOK_HH_PREV:,}世帯"),
]
S.append(("中島委員", "保育所保育料について、口座振替の勧奨の状況と収入未済額の動向を教えてください。"))
t7 = (f"子ども・若者部長でございます。保育所保育料の令和6年度末の収入未済額は約{oku_man(hoiku_r)}でございます。"
      "入園決定時に口座振替の申込みをお願いしており、現在の口座振替率はおおむね8割となっております。"
      "卒園児の未納分については、児童手当からの申出徴収も活用しながら、引き続き納付を働きかけてまいります。")
S.append(("西村子ども・若者部長", t7))
FACTS.append(F("保育所保育料", FY, "令和6年度末", "total", "outstanding", "actual", hoiku_r, "yen", f"約{oku_man(hoiku_r)}",
               approx=True, ctx=f"収入未済額は約{oku_man(hoiku_r)}"))
S.append(("岡本副委員長", "不納欠損の状況についてはどうでしょうか。時効による欠損が多いのであれば問題だと思いますが。"))
t9 = (f"令和6年度の不納欠損額は、別表の合計で約{oku_man(wo_r)}でございます。その多くは滞納処分の執行停止が3年間継続したことによる"
      "ものであり、時効の完成によるものは一部にとどまっております。引き続き、早期の財産調査により、徴収すべきものは徴収し、"
      "徴収できないものは法令に基づいて適切に整理してまいります。")
S.append(("小松債権管理課長", t9))
FACTS.append(F(None, FY, FYR, "total", "written_off", "actual", wo_r, "yen", f"約{oku_man(wo_r)}", debt_raw="合計", approx=True,
               ctx=f"合計で約{oku_man(wo_r)}"))
S.append(("藤田委員", "市営住宅使用料について、長期の滞納者への法的措置はどの程度行っているのでしょうか。"))
t11 = ("都市整備部長でございます。市営住宅使用料につきましては、滞納が6か月以上となった入居者に対し、連帯保証人への通知と"
       "併せて明渡請求の予告を行っております。令和6年度は明渡し等請求訴訟を4件提起し、うち3件は和解により分割納付となっております。"
       "今後も、退去者の滞納分については弁護士への回収委託を活用してまいります。")
S.append(("岩崎都市整備部長", t11))
S.append(("森委員", "国民健康保険税の今年度の状況はいかがですか。"))
t13 = ("国民健康保険税の現年分の令和7年10月末時点の収納率は48.20％で、前年同月の47.65％と比べ0.55ポイント上昇しております。"
       "滞納繰越分は10月末で15.84％となっており、前年同月の14.92％を上回っております。年度末に向けて、差押えの前倒しと"
       "納付相談の充実により、目標の達成を目指してまいります。")
S.append(("中川保険年金課長", t13))
FACTS += [
    F("国民健康保険税", 2025, "令和7年10月末", "current", "collection_rate", "interim", 48.20, "percent", "48.20％",
      as_of="2025-10-31", ctx="収納率は48.20％"),
    F("国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", 47.65, "percent", "47.65％",
      as_of="2024-10-31", ctx="前年同月の47.65％"),
    F("国民健康保険税", 2025, "10月末", "arrears", "collection_rate", "interim", 15.84, "percent", "15.84％",
      as_of="2025-10-31", ctx="10月末で15.84％"),
    F("国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", 14.92, "percent", "14.92％",
      as_of="2024-10-31", ctx="前年同月の14.92％"),
]
S.append(("山田委員長", "ほかに質疑はございませんか。――なければ、以上で債権管理の取組状況についての所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。"))

COUNCIL = [("委員長", "山田 恵一"), ("副委員長", "岡本 香織"), ("委員", "石井 大輔"), ("委員", "中島 正樹"),
           ("委員", "藤田 あゆみ"), ("委員", "森 健太郎")]
STAFF = [("財政部長", "佐藤 文雄"), ("債権管理課長", "小松 直人"), ("収納課長", "河合 誠"),
         ("市民生活部長", "長尾 浩二"), ("保険年金課長", "中川 由紀"), ("子ども・若者部長", "西村 涼子"),
         ("都市整備部長", "岩崎 隆")]


def set_cell_borders(table, horiz_only=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in ("left", "right", "insideV"):
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8" if edge in ("top", "bottom") else "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def add_page_field(par):
    run = par.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); run._r.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._r.append(it)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.text = "総務常任委員会記録（令和7年11月20日）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ "); add_page_field(fp); fp.add_run(" －")

    def p(text="", size=None, bold=False, align=None, indent=None):
        par = doc.add_paragraph()
        r = par.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        if align: par.alignment = align
        if indent is not None: par.paragraph_format.left_indent = Mm(indent)
        par.paragraph_format.space_after = Pt(2)
        return par

    p("加茂川市議会", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    p("総務常任委員会会議録", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
    p()
    p("１　開会日時　　令和７年11月20日（木）　午前10時00分開会　午前11時42分閉会")
    p("２　場　　所　　第２委員会室")
    p("３　出席委員（６名）")
    p("　　".join(f"{r}　{n}" for r, n in COUNCIL[:2]), indent=8)
    p("委員　" + "　　".join(n for _, n in COUNCIL[2:]), indent=8)
    p("４　欠席委員　　なし")
    p("５　説明のため出席した者")
    for i in range(0, len(STAFF), 2):
        p("　　".join(f"{r}　{n}" for r, n in STAFF[i:i + 2]), indent=8)
    p("６　事　　件")
    p("所管事務調査　債権管理の取組状況について", indent=8)
    p("７　配付資料")
    p("資料１　主な債権の収入状況（令和６年度決算）（別表）", indent=8)
    p()
    p("午前10時00分　開会", align=WD_ALIGN_PARAGRAPH.LEFT)
    for spk, text in S:
        par = doc.add_paragraph()
        par.paragraph_format.first_line_indent = Mm(-4); par.paragraph_format.left_indent = Mm(4)
        par.paragraph_format.space_after = Pt(4)
        r = par.add_run("○" + spk); r.bold = True
        par.add_run("　" + text)
    p("午前11時42分　閉会")
    # 別表 on a new page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p("別表　主な債権の収入状況（令和６年度決算）", 12, True)
    p("（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tab = doc.add_table(rows=1, cols=len(hdr)); tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(tab)
    for i, h in enumerate(hdr):
        c = tab.rows[0].cells[i]; c.text = h
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; c.paragraphs[0].runs[0].font.size = Pt(9)
    groups = {}
    for d, s, a, c, w, o, rt in TABLE:
        row = tab.add_row()
        vals = [d, s or "", comma(a), comma(c), comma(w), comma(o), f"{rt:.2f}"]
        for i, v in enumerate(vals):
            cell = row.cells[i]; cell.text = v
            cell.paragraphs[0].runs[0].font.size = Pt(8.5)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
        groups.setdefault(d, []).append(len(tab.rows) - 1)
    for d, idx in groups.items():
        if len(idx) > 1:
            top = tab.cell(idx[0], 0)
            for k in idx[1:]:
                tab.cell(k, 0).text = ""
            m = top.merge(tab.cell(idx[-1], 0))
            m.text = d; m.paragraphs[0].runs[0].font.size = Pt(9)
    widths = [Mm(33), Mm(20), Mm(24), Mm(24), Mm(20), Mm(23), Mm(16)]
    tab.autofit = False
    for gc, w in zip(tab._tbl.tblGrid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
    for row in tab.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    p()
    p("※　収納率は、収入済額÷調定額により算出し、小数点以下第３位を四捨五入している。", 8.5)
    p("※　合計欄は、各債権の計（区分の記載がないものは当該債権の額）を合算したものである。", 8.5)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "t_kamo")

    last = len(__import__("t_common").page_texts(pdf))
    facts = list(FACTS)
    for d, s, a, c, w, o, rt in TABLE:
        debt = None if d == "合計" else d
        seg = SEG[s]
        for metric, v, raw in (("assessed", a * 1000, comma(a)), ("collected", c * 1000, comma(c)),
                               ("written_off", w * 1000, comma(w)), ("outstanding", o * 1000, comma(o))):
            facts.append(F(debt, FY, FYR, seg, metric, "actual", v, "yen", raw, last, debt_raw=d))
        facts.append(F(debt, FY, FYR, seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}", last, debt_raw=d))

    minutes = {
        "title": "加茂川市議会総務常任委員会会議録",
        "meeting_number": None,
        "date": "2025-11-20",
        "method": None,
        "attendees": [{"role": r, "name": n} for r, n in COUNCIL + STAFF],
        "agenda": ["債権管理の取組状況について"],
        "materials": ["資料１　主な債権の収入状況（令和６年度決算）（別表）"],
        "statements": [{"speaker": s, "section": "債権管理の取組状況について", "text": t} for s, t in S],
    }
    document = {"kind": "minutes", "municipality": CITY, "title": "加茂川市議会総務常任委員会会議録",
                "date": "2025-11-20", "date_raw": "令和７年11月20日（木）"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
