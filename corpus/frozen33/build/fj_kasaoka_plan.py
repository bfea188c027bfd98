"""第２次笠岡市債権管理計画（令和７（2025）年度～令和９（2027）年度） → plan.

Tool chain: HTML/CSS (two-column page, wide table continued on the next page) → chromium --print-to-pdf.
Run from corpus/frozen33:  python3 build/fj_kasaoka_plan.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fj_common import GOTHIC, MINCHO, PDF_DIR, WORK, Doc, chromium_pdf, rate, rnd, zen_digits  # noqa: E402

STEM = "fj_kasaoka_plan_1"
CITY = "笠岡市"
d = Doc(STEM, seed=3304)
R = d.rng
A5, A4 = 2023, 2022          # 直近の決算 (令和5年度), 前年度
T = [2025, 2026, 2027]       # 計画期間

# name, short, canon, dept, class, cur assessed 2022 (千円), growth, cur rate 22, 23, arrears assessed 2022,
# arr rate 22, 23, write-off share, targets cur (25,26,27), targets arr (25,26,27)
DEBTS = [
    ("市税", "市税", "市税", "税務課", "強制徴収公債権", 6_512_300, 0.011, 99.02, 99.12, 214_800, 27.52, 29.31, 0.034,
     (99.15, 99.20, 99.25), (29.5, 30.0, 30.5)),
    ("国民健康保険税", "国保税", "国民健康保険料", "税務課", "強制徴収公債権", 1_096_400, -0.021, 94.86, 95.07, 187_300, 19.84,
     20.62, 0.061, (95.20, 95.40, 95.60), (21.0, 21.5, 22.0)),
    ("介護保険料", "介護保険料", "介護保険料", "長寿支援課", "強制徴収公債権", 1_028_700, 0.012, 99.21, 99.26, 26_400, 16.35,
     17.10, 0.082, (99.30, 99.30, 99.35), (17.5, 18.0, 18.5)),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "健康推進課", "強制徴収公債権", 596_200, 0.031, 99.61, 99.64,
     3_950, 41.20, 43.05, 0.03, (99.65, 99.70, 99.70), (43.0, 44.0, 45.0)),
    ("保育料", "保育料", "保育料", "子育て支援課", "強制徴収公債権", 98_600, -0.03, 98.92, 99.05, 9_870, 12.46, 13.82, 0.05,
     (99.10, 99.15, 99.20), (14.0, 14.5, 15.0)),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "都市計画課", "私債権", 126_300, -0.012, 97.05, 97.31, 38_240, 9.86, 10.74,
     0.018, (97.40, 97.50, 97.60), (11.0, 11.5, 12.0)),
    ("下水道使用料", "下水道使用料", "下水道使用料", "下水道課", "私債権", 684_900, 0.004, 99.10, 99.16, 11_620, 29.10, 30.42,
     0.04, (99.20, 99.20, 99.25), (31.0, 31.5, 32.0)),
    ("奨学金貸付金", "奨学金", "奨学金貸付金", "教育総務課", "私債権", 18_420, -0.02, 91.24, 92.08, 21_860, 6.12, 7.05, 0.0,
     (92.50, 93.00, 93.50), (7.5, 8.0, 8.5)),
]

D: dict[str, dict] = {}
for (name, short, canon, dept, cls, ca, g, r22, r23, aa, ar22, ar23, wos, tc, ta) in DEBTS:
    v = {"short": short, "canon": canon, "dept": dept, "cls": cls, "tc": dict(zip(T, tc)), "ta": dict(zip(T, ta))}
    arr_ass = aa
    for i, (y, cr, ar) in enumerate(((A4, r22, ar22), (A5, r23, ar23))):
        cur_ass = int(round(ca * (1 + g) ** i))
        cur_col = int(round(cur_ass * cr / 100))
        arr_col = int(round(arr_ass * ar / 100))
        wo = int(round(arr_ass * wos))
        w = dict(cur_ass=cur_ass, cur_col=cur_col, arr_ass=arr_ass, arr_col=arr_col, wo=wo)
        w["cur_out"] = cur_ass - cur_col
        w["arr_out"] = arr_ass - arr_col - wo
        w["ass"], w["col"], w["out"] = cur_ass + arr_ass, cur_col + arr_col, w["cur_out"] + w["arr_out"]
        v[y] = w
        arr_ass = w["out"]
    # 令和9年度の収入未済額目標 (千円): 直近の未済額を計画的に縮減
    last = v[A5]
    v["tout"] = int(round(last["out"] * R.uniform(0.80, 0.90) / 10)) * 10
    v["tout_arr"] = int(round(v["tout"] * (last["arr_out"] / last["out"]) / 10)) * 10
    D[name] = v
NAMES = [n for n, *_ in DEBTS]

CSS = f"""
@font-face {{ font-family: G; src: url('file://{GOTHIC}'); }}
@font-face {{ font-family: M; src: url('file://{MINCHO}'); }}
* {{ font-synthesis: none; }}
@page {{ size: A4; margin: 16mm 16mm 12mm 16mm; }}
body {{ font-family: M; font-size: 10pt; color: #111; margin: 0; line-height: 1.65; }}
.page {{ height: 264mm; position: relative; break-after: page; display: flow-root; }}
.page:last-child {{ break-after: auto; }}
.pno {{ position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }}
h1 {{ font-family: G; font-size: 14pt; margin: 0 0 3mm 0; padding-bottom: 1mm; border-bottom: 2px solid #333; }}
h2 {{ font-family: G; font-size: 11.5pt; margin: 4mm 0 1.5mm 0; }}
h3 {{ font-family: G; font-size: 10.5pt; margin: 3mm 0 1mm 0; }}
p {{ margin: 0 0 1.5mm 0; text-indent: 1em; }}
table {{ border-collapse: collapse; width: 100%; font-family: G; }}
td, th {{ border: 0.6px solid #333; padding: 0.7mm 1.4mm; font-size: 8.6pt; line-height: 1.35; }}
th {{ background: #e9e9e9; font-weight: normal; text-align: center; }}
td.n {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
.cap {{ font-family: G; font-size: 9.5pt; margin: 3mm 0 1mm 0; }}
.unit {{ font-family: G; text-align: right; font-size: 8.3pt; }}
.src {{ font-size: 8.2pt; margin-top: 0.8mm; }}
.note {{ font-size: 8.2pt; margin: 0.6mm 0; text-indent: 0; }}
.boxed {{ border: 1.2px solid #222; padding: 2.5mm 3mm; margin: 2mm 0; }}
.cols {{ column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #999; }}
.cols p {{ font-size: 9.8pt; }}
.item {{ padding-left: 2em; text-indent: -2em; margin: 0 0 0.8mm 0; }}
.item2 {{ padding-left: 4em; text-indent: -2em; margin: 0 0 0.8mm 0; }}
.sheet {{ border: 1.4px solid #222; padding: 2mm 3mm; margin-top: 2mm; }}
.sheethead td {{ font-size: 9.5pt; padding: 1mm 2mm; }}
"""

pages: list[str] = []


def page(inner: str, number=True):
    assert len(pages) + 1 == d.page
    pn = f'<div class="pno">- {d.page - 1} -</div>' if number else ""
    pages.append(f'<div class="page">{inner}{pn}</div>')
    d.page += 1


def td(x, cls="n"):
    return f'<td class="{cls}">{x}</td>'


def man(v_yen: int) -> tuple[int, str]:
    """約x億y,yyy万円 rounded to 10万円 → (value, text)."""
    v = int(round(v_yen / 100_000)) * 100_000
    oku, rest = divmod(abs(v), 10**8)
    m = rest // 10**4
    s = (f"{oku}億{m:,}万円" if m else f"{oku}億円") if oku else f"{m:,}万円"
    return v, "約" + s


# ===================================================================== p1 cover
page("""<div style="height:70mm"></div>
<div style="text-align:center;font-family:G;font-size:24pt;letter-spacing:1mm">第２次笠岡市債権管理計画</div>
<div style="text-align:center;font-family:G;font-size:13pt;margin-top:6mm">令和７（2025）年度～令和９（2027）年度</div>
<div style="height:110mm"></div>
<div style="text-align:center;font-family:G;font-size:14pt">令和７年３月</div>
<div style="text-align:center;font-family:G;font-size:16pt;margin-top:3mm">笠　岡　市</div>""", number=False)

# ===================================================================== p2 目次 + 第1章
TOC = [("第１章　計画の概要", 1), ("　１　計画策定の趣旨", 1), ("　２　計画の期間", 1), ("　３　対象債権", 1),
       ("第２章　債権の現状と課題", 2), ("　１　債権全体の状況", 2), ("　２　主要債権の推移", 3),
       ("第３章　計画の目標", 4), ("第４章　目標達成に向けた取組", 5), ("　５　債権ごとの取組み", 6)]
toc = "".join(f'<tr><td style="border:none;font-family:M;font-size:10pt;white-space:nowrap;width:62mm">{a}</td>'
              f'<td style="border:none;border-bottom:1px dotted #777"></td>'
              f'<td style="border:none;text-align:right;font-family:M;font-size:10pt;width:10mm">{p}</td></tr>' for a, p in TOC)
p2 = f"""<div style="font-family:G;font-size:13pt;text-align:center;margin:2mm 0 3mm 0">目　　次</div>
<table style="width:150mm;margin:0 auto 6mm auto">{toc}</table>
<h1>第１章　計画の概要</h1>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２８年に笠岡市債権管理条例を制定し、市が保有する債権の適正な管理に全庁的に取り組んできました。令和４年３月には第１次笠岡市債権管理計画を策定し、債権ごとの目標収納率と具体的な取組を定め、収納率の向上と収入未済額の縮減に努めてきました。</p>
<p>この間、市税をはじめとする主要な債権では収納率が上昇し、収入未済額も減少するなど一定の成果が見られましたが、私債権を中心に長期化・少額化した未収金が残っています。第１次計画の期間満了に伴い、これまでの取組の成果と課題を踏まえ、第２次計画を策定します。</p>
<h2>２　計画の期間</h2>
<p>本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、社会経済情勢や関係法令の改正等を踏まえ、必要に応じて見直しを行います。</p>
<h2>３　対象債権</h2>
<p>本計画の対象とする債権は、令和５（2023）年度決算において収入未済額が生じている債権のうち、次の８債権とします。</p>
<div style="margin-left:6mm;font-size:9.6pt">（１）強制徴収公債権　市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育料<br>
（２）私債権　市営住宅使用料、下水道使用料、奨学金貸付金</div>"""
page(p2)

# ===================================================================== p3 第2章 (two columns)
ALL = {A5: dict(ass=13_842_600_000, col=13_438_100_000, wo=6_900_000), A4: dict(ass=13_701_300_000, col=13_261_500_000,
                                                                                 wo=20_800_000)}
for w in ALL.values():
    w["out"] = w["ass"] - w["col"] - w["wo"]
all_r5, all_r4 = rate(ALL[A5]["col"], ALL[A5]["ass"]), rate(ALL[A4]["col"], ALL[A4]["ass"])
ka = dict(debt=None, debt_raw=None, basis="actual")
v_ass, s_ass = man(ALL[A5]["ass"])
v_out, s_out = man(ALL[A5]["out"])
v_dout, s_dout = man(ALL[A4]["out"] - ALL[A5]["out"])
assert ALL[A5]["out"] < ALL[A4]["out"] and all_r5 > all_r4
col1 = ("<p>令和５（2023）年度決算における本市の債権全体の調定額は"
        + d.fact(s_ass, v_ass, metric="assessed", unit="yen", fy=A5, fy_raw="令和５（2023）年度", approx=True, **ka)
        + "で、このうち収入未済額は"
        + d.fact(s_out, v_out, metric="outstanding", unit="yen", fy=A5, fy_raw="令和５（2023）年度", approx=True, **ka)
        + "となりました。前年度と比べると収入未済額は"
        + d.fact(s_dout, -v_dout, metric="difference", unit="yen", fy=A5, fy_raw="前年度", approx=True, **ka)
        + "の減少となっています。</p>"
        + "<p>債権全体の収納率は"
        + d.pct(all_r5, suffix="％", fy=A5, fy_raw="令和５（2023）年度", **ka)
        + "で、前年度比"
        + d.pct(rnd(all_r5 - all_r4), suffix="ポイント", metric="difference", unit="points", fy=A5, fy_raw="前年度", **ka)
        + "の上昇となりました。現年度分の収納率は高い水準を維持しており、滞納繰越分の縮減が収納率の上昇に寄与しています。</p>")
h17, h19 = 612_400_000, 538_900_000
col1 += ("<p>収入未済額の推移をみると、平成29（2017）年度には"
         + d.fact(man(h17)[1], man(h17)[0], metric="outstanding", unit="yen", fy=2017, fy_raw="平成29（2017）年度",
                  approx=True, **ka)
         + "ありましたが、令和元年度には"
         + d.fact(man(h19)[1], man(h19)[0], metric="outstanding", unit="yen", fy=2019, fy_raw="令和元年度", approx=True,
                  **ka)
         + "まで縮減しました。令和２年度は新型コロナウイルス感染症の影響による徴収猶予の特例があり一時的に増加しましたが、"
           "その後は再び減少に転じています。</p>")
tx = D["市税"]
r5c, r4c = rate(tx[A5]["cur_col"], tx[A5]["cur_ass"]), rate(tx[A4]["cur_col"], tx[A4]["cur_ass"])
v_tout, s_tout = man(tx[A5]["out"] * 1000)
kt = dict(debt="市税", debt_raw="市税", basis="actual")
col2 = ("<p>債権別にみると、市税は現年課税分の収納率が"
        + d.pct(r5c, suffix="％", fy=A5, fy_raw="令和５（2023）年度", segment="current", **kt)
        + "と前年度から"
        + d.pct(rnd(r5c - r4c), suffix="ポイント", metric="difference", unit="points", fy=A5, fy_raw="前年度",
                segment="current", **kt)
        + "改善し、収入未済額は"
        + d.fact(s_tout, v_tout, metric="outstanding", unit="yen", fy=A5, fy_raw="令和５（2023）年度", approx=True, **kt)
        + "となっています。</p>")
kk_ = D["国民健康保険税"]
v_kout, s_kout = man(kk_[A5]["out"] * 1000)
col2 += ("<p>国民健康保険税は、被保険者の減少により調定額が減少していますが、滞納繰越分の収納率は"
         + d.pct(rate(kk_[A5]["arr_col"], kk_[A5]["arr_ass"]), suffix="％", debt="国民健康保険料", debt_raw="国民健康保険税",
                 fy=A5, fy_raw="令和５（2023）年度", segment="arrears", basis="actual")
         + "にとどまり、収入未済額は"
         + d.fact(s_kout, v_kout, metric="outstanding", unit="yen", debt="国民健康保険料", debt_raw="国民健康保険税",
                  fy=A5, fy_raw="令和５（2023）年度", approx=True)
         + "と、市税に次ぐ規模となっています。</p>")
hj = D["市営住宅使用料"]
col2 += ("<p>私債権では、市営住宅使用料の滞納繰越分の収納率が"
         + d.pct(rate(hj[A5]["arr_col"], hj[A5]["arr_ass"]), suffix="％", debt="市営住宅使用料", debt_raw="市営住宅使用料",
                 fy=A5, fy_raw="令和５（2023）年度", segment="arrears", basis="actual")
         + "と低く、退去者の滞納分が長期化しています。奨学金貸付金も返還期間が長期にわたることから、早期の納付指導と"
           "連帯保証人への請求を組み合わせた対応が必要です。</p>"
           "<p>これらの課題を踏まえ、次期計画では、現年度分の確実な収納による新たな滞納の抑制と、徴収の見込みのない債権の"
           "適正な整理を両輪として取り組みます。</p>")
p3 = f"""<h1>第２章　債権の現状と課題</h1><h2>１　債権全体の状況</h2><div class="cols">{col1}{col2}</div>"""
# small figure: 収入未済額の推移 (bar chart with labels; values in 百万円)
hist = [(2017, "H29", h17), (2018, "H30", 587_300_000), (2019, "R1", h19), (2020, "R2", 566_200_000),
        (2021, "R3", 497_100_000), (A4, "R4", ALL[A4]["out"]), (A5, "R5", ALL[A5]["out"])]
bars = ""
for fy_, lab, v_ in hist:
    mv = round(v_ / 1_000_000)
    lab_txt = d.fact(f"{mv:,}", mv * 1_000_000, metric="outstanding", unit="yen", fy=fy_, fy_raw=lab, **ka)
    bars += (f'<div style="display:flex;flex-direction:column;justify-content:flex-end;align-items:center;width:19mm">'
             f'<div style="font-family:G;font-size:8.5pt">{lab_txt}</div>'
             f'<div style="width:10mm;height:{(mv - 300) * 0.16:.1f}mm;background:#7a8fa6"></div></div>')
xl = "".join(f'<div style="width:19mm;text-align:center;font-family:G;font-size:8.5pt">{h[1]}</div>' for h in hist)
p3 += f"""<div class="cap" style="margin-top:6mm">図２－１　債権全体の収入未済額の推移（単位：百万円）</div>
<div style="margin-left:12mm;width:140mm"><div style="display:flex;align-items:flex-end;height:56mm;border-left:1px solid #333;border-bottom:1px solid #333;padding-left:3mm">{bars}</div>
<div style="display:flex;padding-left:3mm">{xl}</div></div>
<div class="note">※H29は平成29年度、R1は令和元年度。各年度の決算額（百万円未満四捨五入）。</div>"""
page(p3)

# ===================================================================== p4 推移 (years as rows) + long format
TAXH = {2017: (98.21, 18.42, 95.62), 2018: (98.40, 19.93, 96.05), 2019: (98.51, 21.24, 96.33), 2020: (98.38, 20.61, 96.30),
        2021: (98.83, 24.85, 97.01)}
for y in (A4, A5):
    w = tx[y]
    TAXH[y] = (rate(w["cur_col"], w["cur_ass"]), rate(w["arr_col"], w["arr_ass"]), rate(w["col"], w["ass"]))
YL = {2017: "平成29（2017）年度", 2018: "平成30（2018）年度", 2019: "令和元（2019）年度", 2020: "令和２（2020）年度",
      2021: "令和３（2021）年度", 2022: "令和４（2022）年度", 2023: "令和５（2023）年度"}
rows = ""
for y in range(2017, 2024):
    cells = "".join(td(d.pct(v_, fy=y, fy_raw=YL[y], segment=seg, **kt))
                    for v_, seg in zip(TAXH[y], ("current", "arrears", "total")))
    rows += f"<tr><td>{YL[y]}</td>{cells}</tr>"
t1 = f"""<div class="cap">表２－１　市税の収納率の推移</div><div class="unit">（単位：％）</div>
<table style="width:100%"><tr><th>年度</th><th>現年課税分</th><th>滞納繰越分</th><th>合計</th></tr>{rows}</table>"""
LF = ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
rows = ""
for name in LF:
    v = D[name]
    for y, yl in ((A4, "R4"), (A5, "R5")):
        w = v[y]
        k = dict(debt=v["canon"], debt_raw=name, fy=y, fy_raw=yl, basis="actual")
        rows += (f"<tr><td>{name}</td><td class='c'>{yl}</td>"
                 + td(d.yen(w["ass"] * 1000, metric="assessed", **k)) + td(d.yen(w["col"] * 1000, metric="collected", **k))
                 + td(d.yen(w["wo"] * 1000, metric="written_off", **k)) + td(d.yen(w["out"] * 1000, metric="outstanding", **k))
                 + td(d.pct(rate(w["col"], w["ass"]), **k)) + "</tr>")
t2 = f"""<div class="cap" style="margin-top:6mm">表２－２　主要債権の決算状況（現年度分及び滞納繰越分の計）</div>
<div class="boxed"><div class="unit">（単位：千円、％）</div>
<table><tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>{rows}</table></div>
<div class="src">出典：笠岡市歳入歳出決算書（令和４年度・令和５年度）を基に税務課作成</div>
<div class="note">※R4は令和４（2022）年度、R5は令和５（2023）年度。市税の令和５年度の収入未済額のうち、現年課税分は
{d.yen(tx[A5]["cur_out"] * 1000, metric="outstanding", debt="市税", debt_raw="市税", fy=A5, fy_raw="令和５年度", segment="current", suffix="千円")}である。</div>"""
rows = ""
sum_c = sum_a = 0
tot_all = sum(D[n][A5]["out"] for n in NAMES)
for name in NAMES:
    v = D[name]
    w = v[A5]
    k = dict(debt=v["canon"], debt_raw=name, fy=A5, fy_raw="令和５年度", basis="actual", metric="outstanding")
    sum_c += w["cur_out"]
    sum_a += w["arr_out"]
    rows += (f"<tr><td>{name}</td>" + td(d.yen(w["cur_out"] * 1000, segment="current", **k))
             + td(d.yen(w["arr_out"] * 1000, segment="arrears", **k)) + td(d.yen(w["out"] * 1000, segment="total", **k))
             + td(f"{w['out'] / tot_all * 100:.1f}") + "</tr>")
k = dict(debt=None, debt_raw="合計", fy=A5, fy_raw="令和５年度", basis="actual", metric="outstanding")
rows += ('<tr style="background:#f4f4f4"><td>合計</td>' + td(d.yen(sum_c * 1000, segment="current", **k))
         + td(d.yen(sum_a * 1000, segment="arrears", **k)) + td(d.yen(tot_all * 1000, segment="total", **k))
         + td("100.0") + "</tr>")
t3 = f"""<div class="cap" style="margin-top:6mm">表２－３　対象債権の収入未済額の内訳（令和５年度決算）</div>
<div class="unit">（単位：千円、％）</div>
<table><tr><th>債権名</th><th>現年度分</th><th>滞納繰越分</th><th>計</th><th>構成比</th></tr>{rows}</table>"""
p4 = f"""<h2>２　主要債権の推移</h2>
<p>市税の収納率は、平成29（2017）年度以降おおむね上昇傾向にあり、特に滞納繰越分の収納率が大きく改善しています。</p>
{t1}{t2}{t3}"""
page(p4)

# ===================================================================== p5 第3章 目標 (side-by-side headings; metric-in-row-header table)
rows = ""
for name in NAMES:
    v = D[name]
    w = v[A5]
    k = dict(debt=v["canon"], debt_raw=v["short"], segment="current")
    rows += (f"<tr><td>{v['short']}</td>"
             + td(d.pct(rate(w["cur_col"], w["cur_ass"]), fy=A5, fy_raw="令和５年度", basis="actual", **k))
             + "".join(td(d.pct(v["tc"][y], fy=y, fy_raw=zen_digits(f"令和{y - 2018}年度"), basis="target", **k)) for y in T) + "</tr>")
ta = f"""<div class="cap">表３－１　現年度分収納率の目標</div><div class="unit">（単位：％）</div>
<table><tr><th rowspan="2">債権名</th><th>決算</th><th colspan="3">目標</th></tr>
<tr><th>令和５年度</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>{rows}</table>
<div class="note">（注）国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、奨学金＝奨学金貸付金</div>"""
# metric in the row header, debts as columns (令和9年度 目標)
SUB = ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
head = "".join(f"<th>{D[n]['short']}</th>" for n in SUB)
r1 = "".join(td(d.pct(D[n]["ta"][2027], debt=D[n]["canon"], debt_raw=D[n]["short"], fy=2027, fy_raw="令和９年度",
                      segment="arrears", basis="target")) for n in SUB)
r2 = "".join(td(d.yen(D[n]["tout"] * 1000, metric="outstanding", debt=D[n]["canon"], debt_raw=D[n]["short"], fy=2027,
                      fy_raw="令和９年度", basis="target")) for n in SUB)
tb = f"""<div class="cap" style="margin-top:5mm">表３－２　令和９年度の滞納繰越分収納率及び収入未済額の目標（主要４債権）</div>
<table><tr><th>区分</th>{head}</tr><tr><th>滞納繰越分収納率（％）</th>{r1}</tr><tr><th>収入未済額（千円）</th>{r2}</tr></table>"""
tot_now = sum(D[n][A5]["out"] for n in NAMES)
tot_tgt = sum(D[n]["tout"] for n in NAMES)
v_now, s_now = man(tot_now * 1000)
v_tg, s_tg = man(tot_tgt * 1000)
v_red, s_red = man((tot_now - tot_tgt) * 1000)
p5 = f"""<h1>第３章　計画の目標</h1>
<p>計画の最終年度である令和９（2027）年度に向けて、対象債権ごとに現年度分及び滞納繰越分の目標収納率と収入未済額の目標を定めます。
対象８債権の収入未済額の合計は、令和５年度末の{d.fact(s_now, v_now, metric="outstanding", unit="yen", fy=A5, fy_raw="令和５年度末", approx=True, debt=None, debt_raw=None)}から、
令和９年度末には{d.fact(s_tg, v_tg, metric="outstanding", unit="yen", fy=2027, fy_raw="令和９年度末", approx=True, basis="target", debt=None, debt_raw=None)}とし、
{d.fact(s_red, -v_red, metric="difference", unit="yen", fy=2027, fy_raw="令和９年度末", approx=True, basis="target", debt=None, debt_raw=None)}の縮減を目指します。</p>
{ta}{tb}
<h2>３　目標設定の考え方</h2>
<div class="item">（１）現年度分の目標収納率は、過去５年間の実績の推移を基に、各年度とも前年度の目標以上となるよう設定しました。</div>
<div class="item">（２）滞納繰越分の目標収納率は、滞納処分の執行停止や債権放棄による整理の見込みを踏まえ、各債権の所管課と協議の上で設定しました。</div>
<div class="item">（３）収入未済額の目標は、現年度分の目標収納率を達成した場合に新たに発生する未済額と、滞納繰越分の収納・整理の見込みから算定しました。</div>
<p style="margin-top:2mm">なお、目標の達成状況は毎年度の決算後に取りまとめ、笠岡市債権管理推進会議に報告するとともに、市ホームページで公表します。</p>"""
page(p5)

# ===================================================================== p6-p7: wide table (continued with the right-hand columns)
left_rows = ""
right_rows = ""
for name in NAMES:
    v = D[name]
    w = v[A5]
    k = dict(debt=v["canon"], debt_raw=name)
    left_rows += (f"<tr><td>{name}</td><td>{v['dept']}</td>"
                  + td(d.pct(rate(w["cur_col"], w["cur_ass"]), fy=A5, fy_raw="R5", segment="current", basis="actual", **k))
                  + td(d.pct(rate(w["arr_col"], w["arr_ass"]), fy=A5, fy_raw="R5", segment="arrears", basis="actual", **k))
                  + td(d.yen(w["out"] * 1000, metric="outstanding", fy=A5, fy_raw="R5", basis="actual", **k))
                  + "".join(td(d.pct(v["tc"][y], fy=y, fy_raw=f"R{y - 2018}", segment="current", basis="target", **k))
                            + td(d.pct(v["ta"][y], fy=y, fy_raw=f"R{y - 2018}", segment="arrears", basis="target", **k))
                            for y in (2025, 2026)) + "</tr>")
p6 = f"""<h1>第４章　目標達成に向けた取組</h1>
<h2>１　取組の基本方針</h2>
<div class="item">（１）新たな滞納の発生の抑制</div>
<div class="item2">ア　口座振替やキャッシュレス決済など、納付しやすい環境を整えます。</div>
<div class="item2">イ　納期限後は速やかに督促・催告を行い、滞納の長期化を防ぎます。</div>
<div class="item">（２）滞納債権の縮減</div>
<div class="item2">ア　財産調査を徹底し、納付資力がある滞納者には滞納処分等を厳正に行います。</div>
<div class="item2">イ　徴収の見込みがない債権は、法令に基づき適正に整理します。</div>
<div class="item2" style="padding-left:6em">(ｱ)　強制徴収公債権は、滞納処分の執行停止を適切に行います。</div>
<div class="item2" style="padding-left:6em">(ｲ)　私債権は、債権管理条例に基づく債権放棄を検討します。</div>
<h2>２　債権別の目標一覧</h2>
<div class="cap">表４－１　債権別の目標一覧（その１）</div>
<div class="unit">（単位：％、千円）</div>
<table><tr><th rowspan="2">債権名</th><th rowspan="2">所管課</th><th colspan="3">R5決算</th><th colspan="2">R7目標</th><th colspan="2">R8目標</th></tr>
<tr><th>現年度分</th><th>滞納繰越分</th><th>収入未済額</th><th>現年度分</th><th>滞納繰越分</th><th>現年度分</th><th>滞納繰越分</th></tr>
{left_rows}</table>
<div class="note" style="text-align:right">（右側の列は次ページに続く）</div>
<h2>３　推進体制と進行管理</h2>
<p>副市長を委員長とする笠岡市債権管理推進会議において、計画の進捗状況を年２回確認します。各債権の所管課は、毎年度「債権管理推進シート」を作成し、取組の実施状況と課題を記載します。</p>
<p>税務課は、債権管理に関する研修の実施や、法的措置に関する助言を通じて所管課を支援します。また、強制徴収公債権のうち高額・困難な事案については、所管課からの引継ぎを受けて税務課で滞納整理を行います。</p>"""
page(p6)

right_rows = ""
for name in NAMES:
    v = D[name]
    w = v[A5]
    k = dict(debt=v["canon"], debt_raw=name)
    memo = ("うち滞納繰越分 " + d.yen(v["tout_arr"] * 1000, metric="outstanding", fy=2027, fy_raw="R9", segment="arrears",
                                   basis="target", suffix="千円", **k))
    if name == "奨学金貸付金":
        memo += "<br>返還猶予中の債権を含む"
    right_rows += (f"<tr><td>{name}</td>"
                   + td(d.pct(v["tc"][2027], fy=2027, fy_raw="R9", segment="current", basis="target", **k))
                   + td(d.pct(v["ta"][2027], fy=2027, fy_raw="R9", segment="arrears", basis="target", **k))
                   + td(d.yen(v["tout"] * 1000, metric="outstanding", fy=2027, fy_raw="R9", basis="target", **k))
                   + td(d.yen((v["tout"] - w["out"]) * 1000, metric="difference", fy=2027, fy_raw="R9", basis="target", **k))
                   + f'<td style="font-size:8pt">{memo}</td></tr>')

# ===================================================================== p7: table continued + 市税 sheet
sheet_items: dict[str, list] = {
    "市税": [("ア", "口座振替の推進", [("(ｱ)", "納税通知書に口座振替依頼書を同封し、新規の納税義務者に勧奨します。", "継続"),
                                     ("(ｲ)", "金融機関の窓口に行かずに手続ができるＷｅｂ口座振替受付サービスを導入します。", "新規")]),
             ("イ", "滞納整理の早期着手", [("(ｱ)", "督促状の発送後、２か月以内に財産調査に着手します。", "拡充"),
                                           ("(ｲ)", "高額・困難事案は、岡山県と共同で滞納整理を行います。", "継続")])],
    "国民健康保険税": [("ア", "納付相談の充実", [("(ｱ)", "資格確認書の交付時に、未納のある世帯へ納付相談を案内します。", "新規"),
                                               ("(ｲ)", "分納誓約の履行状況を毎月確認し、不履行者には速やかに催告します。", "継続")]),
                       ("イ", "滞納処分の徹底", [("(ｱ)", "預貯金・給与等の財産調査を行い、換価可能な財産を差し押さえます。", "継続")])],
    "市営住宅使用料": [("ア", "早期の納付指導", [("(ｱ)", "２か月以上の滞納者には、連帯保証人にも同時に通知します。", "継続")]),
                       ("イ", "法的措置の実施", [("(ｱ)", "退去済みの滞納者には、支払督促の申立てを行います。", "拡充"),
                                              ("(ｲ)", "長期滞納者には、明渡し請求訴訟の提起を検討します。", "継続")])],
}


def sheet(name: str, no: int) -> str:
    v = D[name]
    w4, w5 = v[A4], v[A5]
    k = dict(debt=v["canon"], debt_raw=name)
    head = (f'<table class="sheethead"><tr><th style="width:20mm">債権名</th><td>{name}</td><th style="width:20mm">所管課</th>'
            f'<td>{v["dept"]}</td><th style="width:20mm">債権区分</th><td>{v["cls"]}</td></tr></table>')
    # 決算 | 目標 side by side
    cells = ""
    for seg, kc, ka, key in (("current", "cur_col", "cur_ass", "tc"), ("arrears", "arr_col", "arr_ass", "ta")):
        cells += (f"<tr><td>{'現年度分' if seg == 'current' else '滞納繰越分'}収納率（％）</td>"
                  + td(d.pct(rate(w4[kc], w4[ka]), fy=A4, fy_raw="令和４年度", segment=seg, basis="actual", **k))
                  + td(d.pct(rate(w5[kc], w5[ka]), fy=A5, fy_raw="令和５年度", segment=seg, basis="actual", **k))
                  + "".join(td(d.pct(v[key][y], fy=y, fy_raw=zen_digits(f"令和{y - 2018}年度"), segment=seg, basis="target", **k))
                            for y in T) + "</tr>")
    cells += ("<tr><td>収入未済額（千円）</td>"
              + td(d.yen(w4["out"] * 1000, metric="outstanding", fy=A4, fy_raw="令和４年度", basis="actual", **k))
              + td(d.yen(w5["out"] * 1000, metric="outstanding", fy=A5, fy_raw="令和５年度", basis="actual", **k))
              + '<td class="c">－</td><td class="c">－</td>'
              + td(d.yen(v["tout"] * 1000, metric="outstanding", fy=2027, fy_raw="令和９年度", basis="target", **k)) + "</tr>")
    tbl = ('<table style="margin-top:1.5mm"><tr><th rowspan="2">区分</th><th colspan="2">決算</th><th colspan="3">目標</th></tr>'
           "<tr><th>令和４年度</th><th>令和５年度</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>"
           f"{cells}</table>")
    items = ""
    for lab, title, subs in sheet_items[name]:
        items += f'<div class="item2" style="font-family:G">{lab}　{title}</div>'
        for sl, text, st in subs:
            d.init(text, debt=v["canon"], debt_raw=name, fy=2025, section="取組内容", label=f"（２）{lab}{sl}", status=st)
            items += f'<div class="item2" style="padding-left:6em">{sl}　{text}【{st}】</div>'
    return (f"<h2>５　債権ごとの取組み（{name}）</h2><div class='sheet'>{head}{tbl}"
            f"<h3>（１）現状と課題</h3>{{issue}}<h3>（２）取組内容</h3>{items}</div>")


issue_tax = ("<p>現年課税分の収納率は上昇傾向にありますが、滞納繰越分には納付資力の乏しい事案が多く残っています。"
             "早期の財産調査により、処分と整理を適切に判断する必要があります。</p>")
p7 = f"""<div class="cap">表４－１　債権別の目標一覧（その２）</div>
<div class="unit">（単位：％、千円）</div>
<table><tr><th rowspan="2">債権名</th><th colspan="4">R9目標</th><th rowspan="2">備考</th></tr>
<tr><th>現年度分</th><th>滞納繰越分</th><th>収入未済額</th><th>R5決算との差</th></tr>
{right_rows}</table>
<div class="note">※収入未済額の差は、令和９年度目標から令和５年度決算を差し引いたもの（△は減少）。</div>
{sheet("市税", 1).replace("{issue}", issue_tax)}"""
page(p7)

issue_kk = ("<p>被保険者の高齢化と所得の低い世帯の増加により、滞納繰越分の収納率が伸び悩んでいます。"
            "資格確認書の交付など、窓口で接触する機会を生かした納付相談が重要です。</p>")
issue_hj = ("<p>退去者の滞納分が長期化しており、所在不明の事案も見られます。入居中の早い段階での納付指導と、"
            "法的措置の計画的な実施が課題です。</p>")
p8 = (sheet("国民健康保険税", 2).replace("{issue}", issue_kk)
      + sheet("市営住宅使用料", 3).replace("{issue}", issue_hj))
page(p8)


def build():
    html = (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
            + "".join(pages) + "</body></html>")
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    chromium_pdf(src, PDF_DIR / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    d.write_gold(kind="plan", family="keikaku", municipality=CITY,
                 title="第２次笠岡市債権管理計画（令和７（2025）年度～令和９（2027）年度）", date="2025-03-01",
                 date_raw="令和７年３月")
