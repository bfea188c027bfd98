"""奈良市「債権管理の取組状況について（令和7年12月末現在）」 (progress_report) — PyMuPDF Story (HTML).

Modelled on 奈良市's published account of its 徴収率の向上 among the Vision1 取組 (headings, short prose with
figures, 推移 tables), extended to a 12月末 interim report.
"""
import pymupdf

from w_common import F, I, PDF, c, rate, r2, write_gold

STEM = "w_nara_torikumi_1"
MUNI = "奈良市"
TITLE = "債権管理の取組状況について（令和7年12月末現在）"
FONTS = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONTM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

# 12月末 現年分 (千円): 調定, 収入済 ; 前年同月収納率
DEC = {"市税": (51240380, 42093190, "81.90"), "国民健康保険料": (8120450, 5810770, "70.84"),
       "介護保険料": (7015220, 5620330, "80.45"), "後期高齢者医療保険料": (3820110, 3041620, "79.20")}
CSS = """
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin-bottom: 4pt;}
h2 {font-family: G; font-size: 12pt; margin-top: 10pt; margin-bottom: 3pt; border-bottom: 1px solid black;}
h3 {font-family: G; font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: G;}
td.n {text-align: right;}
p.note {font-size: 8.5pt; text-align: right; margin: 0;}
p.org {text-align: right; margin: 0;}
div.box {border: 1px solid black; padding: 4pt 8pt; margin: 4pt 0;}
p.b {margin: 0 0 0 8pt;}
"""


