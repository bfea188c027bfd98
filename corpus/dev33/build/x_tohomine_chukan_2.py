"""東峰市 令和6年度 債権回収・整理計画（中間報告）— PyMuPDF Story, A4 landscape.
Osaka-family mid-year progress sheets, re-templated: 12月末 figures with 前年同月, one-row 債権名 box,
side-by-side 前年度|今年度 headings, vector bar chart, ward table with the 市計 row first."""
import pymupdf as fitz
from x_common import F, I, write_gold, rate, c, ROOT, OUT

STEM = "x_tohomine_chukan_2"
AS6, AS5 = "2024-12-31", "2023-12-31"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic"
CSS = """@font-face{font-family:g;src:url(ipaexg.ttf);}
body{font-family:g;font-size:9.5pt;line-height:1.35}
h1{font-size:15pt;text-align:center;margin:0 0 4pt 0} h2{font-size:11.5pt;margin:8pt 0 3pt 0}
h3{font-size:10.5pt;margin:6pt 0 3pt 0}
table{border-collapse:collapse} td,th{border:0.6pt solid #000;padding:1.5pt 4pt;font-weight:normal}
th{background-color:#e4e4e4} .r{text-align:right} .note{font-size:8pt}
.box{border:0.9pt solid #000;padding:4pt 6pt;margin-top:4pt} .c{text-align:center}
"""

# amounts in 千円: (assessed, collected) for R6.12末 and R5.12末, current and arrears
D = {
 "市税": dict(cur6=(48215630, 37801420), cur5=(47630118, 37058730), arr6=(2105442, 598114), arr5=(2287905, 611820)),
 "国民健康保険料": dict(cur6=(9862410, 6215883), cur5=(10015274, 6202117), arr6=(3410225, 512880), arr5=(3688010, 538942)),
 "介護保険料": dict(cur6=(8104662, 6990115), cur5=(7986305, 6842770), arr6=(402118, 61233), arr5=(421506, 66820)),
 "後期高齢者医療保険料": dict(cur6=(3215004, 2742118), cur5=(3102876, 2655204), arr6=(58442, 16918), arr5=(61005, 17330)),
 "保育所保育料": dict(cur6=(612330, 470215), cur5=(655120, 499811), arr6=(88412, 9102), arr5=(95630, 10544)),
 "市営住宅使用料": dict(cur6=(1502881, 1240665), cur5=(1521440, 1251703), arr6=(310224, 28116), arr5=(335812, 27905)),
}
R = {d: {k: rate(v[1], v[0]) for k, v in x.items()} for d, x in D.items()}

# sheet data: R5決算 rate cur/arr, outstanding(千円); R6見込み; R6目標
SHEET = {
 "市税": dict(ka="納税課", kubun="強制徴収公債権",
   tbl={"R5": (99.1, 30.2, 1786420), "est": (99.2, 31.0, 1650000), "tgt": (99.2, 31.5, 1600000)},
   items=[("①", "高額滞納案件の進行管理を徹底し、財産調査から差押えまでの期間を短縮する。", "継続"),
          ("②", "年末年始の夜間・休日納付相談窓口を開設し、納付機会を拡大する。", "拡充"),
          ("③", "スマートフォン決済の案内を督促状に同封し、早期納付を勧奨する。", "新規")]),
 "国民健康保険料": dict(ka="保険年金課", kubun="強制徴収公債権",
   tbl={"R5": (93.4, 20.1, 2966120), "est": (93.6, 20.5, 2880000), "tgt": (94.0, 21.0, 2800000)},
   items=[("①", "資格喪失世帯に対し、喪失後３か月以内に文書と電話で納付を促す。", "継続"),
          ("②", "納付誓約の不履行世帯には差押予告書を速やかに送付する。", "拡充"),
          ("③", "口座振替の原則化に向け、加入手続時の申込勧奨を行う。", None)]),
 "市営住宅使用料": dict(ka="住宅管理課", kubun="私債権",
   tbl={"R5": (98.0, 12.4, 318540), "est": (98.1, 12.8, 305000), "tgt": (98.3, 14.0, 290000)},
   items=[("①", "３か月以上の滞納者には連帯保証人へも通知し、分納相談につなげる。", "継続"),
          ("②", "退去者の滞納分は弁護士委託による回収を行う。", "拡充")]),
}
WARD = [  # (ward, cur6, cur5, arr6, arr5)
 ("峰北区", 79.1, 78.6, 29.0, 27.9), ("峰南区", 77.9, 77.0, 27.6, 26.1),
 ("港東区", 78.6, 78.1, 28.9, 27.0), ("山手区", 77.8, 77.6, 27.9, 26.5)]
