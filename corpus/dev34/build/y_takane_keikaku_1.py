"""高嶺市（架空）債権管理計画（令和7年度～令和9年度）— 世田谷区型（会計・款・債権の表、会計別収入未済額、文中の数値）を別の市の様式で.

Modelled on the structure of 世田谷区債権管理重点プラン 実施結果 (123deta.com) and the 小樽市 予算特別委員会 answer on
全会計の未収金 (otaru.org), laid out as a small city's 債権管理計画 with 西暦 year headers, 小計 rows per 会計, a
horizontal-rules-only target table, a 取組 table with a bare 区分 column, and a landscape chart page drawn as vectors.
PyMuPDF Story (HTML) + direct drawing. Gold from the same data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, ROOT, check, fact, write_gold, ws, yen_k  # noqa: E402

STEM = "y_takane_keikaku_1"
CITY = "高嶺市"
TITLE = "高嶺市債権管理計画（令和７年度～令和９年度）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ACCOUNTS = [  # 会計, 2021, 2022, 2023 (千円)
    ("一般会計", 1402318, 1311604, 1236880),
    ("国民健康保険事業特別会計", 742556, 705921, 664305),
    ("介護保険事業特別会計", 118204, 110388, 104172),
    ("後期高齢者医療特別会計", 25612, 24015, 22706),
    ("下水道事業会計", 142770, 121045, 125118),
]
DETAIL = [  # 会計, 款, 債権名, 収入未済額(円), 件数
    ("一般会計", "市税", "市民税（個人）", 612408512, 3204),
    ("", "", "市民税（法人）", 18226400, 96),
    ("", "", "固定資産税・都市計画税", 402115307, 1877),
    ("", "", "軽自動車税（種別割）", 21390600, 2315),
    ("", "分担金及び負担金", "保育所保育料", 41308200, 188),
    ("", "使用料及び手数料", "市営住宅使用料", 52416300, 143),
    ("", "諸収入", "生活保護費返還金", 76221918, 402),
    ("", "", "母子父子寡婦福祉資金貸付金", 12793163, 37),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 664305090, 2911),
    ("介護保険事業特別会計", "保険料", "介護保険料", 104171850, 1530),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 22706300, 344),
    ("下水道事業会計", "営業収益", "下水道使用料", 118402611, 1209),
    ("", "資本的収入", "下水道事業受益者負担金", 6715200, 58),
]
TARGETS = [  # debt, segment label, R5 actual, R7, R8, R9
    ("市税", "現年課税分", "99.08", "99.15", "99.22", "99.30"),
    ("", "滞納繰越分", "30.12", "31.00", "32.00", "33.00"),
    ("国民健康保険税", "現年課税分", "93.66", "93.80", "94.00", "94.20"),
    ("", "滞納繰越分", "24.05", "25.00", "26.00", "27.00"),
    ("介護保険料", "現年分", "98.91", "99.00", "99.05", "99.10"),
    ("保育所保育料", "現年分", "98.70", "98.80", "98.90", "99.00"),
    ("", "滞納繰越分", "17.40", "18.00", "19.00", "20.00"),
    ("市営住宅使用料", "現年分", "97.52", "97.80", "98.00", "98.20"),
]
OUT_TARGET = [("令和７年度", 2025, "2,050.0"), ("令和８年度", 2026, "1,930.0"), ("令和９年度", 2027, "1,800.0")]
CHART_OUT = [(2019, "2,712.4"), (2020, "2,598.1"), (2021, "2,431.5"), (2022, "2,273.0"), (2023, "2,153.2")]
CHART_RATE = [(2019, "96.85"), (2020, "97.02"), (2021, "97.33"), (2022, "97.58"), (2023, "97.79")]
INITS = [  # label, 項目, 内容, 区分, 担当課, debt
    ("1-1", "納期内納付の推進", "口座振替の申込みをＷｅｂで受け付ける対象を、市税以外の全ての強制徴収公債権に広げる。", "拡充", "債権管理課", None),
    ("1-2", "納期内納付の推進", "納付書に地方税統一ＱＲコードを印字し、スマートフォン決済による納付を案内する。", "継続", "納税課", "市税"),
    ("2-1", "初期滞納への早期対応", "督促状の発送後２週間以内に、電話とＳＭＳによる催告を行う。", "継続", "納税課・保険年金課", None),
    ("2-2", "初期滞納への早期対応", "国民健康保険税の新規滞納世帯に、資格手続の窓口で納付相談を行う。", "新規", "保険年金課", "国民健康保険税"),
    ("3-1", "滞納処分の強化", "電子による預貯金照会の対象金融機関を拡大し、差押えまでの期間を短縮する。", "拡充", "納税課", None),
    ("3-2", "滞納処分の強化", "非強制徴収債権は支払督促などの法的措置を計画的に行い、回収の見込みがない債権は条例に基づき放棄する。", "継続", "各債権所管課", None),
]


def html_body():
    a_rows = "".join(
        f"<tr><td class='l'>{n}</td><td>{a:,}</td><td>{b:,}</td><td>{c:,}</td></tr>" for n, a, b, c in ACCOUNTS)
    tot = [sum(x[i] for x in ACCOUNTS) for i in (1, 2, 3)]
    a_rows += f"<tr class='sum'><td class='l'>合計</td><td>{tot[0]:,}</td><td>{tot[1]:,}</td><td>{tot[2]:,}</td></tr>"
    p1 = f"""
