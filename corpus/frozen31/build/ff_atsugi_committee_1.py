"""ff_atsugi_committee_1: 債権管理対策会議 資料 (書面開催) with a summary table and one 取組個票 per debt.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (named landscape pages inside a portrait document).
Run from corpus/frozen31:  python3 build/ff_atsugi_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ff_common import (PDF_DIR, WORK, Gold, check_pdf, chromium_pdf, comma, rate, simulate,  # noqa: E402
                       tri, wareki)

STEM = "ff_atsugi_committee_1"
CITY = "厚木市"
TITLE = "令和７年度第１回厚木市債権管理対策会議資料"
G = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-10", "令和７年７月10日")

YEARS = [2020, 2021, 2022, 2023, 2024, 2025]
FY = 2024


def lin(a, b, n=6):
    return [round(a + (b - a) * i / (n - 1), 2) for i in range(n)]


# name, canonical, 所管課, 区分, current assessed 2020 (yen), yearly growth, cur rate a->b, arr rate a->b, wo a->b, first arrears
DEBTS = [
    ("市税", "市税", "納税課", "強制徴収公債権", 40_500_000_000, 0.006, (98.95, 99.22), (24.8, 31.6), (8.5, 6.8), 1_450_000_000),
    ("国民健康保険税", "国民健康保険税", "納税課", "強制徴収公債権", 5_210_000_000, -0.018, (93.9, 95.3), (21.5, 27.1), (12.0, 9.6), 1_610_000_000),
    ("介護保険料", "介護保険料", "介護福祉課", "強制徴収公債権", 4_980_000_000, 0.011, (98.85, 99.21), (15.2, 22.4), (28.0, 24.0), 141_000_000),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "強制徴収公債権", 2_610_000_000, 0.035, (99.31, 99.52), (30.5, 40.2), (15.0, 12.0), 22_400_000),
    ("保育所保育料", "保育所保育料", "保育課", "強制徴収公債権", 948_000_000, -0.03, (99.12, 99.41), (12.1, 18.3), (10.0, 8.0), 45_200_000),
    ("放課後児童クラブ育成料", "放課後児童クラブ育成料", "青少年課", "非強制徴収公債権", 162_000_000, 0.02, (98.52, 98.91), (20.0, 24.6), (5.0, 5.0), 6_300_000),
    ("市営住宅使用料", "市営住宅使用料", "住宅課", "私債権", 521_000_000, -0.01, (97.48, 98.22), (14.0, 19.3), (6.0, 5.0), 95_400_000),
    ("下水道使用料", "下水道使用料", "下水道経営課", "強制徴収公債権", 6_120_000_000, 0.002, (99.18, 99.31), (33.0, 38.5), (10.0, 9.0), 121_000_000),
    ("下水道事業受益者負担金", "下水道事業受益者負担金", "下水道経営課", "強制徴収公債権", 31_500_000, -0.05, (96.9, 97.6), (8.0, 11.2), (5.0, 4.0), 18_200_000),
    ("生活保護費返還金", "生活保護費返還金", "生活福祉課", "強制・非強制", 111_000_000, 0.015, (55.2, 61.8), (3.1, 4.2), (4.0, 3.5), 383_000_000),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", "こども家庭課", "私債権", 21_400_000, -0.04, (70.3, 75.6), (5.2, 7.4), (2.0, 2.0), 48_600_000),
    ("学校給食費", "学校給食費", "学校給食課", "私債権", 1_352_000_000, 0.004, (99.42, 99.61), (20.3, 26.2), (8.0, 7.0), 20_100_000),
]

DATA = {}
for (nm, canon, dept, kubun, ca0, g, cr, ar, wr, fa) in DEBTS:
    cas = [int(ca0 * (1 + g) ** i) for i in range(6)]
    DATA[nm] = simulate(YEARS, cas, lin(*cr), lin(*ar), lin(*wr), fa, 1000)
INFO = {d[0]: d for d in DEBTS}


def k(n: int) -> str:
    return comma(n // 1000)


def sen(v: int) -> str:          # signed 千円 with △
    return tri(v, comma(abs(v) // 1000))


# ------------------------------------------------------------------ fact helpers
def F(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw=None, **kw):
    return G.fact(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw if debt_raw is not None else debt, **kw)


def amount(nm, fy, fyraw, seg, metric, v, basis="actual", debt=None):
    debt = nm if debt is None else debt
    return F(k(v), v, "yen", metric, basis, fy, fyraw, seg, None if nm in ("計", "合計") else debt, nm)


def pct(nm, fy, fyraw, seg, v, basis="actual", metric="collection_rate", sign=""):
    return F(f"{v:.2f}{sign}", v, "percent", metric, basis, fy, fyraw, seg, None if nm in ("計", "合計") else nm, nm)


def totals(fy):
    t = {}
    for key in ("ca", "cc", "aa", "ac", "awo", "ta", "tc", "two", "oc", "oa", "ot"):
        t[key] = sum(DATA[nm][fy][key] for nm in DATA)
    return t


# ------------------------------------------------------------------ pages
def cover():
    G.page = 1
    return f"""
