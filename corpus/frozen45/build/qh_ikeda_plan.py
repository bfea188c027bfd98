"""qh_ikeda_plan_1: 池田市債権管理計画（令和7年度～令和9年度） — HTML/CSS → chromium.

Run from corpus/frozen45:  python3 build/qh_ikeda_plan.py
All figures are invented; the gold is written from the same data that draws the pages.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qh_common import Doc, chromium_pdf, c, tri, rate, wa, zen  # noqa: E402

STEM = "qh_ikeda_plan_1"
D = Doc(STEM, "plan", "plan", "池田市", "池田市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")

YEARS = list(range(2017, 2025))          # H29 … R6 (R6 = 見込)

# ------------------------------------------------------------------ data (千円)
# key: full name, abbreviation, canonical, 会計, 区分, 所管課, 根拠法令,
#      current assessed 2017, growth, current rate 2017→2024, arrears rate 2017→2024, write-off share, arrears 2017
DEBTS = {
    "zei":    ("市税", "市税", "市税", "一般", "強", "納税課", "地方税法", 15_180_000, 0.004, (98.62, 99.24), (22.5, 33.8), 0.075, 760_000),
    "hoiku":  ("保育所保育料", "保育料", "保育所保育料", "一般", "強", "保育・幼稚園課", "児童福祉法", 412_000, None, (97.85, 98.92), (14.2, 23.6), 0.09, 52_000),
    "jutaku": ("市営住宅使用料", "住宅使用料", "住宅使用料", "一般", "私", "住宅課", "公営住宅法", 246_000, -0.006, (95.42, 97.31), (9.8, 16.4), 0.03, 78_000),
    "seiho":  ("生活保護費返還金", "生活保護費返還金", "生活保護費返還金", "一般", "非", "生活福祉課", "生活保護法第63条", 68_000, 0.01, (36.2, 42.5), (3.1, 5.2), 0.04, 212_000),
    "jido":   ("児童扶養手当返還金", "児童扶養手当返還金", "児童扶養手当返還金", "一般", "非", "子育て支援課", "児童扶養手当法", 7_800, 0.0, (31.0, 38.0), (5.5, 8.0), 0.02, 18_400),
    "gakudo": ("留守家庭児童会育成料", "留守家庭児童会育成料", "留守家庭児童会育成料", "一般", "非", "教育総務課", "池田市留守家庭児童会条例", 93_000, 0.01, (98.3, 99.0), (18.0, 26.0), 0.05, 2_600),
    "doro":   ("道路占用料", "道路占用料", "道路占用料", "一般", "強", "道路・水路課", "道路法", 61_000, 0.005, (99.55, 99.80), (38.0, 52.0), 0.0, 1_150),
    "saigai": ("災害援護資金貸付金", "災害援護資金貸付金", "災害援護資金貸付金", "一般", "私", "地域福祉課", "災害弔慰金の支給等に関する法律", 3_100, -0.05, (21.0, 26.0), (2.8, 4.1), 0.02, 34_800),
    "kokuho": ("国民健康保険料", "国保料", "国民健康保険料", "国保", "強", "保険年金課", "国民健康保険法", 2_880_000, -0.016, (91.62, 94.88), (19.6, 27.9), 0.115, 640_000),
    "kaigo":  ("介護保険料", "介護料", "介護保険料", "介護", "強", "介護保険課", "介護保険法", 2_040_000, 0.016, (98.41, 99.02), (11.8, 18.6), 0.24, 86_000),
    "kouki":  ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "後期", "強", "保険年金課", "高齢者の医療の確保に関する法律", 1_248_000, 0.031, (99.31, 99.56), (29.5, 38.2), 0.10, 17_600),
}
OTHER = ["jido", "gakudo", "doro", "saigai"]          # 一般会計「その他」
MAIN6 = ["zei", "kokuho", "kaigo", "kouki", "hoiku", "jutaku"]


def simulate():
    out = {}
    for k, (_, _, _, _, _, _, _, base, g, cr, ar, wf, arr0) in DEBTS.items():
        rows = {}
        prev_o = None
        for i, y in enumerate(YEARS):
            t = i / (len(YEARS) - 1)
            if k == "hoiku":     # 幼児教育・保育の無償化（令和元年10月）で調定額が減少
                cur_a = {2017: 412_000, 2018: 405_300, 2019: 318_600}.get(y, int(226_400 * (1 + 0.012 * (y - 2020))))
            else:
                cur_a = int(round(base * (1 + g) ** i))
            wig = ((i * 7) % 5 - 2) * 0.03       # small wiggle in the rate paths
            crt = cr[0] + (cr[1] - cr[0]) * t + (wig * 0.3 if i not in (0, len(YEARS) - 1) else 0)
            art = ar[0] + (ar[1] - ar[0]) * t + (wig * 3 if i not in (0, len(YEARS) - 1) else 0)
            cur_c = int(round(cur_a * crt / 100))
            cur_w = 0
            arr_a = arr0 if prev_o is None else prev_o
            arr_c = int(round(arr_a * art / 100))
            arr_w = int(round(arr_a * wf))
            cur_o = cur_a - cur_c - cur_w
            arr_o = arr_a - arr_c - arr_w
            rows[y] = {
                "current": dict(a=cur_a, c=cur_c, w=cur_w, o=cur_o),
                "arrears": dict(a=arr_a, c=arr_c, w=arr_w, o=arr_o),
            }
            rows[y]["total"] = {m: rows[y]["current"][m] + rows[y]["arrears"][m] for m in "acwo"}
            prev_o = cur_o + arr_o
        out[k] = rows
    return out


S = simulate()


def agg(keys, y, seg="total"):
    return {m: sum(S[k][y][seg][m] for k in keys) for m in "acwo"}


def rt(d):
    return rate(d["c"], d["a"])


ALL = list(DEBTS)
GEN = [k for k in ALL if DEBTS[k][3] == "一般"]
SPE = [k for k in ALL if DEBTS[k][3] != "一般"]


def m1(x):
    """千円 → 百万円 with one decimal (string, value in yen)."""
    v = round(x / 1000, 1)
    return f"{v:,.1f}", int(round(v * 1_000_000))


def okuman(x_thousand, step=100):
    """千円 → '12億3,400万円' rounded to step 万円; returns (text, yen)."""
    man = int(round(x_thousand / 10 / step)) * step
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"
    return s, man * 10000


# ------------------------------------------------------------------ HTML helpers
CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
@page land { size: A4 landscape; margin: 11mm 12mm 10mm 12mm; }
body { font-family: "IPAexMincho"; font-size: 10pt; line-height: 1.55; color: #111; margin: 0; }
.pg { break-after: page; position: relative; }
.pg:last-child { break-after: auto; }
.land { page: land; }
h1, h2, h3, .g { font-family: "IPAexGothic"; }
h2 { font-size: 12.5pt; margin: 10px 0 6px; border-left: 6px solid #2d5d8a; padding-left: 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 4px; }
p { margin: 2px 0 5px; text-indent: 1em; }
p.ni { text-indent: 0; }
table { border-collapse: collapse; font-size: 8.6pt; }
td, th { border: 0.6pt solid #333; padding: 1.5px 4px; }
th { font-family: "IPAexGothic"; font-weight: normal; background: #dfe7ef; }
td.n { text-align: right; font-family: "IPAexGothic"; }
tr.sec td { background: #eef2e6; font-family: "IPAexGothic"; }
tr.sub td { background: #f4f4f4; }
tr.tot td { background: #e6e6e6; font-weight: bold; }
.cap { font-family: "IPAexGothic"; font-size: 9.5pt; margin: 6px 0 2px; }
.unit { text-align: right; font-size: 8.5pt; }
.src { font-size: 8pt; margin-top: 2px; }
.box { border: 1pt solid #333; padding: 5px 9px; margin: 8px 0; }
.foot { text-align: center; font-size: 9pt; margin-top: 6px; }
.two { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #999; }
.two p { font-size: 9.5pt; }
.item { margin: 1px 0 1px 1.5em; text-indent: -1.5em; font-size: 9.5pt; }
.tag { font-family: "IPAexGothic"; font-size: 8.5pt; }
"""

