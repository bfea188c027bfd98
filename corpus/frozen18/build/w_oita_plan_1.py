"""大分市債権管理重点取組方針 — PyMuPDF Story (HTML), one Story per page, portrait."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w_common import *
import pymupdf

STEM = "w_oita_plan_1"
CITY = "大分市"
TITLE = "大分市債権管理重点取組方針（令和６年度～令和７年度）"
g = Gold(STEM)
FONTDIR = "/usr/share/fonts/opentype"
arch = pymupdf.Archive()
arch.add(pymupdf.Archive(FONTDIR + "/ipaexfont-mincho"))
arch.add(pymupdf.Archive(FONTDIR + "/ipaexfont-gothic"))
CSS = """
@font-face {font-family: m; src: url(ipaexm.ttf);}
@font-face {font-family: gg; src: url(ipaexg.ttf);}
* {font-family: m; font-size: 10pt; line-height: 1.5;}
h1 {font-family: gg; font-size: 15pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: gg; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gg; font-size: 10.5pt; margin: 6pt 0 2pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.r {text-align: right; text-indent: 0; font-size: 9pt; margin: 0;}
p.n {text-indent: 0; font-size: 8.5pt;}
p.i {text-indent: -1em; margin-left: 2em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.5pt solid black; padding: 1pt 3pt; font-size: 9pt; line-height: 1.3;}
th {font-family: gg; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.in {padding-left: 14pt;}
"""

# ------------------------------------------------------------------ data
# 内訳 (千円): (会計, 款, 債権名, R4収入未済額, 前年度比, indent)
ROWS = [
 ("一般会計", "市税", "市税", 3101220, -198540, 0),
 ("一般会計", "市税", "うち　個人市民税", 1802334, -120115, 1),
 ("一般会計", "市税", "うち　固定資産税", 1021560, -70210, 1),
 ("一般会計", "市税", "うち　軽自動車税", 64118, -3305, 1),
 ("一般会計", "分担金及び負担金", "保育所保育料", 98412, -8820, 0),
 ("一般会計", "分担金及び負担金", "児童福祉施設入所者負担金", 5210, 410, 0),
 ("一般会計", "使用料及び手数料", "市営住宅使用料", 88605, -4102, 0),
 ("一般会計", "使用料及び手数料", "行政財産使用料", 2104, -96, 0),
 ("一般会計", "諸収入", "生活保護費返還金", 1052330, -61200, 0),
 ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 41877, -2930, 0),
 ("一般会計", "諸収入", "災害援護資金貸付金", 12340, -1150, 0),
 ("一般会計", "諸収入", "奨学資金貸付金", 60220, -3880, 0),
 ("一般会計", "諸収入", "その他", None, -7600, 0),
 ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 2741905, -163030, 0),
 ("国民健康保険事業特別会計", "諸収入", "返納金", 45870, -3970, 0),
 ("介護保険事業特別会計", "保険料", "介護保険料", 291340, -13225, 0),
 ("介護保険事業特別会計", "諸収入", "返納金", 6880, -780, 0),
 ("後期高齢者医療特別会計", "保険料", "後期高齢者医療保険料", 80912, -6840, 0),
 ("水道事業会計", "営業収益", "水道料金", 195770, -9450, 0),
 ("下水道事業会計", "営業収益", "下水道使用料", 120455, -8115, 0),
 ("下水道事業会計", "その他", "受益者負担金", 12610, -905, 0),
]
# その他 so that 一般会計 subtotal = 4,502,609
gen_parents = sum(r[3] for r in ROWS if r[0] == "一般会計" and r[5] == 0 and r[3] is not None)
ROWS[12] = ROWS[12][:3] + (4502609 - gen_parents,) + ROWS[12][4:]
ACCS = []
for r in ROWS:
    if r[0] not in ACCS:
        ACCS.append(r[0])
SUB = {a: sum(r[3] for r in ROWS if r[0] == a and r[5] == 0) for a in ACCS}
SUBD = {a: sum(r[4] for r in ROWS if r[0] == a and r[5] == 0) for a in ACCS}
TOT, TOTD = sum(SUB.values()), sum(SUBD.values())
ACC_R4 = {a: round(SUB[a] / 1000) for a in ACCS}
ACC_R3 = {a: round((SUB[a] - SUBD[a]) / 1000) for a in ACCS}
TOT_R4, TOT_R3 = round(TOT / 1000), round((TOT - TOTD) / 1000)

pages = []
def fact_yen(debt, debt_raw, fy, fyr, seg, metric, v, raw, page, approx=False):
    g.fact(debt, fy, fyr, seg, metric, "actual", v, "yen", raw, page, approx=approx, debt_raw=debt_raw)

# ------------------------------------------------------------------ page 1
pg = 1
RAW_NOW, RAW_PEAK, RAW_DIFF = "約８０億円", "約１５８億円", "約７８億円"
h = [f"<h1>{TITLE}</h1>", "<p class='r'>令和６年３月　大分市財務部</p>",
     "<h2>１　策定の趣旨</h2>",
     "<p>本市は、平成２１年度に「大分市債権管理適正化指針」を定め、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできた。"
     f"その結果、令和４年度決算における全会計の収入未済額は{RAW_NOW}となり、ピークであった平成２０年度の{RAW_PEAK}から{RAW_DIFF}縮減した。</p>",
     "<p>一方で、物価高騰の影響により納付が困難となる世帯の増加が見込まれることから、滞納の未然防止と早期の対応を一層進める必要がある。"
     "このため、令和６年度から令和７年度までの２年間に重点的に取り組む事項と債権ごとの目標を本方針として定める。</p>",
     "<h2>＜本市の債権の状況＞</h2>",
     "<h3>会計別の収入未済額の推移</h3><p class='r'>（単位：百万円）</p>",
     "<table><tr><th>会計名</th><th>令和３年度</th><th>令和４年度</th><th>増減</th></tr>"]
g.fact(None, 2022, "令和４年度", "total", "outstanding", "actual", 8_000_000_000, "yen", RAW_NOW, pg, approx=True, debt_raw="全会計")
g.fact(None, 2008, "平成２０年度", "total", "outstanding", "actual", 15_800_000_000, "yen", RAW_PEAK, pg, approx=True, debt_raw="全会計")
for a in ACCS + ["合計"]:
    r3, r4 = (TOT_R3, TOT_R4) if a == "合計" else (ACC_R3[a], ACC_R4[a])
    h.append(f"<tr><td>{a}</td><td class='n'>{comma(r3)}</td><td class='n'>{comma(r4)}</td><td class='n'>{tri(r4 - r3)}</td></tr>")
    for fy, fyr, v in ((2021, "令和３年度", r3), (2022, "令和４年度", r4)):
        g.fact(None, fy, fyr, "total", "outstanding", "actual", v * 1_000_000, "yen", comma(v), pg, debt_raw=a)
h.append("</table><p class='n'>※表示単位未満を四捨五入しているため、各会計の計と合計が一致しない場合がある。"
         "水道事業会計及び下水道事業会計は、３月３１日現在の未収金の額である。</p>")
pages.append("".join(h))

# ------------------------------------------------------------------ pages 2-3: 内訳 (split, no header on page 3)
def detail_rows(rows, page, with_sub):
    out = []
    accs = []
    for r in rows:
        if r[0] not in accs:
            accs.append(r[0])
    for a in accs:
        rs = [r for r in rows if r[0] == a]
        first = True
        kans = []
        for r in rs:
            if r[1] not in kans:
                kans.append(r[1])
        for kan in kans:
            ks = [r for r in rs if r[1] == kan]
            for j, (acc, k, name, v, dv, ind) in enumerate(ks):
                cells = ""
                if first:
                    cells += f"<td rowspan='{len(rs)}'>{acc}</td>"
                    first = False
                if j == 0:
                    cells += f"<td rowspan='{len(ks)}'>{k}</td>"
                cls = " class='in'" if ind else ""
                cells += f"<td{cls}>{name}</td><td class='n'>{comma(v)}</td><td class='n'>{tri(dv)}</td>"
                out.append(f"<tr>{cells}</tr>")
                nm = name.replace("うち　", "")
                debt = None if name in ("その他", "返納金") else nm
                fact_yen(debt, name, 2022, "令和４年度", "total", "outstanding", v * 1000, comma(v), page)
        if with_sub:
            out.append(f"<tr><td colspan='3'>{a}　小計</td><td class='n'>{comma(SUB[a])}</td><td class='n'>{tri(SUBD[a])}</td></tr>")
            fact_yen(None, f"{a}　小計", 2022, "令和４年度", "total", "outstanding", SUB[a] * 1000, comma(SUB[a]), page)
    return "".join(out)

p2rows = [r for r in ROWS if r[0] in ACCS[:2]]
p3rows = [r for r in ROWS if r[0] in ACCS[2:]]
pg = 2
h = ["<h3>令和４年度（２０２２年度）債権別の収入未済額内訳</h3><p class='r'>（単位：千円）</p>",
     "<table><tr><th>会計</th><th>款</th><th>債権名</th><th>収入未済額</th><th>前年度比</th></tr>",
     detail_rows(p2rows, pg, True), "</table>"]
pages.append("".join(h))
pg = 3
h = ["<table>", detail_rows(p3rows, pg, True),
     f"<tr><td colspan='3'>合　　計</td><td class='n'>{comma(TOT)}</td><td class='n'>{tri(TOTD)}</td></tr></table>",
     "<p class='n'>※前年度比は令和３年度決算との差（△は減少）。「うち」書きは内数である。</p>"]
fact_yen(None, "合計", 2022, "令和４年度", "total", "outstanding", TOT * 1000, comma(TOT), pg)
kk = [r for r in ROWS if r[2] == "国民健康保険税"][0][3]
man_kk = round(kk * 1000 / 1_000_000) * 100
RAW_KK = f"約{zen(man_kk // 10000)}億{zen(comma(man_kk % 10000))}万円"
h += ["<h2>２　これまでの取組の成果と課題</h2>",
      "<p>市税の収納率は、令和４年度決算で９８．８５％（現年課税分９９．５８％、滞納繰越分３０．１２％）となり、"
      "前指針の取組開始時（平成２９年度）の９７．６０％から１．２５ポイント上昇した。口座振替の推進とスマートフォン決済の導入により、"
      "現年課税分の納期内納付が定着しつつある。</p>",
      f"<p>国民健康保険税は、収納率が８７．２％と県内市の平均を下回っており、収入未済額は{RAW_KK}と全会計の約３割を占めている。"
      "加入者の高齢化と低所得世帯の割合の高さが要因であり、現年度分の早期対応が課題である。</p>",
      "<p>私法上の債権では、市営住宅使用料や各種貸付金において、連帯保証人への請求や法的措置の実施が所管課ごとに異なっており、"
      "全庁で統一した手順による管理が求められる。</p>"]
g.fact("市税", 2022, "令和４年度", "total", "collection_rate", "actual", 98.85, "percent", "９８．８５％", pg)
g.fact("市税", 2022, "令和４年度", "current", "collection_rate", "actual", 99.58, "percent", "９９．５８％", pg)
g.fact("市税", 2022, "令和４年度", "arrears", "collection_rate", "actual", 30.12, "percent", "３０．１２％", pg)
g.fact("市税", 2017, "平成２９年度", "total", "collection_rate", "actual", 97.60, "percent", "９７．６０％", pg)
g.fact("国民健康保険税", 2022, "令和４年度", "total", "collection_rate", "actual", 87.2, "percent", "８７．２％", pg)
g.fact("国民健康保険税", 2022, "令和４年度", "total", "outstanding", "actual", man_kk * 10000, "yen", RAW_KK, pg, approx=True)
pages.append("".join(h))

# ------------------------------------------------------------------ page 4: 目標 (debts per column) and 取組
pg = 4
TD = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
TG = {  # seg -> rows of (label, fy, fyr, basis, values per debt)
 "current": [("令和４年度実績", 2022, "actual", ["99.58", "94.30", "99.12", "99.70", "98.45", "97.20"]),
             ("令和６年度目標", 2024, "target", ["99.62", "94.60", "99.15", "99.72", "98.60", "97.50"]),
             ("令和７年度目標", 2025, "target", ["99.65", "94.80", "99.18", "99.74", "98.70", "97.70"])],
 "arrears": [("令和４年度実績", 2022, "actual", ["30.12", "21.05", "14.80", "25.33", "17.90", "12.45"]),
             ("令和６年度目標", 2024, "target", ["31.00", "22.00", "15.50", "26.00", "19.00", "13.50"]),
             ("令和７年度目標", 2025, "target", ["31.50", "22.50", "16.00", "26.50", "19.50", "14.00"])],
}
h = ["<h2>３　債権ごとの目標収納率</h2><p class='r'>単位：％</p>",
     "<table><tr><th colspan='2'>区分</th>" + "".join(f"<th>{x}</th>" for x in TD) + "</tr>"]
for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
    for i, (rl, fy, basis, vals) in enumerate(TG[seg]):
        cells = f"<td rowspan='3'>{lab}</td>" if i == 0 else ""
        cells += f"<td>{rl}</td>" + "".join(f"<td class='n'>{v}</td>" for v in vals)
        h.append(f"<tr>{cells}</tr>")
        for debt, v in zip(TD, vals):
            g.fact(debt, fy, rl, seg, "collection_rate", basis, float(v), "percent", v, pg)
h.append("</table><p class='n'>※目標は大分市行財政改革推進計画の指標と整合を図っている。</p>")
h.append("<h2>４　重点取組項目</h2>")
ITEMS = [
 ("滞納の未然防止", [("口座振替の原則化を進め、新規の納付義務者には申込書を同封した案内を送付する。", "継続", False),
                    ("スマートフォン決済及びクレジットカード納付の対象債権を拡大する。", "拡充", True)]),
 ("早期対応と滞納整理の強化", [("納期限後の督促から催告、財産調査までの標準日程を全庁で統一する。", "新規", False),
                          ("強制徴収公債権は、財産調査の結果に基づき、速やかに差押え等の滞納処分を行う。", "継続", False),
                          ("私債権は、履行期限から６か月を経過したものについて、支払督促等の法的措置を検討する。", "継続", True)]),
 ("適正な債権の整理", [("徴収の見込みがない債権は、債権管理条例に基づき、徴収停止及び債権放棄を適切に行う。", "継続", False)]),
 ("債権管理体制の強化", [("債権管理課による所管課への助言と、困難事案の引受けを行う。", "継続", False),
                        ("債権管理研修を年２回開催し、所管課職員の実務能力の向上を図る。", "拡充", False)]),
]
for n, (sec, its) in enumerate(ITEMS, 1):
    h.append(f"<h3>（{n}）{sec}</h3>")
    for i, (t, st, wrapnext) in enumerate(its):
        lb = "アイウエオ"[i]
        tag = f"<br/>【{st}】" if wrapnext else f"【{st}】"
        h.append(f"<p class='i'>{lb}　{t}{tag}</p>")
        g.init(None, 2024, sec, lb, t, st, pg)
pages.append("".join(h))

# ------------------------------------------------------------------ render
tmp = os.path.join(OUT, STEM + "_raw.pdf")
w = pymupdf.DocumentWriter(tmp)
for html in pages:
    st = pymupdf.Story(html, user_css=CSS, archive=arch)
    dev = w.begin_page(pymupdf.paper_rect("a4"))
    more, _ = st.place(pymupdf.Rect(56, 60, 539, 790))
    st.draw(dev)
    w.end_page()
    assert more == 0, "page overflow"
w.close()
doc = pymupdf.open(tmp)
for i, p in enumerate(doc):
    p.insert_font(fontname="hm", fontfile=FONTDIR + "/ipaexfont-mincho/ipaexm.ttf")
    p.insert_text((400, 38), "大分市債権管理重点取組方針", fontname="hm", fontsize=8)
    p.insert_text((290, 815), f"- {i + 1} -", fontname="hm", fontsize=9)
final = os.path.join(ROOT, "pdf", STEM + ".pdf")
doc.subset_fonts()
doc.save(final, garbage=4, deflate=True)
ok = g.write(final, {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和６年３月"})
print("OK" if ok else "FAIL")