CHART = [("R1", "令和元年度", 2019, 24.6), ("R2", "令和2年度", 2020, 22.1), ("R3", "令和3年度", 2021, 20.8),
         ("R4", "令和4年度", 2022, 19.3), ("R5", "令和5年度", 2023, 17.9)]

facts, inits = [], []


def pt(x):
    s = f"{x:+.1f}"
    return s.replace("+", "") if x >= 0 else "△" + s[1:]


def page1():
    p = 1
    r = R["市税"]
    html = ["<h1>令和６年度 債権回収・整理計画（中間報告）</h1>",
            "<p class='c'>（令和６年12月末現在）</p>",
            "<h2>１ 中間報告の概要</h2>",
            "<p>　本市では「東峰市債権管理条例」に基づき、毎年度、債権ごとに回収・整理の目標を定めています。"
            "本報告は、令和６年12月末時点の収納状況を前年同月と比較し、下半期に重点的に取り組む事項をまとめたものです。</p>",
            f"<p>　12月末時点の市税の収納率は、現年分が{r['cur6']}％（前年同月{r['cur5']}％）、"
            f"滞納繰越分が{r['arr6']}％となり、いずれも前年同月を上回りました。</p>",
            "<h2>２ 主要債権の収納状況（12月末）</h2>",
            "<p class='r note'>（単位：％）</p>",
            "<table style='width:100%'><tr><th rowspan='2'>債　権　名</th><th colspan='3'>現　年　分</th>"
            "<th colspan='3'>滞 納 繰 越 分</th></tr><tr>"
            + "<th>R6.12末</th><th>R5.12末</th><th>差</th>" * 2 + "</tr>"]
    facts.append(F("市税", 2024, "令和６年12月末", "current", "collection_rate", "interim", r["cur6"], "percent", f"{r['cur6']}％", p, AS6))
    facts.append(F("市税", 2023, "前年同月", "current", "collection_rate", "interim", r["cur5"], "percent", f"{r['cur5']}％", p, AS5))
    facts.append(F("市税", 2024, "令和６年12月末", "arrears", "collection_rate", "interim", r["arr6"], "percent", f"{r['arr6']}％", p, AS6))
    for d, rr in R.items():
        row = f"<tr><td>{d}</td>"
        for seg, sk in (("current", "cur"), ("arrears", "arr")):
            a, b = rr[sk + "6"], rr[sk + "5"]
            row += f"<td class='r'>{a}</td><td class='r'>{b}</td><td class='r'>{pt(round(a-b,1))}</td>"
            facts.append(F(d, 2024, "R6.12末", seg, "collection_rate", "interim", a, "percent", f"{a}", p, AS6))
            facts.append(F(d, 2023, "R5.12末", seg, "collection_rate", "interim", b, "percent", f"{b}", p, AS5))
        html.append(row + "</tr>")
    html.append("</table><p class='note'>※差は、R6.12末の収納率からR5.12末の収納率を差し引いたもの（ポイント）。△はマイナス。</p>")
    return "".join(html)


