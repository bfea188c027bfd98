"""第４次高松市債権の適正管理方針（令和４年度～令和６年度） — plan, PyMuPDF Story (HTML) with drawn header/footer.

Modelled on the 高松市債権の適正管理方針 page (http://www.city.takamatsu.kagawa.jp/kurashi/kurashi/nenkin/
shizei_kaisei/saikenkaishu.html): 策定の趣旨と経過, 基本的方針 (新たな未収金の発生防止 / 既存未収金の適切な処理 …),
計画期間 of three years.  Tables and figures invented, internally consistent.
"""
from __future__ import annotations

from decimal import Decimal

from b_common import OUT, PDF_DIR, Gold, comma, fmt_rate, oku_man, rate, round_to, zen
from b_story_util import render

STEM = "b_takamatsu_plan_4ji"

# FY2020 (令和２年度) amounts, 千円: current (assessed, collected), arrears (assessed, collected, written_off)
R2 = {
    "市税": ((58412330, 58002118), (1523410, 462905, 123450)),
    "国民健康保険料": ((9102554, 8611006), (2312118, 521774, 201000)),
    "介護保険料": ((9804226, 9712540), (231050, 45118, 52406)),
    "後期高齢者医療保険料": ((5512870, 5497712), (48210, 21330, 4812)),
    "保育料": ((1654320, 1640118), (88412, 19550, 7214)),
    "市営住宅使用料": ((1532118, 1511020), (185410, 28804, 15006)),
}
OTHER_R2 = (6203118, 5812406, 10220)  # その他: assessed, collected, written_off (total only)
# outstanding, 千円, H29 / H30 / R1
HIST_OUT = {
    "市税": (1512330, 1401224, 1298005),
    "国民健康保険料": (2602118, 2498330, 2401552),
    "介護保険料": (262118, 250430, 241008),
    "後期高齢者医療保険料": (58330, 55118, 51206),
    "保育料": (112540, 108220, 98612),
    "市営住宅使用料": (201334, 195870, 188412),
    "その他": (412006, 398554, 385120),
}
# total collection rate history (％) H29 / H30 / R1
HIST_RATE = {
    "市税": ("97.42", "97.71", "97.95"),
    "国民健康保険料": ("79.12", "79.60", "79.85"),
    "介護保険料": ("96.90", "97.02", "97.10"),
    "後期高齢者医療保険料": ("99.10", "99.15", "99.20"),
    "保育料": ("94.60", "94.85", "95.02"),
    "市営住宅使用料": ("88.90", "89.62", "90.11"),
}
TARGETS = {  # (current R4,R5,R6), (arrears R4,R5,R6)
    "市税": (("99.35", "99.40", "99.45"), ("31.50", "32.00", "32.50")),
    "国民健康保険料": (("94.90", "95.10", "95.30"), ("23.50", "24.00", "24.50")),
    "介護保険料": (("99.10", "99.15", "99.20"), ("20.00", "21.00", "22.00")),
    "後期高齢者医療保険料": (("99.75", "99.78", "99.80"), ("45.00", "46.00", "47.00")),
    "保育料": (("99.20", "99.25", "99.30"), ("23.00", "24.00", "25.00")),
    "市営住宅使用料": (("98.80", "98.90", "99.00"), ("16.00", "17.00", "18.00")),
}
YEARS_HIST = [(2017, "平成29年度"), (2018, "30年度"), (2019, "令和元年度"), (2020, "２年度")]

