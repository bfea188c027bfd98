"""第2次高砂市債権管理計画 (plan) — HTML/CSS → chromium --headless --print-to-pdf.

Run from corpus/dev53:  python3 build/nc_takasago_plan_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nc_common import ROOT, Gold, check, comma, fnum, oku_man, r2, rate, tri  # noqa: E402

STEM = "nc_takasago_plan_1"
CITY = "高砂市"
TITLE = "第2次高砂市債権管理計画"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和7年3月")
WORK = Path("/tmp/nc_work")
WORK.mkdir(exist_ok=True)

# ------------------------------------------------------------------------------------------
# data (千円): assessed, collected, written off — totals (現年度分＋滞納繰越分)
DEBTS = [
    ("市税", "市税", {2021: (17_102_455, 16_702_118, 22_410), 2022: (17_388_902, 17_003_552, 19_877),
                    2023: (17_520_318, 17_155_004, 18_105)}),
    ("国民健康保険税", "国民健康保険税", {2021: (2_512_330, 2_207_415, 41_220), 2022: (2_455_818, 2_170_332, 38_610),
                                2023: (2_398_204, 2_131_950, 35_902)}),
    ("介護保険料", "介護保険料", {2021: (1_702_118, 1_668_902, 6_104), 2022: (1_733_560, 1_701_448, 5_880),
                          2023: (1_760_442, 1_730_215, 5_512)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {2021: (1_021_336, 1_016_208, 1_022), 2022: (1_068_415, 1_063_502, 984),
                                      2023: (1_120_773, 1_116_030, 902)}),
    ("市営住宅使用料", "市営住宅使用料", {2021: (402_551, 351_220, 4_410), 2022: (398_127, 349_606, 3_980),
                              2023: (391_904, 347_118, 3_512)}),
    ("保育所保育料", "保育所保育料", {2021: (188_420, 180_115, 1_210), 2022: (176_305, 168_902, 1_118),
                            2023: (169_880, 163_214, 1_002)}),
]
YEARS = [2021, 2022, 2023]


def fig(a, c, w):
    return dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a))


D = {name: {fy: fig(*v) for fy, v in yrs.items()} for name, _, yrs in DEBTS}
TOT = {fy: fig(sum(yrs[fy][0] for _, _, yrs in DEBTS), sum(yrs[fy][1] for _, _, yrs in DEBTS),
               sum(yrs[fy][2] for _, _, yrs in DEBTS)) for fy in YEARS}
SHORT = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢",
         "市営住宅使用料": "住宅使用料", "保育所保育料": "保育料"}

# collection rates (total) 令和元年度…令和9年度: actual 2019–2023, estimate 2024, targets 2025–2027
R_EARLY = {"市税": (97.31, 97.46), "国民健康保険税": (85.92, 86.40), "介護保険料": (97.65, 97.81),
           "後期高齢者医療保険料": (99.38, 99.42), "市営住宅使用料": (85.10, 85.66), "保育所保育料": (94.88, 95.20)}
R_LATE = {"市税": (98.02, 98.10, 98.20, 98.30), "国民健康保険税": (89.20, 89.50, 89.90, 90.30),
          "介護保険料": (98.35, 98.40, 98.50, 98.60), "後期高齢者医療保険料": (99.60, 99.60, 99.65, 99.70),
          "市営住宅使用料": (88.90, 89.20, 89.60, 90.00), "保育所保育料": (96.20, 96.40, 96.60, 96.80)}
TOT_R5 = TOT[2023]["r"]
TOT_R1 = r2(TOT_R5 - 1.29)
TOT_R2 = r2(TOT_R1 + 0.33)
TOT_LATE = (r2(TOT_R5 + 0.12), r2(TOT_R5 + 0.25), r2(TOT_R5 + 0.40), r2(TOT_R5 + 0.55))

pages: list[str] = []


def F(*a, **k):
    return G.fact(len(pages) + 1, *a, **k)


def I(*a):
    G.init(len(pages) + 1, *a)


def page(html, cls=""):
    n = len(pages) + 1
    foot = f'<div class="foot">- {n} -</div>' if n > 1 else ""
    pages.append(f'<div class="page {cls}">{html}{foot}</div>')


# ==========================================================================================
# page 1: cover + 目次
page(f"""
<div class="cover">
 <div class="ctitle">第2次<br>高砂市債権管理計画</div>
 <div class="cper">令和7（2025）年度～令和9（2027）年度</div>
 <div class="toc"><div class="toch">目　次</div>
  <p><span>第1章　計画の概要</span><span class="dots"></span><span>2</span></p>
  <p><span>第2章　債権の現状</span><span class="dots"></span><span>3</span></p>
  <p><span>第3章　計画の目標</span><span class="dots"></span><span>5</span></p>
  <p><span>第4章　債権ごとの取組（推進シート）</span><span class="dots"></span><span>7</span></p>
 </div>
 <div class="cdate">令和7年3月</div>
 <div class="ccity">高　砂　市</div>
