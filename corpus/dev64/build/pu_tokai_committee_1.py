"""東海市 令和7年度第2回債権管理対策会議 資料 (committee_material): HTML/CSS -> chromium --print-to-pdf."""
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pu_common import ROOT, WORK, Gold, c, r2, check, rate  # noqa: E402

STEM = "pu_tokai_committee_1"
CITY = "東海市"
TITLE = "令和7年度第2回東海市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-11-18", "令和7年11月18日")
rnd = random.Random(7241)

# debt: (canonical, short label, full name, current assessed 千円 R6, cur rate, arrears assessed, arr rate, write-off)
DEBTS = [
    ("市税", "市税", "市税", 27845320, 99.38, 612480, 31.25, 18240),
    ("国民健康保険税", "国保税", "国民健康保険税", 2654210, 94.12, 498760, 24.80, 21370),
    ("介護保険料", "介護料", "介護保険料", 2213540, 99.02, 58930, 21.40, 6120),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", 1098760, 99.61, 9870, 45.30, 820),
    ("保育料", "保育料", "保育所保育料", 281450, 98.95, 24310, 18.60, 1930),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", 212380, 97.85, 41260, 15.20, 3410),
    ("下水道使用料", "下水道料", "下水道使用料", 1532900, 99.12, 38410, 36.90, 2150),
]
YEARS = [2020, 2021, 2022, 2023, 2024]
D = {}   # (debt, fy) -> dict in yen
for name, short, full, ca, cr, aa, ar, wo in DEBTS:
    for fy in YEARS:
        k = 2024 - fy
        f = 1 - 0.012 * k + rnd.uniform(-0.004, 0.004)
        ca_y = int(ca * f) * 1000 + rnd.randint(0, 999)
        aa_y = int(aa * (1 + 0.05 * k + rnd.uniform(-0.01, 0.01))) * 1000 + rnd.randint(0, 999)
        crr = cr - 0.11 * k + rnd.uniform(-0.05, 0.05)
        arr = ar - 0.6 * k + rnd.uniform(-0.3, 0.3)
        cc_y = round(ca_y * crr / 100)
        ac_y = round(aa_y * arr / 100)
        wo_y = int(wo * (1 + 0.08 * k)) * 1000 + rnd.randint(0, 999)
        ass, col = ca_y + aa_y, cc_y + ac_y
        D[(name, fy)] = dict(ca=ca_y, cc=cc_y, aa=aa_y, ac=ac_y, ass=ass, col=col, wo=wo_y,
                             out=ass - col - wo_y, dl=int((ass - col) / 1000 / (95 if name == "市税" else 60)))


def k(y):  # 円 -> 千円 (rounded)
    return round(y / 1000)


def era(fy):
    return "令和元年度" if fy == 2019 else f"令和{fy - 2018}年度"


pages = []
HDR = "令和7年度第2回 東海市債権管理対策会議資料"


def page(body, n, landscape=False):
    pages.append(f'<div class="page"><div class="rh">{HDR}</div>{body}<div class="rf">- {n} -</div></div>')


# ---------------- p1 cover + 目次 ----------------
page(f"""
<div class="cover">
<p class="cdate">令和7年11月18日（火）<br>午前10時00分～ 市役所 4階 庁議室</p>
<h1>令和7年度第2回<br>東海市債権管理対策会議</h1>
<h2>資　料</h2>
<div class="toc"><h3>目　次</h3>
<table class="toc">
<tr><td>１　債権全体の状況（令和６年度決算）</td><td>2</td></tr>
<tr><td>２　主要債権の収納状況一覧</td><td>3</td></tr>
<tr><td>３　取組個票（市税）</td><td>4</td></tr>
<tr><td>４　取組個票（国民健康保険税）</td><td>5</td></tr>
<tr><td>５　取組個票（介護保険料・市営住宅使用料）</td><td>6</td></tr>
<tr><td>６　全庁共通取組の実施状況</td><td>7</td></tr>
</table></div>
<p class="org">東海市 総務部 収納課（債権管理対策会議事務局）</p>
</div>""", 1)

