"""qd_nanjo_plan_1: 第２次南城市債権管理計画（令和７年度～令和９年度） — HTML/CSS -> Chromium (+ one landscape page merged with PyMuPDF).

Run from corpus/frozen43:  python3 build/qd_nanjo_plan.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf

from qd_common import Gold, PDF_DIR, WORK, check, chromium_pdf, comma, man_oku, rate, write_gold

STEM = "qd_nanjo_plan_1"
CITY = "南城市"
g = Gold()

# ---------------------------------------------------------------- data (千円)
# short, full, dept, {fy: (cur assessed, cur collected, arr assessed, arr collected, written off)}
D = [
    ("市税", "市税", "税務課", {2022: (3912456, 3857114, 201887, 58221, 9120), 2023: (3998720, 3948333, 189410, 59804, 8412)}),
    ("国保税", "国民健康保険税", "国民健康保険課", {2022: (702233, 664874, 254412, 49120, 18233), 2023: (688145, 653118, 243118, 51877, 17025)}),
    ("介護料", "介護保険料", "介護長寿課", {2022: (612004, 606512, 14223, 2874, 2410), 2023: (628891, 623660, 13415, 2902, 2088)}),
    ("後期高齢", "後期高齢者医療保険料", "国民健康保険課", {2022: (402117, 400603, 3121, 1320, 201), 2023: (418224, 416802, 2987, 1318, 176)}),
    ("住宅使用料", "市営住宅使用料", "都市計画課", {2022: (58420, 55810, 30417, 3722, 1544), 2023: (59112, 56655, 28914, 3910, 1420)}),
    ("保育料", "保育料", "こども課", {2022: (88412, 86602, 9120, 1433, 612), 2023: (80145, 78701, 8311, 1502, 540)}),
]
FULL = {s: f for s, f, _, _ in D}
# targets 2025-2027: cur rate, arr rate, outstanding (千円)
TG = {
    "市税": [(98.80, 33.0, 168000), (98.85, 34.0, 160000), (98.90, 35.0, 152000)],
    "国保税": [(95.20, 22.5, 218000), (95.40, 23.5, 210000), (95.60, 24.5, 202000)],
    "介護料": [(99.20, 22.0, 15500), (99.25, 23.0, 15000), (99.30, 24.0, 14500)],
    "後期高齢": [(99.70, 45.0, 2700), (99.72, 46.0, 2600), (99.75, 47.0, 2500)],
    "住宅使用料": [(96.00, 14.5, 25000), (96.20, 15.5, 24000), (96.40, 16.5, 23000)],
    "保育料": [(98.30, 19.0, 6800), (98.40, 20.0, 6500), (98.50, 21.0, 6200)],
}
# 第１次計画 (R4-R6) R5 targets for 現年 rate -> 達成率
FIRST_TG = {"市税": 98.70, "国保税": 95.00, "介護料": 99.10, "後期高齢": 99.60, "住宅使用料": 96.20, "保育料": 98.00}
# 市税 収入未済額 R1..R5 (千円) for chart
CHART = {2019: 201334, 2020: 214870, 2021: 196542, 2022: 201887 - 58221 - 9120 + (3912456 - 3857114), 2023: None}


def calc(t):
    ca, cc, aa, ac, wo = t
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ca + aa, tc=cc + ac, out=ca + aa - cc - ac - wo,
                rc=rate(cc, ca), ra=rate(ac, aa), rt=rate(cc + ac, ca + aa))


R = {s: {fy: calc(t) for fy, t in ys.items()} for s, _, _, ys in D}
CHART[2023] = R["市税"][2023]["out"]
CHART[2022] = R["市税"][2022]["out"]
TOT = {fy: {k: sum(R[s][fy][k] for s in R) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")} for fy in (2022, 2023)}

CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; }
.page { width: 210mm; height: 296mm; padding: 20mm 20mm 16mm 20mm; box-sizing: border-box; page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.land { width: 297mm; height: 209mm; padding: 14mm 16mm; }
h1 { font-family: 'IPAexGothic', sans-serif; font-weight: normal; font-size: 22pt; text-align: center; margin: 60mm 0 6mm; }
h2 { font-family: 'IPAexGothic', sans-serif; font-weight: normal; font-size: 13pt; margin: 0 0 3mm; border-bottom: 1.5pt solid #2d5a27; padding-bottom: 1mm; }
h3 { font-family: 'IPAexGothic', sans-serif; font-weight: normal; font-size: 11pt; margin: 3mm 0 1.5mm; }
h4 { font-family: 'IPAexGothic', sans-serif; font-weight: normal; font-size: 10.5pt; margin: 2mm 0 1mm 1em; }
p { margin: 0 0 1.5mm; line-height: 1.65; text-indent: 1em; }
p.ni { text-indent: 0; }
p.a { padding-left: 2em; text-indent: -1em; }
p.b { padding-left: 3em; text-indent: -1em; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #999; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 0.6pt solid #555; padding: 0.8mm 1.2mm; }
th { background: #e3eedf; font-weight: normal; font-family: 'IPAexGothic', sans-serif; }
td.n { text-align: right; } td.c { text-align: center; }
.cap { font-family: 'IPAexGothic', sans-serif; font-size: 9.5pt; margin: 3mm 0 1mm; }
.frame { border: 1.2pt solid #2d5a27; padding: 3mm; }
.src { font-size: 8pt; margin: 1mm 0 0; text-indent: 0; }
.note { font-size: 8pt; text-indent: 0; line-height: 1.45; margin: 1mm 0 0; }
.ref { border: 1pt solid #000; padding: 2mm 4mm; margin: 3mm 0; font-size: 9.5pt; }
.ref p { text-indent: 0; margin: 0; }
.toc p { text-indent: 0; display: flex; margin: 0 0 3mm; }
.toc span.d { flex: 1; border-bottom: 1pt dotted #666; margin: 0 2mm 2mm; }
.items { border: 1pt solid #2d5a27; padding: 2mm 3mm; background: #f6faf4; }
.items p { text-indent: -1.2em; padding-left: 1.2em; margin-bottom: 1mm; }
.two { display: flex; gap: 6mm; } .two > div { flex: 1; }
"""

