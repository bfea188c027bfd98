"""青葉原市債権管理委員会 資料 (重点債権の取組個票) -- PyMuPDF Story (HTML), A4 portrait."""
import html
import pymupdf as fitz

from x_common import Facts, Inits, PDF, write_gold, check

STEM = "x_aobahara_committee_1"
CITY = "青葉原市"
TITLE = "令和７年度 第１回青葉原市債権管理委員会 資料"
F = Facts()
I = Inits()
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONTM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
W, H = fitz.paper_size("a4")

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 9pt; line-height: 1.3;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 4pt 0 6pt 0;}
h2 {font-family: G; font-size: 10.5pt; margin: 5pt 0 2pt 0;}
h3 {font-family: G; font-size: 10pt; margin: 5pt 0 2pt 0;}
table {border-collapse: collapse;}
td, th {border: 0.6pt solid black; padding: 2pt 6pt; vertical-align: top; white-space: nowrap;}
th {font-family: G; font-weight: normal; background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
td.c {text-align: center;}
.box {border: 1pt solid black; padding: 4pt 8pt;}
p {margin: 1pt 0;}
.small {font-size: 8pt;}
"""

DEBTS = [
    # name, 所管課, 区分, 3月末 cur/prev (cur), (arr), R6 est (cur, arr, tot), R7 tgt (cur, arr, tot)
    dict(name="市税", ka="納税課", kubun="強制徴収公債権", period="令和６年10月１日～12月27日",
         act_cur="・納期限後30日を経過した初期滞納者への一斉電話催告\n・SMSによる納付案内（２回）",
         act_arr="・預貯金の一斉照会と差押えの集中実施\n・高額滞納者（100万円以上）の個別進行管理",
         result="①電話催告 4,812件（4,506件）\n②差押件数 1,126件（1,018件）\n③分納誓約 388件（402件）",
         shiteki=["①初期滞納者への着手時期を早め、滞納繰越額の発生を抑えること。", "②差押財産の換価を計画的に進めること。"],
         taiou=["①令和７年度から督促状発送後20日で電話催告を開始する運用に改めた。", "②換価の進行表を作成し、月次の進捗会議で確認している。"],
         m3=((98.85, 98.71), (30.12, 28.95)), est=(99.21, 33.40, 98.12), tgt=(99.30, 35.00, 98.30),
         inits=[("ア", "督促状発送後20日以内に電話催告を開始し、初期滞納の段階で完納に導く。", "継続", False),
                ("イ", "預貯金照会の電子化（オンライン照会）を全件に広げ、財産調査の期間を短縮する。", "拡充", True),
                ("ウ", "地方税統一QRコードによるスマートフォン決済を周知し、期限内納付を促す。", "新規", False)]),
    dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権", period="令和６年11月１日～令和７年１月31日",
         act_cur="・夜間・休日の電話催告（計14回）\n・短期被保険者証更新時の納付相談",
         act_arr="・分納不履行者への差押予告書の送付\n・所在不明者の実態調査",
         result="①夜間・休日電話 2,135件（1,987件）\n②差押予告書 604件（571件）",
         shiteki=["①滞納繰越分の徴収率が県内平均を下回っている要因を分析すること。"],
         taiou=["①滞納額の５割を占める長期滞納世帯について、執行停止と差押えの判断基準を整理した。"],
         m3=((92.40, 92.05), (21.30, 20.88)), est=(94.10, 23.85, 84.62), tgt=(94.60, 25.00, 85.50),
         inits=[("ア", "納付相談に応じない世帯には財産調査を徹底し、判明した財産は速やかに差し押さえる。", "継続", False),
                ("イ", "資格喪失後も滞納が残る世帯の一覧を毎月作成し、文書と電話で納付を求める。", "継続", True),
                ("ウ", "口座振替の原則化に向け、加入手続時にWeb口座振替受付サービスを案内する。", None, False)]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権", period="令和６年12月２日～令和７年２月28日",
         act_cur="・普通徴収対象者への一斉文書催告\n・年金からの特別徴収への切替勧奨",
         act_arr="・長期滞納者への臨戸訪問（徴収員２名）\n・財産調査の実施",
         result="①文書催告 1,420件（1,388件）\n②臨戸訪問 316件（290件）\n③財産調査 512件（450件）",
         shiteki=["①給付制限の周知を徹底し、滞納の長期化を防ぐこと。"],
         taiou=["①要介護認定の申請時に滞納がある場合の給付制限を窓口で説明する手順書を整えた。"],
         m3=((97.95, 97.80), (13.10, 13.45)), est=(98.90, 15.20, 97.85), tgt=(99.00, 17.00, 98.00),
         inits=[("ア", "普通徴収の初期滞納者に対し、納期限後２か月以内に文書と電話で催告する。", "継続", False),
                ("イ", "財産調査の対象を滞納繰越分全件に拡大し、差押えの実施件数を増やす。", "拡充", False)]),
    dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権", period="令和６年９月２日～11月29日",
         act_cur="・滞納２か月目の入居者への訪問催告\n・連帯保証人への通知",
         act_arr="・退去者滞納分の債権回収会社への委託\n・支払督促の申立て",
         result="①訪問催告 228件（241件）\n②支払督促申立て 9件（6件）\n③回収委託件数 38件（31件）",
         shiteki=["①法的措置の基準を明確にし、長期滞納者への対応を速めること。"],
         taiou=["①滞納６か月以上又は滞納額30万円以上を明渡請求の検討対象とする基準を定めた。"],
         m3=((96.20, 96.55), (16.85, 15.90)), est=(98.30, 18.40, 87.95), tgt=(98.50, 20.00, 88.60),
         inits=[("ア", "滞納３か月以上の入居者に対し、連帯保証人を交えた納付相談を行う。", "継続", False),
                ("イ", "退去者の滞納分は債権回収会社への委託を拡大し、回収を進める。", "拡充", True),
                ("ウ", "明渡請求の基準に該当する入居者について、法的措置の手続に着手する。", "新規", False)]),
]


def e(s):
    return html.escape(s).replace("\n", "<br/>")


def page_cover():
    h = [f"<h1>{TITLE}</h1>",
         "<p style='text-align:center'>令和７年５月28日（水）　午前10時～11時30分　本庁舎３階 庁議室</p>",
         "<h2>次　第</h2>",
         "<p>１　開会</p>",
         "<p>２　報告　令和６年度 重点債権の取組結果について ………………… 資料１（２～５ページ）</p>",
         "<p>３　協議　令和７年度 重点債権の数値目標及び取組方針について …… 資料２（６ページ）</p>",
         "<p>４　閉会</p>",
         "<h2>委員名簿</h2>",
         "<table style='width:60%'><tr><th>区分</th><th>職名</th></tr>",
         "<tr><td>委員長</td><td>副市長</td></tr><tr><td>副委員長</td><td>総務部長</td></tr>",
         "<tr><td>委員</td><td>財務部長・市民生活部長・健康福祉部長・都市整備部長・上下水道部長</td></tr>",
         "<tr><td>事務局</td><td>財務部 納税課</td></tr></table>",
         "<h2>　</h2>",
         "<div class='box' style='width:60%'><p style='font-family:G'>【参考】市全体の状況（令和６年度決算見込）</p>",
         "<p>・収納率（全債権）：96.12％</p>",
         "<p>・収入未済額：約18億7,000万円</p>",
         "<p>・前年度比：約１億1,000万円の減</p></div>"]
    F.add(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度決算見込", seg="total", metric="collection_rate",
          basis="estimate", value=96.12, unit="percent", raw="96.12％", page=1)
    F.add(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度決算見込", seg="total", metric="outstanding",
          basis="estimate", value=1870000000, unit="yen", approx=True, raw="約18億7,000万円", page=1)
    return "".join(h)


def page_debt(no, d, page):
    n = d["name"]
    h = ["<p style='text-align:right' class='small'>資料１</p>",
         "<table><tr>"
         f"<th>　債権名　</th><td>　{e(n)}　　　　</td>"
         f"<th>　所管課　</th><td>　{e(d['ka'])}　　　　</td>"
         f"<th>　債権区分　</th><td>　{e(d['kubun'])}　　　　</td></tr></table>",
         "<h2>１　令和６年度 集中催告月間の実施結果</h2>",
         "<div class='box'>"
         f"<p>■実施期間　{e(d['period'])}</p>"
         f"<p>■取組内容（現年度分）<br/>{e(d['act_cur'])}</p>"
         f"<p>■取組内容（過年度分）<br/>{e(d['act_arr'])}</p>"
         f"<p>■成果　（　）内は前年度<br/>{e(d['result'])}</p></div>"]
    (c, cp), (a, ap) = d["m3"]
    h.append("<h2>２　徴収率の推移</h2>")
    h.append("<p style='font-family:G'>【徴収率】令和７年３月末時点（出納整理期間前）</p>")
    h.append(f"<p>　・現年度分　{c:.2f}％（前年同期 {cp:.2f}％）</p>")
    h.append(f"<p>　・過年度分　{a:.2f}％（前年同期 {ap:.2f}％）</p>")
    for v, seg, fy, asof, fyr in ((c, "current", 2024, "2025-03-31", "令和７年３月末"),
                                  (cp, "current", 2023, "2024-03-31", "前年同期"),
                                  (a, "arrears", 2024, "2025-03-31", "令和７年３月末"),
                                  (ap, "arrears", 2023, "2024-03-31", "前年同期")):
        F.add(debt=n, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=asof,
              value=v, unit="percent", raw=f"{v:.2f}％", page=page)
    h.append("<h2>３　債権管理ヒアリングの指摘事項と対応状況</h2>")
    h.append("<div class='box'><p style='font-family:G'>指摘事項</p>"
             f"<p>{'<br/>'.join(map(e, d['shiteki']))}</p>"
             "<p style='font-family:G'>対応状況</p>"
             f"<p>{'<br/>'.join(map(e, d['taiou']))}</p></div>")
    h.append("<h2>４　令和７年度の数値目標と取組</h2>")
    h.append("<p class='small' style='text-align:right'>（単位：％）</p>")
    h.append("<table><tr><th style='width:22%'>区分</th><th>令和６年度 決算見込</th><th>令和７年度 目標</th>"
             "<th>増減（ポイント）</th></tr>")
    for k, lab, seg in ((0, "現年度分", "current"), (1, "過年度分", "arrears"), (2, "合計", "total")):
        ev, tv = d["est"][k], d["tgt"][k]
        diff = round(tv - ev, 2)
        h.append(f"<tr><td>{lab}</td><td class='n'>{ev:.2f}</td><td class='n'>{tv:.2f}</td>"
                 f"<td class='n'>{'△' if diff < 0 else ''}{abs(diff):.2f}</td></tr>")
        F.add(debt=n, fy=2024, fy_raw="令和６年度", seg=seg, metric="collection_rate", basis="estimate",
              value=ev, unit="percent", raw=f"{ev:.2f}", page=page)
        F.add(debt=n, fy=2025, fy_raw="令和７年度", seg=seg, metric="collection_rate", basis="target",
              value=tv, unit="percent", raw=f"{tv:.2f}", page=page)
    h.append("</table>")
    h.append("<h3>数値目標の達成に向けた取組</h3>")
    items = []
    for lab, text, st, wrap in d["inits"]:
        tag = f"【{st}】" if st else ""
        sep = "<br/>　　" if (wrap and tag) else ""
        items.append(f"<p>{lab}　{e(text)}{sep}{tag}</p>")
        I.add(debt=n, fy=2025, section="数値目標の達成に向けた取組", label=lab, text=text, status=st, page=page)
    h.append("<div class='box'>" + "".join(items) + "</div>")
    return "".join(h)


def page_summary(page):
    h = ["<p style='text-align:right' class='small'>資料２</p>",
         "<h1>令和７年度 重点債権の数値目標一覧</h1>",
         "<p style='text-align:right' class='small'>単位：％</p>",
         "<table><tr><th style='width:16%'>区分</th><th style='width:12%'></th>"]
    for d in DEBTS:
        h.append(f"<th>{e(d['name'])}</th>")
    h.append("</tr>")
    for k, lab, seg in ((0, "現年度分", "current"), (1, "過年度分", "arrears"), (2, "合計", "total")):
        for key, cap, fy, basis in (("est", "６年度見込", 2024, "estimate"), ("tgt", "７年度目標", 2025, "target")):
            h.append("<tr>")
            if key == "est":
                h.append(f"<td rowspan='2'>{lab}</td>")
            h.append(f"<td>{cap}</td>")
            for d in DEBTS:
                v = d[key][k]
                h.append(f"<td class='n'>{v:.2f}</td>")
                F.add(debt=d["name"], fy=fy, fy_raw=cap, seg=seg, metric="collection_rate", basis=basis,
                      value=v, unit="percent", raw=f"{v:.2f}", page=page)
            h.append("</tr>")
    h.append("</table>")
    h.append("<p class='small'>※６年度見込は令和７年３月末の実績に出納整理期間の見込額を加えて推計したもの。</p>")
    h.append("<h2>取組方針（共通事項）</h2>")
    for lab, text in (("（1）", "滞納発生の初期段階での接触を徹底し、滞納繰越額の発生を抑える。"),
                      ("（2）", "財産調査の電子化と滞納処分の計画的な執行により、滞納繰越分の縮減を図る。"),
                      ("（3）", "私債権については、法的措置の基準に基づき、支払督促等の手続を進める。")):
        h.append(f"<p>{lab}{text}</p>")
        I.add(debt=None, fy=2025, section="取組方針（共通事項）", label=lab, text=text, status=None, page=page)
    return "".join(h)


def render(pages_html, path):
    arch = fitz.Archive()
    arch.add(open(FONT, "rb").read(), "ipaexg.ttf")
    arch.add(open(FONTM, "rb").read(), "ipaexm.ttf")
    w = fitz.DocumentWriter(str(path))
    rect = fitz.Rect(40, 40, W - 40, H - 40)
    for ph in pages_html:
        st = fitz.Story(html=f"<body>{ph}</body>", user_css=CSS, archive=arch)
        dev = w.begin_page(fitz.Rect(0, 0, W, H))
        more, _ = st.place(rect)
        st.draw(dev)
        w.end_page()
        assert not more, "page overflow"
    w.close()


def main():
    pages = [page_cover()]
    for i, d in enumerate(DEBTS):
        pages.append(page_debt(i + 1, d, page=len(pages) + 1))
    pages.append(page_summary(page=len(pages) + 1))
    tmp = PDF.parent / "build" / "out" / f"{STEM}.raw.pdf"
    render(pages, tmp)
    doc = fitz.open(tmp)
    n = len(doc)
    for i, p in enumerate(doc):
        p.insert_font(fontname="g", fontfile=FONT)
        p.insert_text((W - 230, 26), "青葉原市債権管理委員会（令和７年５月28日）", fontname="g", fontsize=8)
        p.insert_text((W / 2 - 12, H - 18), f"{i + 1} / {n}", fontname="g", fontsize=8)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    meta = {"kind": "committee_material", "municipality": CITY, "title": TITLE,
            "date": "2025-05-28", "date_raw": "令和７年５月28日"}
    write_gold(STEM, out, meta, F, I)
    check(STEM)


if __name__ == "__main__":
    main()
