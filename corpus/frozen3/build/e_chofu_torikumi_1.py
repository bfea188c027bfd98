"""e_chofu_torikumi_1: 行革プランの個別プラン取組状況（個票）(PyMuPDF Story HTML + drawn header/footer, A4 portrait).

Modelled on 調布市 行革プラン アクションプラン個票 (施策№/プラン№/項目名/所管部署 box, 1 アクションプランの内容,
年次計画 計画/実績, 2 取組状況及び効果, 【計画に対する進ちょく状況】(CHECK), 【総括】):
https://expydoc.com/doc/7476484/ (市税徴収3up作戦の推進 / コンビニ収納の導入). Figures invented.
"""
from __future__ import annotations

import html

import pymupdf

from e_common import F, I, PDF_DIR, fmt_rate, to_pdf, write_gold  # noqa: F401

STEM = "e_chofu_torikumi_1"
CITY = "調布市"
FONTFILE = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
RUN_HEAD = "行革プラン２０２３　個別プランの取組状況（令和６年度）"

CSS = """
@font-face {font-family: jg; src: url(ipaexg.ttf);}
@font-face {font-family: jm; src: url(ipaexm.ttf);}
body {font-family: jm; font-size: 9.5pt; line-height: 1.45;}
h1 {font-family: jg; font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: jg; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 1pt 0;}
.r {text-align: right;}
.c {text-align: center;}
.note {font-size: 8pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; vertical-align: middle;}
th {font-family: jg; font-weight: normal; background-color: #e8e8e8;}
td.n {text-align: right;}
.lab {font-family: jg; background-color: #e8e8e8; text-align: center;}
"""

YEARS = [("令和４年度", 2022), ("令和５年度", 2023), ("令和６年度", 2024), ("令和７年度", 2025)]

