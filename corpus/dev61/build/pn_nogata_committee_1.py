"""直方市債権管理対策会議 資料 (HTML/CSS -> chromium --print-to-pdf). Run from corpus/dev61."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pn_common import Gold, c, rate, SET

STEM = "pn_nogata_committee_1"
G = Gold()
K = 1000
# ---- 令和6年度決算 (千円): name_raw, debt, 所管課, cur A, cur C, arr A, arr C, arr W
SECTIONS = [
    ("【一般会計】", [
        ("市税", "市税", "税務課", 6412350, 6331118, 298440, 71627, 19882),
        ("保育料", "保育料", "子育て支援課", 182460, 180905, 9876, 2311, 640),
        ("住宅使用料", "市営住宅使用料", "都市計画課", 268120, 262474, 41235, 5902, 1210),
    ]),
    ("【特別会計】", [
        ("国保税", "国民健康保険税", "保険課", 1285640, 1226871, 312508, 58263, 24117),
        ("介護料", "介護保険料", "介護保険課", 1032870, 1027115, 21644, 4310, 3982),
        ("後期高齢", "後期高齢者医療保険料", "保険課", 402315, 400988, 3120, 1204, 356),
    ]),
]

def rowvals(r):
    _, _, _, ca, cc, aa, ac, aw = r
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa),
                ta=ta, tc=tc, tw=aw, tu=ta - tc - aw, tr=rate(tc, ta))

def sumrows(rows):
    s = dict(ca=0, cc=0, aa=0, ac=0, tw=0)
    for r in rows:
        v = rowvals(r)
        for k in s: s[k] += v[k]
    return ("", None, "", s["ca"], s["cc"], s["aa"], s["ac"], s["tw"])

css = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color:#111; }
.pg { break-after: page; }
.land { page: land; }
h1 { font-size: 17pt; text-align:center; margin-top: 60mm; }
h2 { font-size: 12.5pt; border-left: 6px solid #2f5d8a; padding-left: 6px; margin: 6px 0 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 3px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6px solid #555; padding: 2px 4px; }
th { background: #dfe8f1; font-weight: normal; }
.num td.n { text-align: right; }
.zebra { border: none; }
.zebra td, .zebra th { border: none; padding: 2.5px 4px; }
.zebra tr:nth-child(even) td { background: #eef3f8; }
.zebra th { background: #2f5d8a; color: #fff; }
.sec td { background: #f7ecd2 !important; font-weight: bold; }
.sub td { background: #fbf6ea !important; }
.tot td { background: #e3e3e3 !important; font-weight: bold; border-top: 1px solid #333; }
.note { font-size: 8.5pt; margin: 3px 0; }
.panels { display: flex; gap: 8mm; margin: 4px 0 8px; }
.panel { flex: 1; border: 1.5px solid #2f5d8a; border-radius: 6px; padding: 5px 10px; }
.panel .lbl { font-size: 9pt; color:#2f5d8a; }
.panel .big { font-size: 18pt; font-weight: bold; }
.strip td { border: 1px solid #333; }
.strip td.l { background:#dfe8f1; width: 14%; }
.box { border: 1px solid #333; padding: 4px 8px; margin: 4px 0; }
.toc td { border: none; border-bottom: 1px dotted #888; padding: 4px; }
.chart { display:flex; align-items:flex-end; height: 150px; gap: 10mm; border-bottom:1px solid #333; padding: 0 10mm; margin-top: 14px;}
.bar { width: 16mm; background:#7fa3c7; position:relative; }
.bar span { position:absolute; top:-15px; left:-4mm; width: 24mm; text-align:center; font-size: 8.5pt;}
.xl { display:flex; gap:10mm; padding: 0 10mm; font-size: 8.5pt;}
.xl div { width: 16mm; text-align:center; }
.right { text-align:right; }
"""
H = []
# ---------------- p1 cover + 次第/目次
H.append("""<div class="pg"><p class="right">資料</p>
<h1>令和７年度 第２回<br>直方市債権管理対策会議</h1>
<p style="text-align:center;font-size:12pt">令和７年１１月１８日（火）午前１０時<br>直方市役所 ３階 第１会議室</p>
<h3 style="margin-top:24mm">次　第</h3>
<p>１　開会<br>２　議題<br>　（１）令和６年度決算における債権の状況について<br>　（２）主要債権の取組個票について<br>　（３）令和７年度上半期の収納状況について<br>３　その他<br>４　閉会</p>
<h3>目　次</h3>
<table class="toc" style="width:80%">
<tr><td>資料１　令和６年度 債権別収納状況（一覧）</td><td class="right">２</td></tr>
<tr><td>資料２　取組個票（国民健康保険税）</td><td class="right">３</td></tr>
<tr><td>資料３　取組個票（市税）</td><td class="right">４</td></tr>
<tr><td>資料４　取組個票（市営住宅使用料）</td><td class="right">５</td></tr>
<tr><td>参考　　市税（現年度分）月別収納状況／国民健康保険税の収入未済額の推移</td><td class="right">６</td></tr>
</table>
<p class="note" style="margin-top:30mm">直方市 総務部 税務課（債権管理対策会議事務局）</p></div>""")