<div class="pg cover">
<p class="right">資料</p>
<h1>令和７年度第１回<br>厚木市債権管理対策会議</h1>
<p class="center big">（書面開催）</p>
<div class="frame">
<p>本会議は書面開催とし、令和７年７月10日付けで各委員に本資料を送付し、意見・質問の提出を求めるものです。</p>
<p>意見等の提出期限　令和７年７月24日（木）　提出先　財務部債権管理課</p>
</div>
<h3>次　第</h3>
<table class="toc">
<tr><td>１</td><td>令和６年度　主要債権の収納状況について</td><td>資料１</td><td>２～３ページ</td></tr>
<tr><td>２</td><td>主要債権の収入未済額の推移について</td><td>資料２</td><td>４ページ</td></tr>
<tr><td>３</td><td>令和７年度　債権別取組個票について</td><td>資料３</td><td>５～８ページ</td></tr>
</table>
<h3>取組個票（資料３）</h3>
<table class="toc">
<tr><td>(1)</td><td>市税</td><td>５ページ</td></tr>
<tr><td>(2)</td><td>国民健康保険税</td><td>６ページ</td></tr>
<tr><td>(3)</td><td>後期高齢者医療保険料</td><td>７ページ</td></tr>
<tr><td>(4)</td><td>市営住宅使用料</td><td>８ページ</td></tr>
</table>
<p class="foot">厚木市債権管理対策会議事務局（財務部債権管理課）</p>
</div>"""


SUM_HEAD = """
<thead>
<tr><th rowspan="3" class="nm">債権名</th><th colspan="9">令和６年度決算</th><th rowspan="3">不納欠損額</th><th rowspan="3">収入未済額<span class="mk">※1</span></th><th rowspan="3" class="bk">備考</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
</thead>"""


def sum_row(nm, d, fy=FY, fyraw="令和６年度"):
    cells = []
    for seg, a, c in (("current", "ca", "cc"), ("arrears", "aa", "ac"), ("total", "ta", "tc")):
        cells.append(amount(nm, fy, fyraw, seg, "assessed", d[a]))
        cells.append(amount(nm, fy, fyraw, seg, "collected", d[c]))
        r = rate(d[c], d[a])
        raw = pct(nm, fy, fyraw, seg, r)
        if nm == "生活保護費返還金" and seg == "current":
            raw += '<span class="mk">※2</span>'
        cells.append(raw)
    cells.append(amount(nm, fy, fyraw, "total", "written_off", d["two"]))
    cells.append(amount(nm, fy, fyraw, "total", "outstanding", d["ot"]))
    note = ""
    if nm not in ("計",):
        if d["oa"] > 0:
            note = "うち滞納繰越分 " + F(k(d["oa"]) + "千円", d["oa"], "yen", "outstanding", "actual", fy, fyraw, "arrears", nm, nm)
    tds = "".join(f"<td>{c}</td>" for c in cells)
    cls = ' class="sum"' if nm == "計" else ""
    return f"<tr{cls}><td class='nm'>{nm}</td>{tds}<td class='bk'>{note}</td></tr>"


def summary_pages():
    names = list(DATA)
    out = []
    G.page = 2
    rows = "".join(sum_row(nm, DATA[nm][FY]) for nm in names[:7])
    out.append(f"""
<div class="pg land">
<p class="shiryo">資料１</p>
<h2>１　令和６年度　主要債権の収納状況</h2>
<p class="cap">表１　主要債権（12債権）の収納状況<span class="unit">（単位：千円、％）</span></p>
<table class="sum">{SUM_HEAD}<tbody>{rows}</tbody></table>
<p class="src">出典：令和６年度厚木市一般会計・特別会計歳入歳出決算書及び各債権所管課調べ</p>
</div>""")
    G.page = 3
    rows = "".join(sum_row(nm, DATA[nm][FY]) for nm in names[7:])
    rows += sum_row("計", totals(FY))
    out.append(f"""
