"""pt_ayase_committee_1: 令和７年度第１回 綾瀬市債権管理対策会議 資料 (HTML/CSS -> chromium).

Run from corpus/dev63:  python3 build/pt_ayase_committee.py
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pt_common import PDF_DIR, WORK, Gold, comma, oku_man, rate, rnd, tri  # noqa: E402

STEM = "pt_ayase_committee_1"
G = Gold(STEM, "committee_material", "committee", "綾瀬市",
         "令和７年度第１回綾瀬市債権管理対策会議資料", "2025-07-24", "令和７年７月２４日")

K = 1000  # thousand yen -> yen

# ---------------------------------------------------------------------------
# data (thousand yen). seg: (cur_a, cur_c, arr_a, arr_c, w)
# ---------------------------------------------------------------------------
SEG = {
    2024: {
        "市税": (13_285_412, 13_148_930, 402_116, 131_847, 21_905),
        "国民健康保険税": (1_812_630, 1_714_388, 498_205, 118_540, 44_217),
        "介護保険料": (1_406_118, 1_391_406, 38_904, 7_312, 9_845),
        "後期高齢者医療保険料": (894_512, 891_035, 6_718, 2_410, 1_203),
        "保育料": (208_415, 205_902, 16_240, 3_105, 1_872),
        "市営住宅使用料": (72_806, 71_215, 14_522, 2_364, 2_605),
    },
    2023: {
        "市税": (13_180_442, 13_044_985, 410_429, 126_918, 24_117),
        "国民健康保険税": (1_845_317, 1_738_120, 521_660, 117_315, 47_920),
        "介護保険料": (1_389_442, 1_373_905, 40_215, 7_020, 10_514),
        "後期高齢者医療保険料": (861_207, 857_630, 6_214, 2_215, 1_108),
        "保育料": (214_880, 211_902, 17_065, 2_981, 2_207),
        "市営住宅使用料": (73_115, 71_340, 15_034, 2_122, 2_480),
    },
}
# debts without a segment split: (A, C, W) per year
FLAT = {
    2024: {"生活保護費返還金": (96_314, 14_208, 3_416), "児童扶養手当返還金": (8_612, 2_115, 310),
           "学校給食費": (318_204, 314_510, 415)},
    2023: {"生活保護費返還金": (92_806, 13_011, 2_988), "児童扶養手当返還金": (8_955, 1_916, 402),
           "学校給食費": (322_410, 318_377, 520)},
}
# outstanding by segment in 令和4年度 (for the 収入未済額の推移 table)
O2022 = {"市税": (142_118, 270_267), "国民健康保険税": (92_118, 389_388), "介護保険料": (16_845, 24_330)}
# totals of 令和4年度 (A, C, W) of the other debts
R4 = {"介護保険料": (1_402_886, 1_350_679, 11_032), "後期高齢者医療保険料": (842_315, 837_904, 1_015),
      "保育料": (221_508, 208_615, 2_514), "市営住宅使用料": (88_912, 74_106, 2_290),
      "生活保護費返還金": (88_520, 12_406, 2_615), "児童扶養手当返還金": (9_204, 1_802, 388),
      "学校給食費": (325_118, 321_030, 610)}
# 市税 totals 令和2-4年度 (A, C, W)
TAX_OLD = {2020: (13_102_554, 12_597_310, 35_612), 2021: (13_356_720, 12_888_105, 31_208),
           2022: (13_498_215, 13_058_440, 27_390)}
KOKUHO_OLD = {2020: (2_512_306, 1_905_218, 58_204), 2021: (2_455_910, 1_893_607, 55_116),
              2022: (2_398_642, 1_866_114, 51_022)}

INFO = {  # canonical: (short, 所管課, 会計, 区分, 根拠)
    "市税": ("市税", "収納課", "一般会計", "強", "地方税法"),
    "保育料": ("保育料", "保育課", "一般会計", "強", "児童福祉法"),
    "生活保護費返還金": ("生活保護費返還金", "生活福祉課", "一般会計", "非", "生活保護法第63条"),
    "児童扶養手当返還金": ("児童扶養手当返還金", "子育て支援課", "一般会計", "非", "児童扶養手当法"),
    "市営住宅使用料": ("住宅使用料", "都市整備課", "一般会計", "私", "公営住宅法・市営住宅条例"),
    "学校給食費": ("給食費", "学校教育課", "一般会計", "私", "学校給食法・市学校給食費条例"),
    "国民健康保険税": ("国保税", "保険年金課", "国民健康保険事業特別会計", "強", "地方税法"),
    "介護保険料": ("介護料", "高齢介護課", "介護保険事業特別会計", "強", "介護保険法"),
    "後期高齢者医療保険料": ("後期高齢", "保険年金課", "後期高齢者医療事業特別会計", "強", "高齢者の医療の確保に関する法律"),
}
MAIN6 = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料"]


def tot(fy, d):
    """(A, C, W, O) total of a debt in a year."""
    if fy == 2022:
        a, c, w = {"市税": TAX_OLD[2022], "国民健康保険税": KOKUHO_OLD[2022]}.get(d) or R4[d]
        return a, c, w, a - c - w
    if d in SEG[fy]:
        ca, cc, aa, ac, w = SEG[fy][d]
        a, c = ca + aa, cc + ac
    else:
        a, c, w = FLAT[fy][d]
    return a, c, w, a - c - w


def segs(fy, d):
    ca, cc, aa, ac, w = SEG[fy][d]
    return {"current": (ca, cc, ca - cc), "arrears": (aa, ac, aa - ac - w)}


# ---------------------------------------------------------------------------
# html helpers
# ---------------------------------------------------------------------------
E = html.escape


def f(raw, value, metric, fy, **kw):
    return E(G.fact(raw, value, metric, fy, **kw))


def fk(v, metric, fy, **kw):
    """Thousand-yen figure printed with commas."""
    return f(comma(v), v * K, metric, fy, **kw)


def fr(v, fy, nd=2, **kw):
    return f(f"{v:.{nd}f}", v, "collection_rate", fy, **kw)


CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
@page land { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "IPAexGothic"; font-size: 9.2pt; color: #000; margin: 0;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { height: 268mm; position: relative; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
.shiryo { position: absolute; top: 0; right: 0; border: 1px solid #000; padding: 1pt 8pt; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 8mm 0 4mm; }
h2 { font-size: 12pt; margin: 4mm 0 2mm; border-bottom: 1.5px solid #000; padding-bottom: 1pt; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { margin: 1mm 0; line-height: 1.55; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #000; padding: 1.4pt 3pt; vertical-align: middle; }
th { background: #e4e4e4; font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 0.8mm; }
.note { font-size: 8.3pt; margin: 0.8mm 0; line-height: 1.45; }
.small td, .small th { font-size: 7.9pt; padding: 1.2pt 2pt; }
.sub td { background: #f0f0f0; }
.grand td { background: #dcdcdc; font-weight: bold; }
.panels { display: flex; gap: 4mm; margin: 2mm 0 3mm; }
.panel { flex: 1; border: 1.5px solid #1f3f6e; border-radius: 3mm; padding: 2mm 3mm; text-align: center; }
.panel .lb { font-size: 9pt; color: #1f3f6e; }
.panel .big { font-size: 17pt; font-weight: bold; margin: 1mm 0; }
.panel .sm { font-size: 8.5pt; }
.strip td { padding: 2pt 4pt; }
.strip td.h { background: #dde6f0; text-align: center; width: 13%; }
.v { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2pt; text-align: center;
     background: #eef2f7; width: 7mm; }
.rules td, .rules th { border: none; background: none; }
.rules thead tr:first-child th { border-top: 1.2pt solid #000; }
.rules thead tr:last-child th { border-bottom: 0.8pt solid #000; }
.rules tbody tr:last-child td { border-bottom: 1.2pt solid #000; }
.zebra td, .zebra th { border: none; padding: 3.2pt 4pt; }
.zebra th { background: #c9d6e8; }
.zebra tbody tr:nth-child(even) td { background: #e2eaf4; }
.box { border: 1pt solid #000; padding: 2mm; }
.cap { font-weight: bold; margin: 2mm 0 1mm; }
.src { font-size: 8pt; text-align: right; margin: 0.6mm 0 2mm; }
.toc td { border: none; padding: 1.6pt 2pt; font-size: 10.5pt; }
.toc td.dots { border-bottom: 1px dotted #000; }
ol.items { margin: 0; padding-left: 0; list-style: none; }
ol.items li { margin: 0.6mm 0; padding-left: 1.2em; text-indent: -1.2em; line-height: 1.5; }
"""