pages, buf = [], []
PAGE = 1


def out(h):
    buf.append(h)


def new_page():
    global PAGE, buf
    pages.append(buf)
    buf = []
    PAGE += 1


def wa(fy, both=True):
    r = fy - 2018
    e = "元" if r == 1 else str(r)
    return f"令和{e}（{fy}）年度" if both else f"令和{e}年度"


# ---------------------------------------------------------------- p1 cover + 目次
out('<h1>第２次南城市債権管理計画</h1>')
out('<p class="ni" style="text-align:center;font-size:13pt">（令和７年度～令和９年度）</p>')
out('<p class="ni" style="text-align:center;margin-top:25mm;font-size:12pt">令和７年３月<br>南　城　市</p>')
out('<div class="toc" style="margin:35mm 25mm 0">')
out('<p class="ni" style="justify-content:center">目　次</p>')
for t, p in [("１　計画の概要", "1"), ("２　債権の現状", "1"), ("３　収納状況の推移と第１次計画の評価", "2"),
             ("４　計画期間の目標", "3"), ("５　債権ごとの取組み", "5")]:
    out(f'<p>{t}<span class="d"></span>{p}</p>')
out('</div>')
new_page()

# ---------------------------------------------------------------- p2: two columns
t23, t22 = TOT[2023], TOT[2022]
dec = t22["out"] - t23["out"]
z23, z22 = R["市税"][2023], R["市税"][2022]
zd = round(z23["rc"] - z22["rc"], 2)
k23 = R["国保税"][2023]
out('<h2>１　計画の概要</h2>')
out('<div class="cols">')
out('<h3>（１）計画策定の趣旨</h3>')
out('<p>本市では、令和二年度に南城市債権管理条例を施行し、令和４（2022）年度から令和６（2024）年度までを期間とする第１次計画により、'
    '全庁的な債権管理の適正化に取り組んできた。第１次計画の成果と課題を踏まえ、引き続き市民負担の公平性を確保し、'
    '健全な財政運営に資するため、第２次計画を策定する。</p>')