<div class="pg land">
<p class="cap">表１　主要債権（12債権）の収納状況（続き）<span class="unit">（単位：千円、％）</span></p>
<table class="sum">{SUM_HEAD}<tbody>{rows}</tbody></table>
<p class="src">出典：令和６年度厚木市一般会計・特別会計歳入歳出決算書及び各債権所管課調べ</p>
<p class="fn">※1　収入未済額＝調定額－収入済額－不納欠損額</p>
<p class="fn">※2　生活保護費返還金の現年度分には、生活保護法第78条に基づく徴収金を含む。</p>
<p class="fn">※　各欄の金額は千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。</p>
</div>""")
    return "".join(out)


def chart_page():
    G.page = 4
    yrs = [2020, 2021, 2022, 2023, 2024]
    tot = {fy: totals(fy)["ot"] for fy in yrs}
    # values in 百万円 with one decimal; value = printed number x 1,000,000
    vals = {fy: round(tot[fy] / 1e6, 1) for fy in yrs}
    W, H, x0, y0 = 600, 300, 60, 260
    vmax = max(vals.values()) * 1.15
    bars = ""
    for i, fy in enumerate(yrs):
        v = vals[fy]
        h = v / vmax * 220
        x = x0 + 30 + i * 105
        lab = F(f"{v:,.1f}", int(round(v * 1_000_000)), "yen", "outstanding", "actual", fy, wareki(fy, "short"), "total", None, None)
        bars += (f'<rect x="{x}" y="{y0 - h:.1f}" width="55" height="{h:.1f}" fill="#7f9fbf"/>'
                 f'<text x="{x + 27.5}" y="{y0 - h - 6:.1f}" text-anchor="middle" font-size="13">{lab}</text>'
                 f'<text x="{x + 27.5}" y="{y0 + 18}" text-anchor="middle" font-size="13">{wareki(fy, "short")}</text>')
    svg = (f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" '
           f'font-family="IPAexGothic"><line x1="{x0}" y1="{y0}" x2="{W - 20}" y2="{y0}" stroke="black"/>'
           f'<line x1="{x0}" y1="30" x2="{x0}" y2="{y0}" stroke="black"/>'
           f'<text x="{x0 - 8}" y="22" font-size="12">（百万円）</text>{bars}</svg>')
    # change table for the six largest
    rows = ""
    for nm in list(DATA)[:6]:
        a, b = DATA[nm][2023]["ot"], DATA[nm][2024]["ot"]
        rows += (f"<tr><td class='nm'>{nm}</td><td>{amount(nm, 2023, '令和５年度', 'total', 'outstanding', a)}</td>"
                 f"<td>{amount(nm, 2024, '令和６年度', 'total', 'outstanding', b)}</td>"
                 f"<td>{F(sen(b - a), b - a, 'yen', 'difference', 'actual', 2024, '令和６年度', 'total', nm, nm)}</td></tr>")
    a = sum(DATA[nm][2023]["ot"] for nm in DATA)
    b = sum(DATA[nm][2024]["ot"] for nm in DATA)
    rows += (f"<tr class='sum'><td class='nm'>12債権計</td><td>{F(k(a), a, 'yen', 'outstanding', 'actual', 2023, '令和５年度', 'total', None, '12債権計')}</td>"
             f"<td>{F(k(b), b, 'yen', 'outstanding', 'actual', 2024, '令和６年度', 'total', None, '12債権計')}</td>"
             f"<td>{F(sen(b - a), b - a, 'yen', 'difference', 'actual', 2024, '令和６年度', 'total', None, '12債権計')}</td></tr>")
    return f"""
