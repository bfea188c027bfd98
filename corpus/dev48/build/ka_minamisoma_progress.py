"""ka_minamisoma_progress_1: 南相馬市 令和５年度 市税等の収納状況及び債権管理の取組状況（中間報告）.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (one landscape named page, inline SVG chart).
Run from corpus/dev48:  python3 build/ka_minamisoma_progress.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ka_common import WORK, Gold, check, k, num, pct, rate, zen  # noqa: E402

STEM = "ka_minamisoma_progress_1"
FY, FYR = 2023, "令和５年度"
PFY, PFYR = 2022, "令和４年度"
AS_OF, PREV_AS_OF = "2024-02-29", "2023-02-28"
CITY = "南相馬市"

g = Gold(STEM, "progress_report", "progress", CITY,
         "令和５年度 市税等の収納状況及び債権管理の取組状況について（中間報告）",
         "2024-03-14", "令和６年３月１４日")

# ---------------------------------------------------------------- data (yen)
# key, short label printed in tables, full name, canonical debt,
# current assessed, current collected, arrears assessed, arrears collected,
# same month last year (令和５年２月末) rates: current, arrears
DEBTS = [
    ("tax", "市税", "市税", "市税", 8412356200, 7702845300, 312845100, 68912400, 91.27, 21.46),
    ("kokuho", "国保税※1", "国民健康保険税", "国民健康保険料", 1286432100, 1084563200, 398214500, 72341800, 83.77, 17.40),
    ("kaigo", "介護料", "介護保険料", "介護保険料", 1153218400, 1067912300, 42318600, 9214300, 92.38, 20.95),
    ("kouki", "後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", 412356800, 391245100, 8412300, 3214800, 95.02, 36.84),
    ("hoiku", "保育料", "保育所等保育料", "保育料", 48213500, 45128900, 12845300, 2312400, 93.12, 18.76),
    ("jutaku", "住宅使用料", "市営住宅使用料", "市営住宅使用料", 268431200, 241356700, 86312500, 11245800, 90.15, 12.48),
]


def rows_k():
    """Per debt the 千円 figures printed on page 2, and the rates (from yen)."""
    out = []
    for key, short, full, canon, ca, cc, aa, ac, pc, pa in DEBTS:
        ta, tc = ca + aa, cc + ac
        out.append(dict(key=key, short=short, full=full, canon=canon,
                        ca=k(ca), cc=k(cc), aa=k(aa), ac=k(ac), ta=k(ca) + k(aa), tc=k(cc) + k(ac),
                        cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta),
                        pc=pc, pa=pa, yen=(ca, cc, aa, ac)))
    for r in out:  # the rate from the printed 千円 figures must agree with the rate from yen
        assert rate(r["cc"], r["ca"]) == r["cr"] and rate(r["ac"], r["aa"]) == r["ar"], r["key"]
        assert rate(r["tc"], r["ta"]) == r["tr"], r["key"]
        # last year's total rate: last year's segment rates weighted by this year's assessed amounts
        r["pt"] = float(f"{(r['pc'] * r['ca'] + r['pa'] * r['aa']) / r['ta']:.2f}")
    return out


R = rows_k()
BY = {r["key"]: r for r in R}
TOT = dict(ca=sum(r["ca"] for r in R), cc=sum(r["cc"] for r in R), aa=sum(r["aa"] for r in R),
           ac=sum(r["ac"] for r in R))
TOT["ta"], TOT["tc"] = TOT["ca"] + TOT["aa"], TOT["cc"] + TOT["ac"]
TOT["cr"], TOT["ar"], TOT["tr"] = rate(TOT["cc"], TOT["ca"]), rate(TOT["ac"], TOT["aa"]), rate(TOT["tc"], TOT["ta"])
# last year's rates for all six debts together: weighted by this year's assessed amounts
TOT["pc"] = float(f"{sum(r['pc'] * r['ca'] for r in R) / TOT['ca']:.2f}")
TOT["pa"] = float(f"{sum(r['pa'] * r['aa'] for r in R) / TOT['aa']:.2f}")
TOT["pt"] = float(f"{(TOT['pc'] * TOT['ca'] + TOT['pa'] * TOT['aa']) / TOT['ta']:.2f}")

TAX_OUT = sum(BY["tax"]["yen"][0:1]) - BY["tax"]["yen"][1] + BY["tax"]["yen"][2] - BY["tax"]["yen"][3]
TAX_OUT_PREV_K = 991512  # 令和５年２月末 市税収入未済額（千円）
assert TAX_OUT == 953443600

# 市税 (現年課税分) cumulative monthly rates; 本年度 Feb equals the page-2 current rate
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
M_DATES_THIS = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
                "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", None]
M_DATES_PREV = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
                "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
M_THIS = [13.02, 24.88, 38.65, 46.52, 55.91, 61.47, 69.05, 73.30, 78.42, 84.51, BY["tax"]["cr"], None]
M_PREV = [12.84, 24.51, 38.22, 46.35, 55.48, 61.02, 68.77, 72.91, 78.10, 84.12, BY["tax"]["pc"], 95.86]

# 【収納率】令和５年12月末時点 (市税)
DEC = {"current": 78.42, "arrears": 18.05, "total": 75.88}
assert DEC["current"] == M_THIS[8]

# 市税 収入未済額 at each February end (百万円, one decimal)
CHART = [(2019, "R1", "2020-02-29", 1124.6), (2020, "R2", "2021-02-28", 1203.8), (2021, "R3", "2022-02-28", 1056.3),
         (2022, "R4", "2023-02-28", 991.5), (2023, "R5", "2024-02-29", 953.4)]
assert round(TAX_OUT / 1e6, 1) == 953.4 and round(TAX_OUT_PREV_K / 1e3, 1) == 991.5

# 区別 市税 (yen): current assessed, current collected, arrears assessed, arrears collected, last-year rates, 滞納者数
WARDS = [("原町区", 6102345800, 5596321400, 228412300, 51845200, 91.40, 21.92, 1842),
         ("鹿島区", 1412876300, 1291874500, 51234600, 10312700, 91.21, 20.44, 423)]
_t = BY["tax"]["yen"]
WARDS.append(("小高区", _t[0] - 6102345800 - 1412876300, _t[1] - 5596321400 - 1291874500,
              _t[2] - 228412300 - 51234600, _t[3] - 51845200 - 10312700, 90.52, 19.87, 287))

# per-debt sheets: (rate label -> (this, previous)) for 現年度分 / 滞納繰越分
SHEET = {
    "kokuho": dict(est=((93.80, 93.52), (24.50, 23.96)), tgt=((94.00, 93.80), (25.00, 24.00))),
    "kaigo": dict(est=((98.60, 98.47), (26.00, 25.12)), tgt=((98.70, 98.60), (26.00, 25.00))),
    "jutaku": dict(est=((96.20, 95.88), (15.50, 14.92)), tgt=((96.50, 96.30), (16.00, 15.00))),
}

# 滞納処分等の状況: 差押件数 (this, last), 滞納者数等 (this, last, unit)
SEIZE = [("市税", "市税", "tax", (412, 386), (2552, 2698, "persons")),
         ("国保税※", "国民健康保険料", "kokuho", (138, 121), (1104, 1187, "households")),
         ("介護料", "介護保険料", "kaigo", (21, 18), (512, 538, "persons")),
         ("住宅使用料", "市営住宅使用料", "jutaku", None, (214, 236, "persons"))]
assert sum(w[7] for w in WARDS) == SEIZE[0][4][0]

# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; color: #111; }
.page { width: 210mm; height: 296mm; padding: 16mm 17mm 12mm 17mm; position: relative; overflow: hidden;
        break-after: page; }
.land { page: land; width: 297mm; height: 209mm; padding: 12mm 14mm 10mm 14mm; }
.pno { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; text-align: center; margin: 4mm 0 2mm 0; font-weight: normal; }
h2 { font-family: 'IPAexGothic'; font-size: 12pt; margin: 5mm 0 2mm 0; font-weight: normal;
     border-left: 5px solid #2f5f8a; padding-left: 2mm; }
h3 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 3mm 0 1mm 0; font-weight: normal; }
p { margin: 1mm 0; line-height: 1.65; text-indent: 1em; text-align: justify; }
.right { text-align: right; }
.sub { text-align: center; font-family: 'IPAexGothic'; margin-bottom: 3mm; }
table { border-collapse: collapse; }
.z { font-family: 'IPAexGothic'; font-size: 7.6pt; width: 100%; }
.z th { background: #2f5f8a; color: #fff; font-weight: normal; padding: 1.2mm 0.8mm; border: 1px solid #fff; }
.z td { padding: 1.4mm 1mm; text-align: right; border-left: 1px solid #fff; }
.z tbody tr:nth-child(odd) td { background: #e6eef6; }
.z tbody tr:nth-child(even) td { background: #ffffff; }
.z td.l { text-align: left; }
.z tr.sum td { background: #c9d9ea !important; font-weight: bold; }
.unit { font-size: 8.5pt; text-align: right; margin: 0 0 1mm 0; }
.note { font-size: 8.3pt; line-height: 1.45; margin: 0.6mm 0 0 0; text-indent: 0; }
.box { border: 1.3px solid #333; padding: 2mm 4mm; margin: 2mm 0 2mm 0; font-family: 'IPAexGothic'; }
.box div { margin: 0.8mm 0; }
.r { font-family: 'IPAexGothic'; width: 100%; font-size: 8.6pt; }
.r th, .r td { border: 1px solid #444; padding: 1.2mm 1.4mm; }
.r th { background: #e3e3e3; font-weight: normal; }
.r td { text-align: right; }
.r td.l { text-align: left; }
.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 2mm 0 1mm 0; }
.boxed { border: 1.5px solid #333; padding: 2.5mm; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.pair { display: flex; gap: 4mm; }
.pair > div { flex: 1; }
.hdr { width: 100%; font-family: 'IPAexGothic'; font-size: 10pt; margin-top: 2mm; }
.hdr td { border: 1.5px solid #222; padding: 2mm 3mm; background: #f1f1f1; }
.rt { font-family: 'IPAexGothic'; margin: 1.2mm 0 1.2mm 4mm; font-size: 10pt; }
.item { margin: 1.5mm 0 0 0; }
.item .t { font-family: 'IPAexGothic'; }
.item p { margin-left: 1em; }
ul.b { margin: 1mm 0 0 0; padding-left: 5mm; }
ul.b li { margin: 0.8mm 0; line-height: 1.55; }
"""


