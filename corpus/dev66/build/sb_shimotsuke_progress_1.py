"""Mid-year progress report (2月末 of a leap year): HTML/CSS -> chromium --print-to-pdf. Run from corpus/dev66."""
import os, subprocess, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sb_common import *

STEM = "sb_shimotsuke_progress_1"
CITY = "下野市"
TITLE = "令和５年度 市税等の収納状況及び取組状況（２月末現在）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-22", "令和6年3月22日")
ASOF, PASOF = "2024-02-29", "2023-02-28"
FY, PFY = 2023, 2022
FOOT = "令和５年度 収納状況及び取組状況（２月末）"

# debt: (canonical, label in table, section, cur assessed, cur collected, prev-month cur rate, est cur rate,
#        arr assessed, arr collected, prev-month arr rate, est arr rate)   amounts in 千円, rates in %
D = [
    ("市税", "市税", "一般", 6284512, 5631406, 89.2, 98.9, 498630, 132874, 25.1, 29.5),
    ("保育所保育料", "保育所保育料", "一般", 126480, 112903, 88.6, 98.7, 18240, 3412, 17.9, 21.0),
    ("市営住宅使用料", "市営住宅使用料", "一般", 84216, 76402, 90.1, 97.8, 21536, 2984, 12.4, 15.0),
    ("生活保護費返還金", "生活保護費返還金", "一般", 28413, 19872, 71.5, 80.0, 96540, 6211, 6.9, 8.0),
    ("国民健康保険税", "国民健康保険税", "特別", 1412360, 1158420, 81.5, 93.6, 612840, 121056, 18.7, 22.5),
    ("介護保険料", "介護保険料", "特別", 862140, 828410, 95.8, 98.9, 31260, 5140, 15.0, 19.0),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別", 512380, 505210, 98.3, 99.6, 6420, 2910, 43.1, 48.0),
]
R = lambda c, a: rate(c, a, 1)

css = """
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 12mm 14mm; }
body { font-family: M; font-size: 10.5pt; margin: 0; }
.page { height: 268mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
h1 { font-family: G; font-size: 15pt; text-align: center; margin: 6mm 0 2mm; }
h2 { font-family: G; font-size: 12pt; margin: 4mm 0 2mm; border-left: 5px solid #2f5597; padding-left: 6px; }
h3 { font-family: G; font-size: 10.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0; text-indent: 1em; line-height: 1.55; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; text-align: center; color: #333; border-top: 1px solid #999; padding-top: 1mm; }
.right { text-align: right; }
table { border-collapse: collapse; font-family: G; }
table.z td, table.z th { padding: 2px 4px; font-size: 7.6pt; }
table.z th { background: #2f5597; color: #fff; font-weight: normal; }
table.z tr:nth-child(even) td { background: #e9eef7; }
table.z td.n { text-align: right; white-space: nowrap; }
table.z tr.sec td { background: #d0d8e8; font-weight: bold; }
table.z tr.sub td { background: #fdf2d0; font-weight: bold; }
table.g td, table.g th { border: 1px solid #444; padding: 2px 5px; font-size: 8.5pt; }
table.g th { background: #e3e3e3; font-weight: normal; }
table.g td.n { text-align: right; white-space: nowrap; }
.panels { display: flex; gap: 4mm; margin: 3mm 0; }
.panel { flex: 1; border: 2px solid #2f5597; border-radius: 6px; padding: 2mm; text-align: center; font-family: G; }
.panel .l { font-size: 9pt; background: #2f5597; color: #fff; margin: -2mm -2mm 2mm; padding: 1mm; border-radius: 4px 4px 0 0; }
.panel .v { font-size: 20pt; font-weight: bold; color: #1f3864; }
.panel .s { font-size: 8.5pt; }
.note { font-size: 8pt; line-height: 1.4; margin: 1mm 0; }
.box { border: 1px solid #333; padding: 2mm 3mm; margin: 2mm 0; }
.item { margin: 1mm 0 1mm 2.5em; text-indent: -2.5em; line-height: 1.5; }
.chart { display: flex; align-items: flex-end; height: 52mm; gap: 7mm; margin: 2mm 8mm; border-bottom: 1px solid #000; font-family: G; }
.bar { width: 16mm; background: #5b9bd5; position: relative; }
.bar span { position: absolute; top: -5mm; width: 100%; text-align: center; font-size: 8.5pt; }
.xl { display: flex; gap: 7mm; margin: 1mm 8mm; font-family: G; font-size: 8pt; }
.xl div { width: 16mm; text-align: center; }
"""
pages = []
e = html.escape


