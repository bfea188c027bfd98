"""春日井市議会 総務委員会会議録（所管事務調査：債権管理）: python-docx -> LibreOffice.

Council committee record in the style of a 四日市市 総務常任委員会 record (speaker line ○氏名役職, text below),
header items numbered 1..8, and a 別表 of 令和6年度決算 figures printed with horizontal rules only.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import OUT, PDF, Gold, check, comma, oku_man, rate, round_man, squash, to_pdf, zen  # noqa: E402

STEM = "p_kasugai_minutes_1"
CITY = "春日井市"
FY = 2024

# 別表: (現年度分 調定, 収入済, 不納欠損), (滞納繰越分 ...) 単位：千円
DEBTS = [
    ("市税", (41286534, 40923118, 0), (1468212, 401557, 98431)),
    ("国民健康保険税", (6843215, 6492318, 1204), (2104387, 512644, 221905)),
    ("介護保険料", (7012455, 6951023, 0), (186322, 38811, 42106)),
    ("後期高齢者医療保険料", (3521876, 3506112, 0), (41208, 15327, 6144)),
    ("保育所保育料", (1046233, 1031502, 0), (52118, 9871, 6922)),
    ("市営住宅使用料", (402117, 391865, 0), (98334, 17503, 5211)),
]


def seg_rows(cur, arr):
    tot = tuple(a + b for a, b in zip(cur, arr))
    out = []
    for name, seg, (a, c, w) in (("現年度分", "current", cur), ("滞納繰越分", "arrears", arr), ("計", "total", tot)):
        out.append((name, seg, a, c, w, a - c - w, rate(c, a)))
    return out


TABLE = [(d, seg_rows(c, a)) for d, c, a in DEBTS]
TOTAL = seg_rows(tuple(sum(x[1][i] for x in DEBTS) for i in range(3)),
                 tuple(sum(x[2][i] for x in DEBTS) for i in range(3)))


def row_of(debt, seg):
    for d, rows in TABLE:
        if d == debt:
            for r in rows:
                if r[1] == seg:
                    return r
    raise KeyError(debt)


TOT_OUT = TOTAL[2][5] * 1000
TOT_OUT_R = round_man(TOT_OUT)
PREV_OUT_R = 3574000000
TOT_RATE = TOTAL[2][6]
ZEI_CUR = row_of("市税", "current")
ZEI_ARR = row_of("市税", "arrears")
KOKUHO_CUR = row_of("国民健康保険税", "current")
KOKUHO_ARR = row_of("国民健康保険税", "arrears")
KOKUHO_OUT_R = round_man(row_of("国民健康保険税", "total")[5] * 1000)
HOIKU_ARR = row_of("保育所保育料", "arrears")
HOIKU_OUT_R = round_man(row_of("保育所保育料", "total")[5] * 1000, 10)
JUTAKU_ARR = row_of("市営住宅使用料", "arrears")
JUTAKU_OUT_R = round_man(row_of("市営住宅使用料", "total")[5] * 1000, 10)


def pct(v):
    return f"{v:.2f}％"


A1 = "債権管理の状況について"
A2 = "令和7年度第2回春日井市債権管理推進会議の結果について（報告）"

# statements: (speaker line as printed, speaker, section, text, [facts...])
# a fact: dict(raw=..., other Gold.fact kwargs)
ST = []


def say(speaker, section, text, facts=()):
    ST.append((speaker, section, text, list(facts)))


say("水野博之委員長", A1,
    "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として、市の債権管理の状況について調査を行います。"
    "あわせて、先月開催されました令和7年度第2回春日井市債権管理推進会議の結果について報告を受けます。"
    "それでは、理事者から説明をお願いいたします。")
say("服部財政部長", A1,
    f"財政部長の服部でございます。お手元の資料1、市債権の収納状況をご覧ください。令和6年度決算における市債権全体の収入未済額は"
    f"約{oku_man(TOT_OUT_R)}となり、前年度の約{oku_man(PREV_OUT_R)}から縮減いたしました。"
    f"全体の収納率は{pct(TOT_RATE)}でございます。債権ごとの内訳は別表のとおりでございまして、詳細は担当課長から説明させていただきます。",
    [dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度決算", seg="total", metric="outstanding", basis="actual",
          value=TOT_OUT_R, unit="yen", raw=f"約{oku_man(TOT_OUT_R)}", approx=True),
     dict(debt=None, debt_raw=None, fy=2023, fy_raw="前年度", seg="total", metric="outstanding", basis="actual",
          value=PREV_OUT_R, unit="yen", raw=f"約{oku_man(PREV_OUT_R)}", approx=True),
     dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度決算", seg="total", metric="collection_rate",
          basis="actual", value=TOT_RATE, unit="percent", raw=pct(TOT_RATE))])
say("柴田収納課長", A1,
    f"収納課長の柴田です。市税について申し上げます。令和6年度の収納率は、現年課税分が{pct(ZEI_CUR[6])}、滞納繰越分が{pct(ZEI_ARR[6])}で、"
    f"いずれも前年度を上回りました。本年度の状況でございますが、9月末現在の現年課税分の収納率は54.12％で、前年同期の53.80％を上回っております。"
    f"引き続き、納期限後の早期の文書催告と、預貯金・給与を中心とした財産調査を徹底してまいります。",
    [dict(debt="市税", fy=2024, fy_raw="令和6年度", seg="current", metric="collection_rate", basis="actual",
          value=ZEI_CUR[6], unit="percent", raw=pct(ZEI_CUR[6])),
     dict(debt="市税", fy=2024, fy_raw="令和6年度", seg="arrears", metric="collection_rate", basis="actual",
          value=ZEI_ARR[6], unit="percent", raw=pct(ZEI_ARR[6])),
     dict(debt="市税", fy=2025, fy_raw="9月末現在", seg="current", metric="collection_rate", basis="interim",
          as_of="2025-09-30", value=54.12, unit="percent", raw="54.12％"),
     dict(debt="市税", fy=2024, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim",
          as_of="2024-09-30", value=53.80, unit="percent", raw="53.80％")])
say("鬼頭保険医療年金課長", A1,
    f"保険医療年金課長の鬼頭でございます。国民健康保険税の令和6年度の収納率は、現年課税分{pct(KOKUHO_CUR[6])}、"
    f"滞納繰越分{pct(KOKUHO_ARR[6])}で、収入未済額は約{oku_man(KOKUHO_OUT_R)}となっております。"
    f"本年度10月末の現年課税分の収納率は48.6％で、前年同月の47.9％に比べ改善しております。"
    f"短期被保険者証の交付時の納付相談と、口座振替の勧奨を継続してまいります。",
    [dict(debt="国民健康保険税", fy=2024, fy_raw="令和6年度", seg="current", metric="collection_rate", basis="actual",
          value=KOKUHO_CUR[6], unit="percent", raw=pct(KOKUHO_CUR[6])),
     dict(debt="国民健康保険税", fy=2024, fy_raw="令和6年度", seg="arrears", metric="collection_rate", basis="actual",
          value=KOKUHO_ARR[6], unit="percent", raw=pct(KOKUHO_ARR[6])),
     dict(debt="国民健康保険税", fy=2024, fy_raw="令和6年度", seg="total", metric="outstanding", basis="actual",
          value=KOKUHO_OUT_R, unit="yen", raw=f"約{oku_man(KOKUHO_OUT_R)}", approx=True),
     dict(debt="国民健康保険税", fy=2025, fy_raw="本年度10月末", seg="current", metric="collection_rate",
          basis="interim", as_of="2025-10-31", value=48.6, unit="percent", raw="48.6％"),
     dict(debt="国民健康保険税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate",
          basis="interim", as_of="2024-10-31", value=47.9, unit="percent", raw="47.9％")])
say("水野博之委員長", A1, "説明が終わりました。質疑はございませんか。")
say("伊藤健司委員", A1,
    "別表を見ますと、保育所保育料と市営住宅使用料は滞納繰越分の収納率が低いままです。"
    "過年度分の回収について、どのような対応をされているのか伺います。")
say("大島保育課長", A1,
    f"保育課長の大島でございます。保育所保育料の滞納繰越分の収納率は{pct(HOIKU_ARR[6])}にとどまっております。"
    f"卒園された世帯への催告が中心となりますので、児童手当からの申出徴収の案内を強化し、"
    f"収入未済額約{oku_man(HOIKU_OUT_R)}の縮減に努めてまいります。",
    [dict(debt="保育所保育料", fy=2024, fy_raw="令和6年度", seg="arrears", metric="collection_rate", basis="actual",
          value=HOIKU_ARR[6], unit="percent", raw=pct(HOIKU_ARR[6])),
     dict(debt="保育所保育料", fy=2024, fy_raw="令和6年度", seg="total", metric="outstanding", basis="actual",
          value=HOIKU_OUT_R, unit="yen", raw=f"収入未済額約{oku_man(HOIKU_OUT_R)}", approx=True)])
say("吉村住宅政策課長", A1,
    f"住宅政策課長の吉村です。市営住宅使用料の滞納繰越分の収納率は{pct(JUTAKU_ARR[6])}でございます。"
    f"退去された方の滞納分が大半を占めておりますので、連帯保証人への請求と、支払督促の申立てを計画的に行ってまいります。",
    [dict(debt="市営住宅使用料", fy=2024, fy_raw="令和6年度", seg="arrears", metric="collection_rate", basis="actual",
          value=JUTAKU_ARR[6], unit="percent", raw=pct(JUTAKU_ARR[6]))])
say("丹羽由紀子委員", A1,
    "徴収が見込めない債権を抱え続けると、管理の手間だけが残ることになります。債権放棄の判断はどのように行っているのでしょうか。")
say("服部財政部長", A1,
    "債権管理条例に基づき、時効期間の経過や生活困窮などの要件を各課が確認した上で、債権管理推進会議で審議し、放棄を決定しております。"
    "放棄した債権は議会に報告させていただいております。")
say("水野博之委員長", A2, "ほかにございませんか。ないようですので、次に、債権管理推進会議の結果について報告をお願いします。")
say("服部財政部長", A2,
    "資料2をご覧ください。令和7年10月28日に令和7年度第2回春日井市債権管理推進会議を開催し、"
    "令和8年度の重点取組方針、滞納整理強化月間の実施計画、私債権の放棄の3件について審議し、いずれも原案のとおり了承されました。"
    "私債権の放棄は12件で、いずれも時効期間が経過し、債務者の所在が不明なものでございます。")
say("水野博之委員長", A2, "以上で本日の所管事務調査を終了し、総務委員会を閉会いたします。")

ATTEND = [("委員長", None, "水野 博之"), ("副委員長", None, "加藤 里美"),
          ("委員", None, "伊藤 健司"), ("委員", None, "長谷川 誠"), ("委員", None, "丹羽 由紀子"),
          ("委員", None, "小林 大輔"), ("委員", None, "梶田 修")]
EXPLAIN = [("副市長", "成田 浩二"), ("総務部長", "浅井 政和"), ("財政部長", "服部 和典"), ("収納課長", "柴田 幸司"),
           ("健康福祉部長", "野々山 恵"), ("保険医療年金課長", "鬼頭 雅人"), ("子ども・若者部長", "市川 典子"),
           ("保育課長", "大島 宏"), ("まちづくり推進部長", "後藤 隆"), ("住宅政策課長", "吉村 直樹")]
STAFF = [("議事課長", "中島 亮"), ("書記", "岩田 麻衣")]
MATERIALS = ["資料1　市債権の収納状況（令和6年度決算）", "資料2　令和7年度第2回春日井市債権管理推進会議 審議結果の概要"]


def set_font(run, size=10.5, name="IPAexMincho", bold=False):
    run.font.size = Pt(size)
    run.font.name = name
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=0, name="IPAexMincho", space_after=2):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    set_font(p.add_run(text), size, name, bold)
    return p


def borders_h_only(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val == "single":
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, size=9, align="left", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, "IPAexGothic", bold)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    set_font(run, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._element.append(it)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run("令和7年11月20日　総務委員会"), 8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    footer(sec)

    para(doc, "総務委員会会議録", 16, True, "center", name="IPAexGothic", space_after=8)
    para(doc, "１　開催日時　令和７年11月20日（木曜日）　午前10時00分から午前11時42分まで")
    para(doc, "２　開催場所　第１委員会室")
    para(doc, "３　出席委員（７名）")
    para(doc, "委員長　水 野 博 之　　副委員長　加 藤 里 美", indent_mm=8)
    para(doc, "委　員　伊 藤 健 司　　長谷川　誠　　丹 羽 由紀子　　小 林 大 輔　　梶 田　修", indent_mm=8)
    para(doc, "４　欠席委員　な　し")
    para(doc, "５　説明のため出席した者の職・氏名")
    for i in range(0, len(EXPLAIN), 2):
        line = "　　".join(f"{t}　{n}" for t, n in EXPLAIN[i:i + 2])
        para(doc, line, indent_mm=8)
    para(doc, "６　職務のため出席した事務局職員")
    para(doc, "　　".join(f"{t}　{n}" for t, n in STAFF), indent_mm=8)
    para(doc, "７　付議事件（所管事務調査）")
    para(doc, f"(1)　{A1}", indent_mm=8)
    para(doc, f"(2)　{A2}", indent_mm=8)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, indent_mm=8)
    para(doc, "　", space_after=2)
    para(doc, "午前10時00分開議", align="center", space_after=6)

    cur = None
    for speaker, section, text, _ in ST:
        if section != cur:
            cur = section
            label = "(1)" if section == A1 else "(2)"
            para(doc, f"{label}　{section}", bold=True, name="IPAexGothic", space_after=4)
        para(doc, f"○{speaker}", name="IPAexGothic", space_after=1)
        para(doc, "　" + text, indent_mm=4, space_after=6)
    para(doc, "午前11時42分閉会", align="center")

    # 別表 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和６年度決算）", 12, True, name="IPAexGothic", space_after=2)
    para(doc, "（単位：千円、％）", 9, align="right", space_after=2)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = []
    for d, segs in TABLE + [("合計", TOTAL)]:
        for name, seg, a, c, w, o, r in segs:
            rows.append((d, name, a, c, w, o, r))
    t = doc.add_table(rows=1 + len(rows), cols=len(heads))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders_h_only(t)
    widths = [Mm(38), Mm(20), Mm(23), Mm(23), Mm(19), Mm(21), Mm(14)]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, 9, "center", True)
    for i, (d, name, a, c, w, o, r) in enumerate(rows, start=1):
        cell_text(t.cell(i, 1), name, 9, "center")
        for j, v in enumerate((a, c, w, o), start=2):
            cell_text(t.cell(i, j), comma(v) if v else "0", 9, "right")
        cell_text(t.cell(i, 6), f"{r:.2f}", 9, "right")
    # merged debt-name cells spanning the three segment rows
    for k in range(len(rows) // 3):
        top = 1 + 3 * k
        m = t.cell(top, 0).merge(t.cell(top + 2, 0))
        cell_text(m, rows[3 * k][0], 9, "left")
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para(doc, "※　収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入している。", 8, space_after=0)
    para(doc, "※　収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額である。", 8)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "kasugai")


def gold():
    g = Gold()
    pdf = fitz.open(PDF / f"{STEM}.pdf")
    pages = [squash(p.get_text()) for p in pdf]
    statements = []
    for speaker, section, text, facts in ST:
        key = squash(text)
        pg = next((i + 1 for i, p in enumerate(pages) if key in p), None)
        if pg is None:  # statement split over a page break: the page where it starts
            pg = next(i + 1 for i, p in enumerate(pages) if key[:30] in p)
            pgs = [pg, pg + 1]
        else:
            pgs = [pg]
        statements.append({"speaker": speaker, "section": section, "text": text, "page": pg if len(pgs) == 1 else None})
        for f in facts:
            f = dict(f)
            raw = f.pop("raw")
            hit = [p for p in pgs if squash(raw) in pages[p - 1]]
            g.fact(raw=raw, page=hit[0], **f)
    last = len(pages)
    for d, segs in TABLE + [("合計", TOTAL)]:
        debt = None if d == "合計" else d
        for name, seg, a, c, w, o, r in segs:
            for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                g.fact(debt=debt, debt_raw=d, fy=FY, fy_raw="令和６年度決算", seg=seg, metric=metric, basis="actual",
                       value=v * 1000, unit="yen", raw=comma(v) if v else "0", page=last)
            g.fact(debt=debt, debt_raw=d, fy=FY, fy_raw="令和６年度決算", seg=seg, metric="collection_rate",
                   basis="actual", value=r, unit="percent", raw=f"{r:.2f}", page=last)
    attendees = [{"role": r, "title": t, "name": n} for r, t, n in ATTEND]
    attendees += [{"role": "説明員", "title": t, "name": n} for t, n in EXPLAIN]
    attendees += [{"role": "事務局", "title": t, "name": n} for t, n in STAFF]
    minutes = {"title": "総務委員会会議録", "meeting_number": None, "date": "2025-11-20", "method": None,
               "attendees": attendees, "agenda": [A1, A2], "materials": MATERIALS, "statements": statements}
    g.write(STEM, kind="minutes", municipality=CITY, title="総務委員会会議録", date="2025-11-20",
            date_raw="令和７年11月20日", minutes=minutes)


if __name__ == "__main__":
    build()
    gold()
    check(STEM)