pages: list[str] = []


def page(html, land=False):
    pages.append(f'<div class="pg{" land" if land else ""}">{html}<div class="foot">－ {len(pages) + 1} －</div></div>')
    D.page = len(pages) + 1


# ================================================================== page 1: cover
D.page = 1
page("""
<div style="height:230mm; position:relative; font-family:'IPAexGothic'">
 <div style="position:absolute; top:62mm; width:100%; text-align:center; font-size:26pt; letter-spacing:3px">池田市債権管理計画</div>
 <div style="position:absolute; top:82mm; width:100%; text-align:center; font-size:13pt">令和7年度（2025年度）～令和9年度（2027年度）</div>
 <div style="position:absolute; top:180mm; width:100%; text-align:center; font-size:14pt">令和7年3月</div>
 <div style="position:absolute; top:192mm; width:100%; text-align:center; font-size:16pt; letter-spacing:8px">池田市</div>
</div>""".replace('<div class="foot">', ''))
pages[-1] = pages[-1].replace('<div class="foot">－ 1 －</div>', '')

# ================================================================== page 2: 目次・趣旨・凡例
peak = max(YEARS[:-1], key=lambda y: agg(ALL, y)["o"])
pk_t, pk_v = okuman(agg(ALL, peak)["o"], 10000)
h = ["<h2>目　次</h2>", '<div style="width:150mm; margin-left:8mm; font-size:10pt">']
for t, n in [("１　計画策定の趣旨", 2), ("２　本市の債権の現状", 3), ("３　前計画の取組と評価", 4),
             ("４　主要債権の決算状況", 5), ("５　計画の目標", 6), ("６　債権ごとの取組", 7),
             ("参考資料　本市の債権一覧", 8)]:
    h.append(f'<div style="display:flex; margin:3px 0"><span>{t}</span>'
             f'<span style="flex:1; border-bottom:1pt dotted #555; margin:0 6px 5px"></span><span>{n}</span></div>')
