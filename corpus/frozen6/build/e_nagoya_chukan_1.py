"""名古屋市 未収債権の回収・整理計画（中間報告）令和６年２月末現在 — PyMuPDF Story."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e6_common import PDF_DIR, Gold, check, finish_pymupdf  # noqa: E402
from e6_story import clean_stray_lines, render, running  # noqa: E402

STEM = "e_nagoya_chukan_1"
G = Gold(STEM)
AS_NOW, AS_PREV = "2024-02-29", "2023-02-28"

DEBTS = [
    {"name": "市税", "no": "01", "ka": "財政局税務部徴収対策課",
     "feb": ((86.3, 86.0), (27.5, 26.1)), "r4": (99.2, 33.8, 97.1), "est": (99.3, 34.5, 97.3), "tgt": (99.3, 35.0, 97.4),
     "bal": (6412, 6050, 5980),
     "inits": [("(1)", "市税事務所ごとに差押件数と整理率の月別目標を定め、毎月の進捗会議で未達の事務所に追加対策を指示する。", "継続"),
               ("(2)", "滞納額５０万円以上の事案は特別滞納整理室へ早期に引き継ぎ、不動産・債権の差押えを優先して行う。", "拡充"),
               ("(3)", "ＳＭＳによる催告を全市税事務所で実施し、現年度分の早期納付を促す。", "新規")]},
    {"name": "国民健康保険料", "no": "03", "ka": "健康福祉局生活福祉部保険年金課",
     "feb": ((82.4, 81.9), (18.6, 17.2)), "r4": (93.1, 22.4, 78.9), "est": (93.4, 23.0, 79.5), "tgt": (93.5, 23.5, 79.8),
     "bal": (5318, 5120, 5050),
     "inits": [("(1)", "区役所保険年金課において、納付誓約不履行世帯への催告と財産調査を３月末までに完了させる。", "継続"),
               ("(2)", "資格喪失世帯の一覧を活用し、転出先住所への文書催告を行う。", "継続"),
               ("(3)", "収納率が全市平均を下回る区には、本庁職員が臨区して滞納整理の進め方を助言する。", "拡充")]},
    {"name": "介護保険料", "no": "05", "ka": "健康福祉局高齢福祉部介護保険課",
     "feb": ((88.7, 88.5), (14.9, 15.3)), "r4": (99.0, 20.1, 97.6), "est": (99.1, 20.5, 97.7), "tgt": (99.1, 21.0, 97.8),
     "bal": (1062, 1015, 1000),
     "inits": [("(1)", "普通徴収の滞納者に年金支給月に合わせた一斉催告を行う。", "継続"),
               ("(2)", "長期滞納者に対しては給付制限の事前通知を送付し、納付相談につなげる。", "継続")]},
    {"name": "保育料", "no": "08", "ka": "子ども青少年局保育部保育運営課",
     "feb": ((89.5, 89.1), (21.3, 20.4)), "r4": (98.6, 24.7, 95.2), "est": (98.7, 25.5, 95.5), "tgt": (98.8, 26.0, 95.6),
     "bal": (288, 270, 265),
     "inits": [("(1)", "児童手当からの特別徴収を、申出のあった世帯に加え滞納額の多い世帯にも案内する。", "拡充"),
               ("(2)", "卒園児世帯の滞納分は、市債権回収推進室と連携して財産調査を行う。", "継続")]},
]
WARDS = ["千種区", "東区", "北区", "西区", "中村区", "中区", "昭和区", "瑞穂区", "熱田区", "中川区", "港区", "南区",
         "守山区", "緑区", "名東区", "天白区"]
W_NOW = [84.1, 81.2, 80.6, 82.0, 79.4, 76.8, 85.3, 85.9, 81.7, 81.1, 79.9, 78.6, 84.0, 85.6, 85.2, 84.8]
W_PREV = [83.6, 81.5, 79.8, 81.2, 79.0, 77.9, 84.6, 85.1, 81.9, 80.3, 79.2, 78.0, 83.1, 85.0, 84.9, 84.2]


def d(x: float) -> str:
    v = round(x, 1)
    return f"{v:.1f}" if v >= 0 else f"△{abs(v):.1f}"


def oku_man(million: int) -> str:
    o, m = divmod(million * 100, 10000)  # million → 万円 units
    return f"約{o}億{m:,}万円" if m else f"約{o}億円"


def page1():
    s = G.sec("未収債権の回収・整理計画（中間報告）")
    est_total = sum(x["bal"][1] for x in DEBTS)
    r4_total = sum(x["bal"][0] for x in DEBTS)
    t_est, t_r4 = oku_man(est_total), oku_man(r4_total)
    G.fact(s, None, 2023, "令和５年度末", "total", "outstanding", "estimate", est_total * 1_000_000, "yen", t_est,
           approx=True)
    G.fact(s, None, 2022, "令和４年度末", "total", "outstanding", "actual", r4_total * 1_000_000, "yen", t_r4, approx=True)
    rows = []
    for x in DEBTS:
        (cn, cp), (an, ap) = x["feb"]
        rows.append(f"<tr><td>{x['name']}</td><td class='r'>{cn:.1f}</td><td class='r'>{cp:.1f}</td>"
                    f"<td class='r'>{d(cn - cp)}</td><td class='r'>{an:.1f}</td><td class='r'>{ap:.1f}</td>"
                    f"<td class='r'>{d(an - ap)}</td></tr>")
        for sg, (nv, pv) in (("current", (cn, cp)), ("arrears", (an, ap))):
            G.fact(s, x["name"], 2023, "令和６年２月末", sg, "collection_rate", "interim", nv, "percent", f"{nv:.1f}",
                   row=x["name"], as_of=AS_NOW)
            G.fact(s, x["name"], 2022, "令和５年２月末", sg, "collection_rate", "interim", pv, "percent", f"{pv:.1f}",
                   row=x["name"], as_of=AS_PREV)
    html = f"""
