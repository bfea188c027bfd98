"""qj_ibusuki_minutes_1: 令和６年度第２回指宿市債権管理対策会議 会議録（書面開催）.

Tool chain: HTML/CSS (Mincho, memo style) → chromium --headless --print-to-pdf.  Run from corpus/frozen46.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qj_lib import PDF_DIR, WORK, Gold, chromium_pdf, comma, fsigned, fw, gen_debt, kanji_int, oku_man, rate, sen

STEM = "qj_ibusuki_minutes_1"
CITY = "指宿市"
rng = random.Random(4605)
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
# name, section, cur0, growth, cur rates, arr rates, wo, arrears0
DEBTS = [
    ("市税", "一般会計", 4_210_000_000, 0.003, [98.20, 98.31, 98.45, 98.60, 98.74, 98.85], [23.5, 24.6, 25.8, 27.1, 28.0, 29.0], [0.074, 0.071, 0.068, 0.064, 0.060, 0.057], 231_000_000),
    ("保育所保育料", "一般会計", 82_000_000, -0.03, [97.85, 97.96, 98.08, 98.21, 98.33, 98.40], [11.2, 11.9, 12.4, 13.0, 13.6, 14.1], [0.045, 0.043, 0.041, 0.040, 0.038, 0.036], 6_900_000),
    ("市営住宅使用料", "一般会計", 191_000_000, -0.004, [95.31, 95.44, 95.58, 95.70, 95.81, 95.90], [8.9, 9.5, 10.1, 10.6, 11.2, 11.8], [0.020, 0.019, 0.018, 0.018, 0.017, 0.016], 57_800_000),
    ("国民健康保険税", "特別会計", 912_000_000, -0.017, [93.10, 93.42, 93.75, 94.01, 94.28, 94.45], [19.4, 20.3, 21.5, 22.4, 23.2, 24.0], [0.101, 0.097, 0.093, 0.090, 0.087, 0.084], 262_000_000),
    ("介護保険料", "特別会計", 748_000_000, 0.011, [98.52, 98.58, 98.64, 98.71, 98.77, 98.82], [17.0, 17.8, 18.6, 19.5, 20.1, 20.8], [0.131, 0.127, 0.123, 0.119, 0.115, 0.111], 21_600_000),
    ("後期高齢者医療保険料", "特別会計", 358_000_000, 0.023, [99.28, 99.32, 99.36, 99.40, 99.43, 99.46], [33.1, 34.6, 35.8, 37.0, 38.2, 39.1], [0.062, 0.061, 0.060, 0.059, 0.058, 0.057], 4_700_000),
    ("水道料金", "企業会計", 648_000_000, -0.006, [98.62, 98.70, 98.77, 98.84, 98.90, 98.94], [39.6, 40.9, 42.0, 43.1, 44.0, 45.2], [0.036, 0.035, 0.034, 0.033, 0.032, 0.031], 17_300_000),
    ("下水道使用料", "企業会計", 231_000_000, -0.003, [98.74, 98.80, 98.86, 98.91, 98.96, 99.00], [36.8, 37.9, 39.2, 40.3, 41.5, 42.4], [0.030, 0.029, 0.028, 0.027, 0.026, 0.025], 5_200_000),
]
DATA = {}
for name, secn, cur0, g, cr, ar, wo, a0 in DEBTS:
    DATA[name] = gen_debt(rng, YEARS, cur0, g, cr, ar, wo, a0)
NAMES = [d[0] for d in DEBTS]
SECTION = {d[0]: d[1] for d in DEBTS}
# 12月末 interim rates (current, arrears) for 令和5年度 and 令和6年度
R12 = {"市税": {2023: (79.62, 21.4), 2024: (80.05, 22.9)}, "保育所保育料": {2023: (89.40, 9.1), 2024: (90.12, 9.8)},
       "市営住宅使用料": {2023: (88.71, 6.2), 2024: (88.35, 6.9)}, "国民健康保険税": {2023: (61.92, 16.8), 2024: (61.24, 17.5)},
       "介護保険料": {2023: (85.73, 10.9), 2024: (86.11, 11.6)}, "後期高齢者医療保険料": {2023: (79.80, 24.2), 2024: (80.36, 25.3)},
       "水道料金": {2023: (90.84, 30.5), 2024: (91.27, 31.8)}, "下水道使用料": {2023: (91.02, 28.7), 2024: (91.48, 29.9)}}
AS_OF = {2024: "2024-12-31", 2023: "2023-12-31"}


def interim(name, fy):
    ann = DATA[name][fy]
    rc, ra = R12[name][fy]
    ca = int(round(ann["current"]["assessed"] * 0.9962))
    cc = int(round(ca * (rc + rng.uniform(-0.05, 0.05)) / 100))
    aa = ann["arrears"]["assessed"] - int(round(ann["arrears"]["assessed"] * 0.003))
    ac = int(round(aa * (ra + rng.uniform(-0.3, 0.3)) / 100))
    return {"current": {"assessed": ca, "collected": cc}, "arrears": {"assessed": aa, "collected": ac},
            "total": {"assessed": ca + aa, "collected": cc + ac}}


INT = {n: {fy: interim(n, fy) for fy in (2023, 2024)} for n in NAMES}


def isum(fy, names, seg="total"):
    a = sum(INT[n][fy][seg]["assessed"] for n in names)
    c = sum(INT[n][fy][seg]["collected"] for n in names)
    return a, c


G = Gold(STEM, "minutes", "minutes", CITY, "令和６年度第２回指宿市債権管理対策会議 会議録", "2025-02-14", "令和７年２月１４日")
TITLE = "令和６年度第２回指宿市債権管理対策会議 会議録"

MEMBERS = [("会長", "副市長"), ("委員", "総務部長"), ("委員", "市民生活部長"), ("委員", "健康・こども部長"),
           ("委員", "産業振興部長"), ("委員", "建設部長"), ("委員", "教育部長"), ("委員", "水道部長")]
STAFF = [("事務局", "税務課長"), ("事務局", "税務課収納対策係長"), ("事務局", "税務課収納対策係主査")]
AGENDA = ["令和６年度12月末現在の債権の収納状況について", "令和７年度債権管理実施方針（案）について", "私債権の放棄について（報告）"]
MATERIALS = ["資料１　令和６年度12月末現在の債権の収納状況", "資料２　令和７年度債権管理実施方針（案）", "資料３　私債権の放棄について", "別表　主要債権の収納状況（令和６年12月末現在）"]
statements = []


def st(speaker, section, text):
    statements.append({"speaker": speaker, "section": section, "text": text})
    paras = "".join(f"<p class='sp'>{'○' + speaker + '　' if i == 0 else '　'}{t}</p>" for i, t in enumerate(text.split("\n")))
    return paras


# ======================================================================= page 1
def page1():
    mem = "".join(f"<tr><td class='r1'>{r}</td><td>{t}</td></tr>" for r, t in MEMBERS)
    stf = "".join(f"<tr><td class='r1'>{r}</td><td>{t}</td></tr>" for r, t in STAFF)
    ag = "".join(f"<p class='i2'>（{fw(i)}）{a}</p>" for i, a in enumerate(AGENDA, 1))
    mt = "".join(f"<p class='i2'>{m}</p>" for m in MATERIALS)
    return f"""<section class="page">