class Doc:
    def __init__(self):
        self.pages: list[str] = []

    def add(self, body: str, land: bool = False):
        n = len(self.pages) + 1
        cls = "page land" if land else "page"
        self.pages.append(f'<div class="{cls}">{body}<div class="pno">- {n} -</div></div>')

    @property
    def next(self) -> int:
        return len(self.pages) + 1

    def html(self) -> str:
        return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS +
                "</style></head><body>" + "".join(self.pages) + "</body></html>")


D = Doc()
SEGS = (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))


def F(page, raw, value, unit, metric, debt, debt_raw, seg, basis="interim", fy=FY, fyr=FYR, as_of=AS_OF,
      approx=False, area=None):
    g.fact(page, raw, value, unit, metric, debt, debt_raw, fy, fyr, seg, basis,
           as_of if basis == "interim" else None, approx, area)


# ---------------------------------------------------------------- page 1: 概要
def page1():
    p = D.next
    t = BY["tax"]
    d_tot = round(t["tr"] - t["pt"], 2)
    d_k = BY["kokuho"]
    kaigo = BY["kaigo"]
    out_approx = round(TAX_OUT / 1e6) * 1_000_000           # 約9億5,300万円
    diff = TAX_OUT - TAX_OUT_PREV_K * 1000
    diff_approx = round(diff / 1e6) * 1_000_000              # 約3,800万円減少
    assert out_approx == 953_000_000 and diff_approx == -38_000_000
    body = f"""
<div class="right">令和６年３月１４日</div>
<div class="right">総務部 納税課・債権管理対策室</div>
<h1>令和５年度 市税等の収納状況及び<br>債権管理の取組状況について（中間報告）</h1>
<div class="sub">（令和６年２月末現在）</div>
<h2>１　概要</h2>
<p>本市では、「南相馬市債権管理方針」に基づき、市税及び税外債権の収納率の向上と収入未済額の縮減に全庁で取り組んでいる。本報告は、令和５年度の収納状況を令和６年２月末現在で取りまとめ、前年同月との比較及び年度末（決算）の見込みとあわせて、年度末に向けた取組を整理したものである。</p>
<h3>（１）市税</h3>
<p>令和６年２月末現在の市税の収納率（現年度分及び滞納繰越分の計）は{pct(t['tr'])}％で、前年同月と比べ{pct(d_tot)}ポイント上昇した。収入未済額は約９億５,３００万円で、前年同月から約３,８００万円減少している（※）。</p>
<div class="box">
<div>【収納率】令和５年12月末時点</div>
<div>・現年分　{zen(pct(DEC['current']))}％</div>
<div>・滞繰分　{zen(pct(DEC['arrears']))}％</div>
<div>・全体　　{zen(pct(DEC['total']))}％</div>
</div>
<h3>（２）国民健康保険税</h3>
<p>現年度分の収納率は{pct(d_k['cr'])}％で、前年同月比{pct(round(d_k['cr'] - d_k['pc'], 2))}ポイントの上昇となった。滞納繰越分の収納率は{pct(d_k['ar'])}％で、同{pct(round(d_k['ar'] - d_k['pa'], 2))}ポイント上昇している。</p>
<h3>（３）税外債権</h3>
<p>介護保険料の現年度分収納率は{pct(kaigo['cr'])}％で、前年同月（{pct(kaigo['pc'])}％）を{pct(round(kaigo['cr'] - kaigo['pc'], 2))}ポイント上回った。市営住宅使用料は、災害公営住宅の退去者に係る滞納の解消が課題となっており、滞納繰越分の収納率は{pct(BY['jutaku']['ar'])}％にとどまっている。</p>
<p class="note">※ 前年同月（令和５年２月末）の市税の収入未済額は {num(TAX_OUT_PREV_K)}千円である。</p>
"""
    F(p, f"{pct(t['tr'])}％", t["tr"], "percent", "collection_rate", "市税", "市税", "total")
    F(p, f"{pct(d_tot)}ポイント上昇", d_tot, "points", "difference", "市税", "市税", "total")
    F(p, "約９億５,３００万円", out_approx, "yen", "outstanding", "市税", "市税", "total", approx=True)
    F(p, "約３,８００万円減少", diff_approx, "yen", "difference", "市税", "市税", "total", approx=True)
    for seg, _ in SEGS:
        F(p, f"{zen(pct(DEC[seg]))}％", DEC[seg], "percent", "collection_rate", "市税", "市税", seg,
          fyr="令和５年12月末", as_of="2023-12-31")
    F(p, f"{pct(d_k['cr'])}％", d_k["cr"], "percent", "collection_rate", "国民健康保険料", "国民健康保険税", "current")
    F(p, f"{pct(round(d_k['cr'] - d_k['pc'], 2))}ポイント", round(d_k["cr"] - d_k["pc"], 2), "points", "difference",
      "国民健康保険料", "国民健康保険税", "current")
    F(p, f"{pct(d_k['ar'])}％", d_k["ar"], "percent", "collection_rate", "国民健康保険料", "国民健康保険税", "arrears")
    F(p, f"{pct(round(d_k['ar'] - d_k['pa'], 2))}ポイント上昇", round(d_k["ar"] - d_k["pa"], 2), "points", "difference",
      "国民健康保険料", "国民健康保険税", "arrears")
    F(p, f"{pct(kaigo['cr'])}％", kaigo["cr"], "percent", "collection_rate", "介護保険料", "介護保険料", "current")
    F(p, f"（{pct(kaigo['pc'])}％）", kaigo["pc"], "percent", "collection_rate", "介護保険料", "介護保険料", "current",
      fy=PFY, fyr="前年同月", as_of=PREV_AS_OF)
    F(p, f"{pct(round(kaigo['cr'] - kaigo['pc'], 2))}ポイント", round(kaigo["cr"] - kaigo["pc"], 2), "points",
      "difference", "介護保険料", "介護保険料", "current")
    F(p, f"{pct(BY['jutaku']['ar'])}％", BY["jutaku"]["ar"], "percent", "collection_rate", "市営住宅使用料",
      "市営住宅使用料", "arrears")
    F(p, f"{num(TAX_OUT_PREV_K)}千円", TAX_OUT_PREV_K * 1000, "yen", "outstanding", "市税", "市税", "total",
      fy=PFY, fyr="令和５年２月末", as_of=PREV_AS_OF)
    D.add(body)


