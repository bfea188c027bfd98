"""第２次みなかみ町債権管理計画（令和７年度～令和１１年度） -> HTML/CSS -> chromium PDF.

Run from corpus/frozen30:  python3 build/fc_minakami_plan_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fc_common import Gold, WORK, c, tri, zen, rate, chromium_pdf  # noqa: E402

STEM = "fc_minakami_plan_1"
CITY = "みなかみ町"
TITLE = "第２次みなかみ町債権管理計画"
g = Gold(STEM, "plan", "plan", CITY, TITLE + "（令和７年度～令和１１年度）", "2025-03-01", "令和７年３月")

# --------------------------------------------------------------------------- data (千円)
# FY2023: current assessed, current rate, arrears assessed, arrears rate, written off
# FY2022: total assessed, written off, current rate ; FY2022 outstanding = FY2023 arrears assessed
DEBTS = [
    # name, group, FY2023 tuple, FY2022 tuple
    ("町税", "強制徴収公債権", (2_196_880, 98.92, 131_406, 24.60, 5_318), (2_287_310, 6_012, 98.75)),
    ("国民健康保険税", "強制徴収公債権", (455_210, 94.35, 97_882, 19.40, 7_806), (566_934, 8_120, 93.88)),
    ("介護保険料", "強制徴収公債権", (402_115, 99.08, 6_214, 16.90, 1_402), (406_820, 1_515, 99.01)),
    ("後期高齢者医療保険料", "強制徴収公債権", (186_402, 99.58, 1_260, 28.70, 160), (183_950, 172, 99.52)),
    ("保育所保育料", "強制徴収公債権", (31_208, 98.55, 3_912, 13.80, 410), (35_640, 502, 98.21)),
    ("放課後児童クラブ利用料", "非強制徴収公債権", (9_860, 97.20, 1_246, 11.50, 85), (11_402, 96, 96.80)),
    ("町営住宅使用料", "私債権", (38_115, 95.90, 12_688, 9.40, 520), (50_980, 640, 95.50)),
]


def exact(amount, r):
    """Nearest amount (searching upward) whose rounded collected amount reproduces the rate exactly."""
    for k in range(0, 400):
        for a in (amount + k, amount - k):
            if a > 0 and rate(round(a * r / 100), a, 2) == r:
                return a
    raise ValueError((amount, r))


D = {}
for name, grp, (ca, cr, aa, ar, wo), (pta, pwo, pcr) in DEBTS:
    ca, aa = exact(ca, cr), exact(aa, ar)
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    ta, tc = ca + aa, cc + ac
    out = ta - tc - wo
    ptc = pta - pwo - aa
    D[name] = dict(grp=grp, ca=ca, cc=cc, aa=aa, ac=ac, ta=ta, tc=tc, wo=wo, out=out, cr=cr, ar=ar,
                   tr=rate(tc, ta, 2), out_cur=ca - cc, out_arr=aa - ac - wo,
                   p=dict(ta=pta, tc=ptc, wo=pwo, out=aa, tr=rate(ptc, pta, 2), cr=pcr))
NAMES = [d[0] for d in DEBTS]
T_DEBTS = ["町税", "国民健康保険税", "介護保険料", "保育所保育料", "放課後児童クラブ利用料", "町営住宅使用料"]
# R6 estimate and R7..R11 targets: (current, arrears, total rate, outstanding 千円), stepped from the R5 results
STEP = {"町税": (0.03, 0.8, 0.20), "国民健康保険税": (0.15, 0.8, 0.50), "介護保険料": (0.03, 0.8, 0.08),
        "保育所保育料": (0.05, 0.8, 0.40), "放課後児童クラブ利用料": (0.10, 0.5, 0.40), "町営住宅使用料": (0.10, 0.5, 0.60)}
EST6, TGT = {}, {}
for n in T_DEBTS:
    d, st = D[n], STEP[n]
    EST6[n] = (round(d["cr"] + st[0], 2), round(d["ar"] + st[1], 2), round(d["tr"] + st[2], 2),
               int(round(d["out"] * 0.97, -2 if d["out"] > 10_000 else -1)))
    TGT[n] = {fy: (round(EST6[n][0] + st[0] * (fy - 2024), 2), round(EST6[n][1] + st[1] * (fy - 2024), 2),
                   round(EST6[n][2] + st[2] * (fy - 2024), 2),
                   int(round(EST6[n][3] * (1 - 0.03 * (fy - 2024)), -2 if EST6[n][3] > 10_000 else -1)))
              for fy in range(2025, 2030)}
HIST = {}  # total collection rate by FY (2019..2021 given, FY2022/2023 from D)
for n, back in (("町税", (0.92, 0.71, 0.35)), ("国民健康保険税", (1.48, 1.02, 0.44)),
                ("介護保険料", (0.21, 0.12, 0.05)), ("後期高齢者医療保険料", (0.18, 0.10, 0.04))):
    p22 = D[n]["p"]["tr"]
    HIST[n] = {2019: round(p22 - back[0], 2), 2020: round(p22 - back[1], 2), 2021: round(p22 - back[2], 2),
               2022: p22, 2023: D[n]["tr"]}

CSS = """
@page { size: A4; margin: 18mm 17mm 14mm 17mm; }
@page land { size: A4 landscape; margin: 12mm 14mm 10mm 14mm; }
body { font-family: "IPAexMincho", serif; font-size: 10.5pt; margin: 0; }
.page { break-after: page; position: relative; height: 262mm; overflow: hidden; }
.page:last-child { break-after: auto; }
.land { page: land; height: 186mm; }
.g { font-family: "IPAexGothic", sans-serif; }
h1 { font-family: "IPAexGothic"; font-size: 17pt; text-align: center; margin: 2mm 0 1mm; letter-spacing: 1pt; }
.period { text-align: center; font-size: 11pt; margin-bottom: 6mm; }
h2 { font-family: "IPAexGothic"; font-size: 12.5pt; margin: 5mm 0 2mm; padding: 1mm 2mm; background: #e2efd9;
     border-left: 6px solid #548235; }
h3 { font-family: "IPAexGothic"; font-size: 11pt; margin: 4mm 0 1.5mm; }
p { margin: 0 0 2mm; line-height: 1.7; text-indent: 1em; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #444; padding: 1.2mm 1.8mm; }
th { background: #e2efd9; font-family: "IPAexGothic"; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 1mm; }
.cap { font-family: "IPAexGothic"; font-size: 10pt; margin: 3mm 0 1mm; }
.note { font-size: 8.6pt; line-height: 1.45; margin-top: 1mm; }
.ref { border: 1.2pt solid #548235; padding: 2.5mm 4mm; margin: 4mm 6mm; }
.ref div { line-height: 1.65; }
.vert { writing-mode: vertical-rl; text-orientation: upright; font-family: "IPAexGothic"; letter-spacing: 1pt;
        text-align: center; padding: 1mm 0.8mm; width: 6mm; }
.box { border: 1pt solid #333; padding: 2mm 4mm; margin: 2mm 0 3mm 4mm; }
.box div, .list div { margin-left: 1em; text-indent: -1em; line-height: 1.6; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
"""

pages = []
P = [0]


def fact(raw, value, metric, unit, debt, fy, fy_raw, seg, basis, approx=False, debt_raw=None):
    g.fact(P[0], raw, value, metric, unit, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, basis,
           None, approx)
    return raw


def man(v_k):
    """千円 -> 万円 text '８１億４，２３６万円' (rounded to 万円) and its yen value."""
    m = round(v_k / 10)
    oku, rest = divmod(m, 10_000)
    s = (f"{oku}億{rest:,}万円" if rest else f"{oku}億円") if oku else f"{rest:,}万円"
    return zen(s), m * 10_000


# --------------------------------------------------------------------------- page 1
P[0] = 1
tot = {k: sum(D[n][k] for n in NAMES) for k in ("ta", "tc", "wo", "out")}
h = [f"<h1>{TITLE}</h1>", "<div class='period'>令和７（2025）年度～令和１１（2029）年度</div>",
     "<div style='text-align:right;margin-bottom:4mm'>令和７年３月<br>みなかみ町 税務課</div>",
     "<h2>１　計画策定の趣旨</h2>",
     "<p>みなかみ町では、平成２７年に「みなかみ町債権管理条例」を制定し、令和２年３月に策定した「みなかみ町債権管理計画」"
     "（令和２年度～令和６年度）に基づき、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできた。</p>",
     "<p>前計画の期間中、町税をはじめとする主要債権の収納率は着実に向上したが、物価の高騰等により納付が困難な"
     "世帯が増えており、滞納の未然防止と早期の対応が一層重要となっている。こうした状況を踏まえ、引き続き"
     "公平・公正な債権管理を推進するため、第２次計画を策定する。</p>",
     "<h2>２　計画期間</h2>",
     "<p>令和７（2025）年度から令和１１（2029）年度までの５年間とする。</p>",
     "<h2>３　対象債権</h2>",
     "<p>町が保有する債権のうち、収入未済額のある全ての債権を対象とする。このうち、次の７債権を主要債権として、"
     "債権ごとに数値目標と取組を定める。</p>",
     "<table style='margin:2mm 0 2mm 6mm;font-size:9.8pt'><tr><th>強制徴収公債権</th><td>町税、国民健康保険税、介護保険料、"
     "後期高齢者医療保険料、保育所保育料</td></tr><tr><th>非強制徴収公債権</th><td>放課後児童クラブ利用料</td></tr>"
     "<tr><th>私債権</th><td>町営住宅使用料</td></tr></table>"]
rt = rate(tot["tc"], tot["ta"], 2)
ref = [("調定額", man(tot["ta"]), "assessed"), ("収入済額", man(tot["tc"]), "collected"),
       ("不納欠損額", man(tot["wo"]), "written_off"), ("収入未済額", man(tot["out"]), "outstanding")]
h.append("<div class='ref'><div class='g'>【参考】主要債権の状況（令和５年度決算）</div>")
for lab, (txt, val), m in ref:
    h.append(f"<div>・{lab}：{fact(txt, val, m, 'yen', None, 2023, '令和５年度', 'total', 'actual', debt_raw='主要債権')}</div>")
h.append(f"<div>・収納率：{fact(zen(f'{rt:.2f}') + '％', rt, 'collection_rate', 'percent', None, 2023, '令和５年度', 'total', 'actual', debt_raw='主要債権')}</div>")
h.append("</div>")
h.append("<div class='foot'>- 1 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 2: two blocks side by side
P[0] = 2
OKU1 = round(tot["out"] / 100_000, 1)
h = ["<h2>４　債権の現状</h2>",
     "<p>主要債権の令和４年度及び令和５年度の決算の状況は、次のとおりである。主要債権全体の収入未済額は約"
     + fact(zen(f"{OKU1:.1f}") + "億円", int(round(OKU1 * 100_000_000)), "outstanding", "yen", None, 2023,
            "令和５年度", "total", "actual", approx=True, debt_raw="主要債権全体")
     + "で、令和４年度から減少している。</p>",
     "<div class='cap'>表１　主要債権の決算状況</div><div class='unit'>（単位：千円、％）</div>",
     "<table style='width:100%;font-size:8.4pt'><thead><tr><th rowspan='2' style='width:15%'>債権名</th><th colspan='4'>令和４年度決算</th>"
     "<th colspan='4'>令和５年度決算</th><th rowspan='2'>収入未済額<br>の増減</th></tr><tr>"
     + "<th>調定額</th><th>収入済額</th><th>収納率</th><th>収入未済額</th>" * 2 + "</tr></thead><tbody>"]
sums = {2022: [0, 0, 0], 2023: [0, 0, 0]}
for n in NAMES:
    d = D[n]
    p = d["p"]
    row = f"<tr><td>{n}{'※' if n == '国民健康保険税' else ''}</td>"
    for fy, (a, col, r_, out) in ((2022, (p["ta"], p["tc"], p["tr"], p["out"])), (2023, (d["ta"], d["tc"], d["tr"], d["out"]))):
        fr = "令和４年度" if fy == 2022 else "令和５年度"
        row += (f"<td class='n'>{fact(c(a), a * 1000, 'assessed', 'yen', n, fy, fr, 'total', 'actual')}</td>"
                f"<td class='n'>{fact(c(col), col * 1000, 'collected', 'yen', n, fy, fr, 'total', 'actual')}</td>"
                f"<td class='n'>{fact(f'{r_:.2f}', r_, 'collection_rate', 'percent', n, fy, fr, 'total', 'actual')}</td>"
                f"<td class='n'>{fact(c(out), out * 1000, 'outstanding', 'yen', n, fy, fr, 'total', 'actual')}</td>")
        sums[fy][0] += a
        sums[fy][1] += col
        sums[fy][2] += out
    dv = d["out"] - p["out"]
    row += f"<td class='n'>{fact(tri(dv), dv * 1000, 'difference', 'yen', n, 2023, '令和５年度', 'total', 'actual')}</td></tr>"
    h.append(row)
row = "<tr style='background:#f2f2f2'><td class='g'>合計</td>"
for fy in (2022, 2023):
    a, col, out = sums[fy]
    r_ = rate(col, a, 2)
    fr = "令和４年度" if fy == 2022 else "令和５年度"
    row += (f"<td class='n'>{fact(c(a), a * 1000, 'assessed', 'yen', None, fy, fr, 'total', 'actual', debt_raw='合計')}</td>"
            f"<td class='n'>{fact(c(col), col * 1000, 'collected', 'yen', None, fy, fr, 'total', 'actual', debt_raw='合計')}</td>"
            f"<td class='n'>{fact(f'{r_:.2f}', r_, 'collection_rate', 'percent', None, fy, fr, 'total', 'actual', debt_raw='合計')}</td>"
            f"<td class='n'>{fact(c(out), out * 1000, 'outstanding', 'yen', None, fy, fr, 'total', 'actual', debt_raw='合計')}</td>")
dv = sums[2023][2] - sums[2022][2]
row += f"<td class='n'>{fact(tri(dv), dv * 1000, 'difference', 'yen', None, 2023, '令和５年度', 'total', 'actual', debt_raw='合計')}</td></tr>"
h.append(row + "</tbody></table>")
kc = D["国民健康保険税"]["out_cur"]
h.append("<div class='note'>※ 国民健康保険税の令和５年度収入未済額のうち、現年課税分 "
         + fact(f"{c(kc)}千円", kc * 1000, "outstanding", "yen", "国民健康保険税", 2023, "令和５年度", "current", "actual")
         + "。<br>※ 収入未済額の増減は、令和５年度から令和４年度を差し引いたもの（△は減少）。</div>")

h.append("<h3>（１）収入未済額の内訳（令和５年度末）</h3>")
ARR_ALL = sum(D[n]["out_arr"] for n in NAMES)
SHARE2 = (D["町税"]["out_arr"] + D["国民健康保険税"]["out_arr"]) / ARR_ALL
SHARE_A = ARR_ALL / tot["out"]
WARI = "０１２３４５６７８９"
h.append("<p>主要債権の収入未済額のうち、滞納繰越分が占める割合は約" + WARI[round(SHARE_A * 10)] + "割である。町税の滞納繰越分の収入未済額は"
         + fact(zen(c(D['町税']['out_arr'])) + "千円", D["町税"]["out_arr"] * 1000, "outstanding", "yen", "町税", 2023,
                "令和５年度末", "arrears", "actual")
         + "、国民健康保険税は"
         + fact(zen(c(D['国民健康保険税']['out_arr'])) + "千円", D["国民健康保険税"]["out_arr"] * 1000, "outstanding",
                "yen", "国民健康保険税", 2023, "令和５年度末", "arrears", "actual")
         + "となっており、この２債権で滞納繰越分全体の" + WARI[int(SHARE2 * 10)] + "割を超えている。</p>")
h.append("<div class='foot'>- 2 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 3 (landscape): targets, merged rows, vertical group labels
P[0] = 3
YRS = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate")] + \
      [(fy, f"令和{zen(str(fy - 2018))}年度", "目標", "target") for fy in range(2025, 2030)]
h = ["<h2 style='margin-top:0'>５　計画の目標</h2>",
     "<div class='cap'>表２　主要債権の収納率及び収入未済額の目標</div>",
     "<div class='unit'>（収納率：％、収入未済額：千円。「計」欄は上段が収入未済額、下段が収納率）</div>",
     "<table style='width:100%;font-size:8.8pt'><thead><tr><th rowspan='2' colspan='2'>債権名</th><th rowspan='2'>区分</th>"
     + "".join(f"<th>{fr}</th>" for _, fr, _, _ in YRS) + "</tr><tr>"
     + "".join(f"<th>{k}</th>" for _, _, k, _ in YRS) + "</tr></thead><tbody>"]
groups = {}
for n in T_DEBTS:
    groups.setdefault(D[n]["grp"], []).append(n)
for grp, members in groups.items():
    for i, n in enumerate(members):
        for k, (lab, seg) in enumerate((("現年分", "current"), ("滞繰分", "arrears"), ("計", "total"))):
            row = "<tr>"
            if i == 0 and k == 0:
                vlab = {"非強制徴収公債権": "非強制"}.get(grp, grp)
                row += f"<td class='vert' rowspan='{3 * len(members)}'>{vlab}</td>"
            if k == 0:
                row += f"<td rowspan='3' style='width:17%'>{n}</td>"
            bg = " style='background:#f4f8f1'" if seg == "total" else ""
            row += f"<td style='text-align:center'>{lab}</td>"
            for fy, fr, kind, basis in YRS:
                if fy == 2023:
                    vals = (D[n]["cr"], D[n]["ar"], D[n]["tr"], D[n]["out"])
                elif fy == 2024:
                    vals = EST6[n]
                else:
                    vals = TGT[n][fy]
                fyr = f"{fr}{kind}"
                if seg == "total":
                    cell = (fact(c(vals[3]), vals[3] * 1000, "outstanding", "yen", n, fy, fyr, "total", basis) + "<br>"
                            + fact(f"{vals[2]:.2f}", vals[2], "collection_rate", "percent", n, fy, fyr, "total", basis))
                else:
                    v = vals[k]
                    cell = fact(f"{v:.2f}", v, "collection_rate", "percent", n, fy, fyr, seg, basis)
                row += f"<td class='n'{bg}>{cell}</td>"
            h.append(row + "</tr>")
h.append("</tbody></table>")
h.append("<div class='note'>※ 後期高齢者医療保険料は、群馬県後期高齢者医療広域連合が定める目標による。"
         "非強制＝非強制徴収公債権。</div>")
h.append("<div class='foot'>- 3 -</div>")
pages.append("<div class='page land'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 4: per-debt sheets
P[0] = 4
h = ["<h2>６　債権ごとの取組</h2>", "<h3>（１）国民健康保険税</h3>"]
kk = D["国民健康保険税"]
items_k = [("①", "保険証の交付や資格取得の手続の際に、口座振替の申込みを窓口で受け付ける。", "継続"),
           ("②", "納期限後２０日以内に督促状を発送し、その後の未納者には電話と文書による催告を月ごとに行う。", "継続"),
           ("③", "分納誓約の不履行が３回続いた案件は、財産調査を行ったうえで差押えを実施する。", "拡充"),
           ("④", "ＳＭＳによる催告を導入し、若年層の未納者との早期の接触を図る。", "新規")]
h.append("<table style='width:100%;font-size:9.4pt'>"
         "<tr><th colspan='2' style='text-align:left;padding-left:3mm'>債権名　国民健康保険税　（所管：町民福祉課）</th></tr>"
         "<tr><td style='width:26%' class='g'>現年課税分収納率<br>（前年度）</td><td class='n' style='text-align:left'>"
         + fact(f"{kk['cr']:.2f}", kk["cr"], "collection_rate", "percent", "国民健康保険税", 2023, "令和５年度", "current",
                "actual")
         + "（" + fact(f"{kk['p']['cr']:.2f}", kk["p"]["cr"], "collection_rate", "percent", "国民健康保険税", 2022,
                       "前年度", "current", "actual")
         + "）％　※令和５年度決算</td></tr>"
         "<tr><td class='g'>現状と課題</td><td>被保険者の減少により調定額は減少傾向にあるが、低所得世帯の割合が高く、"
         "分納中の案件が累積している。滞納繰越分の収納率の向上が課題である。</td></tr>"
         "<tr><td class='g'>備考</td><td>令和５年度の不納欠損額 "
         + fact(f"{c(kk['wo'])}千円", kk["wo"] * 1000, "written_off", "yen", "国民健康保険税", 2023, "令和５年度", "total",
                "actual")
         + "（うち地方税法第１５条の７第５項による即時消滅分を含む）</td></tr>")
for lab, text, st in items_k:
    h.append(f"<tr><td style='text-align:center'>{lab}</td><td>{text}【{st}】</td></tr>")
    g.init(P[0], "国民健康保険税", 2025, "債権ごとの取組", lab, text, st)
h.append("</table>")

hh = D["町営住宅使用料"]
h.append("<h3>（２）町営住宅使用料（所管：建設課）</h3>")
h.append("<p>令和５年度の収納率は現年分"
         + fact(f"{hh['cr']:.2f}％", hh["cr"], "collection_rate", "percent", "町営住宅使用料", 2023, "令和５年度", "current",
                "actual")
         + "、滞繰分"
         + fact(f"{hh['ar']:.2f}％", hh["ar"], "collection_rate", "percent", "町営住宅使用料", 2023, "令和５年度", "arrears",
                "actual")
         + "である。退去者の滞納家賃の回収が進んでおらず、収入未済額の多くを占めている。</p>")
items_h = ["家賃を２か月滞納した入居者に対し、連帯保証人への通知と併せて面談を行い、分納計画を作成する。",
           "退去者の未納家賃について、弁護士への回収委託を行う。",
           "悪質な長期滞納者に対しては、明渡し請求訴訟を含む法的措置を講じる。"]
h.append("<div class='box'>")
for t in items_h:
    h.append(f"<div>・{t}</div>")
    g.init(P[0], "町営住宅使用料", 2025, "（２）町営住宅使用料", "・", t, None)
h.append("</div>")

hk = D["保育所保育料"]
h.append("<h3>（３）保育所保育料（所管：子育て健康課）</h3>")
h.append("<div style='margin-left:4mm' class='g'>滞納の未然防止</div><div class='list' style='margin-left:6mm'>")
items_p = [("(1)", "入所決定の通知に口座振替依頼書を同封し、口座振替による納付を原則とする。", None),
           ("(2)", "児童手当からの徴収について、入所時の説明会で保護者に申出を勧める。", "拡充")]
for lab, t, st in items_p:
    h.append(f"<div>{lab}　{t}{'【' + st + '】' if st else ''}</div>")
    g.init(P[0], "保育所保育料", 2025, "滞納の未然防止", lab, t, st)
h.append("</div><div style='margin-left:4mm' class='g'>滞納繰越分の整理</div><div class='list' style='margin-left:6mm'>")
items_p2 = [("(1)", "卒園した児童の保護者の滞納分は、財産調査の結果に基づき、差押え又は執行停止の判断を早期に行う。", None)]
for lab, t, st in items_p2:
    h.append(f"<div>{lab}　{t}</div>")
    g.init(P[0], "保育所保育料", 2025, "滞納繰越分の整理", lab, t, st)
h.append("</div>")
h.append("<p style='margin-top:2mm'>保育所保育料の令和５年度の収入未済額は"
         + fact(zen(c(hk["out"])) + "千円", hk["out"] * 1000, "outstanding", "yen", "保育所保育料", 2023, "令和５年度",
                "total", "actual")
         + "で、このうち滞納繰越分が"
         + fact(zen(c(hk["out_arr"])) + "千円", hk["out_arr"] * 1000, "outstanding", "yen", "保育所保育料", 2023,
                "令和５年度", "arrears", "actual")
         + "を占める。</p>")
h.append("<div class='foot'>- 4 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

# --------------------------------------------------------------------------- page 5: years head rows
P[0] = 5
HN = ["町税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
YR = [(2019, "2019年度"), (2020, "2020年度"), (2021, "2021年度"), (2022, "2022年度"), (2023, "2023年度")]
h = ["<h2>７　収納率の推移</h2>",
     "<p>主要債権のうち強制徴収公債権の収納率（現年分と滞繰分の合計）の推移は次のとおりである。"
     "令和５（2023）年度の国民健康保険税の収納率は、令和元（2019）年度と比べて"
     + fact(zen(f"{HIST['国民健康保険税'][2023] - HIST['国民健康保険税'][2019]:.2f}") + "ポイント",
            round(HIST["国民健康保険税"][2023] - HIST["国民健康保険税"][2019], 2), "difference", "points",
            "国民健康保険税", 2023, "令和５（2023）年度", "total", "actual")
     + "上昇した。</p>",
     "<div class='cap'>表３　収納率の推移（現年分・滞繰分合計）</div><div class='unit'>（単位：％）</div>",
     "<table style='width:100%;font-size:9.6pt'><thead><tr><th>年度</th>"
     + "".join(f"<th style='width:20%'>{n}</th>" for n in HN) + "</tr></thead><tbody>"]
for fy, fr in YR:
    row = f"<tr><td style='text-align:center'>{fr}</td>"
    for n in HN:
        v = HIST[n][fy]
        row += f"<td class='n'>{fact(f'{v:.2f}', v, 'collection_rate', 'percent', n, fy, fr, 'total', 'actual')}</td>"
    h.append(row + "</tr>")
row = "<tr style='background:#f2f2f2'><td style='text-align:center'>前年度比</td>"
for n in HN:
    dv = round(HIST[n][2023] - HIST[n][2022], 2)
    raw = ("▲" if dv < 0 else "") + f"{abs(dv):.2f}"
    row += f"<td class='n'>{fact(raw, dv, 'difference', 'points', n, 2023, '2023年度', 'total', 'actual')}</td>"
h.append(row + "</tr></tbody></table>")
h.append("<div class='note'>※ 各年度の決算値。前年度比は2023年度と2022年度の差（ポイント）で、▲は低下を示す。</div>")

h.append("<h2>８　計画の推進</h2>")
h.append("<h3>（１）推進体制</h3>")
h.append("<p>副町長を会長とする「みなかみ町債権管理対策会議」において、毎年度、目標の達成状況を確認し、取組の見直しを行う。"
         "目標の達成状況は、町ホームページで公表する。</p>")
h.append("<h3>（２）全庁的な取組</h3><div class='list' style='margin-left:4mm'>")
items_all = [("ア", "債権管理マニュアルを改訂し、債権の発生から消滅までの事務手順を全庁で統一する。", "拡充"),
             ("イ", "債権所管課の職員を対象に、滞納処分や法的措置に関する実務研修を年２回開催する。", "継続"),
             ("ウ", "町税の納税相談の際に他の債権の滞納状況を確認できるよう、情報共有の仕組みを検討する。", "新規")]
for lab, t, st in items_all:
    h.append(f"<div>{lab}　{t}【{st}】</div>")
    g.init(P[0], None, 2025, "全庁的な取組", lab, t, st, debt_raw=None)
h.append("</div>")
h.append("<div class='foot'>- 5 -</div>")
pages.append("<div class='page'>" + "".join(h) + "</div>")

html = (f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style>"
        f"</head><body>{''.join(pages)}</body></html>")
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
pdf = chromium_pdf(src, STEM)
g.write(pdf)