def build():
    facts, inits = [], []
    P = {}  # page markers resolved after layout: we place explicit page breaks
    h = []
    h.append(f"<h1>{TITLE}</h1><p class='org'>令和8年1月30日</p><p class='org'>奈良市 総務部 債権管理課</p>")
    # -------- page 1
    h.append("<h2>１　本市の収入未済額の状況</h2>")
    h.append("<p>　令和6年度決算における本市全体（一般会計・特別会計）の収入未済額は約48億2,300万円で、前年度と比べて"
             "約3億1,200万円減少しました。このうち市税は約21億5,600万円、国民健康保険料は約14億8,900万円となっています。</p>")
    facts += [F(None, 2024, "令和6年度", "total", "outstanding", "actual", 4823000000, "yen", "約48億2,300万円", 1, approx=True),
              F("市税", 2024, "令和6年度", "total", "outstanding", "actual", 2156000000, "yen", "約21億5,600万円", 1, approx=True),
              F("国民健康保険料", 2024, "令和6年度", "total", "outstanding", "actual", 1489000000, "yen",
                "約14億8,900万円", 1, approx=True)]
    h.append("<div class='box'><p>【参考】</p>"
             "<p class='b'>・令和6年度 全体収納率：96.12％</p>"
             "<p class='b'>・令和5年度 全体収納率：95.84％</p>"
             "<p class='b'>・収入未済額のピーク（平成21年度）：約97億円</p></div>")
    facts += [F(None, 2024, "令和6年度", "total", "collection_rate", "actual", 96.12, "percent", "96.12％", 1),
              F(None, 2023, "令和5年度", "total", "collection_rate", "actual", 95.84, "percent", "95.84％", 1),
              F(None, 2009, "平成21年度", "total", "outstanding", "actual", 9700000000, "yen", "約97億円", 1, approx=True)]
    h.append("<h2>２　主要債権の収納状況（12月末）</h2><p class='note'>（現年分、単位：千円・％）</p>")
    names = list(DEC)
    rows = {"調定額": [], "収入済額": [], "収納率": [], "前年同月収納率": []}
    for n in names:
        a, b, prev = DEC[n]
        rt = r2(rate(b, a))
        rows["調定額"].append(c(a))
        rows["収入済額"].append(c(b))
        rows["収納率"].append(rt)
        rows["前年同月収納率"].append(prev)
        facts += [F(n, 2025, "令和7年12月末", "current", "assessed", "interim", a * 1000, "yen", c(a), 1, as_of="2025-12-31"),
                  F(n, 2025, "令和7年12月末", "current", "collected", "interim", b * 1000, "yen", c(b), 1, as_of="2025-12-31"),
                  F(n, 2025, "令和7年12月末", "current", "collection_rate", "interim", float(rt), "percent", rt, 1,
                    as_of="2025-12-31"),
                  F(n, 2024, "前年同月", "current", "collection_rate", "interim", float(prev), "percent", prev, 1,
                    as_of="2024-12-31")]
    h.append("<table><tr><th>区分</th>" + "".join(f"<th>{n}</th>" for n in names) + "</tr>")
    for k, v in rows.items():
        h.append(f"<tr><td>{k}</td>" + "".join(f"<td class='n'>{x}</td>" for x in v) + "</tr>")
    h.append("</table><p class='note'>※ 前年同月収納率は令和6年12月末時点の現年分収納率</p>")
    h.append("<p>　12月末時点の現年分収納率は、4債権のうち3債権で前年同月を上回っています。</p>")
    h.append("<div style='page-break-before: always'></div>")
    # -------- page 2
    h.append("<h2>３　債権ごとの取組</h2>")
    h.append("<h3>(1) 市税</h3>")
    h.append("<table><tr><th>債権名</th><td>市税</td><th>所管課</th><td>納税課</td></tr></table>")
    tax_rate = r2(rate(DEC["市税"][1], DEC["市税"][0]))
    h.append("<p><b>【収納率】令和7年12月末時点</b></p>"
             f"<p class='b'>・現年分　{tax_rate}％（前年同月　{DEC['市税'][2]}％）</p>"
             "<p class='b'>・滞納繰越分　24.60％（前年同月　23.85％）</p>")
    facts += [F("市税", 2025, "令和7年12月末", "current", "collection_rate", "interim", float(tax_rate), "percent",
                f"{tax_rate}％", 2, as_of="2025-12-31"),
              F("市税", 2024, "前年同月", "current", "collection_rate", "interim", float(DEC["市税"][2]), "percent",
                f"{DEC['市税'][2]}％", 2, as_of="2024-12-31"),
              F("市税", 2025, "令和7年12月末", "arrears", "collection_rate", "interim", 24.60, "percent", "24.60％", 2,
                as_of="2025-12-31"),
              F("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", 23.85, "percent", "23.85％", 2,
                as_of="2024-12-31")]
    tax = [("①", "年末の夜間・休日納税相談窓口を拡大し、納付相談の機会を増やしました。", "継続"),
           ("②", "給与照会を電子化し、差押えまでの期間を短縮しました。", "新規"),
           ("③", "高額滞納案件は県と共同で滞納整理を行いました。", None)]
    h.append("<p><b>主な取組</b></p>" + "".join(
        f"<p class='b'>{lab}{t}{'【' + st + '】' if st else ''}</p>" for lab, t, st in tax))
    inits += [I("市税", 2025, "主な取組", lab, t, st, 2) for lab, t, st in tax]

    h.append("<h3>(2) 債権ごとの取組（国民健康保険料）</h3>")
    kr = r2(rate(DEC["国民健康保険料"][1], DEC["国民健康保険料"][0]))
    h.append("<p><b>【収納率】令和7年12月末時点</b></p>"
             f"<p class='b'>・現年分　{kr}％（前年同月　{DEC['国民健康保険料'][2]}％）</p>"
             "<p class='b'>・滞納繰越分　18.72％（前年同月　19.05％）</p>")
    facts += [F("国民健康保険料", 2025, "令和7年12月末", "current", "collection_rate", "interim", float(kr), "percent",
                f"{kr}％", 2, as_of="2025-12-31"),
              F("国民健康保険料", 2024, "前年同月", "current", "collection_rate", "interim",
                float(DEC["国民健康保険料"][2]), "percent", f"{DEC['国民健康保険料'][2]}％", 2, as_of="2024-12-31"),
              F("国民健康保険料", 2025, "令和7年12月末", "arrears", "collection_rate", "interim", 18.72, "percent",
                "18.72％", 2, as_of="2025-12-31"),
              F("国民健康保険料", 2024, "前年同月", "arrears", "collection_rate", "interim", 19.05, "percent",
                "19.05％", 2, as_of="2024-12-31")]
    h.append("<p><b>２月末収納率の比較（現年分）</b></p><p class='note'>単位：％</p>"
             "<table><tr><th>令和6年2月29日現在</th><th>令和7年2月28日現在</th><th>差</th></tr>"
             "<tr><td class='n'>84.12</td><td class='n'>84.77</td><td class='n'>0.65</td></tr></table>")
    facts += [F("国民健康保険料", 2023, "令和6年2月29日現在", "current", "collection_rate", "interim", 84.12, "percent",
                "84.12", 2, as_of="2024-02-29"),
              F("国民健康保険料", 2024, "令和7年2月28日現在", "current", "collection_rate", "interim", 84.77, "percent",
                "84.77", 2, as_of="2025-02-28")]
    kok = [("ア", "資格確認書の交付時に納付相談を行い、分納誓約を取り交わしました。", "継続"),
           ("イ", "口座振替の原則化に向け、加入手続時の申込みを必須としました。", "拡充")]
    h.append("<p><b>主な取組</b></p>" + "".join(f"<p class='b'>{lab}　{t}【{st}】</p>" for lab, t, st in kok))
    inits += [I("国民健康保険料", 2025, "主な取組", lab, t, st, 2) for lab, t, st in kok]
    h.append("<div style='page-break-before: always'></div>")
    # -------- page 3
    h.append("<h3>(3) 介護保険料</h3>")
    h.append("<table><tr><th>債権名</th><td>介護保険料</td><th>所管課</th><td>介護福祉課</td></tr></table>")
    kg = r2(rate(DEC["介護保険料"][1], DEC["介護保険料"][0]))
    h.append(f"<p>　12月末の現年分収納率は{kg}％で、前年同月の{DEC['介護保険料'][2]}％を下回りました。"
             "普通徴収の対象者が増えたことが主な要因です。</p>")
    facts += [F("介護保険料", 2025, "12月末", "current", "collection_rate", "interim", float(kg), "percent", f"{kg}％", 3,
                as_of="2025-12-31"),
              F("介護保険料", 2024, "前年同月", "current", "collection_rate", "interim", float(DEC["介護保険料"][2]),
                "percent", f"{DEC['介護保険料'][2]}％", 3, as_of="2024-12-31")]
    kai = [("・", "65歳到達者へ口座振替の案内を個別に送付する。", "継続", False),
           ("・", "滞納が続く被保険者には給付制限の事前説明を徹底し、納付を促す取組を強化する。", "拡充", True),
           ("・", "長期滞納者の実態調査を地域包括支援センターと連携して行う。", "新規", False)]
    box = "<div class='box'><p><b>今後の取組</b></p>"
    for lab, t, st, wrap in kai:
        box += f"<p class='b'>{lab}{t}" + ("<br/>　" if wrap else "") + f"【{st}】</p>"
    h.append(box + "</div>")
    inits += [I("介護保険料", 2025, "今後の取組", lab, t, st, 3) for lab, t, st, _ in kai]
    h.append("<h2>４　今後の予定</h2><p>　2月末の収納状況は、令和8年3月に開催予定の債権管理推進会議で報告します。</p>")

    html = "".join(h)
    arch = pymupdf.Archive()
    css = f"@font-face {{font-family: G; src: url({FONTS});}} @font-face {{font-family: M; src: url({FONTM});}}" + CSS
    story = pymupdf.Story(html=html, user_css=css, archive=arch)
    out = PDF / f"{STEM}.pdf"
    writer = pymupdf.DocumentWriter(str(out) + ".tmp")
    rect = pymupdf.paper_rect("a4")
    where = rect + (56, 60, -56, -60)
    more = True
    while more:
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    d = pymupdf.open(str(out) + ".tmp")
    font_g = pymupdf.Font(fontfile=FONTS)
    for i, page in enumerate(d, 1):
        page.insert_text((56, 40), "奈良市 債権管理の取組状況", fontsize=8, fontname="G", fontfile=FONTS)
        txt = f"- {i} -"
        page.insert_text(((rect.width - font_g.text_length(txt, 9)) / 2, rect.height - 30), txt, fontsize=9,
                         fontname="G", fontfile=FONTS)
    d.subset_fonts()
    d.save(out, garbage=4, deflate=True)
    d.close()
    (PDF / f"{STEM}.pdf.tmp").unlink()
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE, "date": "2026-01-30",
                "date_raw": "令和8年1月30日"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