# ---------------------------------------------------------------- page 2: summary table (landscape)
def page2():
    p = D.next
    head = """
<tr><th rowspan="3" style="width:9%">債権名</th><th colspan="9">令和５年度（令和６年２月末現在）</th>
<th colspan="3">令和４年度（令和５年２月末）</th><th colspan="3">前年同月比</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th>
<th rowspan="2">現年度分</th><th rowspan="2">滞納繰越分</th><th rowspan="2">計</th>
<th rowspan="2">現年度分</th><th rowspan="2">滞納繰越分</th><th rowspan="2">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率※2</th><th>調定額</th><th>収入済額</th><th>収納率※2</th>
<th>調定額</th><th>収入済額</th><th>収納率※2</th></tr>"""
    rows = []

    def emit(label, r, debt, debt_raw, cls=""):
        cells = [f'<td class="l">{label}</td>']
        vals = [("assessed", "current", r["ca"]), ("collected", "current", r["cc"]), ("collection_rate", "current", r["cr"]),
                ("assessed", "arrears", r["aa"]), ("collected", "arrears", r["ac"]), ("collection_rate", "arrears", r["ar"]),
                ("assessed", "total", r["ta"]), ("collected", "total", r["tc"]), ("collection_rate", "total", r["tr"])]
        for metric, seg, v in vals:
            if metric == "collection_rate":
                txt = pct(v)
                if debt_raw == "住宅使用料" and seg == "arrears":
                    txt += "※3"
                cells.append(f"<td>{txt}</td>")
                F(p, txt, v, "percent", metric, debt, debt_raw, seg)
            else:
                cells.append(f"<td>{num(v)}</td>")
                F(p, num(v), v * 1000, "yen", metric, debt, debt_raw, seg)
        for seg, key in (("current", "pc"), ("arrears", "pa"), ("total", "pt")):
            cells.append(f"<td>{pct(r[key])}</td>")
            F(p, pct(r[key]), r[key], "percent", "collection_rate", debt, debt_raw, seg, fy=PFY, fyr=PFYR,
              as_of=PREV_AS_OF)
        for seg, a, b in (("current", "cr", "pc"), ("arrears", "ar", "pa"), ("total", "tr", "pt")):
            d = round(r[a] - r[b], 2)
            cells.append(f"<td>{pct(d)}</td>")
            F(p, pct(d), d, "points", "difference", debt, debt_raw, seg)
        rows.append(f'<tr class="{cls}">' + "".join(cells) + "</tr>")

    for r in R:
        raw_label = r["short"]
        emit(raw_label, r, r["canon"], raw_label.replace("※1", ""))
    emit("合計", TOT, None, "合計", "sum")
    body = f"""
<h2>２　主要債権の収納状況（令和６年２月末現在）</h2>
<div class="unit">（単位：千円、％、ポイント）</div>
<table class="z"><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>
<p class="note">（注）債権名の略称　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所等保育料、住宅使用料＝市営住宅使用料（災害公営住宅を含む。）</p>
<p class="note">※1 国保税は、医療給付費分、後期高齢者支援金等分及び介護納付金分の合計である。</p>
<p class="note">※2 収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）。前年同月比は本年度の収納率から前年同月の収納率を差し引いたもの（△は低下）。</p>
<p class="note">※3 住宅使用料の滞納繰越分には、災害公営住宅の家賃減免の見直しに伴う調定の更正分を含む。</p>
<p class="note">※ 調定額及び収入済額は千円未満を四捨五入しているため、計と内訳が一致しない場合がある。</p>
"""
    D.add(body, land=True)


