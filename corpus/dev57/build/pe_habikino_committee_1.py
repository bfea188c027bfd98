"""pe_habikino_committee_1: 令和6年度第2回羽曳野市債権管理対策会議 資料 -- HTML/CSS -> chromium --print-to-pdf.

Run from corpus/dev57:  python3 build/pe_habikino_committee_1.py
Each printed page is its own <section class=page>, so the page of every fact is known when it is written.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pe_common import Gold, check, comma, sgn  # noqa: E402

STEM = "pe_habikino_committee_1"
CITY = "羽曳野市"
TITLE = "令和6年度第2回羽曳野市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2024-11-20", "令和6年11月20日")

# debt: canonical, full printed, short printed, 所管課
DEBTS = [("市税", "市税", "市税", "税務課"),
         ("国民健康保険料", "国民健康保険料", "国保料", "保険年金課"),
         ("介護保険料", "介護保険料", "介護料", "高年介護課"),
         ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "保険年金課"),
         ("保育所保育料", "保育所保育料", "保育料", "こども課"),
         ("市営住宅使用料", "市営住宅使用料", "住宅使用料", "住宅政策課")]
# FY -> debt -> (cur assessed 千円, cur rate, arr assessed, arr rate, arr written off)
BASE = {
    2021: {"市税": (12_104_337, 98.91, 612_448, 24.36, 31_207), "国民健康保険料": (2_214_806, 93.12, 905_317, 17.43, 88_615),
           "介護保険料": (2_318_442, 98.84, 88_120, 15.21, 12_407), "後期高齢者医療保険料": (1_402_715, 99.41, 19_336, 38.92, 2_118),
           "保育所保育料": (96_408, 98.26, 31_552, 12.08, 3_906), "市営住宅使用料": (188_921, 95.87, 64_280, 9.84, 2_215)},
    2022: {"市税": (12_236_905, 99.02, 565_871, 26.18, 28_466), "国民健康保険料": (2_176_533, 93.57, 846_209, 18.12, 79_048),
           "介護保険料": (2_352_018, 98.93, 84_655, 16.04, 11_583), "後期高齢者医療保険料": (1_451_280, 99.46, 18_402, 40.15, 1_967),
           "保育所保育料": (91_337, 98.47, 29_718, 13.26, 3_512), "市営住宅使用料": (185_406, 96.12, 63_944, 10.37, 2_806)},
    2023: {"市税": (12_381_614, 99.11, 513_927, 27.84, 25_318), "国民健康保険料": (2_133_890, 94.06, 791_845, 19.27, 72_404),
           "介護保険料": (2_390_275, 99.02, 80_213, 16.88, 10_946), "後期高齢者医療保険料": (1_506_148, 99.50, 17_261, 41.73, 1_804),
           "保育所保育料": (87_219, 98.65, 27_394, 14.03, 3_187), "市営住宅使用料": (182_673, 96.40, 62_518, 10.92, 3_041)},
}
TARGET = {  # FY -> debt -> (cur rate target, arr rate target)
    2022: {"市税": (99.00, 25.50), "国民健康保険料": (93.80, 18.50), "介護保険料": (98.90, 16.50),
           "後期高齢者医療保険料": (99.45, 40.00), "保育所保育料": (98.50, 13.00), "市営住宅使用料": (96.00, 10.50)},
    2023: {"市税": (99.10, 27.00), "国民健康保険料": (94.20, 19.50), "介護保険料": (99.00, 17.00),
           "後期高齢者医療保険料": (99.50, 41.00), "保育所保育料": (98.70, 14.00), "市営住宅使用料": (96.30, 11.00)},
    2024: {"市税": (99.15, 28.50), "国民健康保険料": (94.40, 20.00), "介護保険料": (99.05, 17.50),
           "後期高齢者医療保険料": (99.52, 42.00), "保育所保育料": (98.80, 14.50), "市営住宅使用料": (96.50, 11.50)},
}
EST2024 = {"市税": (99.14, 28.10), "国民健康保険料": (94.25, 19.80), "介護保険料": (99.04, 17.20),
           "後期高齢者医療保険料": (99.51, 42.30), "保育所保育料": (98.72, 14.20), "市営住宅使用料": (96.45, 11.20)}


def seg(d, fy):
    ca, cr, aa, ar, aw = BASE[fy][d]
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    out = {"current": dict(a=ca, c=cc, w=0), "arrears": dict(a=aa, c=ac, w=aw)}
    out["total"] = {k: out["current"][k] + out["arrears"][k] for k in "acw"}
    for v in out.values():
        v["o"] = v["a"] - v["c"] - v["w"]
        v["rate"] = round(v["c"] / v["a"] * 100, 2)
    return out


def tot(fy, s="total"):
    t = {k: sum(seg(d[0], fy)[s][k] for d in DEBTS) for k in "acwo"}
    t["rate"] = round(t["c"] / t["a"] * 100, 2)
    return t


def F(page, raw, d, draw, fy, fyraw, sg, metric, basis, value, unit, **kw):
    return G.f(page, raw, debt=d, debt_raw=draw, fy=fy, fy_raw=fyraw, seg=sg, metric=metric, basis=basis,
               value=value, unit=unit, **kw)


SEGJ = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
pages: list[str] = []

# ============================================================ p1 cover + 目次
P = 1
pages.append(f"""
<div class=cover>
 <div class=date>令和6年11月20日（水）<br>午後2時～ 市役所別館3階 第1会議室</div>
 <h1>令和6年度 第2回<br>羽曳野市債権管理対策会議</h1>
 <div class=sub>資　料</div>
 <table class=toc>
  <caption>目　次</caption>
  <tr><td>１　主要債権の状況（令和5年度決算）</td><td class=pn>2</td></tr>
  <tr><td>２　数値目標の達成状況</td><td class=pn>3</td></tr>
  <tr><td>３　市税の月別収納状況（10月末現在）</td><td class=pn>4</td></tr>
  <tr><td>４　債権ごとの取組個票</td><td class=pn>5</td></tr>
  <tr><td>５　総括と今後の方針</td><td class=pn>7</td></tr>
 </table>
 <div class=org>羽曳野市 総務部 債権管理室</div>