h.append("</div>")
h.append("<h2>１　計画策定の趣旨</h2><h3>（１）背景</h3>")
h.append("<p>本市では、市税をはじめとする各種債権について、負担の公平性の確保と安定した財政運営のため、"
         "債権管理条例に基づく全庁的な債権管理に取り組んできた。本市の収入未済額は、"
         f"{wa(peak)}（{peak}年度）の"
         f"約{D.f(pk_t, pk_v, 'outstanding', fy=peak, fy_raw=wa(peak), approx=True)}をピークに減少しているものの、"
         "依然として多額の未収金を抱えており、滞納の発生を抑える取組と、回収見込みのない債権の適正な整理を"
         "一体的に進める必要がある。</p>")
h.append("<h3>（２）計画の位置付け</h3>"
         "<p class='ni'>ア　計画期間</p><p>令和7年度から令和9年度までの3か年とする。</p>"
         "<p class='ni'>イ　対象とする債権</p>"
         "<p class='ni'>　(ｱ)　令和5年度決算において収入未済額が生じている債権（11債権）</p>"
         "<p class='ni'>　(ｲ)　計画期間中に新たに収入未済額が生じた債権</p>"
         "<p class='ni'>ウ　進行管理</p><p>池田市債権管理推進会議において、年2回（上半期・年度末）取組の進捗を確認し、"
         "必要に応じて目標及び取組を見直す。</p>")
h.append('<div class="box" style="font-size:9pt"><span class="g">凡　例</span><br>'
         "（債権名の略称）国保料＝国民健康保険料、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
         "保育料＝保育所保育料、住宅使用料＝市営住宅使用料<br>"
         "（債権の区分）強＝強制徴収公債権、非＝非強制徴収公債権、私＝私債権</div>")
page("".join(h))

# ================================================================== page 3: 債権の現状（表１・参考）
y5, y4, y1 = 2023, 2022, 2019
tot5, tot4, tot1 = agg(ALL, y5), agg(ALL, y4), agg(ALL, y1)
t5, v5 = okuman(tot5["o"])
dd = tot5["o"] - tot4["o"]
td_t, td_v = okuman(abs(dd))
d1 = tot5["o"] - tot1["o"]
d1_t, d1_v = okuman(abs(d1))
h = ["<h2>２　本市の債権の現状</h2><h3>（１）収入未済額の状況</h3>"]
h.append(
    "<p>令和5（2023）年度決算における本市の収入未済額（全会計）は"
    f"約{D.f(t5, v5, 'outstanding', fy=2023, fy_raw='令和5（2023）年度', approx=True)}で、前年度から"
    f"約{D.f(td_t, -td_v if dd < 0 else td_v, 'difference', unit='yen', fy=2023, fy_raw='令和5（2023）年度', approx=True)}"
    f"{'減少' if dd < 0 else '増加'}した。"
    f"令和元（2019）年度と比べると約{D.f(d1_t, -d1_v if d1 < 0 else d1_v, 'difference', unit='yen', fy=2023, fy_raw='令和5（2023）年度', approx=True)}の"
    f"{'減少' if d1 < 0 else '増加'}となっている。会計別では、一般会計が全体の約{round(agg(GEN, y5)['o'] / tot5['o'] * 100)}％を占めている。</p>")
# 表１
yrs = [2019, 2020, 2021, 2022, 2023]
h.append('<div class="cap">表１　会計別・債権別 収入未済額の推移</div>')
h.append('<div style="border:1.2pt solid #222; padding:4px 5px 3px">')
h.append('<div class="unit">（単位：百万円）</div><table style="width:100%">')
h.append("<tr><th rowspan=2>区　分</th>" + "".join(f"<th rowspan=2>{wa(y)}</th>" for y in yrs)
         + "<th rowspan=2>5年平均</th><th colspan=2>令和元年度との比較</th></tr><tr><th>増減額</th><th>増減率（％）</th></tr>")


