"""桜ヶ丘市（架空） 第3次桜ヶ丘市債権管理計画 — python-docx -> LibreOffice.

Modelled on 第2次廿日市市債権管理計画 (city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html: 計画策定の経緯/目的/
計画の期間/対象債権/債権管理の現状, 令和5(2023)年度 style years) and 多治見市債権管理計画 (paperzz.com/doc/6658716:
目標＝各債権の目標収納率と滞納繰越額の削減), holding the 尼崎市-family content: one sheet per debt with a 5-year
調定額/収入済額/収納率 table (here years as rows, 現年分|過年度分 side by side), 目標 by year and numbered 取組 in a
table cell. City name invented (both model cities are used elsewhere).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_a_common import OUT, PDF_DIR, c, cs, fact, fr, oku_man, rate, to_pdf, write_gold  # noqa: E402

STEM = "e_sakuragaoka_plan_1"
CITY = "桜ヶ丘市"
YEARS = [(2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]
TYEARS = [(2025, "R7年度"), (2026, "R8年度"), (2027, "R9年度"), (2028, "R10年度"), (2029, "R11年度")]

# per debt, per year: current (assessed, collected), arrears (assessed, collected), written_off, delinquents
DEBTS = [
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権", "dunit": ("滞納世帯数", "世帯", "households"),
     "cur": [(4821336500, 4487120314), (4702180900, 4395418210), (4655902400, 4370118833), (4598015200, 4330774420), (4510772800, 4261015230)],
     "arr": [(1320554610, 246810250), (1242031580, 251335806), (1167260510, 262071240), (1082345700, 270145018), (1001230355, 268410122)],
     "wo": [164210046, 147558390, 130964040, 117344650, 104532150], "del": [3412, 3288, 3105, 2961, 2874],
     "tgt": {"current": [94.70, 94.90, 95.10, 95.30, 95.50], "arrears": [27.50, 28.20, 28.90, 29.60, 30.30],
             "mi": [812000, 776000, 741000, 707000, 674000]},
     "rows": [("滞納の抑制", [("ア", "納税通知書にWeb口座振替受付の二次元コードを印刷し、口座振替への切替えを促す。", "継続"),
                             ("イ", "資格取得の届出時に口座振替の申込みを受け付ける。", "新規")]),
              ("徴収の強化", [("ウ", "納付誓約の不履行者には、履行期限の翌月に差押予告書を送付する。", "継続"),
                             ("エ", "預貯金照会を電子化し、財産判明から差押えまでの期間を短縮する。", "拡充")])]},
    {"name": "介護保険料", "ka": "介護保険課", "kubun": "強制徴収公債権", "dunit": ("滞納者数", "人", "persons"),
     "cur": [(3105220400, 3073018300), (3150774200, 3119300350), (3188905600, 3158112210), (3220410300, 3190024150), (3265880100, 3236517410)],
     "arr": [(61204300, 7310250), (59880400, 7504100), (57012350, 7812300), (55630900, 8020150), (53245300, 8107440)],
     "wo": [22150300, 21804100, 20660230, 19884400, 18530110], "del": [1855, 1802, 1766, 1710, 1653],
     "tgt": {"current": [99.15, 99.20, 99.25, 99.30, 99.35], "arrears": [15.50, 16.00, 16.50, 17.00, 17.50],
             "mi": [52000, 50000, 48000, 46000, 44000]},
     "rows": [("滞納の抑制", [("ア", "65歳到達時の案内に、特別徴収開始までの納付方法を分かりやすく記載する。", "継続")]),
              ("徴収の強化", [("イ", "長期滞納者には給付制限の予告通知を送付し、納付相談の機会を設ける。", "継続"),
                             ("ウ", "年金以外の収入がある滞納者の財産調査を年2回実施する。", "拡充")])]},
    {"name": "市営住宅使用料", "ka": "住宅政策課", "kubun": "私債権", "dunit": ("滞納者数", "人", "persons"),
     "cur": [(612340800, 598112300), (608115400, 594350820), (603902600, 591005410), (599610200, 587612090), (594877300, 583540610)],
     "arr": [(98420310, 10215400), (96014600, 10870310), (92870200, 11022400), (88731500, 11305700), (84210300, 11450600)],
     "wo": [3810000, 4620000, 5280000, 5800000, 6100000], "del": [402, 391, 377, 360, 344],
     "tgt": {"current": [98.20, 98.30, 98.40, 98.50, 98.60], "arrears": [14.00, 14.50, 15.00, 15.50, 16.00],
             "mi": [76000, 72000, 68000, 64000, 60000]},
     "rows": [("滞納の抑制", [("ア", "入居時の説明会で口座振替の利用を原則とし、残高不足の場合は翌週に電話で連絡する。", "継続")]),
              ("徴収の強化", [("イ", "3か月以上の滞納者には連帯保証人への通知を行い、6か月を超えた場合は明渡請求を検討する。", "継続"),
                             ("ウ", "退去者の未納家賃は、弁護士への回収委託を行う。", "新規")])]},
]
OTHER = {"市税": (612380, 498770), "その他の債権": (88410, 91230)}  # 千円 R1, R5


def set_font(run, size=10, bold=False, name="IPAex明朝"):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, after=3, font="IPAex明朝"):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), size, bold, font)
    return p


def cell(cl, text, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=False):
    cl.text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = cl.paragraphs[0] if i == 0 else cl.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(ln), size, bold, "IPAexゴシック")


def shade(cl):
    tcPr = cl._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:fill"), "DDDDDD")
    tcPr.append(sh)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_field(par):
    run = par.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    set_font(run, 9)


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
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(hp.add_run("第3次桜ヶ丘市債権管理計画"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, "第3次桜ヶ丘市債権管理計画", 18, True, WD_ALIGN_PARAGRAPH.CENTER, after=2, font="IPAexゴシック")
    para(doc, "（令和7(2025)年度～令和11(2029)年度）", 12, False, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "令和7年3月　桜ヶ丘市 総務部 収納課", 10.5, False, WD_ALIGN_PARAGRAPH.RIGHT, after=10)
    para(doc, "１　計画策定の経緯", 12, True, font="IPAexゴシック")
    para(doc, "　本市では、債権管理条例に基づき、第1次計画（令和元年度～令和3年度）及び第2次計画（令和4年度～令和6年度）を"
              "策定し、全庁的に債権の適正な管理と収納率の向上に取り組んできた。引き続き市民負担の公平性を確保するため、第3次計画を策定する。", indent=2)
    para(doc, "２　計画の期間", 12, True, font="IPAexゴシック")
    para(doc, "　令和7(2025)年度から令和11(2029)年度までの5か年とする。", indent=2)
    para(doc, "３　対象債権の収入未済額", 12, True, font="IPAexゴシック")

    # per debt derived figures
    for d in DEBTS:
        d["calc"] = []
        for i in range(5):
            ca, cc = d["cur"][i]
            aa, ac = d["arr"][i]
            ta, tc = ca + aa, cc + ac
            wo = d["wo"][i]
            d["calc"].append({"ca": ca, "cc": cc, "cr": rate(cc, ca), "aa": aa, "ac": ac, "ar": rate(ac, aa),
                              "wo": wo, "mi": ta - tc - wo, "del": d["del"][i]})
    a3 = "３　対象債権の収入未済額"
    sm = {k: v for k, v in OTHER.items()}
    rows = [("市税", OTHER["市税"])]
    for d in DEBTS:
        rows.append((d["name"], (round(d["calc"][0]["mi"] / 1000), round(d["calc"][4]["mi"] / 1000))))
    rows.append(("その他の債権", OTHER["その他の債権"]))
    t1 = sum(r[1][0] for r in rows)
    t5 = sum(r[1][1] for r in rows)
    approx_t5 = round(t5 * 1000, -6)
    approx_diff = round((t1 - t5) * 1000, -6)
    para(doc, f"　令和5年度決算における対象債権の収入未済額は約{oku_man(approx_t5)}で、令和元年度と比べ約{oku_man(approx_diff)}減少した。"
              "債権別の状況は次のとおりである。", indent=2)
    facts.append(fact(None, 2023, "令和5年度決算", "total", "outstanding", "actual", approx_t5, "yen", f"約{oku_man(approx_t5)}", a3, approx=True))
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["債権の名称", "R1年度", "R5年度", "増減（R5－R1）"]):
        cell(tb.rows[0].cells[i], h, 9, WD_ALIGN_PARAGRAPH.CENTER, True)
        shade(tb.rows[0].cells[i])
    for name, (v1, v5) in rows + [("合計", (t1, t5))]:
        rc = tb.add_row().cells
        cell(rc[0], name, 9, WD_ALIGN_PARAGRAPH.LEFT, name == "合計")
        cell(rc[1], c(v1), 9)
        cell(rc[2], c(v5), 9)
        cell(rc[3], cs(v5 - v1), 9)
        debt = None if name in ("合計", "その他の債権") else name
        facts.append(fact(debt, 2019, "R1年度", "total", "outstanding", "actual", v1 * 1000, "yen", c(v1), a3, debt_raw=name))
        facts.append(fact(debt, 2023, "R5年度", "total", "outstanding", "actual", v5 * 1000, "yen", c(v5), a3, debt_raw=name))
    para(doc, "", after=4)
    para(doc, "４　計画の目標", 12, True, font="IPAexゴシック")
    para(doc, "　対象債権ごとに、現年分及び過年度分の目標収納率と収入未済額の目標額を定め、毎年度その達成状況を検証する。"
              "目標及び取組は、次ページ以降の債権ごとのシートのとおりとする。", indent=2)

    for d in DEBTS:
        name = d["name"]
        page_break(doc)
        head = f"５　債権ごとの取組（{name}）"
        para(doc, head, 13, True, font="IPAexゴシック", after=2)
        para(doc, f"所管課：{d['ka']}　　債権区分：{d['kubun']}", 10, after=6)
        para(doc, "① 収納状況の推移（単位：円）", 10.5, True, font="IPAexゴシック", after=2)
        tb = doc.add_table(rows=2, cols=7)
        tb.style = "Table Grid"
        h0 = tb.rows[0].cells
        h0[1].merge(h0[3])
        h0[4].merge(h0[6])
        cell(h0[0], "年度", 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        cell(tb.rows[0].cells[1], "現年分", 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        cell(tb.rows[0].cells[4], "過年度分", 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        for i, h in enumerate(["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
            cell(tb.rows[1].cells[i], h, 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        for (fy, fyr), k in zip(YEARS, d["calc"]):
            rc = tb.add_row().cells
            cell(rc[0], fyr, 8, WD_ALIGN_PARAGRAPH.CENTER)
            vals = [("current", "assessed", k["ca"]), ("current", "collected", k["cc"]), ("current", "collection_rate", k["cr"]),
                    ("arrears", "assessed", k["aa"]), ("arrears", "collected", k["ac"]), ("arrears", "collection_rate", k["ar"])]
            for j, (seg, m, v) in enumerate(vals):
                if m == "collection_rate":
                    txt = f"{fr(v)}%"
                    facts.append(fact(name, fy, fyr, seg, m, "actual", v, "percent", txt, head))
                else:
                    txt = c(v)
                    facts.append(fact(name, fy, fyr, seg, m, "actual", v, "yen", txt, head))
                cell(rc[1 + j], txt, 8)
        para(doc, "", after=2)
        dl, du, dm = d["dunit"]
        para(doc, "② 不納欠損額・収入未済額の推移", 10.5, True, font="IPAexゴシック", after=2)
        tb = doc.add_table(rows=1, cols=4)
        tb.style = "Table Grid"
        for i, h in enumerate(["年度", "不納欠損額（円）", "収入未済額（円）", f"{dl}（{du}）"]):
            cell(tb.rows[0].cells[i], h, 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        for (fy, fyr), k in zip(YEARS, d["calc"]):
            rc = tb.add_row().cells
            cell(rc[0], fyr, 8, WD_ALIGN_PARAGRAPH.CENTER)
            cell(rc[1], c(k["wo"]), 8)
            cell(rc[2], c(k["mi"]), 8)
            cell(rc[3], c(k["del"]), 8)
            facts.append(fact(name, fy, fyr, "total", "written_off", "actual", k["wo"], "yen", c(k["wo"]), head))
            facts.append(fact(name, fy, fyr, "total", "outstanding", "actual", k["mi"], "yen", c(k["mi"]), head))
            facts.append(fact(name, fy, fyr, "total", "delinquents", "actual", k["del"], dm, c(k["del"]), head))
        para(doc, "※収入未済額＝（現年分＋過年度分の調定額）－収入済額－不納欠損額", 8, after=6)
        para(doc, "③ 目標", 10.5, True, font="IPAexゴシック", after=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["区分"] + [t[1] for t in TYEARS]):
            cell(tb.rows[0].cells[i], h, 8, WD_ALIGN_PARAGRAPH.CENTER, True)
        for lab, key, seg in (("現年分 収納率（％）", "current", "current"), ("過年度分 収納率（％）", "arrears", "arrears"),
                              ("収入未済額（千円）", "mi", "total")):
            rc = tb.add_row().cells
            cell(rc[0], lab, 8, WD_ALIGN_PARAGRAPH.LEFT)
            for j, ((fy, fyr), v) in enumerate(zip(TYEARS, d["tgt"][key])):
                if key == "mi":
                    cell(rc[1 + j], c(v), 8)
                    facts.append(fact(name, fy, fyr, "total", "outstanding", "target", v * 1000, "yen", c(v), head))
                else:
                    cell(rc[1 + j], fr(v), 8)
                    facts.append(fact(name, fy, fyr, seg, "collection_rate", "target", v, "percent", fr(v), head))
        para(doc, "", after=4)
        para(doc, "④ 目標達成に向けた方策", 10.5, True, font="IPAexゴシック", after=2)
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for lab, items in d["rows"]:
            rc = tb.add_row().cells
            cell(rc[0], lab, 9, WD_ALIGN_PARAGRAPH.CENTER, True)
            txt = "\n".join(f"{k}　{t}【{s}】" for k, t, s in items)
            cell(rc[1], txt, 9, WD_ALIGN_PARAGRAPH.LEFT)
            for k, t, s in items:
                inits.append({"debt": name, "debt_raw": name, "fiscal_year": 2025, "section": lab, "label": k,
                              "text": t, "status": s, "page": head})
        for row in tb.rows:
            row.cells[0].width = Mm(30)
            row.cells[1].width = Mm(144)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    rule_tables(doc)
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "sakuragaoka")
    document = {"kind": "plan", "municipality": CITY, "title": "第3次桜ヶ丘市債権管理計画",
                "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
