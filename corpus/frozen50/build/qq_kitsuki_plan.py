"""杵築市 債権管理計画 (plan) — HTML/CSS printed with headless Chromium. Run from corpus/frozen50."""
import subprocess, sys
from pathlib import Path
sys.path.insert(0, "build")
from qq_lib import Doc, c, r, zen, ROOT

STEM = "qq_kitsuki_plan_1"
D = Doc(STEM, "plan", "plan", "杵築市", "第３次杵築市債権管理計画", "2025-03-01", "令和７年３月")
K = 1000
TITLE_RUN = "第３次杵築市債権管理計画（令和７年度〜令和９年度）"

# kind, full, short, 所管課, 根拠法令, 区分記号, assessed, collected, written_off (令和5年度決算, 千円)
DEBTS = [
    ("強制徴収公債権", "市税", "市税", "税務課", "地方税法", "強", 3456780, 3354210, 4120),
    ("強制徴収公債権", "国民健康保険税", "国保税", "税務課", "地方税法", "強", 812340, 731560, 6870),
    ("強制徴収公債権", "介護保険料", "介護料", "高齢者支援課", "介護保険法", "強", 612870, 606420, 1130),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢", "健康推進課", "高齢者の医療の確保に関する法律", "強", 298450, 297010, 210),
    ("強制徴収公債権", "保育所保育料", "保育料", "子ども子育て課", "児童福祉法", "強", 98760, 96930, 140),
    ("非強制徴収公債権", "生活保護費返還金", "生保返還金", "福祉推進課", "生活保護法", "非", 23450, 6120, 980),
    ("非強制徴収公債権", "児童扶養手当返還金", "児扶返還金", "子ども子育て課", "児童扶養手当法", "非", 4870, 1230, 0),
    ("私債権", "市営住宅使用料", "住宅使用料", "建設課", "公営住宅法・民法", "私", 156780, 139920, 1840),
    ("私債権", "水道料金", "水道料金", "上下水道課", "民法・給水条例", "私", 587640, 579870, 1420),
    ("私債権", "奨学資金貸付金", "奨学金", "教育総務課", "民法・奨学資金条例", "私", 12340, 9870, 0),
]
R5 = {}
for kind, full, short, ka, law, kb, a, cc, wo in DEBTS:
    R5[full] = dict(a=a, c=cc, wo=wo, out=a - cc - wo, rate=round(cc / a * 100, 2))
TA = sum(v["a"] for v in R5.values())
TC = sum(v["c"] for v in R5.values())
TW = sum(v["wo"] for v in R5.values())
TO = TA - TC - TW
TR = round(TC / TA * 100, 2)
R4_RATE = round(TR - 0.30, 2)

CSS = """
@font-face { font-family: IPAexG; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: IPAexM; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: IPAexM; font-size: 10.5pt; color: #111; }
.page { width: 210mm; height: 296mm; padding: 16mm 18mm 18mm; box-sizing: border-box; position: relative;
        break-after: page; overflow: hidden; }
.land { page: land; width: 297mm; height: 209mm; }
.run { position: absolute; top: 7mm; right: 18mm; font-size: 8pt; color: #555; font-family: IPAexG; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: IPAexG; font-size: 15pt; border-bottom: 2px solid #333; padding-bottom: 2mm; margin: 2mm 0 5mm; }
h2 { font-family: IPAexG; font-size: 12pt; margin: 5mm 0 2mm; }
h3 { font-family: IPAexG; font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { margin: 0 0 2mm; line-height: 1.65; text-indent: 1em; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; font-family: IPAexG; }
th, td { border: 0.6pt solid #333; padding: 1.2mm 1.5mm; }
th { background: #dde4ee; font-weight: normal; }
td.n { text-align: right; }
.cap { font-family: IPAexG; font-size: 9.5pt; margin: 3mm 0 1mm; }
.unit { float: right; font-size: 8.5pt; }
.note { font-size: 8.3pt; margin: 1mm 0 0; line-height: 1.5; }
.two { column-count: 2; column-gap: 9mm; }
.two p { font-size: 9.8pt; }
.colbreak { break-before: column; }
.cover { text-align: center; }
.cover .t { font-family: IPAexG; font-size: 24pt; margin-top: 70mm; }
.cover .s { font-size: 14pt; margin-top: 8mm; }
.cover .d { font-size: 14pt; margin-top: 80mm; }
.toc td { border: none; padding: 2mm 1mm; font-size: 11pt; font-family: IPAexM; }
.toc td.pg { text-align: right; width: 15mm; }
.sec td, .sec th { font-size: 8.5pt; }
tr.sub td { background: #f0f0f0; }
tr.tot td { background: #dde4ee; }
.hdrcell { font-family: IPAexG; background: #eef; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
"""

