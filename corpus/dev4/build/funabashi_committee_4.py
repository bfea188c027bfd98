"""(d) committee_material: 債権管理対策委員会 資料 (modelled on 船橋市 債権管理課 「地方自治体の債権管理」資料,
paperzz.com/doc/5515276, and the 債権別個票 of committee papers). PyMuPDF Story (HTML), one Story per page.
One-row label/value box per debt (債権名 | X | 所管課 | Y), a 5-year actual table with years as rows, 取組 list in a
one-cell box, figures in prose."""
import pymupdf

from common import *

STEM = "funabashi_committee_4"
CITY = "船橋市"
YEARS = {  # notation per debt sheet
    "jp": [(2020 + i, f"令和{2 + i}年度") for i in range(5)],
    "r": [(2020 + i, f"R{2 + i}") for i in range(5)],
    "w": [(2020 + i, f"{2020 + i}年度") for i in range(5)],
}
DEBTS = [  # name, dept, notation, A (千円) x5, W x5, O x5, prose verb, items
    ("国民健康保険料", "国民健康保険課", "jp",
     [11876540, 11523318, 11287402, 11045873, 10912655], [298774, 276410, 254118, 239875, 221406],
     [2412538, 2287403, 2150876, 2032118, 1918744],
     [("滞納処分の対象となる世帯を早期に抽出し、預貯金等の差押えを行う。", "継続"),
      ("口座振替の原則化に向けて、加入手続の窓口で申込みを受け付ける。", "拡充"),
      ("納付が困難な世帯には生活再建の相談窓口を案内する。", "新規")]),
    ("介護保険料", "介護保険課", "r",
     [13458210, 13712894, 13998517, 14287330, 14520981], [62108, 58742, 55317, 51874, 49902],
     [287416, 276503, 268120, 259874, 251306],
     [("普通徴収の未納者に対し、電話催告を年2回実施する。", "継続"),
      ("高額滞納者の預貯金調査を行い、滞納処分を実施する。", "継続")]),
    ("保育料", "保育認定課", "w",
     [1987402, 1876540, 1754328, 1702115, 1688740], [10877, 9542, 8714, 8106, 7458],
     [98544, 90127, 84306, 77412, 71205],
     [("児童手当からの特別徴収を活用し、未納の累積を防ぐ。", "継続"),
      ("退園後の未納者に対して、債権管理課と連携して滞納処分を行う。", "継続")]),
    ("生活保護費返還金", "地域福祉課", "jp",
     [1598412, 1672830, 1746118, 1812504, 1871296], [18754, 20113, 22471, 24105, 25987],
     [1212450, 1287304, 1356872, 1419883, 1472106],
     [("保護廃止者については、廃止時に返還計画を作成し、納付書を送付する。", None),
      ("保護受給中の者については、保護費との調整による徴収を進める。", None)]),
]
CSS = """
@font-face {font-family: ipag; src: url(ipaexg.ttf);}
@font-face {font-family: ipam; src: url(ipaexm.ttf);}
* {font-family: ipam; font-size: 10pt; line-height: 1.5;}
h1 {font-family: ipag; font-size: 16pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: ipag; font-size: 12pt; margin: 10pt 0 4pt 0;}
p {margin: 2pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: ipag; background-color: #dde6f2; text-align: center;}
td.n {text-align: right;}
.small {font-size: 8.5pt;}
.right {text-align: right;}
"""


def page_html(body, n):
    return f"<p class='right small'>令和7年度第1回 船橋市債権管理対策委員会　資料2</p>{body}"


