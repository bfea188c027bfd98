"""松山市債権管理計画（令和６年度～令和８年度） -> PyMuPDF Story (HTML).
会計別 tables modelled on the 松山市各会計決算審査意見書 (https://documents.pub/document/-w-0-b-0b-i-lg-w-5-4-g-b-0b-i-1-b-0-6-.html)
and the account/款/債権 breakdown of a plan; the document itself and all figures are invented."""
import pymupdf

from w_common import Gold, OUT, PDF_DIR, c

STEM = "w_matsuyama_keikaku_1"
CITY = "松山市"
g = Gold()
CSS = """
* {font-family: serif; font-size: 10.5pt;}
h1 {font-size: 20pt; text-align: center; margin-top: 120pt;}
h2 {font-size: 13pt; margin-top: 10pt; margin-bottom: 4pt; border-bottom: 1px solid black;}
h3 {font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt;}
p {margin-top: 2pt; margin-bottom: 2pt; line-height: 1.5; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {background-color: #dddddd; font-weight: normal;}
td.n {text-align: right;}
p.ni {text-indent: 0;}
p.item {text-indent: -1.5em; margin-left: 1.5em;}
"""
PB = '<p style="page-break-before: always"></p>'
# (会計, 款, 債権名, R4収入未済額(円))
ROWS = [
    ("一般会計", "市税", "市民税（個人・法人）", 612_447_310),
    ("一般会計", "市税", "固定資産税・都市計画税", 598_302_118),
    ("一般会計", "市税", "軽自動車税（種別割）", 41_688_900),
    ("一般会計", "市税", "市たばこ税・入湯税", 17_561_672),
    ("一般会計", "分担金及び負担金", "保育所保育料", 48_902_650),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 112_450_380),
    ("一般会計", "使用料及び手数料", "道路占用料", 3_208_470),
    ("一般会計", "諸収入", "生活保護費返還金", 287_334_905),
    ("一般会計", "諸収入", "災害援護資金貸付金", 21_870_000),
    ("一般会計", "諸収入", "その他雑入", 9_233_595),
    ("国民健康保険事業特別会計", "国民健康保険料", "国民健康保険料", 1_406_118_224),
    ("国民健康保険事業特別会計", "諸収入", "一般被保険者返納金", 18_431_776),
    ("介護保険事業特別会計", "保険料", "介護保険料", 198_776_450),
    ("介護保険事業特別会計", "諸収入", "介護給付費返還金", 6_023_550),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 38_520_100),
    ("母子父子寡婦福祉資金貸付事業特別会計", "諸収入", "母子父子寡婦福祉資金貸付金", 62_409_900),
]
ACC = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療特別会計",
       "母子父子寡婦福祉資金貸付事業特別会計"]
# make every account sum a multiple of 1,000 yen (adjust its last row)
for a in ACC:
    idx = [i for i, r in enumerate(ROWS) if r[0] == a]
    s = sum(ROWS[i][3] for i in idx)
    last = idx[-1]
    ROWS[last] = ROWS[last][:3] + (ROWS[last][3] - s % 1000,)
