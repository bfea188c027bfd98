"""千葉市 総務委員会資料（債権管理に関する基本方針（改定案）の概要・主な債権の収納状況） — PyMuPDF Story."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import PDF, Gold, check, rate  # noqa: E402

STEM = "w_chiba_committee_1"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

# 表2 滞納額の推移（単位：百万円）: 市税, 市税以外
TREND = [(2019, "R元", 12610, 7530), (2020, "R2", 11872, 7412), (2021, "R3", 10655, 7304), (2022, "R4", 9830, 7210)]

DEBTS = ["市税", "国民健康保険料", "介護保険料", "保育料", "市営住宅使用料"]
# 百万円: (assessed, collected) at 2月末  -- current / arrears, this year (R5, 2024-02-29) and last (R4, 2023-02-28)
CUR = {
    "市税": ((198432, 185776), (196870, 183914)),
    "国民健康保険料": ((24318, 19904), (25102, 20388)),
    "介護保険料": ((21655, 20417), (21270, 20003)),
    "保育料": ((3312, 3141), (3405, 3219)),
    "市営住宅使用料": ((2186, 2048), (2214, 2069)),
}
ARR = {
    "市税": ((9830, 2698), (10655, 2866)),
    "国民健康保険料": ((5642, 1071), (5980, 1094)),
    "介護保険料": ((702, 118), (731, 117)),
    "保育料": ((221, 37), (240, 38)),
    "市営住宅使用料": ((498, 39), (515, 37)),
}

CSS = f"""
@font-face {{font-family: G; src: url({Path(GOTH).name});}}
@font-face {{font-family: M; src: url({Path(MINC).name});}}
body {{font-family: M; font-size: 10pt; line-height: 1.35;}}
h1 {{font-family: G; font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}}
h2 {{font-family: G; font-size: 11.5pt; margin: 8pt 0 3pt 0;}}
p {{margin: 0 0 2pt 0;}}
.r {{text-align: right;}}
.small {{font-size: 8.5pt;}}
table {{border-collapse: collapse;}}
td, th {{border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9pt;}}
th {{font-family: G; background-color: #e8e8e8; text-align: center; font-weight: normal;}}
td.n {{text-align: right;}}
.box {{border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}}
"""


def fm(v: int) -> str:
    return f"{v:,}"


def oku(v_million: int) -> tuple[str, int]:
    """9830 -> 約98億3,000万円"""
    o, m = divmod(v_million, 100)
    return (f"約{o}億{m * 100:,}万円" if m else f"約{o}億円"), v_million * 1_000_000


def build():
    g = Gold(STEM, "committee_material", "千葉市", "千葉市債権管理に関する基本方針（改定案）の概要について",
             "2024-03-19", "令和６年３月１９日")
    arch = fitz.Archive()
    arch.add(fitz.Archive(str(Path(GOTH).parent)))
    arch.add(fitz.Archive(str(Path(MINC).parent)))

    # ---------- page 1
    trend_rows = ""
    for fy, lab, tax, oth in TREND:
        trend_rows += f"<tr><td>{lab}</td><td class='n'>{fm(tax + oth)}</td><td class='n'>{fm(tax)}</td><td class='n'>{fm(oth)}</td></tr>"
        g.fact(1, None, fy, lab, "total", "outstanding", "actual", (tax + oth) * 1_000_000, "yen", fm(tax + oth),
               debt_raw="滞納額全体")
        g.fact(1, "市税", fy, lab, "total", "outstanding", "actual", tax * 1_000_000, "yen", fm(tax))
        g.fact(1, None, fy, lab, "total", "outstanding", "actual", oth * 1_000_000, "yen", fm(oth), debt_raw="市税以外")
    r4 = TREND[-1][2] + TREND[-1][3]
    r4_txt = f"約{round(r4 / 100)}億円"
    g.fact(1, None, 2022, "令和４年度", "total", "outstanding", "actual", round(r4 / 100) * 100_000_000, "yen", r4_txt,
           approx=True)

    inits = [
        ("・", "債権管理台帳の様式を統一し、全債権の発生から消滅までを一元的に記録する。", "新規"),
        ("・", "納期限後20日以内の督促を徹底し、督促後の催告の時期と方法を債権ごとに定める。", "継続"),
        ("・", "非強制徴収公債権及び私債権について、支払督促等の法的措置の実施基準を定める。", "拡充"),
        ("・", "回収の見込みがない債権は、条例に基づく放棄により適正に整理する。", "新規"),
    ]
    for lab, txt, st in inits:
        g.init(1, None, 2024, "基本方針に定める主な取組", lab, txt, st)
    init_html = "".join(f"<p>{lab}{txt}【{st}】</p>" for lab, txt, st in inits)

    html1 = f"""
<p class='r small'>資料１</p>
<h1>千葉市債権管理に関する基本方針（改定案）の概要について</h1>
<p class='r'>令和６年３月１９日　総務委員会　財政局税務部債権管理課</p>
<p>■ 財政健全化と市民負担の公平性を確保するため、「千葉市債権管理に関する基本方針」を改定します。</p>
<h2>■ 現状と課題</h2>
<p>(1) 千葉市には市税や国民健康保険料をはじめ、多種多様で多額の債権があり、債権の分類（表１）に応じた適正な管理を行い、確実に徴収することが重要です。</p>
<p>(2) 滞納となった債権についても、適切な対応を図る必要があります。令和４年度末の滞納額全体は{r4_txt}で、市税は減少していますが、市税以外は横ばいで推移しています（表２）。</p>
<p>(3) 現状の債権管理には、次のような課題があります。</p>
<p>　① 各所管課が独自に対策を行っているため、処理基準が統一されていない。</p>
<p>　② 債権管理を行う専任職員が不十分である。</p>
<p>　③ 債権回収に関するノウハウが不十分である。</p>
<table style='width:100%; margin-top:6pt;'><tr>
<td style='border:none; width:48%; vertical-align:top;'>
<p style='font-family:G;'>表１　債権の分類</p>
<table style='width:100%'>
<tr><th>分類</th><th>例</th></tr>
<tr><td>強制徴収公債権</td><td>市税、国民健康保険料</td></tr>
<tr><td>非強制徴収公債権</td><td>中央卸売市場使用料</td></tr>
<tr><td>私債権</td><td>市営住宅使用料</td></tr>
</table></td>
<td style='border:none; width:4%;'></td>
<td style='border:none; width:48%; vertical-align:top;'>
<p style='font-family:G;'>表２　滞納額の推移　<span class='small'>（単位：百万円）</span></p>
<table style='width:100%'>
<tr><th>年度</th><th>滞納額全体</th><th>市税</th><th>市税以外</th></tr>
{trend_rows}
</table>
<p class='small'>※ 各年度の出納閉鎖時点の収入未済額</p></td></tr></table>
<h2>■ 基本方針に基づく適正な債権管理の推進</h2>
<p>(1) 基本方針により、債権管理に関する基本的な考え方を示します。</p>
<p>(2) 台帳の整備等の日常管理、滞納債権への対応などの具体的な取組を示し、それに基づいて実施します。</p>
<div class='box'><p style='font-family:G;'>基本方針に定める主な取組</p>{init_html}</div>
"""

    # ---------- page 2: collection status (one debt per column)
    def block(data, seg, page):
        head = "".join(f"<th>{d}</th>" for d in DEBTS)
        rows = ""
        for idx, (fy, lab, asof) in enumerate(((2023, "令和５年度<br/>（令和６年２月29日現在）", "2024-02-29"),
                                                (2022, "令和４年度<br/>（令和５年２月28日現在）", "2023-02-28"))):
            fyraw = "令和５年度" if fy == 2023 else "令和４年度"
            for k, (mname, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
                tds = ""
                for d in DEBTS:
                    a, c = data[d][idx]
                    if metric == "assessed":
                        v, raw, unit = a * 1_000_000, fm(a), "yen"
                    elif metric == "collected":
                        v, raw, unit = c * 1_000_000, fm(c), "yen"
                    else:
                        rr = rate(c, a)
                        v, raw, unit = float(rr), str(rr), "percent"
                    tds += f"<td class='n'>{raw}</td>"
                    g.fact(page, d, fy, fyraw, seg, metric, "interim", v, unit, raw, as_of=asof)
                first = f"<td rowspan='3' style='text-align:center;'>{lab}</td>" if k == 0 else ""
                rows += f"<tr>{first}<td>{mname}</td>{tds}</tr>"
        diff = ""
        for d in DEBTS:
            dd = rate(data[d][0][1], data[d][0][0]) - rate(data[d][1][1], data[d][1][0])
            diff += f"<td class='n'>{dd if dd >= 0 else '△' + str(-dd)}</td>"
        rows += f"<tr><td colspan='2' style='text-align:center;'>収納率の差（ポイント）</td>{diff}</tr>"
        return f"<table style='width:100%'><tr><th colspan='2'>区分</th>{head}</tr>{rows}</table>"

    html2 = f"""
<p class='r small'>資料２</p>
<h1>主な債権の収納状況（令和６年２月末現在）</h1>
<p>　主な５債権について、令和６年２月29日現在の収納状況を前年同期と比較すると、次のとおりです。</p>
<h2>１　現年度分</h2>
<p class='r small'>（単位：百万円、％）</p>
{block(CUR, "current", 2)}
<h2>２　滞納繰越分</h2>
<p class='r small'>（単位：百万円、％）</p>
{block(ARR, "arrears", 2)}
<p class='small'>※ 収納率＝収入済額÷調定額×100。調定額・収入済額は百万円未満を切り捨てて表示しているため、表示額から算出した率と一致しない場合がある。</p>
"""

    # ---------- page 3: 市税の状況 + 参考
    (ca, cc), (pa, pc) = CUR["市税"]
    (aa, ac), (qa, qc) = ARR["市税"]
    cr, pr = rate(cc, ca), rate(pc, pa)
    ar, qr = rate(ac, aa), rate(qc, qa)
    tr_, tq = rate(cc + ac, ca + aa), rate(pc + qc, pa + qa)
    for seg, v, pv in (("current", cr, pr), ("arrears", ar, qr), ("total", tr_, tq)):
        g.fact(3, "市税", 2023, "令和６年２月２９日時点", seg, "collection_rate", "interim", float(v), "percent", f"{v}％",
               as_of="2024-02-29")
        g.fact(3, "市税", 2022, "前年同期", seg, "collection_rate", "interim", float(pv), "percent", f"{pv}％",
               as_of="2023-02-28")
    tax_txt, tax_v = oku(TREND[-1][2])
    oth_txt, oth_v = oku(TREND[-1][3])
    wo_txt, wo_v = "約11億4,500万円", 1_145_000_000
    g.fact(3, "市税", 2022, "令和４年度決算", "total", "outstanding", "actual", tax_v, "yen", tax_txt, approx=True)
    g.fact(3, None, 2022, "令和４年度決算", "total", "outstanding", "actual", oth_v, "yen", oth_txt, approx=True,
           debt_raw="市税以外")
    g.fact(3, None, 2022, "令和４年度決算", "total", "written_off", "actual", wo_v, "yen", wo_txt, approx=True,
           debt_raw="全会計")
    tax_inits = [
        ("(1)", "現年度分の滞納者に対し、文書催告に加えて電話催告センターによる早期の納付勧奨を行う。"),
        ("(2)", "滞納繰越分については、財産調査を徹底し、差押え可能な財産のある者には速やかに滞納処分を行う。"),
        ("(3)", "高額・困難案件は特別滞納整理室に集約し、捜索・公売を実施する。"),
    ]
    for lab, txt in tax_inits:
        g.init(3, "市税", 2023, "市税の状況", lab, txt)
    html3 = f"""
<p class='r small'>資料２（続き）</p>
<h2>■ 市税の状況</h2>
<p style='font-family:G;'>【収納率】令和６年２月２９日時点</p>
<p>　・現年度分　{cr}％（前年同期 {pr}％）</p>
<p>　・滞納繰越分　{ar}％（前年同期 {qr}％）</p>
<p>　・合計　{tr_}％（前年同期 {tq}％）</p>
<p style='margin-top:6pt;'>　現年度分・滞納繰越分とも前年同期を上回っており、年度末に向けて催告と滞納処分を継続します。</p>
<p style='font-family:G; margin-top:6pt;'>【今後の対応】</p>
{''.join(f'<p>　{lab} {txt}</p>' for lab, txt in tax_inits)}
<div class='box' style='margin-top:10pt;'>
<p style='font-family:G;'>【参考】</p>
<p>・市税の収入未済額（令和４年度決算）：{tax_txt}</p>
<p>・市税以外の収入未済額（令和４年度決算）：{oth_txt}</p>
<p>・不納欠損額（令和４年度決算・全会計）：{wo_txt}</p>
<p>・債権管理条例の施行：令和６年４月１日（予定）</p>
</div>
"""

    W, H = fitz.paper_size("a4-l")
    import io
    buf = io.BytesIO()
    writer = fitz.DocumentWriter(buf)
    starts = []
    npages = 0
    for html in (html1, html2, html3):
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        starts.append(npages + 1)
        more = 1
        while more:
            dev = writer.begin_page(fitz.Rect(0, 0, W, H))
            more, _ = story.place(fitz.Rect(42, 46, W - 42, H - 36))
            story.draw(dev)
            writer.end_page()
            npages += 1
    writer.close()
    assert starts == [1, 2, 3] and npages == 3, (starts, npages)
    doc = fitz.open("pdf", buf.getvalue())
    for pg in doc:
        pg.insert_font(fontname="G", fontfile=GOTH)
        pg.insert_text((W - 42 - 200, 28), "総務委員会資料　令和６年３月１９日", fontname="G", fontsize=8)
        pg.insert_text((W / 2 - 20, H - 16), f"- {pg.number + 1} -", fontname="G", fontsize=9)
    doc.subset_fonts()
    dest = PDF / f"{STEM}.pdf"
    doc.save(dest, garbage=4, deflate=True)
    doc.close()
    g.write(dest)
    return dest


if __name__ == "__main__":
    build()
    print(check(STEM))