SHEETS = [
    {
        "no": "12", "plan": "市税等の収納率向上", "debt": "市税", "ka": "市民部納税課", "kankei": "市民税課・資産税課",
        "houshin": "持続可能な行財政運営", "pct": True,
        "naiyo": "税負担の公平性と自主財源の確保のため、現年課税分の早期納付の促進と滞納繰越分の整理を両輪として、"
                 "市税の徴収率の向上を図ります。滞納整理システムのデータを活用し、財産調査から滞納処分までを計画的に進めます。",
        "rows": [  # label, seg, metric, unit-kind, plan[4], actual[3]
            ("現年課税分徴収率", "current", [99.30, 99.35, 99.40, 99.45], [99.28, 99.36, 99.41]),
            ("滞納繰越分徴収率", "arrears", [38.0, 39.0, 40.0, 41.0], [37.42, 39.85, 41.06]),
            ("全体徴収率", "total", [98.70, 98.80, 98.90, 99.00], [98.64, 98.81, 98.92]),
        ],
        "jokyo": [
            ("・", "納期限後20日以内に督促状を発送し、その後の自動電話催告で早期の自主納付を促した。", None),
            ("・", "給与・預貯金・生命保険等の財産調査を電子照会で行い、年間延べ1,200件の差押えを実施した。", None),
            ("・", "スマートフォン決済アプリによる納付を全税目に拡大した。", None),
        ],
        "koka": [("令和６年度末の市税の収入未済額は約4億1,200万円となり、前年度末の約4億4,300万円から縮減した。",
                  [("total", "outstanding", 2024, "令和６年度末", 412000000, "約4億1,200万円"),
                   ("total", "outstanding", 2023, "前年度末", 443000000, "約4億4,300万円")])],
        "check": "A",
        "sokatsu": "全ての指標で計画値を達成した。特に滞納繰越分は、早期の財産調査と差押えにより前年度から1.21ポイント上昇した。",
        "kongo": [
            ("(1)", "高額滞納案件について、東京都との共同催告・合同公売を実施する。", "拡充", False),
            ("(2)", "口座振替の原則化に向け、新規納税義務者へのWeb口座振替受付の案内を徹底する。", "継続", True),
        ],
    },
    {
        "no": "13", "plan": "国民健康保険税の収納対策", "debt": "国民健康保険税", "ka": "市民部保険年金課",
        "kankei": "納税課", "houshin": "持続可能な行財政運営", "pct": False,
        "naiyo": "国民健康保険事業の安定的な運営のため、納付相談の充実と滞納処分の適正な執行により、国民健康保険税の"
                 "収納率の向上と滞納世帯の縮減を図ります。",
        "rows": [
            ("現年課税分収納率", "current", [94.20, 94.40, 94.60, 94.80], [94.05, 94.47, 94.73]),
            ("滞納繰越分収納率", "arrears", [30.00, 31.00, 32.00, 33.00], [29.16, 30.42, 32.58]),
        ],
        "households": ([2900, 2800, 2700, 2600], [2946, 2815, 2688]),
        "jokyo": [
            ("①", "資格確認書の交付時に窓口での納付相談を行い、分納計画の履行状況を毎月確認した。", None),
            ("②", "納税課と合同で、休日の納付相談窓口を年４回開設した。", None),
        ],
        "koka": [("令和６年度の不納欠損額は約5,830万円で、執行停止から３年を経過した案件を中心に整理を進めた。",
                  [("total", "written_off", 2024, "令和６年度", 58300000, "約5,830万円")])],
        "check": "B",
        "sokatsu": "滞納繰越分の収納率と滞納世帯数は計画を達成したが、現年課税分は計画をわずかに下回った。",
        "kongo": [
            ("(1)", "納期限到来前のショートメッセージによる納付案内を導入する。", "新規", False),
            ("(2)", "財産調査の結果、滞納処分ができない世帯は執行停止を適正に判断する。", "継続", False),
        ],
    },
    {
        "no": "21", "plan": "市営住宅使用料の滞納対策", "debt": "市営住宅使用料", "ka": "都市整備部住宅課",
        "kankei": "債権管理担当", "houshin": "歳入の確保", "pct": True, "unit_yen": True,
        "naiyo": "入居者間の公平性を確保するため、滞納初期の接触を徹底するとともに、長期滞納者には連帯保証人への"
                 "請求や法的措置を行い、収入未済額の縮減を図ります。",
        "rows": [
            ("現年度分収納率", "current", [98.50, 98.60, 98.70, 98.80], [98.42, 98.63, 98.77]),
        ],
        "misai": ([24800, 23500, 22200, 21000], [25310, 23640, 21980]),
        "jokyo": [
            ("ア", "滞納２か月目で全件に電話連絡を行い、３か月目には連帯保証人へ通知した。", None),
            ("イ", "６か月以上の滞納者６名に対し、明渡し請求訴訟を提起した。", None),
        ],
        "koka": [("令和７年５月末現在の滞納繰越分の収納率は12.36％で、前年同月の9.87％を上回っている。",
                  [("arrears", "collection_rate", 2025, "令和７年５月末", 12.36, "12.36％", "2025-05-31"),
                   ("arrears", "collection_rate", 2024, "前年同月", 9.87, "9.87％", "2024-05-31")])],
        "check": "A",
        "sokatsu": "収入未済額は計画を上回って縮減した。退去者分の回収が今後の課題である。",
        "kongo": [
            ("ア", "退去者の滞納分について、弁護士への回収委託を試行する。", "新規", False),
            ("イ", "口座振替不能者への即日連絡を継続する。", "継続", True),
        ],
    },
]


def e(s):
    return html.escape(s)