def page_open(n, shiryo=None, cls="page"):
    G.page = n
    s = f'<div class="{cls}">'
    if shiryo:
        s += f'<div class="shiryo">{E(shiryo)}</div>'
    return s


def page_close(n):
    return f'<div class="foot">－ {n} －</div></div>'


# ---------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------
def p1():
    s = page_open(1)
    s += '<p style="text-align:right;margin-top:6mm">令和７年７月２４日（木）<br>午後２時００分～<br>市役所本庁舎４階 全員協議会室</p>'
    s += '<h1 style="margin-top:30mm">令和７年度 第１回<br>綾瀬市債権管理対策会議</h1>'
    s += '<h3 style="margin-top:18mm">次　第</h3>'
    s += '<p style="padding-left:4mm">１　開　会<br>２　議　題<br>　（１）令和６年度 債権の状況（決算）について<br>' \
         '　（２）主要債権の取組個票（令和７年度）について<br>　（３）その他<br>３　閉　会</p>'
    s += '<h3 style="margin-top:12mm">配付資料（目次）</h3><table class="toc" style="width:88%;margin-left:4mm">'
    toc = [("資料１", "令和６年度 債権の状況（決算）", 2), ("資料２", "主要債権の収納状況", 3),
           ("取組個票１", "市税", 4), ("取組個票２", "国民健康保険税", 5), ("取組個票３", "介護保険料", 6),
           ("資料３", "主要債権の実績と目標（一覧）", 7), ("参考資料", "債権一覧（収入未済額）", 8)]
    for a, b, pg in toc:
        s += f'<tr><td style="width:22%">{E(a)}</td><td class="dots">{E(b)}</td><td style="width:6%;text-align:right">{pg}</td></tr>'
    s += '</table>'
    s += '<p class="note" style="margin-top:14mm">※ 前回会議（令和６年度第３回）は書面開催とし、令和７年２月１４日付けで各委員に資料を送付した。</p>'
    s += '<p style="position:absolute;bottom:12mm;right:0;font-size:10pt">事務局：綾瀬市 総務部 収納課</p>'
    return s + page_close(1)


