"""ふじみ野市債権管理計画（第2期） — PyMuPDF Story (HTML), portrait A4.

Plan family (尼崎市 推進シート) as another city prints it: prose figures (約12億4,300万円), a 収入未済額 table with
one debt per row and years as columns (era-less 2年度…5年度 after 令和元年度, 増減 with △, unit only in the title),
a 令和5年度決算 table with one debt per column, then per debt a section heading with the name in parentheses
(５－１ 債権ごとの取組（市税）), a label/value box 債権名 | X | 所管課 | Y, a 5-year table with the years as rows
(金額 千円, 率 without %), a target table with side-by-side 実績 | 目標 headings (R7… or era-less 7年度…),
a 【参考】 box with label：value bullets, and a boxed ①②③ 取組 list with tags after the 。.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_lib13 import OUT, ROOT, Gold, comma, fmt_pct, oku_man, pct, write_gold, zen  # noqa: E402

STEM = "e_fujimino_plan_1"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho"
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = ["令和元年度", "2年度", "3年度", "4年度", "5年度"]


def gen(cur_a, cur_rate, arr_rate, w_frac, arr_a0, delinq):
    """5 years of (cur_a, cur_c, arr_a, arr_c, w, out, delinquents); arrears assessed = last year's outstanding."""
    rows = []
    arr_a = arr_a0
    for i in range(5):
        ca = cur_a[i]
        cc = round(ca * cur_rate[i])
        ac = round(arr_a * arr_rate[i])
        w = round(arr_a * w_frac[i])
        out = (ca - cc) + (arr_a - ac - w)
        rows.append(dict(ca=ca, cc=cc, aa=arr_a, ac=ac, w=w, out=out, dl=delinq[i]))
        arr_a = out
    return rows


DETAIL = {
    "市税": dict(
        org="収税課", kind="強制徴収公債権", law="地方税法",
        rows=gen([17_842_310, 17_615_402, 17_702_118, 18_054_907, 18_236_441],
                 [0.9902, 0.9894, 0.9911, 0.9918, 0.9925], [0.262, 0.271, 0.289, 0.301, 0.318],
                 [0.071, 0.066, 0.062, 0.058, 0.055], 712_406, [2_911, 2_784, 2_602, 2_455, 2_318]),
        tgt_cur=[99.28, 99.31, 99.34, 99.37, 99.40], tgt_arr=[32.50, 33.50, 34.50, 35.50, 36.50],
        tgt_out=[305_000, 292_000, 280_000, 268_000, 255_000], ylab="R", dunit="人",
        seg=("現年課税分", "滞納繰越分"),
        inits=("①", [
            ("現年課税分の滞納者に対し、納期限後の早い段階で電話及びSMSによる催告を行い、滞納繰越額の抑制を図る。", "継続"),
            ("給与・年金・預貯金の財産調査を電子照会により行い、財産が判明した事案は速やかに差押えを執行する。", "拡充"),
            ("納付資力がない事案は、生活状況を確認したうえで執行停止を行い、滞納繰越額の整理を進める。", "継続"),
            ("地方税共通納税システム及びスマートフォン決済の利用を広報し、期限内納付を促進する。", "新規"),
        ]),
        ref_extra="差押件数：612件（令和5年度）"),
    "国民健康保険税": dict(
        org="保険・年金課", kind="強制徴収公債権", law="地方税法",
        rows=gen([3_982_114, 3_905_287, 3_850_442, 3_761_093, 3_688_520],
                 [0.9365, 0.9402, 0.9431, 0.9457, 0.9480], [0.221, 0.232, 0.245, 0.258, 0.266],
                 [0.094, 0.090, 0.085, 0.081, 0.078], 701_225, [3_402, 3_251, 3_118, 2_987, 2_846]),
        tgt_cur=[94.95, 95.10, 95.25, 95.40, 95.55], tgt_arr=[28.00, 29.00, 30.00, 31.00, 32.00],
        tgt_out=[352_000, 338_000, 325_000, 312_000, 300_000], ylab="", dunit="世帯",
        seg=("現年課税分", "滞納繰越分"),
        inits=("ア", [
            ("短期被保険者証の交付に代わり、納付相談の機会を確保するため、窓口での分割納付の相談を随時行う。", "継続"),
            ("国民健康保険の資格喪失者で未納のある世帯を毎月抽出し、文書及び電話により納付を促す。", "継続"),
            ("滞納繰越分のうち高額な事案は収税課と合同で財産調査を行い、滞納処分を強化する。", "拡充"),
        ]),
        ref_extra="口座振替加入率：41.8％（令和5年度末）"),
    "介護保険料": dict(
        org="高齢福祉課", kind="強制徴収公債権", law="介護保険法",
        rows=gen([2_684_552, 2_712_930, 2_751_004, 2_790_318, 2_845_106],
                 [0.9871, 0.9878, 0.9882, 0.9886, 0.9891], [0.118, 0.124, 0.131, 0.137, 0.142],
                 [0.215, 0.208, 0.201, 0.195, 0.190], 86_512, [1_122, 1_086, 1_043, 1_011, 968]),
        tgt_cur=[98.95, 99.00, 99.05, 99.10, 99.15], tgt_arr=[15.00, 15.50, 16.00, 16.50, 17.00],
        tgt_out=[30_500, 29_800, 29_000, 28_300, 27_500], ylab="", dunit="人",
        seg=("現年度分", "過年度分"),
        inits=("・", [
            ("65歳到達者及び転入者に対し、特別徴収に切り替わるまでの間の納付方法を個別に案内する。", "継続"),
            ("滞納が続く被保険者に給付制限の内容を事前に通知し、納付相談につなげる。", "継続"),
            ("普通徴収の口座振替の勧奨を、納入通知書の発送時に合わせて行う。", "拡充"),
        ]),
        ref_extra="給付制限の対象者：38人（令和5年度末）"),
}
# other debts for the summary tables: 令和5年度 (cur_a, cur_c, arr_a, arr_c, w) 千円, outstanding history R1..R4
OTHERS = {
    "後期高齢者医療保険料": dict(y5=(1_512_402, 1_504_118, 21_447, 6_912, 1_204), hist=[19_880, 20_512, 21_306, 21_447]),
    "保育料": dict(y5=(402_118, 398_054, 31_522, 6_844, 2_315), hist=[42_117, 38_904, 35_062, 31_522]),
    "学校給食費": dict(y5=(588_214, 585_003, 12_876, 3_118, 402), hist=[15_882, 14_907, 13_650, 12_876]),
}
ORDER = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "学校給食費"]

