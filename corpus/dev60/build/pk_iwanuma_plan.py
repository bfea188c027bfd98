"""pk_iwanuma_plan_1: 第２次岩沼市債権管理計画 (plan) -- HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev60:  python3 build/pk_iwanuma_plan.py"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pk_common import ROOT, Gold, fmt, fmt_f, rate, oku_man, zen, check  # noqa: E402

STEM = "pk_iwanuma_plan_1"
WORK = Path("/tmp/pk_work")
WORK.mkdir(exist_ok=True)

# ---------------------------------------------------------------- data (千円)
# key: (full name, short, 会計, 所管課, cur assessed 2023, growth, cur rates 2019..2024, arr assessed 2019,
#       arr rates 2019..2024, write-off share of arrears)
DEBTS = [
    ("市税", "市税", "一般会計", "税務課", 6_512_384, 0.012,
     [98.21, 98.34, 98.52, 98.64, 98.76, 98.82], 360_000, [19.8, 21.2, 22.1, 22.6, 23.0, 23.6], 0.055),
    ("保育所保育料", "保育料", "一般会計", "子ども福祉課", 98_412, -0.03,
     [97.10, 97.42, 97.88, 98.05, 98.31, 98.40], 6_812, [15.2, 16.0, 14.8, 17.1, 18.3, 18.9], 0.09),
    ("市営住宅使用料", "住宅使用料", "一般会計", "都市計画課", 142_736, -0.005,
     [95.64, 95.90, 96.12, 96.30, 96.55, 96.70], 34_000, [10.2, 11.0, 11.8, 12.4, 13.1, 13.5], 0.04),
    ("生活保護費返還金", "生保返還金", "一般会計", "社会福祉課", 18_204, 0.01,
     [72.4, 70.8, 74.1, 75.6, 76.2, 77.0], 58_000, [4.1, 4.6, 5.0, 5.3, 5.8, 6.1], 0.03),
    ("国民健康保険税", "国保税", "国民健康保険特別会計", "保険年金課", 1_038_772, -0.015,
     [93.05, 93.42, 93.88, 94.10, 94.36, 94.50], 268_410, [17.2, 18.0, 18.9, 19.4, 20.1, 20.8], 0.07),
    ("介護保険料", "介護料", "介護保険特別会計", "介護福祉課", 912_604, 0.02,
     [98.80, 98.86, 98.95, 99.02, 99.08, 99.12], 26_000, [14.6, 15.1, 15.8, 16.4, 17.0, 17.5], 0.20),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "保険年金課", 386_215, 0.03,
     [99.35, 99.38, 99.41, 99.45, 99.48, 99.50], 5_200, [30.5, 31.2, 32.0, 33.4, 34.1, 35.0], 0.12),
]
YEARS = list(range(2019, 2025))
TGT = {  # target rates (cur, arr) 2025..2027
    "市税": [(98.9, 24.2), (99.0, 24.8), (99.1, 25.5)],
    "保育所保育料": [(98.5, 19.5), (98.6, 20.0), (98.7, 20.5)],
    "市営住宅使用料": [(96.8, 14.0), (97.0, 14.5), (97.2, 15.0)],
    "生活保護費返還金": [(77.5, 6.5), (78.0, 7.0), (78.5, 7.5)],
    "国民健康保険税": [(94.6, 21.5), (94.8, 22.0), (95.0, 22.5)],
    "介護保険料": [(99.1, 18.0), (99.2, 18.5), (99.2, 19.0)],
    "後期高齢者医療保険料": [(99.5, 35.5), (99.5, 36.0), (99.6, 36.5)],
}
D = {}
for name, short, kai, ka, base, g, crates, arr0, arates, wo in DEBTS:
    rec = {}
    arr_a = arr0
    for k, y in enumerate(YEARS + [2025, 2026, 2027]):
        ca = round(base * (1 + g) ** (y - 2023))
        if y <= 2024:
            cr, ar = crates[k], arates[k]
        else:
            cr, ar = TGT[name][y - 2025]
        cc = round(ca * cr / 100)
        ac = round(arr_a * ar / 100)
        aw = round(arr_a * wo)
        r = dict(ca=ca, cc=cc, co=ca - cc, aa=arr_a, ac=ac, aw=aw, ao=arr_a - ac - aw)
        r.update(ta=ca + arr_a, tc=cc + ac, tw=aw, to=r["co"] + r["ao"])
        rec[y] = r
        arr_a = r["to"]
    D[name] = rec
NAMES = [d[0] for d in DEBTS]
SHORT = {d[0]: d[1] for d in DEBTS}
KAI = {d[0]: d[2] for d in DEBTS}
KA = {d[0]: d[3] for d in DEBTS}


def tot(y, key, names=NAMES):
    return sum(D[n][y][key] for n in names)


G = Gold()
ERA = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度",
       2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}
K = 1000  # 千円 -> 円
pages = []

# ---------------------------------------------------------------- p1 cover
pages.append("""
<section class="page cover">
 <div class="cv1">第２次</div>
 <div class="cv2">岩沼市債権管理計画</div>
 <div class="cv3">令和７（2025）年度 ～ 令和９（2027）年度</div>
 <div class="cv4">令和７年３月</div>
 <div class="cv5">岩　沼　市</div>
