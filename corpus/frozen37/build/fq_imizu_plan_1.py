"""fq_imizu_plan_1: 第３次射水市債権管理計画（令和７年度～令和９年度）.

Tool chain: HTML/CSS (named landscape page, CSS columns) -> chromium --headless --print-to-pdf.
Run from corpus/frozen37:  python3 build/fq_imizu_plan_1.py
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

STEM = "fq_imizu_plan_1"
CITY = "射水市"
TITLE = "第３次射水市債権管理計画"
ACT = [2021, 2022, 2023]      # 決算
EST = 2024                    # 見込
TGT = [2025, 2026, 2027]      # 目標

DEBTS = [
    dict(name="市税", short="市税", dept="税務課", cur=13120000, cr=98.90, ar=27.0, arr0=521400, wo=18200, grow=1.008),
    dict(name="国民健康保険税", short="国保税", dept="保険年金課", cur=2150400, cr=94.80, ar=21.0, arr0=508300, wo=14100,
         grow=0.982),
    dict(name="介護保険料", short="介護料", dept="介護保険課", cur=2180600, cr=99.10, ar=16.0, arr0=47900, wo=3800,
         grow=1.015),
    dict(name="保育所保育料", short="保育料", dept="こども課", cur=205300, cr=98.40, ar=22.0, arr0=16600, wo=700,
         grow=0.975),
    dict(name="下水道使用料", short="下水道", dept="上下水道局営業課", cur=1720800, cr=98.60, ar=30.0, arr0=61800,
         wo=2600, grow=0.997),
]


def gen(d, seed):
    rnd = random.Random(seed)
    out = {}
    arr_a, cur_a = d["arr0"], d["cur"]
    for y in ACT + [EST]:
        cr = d["cr"] + rnd.uniform(-0.2, 0.25) + (y - 2021) * 0.07
        ar = d["ar"] + rnd.uniform(-1.5, 1.5) + (y - 2021) * 0.5
        cc, ac = round(cur_a * cr / 100), round(arr_a * ar / 100)
        wo = round(d["wo"] * rnd.uniform(0.85, 1.2))
        o = cur_a + arr_a - cc - ac - wo
        out[y] = dict(cur_a=cur_a, arr_a=arr_a, cur_c=cc, arr_c=ac, wo=wo, out=o, a=cur_a + arr_a, c=cc + ac,
                      cur_r=pct_rate(cc, cur_a), arr_r=pct_rate(ac, arr_a), tot_r=pct_rate(cc + ac, cur_a + arr_a))
        arr_a, cur_a = o, round(cur_a * d["grow"] * rnd.uniform(0.996, 1.008))
    last = out[EST]
    for k, y in enumerate(TGT, 1):
        out[y] = dict(cur_r=round(last["cur_r"] + 0.05 * k + 0.03, 2), arr_r=round(last["arr_r"] + 0.8 * k, 2),
                      out=int(round(last["out"] * (1 - 0.04 * k), -3 if last["out"] > 100000 else -2)))
    return out


DATA = {d["name"]: gen(d, 31 + i) for i, d in enumerate(DEBTS)}


def mil(v_k):
    """千円 -> 百万円 string with one decimal and its yen value."""
    m = round(v_k / 100) / 10
    return f"{m:,.1f}", int(round(m * 10)) * 100000


def manyen_approx(v_k, unit_man=10):
    """千円 -> '約X億Y万円' rounded to unit_man 万円; returns (text, yen)."""
    man = round(v_k / 10 / unit_man) * unit_man
    oku, rest = divmod(man, 10000)
    txt = f"約{oku}億{rest:,}万円" if oku else f"約{rest:,}万円"
    if oku and rest == 0:
        txt = f"約{oku}億円"
    return txt, man * 10000


INITS = {
    "市税": [
        ("（１）現年度分の徴収強化", [
            ("ア", "納期限後２０日以内に督促状を送付し、その後１か月以内に電話・ＳＭＳによる催告を行う。", "継続"),
            ("イ", "スマートフォン決済及び地方税統一ＱＲコードによる納付を周知し、納期内納付の割合を高める。", "拡充")]),
        ("（２）滞納繰越分の整理", [
            ("ア(ｱ)", "預貯金調査を電子照会サービスにより全件実施し、調査期間を短縮する。", "拡充"),
            ("ア(ｲ)", "給与照会の結果を３か月以内に差押えへつなげる進行管理表を作成する。", "新規"),
            ("イ", "富山県と共同して高額・困難事案の滞納整理を行い、捜索・公売を実施する。", "継続")]),
    ],
    "国民健康保険税": [
        ("（１）現年度分の徴収強化", [
            ("ア", "資格取得の届出時に口座振替を原則とし、金融機関の窓口に行かずに申込みができる手続を案内する。", "継続"),
            ("イ", "納期限を過ぎた世帯に、納付相談の予約ができる案内文を送付する。", "新規")]),
        ("（２）滞納繰越分の整理", [
            ("ア", "税務課と滞納情報を共有し、市税と併せた一体的な滞納処分を行う。", "継続"),
            ("イ", "資力がないと判断される世帯は、執行停止を適正に判断する。", "継続")]),
    ],
    "介護保険料": [
        ("（１）現年度分の徴収強化", [
            ("ア", "特別徴収に切り替わるまでの期間の納付について、資格取得時に個別に案内する。", "継続")]),
        ("（２）滞納繰越分の整理", [
            ("ア", "給付制限の事前通知を活用し、時効の到来前に納付相談を行う。", "拡充")]),
    ],
    "保育所保育料": [
        ("（１）現年度分の徴収強化", [
            ("ア", "入所決定通知に口座振替依頼書を同封し、口座振替を原則とする。", "継続"),
            ("イ", "児童手当からの徴収の申出を入所説明会で案内する。", "継続")]),
        ("（２）滞納繰越分の整理", [
            ("ア", "卒園した世帯の滞納分について、財産調査の結果に基づき滞納処分を行う。", "新規")]),
    ],
    "下水道使用料": [
        ("（１）現年度分の徴収強化", [
            ("ア", "水道料金と併せた給水停止予告により、早期の納付を促す。", "継続")]),
        ("（２）滞納繰越分の整理", [
            ("ア", "転居先が判明しない滞納者について、住民票等の調査を行う。", "継続"),
            ("イ", "徴収が見込めない少額の滞納分は、債権管理条例に基づき放棄の手続を行う。", "新規")]),
    ],
}

CSS = """
@page { size: A4; margin: 16mm 16mm 14mm 16mm; }
@page land { size: A4 landscape; margin: 12mm 14mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexMincho'; font-size: 9.8pt; margin: 0; line-height: 1.6; }
.page { page-break-after: always; position: relative; height: 262mm; display: flow-root; }
.page.land { page: land; height: 182mm; }
.page:last-child { page-break-after: auto; }
.g { font-family: 'IPAexGothic'; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #1f4e79; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 3mm 0 1.5mm; color: #1f4e79; }
h3 { font-family: 'IPAexGothic'; font-size: 10pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.5mm; text-indent: 1em; text-align: justify; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #555; padding: 0.5mm 1.5mm; font-size: 8.5pt; line-height: 1.35; }
th { font-family: 'IPAexGothic'; font-weight: normal; background: #d6e2f0; }
td.n { text-align: right; }
td.c { text-align: center; }
tr.z td { background: #f1f5fa; }
tr.t td { font-family: 'IPAexGothic'; background: #e4e4e4; }
.capbox { border: 1pt solid #1f4e79; padding: 2mm 3mm 1.5mm; }
.cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 0 0 1mm; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.note { font-size: 8pt; margin: 0.5mm 0; text-indent: 0; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
.cover { text-align: center; }
.cover .t1 { font-family: 'IPAexGothic'; font-size: 26pt; margin-top: 70mm; letter-spacing: 2pt; }
.cover .t2 { font-size: 14pt; margin-top: 8mm; }
.cover .t3 { font-size: 13pt; margin-top: 95mm; }
.toc td { border: none; font-size: 11pt; padding: 2mm 1mm; }
.sheet { border: 1pt solid #333; padding: 1.5mm 3mm; margin-bottom: 2.5mm; }
.sheet td, .sheet th { font-size: 8pt; padding: 0.2mm 1.5mm; }
.sheet h3 { margin: 1.2mm 0 0.5mm; font-size: 9.5pt; }
.lv { display: flex; border: 0.8pt solid #333; margin-bottom: 1.5mm; }
.lv div { padding: 1mm 2mm; font-size: 9.5pt; }
.lv .l { background: #1f4e79; color: #fff; font-family: 'IPAexGothic'; }
.item { margin: 0.2mm 0 0.2mm 9mm; text-indent: -4mm; font-size: 8.8pt; line-height: 1.4; }
.item2 { margin: 0.2mm 0 0.2mm 14mm; text-indent: -5mm; font-size: 8.8pt; line-height: 1.4; }
.ttl { margin: 0.3mm 0 0 5mm; font-size: 9pt; text-indent: 0; }
.tag { margin: 0 0 0.3mm 9mm; font-size: 9pt; text-indent: 0; }
"""


def esc(s):
    return html.escape(str(s))


def build():
    g = Gold(STEM, "plan", "plan", CITY, "第３次射水市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")
    pages = []
    # ============ p1 cover
    pages.append("""<div class='page cover'>
<div class='t1'>第３次<br>射水市債権管理計画</div>
<div class='t2'>令和７（2025）年度 ～ 令和９（2027）年度</div>
<div class='t3'>令和７年３月<br><br>射　水　市</div></div>""")
    # ============ p2 目次
    toc = [("第１章　計画の策定にあたって", 3), ("　１　計画策定の趣旨", 3), ("　２　計画の期間", 3),
           ("　３　対象とする債権", 3), ("　４　第２次計画の成果", 3),
           ("第２章　債権の現状と課題", 4), ("第３章　計画期間の目標", 5),
           ("第４章　債権ごとの取組（推進シート）", 6), ("第５章　計画の推進体制", 8)]
    trs = "".join(f"<tr><td>{esc(a)}</td><td style='color:#555;overflow:hidden;white-space:nowrap'>{'・' * 40}</td>"
                  f"<td style='text-align:right'>{b}</td></tr>" for a, b in toc)
    pages.append(f"""<div class='page'><h1 style='text-align:center;border:none;margin-top:20mm'>目　次</h1>
<table class='toc' style='width:85%;margin:12mm auto;table-layout:fixed'><col style='width:55%'><col style='width:37%'><col style='width:8%'>{trs}</table>
<div class='pno'>- 2 -</div></div>""")

    # ============ p3 第１章 two columns, prose figures
    P = 3
    tot = {y: {k: sum(DATA[d['name']][y][k] for d in DEBTS) for k in ("cur_a", "cur_c", "arr_a", "arr_c", "out", "wo")}
           for y in ACT + [EST]}
    r5 = tot[2023]
    out5_txt, out5_v = manyen_approx(r5["out"], 100)
    out1_k = 1213400                       # 令和元年度 (2019) 主要５債権の収入未済額 (千円)
    out1_txt, out1_v = manyen_approx(out1_k, 100)
    diff_v = out5_v - out1_v
    diff_txt = manyen_approx(-diff_v / 1000, 100)[0]
    cur5 = pct_rate(r5["cur_c"], r5["cur_a"])
    cur2 = round(cur5 - 0.46, 2)
    city = DATA["市税"][2023]
    city_txt, city_v = manyen_approx(city["out"], 10)
    kk = DATA["国民健康保険税"][2023]
    kk_txt, kk_v = manyen_approx(kk["out"], 10)
    left = f"""
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２８年に射水市債権管理条例を制定し、全庁的な債権管理の適正化に取り組んできた。
令和４（2022）年度からの第２次計画では、主要５債権について推進シートを作成し、所管課ごとに目標収納率を定めて進行管理を行ってきた。</p>
<p>その結果、令和５（2023）年度決算における主要５債権の収入未済額は{out5_txt}となり、令和元（2019）年度の{out1_txt}から{diff_txt}減少した。
一方で、国民健康保険税の収入未済額は{kk_txt}と依然として多く、被保険者の高齢化や所得の減少を背景に、滞納の長期化が課題となっている。</p>
<p>こうした状況を踏まえ、市民負担の公平性の確保と安定した財源の確保を図るため、第３次射水市債権管理計画を策定する。</p>
<h2>２　計画の期間</h2>
<p>令和７（2025）年度から令和９（2027）年度までの３年間とする。なお、社会経済情勢の変化や制度の改正があった場合は、必要に応じて見直しを行う。</p>"""
    right = f"""
<h2>３　対象とする債権</h2>
<p>令和５（2023）年度決算において収入未済額が生じている全ての債権（３２債権）を対象とする。このうち、収入未済額が大きい市税、国民健康保険税、介護保険料、保育所保育料及び下水道使用料の５債権を主要債権とし、第４章で推進シートを作成する。</p>
<h2>４　第２次計画の成果</h2>
<p>主要５債権の現年度分の収納率は、令和５（2023）年度に{cur5:.2f}％となり、第２次計画の基準とした令和２（2020）年度の{cur2:.2f}％から0.46ポイント上昇した。</p>
<p>市税の収入未済額は{city_txt}となり、滞納繰越分の早期着手と富山県との共同徴収により、計画期間を通じて縮減が進んだ。
一方、保育所保育料及び下水道使用料は、少額の滞納が長期化する傾向があり、債権の放棄を含めた整理の手続を進める必要がある。</p>
<p>第３次計画では、これらの成果と課題を踏まえ、現年度分の徴収の徹底と、徴収が困難な債権の適正な整理を両輪として取り組む。</p>"""
    kw0 = dict(debt=None, debt_raw="主要５債権")
    g.fact(page=P, **kw0, fy=2023, fy_raw="令和５（2023）年度決算", segment="total", metric="outstanding", basis="actual",
           value=out5_v, unit="yen", raw=out5_txt, approx=True)
    g.fact(page=P, **kw0, fy=2019, fy_raw="令和元（2019）年度", segment="total", metric="outstanding", basis="actual",
           value=out1_v, unit="yen", raw=out1_txt, approx=True)
    g.fact(page=P, **kw0, fy=2023, fy_raw="令和５（2023）年度決算", segment="total", metric="difference", basis="actual",
           value=diff_v, unit="yen", raw=diff_txt, approx=True)
    g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和５（2023）年度決算", segment="total",
           metric="outstanding", basis="actual", value=kk_v, unit="yen", raw=kk_txt, approx=True)
    g.fact(page=P, **kw0, fy=2023, fy_raw="令和５（2023）年度", segment="current", metric="collection_rate", basis="actual",
           value=cur5, unit="percent", raw=f"{cur5:.2f}％")
    g.fact(page=P, **kw0, fy=2020, fy_raw="令和２（2020）年度", segment="current", metric="collection_rate", basis="actual",
           value=cur2, unit="percent", raw=f"{cur2:.2f}％")
    g.fact(page=P, **kw0, fy=2023, fy_raw="令和５（2023）年度", segment="current", metric="difference", basis="actual",
           value=round(cur5 - cur2, 2), unit="points", raw="0.46ポイント")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５（2023）年度", segment="total",
           metric="outstanding", basis="actual", value=city_v, unit="yen", raw=city_txt, approx=True)
    pages.append(f"""<div class='page'><h1>第１章　計画の策定にあたって</h1>
<div class='cols'>{left}{right}</div><div class='pno'>- 3 -</div></div>""")

    # ============ p4 第２章: boxed long-format table in 百万円
    P = 4
    rows = ""
    zi = 0
    for y in ACT:
        for d in DEBTS:
            v = DATA[d["name"]][y]
            cells = []
            kw = dict(debt=d["name"], debt_raw=d["name"])
            for key, met in (("a", "assessed"), ("c", "collected"), ("wo", "written_off"), ("out", "outstanding")):
                s, yen = mil(v[key])
                cells.append(f"<td class='n'>{s}</td>")
                g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric=met, basis="actual",
                       value=yen, unit="yen", raw=s)
            cells.append(f"<td class='n'>{v['tot_r']:.2f}</td>")
            g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric="collection_rate",
                   basis="actual", value=v["tot_r"], unit="percent", raw=f"{v['tot_r']:.2f}")
            cls = " class='z'" if zi % 2 else ""
            zi += 1
            rows += f"<tr{cls}><td>{esc(d['name'])}</td><td class='c'>令和{y - 2018}（{y}）年度</td>{''.join(cells)}</tr>"
        t = tot[y]
        cells = []
        kw = dict(debt=None, debt_raw="合計")
        for key, met in (("a", "assessed"), ("c", "collected"), ("wo", "written_off"), ("out", "outstanding")):
            val = t["cur_a"] + t["arr_a"] if key == "a" else (t["cur_c"] + t["arr_c"] if key == "c" else t[key])
            s, yen = mil(val)
            cells.append(f"<td class='n'>{s}</td>")
            g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric=met, basis="actual",
                   value=yen, unit="yen", raw=s)
        tr_ = pct_rate(t["cur_c"] + t["arr_c"], t["cur_a"] + t["arr_a"])
        cells.append(f"<td class='n'>{tr_:.2f}</td>")
        g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment="total", metric="collection_rate", basis="actual",
               value=tr_, unit="percent", raw=f"{tr_:.2f}")
        rows += f"<tr class='t'><td>合計</td><td class='c'>令和{y - 2018}（{y}）年度</td>{''.join(cells)}</tr>"
        zi = 0
    c5 = DATA["市税"][2023]
    s_out, y_out = mil(c5["out"])
    k_txt, k_v = manyen_approx(c5["out"], 10)
    pages.append(f"""<div class='page'><h1>第２章　債権の現状と課題</h1>
<h2>１　主要債権の決算額の推移</h2>
<p>主要５債権の決算額の推移は表１のとおりである。調定額は、市税が増加傾向にある一方で、国民健康保険税及び保育所保育料は減少している。</p>
<div class='cap'>表１　主要債権の決算額の推移（単位：百万円、％）</div>
<div class='capbox'>
<table><tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>{rows}</table>
</div>
<div class='src'>出典：射水市決算書及び各所管課の債権管理台帳（各年度５月31日現在）</div>
<p class='note'>※ 調定額及び収入済額は、現年度分と滞納繰越分の合計。百万円未満を四捨五入しているため、合計が一致しない場合がある。</p>
<h2>２　課題</h2>
<p>市税の令和５年度末の収入未済額は{s_out}百万円（{k_txt}）で、主要５債権の収入未済額の４割以上を占めている。
滞納が長期化すると徴収が困難になることから、滞納の初期段階での対応が引き続き重要である。</p>
<p>また、私債権や非強制徴収公債権では、財産調査の権限がないため、所在や資力の把握に時間を要しており、法的手続や債権放棄の判断基準を明確にする必要がある。</p>
<div class='pno'>- 4 -</div></div>""")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末", segment="total", metric="outstanding",
           basis="actual", value=y_out, unit="yen", raw=f"{s_out}百万円")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末", segment="total", metric="outstanding",
           basis="actual", value=k_v, unit="yen", raw=k_txt, approx=True)

    # ============ p5 landscape: targets table (abbreviated names)
    P = 5
    groups = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate"),
              (2025, "令和７年度", "目標", "target"), (2026, "令和８年度", "目標", "target"),
              (2027, "令和９年度", "目標", "target")]
    h1 = "".join(f"<th colspan='3'>{lab}（{b}）</th>" for y, lab, b, _ in groups)
    h2 = "".join("<th style='font-size:7.5pt'>現年度分<br>収納率</th><th style='font-size:7.5pt'>滞納繰越分<br>収納率</th><th style='font-size:7.5pt'>収入未済額</th>" for _ in groups)
    body = ""
    for d in DEBTS:
        D = DATA[d["name"]]
        kw = dict(debt=d["name"], debt_raw=d["short"])
        cells = ""
        for y, lab, b, basis in groups:
            v = D[y]
            cells += f"<td class='n'>{v['cur_r']:.2f}</td><td class='n'>{v['arr_r']:.2f}</td><td class='n'>{comma(v['out'])}</td>"
            g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="current", metric="collection_rate", basis=basis,
                   value=v["cur_r"], unit="percent", raw=f"{v['cur_r']:.2f}")
            g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="arrears", metric="collection_rate", basis=basis,
                   value=v["arr_r"], unit="percent", raw=f"{v['arr_r']:.2f}")
            g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="total", metric="outstanding", basis=basis,
                   value=v["out"] * 1000, unit="yen", raw=comma(v["out"]))
        body += f"<tr><td style='white-space:nowrap'>{esc(d['short'])}</td>{cells}</tr>"
    tcells = ""
    kw = dict(debt=None, debt_raw="合計")
    for y, lab, b, basis in groups:
        so = sum(DATA[d["name"]][y]["out"] for d in DEBTS)
        tcells += f"<td class='n'>－</td><td class='n'>－</td><td class='n'>{comma(so)}</td>"
        g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="total", metric="outstanding", basis=basis,
               value=so * 1000, unit="yen", raw=comma(so))
    body += f"<tr class='t'><td>合計</td>{tcells}</tr>"
    pages.append(f"""<div class='page land'><h1>第３章　計画期間の目標</h1>
<p>計画期間における主要債権の目標は、令和５年度の実績及び令和６年度の決算見込を基に、各所管課が設定した。現年度分の収納率を毎年度引き上げるとともに、収入未済額を令和６年度見込から３年間で約１割縮減することを目指す。</p>
<div class='cap'>表２　主要債権の目標（収納率：％、収入未済額：千円）</div>
<table><col style='width:18mm'><tr><th rowspan='2'>債権</th>{h1}</tr><tr>{h2}</tr>{body}</table>
<p class='note'>※ 略称　国保税：国民健康保険税、介護料：介護保険料、保育料：保育所保育料、下水道：下水道使用料</p>
<p class='note'>※ 収納率の合計欄は、債権ごとに性質が異なるため設定していない。</p>
<div class='pno'>- 5 -</div></div>""")

    # ============ p6-p8 推進シート (years as rows)
    sheet_pages = [[0, 1], [2, 3], [4]]
    for pi, idxs in enumerate(sheet_pages):
        P = 6 + pi
        html_sheets = ""
        if pi == 0:
            html_sheets += ("<h1>第４章　債権ごとの取組（推進シート）</h1>"
                            "<p>主要５債権について、現状と課題、目標及び取組を推進シートとしてまとめた。"
                            "取組の末尾の【継続】【拡充】【新規】は、第２次計画からの区分を示す。</p>")
        for i in idxs:
            d = DEBTS[i]
            name = d["name"]
            D = DATA[name]
            kw = dict(debt=name, debt_raw=name)
            trs = ""
            for y, lab, b, basis in groups:
                v = D[y]
                trs += (f"<tr><td class='c'>{lab}</td><td class='c'>{b}</td><td class='n'>{v['cur_r']:.2f}</td>"
                        f"<td class='n'>{v['arr_r']:.2f}</td><td class='n'>{comma(v['out'])}</td></tr>")
                g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="current", metric="collection_rate", basis=basis,
                       value=v["cur_r"], unit="percent", raw=f"{v['cur_r']:.2f}")
                g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="arrears", metric="collection_rate", basis=basis,
                       value=v["arr_r"], unit="percent", raw=f"{v['arr_r']:.2f}")
                g.fact(page=P, **kw, fy=y, fy_raw=lab, segment="total", metric="outstanding", basis=basis,
                       value=v["out"] * 1000, unit="yen", raw=comma(v["out"]))
            v5 = D[2023]
            issue = (f"令和５年度の現年度分の収納率は{v5['cur_r']:.2f}％、滞納繰越分の収納率は{v5['arr_r']:.2f}％であった。"
                     f"不納欠損額は{comma(v5['wo'])}千円で、執行停止後３年を経過したものが中心である。")
            g.fact(page=P, **kw, fy=2023, fy_raw="令和５年度", segment="current", metric="collection_rate", basis="actual",
                   value=v5["cur_r"], unit="percent", raw=f"{v5['cur_r']:.2f}％")
            g.fact(page=P, **kw, fy=2023, fy_raw="令和５年度", segment="arrears", metric="collection_rate", basis="actual",
                   value=v5["arr_r"], unit="percent", raw=f"{v5['arr_r']:.2f}％")
            g.fact(page=P, **kw, fy=2023, fy_raw="令和５年度", segment="total", metric="written_off", basis="actual",
                   value=v5["wo"] * 1000, unit="yen", raw=f"{comma(v5['wo'])}千円")
            items_html = ""
            for sec_title, items in INITS[name]:
                items_html += f"<div class='ttl g'>{esc(sec_title)}</div>"
                sec_no = sec_title[1]
                shown_a_title = False
                for lab, txt, st in items:
                    if "(" in lab:
                        if not shown_a_title:
                            items_html += "<div class='item'>ア　財産調査の早期化と滞納処分の徹底</div>"
                            shown_a_title = True
                        sub = lab[1:]
                        items_html += f"<div class='item2'>{esc(sub)}　{esc(txt)}【{st}】</div>"
                    elif name == "下水道使用料" and lab == "イ":
                        items_html += f"<div class='item'>{lab}　{esc(txt)}</div><div class='tag'>【{st}】</div>"
                    else:
                        items_html += f"<div class='item'>{lab}　{esc(txt)}【{st}】</div>"
                    g.init(page=P, debt=name, debt_raw=name, fy=2025, section=f"取組（{name}）",
                           label=f"({'１２'.index(sec_no) + 1}){lab}", text=txt, status=st)
            html_sheets += f"""<div class='sheet'>
<div class='lv'><div class='l'>債権名</div><div style='flex:1'>{esc(name)}</div><div class='l'>所管課</div><div style='flex:1'>{esc(d['dept'])}</div></div>
<h3>■ 現状と課題</h3><p style='font-size:9pt'>{issue}</p>
<h3>■ 目標（収納率：％、収入未済額：千円）</h3>
<table><tr><th>年度</th><th>区分</th><th>現年度分収納率</th><th>滞納繰越分収納率</th><th>収入未済額</th></tr>{trs}</table>
<h3>■ 取組</h3>{items_html}</div>"""
        if pi == 2:
            html_sheets += """<h1 style='margin-top:4mm'>第５章　計画の推進体制</h1>
<p>副市長を委員長とする射水市債権管理委員会において、毎年度、推進シートの目標の達成状況を確認し、取組の見直しを行う。
各所管課は、上半期の実績を１１月末までに、年度の実績を翌年度の６月末までに税務課へ報告する。</p>
<p>税務課は、所管課からの相談に応じるとともに、滞納処分や法的手続に関する研修を実施し、全庁的な債権管理の水準の向上を図る。</p>"""
        pages.append(f"<div class='page'>{html_sheets}<div class='pno'>- {P} -</div></div>")

    html_doc = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS +
                "</style></head><body>" + "".join(pages) + "</body></html>")
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
