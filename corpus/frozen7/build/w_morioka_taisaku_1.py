"""盛岡市 市税等収納率向上対策 (yearly collection plan) — PyMuPDF Story, one fragment per page."""
from __future__ import annotations

from w_common import PDF_DIR, Facts, check, comma, oku_man, pct, rate, write_gold, zen
from w_story import render

STEM = "w_morioka_taisaku_1"
CITY = "盛岡市"
TITLE = "令和７年度　盛岡市市税等収納率向上対策"

# 税目別 令和6年度決算 (千円): name, cur assessed, cur collected, arr assessed, arr collected
ITEMS = [
    ("個人市民税", 15234810, 15012466, 712450, 198320),
    ("法人市民税", 4102330, 4091870, 61240, 24110),
    ("固定資産税", 17618420, 17522980, 498760, 160245),
    ("軽自動車税", 812640, 796210, 52310, 17802),
    ("市たばこ税", 1720450, 1720450, 0, 0),
]
WO = 52318  # 不納欠損額 (千円), printed in prose as 約
TREND = {  # R2..R5 printed rates; R6 computed from ITEMS
    "現年課税分": [98.71, 98.85, 98.97, 99.06],
    "滞納繰越分": [23.10, 25.40, 27.05, 28.62],
    "合計": [96.02, 96.24, 96.45, 96.70],
}
# 参考: 保険料等 令和6年度 現年度分 (円)
HOKEN = [
    ("国民健康保険税", 4512345600, 4200992850),
    ("介護保険料", 6012458100, 5951204330),
    ("後期高齢者医療保険料", 2980114200, 2968551060),
]


