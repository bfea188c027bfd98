"""おしま市（架空、函館市 債権回収対策室の公表内容を下敷き）「令和６年度 債権管理の取組状況（中間報告）」
progress_report を PyMuPDF Story（HTML）で組む。A4縦、ヘッダー・フッターは後から描画。"""
from decimal import Decimal as D

import fitz

from e_common import OUT, PDF, c, fact, init, rate, write_gold, zen

STEM = "e_oshima_progress_3"
CITY = "おしま市"
TITLE = "令和６年度 債権管理の取組状況（中間報告）"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
MFONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"

facts, inits = [], []


def F(*a, **k):
    facts.append(fact(*a, **k))


# 収入未済額（千円） 令和3,4,5年度
NAMES = ["市税", "国民健康保険料", "介護保険料", "保育料", "上下水道料金", "市立病院診療費"]
Y3 = [3_012_440, 4_402_115, 33_870, 301_550, 355_600, 1_240_120]
Y4 = [2_838_810, 4_155_420, 35_095, 277_930, 286_740, 1_185_330]
Y5 = [2_614_520, 3_993_530, 39_340, 249_860, 203_870, 1_102_450]
T3, T4, T5 = 9_893_505, 9_462_870, 8_866_710
O3, O4, O5 = T3 - sum(Y3), T4 - sum(Y4), T5 - sum(Y5)
assert min(O3, O4, O5) > 0

# 12月末（千円）: 現年(調定,収入済), 滞繰(調定,収入済), 前年同期率(現年,滞繰,計)
INT = {"市税": ((25_312_400, 20_870_100), (2_614_520, 556_890), (D("81.97"), D("19.88"), D("75.43"))),
       "国民健康保険料": ((4_980_300, 3_402_150), (3_993_530, 612_880), (D("67.52"), D("14.02"), D("43.06"))),
       "保育料": ((1_250_640, 1_101_882), (249_860, 38_420), (D("87.64"), D("13.95"), D("74.02")))}
ASOF, ASOF0 = "2024-12-31", "2023-12-31"

CSS = """
@font-face {font-family: ipag; src: url(ipaexg.ttf);}
@font-face {font-family: ipam; src: url(ipaexm.ttf);}
body {font-family: ipam; font-size: 10pt; line-height: 1.45;}
h1 {font-family: ipag; font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: ipag; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: ipag; font-size: 10.5pt; margin: 8pt 0 2pt 0;}
p {margin: 0 0 3pt 0; text-indent: 1em;}
p.ni {text-indent: 0;}
p.r {text-align: right; text-indent: 0;}
p.note {font-size: 8.5pt; text-indent: 0;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2pt 0 2pt 0;}
th {border: 0.7px solid black; background-color: #e8e8e8; font-family: ipag; font-weight: normal; padding: 2pt; text-align: center;}
td {border: 0.7px solid black; padding: 2pt 4pt 2pt 4pt;}
td.n {text-align: right;}
div.box {border: 0.8px solid black; padding: 5pt 8pt 5pt 8pt; margin: 4pt 0 4pt 0;}
div.box p {text-indent: 0; margin: 0 0 2pt 0;}
ul {margin: 0 0 0 0; padding-left: 14pt;}
p.b {text-indent: 0; margin-left: 12pt;}
p.it {text-indent: -1em; margin-left: 2em;}
"""


def oku_man(sen):  # 千円 -> "88億6,671万円"
    y = sen * 1000
    o, m = divmod(y, 100_000_000)
    m //= 10_000
    return f"{o}億{m:,}万円" if o else f"{m:,}万円", o * 100_000_000 + m * 10_000


