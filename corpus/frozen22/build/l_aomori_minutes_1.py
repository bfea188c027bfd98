"""青森市議会 総務企画常任委員会記録 (council committee record) -> PyMuPDF Story."""
from l_common import c, fact, finish, story_pages, OUT, PDF

STEM = "l_aomori_minutes_1"
MUNI = "青森市"
TITLE = "総務企画常任委員会記録"

CSS = """
@font-face {font-family: M; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexfont-gothic/ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.4;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 0 0 8pt 0;}
p {margin: 0 0 4pt 0;}
.sp {font-family: G; margin-top: 6pt; margin-bottom: 1pt;}
.t {text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 9pt; padding: 2pt 3pt;}
th {font-family: G; font-weight: normal; border-top: 1pt solid black; border-bottom: 0.6pt solid black;}
td {border-bottom: 0.3pt solid #777;}
td.n {text-align: right;}
.box {border: 0.8pt solid black; padding: 4pt;}
.small {font-size: 8.5pt;}
"""

# (debt, seg_label, seg, assessed千円, target_rate, written_off千円)
RAW = [
    ("市税", "現年課税分", "current", 38512340, 99.21, 1204),
    ("市税", "滞納繰越分", "arrears", 1162480, 31.40, 96215),
    ("国民健康保険税", "現年課税分", "current", 5823110, 94.62, 2580),
    ("国民健康保険税", "滞納繰越分", "arrears", 1320544, 22.80, 162318),
    ("市営住宅使用料", "現年分", "current", 1098630, 98.40, 0),
    ("市営住宅使用料", "過年度分", "arrears", 141205, 14.70, 8932),
]


def row(a, r, w):
    col = round(a * r / 100)
    return dict(a=a, c=col, w=w, o=a - col - w, r=round(col / a * 100, 2))


DATA = {}
for d, sl, s, a, r, w in RAW:
    DATA[(d, s)] = row(a, r, w) | {"label": sl}
for d in ("市税", "国民健康保険税", "市営住宅使用料"):
    cu, ar = DATA[(d, "current")], DATA[(d, "arrears")]
    a = cu["a"] + ar["a"]; col = cu["c"] + ar["c"]; w = cu["w"] + ar["w"]
    DATA[(d, "total")] = dict(a=a, c=col, w=w, o=a - col - w, r=round(col / a * 100, 2), label="計")

# make the 国保 total outstanding near 1,234,56x千円 (prose says 約12億3,456万円)
KOKUHO_OUT = DATA[("国民健康保険税", "total")]["o"]