<div class="pg">
<p class="shiryo">資料２</p>
<h2>２　主要債権の収入未済額の推移</h2>
<p class="cap">図１　主要債権（12債権）の収入未済額の推移（各年度末）</p>
<div class="chart">{svg}</div>
<p class="src">出典：各年度決算</p>
<p class="cap" style="margin-top:18px">表２　収入未済額の前年度比較（収入未済額の多い６債権）</p>
<div class="boxed">
<table class="diff"><thead><tr><th>債権名</th><th>令和５年度末</th><th>令和６年度末</th><th>増減</th></tr></thead>
<tbody>{rows}</tbody></table>
<p class="unitnote">（単位：千円）</p>
</div>
<p class="src">出典：令和５年度・令和６年度決算（増減の△は減少を示す。）</p>
</div>"""


SHEETS = [
    ("市税", [
        ("納期限後20日以内の電話催告とＳＭＳによる催告を組み合わせ、現年度分の初期滞納を早期に解消する。", "継続"),
        ("高額・困難案件を特別滞納整理係に移管し、預貯金・給与等の債権差押えを優先して実施する。", "継続"),
        ("電子預貯金照会の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "拡充"),
        ("Ｗｅｂ口座振替受付サービスの案内を納税通知書に同封し、口座振替の加入を促進する。", "新規"),
    ]),
    ("国民健康保険税", [
        ("資格取得時の窓口で口座振替の申込みを原則とし、加入率の向上を図る。", "継続"),
        ("３期以上の未納世帯には催告書の送付後、速やかに財産調査を行い、滞納処分を実施する。", "拡充"),
        ("社会保険の加入による資格喪失の届出漏れを調査し、適正な賦課により滞納の発生を抑制する。", "新規"),
    ]),
    ("後期高齢者医療保険料", [
        ("普通徴収の被保険者に対し、年齢到達時の通知にあわせて口座振替を勧奨する。", "継続"),
        ("滞納者のうち年金受給者について、特別徴収への切替えを神奈川県後期高齢者医療広域連合と連携して進める。", "新規"),
        ("高額滞納者には臨戸訪問による納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
    ]),
    ("市営住宅使用料", [
        ("入居者の滞納が２か月に達した時点で、連帯保証人へ文書と電話で通知する。", "継続"),
        ("退去者の滞納分について、弁護士法人への回収業務委託の対象を拡大する。", "拡充"),
        ("長期・高額の滞納者には、明渡請求を前提とした法的措置を計画的に進める。", "継続"),
        ("家賃の減免制度の周知を図り、生活困窮による滞納の発生を予防する。", None),
    ]),
]

TARGETS = {  # (fy): (cur target, arr target, outstanding target 千円)
    "市税": {2023: (99.20, 30.00, 1_010_000), 2024: (99.25, 31.00, 980_000), 2025: (99.30, 33.00, 900_000)},
    "国民健康保険税": {2023: (95.00, 26.00, 1_120_000), 2024: (95.50, 27.50, 1_050_000), 2025: (95.80, 29.00, 980_000)},
    "後期高齢者医療保険料": {2023: (99.40, 38.00, 18_000), 2024: (99.50, 40.00, 17_500), 2025: (99.55, 42.00, 17_000)},
    "市営住宅使用料": {2023: (98.00, 18.00, 70_000), 2024: (98.20, 19.00, 66_000), 2025: (98.40, 21.00, 62_000)},
}


def sheet(idx, nm, items):
    G.page = 5 + idx
    canon = INFO[nm][1]
    dept, kubun = INFO[nm][2], INFO[nm][3]
    yrs = [2020, 2021, 2022, 2023, 2024]
    yl = {fy: wareki(fy) for fy in yrs}
    D = DATA[nm]
    head = "".join(f"<th>{yl[fy]}</th>" for fy in yrs)
    body = ""
    for seg, lab, a, c in (("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"), ("total", "計", "ta", "tc")):
        r1 = "".join(f"<td>{amount(nm, fy, yl[fy], seg, 'assessed', D[fy][a])}</td>" for fy in yrs)
        r2 = "".join(f"<td>{amount(nm, fy, yl[fy], seg, 'collected', D[fy][c])}</td>" for fy in yrs)
        r3 = "".join(f"<td>{pct(nm, fy, yl[fy], seg, rate(D[fy][c], D[fy][a]), sign='%')}</td>" for fy in yrs)
        zebra = " z" if seg == "arrears" else ""
        body += (f"<tr class='{zebra}'><th rowspan='3' class='v'>{lab}</th><th>調定額</th>{r1}</tr>"
                 f"<tr class='{zebra}'><th>収入済額</th>{r2}</tr><tr class='{zebra}'><th>収納率</th>{r3}</tr>")
    r4 = "".join(f"<td>{amount(nm, fy, yl[fy], 'total', 'written_off', D[fy]['two'])}</td>" for fy in yrs)
    r5 = "".join(f"<td>{amount(nm, fy, yl[fy], 'total', 'outstanding', D[fy]['ot'])}</td>" for fy in yrs)
    body += f"<tr><th colspan='2'>不納欠損額</th>{r4}</tr><tr class='sum'><th colspan='2'>収入未済額</th>{r5}</tr>"

    # targets vs results, two blocks side by side (令和５年度 | 令和６年度)
    T = TARGETS[nm]
    tb = ""
    for lab, seg, a, c, ti in (("現年度分収納率（％）", "current", "ca", "cc", 0), ("滞納繰越分収納率（％）", "arrears", "aa", "ac", 1)):
        tds = ""
        for fy in (2023, 2024):
            fyr = wareki(fy)
            tg = T[fy][ti]
            ac = rate(D[fy][c], D[fy][a])
            ach = round(ac / tg * 100, 1)
            tds += (f"<td>{pct(nm, fy, fyr, seg, tg, basis='target')}</td><td>{pct(nm, fy, fyr, seg, ac)}</td>"
                    f"<td>{F(f'{ach:.1f}', ach, 'percent', 'achievement_rate', 'actual', fy, fyr, seg, nm, nm)}</td>")
        tb += f"<tr><th>{lab}</th>{tds}</tr>"
    tds = ""
    for fy in (2023, 2024):
        fyr = wareki(fy)
        tg = T[fy][2] * 1000
        tds += (f"<td>{F(comma(T[fy][2]), tg, 'yen', 'outstanding', 'target', fy, fyr, 'total', nm, nm)}</td>"
                f"<td>{amount(nm, fy, fyr, 'total', 'outstanding', D[fy]['ot'])}</td><td>－</td>")
    tb += f"<tr><th>収入未済額（千円）</th>{tds}</tr>"

    # next year's targets with the last result in brackets
    t25 = T[2025]
    r24c, r24a = rate(D[2024]["cc"], D[2024]["ca"]), rate(D[2024]["ac"], D[2024]["aa"])

    def br(tv, av, seg):
        return (pct(nm, 2025, "令和７年度", seg, tv, basis="target") + "（"
                + pct(nm, 2024, "令和６年度", seg, av) + "）")
    strip = (f"<tr><th>現年度分</th><td>{br(t25[0], r24c, 'current')}</td><th>滞納繰越分</th><td>{br(t25[1], r24a, 'arrears')}</td>"
             f"<th>収入未済額</th><td>{F(comma(t25[2]) + '千円', t25[2] * 1000, 'yen', 'outstanding', 'target', 2025, '令和７年度', 'total', nm, nm)}</td></tr>")

    lis = ""
    circ = "①②③④⑤⑥"
    for i, (txt, tag) in enumerate(items):
        G.init(canon, 2025, "令和７年度の主な取組", circ[i], txt, tag, debt_raw=nm)
        if tag and i == 1:
            lis += f"<p class='it'>{circ[i]}　{txt}<br><span class='tag'>【{tag}】</span></p>"
        else:
            lis += f"<p class='it'>{circ[i]}　{txt}{'【' + tag + '】' if tag else ''}</p>"

    return f"""
