"""fp_ikoma_plan_1: multi-year 債権管理計画 (第２次, 令和７～１１年度).

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (named landscape page, 2段組, IPAex via @font-face).
Run from corpus/frozen36:  python3 build/fp_ikoma_plan_1.py
"""
from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import (GOTHIC, Gold, MINCHO, PDF_DIR, WORK, c, check, chromium_pdf, oku_man, rate,  # noqa: E402
                       round_man, sen, tri, trif, zen)

STEM = "fp_ikoma_plan_1"
CITY = "生駒市"
YEARS = [2019, 2020, 2021, 2022, 2023]
rng = random.Random(2911)


def jit(v, digits=5):
    return int(v) + rng.randrange(0, 10 ** digits)


# canon, short (legend), cur assessed, cur rates, arr0, arr rates, write-offs, delinquents
DEBTS = [
    dict(canon="市税", short="市税", ca=[16342e6, 16018e6, 16205e6, 16488e6, 16731e6],
         cr=[98.92, 99.01, 99.10, 99.21, 99.30], arr0=598e6, ar=[24.10, 26.02, 28.44, 30.95, 32.15],
         wo=[41.2e6, 38.7e6, 35.1e6, 31.6e6, 29.4e6], dl=[3984, 3811, 3626, 3459, 3301]),
    dict(canon="国民健康保険税", short="国保税", ca=[2288e6, 2231e6, 2196e6, 2167e6, 2139e6],
         cr=[93.62, 93.95, 94.31, 94.70, 95.02], arr0=452e6, ar=[17.84, 19.02, 20.35, 21.62, 22.90],
         wo=[52.4e6, 48.9e6, 45.1e6, 41.8e6, 38.2e6], dl=[1988, 1912, 1840, 1765, 1702]),
    dict(canon="介護保険料", short="介護料", ca=[2954e6, 2987e6, 3021e6, 3066e6, 3102e6],
         cr=[99.01, 99.06, 99.10, 99.14, 99.18], arr0=58e6, ar=[14.20, 14.95, 15.80, 16.42, 17.10],
         wo=[13.9e6, 13.2e6, 12.6e6, 12.1e6, 11.5e6], dl=[1012, 994, 968, 941, 920]),
    dict(canon="後期高齢者医療保険料", short="後期高齢", ca=[1802e6, 1861e6, 1903e6, 1978e6, 2046e6],
         cr=[99.48, 99.52, 99.55, 99.58, 99.61], arr0=12e6, ar=[35.20, 36.40, 37.15, 38.30, 39.05],
         wo=[1.8e6, 1.7e6, 1.7e6, 1.6e6, 1.5e6], dl=[311, 298, 287, 276, 262]),
    dict(canon="市営住宅使用料", short="住宅使用料", ca=[121e6, 119e6, 118e6, 116e6, 115e6],
         cr=[97.02, 97.15, 97.30, 97.44, 97.58], arr0=22e6, ar=[12.10, 12.85, 13.60, 14.35, 15.20],
         wo=[1.6e6, 1.5e6, 1.4e6, 1.3e6, 1.2e6], dl=[74, 71, 67, 63, 60]),
]
OTHER = {2019: 96412, 2020: 92108, 2021: 88734, 2022: 85021, 2023: 81306}  # その他の債権 収入未済額（千円）


def series(d):
    out = {}
    arr_a = jit(d["arr0"], 5)
    for i, fy in enumerate(YEARS):
        ca = jit(d["ca"][i], 6)
        cc = round(ca * d["cr"][i] / 100)
        ac = round(arr_a * d["ar"][i] / 100)
        for _ in range(3):
            if rate(ac, arr_a) != d["ar"][i]:
                ac += 1 if rate(ac, arr_a) < d["ar"][i] else -1
        assert rate(cc, ca) == d["cr"][i] and rate(ac, arr_a) == d["ar"][i]
        wo = jit(d["wo"][i], 4)
        o = ca - cc + arr_a - ac - wo
        out[fy] = dict(ca=ca, cc=cc, cr=d["cr"][i], aa=arr_a, ac=ac, ar=d["ar"][i], A=ca + arr_a, C=cc + ac,
                       R=rate(cc + ac, ca + arr_a), wo=wo, out=o, out_arr=arr_a - ac - wo, dl=d["dl"][i])
        arr_a = o
    return out


for d in DEBTS:
    d["s"] = series(d)
BY = {d["canon"]: d for d in DEBTS}