# ---------------- p2 overall: panels, chart, 参考 box ----------------
P = 2
tot = {fy: {kk: sum(D[(d[0], fy)][kk] for d in DEBTS) for kk in ("ass", "col", "wo", "out", "cc", "ca")} for fy in YEARS}
r6 = rate(tot[2024]["col"], tot[2024]["ass"])
r5 = rate(tot[2023]["col"], tot[2023]["ass"])
dpt = round(r6 - r5, 2)
out6 = tot[2024]["out"]
oku = round(out6 / 1e8, 1)
doku = round((tot[2024]["out"] - tot[2023]["out"]) / 1e8, 1)
g.fact(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", r6, "percent", f"{r2(r6)}％")
g.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", dpt, "points", f"＋{r2(dpt)}ポイント")
g.fact(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", int(round(oku * 1e8)), "yen", f"約{oku}億円", approx=True)
g.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", int(round(doku * 1e8)), "yen",
       f"{'△' if doku < 0 else '＋'}{abs(doku)}億円")
wo6 = k(tot[2024]["wo"])
g.fact(P, None, None, 2024, "令和６年度", "total", "written_off", "actual", wo6 * 1000, "yen", f"{c(wo6)}千円")
bars = []
mx = max(tot[fy]["out"] for fy in YEARS) / 1e6
lab = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
for i, fy in enumerate(YEARS):
    v = round(tot[fy]["out"] / 1e6, 1)
    h = 150 * v / mx
    x = 50 + i * 95
    bars.append(f'<rect x="{x}" y="{190 - h}" width="48" height="{h}" fill="#5b8bc9"/>'
                f'<text x="{x + 24}" y="{183 - h}" class="dl">{v:,.1f}</text>'
                f'<text x="{x + 24}" y="208" class="ax">{lab[fy]}</text>')
    g.fact(P, None, None, fy, lab[fy], "total", "outstanding", "actual", int(round(v * 1e6)), "yen", f"{v:,.1f}")
ref = []
for name, short in (("市税", "市税"), ("国民健康保険税", "国保税"), ("介護保険料", "介護保険料")):
    x = D[(name, 2024)]
    cr = rate(x["cc"], x["ca"])
    ref.append(f"<li>{short}（現年分）収納率：{r2(cr)}％</li>")
    g.fact(P, name, short, 2024, "令和６年度", "current", "collection_rate", "actual", cr, "percent", f"{r2(cr)}％")
page(f"""
<h2 class="sec">１　債権全体の状況（令和６年度決算）</h2>
<p>対象とする主要７債権の令和６年度決算の状況は次のとおりです。</p>
<div class="panels">
 <div class="panel"><div class="pl">収納率（令和６年度決算・主要７債権計）</div><div class="pv">{r2(r6)}％</div>
 <div class="pd">前年度比＋{r2(dpt)}ポイント</div></div>
 <div class="panel"><div class="pl">収入未済額（令和６年度末・主要７債権計）</div><div class="pv">約{oku}億円</div>
 <div class="pd">前年度比{'△' if doku < 0 else '＋'}{abs(doku)}億円</div></div>
 <div class="panel"><div class="pl">不納欠損額（令和６年度）</div><div class="pv">{c(wo6)}千円</div>
 <div class="pd">執行停止後の時効完成分等</div></div>
</div>
<p class="cap">図１　収入未済額の推移（主要７債権計、各年度末、単位：百万円）</p>
<svg width="560" height="225" class="chart"><line x1="35" y1="190" x2="540" y2="190" stroke="#333"/>{''.join(bars)}</svg>
<div class="ref"><p class="rt">【参考】令和６年度 現年分収納率（主な債権）</p><ul>{''.join(ref)}</ul></div>
""", P)

# ---------------- p3 summary table ----------------
P = 3
rows = []
sums = dict(ca=0, cc=0, aa=0, ac=0)
for i, (name, short, full, *_r) in enumerate(DEBTS):
    x = D[(name, 2024)]
    vals = dict(ca=k(x["ca"]), cc=k(x["cc"]), aa=k(x["aa"]), ac=k(x["ac"]))
    for kk in sums:
        sums[kk] += vals[kk]
    cr, ar_, tr = rate(x["cc"], x["ca"]), rate(x["ac"], x["aa"]), rate(x["col"], x["ass"])
    ta, tc = vals["ca"] + vals["aa"], vals["cc"] + vals["ac"]
    cells = [(vals["ca"], "current", "assessed"), (vals["cc"], "current", "collected"), (cr, "current", "collection_rate"),
             (vals["aa"], "arrears", "assessed"), (vals["ac"], "arrears", "collected"), (ar_, "arrears", "collection_rate"),
             (ta, "total", "assessed"), (tc, "total", "collected"), (tr, "total", "collection_rate")]
    tds = []
    for v, seg, met in cells:
        if met == "collection_rate":
            tds.append(f"<td>{r2(v)}</td>")
            g.fact(P, name, short, 2024, "令和６年度", seg, met, "actual", v, "percent", r2(v))
        else:
            tds.append(f"<td>{c(v)}</td>")
            g.fact(P, name, short, 2024, "令和６年度", seg, met, "actual", v * 1000, "yen", c(v))
    rows.append(f"<tr><th>{short}</th>{''.join(tds)}</tr>")
ta, tc = sums["ca"] + sums["aa"], sums["cc"] + sums["ac"]
cells = [(sums["ca"], "current", "assessed"), (sums["cc"], "current", "collected"),
         (rate(sums["cc"], sums["ca"]), "current", "collection_rate"),
         (sums["aa"], "arrears", "assessed"), (sums["ac"], "arrears", "collected"),
         (rate(sums["ac"], sums["aa"]), "arrears", "collection_rate"),
         (ta, "total", "assessed"), (tc, "total", "collected"), (rate(tc, ta), "total", "collection_rate")]
tds = []
for v, seg, met in cells:
    if met == "collection_rate":
        tds.append(f"<td>{r2(v)}</td>")
        g.fact(P, None, "合計", 2024, "令和６年度", seg, met, "actual", v, "percent", r2(v))
    else:
        tds.append(f"<td>{c(v)}</td>")
        g.fact(P, None, "合計", 2024, "令和６年度", seg, met, "actual", v * 1000, "yen", c(v))
rows.append(f"<tr class='sum'><th>合計</th>{''.join(tds)}</tr>")
page(f"""
<h2 class="sec">２　主要債権の収納状況一覧（令和６年度決算）</h2>
<p class="unit">（単位：千円、％）</p>
<table class="grid zebra sm">
<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額※</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<p class="note">※ 調定額は還付未済額を含まない。千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。<br>
（凡例）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料、下水道料＝下水道使用料</p>
<p>主要７債権計の収納率は{r2(rate(tc, ta))}％となり、現年度分の収納率は全ての債権で前年度を上回った。一方、滞納繰越分は国保税及び住宅使用料で伸び悩んでいる。</p>
""", P)
g.fact(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", rate(tc, ta), "percent", f"{r2(rate(tc, ta))}％")


# ---------------- 取組個票 helpers ----------------
def sheet_table(P, name, label, unit, prior_br=False):
    """years as columns: 決算 R4 R5 R6 | 目標 R7 | 差(R6-R5)."""
    xs = {fy: D[(name, fy)] for fy in (2022, 2023, 2024)}
    tgt_c = round(rate(xs[2024]["cc"], xs[2024]["ca"]) + 0.10, 2)
    tgt_a = round(rate(xs[2024]["ac"], xs[2024]["aa"]) + 1.00, 2)
    tgt_t = round(rate(xs[2024]["col"], xs[2024]["ass"]) + 0.15, 2)
    tgt_o = round(xs[2024]["out"] * 0.95 / 1e6) * 1e6
    conv = (lambda y: k(y)) if unit == "千円" else (lambda y: y)
    mul = 1000 if unit == "千円" else 1
    rows = []
    spec = [("調定額（計）", "total", "assessed", "ass"), ("収入済額（計）", "total", "collected", "col"),
            ("不納欠損額", "total", "written_off", "wo"), ("収入未済額", "total", "outstanding", "out"),
            ("収納率（現年度分）", "current", "collection_rate", ("cc", "ca")),
            ("収納率（滞納繰越分）", "arrears", "collection_rate", ("ac", "aa")),
            ("収納率（計）", "total", "collection_rate", ("col", "ass")),
            ("滞納者数（人）", "total", "delinquents", "dl")]
    for lab_, seg, met, key in spec:
        tds = []
        vals = {}
        for fy in (2022, 2023, 2024):
            x = xs[fy]
            if isinstance(key, tuple):
                v = rate(x[key[0]], x[key[1]])
                vals[fy] = v
                txt = r2(v)
                if prior_br and fy == 2024:
                    pv = rate(xs[2023][key[0]], xs[2023][key[1]])
                    txt = f"{r2(v)}（{r2(pv)}）"
                    g.fact(P, name, label, 2024, "R6", seg, met, "actual", v, "percent", f"{r2(v)}（")
                    g.fact(P, name, label, 2023, "R6", seg, met, "actual", pv, "percent", f"（{r2(pv)}）")
                else:
                    g.fact(P, name, label, fy, f"R{fy - 2018}", seg, met, "actual", v, "percent", r2(v))
            elif key == "dl":
                v = x["dl"]
                vals[fy] = v
                txt = f"{v:,}"
                g.fact(P, name, label, fy, f"R{fy - 2018}", seg, met, "actual", v, "persons", txt)
            else:
                v = conv(x[key])
                vals[fy] = v
                txt = c(v)
                g.fact(P, name, label, fy, f"R{fy - 2018}", seg, met, "actual", v * mul, "yen", txt)
            tds.append(f"<td>{txt}</td>")
        # target
        tmap = {("current", "collection_rate"): tgt_c, ("arrears", "collection_rate"): tgt_a,
                ("total", "collection_rate"): tgt_t}
        if (seg, met) in tmap:
            tv = tmap[(seg, met)]
            tds.append(f"<td class='tg'>{r2(tv)}</td>")
            g.fact(P, name, label, 2025, "R7", seg, met, "target", tv, "percent", r2(tv))
        elif met == "outstanding":
            tv = conv(int(tgt_o))
            tds.append(f"<td class='tg'>{c(tv)}</td>")
            g.fact(P, name, label, 2025, "R7", seg, met, "target", tv * mul, "yen", c(tv))
        else:
            tds.append("<td class='tg'>－</td>")
        d = vals[2024] - vals[2023]
        if isinstance(key, tuple):
            d = round(d, 2)
            tds.append(f"<td>{('△' if d < 0 else '')}{abs(d):.2f}</td>")
            g.fact(P, name, label, 2024, "R6", seg, "difference", "actual", d, "points", f"{('△' if d < 0 else '')}{abs(d):.2f}")
        else:
            tds.append(f"<td>{c(d)}</td>")
            g.fact(P, name, label, 2024, "R6", seg, "difference", "actual", d * (1 if key == "dl" else mul),
                   "persons" if key == "dl" else "yen", c(d))
        rows.append(f"<tr><th class='l'>{lab_}</th>{''.join(tds)}</tr>")
    return rows, tgt_c, tgt_t


def items(P, name, label, lst, section="令和７年度の取組"):
    out = []
    for lab_, text, st, alone in lst:
        g.init(P, name, label, 2025, section, lab_, text, st)
        tag = f"【{st}】" if st else ""
        if alone:
            out.append(f"<li><span class='no'>{lab_}</span>{text}<br><span class='tag'>{tag}</span></li>")
        else:
            out.append(f"<li><span class='no'>{lab_}</span>{text}{tag}</li>")
    return "<ul class='items'>" + "".join(out) + "</ul>"


HEADYEARS = ("<tr><th rowspan='2'>区分</th><th colspan='3'>決　算</th><th>目　標</th><th rowspan='2'>差<br>(R6－R5)</th></tr>"
             "<tr><th>R4</th><th>R5</th><th>R6</th><th>R7</th></tr>")

# ---------------- p4 市税 ----------------
P = 4
rows, tc_, tt_ = sheet_table(P, "市税", "市税", "千円")
sz = [(2022, 412), (2023, 455), (2024, 487)]
szs = "".join(f"<td>{n}</td>" for _, n in sz)
for fy, n in sz:
    g.fact(P, "市税", "市税", fy, f"R{fy - 2018}", "total", "seizures", "actual", n, "cases", f"{n}")
it = items(P, "市税", "市税", [
    ("①", "納期限後20日以内に督促状を発送し、未納者には電話催告センターから早期に連絡する。", "継続", False),
    ("②", "滞納繰越1年目の事案は9月までに財産調査を終え、預貯金・給与等の差押えを集中的に行う。", "継続", False),
    ("③", "スマートフォン決済アプリ及び地方税統一QRコードによる納付を周知し、期限内納付を促進する。", "拡充", True),
    ("④", "愛知県地方税滞納整理機構への引継ぎ案件を選定し、高額困難案件の解消を図る。", "継続", False),
    ("⑤", "換価の見込みがない事案は執行停止を適正に判断し、滞納繰越額の圧縮に努める。", "新規", False),
])
page(f"""
<h2 class="sec">３　取組個票</h2>
<table class="strip"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>総務部 収納課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<p class="cap">（１）収納状況の推移と目標　<span class="u">（単位：千円、％）</span></p>
<table class="grid shade">{HEADYEARS}{''.join(rows)}
<tr><th class='l'>差押件数（件）</th>{szs}<td class='tg'>－</td><td>{sz[2][1] - sz[1][1]}</td></tr></table>
<p class="note">目標はR7当初に設定した数値。差はR6決算とR5決算の差（△は減）。</p>
<p class="cap">（２）令和７年度の取組</p>{it}
""", P)

# ---------------- p5 国保税 (円, brackets, 達成率, vertical header) ----------------
P = 5
rows, tc_, tt_ = sheet_table(P, "国民健康保険税", "国民健康保険税", "円", prior_br=True)
x6, x5 = D[("国民健康保険税", 2024)], D[("国民健康保険税", 2023)]
t6c = round(rate(x5["cc"], x5["ca"]) + 0.30, 2)    # R6 target set in R5
a6c = rate(x6["cc"], x6["ca"])
t6t = round(rate(x5["col"], x5["ass"]) + 0.40, 2)
a6t = rate(x6["col"], x6["ass"])
ach_c, ach_t = round(a6c / t6c * 100, 1), round(a6t / t6t * 100, 1)
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "current", "collection_rate", "target", t6c, "percent", f"{r2(t6c)}％")
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "current", "collection_rate", "actual", a6c, "percent", f"{r2(a6c)}％")
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "total", "collection_rate", "target", t6t, "percent", f"{r2(t6t)}％")
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "total", "collection_rate", "actual", a6t, "percent", f"{r2(a6t)}％")
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "current", "achievement_rate", "actual", ach_c, "percent", f"{ach_c}％")
g.fact(P, "国民健康保険税", "国保税", 2024, "令和６年度", "total", "achievement_rate", "actual", ach_t, "percent", f"{ach_t}％")
it_lst = [
    ("(1)", "国保資格の取得時に口座振替の申込みを窓口で勧奨し、口座振替率の向上を図る。", "継続", False),
    ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続", False),
    ("(3)", "資格喪失後の未納世帯に対し、文書催告と電話催告を組み合わせて早期に接触する。", "拡充", False),
    ("(4)", "収納課と連携し、滞納繰越分の高額案件について財産調査及び差押えを実施する。", "新規", True),
]
for lab_, text, st, _ in it_lst:
    g.init(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年度の取組", lab_, text, st)
lis = "".join(f"<li><span class='no'>{a}</span>{b}{'<br>' if al else ''}【{s}】</li>" for a, b, s, al in it_lst)
page(f"""
<table class="strip"><tr><th class="lv" colspan="2">債権名　国民健康保険税</th><th>所管課</th><td>市民福祉部 保険年金課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<p class="cap">（１）収納状況の推移と目標　<span class="u">（単位：円、％）</span></p>
<table class="grid shade sm">{HEADYEARS}{''.join(rows)}</table>
<p class="note">R6欄の収納率のかっこ内は前年度（R5）の数値。</p>
<p class="cap">（２）令和６年度目標の達成状況</p>
<table class="grid shade">
<tr><th>区分</th><th>目標収納率</th><th>実績収納率</th><th>達成率</th></tr>
<tr><th class="l">現年度分</th><td>{r2(t6c)}％</td><td>{r2(a6c)}％</td><td>{ach_c}％</td></tr>
<tr><th class="l">計</th><td>{r2(t6t)}％</td><td>{r2(a6t)}％</td><td>{ach_t}％</td></tr></table>
<table class="grid vt"><tr><th class="vert">取組内容</th><td><ul class='items'>{lis}</ul></td></tr></table>
""", P)

# ---------------- p6 介護保険料 / 市営住宅使用料: 上段/下段 ----------------
P = 6
blocks = []
for name, short, unit_sec, its in [
    ("介護保険料", "介護保険料", "高齢者支援課", [
        ("ア", "普通徴収への切替え時に納付書とあわせて口座振替依頼書を送付する。", "継続"),
        ("イ", "滞納期間に応じた給付制限の内容を催告書に記載し、納付の必要性を周知する。", "継続"),
        ("ウ", "年金からの特別徴収が始まるまでの未納を防ぐため、新規資格取得者への電話勧奨を行う。", "新規")]),
    ("市営住宅使用料", "市営住宅使用料", "都市建設部 住宅課", [
        ("ア", "3か月以上の滞納者に連帯保証人への通知を行い、分納計画を早期に作成させる。", "継続"),
        ("イ", "退去者の未納使用料は支払督促を申し立て、債務名義を取得する。", "拡充"),
        ("ウ", "入居者の収入申告時に減免制度を案内し、生活困窮による滞納を未然に防ぐ。", None)]),
]:
    trs = []
    for lab_, seg, met, a, b in [("調定額", "total", "assessed", "ass", None), ("収入済額", "total", "collected", "col", None),
                                  ("収入未済額", "total", "outstanding", "out", None),
                                  ("現年度分", "current", "collection_rate", "cc", "ca"),
                                  ("滞納繰越分", "arrears", "collection_rate", "ac", "aa")]:
        up, dn = D[(name, 2024)], D[(name, 2023)]
        if b:
            vu, vd = rate(up[a], up[b]), rate(dn[a], dn[b])
            tu, td = r2(vu), r2(vd)
            g.fact(P, name, short, 2024, "令和6年度", seg, met, "actual", vu, "percent", tu)
            g.fact(P, name, short, 2023, "令和5年度", seg, met, "actual", vd, "percent", td)
            lab2 = f"収納率<br>（{lab_}）"
        else:
            vu, vd = up[a], dn[a]
            tu, td = c(vu), c(vd)
            g.fact(P, name, short, 2024, "令和6年度", seg, met, "actual", vu, "yen", tu)
            g.fact(P, name, short, 2023, "令和5年度", seg, met, "actual", vd, "yen", td)
            lab2 = lab_
        trs.append(f"<td><div class='up'>{tu}</div><div class='dn'>{td}</div></td>")
        if b is None:
            pass
    head = "".join(f"<th>{h}</th>" for h in ["調定額（円）", "収入済額（円）", "収入未済額（円）", "収納率 現年度分（％）", "収納率 滞納繰越分（％）"])
    for a_, b_, s_ in its:
        g.init(P, name, short, 2025, "令和７年度の取組", a_, b_, s_)
    lis = "".join(f"<li><span class='no'>{a_}</span>{b_}{('【' + s_ + '】') if s_ else ''}</li>" for a_, b_, s_ in its)
    blocks.append(f"""
<table class="strip"><tr><th>債権名</th><td>{short}</td><th>所管課</th><td>{unit_sec}</td></tr></table>
<table class="grid shade sm"><tr>{head}</tr><tr>{''.join(trs)}</tr></table>
<p class="note">上段：令和6年度決算、下段：令和5年度決算</p>
<div class="box"><p class="bt">今年度の取組</p><ul class="items">{lis}</ul></div>""")
page("<h2 class='sec'>５　取組個票（介護保険料・市営住宅使用料）</h2>" + "".join(blocks), P)

# ---------------- p7 status table + boxed table ----------------
P = 7
common = [
    ("1", "債権管理条例に基づく徴収停止・債権放棄の基準を各課に周知する", "◎", "収納課"),
    ("2", "債権管理台帳システムへの移行を全債権で完了させる", "○", "収納課・各所管課"),
    ("3", "新任職員向けに滞納整理の基礎研修を年2回開催する", "◎", "収納課"),
    ("4", "庁内の滞納情報共有の範囲を見直し、納付相談を一元化する", "△", "収納課・市民課"),
    ("5", "非強制徴収公債権と私債権の督促手数料の取扱いを統一する", "○", "財政課"),
]
trs = []
for no, text, mk, who in common:
    g.init(P, None, None, 2025, "全庁共通取組の実施状況", no, text, None)
    trs.append(f"<tr><td>{no}</td><td class='l'>{text}</td><td>{who}</td><td class='mk'>{mk}</td></tr>")
szt = []
for lab_, a, b in [("市税", 487, 455), ("国保税", 162, 149), ("介護料", 38, 41)]:
    szt.append(f"<tr><th class='l'>{lab_}</th><td>{b}</td><td>{a}</td><td>{c(a - b)}</td></tr>")
    nm = {"市税": "市税", "国保税": "国民健康保険税", "介護料": "介護保険料"}[lab_]
    if lab_ != "市税":
        g.fact(P, nm, lab_, 2024, "令和６年度", "total", "seizures", "actual", a, "cases", f"{a}")
        g.fact(P, nm, lab_, 2023, "令和５年度", "total", "seizures", "actual", b, "cases", f"{b}")
page(f"""
<h2 class="sec">６　全庁共通取組の実施状況（令和７年９月末現在）</h2>
<table class="grid shade">
<tr><th>No</th><th>取組項目</th><th>担当</th><th></th></tr>{''.join(trs)}</table>
<p class="note">◎：実施済　○：実施中　△：検討中</p>
<p class="cap">表　差押件数の推移（件）</p>
<div class="boxed"><table class="grid">
<tr><th>債権</th><th>令和５年度</th><th>令和６年度</th><th>増減</th></tr>{''.join(szt)}</table></div>
<p class="src">出典：収納課「滞納処分執行状況報告」（各年度3月31日現在）</p>
<p>今後の予定：第3回会議（令和8年2月予定）において、令和8年度の債権別目標及び取組方針を協議する。</p>
""", P)

CSS = """
@font-face{font-family:G;src:url(file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf)}
@page{size:A4;margin:0}
body{margin:0;font-family:G,sans-serif;font-size:10.5pt;color:#111}
.page{width:210mm;height:296mm;padding:16mm 17mm 14mm 17mm;box-sizing:border-box;position:relative;page-break-after:always;overflow:hidden}
.rh{position:absolute;top:7mm;right:17mm;font-size:8pt;color:#555}
.rf{position:absolute;bottom:7mm;left:0;right:0;text-align:center;font-size:9pt}
.cover{text-align:center;padding-top:40mm}.cover h1{font-size:22pt;line-height:1.5}.cover h2{font-size:18pt;letter-spacing:1em}
.cdate{text-align:right;font-size:10pt}.org{margin-top:30mm}
.toc{width:120mm;margin:10mm auto;text-align:left}.toc td{padding:2px 4px;border-bottom:1px dotted #888}.toc td:last-child{text-align:right;width:12mm}
h2.sec{font-size:13pt;border-left:6px solid #2c5aa0;padding-left:6px;margin:4px 0 8px}
.panels{display:flex;gap:8px;margin:8px 0}.panel{flex:1;border:2px solid #2c5aa0;border-radius:6px;padding:6px;text-align:center}
.pl{font-size:8.5pt}.pv{font-size:18pt;font-weight:bold;color:#2c5aa0}.pd{font-size:9pt}
.chart .dl{font-size:10px;text-anchor:middle}.chart .ax{font-size:11px;text-anchor:middle}
.ref{border:1px solid #333;padding:4px 10px;margin-top:6px}.rt{margin:2px 0;font-weight:bold}
table{border-collapse:collapse}
.grid{width:100%;margin:4px 0}.grid th,.grid td{border:1px solid #666;padding:3px 4px;text-align:right}
.grid th{background:#dfe7f3;text-align:center}.grid th.l,.grid td.l{text-align:left}
.zebra tr:nth-child(2n+3) td{background:#f1f1f1}.zebra{border:none}.zebra th,.zebra td{border:none;border-bottom:1px solid #bbb}
.zebra tr.sum td,.zebra tr.sum th{font-weight:bold;border-top:2px solid #333}
.sm{font-size:8.6pt}.unit{text-align:right;margin:0;font-size:9pt}.note{font-size:8.5pt;margin:2px 0 8px}
.strip{width:100%;margin:4px 0 6px}.strip th,.strip td{border:1.5px solid #333;padding:4px 6px}.strip th{background:#2c5aa0;color:#fff}
.strip th.lv{background:#fff;color:#111;text-align:left}
.cap{font-weight:bold;margin:8px 0 2px}.u{font-weight:normal;font-size:9pt}
td.tg{background:#fff6d8}
ul.items{list-style:none;padding-left:0;margin:4px 0}ul.items li{margin:3px 0 3px 1.6em;text-indent:-1.6em}
.no{display:inline-block;width:1.6em;text-indent:0}.tag{padding-left:1.6em}
.vt td{text-align:left}.vert{writing-mode:vertical-rl;width:2em;letter-spacing:.3em}
.up{border-bottom:1px dashed #999}.dn{color:#333}
.box{border:1.5px solid #2c5aa0;padding:4px 8px;margin:4px 0 10px}.bt{font-weight:bold;margin:0}
.mk{text-align:center!important;font-size:12pt}
.boxed{border:2px solid #333;padding:6px;width:70%}.src{font-size:8.5pt;margin:2px 0 10px}
"""
html = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
g.write(pdf)
sys.exit(1 if check(pdf, g) else 0)
