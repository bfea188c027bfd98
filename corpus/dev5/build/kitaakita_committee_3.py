"""(c) committee_material — 北秋田市債権管理委員会 資料 style: interim table as of 令和6年2月29日 (leap year) with
前年同期; per-debt pages where the debt is named ONLY in a section heading (（１）市税 / ■ 市営住宅使用料), tables whose
metric is only in the title (収納率の推移（単位：％）, 収入未済額の推移（単位：千円）), years as columns, segments as
rows, values without %; 取組 ア/イ/ウ with tags after the 。. PyMuPDF Story (HTML), A4 portrait."""
from common import F, I, PDF, c, check, fmt, oku_man, rate, write_gold
from storyutil import render

STEM = "kitaakita_committee_3"
CITY = "北秋田市"
YEARS = (2020, 2021, 2022)
YRAW = {2020: "令和2年度", 2021: "3年度", 2022: "4年度"}
# base (千円): current assessed 2020, yearly change, current collection rate ‰ per year, arrears collect ‰, write-off ‰,
# arrears assessed 2020
BASE = {
    "市税":            (3_412_806, 21_300, (9861, 9874, 9880), (2410, 2530, 2650), (1010, 980, 1120), 118_406),
    "国民健康保険税":   (812_405, -9_850, (9302, 9344, 9371), (1620, 1710, 1790), (1420, 1380, 1510), 196_220),
    "介護保険料":       (702_118, 8_420, (9880, 9886, 9893), (1830, 1910, 2040), (2210, 2150, 2080), 18_114),
    "後期高齢者医療保険料": (262_440, 5_120, (9952, 9958, 9961), (3110, 3260, 3380), (910, 870, 820), 2_806),
    "市営住宅使用料":   (128_660, -1_240, (9712, 9730, 9744), (1120, 1190, 1260), (660, 610, 580), 21_440),
    "水道料金":        (904_330, -3_110, (9902, 9908, 9911), (4820, 5010, 5160), (520, 490, 470), 12_904),
}
HEAD = {"市税": "（１）市税", "国民健康保険税": "（２）国民健康保険税", "介護保険料": "（３）介護保険料",
        "後期高齢者医療保険料": "（４）後期高齢者医療保険料", "市営住宅使用料": "■ 市営住宅使用料", "水道料金": "■ 水道料金"}
INIT = {
    "市税": [("差押え可能な財産が判明した滞納者に対し、差押予告を経ずに速やかに滞納処分を行う。", "継続"),
             ("インターネット公売を年2回から年3回に増やす。", "拡充"),
             ("秋田県地方税滞納整理機構への引継ぎ案件を選定し、高額事案の整理を進める。", "継続")],
    "国民健康保険税": [("納税相談時に資格の状況を確認し、社会保険加入者の資格喪失届出を促す。", "継続"),
                   ("口座振替の申込みを納付書送付時に同封する案内で勧奨する。", "新規")],
    "介護保険料": [("時効が近い未納分を月次で抽出し、督促・催告を行って時効の更新を図る。", "継続"),
              ("給付制限の対象となる前に、ケアマネジャーと連携して納付を促す。", "新規")],
    "後期高齢者医療保険料": [("年金からの特別徴収への早期切替を広域連合と調整する。", "継続"),
                    ("納付書にスマートフォン決済用のコードを印字する。", "拡充")],
    "市営住宅使用料": [("滞納2か月で連帯保証人に通知し、3か月で明渡しの予告を行う。", "継続"),
                ("退去者の未納分について、債権回収業務の委託を検討する。", "新規")],
    "水道料金": [("給水停止予告の後も納付のない使用者に対し、給水停止を執行する。", "継続"),
             ("閉栓時の精算を徹底し、転出後の未納の発生を防ぐ。", "継続")],
}
# interim as of 令和6年2月29日 (yen): current (assessed, collected), arrears collected; prev-year rates (cur, arr)
INTERIM = {
    "市税": (3_498_221_400, 3_284_630_120, 31_402_660, (93.71, 26.10)),
    "国民健康保険税": (788_905_300, 688_120_450, 27_310_800, (87.40, 13.85)),
    "介護保険料": (726_880_100, 703_412_900, 3_620_400, (96.70, 18.44)),
    "後期高齢者医療保険料": (278_114_600, 270_880_300, 1_002_300, (97.22, 30.45)),
    "市営住宅使用料": (125_012_800, 110_402_600, 3_412_700, (88.14, 11.62)),
    "水道料金": (895_420_300, 802_660_100, 5_890_400, (89.80, 44.02)),
}


def series(x):
    ca0, step, cr, ar, wr, aa0 = BASE[x]
    out = {}
    aa = aa0
    for i, fy in enumerate(YEARS):
        ca = ca0 + step * i
        cc = ca * cr[i] // 10000
        ac = aa * ar[i] // 10000
        aw = aa * wr[i] // 10000
        out[fy] = dict(ca=ca, cc=cc, co=ca - cc, aa=aa, ac=ac, aw=aw, ao=aa - ac - aw)
        aa = (ca - cc) + (aa - ac - aw)
    return out