</section>""")

# ---------------------------------------------------------------- p2 目次・趣旨
o19 = tot(2019, "to") * K
o23 = tot(2023, "to") * K
t19, v19 = oku_man(o19)
t23, v23 = oku_man(o23)
td, vd = oku_man(abs(v23 - v19))
P = 2
G.f(P, None, None, 2019, "令和元年度末", "total", "outstanding", "actual", v19, "yen", "約" + t19, approx=True)
G.f(P, None, None, 2023, "令和５年度末", "total", "outstanding", "actual", v23, "yen", "約" + t23, approx=True)
W2 = "減少" if v23 < v19 else "増加"
G.f(P, None, None, 2023, "令和５年度末", "total", "difference", "actual", vd if v23 > v19 else -vd, "yen", "約" + td + W2, approx=True)
pages.append(f"""
<section class="page">
 <h2 class="toc-h">目　　次</h2>
 <table class="toc">
  <tr><td>１　計画策定の趣旨</td><td class="dots"></td><td>２</td></tr>
  <tr><td>２　計画の期間</td><td class="dots"></td><td>２</td></tr>
  <tr><td>３　対象債権</td><td class="dots"></td><td>２</td></tr>
  <tr><td>４　債権管理の現状</td><td class="dots"></td><td>３</td></tr>
  <tr><td>５　債権別の収納状況（令和５年度決算）</td><td class="dots"></td><td>４</td></tr>
  <tr><td>６　数値目標</td><td class="dots"></td><td>５</td></tr>
  <tr><td>７　債権ごとの取組み</td><td class="dots"></td><td>６</td></tr>
 </table>
 <h2>１　計画策定の趣旨</h2>
 <p>本市では、平成30年４月に「岩沼市債権管理条例」を施行し、市が保有する債権について、発生から消滅までの一連の事務を統一的な基準により処理することとしました。令和２年３月には第１次岩沼市債権管理計画（令和２年度～令和６年度）を策定し、債権ごとに目標収納率と具体的な取組を定め、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできました。</p>
 <p>その結果、全債権の収入未済額は、令和元年度末の約{t19}から令和５年度末には約{t23}となり、約{td}{W2}するなど、一定の成果を上げています。一方で、滞納繰越分の収納率は依然として低い水準にとどまっており、長期化・高額化した滞納事案の整理が課題となっています。</p>
 <p>このため、第１次計画の成果と課題を検証したうえで、市民負担の公平性の確保と健全な財政運営に資することを目的として、第２次岩沼市債権管理計画を策定します。</p>
 <h2>２　計画の期間</h2>
 <p>本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３か年とします。なお、社会経済情勢の変化や関係法令の改正等を踏まえ、必要に応じて見直しを行います。</p>
 <h2>３　対象債権</h2>
 <p>本計画の対象は、令和５年度決算において収入未済額が生じている債権のうち、次の７債権とします。</p>
 <table class="plain">
  <tr><th>会計</th><th>債権名</th><th>所管課</th></tr>
  {''.join(f'<tr><td>{KAI[n]}</td><td>{n}</td><td>{KA[n]}</td></tr>' for n in NAMES)}
 </table>
