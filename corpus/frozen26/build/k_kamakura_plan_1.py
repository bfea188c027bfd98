"""鎌倉市債権管理重点プラン（令和７～８年度）: PyMuPDF Story (HTML) + vector chart page."""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from k_common import PDF, fact, find_page, init, page_texts, write_gold
from k_draw import Canvas, finish

STEM = "k_kamakura_plan_1"
CITY = "鎌倉市"
TITLE = "鎌倉市債権管理重点プラン（令和７～８年度）"

ACCOUNTS = [  # name, R3, R4, R5 (千円)
    ("一般会計", 1_102_448, 1_051_302, 987_615),
    ("国民健康保険事業特別会計", 905_112, 861_774, 812_406),
    ("後期高齢者医療事業特別会計", 28_305, 26_118, 24_771),
    ("介護保険事業特別会計", 121_604, 114_980, 108_233),
    ("下水道事業会計", 214_552, 208_419, 200_975),
]
# 令和５年度 内訳 (円): 会計, 款, 債権名, 額
DETAIL = [
    ("一般会計", "市税", "個人市民税", 498_226_314),
    ("一般会計", "市税", "法人市民税", 21_004_500),
    ("一般会計", "市税", "固定資産税・都市計画税", 302_118_640),
    ("一般会計", "市税", "軽自動車税（種別割）", 9_884_210),
    ("一般会計", "分担金及び負担金", "保育所保育料", 24_512_300),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 38_904_115),
    ("一般会計", "使用料及び手数料", "放課後児童クラブ利用料", 3_118_400),
    ("一般会計", "諸収入", "生活保護費返還金", 81_226_781),
    ("一般会計", "諸収入", "奨学資金貸付金返還金", 8_619_740),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 801_958_322),
    ("国民健康保険事業特別会計", "諸収入", "第三者行為損害賠償金等", 10_447_678),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 24_771_005),
    ("介護保険事業特別会計", "保険料", "介護保険料", 102_330_118),
    ("介護保険事業特別会計", "諸収入", "介護給付費返納金", 5_902_882),
    ("下水道事業会計", "営業収益", "下水道使用料", 188_402_911),
    ("下水道事業会計", "営業外収益", "下水道事業受益者負担金", 12_572_089),
]
TREND = {"市税": [97.85, 98.02, 98.27, 98.44, 98.62], "国民健康保険税": [88.41, 89.30, 90.12, 90.87, 91.55]}
TARGETS = [  # debt, R7 (cur, arr), R8 (cur, arr)
    ("市税", (99.30, 30.00), (99.35, 31.00)),
    ("国民健康保険税", (95.60, 27.00), (95.80, 28.50)),
    ("後期高齢者医療保険料", (99.60, 45.00), (99.62, 46.00)),
    ("介護保険料", (98.90, 17.00), (99.00, 18.00)),
    ("保育所保育料", (99.20, 22.00), (99.30, 23.00)),
    ("下水道使用料", (99.10, 40.00), (99.20, 41.00)),
]
ITEMS = [
    ("ア", "現年分の徴収を徹底し、新たな滞納繰越の発生を抑える。", None),
    ("イ", "強制徴収公債権は、財産調査を早期に行い、滞納処分を確実に執行する。", "継続"),
    ("ウ", "非強制徴収公債権及び私債権は、支払督促等の法的手続を計画的に活用する。", "拡充"),
    ("エ", "納税課に債権回収の相談窓口を置き、所管課の滞納整理を支援する。", "新規"),
    ("オ", "キャッシュレス納付の対象債権を拡大し、納付しやすい環境を整える。", "拡充"),
]

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.5;}
h1 {font-family: G; font-size: 17pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 12pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
.c {text-align: center; text-indent: 0;}
.r {text-align: right; text-indent: 0; font-size: 8.5pt; margin: 0;}
.note {font-size: 8.5pt; text-indent: 0;}
table {border-collapse: collapse; width: 100%; font-size: 9pt;}
td, th {padding: 2pt 4pt;}
th {font-family: G; font-weight: normal; border-top: 1pt solid black; border-bottom: 0.6pt solid black;}
td.n {text-align: right;}
tr.last td {border-bottom: 1pt solid black;}
table.g td, table.g th {border: 0.6pt solid black;}
table.g th {background-color: #d9d9d9;}
"""


def build():
    global ACCOUNTS
    ACCOUNTS = [(n, a, b, sum(d[3] for d in DETAIL if d[0] == n) // 1000) for n, a, b, _ in ACCOUNTS]
    tot = [sum(a[i] for a in ACCOUNTS) for i in (1, 2, 3)]
    det_total = sum(d[3] for d in DETAIL)
    # consistency: each account's R5 total in 千円 equals its detail sum rounded down
    for name, *_ , r5 in ACCOUNTS:
        s = sum(d[3] for d in DETAIL if d[0] == name)
        assert s // 1000 == r5, (name, s, r5)
    h = [f"<h1>{TITLE}</h1>", "<p class='c'>令和７年４月</p><p class='c'>鎌　倉　市</p>",
         "<h2>１　プランの趣旨</h2>"]
    r5_man = round(det_total / 10_000)
    txt5 = f"約{r5_man // 10000}億{r5_man % 10000:,}万円"
    h.append("<p>本市は、令和３年度から「債権管理重点プラン」を定め、市税をはじめとする各債権の収納率の向上と収入未済額の縮減に取り組んできた。"
             f"令和５年度（2023年度）末における市の保有する全債権の収入未済額は{txt5}であり、"
             "前期プラン策定時の約27億8,100万円（令和元年度）と比べ、約６億4,700万円の縮減となった。</p>")
    h.append("<p>一方、国民健康保険税や下水道使用料では依然として多額の収入未済額があり、債権所管課ごとの取組の差も大きい。"
             "このため、令和７～８年度の２か年を計画期間とする本プランを定め、全庁で債権管理の適正化を進める。</p>")
    h.append("<h2>２　債権の状況</h2><h3>（１）会計別の収入未済額</h3><p class='r'>（単位：千円）</p>")
    rows = "".join(
        f"<tr{' class=last' if False else ''}><td>{n}</td><td class=n>{a:,}</td><td class=n>{b:,}</td><td class=n>{c:,}</td>"
        f"<td class=n>{'▲' if c - b < 0 else ''}{abs(c - b):,}</td></tr>" for n, a, b, c in ACCOUNTS)
        # noqa
    d = tot[2] - tot[1]
    rows += (f"<tr class=last><td>合　計</td><td class=n>{tot[0]:,}</td><td class=n>{tot[1]:,}</td>"
             f"<td class=n>{tot[2]:,}</td><td class=n>{'▲' if d < 0 else ''}{abs(d):,}</td></tr>")
    h.append("<table><tr><th>会計名称</th><th>令和３年度<br>(2021年度)</th><th>令和４年度<br>(2022年度)</th>"
             "<th>令和５年度<br>(2023年度)</th><th>対前年度<br>増減</th></tr>" + rows + "</table>")
    h.append("<p class='note'>※各年度の決算額。千円未満を切り捨てているため、内訳の合計と一致しない場合がある。</p>")
    h.append("<h3>（２）令和５年度（2023年度）債権別収入未済額</h3><p class='r'>（単位：円）</p>")
    body = "<table class=g><tr><th>会計名称</th><th>款名称</th><th>債権名</th><th>収入未済額</th></tr>"
    i = 0
    while i < len(DETAIL):
        acc = DETAIL[i][0]
        grp = [x for x in DETAIL if x[0] == acc]
        first_acc = True
        j = 0
        while j < len(grp):
            kan = grp[j][1]
            kg = [x for x in grp if x[1] == kan]
            for k, x in enumerate(kg):
                body += "<tr>"
                if first_acc:
                    body += f"<td rowspan={len(grp) + 1}>{acc}</td>"
                    first_acc = False
                if k == 0:
                    body += f"<td rowspan={len(kg)}>{kan}</td>"
                body += f"<td>{x[2]}</td><td class=n>{x[3]:,}</td></tr>"
            j += len(kg)
        sub = sum(x[3] for x in grp)
        body += f"<tr><td colspan=2>小　計</td><td class=n>{sub:,}</td></tr>"
        i += len(grp)
    body += f"<tr><td colspan=3>合　計</td><td class=n>{det_total:,}</td></tr></table>"
    h.append(body)
    h.append("<h2>３　これまでの取組の実績</h2>")
    h.append(f"<p>市税の収納率（現年分と滞納繰越分の合計）は、令和５年度に{TREND['市税'][4]:.2f}％となり、"
             f"令和元年度の{TREND['市税'][0]:.2f}％から0.77ポイント上昇した。国民健康保険税の収納率も、同期間に"
             f"{TREND['国民健康保険税'][0]:.2f}％から{TREND['国民健康保険税'][4]:.2f}％へと改善している（推移は参考図を参照）。</p>")
    h.append("<p>また、令和５年度の不納欠損額は市税で約4,120万円となり、執行停止を経て時効が完成したものを中心に適正に処理した。</p>")
    h.append("<h2>４　目標</h2><p>主な債権について、計画期間の各年度の目標収納率を次のとおり定める。</p><p class='r'>（単位：％）</p>")
    tb = ("<table class=g><tr><th rowspan=2>債権名</th><th colspan=2>令和７年度</th><th colspan=2>令和８年度</th></tr>"
          "<tr><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th></tr>")
    for n, a, b in TARGETS:
        tb += f"<tr><td>{n}</td>" + "".join(f"<td class=n>{v:.2f}</td>" for v in (*a, *b)) + "</tr>"
    h.append(tb + "</table>")
    h.append("<h2>５　重点的な取組</h2>")
    for lab, tx, st in ITEMS:
        tag = f"【{st}】" if st else ""
        h.append(f"<p style='text-indent:-1em; margin-left:1em'>{lab}　{tx}{tag}</p>")
    html = "".join(h)

    arch = fitz.Archive()
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    buf = io.BytesIO()
    wr = fitz.DocumentWriter(buf)
    mb = fitz.paper_rect("a4")
    where = mb + (62, 70, -62, -60)
    more = 1
    while more:
        dev = wr.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        wr.end_page()
    wr.close()
    doc = fitz.open("pdf", buf.getvalue())
    # chart page (参考図)
    page = doc.new_page(width=mb.width, height=mb.height)
    cv = Canvas(page)
    cv.text(62, 90, "参考図　収納率の推移（現年分＋滞納繰越分）", 13)
    x0, y0, w, hgt = 100, 130, 400, 300
    lo, hi = 86.0, 100.0
    cv.rect((x0, y0, x0 + w, y0 + hgt), stroke=(0.5, 0.5, 0.5), width=0.5)
    for g in range(88, 101, 2):
        yy = y0 + hgt - (g - lo) / (hi - lo) * hgt
        cv.line((x0, yy), (x0 + w, yy), color=(0.85, 0.85, 0.85), width=0.4)
        cv.text(x0 - 28, yy + 3, f"{g}", 8, align="r", w=22)
    cv.text(x0 - 36, y0 - 8, "（％）", 8)
    labels = ["R1", "R2", "R3", "R4", "R5"]
    colors = {"市税": (0.1, 0.3, 0.7), "国民健康保険税": (0.8, 0.3, 0.1)}
    pts = {}
    for k, lab in enumerate(labels):
        cv.text(x0 + 40 + k * 80 - 15, y0 + hgt + 16, lab, 10, align="c", w=30)
    for name, vals in TREND.items():
        ps = [(x0 + 40 + k * 80, y0 + hgt - (v - lo) / (hi - lo) * hgt) for k, v in enumerate(vals)]
        pts[name] = ps
        for a, b in zip(ps, ps[1:]):
            cv.line(a, b, color=colors[name], width=1.8)
        for (px, py), v in zip(ps, vals):
            page.draw_circle((px, py), 3, color=colors[name], fill=colors[name])
            cv.text(px - 20, py - 8, f"{v:.2f}", 8.5, color=colors[name], align="c", w=40)
    ly = y0 + hgt + 40
    for i, (name, col) in enumerate(colors.items()):
        cv.line((x0 + i * 170, ly), (x0 + i * 170 + 24, ly), color=col, width=2)
        cv.text(x0 + i * 170 + 30, ly + 3, name, 9.5)
    cv.text(62, ly + 30, "※各年度の決算による。R1＝令和元年度。", 8.5)
    # running header / footer
    n = doc.page_count
    for i, pg in enumerate(doc):
        c = Canvas(pg)
        c.text(62, 40, TITLE, 8, "M", (0.3, 0.3, 0.3))
        pg.draw_line((62, 46), (mb.width - 62, 46), color=(0.5, 0.5, 0.5), width=0.4)
        c.text(0, mb.height - 30, f"- {i + 1} -", 9, "M", align="c", w=mb.width)
    out = PDF / f"{STEM}.pdf"
    finish(doc, out)
    texts = page_texts(out)

    facts, inits = [], []
    pg = find_page(texts, txt5)
    facts += [fact(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", r5_man * 10000, "yen", txt5,
                   pg, approx=True, debt_raw=None),
              fact(None, 2019, "令和元年度", "total", "outstanding", "actual", 2_781_000_000, "yen", "約27億8,100万円",
                   pg, approx=True, debt_raw=None)]
    pg = find_page(texts, "（１）会計別の収入未済額")
    years = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
    for n_, *vals in ACCOUNTS + [("合　計", *tot)]:
        for (fy, fr), v in zip(years, vals):
            facts.append(fact(None, fy, fr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", pg,
                              debt_raw=n_))
    for acc, kan, name, v in DETAIL:
        p = find_page(texts, f"{v:,}")
        facts.append(fact(name, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", v, "yen", f"{v:,}", p))
    for acc, *_ in ACCOUNTS:
        sub = sum(x[3] for x in DETAIL if x[0] == acc)
        p = find_page(texts, f"{sub:,}")
        facts.append(fact(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", sub, "yen",
                          f"{sub:,}", p, debt_raw=f"{acc} 小計"))
    p = find_page(texts, f"{det_total:,}")
    facts.append(fact(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", det_total, "yen",
                      f"{det_total:,}", p, debt_raw="合計"))
    p = find_page(texts, "３これまでの取組の実績")
    t = TREND
    facts += [fact("市税", 2023, "令和５年度", "total", "collection_rate", "actual", t["市税"][4], "percent",
                   f"{t['市税'][4]:.2f}％", p),
              fact("市税", 2019, "令和元年度", "total", "collection_rate", "actual", t["市税"][0], "percent",
                   f"{t['市税'][0]:.2f}％", p),
              fact("国民健康保険税", 2019, "令和元年度", "total", "collection_rate", "actual", t["国民健康保険税"][0],
                   "percent", f"{t['国民健康保険税'][0]:.2f}％", p),
              fact("国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", t["国民健康保険税"][4],
                   "percent", f"{t['国民健康保険税'][4]:.2f}％", p),
              fact("市税", 2023, "令和５年度", "total", "written_off", "actual", 41_200_000, "yen", "約4,120万円", p,
                   approx=True)]
    p = find_page(texts, "４目標")
    for n_, a, b in TARGETS:
        for fy, fr, vals in ((2025, "令和７年度", a), (2026, "令和８年度", b)):
            for seg, v in zip(("current", "arrears"), vals):
                facts.append(fact(n_, fy, fr, seg, "collection_rate", "target", v, "percent", f"{v:.2f}", p))
    for lab, tx, st in ITEMS:
        inits.append(init(None, 2025, "重点的な取組", lab, tx, st, find_page(texts, tx)))
    p = find_page(texts, "参考図　収納率の推移（現年分")
    for name, vals in TREND.items():
        for k, v in enumerate(vals):
            lab = ["R1", "R2", "R3", "R4", "R5"][k]
            facts.append(fact(name, 2019 + k, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}", p))
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-04-01", "date_raw": "令和７年４月"}
    write_gold(STEM, out, document, facts, inits)


if __name__ == "__main__":
    build()
