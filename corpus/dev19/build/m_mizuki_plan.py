"""水城市債権管理計画（令和７年度～令和１１年度） — PyMuPDF Story (HTML), one Story per page, A4 portrait.

Family: plan (per-debt sheets with 5-year 調定額/収入済額/収入率 tables, 目標, 取組), modelled on a 債権管理計画 layout:
a 百万円 summary table with one debt per row and R-notation years, debt named three ways (heading in parentheses,
label/value box, header cell), a detail table cut by a page break with its header repeated, 【参考】 box, boxed 取組.
"""
from __future__ import annotations

import pymupdf

from m_common import OUT, ROOT, Facts, write_gold, yen

NAME = "m_mizuki_plan_1"
F = Facts()
YEARS = [2019, 2020, 2021, 2022, 2023]
TGT_YEARS = [2025, 2026, 2027, 2028, 2029]


def rate(c, a):
    return round(c * 100 / a, 2)


def series(r1_arr_a, cur_a, cur_r, arr_r, w, persons):
    """5-year rows (千円) from 調定額 and approximate rates; 滞納繰越分調定額 = previous 収入未済額."""
    out = []
    arr_a = r1_arr_a
    for i in range(5):
        cc = round(cur_a[i] * cur_r[i] / 100)
        ac = round(arr_a * arr_r[i] / 100)
        o = cur_a[i] + arr_a - cc - ac - w[i]
        out.append(dict(ca=cur_a[i], cc=cc, aa=arr_a, ac=ac, w=w[i], o=o, p=persons[i]))
        arr_a = o
    return out


DEBTS = {
    "市税": dict(dept="収納課", kind="強制徴収公債権", data=series(
        1103480, [18420115, 18105337, 18533902, 18870441, 19012876],
        [98.8136, 98.6561, 98.9217, 99.0478, 99.1521],
        [28.3293, 29.4117, 30.2244, 30.8712, 31.3377], [95220, 88410, 80152, 75330, 69907],
        [5214, 5032, 4788, 4501, 4263]),
        tgt=[(99.20, 31.50, 470000), (99.25, 32.00, 450000), (99.30, 32.50, 430000), (99.35, 33.00, 410000),
             (99.40, 33.50, 390000)]),
    "国民健康保険税": dict(dept="保険年金課", kind="強制徴収公債権", data=series(
        1521330, [3512908, 3466120, 3390517, 3322716, 3251045],
        [92.4527, 92.7434, 92.9127, 93.1784, 93.4377],
        [17.7553, 18.4213, 19.2048, 20.0355, 20.8516], [160402, 150377, 141210, 132884, 120500],
        [3988, 3870, 3731, 3604, 3412]),
        tgt=[(93.60, 21.00, 800000), (93.80, 21.50, 760000), (94.00, 22.00, 720000), (94.20, 22.50, 680000),
             (94.40, 23.00, 640000)]),
    "下水道使用料": dict(dept="上下水道局料金課", kind="強制徴収公債権", data=series(
        98440, [2210385, 2198760, 2187004, 2175330, 2166118],
        [98.8522, 98.8929, 98.9256, 98.9682, 99.0217],
        [30.6938, 29.9816, 29.1203, 29.8841, 30.4412], [8120, 7650, 7012, 6405, 5990],
        [1350, 1302, 1266, 1213, 1180]),
        tgt=[(99.05, 30.50, 60000), (99.10, 31.00, 58000), (99.15, 31.50, 56000), (99.20, 32.00, 54000),
             (99.25, 32.50, 52000)]),
}
# other rows of 表１ (百万円, R元..R5)
OTHERS = [("介護保険料", [88, 84, 79, 75, 70]), ("後期高齢者医療保険料", [21, 20, 19, 17, 16]),
          ("市営住宅使用料", [146, 139, 131, 122, 114]), ("その他の債権", [263, 248, 232, 221, 206])]