out('<h3>（２）計画期間</h3>')
out('<p>令和７（2025）年度から令和９（2027）年度までの３か年とする。</p>')
out('<h3>（３）対象債権</h3>')
out('<p>令和５年度決算において収入未済額がある債権のうち、収入未済額の大きい６債権を重点債権とする。</p>')
out('<h2 style="margin-top:4mm">２　債権の現状</h2>')
out('<h3>（１）収入未済額</h3>')
out('<p>重点６債権の令和５（2023）年度末の収入未済額は'
    + g.fact(PAGE, "約" + man_oku(round(t23["out"] * 1000, -4)), round(t23["out"] * 1000, -4), "outstanding",
             debt=None, debt_raw="重点６債権", fy=2023, fy_raw="令和５（2023）年度", approx=True)
    + "で、前年度から"
    + g.fact(PAGE, "約" + man_oku(round(dec * 1000, -4)), -round(dec * 1000, -4), "difference", debt=None,
             debt_raw="重点６債権", fy=2023, fy_raw="令和５（2023）年度", approx=True)
    + "減少した。このうち市税と国民健康保険税で全体の約８割を占めている。平成30年度と比べると、収入未済額は着実に縮減している。</p>")
out('<h3>（２）収納率</h3>')
out('<p>市税の現年課税分の収納率は'
    + g.fact(PAGE, f"{z23['rc']:.2f}％", z23["rc"], "collection_rate", debt="市税", debt_raw="市税", fy=2023,
             fy_raw="令和５年度", segment="current")
    + "で、前年度比"
    + g.fact(PAGE, f"{zd:.2f}ポイント", zd, "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度",
             segment="current", unit="points")
    + "上昇した。国民健康保険税の現年課税分は"
    + g.fact(PAGE, f"{k23['rc']:.2f}％", k23["rc"], "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税",
             fy=2023, fy_raw="令和５年度", segment="current")
    + "、滞納繰越分は"
    + g.fact(PAGE, f"{k23['ra']:.2f}％", k23["ra"], "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税",
             fy=2023, fy_raw="令和５年度", segment="arrears")
    + "であり、県内市の平均をやや下回っている。</p>")
out('<h3>（３）不納欠損</h3>')
out('<p>令和５年度の重点６債権の不納欠損額は'
    + g.fact(PAGE, f"{t23['wo']:,}千円", t23["wo"] * 1000, "written_off", debt=None, debt_raw="重点６債権", fy=2023,
             fy_raw="令和５年度")
    + "であった。執行停止後３年を経過したもの及び時効の完成したものが大半を占めており、"
    'これらは財産調査を尽くしたうえで整理したものである。</p>')
out('<h3>（４）課題</h3>')
for lab, t in [("ア", "滞納繰越分の収納率が低く、少額の滞納が長期化している。"),
               ("イ", "所管課により督促・催告の時期や方法に差がある。"),
               ("ウ", "私債権や非強制徴収公債権について、法的措置の経験が少ない。")]:
    out(f'<p class="a">{lab}　{t}</p>')
out('</div>')
new_page()

