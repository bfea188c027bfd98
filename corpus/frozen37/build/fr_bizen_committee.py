"""fr_bizen_committee_1: 備前市債権管理対策会議 資料 with 取組個票 (HTML/CSS -> chromium).

Run from corpus/frozen37:  python3 build/fr_bizen_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fr_common import (Gold, WORK, PDF_DIR, zen, comma, tri, plus, rate, make_series, add_recs,
                       pdf_pages, chromium_to_pdf, subset_fonts)


def f2(x):
    return f"{x:.2f}"


def f1(x):
    return f"{x:.1f}"


STEM = "fr_bizen_committee_1"
CITY = "備前市"
TITLE = "令和７年度第１回備前市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-22", "令和７年７月２２日")

YRS = [2021, 2022, 2023, 2024]
WA = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度"}

DEBTS = {
    "市税": dict(acc="一般", dept="総務部 税務課", kind="強制徴収公債権",
               s=make_series(YRS, [4532118, 4588420, 4601377, 4655902], [99.02, 99.10, 99.18, 99.27], 312450,
                             [22.1, 23.4, 24.8, 26.3], [6.2, 5.8, 5.5, 5.1])),
    "市営住宅使用料": dict(acc="一般", dept="建設部 都市住宅課", kind="私債権",
                    s=make_series(YRS, [142310, 139876, 137402, 135118], [96.8, 97.1, 97.3, 97.6], 38420,
                                  [9.8, 10.6, 11.9, 12.7], [2.1, 3.5, 2.8, 4.0])),
    "保育所保育料": dict(acc="一般", dept="保健福祉部 子育て支援課", kind="強制徴収公債権",
                   s=make_series(YRS, [84512, 80227, 76904, 73615], [99.3, 99.4, 99.4, 99.5], 9120,
                                 [15.2, 16.8, 18.1, 19.6], [4.0, 3.2, 5.1, 3.8])),
    "国民健康保険税": dict(acc="特別", dept="市民生活部 保険年金課", kind="強制徴収公債権",
                    s=make_series(YRS, [798640, 776201, 752318, 731046], [95.12, 95.36, 95.61, 95.88], 198770,
                                  [18.5, 19.2, 20.4, 21.6], [7.1, 6.6, 6.2, 5.9])),
    "介護保険料": dict(acc="特別", dept="保健福祉部 介護福祉課", kind="強制徴収公債権",
                  s=make_series(YRS, [688204, 695117, 702846, 709330], [99.05, 99.12, 99.18, 99.26], 15340,
                                [17.2, 18.0, 19.4, 20.1], [14.0, 13.2, 12.5, 12.0])),
    "後期高齢者医療保険料": dict(acc="特別", dept="市民生活部 保険年金課", kind="強制徴収公債権",
                       s=make_series(YRS, [452180, 461905, 478223, 493610], [99.61, 99.64, 99.66, 99.70], 3210,
                                     [30.5, 31.8, 33.0, 34.2], [8.0, 7.5, 7.0, 6.8])),
}
GEN = [k for k, v in DEBTS.items() if v["acc"] == "一般"]
SPE = [k for k, v in DEBTS.items() if v["acc"] == "特別"]
SUB_G = {y: add_recs([DEBTS[k]["s"][y] for k in GEN]) for y in YRS}
SUB_S = {y: add_recs([DEBTS[k]["s"][y] for k in SPE]) for y in YRS}
ALL = {y: add_recs([DEBTS[k]["s"][y] for k in DEBTS]) for y in YRS}

# targets (R6 and R7), rates in %
TGT = {
    "市税": {2024: (99.25, 26.0), 2025: (99.30, 27.0)},
    "国民健康保険税": {2024: (95.80, 21.0), 2025: (96.00, 22.0)},
    "介護保険料": {2024: (99.20, 20.0), 2025: (99.30, 21.0)},
    "市営住宅使用料": {2024: (97.50, 12.0), 2025: (97.80, 13.5)},
    "保育所保育料": {2024: (99.50, 19.0), 2025: (99.50, 20.0)},
    "後期高齢者医療保険料": {2024: (99.70, 33.0), 2025: (99.70, 35.0)},
}

CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
@page wide { size: A4 landscape; margin: 11mm 13mm 10mm 13mm; }
body { font-family: 'IPAexGothic'; font-size: 9.5pt; color: #111; margin: 0; }
.pg { page-break-after: always; position: relative; }
.pg:last-child { page-break-after: auto; }
.wide { page: wide; }
h1 { font-size: 17pt; text-align: center; margin: 30mm 0 4mm; letter-spacing: 2pt; }
h2 { font-size: 12.5pt; margin: 0 0 3mm; border-left: 5px solid #2f5d8a; padding-left: 6px; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
.tag { position: absolute; right: 0; top: 0; border: 1px solid #111; padding: 1px 8px; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #555; padding: 1.6px 4px; }
th { background: #dde6ef; font-weight: normal; }
td.n { text-align: right; font-family: 'IPAexGothic'; }
tr.z:nth-child(even) td { background: #f3f6f9; }
tr.sec td { background: #fff3d6; font-weight: bold; }
tr.sub td { background: #eeeeee; }
tr.tot td { background: #d9d9d9; font-weight: bold; }
.strip td { border: 1pt solid #2f5d8a; padding: 4px 6px; font-size: 10pt; }
.strip td.l { background: #2f5d8a; color: #fff; width: 14%; text-align: center; }
.note { font-size: 8pt; margin: 1mm 0; }
.unit { text-align: right; font-size: 8pt; margin: 0 0 1mm; }
.box { border: 1.2pt solid #444; padding: 2mm 4mm; margin-top: 3mm; }
.box .t { font-weight: bold; }
ul.ini { margin: 1mm 0; padding-left: 0; list-style: none; }
ul.ini li { margin: 0.8mm 0 0.8mm 1.4em; text-indent: -1.4em; }
.panels { display: flex; gap: 6mm; margin: 2mm 0 4mm; }
.panel { flex: 1; border: 1.5pt solid #2f5d8a; border-radius: 3mm; padding: 2mm 4mm; text-align: center; }
.panel .lab { font-size: 10pt; color: #2f5d8a; font-weight: bold; }
.panel .big { font-size: 20pt; font-weight: bold; margin: 1mm 0; }
.panel .sm { font-size: 9pt; }
.toc td { border: none; padding: 1.5mm 2mm; font-size: 11pt; }
.toc td.pg { text-align: right; }
.agenda { font-size: 11pt; line-height: 1.9; margin-left: 12mm; }
.two { display: flex; gap: 5mm; }
.two > div { flex: 1; }
"""

