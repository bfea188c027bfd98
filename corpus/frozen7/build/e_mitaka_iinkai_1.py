"""三鷹市議会 総務委員会記録 (council committee record, 債権管理の行政報告) — PyMuPDF Story."""
from __future__ import annotations

import html as H

from e7_common import PDF, comma, fact, rate, story_pdf, write_gold, zen

STEM = "e_mitaka_iinkai_1"
CITY = "三鷹市"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

# 別表 rows: debt, segment label, segment, assessed(千円), rate now, rate prev year same month
ROWS = [
    ("市税", "現年課税分", "current", 28_614_350, 94.12, 93.87),
    ("市税", "滞納繰越分", "arrears", 1_186_420, 32.64, 30.98),
    ("国民健康保険税", "現年課税分", "current", 3_952_770, 78.40, 77.78),
    ("国民健康保険税", "滞納繰越分", "arrears", 842_915, 24.15, 23.60),
    ("保育所保育料", "現年度分", "current", 402_318, 97.85, 97.41),
    ("保育所保育料", "過年度分", "arrears", 21_604, 18.02, 16.35),
    ("市営住宅使用料", "現年度分", "current", 96_480, 95.20, 95.66),
    ("市営住宅使用料", "過年度分", "arrears", 14_227, 12.77, 11.90),
]


def build_rows():
    out = []
    for debt, seg_l, seg, a, r, rp in ROWS:
        c = round(a * r / 100)
        assert rate(c, a) == r, (debt, seg_l)
        out.append((debt, seg_l, seg, a, c, r, rp))
    # 市税・国保 have a 計 row
    res = []
    for debt in ("市税", "国民健康保険税", "保育所保育料", "市営住宅使用料"):
        rs = [x for x in out if x[0] == debt]
        res += rs
        if debt in ("市税", "国民健康保険税"):
            a = sum(x[3] for x in rs)
            c = sum(x[4] for x in rs)
            rp = {"市税": 89.93, "国民健康保険税": 70.84}[debt]
            res.append((debt, "計", "total", a, c, rate(c, a), rp))
    return res