pages = []


def page(body, n, land=False, run=True):
    cls = "page land" if land else "page"
    rr = f'<div class="run">{TITLE_RUN}</div>' if run else ""
    ft = f'<div class="foot">- {n} -</div>' if n else ""
    pages.append(f'<section class="{cls}">{rr}{body}{ft}</section>')


# ---- p1 cover
page('<div class="cover"><div class="t">第３次杵築市債権管理計画</div>'
     '<div class="s">令和７（2025）年度 〜 令和９（2027）年度</div>'
     '<div class="d">令和７年３月<br><br>杵　築　市</div></div>', 0, run=False)
# ---- p2 toc
toc = [("第１章　計画の概要", 3), ("第２章　債権の現状", 4), ("第３章　計画期間の数値目標", 5),
       ("第４章　債権ごとの取組み", 6), ("参考資料　対象債権一覧", 8)]
page("<h1>目　次</h1><table class='toc'>" + "".join(
    f"<tr><td>{t}</td><td>…………………………………………………………………</td><td class='pg'>{p}</td></tr>" for t, p in toc)
     + "</table>", 0)

# ---- p3 two-column overview
out_man = round(TO / 100) * 10  # 万円 (10万 precision)
o, rest = divmod(out_man, 10000)
out_txt = f"約{o}億{rest:,}万円"
st = R5["市税"]
wo_man = round(TW / 10)
p3 = f"""<h1>第１章　計画の概要</h1><div class="two">
<h3>１　計画策定の趣旨</h3>
<p>本市では、平成29（2017）年度に債権管理条例を制定し、全庁的な債権管理の適正化に取り組んできました。第２次計画期間中には、納付方法の多様化や滞納整理の早期着手を進めた結果、収入未済額は着実に減少しています。</p>
<p>令和５（2023）年度決算における市の債権全体の収入未済額は{out_txt}となり、前年度から約1,160万円の減少となりました。</p>
<h3>２　計画の期間</h3>
<p>本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３か年とします。</p>
<div class="colbreak"></div>
<h3>３　収納率の状況</h3>
<p>令和５（2023）年度の債権全体の収納率は{TR:.2f}％で、前年度比０．３０ポイント上昇しました。このうち市税の収納率は{st['rate']:.2f}％と、県内でも上位の水準にあります。</p>
<p>一方、不納欠損額は約{wo_man:,}万円で、執行停止を経た処理が大半を占めています。</p>
<h3>４　対象債権</h3>
<p>令和５年度決算で収入未済額が生じている10債権を対象とし、債権の種類ごとに管理の方針を定めます。</p>
</div>"""
page(p3, 3)
D.f(3, out_txt, out_man * 10000, "yen", "outstanding", "total", "actual", 2023, "令和５（2023）年度", None, None, True)
D.f(3, "約1,160万円", -11600000, "yen", "difference", "total", "actual", 2023, "令和５（2023）年度", None, None, True)
D.f(3, f"{TR:.2f}％", TR, "percent", "collection_rate", "total", "actual", 2023, "令和５（2023）年度", None)
D.f(3, "０．３０ポイント", 0.30, "points", "difference", "total", "actual", 2023, "令和５（2023）年度", None)
D.f(3, f"{st['rate']:.2f}％", st["rate"], "percent", "collection_rate", "total", "actual", 2023, "令和５（2023）年度", "市税")
D.f(3, f"約{wo_man:,}万円", wo_man * 10000, "yen", "written_off", "total", "actual", 2023, "令和５（2023）年度", None, None, True)