pages = []
page = 0


def newpage(html, cls=""):
    pages.append(f'<div class="pg {cls}">{html}</div>')


# ---------------------------------------------------------------- page 1: cover, 次第, 目次
page = 1
h = ['<div class="tag">会議資料</div>',
     '<h1>令和７年度第１回<br>備前市債権管理対策会議</h1>',
     '<p style="text-align:center;font-size:12pt">令和７年７月２２日（火）午後１時３０分<br>備前市役所　３階　大会議室</p>',
     '<h3 style="margin-top:14mm;font-size:12pt">次　第</h3><div class="agenda">',
     '１　開　会<br>２　報告事項<br>　（１）令和６年度 主要債権の収納状況について　…　資料１<br>',
     '　（２）主要債権の取組個票について　…　資料２<br>３　協議事項<br>',
     '　（１）令和７年度 目標収納率（案）について　…　資料３<br>４　その他<br>５　閉　会</div>',
     '<h3 style="margin-top:10mm;font-size:12pt">目　次</h3><table class="toc">']
TOC = [("資料１　令和６年度 主要債権の収納状況", 2), ("資料２－１　取組個票（市税）", 3),
       ("資料２－２　取組個票（国民健康保険税）", 4), ("資料２－３　取組個票（介護保険料）", 5),
       ("資料２－４　取組個票（市営住宅使用料）", 6), ("資料３　令和７年度 目標収納率（案）", 7)]
for t_, p_ in TOC:
    h.append(f'<tr><td>{t_}</td><td style="border-bottom:1px dotted #888;width:40%"></td><td class="pg">{zen(p_)}ページ</td></tr>')
h.append('</table><p style="text-align:right;margin-top:18mm;font-size:11pt">備前市 総務部 税務課（債権管理対策会議事務局）</p>')
newpage("".join(h))

# ---------------------------------------------------------------- page 2: 資料１ (landscape)
page = 2
y, py = 2024, 2023
A, P = ALL[y], ALL[py]
d_rate = round(A["rate_t"] - P["rate_t"], 2)
out_oku = round(A["out"] / 100000, 1)          # 千円 -> 億円 (1 decimal)
pout_oku = round(P["out"] / 100000, 1)
d_oku = round(out_oku - pout_oku, 1)
wo_man = round(A["wo"] / 10)                   # 万円
h = ['<div class="tag">資料１</div><h2>令和６年度 主要債権の収納状況</h2>',
     '<div class="panels">',
     f'<div class="panel"><div class="lab">収納率（主要６債権計）</div><div class="sm">令和６年度</div>'
     f'<div class="big">{f2(A["rate_t"])}％</div><div class="sm">前年度比 {plus(d_rate, f2)}ポイント</div></div>',
     f'<div class="panel"><div class="lab">収入未済額（主要６債権計）</div><div class="sm">令和６年度末</div>'
     f'<div class="big">{f1(out_oku)}億円</div><div class="sm">前年度比 {plus(d_oku, f1)}億円</div></div>',
     f'<div class="panel"><div class="lab">不納欠損額（主要６債権計）</div><div class="sm">令和６年度</div>'
     f'<div class="big">{wo_man:,}万円</div><div class="sm">（令和５年度 {round(P["wo"] / 10):,}万円）</div></div>',
     '</div>']
G.fact(2, None, "主要６債権計", y, "令和６年度", "total", "collection_rate", "actual", A["rate_t"], "percent", f"{f2(A['rate_t'])}％")
G.fact(2, None, "主要６債権計", y, "令和６年度", "total", "difference", "actual", d_rate, "points", f"{plus(d_rate, f2)}ポイント")
G.fact(2, None, "主要６債権計", y, "令和６年度末", "total", "outstanding", "actual", round(out_oku * 100_000_000), "yen", f"{f1(out_oku)}億円")
G.fact(2, None, "主要６債権計", y, "令和６年度末", "total", "difference", "actual", round(d_oku * 100_000_000), "yen", f"{plus(d_oku, f1)}億円")
G.fact(2, None, "主要６債権計", y, "令和６年度", "total", "written_off", "actual", wo_man * 10000, "yen", f"{wo_man:,}万円")
G.fact(2, None, "主要６債権計", py, "令和５年度", "total", "written_off", "actual", round(P["wo"] / 10) * 10000, "yen",
       f"{round(P['wo'] / 10):,}万円")

