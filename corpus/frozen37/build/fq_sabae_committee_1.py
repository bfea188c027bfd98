"""fq_sabae_committee_1: 令和７年度第２回 鯖江市債権管理委員会 資料 (取組個票).

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.
Run from corpus/frozen37:  python3 build/fq_sabae_committee_1.py
"""
from __future__ import annotations

import html
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fq_common import Gold, PDF_DIR, WORK, check, comma, pct_rate  # noqa: E402

STEM = "fq_sabae_committee_1"
CITY = "鯖江市"
TITLE = "令和７年度第２回鯖江市債権管理委員会資料"
YEARS = [2021, 2022, 2023, 2024]     # 決算 R3..R6
EST_YEAR = 2025                      # R7 見込

# name, canonical, 所管課, 債権区分, base current assessed (千円), cur rate, arr rate, arr base, write-off base
DEBTS = [
    dict(name="市税", canon="市税", dept="税務課", kind="強制徴収公債権",
         cur=10120400, cr=98.95, ar=31.0, arr0=268400, wo=14200, grow=1.012),
    dict(name="国民健康保険税", canon="国民健康保険税", dept="保険年金課", kind="強制徴収公債権",
         cur=1528600, cr=95.40, ar=22.5, arr0=168900, wo=9100, grow=0.985),
    dict(name="介護保険料", canon="介護保険料", dept="長寿福祉課", kind="強制徴収公債権",
         cur=1318200, cr=99.18, ar=18.2, arr0=31800, wo=3400, grow=1.018),
    dict(name="保育料", canon="保育所保育料", dept="子育て支援課", kind="強制徴収公債権",
         cur=182300, cr=98.62, ar=24.8, arr0=9860, wo=640, grow=0.97),
    dict(name="市営住宅使用料", canon="市営住宅使用料", dept="都市整備課", kind="私債権",
         cur=94800, cr=96.85, ar=15.1, arr0=21450, wo=1180, grow=0.99),
]


def gen(d, seed):
    """Year chain: next year's 滞納繰越分 assessed = this year's 収入未済額."""
    rnd = random.Random(seed)
    out = {}
    arr_a = d["arr0"]
    cur_a = d["cur"]
    for y in YEARS + [EST_YEAR]:
        cr = d["cr"] + rnd.uniform(-0.25, 0.3) + (y - 2021) * 0.06
        ar = d["ar"] + rnd.uniform(-1.5, 1.8) + (y - 2021) * 0.4
        cur_c = round(cur_a * cr / 100)
        arr_c = round(arr_a * ar / 100)
        wo = round(d["wo"] * rnd.uniform(0.8, 1.25))
        outst = cur_a + arr_a - cur_c - arr_c - wo
        out[y] = dict(cur_a=cur_a, cur_c=cur_c, arr_a=arr_a, arr_c=arr_c, wo=wo, out=outst,
                      cur_r=pct_rate(cur_c, cur_a), arr_r=pct_rate(arr_c, arr_a),
                      tot_r=pct_rate(cur_c + arr_c, cur_a + arr_a),
                      arr_out=arr_a - arr_c - wo)
        arr_a = outst
        cur_a = round(cur_a * d["grow"] * rnd.uniform(0.995, 1.01))
    return out


DATA = {d["name"]: gen(d, i + 7) for i, d in enumerate(DEBTS)}

# targets (rates in %, outstanding in 千円) for R5, R6, R7
TARGETS = {}
for d in DEBTS:
    t = {}
    for y in (2023, 2024, 2025):
        base = DATA[d["name"]][min(y, 2024)]
        prev = DATA[d["name"]][y - 1]
        t[y] = dict(cur_r=round(prev["cur_r"] + 0.10, 2), arr_r=round(prev["arr_r"] + 1.0, 2),
                    out=int(round(prev["out"] * 0.95, -2)))
        del base
    TARGETS[d["name"]] = t

