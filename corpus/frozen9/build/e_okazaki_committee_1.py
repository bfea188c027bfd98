"""岡崎市 債権管理委員会 資料（主要債権の取組票） — PyMuPDF Story (HTML), landscape."""
import fitz
from e_common import F, I, PDF, FONT_G, FONT_M, write_gold

STEM = "e_okazaki_committee_1"
CITY = "岡崎市"
TITLE = "令和７年度第１回岡崎市債権管理委員会資料　主要債権の取組票"

DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権",
         act=(99.21, 31.46, 97.85), tgt=(99.25, 31.50, 97.90), out=(1245880, 1180000),
         res=[("令和6年5月～6月", "現年分の初期滞納者への一斉催告（文書・SMS）", "【実績】現年分収納率 99.21%（99.10%）<br>【効果】催告後の完納 4,812件（4,530件）"),
              ("令和6年10月～12月", "滞納繰越分の財産調査・差押えの集中実施", "【実績】差押件数 1,136件（1,048件）<br>【効果】差押えによる収入 186,420千円（171,355千円）")],
         res_facts=[F("市税", 2024, "current", "collection_rate", "actual", 99.21, "percent", "99.21%", fy_raw="令和6年度"),
                    F("市税", 2023, "current", "collection_rate", "actual", 99.10, "percent", "99.10%", fy_raw="（前年度）")],
         kadai=["① 滞納繰越1年目の案件の着手が遅く、年度後半に処理が集中している。",
                "② 口座振替の利用率が中核市平均を下回っている。"],
         taio=["① 9月までに滞納繰越1年目案件の財産調査を終える進行管理表を作成した。",
               "② 納税通知書にWeb口座振替受付の二次元コードを印字した（令和7年度当初から）。"],
         items=[("ア", "滞納繰越1年目の案件は9月末までに財産調査を終え、10月から差押えに着手する。", "継続", False),
                ("イ", "納税通知書の二次元コードからWeb口座振替受付サービスへ誘導し、口座振替の利用率を高める。", "拡充", True),
                ("ウ", "SMS催告の対象を現年分の全税目に広げる。", "新規", False),
                ("エ", "高額・困難案件は特別滞納整理係へ早期に引き継ぐ。", "継続", False)]),
    dict(name="国民健康保険税", ka="国保年金課", kubun="強制徴収公債権",
         act=(95.12, 24.38, 83.06), tgt=(95.30, 25.00, 83.50), out=(812406, 770000),
         res=[("令和6年7月～9月", "短期被保険者証の更新時の納付相談", "【実績】納付相談 1,204件（1,156件）"),
              ("令和6年11月～令和7年1月", "滞納繰越分の分納不履行者への催告と差押え", "【実績】滞納繰越分収納率 24.38%（23.91%）")],
         res_facts=[F("国民健康保険税", 2024, "arrears", "collection_rate", "actual", 24.38, "percent", "24.38%", fy_raw="令和6年度"),
                    F("国民健康保険税", 2023, "arrears", "collection_rate", "actual", 23.91, "percent", "23.91%", fy_raw="（前年度）")],
         kadai=["① 資格喪失後の未納者への催告が遅れている。"],
         taio=["① 資格喪失の翌月に未納額のお知らせを送付する運用とした。"],
         items=[("ア", "資格喪失者への未納のお知らせを喪失月の翌月に送付する。", "継続", False),
                ("イ", "分納不履行者には不履行の翌月に催告し、応じない場合は差押えを行う。", "継続", True),
                ("ウ", "コンビニ納付・スマートフォン決済の案内を納付書に同封する。", "拡充", False)]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権",
         act=(99.02, 18.75, 97.41), tgt=(99.05, 19.50, 97.50), out=(98215, 95000),
         res=[("令和6年10月～12月", "普通徴収の未納者への電話催告（夜間を含む）", "【実績】電話催告 2,380件（2,215件）")],
         res_facts=[],
         kadai=["① 給付制限の事前通知が滞納の解消につながっていない。"],
         taio=["① 事前通知に給付制限の具体例を記載し、相談窓口を明示した。"],
         items=[("ア", "年金からの特別徴収へ切り替わるまでの普通徴収分について、口座振替を勧奨する。", "継続", False),
                ("イ", "給付制限の事前通知の送付時期を要介護認定の申請時に合わせる。", "新規", True)]),
    dict(name="市営住宅使用料", ka="住宅課", kubun="私債権",
         act=(97.64, 15.20, 78.91), tgt=(97.80, 16.00, 79.50), out=(61337, 58000),
         res=[("令和6年6月～7月", "3か月以上滞納者への連帯保証人を含めた催告", "【実績】催告 312件（298件）<br>【効果】分納誓約 96件（81件）")],
         res_facts=[],
         kadai=["① 退去者の滞納分の回収が進んでいない。", "② 法的措置の判断基準があいまいである。"],
         taio=["① 退去時に分納誓約を取る手順を定めた。", "② 6か月以上滞納の案件は明渡請求の検討対象とする基準を作成した。"],
         items=[("ア", "滞納3か月で連帯保証人にも通知し、6か月以上の滞納は明渡請求の検討会議に付す。", "継続", False),
                ("イ", "退去者の滞納分は債権回収会社への委託を検討する。", "新規", False)]),
]

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 9pt;}
h1 {font-family: G; font-size: 15pt; text-align: center;}
h2 {font-family: G; font-size: 11pt; margin-top: 6pt; margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt; font-size: 8.5pt; vertical-align: top;}
th {background-color: #dddddd; font-family: G; font-weight: normal;}
.r {text-align: right;}
.box {border: 0.8pt solid black; padding: 4pt; margin-top: 4pt;}
.note {font-size: 7.5pt; text-align: right;}
.pb {page-break-before: always;}
"""


def main():
    facts, inits = [], []
    h = []
    h.append(f"<p style='text-align:right'>資料２</p><h1>令和７年度第１回　岡崎市債権管理委員会</h1>"
             "<h1>主要債権の取組票</h1><p style='text-align:center'>令和７年５月２８日　財務部納税課（債権管理担当）</p>")
    h.append("<h2>掲載債権</h2><table><tr><th>No.</th><th>債権名</th><th>所管課</th><th>債権区分</th></tr>")
    for i, d in enumerate(DEBTS, 1):
        h.append(f"<tr><td>{i}</td><td>{d['name']}</td><td>{d['ka']}</td><td>{d['kubun']}</td></tr>")
    h.append("</table>")
    h.append("<div class='box'><b>【参考】全債権の状況（令和６年度決算）</b><br>"
             "・収入未済額：約２６億４，１００万円（前年度比　約１億２，０００万円の減）<br>"
             "・収納率（全債権）：９６．８２％（前年度比　０．２５ポイントの増）<br>"
             "・対象債権数：１１８債権（うち収入未済額１００万円以上　４２債権）</div>")
    facts += [F(None, 2024, "total", "outstanding", "actual", 2641000000, "yen", "約２６億４，１００万円", approx=True,
                debt_raw=None, fy_raw="令和６年度決算"),
              F(None, 2024, "total", "collection_rate", "actual", 96.82, "percent", "９６．８２％", debt_raw=None,
                fy_raw="令和６年度決算")]
    h.append("<p>・各取組票のⅠは令和６年度の実施結果、Ⅱは債権管理ヒアリング（令和６年８月実施）の指摘事項、"
             "Ⅲは令和７年度の取組方針である。</p>")
    for d in DEBTS:
        n = d["name"]
        h.append("\f<table><tr><th width='10%'>債権名</th>"
                 f"<td width='30%'><b>{n}</b></td><th width='10%'>所管課</th><td width='20%'>{d['ka']}</td>"
                 f"<th width='10%'>債権区分</th><td>{d['kubun']}</td></tr></table>")
        h.append("<h2>Ⅰ　令和６年度 集中滞納整理期間の実施結果</h2>")
        h.append("<table><tr><th width='18%'>期間</th><th width='37%'>実施内容</th>"
                 "<th>成果　（　）内は前年度</th></tr>")
        for per, con, res in d["res"]:
            h.append(f"<tr><td>{per}</td><td>{con}</td><td>{res}</td></tr>")
        h.append("</table>")
        facts += d["res_facts"]
        h.append("<h2>Ⅱ　債権管理ヒアリングでの指摘事項と対応</h2><table><tr><th width='50%'>指摘事項</th>"
                 "<th>対応状況</th></tr>")
        h.append(f"<tr><td>{'<br>'.join(d['kadai'])}</td><td>{'<br>'.join(d['taio'])}</td></tr></table>")
        h.append("<h2>Ⅲ　令和７年度の取組方針</h2><p class='note'>（単位：％）</p>")
        h.append("<table><tr><th width='22%'>区分</th><th>令和６年度（決算）</th><th>令和７年度（数値目標）</th>"
                 "<th>増減（ポイント）</th></tr>")
        for lab, seg, a, t in zip(("現年分", "滞納繰越分", "合計"), ("current", "arrears", "total"), d["act"], d["tgt"]):
            diff = round(t - a, 2)
            h.append(f"<tr><td>{lab}</td><td class='r'>{a:.2f}</td><td class='r'>{t:.2f}</td><td class='r'>{diff:.2f}</td></tr>")
            facts += [F(n, 2024, seg, "collection_rate", "actual", a, "percent", f"{a:.2f}", fy_raw="令和６年度（決算）"),
                      F(n, 2025, seg, "collection_rate", "target", t, "percent", f"{t:.2f}", fy_raw="令和７年度（数値目標）")]
        oa, ot = d["out"]
        dd = ot - oa
        h.append(f"<tr><td>収入未済額（千円）</td><td class='r'>{oa:,}</td><td class='r'>{ot:,}</td>"
                 f"<td class='r'>{'△' if dd < 0 else ''}{abs(dd):,}</td></tr></table>")
        facts += [F(n, 2024, "total", "outstanding", "actual", oa * 1000, "yen", f"{oa:,}", fy_raw="令和６年度（決算）"),
                  F(n, 2025, "total", "outstanding", "target", ot * 1000, "yen", f"{ot:,}", fy_raw="令和７年度（数値目標）")]
        h.append("<div class='box'><b>目標達成に向けた取組</b><br>")
        for lab, text, st, wrap in d["items"]:
            tag = f"【{st}】"
            h.append(f"{lab}　{text}{'<br>' if wrap else ''}{tag}<br>")
            inits.append(I(n, 2025, "目標達成に向けた取組", lab, text, st))
        h.append("</div>")
    chunks = "".join(h).split("\f")
    arch = fitz.Archive()
    arch.add(FONT_G.rsplit("/", 1)[0]); arch.add(FONT_M.rsplit("/", 1)[0])
    tmp = PDF / f"{STEM}.tmp.pdf"
    w = fitz.DocumentWriter(str(tmp))
    rect = fitz.paper_rect("a4-l")
    where = rect + (40, 50, -40, -45)
    for ch in chunks:
        story = fitz.Story(html="<body>" + ch + "</body>", user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = fitz.open(tmp)
    for i, pg in enumerate(doc, 1):
        pg.insert_font(fontname="g", fontfile=FONT_G)
        pg.insert_text((rect.width - 260, 30), "令和７年度第１回岡崎市債権管理委員会　資料２", fontname="g", fontsize=8)
        pg.insert_text((rect.width / 2 - 10, rect.height - 22), f"{i}/{len(doc)}", fontname="g", fontsize=8)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    tmp.unlink()
    write_gold(STEM, {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2025-05-28",
                      "date_raw": "令和７年５月２８日"}, facts, inits)


if __name__ == "__main__":
    main()
