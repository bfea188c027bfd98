"""pf_akitakata_progress_1: 安芸高田市 令和7年度 市税等の収納状況（12月末）及び後半の取組 — HTML/CSS -> chromium."""
import subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pf_common import Gold, c, rate, zen, era, check, ROOT

STEM = "pf_akitakata_progress_1"
G = Gold(STEM, "progress_report", "progress", "安芸高田市",
         "令和7年度 市税等の収納状況及び後半の取組について（令和7年12月末現在）", "2026-01-30", "令和8年1月30日")
FY, PFY = 2025, 2024
ASOF, PASOF = "2025-12-31", "2024-12-31"

# key: (canonical, short name printed in tables, full name, section, prev-year rate factors)
DEBTS = [
    ("shizei", "市税", "市税", "市税", "一般"),
    ("hoiku", "保育所保育料", "保育料", "保育所保育料", "一般"),
    ("jutaku", "市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般"),
    ("kokuho", "国民健康保険料", "国保税", "国民健康保険税", "特別"),
    ("kaigo", "介護保険料", "介護料", "介護保険料", "特別"),
    ("koki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別"),
]
# 12月末 amounts in 千円: cur assessed, cur collected, arr assessed, arr collected ; previous same month the same
D = {
 "shizei": dict(ca=3412586, cc=2681204, aa=182437, ac=41268, pca=3371904, pcc=2637150, paa=190515, pac=41809),
 "hoiku":  dict(ca=48215, cc=40118, aa=6842, ac=1103, pca=49620, pcc=41135, paa=7318, pac=1248),
 "jutaku": dict(ca=96480, cc=79631, aa=21356, ac=2418, pca=97105, pcc=79402, paa=22841, pac=2832),
 "kokuho": dict(ca=612304, cc=398715, aa=148620, ac=27904, pca=631877, pcc=407434, paa=152306, pac=27339),
 "kaigo":  dict(ca=534118, cc=437502, aa=9215, ac=1884, pca=529406, pcc=432155, paa=9804, pac=1948),
 "koki":   dict(ca=182906, cc=150441, aa=1512, ac=642, pca=176233, pcc=145761, paa=1396, pac=560),
}
def agg(keys):
    out = {}
    for k in ["ca", "cc", "aa", "ac", "pca", "pcc", "paa", "pac"]:
        out[k] = sum(D[x][k] for x in keys)
    return out
GEN = [d[0] for d in DEBTS if d[4] == "一般"]
SPE = [d[0] for d in DEBTS if d[4] == "特別"]
D["sub_gen"] = agg(GEN); D["sub_spe"] = agg(SPE); D["all"] = agg(GEN + SPE)
NAME = {d[0]: (d[1], d[2]) for d in DEBTS}
NAME["sub_gen"] = (None, "小計"); NAME["sub_spe"] = (None, "小計"); NAME["all"] = (None, "合計")

