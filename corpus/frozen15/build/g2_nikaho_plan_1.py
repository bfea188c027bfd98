"""にかほ市 未収金対策プラン（会計・款・債権別の収入未済額）, PyMuPDF Story, flowing pages."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from g2_common import *
from g2_story import render

STEM = "g2_nikaho_plan_1"
F = Facts(); INI = []
# account -> [(款, 債権名, R5 収入未済額 円)]
ACC = [
 ("一般会計", [("市税", "個人市民税", 58_412_306), ("市税", "法人市民税", 4_205_800), ("市税", "固定資産税", 61_388_145),
              ("市税", "軽自動車税（種別割）", 2_986_400), ("分担金及び負担金", "保育所保育料", 3_114_250),
              ("使用料及び手数料", "市営住宅使用料", 9_842_600), ("諸収入", "生活保護費返還金", 18_664_213),
              ("諸収入", "奨学資金貸付金返還金", 7_215_000), ("諸収入", "住宅新築資金等貸付金", 12_480_932)]),
 ("国民健康保険特別会計", [("国民健康保険税", "国民健康保険税", 142_006_718)]),
 ("介護保険特別会計", [("保険料", "介護保険料", 8_904_560), ("諸収入", "介護給付費返還金", 1_120_384)]),
 ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 2_318_900)]),
 ("下水道事業会計", [("営業収益", "下水道使用料", 14_662_087), ("営業収益", "農業集落排水使用料", 3_902_145)]),
]
R5 = {a: round(sum(x[2] for x in items) / 1000) for a, items in ACC}
R4 = {"一般会計": 196_842, "国民健康保険特別会計": 151_230, "介護保険特別会計": 11_205, "後期高齢者医療特別会計": 2_640, "下水道事業会計": 20_118}
R3 = {"一般会計": 214_506, "国民健康保険特別会計": 163_884, "介護保険特別会計": 12_870, "後期高齢者医療特別会計": 2_915, "下水道事業会計": 22_460}
YEARS = [(2021, "令和３年度<br>（2021年度）", "令和３年度", R3), (2022, "令和４年度<br>（2022年度）", "令和４年度", R4), (2023, "令和５年度<br>（2023年度）", "令和５年度", R5)]
# targets: debt, (R5 cur, arr), (R7 cur, arr), (R8 cur, arr)
TG = [("市税", (98.86, 21.42), (99.00, 23.00), (99.10, 24.00)),
      ("国民健康保険税", (94.12, 17.05), (94.60, 18.50), (95.00, 19.50)),
      ("介護保険料", (99.05, 18.90), (99.10, 20.00), (99.15, 21.00)),
      ("後期高齢者医療保険料", (99.52, 40.10), (99.55, 42.00), (99.60, 43.00)),
      ("下水道使用料", (98.70, 28.35), (98.90, 30.00), (99.00, 31.00))]
ACTS = [
 ("市税", "個人市民税・固定資産税などの市税", "・", ["納期限後20日以内に督促状を発送し、その後10日以内に電話催告を行う。",
   "秋田県地方税滞納整理機構への引継ぎを、高額・困難案件について計画的に行う。", "地方税共通納税システムとQRコード納付の利用を周知する。"]),
 ("国民健康保険税", "国民健康保険税", "・", ["資格喪失時に未納額を案内し、納付相談につなげる。", "分納誓約の不履行者には、財産調査のうえ差押えを行う。"]),
 ("下水道使用料", "下水道使用料", "・", ["水道料金との一括徴収を活かし、給水停止予告と同時に催告を行う。", "転出者の未納分は住所調査のうえ文書催告を行う。"]),
]

def man(n_yen, unit=10):
    m = round(n_yen / 10000 / unit) * unit
    o, r = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万円" if r else "円"), m * 10000

def build():
    tot = {fy: sum(d.values()) for fy, _, _, d in YEARS}
    t5, v5 = man(tot[2023] * 1000); t4, v4 = man(tot[2022] * 1000)
    p1 = f"""
<h1>にかほ市 未収金対策プラン</h1>
<p style="text-align:center">（令和７年度～令和８年度）</p>
<p style="text-align:right">令和７年３月　にかほ市総務部税務課 収納対策班</p>
<h2>１　プラン策定の趣旨</h2>
<p>　市税や保険料などの未収金は、自主財源の確保と負担の公平性の観点から、確実に縮減していく必要がある。本市の収入未済額は、令和５年度末で約{t5}となり、令和４年度末の約{t4}から減少したものの、依然として国民健康保険税と市税が大半を占めている。</p>
<p>　本プランは、会計ごと・債権ごとの未収金の状況を明らかにし、令和７年度から２か年の目標収納率と取組を定めるものである。</p>
<h2>２　市の債権の状況</h2>
<h3>（１）会計別の収入未済額の推移（単位：千円）</h3>
<table class="grid" style="width:100%">
<tr><th>年度</th>{''.join(f'<th>{a}</th>' for a, _ in ACC)}<th>合計</th></tr>
{''.join('<tr><td class="c">' + ylab + '</td>' + ''.join(f'<td class="r">{c(d[a])}</td>' for a, _ in ACC) + f'<td class="r">{c(sum(d.values()))}</td></tr>' for fy, ylab, _, d in YEARS)}
</table>
<p class="note">※下水道事業会計は令和２年度から公営企業会計に移行している。</p>
"""
    F.add(None, 2023, "令和５年度末", "total", "outstanding", "actual", v5, "yen", "約" + t5, 1, approx=True)
    F.add(None, 2022, "令和４年度末", "total", "outstanding", "actual", v4, "yen", "約" + t4, 1, approx=True)
    for fy, _, yraw, d in YEARS:
        for a, _ in ACC:
            F.add(None, fy, yraw, "total", "outstanding", "actual", d[a] * 1000, "yen", c(d[a]), 1, debt_raw=a)
        F.add(None, fy, yraw, "total", "outstanding", "actual", sum(d.values()) * 1000, "yen", c(sum(d.values())), 1, debt_raw="合計")
    # long table split over two pages, header repeated
    rows = []
    for a, items in ACC:
        for k, (kan, name, v) in enumerate(items):
            rows.append((a, len(items) if k == 0 else 0, kan, name, v))
    head = "<tr><th>会計名称</th><th>款名称</th><th>債権名</th><th>収入未済額</th></tr>"
    def trs(rs):
        out = ""
        for a, span, kan, name, v in rs:
            out += "<tr>" + (f"<td rowspan='{span}'>{a}</td>" if span else "") + f"<td>{kan}</td><td>{name}</td><td class='r'>{c(v)}</td></tr>"
        return out
    cut = 7
    first, second = rows[:cut], rows[cut:]
    # the rowspan of 一般会計 must be cut at the page break
    first = [(a, (min(s, cut) if s else 0), k, n, v) for a, s, k, n, v in first]
    second = [(a, (s if s else 0), k, n, v) for a, s, k, n, v in second]
    if second and second[0][1] == 0:
        a, s, k, n, v = second[0]; cont = sum(1 for r in second if r[0] == a)
        second[0] = (a, cont, k, n, v)
    grand = sum(x[4] for x in rows)
    p1 += f"""