def build():
    facts, inits = [], []
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic")
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
    pages = []
    # ---- page 1
    totO = [2024, 4_871_930_000]   # whole city, 令和6年度
    p1 = ("<h1>主要債権の収納状況と今後の取組</h1>"
          "<p class='right'>令和7年7月15日<br/>税務部債権管理課</p>"
          "<h2>1　本資料の趣旨</h2>"
          "<p>　令和6年度決算の確定を受け、収入未済額の大きい主要4債権について、過去5年間の収納実績と現状の課題、"
          "今後の取組をまとめた。各債権の個票は2ページ以降のとおりである。</p>"
          "<h2>2　市全体の状況</h2>"
          f"<p>　令和6年度決算における市全体の収入未済額は約48億7,200万円で、前年度から約3億1,500万円減少した。"
          "市全体の収納率は96.84％（前年度96.51％）となり、5年連続で上昇した。</p>"
          "<p>　一方で、生活保護費返還金は収入未済額の増加が続いており、返還金の発生時点での返還計画の作成と、"
          "保護費との調整による徴収を徹底する必要がある。</p>"
          "<h2>3　対象債権</h2>"
          "<p>　国民健康保険料、介護保険料、保育料、生活保護費返還金</p>")
    facts += [F(None, 2024, "令和6年度", "total", "outstanding", "actual", 4_872_000_000, "yen", "約48億7,200万円", 1,
                approx=True, debt_raw=None),
              F(None, 2024, "令和6年度", "total", "collection_rate", "actual", 96.84, "percent", "96.84％", 1, debt_raw=None),
              F(None, 2023, "前年度", "total", "collection_rate", "actual", 96.51, "percent", "96.51％", 1, debt_raw=None)]
    pages.append(p1)
    for k, (name, dept, nota, A, W, O, items) in enumerate(DEBTS):
        p = 2 + k
        yrs = YEARS[nota]
        C = [a - w - o for a, w, o in zip(A, W, O)]
        R = [r2(cc, a) for cc, a in zip(C, A)]
        body = (f"<h2>個票{k + 1}</h2>"
                f"<table><tr><th>債権名</th><td>{name}</td><th>所管課</th><td>{dept}</td></tr></table>"
                "<h2>1　収納実績の推移</h2><p class='right small'>（単位：千円）</p>"
                "<table><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率（％）</th></tr>")
        for (fy, fyr), a, cc, w, o, rr in zip(yrs, A, C, W, O, R):
            body += (f"<tr><td>{fyr}</td><td class='n'>{c(a)}</td><td class='n'>{c(cc)}</td><td class='n'>{c(w)}</td>"
                     f"<td class='n'>{c(o)}</td><td class='n'>{pct(rr)}</td></tr>")
            for met, v in (("assessed", a), ("collected", cc), ("written_off", w), ("outstanding", o)):
                facts.append(F(name, fy, fyr, "total", met, "actual", v * 1000, "yen", c(v), p))
            facts.append(F(name, fy, fyr, "total", "collection_rate", "actual", rr, "percent", pct(rr), p))
        body += "</table><p class='small'>※収納率は現年分と滞納繰越分を合わせたもの。</p>"
        diff = round(R[4] - R[3], 2)
        o_ap = int(round(O[4] * 1000, -6))
        trend = "上昇" if diff > 0 else "低下"
        otrend = "減少" if O[4] < O[3] else "増加"
        body += ("<h2>2　現状と課題</h2>"
                 f"<p>　令和6年度の収納率は{pct(R[4])}％で、前年度から{abs(diff):.2f}ポイント{trend}した。"
                 f"収入未済額は約{oku_man(o_ap)}となり、前年度に比べて{otrend}した。</p>")
        facts.append(F(name, 2024, "令和6年度", "total", "collection_rate", "actual", R[4], "percent", f"{pct(R[4])}％", p))
        facts.append(F(name, 2024, "令和6年度", "total", "outstanding", "actual", o_ap, "yen", f"約{oku_man(o_ap)}", p, approx=True))
        extra = {
            "国民健康保険料": "加入者の高齢化と所得の減少により、納付の困難な世帯が増えている。",
            "介護保険料": "調定額の増加に伴い、普通徴収の未納が増えるおそれがある。",
            "保育料": "無償化の対象外となる0～2歳児の保育料で未納が発生している。",
            "生活保護費返還金": "返還金の発生額が回収額を上回り、収入未済額が累積している。",
        }[name]
        body += f"<p>　{extra}</p><h2>3　今後の取組</h2>"
        lines = []
        for j, (t, st) in enumerate(items):
            lab = f"({j + 1})"
            tag = f"【{st}】" if st else ""
            lines.append(f"{lab}　{t}{tag}")
            inits.append(I(name, 2025, "今後の取組", lab, t, st, p))
        body += "<table><tr><td>" + "<br/>".join(lines) + "</td></tr></table>"
        pages.append(body)
    out = PDF / f"{STEM}.pdf"
    w = pymupdf.DocumentWriter(str(out))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (56, 50, -56, -60)
    for n, html in enumerate(pages, 1):
        story = pymupdf.Story(html=page_html(html, n), user_css=CSS, archive=arch)
        dev = w.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
        if more:
            raise SystemExit(f"page {n} overflows")
    w.close()
    # page numbers (footer) drawn afterwards, as the office's PDF tool does
    doc = pymupdf.open(out)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="m", fontfile=FONT_M)
        s = f"{i + 1}"
        pg.insert_text((297 - 3, 842 - 30), s, fontname="m", fontsize=9)
    doc.saveIncr()
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "主要債権の収納状況と今後の取組（令和7年度第1回船橋市債権管理対策委員会 資料2）",
                "date": "2025-07-15", "date_raw": "令和7年7月15日"}
    write_gold(STEM, document, facts, inits)
    return report(STEM)


if __name__ == "__main__":
    build()
