"""Helper si: 根室市 債権管理対策会議 資料 (committee_material). HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev70:  python3 build/si_nemuro_committee_1.py"""
import random, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from si_common import Gold, c, rate, fmt_r, zen, check

STEM = "si_nemuro_committee_1"
W = Path("/tmp/si_work"); W.mkdir(exist_ok=True)
G = Gold(STEM, "committee_material", "committee", "根室市", "令和7年度第2回根室市債権管理対策会議 資料",
         "2025-11-18", "令和7年11月18日")
rnd = random.Random(7011)
YRS = [2021, 2022, 2023, 2024]
# debt: (canonical, printed, section, 所管課, 区分, current assessed base (千円), cur rate, arrears base, arr rate, wo share)
DEBTS = [
    ("市税", "市税", "一般", "税務課", "強制徴収公債権", 3412000, 98.6, 182000, 24.0, 0.05),
    ("市営住宅使用料", "市営住宅使用料", "一般", "建設課", "私債権", 268000, 95.2, 41000, 16.5, 0.03),
    ("保育料", "保育所保育料", "一般", "こども子育て課", "強制徴収公債権", 92000, 98.1, 9800, 21.0, 0.06),
    ("国民健康保険税", "国民健康保険税", "特別", "保険医療課", "強制徴収公債権", 812000, 93.4, 231000, 19.5, 0.07),
    ("介護保険料", "介護保険料", "特別", "介護福祉課", "強制徴収公債権", 574000, 98.9, 21500, 18.0, 0.09),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別", "保険医療課", "強制徴収公債権", 301000, 99.4, 3900, 35.0, 0.08),
]
D = {}
for d in DEBTS:
    can, pr, sec, ka, kb, ca, cr, aa, ar, wo = d
    D[can] = {}
    arr_a = aa
    for k, y in enumerate(YRS + [2025]):
        cas = int(ca * (1 + 0.012 * (k - 2)) + rnd.randint(-900, 900))
        crr = cr + 0.15 * k + rnd.uniform(-0.08, 0.08)
        ccol = int(round(cas * crr / 100))
        acol = int(round(arr_a * (ar + 0.6 * k + rnd.uniform(-0.5, 0.5)) / 100))
        awo = int(round(arr_a * (wo + rnd.uniform(-0.01, 0.01))))
        row = dict(ca=cas, cc=ccol, aa=arr_a, ac=acol, wo=awo)
        row["cu"] = cas - ccol
        row["au"] = arr_a - acol - awo
        row["ta"], row["tc"] = cas + arr_a, ccol + acol
        row["out"] = row["ta"] - row["tc"] - awo
        row["cr"], row["ar"], row["tr"] = rate(cas, ccol), rate(arr_a, acol), rate(row["ta"], row["tc"])
        D[can][y] = row
        arr_a = row["out"]
# targets for 2025
T = {}
for can, *_ in DEBTS:
    r6 = D[can][2024]
    T[can] = dict(cr=round(r6["cr"] + 0.2, 1), ar=round(r6["ar"] + 1.5, 1), out=int(round(r6["out"] * 0.95, -2)))

ERA = {2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}

