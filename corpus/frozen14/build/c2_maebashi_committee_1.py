"""前橋市 債権管理対策本部会議 資料（取組個票）(pymupdf.Story). Family: committee_material."""
from c2_common import F, I, ROOT, finish, story_pdf

STEM = "c2_maebashi_committee_1"
TAGS = {"継続": "【継続】", "新規": "【新規】", "拡充": "【拡充】"}

# per debt: name, 所管課, years R4..R6: (current rate, arrears rate, outstanding 千円), R6 assessed, written_off,
# R7 targets (current, arrears, outstanding), issues, initiatives [(label, text, status, wrap)], labelling style
DEBTS = [
    dict(name="国民健康保険税", dept="国民健康保険課",
         hist=[(93.88, 24.10, 412530), (94.02, 25.36, 398774), (94.31, 26.92, 371206)],
         assessed=3204118, wo=26115, tgt=(94.50, 27.50, 350000),
         period=[("文書催告", "納期限後の未納世帯へ一斉催告書を送付", "送付 4,820件、うち納付 1,906件"),
                 ("財産調査・差押", "預貯金・給与の電子照会を集中実施", "差押 142件、充当額 38,214千円"),
                 ("夜間・休日納付相談", "11月の毎週木曜夜間と第2日曜に窓口開設", "相談 213件、分納誓約 96件")],
         issue="滞納繰越分の約４割が５年以上前の課税分であり、執行停止の判断が遅れている。資格喪失世帯の追跡に時間を要している。",
         inits=[("①", "納期限後２０日以内の早期催告を全件で実施し、現年分の滞納発生を抑える。", "継続", False),
                ("②", "預貯金調査の電子照会を全金融機関に広げ、差押えまでの期間を短縮する。", "拡充", False),
                ("③", "資格喪失世帯のうち市外転出者について、転出先自治体への照会を四半期ごとに行う。", "新規", True),
                ("④", "執行停止案件の審査会を毎月開催し、滞納繰越分の整理を進める。", "継続", False)]),
    dict(name="市営住宅使用料", dept="建築住宅課",
         hist=[(98.12, 15.02, 38406), (98.40, 16.88, 36917), (98.57, 18.30, 35118)],
         assessed=612480, wo=1322, tgt=(98.70, 19.00, 33000),
         period=[("電話・臨戸催告", "滞納３か月以上の世帯を職員２名１組で訪問", "訪問 188件、納付約束 121件"),
                 ("連帯保証人への通知", "滞納６か月以上の世帯の保証人へ文書通知", "通知 37件")],
         issue="退去者の滞納分の回収が進んでいない。高齢単身世帯の滞納が増えており、福祉部門との連携が必要である。",
         inits=[("(1)", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の予告を行う。", "継続", False),
                ("(2)", "退去者滞納分は支払督促の申立てを年２回まとめて行う。", "拡充", True),
                ("(3)", "生活困窮が疑われる世帯は生活支援相談窓口へつなぐ。", "新規", False)]),
    dict(name="保育所保育料", dept="こども施設課",
         hist=[(98.95, 20.11, 9876), (99.02, 22.43, 9102), (99.20, 23.75, 8560)],
         assessed=842366, wo=214, tgt=(99.30, 25.00, 8000),
         period=[("児童手当からの徴収", "申出書の提出を入所手続時に案内", "申出 58件、徴収額 4,102千円"),
                 ("退所者への催告", "退所済み世帯へ文書と電話で催告", "催告 74件、納付 29件")],
         issue="退所済み世帯の過年度分が収入未済額の大半を占める。転居先不明の世帯が多い。",
         inits=[("ア", "入所時に口座振替と児童手当からの徴収の申出を一体で案内する。", "継続", False),
                ("イ", "退所予定世帯に対し、退所前に未納分の納付計画を作成する。", "新規", False),
                ("ウ", "転居先不明の世帯は住民票調査を行い、所在判明後速やかに催告する。", "継続", True)]),
]

CSS = """
h1 {font-size: 15pt; text-align: center; margin: 4pt 0 8pt 0;}
h2 {font-size: 11.5pt; margin: 10pt 0 3pt 0;}
h3 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
table.grid td, table.grid th {border: 0.8pt solid #000; padding: 2pt 4pt;}
table.hr td, table.hr th {border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; padding: 2pt 4pt;}
table.nb td {padding: 1pt 6pt;}
td.r {text-align: right;}
th {background-color: #e6e6e6; font-weight: normal;}
div.box {border: 1pt solid #000; padding: 5pt 8pt; margin: 4pt 0;}
p {margin: 1pt 0;}
p.note {font-size: 8.5pt;}
"""


def debt_page(k, d, facts, inits):
    n = d["name"]
    ys = [("R4", 2022), ("R5", 2023), ("R6", 2024)]
    rows = ""
    prev = None
    for (lab, fy), (cr, ar, out) in zip(ys, d["hist"]):
        dc = "－" if prev is None else f"{cr - prev[0]:+.2f}".replace("+", "").replace("-", "△")
        da = "－" if prev is None else f"{ar - prev[1]:+.2f}".replace("+", "").replace("-", "△")
        rows += (f"<tr><td>{lab}年度</td><td class='r'>{cr:.2f}</td><td class='r'>{dc}</td>"
                 f"<td class='r'>{ar:.2f}</td><td class='r'>{da}</td><td class='r'>{out:,}</td></tr>")
        anc = f"{lab}年度"
        facts += [F(n, fy, "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}", fy_raw=anc, anchor=n),
                  F(n, fy, "arrears", "collection_rate", "actual", ar, "percent", f"{ar:.2f}", fy_raw=anc, anchor=n),
                  F(n, fy, "total", "outstanding", "actual", out * 1000, "yen", f"{out:,}", fy_raw=anc, anchor=n)]
        prev = (cr, ar)
    prd = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in d["period"])
    tc, ta, to = d["tgt"]
    facts += [F(n, 2025, "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}％", fy_raw="令和７年度", anchor=n),
              F(n, 2025, "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}％", fy_raw="令和７年度", anchor=n),
              F(n, 2025, "total", "outstanding", "target", to * 1000, "yen", f"{to:,}千円", fy_raw="令和７年度", anchor=n)]
    items = ""
    for lab, text, st, wrap in d["inits"]:
        tag = TAGS[st]
        items += f"<p>{lab}　{text}{'<br>' if wrap else ''}{tag}</p>"
        inits.append(I(n, 2025, "令和７年度の取組方針", lab, text, st, anchor=n))
    return f"""
<p class='g' style='text-align:right'>資料２－{k}</p>
<h2>取組個票（{k}）</h2>
<table class='grid'><tr><th>債権名</th><td>{n}</td>
<th>所管課</th><td>{d['dept']}</td></tr></table>
<h3>１　令和６年度 滞納整理集中期間（１０月～１２月）の実施状況</h3>
<table class='hr'><tr><th>取組項目</th><th>実施内容</th><th>結果・効果</th></tr>{prd}</table>
<h3>２　収納状況の推移</h3>
<table class='grid'>
<tr><th rowspan='3'>年度</th><th colspan='2'>現年分</th><th colspan='2'>滞繰分</th><th>未収額</th></tr>
<tr><th>収納率</th><th>前年差</th><th>収納率</th><th>前年差</th><th>（年度末）</th></tr>
<tr><th>％</th><th>ポイント</th><th>％</th><th>ポイント</th><th>千円</th></tr>
{rows}</table>
<p class='note'>※未収額は現年分と滞繰分の合計（収入未済額）。決算額による。</p>
<h3>３　債権管理ヒアリングにおける課題</h3>
<p>{d['issue']}</p>
<h3>４　令和７年度の取組方針</h3>
<p class='g'>【数値目標】令和７年度</p>
<p>・現年分　{tc:.2f}％</p><p>・滞繰分　{ta:.2f}％</p><p>・未収額　{to:,}千円以下</p>
<div class='box'>{items}</div>
"""


