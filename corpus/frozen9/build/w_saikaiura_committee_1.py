"""庁議資料 滞納整理強化月間について（報告） (西海浦市): PyMuPDF Story, A4 portrait."""
import fitz

from w_common import F, I, OUT, PDF, finish, man, rate, rate1

STEM = "w_saikaiura_committee_1"
CITY = "西海浦市"
TITLE = "滞納整理強化月間について（報告）"
ASOF, PREV = "2024-02-29", "2023-02-28"
SEC4 = "具体的な取組"

# 5 収納金額 (円): 区分 -> R5, R4, R3, R2 強化月間
MONTHS = [("R5", 2023), ("R4", 2022), ("R3", 2021), ("R2", 2020)]
COLL = [("市税", "市税", [11284530, 9824010, 7177909, 10391317]),
        (None, "保険料・使用料等", [10247888, 8821406, 12531834, 14997219])]
TOT = [sum(x[2][i] for x in COLL) for i in range(4)]

# 6 収納率 (単位：％) 令和6年2月末 / 令和5年2月末: 現年度分, 滞納繰越分
RATES = [("市税", 96.84, 96.51, 24.18, 22.90),
         ("国民健康保険料", 88.12, 88.40, 17.35, 16.08),
         ("介護保険料", 97.93, 97.70, 21.64, 22.31),
         ("後期高齢者医療保険料", 98.77, 98.69, 35.20, 33.75),
         ("保育料", 95.46, 95.02, 18.91, 17.44),
         ("市営住宅使用料", None, 93.85, None, 12.67),      # filled from the box below
         ("水道料金", 97.38, 97.52, 46.03, 44.87)]
# 市営住宅使用料 (円) at 令和6年2月29日: segment -> 調定額, 収入済額
HOUSE = [("現年度分", "current", 148562400, 139820150), ("滞納繰越分", "arrears", 38415200, 5163880)]
HR = {seg: rate(c, a) for _, seg, a, c in HOUSE}
RATES[5] = ("市営住宅使用料", HR["current"], 93.85, HR["arrears"], 12.67)

ITEMS4 = [("・", "督促状の発送後も納付のない者に対し、各課で催告書を一斉に発送した。", None),
          ("・", "休日（12月10日・17日）に納税相談窓口を開設し、分納の相談に応じた。", None),
          ("・", "夜間電話催告を延べ6日実施し、滞納者との接触機会を確保した。", None),
          ("・", "市営住宅使用料の長期滞納者に対し、納税推進課職員が同行して臨戸訪問を行った。", "新規"),
          ("・", "預貯金の一斉照会を行い、換価可能な財産が判明した者には差押えを実施した。", "継続")]
REF = [("市税の収入未済額（令和4年度決算）", 324_000_000),
       ("国民健康保険料の収入未済額（令和4年度決算）", 518_000_000)]
REF_RATE = 95.6


def y(v):
    return f"{v:,}"


def diff(a, b):
    d = round(a - b, 2)
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"


CSS = """
@font-face {font-family: jp; src: url(ipaexm.ttf);}
@font-face {font-family: jpg; src: url(ipaexg.ttf);}
* {font-family: jp; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: jpg; font-size: 15pt; text-align: center; margin: 8pt 0 10pt 0;}
h2 {font-family: jpg; font-size: 11.5pt; margin: 10pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0;}
.r {text-align: right;}
.ind {margin-left: 14pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.8pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: jpg; text-align: center;}
td.n {text-align: right;}
.box td {border: 1pt solid black; padding: 5pt 8pt;}
.note {font-size: 9pt;}
"""