</div>""")

# ============================================================ p2 panels + summary table (part 1)
P = 2
t23, t22 = tot(2023), tot(2022)
dp = round(t23["rate"] - t22["rate"], 2)
o_oku = round(t23["o"] / 10_000) / 10  # 億円 one decimal
w_man = round(t23["w"] / 10)
panel = f"""
<div class=panels>
 <div class=panel><div class=pl>収納率（全債権）令和5年度</div>
   <div class=pv>{F(P, f"{t23['rate']:.2f}％", None, None, 2023, "令和5年度", "total", "collection_rate", "actual", t23['rate'], "percent")}</div>
   <div class=pd>前年度比{F(P, sgn(dp, 2, plus="＋") + "ポイント", None, None, 2023, "令和5年度", "total", "difference", "actual", dp, "points")}</div></div>
 <div class=panel><div class=pl>収入未済額 令和5年度末</div>
   <div class=pv>{F(P, f"{o_oku:.1f}億円", None, None, 2023, "令和5年度", "total", "outstanding", "actual", int(round(t23["o"] / 10_000)) * 10_000_000, "yen")}</div>
   <div class=pd>令和4年度末 {F(P, f"{round(t22['o'] / 10_000) / 10:.1f}億円", None, None, 2022, "令和4年度", "total", "outstanding", "actual", int(round(t22['o'] / 10_000)) * 10_000_000, "yen")}</div></div>
 <div class=panel><div class=pl>不納欠損額 令和5年度</div>
   <div class=pv>{F(P, (f"{w_man // 10000}億{w_man % 10000:,}万円" if w_man >= 10000 else f"{w_man:,}万円"), None, None, 2023, "令和5年度", "total", "written_off", "actual", w_man * 10_000, "yen")}</div>
   <div class=pd>時効完成・執行停止によるもの</div></div>
