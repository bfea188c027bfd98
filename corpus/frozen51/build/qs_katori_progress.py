"""香取市 収納対策の取組状況（令和6年2月末）: HTML/CSS -> chromium."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qs_common import ROOT, WORK, Gold, c, check, chromium, rate

STEM = "qs_katori_progress_1"
TITLE = "令和５年度 収納対策の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "progress", "香取市", TITLE, "2024-03-15", "令和6年3月15日")
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'IPAexGothic'; font-size: 10pt; color: #111; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 16mm 17mm 14mm 17mm; position: relative;
        page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.rh { position: absolute; top: 7mm; right: 17mm; font-size: 8pt; color: #555; }
.rf { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
.stamp { position: absolute; top: 14mm; right: 17mm; border: 1.5px solid #000; padding: 3px 10px; font-size: 10.5pt; }
h1 { font-size: 16pt; margin: 10mm 0 4mm 0; }
h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-left: 5px solid #1f4e79; padding-left: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
td, th { padding: 3px 5px; }
table.z th { background: #1f4e79; color: #fff; font-weight: normal; }
table.z tr:nth-child(even) td { background: #e8eef6; }
table.z td.n, table.h td.n { text-align: right; }
table.h { border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; }
table.h th { border-bottom: 1px solid #000; font-weight: normal; }
table.g td, table.g th { border: 1px solid #444; }
table.g th { background: #eee; font-weight: normal; }
.note { font-size: 8pt; margin-top: 2px; }
.panels { display: flex; gap: 6mm; margin: 3mm 0 2mm 0; }
.panel { flex: 1; border: 1.5px solid #1f4e79; border-radius: 4px; padding: 6px 8px; }
.panel .lab { font-size: 8.5pt; color: #1f4e79; }
.panel .big { font-size: 17pt; font-weight: bold; margin: 2px 0; }
.panel .sub { font-size: 8.5pt; }
.box { border: 1px solid #000; padding: 6px 10px; margin-top: 3mm; }
.box p { margin: 2px 0 2px 1.2em; text-indent: -1.2em; }
.cols { display: flex; gap: 6mm; }
.cols > div { flex: 1; }
p { margin: 2px 0; line-height: 1.55; }
"""

pages = []


def page(n, body, stamp=False):
    s = f'<div class="page"><div class="rh">令和５年度 収納対策の取組状況</div>'
    if stamp:
        s += '<div class="stamp">令和6年2月末現在</div>'
    s += body + f'<div class="rf">- {n} -</div></div>'
    pages.append(s)


# ------------------------------------------------------------- data (円 -> 千円 printed)
# name, printed, cur assessed (yen), rate now, assessed prev (yen), rate prev, final est, target, prev actual
D = [
    ("市税", "市税", 9012330412, 95.62, 8902118230, 95.21, 99.02, 99.00, 98.91),
    ("国民健康保険税", "国民健康保険税", 2210483600, 82.14, 2284610300, 81.30, 93.40, 93.50, 93.02),
    ("介護保険料", "介護保険料", 1598204100, 94.88, 1572330800, 94.71, 99.05, 99.10, 99.01),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 884120300, 96.30, 861044900, 96.12, 99.60, 99.60, 99.55),
    ("市営住宅使用料", "住宅使用料", 58412000, 90.11, 59280500, 90.63, 96.50, 97.00, 96.71),
]
R = {}
for n, pr, a, rn, ap, rp, est, tg, pa in D:
    co = round(a * rn / 100)
    cop = round(ap * rp / 100)
    R[n] = dict(pr=pr, a=a, co=co, ap=ap, cop=cop, rn=rate(co, a, 2), rp=rate(cop, ap, 2), est=est, tg=tg, pa=pa)