INITS = {
    "市税": ("ア", [
        ("ア", "納期限内納付を促すため、スマートフォン決済等の納付手段の周知を強化します。", "拡充"),
        ("イ", "現年度分の滞納者に対し、早期の電話催告・文書催告を実施します。", "継続"),
        ("ウ", "財産調査を徹底し、給与・預貯金等の差押えを中心とした滞納処分を行います。", "継続"),
        ("エ", "高額・困難事案は債権回収室へ引き継ぎ、集中的に処理します。", "継続"),
    ]),
    "国民健康保険料": ("ア", [
        ("ア", "口座振替の原則化に向け、加入手続時の申込勧奨を徹底します。", "継続"),
        ("イ", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行管理を徹底します。", "継続"),
        ("ウ", "居所不明者の実態調査を行い、資格の適正化を図ります。", "新規"),
    ]),
    "保育料": ("・", [
        ("・", "児童手当からの徴収（申出による徴収）を積極的に活用します。", "継続"),
        ("・", "退所者の滞納分について、保護者への文書催告と電話催告を組み合わせて実施します。", "拡充"),
    ]),
    "市営住宅使用料": ("table", [
        ("(1)", "滞納初期の段階で、住宅管理センターによる電話・訪問催告を行います。", "継続"),
        ("(2)", "６か月以上の滞納者には連帯保証人への請求を行い、履行がない場合は明渡し訴訟を提起します。", "継続"),
        ("(3)", "退去滞納者の債権について、弁護士への回収委託を検討します。", "新規"),
    ]),
}


def main():
    g = Gold(STEM, "plan", "高松市", "第４次高松市債権の適正管理方針", "2022-03-01", "令和４年３月")

    # ---- FY2020 derived figures
    out_r2, rate_r2, seg_rates = {}, {}, {}
    tot_a = tot_c = tot_w = 0
    for n, ((ca, cc), (aa, ac, aw)) in R2.items():
        out_r2[n] = ca + aa - cc - ac - aw
        rate_r2[n] = rate(cc + ac, ca + aa)
        seg_rates[n] = (rate(cc, ca), rate(ac, aa))
        tot_a += ca + aa; tot_c += cc + ac; tot_w += aw
    out_r2["その他"] = OTHER_R2[0] - OTHER_R2[1] - OTHER_R2[2]
    tot_a += OTHER_R2[0]; tot_c += OTHER_R2[1]; tot_w += OTHER_R2[2]
    tot_out = tot_a - tot_c - tot_w
    assert tot_out == sum(out_r2.values())

    chunks = []
    # ---------------- page 1
    approx_r2 = round_to(tot_out * 1000, 1_000_000)
    s_r2 = "約" + zen(oku_man(approx_r2))
    s_h23 = "約６１億４，０００万円"
    h = f"""
<h1>第４次高松市債権の適正管理方針</h1>
<p style="text-align:center;font-size:12pt;">（令和４年度～令和６年度）</p>
<p style="text-align:center;margin-top:8pt;">令和４年３月</p>
<p style="text-align:center;margin-bottom:18pt;">高　松　市</p>
<h2>１　策定の趣旨と経過</h2>
<p>　市が有する債権は市民共有の財産であり、市民負担の公平性を確保し、持続可能な財政運営を進めるため、本市では
平成２４年１２月に高松市債権管理条例を制定し、庁内統一的な事務処理基準を定めました。</p>
<p>　この条例を具体化するため、平成２５年度から「高松市債権の適正管理方針」を策定し、第１次から第３次まで、
全庁一体となって債権管理の適正化と債権回収に取り組んできました。その結果、令和２年度決算における本市債権全体の
収入未済額は{s_r2}となり、第１次方針を策定する前の平成２３年度末の{s_h23}から大きく縮減しています。</p>
<p>　一方で、新型コロナウイルス感染症の影響による徴収猶予の特例など、債権を取り巻く環境は変化しており、
引き続き収納率の向上と収入未済額の削減を図るため、第３次方針の成果と課題を踏まえ、「第４次高松市債権の
適正管理方針」を策定します。</p>
<h2>２　計画期間</h2>
<p>　令和４（２０２２）年度から令和６（２０２４）年度までの３年間とします。</p>
<h2>３　基本的方針</h2>
<p>　第４次方針においては、「新たな未収金の発生防止」、「既存未収金の適切な処理」、「債権管理体制の強化」、
「職員の資質向上」及び「債権情報の共有と進行管理」の５つを基本的方針とし、全庁を挙げて取り組みます。
特に、納期内納付の推進により新たな未収金を生じさせないことを最も重視し、未収金が発生した場合には早期の
催告と財産調査により、長期化を防ぎます。</p>
<p>　また、回収の見込みがない債権については、条例に基づく徴収停止や債権放棄を適切に行い、管理すべき債権を
整理したうえで、回収に取り組むべき債権に人員を集中させます。</p>
"""
    g.fact(None, 2020, "令和２年度", "total", "outstanding", "actual", approx_r2, "yen", s_r2, 1, approx=True)
    g.fact(None, 2011, "平成２３年度末", "total", "outstanding", "actual", 6_140_000_000, "yen", s_h23, 1,
           approx=True)
    chunks.append((h, False))

    # ---------------- page 2: history tables
    names = list(HIST_OUT)
    head = "".join(f"<th>{n}</th>" for n in names) + "<th>合計</th>"
    rows = ""
    for k, (fy, lab) in enumerate(YEARS_HIST):
        vals = [HIST_OUT[n][k] if k < 3 else out_r2[n] for n in names]
        tot = sum(vals)
        rows += f"<tr><td class='c'>{lab}</td>" + "".join(f"<td class='r'>{comma(v)}</td>" for v in vals) \
                + f"<td class='r'>{comma(tot)}</td></tr>"
        for n, v in zip(names, vals):
            debt = None if n == "その他" else n
            g.fact(debt, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", comma(v), 2, debt_raw=n)
        g.fact(None, fy, lab, "total", "outstanding", "actual", tot * 1000, "yen", comma(tot), 2, debt_raw="合計")
    t1 = f"<table style='width:100%'><tr><th>年度</th>{head}</tr>{rows}</table>"

    rows2 = ""
    for n in HIST_RATE:
        vals = list(HIST_RATE[n]) + [fmt_rate(rate_r2[n])]
        d = Decimal(vals[3]) - Decimal(vals[0])
        ds = ("△" + str(-d)) if d < 0 else str(d)
        rows2 += f"<tr><td>{n}</td>" + "".join(f"<td class='r'>{v}</td>" for v in vals) + \
                 f"<td class='r'>{ds}</td></tr>"
        for (fy, lab), v in zip(YEARS_HIST, vals):
            g.fact(n, fy, lab, "total", "collection_rate", "actual", float(v), "percent", v, 2, near=n)
    t2 = ("<table style='width:100%'><tr><th>債権名</th>" + "".join(f"<th>{lab}</th>" for _, lab in YEARS_HIST) +
          "<th>増減<br/>（平成29年度比）</th></tr>" + rows2 + "</table>")

    wo_tax = R2["市税"][1][2] * 1000
    wo_kok = R2["国民健康保険料"][1][2] * 1000
    s_wt, s_wk = zen(oku_man(wo_tax)), zen(oku_man(wo_kok))
    g.fact("市税", 2020, "令和２年度", "total", "written_off", "actual", wo_tax, "yen", s_wt, 2)
    g.fact("国民健康保険料", 2020, "令和２年度", "total", "written_off", "actual", wo_kok, "yen", s_wk, 2)

    ap_a = round_to(tot_a * 1000, 100_000_000)
    ap_c = round_to(tot_c * 1000, 100_000_000)
    ap_w = round_to(tot_w * 1000, 10_000_000)
    box = [("調定額", ap_a, "assessed"), ("収入済額", ap_c, "collected"), ("不納欠損額", ap_w, "written_off"),
           ("収入未済額", approx_r2, "outstanding")]
    box_html = ""
    for lab, v, met in box:
        s = "約" + zen(oku_man(v))
        box_html += f"<p style='margin-left:10pt;'>・{lab}：{s}</p>"
        g.fact(None, 2020, "令和２年度決算", "total", met, "actual", v, "yen", s, 2, approx=True)

    h = f"""
<h2>４　債権の現状</h2>
<h3>（１）収入未済額の推移</h3>
<p class="unit">（単位：千円）</p>
{t1}
<p class="note">※ 各年度の出納閉鎖後の額。その他は、下水道事業受益者負担金、生活保護費返還金、各種貸付金等の合計です。</p>
<h3>（２）収納率の推移</h3>
<p class="unit">（単位：％）</p>
{t2}
<p class="note">※ 収納率は現年度分と滞納繰越分を合わせたもの。増減はポイント。</p>
<h3>（３）不納欠損の状況</h3>
<p>　令和２年度の不納欠損額は、市税が{s_wt}、国民健康保険料が{s_wk}で、いずれも時効の完成と滞納処分の
執行停止によるものが大半を占めています。</p>
<div class="box">
<p>【参考】令和２年度決算（全債権）</p>
{box_html}
</div>
"""
    chunks.append((h, False))

    # ---------------- page 3: targets (side-by-side 実績 | 目標)
    rows3 = ""
    for n, (tc, ta) in TARGETS.items():
        rc, ra = seg_rates[n]
        for seg, segl, r_, tt in (("current", "現年度分", rc, tc), ("arrears", "滞納繰越分", ra, ta)):
            first = f"<td rowspan='2'>{n}</td>" if seg == "current" else ""
            rows3 += f"<tr>{first}<td class='c'>{segl}</td><td class='r'>{fmt_rate(r_)}%</td>" + \
                     "".join(f"<td class='r'>{v}%</td>" for v in tt) + "</tr>"
            g.fact(n, 2020, "令和２年度", seg, "collection_rate", "actual", float(r_), "percent",
                   f"{fmt_rate(r_)}%", 3)
            for fy, v in zip((2022, 2023, 2024), tt):
                g.fact(n, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "target", float(v), "percent",
                       f"{v}%", 3)
    t3 = ("<table style='width:100%'><tr><th rowspan='2'>債権名</th><th rowspan='2'>区分</th><th>実績</th><th colspan='3'>目標</th></tr>"
          "<tr><th>令和２年度</th><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr>" + rows3 + "</table>")
    h = f"""
<h2>５　数値目標</h2>
<p>　主な債権について、計画期間の各年度の収納率の目標を次のとおり定めます。目標は、令和２年度の実績と
過去の推移を踏まえ、債権所管課が設定したものです。</p>
{t3}
<p>　また、計画最終年度である令和６年度末の本市債権全体の収入未済額を３３億円以下とすることを目標とします。</p>
"""
    g.fact(None, 2024, "令和６年度末", "total", "outstanding", "target", 3_300_000_000, "yen", "３３億円", 3)
    chunks.append((h, False))

    # ---------------- pages 4-5: initiatives
    h = "<h2>６　債権ごとの取組</h2><p>　基本的方針に基づき、主な債権の所管課は次の取組を実施します。</p>"
    for k, (n, (style, items)) in enumerate(INITS.items(), 1):
        h += f"<h3>６－{k}　債権ごとの取組（{n}）</h3>"
        if style == "table":
            h += "<table style='width:100%'><tr><th>番号</th><th>内容</th><th>区分</th></tr>"
            for lab, txt, st in items:
                h += f"<tr><td class='c'>{lab}</td><td>{txt}</td><td class='c'>【{st}】</td></tr>"
                g.init(n, 2022, "債権ごとの取組", lab, txt, st)
            h += "</table>"
        else:
            for j, (lab, txt, st) in enumerate(items):
                wrap = style == "・" and j == len(items) - 1
                tag = f"<br/>【{st}】" if wrap else f"【{st}】"
                h += f"<p class='item'>{lab}　{txt}{tag}</p>"
                g.init(n, 2022, "債権ごとの取組", lab, txt, st)
        h += "<p></p>"
    h += """<h2>７　進行管理</h2>
<p>　各債権所管課は、毎年度の取組状況と収納率の実績を債権管理推進会議に報告し、目標の達成状況を点検します。
点検の結果は翌年度の取組に反映させるとともに、市ホームページで公表します。</p>"""
    chunks.append((h, False))

    OUT.mkdir(parents=True, exist_ok=True)
    pdf = render(chunks, PDF_DIR / f"{STEM}.pdf", "第４次高松市債権の適正管理方針")
    g.finish(pdf)


if __name__ == "__main__":
    main()
