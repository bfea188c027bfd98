"""上越市債権管理計画（令和７年度～令和９年度）: PyMuPDF Story (HTML), one story per page, A4 portrait.

A plan with 推進シート per debt, in the manner of municipal 債権管理計画 (廿日市市・宇部市 style prose + tables):
prose figures, 会計別 table with 小計/合計 rows and a 前年度比 column, a 市税 sheet whose years run down the rows and
whose table continues on the next page WITHOUT its header, a 国保 section (name in the heading's parentheses) with
years as columns and rates without %, a 【参考】 box, a 保育料 sheet with a label/value box and a table with no rules.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import PDF, Gold, check, comma, oku_man, rate, round_man  # noqa: E402

STEM = "p_joetsu_plan_1"
CITY = "上越市"

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 20pt; text-align: center; margin-top: 40pt;}
h2 {font-family: G; font-size: 12.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 10pt;}
table {border-collapse: collapse; width: 100%;}
td, th {padding: 2pt 4pt; font-size: 9pt;}
table.grid td, table.grid th {border: 0.5pt solid black;}
table.grid th {background-color: #e6e6e6; font-family: G; font-weight: normal;}
table.hrule td, table.hrule th {border-top: 0.5pt solid black; border-bottom: 0.5pt solid black;}
table.none td, table.none th {border: none;}
td.r {text-align: right;}
td.c, th {text-align: center;}
.unit {text-align: right; font-size: 8.5pt; margin: 0;}
.note {font-size: 8.5pt; text-indent: 0;}
.box {border: 0.8pt solid black; padding: 5pt 8pt; margin: 4pt 0;}
.box p {text-indent: 0; margin: 0 0 2pt 0;}
.name {border: 1pt solid black; padding: 4pt 8pt; font-family: G; font-size: 12pt; margin: 0 0 6pt 0;}
.center {text-align: center; text-indent: 0;}
"""

# ---------------------------------------------------------------- data
ACCOUNTS = [  # 会計, [(債権名, R4千円, R5千円)]
    ("一般会計", [("市税", 1005554, 958622), ("保育料", 18204, 16977), ("市営住宅使用料", 41388, 39102),
                 ("生活保護費返還金", 87215, 91430)]),
    ("特別会計", [("国民健康保険税", 712556, 668911), ("介護保険料", 58402, 55218),
                 ("後期高齢者医療保険料", 9877, 9105)]),
    ("企業会計", [("水道料金", 131602, 124377), ("下水道使用料", 122115, 119488)]),
]
GRAND4 = sum(v4 for _, rows in ACCOUNTS for _, v4, _ in rows)
GRAND5 = sum(v5 for _, rows in ACCOUNTS for _, _, v5 in rows)
OUT5_R = round_man(GRAND5 * 1000)
OUT_H30_R = 2987000000

YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]

# 市税 (円): per year cur (A, W, O), arr (W, O); arr A = previous total O (R1 given)
ZEI_IN = {2019: ((21845331200, 0, 203118540), (1412880115, 98204330, 1003552010)),
          2020: ((21302118900, 0, 268441203), (None, 91330118, 905118442)),
          2021: ((21998402100, 0, 221805330), (None, 88104225, 846227119)),
          2022: ((22310554800, 0, 205441118), (None, 82330120, 1005553658 - 205441118)),
          2023: ((22641870300, 0, 191205774), (None, 79440212, 958622415 - 191205774))}


def series(inp):
    out, prev_tot = {}, None
    for y, _ in YEARS:
        (ca, cw, co), (aa, aw, ao) = inp[y]
        if aa is None:
            aa = prev_tot
        cc, ac = ca - cw - co, aa - aw - ao
        out[y] = {"current": (ca, cc, cw, co, rate(cc, ca)), "arrears": (aa, ac, aw, ao, rate(ac, aa))}
        prev_tot = co + ao
    return out