# ---------------------------------------------------------------- page 3: wards, 円 beside 千円
def page3():
    p = D.next
    rows = []
    tot_cnt = 0
    for name, ca, cc, aa, ac, pc, pa, cnt in WARDS:
        cr, ar = rate(cc, ca), rate(ac, aa)
        rows.append((name, cr, ar, pc, pa, cnt, name))
        tot_cnt += cnt
    t = BY["tax"]
    rows.append(("合計", t["cr"], t["ar"], t["pc"], t["pa"], tot_cnt, None))
    trs = []
    for name, cr, ar, pc, pa, cnt, area in rows:
        debt_raw = "市税"
        dc, da = round(cr - pc, 2), round(ar - pa, 2)
        trs.append(f"<tr><td class='l'>{name}</td><td>{pct(cr)}</td><td>{pct(ar)}</td><td>{pct(pc)}</td>"
                   f"<td>{pct(pa)}</td><td>{pct(dc)}</td><td>{pct(da)}</td><td>{num(cnt)}</td></tr>")
        F(p, pct(cr), cr, "percent", "collection_rate", "市税", debt_raw, "current", fyr="本年度", area=area)
        F(p, pct(ar), ar, "percent", "collection_rate", "市税", debt_raw, "arrears", fyr="本年度", area=area)
        F(p, pct(pc), pc, "percent", "collection_rate", "市税", debt_raw, "current", fy=PFY, fyr="前年度",
          as_of=PREV_AS_OF, area=area)
        F(p, pct(pa), pa, "percent", "collection_rate", "市税", debt_raw, "arrears", fy=PFY, fyr="前年度",
          as_of=PREV_AS_OF, area=area)
        F(p, pct(dc), dc, "points", "difference", "市税", debt_raw, "current", fyr="本年度", area=area)
        F(p, pct(da), da, "points", "difference", "市税", debt_raw, "arrears", fyr="本年度", area=area)
        F(p, num(cnt), cnt, "persons", "delinquents", "市税", debt_raw, "total", fyr="本年度", area=area)
    ward = f"""
<div class="cap">表１　令和５年度 区別 市税収納率（令和６年２月末現在）</div>
<div class="boxed">
<div class="unit">（単位：％、ポイント、人）</div>
<table class="r"><thead>
<tr><th rowspan="2">区</th><th colspan="2">本年度</th><th colspan="2">前年度</th><th colspan="2">増減</th><th rowspan="2">滞納者数</th></tr>
<tr><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th></tr>
</thead><tbody>{''.join(trs)}</tbody></table>
<p class="note">本年度は令和６年２月末現在、前年度は令和５年２月末現在の数値。滞納者数は本年度の実人数（現年分・滞繰分の重複を除く。）。</p>
</div>
<div class="src">出典：南相馬市税務システム収納管理データ（令和６年３月４日抽出）</div>
"""
    # 国保税 in 円, 介護保険料 in 千円
    ky = BY["kokuho"]["yen"]
    kg = BY["kaigo"]

    def yen_table():
        ca, cc, aa, ac = ky
        lines = [("現年分", "current", ca, cc), ("滞繰分", "arrears", aa, ac), ("計", "total", ca + aa, cc + ac)]
        trs = []
        for lab, seg, a, c in lines:
            r_ = rate(c, a)
            trs.append(f"<tr><td class='l'>{lab}</td><td>{num(a)}</td><td>{num(c)}</td><td>{pct(r_)}</td></tr>")
            F(p, num(a), a, "yen", "assessed", "国民健康保険料", "国民健康保険税", seg)
            F(p, num(c), c, "yen", "collected", "国民健康保険料", "国民健康保険税", seg)
            F(p, pct(r_), r_, "percent", "collection_rate", "国民健康保険料", "国民健康保険税", seg)
        return ("<table class='r'><thead><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th>"
                "<th>収納率（％）</th></tr></thead><tbody>" + "".join(trs) + "</tbody></table>")

    def k_table():
        lines = [("現年分", "current", kg["ca"], kg["cc"], kg["cr"]), ("滞繰分", "arrears", kg["aa"], kg["ac"], kg["ar"]),
                 ("計", "total", kg["ta"], kg["tc"], kg["tr"])]
        trs = []
        for lab, seg, a, c, r_ in lines:
            trs.append(f"<tr><td class='l'>{lab}</td><td>{num(a)}</td><td>{num(c)}</td><td>{pct(r_)}</td></tr>")
            F(p, num(a), a * 1000, "yen", "assessed", "介護保険料", "介護保険料", seg)
            F(p, num(c), c * 1000, "yen", "collected", "介護保険料", "介護保険料", seg)
            F(p, pct(r_), r_, "percent", "collection_rate", "介護保険料", "介護保険料", seg)
        return ("<table class='r'><thead><tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th>"
                "<th>収納率（％）</th></tr></thead><tbody>" + "".join(trs) + "</tbody></table>")

    body = f"""
<h2>３　区別の収納状況（市税）</h2>
<p>市税の収納率を区別にみると、現年分はいずれの区も前年度を上回った。滞繰分は原町区及び小高区で上昇した一方、鹿島区では低下しており、高額滞納案件の分納の遅れが主な要因である。</p>
{ward}
<h2>４　国民健康保険税及び介護保険料の収納状況</h2>
<p>保険年金課及び長寿福祉課が所管する２債権の令和６年２月末現在の収納状況は、次のとおりである。</p>
<div class="pair">
<div><div class="cap">表２　国民健康保険税</div>{yen_table()}</div>
<div><div class="cap">表３　介護保険料</div>{k_table()}</div>
</div>
<p class="note">※ 表２は円単位、表３は千円単位（千円未満四捨五入）で表示している。</p>
"""
    D.add(body)


