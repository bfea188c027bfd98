"""柏市-style 債権管理適正化プラン (会計・款・債権 tables, prose figures) with PyMuPDF Story."""
from a_common import *

STEM = "a_kashiwa_plan_1"
facts, inits = [], []
pages = []

# (会計, 款, 債権名, indent, 調定額, 収入済額, 不納欠損額) in 円, 令和5年度決算
ROWS = [
    ("一般会計", "市税", "市税", 0, 74512338120, 73098114205, 98221406),
    ("一般会計", "市税", "うち個人市民税", 1, 32118540211, 31422087330, 51008772),
    ("一般会計", "分担金及び負担金", "保育所保育料", 0, 1120448300, 1098213550, 2104880),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 0, 402117800, 371004230, 1880210),
    ("一般会計", "諸収入", "生活保護費返還金", 0, 188204117, 61220418, 9012330),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 0, 12008115402, 10420776118, 140228331),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 0, 7011204880, 6968210447, 6002118),
    ("介護保険特別会計", "保険料", "介護保険料", 0, 9870211330, 9771088204, 21330887),
]
ACC = ["一般会計", "国民健康保険特別会計", "後期高齢者医療特別会計", "介護保険特別会計"]
FY, FYR = 2023, "令和５年度"


def un(r):
    return r[4] - r[5] - r[6]


acc_tot = {}
for a in ACC:
    rs = [r for r in ROWS if r[0] == a and r[3] == 0]
    acc_tot[a] = tuple(sum(r[k] for r in rs) for k in (4, 5, 6))
grand = tuple(sum(acc_tot[a][k] for a in ACC) for k in range(3))
g_un = grand[0] - grand[1] - grand[2]

# 会計別 収入未済額 推移, 百万円; R5 derived from the detail table
hist = {2021: [1812, 1420, 52, 121], 2022: [1688, 1512, 44, 91]}
hist[2023] = [round((acc_tot[a][0] - acc_tot[a][1] - acc_tot[a][2]) / 1e6) for a in ACC]
oku = g_un / 1e8