CSS = """
@page { size: A4 landscape; margin: 9mm 11mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 9.5pt; margin:0; color:#111; }
.page { height: 188mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.hd { font-size: 8pt; color:#444; border-bottom: 1px solid #777; display:flex; justify-content: space-between; margin-bottom: 3mm;}
.ft { position:absolute; bottom:0; left:0; right:0; text-align:center; font-size:8.5pt; }
h1 { font-size: 20pt; text-align:center; margin: 18mm 0 4mm 0; }
h2 { font-size: 12.5pt; margin: 2mm 0 2mm 0; border-left: 6px solid #2b5d8a; padding-left: 3mm; }
h3 { font-size: 10.5pt; margin: 2.5mm 0 1mm 0; }
table { border-collapse: collapse; }
table.z th { background:#2b5d8a; color:#fff; font-weight:normal; padding:1.2mm 1.5mm; font-size:8.5pt; border:1px solid #fff;}
table.z td { padding:1mm 1.8mm; text-align:right; font-size:8.8pt; }
table.z tr:nth-child(even) td { background:#e9f0f7; }
table.z td.l { text-align:left; }
table.z tr.sec td { background:#fff7d6; font-weight:bold; text-align:left; }
table.z tr.sub td { background:#dde6ee; font-weight:bold; }
table.z tr.tot td { background:#c9d7e4; font-weight:bold; border-top:2px solid #2b5d8a; }
table.g th, table.g td { border:1px solid #555; padding:1mm 1.8mm; font-size:8.8pt; }
table.g th { background:#eaeaea; font-weight:normal; }
table.g td { text-align:right; }
table.g td.l { text-align:left; }
.unit { text-align:right; font-size:8.5pt; }
.note { font-size:8pt; margin-top:1.2mm; }
.strip td { border:1px solid #333; padding:1.5mm 3mm; font-size:10pt; }
.strip td.k { background:#2b5d8a; color:#fff; }
.box { border: 1.2px solid #333; padding: 2mm 3mm; margin-top: 2mm; }
.panel { display:inline-block; width: 78mm; border: 2px solid #2b5d8a; border-radius: 3mm; margin: 0 3mm; padding: 3mm; vertical-align: top; text-align:center;}
.panel .lb { font-size: 10pt; color:#2b5d8a; }
.panel .v { font-size: 22pt; font-weight: bold; margin: 2mm 0; }
.toc td { padding: 1.2mm 4mm; font-size: 11pt; }
.cols { display:flex; gap: 6mm; }
ul.tk { margin: 1mm 0; padding-left: 0; list-style: none; }
ul.tk li { margin: 0.8mm 0; padding-left: 1.2em; text-indent: -1.2em; }
"""
pages = []


def hdr(p):
    return (f'<div class="hd"><span>令和7年度第2回 根室市債権管理対策会議</span><span>資料{1 if p < 4 else 2}</span></div>')


def ftr(p):
    return f'<div class="ft">- {p} -</div>'


# ---------- page 1: cover, contents, panels
G.page = 1
tot24 = {k: sum(D[d[0]][2024][k] for d in DEBTS) for k in ("ta", "tc", "out", "wo")}
tot23 = {k: sum(D[d[0]][2023][k] for d in DEBTS) for k in ("ta", "tc", "out", "wo")}
zei24, zei23 = D["市税"][2024], D["市税"][2023]
dp = round(zei24["tr"] - zei23["tr"], 1)
out_oku = round(tot24["out"] / 100000, 1)  # 千円 -> 億円 (1億 = 100,000千円)
p1 = hdr(1) + '<h1>令和7年度第2回<br>根室市債権管理対策会議 資料</h1>'
p1 += '<p style="text-align:center;font-size:11pt">令和7年11月18日（火）　総務部 税務課 債権管理担当</p>'
p1 += '<table class="toc" style="margin: 6mm auto;"><tr><td>資料1</td><td>市の債権の収納状況（令和6年度決算）</td><td>…… 2</td></tr>' \
      '<tr><td></td><td>収入未済額の推移・滞納者数の状況</td><td>…… 3</td></tr>' \
      '<tr><td>資料2</td><td>債権別取組個票（市税・国民健康保険税・介護保険料・市営住宅使用料）</td><td>…… 4</td></tr></table>'
p1 += '<div style="text-align:center;margin-top:4mm">'
p1 += (f'<div class="panel"><div class="lb">市税 収納率（令和6年度決算）</div><div class="v">'
       f'{G.f(fmt_r(zei24["tr"]) + "％", zei24["tr"], "percent", "collection_rate", "actual", 2024, "令和6年度", "total", "市税", "市税")}</div>'
       f'<div>前年度比 {G.f(("＋" if dp >= 0 else "△") + fmt_r(abs(dp)) + "ポイント", dp, "points", "difference", "actual", 2024, "令和6年度", "total", "市税", "市税")}</div></div>')
p1 += (f'<div class="panel"><div class="lb">全会計 収入未済額（R6決算）</div><div class="v">'
       f'{G.f(fmt_r(out_oku) + "億円", int(round(out_oku * 1e8)), "yen", "outstanding", "actual", 2024, "R6", "total", None, None)}</div>'
       f'<div>対象6債権の合計</div></div>')
