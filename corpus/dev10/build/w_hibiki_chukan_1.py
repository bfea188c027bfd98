"""ひびき市（架空）令和5年度 債権回収・整理計画（中間報告） -> PyMuPDF Story (HTML).
Wording modelled on the 債権回収・整理計画（目標達成状況） pages of 大阪府
(https://www-pref-osaka-lg-jp.cache.yimg.jp/o050030/zei/saikenkaisyu/r2_kekka.html): 未収金残高, 徴収率, 区分 tables;
city, wards and figures are invented."""
import pymupdf

from w_common import Gold, OUT, PDF_DIR, c

STEM = "w_hibiki_chukan_1"
CITY = "ひびき市"
g = Gold()
CSS = """
* {font-family: sans-serif; font-size: 10pt;}
h1 {font-size: 16pt; text-align: center; margin-bottom: 6pt;}
h2 {font-size: 12pt; margin-top: 8pt; margin-bottom: 4pt;}
p {margin-top: 2pt; margin-bottom: 2pt; line-height: 1.4;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 3pt;}
th {background-color: #e0e0e0; font-weight: normal;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 9pt;}
.tag {margin-left: 20pt;}
"""
html = []
PB = '<p style="page-break-before: always"></p>'
html.append("<h1>令和５年度　債権回収・整理計画（中間報告）</h1>")
html.append('<p style="text-align:right">令和６年３月<br/>ひびき市 財政局 債権管理課</p>')
html.append("<h2>１　中間報告の趣旨</h2>")
html.append("<p>　本市では、「ひびき市債権の管理に関する条例」に基づき、債権の種類ごとに回収と整理の目標を定め、"
            "年度の途中でその進捗を確認している。本報告は、主要４債権について、令和５年１２月末及び令和６年２月末の"
            "徴収状況と、年度末に向けた取組をまとめたものである。</p>")
html.append("<h2>２　対象債権</h2>")
DEBTS = [
    dict(debt="市税", ka="財政局 納税課",
         dec={"現年分": (84.6, 84.1), "滞繰分": (21.3, 20.8)},
         feb={"現年度分": (96.42, 96.15, 99.05, 99.10, 99.02), "過年度分": (27.81, 26.94, 31.50, 32.00, 30.88)},
         out=(1482306, 1590442), est=("約6億3,000万円", 630000000),
         items=[("ア", "2月を滞納整理強化月間とし、預貯金の一斉照会と差押えを集中的に行う。", "継続"),
                ("イ", "現年度分の未納者にSMSによる催告を行い、年度内の完納を促す。", "新規"),
                ("ウ", "納税コールセンターの架電時間を平日夜間まで延長する。", "拡充")]),
    dict(debt="国民健康保険料", ka="保健福祉局 保険年金課",
         dec={"現年分": (58.2, 57.6), "滞繰分": (17.9, 18.3)},
         feb={"現年度分": (82.37, 81.96, 93.80, 94.00, 93.62), "過年度分": (22.05, 22.61, 25.40, 26.00, 25.13)},
         out=(2215870, 2304119), est=("約11億2,000万円", 1120000000),
         items=[("ア", "資格喪失世帯の一覧を毎月作成し、文書と電話による納付督励を行う。", "継続"),
                ("イ", "分納誓約の不履行世帯に差押予告書を送付し、応答のない世帯は滞納処分を執行する。", "継続"),
                ("ウ", "徴収率が全市平均を下回る区には、本庁の徴収経験職員を派遣して助言する。", "新規")]),
    dict(debt="介護保険料", ka="保健福祉局 介護保険課",
         dec={"現年分": (88.9, 88.5), "滞繰分": (14.2, 13.6)},
         feb={"現年度分": (97.11, 96.87, 98.90, 99.00, 98.84), "過年度分": (19.46, 18.72, 22.00, 22.50, 21.37)},
         out=(198455, 207301), est=("約1億1,500万円", 115000000),
         items=[("ア", "普通徴収の新規対象者に口座振替依頼書を同封し、口座振替への移行を促す。", "継続"),
                ("イ", "2年以上の滞納者には給付制限の事前通知を送付し、納付相談につなげる。", "継続")]),
    dict(debt="市営住宅使用料", ka="建築都市局 住宅管理課",
         dec={"現年分": (92.7, 92.9), "滞繰分": (12.8, 11.9)},
         feb={"現年度分": (95.36, 95.48, 98.60, 98.80, 98.51), "過年度分": (15.02, 14.10, 17.30, 18.00, 16.75)},
         out=(141207, 148992), est=("約9,800万円", 98000000),
         items=[("ア", "3か月以上の滞納者に呼出状を送付し、応じない場合は連帯保証人に請求する。", "継続"),
                ("イ", "退去滞納者分の回収を債権回収会社に委託する。", "新規")]),
]
html.append("<table><tr><th>No.</th><th>債権名</th><th>所管課</th></tr>")
for i, d in enumerate(DEBTS, 1):
    html.append(f"<tr><td>{i}</td><td>{d['debt']}</td><td>{d['ka']}</td></tr>")