CSS = """
@font-face { font-family: IPAG; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: IPAM; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }
body { font-family: IPAM; font-size: 10pt; line-height: 1.55; color: #111; }
h1 { font-family: IPAG; font-size: 15pt; text-align: center; margin: 2mm 0 1mm; }
h2 { font-family: IPAG; font-size: 12pt; margin: 4mm 0 2mm; border-left: 5px solid #2a5d8f; padding-left: 2mm; }
h3 { font-family: IPAG; font-size: 10.5pt; margin: 3mm 0 1mm; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.land { page: land; }
.date { text-align: right; font-size: 9.5pt; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; text-align: justify; }
.panels { display: flex; gap: 4mm; margin: 3mm 0; }
.panel { flex: 1; border: 1.2px solid #2a5d8f; border-radius: 2mm; padding: 2mm; text-align: center; font-family: IPAG; }
.panel .lab { font-size: 8.5pt; background: #2a5d8f; color: #fff; margin: -2mm -2mm 1.5mm; padding: 1mm; border-radius: 1.5mm 1.5mm 0 0; }
.panel .big { font-size: 16pt; color: #123; }
.panel .sub { font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
table.rule th, table.rule td { border: 0.6px solid #333; padding: 1.2mm 1.2mm; }
th { font-family: IPAG; font-weight: normal; background: #dde6f0; }
td.n { text-align: right; }
tr.sec td { background: #f2f2f2; font-family: IPAG; }
tr.sub td { background: #fafae8; }
tr.tot td { background: #ffeccc; font-family: IPAG; }
table.zebra th { background: #2a5d8f; color: #fff; padding: 1.5mm; }
table.zebra td { padding: 1.4mm 1.5mm; }
table.zebra tr:nth-child(even) td { background: #e8eef5; }
.note { font-size: 8.3pt; margin-top: 1mm; }
.cap { font-family: IPAG; font-size: 9.5pt; margin: 2mm 0 1mm; }
.unit { text-align: right; font-size: 8.5pt; }
.box { border: 1px solid #444; padding: 2mm 3mm; margin: 2mm 0; }
ul { margin: 0.5mm 0 1mm 0; padding-left: 5mm; }
.torikumi p { margin: 0.6mm 0 0.6mm 4mm; text-indent: -4mm; }
.foot { position: absolute; bottom: -8mm; width: 100%; text-align: center; font-size: 8.5pt; }
"""

pages = []

# ---------------- page 1: summary, panels, two-column prose ----------------
p = 1
s = D["shizei"]; k = D["kokuho"]; a = D["all"]
r_sc = rate(s["cc"], s["ca"]); r_sc_p = rate(s["pcc"], s["pca"]); d_sc = round(r_sc - r_sc_p, 2)
r_all = rate(a["cc"] + a["ac"], a["ca"] + a["aa"]); r_all_p = rate(a["pcc"] + a["pac"], a["pca"] + a["paa"])
d_all = round(r_all - r_all_p, 2)
unp_all = (a["ca"] + a["aa"] - a["cc"] - a["ac"])  # 千円, 12月末未収
unp_all_p = (a["pca"] + a["paa"] - a["pcc"] - a["pac"])
oku = round(unp_all / 100000, 1)   # 億円
r_kh = rate(k["cc"], k["ca"]); r_kh_p = rate(k["pcc"], k["pca"]); d_kh = round(r_kh - r_kh_p, 2)
arr_c = a["ac"]; arr_c_p = a["pac"]
panels = f"""
<div class="panels">
 <div class="panel"><div class="lab">市税（現年度分）収納率　R7.12月末</div>
  <div class="big">{G.f(p,"市税","市税",FY,"R7","current","collection_rate","interim",r_sc,"percent",f"{r_sc:.2f}％",as_of=ASOF)}</div>
  <div class="sub">前年同月比 {G.f(p,"市税","市税",FY,"R7","current","difference","interim",d_sc,"points",f"＋{d_sc:.2f}ポイント",as_of=ASOF)}</div></div>
 <div class="panel"><div class="lab">国保税（現年度分）収納率　R7.12月末</div>
  <div class="big">{G.f(p,"国民健康保険料","国保税",FY,"R7","current","collection_rate","interim",r_kh,"percent",f"{r_kh:.2f}％",as_of=ASOF)}</div>
  <div class="sub">前年同月比 {G.f(p,"国民健康保険料","国保税",FY,"R7","current","difference","interim",d_kh,"points",f"＋{d_kh:.2f}ポイント",as_of=ASOF)}</div></div>
 <div class="panel"><div class="lab">全債権 収入未済額　R7.12月末</div>
  <div class="big">{G.f(p,None,"全債権",FY,"R7","total","outstanding","interim",oku*100000000,"yen",f"{oku}億円",approx=False,as_of=ASOF)}</div>
  <div class="sub">（現年度分・滞納繰越分の合計）</div></div>
</div>"""
diff_unp = unp_all_p - unp_all   # 千円 decrease
man = round(diff_unp / 10)  # 万円
unp_man = round(unp_all / 10)
def okuman(m):  # 万円 -> 「x億y,yyy万円」
    o, r_ = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r_:,}万円" if r_ else "円")