<p class="right">指宿市総務部税務課</p>
<h1>{TITLE}</h1>
<p class="h1">１　会議名</p><p class="i1">令和６年度第２回指宿市債権管理対策会議</p>
<p class="h1">２　開催日</p><p class="i1">令和７年２月１４日（金）付けで各委員へ資料を送付</p>
<p class="i1">（回答期限　令和７年２月２８日（金））</p>
<p class="h1">３　開催方法</p><p class="i1">書面開催（議題が報告事項及び方針案の確認であるため、書面により意見を聴取した。）</p>
<p class="h1">４　出席者（委員８名、事務局３名）</p>
<table class="att">{mem}</table>
<p class="i1 small">（事務局）</p>
<table class="att">{stf}</table>
<p class="h1">５　議題</p>{ag}
<p class="h1">６　配付資料</p>{mt}
</section>"""


# ======================================================================= page 2: 会議の概要
def page2():
    pg = 2
    a24, c24 = isum(2024, NAMES)
    a23, c23 = isum(2023, NAMES)
    r24, r23 = rate(c24, a24, 1), rate(c23, a23, 1)
    d = round(r24 - r23, 1)
    G.fact(pg, None, None, 2024, "令和６年12月末現在", "total", "collection_rate", "interim", r24, "percent", f"{fw(f'{r24:.1f}')}％", as_of=AS_OF[2024])
    G.fact(pg, None, None, 2024, "令和６年12月末現在", "total", "difference", "interim", d, "points", f"{fw(f'{abs(d):.1f}')}ポイント", as_of=AS_OF[2024])
    s = INT["市税"]
    sc = rate(s[2024]["current"]["collected"], s[2024]["current"]["assessed"])
    sa = rate(s[2024]["arrears"]["collected"], s[2024]["arrears"]["assessed"], 1)
    sa23 = rate(s[2023]["arrears"]["collected"], s[2023]["arrears"]["assessed"], 1)
    col_s, col_v = oku_man(s[2024]["total"]["collected"], 1_000_000)
    G.fact(pg, "市税", "市税", 2024, "令和６年12月末現在", "current", "collection_rate", "interim", sc, "percent", f"{fw(f'{sc:.2f}')}％", as_of=AS_OF[2024])
    G.fact(pg, "市税", "市税", 2024, "令和６年12月末現在", "total", "collected", "interim", col_v, "yen", f"約{fw(col_s)}", approx=True, as_of=AS_OF[2024])
    G.fact(pg, "市税", "市税", 2024, "令和６年12月末現在", "arrears", "collection_rate", "interim", sa, "percent", f"{fw(f'{sa:.1f}')}％", as_of=AS_OF[2024])
    G.fact(pg, "市税", "市税", 2023, "前年同月", "arrears", "collection_rate", "interim", sa23, "percent", f"{fw(f'{sa23:.1f}')}％", as_of=AS_OF[2023])
    rep = st("税務課長", "（１）事務局からの報告",
             f"資料１及び別表により、令和６年12月末現在の債権の収納状況を報告する。主要８債権全体の収納率は{fw(f'{r24:.1f}')}％で、"
             f"前年同月と比べ{fw(f'{abs(d):.1f}')}ポイント{'上昇' if d >= 0 else '低下'}した。"
             f"\n市税は、現年課税分の収納率が{fw(f'{sc:.2f}')}％、収入済額は約{fw(col_s)}となっている。滞納繰越分は、"
             f"預貯金の差押えを前倒しで実施したことにより、収納率が{fw(f'{sa:.1f}')}％（前年同月{fw(f'{sa23:.1f}')}％）に改善した。"
             "\n資料２の実施方針（案）は、現年度分の早期接触の徹底、滞納繰越分の計画的な整理、私債権の法的措置の推進の３点を柱とするものである。"
             "資料３は、債権管理条例第１０条の規定により放棄した私債権の報告である。")
    # (2) 委員意見
    k = INT["国民健康保険税"]
    kc24 = rate(k[2024]["current"]["collected"], k[2024]["current"]["assessed"])
    kc23 = rate(k[2023]["current"]["collected"], k[2023]["current"]["assessed"])
    op1 = st("市民生活部長", "（２）委員からの意見及び事務局の回答",
             "国民健康保険税の現年分の収納率が前年同月を下回っている。被保険者の減少が続く中で、収納率を維持するための対策が必要ではないか。")
    G.fact(pg, "国民健康保険税", "国民健康保険税", 2024, "12月末", "current", "collection_rate", "interim", kc24, "percent", f"{fw(f'{kc24:.2f}')}％", as_of=AS_OF[2024])
    G.fact(pg, "国民健康保険税", "国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", kc23, "percent", f"{fw(f'{kc23:.2f}')}％", as_of=AS_OF[2023])
    an1 = st("税務課長", "（２）委員からの意見及び事務局の回答",
             f"国民健康保険税の12月末の現年分収納率は{fw(f'{kc24:.2f}')}％で、前年同月の{fw(f'{kc23:.2f}')}％を下回っている。"
             "１月以降、納期限を過ぎた世帯への電話催告を強化するとともに、資格喪失世帯への納付勧奨を市民生活部と連携して行う。")
    h = INT["保育所保育料"]
    hc = rate(h[2024]["current"]["collected"], h[2024]["current"]["assessed"])
    G.fact(pg, "保育所保育料", "保育所保育料", 2024, "12月末", "current", "collection_rate", "interim", hc, "percent", f"{fw(f'{hc:.2f}')}％", as_of=AS_OF[2024])
    op2 = st("健康・こども部長", "（２）委員からの意見及び事務局の回答",
             f"保育所保育料の12月末の現年分収納率は{fw(f'{hc:.2f}')}％と前年同月を上回っている。児童手当からの徴収について、"
             "同意の取得をさらに進めるよう所管課に指示した。")
    ju = DATA["市営住宅使用料"][2023]["total"]["outstanding"]
    ju_s, ju_v = oku_man(ju, 10_000)
    G.fact(pg, "市営住宅使用料", "市営住宅使用料", 2023, "令和５年度決算", "total", "outstanding", "actual", ju_v, "yen", f"約{fw(ju_s)}", approx=True)
    op3 = st("建設部長", "（２）委員からの意見及び事務局の回答",
             f"市営住宅使用料の収入未済額は、令和５年度決算で約{fw(ju_s)}あり、その多くが退去者に係るものである。"
             "資料２の方針案にある法的措置の推進について、事務局の支援を求めたい。")
    an2 = st("税務課長", "（２）委員からの意見及び事務局の回答",
             "私債権の法的措置については、事務局で支払督促の手続の手引を改訂し、所管課の申立てを支援する。令和７年度は、"
             "退去者の未納分のうち高額なものから順次、支払督促を申し立てる計画とする。")
    return f"""<section class="page">
