"""e_nagano_minutes_1: 長野市議会 総務委員会記録 (minutes), PyMuPDF Story, A4 portrait.

Modelled on 長野市議会 records (出席委員 list, 「説明のため会議に出席した理事者」 with titles such as 地域・市民生活部長,
こども未来部長) and on council committee records of 所管事務調査 債権管理 with ○委員長 / ○課長 speaker markers,
figures in speech, a mention of 令和7年度第2回 債権管理推進会議 printed before the meeting date, and a 別表 of
figures at the end (単位：千円、％, rates without %).
"""
from __future__ import annotations

import e_common as E

STEM = "e_nagano_minutes_1"
CITY = "長野市"
TITLE = "長野市議会総務委員会記録"
AS_OF, AS_OF_PREV = "2025-10-31", "2024-10-31"

ATT = [("委員長", None, "北村 直樹"), ("副委員長", None, "宮下 彩"), ("委員", None, "竹内 浩二"),
       ("委員", None, "小林 由紀"), ("委員", None, "荒井 誠"), ("委員", None, "山岸 明美"), ("委員", None, "塚田 勝")]
OFF = [("総務部長", "倉田 修一"), ("財政部長", "清水 健"), ("地域・市民生活部長", "増井 武"),
       ("こども未来部長", "北原 千佳"), ("保健福祉部参事・国民健康保険課長", "樋口 恵"), ("収納課長", "小松 隆")]
SEC = [("事務局", "議事調査課主査", "丸山 亮")]
AGENDA = ["令和7年度債権管理の取組状況について（所管事務調査）", "市税等の収納状況（10月末）について"]
MATERIALS = ["令和7年度債権管理の取組状況（10月末現在）", "別表　市税等の収納状況（令和7年10月末現在）"]

# 10月末 (千円): (調定額, 収入済額) this year, 前年同月 rate
TAB = [
    ("市税", "現年課税分", "current", (46208115, 28575318), 61.27),
    ("市税", "滞納繰越分", "arrears", (1204336, 318922), 25.02),
    ("国民健康保険税", "現年課税分", "current", (6418207, 3120455), 47.95),
    ("国民健康保険税", "滞納繰越分", "arrears", (1688412, 319450), 17.36),
    ("介護保険料", "現年度分", "current", (5904418, 3541902), 60.12),
    ("保育料", "現年度分", "current", (702115, 403882), 56.80),
]

CSS = """
@font-face {font-family: m; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexfont-gothic/ipaexg.ttf);}
* {font-family: m; font-size: 10.5pt; line-height: 1.5;}
h1 {font-family: g; font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
p {margin: 1pt 0;}
p.s {text-indent: -1em; margin-left: 1em; margin-top: 4pt;}
p.sub {text-align: center; font-size: 9.5pt;}
p.h {font-family: g; margin-top: 6pt;}
p.i {margin-left: 2em;}
p.sep {text-align: center; margin: 4pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid #000; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: g; text-align: center; background-color: #e6e6e6;}
td.n {text-align: right;}
.note {font-size: 8.5pt;}
"""


def rt(row):
    return E.rate(row[3][1], row[3][0], 2)


