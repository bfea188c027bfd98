"""qf_sakurai_plan_1: 第２次桜井市債権管理計画, HTML/CSS -> chromium (one landscape page).
Run from corpus/frozen44:  python3 build/qf_sakurai_plan_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qf_common import Gold, WORK, SET_DIR, chromium_pdf  # noqa: E402

STEM = "qf_sakurai_plan_1"
CITY = "桜井市"
TITLE = "第２次桜井市債権管理計画"
g = Gold(STEM, "plan", "keikaku", CITY, TITLE, "2025-03-01", "令和７年３月")
P = 1


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, debt_raw=None, page=None):
    return g.fact(page or P, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx)


def tri(v, dec=1, mark="△"):
    return (mark if v < 0 else "") + f"{abs(v):,.{dec}f}"


pages = []
# debt data ------------------------------------------------------------------
# full, short, 会計, 所管課, outstanding 百万円 R5..R1 (descending)
DEBTS = [
    ("市税", "市税", "一般会計", "税務課", [402.6, 431.8, 458.2, 489.5, 512.0]),
    ("保育料", "保育料", "一般会計", "こども未来課", [18.4, 19.9, 21.6, 22.8, 24.1]),
    ("市営住宅使用料", "住宅使用料", "一般会計", "住宅課", [61.2, 63.5, 64.8, 66.0, 67.9]),
    ("生活保護費返還金", "生保返還金", "一般会計", "社会福祉課", [84.7, 80.2, 77.5, 71.3, 69.0]),
    ("国民健康保険税", "国保税", "国民健康保険事業特別会計", "国保医療課", [488.6, 512.4, 530.1, 551.8, 574.2]),
    ("介護保険料", "介護料", "介護保険事業特別会計", "長寿介護課", [52.3, 55.0, 57.9, 58.4, 60.6]),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療事業特別会計", "国保医療課", [15.6, 16.1, 16.8, 17.0, 17.5]),
]
YRS = [(2023, "令和５年度"), (2022, "令和４年度"), (2021, "令和３年度"), (2020, "令和２年度"), (2019, "令和元年度")]
TOT = [round(sum(d[4][i] for d in DEBTS), 1) for i in range(5)]

# ================================================================ page 1: cover
pages.append(("port", f"""
<div class="cover">
<div class="ctitle">{TITLE}</div>
<div class="csub">（令和７年度～令和９年度）</div>
<div class="cphr">～ 負担の公平性の確保と健全な財政運営をめざして ～</div>
<div class="cdate">令和７年３月</div>
<div class="ccity">桜　井　市</div>
<div class="cdept">総務部財政課（債権管理担当）</div>
</div>"""))

# ================================================================ page 2: 目次 + 第１章
P = 2
toc = [("第１章　計画の概要", 2), ("　１　計画策定の趣旨", 2), ("　２　計画の期間と対象債権", 2),
       ("第２章　債権の現状と課題", 3), ("　１　収入未済額の状況", 3), ("　２　債権別の収入未済額の推移", 4),
       ("第３章　計画の目標", 5), ("第４章　債権ごとの取組（推進シート）", 6)]
tl = "".join(f'<div class="toc"><span>{t}</span><span class="dots"></span><span>{p}</span></div>' for t, p in toc)
pages.append(("port", f"""
<h1 class="center">目　　次</h1>
{tl}
<h2 style="margin-top:12mm">第１章　計画の概要</h2>
<h3>１　計画策定の趣旨</h3>
<p>本市では、平成３０年度に「桜井市債権管理計画」を策定し、市税をはじめとする市の債権について、全庁的な視点から収入未済額の縮減と収納率の向上に取り組んできた。
この間、収入未済額は着実に減少してきたものの、国民健康保険税や市営住宅使用料では、滞納の長期化や債務者の生活困窮など、解決が容易でない案件が依然として残っている。</p>
<p>こうした状況を踏まえ、これまでの取組の成果と課題を検証し、債権の適正な管理と負担の公平性の確保を一層推進するため、第２次桜井市債権管理計画を策定する。</p>
<h3>２　計画の期間と対象債権</h3>
<p>計画期間は、令和７年度から令和９年度までの３年間とする。対象債権は、収入未済額が１千万円以上の一般会計及び特別会計の債権とし、第２章の表１に掲げる７債権とする。</p>
"""))

# ================================================================ page 3: two-column text (2段組)
P = 3
c_rate23, c_rate22 = 97.86, 97.41
col1 = ("<h3>１　収入未済額の状況</h3>"
        "<p>令和５年度末における対象債権の収入未済額は"
        + F(None, 2023, "令和５年度", "total", "outstanding", "actual", 1_123_400_000, "yen", "約11億2,340万円", True) + "で、"
        + "前年度末から" + F(None, 2023, "令和５年度", "total", "difference", "actual", -55_500_000, "yen", "約5,550万円", True)
        + "減少した。第１次計画の初年度に当たる平成３０年度末（H30）の"
        + F(None, 2018, "H30", "total", "outstanding", "actual", 1_380_000_000, "yen", "約13億8,000万円", True)
        + "と比べると、５年間でおよそ２割の縮減となっている。</p>"
        "<p>このうち市税は、現年課税分の収納率が"
        + F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％")
        + "と高い水準を維持しており、全体の収納率も"
        + F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", c_rate23, "percent", "97.86％")
        + "で、前年度比" + F("市税", 2023, "令和５年度", "total", "difference", "actual", 0.45, "points", "0.45ポイント")
        + "上昇した。滞納繰越分の整理が進み、市税の収入未済額は"
        + F("市税", 2023, "令和５年度", "total", "outstanding", "actual", 402_600_000, "yen", "４億260万円")
        + "となった。</p>")
col2 = ("<p>国民健康保険税は、被保険者数の減少により調定額が減少する中、現年課税分の収納率は"
        + F("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", 93.12, "percent", "93.12％", debt_raw="国民健康保険税")
        + "となり、" + F("国民健康保険税", 2023, "令和５年度", "current", "difference", "actual", 1.2, "points", "1.2ポイント")
        + "改善した。しかし、滞納繰越分の収納率は"
        + F("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 19.87, "percent", "19.87％")
        + "にとどまり、収入未済額は対象債権全体の４割強を占めている。</p>"
        "<p>私債権では、市営住宅使用料の退去者分や生活保護費返還金が増加傾向にあり、生活保護費返還金の収入未済額は"
        + F("生活保護費返還金", 2023, "令和５年度", "total", "outstanding", "actual", 84_700_000, "yen", "約8,470万円", True)
        + "と、５年前の令和元年度から"
        + F("生活保護費返還金", 2023, "令和５年度", "total", "difference", "actual", 15_700_000, "yen", "約1,570万円", True)
        + "増加している。返還能力の乏しい債務者が多く、"
        "徴収停止や債権放棄を含めた適正な整理が課題である。</p>"
        "<p>なお、不納欠損額は令和５年度で"
        + F(None, 2023, "令和５年度", "total", "written_off", "actual", 21_800_000, "yen", "約2,180万円", True)
        + "であり、その大半が市税及び国民健康保険税の執行停止後の消滅によるものである。</p>")
pages.append(("port", f"""
<h2>第２章　債権の現状と課題</h2>
<div class="twocol"><div>{col1}</div><div>{col2}</div></div>
<div class="fig">
<div class="cap">【参考】収入未済額の推移（対象債権計）</div>
<div class="ref">・令和元年度末：{F(None, 2019, "令和元年度", "total", "outstanding", "actual", round(TOT[4] * 1e6), "yen", f"{TOT[4]:,.1f}百万円")}<br>
・令和３年度末：{F(None, 2021, "令和３年度", "total", "outstanding", "actual", round(TOT[2] * 1e6), "yen", f"{TOT[2]:,.1f}百万円")}<br>
・令和５年度末：{F(None, 2023, "令和５年度", "total", "outstanding", "actual", round(TOT[0] * 1e6), "yen", f"{TOT[0]:,.1f}百万円")}</div>
</div>
"""))

# ================================================================ page 4: landscape table (会計 outer header, abbreviations)
P = 4
rows = ""
by_acct = {}
for d in DEBTS:
    by_acct.setdefault(d[2], []).append(d)
for acct, ds in by_acct.items():
    for i, (full, short, _, dept, vals) in enumerate(ds):
        tr = "<tr>"
        if i == 0:
            tr += f'<th rowspan="{len(ds)}" class="acct">{acct}</th>'
        tr += f'<td class="l">{short}</td><td class="l">{dept}</td>'
        for (fy, fr), v in zip(YRS, vals):
            tr += f"<td>{F(full, fy, fr, 'total', 'outstanding', 'actual', round(v * 1e6), 'yen', f'{v:,.1f}', debt_raw=short)}</td>"
        avg = round(sum(vals) / 5, 1)
        tr += f"<td>{F(full, None, '5年平均', 'total', 'outstanding_average', 'actual', round(avg * 1e6), 'yen', f'{avg:,.1f}', debt_raw=short)}</td>"
        dl = round(vals[0] - vals[1], 1)
        tr += f"<td>{F(full, 2023, '令和５年度', 'total', 'difference', 'actual', round(dl * 1e6), 'yen', tri(dl), debt_raw=short)}</td>"
        cr = round(dl / vals[1] * 100, 1)
        tr += f"<td>{F(full, 2023, '令和５年度', 'total', 'change_rate', 'actual', cr, 'percent', tri(cr), debt_raw=short)}</td>"
        rows += tr + "</tr>"
tr = '<tr class="sum"><th colspan="3">合　計</th>'
for (fy, fr), v in zip(YRS, TOT):
    tr += f"<td>{F(None, fy, fr, 'total', 'outstanding', 'actual', round(v * 1e6), 'yen', f'{v:,.1f}', debt_raw='合計')}</td>"
avg = round(sum(TOT) / 5, 1)
tr += f"<td>{F(None, None, '5年平均', 'total', 'outstanding_average', 'actual', round(avg * 1e6), 'yen', f'{avg:,.1f}', debt_raw='合計')}</td>"
dl = round(TOT[0] - TOT[1], 1)
tr += f"<td>{F(None, 2023, '令和５年度', 'total', 'difference', 'actual', round(dl * 1e6), 'yen', tri(dl), debt_raw='合計')}</td>"
cr = round(dl / TOT[1] * 100, 1)
tr += f"<td>{F(None, 2023, '令和５年度', 'total', 'change_rate', 'actual', cr, 'percent', tri(cr), debt_raw='合計')}</td></tr>"
rows += tr
hdr = "".join(f"<th>{fr}</th>" for _, fr in YRS)
pages.append(("land", f"""
<h3>２　債権別の収入未済額の推移</h3>
<div class="cap">表１　債権別の収入未済額の推移（各年度末）<span class="unit">（単位：百万円、％）</span></div>
<table class="t1">
<tr><th>会　計</th><th>債　権</th><th>所管課</th>{hdr}<th>5年平均</th><th>増減額<br>（R5－R4）</th><th>増減率</th></tr>
{rows}
</table>
<div class="note">（注１）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、生保返還金＝生活保護費返還金</div>
<div class="note">（注２）百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。△は減少を示す。</div>
<div class="note">（注３）市税の令和５年度の収入未済額のうち、滞納繰越分は
{F("市税", 2023, "令和５年度", "arrears", "outstanding", "actual", 341_900_000, "yen", "341.9百万円")}である。</div>
"""))

# ================================================================ page 5: 目標 (long format + side-by-side headings + sections)
P = 5
TGT = {  # debt: {fy: (cur, arr)}
    "市税": ("市税", {2025: (99.25, 28.00), 2026: (99.28, 29.00), 2027: (99.30, 30.00)}),
    "国民健康保険税": ("国保税", {2025: (93.40, 20.50), 2026: (93.70, 21.50), 2027: (94.00, 22.50)}),
    "介護保険料": ("介護料", {2025: (99.10, 18.00), 2026: (99.15, 19.00), 2027: (99.20, 20.00)}),
}
FYR = {2025: "R7", 2026: "R8", 2027: "R9"}
lrows = ""
for full, (short, d) in TGT.items():
    for fy, (cu, ar) in d.items():
        lrows += (f"<tr><td class='l'>{short}</td><td>{FYR[fy]}</td>"
                  f"<td>{F(full, fy, FYR[fy], 'current', 'collection_rate', 'target', cu, 'percent', f'{cu:.2f}', debt_raw=short)}</td>"
                  f"<td>{F(full, fy, FYR[fy], 'arrears', 'collection_rate', 'target', ar, 'percent', f'{ar:.2f}', debt_raw=short)}</td></tr>")
# 表3: sections with 小計, two headings side by side (令和５年度（実績） | 令和９年度（目標）)
SECD = [("【一般会計】", [("市税", "市税", 402_611, 97.86, 330_000, 98.30), ("保育料", "保育料", 18_402, 96.12, 14_000, 97.00),
                       ("市営住宅使用料", "住宅使用料", 61_208, 84.30, 52_000, 87.00),
                       ("生活保護費返還金", "生保返還金", 84_655, 18.20, 80_000, 20.00)]),
        ("【特別会計】", [("国民健康保険税", "国保税", 488_570, 76.45, 420_000, 80.00), ("介護保険料", "介護料", 52_318, 97.90, 45_000, 98.20),
                       ("後期高齢者医療保険料", "後期高齢", 15_603, 99.02, 13_000, 99.20)])]
srows = ""
G5 = G9 = 0
for sec, ds in SECD:
    srows += f"<tr class='secrow'><th colspan='5' class='l'>{sec}</th></tr>"
    s5 = s9 = 0
    for full, short, o5, r5, o9, r9 in ds:
        srows += (f"<tr><td class='l'>　{short}</td>"
                  f"<td>{F(full, 2023, '令和５年度', 'total', 'outstanding', 'actual', o5 * 1000, 'yen', f'{o5:,}', debt_raw=short)}</td>"
                  f"<td>{F(full, 2023, '令和５年度', 'total', 'collection_rate', 'actual', r5, 'percent', f'{r5:.2f}', debt_raw=short)}</td>"
                  f"<td>{F(full, 2027, '令和９年度', 'total', 'outstanding', 'target', o9 * 1000, 'yen', f'{o9:,}', debt_raw=short)}</td>"
                  f"<td>{F(full, 2027, '令和９年度', 'total', 'collection_rate', 'target', r9, 'percent', f'{r9:.2f}', debt_raw=short)}</td></tr>")
        s5 += o5; s9 += o9
    srows += (f"<tr class='sub'><td>小　計</td>"
              f"<td>{F(None, 2023, '令和５年度', 'total', 'outstanding', 'actual', s5 * 1000, 'yen', f'{s5:,}', debt_raw=sec.strip('【】') + '小計')}</td><td>－</td>"
              f"<td>{F(None, 2027, '令和９年度', 'total', 'outstanding', 'target', s9 * 1000, 'yen', f'{s9:,}', debt_raw=sec.strip('【】') + '小計')}</td><td>－</td></tr>")
    G5 += s5; G9 += s9
srows += (f"<tr class='sum'><td>合　計</td>"
          f"<td>{F(None, 2023, '令和５年度', 'total', 'outstanding', 'actual', G5 * 1000, 'yen', f'{G5:,}', debt_raw='合計')}</td><td>－</td>"
          f"<td>{F(None, 2027, '令和９年度', 'total', 'outstanding', 'target', G9 * 1000, 'yen', f'{G9:,}', debt_raw='合計')}</td><td>－</td></tr>")
pages.append(("port", f"""
<h2>第３章　計画の目標</h2>
<p>計画期間の最終年度である令和９年度に、対象債権の収入未済額を
{F(None, 2027, '令和９年度', 'total', 'outstanding', 'target', 954_000_000, 'yen', '９億5,400万円')}以下とすることを全体目標とし、主要債権ごとに各年度の目標収納率を次のとおり定める。</p>
<div class="cap">表２　主要債権の目標収納率<span class="unit">（単位：％）</span></div>
<table class="t2"><tr><th>債権</th><th>年度</th><th>現年分</th><th>滞繰分</th></tr>{lrows}</table>
<div class="boxed">
<div class="cap">表３　会計別の収入未済額及び収納率の目標</div>
<table class="t3">
<tr><th rowspan="2">債　権</th><th colspan="2">令和５年度（実績）</th><th colspan="2">令和９年度（目標）</th></tr>
<tr><th>収入未済額（千円）</th><th>収納率（％）</th><th>収入未済額（千円）</th><th>収納率（％）</th></tr>
{srows}</table>
<div class="src">出典：令和５年度各会計歳入歳出決算書を基に財政課作成。収納率は現年分・滞納繰越分の計。</div>
</div>
"""))

# ================================================================ pages 6-7: 推進シート table, split over two pages with repeated header
SECI = "第４章　債権ごとの取組（推進シート）"


def sheet_row(page, full, short, status_text, items, target_html):
    lis = ""
    for lab, txt, st, tag_alone in items:
        g.init(page, full, 2025, SECI, lab, txt, st, debt_raw=short)
        if tag_alone:
            lis += f"<div class='it'>{lab}{txt}</div><div class='tag'>【{st}】</div>"
        else:
            lis += f"<div class='it'>{lab}{txt}{'【' + st + '】' if st else ''}</div>"
    return (f"<tr><th class='deb'>{short}</th><td class='l prose'>{status_text}</td><td class='l'>{lis}</td>"
            f"<td class='l tg'>{target_html}</td></tr>")


HDR6 = "<tr><th style='width:15mm'>債権</th><th style='width:52mm'>現状と課題</th><th>取組内容</th><th style='width:30mm'>目標（R9）</th></tr>"
P = 6
r6 = sheet_row(6, "市税", "市税",
               "令和５年度末の収入未済額は" + F("市税", 2023, "令和５年度", "total", "outstanding", "actual", 402_611_000, "yen", "402,611千円")
               + "で、前年度より" + F("市税", 2023, "令和５年度", "total", "difference", "actual", -29_188_000, "yen", "29,188千円") + "減少した。"
               "高額・長期の滞納案件の処理と、現年度分の早期納付勧奨の徹底が課題である。",
               [("①", "納期限後の早期催告を徹底し、SMSによる催告を全税目に拡大する。", "拡充", False),
                ("②", "奈良県滞納整理推進機構との共同徴収により、高額案件の処理を進める。", "継続", False),
                ("③", "財産調査を電子化し、調査から差押えまでの期間を短縮する。", "新規", True)],
               "現年分 " + F("市税", 2027, "R9", "current", "collection_rate", "target", 99.30, "percent", "99.30％")
               + "<br>滞繰分 " + F("市税", 2027, "R9", "arrears", "collection_rate", "target", 30.00, "percent", "30.00％"))
r6 += sheet_row(6, "国民健康保険税", "国保税",
                "令和５年度末の収入未済額は" + F("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", 488_570_000, "yen", "488,570千円", debt_raw="国保税")
                + "で、対象債権の中で最も多い。滞納世帯数は"
                + F("国民健康保険税", 2023, "令和５年度", "total", "delinquents", "actual", 1_406, "households", "1,406世帯", debt_raw="国保税")
                + "で、資格喪失後の滞納が約３割を占める。",
                [("(1)", "資格取得時に口座振替の原則化を案内し、WEB口座振替の申込みを促す。", "継続", True),
                 ("(2)", "資格喪失者への納付勧奨を喪失月の翌月に行う。", "拡充", True),
                 ("(3)", "生活困窮が認められる世帯は、くらしの相談窓口と連携して生活再建を支援する。", "新規", True)],
                "現年分 " + F("国民健康保険税", 2027, "R9", "current", "collection_rate", "target", 94.00, "percent", "94.00％", debt_raw="国保税")
                + "<br>滞繰分 " + F("国民健康保険税", 2027, "R9", "arrears", "collection_rate", "target", 22.50, "percent", "22.50％", debt_raw="国保税"))
pages.append(("port", f"""
<h2>第４章　債権ごとの取組（推進シート）</h2>
<p>各債権の所管課は、次の推進シートに基づき取組を進め、毎年度、債権管理推進会議において進捗状況を報告する。</p>
<div class="cap">表４　推進シート</div>
<table class="t4">{HDR6}{r6}</table>
<div class="cont">（次ページへ続く）</div>
"""))
P = 7
r7 = sheet_row(7, "保育料", "保育料",
               "令和５年度末の収入未済額は" + F("保育料", 2023, "令和５年度", "total", "outstanding", "actual", 18_402_000, "yen", "18,402千円")
               + "で、うち退園者分が" + F("保育料", 2023, "令和５年度", "arrears", "outstanding", "actual", 12_310_000, "yen", "12,310千円")
               + "を占める。退園後の接触が困難となる前の対応が課題である。",
               [("ア", "在園中の滞納者に対し、児童手当からの特別徴収を実施する。", "継続", False),
                ("イ", "退園前に分納誓約を取り付け、履行状況を毎月確認する。", "継続", False)],
               "収納率（計） " + F("保育料", 2027, "R9", "total", "collection_rate", "target", 97.00, "percent", "97.00％"))
r7 += sheet_row(7, "市営住宅使用料", "住宅使用料",
                "令和５年度末の収入未済額は" + F("市営住宅使用料", 2023, "令和５年度", "total", "outstanding", "actual", 61_208_000, "yen", "61,208千円", debt_raw="住宅使用料")
                + "で、退去者分が６割を超えている。滞納者数は"
                + F("市営住宅使用料", 2023, "令和５年度", "total", "delinquents", "actual", 118, "persons", "118人", debt_raw="住宅使用料") + "である。",
                [("ア", "滞納３か月で連帯保証人に通知し、６か月で明渡し請求の手続に入る。", "継続", False),
                 ("イ", "退去者の所在調査を行い、支払督促等の法的措置を実施する。", "拡充", False),
                 ("ウ", "回収不能と判断した債権は、債権管理条例に基づき放棄する。", "新規", False)],
                "収入未済額 " + F("市営住宅使用料", 2027, "R9", "total", "outstanding", "target", 52_000_000, "yen", "52,000千円", debt_raw="住宅使用料"))
r7 += sheet_row(7, "介護保険料", "介護料",
                "特別徴収の割合が高く、現年分の収納率は" + F("介護保険料", 2023, "令和５年度", "current", "collection_rate", "actual", 99.05, "percent", "99.05％", debt_raw="介護料")
                + "と安定している。普通徴収の滞納者への給付制限の周知が課題である。",
                [("・", "普通徴収の未納者に、納付勧奨とあわせて給付制限の内容を通知する。", "継続", False),
                 ("・", "要介護認定の申請時に滞納状況を確認し、納付相談につなげる。", "継続", False)],
                "現年分 " + F("介護保険料", 2027, "R9", "current", "collection_rate", "target", 99.20, "percent", "99.20％", debt_raw="介護料"))
pages.append(("port", f"""
<div class="cap">表４　推進シート（続き）</div>
<table class="t4">{HDR6}{r7}</table>
<p class="after">上記のほか、後期高齢者医療保険料及び生活保護費返還金についても、各所管課において推進シートを作成し、進捗を管理する。</p>
<div class="end">以　上</div>
"""))

CSS = """
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
@page land { size: A4 landscape; margin: 14mm 14mm 12mm 14mm; }
body { font-family: 'IPAexMincho'; font-size: 10pt; line-height: 1.6; margin: 0; }
.page { break-after: page; position: relative; height: 258mm; overflow: hidden; }
.page.land { page: land; height: 180mm; }
.page:last-child { break-after: auto; }
.pn { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; } .center { text-align: center; }
h2 { font-family: 'IPAexGothic'; font-size: 13pt; border-bottom: 1.2pt solid #1f4e79; padding-bottom: 1mm; margin: 2mm 0 3mm; }
h3 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 3mm 0 1mm; }
p { text-indent: 1em; margin: 0 0 2mm; }
.cover { text-align: center; padding-top: 70mm; }
.ctitle { font-family: 'IPAexGothic'; font-size: 24pt; letter-spacing: 2pt; }
.csub { font-size: 14pt; margin-top: 6mm; } .cphr { font-size: 11pt; margin-top: 14mm; } .cdept { font-size: 10pt; margin-top: 3mm; }
.cdate { font-size: 13pt; margin-top: 75mm; } .ccity { font-family: 'IPAexGothic'; font-size: 16pt; margin-top: 5mm; }
.toc { display: flex; margin: 1.5mm 10mm; } .toc .dots { flex: 1; border-bottom: 1pt dotted #000; margin: 0 2mm 1.5mm; }
.twocol { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #999; text-align: justify; }
.twocol h3 { margin-top: 0; }
.fig { margin-top: 6mm; } .cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 3mm 0 1mm; }
.unit { float: right; font-family: 'IPAexMincho'; font-size: 8.5pt; }
.ref { border: 0.8pt solid #000; padding: 2mm 5mm; width: 70mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 0.6pt solid #000; padding: 0.8mm 1.5mm; }
th { background: #dce6f1; font-weight: normal; font-family: 'IPAexGothic'; }
td { text-align: right; } td.l, th.l { text-align: left; }
th.acct { width: 40mm; background: #f2f2f2; }
tr.sum td, tr.sum th { background: #fde9d9; font-family: 'IPAexGothic'; }
tr.sub td { background: #f2f2f2; } tr.sub td:first-child { text-align: center; }
tr.sum td:first-child { text-align: center; }
tr.secrow th { background: #ffffff; border-bottom: 0.3pt solid #000; }
.note { font-size: 8.5pt; margin-top: 1mm; }
table.t2 { width: 60%; }
.boxed { border: 1pt solid #000; padding: 2mm 4mm 2mm; margin-top: 5mm; }
.boxed .cap { margin-top: 0; }
.src { font-size: 8.5pt; margin-top: 1mm; }
table.t4 td { vertical-align: top; font-size: 8.8pt; line-height: 1.5; } th.deb { width: 15mm; }
.it { padding-left: 1.2em; text-indent: -1.2em; } .tag { text-align: right; }
td.tg { width: 30mm; }
.cont { text-align: right; font-size: 8.5pt; } .end { text-align: right; margin-top: 6mm; }
p.after { margin-top: 4mm; }
"""
html = "<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>"
for i, (orient, body) in enumerate(pages, 1):
    pn = "" if i == 1 else f'<div class="pn">- {i} -</div>'
    html += f'<div class="page{" land" if orient == "land" else ""}">{body}{pn}</div>'
html += "</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = SET_DIR / "pdf" / f"{STEM}.pdf"
chromium_pdf(hp, out)
g.write(out)