def build():
    f = Facts()
    ac = sum(i[1] for i in ITEMS); cc = sum(i[2] for i in ITEMS)
    aa = sum(i[3] for i in ITEMS); ca = sum(i[4] for i in ITEMS)
    r6 = {"現年課税分": rate(cc, ac), "滞納繰越分": rate(ca, aa), "合計": rate(cc + ca, ac + aa)}
    out6 = (ac + aa) - (cc + ca) - WO  # 千円
    out6_man = round(out6 * 1000 / 10000) * 10000
    t_out = "約" + zen(oku_man(out6_man))
    segmap = {"現年課税分": "current", "滞納繰越分": "arrears", "合計": "total"}
    years = [("令和２年度", 2020), ("令和３年度", 2021), ("令和４年度", 2022), ("令和５年度", 2023), ("令和６年度", 2024)]

    # ---------------- page 1
    rows = ""
    for lab, vals in TREND.items():
        allv = vals + [r6[lab]]
        rows += f"<tr><td class='l'>{lab}</td>" + "".join(f"<td class='n'>{pct(v)}</td>" for v in allv) + "</tr>"
        for (yr, fy), v in zip(years, allv):
            f.add(debt="市税", fy=fy, fy_raw=yr, seg=segmap[lab], metric="collection_rate", basis="actual",
                  value=v, unit="percent", raw=pct(v), page=1)
    p1 = f"""
<p style="text-align:right">令和７年４月<br>盛岡市財政部納税課</p>
<h1>{TITLE}</h1>
<h2>第１　基本方針</h2>
<h3>１　基本的な考え方</h3>
<p>　自主財源の確保と納付者間の負担の公平性を図るため、的確な滞納整理と効率的な収納体制の整備を一層進め、
市税等の収納率の向上を目指します。</p>
<h3>２　令和７年度収納率向上のための基本方針</h3>
<p class="ind1">・市税等の滞納解消及び自主財源の早期確保</p>
<p class="ind1">・事務等の随時見直しによる収納環境や徴収体制の整備</p>
<p class="ind1">・滞納整理に係る具体的な数値目標の設定</p>
<h2>第２　収納状況</h2>
<h3>１　市税収納率の推移</h3>
<p class="unit">単位：％</p>
<table><tr><th>区分</th>{''.join(f'<th>{y}</th>' for y, _ in years)}</tr>{rows}</table>
<p class="note">※各年度とも出納閉鎖後の決算数値です。</p>
<p>　令和６年度決算における市税の収入未済額は{t_out}となり、不納欠損額は５，２３１万円余でした。
現年課税分の収納率は５年連続で上昇しています。</p>
"""
    f.add(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
          value=out6_man, unit="yen", raw=t_out, page=1, approx=True)
    f.add(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual",
          value=52310000, unit="yen", raw="５，２３１万円余", page=1, approx=True)

    # ---------------- page 2
    trs = ""
    tot = ("計", ac, cc, aa, ca)
    for name, a1, c1, a2, c2 in ITEMS + [tot]:
        r1 = rate(c1, a1)
        r2 = rate(c2, a2) if a2 else None
        debt = "市税" if name == "計" else name
        cells = [comma(a1), comma(c1), pct(r1), comma(a2) if a2 else "－", comma(c2) if a2 else "－",
                 pct(r2) if r2 is not None else "－"]
        trs += f"<tr><td class='l'>{name}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>"
        kw = dict(debt=debt, debt_raw=name, fy=2024, fy_raw="令和６年度決算", basis="actual", page=2)
        f.add(seg="current", metric="assessed", value=a1 * 1000, unit="yen", raw=comma(a1), **kw)
        f.add(seg="current", metric="collected", value=c1 * 1000, unit="yen", raw=comma(c1), **kw)
        f.add(seg="current", metric="collection_rate", value=r1, unit="percent", raw=pct(r1), **kw)
        if a2:
            f.add(seg="arrears", metric="assessed", value=a2 * 1000, unit="yen", raw=comma(a2), **kw)
            f.add(seg="arrears", metric="collected", value=c2 * 1000, unit="yen", raw=comma(c2), **kw)
            f.add(seg="arrears", metric="collection_rate", value=r2, unit="percent", raw=pct(r2), **kw)
    # targets
    ha, hc = HOKEN[0][1], HOKEN[0][2]
    kr6 = rate(hc, ha)
    TG = [("市税", "現年課税分", "current", r6["現年課税分"], 99.35),
          ("市税", "滞納繰越分", "arrears", r6["滞納繰越分"], 31.00),
          ("市税", "合計", "total", r6["合計"], 97.95),
          ("国民健康保険税", "現年課税分", "current", kr6, 93.40),
          ("国民健康保険税", "滞納繰越分", "arrears", 22.45, 23.00)]
    tg = ""
    prev = None
    for debt, lab, seg, a, t in TG:
        tg += (f"<tr><td class='l'>{debt if debt != prev else ''}</td><td class='l'>{lab}</td>"
               f"<td class='n'>{pct(a)}％</td><td class='n'>{pct(t)}％</td></tr>")
        prev = debt
        f.add(debt=debt, fy=2024, fy_raw="令和６年度決算", seg=seg, metric="collection_rate", basis="actual",
              value=a, unit="percent", raw=f"{pct(a)}％", page=2)
        f.add(debt=debt, fy=2025, fy_raw="令和７年度目標", seg=seg, metric="collection_rate", basis="target",
              value=t, unit="percent", raw=f"{pct(t)}％", page=2)
    p2 = f"""
<h3>２　税目別の収納状況（令和６年度決算）</h3>
<p class="unit">（単位：千円、％）</p>
<table>
<tr><th rowspan="2">税目</th><th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{trs}
</table>
<p class="note">※市たばこ税は申告納付のため滞納繰越分はありません。</p>
<h2>第３　令和７年度の数値目標</h2>
<h3>１　収納率の目標</h3>
<table>
<tr><th>債権</th><th>区分</th><th>令和６年度決算</th><th>令和７年度目標</th></tr>
{tg}
</table>
<h3>２　収入未済額の目標</h3>
<p>　令和７年度末の市税の収入未済額を１１億５，０００万円以下とします。</p>
"""
    f.add(debt="市税", fy=2025, fy_raw="令和７年度末", seg="total", metric="outstanding", basis="target",
          value=1150000000, unit="yen", raw="１１億５，０００万円", page=2)

    # ---------------- page 3: initiatives
    inits = []
    SEC = "令和７年度収納率向上のための具体的な取り組み"

    def item(label, text, status, cls, wrap=False):
        tag = f"【{status}】" if status else ""
        sep = "<br>" if wrap else ""
        inits.append({"debt": "市税", "fiscal_year": 2025, "section": SEC, "label": label, "text": text,
                      "status": status, "page": 3})
        mark = label.split("・")[-1] if False else ""
        return f"<p class='{cls}'>{text}{sep}{tag}</p>"

    h = "<h2>第４　令和７年度収納率向上のための具体的な取り組み</h2>"
    h += "<h3>１　市税等の滞納解消及び自主財源の早期確保</h3>"
    h += item("1(1)", "(1) 夜間・休日納付相談窓口を毎月開設するとともに、広報紙及びホームページで周知に努めます。", "継続", "ind1")
    h += "<p class='ind1'>(2) 適宜適切な滞納整理と納期内納付を推進します。</p>"
    h += "<p class='ind2'>ア　適宜適切な滞納整理による滞納額の圧縮に努めます。</p>"
    h += item("1(2)ア", "・滞納額２０万円未満の案件について、預貯金等の財産調査を重点的に行います。", "継続", "ind3")
    h += item("1(2)ア", "・納税意識が希薄な滞納者に対しては、捜索及び差押えを含め厳正に対処します。", "拡充", "ind3", wrap=True)
    h += item("1(2)ア", "・増加傾向にある死亡者に係る課税分を解消するため、課税担当課と相続人調査の情報を共有します。", "新規", "ind3")
    h += "<p class='ind2'>イ　納期内納付の推進により、効率的な債権回収に努めます。</p>"
    h += item("1(2)イ", "・令和７年１０月に開始するWeb口座振替受付サービスを周知し、口座振替の利用拡大を図ります。", "新規", "ind3")
    h += item("1(2)イ", "・納税推進センターにおいて、SMSによる納付勧奨を納期限後早期に実施します。", "継続", "ind3")
    h += item("1(2)イ", "・スマートフォン決済やクレジットカード納付など、納付方法の多様化を引き続き周知します。", "継続", "ind3")
    h += "<p class='ind2'>ウ　困難案件の対応と進捗管理</p>"
    h += item("1(2)ウ", "・高額・困難案件は担当者ごとに処理方針を定め、月１回の進行管理会議で進捗を確認します。", "拡充", "ind3")
    h += "<h3>２　事務等の随時見直しによる収納環境や徴収体制の整備</h3>"
    h += item("2(1)", "(1) 催告書の様式と発送時期を見直し、催告業務の効率化を図ります。", "拡充", "ind1")
    h += item("2(2)", "(2) 徴収職員を対象とした滞納処分の実務研修を年２回実施します。", "継続", "ind1", wrap=True)
    h += "<h3>３　滞納整理に係る具体的な数値目標の設定</h3>"
    h += "<p class='ind1'>(1) 数値目標は第３に掲げるとおりとし、四半期ごとに達成状況を確認します。</p>"
    p3 = h

    # ---------------- page 4: column-per-debt reference table + 【参考】 box
    heads = "".join(f"<th>{n}</th>" for n, _, _ in HOKEN)
    rws = {"調定額": [], "収入済額": [], "収入未済額": [], "収納率（％）": []}
    for n, a, c in HOKEN:
        r = rate(c, a)
        rws["調定額"].append(comma(a)); rws["収入済額"].append(comma(c))
        rws["収入未済額"].append(comma(a - c)); rws["収納率（％）"].append(pct(r))
        kw = dict(debt=n, fy=2024, fy_raw="令和６年度", seg="current", basis="actual", page=4)
        f.add(metric="assessed", value=a, unit="yen", raw=comma(a), **kw)
        f.add(metric="collected", value=c, unit="yen", raw=comma(c), **kw)
        f.add(metric="outstanding", value=a - c, unit="yen", raw=comma(a - c), **kw)
        f.add(metric="collection_rate", value=r, unit="percent", raw=pct(r), **kw)
    body = "".join(f"<tr><td class='l'>{k}</td>" + "".join(f"<td class='n'>{x}</td>" for x in v) + "</tr>"
                   for k, v in rws.items())
    t_out2 = "約" + oku_man(out6_man)
    p4 = f"""
<h2>（参考）保険料等の収納状況</h2>
<p>令和６年度・現年度分（単位：円）</p>
<table><tr><th>区分</th>{heads}</tr>{body}</table>
<p class="note">※国民健康保険税は納税課で一元的に徴収しています。介護保険料及び後期高齢者医療保険料は普通徴収分と特別徴収分の合計です。</p>
<p>&nbsp;</p>
<table style="width:100%"><tr><td class="l" style="padding:6pt 10pt; font-size:10pt">
【参考】令和６年度の滞納整理の状況<br>
・差押件数：２，４１６件<br>
・執行停止件数：６８２件<br>
・市税の収入未済額：{t_out2}<br>
・口座振替利用率：４１．８％
</td></tr></table>
"""
    f.add(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
          value=out6_man, unit="yen", raw=t_out2, page=4, approx=True)

    dest = PDF_DIR / f"{STEM}.pdf"
    render([p1, p2, p3, p4], dest, header="盛岡市財政部納税課")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-04-01", "date_raw": "令和７年４月"}
    write_gold(STEM, document, f, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