<p class="h1">７　会議の概要</p>
<p class="h2">（１）事務局からの報告</p>
<p class="i2">ア　資料の送付</p>
<p class="i3">令和７年２月１４日付けで、議題に係る資料を各委員に送付し、意見及び議題（２）に対する可否の回答を求めた。</p>
<p class="i2">イ　報告の要旨</p>
<div class="i3">{rep}</div>
<p class="h2">（２）委員からの意見及び事務局の回答</p>
<p class="i2">ア　収納状況について</p>
<div class="i3">{op1}{an1}</div>
<p class="i2">イ　保育料・住宅使用料について</p>
<div class="i3">{op2}{op3}{an2}</div>
</section>"""


# ======================================================================= page 3
def page3():
    pg = 3
    w = INT["水道料金"]
    wc = rate(w[2024]["current"]["collected"], w[2024]["current"]["assessed"], 1)
    G.fact(pg, "水道料金", "水道料金", 2024, "12月末", "current", "collection_rate", "interim", wc, "percent", f"{fw(f'{wc:.1f}')}％", as_of=AS_OF[2024])
    op4 = st("水道部長", "（２）委員からの意見及び事務局の回答",
             f"水道料金の12月末の現年分収納率は{fw(f'{wc:.1f}')}％である。給水停止の予告を行う前に、福祉部門と情報を共有する仕組みを設けたい。")
    # 会長: settled figures R5 vs R1
    o23 = sum(DATA[n][2023]["total"]["outstanding"] for n in NAMES)
    o19 = sum(DATA[n][2019]["total"]["outstanding"] for n in NAMES)
    s23, v23 = oku_man(o23, 1_000_000)
    s19, v19 = oku_man(o19, 1_000_000)
    sd, vd = oku_man(o19 - o23, 1_000_000)
    G.fact(pg, None, None, 2023, "令和５年度決算", "total", "outstanding", "actual", v23, "yen", f"約{fw(s23)}", approx=True)
    G.fact(pg, None, None, 2019, "令和元年度", "total", "outstanding", "actual", v19, "yen", f"約{fw(s19)}", approx=True)
    G.fact(pg, None, None, 2023, "令和５年度決算", "total", "difference", "actual", -vd, "yen", f"約{fw(sd)}", approx=True)
    op5 = st("副市長", "（３）会長総括",
             f"主要８債権の収入未済額は、令和５年度決算で約{fw(s23)}となり、令和元年度の約{fw(s19)}から約{fw(sd)}縮減した。"
             "各部においては、年度末に向けて現年度分の収納を最優先に取り組むとともに、令和７年度の実施方針に沿って、"
             "回収が困難な債権の整理を計画的に進めていただきたい。")
    # 【参考】 box
    items = []
    for fy in (2019, 2020, 2021, 2022, 2023):
        v = sum(DATA[n][fy]["total"]["outstanding"] for n in NAMES)
        s_, val = oku_man(v, 1_000_000)
        lab = {2019: "令和元年度", 2020: "令和二年度", 2021: "令和三年度", 2022: "令和四年度", 2023: "令和五年度"}[fy]
        items.append(f"<li>{lab}：約{s_}</li>")
        G.fact(pg, None, "主要８債権", fy, lab, "total", "outstanding", "actual", val, "yen", f"約{s_}", approx=True)
    box = f"""<div class="ref"><p class="rt">【参考】主要８債権の収入未済額の推移（各年度決算）</p><ul>{''.join(items)}</ul></div>"""
    return f"""<section class="page">