</div>"""


def summary_rows(P, ds, fy=2023, label_total=False):
    out = []
    for d in ds:
        v = seg(d[0], fy)
        tds = [f"<th class=rh>{d[2]}</th>"]
        for s in ("current", "arrears", "total"):
            x = v[s]
            tds.append(f"<td>{F(P, comma(x['a']), d[0], d[2], fy, '令和5年度', s, 'assessed', 'actual', x['a'] * 1000, 'yen')}</td>")
            tds.append(f"<td>{F(P, comma(x['c']), d[0], d[2], fy, '令和5年度', s, 'collected', 'actual', x['c'] * 1000, 'yen')}</td>")
            tds.append(f"<td>{F(P, '%.2f' % x['rate'], d[0], d[2], fy, '令和5年度', s, 'collection_rate', 'actual', x['rate'], 'percent')}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out)


THEAD = """<thead><tr><th rowspan=2>債権名</th><th colspan=3>現年度分</th><th colspan=3>滞納繰越分</th><th colspan=3>計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr></thead>"""
pages.append(f"""
<h2>１　主要債権の状況（令和5年度決算）</h2>
<p>令和5年度の主要6債権の状況は次のとおりである。全体の収納率は前年度を上回り、収入未済額は引き続き減少した。</p>
{panel}
<div class=boxcap>表１　主要債権の収納状況（令和5年度決算）　（単位：千円、％）</div>
<div class=box>
<table class="t zebra">{THEAD}
<tbody>{summary_rows(P, DEBTS[:4])}</tbody></table>
</div>
<p class=note>（次頁に続く）</p>
""")

# ============================================================ p3 summary table part 2 + targets vs results + chart
P = 3


def total_row(P, fy=2023):
    tds = ["<th class=rh>合計</th>"]
    for s in ("current", "arrears", "total"):
        x = tot(fy, s)
        tds.append(f"<td>{F(P, comma(x['a']), None, '合計', fy, '令和5年度', s, 'assessed', 'actual', x['a'] * 1000, 'yen')}</td>")
        tds.append(f"<td>{F(P, comma(x['c']), None, '合計', fy, '令和5年度', s, 'collected', 'actual', x['c'] * 1000, 'yen')}</td>")
        tds.append(f"<td>{F(P, '%.2f' % x['rate'], None, '合計', fy, '令和5年度', s, 'collection_rate', 'actual', x['rate'], 'percent')}</td>")
    return "<tr class=sum>" + "".join(tds) + "</tr>"


# targets vs results: debts as rows; per year 目標 | 実績 | 達成率 ; 実績 cell carries previous year in brackets
tr_rows = []
for d in DEBTS:
    tds = [f"<th class=rh>{d[2]}</th>"]
    for fy in (2022, 2023):
        tg = TARGET[fy][d[0]][0]
        ac = seg(d[0], fy)["current"]["rate"]
        prv = seg(d[0], fy - 1)["current"]["rate"]
        ach = round(ac / tg * 100, 1)
        fr = f"令和{fy - 2018}年度"
        tds.append(f"<td>{F(P, f'{tg:.2f}', d[0], d[2], fy, fr, 'current', 'collection_rate', 'target', tg, 'percent')}</td>")
        a_raw = F(P, f"{ac:.2f}", d[0], d[2], fy, fr, "current", "collection_rate", "actual", ac, "percent")
        p_raw = F(P, f"（{prv:.2f}）", d[0], d[2], fy - 1, f"令和{fy - 1 - 2018}年度", "current", "collection_rate", "actual", prv, "percent")
        tds.append(f"<td>{a_raw}{p_raw}</td>")
        tds.append(f"<td>{F(P, f'{ach:.1f}', d[0], d[2], fy, fr, 'current', 'achievement_rate', 'actual', ach, 'percent')}</td>")
    tr_rows.append("<tr>" + "".join(tds) + "</tr>")

# bar chart: 収入未済額（全債権）推移, data labels in 百万円
bars = []
for k, fy in enumerate((2021, 2022, 2023)):
    o = tot(fy)["o"]
    mv = round(o / 100) / 10  # 百万円 one decimal
    h = mv / 1800 * 115
    x = 70 + k * 110
    lab = F(P, f"{mv:,.1f}", None, None, fy, f"R{fy - 2018}", "total", "outstanding", "actual", int(round(mv * 10)) * 100_000, "yen")
    bars.append(f'<rect x="{x}" y="{150 - h:.1f}" width="54" height="{h:.1f}" fill="#7f9fbf"/>'
                f'<text x="{x + 27}" y="{144 - h:.1f}" text-anchor="middle" font-size="11">{lab}</text>'
                f'<text x="{x + 27}" y="168" text-anchor="middle" font-size="11">R{fy - 2018}</text>')
svg = f"""<svg width="420" height="180" xmlns="http://www.w3.org/2000/svg">
<line x1="50" y1="150" x2="400" y2="150" stroke="#333"/><line x1="50" y1="20" x2="50" y2="150" stroke="#333"/>
<text x="8" y="16" font-size="10">（百万円）</text>{''.join(bars)}</svg>"""

pages.append(f"""
<div class=boxcap>表１　主要債権の収納状況（令和5年度決算）（続き）　（単位：千円、％）</div>
<div class=box>
<table class="t zebra">{THEAD}
<tbody>{summary_rows(P, DEBTS[4:])}{total_row(P)}</tbody></table>
</div>
<p class=src>出典：令和5年度羽曳野市一般会計・特別会計歳入歳出決算書（債権管理室集計）</p>
<p class=note>国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料</p>
<h2>２　数値目標の達成状況</h2>
<div class=cap>表２　現年度分収納率の目標と実績　（単位：％、実績欄の（　）は前年度実績）</div>
<table class=t>
<thead><tr><th rowspan=2>債権名</th><th colspan=3>令和4年度</th><th colspan=3>令和5年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead>
<tbody>{''.join(tr_rows)}</tbody></table>
<p class=note>※ 達成率＝実績÷目標×100</p>
<div class=cap>図１　収入未済額（主要6債権合計）の推移</div>
{svg}
""")

# ============================================================ p4 monthly table (市税 現年分), this year beside last year
P = 4
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-28", "03-31"]
# cumulative collection rate of 市税 現年分 (this year to 10月末; last year full)
LAST = [9.86, 21.43, 33.90, 45.12, 55.31, 63.78, 71.04, 76.52, 84.31, 88.07, 94.12, 99.11]
THIS = [10.02, 21.87, 34.35, 45.61, 55.94, 64.40, 71.63]
ASS_THIS, ASS_LAST = 12_458_206, 12_381_614  # 現年分調定額 (千円)
mrows = []
for k, m in enumerate(MONTHS):
    ly = 2024 if k >= 9 else 2023  # calendar year of last-year month end
    asof_last = f"{ly}-{MEND[k]}" if k < 9 else f"2024-{MEND[k]}"
    if k == 10:
        asof_last = "2024-02-29"  # leap year
    last_raw = F(P, f"{LAST[k]:.2f}", "市税", "市税", 2023, "前年度", "current", "collection_rate", "interim", LAST[k], "percent", as_of=asof_last)
    if k < len(THIS):
        asof_this = f"2024-{MEND[k]}"
        this_raw = F(P, f"{THIS[k]:.2f}", "市税", "市税", 2024, "本年度", "current", "collection_rate", "interim", THIS[k], "percent", as_of=asof_this)
        dd = round(THIS[k] - LAST[k], 2)
        diff_raw = F(P, sgn(dd, 2, minus="▲"), "市税", "市税", 2024, "本年度", "current", "difference", "interim", dd, "points", as_of=asof_this)
    else:
        this_raw, diff_raw = "", ""
    mrows.append(f"<tr><th class=rh>{m}</th><td>{last_raw}</td><td>{this_raw}</td><td>{diff_raw}</td></tr>")
c_this = round(ASS_THIS * THIS[6] / 100)
c_last = round(ASS_LAST * LAST[6] / 100)
pages.append(f"""
<h2>３　市税の月別収納状況（令和6年10月末現在）</h2>
<div class=cap>表３　令和6年度 市税（現年度分）月別収納率の推移（累計）</div>
<table class="t narrow">
<thead><tr><th>月</th><th>前年度</th><th>本年度</th><th>差（ポイント）</th></tr></thead>
<tbody>{''.join(mrows)}</tbody></table>
<p class=note>※ 単位：％。各月末時点の現年度分調定額に対する累計収納額の割合。▲は前年度を下回るもの。</p>
<div class=ref><b>【参考】10月末時点の現年度分の状況</b><ul>
<li>調定額：{F(P, f"{ASS_THIS:,}千円", "市税", "市税", 2024, "令和6年度", "current", "assessed", "interim", ASS_THIS * 1000, "yen", as_of="2024-10-31")}</li>
<li>収入済額：{F(P, f"{c_this:,}千円", "市税", "市税", 2024, "令和6年度", "current", "collected", "interim", c_this * 1000, "yen", as_of="2024-10-31")}</li>
<li>前年同月の収入済額：{F(P, f"{c_last:,}千円", "市税", "市税", 2023, "前年同月", "current", "collected", "interim", c_last * 1000, "yen", as_of="2023-10-31")}</li>
</ul></div>
<p>10月末の現年度分収納率は{F(P, f"{THIS[6]:.2f}％", "市税", "市税", 2024, "令和6年10月末", "current", "collection_rate", "interim", THIS[6], "percent", as_of="2024-10-31")}で、前年同月を{F(P, f"{round(THIS[6] - LAST[6], 2):.2f}ポイント", "市税", "市税", 2024, "令和6年10月末", "current", "difference", "interim", round(THIS[6] - LAST[6], 2), "points", as_of="2024-10-31")}上回っている。
第2期の個人市民税普通徴収分の納期内納付が堅調に推移したことによる。</p>
""")

# ============================================================ p5-7 取組個票
SECTION = "数値目標の達成に向けた取組"


def multiyear(P, d, draw):
    """years as columns; amount over rate stacked in one cell; R6 見込 and R6 目標."""
    head = "<tr><th>区分</th><th>令和3年度<br>実績</th><th>令和4年度<br>実績</th><th>令和5年度<br>実績</th><th>令和6年度<br>見込</th><th>令和6年度<br>目標</th><th>備考</th></tr>"
    rows = []
    for s in ("current", "arrears"):
        tds = [f"<th class=rh>{SEGJ[s]}<br><span class=small>収入済額（千円）<br>収納率（％）</span></th>"]
        for fy in (2021, 2022, 2023):
            x = seg(d, fy)[s]
            fr = f"令和{fy - 2018}年度"
            a = F(P, comma(x["c"]), d, draw, fy, fr, s, "collected", "actual", x["c"] * 1000, "yen")
            r = F(P, f"{x['rate']:.2f}", d, draw, fy, fr, s, "collection_rate", "actual", x["rate"], "percent")
            tds.append(f"<td class=stk>{a}<br>{r}</td>")
        e = EST2024[d][0 if s == "current" else 1]
        t = TARGET[2024][d][0 if s == "current" else 1]
        tds.append(f"<td class=stk>－<br>{F(P, f'{e:.2f}', d, draw, 2024, '令和6年度', s, 'collection_rate', 'estimate', e, 'percent')}</td>")
        tds.append(f"<td class=stk>－<br>{F(P, f'{t:.2f}', d, draw, 2024, '令和6年度', s, 'collection_rate', 'target', t, 'percent')}</td>")
        if s == "arrears":
            w = seg(d, 2023)["arrears"]["w"]
            tds.append(f"<td class=bk>令和5年度不納欠損額 {F(P, f'{w:,}千円', d, draw, 2023, '令和5年度', 'arrears', 'written_off', 'actual', w * 1000, 'yen')}</td>")
        else:
            tds.append("<td class=bk></td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return f"<table class='t yr'>{head}{''.join(rows)}</table>"


def items_html(P, d, draw, items):
    out = []
    for lab, txt, st in items:
        G.i(P, txt, debt=d, debt_raw=draw, fy=2024, section=SECTION, label=lab, status=st)
        tag = f"【{st}】" if st else ""
        out.append(f"<div class=it>{lab}{txt}{tag}</div>")
    return "".join(out)


def sheet(P, no, d, draw, bu, style, analysis, items, box_items=None):
    x = seg(d, 2023)
    if style == "strip":
        strip = f"<table class=strip><tr><th>債権名</th><td>{draw}</td><th>所管課</th><td>{bu}</td><th>債権区分</th><td>公債権（強制徴収公債権）</td></tr></table>"
    else:
        strip = f"<table class=strip><tr><th class=lv>債権名　{draw}</th><th class=lv>所管課　{bu}</th></tr></table>"
    box = ""
    if box_items:
        box = "<div class=ibox><b>令和6年度下半期の重点取組</b>" + items_html(P, d, draw, box_items) + "</div>"
    return f"""