def page2():
    p = 2
    html = ["<h2>３ 市税の区別収納状況（12月末）</h2>",
            "<table style='width:60%'><tr><th rowspan='2'>区　分</th><th colspan='2'>現年分</th><th colspan='2'>滞納繰越分</th></tr>"
            "<tr><th>令和6年12月末</th><th>令和5年12月末</th><th>令和6年12月末</th><th>令和5年12月末</th></tr>"]
    r = R["市税"]
    rows = [("市　計", r["cur6"], r["cur5"], r["arr6"], r["arr5"])] + WARD
    for w, a, b, x, y in rows:
        area = None if w.startswith("市") else w
        html.append(f"<tr><td>{w}</td>" + "".join(f"<td class='r'>{v}%</td>" for v in (a, b, x, y)) + "</tr>")
        for seg, v6, v5 in (("current", a, b), ("arrears", x, y)):
            facts.append(F("市税", 2024, "令和6年12月末", seg, "collection_rate", "interim", v6, "percent", f"{v6}%", p, AS6, area=area))
            facts.append(F("市税", 2023, "令和5年12月末", seg, "collection_rate", "interim", v5, "percent", f"{v5}%", p, AS5, area=area))
    html.append("</table><h2>４ 市税 収入未済額の推移（各年度決算）</h2>")
    for ab, raw, fy, v in CHART:
        facts.append(F("市税", fy, ab, "total", "outstanding", "actual", int(round(v * 100000000)), "yen", f"{v}", p))
    return "".join(html)


def sheet(p, no, debt, named_in_heading):
    s = SHEET[debt]; d = D[debt]; r = R[debt]
    h = []
    if p == 3:
        h.append("<h2>５ 債権別の状況</h2>")
    if named_in_heading:
        h.append(f"<h3>（{no}）債権ごとの取組（{debt}）</h3>")
    else:
        h.append(f"<h3>（{no}）</h3><table style='width:100%'><tr><th>債権名</th><td>{debt}</td><th>所管課</th>"
                 f"<td>{s['ka']}</td><th>債権区分</th><td>{s['kubun']}</td></tr></table>")
    h.append("<p class='note'>ア　収納状況（12月末）　　金額の単位：千円、収納率の単位：％</p>")
    head0 = f"債権名　{debt}" if named_in_heading else "項　目"
    h.append(f"<table style='width:100%'><tr><th rowspan='2'>{head0}</th><th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th></tr>"
             "<tr>" + "<th>令和6年12月末</th><th>令和5年12月末</th><th>増減</th>" * 2 + "</tr>")
    for lab, metric in (("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")):
        row = f"<tr><td>{lab}</td>"
        for seg, sk in (("current", "cur"), ("arrears", "arr")):
            if metric == "collection_rate":
                a, b = r[sk + "6"], r[sk + "5"]
                row += f"<td class='r'>{a}</td><td class='r'>{b}</td><td class='r'>{pt(round(a-b,1))}</td>"
                facts.append(F(debt, 2024, "令和6年12月末", seg, metric, "interim", a, "percent", f"{a}", p, AS6))
                facts.append(F(debt, 2023, "令和5年12月末", seg, metric, "interim", b, "percent", f"{b}", p, AS5))
            else:
                i = 0 if metric == "assessed" else 1
                a, b = d[sk + "6"][i], d[sk + "5"][i]
                row += f"<td class='r'>{c(a)}</td><td class='r'>{c(b)}</td><td class='r'>{c(a-b)}</td>"
                facts.append(F(debt, 2024, "令和6年12月末", seg, metric, "interim", a * 1000, "yen", c(a), p, AS6))
                facts.append(F(debt, 2023, "令和5年12月末", seg, metric, "interim", b * 1000, "yen", c(b), p, AS5))
        h.append(row + "</tr>")
    h.append("</table>")
    t = s["tbl"]
    h.append("<p class='note'>イ　年度末の見通し</p><table style='width:70%'><tr><th rowspan='2'></th><th>前年度</th><th colspan='2'>今年度</th></tr>"
             "<tr><th>決算</th><th>見込み</th><th>目標</th></tr>")
    labs = [("収納率（現年）", "current", "collection_rate"), ("収納率（滞繰）", "arrears", "collection_rate"),
            ("収入未済額（千円）", "total", "outstanding")]
    for j, (lab, seg, metric) in enumerate(labs):
        row = f"<tr><td>{lab}</td>"
        for key, fy, basis, fyr in (("R5", 2023, "actual", "前年度"), ("est", 2024, "estimate", "今年度"), ("tgt", 2024, "target", "今年度")):
            v = t[key][j]
            if metric == "outstanding":
                row += f"<td class='r'>{c(v)}</td>"
                facts.append(F(debt, fy, fyr, seg, metric, basis, v * 1000, "yen", c(v), p))
            else:
                row += f"<td class='r'>{v}%</td>"
                facts.append(F(debt, fy, fyr, seg, metric, basis, v, "percent", f"{v}%", p))
        h.append(row + "</tr>")
    h.append("</table><p class='note'>ウ　下半期の取組</p><div class='box'>")
    for lab, text, st in s["items"]:
        tag = f"【{st}】" if st else ""
        h.append(f"<p style='margin:1pt 0'>{lab} {text}{tag}</p>")
        inits.append(I(debt, 2024, "下半期の取組", lab, text, st, p))
    if debt == "市税":
        h.append("<p style='margin:0 0 0 12pt'>・12月28日（土）及び１月４日（土）に本庁舎で実施</p>")
    h.append("</div>")
    return "".join(h)


