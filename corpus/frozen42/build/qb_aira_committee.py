"""qb_aira_committee_1: 姶良市 債権管理推進本部会議 資料（取組個票）. HTML/CSS -> chromium."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import *  # noqa

STEM = "qb_aira_committee_1"
G = Gold(STEM, "committee_material", "committee", "姶良市",
         "令和7年度第1回姶良市債権管理推進本部会議 資料", "2025-07-24", "令和7年7月24日")

YEARS = [2020, 2021, 2022, 2023, 2024]
# name, short, canonical, kaikei, section, first arrears assessed (千円, R2), current assessed by year, cur rate, arr rate, write-off share
DEBTS = [
    ("市税", "市税", "市税", "一般", "総務部 税務課", 512340,
     [7412350, 7398120, 7521460, 7603880, 7688210], [98.61, 98.74, 98.83, 98.95, 99.04],
     [22.4, 24.1, 25.3, 26.8, 28.2], [0.118, 0.102, 0.097, 0.091, 0.086]),
    ("保育所保育料", "保育料", "保育所保育料", "一般", "子育て支援部 こども政策課", 18630,
     [142350, 128940, 118720, 112480, 108360], [97.82, 98.05, 98.21, 98.40, 98.52],
     [18.6, 19.9, 21.3, 22.0, 23.4], [0.071, 0.065, 0.060, 0.058, 0.052]),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般", "建設部 建築住宅課", 46210,
     [312880, 309450, 306120, 301840, 298570], [96.45, 96.72, 96.90, 97.12, 97.35],
     [12.1, 12.8, 13.6, 14.9, 15.7], [0.042, 0.050, 0.038, 0.045, 0.041]),
    ("国民健康保険税", "国保税", "国民健康保険税", "特別", "市民生活部 保険年金課", 468520,
     [1712460, 1684330, 1651280, 1618940, 1587620], [93.82, 94.21, 94.55, 94.87, 95.13],
     [19.8, 21.2, 22.6, 23.5, 24.9], [0.131, 0.124, 0.118, 0.109, 0.102]),
    ("介護保険料", "介護料", "介護保険料", "特別", "保健福祉部 長寿・障害福祉課", 38410,
     [1842360, 1861240, 1873580, 1902450, 1921870], [99.12, 99.18, 99.25, 99.31, 99.36],
     [16.2, 17.4, 18.1, 19.3, 20.6], [0.215, 0.206, 0.198, 0.187, 0.179]),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別", "市民生活部 保険年金課", 6820,
     [1102480, 1128760, 1153420, 1187330, 1214650], [99.52, 99.55, 99.58, 99.61, 99.64],
     [31.5, 32.8, 33.4, 35.2, 36.8], [0.102, 0.098, 0.091, 0.088, 0.080]),
]


def model(d):
    out = {}
    arr_asd = d[5]
    for i, y in enumerate(YEARS):
        ac = d[6][i]
        cc = round(ac * d[7][i] / 100)
        oc = ac - cc
        aa = arr_asd
        ca = round(aa * d[8][i] / 100)
        wa = round(aa * d[9][i])
        oa = aa - ca - wa
        cur = dict(asd=ac, col=cc, wo=0, out=oc)
        arr = dict(asd=aa, col=ca, wo=wa, out=oa)
        tot = {k: cur[k] + arr[k] for k in cur}
        for s in (cur, arr, tot):
            s["rate"] = rate(s["col"], s["asd"], 2)
        out[y] = {"current": cur, "arrears": arr, "total": tot}
        arr_asd = tot["out"]
    return out


DATA = {d[0]: model(d) for d in DEBTS}
METRICS = [("asd", "assessed", "調定額"), ("col", "collected", "収入済額"), ("wo", "written_off", "不納欠損額"),
           ("out", "outstanding", "収入未済額"), ("rate", "collection_rate", "収納率")]
SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]


def agg(names, y):
    r = {}
    for s, _ in SEGS:
        r[s] = {k: sum(DATA[n][y][s][k] for n in names) for k in ("asd", "col", "wo", "out")}
        r[s]["rate"] = rate(r[s]["col"], r[s]["asd"], 2)
    return r


ALL = [d[0] for d in DEBTS]
GEN = [d[0] for d in DEBTS if d[3] == "一般"]
SPE = [d[0] for d in DEBTS if d[3] == "特別"]
T24 = agg(ALL, 2024)
T23 = agg(ALL, 2023)

CSS = """
@page { size: A4; margin: 14mm 14mm 12mm 14mm; }
@page land { size: A4 landscape; margin: 10mm 10mm 10mm 10mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 9.5pt; color:#111; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.land { page: land; }
h1 { font-size: 15pt; text-align:center; margin: 4mm 0 2mm; }
h2 { font-size: 11.5pt; border-left: 5px solid #2c5d8a; padding-left: 6px; margin: 5mm 0 2mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
.tag { position:absolute; right:0; top:0; border:1px solid #000; padding:1px 8px; font-size:10pt; }
.sub { text-align:center; font-size:10pt; }
table { border-collapse: collapse; width:100%; }
td, th { border: 0.6pt solid #333; padding: 1.5px 3px; }
th { background:#dfe8f1; font-weight: normal; }
td.n { text-align:right; }
.zebra tr:nth-child(even) td { background:#f1f4f7; }
.zebra td, .zebra th { border: none; border-bottom: 0.4pt solid #9aa; }
.zebra th { background:#2c5d8a; color:#fff; }
.sec td { background:#fff3d6 !important; font-weight:bold; }
.sum td { background:#e8eef4 !important; font-weight:bold; }
.panels { display:flex; gap:4mm; margin: 3mm 0; }
.panel { flex:1; border:1.5px solid #2c5d8a; border-radius:3mm; padding:2mm 3mm; text-align:center; }
.panel .l { font-size:9pt; color:#2c5d8a; }
.panel .v { font-size:17pt; font-weight:bold; margin:1mm 0; }
.panel .d { font-size:9pt; }
.box { border:1px solid #000; padding: 2mm 3mm; margin: 2mm 0; }
.ref { border: 1px dashed #444; padding: 2mm 4mm; margin: 3mm 0; }
.ref ul { margin: 1mm 0; padding-left: 5mm; }
.strip td { border: 1px solid #000; padding: 3px 6px; }
.strip td.l { background:#2c5d8a; color:#fff; width: 14%; text-align:center; }
.vert { writing-mode: vertical-rl; text-orientation: upright; width: 1.4em; text-align:center; letter-spacing: 2px; }
.note { font-size: 8pt; margin-top: 1mm; }
.small td, .small th { font-size: 7.6pt; padding: 2px 2px; }
.items p { margin: 0.8mm 0 0.8mm 1.2em; text-indent: -1.2em; }
.cols2 td { vertical-align: top; }
"""

html = []
P = 0


def newpage(cls=""):
    global P
    P += 1
    html.append(f'<div class="page {cls}">')


def endpage():
    html.append("</div>")


# ---------------------------------------------------------------- page 1
newpage()
html.append('<div class="tag">資料２</div>')
html.append('<h1>主要債権の収納状況及び取組個票</h1>')
html.append('<div class="sub">令和7年度第1回姶良市債権管理推進本部会議（令和7年7月24日）<br>総務部 税務課 債権管理対策室</div>')
html.append('<h2>１　債権全体の状況（令和6年度決算）</h2>')
t = T24["total"]
t0 = T23["total"]
dr = round(t["rate"] - t0["rate"], 2)
d_out = t["out"] - t0["out"]
out_oku = round(t["out"] / 100000, 1)   # 千円 -> 億円
d_oku = round(d_out / 100000, 1)
wo_man = round(t["wo"] / 10)            # 千円 -> 万円
html.append('<div class="panels">')
html.append(f'<div class="panel"><div class="l">令和6年度 主要債権の収納率</div><div class="v">{p(t["rate"],2)}％</div>'
            f'<div class="d">前年度比{signed(dr,2,"＋")}ポイント</div></div>')
G.fact(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", t["rate"], "percent", f'{p(t["rate"],2)}％')
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", dr, "points", f'{signed(dr,2,"＋")}ポイント')
html.append(f'<div class="panel"><div class="l">令和6年度末 収入未済額</div><div class="v">{out_oku}億円</div>'
            f'<div class="d">前年度比{signed(d_oku,1,"＋")}億円</div></div>')
G.fact(P, None, None, 2024, "令和6年度末", "total", "outstanding", "actual", out_oku * 1e8, "yen", f'{out_oku}億円')
G.fact(P, None, None, 2024, "令和6年度末", "total", "difference", "actual", d_oku * 1e8, "yen", f'{signed(d_oku,1,"＋")}億円')
html.append(f'<div class="panel"><div class="l">令和6年度 不納欠損額</div><div class="v">{c(wo_man)}万円</div>'
            f'<div class="d">（令和5年度 {c(round(t0["wo"]/10))}万円）</div></div>')
G.fact(P, None, None, 2024, "令和6年度", "total", "written_off", "actual", wo_man * 10000, "yen", f'{c(wo_man)}万円')
G.fact(P, None, None, 2023, "令和5年度", "total", "written_off", "actual", round(t0["wo"] / 10) * 10000, "yen",
       f'{c(round(t0["wo"]/10))}万円')
html.append('</div>')
man_out = round(t["out"] / 10)
man_d = round(-d_out / 10)
txt = (f'　令和6年度決算における主要6債権の調定額は約{round(t["asd"]/100000)}億円、収納率は{p(t["rate"],2)}％となり、'
       f'前年度と比べ{p(abs(dr),2)}ポイント上昇しました。収入未済額は約{man_out//10000}億{c(man_out%10000)}万円で、'
       f'前年度から約{c(man_d)}万円減少しています。現年度分の収納率は{p(T24["current"]["rate"],2)}％と'
       f'過去最高となった一方、滞納繰越分は{p(T24["arrears"]["rate"],2)}％にとどまっており、引き続き滞納繰越分の縮減が課題です。')
html.append(f'<p>{txt}</p>')
G.fact(P, None, None, 2024, "令和6年度", "total", "assessed", "actual", round(t["asd"] / 100000) * 1e8, "yen",
       f'約{round(t["asd"]/100000)}億円', approx=True)
G.fact(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", t["rate"], "percent", f'{p(t["rate"],2)}％となり')
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", dr, "points", f'{p(abs(dr),2)}ポイント上昇')
G.fact(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", man_out * 10000, "yen",
       f'約{man_out//10000}億{c(man_out%10000)}万円', approx=True)
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", -man_d * 10000, "yen",
       f'約{c(man_d)}万円減少', approx=True)
G.fact(P, None, None, 2024, "令和6年度", "current", "collection_rate", "actual", T24["current"]["rate"], "percent",
       f'{p(T24["current"]["rate"],2)}％と')
G.fact(P, None, None, 2024, "令和6年度", "arrears", "collection_rate", "actual", T24["arrears"]["rate"], "percent",
       f'{p(T24["arrears"]["rate"],2)}％にとどまって')

html.append('<div class="ref"><b>【参考】主要6債権の状況（令和6年度決算）</b><ul>')
for lab, k, seg in [("調定額（現年度分）", "asd", "current"), ("調定額（滞納繰越分）", "asd", "arrears"),
                    ("収入済額（計）", "col", "total"), ("不納欠損額（計）", "wo", "total")]:
    v = T24[seg][k]
    html.append(f'<li>{lab}：{c(v)}千円</li>')
    G.fact(P, None, None, 2024, "令和6年度", seg, dict(asd="assessed", col="collected", wo="written_off")[k], "actual",
           v * 1000, "yen", f'{lab}：{c(v)}千円')
html.append('</ul>※対象は市税、保育所保育料、市営住宅使用料、国民健康保険税、介護保険料及び後期高齢者医療保険料の6債権です。</div>')

html.append('<h2>２　本日の内容</h2>')
html.append('<div class="box">（１）令和6年度決算における主要債権の収納状況（別表）<br>'
            '（２）債権別の取組個票（No.1～No.4）<br>'
            '（３）令和7年度の目標及び重点取組について</div>')
html.append('<p class="note">※ 金額は千円未満を四捨五入しているため、合計が一致しない場合があります（本資料では千円単位で集計）。</p>')
endpage()

# ---------------------------------------------------------------- page 2 (landscape)
newpage("land")
html.append('<h2>別表　主要債権の収納状況（令和6年度決算）</h2>')
html.append('<div style="text-align:right;font-size:8.5pt">（単位：千円、％）</div>')
html.append('<table class="zebra small"><thead>')
html.append('<tr><th rowspan="3">会計・債権</th><th colspan="15">令和6年度決算</th></tr><tr>')
for _, sl in SEGS:
    html.append(f'<th colspan="5">{sl}</th>')
html.append('</tr><tr>')
for _ in SEGS:
    for _, _, ml in METRICS:
        html.append(f'<th>{ml}</th>')
html.append('</tr></thead><tbody>')


def row(label, rec, debt, debt_raw, cls=""):
    html.append(f'<tr class="{cls}"><td>{label}</td>')
    for s, _ in SEGS:
        for k, m, _ in METRICS:
            v = rec[s][k]
            if k == "rate":
                txt = p(v, 2)
                G.fact(P, debt, debt_raw, 2024, "令和6年度", s, m, "actual", v, "percent", txt)
            elif k == "wo" and v == 0:
                txt = "－"
            else:
                txt = c(v)
                G.fact(P, debt, debt_raw, 2024, "令和6年度", s, m, "actual", v * 1000, "yen", txt)
            html.append(f'<td class="n">{txt}</td>')
    html.append('</tr>')


for sec, names, lab in [("【一般会計】", GEN, "小計"), ("【特別会計】", SPE, "小計")]:
    html.append(f'<tr class="sec"><td colspan="16">{sec}</td></tr>')
    for n in names:
        d = next(x for x in DEBTS if x[0] == n)
        row(d[1], DATA[n][2024], d[2], d[1])
    row(lab, agg(names, 2024), None, lab, "sum")
row("合計", T24, None, "合計", "sum")
html.append('</tbody></table>')
html.append('<p class="note">※ 国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、'
            '住宅使用料：市営住宅使用料<br>※ 収納率＝収入済額÷調定額×100。現年度分の不納欠損は生じていない（「－」）。<br>'
            '出典：令和6年度姶良市歳入歳出決算書及び各課集計</p>')
endpage()

# ---------------------------------------------------------------- pages 3-6: 取組個票
SHEETS = [
    dict(name="市税", no=1, kubun="強制徴収公債権", yr=["R2", "令和３年度", "R4", "2023年度", "令和6年度"],
         tgt=(99.10, 30.00, 258000), style="strip",
         issue=("令和6年度末の収入未済額は{out}千円で、前年度より{dlt}千円減少した。滞納繰越分の収納率は{ra}％と"
                "5年連続で上昇したが、高額滞納案件（100万円以上）が収入未済額の約4割を占めている。"),
         items=[("①", "納期内納付を促すため、口座振替及びスマートフォン決済の利用勧奨を強化する。", "継続"),
                ("②", "滞納発生から3か月以内の早期催告を徹底し、新規滞納の累積を防止する。", "継続"),
                ("③", "高額滞納案件は鹿児島地方税滞納整理推進機構への引継ぎを計画的に行い、差押え等の滞納処分を厳正に執行する。", "拡充"),
                ("④", "預貯金調査の電子照会（pipitLINQ）を導入し、財産調査の迅速化を図る。", "新規")]),
    dict(name="国民健康保険税", no=2, kubun="強制徴収公債権", yr=["R2", "R3", "R4", "R5", "R6"],
         tgt=(95.30, 26.00, 392000), style="cell",
         issue=("令和6年度末の収入未済額は{out}千円で、前年度より{dlt}千円減少した。現年度分は被保険者数の減少により"
                "調定額が縮小する中、収納率は{rc}％まで改善した。資格喪失者の未納が滞納の多くを占める。"),
         items=[("(1)", "資格喪失届の提出時に、未納額の案内と納付相談を窓口で一体的に行う。", "継続"),
                ("(2)", "短期被保険者証の更新時期に合わせて納付相談会を開催する。", "継続"),
                ("(3)", "滞納繰越分について、財産調査の結果に基づき滞納処分又は執行停止の判断を早期に行う。", "拡充"),
                ("(4)", "コールセンターによる現年度分未納者への電話勧奨を年2回から年4回に拡大する。", "拡充")]),
    dict(name="介護保険料", no=3, kubun="強制徴収公債権", yr=["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"],
         tgt=(99.40, 21.00, 45000), style="strip",
         issue=("普通徴収対象者の未納が収入未済額の大半を占める。令和6年度末の収入未済額は{out}千円で、"
                "前年度より{dlt}千円減少した。給付制限の周知により納付につながる事例が増えている。"),
         items=[("ア", "65歳到達時の普通徴収期間中に、口座振替の勧奨通知を個別に送付する。", "継続"),
                ("イ", "ケアマネジャーと連携し、要介護認定申請時に未納者への納付相談を行う。", "新規"),
                ("ウ", "時効が近い債権を毎月抽出し、時効の更新措置を確実に行う。", None)]),
    dict(name="市営住宅使用料", no=4, kubun="私債権", yr=["R2", "R3", "R4", "R5", "R6"],
         tgt=(97.50, 17.00, 40000), style="strip",
         issue=("令和6年度末の収入未済額は{out}千円で、前年度より{dlt}千円減少した。退去者の滞納分が"
                "収入未済額の約半分を占めており、連帯保証人への請求と法的措置の徹底が課題である。"),
         items=[("１", "滞納3か月で連帯保証人へ通知し、6か月以上の滞納者には明渡し請求を前提とした納付指導を行う。", "継続"),
                ("２", "退去者滞納分は、支払督促等の法的措置を計画的に実施する。", "継続"),
                ("３", "入居時説明会で口座振替の利用を原則とする旨を説明する。", "新規")]),
]

for sh in SHEETS:
    newpage()
    n = sh["name"]
    d = next(x for x in DEBTS if x[0] == n)
    D = DATA[n]
    html.append(f'<div class="tag">取組個票 No.{sh["no"]}</div>')
    html.append(f'<h1 style="font-size:13pt">主要債権 取組個票（令和7年度）</h1>')
    if sh["style"] == "strip":
        html.append('<table class="strip"><tr>'
                    f'<td class="l">債権名</td><td>{n}</td><td class="l">所管課</td><td>{d[4]}</td>'
                    f'<td class="l">債権区分</td><td>{sh["kubun"]}</td></tr></table>')
    else:
        html.append('<table class="strip"><tr>'
                    f'<td style="width:40%"><b>債権名　{n}</b></td><td>所管課　{d[4]}</td><td>債権区分　{sh["kubun"]}</td></tr></table>')
    # 1 multi-year table
    html.append('<h3>１　収納状況の推移</h3><div style="text-align:right;font-size:8.5pt">単位：千円</div>')
    html.append('<table><tr><th colspan="2">区分</th>')
    for yl in sh["yr"]:
        html.append(f'<th>{yl}</th>')
    html.append('<th>前年度比</th></tr>')
    rows = [("調定額", "asd", "assessed", "total"), ("収入済額", "col", "collected", "total"),
            ("不納欠損額", "wo", "written_off", "total"), ("収入未済額", "out", "outstanding", "total")]
    for i, (lab, k, m, s) in enumerate(rows):
        html.append('<tr>')
        if i == 0:
            html.append('<td rowspan="4" class="vert">決算額</td>')
        html.append(f'<td>{lab}</td>')
        for y, yl in zip(YEARS, sh["yr"]):
            v = D[y][s][k]
            html.append(f'<td class="n">{c(v)}</td>')
            G.fact(P, n, n, y, yl, s, m, "actual", v * 1000, "yen", c(v))
        dv = D[2024][s][k] - D[2023][s][k]
        html.append(f'<td class="n">{tri(dv)}</td></tr>')
        G.fact(P, n, n, 2024, sh["yr"][-1], s, "difference", "actual", dv * 1000, "yen", tri(dv))
    for i, (lab, s) in enumerate([("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total")]):
        html.append('<tr>')
        if i == 0:
            html.append('<td rowspan="3" class="vert">収納率</td>')
        html.append(f'<td>{lab}（％）</td>')
        for y, yl in zip(YEARS, sh["yr"]):
            v = D[y][s]["rate"]
            html.append(f'<td class="n">{p(v,2)}</td>')
            G.fact(P, n, n, y, yl, s, "collection_rate", "actual", v, "percent", p(v, 2))
        dv = round(D[2024][s]["rate"] - D[2023][s]["rate"], 2)
        html.append(f'<td class="n">{signed(dv,2,"")}</td></tr>')
        G.fact(P, n, n, 2024, sh["yr"][-1], s, "difference", "actual", dv, "points", signed(dv, 2, ""))
    html.append('</table><p class="note">※ 前年度比の収納率欄はポイント差。</p>')
    # 2 target vs result, two headings side by side
    prev_tgt = {"current": round(D[2024]["current"]["rate"] + (0.05 if sh["no"] % 2 else -0.08), 2),
                "arrears": round(D[2024]["arrears"]["rate"] + (-0.6 if sh["no"] != 2 else 0.4), 1)}
    html.append('<h3>２　令和6年度目標の達成状況及び令和7年度目標</h3>')
    html.append('<table><tr><th rowspan="2">区分</th><th colspan="3">令和6年度</th><th rowspan="2">達成率</th>'
                '<th colspan="2">令和7年度</th></tr>'
                '<tr><th>目標</th><th>実績</th><th>差</th><th>目標</th><th>備考</th></tr>')
    tgt7 = {"current": sh["tgt"][0], "arrears": sh["tgt"][1]}
    for lab, s in [("現年度分収納率（％）", "current"), ("滞納繰越分収納率（％）", "arrears")]:
        tv = prev_tgt[s]
        av = D[2024][s]["rate"]
        diff = round(av - tv, 2)
        ach = round(av / tv * 100, 1)
        nd = 2 if s == "current" else 1
        html.append(f'<tr><td>{lab}</td><td class="n">{p(tv,nd)}</td><td class="n">{p(av,2)}</td>'
                    f'<td class="n">{tri(diff, "▲", 2)}</td><td class="n">{p(ach,1)}％</td>'
                    f'<td class="n">{p(tgt7[s],2)}</td>')
        G.fact(P, n, n, 2024, "令和6年度", s, "collection_rate", "target", tv, "percent", p(tv, nd))
        G.fact(P, n, n, 2024, "令和6年度", s, "collection_rate", "actual", av, "percent", p(av, 2))
        G.fact(P, n, n, 2024, "令和6年度", s, "difference", "actual", diff, "points", tri(diff, "▲", 2))
        G.fact(P, n, n, 2025, "令和7年度", s, "collection_rate", "target", tgt7[s], "percent", p(tgt7[s], 2))
        if s == "current":
            html.append('<td rowspan="2" style="font-size:8pt">'
                        f'令和6年度末収入未済額のうち滞納繰越分 {c(D[2024]["arrears"]["out"])}千円</td></tr>')
            G.fact(P, n, n, 2024, "令和6年度末", "arrears", "outstanding", "actual", D[2024]["arrears"]["out"] * 1000,
                   "yen", f'うち滞納繰越分{c(D[2024]["arrears"]["out"])}千円')
        else:
            html.append('</tr>')
    html.append(f'<tr><td>収入未済額（千円）</td><td class="n">－</td><td class="n">{c(D[2024]["total"]["out"])}</td>'
                f'<td class="n">－</td><td class="n">－</td><td class="n">{c(sh["tgt"][2])}</td><td></td></tr></table>')
    G.fact(P, n, n, 2024, "令和6年度", "total", "outstanding", "actual", D[2024]["total"]["out"] * 1000, "yen",
           c(D[2024]["total"]["out"]))
    G.fact(P, n, n, 2025, "令和7年度", "total", "outstanding", "target", sh["tgt"][2] * 1000, "yen", c(sh["tgt"][2]))
    # 3 現状と課題 (prose in a cell) beside plain figures
    out = D[2024]["total"]["out"]
    dlt = D[2023]["total"]["out"] - out
    issue = sh["issue"].format(out=c(out), dlt=c(dlt), ra=p(D[2024]["arrears"]["rate"], 2),
                               rc=p(D[2024]["current"]["rate"], 2))
    html.append('<h3>３　現状と課題</h3>')
    html.append('<table class="cols2"><tr><th style="width:70%">現状と課題</th><th>滞納の状況（令和6年度末）</th></tr>'
                f'<tr><td>{issue}</td><td>')
    # plain figures: delinquents + cases
    pers = round(D[2024]["total"]["out"] / (38 if n != "市営住宅使用料" else 95))
    seiz = round(pers * 0.09) if sh["kubun"] != "私債権" else 0
    html.append(f'滞納者数　{c(pers)}人<br>差押件数　{c(seiz) if seiz else "－"}件</td></tr></table>')
    G.fact(P, n, n, 2024, "令和6年度末", "total", "outstanding", "actual", out * 1000, "yen", f'収入未済額は{c(out)}千円')
    G.fact(P, n, n, 2024, "令和6年度末", "total", "difference", "actual", -dlt * 1000, "yen", f'{c(dlt)}千円減少')
    if "{ra}" in sh["issue"]:
        G.fact(P, n, n, 2024, "令和6年度", "arrears", "collection_rate", "actual", D[2024]["arrears"]["rate"], "percent",
               f'{p(D[2024]["arrears"]["rate"],2)}％と')
    if "{rc}" in sh["issue"]:
        G.fact(P, n, n, 2024, "令和6年度", "current", "collection_rate", "actual", D[2024]["current"]["rate"], "percent",
               f'{p(D[2024]["current"]["rate"],2)}％まで')
    G.fact(P, n, n, 2024, "令和6年度末", "total", "delinquents", "actual", pers, "persons", f'滞納者数{c(pers)}人')
    # 4 取組
    html.append('<h3>４　令和7年度の重点取組</h3>')
    if sh["no"] == 4:
        # items in a table with no 取組 header
        html.append('<table><tr><th style="width:8%">No.</th><th>内容</th><th style="width:10%">区分</th></tr>')
        for lab, tx, st in sh["items"]:
            html.append(f'<tr><td style="text-align:center">{lab}</td><td>{tx}</td><td style="text-align:center">{st or ""}</td></tr>')
            G.init(P, n, 2025, "令和7年度の重点取組", lab, tx, st)
        html.append('</table>')
    elif sh["no"] == 2:
        html.append('<div class="box items">')
        for i, (lab, tx, st) in enumerate(sh["items"]):
            tagtxt = f'<br>【{st}】' if (st and i == 1) else (f'【{st}】' if st else "")
            html.append(f'<p>{lab}　{tx}{tagtxt}</p>')
            G.init(P, n, 2025, "令和7年度の重点取組", lab, tx, st)
        html.append('</div>')
    else:
        html.append('<div class="items">')
        for lab, tx, st in sh["items"]:
            html.append(f'<p>{lab}　{tx}{"【" + st + "】" if st else ""}</p>')
            G.init(P, n, 2025, "令和7年度の重点取組", lab, tx, st)
        html.append('</div>')
    endpage()

src = WORK / f"{STEM}.html"
src.write_text(f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
               + "\n".join(html) + "</body></html>", encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
chromium(src, pdf)
G.save(pdf)
print(STEM, "pages", P, "facts", len(G.facts), "inits", len(G.inits))
for b in check(STEM):
    print("BAD", b)
