"""寒河江市債権管理計画（令和７年度～令和９年度） (plan): HTML/CSS printed by headless Chromium.

python3 build/pr_sagae_plan_1.py   (from corpus/dev62)
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pr_common import GOTHIC, MINCHO, PDF_DIR, WORK, Gold, check, comma, fnum, rate, tri  # noqa: E402

STEM = "pr_sagae_plan_1"
G = Gold(STEM, "plan", "plan", "寒河江市", "寒河江市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")

# ----------------------------------------------------------------------------- data (千円)
# key: canonical, printed, 会計 (一般/特別), 所管課
DEBTS = {
    "zei": ("市税", "市税", "一般", "税務課"),
    "hoiku": ("保育所保育料", "保育所保育料", "一般", "子育て推進課"),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "一般", "建設管理課"),
    "kyushoku": ("学校給食費", "学校給食費", "一般", "学校教育課"),
    "seiho": ("生活保護費返還金", "生活保護費返還金", "一般", "福祉課"),
    "kokuho": ("国民健康保険料", "国民健康保険税", "特別", "市民課"),
    "kaigo": ("介護保険料", "介護保険料", "特別", "高齢者支援課"),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別", "市民課"),
}
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]          # 2024 = 決算見込
PARAM = {
    "zei": (5212408, 1.009, [98.82, 98.90, 98.97, 99.05, 99.12, 99.15], [.221, .236, .248, .262, .284, .291],
            [.062, .058, .055, .052, .050, .049], 268514, 1.16),
    "kokuho": (1102334, 0.982, [95.12, 95.40, 95.71, 95.98, 96.21, 96.30], [.168, .176, .185, .193, .201, .205],
               [.092, .088, .085, .081, .078, .075], 236805, 1.12),
    "kaigo": (712118, 1.011, [98.90, 98.96, 99.02, 99.08, 99.14, 99.16], [.152, .160, .171, .178, .185, .190],
              [.182, .176, .171, .168, .165, .160], 21306, 1.09),
    "kouki": (301256, 1.024, [99.51, 99.55, 99.58, 99.61, 99.64, 99.65], [.402, .415, .421, .433, .447, .450],
              [.081, .078, .074, .071, .070, .070], 3118, 1.21),
    "hoiku": (104512, 0.96, [98.61, 98.70, 98.79, 98.85, 98.91, 98.95], [.132, .138, .141, .149, .156, .160],
              [.052, .049, .047, .045, .044, .044], 18406, 1.08),
    "jutaku": (61823, 0.993, [97.12, 97.25, 97.33, 97.41, 97.52, 97.55], [.102, .108, .113, .118, .124, .130],
               [.021, .019, .018, .020, .019, .020], 30812, 1.04),
    "kyushoku": (148306, 0.985, [99.32, 99.38, 99.41, 99.45, 99.48, 99.50], [.215, .224, .231, .240, .248, .250],
                 [.031, .029, .030, .028, .027, .027], 5912, 1.18),
    "seiho": (14205, 1.02, [62.4, 63.1, 63.8, 64.2, 64.9, 65.2], [.085, .089, .091, .094, .097, .100],
              [.012, .015, .013, .016, .014, .015], 41208, 0.93),
}


def jit(v, salt=0):
    return v * (1 + (((int(v) * 7919 + salt * 104729) % 113) - 56) / 9000)


D = {}
H29 = {}
for k, (cA, g, cr, ar, wr, aA, f17) in PARAM.items():
    H29[k] = round(jit(aA * f17, 3))
    for i, y in enumerate(YEARS):
        cC = round(jit(cA * cr[i] / 100, i) if cr[i] < 90 else cA * cr[i] / 100)
        aC = round(jit(aA * ar[i], i))
        W = round(jit(aA * wr[i], i + 7))
        D[k, y] = dict(cA=cA, cC=cC, aA=aA, aC=aC, W=W)
        aA = (cA - cC) + (aA - aC - W)
        cA = round(jit(cA * g, i + 11))


def A(k, y, seg="total"):
    d = D[k, y]
    return {"current": d["cA"], "arrears": d["aA"], "total": d["cA"] + d["aA"]}[seg]


def C(k, y, seg="total"):
    d = D[k, y]
    return {"current": d["cC"], "arrears": d["aC"], "total": d["cC"] + d["aC"]}[seg]


def W(k, y, seg="total"):
    d = D[k, y]
    return {"current": 0, "arrears": d["W"], "total": d["W"]}[seg]


def O(k, y, seg="total"):
    return A(k, y, seg) - C(k, y, seg) - W(k, y, seg)


def R(k, y, seg="total"):
    return rate(C(k, y, seg), A(k, y, seg))


# ----------------------------------------------------------------------------- HTML scaffolding
PAGES = []
PAGE = [0]


def new_page(body):
    PAGES.append(body)


def F(raw, value, metric, **kw):
    """Register a fact on the page being built and return its HTML."""
    G.fact(PAGE[0], raw, value, metric, **kw)
    return f'<span class="n">{html.escape(raw)}</span>'


def I(text, status=None, **kw):
    G.init(PAGE[0], text, status=status, **kw)
    return html.escape(text) + (f"<span class='tag'>【{status}】</span>" if status else "")


def era(y):
    return "令和元" if y == 2019 else f"令和{y - 2018}"


def fy_raw(y, both=False):
    if y == 2017:
        return "平成29年度"
    e = era(y)
    return f"{e}（{y}）年度" if both else f"{e}年度"


def m1(v):      # 千円 -> 百万円 one decimal
    return f"{v / 1000:,.1f}"


def man(v):     # 千円 -> x億y万円 rounded to 万円
    m = round(v / 10)
    return f"{m // 10000}億{m % 10000:,}万円" if m >= 10000 else f"{m:,}万円"


def oku1(v):    # 千円 -> 約x.x億円
    return f"約{v / 100000:.1f}億円"


def footer(n):
    return f'<div class="folio">－ {n - 1} －</div>' if n > 1 else ""


# ============================================================================= page 1 cover
PAGE[0] = 1
new_page("""
<div class="cover">
  <div class="cv-sub">寒河江市債権管理計画</div>
  <div class="cv-title">寒河江市<br>債権管理計画</div>
  <div class="cv-period">令和７年度～令和９年度<br>（2025年度～2027年度）</div>
  <div class="cv-date">令和７年３月</div>
  <div class="cv-city">寒 河 江 市</div>
