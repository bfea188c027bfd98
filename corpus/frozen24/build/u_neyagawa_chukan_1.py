"""寝屋川市 令和５年度 債権回収・整理計画（後半の取組状況）  PyMuPDF Story, one Story per page."""
import pymupdf as fitz

from u_common import OUT, ROOT, Facts, kyen, write_gold, check

STEM = "u_neyagawa_chukan_1"
CITY = "寝屋川市"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho"
CSS = ("@font-face {font-family: g; src: url(ipaexg.ttf);} "
       "* {font-family: g; font-size: 9.5pt; line-height: 1.35;} "
       "h1 {font-size: 15pt; text-align: center;} h2 {font-size: 11.5pt; margin-top: 8pt;} "
       "table {border-collapse: collapse;} td, th {border: 0.6px solid black; padding: 1.5pt 3pt;} "
       "th {background-color: #e6e6e6; font-weight: normal;} .r {text-align: right;} .c {text-align: center;} "
       ".nb td {border: none;} .small {font-size: 8pt;} .box {border: 0.8px solid black; padding: 4pt;} "
       "p {margin: 2pt 0;} .ind {margin-left: 14pt;} .ind2 {margin-left: 26pt;}")

AS10, AS10P = "2023-10-31", "2022-10-31"
AS02, AS02P = "2024-02-29", "2023-02-28"

# name, 所管, rates: (10月末 R5 cur, R4 cur, R5 arr, R4 arr), (2月末 R5 cur, R4 cur, R5 arr, R4 arr), outstanding 2月末 (R5, R4) yen
DEBTS = [
    ("市税", "納税課", (55.8, 55.3, 19.6, 18.8), (91.4, 91.1, 27.9, 26.5), (812_406_000, 866_211_000)),
    ("国民健康保険料", "保険事業室", (48.2, 48.5, 12.3, 12.9), (84.6, 84.9, 19.1, 19.4), (1_184_930_000, 1_240_118_000)),
    ("介護保険料", "介護保険室", (57.1, 56.8, 9.4, 8.7), (93.8, 93.5, 15.2, 14.1), (96_312_000, 101_207_000)),
    ("後期高齢者医療保険料", "保険事業室", (60.4, 60.9, 21.7, 20.3), (95.2, 95.6, 33.8, 31.0), (21_876_000, 22_903_000)),
    ("保育所保育料", "保育課", (58.3, 57.6, 6.8, 7.2), (92.7, 92.1, 12.4, 12.9), (24_118_000, 26_540_000)),
    ("市営住宅使用料", "住宅室", (88.9, 89.4, 4.1, 3.8), (96.1, 96.3, 8.7, 8.2), (41_205_000, 43_887_000)),
    ("生活保護費返還金", "生活福祉課", (40.2, 38.7, 2.6, 2.4), (71.5, 70.2, 4.9, 4.6), (368_441_000, 352_018_000)),
    ("下水道使用料", "下水道室", (83.6, 83.1, 22.4, 21.8), (95.9, 95.7, 41.2, 40.5), (28_902_000, 30_114_000)),
]