# ---------------------------------------------------------------- p3: boxed table + 【参考】 + 第１次計画の評価
out('<h2>３　収納状況の推移と第１次計画の評価</h2>')
out('<p class="cap">表１　重点債権の収納状況</p>')
out('<div class="frame"><table>')
out('<tr><th rowspan="3">債権</th><th rowspan="3">区分</th><th colspan="3">令和４（2022）年度</th><th colspan="3">令和５（2023）年度</th></tr>')
out('<tr><th colspan="3">決算</th><th colspan="3">決算</th></tr>')
out('<tr>' + '<th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th>' * 2 + '</tr>')
for s in R:
    for i, (seg_l, seg, a, c, rk) in enumerate([("現年", "current", "ca", "cc", "rc"), ("滞繰", "arrears", "aa", "ac", "ra"),
                                                ("計", "total", "ta", "tc", "rt")]):
        cells = (f'<td rowspan="3" class="c">{s}</td>' if i == 0 else "") + f'<td class="c">{seg_l}</td>'
        for fy in (2022, 2023):
            r = R[s][fy]
            kw = dict(debt=FULL[s], debt_raw=s, fy=fy, fy_raw=wa(fy), segment=seg)
            cells += (f'<td class="n">{g.fact(PAGE, comma(r[a]), r[a] * 1000, "assessed", **kw)}</td>'
                      f'<td class="n">{g.fact(PAGE, comma(r[c]), r[c] * 1000, "collected", **kw)}</td>'
                      f'<td class="n">{g.fact(PAGE, f"{r[rk]:.2f}", r[rk], "collection_rate", **kw)}</td>')
        out(f'<tr>{cells}</tr>')
out('</table></div>')
out('<p class="src">出典：南城市各会計歳入歳出決算書（令和４年度・令和５年度）をもとに財政課作成</p>')
out('<p class="note">国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料</p>')
out('<div class="ref"><p>【参考】令和５年度末の状況（重点６債権計）</p>')
out(f'<p>・調定額：{g.fact(PAGE, comma(t23["ta"]) + "千円", t23["ta"] * 1000, "assessed", debt=None, debt_raw="重点６債権計", fy=2023, fy_raw="令和５年度")}</p>')
out(f'<p>・収入済額：{g.fact(PAGE, comma(t23["tc"]) + "千円", t23["tc"] * 1000, "collected", debt=None, debt_raw="重点６債権計", fy=2023, fy_raw="令和５年度")}</p>')
out(f'<p>・収入未済額：{g.fact(PAGE, comma(t23["out"]) + "千円", t23["out"] * 1000, "outstanding", debt=None, debt_raw="重点６債権計", fy=2023, fy_raw="令和５年度")}</p></div>')
out('<p class="cap">表２　第１次計画の目標と実績（現年分収納率、令和５年度）</p>')
out('<table><tr><th>債権</th><th>目標（％）</th><th>実績（％）</th><th>達成率（％）</th><th>評価</th></tr>')
for s in R:
    tv, av = FIRST_TG[s], R[s][2023]["rc"]
    ach = round(av / tv * 100, 1)
    kw = dict(debt=FULL[s], debt_raw=s, fy=2023, fy_raw="令和５年度", segment="current")
    out(f'<tr><td>{s}</td><td class="n">{g.fact(PAGE, f"{tv:.2f}", tv, "collection_rate", basis="target", **kw)}</td>'
        f'<td class="n">{g.fact(PAGE, f"{av:.2f}", av, "collection_rate", **kw)}</td>'
        f'<td class="n">{g.fact(PAGE, f"{ach:.1f}", ach, "achievement_rate", unit="percent", **kw)}</td>'
        f'<td class="c">{"達成" if av >= tv else "未達成"}</td></tr>')
out('</table>')
new_page()

# ---------------------------------------------------------------- p4: landscape (two headings side by side)
LAND_PAGE = PAGE
land = []
land.append('<h2>４　計画期間の目標</h2>')
land.append('<p class="ni">　計画期間の各年度の目標収納率及び収入未済額の目標額を次のとおり定める。</p>')
land.append('<p class="cap">表３　重点債権の目標（単位：％、千円）</p>')
h = ('<tr><th rowspan="2">債権</th><th rowspan="2">所管課</th><th colspan="3">令和５年度決算</th>'
     '<th colspan="9">計画期間の目標</th></tr><tr><th>現年分<br>収納率</th><th>滞繰分<br>収納率</th><th>収入<br>未済額</th>')