<p style="text-align:right">令和６年３月<br/>名古屋市債権管理推進会議</p>
<h1>令和５年度　未収債権の回収・整理計画（中間報告）</h1>
<p style="text-align:center">～令和６年２月末現在～</p>
<h2>１　中間報告の概要</h2>
<p>　本市では、未収債権の回収・整理計画に基づき、主要債権ごとに徴収率と未収金残高の目標を定めて取り組んでいる。
主要４債権の令和５年度末の未収金残高は{t_est}と見込まれ、令和４年度末の{t_r4}から縮減する見通しである。
２月末現在の徴収率は、現年分では４債権とも前年同期を上回った一方、滞納繰越分では介護保険料が前年同期を下回っており、
年度末に向けて取組を強化する。</p>
<h2>２　主要債権の徴収率（２月末現在）</h2>
<p class="unit">単位：％、差はポイント</p>
<table>
<tr><th rowspan="2">債権名</th><th colspan="3">現年分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>令和６年２月末</th><th>令和５年２月末</th><th>差</th><th>令和６年２月末</th><th>令和５年２月末</th><th>差</th></tr>
{''.join(rows)}
</table>
<p class="note">※ 令和６年２月末は２月２９日現在の数値。徴収率＝収入済額÷調定額（還付未済額を除く）。</p>
<h2>３　各債権の状況</h2>
<p>　各債権の詳細は、次ページ以降の個票のとおり。</p>
<table>
<tr><th>整理番号</th><th>債権名</th><th>所管</th></tr>
{''.join(f"<tr><td class='c'>{x['no']}</td><td>{x['name']}</td><td>{x['ka']}</td></tr>" for x in DEBTS)}
</table>
"""
    return html


def debt_page(x):
    name = x["name"]
    s = G.sec(f"債権名　{name}")
    (cn, cp), (an, ap) = x["feb"]
    bullets = (f"<p>・現年分　{cn:.1f}％（前年同期　{cp:.1f}％）</p>"
               f"<p>・滞納繰越分　{an:.1f}％（前年同期　{ap:.1f}％）</p>")
    for sg, nv, pv in (("current", cn, cp), ("arrears", an, ap)):
        G.fact(s, name, 2023, "令和６年２月末時点", sg, "collection_rate", "interim", nv, "percent", f"{nv:.1f}％",
               as_of=AS_NOW)
        G.fact(s, name, 2022, "前年同期", sg, "collection_rate", "interim", pv, "percent", f"{pv:.1f}％", as_of=AS_PREV)
    rows = ""
    for k, (sg, lab) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        a, e, t = x["r4"][k], x["est"][k], x["tgt"][k]
        rows += (f"<tr><td class='c'>{lab}</td><td class='r'>{a:.1f}</td><td class='r'>{e:.1f}</td>"
                 f"<td class='r'>{t:.1f}</td></tr>")
        G.fact(s, name, 2022, "令和４年度決算", sg, "collection_rate", "actual", a, "percent", f"{a:.1f}", row=lab)
        G.fact(s, name, 2023, "令和５年度決算見込", sg, "collection_rate", "estimate", e, "percent", f"{e:.1f}", row=lab)
        G.fact(s, name, 2023, "令和５年度目標", sg, "collection_rate", "target", t, "percent", f"{t:.1f}", row=lab)
    b4, be, bt = x["bal"]
    diff = be - bt
    G.fact(s, name, 2022, "令和４年度末", "total", "outstanding", "actual", b4 * 1_000_000, "yen", f"{b4:,}")
    G.fact(s, name, 2023, "令和５年度末（見込）", "total", "outstanding", "estimate", be * 1_000_000, "yen", f"{be:,}")
    G.fact(s, name, 2023, "令和５年度末（目標）", "total", "outstanding", "target", bt * 1_000_000, "yen", f"{bt:,}")
    inits = ""
    for lab, txt, stt in x["inits"]:
        inits += f"<p>{lab}　{txt}【{stt}】</p>"
        G.init(s, name, 2023, "後半期の重点取組", lab, txt, stt)
    html = f"""
