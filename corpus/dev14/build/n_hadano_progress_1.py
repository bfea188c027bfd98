"""秦野市 未収金対策の取組状況（中間報告） (modelled on 広報はだの「進めています 未収金への対策」 and the
townnews 秦野版 article on 未収金): PyMuPDF Story (HTML) -> PDF."""
import sys
sys.dont_write_bytecode = True
import pymupdf
from n_common import F, OUT, ROOT, assign_pages, write_gold, yen_approx

STEM = "n_hadano_progress_1"
MUNI = "秦野市"
TITLE = "令和6年度 秦野市未収金対策の取組状況（中間報告）"

# 表1 未収金（収入未済額） 万円: debt -> (R4, R5)
OUTST = [("市税", 118_640, 110_215), ("国民健康保険税", 55_910, 50_735), ("介護保険料", 4_382, 4_105),
         ("保育料", 1_246, 1_108), ("水道料金", 3_520, 3_612)]
TOT4 = sum(r[1] for r in OUTST); TOT5 = sum(r[2] for r in OUTST)
# 国保 参考 (千円) R5
K_ASSESS, K_WO, K_OUT = 3_958_204, 48_733, 507_353
K_COLL = K_ASSESS - K_WO - K_OUT
K_RATE = round(K_COLL / K_ASSESS * 100, 2)
# rate tables: debt -> seg -> (R5 決算, R6 目標)
RATES = {"市税": {"現年分": (99.05, 99.10), "滞納繰越分": (24.80, 26.00), "合計": (96.52, 96.70)},
         "国民健康保険税": {"現年分": (94.12, 94.50), "滞納繰越分": (21.45, 23.00), "合計": (K_RATE, 86.40)}}
INTERIM = {"市税": {"現年分": (82.41, 81.97), "滞納繰越分": (19.36, 17.92)},
           "国民健康保険税": {"現年分": (71.38, 70.65), "滞納繰越分": (16.02, 15.11)},
           "介護保険料": {"現年分": (86.90, 86.42), "滞納繰越分": (11.84, 12.30)}}
SEG = {"現年分": "current", "滞納繰越分": "arrears", "合計": "total"}
AS_OF = {2024: "2024-12-31", 2023: "2023-12-31"}

CSS = """
@font-face {font-family: jp; src: url(ipaexm.ttf);}
@font-face {font-family: jpg; src: url(ipaexg.ttf);}
body {font-family: jp; font-size: 10.5pt; line-height: 1.5;}
h1 {font-family: jpg; font-size: 16pt; text-align: center; margin-bottom: 4pt;}
h2 {font-family: jpg; font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; border-bottom: 1px solid black;}
h3 {font-family: jpg; font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt;}
p {margin-top: 2pt; margin-bottom: 2pt; text-indent: 1em;}
table {border-collapse: collapse; width: 100%; margin-top: 3pt; margin-bottom: 3pt;}
td, th {border: 1px solid black; padding: 2pt 4pt; font-size: 10pt;}
th {background-color: #e6e6e6; font-family: jpg; font-weight: normal; text-align: center;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 9pt; text-indent: 0;}
.note {font-size: 9pt; text-indent: 0;}
.box {border: 1px solid black; padding: 4pt 8pt; margin-top: 4pt; margin-bottom: 4pt;}
.box p {text-indent: 0; margin: 1pt;}
.r {text-align: right; text-indent: 0;}
.c {text-align: center; text-indent: 0;}
"""