# detailed sheets: name -> (決算見込 cur, arr, 目標 cur, arr, 前年度決算 cur, arr, items)
SHEETS = {
    "市税": ((98.95, 29.80), (98.90, 29.00), (98.81, 28.36), [
        ("(ｱ)", "滞納処分の早期着手", ["財産調査で差押可能財産が判明した滞納者には、差押予告を経ずに速やかに滞納処分を行う。",
                                     "給与・年金の差押えは、生活状況を確認したうえで分割による納付との選択を示す。"], "継続"),
        ("(ｲ)", "初期滞納者への集中催告", ["納期限後１か月以内の未納者に対し、自動音声電話及びＳＭＳによる催告を行う。"], "拡充"),
        ("(ｳ)", "大阪府域地方税徴収機構への引継ぎ", ["高額・困難案件を選定し、機構へ引き継いで滞納整理を進める。"], "継続"),
    ]),
    "国民健康保険料": ((92.10, 20.40), (92.50, 21.00), (92.26, 20.83), [
        ("(ｱ)", "口座振替の推進", ["加入手続時に口座振替の申込みを原則とし、ペイジー口座振替受付を案内する。"], "継続"),
        ("(ｲ)", "資格喪失世帯への納付督励", ["社会保険加入等により資格を喪失した世帯の未納分について、文書で納付を促す。",
                                         "応答のない世帯は財産調査の対象とする。"], "継続"),
        ("(ｳ)", "居所不明世帯の調査", ["返戻文書がある世帯は、実態調査により職権消除の要否を判断する。"], "新規"),
    ]),
    "介護保険料": ((99.05, 17.10), (99.10, 16.50), (99.02, 16.04), [
        ("(ｱ)", "普通徴収者への早期催告", ["特別徴収開始までの普通徴収期間の未納を防ぐため、納付書送付時に口座振替を勧める。"], "継続"),
        ("(ｲ)", "給付制限の周知", ["滞納が続く場合の給付制限について、催告書に分かりやすく記載する。"], "継続"),
    ]),
    "生活保護費返還金": ((76.80, 5.60), (78.00, 6.00), (75.94, 5.33), [
        ("(ｱ)", "保護費からの調整", ["本人の同意を得て、返還金を保護費から差し引く方法による納付を進める。"], "継続"),
        ("(ｲ)", "廃止ケースの納付管理", ["保護廃止となった債務者について、分納計画の履行状況を毎月確認する。",
                                    "履行が滞った場合は、電話及び訪問により早期に接触する。"], "拡充"),
        ("(ｳ)", "返還金システムの導入", ["債権ごとの納付状況を一元管理するシステムを導入し、催告業務を効率化する。"], "新規"),
        ("(ｴ)", "ケースワーカーへの研修", ["債権管理の基礎と法第７８条の運用に関する研修を実施する。"], "継続"),
    ]),
}


def f1(x):
    return f"{x:.1f}"


def header_footer(doc):
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="g", fontfile=GOTH + "/ipaexg.ttf")
        r = pg.rect
        if pg.rotation:
            continue
        pg.insert_text((r.width - 250, 28), "令和５年度 債権回収・整理計画（後半の取組状況）", fontname="g", fontsize=7.5)
        pg.insert_text((r.width / 2 - 12, r.height - 22), f"- {i + 1} -", fontname="g", fontsize=8.5)


def place(writer, html, rect=None, paper="a4"):
    story = fitz.Story(html, user_css=CSS, archive=fitz.Archive(GOTH))
    mb = fitz.paper_rect(paper)
    dev = writer.begin_page(mb)
    more, _ = story.place(rect or fitz.Rect(45, 45, mb.width - 45, mb.height - 45))
    story.draw(dev)
    writer.end_page()
    assert not more, "page overflow"