# ---------------------------------------------------------------- page 4: monthly table + chart
def page4():
    p = D.next
    th = "".join(f"<th>{m}</th>" for m in MONTHS)
    this_cells, prev_cells, diff_cells = [], [], []
    for i, m in enumerate(MONTHS):
        if M_THIS[i] is None:
            this_cells.append("<td>－</td>")
        else:
            this_cells.append(f"<td>{pct(M_THIS[i])}</td>")
            F(p, pct(M_THIS[i]), M_THIS[i], "percent", "collection_rate", "市税", "市税（現年課税分）", "current",
              fyr="本年度", as_of=M_DATES_THIS[i])
        prev_cells.append(f"<td>{pct(M_PREV[i])}</td>")
        F(p, pct(M_PREV[i]), M_PREV[i], "percent", "collection_rate", "市税", "市税（現年課税分）", "current",
          fy=PFY, fyr="前年度", as_of=M_DATES_PREV[i])
        if M_THIS[i] is None:
            diff_cells.append("<td>－</td>")
        else:
            d = round(M_THIS[i] - M_PREV[i], 2)
            diff_cells.append(f"<td>{pct(d)}</td>")
            F(p, pct(d), d, "points", "difference", "市税", "市税（現年課税分）", "current", fyr="本年度",
              as_of=M_DATES_THIS[i])
    table = f"""
<table class="r" style="font-size:7.8pt"><thead><tr><th colspan="2">区分</th>{th}</tr></thead><tbody>
<tr><th rowspan="2" class="vt" style="width:7mm">収納率</th><th>本年度</th>{''.join(this_cells)}</tr>
<tr><th>前年度</th>{''.join(prev_cells)}</tr>
<tr><th colspan="2">差</th>{''.join(diff_cells)}</tr>
</tbody></table>"""
    # SVG bar chart
    W, H, x0, y0, bw = 640, 250, 60, 210, 70
    vmax = 1300.0
    parts = [f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexGothic" font-size="12">',
             f'<line x1="{x0}" y1="{y0}" x2="{W - 20}" y2="{y0}" stroke="#333"/>',
             f'<line x1="{x0}" y1="20" x2="{x0}" y2="{y0}" stroke="#333"/>']
    for tick in (0, 400, 800, 1200):
        y = y0 - tick / vmax * 180
        parts.append(f'<text x="{x0 - 6}" y="{y + 4}" text-anchor="end" font-size="10">{tick:,}</text>')
        if tick:
            parts.append(f'<line x1="{x0}" y1="{y}" x2="{W - 20}" y2="{y}" stroke="#ccc" stroke-dasharray="3,3"/>')
    for i, (fy, lab, as_of, v) in enumerate(CHART):
        x = x0 + 30 + i * 110
        h = v / vmax * 180
        parts.append(f'<rect x="{x}" y="{y0 - h}" width="{bw}" height="{h}" fill="#6f93b8"/>')
        parts.append(f'<text x="{x + bw / 2}" y="{y0 - h - 6}" text-anchor="middle">{v:,.1f}</text>')
        parts.append(f'<text x="{x + bw / 2}" y="{y0 + 16}" text-anchor="middle">{lab}</text>')
        F(p, f"{v:,.1f}", int(round(v * 1_000_000)), "yen", "outstanding", "市税", "市税", "total", fy=fy, fyr=lab,
          as_of=as_of)
    parts.append("</svg>")
    body = f"""
<h2>５　月別収納状況（市税・現年課税分）</h2>
<p>本年度（令和５年度）と前年度（令和４年度）の月末累計収納率の推移は、次のとおりである。</p>
<div class="unit">（単位：％、ポイント）</div>
{table}
<p class="note">※ 各月末時点の累計収納率。本年度の３月末は集計前のため「－」としている。</p>
<h3 style="margin-top:7mm">市税 収入未済額の推移（各年度２月末現在）（単位：百万円）</h3>
<div style="text-align:center">{''.join(parts)}</div>
<p class="note">※ R2は、新型コロナウイルス感染症に係る徴収猶予の特例を受けた額（約８７百万円）を含む。</p>
<p>収入未済額は、徴収猶予の特例が適用された令和２年度をピークに減少を続けており、本年度２月末では前年同月を下回っている。</p>
"""
    F(p, "約８７百万円", 87_000_000, "yen", "deferred_amount", "市税", "市税", "total", fy=2020, fyr="R2",
      as_of="2021-02-28", approx=True)
    D.add(body)