# targets: (current, arrears) rates for R7..R11, R6 estimate, R5 targets of the first plan
TARGETS = {
    "市税": dict(r6=(99.32, 33.00), t=[(99.35, 33.80), (99.38, 34.60), (99.41, 35.40), (99.44, 36.20), (99.47, 37.00)],
               t5=(99.25, 31.00)),
    "国民健康保険税": dict(r6=(95.20, 23.50), t=[(95.40, 24.20), (95.60, 24.90), (95.80, 25.60), (96.00, 26.30), (96.20, 27.00)],
                    t5=(95.00, 23.50)),
    "介護保険料": dict(r6=(99.20, 17.40), t=[(99.22, 17.80), (99.24, 18.20), (99.26, 18.60), (99.28, 19.00), (99.30, 19.40)],
                  t5=(99.20, 17.00)),
    "後期高齢者医療保険料": dict(r6=(99.62, 39.40), t=[(99.63, 39.80), (99.64, 40.20), (99.65, 40.60), (99.66, 41.00), (99.67, 41.40)],
                       t5=(99.60, 40.00)),
    "市営住宅使用料": dict(r6=(97.65, 15.60), t=[(97.70, 16.00), (97.80, 16.50), (97.90, 17.00), (98.00, 17.50), (98.10, 18.00)],
                    t5=(97.50, 16.00)),
}
OUT_FACTOR = {2024: 0.965, 2025: 0.935, 2026: 0.905, 2027: 0.88, 2028: 0.855, 2029: 0.83}


def out_target(canon, fy):
    """収入未済額の目標・見込（千円、千の位で丸め）."""
    return int(round(sen(BY[canon]["s"][2023]["out"]) * OUT_FACTOR[fy], -3))


RY = {2019: "令和元（2019）年度", 2020: "令和２（2020）年度", 2021: "令和３（2021）年度", 2022: "令和４（2022）年度",
      2023: "令和５（2023）年度"}

CSS = f"""
@font-face {{ font-family: "G"; src: url("file://{GOTHIC}"); }}
@font-face {{ font-family: "M"; src: url("file://{MINCHO}"); }}
@page {{ size: A4; margin: 0; }}
@page land {{ size: A4 landscape; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: "M"; font-size: 10pt; line-height: 1.6; color: #111; }}
.page {{ width: 210mm; height: 296mm; padding: 16mm 17mm 14mm 17mm; position: relative; break-after: page; overflow: visible; }}
.page.land {{ page: land; width: 297mm; height: 209mm; padding: 13mm 14mm 12mm 14mm; }}
.pno {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-family: "G"; font-size: 9pt; }}
h1 {{ font-family: "G"; font-size: 13.5pt; margin: 0 0 3mm 0; border-bottom: 2px solid #2f4f7f; padding-bottom: 1mm; }}
h2 {{ font-family: "G"; font-size: 11.5pt; margin: 4mm 0 2mm 0; }}
h3 {{ font-family: "G"; font-size: 10.5pt; margin: 3mm 0 1mm 0; break-after: avoid; }}
p {{ margin: 0 0 1.5mm 0; text-indent: 1em; }}
.cols {{ column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; }}
.cols h2:first-child {{ margin-top: 0; }}
table {{ border-collapse: collapse; font-family: "G"; font-size: 8.5pt; line-height: 1.3; }}
th, td {{ border: 0.6px solid #333; padding: 1.2mm 1.6mm; }}
th {{ background: #dfe6f0; font-weight: normal; }}
td.n {{ text-align: right; white-space: nowrap; }}
td.l {{ text-align: left; }}
tr.sum td {{ background: #eef1f5; }}
th.v {{ writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; padding: 1.5mm 0.8mm; }}
.cap {{ font-family: "G"; font-size: 9.5pt; margin: 2mm 0 1mm 0; }}
.unit {{ font-family: "G"; font-size: 8pt; text-align: right; }}
.src {{ font-family: "G"; font-size: 8pt; margin-top: 1mm; }}
.boxed {{ border: 1.2px solid #2f4f7f; padding: 3mm 4mm 2.5mm 4mm; margin-top: 3mm; }}
.note {{ font-size: 8.5pt; margin: 1mm 0 0 0; text-indent: 0; }}
ul.items {{ list-style: none; margin: 0; padding: 0; }}
ul.items li {{ margin: 0 0 1mm 0; padding-left: 1.2em; text-indent: -1.2em; }}
.memo div {{ margin: 0.6mm 0; }}
.memo .l1 {{ font-family: "G"; margin-top: 2.5mm; }}
.memo .l2 {{ padding-left: 1em; font-family: "G"; }}
.memo .l3 {{ padding-left: 2.2em; text-indent: -1.6em; margin-left: 1.6em; }}
.strip td {{ font-size: 9pt; }}
"""