def build():
    facts, inits = [], []
    # cover
    summary_rows = {"調定額": [], "収入済額": [], "不納欠損額": [], "収入未済額": [], "収納率": []}
    for d in DEBTS:
        out = d["hist"][-1][2]
        a, w = d["assessed"], d["wo"]
        c = a - w - out
        r = round(c / a * 100, 2)
        summary_rows["調定額"].append(f"{a:,}"); summary_rows["収入済額"].append(f"{c:,}")
        summary_rows["不納欠損額"].append(f"{w:,}"); summary_rows["収入未済額"].append(f"{out:,}")
        summary_rows["収納率"].append(f"{r:.2f}")
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", out)):
            facts.append(F(d["name"], 2024, "total", met, "actual", v * 1000, "yen", f"{v:,}", fy_raw="令和６年度", anchor="主要３債権", page=1))
        facts.append(F(d["name"], 2024, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}", fy_raw="令和６年度", page=1))
    srows = "".join(f"<tr><th>{k}{'（％）' if k == '収納率' else ''}</th>" + "".join(f"<td class='r'>{v}</td>" for v in vs) + "</tr>"
                    for k, vs in summary_rows.items())
    facts += [F(None, 2024, "total", "outstanding", "actual", 3124000000, "yen", "約31億2,400万円", fy_raw="令和6年度末", approx=True, page=1),
              F(None, 2024, "total", "collection_rate", "actual", 96.42, "percent", "96.42%", fy_raw="令和6年度", page=1)]
    cover = f"""
<h1>令和７年度 第１回前橋市債権管理対策本部会議</h1>
<p style='text-align:right'>令和７年６月１０日（火）午前１０時<br>本庁舎１１階 南会議室</p>
<h2>次　第</h2>
<p>１　開会</p>
<p>２　報告　令和６年度 主要債権の決算状況について……………資料１</p>
<p>３　協議　令和７年度 債権ごとの取組方針（取組個票）について……資料２－１～２－３</p>
<p>４　閉会</p>
<div class='box'>
<p class='g'>【参考】全会計の状況（令和6年度決算）</p>
<p>・収入未済額：約31億2,400万円（前年度末比 約1億8,000万円減）</p>
<p>・収納率：96.42%（前年度比 0.37ポイント増）</p>
<p>・債権数：58債権（うち収入未済のある債権 41）</p>
</div>
<p class='g' style='text-align:right'>資料１</p>
<h2>主要３債権の令和６年度決算</h2>
<p style='text-align:right; font-size:9pt'>単位：千円</p>
<table class='grid'><tr><th>区分</th>{''.join(f'<th>{d["name"]}</th>' for d in DEBTS)}</tr>{srows}</table>
<p class='note'>※収入未済額＝調定額－収入済額－不納欠損額（還付未済額を除く）</p>
"""
    sections = [cover] + [debt_page(k, d, facts, inits) for k, d in enumerate(DEBTS, 1)]
    pdf = story_pdf(sections, CSS, ROOT / "pdf" / f"{STEM}.pdf", header="前橋市債権管理対策本部会議")
    doc = {"kind": "committee_material", "municipality": "前橋市",
           "title": "令和７年度 第１回前橋市債権管理対策本部会議 資料", "date": "2025-06-10", "date_raw": "令和７年６月１０日"}
    return finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