# ---- p4 現状 table with kind merged + chart
rows = ""
kinds = ["強制徴収公債権", "非強制徴収公債権", "私債権"]
for kd in kinds:
    ds = [d for d in DEBTS if d[0] == kd]
    for k, d in enumerate(ds):
        v = R5[d[1]]
        first = f'<td rowspan="{len(ds) + 1}" style="writing-mode: vertical-rl; text-align:center">{kd}</td>' if k == 0 else ""
        rows += (f"<tr>{first}<td>{d[1]}</td><td>{d[3]}</td><td class=n>{c(v['a'])}</td><td class=n>{c(v['c'])}</td>"
                 f"<td class=n>{v['rate']:.2f}</td><td class=n>{c(v['wo'])}</td><td class=n>{c(v['out'])}</td></tr>")
        for met, val, raw in (("assessed", v["a"] * K, c(v["a"])), ("collected", v["c"] * K, c(v["c"])),
                              ("collection_rate", v["rate"], f"{v['rate']:.2f}"), ("written_off", v["wo"] * K, c(v["wo"])),
                              ("outstanding", v["out"] * K, c(v["out"]))):
            D.f(4, raw, val, "percent" if met == "collection_rate" else "yen", met, "total", "actual", 2023, "令和５年度決算", d[1])
    a, cc, wo = (sum(R5[d[1]][x] for d in ds) for x in ("a", "c", "wo"))
    rt = round(cc / a * 100, 2)
    lab = kd + "計"
    rows += (f"<tr class=sub><td colspan=2>{lab}</td><td class=n>{c(a)}</td><td class=n>{c(cc)}</td><td class=n>{rt:.2f}</td>"
             f"<td class=n>{c(wo)}</td><td class=n>{c(a - cc - wo)}</td></tr>")
    for met, val, raw in (("assessed", a * K, c(a)), ("collected", cc * K, c(cc)), ("collection_rate", rt, f"{rt:.2f}"),
                          ("written_off", wo * K, c(wo)), ("outstanding", (a - cc - wo) * K, c(a - cc - wo))):
        D.f(4, raw, val, "percent" if met == "collection_rate" else "yen", met, "total", "actual", 2023, "令和５年度決算", None, lab)
rows += (f"<tr class=tot><td colspan=3>総　計</td><td class=n>{c(TA)}</td><td class=n>{c(TC)}</td><td class=n>{TR:.2f}</td>"
         f"<td class=n>{c(TW)}</td><td class=n>{c(TO)}</td></tr>")
for met, val, raw in (("assessed", TA * K, c(TA)), ("collected", TC * K, c(TC)), ("collection_rate", TR, f"{TR:.2f}"),
                      ("written_off", TW * K, c(TW)), ("outstanding", TO * K, c(TO))):
    D.f(4, raw, val, "percent" if met == "collection_rate" else "yen", met, "total", "actual", 2023, "令和５年度決算", None, "総計")
# chart: 収入未済額の推移 (百万円)
hist = [("H30", 2018, 281.7), ("R元", 2019, 266.3), ("R2", 2020, 254.8), ("R3", 2021, 243.5), ("R4", 2022, round(TO / 1000 + 11.6, 1)),
        ("R5", 2023, round(TO / 1000, 1))]
bars = ""
for k, (lab, yy, v) in enumerate(hist):
    x = 40 + k * 75
    h = v / 300 * 120
    bars += (f'<rect x="{x}" y="{150 - h}" width="40" height="{h}" fill="#6d8fb8"/>'
             f'<text x="{x + 20}" y="{145 - h}" font-size="10" text-anchor="middle">{v}</text>'
             f'<text x="{x + 20}" y="166" font-size="10" text-anchor="middle">{lab}</text>')
    D.f(4, str(v), round(v * 1e6), "yen", "outstanding", "total", "actual", yy, lab, None)