def build():
    F = E.fact
    facts = []
    rates = {(d, s): (rt(row), row[4]) for row in TAB for d, s in [(row[0], row[2])]}
    mc_c, mc_cp = rates[("市税", "current")]
    mc_a, mc_ap = rates[("市税", "arrears")]
    kk_c, kk_cp = rates[("国民健康保険税", "current")]
    kk_a, kk_ap = rates[("国民健康保険税", "arrears")]
    hk_c, hk_cp = rates[("保育料", "current")]
    o_tot = 3124000000
    w_tot = 146000000

    def pct(v):
        return f"{E.fr(v, 2)}％"

    # statements: (speaker, section index, text, [facts without page])
    S = []
    S.append(("北村委員長", 0, "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、令和7年度債権管理の取組状況について"
                             "理事者から説明を受けます。それでは、説明をお願いします。", []))
    S.append(("倉田総務部長", 0, "総務部長の倉田でございます。債権管理の取組につきましては、11月の債権管理推進会議において全庁の状況を"
                              "確認したところでございます。詳細は収納課長から御説明申し上げます。", []))
    t = (f"お手元の資料に沿って御説明いたします。令和6年度決算における市全体の収入未済額は約31億2,400万円で、"
         f"前年度に比べ約2億3,000万円縮減いたしました。また、不納欠損額は約1億4,600万円でございます。"
         f"10月末現在の市税の収納率は、現年課税分で{pct(mc_c)}、前年同月は{pct(mc_cp)}でございます。"
         f"滞納繰越分は{pct(mc_a)}で、前年同月の{pct(mc_ap)}を上回っております。")
    S.append(("小松収納課長", 0, t, [
        F(None, 2024, "令和6年度", "total", "outstanding", "actual", o_tot, "yen", "約31億2,400万円", None,
          approx=True, debt_raw=None),
        F(None, 2024, "令和6年度", "total", "written_off", "actual", w_tot, "yen", "約1億4,600万円", None,
          approx=True, debt_raw=None),
        F("市税", 2025, "10月末", "current", "collection_rate", "interim", mc_c, "percent", pct(mc_c), None, as_of=AS_OF),
        F("市税", 2024, "前年同月", "current", "collection_rate", "interim", mc_cp, "percent", pct(mc_cp), None,
          as_of=AS_OF_PREV),
        F("市税", 2025, "10月末", "arrears", "collection_rate", "interim", mc_a, "percent", pct(mc_a), None, as_of=AS_OF),
        F("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", mc_ap, "percent", pct(mc_ap), None,
          as_of=AS_OF_PREV)]))
    t = (f"国民健康保険税につきましては、現年課税分が{pct(kk_c)}、滞納繰越分が{pct(kk_a)}で、いずれも前年同月を上回っております。"
         "引き続き、財産調査と差押えを中心とした滞納整理を進めてまいります。")
    S.append(("樋口保健福祉部参事・国民健康保険課長", 0, t, [
        F("国民健康保険税", 2025, "10月末", "current", "collection_rate", "interim", kk_c, "percent", pct(kk_c), None,
          as_of=AS_OF),
        F("国民健康保険税", 2025, "10月末", "arrears", "collection_rate", "interim", kk_a, "percent", pct(kk_a), None,
          as_of=AS_OF)]))
    S.append(("竹内委員", 0, "保育料の状況はどうなっていますか。退園された世帯の滞納分が残っていると聞いていますが、その対応も伺いたい。",
              []))
    t = (f"保育料の10月末現在の現年度分収納率は{pct(hk_c)}で、前年同月の{pct(hk_cp)}とほぼ同水準でございます。"
         "退園世帯の滞納分につきましては、収納課に引き継ぎ、強制徴収公債権として滞納処分を行っております。")
    S.append(("北原こども未来部長", 0, t, [
        F("保育料", 2025, "10月末", "current", "collection_rate", "interim", hk_c, "percent", pct(hk_c), None, as_of=AS_OF),
        F("保育料", 2024, "前年同月", "current", "collection_rate", "interim", hk_cp, "percent", pct(hk_cp), None,
          as_of=AS_OF_PREV)]))
    S.append(("小林委員", 0, "私債権の中で、市営住宅使用料の退去者分について、債権放棄の判断はどのように行っているのですか。", []))
    S.append(("増井地域・市民生活部長", 0, "債権管理条例に基づき、時効期間の経過や所在不明など放棄の要件を個別に確認し、"
                                   "債権管理推進会議に諮ったうえで判断しております。", []))
    S.append(("北村委員長", 1, "ほかに御質疑はありませんか。なければ、次に、市税等の収納状況（10月末）について説明を求めます。", []))
    S.append(("小松収納課長", 1, "別表を御覧ください。各債権の10月末現在の調定額、収入済額及び収納率を、前年同月と比較してお示ししております。"
                              "介護保険料は前年同月をやや下回っておりますが、年度末に向けて催告を強化いたします。", []))
    S.append(("荒井委員", 1, "スマートフォン決済の利用状況について伺います。", []))
    S.append(("小松収納課長", 1, "10月末までの利用件数は前年同期の約1.3倍となっており、特に軽自動車税で利用が伸びております。", []))
    S.append(("北村委員長", 1, "以上で所管事務調査を終了いたします。本日の委員会はこれで散会いたします。", []))

    # ---------------- chunk 1: front matter + statements
    h = [f"<h1>{TITLE}</h1>",
         '<p class="sub">（令和7年度第2回長野市債権管理推進会議（令和7年11月20日開催）の報告事項を含む）</p>',
         '<p class="h">〇開会日時　令和7年12月10日（水）　午前10時00分開会　午前11時42分散会</p>',
         '<p class="h">〇場所　第一委員会室</p>',
         f'<p class="h">〇出席委員（{len(ATT)}名）</p>']
    h.append('<p class="i">' + "　".join(f"{r}　{n}" for r, _, n in ATT) + "</p>")
    h.append('<p class="h">〇欠席委員　なし</p>')
    h.append('<p class="h">〇説明のため出席した者</p>')
    h.append('<p class="i">' + "　".join(f"{ti}　{n}" for ti, n in OFF) + "</p>")
    h.append('<p class="h">〇事務局職員出席者</p>')
    h.append('<p class="i">' + "　".join(f"{ti}　{n}" for _, ti, n in SEC) + "</p>")
    h.append('<p class="h">〇会議に付した事件</p>')
    for i, a in enumerate(AGENDA, 1):
        h.append(f'<p class="i">{i}　{a}</p>')
    h.append('<p class="h">〇配付資料</p>')
    for m in MATERIALS:
        h.append(f'<p class="i">・{m}</p>')
    h.append('<p class="sep">─────────────────────</p>')
    cur_sec = None
    statements = []
    for sp, si, txt, fs in S:
        if si != cur_sec:
            h.append(f'<p class="h">◎{AGENDA[si]}</p>')
            cur_sec = si
        h.append(f'<p class="s">○{sp}　{txt}</p>')
        statements.append({"speaker": sp, "section": AGENDA[si], "text": txt})
        facts.extend(fs)
    h.append('<p class="sep">午前11時42分　散会</p>')
    chunks = ["".join(h)]

    # ---------------- chunk 2: 別表
    b = ['<p class="h">別表　市税等の収納状況（令和7年10月末現在）</p>',
         '<p style="text-align:right; font-size:9pt;">単位：千円、％</p>',
         '<table><tr><th colspan="2">区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月収納率</th><th>差</th></tr>']
    bfacts = []
    prev_debt = None
    n_of = {d: sum(1 for r in TAB if r[0] == d) for d, *_ in TAB}
    for d, lbl, seg, (a, c), pr in TAB:
        r = E.rate(c, a, 2)
        dd = round(r - pr, 2)
        first = "" if d == prev_debt else f'<td rowspan="{n_of[d]}">{d}</td>'
        prev_debt = d
        b.append(f'<tr>{first}<td>{lbl}</td><td class="n">{E.c(a)}</td><td class="n">{E.c(c)}</td>'
                 f'<td class="n">{E.fr(r, 2)}</td><td class="n">{E.fr(pr, 2)}</td>'
                 f'<td class="n">{("△" if dd < 0 else "")}{abs(dd):.2f}</td></tr>')
        bfacts += [F(d, 2025, "令和7年10月末", seg, "assessed", "interim", a * 1000, "yen", E.c(a), 2, as_of=AS_OF),
                   F(d, 2025, "令和7年10月末", seg, "collected", "interim", c * 1000, "yen", E.c(c), 2, as_of=AS_OF),
                   F(d, 2025, "令和7年10月末", seg, "collection_rate", "interim", r, "percent", E.fr(r, 2), 2, as_of=AS_OF),
                   F(d, 2024, "前年同月", seg, "collection_rate", "interim", pr, "percent", E.fr(pr, 2), 2,
                     as_of=AS_OF_PREV)]
    b.append("</table>")
    b.append('<p class="note">※収納率は収入済額÷調定額×100。差は前年同月との比較（ポイント）で、△は低下を示す。</p>'
             '<p class="note">※介護保険料及び保育料の滞納繰越分は、件数が少ないため記載を省略している。</p>')
    chunks.append("".join(b))
    pdf = E.PDF_DIR / f"{STEM}.pdf"
    spans = E.story_pdf(chunks, CSS, pdf, header="長野市議会　総務委員会", footer_fmt="－{n}－")
    bp = spans[1][0]
    assert spans[1][0] == spans[1][1]
    for f in bfacts:
        f["page"] = bp
    E.resolve_sequential(facts, pdf)
    facts += bfacts

    attendees = ([{"role": r, "title": t, "name": n} for r, t, n in ATT]
                 + [{"role": "説明員", "title": t, "name": n} for t, n in OFF]
                 + [{"role": r, "title": t, "name": n} for r, t, n in SEC])
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-10", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-12-10",
                "date_raw": "令和7年12月10日（水）"}
    E.write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