def foot(n):
    return f'<div class="foot">{FOOT}　　- {n} -</div>'


# ------------------------------------------------------------------ page 1
P = 1
sc = D[0]
cur_r = R(sc[4], sc[3])
tot_a = sum(d[3] + d[7] for d in D)
tot_c = sum(d[4] + d[8] for d in D)
mi = tot_a - tot_c
mi_oku = round(mi / 10000) / 10          # 千円 -> 億円, one decimal
arr_a = sum(d[7] for d in D); arr_c = sum(d[8] for d in D)
arr_r = R(arr_c, arr_a)
dpt = round(cur_r - sc[5], 1)
h = [f'<div class="page"><div class="right" style="font-size:9pt">令和6年3月22日<br>下野市 総務部 税務課</div>',
     f'<h1>{TITLE}</h1>',
     '<h2>１　趣旨</h2>',
     '<p>本市では、下野市債権管理方針に基づき、市税をはじめとする各債権の収納率の向上と収入未済額の縮減に全庁で取り組んでいる。'
     '本報告は、令和５年度の２月末現在における各債権の収納状況と、下半期の取組の状況を取りまとめたものである。</p>',
     '<h2>２　収納状況の概要（令和６年２月末現在）</h2>',
     '<div class="panels">',
     f'<div class="panel"><div class="l">市税（現年課税分）収納率　令和５年度</div><div class="v">{cur_r:.1f}％</div>'
     f'<div class="s">前年同月比＋{dpt:.1f}ポイント</div></div>',
     f'<div class="panel"><div class="l">全債権 滞納繰越分収納率　令和５年度</div><div class="v">{arr_r:.1f}％</div>'
     f'<div class="s">２月末現在</div></div>',
     f'<div class="panel"><div class="l">全債権 未収額　令和６年２月末</div><div class="v">約{mi_oku:.1f}億円</div>'
     f'<div class="s">調定額－収入済額</div></div>',
     '</div>']
