"""大垣市 債権管理重点計画 (PyMuPDF Story, portrait) and its gold."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import PDF, Gold, c, story_pdf, zen  # noqa: E402

STEM = "s_ogaki_plan_1"
MUNI = "大垣市"
TITLE = "大垣市債権管理重点計画（2025～2026年度）"

CSS = """
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 0 0 4px 0;}
h2 {font-family: G; font-size: 11.5pt; margin: 10px 0 4px 0;}
h3 {font-family: G; font-size: 10pt; margin: 8px 0 3px 0;}
p {margin: 2px 0; line-height: 1.5;}
.r {text-align: right;}
.c {text-align: center;}
.small {font-size: 8pt;}
table.hr td, table.hr th {border-top: 0.7px solid #000; border-bottom: 0.7px solid #000; padding: 2px 8px;}
table.grid td, table.grid th {border: 0.7px solid #000; padding: 2px 6px;}
table.none td, table.none th {border: none; padding: 2px 10px;}
th {font-family: G; font-weight: normal; white-space: nowrap;}
td {white-space: nowrap;}
"""

KAIKEI = [("一般会計", (1105, 1062, 1018)), ("国民健康保険特別会計", (702, 655, 611)),
          ("介護保険特別会計", (98, 92, 87)), ("後期高齢者医療特別会計", (21, 19, 18)),
          ("水道事業会計", (248, 236, 229)), ("下水道事業会計", (236, 228, 221))]

DETAIL = [
    ("一般会計", [("市税", "市民税", 412305118), ("", "固定資産税", 298440290), ("", "軽自動車税", 12880400),
                 ("", "都市計画税", 54210330), ("分担金及び負担金", "保育所保育料", 38452100),
                 ("", "放課後児童クラブ負担金", 2105600), ("使用料及び手数料", "市営住宅使用料", 61877450),
                 ("諸収入", "生活保護費返還金", 118430255), ("", "母子父子寡婦福祉資金貸付金", 9120330),
                 ("", "奨学資金貸付金", 10220000)]),
    ("国民健康保険特別会計", [("国民健康保険税", "国民健康保険税", 604118220), ("諸収入", "返納金", 6925310)]),
    ("介護保険特別会計", [("保険料", "介護保険料", 86412900), ("諸収入", "返納金", 602100)]),
    ("後期高齢者医療特別会計", [("保険料", "後期高齢者医療保険料", 17960450)]),
    ("水道事業会計", [("営業収益", "水道料金", 228930115)]),
    ("下水道事業会計", [("営業収益", "下水道使用料", 214220880), ("負担金", "受益者負担金", 6810300)]),
]

# debt, segment label, seg, 2023 actual, 2024 estimate, 2025 target, 2026 target
TARGETS = [
    ("市税", "現年課税分", "current", "99.12", "99.15", "99.20", "99.25"),
    ("", "滞納繰越分", "arrears", "30.48", "31.50", "32.50", "33.50"),
    ("", "合計", "total", "97.64", "97.80", "97.95", "98.10"),
    ("国民健康保険税", "現年課税分", "current", "94.35", "94.60", "94.90", "95.20"),
    ("", "滞納繰越分", "arrears", "22.71", "23.50", "24.50", "25.50"),
    ("", "合計", "total", "80.06", "80.90", "81.80", "82.70"),
    ("介護保険料", "現年分", "current", "99.05", "99.10", "99.15", "99.20"),
    ("", "滞納繰越分", "arrears", "21.30", "22.00", "23.00", "24.00"),
    ("後期高齢者医療保険料", "現年分", "current", "99.58", "99.60", "99.62", "99.65"),
    ("保育所保育料", "現年分", "current", "99.01", "99.05", "99.10", "99.15"),
    ("", "過年度分", "arrears", "17.84", "18.50", "19.50", "20.50"),
    ("市営住宅使用料", "現年分", "current", "97.66", "97.80", "97.95", "98.10"),
    ("", "過年度分", "arrears", "13.20", "14.00", "15.00", "16.00"),
]


def build():
    g = Gold(STEM, "plan", MUNI, TITLE, "2025-04-01", "令和7年（2025年）4月")
    pages = []
    # ---- page 1
    rows = ""
    for name, (a, b, cc) in KAIKEI:
        d = cc - b
        rows += (f"<tr><td>{name}</td><td class='r'>{c(a)}</td><td class='r'>{c(b)}</td><td class='r'>{c(cc)}</td>"
                 f"<td class='r'>{c(d)}</td></tr>")
        for fy, fyraw, v in ((2021, "令和3年度", a), (2022, "令和4年度", b), (2023, "令和5年度", cc)):
            g.f(1, None, fy, fyraw, "total", "outstanding", "actual", v * 1_000_000, "yen", c(v), debt_raw=name)
    tot = [sum(k[1][i] for k in KAIKEI) for i in range(3)]
    rows += (f"<tr><td style='font-family: G;'>合計</td><td class='r'>{c(tot[0])}</td><td class='r'>{c(tot[1])}</td>"
             f"<td class='r'>{c(tot[2])}</td><td class='r'>{c(tot[2] - tot[1])}</td></tr>")
    for fy, fyraw, v in ((2021, "令和3年度", tot[0]), (2022, "令和4年度", tot[1]), (2023, "令和5年度", tot[2])):
        g.f(1, None, fy, fyraw, "total", "outstanding", "actual", v * 1_000_000, "yen", c(v), debt_raw="合計")
    p1 = f"""
<h1>{TITLE}</h1>
<p class="c">令和7年（2025年）4月　大垣市</p>
<h2>1　計画策定の趣旨</h2>
<p>　本市は、市税をはじめとする各種債権の収入未済額の縮減に向け、2021～2024年度の前計画により全庁的な取組を進めてきた。
令和5年度（2023年度）末における市の全債権の収入未済額は約２１億８，４００万円となり、ピーク時の平成25年度（約３６億円）と比べ約14億円縮減した。
しかし、物価高騰等の影響により、今後も納付が困難となる市民の増加が見込まれることから、新たに本計画を策定し、収納率の向上と収入未済額の縮減を図る。</p>
<h2>2　債権の状況</h2>
<h3>（1）会計別収入未済額の推移</h3>
<p class="r small">（単位：百万円）</p>
<table class="hr" style="margin-left: 20px;">
<tr><th>会計</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>増減（5年度－4年度）</th></tr>
{rows}
</table>
<p class="small">※各年度の出納閉鎖時点。水道事業会計及び下水道事業会計は3月31日時点。</p>
"""
    g.f(1, None, 2023, "令和5年度（2023年度）", "total", "outstanding", "actual", 2_184_000_000, "yen",
        "約２１億８，４００万円", approx=True, debt_raw=None)
    g.f(1, None, 2013, "平成25年度", "total", "outstanding", "actual", 3_600_000_000, "yen", "約３６億円",
        approx=True, debt_raw=None)

    # ---- pages 2-3: detail, cut across the page break, header not repeated
    def rows_for(parts, page):
        html = ""
        for kaikei, items in parts:
            n = len(items) + 1
            for k, (kan, debt, v) in enumerate(items):
                first = f"<td rowspan='{n}'>{kaikei}</td>" if k == 0 else ""
                html += f"<tr>{first}<td>{kan}</td><td>{debt}</td><td class='r'>{c(v)}</td></tr>"
                g.f(page, debt, 2023, "令和5年度（2023年度）", "total", "outstanding", "actual", v, "yen", c(v))
            sub = sum(v for _, _, v in items)
            html += f"<tr><td colspan='2' class='c'>小計</td><td class='r'>{c(sub)}</td></tr>"
            g.f(page, None, 2023, "令和5年度（2023年度）", "total", "outstanding", "actual", sub, "yen", c(sub),
                debt_raw="小計")
        return html

    r2 = rows_for(DETAIL[:1], 1)
    p2 = f"""
<h3>（2）令和5年度（2023年度）全債権の収入未済額内訳</h3>
<p class="r small">（単位：円）</p>
<table class="grid" style="margin-left: 20px;">
<tr><th>会計</th><th>款</th><th>債権名</th><th>収入未済額</th></tr>
{r2}
</table>
"""
    pages.append(p1 + p2)
    r3 = rows_for(DETAIL[1:], 2)
    total = sum(v for _, items in DETAIL for _, _, v in items)
    g.f(2, None, 2023, "令和5年度（2023年度）", "total", "outstanding", "actual", total, "yen", c(total), debt_raw="合計")
    tax_share = sum(v for _, _, v in DETAIL[0][1][:4]) / total * 100
    kok_share = DETAIL[1][1][0][2] / total * 100
    p3 = f"""
<table class="grid" style="margin-left: 20px;">
{r3}
<tr><td colspan="3" class="c" style="font-family: G;">合　計</td><td class="r">{c(total)}</td></tr>
</table>
<p class="small">※款の空欄は上欄と同じ。</p>
<p>　収入未済額の内訳をみると、市税が全体の約{zen(f'{tax_share:.1f}')}％を占め、次いで国民健康保険税が約{zen(f'{kok_share:.1f}')}％となっている。
この２債権で全体の６割以上を占めることから、引き続き重点的に取り組む必要がある。</p>
"""

    # ---- page 4: targets, no rules
    trs = ""
    for debt, lab, seg, a, e, t1, t2 in TARGETS:
        trs += (f"<tr><td>{debt}</td><td>{lab}</td><td class='r'>{a}%</td><td class='r'>{e}%</td>"
                f"<td class='r'>{t1}%</td><td class='r'>{t2}%</td></tr>")
    cur = None
    for debt, lab, seg, a, e, t1, t2 in TARGETS:
        cur = debt or cur
        g.f(2, cur, 2023, "2023年度", seg, "collection_rate", "actual", float(a), "percent", f"{a}%")
        g.f(2, cur, 2024, "2024年度", seg, "collection_rate", "estimate", float(e), "percent", f"{e}%")
        g.f(2, cur, 2025, "2025年度", seg, "collection_rate", "target", float(t1), "percent", f"{t1}%")
        g.f(2, cur, 2026, "2026年度", seg, "collection_rate", "target", float(t2), "percent", f"{t2}%")
    p4 = f"""
<h2>3　目標収納率</h2>
<p>　主要債権について、過去の実績と他市の状況を踏まえ、計画期間の各年度の目標収納率を次のとおり定める。</p>
<table class="none" style="margin-left: 10px; margin-top: 6px;">
<tr><th></th><th></th><th colspan="2" class="c">実績・見込</th><th colspan="2" class="c">目標</th></tr>
<tr><th>債権名</th><th>区分</th><th>2023年度</th><th>2024年度</th><th>2025年度</th><th>2026年度</th></tr>
{trs}
</table>
<p class="small" style="margin-top: 6px;">※2024年度は令和7年2月末の収納状況からの推計値。</p>
<p>　目標の設定にあたっては、現年分の収納率を重視し、新たな滞納の発生を抑えることで、滞納繰越分の縮減につなげる。</p>
"""
    pages.append(p3 + p4)

    # ---- page 5: measures
    common = [("①", "督促状発送後の早期催告を全債権で徹底し、初期滞納の段階で納付につなげる。", None),
              ("②", "債権管理研修を年２回実施し、所管課職員の実務能力を高める。", "継続"),
              ("③", "スマートフォン決済の対象を税外債権にも広げる。", "新規")]
    tax = [("・", "差押えを前提とした財産調査を滞納発生から３か月以内に行う。", "拡充"),
           ("・", "県税事務所との共同催告を年１回実施する。", "継続")]
    kok = [("・", "資格喪失世帯の未納保険税について、喪失後速やかに納付案内を送付する。", "新規"),
           ("・", "短期被保険者証の交付時に納付相談を行う。", None)]
    hp = "<h2>4　今後の取組</h2><h3>（1）全庁的な取組</h3>"
    for lab, tx, st in common:
        tag = f"<br>【{st}】" if st == "継続" else (f"【{st}】" if st else "")
        hp += f"<p>　{lab}　{tx}{tag}</p>"
        g.i(3, None, 2025, "全庁的な取組", lab, tx, st)
    hp += "<h3>（2）債権ごとの取組（市税）</h3>"
    for lab, tx, st in tax:
        hp += f"<p>　{lab}　{tx}{'【' + st + '】' if st else ''}</p>"
        g.i(3, "市税", 2025, "債権ごとの取組（市税）", lab, tx, st)
    hp += "<h3>（3）債権ごとの取組（国民健康保険税）</h3>"
    for lab, tx, st in kok:
        hp += f"<p>　{lab}　{tx}{'【' + st + '】' if st else ''}</p>"
        g.i(3, "国民健康保険税", 2025, "債権ごとの取組（国民健康保険税）", lab, tx, st)
    hp += """<h3>（4）進行管理</h3>
<p>　各年度の実績は、決算確定後に大垣市債権管理推進会議に報告し、目標との差が大きい債権は取組の見直しを行う。</p>"""
    pages.append(hp)
    pdf = story_pdf(pages, PDF / f"{STEM}.pdf", landscape=False, family="M", size=9.5, css_extra=CSS, margin=42,
                    header="", footer_fmt="- {n} -")
    return g.write(pdf, 3)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
