"""e_kisarazu_progress_3: 令和５年度 債権管理の取組状況について（木更津市）.

Modelled on 木更津市議会 令和5年12月定例会 一般質問「債権管理の一元化について」(sinobu.com/situmon/202312.html)
and the same author's 「債権一元化を思う」(sinobu.com/kika/ki23/1020.html): 市税・国保税の収納率（現年と滞納繰越を
合わせた率）, 平成25年の収税対策室, 平成27年度からの副市長を本部長とする対策本部, 収入未済額を「7億33百万円」と
百万円単位で書く書き方, 私債権の課題. PyMuPDF Story (HTML), header/footer drawn afterwards. Figures invented."""
from __future__ import annotations

import pymupdf

from e_common import OUT, PDF, F, I, rate, write_gold

STEM = "e_kisarazu_progress_3"
MUNI = "木更津市"
TITLE = "令和５年度 債権管理の取組状況について"

COLS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
T1 = {  # 百万円: 調定額, 収入済額, 不納欠損額
    "市税": (19850, 19036, 116), "国民健康保険税": (4120, 3053, 98), "介護保険料": (2684, 2651, 6),
    "後期高齢者医療保険料": (1102, 1097, 1), "保育所保育料": (436, 421, 2), "市営住宅使用料": (238, 201, 3)}
YEARS = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
T2 = {("市税", "現年課税分"): ["98.9", "99.0", "99.1", "99.2", "99.3"],
      ("市税", "滞納繰越分"): ["22.4", "24.8", "27.3", "30.5", "33.1"],
      ("市税", "計"): ["93.6", "94.2", "95.0", "95.5", "95.9"],
      ("国民健康保険税", "現年課税分"): ["90.8", "91.5", "92.0", "92.6", "93.0"],
      ("国民健康保険税", "滞納繰越分"): ["16.2", "18.0", "20.1", "22.4", "24.0"],
      ("国民健康保険税", "計"): ["66.0", "68.7", "71.2", "73.3", "74.1"]}
SEG = {"現年課税分": "current", "滞納繰越分": "arrears", "計": "total"}

CSS = """
@font-face {font-family: jp; src: url(ipaexm.ttf);}
@font-face {font-family: jpg; src: url(ipaexg.ttf);}
* {font-family: jp; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: jpg; font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: jpg; font-size: 12pt; margin: 12pt 0 4pt 0;}
h3 {font-family: jpg; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.r {text-align: right; text-indent: 0;}
p.n {text-indent: 0;}
p.note {font-size: 8.5pt; text-indent: 0;}
p.unit {font-size: 9pt; text-align: right; text-indent: 0; margin: 0;}
table {border-collapse: collapse; width: 100%; margin: 0 0 4pt 0;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 9.5pt;}
th {font-family: jpg; text-align: center;}
td.num {text-align: right;}
ul {margin: 0 0 4pt 0;}
li {margin: 0 0 2pt 0;}
div.box {border: 0.8pt solid black; padding: 5pt 8pt; margin: 4pt 0 6pt 0;}
div.box p {text-indent: 0;}
p.b {font-family: jpg; text-indent: 0; margin: 6pt 0 2pt 0;}
"""


