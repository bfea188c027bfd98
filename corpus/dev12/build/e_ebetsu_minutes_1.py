"""江別市 総務文教常任委員会 会議録 (council committee record) — python-docx -> LibreOffice.

Modelled on the 江別市議会 委員会会議録 pages (city.ebetsu.hokkaido.jp/site/gijiroku1/...): a title line
with the date, (開会前)/(開 会) marks, speakers printed as 「委員長（清水君）：」「納税課長：」「佐々木委員：」
without ○ markers, times in brackets, and here a 別表 of 決算 figures at the end (単位 in the title only).
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
from e_a_common import OUT, PDF_DIR, c, fact, fr, oku_man, rate, to_pdf, write_gold  # noqa: E402

STEM = "e_ebetsu_minutes_1"
CITY = "江別市"
FY = 2024  # 令和6年度決算
FYR = "令和6年度"

# 別表 figures, 単位：千円  (assessed, collected, written_off) per segment
DEBTS = {
    "市税": {"current": (17250400, 17114140, 0), "arrears": (569300, 185600, 37500)},
    "国民健康保険税": {"current": (2846500, 2704800, 0), "arrears": (612400, 152400, 58300)},
    "介護保険料": {"current": (2214600, 2190300, 0), "arrears": (74800, 11200, 9800)},
    "後期高齢者医療保険料": {"current": (1032700, 1027900, 0), "arrears": (9400, 3100, 600)},
}
SEGLABEL = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "計"}


def rows_for(name):
    d = DEBTS[name]
    out = {}
    for seg in ("current", "arrears"):
        a, col, wo = d[seg]
        out[seg] = (a, col, wo, a - col - wo, rate(col, a))
    a = out["current"][0] + out["arrears"][0]
    col = out["current"][1] + out["arrears"][1]
    wo = out["current"][2] + out["arrears"][2]
    out["total"] = (a, col, wo, a - col - wo, rate(col, a))
    return out


R = {k: rows_for(k) for k in DEBTS}


def approx_man(thousand: int) -> int:
    """千円 -> yen rounded to 10万円 (printed as 約x億y,z00万円)"""
    yen = thousand * 1000
    return int(round(yen / 1_000_000)) * 1_000_000


def set_font(run, size=10.5, bold=False, name="IPAex明朝"):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, space_after=2, font="IPAex明朝"):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Mm(indent)
    if align:
        p.alignment = align
    set_font(p.add_run(text), size, bold, font)
    return p


def page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    set_font(run, 9)


def cell_text(cell, text, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, bold, "IPAexゴシック")


def rule_tables(doc):
    for t in doc.tables:
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            b.append(e)
        anchor = None
        for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
            anchor = tblPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(b)
        else:
            tblPr.append(b)


def build():
    facts, inits = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("江別市議会会議録　委員会"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), 9)
    page_field(fp)
    set_font(fp.add_run(" －"), 9)

    title = "総務文教常任委員会　令和7年10月8日（水）"
    para(doc, "トップページ ＞ 江別市議会会議録 ＞ 委員会会議録の閲覧 ＞ 令和7年分の目次", 8)
    para(doc, title, 14, True, space_after=6, font="IPAexゴシック")
    para(doc, "付議事項", 10.5, True, font="IPAexゴシック")
    agenda = ["令和6年度市税等の収納状況について",
              "令和7年度第2回江別市債権管理推進会議の開催結果について",
              "債権の放棄について"]
    para(doc, "１　総務部所管事項", indent=4)
    para(doc, "（１）報告事項", indent=8)
    for k, a in zip("アイウ", agenda):
        para(doc, f"{k}　{a}", indent=14)
    para(doc, "配付資料　資料１　市税等の収納状況（令和6年度決算）　資料２　債権管理推進会議の概要", 9.5, space_after=6)
    materials = ["資料１　市税等の収納状況（令和6年度決算）", "資料２　債権管理推進会議の概要"]

    members = [("委員長", "清水　直樹"), ("副委員長", "高田　美穂"), ("委員", "佐々木　修"),
               ("委員", "岡本　陽子"), ("委員", "長谷　剛"), ("委員", "吉村　仁"), ("委員", "森田　玲子")]
    staff = [("総務部長", "坂下　和彦"), ("財務室長", "宮本　聡"), ("納税課長", "須藤　隆"),
             ("債権管理担当参事", "木村　恵"), ("国保年金課長", "石川　亮")]
    para(doc, "出席委員（７名）", 10.5, True, font="IPAexゴシック")
    para(doc, "　".join(f"{r}　{n}君" for r, n in members[:3]), indent=4)
    para(doc, "　".join(f"{r}　{n}君" for r, n in members[3:]), indent=4)
    para(doc, "説明のため出席した者", 10.5, True, font="IPAexゴシック")
    para(doc, "　".join(f"{r}　{n}" for r, n in staff[:3]), indent=4)
    para(doc, "　".join(f"{r}　{n}" for r, n in staff[3:]), indent=4, space_after=8)
    attendees = [{"role": r, "name": n.replace("　", ""), "title": None} for r, n in members] + \
                [{"role": r, "name": n.replace("　", ""), "title": r} for r, n in staff]

    para(doc, "(開会前)")
    para(doc, "※ 日程確認")
    para(doc, "(開 会)", space_after=4)

    st = []
    anchor = "(開 会)"

    def say(speaker, text, section):
        para(doc, f"{speaker}：{text}", space_after=5)
        st.append({"speaker": speaker, "section": section, "text": text, "page": anchor})

    CH = "委員長（清水君）"
    sz, kk = R["市税"], R["国民健康保険税"]
    tot_out = sum(R[k]["total"][3] for k in R)
    say(CH, "ただいまより、総務文教常任委員会を開会いたします。（9:59）本日の日程は、開会前に確認いたしましたとおり、"
            "次第に記載のとおり進めてよろしいでしょうか。（了）そのように確認いたします。総務部入室のため、暫時休憩いたします。", None)
    say(CH, f"委員会を再開いたします。（10:00）１総務部所管事項、（１）報告事項、アの{agenda[0]}を議題と致します。"
            "本件に対する報告を求めます。", agenda[0])
    s_out = approx_man(sz["total"][3])
    k_out = approx_man(kk["total"][3])
    t1 = (f"令和6年度市税等の収納状況について御報告いたします。資料１ページをお開き願います。"
          f"市税の収納率は、現年課税分が{fr(sz['current'][4])}％、滞納繰越分が{fr(sz['arrears'][4])}％で、"
          f"合計では{fr(sz['total'][4])}％となり、前年度を0.18ポイント上回りました。"
          f"市税の収入未済額は約{oku_man(s_out)}で、前年度と比べ約2,300万円の減少となっております。"
          f"次に、国民健康保険税でありますが、収納率は現年課税分が{fr(kk['current'][4])}％、"
          f"滞納繰越分が{fr(kk['arrears'][4])}％で、収入未済額は約{oku_man(k_out)}となっております。"
          "各税目の詳細は、別表のとおりでありますので、御参照願います。以上です。")
    say("納税課長", t1, agenda[0])
    facts += [
        fact("市税", FY, FYR, "current", "collection_rate", "actual", sz["current"][4], "percent", f"{fr(sz['current'][4])}％", anchor),
        fact("市税", FY, FYR, "arrears", "collection_rate", "actual", sz["arrears"][4], "percent", f"{fr(sz['arrears'][4])}％", anchor),
        fact("市税", FY, FYR, "total", "collection_rate", "actual", sz["total"][4], "percent", f"{fr(sz['total'][4])}％", anchor),
        fact("市税", FY, FYR, "total", "outstanding", "actual", s_out, "yen", f"約{oku_man(s_out)}", anchor, approx=True),
        fact("国民健康保険税", FY, FYR, "current", "collection_rate", "actual", kk["current"][4], "percent", f"{fr(kk['current'][4])}％", anchor),
        fact("国民健康保険税", FY, FYR, "arrears", "collection_rate", "actual", kk["arrears"][4], "percent", f"{fr(kk['arrears'][4])}％", anchor),
        fact("国民健康保険税", FY, FYR, "total", "outstanding", "actual", k_out, "yen", f"約{oku_man(k_out)}", anchor, approx=True),
    ]
    say(CH, "これより質疑を行います。", agenda[0])
    say("佐々木委員", "市税の滞納繰越分の収納率は、現年課税分と比べると大きく下がっていますが、その要因と、"
                 "今後どのように取り組んでいくのか伺います。", agenda[0])
    a_ar, c_ar = sz["arrears"][0] * 1000, sz["arrears"][1] * 1000
    t2 = (f"滞納繰越分の調定額は約{oku_man(round(a_ar, -6))}、収入済額は約{oku_man(round(c_ar, -6))}であります。"
          "滞納繰越分には、長期化した高額事案や、財産が見当たらない事案が多く含まれていることが、収納率が低い要因と考えております。"
          "今後は、財産調査を早期に行い、差押えなどの滞納処分を進めるとともに、納付資力のない事案については、"
          "執行停止を適正に行い、滞納繰越額の圧縮に努めてまいります。")
    say("納税課長", t2, agenda[0])
    facts += [
        fact("市税", FY, FYR, "arrears", "assessed", "actual", round(a_ar, -6), "yen", f"約{oku_man(round(a_ar, -6))}", anchor, approx=True),
        fact("市税", FY, FYR, "arrears", "collected", "actual", round(c_ar, -6), "yen", f"約{oku_man(round(c_ar, -6))}", anchor, approx=True),
    ]
    say("岡本委員", "国民健康保険税について、今年度の収納状況はどうなっているのか伺います。", agenda[0])
    t3 = ("今年度の国民健康保険税の現年課税分の収納率は、8月末時点で28.4％であり、前年同期の28.1％を0.3ポイント上回っております。"
          "引き続き、口座振替の勧奨とＳＭＳによる催告を組み合わせ、早期の納付につなげてまいります。")
    say("国保年金課長", t3, agenda[0])
    facts += [
        fact("国民健康保険税", 2025, "8月末時点", "current", "collection_rate", "interim", 28.4, "percent", "28.4％", anchor, as_of="2025-08-31"),
        fact("国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", 28.1, "percent", "28.1％", anchor, as_of="2024-08-31"),
    ]
    say(CH, "ほかにありませんか。（なし）以上で、本件を終結いたします。"
            f"次に、イの{agenda[1]}を議題と致します。本件に対する報告を求めます。", agenda[1])
    t4 = ("令和7年度第2回江別市債権管理推進会議の開催結果について御報告いたします。資料２ページをお開き願います。"
          "本会議は、去る8月27日に、副市長を会長として開催したものであります。"
          "会議では、税外債権全体の令和6年度末の収入未済額が約1億2,700万円となり、前年度末の約1億3,500万円から"
          "減少したことを報告いたしました。このうち、市営住宅使用料が約4,100万円と最も多く、"
          "所管課と連携し、長期滞納者への法的措置を検討することを確認いたしました。以上です。")
    say("債権管理担当参事", t4, agenda[1])
    facts += [
        fact("税外債権", FY, "令和6年度末", "total", "outstanding", "actual", 127000000, "yen", "約1億2,700万円", anchor, approx=True),
        fact("税外債権", 2023, "前年度末", "total", "outstanding", "actual", 135000000, "yen", "約1億3,500万円", anchor, approx=True),
        fact("市営住宅使用料", FY, "令和6年度末", "total", "outstanding", "actual", 41000000, "yen", "約4,100万円", anchor, approx=True),
    ]
    say(CH, "これより質疑を行います。", agenda[1])
    say("長谷委員", "法的措置を検討するとのことですが、対象となる件数と時期について伺います。", agenda[1])
    say("債権管理担当参事", "現時点では、納付誓約を繰り返し履行しない12件程度を想定しております。"
                       "年度内に所管課と個別に検討を行い、令和8年度の早い時期に支払督促の申立てを行う予定であります。", agenda[1])
    say(CH, f"ほかにありませんか。（なし）以上で、本件を終結いたします。次に、ウの{agenda[2]}を議題と致します。", agenda[2])
    say("財務室長", "江別市債権管理条例第13条の規定に基づき、令和6年度に放棄した債権について御報告いたします。"
                "放棄した債権は、市営住宅使用料など3債権、計26件であり、いずれも債務者の所在不明や死亡により回収の見込みがないものであります。以上です。", agenda[2])
    say(CH, "これより質疑を行います。（なし）以上で、本件を終結いたします。総務部退室のため、暫時休憩いたします。（10:41）", agenda[2])
    say(CH, "委員会を再開いたします。（10:42）その他で、委員の皆様から何かございませんか。（なし）"
            "以上で、本日の委員会を散会いたします。（10:43）", None)

    # 別表 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    btitle = "別表　市税等の収納状況（令和6年度決算）（単位：千円）"
    para(doc, btitle, 11, True, font="IPAexゴシック", space_after=4)
    hdr = ["税目等", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tbl = doc.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for name in DEBTS:
        first = True
        for seg in ("current", "arrears", "total"):
            a, col, wo, out, rt = R[name][seg]
            row = tbl.add_row().cells
            cell_text(row[0], name if first else "", align=WD_ALIGN_PARAGRAPH.LEFT)
            first = False
            cell_text(row[1], SEGLABEL[seg], align=WD_ALIGN_PARAGRAPH.CENTER)
            vals = [(a, "assessed"), (col, "collected"), (wo, "written_off"), (out, "outstanding")]
            for j, (v, m) in enumerate(vals):
                cell_text(row[2 + j], c(v) if v else "0")
                if v:
                    facts.append(fact(name, FY, FYR, seg, m, "actual", v * 1000, "yen", c(v), btitle))
                elif m == "written_off":
                    facts.append(fact(name, FY, FYR, seg, m, "actual", 0, "yen", "0", btitle))
            cell_text(row[6], f"{fr(rt)}%")
            facts.append(fact(name, FY, FYR, seg, "collection_rate", "actual", rt, "percent", f"{fr(rt)}%", btitle))
    # 合計 row
    ta = sum(R[k]["total"][0] for k in R)
    tc = sum(R[k]["total"][1] for k in R)
    tw = sum(R[k]["total"][2] for k in R)
    row = tbl.add_row().cells
    cell_text(row[0], "合計", align=WD_ALIGN_PARAGRAPH.LEFT, bold=True)
    cell_text(row[1], "", align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, (v, m) in enumerate([(ta, "assessed"), (tc, "collected"), (tw, "written_off"), (tot_out, "outstanding")]):
        cell_text(row[2 + j], c(v))
        facts.append(fact(None, FY, FYR, "total", m, "actual", v * 1000, "yen", c(v), btitle, debt_raw="合計"))
    tr = rate(tc, ta)
    cell_text(row[6], f"{fr(tr)}%")
    facts.append(fact(None, FY, FYR, "total", "collection_rate", "actual", tr, "percent", f"{fr(tr)}%", btitle, debt_raw="合計"))
    for w in (22, 22, 24, 24, 22, 24, 16):
        pass
    para(doc, "注１　収納率は、収入済額を調定額で除して算出し、小数点以下第3位を四捨五入している。", 8.5)
    para(doc, "注２　収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額である。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    rule_tables(doc)
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "ebetsu")
    minutes = {"title": "総務文教常任委員会　令和7年10月8日（水）", "meeting_number": None,
               "date": "2025-10-08", "method": None, "attendees": attendees, "agenda": agenda,
               "materials": materials, "statements": st}
    document = {"kind": "minutes", "municipality": CITY, "title": "総務文教常任委員会　令和7年10月8日（水）",
                "date": "2025-10-08", "date_raw": "令和7年10月8日（水）"}
    write_gold(STEM, pdf, document, facts, inits, minutes)


if __name__ == "__main__":
    build()