<div class="pg">
<p class="shiryo">資料３－{idx + 1}</p>
<h2>取組個票</h2>
<table class="strip"><tr><th>債権名</th><td>{nm}</td><th>所管課</th><td>{dept}</td><th>債権区分</th><td>{kubun}</td></tr></table>
<p class="sec">１　収納状況の推移<span class="unit">（単位：千円）</span></p>
<table class="hist"><thead><tr><th colspan="2">区分</th>{head}</tr></thead><tbody>{body}</tbody></table>
<p class="sec">２　目標と実績</p>
<table class="tgt"><thead><tr><th rowspan="2">項目</th><th colspan="3">令和５年度</th><th colspan="3">令和６年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead><tbody>{tb}</tbody></table>
<p class="fn">達成率＝実績÷目標×100（収納率のみ算出）</p>
<p class="sec">３　令和７年度の目標<span class="unit">（収納率は％、（　）内は令和６年度実績）</span></p>
<table class="strip">{strip}</table>
<p class="sec">４　令和７年度の主な取組</p>
<div class="frame">{lis}</div>
</div>"""


CSS = """
@page { size: A4 portrait; margin: 14mm 14mm 14mm 14mm;
  @bottom-center { content: "－ " counter(page) " －"; font-family: "IPAexGothic"; font-size: 9pt; } }
