"""fu_higashimurayama_plan_1: 東村山市債権管理計画（令和7年度～令和9年度）(HTML/CSS -> chromium). Run from corpus/frozen39."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import Gold, ROOT, WORK, c, r2, rate, chromium_pdf, check  # noqa: E402

STEM = "fu_higashimurayama_plan_1"
G = Gold(STEM, "plan", "plan", "東村山市", "東村山市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")


def seg(a, r, wo=0):
    col = round(a * r / 100)
    return {"a": a, "c": col, "w": wo, "o": a - col - wo}


def tot(*ss):
    return {k: sum(s[k] for s in ss) for k in "acwo"}


def rt(s):
    return rate(s["c"], s["a"])


YRS = [2019, 2020, 2021, 2022, 2023]


def wy(y):
    n = y - 2018
    return f"令和{'元' if n == 1 else n}（{y}）年度"


# canonical, short, full, account, division ; base 2023: (cur a, cur r, arr a, arr r, wo) ; yearly drift of rates
DEBTS = [("市税", "市税", "市税", "一般会計", "納税課", (21984520, 99.21, 612330, 31.40, 28410)),
         ("国民健康保険税", "国保税", "国民健康保険税", "国民健康保険事業特別会計", "納税課", (3321870, 94.52, 1405220, 27.10, 102330)),
         ("介護保険料", "介護料", "介護保険料", "介護保険事業特別会計", "介護保険課", (3012450, 99.08, 61870, 22.60, 12040)),
         ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "後期高齢者医療特別会計", "保険年金課", (1562330, 99.52, 9870, 39.80, 1120)),
         ("保育所保育料", "保育料", "保育所保育料", "一般会計", "子ども保育課", (402110, 98.45, 42310, 19.20, 3410)),
         ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般会計", "住宅課", (98750, 96.80, 21440, 12.50, 1210))]
D = {}
for name, short, full, acc, div, (ca, cr, aa, ar, wo) in DEBTS:
    D[name] = {}
    for k, y in enumerate(YRS):
        back = 2023 - y
        cu = seg(round(ca * (1 - 0.006 * back)), round(cr - 0.17 * back, 2))
        arr = seg(round(aa * (1 + 0.055 * back)), round(ar - 0.9 * back, 2), round(wo * (1 + 0.08 * back)))
        D[name][y] = {"current": cu, "arrears": arr, "total": tot(cu, arr)}

CSS = """
@page { size: A4; margin: 16mm 16mm 14mm 16mm; }
@page land { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'Noto Serif CJK JP', serif; font-size: 10pt; color: #000; }
.page { page-break-after: always; position: relative; }
.land { page: land; }
.page:last-child { page-break-after: auto; }
h1 { font-family: 'Noto Sans CJK JP'; font-size: 20pt; text-align: center; margin-top: 70mm; }
h2 { font-family: 'Noto Sans CJK JP'; font-size: 13pt; margin: 4px 0 8px; border-bottom: 1.5px solid #000; }
h3 { font-family: 'Noto Sans CJK JP'; font-size: 11pt; margin: 10px 0 4px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6px solid #000; padding: 2px 4px; }
th { background: #e6e6e6; font-weight: normal; font-family: 'Noto Sans CJK JP'; }
td.n { text-align: right; white-space: nowrap; }
.hr td, .hr th { border: none; }
.hr { border-top: 1.4px solid #000; border-bottom: 1.4px solid #000; }
.hr tr:first-child th { border-bottom: 0.8px solid #000; background: none; }
.two { column-count: 2; column-gap: 9mm; text-align: justify; }
.small { font-size: 8.5pt; } .tiny { font-size: 7.8pt; }
.cap { font-family: 'Noto Sans CJK JP'; font-size: 9.5pt; margin: 10px 0 2px; }
.pn { margin-top: 8mm; width: 100%; text-align: center; font-size: 9pt; }
.toc td { border: none; padding: 5px; } .toc td.n { border-bottom: none; }
.sheet { border: 1.5px solid #000; padding: 0; }
.sheet td.k { background: #e6e6e6; font-family: 'Noto Sans CJK JP'; width: 17%; }
p { margin: 4px 0; text-indent: 1em; line-height: 1.65; }
p.ni { text-indent: 0; }
.memo div { line-height: 1.6; }
.l1 { margin-left: 0; } .l2 { margin-left: 1em; } .l3 { margin-left: 2em; padding-left: 1em; text-indent: -1em; } .l4 { margin-left: 3.2em; padding-left: 1.6em; text-indent: -1.6em; }
"""
pages = []
# -------- page 1: cover + toc
G.page = 1
pages.append("""<div class="page"><h1>東村山市債権管理計画<br><span style="font-size:14pt">（令和7年度～令和9年度）</span></h1>
<p style="text-align:center;text-indent:0;font-size:12pt;margin-top:20mm">令和7年3月<br>東 村 山 市</p>
<h3 style="margin-top:35mm">目　次</h3><table class="toc">
<tr><td>１　計画の趣旨</td><td class="n">2</td></tr>
<tr><td>２　債権の現状</td><td class="n">2</td></tr>
<tr><td>３　会計別・債権別の状況</td><td class="n">3</td></tr>
<tr><td>４　主要債権の収納状況（令和5年度決算）</td><td class="n">4</td></tr>
<tr><td>５　計画期間の目標</td><td class="n">5</td></tr>
<tr><td>６　債権ごとの推進シート</td><td class="n">6</td></tr></table></div>""")

# -------- page 2: two-column prose
G.page = 2
all23 = tot(*[D[n][2023]["total"] for n in D])
all22 = tot(*[D[n][2022]["total"] for n in D])
all19 = tot(*[D[n][2019]["total"] for n in D])


def okuman(v):
    v = int(abs(v))
    oku, man = divmod(v // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


o23 = round(all23["o"] * 1000 / 1e6) * 1e6
d19 = round((all23["o"] - all19["o"]) * 1000 / 1e6) * 1e6
r23 = rt(all23)
dr = round(rt(all23) - rt(all22), 2)
tx = D["市税"][2023]
kx = D["国民健康保険税"][2023]
kx22 = D["国民健康保険税"][2022]
kd = round(rt(kx["current"]) - rt(kx22["current"]), 1)
kao = round(kx["arrears"]["o"] * 1000 / 1e6) * 1e6
p = ['<div class="page"><h2>１　計画の趣旨</h2><div class="two">',
     "<p>市の歳入の根幹である市税をはじめ、国民健康保険税や各種使用料などの債権は、市民サービスを支える貴重な財源である。"
     "納期内に納付している多くの市民との公平性を確保するため、市は平成28年度に債権管理条例を制定し、全庁的な債権管理に取り組んできた。</p>"
     "<p>本計画は、これまでの取組の成果と課題を踏まえ、令和7（2025）年度から令和9（2027）年度までの3か年における債権ごとの目標と取組を定めるものである。</p>",
     '</div><h2 style="margin-top:10px">２　債権の現状</h2><div class="two">',
     "<p>主要6債権の収入未済額は、令和5（2023）年度末で"
     + G.f("約" + okuman(o23), o23, "outstanding", fy=2023, fy_raw="令和5（2023）年度", approx=True)
     + "であり、令和元（2019）年度末から" + G.f("約" + okuman(d19) + "の減少", d19, "difference", fy=2023, fy_raw="令和5（2023）年度", approx=True)
     + "となった。主要6債権全体の収納率は" + G.f(r2(r23) + "％", r23, "collection_rate", fy=2023, fy_raw="令和5（2023）年度")
     + "で、前年度比" + G.f(f"{dr:.2f}ポイント上昇", dr, "difference", fy=2023, fy_raw="令和5（2023）年度", unit="points") + "した。</p>",
     "<p>市税の現年課税分の収納率は" + G.f(r2(rt(tx["current"])) + "％", rt(tx["current"]), "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5（2023）年度", seg="current")
     + "と高い水準を維持している。滞納繰越分の収納率も" + G.f(r2(rt(tx["arrears"])) + "％", rt(tx["arrears"]), "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5（2023）年度", seg="arrears")
     + "まで上昇しており、早期の財産調査と差押えの効果が表れている。</p>",
     "<p>一方、国民健康保険税は、現年課税分の収納率が前年度から" + G.f(f"{kd:.1f}ポイント改善", kd, "difference", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和5（2023）年度", seg="current", unit="points")
     + "したものの、滞納繰越分の収入未済額は" + G.f("約" + okuman(kao), kao, "outstanding", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和5（2023）年度", seg="arrears", approx=True)
     + "に上り、主要債権の収入未済額の過半を占めている。被保険者の高齢化と低所得世帯の割合の高さが背景にあり、納付相談と執行停止の適正な判断を組み合わせた対応が求められる。</p>",
     "<p>私債権及び非強制徴収公債権については、債権ごとに管理の水準に差があり、時効管理や法的措置の判断が所管課に委ねられている。"
     "計画期間中は、納税課による相談支援と研修を通じて、全庁的な管理水準の底上げを図る。</p></div>",
     '<div class="pn">- 2 -</div></div>']
pages.append("".join(p))

# -------- page 3: 会計 outer header, years as columns + 5年平均 + 増減率 ; years-as-rows table with horizontal rules only
G.page = 3
p = ['<div class="page"><h2>３　会計別・債権別の状況</h2>',
     '<div class="cap">表1　会計別・債権別の収入未済額の推移（単位：千円）</div>',
     '<table class="tiny"><tr><th>会計</th><th>債権名</th><th>所管課</th>' + "".join(f"<th>{wy(y).replace('（', '<br>（')}</th>" for y in YRS)
     + "<th>5年平均</th><th>増減額<br>（R5－R1）</th><th>増減率<br>（％）</th></tr>"]
accs = {}
for d in DEBTS:
    accs.setdefault(d[3], []).append(d)
for acc, ds in accs.items():
    for i, (name, short, full, _, div, _) in enumerate(ds):
        row = "<tr>"
        if i == 0:
            row += f'<td rowspan="{len(ds)}">{acc}</td>'
        row += f"<td>{full}</td><td>{div}</td>"
        for y in YRS:
            v = D[name][y]["total"]["o"]
            row += f'<td class="n">{G.f(c(v), v * 1000, "outstanding", debt=name, debt_raw=full, fy=y, fy_raw=wy(y))}</td>'
        avg = round(sum(D[name][y]["total"]["o"] for y in YRS) / 5)
        dd = D[name][2023]["total"]["o"] - D[name][2019]["total"]["o"]
        pct = round(dd / D[name][2019]["total"]["o"] * 100, 1)
        row += (f'<td class="n">{c(avg)}</td>'
                f'<td class="n">{G.f(c(dd), dd * 1000, "difference", debt=name, debt_raw=full, fy=2023, fy_raw="R5")}</td>'
                f'<td class="n">{("△" + format(abs(pct), ".1f")) if pct < 0 else format(pct, ".1f")}</td></tr>')
        p.append(row)
row = '<tr><td colspan="3" style="text-align:center">合　計</td>'
for y in YRS:
    v = sum(D[n][y]["total"]["o"] for n in D)
    row += f'<td class="n">{G.f(c(v), v * 1000, "outstanding", debt_raw="合計", fy=y, fy_raw=wy(y))}</td>'
avg = round(sum(sum(D[n][y]["total"]["o"] for n in D) for y in YRS) / 5)
dd = sum(D[n][2023]["total"]["o"] for n in D) - sum(D[n][2019]["total"]["o"] for n in D)
pct = round(dd / sum(D[n][2019]["total"]["o"] for n in D) * 100, 1)
row += (f'<td class="n">{c(avg)}</td><td class="n">{G.f(c(dd), dd * 1000, "difference", debt_raw="合計", fy=2023, fy_raw="R5")}</td>'
        f'<td class="n">{("△" + format(abs(pct), ".1f")) if pct < 0 else format(pct, ".1f")}</td></tr></table>')
p.append(row)
p.append('<p class="ni small">※ 各年度の出納閉鎖時点（決算）の額。増減額・増減率の△は減少を示す。</p>')
p.append('<div class="cap" style="margin-top:14px">表2　市税の収納率の推移（単位：％）</div>')
p.append('<table class="hr small" style="width:75%"><tr><th>年　度</th><th>現年課税分</th><th>滞納繰越分</th><th>合　計</th></tr>')
for y in YRS:
    row = f"<tr><td>{wy(y)}</td>"
    for sg in ("current", "arrears", "total"):
        v = rt(D["市税"][y][sg])
        row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt="市税", debt_raw="市税", fy=y, fy_raw=wy(y), seg=sg)}</td>'
    p.append(row + "</tr>")
p.append("</table>")
p.append('<p class="ni small">出典：東村山市決算書（各年度）及び納税課集計</p>')
p.append('<div class="pn">- 3 -</div></div>')
pages.append("".join(p))

# -------- page 4: landscape wide table, units in column headers ; 円 table beside 千円 table
G.page = 4
p = ['<div class="page land"><h2>４　主要債権の収納状況（令和5年度決算）</h2>',
     '<div class="cap">表3　主要債権の収納状況</div>',
     '<table class="tiny"><tr><th rowspan="2">債権名</th><th colspan="4">現年度分</th><th colspan="4">滞納繰越分</th><th colspan="5">合　計</th></tr><tr>'
     + "<th>調定額（千円）</th><th>収入済額（千円）</th><th>収入未済額（千円）</th><th>収納率（％）</th>" * 2
     + "<th>調定額（千円）</th><th>収入済額（千円）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th><th>収納率（％）</th></tr>"]
for name, short, full, _, _, _ in DEBTS:
    s3 = D[name][2023]
    row = f"<tr><td>{short}</td>"
    for sg, keys in (("current", ("a", "c", "o")), ("arrears", ("a", "c", "o")), ("total", ("a", "c", "w", "o"))):
        for k in keys:
            m = {"a": "assessed", "c": "collected", "w": "written_off", "o": "outstanding"}[k]
            row += f'<td class="n">{G.f(c(s3[sg][k]), s3[sg][k] * 1000, m, debt=name, debt_raw=short, fy=2023, fy_raw="令和5年度", seg=sg)}</td>'
        v = rt(s3[sg])
        row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=short, fy=2023, fy_raw="令和5年度", seg=sg)}</td>'
    p.append(row + "</tr>")
p.append("</table>")
p.append('<p class="ni tiny">凡例：国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料。'
         '滞納繰越分の収入未済額は不納欠損額を控除した額。</p>')
SMALL = [("奨学資金貸付金", "奨学資金貸付金返還金", 4125600, 88.31, 2210400, 16.42, 0),
         ("生活保護費返還金", "生活保護費返還金", 28750320, 41.20, 96410850, 6.85, 3120440)]
p.append('<div style="display:flex;gap:12px;margin-top:8px"><div style="flex:1"><div class="cap">表4　その他の債権の状況（令和5年度決算）</div>'
         '<table class="tiny"><tr><th>債権名</th><th>調定額（円）</th><th>収入済額（円）</th><th>収入未済額（円）</th><th>収納率（％）</th></tr>')
for name, full, ca, cr, aa, ar, wo in SMALL:
    s = tot(seg(ca, cr), seg(aa, ar, wo))
    v = rt(s)
    p.append(f"<tr><td>{full}</td>"
             f'<td class="n">{G.f(c(s["a"]), s["a"], "assessed", debt=name, debt_raw=full, fy=2023, fy_raw="令和5年度")}</td>'
             f'<td class="n">{G.f(c(s["c"]), s["c"], "collected", debt=name, debt_raw=full, fy=2023, fy_raw="令和5年度")}</td>'
             f'<td class="n">{G.f(c(s["o"]), s["o"], "outstanding", debt=name, debt_raw=full, fy=2023, fy_raw="令和5年度")}</td>'
             f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=full, fy=2023, fy_raw="令和5年度")}</td></tr>')
p.append('</table><p class="ni tiny">※ 生活保護費返還金の不納欠損額 ' + G.f("3,120,440円", 3120440, "written_off", debt="生活保護費返還金", debt_raw="生活保護費返還金", fy=2023, fy_raw="令和5年度")
         + 'を控除した額。</p></div><div style="flex:1">'
         '<div class="cap">表5　会計別の収入未済額（令和5年度末）</div><table class="tiny"><tr><th>会計</th><th>収入未済額（千円）</th><th>構成比（％）</th></tr>')
tot_o = sum(D[n][2023]["total"]["o"] for n in D)
for acc, ds in accs.items():
    v = sum(D[d[0]][2023]["total"]["o"] for d in ds)
    p.append(f'<tr><td>{acc}</td><td class="n">{G.f(c(v), v * 1000, "outstanding", debt=(ds[0][0] if len(ds) == 1 else None), debt_raw=acc, fy=2023, fy_raw="令和5年度末")}</td>'
             f'<td class="n">{v / tot_o * 100:.1f}</td></tr>')
p.append(f'<tr><td>計</td><td class="n">{G.f(c(tot_o), tot_o * 1000, "outstanding", debt_raw="計", fy=2023, fy_raw="令和5年度末")}</td><td class="n">100.0</td></tr></table></div></div>')
p.append('<div class="pn">- 4 -</div></div>')
pages.append("".join(p))

# -------- page 5: targets, long format (one row per debt and year)
G.page = 5
TG = {}
p = ['<div class="page"><h2>５　計画期間の目標</h2>',
     '<p>計画期間の各年度について、債権ごとに収納率及び収入未済額の目標を次のとおり定める。基準値は令和5（2023）年度決算とする。</p>',
     '<div class="cap">表6　債権別・年度別の目標</div>',
     '<table class="small"><tr><th>債権名</th><th>年度</th><th>区分</th><th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th><th>収入未済額<br>（千円）</th></tr>']
for name, short, full, _, _, _ in DEBTS[:5]:
    base = D[name][2023]
    rows = [(2023, "令和5年度", "実績（基準）", "actual", rt(base["current"]), rt(base["arrears"]), base["total"]["o"])]
    for k, y in enumerate((2025, 2026, 2027), start=1):
        rows.append((y, f"令和{y - 2018}年度", "目標", "target", round(rt(base["current"]) + 0.05 * (k + 1), 2),
                     round(rt(base["arrears"]) + 0.8 * (k + 1), 2), round(base["total"]["o"] * (1 - 0.045 * (k + 1)))))
    for i, (y, yr, lab, b, cr, ar, o) in enumerate(rows):
        row = f'<tr><td>{full if i == 0 else ""}</td><td>{yr}</td><td>{lab}</td>'
        row += f'<td class="n">{G.f(r2(cr), cr, "collection_rate", debt=name, debt_raw=full, fy=y, fy_raw=yr, seg="current", basis=b)}</td>'
        row += f'<td class="n">{G.f(r2(ar), ar, "collection_rate", debt=name, debt_raw=full, fy=y, fy_raw=yr, seg="arrears", basis=b)}</td>'
        row += f'<td class="n">{G.f(c(o), o * 1000, "outstanding", debt=name, debt_raw=full, fy=y, fy_raw=yr, basis=b)}</td></tr>'
        p.append(row)
        TG[(name, y)] = (cr, ar, o)
p.append("</table>")
p.append('<p class="ni small">※ 令和6年度は前計画の最終年度のため本表には掲載していない。収入未済額の目標は現年度分と滞納繰越分の合計。</p>')
p.append('<div class="pn">- 5 -</div></div>')
pages.append("".join(p))

# -------- pages 6-7: 推進シート
SHEETS = [
    ("市税", "市税", "納税課", "強制徴収公債権", [
        ("1", "現年課税分の収納率の維持・向上", [
            ("（1）", "早期の納付勧奨", [("ア", "納期限後の督促状発送から10日以内に、電話催告とSMS催告を実施する。", "継続"),
                                        ("イ", "新たに納税義務者となった方へ、口座振替とキャッシュレス納付を案内する。", "拡充")]),
            ("（2）", "納付環境の整備", [("ア", "地方税統一QRコードを活用したスマートフォン決済の利用を促進する。", "継続")])]),
        ("2", "滞納繰越分の圧縮", [
            ("（1）", "滞納処分の強化", [("ア", "財産調査を滞納発生後3か月以内に着手し、預貯金等の差押えを優先して行う。", "継続"),
                                      ("イ", "東京都との共同徴収（派遣研修）を活用し、高額案件の処理を進める。", "新規")])])]),
    ("国民健康保険税", "国民健康保険税", "納税課・保険年金課", "強制徴収公債権", [
        ("1", "現年課税分の滞納発生の抑制", [
            ("（1）", "資格取得時の対応", [("ア", "加入手続の際に口座振替の申込みを受け付け、原則として口座振替による納付とする。", "継続"),
                                        ("イ", "所得未申告世帯に申告を勧奨し、軽減判定を適正に行う。", "新規")])]),
        ("2", "滞納繰越分の整理", [
            ("（1）", "納付相談と滞納処分", [("ア", "分納誓約の履行状況を毎月確認し、不履行者には速やかに差押予告を行う。", "継続"),
                                          ("イ", "生活困窮等で納付が困難な世帯については、執行停止を適正に判断する。", "継続")])])]),
]
for si, (name, full, div, kubun, tree) in enumerate(SHEETS):
    G.page = 6 + si
    base = D[name][2023]
    o22 = D[name][2022]["total"]["o"]
    p = [f'<div class="page"><h2>６　債権ごとの推進シート（{si + 1}）</h2>',
         f'<table class="sheet small"><tr><td class="k" colspan="2"><b>債権名　{full}</b></td><td class="k">所管課</td><td>{div}</td><td class="k">区分</td><td>{kubun}</td></tr></table>',
         '<div class="cap">（1）現状（令和5（2023）年度決算）</div><table class="small"><tr><th>項目</th><th>現年度分</th><th>滞納繰越分</th><th>合計</th><th>備考</th></tr>']
    for k, m, lab in (("a", "assessed", "調定額（千円）"), ("c", "collected", "収入済額（千円）"), ("o", "outstanding", "収入未済額（千円）")):
        row = f"<tr><td>{lab}</td>"
        for sg in ("current", "arrears", "total"):
            row += f'<td class="n">{G.f(c(base[sg][k]), base[sg][k] * 1000, m, debt=name, debt_raw=full, fy=2023, fy_raw="令和5（2023）年度", seg=sg)}</td>'
        if k == "o":
            row += f'<td class="small">前年度末 {G.f(c(o22) + "千円", o22 * 1000, "outstanding", debt=name, debt_raw=full, fy=2022, fy_raw="前年度末")}</td></tr>'
        else:
            row += "<td></td></tr>"
        p.append(row)
    row = "<tr><td>収納率（％）</td>"
    for sg in ("current", "arrears", "total"):
        v = rt(base[sg])
        row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=full, fy=2023, fy_raw="令和5（2023）年度", seg=sg)}</td>'
    p.append(row + "<td></td></tr></table>")
    p.append('<div class="cap">（2）目標（収納率：％）</div><table class="small"><tr><th>区分</th>'
             + "".join(f"<th>令和{y - 2018}（{y}）年度</th>" for y in (2025, 2026, 2027)) + "</tr>")
    for sg, lab, idx in (("current", "現年度分", 0), ("arrears", "滞納繰越分", 1)):
        row = f"<tr><td>{lab}</td>"
        for y in (2025, 2026, 2027):
            v = TG[(name, y)][idx]
            row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=full, fy=y, fy_raw=f"令和{y - 2018}（{y}）年度", seg=sg, basis="target")}</td>'
        p.append(row + "</tr>")
    p.append("</table>")
    p.append('<div class="cap">（3）取組内容</div><div class="memo small" style="border:0.8px solid #000;padding:6px 10px">')
    for n1, t1, subs in tree:
        p.append(f'<div class="l1"><b>{n1}　{t1}</b></div>')
        for n2, t2, items in subs:
            p.append(f'<div class="l2">{n2}　{t2}</div>')
            for n3, t3, stt in items:
                label = f"{n1}{n2}{n3}"
                G.init(t3, debt=name, fy=2025, section="取組内容", label=label, status=stt)
                p.append(f'<div class="l3">{n3}　{t3}【{stt}】</div>')
    p.append("</div>")
    if name == "市税":
        p.append('<div class="cap">（4）参考</div><div class="l4 small">(ｱ)　差押件数（令和5年度）：1,912件（前年度 1,845件）</div>'
                 f'<div class="l4 small">(ｲ)　滞納繰越分の収入済額：{G.f(c(base["arrears"]["c"]) + "千円", base["arrears"]["c"] * 1000, "collected", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5年度", seg="arrears")}</div>')
    p.append(f'<div class="pn">- {G.page} -</div></div>')
    pages.append("".join(p))

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium_pdf(hp, pdf)
gp = G.write(pdf)
errs = check(pdf, json.loads(gp.read_text()))
print(STEM, len(G.facts), "facts", len(G.inits), "inits", "errors:", len(errs))
for e in errs[:20]:
    print(" ", e)