dl24 = 2318; dl23 = 2466
p1 += (f'<div class="panel"><div class="lb">市税 滞納者数（令和6年度末）</div><div class="v">'
       f'{G.f(c(dl24) + "人", dl24, "persons", "delinquents", "actual", 2024, "令和6年度", "total", "市税", "市税")}</div>'
       f'<div>前年度 {G.f(c(dl23) + "人", dl23, "persons", "delinquents", "actual", 2023, "前年度", "total", "市税", "市税")}</div></div>')
p1 += '</div>' + ftr(1)
pages.append(p1)

# ---------- page 2: summary table with section rows
G.page = 2
p = hdr(2) + '<h2>１　市の債権の収納状況（令和6年度決算）</h2>'
p += '<div class="unit">（単位：千円、％）</div>'
p += '<table class="z" style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr>'
p += '<tr>' + '<th>調定額</th><th>収入済額</th><th>収納率</th>' * 3 + '<th>不納欠損額</th><th>収入未済額</th></tr>'


def srow(label, r, debt, raw_label, cls=""):
    cells = []
    for seg, a, col, rt in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        cells.append(G.f(c(r[a]), r[a] * 1000, "yen", "assessed", "actual", 2024, "令和6年度", seg, debt, raw_label))
        cells.append(G.f(c(r[col]), r[col] * 1000, "yen", "collected", "actual", 2024, "令和6年度", seg, debt, raw_label))
        cells.append(G.f(fmt_r(r[rt]), r[rt], "percent", "collection_rate", "actual", 2024, "令和6年度", seg, debt, raw_label))
    cells.append(G.f(c(r["wo"]), r["wo"] * 1000, "yen", "written_off", "actual", 2024, "令和6年度", "total", debt, raw_label))
    cells.append(G.f(c(r["out"]), r["out"] * 1000, "yen", "outstanding", "actual", 2024, "令和6年度", "total", debt, raw_label))
    return f'<tr class="{cls}"><td class="l">{label}</td>' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>"