CSS = """
@font-face {font-family: ipam; src: url(ipaexm.ttf);}
@font-face {font-family: ipag; src: url(ipaexg.ttf);}
* {font-family: ipam; font-size: 9.5pt; line-height: 1.35;}
h1 {font-family: ipag; font-size: 17pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: ipag; font-size: 12pt; margin: 10pt 0 4pt 0; border-bottom: 1px solid black;}
h3 {font-family: ipag; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.ni {text-indent: 0;}
p.r {text-align: right; text-indent: 0; font-size: 8.5pt; margin: 0;}
p.note {text-indent: 0; font-size: 8pt; margin: 1pt 0 0 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 8.5pt;}
th {font-family: ipag; background-color: #e8e8e8; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.c {text-align: center;}
td.lab {font-family: ipag;}
div.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
div.box p {text-indent: 0; margin: 0 0 2pt 0;}
"""


def oku(m):
    """百万円 -> 約X億Y万円"""
    return f"約{m // 100}億{(m % 100) * 100:,}万円"


def fyr(y):
    """Header notation of a history year; only the first carries the era."""
    return "令和元年度" if y == 2019 else f"{y - 2018}年度"


def history_table(name, rows_spec, page, part=None):
    """HTML of the 5-year table. part: None (all), 'a' (現年・滞繰), 'b' (remaining rows, header repeated)."""
    data = DEBTS[name]["data"]
    head = "<tr><th colspan='2'>区　分</th>" + "".join(f"<th>{fyr(y)}</th>" for y in YEARS) + "</tr>"
    html = [f"<table>{head}"]

    def num_cells(metric, seg, key, unit="yen", fmt=None):
        cells = []
        for i, y in enumerate(YEARS):
            if key == "rate_c":
                v = rate(data[i]["cc"], data[i]["ca"])
            elif key == "rate_a":
                v = rate(data[i]["ac"], data[i]["aa"])
            else:
                v = data[i][key]
            if unit == "percent":
                raw = f"{v:.2f}"
                val = v
            elif unit == "persons":
                raw = f"{v:,}"
                val = v
            else:
                raw = yen(v)
                val = v * 1000
            F.add(raw, page=page, debt=name, fy=y, fy_raw=fyr(y), segment=seg, metric=metric, basis="actual",
                  value=val, unit=unit)
            cells.append(f"<td class='n'>{raw}</td>")
        return "".join(cells)

    groups = [("現年課税分", "current", "ca", "cc", "rate_c"), ("滞納繰越分", "arrears", "aa", "ac", "rate_a")]
    if part in (None, "a"):
        for g, seg, ka, kc, kr in groups:
            html.append(f"<tr><td class='lab' rowspan='3'>{g}</td><td>調定額</td>{num_cells('assessed', seg, ka)}</tr>")
            html.append(f"<tr><td>収入済額</td>{num_cells('collected', seg, kc)}</tr>")
            html.append(f"<tr><td>収入率</td>{num_cells('collection_rate', seg, kr, 'percent')}</tr>")
    if part is None:
        html.append(f"<tr><td class='lab' colspan='2'>不納欠損額</td>{num_cells('written_off', 'total', 'w')}</tr>")
        html.append(f"<tr><td class='lab' colspan='2'>収入未済額</td>{num_cells('outstanding', 'total', 'o')}</tr>")
        html.append(f"<tr><td class='lab' colspan='2'>滞納者数（人）</td>{num_cells('delinquents', 'total', 'p', 'persons')}</tr>")
    if part == "b":
        html.append(f"<tr><td class='lab' rowspan='3'>全体</td><td>不納欠損額</td>{num_cells('written_off', 'total', 'w')}</tr>")
        html.append(f"<tr><td>収入未済額</td>{num_cells('outstanding', 'total', 'o')}</tr>")
        html.append(f"<tr><td>滞納者数（人）</td>{num_cells('delinquents', 'total', 'p', 'persons')}</tr>")
    html.append("</table>")
    return "".join(html)