def sheet_html(sh, facts, inits, page):
    debt = sh["debt"]
    rate = (lambda v: f"{fmt_rate(v)}%") if sh["pct"] else (lambda v: fmt_rate(v))
    h = [f"<h1>個別プラン取組状況シート</h1>",
         "<table><tr>"
         f"<td class='lab'>方針</td><td>{e(sh['houshin'])}</td><td class='lab'>プラン№</td><td>{sh['no']}</td></tr>"
         f"<tr><td class='lab'>プラン名</td><td>{e(sh['plan'])}</td><td class='lab'>所管部署</td><td>{e(sh['ka'])}</td></tr>"
         f"<tr><td class='lab'>対象債権</td><td>{e(debt)}</td><td class='lab'>関係課</td><td>{e(sh['kankei'])}</td></tr>"
         "</table>",
         "<h2>１　アクションプランの内容</h2>",
         f"<p>【実施内容】</p><p>　{e(sh['naiyo'])}</p>",
         "<h2>２　年次計画と実績</h2>"]
    if not sh["pct"]:
        h.append("<p class='r note'>（率の単位：％）</p>")
    rows = ["<table><tr><th colspan='2'>指標</th>" + "".join(f"<th>{y}</th>" for y, _ in YEARS) + "</tr>"]
    for label, seg, plan, act in sh["rows"]:
        rows.append(f"<tr><td rowspan='2'>{label}</td><td class='c'>計画</td>" +
                    "".join(f"<td class='n'>{rate(v)}</td>" for v in plan) + "</tr>")
        rows.append("<tr><td class='c'>実績</td>" + "".join(f"<td class='n'>{rate(v)}</td>" for v in act) +
                    "<td class='c'>－</td></tr>")
        for (yr, fy), v in zip(YEARS, plan):
            facts.append(F(debt, fy, yr, seg, "collection_rate", "target", v, "percent", rate(v), page))
        for (yr, fy), v in zip(YEARS, act):
            facts.append(F(debt, fy, yr, seg, "collection_rate", "actual", v, "percent", rate(v), page))
    if "households" in sh:
        plan, act = sh["households"]
        rows.append("<tr><td rowspan='2'>滞納世帯数（世帯）</td><td class='c'>計画</td>" +
                    "".join(f"<td class='n'>{v:,}</td>" for v in plan) + "</tr>")
        rows.append("<tr><td class='c'>実績</td>" + "".join(f"<td class='n'>{v:,}</td>" for v in act) +
                    "<td class='c'>－</td></tr>")
        for (yr, fy), v in zip(YEARS, plan):
            facts.append(F(debt, fy, yr, "total", "delinquents", "target", v, "households", f"{v:,}", page))
        for (yr, fy), v in zip(YEARS, act):
            facts.append(F(debt, fy, yr, "total", "delinquents", "actual", v, "households", f"{v:,}", page))
    if "misai" in sh:
        plan, act = sh["misai"]
        rows.append("<tr><td rowspan='2'>収入未済額（千円）</td><td class='c'>計画</td>" +
                    "".join(f"<td class='n'>{v:,}</td>" for v in plan) + "</tr>")
        rows.append("<tr><td class='c'>実績</td>" + "".join(f"<td class='n'>{v:,}</td>" for v in act) +
                    "<td class='c'>－</td></tr>")
        for (yr, fy), v in zip(YEARS, plan):
            facts.append(F(debt, fy, yr, "total", "outstanding", "target", v * 1000, "yen", f"{v:,}", page))
        for (yr, fy), v in zip(YEARS, act):
            facts.append(F(debt, fy, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page))
    rows.append("</table>")
    h += rows
    h.append("<p class='note'>※実績は各年度の決算（出納閉鎖後）による。令和７年度は計画値のみ。</p>")
    h.append("<h2>３　取組状況及び効果</h2>")
    h.append("<table><tr><td class='lab' width='16%'>取組状況</td><td>")
    for lab, text, st in sh["jokyo"]:
        h.append(f"<p>{lab}{'　' if lab != '・' else ''}{e(text)}</p>")
        inits.append(I(debt, 2024, "取組状況", lab, text, st, page))
    h.append("</td></tr><tr><td class='lab'>効果</td><td>")
    for sent, fl in sh["koka"]:
        h.append(f"<p>{e(sent)}</p>")
        for item in fl:
            seg, metric, fy, fyraw, v, raw = item[:6]
            as_of = item[6] if len(item) > 6 else None
            unit = "percent" if metric == "collection_rate" else "yen"
            facts.append(F(debt, fy, fyraw, seg, metric, "interim" if as_of else "actual", v, unit, raw, page,
                           approx=raw.startswith("約"), as_of=as_of))
    h.append("</td></tr></table>")
    h.append(f"<p>【計画に対する進ちょく状況】（CHECK）　<b>{sh['check']}</b>　"
             "<span class='note'>※A：おおむね計画どおり進んでいる　B：計画より遅れている</span></p>")
    h.append(f"<p>【総括】{e(sh['sokatsu'])}</p>")
    h.append("<h2>４　令和７年度の取組</h2>")
    for lab, text, tag, wrap in sh["kongo"]:
        tagtxt = ("<br/>" if wrap else "") + f"【{tag}】"
        h.append(f"<p>{lab}　{e(text)}{tagtxt}</p>")
        inits.append(I(debt, 2025, "令和７年度の取組", lab, text, tag, page))
    return "\n".join(h)


