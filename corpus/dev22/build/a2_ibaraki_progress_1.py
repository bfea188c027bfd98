"""茨木市 令和６年度 債権回収・整理計画（中間報告） — PyMuPDF Story, one Story per page.
Modelled on the 債権回収・整理計画（中間報告） pages of 大阪府内の市 (豊中市 page / 大阪府 r2_kekka layout)."""
import fitz
from decimal import Decimal, ROUND_HALF_UP
from a2_common import *

STEM = "a2_ibaraki_progress_1"
CITY = "茨木市"
TITLE = "令和６年度　債権回収・整理計画（中間報告）"
ASOF, ASOF_P = "2024-12-31", "2023-12-31"


def rate(a, b):
    return float(Decimal(b * 100) / Decimal(a)).__round__(10) if False else float(
        (Decimal(b) * 100 / Decimal(a)).quantize(Decimal("0.01"), ROUND_HALF_UP))


# detailed debts: (name, 所管課, cur(調定,収入), arr(調定,収入) in 千円, prev-year 12月末 rates, 見込 rates, 目標 rates)
DET = [
    ("市税", "収納課", (21845316, 17502114), (612408, 142377), (79.86, 22.91), (99.05, 27.40), (99.00, 26.00)),
    ("国民健康保険税", "保険年金課", (3951220, 2583147), (1184655, 231906), (64.71, 18.42), (93.80, 21.50), (94.00, 22.00)),
    ("保育所等利用者負担金", "保育幼稚園課", (612840, 590842), (38215, 6994), (95.88, 20.05), (98.70, 24.00), (98.50, 25.00)),
]
OTHER = [("介護保険料", 82.14, 81.97, 15.62, 14.88), ("市営住宅使用料", 88.35, 89.02, 9.74, 11.30)]

facts, inits = [], []
CSS = """
* {font-family: sans-serif;}
body {font-size: 10pt; line-height: 1.45;}
h1 {font-size: 15pt; text-align: center; margin: 4pt 0 8pt 0;}
h2 {font-size: 11.5pt; margin: 10pt 0 4pt 0;}
p {margin: 2pt 0 2pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #000; padding: 2pt 4pt; font-size: 9.5pt;}
th {background-color: #e6e6e6; font-weight: normal; text-align: center;}
td.n {text-align: right;}
.note {font-size: 8.5pt; text-align: right;}
.small {font-size: 8.5pt;}
.box {border: 0.8pt solid #000; padding: 4pt;}
"""
pages = []

# ---------------- page 1
fy_note = "令和５年度"
p1 = [f"<h1>{TITLE}</h1>",
      "<p style='text-align:right'>令和７年２月<br>茨木市 総務部 債権管理課</p>",
      "<h2>１　中間報告の趣旨</h2>",
      "<p>　本市では「茨木市債権の管理に関する条例」に基づき、債権の種類ごとに回収と整理の目標を年度当初に定め、"
      "上半期を経過した時点でその進捗を確認し、下半期の取組を見直すこととしています。本報告は、令和６年１２月末時点の"
      "徴収状況と下半期の取組をとりまとめたものです。</p>",
      "<p>　なお、令和５年度決算における市全体の収入未済額は<b>約２８億６,４００万円</b>で、前年度に比べて縮減が進んでいます。</p>"]
facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 2864000000, "yen",
                  "約２８億６,４００万円", 1, approx=True, debt_raw=None))
p1.append("<h2>２　主要債権の徴収率（令和６年１２月末現在）</h2><p class='note'>単位：％、ポイント</p>")
rows = ["<table><tr><th rowspan='3'>債権名</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>",
        "<tr><th>令和６年</th><th>令和５年</th><th rowspan='2'>増減</th><th>令和６年</th><th>令和５年</th><th rowspan='2'>増減</th></tr>",
        "<tr><th>12月末</th><th>12月末</th><th>12月末</th><th>12月末</th></tr>"]
allrows = []
for name, ka, cur, arr, prev, mi, tg in DET:
    allrows.append((name, rate(*cur), prev[0], rate(*arr), prev[1]))
for name, a, b, c_, d in OTHER:
    allrows.append((name, a, b, c_, d))
