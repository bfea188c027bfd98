"""福知山市 令和7年度第1回 債権管理対策本部会議 資料（取組個票） -- HTML/CSS -> chromium --print-to-pdf.
run from corpus/frozen38:  python3 build/fs_fukuchiyama_committee.py
"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import Gold, WORK, SET, zen, c, rate

STEM = "fs_fukuchiyama_committee_1"
CITY = "福知山市"
TITLE = "令和７年度第１回福知山市債権管理対策本部会議資料"
g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-22", "令和７年７月２２日")

YEARS = [2021, 2022, 2023, 2024]
EN = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度"}

# 千円. per debt: cur adj per year, cur rate target-ish, arr adj, arr rate, write-off
SPEC = {
    "市税": dict(ca=[9412330, 9538720, 9611480, 9702150], cr=[98.92, 99.01, 99.12, 99.20],
               aa=[402110, 371250, 338920, 311470], ar=[27.84, 29.12, 30.45, 31.76],
               wo=[18220, 16930, 15480, 14110], dept="税務課", kubun="強制徴収公債権",
               tgt=dict(cr=99.25, cr_prev=99.20, ar=32.50, ar_prev=31.50, out=248000),
               delinq=[3210, 3084, 2951, 2876]),
    "国民健康保険税": dict(ca=[1984520, 1951030, 1893460, 1842710], cr=[94.21, 94.48, 94.77, 95.02],
                    aa=[358940, 339720, 318150, 296880], ar=[21.36, 22.05, 23.41, 24.18],
                    wo=[21480, 20360, 18910, 17240], dept="保険年金課", kubun="強制徴収公債権",
                    tgt=dict(cr=95.20, cr_prev=95.00, ar=25.00, ar_prev=24.50, out=300000),
                    delinq=[2412, 2337, 2250, 2168]),
    "保育料": dict(ca=[231480, 224610, 218350, 212940], cr=[98.41, 98.55, 98.62, 98.80],
                aa=[18820, 17460, 16230, 14890], ar=[19.62, 21.07, 22.53, 24.11],
                wo=[1120, 980, 1040, 860], dept="子ども政策課", kubun="強制徴収公債権",
                tgt=dict(cr=98.90, cr_prev=98.80, ar=25.00, ar_prev=23.00, out=12500),
                delinq=[214, 198, 187, 171]),
    "市営住宅使用料": dict(ca=[286410, 282950, 279330, 275120], cr=[96.88, 97.02, 97.21, 97.35],
                    aa=[64220, 62150, 59830, 57410], ar=[12.41, 13.18, 14.02, 14.87],
                    wo=[2310, 2150, 2470, 1980], dept="住宅課", kubun="私債権",
                    tgt=dict(cr=97.50, cr_prev=97.40, ar=15.50, ar_prev=15.00, out=54000),
                    delinq=[402, 391, 377, 365]),
}
D = {}
for name, s in SPEC.items():
    yrs = {}
    for i, y in enumerate(YEARS):
        ca, aa, wo = s["ca"][i], s["aa"][i], s["wo"][i]
        cc = round(ca * s["cr"][i] / 100)
        ac = round(aa * s["ar"][i] / 100)
        co = ca - cc
        ao = aa - ac - wo
        yrs[y] = dict(ca=ca, cc=cc, cr=rate(cc, ca), co=co, cw=0, aa=aa, ac=ac, ar=rate(ac, aa), aw=wo,
                      ao=ao, ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa), tw=wo, to=co + ao,
                      dl=s["delinq"][YEARS.index(y)])
    D[name] = yrs


def f2(x):
    return f"{x:.2f}"


CSS = """
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 14mm 13mm 14mm 13mm; }
body { font-family: G; font-size: 9pt; color: #000; margin: 0; }
.page { page-break-after: always; position: relative; min-height: 262mm; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 20pt; text-align: center; margin-top: 70mm; font-weight: normal; letter-spacing: 2pt; }
h2 { font-size: 12pt; margin: 0 0 3mm 0; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1mm; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
td, th { border: 0.6pt solid #444; padding: 1.2mm 1.5mm; font-size: 8.3pt; }
th { background: #dde6f0; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
.unit { text-align: right; font-size: 8pt; margin: 0; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
.strip td { font-size: 9.5pt; }
.strip td.l { background: #1f4e79; color: #fff; width: 15%; text-align: center; }
.zebra tr:nth-child(even) td { background: #f0f0f0; }
.zebra td, .zebra th { border: none; }
.zebra th { background: #595959; color: #fff; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; width: 6mm; }
.box { border: 1pt solid #000; padding: 2mm 3mm; margin: 1mm 0 1mm 0; }
.cap { font-size: 9pt; margin: 3mm 0 1mm 0; }
.src { font-size: 7.5pt; text-align: right; margin-top: 0; }
.stack { line-height: 1.35; }
.toc td { border: none; border-bottom: 0.5pt dotted #666; font-size: 10.5pt; padding: 2.5mm 2mm; }
.items { line-height: 1.55; font-size: 8.5pt; }
.right { text-align: right; }
"""

pages = []


def fact(pg, debt, draw, fy, fyraw, seg, metric, basis, v, unit, raw, **kw):
    g.fact(pg, debt, draw, fy, fyraw, seg, metric, basis, v, unit, raw, **kw)


# ---------------- page 1: cover ----------------
pages.append(f"""<div class="page"><p class="right">資料</p>
<h1>令和７年度 第１回<br>福知山市債権管理対策本部会議</h1>
<p style="text-align:center;font-size:13pt;margin-top:10mm">― 主要債権の取組個票 ―</p>
<p style="text-align:center;font-size:11pt;margin-top:60mm">令和７年７月２２日</p>
<p style="text-align:center;font-size:11pt">福知山市 総務部 債権管理課</p></div>""")

# ---------------- page 2: 目次 ----------------
toc = [("１", "主要債権の収納状況（令和５年度・令和６年度決算）", 3), ("２", "取組個票（市税）", 4),
       ("３", "取組個票（国民健康保険税）", 5), ("４", "取組個票（保育料）", 6), ("５", "取組個票（市営住宅使用料）", 7)]
rows = "".join(f"<tr><td style='width:8%'>{a}</td><td>{b}</td><td class='n'>{zen(p)}ページ</td></tr>" for a, b, p in toc)
pages.append(f"""<div class="page"><h2>目　次</h2><table class="toc">{rows}</table>
<p style="margin-top:8mm;font-size:9pt">※ 本資料の金額は、特に記載のない限り千円未満を切り捨てて表示している。</p>
<div class="pno">－ １ －</div></div>""")

# ---------------- page 3: summary, merged row labels + 3-level headers ----------------
pg = 3
hdr = ("<tr><th rowspan=3 colspan=2>債　権</th><th rowspan=3>区分</th><th colspan=10>決　算</th></tr>"
       "<tr><th colspan=5>令和５年度</th><th colspan=5>令和６年度</th></tr><tr>"
       + "<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th>" * 2 + "</tr>")
body = ""
names = list(D)
for k, name in enumerate(names):
    for si, (seg, lab, pre) in enumerate((("current", "現年", "c"), ("arrears", "滞繰", "a"), ("total", "計", "t"))):
        tr = "<tr>"
        if k == 0 and si == 0:
            tr += "<td rowspan=9 class='vert'>強制徴収公債権</td>"
        if k == 3 and si == 0:
            tr += "<td rowspan=3 class='vert'>私債権</td>"
        if si == 0:
            tr += f"<td rowspan=3>{name}</td>"
        tr += f"<td>{lab}</td>"
        for y in (2023, 2024):
            v = D[name][y]
            vals = [("assessed", v[pre + "a"]), ("collected", v[pre + "c"]), ("written_off", v[pre + "w"]),
                    ("outstanding", v[pre + "o"])]
            for metric, x in vals:
                tr += f"<td class='n'>{c(x) if x else '－'}</td>"
                if x:
                    fact(pg, name, name, y, EN[y], seg, metric, "actual", x * 1000, "yen", c(x))
            tr += f"<td class='n'>{f2(v[pre + 'r'])}</td>"
            fact(pg, name, name, y, EN[y], seg, "collection_rate", "actual", v[pre + "r"], "percent", f2(v[pre + "r"]))
        body += tr + "</tr>"
# 合計
tr = "<tr><th colspan=3>合　計</th>"
for y in (2023, 2024):
    ta = sum(D[n][y]["ta"] for n in names)
    tc = sum(D[n][y]["tc"] for n in names)
    tw = sum(D[n][y]["tw"] for n in names)
    to = sum(D[n][y]["to"] for n in names)
    trr = rate(tc, ta)
    for metric, x in (("assessed", ta), ("collected", tc), ("written_off", tw), ("outstanding", to)):
        tr += f"<td class='n'><b>{c(x)}</b></td>"
        fact(pg, None, "合計", y, EN[y], "total", metric, "actual", x * 1000, "yen", c(x))
    tr += f"<td class='n'><b>{f2(trr)}</b></td>"
    fact(pg, None, "合計", y, EN[y], "total", "collection_rate", "actual", trr, "percent", f2(trr))
    if y == 2024:
        to24, to23 = to, sum(D[n][2023]["to"] for n in names)
        tr24, tr23 = trr, rate(sum(D[n][2023]["tc"] for n in names), sum(D[n][2023]["ta"] for n in names))
body += tr + "</tr>"
diff_out = to24 - to23
pages.append(f"""<div class="page"><h2>１　主要債権の収納状況（令和５年度・令和６年度決算）</h2>
<p class="unit">（単位：千円、％）</p><table>{hdr}{body}</table>
<p style="font-size:8pt">※ 収納率＝収入済額÷調定額。区分の「滞繰」は滞納繰越分をいう。</p>
<div class="box">令和６年度決算における主要４債権の収入未済額の合計は{zen(c(to24))}千円で、前年度と比べて{zen(c(-diff_out))}千円減少しました。
合計の収納率は{zen(f2(tr24))}％で、前年度を{zen(f2(tr24 - tr23))}ポイント上回っています。</div>
<div class="pno">－ ２ －</div></div>""")
fact(pg, None, None, 2024, "令和６年度", "total", "outstanding", "actual", to24 * 1000, "yen", zen(c(to24)) + "千円")
fact(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", diff_out * 1000, "yen", zen(c(-diff_out)) + "千円減少")
fact(pg, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", tr24, "percent", zen(f2(tr24)) + "％")
fact(pg, None, None, 2024, "令和６年度", "total", "difference", "actual", round(tr24 - tr23, 2), "points",
     zen(f2(tr24 - tr23)) + "ポイント")


def multi_year(pg, name, draw, tgt, show_prev=True):
    """years as columns, two headings side by side (決算 | 目標); prev target in brackets"""
    y5 = EN[2025]
    h = ("<tr><th rowspan=2 colspan=2>区　分</th><th colspan=4>決　算</th><th>目　標</th></tr><tr>"
         + "".join(f"<th>{EN[y]}</th>" for y in YEARS) + f"<th>{y5}</th></tr>")
    b = ""
    spec = [("現年分", "current", "c", [("調定額", "assessed", "a"), ("収入済額", "collected", "c"), ("収納率", "collection_rate", "r")]),
            ("滞納繰越分", "arrears", "a", [("調定額", "assessed", "a"), ("収入済額", "collected", "c"), ("収納率", "collection_rate", "r")]),
            ("合計", "total", "t", [("収入未済額", "outstanding", "o")])]
    for seglab, seg, pre, mets in spec:
        for i, (mlab, metric, suf) in enumerate(mets):
            tr = "<tr>" + (f"<td rowspan={len(mets)}>{seglab}</td>" if i == 0 else "") + f"<td>{mlab}</td>"
            for y in YEARS:
                v = D[name][y][pre + suf]
                if metric == "collection_rate":
                    tr += f"<td class='n'>{f2(v)}</td>"
                    fact(pg, name, draw, y, EN[y], seg, metric, "actual", v, "percent", f2(v))
                else:
                    tr += f"<td class='n'>{c(v)}</td>"
                    fact(pg, name, draw, y, EN[y], seg, metric, "actual", v * 1000, "yen", c(v))
            # target column
            if metric == "collection_rate":
                k = "cr" if seg == "current" else "ar"
                t, tp = tgt[k], tgt[k + "_prev"]
                txt = f"{f2(t)}（{f2(tp)}）" if show_prev else f2(t)
                tr += f"<td class='n'>{txt}</td>"
                fact(pg, name, draw, 2025, y5, seg, metric, "target", t, "percent", f2(t))
                if show_prev:
                    fact(pg, name, draw, 2024, None, seg, metric, "target", tp, "percent", f"（{f2(tp)}）")
            elif metric == "outstanding":
                tr += f"<td class='n'>{c(tgt['out'])}</td>"
                fact(pg, name, draw, 2025, y5, "total", "outstanding", "target", tgt["out"] * 1000, "yen", c(tgt["out"]))
            else:
                tr += "<td class='n'>－</td>"
            b += tr + "</tr>"
    return f"<table>{h}{b}</table>"


def items_html(pg, name, items, section="令和７年度の取組内容", draw=None):
    out = []
    for lab, text, status in items:
        tag = f"【{status}】" if status else ""
        out.append(f"{lab}{text}{tag}")
        g.init(pg, name, 2025, section, lab, text, status, debt_raw=draw)
    return "<br>".join(out)


# ---------------- page 4: 市税 ----------------
pg = 4
name = "市税"
s = SPEC[name]
strip = (f"<table class='strip'><tr><td class='l'>債権名</td><td>{name}</td><td class='l'>所管課</td>"
         f"<td>{s['dept']}</td><td class='l'>債権区分</td><td>{s['kubun']}</td></tr></table>")
# 地域別 (本庁・支所) stacked cells: 収入未済額 over 収納率 (滞納繰越分), 令和6年度
AREAS = [("本庁管内", 166512, 31.42), ("三和支所管内", 10240, 33.05), ("夜久野支所管内", 8465, 32.61),
         ("大江支所管内", 13220, 31.88)]
assert sum(a[1] for a in AREAS) == D["市税"][2024]["ao"]
area_tot = sum(a[1] for a in AREAS)
ah = "<tr><th>区　分</th>" + "".join(f"<th>{a[0]}</th>" for a in AREAS) + "</tr>"
ab = "<tr><td>滞納繰越分<br>収入未済額（千円）<br>収納率（％）</td>"
for an, out, rr in AREAS:
    ab += f"<td class='n stack'>{c(out)}<br>{f2(rr)}</td>"
    fact(pg, name, name, 2024, "令和６年度", "arrears", "outstanding", "actual", out * 1000, "yen", c(out), area=an)
    fact(pg, name, name, 2024, "令和６年度", "arrears", "collection_rate", "actual", rr, "percent", f2(rr), area=an)
ab += "</tr>"
items = [("①", "納期限後２０日以内に督促状を発送し、督促後も未納の場合は翌月に文書催告とＳＭＳ催告を併せて行う。", "継続"),
         ("②", "滞納繰越分は、財産調査を滞納発生から６か月以内に完了させ、預貯金・給与の差押えを早期に実施する。", "拡充"),
         ("③", "京都地方税機構への移管対象事案を四半期ごとに選定し、移管前の納付折衝を徹底する。", "継続"),
         ("④", "スマートフォン決済アプリによる納付の周知を強化し、納期内納付を促す。", "新規")]
pages.append(f"""<div class="page"><h2>２　取組個票（市税）</h2>{strip}
<h3>(1) 収納実績と目標</h3><p class="unit">（単位：千円、％）　目標欄の（　）内は令和６年度の目標</p>
{multi_year(pg, name, name, s['tgt'])}
<h3>(2) 地域別の滞納繰越分の状況（令和６年度決算）</h3>
<table>{ah}{ab}</table><p style="font-size:8pt;margin-top:0">※ 各欄の上段は収入未済額、下段は収納率。滞納者の住所地により区分している。</p>
<h3>(3) 令和７年度の取組内容</h3>
<table><tr><td class="items">{items_html(pg, name, items)}</td></tr></table>
<div class="pno">－ ３ －</div></div>""")

# ---------------- page 5: 国保税 ----------------
pg = 5
name = "国民健康保険税"
s = SPEC[name]
v24 = D[name][2024]
v23 = D[name][2023]
ach = [("現年分収納率", "current", "collection_rate", s["tgt"]["cr_prev"], v24["cr"]),
       ("滞納繰越分収納率", "arrears", "collection_rate", s["tgt"]["ar_prev"], v24["ar"])]
out_tgt24 = 318000
ach_rows = ""
for lab, seg, metric, tg, ac in ach:
    ar_ = round(ac / tg * 100, 1)
    ach_rows += f"<tr><td>{lab}（％）</td><td class='n'>{f2(tg)}</td><td class='n'>{f2(ac)}</td><td class='n'>{ar_:.1f}</td></tr>"
    fact(pg, name, name, 2024, "令和６年度", seg, metric, "target", tg, "percent", f2(tg))
    fact(pg, name, name, 2024, "令和６年度", seg, metric, "actual", ac, "percent", f2(ac))
    fact(pg, name, name, 2024, "令和６年度", seg, "achievement_rate", "actual", ar_, "percent", f"{ar_:.1f}")
ar_o = round((out_tgt24 / v24["to"]) * 100, 1)
ach_rows += (f"<tr><td>収入未済額（千円）</td><td class='n'>{c(out_tgt24)}</td><td class='n'>{c(v24['to'])}</td>"
             f"<td class='n'>{ar_o:.1f}</td></tr>")
fact(pg, name, name, 2024, "令和６年度", "total", "outstanding", "target", out_tgt24 * 1000, "yen", c(out_tgt24))
fact(pg, name, name, 2024, "令和６年度", "total", "outstanding", "actual", v24["to"] * 1000, "yen", c(v24["to"]))
fact(pg, name, name, 2024, "令和６年度", "total", "achievement_rate", "actual", ar_o, "percent", f"{ar_o:.1f}")
dec = v23["to"] - v24["to"]
genjo = (f"令和６年度末の収入未済額は{c(v24['to'])}千円で、前年度より{c(dec)}千円減少した。"
         f"現年分の収納率は{f2(v24['cr'])}％となり、目標をわずかに上回った。一方、滞納繰越分は"
         "資格喪失後の転出者に係る未納が残り、目標に届かなかった。")
fact(pg, name, name, 2024, "令和６年度末", "total", "outstanding", "actual", v24["to"] * 1000, "yen", c(v24["to"]) + "千円で")
fact(pg, name, name, 2024, "令和６年度", "total", "difference", "actual", -dec * 1000, "yen", c(dec) + "千円減少")
fact(pg, name, name, 2024, "令和６年度", "current", "collection_rate", "actual", v24["cr"], "percent", f2(v24["cr"]) + "％となり")
bikou = f"うち滞納繰越分 {c(v24['ao'])}千円"
fact(pg, name, name, 2024, "令和６年度", "arrears", "outstanding", "actual", v24["ao"] * 1000, "yen", c(v24["ao"]) + "千円")
items2 = [("(1)", "口座振替の原則化に向け、新規加入時の窓口で口座振替依頼書の提出を案内する。", "継続"),
          ("(2)", "資格喪失後に転出した滞納者について、転出先市町村への財産調査の照会を毎月行う。", "拡充"),
          ("(3)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", None)]
it2 = []
for lab, text, st in items2:
    it2.append(f"{lab}　{text}" + (f"<br>【{st}】" if st else ""))
    g.init(pg, name, 2025, "令和７年度の取組内容", lab, text, st)
pages.append(f"""<div class="page"><h2>３　取組個票（国民健康保険税）</h2>
<table class='strip'><tr><td style="font-size:10.5pt"><b>債権名　国民健康保険税</b></td><td>所管課　保険年金課</td><td>債権区分　強制徴収公債権</td></tr></table>
<h3>(1) 令和６年度の目標達成状況</h3><p class="unit">（達成率の単位：％）</p>
<table><tr><th>項　目</th><th>目　標</th><th>実　績</th><th>達成率</th></tr>{ach_rows}</table>
<p style="font-size:8pt;margin-top:0">※ 収入未済額の達成率は、目標額÷実績額により算出している。</p>
<h3>(2) 現状と課題</h3>
<table><tr><th style="width:18%">現状と課題</th><td>{genjo}</td><th style="width:10%">備考</th><td style="width:22%">{bikou}</td></tr></table>
<h3>(3) 令和７年度の目標</h3><p class="unit">（単位：％）</p>
<table><tr><th>区　分</th><th>令和７年度目標</th><th>令和６年度目標</th></tr>
<tr><td>現年分</td><td class='n'>{f2(s['tgt']['cr'])}</td><td class='n'>{f2(s['tgt']['cr_prev'])}</td></tr>
<tr><td>滞納繰越分</td><td class='n'>{f2(s['tgt']['ar'])}</td><td class='n'>{f2(s['tgt']['ar_prev'])}</td></tr></table>
<h3>(4) 令和７年度の取組内容</h3>
<table><tr><td class="items">{'<br>'.join(it2)}</td></tr></table>
<div class="pno">－ ４ －</div></div>""")
for seg, k in (("current", "cr"), ("arrears", "ar")):
    fact(pg, name, name, 2025, "令和７年度", seg, "collection_rate", "target", s["tgt"][k], "percent", f2(s["tgt"][k]))
    fact(pg, name, name, 2024, "令和６年度", seg, "collection_rate", "target", s["tgt"][k + "_prev"], "percent",
         f2(s["tgt"][k + "_prev"]))

# ---------------- page 6: 保育料 ----------------
pg = 6
name = "保育料"
s = SPEC[name]
strip = (f"<table class='strip'><tr><td class='l'>債権名</td><td>保育所保育料</td><td class='l'>所管課</td>"
         f"<td>{s['dept']}</td><td class='l'>債権区分</td><td>{s['kubun']}</td></tr></table>")
# boxed zebra table, caption over, source under; counts
SEIZ = {2021: 12, 2022: 15, 2023: 18, 2024: 21}
zh = "<tr><th>年　度</th><th>現年分収納率（％）</th><th>滞納繰越分収納率（％）</th><th>収入未済額（千円）</th><th>滞納者数（人）</th><th>差押件数（件）</th></tr>"
zb = ""
for y in YEARS:
    v = D[name][y]
    zb += (f"<tr><td>{EN[y]}</td><td class='n'>{f2(v['cr'])}</td><td class='n'>{f2(v['ar'])}</td><td class='n'>{c(v['to'])}</td>"
           f"<td class='n'>{c(v['dl'])}</td><td class='n'>{SEIZ[y]}</td></tr>")
    fact(pg, name, "保育所保育料", y, EN[y], "current", "collection_rate", "actual", v["cr"], "percent", f2(v["cr"]))
    fact(pg, name, "保育所保育料", y, EN[y], "arrears", "collection_rate", "actual", v["ar"], "percent", f2(v["ar"]))
    fact(pg, name, "保育所保育料", y, EN[y], "total", "outstanding", "actual", v["to"] * 1000, "yen", c(v["to"]))
    fact(pg, name, "保育所保育料", y, EN[y], "total", "delinquents", "actual", v["dl"], "persons", c(v["dl"]))
    fact(pg, name, "保育所保育料", y, EN[y], "total", "seizures", "actual", SEIZ[y], "cases", str(SEIZ[y]))
tgt = s["tgt"]
items3 = [("ア", "児童の入所時に口座振替の登録を必須とし、登録のない世帯には個別に連絡する。", "継続"),
          ("イ", "退所後の未納者に対して、退所月の翌月末までに文書と電話で納付を求める。", "新規"),
          ("ウ", "児童手当からの特別徴収（申出による徴収）の活用を、未納のある世帯に案内する。", "継続")]
pages.append(f"""<div class="page"><h2>４　取組個票（保育料）</h2>{strip}
<p class="cap">表１　保育所保育料の収納状況の推移</p>
<div class="box" style="padding:1mm"><table class="zebra" style="margin:0">{zh}{zb}</table></div>
<p class="src">出典：福知山市決算資料（各年度の主要な施策の成果報告書）を基に子ども政策課作成</p>
<h3>令和７年度の目標</h3>
<p>・現年分収納率　{f2(tgt['cr'])}％　　・滞納繰越分収納率　{f2(tgt['ar'])}％　　・収入未済額　{c(tgt['out'])}千円以下</p>
<h3>令和７年度の取組内容</h3>
<div class="box items">{items_html(pg, name, items3, draw='保育所保育料')}</div>
<div class="pno">－ ５ －</div></div>""")
fact(pg, name, "保育所保育料", 2025, "令和７年度", "current", "collection_rate", "target", tgt["cr"], "percent", f"現年分収納率{f2(tgt['cr'])}％")
fact(pg, name, "保育所保育料", 2025, "令和７年度", "arrears", "collection_rate", "target", tgt["ar"], "percent", f"滞納繰越分収納率{f2(tgt['ar'])}％")
fact(pg, name, "保育所保育料", 2025, "令和７年度", "total", "outstanding", "target", tgt["out"] * 1000, "yen", f"{c(tgt['out'])}千円以下")

# ---------------- page 7: 市営住宅使用料 (years as rows, 見込) ----------------
pg = 7
name = "市営住宅使用料"
s = SPEC[name]
est = dict(cr=97.41, ar=15.02, to=54950)
rh = "<tr><th>年　度</th><th>区　分</th><th>現年分収納率</th><th>滞納繰越分収納率</th><th>収入未済額</th><th>不納欠損額</th></tr>"
rb = ""
for y in YEARS:
    v = D[name][y]
    rb += (f"<tr><td>{EN[y]}</td><td>決算</td><td class='n'>{f2(v['cr'])}</td><td class='n'>{f2(v['ar'])}</td>"
           f"<td class='n'>{c(v['to'])}</td><td class='n'>{c(v['aw'])}</td></tr>")
    fact(pg, name, "市営住宅使用料", y, EN[y], "current", "collection_rate", "actual", v["cr"], "percent", f2(v["cr"]))
    fact(pg, name, "市営住宅使用料", y, EN[y], "arrears", "collection_rate", "actual", v["ar"], "percent", f2(v["ar"]))
    fact(pg, name, "市営住宅使用料", y, EN[y], "total", "outstanding", "actual", v["to"] * 1000, "yen", c(v["to"]))
    fact(pg, name, "市営住宅使用料", y, EN[y], "total", "written_off", "actual", v["aw"] * 1000, "yen", c(v["aw"]))
rb += (f"<tr><td rowspan=2>令和７年度</td><td>見込</td><td class='n'>{f2(est['cr'])}</td><td class='n'>{f2(est['ar'])}</td>"
       f"<td class='n'>{c(est['to'])}</td><td class='n'>－</td></tr>")
rb += (f"<tr><td>目標</td><td class='n'>{f2(s['tgt']['cr'])}</td><td class='n'>{f2(s['tgt']['ar'])}</td>"
       f"<td class='n'>{c(s['tgt']['out'])}</td><td class='n'>－</td></tr>")
for seg, k, basis, src in (("current", "cr", "estimate", est), ("arrears", "ar", "estimate", est),
                           ("current", "cr", "target", s["tgt"]), ("arrears", "ar", "target", s["tgt"])):
    fact(pg, name, "市営住宅使用料", 2025, "令和７年度", seg, "collection_rate", basis, src[k], "percent", f2(src[k]))
fact(pg, name, "市営住宅使用料", 2025, "令和７年度", "total", "outstanding", "estimate", est["to"] * 1000, "yen", c(est["to"]))
fact(pg, name, "市営住宅使用料", 2025, "令和７年度", "total", "outstanding", "target", s["tgt"]["out"] * 1000, "yen", c(s["tgt"]["out"]))
items4 = [("①", "滞納額が家賃の３か月分に達した入居者には、連帯保証人にも通知し、分納計画を立てる。", "継続"),
          ("②", "退去済み滞納者の所在調査を行い、支払督促の申立てを年２回実施する。", "拡充"),
          ("③", "収入申告の未提出世帯へ個別訪問を行い、家賃の適正な認定につなげる。", None)]
pages.append(f"""<div class="page"><h2>５　取組個票</h2>
<h3 style="font-size:11pt">２　数値目標と実績（市営住宅使用料）</h3>
<p>所管課：{s['dept']}　　債権区分：{s['kubun']}</p>
<p class="unit">（収納率の単位：％、金額の単位：千円）</p>
<table>{rh}{rb}</table>
<p style="font-size:8pt;margin-top:0">※ 令和７年度見込は、令和７年６月末の実績を基に推計した。</p>
<h3>３　令和７年度の取組（市営住宅使用料）</h3>
<table><tr><th style="width:8%">番号</th><th>内　容</th><th style="width:12%">区分</th></tr>
{''.join(f"<tr><td>{l}</td><td>{t}</td><td>{st or '－'}</td></tr>" for l, t, st in items4)}</table>
<div class="pno">－ ６ －</div></div>""")
for l, t, st in items4:
    g.init(pg, name, 2025, "令和７年度の取組（市営住宅使用料）", l, t, st)

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(html)
out = os.path.join(WORK, STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", "file://" + hp], check=True, stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL)
dst = os.path.join(SET, "pdf", STEM + ".pdf")
shutil.copy(out, dst)
g.save(dst)