<h2 class=h3>４－{no}　債権ごとの取組個票（{draw}）</h2>
{strip}
<div class=cap>収納状況の推移</div>
{multiyear(P, d, draw)}
<table class="t sheet">
<tr><th class=vert>現状と課題</th><td class=prose>{analysis}</td></tr>
<tr><th class=vert>取組内容</th><td class=prose>{items_html(P, d, draw, items)}</td></tr>
</table>
{box}"""


def ana(P, d, draw, extra):
    x23, x22 = seg(d, 2023)["total"], seg(d, 2022)["total"]
    o_raw = F(P, f"{x23['o']:,}千円", d, draw, 2023, "令和5年度", "total", "outstanding", "actual", x23["o"] * 1000, "yen")
    dd = x23["o"] - x22["o"]
    d_raw = F(P, f"{abs(dd):,}千円", d, draw, 2023, "令和5年度", "total", "difference", "actual", dd * 1000, "yen")
    return f"令和5年度末の収入未済額は{o_raw}で、前年度より{d_raw}{'減少' if dd < 0 else '増加'}した。{extra}"


P = 5
pages.append(sheet(P, 1, "国民健康保険料", "国民健康保険料", "保険年金課", "strip",
                   ana(P, "国民健康保険料", "国民健康保険料", "滞納世帯の多くが低所得世帯であり、納付相談による分納と、資力のある滞納者への滞納処分を並行して進める必要がある。"),
                   [("①", "資格取得の届出時に口座振替の申込みを受け付け、口座振替率の向上を図る。", "継続"),
                    ("②", "納期限後20日以内に督促状を送付し、未納が2期以上となった世帯には電話催告を行う。", "継続"),
                    ("③", "預貯金・給与等の財産調査を実施し、納付資力のある滞納者には差押えを執行する。", "拡充"),
                    ("④", "SMSによる納付案内を導入し、初期滞納者の早期解消を図る。", "新規")]))

P = 6
pages.append(sheet(P, 2, "介護保険料", "介護保険料", "高年介護課", "lv",
                   ana(P, "介護保険料", "介護保険料", "普通徴収の被保険者の収納率が特別徴収に比べて低く、65歳到達直後の未納が多い。"),
                   [("(1)", "65歳到達時の案内に口座振替依頼書を同封し、普通徴収期間の口座振替を勧奨する。", "継続"),
                    ("(2)", "滞納が続く被保険者には給付制限の内容を説明し、納付につなげる。", "継続")],
                   box_items=[("ア", "11月・12月を滞納整理強化期間とし、夜間・休日の電話催告を実施する。", "継続"),
                              ("イ", "保険年金課と合同で財産調査を行い、滞納処分の件数を増やす。", "新規")]))

P = 7
x = seg("市営住宅使用料", 2023)
summary_o = tot(2023)["o"]
s22 = tot(2022)["o"]
pages.append(sheet(P, 3, "市営住宅使用料", "市営住宅使用料", "住宅政策課", "strip",
                   ana(P, "市営住宅使用料", "市営住宅使用料", "退去者分の滞納が収入未済額の約6割を占める。"),
                   [("①", "3か月以上の滞納者に連帯保証人を含めた納付指導を行う。", "継続"),
                    ("②", "納付誓約を履行しない長期滞納者に対し、明渡し請求の手続を進める。", "継続")]) + f"""