<table><tr><td class="c">整理番号　{x['no']}</td><td class="c"><b>債権名　{name}</b></td></tr>
<tr><td colspan="2">所管　{x['ka']}</td></tr></table>
<h3>【徴収率】令和６年２月末時点</h3>
{bullets}
<h3>年度末の徴収率の見込みと目標</h3>
<p class="unit">（単位：％）</p>
<table>
<tr><th rowspan="2">区分</th><th>令和４年度</th><th colspan="2">令和５年度</th></tr>
<tr><th>決算</th><th>決算見込</th><th>目標</th></tr>
{rows}
</table>
<h3>未収金残高の見込み</h3>
<p class="unit">（単位：百万円）</p>
<table>
<tr><th>令和４年度末（実績）</th><th>令和５年度末（見込）</th><th>令和５年度末（目標）</th><th>差（見込－目標）</th></tr>
<tr><td class='r'>{b4:,}</td><td class='r'>{be:,}</td><td class='r'>{bt:,}</td><td class='r'>{diff:,}</td></tr>
</table>
<h3>後半期の重点取組</h3>
<div class="box">{inits}</div>
"""
    return html


def ward_page():
    s = G.sec("区役所で徴収している国民健康保険料の状況")
    rows = ""
    avg_now, avg_prev = DEBTS[1]["feb"][0]
    rows += (f"<tr><td><b>全市</b></td><td class='r'>{avg_now:.1f}</td><td class='r'>{avg_prev:.1f}</td>"
             f"<td class='r'>{d(avg_now - avg_prev)}</td></tr>")
    G.fact(s, "国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "interim", avg_now, "percent",
           f"{avg_now:.1f}", row="全市", as_of=AS_NOW)
    G.fact(s, "国民健康保険料", 2022, "令和４年度", "current", "collection_rate", "interim", avg_prev, "percent",
           f"{avg_prev:.1f}", row="全市", as_of=AS_PREV)
    for w, a, b in zip(WARDS, W_NOW, W_PREV):
        rows += (f"<tr><td>{w}</td><td class='r'>{a:.1f}</td><td class='r'>{b:.1f}</td>"
                 f"<td class='r'>{d(a - b)}</td></tr>")
        G.fact(s, "国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "interim", a, "percent",
               f"{a:.1f}", row=w, as_of=AS_NOW, area=w)
        G.fact(s, "国民健康保険料", 2022, "令和４年度", "current", "collection_rate", "interim", b, "percent",
               f"{b:.1f}", row=w, as_of=AS_PREV, area=w)
    return f"""
<h2>区役所で徴収している国民健康保険料の状況（２月末現在）</h2>
<p>　国民健康保険料（現年分）の区別の徴収率は次のとおり。</p>
<p class="unit">単位：％</p>
<table>
<tr><th rowspan="2">区名</th><th>令和５年度</th><th>令和４年度</th><th>対前年同月比</th></tr>
<tr><th>２月末徴収率（Ａ）</th><th>２月末徴収率（Ｂ）</th><th>（Ａ）－（Ｂ）</th></tr>
{rows}
</table>
<p class="note">※ 各区の数値は区役所保険年金課で調定した世帯分。全市には本庁で管理する居所不明世帯分を含む。</p>
"""


def build():
    pages = [page1()]
    for x in DEBTS:
        pages.append(debt_page(x))
        if x["name"] == "国民健康保険料":
            pages.append(ward_page())
    doc = render(pages, body_font="m")
    print("stray lines removed:", clean_stray_lines(doc))
    running(doc, header="令和５年度 回収・整理計画（中間報告）", footer_fmt="- {p} -")
    pdf = PDF_DIR / f"{STEM}.pdf"
    finish_pymupdf(doc, pdf)
    document = {"kind": "progress_report", "municipality": "名古屋市",
                "title": "令和５年度 未収債権の回収・整理計画（中間報告）", "date": "2024-03-01", "date_raw": "令和６年３月"}
    gold = G.write(pdf, document)
    print(STEM, check(pdf, gold))


if __name__ == "__main__":
    build()
