"""柏市-style 債権回収・整理計画（中間報告）: PyMuPDF Story, one story per page."""
import pymupdf as fitz
from m_common import F, finish, zen, ROOT

STEM = "m_kashiwa_chukan_1"
AS = "2024-12-31"; PAS = "2023-12-31"
# name, 所管課, (cur12, prev_cur12), (arr12, prev_arr12), R5決算(cur,arr,tot), 見込, 目標, items
D = [
 ("市税", "財政部納税課", (79.6, 79.2), (24.8, 23.5), (99.0, 29.5, 97.4), (99.1, 30.2, 97.6), (99.2, 31.0, 97.8),
  [("①", "年末年始の夜間・休日納付相談窓口を開設し、分納中の滞納者の履行状況を確認する。", "継続"),
   ("②", "預貯金・給与の財産調査を電子照会で行い、調査から差押えまでの期間を短縮する。", "拡充"),
   ("③", "スマートフォン決済の案内を催告書に印刷し、若年層の自主納付を促す。", "新規")]),
 ("国民健康保険税", "健康医療部保険年金課", (62.3, 61.8), (18.7, 17.9), (93.8, 24.1, 82.5), (94.0, 25.0, 83.1), (94.2, 25.5, 83.4),
  [("①", "資格喪失後も未納のある世帯に文書と電話で納付を督励する。", "継続"),
   ("②", "口座振替の原則化に向けて、新規加入時に口座登録を案内する。", "拡充")]),
 ("介護保険料", "福祉部介護保険課", (71.5, 71.9), (22.0, 20.4), (98.9, 18.2, 97.3), (98.9, 19.0, 97.4), (99.0, 20.0, 97.5),
  [("①", "普通徴収の未納者に対して給付制限の内容を説明し、納付相談につなげる。", "継続"),
   ("②", "時効が近い債権を抽出し、納付誓約による時効の更新を図る。", None)]),
 ("保育所保育料", "こども部保育運営課", (74.8, 74.1), (30.5, 27.6), (98.6, 35.3, 94.9), (98.7, 36.0, 95.2), (98.8, 36.5, 95.5),
  [("①", "児童手当からの特別徴収について、保護者の同意取得を入園手続時に進める。", "継続"),
   ("②", "卒園後の未納者について、所在調査を行ったうえで債権管理課へ移管する。", "新規")]),
]
CSS = """* {font-family: sans-serif; font-size: 9.5pt;} h1 {font-size: 15pt; text-align:center;} h2 {font-size: 11.5pt; margin-top:8pt;}
table {border-collapse: collapse; width:100%;} td, th {border: 0.6pt solid black; padding: 2pt 3pt;} th {background-color:#e6e6e6; font-weight: normal;}
td.n {text-align: right;} .box {border: 0.8pt solid black; padding: 4pt;} .r {text-align:right;} .small {font-size:8.5pt;}"""
facts, inits = [], []


def page1():
    p = 1
    h = ["<p class='r'>令和７年２月<br>財政部債権管理課</p>",
         "<h1>令和６年度 債権回収・整理計画（中間報告）</h1>",
         "<p>　柏市債権管理条例に基づき、各債権の所管課が年度当初に定めた回収・整理の目標について、上半期を経過した"
         "令和６年１２月末現在の進捗と、下半期の取組をとりまとめました。</p>",
         "<h2>１　主な債権の徴収率（１２月末時点）</h2>",
         "<p class='r small'>（単位：％）</p>",
         "<table><tr><th rowspan='2'>債権名</th><th colspan='3'>現年分</th><th colspan='3'>滞繰分</th></tr>"
         "<tr><th>R6.12末</th><th>R5.12末</th><th>増減</th><th>R6.12末</th><th>R5.12末</th><th>増減</th></tr>"]
    for d in D:
        n, _, cu, ar = d[:4]
        dc = round(cu[0] - cu[1], 1); da = round(ar[0] - ar[1], 1)
        s = lambda v: ("△" + f"{-v:.1f}") if v < 0 else f"{v:.1f}"
        h.append(f"<tr><td>{n}</td><td class='n'>{cu[0]}</td><td class='n'>{cu[1]}</td><td class='n'>{s(dc)}</td>"
                 f"<td class='n'>{ar[0]}</td><td class='n'>{ar[1]}</td><td class='n'>{s(da)}</td></tr>")
        facts.extend([F(n, 2024, "R6.12末", "current", "collection_rate", "interim", cu[0], "percent", str(cu[0]), p, AS),
                      F(n, 2023, "R5.12末", "current", "collection_rate", "interim", cu[1], "percent", str(cu[1]), p, PAS),
                      F(n, 2024, "R6.12末", "arrears", "collection_rate", "interim", ar[0], "percent", str(ar[0]), p, AS),
                      F(n, 2023, "R5.12末", "arrears", "collection_rate", "interim", ar[1], "percent", str(ar[1]), p, PAS)])
    h.append("</table><p class='small'>※増減は前年同期との差（ポイント）。滞繰分は滞納繰越分をいう。</p>")
    h.append("<h2>２　債権ごとの進捗状況</h2><p>　次頁以降に、債権ごとの徴収率の状況と下半期の主な取組を掲げます。"
             "各表の見込みは１２月末までの実績と前年度の収納状況から推計したものです。</p>")
    return "".join(h)


