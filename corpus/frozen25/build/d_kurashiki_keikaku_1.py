"""倉敷市 債権管理推進計画（推進シート） — PyMuPDF Story (HTML) + drawn running header/footer.  (frozen25, helper d)"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).parent))
from d_common import GOTHIC, MINCHO, OUT, ROOT, Gold, c, check, finish_fitz, pct  # noqa: E402

STEM = "d_kurashiki_keikaku_1"
CITY = "倉敷市"
TITLE = "倉敷市債権管理推進計画（令和８年度～令和１２年度）"
YEARS = [2020, 2021, 2022, 2023, 2024]


def series(a0, ga, cr0, dcr, aa0, gaa, ar0, dar, w0):
    """-> {year: (ca, cc, aa, ac, w)} in 千円"""
    out = {}
    for i, y in enumerate(YEARS):
        ca = int(a0 * (1 + ga) ** i)
        cc = int(ca * (cr0 + dcr * i) / 100)
        aa = int(aa0 * (1 + gaa) ** i)
        ac = int(aa * (ar0 + dar * i) / 100)
        w = int(w0 * (1 - 0.04 * i))
        out[y] = (ca, cc, aa, ac, w)
    return out


SHEETS = [
    dict(name="市税", ka="市民局 税務部 納税課", kubun="強制徴収公債権",
         data=series(61234500, 0.012, 98.61, 0.14, 2103400, -0.09, 27.4, 1.3, 162300),
         tgt=[("現年分収納率（％）", "current", "collection_rate", [99.30, 99.35, 99.40, 99.45, 99.50]),
              ("滞納繰越分収納率（％）", "arrears", "collection_rate", [34.0, 35.0, 36.0, 37.0, 38.0]),
              ("収入未済額（千円）", "total", "outstanding", [1150000, 1100000, 1050000, 1000000, 950000])],
         inits=[("1-1", "早期催告", "納期限経過後２０日以内に督促状を発送し、その後１か月以内に電話・ＳＭＳによる催告を行う。", "令和８年度～", "継続"),
                ("1-2", "納付環境の整備", "スマートフォン決済とＷｅｂ口座振替受付の利用案内を納税通知書に同封し、納期内納付を促す。", "令和８年度～", "拡充"),
                ("2-1", "滞納処分の徹底", "財産調査により差押可能な財産が判明した場合は、速やかに差押えを行い換価する。", "通年", "継続"),
                ("2-2", "執行停止の適正化", "生活困窮等により納付が困難な事案は、財産調査の結果に基づき滞納処分の執行停止を判断する。", "通年", "継続")],
         split=None),
    dict(name="国民健康保険料", ka="保健福祉局 健康長寿課", kubun="強制徴収公債権",
         data=series(10523400, -0.018, 91.72, 0.31, 2845600, -0.06, 19.8, 1.1, 301200),
         tgt=[("現年分収納率（％）", "current", "collection_rate", [94.40, 94.60, 94.80, 95.00, 95.20]),
              ("滞納繰越分収納率（％）", "arrears", "collection_rate", [26.0, 27.0, 28.0, 29.0, 30.0]),
              ("収入未済額（千円）", "total", "outstanding", [1700000, 1620000, 1540000, 1460000, 1380000])],
         inits=[("1-1", "口座振替の推進", "国保加入の手続時に、キャッシュカードによる口座振替の登録を勧める。", "令和８年度～", "拡充"),
                ("1-2", "資格喪失者対策", "社会保険加入等による資格喪失者の未納保険料について、喪失手続の際に納付を案内する。", "令和８年度～", "新規"),
                ("1-3", "夜間休日催告", "平日昼間に連絡がとれない世帯に対し、夜間・休日の電話催告を年６回実施する。", "年６回", "継続"),
                ("2-1", "滞納処分の強化", "財産調査の対象を拡大し、預貯金・給与・生命保険等の差押えを行う。", "通年", "継続"),
                ("2-2", "分納管理", "分納誓約の不履行者には、不履行の翌月に催告を行い、再度の不履行で滞納処分に移行する。", "通年", "拡充")],
         split=3),
    dict(name="介護保険料", ka="保健福祉局 介護保険課", kubun="強制徴収公債権",
         data=series(9012300, 0.015, 98.95, 0.05, 186400, -0.03, 17.2, 0.6, 28400),
         tgt=[("現年分収納率（％）", "current", "collection_rate", [99.20, 99.25, 99.30, 99.35, 99.40]),
              ("滞納繰越分収納率（％）", "arrears", "collection_rate", [20.0, 21.0, 22.0, 23.0, 24.0])],
         inits=[("1-1", "給付制限の周知", "普通徴収の滞納者へ、給付制限の内容を記載した催告書を送付する。", "年２回", "継続"),
                ("2-1", "財産調査", "２年以上滞納している者について財産調査を行い、差押えを実施する。", "通年", "新規")],
         split=None),
    dict(name="市営住宅家賃", ka="建設局 住宅課", kubun="私債権",
         data=series(1601200, -0.01, 96.10, 0.22, 312500, -0.05, 12.4, 0.7, 9800),
         tgt=[("現年分収納率（％）", "current", "collection_rate", [97.00, 97.20, 97.40, 97.60, 97.80]),
              ("滞納繰越分収納率（％）", "arrears", "collection_rate", [15.0, 16.0, 17.0, 18.0, 19.0])],
         inits=[("1-1", "早期納付指導", "２か月滞納した入居者に面談を行い、分納計画を立てさせる。", "通年", "継続"),
                ("2-1", "法的措置", "６か月以上の滞納者には明渡し及び滞納家賃の支払を求める訴えを提起する。", "通年", "継続"),
                ("2-2", "退去者対策", "退去者の未納家賃は、連帯保証人への請求と支払督促を行う。", "通年", "拡充")],
         split=None),
]

CSS = """
@font-face {font-family: m; src: url(ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexg.ttf);}
body {font-family: m; font-size: 10pt;}
h1 {font-family: g; font-size: 18pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: g; font-size: 12.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: g; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em; line-height: 1.5;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 8pt;}
th {font-family: g; background-color: #dddddd; font-weight: normal; text-align: center;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 8pt; margin: 0;}
.note {font-size: 8pt; text-indent: 0;}
.period {font-family: g; font-size: 9.5pt; text-indent: 0;}
"""


def main():
    g = Gold(STEM, "plan", CITY, TITLE, "2026-03-01", "令和８年３月")
    pages_html = []

    # page 1 : outline with prose figures
    tot_o = 0
    pieces = []
    for sh in SHEETS:
        ca, cc, aa, ac, w = sh["data"][2024]
        o = ca - cc + aa - ac - w
        tot_o += o
        pieces.append((sh["name"], o))
    def oku(v_k):  # 千円 -> 約X億Y,Y00万円 (to 100万円)
        man = round(v_k / 1000) * 100  # 万円 rounded to 100万円
        return f"約{man // 10000}億{man % 10000:,}万円", man * 10000
    t_tot, v_tot = oku(tot_o)
    t_tax, v_tax = oku(pieces[0][1])
    t_kok, v_kok = oku(pieces[1][1])
    html = f"""<h1>倉敷市債権管理推進計画</h1>
<p style="text-align:center;text-indent:0;font-family:g;font-size:12pt">（令和８年度～令和１２年度）</p>
<p style="text-align:right;text-indent:0">令和８年３月　倉敷市</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、債権管理条例に基づき、市が保有する債権の適正な管理と収入未済額の縮減に取り組んできた。令和６年度決算における主要４債権の収入未済額は{t_tot}であり、このうち市税が{t_tax}、国民健康保険料が{t_kok}を占めている。</p>
<p>主要債権の収入未済額は減少傾向にあるものの、依然として多額であることから、これまでの取組を検証し、新たに本計画を策定して全庁的な債権管理を推進する。</p>
<h2>２　計画期間</h2>
<p>令和８年度から令和１２年度までの５年間とする。</p>
<h2>３　対象債権</h2>
<p>令和６年度決算において収入未済額が１億円以上である次の４債権を重点債権とし、債権ごとに推進シートを作成する。</p>
<p style="text-indent:2em">市税／国民健康保険料／介護保険料／市営住宅家賃</p>
<h2>４　推進シートの構成</h2>
<p>推進シートは、（１）収納状況の推移（２０２０年度から２０２４年度までの決算）、（２）計画期間中の年度別目標、（３）目標を達成するための取組の３項目で構成する。（３）の区分欄には、前計画からの継続、新規、拡充の別を記載している。</p>
"""
    g.fact(1, None, 2024, "令和６年度決算", "total", "outstanding", "actual", v_tot, "yen", t_tot, approx=True,
           debt_raw="主要４債権")
    g.fact(1, "市税", 2024, "令和６年度決算", "total", "outstanding", "actual", v_tax, "yen", t_tax, approx=True)
    g.fact(1, "国民健康保険料", 2024, "令和６年度決算", "total", "outstanding", "actual", v_kok, "yen", t_kok, approx=True)
    pages_html.append((html, None))

    page = 2
    for si, sh in enumerate(SHEETS, start=1):
        d = sh["name"]
        h = [f"<h2>５　債権ごとの取組（{d}）</h2>",
             f"<p class='note'>所管課：{sh['ka']}　　債権区分：{sh['kubun']}</p>",
             "<h3>（１）収納状況の推移</h3><p class='unit'>（単位：千円、％）</p>",
             "<table><tr><th>年度</th><th>調定額（現年）</th><th>収入済額（現年）</th><th>収納率（現年）</th>"
             "<th>調定額（滞繰）</th><th>収入済額（滞繰）</th><th>収納率（滞繰）</th><th>不納欠損額</th>"
             "<th>収入未済額（計）</th></tr>"]
        for y in YEARS:
            ca, cc, aa, ac, w = sh["data"][y]
            cr, ar = pct(cc, ca), pct(ac, aa)
            o = ca - cc + aa - ac - w
            h.append(f"<tr><td>{y}</td><td class='n'>{c(ca)}</td><td class='n'>{c(cc)}</td><td class='n'>{cr:.2f}</td>"
                     f"<td class='n'>{c(aa)}</td><td class='n'>{c(ac)}</td><td class='n'>{ar:.2f}</td>"
                     f"<td class='n'>{c(w)}</td><td class='n'>{c(o)}</td></tr>")
            yr = str(y)
            for seg, met, v, raw in (("current", "assessed", ca * 1000, c(ca)), ("current", "collected", cc * 1000, c(cc)),
                                     ("current", "collection_rate", cr, f"{cr:.2f}"),
                                     ("arrears", "assessed", aa * 1000, c(aa)), ("arrears", "collected", ac * 1000, c(ac)),
                                     ("arrears", "collection_rate", ar, f"{ar:.2f}"),
                                     ("total", "written_off", w * 1000, c(w)), ("total", "outstanding", o * 1000, c(o))):
                g.fact(page, d, y, yr, seg, met, "actual", v, "percent" if met == "collection_rate" else "yen", raw)
        h.append("</table>")
        h.append("<p class='note'>※収入未済額（計）＝調定額（現年＋滞繰）－収入済額（現年＋滞繰）－不納欠損額</p>")
        h.append("<h3>（２）目標</h3><p class='period'>計画期間：令和８年度～令和１２年度</p>")
        h.append("<table><tr><th>区分</th>" + "".join(f"<th>R{y - 2018}</th>" for y in range(2026, 2031)) + "</tr>")
        for lab, seg, met, vals in sh["tgt"]:
            cells = []
            for y, v in zip(range(2026, 2031), vals):
                raw = f"{v:.2f}" if met == "collection_rate" and v >= 50 else (f"{v:.1f}" if met == "collection_rate" else c(v))
                cells.append(f"<td class='n'>{raw}</td>")
                g.fact(page, d, y, f"R{y - 2018}", seg, met, "target", v if met == "collection_rate" else v * 1000,
                       "percent" if met == "collection_rate" else "yen", raw)
            h.append(f"<tr><td>{lab}</td>{''.join(cells)}</tr>")
        h.append("</table>")
        inits = sh["inits"]
        split = sh["split"] or len(inits)
        thead = "<tr><th>番号</th><th>取組項目</th><th>内容</th><th>実施時期</th><th>区分</th></tr>"
        def itable(items):
            rows = "".join(f"<tr><td>{n}</td><td>{k}</td><td>{t}</td><td>{when}</td><td>{st}</td></tr>"
                           for n, k, t, when, st in items)
            return f"<table>{thead}{rows}</table>"
        h.append("<h3>（３）目標達成に向けた取組</h3>")
        h.append(itable(inits[:split]))
        for n, k, t, when, st in inits[:split]:
            g.init(page, d, 2026, "目標達成に向けた取組", n, t, st)
        pages_html.append(("".join(h), f"推進シート　{si}"))
        page += 1
        if split < len(inits):
            h2 = [f"<h3>（３）目標達成に向けた取組（{d}・続き）</h3>", itable(inits[split:]),
                  "<p class='note'>※区分欄の「継続」は前計画から引き続き実施する取組、「拡充」は対象や回数を拡大する取組、「新規」は本計画から実施する取組をいう。</p>"]
            for n, k, t, when, st in inits[split:]:
                g.init(page, d, 2026, "目標達成に向けた取組", n, t, st)
            pages_html.append(("".join(h2), f"推進シート　{si}"))
            page += 1

    arch = fitz.Archive()
    arch.add(str(Path(GOTHIC).parent))
    arch.add(str(Path(MINCHO).parent))
    OUT.mkdir(exist_ok=True)
    tmp = OUT / f"{STEM}.story.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 62, -56, -56)
    for html, _ in pages_html:
        story = fitz.Story(html=f"<body>{html}</body>", user_css=CSS, archive=arch)
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        if more:
            raise SystemExit("page overflow")
    writer.close()
    doc = fitz.open(tmp)
    for i, (page_, (_, sheet)) in enumerate(zip(doc, pages_html), start=1):
        page_.insert_font(fontname="g", fontfile=GOTHIC)
        page_.insert_text((56, 40), "倉敷市債権管理推進計画", fontname="g", fontsize=8, color=(0.3, 0.3, 0.3))
        if sheet:
            page_.draw_rect(fitz.Rect(440, 28, 540, 46), color=(0, 0, 0), width=0.8)
            page_.insert_textbox(fitz.Rect(440, 31, 540, 46), sheet, fontname="g", fontsize=9.5, align=1)
        page_.draw_line(fitz.Point(56, 50), fitz.Point(540, 50), color=(0.4, 0.4, 0.4), width=0.5)
        page_.insert_textbox(fitz.Rect(0, 800, 595, 820), f"- {i} -", fontname="g", fontsize=9, align=1)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    finish_fitz(doc, pdf)
    gp = g.write(pdf)
    return check(pdf, gp)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
