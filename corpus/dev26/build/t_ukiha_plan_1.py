"""うきは市債権管理計画（令和7年度～令和11年度）: PyMuPDF Story (HTML) build + gold.

Modelled on the layout of 第2次廿日市市債権管理計画 (https://www.city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html)
and the per-debt 推進シート family; figures are invented and internally consistent.
"""
from __future__ import annotations

import pymupdf

from t_common import Facts, PDF_DIR, OUT, write_gold

STEM = "t_ukiha_plan_1"
CITY = "うきは市"
F = Facts()
INIT: list[dict] = []


def k(n: int) -> str:          # 千円 figure as printed
    return f"{n:,}"


def rate(c: int, a: int, nd=1) -> float:
    return round(c / a * 100 + 1e-9, nd)


# ---------------------------------------------------------------- 表1 data (令和5年度決算, 千円)
# (会計, 債権名, 調定, 収入, 欠損, indent)
ROWS = [
    ("一般会計", "市税", None, None, None, 0),
    ("一般会計", "個人市民税", 1_284_316, 1_251_407, 2_118, 1),
    ("一般会計", "法人市民税", 236_540, 235_212, 114, 1),
    ("一般会計", "固定資産税", 1_502_877, 1_452_960, 4_402, 1),
    ("一般会計", "軽自動車税", 118_225, 114_384, 391, 1),
    ("一般会計", "保育所保育料", 61_304, 58_917, 233, 0),
    ("一般会計", "市営住宅使用料", 142_670, 118_352, 1_640, 0),
    ("一般会計", "生活保護費返還金", 12_486, 3_105, 412, 0),
    ("国民健康保険特別会計", "国民健康保険税", 688_210, 511_223, 8_077, 0),
    ("介護保険特別会計", "介護保険料", 512_338, 505_106, 1_912, 0),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", 243_915, 242_711, 210, 0),
    ("下水道事業会計", "下水道使用料", 301_624, 296_880, 640, 0),
    ("下水道事業会計", "下水道事業受益者負担金", 8_402, 7_115, 96, 0),
]
# 市税 = sum of its 内訳
_tax = [r for r in ROWS if r[5] == 1]
ROWS[0] = ("一般会計", "市税", sum(r[2] for r in _tax), sum(r[3] for r in _tax), sum(r[4] for r in _tax), 0)


def table1_rows():
    """Expanded rows incl. 小計 and 合計: (kind, 会計, label, a, c, w)."""
    out = []
    accts = []
    for r in ROWS:
        if r[0] not in accts:
            accts.append(r[0])
    grand = [0, 0, 0]
    for acct in accts:
        rs = [r for r in ROWS if r[0] == acct]
        sub = [0, 0, 0]
        for r in rs:
            out.append(("sub" if r[5] else "row", acct, r[1], r[2], r[3], r[4]))
            if r[5] == 0:
                for i in range(3):
                    sub[i] += r[2 + i]
        if len([r for r in rs if r[5] == 0]) > 1:
            out.append(("subtotal", acct, "小計", *sub))
        for i in range(3):
            grand[i] += sub[i]
    out.append(("total", "", "合計", *grand))
    return out


T1 = table1_rows()
GRAND = T1[-1]
GRAND_OUT = GRAND[3] - GRAND[4] - GRAND[5]

# ---------------------------------------------------------------- per-debt sheets
KOKUHO = {  # 年度 -> (現年 a, c, w), (滞繰 a, c, w) 千円
    "令和元年度": ((571_118, 527_470, 0), (171_902, 30_461, 9_870)),
    "2年度": ((560_560, 518_982, 0), (188_107, 33_975, 10_402)),
    "3年度": ((546_044, 507_702, 0), (187_310, 36_118, 11_226)),
    "4年度": ((527_385, 491_990, 0), (183_254, 36_306, 9_115)),
}
# 令和5年度 must agree with 表1 (国民健康保険税 計 688,210 / 590,144 / 8,077)
KOKUHO["5年度"] = ((508_320, 474_905, 0), (688_210 - 508_320, 511_223 - 474_905, 8_077))