# ---------------------------------------------------------------- pages 5, 6: per-debt sheets
SHEET_TEXT = {
    "kokuho": dict(
        dept="健康福祉部 保険年金課",
        items=[
            ("短期被保険者証更新時の納付相談の徹底",
             "短期被保険者証の更新時期に合わせて滞納世帯との面談機会を確保し、生活状況を聴き取ったうえで分納誓約の締結や完納を促す。"),
            ("財産調査の早期実施と滞納処分の執行",
             "督促状の指定期限を経過した世帯について、預貯金及び給与の調査を速やかに行い、納付資力がありながら納付に応じない世帯には差押えを執行する。"),
            ("口座振替の加入促進",
             "国保加入手続の窓口においてキャッシュカードによる口座振替受付を案内し、納め忘れによる新規滞納の発生を抑制する。"),
        ],
        status=["口座振替加入率は２月末現在48.2％で、前年同月比1.1ポイント上昇した。",
                "差押件数は２月末累計で138件（前年同月121件）となり、預貯金の差押えを中心に滞納処分を進めている。"],
    ),
    "kaigo": dict(
        dept="健康福祉部 長寿福祉課",
        items=[
            ("普通徴収者への早期催告",
             "年金からの特別徴収に移行するまでの普通徴収者に対し、納期限後１か月以内に文書及び電話による催告を行う。"),
            ("給付制限の周知",
             "滞納が続いた場合の給付制限について、催告書に説明文書を同封し、被保険者及び家族への周知を図る。"),
        ],
        status=["電話催告は２月末累計で1,246件実施し、うち418件で納付又は納付約束につながった。"],
    ),
    "jutaku": dict(
        dept="建設部 建築住宅課",
        items=[
            ("退去者滞納分の法的措置",
             "連帯保証人への請求を行ってもなお納付のない退去者について、支払督促の申立てを行う。"),
            ("入居中の滞納者への家賃相談",
             "収入の減少により家賃の支払が困難となった入居者に対し、家賃減免制度の案内と分納相談を行い、滞納の長期化を防ぐ。"),
        ],
        status=["支払督促の申立ては２月末までに６件行い、うち２件で分納誓約に至った。"],
    ),
}


