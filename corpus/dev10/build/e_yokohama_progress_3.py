"""横浜市 未収債権の回収・整理計画（中間報告） — PyMuPDF Story (HTML) with drawn header/footer.

Modelled on a 徴収計画 that prints one debt per row with 実績 | 目標 side by side (現年度分収納率 / 収入未済額)
https://expydoc.com/doc/10930897/ and on the 債権回収・整理計画（中間報告） wording of
https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html ;
per-debt sections keep the mid-year content of the family (10月末 rates with 前年同月, 決算見込, 目標, 主な取組,
ward table) in another city's labels (収入率, 現年度分/過年度分, 未収金残高, units in the title).
"""
import random

import fitz

from e_common import OUT, PDF_DIR, Gold, comma

STEM = "e_yokohama_progress_3"
CITY = "横浜市"
TITLE = "令和７年度　未収債権の回収・整理計画（中間報告）"
AS_OF, PREV = "2025-10-31", "2024-10-31"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

CSS = """
@font-face {font-family: goth; src: url(ipaexg.ttf);}
@font-face {font-family: minc; src: url(ipaexm.ttf);}
body {font-family: minc; font-size: 10pt; line-height: 1.45;}
h1 {font-family: goth; font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-family: goth; font-size: 11.5pt; margin: 10pt 0 3pt 0;}
h3 {font-family: goth; font-size: 10.5pt; margin: 8pt 0 2pt 0;}
p {margin: 1pt 0 2pt 0; text-indent: 1em;}
p.r {text-align: right; text-indent: 0;}
p.n {text-indent: 0; margin-left: 2em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 9pt;}
th {font-family: goth; background-color: #e8e8e8; font-weight: normal; text-align: center;}
td.v {text-align: right;}
div.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
div.unit {text-align: right; font-size: 8.5pt;}
"""

# name: (現年 6決算, 7目標, 10月末, 前年同月, 過年 6決算, 7目標, 10月末, 前年同月)
SUMMARY = [
    ("市税", "99.3", "99.4", "64.1", "63.8", "33.5", "34.0", "21.2", "20.6"),
    ("国民健康保険料", "94.6", "94.8", "58.3", "57.9", "24.7", "25.5", "14.8", "14.9"),
    ("介護保険料", "98.7", "98.8", "55.2", "55.0", "17.9", "18.5", "10.4", "9.8"),
    ("後期高齢者医療保険料", "99.4", "99.5", "56.9", "56.6", "40.2", "41.0", "27.5", "26.3"),
    ("保育料", "98.2", "98.5", "60.7", "59.9", "16.4", "17.0", "9.1", "9.6"),
    ("市営住宅使用料", "97.1", "97.5", "80.3", "80.8", "12.6", "13.0", "7.7", "7.2"),
]
TOTAL = ("計", "98.5", "98.7", "61.8", "61.4", "28.9", "29.6", "19.7", "19.7")
WARDS = ["鶴見区", "神奈川区", "西区", "中区", "南区", "港南区", "保土ケ谷区", "旭区", "磯子区", "金沢区", "港北区",
         "緑区", "青葉区", "都筑区", "戸塚区", "栄区", "泉区", "瀬谷区"]

SECTIONS = [
    {"debt": "市税", "ka": "財政局徴収対策部", "est": ("99.3", "33.8"), "zan": ("令和６年度末未収金残高", "9,862百万円", 9862000000),
     "items": [
         ("(1)", "高額・困難事案は徴収対策部で引き継ぎ、捜索及びインターネット公売を計画的に実施する。", "継続", False),
         ("(2)", "現年度分の新規滞納者にはSMS催告を送信し、納期限後１か月以内の納付を促す。", "拡充", False),
         ("(3)", "給与照会を電子化し、給与差押えまでの期間を短縮する。", "新規", True),
     ]},
    {"debt": "国民健康保険料", "ka": "健康福祉局保険年金課", "est": ("94.6", "25.1"),
     "zan": ("令和６年度末未収金残高", "7,415百万円", 7415000000),
     "items": [
         ("(1)", "資格喪失世帯の未納保険料について、喪失手続時に納付相談を行う。", "継続", False),
         ("(2)", "財産調査の結果、差押可能財産が判明した世帯には速やかに差押予告を送付する。", "継続", False),
         ("(3)", "収入率が低い区には、保険年金課の収納指導員が巡回して助言する。", "拡充", True),
     ]},
    {"debt": "保育料", "ka": "こども青少年局保育・教育運営課", "est": ("98.3", "16.6"),
     "zan": ("令和６年度末未収金残高", "642百万円", 642000000),
     "items": [
         ("(1)", "児童手当からの徴収の申出を、入所決定時に全世帯へ案内する。", "継続", False),
         ("(2)", "退所児童の滞納分は、退所後３か月以内に納付計画を取り付ける。", "新規", False),
     ]},
]