col_text = f"""
<div class="cols">
<p>　本市の市税等の収納状況は、令和７年12月末現在、対象６債権の合計で調定額
{G.f(p,None,None,FY,"令和７年","total","assessed","interim",(a['ca']+a['aa'])*1000,"yen",c(a['ca']+a['aa'])+"千円",as_of=ASOF)}に対し、
収入済額は{G.f(p,None,None,FY,"令和７年","total","collected","interim",(a['cc']+a['ac'])*1000,"yen",c(a['cc']+a['ac'])+"千円",as_of=ASOF)}で、
収納率は{G.f(p,None,None,FY,"令和７年","total","collection_rate","interim",r_all,"percent",f"{r_all:.2f}％",as_of=ASOF)}となりました。
前年同月の{G.f(p,None,None,PFY,"前年同月","total","collection_rate","interim",r_all_p,"percent",f"{r_all_p:.2f}％",as_of=PASOF)}と比べ、
{G.f(p,None,None,FY,"令和７年","total","difference","interim",d_all,"points",f"{d_all:.2f}ポイント上昇",as_of=ASOF)}しています。</p>
<p>　債権別にみると、市税の現年度分は前年同月を上回って推移しており、個人市民税の特別徴収分が堅調であったことに加え、
スマートフォン決済の利用が定着したことが要因と考えられます。一方、後期高齢者医療保険料の現年度分は、
被保険者数の増加に伴う新規賦課分の納付が遅れ、前年同月をやや下回っています。</p>
<p>　12月末時点の収入未済額（現年度分と滞納繰越分の合計）は
約{G.f(p,None,None,FY,"令和７年","total","outstanding","interim",unp_man*10000,"yen",okuman(unp_man),approx=True,as_of=ASOF)}で、
前年同月から約{G.f(p,None,None,FY,"令和７年","total","difference","interim",-man*10000,"yen",f"{man:,}万円減少",approx=True,as_of=ASOF)}しました。</p>
<p>　滞納繰越分の収入済額は{G.f(p,None,"滞納繰越分",FY,"令和７年","arrears","collected","interim",arr_c*1000,"yen",c(arr_c)+"千円",as_of=ASOF)}で、
前年同月の{G.f(p,None,"滞納繰越分",PFY,"前年同月","arrears","collected","interim",arr_c_p*1000,"yen",c(arr_c_p)+"千円",as_of=PASOF)}をわずかに下回りました。
高額・困難案件を広島県地方税滞納整理機構へ引き継いだことにより、年度後半に収納が見込まれます。</p>
<p>　今後は、出納整理期間までを「後半の取組期間」と位置付け、年度末の収納率見込みを踏まえた重点取組を進めます（４ページ以降）。</p>
</div>"""
pages.append(f"""<div class="page">
<div class="date">令和８年１月30日<br>安芸高田市 総務部 税務課・収納対策室</div>
<h1>令和７年度 市税等の収納状況及び後半の取組について</h1>
<div style="text-align:center;font-family:IPAG;">（令和７年12月末現在）</div>
<h2>１　収納状況の概況</h2>
{panels}
{col_text}
<div class="note">※ 対象債権：市税、保育所保育料、市営住宅使用料、国民健康保険税、介護保険料、後期高齢者医療保険料の６債権</div>
<div class="foot">－１－</div></div>""")