<h1>{TITLE}</h1>
<p class="date">令和７年３月　高嶺市 総務部 債権管理課</p>
<h2>第１章　計画の策定にあたって</h2>
<p>本市では、平成２９年度に債権管理条例を制定し、前計画（令和４年度～令和６年度）に基づいて収入未済額の縮減に取り組んできました。
本計画は、その成果と課題を踏まえ、令和７年度から令和９年度までの３年間に全庁で取り組む目標と方策を定めるものです。</p>
<h2>第２章　債権の現状</h2>
<h3>１　収入未済額の状況</h3>
<p>令和５年度（2023年度）決算における全会計の収入未済額は約21億5,300万円で、前年度の約22億7,300万円から約1億2,000万円減少しました。
会計別では一般会計が約12億3,700万円と最も大きく、次いで国民健康保険事業特別会計の約6億6,400万円となっています。</p>
<p class="cap">表１　会計別収入未済額の推移</p>
<p class="unit">（単位：千円）</p>
<table class="grid">
<tr><th>年度</th><th>2021</th><th>2022</th><th>2023</th></tr>
{a_rows}
</table>
<p class="note">※各年度５月31日（出納閉鎖日）現在。下水道事業会計は３月31日現在。</p>
"""
    rows, sub, cur_acc = [], 0, None
    accs = []
    for acc, kan, name, v, n in DETAIL:
        if acc:
            accs.append([acc, []])
        accs[-1][1].append((kan, name, v, n))
    for acc, items in accs:
        first = True
        s = 0
        for kan, name, v, n in items:
            rows.append(f"<tr><td class='l'>{acc if first else ''}</td><td class='l'>{kan}</td><td class='l'>{name}</td>"
                        f"<td>{v:,}</td><td>{n:,}</td></tr>")
            first = False
            s += v
        if len(items) > 1:
            rows.append(f"<tr class='sub'><td></td><td class='l' colspan='2'>小計</td><td>{s:,}</td>"
                        f"<td>{sum(i[3] for i in items):,}</td></tr>")
    g = sum(d[3] for d in DETAIL)
    rows.append(f"<tr class='sum'><td class='l' colspan='3'>合計</td><td>{g:,}</td><td>{sum(d[4] for d in DETAIL):,}</td></tr>")
    p2 = f"""