html.append("</table>")
html.append("<h2>３　全体の状況</h2>")
html.append("<p>　主要４債権の令和６年２月末の未収金残高は合計 "
            f"{c(sum(d['out'][0] for d in DEBTS))}千円で、前年同期と比べて減少している。</p>")
g.fact(None, 2023, "令和６年２月末", "total", "outstanding", "interim", sum(d["out"][0] for d in DEBTS) * 1000, "yen",
       c(sum(d["out"][0] for d in DEBTS)) + "千円", as_of="2024-02-29", debt_raw=None, sec="３　全体の状況")

segmap = {"現年分": "current", "滞繰分": "arrears", "現年度分": "current", "過年度分": "arrears"}
for i, d in enumerate(DEBTS, 1):
    debt = d["debt"]
    mk = f"債権名　{debt}"
    html.append(PB)
    html.append(f'<table><tr><td style="font-size:12pt"><b>{mk}</b>　　整理番号 {i:03d}　【{d["ka"]}】</td></tr></table>')
    html.append("<p><b>【徴収率】令和5年12月末時点</b></p>")
    for lab, (cur, prev) in d["dec"].items():
        html.append(f"<p>　・{lab}　{cur:.1f}％（前年同期 {prev:.1f}％）</p>")
        g.fact(debt, 2023, "令和5年12月末", segmap[lab], "collection_rate", "interim", cur, "percent", f"{cur:.1f}％",
               as_of="2023-12-31", sec=mk)
        g.fact(debt, 2022, "前年同期", segmap[lab], "collection_rate", "interim", prev, "percent", f"{prev:.1f}％",
               as_of="2022-12-31", sec=mk)
    html.append("<p><b>徴収率の見通し</b></p><p class='unit'>単位：％</p>")
    heads = [("R6.2.29現在", 2023, "interim", "2024-02-29"), ("前年同期（R5.2.28）", 2022, "interim", "2023-02-28"),
             ("決算見込", 2023, "estimate", None), ("目標", 2023, "target", None), ("前年度決算", 2022, "actual", None)]
    html.append("<table><tr><th>区分</th>" + "".join(f"<th>{h[0]}</th>" for h in heads) + "</tr>")
    for lab, vals in d["feb"].items():
        html.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{v:.2f}</td>" for v in vals) + "</tr>")
        for (h, fy, basis, as_of), v in zip(heads, vals):
            g.fact(debt, fy, h, segmap[lab], "collection_rate", basis, v, "percent", f"{v:.2f}", as_of=as_of, sec=mk)
    html.append("</table>")
    o_now, o_prev = d["out"]
    html.append(f"<p>　2月末の未収金残高は {c(o_now)}千円（前年同期 {c(o_prev)}千円）で、年度末の未収金残高は"
                f"{d['est'][0]}となる見込みである。</p>")
    g.fact(debt, 2023, "2月末", "total", "outstanding", "interim", o_now * 1000, "yen", f"{c(o_now)}千円",
           as_of="2024-02-29", sec=mk)
    g.fact(debt, 2022, "前年同期", "total", "outstanding", "interim", o_prev * 1000, "yen", f"{c(o_prev)}千円",
           as_of="2023-02-28", sec=mk)
    g.fact(debt, 2023, "年度末", "total", "outstanding", "estimate", d["est"][1], "yen", d["est"][0], approx=True,
           sec=mk)
    html.append("<p><b>●主な取組（年度後半）</b></p>")
    for lab, t, s in d["items"]:
        html.append(f"<p>{lab}　{t}</p><p class='tag'>【{s}】</p>")
        g.init(debt, 2023, "主な取組（年度後半）", lab, t, s, sec=mk)

