"""袖ケ浦市債権回収・整理計画 — HTML/CSS -> chromium --print-to-pdf. Run from corpus/frozen40."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fx_common import Gold, PDF_DIR, WORK, rate, fr, c, zen, oku_man, chromium_pdf  # noqa: E402

STEM = "fx_sodegaura_plan_1"
CITY = "袖ケ浦市"
g = Gold(STEM, "plan", "suishin", CITY, "袖ケ浦市債権回収・整理計画（令和6年度～令和8年度）", "2024-06-01", "令和6年6月")
K = 1000

DEBTS = [  # key, full, short, canonical, 所管課, cur A, cur rate, arr A, arr rate, wo rate
    ("tax", "市税", "市税", "市税", "納税課", 18452310, .9921, 498120, .3312, .058),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険料", "保険年金課", 2812440, .9455, 912350, .2601, .074),
    ("kaigo", "介護保険料", "介護料", "介護保険料", "介護保険課", 2254100, .9931, 38840, .2712, .221),
    ("koki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "保険年金課", 1198760, .9968, 6120, .4233, .081),
    ("jutaku", "市営住宅使用料", "住宅使用料", "市営住宅使用料", "住宅課", 96420, .9712, 18830, .1422, .052),
]
D = {}
for k, full, sh, cn, ka, a, r_, b, q, w in DEBTS:
    cc, cb, wo = round(a * r_), round(b * q), round(b * w)
    D[k] = dict(ac=a, cc=cc, aa=b, ca=cb, wo=wo, ta=a + b, tc=cc + cb, out=a + b - cc - cb - wo,
                rc=rate(cc, a), ra=rate(cb, b), rt=rate(cc + cb, a + b))
TOT = {x: sum(D[k][x] for k in D) for x in ("ta", "tc", "wo", "out", "ac", "cc", "aa", "ca")}
TOT["rt"] = rate(TOT["tc"], TOT["ta"])

pages = []
# --------------------------------------------------------------- page 1 (2段組 + boxed table)
PG = 1
man_out = round(TOT["out"] / 10) * 10000
left = (f"<p>　本市では、令和3年4月に「袖ケ浦市債権管理条例」を施行し、市の債権を適正に管理するための基準を定めた。"
        f"本計画は、条例第8条に基づき、主な債権の回収と整理の目標を年度ごとに定めるものである。</p>"
        f"<p>　令和５年度の対象５債権全体の収納率は<b>{zen(fr(TOT['rt']))}％</b>となり、"
        f"現年度分は{zen(fr(rate(TOT['cc'], TOT['ac'])))}％であった。")
g.f(PG, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", TOT["rt"], "percent", f"{zen(fr(TOT['rt']))}％")
g.f(PG, None, None, 2023, "令和５年度", "current", "collection_rate", "actual", rate(TOT["cc"], TOT["ac"]), "percent",
    f"{zen(fr(rate(TOT['cc'], TOT['ac'])))}％")
prev_rt = round(TOT["rt"] - 0.27, 2)
left += f"前年度（{fr(prev_rt)}％）から0.27ポイント上昇している。</p>"
g.f(PG, None, None, 2022, "前年度", "total", "collection_rate", "actual", prev_rt, "percent", f"{fr(prev_rt)}％")
g.f(PG, None, None, 2023, "令和５年度", "total", "difference", "actual", 0.27, "points", "0.27ポイント")
prev_out_man = man_out + 6730 * 10000
right = (f"<p>　一方、収入未済額は令和５年度末で約{oku_man(man_out)}であり、前年度末の約{oku_man(prev_out_man)}から"
         f"約6,730万円減少した。このうち国民健康保険税が約{oku_man(round(D['kokuho']['out'] / 10) * 10000)}を占めている。</p>"
         "<p>　計画期間は令和6（2024）年度から令和8（2026）年度までの3年間とし、毎年度、前年度の実績と当該年度の計画を公表する。"
         "計画の進捗は債権管理推進会議で確認し、必要に応じて目標を見直す。</p>")
g.f(PG, None, None, 2023, "令和５年度", "total", "outstanding", "actual", man_out, "yen", f"約{oku_man(man_out)}", approx=True)
g.f(PG, None, None, 2022, "前年度", "total", "outstanding", "actual", prev_out_man, "yen", f"約{oku_man(prev_out_man)}", approx=True)
g.f(PG, None, None, 2023, "令和５年度", "total", "difference", "actual", -67300000, "yen", "約6,730万円", approx=True)
g.f(PG, "国民健康保険料", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual",
    round(D["kokuho"]["out"] / 10) * 10000, "yen", f"約{oku_man(round(D['kokuho']['out'] / 10) * 10000)}", approx=True)
rows = [("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"), ("不納欠損額", "wo", "written_off"),
        ("収入未済額", "out", "outstanding"), ("収納率（％）", "rt", "collection_rate")]
th = "".join(f"<th>{d[2]}</th>" for d in DEBTS) + "<th>合計</th>"
trs = ""
for lab, key, met in rows:
    tds = ""
    for d in DEBTS:
        v = D[d[0]][key]
        if met == "collection_rate":
            tds += f"<td>{g.f(PG, d[3], d[2], 2023, '令和5年度', 'total', met, 'actual', v, 'percent', fr(v))}</td>"
        else:
            tds += f"<td>{g.f(PG, d[3], d[2], 2023, '令和5年度', 'total', met, 'actual', v * K, 'yen', c(v))}</td>"
    v = TOT[key]
    if met == "collection_rate":
        tds += f"<td class=s>{g.f(PG, None, '合計', 2023, '令和5年度', 'total', met, 'actual', v, 'percent', fr(v))}</td>"
    else:
        tds += f"<td class=s>{g.f(PG, None, '合計', 2023, '令和5年度', 'total', met, 'actual', v * K, 'yen', c(v))}</td>"
    trs += f"<tr><th class=l>{lab}</th>{tds}</tr>"
pages.append(f"""
<div class="page">
<div class="title"><div class="t1">袖ケ浦市債権回収・整理計画</div><div class="t2">（令和6年度～令和8年度）</div>
<div class="t3">令和6年6月　袖ケ浦市 総務部 納税課</div></div>
<h2>１　計画の概要</h2>
<div class="cols"><div>{left}</div><div>{right}</div></div>
<div class="cap">表１　対象債権の令和5年度決算（単位：千円）</div>
<div class="boxed"><table class="t"><tr><th>区分</th>{th}</tr>{trs}</table></div>
<div class="src">出典：令和5年度袖ケ浦市一般会計・特別会計歳入歳出決算書</div>
<div class="note">（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料</div>
</div>""")

# --------------------------------------------------------------- page 2 (landscape) 収納率の推移
PG = 2
YRS = [2019, 2020, 2021, 2022, 2023]
YL = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度"}
HIST = {"tax": [98.72, 98.81, 98.95, 99.08], "kokuho": [93.12, 93.55, 94.02, 94.31],
        "kaigo": [99.05, 99.12, 99.18, 99.25], "koki": [99.51, 99.58, 99.62, 99.65], "jutaku": [96.31, 96.55, 96.88, 97.02]}
HIST_A = {"tax": [25.12, 27.31, 29.45, 31.88], "kokuho": [21.02, 22.41, 24.10, 25.34],
          "kaigo": [23.11, 24.56, 25.87, 26.43], "koki": [38.12, 39.54, 40.87, 41.52], "jutaku": [11.21, 12.05, 13.11, 13.87]}
trs = ""
for d in DEBTS:
    k = d[0]
    for seg, lab, hist, now in [("current", "現年度分", HIST[k], D[k]["rc"]), ("arrears", "滞納繰越分", HIST_A[k], D[k]["ra"])]:
        vals = hist + [now]
        tds = ""
        for y, v in zip(YRS, vals):
            tds += f"<td>{g.f(PG, d[3], d[1], y, YL[y], seg, 'collection_rate', 'actual', v, 'percent', fr(v))}</td>"
        dd = round(vals[-1] - vals[-2], 2)
        dd5 = round(vals[-1] - vals[0], 2)
        s1 = ("△" if dd < 0 else "") + fr(abs(dd))
        s2 = ("△" if dd5 < 0 else "") + fr(abs(dd5))
        g.f(PG, d[3], d[1], 2023, "令和5年度", seg, "difference", "actual", dd, "points", s1)
        g.f(PG, d[3], d[1], 2023, "令和5年度", seg, "difference_from_2019", "actual", dd5, "points", s2)
        tgt = {"current": {"tax": "99.30", "kokuho": "94.80", "kaigo": "99.40", "koki": "99.70", "jutaku": "97.50"},
               "arrears": {"tax": "35.00", "kokuho": "27.50", "kaigo": "28.00", "koki": "43.00", "jutaku": "15.00"}}[seg][k]
        g.f(PG, d[3], d[1], 2026, "令和8（2026）年度", seg, "collection_rate", "target", float(tgt), "percent", tgt)
        first = f"<th class=l rowspan=2>{d[1]}</th>" if seg == "current" else ""
        trs += f"<tr>{first}<th>{lab}</th>{tds}<td class=s>{s1}</td><td class=s>{s2}</td><td class=g>{tgt}</td></tr>"
pages.append(f"""
<div class="page land">
<h2>２　主な債権の収納率の推移と計画最終年度の目標</h2>
<div class="unit">（単位：％、ポイント）</div>
<table class="t wide">
<tr><th rowspan=2>債権名</th><th rowspan=2>区分</th><th colspan=5>決算</th><th colspan=2>増減</th><th>目標</th></tr>
<tr>{''.join(f'<th>{YL[y]}</th>' for y in YRS)}<th>前年度比</th><th>令和元年度比</th><th>令和8（2026）年度</th></tr>
{trs}</table>
<div class="note">※ 増減欄の△は低下を示す。令和元年度は平成31年4月1日から令和2年3月31日までの年度。</div>
</div>""")

# --------------------------------------------------------------- page 3: 年度別目標 (years as rows, descending) + 達成状況
PG = 3
TG = {  # year: (tax cur, kokuho cur, outstanding total target 千円)
    2026: (99.30, 94.80, 1048000), 2025: (99.27, 94.65, 1089000), 2024: (99.24, 94.50, 1131000)}
trs = ""
for y in [2026, 2025, 2024]:
    a, b, o = TG[y]
    yl = f"令和{y - 2018}（{y}）年度"
    trs += (f"<tr><th>{yl}</th><td>{g.f(PG, '市税', '市税', y, yl, 'current', 'collection_rate', 'target', a, 'percent', fr(a))}</td>"
            f"<td>{g.f(PG, '国民健康保険料', '国民健康保険税', y, yl, 'current', 'collection_rate', 'target', b, 'percent', fr(b))}</td>"
            f"<td>{g.f(PG, None, '対象債権計', y, yl, 'total', 'outstanding', 'target', o * K, 'yen', c(o))}</td></tr>")
PAST = [(2021, 98.90, 98.95, 1341200), (2022, 99.00, 99.08, 1268800), (2023, 99.10, D["tax"]["rc"], None)]
trs2 = ""
for y, tg, ac, _ in PAST:
    yl = f"令和{y - 2018}年度"
    ach = round(ac / tg * 100, 2)
    dd = round(ac - tg, 2)
    trs2 += (f"<tr><th>{yl}</th><td>{g.f(PG, '市税', '市税', y, yl, 'current', 'collection_rate', 'target', tg, 'percent', fr(tg))}</td>"
             f"<td>{g.f(PG, '市税', '市税', y, yl, 'current', 'collection_rate', 'actual', ac, 'percent', fr(ac))}</td>"
             f"<td>{g.f(PG, '市税', '市税', y, yl, 'current', 'difference_from_target', 'actual', dd, 'points', ('△' if dd < 0 else '') + fr(abs(dd)))}</td>"
             f"<td>{g.f(PG, '市税', '市税', y, yl, 'current', 'achievement_rate', 'actual', ach, 'percent', fr(ach))}</td></tr>")
pages.append(f"""
<div class="page">
<h2>３　数値目標</h2>
<h3>（１）年度別の目標</h3>
<p>　計画期間の各年度の目標を次のとおり定める。目標は令和8年度を最終年度とし、年度の新しい順に示す。</p>
<div class="cap">表３　年度別の目標</div>
<table class="t mid"><tr><th>年度</th><th>市税 現年度分収納率（％）</th><th>国保税 現年度分収納率（％）</th><th>対象債権の収入未済額（千円）</th></tr>{trs}</table>
<h3>（２）前計画期間の目標達成状況（市税 現年度分収納率）</h3>
<div class="unit">（単位：％）</div>
<table class="t mid"><tr><th>年度</th><th>目標</th><th>実績</th><th>差</th><th>達成率</th></tr>{trs2}</table>
<div class="note">※ 達成率＝実績÷目標×100。差の△は目標を下回ったことを示す。</div>
</div>""")

# --------------------------------------------------------------- pages 4-5: 推進シート
SHEETS = [
    (4, "kokuho", "強制徴収公債権",
     f"被保険者数の減少により調定額は縮小しているが、令和5年度末の収入未済額は{c(D['kokuho']['out'])}千円と対象債権の中で最も大きい。"
     f"滞納繰越分の収納率は{fr(D['kokuho']['ra'])}％にとどまり、",
     [("ア", "（ｱ）", "納期内納付の推進", [("口座振替の勧奨通知を年2回送付する。", "継続"),
                                      ("スマートフォン決済の利用案内を納税通知書に同封する。", "新規")]),
      ("イ", "（ｱ）", "滞納整理の強化", [("滞納発生から6か月以内に財産調査を完了させる。", "拡充"),
                                     ("納税課との合同催告を年2回実施する。", "継続")])]),
    (4, "jutaku", "私債権",
     f"令和5年度末の収入未済額は{c(D['jutaku']['out'])}千円で、うち退去者分が約4割を占める。現年度分収納率は{fr(D['jutaku']['rc'])}％であり、",
     [("ア", "（ｱ）", "早期対応", [("滞納1か月目に電話、2か月目に文書で催告し、連帯保証人にも通知する。", "継続")]),
      ("イ", "（ｱ）", "法的措置", [("6か月以上の滞納者に対し、明渡し及び滞納家賃の支払を求める訴えを提起する。", "継続"),
                               ("退去者の未収金は、支払督促を申し立てる。", "新規")])]),
    (5, "tax", "強制徴収公債権",
     f"令和5年度の現年度分収納率は{fr(D['tax']['rc'])}％で、前年度から{fr(D['tax']['rc'] - HIST['tax'][-1])}ポイント上昇した。"
     f"滞納繰越分の調定額は{c(D['tax']['aa'])}千円まで減少しており、",
     [("ア", "（ｱ）", "納付環境の整備", [("地方税統一QRコードを活用した納付の周知を行う。", "継続")]),
      ("イ", "（ｱ）", "高額・困難事案への対応", [("千葉県滞納整理推進機構への移管を計画的に行う。", "継続"),
                                           ("不動産の公売を年1回以上実施する。", "拡充")])]),
    (5, "kaigo", "強制徴収公債権",
     f"普通徴収の被保険者の滞納が中心であり、令和5年度の不納欠損額は{c(D['kaigo']['wo'])}千円であった。",
     [("ア", "（ｱ）", "給付制限の周知", [("滞納が続いた場合の給付制限を、65歳到達時の案内で説明する。", "継続")]),
      ("イ", "（ｱ）", "納付相談", [("介護認定申請時に未納を確認し、納付相談につなげる。", "新規")])]),
]
bypage = {}
for n, (pg, k, kubun, issue, groups) in enumerate(SHEETS):
    d = [x for x in DEBTS if x[0] == k][0]
    full, sh, cn, ka = d[1], d[2], d[3], d[4]
    v = D[k]
    g.f(pg, cn, full, 2023, "令和5年度", "total", "outstanding", "actual", v["out"] * K, "yen", f"{c(v['out'])}千円") if "収入未済額は" in issue else None
    if k == "kokuho":
        g.f(pg, cn, full, 2023, "令和5年度", "arrears", "collection_rate", "actual", v["ra"], "percent", f"{fr(v['ra'])}％")
    if k == "jutaku":
        g.f(pg, cn, full, 2023, "令和5年度", "current", "collection_rate", "actual", v["rc"], "percent", f"{fr(v['rc'])}％")
    if k == "tax":
        g.f(pg, cn, full, 2023, "令和5年度", "current", "collection_rate", "actual", v["rc"], "percent", f"{fr(v['rc'])}％")
        g.f(pg, cn, full, 2023, "令和5年度", "current", "difference", "actual", round(v["rc"] - HIST["tax"][-1], 2), "points",
            f"{fr(v['rc'] - HIST['tax'][-1])}ポイント")
        g.f(pg, cn, full, 2023, "令和5年度", "arrears", "assessed", "actual", v["aa"] * K, "yen", f"{c(v['aa'])}千円")
    if k == "kaigo":
        g.f(pg, cn, full, 2023, "令和5年度", "total", "written_off", "actual", v["wo"] * K, "yen", f"{c(v['wo'])}千円")
    issue_full = issue + "引き続き早期の納付勧奨と滞納整理に取り組む必要がある。"
    # multi-year strip: R5 実績 / R6-R8 目標 ; collected & rate stacked
    tgt_c = [round(v["rc"] + x, 2) for x in (0.05, 0.10, 0.15)]
    outs = [round(v["out"] * f) for f in (0.96, 0.92, 0.88)]
    cells_r = f"<td>{g.f(pg, cn, full, 2023, '令和5年度', 'current', 'collection_rate', 'actual', v['rc'], 'percent', fr(v['rc']))}</td>"
    cells_o = f"<td>{g.f(pg, cn, full, 2023, '令和5年度', 'total', 'outstanding', 'actual', v['out'] * K, 'yen', c(v['out']))}</td>"
    for y, tr_, to in zip([2024, 2025, 2026], tgt_c, outs):
        yl = f"令和{y - 2018}年度"
        cells_r += f"<td>{g.f(pg, cn, full, y, yl, 'current', 'collection_rate', 'target', tr_, 'percent', fr(tr_))}</td>"
        cells_o += f"<td>{g.f(pg, cn, full, y, yl, 'total', 'outstanding', 'target', to * K, 'yen', c(to))}</td>"
    items_html = ""
    for lab, sub, title, its in groups:
        items_html += f"<div class=it1>{lab}　{title}</div>"
        for m, (tx, stt) in enumerate(its):
            sl = "（ｱ）（ｲ）（ｳ）"[m * 3:(m + 1) * 3]
            items_html += f"<div class=it2>{sl}　{tx}【{stt}】</div>"
            g.i(pg, cn, 2024, "具体的な取組", f"{lab}{sl}", tx, stt, debt_raw=full)
    bypage.setdefault(pg, []).append(f"""