ZEI = series(ZEI_IN)
# 国保 (千円)
KOK_IN = {2019: ((4102335, 1205, 245118), (1020447, 98225, 598302)),
          2020: ((3988102, 980, 232441), (None, 91004, 560118)),
          2021: ((3912558, 1102, 228004), (None, 88512, 515330)),
          2022: ((3851220, 877, 221356), (None, 80117, 712556 - 221356)),
          2023: ((3790114, 912, 208705), (None, 76430, 668911 - 208705))}
KOK = series(KOK_IN)

ZEI_TARGET = [(2025, "令和７年度", 99.20, 19.00, 960000), (2026, "８年度", 99.25, 20.00, 930000),
              (2027, "９年度", 99.30, 21.00, 900000)]
KOK_TARGET = (95.50, 25.00)
HOIKU = [(2018, "H30", 98.71, 12.44, 22817410), (2019, "R元", 98.80, 11.02, 21408115),
         (2020, "R2", 98.52, 9.87, 20366902), (2021, "R3", 98.90, 10.35, 19240088),
         (2022, "R4", 99.01, 10.88, 18204377), (2023, "R5", 99.12, 11.64, 16977215)]

ZEI_ITEMS = [("①", "納期限後20日以内の督促と、督促後10日を経過した時点での一斉催告を徹底し、現年分の滞納繰越を抑制する。", "継続"),
             ("②", "預貯金・給与の電子照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
             ("③", "新潟県地方税徴収機構への移管対象を見直し、高額・困難事案の整理を進める。", "継続"),
             ("④", "地方税統一QRコードによるスマートフォン決済の利用を周知する。", "新規")]
KOK_ITEMS = [("(1)", "資格取得時の口座振替登録を原則とし、納付書払い世帯への切替勧奨を行う。", "継続"),
             ("(2)", "滞納世帯との接触機会を確保するため、夜間・休日の納付相談窓口を開設する。", "拡充"),
             ("(3)", "執行停止中の事案を定期的に再調査し、資力回復が確認されたものは停止を取り消す。", "新規")]
HOIKU_ITEMS = [("ア", "口座振替不能の通知と同時に、保育園を通じて保護者へ納付を案内する。", "継続"),
               ("イ", "児童手当からの特別徴収（申出による徴収）を活用する。", "継続"),
               ("ウ", "卒園児世帯の滞納分は、市税の滞納と併せて財産調査を行い、滞納処分を実施する。", "拡充")]


def pct(v):
    return f"{v:.2f}%"


# ---------------------------------------------------------------- pages
def header(title="上越市債権管理計画"):
    return f'<p class="unit">{title}</p>'


def page1(g, pg):
    zt = ZEI[2023]
    ztot_a = zt["current"][0] + zt["arrears"][0]
    ztot_c = zt["current"][1] + zt["arrears"][1]
    zrate = rate(ztot_c, ztot_a)
    g.fact(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度決算", seg="total", metric="outstanding",
           basis="actual", value=OUT5_R, unit="yen", approx=True, raw=f"約{oku_man(OUT5_R)}", page=pg)
    g.fact(debt=None, debt_raw=None, fy=2018, fy_raw="平成30年度", seg="total", metric="outstanding",
           basis="actual", value=OUT_H30_R, unit="yen", approx=True, raw=f"約{oku_man(OUT_H30_R)}", page=pg)
    g.fact(debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="actual",
           value=zrate, unit="percent", raw=f"{zrate:.2f}％", page=pg)
    kout = round_man(668911 * 1000)
    g.fact(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
           value=kout, unit="yen", approx=True, raw=f"約{oku_man(kout)}", page=pg)
    return f"""
<h1>上越市債権管理計画</h1>
<p class="center" style="font-size:13pt;">（令和７年度～令和９年度）</p>
<p class="center" style="margin-top:14pt;">令和７年３月</p>
<p class="center">上越市財務部債権管理課</p>
<h2 style="margin-top:30pt;">１　計画策定の趣旨</h2>
<p>本市では、上越市債権管理条例に基づき、市が保有する債権の適正な管理と収入未済額の縮減に全庁で取り組んできた。
前計画の期間が令和６年度で終了することから、これまでの取組の成果と課題を踏まえ、令和７年度から令和９年度までの３か年を期間とする新たな計画を定める。</p>
<h2>２　債権の現状</h2>
<p>令和５年度決算における市の債権の収入未済額は約{oku_man(OUT5_R)}で、平成30年度の約{oku_man(OUT_H30_R)}から着実に縮減している。
このうち市税は、滞納処分の強化や新潟県地方税徴収機構との連携により、現年分と滞繰分を合わせた徴収率が{zrate:.2f}％（令和５年度）まで向上した。</p>
<p>一方、国民健康保険税の収入未済額は約{oku_man(kout)}と市税に次いで多く、被保険者の高齢化と所得の減少により、滞納繰越分の整理が課題となっている。
また、私債権である市営住宅使用料や、非強制徴収公債権である生活保護費返還金は、退去者や保護廃止者の所在確認に時間を要し、回収が長期化する傾向にある。</p>
<h2>３　計画の目標</h2>
<p>各債権の所管課は、推進シートに定める徴収率及び収入未済額の目標値の達成に向けて取り組み、債権管理課は年２回その進捗を確認する。</p>
"""


def page2(g, pg):
    rows = []
    for acct, debts in ACCOUNTS:
        n = len(debts) + 1
        for i, (name, v4, v5) in enumerate(debts):
            first = f'<td rowspan="{n}">{acct}</td>' if i == 0 else ""
            rows.append(f"<tr>{first}<td>{name}</td><td class='r'>{comma(v4)}</td><td class='r'>{comma(v5)}</td>"
                        f"<td class='r'>{comma(v5 - v4)}</td></tr>")
            for fy, v, fr in ((2022, v4, "４年度"), (2023, v5, "５年度")):
                g.fact(debt=name, fy=fy, fy_raw=fr, seg="total", metric="outstanding", basis="actual",
                       value=v * 1000, unit="yen", raw=comma(v), page=pg)
        s4, s5 = sum(d[1] for d in debts), sum(d[2] for d in debts)
        rows.append(f"<tr><td class='c'>小　計</td><td class='r'>{comma(s4)}</td><td class='r'>{comma(s5)}</td>"
                    f"<td class='r'>{comma(s5 - s4)}</td></tr>")
        for fy, v, fr in ((2022, s4, "４年度"), (2023, s5, "５年度")):
            g.fact(debt=None, debt_raw=f"{acct}小計", fy=fy, fy_raw=fr, seg="total", metric="outstanding",
                   basis="actual", value=v * 1000, unit="yen", raw=comma(v), page=pg)
    rows.append(f"<tr><td class='c' colspan='2'>合　　計</td><td class='r'>{comma(GRAND4)}</td>"
                f"<td class='r'>{comma(GRAND5)}</td><td class='r'>{comma(GRAND5 - GRAND4)}</td></tr>")
    for fy, v, fr in ((2022, GRAND4, "４年度"), (2023, GRAND5, "５年度")):
        g.fact(debt=None, debt_raw="合計", fy=fy, fy_raw=fr, seg="total", metric="outstanding", basis="actual",
               value=v * 1000, unit="yen", raw=comma(v), page=pg)
    return header() + f"""
<h2>４　会計別・債権別の収入未済額</h2>
<p>対象債権の収入未済額を会計別に示すと、次のとおりである。全体の約半数を一般会計の市税が占めている。</p>
<p class="unit">（単位：千円）</p>
<table class="grid">
<tr><th width="16%">会計</th><th width="30%">債権名</th><th>４年度決算</th><th>５年度決算</th><th>前年度比</th></tr>
{''.join(rows)}
</table>
<p class="note">※ 前年度比は５年度決算から４年度決算を差し引いたもの（△は減少）。</p>
<p class="note">※ 千円未満を四捨五入しているため、内訳と小計・合計が一致しない場合がある。</p>
<h2>５　推進シートの見方</h2>
<p>次ページ以降の推進シートは、主な債権ごとに、直近５か年の徴収状況、計画期間の目標値及び目標達成に向けた取組を記載したものである。
徴収率は、収入済額を調定額で除して算出している。</p>
"""


def zei_rows(g, pg, years):
    out = []
    for y, label in YEARS:
        if y not in years:
            continue
        for j, (seg, seglab) in enumerate((("current", "現年分"), ("arrears", "滞繰分"))):
            a, c, w, o, r = ZEI[y][seg]
            first = f'<td rowspan="2" class="c">{label}</td>' if j == 0 else ""
            out.append(f"<tr>{first}<td class='c'>{seglab}</td><td class='r'>{comma(a)}</td><td class='r'>{comma(c)}</td>"
                       f"<td class='r'>{comma(w) if w else '0'}</td><td class='r'>{comma(o)}</td><td class='r'>{pct(r)}</td></tr>")
            for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                g.fact(debt="市税", fy=y, fy_raw=label, seg=seg, metric=metric, basis="actual", value=v, unit="yen",
                       raw=comma(v) if v else "0", page=pg)
            g.fact(debt="市税", fy=y, fy_raw=label, seg=seg, metric="collection_rate", basis="actual", value=r,
                   unit="percent", raw=pct(r), page=pg)
    return "".join(out)


def page3(g, pg):
    return header("推進シート") + f"""
<h2>６　推進シート</h2>
<div class="name">債権名　市税　　　　　　<span style="font-size:10pt;">所管課：納税課（財務部）</span></div>
<h3>(1) 債権の概要</h3>
<p>地方税法及び上越市市税条例に基づき賦課する市民税、固定資産税、軽自動車税等。強制徴収公債権。</p>
<h3>(2) 徴収状況の推移</h3>
<p class="unit">（単位：円）</p>
<table class="grid">
<tr><th width="11%">年度</th><th width="9%">区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th width="10%">徴収率</th></tr>
{zei_rows(g, pg, (2019, 2020, 2021))}
</table>
<p class="note" style="margin-top:6pt;">（次ページへ続く）</p>
"""


def page4(g, pg):
    trs = []
    for fy, lab, cr, ar, out in ZEI_TARGET:
        trs.append((lab, cr, ar, out))
        g.fact(debt="市税", fy=fy, fy_raw=lab, seg="current", metric="collection_rate", basis="target", value=cr,
               unit="percent", raw=pct(cr), page=pg)
        g.fact(debt="市税", fy=fy, fy_raw=lab, seg="arrears", metric="collection_rate", basis="target", value=ar,
               unit="percent", raw=pct(ar), page=pg)
        g.fact(debt="市税", fy=fy, fy_raw=lab, seg="total", metric="outstanding", basis="target", value=out * 1000,
               unit="yen", raw=comma(out), page=pg)
    target = ("<table class='none'>"
              "<tr><td width='34%'></td>" + "".join(f"<td class='r'>{t[0]}</td>" for t in trs) + "</tr>"
              "<tr><td>現年分徴収率</td>" + "".join(f"<td class='r'>{pct(t[1])}</td>" for t in trs) + "</tr>"
              "<tr><td>滞繰分徴収率</td>" + "".join(f"<td class='r'>{pct(t[2])}</td>" for t in trs) + "</tr>"
              "<tr><td>収入未済額（千円）</td>" + "".join(f"<td class='r'>{comma(t[3])}</td>" for t in trs) + "</tr>"
              "</table>")
    items = []
    for i, (lab, text, st) in enumerate(ZEI_ITEMS):
        tag = f"<br/>【{st}】" if i == 1 else f"【{st}】"  # one tag wrapped to the next line
        items.append(f"<p>{lab}　{text}{tag}</p>")
        g.init(debt="市税", fy=None, section="目標達成に向けた取組", label=lab, text=text, status=st, page=pg)
    return header("推進シート") + f"""
<table class="grid">
{zei_rows(g, pg, (2022, 2023))}
</table>
<p class="note">※ 滞繰分の調定額は、前年度末の収入未済額（現年分・滞繰分の計）である。</p>
<h3>(3) 目標値</h3>
{target}
<h3>(4) 目標達成に向けた取組</h3>
<div class="box">{''.join(items)}</div>
<h3>(5) 課題</h3>
<p>滞繰分のうち、執行停止中の事案が約４割を占めており、停止要件の再確認と不納欠損処理の適正化が必要である。</p>
"""


def page5(g, pg):
    cols = [(y, f"R{'元' if y == 2019 else y - 2018}") for y, _ in YEARS]
    head = "<tr><th colspan='2'>区分</th>" + "".join(f"<th>{c}</th>" for _, c in cols) + "</tr>"
    body = []
    for seg, seglab in (("current", "現年分"), ("arrears", "滞繰分")):
        for k, (mlab, metric, idx) in enumerate((("調定額", "assessed", 0), ("収入額", "collected", 1),
                                                 ("収入率", "collection_rate", 4))):
            first = f"<td rowspan='3' class='c'>{seglab}</td>" if k == 0 else ""
            cells = []
            for y, c in cols:
                v = KOK[y][seg][idx]
                if metric == "collection_rate":
                    raw = f"{v:.2f}"
                    g.fact(debt="国民健康保険税", fy=y, fy_raw=c, seg=seg, metric=metric, basis="actual", value=v,
                           unit="percent", raw=raw, page=pg)
                else:
                    raw = comma(v)
                    g.fact(debt="国民健康保険税", fy=y, fy_raw=c, seg=seg, metric=metric, basis="actual",
                           value=v * 1000, unit="yen", raw=raw, page=pg)
                cells.append(f"<td class='r'>{raw}</td>")
            body.append(f"<tr>{first}<td>{mlab}</td>{''.join(cells)}</tr>")
    for mlab, metric in (("不納欠損額", "written_off"), ("収入未済額", "outstanding")):
        cells = []
        for y, c in cols:
            idx = 2 if metric == "written_off" else 3
            v = KOK[y]["current"][idx] + KOK[y]["arrears"][idx]
            g.fact(debt="国民健康保険税", fy=y, fy_raw=c, seg="total", metric=metric, basis="actual", value=v * 1000,
                   unit="yen", raw=comma(v), page=pg)
            cells.append(f"<td class='r'>{comma(v)}</td>")
        body.append(f"<tr><td colspan='2'>{mlab}</td>{''.join(cells)}</tr>")
    r5c, r5a = KOK[2023]["current"][4], KOK[2023]["arrears"][4]
    kout = round_man(668911 * 1000)
    for seg, v in (("current", r5c), ("arrears", r5a)):
        g.fact(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg=seg, metric="collection_rate", basis="actual",
               value=v, unit="percent", raw=f"{v:.2f}％", page=pg)
    for seg, v in (("current", KOK_TARGET[0]), ("arrears", KOK_TARGET[1])):
        g.fact(debt="国民健康保険税", fy=2027, fy_raw="令和９年度", seg=seg, metric="collection_rate", basis="target",
               value=v, unit="percent", raw=f"{v:.2f}％", page=pg)
    g.fact(debt="国民健康保険税", fy=2023, fy_raw="令和５年度末", seg="total", metric="delinquents", basis="actual",
           value=3412, unit="households", raw="3,412世帯", page=pg)
    g.fact(debt="国民健康保険税", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual",
           value=kout, unit="yen", approx=True, raw=f"約{oku_man(kout)}", page=pg)
    items = []
    for lab, text, st in KOK_ITEMS:
        items.append(f"<p style='text-indent:0;'>{lab}　{text}【{st}】</p>")
        g.init(debt="国民健康保険税", fy=None, section="今後の方向性", label=lab, text=text, status=st, page=pg)
    return header("推進シート") + f"""
<h2>７　債権ごとの取組（国民健康保険税）</h2>
<p>所管課：国保年金課　　債権の種類：強制徴収公債権</p>
<h3>(1) 徴収状況</h3>
<p class="unit">（単位：千円、収入率は％）</p>
<table class="grid">{head}{''.join(body)}</table>
<div class="box">
<p>【参考】令和５年度末の状況</p>
<p>・滞納世帯数：3,412世帯</p>
<p>・収入未済額：約{oku_man(kout)}</p>
<p>・国保加入世帯に占める口座振替世帯の割合：52.8％</p>
</div>
<h3>(2) 目標</h3>
<table class="grid">
<tr><th>区分</th><th>令和５年度（実績）</th><th>令和９年度（目標）</th></tr>
<tr><td>現年分収入率</td><td class="r">{r5c:.2f}％</td><td class="r">{KOK_TARGET[0]:.2f}％</td></tr>
<tr><td>滞繰分収入率</td><td class="r">{r5a:.2f}％</td><td class="r">{KOK_TARGET[1]:.2f}％</td></tr>
</table>
<h3>(3) 今後の方向性</h3>
{''.join(items)}
"""


def page6(g, pg):
    rows = []
    for fy, lab, cr, ar, out in HOIKU:
        rows.append(f"<tr><td class='c'>{lab}</td><td class='r'>{cr:.2f}</td><td class='r'>{ar:.2f}</td>"
                    f"<td class='r'>{comma(out)}</td></tr>")
        g.fact(debt="保育料", fy=fy, fy_raw=lab, seg="current", metric="collection_rate", basis="actual", value=cr,
               unit="percent", raw=f"{cr:.2f}", page=pg)
        g.fact(debt="保育料", fy=fy, fy_raw=lab, seg="arrears", metric="collection_rate", basis="actual", value=ar,
               unit="percent", raw=f"{ar:.2f}", page=pg)
        g.fact(debt="保育料", fy=fy, fy_raw=lab, seg="total", metric="outstanding", basis="actual", value=out,
               unit="yen", raw=comma(out), page=pg)
    items = []
    for lab, text, st in HOIKU_ITEMS:
        items.append(f"<p>{lab}　{text}</p><p>【{st}】</p>")
        g.init(debt="保育料", fy=None, section="取組内容", label=lab, text=text, status=st, page=pg)
    return header("推進シート") + f"""
<h2>８　推進シート（保育料）</h2>
<table class="grid">
<tr><th width="12%">債権名</th><td width="22%">保育料</td><th width="12%">所管課</th><td>保育課</td>
<th width="14%">債権の種類</th><td>強制徴収公債権</td></tr>
</table>
<h3>(1) 徴収率と収入未済額の推移</h3>
<p class="note">徴収率の単位は％、収入未済額の単位は円</p>
<table class="none">
<tr><td class="c" width="16%">年度</td><td class="r">現年分徴収率</td><td class="r">滞繰分徴収率</td><td class="r">収入未済額</td></tr>
{''.join(rows)}
</table>
<h3>(2) 取組内容</h3>
<div class="box">{''.join(items)}</div>
<h3>(3) 課題</h3>
<p>卒園後の世帯は保育園を通じた接触ができず、連絡先の把握が難しい。市税等の滞納整理と連携した対応を進める。</p>
"""


def build(g: Gold):
    arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    PDF.mkdir(parents=True, exist_ok=True)
    tmp = PDF / f"{STEM}.tmp.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    pages = [page1, page2, page3, page4, page5, page6]
    for pg, fn in enumerate(pages, start=1):
        html = fn(g, pg)
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        dev = writer.begin_page(fitz.paper_rect("a4"))
        more, _ = story.place(fitz.Rect(56, 50, 539, 792))
        story.draw(dev)
        writer.end_page()
        if more:
            raise SystemExit(f"page {pg} overflows")
    writer.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc, start=1):
        page.insert_text((290, 815), f"- {i} -", fontsize=9, fontname="helv")
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()
    tmp.unlink()


if __name__ == "__main__":
    g = Gold()
    build(g)
    g.write(STEM, kind="plan", municipality=CITY, title="上越市債権管理計画（令和７年度～令和９年度）",
            date="2025-03-01", date_raw="令和７年３月")
    check(STEM)
