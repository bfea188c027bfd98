"""高野町 町税等の収納状況及び債権管理の取組状況: python-docx -> LibreOffice, A4 portrait."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import F, I, OUT, PDF, finish, rate, to_pdf

STEM = "w_koya_progress_1"
CITY = "高野町"
TITLE = "町税等の収納状況及び債権管理の取組状況について"

# 1 概要 (円)
TAX = dict(a=551_183_000, c=543_726_000, w=183_000)
TAX["o"] = TAX["a"] - TAX["c"] - TAX["w"]
ALL_OUT = 31_500_000
# 2 町税収納率 (%): 区分 -> R4, R5, R6
TAXR = [("現年課税分", "current", 99.41, 99.47, 99.52), ("滞納繰越分", "arrears", 19.86, 21.03, 22.14),
        ("合計", "total", 98.51, 98.58, rate(TAX["c"], TAX["a"]))]
# 3 国民健康保険税 (円): 区分 -> 調定, 収入済, 不納欠損
KOKU = [("現年分", "current", 98_452_300, 93_581_900, 0), ("滞繰分", "arrears", 21_336_800, 4_318_600, 1_072_400)]
KOKU_T = ("計", "total", sum(x[2] for x in KOKU), sum(x[3] for x in KOKU), sum(x[4] for x in KOKU))
KOKU_INT = [("現年分", "current", 68.4, 67.9), ("滞繰分", "arrears", 15.2, 14.1)]
# 4 簡易水道使用料 (千円): year -> 調定, 収入済
WATER = [("令和５年度", 2023, 61_842, 61_204), ("令和６年度", 2024, 62_515, 61_930)]
# 5 町営住宅使用料: 令和６年度決算 | 令和７年度目標
HOUSE = dict(cur=(97.86, 98.20), arr=(11.35, 13.00), out=(5_064_000, 4_800_000))

S3 = "３　債権ごとの取組（国民健康保険税）"
S4 = "４　債権ごとの取組（簡易水道使用料）"
S5 = "５　債権ごとの取組（町営住宅使用料）"
S6 = "６　令和８年度に向けた方針"
I3 = [("ア", "口座振替の利用勧奨を納税通知書に同封し、新規加入世帯には窓口で申込みを受け付ける。", "継続", False),
      ("イ", "滞納繰越分について、和歌山地方税回収機構への移管を拡大する。", "拡充", True),
      ("ウ", "短期被保険者証の更新時に面談を行い、納付計画を作成する。", "継続", False)]
I4 = [("(1)", "検針時に未納のお知らせを手渡しし、早期の納付を促す。", "継続"),
      ("(2)", "3か月以上の未納者には給水停止予告通知を送付する。", "継続")]
I5 = [("・", "滞納額が家賃3か月分に達した入居者と分納誓約を締結する。", "継続"),
      ("・", "連帯保証人に対し、滞納発生の段階で通知を行う。", "新規")]
I6 = [("①", "町債権管理条例に基づく徴収停止及び債権放棄の手続を整備し、回収見込みのない債権を整理する。", "新規"),
      ("②", "税務係と各担当係の連絡会議を四半期ごとに開催し、滞納者情報を共有する。", "継続")]


def man(v):
    """551,183,000 -> 5億5,118万3,000円 ; 183,000 -> 18万3,000円"""
    oku, r = divmod(v, 100_000_000)
    mn, r = divmod(r, 10_000)
    s = (f"{oku}億" if oku else "") + (f"{mn:,}万" if mn else "") + (f"{r:,}" if r else "")
    return s + "円"


def y(v):
    return f"{v:,}"


def page_field(par):
    run = par.add_run()
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)


def table(d, rows, widths=None, right_from=1):
    t = d.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v
            if i > 0 and j >= right_from:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def heading(d, text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(12)
    p.paragraph_format.space_before = Pt(8)


def items(d, lst):
    for it in lst:
        lab, t, tag = it[:3]
        wrap = it[3] if len(it) > 3 else False
        p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)
        p.add_run(f"{lab}　{t}" if lab != "・" else f"・{t}")
        if wrap:
            p.add_run().add_break()
        p.add_run(f"【{tag}】")


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24); sec.top_margin = sec.bottom_margin = Mm(20)
    h = sec.header.paragraphs[0]; h.text = "高野町　債権管理の取組状況（令和８年２月）"; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_field(f)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE); r.bold = True; r.font.size = Pt(15)
    p = d.add_paragraph("（令和６年度決算及び令和７年度上半期）"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("高野町総務課税務係"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading(d, "１　概要")
    d.add_paragraph(
        f"　令和６年度決算における町税の調定額は{man(TAX['a'])}、収入済額は{man(TAX['c'])}で、"
        f"不納欠損額は{man(TAX['w'])}、収入未済額は{man(TAX['o'])}となりました。"
        f"町税全体の収納率は{TAXR[2][4]:.2f}％で、前年度を上回っています。"
        f"また、町が保有する債権全体（全会計）の収入未済額は約3,150万円で、前年度に比べ減少しました。")
    d.add_paragraph("　国民健康保険税、簡易水道使用料及び町営住宅使用料については、担当係ごとに取組を定め、"
                    "税務係と連携して滞納の縮減に取り組んでいます。各債権の状況は次のとおりです。")
    heading(d, "２　町税の収納率の推移（単位：％）")
    rows = [["区分", "令和４年度", "令和５年度", "令和６年度", "増減"]]
    for lab, seg, r4, r5, r6 in TAXR:
        dd = round(r6 - r5, 2)
        rows.append([lab, f"{r4:.2f}", f"{r5:.2f}", f"{r6:.2f}", ("△" if dd < 0 else "") + f"{abs(dd):.2f}"])
    table(d, rows)
    d.add_paragraph("※増減は令和６年度と令和５年度の差（ポイント）")
    pagebreak(d)
    heading(d, S3)
    d.add_paragraph("（１）令和６年度決算　　　　　　　　　　　　　　　　　　　　　　　（単位：円）")
    rows = [["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    for lab, seg, a, c, w in KOKU + [KOKU_T]:
        rows.append([lab, y(a), y(c), y(w), y(a - c - w), f"{rate(c, a):.2f}%"])
    table(d, rows)
    d.add_paragraph("（２）取組内容")
    items(d, I3)
    d.add_paragraph("（３）令和７年度の状況")
    d.add_paragraph("【収納率】令和７年12月末時点")
    for lab, seg, v, pv in KOKU_INT:
        d.add_paragraph(f"　・{lab}　{v}％（前年同期　{pv}％）")
    pagebreak(d)
    heading(d, S4)
    d.add_paragraph("（単位：千円）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = [["項目"] + [w[0] for w in WATER],
            ["調定額"] + [y(w[2]) for w in WATER],
            ["収入済額"] + [y(w[3]) for w in WATER],
            ["収入未済額"] + [y(w[2] - w[3]) for w in WATER],
            ["収納率"] + [f"{rate(w[3], w[2]):.2f}%" for w in WATER]]
    table(d, rows)
    d.add_paragraph("※不納欠損処分はありません。")
    items(d, I4)
    heading(d, S5)
    t = table(d, [["債権名　町営住宅使用料", "", ""],
                  ["区分", "令和６年度決算", "令和７年度目標"],
                  ["収納率（現年分）", f"{HOUSE['cur'][0]:.2f}%", f"{HOUSE['cur'][1]:.2f}%"],
                  ["収納率（滞納繰越分）", f"{HOUSE['arr'][0]:.2f}%", f"{HOUSE['arr'][1]:.2f}%"],
                  ["収入未済額", f"{y(HOUSE['out'][0])}円", f"{y(HOUSE['out'][1])}円"]])
    a = t.rows[0].cells[0].merge(t.rows[0].cells[2])
    a.text = "債権名　町営住宅使用料"
    items(d, I5)
    heading(d, S6)
    items(d, I6)
    src = OUT / f"{STEM}.docx"; OUT.mkdir(parents=True, exist_ok=True); d.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_d")

    facts, inits = [], []
    fy6 = (2024, "令和６年度")
    for metric, key in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        facts.append(F("町税", *fy6, "total", metric, "actual", TAX[key], "yen", man(TAX[key]), ctx=None))
    facts.append(F("町税", *fy6, "total", "collection_rate", "actual", TAXR[2][4], "percent", f"{TAXR[2][4]:.2f}％",
                   ctx=f"収納率は{TAXR[2][4]:.2f}％"))
    facts.append(F(None, *fy6, "total", "outstanding", "actual", ALL_OUT, "yen", "約3,150万円", approx=True,
                   ctx="収入未済額は約3,150万円"))
    for lab, seg, r4, r5, r6 in TAXR:
        dd = round(r6 - r5, 2)
        row = f"{lab}{r4:.2f}{r5:.2f}{r6:.2f}" + ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
        for fy, raw_y, v in ((2022, "令和４年度", r4), (2023, "令和５年度", r5), (2024, "令和６年度", r6)):
            facts.append(F("町税", fy, raw_y, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", ctx=row))
    for lab, seg, a, c, w in KOKU + [KOKU_T]:
        row = f"{lab}{y(a)}{y(c)}{y(w)}{y(a - c - w)}{rate(c, a):.2f}%"
        for metric, v, unit, raw in (("assessed", a, "yen", y(a)), ("collected", c, "yen", y(c)),
                                     ("written_off", w, "yen", y(w)), ("outstanding", a - c - w, "yen", y(a - c - w)),
                                     ("collection_rate", rate(c, a), "percent", f"{rate(c, a):.2f}%")):
            facts.append(F("国民健康保険税", *fy6, seg, metric, "actual", v, unit, raw, ctx=row))
    for lab, seg, v, pv in KOKU_INT:
        ctx = f"・{lab}{v}％（前年同期{pv}％）"
        facts.append(F("国民健康保険税", 2025, "令和７年12月末", seg, "collection_rate", "interim", v, "percent", f"{v}％",
                       as_of="2025-12-31", ctx=ctx))
        facts.append(F("国民健康保険税", 2024, "前年同期", seg, "collection_rate", "interim", pv, "percent", f"{pv}％",
                       as_of="2024-12-31", ctx=ctx))
    wrow = lambda lab, vals: lab + "".join(vals)
    for lab, fy, a, c in WATER:
        rr = rate(c, a)
        for metric, v, unit, raw, rowlab, vals in (
                ("assessed", a * 1000, "yen", y(a), "調定額", [y(w[2]) for w in WATER]),
                ("collected", c * 1000, "yen", y(c), "収入済額", [y(w[3]) for w in WATER]),
                ("outstanding", (a - c) * 1000, "yen", y(a - c), "収入未済額", [y(w[2] - w[3]) for w in WATER]),
                ("collection_rate", rr, "percent", f"{rr:.2f}%", "収納率", [f"{rate(w[3], w[2]):.2f}%" for w in WATER])):
            facts.append(F("簡易水道使用料", fy, lab, "total", metric, "actual", v, unit, raw, ctx=wrow(rowlab, vals)))
    for seg, key, lab in (("current", "cur", "収納率（現年分）"), ("arrears", "arr", "収納率（滞納繰越分）")):
        v6, v7 = HOUSE[key]
        row = f"{lab}{v6:.2f}%{v7:.2f}%"
        facts.append(F("町営住宅使用料", 2024, "令和６年度", seg, "collection_rate", "actual", v6, "percent", f"{v6:.2f}%", ctx=row))
        facts.append(F("町営住宅使用料", 2025, "令和７年度", seg, "collection_rate", "target", v7, "percent", f"{v7:.2f}%", ctx=row))
    o6, o7 = HOUSE["out"]
    row = f"収入未済額{y(o6)}円{y(o7)}円"
    facts.append(F("町営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", o6, "yen", f"{y(o6)}円", ctx=row))
    facts.append(F("町営住宅使用料", 2025, "令和７年度", "total", "outstanding", "target", o7, "yen", f"{y(o7)}円", ctx=row))
    for lab, t, tag, _ in I3:
        inits.append(I("国民健康保険税", 2025, S3, lab, t, tag))
    for lab, t, tag in I4:
        inits.append(I("簡易水道使用料", 2025, S4, lab, t, tag))
    for lab, t, tag in I5:
        inits.append(I("町営住宅使用料", 2025, S5, lab, t, tag))
    for lab, t, tag in I6:
        inits.append(I(None, 2026, S6, lab, t, tag))
    doc = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2026-02-01",
           "date_raw": "令和８年２月"}
    finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