<div class="sheet">
<table class="t strip"><tr><th>債権名</th><td class=l><b>{full}</b></td><th>所管課</th><td class=l>{ka}</td><th>債権区分</th><td class=l>{kubun}</td></tr></table>
<table class="t sh"><tr><th rowspan=2>項目</th><th>実績</th><th colspan=3>目標</th></tr>
<tr><th>令和5年度</th><th>令和6年度</th><th>令和7年度</th><th>令和8年度</th></tr>
<tr><th class=l>現年度分収納率（％）</th>{cells_r}</tr>
<tr><th class=l>収入未済額（千円）</th>{cells_o}</tr></table>
<table class="t sh"><tr><th class=v>現状と課題</th><td class=l>{issue_full}</td></tr></table>
<div class=it0>具体的な取組</div>{items_html}
</div>""")
for pg in (4, 5):
    head = "<h2>４　債権ごとの推進シート</h2>" if pg == 4 else ""
    pages.append(f'<div class="page">{head}{"".join(bypage[pg])}</div>')

html = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }}
@page land {{ size: A4 landscape; margin: 14mm 14mm; }}
body {{ font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.55; }}
.page {{ break-after: page; }}
.page:last-child {{ break-after: auto; }}
.land {{ page: land; }}
.title {{ text-align: center; border: 2px solid #333; padding: 8px; margin-bottom: 10px; }}
.t1 {{ font-family: 'IPAexGothic'; font-size: 17pt; }} .t2 {{ font-size: 12pt; }} .t3 {{ font-size: 9pt; text-align: right; }}
h2 {{ font-family: 'IPAexGothic'; font-size: 12.5pt; border-bottom: 1.5px solid #335; margin: 8px 0 6px; }}
h3 {{ font-family: 'IPAexGothic'; font-size: 11pt; margin: 8px 0 4px; }}
.cols {{ column-count: 2; column-gap: 8mm; text-align: justify; }}
.cols p {{ margin: 0 0 6px; }}
.cap {{ font-family: 'IPAexGothic'; font-size: 9.5pt; margin-top: 10px; }}
.boxed {{ border: 1.5px solid #222; padding: 6px; }}
.src, .note {{ font-size: 8pt; margin-top: 3px; }}
.unit {{ text-align: right; font-size: 8.5pt; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; }}
table.t th, table.t td {{ border: 0.6px solid #444; padding: 2px 4px; }}
table.t th {{ background: #e4e9f2; font-family: 'IPAexGothic'; font-weight: normal; }}
table.t td {{ text-align: right; }}
table.t .l {{ text-align: left; }} table.t td.s {{ background: #f3f3f3; }} table.t td.g {{ background: #fff6dd; }}
table.wide {{ font-size: 8.5pt; }}
table.mid {{ width: 80%; margin: 4px auto; }}
.sheet {{ border: 1px solid #999; padding: 6px; margin-bottom: 10px; }}
table.strip td, table.strip th {{ padding: 4px; }}
table.sh {{ margin-top: 5px; }}
th.v {{ width: 6em; }}
.it0 {{ font-family: 'IPAexGothic'; margin-top: 5px; }}
.it1 {{ margin-left: 1em; font-family: 'IPAexGothic'; font-size: 9.5pt; }}
.it2 {{ margin-left: 2.5em; text-indent: -1.5em; padding-left: 1.5em; font-size: 9.5pt; }}
</style></head><body>{''.join(pages)}</body></html>"""
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
chromium_pdf(hp, out)
g.write(out)