h.append('<div class="unit">（単位：千円、％）</div><table>')
h.append('<tr><th rowspan="2">区分・債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>'
         '<th colspan="5">計</th></tr>')
h.append('<tr>' + "".join(f"<th>{c}</th>" for c in ["調定額", "収入済額", "収納率"] * 2 +
                          ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]) + '</tr>')


def sumrow(label, r, cls, debt, debt_raw):
    cells = [comma(r["ca"]), comma(r["cc"]), f2(r["rate_c"]), comma(r["aa"]), comma(r["ac"]), f2(r["rate_a"]),
             comma(r["asm"]), comma(r["col"]), comma(r["wo"]), comma(r["out"]), f2(r["rate_t"])]
    spec = [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]), ("current", "collection_rate", r["rate_c"]),
            ("arrears", "assessed", r["aa"]), ("arrears", "collected", r["ac"]), ("arrears", "collection_rate", r["rate_a"]),
            ("total", "assessed", r["asm"]), ("total", "collected", r["col"]), ("total", "written_off", r["wo"]),
            ("total", "outstanding", r["out"]), ("total", "collection_rate", r["rate_t"])]
    for c, (seg, met, val) in zip(cells, spec):
        if met == "collection_rate":
            G.fact(2, debt, debt_raw, 2024, "令和６年度", seg, met, "actual", val, "percent", c)
        else:
            G.fact(2, debt, debt_raw, 2024, "令和６年度", seg, met, "actual", val * 1000, "yen", c)
    return f'<tr class="{cls}"><td>{label}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>'


h.append('<tr class="sec"><td colspan="12">【一般会計】</td></tr>')
for k in GEN:
    h.append(sumrow("　" + k, DEBTS[k]["s"][y], "z", k, k))
h.append(sumrow("　一般会計 小計", SUB_G[y], "sub", None, "一般会計小計"))
h.append('<tr class="sec"><td colspan="12">【特別会計】</td></tr>')
for k in SPE:
    h.append(sumrow("　" + k, DEBTS[k]["s"][y], "z", k, k))
h.append(sumrow("　特別会計 小計", SUB_S[y], "sub", None, "特別会計小計"))
h.append(sumrow("合　計", A, "tot", None, "合計"))
h.append('</table>')
h.append('<p class="note">注１）収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）。'
         '注２）国民健康保険税・介護保険料・後期高齢者医療保険料は特別会計で経理している。'
         '注３）金額は千円未満を切り捨てている。</p>')
s5 = DEBTS["市税"]["s"]
h.append(f'<p class="note">※ 市税の滞納繰越分の調定額には、令和５年度末の収入未済額 {comma(s5[2023]["out"])}千円から調定更正等を除いた額を計上している。</p>')
G.fact(2, "市税", "市税", 2023, "令和５年度末", "total", "outstanding", "actual", s5[2023]["out"] * 1000, "yen",
       f"{comma(s5[2023]['out'])}千円")
newpage("".join(h), "wide")


# ---------------------------------------------------------------- 取組個票 helper
def strip(name, dept, kind, header_in_cell=False):
    if header_in_cell:
        return ('<table class="strip"><tr>'
                f'<td style="width:38%;font-weight:bold">債権名　{name}</td>'
                f'<td class="l">所管課</td><td>{dept}</td><td class="l">債権区分</td><td>{kind}</td></tr></table>')
    return ('<table class="strip"><tr>'
            f'<td class="l">債権名</td><td style="font-weight:bold">{name}</td>'
            f'<td class="l">所管課</td><td>{dept}</td><td class="l">債権区分</td><td>{kind}</td></tr></table>')


def initiatives(pg, debt, items, section, fy=2025, label_fmt="circ", tag_alone=False):
    circ = "①②③④⑤⑥⑦⑧"
    out = ['<ul class="ini">']
    for i, (text, status) in enumerate(items):
        lab = circ[i] if label_fmt == "circ" else f"（{zen(i + 1)}）"
        tag = f"【{status}】" if status else ""
        if tag_alone and tag:
            out.append(f'<li>{lab}{text}<br>{tag}</li>')
        else:
            out.append(f'<li>{lab}{text}{tag}</li>')
        G.init(pg, debt, fy, section, lab, text, status)
    out.append('</ul>')
    return "".join(out)


# ---------------------------------------------------------------- page 3: 市税
page = 3
k = "市税"
S = DEBTS[k]["s"]
h = ['<div class="tag">資料２－１</div><h2>取組個票（市税）</h2>', strip(k, DEBTS[k]["dept"], DEBTS[k]["kind"]),
     '<h3>１　収納状況の推移（決算）</h3><div class="unit">（単位：千円）</div><table>',
     '<tr><th>区分</th>' + "".join(f"<th>{WA[yy]}</th>" for yy in YRS) + '</tr>']
