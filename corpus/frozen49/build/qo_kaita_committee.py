"""海田町債権管理委員会 資料 (取組個票) -> HTML/CSS -> chromium.  Run from corpus/frozen49."""
import sys
sys.path.insert(0, "build")
from qo_common import Gold, c, p, rate, sgn, chromium_pdf, PDF

STEM = "qo_kaita_committee_1"
TOWN = "海田町"
g = Gold(STEM, "committee_material", "kobetsu", TOWN, "令和7年度 第1回 海田町債権管理委員会 資料",
         "2025-07-10", "令和7年7月10日（木）")

YEARS = [2022, 2023, 2024]
WA = {2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}

# debt: (canonical, full printed, short, section, kubun, base numbers in 千円 for 2024)
DEBTS = [
    dict(key="tax", debt="町税", full="町税", short="町税", ka="税務課", kubun="強制徴収公債権",
         cur=[(3318420, 3280114), (3362975, 3326802), (3401288, 3367913)],
         arr=[(141205, 33410, 9120), (126863, 31975, 8544), (112811, 30318, 7902)],
         tgt=(99.10, 28.00, 72000), dlq=[1284, 1197, 1105]),
    dict(key="kokuho", debt="国民健康保険税", full="国民健康保険税", short="国保税", ka="保険医療課", kubun="強制徴収公債権",
         cur=[(612540, 575802), (598114, 563421), (587362, 554817)],
         arr=[(118430, 22875, 6410), (125893, 24116, 5982), (130488, 26003, 6125)],
         tgt=(94.80, 21.00, 118000), dlq=[902, 877, 851]),
    dict(key="kaigo", debt="介護保険料", full="介護保険料", short="介護料", ka="長寿保険課", kubun="強制徴収公債権",
         cur=[(548210, 543018), (556402, 551507), (561187, 556671)],
         arr=[(14288, 2904, 2216), (14207, 3127, 2058), (13611, 3342, 1867)],
         tgt=(99.30, 26.00, 11500), dlq=[318, 305, 289]),
    dict(key="kouki", debt="後期高齢者医療保険料", full="後期高齢者医療保険料", short="後期高齢", ka="保険医療課", kubun="強制徴収公債権",
         cur=[(302415, 301327), (318904, 317799), (331622, 330596)],
         arr=[(2811, 1088, 215), (2611, 1177, 162), (2270, 1093, 148)],
         tgt=(99.72, 50.00, 1400), dlq=[61, 57, 52]),
    dict(key="jutaku", debt="町営住宅使用料", full="町営住宅使用料", short="住宅使用料", ka="都市整備課", kubun="私債権",
         cur=[(98412, 95530), (97215, 94604), (96388, 93918)],
         arr=[(21034, 3012, 1204), (20700, 3155, 980), (20126, 3340, 1102)],
         tgt=(97.60, 18.00, 17500), dlq=[47, 44, 41]),
]


def fig(d, i):
    ca, cc = d["cur"][i]
    aa, ac, wo = d["arr"][i]
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ta, tc=tc, out=ta - tc - wo,
                cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta))


for d in DEBTS:
    d["f"] = [fig(d, i) for i in range(3)]
# consistency: next year's arrears assessed roughly equals previous outstanding (not enforced exactly; printed as is)