# ------------------------------------------------------------- page 1
p = 1
s = R["市税"]
kok = R["国民健康保険税"]
ARR_O = 1234500  # 千円: 全債権の滞納繰越分収入未済額 (2月末)
body = f"<h1>{TITLE}</h1>"
body += "<p>　令和５年度（2023年度）の市税等の収納状況と取組の進捗を、令和6年2月末時点で取りまとめた。</p>"
dp = round(s["rn"] - s["rp"], 2)
body += '<div class="panels">'
body += ('<div class="panel"><div class="lab">市税（現年課税分）収納率　R5・2月末</div><div class="big">'
         + G.f(p, "市税", "市税", FY, "R5", "current", "collection_rate", "interim", s["rn"], "percent", f"{s['rn']:.2f}％", as_of=ASOF)
         + '</div><div class="sub">前年同月比 '
         + G.f(p, "市税", "市税", FY, "R5", "current", "difference", "interim", dp, "points", f"＋{dp:.2f}ポイント", as_of=ASOF)
         + "</div></div>")
dk = round(kok["rn"] - kok["rp"], 2)
body += ('<div class="panel"><div class="lab">国保税（現年課税分）収納率　R5・2月末</div><div class="big">'
         + G.f(p, "国民健康保険税", "国保税", FY, "R5", "current", "collection_rate", "interim", kok["rn"], "percent", f"{kok['rn']:.2f}％", as_of=ASOF)
         + '</div><div class="sub">前年同月比 '
         + G.f(p, "国民健康保険税", "国保税", FY, "R5", "current", "difference", "interim", dk, "points", f"＋{dk:.2f}ポイント", as_of=ASOF)
         + "</div></div>")
body += ('<div class="panel"><div class="lab">滞納繰越分の収入未済額（全債権）　R5・2月末</div><div class="big">'
         + G.f(p, None, None, FY, "R5", "arrears", "outstanding", "interim", 1230000000, "yen", "12.3億円", approx=False, as_of=ASOF)
         + '</div><div class="sub">前年同月 '
         + G.f(p, None, None, FY - 1, "前年同月", "arrears", "outstanding", "interim", 1420000000, "yen", "14.2億円", as_of=ASOF_P)
         + "</div></div>")
body += "</div>"
body += "<h2>１　主な債権の収納状況（現年課税分）</h2>"
body += ('<table class="z"><tr><th>債権名</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収入未済額（千円）</th>'
         '<th>収納率（％）</th><th>前年同月比（ポイント）</th></tr>')