svg = (f'<svg width="500" height="175" style="font-family:IPAexG"><line x1="30" y1="150" x2="490" y2="150" stroke="#333"/>'
       f'{bars}<text x="470" y="14" font-size="9" text-anchor="end">（単位：百万円）</text></svg>')
p4 = f"""<h1>第２章　債権の現状</h1>
<div class="cap">表１　債権の種類別収納状況（令和５年度決算）</div>
<table class="sec"><tr><th>債権の種類</th><th>債権名</th><th>所管課</th><th>調定額（千円）</th><th>収入済額（千円）</th>
<th>収納率（％）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th></tr>{rows}</table>
<div class="note">※ 収入未済額＝調定額－収入済額－不納欠損額</div>
<div class="cap">図１　収入未済額（全債権）の推移</div>{svg}
<div class="note">出典：各年度 杵築市歳入歳出決算書（平成30年度〜令和５年度）</div>"""
page(p4, 4)

# ---- p5 landscape: years as rows, debts as column groups
GROUP = ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
SHORT = {d[1]: d[2] for d in DEBTS}
plan_rates = {"市税": [0.05, 0.15, 0.25, 0.35], "国民健康保険税": [0.4, 0.9, 1.4, 1.9],
              "介護保険料": [0.02, 0.08, 0.12, 0.16], "市営住宅使用料": [0.5, 1.0, 1.5, 2.0]}
plan_assess = {"市税": [1.004, 1.006, 1.008, 1.010], "国民健康保険税": [0.985, 0.972, 0.960, 0.950],
               "介護保険料": [1.012, 1.024, 1.035, 1.046], "市営住宅使用料": [0.994, 0.990, 0.986, 0.982]}
YR = [(2023, "令和５（2023）年度", "実績", "actual"), (2024, "令和６（2024）年度", "見込", "estimate"),
      (2025, "令和７（2025）年度", "目標", "target"), (2026, "令和８（2026）年度", "目標", "target"),
      (2027, "令和９（2027）年度", "目標", "target")]
body = ""
for k, (yy, yraw, blab, basis) in enumerate(YR):
    body += f"<tr><td>{yraw}</td><td style='text-align:center'>{blab}</td>"
    for dn in GROUP:
        v = R5[dn]
        if k == 0:
            a, cc, rt = v["a"], v["c"], v["rate"]
        else:
            a = round(v["a"] * plan_assess[dn][k - 1] / 10) * 10
            rt = round(v["rate"] + plan_rates[dn][k - 1], 2)
            cc = round(a * rt / 100)
            rt = round(cc / a * 100, 2)
        body += f"<td class=n>{c(a)}</td><td class=n>{c(cc)}</td><td class=n>{rt:.2f}</td>"
        D.f(5, c(a), a * K, "yen", "assessed", "total", basis, yy, yraw, dn, SHORT[dn])
        D.f(5, c(cc), cc * K, "yen", "collected", "total", basis, yy, yraw, dn, SHORT[dn])
        D.f(5, f"{rt:.2f}", rt, "percent", "collection_rate", "total", basis, yy, yraw, dn, SHORT[dn])
    body += "</tr>"
