"""qc_abashiri_plan_1: 債権管理計画（令和７～９年度）. HTML/CSS (2段組 page) -> chromium."""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import Gold, c, tri, zen, rate

STEM = "qc_abashiri_plan_1"
TITLE = "網走市債権管理計画（令和７年度～令和９年度）"
g = Gold(STEM, "plan", "keikaku", "網走市", TITLE, "2025-03-01", "令和７年３月")
pages, cur = [], []
add = cur.append


def newpage(cls=""):
    global cur
    pages.append((cls, "\n".join(cur))); cur.clear(); g.page += 1


# ---- p1 cover + toc
add('<div class="cover"><p class="big">網走市債権管理計画</p><p class="mid">（令和７年度～令和９年度）</p>'
    '<p class="date">令和７年３月<br>網　走　市</p></div>')
add('<h2 class="toc">目　次</h2><table class="toc">' + "".join(
    f"<tr><td>{a}</td><td class='dots'></td><td>{b}</td></tr>" for a, b in
    [("第１章　計画の趣旨", "２"), ("第２章　債権管理の現状と課題", "２"), ("第３章　債権の収納状況の推移", "３"),
     ("第４章　計画期間の目標", "４"), ("第５章　債権ごとの取組み", "５")]) + "</table>")
newpage()
# ---- p2 two-column prose
add('<h1>第１章　計画の趣旨</h1>')
D = "市税"
cols = []
cols.append("<h3>１　策定の目的</h3><p>本市は、平成29年度に「網走市債権管理条例」を制定し、令和元年度からは「債権管理基本方針」に基づいて全庁的な債権管理を進めてきた。"
            "本計画は、令和二年度から令和６年度までの取組の成果と課題を踏まえ、令和７年度から３年間の目標と取組を定めるものである。</p>")
cols.append("<h3>２　計画期間</h3><p>令和７（2025）年度から令和９（2027）年度までの３年間とする。</p>")
cols.append("<h1 class='in'>第２章　債権管理の現状と課題</h1><h3>１　市税</h3><p>令和５（2023）年度の市税の収納率は" +
            g.f("98.4％", 98.4, "collection_rate", D, D, 2023, "令和５（2023）年度", "total") + "で、前年度比" +
            g.f("0.30ポイント", 0.3, "difference", D, D, 2023, "令和５（2023）年度", "total", unit="points") +
            "上昇した。収入未済額は" + g.f("約6,690万円", 66_900_000, "outstanding", D, D, 2023, "令和５（2023）年度", "total", approx=True) +
            "で、３年度末の" + g.f("約1億4,600万円", 146_000_000, "outstanding", D, D, 2021, "３年度", "total", approx=True) +
            "から着実に縮減している。</p>")
D = "国民健康保険税"
cols.append("<h3>２　国民健康保険税</h3><p>国民健康保険税は、令和５年度の現年課税分の収納率が" +
            g.f("95.1％", 95.1, "collection_rate", D, D, 2023, "令和５年度", "current") + "、滞納繰越分が" +
            g.f("21.7％", 21.7, "collection_rate", D, D, 2023, "令和５年度", "arrears") +
            "であった。収入未済額は" + g.f("1.9億円", 190_000_000, "outstanding", D, D, 2023, "令和５年度", "total") +
            "と市の債権全体の約４割を占め、前年度より" +
            g.f("1.2ポイント", 1.2, "difference", D, D, 2023, "令和５年度", "arrears", unit="points") +
            "改善したものの滞納繰越分の圧縮が課題である。</p>")
D = "介護保険料"
cols.append("<h3>３　その他の債権</h3><p>介護保険料、後期高齢者医療保険料は特別徴収の割合が高く、収納率は高い水準で推移している。"
            "介護保険料の収入未済額は" + g.f("約2,140万円", 21_400_000, "outstanding", D, D, 2023, "令和５年度", "total", approx=True) +
            "、不納欠損額は" + g.f("約310万円", 3_100_000, "written_off", D, D, 2023, "令和５年度", "total", approx=True) +
            "であった。市営住宅使用料と学校給食費は、滞納が長期化した案件の整理が課題となっている。</p>")
cols.append("<h3>４　全体の課題</h3><p>市の債権全体の収入未済額は令和５年度末で" +
            g.f("約4億8,600万円", 486_000_000, "outstanding", None, None, 2023, "令和５年度", "total", approx=True) +
            "（2017年度末は" + g.f("約7億1,300万円", 713_000_000, "outstanding", None, None, 2017, "2017年度", "total", approx=True) +
            "）となっている。所管課ごとに滞納整理の進め方に差があり、徴収ノウハウの共有と、徴収困難な債権の適正な整理が求められる。</p>")