<h3>２　債権別の収入未済額（令和５年度決算）</h3>
<p>主な債権の収入未済額は次のとおりです。市税が約10億5,400万円で全体のおよそ半分を占めています。</p>
<p class="unit">（単位：円、件）</p>
<table class="grid">
<tr><th>会計</th><th>款</th><th>債権名</th><th>収入未済額</th><th>件数</th></tr>
{''.join(rows)}
</table>
"""
    trows = "".join(
        f"<tr><td class='l'>{d}</td><td class='l'>{s}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>"
        for d, s, a, b, c, e in TARGETS)
    orows = "".join(f"<tr><td class='l'>{r}</td><td>{v}</td></tr>" for r, _, v in OUT_TARGET)
    p3 = f"""
<h2>第３章　計画の目標</h2>
<p class="box">計画期間：令和７年度～令和９年度</p>
<p>本計画では、次の３つを目標とします。</p>
<p class="ind">（１）市税の現年課税分の収納率を、令和９年度までに99.3％以上とする。</p>
<p class="ind">（２）国民健康保険税の滞納繰越分の収納率を、令和９年度に27.0％以上とする。</p>
<p class="ind">（３）全会計の収入未済額を、令和９年度末に18億円以下とする。</p>
<p class="cap">表３　主要債権の収納率の目標</p>
<p class="unit">（単位：％）</p>
<table class="hr">
<tr><th>債権名</th><th>区分</th><th>R5実績</th><th>R7</th><th>R8</th><th>R9</th></tr>
{trows}
</table>
<p class="cap">表４　収入未済額の目標（全会計）</p>
<table class="grid narrow">
<tr><th>年度</th><th>収入未済額（百万円）</th></tr>
{orows}
</table>
"""
    irows = "".join(f"<tr><td>{l}</td><td class='l'>{k}</td><td class='l'>{t}</td><td>{s}</td><td class='l'>{b}</td></tr>"
                    for l, k, t, s, b, _ in INITS)
    p4 = f"""
