"""かすみがわ市（架空） 令和５年度 債権回収・整理計画（中間報告） — PyMuPDF Story.

Modelled on the 債権回収・整理計画（目標達成状況） pages of 大阪府 (pref.osaka.lg.jp .../saikenkaisyu/r2_kekka.html:
回収債権/整理債権, 目標額/実績額/目標進捗率 with 単位 in the header) and the 吹田市 債権徴収・整理計画 wording
(現年度分 目標徴収率 / 滞納繰越分 目標徴収率 / 整理計画額), with the 大阪市-family content: one sheet per debt
with 12月末 rates against 前年同期, 決算見込, 目標 and 後半の取組. City name invented, in kana.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_a_common import OUT, PDF_DIR, c, fact, fr, to_pdf, write_gold  # noqa: E402,F401

STEM = "e_kasumigawa_progress_1"
CITY = "かすみがわ市"
AS_OF, AS_OF0 = "2023-12-31", "2022-12-31"

# rates: (12月末, 前年同期) per segment
RATES = {
    "市税": {"current": (82.47, 82.15), "arrears": (24.63, 23.08)},
    "国民健康保険税": {"current": (71.30, 70.82), "arrears": (18.94, 17.51)},
    "介護保険料": {"current": (88.12, 88.40), "arrears": (12.75, 11.93)},
    "保育所保育料": {"current": (90.05, 89.61), "arrears": (21.30, 24.12)},
}
# 滞納繰越分 回収 (千円): 計画額, 12月末実績
KAISHU = {"市税": (312000, 241580), "国民健康保険税": (128000, 90214), "介護保険料": (9600, 6880),
          "保育所保育料": (5400, 3105)}
SHEETS = [
    {"name": "市税", "ka": "納税課", "no": "01",
     "trend": {"current": (98.62, 98.71, 98.80, 98.78), "arrears": (27.90, 29.44, 31.00, 30.20)},
     "mi": (698400, 660000, 671300),
     "items": [("（１）", "高額滞納者については、年末までに財産調査を終え、差押えを執行する。", "継続", False),
               ("（２）", "現年度分の未納者にはSMS催告を月2回に増やし、滞納繰越を抑える。", "拡充", True),
               ("（３）", "徴収困難事案は処分停止の判断を早め、滞納繰越額を整理する。", "継続", False)]},
    {"name": "国民健康保険税", "ka": "保険年金課", "no": "03",
     "trend": {"current": (94.10, 94.55, 95.00, 94.85), "arrears": (21.35, 22.60, 24.00, 23.40)},
     "mi": (512600, 480000, 495800),
     "items": [("（１）", "資格喪失世帯には、喪失手続の際に未納額を通知し、納付相談につなげる。", "継続", False),
               ("（２）", "口座振替の原則化を進め、新規加入世帯の口座登録率を高める。", "新規", True)]},
    {"name": "介護保険料", "ka": "介護保険課", "no": "05",
     "trend": {"current": (99.02, 98.96, 99.10, 99.00), "arrears": (14.80, 15.20, 16.00, 15.10)},
     "mi": (54300, 50000, 52900),
     "items": [("（１）", "普通徴収の未納者には、年金からの特別徴収への切替えを案内する。", "継続", False),
               ("（２）", "長期滞納者には給付制限の予告通知を送付し、納付を促す。", "拡充", False)]},
]
FEB = [("市税", "current", 96.84, 96.55), ("国民健康保険税", "current", 86.71, 86.20),
       ("介護保険料", "current", 95.66, 95.71)]

CSS = """
@font-face {font-family: ipag; src: url(ipaexg.ttf);}
* {font-family: ipag;}
body {font-size: 10pt; line-height: 1.45;}
h1 {font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-size: 11.5pt; margin: 10pt 0 4pt 0; border-bottom: 1px solid black;}
p {margin: 2pt 0 2pt 0;}
.r {text-align: right;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
.note {font-size: 8.5pt;}
.head td {border: 2px solid black; font-size: 11pt; padding: 4pt 6pt;}
.box {border: 1px solid black; padding: 4pt 6pt;}
"""


def build():
    facts, inits = [], []
    pages_html = []

    # ---------- page 1
    a1 = "１　主要債権の徴収率（令和5年12月末現在）"
    rows = ""
    for name, r in RATES.items():
        cells = ""
        for seg in ("current", "arrears"):
            now, prev = r[seg]
            diff = now - prev
            cells += (f"<td class='n'>{fr(now)}</td><td class='n'>{fr(prev)}</td>"
                      f"<td class='n'>{'△' if diff < 0 else ''}{abs(diff):.2f}</td>")
            facts.append(fact(name, 2023, "5年12月末", seg, "collection_rate", "interim", now, "percent", fr(now), a1, as_of=AS_OF))
            facts.append(fact(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", fr(prev), a1, as_of=AS_OF0))
        rows += f"<tr><td>{name}</td>{cells}</tr>"
    a2 = "２　滞納繰越分の回収状況（令和5年12月末現在）"
    rows2 = ""
    tp = ta = 0
    for name, (plan, act) in KAISHU.items():
        tp += plan
        ta += act
        prog = act * 100 / plan
        rows2 += (f"<tr><td>{name}</td><td class='n'>{c(plan)}</td><td class='n'>{c(act)}</td>"
                  f"<td class='n'>{prog:.1f}%</td></tr>")
        facts.append(fact(name, 2023, "令和5年度", "arrears", "collected", "target", plan * 1000, "yen", c(plan), a2))
        facts.append(fact(name, 2023, "12月末", "arrears", "collected", "interim", act * 1000, "yen", c(act), a2, as_of=AS_OF))
    rows2 += (f"<tr><td>計</td><td class='n'>{c(tp)}</td><td class='n'>{c(ta)}</td>"
              f"<td class='n'>{ta * 100 / tp:.1f}%</td></tr>")
    facts.append(fact(None, 2023, "令和5年度", "arrears", "collected", "target", tp * 1000, "yen", c(tp), a2, debt_raw="計"))
    facts.append(fact(None, 2023, "12月末", "arrears", "collected", "interim", ta * 1000, "yen", c(ta), a2, as_of=AS_OF, debt_raw="計"))
    pages_html.append(f"""
<p class='r'>令和６年１月<br/>かすみがわ市 総務部 債権管理課</p>
<h1>令和５年度　債権回収・整理計画（中間報告）</h1>
<p>　かすみがわ市債権の管理に関する条例に基づき、年度当初に定めた債権回収・整理計画について、上半期の取組と
令和5年12月末現在の進捗を取りまとめた。年度後半は、債権ごとに定めた取組を確実に実施し、目標徴収率の達成をめざす。</p>
<h2>{a1}</h2>
<p class='r note'>（単位：％、ポイント）</p>
<table>
<tr><th rowspan='2'>債権名</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>
<tr><th>5年12月末</th><th>前年同期</th><th>差</th><th>5年12月末</th><th>前年同期</th><th>差</th></tr>
{rows}
</table>
<p class='note'>※前年同期は令和4年12月末現在。差の△は前年同期を下回ったもの。</p>
<h2>{a2}</h2>
<table>
<tr><th>債権名</th><th>回収計画額（千円）</th><th>回収実績額（千円）</th><th>進捗率</th></tr>
{rows2}
</table>
<p class='note'>※回収計画額は年度当初計画の滞納繰越分の回収目標額。整理（執行停止・不納欠損等）の実績は各債権の個票に記載。</p>
""")

    # ---------- per debt sheets
    for sh in SHEETS:
        name = sh["name"]
        anc = f"債権名　{name}"
        r = RATES[name]
        now_c, prev_c = r["current"]
        now_a, prev_a = r["arrears"]
        for seg, (now, prev) in (("current", r["current"]), ("arrears", r["arrears"])):
            facts.append(fact(name, 2023, "令和5年12月末", seg, "collection_rate", "interim", now, "percent", f"{fr(now)}％", anc, as_of=AS_OF))
            facts.append(fact(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{fr(prev)}％", anc, as_of=AS_OF0))
        tr = ""
        heads = [(2021, "3年度決算", "actual"), (2022, "4年度決算", "actual"), (2023, "5年度目標", "target"),
                 (2023, "5年度決算見込", "estimate")]
        for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
            tds = ""
            for (fy, h, basis), v in zip(heads, sh["trend"][seg]):
                tds += f"<td class='n'>{fr(v)}</td>"
                facts.append(fact(name, fy, h, seg, "collection_rate", basis, v, "percent", fr(v), anc))
            tr += f"<tr><td>{lab}</td>{tds}</tr>"
        mi = sh["mi"]
        mtd = ""
        for (fy, h, basis), v in zip([(2022, "4年度決算", "actual"), (2023, "5年度目標", "target"), (2023, "5年度見込", "estimate")], mi):
            mtd += f"<td class='n'>{c(v)}</td>"
            facts.append(fact(name, fy, h, "total", "outstanding", basis, v * 1000, "yen", c(v), anc))
        items = ""
        for lab, text, tag, wrap in sh["items"]:
            items += f"<p>{lab}{text}{'<br/>' if wrap else ''}【{tag}】</p>"
            inits.append({"debt": name, "debt_raw": name, "fiscal_year": 2023, "section": "年度後半の主な取組",
                          "label": lab, "text": text, "status": tag, "page": anc})
        pages_html.append(f"""
<p>令和５年度　債権回収・整理計画（中間報告）　個票</p>
<table class='head'><tr><td>債権名　{name}</td><td>所管課　{sh['ka']}</td><td>整理番号　{sh['no']}</td></tr></table>
<h2>【徴収率】令和5年12月末時点</h2>
<p>・現年度分　　{fr(now_c)}％（前年同期　{fr(prev_c)}％）</p>
<p>・滞納繰越分　{fr(now_a)}％（前年同期　{fr(prev_a)}％）</p>
<h2>徴収率の推移と目標</h2>
<p class='r note'>単位：％</p>
<table>
<tr><th>区分</th><th>3年度決算</th><th>4年度決算</th><th>5年度目標</th><th>5年度決算見込</th></tr>
{tr}
</table>
<h2>収入未済額（現年度分＋滞納繰越分）</h2>
<p class='r note'>単位：千円</p>
<table>
<tr><th>4年度決算</th><th>5年度目標</th><th>5年度見込</th></tr>
<tr>{mtd}</tr>
</table>
<h2>年度後半の主な取組</h2>
{items}
""")
    # 【参考】 2月29日 box appended to the last sheet
    anc_f = "【参考】令和6年2月29日現在の徴収率"
    lines = ""
    for name, seg, now, prev in FEB:
        lines += f"<p>・{name}（現年度分）　{fr(now)}％（前年同期　{fr(prev)}％）</p>"
        facts.append(fact(name, 2023, "令和6年2月29日", seg, "collection_rate", "interim", now, "percent", f"{fr(now)}％", anc_f, as_of="2024-02-29"))
        facts.append(fact(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{fr(prev)}％", anc_f, as_of="2023-02-28"))
    pages_html[-1] += f"<div class='box'><p><b>{anc_f}</b></p>{lines}<p class='note'>※本報告の作成後に集計した速報値である。</p></div>"

    # ---------- render: each block starts a new page
    rect = pymupdf.paper_rect("a4")
    where = rect + (56, 62, -56, -62)
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    for html in pages_html:
        story = pymupdf.Story(html=f"<body>{html}</body>", user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_text((rect.width - 220, 36), "債権回収・整理計画（中間報告）", fontsize=8, fontname="japan")
        page.insert_text((rect.width / 2 - 14, rect.height - 32), f"{i + 1} / {n}", fontsize=9, fontname="japan")
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画（中間報告）",
                "date": "2024-01-01", "date_raw": "令和６年１月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