for n, d in R.items():
    for k, (fy, lab, a, co, rr, asof) in enumerate(((FY, "本年度", d["a"], d["co"], d["rn"], ASOF),
                                                   (FYP, "前年度", d["ap"], d["cop"], d["rp"], ASOF_P))):
        cells = []
        for met, v in (("assessed", a), ("collected", co), ("outstanding", a - co)):
            cells.append(G.f(p, n, d["pr"], fy, "令和５年度" if k == 0 else "前年度", "current", met, "interim", (v // 1000) * 1000, "yen",
                             c(v // 1000), as_of=asof))
        cells.append(G.f(p, n, d["pr"], fy, "令和５年度" if k == 0 else "前年度", "current", "collection_rate", "interim", rr, "percent",
                         f"{rr:.2f}", as_of=asof))
        if k == 0:
            dd = round(d["rn"] - d["rp"], 2)
            cells.append(G.f(p, n, d["pr"], fy, "令和５年度", "current", "difference", "interim", dd, "points",
                             ("△" if dd < 0 else "") + f"{abs(dd):.2f}", as_of=asof))
            body += (f'<tr><td rowspan="2">{d["pr"]}</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
        else:
            body += "<tr>" + "".join(f'<td class="n">{x}</td>' for x in cells) + '<td class="n"></td></tr>'
body += "</table>"
body += ('<p class="note">上段：令和５年度（令和6年2月末）、下段：令和４年度（令和5年2月末）。'
         "千円未満は切り捨てて表示している。</p>")
body += ("<p>　市税は、口座振替とスマートフォン決済の利用が増え、前年同月を上回って推移している。"
         "一方、住宅使用料は退去者の滞納が残り、前年同月を下回っている。</p>")
page(p, body, stamp=True)

# ------------------------------------------------------------- page 2: monthly
p = 2
MONTHS = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, 29)]
NOW = [7.84, 19.22, 33.05, 42.61, 52.40, 58.93, 66.12, 72.58, 80.36, 88.74, s["rn"]]
PRV = [7.61, 18.70, 32.44, 42.10, 51.88, 58.51, 65.70, 72.21, 79.95, 88.32, s["rp"]]
body = "<h2>２　月別収納状況（市税　現年課税分・累計）</h2>"
body += ('<table class="g"><tr><th rowspan="2">月末</th><th colspan="2">本年度</th><th colspan="2">前年度</th>'
         '<th rowspan="2">収納率の差（ポイント）</th></tr><tr><th>収入済額（千円）</th><th>収納率（％）</th>'
         '<th>収入済額（千円）</th><th>収納率（％）</th></tr>')
chart = []
for (m, dd), rn, rp in zip(MONTHS, NOW, PRV):
    y_now = 2023 if m >= 4 else 2024
    y_prv = y_now - 1
    dprv = 28 if m == 2 else dd
    a_now = f"{y_now}-{m:02d}-{dd:02d}"
    a_prv = f"{y_prv}-{m:02d}-{dprv:02d}"
    co_n = round(s["a"] * rn / 100) // 1000
    co_p = round(s["ap"] * rp / 100) // 1000
    if m == 2:
        co_n, co_p = s["co"] // 1000, s["cop"] // 1000
    lab = f"{m}月末"
    cells = [G.f(p, "市税", "市税", FY, lab, "current", "collected", "interim", co_n * 1000, "yen", c(co_n), as_of=a_now),
             G.f(p, "市税", "市税", FY, lab, "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=a_now),
             G.f(p, "市税", "市税", FYP, lab, "current", "collected", "interim", co_p * 1000, "yen", c(co_p), as_of=a_prv),
             G.f(p, "市税", "市税", FYP, lab, "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=a_prv)]
    dif = round(rn - rp, 2)
    cells.append(G.f(p, "市税", "市税", FY, lab, "current", "difference", "interim", dif, "points", f"{dif:.2f}", as_of=a_now))
    body += f'<tr><td style="text-align:center">{lab}</td>' + "".join(f'<td style="text-align:right">{x}</td>' for x in cells) + "</tr>"
    chart.append((lab, rn, a_now))
body += "</table>"
body += '<p class="note">※ 本年度は令和５年度、前年度は令和４年度。2月末の額は１の表の額と同じである。</p>'
# SVG bar chart with data labels (本年度 rates)
body += "<h2>市税（現年課税分）収納率の推移（本年度・月末累計、％）</h2>"
Wd, Hd = 640, 260
bw = 40
svg = f'<svg width="{Wd}" height="{Hd}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">'
svg += f'<line x1="40" y1="{Hd - 30}" x2="{Wd - 10}" y2="{Hd - 30}" stroke="#000"/>'
for i, (lab, rn, a_now) in enumerate(chart):
    x = 50 + i * 54
    h = rn / 100 * (Hd - 70)
    y = Hd - 30 - h
    svg += f'<rect x="{x}" y="{y:.1f}" width="{bw}" height="{h:.1f}" fill="#5b8cc0"/>'
    txt = G.f(p, "市税", "市税", FY, lab, "current", "collection_rate", "interim", rn, "percent", f"{rn:.1f}", as_of=a_now)
    svg += f'<text x="{x + bw / 2}" y="{y - 4:.1f}" font-size="11" text-anchor="middle">{txt}</text>'
    svg += f'<text x="{x + bw / 2}" y="{Hd - 14}" font-size="10" text-anchor="middle">{lab}</text>'
svg += "</svg>"
body += svg
page(p, body)

# ------------------------------------------------------------- page 3: areas + arrears + estimates
p = 3
AREAS = [("佐原地区", 0.5512, 0.9584), ("小見川地区", 0.2236, 0.9561), ("山田地区", 0.1427, 0.9523), ("栗源地区", 0.0825, 0.9507)]
body = "<h2>３　地区別の収納状況（市税　現年課税分、令和6年2月末）</h2>"
body += '<div class="cols"><div>'
body += ('<table class="h"><tr><th>地区</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th>'
         '<th>収入済額の前年同月比（％）</th></tr>')
rem_a, rem_c = s["a"], s["co"]
YOY = [101.2, 101.6, 100.9, 100.4]
for i, (ar, sh, rr) in enumerate(AREAS):
    if i < len(AREAS) - 1:
        a = round(s["a"] * sh)
        co = round(a * rr)
        rem_a -= a
        rem_c -= co
    else:
        a, co = rem_a, rem_c
    rt = rate(co, a, 2)
    cells = [G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "assessed", "interim", a, "yen", c(a), as_of=ASOF, area=ar),
             G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "collected", "interim", co, "yen", c(co), as_of=ASOF, area=ar),
             G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=ASOF, area=ar),
             G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "yoy_ratio", "interim", YOY[i], "percent", f"{YOY[i]:.1f}", as_of=ASOF, area=ar)]
    body += f"<tr><td>{ar}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>"
cells = [G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "assessed", "interim", s["a"], "yen", c(s["a"]), as_of=ASOF),
         G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "collected", "interim", s["co"], "yen", c(s["co"]), as_of=ASOF),
         G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "collection_rate", "interim", s["rn"], "percent", f"{s['rn']:.2f}", as_of=ASOF),
         G.f(p, "市税", "市税", FY, "令和6年2月末", "current", "yoy_ratio", "interim", 101.3, "percent", "101.3", as_of=ASOF)]