JUTAKU = {  # 年度 -> (現年 a, c, 0), (過年度 a, c, 欠損), 滞納者数
    "令和元年度": ((118_402, 112_866, 0), (27_015, 3_902, 820), 141),
    "令和2年度": ((119_660, 113_570, 0), (27_902, 4_216, 0), 138),
    "令和3年度": ((120_114, 114_305, 0), (28_417, 4_631, 1_115), 133),
    "令和4年度": ((119_870, 114_288, 0), (25_516, 4_020, 2_960), 129),
}
JUTAKU["令和5年度"] = ((119_305, 114_002, 0), (142_670 - 119_305, 118_352 - 114_002, 1_640), 124)

HOIKU_RATES = [  # 年度, 現年, 過年度  (％, no sign)
    ("H30", 98.62, 14.35), ("R1", 98.71, 15.02), ("R2", 98.40, 13.88),
    ("R3", 98.77, 16.41), ("R4", 98.90, 17.26),
]


def fyn(label: str) -> int:
    lab = label.replace("年度", "")
    if lab.startswith("令和元"):
        return 2019
    if lab.startswith("令和"):
        return 2018 + int(lab[2:])
    if lab.startswith("R"):
        return 2018 + int(lab[1:])
    if lab.startswith("H"):
        return 1988 + int(lab[1:])
    return 2018 + int(lab)          # era-less: 令和 from the table's first row


CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
* {font-family: mincho; font-size: 10pt; line-height: 1.35;}
h1 {font-family: gothic; font-size: 17pt; text-align: center; margin-top: 40px;}
h2 {font-family: gothic; font-size: 12.5pt; margin: 10px 0 4px 0;}
h3 {font-family: gothic; font-size: 11pt; margin: 6px 0 2px 0;}
p {margin: 2px 0 4px 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6px solid black; padding: 1px 3px; font-size: 9pt;}
th {font-family: gothic; background-color: #e8e8e8; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.ind {padding-left: 16px;}
.unit {text-align: right; font-size: 8.5pt; margin: 0;}
.box {border: 0.8px solid black; padding: 4px 8px; margin: 6px 0;}
.box p {text-indent: 0; margin: 1px 0;}
.note {font-size: 8.5pt; text-indent: 0;}
"""


def page1() -> str:
    h = ["<h1>うきは市債権管理計画</h1>",
         "<p style='text-align:center;text-indent:0'>（令和７年度～令和１１年度）</p>",
         "<p style='text-align:center;text-indent:0'>令和７年３月　うきは市</p>",
         "<h2>第１章　計画の趣旨</h2>"]
    out18 = 562_000_000
    F.add(debt=None, debt_raw=None, metric="outstanding", value=out18, unit="yen", approx=True,
          raw="約５億６,２００万円", fiscal_year=2018, fiscal_year_raw="平成３０年度", page=1)
    g_out_man = round(GRAND_OUT / 10)  # 千円 -> 万円
    g_raw = f"約{g_out_man // 10000}億{g_out_man % 10000:,}万円"
    F.add(debt=None, debt_raw=None, metric="outstanding", value=g_out_man * 10000, unit="yen", approx=True,
          raw=g_raw, fiscal_year=2023, fiscal_year_raw="令和５年度決算", page=1)
    grate = rate(GRAND[4], GRAND[3])
    F.add(debt=None, debt_raw=None, metric="collection_rate", value=grate, unit="percent",
          raw=f"{grate}％", fiscal_year=2023, fiscal_year_raw="令和５年度決算", page=1)
    h.append("<p>本市では、市税をはじめ、国民健康保険税、介護保険料、市営住宅使用料など多様な債権を保有しており、"
             "これらは市の行政サービスを支える貴重な財源である。一方で、納期内に納付されない債権も一定程度存在し、"
             "負担の公平性の観点からも、適正な管理と回収の取組を継続していく必要がある。</p>")
    h.append(f"<p>平成３０年度に約５億６,２００万円であった全会計の収入未済額は、滞納整理の強化や口座振替の推進などにより、"
             f"令和５年度決算では{g_raw}まで縮減し、全債権の徴収率は{grate}％となった。しかしながら、"
             "滞納繰越分の徴収率は依然として低い水準にとどまっており、長期化した滞納案件の整理が課題となっている。</p>")
    h.append("<p>このため、令和２年度に策定した前計画の取組を検証したうえで、令和７年度から令和１１年度までの５か年を"
             "計画期間とする本計画を策定し、全庁一体となって収入未済額の縮減に取り組むものとする。</p>")
    h.append("<h2>第２章　計画の位置付けと期間</h2>")
    h.append("<p>本計画は、うきは市債権管理条例第６条に基づく計画として、市の債権の管理に関する基本的な方針と、"
             "主要な債権ごとの数値目標及び取組を定めるものである。計画期間は令和７年度から令和１１年度までとし、"
             "毎年度、決算確定後に進捗状況を債権管理推進会議に報告し、必要に応じて見直しを行う。</p>")
    h.append("<h2>第３章　基本方針</h2>")
    for t in ["（１）新たな滞納の発生の抑制（現年分の徴収の徹底）",
              "（２）滞納繰越分の計画的な縮減と、徴収困難案件の適正な整理",
              "（３）債権所管課と税務課債権管理係の連携による全庁的な管理体制の強化",
              "（４）口座振替・スマートフォン決済など納付しやすい環境の整備"]:
        h.append(f"<p style='text-indent:0'>{t}</p>")
    return "".join(h)


def table1_html(rows, header: bool) -> str:
    h = []
    if header:
        h.append("<table><tr><th>会計</th><th>債権名</th><th>調定額</th><th>収入済額</th>"
                 "<th>不納欠損額</th><th>収入未済額</th><th>徴収率</th></tr>")
    else:
        h.append("<table>")
    widths = ["60px", "104px", "56px", "56px", "48px", "54px", "40px"]
    for kind, acct, label, a, c, w in rows:
        o = a - c - w
        r = rate(c, a)
        if kind == "sub":
            lab_raw = f"うち{label}"
            debt, draw = label, label
        elif kind == "subtotal":
            lab_raw, debt, draw = "小計", None, f"{acct}小計"
        elif kind == "total":
            lab_raw, debt, draw = "合計", None, "合計"
        else:
            lab_raw, debt, draw = label, label, label
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            F.add(debt=debt, debt_raw=draw, metric=metric, value=v * 1000, unit="yen", raw=k(v),
                  fiscal_year=2023, fiscal_year_raw="令和５年度", page=PAGE[0])
        F.add(debt=debt, debt_raw=draw, metric="collection_rate", value=r, unit="percent", raw=f"{r}%",
              fiscal_year=2023, fiscal_year_raw="令和５年度", page=PAGE[0])
        cls = " class='ind'" if kind == "sub" else ""
        style = " style='background-color:#f2f2f2'" if kind in ("subtotal", "total") else ""
        acct_cell = acct if kind not in ("total",) else ""
        cells = [f"<td style='width:{widths[0]}'>{acct_cell}</td>",
                 f"<td{cls} style='width:{widths[1]}'>{'　' if kind == 'sub' else ''}{lab_raw}</td>"]
        for i, v in enumerate((a, c, w, o)):
            cells.append(f"<td class='n' style='width:{widths[2 + i]}'>{k(v)}</td>")
        cells.append(f"<td class='n' style='width:{widths[6]}'>{r}%</td>")
        h.append(f"<tr{style}>" + "".join(cells) + "</tr>")
    h.append("</table>")
    return "".join(h)


PAGE = [1]


def page2() -> str:
    h = ["<h2>第４章　債権の状況</h2>",
         "<p>令和５年度決算における本市の債権の収入状況は、表１のとおりである。市税の収入未済額が全体の約４割を占め、"
         "次いで国民健康保険税、市営住宅使用料の順となっている。</p>",
         "<h3>表１　会計別・債権別の収入状況（令和５年度決算）</h3>",
         "<p class='unit'>（単位：千円）</p>"]
    first = [r for r in T1 if r[1] in ("一般会計", "国民健康保険特別会計")]
    h.append(table1_html(first, True))
    h.append("<p class='note'>※徴収率＝収入済額÷調定額（小数点第２位を四捨五入）。市税の内訳は主な税目のみ掲載。</p>")
    return "".join(h)


def page3() -> str:
    rest = [r for r in T1 if r[1] not in ("一般会計", "国民健康保険特別会計")]
    h = [table1_html(rest, False),
         "<p class='note'>※下水道事業会計は令和２年度から公営企業会計に移行している。</p>",
         "<h3>収入未済額の推移（全会計）</h3>",
         "<p>全会計の収入未済額は、平成３０年度以降おおむね減少傾向にある。特に市税は、滞納整理の早期着手と"
         "差押えの強化により、着実に縮減している。一方、市営住宅使用料及び生活保護費返還金は、債務者の多くが"
         "生活困窮の状態にあり、分納による少額の納付にとどまる事案が多いことから、縮減が進んでいない。</p>"]
    return "".join(h)


def sheet_kokuho() -> str:
    d = "国民健康保険税"
    h = ["<h2>５－１　債権ごとの取組（国民健康保険税）</h2>",
         "<table><tr><th style='width:60px'>所管課</th><td style='width:150px'>市民課 保険年金係</td>"
         "<th style='width:50px'>区分</th><td style='width:160px'>強制徴収公債権</td></tr></table>",
         "<h3>（１）徴収実績の推移</h3><p class='unit'>（単位：千円）</p>",
         "<table><tr><th>年度</th><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
         "<th>収入未済額</th><th>徴収率（％）</th></tr>"]
    for y, segs in KOKUHO.items():
        fyv = fyn(y)
        for i, (segname, seg, (a, c, w)) in enumerate((("現年分", "current", segs[0]), ("滞繰分", "arrears", segs[1]))):
            o = a - c - w
            r = rate(c, a, 2)
            for metric, v in (("assessed", a), ("collected", c), ("outstanding", o)):
                F.add(debt=d, metric=metric, value=v * 1000, unit="yen", raw=k(v), fiscal_year=fyv,
                      fiscal_year_raw=y, segment=seg, page=PAGE[0])
            if w:
                F.add(debt=d, metric="written_off", value=w * 1000, unit="yen", raw=k(w), fiscal_year=fyv,
                      fiscal_year_raw=y, segment=seg, page=PAGE[0])
            F.add(debt=d, metric="collection_rate", value=r, unit="percent", raw=f"{r:.2f}", fiscal_year=fyv,
                  fiscal_year_raw=y, segment=seg, page=PAGE[0])
            ycell = f"<td rowspan='2' style='text-align:center'>{y}</td>" if i == 0 else ""
            h.append(f"<tr>{ycell}<td>{segname}</td><td class='n'>{k(a)}</td><td class='n'>{k(c)}</td>"
                     f"<td class='n'>{k(w) if w else '－'}</td><td class='n'>{k(o)}</td><td class='n'>{r:.2f}</td></tr>")
    h.append("</table>")
    # 参考 box
    a5, c5, w5 = KOKUHO["5年度"][0]
    a5b, c5b, w5b = KOKUHO["5年度"][1]
    out_total = (a5 - c5 - w5) + (a5b - c5b - w5b)
    man = round(out_total / 10)
    raw_o = f"約{man // 10000}億{man % 10000:,}万円" if man >= 10000 else f"約{man:,}万円"
    F.add(debt=d, metric="outstanding", value=man * 10000, unit="yen", approx=True, raw=raw_o,
          fiscal_year=2023, fiscal_year_raw="令和５年度末", page=PAGE[0])
    F.add(debt=d, metric="delinquents", value=1_126, unit="households", raw="1,126世帯",
          fiscal_year=2023, fiscal_year_raw="令和５年度末", page=PAGE[0])
    h.append("<div class='box'><p>【参考】令和５年度末の状況</p>"
             "<p>・滞納世帯数：1,126世帯</p>"
             f"<p>・収入未済額（現年分＋滞繰分）：{raw_o}</p>"
             "<p>・差押件数：214件（うち預貯金168件）</p></div>")
    # 12月末 interim
    h.append("<p style='text-indent:0;font-family:gothic'>【徴収率】令和６年１２月末時点</p>")
    for segname, seg, v, pv in (("現年分", "current", "71.4", "70.9"), ("滞繰分", "arrears", "18.2", "17.5")):
        F.add(debt=d, metric="collection_rate", value=float(v), unit="percent", raw=f"{v}％", fiscal_year=2024,
              fiscal_year_raw="令和６年１２月末", segment=seg, basis="interim", as_of="2024-12-31", page=PAGE[0])
        F.add(debt=d, metric="collection_rate", value=float(pv), unit="percent", raw=f"{pv}％", fiscal_year=2023,
              fiscal_year_raw="前年同期", segment=seg, basis="interim", as_of="2023-12-31", page=PAGE[0])
        h.append(f"<p style='text-indent:1em'>・{segname}　{v}％（前年同期　{pv}％）</p>")
    # 目標
    h.append("<h3>（２）数値目標</h3><table><tr><th style='width:130px'></th>"
             + "".join(f"<th style='width:60px'>R{n}</th>" for n in range(7, 12)) + "</tr>")
    tg = {"現年分徴収率（％）": ("current", "collection_rate", [93.40, 93.60, 93.80, 94.00, 94.20]),
          "滞繰分徴収率（％）": ("arrears", "collection_rate", [20.0, 21.0, 22.0, 23.0, 24.0]),
          "収入未済額（万円）": ("total", "outstanding", [16_200, 15_500, 14_800, 14_100, 13_400])}
    for lab, (seg, metric, vals) in tg.items():
        cells = []
        for n, v in zip(range(7, 12), vals):
            if metric == "outstanding":
                raw = f"{v:,}"
                F.add(debt=d, metric=metric, value=v * 10000, unit="yen", raw=raw, fiscal_year=2018 + n,
                      fiscal_year_raw=f"R{n}", segment=seg, basis="target", page=PAGE[0])
            else:
                raw = f"{v:.2f}" if seg == "current" else f"{v:.1f}"
                F.add(debt=d, metric=metric, value=v, unit="percent", raw=raw, fiscal_year=2018 + n,
                      fiscal_year_raw=f"R{n}", segment=seg, basis="target", page=PAGE[0])
            cells.append(f"<td class='n' style='width:60px'>{raw}</td>")
        h.append(f"<tr><td style='width:130px'>{lab}</td>{''.join(cells)}</tr>")
    h.append("</table>")
    items = [("①", "納期限後２０日以内に督促状を発送し、未納が続く世帯には電話催告と文書催告を組み合わせて早期の納付を促す。", "継続", False),
             ("②", "滞納繰越分については、財産調査を徹底し、預貯金・給与・生命保険等の差押えを計画的に実施する。", "継続", False),
             ("③", "国保資格の取得届出時に口座振替の申込みを受け付けるペイジー口座振替受付端末を市民課窓口に設置する。", "新規", True),
             ("④", "納付相談の際に生活困窮が認められる世帯は、福祉部門の相談窓口につなぎ、執行停止を含めた適正な整理を行う。", "拡充", False)]
    h.append("<h3>（３）主な取組</h3><div class='box'>")
    for lab, text, st, wrap in items:
        INIT.append({"debt": d, "debt_raw": d, "fiscal_year": 2025, "section": "主な取組", "label": lab,
                     "text": text, "status": st, "page": PAGE[0]})
        tag = f"<br/>【{st}】" if wrap else f"【{st}】"
        h.append(f"<p style='text-indent:-1em;padding-left:1em'>{lab}{text}{tag}</p>")
    h.append("</div>")
    return "".join(h)


def sheet_jutaku() -> str:
    d = "市営住宅使用料"
    years = list(JUTAKU)
    h = ["<h2>５－２　債権ごとの取組（市営住宅使用料）</h2>",
         "<table><tr><th style='width:60px'>所管課</th><td style='width:150px'>建設課 住宅係</td>"
         "<th style='width:50px'>区分</th><td style='width:160px'>私債権（非強制徴収）</td></tr></table>",
         "<h3>（１）収入状況の推移</h3><p class='unit'>（単位：千円、人）</p>",
         "<table><tr><th colspan='2' style='width:110px'></th>" + "".join(f"<th style='width:56px'>{y}</th>" for y in years) + "</tr>"]
    for segname, seg, idx in (("現年度分", "current", 0), ("過年度分", "arrears", 1)):
        lines = [("調定額", "assessed"), ("収入済額", "collected"), ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
        if idx == 1:
            lines.insert(2, ("不納欠損額", "written_off"))
        for li, (lab, metric) in enumerate(lines):
            cells = []
            for y in years:
                a, c, w = JUTAKU[y][idx]
                v = {"assessed": a, "collected": c, "written_off": w, "outstanding": a - c - w,
                     "collection_rate": rate(c, a)}[metric]
                if metric == "collection_rate":
                    raw = f"{v}%"
                    F.add(debt=d, metric=metric, value=v, unit="percent", raw=raw, fiscal_year=fyn(y),
                          fiscal_year_raw=y, segment=seg, page=PAGE[0])
                else:
                    raw = k(v)
                    F.add(debt=d, metric=metric, value=v * 1000, unit="yen", raw=raw, fiscal_year=fyn(y),
                          fiscal_year_raw=y, segment=seg, page=PAGE[0])
                cells.append(f"<td class='n' style='width:56px'>{raw}</td>")
            seg_cell = f"<td rowspan='{len(lines)}' style='width:46px;text-align:center'>{segname}</td>" if li == 0 else ""
            h.append(f"<tr>{seg_cell}<td style='width:64px'>{lab}</td>{''.join(cells)}</tr>")
    cells = []
    for y in years:
        n = JUTAKU[y][2]
        F.add(debt=d, metric="delinquents", value=n, unit="persons", raw=str(n), fiscal_year=fyn(y),
              fiscal_year_raw=y, segment="total", page=PAGE[0])
        cells.append(f"<td class='n' style='width:56px'>{n}</td>")
    h.append(f"<tr><td colspan='2' style='width:110px'>滞納者数</td>{''.join(cells)}</tr></table>")
    h.append("<p class='note'>※不納欠損額には、債権管理条例に基づく債権放棄によるものを含む。</p>")
    # 現状と課題 prose
    h.append("<h3>（２）現状と課題</h3>")
    h.append("<p>現年度分の収納率は９５％台で推移しているが、退去者の滞納分が過年度分として累積しており、"
             "連帯保証人への請求や法的措置の実施が課題である。</p>")
    PAGE[0] += 1
    h.append("<!--BREAK--><h3>（３）目標</h3>")
    h.append("<table><tr><th style='width:160px'>項目</th><th style='width:120px'>令和９年度</th><th style='width:120px'>令和１１年度</th></tr>")
    for lab, seg, vals in (("現年度分収納率", "current", ("96.0%", "96.5%")), ("過年度分収納率", "arrears", ("16.0%", "18.0%"))):
        for n, raw in zip((2027, 2029), vals):
            F.add(debt=d, metric="collection_rate", value=float(raw[:-1]), unit="percent", raw=raw, fiscal_year=n,
                  fiscal_year_raw=f"令和{n - 2018}年度", segment=seg, basis="target", page=PAGE[0])
        h.append(f"<tr><td style='width:160px'>{lab}</td><td class='n' style='width:120px'>{vals[0]}</td>"
                 f"<td class='n' style='width:120px'>{vals[1]}</td></tr>")
    h.append("</table>")
    h.append("<h3>（４）取組内容</h3>")
    items = [("ア", "家賃の滞納が３か月に達した入居者には、連帯保証人にも通知し、納付指導への協力を求める。", "継続"),
             ("イ", "滞納が６か月を超え、納付指導に応じない入居者については、明渡し請求及び訴訟提起を行う。", "継続"),
             ("ウ", "退去者の滞納分は、所在調査を行ったうえで支払督促を申し立てる。", "拡充")]
    for lab, text, st in items:
        INIT.append({"debt": d, "debt_raw": d, "fiscal_year": 2025, "section": "取組内容", "label": lab,
                     "text": text, "status": st, "page": PAGE[0]})
        h.append(f"<p style='text-indent:0'>{lab}　{text}【{st}】</p>")
    return "".join(h)


def sheet_hoiku() -> str:
    d = "保育所保育料"
    h = ["<h2>５－３　債権ごとの取組（保育所保育料）</h2>",
         "<table><tr><th style='width:60px'>所管課</th><td style='width:150px'>子育て支援課</td>"
         "<th style='width:50px'>区分</th><td style='width:160px'>強制徴収公債権</td></tr></table>",
         "<h3>（１）徴収率の推移（単位：％）</h3>",
         "<table><tr><th style='width:80px'>年度</th><th style='width:110px'>現年度分</th><th style='width:110px'>過年度分</th><th style='width:110px'>現年度分 前年度比</th></tr>"]
    prev = None
    for y, cur, arr in HOIKU_RATES:
        fyv = fyn(y)
        F.add(debt=d, metric="collection_rate", value=cur, unit="percent", raw=f"{cur:.2f}", fiscal_year=fyv,
              fiscal_year_raw=y, segment="current", page=PAGE[0])
        F.add(debt=d, metric="collection_rate", value=arr, unit="percent", raw=f"{arr:.2f}", fiscal_year=fyv,
              fiscal_year_raw=y, segment="arrears", page=PAGE[0])
        if prev is None:
            diff = "－"
        else:
            dv = round(cur - prev, 2)
            diff = f"△{abs(dv):.2f}" if dv < 0 else f"{dv:.2f}"
        prev = cur
        h.append(f"<tr><td style='text-align:center;width:80px'>{y}</td><td class='n' style='width:110px'>{cur:.2f}</td>"
                 f"<td class='n' style='width:110px'>{arr:.2f}</td><td class='n' style='width:110px'>{diff}</td></tr>")
    # R5 from 表1
    a, c, w = 61_304, 58_917, 233
    r5 = rate(c, a, 2)
    h.append("</table><p class='note'>※令和５年度は現年度分・過年度分の合計で"
             f"{r5:.2f}％（表１参照）。</p>")
    F.add(debt=d, metric="collection_rate", value=r5, unit="percent", raw=f"{r5:.2f}％", fiscal_year=2023,
          fiscal_year_raw="令和５年度", segment="total", page=PAGE[0])
    h.append("<h3>（２）取組</h3>")
    items = ["児童手当からの特別徴収（申出による徴収）を積極的に案内する。",
             "退園後の未納者には、転居先の自治体と連携して所在を確認し、催告を継続する。",
             "３歳以上児の副食費についても保育料と同様に口座振替を原則とする。"]
    for text in items:
        INIT.append({"debt": d, "debt_raw": d, "fiscal_year": 2025, "section": "取組", "label": "・",
                     "text": text, "status": None, "page": PAGE[0]})
        h.append(f"<p style='text-indent:0'>・{text}</p>")
    h.append("<h2>第６章　計画の推進体制</h2>")
    h.append("<p>副市長を会長とする債権管理推進会議において、毎年度、各債権の目標の達成状況を確認し、"
             "取組の見直しを行う。進捗状況は市ホームページで公表する。</p>")
    return "".join(h)


def build():
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    W, H = pymupdf.paper_size("a4")
    where = pymupdf.Rect(56, 62, W - 56, H - 60)
    tmp = OUT / f"{STEM}_raw.pdf"
    OUT.mkdir(exist_ok=True)
    writer = pymupdf.DocumentWriter(str(tmp))
    chunks = [page1, page2, page3, sheet_kokuho, sheet_jutaku, sheet_hoiku]
    pno = 1
    for fn in chunks:
        PAGE[0] = pno
        for part in fn().split("<!--BREAK-->"):
            story = pymupdf.Story(html=part, user_css=CSS, archive=arch)
            dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            if more:
                print(f"WARNING page {pno} overflows")
            pno += 1
    writer.close()
    doc = pymupdf.open(tmp)
    fontg = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="g", fontfile=fontg)
        page.insert_text((W - 56 - 110, 40), "うきは市債権管理計画", fontname="g", fontsize=8)
        page.draw_line((56, 46), (W - 56, 46), width=0.4)
        page.insert_text((W / 2 - 12, H - 30), f"- {i + 1} -", fontname="g", fontsize=9)
    doc.subset_fonts()
    dest = PDF_DIR / f"{STEM}.pdf"
    doc.save(dest, garbage=4, deflate=True)
    return dest


def main():
    pdf = build()
    document = {"kind": "plan", "municipality": CITY, "title": "うきは市債権管理計画（令和７年度～令和１１年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, document, F.items, INIT)


if __name__ == "__main__":
    main()
