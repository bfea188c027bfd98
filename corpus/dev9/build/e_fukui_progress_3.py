"""e_fukui_progress_3: 福井市 債権管理の取組状況（中間報告） (progress_report) -- PyMuPDF Story (HTML) -> PDF.
Modelled on the 福井市議会 行財政改革特別委員会「市税収納率の向上について」報告 (説明資料の表, 現年/滞納繰越の収納率,
https://chiholog.net/chiholog/gijilog/18201-20090521-c3f39a2/ja) and the usual 中間報告 layout (12月末 vs 前年同月)."""
from __future__ import annotations

import pymupdf as fitz

from e_common import OUT, PDF_DIR, assign_pages, check, comma, fact, fmt_rate, init, oku_man, rate, write_gold

STEM = "e_fukui_progress_3"
CITY = "福井市"
TITLE = "令和７年度 債権管理の取組状況について（中間報告）"
AS_OF, AS_OF_PREV = "2025-12-31", "2024-12-31"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

# debt -> (cur assessed, cur collected, prev cur rate, arr assessed, arr collected, prev arr rate)  千円
D = {
    "市税": (43812400, 36548206, 83.1, 1642300, 404006, 22.9),
    "国民健康保険税": (7812600, 5562571, 70.8, 3104800, 605436, 18.2),
    "介護保険料": (6012300, 4815852, 80.3, 182400, 30643, 15.9),
    "後期高齢者医療保険料": (3024700, 2567970, 84.6, 41200, 12854, 30.0),
}

CSS = """
@font-face {font-family: goth; src: url(ipaexg.ttf);}
@font-face {font-family: minc; src: url(ipaexm.ttf);}
body {font-family: minc; font-size: 10pt; line-height: 1.45;}
h1 {font-family: goth; font-size: 14pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: goth; font-size: 11.5pt; margin: 10pt 0 3pt 0;}
h3 {font-family: goth; font-size: 10.5pt; margin: 8pt 0 2pt 0;}
p {margin: 0 0 3pt 0;}
.r {text-align: right;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 2pt 3pt; font-size: 9pt;}
th {font-family: goth; text-align: center;}
td.n {text-align: right;}
.box {border: 1px solid black; padding: 4pt;}
.note {font-size: 8.5pt;}
"""