G.fact(P, "市税", "市税（現年課税分）", FY, "令和５年度", "current", "collection_rate", "interim", cur_r, "percent", f"{cur_r:.1f}％", as_of=ASOF)
G.fact(P, "市税", "市税（現年課税分）", FY, "令和５年度", "current", "difference", "interim", dpt, "points", f"＋{dpt:.1f}ポイント", as_of=ASOF)
G.fact(P, None, "全債権", FY, "令和５年度", "arrears", "collection_rate", "interim", arr_r, "percent", f"{arr_r:.1f}％", as_of=ASOF)
G.fact(P, None, "全債権", FY, "令和６年２月末", "total", "outstanding", "interim", round(mi_oku * 1e8), "yen", f"約{mi_oku:.1f}億円", as_of=ASOF, approx=True)
# prose with figures
col_man = round(sc[4] * 1000, -6)
prev_col = 5507400  # 千円 (令和4年度2月末 市税現年 収入済額)
diff_man = round((sc[4] - prev_col) * 1000, -6)
def okuman(y):
    o, m = divmod(int(y) // 10000, 10000)
    return f"{o}億{m:,}万円" if o else f"{m:,}万円"
est_r = sc[6]
h += ['<h3>（１）市税</h3>',
      f'<p>市税の現年課税分は、２月末現在の収入済額が約{okuman(col_man)}で、前年同月から約{okuman(diff_man)}増加した。'
      f'収納率は前年同月を{dpt:.1f}ポイント上回っており、年度末の収納率は{est_r:.1f}％を見込んでいる。'
      f'滞納繰越分の収納率は{R(sc[8], sc[7]):.1f}％で、前年同月（{sc[9]:.1f}％）を上回っている。</p>']
G.fact(P, "市税", "市税", FY, "２月末現在", "current", "collected", "interim", col_man, "yen", f"約{okuman(col_man)}", as_of=ASOF, approx=True)
G.fact(P, "市税", "市税", FY, "２月末現在", "current", "difference", "interim", diff_man, "yen", f"約{okuman(diff_man)}", as_of=ASOF, approx=True)
G.fact(P, "市税", "市税", FY, "２月末現在", "current", "difference", "interim", dpt, "points", f"{dpt:.1f}ポイント", as_of=ASOF)
G.fact(P, "市税", "市税", FY, "年度末", "current", "collection_rate", "estimate", est_r, "percent", f"{est_r:.1f}％")
G.fact(P, "市税", "市税", FY, "２月末現在", "arrears", "collection_rate", "interim", R(sc[8], sc[7]), "percent", f"{R(sc[8], sc[7]):.1f}％", as_of=ASOF)
G.fact(P, "市税", "市税", PFY, "前年同月", "arrears", "collection_rate", "interim", sc[9], "percent", f"{sc[9]:.1f}％", as_of=PASOF)
kk = D[4]
h += ['<h3>（２）国民健康保険税及びその他の債権</h3>',
      f'<p>国民健康保険税の現年課税分の収納率は{R(kk[4], kk[3]):.1f}％で、前年同月比{R(kk[4], kk[3]) - kk[5]:.1f}ポイントの上昇となった。'
      f'その他の債権では、生活保護費返還金の現年度分が{R(D[3][4], D[3][3]):.1f}％と低い水準にとどまっており、'
      f'返還決定時の分納計画の作成を徹底する。</p>',
      '<p>以下、表１に債権別の収納状況を、表２に市税の月別収納率の推移を、３以降に債権ごとの取組状況を示す。</p>',
      foot(1), '</div>']
G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "current", "collection_rate", "interim", R(kk[4], kk[3]), "percent", f"{R(kk[4], kk[3]):.1f}％", as_of=ASOF)
G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "current", "difference", "interim", round(R(kk[4], kk[3]) - kk[5], 1), "points", f"{R(kk[4], kk[3]) - kk[5]:.1f}ポイント", as_of=ASOF)
G.fact(P, "生活保護費返還金", "生活保護費返還金", FY, "令和５年度", "current", "collection_rate", "interim", R(D[3][4], D[3][3]), "percent", f"{R(D[3][4], D[3][3]):.1f}％", as_of=ASOF)
pages.append("".join(h))

# ------------------------------------------------------------------ page 2: 表1
P = 2
h = ['<div class="page"><h2>３　債権別の収納状況</h2>',
     '<h3>表１　債権別収納状況（令和６年２月末現在）</h3>',
     '<table class="z" style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="4">現年度分</th><th colspan="4">滞納繰越分</th></tr>',
     '<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）<br>（前年同月）</th><th>決算見込<br>収納率（％）</th>'
     '<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）<br>（前年同月）</th><th>決算見込<br>収納率（％）</th></tr>']
def addrow(cells, cls=""):
    h.append(f'<tr class="{cls}">' + "".join(f'<td class="{"n" if i else ""}">{c}</td>' for i, c in enumerate(cells)) + "</tr>")