</section>""")

# ---------------------------------------------------------------- p3 現状 (panels, 2段組, 会計別表)
P = 3
ta23, tc23 = tot(2023, "ta"), tot(2023, "tc")
ta22, tc22 = tot(2022, "ta"), tot(2022, "tc")
r23, r22 = rate(tc23, ta23), rate(tc22, ta22)
dpt = round(r23 - r22, 2)
G.f(P, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", r23, "percent", f"{r23:.2f}％")
G.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", dpt, "points", f"{fmt_f(dpt, 2, plus='＋')}ポイント")
o23m = round(o23 / 1e8, 1)
o22 = tot(2022, "to") * K
do = round((o23 - o22) / 1e8, 1)
G.f(P, None, None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(o23m * 1e8)), "yen", f"{o23m}億円")
G.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", int(round(do * 1e8)), "yen", f"{fmt_f(do, 1)}億円")
w23 = tot(2023, "tw") * K
w23man = round(w23 / 1e4)
G.f(P, None, None, 2023, "令和５年度", "total", "written_off", "actual", w23man * 10000, "yen", f"{w23man:,}万円")
panels = f"""
 <div class="panels">
  <div class="panel"><div class="pl">全債権の収納率</div><div class="py">令和５年度決算</div>
   <div class="pv">{r23:.2f}％</div><div class="pd">前年度比 {fmt_f(dpt, 2, plus='＋')}ポイント</div></div>
  <div class="panel"><div class="pl">収入未済額</div><div class="py">令和５年度末</div>
   <div class="pv">{o23m}億円</div><div class="pd">前年度比 {fmt_f(do, 1)}億円</div></div>
  <div class="panel"><div class="pl">不納欠損額</div><div class="py">令和５年度</div>
   <div class="pv">{w23man:,}万円</div><div class="pd">時効完成・執行停止等</div></div>
 </div>"""


def prose(n):
    r5, r4 = D[n][2023], D[n][2022]
    c5, c4 = rate(r5["cc"], r5["ca"]), rate(r4["cc"], r4["ca"])
    a5 = rate(r5["ac"], r5["aa"], 1)
    d = round(c5 - c4, 2)
    to_t, to_v = oku_man(r5["to"] * K)
    dd = (r5["to"] - r4["to"]) * K
    dd_t, dd_v = oku_man(abs(dd))
    word = "減少" if dd < 0 else "増加"
    G.f(P, n, n, 2023, "令和５年度", "current", "collection_rate", "actual", c5, "percent", f"{c5:.2f}％")
    G.f(P, n, n, 2023, "令和５年度", "arrears", "collection_rate", "actual", a5, "percent", f"{a5:.1f}％")
    G.f(P, n, n, 2023, "令和５年度", "current", "difference", "actual", abs(d) if d >= 0 else d, "points",
        f"{abs(d):.2f}ポイント")
    G.f(P, n, n, 2023, "令和５年度", "total", "outstanding", "actual", to_v, "yen", "約" + to_t, approx=True)
    G.f(P, n, n, 2023, "令和５年度", "total", "difference", "actual", dd_v if dd >= 0 else -dd_v, "yen",
        "約" + dd_t + word, approx=True)
    seg = "現年課税分" if n in ("市税", "国民健康保険税") else "現年度分"
    ud = "上昇" if d >= 0 else "低下"
    return (f"<p><b>{n}</b>　令和５年度の{n}の収納率は、{seg}が{c5:.2f}％、滞納繰越分が{a5:.1f}％となり、"
            f"{seg}は前年度と比べ{abs(d):.2f}ポイント{ud}しました。収入未済額は約{to_t}で、前年度から約{dd_t}{word}しています。</p>")


cols = ("<div class='cols'>" + prose("市税") + prose("国民健康保険税") + prose("介護保険料")
        + "<p>このほか、市営住宅使用料や生活保護費返還金などの非強制徴収公債権・私債権では、分納誓約の不履行や債務者の所在不明により、"
          "滞納繰越分の収納率が低い状況が続いています。</p></div>")
# 会計別 収入未済額の推移 (百万円, 1 decimal)
YR = [2019, 2020, 2021, 2022, 2023]
YRAW = {2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
rows = ""


def mil(v_k):
    return round(v_k / 1000, 1)


def tr_row(label, names, cls="", debt=None, raw_label=None):
    vals = [mil(tot(y, "to", names)) for y in YR]
    avg = round(sum(tot(y, "to", names) for y in YR) / 5 / 1000, 1)
    dif = round(vals[-1] - vals[0], 1)
    chg = round((tot(2023, "to", names) - tot(2019, "to", names)) / tot(2019, "to", names) * 100, 1)
    for y, v in zip(YR, vals):
        G.f(P, debt, raw_label, y, YRAW[y], "total", "outstanding", "actual", int(round(v * 1e6)), "yen", fmt_f(v, 1))
    G.f(P, debt, raw_label, None, "5年平均", "total", "average_outstanding", "actual", int(round(avg * 1e6)), "yen", fmt_f(avg, 1))
    G.f(P, debt, raw_label, 2023, "R5", "total", "difference", "actual", int(round(dif * 1e6)), "yen", fmt_f(dif, 1))
    G.f(P, debt, raw_label, 2023, "R5", "total", "change_rate", "actual", chg, "percent", fmt_f(chg, 1))
    tds = "".join(f"<td>{fmt_f(v, 1)}</td>" for v in vals)
    return (f"<tr class='{cls}'><td class='l'>{label}</td>{tds}<td>{fmt_f(avg, 1)}</td>"
            f"<td>{fmt_f(dif, 1)}</td><td>{fmt_f(chg, 1)}</td></tr>")


gen = [n for n in NAMES if KAI[n] == "一般会計"]
spe = [n for n in NAMES if KAI[n] != "一般会計"]
rows += "<tr class='sec'><td class='l' colspan='9'>【一般会計】</td></tr>"
for n in gen:
    rows += tr_row("　" + n, [n], debt=n, raw_label=n)
rows += tr_row("小計", gen, "sub", None, "小計")
rows += "<tr class='sec'><td class='l' colspan='9'>【特別会計】</td></tr>"
for n in spe:
    rows += tr_row("　" + n, [n], debt=n, raw_label=n)
rows += tr_row("小計", spe, "sub", None, "小計")
rows += tr_row("合計", NAMES, "sum", None, "合計")
pages.append(f"""
<section class="page">
 <h2>４　債権管理の現状</h2>
 {panels}
 <h3>（１）主な債権の状況</h3>
 {cols}
 <h3>（２）会計別収入未済額の推移</h3>
 <div class="cap">表１　会計別・債権別収入未済額の推移</div>
 <div class="unit">（単位：百万円、％）</div>
 <table class="grid t1">
  <tr><th rowspan="2">区分</th><th colspan="5">決算額（各年度末）</th><th rowspan="2">5年平均</th><th colspan="2">R1→R5</th></tr>
  <tr><th>R1</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>増減額</th><th>増減率</th></tr>
  {rows}
 </table>
 <div class="src">出典：各年度決算書（歳入歳出決算事項別明細書）をもとに税務課債権管理係で作成</div>