hdr = ("<tr><th rowspan=2>年度</th><th rowspan=2>区分</th>" + "".join(f"<th colspan=3>{SHORT[d]}</th>" for d in GROUP)
       + "</tr><tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 4 + "</tr>")
p5 = f"""<h1>第３章　計画期間の数値目標</h1>
<p>計画期間中の主要４債権の調定額、収入済額及び収納率の目標を次のとおり定めます。令和６年度は決算見込額です。</p>
<div class="cap">表２　主要債権の目標（現年度分・滞納繰越分の計）<span class="unit">（単位：千円、％）</span></div>
<table>{hdr}{body}</table>
<div class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、住宅使用料＝市営住宅使用料</div>"""
page(p5, 5, land=True)


# ---- p6/p7 推進シート
def sheet(n, dn, ka, cur5, arr5, cur4, arr4, analysis, tgts, items, pts_tbl=False):
    def fig(a, cc):
        return a, cc, round(cc / a * 100, 2)
    cur5, arr5, cur4, arr4 = fig(*cur5), fig(*arr5), fig(*cur4), fig(*arr4)
    tot5 = fig(cur5[0] + arr5[0], cur5[1] + arr5[1])
    tot4 = fig(cur4[0] + arr4[0], cur4[1] + arr4[1])
    rows = ""
    for mi, (lab, met) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
        rows += f"<tr><td>{lab}</td>"
        for seg, a5, a4 in (("current", cur5, cur4), ("arrears", arr5, arr4), ("total", tot5, tot4)):
            if met == "collection_rate":
                s5, s4 = f"{a5[2]:.2f}", f"{a4[2]:.2f}"
                D.f(n, s5, a5[2], "percent", met, seg, "actual", 2023, "令和5年度", dn)
                D.f(n, s4, a4[2], "percent", met, seg, "actual", 2022, "令和4年度", dn)
            else:
                s5, s4 = c(a5[mi]), c(a4[mi])
                D.f(n, s5, a5[mi] * K, "yen", met, seg, "actual", 2023, "令和5年度", dn)
                D.f(n, s4, a4[mi] * K, "yen", met, seg, "actual", 2022, "令和4年度", dn)
            rows += f"<td class=n>{s5}<br>{s4}</td>"
        if met == "collection_rate":
            dd = round(tot5[2] - tot4[2], 2)
            s = ("＋" if dd >= 0 else "△") + f"{abs(dd):.2f}pt"
            D.f(n, s, dd, "points", "difference", "total", "actual", 2023, "令和5年度", dn)
        else:
            ratio = round(tot5[mi] / tot4[mi] * 100, 1)
            s = f"{ratio}％"
            D.f(n, s, ratio, "percent", "ratio_prev_year", "total", "actual", 2023, "令和5年度", dn)
        rows += f"<td class=n>{s}</td></tr>"
    out5 = tot5[0] - tot5[1] - analysis[0]
    out4 = tot4[0] - tot4[1] - analysis[1]
    txt = (f"令和５年度末の収入未済額は{c(out5)}千円で、前年度より{c(out4 - out5)}千円減少した。{analysis[2]}")
    D.f(n, f"{c(out5)}千円", out5 * K, "yen", "outstanding", "total", "actual", 2023, "令和５年度", dn)
    D.f(n, f"{c(out4 - out5)}千円", -(out4 - out5) * K, "yen", "difference", "total", "actual", 2023, "令和５年度", dn)
    tg = "".join(f"<td class=n>{a:.2f}％</td>" for a, b in tgts)
    tg2 = "".join(f"<td class=n>{b:.2f}％</td>" for a, b in tgts)
    for (a, b), yy in zip(tgts, (2025, 2026, 2027)):
        D.f(n, f"{a:.2f}％", a, "percent", "collection_rate", "current", "target", yy, f"令和{zen(yy - 2018)}年度", dn)
        D.f(n, f"{b:.2f}％", b, "percent", "collection_rate", "arrears", "target", yy, f"令和{zen(yy - 2018)}年度", dn)
    it = ""
    for lab, t, tag in items:
        it += f"<tr><td style='text-align:center;width:8mm'>{lab}</td><td>{t}{'【' + tag + '】' if tag else ''}</td></tr>"
        D.i(n, dn, 2025, f"債権ごとの取組み（{dn}）", lab, t, tag)
    body = f"""<h1>第４章　債権ごとの取組み（{dn}）</h1>
<table><tr><td class="hdrcell" style="width:50%">債権名　{dn}</td><td class="hdrcell">所管課　{ka}</td></tr></table>
<div class="cap">１　収納状況<span class="unit">（単位：千円、％）</span></div>
<table><tr><th>区分</th><th>現年度分</th><th>滞納繰越分</th><th>合計</th><th>前年度比（合計）</th></tr>{rows}</table>
<div class="note">上段：令和５年度、下段：令和４年度。前年度比は調定額・収入済額が比率、収納率が差（ポイント）。</div>
<div class="cap">２　現状と課題</div>
<table><tr><td style="line-height:1.6">{txt}</td></tr></table>
<div class="cap">３　目標収納率</div>
<table><tr><th></th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>
<tr><td>現年度分</td>{tg}</tr><tr><td>滞納繰越分</td>{tg2}</tr></table>
<div class="cap">４　目標達成に向けて</div>
<table>{it}</table>"""
    page(body, n)
    return tot5, analysis[0]


kk = R5["国民健康保険税"]
# split 国保税 令和5年度 total into current/arrears (sums equal the table 1 totals)
tot5, _ = sheet(6, "国民健康保険税", "税務課", (702150, 684530), (kk["a"] - 702150, kk["c"] - 684530),
                (715420, 695870), (102860, 26140),
                (kk["wo"], 7940, "現年度分の収納率は改善傾向にあるが、滞納繰越分は所得の低い世帯の割合が高く、分納による長期化が課題である。"),
                [(97.60, 24.00), (97.80, 26.00), (98.00, 28.00)],
                [("ア", "納期限後の早期催告と、滞納初期段階での納付相談を徹底する。", "継続"),
                 ("イ", "預貯金・生命保険等の財産調査を全件実施し、換価可能な財産の差押えを進める。", "拡充"),
                 ("ウ", "スマートフォン決済及びクレジットカード納付を導入する。", "新規")])
assert tot5[0] == kk["a"] and tot5[1] == kk["c"]
hh = R5["市営住宅使用料"]
tot5, _ = sheet(7, "市営住宅使用料", "建設課", (138760, 134610), (hh["a"] - 138760, hh["c"] - 134610),
                (139540, 135320), (19870, 5840),
                (hh["wo"], 2210, "退去者の滞納分が未済額の約４割を占めており、所在不明者への対応が課題である。"),
                [(97.20, 31.00), (97.40, 33.00), (97.60, 35.00)],
                [("ア", "入居時に口座振替の利用を原則とし、連帯保証人の資力を確認する。", "継続"),
                 ("イ", "滞納３か月で連帯保証人に通知し、６か月で明渡し請求を検討する。", "継続"),
                 ("ウ", "退去滞納者の所在調査を行い、支払督促等の法的措置に移行する。", None)])
assert tot5[0] == hh["a"] and tot5[1] == hh["c"]

# ---- p8 参考資料
rows = ""
for k, d in enumerate(DEBTS):
    v = R5[d[1]]
    rows += (f"<tr><td style='text-align:center'>{k + 1}</td><td>{d[1]}</td><td>{d[3]}</td><td>{d[4]}</td>"
             f"<td style='text-align:center'>{d[5]}</td><td class=n>{c(v['out'])}</td></tr>")
    D.f(8, c(v["out"]), v["out"] * K, "yen", "outstanding", "total", "actual", 2023, "令和５年度決算", d[1])
p8 = f"""<h1>参考資料　対象債権一覧</h1>
<div class="cap">対象債権と収入未済額（令和５年度決算）<span class="unit">（単位：千円）</span></div>
<table><tr><th>No.</th><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th><th>収入未済額</th></tr>{rows}
<tr class=tot><td colspan=5>合　計</td><td class=n>{c(TO)}</td></tr></table>
<div class="note">区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権</div>"""
D.f(8, c(TO), TO * K, "yen", "outstanding", "total", "actual", 2023, "令和５年度決算", None, "合計")
page(p8, 8)

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = Path("/tmp/qq_work/kitsuki_plan.html")
hp.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
sys.exit(0 if D.write() else 1)