</div>""", "coverpage")

# ==========================================================================================
# page 2: 第1章 in two columns (2段組), prose figures in both columns, memo numbering
o17 = 986_200_000
o23 = round(TOT[2023]["o"] * 1000 / 1e6) * 1_000_000
s_o17 = F(None, None, 2017, "平成29年度（2017年度）", "total", "outstanding", "actual", o17, "yen", "約9億8,620万円", approx=True)
s_o23 = F(None, None, 2023, "令和5年度（2023年度）", "total", "outstanding", "actual", o23, "yen", f"約{oku_man(o23)}", approx=True)
s_r1 = F(None, None, 2019, "令和元年度", "total", "collection_rate", "actual", TOT_R1, "percent", f"{fnum(TOT_R1)}％")
s_r5 = F(None, None, 2023, "令和5年度", "total", "collection_rate", "actual", TOT_R5, "percent", f"{fnum(TOT_R5)}％")
s_rd = F(None, None, 2023, "令和5年度", "total", "difference", "actual", 1.29, "points", "1.29ポイント")
sz = D["市税"][2023]
sz_o = round(sz["o"] * 1000 / 1e4) * 10_000
s_sz = F("市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", sz_o, "yen", f"約{oku_man(sz_o)}", approx=True)
kk22, kk23 = D["国民健康保険税"][2022]["r"], D["国民健康保険税"][2023]["r"]
s_kk = F("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "collection_rate", "actual", kk23, "percent", f"{fnum(kk23)}％")
kkd = r2(kk23 - kk22)
s_kkd = F("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "difference", "actual", kkd, "points", f"{fnum(kkd)}ポイント")
wo23 = round(TOT[2023]["w"] * 1000 / 1e4) * 10_000
s_wo = F(None, None, 2023, "令和5年度", "total", "written_off", "actual", wo23, "yen", f"{oku_man(wo23)}余", approx=True)
s_t9 = F(None, None, 2027, "令和9年度", "total", "collection_rate", "target", TOT_LATE[3], "percent", f"{fnum(TOT_LATE[3])}％")
page(f"""
<h1>第1章　計画の概要</h1>
<div class="twocol">
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成27年4月に「高砂市債権管理条例」を施行し、市が保有する債権の適正な管理に全庁を挙げて取り組んできました。令和2年3月には「高砂市債権管理計画」（以下「第1次計画」という。）を策定し、債権ごとに目標収納率を定めて、滞納の未然防止と滞納債権の縮減を進めてきたところです。</p>
<p>この結果、全債権の収入未済額は、平成29年度（2017年度）の{s_o17}をピークに減少を続け、令和5年度（2023年度）には{s_o23}となりました。</p>
<p>しかしながら、物価の上昇等により市民生活を取り巻く環境は厳しさを増しており、滞納の長期化や少額の滞納の累積も見られます。このため、第1次計画の成果と課題を踏まえ、「第2次高砂市債権管理計画」（以下「本計画」という。）を策定します。</p>
<h2>２　計画期間</h2>
<p>本計画の期間は、令和7（2025）年度から令和9（2027）年度までの3年間とします。</p>
<h2>３　対象債権</h2>
<p>本計画は、市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料及び保育所保育料の6債権を主要債権として、目標を定めます。</p>
<h2>４　第1次計画の成果と課題</h2>
<h3>（１）成果</h3>
<p class="ind">ア　収納率の向上</p>
<p class="ind2">全債権の収納率は、令和元年度の{s_r1}から令和5年度は{s_r5}となり、{s_rd}上昇しました。</p>
<p class="ind2">(ｱ)　市税の収入未済額は{s_sz}（令和5年度）まで縮減し、現年度分の早期納付が定着しつつあります。</p>
<p class="ind2">(ｲ)　国民健康保険税の収納率は{s_kk}で、前年度比{s_kkd}の上昇となりました。</p>
<p class="ind">イ　債権整理の進展</p>
<p class="ind2">執行停止の適正な運用等により、令和5年度の不納欠損額は{s_wo}となっています。</p>
<h3>（２）課題</h3>
<p class="ind">ア　非強制徴収債権の管理</p>
<p class="ind2">市営住宅使用料や保育所保育料などでは、法的措置の実施件数が少なく、滞納の長期化が課題です。</p>
<p class="ind">イ　所管課間の情報共有</p>
<p class="ind2">複数の債権を滞納している方への対応には、所管課間の連携が欠かせません。本計画では、令和9年度の全債権の収納率{s_t9}を目指します。</p>
</div>""")

# ==========================================================================================
# pages 3–4: 表1 long-format table (one row per debt and year, era-less years), split with
#            the header repeated; boxed with caption above and 出典 below; zebra rows
HEAD1 = """<tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"""


def t1_rows(names, with_total):
    out = []
    for name in names:
        for j, fy in enumerate(YEARS):
            f = D[name][fy]
            yl = f"{fy - 2018}年度"
            cells = []
            for met, key in [("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")]:
                cells.append(F(name, SHORT[name] if name != "市税" else "市税", fy, yl, "total", met, "actual",
                               f[key] * 1000, "yen", comma(f[key])))
            cells.append(F(name, SHORT[name] if name != "市税" else "市税", fy, yl, "total", "collection_rate", "actual",
                           f["r"], "percent", fnum(f["r"])))
            first = f'<td rowspan="3" class="dn">{SHORT[name]}</td>' if j == 0 else ""
            out.append(f"<tr>{first}<td class='c'>{yl}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    if with_total:
        for j, fy in enumerate(YEARS):
            f = TOT[fy]
            yl = f"{fy - 2018}年度"
            cells = [F(None, "合計", fy, yl, "total", met, "actual", f[key] * 1000, "yen", comma(f[key]))
                     for met, key in [("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")]]
            cells.append(F(None, "合計", fy, yl, "total", "collection_rate", "actual", f["r"], "percent", fnum(f["r"])))
            first = '<td rowspan="3" class="dn">合計</td>' if j == 0 else ""
            out.append(f"<tr class='tot'>{first}<td class='c'>{yl}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    return "".join(out)


names = [n for n, _, _ in DEBTS]
body1 = t1_rows(names[:4], False)
legend = ("国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、保育料＝保育所保育料")
foot_kk = 98_765
s_fkk = F("国民健康保険税", "国保税", 2023, "5年度", "total", "outstanding", "actual", foot_kk * 1000, "yen", f"{comma(foot_kk)}千円")
page(f"""
<h1>第2章　債権の現状</h1>
<h2>１　主要債権の決算状況</h2>
<p>主要6債権の令和3年度から令和5年度までの決算状況は、表1のとおりです。いずれの債権も収納率は上昇傾向にありますが、国民健康保険税と市営住宅使用料は、他の債権と比べて収入未済額が大きくなっています。</p>
<div class="cap">表1　主要債権の決算状況（令和3～5年度）（単位：千円、％）</div>
<div class="boxed"><table class="t zebra t1"><thead>{HEAD1}</thead><tbody>{body1}</tbody></table>
<div class="cont">（次ページへ続く）</div></div>
<div class="src">出典：各年度高砂市歳入歳出決算書及び各会計決算資料を基に財務部債権管理室作成</div>
<p class="note">（注）{legend}</p>
<p class="note">※ 国保税の5年度収入未済額のうち、令和2年度以前の課税分　{s_fkk}</p>
""")
body2 = t1_rows(names[4:], True)
# 表2: targets and results side by side per year, 達成率, 備考 with figures
T_FIRST = {"市税": (97.90, 98.00), "国民健康保険税": (87.50, 88.50), "介護保険料": (98.10, 98.20),
           "後期高齢者医療保険料": (99.50, 99.55), "市営住宅使用料": (87.00, 88.00), "保育所保育料": (95.80, 96.00)}
rows2 = []
for name in names:
    tds = []
    for fy, tg in zip([2022, 2023], T_FIRST[name]):
        act = D[name][fy]["r"]
        ach = rate(act * 100, tg * 100)
        lab = f"令和{fy - 2018}年度"
        tds.append(F(name, SHORT[name], fy, lab, "total", "collection_rate", "target", tg, "percent", fnum(tg)))
        tds.append(F(name, SHORT[name], fy, lab, "total", "collection_rate", "actual", act, "percent", fnum(act)))
        tds.append(F(name, SHORT[name], fy, lab, "total", "achievement_rate", "actual", ach, "percent", fnum(ach)))
    note = ""
    if name == "市営住宅使用料":
        arr = 28_412
        s1 = F(name, SHORT[name], 2023, "令和5年度", "total", "outstanding", "actual", D[name][2023]["o"] * 1000, "yen",
               f"{comma(D[name][2023]['o'])}千円")
        s2 = F(name, SHORT[name], 2023, "令和5年度", "arrears", "outstanding", "actual", arr * 1000, "yen", f"{comma(arr)}千円")
        note = f"収入未済額{s1}（うち滞納繰越分{s2}）"
    if name == "国民健康保険税":
        dl = 1_872
        s1 = F(name, SHORT[name], 2023, "令和5年度", "total", "delinquents", "actual", dl, "households", f"{comma(dl)}世帯")
        note = f"令和5年度末滞納世帯数{s1}"
    rows2.append(f"<tr><td class='dn'>{SHORT[name]}</td>" + "".join(f"<td>{x}</td>" for x in tds) +
                 f"<td class='bk'>{note}</td></tr>")
page(f"""
<div class="cap">表1　主要債権の決算状況（令和3～5年度）（つづき）（単位：千円、％）</div>
<div class="boxed"><table class="t zebra t1"><thead>{HEAD1}</thead><tbody>{body2}</tbody></table></div>
<div class="src">出典：各年度高砂市歳入歳出決算書及び各会計決算資料を基に財務部債権管理室作成</div>
<h2>２　第1次計画の目標と実績</h2>
<p>第1次計画で定めた目標収納率と実績は、表2のとおりです。令和5年度は、6債権のうち4債権で目標を達成しました。</p>
<div class="cap">表2　第1次計画の目標収納率と実績（現年度分＋滞納繰越分）（単位：％）</div>
<table class="t t2"><thead>
<tr><th rowspan="2">債権名</th><th colspan="3">令和4年度</th><th colspan="3">令和5年度</th><th rowspan="2">備考</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead>
<tbody>{''.join(rows2)}</tbody></table>
<p class="note">※ 達成率＝実績÷目標×100</p>
""")

# ==========================================================================================
# pages 5–6: 表3 wide table split: left columns (令和元年度…令和5年度) on p5, right-hand columns
#            (見込・目標) on p6 with the row labels repeated; p6 also holds a table with the metric
#            in the row header beside a table of the other orientation
YH = [(2019, "令和元年度", "(2019年度)"), (2020, "令和二年度", "(2020年度)"), (2021, "令和3年度", "(2021年度)"),
      (2022, "令和4年度", "(2022年度)"), (2023, "令和5年度", "(2023年度)")]
rows3 = []
for name in names + [None]:
    tds = []
    for i, (fy, lab, west) in enumerate(YH):
        if name is None:
            v = {2019: TOT_R1, 2020: TOT_R2}.get(fy) or TOT[fy]["r"]
        else:
            v = R_EARLY[name][i] if fy < 2021 else D[name][fy]["r"]
        tds.append(F(name, SHORT[name] if name else "合計", fy, lab, "total", "collection_rate", "actual", v, "percent", fnum(v)))
    lab = SHORT[name] if name else "合計"
    rows3.append(f"<tr{' class=tot' if name is None else ''}><td class='dn'>{lab}</td>" + "".join(f"<td>{x}</td>" for x in tds) + "</tr>")
head3 = "".join(f"<th>{lab}<br>{west}</th>" for _, lab, west in YH)
page(f"""
<h1>第3章　計画の目標</h1>
<h2>１　目標の考え方</h2>
<p>本計画では、債権ごとに現年度分と滞納繰越分を合わせた収納率の目標を定めます。目標値は、過去5年間の実績の伸びと令和6年度の決算見込みを基に、各所管課との協議を経て設定しました。</p>
<h2>２　債権別の収納率の推移と目標</h2>
<div class="cap">表3　債権別収納率の推移と目標（単位：％）</div>
<table class="t t3"><thead><tr><th>債権名</th>{head3}</tr><tr><th>区分</th><th colspan="5">実績（決算）</th></tr></thead>
<tbody>{''.join(rows3)}</tbody></table>
<p class="cont">（表3は次ページに続く）</p>
<p>令和元年度から令和5年度にかけて、全ての主要債権で収納率が上昇しました。特に国民健康保険税は、口座振替の原則化と滞納処分の強化により大きく改善しています。</p>
""")
rows3b = []
for name in names + [None]:
    if name is None:
        vals = TOT_LATE
    else:
        vals = R_LATE[name]
    tds = [F(name, SHORT[name] if name else "合計", 2024, "令和6年度", "total", "collection_rate", "estimate", vals[0], "percent", fnum(vals[0]))]
    for fy, v in zip([2025, 2026, 2027], vals[1:]):
        tds.append(F(name, SHORT[name] if name else "合計", fy, f"R{fy - 2018}", "total", "collection_rate", "target", v, "percent", fnum(v)))
    lab = SHORT[name] if name else "合計"
    rows3b.append(f"<tr{' class=tot' if name is None else ''}><td class='dn'>{lab}</td>" + "".join(f"<td>{x}</td>" for x in tds) + "</tr>")
# metric in row headers (years as columns) beside years-as-rows table
OUT_T = {2025: 640_000, 2026: 620_000, 2027: 600_000}
SZ_OUT_T = {2025: 335_000, 2026: 322_000, 2027: 310_000}
KK_OUT_T = {2025: 222_000, 2026: 214_000, 2027: 206_000}
left = "<tr><th>項目</th>" + "".join(f"<th>R{fy - 2018}</th>" for fy in OUT_T) + "</tr>"
left += "<tr><th class='rh'>収入未済額（千円）</th>" + "".join(
    f"<td>{F(None, '全債権', fy, f'R{fy - 2018}', 'total', 'outstanding', 'target', v * 1000, 'yen', comma(v))}</td>" for fy, v in OUT_T.items()) + "</tr>"
left += "<tr><th class='rh'>収納率（％）</th>" + "".join(
    f"<td>{F(None, '全債権', fy, f'R{fy - 2018}', 'total', 'collection_rate', 'target', v, 'percent', fnum(v))}</td>" for fy, v in zip(OUT_T, TOT_LATE[1:])) + "</tr>"
right = "<tr><th>年度</th><th>市税</th><th>国保税</th></tr>"
for fy in SZ_OUT_T:
    a = F("市税", "市税", fy, f"令和{fy - 2018}年度", "total", "outstanding", "target", SZ_OUT_T[fy] * 1000, "yen", comma(SZ_OUT_T[fy]))
    b = F("国民健康保険税", "国保税", fy, f"令和{fy - 2018}年度", "total", "outstanding", "target", KK_OUT_T[fy] * 1000, "yen", comma(KK_OUT_T[fy]))
    right += f"<tr><td class='c'>令和{fy - 2018}年度</td><td>{a}</td><td>{b}</td></tr>"
page(f"""
<div class="cap">表3　債権別収納率の推移と目標（つづき）（単位：％）</div>
<table class="t t3b"><thead><tr><th rowspan="2">債権名</th><th>見込</th><th colspan="3">目標（計画）</th></tr>
<tr><th>令和6年度</th><th>R7</th><th>R8</th><th>R9</th></tr></thead>
<tbody>{''.join(rows3b)}</tbody></table>
<p class="note">※ 令和6年度は決算見込み。R7＝令和7年度、R8＝令和8年度、R9＝令和9年度。</p>
<h2>３　収入未済額の目標</h2>
<p>収納率の目標と併せて、全債権及び収入未済額の大きい市税・国民健康保険税について、収入未済額の目標を定めます。</p>
<div class="side">
<div><div class="cap">表4　全債権の目標</div><table class="t t4">{left}</table></div>
<div><div class="cap">表5　収入未済額の目標（単位：千円）</div><table class="t t5">{right}</table></div>
</div>
""")

# ==========================================================================================
# pages 7–8: 推進シート per debt — label strip, 現状と課題 with figures, targets by segment,
#            取組 with memo numbering ア / (ｱ) and tags
SHEETS = [
    ("市税", "納税課", {"current": (99.52, 99.55, 99.60, 99.65), "arrears": (28.40, 29.00, 30.00, 31.00)},
     [("ア", "早期納付の促進", None, None, [
         ("(ｱ)", "スマートフォン決済及びeLTAXによる納付を市広報紙とホームページで周知する。", "継続"),
         ("(ｲ)", "納期限後20日以内に督促状を発送し、未納者へはSMSによる催告を行う。", "拡充")]),
      ("イ", "滞納処分の徹底", None, None, [
          ("(ｱ)", "財産調査を早期に行い、預貯金や給与などの差押えを速やかに執行する。", "継続"),
          ("(ｲ)", "兵庫県と連携した共同徴収を実施し、高額滞納事案の解消を図る。", "新規")])]),
    ("国民健康保険税", "国保医療課・納税課", {"current": (93.10, 93.30, 93.60, 93.90), "arrears": (24.20, 25.00, 26.00, 27.00)},
     [("ア", "口座振替の原則化", None, None, [
         ("(ｱ)", "加入手続の窓口で口座振替の申込みを受け付け、原則として口座振替による納付とする。", "継続")]),
      ("イ", "資格喪失者への対応", None, None, [
          ("(ｱ)", "社会保険加入等による資格喪失者の未納分について、喪失の翌月に文書催告を行う。", "新規"),
          ("(ｲ)", "納付誓約の不履行者には、差押予告を送付し、滞納処分に移行する。", "継続")])]),
]
SHEETS2 = [
    ("介護保険料", "介護保険課", {"current": (99.40, 99.45, 99.50, 99.55), "arrears": (20.10, 21.00, 22.00, 23.00)},
     [("ア", "普通徴収者への納付勧奨", None, None, [
         ("(ｱ)", "年金からの特別徴収に切り替わるまでの期間の納付案内を個別に送付する。", "継続"),
         ("(ｲ)", "滞納による給付制限の内容を分かりやすく説明したチラシを作成し、督促状に同封する。", "新規")])]),
    ("市営住宅使用料", "住宅政策課", {"current": (98.10, 98.20, 98.30, 98.40), "arrears": (11.50, 12.50, 13.50, 14.50)},
     [("ア", "滞納の未然防止", None, None, [
         ("(ｱ)", "入居決定時に口座振替の登録を必須とし、家賃の納付方法を説明する。", "継続")]),
      ("イ", "長期滞納者への法的措置", None, None, [
          ("(ｱ)", "滞納が6か月以上の入居者に対し、明渡し及び滞納家賃の支払を求める訴えを提起する。", "拡充"),
          ("(ｲ)", "退去者の滞納分は、連帯保証人への請求と支払督促の申立てを行う。", "継続")])]),
]
STATUS_LINE = {"市税": "現年度分の収納率は高水準で推移していますが、滞納繰越分では少額・長期の滞納が残っています。",
               "国民健康保険税": "加入者の高齢化と所得の低い世帯の割合が高いことから、他の債権と比べて収納率が低い状況です。",
               "介護保険料": "特別徴収の対象とならない方の普通徴収分で滞納が発生しています。",
               "市営住宅使用料": "退去者の滞納分が収入未済額の多くを占め、回収が困難になっています。"}


def sheet(no, name, ka, tg, its):
    f = D[name][2023]
    o = round(f["o"] * 1000 / 1e4) * 10_000
    so = F(name, name, 2023, "令和5年度", "total", "outstanding", "actual", o, "yen", f"約{oku_man(o)}", approx=True)
    sr = F(name, name, 2023, "令和5年度", "total", "collection_rate", "actual", f["r"], "percent", f"{fnum(f['r'])}％")
    trs = ""
    for seg, lab in [("current", "現年度分"), ("arrears", "滞納繰越分")]:
        v = tg[seg]
        tds = [F(name, name, 2023, "令和5年度", seg, "collection_rate", "actual", v[0], "percent", fnum(v[0]))]
        for fy, x in zip([2025, 2026, 2027], v[1:]):
            tds.append(F(name, name, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "target", x, "percent", fnum(x)))
        trs += f"<tr><td class='c'>{lab}</td>" + "".join(f"<td>{x}</td>" for x in tds) + "</tr>"
    items = ""
    for lab, title, _, _, subs in its:
        items += f"<p class='ind'>{lab}　{title}</p>"
        for sl, text, st in subs:
            I(name, name, 2025, "主な取組", f"{lab}{sl}", text, st)
            items += f"<p class='ind2'>{sl}　{text}【{st}】</p>"
    return f"""
