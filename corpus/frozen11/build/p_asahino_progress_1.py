"""あさひの市 令和５年度 債権回収・整理計画（中間報告） -> PyMuPDF Story (HTML)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fitz

from p_common import OUT, PDF, Facts, write_gold, z

STEM = "p_asahino_progress_1"
MUNI = "あさひの市"
TITLE = "令和５年度 債権回収・整理計画（中間報告）"
ASOF, PASOF = "2024-02-29", "2023-02-28"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
MFONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"

# name, 所管, interim (cur, arr, tot), prev interim, R4 決算, R5 見込, R5 目標, 残高(万円) R4末, R5末見込, 目標, areas?, inits
DEBTS = [
    ("市税", "財務部 納税課", (92.85, 27.6, 88.47), (92.41, 26.9, 87.90), (99.05, 33.2, 96.80),
     (99.10, 34.0, 96.95), (99.10, 33.5, 96.90), (58_420, 55_100, 56_000),
     [("本庁管内", (93.02, 28.1), (92.60, 27.2)), ("東支所", (92.71, 26.8), (92.35, 26.5)),
      ("西支所", (92.40, 27.9), (91.88, 27.0)), ("北支所", (93.15, 26.2), (92.84, 26.6))],
     [("納期限から１か月以内の未納者に対し、SMS及び文書による早期催告を行う。", None, False),
      ("年度末の３月を滞納整理強化期間とし、給与・預貯金の差押えを集中して実施する。", None, False),
      ("滞納繰越分のうち１００万円以上の高額事案は、特別滞納整理班に移管して処理する。", None, False)]),
    ("国民健康保険税", "市民生活部 保険年金課", (85.40, 19.8, 67.35), (84.96, 18.7, 66.20), (94.12, 23.5, 80.44),
     (94.30, 24.0, 81.00), (94.50, 24.0, 81.20), (48_730, 46_200, 45_800),
     [("本庁管内", (85.92, 20.4), (85.31, 19.0)), ("東支所", (84.88, 19.1), (84.70, 18.2)),
      ("西支所", (85.10, 20.0), (84.52, 18.9)), ("北支所", (84.97, 18.9), (85.02, 18.4))],
     [("短期被保険者証の交付対象世帯と面談を行い、納付計画を立てさせる。", "継続", False),
      ("資格喪失届の提出時に未納額を案内し、その場での納付を求める。", "継続", False),
      ("コンビニ収納に加え、スマートフォン決済を令和６年４月から導入する。", "拡充", True)]),
    ("保育所保育料", "こども部 保育課", (93.71, 21.3, 88.65), (94.02, 20.1, 88.90), (98.80, 25.4, 95.10),
     (98.70, 26.0, 95.00), (98.90, 26.0, 95.30), (2_310, 2_280, 2_150), None,
     [("児童手当からの特別徴収について、未納のある保護者に申出書を送付する。", None, False),
      ("卒園した児童の保護者の滞納分は、年２回の一斉催告を行う。", None, False)]),
    ("下水道使用料", "上下水道部 料金課", (88.12, 61.2, 87.60), (87.95, 60.4, 87.41), (98.95, 71.5, 98.61),
     (99.00, 72.0, 98.70), (99.00, 72.0, 98.70), (3_840, 3_700, 3_650), None,
     [("水道料金と一体で催告を行い、給水停止予告とあわせて納付を促す。", None, False),
      ("強制徴収公債権として、納付に応じない使用者には預金の差押えを行う。", None, False)]),
]
TOTAL_OUT = 1_245_000_000

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
* {font-family: M; font-size: 10pt;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 9pt;}
th {font-family: G; background-color: #e8e8e8; text-align: center;}
td.n {text-align: right;}
.note {font-size: 8.5pt;}
.r {text-align: right;}
.c {text-align: center;}
ul {margin: 0 0 0 14pt;}
"""


def pc(v):
    return f"{v:.2f}%" if v >= 50 else f"{v:.1f}%"


def fmt(v):  # rates without sign
    return f"{v:.2f}" if v >= 50 else f"{v:.1f}"


def dif(v, nd):
    v = round(v, nd)
    return ("△" if v < 0 else "") + f"{abs(v):.{nd}f}"