@page land { size: A4 landscape; margin: 12mm 12mm 12mm 12mm;
  @bottom-center { content: "－ " counter(page) " －"; font-family: "IPAexGothic"; font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
.land { page: land; }
.pg { break-after: page; }
body { font-family: "IPAexGothic"; font-size: 10pt; color: #000; margin: 0; }
h1 { font-size: 22pt; text-align: center; margin: 70px 0 10px 0; line-height: 1.5; }
h2 { font-size: 13pt; margin: 4px 0 8px 0; border-left: 6px solid #44617b; padding-left: 6px; }
h3 { font-size: 12pt; margin: 26px 0 6px 40px; }
.right { text-align: right; } .center { text-align: center; } .big { font-size: 14pt; }
.cover .frame { margin: 30px 40px; }
.frame { border: 1px solid #000; padding: 6px 10px; }
table.toc { margin-left: 60px; border-collapse: collapse; font-size: 11pt; }
table.toc td { padding: 4px 14px 4px 0; }
.foot { text-align: center; margin-top: 120px; font-size: 11pt; }
.shiryo { text-align: right; margin: 0; font-size: 10pt; }
.cap { font-weight: bold; margin: 4px 0 3px 0; }
.unit { font-weight: normal; font-size: 9pt; margin-left: 12px; }
.src { font-size: 8.5pt; margin: 3px 0 0 0; }
.fn { font-size: 8.5pt; margin: 2px 0 0 0; }
.mk { font-size: 7pt; vertical-align: super; }
table.sum { border-collapse: collapse; width: 100%; font-size: 9.6pt; }
table.sum th { background: #44617b; color: #fff; font-weight: normal; padding: 3px 2px; border: 1px solid #fff; }
table.sum td { text-align: right; padding: 9px 3px; border: none; }
table.sum tbody tr:nth-child(even) td { background: #e6edf3; }
table.sum td.nm { text-align: left; white-space: nowrap; }
table.sum td.bk, table.sum th.bk { text-align: left; width: 118px; font-size: 8pt; }
table.sum tr.sum td { border-top: 1.5px solid #000; font-weight: bold; background: #fff; }
.chart { margin: 4px 0 0 30px; }
.boxed { border: 1.5px solid #000; padding: 8px; width: 560px; }
table.diff { border-collapse: collapse; width: 100%; }
table.diff th { background: #d9d9d9; border: 1px solid #888; padding: 3px; font-weight: normal; }
table.diff td { border: 1px solid #888; padding: 3px 6px; text-align: right; }
table.diff td.nm { text-align: left; }
table.diff tr.sum td { font-weight: bold; }
.unitnote { text-align: right; font-size: 8.5pt; margin: 2px 0 0 0; }
table.strip { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
table.strip th { background: #d9e2ec; border: 1px solid #000; padding: 4px; font-weight: normal; white-space: nowrap; }
table.strip td { border: 1px solid #000; padding: 4px 8px; }
.sec { font-weight: bold; margin: 10px 0 3px 0; }
table.hist { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.hist th { border: 1px solid #000; background: #eef2f5; font-weight: normal; padding: 2px 4px; }
table.hist td { border: 1px solid #000; text-align: right; padding: 2px 6px; }
table.hist tr.z td { background: #f6f6f6; }
table.hist th.v { writing-mode: vertical-rl; width: 22px; letter-spacing: 2px; }
table.hist tr.sum td { font-weight: bold; }
table.tgt { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.tgt th { border: 1px solid #000; background: #eef2f5; font-weight: normal; padding: 2px 4px; }
table.tgt td { border: 1px solid #000; text-align: right; padding: 2px 6px; }
.it { margin: 3px 0 3px 1.2em; text-indent: -1.2em; line-height: 1.5; }
.tag { margin-left: 1.2em; }
"""


def build():
    parts = [cover(), summary_pages(), chart_page()]
    for i, (nm, items) in enumerate(SHEETS):
        parts.append(sheet(i, nm, items))
    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    h = WORK / f"{STEM}.html"
    h.write_text(html, encoding="utf-8")
    PDF_DIR.mkdir(exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(h, pdf)
    return pdf


def main():
    pdf = build()
    gp = G.write(pdf)
    errs = check_pdf(pdf, gp)
    print("\n".join(errs[:30]) or "raw check ok", len(errs))


if __name__ == "__main__":
    main()