# ---------------- page 2: landscape wide table (sections, 3-level header) ----------------
p = 2
def tr_row(key, cls=""):
    x = D[key]; can, short = NAME[key]
    cells = [f"<td>{short}</td>"]
    for seg, A, C, PA, PC in (("current", "ca", "cc", "pca", "pcc"), ("arrears", "aa", "ac", "paa", "pac")):
        r = rate(x[C], x[A]); pr = rate(x[PC], x[PA]); d = round(r - pr, 2)
        cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末",seg,"assessed","interim",x[A]*1000,"yen",c(x[A]),as_of=ASOF)}</td>')
        cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末",seg,"collected","interim",x[C]*1000,"yen",c(x[C]),as_of=ASOF)}</td>')
        cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末",seg,"collection_rate","interim",r,"percent",f"{r:.2f}",as_of=ASOF)}</td>')
        cells.append(f'<td class="n">{G.f(p,can,short,PFY,"前年同月",seg,"collection_rate","interim",pr,"percent",f"{pr:.2f}",as_of=PASOF)}</td>')
        cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末",seg,"difference","interim",d,"points",c(d,2),as_of=ASOF)}</td>')
    ta, tc = x["ca"] + x["aa"], x["cc"] + x["ac"]; tr_ = rate(tc, ta)
    cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末","total","assessed","interim",ta*1000,"yen",c(ta),as_of=ASOF)}</td>')
    cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末","total","collected","interim",tc*1000,"yen",c(tc),as_of=ASOF)}</td>')
    cells.append(f'<td class="n">{G.f(p,can,short,FY,"令和7年12月末","total","collection_rate","interim",tr_,"percent",f"{tr_:.2f}",as_of=ASOF)}</td>')
    return f'<tr class="{cls}">' + "".join(cells) + "</tr>"
rows = ['<tr class="sec"><td colspan="14">【一般会計】</td></tr>']
rows += [tr_row(k_) for k_ in GEN] + [tr_row("sub_gen", "sub")]
rows += ['<tr class="sec"><td colspan="14">【特別会計】</td></tr>']
rows += [tr_row(k_) for k_ in SPE] + [tr_row("sub_spe", "sub"), tr_row("all", "tot")]
jut_out = 8412
pages.append(f"""<div class="page land">
<h2>２　債権別の収納状況（令和７年12月末現在）</h2>
<div class="unit">単位：千円、％</div>
<table class="rule">
<tr><th rowspan="3">債権名</th><th colspan="13">令和７年12月末現在</th></tr>
<tr><th colspan="5">現年度分</th><th colspan="5">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額※1</th><th>収入済額</th><th>収納率</th><th>前年同月<br>収納率</th><th>差</th>
<th>調定額※1</th><th>収入済額</th><th>収納率</th><th>前年同月<br>収納率</th><th>差</th>
<th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<div class="note">※1 調定額は12月末現在の累計調定額（減額更正後）です。<br>
※2 住宅使用料の滞納繰越分には、退去者に係る収入未済額（うち退去者分
{G.f(p,"市営住宅使用料","住宅使用料",FY,"令和7年12月末","arrears","outstanding","interim",jut_out*1000,"yen",c(jut_out)+"千円",as_of=ASOF)}）を含みます。<br>
※3 「差」は収納率から前年同月収納率を差し引いたもの（ポイント）で、△は減少を示します。<br>
（凡例）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料</div>
<div class="foot">－２－</div></div>""")

# ---------------- page 3: district table (zebra) + bracket bullets ----------------
p = 3
AREAS = [("吉田地域", 0.382, 0.0012, 0.0, 612, 21), ("八千代地域", 0.124, -0.0031, 0.0058, 198, 6), ("美土里地域", 0.091, 0.0024, 0.0, 131, 4),
         ("高宮地域", 0.089, -0.0046, 0.0061, 144, 5), ("甲田地域", 0.151, 0.0008, 0.0, 236, 9), ("向原地域", 0.163, 0.0019, 0.0, 251, 8)]