def ward_rows():
    rnd = random.Random(1031)
    nat = next(s for s in SUMMARY if s[0] == "国民健康保険料")
    rows = []
    for w in WARDS:
        c7 = round(float(nat[3]) + rnd.uniform(-3.5, 3.5), 1)
        c6 = round(c7 + rnd.uniform(-1.5, 1.2), 1)
        a7 = round(float(nat[7]) + rnd.uniform(-3.0, 3.0), 1)
        a6 = round(a7 + rnd.uniform(-1.5, 1.5), 1)
        rows.append((w, f"{c7:.1f}", f"{c6:.1f}", f"{a7:.1f}", f"{a6:.1f}"))
    rows.append(("全市", nat[3], nat[4], nat[7], nat[8]))
    return rows


def d(a, b):
    v = round(float(a) - float(b), 1)
    return "△" + f"{abs(v):.1f}" if v < 0 else f"{v:.1f}"


def main():
    g = Gold(STEM, "progress_report", CITY, TITLE, "2025-12-01", "令和７年12月")
    h = []
    h.append("<p class='r'>令和７年12月<br>財政局徴収対策部</p>")
    h.append(f"<h1>{TITLE}</h1>")
    h.append("<h2>１　概要</h2>")
    tot = TOTAL
    h.append(f"<p>主要６債権の令和７年10月末現在の収入率は、現年度分が{tot[3]}％で前年同月を0.4ポイント上回り、"
             f"過年度分は{tot[7]}％で前年同月と同水準となった。令和６年度決算における全会計の未収金残高は約243億円で、"
             "前年度から約11億円縮減した。下半期は、年度末の出納整理期間までに現年度分の滞納を解消することに重点を置き、"
             "各債権の目標収入率の達成をめざす。</p>")
    g.fact(None, 2025, "令和７年10月末現在", "current", "collection_rate", "interim", float(tot[3]), "percent", f"{tot[3]}％", as_of=AS_OF)
    g.fact(None, 2025, "令和７年10月末現在", "arrears", "collection_rate", "interim", float(tot[7]), "percent", f"{tot[7]}％", as_of=AS_OF)
    g.fact(None, 2024, "令和６年度決算", "total", "outstanding", "actual", 24300000000, "yen", "約243億円", approx=True)

    h.append("<h2>２　主要債権の収入率（令和７年10月末現在）</h2>")
    h.append("<div class='unit'>（単位：％）</div>")
    h.append("<table><tr><th rowspan='2'>債権名</th><th colspan='4'>現年度分</th><th colspan='4'>過年度分</th></tr>"
             "<tr>" + "<th>６年度決算</th><th>７年度目標</th><th>10月末</th><th>前年同月</th>" * 2 + "</tr>")
    for r in SUMMARY + [TOTAL]:
        h.append("<tr><td>" + r[0] + "</td>" + "".join(f"<td class='v'>{v}</td>" for v in r[1:]) + "</tr>")
        debt = None if r[0] == "計" else r[0]
        for seg, o in (("current", 1), ("arrears", 5)):
            hint = ["主要債権の収入率"]
            g.fact(debt, 2024, "６年度決算", seg, "collection_rate", "actual", float(r[o]), "percent", r[o], debt_raw=r[0], hint=hint)
            g.fact(debt, 2025, "７年度目標", seg, "collection_rate", "target", float(r[o + 1]), "percent", r[o + 1], debt_raw=r[0], hint=hint)
            g.fact(debt, 2025, "10月末", seg, "collection_rate", "interim", float(r[o + 2]), "percent", r[o + 2], as_of=AS_OF, debt_raw=r[0], hint=hint)
            g.fact(debt, 2024, "前年同月", seg, "collection_rate", "interim", float(r[o + 3]), "percent", r[o + 3], as_of=PREV, debt_raw=r[0], hint=hint)
    h.append("</table>")
    h.append("<p class='n'>※収入率＝収入済額÷調定額。前年同月は令和６年10月末現在。計は主要６債権の合計による。</p>")

    h.append("<h2>３　債権ごとの取組状況</h2>")
    for k, sec in enumerate(SECTIONS, 1):
        debt = sec["debt"]
        s = next(x for x in SUMMARY if x[0] == debt)
        title = f"（{k}）債権ごとの取組状況（{debt}）"
        h.append(f"<h3>{title}</h3>")
        h.append(f"<p class='n'>所管：{sec['ka']}</p>")
        h.append("<p class='n'>【収入率】令和７年10月末時点<br>"
                 f"・現年度分　{s[3]}％（前年同月 {s[4]}％）<br>・過年度分　{s[7]}％（前年同月 {s[8]}％）</p>")
        hint = []
        g.fact(debt, 2025, "令和７年10月末時点", "current", "collection_rate", "interim", float(s[3]), "percent", f"{s[3]}％", as_of=AS_OF, hint=hint)
        g.fact(debt, 2024, "前年同月", "current", "collection_rate", "interim", float(s[4]), "percent", f"{s[4]}％", as_of=PREV, hint=hint)
        g.fact(debt, 2025, "令和７年10月末時点", "arrears", "collection_rate", "interim", float(s[7]), "percent", f"{s[7]}％", as_of=AS_OF, hint=hint)
        g.fact(debt, 2024, "前年同月", "arrears", "collection_rate", "interim", float(s[8]), "percent", f"{s[8]}％", as_of=PREV, hint=hint)
        e1, e2 = sec["est"]
        h.append(f"<p class='n'>【決算見込】<br>・現年度分　{e1}％（目標 {s[2]}％）<br>・過年度分　{e2}％（目標 {s[6]}％）</p>")
        g.fact(debt, 2025, "決算見込", "current", "collection_rate", "estimate", float(e1), "percent", f"{e1}％", hint=hint)
        g.fact(debt, 2025, "目標", "current", "collection_rate", "target", float(s[2]), "percent", f"{s[2]}％", hint=hint)
        g.fact(debt, 2025, "決算見込", "arrears", "collection_rate", "estimate", float(e2), "percent", f"{e2}％", hint=hint)
        g.fact(debt, 2025, "目標", "arrears", "collection_rate", "target", float(s[6]), "percent", f"{s[6]}％", hint=hint)
        h.append("<p class='n'>下半期の主な取組</p>")
        for lab, text, st, wrap in sec["items"]:
            tag = f"<br>【{st}】" if wrap else f"【{st}】"
            h.append(f"<p class='n'>{lab}　{text}{tag}</p>")
            g.init(debt, 2025, title.replace(f"（{k}）", ""), lab, text, st)
        zl, zv, zyen = sec["zan"]
        h.append(f"<div class='box'>【参考】<br>・{zl}：{zv}<br>・所管課数：{1 if k != 2 else 19}課"
                 f"{'（本庁及び18区保険年金課）' if k == 2 else ''}</div>")
        g.fact(debt, 2024, "令和６年度末", "total", "outstanding", "actual", zyen, "yen", zv, hint=hint)
        if debt == "国民健康保険料":
            h.append("<p class='n'>区別の収入率（10月末現在、単位：％）</p>")
            h.append("<table><tr><th rowspan='2'>区</th><th colspan='3'>現年度分</th><th colspan='3'>過年度分</th></tr>"
                     "<tr><th>令和７年度</th><th>令和６年度</th><th>増減</th><th>令和７年度</th><th>令和６年度</th><th>増減</th></tr>")
            for w, c7, c6, a7, a6 in ward_rows():
                h.append(f"<tr><td>{w}</td><td class='v'>{c7}</td><td class='v'>{c6}</td><td class='v'>{d(c7, c6)}</td>"
                         f"<td class='v'>{a7}</td><td class='v'>{a6}</td><td class='v'>{d(a7, a6)}</td></tr>")
                area = None if w == "全市" else w
                hint2 = [w, "区別の収入率"]
                for seg, v7, v6 in (("current", c7, c6), ("arrears", a7, a6)):
                    g.fact(debt, 2025, "令和７年度", seg, "collection_rate", "interim", float(v7), "percent", v7, as_of=AS_OF, area=area, hint=hint2)
                    g.fact(debt, 2024, "令和６年度", seg, "collection_rate", "interim", float(v6), "percent", v6, as_of=PREV, area=area, hint=hint2)
            h.append("</table>")

    html = "<body>" + "".join(h) + "</body>"
    arch = fitz.Archive()
    arch.add(open(GOTHIC, "rb").read(), "ipaexg.ttf")
    arch.add(open(MINCHO, "rb").read(), "ipaexm.ttf")
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    OUT.mkdir(exist_ok=True)
    tmp = OUT / f"{STEM}_raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (54, 62, -54, -58)
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
        page.insert_text((54, 40), "債権回収・整理計画（中間報告）　横浜市財政局", fontname="g", fontsize=8)
        page.draw_line((54, 46), (541, 46), width=0.5)
        page.insert_text((285, 815), f"－{i + 1}－", fontname="g", fontsize=9)
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    g.finish(pdf)


if __name__ == "__main__":
    main()