grand = [0, 0, 0, 0]
for secname, key, subl in (("【一般会計】", "一般", "一般会計計"), ("【特別会計】", "特別", "特別会計計")):
    h.append(f'<tr class="sec"><td colspan="9">{secname}</td></tr>')
    sub = [0, 0, 0, 0]
    for d in [x for x in D if x[2] == key]:
        dn, lab, _, ca, cc, pcr, ecr, aa, ac, par, ear = d
        rc, ra = R(cc, ca), R(ac, aa)
        addrow([lab, f"{ca:,}", f"{cc:,}", f"{rc:.1f}（{pcr:.1f}）", f"{ecr:.1f}", f"{aa:,}", f"{ac:,}", f"{ra:.1f}（{par:.1f}）", f"{ear:.1f}"])
        for seg, a_, c_, r_, p_, e_ in (("current", ca, cc, rc, pcr, ecr), ("arrears", aa, ac, ra, par, ear)):
            G.fact(P, dn, lab, FY, "令和６年２月末", seg, "assessed", "interim", a_ * 1000, "yen", f"{a_:,}", as_of=ASOF)
            G.fact(P, dn, lab, FY, "令和６年２月末", seg, "collected", "interim", c_ * 1000, "yen", f"{c_:,}", as_of=ASOF)
            G.fact(P, dn, lab, FY, "令和６年２月末", seg, "collection_rate", "interim", r_, "percent", f"{r_:.1f}", as_of=ASOF)
            G.fact(P, dn, lab, PFY, "前年同月", seg, "collection_rate", "interim", p_, "percent", f"{p_:.1f}", as_of=PASOF)
            G.fact(P, dn, lab, FY, "決算見込", seg, "collection_rate", "estimate", e_, "percent", f"{e_:.1f}")
        for i, v in enumerate((ca, cc, aa, ac)):
            sub[i] += v; grand[i] += v
    addrow([subl, f"{sub[0]:,}", f"{sub[1]:,}", f"{R(sub[1], sub[0]):.1f}", "－", f"{sub[2]:,}", f"{sub[3]:,}", f"{R(sub[3], sub[2]):.1f}", "－"], "sub")
    for seg, a_, c_ in (("current", sub[0], sub[1]), ("arrears", sub[2], sub[3])):
        G.fact(P, None, subl, FY, "令和６年２月末", seg, "assessed", "interim", a_ * 1000, "yen", f"{a_:,}", as_of=ASOF)
        G.fact(P, None, subl, FY, "令和６年２月末", seg, "collected", "interim", c_ * 1000, "yen", f"{c_:,}", as_of=ASOF)
        G.fact(P, None, subl, FY, "令和６年２月末", seg, "collection_rate", "interim", R(c_, a_), "percent", f"{R(c_, a_):.1f}", as_of=ASOF)
addrow(["総計", f"{grand[0]:,}", f"{grand[1]:,}", f"{R(grand[1], grand[0]):.1f}", "－", f"{grand[2]:,}", f"{grand[3]:,}", f"{R(grand[3], grand[2]):.1f}", "－"], "sub")
for seg, a_, c_ in (("current", grand[0], grand[1]), ("arrears", grand[2], grand[3])):
    G.fact(P, None, "総計", FY, "令和６年２月末", seg, "assessed", "interim", a_ * 1000, "yen", f"{a_:,}", as_of=ASOF)
    G.fact(P, None, "総計", FY, "令和６年２月末", seg, "collected", "interim", c_ * 1000, "yen", f"{c_:,}", as_of=ASOF)
    G.fact(P, None, "総計", FY, "令和６年２月末", seg, "collection_rate", "interim", R(c_, a_), "percent", f"{R(c_, a_):.1f}", as_of=ASOF)
h.append("</table>")
h.append('<div class="note">注１）収納率欄の（　）内は、前年同月（令和５年２月末）の収納率である。<br>'
         '注２）決算見込収納率は、３月以降の納付見込額を基に各所管課が推計したものである。<br>'
         '注３）国民健康保険税、介護保険料及び後期高齢者医療保険料は、それぞれの特別会計に属する。</div>')
# 表3 百万円 one decimal: 未収額 (assessed - collected) per debt, total segment
h.append('<h3 style="margin-top:6mm">表３　債権別の未収額（令和６年２月末現在）</h3>')
h.append('<div class="note" style="text-align:right">単位：百万円</div><table class="g" style="width:70%"><tr><th>債権名</th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>')
for d in D:
    dn, lab, _, ca, cc, pcr, ecr, aa, ac, par, ear = d
    mc, ma = round((ca - cc) / 1000, 1), round((aa - ac) / 1000, 1)
    mt = round((ca - cc + aa - ac) / 1000, 1)
    h.append(f'<tr><td>{lab}</td><td class="n">{mc:,.1f}</td><td class="n">{ma:,.1f}</td><td class="n">{mt:,.1f}</td></tr>')
    for seg, v in (("current", mc), ("arrears", ma), ("total", mt)):
        G.fact(P, dn, lab, FY, "令和６年２月末", seg, "outstanding", "interim", round(v * 1e6), "yen", f"{v:,.1f}", as_of=ASOF)
h.append('</table><div class="note">※ 未収額は、調定額から収入済額を差し引いた額（年度途中の数値であり、不納欠損処理前）である。</div>')
h += [foot(2), "</div>"]
pages.append("".join(h))