def esc(s):
    return html.escape(str(s))


def page(n, body, land=False, number=True):
    cls = "page land" if land else "page"
    pno = f'<div class="pno">- {n} -</div>' if number else ""
    return f'<div class="{cls}">{body}{pno}</div>'


def build():
    g = Gold(STEM, "plan", "plan", CITY, "第２次生駒市債権管理計画", "2025-03-01", "令和７年３月")
    pages = []

    # ---------------------------------------------------------------- p1 cover
    pages.append(page(1, """
<div style="height:70mm"></div>
<div style="text-align:center;font-family:G;font-size:26pt;line-height:1.5">第２次<br>生駒市債権管理計画</div>
<div style="text-align:center;font-family:G;font-size:13pt;margin-top:8mm">令和７（2025）年度～令和１１（2029）年度</div>
<div style="height:95mm"></div>
<div style="text-align:center;font-family:G;font-size:14pt">令和７年３月</div>
<div style="text-align:center;font-family:G;font-size:16pt;margin-top:6mm;letter-spacing:8px">生 駒 市</div>
""", number=False))

    # ---------------------------------------------------------------- p2 目次・凡例
    toc = [("１　計画の概要", 3), ("２　債権の現状", 3), ("３　主要債権の収納状況", 4), ("４　計画期間の目標", 6),
           ("５　全庁的な取組", 7), ("６　債権ごとの取組み", 8)]
    rows = "".join(f'<tr><td class="l" style="border:none;font-size:11pt;padding:2.5mm 0">{esc(a)}</td>'
                   f'<td style="border:none;border-bottom:1px dotted #666;width:95mm"></td>'
                   f'<td class="n" style="border:none;font-size:11pt">{b}</td></tr>' for a, b in toc)
    legend = [("市税", "個人市民税、法人市民税、固定資産税、軽自動車税、都市計画税等"), ("国保税", "国民健康保険税"),
              ("介護料", "介護保険料（第１号被保険者の保険料）"), ("後期高齢", "後期高齢者医療保険料"),
              ("住宅使用料", "市営住宅使用料（駐車場使用料を含む）")]
    lg = "".join(f"<tr><td class='l'>{esc(a)}</td><td class='l'>{esc(b)}</td></tr>" for a, b in legend)
    pages.append(page(2, f"""
<div style="text-align:center;font-family:G;font-size:16pt;margin:8mm 0 8mm 0;letter-spacing:10px">目次</div>
<table style="width:150mm;margin:0 auto">{rows}</table>
<div style="height:22mm"></div>
<h2>凡例</h2>
<p style="text-indent:0">本計画の表中では、債権名を次のとおり略記する。</p>
<table style="width:176mm"><tr><th style="width:32mm">表中の略称</th><th>債権の名称・内容</th></tr>{lg}</table>
<p class="note">※ 金額は表ごとに単位を示す。単位未満を四捨五入しているため、合計が一致しない場合がある。</p>
<p class="note">※ 収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。</p>
<p class="note">※ 本計画は、生駒市債権管理条例（平成２９年４月施行）第８条に基づき策定するものである。</p>
"""))

    # ---------------------------------------------------------------- p3 two-column overview + 表１
    P = 3
    t = BY["市税"]["s"]
    r19, r23 = t[2019]["R"], t[2023]["R"]
    d_tax = round(r23 - r19, 2)
    tot = {fy: sum(sen(d["s"][fy]["out"]) for d in DEBTS) + OTHER[fy] for fy in YEARS}  # 千円
    all23 = round_man(tot[2023] * 1000, 100)
    dall = round_man((tot[2022] - tot[2023]) * 1000, 100)
    tax_o = round_man(t[2023]["out"], 100)
    kok_o = round_man(BY["国民健康保険税"]["s"][2023]["out"], 100)
    a23, a22 = t[2023]["ar"], t[2022]["ar"]
    d_arr = round(a23 - a22, 1)
    s_all, s_dall, s_tax, s_kok = ("約" + oku_man(v) for v in (all23, dall, tax_o, kok_o))
    left = f"""
<h2>１　計画の概要</h2>
<h3>（１）策定の趣旨</h3>
<p>本市では、第１次生駒市債権管理計画（令和二年度～令和六年度）に基づき、全庁的な債権管理の適正化と収入未済額の縮減に取り組んできた。
人口減少と高齢化が進み、市税等の自主財源の確保が一層重要となる中、これまでの成果と課題を踏まえ、第２次計画を策定する。</p>
<h3>（２）計画の期間</h3>
<p>令和７（2025）年度から令和１１（2029）年度までの５年間とする。</p>
<h3>（３）対象とする債権</h3>
<p>令和５（2023）年度決算において収入未済額が生じている２６債権を対象とし、このうち収入未済額の大きい５債権を主要債権として、
債権ごとに目標と取組を定める。</p>
<h3>（４）第１次計画の成果</h3>
<p>市税の収納率は、令和元年度の{r19:.2f}％から令和５年度には{r23:.2f}％へと{d_tax:.2f}ポイント上昇した。
口座振替とスマートフォン決済の利用が広がり、現年度分の新たな滞納が抑えられたことが主な要因である。</p>
"""
    right = f"""
<h2>２　債権の現状</h2>
<p>令和５（2023）年度決算における対象債権の収入未済額は{s_all}で、前年度から{s_dall}減少した。
このうち市税が{s_tax}、国保税が{s_kok}であり、両者で全体の約８割を占めている。</p>
<p>市税の滞納繰越分の収納率は{a23:.2f}％で、前年度から{d_arr:.1f}ポイント改善したが、
高額・長期の滞納案件が依然として残っている。国保税は被保険者の減少により調定額が減っているものの、
滞納繰越分の収納率は県内の同規模団体の平均を下回っている。</p>
<p>非強制徴収公債権と私債権は、件数は多いものの１件当たりの金額が小さく、所管課ごとに対応が異なるため、
督促や時効管理の手続の統一が課題である。</p>
"""
    g.fact(P, "市税", "市税", 2019, "令和元年度", "total", "collection_rate", "actual", r19, "percent", f"{r19:.2f}％")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", r23, "percent", f"{r23:.2f}％")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual", d_tax, "points", f"{d_tax:.2f}ポイント")
    g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", all23, "yen", s_all, approx=True)
    g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -dall, "yen", s_dall, approx=True)
    g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", tax_o, "yen", s_tax, approx=True)
    g.fact(P, "国民健康保険税", "国保税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", kok_o, "yen", s_kok,
           approx=True)
    g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "arrears", "collection_rate", "actual", a23, "percent", f"{a23:.2f}％")
    g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "arrears", "difference", "actual", d_arr, "points",
           f"{d_arr:.1f}ポイント")
    # 表１: years head the rows
    heads = [d["short"] for d in DEBTS] + ["その他", "計"]
    th = "".join(f"<th>{esc(h)}</th>" for h in heads)
    trs = ""
    for fy in YEARS:
        cells = []
        for d in DEBTS:
            v = round(sen(d["s"][fy]["out"]) / 1000, 1)
            cells.append(f"{v:,.1f}")
            g.fact(P, d["canon"], d["short"], fy, RY[fy], "total", "outstanding", "actual", round(v * 1e6), "yen",
                   f"{v:,.1f}")
        vo = round(OTHER[fy] / 1000, 1)
        cells.append(f"{vo:,.1f}")
        g.fact(P, None, "その他", fy, RY[fy], "total", "outstanding", "actual", round(vo * 1e6), "yen", f"{vo:,.1f}")
        vt = round(tot[fy] / 1000, 1)
        cells.append(f"{vt:,.1f}")
        g.fact(P, None, "計", fy, RY[fy], "total", "outstanding", "actual", round(vt * 1e6), "yen", f"{vt:,.1f}")
        trs += f"<tr><td class='l'>{esc(RY[fy])}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>"
    table1 = f"""
<div class="boxed">
<div class="cap">表１　主要債権の収入未済額の推移（各年度末現在）</div>
<div class="unit">（単位：百万円）</div>
<table style="width:100%"><tr><th>年度</th>{th}</tr>{trs}</table>
<div class="src">出典：生駒市歳入歳出決算書及び各債権所管課の債権管理台帳（各年度５月末出納閉鎖後の額）</div>
</div>"""
    pages.append(page(P, f'<h1>第１章　計画の概要と債権の現状</h1><div class="cols">{left}{right}</div>{table1}'))

    # ---------------------------------------------------------------- p4/p5 long-format table (broken across pages)
    def long_head():
        return ("<colgroup><col style='width:19mm'><col style='width:20mm'><col style='width:17mm'><col style='width:23mm'>"
                "<col style='width:23mm'><col style='width:18mm'><col style='width:20mm'><col></colgroup><tr><th>債権名</th><th>年度</th><th>収納率（％）</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
                "<th>収入未済額</th><th>備考</th></tr>")

    LY = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}

    def long_rows(names, P):
        out = ""
        for nm in names:
            d = BY[nm]
            for fy in (2021, 2022, 2023):
                a = d["s"][fy]
                vals = [sen(a[k]) for k in ("A", "C", "wo", "out")]
                if nm == "市税":
                    note = f"うち滞納繰越分 {c(sen(a['out_arr']))}千円"
                    g.fact(P, nm, d["short"], fy, LY[fy], "arrears", "outstanding", "actual", sen(a["out_arr"]) * 1000,
                           "yen", f"{c(sen(a['out_arr']))}千円")
                elif nm == "国民健康保険税":
                    note = f"滞納世帯数 {c(a['dl'])}世帯"
                    g.fact(P, nm, d["short"], fy, LY[fy], "total", "delinquents", "actual", a["dl"], "households",
                           f"{c(a['dl'])}世帯")
                else:
                    note = f"滞納者数 {c(a['dl'])}人"
                    g.fact(P, nm, d["short"], fy, LY[fy], "total", "delinquents", "actual", a["dl"], "persons",
                           f"{c(a['dl'])}人")
                out += (f"<tr><td class='l'>{esc(d['short'])}</td><td>{LY[fy]}</td><td class='n'>{a['R']:.2f}</td>"
                        + "".join(f"<td class='n'>{c(v)}</td>" for v in vals) + f"<td class='l'>{esc(note)}</td></tr>")
                dn = (nm, d["short"])
                g.fact(P, *dn, fy, LY[fy], "total", "collection_rate", "actual", a["R"], "percent", f"{a['R']:.2f}")
                for (k, metric), v in zip((("A", "assessed"), ("C", "collected"), ("wo", "written_off"),
                                          ("out", "outstanding")), vals):
                    g.fact(P, *dn, fy, LY[fy], "total", metric, "actual", v * 1000, "yen", c(v))
        return out

    P = 4
    body4 = f"""<h1>第２章　主要債権の収納状況</h1>
<h2>３　主要債権の収納状況</h2>
<p>主要５債権の直近３か年の収納状況は表２のとおりである。収納率は現年度分と滞納繰越分を合わせたものであり、
債権ごとの現年度分・滞納繰越分の内訳は第３章の表４に基準値として掲げる。</p>
<div class="cap">表２　主要債権の収納状況（令和３年度～令和５年度）</div>
<div class="unit">（単位：千円）</div>
<table style="width:100%;table-layout:fixed">{long_head()}{long_rows(["市税", "国民健康保険税", "介護保険料"], P)}</table>
<p class="note" style="margin-top:2mm">※ 表は次ページに続く。</p>
<h3 style="margin-top:6mm">（参考）収入未済額の構成（令和５年度末）</h3>
"""
    # a small bar strip of shares (text only, figures are percentages of composition: not one of the metrics)
    shares = []
    for d in DEBTS:
        shares.append((d["short"], sen(d["s"][2023]["out"]) / tot[2023] * 100))
    shares.append(("その他", OTHER[2023] / tot[2023] * 100))
    bar = "".join(
        f"<div style='display:flex;align-items:center;margin:1mm 0'><div style='width:26mm;font-family:G;font-size:8.5pt'>{esc(n)}</div>"
        f"<div style='height:4.2mm;width:{v * 1.2:.1f}mm;background:#5b7fb0'></div>"
        f"<div style='font-family:G;font-size:8pt;margin-left:2mm'>{v:.1f}％</div></div>" for n, v in shares)
    body4 += bar + "<p class='note'>※ 構成比は表１の令和５年度の額から算出。</p>"
    pages.append(page(P, body4))

    P = 5
    body5 = f"""<div class="cap">表２　主要債権の収納状況（令和３年度～令和５年度）（続き）</div>
<div class="unit">（単位：千円）</div>
<table style="width:100%;table-layout:fixed">{long_head()}{long_rows(["後期高齢者医療保険料", "市営住宅使用料"], P)}</table>
"""
    # 表３ 目標と実績（第１次計画の最終評価年度 令和５年度）
    trs = ""
    for d in DEBTS:
        nm = d["canon"]
        a = d["s"][2023]
        for k, (seg_l, seg, key) in enumerate((("現年度分", "current", "cr"), ("滞納繰越分", "arrears", "ar"))):
            tg = TARGETS[nm]["t5"][k]
            ac = a[key]
            diff = round(ac - tg, 2)
            ach = round(ac / tg * 100, 1)
            name_cell = f"<td class='l' rowspan='2'>{esc(d['short'])}</td>" if k == 0 else ""
            trs += (f"<tr>{name_cell}<td>{seg_l}</td><td class='n'>{tg:.2f}</td><td class='n'>{ac:.2f}</td>"
                    f"<td class='n'>{trif(diff, 2, mark='▲')}</td><td class='n'>{ach:.1f}</td>"
                    f"<td>{'達成' if diff >= 0 else '未達成'}</td></tr>")
            g.fact(P, nm, d["short"], 2023, "令和５年度", seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}")
            g.fact(P, nm, d["short"], 2023, "令和５年度", seg, "collection_rate", "actual", ac, "percent", f"{ac:.2f}")
            g.fact(P, nm, d["short"], 2023, "令和５年度", seg, "difference", "actual", diff, "points",
                   trif(diff, 2, mark="▲"))
    def missed(k):
        key = ("cr", "ar")[k]
        xs = [d["short"] for d in DEBTS if d["s"][2023][key] < TARGETS[d["canon"]]["t5"][k]]
        return "、".join(xs[:-1]) + ("及び" if len(xs) > 1 else "") + xs[-1]
    miss_cur, miss_arr = missed(0), missed(1)
    body5 += f"""
<h2 style="margin-top:7mm">第１次計画の目標の達成状況</h2>
<p>第１次計画の最終評価年度である令和５年度の目標収納率と実績は表３のとおりであり、現年度分は{miss_cur}を除き目標を達成した一方、
滞納繰越分は{miss_arr}で目標に届かなかった。</p>
<div class="cap">表３　目標収納率と実績（令和５年度）</div>
<div class="unit">（単位：％）</div>
<table style="width:100%"><tr><th>債権名</th><th>区分</th><th>目標</th><th>実績</th><th>差（実績－目標）</th>
<th>達成率</th><th>評価</th></tr>{trs}</table>
<p class="note">※ 達成率＝実績÷目標×100（小数点以下第２位を四捨五入）。</p>
"""
    pages.append(page(P, body5))

    # ---------------------------------------------------------------- p6 landscape wide table
    P = 6
    tys = [2025, 2026, 2027]
    ylab = {2025: "R7", 2026: "R8", 2027: "R9", 2028: "R10", 2029: "R11"}
    head1 = ("<tr><th rowspan='3' style='width:24mm'>債権名</th><th rowspan='3'>区分</th>"
             "<th colspan='7'>収納率（％）</th><th colspan='2'>収入未済額（千円）</th></tr>"
             "<tr><th class='v' rowspan='2'>基準値</th><th class='v' rowspan='2'>見込</th><th colspan='5'>目標</th>"
             "<th rowspan='2'>R5実績</th><th rowspan='2'>R6見込</th></tr>"
             "<tr>" + "".join(f"<th>{ylab[y]}</th>" for y in (2025, 2026, 2027, 2028, 2029)) + "</tr>")
    trs = ""
    for d in DEBTS:
        nm = d["canon"]
        a = d["s"][2023]
        tg = TARGETS[nm]
        for k, (seg_l, seg, key) in enumerate((("現年度分", "current", "cr"), ("滞納繰越分", "arrears", "ar"))):
            cells = [f"{a[key]:.2f}", f"{tg['r6'][k]:.2f}"] + [f"{tg['t'][i][k]:.2f}" for i in range(5)]
            g.fact(P, nm, d["short"], 2023, "基準値（R5）", seg, "collection_rate", "actual", a[key], "percent", cells[0])
            g.fact(P, nm, d["short"], 2024, "見込（R6）", seg, "collection_rate", "estimate", tg["r6"][k], "percent",
                   cells[1])
            for i, fy in enumerate((2025, 2026, 2027, 2028, 2029)):
                g.fact(P, nm, d["short"], fy, ylab[fy], seg, "collection_rate", "target", tg["t"][i][k], "percent",
                       cells[2 + i])
            row = "<tr>" + (f"<td class='l' rowspan='2'>{esc(d['short'])}</td>" if k == 0 else "")
            row += f"<td>{seg_l}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells)
            if k == 0:
                o5 = sen(a["out"])
                o6 = out_target(nm, 2024)
                row += f"<td class='n' rowspan='2'>{c(o5)}</td><td class='n' rowspan='2'>{c(o6)}</td>"
                g.fact(P, nm, d["short"], 2023, "R5実績", "total", "outstanding", "actual", o5 * 1000, "yen", c(o5))
                g.fact(P, nm, d["short"], 2024, "R6見込", "total", "outstanding", "estimate", o6 * 1000, "yen", c(o6))
            trs += row + "</tr>"
    body6 = f"""<h1>第３章　計画期間の目標</h1>
<h2>４　計画期間の目標</h2>
<p>主要５債権について、令和５年度の実績を基準値とし、計画期間の各年度の目標収納率を表４のとおり定める。
収入未済額の目標額は、表４（続き）に掲げる。</p>
<div class="cap">表４　主要債権の目標収納率と収入未済額</div>
<table style="width:100%">{head1}{trs}</table>
<p class="note">※ 基準値は令和５年度決算、見込は令和６年度決算見込（令和６年１２月末時点の推計）。目標は各年度の決算における値。</p>
<p class="note">※ 収入未済額の令和７年度以降の目標額は次ページに掲げる。</p>
"""
    pages.append(page(P, body6, land=True))

    # ---------------------------------------------------------------- p7 continuation + 全庁的な取組 (memo numbering)
    P = 7
    trs = ""
    for d in DEBTS:
        nm = d["canon"]
        cells = []
        for fy in (2025, 2026, 2027, 2028, 2029):
            v = out_target(nm, fy)
            cells.append(c(v))
            g.fact(P, nm, d["short"], fy, ylab[fy], "total", "outstanding", "target", v * 1000, "yen", c(v))
        trs += f"<tr><td class='l'>{esc(d['short'])}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>"
    sums = [sum(out_target(d["canon"], fy) for d in DEBTS) for fy in (2025, 2026, 2027, 2028, 2029)]
    trs += "<tr class='sum'><td>計</td>" + "".join(f"<td class='n'>{c(v)}</td>" for v in sums) + "</tr>"
    for fy, v in zip((2025, 2026, 2027, 2028, 2029), sums):
        g.fact(P, None, "計", fy, ylab[fy], "total", "outstanding", "target", v * 1000, "yen", c(v))
    memo = [
        ("（１）", "滞納の未然防止", [
            ("ア", "納付環境の整備", [("(ｱ)", "地方税統一ＱＲコードを市税以外の債権の納付書にも印字し、納付場所を広げる。", "新規"),
                                 ("(ｲ)", "Ｗｅｂ口座振替受付サービスの対象を国保税と住宅使用料に広げる。", "拡充")]),
            ("イ", "早期の納付勧奨", [("(ｱ)", "納期限後の電話催告とＳＭＳ催告を全ての強制徴収公債権で行う。", "継続")]),
        ]),
        ("（２）", "滞納整理の強化", [
            ("ア", "財産調査の電子化", [("(ｱ)", "預貯金の電子照会を全ての強制徴収公債権に広げ、調査期間を短縮する。", "拡充")]),
            ("イ", "債権管理課への移管", [("(ｱ)", "高額・困難な案件を債権管理課へ移管する基準を定め、一元的に滞納整理を行う。", "新規")]),
        ]),
        ("（３）", "適正な債権の整理", [
            ("ア", "徴収停止と債権放棄", [("(ｱ)", "回収の見込みがない私債権は、条例に基づく放棄を年１回審査する。", "継続")]),
        ]),
    ]
    mh = ""
    for l1, t1, subs in memo:
        mh += f"<div class='l1'>{l1}{esc(t1)}</div>"
        for l2, t2, items in subs:
            mh += f"<div class='l2'>{l2}　{esc(t2)}</div>"
            for l3, txt, st in items:
                mh += f"<div class='l3'>{l3}　{esc(txt)}【{st}】</div>"
                g.init(P, None, None, 2025, "全庁的な取組", f"{l1}{l2}{l3}", txt, st)
    body7 = f"""<div class="cap">表４　主要債権の目標収納率と収入未済額（続き）</div>
<div class="unit">収入未済額の目標額（単位：千円）</div>
<table style="width:100%"><tr><th>債権名</th>{''.join(f'<th>{ylab[y]}</th>' for y in (2025, 2026, 2027, 2028, 2029))}</tr>{trs}</table>
<p class="note">※ 各年度末（出納閉鎖後）の収入未済額の目標。令和５年度決算の額から段階的に縮減する。</p>
<h1 style="margin-top:7mm">第４章　取組</h1>
<h2>５　全庁的な取組</h2>
<div class="memo">{mh}</div>
"""
    pages.append(page(P, body7))

    # ---------------------------------------------------------------- p8 債権ごとの取組み
    P = 8
    per = {
        "市税": [("①", "滞納額５０万円以上の案件は、係長級が進行管理を行い、捜索と公売を計画的に実施する。", "継続"),
               ("②", "法人の滞納は、売掛金と預金の調査を早期に行い、事業継続に配慮しつつ差押えを行う。", "拡充")],
        "国民健康保険税": [("①", "資格取得の届出時に口座振替の申込みを受け付け、振替率を令和１１年度までに６０％へ高める。", "拡充"),
                    ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の不履行を防ぐ。", "継続")],
        "介護保険料": [("①", "普通徴収の期間が長い被保険者に、年金からの特別徴収に切り替わるまでの納付を個別に案内する。", "継続"),
                  ("②", "給付制限の対象となる前に、制度の説明文書を送付して納付相談につなげる。", "新規")],
        "後期高齢者医療保険料": [("①", "７５歳到達時の資格取得通知に口座振替の申込書を同封する。", "継続")],
        "市営住宅使用料": [("①", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の手続に入る。", "継続"),
                    ("②", "退去者の未納分は弁護士法人への回収委託の対象を広げる。", "拡充")],
    }
    bd = ("<h2>６　債権ごとの取組み</h2><p>主要５債権について、所管課が取り組む内容を次のとおり定める。"
          "各債権の取組の進捗は、毎年度、生駒市債権管理推進会議において確認し、その結果を公表する。</p>")
    for i, d in enumerate(DEBTS, 1):
        nm = d["canon"]
        head = f"（{zen(i)}）債権ごとの取組み（{nm}）"
        a = d["s"][2023]
        bd += f"<h3>{esc(head)}</h3>"
        ka = {"市税": "税務課", "国民健康保険税": "国保医療課", "介護保険料": "介護保険課", "後期高齢者医療保険料": "国保医療課",
              "市営住宅使用料": "住宅政策課"}[nm]
        o5 = sen(a["out"])
        t11 = TARGETS[nm]["t"][4]
        bd += (f"<table class='strip' style='width:100%;margin-bottom:1.5mm'><tr><th style='width:16mm'>所管課</th>"
               f"<td class='l' style='width:30mm'>{ka}</td><th style='width:30mm'>R5実績<br>（収入未済額／収納率）</th>"
               f"<td class='n' style='width:34mm'>{c(o5)}千円<br>{a['R']:.2f}％</td><th style='width:18mm'>R11目標</th>"
               f"<td class='l'>現年 {t11[0]:.2f}％<br>滞繰 {t11[1]:.2f}％</td></tr></table>")
        g.fact(P, nm, nm, 2023, "R5実績", "total", "outstanding", "actual", o5 * 1000, "yen", f"{c(o5)}千円")
        g.fact(P, nm, nm, 2023, "R5実績", "total", "collection_rate", "actual", a["R"], "percent", f"{a['R']:.2f}％")
        g.fact(P, nm, nm, 2029, "R11目標", "current", "collection_rate", "target", t11[0], "percent", f"{t11[0]:.2f}％")
        g.fact(P, nm, nm, 2029, "R11目標", "arrears", "collection_rate", "target", t11[1], "percent", f"{t11[1]:.2f}％")
        bd += "<ul class='items'>"
        for lab, txt, st in per[nm]:
            bd += f"<li>{lab}　{esc(txt)}【{st}】</li>"
            g.init(P, nm, nm, 2025, "債権ごとの取組み", lab, txt, st)
        bd += "</ul>"
    pages.append(page(P, bd))

    html_doc = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>第２次生駒市債権管理計画</title><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    hp = WORK / f"{STEM}.html"
    hp.write_text(html_doc, encoding="utf-8")
    dst = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(hp, dst)
    g.write(dst)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