for fy in (2025, 2026, 2027):
    h += f'<th>R{fy - 2018}<br>現年分</th><th>R{fy - 2018}<br>滞繰分</th><th>R{fy - 2018}<br>未済額</th>'
land.append('<table>' + h + '</tr>')
for s, full, dept, _ in D:
    r = R[s][2023]
    kw = dict(debt=full, debt_raw=s, fy=2023, fy_raw="令和５年度")
    s_rc, s_ra = f"{r['rc']:.2f}", f"{r['ra']:.2f}"
    row = (f'<td>{s}</td><td>{dept}</td>'
           f'<td class="n">{g.fact(LAND_PAGE, s_rc, r["rc"], "collection_rate", segment="current", **kw)}</td>'
           f'<td class="n">{g.fact(LAND_PAGE, s_ra, r["ra"], "collection_rate", segment="arrears", **kw)}</td>'
           f'<td class="n">{g.fact(LAND_PAGE, comma(r["out"]), r["out"] * 1000, "outstanding", **kw)}</td>')
    for i, fy in enumerate((2025, 2026, 2027)):
        tc, ta, to = TG[s][i]
        kt = dict(debt=full, debt_raw=s, fy=fy, fy_raw=f"R{fy - 2018}", basis="target")
        row += (f'<td class="n">{g.fact(LAND_PAGE, f"{tc:.2f}", tc, "collection_rate", segment="current", **kt)}</td>'
                f'<td class="n">{g.fact(LAND_PAGE, f"{ta:.1f}", ta, "collection_rate", segment="arrears", **kt)}</td>'
                f'<td class="n">{g.fact(LAND_PAGE, comma(to), to * 1000, "outstanding", **kt)}</td>')
    land.append(f'<tr>{row}</tr>')
tot_t = [sum(TG[s][i][2] for s in TG) for i in range(3)]
row = ('<td colspan="2" class="c">合計</td><td class="c">－</td><td class="c">－</td>'
       f'<td class="n">{g.fact(LAND_PAGE, comma(t23["out"]), t23["out"] * 1000, "outstanding", debt=None, debt_raw="合計", fy=2023, fy_raw="令和５年度")}</td>')
for i, fy in enumerate((2025, 2026, 2027)):
    row += ('<td class="c">－</td><td class="c">－</td>'
            f'<td class="n">{g.fact(LAND_PAGE, comma(tot_t[i]), tot_t[i] * 1000, "outstanding", debt=None, debt_raw="合計", fy=fy, fy_raw=f"R{fy - 2018}", basis="target")}</td>')
land.append(f'<tr style="background:#f0f0f0">{row}</tr></table>')
land.append('<p class="note">注１　滞繰分の目標収納率は、前年度末の収入未済額（滞納繰越調定額）に対する収入済額の割合。</p>')
land.append('<p class="note">注２　収入未済額の目標は各年度末の見込額。不納欠損処理の見込みを含む。</p>')
new_page()

# ---------------------------------------------------------------- p5: long-format table + chart
out('<h3>（参考）目標の年度別一覧</h3>')
out('<p class="cap">表４　重点債権の年度別目標（縦覧）</p>')
out('<table style="width:75%"><tr><th>債権</th><th>年度</th><th>現年分収納率（％）</th><th>滞繰分収納率（％）</th><th>収入未済額（千円）</th></tr>')
for s in ("市税", "国保税", "住宅使用料"):
    for i, fy in enumerate((2025, 2026, 2027)):
        tc, ta, to = TG[s][i]
        kt = dict(debt=FULL[s], debt_raw=s, fy=fy, fy_raw=wa(fy, False), basis="target")
        out(f'<tr><td>{s}</td><td class="c">{wa(fy, False)}</td>'
            f'<td class="n">{g.fact(PAGE, f"{tc:.2f}", tc, "collection_rate", segment="current", **kt)}</td>'
            f'<td class="n">{g.fact(PAGE, f"{ta:.1f}", ta, "collection_rate", segment="arrears", **kt)}</td>'
            f'<td class="n">{g.fact(PAGE, comma(to), to * 1000, "outstanding", **kt)}</td></tr>')
