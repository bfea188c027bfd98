"""w_kyoto_committee_2: 経済総務委員会資料「債権管理の取組状況について」 (committee_material), PyMuPDF Story, A4 portrait.

Modelled on 京都市 経済総務委員会資料 平成28年12月 行財政局「債権管理の取組状況及び債権管理条例（仮称）の制定について」
(https://expydoc.com/doc/11524024/...): comma-style 「，」 prose, 【個別の債権本部を設置している債権の徴収率の推移】 with
①H22年度決算 | ②H27年度決算 | ②－① and 「過去最高」, 全市の収入未済額 in prose.
"""
from __future__ import annotations

import fitz

from w_common import PDF, fact, rate, total_fact, write_gold

STEM = "w_kyoto_committee_2"
MUNI = "京都市"
TITLE = "債権管理の取組状況について"
FONTDIR = "/usr/share/fonts/opentype"

CSS = """
@font-face { font-family: M; src: url(ipaexfont-mincho/ipaexm.ttf); }
@font-face { font-family: G; src: url(ipaexfont-gothic/ipaexg.ttf); }
body { font-family: M; font-size: 10.5pt; line-height: 1.5; }
h1 { font-family: G; font-size: 15pt; text-align: center; margin: 6pt 0 10pt 0; }
h2 { font-family: G; font-size: 12pt; margin: 10pt 0 3pt 0; }
h3 { font-family: G; font-size: 11pt; margin: 6pt 0 2pt 0; }
p { margin: 0 0 3pt 0; text-indent: 1em; }
p.ni { text-indent: 0; }
p.r { text-align: right; text-indent: 0; font-size: 9pt; margin: 0; }
p.cap { font-family: G; text-indent: 0; margin: 6pt 0 2pt 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt; }
th { background-color: #e6e6e6; font-family: G; font-weight: normal; text-align: center; }
td.n { text-align: right; }
td.box { border: 1.5px solid black; padding: 6pt 8pt; font-size: 10pt; }
ul { margin: 0 0 0 14pt; padding: 0; }
li { margin: 0 0 1pt 0; }
.stamp { text-align: right; font-family: G; font-size: 10pt; text-indent: 0; margin: 0; }
"""

# 令和5年度決算 (百万円)
DEBTS = ["市税", "国民健康保険料", "介護保険料", "市営住宅使用料", "保育料"]
FIG = {  # 調定額, 収入済額, 不納欠損額
    "市税": (312480, 308105, 612),
    "国民健康保険料": (62315, 58516, 1204),
    "介護保険料": (41208, 40672, 158),
    "市営住宅使用料": (9842, 9105, 96),
    "保育料": (8415, 8236, 21),
}
# 徴収率の推移 (令和元年度, 令和5年度)
TREND = [("市税", "97.9", "98.6", True), ("介護保険料", "98.3", "98.7", True), ("国民健康保険料", "91.6", "93.9", False)]
# 10月末 (現年分, 前年同期, 滞納繰越分, 前年同期)
OCT = {"市税": ("64.18", "63.85", "27.4", "26.1"), "国民健康保険料": ("52.07", "51.66", "19.8", "18.9")}
ITEMS = [
    ("ア", "高額・困難事案の集中処理を担う特別滞納整理チームの体制を強化し、弁護士への相談を積極的に活用する。", "拡充"),
    ("イ", "債権所管課の職員を対象とした実務研修を年2回実施し、督促から強制執行までの手順を共有する。", "継続"),
    ("ウ", "私債権について、支払督促の申立て等の法的措置を標準化した事務手引を作成する。", "新規"),
    ("エ", "回収の見込みがない債権は、債権管理条例に基づく放棄の基準を定め、適正に整理する。", "新規"),
    ("オ", "キャッシュレス納付の対象を市営住宅使用料及び保育料に広げ、期限内納付を促す。", "拡充"),
]

facts: list = []
inits: list = []