</div>""")

# ============================================================================= page 2 目次 + 第１章
PAGE[0] = 2
tot17 = sum(H29.values())
tot23 = sum(O(k, 2023) for k in DEBTS)
z23 = O("zei", 2023)
k23 = O("kokuho", 2023)
r17 = round(tot17 / 1000) * 1000
r23 = round(tot23 / 1000) * 1000
dd = r17 - r23


def oku_man(v):   # 千円 multiple of 1000 -> 8億2,300万円
    return f"{v // 100000}億{(v % 100000) // 10:,}万円" if v >= 100000 else f"{v // 10:,}万円"


toc = [("第１章　計画の策定にあたって", 1), ("第２章　債権の現状", 2), ("　１　会計別・債権別の決算状況", 2),
       ("　２　主な債権の状況", 3), ("　３　収入未済額及び収納状況の推移", 4), ("第３章　計画の目標", 6),
       ("第４章　債権ごとの取組", 7)]
toc_html = "".join(f'<div class="toc-row"><span>{html.escape(a)}</span><span class="dots"></span>'
                   f'<span>{b}</span></div>' for a, b in toc)
body = f"""
<div class="toc"><h2 class="toc-h">目　　次</h2>{toc_html}</div>
<h1>第１章　計画の策定にあたって</h1>
<h3>１　計画策定の趣旨</h3>
<h4>（１）これまでの取組</h4>
<p class="ind">本市では、平成29年度（2017年度）に「寒河江市債権管理基本方針」を定め、市税をはじめとする各債権の適正な管理と
収入未済額の縮減に全庁で取り組んできた。</p>
<h5>ア　収入未済額の縮減</h5>
<p class="ind2">基本方針の策定時に{F("約" + oku_man(r17), r17 * 1000, "outstanding", fy=2017, fy_raw="平成29年度（2017年度）", approx=True)}
あった対象債権の収入未済額は、令和５（2023）年度決算では{F("約" + oku_man(r23), r23 * 1000, "outstanding", fy=2023,
fy_raw="令和５（2023）年度", approx=True)}となり、{F("約" + oku_man(dd), -dd * 1000, "difference", fy=2023,
fy_raw="令和５（2023）年度", approx=True)}減少した。</p>
<h6>（ｱ）市税</h6>
<p class="ind3">滞納繰越分の財産調査と滞納処分を計画的に進めた結果、令和５年度末の収入未済額は
{F(oku1(z23), round(z23 / 10000) * 10000000, "outstanding", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", approx=True)}
まで縮減した。</p>
<h6>（ｲ）国民健康保険税</h6>
<p class="ind3">現年度分の収納率は向上しているが、収入未済額は{F(oku1(k23), round(k23 / 10000) * 10000000, "outstanding",
debt="国民健康保険料", debt_raw="国民健康保険税", fy=2023, fy_raw="令和５年度", approx=True)}と対象債権の中で最も大きく、
引き続き重点的な取組が必要である。</p>
<h5>イ　課題</h5>
<p class="ind2">非強制徴収公債権及び私債権では、督促後の催告や法的措置の判断が所管課ごとに異なり、時効の管理や
債権放棄の手続も統一されていない。これらを全庁共通のルールの下で管理する仕組みが求められている。</p>
<h4>（２）計画の位置付け</h4>
<p class="ind">本計画は、寒河江市債権管理条例第５条に基づき、対象債権ごとの目標と取組を定めるものである。</p>
<h3>２　計画期間</h3>
<p class="ind">令和７（2025）年度から令和９（2027）年度までの３年間とする。</p>
<h3>３　対象債権</h3>
<p class="ind">令和５年度決算において収入未済額がある債権のうち、市税、国民健康保険税、介護保険料、後期高齢者医療保険料、
保育所保育料、市営住宅使用料、学校給食費及び生活保護費返還金の８債権を対象とする。</p>
"""
new_page(body)

# ============================================================================= page 3 第２章 1
PAGE[0] = 3
sec_rows = []
kw23 = dict(fy=2023, fy_raw="令和５（2023）年度")
grand = dict(a=0, c=0, w=0, o=0)
for sec, label in (("一般", "【一般会計】"), ("特別", "【特別会計】")):
    sec_rows.append(f'<tr class="sec"><td colspan="6">{label}</td></tr>')
    sub = dict(a=0, c=0, w=0, o=0)
    for k, (canon, name, acc, dept) in DEBTS.items():
        if acc != sec:
            continue
        a, c, w, o = A(k, 2023), C(k, 2023), W(k, 2023), O(k, 2023)
        kw = dict(debt=canon, debt_raw=name, **kw23)
        sec_rows.append(
            f'<tr><td class="l">　{name}</td><td>{F(m1(a), round(a / 100) * 100000, "assessed", **kw)}</td>'
            f'<td>{F(m1(c), round(c / 100) * 100000, "collected", **kw)}</td>'
            f'<td>{F(m1(w), round(w / 100) * 100000, "written_off", **kw)}</td>'
            f'<td>{F(m1(o), round(o / 100) * 100000, "outstanding", **kw)}</td>'
            f'<td>{F(fnum(rate(c, a)), rate(c, a), "collection_rate", **kw)}</td></tr>')
        for kk, vv in zip("acwo", (a, c, w, o)):
            sub[kk] += vv
    kw = dict(debt=None, debt_raw="小計", **kw23)
    sec_rows.append(
        f'<tr class="sub"><td>小　計</td><td>{F(m1(sub["a"]), round(sub["a"] / 100) * 100000, "assessed", **kw)}</td>'
        f'<td>{F(m1(sub["c"]), round(sub["c"] / 100) * 100000, "collected", **kw)}</td>'
        f'<td>{F(m1(sub["w"]), round(sub["w"] / 100) * 100000, "written_off", **kw)}</td>'
        f'<td>{F(m1(sub["o"]), round(sub["o"] / 100) * 100000, "outstanding", **kw)}</td>'
        f'<td>{F(fnum(rate(sub["c"], sub["a"])), rate(sub["c"], sub["a"]), "collection_rate", **kw)}</td></tr>')
    for kk in grand:
        grand[kk] += sub[kk]
    if sec == "一般":
        GEN_O = sub["o"]
    else:
        SPE_O = sub["o"]
kw = dict(debt=None, debt_raw="合計", **kw23)
sec_rows.append(
    f'<tr class="tot"><td>合　計</td><td>{F(m1(grand["a"]), round(grand["a"] / 100) * 100000, "assessed", **kw)}</td>'
    f'<td>{F(m1(grand["c"]), round(grand["c"] / 100) * 100000, "collected", **kw)}</td>'
    f'<td>{F(m1(grand["w"]), round(grand["w"] / 100) * 100000, "written_off", **kw)}</td>'
    f'<td>{F(m1(grand["o"]), round(grand["o"] / 100) * 100000, "outstanding", **kw)}</td>'
    f'<td>{F(fnum(rate(grand["c"], grand["a"])), rate(grand["c"], grand["a"]), "collection_rate", **kw)}</td></tr>')

# 市税 by tax item in 円, 国保税 by segment in 千円
ZEI_ITEMS = [("個人市民税", .412), ("法人市民税", .046), ("固定資産税", .507), ("軽自動車税", .035)]
zo_yen = z23 * 1000 + 372
items_rows = []
acc_ = 0
for i, (nm, sh) in enumerate(ZEI_ITEMS):
    v = round(zo_yen * sh) if i < len(ZEI_ITEMS) - 1 else zo_yen - acc_
    acc_ += v
    items_rows.append(f'<tr><td class="l">{nm}</td><td>{F(comma(v), v, "outstanding", debt=nm, debt_raw=nm, **kw23)}</td></tr>')
items_rows.append(f'<tr class="sub"><td class="c">計</td><td>{F(comma(zo_yen), zo_yen, "outstanding", debt="市税", debt_raw="市税", **kw23)}</td></tr>')
kok_rows = []
for lab, seg in (("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total")):
    kw = dict(debt="国民健康保険料", debt_raw="国民健康保険税", segment=seg, **kw23)
    a, c, o, w = A("kokuho", 2023, seg), C("kokuho", 2023, seg), O("kokuho", 2023, seg), W("kokuho", 2023, seg)
    cls = ' class="sub"' if seg == "total" else ""
    wc = F(comma(w), w * 1000, "written_off", **kw) if w else "－"
    kok_rows.append(f'<tr{cls}><td class="l nw">{lab}</td><td>{F(comma(a), a * 1000, "assessed", **kw)}</td>'
                    f'<td>{F(comma(c), c * 1000, "collected", **kw)}</td><td class="{"" if w else "c"}">{wc}</td>'
                    f'<td>{F(comma(o), o * 1000, "outstanding", **kw)}</td></tr>')

go, so_ = GEN_O, SPE_O
body = f"""
<h1>第２章　債権の現状</h1>
<h3>１　会計別・債権別の決算状況</h3>
<div class="boxed">
  <div class="cap"><span>表１　会計別・債権別の決算状況（令和５（2023）年度）</span><span>（単位：百万円）</span></div>
  <table class="zebra t1">
    <thead><tr><th>区　分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率（％）</th></tr></thead>
    <tbody>{''.join(sec_rows)}</tbody>
  </table>
  <div class="src">出典：令和５年度寒河江市一般会計及び特別会計歳入歳出決算書を基に税務課作成</div>
</div>
<p class="ind">令和５年度決算における対象債権の収入未済額は{F(oku1(grand["o"]), round(grand["o"] / 10000) * 10000000,
"outstanding", debt=None, debt_raw=None, approx=True, **kw23)}で、このうち一般会計が{F(oku1(go), round(go / 10000) * 10000000,
"outstanding", debt=None, debt_raw="一般会計", approx=True, **kw23)}、特別会計が{F(oku1(so_), round(so_ / 10000) * 10000000,
"outstanding", debt=None, debt_raw="特別会計", approx=True, **kw23)}である。</p>
<div class="pair">
 <div>
  <div class="cap"><span>表２　市税の税目別収入未済額（令和５年度）</span></div>
  <table class="grid"><thead><tr><th>税　目</th><th>収入未済額（円）</th></tr></thead><tbody>{''.join(items_rows)}</tbody></table>
 </div>
 <div>
  <div class="cap"><span>表３　国民健康保険税の区分別状況（令和５年度）</span></div>
  <table class="grid"><thead><tr><th>区　分</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th></tr></thead>
  <tbody>{''.join(kok_rows)}</tbody></table>
 </div>
</div>
"""
new_page(body)

# ============================================================================= page 4 two-column prose + chart
PAGE[0] = 4


def para_debt(k, title):
    canon, name = DEBTS[k][0], DEBTS[k][1]
    kw = dict(debt=canon, debt_raw=name, fy=2023, fy_raw="令和５年度")
    rc, ra, rt, rt0 = R(k, 2023, "current"), R(k, 2023, "arrears"), R(k, 2023), R(k, 2022)
    dt = round(rt - rt0, 2)
    o, o0 = O(k, 2023), O(k, 2022)
    dir_ = "上昇" if dt >= 0 else "低下"
    s = (f'<div class="blk"><h4>{title}</h4><p class="ind">令和５年度の収納率は、現年度分が{F(fnum(rc) + "％", rc, "collection_rate", segment="current", **kw)}、'
         f'滞納繰越分が{F(fnum(ra) + "％", ra, "collection_rate", segment="arrears", **kw)}、全体で'
         f'{F(fnum(rt) + "％", rt, "collection_rate", **kw)}となり、前年度比'
         f'{F(fnum(abs(dt)) + "ポイント", dt, "difference", unit="points", **kw)}{dir_}した。'
         f'収入未済額は{F(man(o), round(o / 10) * 10000, "outstanding", **kw)}で、')
    dv = round((o - o0) / 10)
    if dv < 0:
        s += f'前年度から{F("約" + f"{-dv:,}万円", dv * 10000, "difference", approx=True, **kw)}の減少となった。</p></div>'
    else:
        s += f'前年度から{F("約" + f"{dv:,}万円", dv * 10000, "difference", approx=True, **kw)}の増加となった。</p></div>'
    return s


two_col = (para_debt("zei", "（１）市税") +
           "<p class='ind'>個人市民税の普通徴収分に滞納が集中しており、若年層の納付意識の向上と早期の接触が課題である。</p>" +
           para_debt("kokuho", "（２）国民健康保険税") +
           "<p class='ind'>滞納繰越分は生活困窮を理由とする分納が多く、執行停止を含めた整理の判断が課題である。</p>" +
           para_debt("kaigo", "（３）介護保険料") + para_debt("hoiku", "（４）保育所保育料") +
           para_debt("jutaku", "（５）市営住宅使用料") +
           "<p class='ind'>退去者の滞納分が収入未済額の約６割を占めており、連帯保証人への請求と法的措置の徹底が必要である。</p>")

# SVG line chart of total rates, 市税 and 国保税, R1..R5
cw, chh, x0, y0 = 560, 210, 60, 20
ymin, ymax = 70.0, 100.0
svg = [f'<svg width="{cw + 80}" height="{chh + 70}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexG" font-size="11">']
for gv in (70, 80, 90, 100):
    gy = y0 + chh - (gv - ymin) / (ymax - ymin) * chh
    svg.append(f'<line x1="{x0}" y1="{gy:.1f}" x2="{x0 + cw}" y2="{gy:.1f}" stroke="#bbb" stroke-width="0.6"/>')
    svg.append(f'<text x="{x0 - 8}" y="{gy + 4:.1f}" text-anchor="end">{gv}</text>')
for si, (k, color, lab) in enumerate((("zei", "#1f5fa8", "市税"), ("kokuho", "#d0641e", "国民健康保険税"))):
    pts = []
    for i, y in enumerate(YEARS[:5]):
        v = R(k, y)
        px = x0 + 50 + i * 115
        py = y0 + chh - (v - ymin) / (ymax - ymin) * chh
        pts.append((px, py, v, y))
    svg.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (
        color, " ".join(f"{a:.1f},{b:.1f}" for a, b, _, _ in pts)))
    for px, py, v, y in pts:
        svg.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{color}"/>')
        svg.append(f'<text x="{px:.1f}" y="{py - 9 if si == 0 else py + 18:.1f}" text-anchor="middle" fill="{color}">'
                   f'{F(fnum(v), v, "collection_rate", debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y, fy_raw="R" + ("1" if y == 2019 else str(y - 2018)))}</text>')
    svg.append(f'<rect x="{x0 + 20 + si * 150}" y="{y0 + chh + 40}" width="14" height="4" fill="{color}"/>'
               f'<text x="{x0 + 40 + si * 150}" y="{y0 + chh + 46}">{lab}</text>')
for i, y in enumerate(YEARS[:5]):
    svg.append(f'<text x="{x0 + 50 + i * 115}" y="{y0 + chh + 18}" text-anchor="middle">R{y - 2018}</text>')
svg.append("</svg>")
svg_html = "".join(svg).replace('<span class="n">', "").replace("</span>", "")

body = f"""
<h3>２　主な債権の状況</h3>
<div class="twocol">{two_col}</div>
<div class="cap" style="margin-top:4mm"><span>図１　市税及び国民健康保険税の収納率（全体）の推移</span><span>（単位：％）</span></div>
<div class="chart">{svg_html}</div>
"""
new_page(body)

# ============================================================================= pages 5-6: wide table split + long format split
SHOW = ["zei", "kokuho", "kaigo", "kouki", "hoiku", "jutaku", "kyushoku", "seiho"]
LEFT_Y = [2017, 2019, 2020, 2021, 2022]
AVG_Y = [2019, 2020, 2021, 2022, 2023]


def outv(k, y):
    return H29[k] if y == 2017 else O(k, y)


def ylab_wide(y):
    return {2017: "平成29年度<br>(2017年度)", 2019: "令和元年度"}.get(y, f"令和{y - 2018}年度")


def ylab_raw(y):
    return {2017: "平成29年度(2017年度)", 2019: "令和元年度"}.get(y, f"令和{y - 2018}年度")


PAGE[0] = 5
rows = []
for k in SHOW + ["tot"]:
    cells = []
    for y in LEFT_Y:
        if k == "tot":
            v = sum(outv(kk, y) for kk in SHOW)
            cells.append(F(comma(v), v * 1000, "outstanding", debt=None, debt_raw="合計", fy=y, fy_raw=ylab_raw(y)))
        else:
            v = outv(k, y)
            cells.append(F(comma(v), v * 1000, "outstanding", debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y, fy_raw=ylab_raw(y)))
    name = "合　計" if k == "tot" else DEBTS[k][1]
    cls = ' class="tot"' if k == "tot" else ""
    rows.append(f"<tr{cls}><td class='l'>{name}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
wide1 = ("<table class='grid wide'><thead><tr><th>債権名</th>" + "".join(f"<th>{ylab_wide(y)}</th>" for y in LEFT_Y) +
         "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")

LF = [("zei", y) for y in AVG_Y] + [("kokuho", y) for y in AVG_Y] + [("kaigo", y) for y in AVG_Y]
SPLIT = 8


def lf_label(y):
    return "令和元年度" if y == 2019 else f"{y - 2018}年度"


def lf_rows(part):
    out = []
    prev = None
    for k, y in part:
        kw = dict(debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y, fy_raw=lf_label(y))
        a, c, o = A(k, y), C(k, y), O(k, y)
        out.append(f"<tr><td class='l'>{DEBTS[k][1] if k != prev else ''}</td><td>{lf_label(y)}</td>"
                   f"<td>{F(fnum(rate(c, a)), rate(c, a), 'collection_rate', **kw)}</td>"
                   f"<td>{F(comma(a), a * 1000, 'assessed', **kw)}</td><td>{F(comma(c), c * 1000, 'collected', **kw)}</td>"
                   f"<td>{F(comma(W(k, y)), W(k, y) * 1000, 'written_off', **kw)}</td>"
                   f"<td>{F(comma(o), o * 1000, 'outstanding', **kw)}</td></tr>")
        prev = k
    return "".join(out)


LF_HEAD = ("<thead><tr><th>債権名</th><th>年度</th><th>収納率<br>（％）</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th>"
           "<th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th></tr></thead>")
body = f"""
<h3>３　収入未済額及び収納状況の推移</h3>
<div class="cap"><span>表４　債権別収入未済額の推移</span><span>（単位：千円）</span></div>
{wide1}
<p class="note">※　表４は右側の列（令和５年度、５年平均、増減額及び増減率）を次ページに掲載している。</p>
<div class="cap" style="margin-top:5mm"><span>表５　主要債権の収納状況の推移（全体）</span></div>
<table class="hrule lf">{LF_HEAD}<tbody>{lf_rows(LF[:SPLIT])}</tbody></table>
<p class="note right">（次ページへ続く）</p>
"""
new_page(body)

PAGE[0] = 6
rows = []
for k in SHOW + ["tot"]:
    if k == "tot":
        vals = {y: sum(outv(kk, y) for kk in SHOW) for y in AVG_Y}
        kw = dict(debt=None, debt_raw="合計")
    else:
        vals = {y: outv(k, y) for y in AVG_Y}
        kw = dict(debt=DEBTS[k][0], debt_raw=DEBTS[k][1])
    v23, v22 = vals[2023], vals[2022]
    avg = round(sum(vals.values()) / 5)
    dif = v23 - v22
    chg = round(dif / v22 * 100, 1)
    cells = [F(comma(v23), v23 * 1000, "outstanding", fy=2023, fy_raw="令和５年度", **kw),
             F(comma(avg), avg * 1000, "outstanding", fy=None, fy_raw="５年平均", **kw),
             F(tri(dif), dif * 1000, "difference", fy=2023, fy_raw="令和５年度", **kw),
             F(tri(chg, "{:.1f}"), chg, "change_rate", unit="percent", fy=2023, fy_raw="令和５年度", **kw)]
    name = "合　計" if k == "tot" else DEBTS[k][1]
    cls = ' class="tot"' if k == "tot" else ""
    rows.append(f"<tr{cls}><td class='l'>{name}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
wide2 = ("<table class='grid wide2'><thead><tr><th>債権名</th><th>令和５年度</th><th>５年平均<br>（R1～R5）</th>"
         "<th>増減額<br>（R5－R4）</th><th>増減率<br>（％）</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
body = f"""
<div class="cap"><span>表４　債権別収入未済額の推移（つづき）</span><span>（単位：千円）</span></div>
{wide2}
<p class="note">（注）５年平均は令和元年度から令和５年度までの各年度末の収入未済額の単純平均。増減率は令和４年度に対する増減の割合。△は減少。</p>
<div class="cap" style="margin-top:5mm"><span>表５　主要債権の収納状況の推移（全体）（つづき）</span></div>
<table class="hrule lf">{LF_HEAD}<tbody>{lf_rows(LF[SPLIT:])}</tbody></table>
<p class="note">（注）収納率は現年度分と滞納繰越分を合わせた全体の収納率。収入未済額は調定額から収入済額及び不納欠損額を差し引いた額。</p>
"""
new_page(body)

# ============================================================================= page 7 第３章 目標
PAGE[0] = 7
TG = {  # target total collection rates 2025-2027
    "zei": (97.10, 97.30, 97.50), "kokuho": (85.40, 85.80, 86.20), "kaigo": (97.20, 97.35, 97.50),
    "kouki": (99.30, 99.35, 99.40), "hoiku": (90.40, 90.80, 91.20), "jutaku": (75.80, 76.30, 76.80)}
COLS = ["zei", "kokuho", "kaigo", "kouki", "hoiku", "jutaku"]
rows = []
for y, lab, basis in ((2023, "実　績", "actual"), (2024, "見込※1", "estimate"), (2025, "目　標", "target"),
                      (2026, "目　標", "target"), (2027, "目　標", "target")):
    cells = []
    for k in COLS:
        kw = dict(debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y, fy_raw=fy_raw(y, True), basis=basis)
        v = R(k, y) if y <= 2024 else TG[k][y - 2025]
        cells.append(F(fnum(v), v, "collection_rate", **kw))
    rows.append(f"<tr><td>{fy_raw(y, True)}</td><td>{lab}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
t6 = ("<table class='grid t6'><thead><tr><th>年　度</th><th>区　分</th>" +
      "".join(f"<th>{DEBTS[k][1]}</th>" for k in COLS) + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")

# 市税: metric in row header (years as columns) ; beside: years as rows, debts as columns (outstanding targets)
ZT = {"current": (99.18, 99.22, 99.25), "arrears": (29.50, 30.50, 31.50), "out": (150000, 142000, 135000)}
r7 = []
for lab, key, seg in (("現年課税分収納率（％）", "current", "current"), ("滞納繰越分収納率（％）", "arrears", "arrears"),
                      ("収入未済額（千円）", "out", "total")):
    cells = []
    for i, y in enumerate((2025, 2026, 2027)):
        kw = dict(debt="市税", debt_raw="市税", fy=y, fy_raw=f"R{y - 2018}", basis="target", segment=seg)
        v = ZT[key][i]
        cells.append(F(fnum(v), v, "collection_rate", **kw) if key != "out" else F(comma(v), v * 1000, "outstanding", **kw))
    r7.append(f"<tr><td class='l'>{lab}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
t7a = ("<table class='grid t7'><thead><tr><th>指　標</th><th>R7</th><th>R8</th><th>R9</th></tr></thead><tbody>" +
       "".join(r7) + "</tbody></table>")
OT = {k: tuple(round(O(k, 2024) * f / 100) * 100 for f in (0.95, 0.90, 0.85)) for k in ("kokuho", "kaigo", "hoiku")}
r7b = []
for i, y in enumerate((2025, 2026, 2027)):
    cells = [F(comma(OT[k][i]), OT[k][i] * 1000, "outstanding", debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y,
               fy_raw=f"R{y - 2018}", basis="target") for k in OT]
    r7b.append(f"<tr><td>R{y - 2018}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
t7b = ("<table class='grid'><thead><tr><th>年度</th>" + "".join(f"<th>{DEBTS[k][1]}</th>" for k in OT) +
       "</tr></thead><tbody>" + "".join(r7b) + "</tbody></table>")

# three-level header, merged row labels
r8 = []
for k in ("zei", "kokuho"):
    for j, (lab, seg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total"))):
        cells = []
        for y, basis, fr in ((2023, "actual", "令和５年度"), (2024, "estimate", "令和６年度")):
            kw = dict(debt=DEBTS[k][0], debt_raw=DEBTS[k][1], fy=y, fy_raw=fr, basis=basis, segment=seg)
            a, c = A(k, y, seg), C(k, y, seg)
            cells += [F(comma(a), a * 1000, "assessed", **kw), F(comma(c), c * 1000, "collected", **kw),
                      F(fnum(rate(c, a)), rate(c, a), "collection_rate", **kw)]
        head = f"<td rowspan='3' class='vmid'>{DEBTS[k][1]}</td>" if j == 0 else ""
        cls = " class='sub'" if seg == "total" else ""
        r8.append(f"<tr{cls}>{head}<td>{lab}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
t8 = ("<table class='grid t8'><thead>"
      "<tr><th rowspan='3'>債権名</th><th rowspan='3'>区分</th><th colspan='3'>令和５年度</th><th colspan='3'>令和６年度</th></tr>"
      "<tr><th colspan='3'>決算</th><th colspan='3'>決算見込</th></tr>"
      "<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>"
      "</thead><tbody>" + "".join(r8) + "</tbody></table>")

def allacts(lst, sec, pre):
    return "".join(f"<div class='act'>{lab}　{I(t, status=st, debt=None, debt_raw=None, fy=2025, section=sec, label=pre + lab)}</div>"
                   for lab, t, st in lst)


ALL1 = allacts([("ア", "債権管理台帳の様式を統一し、全ての債権の履行期限と消滅時効の起算日を一元的に管理する。", "新規"),
                ("イ", "非強制徴収公債権及び私債権について債権放棄の基準を定め、徴収停止の判断を全庁で統一する。", "新規")],
               "債権管理の適正化", "(1)")
ALL2 = allacts([("ア", "新任職員を対象とした債権管理研修を毎年度実施する。", "継続"),
                ("イ", "山形県滞納整理機構への職員派遣を通じて、滞納処分の実務を習得させる。", "拡充")],
               "職員の能力向上", "(2)")
body = f"""
<h1>第３章　計画の目標</h1>
<h3>１　目標収納率</h3>
<div class="cap"><span>表６　債権別の目標収納率（現年度分と滞納繰越分の合計）</span><span>（単位：％）</span></div>
{t6}
<p class="note">※1　令和６年度は令和７年１月末現在の収納実績を基にした決算見込である。</p>
<h3>２　収入未済額の目標</h3>
<div class="pair">
 <div style="flex:1.25"><div class="cap"><span>表７　市税の数値目標</span></div>{t7a}</div>
 <div style="flex:1"><div class="cap"><span>表８　収入未済額の目標</span><span>（単位：千円）</span></div>{t7b}</div>
</div>
<h3>３　目標設定の基礎</h3>
<div class="cap"><span>表９　市税及び国民健康保険税の決算と決算見込</span><span>（金額：千円、収納率：％）</span></div>
{t8}
<h3>４　全庁的な取組</h3>
<h4>（１）債権管理の適正化</h4>
<div class="allact">{ALL1}</div>
<h4>（２）職員の能力向上</h4>
<div class="allact">{ALL2}</div>
"""
new_page(body)

# ============================================================================= page 8 推進シート
PAGE[0] = 8


def sheet(k, dept, kubun, issues, acts, note_arr=True, fn_mark=True):
    canon, name = DEBTS[k][0], DEBTS[k][1]
    o23, o22, o24 = O(k, 2023), O(k, 2022), O(k, 2024)
    r23, r24 = R(k, 2023), R(k, 2024)
    tgt_r = TG[k][0]
    kw = dict(debt=canon, debt_raw=name)
    iss = issues.format(
        o23=F(comma(o23) + "千円", o23 * 1000, "outstanding", fy=2023, fy_raw="令和５年度", **kw),
        d=F(comma(o22 - o23) + "千円", (o23 - o22) * 1000, "difference", fy=2023, fy_raw="令和５年度", **kw),
        ra=F(fnum(R(k, 2023, "arrears")) + "％", R(k, 2023, "arrears"), "collection_rate", segment="arrears", fy=2023,
             fy_raw="令和５年度", **kw))
    m1_ = "※1" if fn_mark else ""
    cell23 = (F(comma(o23), o23 * 1000, "outstanding", fy=2023, fy_raw="令和５年度", **kw) + "<br>" +
              F(fnum(r23), r23, "collection_rate", fy=2023, fy_raw="令和５年度", **kw) + m1_)
    cell24 = (F(comma(o24), o24 * 1000, "outstanding", fy=2024, fy_raw="令和６年度", basis="estimate", **kw) + "<br>" +
              F(fnum(r24), r24, "collection_rate", fy=2024, fy_raw="令和６年度", basis="estimate", **kw))
    tgt_o = {"zei": ZT["out"][0]}.get(k, OT.get(k, (None,))[0])
    cell25 = (F(comma(tgt_o), tgt_o * 1000, "outstanding", fy=2025, fy_raw="令和７年度", basis="target", **kw) + "<br>" +
              F(fnum(tgt_r), tgt_r, "collection_rate", fy=2025, fy_raw="令和７年度", basis="target", **kw))
    arr = O(k, 2023, "arrears")
    bikou = ("うち滞納繰越分 " + F(comma(arr) + "千円", arr * 1000, "outstanding", segment="arrears", fy=2023,
                                fy_raw="令和５年度", **kw)) if note_arr else ""
    act_html = "".join(f"<div class='act'>{lab}{I(t, status=st, debt=canon, debt_raw=name, fy=2025, section='取組内容', label=lab)}</div>"
                       for lab, t, st in acts)
    return f"""
<table class="sheet">
 <tr><th class="hd" colspan="2">債権名　{name}</th><th class="hd" colspan="2">所管課　{dept}</th><th class="hd">区分　{kubun}</th></tr>
 <tr><th class="rh">現状と課題</th><td colspan="4" class="para">{iss}</td></tr>
 <tr><th class="rh" rowspan="2">実績と目標</th><th class="sm">区分</th><th class="sm">令和５年度実績</th><th class="sm">令和６年度見込※2</th><th class="sm">備考</th></tr>
 <tr><td class="sm l">収入未済額（千円）<br>収納率（％）</td><td class="num">{cell23}</td><td class="num">{cell24}</td>
     <td class="sm l">令和７年度目標<br>{cell25}<br>{bikou}</td></tr>
 <tr><th class="rh">取組内容</th><td colspan="4" class="acts">{act_html}</td></tr>
</table>"""


s1 = sheet("zei", "税務課収納係", "強制徴収公債権",
           "令和５年度末の収入未済額は{o23}で、前年度より{d}減少した。一方で、滞納繰越分の収納率は{ra}にとどまっており、"
           "納付が途切れた分納案件の早期の見直しが課題である。",
           [("①", "納期限後の督促から３か月以内に財産調査を行い、給与・預貯金の差押えを早期に実施する。", "継続"),
            ("②", "山形県滞納整理機構へ高額・困難案件を引き継ぎ、職員の実務研修の機会として活用する。", "継続"),
            ("③", "スマートフォン決済アプリによる納付を全税目に広げ、納付手段の周知を強化する。", "拡充")])
s2 = sheet("kokuho", "市民課国保年金係", "強制徴収公債権",
           "令和５年度末の収入未済額は{o23}で、前年度より{d}減少した。滞納繰越分の収納率は{ra}と低く、"
           "生活困窮世帯の分納が長期化している。",
           [("①", "納税相談の際に世帯の収支状況を聴き取り、担税力に応じた分納計画を作成する。", "新規"),
            ("②", "市税と重複する滞納者は税務課と合同で滞納処分を行う。", "継続"),
            ("③", "資格確認書の交付時に口座振替の申込みを受け付ける。", "新規")], note_arr=True, fn_mark=False)
body = f"""
<h1>第４章　債権ごとの取組</h1>
<p class="ind">各債権の所管課は、次の推進シートに基づき取組を進め、毎年度その実施状況を債権管理推進会議に報告する。</p>
<h4>（１）債権ごとの取組（市税）</h4>
{s1}
<h4>（２）債権ごとの取組（国民健康保険税）</h4>
{s2}
<p class="note">※1　収納率は現年課税分と滞納繰越分を合わせた全体の収納率。　※2　令和６年度は決算見込額。</p>
"""
new_page(body)

# ----------------------------------------------------------------------------- render
CSS = f"""
@font-face {{ font-family: 'IPAexG'; src: url('file://{GOTHIC}'); }}
@font-face {{ font-family: 'IPAexM'; src: url('file://{MINCHO}'); }}
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: 'IPAexM'; font-size: 10.5pt; color: #111; }}
.page {{ width: 210mm; height: 297mm; padding: 15mm 17mm 14mm 17mm; position: relative; overflow: hidden;
        page-break-after: always; }}
.page:last-child {{ page-break-after: auto; }}
.folio {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }}
h1 {{ font-family: 'IPAexG'; font-size: 15pt; border-bottom: 2px solid #2b4a7a; padding-bottom: 2mm; margin: 0 0 4mm; }}
h2 {{ font-family: 'IPAexG'; }}
h3 {{ font-family: 'IPAexG'; font-size: 12pt; margin: 4mm 0 2mm; }}
h4 {{ font-family: 'IPAexG'; font-size: 10.5pt; margin: 3mm 0 1.5mm 3mm; }}
h5 {{ font-family: 'IPAexG'; font-size: 10pt; margin: 2mm 0 1mm 7mm; font-weight: normal; }}
h6 {{ font-family: 'IPAexG'; font-size: 10pt; margin: 1.5mm 0 1mm 11mm; font-weight: normal; }}
p {{ margin: 0 0 2mm; line-height: 1.65; text-align: justify; }}
p.ind {{ text-indent: 1em; margin-left: 3mm; }}
p.ind2 {{ text-indent: 1em; margin-left: 10mm; }}
p.ind3 {{ text-indent: 1em; margin-left: 14mm; }}
.n {{ white-space: nowrap; }}
.tag {{ white-space: nowrap; font-family: 'IPAexG'; }}
.note {{ font-size: 9pt; margin: 1mm 0 2mm; line-height: 1.5; }}
.right {{ text-align: right; }}
.cap {{ display: flex; justify-content: space-between; font-family: 'IPAexG'; font-size: 10pt; margin: 2mm 0 1mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10pt; }}
td, th {{ padding: 1.6mm 1.8mm; }}
td {{ text-align: right; }}
td.l {{ text-align: left; }}
th {{ font-family: 'IPAexG'; font-weight: normal; }}
table.grid td, table.grid th {{ border: 0.6pt solid #333; }}
table.grid th {{ background: #e4e9f1; }}
.boxed {{ border: 1.2pt solid #2b4a7a; padding: 2mm 3mm 2mm; margin: 0 0 3mm; }}
.src {{ font-size: 8pt; text-align: right; margin-top: 1.2mm; }}
table.zebra th {{ background: #2b4a7a; color: #fff; padding: 1.5mm; }}
table.zebra tbody tr:nth-child(even) td {{ background: #eef2f8; }}
table.zebra td {{ border: none; }}
table.zebra tr.sec td {{ text-align: left; font-family: 'IPAexG'; background: #fff !important; border-top: 0.6pt solid #2b4a7a; }}
table.zebra tr.sub td {{ font-family: 'IPAexG'; border-top: 0.6pt dotted #2b4a7a; }}
table.zebra tr.tot td {{ font-family: 'IPAexG'; background: #d5deeb !important; border-top: 1pt solid #2b4a7a; }}
table.t1 td:first-child, table.zebra tr.sub td:first-child, table.zebra tr.tot td:first-child {{ text-align: center; }}
table.t1 td.l {{ text-align: left; }}
tr.sub td, tr.tot td {{ font-family: 'IPAexG'; }}
tr.tot td {{ background: #e9e9e9; }}
.pair {{ display: flex; gap: 5mm; }}
.pair > div {{ flex: 1; }}
.pair > div:last-child {{ flex: 1.9; }}
.pair table.grid {{ font-size: 9pt; }}
td.nw {{ white-space: nowrap; }}
td.c {{ text-align: center; }}
.twocol {{ column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #aaa; font-size: 10pt; }}
.twocol h4 {{ margin-left: 0; }}
.blk {{ break-inside: avoid; }}
.twocol p.ind {{ margin-left: 0; }}
.chart {{ text-align: center; }}
table.hrule th {{ border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; }}
table.hrule td {{ border: none; }}
table.hrule tbody tr:last-child td {{ border-bottom: 1.2pt solid #000; }}
table.lf td:nth-child(2) {{ text-align: center; }}
table.lf {{ font-size: 9.5pt; }}
table.lf td:nth-child(1), table.lf td:nth-child(2) {{ white-space: nowrap; }}
table.lf th {{ font-size: 9pt; }}
table.t6 td:first-child, table.t6 td:nth-child(2) {{ text-align: center; }}
table.t8 td {{ font-size: 9.5pt; }}
table.t8 td, table.t8 th, table.t6 td, table.t6 th {{ padding-top: 1.1mm; padding-bottom: 1.1mm; }}
table.t6 td:first-child, table.t6 td:nth-child(2) {{ white-space: nowrap; }}
table.t7 td:first-child {{ white-space: nowrap; font-size: 9pt; }}
.allact {{ margin-left: 10mm; }}
.allact .act {{ margin-bottom: 0.8mm; }}
td.vmid {{ text-align: center; vertical-align: middle; }}
table.sheet {{ border: 1.2pt solid #000; margin-bottom: 2mm; }}
table.sheet td, table.sheet th {{ border: 0.6pt solid #333; vertical-align: middle; }}
table.sheet th.hd {{ background: #dfe6ef; text-align: left; font-size: 10pt; padding: 1.5mm 2mm; }}
table.sheet th.rh {{ width: 13mm; writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.5mm;
                    background: #f1f1f1; padding: 2mm 1mm; }}
table.sheet th.sm {{ font-size: 9.5pt; background: #f1f1f1; }}
table.sheet td.sm {{ font-size: 9.5pt; }}
table.sheet td.para {{ text-align: left; line-height: 1.55; padding: 1.5mm 2mm; }}
table.sheet td.num {{ text-align: right; line-height: 1.5; }}
table.sheet td.acts {{ text-align: left; }}
.act {{ padding-left: 1.2em; text-indent: -1.2em; line-height: 1.55; }}
.cover {{ text-align: center; padding-top: 55mm; }}
.cv-sub {{ font-family: 'IPAexG'; font-size: 11pt; color: #2b4a7a; letter-spacing: 2mm; }}
.cv-title {{ font-family: 'IPAexG'; font-size: 32pt; line-height: 1.5; margin: 18mm 0 10mm; }}
.cv-period {{ font-family: 'IPAexG'; font-size: 14pt; line-height: 1.7; }}
.cv-date {{ font-size: 13pt; margin-top: 70mm; }}
.cv-city {{ font-family: 'IPAexG'; font-size: 16pt; margin-top: 6mm; letter-spacing: 2mm; }}
.toc {{ margin: 0 10mm 8mm; }}
.toc-h {{ text-align: center; font-size: 15pt; letter-spacing: 4mm; margin: 2mm 0 4mm; }}
.toc-row {{ display: flex; font-size: 10.5pt; line-height: 1.9; }}
.toc-row .dots {{ flex: 1; border-bottom: 1pt dotted #555; margin: 0 2mm 2.2mm; }}
"""

doc_html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" +
            "".join(f"<section class='page'>{b}{footer(i + 1)}</section>" for i, b in enumerate(PAGES)) +
            "</body></html>")
src = WORK / f"{STEM}.html"
src.write_text(doc_html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf-no-header", f"--print-to-pdf={out}", src.as_uri()],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
G.write(out, len(PAGES))
sys.exit(1 if check(STEM) else 0)