def build():
    facts, inits, pages = [], [], []
    debts = list(BASE)
    S = {x: series(x) for x in debts}
    # ---------- page 1: 次第
    tot22 = sum(S[x][2022]["co"] + S[x][2022]["ao"] for x in debts) * 1000
    a = (tot22 + 500_000) // 1_000_000 * 1_000_000
    s = "約" + oku_man(a)
    facts.append(F(None, 2022, "令和4年度決算", "total", "outstanding", "actual", a, "yen", s, 1, approx=True,
                   debt_raw=None))
    pages.append(f"""
<h1>令和5年度第3回 北秋田市債権管理委員会</h1>
<p class="right">日時　令和6年3月18日（月）午後1時30分<br/>場所　北秋田市役所 第1会議室</p>
<h2>次　第</h2>
<p>１　開会</p>
<p>２　委員長あいさつ</p>
<p>３　報告事項</p>
<p>　（１）主要債権の収納状況について（令和6年2月29日現在）……資料1</p>
<p>　（２）債権ごとの収納率及び収入未済額の推移について……資料2</p>
<p>４　協議事項</p>
<p>　（１）令和6年度の取組について……資料2</p>
<p>５　その他</p>
<p>６　閉会</p>
<h2>報告の概要</h2>
<p>　本市の主要6債権の収入未済額は、令和4年度決算で{s}となり、前年度から減少した。令和5年度は2月末時点で
前年同期を上回る債権が多いが、国民健康保険税の現年分は前年同期を下回っており、出納整理期間までの対応が必要である。</p>
<p>　委員会では、各債権の所管課から取組状況の報告を受け、令和6年度の取組について協議する。</p>
""")
    # ---------- page 2: 資料1 interim table
    rows = ""
    for x in debts:
        ca, cc, ac, (pc, pa) = INTERIM[x]
        aa = (S[x][2022]["co"] + S[x][2022]["ao"]) * 1000
        rc, ra = rate(cc, ca, 2), rate(ac, aa, 2)
        for seg, A, C, R, P, lab in (("current", ca, cc, rc, pc, "現年分"), ("arrears", aa, ac, ra, pa, "滞納繰越分")):
            first = f'<td rowspan="2">{x}</td>' if seg == "current" else ""
            rows += (f"<tr>{first}<td>{lab}</td><td class='n'>{c(A)}</td><td class='n'>{c(C)}</td>"
                     f"<td class='n'>{R:.2f}％</td><td class='n'>{P:.2f}％</td><td class='n'>{fmt(round(R - P, 2), 2)}</td></tr>")
            for m, v, raw in (("assessed", A, c(A)), ("collected", C, c(C))):
                facts.append(F(x, 2023, "令和6年2月29日現在", seg, m, "interim", v, "yen", raw, 2, as_of="2024-02-29"))
            facts.append(F(x, 2023, "令和6年2月29日現在", seg, "collection_rate", "interim", R, "percent", f"{R:.2f}％", 2,
                           as_of="2024-02-29"))
            facts.append(F(x, 2022, "前年同期", seg, "collection_rate", "interim", P, "percent", f"{P:.2f}％", 2,
                           as_of="2023-02-28"))
    pages.append(f"""
<p class="right">資料1</p>
<h2>１　主要債権の収納状況（令和6年2月29日現在）</h2>
<p class="right note">（単位：円）</p>
<table>
<tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同期<br/>収納率</th><th>差</th></tr>
{rows}
</table>
<p class="note">※滞納繰越分の調定額は令和4年度末の収入未済額。前年同期は令和5年2月末現在。差はポイント。</p>
<p>　2月末時点では、市税、介護保険料、後期高齢者医療保険料及び市営住宅使用料の現年分収納率が前年同期を上回っている。</p>
""")
    # ---------- pages 3-5: per debt (two per page)
    for k in range(0, len(debts), 2):
        pn = len(pages) + 1
        html = '<p class="right">資料2</p>' + ("<h2>２　債権ごとの状況と令和6年度の取組</h2>" if k == 0 else "")
        for x in debts[k:k + 2]:
            ser = S[x]
            hdr = "".join(f"<th style='width:70pt'>{YRAW[fy]}</th>" for fy in YEARS)
            rr, orow = "", ""
            for seg, lab in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計")):
                rcells, ocells = "", ""
                for fy in YEARS:
                    d = ser[fy]
                    A, C, O = {"current": (d["ca"], d["cc"], d["co"]), "arrears": (d["aa"], d["ac"], d["ao"]),
                               "total": (d["ca"] + d["aa"], d["cc"] + d["ac"], d["co"] + d["ao"])}[seg]
                    r = rate(C, A, 1)
                    rcells += f"<td class='n'>{fmt(r)}</td>"
                    ocells += f"<td class='n'>{c(O)}</td>"
                    facts.append(F(x, fy, YRAW[fy], seg, "collection_rate", "actual", r, "percent", fmt(r), pn))
                    facts.append(F(x, fy, YRAW[fy], seg, "outstanding", "actual", O * 1000, "yen", c(O), pn))
                rr += f"<tr><td>{lab}</td>{rcells}</tr>"
                orow += f"<tr><td>{lab}</td>{ocells}</tr>"
            items = ""
            for j, (t, st) in enumerate(INIT[x]):
                lab = "アイウ"[j]
                items += f"<p>　{lab}　{t}【{st}】</p>"
                inits.append(I(x, 2024, "令和6年度の取組", lab, t, st, pn))
            html += f"""
<h3>{HEAD[x]}</h3>
<p class="note">収納率の推移（単位：％）</p>
<table><tr><th style="width:80pt">区分</th>{hdr}</tr>{rr}</table>
<p class="note">収入未済額の推移（単位：千円）</p>
<table><tr><th style="width:80pt">区分</th>{hdr}</tr>{orow}</table>
<p><b>令和6年度の取組</b></p>
{items}
"""
        pages.append(html)
    render(pages, PDF / f"{STEM}.pdf", header="令和5年度第3回 北秋田市債権管理委員会 資料",
           footer_fmt="{n} / {N}")
    d = {"kind": "committee_material", "municipality": CITY, "title": "令和5年度第3回 北秋田市債権管理委員会",
         "date": "2024-03-18", "date_raw": "令和6年3月18日（月）"}
    write_gold(STEM, d, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