</section>""")

# ---------------------------------------------------------------- p4 landscape: 令和５年度決算 wide table
P = 4
y = 2023
body = ""
for kai in ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計"]:
    ns = [n for n in NAMES if KAI[n] == kai]
    for j, n in enumerate(ns):
        r = D[n][y]
        s = SHORT[n]
        cr, ar, trr = rate(r["cc"], r["ca"]), rate(r["ac"], r["aa"]), rate(r["tc"], r["ta"])
        vals = [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]), ("current", "collection_rate", cr),
                ("arrears", "assessed", r["aa"]), ("arrears", "collected", r["ac"]), ("arrears", "collection_rate", ar),
                ("arrears", "written_off", r["aw"]),
                ("total", "assessed", r["ta"]), ("total", "collected", r["tc"]), ("total", "collection_rate", trr),
                ("total", "outstanding", r["to"])]
        tds = ""
        for seg, met, v in vals:
            if met == "collection_rate":
                txt = f"{v:.2f}"
                G.f(P, n, s, y, "令和５年度", seg, met, "actual", v, "percent", txt)
            else:
                txt = fmt(v)
                G.f(P, n, s, y, "令和５年度", seg, met, "actual", v * K, "yen", txt)
            tds += f"<td>{txt}</td>"
        kcell = ""
        if j == 0:
            vt = "vt" if len(ns) > 1 else "sm"
            kcell = f"<td rowspan='{len(ns)}' class='kai {vt}'>{kai.replace('特別会計', '<br>特別会計') if vt == 'sm' else kai}</td>"
        body += f"<tr>{kcell}<td class='l'>{s}</td><td class='l ka'>{KA[n]}</td>{tds}</tr>"
T = {k: tot(y, k) for k in ["ca", "cc", "aa", "ac", "aw", "ta", "tc", "to", "co", "ao"]}
tv = [("current", "assessed", T["ca"]), ("current", "collected", T["cc"]), ("current", "collection_rate", rate(T["cc"], T["ca"])),
      ("arrears", "assessed", T["aa"]), ("arrears", "collected", T["ac"]), ("arrears", "collection_rate", rate(T["ac"], T["aa"])),
      ("arrears", "written_off", T["aw"]),
      ("total", "assessed", T["ta"]), ("total", "collected", T["tc"]), ("total", "collection_rate", rate(T["tc"], T["ta"])),
      ("total", "outstanding", T["to"])]
tds = ""
for seg, met, v in tv:
    if met == "collection_rate":
        txt = f"{v:.2f}"
        G.f(P, None, "合計", y, "令和５年度", seg, met, "actual", v, "percent", txt)
    else:
        txt = fmt(v)
        G.f(P, None, "合計", y, "令和５年度", seg, met, "actual", v * K, "yen", txt)
    tds += f"<td>{txt}</td>"
body += f"<tr class='sum'><td colspan='3'>合　計</td>{tds}</tr>"
G.f(P, None, "合計", y, "令和５年度", "arrears", "outstanding", "actual", T["ao"] * K, "yen", f"{fmt(T['ao'])}千円")
G.f(P, None, "合計", y, "令和５年度", "current", "outstanding", "actual", T["co"] * K, "yen", f"{fmt(T['co'])}千円")
pages.append(f"""
<section class="page land">
 <h2>５　債権別の収納状況（令和５年度決算）</h2>
 <p>令和５年度決算における対象債権の収納状況は、次のとおりです。</p>
 <div class="unit">（単位：千円、％）</div>
 <table class="grid wide">
  <tr><th rowspan="3">会計</th><th rowspan="3">債権名</th><th rowspan="3">所管課</th><th colspan="11">令和５年度</th></tr>
  <tr><th colspan="3">現年度分</th><th colspan="4">滞納繰越分</th><th colspan="4">計</th></tr>
  <tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>不納欠損額</th>
      <th>調定額</th><th>収入済額</th><th>収納率</th><th>収入未済額※2</th></tr>
  {body}
 </table>
 <div class="note">※1 債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料、生保返還金：生活保護費返還金</div>
 <div class="note">※2 合計欄の収入未済額のうち、滞納繰越分 {fmt(T['ao'])}千円（現年度分 {fmt(T['co'])}千円）</div>
 <div class="note">※3 収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）。還付未済額は含まない。</div>