def sheet(p, key):
    r = BY[key]
    st = SHEET[key]
    tx = SHEET_TEXT[key]
    full, canon = r["full"], r["canon"]
    (ec, ecp), (ea, eap) = st["est"]
    (tc_, tcp), (ta_, tap) = st["tgt"]
    lines = f"""
<table class="hdr"><tr><td>債権名　{full}</td><td>所管課　{tx['dept']}</td></tr></table>
<div class="rt">２月末収納率　現年度分 {pct(r['cr'])}％（前年同月 {pct(r['pc'])}％）　滞納繰越分 {pct(r['ar'])}％（前年同月 {pct(r['pa'])}％）</div>
<div class="rt">決算見込収納率　現年度分 {pct(ec)}％（前年度決算 {pct(ecp)}％）　滞納繰越分 {pct(ea)}％（前年度決算 {pct(eap)}％）</div>
<div class="rt">目標収納率　現年度分 {pct(tc_)}％（前年度目標 {pct(tcp)}％）　滞納繰越分 {pct(ta_)}％（前年度目標 {pct(tap)}％）</div>
"""
    for seg, v, pv in (("current", r["cr"], r["pc"]), ("arrears", r["ar"], r["pa"])):
        F(p, f"{pct(v)}％", v, "percent", "collection_rate", canon, full, seg, fyr="２月末")
        F(p, f"{pct(pv)}％", pv, "percent", "collection_rate", canon, full, seg, fy=PFY, fyr="前年同月", as_of=PREV_AS_OF)
    for seg, v, pv in (("current", ec, ecp), ("arrears", ea, eap)):
        F(p, f"{pct(v)}％", v, "percent", "collection_rate", canon, full, seg, basis="estimate", fyr="決算見込")
        F(p, f"{pct(pv)}％", pv, "percent", "collection_rate", canon, full, seg, basis="actual", fy=PFY, fyr="前年度決算")
    for seg, v, pv in (("current", tc_, tcp), ("arrears", ta_, tap)):
        F(p, f"{pct(v)}％", v, "percent", "collection_rate", canon, full, seg, basis="target", fyr="目標")
        F(p, f"{pct(pv)}％", pv, "percent", "collection_rate", canon, full, seg, basis="target", fy=PFY, fyr="前年度目標")
    items = []
    for i, (title, text) in enumerate(tx["items"], 1):
        lab = f"（{zen(i)}）"
        items.append(f'<div class="item"><div class="t">{lab}{title}</div><p>{text}</p></div>')
        g.init(p, canon, full, FY, "主な取組", f"({i})", title + text)
    stat = "".join(f"<li>{s}</li>" for s in tx["status"])
    return lines + '<h3>●主な取組</h3>' + "".join(items) + '<h3>●取組状況（２月末）</h3><ul class="b">' + stat + "</ul>"


def page5():
    p = D.next
    body = "<h2>６　債権別の取組状況</h2>" + sheet(p, "kokuho")
    F(p, "138件", 138, "cases", "seizures", "国民健康保険料", "国民健康保険税", "total", fyr="２月末累計")
    F(p, "121件", 121, "cases", "seizures", "国民健康保険料", "国民健康保険税", "total", fy=PFY, fyr="前年同月",
      as_of=PREV_AS_OF)
    F(p, "48.2％", 48.2, "percent", "account_transfer_rate", "国民健康保険料", "国民健康保険税", "total",
      fyr="２月末現在")
    F(p, "1.1ポイント上昇", 1.1, "points", "difference_account_transfer_rate", "国民健康保険料", "国民健康保険税",
      "total", fyr="２月末現在")
    body += """
<h3>●課題</h3>
<p>滞納繰越分は、長期・少額の分納案件が多く、財産調査の結果、納付資力が乏しいと判断される世帯も増えている。執行停止の判断基準を明確にし、徴収の見込みのある案件に人員を重点配分する必要がある。</p>"""
    D.add(body)