def main():
    rows = build_rows()
    R = {(x[0], x[2]): x for x in rows}
    facts = []

    def F(*a, **k):
        facts.append(fact(*a, **k))

    tax_c, tax_a, tax_t = R[("市税", "current")], R[("市税", "arrears")], R[("市税", "total")]
    kok_c, kok_a = R[("国民健康保険税", "current")], R[("国民健康保険税", "arrears")]
    ho_c, ho_a = R[("保育所保育料", "current")], R[("保育所保育料", "arrears")]
    ju_c, ju_a = R[("市営住宅使用料", "current")], R[("市営住宅使用料", "arrears")]
    p = lambda v: zen(f"{v:.2f}") + "％"

    S = []  # statements: speaker, section, text

    def say(sp, sec, text):
        S.append((sp, sec, text))

    AG1 = "令和５年度市税等の収納状況（令和６年２月末現在）について"
    AG2 = "三鷹市債権管理の取組状況について"
    AG3 = "次回委員会の日程について"
    AG4 = "その他"
    CH = "委員長(谷口恵子さん)"
    say(CH, None, "ただいまから総務委員会を開きます。")
    say(CH, None, "本日の流れにつきましては、1、行政報告、2、次回委員会の日程について、3、その他ということで"
        "進めてまいりたいと思いますが、よろしいでしょうか。")
    say(CH, AG1, "市民部報告、本件を議題といたします。本件に対する市側の説明を求めます。")
    say("市民部長(関口修さん)", AG1, "おはようございます。本日は、市民部から2件の行政報告をさせていただきます。"
        "1件目は令和5年度市税等の収納状況、2件目は債権管理の取組状況でございます。詳細につきましては、"
        "各担当課長から御説明いたします。")
    t5 = (f"資料1を御覧ください。令和6年2月29日現在の市税の収納率は、現年課税分が{p(tax_c[5])}で、"
          f"前年同月の{p(tax_c[6])}と比べ{zen(f'{tax_c[5]-tax_c[6]:.2f}')}ポイントの上昇となっております。"
          f"滞納繰越分は{p(tax_a[5])}で、前年同月の{p(tax_a[6])}を上回っております。"
          f"現年課税分と滞納繰越分を合わせた市税全体の収納率は{p(tax_t[5])}でございます。"
          "令和4年度決算における市税の収入未済額は約８億６，２００万円でございましたが、"
          "今年度末には約７億９，０００万円まで縮減できる見込みでございます。")
    say("納税課長(北村聡さん)", AG1, t5)
    A = "納税課長(北村聡さん)"
    F("市税", 2023, "令和6年2月29日現在", "current", "collection_rate", "interim", tax_c[5], "percent", p(tax_c[5]), as_of=AS_OF, anchor=A)
    F("市税", 2022, "前年同月", "current", "collection_rate", "interim", tax_c[6], "percent", p(tax_c[6]), as_of=AS_OF_PREV, anchor=A)
    F("市税", 2023, "令和6年2月29日現在", "arrears", "collection_rate", "interim", tax_a[5], "percent", p(tax_a[5]), as_of=AS_OF, anchor=A)
    F("市税", 2022, "前年同月", "arrears", "collection_rate", "interim", tax_a[6], "percent", p(tax_a[6]), as_of=AS_OF_PREV, anchor=A)
    F("市税", 2023, "令和6年2月29日現在", "total", "collection_rate", "interim", tax_t[5], "percent", p(tax_t[5]), as_of=AS_OF, anchor=A)
    F("市税", 2022, "令和4年度決算", "total", "outstanding", "actual", 862_000_000, "yen", "約８億６，２００万円", approx=True, anchor=A)
    F("市税", 2023, "今年度末", "total", "outstanding", "estimate", 790_000_000, "yen", "約７億９，０００万円", approx=True, anchor=A)

    t6 = (f"続きまして、国民健康保険税について御報告いたします。2月末現在の収納率は、現年課税分が{p(kok_c[5])}、"
          f"滞納繰越分が{p(kok_a[5])}となっており、前年同月と比べ、現年課税分は{zen(f'{kok_c[5]-kok_c[6]:.2f}')}ポイントの上昇でございます。"
          "納付の相談に来られた方には、口座振替の御案内を併せて行っております。")
    say("保険課長(岡本里美さん)", AG1, t6)
    A = "保険課長(岡本里美さん)"
    F("国民健康保険税", 2023, "2月末現在", "current", "collection_rate", "interim", kok_c[5], "percent", p(kok_c[5]), as_of=AS_OF, anchor=A)
    F("国民健康保険税", 2023, "2月末現在", "arrears", "collection_rate", "interim", kok_a[5], "percent", p(kok_a[5]), as_of=AS_OF, anchor=A)

    t7 = (f"保育所保育料の2月末現在の収納率は、現年度分が{p(ho_c[5])}、過年度分が{p(ho_a[5])}でございます。"
          "現年度分の未納が2か月続いた世帯には、園を通じた御案内に加えて電話での納付勧奨を行っております。")
    A = "子ども・若者支援課長(永井香織さん)"
    say(A, AG1, t7)
    F("保育所保育料", 2023, "2月末現在", "current", "collection_rate", "interim", ho_c[5], "percent", p(ho_c[5]), as_of=AS_OF, anchor=A)
    F("保育所保育料", 2023, "2月末現在", "arrears", "collection_rate", "interim", ho_a[5], "percent", p(ho_a[5]), as_of=AS_OF, anchor=A)

    t8 = (f"市営住宅使用料につきましては、現年度分の収納率が{p(ju_c[5])}、過年度分が{p(ju_a[5])}でございます。"
          "退去された方の滞納分につきましては、弁護士への回収委託を継続しております。")
    A = "住宅政策課長(川端隆さん)"
    say(A, AG1, t8)
    F("市営住宅使用料", 2023, "2月末現在", "current", "collection_rate", "interim", ju_c[5], "percent", p(ju_c[5]), as_of=AS_OF, anchor=A)
    F("市営住宅使用料", 2023, "2月末現在", "arrears", "collection_rate", "interim", ju_a[5], "percent", p(ju_a[5]), as_of=AS_OF, anchor=A)

    say(CH, AG1, "市側の説明が終わりました。これより質疑に入ります。質疑のある方はどうぞ。")
    say("委員(石田順一さん)", AG1, "御報告ありがとうございました。滞納繰越分の収納率が上がってきたということですが、"
        "滞納繰越分の規模感と、どういった取組が効果を上げているのか、お聞かせください。")
    A = "納税課長(北村聡さん)"
    t11 = ("今年度当初の滞納繰越分の調定額は約１１億８，６００万円でございます。財産調査を早い段階で行い、"
           "預貯金や給与の差押えを進めたこと、また、換価する財産がない方については執行停止を適切に行ったことが、"
           "収納率の改善につながっていると考えております。")
    say(A, AG1, t11)
    F("市税", 2023, "今年度当初", "arrears", "assessed", "actual", 1_186_000_000, "yen", "約１１億８，６００万円", approx=True, anchor="今年度当初の滞納繰越分")
    say("委員(森下千晴さん)", AG1, "国民健康保険税について伺います。令和4年度決算の収納率は、現年課税分で９３．０５％だったと"
        "記憶しておりますが、今年度の決算はどの程度になる見込みでしょうか。")
    F("国民健康保険税", 2022, "令和4年度決算", "current", "collection_rate", "actual", 93.05, "percent", "９３．０５％", anchor="国民健康保険税について伺います")
    say("保険課長(岡本里美さん)", AG1, "令和5年度の決算は、現年課税分で９３．２％程度を見込んでおります。"
        "3月には出納整理期間に向けた集中的な催告を行い、見込みを上回るよう努めてまいります。")
    F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "estimate", 93.2, "percent", "９３．２％", approx=True, anchor="令和5年度の決算は、現年課税分で")
    say("委員(小島健二さん)", AG2, "債権管理の取組状況について伺います。保育料などの税外債権は、担当課ごとに対応していると"
        "思いますが、全庁的な連携はどのようになっていますか。")
    say("子ども・若者支援課長(永井香織さん)", AG2, "税外債権につきましては、債権管理連絡会議で各課の取組を共有しております。"
        "保育料につきましては、納税課の助言を受けながら、財産調査の手法を取り入れているところでございます。")
    say(CH, AG2, "ほかにございますか。──なければ、以上で市民部報告を終了いたします。")
    say(CH, AG3, "次回委員会の日程について、本件を議題といたします。次回委員会の日程については、令和6年第2回定例会の"
        "会期中とし、その間で必要が生じた場合は正副委員長に御一任いただくことにしたいと思いますが、よろしいでしょうか。")
    say(CH, AG4, "その他、何かございますか。──なければ、以上をもって本日の総務委員会を散会いたします。")

    # ---- HTML -----------------------------------------------------------------------------------------
    att = [("委員長", "谷口恵子"), ("副委員長", "高井昭彦"), ("委員", "石田順一"), ("委員", "森下千晴"),
           ("委員", "小島健二"), ("委員", "前川由紀"), ("委員", "野沢誠")]
    exp = [("市民部長", "関口修"), ("納税課長", "北村聡"), ("保険課長", "岡本里美"),
           ("子ども・若者支援課長", "永井香織"), ("住宅政策課長", "川端隆")]
    h = []
    h.append("<p class='c'>令和６年３月５日</p><h1>総 務 委 員 会 記 録</h1>")
    h.append("<table class='meta'><tr><th>開会</th><td>午前９時３０分</td><th>散会</th><td>午前１１時０２分</td></tr>"
             "<tr><th>場所</th><td colspan='3'>第一委員会室</td></tr></table>")
    h.append("<p class='h'>出席委員（７人）</p><p class='ind'>" + "　".join(f"{r}　{n}" for r, n in att) + "</p>")
    h.append("<p class='h'>欠席委員</p><p class='ind'>なし</p>")
    h.append("<p class='h'>出席説明員</p><p class='ind'>" + "<br/>".join(f"{r}　{n}" for r, n in exp) + "</p>")
    h.append("<p class='h'>案　件</p><p class='ind'>１　行政報告<br/>　市民部報告<br/>"
             f"　(1) {AG1}<br/>　(2) {AG2}<br/>２　{AG3}<br/>３　{AG4}</p>")
    h.append("<p class='h'>配付資料</p><p class='ind'>資料１　令和５年度 主な債権の収納状況（令和６年２月末現在）<br/>"
             "資料２　三鷹市債権管理の取組状況について</p>")
    h.append("<p class='c'>────────────────────────────</p><p class='c'>午前９時３０分 開議</p>")
    for i, (sp, sec, text) in enumerate(S):
        h.append(f"<p class='s'>◯{H.escape(sp)}　{H.escape(text)}</p>")
        if i == 1:
            h.append("<p class='c'>（「異議なし」と呼ぶ者あり）</p><p class='s'>　それでは、そのように確認いたします。</p>"
                     "<p class='c'>────────────────────────────</p>")
        if sec == AG1 and i + 1 < len(S) and S[i + 1][1] == AG2 and False:
            pass
    h.append("<p class='c'>午前１１時０２分 散会</p>")
    # 別表
    h2 = h
    h = []
    h.append("<h2>別表　主な債権の収納状況（令和６年２月末現在）</h2>")
    h.append("<p class='r'>（単位：千円、％）</p>")
    h.append("<table class='t'><tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th>"
             "<th>前年同月<br/>収納率</th></tr>")
    cur = None
    for debt, seg_l, seg, a, c, r, rp in rows:
        name = debt if debt != cur else ""
        cur = debt
        h.append(f"<tr><td>{name}</td><td>{seg_l}</td><td class='n'>{comma(a)}</td><td class='n'>{comma(c)}</td>"
                 f"<td class='n'>{r:.2f}</td><td class='n'>{rp:.2f}</td></tr>")
        A = "別表　主な債権の収納状況"
        F(debt, 2023, "令和６年２月末現在", seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF, anchor=A)
        F(debt, 2023, "令和６年２月末現在", seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF, anchor=A)
        F(debt, 2023, "令和６年２月末現在", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS_OF, anchor=A)
        F(debt, 2022, "前年同月", seg, "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=AS_OF_PREV, anchor=A)
    h.append("</table>")
    h.append("<p class='note'>※収入済額は還付未済額を含みません。前年同月収納率は令和５年２月末現在の数値です。</p>")
    css = """
    body {font-size: 10.5pt; line-height: 1.55;}
    h1 {font-family: GOT; font-size: 16pt; text-align: center; margin: 4pt 0 10pt 0;}
    h2 {font-family: GOT; font-size: 12pt; margin: 6pt 0;}
    p {margin: 2pt 0;}
    .c {text-align: center;} .r {text-align: right; font-size: 9pt;}
    .h {font-family: GOT; margin-top: 6pt;} .ind {margin-left: 14pt;}
    .s {text-indent: -10pt; margin-left: 10pt; margin-top: 5pt;}
    table.meta td, table.meta th {padding: 2pt 6pt; font-size: 10pt;}
    table.t {border-collapse: collapse; width: 100%;}
    table.t th, table.t td {border: 0.7pt solid black; padding: 3pt 4pt; font-size: 9.5pt;}
    table.t th {background-color: #e8e8e8; font-family: GOT;}
    td.n {text-align: right;}
    .note {font-size: 8.5pt; margin-top: 4pt;}
    """
    pdf = PDF / f"{STEM}.pdf"
    story_pdf(["".join(h2), "".join(h)], css, pdf, header=lambda i, n: "令和６年３月５日　総務委員会",
              footer=lambda i, n: f"－ {i} －")
    document = {"kind": "minutes", "municipality": CITY, "title": "三鷹市議会 総務委員会記録",
                "date": "2024-03-05", "date_raw": "令和６年３月５日"}
    minutes = {"title": "総務委員会記録", "meeting_number": None, "date": "2024-03-05", "method": None,
               "attendees": [{"role": r, "name": n} for r, n in att + exp],
               "agenda": [AG1, AG2, AG3, AG4],
               "materials": ["資料１　令和５年度 主な債権の収納状況（令和６年２月末現在）",
                             "資料２　三鷹市債権管理の取組状況について"],
               "statements": [{"speaker": sp, "section": sec, "text": t} for sp, sec, t in S]}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    main()