TOT = []
for i in range(3):
    t = {k: sum(d["f"][i][k] for d in DEBTS) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")}
    t.update(cr=rate(t["cc"], t["ca"]), ar=rate(t["ac"], t["aa"]), tr=rate(t["tc"], t["ta"]))
    TOT.append(t)
T24, T23 = TOT[2], TOT[1]
RATE_HIST = {2020: 93.12, 2021: 93.47, 2022: TOT[0]["tr"], 2023: T23["tr"], 2024: T24["tr"]}

CSS = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color:#111; }
.page { width:210mm; height:296mm; box-sizing:border-box; padding:14mm 15mm 12mm 15mm; position:relative;
        page-break-after: always; overflow:hidden; }
.page:last-child { page-break-after: auto; }
.rh { position:absolute; top:6mm; left:15mm; right:15mm; font-size:8pt; color:#444; border-bottom:0.4pt solid #888; }
.rh span { float:right; }
.pf { position:absolute; bottom:6mm; left:0; right:0; text-align:center; font-size:9pt; }
h1 { font-size:16pt; text-align:center; margin:18mm 0 6mm; font-weight:normal; }
h2 { font-size:12.5pt; margin:4mm 0 3mm; border-left:5pt solid #2a5d8f; padding-left:3mm; }
h3 { font-size:10.5pt; margin:4mm 0 1.5mm; }
table { border-collapse:collapse; width:100%; }
td, th { border:0.5pt solid #333; padding:1.2mm 1.4mm; font-weight:normal; }
th { background:#dde6ef; }
td.n { text-align:right; }
.zebra td, .zebra th { border:none; }
.zebra tr:nth-child(even) td { background:#eef2f6; }
.zebra thead th { background:#2a5d8f; color:#fff; }
.zebra { border-top:1pt solid #2a5d8f; border-bottom:1pt solid #2a5d8f; }
.unit { text-align:right; font-size:8.5pt; margin:1mm 0; }
.note { font-size:8.3pt; margin:1mm 0 0 0; line-height:1.45; }
.box { border:0.8pt solid #333; padding:2.5mm 4mm; margin:3mm 0; line-height:1.7; }
.panels { display:flex; gap:4mm; margin:3mm 0 5mm; }
.panel { flex:1; border:1pt solid #2a5d8f; border-radius:2mm; padding:2.5mm; text-align:center; }
.panel .lb { font-size:9pt; background:#2a5d8f; color:#fff; margin:-2.5mm -2.5mm 2mm; padding:1mm; }
.panel .big { font-size:18pt; }
.panel .sub { font-size:8.5pt; }
.strip td { border:0.8pt solid #222; padding:1.8mm; }
.strip td.l { background:#e9e9e9; width:14%; text-align:center; }
.vert { writing-mode: vertical-rl; text-align:center; letter-spacing:1pt; width:6mm; }
.cap { font-size:9.5pt; margin:3mm 0 1mm; }
.src { font-size:8pt; text-align:right; margin-top:0.8mm; }
ol.tk { margin:1mm 0; padding-left:0; list-style:none; line-height:1.6; }
ol.tk li { margin-bottom:1mm; padding-left:1.2em; text-indent:-1.2em; }
.kadai { font-size:9pt; line-height:1.55; }
"""

pages = []
RUN = "令和7年度 第1回 海田町債権管理委員会"


def page(body, no, header=True):
    rh = f'<div class="rh">{RUN}<span>資料{1 if no <= 3 else 2}</span></div>' if header and no > 1 else ""
    pf = f'<div class="pf">- {no} -</div>' if no > 1 else ""
    pages.append(f'<div class="page">{rh}{body}{pf}</div>')


# ---------------- page 1: 次第, 名簿, 【参考】
P = 1
chg_rate = round(T24["tr"] - T23["tr"], 2)
out_oku = round(T24["out"] / 100000, 1)   # 億円 with one decimal (千円 -> 億円)
diff_man = round((T24["out"] - T23["out"]) / 10)  # 万円
wo_man = round(T24["wo"] / 10)
b = f"""<h1>令和7年度 第1回 海田町債権管理委員会</h1>
<p style="text-align:center">日時　令和7年7月10日（木）14時00分～15時30分<br>場所　海田町役場　3階 第1会議室</p>
<h2>次　第</h2>
<p style="line-height:2">１　開　会<br>２　報告事項<br>　（１）令和6年度 町の債権の収納状況について　…　資料1<br>
　（２）主要債権の取組個票について　…　資料2<br>３　協議事項<br>　　令和7年度 債権管理の取組方針について<br>４　閉　会</p>
<h3>海田町債権管理委員会　委員名簿</h3>
<table style="width:75%"><tr><th>役職</th><th>職名</th></tr>
<tr><td>委員長</td><td>副町長</td></tr><tr><td>副委員長</td><td>総務部長</td></tr>
<tr><td>委員</td><td>住民福祉部長</td></tr><tr><td>委員</td><td>建設部長</td></tr><tr><td>委員</td><td>教育次長</td></tr>
<tr><td>事務局</td><td>税務課長・税務課収納係</td></tr></table>
<div class="box">【参考】令和6年度決算における町全体の状況<br>
・町の主要5債権の収納率：{g.f(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", T24["tr"], "percent", p(T24["tr"]) + "％")}
（前年度比 {g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", chg_rate, "points", sgn(chg_rate) + "ポイント")}）<br>
・収入未済額：約{g.f(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", out_oku * 1e8, "yen", f"{out_oku}億円", approx=True)}<br>
・不納欠損額：約{g.f(P, None, None, 2024, "令和6年度", "total", "written_off", "actual", wo_man * 10000, "yen", f"{wo_man:,}万円", approx=True)}</div>
"""
page(b, P)

# ---------------- page 2: panels + summary table (debts as rows; segment x column groups)
P = 2
b = '<h2>資料1　令和6年度 町の債権の収納状況</h2><div class="panels">'
b += (f'<div class="panel"><div class="lb">収納率（令和6年度決算）</div><div class="big">'
      f'{g.f(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", T24["tr"], "percent", p(T24["tr"]) + "％")}</div>'
      f'<div class="sub">前年度比{g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", chg_rate, "points", sgn(chg_rate, plus="＋") + "ポイント")}</div></div>')
b += (f'<div class="panel"><div class="lb">収入未済額（令和6年度末）</div><div class="big">'
      f'{g.f(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", T24["out"] * 1000, "yen", c(T24["out"]) + "千円")}</div>'
      f'<div class="sub">前年度比{g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", (T24["out"] - T23["out"]) * 1000, "yen", c(T24["out"] - T23["out"]) + "千円")}</div></div>')
b += (f'<div class="panel"><div class="lb">不納欠損額（令和5年度）</div><div class="big">'
      f'{g.f(P, None, None, 2023, "令和5年度", "total", "written_off", "actual", T23["wo"] * 1000, "yen", c(T23["wo"]) + "千円")}</div>'
      f'<div class="sub">令和6年度 {g.f(P, None, None, 2024, "令和6年度", "total", "written_off", "actual", T24["wo"] * 1000, "yen", c(T24["wo"]) + "千円")}</div></div></div>')
b += '<div class="cap">表1　債権別の収納状況（令和6年度決算）</div><div class="unit">（単位：千円、％）</div>'
b += ('<table class="zebra"><thead><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>'
      '<th colspan="3">計</th></tr><tr>' + '<th>調定額※1</th><th>収入済額</th><th>収納率</th>' * 3 + '</tr></thead><tbody>')
for d in DEBTS + [None]:
    f = d["f"][2] if d else T24
    nm = d["short"] if d else "合計"
    dn = d["debt"] if d else None
    row = f"<tr><td>{nm}</td>"
    for seg, a, k, r in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        row += f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", seg, "assessed", "actual", f[a] * 1000, "yen", c(f[a]))}</td>'
        row += f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", seg, "collected", "actual", f[k] * 1000, "yen", c(f[k]))}</td>'
        row += f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", seg, "collection_rate", "actual", f[r], "percent", p(f[r]))}</td>'
    b += row + "</tr>"
b += "</tbody></table>"
b += ('<p class="note">（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：町営住宅使用料<br>'
      '※1 調定額は還付未済額を含まない。<br>'
      f'※2 合計欄の収入未済額は {g.f(P, None, "合計", 2024, "令和6年度", "total", "outstanding", "actual", T24["out"] * 1000, "yen", c(T24["out"]) + "千円")}'
      f'（うち不納欠損額を除いた滞納繰越分 {g.f(P, None, "合計", 2024, "令和6年度", "arrears", "outstanding", "actual", (T24["aa"] - T24["ac"] - T24["wo"]) * 1000, "yen", c(T24["aa"] - T24["ac"] - T24["wo"]) + "千円")}）である。</p>')
b += '<p class="note">出典：令和6年度海田町一般会計・特別会計歳入歳出決算書より税務課集計</p>'
page(b, P)

# ---------------- page 3: bar chart (data labels) + 収入未済額 table with 増減 and 前年度比 ratio
P = 3
b = '<h2>収納率の推移（主要5債権計）</h2><div class="unit">（単位：％）</div>'
W, H = 520, 190
svg = f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="display:block;margin:0 auto">'
svg += f'<line x1="40" y1="160" x2="{W-10}" y2="160" stroke="#333"/>'
for j, (y, v) in enumerate(RATE_HIST.items()):
    x = 60 + j * 92
    hh = (v - 90) * 28
    svg += f'<rect x="{x}" y="{160-hh}" width="50" height="{hh}" fill="#6f97c2"/>'
    raw = g.f(P, None, None, y, WA[y].replace("年度", ""), "total", "collection_rate", "actual", v, "percent", p(v))
    svg += f'<text x="{x+25}" y="{160-hh-5}" font-size="12" text-anchor="middle">{raw}</text>'
    svg += f'<text x="{x+25}" y="177" font-size="11" text-anchor="middle">{WA[y].replace("年度", "")}</text>'
svg += "</svg>"
b += svg + '<p class="note" style="text-align:center">図1　主要5債権の収納率（各年度決算）</p>'
b += '<h2>債権別の収入未済額</h2><div class="cap">表2　収入未済額の前年度比較（各年度末）</div><div class="unit">（単位：千円）</div>'
b += ('<table><tr><th>債権名</th><th>令和5年度</th><th>令和6年度</th><th>増減（増減率）</th><th>前年度比（％）</th></tr>')
for d in DEBTS + [None]:
    f5, f6 = (d["f"][1], d["f"][2]) if d else (T23, T24)
    nm = d["full"] if d else "合計"
    dn = d["debt"] if d else None
    df = f6["out"] - f5["out"]
    pc = round(df / f5["out"] * 100, 1)
    ratio = round(f6["out"] / f5["out"] * 100, 1)
    b += (f'<tr><td>{nm}</td><td class="n">{g.f(P, dn, nm, 2023, "令和5年度", "total", "outstanding", "actual", f5["out"] * 1000, "yen", c(f5["out"]))}</td>'
          f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", "total", "outstanding", "actual", f6["out"] * 1000, "yen", c(f6["out"]))}</td>'
          f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", "total", "difference", "actual", df * 1000, "yen", c(df))}'
          f'（{"△" if pc < 0 else ""}{abs(pc):.1f}％）</td>'
          f'<td class="n">{g.f(P, dn, nm, 2024, "令和6年度", "total", "yoy_ratio", "actual", ratio, "percent", f"{ratio:.1f}")}</td></tr>')
b += "</table>"
b += ('<p class="note">※ 収入未済額＝調定額－収入済額－不納欠損額。増減率は令和5年度末に対する割合。</p>')
_m = round(T24['out'] / 10)
OUT_MAN_TXT = f"{_m // 10000}億{_m % 10000:,}万円"
tot_df_man = round((T24["out"] - T23["out"]) / 10)
b += (f'<p style="line-height:1.7;margin-top:4mm">　主要5債権の収入未済額は、令和6年度末で約'
      f'{g.f(P, None, None, 2024, "令和6年度末", "total", "outstanding", "actual", round(T24["out"] / 10) * 10000, "yen", OUT_MAN_TXT, approx=True)}'
      f'となり、前年度末から約{g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", tot_df_man * 10000, "yen", f"{abs(tot_df_man):,}万円", approx=True)}'
      f'{"減少" if tot_df_man < 0 else "増加"}した。国民健康保険税は滞納繰越分の調定が増え、収入未済額が増加している。</p>')
b += '<div class="cap" style="margin-top:5mm">表3　主要3債権の年度別収納状況（決算、単位：千円・％）</div>'
b += '<table style="font-size:8.3pt"><tr><th rowspan="2">年度</th>'
for d in DEBTS[:3]:
    b += f'<th colspan="3">{d["short"]}</th>'
b += '</tr><tr>' + '<th>調定額</th><th>収入済額</th><th>収納率</th>' * 3 + '</tr>'
for i, y in enumerate(YEARS):
    b += f'<tr><td>{WA[y]}</td>'
    for d in DEBTS[:3]:
        f = d["f"][i]
        b += (f'<td class="n">{g.f(P, d["debt"], d["short"], y, WA[y], "total", "assessed", "actual", f["ta"] * 1000, "yen", c(f["ta"]))}</td>'
              f'<td class="n">{g.f(P, d["debt"], d["short"], y, WA[y], "total", "collected", "actual", f["tc"] * 1000, "yen", c(f["tc"]))}</td>'
              f'<td class="n">{g.f(P, d["debt"], d["short"], y, WA[y], "total", "collection_rate", "actual", f["tr"], "percent", p(f["tr"]))}</td>')
    b += '</tr>'
b += '</table><p class="note">※ 現年度分と滞納繰越分の計。</p>'
page(b, P)

# ---------------- pages 4-8: 取組個票
INIT = {
    "tax": [
        ("①", "納期限後20日以内の督促状発送を徹底し、督促後も未納の者には電話催告を行う。", "継続"),
        ("②", "滞納繰越1年目の事案を早期に財産調査へ移行し、預貯金・給与の差押えを進める。", "継続"),
        ("③", "広島県と連携した個人住民税の直接徴収を実施する。", "拡充"),
        ("④", "スマートフォン決済アプリによる納付を周知し、納付機会を広げる。", "新規"),
    ],
    "kokuho": [
        ("(1)", "資格喪失世帯への文書催告を四半期ごとに実施する。", "継続"),
        ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
        ("(3)", "口座振替の勧奨を新規加入時の窓口で行う。", "拡充"),
    ],
    "kaigo": [
        ("ア", "普通徴収の未納者に対し、納期限翌月に納付案内を送付する。", "継続"),
        ("イ", "給付制限の対象となる前に、ケアマネジャーと連携して納付を働きかける。", "新規"),
        ("ウ", "時効が近い事案を抽出し、承認による時効の更新を図る。", None),
    ],
    "kouki": [
        ("①", "被保険者となった月の翌々月に特別徴収への切替えを確認する。", "継続"),
        ("②", "普通徴収の未納者へ電話と訪問による催告を行う。", "継続"),
    ],
    "jutaku": [
        ("①", "滞納3か月の入居者に連帯保証人への通知を行う。", "実施済"),
        ("②", "滞納6か月以上の入居者に対し明渡し請求を含む法的措置を検討する。", "実施中"),
        ("③", "退去者の滞納分について、分割納付の履行状況を毎月確認する。", "実施中"),
    ],
}


def kobetsu(P, d, idx):
    F = d["f"]
    b = f'<h2>資料2-{idx}　取組個票</h2>'
    if d["key"] == "kaigo":
        b += ('<table class="strip"><tr>'
              f'<th style="text-align:left">債権名　{d["full"]}</th><th style="text-align:left">所管課　{d["ka"]}</th>'
              f'<th style="text-align:left">債権区分　{d["kubun"]}</th></tr></table>')
    else:
        b += ('<table class="strip"><tr>'
              f'<td class="l">債権名</td><td>{d["full"]}</td><td class="l">所管課</td><td>{d["ka"]}</td>'
              f'<td class="l">債権区分</td><td>{d["kubun"]}</td></tr></table>')
    b += '<div class="cap">１　収納状況の推移</div>'
    dn, dr = d["debt"], d["full"]
    yrs = [0, 1, 2]
    if d["key"] == "jutaku":
        yrs = [2, 1, 0]  # descending years, target first
    ylab = {0: "令和4年度", 1: "令和5年度", 2: "令和6年度"}
    if d["key"] == "kouki":
        ylab = {0: "R4", 1: "R5", 2: "R6"}
    unit = "（単位：千円、％、人）"
    b += f'<div class="box" style="padding:2mm"><div class="unit">{unit}</div>'
    if d["key"] == "jutaku":
        b += ('<table><tr><th colspan="2" rowspan="2">区分</th><th>目標</th><th colspan="3">決算</th></tr><tr>'
              f'<th>令和7年度</th>' + "".join(f"<th>{ylab[i]}</th>" for i in yrs) + "</tr>")
    else:
        b += ('<table><tr><th colspan="2" rowspan="2">区分</th><th colspan="3">決算</th><th>目標</th></tr><tr>'
              + "".join(f"<th>{ylab[i]}</th>" for i in yrs) + f'<th>{"R7" if d["key"] == "kouki" else "令和7年度"}</th></tr>')
    tg_cr, tg_ar, tg_out = d["tgt"]
    ty = "令和7年度" if d["key"] != "kouki" else "R7"
    rows = []
    # (group, sublabel, seg, metric, key, unit, target value or None)
    amount_rows = [("調定額", "現年", "current", "assessed", "ca", None), ("調定額", "滞繰", "arrears", "assessed", "aa", None),
                   ("収入済額", "現年", "current", "collected", "cc", None), ("収入済額", "滞繰", "arrears", "collected", "ac", None),
                   ("不納欠損額", "", "total", "written_off", "wo", None), ("収入未済額", "", "total", "outstanding", "out", tg_out)]
    rate_rows = [("収納率", "現年", "current", "collection_rate", "cr", tg_cr), ("収納率", "滞繰", "arrears", "collection_rate", "ar", tg_ar),
                 ("収納率", "計", "total", "collection_rate", "tr", None)]
    order = rate_rows + amount_rows if d["key"] == "jutaku" else amount_rows + rate_rows
    order = order + [("滞納者数", "", "total", "delinquents", "dlq", None)]
    groups_seen = {}
    for grp, sub, seg, met, k, tv in order:
        groups_seen.setdefault(grp, 0)
        groups_seen[grp] += 1
    seen = set()
    for grp, sub, seg, met, k, tv in order:
        tr = "<tr>"
        if grp not in seen:
            seen.add(grp)
            n = groups_seen[grp]
            if n > 1:
                cls = ' class="vert"' if grp == "収納率" else ""
                tr += f'<th rowspan="{n}"{cls}>{grp}</th><th>{sub}</th>'
            else:
                tr += f'<th colspan="2">{grp}</th>'
        else:
            tr += f"<th>{sub}</th>"
        cells = []
        for i in yrs:
            y = YEARS[i]
            if k == "dlq":
                v = d["dlq"][i]
                cells.append(g.f(P, dn, dr, y, ylab[i], seg, met, "actual", v, "persons", f"{v:,}"))
            elif met == "collection_rate":
                cells.append(g.f(P, dn, dr, y, ylab[i], seg, met, "actual", F[i][k], "percent", p(F[i][k])))
            else:
                cells.append(g.f(P, dn, dr, y, ylab[i], seg, met, "actual", F[i][k] * 1000, "yen", c(F[i][k])))
        if tv is not None:
            if met == "collection_rate":
                tcell = g.f(P, dn, dr, 2025, ty, seg, met, "target", tv, "percent", p(tv))
            else:
                tcell = g.f(P, dn, dr, 2025, ty, seg, met, "target", tv * 1000, "yen", c(tv))
        else:
            tcell = "－"
        if d["key"] == "jutaku":
            cells = [tcell] + cells
        else:
            cells = cells + [tcell]
        tr += "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>"
        b += tr
    b += '</table><div class="src">出典：各年度決算書（滞納者数は各年度末の実人数）</div></div>'

    # 2 target achievement (35, 27)
    f6, f5 = F[2], F[1]
    prev_t = {"tax": (99.00, 27.00), "kokuho": (94.50, 20.00), "kaigo": (99.20, 25.00),
              "kouki": (99.70, 45.00), "jutaku": (97.50, 16.00)}[d["key"]]
    b += '<div class="cap">２　令和6年度の目標達成状況</div>'
    b += '<table><tr><th>区分</th><th>目標（％）</th><th>実績（％）<br>（　）内は前年度実績</th><th>達成率（％）</th></tr>'
    for lab, seg, k, tv in (("現年度分収納率", "current", "cr", prev_t[0]), ("滞納繰越分収納率", "arrears", "ar", prev_t[1])):
        ach = round(f6[k] / tv * 100, 1)
        b += (f'<tr><td>{lab}</td><td class="n">{g.f(P, dn, dr, 2024, "令和6年度", seg, "collection_rate", "target", tv, "percent", p(tv))}</td>'
              f'<td class="n">{g.f(P, dn, dr, 2024, "令和6年度", seg, "collection_rate", "actual", f6[k], "percent", p(f6[k]))}'
              f'（{g.f(P, dn, dr, 2023, "前年度", seg, "collection_rate", "actual", f5[k], "percent", p(f5[k]))}）</td>'
              f'<td class="n">{ach:.1f}</td></tr>')
    b += "</table>"

    # 3 現状と課題 (53) beside plain cells (48)
    df = f6["out"] - f5["out"]
    seiz = {"tax": 214, "kokuho": 96, "kaigo": 12, "kouki": 3, "jutaku": 0}[d["key"]]
    b += '<div class="cap">３　現状と課題</div><table><tr><th style="width:68%">現状と課題</th><th>滞納者数</th><th>差押件数</th></tr>'
    txt = (f'令和6年度末の収入未済額は{g.f(P, dn, dr, 2024, "令和6年度末", "total", "outstanding", "actual", f6["out"] * 1000, "yen", c(f6["out"]) + "千円")}で、'
           f'前年度より{g.f(P, dn, dr, 2024, "令和6年度", "total", "difference", "actual", df * 1000, "yen", f"{abs(df):,}千円")}{"減少" if df < 0 else "増加"}した。')
    if d["key"] == "kokuho":
        txt += "加入者の減少に伴い現年度分の調定額が減る一方、滞納繰越分が累積しており、早期の滞納処分が課題である。"
    elif d["key"] == "jutaku":
        txt += "長期滞納者の多くが退去者であり、連帯保証人への請求と法的措置の判断を早める必要がある。"
    else:
        txt += "現年度分の収納率は高い水準を保っているが、少額・多数の滞納繰越事案の整理が課題である。"
    b += (f'<tr><td class="kadai">{txt}</td><td class="n">{g.f(P, dn, dr, 2024, "令和6年度末", "total", "delinquents", "actual", d["dlq"][2], "persons", str(d["dlq"][2]) + "人")}</td>'
          f'<td class="n">{seiz}件</td></tr></table>')

    # 4 取組
    items = INIT[d["key"]]
    if d["key"] == "kokuho":
        b += '<div class="cap">４　令和7年度の重点項目</div><table>'
        for lab, t, st in items:
            b += f'<tr><td style="width:8%;text-align:center">{lab}</td><td>{t}【{st}】</td></tr>'
            g.i(P, dn, 2025, "令和7年度の重点項目", lab, t, st)
        b += "</table>"
    elif d["key"] == "jutaku":
        b += '<div class="cap">４　令和6年度の取組と進捗</div><table><tr><th style="width:8%">No.</th><th>取組内容</th><th style="width:14%"></th></tr>'
        for lab, t, st in items:
            b += f'<tr><td style="text-align:center">{lab}</td><td>{t}</td><td style="text-align:center">{st}</td></tr>'
            g.i(P, dn, 2024, "令和6年度の取組と進捗", lab, t, None)
        b += "</table>"
    else:
        b += '<div class="cap">４　令和7年度の取組</div><ol class="tk">'
        for lab, t, st in items:
            tag = f"【{st}】" if st else ""
            b += f"<li>{lab}　{t}{tag}</li>"
            g.i(P, dn, 2025, "令和7年度の取組", lab, t, st)
        b += "</ol>"
    return b


for idx, d in enumerate(DEBTS, 1):
    P = 3 + idx
    page(kobetsu(P, d, idx), P)

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
out = PDF / f"{STEM}.pdf"
chromium_pdf(html, out)
g.write(out)