<h3>（２）令和５年度（2023年度）債権別の収入未済額（単位：円）</h3>
<table class="hr" style="width:100%">{head}{trs(first)}</table>
<p class="note" style="text-align:right">（次ページへ続く）</p>
"""
    p2 = f"""
<p class="note">（２）令和５年度（2023年度）債権別の収入未済額（続き）　　単位：円</p>
<table class="hr" style="width:100%">{head}{trs(second)}
<tr><td colspan="3" class="c">合　計</td><td class="r">{c(grand)}</td></tr></table>
"""
    for i, (a, s, kan, name, v) in enumerate(rows):
        F.add(name, 2023, "令和５年度", "total", "outstanding", "actual", v, "yen", c(v), 1 if i < cut else 2)
    F.add(None, 2023, "令和５年度", "total", "outstanding", "actual", grand, "yen", c(grand), 2, debt_raw="合計")
    # targets: no rules at all
    trt = ""
    for name, r5, r7, r8 in TG:
        for j, seg_lab in enumerate(("現年分", "滞納繰越分")):
            trt += f"<tr><td>{name if j == 0 else ''}</td><td>{seg_lab}</td><td class='r'>{r5[j]:.2f}%</td><td class='r'>{r7[j]:.2f}%</td><td class='r'>{r8[j]:.2f}%</td></tr>"
            seg = ("current", "arrears")[j]
            F.add(name, 2023, "R5実績", seg, "collection_rate", "actual", r5[j], "percent", f"{r5[j]:.2f}%", 2)
            F.add(name, 2025, "R7", seg, "collection_rate", "target", r7[j], "percent", f"{r7[j]:.2f}%", 2)
            F.add(name, 2026, "R8", seg, "collection_rate", "target", r8[j], "percent", f"{r8[j]:.2f}%", 2)
    p2 += f"""
<h2>３　目標収納率</h2>
<p>　主要５債権について、令和５年度の実績を踏まえ、次のとおり目標収納率を定める。</p>
<table class="none" style="width:100%">
<tr><th style="text-align:left">債権名</th><th style="text-align:left">区分</th><th class="r">R5実績</th><th class="r">R7目標</th><th class="r">R8目標</th></tr>
{trt}
</table>
<p class="note">　目標は、県内市平均及び過去３か年の伸び率を勘案して設定した。</p>
"""
    p3 = "<h2>４　債権ごとの取組</h2>"
    shizei = sum(x[2] for x in ACC[0][1] if x[0] == "市税")
    vals = {"市税": shizei, "国民健康保険税": ACC[1][1][0][2], "下水道使用料": ACC[4][1][0][2]}
    for k, (debt, heading, mark, items) in enumerate(ACTS):
        t, v = man(vals[debt])
        tg = [x for x in TG if x[0] == debt][0]
        sent = f"令和５年度末の収入未済額は約{t}で、現年分の収納率は{zen(f'{tg[1][0]:.2f}')}％であった。"
        F.add(debt, 2023, "令和５年度末", "total", "outstanding", "actual", v, "yen", "約" + t, sent[:20], approx=True)
        F.add(debt, 2023, "令和５年度", "current", "collection_rate", "actual", tg[1][0], "percent", zen(f"{tg[1][0]:.2f}") + "％", sent[:20])
        p3 += f"<h3>（{zen(k+1)}）{heading}</h3><p>　{sent}</p><div class='box'>"
        for it in items:
            p3 += f"<p>{mark}{it}</p>"
            INI.append({"debt": debt, "fiscal_year": 2025, "section": "債権ごとの取組", "label": mark, "text": it, "status": None, "page": it})
        p3 += "</div>"
    pdf = OUT / f"{STEM}.pdf"
    render([p1, p2 + p3], pdf, header="にかほ市 未収金対策プラン", footer="－ {n} －")
    doc = {"kind": "plan", "municipality": "にかほ市", "title": "にかほ市 未収金対策プラン（令和７年度～令和８年度）",
           "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, doc, F.items, INI)

if __name__ == "__main__":
    build()
