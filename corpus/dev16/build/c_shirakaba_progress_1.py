"""c_shirakaba_progress_1: 「滞納整理強化月間について（報告）」 庁議資料 (PyMuPDF Story, portrait).

Modelled on a city's 庁議資料 「滞納整理強化月間について（報告）」 (expydoc.com/doc/7622564): 目的 / 実施期間 /
対象費目及び所属 / 具体的な取組 / 収納金額 (years as columns, 単位：円) / まとめ. Figures invented; a 費目別 table
and a 【収納率】 bullet block were added the way other cities' 進捗報告 print them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import PDF, fact, ini, nz, write_gold  # noqa: E402

STEM = "c_shirakaba_progress_1"
CITY = "しらかば市"
TITLE = "滞納整理強化月間について（報告）"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho"

# 収納金額 (円) by 強化月間: R7, R6, R5, R4
MONTH = {"市税": [10_482_306, 9_824_010, 7_177_909, 10_391_317],
         "保険料，使用料等": [9_915_442, 8_821_406, 12_531_834, 14_997_219]}
YEARS = [("R7", 2025), ("R6", 2024), ("R5", 2023), ("R4", 2022)]

# 費目別 滞納繰越分 (令和7年12月末): name, 所属, 調定額, 収納率, 前年同月収納率
ARR = [("市税", "税務課", 312_048_615, 21.86, 20.47),
       ("国民健康保険税", "保険年金課", 268_517_240, 16.42, 15.88),
       ("介護保険料", "介護福祉課", 18_204_300, 12.07, 13.35),
       ("後期高齢者医療保険料", "保険年金課", 3_915_800, 28.14, 25.60),
       ("保育所保育料", "こども課", 6_820_450, 18.93, 17.02),
       ("市営住宅使用料", "建築住宅課", 24_612_900, 9.71, 10.24),
       ("下水道使用料", "上下水道課", 8_305_112, 22.58, 21.90),
       ("水道料金", "上下水道課", 11_046_275, 30.12, 28.75),
       ("学校給食費", "学校教育課", 2_218_690, 14.66, 11.08),
       ("生活保護費返還金", "社会福祉課", 41_385_004, 3.85, 4.12)]

CITYTAX = {"current": (83.42, 83.10), "total": (80.17, 79.76)}  # 12月末 / 前年同月

ITEMS = [("ア", "徴収費目ごとに督促状又は催告書を作成・発送し、戸別訪問、電話や来庁の呼出しにより納付折衝を行った。", "継続"),
         ("イ", "納期限内に納付した者との公平性を確保するため、預貯金・給与等の差押えを実施した。", "継続"),
         ("ウ", "12月13日（土）及び20日（土）に休日納付相談窓口を開設し、夜間の電話催告を4回実施した。", "拡充"),
         ("エ", "保険年金課と税務課の職員による合同の臨戸訪問を試行した。", "新規")]


def collected(ass, rate):
    c = round(ass * rate / 100)
    while round(c / ass * 100, 2) != rate:
        c += 1 if c / ass * 100 < rate else -1
    return c


def yen(v):
    return f"{v:,}"


CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: G; font-size: 14pt; text-align: center; margin: 6pt 0 10pt 0;}
h2 {font-family: G; font-size: 11pt; margin: 10pt 0 3pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 6pt 0 2pt 8pt;}
p {margin: 0 0 2pt 12pt;}
table {border-collapse: collapse; margin-left: 12pt;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9pt;}
th {font-family: G; text-align: center;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 8.5pt; margin-right: 4pt;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 3pt 6pt 3pt 12pt;}
.tag {font-family: G; font-size: 9pt; border: 0.8pt solid black; padding: 2pt 6pt;}
"""


