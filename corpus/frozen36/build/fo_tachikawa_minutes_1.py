"""fo_tachikawa_minutes_1: 書面開催の債権管理対策会議 会議録（要旨） with 別表.  HTML/CSS -> chromium."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fo_common import ROOT, WORK, Gold, chromium, comma, finish, rate, tri, zen  # noqa: E402

STEM = "fo_tachikawa_minutes_1"
CITY = "立川市"
TITLE = "令和７年度第２回立川市債権管理対策会議 会議録（要旨）"
g = Gold(STEM, "minutes", CITY, TITLE, "2025-11-14", "令和７年１１月１４日", family="minutes")

# ---------------------------------------------------------------- figures (千円), 令和6年度決算
#            short, canonical, (current: assessed, collected, written_off), (arrears: ...)
DEBTS = [
    ("市税", "市税", (31254870, 30957412, 0), (812336, 287105, 61240)),
    ("国保税", "国民健康保険税", (4512380, 4201655, 0), (1204566, 312884, 98412)),
    ("介護料", "介護保険料", (3105220, 3072915, 0), (98744, 21306, 14820)),
    ("後期高齢", "後期高齢者医療保険料", (2280410, 2268133, 0), (24518, 9742, 4105)),
    ("保育料", "保育料", (512330, 508144, 0), (35882, 8961, 3212)),
    ("生保返還金", "生活保護費返還金", (98420, 61337, 0), (312580, 14206, 9874)),
]
# 収入未済額（計）の推移, 千円: R4, R5 (R6 from the table above)
HIST = {"市税": (872604, 813552), "国保税": (1238410, 1164207), "介護料": (101336, 98105),
        "後期高齢": (25012, 24388), "保育料": (33120, 30544), "生保返還金": (301884, 312960)}


def Z2(x):
    return zen(f"{x:.2f}")


def seg(a, c, w):
    return {"a": a, "c": c, "w": w, "o": a - c - w, "r": rate(c, a)}


ROWS = []
for short, canon, cur, arr in DEBTS:
    s_c, s_a = seg(*cur), seg(*arr)
    s_t = seg(cur[0] + arr[0], cur[1] + arr[1], cur[2] + arr[2])
    ROWS.append((short, canon, {"current": s_c, "arrears": s_a, "total": s_t}))
tot = {}
for sg in ("current", "arrears", "total"):
    a = sum(r[2][sg]["a"] for r in ROWS)
    c = sum(r[2][sg]["c"] for r in ROWS)
    w = sum(r[2][sg]["w"] for r in ROWS)
    tot[sg] = seg(a, c, w)
ROWS.append(("合計", None, tot))
R6 = {r[0]: r[2] for r in ROWS}

AS_OF_SEP = "2025-09-30"

# ---------------------------------------------------------------- page 1: header
attendees = ([("委員長", "副市長")] +
             [("委員", t) for t in ("総務部長", "財務部長", "市民生活部長", "福祉保健部長", "子ども・若者部長",
                                   "産業文化スポーツ部長", "教育部長")] +
             [("事務局", t) for t in ("財務部収納課長", "収納課債権管理係長", "収納課債権管理係主任")])
agenda = ["令和６年度決算における市債権の収入未済額の状況について",
          "令和７年度上半期（９月末）の債権管理の取組状況について",
          "債権放棄及び徴収停止の運用について"]
materials = ["資料１　令和６年度決算　債権別収入状況", "資料２　令和７年度上半期　債権管理取組状況報告",
             "資料３　債権放棄等の運用方針（案）"]

p1 = f"""
<div class="docno">立川市財務部収納課</div>
<h1>{TITLE}</h1>
<table class="head">
<tr><th>会議名</th><td>令和７年度第２回立川市債権管理対策会議</td></tr>
<tr><th>開催方法</th><td>書面開催<br>令和７年１１月１４日付けで資料を各委員へ送付し、意見及び質問を照会した。<br>
（意見等提出期限：令和７年１１月２６日（水））</td></tr>
<tr><th>出席者</th><td>委員８名、事務局３名<br>
委員長　副市長<br>
委　員　総務部長、財務部長、市民生活部長、福祉保健部長、子ども・若者部長、産業文化スポーツ部長、教育部長<br>
事務局　財務部収納課長、収納課債権管理係長、収納課債権管理係主任</td></tr>
<tr><th>議　題</th><td>(1) {agenda[0]}<br>(2) {agenda[1]}<br>(3) {agenda[2]}</td></tr>
<tr><th>資　料</th><td>{'<br>'.join(materials)}<br>別表　令和６年度決算　債権別収入状況・収入未済額の推移</td></tr>
</table>
<h2>１　書面開催の経過</h2>
<p class="body">令和７年度第２回会議は、各委員の日程調整が困難であったことから書面により開催した。事務局から資料を送付し、
各委員から所管債権の状況報告及び意見を求め、委員長からの質問に対しては所管部長が回答した。
提出のあった意見等の要旨は次のとおりである。</p>
"""

# ---------------------------------------------------------------- statements
stmts = []   # (page, speaker, section, text-html, text-plain)


def st(page, speaker, section, text):
    stmts.append((page, speaker, section, text))


sz = R6["市税"]
# 市税 prose (page 2)
r5_rate_tax = 97.22
d_rate = round(sz["total"]["r"] - r5_rate_tax, 2)
o6 = sz["total"]["o"]
o5 = HIST["市税"][1]
t_tax = (f"「市税」の令和６年度決算における収納率は{Z2(sz['total']['r'])}％で、前年度比{Z2(d_rate)}ポイント上昇した。"
         f"収入未済額は約７億６，１００万円となり、前年度から約５，２００万円減少した。"
         f"滞納繰越分については、不納欠損額が約６，１００万円となったが、財産調査の徹底により収納率は{Z2(sz['arrears']['r'])}％を確保した。"
         f"令和７年度は９月末時点で現年課税分の収納率が{zen('56.31')}％となっており、前年同月比{zen('0.18')}ポイントの上昇である。")
st(2, "財務部長", "所管する債権の状況について報告", t_tax)
P2 = 2
g.fact(P2, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", sz["total"]["r"], "percent",
       Z2(sz["total"]["r"]) + "％")
g.fact(P2, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", d_rate, "points",
       "前年度比" + zen(f"{d_rate:.2f}") + "ポイント")
g.fact(P2, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 761000000, "yen",
       "約７億６，１００万円", approx=True)
g.fact(P2, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -52000000, "yen",
       "約５，２００万円減少", approx=True)
g.fact(P2, "市税", "市税", 2024, "令和６年度", "arrears", "written_off", "actual", 61000000, "yen",
       "約６，１００万円", approx=True)
g.fact(P2, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", sz["arrears"]["r"], "percent",
       Z2(sz["arrears"]["r"]) + "％")
g.fact(P2, "市税", "市税", 2025, "令和７年度", "current", "collection_rate", "interim", 56.31, "percent",
       zen("56.31") + "％", as_of=AS_OF_SEP)
g.fact(P2, "市税", "市税", 2025, "令和７年度", "current", "difference", "interim", 0.18, "points",
       zen("0.18") + "ポイント", as_of=AS_OF_SEP)
assert abs(o6 - 761449) < 1 and round((o5 - o6) / 1000) == 52

kk = R6["国保税"]
t_kk = (f"「国民健康保険税」は、令和６年度の現年課税分収納率が{Z2(kk['current']['r'])}％、"
        f"滞納繰越分収納率が{Z2(kk['arrears']['r'])}％となった。収入未済額は約１１億４００万円で、"
        f"依然として全債権の収入未済額の半数近くを占めている。令和７年度９月末時点の現年課税分収納率は{zen('52.8')}％で、"
        f"前年同月を{zen('0.6')}ポイント上回っている。資格確認書の交付時に納付相談を行うなど、接触機会の確保に努める。")
st(2, "福祉保健部長", "所管する債権の状況について報告", t_kk)
g.fact(P2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual",
       kk["current"]["r"], "percent", Z2(kk["current"]["r"]) + "％")
g.fact(P2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual",
       kk["arrears"]["r"], "percent", Z2(kk["arrears"]["r"]) + "％")
g.fact(P2, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual",
       1104000000, "yen", "約１１億４００万円", approx=True)
g.fact(P2, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "collection_rate", "interim",
       52.8, "percent", zen("52.8") + "％", as_of=AS_OF_SEP)
g.fact(P2, "国民健康保険税", "国民健康保険税", 2025, "令和７年度", "current", "difference", "interim",
       0.6, "points", zen("0.6") + "ポイント", as_of=AS_OF_SEP)

kg = R6["介護料"]
kr = R6["後期高齢"]
t_kg = (f"「介護保険料」は、現年度分収納率が{Z2(kg['current']['r'])}％と高い水準を維持している。"
        f"滞納繰越分は普通徴収の方が中心であり、収納率は{Z2(kg['arrears']['r'])}％にとどまった。"
        f"「後期高齢者医療保険料」は、現年度分{Z2(kr['current']['r'])}％、滞納繰越分{Z2(kr['arrears']['r'])}％で、"
        f"いずれも前年度を上回った。")
st(2, "福祉保健部長", "所管する債権の状況について報告", t_kg)
g.fact(P2, "介護保険料", "介護保険料", 2024, "令和６年度", "current", "collection_rate", "actual",
       kg["current"]["r"], "percent", Z2(kg["current"]["r"]) + "％")
g.fact(P2, "介護保険料", "介護保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual",
       kg["arrears"]["r"], "percent", Z2(kg["arrears"]["r"]) + "％")
g.fact(P2, "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "current", "collection_rate", "actual",
       kr["current"]["r"], "percent", Z2(kr["current"]["r"]) + "％")
g.fact(P2, "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual",
       kr["arrears"]["r"], "percent", Z2(kr["arrears"]["r"]) + "％")

hy = R6["保育料"]
t_hy = (f"「保育料」は、口座振替の勧奨により現年度分の収納率が{Z2(hy['current']['r'])}％となった。"
        f"滞納繰越分の収入未済額は{zen(comma(hy['arrears']['o']))}千円であり、児童手当からの徴収を引き続き活用する。"
        f"「学童保育所育成料」についても、令和８年度からのコンビニ納付導入に向けて準備を進めている。")
st(2, "子ども・若者部長", "所管する債権の状況について報告", t_hy)
g.fact(P2, "保育料", "保育料", 2024, "令和６年度", "current", "collection_rate", "actual",
       hy["current"]["r"], "percent", Z2(hy["current"]["r"]) + "％")
g.fact(P2, "保育料", "保育料", 2024, "令和６年度", "arrears", "outstanding", "actual",
       hy["arrears"]["o"] * 1000, "yen", zen(comma(hy['arrears']['o'])) + "千円")

# page 3: Q&A
P3 = 3
sh = R6["生保返還金"]
t_q1 = ("資料１によると、「生活保護費返還金」の現年度分収納率が他の債権と比べて低い水準にとどまっている。要因と今後の対応を伺いたい。"
        "また、市税の滞納者数の推移についても併せて示されたい。")
st(3, "委員長", "委員長からの質問及び回答", t_q1)
t_a1 = (f"「生活保護費返還金」は、令和６年度の現年度分調定額{zen('9,842')}万円に対し、収入済額は{zen('6,134')}万円であった。"
        f"資力がありながら保護費を受給していた事案の返還金は、一括での納付が難しく分割納付が中心となるため、"
        f"年度内に完納に至らないものが多い。今後は保護費からの調整（徴収）を積極的に適用し、現年度分の収入確保を図る。")
st(3, "福祉保健部長", "委員長からの質問及び回答", t_a1)
g.fact(P3, "生活保護費返還金", "生活保護費返還金", 2024, "令和６年度", "current", "assessed", "actual",
       98420000, "yen", zen("9,842") + "万円")
g.fact(P3, "生活保護費返還金", "生活保護費返還金", 2024, "令和６年度", "current", "collected", "actual",
       61340000, "yen", zen("6,134") + "万円")
t_a2 = (f"市税の滞納者数は、令和７年９月末時点で{zen('4,218')}人であり、前年同月と比べ{zen('302')}人減少した。"
        f"新規滞納者への早期催告と、電話催告センターによる納期内納付の呼びかけの効果と考えている。")
st(3, "財務部収納課長", "委員長からの質問及び回答", t_a2)
g.fact(P3, "市税", "市税", 2025, "令和７年度", "total", "delinquents", "interim", 4218, "persons",
       zen("4,218") + "人", as_of=AS_OF_SEP)
g.fact(P3, "市税", "市税", 2025, "令和７年度", "total", "difference", "interim", -302, "persons",
       zen("302") + "人減少", as_of=AS_OF_SEP)
t_ed = (f"「奨学資金貸付金」の収入未済額は、令和６年度末で約１，８６０万円である。"
        f"卒業後の返還開始時に返還計画を改めて通知し、３か月以上の滞納者には連帯保証人への通知を行う。")
st(3, "教育部長", "所管する債権の状況について報告", t_ed)
g.fact(P3, "奨学資金貸付金", "奨学資金貸付金", 2024, "令和６年度", "total", "outstanding", "actual",
       18600000, "yen", "約１，８６０万円", approx=True)
t_sm = ("議題(3)の債権放棄及び徴収停止の運用について、資料３の方針（案）に異議はない。"
        "市民生活部所管の債権については、少額の私債権が多いため、時効管理を徹底したうえで運用したい。")
st(3, "市民生活部長", "債権放棄及び徴収停止の運用について", t_sm)
t_cl = ("各委員の意見を踏まえ、資料３の方針（案）のとおり運用を開始する。下半期は１２月の滞納整理強化月間を中心に、"
        "各所管課が収納課と連携して現年度分の収納確保に取り組んでいただきたい。次回は令和８年２月に開催する予定である。")
st(3, "委員長", "まとめ", t_cl)


def para(text):
    return f'<p class="stm">{text}</p>'


def stmt_html(page):
    out = []
    cur_sec = None
    for p, spk, sec, text in stmts:
        if p != page:
            continue
        if sec != cur_sec:
            out.append(f'<h3>【{sec}】</h3>')
            cur_sec = sec
        out.append(f'<p class="spk">○{spk}</p>' + para(text))
    return "\n".join(out)


p2 = f"""<h2>２　各委員からの意見等の要旨</h2>
<h3 class="ag">(1) {agenda[0]}</h3>
{stmt_html(2)}"""
p3 = f"""<h3 class="ag">(2) {agenda[1]}・(3) {agenda[2]}</h3>
{stmt_html(3)}
<p class="end">以上</p>"""

# ---------------------------------------------------------------- page 4: 別表１
P4 = 4
SEGL = {"current": "現年", "arrears": "滞繰", "total": "計"}
rows_html = []
for short, canon, d in ROWS:
    debt = canon
    draw = short
    for i, sg in enumerate(("current", "arrears", "total")):
        s = d[sg]
        cells = []
        if i == 0:
            cells.append(f'<th rowspan="3" class="dn">{short}</th>')
        cells.append(f'<td class="sg">{SEGL[sg]}</td>')
        for key, metric in (("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")):
            v = s[key]
            txt = comma(v) if v else "－"
            if v:
                g.fact(P4, debt, draw, 2024, "令和６年度", sg, metric, "actual", v * 1000, "yen", txt)
            cells.append(f"<td>{txt}</td>")
        rtxt = f"{s['r']:.2f}"
        g.fact(P4, debt, draw, 2024, "令和６年度", sg, "collection_rate", "actual", s["r"], "percent", rtxt)
        cells.append(f"<td>{rtxt}</td>")
        cls = ' class="sub"' if sg == "total" else ""
        rows_html.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
# footnote figure: 個人市民税分
g.fact(P4, "市税", "個人市民税", 2024, "令和６年度", "total", "outstanding", "actual", 398226000, "yen",
       "398,226千円")
p4 = f"""<div class="cap">別表１　令和６年度決算　債権別収入状況</div>
<div class="unit">（単位：千円、％）</div>
<div class="box">
<table class="grid">
<thead><tr><th colspan="2">債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額※１</th><th>収納率※２</th></tr></thead>
<tbody>
{''.join(rows_html)}
</tbody></table>
</div>
<div class="src">出典：令和６年度立川市一般会計・特別会計歳入歳出決算書を基に収納課で作成</div>
<div class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、生保返還金＝生活保護費返還金<br>
※１　市税の収入未済額のうち、個人市民税分 398,226千円<br>
※２　収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）</div>
"""

# ---------------------------------------------------------------- page 5: 別表２
P5 = 5
h_rows = []
sum4 = sum5 = sum6 = 0
for short, canon, d in ROWS[:-1]:
    r4, r5 = HIST[short]
    r6 = d["total"]["o"]
    sum4 += r4
    sum5 += r5
    sum6 += r6
    diff = r6 - r5
    for fy, fyr, v in ((2022, "R4", r4), (2023, "R5", r5), (2024, "R6", r6)):
        g.fact(P5, canon, short, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", comma(v))
    g.fact(P5, canon, short, 2024, "R6", "total", "difference", "actual", diff * 1000, "yen", tri(diff))
    h_rows.append(f"<tr><th>{short}</th><td>{comma(r4)}</td><td>{comma(r5)}</td><td>{comma(r6)}</td><td>{tri(diff)}</td></tr>")
assert sum6 == tot["total"]["o"]
for fy, fyr, v in ((2022, "R4", sum4), (2023, "R5", sum5), (2024, "R6", sum6)):
    g.fact(P5, None, "合計", fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", comma(v))
g.fact(P5, None, "合計", 2024, "R6", "total", "difference", "actual", (sum6 - sum5) * 1000, "yen", tri(sum6 - sum5))
h_rows.append(f'<tr class="sub"><th>合計</th><td>{comma(sum4)}</td><td>{comma(sum5)}</td><td>{comma(sum6)}</td><td>{tri(sum6 - sum5)}</td></tr>')
# prose under table
dd = sum6 - sum5
oku6 = round(sum6 / 100000, 1)
oku_d = round(-dd / 100000, 1)
txt5 = (f"全債権の収入未済額は、令和６年度末で約{zen(f'{oku6:.1f}')}億円となり、前年度末から約{zen(f'{oku_d:.1f}')}億円"
        f"{'減少' if dd < 0 else '増加'}した。")
g.fact(P5, None, None, 2024, "令和６年度", "total", "outstanding", "actual", round(oku6 * 1e8), "yen",
       "約" + zen(f"{oku6:.1f}") + "億円", approx=True)
g.fact(P5, None, None, 2024, "令和６年度", "total", "difference", "actual", -round(oku_d * 1e8), "yen",
       "約" + zen(f"{oku_d:.1f}") + "億円減少", approx=True)
assert dd < 0
p5 = f"""<div class="cap">別表２　収入未済額の推移（各年度末）</div>
<div class="unit">（単位：千円）</div>
<div class="box">
<table class="grid g2">
<thead><tr><th>債権名</th><th>R4</th><th>R5</th><th>R6</th><th>増減<br>（R6−R5）</th></tr></thead>
<tbody>{''.join(h_rows)}</tbody></table>
</div>
<div class="src">出典：各年度決算書（収納課集計）</div>
<p class="body">{txt5}</p>
<div class="note">※ 増減欄の△は減少を示す。</div>
"""

CSS = """
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
* { font-weight: normal !important; }
body { font-family: 'IPAexMincho', serif; font-size: 10.5pt; line-height: 1.6; color: #111; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 15pt; text-align: center; margin: 6mm 0 5mm; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 12pt; margin: 5mm 0 2mm; }
h3 { font-family: 'IPAexGothic', sans-serif; font-size: 10.5pt; margin: 3mm 0 1mm; }
h3.ag { border-bottom: 1px solid #333; padding-bottom: 1mm; }
.docno { text-align: right; font-size: 9.5pt; }
table.head { width: 100%; border-collapse: collapse; }
table.head th { width: 22mm; background: #e6e6e6; border: 1px solid #444; padding: 2mm; font-family: 'IPAexGothic'; font-weight: normal; vertical-align: top; }
table.head td { border: 1px solid #444; padding: 2mm 3mm; }
p.body { text-indent: 1em; margin: 1mm 0; }
p.spk { font-family: 'IPAexGothic'; margin: 3mm 0 0; }
p.stm { text-indent: 1em; margin: 0 0 1mm 1em; }
p.end { text-align: right; margin-top: 6mm; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.cap { font-family: 'IPAexGothic'; font-size: 11.5pt; margin-top: 2mm; }
.unit { text-align: right; font-size: 9pt; }
.box { border: 1.5px solid #000; padding: 2mm; }
table.grid { width: 100%; border-collapse: collapse; font-size: 9.2pt; }
table.grid th, table.grid td { border: 0.6px solid #555; padding: 0.9mm 1.5mm; }
table.grid thead th { background: #d9d9d9; font-family: 'IPAexGothic'; font-weight: normal; }
table.grid td { text-align: right; }
table.grid td.sg { text-align: center; width: 10mm; }
table.grid th.dn { background: #f2f2f2; font-family: 'IPAexGothic'; font-weight: normal; width: 22mm; }
table.grid tr.sub td { background: #f2f2f2; }
table.g2 tbody th { background: #f2f2f2; font-family: 'IPAexGothic'; font-weight: normal; text-align: left; }
.src { font-size: 8.5pt; margin-top: 1mm; }
.note { font-size: 8.5pt; margin-top: 2mm; line-height: 1.5; }
"""

html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title><style>{CSS}</style></head><body>
<div class="page">{p1}</div>
<div class="page">{p2}</div>
<div class="page">{p3}</div>
<div class="page">{p4}</div>
<div class="page">{p5}</div>
</body></html>"""

hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium(hp, pdf)

g.minutes = {
    "title": TITLE,
    "meeting_number": 2,
    "date": "2025-11-14",
    "method": "書面開催",
    "attendees": [{"role": r, "title": t, "name": None} for r, t in attendees],
    "agenda": agenda,
    "materials": materials + ["別表　令和６年度決算　債権別収入状況・収入未済額の推移"],
    "statements": [{"speaker": spk, "section": sec, "text": text, "page": p} for p, spk, sec, text in stmts],
}
finish(g, pdf)