out('</table>')
out('<p class="cap" style="margin-top:6mm">図１　市税の収入未済額の推移（2019年度～2023年度、単位：百万円）</p>')
svg = ['<svg width="560" height="230" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
       '<line x1="60" y1="200" x2="540" y2="200" stroke="#000"/><line x1="60" y1="20" x2="60" y2="200" stroke="#000"/>']
vmax = 260.0
for tick in (0, 50, 100, 150, 200, 250):
    y = 200 - 180 * tick / vmax
    svg.append(f'<text x="52" y="{y + 4:.1f}" font-size="10" text-anchor="end">{tick}</text>')
for i, fy in enumerate(sorted(CHART)):
    v = CHART[fy] / 1000
    bh = 180 * v / vmax
    x = 85 + i * 92
    svg.append(f'<rect x="{x}" y="{200 - bh:.1f}" width="46" height="{bh:.1f}" fill="#6b9a5e"/>')
    lab = g.fact(PAGE, f"{v:.1f}", int(round(v * 10)) * 100000, "outstanding", debt="市税", debt_raw="市税", fy=fy,
                 fy_raw=wa(fy, False))
    svg.append(f'<text x="{x + 23}" y="{195 - bh:.1f}" font-size="11" text-anchor="middle">{lab}</text>')
    svg.append(f'<text x="{x + 23}" y="216" font-size="10" text-anchor="middle">{wa(fy, False)}</text>')
svg.append('</svg>')
out("".join(svg))
out('<p class="note">※　各年度末（出納閉鎖後）の市税（現年課税分及び滞納繰越分）の収入未済額。</p>')
new_page()