def html():
    a7 = "".join(f"<tr><td>{n}</td>" + "".join(f"<td class='n'>{yen(v)}</td>" for v in vals) + "</tr>"
                 for n, vals in MONTH.items())
    tot = [sum(v[i] for v in MONTH.values()) for i in range(4)]
    a7 += "<tr><td>合計</td>" + "".join(f"<td class='n'>{yen(v)}</td>" for v in tot) + "</tr>"
    rows = ""
    for name, dept, ass, r, pr in ARR:
        c = collected(ass, r)
        rows += (f"<tr><td>{name}</td><td>{dept}</td><td class='n'>{yen(ass)}</td><td class='n'>{yen(c)}</td>"
                 f"<td class='n'>{r:.2f}</td><td class='n'>{pr:.2f}</td></tr>")
    items = "".join(f"<p style='margin-left:0'>{lab}　{t}【{tag}】</p>" for lab, t, tag in ITEMS)
    ct = CITYTAX
    return f"""
<p style="margin:0"><span class="tag">庁議資料　報告</span></p>
<p style="text-align:right; margin:0">令和８年２月２日</p>
<p style="text-align:right; margin:0">財 政 部 税 務 課</p>
<h1>{TITLE}</h1>
<h2>１　目　的</h2>
<p>市税や各種公共料金の自主納付の促進と収納率の向上を図るため、１２月を「滞納整理強化月間」と定め、全庁一斉に滞納整理に取り組んだもの。</p>
<h2>２　実施期間</h2>
<p>令和７年１２月１日（月）から令和７年１２月２６日（金）まで</p>
<h2>３　滞納整理の対象とした費目及び所属</h2>
<p>（１）費　目　納期限内に納付のない市税、国民健康保険税、介護保険料、各種使用料、手数料及びその他の収入（以下「市税等」という。）</p>
<p>（２）所　属　税務課、保険年金課、上下水道課など市税等を所管する１４課</p>
<h2>４　具体的な取組</h2>
<div class="box">{items}</div>
<h2>５　収納金額</h2>
<p class="unit">（単位：円）</p>
<table>
<tr><th>区分</th><th>R7強化月間<br/>収納額</th><th>R6強化月間<br/>収納額</th><th>R5強化月間<br/>収納額</th><th>R4強化月間<br/>収納額</th></tr>
{a7}
</table>
<h2>６　費目別の滞納繰越分の状況（令和７年１２月末現在）</h2>
<p class="unit">単位：円、％</p>
<table>
<tr><th>費目</th><th>所属</th><th>滞納繰越調定額</th><th>収入済額</th><th>収納率</th><th>前年同月<br/>収納率</th></tr>
{rows}
</table>
<p style="font-size:8.5pt">※前年同月収納率は令和６年１２月末現在の数値である。</p>
<h2>７　主な費目の状況</h2>
<h3>（１）市税</h3>
<p>【収納率】令和７年１２月末時点</p>
<p>・現年課税分　{ct['current'][0]:.2f}％（前年同月 {ct['current'][1]:.2f}％）</p>
<p>・滞納繰越分　{ARR[0][3]:.2f}％（前年同月 {ARR[0][4]:.2f}％）</p>
<p>・合計　　　　{ct['total'][0]:.2f}％（前年同月 {ct['total'][1]:.2f}％）</p>
<h3>（２）国民健康保険税</h3>
<p>滞納繰越分の収納率は{ARR[1][3]:.2f}％で、前年同月を{ARR[1][3] - ARR[1][4]:.2f}ポイント上回った。</p>
<h2>８　まとめ</h2>
<p>収納金額は前年度の強化月間を上回る結果となった。今回の強化月間においては、既に収納を完了した２費目及び令和７年度の滞納繰越が発生していない２費目を除き、１４課２１費目を対象に滞納整理に取り組んだ。市税の滞納繰越額は約３億１,２００万円（６年度末）であり、引き続き高額事案の整理を優先する。結果については、目標額を達成した費目は９費目となっており、中には達成率が低い費目も見受けられる状況であった。各部・課においては、目標設定と進行管理に問題等は無かったか、今後に向けて検討を行っていく必要がある。</p>
<p>また、休日納付相談及び夜間電話催告など、滞納者と接触する機会を増やす取組は一定の効果が認められたことから、来年度も継続して実施する。</p>
"""