def agg(names, y=2024):
    r = {k: sum(D[n][y][k] for n in names) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
    r["cr"], r["ar"], r["tr"] = rate(r["ca"], r["cc"]), rate(r["aa"], r["ac"]), rate(r["ta"], r["tc"])
    return r


for sec, title in (("一般", "【一般会計】"), ("特別", "【特別会計】")):
    p += f'<tr class="sec"><td colspan="12">{title}</td></tr>'
    names = [d[0] for d in DEBTS if d[2] == sec]
    for d in DEBTS:
        if d[2] == sec:
            p += srow("　" + d[1] + ("※1" if d[0] == "国民健康保険税" else ""), D[d[0]][2024], d[0], d[1])
    p += srow("小計", agg(names), None, "小計", "sub")
p += srow("合計", agg([d[0] for d in DEBTS]), None, "合計", "tot")
p += '</table>'
kok = D["国民健康保険税"][2024]
p += ('<div class="note">※1 国民健康保険税の滞納繰越分のうち、令和元年度以前課税分 '
      + G.f(c(int(kok["aa"] * 0.31)) + "千円", int(kok["aa"] * 0.31) * 1000, "yen", "assessed", "actual", 2024,
            "令和元年度以前課税分", "arrears", "国民健康保険税", "国民健康保険税") + '（調定額）を含む。</div>')
p += '<div class="note">※2 収納率は、収入済額÷調定額×100（小数点第2位を四捨五入）。還付未済額は含まない。</div>'
p += '<div class="note">※3 金額は千円未満を切り捨てて表示しているため、合計が一致しない場合がある。</div>'
t = agg([d[0] for d in DEBTS]); t5 = agg([d[0] for d in DEBTS], 2023)
diff_out = t["out"] - t5["out"]
p += ('<div class="box" style="margin-top:4mm">全会計の収入未済額は'
      + G.f(c(t["out"]) + "千円", t["out"] * 1000, "yen", "outstanding", "actual", 2024, "令和6年度", "total", None, None)
      + 'で、前年度から' + G.f(c(abs(diff_out)) + "千円", diff_out * 1000, "yen", "difference", "actual", 2024, "前年度", "total", None, None)
      + ('減少' if diff_out < 0 else '増加') + 'しました。全体の収納率は'
      + G.f(fmt_r(t["tr"]) + "％", t["tr"], "percent", "collection_rate", "actual", 2024, "令和6年度", "total", None, None)
      + 'となり、前年度（' + G.f(fmt_r(t5["tr"]) + "％", t5["tr"], "percent", "collection_rate", "actual", 2023, "前年度", "total", None, None)
      + '）を上回っています。</div>')
p += ftr(2)
pages.append(p)

# ---------- page 3: chart (百万円) + delinquents table with debts as columns
G.page = 3
p = hdr(3) + '<h2>２　収入未済額の推移（全会計）</h2><div class="cols"><div style="width:52%">'
hist = {y: agg([d[0] for d in DEBTS], y)["out"] for y in YRS}
hist[2020] = int(hist[2021] * 1.043)
ys = [2020] + YRS
mx = max(hist.values()) / 1000
svg = '<svg width="132mm" height="78mm" viewBox="0 0 500 300" xmlns="http://www.w3.org/2000/svg">'
svg += '<line x1="40" y1="260" x2="490" y2="260" stroke="#333"/>'
for k, y in enumerate(ys):
    v = round(hist[y] / 1000, 1)
    h = 200 * v / mx
    x = 60 + k * 88
    svg += f'<rect x="{x}" y="{260 - h}" width="52" height="{h}" fill="#6f9cc6"/>'
    lab = G.f(f"{v:,.1f}", int(round(v * 1e6)), "yen", "outstanding", "actual", y, ERA[y], "total", None, None)
    svg += f'<text x="{x + 26}" y="{252 - h}" font-size="15" text-anchor="middle">{lab}</text>'
    svg += f'<text x="{x + 26}" y="282" font-size="14" text-anchor="middle">{ERA[y].replace("令和", "R").replace("年度", "")}</text>'
svg += '<text x="10" y="20" font-size="13">（百万円）</text></svg>'
p += svg + '<div class="note">出典：各年度 根室市歳入歳出決算書（対象6債権の合計、決算）</div></div><div style="width:46%">'
man = round(hist[2024] / 10) ; d20 = hist[2020] - hist[2024]
p += ('<p>令和6年度末の収入未済額は約' + G.f(f"{man // 10000}億{man % 10000:,}万円", man * 10000, "yen", "outstanding", "actual", 2024,
                                    "令和6年度", "total", None, None, approx=True)
      + 'で、令和2年度末と比べて約' + G.f(f"{round(d20 / 10):,}万円", round(d20 / 10) * 10000, "yen", "difference", "actual", 2024, "令和2年度末と比べて", "total", None, None, approx=True)
      + '縮減しました。滞納繰越分の整理が進んだことが主な要因です。</p>')
p += '<h3>滞納者数及び差押件数（各年度末・市税等）</h3><div class="unit">（単位：人、件）</div>'
cols3 = ["市税", "国民健康保険税", "介護保険料"]
dlq = {"市税": (dl23, dl24, 402, 436), "国民健康保険税": (1388, 1302, 171, 190), "介護保険料": (512, 498, 22, 19)}
p += '<table class="g" style="width:100%"><tr><th>区分</th><th>年度</th>' + "".join(f"<th>{x}</th>" for x in cols3) + '</tr>'
for lbl, idx, met, unit in (("滞納者数", (0, 1), "delinquents", "persons"), ("差押件数", (2, 3), "seizures", "cases")):
    for j, (y, yr) in enumerate(((2023, "R5"), (2024, "R6"))):
        p += '<tr>' + (f'<td class="l" rowspan="2">{lbl}</td>' if j == 0 else '') + f'<td class="l">{yr}</td>'
        for n in cols3:
            v = dlq[n][idx[j]]
            p += '<td>' + G.f(c(v), v, unit, met, "actual", y, yr, "total", n, n) + '</td>'
        p += '</tr>'
p += '</table><div class="note">※ 滞納者数は各年度5月31日時点の実人数。国民健康保険税は滞納世帯数を計上。</div>'
G.facts = [f for f in G.facts]
for f in G.facts:
    if f["page"] == 3 and f["metric"] == "delinquents" and f["debt"] == "国民健康保険税":
        f["unit"] = "households"
p += '</div></div>' + ftr(3)
pages.append(p)

# ---------- pages 4-7: 取組個票
ITEMS = {
    "市税": [("文書催告に反応のない滞納者について、預貯金・給与等の財産調査を早期に行い、差押えを徹底する。", "継続"),
            ("納期限後20日以内に督促状を発送し、電話催告センターによる初期催告を実施する。", "継続"),
            ("スマートフォン決済アプリによる納付の周知を強化し、納期内納付を促進する。", "拡充"),
            ("高額・困難案件を北海道東部地方税滞納整理機構へ移管する。", "新規")],
    "国民健康保険税": [("短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
                 ("口座振替の新規加入者に対し、加入勧奨のチラシを同封して原則口座振替化を進める。", "拡充"),
                 ("所得未申告世帯に簡易申告書を送付し、軽減判定の漏れをなくす。", "継続")],
    "介護保険料": [("普通徴収の未納者に対し、年金からの特別徴収への切替え時期を通知する。", "継続"),
               ("滞納による給付制限の内容を説明する文書を送付し、早期の納付を促す。", "新規"),
               ("時効が完成した債権について、不納欠損処理を適正に行う。", "継続")],
    "市営住宅使用料": [("滞納3か月以上の入居者に対し連帯保証人への通知を行う。", "継続"),
                ("明渡請求訴訟の対象者を選定し、法的措置を計画的に実施する。", "拡充"),
                ("退去者の滞納分について、債権回収会社への委託を検討する。", "新規")],
}
for k, can in enumerate(["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]):
    pg = 4 + k
    G.page = pg
    d = [x for x in DEBTS if x[0] == can][0]
    pr = d[1]
    p = hdr(pg) + f'<h2>債権別取組個票　No.{k + 1}</h2>'
    p += (f'<table class="strip"><tr><td class="k">債権名</td><td style="width:60mm">{pr}</td><td class="k">所管課</td>'
          f'<td style="width:40mm">{d[3]}</td><td class="k">債権区分</td><td>{d[4]}</td></tr></table>')
    p += '<div class="cols"><div style="width:60%"><h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div>'
    heads = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "R5"), (2024, "令和6年度")]
    p += ('<table class="g" style="width:100%"><tr><th colspan="2" rowspan="2">区分</th><th colspan="4">決算</th>'
          '<th rowspan="2">前年度差</th><th>目標</th></tr><tr>' + "".join(f"<th>{h}</th>" for _, h in heads) + '<th>令和７年度</th></tr>')
    R = D[can]
    for segj, (seg, segl, a, col, rt) in enumerate((("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar"))):
        for j, (lbl, key, met) in enumerate((("調定額", a, "assessed"), ("収入済額", col, "collected"), ("収納率", rt, "collection_rate"))):
            p += '<tr>' + (f'<td class="l" rowspan="3">{segl}</td>' if j == 0 else '') + f'<td class="l">{lbl}</td>'
            for y, h in heads:
                v = R[y][key]
                if met == "collection_rate":
                    p += '<td>' + G.f(fmt_r(v), v, "percent", met, "actual", y, h, seg, can, pr) + '</td>'
                else:
                    p += '<td>' + G.f(c(v), v * 1000, "yen", met, "actual", y, h, seg, can, pr) + '</td>'
            dv = R[2024][key] - R[2023][key]
            if met == "collection_rate":
                dv = round(dv, 1)
                p += '<td>' + G.f(("△" if dv < 0 else "") + fmt_r(abs(dv)), dv, "points", "difference", "actual", 2024, "前年度差", seg, can, pr) + '</td>'
                tv = T[can]["cr" if seg == "current" else "ar"]
                p += '<td>' + G.f(fmt_r(tv), tv, "percent", "collection_rate", "target", 2025, "令和７年度", seg, can, pr) + '</td>'
            else:
                p += '<td>' + G.f(c(dv), dv * 1000, "yen", "difference", "actual", 2024, "前年度差", seg, can, pr) + '</td><td>－</td>'
            p += '</tr>'
    for lbl, key, met in (("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")):
        p += f'<tr><td class="l" colspan="2">{lbl}</td>'
        for y, h in heads:
            p += '<td>' + G.f(c(R[y][key]), R[y][key] * 1000, "yen", met, "actual", y, h, "total", can, pr) + '</td>'
        dv = R[2024][key] - R[2023][key]
        p += '<td>' + G.f(c(dv), dv * 1000, "yen", "difference", "actual", 2024, "前年度差", "total", can, pr) + '</td>'
        if met == "outstanding":
            p += '<td>' + G.f(c(T[can]["out"]), T[can]["out"] * 1000, "yen", met, "target", 2025, "令和７年度", "total", can, pr) + '</td>'
        else:
            p += '<td>－</td>'
        p += '</tr>'
    p += '</table><div class="note">※ 前年度差は令和6年度と令和5年度の差。収納率の差はポイント。</div>'
    # 現状と課題 paragraph in a cell
    o6, o5 = R[2024]["out"], R[2023]["out"]
    dr = round(R[2024]["cr"] - R[2023]["cr"], 1)
    txt = ('令和6年度末の収入未済額は' + G.f(c(o6) + "千円", o6 * 1000, "yen", "outstanding", "actual", 2024, "令和6年度", "total", can, pr)
           + 'で、前年度より' + G.f(c(abs(o6 - o5)) + "千円", (o6 - o5) * 1000, "yen", "difference", "actual", 2024, "前年度より", "total", can, pr)
           + ('減少' if o6 < o5 else '増加') + 'した。現年度分の収納率は'
           + G.f(fmt_r(R[2024]["cr"]) + "％", R[2024]["cr"], "percent", "collection_rate", "actual", 2024, "令和6年度", "current", can, pr)
           + 'で、前年度比' + G.f(fmt_r(abs(dr)) + "ポイント", dr, "points", "difference", "actual", 2024, "前年度比", "current", can, pr)
           + ('の上昇' if dr >= 0 else 'の低下') + 'となった。滞納繰越分は長期化した少額案件が多く、早期の納付折衝と執行停止の判断が課題である。')
    p += f'<h3>２　現状と課題</h3><table class="g" style="width:100%"><tr><td class="l" style="line-height:1.5">{txt}</td></tr></table>'
    p += '</div><div style="width:38%">'
    p += '<h3>３　令和7年度の主な取組</h3><ul class="tk">'
    for j, (tx, st) in enumerate(ITEMS[can]):
        lab = "①②③④"[j]
        G.i(can, 2025, "令和7年度の主な取組", lab, tx, st)
        p += f'<li>{lab} {tx}【{st}】</li>'
    p += '</ul>'
    # 参考 box
    iv = round(R[2025]["cr"] * 0.56, 1)
    ivp = round(R[2024]["cr"] * 0.555, 1)
    p += ('<div class="box"><b>【参考】令和7年9月末の状況</b><br>'
          + '・現年度分収納率：' + G.f(fmt_r(iv) + "％", iv, "percent", "collection_rate", "interim", 2025, "令和7年9月末", "current", can, pr, as_of="2025-09-30")
          + '<br>・前年同月：' + G.f(fmt_r(ivp) + "％", ivp, "percent", "collection_rate", "interim", 2024, "前年同月", "current", can, pr, as_of="2024-09-30")
          + '<br>・令和7年度目標の現年度分収納率：' + fmt_r(T[can]["cr"]) + '％</div>')
    # the target in the box duplicates the table (same page): record again as a separate printed number
    G.f(fmt_r(T[can]["cr"]) + "％", T[can]["cr"], "percent", "collection_rate", "target", 2025, "令和7年度目標", "current", can, pr)
    p += '</div></div>' + ftr(pg)
    pages.append(p)

html = f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>' + \
       "".join(f'<div class="page">{x}</div>' for x in pages) + '</body></html>'
hp = W / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = Path("pdf") / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf.resolve()}", hp.as_uri()], check=True, capture_output=True)
n = G.write(pdf, Path("gold") / f"{STEM}.json")
check(pdf, Path("gold") / f"{STEM}.json")