def row1(label, keys, cls="", debt=None, debt_raw=None):
    cells = []
    D.set(debt=debt, debt_raw=debt_raw if debt_raw is not None else label, seg="total", basis="actual")
    vals = []
    for y in yrs:
        s, v = m1(agg(keys, y)["o"])
        vals.append(float(s.replace(",", "")))
        cells.append(f'<td class="n">{D.f(s, v, "outstanding", fy=y, fy_raw=wa(y))}</td>')
    av = round(sum(agg(keys, y)["o"] for y in yrs) / 5 / 1000, 1)
    cells.append(f'<td class="n">{D.f(f"{av:,.1f}", av * 1e6, "outstanding", fy=None, fy_raw="5年平均")}</td>')
    diff = round(vals[-1] - vals[0], 1)
    cells.append(f'<td class="n">{D.f(tri(diff, nd=1), diff * 1e6, "difference", unit="yen", fy=2023, fy_raw="令和5年度")}</td>')
    cells.append(f'<td class="n">{tri(round(diff / vals[0] * 100, 1), nd=1)}</td>')
    D.clear("debt", "debt_raw")
    return f'<tr class="{cls}"><td>{label}</td>' + "".join(cells) + "</tr>"


h.append('<tr class="sec"><td colspan=9>【一般会計】</td></tr>')
for k in ["zei", "hoiku", "jutaku", "seiho"]:
    h.append(row1("　" + DEBTS[k][1], [k], debt=DEBTS[k][2], debt_raw=DEBTS[k][1]))
h.append(row1("　その他", OTHER, debt=None, debt_raw="その他"))
h.append(row1("小　計", GEN, "sub", debt_raw="小計"))
h.append('<tr class="sec"><td colspan=9>【特別会計】</td></tr>')
for k in ["kokuho", "kaigo", "kouki"]:
    h.append(row1("　" + DEBTS[k][1], [k], debt=DEBTS[k][2], debt_raw=DEBTS[k][1]))
h.append(row1("小　計", SPE, "sub", debt_raw="小計"))
h.append(row1("合　計", ALL, "tot", debt_raw="合計"))
h.append("</table>")
h.append('<div class="src">※ 百万円未満を四捨五入しているため、内訳と計が一致しない場合がある。<br>'
         "出典：各年度 池田市歳入歳出決算書をもとに債権管理課作成</div></div>")
# 【参考】
s_a, v_a = m1(tot5["a"])
s_c, v_c = m1(tot5["c"])
s_w, v_w = m1(tot5["w"])
D.set(debt=None, debt_raw=None, fy=2023, fy_raw="令和5年度", seg="total", basis="actual")
h.append('<div class="box" style="width:118mm"><span class="g">【参考】令和5年度決算（全会計・全債権）</span><br>'
         f"・調定額：{D.f(s_a + '百万円', v_a, 'assessed')}<br>"
         f"・収入済額：{D.f(s_c + '百万円', v_c, 'collected')}<br>"
         f"・収納率：{D.f(f'{rt(tot5):.2f}％', rt(tot5), 'collection_rate')}<br>"
         f"・不納欠損額：{D.f(s_w + '百万円', v_w, 'written_off')}</div>")
D.clear()
h.append("<p>収入未済額の縮減は着実に進んでいるが、国保料及び生活保護費返還金では滞納繰越分の割合が高く、"
         "早期の滞納整理と執行停止等による適正な整理が課題となっている。</p>")
page("".join(h))

# ================================================================== page 4: 2段組 評価 + 表２ + 図１
h = ["<h2>３　前計画の取組と評価</h2>",
     "<p>前計画（令和4年度～令和6年度）では、主要6債権に数値目標を設定し、督促・催告の早期化、財産調査の徹底、"
     "口座振替の勧奨等に取り組んだ。主な債権の状況は次のとおりである。</p>"]