def cover_html(facts):
    h = [f"<p class='r'>令和７年７月</p><p class='r'>調布市行政経営部</p>",
         f"<h1>{RUN_HEAD}</h1>",
         "<p>　行革プラン２０２３（令和４年度～令和７年度）に位置付けた個別プランのうち、歳入の確保に関するプランについて、"
         "令和６年度の取組状況を取りまとめました。各プランの取組状況は、次頁以降の取組状況シートのとおりです。</p>",
         "<h2>取組状況一覧</h2>",
         "<table><tr><th>プラン№</th><th>プラン名</th><th>所管部署</th><th>進ちょく状況</th></tr>"]
    for sh in SHEETS:
        h.append(f"<tr><td class='c'>{sh['no']}</td><td>{e(sh['plan'])}</td><td>{e(sh['ka'])}</td>"
                 f"<td class='c'>{sh['check']}</td></tr>")
    h.append("</table>")
    h.append("<h2>主な成果</h2>")
    s = SHEETS[0]["rows"][2][3]
    h.append(f"<p>・市税の全体徴収率は、令和６年度{s[2]:.2f}％となり、前年度（{s[1]:.2f}％）を上回りました。</p>")
    facts.append(F("市税", 2024, "令和６年度", "total", "collection_rate", "actual", s[2], "percent", f"{s[2]:.2f}％", 1))
    facts.append(F("市税", 2023, "前年度", "total", "collection_rate", "actual", s[1], "percent", f"{s[1]:.2f}％", 1))
    k = SHEETS[1]["households"][1]
    h.append(f"<p>・国民健康保険税の滞納世帯数は{k[2]:,}世帯となり、３年連続で減少しました。</p>")
    facts.append(F("国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", k[2], "households",
                   f"{k[2]:,}世帯", 1))
    return "\n".join(h)


def build():
    facts, inits = [], []
    arch = pymupdf.Archive()
    arch.add(open(FONTFILE, "rb").read(), "ipaexg.ttf")
    arch.add(open(MINCHO, "rb").read(), "ipaexm.ttf")
    W, H = pymupdf.paper_size("a4")
    where = pymupdf.Rect(50, 60, W - 50, H - 55)
    parts = [cover_html(facts)]
    for i, sh in enumerate(SHEETS):
        parts.append(sheet_html(sh, facts, inits, i + 2))
    import io
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    for part in parts:
        story = pymupdf.Story(html=part, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    for i, page in enumerate(doc):
        page.insert_font(fontname="jg", fontfile=FONTFILE)
        page.insert_text((50, 38), RUN_HEAD, fontname="jg", fontsize=8)
        page.draw_line((50, 44), (W - 50, 44), width=0.5)
        t = f"－ {i + 1} －"
        page.insert_text((W / 2 - 14, H - 28), t, fontname="jg", fontsize=9)
    assert len(doc) == 1 + len(SHEETS), f"unexpected page count {len(doc)}"
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "progress_report", "municipality": CITY, "title": RUN_HEAD,
                "date": "2025-07-01", "date_raw": "令和７年７月"}
    return pdf, document, facts, inits


if __name__ == "__main__":
    pdf, document, facts, inits = build()
    write_gold(STEM, pdf, document, facts, inits)