def block1():
    h = [f"<h1>{TITLE}</h1>",
         '<p class="r">令和７年２月<br>おしま市財務部債権回収対策室</p>',
         "<h2>１　令和５年度決算における収入未済額の状況</h2>"]
    txt5, v5 = oku_man(T5)
    dec = (D(T5 - T4) / D(T4) * 100).quantize(D("0.1"))
    h.append(f"<p>令和５年度決算において、各部局で徴収できなかった市税や使用料、手数料、貸付金などの収入未済額（全会計）は、"
             f"前年度比{abs(dec)}％減の{txt5}となり、３年連続で前年度を下回りました。"
             "差押えの強化や支払督促の活用など、これまでの取組が一定の成果を上げているものと考えています。"
             "また、時効の完成や執行停止の期間満了により徴収できなくなった不納欠損額は、前年度比12.5％減の3億1,040万円でした。</p>")
    F(None, 2023, "令和５年度", "total", "outstanding", "actual", v5, "yen", txt5, 1, debt_raw=None)
    F(None, 2023, "令和５年度", "total", "written_off", "actual", 310_400_000, "yen", "3億1,040万円", 1, debt_raw=None)
    h.append('<p class="ni">表１　主な債権の収入未済額の推移</p><p class="r" style="font-size:8.5pt">（単位：千円）</p>')
    h.append("<table><tr><th>債権名</th><th>令和３年度</th><th>４年度</th><th>５年度</th><th>増減<br>（５年度－４年度）</th><th>増減率</th></tr>")
    rows = list(zip(NAMES, Y3, Y4, Y5)) + [("その他", O3, O4, O5), ("合計", T3, T4, T5)]
    for n, a, b, cc in rows:
        pct = (D(cc - b) / D(b) * 100).quantize(D("0.1"))
        pct_s = ("△" if pct < 0 else "") + f"{abs(pct)}％"
        h.append(f"<tr><td>{n}</td><td class='n'>{c(a)}</td><td class='n'>{c(b)}</td><td class='n'>{c(cc)}</td>"
                 f"<td class='n'>{c(cc - b)}</td><td class='n'>{pct_s}</td></tr>")
        debt = None if n in ("その他", "合計") else n
        for fy, fyr, v in ((2021, "令和３年度", a), (2022, "４年度", b), (2023, "５年度", cc)):
            F(debt, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", c(v), 1, debt_raw=n)
    h.append("</table>")
    h.append('<p class="note">※全会計（一般会計・特別会計・企業会計）の出納閉鎖後の額。その他は、住宅使用料、各種貸付金、返還金等の計。</p>')
    kt, kv = oku_man(Y5[1])
    kd = (D(Y5[1] - Y4[1]) / D(Y4[1]) * 100).quantize(D("0.1"))
    h.append(f"<p>債権別では、国民健康保険料が全体の４割以上を占め、前年度比{abs(kd)}％減の{kt}となりました。"
             "上下水道料金は、給水停止措置の徹底により大きく減少しています。</p>")
    F("国民健康保険料", 2023, "令和５年度", "total", "outstanding", "actual", kv, "yen", kt, 1)
    return "".join(h)


def int_rows(debt):
    (ca, cc), (aa, ac), (p0c, p0a, p0t) = INT[debt]
    cur, arr = rate(cc, ca), rate(ac, aa)
    ta, tc = ca + aa, cc + ac
    tot = rate(tc, ta)
    return [("現年分", "current", ca, cc, cur, p0c), ("滞繰分", "arrears", aa, ac, arr, p0a), ("計", "total", ta, tc, tot, p0t)]


def block2():
    h = ["<h2>２　令和６年度の収納状況（令和６年12月末現在）</h2>",
         "<p>令和６年12月末現在における主要債権の収納状況は表２のとおりです。"
         "いずれの債権も、現年分・滞繰分ともに前年同期の収納率を上回っています。</p>",
         '<p class="ni">表２　主要債権の収納状況（令和６年12月末現在）</p><p class="r" style="font-size:8.5pt">（単位：千円）</p>',
         "<table><tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同期<br>収納率</th><th>増減</th></tr>"]
    for debt in INT:
        for i, (seg, sg, a, col, r, r0) in enumerate(int_rows(debt)):
            dn = f"<td rowspan='3'>{debt}</td>" if i == 0 else ""
            diff = r - r0
            h.append(f"<tr>{dn}<td>{seg}</td><td class='n'>{c(a)}</td><td class='n'>{c(col)}</td><td class='n'>{r}%</td>"
                     f"<td class='n'>{r0}%</td><td class='n'>{'△' if diff < 0 else ''}{abs(diff)}</td></tr>")
            F(debt, 2024, "令和６年12月末", sg, "assessed", "interim", a * 1000, "yen", c(a), 2, as_of=ASOF)
            F(debt, 2024, "令和６年12月末", sg, "collected", "interim", col * 1000, "yen", c(col), 2, as_of=ASOF)
            F(debt, 2024, "令和６年12月末", sg, "collection_rate", "interim", r, "percent", f"{r}%", 2, as_of=ASOF)
            F(debt, 2023, "前年同期", sg, "collection_rate", "interim", r0, "percent", f"{r0}%", 2, as_of=ASOF0)
    h.append("</table>")
    h.append('<p class="note">※増減は収納率の差（ポイント）。前年同期は令和５年12月末現在。</p>')
    return "".join(h)


DEBT_INITS = {
    "市税": [("ア", "滞納初期の催告を早期化し、納期限後30日以内に電話催告を行った。", "継続", False),
             ("イ", "預金・給与の差押えを中心に滞納処分を進め、財産調査から差押えまでの期間を短縮した。", "継続", False),
             ("ウ", "北海道と共同で設置する滞納整理機構へ、高額・困難案件を引き継いだ。", "拡充", True)],
    "国民健康保険料": [("ア", "債権回収対策室と国保年金課の合同で財産調査を行い、滞納処分につなげた。", "継続", False),
                ("イ", "現年度分の督促を担当する会計年度任用職員を４人配置し、早期の納付勧奨を行った。", "新規", True)],
    "保育料": [("ア", "児童手当からの徴収（申出徴収）を保護者に積極的に案内した。", "継続", False),
             ("イ", "卒園後の滞納者については、債権回収対策室へ徴収事務を移管した。", "継続", True)],
}


def debt_block(no, debt, fullwidth=False):
    rows = int_rows(debt)
    h = [f"<h3>（{no}）{debt}</h3>", '<p class="ni">【収納率】令和６年12月末時点</p>']
    for seg, sg, a, col, r, r0 in rows[:2]:
        rs, r0s = (zen(r), zen(r0)) if fullwidth else (str(r), str(r0))
        rs, r0s = (rs.replace(".", "．"), r0s.replace(".", "．")) if fullwidth else (rs, r0s)
        h.append(f'<p class="b">・{seg}　{rs}％（前年同期 {r0s}％）</p>')
        F(debt, 2024, "令和６年12月末", sg, "collection_rate", "interim", r, "percent", f"{rs}％", 0, as_of=ASOF)
        F(debt, 2023, "前年同期", sg, "collection_rate", "interim", r0, "percent", f"{r0s}％", 0, as_of=ASOF0)
    h.append('<p class="ni">【主な取組】</p>')
    for lab, t, s, wrap in DEBT_INITS[debt]:
        tag = f"<br>【{s}】" if wrap else f"【{s}】"
        h.append(f'<p class="it">{lab}　{t}{tag}</p>')
        inits.append(init(debt, 2024, "主な取組", lab, t, s, 0))
    return "".join(h)


FUTURE = [("上下水道料金", "上下水道料金の未納者対策について、給水停止予告の送付時期を早め、上下水道局と連携して強化する。", "拡充"),
          ("市立病院診療費", "市立病院診療費について、分納不履行の案件を中心に支払督促の申立てを計画的に行う。", "継続"),
          (None, "全庁の債権担当者研修を年２回開催し、債権管理マニュアルに基づく事務の統一を図る。", "継続"),
          (None, "徴収困難な私債権は、債権管理条例に基づく放棄を含め、適正に整理する。", "新規")]


def block3():
    h = ["<h2>３　差押え等の実施状況（令和６年12月末現在）</h2>",
         "<table><tr><th>債権名</th><th>差押件数</th><th>差押金額（千円）</th><th>前年同期件数</th></tr>",
         "<tr><td>市税</td><td class='n'>1,126件</td><td class='n'>498,215</td><td class='n'>1,048件</td></tr>",
         "<tr><td>国民健康保険料</td><td class='n'>231件</td><td class='n'>38,904</td><td class='n'>214件</td></tr>",
         "<tr><td>介護保険料</td><td class='n'>41件</td><td class='n'>2,615</td><td class='n'>46件</td></tr>",
         "<tr><td>保育料</td><td class='n'>39件</td><td class='n'>4,377</td><td class='n'>45件</td></tr></table>",
         "<h2>４　今後の取組</h2>", '<div class="box">']
    for debt, t, s in FUTURE:
        h.append(f"<p>・{t}【{s}】</p>")
        inits.append({**init(debt, 2024, "４　今後の取組", "・", t, s, 0)})
    h.append("</div>")
    h.append("<p>引き続き、負担の公平性の確保と自主財源の確保の観点から、各部局と連携して収入未済額の縮減に取り組みます。"
             "なお、令和６年度の最終的な実績は、令和７年９月に取りまとめて公表する予定です。</p>")
    return "".join(h)


def build():
    blocks = [block1(), block2() + debt_block(1, "市税"),
              debt_block(2, "国民健康保険料") + debt_block(3, "保育料", fullwidth=True) + block3()]
    tmp = OUT / f"{STEM}_raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    arch = fitz.Archive(FONTDIR)
    arch.add(MFONTDIR)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 62, -56, -60)
    pages_of_block = []
    pno = 0
    for html in blocks:
        story = fitz.Story(html=f"<body>{html}</body>", user_css=CSS, archive=arch)
        more = 1
        start = pno + 1
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            pno += 1
        pages_of_block.append((start, pno))
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipag", fontfile=f"{FONTDIR}/ipaexg.ttf")
        page.insert_text((mediabox.width - 56 - 9 * 12, 40), "おしま市債権回収対策室", fontname="ipag", fontsize=9)
        page.draw_line((56, 46), (mediabox.width - 56, 46), width=0.5)
        s = f"- {i + 1} -"
        page.insert_text((mediabox.width / 2 - len(s) * 2.3, mediabox.height - 30), s, fontname="ipag", fontsize=9)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    doc.close()
    # assign pages for items with page 0 (debt blocks): find the page holding them
    texts = [p.get_text() for p in fitz.open(out)]
    from e_common import norm
    nt = [norm(t) for t in texts]
    used = {}
    for f in facts:
        if f["page"] == 0:
            cands = [i + 1 for i, t in enumerate(nt) if norm(f["raw"]) in t]
            # bullets follow table; take the last page holding the raw (bullets come after the table)
            f["page"] = cands[-1]
    for it in inits:
        if it["page"] == 0:
            it["page"] = [i + 1 for i, t in enumerate(nt) if norm(it["text"]) in t][0]
    print("blocks ->", pages_of_block)
    return write_gold(STEM, "progress_report", CITY, TITLE, "2025-02-01", "令和７年２月", facts, inits)


if __name__ == "__main__":
    build()