def para(k):
    full, ab, can = DEBTS[k][0], DEBTS[k][1], DEBTS[k][2]
    r5, r4 = S[k][2023], S[k][2022]
    D.set(debt=can, debt_raw=ab, fy=2023, fy_raw="令和5年度", basis="actual")
    dp = round(rt(r5["total"]) - rt(r4["total"]), 2)
    word = "上昇" if dp >= 0 else "低下"
    o_t, o_v = okuman(r5["total"]["o"], 1)
    do = r5["total"]["o"] - r4["total"]["o"]
    do_t, do_v = okuman(abs(do), 1)
    rc, ra, rtt = rt(r5["current"]), rt(r5["arrears"]), rt(r5["total"])
    s = (f"<p><span class='g'>{ab}</span>　令和5年度の収納率は、現年度分"
         f"{D.f(f'{rc:.2f}％', rc, 'collection_rate', seg='current')}、"
         f"滞納繰越分{D.f(f'{ra:.2f}％', ra, 'collection_rate', seg='arrears')}、"
         f"合計で{D.f(f'{rtt:.2f}％', rtt, 'collection_rate', seg='total')}となり、"
         f"前年度比{D.f(f'{abs(dp):.2f}', dp, 'difference', unit='points', seg='total')}ポイント{word}した。"
         f"収入未済額は約{D.f(o_t, o_v, 'outstanding', seg='total', approx=True)}で、前年度から"
         f"約{D.f(do_t, -do_v if do < 0 else do_v, 'difference', unit='yen', seg='total', approx=True)}の{'減少' if do < 0 else '増加'}となった。")
    D.clear()
    return s


cur = "current"
h.append('<div class="two">')
h.append(para("zei") + "滞納繰越分については、大口・困難案件を納税課特別整理係に集約し、不動産公売や捜索を実施した成果が表れている。</p>")
h.append(para("kokuho") + "資格喪失後の未納が増加傾向にあり、喪失手続時の納付指導の徹底が課題である。</p>")
h.append(para("kaigo") + "年金からの特別徴収に移行できない普通徴収の被保険者への早期催告が課題である。</p>")
h.append(para("hoiku") + "無償化以降、調定額は減少したが、滞納繰越分の回収が遅れている。</p>")
h.append("</div>")
# 表２ 目標と実績（合計収納率）
TGT_PREV = {}
h.append('<div class="cap">表２　前計画の目標と実績（合計収納率）</div>')
h.append('<table style="width:100%"><tr><th rowspan=2>債権名</th><th colspan=3>令和4年度</th><th colspan=3>令和5年度</th></tr>'
         "<tr><th>目標（％）</th><th>実績（％）</th><th>達成率（％）</th><th>目標（％）</th><th>実績（％）</th><th>達成率（％）</th></tr>")
for k in MAIN6:
    can, ab = DEBTS[k][2], DEBTS[k][1]
    D.set(debt=can, debt_raw=ab, seg="total")
    cells = []
    for y, off in ((2022, 0.18), (2023, 0.22)):
        act = rt(S[k][y]["total"])
        tg = round(act + (off if k in ("kokuho", "jutaku") else -0.05 if k == "kouki" else off / 2), 2)
        cells.append(f'<td class="n">{D.f(f"{tg:.2f}", tg, "collection_rate", fy=y, fy_raw=wa(y), basis="target")}</td>')
        cells.append(f'<td class="n">{D.f(f"{act:.2f}", act, "collection_rate", fy=y, fy_raw=wa(y), basis="actual")}</td>')
        cells.append(f'<td class="n">{act / tg * 100:.1f}</td>')
    D.clear()
    h.append(f"<tr><td>{ab}</td>{''.join(cells)}</tr>")
h.append("</table>")
# 図１ bar chart with data labels
cy = list(range(2017, 2024))
vals = [rt(agg(ALL, y)) for y in cy]
lo = min(vals) - 1.2
W, H = 600, 190
bw = 46
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:IPAexGothic">',
       f'<line x1="30" y1="{H - 28}" x2="{W - 10}" y2="{H - 28}" stroke="#333" stroke-width="0.8"/>']
D.set(debt=None, debt_raw=None, seg="total", basis="actual")
for i, (y, v) in enumerate(zip(cy, vals)):
    x = 55 + i * 76
    bh = (v - lo) / (max(vals) - lo) * (H - 70)
    lab = f"H{y - 1988}" if y < 2019 else ("R1" if y == 2019 else f"R{y - 2018}")
    svg.append(f'<rect x="{x}" y="{H - 28 - bh:.1f}" width="{bw}" height="{bh:.1f}" fill="#7d9fc0"/>')
    svg.append(f'<text x="{x + bw / 2}" y="{H - 32 - bh:.1f}" font-size="10" text-anchor="middle">'
               f'{D.f(f"{v:.2f}", v, "collection_rate", fy=y, fy_raw=lab)}</text>')
    svg.append(f'<text x="{x + bw / 2}" y="{H - 12}" font-size="10" text-anchor="middle">{lab}</text>')
D.clear()
svg.append("</svg>")
h.append('<div class="cap" style="margin-top:8px">図１　全債権の収納率（合計）の推移（単位：％）</div>' + "".join(svg))
page("".join(h))

# ================================================================== page 5 (landscape): 主要債権の決算状況
h = ["<h2>４　主要債権の決算状況</h2>",
     '<div class="cap">表３　主要債権の現年度分・滞納繰越分別の決算状況</div><div class="unit">（単位：千円、％）</div>',
     '<table style="width:100%; font-size:7.6pt">']