# ---------------- p2 landscape summary
P = 2
allrows = [r for _, rows in SECTIONS for r in rows]
tot = sumrows(allrows); tv = rowvals(tot)
prev_rate, prev_out = 92.78, 681_460   # 令和5年度 (千円)
d_rate = round(tv["tr"] - prev_rate, 2)
ok_u = round(tv["tu"] / 10000) / 10  # 億円 1 decimal
pr_u = round(prev_out / 10000) / 10
TR_S = f"{tv['tr']:.2f}％"; TW_S = f"{c(tv['tw'])}千円"
H.append('<div class="pg land"><h2>資料１　令和６年度 債権別収納状況（決算）</h2><div class="panels">')
H.append(f'<div class="panel"><div class="lbl">収納率（全債権・令和６年度決算）</div><div class="big">{G.f(P,None,None,2024,"令和６年度","total","collection_rate","actual",tv["tr"],"percent",TR_S)}</div>'
         f'<div>前年度比 {G.f(P,None,None,2024,"令和６年度","total","difference","actual",d_rate,"points",f"＋{d_rate:.2f}ポイント")}</div></div>')
H.append(f'<div class="panel"><div class="lbl">収入未済額（全債権・令和６年度末）</div><div class="big">{G.f(P,None,None,2024,"令和６年度","total","outstanding","actual",int(round(ok_u*1e8)),"yen",f"約{ok_u:.1f}億円",approx=True)}</div>'
         f'<div>令和５年度末 {G.f(P,None,None,2023,"令和５年度","total","outstanding","actual",int(round(pr_u*1e8)),"yen",f"約{pr_u:.1f}億円",approx=True)}</div></div>')
H.append(f'<div class="panel"><div class="lbl">不納欠損額（全債権・令和６年度）</div><div class="big">{G.f(P,None,None,2024,"令和６年度","total","written_off","actual",tv["tw"]*K,"yen",TW_S)}</div><div>すべて滞納繰越分</div></div></div>')
H.append('<p class="note right">単位：千円、％</p><table class="zebra num"><tr><th rowspan="3">債権名</th><th colspan="11">令和６年度決算</th></tr>'
         '<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr>'
         '<tr>' + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 +
         '<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>')
COLS = [("ca", "current", "assessed"), ("cc", "current", "collected"), ("cr", "current", "collection_rate"),
        ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
        ("ta", "total", "assessed"), ("tc", "total", "collected"), ("tw", "total", "written_off"),
        ("tu", "total", "outstanding"), ("tr", "total", "collection_rate")]

def cells(debt, raw, v, fn=""):
    out = []
    for k, seg, met in COLS:
        if met == "collection_rate":
            s = f"{v[k]:.2f}"; val = v[k]; unit = "percent"
        else:
            s = c(v[k]); val = v[k] * K; unit = "yen"
        G.f(P, debt, raw, 2024, "令和６年度", seg, met, "actual", val, unit, s)
        out.append(f'<td class="n">{s}{fn if (k == "tu" and fn) else ""}</td>')
    return "".join(out)

for sec, rows in SECTIONS:
    H.append(f'<tr class="sec"><td colspan="12">{sec}</td></tr>')
    for r in rows:
        fn = "※1" if r[0] == "国保税" else ""
        H.append(f'<tr><td>{r[0]}</td>{cells(r[1], r[0], rowvals(r), fn)}</tr>')
    H.append(f'<tr class="sub"><td>小計</td>{cells(None, "小計", rowvals(sumrows(rows)))}</tr>')
