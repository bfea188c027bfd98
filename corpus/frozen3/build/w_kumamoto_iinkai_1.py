"""w_kumamoto_iinkai_1: 熊本市議会 総務委員会会議録 (minutes, council committee record), PyMuPDF Story, A4 portrait.

Modelled on 熊本市議会 総務委員会会議録 as published on chiholog
(https://chiholog.net/serelog/gijilog/43100-20190228-499dcea/ja, https://chiholog.net/kumamotolog/gijilog/43100-20140616-f18048f/ja):
開催年月日 / 開催場所 / 出席委員 with spaced names and roles / 議題・協議事項 / 「○氏名 役職」 speaker markers.
Names, speeches and figures are invented.
"""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from w_common import OUT, PDF_DIR, Gold, finish, render_png

STEM = "w_kumamoto_iinkai_1"
CITY = "熊本市"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.6;}
.t1 {font-size: 11pt; margin: 0;}
.t2 {font-family: G; font-size: 15pt; text-align: center; margin: 4pt 0 12pt 0;}
table.hd td {border: none; padding: 0 4pt 0 0; font-size: 10.5pt; vertical-align: top;}
p {margin: 0 0 2pt 0; text-indent: 10.5pt;}
p.sp {text-indent: 0;}
p.in {margin-left: 21pt; text-indent: 0;}
p.time {text-align: right; text-indent: 0; margin: 6pt 0;}
p.call {text-align: center; text-indent: 0;}
p.sig {text-indent: 0; margin-left: 180pt;}
"""

MEMBERS = [("委員長", "坂口和也"), ("副委員長", "森田明美"), ("委員", "田上聡子"), ("委員", "北川大輔"),
           ("委員", "荒木 亮"), ("委員", "中村恵子"), ("委員", "石原慎吾"), ("委員", "吉永 剛")]
STAFF = [("財政局長", "藤本隆之"), ("税務部長", "松永純一"), ("納税課長", "中島由紀"),
         ("債権管理課長", "古賀浩二"), ("国保年金課長", "村上真理")]
AG = ["熊本市税条例の一部改正について", "権利の放棄について", "令和６年度第２回熊本市債権管理推進会議の結果について"]


def spaced(name):
    """熊本市 style: a name spread over 3 or 4 character cells (坂 口 和 也, 荒 木   亮)."""
    if " " in name:
        a, b = name.split(" ")
        return " ".join(a) + "   " + b
    return " ".join(name) if len(name) >= 4 else name[0] + " " + name[1] + " " + name[2]


def main():
    g = Gold(STEM, "minutes", CITY, "令和６年第４回総務委員会 総務委員会会議録", "2024-12-11",
             "令和6年12月11日")
    S = []  # (speaker, section, text)

    def say(speaker, sec, text):
        S.append((speaker, sec, text))

    ch, mu = "坂口和也 委員長", "松永純一 税務部長"
    say(ch, AG[0], "ただいまから総務委員会を開会いたします。\n今回、当委員会に付託を受け審査いたします議案は、条例1件、"
                   "その他1件の計2件であります。このほか所管事務の調査として、債権管理推進会議の結果について報告を受けます。\n"
                   "まず、議第301号「熊本市税条例の一部改正について」を議題といたします。執行部の説明を求めます。")
    say(mu, AG[0], "議第301号について御説明いたします。\n本案は、地方税法の一部改正に伴い、延滞金の割合の特例に係る規定を"
                   "整理するほか、所要の改正を行うものでございます。施行期日は令和7年1月1日としております。")
    say(ch, AG[0], "これより質疑を行います。質疑はありませんか。")
    S.append(("__call__", None, "〔「なし」と呼ぶ者あり〕"))
    say(ch, AG[0], "質疑を終了し、採決いたします。議第301号は、原案のとおり可決すべきものと決するに御異議ありませんか。")
    S.append(("__call__", None, "〔「異議なし」と呼ぶ者あり〕"))
    say(ch, AG[1], "御異議なしと認め、そのように決定いたしました。\n次に、議第315号「権利の放棄について」を議題といたします。"
                   "執行部の説明を求めます。")
    ko = "古賀浩二 債権管理課長"
    say(ko, AG[1], "議第315号について御説明いたします。\n本案は、熊本市債権管理条例の規定により放棄できる場合に該当しない私債権の"
                   "うち、債務者の死亡や所在不明により回収の見込みがないものについて、地方自治法第96条第1項第10号の規定により"
                   "議会の議決を求めるものでございます。対象は住宅新築資金等貸付金など3債権、計48件でございます。")
    say(ch, AG[1], "これより質疑を行います。")
    ta = "田上聡子 委員"
    say(ta, AG[1], "相続人の調査はどこまで行ったのか。また、放棄した後に資力が判明した場合の扱いを伺います。")
    say(ko, AG[1], "相続人につきましては、戸籍による調査で判明した全員に対し、文書による催告と相続放棄の確認を行っております。"
                   "放棄の議決後は債権が消滅いたしますので、再度の請求はできませんが、放棄に至るまでの調査記録を台帳に残し、"
                   "判断の根拠を明らかにしております。")
    say(ch, AG[1], "ほかにありませんか。――なければ、質疑を終了し、採決いたします。議第315号は、原案のとおり可決すべきものと"
                   "決定いたしました。\n次に、所管事務の調査に入ります。令和6年度第2回熊本市債権管理推進会議の結果について、"
                   "執行部の報告を求めます。")
    rep = ("去る11月20日に開催いたしました令和6年度第2回熊本市債権管理推進会議の結果について御報告いたします。\n"
           "まず、令和5年度決算における本市の収入未済額は、全会計で約67億3,400万円となり、前年度から約3億1,200万円"
           "減少いたしました。主な債権の収納率は、市税が現年課税分99.21％、滞納繰越分32.48％、国民健康保険料が"
           "現年度分94.65％、滞納繰越分26.10％でございます。また、令和5年度の不納欠損額は、全会計で約4億2,100万円で"
           "ございました。\n次に、今年度の状況でございますが、令和6年10月末現在で、市税の現年課税分の収納率は62.35％と、"
           "前年同月の61.98％を0.37ポイント上回っております。国民健康保険料の現年度分は51.02％で、前年同月の50.66％を"
           "上回っております。\n会議では、各所管課から年度末に向けた取組状況が報告され、滞納初期の催告の徹底と、"
           "回収困難な債権の整理を計画的に進めることを確認いたしました。")
    say(ko, AG[2], rep)
    say(ch, AG[2], "報告が終わりました。質疑はありませんか。")
    say(ta, AG[2], "国民健康保険料の滞納世帯数の推移を伺います。")
    mr = "村上真理 国保年金課長"
    say(mr, AG[2], "国民健康保険料の滞納世帯数は、令和5年度末で1万1,950世帯でございました。令和6年10月末現在では"
                   "1万2,486世帯で、前年同月の1万3,102世帯と比べ616世帯減少しております。")
    ki = "北川大輔 委員"
    say(ki, AG[2], "市税の収入未済額は、どの程度まで縮減する目標なのか。")
    nk = "中島由紀 納税課長"
    say(nk, AG[2], "市税の収入未済額は、令和5年度末で24億6,800万円でございます。今年度末には23億円以下とすることを"
                   "目標として、差押えなどの滞納処分を早期に実施してまいります。")
    say(ch, AG[2], "ほかにありませんか。――なければ、以上で所管事務の調査を終了いたします。\n以上で本日の日程は全部終了いたしました。"
                   "これをもちまして総務委員会を閉会いたします。")

    # facts in the speeches (page resolved by the raw itself)
    F = g.fact
    F(None, 2023, "令和5年度決算", "total", "outstanding", "actual", 6734000000, "yen", "約67億3,400万円",
      anchor="約67億3,400万円", approx=True, debt_raw="全会計")
    F("市税", 2023, "令和5年度決算", "current", "collection_rate", "actual", 99.21, "percent", "99.21％", anchor="99.21％",
      debt_raw="市税")
    F("市税", 2023, "令和5年度決算", "arrears", "collection_rate", "actual", 32.48, "percent", "32.48％", anchor="32.48％")
    F("国民健康保険料", 2023, "令和5年度決算", "current", "collection_rate", "actual", 94.65, "percent", "94.65％",
      anchor="94.65％")
    F("国民健康保険料", 2023, "令和5年度決算", "arrears", "collection_rate", "actual", 26.10, "percent", "26.10％",
      anchor="26.10％")
    F(None, 2023, "令和5年度", "total", "written_off", "actual", 421000000, "yen", "約4億2,100万円",
      anchor="約4億2,100万円", approx=True, debt_raw="全会計")
    F("市税", 2024, "令和6年10月末", "current", "collection_rate", "interim", 62.35, "percent", "62.35％",
      anchor="62.35％", as_of="2024-10-31")
    F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 61.98, "percent", "61.98％",
      anchor="61.98％", as_of="2023-10-31")
    F("国民健康保険料", 2024, "令和6年10月末", "current", "collection_rate", "interim", 51.02, "percent", "51.02％",
      anchor="51.02％", as_of="2024-10-31")
    F("国民健康保険料", 2023, "前年同月", "current", "collection_rate", "interim", 50.66, "percent", "50.66％",
      anchor="50.66％", as_of="2023-10-31")
    F("国民健康保険料", 2023, "令和5年度末", "total", "delinquents", "actual", 11950, "households", "1万1,950世帯",
      anchor="1万1,950世帯")
    F("国民健康保険料", 2024, "令和6年10月末", "total", "delinquents", "interim", 12486, "households", "1万2,486世帯",
      anchor="1万2,486世帯", as_of="2024-10-31")
    F("国民健康保険料", 2023, "前年同月", "total", "delinquents", "interim", 13102, "households", "1万3,102世帯",
      anchor="1万3,102世帯", as_of="2023-10-31")
    F("市税", 2023, "令和5年度末", "total", "outstanding", "actual", 2468000000, "yen", "24億6,800万円",
      anchor="24億6,800万円")
    F("市税", 2024, "今年度末", "total", "outstanding", "target", 2300000000, "yen", "23億円", anchor="23億円以下")

    # ---- HTML
    h = ['<p class="t1 sp">令和６年第４回総務委員会</p>', '<p class="t2 sp">総務委員会会議録</p>',
         '<table class="hd">',
         '<tr><td>開催年月日</td><td>令和6年12月11日(水)</td></tr>',
         '<tr><td>開催場所</td><td>総務委員会室</td></tr>',
         f'<tr><td>出席委員</td><td>{len(MEMBERS)}名</td></tr>']
    for i in range(0, len(MEMBERS), 2):
        cells = "".join(f"<td>{spaced(n)}&nbsp;&nbsp;{r}</td>" for r, n in MEMBERS[i:i + 2])
        h.append(f"<tr><td></td>{cells}</tr>")
    h.append('<tr><td>出席説明員</td><td></td></tr>')
    for i in range(0, len(STAFF), 2):
        cells = "".join(f"<td>{t}&nbsp;&nbsp;{spaced(n)}</td>" for t, n in STAFF[i:i + 2])
        h.append(f"<tr><td></td>{cells}</tr>")
    h.append("</table>")
    h.append('<p class="sp">議題・協議事項</p>')
    h.append('<p class="in">(1)議案の審査(2件)</p>')
    h.append(f'<p class="in">&nbsp;&nbsp;&nbsp;議第301号「{AG[0]}」</p>')
    h.append(f'<p class="in">&nbsp;&nbsp;&nbsp;議第315号「{AG[1]}」</p>')
    h.append('<p class="in">(2)所管事務の調査</p>')
    h.append(f'<p class="in">&nbsp;&nbsp;&nbsp;「{AG[2]}」</p>')
    h.append('<p class="time">午前10時00分 開会</p>')
    for spk, sec, text in S:
        if spk == "__call__":
            h.append(f'<p class="call">{text}</p>')
            continue
        paras = text.split("\n")
        h.append(f'<p class="sp">○{spk}&nbsp;&nbsp;{paras[0]}</p>')
        for ptxt in paras[1:]:
            h.append(f"<p>{ptxt}</p>")
    h.append('<p class="time">午前11時24分 閉会</p>')
    h.append('<p class="sp">&nbsp;</p><p class="sp">熊本市議会委員会条例第30条第1項の規定によりここに署名する。</p>')
    h.append('<p class="sig">令和6年12月11日</p><p class="sig">総務委員長&nbsp;&nbsp;坂 口 和 也</p>')
    html = "".join(h)

    pdf = PDF_DIR / f"{STEM}.pdf"
    tmp = OUT / f"{STEM}.tmp.pdf"
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(str(Path(MINCHO).parent)))
    arch.add(pymupdf.Archive(str(Path(GOTHIC).parent)))
    rect = pymupdf.paper_rect("a4")
    where = rect + (64, 60, -64, -64)
    story = pymupdf.Story(html=f"<body>{html}</body>", user_css=CSS, archive=arch)
    wr = pymupdf.DocumentWriter(str(tmp))
    more = 1
    while more:
        dev = wr.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        wr.end_page()
    wr.close()
    doc = pymupdf.open(str(tmp))
    for i, page in enumerate(doc):
        foot = f"- {i + 1} -"
        page.insert_font(fontname="M", fontfile=MINCHO)
        page.insert_text((rect.width / 2 - 12, rect.height - 32), foot, fontname="M", fontsize=9)
    doc.subset_fonts()
    doc.save(str(pdf), garbage=4, deflate=True)
    doc.close()
    tmp.unlink()

    # statements: text without the marker; page = page where the statement starts
    texts = [re.sub(r"\s+", "", p.get_text()) for p in pymupdf.open(pdf)]
    stmts = []
    for spk, sec, text in S:
        if spk == "__call__":
            continue
        key = re.sub(r"\s+", "", "○" + spk + text.split("\n")[0])[:30]
        pg = next(i + 1 for i, t in enumerate(texts) if key in t)
        stmts.append({"speaker": spk.replace(" ", ""), "section": sec, "text": text, "page": pg})
    attendees = [{"role": r, "title": None, "name": n.replace(" ", "")} for r, n in MEMBERS]
    attendees += [{"role": t, "title": t, "name": n} for t, n in STAFF]
    g.minutes = {"title": "令和６年第４回総務委員会 総務委員会会議録", "meeting_number": 4, "date": "2024-12-11",
                 "method": None, "attendees": attendees, "agenda": AG, "materials": [], "statements": stmts}
    render_png(pdf, "kuma", dpi=75)
    finish(g, pdf)


if __name__ == "__main__":
    main()