for name, cr, cp, ar, ap in allrows:
    dc, da = cr - cp, ar - ap
    fmt = lambda x: ("△" if x < 0 else "") + f"{abs(x):.2f}"
    rows.append(f"<tr><td>{name}</td><td class='n'>{cr:.2f}</td><td class='n'>{cp:.2f}</td><td class='n'>{fmt(dc)}</td>"
                f"<td class='n'>{ar:.2f}</td><td class='n'>{ap:.2f}</td><td class='n'>{fmt(da)}</td></tr>")
    for seg, v, fy, asof, raw_y in (("current", cr, 2024, ASOF, "令和６年12月末"), ("current", cp, 2023, ASOF_P, "令和５年12月末"),
                                    ("arrears", ar, 2024, ASOF, "令和６年12月末"), ("arrears", ap, 2023, ASOF_P, "令和５年12月末")):
        facts.append(fact(name, fy, raw_y, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", 1, as_of=asof))
rows.append("</table>")
p1 += rows
p1.append("<p class='small'>※徴収率＝収入済額÷調定額（12月末時点の累計）。増減は前年同期との差。</p>")
pages.append("".join(p1))

# ---------------- detail pages
for k, (name, ka, cur, arr, prev, mi, tg) in enumerate(DET):
    pg = 2 + k
    h = [f"<h2>３　債権ごとの取組状況（{name}）</h2>" if k == 0 else f"<h2>（{['','２','３'][k]}）{name}</h2>"]
    if k == 0:
        h[0] += "<h2>（１）市税</h2>"
        h = [f"<h2>３　債権ごとの取組状況</h2><h2>（１）{name}</h2>"]
    h.append(f"<table><tr><th style='white-space:nowrap'>&nbsp;債権名&nbsp;</th><td style='white-space:nowrap'>{name}{'　'*(12-len(name))}</td>"
             f"<th style='white-space:nowrap'>&nbsp;所管課&nbsp;</th><td style='white-space:nowrap'>{ka}{'　'*(10-len(ka))}</td></tr></table>")
    tot = (cur[0] + arr[0], cur[1] + arr[1])
    if k < 2:
        h.append("<p style='margin-top:6pt'><b>■令和６年１２月末の状況</b></p><p class='note'>（単位：千円、％）</p>")
        h.append("<table><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>未収額</th><th>徴収率</th><th>前年同期徴収率</th></tr>")
        segs = [("現年度分", "current", cur, prev[0]), ("滞納繰越分", "arrears", arr, prev[1]), ("合計", "total", tot, None)]
        for lab, seg, (a, b), pv in segs:
            r = rate(a, b)
            h.append(f"<tr><td>{lab}</td><td class='n'>{a:,}</td><td class='n'>{b:,}</td><td class='n'>{a-b:,}</td>"
                     f"<td class='n'>{r:.2f}</td><td class='n'>{'' if pv is None else f'{pv:.2f}'}</td></tr>")
            for m, v in (("assessed", a), ("collected", b), ("outstanding", a - b)):
                facts.append(fact(name, 2024, "令和６年１２月末", seg, m, "interim", v * 1000, "yen", f"{v:,}", pg, as_of=ASOF))
            facts.append(fact(name, 2024, "令和６年１２月末", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", pg, as_of=ASOF))
            if pv is not None:
                facts.append(fact(name, 2023, "前年同期", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}", pg, as_of=ASOF_P))
        h.append("</table>")
    else:
        # bracketed heading over bullets labelled only by segment (全角)
        rc, ra = rate(*cur), rate(*arr)
        h.append("<p style='margin-top:6pt'><b>【徴収率】令和６年１２月末時点</b></p>")
        h.append(f"<p>・現年度分　{zen(f'{rc:.2f}%')}（前年同期　{zen(f'{prev[0]:.2f}%')}）</p>"
                 f"<p>・滞納繰越分　{zen(f'{ra:.2f}%')}（前年同期　{zen(f'{prev[1]:.2f}%')}）</p>")
        for seg, v, pv in (("current", rc, prev[0]), ("arrears", ra, prev[1])):
            facts.append(fact(name, 2024, "令和６年１２月末時点", seg, "collection_rate", "interim", v, "percent", zen(f"{v:.2f}%"), pg, as_of=ASOF))
            facts.append(fact(name, 2023, "前年同期", seg, "collection_rate", "interim", pv, "percent", zen(f"{pv:.2f}%"), pg, as_of=ASOF_P))
        h.append("<p><b>【未収額】令和６年１２月末時点</b></p>")
        h.append(f"<p>・現年度分　{zen(c((cur[0]-cur[1])*1000))}円</p><p>・滞納繰越分　{zen(c((arr[0]-arr[1])*1000))}円</p>")
        for seg, (a, b) in (("current", cur), ("arrears", arr)):
            facts.append(fact(name, 2024, "令和６年１２月末時点", seg, "outstanding", "interim", (a - b) * 1000, "yen",
                              zen(c((a - b) * 1000)) + "円", pg, as_of=ASOF))
    # 見込 / 目標 : side-by-side two headings over one small table
    h.append("<p style='margin-top:6pt'><b>■令和６年度の見通し</b>（単位：％）</p>")
    h.append("<table><tr><th rowspan='2'>区分</th><th>決算見込</th><th>当初目標</th></tr>"
             "<tr><th>令和６年度</th><th>令和６年度</th></tr>")
    for lab, seg, j in (("現年度分", "current", 0), ("滞納繰越分", "arrears", 1)):
        h.append(f"<tr><td>{lab}</td><td class='n'>{mi[j]:.2f}</td><td class='n'>{tg[j]:.2f}</td></tr>")
        facts.append(fact(name, 2024, "令和６年度", seg, "collection_rate", "estimate", mi[j], "percent", f"{mi[j]:.2f}", pg))
        facts.append(fact(name, 2024, "令和６年度", seg, "collection_rate", "target", tg[j], "percent", f"{tg[j]:.2f}", pg))
    h.append("</table>")
    pages.append(h)

INIT = {
    "市税": [("ア", "年末調整後の１月に給与照会を一斉に実施し、判明した給与債権の差押えを速やかに行う。", "継続", False),
            ("イ", "高額・困難案件を滞納整理担当に集約し、捜索及びインターネット公売を計画的に実施する。", "拡充", True),
            ("ウ", "スマートフォン決済の利用案内を催告書に同封し、現年度分の早期納付を促す。", "新規", False)],
    "国民健康保険税": [("ア", "短期被保険者証の更新時に窓口での納付相談を必須とし、分納計画を見直す。", "継続", False),
                ("イ", "資格喪失世帯のうち未納がある世帯へ文書催告と電話催告を組み合わせて実施する。", "継続", True),
                ("ウ", "口座振替の原則化に向け、新規加入時に口座振替申込みを案内する。", "拡充", False)],
    "保育所等利用者負担金": [("ア", "現年度分の未納が２か月続いた世帯には、園を通じて納付案内を手渡しする。", "新規", False),
                   ("イ", "児童手当からの申出徴収を勧奨し、滞納繰越分の縮減を図る。", "継続", False)],
}
for k, (name, *_rest) in enumerate(DET):
    pg = 2 + k
    h = pages[pg - 1]
    h.append("<p style='margin-top:8pt'><b>■下半期の主な取組</b></p><div class='box'>")
    for lab, text, st, wrap in INIT[name]:
        tag = f"<br>　　【{st}】" if wrap else f"【{st}】"
        h.append(f"<p>{lab}　{text}{tag}</p>")
        inits.append({"debt": name, "fiscal_year": 2024, "section": "下半期の主な取組", "label": lab,
                      "text": text, "status": st, "page": pg})
    h.append("</div>")
    pages[pg - 1] = "".join(h)

# ---------------- write
doc = fitz.open()
MED = fitz.paper_rect("a4")
for i, html in enumerate(pages):
    story = fitz.Story(html=html, user_css=CSS, archive=None)
    page = doc.new_page(width=MED.width, height=MED.height)
    where = fitz.Rect(50, 60, MED.width - 50, MED.height - 60)
    more, _ = story.place(where)
    assert not more, f"page {i+1} overflows"
    dev = fitz.DocumentWriter  # not used; draw via page
    # draw story onto the page through a temporary doc
    tmp = fitz.open()
    w = fitz.DocumentWriter(str(OUT / "tmp_story.pdf"))
    dv = w.begin_page(MED)
    story = fitz.Story(html=html, user_css=CSS)
    story.place(where); story.draw(dv); w.end_page(); w.close()
    src = fitz.open(OUT / "tmp_story.pdf")
    page.show_pdf_page(page.rect, src, 0)
    page.insert_text((50, 40), "茨木市　債権回収・整理計画（中間報告）", fontname="japan", fontsize=8)
    page.draw_line((50, 44), (MED.width - 50, 44), width=0.4)
    page.insert_text((MED.width / 2 - 12, MED.height - 30), f"－ {i+1} －", fontname="japan", fontsize=9)
doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-02-01", "date_raw": "令和７年２月"}
write_gold(STEM, document, facts, inits)