segs = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
h.append("<tr><th rowspan=3>債権名</th>" + "".join(f"<th colspan=9>{wa(y)}（決算）</th>" for y in (2022, 2023)) + "</tr>")
h.append("<tr>" + "".join(f"<th colspan=3>{s}</th>" for _ in (1, 2) for _, s in segs) + "</tr>")
h.append("<tr>" + "".join("<th>調定額</th><th>収入済額</th><th>収納率</th>" for _ in range(6)) + "</tr>")


def row3(label, keys, debt, debt_raw, cls=""):
    cells = []
    D.set(debt=debt, debt_raw=debt_raw, basis="actual")
    for y in (2022, 2023):
        for sg, _ in segs:
            d = agg(keys, y, sg)
            D.set(fy=y, fy_raw=wa(y), seg=sg)
            cells.append(f'<td class="n">{D.f(c(d["a"]), d["a"] * 1000, "assessed")}</td>'
                         f'<td class="n">{D.f(c(d["c"]), d["c"] * 1000, "collected")}</td>'
                         f'<td class="n">{D.f(f"{rt(d):.2f}", rt(d), "collection_rate")}</td>')
    D.clear()
    return f'<tr class="{cls}"><td style="white-space:nowrap">{label}</td>{"".join(cells)}</tr>'


for k in MAIN6:
    h.append(row3(DEBTS[k][1], [k], DEBTS[k][2], DEBTS[k][1]))
h.append(row3("主要債権計", MAIN6, None, "主要債権計", "tot"))
h.append("</table>")
h.append('<div class="src">※ 収納率＝収入済額÷調定額×100（小数点第3位を四捨五入）。調定額には不納欠損額を含む。</div>')
# 表４（不納欠損・収入未済：債権名を縦に結合）
h.append('<div class="cap" style="margin-top:8px">表４　令和5年度 不納欠損額及び収入未済額</div><div style="width:70%"><div class="unit">（単位：千円）</div>')
h.append('<table style="width:100%"><tr><th>債権名</th><th>区分</th><th>調定額</th><th>不納欠損額</th><th>収入未済額</th></tr>')
D.set(fy=2023, fy_raw="令和5年度", basis="actual")
for k in ["zei", "kokuho", "kaigo"]:
    for j, (sg, lab) in enumerate([("current", "現年"), ("arrears", "滞繰"), ("total", "計")]):
        d = S[k][2023][sg]
        D.set(debt=DEBTS[k][2], debt_raw=DEBTS[k][1], seg=sg)
        first = f'<td rowspan=3 style="vertical-align:middle">{DEBTS[k][1]}</td>' if j == 0 else ""
        h.append(f"<tr>{first}<td>{lab}</td><td class='n'>{D.f(c(d['a']), d['a'] * 1000, 'assessed')}</td>"
                 f"<td class='n'>{D.f(c(d['w']), d['w'] * 1000, 'written_off') if d['w'] else '－'}</td>"
                 f"<td class='n'>{D.f(c(d['o']), d['o'] * 1000, 'outstanding')}</td></tr>")
D.clear()
h.append("</table></div>")
page("".join(h), land=True)

# ================================================================== page 6: 計画の目標
h = ["<h2>５　計画の目標</h2>",
     "<p>主要6債権について、現年度分及び滞納繰越分の目標収納率を次のとおり定める。令和6年度は決算見込の数値である。</p>",
     '<div class="cap">表５　主要債権の目標収納率</div><div class="unit">（単位：％）</div>',
     '<table style="width:100%; font-size:8.4pt">']
TY = [(2023, "R5実績", "actual"), (2024, "R6見込", "estimate"), (2025, "R7目標", "target"),
      (2026, "R8目標", "target"), (2027, "R9目標", "target")]
h.append('<tr><th rowspan=2>債権名</th><th colspan=5>現年度分</th><th colspan=5>滞納繰越分</th></tr>')
h.append("<tr>" + "".join(f"<th>{lab}</th>" for _ in (1, 2) for _, lab, _ in TY) + "</tr>")
STEP = {"zei": (0.04, 0.8), "kokuho": (0.25, 1.0), "kaigo": (0.05, 0.7), "kouki": (0.02, 0.6),
        "hoiku": (0.08, 1.0), "jutaku": (0.15, 0.8)}