s = D["shizei"]
rem_a, rem_c, rem_pa, rem_pc = s["ca"], s["cc"], s["pca"], s["pcc"]
arows = []
tot_del, tot_sz = 0, 0
for i, (nm, share, tilt, ptilt, dl, sz) in enumerate(AREAS):
    if i < len(AREAS) - 1:
        aa_ = round(s["ca"] * share); cc_ = round(aa_ * (s["cc"] / s["ca"] + tilt))
        pa_ = round(s["pca"] * share); pc_ = round(pa_ * (s["pcc"] / s["pca"] + tilt + ptilt))
        rem_a -= aa_; rem_c -= cc_; rem_pa -= pa_; rem_pc -= pc_
    else:
        aa_, cc_, pa_, pc_ = rem_a, rem_c, rem_pa, rem_pc
    r = rate(cc_, aa_); pr = rate(pc_, pa_); d = round(r - pr, 2)
    tot_del += dl; tot_sz += sz
    arows.append(f"""<tr><td>{nm}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","current","assessed","interim",aa_*1000,"yen",c(aa_),as_of=ASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","current","collected","interim",cc_*1000,"yen",c(cc_),as_of=ASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","current","collection_rate","interim",r,"percent",f"{r:.2f}",as_of=ASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",PFY,"前年同期","current","collection_rate","interim",pr,"percent",f"{pr:.2f}",as_of=PASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","current","difference","interim",d,"points",c(d,2),as_of=ASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","total","delinquents","interim",dl,"persons",f"{dl:,}",as_of=ASOF,area=nm)}</td>
<td class="n">{G.f(p,"市税","市税",FY,"今期","total","seizures","interim",sz,"cases",str(sz),as_of=ASOF,area=nm)}</td></tr>""")
r = rate(s["cc"], s["ca"]); pr = rate(s["pcc"], s["pca"]); d = round(r - pr, 2)
arows.append(f"""<tr style="font-family:IPAG"><td>合計</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","current","assessed","interim",s['ca']*1000,"yen",c(s['ca']),as_of=ASOF)}</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","current","collected","interim",s['cc']*1000,"yen",c(s['cc']),as_of=ASOF)}</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","current","collection_rate","interim",r,"percent",f"{r:.2f}",as_of=ASOF)}</td>
<td class="n">{G.f(p,"市税","合計",PFY,"前年同期","current","collection_rate","interim",pr,"percent",f"{pr:.2f}",as_of=PASOF)}</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","current","difference","interim",d,"points",c(d,2),as_of=ASOF)}</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","total","delinquents","interim",tot_del,"persons",f"{tot_del:,}",as_of=ASOF)}</td>
<td class="n">{G.f(p,"市税","合計",FY,"今期","total","seizures","interim",tot_sz,"cases",str(tot_sz),as_of=ASOF)}</td></tr>""")
k = D["kokuho"]; kr = rate(k["cc"], k["ca"]); kar = rate(k["ac"], k["aa"]); kpr = rate(k["pcc"], k["pca"]); kpar = rate(k["pac"], k["paa"])
kt = rate(k["cc"] + k["ac"], k["ca"] + k["aa"])
kv = D["kaigo"]; vr = rate(kv["cc"], kv["ca"]); var_ = rate(kv["ac"], kv["aa"])
pages.append(f"""<div class="page">
<h2>３　地域別の状況（市税）</h2>
<div class="cap">表３　地域別 市税（現年度分）の収納状況 ― 令和７年12月末現在と前年同期の比較</div>
<table class="zebra">
<tr><th>地域</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）<br>今期</th><th>収納率（％）<br>前年同期</th><th>差<br>（ポイント）</th><th>滞納者数<br>（人）</th><th>差押件数<br>（件）</th></tr>
{''.join(arows)}
</table>
<div class="note">※ 地域は旧町の区域による。滞納者数は現年度分・滞納繰越分のいずれかに未納がある実人数。差押件数は４月から12月末までの累計。</div>
<p>　地域別では、吉田地域及び甲田地域が前年同期を上回った一方、八千代地域及び高宮地域で前年同期を下回りました。
高宮地域では農業所得に係る普通徴収分の納期内納付が伸び悩んでおり、支所と連携した納付勧奨を強化します。</p>
<h2>４　国民健康保険税・介護保険料の状況</h2>
<div class="box">
<div style="font-family:IPAG">【収納率】令和７年12月末時点　国民健康保険税</div>
<ul style="list-style:none;padding-left:2mm">
<li>・現年分　{G.f(p,"国民健康保険料","国民健康保険税",FY,"令和７年12月末","current","collection_rate","interim",kr,"percent",f"{kr:.2f}％",as_of=ASOF)}（前年同月 {G.f(p,"国民健康保険料","国民健康保険税",PFY,"前年同月","current","collection_rate","interim",kpr,"percent",f"{kpr:.2f}％",as_of=PASOF)}）</li>
<li>・滞繰分　{G.f(p,"国民健康保険料","国民健康保険税",FY,"令和７年12月末","arrears","collection_rate","interim",kar,"percent",f"{kar:.2f}％",as_of=ASOF)}（前年同月 {G.f(p,"国民健康保険料","国民健康保険税",PFY,"前年同月","arrears","collection_rate","interim",kpar,"percent",f"{kpar:.2f}％",as_of=PASOF)}）</li>
<li>・合計　{G.f(p,"国民健康保険料","国民健康保険税",FY,"令和７年12月末","total","collection_rate","interim",kt,"percent",f"{kt:.2f}％",as_of=ASOF)}</li>
</ul>
<div style="font-family:IPAG">【収納率】令和７年12月末時点　介護保険料</div>
<ul style="list-style:none;padding-left:2mm">
<li>・現年分　{G.f(p,"介護保険料","介護保険料",FY,"令和７年12月末","current","collection_rate","interim",vr,"percent",f"{vr:.2f}％",as_of=ASOF)}</li>
<li>・滞繰分　{G.f(p,"介護保険料","介護保険料",FY,"令和７年12月末","arrears","collection_rate","interim",var_,"percent",f"{var_:.2f}％",as_of=ASOF)}</li>
</ul></div>
<p>　国民健康保険税は、現年分・滞繰分ともに前年同月を上回っていますが、被保険者の減少により調定額は前年同月から
{G.f(p,"国民健康保険料","国民健康保険税",FY,"令和７年12月末","current","difference","interim",(k['ca']-k['pca'])*1000,"yen",c(k['ca']-k['pca'])+"千円",as_of=ASOF)}となっています（現年度分）。</p>
<div class="foot">－３－</div></div>""")

