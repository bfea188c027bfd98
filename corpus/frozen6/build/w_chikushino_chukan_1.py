"""w_chikushino_chukan_1: 市税等収納対策の取組状況（中間報告） (progress_report), PyMuPDF Story HTML, A4 portrait."""
from __future__ import annotations

import pymupdf

from w_common import PDF, fact, init, place_pages, rate, write_gold, zen

STEM = "w_chikushino_chukan_1"
CITY = "ちくし野市"
TITLE = "令和５年度 市税等収納対策の取組状況（中間報告）"
AS_OF, PREV_AS_OF = "2024-02-29", "2023-02-28"
DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
# 千円: current (assessed, collected), arrears (assessed, collected) as of 2024-02-29
DATA = {
    "市税": ((13_842_615, 12_688_407), (418_233, 93_560)),
    "国民健康保険税": ((2_315_874, 1_842_950), (512_406, 88_117)),
    "介護保険料": ((1_925_380, 1_866_215), (41_267, 6_930)),
    "後期高齢者医療保険料": ((964_512, 948_770), (7_815, 3_104)),
}
PREV = {  # rates as of 2023-02-28 (current, arrears)
    "市税": (90.87, 21.45), "国民健康保険税": (79.12, 15.38), "介護保険料": (96.70, 15.92),
    "後期高齢者医療保険料": (98.21, 36.80),
}
DELQ = {"市税": (3_105, 2_964), "国民健康保険税": (2_487, 2_512), "介護保険料": (812, 776)}

CSS = """
@font-face {font-family: g; src: url(ipaexg.ttf);}
@font-face {font-family: m; src: url(ipaexm.ttf);}
body {font-family: m; font-size: 10pt; line-height: 1.5;}
h1 {font-family: g; font-size: 14pt; text-align: center; margin: 6pt 0 2pt 0;}
h2 {font-family: g; font-size: 11pt; margin: 12pt 0 4pt 0;}
h3 {font-family: g; font-size: 10pt; margin: 8pt 0 3pt 8pt;}
p {margin: 0 0 3pt 0; text-indent: 10pt;}
p.r {text-align: right; text-indent: 0;}
p.n {text-indent: 0; margin-left: 18pt;}
p.note {font-size: 8.5pt; text-indent: 0;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-family: g; font-size: 8.5pt;}
th {text-align: center; font-weight: normal;}
td.v {text-align: right;}
"""


def pct(v):
    return f"{v:.2f}%"


