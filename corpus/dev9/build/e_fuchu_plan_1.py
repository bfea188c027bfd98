"""e_fuchu_plan_1: 府中市 市税等収納率向上計画 (plan) -- python-docx -> LibreOffice.
Modelled on 広報ふちゅう「市税の収納状況」(http://www.city.fuchu.tokyo.jp/gyosei/zaise/minizaisei/minizaiseihakusyo3.html):
表1 収納率の推移 / 表2 滞納繰越額 / 表3 差押え件数 with years as columns, prose with figures, 取組."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import (OUT, PDF_DIR, assign_pages, check, comma, fact, fmt_rate, init, oku_man, rate,
                      to_pdf, write_gold, zen)

STEM = "e_fuchu_plan_1"
CITY = "府中市"
TITLE = "府中市市税等収納率向上計画（令和７年度～令和９年度）"

# ---- data (千円) -------------------------------------------------------------------------
YEARS = [2019, 2020, 2021, 2022, 2023]
YRAW = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}
# 市税: 現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入, 不納欠損(計)
SHIZEI = {
    2019: (50412300, 49808352, 1812400, 521870, 96420),
    2020: (50987100, 50323268, 1705300, 508143, 88110),
    2021: (51204800, 50651390, 1689900, 532316, 90245),
    2022: (52106500, 51593110, 1534600, 503330, 79831),
    2023: (52880200, 52407041, 1421800, 488120, 71905),
}
KOKUHO = {
    2019: (9204100, 8619512, 2710300, 611043),
    2020: (9011800, 8498034, 2598100, 624116),
    2021: (8890400, 8421380, 2488900, 618321),
    2022: (8712300, 8266530, 2395700, 622880),
    2023: (8590600, 8167119, 2301200, 631900),
}


def rows_rates(d, y):
    ca, cc, aa, ac = d[y][:4]
    return rate(cc, ca), rate(ac, aa), rate(cc + ac, ca + aa)


# 目標 (percent): debt -> (R5 現年, R5 合計, R7 現年, R7 合計, R8 現年, R8 合計, R9 現年, R9 合計)
def targets():
    s5 = rows_rates(SHIZEI, 2023)
    k5 = rows_rates(KOKUHO, 2023)
    return [
        ("市税", (s5[0], s5[2], 99.2, 97.6, 99.2, 97.8, 99.3, 98.0)),
        ("国民健康保険税", (k5[0], k5[2], 95.3, 81.2, 95.5, 81.6, 95.7, 82.0)),
        ("介護保険料", (99.1, 98.2, 99.2, 98.4, 99.2, 98.5, 99.3, 98.6)),
        ("後期高齢者医療保険料", (99.6, 99.2, 99.7, 99.3, 99.7, 99.4, 99.8, 99.5)),
        ("保育所保育料", (98.8, 94.1, 98.9, 94.8, 99.0, 95.3, 99.0, 95.8)),
        ("市営住宅使用料", (97.9, 72.4, 98.1, 74.0, 98.2, 75.5, 98.3, 77.0)),
    ]


# ---- docx helpers ----------------------------------------------------------------------------
def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text, bold=False, size=None, align=None, gothic=False, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_field(par, instr):
    r = par.add_run()
    for tag, txt in (("begin", None), (None, instr), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)


def table(doc, rows, widths=None, size=9, merge=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(v)
            r.font.size = Pt(size)
            if j > 0 or i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or not v[:1].isdigit()) else WD_ALIGN_PARAGRAPH.RIGHT
    for (r0, c0, r1, c1) in merge:
        a = t.cell(r0, c0); b = t.cell(r1, c1)
        txt = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        rr = m.paragraphs[0].add_run(txt); rr.font.size = Pt(size)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def build():
    facts, inits = [], []
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = "府中市市税等収納率向上計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_field(fp, "PAGE")
    fp.add_run(" －")

    para(doc, TITLE, bold=True, size=15, align="c", gothic=True)
    para(doc, "令和７年３月", align="r")
    para(doc, "府中市財務部納税課", align="r")

    para(doc, "１　計画策定の趣旨", bold=True, gothic=True)
    para(doc, "　市税をはじめとする市の債権は、市民生活に欠かすことのできない行政サービスを支える貴重な財源です。"
              "本市では、納付しやすい環境の整備と滞納者への早期の対応を柱に収納対策を進めてきましたが、"
              "多摩地域26市の平均と比べると、なお収納率に改善の余地があります。"
              "このため、これまでの取組の成果と課題を整理し、令和７年度から３か年の目標と取組を定めるものです。")
    para(doc, "２　計画期間", bold=True, gothic=True)
    para(doc, "　令和７年度から令和９年度までの３か年とします。")

    para(doc, "３　市税等の収納状況", bold=True, gothic=True)
    s23 = SHIZEI[2023]
    s_out = (s23[0] + s23[2] - s23[1] - s23[3] - s23[4]) * 1000
    s_out_r = round(s_out, -6)
    r_cur, r_arr, r_tot = rows_rates(SHIZEI, 2023)
    txt = (f"　市税の現年課税分の収納率は、表１のとおり令和元年度以降ゆるやかに改善し、令和５年度は{fmt_rate(r_cur)}％となりました。"
           f"一方、令和５年度末の市税の収入未済額は約{oku_man(s_out_r)}で、依然として多額の未納が残っています。")
    para(doc, txt)
    facts.append(fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", r_cur, "percent",
                      f"{fmt_rate(r_cur)}％", hint="市税の現年課税分の収納率は"))
    facts.append(fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", s_out_r, "yen",
                      f"約{oku_man(s_out_r)}", approx=True))

    para(doc, "表１　市税等の収納率の推移（単位：％）", bold=True, size=9.5)
    hdr = ["区分", "", "令和元年度", "2年度", "3年度", "4年度", "5年度"]
    rows = [hdr]
    for name, d in (("市税", SHIZEI), ("国民健康保険税", KOKUHO)):
        rr = {y: rows_rates(d, y) for y in YEARS}
        for k, (seglab, seg) in enumerate((("現年課税分", "current"), ("滞納繰越分", "arrears"), ("合計", "total"))):
            row = [name if k == 0 else "", seglab]
            for y in YEARS:
                v = rr[y][k]
                row.append(fmt_rate(v))
            rows.append(row)
    table(doc, rows, widths=[34, 24, 19, 17, 17, 17, 17], merge=[(0, 0, 0, 1), (1, 0, 3, 0), (4, 0, 6, 0)])
    # facts for 表1 in reading order (row-major)
    for name, d in (("市税", SHIZEI), ("国民健康保険税", KOKUHO)):
        rr = {y: rows_rates(d, y) for y in YEARS}
        for k, seg in enumerate(("current", "arrears", "total")):
            for y in YEARS:
                v = rr[y][k]
                facts.append(fact(name, y, YRAW[y], seg, "collection_rate", "actual", v, "percent", fmt_rate(v),
                                  hint="表１" if (name == "市税" and k == 0 and y == 2019) else None))
    para(doc, "※ 合計は現年課税分と滞納繰越分を合わせた収納率です。", size=8.5)

    para(doc, "")
    para(doc, "　滞納繰越額（前年度末までの未納額）は、表２のとおり減少傾向にあります。不納欠損は、"
              "財産調査の結果、滞納処分をすることができる財産がないことなどを確認したうえで、執行停止を経て行っています。")
    para(doc, "表２　市税の収入未済額等の推移（単位：千円）", bold=True, size=9.5)
    ys = [2021, 2022, 2023]
    hdr = ["区分", "令和３年度", "令和４年度", "令和５年度", "増減（５年度－４年度）"]
    vals = {}
    for y in ys:
        ca, cc, aa, ac, wo = SHIZEI[y]
        vals[y] = {"assessed": ca + aa, "collected": cc + ac, "written_off": wo, "outstanding": ca + aa - cc - ac - wo}
    rows = [hdr]
    labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"), ("収入未済額", "outstanding")]
    for lab, m in labels:
        d = vals[2023][m] - vals[2022][m]
        rows.append([lab] + [comma(vals[y][m]) for y in ys] + [("△" + comma(-d)) if d < 0 else comma(d)])
    table(doc, rows, widths=[30, 30, 30, 30, 40])
    yraw = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}
    for lab, m in labels:
        for y in ys:
            facts.append(fact("市税", y, yraw[y], "total", m, "actual", vals[y][m] * 1000, "yen", comma(vals[y][m]),
                              hint="表２　市税の収入未済額等の推移" if (m == "assessed" and y == 2021) else None))
    para(doc, "※ 収入未済額＝調定額－収入済額－不納欠損額", size=8.5)

    para(doc, "")
    para(doc, "表３　滞納処分の状況（単位：件）", bold=True, size=9.5)
    table(doc, [["区分", "令和３年度", "令和４年度", "令和５年度"],
                ["差押え件数", "488", "547", "612"],
                ["うち預貯金", "301", "352", "398"],
                ["インターネット公売", "3", "4", "4"]], widths=[40, 30, 30, 30])

    para(doc, "")
    para(doc, "（課題）", gothic=True)
    for t_ in ["・国民健康保険税の滞納繰越分の収納率は改善しているものの、市税と比べて低い水準にとどまっています。",
               "・収入未済額のうち、納付資力がありながら納付しない滞納者の割合が高く、早期の財産調査と滞納処分が必要です。",
               "・保育所保育料や市営住宅使用料などの非強制徴収債権は、所管課ごとに督促や催告の時期が異なり、管理方法の統一が課題です。",
               "・納付チャネルの多様化に伴い、口座振替の利用率が伸び悩んでいます。"]:
        para(doc, t_, indent=3)
    # ---- 4 目標
    para(doc, "")
    para(doc, "４　計画の目標", bold=True, gothic=True)
    para(doc, "（１）目標収納率", gothic=True)
    para(doc, "　これまでの実績と多摩地域各市の状況を踏まえ、債権ごとに次のとおり目標収納率を設定します。")
    tg = targets()
    hdr1 = ["区分", "実績", "", "目標", "", "", "", "", ""]
    hdr2 = ["", "令和５年度", "", "令和７年度", "", "8年度", "", "9年度", ""]
    hdr3 = ["", "現年", "合計", "現年", "合計", "現年", "合計", "現年", "合計"]
    rows = [hdr1, hdr2, hdr3]
    for name, v in tg:
        rows.append([name] + [fmt_rate(x) for x in v])
    table(doc, rows, widths=[42, 15, 15, 15, 15, 15, 15, 15, 15], size=8.5,
          merge=[(0, 0, 2, 0), (0, 1, 0, 2), (0, 3, 0, 8), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8)])
    cols = [(2023, "令和５年度", "current", "actual"), (2023, "令和５年度", "total", "actual"),
            (2025, "令和７年度", "current", "target"), (2025, "令和７年度", "total", "target"),
            (2026, "8年度", "current", "target"), (2026, "8年度", "total", "target"),
            (2027, "9年度", "current", "target"), (2027, "9年度", "total", "target")]
    for i, (name, v) in enumerate(tg):
        for j, (y, yr, seg, basis) in enumerate(cols):
            facts.append(fact(name, y, yr, seg, "collection_rate", basis, v[j], "percent", fmt_rate(v[j]),
                              hint="（１）目標収納率" if (i == 0 and j == 0) else None))
    para(doc, "※単位はすべてパーセントです。", size=8.5)
    para(doc, "※保育所保育料は、保育所保育料と延長保育料の合計です。", size=8.5)
    para(doc, "（２）市税の収入未済額の縮減", gothic=True)
    para(doc, "　令和９年度末における市税の収入未済額を10億円以下に縮減することを目標とします。")
    facts.append(fact("市税", 2027, "令和９年度", "total", "outstanding", "target", 1000000000, "yen", "10億円",
                      hint="（２）市税の収入未済額の縮減"))

    # ---- 5 取組
    para(doc, "")
    para(doc, "５　収納率向上に向けた具体的な取組", bold=True, gothic=True)
    items = [
        ("市税", "（１）市税", [
            ("①", "納期限後おおむね20日以内に督促状を発送し、その後も早期に文書及び電話による催告を行い、自主納付を促します。", "継続"),
            ("②", "納付の意思が見られない滞納者に対しては、預貯金、給与、不動産等の財産調査を徹底し、速やかに差押えを執行します。", "継続"),
            ("③", "差し押さえた動産や不動産はインターネット公売を活用して換価し、滞納額の圧縮を図ります。", "拡充"),
            ("④", "スマートフォン決済アプリによる納付に加え、地方税統一QRコードを活用した納付を周知し、期限内納付を推進します。", "新規"),
        ]),
        ("国民健康保険税", "（２）国民健康保険税", [
            ("①", "資格取得時及び納税通知書の送付時に口座振替の利用を勧奨し、口座振替率の向上を図ります。", "継続"),
            ("②", "短期被保険者証の更新時などの接触機会を捉えて納税相談を行い、分納誓約の履行状況を管理します。", "継続"),
            ("③", "税務部門と情報を共有し、市税と国民健康保険税を併せて滞納している者への滞納整理を一体的に進めます。", "拡充"),
        ]),
        (None, "（３）その他の債権（保育所保育料・市営住宅使用料等）", [
            ("①", "所管課が作成する債権管理台帳を毎年度点検し、時効の管理と督促の時期を統一します。", "継続"),
            ("②", "所管課での回収が困難となった案件は、納税課への徴収移管や支払督促等の法的措置により回収を図ります。", "新規"),
        ]),
    ]
    for debt, head, its in items:
        para(doc, head, gothic=True)
        for lab, text, st in its:
            para(doc, f"{lab}　{text}【{st}】", indent=4)
            lab2 = head[:3] + lab
            inits.append(init(debt, 2025, "収納率向上に向けた具体的な取組", lab2, text, st))
    para(doc, "")
    # 【参考】 box
    out_pers = 3412
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    lines = ["【参考】令和５年度の滞納整理の状況",
             f"・市税の滞納者数：{comma(out_pers)}人",
             "・差押え件数：612件（うち預貯金398件）",
             "・インターネット公売の実施：4回",
             "・納税コールセンターによる電話催告：約18,300件"]
    c.paragraphs[0].add_run(lines[0]).bold = True
    for ln in lines[1:]:
        c.add_paragraph(ln)
    facts.append(fact("市税", 2023, "令和５年度", "total", "delinquents", "actual", out_pers, "persons",
                      f"{comma(out_pers)}人", hint="【参考】令和５年度の滞納整理の状況"))

    para(doc, "")
    para(doc, "６　推進体制と進行管理", bold=True, gothic=True)
    para(doc, "　副市長を委員長とする府中市債権管理対策委員会において、毎年度、目標の達成状況と取組の実施状況を確認し、"
              "その結果を翌年度の取組に反映します。また、計画期間中であっても、社会経済情勢や制度改正の状況に応じて、"
              "必要な見直しを行います。")
    para(doc, "　各債権の所管課は、収納状況を四半期ごとに納税課へ報告し、納税課は全庁の状況を取りまとめて委員会に報告します。")

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "fuchu")
    assign_pages(pdf, facts, "raw")
    assign_pages(pdf, inits, "text")
    check(pdf, facts, inits)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
