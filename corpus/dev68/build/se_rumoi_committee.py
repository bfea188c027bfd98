"""Committee material (取組個票) — HTML/CSS -> chromium --print-to-pdf.  Run from corpus/dev68."""
import random, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from se_common import Gold, comma, pct, rate, gen_debt, sen, oku_man, zen, check

STEM = "se_rumoi_committee_1"
WORK = Path("/tmp/se_work")
rng = random.Random(6801)
G = Gold(STEM, "committee_material", "留萌市", "令和7年度第2回留萌市債権管理対策会議 資料", "2025-11-20",
         "令和7年11月20日", "kobetsu")
YRS = list(range(2019, 2025))
#   key, full, abbr, dept, kind, law, account, params
DEBTS = [
    ("市税", "市税", "総務部税務課", "強", "地方税法", "一般会計", (2.35e9, .985, 1.6e8, .22, .05)),
    ("生活保護費返還金", "生保返還", "健康福祉部社会福祉課", "非", "生活保護法", "一般会計", (2.2e7, .55, 4.8e7, .06, .03)),
    ("市営住宅使用料", "住宅使用料", "都市環境部都市整備課", "私", "公営住宅法・民法", "一般会計", (3.4e8, .965, 6.5e7, .14, .04)),
    ("国民健康保険税", "国保税", "市民部市民課", "強", "地方税法", "特別会計", (5.2e8, .935, 2.3e8, .17, .06)),
    ("介護保険料", "介護料", "健康福祉部介護福祉課", "強", "介護保険法", "特別会計", (4.1e8, .990, 2.2e7, .20, .08)),
    ("後期高齢者医療保険料", "後期高齢", "市民部市民課", "強", "高齢者の医療の確保に関する法律", "特別会計", (1.6e8, .996, 4.5e6, .30, .05)),
    ("下水道使用料", "下水道", "都市環境部上下水道課", "強", "地方自治法", "企業会計", (5.8e8, .992, 2.8e7, .30, .04)),
    ("水道料金", "水道", "都市環境部上下水道課", "私", "民法", "企業会計", (9.1e8, .990, 4.0e7, .35, .05)),
]
D = {}
for k, ab, dept, kind, law, acc, p in DEBTS:
    D[k] = gen_debt(rng, YRS, *p)
SEGJ = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
TGT = {k: {s: min(99.95, round(rate(D[k][2024][s]["c"], D[k][2024][s]["a"]) + rng.choice([0.05, 0.1, 0.15, 0.2, 0.3]) * (3 if s == "arrears" else 1), 2))
           for s in ("current", "arrears", "total")} for k in D}