def sheet(d, p):
    n, ka, cu, ar, r5, mi, mo, items = d
    h = [f"<table><tr><th>債権名</th><td><b>{n}</b></td><th>所管課</th><td>{ka}</td></tr></table>",
         "<p style='margin-top:6pt'><b>【徴収率】令和６年１２月末時点</b></p>",
         f"<p>・現年分　{zen(cu[0])}％（前年同期　{zen(cu[1])}％）<br>・滞繰分　{zen(ar[0])}％（前年同期　{zen(ar[1])}％）</p>"]
    facts.extend([F(n, 2024, "令和６年１２月末", "current", "collection_rate", "interim", cu[0], "percent", zen(cu[0]) + "％", p, AS),
                  F(n, 2023, "前年同期", "current", "collection_rate", "interim", cu[1], "percent", zen(cu[1]) + "％", p, PAS),
                  F(n, 2024, "令和６年１２月末", "arrears", "collection_rate", "interim", ar[0], "percent", zen(ar[0]) + "％", p, AS),
                  F(n, 2023, "前年同期", "arrears", "collection_rate", "interim", ar[1], "percent", zen(ar[1]) + "％", p, PAS)])
    h.append("<p><b>年度末の見込みと目標</b>（単位：％）</p><table style='width:75%'>"
             "<tr><th rowspan='2'>区分</th><th>前年度</th><th colspan='2'>今年度</th></tr>"
             "<tr><th>R5決算</th><th>R6見込み</th><th>R6目標</th></tr>")
    for i, (seg, lab) in enumerate([("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")]):
        h.append(f"<tr><td>{lab}</td><td class='n'>{r5[i]}</td><td class='n'>{mi[i]}</td><td class='n'>{mo[i]}</td></tr>")
        facts.extend([F(n, 2023, "R5決算", seg, "collection_rate", "actual", r5[i], "percent", str(r5[i]), p),
                      F(n, 2024, "R6見込み", seg, "collection_rate", "estimate", mi[i], "percent", str(mi[i]), p),
                      F(n, 2024, "R6目標", seg, "collection_rate", "target", mo[i], "percent", str(mo[i]), p)])
    h.append("</table><p style='margin-top:6pt'><b>下半期の主な取組</b></p><div class='box'>")
    for lab, t, st in items:
        h.append(f"<p>{lab}{t}{'【' + st + '】' if st else ''}</p>")
        inits.append({"debt": n, "fiscal_year": 2024, "section": "下半期の主な取組", "label": lab, "text": t, "status": st, "page": p})
    h.append("</div><p>&nbsp;</p>")
    return "".join(h)


pages = [page1(), sheet(D[0], 2) + sheet(D[1], 2), sheet(D[2], 3) + sheet(D[3], 3)]
out = ROOT / "pdf" / f"{STEM}.pdf"
tmp = ROOT / "build" / "out" / f"{STEM}.tmp.pdf"
w = fitz.DocumentWriter(str(tmp))
for i, html in enumerate(pages):
    st = fitz.Story(html, user_css=CSS)
    dev = w.begin_page(fitz.paper_rect("a4"))
    more, _ = st.place(fitz.Rect(50, 60, 545, 790))
    assert not more, f"page {i+1} overflows"
    st.draw(dev); w.end_page()
w.close()
doc = fitz.open(tmp)
for i, pg in enumerate(doc):
    pg.insert_text((50, 40), "令和６年度 債権回収・整理計画（中間報告）", fontname="japan", fontsize=7.5)
    pg.insert_text((290, 815), f"- {i+1} -", fontname="japan", fontsize=8)
doc.subset_fonts(); doc.save(out, garbage=4, deflate=True)
finish(STEM, {"kind": "progress_report", "municipality": "柏市", "title": "令和６年度 債権回収・整理計画（中間報告）",
              "date": "2025-02-01", "date_raw": "令和７年２月"}, facts, inits)