add('<div class="two">' + "".join(cols) + "</div>")
newpage()
# ---- p3 long-format table + descending years table
add('<h1>第３章　債権の収納状況の推移</h1>')
add('<p class="cap">表１　主要債権の決算状況（単位：百万円、％）</p>')
data = {"市税": ("市税", [(2021, "令和3年度", 4218.6, 4070.9, 1.1), (2022, "令和4年度", 4250.3, 4117.7, 1.5), (2023, "令和5年度", 4306.8, 4237.9, 2.0)]),
        "国民健康保険税": ("国保税", [(2021, "令和3年度", 1102.4, 888.1, 6.8), (2022, "令和4年度", 1088.9, 881.3, 6.1), (2023, "令和5年度", 1071.2, 875.9, 5.3)]),
        "介護保険料": ("介護保険料", [(2021, "令和3年度", 903.5, 877.6, 3.4), (2022, "令和4年度", 911.2, 886.3, 3.2), (2023, "令和5年度", 918.7, 894.2, 3.1)]),
        "市営住宅使用料": ("住宅使用料", [(2021, "令和3年度", 162.8, 143.1, 0.9), (2022, "令和4年度", 160.4, 141.9, 0.8), (2023, "令和5年度", 158.1, 140.6, 0.6)])}
rows = []
for debt, (short, ys) in data.items():
    for fy, yr, a, b, w in ys:
        o = round(a - b - w, 1)
        r = rate(b, a, 1)
        rows.append([short, yr, g.f(f"{a:,.1f}", a * 1e6, "assessed", debt, short, fy, yr), g.f(f"{b:,.1f}", b * 1e6, "collected", debt, short, fy, yr),
                     g.f(f"{w:.1f}", w * 1e6, "written_off", debt, short, fy, yr), g.f(f"{o:,.1f}", o * 1e6, "outstanding", debt, short, fy, yr),
                     g.f(f"{r:.1f}", r, "collection_rate", debt, short, fy, yr)])
add('<table class="zebra"><thead><tr>' + "".join(f"<th>{h}</th>" for h in ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]) +
    "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>")
add('<p class="note">注）国保税：国民健康保険税、住宅使用料：市営住宅使用料。百万円未満を四捨五入しているため、計算が一致しない場合がある。</p>')
add('<p class="cap">表２　市税の区分別収納率（単位：％）</p>')
tx = [(2023, "R5", 99.5, 30.2), (2022, "R4", 99.4, 27.9), (2021, "R3", 99.3, 24.6), (2020, "R2", 99.0, 21.3), (2019, "R1", 98.9, 19.8)]
add('<table class="grid"><tr><th>区分</th>' + "".join(f"<th>{y}</th>" for _, y, *_ in tx) + "</tr>" +
    "<tr><td>現年課税分</td>" + "".join(f"<td>{g.f(f'{a:.1f}', a, 'collection_rate', '市税', '市税', fy, y, 'current')}</td>" for fy, y, a, _ in tx) + "</tr>" +
    "<tr><td>滞納繰越分</td>" + "".join(f"<td>{g.f(f'{b:.1f}', b, 'collection_rate', '市税', '市税', fy, y, 'arrears')}</td>" for fy, y, _, b in tx) + "</tr></table>")
add('<p class="note">※　年度は新しい順に表示。R1は令和元年度（平成31年度）。</p>')
newpage()
# ---- p4 targets
add('<h1>第４章　計画期間の目標</h1>')
add('<p>各債権の収納率について、令和６年度の決算見込を基準に、次のとおり年度ごとの目標を設定する。</p>')
add('<p class="cap">表３　収納率の目標（単位：％）</p>')
T = [("市税", "市税", "current", "現年", 99.5, 99.5, 99.5, 99.6, 99.6), ("市税", "市税", "arrears", "滞繰", 30.2, 31.0, 31.5, 32.0, 32.5),
     ("国民健康保険税", "国民健康保険税", "current", "現年", 95.1, 95.3, 95.5, 95.7, 95.9), ("国民健康保険税", "国民健康保険税", "arrears", "滞繰", 21.7, 22.0, 23.0, 24.0, 25.0),
     ("介護保険料", "介護保険料", "total", "計", 97.3, 97.4, 97.5, 97.6, 97.7), ("市営住宅使用料", "市営住宅使用料", "total", "計", 88.9, 89.2, 89.5, 90.0, 90.5)]