body += '<tr style="border-top:1px solid #000"><td>計</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr></table>"
body += '<p class="note">※ 地区は納税義務者の住所地による。</p></div></div>'
body += "<h2>４　滞納繰越分の状況（令和6年2月末）</h2>"
body += ('<table class="g"><tr><th>債権名</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収入未済額（千円）</th>'
         '<th>収納率（％）</th><th>収入未済額の前年同月比</th></tr>')
ARR = [("市税", "市税", 702118, 228412, 760440), ("国民健康保険税", "国民健康保険税", 654230, 148770, 532100),
       ("介護保険料", "介護保険料", 30414, 7255, 24500), ("市営住宅使用料", "住宅使用料", 26402, 3120, 24110)]
tot_a = tot_c = tot_prev = 0
for n, pr, a, co, prev_o in ARR:
    o = a - co
    rt = rate(co, a, 1)
    ch = o - prev_o
    pc = round(ch / prev_o * 100, 1)
    tot_a += a
    tot_c += co
    tot_prev += prev_o
    chtxt = ("△" if ch < 0 else "＋") + f"{abs(ch):,}（" + ("△" if pc < 0 else "＋") + f"{abs(pc):.1f}％）"
    G.f(p, n, pr, FY, "令和6年2月末", "arrears", "difference", "interim", ch * 1000, "yen", ("△" if ch < 0 else "＋") + f"{abs(ch):,}", as_of=ASOF)
    cells = [G.f(p, n, pr, FY, "令和6年2月末", "arrears", m, "interim", v * 1000, "yen", c(v), as_of=ASOF)
             for m, v in (("assessed", a), ("collected", co), ("outstanding", o))]
    cells.append(G.f(p, n, pr, FY, "令和6年2月末", "arrears", "collection_rate", "interim", rt, "percent", f"{rt:.1f}", as_of=ASOF))
    cells.append(chtxt)
    body += f"<tr><td>{pr}</td>" + "".join(f'<td style="text-align:right">{x}</td>' for x in cells) + "</tr>"
body += "</table>"
body += '<p class="note">※ 前年同月比欄は、収入未済額の増減額（千円）と増減率を示す。</p>'
body += "<h2>５　年度末の見込み（現年課税分収納率）</h2>"
body += ('<table class="z"><tr><th>債権名</th><th>2023年度 決算見込</th><th>2023年度 目標</th><th>見込と目標の差</th>'
         '<th>2022年度 決算</th></tr>')