def page6():
    p = D.next
    body = sheet(p, "kaigo") + '<div style="height:4mm"></div>' + sheet(p, "jutaku")
    F(p, "1,246件", 1246, "cases", "phone_reminders", "介護保険料", "介護保険料", "total", fyr="２月末累計")
    F(p, "418件", 418, "cases", "phone_reminders_effective", "介護保険料", "介護保険料", "total", fyr="２月末累計")
    F(p, "６件", 6, "cases", "payment_orders", "市営住宅使用料", "市営住宅使用料", "total", fyr="２月末")
    F(p, "２件", 2, "cases", "installment_pledges", "市営住宅使用料", "市営住宅使用料", "total", fyr="２月末")
    D.add(body)


# ---------------------------------------------------------------- page 7: seizures, counts, next steps
def page7():
    p = D.next
    trs = []
    for lab, canon, key, sz, cnt in SEIZE:
        raw_debt = lab.replace("※", "")
        c = [f"<td class='l'>{lab}</td>"]
        if sz is None:
            c += ["<td>－</td>", "<td>－</td>", "<td>－</td>"]
        else:
            d = sz[0] - sz[1]
            c += [f"<td>{num(sz[0])}</td>", f"<td>{num(sz[1])}</td>", f"<td>{num(d)}</td>"]
            F(p, num(sz[0]), sz[0], "cases", "seizures", canon, raw_debt, "total", fyr="本年度")
            F(p, num(sz[1]), sz[1], "cases", "seizures", canon, raw_debt, "total", fy=PFY, fyr="前年度", as_of=PREV_AS_OF)
            F(p, num(d), d, "cases", "difference", canon, raw_debt, "total", fyr="本年度")
        d = cnt[0] - cnt[1]
        c += [f"<td>{num(cnt[0])}</td>", f"<td>{num(cnt[1])}</td>", f"<td>{num(d)}</td>"]
        F(p, num(cnt[0]), cnt[0], cnt[2], "delinquents", canon, raw_debt, "total", fyr="本年度")
        F(p, num(cnt[1]), cnt[1], cnt[2], "delinquents", canon, raw_debt, "total", fy=PFY, fyr="前年度", as_of=PREV_AS_OF)
        F(p, num(d), d, cnt[2], "difference", canon, raw_debt, "total", fyr="本年度")
        trs.append("<tr>" + "".join(c) + "</tr>")
    table = f"""
<table class="r"><thead>
<tr><th rowspan="2">債権名</th><th colspan="3">差押件数（件）</th><th colspan="3">滞納者数（人）</th></tr>
<tr><th>本年度</th><th>前年度</th><th>増減</th><th>本年度</th><th>前年度</th><th>増減</th></tr>
</thead><tbody>{''.join(trs)}</tbody></table>
<p class="note">※ 国保税の滞納者数欄は滞納世帯数（世帯）を示す。本年度は令和６年２月末、前年度は令和５年２月末の数値。</p>"""
    items = [
        ("納税課", "市税", "市税", "３月を滞納整理強化月間とし、現年度分の未納者全員に対して催告書を一斉に発送する。", "継続"),
        ("納税課", "市税", "市税", "年度内に時効が到来する案件を抽出し、財産調査の結果に基づき差押え又は執行停止の判断を行う。", "継続"),
        ("保険年金課", "国民健康保険料", "国民健康保険税", "資格を喪失した世帯の未納分について、転出先への文書催告と財産調査を行う。", "新規"),
        ("建築住宅課", "市営住宅使用料", "市営住宅使用料", "３か月以上の滞納者に対し、連帯保証人への通知と明渡し請求の予告を行う。", "拡充"),
    ]
    lis = []
    circ = "①②③④"
    for i, (dept, canon, raw, text, status) in enumerate(items):
        lis.append(f"<div class='item'><p style='text-indent:-1em;margin-left:1em'>{circ[i]}{text}【{status}】</p></div>")
        g.init(p, canon, raw, FY, "年度末に向けた取組", circ[i], text, status)
    body = f"""
<h2>７　滞納処分等の状況</h2>
<p>２月末までの差押件数及び滞納者数の状況は次のとおりである。</p>
{table}
<h2>８　年度末に向けた取組</h2>
<p>出納整理期間を含む年度末に向けて、各債権所管課は次の取組を進める。</p>
{''.join(lis)}
<h2>９　今後の予定</h2>
<p>令和５年度の決算確定後、令和６年７月に開催する債権管理対策会議において最終報告を行い、令和６年度の目標収納率とあわせて公表する。</p>
"""
    D.add(body)


def main():
    page1()
    page2()
    page3()
    page4()
    page5()
    page6()
    page7()
    html = WORK / f"{STEM}.html"
    html.write_text(D.html(), encoding="utf-8")
    pdf = Path("pdf") / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    gold = Path("gold") / f"{STEM}.json"
    g.write(pdf, gold)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
