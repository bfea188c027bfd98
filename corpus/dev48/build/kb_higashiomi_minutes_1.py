"""kb_higashiomi_minutes_1: 東近江市議会 総務常任委員会記録 (minutes), HTML/CSS printed by headless Chromium.
Run from corpus/dev48:  python3 build/kb_higashiomi_minutes_1.py"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_common import Gold, c, rate, pct, zen, check_pdf  # noqa: E402

STEM = "kb_higashiomi_minutes_1"
TITLE = "令和７年度第２回 東近江市議会総務常任委員会記録"
G = Gold(STEM, "minutes", "iinkai_kiroku", "東近江市", TITLE, "2025-09-17", "令和７年９月１７日（水）")
WORK = Path("/tmp/kb_work")

# ------------------------------------------------------------ data (千円) -----------------------
P = {
    "市税": ("市税", "市税", dict(cur={2023: 16820412, 2024: 17046318}, cr={2023: 99.12, 2024: 99.21}, arr0=520318,
                                ar={2023: 27.80, 2024: 29.60}, wo={2023: 6.2, 2024: 6.6})),
    "国民健康保険料": ("国民健康保険税", "国保税", dict(cur={2023: 2486530, 2024: 2412806}, cr={2023: 95.41, 2024: 95.68},
                                             arr0=452118, ar={2023: 20.60, 2024: 21.45}, wo={2023: 8.2, 2024: 8.0})),
    "介護保険料": ("介護保険料", "介護料", dict(cur={2023: 2168772, 2024: 2215040}, cr={2023: 99.30, 2024: 99.34},
                                       arr0=33518, ar={2023: 17.10, 2024: 18.90}, wo={2023: 17.5, 2024: 16.8})),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", "後期高齢", dict(cur={2023: 1302455, 2024: 1385612},
                                                     cr={2023: 99.58, 2024: 99.55}, arr0=7120,
                                                     ar={2023: 40.90, 2024: 42.30}, wo={2023: 8.6, 2024: 8.1})),
    "保育料": ("保育料", "保育料", dict(cur={2023: 212604, 2024: 205318}, cr={2023: 98.86, 2024: 99.02}, arr0=15890,
                                ar={2023: 22.80, 2024: 24.60}, wo={2023: 6.9, 2024: 6.5})),
}
D = {}
for debt, (_, _, p) in P.items():
    D[debt] = {}
    a = p["arr0"]
    for fy in (2023, 2024):
        A = p["cur"][fy]
        C = round(A * p["cr"][fy] / 100)
        aC = round(a * p["ar"][fy] / 100)
        W = round(a * p["wo"][fy] / 100)
        cur = dict(A=A, C=C, W=0, O=A - C)
        arr = dict(A=a, C=aC, W=W, O=a - aC - W)
        D[debt][fy] = dict(current=cur, arrears=arr, total={k: cur[k] + arr[k] for k in "ACWO"})
        a = D[debt][fy]["total"]["O"]


def rt(debt, fy, seg):
    v = D[debt][fy][seg]
    return rate(v["C"], v["A"])


def Z(x: str) -> str:
    return zen(x)


def oku_man(yen_thousand: int) -> tuple[str, int]:
    """千円 -> ('４億３，２００万円', value in yen) rounded to 百万円 (約)."""
    man = round(yen_thousand / 1000) * 100          # 万円, rounded to 100万円
    s = (f"{man // 10000}億" if man >= 10000 else "") + (f"{man % 10000:,}万円" if man % 10000 else "円")
    return Z(s), man * 10000


SEC1 = "所管事務調査「市税等の収納対策について」"
SEC2 = "令和６年度市税等の収納状況について（報告）"
statements = []   # (page, speaker, section, html_text)


def st(page, speaker, section, text):
    statements.append((page, speaker, section, text))


# ---- page 1 statements ---------------------------------------------------------------------------
G.page = 1
st(1, "西澤委員長", SEC1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として「市税等の収納対策について」を"
   "議題とし、あわせて令和６年度の市税等の収納状況について報告を受けます。それでは、執行部から説明を求めます。")
S = "市税"
r_c, r_a, r_t = rt(S, 2024, "current"), rt(S, 2024, "arrears"), rt(S, 2024, "total")
kw = dict(debt=S, debt_raw="市税", fy=2024, fy_raw="令和６年度", basis="actual")
f1 = G.fact(Z(pct(r_c) + "%"), r_c, "percent", "collection_rate", segment="current", **kw)
f2 = G.fact(Z(pct(r_a) + "%"), r_a, "percent", "collection_rate", segment="arrears", **kw)
f3 = G.fact(Z(pct(r_t) + "%"), r_t, "percent", "collection_rate", segment="total", **kw)
dpt = round(r_t - rt(S, 2023, "total"), 2)
f4 = G.fact(Z(pct(dpt)) + "ポイント", dpt, "points", "difference", segment="total", **kw)
o24, o23 = D[S][2024]["total"]["O"], D[S][2023]["total"]["O"]
s_o, v_o = oku_man(o24)
f5 = G.fact("約" + s_o, v_o, "yen", "outstanding", segment="total", approx=True, **kw)
s_d, v_d = oku_man(o23 - o24)
f6 = G.fact("約" + s_d, -v_d, "yen", "difference", segment="total", approx=True, **kw)
W_yen = D[S][2024]["total"]["W"] * 1000 + 456
f7 = G.fact(Z(f"{W_yen:,}円"), W_yen, "yen", "written_off", segment="total", **kw)
st(1, "山中納税推進課長", SEC1,
   f"資料１をご覧ください。令和６年度の市税の収納率は、現年課税分が{f1}、滞納繰越分が{f2}で、合計では{f3}となり、"
   f"前年度と比べて{f4}上昇いたしました。収入未済額は{f5}で、前年度から{f6}減少しております。"
   f"また、不納欠損額は{f7}で、その大半は滞納処分の執行停止後３年を経過したものでございます。")

# ---- page 2 --------------------------------------------------------------------------------------
G.page = 2
st(2, "大橋委員", SEC1, "滞納繰越分の収納率が上がった要因について伺います。また、５年度と比べて滞納者数はどのように推移しているのか、"
   "あわせてお聞きします。")
dl24 = G.fact(Z("2,315人"), 2315, "persons", "delinquents", S, "市税", 2024, "令和６年度末", "total", "actual")
dl23 = G.fact(Z("2,478人"), 2478, "persons", "delinquents", S, "市税", 2023, "５年度末", "total", "actual")
st(2, "山中納税推進課長", SEC1,
   "滞納繰越分につきましては、滞納整理の早期着手を徹底し、納付に応じない方には預貯金や給与の差押えを行ってまいりました。"
   f"滞納者数は、令和６年度末で{dl24}となり、５年度末の{dl23}から{Z('163')}人減少しております。"
   f"差押件数は{Z('612')}件で、その約８割が預貯金の差押えでございます。")
N = "国民健康保険料"
st(2, "村田委員", SEC1, "国民健康保険税の状況はいかがでしょうか。")
n_c, n_a = rt(N, 2024, "current"), rt(N, 2024, "arrears")
kwn = dict(debt=N, debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", basis="actual")
g1 = G.fact(Z(pct(n_c) + "%"), n_c, "percent", "collection_rate", segment="current", **kwn)
g2 = G.fact(Z(pct(n_a) + "%"), n_a, "percent", "collection_rate", segment="arrears", **kwn)
no24, no23 = D[N][2024]["total"]["O"], D[N][2023]["total"]["O"]
s1, v1 = oku_man(no24)
g3 = G.fact("約" + s1, v1, "yen", "outstanding", segment="total", approx=True, **kwn)
s2, v2 = oku_man(no23 - no24)
g4 = G.fact("約" + s2, -v2, "yen", "difference", segment="total", approx=True, **kwn)
dn = round(n_c - rt(N, 2023, "current"), 2)
g5 = G.fact(Z(pct(dn)) + "ポイント", dn, "points", "difference", segment="current", **kwn)
st(2, "北川保険年金課長", SEC1,
   f"国民健康保険税は、令和６年度の現年課税分の収納率が{g1}、滞納繰越分が{g2}でございます。現年課税分は前年度より{g5}"
   f"改善いたしました。収入未済額は{g3}で、被保険者数の減少もあり、前年度から{g4}減少しております。")
st(2, "中川委員", SEC1, "今年度の途中経過について、分かる範囲でお示しください。")
h1 = G.fact(Z("42.18%"), 42.18, "percent", "collection_rate", S, "市税", 2025, "令和７年８月末", "current", "interim",
            "2025-08-31")
h2 = G.fact(Z("0.56") + "ポイント", 0.56, "points", "difference", S, "市税", 2025, "令和７年８月末", "current", "interim",
            "2025-08-31")
h3 = G.fact(Z("41.62%"), 41.62, "percent", "collection_rate", S, "市税", 2024, "前年同月", "current", "interim",
            "2024-08-31")
st(2, "山中納税推進課長", SEC1,
   f"令和７年８月末時点の市税の現年課税分の収納率は{h1}で、前年同月の{h3}を{h2}上回っております。"
   "引き続き、口座振替の推進と早期の催告に努めてまいります。")

# ---- page 3 --------------------------------------------------------------------------------------
G.page = 2
st(2, "竹内委員", SEC1, "保育料の滞納について、世帯数と今後の対応を伺います。")
H = "保育料"
kwh = dict(debt=H, debt_raw="保育料", fy=2024, fy_raw="令和６年度", basis="actual")
k1 = G.fact(Z(pct(rt(H, 2024, "current")) + "%"), rt(H, 2024, "current"), "percent", "collection_rate",
            segment="current", **kwh)
k2 = G.fact(Z(pct(rt(H, 2024, "arrears")) + "%"), rt(H, 2024, "arrears"), "percent", "collection_rate",
            segment="arrears", **kwh)
k3 = G.fact(Z("46世帯"), 46, "households", "delinquents", H, "保育料", 2024, "令和６年度末", "total", "actual")
st(2, "林こども・若者部長", SEC1,
   f"保育料は、令和６年度の現年度分の収納率が{k1}、滞納繰越分が{k2}で、令和６年度末の滞納世帯数は{k3}でございます。"
   "児童手当からの特別徴収の同意取得を進めるとともに、卒園後の世帯には文書と電話による催告を継続してまいります。")
G.page = 3
st(3, "吉川委員", SEC1, "長期的に見て、市税の収納率はどのように推移してきたのでしょうか。")
HIST = [("平成２９年度（２０１７年度）", 2017, 95.46), ("令和元年度", 2019, 96.02), ("令和二年度", 2020, 95.88),
        ("２０２３年度（Ｒ５）", 2023, rt(S, 2023, "total"))]
hs = [G.fact(Z(pct(v) + "%"), v, "percent", "collection_rate", S, "市税", fy, raw, "total", "actual")
      for raw, fy, v in HIST]
st(3, "山中納税推進課長", SEC1,
   f"市税の合計の収納率は、平成２９年度（２０１７年度）の{hs[0]}から、令和元年度には{hs[1]}となりました。令和二年度は"
   f"新型コロナウイルス感染症に係る徴収猶予の特例の影響で{hs[2]}に低下しましたが、２０２３年度（Ｒ５）は{hs[3]}まで回復し、"
   "令和６年度は先ほど申し上げたとおりでございます。")
st(3, "西澤委員長", SEC1, "ほかに質疑はありませんか。")
st(3, "西澤委員長", SEC1, "質疑なしと認めます。以上で所管事務調査を終わります。次に、令和６年度市税等の収納状況について、報告を求めます。")
st(3, "堀総務部長", SEC2,
   "お手元の資料２により、主な債権の収納率の推移をご報告いたします。介護保険料は現年度分で前年度を上回りましたが、"
   "後期高齢者医療保険料は現年度分でわずかに前年度を下回りました。今後も関係課と連携し、収納率の向上と収入未済額の縮減に取り組んでまいります。")
st(3, "西澤委員長", SEC2, "以上で本日の日程は全て終了いたしました。これをもって総務常任委員会を閉会いたします。")

# ---- page 4: 配付資料 ------------------------------------------------------------------------------
G.page = 4
SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
rows = []
tot = {s: dict(A=0, C=0) for s, _ in SEGS}
for debt, (name, short, _) in P.items():
    tds = [f'<th class="rl">{name}</th>']
    for seg, _ in SEGS:
        v = D[debt][2024][seg]
        kw = dict(debt=debt, debt_raw=name, fy=2024, fy_raw="令和６年度", segment=seg, basis="actual")
        tds.append(f'<td>{G.fact(c(v["A"]), v["A"] * 1000, "yen", "assessed", **kw)}</td>')
        tds.append(f'<td>{G.fact(c(v["C"]), v["C"] * 1000, "yen", "collected", **kw)}</td>')
        x = rate(v["C"], v["A"])
        tds.append(f'<td>{G.fact(pct(x), x, "percent", "collection_rate", **kw)}</td>')
        tot[seg]["A"] += v["A"]
        tot[seg]["C"] += v["C"]
    rows.append("<tr>" + "".join(tds) + "</tr>")
tds = ['<th class="rl">合　計</th>']
for seg, _ in SEGS:
    kw = dict(debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度", segment=seg, basis="actual")
    A, C = tot[seg]["A"], tot[seg]["C"]
    tds += [f'<td>{G.fact(c(A), A * 1000, "yen", "assessed", **kw)}</td>',
            f'<td>{G.fact(c(C), C * 1000, "yen", "collected", **kw)}</td>',
            f'<td>{G.fact(pct(rate(C, A)), rate(C, A), "percent", "collection_rate", **kw)}</td>']
rows.append('<tr class="sum">' + "".join(tds) + "</tr>")
table1 = "\n".join(rows)

rows2 = []
i = 0
for debt, (name, short, _) in P.items():
    for seg, segname in SEGS[:2]:
        a, b = rt(debt, 2023, seg), rt(debt, 2024, seg)
        d = round(b - a, 2)
        kw = dict(debt=debt, debt_raw=short, segment=seg, basis="actual")
        ta = G.fact(pct(a), a, "percent", "collection_rate", fy=2023, fy_raw="前年度", **kw)
        tb = G.fact(pct(b), b, "percent", "collection_rate", fy=2024, fy_raw="本年度", **kw)
        td = G.fact(("▲" if d < 0 else "") + pct(abs(d)), d, "points", "difference", fy=2024, fy_raw="本年度", **kw)
        first = f'<th class="rl" rowspan="2">{short}</th>' if seg == "current" else ""
        rows2.append(f'<tr class="{"z" if i % 2 else ""}">{first}<td class="c">{segname}</td><td>{ta}</td><td>{tb}</td>'
                     f'<td>{td}</td></tr>')
    i += 1
table2 = "\n".join(rows2)
st_ = D[S][2024]
ref1 = G.fact(Z("2,315人"), 2315, "persons", "delinquents", S, "市税", 2024, "令和６年度", "total", "actual")
ref2 = G.fact(Z(f"{c(st_['total']['W'])}千円"), st_["total"]["W"] * 1000, "yen", "written_off", S, "市税", 2024,
              "令和６年度", "total", "actual")
ref3 = G.fact(Z(f"{c(st_['total']['O'])}千円"), st_["total"]["O"] * 1000, "yen", "outstanding", S, "市税", 2024,
              "令和６年度", "total", "actual")

# ------------------------------------------------------------ minutes object ---------------------
members = [("委員長", "西澤 宏之"), ("副委員長", "堀田 真理子"), ("委員", "大橋 和夫"), ("委員", "村田 紀子"),
           ("委員", "中川 誠"), ("委員", "岡野 康弘"), ("委員", "竹内 美穂"), ("委員", "吉川 勝也")]
officials = ["総務部長", "税務課長", "納税推進課長", "健康福祉部長", "保険年金課長", "こども・若者部長", "幼児施策課長"]
secretariat = ["議会事務局次長", "議事調査課主査"]
agenda = ["所管事務調査「市税等の収納対策について」", "令和６年度市税等の収納状況について（報告）"]
materials = ["資料１　令和６年度 市税等の収納状況", "資料２　主な債権の収納率の推移"]
G.minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2025-09-17", "method": None,
    "attendees": [{"role": r, "title": None, "name": n.replace(" ", "")} for r, n in members]
    + [{"role": "説明員", "title": t, "name": None} for t in officials]
    + [{"role": "事務局", "title": t, "name": None} for t in secretariat],
    "agenda": agenda, "materials": materials,
    "statements": [{"speaker": sp, "section": sec, "text": tx, "page": p_} for p_, sp, sec, tx in statements],
}


def st_html(page):
    return "\n".join(f'<p class="st"><span class="sp">○{sp}</span>　{tx}</p>' for p_, sp, sec, tx in statements
                     if p_ == page)


def sec_head(page, title):
    return f'<h3>{title}</h3>'


member_html = "、".join(f"{r}　{n}" for r, n in members)
html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'IPAexMincho'; font-size: 10.5pt; line-height: 1.75; color: #000; }}
.page {{ width: 210mm; height: 297mm; box-sizing: border-box; padding: 20mm 20mm 16mm 22mm; position: relative;
        page-break-after: always; overflow: hidden; }}
.page:last-child {{ page-break-after: auto; }}
.foot {{ position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }}
.yr {{ font-family: 'IPAexGothic'; font-size: 11pt; margin: 0; }}
h1 {{ font-family: 'IPAexGothic'; font-size: 16pt; text-align: center; margin: 2mm 0 5mm; font-weight: normal; }}
h2 {{ font-family: 'IPAexGothic'; font-size: 12pt; margin: 5mm 0 2mm; font-weight: normal; }}
h3 {{ font-family: 'IPAexGothic'; font-size: 11pt; margin: 4mm 0 1mm; font-weight: normal; }}
table.hd {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.5; }}
table.hd th {{ background: #e6e6e6; font-family: 'IPAexGothic'; font-weight: normal; width: 34mm; text-align: left;
              border: 0.6pt solid #000; padding: 1.2mm 2mm; vertical-align: top; }}
table.hd td {{ border: 0.6pt solid #000; padding: 1.2mm 2mm; }}
p.st {{ margin: 0 0 2.2mm; text-indent: -1em; padding-left: 1em; }}
.sp {{ font-family: 'IPAexGothic'; }}
.note {{ font-size: 9pt; margin: 1mm 0 3mm 1em; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 8.4pt; line-height: 1.35; font-family: 'IPAexGothic'; }}
table.t th {{ background: #dfe6ef; font-weight: normal; border: 0.5pt solid #444; padding: 1mm 1mm; }}
table.t td {{ border: 0.5pt solid #444; padding: 1mm 1.2mm; text-align: right; }}
table.t td.c {{ text-align: center; }}
table.t th.rl {{ background: #f3f3f3; text-align: left; }}
table.t tr.sum td, table.t tr.sum th {{ background: #eeeeee; }}
table.z2 {{ width: 78%; }}
table.z2 th {{ background: #5a6e86; color: #fff; border: none; }}
table.z2 td, table.z2 th.rl {{ border: none; }}
table.z2 th.rl {{ background: #fff; color: #000; }}
table.z2 tr.z td, table.z2 tr.z th {{ background: #edf1f6; }}
.box {{ border: 0.8pt solid #000; padding: 2mm 4mm; margin-top: 5mm; font-size: 9.5pt; width: 70%; }}
.caption {{ font-family: 'IPAexGothic'; margin: 4mm 0 1mm; }}
.unit {{ float: right; font-size: 8.5pt; font-family: 'IPAexMincho'; }}
</style></head><body>

<section class="page">
<p class="yr">令和７年度第２回</p>
<h1>東近江市議会総務常任委員会記録</h1>
<table class="hd">
<tr><th>開催日時</th><td>令和７年９月１７日（水）午前９時３０分開会　午後０時１２分閉会</td></tr>
<tr><th>開催場所</th><td>本庁舎３階　第１委員会室</td></tr>
<tr><th>出席委員（８名）</th><td>{member_html}</td></tr>
<tr><th>欠席委員</th><td>なし</td></tr>
<tr><th>説明のため出席した者（７名）</th><td>{"・".join(officials)}</td></tr>
<tr><th>事務局職員（２名）</th><td>{"・".join(secretariat)}</td></tr>
<tr><th>案件</th><td>１　{agenda[0]}<br>２　{agenda[1]}</td></tr>
<tr><th>配付資料</th><td>{materials[0]}<br>{materials[1]}</td></tr>
</table>
<h2>会議の経過</h2>
<h3>１　{agenda[0]}</h3>
{st_html(1)}
<div class="foot">－ １ －</div>
</section>

<section class="page">
{st_html(2)}
<div class="foot">－ ２ －</div>
</section>

<section class="page">
{"".join(f'<p class="st"><span class="sp">○{sp}</span>　{tx}</p>' for p_, sp, sec, tx in statements if p_ == 3 and sec == SEC1 and not tx.startswith("質疑なし"))}
<p class="note">（「なし」と呼ぶ者あり）</p>
{"".join(f'<p class="st"><span class="sp">○{sp}</span>　{tx}</p>' for p_, sp, sec, tx in statements if p_ == 3 and tx.startswith("質疑なし"))}
<h3>２　{agenda[1]}</h3>
{"".join(f'<p class="st"><span class="sp">○{sp}</span>　{tx}</p>' for p_, sp, sec, tx in statements if p_ == 3 and sec == SEC2)}
<p class="note" style="text-align:right">午後０時１２分　閉会</p>
<div class="foot">－ ３ －</div>
</section>

<section class="page">
<p class="yr">（委員会配付資料）</p>
<p class="caption">資料１　令和６年度 市税等の収納状況（決算）</p>
<table class="t">
<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr>{"<th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th>" * 3}</tr>
{table1}
</table>
<p class="note">（注）国民健康保険税の調定額には、退職被保険者等分を含む。</p>
<p class="caption">資料２　主な債権の収納率の推移（令和６年度決算）<span class="unit">（単位：％、ポイント）</span></p>
<table class="t z2">
<tr><th>債権</th><th>区分</th><th>前年度</th><th>本年度</th><th>増減</th></tr>
{table2}
</table>
<p class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料。▲は減少。</p>
<div class="box">【参考】令和６年度 市税の状況<br>
・滞納者数：{ref1}<br>
・差押件数：{Z("612")}件<br>
・不納欠損額：{ref2}<br>
・収入未済額：{ref3}</div>
<div class="foot">－ ４ －</div>
</section>
</body></html>"""

WORK.mkdir(exist_ok=True)
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
out = Path("pdf") / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out.resolve()}", src.resolve().as_uri()], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
import fitz  # noqa: E402
n = len(fitz.open(out))
G.write(out, Path("gold") / f"{STEM}.json", n)
sys.exit(1 if check_pdf(out, Path("gold") / f"{STEM}.json") else 0)