acc_r4 = {a: sum(r[3] for r in ROWS if r[0] == a) // 1000 for a in ACC}
acc_hist = {"一般会計": (1_968_220, 1_872_004), "国民健康保険事業特別会計": (1_592_331, 1_520_877),
            "介護保険事業特別会計": (231_450, 214_306), "後期高齢者医療特別会計": (44_208, 41_733),
            "母子父子寡婦福祉資金貸付事業特別会計": (71_905, 66_118)}
tot = [sum(acc_hist[a][0] for a in ACC), sum(acc_hist[a][1] for a in ACC), sum(acc_r4.values())]
total_yen = sum(r[3] for r in ROWS)
assert total_yen == tot[2] * 1000


def oku(v_thousand):
    """千円 -> '約38億4,000万円' (rounded to 1,000万円)."""
    man = round(v_thousand / 10000) * 1000  # 万円, rounded to 1,000万円
    o, m = divmod(man, 10000)
    return (f"約{o}億{m:,}万円" if m else f"約{o}億円"), man * 10000


h = []
h.append("<h1>松山市債権管理計画</h1>")
h.append('<p class="ni" style="text-align:center; font-size:13pt">（令和６年度～令和８年度）</p>')
h.append('<p class="ni" style="text-align:center; margin-top:200pt; font-size:13pt">令和６年３月<br/>松　山　市</p>')
h.append(PB)
h.append("<h2>第１章　計画策定の趣旨</h2>")
s_all4, v_all4 = oku(tot[2])
s_all3, v_all3 = oku(tot[1])
tax = sum(r[3] for r in ROWS if r[1] == "市税") // 1000
s_tax, v_tax = oku(tax)
s_kok, v_kok = oku(acc_r4["国民健康保険事業特別会計"])
h.append("<p>本市では、平成２９年に松山市債権管理条例を制定し、債権の発生から消滅までの事務を全庁統一の基準により"
         "進めてきた。令和４年度決算における本市の全会計の収入未済額は" + s_all4 + "となり、前年度の" + s_all3 +
         "から減少したものの、依然として多額の収入未済が存在している。</p>")
h.append("<p>このうち市税の収入未済額は" + s_tax + "、国民健康保険事業特別会計は" + s_kok + "であり、両者で全体の"
         "約７割を占めている。市民負担の公平性を確保し、健全な財政運営に資するため、ここに第３次の債権管理計画を定める。</p>")
S1 = "第１章　計画策定の趣旨"
g.fact(None, 2022, "令和４年度", "total", "outstanding", "actual", v_all4, "yen", s_all4, approx=True, sec=S1,
       debt_raw="全会計")
g.fact(None, 2021, "前年度", "total", "outstanding", "actual", v_all3, "yen", s_all3, approx=True, sec=S1,
       debt_raw="全会計")
g.fact("市税", 2022, "令和４年度", "total", "outstanding", "actual", v_tax, "yen", s_tax, approx=True, sec=S1)
g.fact(None, 2022, "令和４年度", "total", "outstanding", "actual", v_kok, "yen", s_kok, approx=True, sec=S1,
       debt_raw="国民健康保険事業特別会計")
h.append("<h2>第２章　本市の債権の状況</h2>")
h.append("<h3>（１）会計別収入未済額の推移（単位：千円）</h3>")
Y = [("令和２年度<br/>（2020年度）", 2020, "令和２年度（2020年度）"), ("令和３年度<br/>（2021年度）", 2021, "令和３年度（2021年度）"),
     ("令和４年度<br/>（2022年度）", 2022, "令和４年度（2022年度）")]
h.append("<table><tr><th>会計名</th>" + "".join(f"<th>{y[0]}</th>" for y in Y) + "<th>増減<br/>（R4－R3）</th></tr>")
S2 = "（１）会計別収入未済額の推移"
for a in ACC + ["合計"]:
    vals = list(acc_hist[a]) + [acc_r4[a]] if a != "合計" else tot
    h.append(f"<tr><td>{a}</td>" + "".join(f"<td class='n'>{c(v)}</td>" for v in vals) +
             f"<td class='n'>{c(vals[2] - vals[1])}</td></tr>")
    for (yl, fy, raw_y), v in zip(Y, vals):
        g.fact(None, fy, raw_y, "total", "outstanding", "actual", v * 1000, "yen", c(v), sec=S2, row=a, debt_raw=a)
h.append("</table>")
h.append('<p class="ni" style="font-size:9pt">※ 増減欄の△は減少を示す。公営企業会計（水道・下水道）は含まない。</p>')
h.append("<h3>（２）令和４年度 債権別収入未済額内訳</h3>")
h.append('<p class="ni" style="text-align:right; font-size:9pt">（単位：円）</p>')
h.append("<table><tr><th>会計名称</th><th>款名称</th><th>債権名</th><th>収入未済額</th></tr>")
S3 = "（２）令和４年度 債権別収入未済額内訳"
for i, (a, k, n, v) in enumerate(ROWS):
    first_a = i == 0 or ROWS[i - 1][0] != a
    first_k = first_a or ROWS[i - 1][1] != k
    na = sum(1 for r in ROWS if r[0] == a)
    nk = sum(1 for r in ROWS if r[0] == a and r[1] == k)
    cells = ""
    if first_a:
        cells += f"<td rowspan='{na}'>{a}</td>"
    if first_k:
        cells += f"<td rowspan='{nk}'>{k}</td>"
    h.append(f"<tr>{cells}<td>{n}</td><td class='n'>{c(v)}</td></tr>")
    debt = None if n == "その他雑入" else n
    g.fact(debt, 2022, "令和４年度", "total", "outstanding", "actual", v, "yen", c(v), sec=S3, row=n, debt_raw=n)
h.append(f"<tr><td colspan='3' style='text-align:center'>合　計</td><td class='n'>{c(total_yen)}</td></tr></table>")
g.fact(None, 2022, "令和４年度", "total", "outstanding", "actual", total_yen, "yen", c(total_yen), sec=S3, row="合　計",
       debt_raw="合計")
h.append("<h3>（３）主な債権の収納率の推移</h3>")
DEB = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料"]
RATES = {"令和２年度": (97.21, 88.45, 98.66, 99.12), "令和３年度": (97.58, 89.30, 98.71, 99.20),
         "令和４年度": (97.93, 90.12, 98.80, 99.27), "目標（令和８年度）": (98.40, 91.50, 99.00, 99.40)}
FYR = {"令和２年度": (2020, "actual"), "令和３年度": (2021, "actual"), "令和４年度": (2022, "actual"),
       "目標（令和８年度）": (2026, "target")}
h.append("<table><tr><th>年度</th>" + "".join(f"<th>{x}</th>" for x in DEB) + "</tr>")
S4 = "（３）主な債権の収納率の推移"
for y, vals in RATES.items():
    h.append(f"<tr><td>{y}</td>" + "".join(f"<td class='n'>{v:.2f}%</td>" for v in vals) + "</tr>")
    for dname, v in zip(DEB, vals):
        g.fact(dname, FYR[y][0], y, "total", "collection_rate", FYR[y][1], v, "percent", f"{v:.2f}%", sec=S4, row=y)
h.append("</table>")
h.append('<p class="ni" style="font-size:9pt">※ 収納率は現年度分と滞納繰越分の合計による。</p>')
h.append("<h2>第３章　今後の取組</h2>")
ITEMS = [
    ("（１）滞納の未然防止", [("①", "口座振替やスマートフォン決済など、納付しやすい環境を整備し、期限内納付を促進する。"),
                        ("②", "納期限を過ぎた債権には、督促状の送付後速やかに電話・文書による催告を行う。")]),
    ("（２）滞納処分等の強化", [("①", "強制徴収公債権は、財産調査を早期に行い、差押え等の滞納処分を徹底する。"),
                         ("②", "非強制徴収公債権及び私債権は、支払督促などの法的措置を計画的に活用する。"),
                         ("③", "回収が困難な債権は、執行停止や債権放棄により適正に整理する。")]),
    ("（３）推進体制の整備", [("①", "債権管理課が各所管課の滞納整理を支援し、困難事案の引継ぎを受ける。"),
                        ("②", "債権管理研修を毎年度実施し、職員の知識と技能の向上を図る。")]),
]
for head, items in ITEMS:
    h.append(f"<h3>{head}</h3>")
    for lab, t in items:
        h.append(f"<p class='item'>{lab}　{t}</p>")
        g.init(None, None, head[3:], head[:3] + lab, t, None, sec="第３章　今後の取組")

story = pymupdf.Story(html="".join(h), user_css=CSS)
tmp = OUT / f"{STEM}_raw.pdf"
w = pymupdf.DocumentWriter(str(tmp))
mb = pymupdf.paper_rect("a4")
more = 1
while more:
    dev = w.begin_page(mb)
    more, _ = story.place(mb + (62, 64, -62, -64))
    story.draw(dev)
    w.end_page()
w.close()
doc = pymupdf.open(tmp)
for i, page in enumerate(doc, 1):
    if i == 1:
        continue
    page.insert_text((mb.width / 2 - 6, mb.height - 34), f"{i - 1}", fontname="japan", fontsize=9)
    page.insert_text((mb.width - 62 - 160, 42), "松山市債権管理計画（令和６～８年度）", fontname="japan", fontsize=8)
doc.subset_fonts()
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
g.write(STEM, {"kind": "plan", "municipality": CITY, "title": "松山市債権管理計画（令和６年度～令和８年度）",
               "date": "2024-03-01", "date_raw": "令和６年３月"})