INITS = {
    "市税": [
        ("現年課税分の納期限後２０日以内に督促状を発送し、督促後も未納の者には電話及びＳＭＳによる早期催告を行う。", "継続"),
        ("滞納繰越分は、滞納発生から６か月以内に財産調査を完了させ、預貯金や給与等の差押えを速やかに執行する。", "拡充"),
        ("福井県地方税滞納整理機構への移管制度を活用し、高額・困難事案の整理を進める。", "継続"),
        ("スマートフォン決済アプリによる納付の対象税目を拡大し、納付の機会を増やす。", "新規"),
    ],
    "国民健康保険税": [
        ("資格取得の届出時に口座振替の申込みを窓口で一体的に受け付け、口座振替率の向上を図る。", "継続"),
        ("分割納付中の世帯について履行状況を毎月確認し、不履行の世帯には速やかに納付相談を行う。", "継続"),
        ("滞納繰越分のうち財産調査で資力が判明した世帯は、税務課と連携して差押えを行う。", "拡充"),
        ("資格喪失後の未納者に対し、喪失月の翌々月までに納付勧奨文書を送付する。", "新規"),
    ],
    "介護保険料": [
        ("普通徴収となる新規被保険者に対し、年金からの特別徴収が始まるまでの納付方法を個別に案内する。", "継続"),
        ("滞納期間に応じた給付制限の事前通知を活用し、早期の納付相談につなげる。", "継続"),
        ("時効が近い滞納繰越分について優先順位を付け、文書及び電話による催告を行う。", "拡充"),
    ],
    "保育料": [
        ("入所申込みの際に口座振替の利用を原則とし、未登録の世帯には再度案内を行う。", "継続"),
        ("児童手当からの徴収（申出による徴収）を入所説明会で積極的に案内する。", "拡充"),
        ("卒園した世帯の滞納分について、税務課の財産調査の結果を共有し、滞納処分を検討する。", "新規"),
    ],
    "市営住宅使用料": [
        ("滞納が３か月以上の入居者には、連帯保証人への通知と併せて面談を行い、分納誓約を取り付ける。", "継続"),
        ("分納誓約の不履行が続く者に対しては、明渡し請求及び支払督促の申立てを行う。", "継続"),
        ("退去者の滞納分について、弁護士への回収委託を試行する。", "新規"),
    ],
}

CSS = """
@page { size: A4; margin: 13mm 14mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 0; color: #111; }
.page { page-break-after: always; height: 268mm; position: relative; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 3mm; }
h2 { font-size: 11.5pt; margin: 3mm 0 1.5mm; border-left: 5px solid #2f5597; padding-left: 2mm; }
h3 { font-size: 10pt; margin: 2.5mm 0 1mm; }
.mincho { font-family: 'IPAexMincho'; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #333; padding: 0.8mm 1.2mm; font-size: 8.6pt; }
th { background: #dde5f2; font-weight: normal; }
td.n { text-align: right; font-family: 'IPAexMincho'; }
td.c { text-align: center; }
.unit { text-align: right; font-size: 8pt; margin: 0.5mm 0; }
.note { font-size: 7.8pt; margin: 0.6mm 0; font-family: 'IPAexMincho'; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; width: 7mm; padding: 1mm 0.5mm; }
.strip td { padding: 1.6mm 2mm; font-size: 9.5pt; }
.strip td.lab { background: #2f5597; color: #fff; text-align: center; width: 20mm; white-space: nowrap; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; font-family: 'IPAexMincho'; font-size: 9pt; }
.box p { margin: 0.6mm 0 0.6mm 5mm; text-indent: -5mm; }
.panels { display: flex; gap: 4mm; margin-top: 3mm; }
.panel { flex: 1; border: 1pt solid #2f5597; border-radius: 2mm; padding: 2mm 3mm; text-align: center; }
.panel .lab { font-size: 9pt; background: #2f5597; color: #fff; margin: -2mm -3mm 2mm; padding: 1mm; }
.panel .big { font-size: 18pt; font-weight: bold; margin: 1mm 0; }
.panel .sub { font-size: 9pt; }
.agenda p { margin: 1mm 0 1mm 6mm; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8pt; }
.tag { position: absolute; top: 0; right: 0; border: 1pt solid #333; padding: 0.5mm 3mm; font-size: 9pt; }
.two { display: flex; gap: 3mm; }
.two > div { flex: 1; }
"""