<h2>５　総括と今後の方針</h2>
<div class=twocol>
<p>令和5年度の主要6債権の収入未済額は{F(P, f"約{round(summary_o / 10_000) / 10:.1f}億円", None, None, 2023, "令和5年度", "total", "outstanding", "actual", int(round(summary_o / 10_000)) * 10_000_000, "yen", approx=True)}となり、令和4年度の{F(P, f"約{round(s22 / 10_000) / 10:.1f}億円", None, None, 2022, "令和4年度", "total", "outstanding", "actual", int(round(s22 / 10_000)) * 10_000_000, "yen", approx=True)}から縮減が進んだ。特に国民健康保険料の滞納繰越分収納率は{F(P, f"{seg('国民健康保険料', 2023)['arrears']['rate']:.2f}％", "国民健康保険料", "国民健康保険料", 2023, "令和5年度", "arrears", "collection_rate", "actual", seg('国民健康保険料', 2023)['arrears']['rate'], "percent")}と前年度を上回った。</p>
<p>一方、保育所保育料の滞納繰越分収納率は{F(P, f"{seg('保育所保育料', 2023)['arrears']['rate']:.2f}％", "保育所保育料", "保育所保育料", 2023, "令和5年度", "arrears", "collection_rate", "actual", seg('保育所保育料', 2023)['arrears']['rate'], "percent")}にとどまっており、債権管理室による徴収支援の対象とする。下半期は各課の取組を継続し、年度末の目標達成を目指す。</p>
</div>""")

# ============================================================ render
CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; margin: 0; }
section.page { height: 265mm; page-break-after: always; position: relative; overflow: hidden; }
section.page:last-child { page-break-after: auto; }
.pgno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 22pt; text-align: center; margin: 40mm 0 10mm; line-height: 1.5; }
h2 { font-family: 'IPAexGothic'; font-size: 12.5pt; margin: 2mm 0 3mm; border-bottom: 1px solid #444; }
h2.h3 { border-bottom: none; border-left: 5px solid #557; padding-left: 3mm; }
.cover .date { text-align: right; font-size: 10pt; }
.cover .sub { text-align: center; font-size: 16pt; font-family: 'IPAexGothic'; letter-spacing: 1em; margin-bottom: 25mm; }
.cover .org { text-align: center; margin-top: 45mm; font-size: 12pt; }
table.toc { margin: 0 auto; width: 120mm; border-collapse: collapse; }
table.toc caption { font-family: 'IPAexGothic'; font-size: 12pt; margin-bottom: 4mm; }
table.toc td { padding: 2mm 0; border-bottom: 1px dotted #888; } td.pn { text-align: right; }
.panels { display: flex; gap: 4mm; margin: 3mm 0 5mm; }
.panel { flex: 1; border: 1.5px solid #557; border-radius: 2mm; padding: 2mm 3mm; }
.pl { font-family: 'IPAexGothic'; font-size: 9pt; color: #335; } .pv { font-family: 'IPAexGothic'; font-size: 18pt; text-align: center; margin: 1mm 0; }
.pd { font-size: 8.5pt; text-align: right; }
.cap, .boxcap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 3mm 0 1.5mm; }
.box { border: 1.5px solid #333; padding: 2mm; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.t th { background: #dfe4ec; font-family: 'IPAexGothic'; font-weight: normal; padding: 1mm; border: 0.5px solid #999; }
table.t td { text-align: right; padding: 1mm 1.5mm; border: 0.5px solid #bbb; }
table.zebra td, table.zebra th { border: none; } table.zebra tbody tr:nth-child(even) { background: #eef1f6; }
table.t th.rh { text-align: left; background: #f3f4f7; }
table.zebra tbody tr:nth-child(even) th.rh { background: #eef1f6; }
tr.sum td, tr.sum th { font-family: 'IPAexGothic'; border-top: 1px solid #333 !important; }
table.narrow { width: 110mm; }
.note { font-size: 8pt; margin: 1mm 0 2mm; } .src { font-size: 8pt; margin: 1mm 0 3mm; text-align: right; }
.ref { border: 1px solid #333; padding: 2mm 4mm; margin: 4mm 0; width: 110mm; font-size: 9.5pt; }
.ref ul { margin: 1mm 0; padding-left: 5mm; }
table.strip { border-collapse: collapse; width: 100%; margin-bottom: 2mm; font-size: 9.5pt; }
table.strip th { background: #dfe4ec; font-family: 'IPAexGothic'; font-weight: normal; border: 0.8px solid #555; padding: 1.5mm; width: 18mm; }
table.strip th.lv { width: auto; text-align: left; background: #eef1f6; }
table.strip td { border: 0.8px solid #555; padding: 1.5mm; }
table.yr td.stk { text-align: right; line-height: 1.45; }
table.yr td.bk { text-align: left; font-size: 8pt; width: 30mm; }
.small { font-size: 7pt; }
table.sheet { margin-top: 4mm; }
table.sheet th.vert { writing-mode: vertical-rl; width: 8mm; letter-spacing: 0.2em; padding: 2mm 1mm; }
table.sheet td.prose { text-align: left; padding: 2mm 3mm; line-height: 1.7; font-size: 9.5pt; }
.it { padding-left: 1.3em; text-indent: -1.3em; margin: 0.5mm 0; }
.ibox { border: 1.2px dashed #555; padding: 2mm 4mm; margin-top: 4mm; font-size: 9.5pt; line-height: 1.7; }
.twocol { column-count: 2; column-gap: 8mm; font-size: 9.5pt; line-height: 1.75; text-align: justify; }
.twocol p { margin: 0 0 2mm; text-indent: 1em; }
"""
html = ["<!doctype html><html lang=ja><head><meta charset=utf-8><style>", CSS, "</style></head><body>"]
for k, body in enumerate(pages, start=1):
    pn = f"<div class=pgno>- {k} -</div>" if k > 1 else ""
    html.append(f"<section class=page>{body}{pn}</section>")
html.append("</body></html>")
work = Path("/tmp/pe_work")
work.mkdir(exist_ok=True)
hp = work / f"{STEM}.html"
hp.write_text("".join(html), encoding="utf-8")
root = Path.cwd()
pdf = root / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
out = G.write(pdf, root / "gold" / f"{STEM}.json")
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]))
for b in check(pdf, out):
    print("BAD", b)