</section>""")

# ---------------------------------------------------------------- p5 数値目標
P = 5
hdr_y = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate"),
         (2025, "令和７年度", "目標", "target"), (2026, "令和８年度", "目標", "target"), (2027, "令和９年度", "目標", "target")]
rws = ""
for n in NAMES:
    tds = ""
    for yy, yraw, b, basis in hdr_y:
        r = D[n][yy]
        if basis == "target":
            c, a = TGT[n][yy - 2025]
        else:
            c, a = round(rate(r["cc"], r["ca"]), 1), round(rate(r["ac"], r["aa"]), 1)
        G.f(P, n, n, yy, yraw, "current", "collection_rate", basis, c, "percent", f"{c:.1f}")
        G.f(P, n, n, yy, yraw, "arrears", "collection_rate", basis, a, "percent", f"{a:.1f}")
        tds += f"<td>{c:.1f}</td><td>{a:.1f}</td>"
    rws += f"<tr><td class='l'>{n}</td>{tds}</tr>"
# 収入未済額の目標 (years head rows, debts per column)
colsd = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
oth = [n for n in NAMES if n not in colsd]
yrows = [(2023, "令和5（2023）年度", "実績", "actual"), (2024, "令和6（2024）年度", "見込", "estimate"),
         (2025, "令和7（2025）年度", "目標", "target"), (2026, "令和8（2026）年度", "目標", "target"),
         (2027, "令和9（2027）年度", "目標", "target")]
rb = ""
for yy, yraw, b, basis in yrows:
    vals = []
    for n in colsd:
        v = D[n][yy]["to"]
        if basis == "target":
            v = round(v, -3)
        vals.append((n, SHORT[n], v))
    vo = sum(D[n][yy]["to"] for n in oth)
    if basis == "target":
        vo = round(vo, -3)
    vals.append((None, "その他", vo))
    vals.append((None, "合計", sum(v for _, _, v in vals)))
    tds = ""
    for n, s, v in vals:
        G.f(P, n, s, yy, yraw, "total", "outstanding", basis, v * K, "yen", fmt(v))
        tds += f"<td>{fmt(v)}</td>"
    rb += f"<tr><td class='l'>{yraw}</td><td>{b}</td>{tds}</tr>"
    if yy == 2027:
        last_total = vals[-1][2]
ta27 = tot(2027, "ta")
tc27 = tot(2027, "tc")
r27 = round(rate(tc27, ta27), 1)
bt, bv = oku_man(last_total * K)
G.f(P, None, None, 2027, "令和９年度", "total", "collection_rate", "target", r27, "percent", f"{r27:.1f}％")
G.f(P, None, None, 2027, "令和９年度", "total", "outstanding", "target", bv, "yen", "約" + bt, approx=True)
pages.append(f"""
<section class="page">
 <h2>６　数値目標</h2>
 <p>計画期間中の各年度における債権ごとの目標収納率を次のとおり定めます。目標は、第１次計画期間の実績の推移と令和６年度の決算見込を踏まえて設定しました。</p>
 <div class="cap">表２　債権別目標収納率（単位：％）</div>
 <table class="grid t2">
  <tr><th rowspan="3">債権名</th><th colspan="2">令和５年度</th><th colspan="2">令和６年度</th><th colspan="6">目　標</th></tr>
  <tr><th colspan="2">実績</th><th colspan="2">見込</th><th colspan="2">令和７年度</th><th colspan="2">令和８年度</th><th colspan="2">令和９年度</th></tr>
  <tr>{'<th>現年</th><th>滞繰</th>' * 5}</tr>
  {rws}
 </table>
 <div class="cap" style="margin-top:5mm">表３　収入未済額の目標（単位：千円）</div>
 <table class="grid t3">
  <tr><th>年度</th><th>区分</th>{''.join(f'<th>{SHORT[n]}</th>' for n in colsd)}<th>その他</th><th>合計</th></tr>
  {rb}
 </table>
 <div class="note">※ 「その他」は保育所保育料、市営住宅使用料及び生活保護費返還金の合計。</div>
 <div class="box"><div class="boxh">【参考】計画最終年度（令和９年度）の全体目標</div>
  <ul><li>全債権の収納率（現年度分・滞納繰越分の計）：{r27:.1f}％</li>
      <li>収入未済額：約{bt}（令和５年度末から約{oku_man(v23 - bv)[0]}の縮減）</li></ul></div>