<p class="i2">ウ　水道料金について</p>
<div class="i3">{op4}</div>
<p class="h2">（３）議題の取扱い</p>
<p class="i2">ア　議題（１）及び（３）は報告事項であり、各委員に了知された。</p>
<p class="i2">イ　議題（２）については、委員８名全員から承認する旨の回答があったため、原案のとおり決定した。</p>
<p class="i2">ウ　会長総括</p>
<div class="i3">{op5}</div>
{box}
<p class="right">以上</p>
</section>"""


# ======================================================================= page 4: 別表
def page4():
    pg = 4
    rows = []
    secs = [("一般会計", "【一般会計】"), ("特別会計", "【特別会計】"), ("企業会計", "【企業会計】")]
    for key, lab in secs:
        rows.append(f"<tr class='sec'><td colspan='7'>{lab}</td></tr>")
        names = [n for n in NAMES if SECTION[n] == key]
        for n in names:
            rows.append(row(pg, n, n, [n]))
        rows.append(row(pg, None, "小計", names, cls="sub"))
    rows.append(row(pg, None, "合計", NAMES, cls="tot"))
    s = INT["市税"][2024]["arrears"]
    G.fact(pg, "市税", "市税", 2024, "令和６年12月末現在", "arrears", "collected", "interim", sen(s["collected"]) * 1000, "yen", f"{comma(sen(s['collected']))}千円", as_of=AS_OF[2024])
    return f"""<section class="page">
