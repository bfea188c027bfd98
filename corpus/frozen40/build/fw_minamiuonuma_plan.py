"""fw_minamiuonuma_plan_1: 債権回収・整理計画（令和6年度～令和8年度） (python-docx -> LibreOffice)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fw_common import Gold, WORK, PDF_DIR, c, p2, sgn, rate, series, soffice, subset  # noqa: E402
from fw_docx import (GOTHIC, MINCHO, new_doc, para, page_break, fill_cell, col_widths, table_borders, shade,  # noqa: E402
                     no_borders, set_columns, section_landscape, section_portrait, repeat_header, set_font,
                     footer_page_numbers)
from docx.enum.section import WD_SECTION

STEM = "fw_minamiuonuma_plan_1"
CITY = "南魚沼市"
TITLE = "南魚沼市債権回収・整理計画（令和6年度～令和8年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2024-04-01", "令和6年4月")
Y = [2020, 2021, 2022]

DEBTS = [
    ("市税", "市税", series(Y, 7712400, 0.01, [98.71, 98.86, 99.02], 402150, [20.5, 21.8, 23.1], [9.5, 8.8, 8.1], 2)),
    ("国民健康保険税", "国保税", series(Y, 1512300, -0.02, [92.10, 92.45, 92.80], 452800, [16.8, 17.4, 18.6],
                                     [10.2, 9.6, 9.0], 2)),
    ("介護保険料", "介護料", series(Y, 1284500, 0.01, [98.85, 98.92, 99.01], 24600, [14.1, 15.0, 15.8],
                                [18.0, 17.2, 16.5], 2)),
    ("後期高齢者医療保険料", "後期高齢", series(Y, 498200, 0.02, [99.35, 99.40, 99.44], 4200, [30.2, 31.5, 32.4],
                                        [8.0, 7.5, 7.0], 2)),
    ("保育所保育料", "保育料", series(Y, 142300, -0.03, [98.40, 98.62, 98.81], 18900, [15.2, 16.4, 17.1],
                                 [9.5, 9.0, 8.6], 2)),
    ("市営住宅使用料", "住宅使用料", series(Y, 96400, -0.01, [96.20, 96.45, 96.70], 31200, [12.1, 12.8, 13.4],
                                     [4.2, 3.9, 3.5], 2)),
    ("下水道使用料", "下水道", series(Y, 1086000, 0.0, [97.80, 97.95, 98.10], 52400, [22.4, 23.6, 24.5],
                                 [5.0, 4.6, 4.2], 2)),
]
TOT = {}
for y in Y:
    t = {k: sum(d[2][y][k] for d in DEBTS) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")}
    t["cr"], t["ar"], t["tr"] = rate(t["cc"], t["ca"], 2), rate(t["ac"], t["aa"], 2), rate(t["tc"], t["ta"], 2)
    TOT[y] = t

AREAS = ["六日町地域", "大和地域", "塩沢地域"]
AREA_RATE = {2020: [98.62, 98.80, 98.79], 2021: [98.77, 98.95, 98.94], 2022: [98.95, 99.08, 99.10]}
AREA_DELQ = {2020: [812, 304, 415], 2021: [776, 291, 398], 2022: [731, 274, 372]}

TARGETS = {  # debt: {fy: (cur, arr, outstanding 千円)}
    "市税": {2024: (99.10, 24.50, 318000), 2025: (99.15, 25.50, 302000), 2026: (99.20, 26.50, 288000)},
    "国民健康保険税": {2024: (93.00, 19.50, 352000), 2025: (93.20, 20.00, 338000), 2026: (93.40, 20.50, 325000)},
    "介護保険料": {2024: (99.05, 16.50, 21000), 2025: (99.08, 17.00, 20000), 2026: (99.10, 17.50, 19000)},
    "保育所保育料": {2024: (98.90, 18.00, 14500), 2025: (98.95, 19.00, 13500), 2026: (99.00, 20.00, 12500)},
    "市営住宅使用料": {2024: (96.80, 14.00, 27500), 2025: (96.90, 14.50, 26500), 2026: (97.00, 15.00, 25500)},
}
SHORT = {d[0]: d[1] for d in DEBTS}

INITS = [
    ("市税", "（１）債権ごとの取組み（市税）", "plain", [
        "納期内納付の促進のため、口座振替の新規申込みをWEBでも受け付ける。",
        "滞納初期の段階で、電話とSMSによる催告を集中的に行う。",
        "財産調査の結果、差押可能な財産がある者には速やかに滞納処分を行う。",
        "新潟県地方税徴収機構への引継ぎにより、高額困難案件の処理を進める。"],
     ["継続", "新規", "継続", "継続"]),
    ("介護保険料", "（２）債権ごとの取組み（介護保険料）", "box", [
        "普通徴収の被保険者に対し、口座振替の利用を勧奨する。",
        "滞納者には給付制限の内容を事前に通知し、納付相談につなげる。",
        "時効の完成が近い債権について、財産調査の上で処分の要否を判断する。"],
     ["継続", "継続", "拡充"]),
    ("国民健康保険税", "（３）債権ごとの取組み（国民健康保険税）", "plain", [
        "資格取得の届出時に口座振替の申込みを受け付ける。",
        "短期被保険者証の交付時に納付相談を行い、分納計画を見直す。",
        "滞納繰越分は市税と一体で財産調査と差押えを行う。"],
     ["拡充", "継続", "継続"]),
    ("市営住宅使用料", "（４）債権ごとの取組み（市営住宅使用料）", "alone", [
        "滞納3か月で連帯保証人に通知し、納付の協力を求める。",
        "滞納6か月以上の入居者には明渡し請求を前提とした面談を行う。",
        "退去者の滞納分は支払督促の申立てにより回収を図る。"],
     ["継続", "拡充", "新規"]),
]


def oku(yen_sen: int) -> str:
    """千円 -> 約X億Y,YYY万円 (rounded to 100万円)"""
    man = round(yen_sen / 1000) * 100  # 万円 rounded to 100万円
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円" if o else f"約{m:,}万円"


def man(yen_sen: int) -> str:
    m = round(yen_sen / 1000) * 100
    return f"約{m:,}万円"


def build(path):
    F = g.fact
    d = new_doc(MINCHO, 10, margins=(20, 18, 20, 20))
    footer_page_numbers(d.sections[0], "－ {} －")
    # ------------------------------------------------------------ p1
    P = 1
    para(d, "南魚沼市債権回収・整理計画", GOTHIC, 20, bold=True, align="center", before=20)
    para(d, "（令和6年度～令和8年度）", GOTHIC, 13, align="center")
    para(d, "令和6年4月　南魚沼市", MINCHO, 11, align="center", after=14)
    para(d, "第1章　計画の概要", GOTHIC, 13, after=4)
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    set_columns(s2, 2, 8)
    tx, t3, t2 = DEBTS[0][2][2022], DEBTS[0][2][2021], TOT
    dcr = round(tx["cr"] - t3["cr"], 2)
    dout = TOT[2022]["out"] - TOT[2021]["out"]
    nh4, nh3 = DEBTS[1][2][2022], DEBTS[1][2][2021]
    dnh = round(nh4["ar"] - nh3["ar"], 2)
    lt4 = DEBTS[2][2][2022]
    sw4, sw3 = DEBTS[6][2][2022], DEBTS[6][2][2021]
    paras = [
        "１　計画策定の趣旨",
        "本市では、市税をはじめとする各種の債権について、南魚沼市債権管理条例に基づき、全庁的な管理の適正化と収入未済額の縮減に取り組んできた。"
        "この計画は、債権ごとに回収と整理の目標を年度ごとに定め、取組の進み具合と実績を確認するためのものである。",
        "２　債権の状況",
        f"令和４年度決算における本市の債権全体の収入未済額は{oku(TOT[2022]['out'])}で、前年度比{man(abs(dout))}の減少となった。"
        f"市税の現年課税分の収納率は{p2(tx['cr'])}％で、前年度比{p2(dcr)}ポイント上昇し、過去最高となった。",
        f"国民健康保険税の滞納繰越分の収納率は{p2(nh4['ar'])}％で、前年度から{p2(dnh)}ポイント改善したものの、"
        f"収入未済額は{oku(nh4['out'])}と、市税に次いで大きい。",
        "３　計画の期間",
        "計画期間は令和6年度から令和8年度までの3年間とし、毎年度、決算の確定後に実績を取りまとめて公表する。",
        "４　課題",
        f"介護保険料の収入未済額は{man(lt4['out'])}で、高齢化の進展に伴い調定額の増加が見込まれる。"
        f"下水道使用料は、滞納繰越分の収納率が{p2(sw4['ar'])}％と前年度比{p2(round(sw4['ar'] - sw3['ar'], 2))}ポイント上昇したが、"
        "少額・多数の未納が残っており、水道料金と一体となった催告の強化が必要である。",
    ]
    for ptxt in paras:
        if len(ptxt) < 20:
            para(d, ptxt, GOTHIC, 10.5, before=4, after=2)
        else:
            para(d, ptxt, MINCHO, 10, first_mm=3.5, after=2)
    F(P, None, None, 2022, "令和４年度", "total", "outstanding", "actual", round(TOT[2022]["out"] / 1000) * 1000000,
      "yen", oku(TOT[2022]["out"]), approx=True)
    F(P, None, None, 2022, "令和４年度", "total", "difference", "actual", -round(abs(dout) / 1000) * 1000000, "yen",
      man(abs(dout)), approx=True)
    F(P, "市税", "市税", 2022, "令和４年度", "current", "collection_rate", "actual", tx["cr"], "percent", f"{p2(tx['cr'])}％")
    F(P, "市税", "市税", 2022, "令和４年度", "current", "difference", "actual", dcr, "points", f"{p2(dcr)}ポイント")
    F(P, "国民健康保険税", "国民健康保険税", 2022, "令和４年度", "arrears", "collection_rate", "actual", nh4["ar"], "percent",
      f"{p2(nh4['ar'])}％")
    F(P, "国民健康保険税", "国民健康保険税", 2022, "令和４年度", "arrears", "difference", "actual", dnh, "points",
      f"{p2(dnh)}ポイント")
    F(P, "国民健康保険税", "国民健康保険税", 2022, "令和４年度", "total", "outstanding", "actual",
      round(nh4["out"] / 1000) * 1000000, "yen", oku(nh4["out"]), approx=True)
    F(P, "介護保険料", "介護保険料", 2022, "令和４年度", "total", "outstanding", "actual",
      round(lt4["out"] / 1000) * 1000000, "yen", man(lt4["out"]), approx=True)
    F(P, "下水道使用料", "下水道使用料", 2022, "令和４年度", "arrears", "collection_rate", "actual", sw4["ar"], "percent",
      f"{p2(sw4['ar'])}％")
    F(P, "下水道使用料", "下水道使用料", 2022, "令和４年度", "arrears", "difference", "actual",
      round(sw4["ar"] - sw3["ar"], 2), "points", f"{p2(round(sw4['ar'] - sw3['ar'], 2))}ポイント")
    s3 = d.add_section(WD_SECTION.CONTINUOUS)
    set_columns(s3, 1, 0)
    para(d, "", after=6)
    t = d.add_table(rows=1, cols=1)
    table_borders(t, sz=8)
    box = [f"【参考】令和４年度 市税の決算状況（現年課税分・滞納繰越分の合計）",
           f"・調定額：{c(tx['ta'])}千円", f"・収入済額：{c(tx['tc'])}千円", f"・不納欠損額：{c(tx['wo'])}千円",
           f"・収入未済額：{c(tx['out'])}千円", f"・収納率：{p2(tx['tr'])}％"]
    fill_cell(t.cell(0, 0), "\n".join(box), MINCHO, 10)
    col_widths(t, [120])
    for lab, k, m in (("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"), ("不納欠損額", "wo", "written_off"),
                      ("収入未済額", "out", "outstanding")):
        F(P, "市税", "市税", 2022, "令和４年度", "total", m, "actual",
          tx[k] * 1000, "yen", f"{c(tx[k])}千円")
    F(P, "市税", "市税", 2022, "令和４年度", "total", "collection_rate", "actual", tx["tr"], "percent", f"{p2(tx['tr'])}％")

    # ------------------------------------------------------------ p2
    page_break(d)
    P = 2
    para(d, "第2章　債権の現状", GOTHIC, 13, after=4)
    para(d, "１　収入未済額の推移", GOTHIC, 11, after=2)
    para(d, "表1　全債権の収入未済額（単位：百万円）", MINCHO, 9.5)
    t = d.add_table(rows=2, cols=4)
    table_borders(t)
    for j, h in enumerate(["区分", "令和2年度", "令和3年度", "令和4年度"]):
        fill_cell(t.cell(0, j), h, GOTHIC, 9, align="center")
        shade(t.cell(0, j))
    fill_cell(t.cell(1, 0), "収入未済額", MINCHO, 9)
    for j, y in enumerate(Y, 1):
        m = round(TOT[y]["out"] / 1000, 1)
        fill_cell(t.cell(1, j), f"{m:,.1f}", MINCHO, 9, align="right")
        F(P, None, "収入未済額", y, f"令和{y - 2018}年度", "total", "outstanding", "actual", round(m * 1e6), "yen", f"{m:,.1f}")
    col_widths(t, [40, 35, 35, 35])
    para(d, "※一般会計、国民健康保険特別会計、介護保険特別会計、後期高齢者医療特別会計及び下水道事業会計の合計。", MINCHO, 8.5,
         after=8)
    para(d, "２　地域別の市税（現年課税分）の状況", GOTHIC, 11, after=2)
    para(d, "表2　地域別の市税現年課税分の収納率及び滞納者数", MINCHO, 9.5)
    rows = [["地域", "収納率（％）", None, None, "滞納者数（人）", None, None],
            [None, "令和2年度", "令和3年度", "令和4年度", "令和2年度", "令和3年度", "令和4年度"]]
    for i, a in enumerate(AREAS):
        rows.append([a] + [p2(AREA_RATE[y][i]) for y in Y] + [f"{AREA_DELQ[y][i]:,}" for y in Y])
        for y in Y:
            F(P, "市税", "市税", y, f"令和{y - 2018}年度", "current", "collection_rate", "actual", AREA_RATE[y][i],
              "percent", p2(AREA_RATE[y][i]), area=a)
            F(P, "市税", "市税", y, f"令和{y - 2018}年度", "current", "delinquents", "actual", AREA_DELQ[y][i],
              "persons", f"{AREA_DELQ[y][i]:,}", area=a)
    rows.append(["市全体"] + [p2(DEBTS[0][2][y]["cr"]) for y in Y] + [f"{sum(AREA_DELQ[y]):,}" for y in Y])
    for y in Y:
        F(P, "市税", "市税", y, f"令和{y - 2018}年度", "current", "collection_rate", "actual", DEBTS[0][2][y]["cr"],
          "percent", p2(DEBTS[0][2][y]["cr"]))
        F(P, "市税", "市税", y, f"令和{y - 2018}年度", "current", "delinquents", "actual", sum(AREA_DELQ[y]), "persons",
          f"{sum(AREA_DELQ[y]):,}")
    t = d.add_table(rows=len(rows), cols=7)
    table_borders(t)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            fill_cell(t.cell(i, j), v, GOTHIC if i < 2 else MINCHO, 9,
                      align="center" if i < 2 else ("right" if j else None))
            if i < 2:
                shade(t.cell(i, j))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(1, 0))
    col_widths(t, [30, 24, 24, 24, 24, 24, 24])
    para(d, "※地域は旧町の区域（六日町・大和町・塩沢町）による。滞納者数は各年度末現在の実人数。", MINCHO, 8.5, after=8)
    para(d, "３　債権別の状況", GOTHIC, 11, after=2)
    para(d, "債権別の調定額、収入済額及び収納率は次頁以降の表3のとおりである。なお、表3では債権名を略称で表記している"
            "（国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
            "住宅使用料＝市営住宅使用料、下水道＝下水道使用料）。", MINCHO, 10, first_mm=3.5)

    # ------------------------------------------------------------ p3/p4 landscape wide table
    ls = section_landscape(d)
    P = 3
    para(d, "表3　債権別の収納状況（決算）　（単位：千円、％）", GOTHIC, 10.5, after=3)
    head3 = [["債権名", "令和3年度", None, None, None, None, None, "令和4年度", None, None],
             [None, "現年度分", None, None, "滞納繰越分", None, None, "現年度分", None, None],
             [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
    body = []
    items = DEBTS + [("計", "計", TOT)]
    for name, short, s in items:
        a, b = s[2021], s[2022]
        body.append([short, c(a["ca"]), c(a["cc"]), p2(a["cr"]), c(a["aa"]), c(a["ac"]), p2(a["ar"]),
                     c(b["ca"]), c(b["cc"]), p2(b["cr"])])
        debt = None if name == "計" else name
        for y, seg, keys, fr in ((2021, "current", ("ca", "cc", "cr"), "令和3年度"),
                                 (2021, "arrears", ("aa", "ac", "ar"), "令和3年度"),
                                 (2022, "current", ("ca", "cc", "cr"), "令和4年度")):
            v = s[y]
            F(P, debt, short, y, fr, seg, "assessed", "actual", v[keys[0]] * 1000, "yen", c(v[keys[0]]))
            F(P, debt, short, y, fr, seg, "collected", "actual", v[keys[1]] * 1000, "yen", c(v[keys[1]]))
            F(P, debt, short, y, fr, seg, "collection_rate", "actual", v[keys[2]], "percent", p2(v[keys[2]]))
    wide_table(d, head3, body, [30] + [26, 26, 17] * 3,
               merges=[((0, 0), (2, 0)), ((0, 1), (0, 6)), ((0, 7), (0, 9)), ((1, 1), (1, 3)), ((1, 4), (1, 6)),
                       ((1, 7), (1, 9))])
    para(d, "※表の右側（令和4年度の滞納繰越分及び合計）は次頁に続く。", MINCHO, 8.5)
    page_break(d)
    P = 4
    para(d, "表3　債権別の収納状況（決算）（続き）　（単位：千円、％）", GOTHIC, 10.5, after=3)
    head4 = [["債権名", "令和4年度（続き）", None, None, None, None, None, None, None],
             [None, "滞納繰越分", None, None, "合計", None, None, None, None],
             [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]]
    body = []
    for name, short, s in items:
        b = s[2022]
        body.append([short, c(b["aa"]), c(b["ac"]), p2(b["ar"]), c(b["ta"]), c(b["tc"]), p2(b["tr"]), c(b["wo"]),
                     c(b["out"])])
        debt = None if name == "計" else name
        fr = "令和4年度"
        F(P, debt, short, 2022, fr, "arrears", "assessed", "actual", b["aa"] * 1000, "yen", c(b["aa"]))
        F(P, debt, short, 2022, fr, "arrears", "collected", "actual", b["ac"] * 1000, "yen", c(b["ac"]))
        F(P, debt, short, 2022, fr, "arrears", "collection_rate", "actual", b["ar"], "percent", p2(b["ar"]))
        F(P, debt, short, 2022, fr, "total", "assessed", "actual", b["ta"] * 1000, "yen", c(b["ta"]))
        F(P, debt, short, 2022, fr, "total", "collected", "actual", b["tc"] * 1000, "yen", c(b["tc"]))
        F(P, debt, short, 2022, fr, "total", "collection_rate", "actual", b["tr"], "percent", p2(b["tr"]))
        F(P, debt, short, 2022, fr, "total", "written_off", "actual", b["wo"] * 1000, "yen", c(b["wo"]))
        F(P, debt, short, 2022, fr, "total", "outstanding", "actual", b["out"] * 1000, "yen", c(b["out"]))
    wide_table(d, head4, body, [30] + [28, 28, 18, 30, 30, 18, 26, 28],
               merges=[((0, 0), (2, 0)), ((0, 1), (0, 8)), ((1, 1), (1, 3)), ((1, 4), (1, 8))])
    para(d, "※不納欠損額は滞納繰越分に係るもの。収入未済額＝調定額－収入済額－不納欠損額。", MINCHO, 8.5)
    para(d, "出典：令和4年度南魚沼市各会計歳入歳出決算書", MINCHO, 8.5)

    # ------------------------------------------------------------ p5/p6 portrait: targets (long format)
    section_portrait(d)
    P = 5
    para(d, "第3章　計画の目標", GOTHIC, 13, after=4)
    para(d, "主要5債権について、年度ごとの目標収納率と収入未済額の目標額を次のとおり定める。目標は令和4年度決算と"
            "令和5年度の見込みを基に、各債権の所管課と協議して設定した。", MINCHO, 10, first_mm=3.5, after=4)
    para(d, "表4　債権別・年度別の目標", MINCHO, 9.5)
    hdr = ["債権名", "年度", "目標収納率（％）\n現年度分", "目標収納率（％）\n滞納繰越分", "収入未済額の\n目標額（千円）"]
    longrows = []
    for name, tg in TARGETS.items():
        for y, (cu, ar, ou) in tg.items():
            longrows.append([name, f"令和{y - 2018}年度", f"{cu:.2f}", f"{ar:.2f}", c(ou)])
    first, rest = longrows[:9], longrows[9:]
    long_table(d, hdr, first)
    para(d, "（次頁に続く）", MINCHO, 8.5, align="right")
    for i, (name, yl, cu, ar, ou) in enumerate(longrows):
        pg = 5 if i < 9 else 6
        y = int(yl[2:-2]) + 2018
        F(pg, name, name, y, yl, "current", "collection_rate", "target", float(cu), "percent", cu)
        F(pg, name, name, y, yl, "arrears", "collection_rate", "target", float(ar), "percent", ar)
        F(pg, name, name, y, yl, "total", "outstanding", "target", int(ou.replace(",", "")) * 1000, "yen", ou)
    para(d, "", after=6)
    para(d, "【目標設定の考え方】", GOTHIC, 10.5)
    para(d, "・現年度分は、納期内納付の促進により過去3年間の最高値を上回る水準とする。", MINCHO, 10, indent_mm=3)
    para(d, "・滞納繰越分は、毎年度0.5ポイント以上の改善を基本とする。", MINCHO, 10, indent_mm=3)
    para(d, "・収入未済額は、令和8年度に令和4年度決算比で1割以上の縮減を目指す。", MINCHO, 10, indent_mm=3)
    page_break(d)
    P = 6
    para(d, "表4　債権別・年度別の目標（続き）", MINCHO, 9.5)
    long_table(d, hdr, rest)
    para(d, "", after=6)
    para(d, "第4章　債権ごとの取組み", GOTHIC, 13, after=4)
    pages = {0: 6, 1: 6, 2: 7, 3: 7}
    for k, (name, head, style, items, tags) in enumerate(INITS):
        if k == 2:
            page_break(d)
        pg = pages[k]
        para(d, head, GOTHIC, 11, before=4, after=2)
        if style == "box":
            t = d.add_table(rows=1, cols=1)
            table_borders(t, sz=6)
            fill_cell(t.cell(0, 0), "\n".join(f"・{it}【{tg}】" for it, tg in zip(items, tags)), MINCHO, 10)
            col_widths(t, [165])
        elif style == "plain":
            for it, tg in zip(items, tags):
                para(d, f"・{it}【{tg}】", MINCHO, 10, indent_mm=6, first_mm=-3)
        else:  # tag alone on its own line
            for it, tg in zip(items, tags):
                para(d, f"・{it}", MINCHO, 10, indent_mm=6, first_mm=-3)
                para(d, f"【{tg}】", MINCHO, 10, align="right")
        for it, tg in zip(items, tags):
            g.init(pg, name, 2024, head, "・", it, tg)
    para(d, "", after=6)
    para(d, "第5章　計画の推進", GOTHIC, 13, after=4)
    para(d, "計画の進み具合は、債権管理推進会議において年2回確認する。上半期の実績は12月に、年度の実績は決算の確定後に取りまとめ、"
            "市ホームページで公表する。目標を達成できなかった債権については、所管課が要因を分析し、翌年度の取組に反映させる。",
         MINCHO, 10, first_mm=3.5)
    d.save(path)


def wide_table(d, head, body, widths, merges):
    rows = head + body
    t = d.add_table(rows=len(rows), cols=len(widths))
    table_borders(t)
    nh = len(head)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            fill_cell(t.cell(i, j), v, GOTHIC if i < nh or r[0] == "計" else MINCHO, 8.5,
                      align="center" if i < nh else ("right" if j else None))
            if i < nh:
                shade(t.cell(i, j), "DCE6F1")
            elif r[0] == "計":
                shade(t.cell(i, j), "F2F2F2")
    for (a, b), (c_, e) in merges:
        t.cell(a, b).merge(t.cell(c_, e))
    col_widths(t, widths)
    return t


def long_table(d, hdr, rows):
    t = d.add_table(rows=len(rows) + 1, cols=5)
    table_borders(t)
    for j, h in enumerate(hdr):
        fill_cell(t.cell(0, j), h, GOTHIC, 9, align="center")
        shade(t.cell(0, j))
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            fill_cell(t.cell(i, j), v, MINCHO, 9.5, align="right" if j >= 2 else None)
    col_widths(t, [42, 26, 32, 32, 36])


def main():
    docx = WORK / f"{STEM}.docx"
    build(docx)
    pdf = soffice(docx)
    out = PDF_DIR / f"{STEM}.pdf"
    subset(pdf, out)
    g.write(out)


if __name__ == "__main__":
    main()