def F(page, debt, draw, fy, fyraw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(page, debt, draw, fy, fyraw, seg, metric, basis, value, unit, raw, **kw)

def T(k, fy, cc):
    """千円 figure of the total segment = sum of the printed 千円 figures of its two segments"""
    return sen(D[k][fy]["current"][cc]) + sen(D[k][fy]["arrears"][cc])

def sumd(keys, fy, seg, m):
    return sum(D[k][fy][seg][m] for k in keys)

HEAD = lambda p: f'<div class="rh">令和7年度第2回留萌市債権管理対策会議</div><div class="rf">- {p} -</div>'
pages = []

# ---------------- page 1: cover / 次第 / 目次
pages.append("""<div class="page cover">
<div class="stampbox">資料</div>
<h1 class="ctitle">令和7年度第2回<br>留萌市債権管理対策会議</h1>
<table class="plain cinfo"><tr><td>日　時</td><td>令和7年11月20日（木）午後2時から</td></tr>
<tr><td>場　所</td><td>留萌市役所　3階　第1会議室</td></tr></table>
<h3>次　第</h3>
<p>１　開　会</p><p>２　議　事</p>
<p class="ind">（１）令和6年度決算における市の債権の状況について</p>
<p class="ind">（２）債権別取組個票（令和7年度上半期の実施状況）について</p>
<p class="ind">（３）その他</p><p>３　閉　会</p>
<div class="toc"><div class="toct">資料目次</div>
<p>資料1　市の債権全体の状況（令和6年度決算）<span class="dots"></span>2</p>
<p>資料2　債権の種類別　収納状況の推移<span class="dots"></span>3</p>
<p>資料3　債権別取組個票<span class="dots"></span>4</p>
<p>参考資料　市が保有する主な債権の一覧<span class="dots"></span>8</p></div>
<div class="org">留萌市債権管理対策会議事務局（総務部税務課）</div>
</div>""")

# ---------------- page 2: overall
P = 2
allk = list(D)
ty = {m: sumd(allk, 2024, "total", m) for m in "acwo"}
tyl = {m: sumd(allk, 2023, "total", m) for m in "acwo"}
r24, r23 = rate(ty["c"], ty["a"]), rate(tyl["c"], tyl["a"])
dpt = round(r24 - r23, 2)
o_s, o_v = oku_man(ty["o"])
do = ty["o"] - tyl["o"]
d_s, d_v = oku_man(abs(do), 1_000_000)
oku1 = round(ty["o"] / 1e8, 1)
deliq = 1486
panels = f"""<div class="panels">
<div class="panel"><div class="pl">全債権の収納率</div><div class="py">令和6年度決算</div>
<div class="pv">{F(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", r24, "percent", f"{r24:.2f}％")}</div>
<div class="pd">前年度比{F(P, None, None, 2024, "令和6年度", "total", "difference", "actual", dpt, "points", ("＋" if dpt >= 0 else "△") + f"{abs(dpt):.2f}ポイント")}</div></div>
<div class="panel"><div class="pl">収入未済額</div><div class="py">令和6年度末</div>
<div class="pv">{F(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", int(oku1 * 1e8), "yen", f"約{oku1}億円", approx=True)}</div>
<div class="pd">全8債権の合計</div></div>
<div class="panel"><div class="pl">滞納者数（実人数）</div><div class="py">令和6年度末</div>
<div class="pv">{F(P, None, None, 2024, "令和6年度", "total", "delinquents", "actual", deliq, "persons", f"{deliq:,}人")}</div>
<div class="pd">前年度比{F(P, None, None, 2024, "令和6年度", "total", "difference_delinquents", "actual", -73, "persons", "△73人")}</div></div></div>"""
sec = [("一般会計", ["市税", "生活保護費返還金", "市営住宅使用料"]), ("特別会計", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"]),
       ("企業会計", ["下水道使用料", "水道料金"])]
ABB = {k: ab for k, ab, *_ in DEBTS}
rows = []
zebra = 0
grand = {m: 0 for m in "acwo"}
def row4(label, debt, draw, vals, r, rl, cls=""):
    cells = [F(P, debt, draw, 2024, "令和6年度", "total", m, "actual", vals[i] * 1000, "yen", comma(vals[i]))
             for i, m in enumerate(["assessed", "collected", "written_off", "outstanding"])]
    cells.append(F(P, debt, draw, 2024, "令和6年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}"))
    dd = round(r - rl, 2)
    cells.append(F(P, debt, draw, 2024, "令和6年度", "total", "difference", "actual", dd, "points", ("+" if dd >= 0 else "▲") + f"{abs(dd):.2f}"))
    return f'<tr class="{cls}"><td class="l">{label}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
for sname, ks in sec:
    rows.append(f'<tr class="secrow"><td class="l" colspan="7">【{sname}】</td></tr>')
    sub = [0, 0, 0, 0]
    for k in ks:
        d = D[k][2024]["total"]
        v = [T(k, 2024, m) for m in "acwo"]
        v[3] = v[0] - v[1] - v[2]
        sub = [a + b for a, b in zip(sub, v)]
        rows.append(row4("　" + ABB[k], k, ABB[k], v, rate(d["c"], d["a"]), rate(D[k][2023]["total"]["c"], D[k][2023]["total"]["a"]), "z" if zebra % 2 else ""))
        zebra += 1
    ya = [sumd(ks, 2024, "total", m) for m in "ca"]
    yl = [sumd(ks, 2023, "total", m) for m in "ca"]
    rows.append(row4("小計", None, "小計", sub, rate(*ya), rate(*yl), "sub"))
    grand = {m: grand[m] + sub[i] for i, m in enumerate("acwo")}
rows.append(row4("合計", None, "合計", [grand[m] for m in "acwo"], r24, r23, "tot"))
fn_arr = sen(D["市税"][2024]["arrears"]["o"])
dec = "減少" if do < 0 else "増加"
prose = (f"令和6年度決算における全債権の収入未済額は"
         f"{F(P, None, None, 2024, '令和6年度', 'total', 'outstanding', 'actual', o_v, 'yen', '約' + o_s, approx=True)}で、前年度から"
         f"{F(P, None, None, 2024, '令和6年度', 'total', 'difference', 'actual', d_v if do >= 0 else -d_v, 'yen', '約' + d_s, approx=True)}{dec}しました。"
         f"全債権の収納率は{F(P, None, None, 2024, '令和6年度', 'total', 'collection_rate', 'actual', r24, 'percent', f'{r24:.2f}％')}で、"
         f"前年度比{F(P, None, None, 2024, '令和6年度', 'total', 'difference', 'actual', dpt, 'points', f'{abs(dpt):.2f}ポイント')}"
         f"{'上昇' if dpt >= 0 else '低下'}しています。滞納繰越分の縮減が進んだ一方、国民健康保険税と市営住宅使用料では現年度分の未納が依然として発生しています。")
pages.append(f"""<div class="page">{HEAD(P)}
<h2>資料1　市の債権全体の状況（令和6年度決算）</h2>
<h3>（１）主な指標</h3>{panels}
<h3>（２）概況</h3><p class="txt">{prose}</p>
<h3>（３）会計別・債権別の決算状況</h3>
<div class="cap">表1　令和6年度　会計別・債権別の決算状況</div>
<table class="zeb"><tr><th>債権名</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th><th>収納率（％）</th><th>前年度比（ポイント）</th></tr>
{''.join(rows)}</table>
<p class="note">（略称）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、生保返還：生活保護費返還金、住宅使用料：市営住宅使用料、下水道：下水道使用料、水道：水道料金</p>
<p class="note">※ 市税の収入未済額のうち滞納繰越分　{F(P, "市税", "市税", 2024, "令和6年度", "arrears", "outstanding", "actual", fn_arr * 1000, "yen", f"{fn_arr:,}千円")}</p>
<p class="note">※ 収納率は収入済額÷調定額により算出（小数点第3位四捨五入）。千円未満四捨五入のため、合計が一致しない場合があります。</p>
</div>""")
# fix: 千円 rounding adjusted so that outstanding = a - c - w in every printed row (see row4 input)

# ---------------- page 3: landscape, kinds
P = 3
KIND = [("強制徴収公債権", "強"), ("非強制徴収公債権", "非"), ("私債権", "私")]
YH = [(2023, "令和５年度", "決算"), (2024, "R6", "決算")]
body = []
allv = {2023: [0, 0], 2024: [0, 0]}
for kname, kc in KIND:
    ks = [k for k, ab, dept, kind, *_ in DEBTS if kind == kc]
    first = True
    for k in ks:
        for si, seg in enumerate(("current", "arrears", "total")):
            tr = "<tr>"
            if first:
                tr += f'<td class="vert" rowspan="{len(ks) * 3 + 1}">{kname}</td>'
                first = False
            if si == 0:
                tr += f'<td class="l" rowspan="3">{k}</td>'
            tr += f'<td class="l">{["現年", "滞繰", "計"][si]}</td>'
            for fy, fyr, b in YH:
                d = D[k][fy][seg]
                a, c = sen(d["a"]), sen(d["c"])
                if seg == "total":
                    a = sen(D[k][fy]["current"]["a"]) + sen(D[k][fy]["arrears"]["a"])
                    c = sen(D[k][fy]["current"]["c"]) + sen(D[k][fy]["arrears"]["c"])
                r = rate(d["c"], d["a"])
                tr += f"<td>{F(P, k, k, fy, fyr, seg, 'assessed', 'actual', a * 1000, 'yen', comma(a))}</td>"
                tr += f"<td>{F(P, k, k, fy, fyr, seg, 'collected', 'actual', c * 1000, 'yen', comma(c))}</td>"
                tr += f"<td>{F(P, k, k, fy, fyr, seg, 'collection_rate', 'actual', r, 'percent', f'{r:.2f}')}</td>"
            t = TGT[k][seg]
            tr += f"<td>{F(P, k, k, 2025, 'R7', seg, 'collection_rate', 'target', t, 'percent', f'{t:.2f}')}</td></tr>"
            body.append(tr)
    lab = kname + "計"
    tr = f'<tr class="sub"><td class="l" colspan="2">{lab}</td>'
    for fy, fyr, b in YH:
        a = sum(sen(D[k][fy]["current"]["a"]) + sen(D[k][fy]["arrears"]["a"]) for k in ks)
        c = sum(sen(D[k][fy]["current"]["c"]) + sen(D[k][fy]["arrears"]["c"]) for k in ks)
        allv[fy][0] += a
        allv[fy][1] += c
        r = rate(sumd(ks, fy, "total", "c"), sumd(ks, fy, "total", "a"))
        tr += f"<td>{F(P, None, lab, fy, fyr, 'total', 'assessed', 'actual', a * 1000, 'yen', comma(a))}</td>"
        tr += f"<td>{F(P, None, lab, fy, fyr, 'total', 'collected', 'actual', c * 1000, 'yen', comma(c))}</td>"
        tr += f"<td>{F(P, None, lab, fy, fyr, 'total', 'collection_rate', 'actual', r, 'percent', f'{r:.2f}')}</td>"
    tr += "<td>－</td></tr>"
    body.append(tr)
tr = '<tr class="tot"><td class="l" colspan="3">総計</td>'
for fy, fyr, b in YH:
    a, c = allv[fy]
    r = rate(sumd(allk, fy, "total", "c"), sumd(allk, fy, "total", "a"))
    tr += f"<td>{F(P, None, '総計', fy, fyr, 'total', 'assessed', 'actual', a * 1000, 'yen', comma(a))}</td>"
    tr += f"<td>{F(P, None, '総計', fy, fyr, 'total', 'collected', 'actual', c * 1000, 'yen', comma(c))}</td>"
    tr += f"<td>{F(P, None, '総計', fy, fyr, 'total', 'collection_rate', 'actual', r, 'percent', f'{r:.2f}')}</td>"
tr += "<td>－</td></tr>"
body.append(tr)
pages.append(f"""<div class="page land">{HEAD(P)}
<h2>資料2　債権の種類別　収納状況の推移</h2>
<div class="cap">表2　債権の種類別・債権別の調定額、収入済額及び収納率（単位：千円、％）</div>
<table class="grid small"><tr><th rowspan="3" class="vhd">種類</th><th rowspan="3">債権名</th><th rowspan="3">区分</th>
<th colspan="3">令和５年度</th><th colspan="3">R6</th><th>R7</th></tr>
<tr><th colspan="3">決算</th><th colspan="3">決算</th><th>目標</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>収納率</th></tr>
{''.join(body)}</table>
<p class="note">注）「計」欄の調定額・収入済額は現年・滞繰の千円単位の値の合計。収納率は円単位の額により算出。</p></div>""")

# ---------------- page 4: 市税 sheet
P = 4
k = "市税"
def dfmt(v):
    return ("△" if v < 0 else "") + f"{abs(v):,}"
YC = [(2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和３年度"), (2022, "R4"), (2023, "令和5（2023）年度"), (2024, "令和6（2024）年度")]
trs = []
for m, lab in [("assessed", "調定額"), ("collected", "収入済額"), ("written_off", "不納欠損額"), ("outstanding", "収入未済額"), ("collection_rate", "収納率")]:
    tr = f'<tr><td class="l">{lab}</td>'
    vals = {}
    for fy, fyr in YC:
        d = D[k][fy]["total"]
        if m == "collection_rate":
            v = rate(d["c"], d["a"])
            vals[fy] = v
            tr += f"<td>{F(P, k, k, fy, fyr, 'total', m, 'actual', v, 'percent', f'{v:.2f}')}</td>"
        else:
            cc = {"assessed": "a", "collected": "c", "written_off": "w", "outstanding": "o"}[m]
            v = T(k, fy, cc) if m != "outstanding" else T(k, fy, "a") - T(k, fy, "c") - T(k, fy, "w")
            vals[fy] = v
            tr += f"<td>{F(P, k, k, fy, fyr, 'total', m, 'actual', v * 1000, 'yen', comma(v))}</td>"
    if m == "collection_rate":
        avg = round(sum(vals[y] for y in range(2020, 2025)) / 5, 2)
        tr += f"<td>{F(P, k, k, None, '5年平均', 'total', 'average_collection_rate', 'actual', avg, 'percent', f'{avg:.2f}')}</td>"
        dd = round(vals[2024] - vals[2023], 2)
        tr += f"<td>{F(P, k, k, 2024, '令和6（2024）年度', 'total', 'difference', 'actual', dd, 'points', pct(dd))}</td><td>－</td></tr>"
    else:
        dd = vals[2024] - vals[2023]
        cr = round(dd / vals[2023] * 100, 1)
        tr += f"<td>－</td><td>{F(P, k, k, 2024, '令和6（2024）年度', 'total', 'difference', 'actual', dd * 1000, 'yen', dfmt(dd))}</td>"
        tr += f"<td>{F(P, k, k, 2024, '令和6（2024）年度', 'total', 'change_rate', 'actual', cr, 'percent', pct(cr, 1))}</td></tr>"
    trs.append(tr)
TG = {2023: (98.90, 22.00), 2024: (99.00, 23.50), 2025: (99.10, 25.00)}
tt = []
est25 = (round(rate(D[k][2024]["current"]["c"], D[k][2024]["current"]["a"]) + 0.07, 2),
         round(rate(D[k][2024]["arrears"]["c"], D[k][2024]["arrears"]["a"]) + 0.9, 2))
for fy, fyr in [(2023, "令和5年度"), (2024, "令和6年度"), (2025, "令和7年度")]:
    tr = f'<tr><td class="l">{fyr}</td>'
    for i, seg in enumerate(("current", "arrears")):
        tg = TG[fy][i]
        if fy < 2025:
            ac = rate(D[k][fy][seg]["c"], D[k][fy][seg]["a"]); b = "actual"; mk = ""
        else:
            ac = est25[i]; b = "estimate"; mk = "※1"
        ach = round(ac / tg * 100, 1)
        tr += f"<td>{F(P, k, k, fy, fyr, seg, 'collection_rate', 'target', tg, 'percent', f'{tg:.2f}')}</td>"
        tr += f"<td>{F(P, k, k, fy, fyr, seg, 'collection_rate', b, ac, 'percent', f'{ac:.2f}')}{mk}</td>"
        tr += f"<td>{F(P, k, k, fy, fyr, seg, 'achievement_rate', b, ach, 'percent', f'{ach:.1f}')}</td>"
    tt.append(tr + "</tr>")
o24 = T(k, 2024, "a") - T(k, 2024, "c") - T(k, 2024, "w")
o23 = T(k, 2023, "a") - T(k, 2023, "c") - T(k, 2023, "w")
ar24 = rate(D[k][2024]["arrears"]["c"], D[k][2024]["arrears"]["a"])
para = (f"令和6年度末の収入未済額は{F(P, k, k, 2024, '令和6年度', 'total', 'outstanding', 'actual', o24 * 1000, 'yen', f'{o24:,}千円')}で、"
        f"前年度より{F(P, k, k, 2024, '令和6年度', 'total', 'difference', 'actual', (o24 - o23) * 1000, 'yen', f'{abs(o24 - o23):,}千円')}{'減少' if o24 < o23 else '増加'}した。"
        f"一方、滞納繰越分の収納率は{F(P, k, k, 2024, '令和6年度', 'arrears', 'collection_rate', 'actual', ar24, 'percent', f'{ar24:.2f}％')}にとどまり、"
        "少額・多件数の滞納事案が残っていることから、早期の財産調査と滞納処分の徹底が課題である。")
S4 = "令和7年度の取組"
items4 = [("①", "現年度課税分は納期限後20日以内に督促状を発送し、未納者には電話催告を行って早期の納付を促す。", "継続", "◎", "実施済（毎月）"),
          ("②", "滞納繰越分は預貯金・給与等の財産調査を徹底し、差押えを速やかに執行する。", "継続", "◎", "実施中"),
          ("③", "スマートフォン決済アプリによる納付を導入し、納付機会を拡大する。", "新規", "○", "10月導入"),
          ("④", "高額・困難事案は北海道と連携し、共同催告及び合同滞納整理を実施する。", "拡充", "△", "下半期に実施予定")]
it = "".join(f'<tr><td>{lb}</td><td class="l">{G.init(P, k, k, 2025, S4, lb, tx, st)}【{st}】</td><td class="c">{mk}</td><td class="l">{ss}</td></tr>'
             for lb, tx, st, mk, ss in items4)
pages.append(f"""<div class="page">{HEAD(P)}
<h2>資料3　債権別取組個票</h2>
<table class="strip"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>総務部税務課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>１　収納状況の推移（単位：千円、％）</h3>
<table class="grid small"><tr><th>区分</th>{''.join(f'<th>{y}</th>' for _, y in YC)}<th>5年平均</th><th>増減額</th><th>増減率</th></tr>{''.join(trs)}</table>
<p class="note">※ 5年平均は令和2年度から令和6年度までの収納率の単純平均。増減額・増減率は令和6年度と令和5年度の比較。</p>
<h3>２　数値目標と実績（収納率、単位：％）</h3>
<table class="grid"><tr><th rowspan="2">年度</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>目標</th><th>実績※2</th><th>達成率</th><th>目標</th><th>実績※2</th><th>達成率</th></tr>{''.join(tt)}</table>
<p class="note">※1 令和7年度は決算見込値（令和7年9月末時点の推計）　※2 令和5・6年度は決算値</p>
<h3>３　現状と課題</h3>
<table class="grid"><tr><td class="l para" rowspan="3">{para}</td><th>滞納者数</th><td>{F(P, k, k, 2024, '令和6年度', 'total', 'delinquents', 'actual', 612, 'persons', '612人')}</td></tr>
<tr><th>差押件数</th><td>{F(P, k, k, 2024, '令和6年度', 'total', 'seizures', 'actual', 123, 'cases', '123件')}</td></tr>
<tr><th>執行停止件数</th><td>{F(P, k, k, 2024, '令和6年度', 'total', 'suspensions', 'actual', 45, 'cases', '45件')}</td></tr></table>
<h3>４　{S4}（上半期の実施状況）</h3>
<table class="grid"><tr><th style="width:8mm">No</th><th>取組内容</th><th style="width:10mm"></th><th style="width:34mm">上半期の実施状況</th></tr>{it}</table>
<p class="note">◎：計画どおり実施　○：一部実施　△：未実施（下半期に実施）</p></div>""")

# ---------------- page 5: 国保税 sheet
P = 5
k = "国民健康保険税"
HH = {2024: 498, 2023: 527}
rws = []
for seg in ("current", "arrears", "total"):
    tr = f'<tr><td class="l">{SEGJ[seg] if seg != "total" else "合計"}</td>'
    for m, cc in [("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")]:
        cell = []
        for fy, fyr in [(2024, "令和6年度"), (2023, "令和5年度")]:
            v = D[k][fy][seg][cc]
            cell.append(F(P, k, "国民健康保険税", fy, fyr, seg, m, "actual", v, "yen", comma(v)))
        tr += "<td>" + "<br>".join(cell) + "</td>"
    cell = []
    for fy, fyr in [(2024, "令和6年度"), (2023, "令和5年度")]:
        r = rate(D[k][fy][seg]["c"], D[k][fy][seg]["a"])
        cell.append(F(P, k, "国民健康保険税", fy, fyr, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}"))
    tr += "<td>" + "<br>".join(cell) + "</td>"
    if seg == "total":
        tr += "<td>" + "<br>".join(F(P, k, "国民健康保険税", fy, fyr, "total", "delinquents", "actual", HH[fy], "households", f"{HH[fy]:,}")
                                   for fy, fyr in [(2024, "令和6年度"), (2023, "令和5年度")]) + "</td></tr>"
    else:
        tr += "<td>－<br>－</td></tr>"
    rws.append(tr)
tg5 = [(s, TGT[k][s], rate(D[k][2024][s]["c"], D[k][2024][s]["a"])) for s in ("current", "arrears", "total")]
tgt_cells = "".join(f"<td>{F(P, k, '国民健康保険税', 2025, '令和7年度', s, 'collection_rate', 'target', t, 'percent', f'{t:.2f}')}"
                    f"（{F(P, k, '国民健康保険税', 2024, '令和6年度', s, 'collection_rate', 'actual', a, 'percent', f'{a:.2f}')}）</td>" for s, t, a in tg5)
AS = "2025-09-30"
ref = (f"<div class='refbox'>【参考】令和7年9月末の状況<br>"
       f"・現年度分収納率：{F(P, k, '国民健康保険税', 2025, '令和7年9月末', 'current', 'collection_rate', 'interim', 52.34, 'percent', '52.34％', as_of=AS)}<br>"
       f"・滞納繰越分収納率：{F(P, k, '国民健康保険税', 2025, '令和7年9月末', 'arrears', 'collection_rate', 'interim', 11.20, 'percent', '11.20％', as_of=AS)}<br>"
       f"・滞納世帯数：{F(P, k, '国民健康保険税', 2025, '令和7年9月末', 'total', 'delinquents', 'interim', 455, 'households', '455世帯', as_of=AS)}<br>"
       f"・差押件数：{F(P, k, '国民健康保険税', 2025, '令和7年9月末', 'total', 'seizures', 'interim', 38, 'cases', '38件', as_of=AS)}</div>")
S5 = "数値目標達成に向けた取組"
def I5(lb, tx, st):
    return G.init(P, k, "国民健康保険税", 2025, S5, lb, tx, st)
acts = f"""<p class="t1">（１）滞納の未然防止</p>
<p class="t2">ア　{I5("(1)ア", "納税通知書の送付時に口座振替依頼書を同封し、口座振替の利用を勧奨する。", "継続")}【継続】</p>
<p class="t2">イ　{I5("(1)イ", "資格取得の届出時に窓口で納付方法を案内し、初回納期からの滞納発生を防ぐ。", "新規")}【新規】</p>
<p class="t1">（２）滞納整理の強化</p>
<p class="t2">ア　{I5("(2)ア", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続")}【継続】</p>
<p class="t2">イ　{I5("(2)イ", "市税と国民健康保険税を併せて滞納している者については、税務課と一体で財産調査及び差押えを行う。", "拡充")}<br>【拡充】</p>"""
pages.append(f"""<div class="page">{HEAD(P)}
<h2>資料3　債権別取組個票</h2>
<table class="strip"><tr><td class="l">債権名　国民健康保険税</td><td class="l">所管課　市民部市民課</td><td class="l">債権区分　強制徴収公債権</td></tr></table>
<h3>１　収納状況（単位：円、％、世帯）</h3>
<table class="grid small"><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th><th>滞納世帯数</th></tr>{''.join(rws)}</table>
<p class="note">上段：令和6年度、下段：令和5年度</p>
<h3>２　令和7年度の数値目標（収納率、単位：％）</h3>
<table class="grid"><tr><th>現年度分</th><th>滞納繰越分</th><th>合計</th></tr><tr>{tgt_cells}</tr></table>
<p class="note">（　）内は令和6年度実績</p>
{ref}
<h3>３　{S5}</h3>{acts}</div>""")

# ---------------- page 6: 介護保険料
P = 6
k = "介護保険料"
def blk_l():
    s = '<table class="grid"><tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>'
    for seg in ("current", "arrears", "total"):
        d = D[k][2024][seg]
        a, c = sen(d["a"]), sen(d["c"])
        if seg == "total":
            a = sen(D[k][2024]["current"]["a"]) + sen(D[k][2024]["arrears"]["a"]); c = sen(D[k][2024]["current"]["c"]) + sen(D[k][2024]["arrears"]["c"])
        r = rate(d["c"], d["a"])
        s += (f'<tr><td class="l">{SEGJ[seg]}</td><td>{F(P, k, k, 2024, "令和6年度", seg, "assessed", "actual", a * 1000, "yen", comma(a))}</td>'
              f'<td>{F(P, k, k, 2024, "令和6年度", seg, "collected", "actual", c * 1000, "yen", comma(c))}</td>'
              f'<td>{F(P, k, k, 2024, "令和6年度", seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td></tr>')
    return s + "</table>"
def blk_r():
    s = '<table class="grid"><tr><th>区分</th><th>収納率（％）</th><th>収入未済額（千円）</th></tr>'
    tgo = {"current": 2700, "arrears": 8600}
    tgo["total"] = tgo["current"] + tgo["arrears"]
    for seg in ("current", "arrears", "total"):
        t = TGT[k][seg]
        s += (f'<tr><td class="l">{SEGJ[seg]}</td><td>{F(P, k, k, 2025, "令和7年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}")}</td>'
              f'<td>{F(P, k, k, 2025, "令和7年度", seg, "outstanding", "target", tgo[seg] * 1000, "yen", comma(tgo[seg]))}</td></tr>')
    return s + "</table>"
l_rows = ""
for m, lab in [("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率")]:
    l_rows += f'<tr><th class="l">{lab}</th>'
    for fy, fyr in [(2022, "R4"), (2023, "R5"), (2024, "R6")]:
        d = D[k][fy]["current"]
        if m == "collection_rate":
            r = rate(d["c"], d["a"]); l_rows += f"<td>{F(P, k, k, fy, fyr, 'current', m, 'actual', r, 'percent', f'{r:.2f}')}</td>"
        else:
            v = sen(d["a" if m == "assessed" else "c"]); l_rows += f"<td>{F(P, k, k, fy, fyr, 'current', m, 'actual', v * 1000, 'yen', comma(v))}</td>"
    l_rows += "</tr>"
r_rows = ""
for fy, fyr in [(2022, "R4"), (2023, "R5"), (2024, "R6")]:
    d = D[k][fy]["arrears"]
    a, c, r = sen(d["a"]), sen(d["c"]), rate(d["c"], d["a"])
    r_rows += (f'<tr><th>{fyr}</th><td>{F(P, k, k, fy, fyr, "arrears", "assessed", "actual", a * 1000, "yen", comma(a))}</td>'
               f'<td>{F(P, k, k, fy, fyr, "arrears", "collected", "actual", c * 1000, "yen", comma(c))}</td>'
               f'<td>{F(P, k, k, fy, fyr, "arrears", "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td></tr>')
oo = {fy: T(k, fy, "a") - T(k, fy, "c") - T(k, fy, "w") for fy in (2023, 2024)}
dd = oo[2024] - oo[2023]
ddr = round(dd / oo[2023] * 100, 1)
chg = (F(P, k, k, 2024, "令和6年度", "total", "difference", "actual", dd * 1000, "yen", comma(dd)) + "（"
       + F(P, k, k, 2024, "令和6年度", "total", "change_rate", "actual", ddr, "percent", pct(ddr, 1) + "％") + "）")
AS6, AS6L = "2025-09-30", "2024-09-30"
c9, c9l, a9, a9l = 48.21, 47.90, 15.40, 14.88
S6 = "取組項目"
def I6(tx, st):
    return G.init(P, k, k, 2025, S6, "・", tx, st)
pages.append(f"""<div class="page">{HEAD(P)}
<h2>資料3-3　債権ごとの取組み（介護保険料）</h2>
<p class="txt">所管課：健康福祉部介護福祉課　　債権区分：強制徴収公債権（特別徴収分を除き普通徴収分が対象）</p>
<div class="two"><div class="twoh">令和6年度　決算</div><div class="twoh">令和7年度　目標</div></div>
<div class="two"><div>{blk_l()}</div><div>{blk_r()}</div></div>
<h3>【収納率】令和7年9月末時点</h3>
<ul><li>現年分　{F(P, k, k, 2025, "令和7年9月末", "current", "collection_rate", "interim", c9, "percent", f"{c9:.2f}％", as_of=AS6)}（前年同月　{F(P, k, k, 2024, "前年同月", "current", "collection_rate", "interim", c9l, "percent", f"{c9l:.2f}％", as_of=AS6L)}）</li>
<li>滞繰分　{F(P, k, k, 2025, "令和7年9月末", "arrears", "collection_rate", "interim", a9, "percent", f"{a9:.2f}％", as_of=AS6)}（前年同月　{F(P, k, k, 2024, "前年同月", "arrears", "collection_rate", "interim", a9l, "percent", f"{a9l:.2f}％", as_of=AS6L)}）</li></ul>
<h3>収納状況の推移（単位：千円、％）</h3>
<div class="two"><div><div class="cap">現年度分</div><table class="grid"><tr><th>区分</th><th>R4</th><th>R5</th><th>R6</th></tr>{l_rows}</table></div>
<div><div class="cap">滞納繰越分</div><table class="grid"><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>{r_rows}</table></div></div>
<h3>収入未済額の増減（単位：千円）</h3>
<table class="grid"><tr><th>令和5年度末</th><th>令和6年度末</th><th>増減（率）</th></tr>
<tr><td>{F(P, k, k, 2023, "令和5年度末", "total", "outstanding", "actual", oo[2023] * 1000, "yen", comma(oo[2023]))}</td>
<td>{F(P, k, k, 2024, "令和6年度末", "total", "outstanding", "actual", oo[2024] * 1000, "yen", comma(oo[2024]))}</td><td>{chg}</td></tr></table>
<div class="box"><div class="boxt">{S6}</div>
<p>・{I6("65歳到達時の普通徴収期間中に口座振替の勧奨通知を送付する。", "継続")}【継続】</p>
<p>・{I6("滞納期間に応じた給付制限の内容を周知し、時効到来前の納付を促す。", "継続")}【継続】</p>
<p>・{I6("納付相談の記録を債権管理システムで共有し、担当者間の引継ぎを円滑にする。", "新規")}【新規】</p></div></div>""")

# ---------------- page 7: 市営住宅使用料
P = 7
k = "市営住宅使用料"
rr = []
for fy, fyr in [(2024, "令和6年度"), (2023, "令和5年度"), (2022, "令和4年度"), (2021, "令和3年度"), (2020, "令和2年度")]:
    d = D[k][fy]["total"]
    a, c, w = T(k, fy, "a"), T(k, fy, "c"), T(k, fy, "w"); o = a - c - w
    r = rate(d["c"], d["a"])
    bik = ""
    if fy in (2024, 2023, 2021):
        ao = sen(D[k][fy]["arrears"]["o"])
        bik = "うち滞納繰越分 " + F(P, k, k, fy, fyr, "arrears", "outstanding", "actual", ao * 1000, "yen", f"{ao:,}千円")
    rr.append(f'<tr><td class="l">{fyr}</td><td>{F(P, k, k, fy, fyr, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td>'
              f'<td>{F(P, k, k, fy, fyr, "total", "assessed", "actual", a * 1000, "yen", comma(a))}</td>'
              f'<td>{F(P, k, k, fy, fyr, "total", "collected", "actual", c * 1000, "yen", comma(c))}</td>'
              f'<td>{F(P, k, k, fy, fyr, "total", "written_off", "actual", w * 1000, "yen", comma(w))}</td>'
              f'<td>{F(P, k, k, fy, fyr, "total", "outstanding", "actual", o * 1000, "yen", comma(o))}</td><td class="l">{bik}</td></tr>')
cnt = f"""<table class="grid"><tr><th>区分</th><th>前年度</th><th>本年度</th></tr>
<tr><td class="l">滞納者数（人）</td><td>{F(P, k, k, 2023, "前年度", "total", "delinquents", "actual", 88, "persons", "88")}</td><td>{F(P, k, k, 2024, "本年度", "total", "delinquents", "actual", 81, "persons", "81")}</td></tr>
<tr><td class="l">支払督促申立件数（件）</td><td>{F(P, k, k, 2023, "前年度", "total", "payment_orders", "actual", 6, "cases", "6")}</td><td>{F(P, k, k, 2024, "本年度", "total", "payment_orders", "actual", 9, "cases", "9")}</td></tr>
<tr><td class="l">明渡請求訴訟件数（件）</td><td>{F(P, k, k, 2023, "前年度", "total", "eviction_suits", "actual", 2, "cases", "2")}</td><td>{F(P, k, k, 2024, "本年度", "total", "eviction_suits", "actual", 3, "cases", "3")}</td></tr></table>"""
S7 = "市営住宅使用料の取組"
def I7(lb, tx, st):
    return G.init(P, k, k, 2025, S7, lb, tx, st)
pages.append(f"""<div class="page">{HEAD(P)}
<h2>資料3　債権別取組個票</h2>
<table class="strip"><tr><th>債権名</th><td>市営住宅使用料</td><th>所管課</th><td>都市環境部都市整備課</td><th>債権区分</th><td>私債権</td></tr></table>
<h3>１　収納状況の推移（単位：千円）</h3>
<table class="hr"><tr><th>年度</th><th>収納率（％）</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>備考</th></tr>{''.join(rr)}</table>
<h3>２　滞納者数及び法的措置の状況（令和5年度・令和6年度末）</h3>{cnt}
<h3>３　令和7年度の主な取組</h3>
<table class="grid"><tr><th style="width:30mm">区分</th><th>内容</th></tr>
<tr><td class="l">滞納の未然防止</td><td class="l">{I7("①", "入居決定時に口座振替の利用を勧奨し、収入申告の際に家賃減免制度を案内する。", "継続")}【継続】<br>②{I7("②", "新規入居者に対し、初回の家賃引落しができなかった場合は翌週までに電話で連絡する。", "新規")}【新規】</td></tr>
<tr><td class="l">滞納整理</td><td class="l">①{I7("①", "3か月以上の滞納者には連帯保証人へ通知し、納付指導への協力を求める。", "継続")}【継続】<br>②{I7("②", "支払督促及び明渡請求訴訟を計画的に実施し、長期滞納の解消を図る。", "拡充")}【拡充】<br>③{I7("③", "退去滞納者の債権について、債権回収会社への回収委託を試行する。", "新規")}【新規】</td></tr></table></div>""")
# first item of row 1 carries its label inside the cell text
pages[-1] = pages[-1].replace('<td class="l">入居決定時', '<td class="l">①入居決定時')

# ---------------- page 8: 参考資料
P = 8
tr8 = []
tot = 0
for i, (k, ab, dept, kind, law, acc, _) in enumerate(DEBTS, 1):
    o = D[k][2024]["total"]["o"]; tot += o
    tr8.append(f'<tr><td>{i}</td><td class="l">{k}</td><td class="l">{dept}</td><td class="l">{law}</td><td class="c">{kind}</td>'
               f'<td>{F(P, k, k, 2024, "令和6年度末", "total", "outstanding", "actual", o, "yen", comma(o))}</td></tr>')
tr8.append(f'<tr class="tot"><td></td><td class="l">合計</td><td></td><td></td><td></td><td>{F(P, None, "合計", 2024, "令和6年度末", "total", "outstanding", "actual", tot, "yen", comma(tot))}</td></tr>')
pages.append(f"""<div class="page">{HEAD(P)}
<h2>参考資料</h2>
<div class="cap">市が保有する主な債権の一覧（令和6年度末）</div>
<div class="framed"><table class="grid"><tr><th>No</th><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th><th>収入未済額（円）</th></tr>{''.join(tr8)}</table></div>
<p class="note">区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権</p>
<p class="note">出典：令和6年度留萌市各会計歳入歳出決算書及び各所管課の債権管理台帳</p></div>""")

CSS = """
@page { size: A4; margin: 0; } @page land { size: A4 landscape; margin: 0; }
body { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 0; color: #111; }
.page { width: 210mm; height: 296mm; box-sizing: border-box; padding: 16mm 14mm 14mm 14mm; position: relative; page-break-after: always; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 209mm; padding: 13mm 12mm 10mm 12mm; }
.rh { position: absolute; top: 7mm; right: 14mm; font-size: 8pt; color: #444; }
.rf { position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
h1.ctitle { text-align: center; font-size: 22pt; margin-top: 40mm; line-height: 1.5; }
h2 { font-size: 13pt; border-bottom: 2px solid #234; padding-bottom: 1mm; margin: 2mm 0 3mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
p { margin: 1mm 0; } .ind { margin-left: 8mm; } .txt { line-height: 1.6; text-indent: 1em; }
.stampbox { position: absolute; top: 14mm; right: 16mm; border: 1.5px solid #000; padding: 1mm 4mm; font-size: 12pt; }
.cinfo { margin: 12mm auto 6mm; font-size: 11pt; width: auto; } .cinfo td { padding: 1mm 4mm; }
.toc { border: 1px solid #333; margin: 10mm 10mm 0; padding: 3mm 6mm; } .toct { font-weight: bold; margin-bottom: 2mm; }
.toc p { display: flex; } .dots { flex: 1; border-bottom: 1px dotted #555; margin: 0 2mm 1.2mm; }
.org { position: absolute; bottom: 25mm; right: 16mm; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 0.8mm 1.5mm; text-align: right; vertical-align: middle; }
th { text-align: center; font-weight: normal; background: #dde4ee; }
td.l, th.l { text-align: left; } td.c { text-align: center; }
.grid td, .grid th { border: 0.6px solid #333; }
.small { font-size: 8.3pt; }
.zeb { font-size: 8.8pt; } .zeb td.l { white-space: nowrap; } .zeb th { background: #2f4f74; color: #fff; } .zeb tr.z td { background: #eef2f7; }
.zeb tr.secrow td { background: #fff; font-weight: bold; padding-top: 1.4mm; }
.zeb tr.sub td { background: #dfe6ef; } .zeb tr.tot td { background: #c4d0e0; font-weight: bold; }
.grid tr.sub td { background: #eef1f5; } .grid tr.tot td { background: #dde3ec; font-weight: bold; }
.hr th { background: none; border-top: 1.2px solid #000; border-bottom: 1.2px solid #000; }
.hr td { padding: 1.3mm 1.5mm; }
.vert { writing-mode: vertical-rl; text-align: center; letter-spacing: 1mm; width: 7mm; }
.vhd { width: 7mm; }
.cap { font-weight: bold; margin: 2mm 0 1mm; font-size: 9.5pt; }
.note { font-size: 8.2pt; margin: 0.8mm 0; }
.panels { display: flex; gap: 4mm; } .panel { flex: 1; border: 1.5px solid #2f4f74; border-radius: 2mm; padding: 2mm; text-align: center; }
.pl { font-weight: bold; } .py { font-size: 8.5pt; color: #333; } .pv { font-size: 17pt; font-weight: bold; color: #1d3b5c; margin: 1mm 0; } .pd { font-size: 8.5pt; }
.strip { margin-bottom: 2mm; } .strip td, .strip th { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; } .strip th { width: 18mm; }
.para { line-height: 1.55; width: 60%; text-align: left; }
.refbox { border: 1px solid #000; padding: 2mm 4mm; margin: 3mm 0; width: 70mm; line-height: 1.6; }
.t1 { font-weight: bold; margin-top: 2mm; } .t2 { margin-left: 5mm; padding-left: 1em; text-indent: -1em; }
.two { display: flex; gap: 6mm; } .two > div { flex: 1; } .twoh { font-weight: bold; text-align: center; border-bottom: 1px solid #000; margin-top: 2mm; }
ul { margin: 1mm 0; }
.box { border: 1.2px solid #000; padding: 2mm 4mm; margin-top: 3mm; } .boxt { font-weight: bold; }
.framed { border: 2px solid #000; padding: 2mm; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
WORK.mkdir(exist_ok=True)
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = Path("pdf") / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf.resolve()}", hp.resolve().as_uri()], check=True, capture_output=True)
G.write(pdf, "gold")
bad = check(pdf, G)
import fitz
print(STEM, "pages", fitz.open(pdf).page_count, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:20]:
    print(b)