def build():
    facts, inits = [], []
    h = []
    h.append(f"<h1>{TITLE}</h1><p class='c'>令和7年2月</p><p class='r'>秦野市 行政経営部 債権回収課</p>")
    # 1 概要 with running-text figures
    t5, v5 = yen_approx(TOT5 * 10000)
    peak = 5_513_400_000; tp, vp = yen_approx(peak)
    h.append("<h2>１　はじめに</h2>")
    h.append(f"<p>市税や国民健康保険税、保育料などの未収金は、負担の公平性を損なうだけでなく、行政サービスの財源確保にも影響します。"
             f"本市では平成23年4月に債権回収課を設置し、全庁的に未収金の縮減に取り組んできました。その結果、令和5年度末の未収金は約{t5}となり、"
             f"ピーク時である平成21年度末の約{tp}から大きく減少しています。</p>"
             "<p>本報告は、令和6年度の取組の実施状況と、令和6年12月末時点の収納状況を中間的に取りまとめたものです。</p>")
    facts.append(F(None, 2023, "令和5年度末", "total", "outstanding", "actual", v5, "yen", "約" + t5, approx=True, debt_raw="未収金"))
    facts.append(F(None, 2009, "平成21年度末", "total", "outstanding", "actual", vp, "yen", "約" + tp, approx=True, debt_raw="未収金"))
    # 2 表1: debts as columns, years as rows
    h.append("<h2>２　未収金の決算状況</h2>")
    h.append("<p class='unit'>表１　主な債権の収入未済額の推移（単位：万円）</p>")
    h.append("<table><tr><th>区分</th>" + "".join(f"<th>{d}</th>" for d, _, _ in OUTST) + "<th>合計</th></tr>")
    for label, idx, fy in (("令和4年度", 1, 2022), ("令和5年度", 2, 2023)):
        tot = TOT4 if idx == 1 else TOT5
        h.append(f"<tr><td>{label}</td>" + "".join(f"<td class='n'>{r[idx]:,}</td>" for r in OUTST) + f"<td class='n'>{tot:,}</td></tr>")
        for r in OUTST:
            facts.append(F(r[0], fy, label, "total", "outstanding", "actual", r[idx] * 10000, "yen", f"{r[idx]:,}"))
        facts.append(F(None, fy, label, "total", "outstanding", "actual", tot * 10000, "yen", f"{tot:,}", debt_raw="合計"))
    def d(x): return f"△{abs(x):,}" if x < 0 else f"{x:,}"
    h.append("<tr><td>増減</td>" + "".join(f"<td class='n'>{d(r[2]-r[1])}</td>" for r in OUTST) + f"<td class='n'>{d(TOT5-TOT4)}</td></tr></table>")
    h.append("<p class='note'>※ 一般会計及び特別会計は出納整理期間後（5月31日）、水道事業会計は3月31日時点の額です。万円未満を四捨五入しているため、内訳と合計が一致しない場合があります。</p>")

    h.append("<h2>３　債権ごとの取組状況</h2>")
    def rate_table(debt):
        rows = RATES[debt]
        s = ["<p class='unit'>収納率（単位：％）</p><table><tr><th rowspan='1'>区分</th><th>令和5年度決算</th><th>令和6年度目標</th><th>差</th></tr>"]
        for seg, (a, t) in rows.items():
            s.append(f"<tr><td>{seg}</td><td class='n'>{a:.2f}</td><td class='n'>{t:.2f}</td><td class='n'>{t-a:+.2f}</td></tr>")
            facts.append(F(debt, 2023, "令和5年度", SEG[seg], "collection_rate", "actual", a, "percent", f"{a:.2f}"))
            facts.append(F(debt, 2024, "令和6年度", SEG[seg], "collection_rate", "target", t, "percent", f"{t:.2f}"))
        s.append("</table>")
        return "".join(s)
    def interim(debt):
        s = ["<p style='text-indent:0'>【収納率】令和6年12月末時点</p>"]
        for seg, (now, prev) in INTERIM[debt].items():
            s.append(f"<p style='text-indent:0'>・{seg}　{now:.2f}％（前年同月　{prev:.2f}％）</p>")
            facts.append(F(debt, 2024, "令和6年12月末", SEG[seg], "collection_rate", "interim", now, "percent", f"{now:.2f}％", as_of=AS_OF[2024]))
            facts.append(F(debt, 2023, "前年同月", SEG[seg], "collection_rate", "interim", prev, "percent", f"{prev:.2f}％", as_of=AS_OF[2023]))
        return "".join(s)
    def box(debt, items, section="令和6年度の主な取組"):
        s = ["<div class='box'>"]
        for lab, text, tag in items:
            s.append(f"<p>{lab}　{text}{'【' + tag + '】' if tag else ''}</p>")
            inits.append({"debt": debt, "fiscal_year": 2024, "section": section, "label": lab, "text": text, "status": tag, "page": None})
        s.append("</div>")
        return "".join(s)

    # (1) 市税
    h.append("<h3>（１）債権ごとの取組（市税）</h3>")
    h.append(rate_table("市税"))
    h.append(interim("市税"))
    h.append("<p style='text-indent:0'>令和6年度の主な取組</p>")
    h.append(box("市税", [
        ("①", "年2回（夏・冬）の特別滞納整理期間を設け、電話や臨戸による催告を集中的に実施した。", "継続"),
        ("②", "納期限後20日を経過した現年度分の未納者に対し、SMSによる催告を開始した。", "新規"),
        ("③", "預貯金・給与の電子照会を活用し、財産が判明した事案は速やかに差押えを執行した。", "拡充"),
        ("④", "差し押さえた不動産・動産をインターネット公売により換価し、滞納税に充当した。", "継続")]))
    # (2) 国保
    h.append("<h3>（２）債権ごとの取組（国民健康保険税）</h3>")
    h.append(rate_table("国民健康保険税"))
    h.append(interim("国民健康保険税"))
    h.append("<div class='box'><p>【参考】令和5年度 国民健康保険税の決算</p>"
             f"<p>・調定額：{K_ASSESS:,}千円</p><p>・収入済額：{K_COLL:,}千円</p>"
             f"<p>・不納欠損額：{K_WO:,}千円</p><p>・収入未済額：{K_OUT:,}千円</p></div>")
    for m, v in (("assessed", K_ASSESS), ("collected", K_COLL), ("written_off", K_WO), ("outstanding", K_OUT)):
        facts.append(F("国民健康保険税", 2023, "令和5年度", "total", m, "actual", v * 1000, "yen", f"{v:,}千円"))
    h.append("<p style='text-indent:0'>令和6年度の主な取組</p>")
    h.append(box("国民健康保険税", [
        ("①", "加入時に口座振替の申込みを案内し、口座振替による納付を推進した。", "継続"),
        ("②", "所得未申告世帯へ申告勧奨を行い、軽減判定の適正化と納付相談につなげた。", "継続"),
        ("③", "分納誓約の不履行者を毎月抽出し、履行催告と財産調査を早期に行う運用に改めた。", "拡充")]))
    # (3) 介護保険料: label/value box + table without 取組 header
    h.append("<h3>（３）債権ごとの取組（介護保険料）</h3>")
    h.append("<table><tr><th>債権名</th><td>介護保険料</td><th>所管課</th><td>高齢介護課</td></tr></table>")
    h.append(interim("介護保険料"))
    items = [("ア", "普通徴収の未納者に対し、年金からの特別徴収への切替え時期を個別に案内した。", "継続"),
             ("イ", "給付制限の制度を記載した催告書を送付し、滞納が続くことによる不利益を周知した。", "継続"),
             ("ウ", "地域包括支援センターと連携し、生活困窮が疑われる方を福祉の相談窓口へつないだ。", "新規")]
    h.append("<table><tr><th>実施内容</th><th>区分</th></tr>")
    for lab, text, tag in items:
        h.append(f"<tr><td>{lab}　{text}</td><td class='c'>{tag}</td></tr>")
        inits.append({"debt": "介護保険料", "fiscal_year": 2024, "section": "債権ごとの取組（介護保険料）", "label": lab, "text": text, "status": tag, "page": None})
    h.append("</table>")
    # 4 今後
    h.append("<h2>４　今後の方針</h2>")
    h.append("<p>令和6年度末に向けて、年度末の特別滞納整理を実施するとともに、コンビニエンスストアやスマートフォン決済による納付の周知を強化し、"
             "現年度分の確実な収納による新たな未収金の発生抑制に取り組みます。また、回収の見込みがない債権については、法令に基づき適正に整理します。</p>")

    html = "".join(h)
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    tmp = OUT / f"{STEM}.raw.pdf"; OUT.mkdir(exist_ok=True)
    W, H = pymupdf.paper_size("a4")
    writer = pymupdf.DocumentWriter(str(tmp))
    body = pymupdf.Rect(60, 60, W - 60, H - 60)
    more = 1
    while more:
        dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
        more, _ = story.place(body)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_text((W - 230, 38), "秦野市未収金対策の取組状況（中間報告）", fontsize=8, fontname="jp", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((W / 2 - 14, H - 30), f"- {i+1} -", fontsize=9, fontname="jp", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    doc.subset_fonts()
    doc.save(pdf, garbage=4, deflate=True)
    assign_pages(pdf, facts, "raw")
    assign_pages(pdf, inits, "text")
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE, "date": "2025-02-01", "date_raw": "令和7年2月"}
    write_gold(STEM, pdf, document, facts, inits)

if __name__ == "__main__":
    build()