CSS = """
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
body {font-family: mincho; font-size: 10pt; line-height: 1.45;}
h1 {font-family: gothic; font-size: 17pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: gothic; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.ni {text-indent: 0;}
p.r {text-align: right; text-indent: 0; font-size: 8.5pt; margin: 0;}
p.note {font-size: 8.5pt; text-indent: 0;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 8.5pt;}
th {font-family: gothic; text-align: center; font-weight: normal;}
td.n {text-align: right;}
td.l {font-family: gothic;}
table.box td {border: 1pt solid black; padding: 5pt 7pt; font-size: 9.5pt;}
"""


def debt_tables(g, name, d, sec_no):
    rows = d["rows"]
    segc, sega = d["seg"]
    h = [f'<h2>５－{sec_no}　債権ごとの取組（{name}）</h2>']
    h.append(f'<table><tr><td class="l">債権名</td><td>{name}</td><td class="l">所管課</td><td>{d["org"]}</td>'
             f'<td class="l">債権区分</td><td>{d["kind"]}</td></tr></table>')
    h.append('<h3>(1) 直近5年間の収入状況</h3>')
    h.append(f'<p class="r">（金額：千円、率：％、滞納者数：{d["dunit"]}）</p>')
    h.append('<table><tr><th rowspan="2">年度</th>'
             f'<th colspan="3">{segc}</th><th colspan="3">{sega}</th>'
             f'<th rowspan="2">不納欠損額</th><th rowspan="2">収入未済額</th><th rowspan="2">滞納者数</th></tr>'
             '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>')
    unit = "households" if d["dunit"] == "世帯" else "persons"
    for fy, yl, r in zip(YEARS, YLAB, rows):
        cr, ar = pct(r["cc"], r["ca"]), pct(r["ac"], r["aa"])
        cells = [comma(r["ca"]), comma(r["cc"]), fmt_pct(cr), comma(r["aa"]), comma(r["ac"]), fmt_pct(ar),
                 comma(r["w"]), comma(r["out"]), comma(r["dl"])]
        h.append(f'<tr><td>{yl}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
        g.fact(name, fy, yl, "current", "assessed", "actual", r["ca"] * 1000, "yen", cells[0])
        g.fact(name, fy, yl, "current", "collected", "actual", r["cc"] * 1000, "yen", cells[1])
        g.fact(name, fy, yl, "current", "collection_rate", "actual", cr, "percent", cells[2])
        g.fact(name, fy, yl, "arrears", "assessed", "actual", r["aa"] * 1000, "yen", cells[3])
        g.fact(name, fy, yl, "arrears", "collected", "actual", r["ac"] * 1000, "yen", cells[4])
        g.fact(name, fy, yl, "arrears", "collection_rate", "actual", ar, "percent", cells[5])
        g.fact(name, fy, yl, "total", "written_off", "actual", r["w"] * 1000, "yen", cells[6])
        g.fact(name, fy, yl, "total", "outstanding", "actual", r["out"] * 1000, "yen", cells[7])
        g.fact(name, fy, yl, "total", "delinquents", "actual", r["dl"], unit, cells[8])
    h.append('</table>')
    h.append('<p class="note">※　収入未済額は、現年分と滞納繰越分の合計です（調定額－収入済額－不納欠損額）。'
             '不納欠損額は全て滞納繰越分に係るものです。</p>')
    # targets: side-by-side 実績 | 目標
    last = rows[-1]
    tyears = [2025, 2026, 2027, 2028, 2029]
    if d["ylab"] == "R":
        tl = [f"R{y - 2018}" for y in tyears]
    else:
        tl = [f"{y - 2018}年度" for y in tyears]
    h.append('<h3>(2) 目標</h3>')
    h.append('<p class="r">（収納率：％、収入未済額：千円）</p>')
    h.append('<table><tr><th rowspan="2">区分</th><th>実績</th><th colspan="5">目標</th></tr><tr><th>令和5年度</th>'
             + "".join(f"<th>{t}</th>" for t in tl) + '</tr>')
    cr5, ar5 = pct(last["cc"], last["ca"]), pct(last["ac"], last["aa"])
    for lab, seg, act, tg, metric in ((f"{segc}収納率", "current", cr5, d["tgt_cur"], "collection_rate"),
                                      (f"{sega}収納率", "arrears", ar5, d["tgt_arr"], "collection_rate"),
                                      ("収入未済額", "total", last["out"], d["tgt_out"], "outstanding")):
        if metric == "outstanding":
            cells = [comma(act)] + [comma(v) for v in tg]
        else:
            cells = [fmt_pct(act)] + [fmt_pct(v) for v in tg]
        h.append(f'<tr><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
        if metric == "outstanding":
            g.fact(name, 2023, "令和5年度", seg, metric, "actual", act * 1000, "yen", cells[0])
        else:
            g.fact(name, 2023, "令和5年度", seg, metric, "actual", act, "percent", cells[0])
        for y, t, c in zip(tyears, tl, cells[1:]):
            if metric == "outstanding":
                g.fact(name, y, t, seg, metric, "target", tg[tyears.index(y)] * 1000, "yen", c)
            else:
                g.fact(name, y, t, seg, metric, "target", tg[tyears.index(y)], "percent", c)
    h.append('</table>')
    # 【参考】 box
    out_yen = last["out"] * 1000
    out_r = round(out_yen, -5)
    out_txt = oku_man(out_r)
    ref = [f"滞納者数：{zen(comma(last['dl']))}{d['dunit']}（令和５年度末）", d["ref_extra"],
           f"収入未済額：約{out_txt}円（令和５年度決算）"]
    h.append('<table class="box"><tr><td><b>【参考】</b><br/>' + "<br/>".join("・" + x for x in ref) + '</td></tr></table>')
    g.fact(name, 2023, "令和５年度末", "total", "delinquents", "actual", last["dl"],
           "households" if d["dunit"] == "世帯" else "persons", f"{zen(comma(last['dl']))}{d['dunit']}")
    g.fact(name, 2023, "令和５年度", "total", "outstanding", "actual", (out_r // 10000) * 10000, "yen",
           f"約{out_txt}円", approx=True)
    # 取組 box
    style, items = d["inits"]
    sect = "目標達成に向けた取組"
    h.append(f'<h3>(3) {sect}</h3>')
    lines = []
    for i, (t, st) in enumerate(items):
        lab = "①②③④⑤"[i] if style == "①" else ("アイウエオ"[i] if style == "ア" else "・")
        sep = "　" if style != "・" else ""
        tag = f"【{st}】"
        lines.append(f"{lab}{sep}{t}{tag}")
        g.init(name, 2025, sect, lab, t, st)
    h.append('<table class="box"><tr><td>' + "<br/>".join(lines) + '</td></tr></table>')
    return "".join(h)


def build():
    g = Gold(STEM, "plan", "ふじみ野市", "ふじみ野市債権管理計画（第2期）", "2025-03-01", "令和7年3月")
    # totals for the summary
    hist = {}
    y5 = {}
    for n in ORDER:
        if n in DETAIL:
            rows = DETAIL[n]["rows"]
            hist[n] = [r["out"] for r in rows]
            r = rows[-1]
            y5[n] = (r["ca"], r["cc"], r["aa"], r["ac"], r["w"])
        else:
            a = OTHERS[n]["y5"]
            y5[n] = a
            hist[n] = OTHERS[n]["hist"] + [(a[0] - a[1]) + (a[2] - a[3] - a[4])]
    tot_hist = [sum(hist[n][i] for n in ORDER) for i in range(5)]

    parts = []
    parts.append('<h1>ふじみ野市債権管理計画（第2期）</h1>'
                 '<p class="ni" style="text-align:center">計画期間　令和7年度～令和11年度</p>'
                 '<p class="ni" style="text-align:center">令和7年3月　ふじみ野市</p>')
    parts.append('<h2>１　計画策定の趣旨</h2>')
    t0, t4 = tot_hist[0] * 1000, tot_hist[4] * 1000
    r0, r4 = round(t0, -6), round(t4, -6)
    parts.append(
        '<p>本市では、平成30年度に「ふじみ野市債権管理条例」を施行し、第1期の債権管理計画に基づいて、市税をはじめとする'
        '各債権の収納率の向上と収入未済額の縮減に全庁で取り組んできました。その結果、主な債権の収入未済額は、'
        f'令和元年度の約{oku_man(r0)}円から、令和5年度には約{oku_man(r4)}円まで縮減しました。</p>'
        '<p>一方で、物価高騰などにより生活が苦しい世帯も増えていることから、滞納の初期段階での納付相談や、'
        '資力のない事案の適正な整理がこれまで以上に求められています。第1期計画の成果と課題を踏まえ、'
        '令和7年度から令和11年度までの5か年を期間とする第2期計画を策定します。</p>'
        '<p>本計画の対象は、令和5年度決算において収入未済額が生じている債権のうち、市税、国民健康保険税、介護保険料、'
        '後期高齢者医療保険料、保育料及び学校給食費の6債権（以下「主な債権」という。）とし、このうち収入未済額の'
        '大きい3債権については、債権ごとに取組を定めます。その他の債権については、債権管理条例及び債権管理マニュアルに'
        '基づき、各所管課が適正に管理します。</p>'
        '<p>なお、計画期間中に国の制度改正や社会経済情勢の大きな変化があった場合には、必要に応じて計画の見直しを'
        '行います。</p>')
    g.fact(None, 2019, "令和元年度", "total", "outstanding", "actual", r0, "yen", f"約{oku_man(r0)}円", approx=True,
           debt_raw="主な債権")
    g.fact(None, 2023, "令和5年度", "total", "outstanding", "actual", r4, "yen", f"約{oku_man(r4)}円", approx=True,
           debt_raw="主な債権")
    parts.append('<h2>２　主な債権の収入未済額の推移（単位：千円）</h2>')
    parts.append('<table><tr><th>債権名</th>' + "".join(f"<th>{y}</th>" for y in YLAB)
                 + '<th>増減<br/>(5年度－元年度)</th></tr>')
    for n in ORDER + ["合計"]:
        vals = tot_hist if n == "合計" else hist[n]
        cells = [comma(v) for v in vals] + [comma(vals[4] - vals[0])]
        parts.append(f'<tr><td>{n}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
        for fy, yl, v, c in zip(YEARS, YLAB, vals, cells):
            g.fact(None if n == "合計" else n, fy, yl, "total", "outstanding", "actual", v * 1000, "yen", c,
                   debt_raw=n)
    parts.append('</table>')
    parts.append('<p class="note">※　各年度の決算額です。増減欄の△は減少を表します。</p>')

    parts.append('<p>主な債権の収入未済額は5年連続で減少しており、特に市税及び国民健康保険税では、滞納繰越分の'
                 '財産調査と滞納処分を早期に行ったことにより、滞納繰越額が着実に減少しています。一方、介護保険料は'
                 '被保険者数の増加に伴い、収入未済額がおおむね横ばいで推移しています。</p>')
    parts.append('<h2>３　令和5年度決算の状況</h2>')
    parts.append('<p class="r">単位：千円、％</p>')
    parts.append('<table><tr><th colspan="2">区分</th>' + "".join(f"<th>{n}</th>" for n in ORDER)
                 + '<th>合計</th></tr>')
    tot5 = [sum(y5[n][i] for n in ORDER) for i in range(5)]
    lines = [("現年分", "調定額", "current", "assessed"), ("現年分", "収入済額", "current", "collected"),
             ("現年分", "収納率", "current", "collection_rate"), ("滞納繰越分", "調定額", "arrears", "assessed"),
             ("滞納繰越分", "収入済額", "arrears", "collected"), ("滞納繰越分", "収納率", "arrears", "collection_rate"),
             ("", "不納欠損額", "total", "written_off"), ("", "収入未済額", "total", "outstanding")]

    def val(v, seg, metric):
        ca, cc, aa, ac, w = v
        if seg == "current":
            return {"assessed": ca, "collected": cc, "collection_rate": pct(cc, ca)}[metric]
        if seg == "arrears":
            return {"assessed": aa, "collected": ac, "collection_rate": pct(ac, aa)}[metric]
        return {"written_off": w, "outstanding": (ca - cc) + (aa - ac - w)}[metric]

    for k, (grp, lab, seg, metric) in enumerate(lines):
        row = "<tr>"
        if k in (0, 3):
            row += f'<td rowspan="3">{grp}</td><td>{lab}</td>'
        elif k >= 6:
            row += f'<td colspan="2">{lab}</td>'
        else:
            row += f'<td>{lab}</td>'
        for n in ORDER + ["合計"]:
            v = val(tot5 if n == "合計" else y5[n], seg, metric)
            c = fmt_pct(v) if metric == "collection_rate" else comma(v)
            row += f'<td class="n">{c}</td>'
            g.fact(None if n == "合計" else n, 2023, "令和5年度", seg, metric, "actual",
                   v if metric == "collection_rate" else v * 1000, "percent" if metric == "collection_rate" else "yen",
                   c, debt_raw=n)
        parts.append(row + "</tr>")
    parts.append('</table>')
    parts.append('<h2>４　計画の目標</h2>')
    parts.append('<p>各債権の所管課は、債権ごとに現年分・滞納繰越分の目標収納率と収入未済額の目標額を定め、毎年度、'
                 '債権管理推進委員会において進捗を確認します。計画の最終年度である令和11年度には、主な債権の収入未済額を'
                 '約8億9,000万円まで縮減することを目指します。</p>')
    g.fact(None, 2029, "令和11年度", "total", "outstanding", "target", 890_000_000, "yen", "約8億9,000万円",
           approx=True, debt_raw="主な債権")
    chunks = ["".join(parts)]
    for i, n in enumerate(DETAIL, 1):
        chunks.append(debt_tables(g, n, DETAIL[n], i))

    # render: each chunk starts a new page
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(FONTDIR))
    arch.add(pymupdf.Archive(MINCHO))
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}_raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (56, 62, -56, -58)
    for ch in chunks:
        story = pymupdf.Story(html=f"<body>{ch}</body>", user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="gj", fontfile=f"{FONTDIR}/ipaexg.ttf")
        page.insert_text((56, 40), "ふじみ野市債権管理計画（第2期）", fontname="gj", fontsize=8, color=(0.3, 0.3, 0.3))
        page.draw_line((56, 45), (539, 45), width=0.5, color=(0.4, 0.4, 0.4))
        s = f"{i + 1} / {n}"
        page.insert_text((297.6 - len(s) * 2.3, 815), s, fontname="gj", fontsize=9)
    doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    write_gold(g, pdf)


if __name__ == "__main__":
    build()