head = ('<tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="2">実績・見込</th><th colspan="3">目標</th></tr>'
        '<tr><th>令和５年度決算</th><th>令和６年度見込</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>')
body = ""
prev = None
for debt, raw, sg, lab, a5, e6, t7, t8, t9 in T:
    span = sum(1 for x in T if x[0] == debt)
    first = f'<td rowspan="{span}">{raw}</td>' if debt != prev else ""
    prev = debt
    body += (f"<tr>{first}<td>{lab}</td><td>{g.f(f'{a5:.1f}', a5, 'collection_rate', debt, raw, 2023, '令和５年度', sg, 'actual')}</td>"
             f"<td>{g.f(f'{e6:.1f}', e6, 'collection_rate', debt, raw, 2024, '令和６年度', sg, 'estimate')}</td>"
             f"<td>{g.f(f'{t7:.1f}', t7, 'collection_rate', debt, raw, 2025, '令和７年度', sg, 'target')}</td>"
             f"<td>{g.f(f'{t8:.1f}', t8, 'collection_rate', debt, raw, 2026, '令和８年度', sg, 'target')}</td>"
             f"<td>{g.f(f'{t9:.1f}', t9, 'collection_rate', debt, raw, 2027, '令和９年度', sg, 'target')}</td></tr>")
add(f'<table class="grid t3">{head}{body}</table>')
add('<p class="cap">表４　収入未済額の目標（単位：千円）</p>')
O = [("市税", 64_310, 60_000, 56_000, 52_000), ("国民健康保険税", 186_420, 178_000, 168_000, 158_000)]
add('<table class="grid"><tr><th>債権名</th><th>令和６年度見込</th><th>令和７年度目標</th><th>令和８年度目標</th><th>令和９年度目標</th></tr>' +
    "".join(f"<tr><td>{d}</td><td>{g.f(c(e), e * 1000, 'outstanding', d, d, 2024, '令和６年度', 'total', 'estimate')}</td>" +
            "".join(f"<td>{g.f(c(v), v * 1000, 'outstanding', d, d, fy, f'令和{fy - 2018}年度', 'total', 'target')}</td>" for fy, v in zip((2025, 2026, 2027), vs)) + "</tr>"
            for d, e, *vs in O) + "</table>")
add('<p class="note">※　令和６年度見込は令和７年１月末の実績から推計した。</p>')
newpage()
# ---- p5-6 推進シート
sheets = [("国民健康保険税", "税務課・保険医療課", [
    ("（１）", None, "早期の納付督励", [("ア", "納期限後２０日以内に督促状を送付し、その後１か月以内に電話催告を行う。", "継続"),
                                  ("イ", "口座振替の勧奨を加入手続時に行う。", "継続")]),
    ("（２）", None, "滞納処分の強化", [("ア", "滞納繰越分について、預貯金・生命保険の一斉調査を年２回実施する。", "拡充"),
                                  ("イ", "捜索及びインターネット公売を実施する。", "新規")])],
           "令和５年度の滞納世帯数は" , (2023, 642, "households")),
          ("市営住宅使用料", "都市整備課", [
    ("（１）", None, "滞納の早期解消", [("ア", "滞納２か月で呼出状を送付し、面談のうえ分納計画を立てる。", "継続"),
                                  ("イ", "連帯保証人に対し、滞納３か月で納付の協力を求める。", "継続")]),
    ("（２）", None, "長期滞納への対応", [("ア", "滞納６か月以上の入居者に対し、明渡し請求を行う。", "継続"),
                                     ("イ", "退去者の滞納分は、支払督促の申立てを行い、回収が見込めないものは債権放棄を検討する。", "新規")])],
           "令和５年度の滞納者数は", (2023, 38, "persons"))]