def p1():
    pg = 1
    h = ['<p class="stamp">経済総務委員会資料<br/>令和６年１２月<br/>行　財　政　局</p>',
         f"<h1>{TITLE}</h1>",
         "<p>本市の貴重な財産である債権の管理については，市民負担の公平性と自主財源の確保を図るため，"
         "適正化を一層推進していく必要がある。このたび，令和５年度決算の状況と今年度の取組状況を取りまとめ"
         "たので御報告する。</p>",
         "<h2>１　債権管理の現状</h2>",
         "<p>(1) 効果的かつ効率的な債権回収を全市的に推進するため，研修の拡充，弁護士等による相談，債権回収業務"
         "の委託，高額困難債権の集中処理等により，収入未済額の縮減に取り組んでいる。</p>",
         "<p>(2) 市税，国民健康保険料及び介護保険料については，債権ごとに対策本部を設置し，目標徴収率を設定する"
         "など，計画的に債権回収を推進している。</p>",
         '<p class="cap">【個別の債権本部を設置している債権の徴収率の推移】</p>',
         "<table><tr><th>債権名</th><th>①R元年度決算</th><th>②R5年度決算</th><th>②－①</th></tr>"]
    for name, a, b, best in TREND:
        d = round(float(b) - float(a), 1)
        h.append(f"<tr><td>{name}</td><td class='n'>{a}%</td><td class='n'>{'過去最高　' if best else ''}{b}%</td>"
                 f"<td class='n'>{d}ポイント増</td></tr>")
        facts.append(fact(name, 2019, "R元年度", "total", "collection_rate", "actual", float(a), "percent", a + "%", pg))
        facts.append(fact(name, 2023, "R5年度", "total", "collection_rate", "actual", float(b), "percent", b + "%", pg))
    h.append("</table>")
    h.append("<p>(3) 令和２年度には，上記以外の債権についても，副市長を本部長とする債権管理対策本部を設置し，"
             "組織的・計画的な債権管理を全市一体的に推進する体制を整備している。</p>")
    h.append("<p>(4) こうした取組の結果，全市の収入未済額は，市税や国民健康保険料を中心に減少を続けており，"
             "令和５年度決算では約186億円と，令和元年度決算（約241億円）から約55億円縮減している。</p>")
    facts.append(total_fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 18_600_000_000, "yen",
                            "約186億円", pg, approx=True))
    facts.append(total_fact(None, 2019, "令和元年度決算", "total", "outstanding", "actual", 24_100_000_000, "yen",
                            "約241億円", pg, approx=True))
    return "".join(h)


def p2():
    pg = 2
    h = ["<h2>２　主な債権の状況（令和５年度決算）</h2>",
         "<p>主な５債権の令和５年度決算の状況は次のとおりである。</p>",
         '<p class="r">（単位：百万円，％）</p>',
         "<table><tr><th>区分</th>" + "".join(f"<th>{d}</th>" for d in DEBTS) + "<th>計</th></tr>"]
    cols = {}
    for d in DEBTS:
        a, col, w = FIG[d]
        cols[d] = (a, col, w, a - col - w)
    tot = tuple(sum(cols[d][i] for d in DEBTS) for i in range(4))
    cols["計"] = tot
    labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
              ("収入未済額", "outstanding"), ("徴収率", "collection_rate")]
    for i, (lab, metric) in enumerate(labels):
        row = f"<tr><td>{lab}</td>"
        for d in DEBTS + ["計"]:
            a, col, w, o = cols[d]
            if metric == "collection_rate":
                v = rate(col, a, 1)
                raw = str(v)
                val, unit = float(v), "percent"
            else:
                n = (a, col, w, o)[i]
                raw = f"{n:,}"
                val, unit = n * 1_000_000, "yen"
            row += f"<td class='n'>{raw}</td>"
            if d == "計":
                facts.append(total_fact("計", 2023, "令和５年度決算", "total", metric, "actual", val, unit, raw, pg))
            else:
                facts.append(fact(d, 2023, "令和５年度決算", "total", metric, "actual", val, unit, raw, pg))
        h.append(row + "</tr>")
    h.append("</table>")
    h.append('<p class="ni" style="font-size:9pt">※百万円未満を四捨五入しているため，合計が一致しない場合がある。'
             "徴収率＝収入済額÷調定額。</p>")
    # check consistency with page 1 trend
    assert str(rate(FIG["市税"][1], FIG["市税"][0], 1)) == "98.6"
    assert str(rate(FIG["国民健康保険料"][1], FIG["国民健康保険料"][0], 1)) == "93.9"
    assert str(rate(FIG["介護保険料"][1], FIG["介護保険料"][0], 1)) == "98.7"
    h.append("<h2>３　令和６年度の収納状況</h2>")
    h.append("<p>今年度の収納状況は，前年同期と比べて概ね順調に推移している。</p>")
    for k, name in enumerate(OCT):
        cur, cur_p, arr, arr_p = OCT[name]
        h.append(f"<h3>({k + 1}) {name}</h3>")
        h.append('<p class="ni">【徴収率】令和６年10月末時点</p><ul>'
                 f"<li>現年分　{cur}％（前年同期　{cur_p}％）</li>"
                 f"<li>滞納繰越分　{arr}％（前年同期　{arr_p}％）</li></ul>")
        for seg, v, vp in (("current", cur, cur_p), ("arrears", arr, arr_p)):
            facts.append(fact(name, 2024, "令和６年10月末", seg, "collection_rate", "interim", float(v), "percent",
                              v + "％", pg, as_of="2024-10-31"))
            facts.append(fact(name, 2023, "前年同期", seg, "collection_rate", "interim", float(vp), "percent",
                              vp + "％", pg, as_of="2023-10-31"))
    return "".join(h)


