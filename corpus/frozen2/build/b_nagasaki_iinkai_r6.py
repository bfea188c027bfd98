"""長崎市議会 総務委員会記録（令和６年１２月１０日） — minutes (council committee record), PyMuPDF Story.

Modelled on 長崎市議会 総務委員会 本文 records (https://chiholog.net/nagasakilog/gijilog/42201-20180912-736b083/ja:
「◯山口政嘉委員長 出席委員は半数以上であります。…」, ◯-marker with name+title, 〔…〕 notes) and on the
債権管理条例 審査 summary (https://inoueshigehisa.net/?p=240321: 未収債権額 約108億円→約49億円, 徴収一元化,
特別滞納整理室).  A 別表 of figures follows the record.  Figures invented and consistent.
"""
from __future__ import annotations

from decimal import Decimal

from b_common import OUT, PDF_DIR, Gold, comma, fmt_rate, rate, zen
from b_story_util import render

STEM = "b_nagasaki_iinkai_r6"
SEC = "本市の債権管理の状況について"


def solve(ca, r_cur, r_arr, r_tot=None, aa=None):
    """Amounts (千円) that print the given rates: returns (ca, cc, aa, ac)."""
    rc, ra = Decimal(r_cur) / 100, Decimal(r_arr) / 100
    cc = int((ca * rc).to_integral_value())
    if aa is None:
        rt = Decimal(r_tot) / 100
        aa = int(((cc - rt * ca) / (rt - ra)).to_integral_value())
    ac = int((aa * ra).to_integral_value())
    for dc in range(-3, 4):
        for da in range(-3, 4):
            c2, a2 = cc + dc, ac + da
            ok = fmt_rate(rate(c2, ca)) == r_cur and fmt_rate(rate(a2, aa)) == r_arr
            if r_tot:
                ok = ok and fmt_rate(rate(c2 + a2, ca + aa)) == r_tot
            if ok:
                return ca, c2, aa, a2
    raise ValueError((ca, r_cur, r_arr, r_tot))