# ---------------- page 4: monthly table + bar chart ----------------
p = 4
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
cur = [9.84, 22.37, 33.05, 41.62, 49.18, 56.43, 63.07, 70.66, 78.57]
prev = [9.51, 21.96, 32.74, 41.20, 48.93, 56.02, 62.71, 70.35, 78.21, 83.64, 90.12, 97.38]
assert cur[8] == rate(D["shizei"]["cc"], D["shizei"]["ca"]) and prev[8] == rate(D["shizei"]["pcc"], D["shizei"]["pca"])
import calendar
def me(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
hdr = "".join(f"<th>{m}月末</th>" for m in MONTHS)
def mrow(fy, lab, vals):
    tds = []
    for i, m in enumerate(MONTHS):
        if i < len(vals):
            tds.append(f'<td class="n">{G.f(p,"市税","市税",fy,lab,"current","collection_rate","interim",vals[i],"percent",f"{vals[i]:.2f}",as_of=me(fy,m))}</td>')
        else:
            tds.append('<td class="n">－</td>')
    return f"<tr><th>{lab}</th>{''.join(tds)}</tr>"
# bar chart: 収入未済額 (全債権, 決算) 百万円
BARS = [(2021, "R3", 412.6, "actual"), (2022, "R4", 398.1, "actual"), (2023, "R5", 371.4, "actual"),
        (2024, "R6", 352.8, "actual"), (2025, "R7見込", 338.0, "estimate")]
svg = ['<svg width="600" height="230" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAG">',
       '<line x1="50" y1="190" x2="580" y2="190" stroke="#333"/>', '<line x1="50" y1="20" x2="50" y2="190" stroke="#333"/>']
for tick in (0, 100, 200, 300, 400):
    y = 190 - tick * 0.38
    svg.append(f'<text x="44" y="{y+4}" font-size="9" text-anchor="end">{tick}</text>')
    svg.append(f'<line x1="50" y1="{y}" x2="580" y2="{y}" stroke="#ccc" stroke-width="0.5"/>')
for i, (fy, lab, v, b) in enumerate(BARS):
    x = 80 + i * 100; h = v * 0.38
    col = "#2a5d8f" if b == "actual" else "#9bb7d4"
    svg.append(f'<rect x="{x}" y="{190-h}" width="50" height="{h}" fill="{col}"/>')
    raw = G.f(p, None, None, fy, lab, "total", "outstanding", b, v * 1000000, "yen", f"{v:.1f}")
    svg.append(f'<text x="{x+25}" y="{190-h-4}" font-size="10" text-anchor="middle">{raw}</text>')
    svg.append(f'<text x="{x+25}" y="206" font-size="10" text-anchor="middle">{lab}</text>')
svg.append('<text x="52" y="14" font-size="9">（百万円）</text></svg>')
r6 = 352.8
pages.append(f"""<div class="page">
<h2>５　市税（現年度分）の月別収納状況</h2>
<div class="cap">表４　月別収納状況（市税・現年度分、各月末累計）</div>
<div class="unit">（単位：％）</div>
<table class="rule" style="font-size:8pt">
<tr><th>年度</th>{hdr}</tr>
{mrow(FY,"令和７年度",cur)}
{mrow(PFY,"令和６年度",prev)}
</table>
<div class="note">※ 各月末時点の累計収入済額を累計調定額で除したもの。令和７年度の１月末以降は未到来のため「－」としています。</div>
<p>　令和７年度は、４月末から12月末まで一貫して前年度同月を上回って推移しています。前年度の３月末収納率を基準とすると、
年度末には前年度を上回る水準での着地が見込まれます。</p>
<h2>６　収入未済額の推移（全債権）</h2>
<div class="cap">図１　収入未済額（現年度分＋滞納繰越分、出納閉鎖時点）の推移</div>
{''.join(svg)}
<div class="note">※ R3～R6は決算額、R7は決算見込額。対象は１ページの６債権の合計。</div>
<p>　令和６年度決算の収入未済額は{G.f(p,None,None,2024,"令和６年度","total","outstanding","actual",r6*1000000,"yen","3億5,280万円")}で、
令和３年度（{G.f(p,None,None,2021,"令和３年度","total","outstanding","actual",412.6*1000000,"yen","4億1,260万円")}）から
約{G.f(p,None,None,2024,"令和６年度","total","difference","actual",-59800000,"yen","5,980万円縮減",approx=True)}しました。
令和７年度は決算見込で約{G.f(p,None,None,2025,"令和７年度","total","outstanding","estimate",338000000,"yen","3億3,800万円",approx=True)}を見込んでいます。</p>
<div class="foot">－４－</div></div>""")

# ---------------- page 5-6: 年度末見込 & 後半の取組 ----------------
# year-end targets / estimates / previous actuals (rates, %)
YE = {
 "shizei": dict(act=(99.12, 31.84, 97.45), tgt=(99.20, 32.00, 97.60), est=(99.25, 32.40, 97.71)),
 "kokuho": dict(act=(93.41, 22.10, 83.96), tgt=(93.60, 23.00, 84.50), est=(93.85, 23.40, 84.92)),
 "kaigo":  dict(act=(99.02, 24.75, 97.88), tgt=(99.05, 25.00, 97.90), est=(98.98, 24.60, 97.84)),
 "koki":   dict(act=(99.51, 55.20, 99.38), tgt=(99.55, 55.00, 99.40), est=(99.47, 54.10, 99.33)),
 "hoiku":  dict(act=(98.60, 18.30, 92.15), tgt=(98.70, 20.00, 92.60), est=(98.74, 19.20, 92.48)),
 "jutaku": dict(act=(97.85, 12.94, 82.01), tgt=(98.00, 14.00, 82.50), est=(97.92, 13.10, 82.33)),
}
TOR = {
 "shizei": [("(1)", "12月末時点の現年度未納者に対し、１月に一斉催告書を送付し、２月以降は電話催告と財産調査を並行して実施する。", "継続"),
            ("(2)", "給与照会・預貯金照会の電子化（オンライン照会）を拡大し、差押えまでの期間を短縮する。", "拡充"),
            ("(3)", "高額・困難案件（滞納額50万円以上）は広島県地方税滞納整理機構へ引き継ぎ、滞納処分を進める。", "継続")],
 "kokuho": [("(1)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
            ("(2)", "資格喪失後の未納者に対し、文書催告と居所調査を行う。", "新規"),
            ("(3)", "税務課との併任職員による合同滞納処分を２月に実施する。", None)],
 "kaigo":  [("(1)", "普通徴収の未納者に対し、給付制限の説明を添えた催告書を送付する。", "継続"),
            ("(2)", "年金天引き開始前の未納期間について、口座振替の勧奨を行う。", None)],
 "koki":   [("(1)", "新規加入者に対し、納付方法の案内と口座振替依頼書を同封した通知を送付する。", "拡充")],
 "hoiku":  [("(1)", "在園児の未納世帯に対し、園と連携して面談による納付指導を行う。", "継続"),
            ("(2)", "児童手当からの申出徴収を積極的に案内する。", "継続")],
 "jutaku": [("(1)", "３か月以上滞納者に対し、連帯保証人への通知と明渡請求の予告を行う。", "継続"),
            ("(2)", "退去者分の長期未納債権について、支払督促の申立てを検討する。", "新規")],
}
ORDER = ["shizei", "kokuho", "kaigo", "koki", "hoiku", "jutaku"]
FULL = {d[0]: d[3] for d in DEBTS}
blocks = {5: [], 6: []}
for idx, key in enumerate(ORDER):
    p = 5 if idx < 3 else 6
    can, short = NAME[key]; full = FULL[key]; y = YE[key]
    def cell(fy, fyr, basis, seg, v):
        return f'<td class="n">{G.f(p,can,full,fy,fyr,seg,"collection_rate",basis,v,"percent",f"{v:.2f}")}</td>'
    trs = []
    for si, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        ach = round(y["est"][si] / y["tgt"][si] * 100, 1)
        trs.append(f"<tr><td>{lab}</td>{cell(PFY,'６年度決算','actual',seg,y['act'][si])}"
                   f"{cell(FY,'7年度目標','target',seg,y['tgt'][si])}{cell(FY,'7年度決算見込','estimate',seg,y['est'][si])}"
                   f'<td class="n">{G.f(p,can,full,FY,"7年度","total" if seg=="total" else seg,"achievement_rate","estimate",ach,"percent",f"{ach:.1f}")}</td></tr>')
    items = []
    for lab, text, st in TOR[key]:
        G.i(p, can, FY, "後半の取組", lab, text, st, debt_raw=full)
        tag = f"【{st}】" if st else ""
        items.append(f"<p>{lab}　{text}{tag}</p>")
    blocks[p].append(f"""<h3>（{zen(idx+1)}）{full}</h3>
<table class="rule" style="width:78%">
<tr><th rowspan="2">区分</th><th>決　算</th><th colspan="2">令和７年度</th><th rowspan="2">達成率</th></tr>
<tr><th>６年度</th><th>目標</th><th>決算見込</th></tr>
{''.join(trs)}</table>
<div class="torikumi">{''.join(items)}</div>""")
pages.append(f"""<div class="page">
<h2>７　年度末の収納率見込みと後半の取組</h2>
<div class="note">収納率（単位：％）。達成率＝決算見込÷目標×100。前年度（2024年度）決算は出納閉鎖後の確定値。</div>
{''.join(blocks[5])}
<div class="foot">－５－</div></div>""")
pages.append(f"""<div class="page">
{''.join(blocks[6])}
<div class="box" style="margin-top:4mm">【参考】前年度との比較（市税・計）<br>
・令和６年度決算　{G.f(6,"市税","市税",PFY,"令和６年度","total","collection_rate","actual",97.45,"percent","97.45％")}<br>
・令和５年度決算（2023年度）　{G.f(6,"市税","市税",2023,"令和５年度","total","collection_rate","actual",97.02,"percent","97.02％")}</div>
<div class="foot">－６－</div></div>""")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
work = Path("/tmp/pf_work"); work.mkdir(exist_ok=True)
hp = work / f"{STEM}.html"; hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", f"file://{hp}"], check=True, capture_output=True)
G.write(pdf)
check(STEM)