def build():
    F, I = Facts(), []
    pages = []
    # page 1-2: overview table A (10月末), continued without header
    headA = ("<tr><th rowspan='2'>No.</th><th rowspan='2'>債権名</th><th colspan='2'>現年度分</th><th colspan='2'>過年度分</th></tr>"
             "<tr><th>R5.10月末</th><th>前年同期</th><th>R5.10月末</th><th>前年同期</th></tr>")

    def rowA(k, d, page):
        name, ka, t10, t02, out = d
        for seg, cur, prev in (("current", t10[0], t10[1]), ("arrears", t10[2], t10[3])):
            F.add(name, 2023, "R5.10月末", seg, "collection_rate", "interim", cur, "percent", f1(cur), page, as_of=AS10)
            F.add(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f1(prev), page, as_of=AS10P)
        return (f"<tr><td class='c'>{k}</td><td>{name}</td><td class='r'>{f1(t10[0])}</td><td class='r'>{f1(t10[1])}</td>"
                f"<td class='r'>{f1(t10[2])}</td><td class='r'>{f1(t10[3])}</td></tr>")

    rows1 = "".join(rowA(k + 1, d, 1) for k, d in enumerate(DEBTS[:6]))
    p1 = ("<p class='r small'>令和６年３月２２日<br/>寝屋川市 総務部 債権管理課</p>"
          "<h1>令和５年度 債権回収・整理計画<br/>（後半の取組状況）</h1>"
          "<h2>１　趣旨</h2><p class='ind'>本市では、債権管理条例に基づき、債権の所管課ごとに年度の回収・整理の目標を定めた「債権回収・整理計画」を作成し、"
          "上半期の実績を踏まえて後半の取組を強化している。本書は、令和５年１０月末及び令和６年２月末時点の徴収率の状況と、"
          "年度末に向けた各債権の主な取組をとりまとめたものである。</p>"
          "<p class='ind'>計画は年２回作成・公表しており、前年度実績と年度当初計画は８月から９月に、上半期実績と後半の取組は１２月から翌年３月にとりまとめている。"
          "対象は、令和４年度決算において収入未済額が生じている債権のうち、収入未済額が１，０００万円以上のもの（主要８債権）とし、"
          "その他の債権については所管課において同様の管理を行う。</p>"
          "<h2>（参考）用語の説明</h2>"
          "<p class='ind'>・現年度分：当該年度に調定した債権で、年度内に納付されるべきもの。</p>"
          "<p class='ind'>・過年度分：前年度以前に調定し、納付されずに当該年度に繰り越された債権（滞納繰越分）。</p>"
          "<p class='ind'>・整理：執行停止、時効の完成、債権放棄等により、回収の見込みのない債権を適正に処理すること。</p>"
          "<p class='ind'>・前年同期：前年度の同じ月末時点の数値。</p>"
          "<p class='ind'>なお、各表の徴収率は月末時点の収入済額を当該年度の調定額で除したものであり、出納整理期間中の収入を含まないため、"
          "年度末の決算における徴収率とは一致しない。</p>"
          "<h2>２　１０月末の徴収率（主要８債権）</h2><p class='r small'>単位：％</p>"
          f"<table style='width:100%'>{headA}{rows1}</table>")
    place_list = [p1]
    rows2 = "".join(rowA(k + 7, d, 2) for k, d in enumerate(DEBTS[6:]))
    p2 = (f"<table style='width:100%'>{rows2}</table>"
          "<p class='small'>※徴収率＝収入済額÷調定額×100。過年度分は滞納繰越分をいう。前年同期は令和４年１０月末。</p>"
          "<h2>３　上半期の総括</h2>"
          "<p class='ind'>現年度分は、８債権中５債権で前年同期を上回った。国民健康保険料及び後期高齢者医療保険料は、"
          "被保険者の年齢構成の変化等により前年同期をわずかに下回っている。</p>"
          "<p class='ind'>過年度分は、市税において大阪府域地方税徴収機構への引継案件の整理が進み、前年同期を０．８ポイント上回った。"
          "一方、保育所保育料は退園者に係る債権の整理が遅れており、後半に重点的に取り組む。</p>"
          "<h2>４　２月末の状況</h2><p class='ind'>次頁のとおり。各債権の詳細は、４頁以降の債権別シートに記載する。</p>")
    place_list.append(p2)
    # page 3: landscape table B (2月末), rendered on landscape then rotated
    headB = ("<tr><th rowspan='2'>債権名</th><th rowspan='2'>所管</th><th colspan='3'>現年度分徴収率（％）</th>"
             "<th colspan='3'>過年度分徴収率（％）</th><th colspan='2'>収入未済額（千円）</th></tr>"
             "<tr><th>R6.2月末</th><th>R5.2月末</th><th>差</th><th>R6.2月末</th><th>R5.2月末</th><th>差</th>"
             "<th>R6.2月末</th><th>R5.2月末</th></tr>")
    rowsB = ""
    for d in DEBTS:
        name, ka, t10, t02, out = d
        dc = t02[0] - t02[1]
        da = t02[2] - t02[3]
        sgn = lambda x: ("▲" if x < 0 else "+") + f"{abs(x):.1f}"
        rowsB += (f"<tr><td>{name}</td><td>{ka}</td><td class='r'>{f1(t02[0])}</td><td class='r'>{f1(t02[1])}</td><td class='r'>{sgn(dc)}</td>"
                  f"<td class='r'>{f1(t02[2])}</td><td class='r'>{f1(t02[3])}</td><td class='r'>{sgn(da)}</td>"
                  f"<td class='r'>{kyen(out[0])}</td><td class='r'>{kyen(out[1])}</td></tr>")
        for seg, cur, prev in (("current", t02[0], t02[1]), ("arrears", t02[2], t02[3])):
            F.add(name, 2023, "R6.2月末", seg, "collection_rate", "interim", cur, "percent", f1(cur), 3, as_of=AS02)
            F.add(name, 2022, "R5.2月末", seg, "collection_rate", "interim", prev, "percent", f1(prev), 3, as_of=AS02P)
        F.add(name, 2023, "R6.2月末", "total", "outstanding", "interim", out[0], "yen", kyen(out[0]), 3, as_of=AS02)
        F.add(name, 2022, "R5.2月末", "total", "outstanding", "interim", out[1], "yen", kyen(out[1]), 3, as_of=AS02P)
    p3 = ("<h2>２月末時点の徴収率及び収入未済額（令和６年２月２９日現在）</h2>"
          f"<table style='width:100%'>{headB}{rowsB}</table>"
          "<p class='small'>※収入未済額は現年度分と過年度分の合計。差は前年同期との比較（ポイント）。▲は減少。</p>")
    # detailed sheets
    sheets = []
    names = list(SHEETS)
    for n, name in enumerate(names):
        d = next(x for x in DEBTS if x[0] == name)
        _, ka, t10, t02, out = d
        (ec, ea), (gc, ga), (pc, pa), items = SHEETS[name]
        page = 4 + n
        box = (f"<table><tr><th>　債権名　</th><td><b>　{name}　　　　　　</b></td>"
               f"<th>　所管　</th><td>　{ka}　　　　</td></tr></table>")
        brk = (f"<p><b>【徴収率】令和６年２月末時点</b></p>"
               f"<p class='ind'>・現年度分　{f1(t02[0])}％（前年同期　{f1(t02[1])}％）</p>"
               f"<p class='ind'>・過年度分　{f1(t02[2])}％（前年同期　{f1(t02[3])}％）</p>"
               f"<p><b>【徴収率】令和５年１０月末時点</b></p>"
               f"<p class='ind'>・現年度分　{f1(t10[0])}％（前年同期　{f1(t10[1])}％）</p>"
               f"<p class='ind'>・過年度分　{f1(t10[2])}％（前年同期　{f1(t10[3])}％）</p>")
        for seg, cur, prev in (("current", t02[0], t02[1]), ("arrears", t02[2], t02[3])):
            F.add(name, 2023, "令和６年２月末", seg, "collection_rate", "interim", cur, "percent", f"{f1(cur)}％", page, as_of=AS02)
            F.add(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{f1(prev)}％", page, as_of=AS02P)
        for seg, cur, prev in (("current", t10[0], t10[1]), ("arrears", t10[2], t10[3])):
            F.add(name, 2023, "令和５年１０月末", seg, "collection_rate", "interim", cur, "percent", f"{f1(cur)}％", page, as_of=AS10)
            F.add(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{f1(prev)}％", page, as_of=AS10P)
        est = ("<table style='width:80%'><tr><th rowspan='2'>区分</th><th>決算見込</th><th>目標値</th><th>（参考）</th></tr>"
               "<tr><th>令和５年度</th><th>令和５年度</th><th>令和４年度決算</th></tr>"
               f"<tr><td>現年度分</td><td class='r'>{ec:.2f}%</td><td class='r'>{gc:.2f}%</td><td class='r'>{pc:.2f}%</td></tr>"
               f"<tr><td>過年度分</td><td class='r'>{ea:.2f}%</td><td class='r'>{ga:.2f}%</td><td class='r'>{pa:.2f}%</td></tr></table>")
        for seg, e, g, pv in (("current", ec, gc, pc), ("arrears", ea, ga, pa)):
            F.add(name, 2023, "令和５年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}%", page)
            F.add(name, 2023, "令和５年度", seg, "collection_rate", "target", g, "percent", f"{g:.2f}%", page)
            F.add(name, 2022, "令和４年度決算", seg, "collection_rate", "actual", pv, "percent", f"{pv:.2f}%", page)
        html_items = []
        for lab, head, subs, st in items:
            txt = head
            tag = f"【{st}】"
            it_html = f"<p class='ind'>{lab}　{head}</p>" + "".join(
                f"<p class='ind2'>・{s}{tag if k == len(subs) - 1 else ''}</p>" for k, s in enumerate(subs))
            html_items.append((it_html, lab, head + "".join("・" + s for s in subs), st))
        sheets.append((name, page, box, brk, est, html_items))

    writer = fitz.DocumentWriter(str(OUT / f"{STEM}_raw.pdf"))
    for h in place_list:
        place(writer, h)
    # placeholder page for the rotated one
    place(writer, "<p> </p>")
    extra = []
    for name, page, box, brk, est, html_items in sheets:
        body = (f"<h2>債権別シート（{name}）</h2>{box}<h2>１　徴収状況</h2>{brk}"
                f"<h2>２　決算見込と目標</h2><p class='r small' style='width:80%'>（単位：％）</p>{est}"
                "<h2>３　後半の主な取組</h2>")
        its = html_items
        if name == "生活保護費返還金":   # list runs over the page break
            body += "".join(h for h, *_ in its[:2])
            body += "<p style='margin-top:260pt'> </p>"
            place(writer, body)
            place(writer, "".join(h for h, *_ in its[2:]) + "<p class='small' style='margin-top:12pt'>※取組の進捗は、令和６年度第１回債権管理推進会議（令和６年５月予定）で報告する。</p>")
            for k, (h, lab, txt, st) in enumerate(its):
                I.append({"debt": name, "fiscal_year": 2023, "section": "後半の主な取組", "label": lab, "text": txt,
                          "status": st, "page": page if k < 2 else page + 1})
        else:
            body += "".join(h for h, *_ in its)
            place(writer, body)
            for h, lab, txt, st in its:
                I.append({"debt": name, "fiscal_year": 2023, "section": "後半の主な取組", "label": lab, "text": txt,
                          "status": st, "page": page})
    writer.close()

    # landscape page 3
    w2 = fitz.DocumentWriter(str(OUT / f"{STEM}_land.pdf"))
    place(w2, p3, paper="a4-l")
    w2.close()
    doc = fitz.open(OUT / f"{STEM}_raw.pdf")
    land = fitz.open(OUT / f"{STEM}_land.pdf")
    doc.delete_page(2)
    pg = doc.new_page(2, width=595.28, height=841.89)
    pg.show_pdf_page(pg.rect, land, 0, rotate=90)
    pg.set_rotation(90)
    header_footer(doc)
    # rotated page footer drawn in page coordinates (rotate text 90)
    pg = doc[2]
    pg.insert_text((560, 400), "- 3 -", fontname="g", fontsize=8.5, rotate=90)
    doc.subset_fonts()
    doc.save(ROOT / "pdf" / f"{STEM}.pdf", garbage=4, deflate=True)
    # initiatives' text printed as "head" + subs: gold text uses head+subs joined (without bullet markers)
    for it in I:
        pass
    docmeta = {"kind": "progress_report", "municipality": CITY,
               "title": "令和５年度 債権回収・整理計画（後半の取組状況）", "date": "2024-03-22", "date_raw": "令和６年３月２２日"}
    write_gold(STEM, docmeta, F.items, I, None)
    return check(STEM)


if __name__ == "__main__":
    build()