def main():
    g = Gold(STEM, "minutes", "長崎市", "総務委員会記録", "2024-12-10", "令和６年１２月１０日")
    tax = solve(52118400, "99.32", "34.15", "98.71")
    kok = solve(10412230, "94.88", "25.02", aa=2804118)
    others = [
        ("介護保険料", solve(11802540, "99.21", "18.44", aa=240330)),
        ("後期高齢者医療保険料", solve(6112870, "99.70", "47.12", aa=41206)),
        ("市営住宅使用料", solve(2318640, "98.41", "17.65", aa=268900)),
    ]
    table_rows = [("市税", tax), ("国民健康保険料", kok)] + others

    attendees = [
        ("委員長", None, "中川浩一", "中 川 浩 一"), ("副委員長", None, "松尾理恵", "松 尾 理 恵"),
        ("委員", None, "田中健吾", "田 中 健 吾"), ("委員", None, "浦真由美", "浦   真由美"),
        ("委員", None, "山下昭", "山 下   昭"), ("委員", None, "吉田修平", "吉 田 修 平"),
        ("委員", None, "岩永慎也", "岩 永 慎 也"), ("委員", None, "坂本美和", "坂 本 美 和"),
    ]
    officials = [("理財部長", "濵口哲也"), ("理財部収納課長", "本田健二"), ("特別滞納整理室長", "草野隆"),
                 ("市民健康部国民健康保険課長", "西村由香")]

    st = []  # (speaker, html paragraphs list, plain text)

    def say(speaker, *paras):
        st.append((speaker, list(paras)))

    say("中川浩一委員長", "出席委員は半数以上であります。ただいまから総務委員会を開会いたします。",
        "本日は、所管事項調査として「本市の債権管理の状況について」を議題といたします。理事者の説明を求めます。")
    say("濵口理財部長", "本市の債権管理につきましては、平成２１年度から取り組んでまいりました徴収一元化と、"
        "特別滞納整理室による高額滞納対策を柱として、未収債権の縮減に努めてまいりました。また、令和３年度には"
        "債権管理条例を施行し、全庁統一的な基準による管理を進めております。詳細につきましては、収納課長から"
        "委員会提出資料に基づき説明いたします。")
    s_r5, s_h21 = "約４４億２，０００万円", "約１０８億円"
    s_wo = "約２億９，８００万円"
    tr = [fmt_rate(rate(tax[1], tax[0])), fmt_rate(rate(tax[3], tax[2])),
          fmt_rate(rate(tax[1] + tax[3], tax[0] + tax[2]))]
    kr = [fmt_rate(rate(kok[1], kok[0])), fmt_rate(rate(kok[3], kok[2]))]
    say("本田収納課長", "それでは、委員会提出資料の１ページをお開きください。",
        f"令和５年度末の本市の未収債権額は{s_r5}となり、平成２１年度末の{s_h21}と比べまして、"
        "約６割の縮減となっております。",
        f"主な債権でございますが、市税の収納率は、現年課税分が{zen(tr[0])}％、滞納繰越分が{zen(tr[1])}％、"
        f"合計で{zen(tr[2])}％となりました。国民健康保険料は、現年度分が{zen(kr[0])}％、滞納繰越分が"
        f"{zen(kr[1])}％でございます。",
        f"また、令和５年度の不納欠損額は、全体で{s_wo}でございました。その他の債権の状況につきましては、"
        "資料の別表のとおりでございます。")
    g.fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", 4_420_000_000, "yen", s_r5, approx=True)
    g.fact(None, 2009, "平成２１年度末", "total", "outstanding", "actual", 10_800_000_000, "yen", s_h21,
           approx=True)
    for seg, v in zip(("current", "arrears", "total"), tr):
        g.fact("市税", 2023, "令和５年度", seg, "collection_rate", "actual", float(v), "percent", f"{zen(v)}％",
               near="現年課税分が")
    for seg, v in zip(("current", "arrears"), kr):
        g.fact("国民健康保険料", 2023, "令和５年度", seg, "collection_rate", "actual", float(v), "percent",
               f"{zen(v)}％", near="現年課税分が")
    g.fact(None, 2023, "令和５年度", "total", "written_off", "actual", 298_000_000, "yen", s_wo, approx=True)

    say("中川浩一委員長", "説明が終わりました。質疑に入ります。")
    say("田中健吾委員", "今年度の状況について伺います。直近の時点で、市税の収納率は前年と比べてどうなっているのか、"
        "お示しください。")
    iv = (("６２．８４", "６２．３１"), ("１９．４０", "１８．７２"))
    say("本田収納課長", f"令和６年１０月末時点の市税の収納率は、現年課税分で{iv[0][0]}％でございまして、"
        f"前年同月の{iv[0][1]}％を０．５３ポイント上回っております。滞納繰越分は{iv[1][0]}％で、"
        f"前年同月は{iv[1][1]}％でございました。")
    for seg, (now, prev) in zip(("current", "arrears"), iv):
        g.fact("市税", 2024, "令和６年１０月末", seg, "collection_rate", "interim",
               float(now.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))), "percent",
               f"{now}％", as_of="2024-10-31")
        g.fact("市税", 2023, "前年同月", seg, "collection_rate", "interim",
               float(prev.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))), "percent",
               f"{prev}％", as_of="2023-10-31")
    say("田中健吾委員", "特別滞納整理室の取り組みについても、成果をお聞かせください。")
    say("草野特別滞納整理室長", "特別滞納整理室では、滞納額が１００万円以上の高額事案を中心に、所管課から移管を受けて"
        "滞納整理を行っております。令和５年度は、預貯金や給与、不動産など合わせて１，２４０件の差押えを実施し、"
        "うち不動産の公売を８件行いました。")
    say("浦真由美委員", "国民健康保険料の滞納の状況と、回収の見込みがない債権の整理について伺います。")
    say("西村国民健康保険課長", "国民健康保険料の滞納世帯数は、令和５年度末で８，４１２世帯となり、前年度末の"
        "８，９６０世帯から５４８世帯減少しております。納付相談の際には、生活状況を丁寧に聞き取り、分納誓約の"
        "履行管理を徹底しております。")
    g.fact("国民健康保険料", 2023, "令和５年度末", "total", "delinquents", "actual", 8412, "households",
           "８，４１２世帯")
    g.fact("国民健康保険料", 2022, "前年度末", "total", "delinquents", "actual", 8960, "households",
           "８，９６０世帯")
    say("濵口理財部長", "回収の見込みがない債権につきましては、債権管理条例に基づき、生活困窮や所在不明など"
        "一定の要件を満たすものについて債権放棄を行い、毎年度議会に報告しております。今後も管理すべき債権を"
        "整理したうえで、回収に取り組むべき債権に人員を集中させてまいります。")
    say("中川浩一委員長", "ほかにございませんか。", "〔「なし」と呼ぶ者あり〕",
        "以上で、所管事項調査を終わります。本日の委員会を閉会いたします。")

    # ------------------------------------------------ HTML
    att_html = "".join(
        f"<tr><td style='border:none;padding:0 8pt;width:70pt;'>{r}</td><td style='border:none;'>{sp}</td></tr>"
        for r, _t, _n, sp in attendees)
    off_html = "　".join(f"{t}　{n}" for t, n in officials)
    h = f"""
<p style="text-align:center;font-family:G;font-size:15pt;margin-bottom:2pt;">総務委員会記録</p>
<p style="text-align:center;">令和６年１２月１０日（火）</p>
<p style="text-align:center;margin-bottom:8pt;">於　第１委員会室</p>
<p>〇出席委員（８人）</p>
<table style="margin-left:20pt;">{att_html}</table>
<p>〇欠席委員　　な　し</p>
<p>〇説明のため出席した者</p>
<p style="margin-left:20pt;">{off_html}</p>
<p>〇議事</p>
<p style="margin-left:20pt;">所管事項調査「{SEC}」</p>
<p>〇提出資料</p>
<p style="margin-left:20pt;">債権管理の状況について（理財部）</p>
<p style="text-align:center;margin:8pt 0;">＝開会　午前１０時０分＝</p>
"""
    statements = []
    for sp, paras in st:
        first, rest = paras[0], paras[1:]
        h += f"<p style='text-indent:0;'><span style='font-family:G;'>◯{sp}</span>　{first}</p>"
        for ptxt in rest:
            h += f"<p style='text-indent:10pt;'>{ptxt}</p>"
        statements.append({"speaker": sp, "section": SEC, "text": "\n".join(paras), "page": None})
    h += "<p style='text-align:center;margin-top:8pt;'>＝閉会　午前１１時２分＝</p>"

    # 別表 (separate page)
    rows = ""
    for n, (ca, cc, aa, ac) in table_rows:
        r1, r2 = rate(cc, ca), rate(ac, aa)
        rows += (f"<tr><td>{n}</td><td class='r'>{comma(ca)}</td><td class='r'>{comma(cc)}</td>"
                 f"<td class='r'>{fmt_rate(r1)}</td><td class='r'>{comma(aa)}</td><td class='r'>{comma(ac)}</td>"
                 f"<td class='r'>{fmt_rate(r2)}</td></tr>")
        for seg, a_, c_, r_ in (("current", ca, cc, r1), ("arrears", aa, ac, r2)):
            g.fact(n, 2023, "令和５年度決算", seg, "assessed", "actual", a_ * 1000, "yen", comma(a_), near="別表")
            g.fact(n, 2023, "令和５年度決算", seg, "collected", "actual", c_ * 1000, "yen", comma(c_), near="別表")
            g.fact(n, 2023, "令和５年度決算", seg, "collection_rate", "actual", float(r_), "percent", fmt_rate(r_),
                   near=comma(a_))
    h2 = f"""
<p style="font-family:G;">（別表）主な債権の収納状況（令和５年度決算）</p>
<p class="unit">（単位：千円、％）</p>
<table style="width:100%;"><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{rows}</table>
<p class="note">※ 市税の現年度分は現年課税分。国民健康保険料は一般被保険者分と退職被保険者等分の合計。</p>
<p class="note">※ 委員会提出資料「債権管理の状況について（理財部）」から抜粋。</p>
"""
    g.minutes = {
        "title": "総務委員会記録", "meeting_number": None, "date": "2024-12-10", "method": None,
        "attendees": [{"role": r, "title": t, "name": n} for r, t, n, _ in attendees] +
                     [{"role": t, "title": t, "name": n} for t, n in officials],
        "agenda": [SEC], "materials": ["債権管理の状況について（理財部）"],
        "statements": statements,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = render([(h, False), (h2, False)], PDF_DIR / f"{STEM}.pdf", "総務委員会記録（令和６年１２月１０日）")
    g.finish(pdf)


if __name__ == "__main__":
    main()