rows = [("調定額", "total", "assessed", "asm"), ("収入済額", "total", "collected", "col"),
        ("不納欠損額", "total", "written_off", "wo"), ("収入未済額", "total", "outstanding", "out"),
        ("収納率（現年課税分）（％）", "current", "collection_rate", "rate_c"),
        ("収納率（滞納繰越分）（％）", "arrears", "collection_rate", "rate_a"),
        ("収納率（計）（％）※1", "total", "collection_rate", "rate_t")]
for lab, seg, met, key in rows:
    cells = []
    for yy in YRS:
        v = S[yy][key]
        if met == "collection_rate":
            c = f2(v)
            G.fact(3, k, k, yy, WA[yy], seg, met, "actual", v, "percent", c)
        else:
            c = comma(v)
            G.fact(3, k, k, yy, WA[yy], seg, met, "actual", v * 1000, "yen", c)
        cells.append(c)
    h.append(f'<tr class="z"><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
h.append('</table><p class="note">※1 収納率（計）は、現年課税分と滞納繰越分の合計の調定額に対する収入済額の割合</p>')

# 2 目標と実績 (two headings side by side)
t_c, t_a = TGT[k][2024]
r6 = S[2024]
h.append('<h3>２　令和６年度の目標と実績</h3><div class="unit">（単位：％）</div><table>'
         '<tr><th rowspan="2">区分</th><th colspan="2">令和６年度　目標</th><th colspan="2">令和６年度　実績</th><th rowspan="2">差（ポイント）</th></tr>'
         '<tr><th>収納率</th><th>前年度実績</th><th>収納率</th><th>達成率</th></tr>')
for lab, seg, tv, av, pv in (("現年課税分", "current", t_c, r6["rate_c"], S[2023]["rate_c"]),
                             ("滞納繰越分", "arrears", t_a, r6["rate_a"], S[2023]["rate_a"])):
    ach = round(av / tv * 100, 1)
    diff = round(av - tv, 2)
    cells = [f2(tv) if seg == "current" else f1(tv), f2(pv), f2(av), f1(ach), tri(diff, "▲", f2)]
    h.append(f'<tr><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
    G.fact(3, k, k, 2024, "令和６年度", seg, "collection_rate", "target", tv, "percent", cells[0])
    G.fact(3, k, k, 2023, "前年度", seg, "collection_rate", "actual", pv, "percent", cells[1])
    G.fact(3, k, k, 2024, "令和６年度", seg, "collection_rate", "actual", av, "percent", cells[2])
    G.fact(3, k, k, 2024, "令和６年度", seg, "difference", "actual", diff, "points", cells[4])
h.append('</table><p class="note">達成率＝実績÷目標×100　　差＝実績－目標（▲はマイナス）</p>')

# 3 滞納の状況 (前年度 / 本年度 only)
DEL = (1184, 1102)
SEIZ = (356, 391)
h.append('<div class="two"><div><h3>３　滞納者数等（令和５年度・令和６年度）</h3><table>'
         '<tr><th>区分</th><th>前年度</th><th>本年度</th><th>増減</th></tr>'
         f'<tr><td>滞納者数（人）</td><td class="n">{comma(DEL[0])}</td><td class="n">{comma(DEL[1])}</td><td class="n">{tri(DEL[1] - DEL[0])}</td></tr>'
         f'<tr><td>差押件数（件）</td><td class="n">{SEIZ[0]}</td><td class="n">{SEIZ[1]}</td><td class="n">{tri(SEIZ[1] - SEIZ[0])}</td></tr>'
         '</table></div>')
G.fact(3, k, k, 2023, "前年度", "total", "delinquents", "actual", DEL[0], "persons", comma(DEL[0]))
G.fact(3, k, k, 2024, "本年度", "total", "delinquents", "actual", DEL[1], "persons", comma(DEL[1]))
G.fact(3, k, k, 2024, "本年度", "total", "difference", "actual", DEL[1] - DEL[0], "persons", tri(DEL[1] - DEL[0]))
t7c, t7a = TGT[k][2025]
h.append('<div><h3>４　令和７年度の目標収納率</h3><table>'
         '<tr><th>区分</th><th>目標収納率（％）</th></tr>'
         f'<tr><td>現年課税分</td><td class="n">{f2(t7c)}（{f2(t_c)}）</td></tr>'
         f'<tr><td>滞納繰越分</td><td class="n">{f1(t7a)}（{f1(t_a)}）</td></tr></table>'
         '<p class="note">（　）内は令和６年度の目標収納率</p></div></div>')
G.fact(3, k, k, 2025, "令和７年度", "current", "collection_rate", "target", t7c, "percent", f2(t7c))
G.fact(3, k, k, 2024, "令和６年度", "current", "collection_rate", "target", t_c, "percent", f"（{f2(t_c)}）")
G.fact(3, k, k, 2025, "令和７年度", "arrears", "collection_rate", "target", t7a, "percent", f1(t7a))
G.fact(3, k, k, 2024, "令和６年度", "arrears", "collection_rate", "target", t_a, "percent", f"（{f1(t_a)}）")

h.append('<h3>５　令和７年度の主な取組</h3>')
h.append(initiatives(3, k, [
    ("納期限後２０日以内の督促状発付を徹底し、督促後も納付のない者には文書催告と電話催告を組み合わせて早期の自主納付を促す。", "継続"),
    ("給与・預貯金等の財産調査を督促後３か月以内に着手し、財産が判明した案件は速やかに差押えを執行する。", "継続"),
    ("納税通知書にスマートフォン決済用の二次元コードを印字し、キャッシュレス納付の利用を拡大する。", "拡充"),
    ("岡山県備前県民局と合同で、高額滞納案件の共同催告及び捜索を実施する。", "新規"),
], "令和７年度の主な取組"))
h.append('<div class="box"><div class="t">【参考】令和６年度決算の内訳</div>'
         f'・現年課税分の収入未済額：{comma(r6["out_c"])}千円<br>'
         f'・滞納繰越分の収入未済額：{comma(r6["out_a"])}千円<br>'
         f'・滞納繰越分の不納欠損額：{comma(r6["aw"])}千円（執行停止後３年経過分を含む）</div>')
G.fact(3, k, k, 2024, "令和６年度", "current", "outstanding", "actual", r6["out_c"] * 1000, "yen", f"{comma(r6['out_c'])}千円")
G.fact(3, k, k, 2024, "令和６年度", "arrears", "outstanding", "actual", r6["out_a"] * 1000, "yen", f"{comma(r6['out_a'])}千円")
G.fact(3, k, k, 2024, "令和６年度", "arrears", "written_off", "actual", r6["aw"] * 1000, "yen", f"{comma(r6['aw'])}千円")
newpage("".join(h))

# ---------------------------------------------------------------- page 4: 国民健康保険税 (years as rows)
page = 4
k = "国民健康保険税"
S = DEBTS[k]["s"]
SHORT = {2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
h = ['<div class="tag">資料２－２</div><h2>取組個票（国民健康保険税）</h2>', strip(k, DEBTS[k]["dept"], DEBTS[k]["kind"]),
     '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div><table>',
     '<tr><th rowspan="2">年度<br>（決算）</th><th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th><th rowspan="2">収入未済額（計）</th></tr>',
     '<tr>' + "".join(f"<th>{c}</th>" for c in ["調定額", "収入済額", "収納率"] * 2) + '</tr>']
for yy in YRS:
    r = S[yy]
    cells = [comma(r["ca"]), comma(r["cc"]), f2(r["rate_c"]), comma(r["aa"]), comma(r["ac"]), f2(r["rate_a"]), comma(r["out"])]
    h.append(f'<tr class="z"><td style="text-align:center">{SHORT[yy]}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
    for c, (seg, met, val) in zip(cells, [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]),
                                          ("current", "collection_rate", r["rate_c"]), ("arrears", "assessed", r["aa"]),
                                          ("arrears", "collected", r["ac"]), ("arrears", "collection_rate", r["rate_a"]),
                                          ("total", "outstanding", r["out"])]):
        if met == "collection_rate":
            G.fact(4, k, k, yy, SHORT[yy], seg, met, "actual", val, "percent", c)
        else:
            G.fact(4, k, k, yy, SHORT[yy], seg, met, "actual", val * 1000, "yen", c)
h.append('</table>')
r6 = S[2024]
h.append(f'<p class="note">※ R6の不納欠損額は{comma(r6["wo"])}千円（全額が滞納繰越分）。R3はRは令和を表す。</p>'.replace("R3はRは令和を表す。", "表中のRは令和を表す。"))
G.fact(4, k, k, 2024, "R6", "total", "written_off", "actual", r6["wo"] * 1000, "yen", f"{comma(r6['wo'])}千円")

HH = (642, 598)
h.append('<h3>２　目標収納率</h3><div class="unit">（単位：％）</div><table>'
         '<tr><th rowspan="2">区分</th><th colspan="2">令和６年度</th><th colspan="2">令和７年度</th></tr>'
         '<tr><th>目標</th><th>実績</th><th>目標</th><th>前年度目標との差</th></tr>')
for lab, seg, i_ in (("現年課税分", "current", 0), ("滞納繰越分", "arrears", 1)):
    t6, t7 = TGT[k][2024][i_], TGT[k][2025][i_]
    act = r6["rate_c"] if seg == "current" else r6["rate_a"]
    fm = f2 if seg == "current" else f1
    d = round(t7 - t6, 2)
    cells = [fm(t6), f2(act), fm(t7), plus(d, fm)]
    h.append(f'<tr><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
    G.fact(4, k, k, 2024, "令和６年度", seg, "collection_rate", "target", t6, "percent", cells[0])
    G.fact(4, k, k, 2024, "令和６年度", seg, "collection_rate", "actual", act, "percent", cells[1])
    G.fact(4, k, k, 2025, "令和７年度", seg, "collection_rate", "target", t7, "percent", cells[2])
    G.fact(4, k, k, 2025, "令和７年度", seg, "difference", "target", d, "points", cells[3])
h.append('</table>')
h.append(f'<p style="margin:2mm 0">令和６年度末の滞納世帯数は{HH[1]}世帯で、前年度末（{HH[0]}世帯）から{HH[0] - HH[1]}世帯減少した。'
         f'現年課税分の収納率は{f2(r6["rate_c"])}％となり、目標の{f2(TGT[k][2024][0])}％を上回った一方、'
         f'滞納繰越分は{f2(r6["rate_a"])}％で目標に届かなかった。</p>')
G.fact(4, k, k, 2024, "令和６年度末", "total", "delinquents", "actual", HH[1], "households", f"{HH[1]}世帯")
G.fact(4, k, k, 2023, "前年度末", "total", "delinquents", "actual", HH[0], "households", f"（{HH[0]}世帯）")
G.fact(4, k, k, 2024, "令和６年度末", "total", "difference", "actual", HH[1] - HH[0], "households", f"{HH[0] - HH[1]}世帯減少")
G.fact(4, k, k, 2024, "令和６年度", "current", "collection_rate", "actual", r6["rate_c"], "percent", f"{f2(r6['rate_c'])}％となり")
G.fact(4, k, k, 2024, "令和６年度", "current", "collection_rate", "target", TGT[k][2024][0], "percent", f"目標の{f2(TGT[k][2024][0])}％")
G.fact(4, k, k, 2024, "令和６年度", "arrears", "collection_rate", "actual", r6["rate_a"], "percent", f"{f2(r6['rate_a'])}％で目標")
h.append('<h3>３　令和７年度の主な取組</h3>')
h.append(initiatives(4, k, [
    ("資格確認書の交付時に納付相談を行い、分割納付の誓約と口座振替の申込みを同時に受け付ける。", "継続"),
    ("滞納繰越分のうち５０万円以上の高額案件を税務課へ引き継ぎ、市税と一体的に滞納整理を進める。", "拡充"),
    ("外国人被保険者向けに多言語の納付案内を作成し、転出予定者には出国前の一括納付を案内する。", "新規"),
    ("財産調査の結果、納付資力がないと認められる案件は滞納処分の執行停止を適正に行う。", None),
], "令和７年度の主な取組", label_fmt="paren", tag_alone=True))
newpage("".join(h))

# ---------------------------------------------------------------- page 5: 介護保険料 (百万円 table)
page = 5
k = "介護保険料"
S = DEBTS[k]["s"]


def mil(x):  # 千円 -> 百万円 one decimal
    return round(x / 1000, 1)


h = ['<div class="tag">資料２－３</div><h2>取組個票（介護保険料）</h2>',
     strip(k, DEBTS[k]["dept"], DEBTS[k]["kind"], header_in_cell=True),
     '<h3>１　収納状況の推移（決算、単位：百万円）</h3><table>',
     '<tr><th>区分</th>' + "".join(f"<th>{WA[yy]}</th>" for yy in YRS) + '</tr>']
for lab, seg, met, key in (("調定額", "total", "assessed", "asm"), ("収入済額", "total", "collected", "col"),
                           ("不納欠損額", "total", "written_off", "wo"), ("収入未済額", "total", "outstanding", "out")):
    cells = []
    for yy in YRS:
        v = mil(S[yy][key])
        c = f1(v)
        cells.append(c)
        G.fact(5, k, k, yy, WA[yy], seg, met, "actual", round(v * 1_000_000), "yen", c)
    h.append(f'<tr class="z"><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
h.append('</table>')
h.append('<h3>２　収納率の推移（単位：％）</h3><table><tr><th>区分</th>' + "".join(f"<th>{WA[yy]}</th>" for yy in YRS) + '</tr>')
for lab, seg, key in (("現年度分", "current", "rate_c"), ("滞納繰越分", "arrears", "rate_a"), ("計", "total", "rate_t")):
    cells = []
    for yy in YRS:
        c = f2(S[yy][key])
        cells.append(c)
        G.fact(5, k, k, yy, WA[yy], seg, "collection_rate", "actual", S[yy][key], "percent", c)
    h.append(f'<tr class="z"><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
h.append('</table>')
r6, r5 = S[2024], S[2023]
o6 = round(r6["out"] / 10)   # 万円
o5 = round(r5["out"] / 10)
h.append(f'<p style="margin:2mm 0">令和６年度末の収入未済額は約{o6:,}万円で、前年度末の約{o5:,}万円から'
         f'約{abs(o6 - o5):,}万円{"減少" if o6 < o5 else "増加"}した。普通徴収の対象者のうち、'
         '年金受給開始前の６５歳到達者に未納が多い傾向がある。</p>')
G.fact(5, k, k, 2024, "令和６年度末", "total", "outstanding", "actual", o6 * 10000, "yen", f"約{o6:,}万円", approx=True)
G.fact(5, k, k, 2023, "前年度末", "total", "outstanding", "actual", o5 * 10000, "yen", f"約{o5:,}万円", approx=True)
G.fact(5, k, k, 2024, "令和６年度末", "total", "difference", "actual", (o6 - o5) * 10000, "yen",
       f"約{abs(o6 - o5):,}万円{'減少' if o6 < o5 else '増加'}", approx=True)
t6c, t6a = TGT[k][2024]
t7c, t7a = TGT[k][2025]
h.append('<h3>３　目標</h3><table><tr><th>区分</th><th>令和６年度目標</th><th>令和６年度実績</th><th>令和７年度目標</th></tr>'
         f'<tr><td>現年度分収納率</td><td class="n">{f2(t6c)}％</td><td class="n">{f2(r6["rate_c"])}％</td><td class="n">{f2(t7c)}％</td></tr>'
         f'<tr><td>滞納繰越分収納率</td><td class="n">{f1(t6a)}％</td><td class="n">{f2(r6["rate_a"])}％</td><td class="n">{f1(t7a)}％</td></tr></table>')
for seg, tv6, av, tv7, fm in (("current", t6c, r6["rate_c"], t7c, f2), ("arrears", t6a, r6["rate_a"], t7a, f1)):
    G.fact(5, k, k, 2024, "令和６年度目標", seg, "collection_rate", "target", tv6, "percent", f"{fm(tv6)}％")
    G.fact(5, k, k, 2024, "令和６年度実績", seg, "collection_rate", "actual", av, "percent", f"{f2(av)}％")
    G.fact(5, k, k, 2025, "令和７年度目標", seg, "collection_rate", "target", tv7, "percent", f"{fm(tv7)}％")
h.append('<h3>４　令和７年度の主な取組</h3>')
h.append(initiatives(5, k, [
    ("６５歳到達者に対し、年金からの特別徴収が始まるまでの間の納付書払いについて、到達月に個別に案内する。", "新規"),
    ("滞納期間に応じた給付制限の内容を、認定申請時及び更新時に書面で説明する。", "継続"),
    ("地域包括支援センター及びケアマネジャーと連携し、生活困窮が疑われる滞納者を福祉の相談窓口につなぐ。", "継続"),
], "令和７年度の主な取組"))
newpage("".join(h))

# ---------------------------------------------------------------- page 6: 市営住宅使用料
page = 6
k = "市営住宅使用料"
S = DEBTS[k]["s"]
r6, r5 = S[2024], S[2023]
h = ['<div class="tag">資料２－４</div><h2>取組個票（市営住宅使用料）</h2>', strip(k, DEBTS[k]["dept"], DEBTS[k]["kind"]),
     '<h3>１　令和５年度・令和６年度の収納状況</h3><div class="unit">（単位：円）</div><table>',
     '<tr><th rowspan="2">区分</th><th colspan="4">令和５年度</th><th colspan="4">令和６年度</th></tr>',
     '<tr>' + "".join(f"<th>{c}</th>" for c in ["調定額", "収入済額", "収入未済額", "収納率"] * 2) + '</tr>']
# yen-level figures: add non-round last digits consistently
def yen(x, salt):
    return x * 1000 + (salt * 137) % 1000


for lab, seg in (("現年度分", "current"), ("滞納繰越分", "arrears")):
    cells = []
    for yy, r in ((2023, r5), (2024, r6)):
        if seg == "current":
            a, c_ = yen(r["ca"], yy % 7 + 1), yen(r["cc"], yy % 5 + 2)
            o = a - c_ - r["cw"] * 1000
        else:
            a, c_ = yen(r["aa"], yy % 3 + 4), yen(r["ac"], yy % 4 + 3)
            wo_y = r["aw"] * 1000
            o = a - c_ - wo_y
        rt = rate(c_, a)
        trip = [comma(a), comma(c_), comma(o), f2(rt) + "％"]
        cells += trip
        for cc, met, val, unit in zip(trip, ["assessed", "collected", "outstanding", "collection_rate"], [a, c_, o, rt],
                                      ["yen", "yen", "yen", "percent"]):
            G.fact(6, k, k, yy, WA[yy], seg, met, "actual", val, unit, cc)
    h.append(f'<tr class="z"><td>{lab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
h.append('</table>')
wo6 = r6["aw"] * 1000
h.append(f'<p class="note">※ 令和６年度の不納欠損額 {comma(wo6)}円（時効の援用があったもの及び債権放棄によるもの）。令和５年度は{comma(r5["aw"] * 1000)}円。</p>')
G.fact(6, k, k, 2024, "令和６年度", "total", "written_off", "actual", wo6, "yen", f"{comma(wo6)}円")
G.fact(6, k, k, 2023, "令和５年度", "total", "written_off", "actual", r5["aw"] * 1000, "yen", f"{comma(r5['aw'] * 1000)}円")
DEL = (58, 51)
h.append('<h3>２　滞納者の状況</h3><table><tr><th>区分</th><th>令和５年度末</th><th>令和６年度末</th><th>備考</th></tr>'
         f'<tr><td>滞納者数</td><td class="n">{DEL[0]}人</td><td class="n">{DEL[1]}人</td><td>退去者を含む</td></tr>'
         '<tr><td>法的措置（支払督促・訴訟）</td><td class="n">4件</td><td class="n">6件</td><td>明渡し請求訴訟 2件を含む</td></tr></table>')
G.fact(6, k, k, 2023, "令和５年度末", "total", "delinquents", "actual", DEL[0], "persons", f"{DEL[0]}人")
G.fact(6, k, k, 2024, "令和６年度末", "total", "delinquents", "actual", DEL[1], "persons", f"{DEL[1]}人")
h.append('<h3>３　令和７年度の取組と実施時期</h3><table><tr><th style="width:8%">番号</th><th>内容</th><th style="width:18%">実施時期</th></tr>')
ITEMS = [("①", "滞納２か月目で本人へ電話催告、３か月目で連帯保証人へ文書で通知する。", "通年", "継続"),
         ("②", "退去者の滞納分について、弁護士法人への回収業務委託の対象を拡大する。", "令和７年１０月～", "拡充"),
         ("③", "６か月以上の滞納者のうち誠意のない者に対し、明渡し請求訴訟の提起を判断する。", "随時", "継続"),
         ("④", "入居時の説明会で口座振替の利用を原則とし、申込書を同時に提出させる。", "入居時", "新規")]
for lab, text, when, st_ in ITEMS:
    h.append(f'<tr><td style="text-align:center">{lab}</td><td>{text}【{st_}】</td><td>{when}</td></tr>')
    G.init(6, k, 2025, "令和７年度の取組と実施時期", lab, text, st_)
h.append('</table>')
t6c, t6a = TGT[k][2024]
t7c, t7a = TGT[k][2025]
h.append('<div class="box"><div class="t">【参考】目標収納率</div>'
         f'・令和６年度目標（現年度分）：{f2(t6c)}％　実績：{f2(r6["rate_c"])}％<br>'
         f'・令和７年度目標（現年度分）：{f2(t7c)}％<br>'
         f'・令和７年度目標（滞納繰越分）：{f1(t7a)}％</div>')
G.fact(6, k, k, 2024, "令和６年度目標", "current", "collection_rate", "target", t6c, "percent", f"{f2(t6c)}％")
G.fact(6, k, k, 2024, "令和６年度", "current", "collection_rate", "actual", r6["rate_c"], "percent", f"実績：{f2(r6['rate_c'])}％")
G.fact(6, k, k, 2025, "令和７年度目標", "current", "collection_rate", "target", t7c, "percent", f"{f2(t7c)}％")
G.fact(6, k, k, 2025, "令和７年度目標", "arrears", "collection_rate", "target", t7a, "percent", f"{f1(t7a)}％")
newpage("".join(h))

# ---------------------------------------------------------------- page 7: 資料３ 目標収納率（案）
page = 7
h = ['<div class="tag">資料３</div><h2>令和７年度 目標収納率（案）</h2>',
     '<p>各債権所管課から提出された目標収納率（案）は次のとおりである。令和６年度の実績を踏まえ、'
     '現年度分は前年度目標以上、滞納繰越分は前年度実績以上の水準を基本として設定した。</p>',
     '<div class="unit">（単位：％）</div><table>',
     '<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>',
     '<tr><th>令和７年度<br>目標（案）</th><th>令和６年度<br>実績</th><th>令和６年度<br>目標</th>'
     '<th>令和７年度<br>目標（案）</th><th>令和６年度<br>実績</th><th>令和６年度<br>目標</th></tr>']
for kk in DEBTS:
    r = DEBTS[kk]["s"][2024]
    t6, t7 = TGT[kk][2024], TGT[kk][2025]
    cells = [f2(t7[0]), f2(r["rate_c"]), f2(t6[0]), f1(t7[1]), f2(r["rate_a"]), f1(t6[1])]
    h.append(f'<tr class="z"><td>{kk}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + '</tr>')
    for c, (fy, seg, basis, val) in zip(cells, [(2025, "current", "target", t7[0]), (2024, "current", "actual", r["rate_c"]),
                                                (2024, "current", "target", t6[0]), (2025, "arrears", "target", t7[1]),
                                                (2024, "arrears", "actual", r["rate_a"]), (2024, "arrears", "target", t6[1])]):
        G.fact(7, kk, kk, fy, WA[fy], seg, "collection_rate", basis, val, "percent", c)
h.append('</table><p class="note">※1 令和６年度実績は決算値。目標（案）は本会議での協議を経て確定する。</p>')
h.append('<h3>（参考）令和６年度 現年度分の収入未済額と収納率</h3>'
         '<div class="unit">（上段：収入未済額（千円）、下段：収納率（％））</div><table><tr>'
         + "".join(f"<th>{kk}</th>" for kk in DEBTS) + '</tr><tr>')
for kk in DEBTS:
    r = DEBTS[kk]["s"][2024]
    mark = "※2" if kk == "後期高齢者医療保険料" else ""
    h.append(f'<td class="n">{comma(r["out_c"])}<br>{f2(r["rate_c"])}{mark}</td>')
    G.fact(7, kk, kk, 2024, "令和６年度", "current", "outstanding", "actual", r["out_c"] * 1000, "yen", comma(r["out_c"]))
    G.fact(7, kk, kk, 2024, "令和６年度", "current", "collection_rate", "actual", r["rate_c"], "percent", f2(r["rate_c"]) + mark)
h.append('</tr></table><p class="note">※2 後期高齢者医療保険料は、岡山県後期高齢者医療広域連合の算定方法による。</p>')
h.append('<h3>協議の視点</h3><ul class="ini">'
         '<li>・滞納繰越分の目標が前年度実績を下回る債権がないか。</li>'
         '<li>・現年度分の目標達成に向けた取組が取組個票に具体的に記載されているか。</li>'
         '<li>・複数の債権を滞納している者について、所管課間の情報共有の方法が定められているか。</li></ul>')
newpage("".join(h))

html = f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
dst = PDF_DIR / f"{STEM}.pdf"
chromium_to_pdf(src, dst)
subset_fonts(dst)
n = pdf_pages(dst)
assert n == 7, n
G.write(dst, n)
print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")