def p2():
    s = page_open(2, "資料１")
    s += '<h2>資料１　令和６年度 債権の状況（決算）</h2>'
    # ---- panels
    A = C = W = O = 0
    A5 = C5 = O5 = 0
    order = ["市税", "保育料", "生活保護費返還金", "児童扶養手当返還金", "市営住宅使用料", "学校給食費",
             "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
    for d in order:
        a, c, w, o = tot(2024, d)
        A, C, W, O = A + a, C + c, W + w, O + o
        a5, c5, w5, o5 = tot(2023, d)
        A5, C5, O5 = A5 + a5, C5 + c5, O5 + o5
    r_all, r_all5 = rate(C, A), rate(C5, A5)
    d_all = rnd(r_all - r_all5, 2)
    o_oku = rnd(O / 100_000, 1)     # 億円
    d_o_oku = rnd((O - O5) / 100_000, 1)
    w_man = round(W / 10)
    R6 = "令和６年度"
    s += '<div class="panels">'
    s += ('<div class="panel"><div class="lb">市全体の収納率（令和６年度）</div><div class="big">'
          + f(f"{r_all:.2f}％", r_all, "collection_rate", 2024, debt_raw="市全体", fy_raw=R6)
          + '</div><div class="sm">前年度比 '
          + f(f"＋{d_all:.2f}ポイント", d_all, "difference", 2024, unit="points", debt_raw="市全体", fy_raw=R6)
          + '</div></div>')
    s += ('<div class="panel"><div class="lb">収入未済額（令和６年度末）</div><div class="big">'
          + f(f"{o_oku:.1f}億円", int(round(o_oku * 1e8)), "outstanding", 2024, debt_raw="市全体", fy_raw="令和６年度末")
          + '</div><div class="sm">前年度比 '
          + f(f"△{abs(d_o_oku):.1f}億円", int(round(d_o_oku * 1e8)), "difference", 2024, unit="yen",
              debt_raw="市全体", fy_raw="令和６年度末")
          + '</div></div>')
    s += ('<div class="panel"><div class="lb">不納欠損額（令和６年度）</div><div class="big">'
          + f(f"{w_man:,}万円", w_man * 10_000, "written_off", 2024, debt_raw="市全体", fy_raw=R6)
          + '</div><div class="sm">執行停止・時効等によるもの</div></div>')
    s += '</div>'
    # ---- 会計 × 債権 × 所管課 table
    s += '<h3>（１）会計別・債権別の決算状況</h3>'
    s += ('<table class="small"><thead><tr><th>会計</th><th>債権名</th><th>所管課</th><th>調定額<br>（千円）</th>'
          '<th>収入済額<br>（千円）</th><th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th>'
          '<th>収納率<br>（％）</th><th>前年度比<br>（ポイント）</th></tr></thead><tbody>')
    groups = [("一般会計", ["市税", "保育料", "生活保護費返還金", "児童扶養手当返還金", "市営住宅使用料", "学校給食費"],
               "一般会計計"),
              ("特別会計", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"], "特別会計計")]
    for acct, debts, sublabel in groups:
        first = True
        sa = sc = sw = so = 0
        sa5 = sc5 = 0
        for d in debts:
            a, c, w, o = tot(2024, d)
            a5, c5, _, _ = tot(2023, d)
            r, r5 = rate(c, a), rate(c5, a5)
            dd = rnd(r - r5, 2)
            sa, sc, sw, so = sa + a, sc + c, sw + w, so + o
            sa5, sc5 = sa5 + a5, sc5 + c5
            kw = dict(debt=d, debt_raw=d, fy_raw=R6)
            s += '<tr>'
            if first:
                lab = acct if acct == "一般会計" else "特別会計"
                s += f'<td rowspan="{len(debts)}" class="c" style="width:8%">{E(lab)}</td>'
                first = False
            acct_full = INFO[d][2]
            dname = d if acct == "一般会計" else f'{d}<br><span style="font-size:7pt">（{E(acct_full)}）</span>'
            s += (f'<td>{dname}</td><td>{E(INFO[d][1])}</td>'
                  f'<td class="n">{fk(a, "assessed", 2024, **kw)}</td><td class="n">{fk(c, "collected", 2024, **kw)}</td>'
                  f'<td class="n">{fk(w, "written_off", 2024, **kw)}</td><td class="n">{fk(o, "outstanding", 2024, **kw)}</td>'
                  f'<td class="n">{fr(r, 2024, **kw)}</td>'
                  f'<td class="n">{f(tri(dd, 2), dd, "difference", 2024, unit="points", **kw)}</td></tr>')
        r, r5 = rate(sc, sa), rate(sc5, sa5)
        dd = rnd(r - r5, 2)
        kw = dict(debt=None, debt_raw=sublabel, fy_raw=R6)
        s += (f'<tr class="sub"><td colspan="3" class="c">{sublabel}</td>'
              f'<td class="n">{fk(sa, "assessed", 2024, **kw)}</td><td class="n">{fk(sc, "collected", 2024, **kw)}</td>'
              f'<td class="n">{fk(sw, "written_off", 2024, **kw)}</td><td class="n">{fk(so, "outstanding", 2024, **kw)}</td>'
              f'<td class="n">{fr(r, 2024, **kw)}</td>'
              f'<td class="n">{f(tri(dd, 2), dd, "difference", 2024, unit="points", **kw)}</td></tr>')
    kw = dict(debt=None, debt_raw="総計", fy_raw=R6)
    s += (f'<tr class="grand"><td colspan="3" class="c">総　計</td>'
          f'<td class="n">{fk(A, "assessed", 2024, **kw)}</td><td class="n">{fk(C, "collected", 2024, **kw)}</td>'
          f'<td class="n">{fk(W, "written_off", 2024, **kw)}</td><td class="n">{fk(O, "outstanding", 2024, **kw)}</td>'
          f'<td class="n">{fr(r_all, 2024, **kw)}</td>'
          f'<td class="n">{f(tri(d_all, 2), d_all, "difference", 2024, unit="points", **kw)}</td></tr>')
    s += '</tbody></table>'
    s += '<p class="note">※ 収納率＝収入済額÷調定額×100。前年度比は令和５年度決算の収納率との差。</p>'
    # ---- small table in yen
    s += '<h3>（２）（参考）上表に含まない少額の債権</h3>'
    s += ('<table class="small" style="width:80%"><thead><tr><th>債権名</th><th>所管課</th><th>調定額（円）</th>'
          '<th>収入済額（円）</th><th>収入未済額（円）</th><th>収納率（％）</th></tr></thead><tbody>')
    for d, ka, a, c in [("放課後児童クラブ利用料", "子育て支援課", 41_286_500, 40_911_000),
                        ("道路占用料", "道路管理課", 12_904_316, 12_861_416)]:
        kw = dict(debt=d, debt_raw=d, fy_raw=R6)
        r = rate(c, a)
        s += (f'<tr><td>{d}</td><td>{ka}</td><td class="n">{f(comma(a), a, "assessed", 2024, **kw)}</td>'
              f'<td class="n">{f(comma(c), c, "collected", 2024, **kw)}</td>'
              f'<td class="n">{f(comma(a - c), a - c, "outstanding", 2024, **kw)}</td>'
              f'<td class="n">{fr(r, 2024, **kw)}</td></tr>')
    s += '</tbody></table>'
    s += '<p class="note">※ 放課後児童クラブ利用料は私債権、道路占用料は非強制徴収公債権。</p>'
    # ---- prose summary
    o_appr = round(O * K, -4)
    d_appr = round((O5 - O) * K, -5)
    t6, t5 = tot(2024, "市税")[3], tot(2023, "市税")[3]
    g6, g5 = tot(2024, "生活保護費返還金")[3], tot(2023, "生活保護費返還金")[3]
    ka, kc, _, _ = tot(2024, "国民健康保険税")
    ka5, kc5, _, _ = tot(2023, "国民健康保険税")
    kr, kr5 = rate(kc, ka), rate(kc5, ka5)
    s += '<h3>（３）概況</h3><p style="padding-left:3mm">'
    s += ("令和６年度末の収入未済額の総計は"
          + f("約" + oku_man(o_appr) + "円", o_appr, "outstanding", 2024, approx=True, fy_raw="令和６年度末")
          + "で、前年度と比べ"
          + f("約" + oku_man(d_appr) + "円", -d_appr, "difference", 2024, unit="yen", approx=True, fy_raw="令和６年度末")
          + "減少した。一般会計では、市税の収入未済額が"
          + f(f"{comma(t6)}千円", t6 * K, "outstanding", 2024, debt="市税", fy_raw="令和６年度末")
          + "と前年度から"
          + f(f"{comma(t5 - t6)}千円", (t6 - t5) * K, "difference", 2024, unit="yen", debt="市税", fy_raw="令和６年度末")
          + "減少した一方、生活保護費返還金は"
          + f(f"{comma(g6)}千円", g6 * K, "outstanding", 2024, debt="生活保護費返還金", fy_raw="令和６年度末")
          + "と前年度から"
          + f(f"{comma(g6 - g5)}千円", (g6 - g5) * K, "difference", 2024, unit="yen", debt="生活保護費返還金",
              fy_raw="令和６年度末")
          + "増加した。特別会計では、国民健康保険税の収納率が"
          + f(f"{kr:.2f}％", kr, "collection_rate", 2024, debt="国民健康保険税", fy_raw="令和６年度")
          + "となり、前年度より"
          + f(f"{rnd(kr - kr5, 2):.2f}ポイント", rnd(kr - kr5, 2), "difference", 2024, unit="points",
              debt="国民健康保険税", fy_raw="令和６年度")
          + "上昇した。</p>")
    return s + page_close(2)


def p3():
    s = page_open(3, "資料２")
    s += '<h2>資料２　主要債権の収納状況</h2>'
    s += '<h3>（１）区分別の収納状況（令和６年度決算）</h3><div class="unit">（単位：千円、％）</div>'
    s += ('<table class="small"><thead><tr><th rowspan="3">債権名</th><th colspan="9">令和６年度</th></tr>'
          '<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr><tr>'
          + '<th>調定額</th><th>収入済額</th><th>収納率</th>' * 3 + '</tr></thead><tbody>')
    R6 = "令和６年度"
    for d in MAIN6:
        short = INFO[d][0]
        kw = dict(debt=d, debt_raw=short, fy_raw=R6)
        sg = segs(2024, d)
        s += f'<tr><td>{E(short)}</td>'
        for seg in ("current", "arrears"):
            a, c, _ = sg[seg]
            s += (f'<td class="n">{fk(a, "assessed", 2024, segment=seg, **kw)}</td>'
                  f'<td class="n">{fk(c, "collected", 2024, segment=seg, **kw)}</td>'
                  f'<td class="n">{fr(rate(c, a), 2024, segment=seg, **kw)}</td>')
        a, c, _, _ = tot(2024, d)
        s += (f'<td class="n">{fk(a, "assessed", 2024, **kw)}</td><td class="n">{fk(c, "collected", 2024, **kw)}</td>'
              f'<td class="n">{fr(rate(c, a), 2024, **kw)}</td></tr>')
    s += '</tbody></table>'
    s += ('<p class="note">（注）債権名は略称。国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、'
          '住宅使用料＝市営住宅使用料。</p>')
    # ---- outstanding by segment, years descending, horizontal rules only
    s += '<h3 style="margin-top:5mm">（２）収入未済額の推移（区分別）</h3><div class="unit">（単位：千円）</div>'
    s += ('<table class="rules" style="width:92%"><thead><tr><th>債権名</th><th>区分</th><th>令和６年度</th>'
          '<th>令和５年度</th><th>令和４年度</th><th>増減<br>（R6－R5）</th></tr></thead><tbody>')
    seg_lab = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
    for d in ["市税", "国民健康保険税", "介護保険料"]:
        short = INFO[d][0]
        o6 = {k: v[2] for k, v in segs(2024, d).items()}
        o5 = {k: v[2] for k, v in segs(2023, d).items()}
        o4 = dict(zip(("current", "arrears"), O2022[d]))
        for o in (o6, o5, o4):
            o["total"] = o["current"] + o["arrears"]
        first = True
        for seg in ("current", "arrears", "total"):
            s += '<tr>'
            if first:
                s += f'<td rowspan="3" style="border-bottom:0.5pt solid #888">{E(short)}</td>'
                first = False
            bb = ' style="border-bottom:0.5pt solid #888"' if seg == "total" else ''
            kwd = dict(debt=d, debt_raw=short, segment=seg)
            dd = o6[seg] - o5[seg]
            s += (f'<td class="c"{bb}>{seg_lab[seg]}</td>'
                  f'<td class="n"{bb}>{fk(o6[seg], "outstanding", 2024, fy_raw="令和６年度", **kwd)}</td>'
                  f'<td class="n"{bb}>{fk(o5[seg], "outstanding", 2023, fy_raw="令和５年度", **kwd)}</td>'
                  f'<td class="n"{bb}>{fk(o4[seg], "outstanding", 2022, fy_raw="令和４年度", **kwd)}</td>'
                  f'<td class="n"{bb}>{f(tri(dd, mark="▲"), dd * K, "difference", 2024, unit="yen", fy_raw="R6－R5", **kwd)}</td></tr>')
    s += '</tbody></table>'
    wn = "、".join(INFO[x][0] + f(f"{comma(tot(2024, x)[2])}千円", tot(2024, x)[2] * K, "written_off", 2024, debt=x,
                                  debt_raw=INFO[x][0], fy_raw="令和６年度")
                   for x in ["市税", "国民健康保険税", "介護保険料"])
    s += ('<p class="note">※ 増減の▲は減少を示す。各年度とも５月31日（出納閉鎖日）現在の決算額。'
          f'収入未済額は、令和６年度の不納欠損額（{wn}）を控除した後の額。</p>')
    ta, tc, _ = segs(2024, "市税")["arrears"]
    ta5, tc5, _ = segs(2023, "市税")["arrears"]
    r6, r5 = rate(tc, ta), rate(tc5, ta5)
    k6 = segs(2024, "国民健康保険税")["arrears"][2]
    k5 = segs(2023, "国民健康保険税")["arrears"][2]
    s += '<h3 style="margin-top:5mm">（３）所見</h3><p style="padding-left:3mm">'
    s += ("市税の滞納繰越分の収納率は"
          + f(f"{r6:.2f}％", r6, "collection_rate", 2024, segment="arrears", debt="市税", fy_raw="令和６年度")
          + "で、前年度の"
          + f(f"{r5:.2f}％", r5, "collection_rate", 2023, segment="arrears", debt="市税", fy_raw="前年度")
          + "から"
          + f(f"{rnd(r6 - r5, 2):.2f}ポイント", rnd(r6 - r5, 2), "difference", 2024, unit="points", segment="arrears",
              debt="市税", fy_raw="令和６年度")
          + "上昇した。国保税の滞納繰越分の収入未済額は"
          + f(f"{comma(k6)}千円", k6 * K, "outstanding", 2024, segment="arrears", debt="国民健康保険税",
              debt_raw="国保税", fy_raw="令和６年度")
          + "で、前年度から"
          + f(f"{comma(k5 - k6)}千円", (k6 - k5) * K, "difference", 2024, unit="yen", segment="arrears",
              debt="国民健康保険税", debt_raw="国保税", fy_raw="令和６年度")
          + "減少しており、執行停止と不納欠損による整理が進んでいる。一方で、現年度分の収入未済額は"
            "市税・国保税ともおおむね横ばいで推移しており、新たな滞納の発生を抑える取組が引き続き必要である。</p>")
    return s + page_close(3)


def strip(debt, ka, kubun):
    return ('<table class="strip"><tr>'
            f'<td class="h">債権名</td><td style="font-weight:bold;font-size:11pt">{E(debt)}</td>'
            f'<td class="h">所管課</td><td>{E(ka)}</td><td class="h">債権区分</td><td>{E(kubun)}</td></tr></table>')


def p4():
    s = page_open(4, "取組個票１")
    d = "市税"
    s += '<h2>取組個票１</h2>' + strip("市税", "総務部 収納課", "強制徴収公債権")
    s += '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円）</div>'
    years = [2020, 2021, 2022, 2023, 2024]
    lab = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}
    rows = {}
    for y in years:
        if y in TAX_OLD:
            a, c, w = TAX_OLD[y]
            rows[y] = (a, c, w, a - c - w)
        else:
            rows[y] = tot(y, d)
    s += ('<table class="small"><thead><tr><th>区分</th>' + ''.join(f'<th>{lab[y]}</th>' for y in years)
          + '<th>５年平均</th><th>増減額<br>（R6－R5）</th><th>増減率<br>（％）</th></tr></thead><tbody>')
    names = [("調定額", "assessed", 0), ("収入済額", "collected", 1), ("不納欠損額", "written_off", 2),
             ("収入未済額", "outstanding", 3)]
    for nm, met, i in names:
        s += f'<tr><td>{nm}</td>'
        for y in years:
            s += f'<td class="n">{fk(rows[y][i], met, y, debt=d, fy_raw=lab[y])}</td>'
        avg = round(sum(rows[y][i] for y in years) / 5)
        s += f'<td class="n">{fk(avg, met, None, debt=d, fy_raw="５年平均")}</td>'
        dd = rows[2024][i] - rows[2023][i]
        s += f'<td class="n">{f(tri(dd), dd * K, "difference", 2024, unit="yen", debt=d, fy_raw="R6－R5")}</td>'
        s += f'<td class="n">{tri(rnd(dd * 100 / rows[2023][i], 1), 1)}</td></tr>'
    rr = {y: rate(rows[y][1], rows[y][0]) for y in years}
    s += '<tr><td>収納率（％）</td>'
    for y in years:
        s += f'<td class="n">{fr(rr[y], y, debt=d, fy_raw=lab[y])}</td>'
    avg = rnd(sum(rr[y] for y in years) / 5, 2)
    dd = rnd(rr[2024] - rr[2023], 2)
    s += (f'<td class="n">{fr(avg, None, debt=d, fy_raw="５年平均")}</td>'
          f'<td class="n">{f(tri(dd, 2), dd, "difference", 2024, unit="points", debt=d, fy_raw="R6－R5")}</td>'
          '<td class="n">－</td></tr></tbody></table>')
    s += '<p class="note">※ 収納率の増減額欄はポイント差。５年平均は令和２年度から令和６年度までの単純平均。</p>'
    # ---- targets vs results side by side
    s += '<h3>２　数値目標と実績</h3>'
    tg = {2023: (99.00, 30.00, 380_000), 2024: (99.05, 32.00, 370_000)}
    s += ('<table class="small"><thead><tr><th rowspan="2">指標</th><th colspan="3">令和５年度</th>'
          '<th colspan="3">令和６年度</th></tr><tr>' + '<th>目標</th><th>実績</th><th>達成率</th>' * 2
          + '</tr></thead><tbody>')
    for nm, seg, i in [("現年課税分 収納率（％）", "current", 0), ("滞納繰越分 収納率（％）", "arrears", 1),
                       ("収入未済額（千円）", "total", 2)]:
        s += f'<tr><td>{nm}</td>'
        for y in (2023, 2024):
            t = tg[y][i]
            yl = lab[y]
            if i < 2:
                a, c, _ = segs(y, d)[seg]
                res = rate(c, a)
                ach = rnd(res / t * 100, 1)
                s += (f'<td class="n">{f(f"{t:.2f}", t, "collection_rate", y, segment=seg, basis="target", debt=d, fy_raw=yl)}</td>'
                      f'<td class="n">{fr(res, y, segment=seg, debt=d, fy_raw=yl)}</td><td class="n">{ach:.1f}％</td>')
            else:
                res = rows[y][3]
                ach = rnd(t / res * 100, 1)
                s += (f'<td class="n">{fk(t, "outstanding", y, basis="target", debt=d, fy_raw=yl)}</td>'
                      f'<td class="n">{fk(res, "outstanding", y, debt=d, fy_raw=yl)}</td><td class="n">{ach:.1f}％</td>')
        s += '</tr>'
    s += '</tbody></table>'
    s += '<p class="note">※ 達成率は、収納率は実績÷目標、収入未済額は目標÷実績により算出。</p>'
    # ---- 現状と課題: paragraph cell beside plain figures
    o6, o5 = rows[2024][3], rows[2023][3]
    arr6 = segs(2024, d)["arrears"][2]
    s += '<h3>３　現状と課題</h3>'
    txt = ("令和６年度末の収入未済額は"
           + f(f"{comma(o6)}千円", o6 * K, "outstanding", 2024, debt=d, fy_raw="令和６年度末")
           + "で、前年度より"
           + f(f"{comma(o5 - o6)}千円", (o6 - o5) * K, "difference", 2024, unit="yen", debt=d, fy_raw="令和６年度末")
           + "減少した。このうち滞納繰越分は"
           + f(f"{comma(arr6)}千円", arr6 * K, "outstanding", 2024, segment="arrears", debt=d, fy_raw="令和６年度末")
           + "であり、少額・多数の案件が長期化している。現年課税分の収納率は"
           + fr(rate(*segs(2024, d)["current"][1::-1]), 2024, segment="current", debt=d, fy_raw="令和６年度", out=None)
           + "％と目標をやや下回っており、初期滞納への対応が課題である。")
    s += ('<table class="small"><tr><th style="width:14%">現状と課題</th>'
          f'<td rowspan="3" style="line-height:1.5;padding:3pt 4pt">{txt}</td>'
          '<th style="width:15%">滞納者数（人）</th><td class="n" style="width:10%">'
          + f("2,318", 2318, "delinquents", 2024, debt=d, fy_raw="令和６年度末") + '</td></tr>'
          '<tr><td rowspan="2" class="c" style="font-size:7.5pt">（令和６年度末）</td><th>差押件数（件）</th><td class="n">1,204</td></tr>'
          '<tr><th>うち預貯金（件）</th><td class="n">862</td></tr></table>')
    # ---- 取組 items in a table without a 取組 header
    s += '<h3>４　令和７年度に実施する事項</h3>'
    items = [
        ("①", "現年課税分の初期滞納者に対し、督促状発送後10日以内にＳＭＳ及び電話による催告を行う。", "継続", False),
        ("②", "滞納繰越分は財産調査を早期に実施し、預貯金・給与等の差押えを中心とした滞納処分を徹底する。", "継続", False),
        ("③", "地方税統一ＱＲコードを活用したキャッシュレス納付の周知を強化し、口座振替の新規登録を促進する。", "拡充", False),
        ("④", "高額・困難事案は神奈川県と連携した共同徴収の対象とし、捜索・公売を含めた処分を進める。", "新規", True),
        ("⑤", "徴収猶予・換価の猶予の申請に適切に対応し、分納誓約の履行状況を毎月確認する。", "継続", False),
    ]
    s += '<table class="small">'
    for lab_, t, st, alone in items:
        G.init(t, debt=d, fy=2025, section="令和７年度に実施する事項", label=lab_, status=st)
        tag = f"<br>【{st}】" if alone else f"【{st}】"
        s += f'<tr><td class="c" style="width:5%">{lab_}</td><td style="line-height:1.5">{E(t)}{tag}</td></tr>'
    s += '</table>'
    return s + page_close(4)


def p5():
    s = page_open(5, "取組個票２")
    d = "国民健康保険税"
    s += '<h2>取組個票２</h2>'
    s += ('<table class="strip"><tr><td style="font-weight:bold;font-size:11pt;width:50%">債権名　国民健康保険税</td>'
          '<td>所管課　福祉部 保険年金課</td><td>区分　強制徴収公債権</td></tr></table>')
    s += '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円）</div>'
    lab = {2020: "令和２（2020）年度", 2021: "令和３（2021）年度", 2022: "令和４（2022）年度",
           2023: "令和５（2023）年度", 2024: "令和６（2024）年度", 2025: "令和７（2025）年度"}
    s += ('<table class="small"><thead><tr><th>年度</th><th>収納率（％）</th><th>調定額</th><th>収入済額</th>'
          '<th>不納欠損額</th><th>収入未済額</th><th>備考</th></tr></thead><tbody>')
    for y in (2020, 2021, 2022, 2023, 2024):
        if y in KOKUHO_OLD:
            a, c, w = KOKUHO_OLD[y]
            o = a - c - w
        else:
            a, c, w, o = tot(y, d)
        kw = dict(debt=d, fy_raw=lab[y])
        note = ""
        if y in SEG or y == 2022:
            arr = segs(y, d)["arrears"][2] if y in SEG else O2022[d][1]
            note = "うち滞納繰越分 " + f(f"{comma(arr)}千円", arr * K, "outstanding", y, segment="arrears", **kw)
        s += (f'<tr><td>{lab[y]}</td><td class="n">{fr(rate(c, a), y, **kw)}</td>'
              f'<td class="n">{fk(a, "assessed", y, **kw)}</td><td class="n">{fk(c, "collected", y, **kw)}</td>'
              f'<td class="n">{fk(w, "written_off", y, **kw)}</td>'
              f'<td class="n">{fk(o, "outstanding", y, **kw)}</td><td style="font-size:7.5pt">{note}</td></tr>')
    kw = dict(debt=d, fy_raw=lab[2025], basis="target")
    s += (f'<tr><td>{lab[2025]}（目標）</td><td class="n">{fr(80.00, 2025, **kw)}</td><td class="n">－</td>'
          f'<td class="n">－</td><td class="n">－</td><td class="n">{fk(520_000, "outstanding", 2025, **kw)}</td>'
          '<td style="font-size:7.5pt">現年度分目標 '
          + f("94.80％", 94.80, "collection_rate", 2025, segment="current", **kw) + '</td></tr>')
    s += '</tbody></table>'
    # households
    h5, h6 = 1_512, 1_436
    s += ('<table class="small" style="width:60%;margin-top:2mm"><tr><th>滞納世帯数（世帯）</th><th>令和５年度末</th>'
          '<th>令和６年度末</th><th>増減</th></tr><tr><td>国民健康保険税</td>'
          f'<td class="n">{f(comma(h5), h5, "delinquents", 2023, unit="households", debt=d, fy_raw="令和５年度末")}</td>'
          f'<td class="n">{f(comma(h6), h6, "delinquents", 2024, unit="households", debt=d, fy_raw="令和６年度末")}</td>'
          f'<td class="n">{f(tri(h6 - h5), h6 - h5, "difference", 2024, unit="households", debt=d, fy_raw="令和６年度末")}</td>'
          '</tr></table>')
    # analysis
    r6 = rate(*segs(2024, d)["current"][1::-1])
    r5 = rate(*segs(2023, d)["current"][1::-1])
    s += '<h3>２　分析</h3>'
    s += ('<p style="padding-left:3mm">令和６（2024）年度の現年度分収納率は'
          + f(f"{r6:.2f}％", r6, "collection_rate", 2024, segment="current", debt=d, fy_raw="令和６（2024）年度")
          + "となり、前年度の"
          + f(f"{r5:.2f}％", r5, "collection_rate", 2023, segment="current", debt=d, fy_raw="前年度")
          + "から"
          + f(f"{rnd(r6 - r5, 2):.2f}ポイント", rnd(r6 - r5, 2), "difference", 2024, unit="points", segment="current",
              debt=d, fy_raw="令和６（2024）年度")
          + "上昇した。被保険者数の減少に伴い調定額は減少傾向にあるが、口座振替率の向上が現年度分の収納を下支えしている。</p>")
    # 取組
    s += '<h3>３　債権ごとの取組み（国民健康保険税）</h3>'
    sec = "債権ごとの取組み（国民健康保険税）"
    body = [
        ("(1)", "現年度分の滞納抑制", [
            ("ア", "納期限後の早期催告を徹底し、２期以上の未納世帯には電話催告を実施する。", "継続", "inline"),
            ("イ", "国保加入手続の際に口座振替の申込みを原則とし、窓口での勧奨に加えて、Ｗｅｂ口座振替受付サービスの案内を納税通知書に同封する。", "拡充", "wrap"),
        ]),
        ("(2)", "滞納繰越分の整理", [
            ("ア", "財産調査の結果、差押可能な財産が判明した世帯には、速やかに差押えを執行する。", "継続", "inline"),
            ("イ", "財産がなく生活が困窮している世帯については、執行停止を適正に行い、債権の整理を進める。", "継続", "alone"),
        ]),
    ]
    s += '<div style="padding-left:3mm">'
    for lab1, head, subs in body:
        s += f'<p style="margin-top:1.5mm">{lab1}　{head}</p><ol class="items" style="padding-left:5mm">'
        for lab2, t, st, how in subs:
            G.init(t, debt=d, fy=2025, section=sec, label=lab1 + lab2, status=st)
            if how == "alone":
                s += f'<li>{lab2}　{E(t)}<br><span style="padding-left:1.2em">【{st}】</span></li>'
            else:
                s += f'<li>{lab2}　{E(t)}【{st}】</li>'
        s += '</ol>'
    t3 = "資格確認書の交付や保険証の更新の機会を捉えて、滞納世帯との接触を図り、納付相談につなげる。"
    G.init(t3, debt=d, fy=2025, section=sec, label="(3)", status="新規")
    s += f'<p style="margin-top:1.5mm">(3)　{E(t3)}【新規】</p></div>'
    s += '<h3>４　令和６年度の主な実績</h3>'
    s += ('<table class="small" style="width:90%"><thead><tr><th>項目</th><th>令和６年度</th><th>令和５年度</th>'
          '<th>備考</th></tr></thead><tbody>'
          '<tr><td>差押件数（件）</td><td class="n">412</td><td class="n">398</td><td>預貯金・給与・生命保険等</td></tr>'
          '<tr><td>電話催告件数（件）</td><td class="n">5,120</td><td class="n">4,806</td><td>夜間・休日催告を含む</td></tr>'
          '<tr><td>執行停止件数（件）</td><td class="n">187</td><td class="n">203</td><td>生活困窮・財産なし</td></tr>'
          '<tr><td>口座振替加入率（％）</td><td class="n">52.4</td><td class="n">50.9</td><td>年度末現在の加入世帯割合</td></tr>'
          '</tbody></table>')
    return s + page_close(5)


def p6():
    s = page_open(6, "取組個票３")
    d = "介護保険料"
    s += '<h2>取組個票３</h2>' + strip("介護保険料", "福祉部 高齢介護課", "強制徴収公債権")
    s += '<h3>１　区分別の収納状況</h3><div class="unit">（単位：千円、％）</div>'
    s += ('<table class="small" style="width:86%"><thead><tr><th colspan="2">区分</th><th>令和５年度</th><th>令和６年度</th>'
          '<th>令和７年度目標</th></tr></thead><tbody>')
    tg = {"current": 99.10, "arrears": 20.00}
    for seg, vlab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        s5, s6 = segs(2023, d)[seg], segs(2024, d)[seg]
        s += f'<tr><td class="v" rowspan="3">{vlab}</td><td>調定額</td>'
        s += (f'<td class="n">{fk(s5[0], "assessed", 2023, segment=seg, debt=d, fy_raw="令和５年度")}</td>'
              f'<td class="n">{fk(s6[0], "assessed", 2024, segment=seg, debt=d, fy_raw="令和６年度")}</td>'
              '<td class="n">－</td></tr>')
        s += (f'<tr><td>収入済額</td><td class="n">{fk(s5[1], "collected", 2023, segment=seg, debt=d, fy_raw="令和５年度")}</td>'
              f'<td class="n">{fk(s6[1], "collected", 2024, segment=seg, debt=d, fy_raw="令和６年度")}</td>'
              '<td class="n">－</td></tr>')
        s += (f'<tr><td>収納率</td><td class="n">{fr(rate(s5[1], s5[0]), 2023, segment=seg, debt=d, fy_raw="令和５年度")}</td>'
              f'<td class="n">{fr(rate(s6[1], s6[0]), 2024, segment=seg, debt=d, fy_raw="令和６年度")}</td>'
              f'<td class="n">{f(f"{tg[seg]:.2f}", tg[seg], "collection_rate", 2025, segment=seg, basis="target", debt=d, fy_raw="令和７年度目標")}</td></tr>')
    s += '</tbody></table>'
    # boxed table with caption over and source under
    s += '<div class="cap">表　介護保険料の滞納者数・収入未済額の推移</div><div class="box">'
    s += ('<table class="small"><thead><tr><th>年度</th><th>滞納者数（人）</th><th>収入未済額（千円）</th>'
          '<th>不納欠損額（千円）</th></tr></thead><tbody>')
    dl = {2022: 1_268, 2023: 1_214, 2024: 1_151}
    for y, yl in ((2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")):
        _, _, w, o = tot(y, d)
        kw = dict(debt=d, fy_raw=yl)
        s += (f'<tr><td class="c">{yl}</td><td class="n">{f(comma(dl[y]), dl[y], "delinquents", y, **kw)}</td>'
              f'<td class="n">{fk(o, "outstanding", y, **kw)}</td><td class="n">{fk(w, "written_off", y, **kw)}</td></tr>')
    s += '</tbody></table></div><div class="src">出典：介護保険事業状況報告（年報）及び高齢介護課集計</div>'
    # status table with a blank header
    s += '<h3>２　令和７年度 取組の進捗状況（６月末現在）</h3>'
    sec = "令和７年度 取組の進捗状況"
    items = [
        ("1", "普通徴収の新規対象者へ、納付案内と口座振替依頼書を同封して送付する。", "◎"),
        ("2", "督促状の送付後も未納の方へ、催告書を年２回（７月・１１月）送付する。", "○"),
        ("3", "滞納者に対し、給付制限の内容を事前に周知し、納付相談を促す。", "○"),
        ("4", "差押え可能な財産を有する滞納者に対して、収納課と連携して滞納処分を実施する。", "△"),
        ("5", "年金からの特別徴収への切替時期を案内し、普通徴収期間中の未納を防ぐ。", "○"),
    ]
    s += '<table class="small"><thead><tr><th style="width:6%">No.</th><th>取組内容</th><th style="width:8%"></th></tr></thead><tbody>'
    for n, t, mk in items:
        G.init(t, debt=d, fy=2025, section=sec, label=n, status=None)
        s += f'<tr><td class="c">{n}</td><td style="line-height:1.5">{E(t)}</td><td class="c" style="font-size:11pt">{mk}</td></tr>'
    s += '</tbody></table><p class="note">◎：実施済　○：実施中　△：一部実施（準備中を含む）</p>'
    s += '<h3>３　課題と今後の方向性</h3><p style="padding-left:3mm">'
    s += ("滞納者数は令和６年度末で"
          + f(f"{dl[2024]:,}人", dl[2024], "delinquents", 2024, debt=d, fy_raw="令和６年度末")
          + "と、前年度から"
          + f(f"{dl[2023] - dl[2024]}人", dl[2024] - dl[2023], "difference", 2024, unit="persons", debt=d,
              fy_raw="令和６年度末")
          + "減少した。滞納者の多くは普通徴収の方であり、年金受給開始前後の未納が長期化する傾向にある。"
            "今後は、特別徴収への切替時期の案内を早めるとともに、収納課との連携による財産調査を定例化し、"
            "滞納繰越分の収納率を令和７年度目標の"
          + f(f"{tg['arrears']:.2f}％", tg["arrears"], "collection_rate", 2025, segment="arrears", basis="target",
              debt=d, fy_raw="令和７年度目標")
          + "まで引き上げることを目指す。</p>")
    return s + page_close(6)


LONG_DEBTS = MAIN6 + ["生活保護費返還金", "児童扶養手当返還金", "学校給食費"]
SPLIT = 32  # rows on page 7; the rest continue on page 8 under a repeated header


def long_rows():
    rows = []
    for d in LONG_DEBTS:
        for y, basis in ((2022, "実績"), (2023, "実績"), (2024, "実績"), (2025, "目標")):
            rows.append((d, y, basis))
    return rows


TARGET25 = {"市税": (98.00, 360_000), "国民健康保険税": (80.00, 520_000), "介護保険料": (97.60, 40_000),
            "後期高齢者医療保険料": (99.50, 5_000), "保育料": (94.50, 14_000), "市営住宅使用料": (85.00, 12_000),
            "生活保護費返還金": (16.00, 78_000), "児童扶養手当返還金": (25.00, 6_000), "学校給食費": (99.00, 3_000)}


def long_table(rows, cont=False):
    s = ('<table class="zebra" style="font-size:8.3pt;white-space:nowrap"><colgroup><col style="width:33mm">'
         '<col style="width:19mm"><col style="width:10mm"><col><col><col style="width:17mm"><col><col></colgroup>'
         '<thead><tr><th>債権名</th><th>年度</th><th>区分</th><th>調定額<br>（千円）</th>'
         '<th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th></tr></thead><tbody>')
    yl = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度"}
    for d, y, b in rows:
        kw = dict(debt=d, fy_raw=yl[y])
        if b == "実績":
            a, c, w, o = tot(y, d)
            s += (f'<tr><td>{d}</td><td class="c">{yl[y]}</td><td class="c">実績</td>'
                  f'<td class="n">{fk(a, "assessed", y, **kw)}</td><td class="n">{fk(c, "collected", y, **kw)}</td>'
                  f'<td class="n">{fr(rate(c, a), y, **kw)}</td><td class="n">{fk(w, "written_off", y, **kw)}</td>'
                  f'<td class="n">{fk(o, "outstanding", y, **kw)}</td></tr>')
        else:
            r, o = TARGET25[d]
            s += (f'<tr><td>{d}</td><td class="c">{yl[y]}</td><td class="c">目標</td><td class="n">－</td><td class="n">－</td>'
                  f'<td class="n">{fr(r, y, basis="target", **kw)}</td><td class="n">－</td>'
                  f'<td class="n">{fk(o, "outstanding", y, basis="target", **kw)}</td></tr>')
    return s + '</tbody></table>'


def p7():
    s = page_open(7, "資料３")
    s += '<h2>資料３　主要債権の実績と目標（一覧）</h2>'
    s += '<p>主な債権について、令和４年度から令和６年度までの決算実績と令和７年度の目標を、債権・年度ごとに示す。</p>'
    rows = long_rows()
    s += long_table(rows[:SPLIT])
    s += '<p class="note" style="text-align:right">（次ページへ続く）</p>'
    return s + page_close(7)


def p8():
    s = page_open(8, "参考資料")
    s += '<p style="margin:0 0 1mm">資料３（続き）</p>'
    s += long_table(long_rows()[SPLIT:])
    s += ('<p class="note">※ 目標欄の収納率は現年度分と滞納繰越分を合わせた全体の目標、'
          '収入未済額は年度末の目標額。調定額・収入済額の目標は設定していない（「－」）。</p>')
    s += '<h2 style="margin-top:6mm">参考資料　債権一覧（令和６年度末 収入未済額）</h2>'
    s += ('<table class="small"><thead><tr><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th>'
          '<th>収入未済額（千円）</th></tr></thead><tbody>')
    pub = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "生活保護費返還金", "児童扶養手当返還金"]
    priv = ["市営住宅使用料", "学校給食費"]
    total = 0
    for sec, debts, lab in (("【公債権】", pub, "公債権計"), ("【私債権】", priv, "私債権計")):
        s += f'<tr><td colspan="5" style="background:#eef2f7;font-weight:bold">{sec}</td></tr>'
        sub = 0
        for d in debts:
            o = tot(2024, d)[3]
            sub += o
            s += (f'<tr><td>{d}</td><td>{INFO[d][1]}</td><td style="font-size:7.5pt">{INFO[d][4]}</td>'
                  f'<td class="c">{INFO[d][3]}</td><td class="n">{fk(o, "outstanding", 2024, debt=d, fy_raw="令和６年度末")}</td></tr>')
        total += sub
        s += (f'<tr class="sub"><td colspan="4" class="c">{lab}</td>'
              f'<td class="n">{fk(sub, "outstanding", 2024, debt_raw=lab, fy_raw="令和６年度末")}</td></tr>')
    s += (f'<tr class="grand"><td colspan="4" class="c">合　計</td>'
          f'<td class="n">{fk(total, "outstanding", 2024, debt_raw="合計", fy_raw="令和６年度末")}</td></tr>')
    s += '</tbody></table><p class="note">区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権</p>'
    return s + page_close(8)


def build_html() -> str:
    body = p1() + p2() + p3() + p4() + p5() + p6() + p7() + p8()
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>令和７年度第１回綾瀬市債権管理対策会議資料</title>'
            f'<style>{CSS}</style></head><body>{body}</body></html>')


def main():
    h = WORK / f"{STEM}.html"
    h.write_text(build_html(), encoding="utf-8")
    pdf = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(h)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    n = pymupdf.open(pdf).page_count
    assert n == G.page, f"expected {G.page} pages, got {n}"
    G.write(pdf, n)
    print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")


if __name__ == "__main__":
    main()