def target_table(name, page, transpose=False):
    t = DEBTS[name]["tgt"]
    labs = [("現年課税分収入率（％）", "current", "collection_rate"), ("滞納繰越分収入率（％）", "arrears", "collection_rate"),
            ("収入未済額（千円）", "total", "outstanding")]

    def cell(i, j):
        v = t[i][j]
        y = TGT_YEARS[i]
        seg, metric = labs[j][1], labs[j][2]
        if metric == "outstanding":
            raw, val, unit = yen(v), v * 1000, "yen"
        else:
            raw, val, unit = f"{v:.2f}", v, "percent"
        F.add(raw, page=page, debt=name, fy=y, fy_raw=f"{y - 2018}年度" if y != 2025 else "令和7年度", segment=seg,
              metric=metric, basis="target", value=val, unit=unit)
        return f"<td class='n'>{raw}</td>"

    def yl(y):
        return "令和7年度" if y == 2025 else f"{y - 2018}年度"

    if not transpose:
        html = "<table><tr><th>目標項目</th>" + "".join(f"<th>{yl(y)}</th>" for y in TGT_YEARS) + "</tr>"
        for j, (lab, _, _) in enumerate(labs):
            html += f"<tr><td class='lab'>{lab}</td>" + "".join(cell(i, j) for i in range(5)) + "</tr>"
    else:
        html = "<table><tr><th>年度</th>" + "".join(f"<th>{lab}</th>" for lab, _, _ in labs) + "</tr>"
        for i, y in enumerate(TGT_YEARS):
            html += f"<tr><td class='c'>{yl(y)}</td>" + "".join(cell(i, j) for j in range(3)) + "</tr>"
    return html + "</table>"


def items_html(name, page, section, items, style):
    out = []
    for i, (text, tag, wrap) in enumerate(items):
        lab = {"maru": "①②③④⑤"[i], "kana": "アイウエオ"[i] + "　", "paren": f"({i + 1})"}[style]
        F.init(page=page, debt=name, fy=2025, section=section,
               label={"maru": "①②③④⑤"[i], "kana": "アイウエオ"[i], "paren": f"({i + 1})"}[style], text=text, status=tag)
        out.append(f"<p>{lab}{text}" + ("<br>" if wrap else "") + (f"【{tag}】" if tag else "") + "</p>")
    return "".join(out)