def cover_html():
    rows = ""
    for d in DEBTS:
        n, _, it, pv = d[0], d[1], d[2], d[3]
        rows += (f"<tr><td>{n}</td><td class='n'>{pc(it[0])}</td><td class='n'>{pc(pv[0])}</td>"
                 f"<td class='n'>{it[0]-pv[0]:+.2f}</td><td class='n'>{pc(it[1])}</td><td class='n'>{pc(pv[1])}</td>"
                 f"<td class='n'>{it[1]-pv[1]:+.1f}</td></tr>")
    return f"""
<p class='r'>令和６年３月２２日<br/>あさひの市 財務部 債権管理課</p>
<h1>{TITLE}</h1>
<h2>１　中間報告の概要</h2>
<p>　本市では「あさひの市債権管理条例」に基づき、債権の主管課ごとに回収と整理の目標を定めた債権回収・整理計画を毎年度策定し、上半期の実績と年度後半の取組を中間報告として取りまとめている。本報告は、令和６年２月末日現在の徴収実績を前年同期と比較し、年度末の見込みを示したものである。</p>
<p>　令和６年２月末時点における主要４債権の未収金残高は約{z('12')}億{z('4,500')}万円で、前年同期を下回って推移している。</p>
<h2>２　主要債権の徴収率（令和６年２月末現在）</h2>
<table>
<tr><th rowspan='2'>債権名</th><th colspan='3'>現年分</th><th colspan='3'>滞繰分</th></tr>
<tr><th>今年度</th><th>前年同期</th><th>増減(ポイント)</th><th>今年度</th><th>前年同期</th><th>増減(ポイント)</th></tr>
{rows}
</table>
<p class='note'>※前年同期は令和５年２月末現在の数値。</p>
"""


def debt_html(i, d):
    n, ka, it, pv, r4, r5e, r5t, bal, areas, inits = d
    h = f"<h2>２－{i} 債権ごとの進捗（{n}）</h2><p class='r'>所管：{ka}</p>"
    h += "<h3>【徴収率】令和６年２月２９日時点</h3><ul>"
    for lab, a, b in (("現年分", it[0], pv[0]), ("滞繰分", it[1], pv[1]), ("合計", it[2], pv[2])):
        h += f"<li>{lab}　{z(pc(a))}（前年同期 {z(pc(b))}）</li>"
    h += "</ul>"
    h += "<h3>年度末の見込み　（単位：％）</h3><table>"
    h += "<tr><th rowspan='2' width='22%'>区分</th><th width='26%'>前年度（令和４年度）</th><th colspan='2' width='52%'>今年度（令和５年度）</th></tr>"
    h += "<tr><th width='26%'>決算</th><th width='26%'>見込み</th><th width='26%'>目標</th></tr>"
    for k, lab in enumerate(("現年分", "滞繰分", "合計")):
        h += f"<tr><td class='c'>{lab}</td><td class='n'>{fmt(r4[k])}</td><td class='n'>{fmt(r5e[k])}</td><td class='n'>{fmt(r5t[k])}</td></tr>"
    h += "</table>"
    h += "<h3>未収金残高　（単位：万円）</h3><table>"
    h += "<tr><th>令和４年度末 実績</th><th>令和５年度末 見込み</th><th>令和５年度末 目標</th></tr>"
    h += f"<tr><td class='n'>{bal[0]:,}</td><td class='n'>{bal[1]:,}</td><td class='n'>{bal[2]:,}</td></tr></table>"
    if areas:
        h += "<h3>地区別の徴収率（２月末）　（単位：％）</h3><table>"
        h += "<tr><th rowspan='3'>地区</th><th colspan='6'>２月末徴収率</th></tr>"
        h += "<tr><th colspan='2'>令和５年度</th><th colspan='2'>令和４年度</th><th colspan='2'>差</th></tr>"
        h += "<tr>" + "<th>現年分</th><th>滞繰分</th>" * 3 + "</tr>"
        h += (f"<tr><td>全体</td><td class='n'>{fmt(it[0])}</td><td class='n'>{fmt(it[1])}</td><td class='n'>{fmt(pv[0])}</td>"
              f"<td class='n'>{fmt(pv[1])}</td><td class='n'>{dif(it[0]-pv[0],2)}</td><td class='n'>{dif(it[1]-pv[1],1)}</td></tr>")
        for a, cur, prv in areas:
            h += (f"<tr><td>{a}</td><td class='n'>{fmt(cur[0])}</td><td class='n'>{fmt(cur[1])}</td><td class='n'>{fmt(prv[0])}</td>"
                  f"<td class='n'>{fmt(prv[1])}</td><td class='n'>{dif(cur[0]-prv[0],2)}</td><td class='n'>{dif(cur[1]-prv[1],1)}</td></tr>")
        h += "</table>"
    h += "<h3>年度後半の主な取組</h3>"
    kana = "アイウエオ"
    for k, (t, s, wrap) in enumerate(inits):
        tag = ""
        if s:
            tag = ("<br/>　" if wrap else "") + f"【{s}】"
        h += f"<p>{kana[k]}　{t}{tag}</p>"
    return h