def build():
    facts, inits = [], []
    h = []
    h.append(f"<h1>{TITLE}</h1>")
    h.append('<p class="r">令和６年８月</p><p class="r">木更津市財務部収税対策室</p>')
    h.append("<h2>１　概要</h2>")
    s = {k: T2[(k, "計")] for k in ("市税", "国民健康保険税")}
    txt = (f"<p>令和５年度決算における市税の収納率は、現年課税分と滞納繰越分を合わせて{s['市税'][4]}％となり、"
           f"前年度の{s['市税'][3]}％から0.4ポイント上昇しました。国民健康保険税の収納率は{s['国民健康保険税'][4]}％で、"
           f"前年度の{s['国民健康保険税'][3]}％を0.8ポイント上回りました。</p>")
    h.append(txt)
    facts += [F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", 95.9, "percent", "95.9％"),
              F("市税", 2022, "前年度", "total", "collection_rate", "actual", 95.5, "percent", "95.5％"),
              F("国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", 74.1, "percent", "74.1％"),
              F("国民健康保険税", 2022, "前年度", "total", "collection_rate", "actual", 73.3, "percent", "73.3％")]
    h.append("<p>平成27年度決算では市税が88.2％、国民健康保険税が54.9％と県内でも低い水準にありましたが、平成25年度の"
             "収税対策室の設置と、平成27年度からの副市長を本部長とする収納対策本部の取組により、収納率は着実に改善して"
             "います。</p>")
    facts += [F("市税", 2015, "平成27年度", "total", "collection_rate", "actual", 88.2, "percent", "88.2％"),
              F("国民健康保険税", 2015, "平成27年度", "total", "collection_rate", "actual", 54.9, "percent", "54.9％")]
    a, c, w = T1["市税"]
    o_now = a - c - w
    assert o_now == 698
    h.append("<p>また、市税の収入未済額は6億98百万円となり、前年度の7億33百万円から35百万円縮減しました。市税の滞納者数は、"
             "令和５年度末で4,215人（前年度末4,630人）となっています。一方で、使用料や手数料などの私債権には依然として"
             "未収金が多く残っており、歳入確保と負担の公平性の観点から、引き続き取組が求められます。</p>")
    facts += [F("市税", 2023, "令和５年度", "total", "outstanding", "actual", 698000000, "yen", "6億98百万円"),
              F("市税", 2022, "前年度", "total", "outstanding", "actual", 733000000, "yen", "7億33百万円"),
              F("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 4215, "persons", "4,215人"),
              F("市税", 2022, "前年度末", "total", "delinquents", "actual", 4630, "persons", "4,630人")]

    h.append("<h2>２　主な債権の状況</h2>")
    h.append('<p class="b">表１　主な債権の収入状況（令和５年度決算）</p><p class="unit">（単位：百万円、％）</p>')
    tot = [sum(T1[k][i] for k in COLS) for i in range(3)]
    cols = COLS + ["計"]
    vals = {k: T1[k] for k in COLS}
    vals["計"] = tuple(tot)
    h.append("<table><tr><th>区分</th>" + "".join(f"<th>{k}</th>" for k in cols) + "</tr>")
    for lab, metric in (("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                        ("収入未済額", "outstanding"), ("収納率", "collection_rate")):
        h.append(f"<tr><td>{lab}</td>")
        for k in cols:
            A, C, W = vals[k]
            v = {"assessed": A, "collected": C, "written_off": W, "outstanding": A - C - W}.get(metric)
            if metric == "collection_rate":
                raw = str(rate(C, A, 1))
                val, unit = float(raw), "percent"
            else:
                raw = f"{v:,}"
                val, unit = v * 1000000, "yen"
            h.append(f'<td class="num">{raw}</td>')
            dn, dr = (None, "計") if k == "計" else (k, k)
            facts.append(F(dn, 2023, "令和５年度決算", "total", metric, "actual", val, unit, raw, debt_raw=dr))
        h.append("</tr>")
    h.append("</table>")
    assert str(rate(T1["市税"][1], T1["市税"][0], 1)) == "95.9"
    assert str(rate(T1["国民健康保険税"][1], T1["国民健康保険税"][0], 1)) == "74.1"
    h.append('<p class="note">※ 百万円未満を四捨五入しているため、計が内訳の合計と一致しない場合があります。</p>')

    h.append('<p class="b">表２　収納率の推移</p><p class="unit">（単位：％）</p>')
    h.append("<table><tr><th colspan=\"2\">区分</th>" + "".join(f"<th>{y}</th>" for y, _ in YEARS)
             + "<th>増減</th></tr>")
    for debt in ("市税", "国民健康保険税"):
        for k, seg in enumerate(("現年課税分", "滞納繰越分", "計")):
            v = T2[(debt, seg)]
            d = (float(v[4]) * 10 - float(v[3]) * 10) / 10
            ds = f"{d:.1f}" if d >= 0 else f"△{-d:.1f}"
            first = f'<td rowspan="3">{debt}</td>' if k == 0 else ""
            h.append(f"<tr>{first}<td>{seg}</td>" + "".join(f'<td class="num">{x}</td>' for x in v)
                     + f'<td class="num">{ds}</td></tr>')
            for (ylab, fy), x in zip(YEARS, v):
                facts.append(F(debt, fy, ylab, SEG[seg], "collection_rate", "actual", float(x), "percent", x))
    h.append("</table>")
    h.append('<p class="note">※ 増減は、５年度と４年度の差（ポイント）です。</p>')

    h.append("<h2>３　令和５年度の主な取組</h2>")
    blocks = [
        ("市税", [("滞納初期の催告を文書中心から電話・SMSによる案内に切り替え、早期の接触を図りました。", "新規"),
                 ("給与照会と預貯金調査を電子照会で一括して行い、差押えまでの期間を短縮しました。", "拡充"),
                 ("高額滞納案件は、収税対策室の特別整理班が一元的に担当しました。", "継続")],
         [("現年課税分", "18.42", "18.05"), ("滞納繰越分", "12.36", "11.80")]),
        ("国民健康保険税", [("保険証の更新時に、未納のある世帯へ納付相談を案内しました。", "継続"),
                     ("市税と国民健康保険税を重複して滞納している方について、収税対策室で一体的に滞納整理を"
                      "行いました。", "継続")],
         [("現年課税分", "15.87", "15.61"), ("滞納繰越分", "9.12", "8.75")]),
    ]
    for n, (debt, items, interim) in enumerate(blocks, start=1):
        h.append(f"<h3>（{n}）{debt}</h3>")
        h.append("<ul>")
        for text, tag in items:
            h.append(f"<li>{text}【{tag}】</li>")
            inits.append(I(debt, 2023, "令和５年度の主な取組", "・", text, tag))
        h.append("</ul>")
        h.append('<p class="b">【収納率】令和６年６月末時点</p>')
        for seg, now, prev in interim:
            h.append(f'<p class="n">・{seg}　{now}％（前年同期 {prev}％）</p>')
            facts.append(F(debt, 2024, "令和６年６月末", SEG[seg], "collection_rate", "interim", float(now),
                           "percent", f"{now}％", as_of="2024-06-30"))
            facts.append(F(debt, 2023, "前年同期", SEG[seg], "collection_rate", "interim", float(prev),
                           "percent", f"{prev}％", as_of="2023-06-30"))

    h.append("<h2>４　令和６年度の取組方針</h2>")
    pol = [("(1)", None, "市営住宅使用料や学校給食費などの私債権について、所管課と共同で債権管理の状況を点検し、"
                         "債権管理条例の制定に向けた検討を進めます。", "新規"),
           ("(2)", None, "強制徴収公債権の滞納整理を収税対策室に一元化する範囲を、介護保険料及び後期高齢者医療保険料に"
                         "拡大します。", "拡充"),
           ("(3)", "市税", "口座振替とスマートフォン決済の利用を促進し、市税の納期内納付率を高めます。", "継続")]
    h.append('<div class="box">')
    for lab, debt, text, tag in pol:
        h.append(f'<p class="n">{lab}　{text}【{tag}】</p>')
        inits.append(I(debt, 2024, "令和６年度の取組方針", lab, text, tag))
    h.append("</div>")
    html = "".join(h)

    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (62, 70, -62, -62)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipg", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((380, 45), "令和５年度 債権管理の取組状況", fontname="ipg", fontsize=8.5)
        page.draw_line((62, 52), (533, 52), width=0.5)
        page.insert_text((285, 810), f"{i + 1} / {n}", fontname="ipg", fontsize=9)
    doc.subset_fonts()
    pdf = PDF / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE, "date": "2024-08-01",
                "date_raw": "令和６年８月"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