# ------------------------------------------------------------------ page 3: 表2 monthly + chart
P = 3
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-29"]
PENDS = ENDS[:-1] + ["02-28"]
cur_now = [8.1, 22.6, 35.2, 46.0, 56.3, 63.1, 69.8, 75.2, 81.0, 85.4, cur_r]
cur_prev = [8.3, 22.1, 34.6, 45.7, 55.8, 62.9, 69.1, 74.9, 80.4, 84.9, sc[5]]
h = ['<div class="page"><h3>表２　市税（現年課税分）月別収納率の推移（令和５年度・令和４年度）</h3>',
     '<div class="note">累計収納率。単位：％　本年度＝令和５年度、前年度＝令和４年度</div>',
     '<table class="g" style="width:62%"><tr><th>月</th><th>前年度</th><th>本年度</th><th>差</th></tr>']
for i, m in enumerate(MONTHS):
    y_now = 2024 if i >= 9 else 2023
    y_prev = y_now - 1
    dd = round(cur_now[i] - cur_prev[i], 1)
    dtxt = ("▲" if dd < 0 else "") + f"{abs(dd):.1f}"
    h.append(f'<tr><td>{m}</td><td class="n">{cur_prev[i]:.1f}</td><td class="n">{cur_now[i]:.1f}</td><td class="n">{dtxt}</td></tr>')
    G.fact(P, "市税", "市税", PFY, "前年度", "current", "collection_rate", "interim", cur_prev[i], "percent", f"{cur_prev[i]:.1f}", as_of=f"{y_prev}-{PENDS[i]}")
    G.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", cur_now[i], "percent", f"{cur_now[i]:.1f}", as_of=f"{y_now}-{ENDS[i]}")
    G.fact(P, "市税", "市税", FY, "本年度", "current", "difference", "interim", dd, "points", dtxt, as_of=f"{y_now}-{ENDS[i]}")
h.append("</table>")
h.append('<p style="margin-top:3mm">４月末は前年度を下回ったが、５月末以降は口座振替の利用拡大により前年度を上回って推移している。</p>')
CH = [("令和元年度", 2019, "2020-02-29", 79.8), ("令和2年度", 2020, "2021-02-28", 80.6), ("3年度", 2021, "2022-02-28", 81.1),
      ("4年度", 2022, "2023-02-28", kk[5]), ("5年度", 2023, "2024-02-29", R(kk[4], kk[3]))]
h.append('<h3 style="margin-top:6mm">図１　国民健康保険税（現年課税分）の２月末収納率の推移（単位：％）</h3>')
h.append('<div class="chart">' + "".join(f'<div class="bar" style="height:{(v - 60) * 2.2}mm"><span>{v:.1f}</span></div>' for _, _, _, v in CH) + "</div>")
h.append('<div class="xl">' + "".join(f"<div>{lab}</div>" for lab, _, _, _ in CH) + "</div>")
for lab, fy, asof, v in CH:
    G.fact(P, "国民健康保険税", "国民健康保険税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.1f}", as_of=asof)
h.append('<div class="note">※ 各年度とも２月末現在の累計収納率。令和元年度は令和２年２月末（29日）時点。</div>')
h += [foot(3), "</div>"]
pages.append("".join(h))

# ------------------------------------------------------------------ page 4: 国保 / 介護
P = 4
h = ['<div class="page"><h2>４　債権ごとの取組状況（国民健康保険税）</h2>',
     '<h3>【収納率】令和６年２月末時点</h3>',
     f'<div class="item">・現年分　{R(kk[4], kk[3]):.1f}％（前年同月 {kk[5]:.1f}％）</div>',
     f'<div class="item">・滞繰分　{R(kk[8], kk[7]):.1f}％（前年同月 {kk[9]:.1f}％）</div>']