def build():
    facts, inits = [], []
    rates = {k: (rate(v[1], v[0]), rate(v[4], v[3])) for k, v in D.items()}
    h = []
    h.append(f"<h1>{TITLE}</h1>")
    h.append("<p class='r'>令和８年１月<br>福井市財政部債権管理課</p>")
    h.append("<h2>１　概要</h2>")
    tot_out, shz_out, kok_out = 3821000000, 1965000000, 1123000000
    h.append("<p>　本市では、福井市債権管理計画に基づき、各債権の所管課が年度ごとに目標を定めて収納対策に取り組んでいます。"
             f"令和６年度決算における市の債権全体の収入未済額は約{oku_man(tot_out)}で、前年度から約2億400万円減少しました。"
             f"このうち市税が約{oku_man(shz_out)}、国民健康保険税が約{oku_man(kok_out)}を占めています。</p>")
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", tot_out, "yen", f"約{oku_man(tot_out)}",
                      approx=True, debt_raw=None))
    facts.append(fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", shz_out, "yen", f"約{oku_man(shz_out)}", approx=True))
    facts.append(fact("国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", kok_out, "yen", f"約{oku_man(kok_out)}", approx=True))
    h.append("<p>　本報告は、令和７年12月末現在の収納状況と、下半期に重点的に取り組む事項を取りまとめたものです。</p>")

    h.append("<h2>２　主要債権の収納状況（令和７年12月末現在）</h2>")
    names = list(D)
    h.append("<table><tr><th colspan='2'>区分</th>" + "".join(f"<th>{n}</th>" for n in names) + "</tr>")
    hint = "２　主要債権の収納状況（令和７年12月末現在）"
    for seg_lab, seg, ia, ic, ip in (("現年度分", "current", 0, 1, 2), ("滞納繰越分", "arrears", 3, 4, 5)):
        rows = [("調定額（千円）", "assessed"), ("収入済額（千円）", "collected"), ("収納率（％）", "rate"),
                ("前年同月収納率（％）", "prev"), ("差（ポイント）", "diff")]
        for k, (lab, m) in enumerate(rows):
            h.append("<tr>" + (f"<th rowspan='5'>{seg_lab}</th>" if k == 0 else "") + f"<td>{lab}</td>")
            for n in names:
                v = D[n]
                r_ = rate(v[ic], v[ia])
                if m == "assessed":
                    s = comma(v[ia]); facts.append(fact(n, 2025, "令和７年12月末", seg, "assessed", "interim", v[ia] * 1000, "yen", s, as_of=AS_OF, hint=hint)); hint = None
                elif m == "collected":
                    s = comma(v[ic]); facts.append(fact(n, 2025, "令和７年12月末", seg, "collected", "interim", v[ic] * 1000, "yen", s, as_of=AS_OF))
                elif m == "rate":
                    s = fmt_rate(r_); facts.append(fact(n, 2025, "令和７年12月末", seg, "collection_rate", "interim", r_, "percent", s, as_of=AS_OF))
                elif m == "prev":
                    s = fmt_rate(v[ip]); facts.append(fact(n, 2024, "前年同月", seg, "collection_rate", "interim", v[ip], "percent", s, as_of=AS_OF_PREV))
                else:
                    d = round(r_ - v[ip], 1); s = f"△{abs(d):.1f}" if d < 0 else f"{d:.1f}"
                h.append(f"<td class='n'>{s}</td>")
            h.append("</tr>")
    h.append("</table>")
    h.append("<p class='note'>※ 収納率は、収入済額を調定額で除して小数点以下第２位を四捨五入したものです。"
             "前年同月収納率は、令和６年12月末現在の収納率です。</p>")

    # ---- 3 債権ごとの取組
    h.append("<h2>３　債権ごとの取組</h2>")
    # (1) 市税
    rc, ra = rates["市税"]
    h.append("<h3>（１）債権ごとの取組（市税）</h3>")
    h.append("<p>【収納率】令和７年12月末時点</p>")
    h.append(f"<p>・現年分　{fmt_rate(rc)}％（前年同月　{fmt_rate(D['市税'][2])}％）<br>"
             f"・滞納繰越分　{fmt_rate(ra)}％（前年同月　{fmt_rate(D['市税'][5])}％）</p>")
    sec1 = "（１）債権ごとの取組（市税）"
    facts.append(fact("市税", 2025, "令和７年12月末", "current", "collection_rate", "interim", rc, "percent", f"{fmt_rate(rc)}％", as_of=AS_OF, hint=sec1))
    facts.append(fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", D["市税"][2], "percent", f"{fmt_rate(D['市税'][2])}％", as_of=AS_OF_PREV))
    facts.append(fact("市税", 2025, "令和７年12月末", "arrears", "collection_rate", "interim", ra, "percent", f"{fmt_rate(ra)}％", as_of=AS_OF))
    facts.append(fact("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", D["市税"][5], "percent", f"{fmt_rate(D['市税'][5])}％", as_of=AS_OF_PREV))
    t_items = [("ア", "12月から３月までを滞納整理強化期間とし、納付資力のある滞納者に対しては預貯金及び給与の差押えを集中的に行う。", "継続", False),
               ("イ", "納税コールセンターによる電話催告の対象を、現年度分の未納者全体に広げ、早期の自主納付を促す。", "拡充", True),
               ("ウ", "高額・困難案件は福井県地方税滞納整理機構へ引き継ぎ、不動産の公売を含めた処分を進める。", "継続", False)]
    cell = "<br>".join(f"{lab}　{t}" + ("<br>" if wrap else "") + f"【{st}】" for lab, t, st, wrap in t_items)
    h.append("<table><tr><th width='30%'>令和７年度の目標</th><th width='70%'>下半期の重点事項</th></tr>"
             "<tr><td width='30%'>現年分　99.3％<br>滞納繰越分　28.0％<br>収入未済額　18億円以下</td>"
             f"<td width='70%'>{cell}</td></tr></table>")
    facts.append(fact("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.3, "percent", "99.3％", hint="令和７年度の目標"))
    facts.append(fact("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 28.0, "percent", "28.0％"))
    facts.append(fact("市税", 2025, "令和７年度", "total", "outstanding", "target", 1800000000, "yen", "18億円"))
    for lab, t, st, _ in t_items:
        inits.append(init("市税", 2025, "債権ごとの取組（市税）", lab, t, st))

    # (2) 国民健康保険税 -- header cell "債権名　X"
    k = D["国民健康保険税"]
    rc, ra = rates["国民健康保険税"]
    h.append("<h3>（２）国民健康保険税</h3>")
    h.append("<p class='r note'>（単位：％）</p>")
    h.append("<table><tr><th colspan='5' style='text-align:left'>債権名　国民健康保険税　（所管課：保険年金課）</th></tr>"
             "<tr><th>区分</th><th>令和６年度決算</th><th>令和７年度目標</th><th>12月末現在</th><th>前年同月</th></tr>")
    kk = {"current": (94.6, 95.0, rc, k[2]), "arrears": (21.4, 23.0, ra, k[5])}
    for seg, lab in (("current", "現年分"), ("arrears", "滞納繰越分")):
        a, t, n, p = kk[seg]
        h.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{fmt_rate(x)}</td>" for x in (a, t, n, p)) + "</tr>")
        facts.append(fact("国民健康保険税", 2024, "令和６年度", seg, "collection_rate", "actual", a, "percent", fmt_rate(a),
                          hint="債権名　国民健康保険税" if seg == "current" else None))
        facts.append(fact("国民健康保険税", 2025, "令和７年度", seg, "collection_rate", "target", t, "percent", fmt_rate(t)))
        facts.append(fact("国民健康保険税", 2025, "12月末現在", seg, "collection_rate", "interim", n, "percent", fmt_rate(n), as_of=AS_OF))
        facts.append(fact("国民健康保険税", 2024, "前年同月", seg, "collection_rate", "interim", p, "percent", fmt_rate(p), as_of=AS_OF_PREV))
    h.append("</table>")
    h.append("<p>下半期に重点的に実施すること</p>")
    k_items = [("(1)", "短期被保険者証の更新時に窓口での納付相談を行い、分納誓約の内容を見直す。", "継続"),
               ("(2)", "国民健康保険の資格を喪失した世帯のうち未納があるものを毎月抽出し、文書による納付督励を行う。", "新規"),
               ("(3)", "市税と併せて滞納している世帯については、債権管理課が一元的に滞納整理を行う。", "継続")]
    h.append("<p>" + "<br>".join(f"{lab}　{t}【{st}】" for lab, t, st in k_items) + "</p>")
    for lab, t, st in k_items:
        inits.append(init("国民健康保険税", 2025, "国民健康保険税", lab, t, st))

    # (3) 市営住宅使用料 -- running text interim figure
    out_i = 48600000
    h.append("<h3>（３）債権ごとの取組（市営住宅使用料）</h3>")
    h.append(f"<p>　12月末の収入未済額は約{oku_man(out_i)}で、前年同月に比べ約310万円減少しました。"
             "長期滞納者への対応を進めた結果、滞納月数が６か月を超える入居者は減少しています。</p>")
    facts.append(fact("市営住宅使用料", 2025, "12月末", "total", "outstanding", "interim", out_i, "yen", f"約{oku_man(out_i)}",
                      approx=True, as_of=AS_OF))
    j_items = [("①", "滞納が３か月に達した入居者には、連帯保証人と緊急連絡先へ同時に通知する。", "新規"),
               ("②", "明渡し後も納付のない退去者には、支払督促の申立てを行う。", "継続")]
    h.append("<p>" + "<br>".join(f"{lab}　{t}【{st}】" for lab, t, st in j_items) + "</p>")
    for lab, t, st in j_items:
        inits.append(init("市営住宅使用料", 2025, "債権ごとの取組（市営住宅使用料）", lab, t, st))

    h.append("<h2>４　今後の予定</h2>")
    h.append("<div class='box'>・令和８年２月　各所管課による滞納整理強化期間の実施状況の確認<br>"
             "・令和８年３月　令和７年度第２回債権管理推進会議（決算見込みの報告）<br>"
             "・令和８年６月　令和７年度実績の取りまとめ及び公表</div>")

    html = "<body>" + "".join(h) + "</body>"
    arch = fit_archive()
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    OUT.mkdir(exist_ok=True)
    tmp = OUT / f"{STEM}_raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 64, -56, -60)
    more = True
    while more:
        dev = w.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="g", fontfile=GOTHIC)
        page.insert_text((56, 42), "福井市　債権管理の取組状況（中間報告）", fontname="g", fontsize=8)
        page.draw_line((56, 48), (539, 48), width=0.5)
        page.insert_text((280, 815), f"{i + 1} / {n}", fontname="g", fontsize=9)
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    assign_pages(pdf, facts, "raw")
    assign_pages(pdf, inits, "text")
    check(pdf, facts, inits)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2026-01-01", "date_raw": "令和８年１月"}
    return write_gold(STEM, pdf, document, facts, inits)


def fit_archive():
    arch = fitz.Archive()
    arch.add(open(GOTHIC, "rb").read(), "ipaexg.ttf")
    arch.add(open(MINCHO, "rb").read(), "ipaexm.ttf")
    return arch


if __name__ == "__main__":
    build()