def build():
    facts, inits = [], []
    H = []
    H.append(f"<p class='r'>令和６年３月１５日</p><p class='r'>ちくし野市 市民生活部 収納課</p>")
    H.append(f"<h1>{TITLE}</h1>")
    H.append("<h2>１　はじめに</h2>")
    H.append("<p>本市では、市税等の収納率向上と収入未済額の縮減に向け、収納課を中心に催告、財産調査、滞納処分等に取り組んで"
             "います。本報告は、令和５年度の取組状況を年度途中の数値により取りまとめたものです。</p>")
    # prose figure
    (ac, cc), (aa, ca) = DATA["市税"]
    tax_out = (ac - cc) + (aa - ca)
    approx_man = round(tax_out * 1000 / 1_000_000) * 1_000_000  # round to 百万円
    oku, man = divmod(approx_man // 10_000, 10_000)
    raw_out = f"約{zen(oku)}億{zen(f'{man:,}')}万円"
    H.append(f"<p>令和６年２月２９日現在の市税の収入未済額は{raw_out}で、現年課税分の収納率は前年同期を上回って推移しています。"
             "一方、国民健康保険税の滞納繰越分は依然として低い水準にあり、重点的な対応が必要です。</p>")
    facts.append(fact("市税", 2023, "令和６年２月２９日現在", "total", "outstanding", "interim", approx_man, "yen",
                      raw_out, approx=True, as_of=AS_OF))

    # table 1: one debt per column
    H.append("<h2>２　収納状況（令和６年２月２９日現在）</h2>")
    H.append("<p class='r'>（単位：千円）</p>")
    head = "".join(f"<th>{d}</th>" for d in DEBTS) + "<th>合　計</th>"
    rows = []
    tot = {}
    for si, (seg, seglab) in enumerate([("current", "現年課税分"), ("arrears", "滞納繰越分")]):
        A = [DATA[d][si][0] for d in DEBTS]
        C = [DATA[d][si][1] for d in DEBTS]
        A.append(sum(A))
        C.append(sum(C))
        R = [rate(c, a) for a, c in zip(A, C)]
        names = DEBTS + [None]
        for lab, vals, met, fmt in (("調定額", A, "assessed", None), ("収入済額", C, "collected", None),
                                    ("収納率", R, "collection_rate", "p")):
            first = f"<td rowspan='3'>{seglab}</td>" if lab == "調定額" else ""
            cells = "".join(f"<td class='v'>{pct(v) if fmt else f'{v:,}'}</td>" for v in vals)
            rows.append(f"<tr>{first}<td>{lab}</td>{cells}</tr>")
            for d, v in zip(names, vals):
                raw = pct(v) if fmt else f"{v:,}"
                val = v if fmt else v * 1000
                unit = "percent" if fmt else "yen"
                facts.append(fact(d, 2023, "令和６年２月２９日現在", seg, met, "interim", val, unit, raw,
                                  as_of=AS_OF, debt_raw=(d or "合計")))
        tot[seg] = R
    H.append(f"<table><tr><th colspan='2'>区　分</th>{head}</tr>{''.join(rows)}</table>")
    H.append("<p class='note'>※調定額・収入済額は千円未満を四捨五入しているため、合計が一致しない場合があります。</p>")

    # table 2: previous year same period, rates only, 差 row
    H.append("<h3>（参考）前年同期との比較</h3>")
    H.append("<p class='r'>（単位：％、ポイント）</p>")
    head2 = "".join(f"<th>{d}</th>" for d in DEBTS)
    rows = []
    for si, (seg, seglab) in enumerate([("current", "現年課税分"), ("arrears", "滞納繰越分")]):
        now = [rate(DATA[d][si][1], DATA[d][si][0]) for d in DEBTS]
        prev = [PREV[d][si] for d in DEBTS]
        diff = [round(a - b, 2) for a, b in zip(now, prev)]
        rows.append(f"<tr><td rowspan='3'>{seglab}</td><td>令和６年２月末</td>"
                    + "".join(f"<td class='v'>{v:.2f}</td>" for v in now) + "</tr>")
        for d, v in zip(DEBTS, now):
            facts.append(fact(d, 2023, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}",
                              as_of=AS_OF))
        rows.append("<tr><td>令和５年２月末</td>" + "".join(f"<td class='v'>{v:.2f}</td>" for v in prev) + "</tr>")
        for d, v in zip(DEBTS, prev):
            facts.append(fact(d, 2022, "令和５年２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}",
                              as_of=PREV_AS_OF))
        rows.append("<tr><td>差</td>" + "".join(
            f"<td class='v'>{v:.2f}</td>" if v >= 0 else f"<td class='v'>△{-v:.2f}</td>" for v in diff) + "</tr>")
    H.append(f"<table><tr><th colspan='2'>区　分</th>{head2}</tr>{''.join(rows)}</table>")

    # table 3: delinquents, one debt per row
    H.append("<h2>３　滞納者の状況</h2>")
    H.append("<p>滞納者数（実人数）の前年同期との比較は次のとおりです。</p>")
    H.append("<p class='r'>（単位：人）</p>")
    rows = []
    for d, (p, n) in DELQ.items():
        dd = n - p
        ds = f"{dd:,}" if dd >= 0 else f"△{-dd:,}"
        rows.append(f"<tr><td>{d}</td><td class='v'>{p:,}</td><td class='v'>{n:,}</td><td class='v'>{ds}</td></tr>")
        facts.append(fact(d, 2022, "令和５年２月末", "total", "delinquents", "interim", p, "persons", f"{p:,}",
                          as_of=PREV_AS_OF))
        facts.append(fact(d, 2023, "令和６年２月２９日", "total", "delinquents", "interim", n, "persons", f"{n:,}",
                          as_of=AS_OF))
    H.append("<table><tr><th>債　権</th><th>令和５年２月末</th><th>令和６年２月２９日</th><th>増　減</th></tr>"
             + "".join(rows) + "</table>")

    # 4 plain title, numbered items, tags wrapped to the next line
    H.append("<h2>４　収納対策の実施状況</h2>")
    SEC = "収納対策の実施状況"
    groups = [
        ("(1)　市税", "市税", [
            ("ア", "現年課税分の未納者に対し、納期限後２０日以内に催告書を送付し、早期納付を促した。", "継続"),
            ("イ", "預貯金照会を電子化し、照会から回答までの期間を短縮して差押えを１２月までに前年同期比で増やした。", "拡充")]),
        ("(2)　国民健康保険税", "国民健康保険税", [
            ("ア", "滞納繰越分の高額案件について、財産調査を集中的に実施した。", "継続"),
            ("イ", "口座振替の申込みをキャッシュカードで受け付ける端末を窓口に設置した。", "新規")]),
        ("(3)　共通", None, [
            ("ア", "１２月を滞納整理強化月間とし、休日の納付相談窓口を開設した。", "継続")]),
    ]
    for head3, debt, items in groups:
        H.append(f"<h3>{head3}</h3>")
        for lab, t, s in items:
            H.append(f"<p class='n'>{lab}　{t}<br>【{s}】</p>")
            inits.append(init(debt, 2023, SEC, lab, t, s))
    H.append("<h2>５　今後の取組</h2>")
    H.append("<p>出納整理期間に向けて、現年課税分の未納者への催告と滞納繰越分の滞納処分を継続し、年度末の収納率の向上に"
             "努めます。</p>")

    html = "<body>" + "".join(H) + "</body>"
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
    buf = pymupdf.open()
    import io
    bio = io.BytesIO()
    writer = pymupdf.DocumentWriter(bio)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (60, 70, -60, -70)
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", bio.getvalue())
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipag", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((360, 45), "令和５年度 収納対策取組状況（中間報告）", fontname="ipag", fontsize=8)
        page.draw_line((60, 52), (535, 52), width=0.5)
        page.insert_text((282, 810), f"{i + 1} / {n}", fontname="ipag", fontsize=9)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    place_pages(out, facts)
    place_pages(out, inits, key="text")
    write_gold(STEM, out, "progress_report", CITY, TITLE, "2024-03-15", "令和６年３月１５日", facts, inits)


if __name__ == "__main__":
    build()