<div class="sheet">
<table class="strip"><tr><th>推進シート{no}</th><th>債権名</th><td>{name}</td><th>所管課</th><td>{ka}</td></tr></table>
<h3>（１）現状と課題</h3>
<p>令和5年度の収入未済額は{so}、収納率は{sr}です。{STATUS_LINE[name]}</p>
<h3>（２）目標収納率（単位：％）</h3>
<table class="t t6"><tr><th>区分</th><th>令和5年度実績</th><th>令和7年度</th><th>令和8年度</th><th>令和9年度</th></tr>{trs}</table>
<h3>（３）主な取組</h3>{items}
</div>"""


page("<h1>第4章　債権ごとの取組（推進シート）</h1>" +
     "<p>主要債権の所管課は、次の推進シートに基づき取組を進め、毎年度その実施状況を債権管理推進会議に報告します。</p>" +
     "".join(sheet(i + 1, *s) for i, s in enumerate(SHEETS)))
page("".join(sheet(i + 3, *s) for i, s in enumerate(SHEETS2)) +
     "<p class='note' style='margin-top:6mm'>※ 後期高齢者医療保険料及び保育所保育料の推進シートは省略し、表3の目標により進捗を管理する。</p>")

CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
body { font-family: 'IPAexMincho'; font-size: 9.6pt; line-height: 1.55; margin: 0; color: #000; }
.page { position: relative; height: 266mm; break-after: page; overflow: visible; display: flow-root; }
.page:last-child { break-after: auto; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; margin: 0 0 4mm; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 3.5mm 0 1.5mm; }
h3 { font-family: 'IPAexGothic'; font-size: 10pt; margin: 2.5mm 0 1mm; }
p { margin: 0 0 1.6mm; text-indent: 1em; }
p.ind { text-indent: 0; padding-left: 1em; margin-bottom: .6mm; font-family: 'IPAexGothic'; }
p.ind2 { text-indent: -1.6em; padding-left: 3.4em; margin-bottom: .8mm; }
p.note { text-indent: 0; font-size: 8.2pt; margin: 1mm 0; }
p.cont, div.cont { text-indent: 0; text-align: right; font-size: 8.2pt; margin: 1mm 0; }
.twocol { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; }
.twocol h2:first-child { margin-top: 0; }
.cap { font-family: 'IPAexGothic'; font-size: 9.2pt; margin: 3mm 0 1mm; }
.boxed { border: 1.2px solid #000; padding: 2mm; }
.src { font-size: 8pt; text-align: right; margin: 1mm 0 2mm; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.4pt; }
table.t th { background: #d9e2f3; font-family: 'IPAexGothic'; font-weight: normal; border: 0.6px solid #555; padding: 1.2mm 1mm; }
table.t td { border: 0.6px solid #555; padding: 1mm 1.5mm; text-align: right; }
table.zebra th { border: none; border-bottom: 1px solid #1f4e79; }
table.zebra td { border: none; }
table.zebra tbody tr:nth-child(even) td { background: #eef2f8; }
table.zebra tr.tot td { background: #fde9d9; }
td.c { text-align: center !important; }
td.dn { text-align: left !important; white-space: nowrap; background: #fff !important; font-family: 'IPAexGothic'; }
td.bk { text-align: left !important; font-size: 7.6pt; width: 28%; }
tr.tot td { background: #f2f2f2; }
th.rh { text-align: left; }
.side { display: flex; gap: 6mm; }
.side > div:first-child { flex: 1.35; }
.side > div:last-child { flex: 1; }
.sheet { border: 0.8px solid #1f4e79; padding: 2.5mm 3mm; margin-bottom: 4mm; }
table.strip { border-collapse: collapse; width: 100%; font-size: 9.2pt; margin-bottom: 1mm; }
table.strip th { background: #1f4e79; color: #fff; font-family: 'IPAexGothic'; font-weight: normal; padding: 1mm 2mm; border: 0.6px solid #1f4e79; }
table.strip td { border: 0.6px solid #1f4e79; padding: 1mm 2mm; }
.coverpage { text-align: center; }
.ctitle { font-family: 'IPAexGothic'; font-size: 26pt; line-height: 1.5; margin-top: 45mm; }
.cper { font-size: 13pt; margin-top: 8mm; }
.toc { width: 120mm; margin: 25mm auto 0; text-align: left; font-size: 11pt; }
.toch { font-family: 'IPAexGothic'; font-size: 12pt; margin-bottom: 3mm; text-align: center; }
.toc p { display: flex; text-indent: 0; margin: 2mm 0; }
.toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 2mm 1.3mm; }
.cdate { font-size: 13pt; margin-top: 30mm; }
.ccity { font-family: 'IPAexGothic'; font-size: 16pt; margin-top: 4mm; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
gp = G.write(out)
sys.exit(1 if check(out, gp, len(pages)) else 0)