for seg, v, pv in (("current", R(kk[4], kk[3]), kk[5]), ("arrears", R(kk[8], kk[7]), kk[9])):
    G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}％", as_of=ASOF)
    G.fact(P, "国民健康保険税", "国民健康保険税", PFY, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{pv:.1f}％", as_of=PASOF)
h.append('<h3>【下半期の取組】</h3>')
KOKU = [("(1)", "納期限後20日以内に督促状を送付し、督促後も未納の世帯には夜間の電話催告を月2回実施した。", "継続"),
        ("(2)", "資格喪失の届出時に未納額を通知し、その場で納付相談を行う運用を窓口で開始した。", "新規"),
        ("(3)", "預貯金調査を電子照会に切り替え、調査から差押えまでの期間を短縮した。", "拡充"),
        ("(4)", "分納誓約の不履行者には、不履行の翌月に催告書を送付し、再度の誓約又は滞納処分を判断した。", None)]
for lab, t, st in KOKU:
    tag = f"【{st}】" if st else ""
    h.append(f'<div class="item">{lab}　{t}{tag}</div>')
    G.init(P, "国民健康保険税", FY, "下半期の取組", lab, t, st)
# 介護保険料: label/value box + 上段/下段 table
kg = D[5]
KPREV = (851230, 817150, 33140, 4972)   # 令和4年度2月末: cur assessed, collected, arr assessed, collected
h.append('<h2 style="margin-top:6mm">５　債権ごとの取組状況（介護保険料）</h2>')
h.append('<table class="g" style="width:100%"><tr><th style="width:14%">債権名</th><td style="width:36%">介護保険料</td>'
         '<th style="width:14%">所管課</th><td>高齢福祉課</td></tr></table>')
h.append('<table class="g" style="width:100%;margin-top:2mm"><tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>')
for seg, segl, a_, c_, pa, pc in (("current", "現年分", kg[3], kg[4], KPREV[0], KPREV[1]), ("arrears", "滞繰分", kg[7], kg[8], KPREV[2], KPREV[3])):
    h.append(f'<tr><td rowspan="2">{segl}</td><td class="n">{a_:,}</td><td class="n">{c_:,}</td><td class="n">{R(c_, a_):.1f}</td></tr>'
             f'<tr><td class="n">{pa:,}</td><td class="n">{pc:,}</td><td class="n">{R(pc, pa):.1f}</td></tr>')
    G.fact(P, "介護保険料", "介護保険料", FY, "令和５年度", seg, "assessed", "interim", a_ * 1000, "yen", f"{a_:,}", as_of=ASOF)
    G.fact(P, "介護保険料", "介護保険料", FY, "令和５年度", seg, "collected", "interim", c_ * 1000, "yen", f"{c_:,}", as_of=ASOF)
    G.fact(P, "介護保険料", "介護保険料", FY, "令和５年度", seg, "collection_rate", "interim", R(c_, a_), "percent", f"{R(c_, a_):.1f}", as_of=ASOF)
    G.fact(P, "介護保険料", "介護保険料", PFY, "令和４年度", seg, "assessed", "interim", pa * 1000, "yen", f"{pa:,}", as_of=PASOF)
    G.fact(P, "介護保険料", "介護保険料", PFY, "令和４年度", seg, "collected", "interim", pc * 1000, "yen", f"{pc:,}", as_of=PASOF)
    G.fact(P, "介護保険料", "介護保険料", PFY, "令和４年度", seg, "collection_rate", "interim", R(pc, pa), "percent", f"{R(pc, pa):.1f}", as_of=PASOF)
h.append('</table><div class="note">上段：令和５年度（令和６年２月末）、下段：令和４年度（令和５年２月末）</div>')
h.append('<div class="box"><b style="font-family:G">取組の状況</b>')
KAI = [("①", "普通徴収の新規対象者に口座振替依頼書を同封し、口座振替への移行を勧奨した。", "継続"),
       ("②", "２年以上の滞納がある被保険者に対し、給付制限の事前通知を送付した。", "継続"),
       ("③", "年金天引きの開始までの期間に未納が生じないよう、資格取得月の翌月に納付案内を送付した。", "新規")]
for lab, t, st in KAI:
    h.append(f'<div class="item">{lab}　{t}【{st}】</div>')
    G.init(P, "介護保険料", FY, "取組の状況", lab, t, st)
h.append("</div>")
h += [foot(4), "</div>"]
pages.append("".join(h))

# ------------------------------------------------------------------ page 5: 後期高齢 / 住宅 / status table
P = 5
ko = D[6]
h = ['<div class="page"><h2>６　その他の債権の取組状況</h2>',
     '<table class="g" style="width:100%"><tr><th colspan="4" style="text-align:left">債権名　後期高齢者医療保険料</th></tr>',
     '<tr><th>区分</th><th>２月末収納率（％）</th><th>前年同月（％）</th><th>決算見込（％）</th></tr>']
for seg, segl, a_, c_, pv, ev in (("current", "現年分", ko[3], ko[4], ko[5], ko[6]), ("arrears", "滞繰分", ko[7], ko[8], ko[9], ko[10])):
    h.append(f'<tr><td>{segl}</td><td class="n">{R(c_, a_):.1f}</td><td class="n">{pv:.1f}</td><td class="n">{ev:.1f}</td></tr>')
    G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "令和５年度", seg, "collection_rate", "interim", R(c_, a_), "percent", f"{R(c_, a_):.1f}", as_of=ASOF)
    G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", PFY, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{pv:.1f}", as_of=PASOF)
    G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "決算見込", seg, "collection_rate", "estimate", ev, "percent", f"{ev:.1f}")