def pages_html():
    P = []
    # ---------------- page 1
    t1 = {n: [round(DEBTS[n]["data"][i]["o"] / 1000) for i in range(5)] for n in DEBTS}
    rows1 = [(n, t1[n]) for n in DEBTS] + OTHERS
    tot = [sum(r[1][i] for r in rows1) for i in range(5)]
    t5, t1_ = tot[4], tot[0]

    p1 = ["<h1>水城市債権管理計画</h1><p class='r' style='text-align:center'>（令和７年度～令和１１年度）</p>",
          "<p class='r'>令和７年３月　水城市総務部債権管理課</p>",
          "<h2>１　計画の趣旨</h2>",
          "<p>本市では、平成29年に水城市債権管理条例を制定し、市の債権全般の適正な管理に取り組んできた。第１期計画（令和２年度～令和６年度）の期間満了に伴い、これまでの成果と課題を踏まえて本計画を策定し、引き続き収入未済額の縮減と市民負担の公平性の確保を図る。</p>",
          "<h2>２　収入未済額の状況</h2>",
          "<p>令和５年度決算における本市の収入未済額（一般会計及び特別会計）は"
          + F.add(oku(t5), page=1, debt=None, fy=2023, fy_raw="令和５年度", segment="total", metric="outstanding",
                  basis="actual", value=t5 * 1000000, unit="yen", approx=True)
          + "で、令和元年度の" + F.add(oku(t1_), page=1, debt=None, fy=2019, fy_raw="令和元年度", segment="total",
                                     metric="outstanding", basis="actual", value=t1_ * 1000000, unit="yen", approx=True)
          + f"から約{(t1_ - t5) // 100}億{((t1_ - t5) % 100) * 100:,}万円縮減した。特に市税と国民健康保険税の縮減が大きく、財産調査の徹底と早期の滞納整理の効果が表れている。</p>",
          "<h3>表１　主な債権の収入未済額の推移</h3><p class='r'>（単位：百万円）</p>",
          "<table><tr><th>債権名</th>" + "".join(f"<th>{'R元' if y == 2019 else 'R' + str(y - 2018)}</th>" for y in YEARS)
          + "<th>増減（R5－R元）</th></tr>"]
    for n, vals in rows1 + [("合計", tot)]:
        debt = None if n in ("合計", "その他の債権") else n
        cells = ""
        for i, y in enumerate(YEARS):
            raw = f"{vals[i]:,}"
            F.add(raw, page=1, debt=debt, debt_raw=n, fy=y, fy_raw="R元" if y == 2019 else f"R{y - 2018}",
                  segment="total", metric="outstanding", basis="actual", value=vals[i] * 1000000, unit="yen")
            cells += f"<td class='n'>{raw}</td>"
        cells += f"<td class='n'>{yen(vals[4] - vals[0])}</td>"
        lab = f"<td class='lab'>{n}</td>" if n == "合計" else f"<td>{n}</td>"
        p1[-1] += f"<tr>{lab}{cells}</tr>"
    p1[-1] += "</table>"
    p1.append("<p class='note'>※ 百万円未満を四捨五入しているため、内訳の合計と各債権の決算額とは一致しない場合がある。</p>")
    p1.append("<p class='note'>※ 水道料金は水道事業会計で別に管理しているため含まない。</p>")
    P.append("".join(p1))

    # ---------------- page 2: 目標 + 市税 (heading with name in parentheses)
    p2 = ["<h2>３　計画の目標</h2>",
          "<p>計画期間の最終年度である令和11年度末の収入未済額（一般会計及び特別会計）を"
          + F.add("14億円以下", page=2, debt=None, fy=2029, fy_raw="令和11年度末", segment="total",
                  metric="outstanding", basis="target", value=1400000000, unit="yen")
          + "とすることを全体目標とし、主要債権ごとに現年課税分及び滞納繰越分の収入率の目標を定める。</p>",
          "<h2>４　債権ごとの取組</h2>",
          "<h3>（１）債権ごとの取組（市税）</h3>",
          "<p class='ni'>所管：総務部収納課　／　区分：強制徴収公債権</p>",
          "<p class='ni'>ア　収納状況の推移</p><p class='r'>単位：千円（収入率は％）</p>",
          history_table("市税", None, 2),
          "<p class='ni' style='margin-top:5pt'>イ　目標（令和７年度～令和11年度）</p>",
          target_table("市税", 2),
          "<p class='ni' style='margin-top:5pt'>ウ　目標達成に向けた取組</p>",
          "<div class='box'>" + items_html("市税", 2, "目標達成に向けた取組", [
              ("現年課税分の未納者に対し、納期限後３０日以内にＳＭＳ催告を行い、早期の自主納付を促す。", "継続", False),
              ("滞納繰越分は、財産調査の結果に基づき差押え又は執行停止を速やかに判断し、滞納案件の長期化を防ぐ。", "継続", False),
              ("地方税統一ＱＲコードを活用したスマートフォン決済の周知を強化し、納期内納付率を高める。", "拡充", True)],
              "maru") + "</div>"]
    P.append("".join(p2))

    # ---------------- page 3: 国保 (label/value box), table cut by the page break
    d = DEBTS["国民健康保険税"]
    p3 = ["<h3>（２）国民健康保険税</h3>",
          "<table><tr><th style='width:16%'>債権名</th><td style='width:34%'>国民健康保険税</td>"
          "<th style='width:16%'>所管課</th><td>保険年金課</td></tr>"
          "<tr><th>債権区分</th><td>強制徴収公債権</td><th>時効</th><td>５年</td></tr></table>",
          "<p class='ni' style='margin-top:6pt'>ア　現状と課題</p>",
          "<p>加入者の高齢化と所得水準の低下により、現年課税分の収入率は９３％台で推移している。滞納繰越分は執行停止の判断が遅れる傾向にあり、収入未済額に占める長期滞納の割合が高い。令和５年度末の滞納世帯は前年度から減少したものの、納付相談につながらない世帯への接触が課題である。</p>",
          "<p class='ni'>イ　収納状況の推移</p><p class='r'>単位：千円（収入率は％）</p>",
          history_table("国民健康保険税", None, 3, part="a"),
          "<p class='note'>（次ページに続く）</p>"]
    P.append("".join(p3))
    p4 = ["<p class='ni'>イ　収納状況の推移（続き）</p><p class='r'>単位：千円</p>",
          history_table("国民健康保険税", None, 4, part="b"),
          "<p class='note'>※ 滞納者数は各年度末現在の滞納世帯の世帯主数</p>",
          "<p class='ni' style='margin-top:5pt'>ウ　目標</p>",
          target_table("国民健康保険税", 4),
          "<p class='ni' style='margin-top:6pt'>エ　取組</p>",
          "<div class='box'><p>【現年課税分の対策】</p>"
          + items_html("国民健康保険税", 4, "現年課税分の対策", [
              ("新規加入世帯に口座振替依頼書を送付し、加入時の窓口でも口座振替を勧奨する。", "継続", False),
              ("初回未納の世帯に対し、督促状発送後１０日以内に電話催告を行う。", "新規", False)], "paren")
          + "<p>【滞納繰越分の対策】</p>"
          + items_html("国民健康保険税", 4, "滞納繰越分の対策", [
              ("納付相談に応じない世帯について、給与照会及び預貯金調査を行い、差押えを実施する。", "継続", False),
              ("生活困窮により納付が見込めない世帯は、執行停止を適切に判断し、福祉部門の相談窓口につなぐ。", "拡充", True)],
              "kana") + "</div>"]
    dd = d["data"][4]
    p4.append("<div class='box'><p>【参考】</p>"
              "<p>・滞納者数：" + F.add(f"{dd['p']:,}人", page=4, debt="国民健康保険税", fy=2023, fy_raw="令和5年度末",
                                     segment="total", metric="delinquents", basis="actual", value=dd["p"],
                                     unit="persons") + "（令和5年度末）</p>"
              "<p>・収入未済額：" + F.add(oku(round(dd["o"] / 1000)), page=4, debt="国民健康保険税", fy=2023,
                                       fy_raw="令和5年度", segment="total", metric="outstanding", basis="actual",
                                       value=round(dd["o"] / 1000) * 1000000, unit="yen", approx=True)
              + "（令和5年度決算）</p>"
              "<p>・県内１３市の現年課税分収入率の順位：第９位（令和5年度）</p></div>")
    P.append("".join(p4))

    # ---------------- page 5: 下水道 (header cell 債権名 X), target table transposed
    p5 = ["<h3>（３）下水道使用料</h3>",
          "<table><tr><th style='text-align:left'>債権名　下水道使用料</th><th style='text-align:left'>所管課　上下水道局料金課</th></tr></table>",
          "<p class='ni' style='margin-top:6pt'>ア　収納状況の推移</p><p class='r'>単位：千円（収入率は％）</p>",
          history_table("下水道使用料", None, 5),
          "<p class='ni' style='margin-top:5pt'>イ　目標</p>",
          target_table("下水道使用料", 5, transpose=True),
          "<p class='ni' style='margin-top:6pt'>ウ　取組</p>",
          "<div class='box'>" + items_html("下水道使用料", 5, "取組", [
              ("水道料金と一体で納付催告を行い、給水停止予告と併せて下水道使用料の納付を促す。", "継続", False),
              ("転出者の滞納分について、住民票調査により転居先を把握し、文書催告を行う。", "継続", False),
              ("少額の長期滞納案件は、時効の完成を待たずに徴収停止の要否を毎年度判断する。", "新規", False)],
              "kana") + "</div>",
          "<h2>５　計画の推進体制</h2>",
          "<p>本計画の進捗は、副市長を委員長とする債権管理推進委員会において年２回確認し、目標の達成が見込めない債権については取組の見直しを求める。各年度の実績は市ホームページで公表する。</p>"]
    P.append("".join(p5))
    return P


def build():
    arch = pymupdf.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", "ipaexm.ttf")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "ipaexg.ttf")
    html_pages = pages_html()
    page_rect = pymupdf.paper_rect("a4")
    where = page_rect + (52, 56, -52, -50)
    pdf_path = ROOT / "pdf" / f"{NAME}.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{NAME}.raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    for i, body in enumerate(html_pages):
        story = pymupdf.Story(html=f"<body>{body}</body>", user_css=CSS, archive=arch)
        dev = writer.begin_page(page_rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        if more:
            raise SystemExit(f"page {i + 1} overflows")
    writer.close()
    doc = pymupdf.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_text((56, 40), "水城市債権管理計画（令和７年度～令和１１年度）", fontsize=7.5,
                         fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", fontname="ipm")
        page.insert_text((page_rect.width / 2 - 12, page_rect.height - 30), f"{i + 1} / {n}", fontsize=9,
                         fontname="helv")
    doc.subset_fonts()
    doc.save(pdf_path, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": "水城市", "title": "水城市債権管理計画（令和７年度～令和１１年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(NAME, pdf_path, F, document)


if __name__ == "__main__":
    build()