def p3():
    pg = 3
    h = ["<h2>４　今後の取組</h2>",
         "<p>収入未済額の更なる縮減に向け，令和７年度に向けて次の取組を進める。</p>",
         "<table><tr><td class='box'>"]
    for lab, text, st in ITEMS:
        h.append(f"<p class='ni' style='margin-left:1.2em;text-indent:-1.2em'>{lab}　{text}【{st}】</p>")
        inits.append({"debt": None, "debt_raw": None, "fiscal_year": 2025, "section": "今後の取組", "label": lab,
                      "text": text, "status": st, "page": pg})
    h.append("</td></tr></table>")
    h.append("<p></p><table><tr><td class='box'><p class='ni'>【参考】市税の滞納の状況（令和５年度末）</p><ul>"
             "<li>滞納者数：18,436人</li>"
             "<li>収入未済額：37億6,300万円</li>"
             "<li>不納欠損額：6億1,200万円</li></ul></td></tr></table>")
    facts.append(fact("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 18436, "persons", "18,436人", pg))
    a, col, w = FIG["市税"]
    assert (a - col - w) == 3763 and w == 612
    facts.append(fact("市税", 2023, "令和５年度末", "total", "outstanding", "actual", 3_763_000_000, "yen",
                      "37億6,300万円", pg))
    facts.append(fact("市税", 2023, "令和５年度", "total", "written_off", "actual", 612_000_000, "yen",
                      "6億1,200万円", pg))
    h.append("<h2>５　債権管理条例（仮称）の制定について</h2>"
             "<p>債権の管理に関する統一的な手続や基準を定めるため，債権管理条例（仮称）の骨子案を別紙のとおり"
             "取りまとめた。パブリックコメントを経て，令和７年２月市会への条例案の提出を予定している。</p>")
    return "".join(h)


def build():
    import io
    arch = fitz.Archive(FONTDIR)
    W, H = fitz.paper_size("a4")
    buf = io.BytesIO()
    writer = fitz.DocumentWriter(buf)
    for i, html in enumerate((p1(), p2(), p3())):
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        mediabox = fitz.Rect(0, 0, W, H)
        dev = writer.begin_page(mediabox)
        more, _ = story.place(fitz.Rect(60, 60, W - 60, H - 60))
        assert not more, f"page {i + 1} overflows"
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open("pdf", buf.getvalue())
    hfont = fitz.Font(fontfile=f"{FONTDIR}/ipaexfont-gothic/ipaexg.ttf")
    for i, page in enumerate(doc):
        tw = fitz.TextWriter(page.rect)
        txt = f"- {i + 1} -"
        tw.append((W / 2 - hfont.text_length(txt, 9) / 2, H - 30), txt, font=hfont, fontsize=9)
        tw.write_text(page)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    return write_gold(STEM, "committee_material", MUNI, TITLE, "2024-12-01", "令和６年１２月", facts, inits)


if __name__ == "__main__":
    build()
