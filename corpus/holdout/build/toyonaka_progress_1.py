"""令和6年度 債権回収・整理計画（中間報告） — 豊中市 style.

Modelled on 豊中市「債権回収・整理計画」(https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html):
the mid-year report (上半期実績と中間計画) published in December/January. PyMuPDF Story (HTML) -> PDF, A4 portrait,
one Story per page so that every figure's page is known; header and footer drawn afterwards.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf as fitz

from plans_common import OUT, PDF, comma, fact, initiative, oku_man, write_gold

STEM = "toyonaka_progress_1"
CITY = "豊中市"
TITLE = "令和6年度 債権回収・整理計画（中間報告）"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho"

A24 = ("令和6年12月末", 2024, "2024-12-31")
A23 = ("令和5年12月末", 2023, "2023-12-31")

# name, 所管課, (ac24, cc24_rate, aa24, ca24_rate), (ac23, rate, aa23, rate), 決算R5 (現年率, 滞繰率), 目標R6 (現年, 滞繰), actions
DEBTS = [
    ("市税", "納税課", (52_318_406, 0.8124, 1_204_377, 0.2417), (51_902_115, 0.8097, 1_318_604, 0.2362),
     (99.18, 33.02), (99.25, 34.00),
     [("(1)", "年末の一斉催告（12月）で、現年度分の未納者に催告書約9,800通を送付した。", None),
      ("(2)", "給与照会の電子化により、財産調査の期間を短縮した。", "新規"),
      ("(3)", "1月から3月を滞納整理強化期間とし、差押えを集中的に執行する。", "継続")]),
    ("国民健康保険料", "保険資格課", (8_804_219, 0.6831, 2_016_488, 0.1682), (8_921_730, 0.6794, 2_230_915, 0.1611),
     (93.87, 24.66), (94.20, 25.50),
     [("(1)", "2月の納期前に、口座振替の残高不足者へ再振替の案内を送付する。", "新規"),
      ("(2)", "滞納世帯の財産調査を進め、預貯金の差押えを年度末までに集中して行う。", "継続")]),
    ("介護保険料", "高齢者支援課", (7_615_230, 0.7712, 188_406, 0.1954), (7_498_112, 0.7689, 196_530, 0.1908),
     (98.71, 21.47), (98.80, 22.00),
     [("(1)", "普通徴収の未納者に、給付制限の内容を記載した催告書を送付した。", "継続")]),
    ("保育所保育料", "こども園課", (1_486_215, 0.7245, 56_814, 0.2086), (1_512_330, 0.7219, 61_207, 0.2012),
     (98.64, 23.90), (98.70, 24.50),
     [("(1)", "児童手当からの申出徴収の対象世帯を拡大した。", "拡充"),
      ("(2)", "退所児童の保護者へ、年度末までに文書と電話で催告する。", "継続")]),
    ("市営住宅使用料", "住宅課", (1_118_402, 0.7486, 92_318, 0.1523), (1_124_886, 0.7451, 96_104, 0.1488),
     (97.96, 19.84), (98.10, 20.50),
     [("(1)", "滞納3か月以上の入居者48世帯と面談し、分納誓約を交わした。", None),
      ("(2)", "長期滞納者3世帯について、明渡し請求訴訟の準備を進めている。", None)]),
    ("生活保護費返還金", "福祉事務所", (204_512, 0.1436, 786_240, 0.0198), (196_845, 0.1402, 751_306, 0.0187),
     (21.06, 2.88), (22.00, 3.00),
     [("(1)", "保護費との調整による徴収を、受給中の債務者全員に案内した。", "継続"),
      ("(2)", "廃止世帯の債務者に、転居先調査のうえ催告書を送付する。", "継続")]),
]

# 国民健康保険料: 令和6年2月末 (leap year) figures of the previous year, printed in its 【参考】 box
KOKUHO_FEB = (88.74, 21.35)

CSS = """
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
* {font-family: gothic; font-size: 9.5pt; line-height: 1.45;}
h1 {font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 11.5pt; margin: 10pt 0 4pt 0; border-bottom: 1px solid #333;}
h3 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0;}
.c {text-align: center;}
.r {text-align: right; font-size: 8pt;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0;}
td, th {border: 1px solid #000; padding: 2pt 4pt; font-size: 8.5pt;}
th {background-color: #e8eef7; text-align: center; font-weight: normal;}
td.n {text-align: right;}
.box {border: 1px solid #000; padding: 4pt 8pt; margin: 4pt 0 6pt 0;}
ul {margin: 0 0 0 8pt; padding: 0 0 0 8pt;}
li {margin: 0;}
"""


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def calc(d):
    name, dept, x24, x23, fin, tgt, acts = d
    out = {"name": name, "dept": dept, "fin": fin, "tgt": tgt, "acts": acts}
    for key, (ac, rc, aa, ra) in (("y24", x24), ("y23", x23)):
        cc, ca = round(ac * rc), round(aa * ra)
        out[key] = dict(ac=ac, cc=cc, aa=aa, ca=ca, at=ac + aa, ct=cc + ca,
                        rc=rate(cc, ac), ra=rate(ca, aa), rt=rate(cc + ca, ac + aa))
    return out


def pct(v):
    return f"{v:.2f}％"


def build():
    facts, inits = [], []
    data = [calc(d) for d in DEBTS]
    pages_html = []

    def F(pg, debt, when, seg, metric, value, unit, raw, basis="interim", approx=False):
        if basis == "interim":
            label, fy, as_of = when
            facts.append(fact(pg, debt, fy, label, seg, metric, "interim", value, unit, raw, as_of=as_of, approx=approx))
        else:
            fy_raw, fy = when
            facts.append(fact(pg, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=approx))

    # ---------------------------------------------------------------- page 1: overview
    pg = 1
    tot = {k: {m: sum(x[k][m] for x in data) for m in ("ac", "cc", "aa", "ca", "at", "ct")} for k in ("y24", "y23")}
    for k in tot:
        t = tot[k]
        t["rc"], t["ra"], t["rt"] = rate(t["cc"], t["ac"]), rate(t["ca"], t["aa"]), rate(t["ct"], t["at"])
        t["oo"] = t["at"] - t["ct"]
    o24txt, o24v = oku_man(tot["y24"]["oo"] * 1000)
    h = [f"<h1>{TITLE}</h1>", "<p class='c'>令和7年1月　豊中市 財務部 債権管理課</p>",
         "<h2>1　中間報告について</h2>",
         "<p>　豊中市債権の管理に関する条例に基づき、各債権の主管課は年度ごとに回収と整理の目標を定めています。"
         "本報告は、主要6債権について令和6年12月末時点の収納状況を前年同月と比べ、年度後半の取組をまとめたものです。</p>",
         "<h2>2　主要6債権の収納状況（12月末時点）</h2>",
         "<p class='r'>（単位：千円）</p>",
         "<table><tr><th>区分</th><th>令和6年12月末</th><th>令和5年12月末</th><th>増減</th></tr>"]
    rows = [("調定額", "at", "assessed"), ("収入済額", "ct", "collected")]
    for lab, k, metric in rows:
        a, b = tot["y24"][k], tot["y23"][k]
        d = a - b
        h.append(f"<tr><td>{lab}</td><td class='n'>{comma(a)}</td><td class='n'>{comma(b)}</td>"
                 f"<td class='n'>{('△' + comma(-d)) if d < 0 else comma(d)}</td></tr>")
        F(pg, None, A24, "total", metric, a * 1000, "yen", comma(a))
        F(pg, None, A23, "total", metric, b * 1000, "yen", comma(b))
    a, b = tot["y24"]["oo"], tot["y23"]["oo"]
    d = a - b
    h.append(f"<tr><td>収入未済額</td><td class='n'>{comma(a)}</td><td class='n'>{comma(b)}</td>"
             f"<td class='n'>{('△' + comma(-d)) if d < 0 else comma(d)}</td></tr>")
    F(pg, None, A24, "total", "outstanding", a * 1000, "yen", comma(a))
    F(pg, None, A23, "total", "outstanding", b * 1000, "yen", comma(b))
    a, b = tot["y24"]["rt"], tot["y23"]["rt"]
    h.append(f"<tr><td>収納率</td><td class='n'>{pct(a)}</td><td class='n'>{pct(b)}</td>"
             f"<td class='n'>{a - b:+.2f}ポイント</td></tr></table>")
    F(pg, None, A24, "total", "collection_rate", a, "percent", pct(a))
    F(pg, None, A23, "total", "collection_rate", b, "percent", pct(b))
    h.append(f"<p>　12月末時点の主要6債権の収入未済額は約{o24txt}で、収納率は前年同月を上回っています。"
             "年度末に向けて、現年分の未納が滞納繰越分に移らないよう、早期の催告と滞納処分を続けます。</p>")
    F(pg, None, A24, "total", "outstanding", o24v, "yen", "約" + o24txt, approx=True)
    h.append("<h2>3　債権別の収納率（12月末時点）</h2><p class='r'>（単位：％）</p>"
             "<table><tr><th rowspan='2'>債権名</th><th colspan='2'>令和6年12月末</th><th colspan='2'>令和5年12月末</th></tr>"
             "<tr><th>現年分</th><th>滞納繰越分</th><th>現年分</th><th>滞納繰越分</th></tr>")
    for x in data:
        n = x["name"]
        h.append(f"<tr><td>{n}</td><td class='n'>{x['y24']['rc']:.2f}</td><td class='n'>{x['y24']['ra']:.2f}</td>"
                 f"<td class='n'>{x['y23']['rc']:.2f}</td><td class='n'>{x['y23']['ra']:.2f}</td></tr>")
        for when, k in ((A24, "y24"), (A23, "y23")):
            F(pg, n, when, "current", "collection_rate", x[k]["rc"], "percent", f"{x[k]['rc']:.2f}")
            F(pg, n, when, "arrears", "collection_rate", x[k]["ra"], "percent", f"{x[k]['ra']:.2f}")
    h.append("</table><p class='r' style='text-align:left'>※ 収納率＝収入済額÷調定額。12月末時点のため、現年分の調定には"
             "翌年1月以降に納期限が到来する分を含みます。</p>")
    pages_html.append("".join(h))

    # ---------------------------------------------------------------- pages 2-4: two debts per page
    for i in range(0, len(data), 2):
        pg = len(pages_html) + 1
        h = ["<h2>4　債権別の状況と年度後半の取組</h2>" if i == 0 else ""]
        for x in data[i:i + 2]:
            n = x["name"]
            no = data.index(x) + 1
            h.append(f"<h3>（{no}）{n}（{x['dept']}）</h3>")
            h.append("<p class='r'>（単位：千円）</p><table><tr><th rowspan='2'>区分</th><th colspan='3'>令和6年12月末</th>"
                     "<th colspan='3'>令和5年12月末（前年同月）</th></tr><tr><th>調定額</th><th>収入済額</th><th>収納率</th>"
                     "<th>調定額</th><th>収入済額</th><th>収納率</th></tr>")
            for lab, seg, ka, kc, kr in (("現年分", "current", "ac", "cc", "rc"), ("滞納繰越分", "arrears", "aa", "ca", "ra"),
                                         ("計", "total", "at", "ct", "rt")):
                cells = []
                for when, k in ((A24, "y24"), (A23, "y23")):
                    v = x[k]
                    cells += [comma(v[ka]), comma(v[kc]), pct(v[kr])]
                    F(pg, n, when, seg, "assessed", v[ka] * 1000, "yen", comma(v[ka]))
                    F(pg, n, when, seg, "collected", v[kc] * 1000, "yen", comma(v[kc]))
                    F(pg, n, when, seg, "collection_rate", v[kr], "percent", pct(v[kr]))
                h.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{c}</td>" for c in cells) + "</tr>")
            h.append("</table>")
            # bracketed heading over bullets labelled only by segment
            v24, v23 = x["y24"], x["y23"]
            h.append("<p>【収納率】令和6年12月末時点</p><ul>")
            for lab, seg, kr in (("現年分", "current", "rc"), ("滞納繰越分", "arrears", "ra"), ("全体", "total", "rt")):
                diff = v24[kr] - v23[kr]
                sign = "＋" if diff >= 0 else "△"
                h.append(f"<li>{lab}　{pct(v24[kr])}（前年同月比 {sign}{abs(diff):.2f}ポイント）</li>")
                F(pg, n, A24, seg, "collection_rate", v24[kr], "percent", pct(v24[kr]))
            h.append("</ul>")
            # 【参考】 box with label：value bullets
            fc, fa = x["fin"]
            tc, ta = x["tgt"]
            h.append("<div class='box'><p>【参考】</p><ul>")
            h.append(f"<li>令和5年度決算（現年分）：{fc:.2f}％</li><li>令和5年度決算（滞納繰越分）：{fa:.2f}％</li>")
            F(pg, n, ("令和5年度", 2023), "current", "collection_rate", fc, "percent", f"{fc:.2f}％", basis="actual")
            F(pg, n, ("令和5年度", 2023), "arrears", "collection_rate", fa, "percent", f"{fa:.2f}％", basis="actual")
            if n == "国民健康保険料":
                kc, ka = KOKUHO_FEB
                h.append(f"<li>令和6年2月末（現年分）：{kc:.2f}％</li><li>令和6年2月末（滞納繰越分）：{ka:.2f}％</li>")
                feb = ("令和6年2月末", 2023, "2024-02-29")
                F(pg, n, feb, "current", "collection_rate", kc, "percent", f"{kc:.2f}％")
                F(pg, n, feb, "arrears", "collection_rate", ka, "percent", f"{ka:.2f}％")
            h.append(f"<li>令和6年度目標（現年分）：{tc:.2f}％</li><li>令和6年度目標（滞納繰越分）：{ta:.2f}％</li>")
            F(pg, n, ("令和6年度", 2024), "current", "collection_rate", tc, "percent", f"{tc:.2f}％", basis="target")
            F(pg, n, ("令和6年度", 2024), "arrears", "collection_rate", ta, "percent", f"{ta:.2f}％", basis="target")
            h.append("</ul></div>")
            h.append("<p>年度後半の取組</p>")
            for lab, txt, st in x["acts"]:
                tag = f"【{st}】" if st else ""
                h.append(f"<p style='margin-left:10pt'>{lab}　{txt}{tag}</p>")
                inits.append(initiative(pg, n, 2024, "年度後半の取組", lab, txt, st))
        pages_html.append("".join(h))

    # ---------------------------------------------------------------- render
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    arch = fitz.Archive(FONTDIR)
    writer = fitz.DocumentWriter(str(tmp))
    rect = fitz.paper_rect("a4")
    where = rect + (56, 62, -56, -56)
    for html in pages_html:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        assert not more, "page overflow"
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipag", fontfile=f"{FONTDIR}/ipaexg.ttf")
        page.insert_text((56, 40), "令和6年度 債権回収・整理計画（中間報告）", fontname="ipag", fontsize=7.5, color=(0.3, 0.3, 0.3))
        page.draw_line((56, 46), (rect.width - 56, 46), color=(0.5, 0.5, 0.5), width=0.5)
        page.insert_text((rect.width / 2 - 12, rect.height - 30), f"{i + 1} / {n}", fontname="ipag", fontsize=8)
    doc.save(PDF / f"{STEM}.pdf", garbage=3, deflate=True)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-01-01",
                "date_raw": "令和7年1月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