def build(path: Path):
    arch = fitz.Archive()
    arch.add(fitz.Archive(GOTHIC))
    arch.add(fitz.Archive(MINCHO))
    story = fitz.Story(html=html(), user_css=CSS, archive=arch)
    writer = fitz.DocumentWriter(str(path))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 60, -62, -60)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(path)
    n = doc.page_count
    for p in doc:
        p.insert_font(fontname="G", fontfile=GOTHIC + "/ipaexg.ttf")
        p.insert_text((62, 40), "しらかば市　庁議資料", fontname="G", fontsize=8)
        p.insert_text((280, 810), f"- {p.number + 1} / {n} -", fontname="G", fontsize=8.5)
    doc.subset_fonts()
    tmp = path.with_suffix(".tmp.pdf")
    doc.save(tmp, garbage=4, deflate=True)
    doc.close()
    tmp.replace(path)


def main():
    pdf = PDF / f"{STEM}.pdf"
    build(pdf)
    doc = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in doc]

    def page_of(s):
        hits = [i + 1 for i, t in enumerate(texts) if nz(s) in t]
        assert hits, s
        return hits[0]

    F, I = [], []
    pm = page_of("R7強化月間")
    for name, vals in MONTH.items():
        for (yr, fy), v in zip(YEARS, vals):
            F.append(fact(name if name == "市税" else None, fy, f"{yr}強化月間", "total", "collected", "actual", v, "yen",
                          yen(v), pm, debt_raw=name))
    tot = [sum(v[i] for v in MONTH.values()) for i in range(4)]
    for (yr, fy), v in zip(YEARS, tot):
        F.append(fact(None, fy, f"{yr}強化月間", "total", "collected", "actual", v, "yen", yen(v), pm, debt_raw="合計"))
    d12, p12 = "2025-12-31", "2024-12-31"
    for name, dept, ass, r, pr in ARR:
        pg = page_of(f"{name}{dept}{yen(ass)}")
        c = collected(ass, r)
        F.append(fact(name, 2025, "令和７年１２月末", "arrears", "assessed", "interim", ass, "yen", yen(ass), pg, as_of=d12))
        F.append(fact(name, 2025, "令和７年１２月末", "arrears", "collected", "interim", c, "yen", yen(c), pg, as_of=d12))
        F.append(fact(name, 2025, "令和７年１２月末", "arrears", "collection_rate", "interim", r, "percent", f"{r:.2f}",
                      pg, as_of=d12))
        F.append(fact(name, 2024, "令和６年１２月末", "arrears", "collection_rate", "interim", pr, "percent", f"{pr:.2f}",
                      pg, as_of=p12))
    pb = page_of("【収納率】令和７年１２月末時点")
    for seg, (v, pv) in (("current", CITYTAX["current"]), ("arrears", ARR[0][3:5]), ("total", CITYTAX["total"])):
        F.append(fact("市税", 2025, "令和７年１２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％",
                      pb, as_of=d12))
        F.append(fact("市税", 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}％",
                      pb, as_of=p12))
    pk = page_of("滞納繰越分の収納率は")
    F.append(fact("国民健康保険税", 2025, "令和７年１２月末", "arrears", "collection_rate", "interim", ARR[1][3],
                  "percent", f"{ARR[1][3]:.2f}％", pk, as_of=d12))
    F.append(fact("市税", 2024, "６年度末", "total", "outstanding", "actual", 312_000_000, "yen", "約３億１,２００万円",
                  page_of("約３億１,２００万円"), approx=True))
    pi = page_of(ITEMS[0][1])
    for lab, t, tag in ITEMS:
        I.append(ini(None, 2025, "具体的な取組", lab, t, tag, page_of(t)))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2026-02-02",
                "date_raw": "令和８年２月２日"}
    write_gold(pdf, document, F, I)


if __name__ == "__main__":
    main()