h.append("</table>")
h.append('<div class="box" style="margin-top:3mm"><b style="font-family:G">【参考】</b>'
         '<div class="item">・令和４年度決算 現年分収納率：99.52％</div>'
         '<div class="item">・令和４年度決算 滞繰分収納率：45.87％</div>'
         '<div class="item">・令和４年度末 収入未済額：6,412千円</div></div>')
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", 2022, "令和４年度", "current", "collection_rate", "actual", 99.52, "percent", "99.52％")
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", 2022, "令和４年度", "arrears", "collection_rate", "actual", 45.87, "percent", "45.87％")
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", 2022, "令和４年度末", "total", "outstanding", "actual", 6412000, "yen", "6,412千円")
h.append('<h3 style="margin-top:5mm">市営住宅使用料・保育所保育料・生活保護費返還金</h3>')
h.append('<table class="g" style="width:100%"><tr><th style="width:20%">債権名</th><th style="width:8%">No.</th><th>内容</th><th style="width:8%"></th></tr>')
ST = [("市営住宅使用料", "1", "家賃を３か月以上滞納した入居者に、連帯保証人への通知を併せて行った。", "◎"),
      ("市営住宅使用料", "2", "退去者の滞納家賃について、支払督促の申立てを行った。", "○"),
      ("保育所保育料", "1", "児童手当からの特別徴収について、申出書の提出を全保護者に依頼した。", "◎"),
      ("保育所保育料", "2", "卒園児の滞納分について、小学校入学後も文書と電話で催告を継続した。", "○"),
      ("生活保護費返還金", "1", "保護廃止者の返還金について、廃止時に分納計画を作成した。", "△")]
for dn, no, t, mk in ST:
    h.append(f'<tr><td>{dn}</td><td style="text-align:center">{no}</td><td>{t}</td><td style="text-align:center">{mk}</td></tr>')
    G.init(P, dn, FY, "その他の債権の取組状況", no, t, None)
h.append('</table><div class="note">◎：実施済　○：実施中　△：未着手・検討中</div>')
hj = D[2]
h.append(f'<p style="margin-top:3mm">市営住宅使用料の現年度分の収納率は{R(hj[4], hj[3]):.1f}％で、年度末は{hj[6]:.1f}％を見込む。'
         f'滞納繰越分の調定額{hj[7]:,}千円のうち、退去者分が約６割を占めている。</p>')
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和５年度", "current", "collection_rate", "interim", R(hj[4], hj[3]), "percent", f"{R(hj[4], hj[3]):.1f}％", as_of=ASOF)
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "年度末", "current", "collection_rate", "estimate", hj[6], "percent", f"{hj[6]:.1f}％")
G.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和５年度", "arrears", "assessed", "interim", hj[7] * 1000, "yen", f"{hj[7]:,}千円", as_of=ASOF)
h += [foot(5), "</div>"]
pages.append("".join(h))

W = "/tmp/sb_work"
hp = os.path.join(W, STEM + ".html")
open(hp, "w", encoding="utf-8").write(f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{css}</style></head><body>'
                                      + "".join(pages) + "</body></html>")
pdf = os.path.join(ROOT, "pdf", STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
gp = G.write(pdf)
print(check(pdf, gp))
