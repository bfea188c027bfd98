"""三次市債権管理計画（第２期） with a 推進シート per debt — PyMuPDF Story (portrait)."""
from __future__ import annotations

from e7_common import PDF, comma, fact, initiative, rate, story_pdf, write_gold, zen

STEM = "e_miyoshi_keikaku_1"
CITY = "三次市"
YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]
TYEARS = [(2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度"), (2028, "令和１０年度"), (2029, "令和１１年度")]

# debt, 所管, arrears assessed R1 (円), current assessed by year, current rate by year, arrears rate by year,
# written-off by year, delinquents R5, targets (cur, arr) by target year, 取組
DEBTS = [
    ("市税", "税務課", 612_488_350,
     [6_812_440_120, 6_698_302_450, 6_755_910_380, 6_902_118_760, 6_941_560_240],
     [98.62, 98.71, 98.95, 99.02, 99.10], [22.40, 23.85, 25.12, 26.30, 27.05],
     [41_220_315, 38_604_117, 36_915_480, 33_402_996, 31_870_205], 1_284,
     [(99.15, 28.0), (99.20, 28.5), (99.20, 29.0), (99.25, 29.5), (99.30, 30.0)],
     [("①", "現年課税分の未納者に対し、納期限後30日以内に電話とSMSによる催告を行う。", "継続"),
      ("②", "滞納繰越分は財産調査を年度当初に一斉に行い、差押えと執行停止の判断を早める。", "拡充"),
      ("③", "広島県と共同で個人住民税の特別徴収の一斉指定を進める。", "継続")]),
    ("国民健康保険税", "保険年金課", 318_905_440,
     [1_120_558_300, 1_098_204_600, 1_071_336_900, 1_046_820_100, 1_018_445_700],
     [94.10, 94.52, 94.81, 94.95, 95.20], [17.85, 18.90, 19.46, 20.12, 21.33],
     [22_105_318, 20_882_410, 19_403_002, 18_226_574, 17_018_903], 1_037,
     [(95.30, 21.5), (95.40, 22.0), (95.50, 22.5), (95.60, 23.0), (95.70, 23.5)],
     [("①", "納税課と合同で財産調査を行い、担税力のある滞納者への差押えを強化する。", "拡充"),
      ("②", "口座振替の勧奨を資格取得の手続の際に必ず行う。", "継続")]),
    ("保育所保育料", "子育て支援課", 18_226_900,
     [214_880_400, 198_602_100, 186_405_300, 120_318_600, 118_902_500],
     [98.84, 98.90, 99.05, 99.12, 99.20], [15.40, 17.22, 18.05, 19.60, 21.15],
     [1_205_300, 985_400, 1_102_600, 842_100, 730_500], 64,
     [(99.25, 22.0), (99.30, 23.0), (99.30, 24.0), (99.35, 25.0), (99.40, 26.0)],
     [("①", "未納が２か月続いた世帯には園長を通じて納付を案内し、児童手当からの徴収の申出を勧める。", "継続"),
      ("②", "卒園児の滞納分は納税課へ徴収を引き継ぎ、滞納処分を行う。", "新規")]),
    ("市営住宅使用料", "都市建築課", 52_418_200,
     [148_220_400, 146_905_800, 144_318_600, 141_902_400, 140_115_300],
     [96.80, 96.95, 97.10, 97.24, 97.40], [8.95, 9.40, 10.02, 10.65, 11.20],
     [2_018_300, 1_804_600, 2_215_900, 1_950_400, 1_688_200], 97,
     [(97.50, 11.5), (97.60, 12.0), (97.70, 12.5), (97.80, 13.0), (97.90, 13.5)],
     [("①", "滞納３か月で連帯保証人に通知し、６か月で明渡請求訴訟の手続に入る。", "継続"),
      ("②", "退去者の滞納分は債権回収会社への委託を検討する。", "新規")]),
]


def series(arr0, cur_a, cur_r, arr_r, wo):
    rows = []
    arr_a = arr0
    for i in range(5):
        ca = cur_a[i]
        cc = round(ca * cur_r[i] / 100)
        ac = round(arr_a * arr_r[i] / 100)
        assert rate(cc, ca) == cur_r[i] and rate(ac, arr_a) == arr_r[i]
        out = ca + arr_a - cc - ac - wo[i]
        rows.append((ca, cc, rate(cc, ca), arr_a, ac, rate(ac, arr_a), wo[i], out,
                     rate(cc + ac, ca + arr_a)))
        arr_a = out
    return rows


def main():
    facts, inits = [], []
    F = lambda *a, **k: facts.append(fact(*a, **k))
    data = {d[0]: series(*d[2:7]) for d in DEBTS}
    h = []
    h.append("<div class='cover'><p class='big'>三次市債権管理計画（第２期）</p><p class='mid'>令和７年度～令和１１年度</p>"
             "<p class='mid'>令和７年３月</p><p class='mid'>三　次　市</p></div>")
    h.append("<h2>１　計画の趣旨</h2><p class='p'>本市では、平成２９年度に債権管理条例を制定し、令和２年度から第１期の債権管理計画に"
             "基づいて収納率の向上と収入未済額の縮減に取り組んできた。第１期計画の期間中、市税等の主要債権の収入未済額は"
             "着実に減少したが、国民健康保険税や市営住宅使用料の滞納繰越分は依然として多額であり、引き続き全庁的な"
             "取組が必要である。このため、第２期計画を策定し、債権ごとの目標と取組を推進シートとして定める。</p>")
    h.append("<h2>２　計画の期間</h2><p class='p'>令和７（2025）年度から令和１１（2029）年度までの５か年とする。</p>")
    h.append("<h2>３　目標収納率</h2><p class='p'>主要債権の目標収納率は、令和５年度の実績を基に次のとおり定める。</p>")
    h.append("<table class='t'><tr><th rowspan='2'>区分</th><th colspan='2'>令和５年度実績</th><th colspan='2'>令和７年度</th>"
             "<th colspan='2'>令和９年度</th><th colspan='2'>令和１１年度</th></tr><tr>"
             + "<th>現年</th><th>合計</th>" * 4 + "</tr>")
    A = "３　目標収納率"
    for d in DEBTS:
        debt, tg = d[0], d[8]
        r5 = data[debt][4]
        # 合計 target: weighted by R5 shares
        def tot(tc, ta):
            ca, aa = r5[0], r5[7]
            return round((ca * tc + aa * ta) / (ca + aa), 1)
        cells = [(r5[2], 2023, "令和５年度実績", "current", "actual"), (r5[8], 2023, "令和５年度実績", "total", "actual")]
        for idx, (fy, fyr) in ((0, TYEARS[0]), (2, TYEARS[2]), (4, TYEARS[4])):
            cells.append((tg[idx][0], fy, fyr, "current", "target"))
            cells.append((tot(*tg[idx]), fy, fyr, "total", "target"))
        tds = []
        for v, fy, fyr, seg, basis in cells:
            txt = f"{v:.2f}" if basis == "actual" or seg == "current" else f"{v:.1f}"
            tds.append(f"<td class='n'>{txt}</td>")
            F(debt, fy, fyr, seg, "collection_rate", basis, v, "percent", txt, anchor=A)
        h.append(f"<tr><td>{debt}</td>{''.join(tds)}</tr>")
    h.append("</table><p class='note'>※単位はすべてパーセントです。合計は現年分と滞納繰越分を合わせた収納率です。</p>")
    h.append("<h2>４　推進シートの見方</h2><p class='p'>収納率＝収入済額÷調定額×100（小数点第３位を四捨五入）。"
             "収入未済額＝調定額－収入済額－不納欠損額。各年度の数値は決算時点のものである。</p>")
    chunks = ["".join(h)]

    for no, d in enumerate(DEBTS, 1):
        debt, ka = d[0], d[1]
        rows = data[debt]
        h = [f"<h2>５　債権ごとの取組（{debt}）</h2>",
             f"<p class='sub'>推進シート {no}　　所管課：{ka}</p>",
             "<h3>(1) 収納状況の推移</h3><p class='unit'>（単位：円、％）</p>",
             "<table class='t s'><tr><th rowspan='2'>年度</th><th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th>"
             "<th rowspan='2'>不納欠損額</th><th rowspan='2'>収入未済額</th></tr>"
             "<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>"]
        anchor = f"５　債権ごとの取組（{debt}）"
        for (fy, fyr), r in zip(YEARS, rows):
            ca, cc, cr, aa, ac, ar, wo, out, tr = r
            h.append(f"<tr><td>{fyr}</td><td class='n'>{comma(ca)}</td><td class='n'>{comma(cc)}</td><td class='n'>{cr:.2f}</td>"
                     f"<td class='n'>{comma(aa)}</td><td class='n'>{comma(ac)}</td><td class='n'>{ar:.2f}</td>"
                     f"<td class='n'>{comma(wo)}</td><td class='n'>{comma(out)}</td></tr>")
            for seg, met, v, raw, unit in [("current", "assessed", ca, comma(ca), "yen"), ("current", "collected", cc, comma(cc), "yen"),
                                           ("current", "collection_rate", cr, f"{cr:.2f}", "percent"),
                                           ("arrears", "assessed", aa, comma(aa), "yen"), ("arrears", "collected", ac, comma(ac), "yen"),
                                           ("arrears", "collection_rate", ar, f"{ar:.2f}", "percent"),
                                           ("total", "written_off", wo, comma(wo), "yen"), ("total", "outstanding", out, comma(out), "yen")]:
                F(debt, fy, fyr, seg, met, "actual", v, unit, raw, anchor=anchor)
        h.append("</table>")
        h.append(f"<p class='note'>※令和５年度末の滞納者数　{comma(d[7])}人</p>")
        F(debt, 2023, "令和５年度末", "total", "delinquents", "actual", d[7], "persons", f"{comma(d[7])}人", anchor=anchor)
        h.append("<h3>(2) 目標</h3><table class='t'><tr><th>年度</th><th>現年分収納率</th><th>滞納繰越分収納率</th>"
                 "<th>収入未済額の目標</th></tr>")
        out5 = rows[4][7]
        for k, ((fy, fyr), (tc, ta)) in enumerate(zip(TYEARS, d[8])):
            goal = int(round(out5 * (1 - 0.035 * (k + 1)), -5))
            h.append(f"<tr><td>{fyr}</td><td class='n'>{tc:.2f}％</td><td class='n'>{ta:.1f}％</td>"
                     f"<td class='n'>{comma(goal)}円</td></tr>")
            F(debt, fy, fyr, "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}％", anchor=anchor)
            F(debt, fy, fyr, "arrears", "collection_rate", "target", ta, "percent", f"{ta:.1f}％", anchor=anchor)
            F(debt, fy, fyr, "total", "outstanding", "target", goal, "yen", f"{comma(goal)}円", anchor=anchor)
        h.append("</table>")
        h.append("<h3>(3) 目標達成に向けた取組</h3><div class='box'>")
        for lab, text, st in d[9]:
            h.append(f"<p class='item'>{lab}　{text}【{st}】</p>")
            inits.append(initiative(debt, 2025, "目標達成に向けた取組", lab, text, st, anchor=anchor))
        h.append("</div>")
        chunks.append("".join(h))

    css = """
    body {font-size: 10pt; line-height: 1.5;}
    .cover {text-align: center; margin-top: 20pt; margin-bottom: 30pt;}
    .big {font-family: GOT; font-size: 20pt; margin-bottom: 10pt;} .mid {font-size: 13pt;}
    h2 {font-family: GOT; font-size: 12pt; margin: 10pt 0 4pt 0;}
    h3 {font-family: GOT; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
    .p {text-indent: 10pt; margin: 2pt 0;}
    .sub {font-size: 9.5pt; margin: 0 0 4pt 0;}
    .unit {text-align: right; font-size: 8pt; margin: 0;}
    table.t {border-collapse: collapse; width: 100%;}
    table.t th, table.t td {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 9pt;}
    table.s th, table.s td {font-size: 7.4pt; padding: 2pt 2pt;}
    table.t th {background-color: #dfe8f0; font-family: GOT; text-align: center;}
    td.n {text-align: right;}
    .note {font-size: 8.5pt; margin: 3pt 0;}
    .box {border: 0.8pt solid black; padding: 4pt 6pt;}
    .item {text-indent: -12pt; margin: 2pt 0 2pt 12pt;}
    """
    story_pdf(chunks, css, PDF / f"{STEM}.pdf", header=lambda i, n: "三次市債権管理計画（第２期）" if i > 1 else None,
              footer=lambda i, n: f"{i}")
    document = {"kind": "plan", "municipality": CITY, "title": "三次市債権管理計画（第２期）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