<h2>第４章　目標達成に向けた取組</h2>
<table class="grid">
<tr><th>番号</th><th>取組項目</th><th>内容</th><th>区分</th><th>担当課</th></tr>
{irows}
</table>
<p class="note">※区分は前計画からの継続・拡充、又は本計画での新規を示す。</p>
"""
    return [p1 + p2, p3, p4]


CSS = """
@font-face {font-family: g; src: url(ipaexg.ttf);}
@font-face {font-family: m; src: url(ipaexm.ttf);}
body {font-family: m; font-size: 10pt; line-height: 1.5;}
h1 {font-family: g; font-size: 15pt; text-align: center;}
h2 {font-family: g; font-size: 12pt; margin-top: 10pt;}
h3 {font-family: g; font-size: 10.5pt;}
p.date {text-align: right;}
p.cap {font-family: g; text-align: center; margin-bottom: 0;}
p.unit {text-align: right; font-size: 9pt; margin: 0;}
p.note {font-size: 8.5pt;}
p.ind {margin-left: 12pt;}
p.box {border: 1px solid black; padding: 3pt; font-family: g;}
table {border-collapse: collapse; width: 100%; font-size: 9pt;}
table.grid td, table.grid th {border: 0.6px solid black; padding: 2pt; text-align: right;}
table.grid th {background-color: #e6e6e6; text-align: center; font-family: g;}
table.hr td, table.hr th {border-bottom: 0.6px solid black; padding: 2pt; text-align: right;}
table.hr th {border-top: 1.2px solid black; font-family: g; text-align: center;}
table.grid td.l, table.hr td.l {text-align: left;}
tr.sub td {background-color: #f2f2f2;}
tr.sum td {font-family: g;}
table.narrow {width: 60%;}
"""


def chart_page(doc):
    page = doc.new_page(width=842, height=595)  # landscape A4
    page.insert_font(fontname="g", fontfile=GOTH)
    page.insert_text((60, 60), "参考　収入未済額及び市税収納率の推移", fontname="g", fontsize=14)
    # bar chart
    x0, y0, w, h = 70, 110, 330, 330
    page.insert_text((x0, y0 - 12), "全会計の収入未済額の推移（単位：百万円）", fontname="g", fontsize=10)
    page.draw_line((x0, y0 + h), (x0 + w, y0 + h))
    page.draw_line((x0, y0), (x0, y0 + h))
    mx = 3000.0
    bw = w / len(CHART_OUT)
    for i, (yr, lab) in enumerate(CHART_OUT):
        v = float(lab.replace(",", ""))
        bh = h * v / mx
        r = pymupdf.Rect(x0 + i * bw + 12, y0 + h - bh, x0 + (i + 1) * bw - 12, y0 + h)
        page.draw_rect(r, color=(0.2, 0.3, 0.5), fill=(0.55, 0.65, 0.85))
        page.insert_text((r.x0 + 2, r.y0 - 4), lab, fontname="g", fontsize=8.5)
        page.insert_text((r.x0 + 10, y0 + h + 14), str(yr), fontname="g", fontsize=8.5)
    page.insert_text((x0 + w - 20, y0 + h + 28), "（年度）", fontname="g", fontsize=8)
    # line chart
    x1 = 470
    page.insert_text((x1, y0 - 12), "市税収納率（現年・滞繰合計）の推移（単位：％）", fontname="g", fontsize=10)
    page.draw_line((x1, y0 + h), (x1 + w, y0 + h))
    page.draw_line((x1, y0), (x1, y0 + h))
    lo, hi = 96.0, 98.5
    pts = []
    for i, (yr, lab) in enumerate(CHART_RATE):
        v = float(lab)
        px = x1 + (i + 0.5) * (w / len(CHART_RATE))
        py = y0 + h - h * (v - lo) / (hi - lo)
        pts.append((px, py))
        page.insert_text((px - 12, py - 8), lab, fontname="g", fontsize=8.5)
        page.insert_text((px - 12, y0 + h + 14), str(yr), fontname="g", fontsize=8.5)
    for a, b in zip(pts, pts[1:]):
        page.draw_line(a, b, color=(0.7, 0.1, 0.1), width=1.5)
    for p in pts:
        page.draw_circle(p, 2.5, color=(0.7, 0.1, 0.1), fill=(0.7, 0.1, 0.1))
    page.insert_text((x1 + w - 20, y0 + h + 28), "（年度）", fontname="g", fontsize=8)
    page.insert_text((70, 500), "※収入未済額は表１の合計を百万円単位で四捨五入したもの。令和元年度（2019年度）及び令和２年度（2020年度）は前計画の資料による。",
                     fontname="g", fontsize=8)
    return page


def build(pdf_path: Path):
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    tmp = OUT / f"{STEM}_story.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    box = pymupdf.paper_rect("a4")
    where = box + (56, 64, -56, -60)
    for part in html_body():
        story = pymupdf.Story(html=part, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(box)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    chart_page(doc)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="m", fontfile=MIN)
        W = page.rect.width
        page.insert_text((W - 200, 36), "高嶺市債権管理計画", fontname="m", fontsize=8.5)
        page.insert_text((W / 2 - 8, page.rect.height - 28), f"－{i + 1}－", fontname="m", fontsize=9)
    doc.subset_fonts()
    doc.save(pdf_path, garbage=4, deflate=True)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    npages = build(pdf)
    doc = pymupdf.open(pdf)
    texts = [ws(p.get_text()) for p in doc]

    def pg(raw, start=1):
        for i in range(start - 1, len(texts)):
            if ws(raw) in texts[i]:
                return i + 1
        raise SystemExit(f"not found: {raw}")

    facts = []
    p_intro = pg("約21億5,300万円")
    facts += [fact(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", 2153000000, "yen", "約21億5,300万円", p_intro, approx=True),
              fact(None, 2022, "前年度", "total", "outstanding", "actual", 2273000000, "yen", "約22億7,300万円", p_intro, approx=True),
              fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 1237000000, "yen", "約12億3,700万円", p_intro, approx=True, debt_raw="一般会計"),
              fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 664000000, "yen", "約6億6,400万円", p_intro, approx=True, debt_raw="国民健康保険事業特別会計")]
    tp = pg("2,153,181")
    for n, *vals in ACCOUNTS:
        for fy, v in zip((2021, 2022, 2023), vals):
            facts.append(fact(None, fy, str(fy), "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", tp, debt_raw=n))
    tot = [sum(x[i] for x in ACCOUNTS) for i in (1, 2, 3)]
    for fy, v in zip((2021, 2022, 2023), tot):
        facts.append(fact(None, fy, str(fy), "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", tp, debt_raw="合計"))
    p2 = pg("約10億5,400万円")
    facts.append(fact("市税", 2023, "令和５年度決算", "total", "outstanding", "actual", 1054000000, "yen", "約10億5,400万円", p2, approx=True))
    # detail table (may run over a page break)
    accs = []
    for acc, kan, name, v, n in DETAIL:
        if acc:
            accs.append([acc, []])
        accs[-1][1].append((kan, name, v, n))
    for acc, items in accs:
        for kan, name, v, n in items:
            facts.append(fact(name, 2023, "令和５年度決算", "total", "outstanding", "actual", v, "yen", f"{v:,}", pg(f"{v:,}", p2)))
        if len(items) > 1:
            s = sum(i[2] for i in items)
            facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", s, "yen", f"{s:,}", pg(f"{s:,}", p2), debt_raw="小計（" + acc + "）"))
    g = sum(d[3] for d in DETAIL)
    facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", g, "yen", f"{g:,}", pg(f"{g:,}", p2), debt_raw="合計"))
    p3 = pg("計画期間：令和７年度～令和９年度")
    facts += [fact("市税", 2027, "令和９年度", "current", "collection_rate", "target", 99.3, "percent", "99.3％以上", p3),
              fact("国民健康保険税", 2027, "令和９年度", "arrears", "collection_rate", "target", 27.0, "percent", "27.0％以上", p3),
              fact(None, 2027, "令和９年度末", "total", "outstanding", "target", 1800000000, "yen", "18億円以下", p3)]
    debt = None
    segmap = {"現年課税分": "current", "現年分": "current", "滞納繰越分": "arrears"}
    for d, s, a, b, c, e in TARGETS:
        debt = d or debt
        facts.append(fact(debt, 2023, "R5実績", segmap[s], "collection_rate", "actual", float(a), "percent", a, p3))
        for fy, fyr, v in ((2025, "R7", b), (2026, "R8", c), (2027, "R9", e)):
            facts.append(fact(debt, fy, fyr, segmap[s], "collection_rate", "target", float(v), "percent", v, p3))
    for r, fy, v in OUT_TARGET:
        facts.append(fact(None, fy, r, "total", "outstanding", "target", int(round(float(v.replace(",", "")) * 1e6)), "yen", v, p3))
    cp = npages
    for yr, lab in CHART_OUT:
        facts.append(fact(None, yr, str(yr), "total", "outstanding", "actual", int(round(float(lab.replace(",", "")) * 1e6)), "yen", lab, cp))
    for yr, lab in CHART_RATE:
        facts.append(fact("市税", yr, str(yr), "total", "collection_rate", "actual", float(lab), "percent", lab, cp))
    ip = pg("目標達成に向けた取組")
    inits = [{"debt": d, "fiscal_year": 2025, "section": "第４章　目標達成に向けた取組", "label": l, "text": t,
              "status": s, "page": pg(t, ip)} for l, k, t, s, b, d in INITS]
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    gold = write_gold(STEM, pdf, document, facts, inits)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(main())