<p class="bt">別表</p>
<p class="cap">主要債権の収納状況（令和６年12月末現在）</p>
<p class="unit">（単位：千円、％）</p>
<table class="hr"><thead><tr><th class="l">債権名</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月<br>調定額</th><th>前年同月<br>収入済額</th><th>前年同月<br>収納率</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="nt">※１　現年度分と滞納繰越分の合計である。前年同月は令和５年12月末現在。</p>
<p class="nt">※２　市税の収入済額のうち、滞納繰越分は {comma(sen(s['collected']))}千円である。</p>
<p class="nt">※３　水道料金及び下水道使用料は、12月検針分までの調定額である。</p>
</section>"""


def row(pg, debt, label, names, cls=""):
    a24, c24 = isum(2024, names)
    a23, c23 = isum(2023, names)
    r24, r23 = rate(c24, a24), rate(c23, a23)
    dr = debt if debt else None
    for fy, a, c, r in ((2024, a24, c24, r24), (2023, a23, c23, r23)):
        raw_fy = "令和６年12月末現在" if fy == 2024 else "前年同月"
        G.fact(pg, dr, label, fy, raw_fy, "total", "assessed", "interim", sen(a) * 1000, "yen", comma(sen(a)), as_of=AS_OF[fy])
        G.fact(pg, dr, label, fy, raw_fy, "total", "collected", "interim", sen(c) * 1000, "yen", comma(sen(c)), as_of=AS_OF[fy])
        G.fact(pg, dr, label, fy, raw_fy, "total", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS_OF[fy])
    cells = [comma(sen(a24)), comma(sen(c24)), f"{r24:.2f}", comma(sen(a23)), comma(sen(c23)), f"{r23:.2f}"]
    return f"<tr class='{cls}'><td class='l'>{'　' if not cls else ''}{label}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>"


CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10.5pt; line-height: 1.75; font-synthesis: none; margin: 0; }
section.page { page-break-after: always; } section.page:last-child { page-break-after: auto; }
h1 { font-family: 'IPAexGothic'; font-weight: normal; font-size: 14pt; text-align: center; margin: 4mm 0 6mm; }
.right { text-align: right; margin: 0; }
p { margin: 0; }
.h1 { font-family: 'IPAexGothic'; margin-top: 3mm; } .h2 { margin-top: 2mm; padding-left: 1em; }
.i1 { padding-left: 2em; } .i2 { padding-left: 2em; } .i3 { padding-left: 3em; }
.small { font-size: 9.5pt; }
table.att { margin-left: 2.5em; border-collapse: collapse; } table.att td { padding: 0 2em 0 0; }
td.r1 { width: 4em; }
p.sp { text-indent: 0; margin-bottom: 1mm; text-align: justify; }
.ref { border: 1px solid #000; padding: 2mm 4mm; margin: 5mm 0 3mm 2em; width: 62%; }
.ref .rt { font-family: 'IPAexGothic'; } .ref ul { margin: 1mm 0 0; padding-left: 1.5em; }
.bt { font-family: 'IPAexGothic'; font-size: 11pt; } .cap { text-align: center; font-family: 'IPAexGothic'; font-size: 12pt; margin: 2mm 0; }
.unit { text-align: right; font-size: 9pt; }
table.hr { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.5; }
table.hr thead th { font-weight: normal; font-family: 'IPAexGothic'; border-top: 1.4px solid #000; border-bottom: 1px solid #000; padding: 1.5mm 1mm; text-align: right; }
table.hr th.l, table.hr td.l { text-align: left; }
table.hr td { padding: 1.2mm 1mm; text-align: right; }
table.hr tr.sec td { font-family: 'IPAexGothic'; padding-top: 2.5mm; text-align: left; }
table.hr tr.tot td { border-top: 1px solid #000; border-bottom: 1.4px solid #000; font-family: 'IPAexGothic'; }
.nt { font-size: 9pt; margin-top: 1mm; }
"""


def main():
    body = page1() + page2() + page3() + page4()
    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style></head><body>{body}</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    pdf = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    chromium_pdf(src, pdf)
    G.minutes = {
        "title": TITLE,
        "meeting_number": 2,
        "date": "2025-02-14",
        "method": "書面開催",
        "attendees": [{"role": r, "title": t, "name": None} for r, t in MEMBERS + STAFF],
        "agenda": AGENDA,
        "materials": MATERIALS,
        "statements": statements,
    }
    G.write(pdf)


if __name__ == "__main__":
    main()