def esc(s):
    return html.escape(str(s))


def build():
    g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-11-11", "令和７年１１月１１日")
    pages = []

    # ================= page 1: 次第, 名簿, panels
    P = 1
    tot = {y: {k: sum(DATA[d["name"]][y][k] for d in DEBTS) for k in ("cur_a", "cur_c", "arr_a", "arr_c", "wo", "out")}
           for y in YEARS + [EST_YEAR]}
    for y in tot:
        t = tot[y]
        t["rate"] = pct_rate(t["cur_c"] + t["arr_c"], t["cur_a"] + t["arr_a"])
    r6, r5 = tot[2024], tot[2023]
    rate_diff = round(r6["rate"] - r5["rate"], 2)
    oku6 = round(r6["out"] / 100000, 2)               # 千円 -> 億円
    oku_d = round(oku6 - round(r5["out"] / 100000, 2), 2)
    man6 = round(r6["wo"] / 10)                       # 千円 -> 万円
    man_d = man6 - round(r5["wo"] / 10)

    def sgn(v, fmt):
        return ("▲" + fmt.format(-v)) if v < 0 else ("＋" + fmt.format(v))

    kw = dict(debt=None, debt_raw="主要５債権")
    g.fact(page=P, **kw, fy=2024, fy_raw="令和６年度決算", segment="total", metric="collection_rate", basis="actual",
           value=r6["rate"], unit="percent", raw=f"{r6['rate']:.2f}％")
    g.fact(page=P, **kw, fy=2024, fy_raw="前年度比", segment="total", metric="difference", basis="actual",
           value=rate_diff, unit="points", raw=sgn(rate_diff, "{:.2f}") + "ポイント")
    g.fact(page=P, **kw, fy=2024, fy_raw="令和６年度決算", segment="total", metric="outstanding", basis="actual",
           value=oku6 * 1e8, unit="yen", raw=f"{oku6:.2f}億円")
    g.fact(page=P, **kw, fy=2024, fy_raw="前年度比", segment="total", metric="difference", basis="actual",
           value=oku_d * 1e8, unit="yen", raw=sgn(oku_d, "{:.2f}") + "億円")
    g.fact(page=P, **kw, fy=2024, fy_raw="令和６年度決算", segment="total", metric="written_off", basis="actual",
           value=man6 * 10000, unit="yen", raw=f"{man6:,}万円")
    g.fact(page=P, **kw, fy=2024, fy_raw="前年度比", segment="total", metric="difference", basis="actual",
           value=man_d * 10000, unit="yen", raw=sgn(man_d, "{:,}") + "万円")

    members = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "健康福祉部長"), ("委員", "産業環境部長"),
               ("委員", "都市整備部長"), ("委員", "教育委員会事務部長"), ("事務局", "総務部税務課")]
    mem_rows = "".join(f"<tr><td class='c'>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in members)
    pages.append(f"""
<div class='page'>
<h1>令和７年度 第２回 鯖江市債権管理委員会</h1>
<p style='text-align:right' class='mincho'>日時：令和７年１１月１１日（火）午前１０時～<br>場所：鯖江市役所 ４階 大会議室</p>
<h2>次　第</h2>
<div class='agenda mincho'>
<p>１　開　会</p>
<p>２　報　告</p>
<p>　（１）令和６年度決算における主要債権の状況 ……………… 資料１</p>
<p>　（２）主要債権の取組個票 ……………………………………… 資料２</p>
<p>３　協　議</p>
<p>　　令和７年度下半期の滞納整理の進め方について</p>
<p>４　閉　会</p>
</div>
<h2>委員名簿</h2>
<table style='width:60%'><tr><th>区分</th><th>職名</th></tr>{mem_rows}</table>
<h2>主要５債権の状況（令和６年度決算）</h2>
<div class='panels'>
 <div class='panel'><div class='lab'>収納率（令和６年度決算）</div>
   <div class='big'>{r6['rate']:.2f}％</div><div class='sub'>前年度比{sgn(rate_diff, '{:.2f}')}ポイント</div></div>
 <div class='panel'><div class='lab'>収入未済額（令和６年度末）</div>
   <div class='big'>{oku6:.2f}億円</div><div class='sub'>前年度比{sgn(oku_d, '{:.2f}')}億円</div></div>
 <div class='panel'><div class='lab'>不納欠損額（令和６年度）</div>
   <div class='big'>{man6:,}万円</div><div class='sub'>前年度比{sgn(man_d, '{:,}')}万円</div></div>
</div>
<p class='note'>※ 主要５債権：市税、国民健康保険税、介護保険料、保育料、市営住宅使用料</p>
<div class='pno'>- 1 -</div>
</div>""")

    # ================= page 2: 資料１
    P = 2
    cols = "".join(f"<th>{esc(d['name'])}</th>" for d in DEBTS) + "<th>合計</th>"
    rowdefs = [("調定額（千円）", "assessed", lambda v: v["cur_a"] + v["arr_a"]),
               ("収入済額（千円）", "collected", lambda v: v["cur_c"] + v["arr_c"]),
               ("不納欠損額（千円）", "written_off", lambda v: v["wo"]),
               ("収入未済額（千円）", "outstanding", lambda v: v["out"])]
    body = ""
    for lab, met, fn in rowdefs:
        cells = ""
        for d in DEBTS:
            v = fn(DATA[d["name"]][2024])
            cells += f"<td class='n'>{comma(v)}</td>"
            g.fact(page=P, debt=d["canon"], debt_raw=d["name"], fy=2024, fy_raw="令和６年度", segment="total",
                   metric=met, basis="actual", value=v * 1000, unit="yen", raw=comma(v))
        tv = fn(dict(cur_a=r6["cur_a"], arr_a=r6["arr_a"], cur_c=r6["cur_c"], arr_c=r6["arr_c"], wo=r6["wo"], out=r6["out"]))
        cells += f"<td class='n'>{comma(tv)}</td>"
        g.fact(page=P, debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度", segment="total", metric=met,
               basis="actual", value=tv * 1000, unit="yen", raw=comma(tv))
        body += f"<tr><th style='text-align:left'>{lab}</th>{cells}</tr>"
    cells = ""
    for d in DEBTS:
        v = DATA[d["name"]][2024]["tot_r"]
        cells += f"<td class='n'>{v:.2f}</td>"
        g.fact(page=P, debt=d["canon"], debt_raw=d["name"], fy=2024, fy_raw="令和６年度", segment="total",
               metric="collection_rate", basis="actual", value=v, unit="percent", raw=f"{v:.2f}")
    cells += f"<td class='n'>{r6['rate']:.2f}</td>"
    g.fact(page=P, debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度", segment="total",
           metric="collection_rate", basis="actual", value=r6["rate"], unit="percent", raw=f"{r6['rate']:.2f}")
    body += f"<tr><th style='text-align:left'>収納率（％）※1</th>{cells}</tr>"

    # table 2: debts as rows, rates before amounts, R7 targets
    t2 = ""
    for d in DEBTS:
        t = TARGETS[d["name"]][2025]
        o6 = DATA[d["name"]][2024]["out"]
        t2 += (f"<tr><td>{esc(d['name'])}</td><td class='n'>{t['cur_r']:.2f}</td><td class='n'>{t['arr_r']:.2f}</td>"
               f"<td class='n'>{comma(t['out'])}</td><td class='n'>{comma(o6)}</td></tr>")
        kw = dict(debt=d["canon"], debt_raw=d["name"])
        g.fact(page=P, **kw, fy=2025, fy_raw="令和７年度", segment="current", metric="collection_rate", basis="target",
               value=t["cur_r"], unit="percent", raw=f"{t['cur_r']:.2f}")
        g.fact(page=P, **kw, fy=2025, fy_raw="令和７年度", segment="arrears", metric="collection_rate", basis="target",
               value=t["arr_r"], unit="percent", raw=f"{t['arr_r']:.2f}")
        g.fact(page=P, **kw, fy=2025, fy_raw="令和７年度", segment="total", metric="outstanding", basis="target",
               value=t["out"] * 1000, unit="yen", raw=comma(t["out"]))
        g.fact(page=P, **kw, fy=2024, fy_raw="令和６年度末", segment="total", metric="outstanding", basis="actual",
               value=o6 * 1000, unit="yen", raw=comma(o6))
    pages.append(f"""
<div class='page'>
<div class='tag'>資料１</div>
<h1 style='font-size:13pt'>令和６年度決算における主要債権の状況</h1>
<h2>表１　主要債権の決算額（令和６年度）</h2>
<table><tr><th>区分</th>{cols}</tr>{body}</table>
<p class='note'>※1 収納率＝収入済額÷調定額×100（調定額は現年度分と滞納繰越分の合計）</p>
<p class='note'>※2 千円未満を四捨五入しているため、合計が一致しない場合がある。</p>
<h2>表２　令和７年度の目標</h2>
<table>
<tr><th rowspan='2'>債権名</th><th colspan='2'>目標収納率（％）</th><th rowspan='2'>収入未済額の<br>目標（千円）</th><th rowspan='2'>（参考）令和６年度末<br>収入未済額（千円）</th></tr>
<tr><th>現年度分</th><th>滞納繰越分</th></tr>
{t2}</table>
<p class='note'>※ 目標は、令和６年度決算の実績を基に各所管課が設定し、第１回委員会（令和７年６月）で決定したもの。</p>
<h2>主な課題</h2>
<div class='box'>
<p>・国民健康保険税は、被保険者数の減少に伴い調定額が減少する一方、滞納繰越分の収納率が伸び悩んでいる。</p>
<p>・市営住宅使用料は、退去者の滞納分が収入未済額の多くを占めており、回収の手段を見直す必要がある。</p>
<p>・各債権とも、現年度分の早期催告により滞納繰越分の発生を抑えることが重要である。</p>
</div>
<div class='pno'>- 2 -</div>
</div>""")

    # ================= pages 3-7: 取組個票
    for idx, d in enumerate(DEBTS):
        P = 3 + idx
        name, cn = d["name"], d["canon"]
        D = DATA[name]
        kw = dict(debt=cn, debt_raw=name)
        # header strip (label/value box) or label+value in one cell
        if name == "国民健康保険税":
            strip = (f"<table class='strip'><tr><td>債権名　{esc(name)}</td><td>所管課　{esc(d['dept'])}</td>"
                     f"<td>債権区分　{esc(d['kind'])}</td></tr></table>")
        else:
            strip = (f"<table class='strip'><tr><td class='lab'>債権名</td><td>{esc(name)}</td>"
                     f"<td class='lab'>所管課</td><td>{esc(d['dept'])}</td>"
                     f"<td class='lab'>債権区分</td><td>{esc(d['kind'])}</td></tr></table>")
        ys = YEARS + [EST_YEAR]
        yh = "".join(f"<th>R{y - 2018}</th>" for y in ys)
        bh = "".join("<th>決算</th>" for _ in YEARS) + "<th>見込※</th>"
        groups = [("現年度分", "current", [("調定額", "assessed", "cur_a"), ("収入済額", "collected", "cur_c"),
                                         ("収納率", "collection_rate", "cur_r")]),
                  ("滞納繰越分", "arrears", [("調定額", "assessed", "arr_a"), ("収入済額", "collected", "arr_c"),
                                          ("収納率", "collection_rate", "arr_r")]),
                  ("合計", "total", [("不納欠損額", "written_off", "wo"), ("収入未済額", "outstanding", "out"),
                                   ("収納率", "collection_rate", "tot_r")])]
        rows = ""
        for gl, seg, items in groups:
            for k, (lab, met, key) in enumerate(items):
                rows += "<tr>"
                if k == 0:
                    rows += f"<th rowspan='3' class='vert'>{gl}</th>"
                rows += f"<th style='text-align:left'>{lab}</th>"
                for y in ys:
                    v = D[y][key]
                    basis = "estimate" if y == EST_YEAR else "actual"
                    fyr = f"R{y - 2018}"
                    if met == "collection_rate":
                        s = f"{v:.2f}"
                        g.fact(page=P, **kw, fy=y, fy_raw=fyr, segment=seg, metric=met, basis=basis, value=v,
                               unit="percent", raw=s)
                    else:
                        s = comma(v)
                        g.fact(page=P, **kw, fy=y, fy_raw=fyr, segment=seg, metric=met, basis=basis, value=v * 1000,
                               unit="yen", raw=s)
                    rows += f"<td class='n'>{s}</td>"
                rows += "</tr>"
        # table 2: targets vs results, R5 | R6 side by side
        def ach(res, tgt):
            return f"{res / tgt * 100:.1f}"
        t2rows = ""
        stacked = (name == "介護保険料")
        for lab, key, seg in (("現年度分収納率（％）", "cur_r", "current"), ("滞納繰越分収納率（％）", "arr_r", "arrears")):
            t2rows += f"<tr><th style='text-align:left'>{lab}</th>"
            for y in (2023, 2024):
                tg = TARGETS[name][y][key]
                rs = D[y][key]
                t2rows += f"<td class='n'>{tg:.2f}</td>"
                if stacked and key == "cur_r":
                    amt = D[y]["cur_c"]
                    t2rows += f"<td class='n'>{comma(amt)}<br>{rs:.2f}</td>"
                    g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment=seg, metric="collected",
                           basis="actual", value=amt * 1000, unit="yen", raw=comma(amt))
                else:
                    t2rows += f"<td class='n'>{rs:.2f}</td>"
                t2rows += f"<td class='n'>{ach(rs, tg)}</td>"
                g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment=seg, metric="collection_rate",
                       basis="target", value=tg, unit="percent", raw=f"{tg:.2f}")
                g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment=seg, metric="collection_rate",
                       basis="actual", value=rs, unit="percent", raw=f"{rs:.2f}")
            t2rows += "</tr>"
        t2rows += "<tr><th style='text-align:left'>収入未済額（千円）</th>"
        for y in (2023, 2024):
            tg = TARGETS[name][y]["out"]
            rs = D[y]["out"]
            t2rows += f"<td class='n'>{comma(tg)}</td><td class='n'>{comma(rs)}</td><td class='n'>－</td>"
            g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric="outstanding",
                   basis="target", value=tg * 1000, unit="yen", raw=comma(tg))
            g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric="outstanding",
                   basis="actual", value=rs * 1000, unit="yen", raw=comma(rs))
        t2rows += "</tr>"
        stack_note = ("<p class='note'>※ 現年度分収納率の実績欄は、上段に収入済額（千円）、下段に収納率（％）を示す。</p>"
                      if stacked else "")
        # 備考 with figures in text
        ao = D[2024]["arr_out"]
        g.fact(page=P, **kw, fy=2024, fy_raw="令和６年度末", segment="arrears", metric="outstanding", basis="actual",
               value=ao * 1000, unit="yen", raw=f"{comma(ao)}千円")
        # initiatives
        items = ""
        circ = "①②③④⑤⑥"
        for k, (txt, status) in enumerate(INITS[name]):
            lab = circ[k]
            if name == "国民健康保険税" and k == 3:
                items += f"<p>{lab}　{esc(txt)}<br>【{status}】</p>"
            else:
                items += f"<p>{lab}　{esc(txt)}【{status}】</p>"
            g.init(page=P, debt=cn, debt_raw=name, fy=2025, section=f"令和７年度の取組（{name}）", label=lab,
                   text=txt, status=status)
        # 上半期 (9月末) prose
        rnd = random.Random(100 + idx)
        sep_share = {"市税": 0.555, "国民健康保険税": 0.418, "介護保険料": 0.562, "保育料": 0.487, "市営住宅使用料": 0.463}[name]
        r_now = round(D[2025]["cur_r"] * sep_share + rnd.uniform(-0.6, 0.6), 2)
        r_prev = round(D[2024]["cur_r"] * sep_share + rnd.uniform(-0.6, 0.6), 2)
        dd = round(r_now - r_prev, 2)
        ac_now = round(D[2025]["arr_c"] * rnd.uniform(0.42, 0.5))
        ac_prev = round(D[2024]["arr_c"] * rnd.uniform(0.42, 0.5))
        word = "上昇" if dd >= 0 else "低下"
        prose = (f"令和７年９月末現在の現年度分の収納率は{r_now:.2f}％で、前年同月の{r_prev:.2f}％から"
                 f"{abs(dd):.2f}ポイント{word}した。滞納繰越分の収入済額は{comma(ac_now)}千円（前年同月{comma(ac_prev)}千円）"
                 "となっている。")
        a9, a9p = "2025-09-30", "2024-09-30"
        g.fact(page=P, **kw, fy=2025, fy_raw="令和７年９月末", segment="current", metric="collection_rate",
               basis="interim", as_of=a9, value=r_now, unit="percent", raw=f"{r_now:.2f}％")
        g.fact(page=P, **kw, fy=2024, fy_raw="前年同月", segment="current", metric="collection_rate",
               basis="interim", as_of=a9p, value=r_prev, unit="percent", raw=f"{r_prev:.2f}％")
        g.fact(page=P, **kw, fy=2025, fy_raw="前年同月", segment="current", metric="difference",
               basis="interim", as_of=a9, value=dd, unit="points", raw=f"{abs(dd):.2f}ポイント")
        g.fact(page=P, **kw, fy=2025, fy_raw="令和７年９月末", segment="arrears", metric="collected",
               basis="interim", as_of=a9, value=ac_now * 1000, unit="yen", raw=f"{comma(ac_now)}千円")
        g.fact(page=P, **kw, fy=2024, fy_raw="前年同月", segment="arrears", metric="collected",
               basis="interim", as_of=a9p, value=ac_prev * 1000, unit="yen", raw=f"{comma(ac_prev)}千円")
        pages.append(f"""
<div class='page'>
<div class='tag'>資料２</div>
<h1 style='font-size:13pt;margin:1mm 0 2mm'>取組個票（{idx + 1}／{len(DEBTS)}）</h1>
{strip}
<h2>１　収納状況の推移</h2>
<div class='unit'>（単位：千円、％）</div>
<table>
<tr><th colspan='2' rowspan='2'>区分</th>{yh}</tr>
<tr>{bh}</tr>
{rows}
</table>
<p class='note'>※ R7の見込は、令和７年９月末の収納実績に前年度の月別収納割合を乗じて推計した。</p>
<p class='note'>備考：令和６年度末の収入未済額のうち滞納繰越分 {comma(ao)}千円</p>
<h2>２　目標と実績</h2>
<table>
<tr><th rowspan='2' style='width:38mm'>指標</th><th colspan='3'>令和５年度</th><th colspan='3'>令和６年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率（％）</th><th>目標</th><th>実績</th><th>達成率（％）</th></tr>
{t2rows}
</table>
{stack_note}
<h2>３　令和７年度の取組（{esc(name)}）</h2>
<div class='box'>{items}</div>
<h2>４　令和７年度上半期の状況</h2>
<p class='mincho' style='margin:1mm 2mm;text-indent:1em;line-height:1.6'>{prose}</p>
<div class='pno'>- {P} -</div>
</div>""")

    html_doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    hp = WORK / f"{STEM}.html"
    hp.write_text(html_doc, encoding="utf-8")
    out = WORK / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(out, pdf)
    g.write(pdf)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