for n, d in R.items():
    cells = [G.f(p, n, d["pr"], FY, "2023年度", "current", "collection_rate", "estimate", d["est"], "percent", f"{d['est']:.2f}％"),
             G.f(p, n, d["pr"], FY, "2023年度", "current", "collection_rate", "target", d["tg"], "percent", f"{d['tg']:.2f}％")]
    dd = round(d["est"] - d["tg"], 2)
    cells.append(G.f(p, n, d["pr"], FY, "2023年度", "current", "difference", "estimate", dd, "points",
                     ("▲" if dd < 0 else "") + f"{abs(dd):.2f}pt"))
    cells.append(G.f(p, n, d["pr"], FYP, "2022年度", "current", "collection_rate", "actual", d["pa"], "percent", f"{d['pa']:.2f}％"))
    body += f"<tr><td>{d['pr']}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>"
body += "</table>"
page(p, body)

# ------------------------------------------------------------- page 4: 取組
p = 4
body = "<h2>６　後半の取組と今後の対応</h2>"
ITEMS = {
    "市税": [("①", "年末の一斉催告に合わせ、休日納税相談窓口を２日間開設した。", "継続"),
            ("②", "給与照会を電子化し、財産調査から差押えまでの期間を短縮した。", "拡充"),
            ("③", "納付書にバーコードを印字し、コンビニ収納の対象を全税目に広げる。", "新規")],
    "国民健康保険税": [("①", "短期被保険者証の更新時に納付相談を行い、分納誓約を結ぶ。", "継続"),
                 ("②", "資格喪失者に対し、喪失月の翌月に納付案内を送る。", "新規")],
    "市営住宅使用料": [("①", "３か月以上の滞納者に明渡し請求の予告を行う。", "継続"),
                ("②", "連帯保証人への通知を滞納２か月目に前倒しする。", "拡充")],
}
for n, items in ITEMS.items():
    body += f'<p style="margin-top:4mm"><b>{R[n]["pr"]}</b></p><div class="box">'
    for lab, txt, stt in items:
        body += f"<p>{lab}　{txt}</p><p style='text-align:right'>【{stt}】</p>"
        G.i(p, n, FY, "後半の取組と今後の対応", lab, txt, stt)
    body += "</div>"
body += "<h2>７　全庁的な取組</h2>"
COMMON = [("（１）", "債権管理担当者研修を開催し、督促から強制執行までの手順を共有した。", None),
          ("（２）", "税務課と債権所管課の合同催告を、保育料と学校給食費にも広げる。", None)]
for lab, txt, stt in COMMON:
    body += f"<p>{lab}{txt}</p>"
    G.i(p, None, FY, "全庁的な取組", lab, txt, stt)
page(p, body)

# ------------------------------------------------------------- page 5: 参考 (past settled years)
p = 5
body = "<h2>【参考資料】過年度の収納状況（決算）</h2>"
body += '<p style="margin-top:3mm"><b>表１　国民健康保険税の収納状況</b></p>'
body += ('<table class="g"><tr><th colspan="2" rowspan="3" style="text-align:left">債権名　国民健康保険税</th>'
         '<th colspan="6">年度</th></tr><tr><th colspan="3">令和3年度</th><th colspan="3">令和4年度</th></tr>'
         '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>')
KH = {2021: {"current": (2301455, 2138110), "arrears": (712300, 165220)},
      2022: {"current": (2284610, 2125130), "arrears": (688410, 170112)}}