# ward table
WARDS = {"東区": (83.10, 82.54, 23.40, 23.95), "西区": (81.02, 80.77, 20.15, 21.06), "南区": (84.25, 83.31, 24.88, 24.10),
         "北区": (80.64, 80.92, 19.73, 20.87), "中央区": (82.59, 82.07, 22.31, 23.02)}
html.append(PB)
html.append("<h2>【参考】区別徴収率（国民健康保険料）</h2>")
html.append("<p class='unit'>令和6年2月29日現在　単位：％</p>")
html.append("<table><tr><th rowspan='2'>区</th><th colspan='3'>現年度分</th><th colspan='3'>過年度分</th></tr>"
            "<tr><th>本年度</th><th>前年同期</th><th>差</th><th>本年度</th><th>前年同期</th><th>差</th></tr>")
allrow = ("全市",) + tuple(DEBTS[1]["feb"]["現年度分"][:2]) + tuple(DEBTS[1]["feb"]["過年度分"][:2])
rows = [(k,) + v for k, v in WARDS.items()] + [allrow]


def dif(a, b):
    x = round(a - b, 2)
    return ("△" if x < 0 else "") + f"{abs(x):.2f}"


for name, c1, p1, c2, p2 in rows:
    html.append(f"<tr><td>{name}</td><td class='n'>{c1:.2f}</td><td class='n'>{p1:.2f}</td><td class='n'>{dif(c1, p1)}</td>"
                f"<td class='n'>{c2:.2f}</td><td class='n'>{p2:.2f}</td><td class='n'>{dif(c2, p2)}</td></tr>")
    area = None if name == "全市" else name
    for seg, v, fy, as_of in (("current", c1, 2023, "2024-02-29"), ("current", p1, 2022, "2023-02-28"),
                              ("arrears", c2, 2023, "2024-02-29"), ("arrears", p2, 2022, "2023-02-28")):
        g.fact("国民健康保険料", fy, "令和6年2月29日" if fy == 2023 else "前年同期", seg, "collection_rate", "interim", v,
               "percent", f"{v:.2f}", as_of=as_of, area=area, sec="区別徴収率", row=name)
html.append("</table>")
html.append("<p style='font-size:9pt'>※ 前年同期は令和5年2月28日現在。差は本年度から前年同期を差し引いたもの（△は減）。</p>")

story = pymupdf.Story(html="".join(html), user_css=CSS)
tmp = OUT / f"{STEM}_raw.pdf"
w = pymupdf.DocumentWriter(str(tmp))
mb = pymupdf.paper_rect("a4")
more = 1
while more:
    dev = w.begin_page(mb)
    more, _ = story.place(mb + (56, 60, -56, -60))
    story.draw(dev)
    w.end_page()
w.close()
doc = pymupdf.open(tmp)
for i, page in enumerate(doc, 1):
    page.insert_text((56, 40), "ひびき市　令和５年度 債権回収・整理計画（中間報告）", fontname="japan", fontsize=8)
    page.draw_line((56, 44), (mb.width - 56, 44), width=0.5)
    page.insert_text((mb.width / 2 - 12, mb.height - 30), f"－ {i} －", fontname="japan", fontsize=9)
doc.subset_fonts()
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
g.write(STEM, {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画（中間報告）",
               "date": "2024-03-01", "date_raw": "令和６年３月"})