</section>""")
G.f(P, None, None, 2027, "令和９年度", "total", "difference", "target", -oku_man(v23 - bv)[1], "yen",
    "約" + oku_man(v23 - bv)[0], approx=True)

# ---------------------------------------------------------------- p6-7 債権ごとの取組み
SHEETS = {
    "市税": ("総務部 税務課", [
        ("①", "納期内納付の推進のため、口座振替の勧奨を強化するとともに、スマートフォン決済アプリによる納付を周知する。", "継続"),
        ("②", "滞納初期の段階で電話催告と文書催告を組み合わせ、滞納の累積を防止する。", "継続"),
        ("③", "預貯金・給与等の財産調査を徹底し、納付資力がありながら納付しない者には速やかに差押えを執行する。", "拡充"),
        ("④", "宮城県地方税滞納整理機構への引継ぎを活用し、高額・困難事案の整理を進める。", None),
    ]),
    "国民健康保険税": ("健康福祉部 保険年金課", [
        ("①", "被保険者資格の異動時に窓口で納付相談を行い、口座振替への切替えを案内する。", "継続"),
        ("②", "現年度分の未納者に対し、納期限後おおむね30日以内に催告書を送付する。", "新規"),
        ("③", "税務課との合同による休日納付相談を年２回実施する。", "継続"),
    ]),
    "介護保険料": ("健康福祉部 介護福祉課", [
        ("①", "普通徴収の被保険者に対し、年金からの特別徴収への切替えを漏れなく行う。", "継続"),
        ("②", "滞納者に対しては、給付制限の内容を丁寧に説明し、分納誓約による計画的な納付を促す。", "継続"),
        ("③", "地域包括支援センターと連携し、生活困窮が疑われる滞納者を相談窓口につなぐ。", "新規"),
    ]),
    "市営住宅使用料": ("建設部 都市計画課", [
        ("①", "滞納３か月以上の入居者に対して連帯保証人への通知を行い、早期の納付を求める。", "継続"),
        ("②", "明渡し請求後も納付のない退去者については、支払督促の申立てを行う。", "拡充"),
        ("③", "入居時説明会で口座振替の利用を原則とする旨を説明する。", None),
    ]),
}
sheet_html = {6: "", 7: ""}
for idx, (n, (kadep, items)) in enumerate(SHEETS.items()):
    P = 6 + idx // 2
    r5, r4 = D[n][2023], D[n][2022]
    dd = (r5["to"] - r4["to"])
    word = "減少" if dd < 0 else "増加"
    G.f(P, n, n, 2023, "令和５年度末", "total", "outstanding", "actual", r5["to"] * K, "yen", f"{fmt(r5['to'])}千円")
    G.f(P, n, n, 2023, "令和５年度末", "total", "difference", "actual", dd * K, "yen", f"{fmt(abs(dd))}千円{word}")
    a5 = round(rate(r5["ac"], r5["aa"]), 1)
    G.f(P, n, n, 2023, "令和５年度", "arrears", "collection_rate", "actual", a5, "percent", f"{a5:.1f}％にとどまって")
    para = (f"令和５年度末の収入未済額は{fmt(r5['to'])}千円で、前年度より{fmt(abs(dd))}千円{word}した。"
            f"現年度分の収納率は高い水準を維持しているが、滞納繰越分の収納率は{a5:.1f}％にとどまっており、"
            f"長期・高額の滞納事案への対応が課題である。")
    mini = ""
    for yy, lab in [(2022, "4年度"), (2023, "5年度")]:
        r = D[n][yy]
        c, a = rate(r["cc"], r["ca"]), rate(r["ac"], r["aa"])
        G.f(P, n, n, yy, lab, "current", "collection_rate", "actual", c, "percent", f"{c:.2f}")
        G.f(P, n, n, yy, lab, "arrears", "collection_rate", "actual", a, "percent", f"{a:.2f}")
        mini += f"<tr><td>{lab}</td><td>{c:.2f}</td><td>{a:.2f}</td></tr>"
    tg = ""
    for k2, yy in enumerate([2025, 2026, 2027]):
        c, a = TGT[n][k2]
        yr = ["R7", "R8", "R9"][k2]
        G.f(P, n, n, yy, yr, "current", "collection_rate", "target", c, "percent", f"{c:.1f}％")
        tg += f"<td>{c:.1f}％</td>"
    lis = ""
    for lab, text, st in items:
        tag = f"【{st}】" if st else ""
        G.i(P, n, n, 2025, "具体的な取組", lab, text + tag, st)
        if lab == "③" and st:  # tag alone on the next line
            lis += f"<div class='it'>{lab}　{text}</div><div class='tagline'>{tag}</div>"
        else:
            lis += f"<div class='it'>{lab}　{text}{tag}</div>"
    no = ["（１）", "（２）", "（３）", "（４）"][idx]
    sheet_html[P] += f"""
 <h3>{no}債権ごとの取組み（{n}）</h3>
 <table class="lv"><tr><th>債権名</th><td>{n}</td><th>所管課</th><td>{kadep}</td></tr></table>
 <table class="grid sheet">
  <tr><th class="w1">現状と課題</th><td class="para">{para}</td>
      <td class="mini"><table class="in"><tr><th>年度</th><th>現年</th><th>滞繰</th></tr>{mini}</table><div class="u">収納率（％）</div></td></tr>
  <tr><th class="w1">数値目標</th><td colspan="2"><table class="in tg"><tr><th>現年度分収納率</th><th>R7</th><th>R8</th><th>R9</th></tr><tr><td></td>{tg}</tr></table></td></tr>
  <tr><th class="w1">具体的な取組</th><td colspan="2" class="items">{lis}</td></tr>
 </table>"""
pages.append(f"<section class='page'><h2>７　債権ごとの取組み</h2>{sheet_html[6]}</section>")
pages.append(f"<section class='page'>{sheet_html[7]}<p class='end'>以上</p></section>")

CSS = """
@page { size: A4; margin: 16mm 15mm 16mm 15mm; @bottom-center { content: "－ " counter(page) " －"; font-size: 9pt; } }
@page land { size: A4 landscape; margin: 14mm 12mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.55; color: #000; }
section.page { page-break-after: always; }
section.page:last-child { page-break-after: auto; }
section.land { page: land; }
h2 { font-family: 'IPAexGothic'; font-size: 12.5pt; margin: 4mm 0 2mm; border-bottom: 1.2px solid #000; }
h3 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { margin: 1mm 0; text-indent: 1em; text-align: justify; }
.cover { text-align: center; padding-top: 55mm; font-family: 'IPAexGothic'; }
.cv1 { font-size: 18pt; } .cv2 { font-size: 26pt; margin: 4mm 0 10mm; letter-spacing: 0; }
.cv3 { font-size: 14pt; } .cv4 { font-size: 13pt; margin-top: 70mm; } .cv5 { font-size: 16pt; margin-top: 6mm; }
.toc-h { text-align: center; border: none; font-size: 14pt; }
table.toc { width: 80%; margin: 0 auto 6mm; border-collapse: collapse; }
table.toc td { padding: 1mm 0; } table.toc td:last-child { text-align: right; width: 10mm; }
table.toc td.dots { border-bottom: 1px dotted #555; width: 40%; }
table.plain { border-collapse: collapse; margin: 2mm auto; width: 86%; font-size: 9.5pt; }
table.plain th { border-top: 1.2px solid #000; border-bottom: 1px solid #000; font-family: 'IPAexGothic'; }
table.plain td { padding: 0.6mm 2mm; } table.plain tr:last-child td { border-bottom: 1.2px solid #000; }
.panels { display: flex; gap: 4mm; margin: 2mm 0 3mm; }
.panel { flex: 1; border: 1.5px solid #1f4e79; border-radius: 2mm; padding: 2mm; text-align: center; font-family: 'IPAexGothic'; }
.pl { background: #1f4e79; color: #fff; font-size: 9.5pt; margin: -2mm -2mm 1mm; padding: 1mm; }
.py { font-size: 8.5pt; } .pv { font-size: 17pt; font-weight: bold; color: #1f4e79; } .pd { font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5px solid #999; font-size: 9.3pt; }
.cols p { margin: 0 0 1.5mm; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; text-align: center; }
.unit { text-align: right; font-size: 8.5pt; }
table.grid { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
table.grid th { border: 0.8px solid #000; background: #dde6f0; font-family: 'IPAexGothic'; font-weight: normal; padding: 0.5mm; }
table.grid td { border: 0.8px solid #000; text-align: right; padding: 0.4mm 1.2mm; }
table.grid td.l { text-align: left; white-space: nowrap; }
table.grid tr.sec td { background: #f2f2f2; font-family: 'IPAexGothic'; }
table.grid tr.sub td { background: #f7f7f7; } table.grid tr.sum td { background: #e8e8e8; font-family: "IPAexGothic"; }
table.wide { font-size: 8.2pt; } table.wide td.kai { text-align: center; font-size: 8pt; }
td.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; }
td.ka { font-size: 7.6pt; } table.wide tr.sum td:first-child { text-align: center; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.note { font-size: 8pt; margin-top: 0.8mm; padding-left: 1em; text-indent: -1em; }
.box { border: 1px solid #000; padding: 1.5mm 3mm; margin-top: 4mm; font-size: 9.5pt; }
.boxh { font-family: 'IPAexGothic'; } .box ul { margin: 1mm 0; padding-left: 6mm; }
table.lv { border-collapse: collapse; width: 100%; margin-bottom: 1mm; font-size: 9.5pt; }
table.lv th { border: 1px solid #000; background: #dde6f0; width: 16mm; font-family: 'IPAexGothic'; font-weight: normal; }
table.lv td { border: 1px solid #000; padding: 0.5mm 2mm; }
table.sheet td { text-align: left; vertical-align: top; font-size: 9pt; }
table.sheet th.w1 { width: 18mm; } td.para { width: 62%; }
td.mini { width: 28%; } table.in { border-collapse: collapse; width: 100%; }
table.in th, table.in td { border: 0.5px solid #666; font-size: 8.5pt; text-align: center; padding: 0.3mm; background: none; }
table.in th { background: #f0f0f0; } .u { font-size: 7.5pt; text-align: right; }
table.tg td:first-child { border: none; }
td.items .it { padding-left: 1.2em; text-indent: -1.2em; margin-bottom: 0.8mm; }
.tagline { text-align: right; margin: -0.5mm 0 0.8mm; }
.end { text-align: right; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(hp)], check=True, capture_output=True)
G.write(STEM, {"kind": "plan", "family": "keikaku", "municipality": "岩沼市",
               "title": "第２次岩沼市債権管理計画", "date": "2025-03-01", "date_raw": "令和７年３月"})
bad = check(STEM)
print(STEM, len(G.facts), "facts", len(G.inits), "initiatives", "problems:", len(bad))
for b in bad[:30]:
    print(b)