H.append(f'<tr class="tot"><td>合計</td>{cells(None, "合計", tv)}</tr></table>')
sub = 112_345
H.append('<p class="note">（略称）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料</p>')
H.append(f'<p class="note">※1 国保税の収入未済額のうち、滞納繰越分 {G.f(P,"国民健康保険税","国保税",2024,"令和６年度","arrears","outstanding","actual",sub*K,"yen",f"{c(sub)}千円")}。'
         '現年度分の不納欠損額はいずれの債権も生じていない。</p>')
H.append('<p class="note">出典：令和６年度直方市一般会計・特別会計歳入歳出決算書（税務課集計）</p></div>')

# ---------------- p3-p5 取組個票
SHEETS = [
    dict(no=1, name="国民健康保険税", raw="国民健康保険税", ka="保険課", kubun="強制徴収公債権",
         hist=[("令和4年度", 2022, 1652310, 1252870, 26115), ("R5", 2023, 1621775, 1260940, 25010), ("令和6年度", 2024, 1598148, 1285134, 24117)],
         tg=[("現年度分", "current", 95.60, 96.00), ("滞納繰越分", "arrears", 18.50, 19.50)],
         mid=[("現年分", "current", 52.31, 51.87), ("滞繰分", "arrears", 14.06, 13.52)],
         text="令和６年度末の収入未済額は{u}千円で、前年度より{d}千円減少した。滞納繰越分は被保険者の転出・資格喪失に伴う居所不明案件が多く、早期の財産調査と執行停止の判断が課題である。",
         items=[("①", "納期限後２０日以内に督促状を発送し、未納２期目で電話催告を行う早期着手を徹底する。", "継続"),
                ("②", "口座振替の原則化を進め、新規加入時の窓口での申込みとWeb口座振替受付サービスを案内する。", "拡充"),
                ("③", "滞納繰越分のうち高額案件は税務課と合同で財産調査を行い、預貯金・給与の差押えを実施する。", "継続"),
                ("④", "資格喪失者への納付案内をSMSで送信する取組を試行する。", "新規")]),
    dict(no=2, name="市税", raw="市税", ka="税務課", kubun="強制徴収公債権",
         hist=[("令和4年度", 2022, 6632004, 6378115, 22650), ("R5", 2023, 6668512, 6390620, 21310), ("令和6年度", 2024, 6710790, 6402745, 19882)],
         tg=[("現年度分", "current", 98.70, 98.90), ("滞納繰越分", "arrears", 25.00, 26.00)],
         mid=[("現年分", "current", 58.64, 58.12), ("滞繰分", "arrears", 17.85, 16.90)],
         text="令和６年度末の収入未済額は{u}千円で、前年度より{d}千円減少した。個人住民税の普通徴収分で少額の未納が増えており、現年度中の納付勧奨の強化が課題である。",
         items=[("①", "年４回の滞納整理強化月間を設け、夜間・休日の納税相談窓口を開設する。", "継続"),
                ("②", "スマートフォン決済アプリ及び地方税統一QRコードによる納付を周知し、納付機会を拡大する。", "拡充"),
                ("③", "給与照会・預貯金調査の電子化（オンライン照会）を活用し、財産調査を迅速化する。", "新規")]),
    dict(no=3, name="市営住宅使用料", raw="住宅使用料", ka="都市計画課", kubun="私債権",
         hist=[("令和4年度", 2022, 312688, 266931, 1480), ("R5", 2023, 310940, 267120, 1395), ("令和6年度", 2024, 309355, 268376, 1210)],
         tg=[("現年度分", "current", 97.80, 98.00), ("滞納繰越分", "arrears", 13.00, 14.00)],
         mid=[("現年分", "current", 47.96, 47.50), ("滞繰分", "arrears", 8.42, 7.95)],
         text="令和６年度末の収入未済額は{u}千円で、前年度より{d}千円減少した。退去者分の滞納が全体の約６割を占め、連帯保証人への請求と法的措置の判断が課題である。",
         items=[("①", "３か月以上の滞納者には連帯保証人へ納付指導を依頼し、分納誓約の履行を管理する。", "継続"),
                ("②", "６か月以上の滞納者で誠意のない者には明渡請求訴訟を提起する。", "継続"),
                ("③", "退去者分の少額債権について、弁護士法人への回収委託を行う。", "新規")]),
]
for si, s in enumerate(SHEETS):
    P = 3 + si
    d, raw = s["name"], s["raw"]
    H.append(f'<div class="pg"><h2>資料{si + 2}　取組個票（No.{s["no"]}）</h2>')
    H.append(f'<table class="strip"><tr><td class="l">債権名</td><td>{s["name"]}</td><td class="l">所管課</td><td>{s["ka"]}</td><td class="l">債権区分</td><td>{s["kubun"]}</td></tr></table>')
    H.append('<h3>１　収納状況の推移（現年度分＋滞納繰越分）</h3><p class="note right">（単位：千円、％）</p>')
    hist = []
    for yr, fy, A, C, W in s["hist"]:
        hist.append(dict(yr=yr, fy=fy, A=A, C=C, W=W, U=A - C - W, R=rate(C, A)))
    h5, h6 = hist[1], hist[2]
    H.append('<table class="num"><tr><th>区分</th>' + "".join(f"<th>{h['yr']}</th>" for h in hist) + '<th>増減（令和6年度−R5）</th></tr>')
    for lab, k, met in [("調定額", "A", "assessed"), ("収入済額", "C", "collected"), ("不納欠損額", "W", "written_off"), ("収入未済額", "U", "outstanding"), ("収納率", "R", "collection_rate")]:
        tds = []
        for h in hist:
            if k == "R":
                sv = f"{h[k]:.2f}"; G.f(P, d, raw, h["fy"], h["yr"], "total", met, "actual", h[k], "percent", sv)
            else:
                sv = c(h[k]); G.f(P, d, raw, h["fy"], h["yr"], "total", met, "actual", h[k] * K, "yen", sv)
            tds.append(f'<td class="n">{sv}</td>')
        if k == "R":
            dv = round(h6["R"] - h5["R"], 2); ds = ("△" if dv < 0 else "") + f"{abs(dv):.2f}"
            G.f(P, d, raw, 2024, "令和6年度", "total", "difference", "actual", dv, "points", ds)
        else:
            dv = h6[k] - h5[k]; ds = c(dv)
            G.f(P, d, raw, 2024, "令和6年度", "total", "difference", "actual", dv * K, "yen", ds)
        H.append(f'<tr><td>{lab}</td>{"".join(tds)}<td class="n">{ds}</td></tr>')
    H.append('</table>')
    # targets vs results, two heading blocks side by side
    H.append('<h3>２　目標と実績（収納率）</h3><p class="note right">（単位：％）</p><table class="num"><tr><th rowspan="2">区分</th><th colspan="3">令和６年度</th><th colspan="1">令和７年度</th></tr>'
             '<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th></tr>')
    cur_act = None
    rv = rowvals([r for _, rows in SECTIONS for r in rows if r[1] == d][0])
    for lab, seg, t6, t7 in s["tg"]:
        act = rv["cr"] if seg == "current" else rv["ar"]
        ach = round(act / t6 * 100, 1)
        H.append(f'<tr><td>{lab}</td><td class="n">{G.f(P,d,raw,2024,"令和６年度",seg,"collection_rate","target",t6,"percent",f"{t6:.2f}")}</td>'
                 f'<td class="n">{G.f(P,d,raw,2024,"令和６年度",seg,"collection_rate","actual",act,"percent",f"{act:.2f}")}</td>'
                 f'<td class="n">{G.f(P,d,raw,2024,"令和６年度",seg,"achievement_rate","actual",ach,"percent",f"{ach:.1f}")}</td>'
                 f'<td class="n">{G.f(P,d,raw,2025,"令和７年度",seg,"collection_rate","target",t7,"percent",f"{t7:.2f}")}</td></tr>')
    H.append('</table>')
    u6, du = h6["U"], h5["U"] - h6["U"]
    txt = s["text"].format(u=c(u6), d=c(du))
    G.f(P, d, raw, 2024, "令和６年度", "total", "outstanding", "actual", u6 * K, "yen", f"{c(u6)}千円")
    G.f(P, d, raw, 2024, "令和６年度", "total", "difference", "actual", -du * K, "yen", f"{c(du)}千円減少")
    # 現状と課題 cell beside interim bullets
    mids = "".join(f'<li>{lab} {G.f(P,d,raw,2025,"令和7年9月末","" + seg,"collection_rate","interim",v,"percent",f"{v:.2f}％",as_of="2025-09-30")}'
                   f'（前年同月 {G.f(P,d,raw,2024,"前年同月","" + seg,"collection_rate","interim",pv,"percent",f"{pv:.2f}％",as_of="2024-09-30")}）</li>' for lab, seg, v, pv in s["mid"])
    H.append(f'<h3>３　現状と課題</h3><table><tr><th style="width:58%">現状と課題</th><th>収納状況（速報）</th></tr><tr><td style="vertical-align:top">{txt}</td>'
             f'<td style="vertical-align:top"><b>【収納率】令和7年9月末時点</b><ul style="margin:2px 0 0 14px;padding:0">{mids}</ul></td></tr></table>')
    H.append('<h3>４　令和７年度の取組</h3><div class="box">')
    for lab, t, st in s["items"]:
        G.i(P, d, 2025, "令和７年度の取組", lab, t, st)
        if st == "拡充":
            H.append(f'<p style="margin:3px 0">{lab} {t}<br>　【{st}】</p>')
        else:
            H.append(f'<p style="margin:3px 0">{lab} {t}【{st}】</p>')
    H.append('</div></div>')