p1 = f"""<h1>柏市債権管理適正化プラン</h1><p class="ctr">令和６年度～令和８年度</p>
<p style="text-align:right">令和６年６月　柏市財政部</p>
<h2>１　市の債権の現状</h2>
<p>　市の全会計における収入未済額は、令和５年度決算で約{z(f'{oku:.1f}')}億円となり、前年度に比べ減少した。
このうち一般会計の市税が約{z(str(round((ROWS[0][4]-ROWS[0][5]-ROWS[0][6])/1e6)))}百万円を占めている。
令和５年度の市税の収入率は{z(f'{rate(ROWS[0][5], ROWS[0][4], 1):.1f}')}％であった。</p>
<h3>会計別の収入未済額の推移</h3>
<table class="h" width="100%"><tr><td colspan="6"></td><td class=r>（単位：百万円）</td></tr>
<tr><th>年度</th><th>一般会計</th><th>国民健康保険<br/>特別会計</th><th>後期高齢者医療<br/>特別会計</th><th>介護保険<br/>特別会計</th><th>合計</th><th>対前年度</th></tr>
"""
prev_sum = None
for fy, lab in ((2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")):
    vals = hist[fy]
    s = sum(vals)
    diff = "－" if prev_sum is None else (f"△{prev_sum - s:,}" if s < prev_sum else f"{s - prev_sum:,}")
    p1 += f"<tr><td>{lab}</td>" + "".join(f"<td class=r>{c(v)}</td>" for v in vals) + f"<td class=r>{c(s)}</td><td class=r>{diff}</td></tr>"
    for a, v in zip(ACC, vals):
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", v * 1000000, "yen", c(v), 1, debt_raw=a))
    facts.append(F(None, fy, lab, "total", "outstanding", "actual", s * 1000000, "yen", c(s), 1, debt_raw="合計"))
    prev_sum = s
p1 += "</table><p>注）百万円未満を四捨五入しているため、合計が一致しない場合がある。</p>"
p1 += """<h2>２　基本方針</h2>
<p>　（１）現年度分の徴収を徹底し、新たな滞納の発生を抑制する。</p>
<p>　（２）滞納繰越分は財産調査に基づく滞納処分と、執行停止等の適正な整理を並行して進める。</p>
<p>　（３）私債権は、支払督促等の法的措置を計画的に活用する。</p>"""
pages.append(p1)
facts.append(F(None, FY, FYR, "total", "outstanding", "actual", int(round(oku, 1) * 1e8), "yen", f"約{z(f'{oku:.1f}')}億円", 1, approx=True))
sz = round((ROWS[0][4] - ROWS[0][5] - ROWS[0][6]) / 1e6)
facts.append(F("市税", FY, FYR, "total", "outstanding", "actual", sz * 1000000, "yen", f"約{z(str(sz))}百万円", 1, approx=True))
facts.append(F("市税", FY, FYR, "total", "collection_rate", "actual", rate(ROWS[0][5], ROWS[0][4], 1), "percent",
               f"{z(f'{rate(ROWS[0][5], ROWS[0][4], 1):.1f}')}％", 1))

# ---- detail table over pages 2-3 (continued without header)
HEAD = ("<tr><th>会計</th><th>款</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
        "<th>収入未済額</th><th>収入率</th></tr>")


def row_html(acc, kan, name, ind, a, col, w, page, debt=True):
    u = a - col - w
    r = rate(col, a)
    nm = ("　" * ind) + name
    dn = name.replace("うち", "") if debt else None
    for met, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", u)):
        facts.append(F(dn, FY, FYR, "total", met, "actual", v, "yen", c(v), page, debt_raw=name))
    facts.append(F(dn, FY, FYR, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%", page, debt_raw=name))
    return (f"<tr><td>{acc}</td><td>{kan}</td><td>{nm}</td><td class=r>{c(a)}</td><td class=r>{c(col)}</td>"
            f"<td class=r>{c(w)}</td><td class=r>{c(u)}</td><td class=r>{r:.2f}%</td></tr>")


def body(accs, page, total=False):
    h = ""
    for a in accs:
        for r in [x for x in ROWS if x[0] == a]:
            h += row_html("" if r[3] else r[0], "" if r[3] else r[1], r[2], r[3], r[4], r[5], r[6], page)
        t = acc_tot[a]
        if a == "一般会計":
            h += row_html("", "", "小計", 0, *t, page, debt=False)
            facts[-5:] = [dict(f, debt=None, debt_raw="一般会計 小計") for f in facts[-5:]]
    if total:
        h += row_html("合計", "", "", 0, *grand, page, debt=False)
        facts[-5:] = [dict(f, debt=None, debt_raw="合計") for f in facts[-5:]]
    return h


p2 = ("<h2>３　債権の状況（令和５年度決算）</h2><h3>会計・款・債権別の状況</h3>"
      "<p style='text-align:right'>（単位：円）</p><table class='h' width='100%'>" + HEAD + body(["一般会計"], 2) + "</table>"
      "<p>　一般会計では、市税が収入未済額の大半を占める。生活保護費返還金は収入率が低く、分納による回収が中心である。</p>")
pages.append(p2)
p3 = ("<table class='h' width='100%'>" + body(ACC[1:], 3, total=True) + "</table>"
      "<p>注）収入率＝収入済額÷調定額。うち個人市民税は市税の内数。</p>")

# ---- target table in two halves
TG = [("市税", 97.60), ("国民健康保険税", 87.50), ("後期高齢者医療保険料", 99.40), ("介護保険料", 99.10), ("保育所保育料", 98.20),
      ("市営住宅使用料", 92.80), ("生活保護費返還金", 33.00), ("下水道使用料", 98.70), ("学校給食費", 99.00), ("奨学金貸付金", 71.50)]


def halves(left, right, page):
    h = ("<table width='90%'><tr><th style='text-align:left'>債権名</th><th class=r>R6</th><th width='8%'></th>"
         "<th style='text-align:left'>債権名</th><th class=r>R6</th></tr>")
    for (n1, v1), (n2, v2) in zip(left, right):
        h += f"<tr><td>{n1}</td><td class=r>{v1:.2f}</td><td></td><td>{n2}</td><td class=r>{v2:.2f}</td></tr>"
    for n, v in left + right:
        facts.append(F(n, 2024, "R6", "total", "collection_rate", "target", v, "percent", f"{v:.2f}", page))
    return h + "</table>"


p3 += ("<h2>４　債権ごとの目標収入率</h2><p>　令和６年度の目標収入率（現年度分・滞納繰越分の合計、単位：％）は次のとおりとする。</p>"
       + halves(TG[:5], TG[5:], 3))
p3 += "<h2>５　主な取組</h2><table class='g' width='100%'><tr><td>"
ITEMS = [("・", "市税と国民健康保険税の滞納者情報を共有し、合同で財産調査を行う。", "拡充"),
         ("・", "私債権の長期滞納案件について、支払督促の申立てを年間２０件以上行う。", "新規"),
         ("・", "債権管理研修を年２回開催し、所管課職員の実務能力を高める。", "継続")]
for lab, t, s in ITEMS:
    p3 += f"<p>{lab}{t}【{s}】</p>"
    inits.append(I(None, 2024, "主な取組", lab, t, s, 3))
p3 += "</td></tr></table>"
pages.append(p3)

if __name__ == "__main__":
    story_pdf(pages, PDF / f"{STEM}.pdf", header="柏市債権管理適正化プラン")
    ok = write_gold(STEM, "plan", "柏市", "柏市債権管理適正化プラン", "2024-06-01", "令和６年６月", facts, inits)
    print("OK" if ok else "FAIL")
