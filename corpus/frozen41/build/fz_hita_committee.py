"""fz_hita_committee_1: 日田市債権管理委員会 資料（取組個票） — HTML/CSS -> chromium.

Run from corpus/frozen41:  python3 build/fz_hita_committee.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import Gold, WORK, PDF_DIR, rate  # noqa: E402

STEM = "fz_hita_committee_1"
TITLE = "令和７年度 第１回 日田市債権管理委員会 資料"
G = Gold(STEM, "committee_material", "日田市", TITLE, "2025-08-06", "令和７年８月６日", "kobetsu")
FY = 2024

# ---------------------------------------------------------------- 総括表 data (千円): cur A, cur rate, arr A, arr rate, arr W
SUM = [
    ("一般会計", "市税", "市税", "税務課", (8_126_540, 99.18, 386_210, 27.45, 12_360)),
    ("一般会計", "保育所保育料", "保育料", "こども未来課", (162_480, 98.42, 21_930, 24.61, 1_184)),
    ("一般会計", "市営住宅使用料", "市営住宅使用料", "建築住宅課", (214_650, 97.36, 48_770, 18.92, 2_615)),
    ("一般会計", "生活保護費返還金", "生活保護費返還金", "社会福祉課", (41_320, 62.48, 96_540, 6.37, 3_870)),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", "健康保険課", (1_486_920, 95.27, 402_640, 21.36, 24_480)),
    ("介護保険事業特別会計", "介護保険料", "介護保険料", "長寿福祉課", (1_265_380, 99.12, 28_460, 19.84, 5_930)),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "健康保険課",
     (702_150, 99.58, 6_820, 41.25, 412)),
]


def figs(a, r, w=0):
    c = int(round(a * r / 100))
    return {"A": a, "C": c, "W": w, "U": a - c - w, "R": rate(c, a)}


ROWS = []
for acc, canon, raw, dept, (ca, cr, aa, ar, aw) in SUM:
    cur, arr = figs(ca, cr), figs(aa, ar, aw)
    tot = {"A": ca + aa, "C": cur["C"] + arr["C"], "W": aw}
    tot["U"] = tot["A"] - tot["C"] - tot["W"]
    tot["R"] = rate(tot["C"], tot["A"])
    ROWS.append((acc, canon, raw, dept, cur, arr, tot))

CSS = """
@page { size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }
@page wide { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: 'IPAexGothic'; font-size: 9.5pt; color: #111; }
.pg { break-after: page; position: relative; }
.last { break-after: auto; }
.wide { page: wide; }
h1 { font-size: 17pt; text-align: center; margin: 0; }
h2 { font-size: 12.5pt; border-left: 6px solid #2b5797; padding-left: 6px; margin: 4px 0 8px; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #333; padding: 2px 4px; }
th { background: #dde5f0; font-weight: normal; }
td.n { text-align: right; }
.cap { display: flex; justify-content: space-between; font-size: 8.5pt; margin-bottom: 2px; }
.note { font-size: 8pt; margin-top: 3px; }
.strip td { padding: 4px 6px; font-size: 10pt; }
.strip td.l { background: #2b5797; color: #fff; width: 16%; text-align: center; }
.vert { writing-mode: vertical-rl; text-align: center; width: 22px; background: #dde5f0; letter-spacing: 2px; }
.items { font-size: 9pt; line-height: 1.5; }
.foot { position: fixed; bottom: -6mm; width: 100%; text-align: center; font-size: 8pt; }
.small td, .small th { font-size: 7.6pt; padding: 2px 3px; }
.stack { line-height: 1.3; }
.mid td, .mid th { font-size: 9pt; padding: 3px 4px; }
h3 { margin-top: 14px; }
"""

H = []


def page(html, cls=""):
    H.append(f'<div class="pg {cls}">{html}</div>')


def num(v):
    return f"{v:,}"


def pct(v):
    return f"{v:.2f}"


def td(x):
    return "<td class='n'>" + x + "</td>"


def f(raw, value, metric, **kw):
    return G.fact(raw, value, metric, **kw)


# ---------------------------------------------------------------- p1 cover + 目次
G.page = 1
page("""
<div style="text-align:right;font-size:10pt">令和７年８月６日（水）<br>午前１０時～　本庁舎４階 大会議室</div>
<div style="height:110px"></div>
<h1>令和７年度　第１回<br>日田市債権管理委員会　資料</h1>
<div style="height:60px"></div>
<div style="width:70%;margin:0 auto;font-size:11pt">
<p style="text-align:center;font-size:12pt">次　　第</p>
<p>１　開会</p><p>２　委員長あいさつ</p><p>３　議事</p>
<p style="margin-left:2em">（１）令和６年度決算における債権の状況について</p>
<p style="margin-left:2em">（２）令和７年度債権別取組個票について</p>
<p>４　その他</p><p>５　閉会</p>
<p style="text-align:center;font-size:12pt;margin-top:40px">目　　次</p>
<table style="border:none">
<tr><td style="border:none">資料１　令和６年度 債権の状況（総括表）</td><td style="border:none;text-align:right">…… ２</td></tr>
<tr><td style="border:none">資料２　地区別 市税収納状況</td><td style="border:none;text-align:right">…… ３</td></tr>
<tr><td style="border:none">資料３　債権別取組個票（４債権）</td><td style="border:none;text-align:right">…… ４</td></tr>
</table></div>
<div style="position:absolute;top:940px;width:100%;text-align:center">日田市 総務部 税務課 債権管理係</div>
""")

# ---------------------------------------------------------------- p2 landscape 総括表
G.page = 2
segs = [("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total")]
th = ('<tr><th rowspan="3">会計</th><th rowspan="3">債権名</th><th rowspan="3">所管課</th>'
      '<th colspan="11">令和６年度 決算</th></tr><tr>'
      + "".join(f'<th colspan="3">{s}</th>' for s, _ in segs)
      + '<th rowspan="2">不納欠損額</th><th rowspan="2">収入未済額</th></tr><tr>'
      + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 + "</tr>")
body = ""
acc_count = {}
for r in ROWS:
    acc_count[r[0]] = acc_count.get(r[0], 0) + 1
seen = set()
tots = {k: {"A": 0, "C": 0, "W": 0, "U": 0} for k in ("current", "arrears", "total")}
for acc, canon, raw, dept, cur, arr, tot in ROWS:
    tr = "<tr>"
    if acc not in seen:
        tr += f'<td rowspan="{acc_count[acc]}" style="text-align:center">{acc}</td>'
        seen.add(acc)
    tr += f"<td>{raw}</td><td>{dept}</td>"
    for (sname, seg), d in zip(segs, (cur, arr, tot)):
        kw = dict(debt=canon, debt_raw=raw, fy=FY, fy_raw="令和６年度", seg=seg)
        tr += (td(f(num(d["A"]), d["A"] * 1000, "assessed", **kw)) + td(f(num(d["C"]), d["C"] * 1000, "collected", **kw))
               + td(f(pct(d["R"]), d["R"], "collection_rate", **kw)))
        for k in ("A", "C", "W", "U"):
            tots[seg][k] += d.get(k, 0)
    kw = dict(debt=canon, debt_raw=raw, fy=FY, fy_raw="令和６年度", seg="total")
    tr += (td(f(num(tot["W"]), tot["W"] * 1000, "written_off", **kw)) + td(f(num(tot["U"]), tot["U"] * 1000, "outstanding", **kw))
           + "</tr>")
    body += tr
tr = '<tr style="background:#eef2f8"><td colspan="3" style="text-align:center">合　計</td>'
for sname, seg in segs:
    t = tots[seg]
    rr = rate(t["C"], t["A"])
    kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和６年度", seg=seg)
    tr += (td(f(num(t["A"]), t["A"] * 1000, "assessed", **kw)) + td(f(num(t["C"]), t["C"] * 1000, "collected", **kw))
           + td(f(pct(rr), rr, "collection_rate", **kw)))
kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和６年度", seg="total")
tt = tots["total"]
tr += (td(f(num(tt["W"]), tt["W"] * 1000, "written_off", **kw)) + td(f(num(tt["U"]), tt["U"] * 1000, "outstanding", **kw))
       + "</tr>")
body += tr
UNPAID_ALL = tt["U"]
page(f"""<h2>資料１　令和６年度 債権の状況（総括表）</h2>
<div class="cap"><span>表１　会計別・債権別の収納状況</span><span>（単位：千円、％）</span></div>
<table class="small"><thead>{th}</thead><tbody>{body}</tbody></table>
<div class="note">※ 不納欠損額はすべて滞納繰越分に係るもの。収納率は小数点第３位を四捨五入。水道料金は上下水道局で別途管理。</div>
<div class="note">※ 市税の滞納繰越分には、令和６年度中に新たに執行停止とした分を含む。</div>""", "wide")

# ---------------------------------------------------------------- p3 地区別
G.page = 3
_tax_tot = ROWS[0][6]
_shares = [("本庁", 0.8035, 96.05, 95.88, 412), ("前津江", 0.0116, 95.42, 95.58, 9), ("中津江", 0.0086, 94.61, 94.14, 11),
           ("上津江", 0.0072, 95.18, 95.05, 8), ("大山", 0.0252, 96.33, 96.07, 17), ("天瀬", 0.0439, 94.87, 94.45, 38)]
AREAS = []
for nm, sh, rn_, rp_, dl_ in _shares:
    a_ = int(round(_tax_tot["A"] * sh))
    AREAS.append([nm, a_, int(round(a_ * rn_ / 100)), rp_, dl_])
AREAS[0][1] += _tax_tot["A"] - sum(x[1] for x in AREAS)
AREAS[0][2] += _tax_tot["C"] - sum(x[2] for x in AREAS)
rows = ""
sa = sc = sd = 0
labels = []
for name, a, c, r_prev, dl in AREAS:
    rn = rate(c, a)
    sa += a; sc += c; sd += dl
    kw = dict(debt="市税", debt_raw="市税", area=name)
    d = round(rn - r_prev, 2)
    ds = f"▲{-d:.2f}" if d < 0 else f"{d:.2f}"
    rows += (f"<tr><td>{name}</td><td class='n'>{f(f'{a:,}', a * 1000, 'assessed', fy=FY, fy_raw='本年度', **kw)}</td>"
             f"<td class='n'>{f(f'{c:,}', c * 1000, 'collected', fy=FY, fy_raw='本年度', **kw)}</td>"
             f"<td class='n'>{f(f'{r_prev:.2f}', r_prev, 'collection_rate', fy=FY - 1, fy_raw='前年度', **kw)}</td>"
             f"<td class='n'>{f(f'{rn:.2f}', rn, 'collection_rate', fy=FY, fy_raw='本年度', **kw)}</td>"
             f"<td class='n'>{f(ds, d, 'difference', fy=FY, fy_raw='本年度', unit='points', **kw)}</td>"
             f"<td class='n'>{f(f'{dl:,}', dl, 'delinquents', fy=FY, fy_raw='本年度', unit='persons', **kw)}</td></tr>")
    labels.append((name, rn))
srn = rate(sc, sa)
kw = dict(debt="市税", debt_raw="市税")
rows += (f"<tr style='background:#eef2f8'><td>計</td><td class='n'>{f(f'{sa:,}', sa * 1000, 'assessed', fy=FY, fy_raw='本年度', **kw)}</td>"
         f"<td class='n'>{f(f'{sc:,}', sc * 1000, 'collected', fy=FY, fy_raw='本年度', **kw)}</td><td class='n'>－</td>"
         f"<td class='n'>{f(f'{srn:.2f}', srn, 'collection_rate', fy=FY, fy_raw='本年度', **kw)}</td><td class='n'>－</td>"
         f"<td class='n'>{f(f'{sd:,}', sd, 'delinquents', fy=FY, fy_raw='本年度', unit='persons', **kw)}</td></tr>")
# bar chart (SVG) with data labels
bars = ""
x0, base, scale = 60, 240, 55  # 93.0 .. 96.x -> pixels
for i, (name, rn) in enumerate(labels):
    x = x0 + i * 80
    h = (rn - 93.0) * scale
    bars += (f'<rect x="{x}" y="{base - h}" width="40" height="{h}" fill="#5b7fb5"/>'
             f'<text x="{x + 20}" y="{base - h - 5}" font-size="11" text-anchor="middle">'
             f'{f(f"{rn:.2f}", rn, "collection_rate", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和６年度", area=name)}</text>'
             f'<text x="{x + 20}" y="{base + 16}" font-size="11" text-anchor="middle">{name}</text>')
svg = (f'<svg width="560" height="270" xmlns="http://www.w3.org/2000/svg">'
       f'<line x1="50" y1="{base}" x2="550" y2="{base}" stroke="#333"/>'
       f'<text x="10" y="20" font-size="10">（％）</text>{bars}</svg>')
page(f"""<h2>資料２　地区別 市税収納状況（令和６年度決算）</h2>
<p>市税（現年課税分及び滞納繰越分の計）について、本庁及び各振興局管内別の収納状況を示す。前年度と比べ、
中津江・天瀬の両地区で改善幅が大きい一方、前津江地区では低下した。</p>
<div class="cap"><span>表２　地区別収納状況</span><span>（単位：千円、％、人）</span></div>
<table><thead><tr><th rowspan="2">地区</th><th rowspan="2">調定額</th><th rowspan="2">収入済額</th>
<th colspan="3">収納率</th><th rowspan="2">滞納者数</th></tr>
<tr><th>前年度</th><th>本年度</th><th>差</th></tr></thead><tbody>{rows}</tbody></table>
<div class="note">※ 地区は納税義務者の住所地による。振興局管内は旧町村の区域。▲は低下。</div>
<h3>図１　地区別 市税収納率（令和６年度）</h3>
{svg}
<div class="note">出典：税務課「令和６年度 市税収納状況（地区別集計）」</div>""")

# ---------------------------------------------------------------- 取組個票 pages
SHEETS = [
    dict(canon="国民健康保険税", raw="国民健康保険税", dept="健康保険課", kind="強制徴収公債権", style="strip",
         years=[(2021, "令和３年度", 1_612_480, 93.85, 512_300, 18.42, 31_240),
                (2022, "令和４年度", 1_571_260, 94.30, 468_950, 19.16, 28_770),
                (2023, "令和５年度", 1_528_740, 94.88, 431_120, 20.05, 26_310),
                (2024, "令和６年度", 1_486_920, 95.27, 402_640, 21.36, 24_480)],
         target=[(2022, 94.50), (2023, 95.00), (2024, 95.30)], t_next=95.60,
         items=[("①", "納期限後２０日以内に督促状を発送し、未納２期目で文書催告を行う。", "継続"),
                ("②", "財産調査を滞納発生から３か月以内に着手し、差押えを早期に実施する。", "拡充"),
                ("③", "資格喪失者の未納分について、転出先照会と文書催告を年２回行う。", "継続"),
                ("④", "Ｗｅｂ口座振替受付サービスを導入し、口座振替率を高める。", "新規")]),
    dict(canon="介護保険料", raw="介護保険料", dept="長寿福祉課", kind="強制徴収公債権", style="cell",
         years=[(2021, "令和３年度", 1_231_450, 98.86, 35_880, 16.12, 7_110),
                (2022, "令和４年度", 1_248_020, 98.95, 33_240, 17.30, 6_640),
                (2023, "令和５年度", 1_259_760, 99.05, 30_910, 18.66, 6_280),
                (2024, "令和６年度", 1_265_380, 99.12, 28_460, 19.84, 5_930)],
         target=[(2022, 99.00), (2023, 99.00), (2024, 99.10)], t_next=99.15,
         items=[("①", "普通徴収の新規該当者へ口座振替依頼書を個別に送付する。", "継続"),
                ("②", "滞納２年を超える前に、給付制限の内容を説明した催告を行う。", "継続"),
                ("③", "地域包括支援センター及びケアマネジャーと連携し、納付相談につなげる。", "拡充")]),
    dict(canon="保育所保育料", raw="保育料", dept="こども未来課", kind="強制徴収公債権", style="heading",
         years=[(2021, "令和３年度", 178_320, 97.84, 29_410, 19.86, 1_920),
                (2022, "令和４年度", 171_560, 98.02, 26_880, 21.45, 1_510),
                (2023, "令和５年度", 166_940, 98.21, 24_150, 22.98, 1_330),
                (2024, "令和６年度", 162_480, 98.42, 21_930, 24.61, 1_184)],
         target=[(2022, 98.00), (2023, 98.30), (2024, 98.40)], t_next=98.50,
         items=[("(1)", "児童手当からの特別徴収について、入所時に同意書の提出を求める。", "継続"),
                ("(2)", "卒園・退所予定者の未納分は、退所前に分納計画を確認する。", "新規"),
                ("(3)", "滞納繰越分は税務課へ徴収を引き継ぎ、滞納処分を行う。", "継続")]),
    dict(canon="市営住宅使用料", raw="市営住宅使用料", dept="建築住宅課", kind="非強制徴収公債権（私債権）", style="strip",
         years=[(2021, "令和３年度", 223_410, 96.72, 58_320, 15.40, 3_480),
                (2022, "令和４年度", 220_180, 96.95, 55_160, 16.62, 3_210),
                (2023, "令和５年度", 217_050, 97.14, 51_940, 17.88, 2_870),
                (2024, "令和６年度", 214_650, 97.36, 48_770, 18.92, 2_615)],
         target=[(2022, 97.00), (2023, 97.20), (2024, 97.50)], t_next=97.60,
         items=[("ア", "滞納３か月で連帯保証人へ通知し、６か月で明渡請求を予告する。", "継続"),
                ("イ", "退去者の未納分は、少額訴訟・支払督促の法的措置を計画的に行う。", "拡充"),
                ("ウ", "入居時に口座振替を原則とし、振替不能の翌月に電話催告を行う。", "継続")]),
]
sheet_no = 0
for i, S in enumerate(SHEETS):
    G.page = 4 + i
    sheet_no += 1
    D = dict(debt=S["canon"], debt_raw=S["raw"])
    if S["style"] == "strip":
        head = (f'<table class="strip"><tr><td class="l">債権名</td><td>{S["raw"]}</td><td class="l">所管課</td>'
                f'<td>{S["dept"]}</td><td class="l">債権区分</td><td>{S["kind"]}</td></tr></table>')
        h2 = f"<h2>資料３　債権別取組個票　No.{sheet_no}</h2>"
    elif S["style"] == "cell":
        head = (f'<table class="strip"><tr><td style="width:40%;font-size:11pt">債権名　{S["raw"]}</td>'
                f'<td>所管課　{S["dept"]}</td><td>区分　{S["kind"]}</td></tr></table>')
        h2 = f"<h2>資料３　債権別取組個票　No.{sheet_no}</h2>"
    else:
        head = f'<p style="font-size:9pt">所管課：{S["dept"]}　／　債権区分：{S["kind"]}</p>'
        h2 = f"<h2>資料３　債権別取組個票　No.{sheet_no}</h2><h3>３　債権ごとの取組（{S['raw']}）</h3>"
    # multi-year table (years as columns)
    cols = S["years"]
    data = []
    for fy, fyr, ca, cr, aa, ar, aw in cols:
        cur, arr = figs(ca, cr), figs(aa, ar, aw)
        A = ca + aa; Cc = cur["C"] + arr["C"]; U = A - Cc - aw
        data.append(dict(fy=fy, fyr=fyr, A=A, C=Cc, W=aw, U=U, Rc=cur["R"], Ra=arr["R"], Rt=rate(Cc, A)))
    hdr = "<tr><th>区分</th>" + "".join(f"<th>{d['fyr']}<br>決算</th>" for d in data) + "<th>令和７年度<br>目標</th></tr>"
    trs = ""
    for lab, key, metric, seg in (("調定額", "A", "assessed", "total"), ("収入済額", "C", "collected", "total"),
                                  ("不納欠損額", "W", "written_off", "total"), ("収入未済額", "U", "outstanding", "total"),
                                  ("収納率（現年度分）", "Rc", "collection_rate", "current"),
                                  ("収納率（滞納繰越分）", "Ra", "collection_rate", "arrears"),
                                  ("収納率（全体）", "Rt", "collection_rate", "total")):
        tr = f"<tr><td>{lab}</td>"
        for d in data:
            v = d[key]
            if metric == "collection_rate":
                s = f(f"{v:.2f}", v, metric, fy=d["fy"], fy_raw=d["fyr"], seg=seg, **D)
            else:
                s = f(f"{v:,}", v * 1000, metric, fy=d["fy"], fy_raw=d["fyr"], seg=seg, **D)
            tr += f"<td class='n'>{s}</td>"
        if key == "Rc":
            tr += f"<td class='n'>{f(pct(S['t_next']), S['t_next'], 'collection_rate', fy=2025, fy_raw='令和７年度', seg='current', basis='target', **D)}</td>"
        else:
            tr += "<td class='n'>－</td>"
        trs += tr + "</tr>"
    # 目標と実績 (達成率)
    tgt = ""
    by = {d["fy"]: d for d in data}
    for fy, t in S["target"]:
        d = by[fy]
        ach = round(d["Rc"] / t * 100, 1)
        tgt += (f"<tr><td>{d['fyr']}</td><td class='n'>{f(f'{t:.2f}', t, 'collection_rate', fy=fy, fy_raw=d['fyr'], seg='current', basis='target', **D)}</td>"
                f"<td class='n'>{f(pct(d['Rc']), d['Rc'], 'collection_rate', fy=fy, fy_raw=d['fyr'], seg='current', **D)}</td>"
                f"<td class='n'>{f(f'{ach:.1f}', ach, 'achievement_rate', fy=fy, fy_raw=d['fyr'], seg='current', unit='percent', **D)}</td></tr>")
    last, prev = data[-1], data[-2]
    du = last["U"] - prev["U"]
    issue = (f"令和６年度末の収入未済額は{f(num(last['U']) + '千円', last['U'] * 1000, 'outstanding', fy=2024, fy_raw='令和６年度', **D)}で、"
             f"前年度より{f(f'{-du:,}千円', du * 1000, 'difference', fy=2024, fy_raw='令和６年度', **D)}減少した。"
             f"現年度分の収納率は{f(pct(last['Rc']) + '％', last['Rc'], 'collection_rate', fy=2024, fy_raw='令和６年度', seg='current', **D)}"
             f"と改善が続いているが、滞納繰越分は長期・少額の滞納が残り、納付折衝に時間を要している。")
    items_html = ""
    for lab, t, stt in S["items"]:
        G.init(t, debt=S["canon"], debt_raw=S["raw"], fy=2025, section="令和７年度の取組", label=lab, status=stt)
        items_html += f"{lab} {t}【{stt}】<br>"
    extra = ""
    if S["style"] == "heading":
        # stacked cells: amount over rate for 滞納繰越分
        cells = ""
        for d, yr in zip(data[-2:], cols[-2:]):
            arr = figs(yr[4], yr[5], yr[6])
            cells += (f"<td class='n stack'>{f(num(arr['C']), arr['C'] * 1000, 'collected', fy=d['fy'], fy_raw=d['fyr'], seg='arrears', **D)}"
                      f"<br>{f(pct(arr['R']), arr['R'], 'collection_rate', fy=d['fy'], fy_raw=d['fyr'], seg='arrears', **D)}</td>")
        extra = (f"<h3>（参考）滞納繰越分の収入済額と収納率</h3><div class='cap'><span>上段：収入済額（千円）／下段：収納率（％）</span></div>"
                 f"<table style='width:60%'><tr><th>区分</th><th>{data[-2]['fyr']}</th><th>{data[-1]['fyr']}</th></tr>"
                 f"<tr><td>滞納繰越分</td>{cells}</tr></table>")
    page(f"""{h2}{head}
<h3>１　収納状況の推移</h3><div class="cap"><span>表３-{sheet_no}　{S['raw']}の収納状況</span><span>（単位：千円、％）</span></div>
<table class="mid"><thead>{hdr}</thead><tbody>{trs}</tbody></table>
<h3>２　目標と実績（現年度分収納率）</h3>
<table class="mid" style="width:70%"><tr><th>年度</th><th>目標</th><th>実績</th><th>達成率</th></tr>{tgt}</table>
<div class="note">※ 達成率＝実績÷目標×１００（単位：％）</div>
{extra}
<h3>３　現状と課題・取組</h3>
<table><tr><td class="vert">現状と課題</td><td style="font-size:9pt;line-height:1.5">{issue}</td></tr>
<tr><td class="vert">令和７年度</td><td class="items">{items_html}</td></tr></table>
""", "last" if i == len(SHEETS) - 1 else "")

html = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(H)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(hp)], check=True, capture_output=True, timeout=120)
G.write(pdf)