# ---------------------------------------------------------------- p6-7: 債権ごとの取組み
SECTION_ITEMS = {
    "市税": (
        "令和５年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。滞納繰越分の収納率は{ra:.2f}％にとどまり、"
        "少額滞納の長期化が課題である。",
        [("ア", "納期限後２０日以内の督促、その後１か月以内の文書催告を徹底する。", "継続"),
         ("イ", "財産調査を滞納発生から３か月以内に行い、資力のある滞納者には差押えを執行する。", "拡充"),
         ("ウ", "スマートフォン決済に加え、地方税統一ＱＲコードによる納付を周知する。", "新規")]),
    "国保税": (
        "令和５年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。現年課税分の収納率は{rc:.2f}％であり、"
        "資格喪失後の未納が滞納繰越の主な要因となっている。",
        [("ア", "資格喪失の届出時に未納額を確認し、その場で納付相談を行う。", "新規"),
         ("イ", "短期被保険者証の交付に合わせて分納誓約の履行状況を確認する。", "継続"),
         ("ウ", "税務課と合同で年２回の集中催告を実施する。", "継続")]),
    "住宅使用料": (
        "令和５年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。退去者分が収入未済額の過半を占めている。",
        [("ア", "３か月以上の滞納者と面談し、分納誓約を求める。履行されない場合は連帯保証人へ請求する。", "継続"),
         ("イ", "明渡し請求訴訟等の法的措置を、顧問弁護士と協議のうえ計画的に実施する。", "拡充"),
         ("ウ", "所在不明の退去者分は調査のうえ、条例に基づき債権放棄を行う。", "新規")]),
}
out('<h2>５　債権ごとの取組み</h2>')
for n, s in enumerate(SECTION_ITEMS):
    if n == 2:
        new_page()
    full = FULL[s]
    status, items = SECTION_ITEMS[s]
    r23, r22 = R[s][2023], R[s][2022]
    d_ = r22["out"] - r23["out"]
    out(f'<h3>（{"１２３"[n]}）債権ごとの取組み（{full}）</h3>')
    kw = dict(debt=full, debt_raw=full, fy=2023, fy_raw="令和５年度末")
    g.fact(PAGE, f"{r23['out']:,}千円", r23["out"] * 1000, "outstanding", **kw)
    g.fact(PAGE, f"{d_:,}千円減少", -d_ * 1000, "difference", **kw)
    if "{ra" in status:
        g.fact(PAGE, f"{r23['ra']:.2f}％", r23["ra"], "collection_rate", **dict(kw, segment="arrears", fy_raw="令和５年度"))
    if "{rc" in status:
        g.fact(PAGE, f"{r23['rc']:.2f}％", r23["rc"], "collection_rate", **dict(kw, segment="current", fy_raw="令和５年度"))
    tc, ta, to = TG[s][0]
    kt = dict(debt=full, debt_raw=full, fy=2025, fy_raw="令和７年度", basis="target")
    out('<table><tr><th style="width:22%">現状と課題</th><td>' + status.format(out=r23["out"], dec=d_, ra=r23["ra"], rc=r23["rc"])
        + '</td></tr><tr><th>令和７年度目標</th><td>現年分収納率 '
        + g.fact(PAGE, f"{tc:.2f}％", tc, "collection_rate", segment="current", **kt)
        + '　／　滞繰分収納率 ' + g.fact(PAGE, f"{ta:.1f}％", ta, "collection_rate", segment="arrears", **kt)
        + '</td></tr></table>')
    out('<h4>具体的な取組</h4><div class="items">')
    for lab, t, stt in items:
        g.init(PAGE, t, debt=full, fy=2025, section="具体的な取組", label=lab, status=stt)
        out(f'<p>{lab}　{t}【{stt}】</p>')
    out('</div>')
out('<h3>（４）全庁的な取組</h3>')
for lab, t, stt in [("(ｱ)", "債権管理担当者研修を年２回実施し、督促から債権放棄までの事務手順を統一する。", "継続"),
                    ("(ｲ)", "債権管理システムにより、全債権の滞納状況を四半期ごとに集約し、債権管理対策会議で進捗を確認する。", "新規")]:
    g.init(PAGE, t, debt=None, fy=2025, section="全庁的な取組", label=lab, status=stt)
    out(f'<p class="b">{lab}　{t}【{stt}】</p>')
pages.append(buf)


def render(page_list, name, start, landscape=False):
    css = CSS + ("@page { size: A4 landscape; margin: 0; }" if landscape else "")
    html = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>", css, "</style></head><body>"]
    for i, pg in enumerate(page_list):
        cls = "page land" if landscape else "page"
        num = start + i
        foot = f'<div class="foot">－ {num - 1} －</div>' if num > 1 else ""
        html.append(f'<div class="{cls}">' + "\n".join(pg) + foot + "</div>")
    html.append("</body></html>")
    hp = WORK / f"{name}.html"
    hp.write_text("\n".join(html), encoding="utf-8")
    pp = WORK / f"{name}.pdf"
    chromium_pdf(hp, pp)
    return pp


before = render(pages[:LAND_PAGE - 1], f"{STEM}_a", 1)
landp = render([land], f"{STEM}_b", LAND_PAGE, landscape=True)
after = render(pages[LAND_PAGE:], f"{STEM}_c", LAND_PAGE + 1)
doc = pymupdf.open()
for p in (before, landp, after):
    doc.insert_pdf(pymupdf.open(p))
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
write_gold(STEM, g, kind="plan", family="plan", municipality=CITY, title="第２次南城市債権管理計画（令和７年度～令和９年度）",
           date="2025-03-01", date_raw="令和７年３月")
check(STEM)
