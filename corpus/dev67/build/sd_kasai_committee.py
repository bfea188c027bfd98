"""sd_kasai_committee_1: 債権管理対策会議 資料 with 取組個票 per debt; HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev67:  python3 build/sd_kasai_committee.py"""
import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sd_common import Gold, PDF_DIR, WORK, GOTHIC, comma, rate, signed, check  # noqa: E402

STEM = "sd_kasai_committee_1"
G = Gold(STEM, "committee_material", "committee", "加西市",
         "令和7年度 第2回加西市債権管理対策会議 資料", "2025-11-20", "令和7年11月20日")
YEARS = [2021, 2022, 2023, 2024]          # R3..R6 決算
RY = {2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7"}
TGT = 2025

# name, short, 所管課, 種類, 会計, cur_a(千円) per year, cur rate, arr_a, arr rate, 不納欠損
D = [
    ("市税", "市税", "税務課", "強制徴収公債権", "一般会計",
     [5698412, 5744105, 5790862, 5812430], [98.71, 98.85, 98.96, 99.04], [241380, 220615, 201944, 182645], [21.6, 23.2, 24.1, 24.8], [14210, 12884, 11302, 9815]),
    ("保育所保育料", "保育料", "こども未来課", "強制徴収公債権", "一般会計",
     [142318, 131604, 118935, 109882], [98.42, 98.60, 98.81, 98.95], [12418, 11806, 10922, 9874], [14.2, 15.1, 16.4, 17.3], [612, 540, 488, 401]),
    ("住宅使用料", "住宅使用料", "都市整備課", "私債権", "一般会計",
     [98214, 97180, 95342, 94108], [96.12, 96.40, 96.85, 97.10], [28416, 27902, 26715, 25180], [10.4, 11.6, 12.9, 13.5], [1208, 986, 1344, 870]),
    ("国民健康保険税", "国保税", "税務課", "強制徴収公債権", "特別会計",
     [812406, 798215, 776340, 760218], [94.81, 95.10, 95.42, 95.66], [268914, 255302, 240118, 226845], [19.8, 21.0, 22.3, 23.5], [18412, 16230, 15104, 13988]),
    ("介護保険料", "介護料", "長寿介護課", "強制徴収公債権", "特別会計",
     [701245, 712806, 720415, 731960], [99.02, 99.08, 99.15, 99.21], [22408, 21315, 20612, 19884], [18.4, 19.2, 20.5, 21.1], [3612, 3408, 3215, 3088]),
    ("後期高齢者医療保険料", "後期高齢", "国保医療課", "強制徴収公債権", "特別会計",
     [318402, 331248, 348906, 362115], [99.48, 99.52, 99.55, 99.60], [4012, 3806, 3715, 3542], [32.1, 33.4, 34.6, 35.8], [405, 388, 362, 341]),
    ("水道料金", "水道料金", "上下水道課", "私債権", "水道事業会計",
     [1012845, 1008412, 1001306, 996814], [98.95, 99.01, 99.08, 99.12], [15408, 14915, 14206, 13715], [58.2, 59.4, 60.1, 61.3], [2105, 1988, 1876, 1702]),
    ("下水道使用料", "下水道使用料", "上下水道課", "非強制徴収公債権", "下水道事業会計",
     [842106, 838915, 834208, 830917], [98.91, 98.98, 99.05, 99.10], [13205, 12810, 12306, 11842], [57.4, 58.6, 59.8, 60.5], [1804, 1702, 1615, 1530]),
]


def figs(d, yi):
    ca, ra, aa, rr, wo = d[5][yi], d[6][yi], d[7][yi], d[8][yi], d[9][yi]
    cc = round(ca * ra / 100)
    ac = round(aa * rr / 100)
    return {"ca": ca, "cc": cc, "aa": aa, "ac": ac, "wo": wo, "ta": ca + aa, "tc": cc + ac,
            "out": ca + aa - cc - ac - wo}


CSS = f"""
@font-face {{ font-family: 'IPAexG'; src: url('file://{GOTHIC}'); }}
@page {{ size: A4 landscape; margin: 12mm 14mm 12mm 14mm; }}
body {{ font-family: 'IPAexG'; font-size: 9.5pt; margin: 0; color: #111; }}
.page {{ height: 182mm; position: relative; page-break-after: always; overflow: hidden; }}
.page:last-child {{ page-break-after: auto; }}
.rh {{ font-size: 7.5pt; color: #555; border-bottom: 0.5px solid #888; display: flex; justify-content: space-between; margin-bottom: 4mm; }}
.pf {{ position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }}
h1 {{ font-size: 17pt; text-align: center; margin: 14mm 0 4mm 0; font-weight: normal; }}
h2 {{ font-size: 12.5pt; margin: 1mm 0 2mm 0; font-weight: normal; border-left: 5px solid #2a5d9f; padding-left: 6px; }}
h3 {{ font-size: 10.5pt; margin: 3mm 0 1.5mm 0; font-weight: normal; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 0.6px solid #333; padding: 1.2mm 1.6mm; font-weight: normal; }}
th {{ background: #dfe6ef; text-align: center; }}
td.n {{ text-align: right; white-space: nowrap; }}
tr.sec td {{ background: #f1f1f1; }}
tr.sub td {{ background: #fbf3dc; }}
tr.tot td {{ background: #f6e2c0; }}
.small {{ font-size: 7.8pt; }}
.box {{ border: 1.2px solid #333; padding: 2mm 4mm; }}
.strip td {{ padding: 1.5mm 3mm; }}
.strip td.l {{ background: #dfe6ef; }}
.two {{ display: flex; gap: 6mm; }}
.unit {{ text-align: right; font-size: 8pt; }}
ul {{ margin: 1mm 0; padding-left: 5mm; }}
"""

pages = []


def page(n, body):
    pages.append(f'<div class="page"><div class="rh"><span>令和7年度 第2回加西市債権管理対策会議</span>'
                 f'<span>資料</span></div>{body}<div class="pf">- {n} -</div></div>')


def e(s):
    return html.escape(str(s))


# ---------------- page 1: cover, 次第, 【参考】 box ----------------
P = 1
all6 = [figs(d, 3) for d in D]
sum_ta = sum(f["ta"] for f in all6)
sum_tc = sum(f["tc"] for f in all6)
sum_wo = sum(f["wo"] for f in all6)
sum_out = sum(f["out"] for f in all6)
all5 = [figs(d, 2) for d in D]
sum_out5 = sum(f["out"] for f in all5)
rt6 = rate(sum_tc, sum_ta, 2)
rt5 = rate(sum(f["tc"] for f in all5), sum(f["ta"] for f in all5), 2)


def oku_man(k):  # 千円 -> "5億4,310万円" rounded to 10万円
    man = round(k / 100) * 10
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円", man * 10000


r_out, v_out = oku_man(sum_out)
r_wo, v_wo = oku_man(sum_wo)
r_d, v_d = oku_man(sum_out5 - sum_out)
ref = [("市全体の収納率（令和6年度決算）", f"{rt6:.2f}％", "collection_rate", rt6, "percent", False),
       ("収入未済額（令和6年度末）", "約" + r_out, "outstanding", v_out, "yen", True),
       ("不納欠損額（令和6年度）", "約" + r_wo, "written_off", v_wo, "yen", True)]
for lab, raw, m, v, u, ap in ref:
    G.fact(P, None, None, 2024, "令和6年度", "total", m, "actual", v, u, raw, approx=ap)
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", -v_d, "yen", "約" + r_d, approx=True)
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", round(rt6 - rt5, 2), "points", f"{rt6 - rt5:.2f}ポイント")
body = f"""
<h1>令和7年度 第2回<br>加西市債権管理対策会議</h1>
<p style="text-align:center">令和7年11月20日（木）午後2時から<br>加西市役所 5階 大会議室</p>
<div class="two" style="margin-top:8mm">
<div style="flex:1">
<h3>次　第</h3>
<p>１　開会</p>
<p>２　報告事項<br>　（１）令和6年度決算における債権の状況について　…　資料1<br>
　（２）主要債権の取組個票（令和7年度上半期）　…　資料2</p>
<p>３　協議事項<br>　（１）令和7年度下半期の重点取組について</p>
<p>４　閉会</p>
<p class="small">配布資料：資料1 債権の状況一覧、資料2 取組個票（市税・国民健康保険税・保育所保育料・住宅使用料）</p>
</div>
<div style="flex:1">
<h3>【参考】令和6年度決算の概要</h3>
<div class="box">
<ul>
<li>{e(ref[0][0])}：{e(ref[0][1])}</li>
<li>{e(ref[1][0])}：{e(ref[1][1])}</li>
<li>{e(ref[2][0])}：{e(ref[2][1])}</li>
<li>収入未済額の前年度からの減少額：約{e(r_d)}</li>
<li>収納率の前年度からの上昇幅：{rt6 - rt5:.2f}ポイント</li>
</ul>
<p class="small">※ 対象は市税及び主要7債権（一般会計・特別会計・企業会計）</p>
</div>
</div>
</div>
"""
page(P, body)

# ---------------- page 2: 全体状況 (sections, three-level header) ----------------
P = 2
secs = [("一般会計", "一般会計計"), ("特別会計", "特別会計計"), ("企業会計", "企業会計計")]
acct_of = {"一般会計": "一般会計", "特別会計": "特別会計", "水道事業会計": "企業会計", "下水道事業会計": "企業会計"}
rows = []
grand = dict(ca=0, cc=0, aa=0, ac=0, ta=0, tc=0, wo=0, out=0)


def add_row(label, f, debt, cls=""):
    cells = []
    for seg, a, c in (("current", "ca", "cc"), ("arrears", "aa", "ac"), ("total", "ta", "tc")):
        q = rate(f[c], f[a], 1 if seg == "arrears" else 2)
        qs = f"{q:.1f}" if seg == "arrears" else f"{q:.2f}"
        cells += [comma(f[a]), comma(f[c]), qs]
        G.fact(P, debt, label, 2024, "令和6年度決算", seg, "assessed", "actual", f[a] * 1000, "yen", comma(f[a]))
        G.fact(P, debt, label, 2024, "令和6年度決算", seg, "collected", "actual", f[c] * 1000, "yen", comma(f[c]))
        G.fact(P, debt, label, 2024, "令和6年度決算", seg, "collection_rate", "actual", q, "percent", qs)
    cells += [comma(f["wo"]), comma(f["out"])]
    G.fact(P, debt, label, 2024, "令和6年度決算", "total", "written_off", "actual", f["wo"] * 1000, "yen", comma(f["wo"]))
    G.fact(P, debt, label, 2024, "令和6年度決算", "total", "outstanding", "actual", f["out"] * 1000, "yen", comma(f["out"]))
    rows.append(f'<tr class="{cls}"><td>{e(label)}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")


for sec, subl in secs:
    rows.append(f'<tr class="sec"><td colspan="12">【{sec}】</td></tr>')
    sub = dict(ca=0, cc=0, aa=0, ac=0, ta=0, tc=0, wo=0, out=0)
    for d in D:
        if acct_of[d[4]] != sec:
            continue
        f = figs(d, 3)
        add_row(d[1], f, d[0])
        for k in sub:
            sub[k] += f[k]
    add_row(subl, sub, None, "sub")
    for k in grand:
        grand[k] += sub[k]
add_row("総計", grand, None, "tot")
assert grand["out"] == sum_out
body = f"""
<h2>資料1　令和6年度決算における債権の状況</h2>
<div class="unit">（単位：千円、％）</div>
<table class="small" style="width:100%">
<tr><th rowspan="3">債権名</th><th colspan="11">令和6年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th><th rowspan="2">不納欠損額</th><th rowspan="2">収入未済額</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<p class="small">※ 表中の略称　保育料：保育所保育料、住宅使用料：市営住宅使用料、国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料<br>
※ 水道料金は水道事業会計、下水道使用料は下水道事業会計（いずれも企業会計）に計上。収入未済額＝調定額−収入済額−不納欠損額</p>
"""
page(P, body)

# ---------------- pages 3-6: 取組個票 ----------------
SHEETS = {
    "市税": dict(
        tgt=(99.10, 25.5), prev_tgt=(99.05, 25.0),
        goals=[(2022, 98.80), (2023, 98.95), (2024, 99.05)],
        issue="令和6年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。滞納繰越分の収納率は{arr}％と改善傾向にあるが、少額多件の滞納が残っている。",
        items=[("①", "納期限後の早期催告（電話・SMS）を実施し、現年度分の滞納繰越を抑制する。", "継続", "○"),
               ("②", "財産調査を前倒しし、預貯金・給与の差押えを計画的に執行する。", "継続", "◎"),
               ("③", "地方税共同機構のeLTAXを活用したキャッシュレス納付を周知する。", "拡充", "○"),
               ("④", "兵庫県との共同徴収（個人住民税等整理回収チーム）への引継ぎを行う。", "新規", "△")]),
    "国民健康保険税": dict(
        tgt=(95.80, 24.0), prev_tgt=(95.70, 23.5),
        goals=[(2022, 95.00), (2023, 95.30), (2024, 95.70)],
        issue="令和6年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。現年度分の収納率は{cur}％で、県内平均を下回っている。",
        items=[("①", "資格確認書の交付時に納付相談を行い、分納誓約を取り付ける。", "拡充", "○"),
               ("②", "所得未申告世帯に申告を勧奨し、軽減判定を適正に行う。", "継続", "◎"),
               ("③", "市税と一体で滞納処分を行い、高額滞納世帯の解消を図る。", "継続", "○")]),
    "保育所保育料": dict(
        tgt=(99.00, 18.0), prev_tgt=(98.90, 17.5),
        goals=[(2022, 98.50), (2023, 98.80), (2024, 98.90)],
        issue="令和6年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。無償化の対象外となる0～2歳児の保育料に滞納が集中している。",
        items=[("①", "児童手当からの申出徴収を入所時に案内する。", "継続", "◎"),
               ("②", "退所予定者に未納額を通知し、退所前の完納を求める。", "新規", "○")]),
    "住宅使用料": dict(
        tgt=(97.20, 14.0), prev_tgt=(97.00, 13.5),
        goals=[(2022, 96.50), (2023, 96.80), (2024, 97.00)],
        issue="令和6年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。退去者分が滞納繰越分の約半数を占めている。",
        items=[("①", "滞納3か月で連帯保証人へ通知し、滞納6か月で明渡し請求の予告を行う。", "継続", "◎"),
               ("②", "退去滞納者への支払督促を申し立て、債務名義を取得する。", "継続", "○"),
               ("③", "回収見込みのない退去者分は債権放棄の手続を検討する。", "新規", "△")]),
}

for si, d in enumerate(D_ := [x for x in D if x[0] in SHEETS]):
    P = 3 + si
    name, short, ka, kind = d[0], d[1], d[2], d[3]
    S = SHEETS[name]
    fy = [figs(d, i) for i in range(4)]
    desc = name == "住宅使用料"          # year columns in descending order on this sheet
    order = list(range(4))[::-1] if desc else list(range(4))
    # label/value strip; for 国保 a single cell holding label and value
    if name == "国民健康保険税":
        strip = (f'<table class="strip" style="width:100%"><tr><td class="l">債権名　{e(name)}</td>'
                 f'<td class="l">所管課　{e(ka)}</td><td class="l">債権の種類　{e(kind)}</td></tr></table>')
    else:
        strip = (f'<table class="strip" style="width:100%"><tr><td class="l">債権名</td><td>{e(name)}</td>'
                 f'<td class="l">所管課</td><td>{e(ka)}</td><td class="l">債権の種類</td><td>{e(kind)}</td></tr></table>')
    # multi-year table: years as columns, metrics as rows (+ R7 目標 column, 備考)
    yh = "".join(f"<th>{RY[YEARS[i]]}決算</th>" for i in order)
    tgt_c, tgt_a = S["tgt"]
    ptc, pta = S["prev_tgt"]
    trs = []
    specs = [("調定額（計）", "ta", "assessed", "total"), ("収入済額（計）", "tc", "collected", "total"),
             ("収納率（現年度分）", ("cc", "ca"), "collection_rate", "current"),
             ("収納率（滞納繰越分）", ("ac", "aa"), "collection_rate", "arrears"),
             ("不納欠損額", "wo", "written_off", "total"), ("収入未済額", "out", "outstanding", "total")]
    for lab, key, metric, seg in specs:
        cells = []
        for i in order:
            f = fy[i]
            yr = YEARS[i]
            if isinstance(key, tuple):
                dec = 2 if seg == "current" else 1
                v = rate(f[key[0]], f[key[1]], dec)
                s = f"{v:.{dec}f}"
                G.fact(P, name, name, yr, f"{RY[yr]}決算", seg, metric, "actual", v, "percent", s)
            else:
                s = comma(f[key])
                G.fact(P, name, name, yr, f"{RY[yr]}決算", seg, metric, "actual", f[key] * 1000, "yen", s)
            cells.append(s)
        # 目標 column (R7) for rates, with previous year's target in brackets
        if metric == "collection_rate":
            t, pt_ = (tgt_c, ptc) if seg == "current" else (tgt_a, pta)
            dec = 2 if seg == "current" else 1
            tcell = f"{t:.{dec}f}（{pt_:.{dec}f}）"
            G.fact(P, name, name, 2025, "R7目標", seg, metric, "target", t, "percent", f"{t:.{dec}f}")
            G.fact(P, name, name, 2024, "R6目標", seg, metric, "target", pt_, "percent", f"{pt_:.{dec}f}")
        else:
            tcell = "－"
        # difference R6 - R5
        a6, a5 = fy[3], fy[2]
        if isinstance(key, tuple):
            dec = 2 if seg == "current" else 1
            dv = round(rate(a6[key[0]], a6[key[1]], dec) - rate(a5[key[0]], a5[key[1]], dec), dec)
            ds = signed(dv, dec)
            G.fact(P, name, name, 2024, "R6決算", seg, "difference", "actual", dv, "points", ds)
        else:
            dv = a6[key] - a5[key]
            ds = signed(dv)
            G.fact(P, name, name, 2024, "R6決算", seg, "difference", "actual", dv * 1000, "yen", ds)
        bik = ""
        if metric == "outstanding":
            arr_out = a6["aa"] - a6["ac"]
            bik = f"うち滞納繰越分 {comma(arr_out)}千円"
            G.fact(P, name, name, 2024, "R6決算", "arrears", "outstanding", "actual", arr_out * 1000, "yen", f"{comma(arr_out)}千円")
        if metric == "written_off" and name == "市税":
            bik = "時効完成・執行停止によるもの"
        trs.append(f"<tr><th style='text-align:left'>{lab}</th>" + "".join(f'<td class="n">{c}</td>' for c in cells) +
                   f'<td class="n">{tcell}</td><td class="n">{ds}</td><td class="small">{e(bik)}</td></tr>')
    multi = (f'<div class="unit">（金額：千円、収納率：％）</div><table class="small" style="width:100%"><tr><th>区分</th>{yh}'
             f'<th>R7目標</th><th>差（R6−R5）</th><th>備考</th></tr>{"".join(trs)}</table>'
             f'<p class="small">※ R7目標欄の（　）内は令和6年度の目標値。差の△はマイナス。</p>')
    # targets vs results with 達成率, years heading rows
    gr = []
    for yr, gv in S["goals"]:
        yi = YEARS.index(yr)
        act = rate(fy[yi]["cc"], fy[yi]["ca"], 2)
        ach = rate(act, gv, 1)
        mark = "※1" if yr == 2024 else ""
        gr.append(f'<tr><td>{RY[yr]}年度</td><td class="n">{gv:.2f}</td><td class="n">{act:.2f}{mark}</td><td class="n">{ach:.1f}</td></tr>')
        G.fact(P, name, name, yr, f"{RY[yr]}年度", "current", "collection_rate", "target", gv, "percent", f"{gv:.2f}")
        G.fact(P, name, name, yr, f"{RY[yr]}年度", "current", "collection_rate", "actual", act, "percent", f"{act:.2f}")
        G.fact(P, name, name, yr, f"{RY[yr]}年度", "current", "achievement_rate", "actual", ach, "percent", f"{ach:.1f}")
    goal = ('<h3>２　目標と実績（現年度分収納率）</h3><table class="small"><tr><th>年度</th><th>目標（％）</th><th>実績（％）</th>'
            f'<th>達成率（％）</th></tr>{"".join(gr)}</table><p class="small">※1 令和6年度実績は決算確定値。達成率＝実績÷目標×100</p>')
    # 現状と課題 (figures in a paragraph held in a cell)
    dout = fy[2]["out"] - fy[3]["out"]
    cur6 = rate(fy[3]["cc"], fy[3]["ca"], 2)
    arr6 = rate(fy[3]["ac"], fy[3]["aa"], 1)
    issue = S["issue"].format(out=comma(fy[3]["out"]), dout=comma(dout), arr=f"{arr6:.1f}", cur=f"{cur6:.2f}")
    G.fact(P, name, name, 2024, "令和6年度末", "total", "outstanding", "actual", fy[3]["out"] * 1000, "yen", f"{comma(fy[3]['out'])}千円")
    G.fact(P, name, name, 2024, "令和6年度末", "total", "difference", "actual", -dout * 1000, "yen", f"{comma(dout)}千円減少")
    if "{arr}" in S["issue"]:
        G.fact(P, name, name, 2024, "令和6年度末", "arrears", "collection_rate", "actual", arr6, "percent", f"{arr6:.1f}％")
    if "{cur}" in S["issue"]:
        G.fact(P, name, name, 2024, "令和6年度末", "current", "collection_rate", "actual", cur6, "percent", f"{cur6:.2f}％")
    # 取組 table: progress column with blank header
    irows = []
    for lab, tx, st, prog in S["items"]:
        irows.append(f'<tr><td style="text-align:center">{lab}</td><td>{e(tx)}【{st}】</td><td style="text-align:center">{prog}</td></tr>')
        G.init(P, name, 2025, "令和7年度の取組", lab, tx, st)
    itab = ('<table class="small" style="width:100%"><tr><th style="width:8mm">No</th><th>令和7年度の取組内容</th>'
            f'<th style="width:12mm"></th></tr>{"".join(irows)}</table>'
            '<p class="small">◎：実施済　○：実施中　△：検討中（令和7年9月末現在）</p>')
    body = f"""
<h2>資料2-{si + 1}　取組個票（{e(name)}）</h2>
{strip}
<h3>１　収納状況の推移</h3>
{multi}
<div class="two">
<div style="flex:1">{goal}</div>
<div style="flex:1.6"><h3>３　現状と課題・取組</h3>
<table class="small" style="width:100%"><tr><th style="width:22mm">現状と課題</th><td>{e(issue)}</td></tr></table>
<div style="height:2mm"></div>{itab}</div>
</div>
"""
    page(P, body)

doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
import fitz  # noqa: E402
n = fitz.open(out).page_count
gp = G.write(out, n)
pages_, bad = check(out, gp)
print(STEM, "pages", pages_, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:20]:
    print("  ", b)