def draw_chart(page):
    page.insert_font(fontname="ipg", fontfile=GOTHIC + "/ipaexg.ttf")
    x0, y0, w, hgt = 120, 520, 420, 190   # baseline y0
    page.insert_text((x0, y0 - hgt - 22), "収入未済額（億円）", fontname="ipg", fontsize=9)
    page.draw_line((x0, y0), (x0 + w, y0), width=0.8)
    page.draw_line((x0, y0), (x0, y0 - hgt), width=0.8)
    for k in range(0, 31, 10):
        yy = y0 - hgt * k / 30
        page.draw_line((x0 - 3, yy), (x0, yy), width=0.5)
        page.insert_text((x0 - 18, yy + 3), str(k), fontname="ipg", fontsize=7)
    bw = 44
    for i, (ab, _, _, v) in enumerate(CHART):
        bx = x0 + 25 + i * 80
        bh = hgt * v / 30
        page.draw_rect(fitz.Rect(bx, y0 - bh, bx + bw, y0), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
        page.insert_text((bx + 10, y0 - bh - 4), f"{v}", fontname="ipg", fontsize=8.5)
        page.insert_text((bx + 15, y0 + 12), ab, fontname="ipg", fontsize=8.5)
    page.insert_text((x0 + w + 6, y0 + 12), "（年度）", fontname="ipg", fontsize=8)


def main():
    pages = [page1(), page2(), sheet(3, 1, "市税", False), sheet(4, 2, "国民健康保険料", False),
             sheet(5, 3, "市営住宅使用料", True)]
    tmp = OUT / f"{STEM}_tmp.pdf"
    wr = fitz.DocumentWriter(str(tmp))
    arch = fitz.Archive(GOTHIC)
    for i, html in enumerate(pages, 1):
        st = fitz.Story(html, user_css=CSS, archive=arch)
        rect = fitz.paper_rect("a4-l")
        dev = wr.begin_page(rect)
        more, _ = st.place(fitz.Rect(40, 42, 802, 550 if i != 2 else 300))
        assert not more, f"page {i} overflows"
        st.draw(dev)
        wr.end_page()
    wr.close()
    doc = fitz.open(tmp)
    doc[1].insert_font(fontname="ipg", fontfile=GOTHIC + "/ipaexg.ttf")
    for i, page in enumerate(doc, 1):
        page.insert_font(fontname="ipg", fontfile=GOTHIC + "/ipaexg.ttf")
        page.insert_text((40, 28), "東峰市 債権回収・整理計画（中間報告）", fontname="ipg", fontsize=7.5, color=(0.3, 0.3, 0.3))
        page.insert_text((700, 28), "財政局 債権管理課", fontname="ipg", fontsize=7.5, color=(0.3, 0.3, 0.3))
        page.insert_text((405, 578), f"－ {i} －", fontname="ipg", fontsize=9)
    draw_chart(doc[1])
    doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "progress_report", "municipality": "東峰市", "title": "令和６年度 債権回収・整理計画（中間報告）",
                "date": "2024-12-31", "date_raw": "令和６年12月末現在"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