TARGET = {}
for k in MAIN6:
    D.set(debt=DEBTS[k][2], debt_raw=DEBTS[k][1])
    cells = []
    for sg, si in (("current", 0), ("arrears", 1)):
        base = rt(S[k][2024][sg])
        for y, lab, b in TY:
            if y <= 2024:
                v = rt(S[k][y][sg])
            else:
                v = round(min(99.9, base + STEP[k][si] * (y - 2024)), 2)
            TARGET[(k, sg, y)] = v
            cells.append(f'<td class="n">{D.f(f"{v:.2f}", v, "collection_rate", fy=y, fy_raw=lab, seg=sg, basis=b)}</td>')
    D.clear()
    h.append(f"<tr><td>{DEBTS[k][1]}</td>{''.join(cells)}</tr>")
h.append("</table>")
# 表６ long format
h.append('<div class="cap" style="margin-top:8px">表６　収入未済額の目標（債権別・年度別）</div>')
h.append('<table style="width:82%"><tr><th>債権名</th><th>年度</th><th>区分</th><th>収入未済額（千円）</th><th>令和5年度比 増減（千円）</th></tr>')
RED = {"zei": (0.055, 0.05, 0.045), "kokuho": (0.07, 0.06, 0.05), "kaigo": (0.04, 0.04, 0.035)}
for k in ["zei", "kokuho", "kaigo"]:
    base = S[k][2023]["total"]["o"]
    D.set(debt=DEBTS[k][2], debt_raw=DEBTS[k][1], seg="total")
    h.append(f"<tr><td>{DEBTS[k][1]}</td><td>令和5年度</td><td>実績</td>"
             f"<td class='n'>{D.f(c(base), base * 1000, 'outstanding', fy=2023, fy_raw='令和5年度', basis='actual')}</td><td class='n'>－</td></tr>")
    v = base
    for i, y in enumerate((2025, 2026, 2027)):
        v = int(round(v * (1 - RED[k][i]) / 100)) * 100
        h.append(f"<tr><td>{DEBTS[k][1]}</td><td>{wa(y)}</td><td>目標</td>"
                 f"<td class='n'>{D.f(c(v), v * 1000, 'outstanding', fy=y, fy_raw=wa(y), basis='target')}</td>"
                 f"<td class='n'>{D.f(tri(v - base), (v - base) * 1000, 'difference', unit='yen', fy=y, fy_raw=wa(y), basis='target')}</td></tr>")
    D.clear()
h.append("</table>")
h.append("<p style='margin-top:6px'>目標の達成状況は、池田市債権管理推進会議において毎年度検証し、結果を公表する。"
         "社会経済情勢の変化等により目標の達成が困難となった場合は、取組内容を見直すものとする。</p>")
page("".join(h))

# ================================================================== page 7-8: 債権ごとの取組 + 参考資料
ITEMS = {
    "zei": [
        ("現年度分の滞納を早期に解消するため、納期限後20日以内の督促状発送と、その後の電話・SMSによる催告を徹底する。", "継続"),
        ("財産調査を早期に行い、預貯金・給与等の差押えを中心とした滞納処分を速やかに執行する。", "継続"),
        ("大阪府域地方税徴収機構への高額・困難案件の引継ぎを計画的に行い、滞納繰越分の縮減を図る。", "拡充"),
        ("スマートフォン決済アプリによる納付の周知を強化し、納付機会の拡大を図る。", "新規"),
    ],
    "kokuho": [
        ("資格喪失の届出時に窓口で未納保険料の納付相談を行い、分納誓約の取付けを徹底する。", "新規"),
        ("口座振替の原則化を進め、加入手続時の口座振替申込みを勧奨する。", "継続"),
        ("財産調査により担保力があると判断した滞納世帯に対して、差押えを実施する。", "継続"),
    ],
    "kaigo": [
        ("普通徴収の被保険者に対し、納期限後の早期催告と訪問による納付勧奨を行う。", "継続"),
        ("滞納が続く被保険者には給付制限の事前通知を送付し、納付相談につなげる。", None),
        ("時効の到来が見込まれる債権は、執行停止の要件を確認のうえ適正に整理する。", "拡充"),
    ],
    "hoiku": [
        ("在園児の保護者には、園を通じた納付案内と面談により早期納付を促す。", "継続"),
        ("退園者の滞納繰越分は、財産調査の結果に基づき滞納処分又は執行停止を判断する。", "拡充"),
    ],
    "jutaku": [
        ("3か月以上の滞納者に対し、連帯保証人への請求と明渡し請求を段階的に行う。", "継続"),
        ("退去者の滞納使用料について、支払督促等の法的措置を講じる。", "新規"),
    ],
}