def html():
    h = []
    h.append('<p class="r">庁議資料　報告</p><p class="r">令和６年３月４日</p><p class="r">財政部　納税推進課</p>')
    h.append(f"<h1>{TITLE}</h1>")
    h.append("<h2>１　目　的</h2><p class='ind'>市税や各種公共料金の自主納付の促進と収納率の向上を図るため、12月を「滞納整理強化月間」と定め、全庁一斉に滞納整理に取り組んだもの。</p>")
    h.append("<h2>２　実施期間</h2><p class='ind'>令和５年12月１日（金）から令和５年12月27日（水）まで</p>")
    h.append("<h2>３　滞納整理の対象とした費目及び所属</h2>"
             "<p class='ind'>(1) 費　目　納期限内に納付のない市税、国民健康保険料、介護保険料、各種使用料、手数料及びその他の収入（以下「市税等」という。）</p>"
             "<p class='ind'>(2) 所　属　納税推進課、保険年金課、介護保険課、こども保育課、住宅課、水道局お客さまサービス課など市税等を所管する13課</p>")
    h.append("<h2>４　具体的な取組</h2>")
    items = "".join(f"<p>{lab}{t}" + (f"【{tag}】" if tag else "") + "</p>" for lab, t, tag in ITEMS4)
    h.append(f"<table class='box'><tr><td>{items}</td></tr></table>")
    h.append("<h2>５　収納金額</h2><p class='r note'>（単位：円）</p>")
    h.append("<table><tr><th>区分</th>" + "".join(f"<th>{m}強化月間<br>収納額</th>" for m, _ in MONTHS) + "</tr>")
    for _, lab, vals in COLL:
        h.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{y(v)}</td>" for v in vals) + "</tr>")
    h.append("<tr><td>合　計</td>" + "".join(f"<td class='n'>{y(v)}</td>" for v in TOT) + "</tr></table>")
    h.append("<h2>６　主な費目の収納率の状況（前年同月比較）</h2><p class='r note'>単位：％</p>")
    h.append("<table><tr><th rowspan='2'>費目</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>"
             "<tr><th>令和6年2月末</th><th>令和5年2月末</th><th>差</th><th>令和6年2月末</th><th>令和5年2月末</th><th>差</th></tr>")
    for n, c6, c5, a6, a5 in RATES:
        h.append(f"<tr><td>{n}</td><td class='n'>{c6:.2f}</td><td class='n'>{c5:.2f}</td><td class='n'>{diff(c6, c5)}</td>"
                 f"<td class='n'>{a6:.2f}</td><td class='n'>{a5:.2f}</td><td class='n'>{diff(a6, a5)}</td></tr>")
    h.append("</table><p class='note'>※令和6年2月末は2月29日現在、令和5年2月末は2月28日現在の数値である。差の単位はポイント。</p>")
    h.append("<h2>７　重点費目の状況</h2>")
    h.append("<table><tr><th>債権名</th><td>市営住宅使用料</td><th>所管課</th><td>都市整備部住宅課</td></tr></table><p></p>")
    h.append("<table><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th></tr>")
    for lab, seg, a, c in HOUSE:
        h.append(f"<tr><td>{lab}</td><td class='n'>{y(a)}円</td><td class='n'>{y(c)}円</td><td class='n'>{y(a - c)}円</td>"
                 f"<td class='n'>{HR[seg]:.2f}%</td></tr>")
    h.append("</table><p class='note'>令和6年2月29日現在</p>")
    refs = "".join(f"<p>・{lab}：約{man(v)}円</p>" for lab, v in REF)
    refs += f"<p>・市全体の収納率（令和4年度決算、全会計）：{REF_RATE}％</p>"
    h.append(f"<p></p><table class='box'><tr><td><p>【参考】</p>{refs}</td></tr></table>")
    h.append("<h2>８　まとめ</h2>")
    h.append(f"<p class='ind'>強化月間の収納金額は合計{y(TOT[0])}円となり、前年度の強化月間を上回る結果となった。"
             "一方で、国民健康保険料及び水道料金の現年度分は前年同月の収納率を下回っており、各課において目標設定と進行管理の在り方を検証する必要がある。"
             "また、休日訪問及び夜間電話催告など、滞納者との接触機会の確保に引き続き取り組むこととし、次年度の強化月間に向けて実施計画を見直す。</p>")
    return "".join(h)


def build():
    arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    story = fitz.Story(html(), user_css=CSS, archive=arch)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    rect = fitz.paper_rect("a4")
    where = rect + (62, 70, -62, -70)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="g", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        pg.insert_text((62, 45), f"{CITY}　庁議資料", fontname="g", fontsize=8.5)
        pg.insert_text((rect.width / 2 - 12, rect.height - 35), f"{i + 1} / {n}", fontname="g", fontsize=9)
    doc.subset_fonts()
    pdf = PDF / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()

    facts, inits = [], []
    for debt, lab, vals in COLL:
        for (m, fy), v in zip(MONTHS, vals):
            facts.append(F(debt, fy, f"{m}強化月間", "total", "collected", "actual", v, "yen", y(v),
                           debt_raw=lab, ctx=lab + "".join(y(x) for x in vals)))
    for (m, fy), v in zip(MONTHS, TOT):
        facts.append(F(None, fy, f"{m}強化月間", "total", "collected", "actual", v, "yen", y(v),
                       debt_raw="合計", ctx="合計" + "".join(y(x) for x in TOT)))
    for n_, c6, c5, a6, a5 in RATES:
        row = f"{n_}{c6:.2f}{c5:.2f}{diff(c6, c5)}{a6:.2f}{a5:.2f}{diff(a6, a5)}"
        for seg, v, fy, asof, raw_y in (("current", c6, 2023, ASOF, "令和6年2月末"), ("current", c5, 2022, PREV, "令和5年2月末"),
                                        ("arrears", a6, 2023, ASOF, "令和6年2月末"), ("arrears", a5, 2022, PREV, "令和5年2月末")):
            facts.append(F(n_, fy, raw_y, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof, ctx=row))
    for lab, seg, a, c in HOUSE:
        row = f"{lab}{y(a)}円{y(c)}円{y(a - c)}円{HR[seg]:.2f}%"
        for metric, v, unit, raw in (("assessed", a, "yen", f"{y(a)}円"), ("collected", c, "yen", f"{y(c)}円"),
                                     ("outstanding", a - c, "yen", f"{y(a - c)}円"),
                                     ("collection_rate", HR[seg], "percent", f"{HR[seg]:.2f}%")):
            facts.append(F("市営住宅使用料", 2023, "令和6年2月29日現在", seg, metric, "interim", v, unit, raw,
                           as_of=ASOF, ctx=row))
    for (lab, v), debt in zip(REF, ("市税", "国民健康保険料")):
        facts.append(F(debt, 2022, "令和4年度", "total", "outstanding", "actual", v, "yen", f"約{man(v)}円",
                       approx=True, ctx=f"{lab}：約{man(v)}円"))
    facts.append(F(None, 2022, "令和4年度", "total", "collection_rate", "actual", REF_RATE, "percent", f"{REF_RATE}％",
                   debt_raw="市全体", ctx=f"全会計）：{REF_RATE}％"))
    facts.append(F(None, 2023, "強化月間", "total", "collected", "actual", TOT[0], "yen", f"{y(TOT[0])}円",
                   debt_raw="合計", ctx=f"合計{y(TOT[0])}円となり"))
    for lab, t, tag in ITEMS4:
        inits.append(I(None, 2023, SEC4, lab, t, tag))
    doc = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2024-03-04",
           "date_raw": "令和６年３月４日"}
    finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