first = True
for seg, lab in (("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")):
    row = (f'<tr><td rowspan="3" style="writing-mode:vertical-rl;text-align:center">国保税</td>' if first else "<tr>") + f"<td>{lab}</td>"
    first = False
    for fy, fyr in ((2021, "令和3年度"), (2022, "令和4年度")):
        if seg == "total":
            a = sum(v[0] for v in KH[fy].values())
            co = sum(v[1] for v in KH[fy].values())
        else:
            a, co = KH[fy][seg]
        rt = rate(co, a, 2)
        row += "".join(f'<td style="text-align:right">{x}</td>' for x in (
            G.f(p, "国民健康保険税", "国保税", fy, fyr, seg, "assessed", "actual", a * 1000, "yen", c(a)),
            G.f(p, "国民健康保険税", "国保税", fy, fyr, seg, "collected", "actual", co * 1000, "yen", c(co)),
            G.f(p, "国民健康保険税", "国保税", fy, fyr, seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}")))
    body += row + "</tr>"
body += "</table>"
body += '<p class="note">単位：千円、％　　出典：香取市国民健康保険事業特別会計歳入歳出決算書</p>'
body += '<p style="margin-top:5mm"><b>表２　債権別・年度別の収納状況（現年課税分）</b>　（単位：千円、％）</p>'
body += '<table class="h"><tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>'
LONG = [("介護保険料", "介護保険料", 2021, "R3", 1541002, 1525210), ("介護保険料", "介護保険料", 2022, "R4", 1572331, 1556770),
        ("後期高齢者医療保険料", "後期高齢者医療保険料", 2021, "R3", 832410, 828020),
        ("後期高齢者医療保険料", "後期高齢者医療保険料", 2022, "R4", 861045, 857170)]
for n, pr, fy, fyr, a, co in LONG:
    rt = rate(co, a, 2)
    body += (f"<tr><td>{pr}</td><td>{fyr}</td>"
             + "".join(f'<td class="n">{x}</td>' for x in (
                 G.f(p, n, pr, fy, fyr, "current", "assessed", "actual", a * 1000, "yen", c(a)),
                 G.f(p, n, pr, fy, fyr, "current", "collected", "actual", co * 1000, "yen", c(co)),
                 G.f(p, n, pr, fy, fyr, "current", "collection_rate", "actual", rt, "percent", f"{rt:.2f}")))
             + "</tr>")
body += "</table>"
body += '<p style="margin-top:5mm"><b>表３　年度別の収納状況（合計）</b>　（単位：千円、％）</p>'
body += ('<table class="g"><tr><th rowspan="2">年度</th><th colspan="3">市税</th><th colspan="3">住宅使用料</th></tr>'
         '<tr><th>調定額</th><th>収納率</th><th>収入済額</th><th>調定額</th><th>収納率</th><th>収入済額</th></tr>')
YR = [(2020, "2020年度", (9412030, 8998110), (91204, 80115)), (2021, "2021年度", (9455120, 9061340), (89610, 79402)),
      (2022, "2022年度", (9588214, 9205331), (87122, 77930))]
for fy, fyr, (a1, c1), (a2, c2) in YR:
    row = f"<tr><td>{fyr}</td>"
    for n, pr, a, co in (("市税", "市税", a1, c1), ("市営住宅使用料", "住宅使用料", a2, c2)):
        rt = rate(co, a, 2)
        row += "".join(f'<td style="text-align:right">{x}</td>' for x in (
            G.f(p, n, pr, fy, fyr, "total", "assessed", "actual", a * 1000, "yen", c(a)),
            G.f(p, n, pr, fy, fyr, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}"),
            G.f(p, n, pr, fy, fyr, "total", "collected", "actual", co * 1000, "yen", c(co))))
    body += row + "</tr>"
body += "</table>"
body += '<p class="note">※ 表３は現年課税分と滞納繰越分の合計。住宅使用料は市営住宅使用料をいう。</p>'
page(p, body)

html = WORK / f"{STEM}.html"
html.write_text(f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
                + "".join(pages) + "</body></html>", encoding="utf-8")
pdf = WORK / f"{STEM}.pdf"
chromium(html, pdf)
shutil.copy(pdf, ROOT / "pdf" / f"{STEM}.pdf")
G.write()
check(STEM)