# ---------------- p6 monthly + chart
P = 6
prev = [9.85, 18.40, 30.12, 41.77, 49.30, 57.96, 64.85, 71.20, 80.34, 86.71, 91.05, 97.36]
curr = [10.12, 18.95, 30.64, 42.10, 49.88, 58.64, None, None, None, None, None, None]
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
import calendar
def eom(y, m): return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
H.append('<div class="pg"><h2>参考１　市税（現年度分）月別収納状況（令和６年度・令和７年度）</h2>'
         '<p class="note">各月末現在の累計収納率。前年度＝令和６年度、本年度＝令和７年度。（単位：％）</p>'
         '<table class="num" style="width:70%"><tr><th>月末</th><th>前年度</th><th>本年度</th><th>差</th></tr>')
for m, pv, cv in zip(months, prev, curr):
    yp = 2024 if m >= 4 else 2025
    G.f(P, "市税", "市税", 2024, "前年度", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}", as_of=eom(yp, m))
    if cv is None:
        H.append(f'<tr><td>{m}月末</td><td class="n">{pv:.2f}</td><td class="n">－</td><td class="n">－</td></tr>')
    else:
        G.f(P, "市税", "市税", 2025, "本年度", "current", "collection_rate", "interim", cv, "percent", f"{cv:.2f}", as_of=eom(yp + 1, m))
        dv = round(cv - pv, 2)
        G.f(P, "市税", "市税", 2025, "本年度", "current", "difference", "interim", dv, "points", f"{dv:.2f}", as_of=eom(yp + 1, m))
        H.append(f'<tr><td>{m}月末</td><td class="n">{pv:.2f}</td><td class="n">{cv:.2f}</td><td class="n">{dv:.2f}</td></tr>')
