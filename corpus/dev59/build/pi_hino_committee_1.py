"""pi_hino_committee_1: 令和6年度第3回 日野市債権管理対策会議 資料 (取組個票).

Tool chain: HTML/CSS written here -> chromium --headless --print-to-pdf.
Run from corpus/dev59:  python3 build/pi_hino_committee_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pi_common import Gold, comma, pct, rate, series, signed, zen  # noqa: E402

STEM = "pi_hino_committee_1"
WORK = Path("/tmp/pi_work") / STEM
WORK.mkdir(parents=True, exist_ok=True)
PDF = Path("pdf") / f"{STEM}.pdf"

G = Gold(STEM, "committee_material", "日野市",
         "令和6年度第3回日野市債権管理対策会議 資料 主要債権の収納状況及び取組個票",
         "2025-03-25", "令和７年３月２５日")

YEARS = list(range(2019, 2026))
ERA = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度",
       2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}

# name, short, dept, account, kind, (cur, arr), cur rates, arr rates, write-off share, growth
DEBTS = [
    ("市税", "市税", "納税課", "一般", "強制徴収公債権", (29_480_000, 655_000),
     [99.31, 99.28, 99.42, 99.47, 99.53, 99.55, 99.58], [33.5, 32.8, 35.1, 36.4, 37.6, 38.2, 39.0],
     [6.8, 6.5, 6.6, 6.4, 6.2, 6.0, 6.0], 0.006),
    ("国民健康保険税", "国保税", "保険年金課", "特別", "強制徴収公債権", (3_920_000, 1_060_000),
     [92.10, 92.95, 93.48, 93.86, 94.21, 94.40, 94.80], [21.9, 22.8, 24.4, 25.3, 26.1, 26.8, 27.5],
     [7.5, 7.2, 7.0, 6.8, 6.6, 6.5, 6.5], -0.012),
    ("介護保険料", "介護料", "高齢福祉課", "特別", "強制徴収公債権", (4_310_000, 96_000),
     [98.88, 98.91, 99.02, 99.06, 99.11, 99.15, 99.20], [15.2, 16.0, 16.9, 17.6, 18.3, 18.8, 19.5],
     [12.0, 11.5, 11.8, 11.2, 10.9, 10.5, 10.5], 0.011),
    ("後期高齢者医療保険料", "後期高齢", "保険年金課", "特別", "強制徴収公債権", (2_350_000, 22_400),
     [99.48, 99.51, 99.55, 99.57, 99.60, 99.61, 99.62], [34.0, 35.1, 36.2, 36.8, 37.5, 38.0, 38.5],
     [8.0, 7.6, 7.9, 7.5, 7.1, 7.0, 7.0], 0.025),
    ("保育料", "保育料", "保育課", "一般", "強制徴収公債権", (521_000, 38_600),
     [98.62, 98.70, 98.81, 98.85, 98.93, 99.00, 99.05], [17.8, 18.6, 19.9, 21.0, 22.4, 23.0, 24.0],
     [6.1, 5.8, 5.9, 5.5, 5.2, 5.0, 5.0], -0.02),
    ("市営住宅使用料", "住宅使用料", "都市計画課", "一般", "私債権", (78_400, 21_300),
     [97.42, 97.55, 97.80, 97.95, 98.10, 98.20, 98.30], [13.6, 14.1, 14.9, 15.8, 16.4, 17.0, 17.5],
     [5.2, 4.9, 5.0, 4.6, 4.4, 4.2, 4.2], 0.0),
]
DATA = {}
for i, d in enumerate(DEBTS):
    DATA[d[0]] = series(d[5][0], d[5][1], d[6], d[7], d[8], d[9], YEARS, seed=100 + i)

F = G.fact


def yen_k(v):  # 千円 -> 円
    return v * 1000


# ---------------------------------------------------------------- page 1
P = []  # html of pages


def panel(label, big, small):
    return f'<div class="panel"><div class="pl">{label}</div><div class="pb">{big}</div><div class="ps">{small}</div></div>'


G.page = 1
t = DATA["市税"]
p1 = ['<div class="page">',
      '<div class="topright"><span class="shiryo">資料２</span><br>令和７年３月２５日<br>総務部 債権管理課</div>',
      '<h1>令和６年度第３回 日野市債権管理対策会議</h1>',
      '<h2 class="sub">主要債権の収納状況及び取組個票</h2>',
      '<h3>１　主要指標の状況</h3><div class="panels">']
r23, r22 = t[2023]["tr"], t[2022]["tr"]
p1.append(panel("市税 収納率（令和5年度決算）",
                F(f"{pct(r23)}％", "市税", "市税", 2023, "令和5年度", "total", "collection_rate", "actual", r23, "percent"),
                "前年度比 " + F(f"{signed(r23 - r22)}ポイント", "市税", "市税", 2023, "令和5年度", "total",
                                "difference", "actual", round(r23 - r22, 2), "points")))
out23 = sum(DATA[d[0]][2023]["out"] for d in DEBTS)
out22 = sum(DATA[d[0]][2022]["out"] for d in DEBTS)
o_oku = round(out23 / 100000, 1)  # 千円 -> 億円
d_oku = round(out23 / 100000, 1) - round(out22 / 100000, 1)
p1.append(panel("全債権 収入未済額（令和5年度決算）",
                F(f"{o_oku}億円", None, None, 2023, "令和5年度", "total", "outstanding", "actual",
                  o_oku * 1e8, "yen"),
                "前年度比 " + F(f"{signed(d_oku, 1)}億円", None, None, 2023, "令和5年度", "total", "difference",
                                "actual", round(d_oku, 1) * 1e8, "yen")))
KOKUHO_FEB = {2024: 87.64, 2023: 86.82}
p1.append(panel("国保税 現年分収納率（令和7年2月末）",
                F(f"{pct(KOKUHO_FEB[2024])}％", "国民健康保険税", "国保税", 2024, "令和7年2月末", "current",
                  "collection_rate", "interim", KOKUHO_FEB[2024], "percent", as_of="2025-02-28"),
                "前年同月比 " + F(f"{signed(KOKUHO_FEB[2024] - KOKUHO_FEB[2023])}ポイント", "国民健康保険税", "国保税",
                                  2024, "令和7年2月末", "current", "difference", "interim",
                                  round(KOKUHO_FEB[2024] - KOKUHO_FEB[2023], 2), "points", as_of="2025-02-28")))
p1.append('</div>')

# Table 1: debts as rows, segment x metric column groups, section rows with 小計 and 合計
p1.append('<h3>２　債権別収納状況（令和5年度決算）</h3>')
p1.append('<div class="capline"><span>表１　会計別・債権別の収納状況</span><span>（単位：千円、％）</span></div>')
h = ['<table class="t1 zebra"><thead>',
     '<tr><th rowspan="3" class="nm">債権名</th><th colspan="9">令和５年度決算</th></tr>',
     '<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>',
     '<tr>' + '<th>調定額</th><th>収入済額</th><th>収納率</th>' * 3 + '</tr></thead><tbody>']
SEGS = [("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")]


def row_cells(vals, debt, debt_raw, fy, fyraw="令和5年度"):
    cells = []
    for seg, a, c, r in SEGS:
        cells.append(F(comma(vals[a]), debt, debt_raw, fy, fyraw, seg, "assessed", "actual", yen_k(vals[a]), "yen"))
        cells.append(F(comma(vals[c]), debt, debt_raw, fy, fyraw, seg, "collected", "actual", yen_k(vals[c]), "yen"))
        cells.append(F(pct(vals[r]), debt, debt_raw, fy, fyraw, seg, "collection_rate", "actual", vals[r], "percent"))
    return cells


def sumvals(names, y):
    s = {k: sum(DATA[n][y][k] for n in names) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
    s["cr"], s["ar"], s["tr"] = rate(s["cc"], s["ca"]), rate(s["ac"], s["aa"]), rate(s["tc"], s["ta"])
    return s


for acct, label in (("一般", "【一般会計】"), ("特別", "【特別会計】")):
    h.append(f'<tr class="sec"><td colspan="10">{label}</td></tr>')
    names = [d for d in DEBTS if d[3] == acct]
    for d in names:
        cells = row_cells(DATA[d[0]][2023], d[0], d[1], 2023)
        h.append(f'<tr><td class="nm">{d[1]}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    s = sumvals([d[0] for d in names], 2023)
    cells = row_cells(s, None, f"小計（{acct}会計）", 2023)
    h.append('<tr class="sub"><td class="nm">小計</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
s = sumvals([d[0] for d in DEBTS], 2023)
cells = row_cells(s, None, "合計", 2023)
h.append('<tr class="tot"><td class="nm">合計</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
h.append('</tbody></table>')
p1 += h
p1.append('<p class="note">（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料。'
          '金額は千円未満を切り捨てているため、合計が内訳の和と一致しない場合がある。</p>')
p1.append('<div class="pno">－１－</div></div>')
P.append("".join(p1))

# ---------------------------------------------------------------- page 2: chart, prose, 参考, interim
G.page = 2
p2 = ['<div class="page"><h3>３　収入未済額の推移（全債権）</h3>']
outs = {y: sum(DATA[d[0]][y]["out"] for d in DEBTS) for y in range(2019, 2024)}
o23_man = round(outs[2023] / 10) * 10  # 千円 -> 万円 rounded to 10万円? keep 万円 precision
oku_txt = lambda k: f"{int(k // 100000)}億{(int(round(k / 10)) % 10000):,}万円"  # noqa: E731


def man(k):  # 千円 -> 約X億Y,Y00万円 (rounded to 100万円)
    m = int(round(k / 1000)) * 100  # in 万円, rounded to 100万円
    oku, rest = divmod(m, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円"), m * 10000


txt_o, val_o = man(outs[2023])
dd = outs[2022] - outs[2023]
txt_d, val_d = man(dd)
dd5 = outs[2019] - outs[2023]
txt_d5, val_d5 = man(dd5)
p2.append('<p class="prose">令和5年度末の全債権の収入未済額は' +
          F(f"約{txt_o}", None, None, 2023, "令和5年度", "total", "outstanding", "actual", val_o, "yen", approx=True) +
          'で、前年度から' +
          F(f"約{txt_d}", None, None, 2023, "令和5年度", "total", "difference", "actual", -val_d, "yen", approx=True) +
          '減少しました。令和元年度と比べると' +
          F(f"約{txt_d5}", None, None, 2023, "令和5年度", "total", "difference_from_2019", "actual", -val_d5, "yen",
            approx=True) +
          'の減少となっており、国民健康保険税の滞納繰越分の圧縮が全体の減少に大きく寄与しています。</p>')
# SVG bar chart with data labels in 百万円
W, H = 470, 230
maxv = max(outs.values()) / 1000
bars = []
for i, y in enumerate(range(2019, 2024)):
    v = round(outs[y] / 1000, 1)
    bh = v / (maxv * 1.15) * 170
    x = 60 + i * 82
    lab = F(f"{v:,.1f}", None, None, y, ERA[y], "total", "outstanding", "actual", v * 1e6, "yen")
    bars.append(f'<rect x="{x}" y="{200 - bh:.1f}" width="44" height="{bh:.1f}" fill="#5b7fb5"/>'
                f'<text x="{x + 22}" y="{194 - bh:.1f}" text-anchor="middle" font-size="10">{lab}</text>'
                f'<text x="{x + 22}" y="216" text-anchor="middle" font-size="10">{ERA[y].replace("年度", "")}</text>')
p2.append(f'<div class="chart"><div class="ctitle">図１　収入未済額の推移（全債権・各年度決算）</div>'
          f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg">'
          f'<text x="8" y="14" font-size="9">（百万円）</text>'
          f'<line x1="50" y1="200" x2="{W - 10}" y2="200" stroke="#333"/>' + "".join(bars) + '</svg></div>')

# 【参考】 box
SEIZ = {2023: 1284, 2022: 1190}
DELQ = 3412
wo_all = sum(DATA[d[0]][2023]["wo"] for d in DEBTS)
p2.append('<div class="ref"><b>【参考】</b><ul>'
          f'<li>差押件数：{F(f"{SEIZ[2023]:,}件", "市税", "市税", 2023, "令和5年度", "total", "seizures", "actual", SEIZ[2023], "cases")}'
          f'（令和4年度 {F(f"{SEIZ[2022]:,}件", "市税", "市税", 2022, "令和4年度", "total", "seizures", "actual", SEIZ[2022], "cases")}）</li>'
          f'<li>滞納者数（市税・令和5年度末）：{F(f"{DELQ:,}人", "市税", "市税", 2023, "令和5年度", "total", "delinquents", "actual", DELQ, "persons")}</li>'
          f'<li>不納欠損額（全債権・令和5年度）：{F(f"{wo_all:,}千円", None, None, 2023, "令和5年度", "total", "written_off", "actual", yen_k(wo_all), "yen")}</li>'
          '</ul></div>')

# interim bullets
FEB = {"current": (96.12, 95.87), "arrears": (27.45, 25.90), "total": (93.88, 93.41)}
p2.append('<h3>４　今年度の途中経過</h3><p class="bk">【収納率】令和7年2月末時点（市税）</p><ul class="seg">')
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合　計")):
    a, b = FEB[seg]
    p2.append(f'<li>{lab}　' + F(f"{pct(a)}％", "市税", None, 2024, "令和7年2月末", seg, "collection_rate", "interim", a,
                                 "percent", as_of="2025-02-28") +
              '（' + F(f"{pct(b)}％", "市税", None, 2023, "前年同月", seg, "collection_rate", "interim", b, "percent",
                      as_of="2024-02-29") + '）</li>')
p2.append('</ul><p class="note">（　）内は前年同月（令和6年2月29日現在）の数値。</p>')
p2.append('<p class="prose">現年分は前年同月を' +
          F(f"{pct(FEB['current'][0] - FEB['current'][1])}ポイント", "市税", None, 2024, "令和7年2月末", "current",
            "difference", "interim", round(FEB['current'][0] - FEB['current'][1], 2), "points", as_of="2025-02-28") +
          '上回っており、出納整理期間を含めた年度末の見込みは決算見込値（各個票参照）のとおりである。</p>')
p2.append('<div class="pno">－２－</div></div>')
P.append("".join(p2))

# ---------------------------------------------------------------- pages 3-7: 取組個票
SHEETS = [
    # name, variant
    ("市税", "box"), ("国民健康保険税", "headcell"), ("介護保険料", "box"), ("保育料", "box"), ("市営住宅使用料", "box")]
INFO = {d[0]: d for d in DEBTS}
COUNTS = {"市税": (3412, 1284), "国民健康保険税": (2918, 406), "介護保険料": (1187, 38), "保育料": (164, 12),
          "市営住宅使用料": (41, 0)}
TARGET_ADJ = {"市税": (0.05, 0.96), "国民健康保険税": (-0.30, 1.02), "介護保険料": (0.10, 0.97),
              "保育料": (-0.15, 1.05), "市営住宅使用料": (0.40, 0.93)}
TARGET23 = {n: (round(DATA[n][2023]["tr"] + a, 2), int(round(DATA[n][2023]["out"] * f, -3)))
            for n, (a, f) in TARGET_ADJ.items()}
INITS = {
    "市税": ("table", [
        ("①", "納期限後20日以内に督促状を発送し、未納発生から3か月以内の初期滞納者への電話・文書催告を徹底する。", "継続"),
        ("②", "預貯金・給与等の財産調査を電子照会で早期に行い、納付資力がありながら納付しない者には速やかに差押えを執行する。", "継続"),
        ("③", "スマートフォン決済アプリ及び地方税統一QRコードによる納付を周知し、期限内納付を促進する。", "拡充"),
        ("④", "滞納繰越分のうち100万円以上の高額事案を納税課特別整理係へ移管し、集中的に処理する。", "新規")]),
    "国民健康保険税": ("lines", [
        ("(1)", "国保加入時に窓口で口座振替の申込みを受け付けるペイジー口座振替受付サービスを全窓口に広げる。", "拡充"),
        ("(2)", "短期被保険者証の交付時に納付相談を行い、分割納付の計画的な履行を管理する。", "継続"),
        ("(3)", "滞納繰越分については財産調査を徹底し、換価可能な財産がない事案は執行停止を適正に行う。", "継続"),
        ("(4)", "納税課との合同催告を年2回実施し、市税との重複滞納者の一体的な整理を進める。", "新規")]),
    "介護保険料": ("boxlist", [
        ("・", "普通徴収の被保険者に対し、納付書送付時に口座振替依頼書を同封する。", None),
        ("・", "滞納期間に応じた給付制限の内容を文書で案内し、早期の納付を促す。", None),
        ("・", "年金からの特別徴収への切替えを迅速に行い、普通徴収期間の滞納を防ぐ。", None)]),
    "保育料": ("table", [
        ("ア", "入所時の説明会で口座振替の利用を原則とする旨を説明し、申込みを受け付ける。", "継続"),
        ("イ", "児童手当からの特別徴収（申出徴収）を活用し、滞納額の解消を図る。", "継続"),
        ("ウ", "卒園後の滞納者については、納税課と連携して財産調査を行い、滞納処分を実施する。", "新規")]),
    "市営住宅使用料": ("table", [
        ("①", "滞納2か月で連帯保証人への通知を行い、滞納3か月以上の入居者とは面談による納付指導を行う。", "継続"),
        ("②", "6か月以上の長期滞納者には明渡請求訴訟を含む法的措置を検討する。", "継続"),
        ("③", "退去者の滞納分は債権回収会社への委託を活用し、回収を図る。", "拡充")]),
}
SITU = {
    "市税": "収納率は上昇傾向にあるが、滞納繰越分の約4割を高額事案が占めており、処理の長期化が課題である。",
    "国民健康保険税": "現年度分収納率は4年連続で上昇したが、被保険者の高齢化・低所得化が進み、滞納繰越分の圧縮には時間を要する。",
    "介護保険料": "普通徴収対象者の滞納が中心であり、年金受給開始前の被保険者への早期の働きかけが課題である。",
    "保育料": "卒園後の滞納者への接触が難しく、滞納繰越分の収納率が低い水準にとどまっている。",
    "市営住宅使用料": "高齢単身世帯の増加に伴い、少額の滞納が長期化する事案が増えている。",
}

YC = [2021, 2022, 2023, 2024, 2025]


def sheet(no, name, variant):
    G.page = 2 + no
    info = INFO[name]
    short, dept, kind = info[1], info[2], info[4]
    d = DATA[name]
    out = ['<div class="page">', f'<div class="sheethead"><span>取組個票 {zen(no)}</span><span>令和6年度第3回日野市債権管理対策会議</span></div>']
    if variant == "headcell":
        out.append(f'<table class="lv"><tr><th colspan="4" class="hc">債権名　{name}</th></tr>'
                   f'<tr><th>所管課</th><td>{dept}</td><th>債権区分</th><td>{kind}</td></tr></table>')
    else:
        out.append(f'<table class="lv"><tr><th>債権名</th><td>{name}</td><th>所管課</th><td>{dept}</td>'
                   f'<th>債権区分</th><td>{kind}</td></tr></table>')
    # 1 multi-year table
    out.append('<h4>１　収納状況の推移</h4>')
    head = ('<table class="my"><thead><tr><th colspan="2" rowspan="2">区分</th><th colspan="3">決算</th>'
            '<th>決算見込</th><th>目標</th></tr><tr>' +
            "".join(f"<th>{ERA[y]}{'※1' if y == 2024 else ''}</th>" for y in YC) + '</tr></thead><tbody>')
    out.append(head)
    basis = {2021: "actual", 2022: "actual", 2023: "actual", 2024: "estimate", 2025: "target"}
    rows = [("調定額", "ta", "assessed", "total"), ("収入済額", "tc", "collected", "total"),
            ("不納欠損額", "wo", "written_off", "total"), ("収入未済額", "out", "outstanding", "total")]
    for i, (lab, k, met, seg) in enumerate(rows):
        tr = '<tr>' + ('<th rowspan="4" class="vert">金額（千円）</th>' if i == 0 else '') + f'<th class="rl">{lab}</th>'
        for y in YC:
            if y == 2025 and met != "outstanding":
                tr += '<td>－</td>'
                continue
            v = d[y][k]
            cell = F(comma(v), name, short, y, ERA[y], seg, met, basis[y], yen_k(v), "yen")
            if name == "市税" and met == "outstanding" and y == 2023:
                cell += "※2"
            tr += f'<td>{cell}</td>'
        out.append(tr + '</tr>')
    for i, (lab, k, seg) in enumerate((("現年度分", "cr", "current"), ("滞納繰越分", "ar", "arrears"), ("計", "tr", "total"))):
        tr = '<tr>' + ('<th rowspan="3" class="vert">収納率（％）</th>' if i == 0 else '') + f'<th class="rl">{lab}</th>'
        for y in YC:
            v = d[y][k]
            tr += f'<td>{F(pct(v), name, short, y, ERA[y], seg, "collection_rate", basis[y], v, "percent")}</td>'
        out.append(tr + '</tr>')
    out.append('</tbody></table>')
    notes = ['※1 令和6年度は令和7年2月末の実績を基に推計した決算見込値である。']
    if name == "市税":
        aout = d[2023]["aout"]
        notes.append('※2 うち滞納繰越分 ' + F(f"{aout:,}千円", name, short, 2023, "令和5年度", "arrears", "outstanding",
                                             "actual", yen_k(aout), "yen"))
    out.append('<p class="note">' + "<br>".join(notes) + '</p>')
    # 2 target vs result
    tr_, to_ = TARGET23[name]
    act_r, act_o = d[2023]["tr"], d[2023]["out"]
    ach_r = round(act_r / tr_ * 100, 1)
    ach_o = round(to_ / act_o * 100, 1)
    out.append('<h4>２　目標の達成状況（令和5年度）</h4><table class="ach"><thead><tr><th>指標</th><th>目標</th><th>実績</th>'
               '<th>達成率</th></tr></thead><tbody>')
    out.append('<tr><th>収納率（計）</th><td>' +
               F(f"{pct(tr_)}％", name, short, 2023, "令和5年度", "total", "collection_rate", "target", tr_, "percent") +
               '</td><td>' + F(f"{pct(act_r)}％", name, short, 2023, "令和5年度", "total", "collection_rate", "actual",
                               act_r, "percent") +
               '</td><td>' + F(f"{ach_r}％", name, short, 2023, "令和5年度", "total", "achievement_rate", "actual", ach_r,
                               "percent") + '</td></tr>')
    out.append('<tr><th>収入未済額</th><td>' +
               F(f"{to_:,}千円", name, short, 2023, "令和5年度", "total", "outstanding", "target", yen_k(to_), "yen") +
               '</td><td>' + F(f"{act_o:,}千円", name, short, 2023, "令和5年度", "total", "outstanding", "actual",
                               yen_k(act_o), "yen") +
               '</td><td>' + F(f"{ach_o}％", name, short, 2023, "令和5年度", "total", "achievement_rate", "actual", ach_o,
                               "percent") + '</td></tr>')
    out.append('</tbody></table><p class="note">達成率は、収納率は実績÷目標、収入未済額は目標÷実績により算出。</p>')
    # 3 現状と課題 (figures in a paragraph inside a cell) beside plain figures
    o22, o23 = d[2022]["out"], d[2023]["out"]
    dcr = round(d[2023]["cr"] - d[2022]["cr"], 2)
    para = ('令和5年度末の収入未済額は' +
            F(f"{o23:,}千円", name, short, 2023, "令和5年度", "total", "outstanding", "actual", yen_k(o23), "yen") +
            'で、前年度より' +
            F(f"{abs(o22 - o23):,}千円", name, short, 2023, "令和5年度", "total", "difference", "actual",
              yen_k(o23 - o22), "yen") +
            ('減少' if o23 < o22 else '増加') + 'した。現年度分収納率は' +
            F(f"{pct(d[2023]['cr'])}％", name, short, 2023, "令和5年度", "current", "collection_rate", "actual",
              d[2023]["cr"], "percent") +
            'で、前年度比' +
            F(f"{abs(dcr):.2f}ポイント", name, short, 2023, "令和5年度", "current", "difference", "actual", dcr, "points") +
            ('上昇' if dcr >= 0 else '低下') + 'している。' + SITU[name])
    dq, sz = COUNTS[name]
    hh = "滞納世帯数" if name == "保育料" else "滞納者数"
    unit, u = ("世帯", "households") if name == "保育料" else ("人", "persons")
    out.append('<h4>３　現状と課題</h4><table class="sit"><tr><th class="w1">現状と課題</th><th>指標（令和5年度末）</th><th>数値</th></tr>'
               f'<tr><td rowspan="2" class="para">{para}</td><td>{hh}</td><td class="num">' +
               F(f"{dq:,}{unit}", name, short, 2023, "令和5年度", "total", "delinquents", "actual", dq, u) +
               '</td></tr><tr><td>差押件数</td><td class="num">' +
               (F(f"{sz:,}件", name, short, 2023, "令和5年度", "total", "seizures", "actual", sz, "cases") if sz else "－") +
               '</td></tr></table>')
    # 4 取組
    style, items = INITS[name]
    sec = "令和7年度の主な取組"
    if style == "table":
        cell = "".join(f'<p class="it">{lab}{G.init(name, 2025, sec, lab, txt, st, debt_raw=name)}'
                       f'{"【" + st + "】" if st else ""}</p>' for lab, txt, st in items)
        out.append(f'<h4>４　令和7年度の主な取組</h4><table class="ini"><tr><th class="w0">取組内容</th><td>{cell}</td></tr></table>')
    elif style == "lines":
        body = "".join(f'<p class="it">{lab}　{G.init(name, 2025, sec, lab, txt, st, debt_raw=name)}</p>'
                       f'<p class="tag">【{st}】</p>' for lab, txt, st in items)
        out.append(f'<h4>４　令和7年度の主な取組</h4><div class="lines">{body}</div>')
    else:
        body = "".join(f'<p class="it">・{G.init(name, 2025, "今後の方針", "・", txt, st, debt_raw=name)}</p>'
                       for lab, txt, st in items)
        out.append(f'<h4>４　今後の方針</h4><div class="box">{body}</div>')
    if name == "保育料":
        feb_n, feb_c = 152, 5_106
        feb_a = DATA[name][2024]["aout"] + 1_214 + feb_c
        out.append('<div class="cap2">保育料の滞納状況（令和7年2月末現在）</div><table class="boxed"><tr><th>滞納世帯数</th>'
                   '<th>滞納額（千円）</th><th>うち現年度分（千円）</th></tr><tr><td>' +
                   F(f"{feb_n}", name, short, 2024, "令和7年2月末", "total", "delinquents", "interim", feb_n, "households",
                     as_of="2025-02-28") + '</td><td>' +
                   F(f"{feb_a:,}", name, short, 2024, "令和7年2月末", "total", "outstanding", "interim", yen_k(feb_a), "yen",
                     as_of="2025-02-28") + '</td><td>' +
                   F(f"{feb_c:,}", name, short, 2024, "令和7年2月末", "current", "outstanding", "interim", yen_k(feb_c), "yen",
                     as_of="2025-02-28") +
                   '</td></tr></table><div class="src">出典：保育課 滞納管理システム集計</div>')
    out.append(f'<div class="pno">－{zen(2 + no)}－</div></div>')
    return "".join(out)


for i, (nm, var) in enumerate(SHEETS, 1):
    P.append(sheet(i, nm, var))

CSS = """
@page { size: A4; margin: 13mm 14mm 12mm 14mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 9.2pt; color:#111; }
.page { page-break-after: always; position: relative; height: 266mm; padding-top: 1px; box-sizing: border-box; overflow: hidden; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 15pt; text-align:center; margin: 26px 0 2px; }
h2.sub { font-size: 12pt; text-align:center; margin: 0 0 8px; font-weight: normal; }
h3 { font-size: 11pt; border-left: 5px solid #345; padding-left: 6px; margin: 10px 0 6px; }
h4 { font-size: 10pt; margin: 9px 0 4px; }
.topright { position:absolute; right:0; top:0; text-align:right; font-size:9pt; }
.shiryo { border:1px solid #000; padding:1px 8px; font-size:10.5pt; }
.panels { display:flex; gap:10px; }
.panel { flex:1; border:1.5px solid #345; border-radius:6px; padding:6px; text-align:center; background:#f4f7fb; }
.pl { font-size:8.6pt; } .pb { font-size:18pt; font-weight:bold; margin:3px 0; color:#123; } .ps { font-size:8.6pt; }
.capline { display:flex; justify-content:space-between; font-size:9pt; margin-bottom:2px; }
table { border-collapse: collapse; }
table.t1 { width:100%; font-size:7.8pt; }
table.t1 th { background:#34567a; color:#fff; font-weight:normal; padding:2px 1px; border:1px solid #fff; }
table.t1 td { text-align:right; padding:2px 3px; }
table.t1 td.nm { text-align:left; }
table.zebra tbody tr:nth-child(even) td { background:#e8eef5; }
tr.sec td { font-weight:bold; background:#fff !important; text-align:left !important; padding-top:4px; }
tr.sub td { border-top:1px solid #789; font-weight:bold; }
tr.tot td { border-top:2px solid #345; border-bottom:2px solid #345; font-weight:bold; }
.note { font-size:7.8pt; margin:3px 0; line-height:1.35; }
.pno { position:absolute; bottom:0; width:100%; text-align:center; font-size:9pt; }
.prose { line-height:1.6; text-indent:1em; margin:4px 0; }
.chart { border:1px solid #999; padding:6px; width:480px; margin: 4px auto; }
.ctitle { font-size:9pt; text-align:center; }
.ref { border:1.5px solid #000; padding:4px 10px; margin:8px 0; }
.ref ul, ul.seg { margin:2px 0 2px 0; padding-left:16px; }
.bk { font-weight:bold; margin:4px 0 2px; }
.sheethead { display:flex; justify-content:space-between; border-bottom:2px solid #345; font-size:10pt; font-weight:bold; padding-bottom:2px; margin-bottom:6px; }
table.lv { width:100%; font-size:9.5pt; }
table.lv th { background:#dde5ee; border:1px solid #555; padding:3px 6px; font-weight:normal; width:12%; }
table.lv td { border:1px solid #555; padding:3px 6px; }
table.lv th.hc { text-align:left; font-weight:bold; background:#c9d6e4; }
table.my { width:100%; font-size:8.6pt; }
table.my th, table.my td { border:1px solid #555; padding:2px 4px; }
table.my thead th { background:#eef2f6; font-weight:normal; }
table.my td { text-align:right; }
table.my th.rl { text-align:left; font-weight:normal; background:#fafafa; }
th.vert { writing-mode: vertical-rl; text-orientation: upright; width:18px; font-weight:normal; background:#eef2f6; letter-spacing:1px; }
table.ach { width:70%; font-size:8.8pt; }
table.ach th, table.ach td { border:1px solid #555; padding:2px 6px; }
table.ach td { text-align:right; } table.ach thead th { background:#eef2f6; font-weight:normal; }
table.sit { width:100%; font-size:8.6pt; }
table.sit th, table.sit td { border:1px solid #555; padding:3px 5px; }
table.sit th { background:#eef2f6; font-weight:normal; }
th.w1 { width:62%; } td.para { line-height:1.5; vertical-align:top; } td.num { text-align:right; }
table.ini { width:100%; font-size:8.8pt; } table.ini th, table.ini td { border:1px solid #555; padding:3px 6px; }
th.w0 { width:14%; background:#eef2f6; font-weight:normal; }
p.it { margin:1px 0 2px; line-height:1.45; padding-left:1.2em; text-indent:-1.2em; }
p.tag { margin:0 0 3px; text-align:right; }
.lines { font-size:8.8pt; } .box { border:1px solid #333; padding:4px 8px; font-size:8.8pt; }
.cap2 { margin-top:8px; font-size:9pt; font-weight:bold; }
table.boxed { width:60%; font-size:8.8pt; border:2px solid #000; }
table.boxed th, table.boxed td { border:1px solid #555; padding:2px 6px; text-align:center; }
.src { font-size:8pt; }
"""

html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>' + "".join(P) + '</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
PDF.parent.mkdir(exist_ok=True)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={PDF.resolve()}", hp.resolve().as_uri()], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
import fitz  # noqa: E402
n = fitz.open(PDF).page_count
G.write(PDF, Path("gold"), n)
print(STEM, "pages", n, "facts", len(G.facts), "initiatives", len(G.inits))