for k, (debt, ka, secs, lead, (dfy, dv, du)) in enumerate(sheets):
    add(f'<h1>第５章　債権ごとの取組み（{debt}）</h1>')
    add(f'<table class="strip"><tr><th>債権名</th><td>{debt}</td><th>所管課</th><td>{ka}</td></tr></table>')
    dd = g.f(f"{dv}{'世帯' if du == 'households' else '人'}", dv, "delinquents", debt, debt, dfy, "令和５年度", "total", "actual", unit=du)
    add(f'<p>１　現状</p><p class="ind">{lead}{dd}で、前年度より減少した。</p>')
    add('<p>２　取組み</p>')
    for lab1, _, title, its in secs:
        add(f'<p class="ind">{lab1}{title}</p>')
        for lab2, t, stt in its:
            add(f'<p class="ind2">{lab2}　{t}</p><p class="ind2 tag">【{stt}】</p>')
            g.i(t, debt, 2025, "債権ごとの取組み", f"２{lab1}{lab2}", stt)
    # items in a table with no 取組 header
    add('<p>３　年度別スケジュール</p>')
    sched = [("令和７年度", "滞納整理マニュアルを改訂し、担当職員の研修を行う。"), ("令和８年度", "滞納者情報を税務課と共有し、一元的な徴収を試行する。"),
             ("令和９年度", "３年間の取組を検証し、次期計画に反映する。")]
    add('<table class="grid sch">' + "".join(f"<tr><td>{y}</td><td class='l'>{t}</td></tr>" for y, t in sched) + "</table>")
    for (y, t), fy in zip(sched, (2025, 2026, 2027)):
        g.i(t, debt, fy, "年度別スケジュール", y, None)
    newpage()

css = """
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
body { font-family: 'IPAexMincho', 'Noto Serif CJK JP', serif; font-size: 10.5pt; line-height: 1.65; }
.pg { break-after: page; } .pg:last-child { break-after: auto; }
.cover { text-align: center; margin-top: 60mm; } .big { font-family: 'IPAexGothic'; font-size: 24pt; margin: 0; }
.mid { font-family: 'IPAexGothic'; font-size: 16pt; } .date { margin-top: 40mm; font-size: 13pt; }
h2.toc { font-family: 'IPAexGothic'; text-align: center; margin-top: 30mm; font-size: 13pt; }
table.toc { margin: 0 auto; width: 70%; } table.toc td { padding: 3pt; } table.toc td.dots { border-bottom: 1px dotted #000; width: 30%; }
h1 { font-family: 'IPAexGothic'; font-size: 13pt; border-left: 6pt solid #2b5797; padding-left: 6pt; margin: 0 0 8pt; }
h1.in { margin-top: 10pt; font-size: 12pt; }
h3 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 6pt 0 2pt; break-after: avoid; }
.two { column-count: 2; column-gap: 9mm; text-align: justify; } .two p { margin: 0 0 4pt; text-indent: 1em; }
.cap { font-family: 'IPAexGothic'; margin: 10pt 0 3pt; } .note { font-size: 8.5pt; }
table { border-collapse: collapse; font-size: 9.5pt; }
table.zebra th { background: #2b5797; color: #fff; padding: 3pt 8pt; font-weight: normal; }
table.zebra td { padding: 2pt 9pt; text-align: right; } table.zebra td:first-child, table.zebra td:nth-child(2) { text-align: left; }
table.zebra tbody tr:nth-child(even) { background: #e8eef7; }
table.grid th, table.grid td { border: 0.7pt solid #000; padding: 3pt 8pt; text-align: right; }
table.grid th { background: #d9e1f2; font-family: 'IPAexGothic'; font-weight: normal; text-align: center; }
table.grid td:first-child { text-align: left; } td.l { text-align: left !important; }
table.t3 td:nth-child(2) { text-align: center; }
table.strip { margin-bottom: 8pt; } table.strip th { background: #d9d9d9; border: 0.7pt solid #000; padding: 3pt 10pt; font-family: 'IPAexGothic'; font-weight: normal; }
table.strip td { border: 0.7pt solid #000; padding: 3pt 18pt; }
.ind { padding-left: 1.5em; margin: 2pt 0; } .ind2 { padding-left: 3.5em; text-indent: -1.5em; margin: 1pt 0; } .tag { text-align: right; text-indent: 0; }
p { margin: 3pt 0; } table.sch td { padding: 4pt 8pt; }
"""
html = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>" + "".join(f'<div class="pg {cl}">{h}</div>' for cl, h in pages) + "</body></html>"
hp = Path("/tmp/qc_work") / (STEM + ".html"); hp.write_text(html, encoding="utf-8")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf=/tmp/qc_work/{STEM}.pdf", str(hp)], check=True, capture_output=True)
shutil.copy(f"/tmp/qc_work/{STEM}.pdf", f"pdf/{STEM}.pdf")
g.write(f"pdf/{STEM}.pdf", f"gold/{STEM}.json")