def okuman(yen):
    man = round(yen / 10_000)
    oku, rest = divmod(man, 10_000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


def okuman_approx(yen, unit=1_000_000):
    v = round(yen / unit) * unit
    return v, okuman(v)


facts, inits = [], []
FY = 2024
zto = lambda s: s  # noqa

# ------------------------------------------------------------------ statements
st_tax = DATA[("市税", "total")]
tax_out_v, tax_out_s = okuman_approx(st_tax["o"] * 1000)
prev_tax_out_v, prev_tax_out_s = okuman_approx(1_051_200_000)
kk = DATA[("国民健康保険税", "total")]
kk_out_v, kk_out_s = okuman_approx(kk["o"] * 1000, 10_000)

S = []  # (speaker, section, text, page)
SEC1 = "所管事務調査「債権管理の状況について」"
SEC2 = "令和６年度青森市債権管理計画の実施状況について（報告）"
S.append(("奈良岡委員長", SEC1,
          "ただいまから総務企画常任委員会を開会いたします。本日は、閉会中の所管事務調査として債権管理の状況について調査を行います。理事者から説明を願います。", 1))
t_sz = (f"お手元の資料により御説明いたします。令和６年度決算における市税の収納率は、現年課税分が{DATA[('市税','current')]['r']:.2f}％、"
        f"滞納繰越分が{DATA[('市税','arrears')]['r']:.2f}％となり、全体では{st_tax['r']:.2f}％となりました。"
        f"市税の収入未済額は約{tax_out_s}で、令和５年度の約{prev_tax_out_s}から縮減しております。")
S.append(("葛西納税支援課長", SEC1, t_sz, 1))
t_kk = (f"国民健康保険税につきましては、現年課税分の収納率が{DATA[('国民健康保険税','current')]['r']:.2f}％、"
        f"滞納繰越分が{DATA[('国民健康保険税','arrears')]['r']:.2f}％でございました。収入未済額は約{kk_out_s}となっております。")
S.append(("三上国保・年金課長", SEC1, t_kk, 2))
S.append(("小野寺委員", SEC1, "市税の滞納繰越分は３割を少し超えた程度である。今年度に入ってからの状況はどうか。", 2))
IN_CUR, IN_PREV = 36.1, 35.8
S.append(("葛西納税支援課長", SEC1,
          f"８月末時点の現年課税分の収納率は{IN_CUR}％で、前年同月の{IN_PREV}％を0.3ポイント上回っております。"
          "滞納繰越分につきましては、財産調査を早期に行い、差押えを含めた滞納処分を進めてまいります。", 2))
S.append(("小野寺委員", SEC1, "市営住宅使用料の過年度分の収納率が低いが、退去者の滞納への対応はどうなっているのか。", 2))
jt = DATA[("市営住宅使用料", "arrears")]
S.append(("成田市民住宅課長", SEC1,
          f"市営住宅使用料の過年度分の収納率は{jt['r']:.2f}％にとどまっております。退去者につきましては連帯保証人への請求を徹底し、"
          "支払督促の申立てなど法的措置も計画的に実施してまいります。", 2))
S.append(("奈良岡委員長", SEC2, "次に、令和６年度青森市債権管理計画の実施状況について報告を願います。", 3))
S.append(("工藤税務部長", SEC2,
          "計画の実施状況は別表のとおりでございます。なお、令和７年度の取組の見直しにつきましては、令和７年度第２回青森市債権管理推進本部会議（１１月開催予定）において協議する予定でございます。", 3))
S.append(("奈良岡委員長", SEC2, "以上で本日の調査を終了し、委員会を閉会いたします。", 3))

# facts from statements
facts += [
    fact("市税", FY, "令和６年度", "current", "collection_rate", "actual", DATA[("市税", "current")]["r"], "percent", f"{DATA[('市税','current')]['r']:.2f}％", 1),
    fact("市税", FY, "令和６年度", "arrears", "collection_rate", "actual", DATA[("市税", "arrears")]["r"], "percent", f"{DATA[('市税','arrears')]['r']:.2f}％", 1),
    fact("市税", FY, "令和６年度", "total", "collection_rate", "actual", st_tax["r"], "percent", f"{st_tax['r']:.2f}％", 1),
    fact("市税", FY, "令和６年度", "total", "outstanding", "actual", tax_out_v, "yen", f"約{tax_out_s}", 1, approx=True),
    fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", prev_tax_out_v, "yen", f"約{prev_tax_out_s}", 1, approx=True),
    fact("国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", DATA[("国民健康保険税", "current")]["r"], "percent", f"{DATA[('国民健康保険税','current')]['r']:.2f}％", 2),
    fact("国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", DATA[("国民健康保険税", "arrears")]["r"], "percent", f"{DATA[('国民健康保険税','arrears')]['r']:.2f}％", 2),
    fact("国民健康保険税", FY, "令和６年度", "total", "outstanding", "actual", kk_out_v, "yen", f"約{kk_out_s}", 2, approx=True),
    fact("市税", 2025, "８月末", "current", "collection_rate", "interim", IN_CUR, "percent", f"{IN_CUR}％", 2, as_of="2025-08-31"),
    fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", IN_PREV, "percent", f"{IN_PREV}％", 2, as_of="2024-08-31"),
    fact("市営住宅使用料", FY, "令和６年度", "arrears", "collection_rate", "actual", jt["r"], "percent", f"{jt['r']:.2f}％", 2),
]


def stmt_html(sp, text):
    return f'<p class="sp">○<br>{sp}</p><p class="t">{text}</p>'


P1 = f"""<h1>総務企画常任委員会記録</h1>
<p style="text-align:center">青森市議会</p>
<table class="small">
<tr><td style="white-space:nowrap">開催日時</td><td>令和７年９月１６日（火）　午前１０時００分開会　午前１１時４２分閉会</td></tr>
<tr><td style="white-space:nowrap">場所</td><td>第２委員会室</td></tr>
<tr><td style="white-space:nowrap">出席委員</td><td>委員長　奈良岡　修　　副委員長　村川　みどり<br>委員　小野寺　賢二　　委員　舘田　瑠美子　　委員　木戸　喜美男　　委員　山崎　翔一</td></tr>
<tr><td style="white-space:nowrap">説明のため出席した者</td><td>総務部長・税務部長・納税支援課長・国保・年金課長・都市整備部次長・市民住宅課長</td></tr>
<tr><td style="white-space:nowrap">事務局出席職員</td><td>議事調査課主査</td></tr>
<tr><td style="white-space:nowrap">付議事件</td><td>１　所管事務調査「債権管理の状況について」<br>２　令和６年度青森市債権管理計画の実施状況について（報告）</td></tr>
<tr><td style="white-space:nowrap">配付資料</td><td>資料１　令和６年度債権管理の状況<br>別表　令和６年度主要債権の決算状況</td></tr>
</table>
<p style="margin-top:8pt">（審査経過）</p>
{stmt_html(*S[0][:1], S[0][2])}
{stmt_html(S[1][0], S[1][2])}
"""
P2 = "".join(stmt_html(s[0], s[2]) for s in S[2:7])


def tbl():
    h = ('<p style="font-family:G">別表　令和６年度主要債権の決算状況</p>'
         '<p class="small" style="text-align:right">（単位：千円、％）</p>'
         '<table><tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>')
    for d in ("市税", "国民健康保険税", "市営住宅使用料"):
        for i, s in enumerate(("current", "arrears", "total")):
            x = DATA[(d, s)]
            lab = f'<td rowspan="3" style="vertical-align:middle">{d}</td>' if i == 0 else ""
            h += (f"<tr>{lab}<td>{x['label']}</td><td class=n>{c(x['a'])}</td><td class=n>{c(x['c'])}</td>"
                  f"<td class=n>{c(x['w'])}</td><td class=n>{c(x['o'])}</td><td class=n>{x['r']:.2f}</td></tr>")
            for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
                facts.append(fact(d, FY, "令和６年度", s, m, "actual", x[k] * 1000, "yen", c(x[k]), 3))
            facts.append(fact(d, FY, "令和６年度", s, "collection_rate", "actual", x["r"], "percent", f"{x['r']:.2f}", 3))
    h += "</table><p class='small'>※ 収納率＝収入済額÷調定額。表示単位未満を四捨五入しているため、合計が一致しない場合がある。</p>"
    return h


P3 = "".join(stmt_html(s[0], s[2]) for s in S[7:]) + "<p>　</p>" + tbl()

story_pages([P1, P2, P3], PDF / f"{STEM}.pdf", CSS,
            header=lambda i, n: "総務企画常任委員会記録（令和７年９月１６日）",
            footer=lambda i, n: f"－ {i} －")

attendees = [
    {"role": "委員長", "title": None, "name": "奈良岡 修"},
    {"role": "副委員長", "title": None, "name": "村川 みどり"},
    {"role": "委員", "title": None, "name": "小野寺 賢二"},
    {"role": "委員", "title": None, "name": "舘田 瑠美子"},
    {"role": "委員", "title": None, "name": "木戸 喜美男"},
    {"role": "委員", "title": None, "name": "山崎 翔一"},
] + [{"role": "説明員", "title": t, "name": None} for t in
     ("総務部長", "税務部長", "納税支援課長", "国保・年金課長", "都市整備部次長", "市民住宅課長")] + [
    {"role": "事務局", "title": "議事調査課主査", "name": None}]
minutes = {"title": "総務企画常任委員会記録", "meeting_number": None, "date": "2025-09-16", "method": None,
           "attendees": attendees,
           "agenda": ["所管事務調査「債権管理の状況について」", "令和６年度青森市債権管理計画の実施状況について（報告）"],
           "materials": ["資料１　令和６年度債権管理の状況", "別表　令和６年度主要債権の決算状況"],
           "statements": [{"speaker": s[0], "section": s[1], "text": s[2], "page": s[3]} for s in S]}
ok = finish(STEM, "minutes", MUNI, TITLE, "2025-09-16", "令和７年９月１６日", facts, inits, minutes)
print("OK" if ok else "FAIL")