def sheet(k, n):
    full, ab, can = DEBTS[k][0], DEBTS[k][1], DEBTS[k][2]
    sec = f"６－{n}　債権ごとの取組み（{full}）"
    out = [f"<h3 style='border-bottom:1pt solid #2d5d8a'>{sec}</h3>"]
    D.set(debt=can, debt_raw=full)
    r5 = S[k][2023]
    o_t = c(r5["total"]["o"]) + "千円"
    out.append(f"<p class='ni' style='font-size:9.5pt'>【現状】令和5年度決算の収入未済額は"
               f"{D.f(o_t, r5['total']['o'] * 1000, 'outstanding', fy=2023, fy_raw='令和5年度', seg='total', basis='actual')}"
               f"（うち滞納繰越分{D.f(c(r5['arrears']['o']) + '千円', r5['arrears']['o'] * 1000, 'outstanding', fy=2023, fy_raw='令和5年度', seg='arrears', basis='actual')}）。</p>")
    tc, ta = TARGET[(k, "current", 2027)], TARGET[(k, "arrears", 2027)]
    out.append(f"<p class='ni' style='font-size:9.5pt'>【目標】令和9年度　現年度分"
               f"{D.f(f'{tc:.2f}％', tc, 'collection_rate', fy=2027, fy_raw='令和9年度', seg='current', basis='target')}　"
               f"滞納繰越分{D.f(f'{ta:.2f}％', ta, 'collection_rate', fy=2027, fy_raw='令和9年度', seg='arrears', basis='target')}</p>")
    D.clear()
    out.append("<p class='ni g' style='font-size:9.5pt'>【主な取組】</p>")
    for i, (t, st) in enumerate(ITEMS[k]):
        lab = "①②③④⑤"[i]
        D.item(t, can, 2025, sec, lab, st, debt_raw=full)
        tag = f"<span class='tag'>【{st}】</span>" if st else ""
        # one item carries its tag alone on the next line
        if k == "kaigo" and i == 2:
            out.append(f"<div class='item'>{lab}　{t}</div><div class='item' style='text-align:right'>{tag}</div>")
        else:
            out.append(f"<div class='item'>{lab}　{t}{tag}</div>")
    return "".join(out)


h = ["<h2>６　債権ごとの取組</h2>",
     "<p>主要債権について、計画期間（令和7年度～令和9年度）に重点的に取り組む事項を次のとおり定める。</p>"]
for n, k in enumerate(["zei", "kokuho", "kaigo"], 1):
    h.append(sheet(k, n))
page("".join(h))

h = [sheet("hoiku", 4), sheet("jutaku", 5)]
h.append("<h2 style='margin-top:12px'>参考資料　本市の債権一覧</h2>")
h.append('<div class="cap">令和5年度末 収入未済額（債権別）</div><div class="unit">（単位：千円）</div>')
h.append('<table style="width:100%; font-size:8.2pt"><tr><th>No.</th><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th><th>収入未済額</th></tr>')
order = sorted(ALL, key=lambda k: ({"強": 0, "非": 1, "私": 2}[DEBTS[k][4]]))
D.set(fy=2023, fy_raw="令和5年度末", seg="total", basis="actual")
no = 0


def lst(keys):
    global no
    out = []
    for k in keys:
        no += 1
        full, _, can, _, kb, ka, law = DEBTS[k][:7]
        o = S[k][2023]["total"]["o"]
        out.append(f"<tr><td style='text-align:center'>{no}</td><td>{full}</td><td>{ka}</td><td style='font-size:7.6pt'>{law}</td>"
                   f"<td style='text-align:center'>{kb}</td><td class='n'>{D.f(c(o), o * 1000, 'outstanding', debt=can, debt_raw=full)}</td></tr>")
    return out


pub = [k for k in order if DEBTS[k][4] in "強非"]
pri = [k for k in order if DEBTS[k][4] == "私"]
h += lst(pub)
po = sum(S[k][2023]["total"]["o"] for k in pub)
h.append(f"<tr class='sub'><td colspan=5>公債権計</td><td class='n'>{D.f(c(po), po * 1000, 'outstanding', debt=None, debt_raw='公債権計')}</td></tr>")
h += lst(pri)
pr = sum(S[k][2023]["total"]["o"] for k in pri)
h.append(f"<tr class='sub'><td colspan=5>私債権計</td><td class='n'>{D.f(c(pr), pr * 1000, 'outstanding', debt=None, debt_raw='私債権計')}</td></tr>")
h.append(f"<tr class='tot'><td colspan=5>総　計</td><td class='n'>{D.f(c(po + pr), (po + pr) * 1000, 'outstanding', debt=None, debt_raw='総計')}</td></tr>")
D.clear()
h.append("</table>")
h.append('<div class="src">区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権</div>')
page("".join(h))

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
pdf = chromium_pdf(html, STEM)
D.write(pdf)