H.append('</table><p class="note">※ ３月末の数値は出納整理期間前のものであり、決算の収納率とは一致しない。</p>')
H.append('<h2 style="margin-top:14px">参考２　国民健康保険税の収入未済額の推移（各年度末・千円）</h2>')
chart = [("R2", 2020, 402_115), ("R3", 2021, 390_870), ("R4", 2022, 373_325), ("R5", 2023, 335_825), ("R6", 2024, 288_897)]
chart[2] = ("R4", 2022, SHEETS[0]["hist"][0][2] - SHEETS[0]["hist"][0][3] - SHEETS[0]["hist"][0][4])
chart[3] = ("R5", 2023, SHEETS[0]["hist"][1][2] - SHEETS[0]["hist"][1][3] - SHEETS[0]["hist"][1][4])
chart[4] = ("R6", 2024, SHEETS[0]["hist"][2][2] - SHEETS[0]["hist"][2][3] - SHEETS[0]["hist"][2][4])
mx = max(v for _, _, v in chart)
H.append('<div class="chart">' + "".join(
    f'<div class="bar" style="height:{int(v / mx * 120)}px"><span>{G.f(P,"国民健康保険税","国民健康保険税",fy,y,"total","outstanding","actual",v*K,"yen",c(v))}</span></div>'
    for y, fy, v in chart) + '</div><div class="xl">' + "".join(f"<div>{y}</div>" for y, _, _ in chart) + '</div>')
H.append('<p class="note">（年度）　資料：保険課調べ</p></div>')

html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(H)}</body></html>'
os.makedirs("/tmp/pn_work", exist_ok=True)
hp = "/tmp/pn_work/nogata.html"
open(hp, "w", encoding="utf-8").write(html)
pdf = os.path.join(SET, "pdf", STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", "file://" + hp], check=True, capture_output=True)
G.write(STEM, "committee_material", "kobetsu", "直方市", "令和７年度 第２回直方市債権管理対策会議 資料", "2025-11-18", "令和７年１１月１８日（火）")