def build():
    arch = fitz.Archive()
    arch.add(fitz.Archive(FONTDIR))
    arch.add(fitz.Archive(MFONTDIR))
    W, H = fitz.paper_size("a4")
    where = fitz.Rect(50, 60, W - 50, H - 60)
    parts = [cover_html()] + [debt_html(i, d) for i, d in enumerate(DEBTS, 1)]
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    for html in parts:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(fitz.Rect(0, 0, W, H))
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    gfont = fitz.Font(fontfile=f"{FONTDIR}/ipaexg.ttf")
    for i, page in enumerate(doc):
        page.insert_font(fontname="G", fontbuffer=gfont.buffer)
        page.insert_text((W - 230, 35), "債権回収・整理計画（中間報告）", fontname="G", fontsize=8)
        page.insert_text((W / 2 - 12, H - 30), f"- {i + 1} -", fontname="G", fontsize=9)
        page.draw_line((50, 42), (W - 50, 42), width=0.5)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)


SEG = ["current", "arrears", "total"]


def gold():
    f = Facts()
    f.add(None, 2023, "令和６年２月末", "total", "outstanding", "interim", TOTAL_OUT, "yen",
          "約" + z("12") + "億" + z("4,500") + "万円", approx=True, as_of=ASOF)
    cov = "主要債権の徴収率（令和６年２月末現在）"
    inits = []
    for i, d in enumerate(DEBTS, 1):
        n, ka, it, pv, r4, r5e, r5t, bal, areas, its = d
        for k in range(2):
            f.add(n, 2023, "今年度", SEG[k], "collection_rate", "interim", it[k], "percent", pc(it[k]), ctx=[cov, n], as_of=ASOF)
            f.add(n, 2022, "前年同期", SEG[k], "collection_rate", "interim", pv[k], "percent", pc(pv[k]), ctx=[cov, n], as_of=PASOF)
        anc = f"債権ごとの進捗（{n}）"
        for k in range(3):
            f.add(n, 2023, "令和６年２月２９日", SEG[k], "collection_rate", "interim", it[k], "percent", z(pc(it[k])), ctx=anc, as_of=ASOF)
            f.add(n, 2022, "前年同期", SEG[k], "collection_rate", "interim", pv[k], "percent", z(pc(pv[k])), ctx=anc, as_of=PASOF)
            f.add(n, 2022, "令和４年度", SEG[k], "collection_rate", "actual", r4[k], "percent", fmt(r4[k]), ctx=anc)
            f.add(n, 2023, "令和５年度", SEG[k], "collection_rate", "estimate", r5e[k], "percent", fmt(r5e[k]), ctx=anc)
            f.add(n, 2023, "令和５年度", SEG[k], "collection_rate", "target", r5t[k], "percent", fmt(r5t[k]), ctx=anc)
        f.add(n, 2022, "令和４年度末", "total", "outstanding", "actual", bal[0] * 10000, "yen", f"{bal[0]:,}", ctx=anc)
        f.add(n, 2023, "令和５年度末", "total", "outstanding", "estimate", bal[1] * 10000, "yen", f"{bal[1]:,}", ctx=anc)
        f.add(n, 2023, "令和５年度末", "total", "outstanding", "target", bal[2] * 10000, "yen", f"{bal[2]:,}", ctx=anc)
        if areas:
            rows = [(None, it, pv)] + [(a, c, p) for a, c, p in areas]
            for a, cur, prv in rows:
                for k in range(2):
                    f.add(n, 2023, "令和５年度", SEG[k], "collection_rate", "interim", cur[k], "percent", fmt(cur[k]), ctx=anc, as_of=ASOF, area=a)
                    f.add(n, 2022, "令和４年度", SEG[k], "collection_rate", "interim", prv[k], "percent", fmt(prv[k]), ctx=anc, as_of=PASOF, area=a)
        for k, (t, s, wrap) in enumerate(its):
            inits.append({"debt": n, "fiscal_year": 2023, "section": "年度後半の主な取組", "label": "アイウエオ"[k],
                          "text": t, "status": s, "page": None, "_ctx": anc})
    return write_gold(STEM, "progress_report", MUNI, TITLE, "2024-03-22", "令和６年３月２２日", f, inits)


if __name__ == "__main__":
    build()
    print(gold())
