"""kd_tsurugi_committee_1: つるぎ町 債権管理対策会議 資料 (committee_material), drawn with PyMuPDF.

Run from corpus/dev49:  python3 build/kd_tsurugi_committee.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.dont_write_bytecode = True          # no __pycache__ beside the build scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kd_common import Gold, check, comma, rate, fmt_rate, zen  # noqa: E402
from kd_draw import Canvas  # noqa: E402

STEM = "kd_tsurugi_committee_1"
OUT_PDF = Path("pdf") / f"{STEM}.pdf"
OUT_GOLD = Path("gold") / f"{STEM}.json"

G = Gold(STEM, "committee_material", "kobetsu", "つるぎ町",
         "令和7年度 第2回つるぎ町債権管理対策会議", "2025-11-18", "令和7年11月18日（火）")

GREY = (0.85, 0.85, 0.85)
LIGHT = (0.93, 0.93, 0.93)
BLUE = (0.86, 0.91, 0.97)

# ----------------------------------------------------------------------------- data (千円)
ERA = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}


def build_years(first_arr_assessed, cur, arr_cw):
    """cur: {fy: (assessed, collected)}; arr_cw: {fy: (collected, written_off)}.
    滞納繰越分の調定額 = 前年度末の収入未済額 (現年+滞繰)."""
    out = {}
    arr_a = first_arr_assessed
    for fy in sorted(cur):
        ca, cc = cur[fy]
        ac, aw = arr_cw[fy]
        d = {"cur": {"a": ca, "c": cc, "w": 0, "o": ca - cc},
             "arr": {"a": arr_a, "c": ac, "w": aw, "o": arr_a - ac - aw}}
        d["tot"] = {k: d["cur"][k] + d["arr"][k] for k in "acwo"}
        for s in d.values():
            s["r"] = rate(s["c"], s["a"])
        out[fy] = d
        arr_a = d["tot"]["o"]
    return out


TAX = build_years(41862, {2022: (812436, 804957), 2023: (826915, 819840), 2024: (831204, 824633)},
                  {2022: (9874, 3106), 2023: (9452, 2874), 2024: (8903, 2431)})
KOKUHO = build_years(58214, {2022: (398512, 375806), 2023: (386204, 365412), 2024: (379655, 360118)},
                     {2022: (12106, 4382), 2023: (13027, 5114), 2024: (13904, 4905)})
KAIGO = build_years(6412, {2023: (248316, 246081), 2024: (255902, 253807)},
                    {2023: (1226, 812), 2024: (1305, 744)})
KOUKI = build_years(1084, {2023: (93415, 93012), 2024: (97206, 96851)},
                    {2023: (298, 66), 2024: (311, 52)})
SUIDO = build_years(5214, {2024: (178236, 176844)}, {2024: (2836, 612)})
# 町営住宅使用料 in yen (令和6年度)
JUTAKU = build_years(9842150, {2024: (46218400, 45102300)}, {2024: (1204800, 386500)})

TAX_TARGET = {2023: {"cur": 99.10, "arr": 26.50}, 2024: {"cur": 99.25, "arr": 27.00},
              2025: {"cur": 99.25, "arr": 29.00, "tot": 96.90}}
KOKUHO_TARGET = {2024: {"cur": 94.85, "arr": 21.50}, 2025: {"cur": 95.20, "arr": 22.00}}

DEBTS6 = [(TAX, 1000), (KOKUHO, 1000), (KAIGO, 1000), (KOUKI, 1000), (SUIDO, 1000), (JUTAKU, 1)]


def fact_k(page, v_k, **kw):
    """A 千円 figure printed with commas."""
    return G.fact(page, comma(v_k), v_k * 1000, unit="yen", **kw)


def fact_r(page, v, raw=None, **kw):
    return G.fact(page, raw or fmt_rate(v), v, unit="percent", metric="collection_rate", **kw)


def footer(cv, n):
    cv.t(0, 815, f"－ {n} －", 9, align="center", width=cv.w)


def heading_bar(cv, y, text, size=11):
    cv.rect(40, y, 555, y + 20, fill=BLUE, color=None, width=0)
    cv.line(40, y + 20, 555, y + 20, width=1.0)
    cv.t(46, y + 14.5, text, size)
    return y + 30


def strip(cv, y, pairs, widths):
    """One-row label/value box (債権名 | X | 所管課 | Y | ...)."""
    cells = []
    for i, (lab, val) in enumerate(pairs):
        cells += [{"t": lab, "f": GREY}, {"t": val, "a": "left", "s": 9.5}]
    return cv.grid(40, y, widths, [20], [cells], size=8.5)


# ============================================================================= page 1
def page1(doc):
    cv = Canvas(doc)
    cv.t(470, 50, "令和7年11月18日", 9)
    cv.t(0, 110, "令和7年度 第2回つるぎ町債権管理対策会議", 17, align="center", width=cv.w)
    cv.t(0, 140, "会　議　資　料", 14, align="center", width=cv.w)
    y = 190
    for lab, val in [("日　時", "令和7年11月18日（火）午後1時30分から"),
                     ("場　所", "つるぎ町役場 3階 大会議室"),
                     ("事務局", "つるぎ町 税務課 徴収対策室")]:
        cv.t(140, y, lab, 10.5)
        cv.t(200, y, val, 10.5)
        y += 22
    y += 20
    cv.t(0, y, "次　　第", 13, align="center", width=cv.w)
    y += 34
    items = ["１　開　会",
             "２　報告事項",
             "　（１）令和6年度決算における町債権の状況について",
             "　（２）主要債権の取組個票について",
             "　（３）令和7年度第1回会議（書面開催）の結果について",
             "３　協議事項",
             "　　　令和8年度に向けた債権管理の取組方針について",
             "４　閉　会"]
    for s in items:
        cv.t(120, y, s, 10.5)
        y += 21
    y += 30
    cv.rect(110, y, 485, y + 150, width=0.8)
    cv.t(0, y + 22, "資料目次", 11, align="center", width=cv.w)
    yy = y + 48
    for lab, title, pg in [("資料１", "令和6年度決算における町債権の状況", "2"),
                           ("資料２", "主要債権の取組個票（6債権）", "3"),
                           ("", "町税・国民健康保険税", "3～4"),
                           ("", "介護保険料・後期高齢者医療保険料", "5"),
                           ("", "町営住宅使用料・水道料金", "6"),
                           ("資料３", "第1回会議（書面開催）の結果", "7")]:
        cv.t(125, yy, lab, 9.5)
        cv.t(175, yy, title, 9.5)
        L = cv.tl(title, 9.5)
        dots = "・" * int((390 - 175 - L) / 9.5)
        cv.t(175 + L + 4, yy, dots, 9.5, color=(0.4, 0.4, 0.4))
        cv.t(400, yy, f"{pg}ページ", 9.5)
        yy += 17
    footer(cv, 1)


# ============================================================================= page 2
def page2(doc):
    P = 2
    cv = Canvas(doc)
    cv.t(490, 45, "資料１", 11)
    cv.rect(486, 32, 530, 50, width=0.8)
    cv.t(40, 72, "令和6年度決算における町債権の状況", 14)
    y = 92
    # ---- 【参考】 box with label：value bullets
    tot = {k: 0 for k in "acwo"}
    for data, mult in DEBTS6:
        for k in "acwo":
            tot[k] += data[2024]["tot"][k] * mult
    tot_k = {k: round(v / 1000) for k, v in tot.items()}
    tot_k["o"] = tot_k["a"] - tot_k["c"] - tot_k["w"]      # rounded figures kept consistent
    tot_r = round(tot["c"] / tot["a"] * 100, 2)
    cv.rect(40, y, 555, y + 104, width=0.8)
    cv.t(48, y + 16, "【参考】令和6年度決算の状況（主要6債権合計）", 10)
    kw = dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度", seg="total", basis="actual")
    rows = [("調定額", "assessed", tot_k["a"]), ("収入済額", "collected", tot_k["c"]),
            ("不納欠損額", "written_off", tot_k["w"]), ("収入未済額", "outstanding", tot_k["o"])]
    yy = y + 34
    for i, (lab, met, v) in enumerate(rows):
        x = 60 if i % 2 == 0 else 300
        cv.t(x, yy, f"・{lab}：{fact_k(P, v, metric=met, **kw)}千円", 10)
        if i % 2 == 1:
            yy += 17
    cv.t(60, yy, f"・収納率：{fact_r(P, tot_r, raw=fmt_rate(tot_r) + '％', **kw)}", 10)
    cv.t(300, yy, "・対象：町税、国保税、介護、後期、住宅、水道", 9)
    cv.t(60, yy + 17, "※千円未満を四捨五入しているため、各債権の合計と一致しない場合がある。", 8)
    y += 118

    # ---- chart with data labels
    cv.t(40, y + 6, "（１）町税・国民健康保険税の収入未済額の推移", 10.5)
    cv.t(420, y + 6, "（単位：百万円）", 9)
    x0, y0, x1, y1 = 70, y + 20, 545, y + 190
    cv.line(x0, y1, x1, y1, width=0.8)
    cv.line(x0, y0, x0, y1, width=0.8)
    for gv in (20, 40, 60, 80):
        yy = y1 - gv / 80 * (y1 - y0 - 10)
        cv.line(x0, yy, x1, yy, color=(0.8, 0.8, 0.8), width=0.4)
        cv.t(x0 - 22, yy + 3, str(gv), 7)
    hist_tax = {2017: 58.2, 2018: 53.6, 2019: 48.9, 2020: 45.7, 2021: 41.9}
    hist_kok = {2017: 68.1, 2018: 66.4, 2019: 63.9, 2020: 61.0, 2021: 58.2}
    for fy in (2022, 2023, 2024):
        hist_tax[fy] = round(TAX[fy]["tot"]["o"] / 1000, 1)
        hist_kok[fy] = round(KOKUHO[fy]["tot"]["o"] / 1000, 1)
    labels = {2017: "H29", 2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5",
              2024: "R6"}
    slot = (x1 - x0) / 8
    for i, fy in enumerate(range(2017, 2025)):
        sx = x0 + i * slot + slot * 0.18
        bw = slot * 0.3
        for j, (series, col, name, debt) in enumerate(
                [(hist_tax, (0.35, 0.55, 0.8), "町税", "市税"),
                 (hist_kok, (0.95, 0.65, 0.3), "国保税", "国民健康保険料")]):
            v = series[fy]
            h = v / 80 * (y1 - y0 - 10)
            bx = sx + j * bw
            cv.rect(bx, y1 - h, bx + bw, y1, fill=col, color=None, width=0)
            raw = f"{v:.1f}"
            G.fact(P, raw, v * 1_000_000, debt=debt, debt_raw=name, fy=fy, fy_raw=labels[fy],
                   seg="total", metric="outstanding", basis="actual", unit="yen")
            cv.t(bx - 4, y1 - h - 3, raw, 6.5, align="center", width=bw + 8)
        cv.t(x0 + i * slot, y1 + 11, labels[fy], 8, align="center", width=slot)
    # legend
    cv.rect(400, y0 - 2, 408, y0 + 6, fill=(0.35, 0.55, 0.8), color=None, width=0)
    cv.t(411, y0 + 6, "町税", 8)
    cv.rect(445, y0 - 2, 453, y0 + 6, fill=(0.95, 0.65, 0.3), color=None, width=0)
    cv.t(456, y0 + 6, "国保税（国民健康保険税）", 8)
    y = y1 + 28
    t20, t21, t24 = hist_tax[2020], hist_tax[2021], hist_tax[2024]
    kw2 = dict(debt="市税", debt_raw="町税", seg="total", metric="outstanding", basis="actual",
               unit="yen")
    s = ("町税の収入未済額は、令和二年度の"
         + G.fact(P, f"{t20:.1f}百万円", t20 * 1e6, fy=2020, fy_raw="令和二年度", **kw2)
         + "から、3年度には"
         + G.fact(P, f"{t21:.1f}百万円", t21 * 1e6, fy=2021, fy_raw="3年度", **kw2)
         + "となり、令和6年度は"
         + G.fact(P, f"{t24:.1f}百万円", t24 * 1e6, fy=2024, fy_raw="令和6年度", **kw2)
         + "まで縮減した。一方、国保税は令和4年度以降、増加傾向にある。")
    y = cv.wrap(50, y, 495, s, 9.5, leading=1.6)
    y += 8

    # ---- 【収納率】 heading over segment-labelled bullets (interim)
    cv.t(40, y, "（２）町税の収納状況（年度途中）", 10.5)
    y += 20
    cv.t(55, y, "【収納率】令和7年9月末時点", 10)
    y += 17
    kw3 = dict(debt="市税", debt_raw="町税", fy=2025, fy_raw="令和7年9月末", basis="interim",
               as_of="2025-09-30")
    for lab, seg, v in [("現年分", "current", 56.84), ("滞繰分", "arrears", 18.27),
                        ("全体", "total", 55.66)]:
        cv.t(70, y, f"・{lab}　{fact_r(P, v, raw=f'{v:.2f}％', seg=seg, **kw3)}", 10)
        y += 16
    y += 8

    # ---- district table (area)
    cv.t(40, y, "（３）地区別 町税（現年課税分）の収納状況（令和6年度決算）", 10.5)
    y += 8
    dist = [("貞光地区", 452318, 449051), ("半田地区", 318774, 316102), ("一宇地区", 60112, 59480)]
    assert sum(d[1] for d in dist) == TAX[2024]["cur"]["a"]
    assert sum(d[2] for d in dist) == TAX[2024]["cur"]["c"]
    hdr = [{"t": "地区", "f": GREY}, {"t": "調定額（千円）", "f": GREY},
           {"t": "収入済額（千円）", "f": GREY}, {"t": "収入未済額（千円）", "f": GREY},
           {"t": "収納率（％）", "f": GREY}]
    rows = [hdr]
    kw4 = dict(debt="市税", debt_raw="町税", fy=2024, fy_raw="令和6年度", seg="current",
               basis="actual")
    for name, a, c in dist + [("計", TAX[2024]["cur"]["a"], TAX[2024]["cur"]["c"])]:
        area = None if name == "計" else name
        rows.append([{"t": name, "f": LIGHT if name == "計" else None},
                     {"t": fact_k(P, a, metric="assessed", area=area, **kw4), "a": "right"},
                     {"t": fact_k(P, c, metric="collected", area=area, **kw4), "a": "right"},
                     {"t": fact_k(P, a - c, metric="outstanding", area=area, **kw4), "a": "right"},
                     {"t": fact_r(P, rate(c, a), area=area, **kw4), "a": "right"}])
    y = cv.grid(60, y + 6, [80, 100, 100, 100, 85], [18] * 5, rows, size=8.5)
    cv.t(60, y + 12, "※地区は住所地（令和7年3月31日現在）による。", 8)
    footer(cv, 2)


# ============================================================================= page 3 町税
def page3(doc):
    P = 3
    cv = Canvas(doc)
    cv.t(490, 45, "資料２", 11)
    cv.rect(486, 32, 530, 50, width=0.8)
    cv.t(40, 70, "取組個票（１）", 12)
    y = strip(cv, 80, [("債権名", "町税"), ("所管課", "税務課"), ("債権区分", "強制徴収公債権")],
              [55, 100, 55, 95, 60, 150])
    y += 16
    cv.t(40, y, "１　収納状況の推移", 10.5)
    cv.t(470, y, "（単位：千円、％）", 8.5)
    y += 6
    years = [2022, 2023, 2024]
    hdr = [{"t": "区分", "cs": 2, "f": GREY}, None] + \
          [{"t": f"{ERA[fy]}\n決算", "f": GREY} for fy in years] + [{"t": "令和7年度\n目標", "f": GREY}]
    rows = [hdr]
    kwb = dict(debt="市税", debt_raw="町税", basis="actual")
    spec = [("cur", "現年課税分", [("調定額※1", "a", "assessed"), ("収入済額", "c", "collected"),
                                ("収入未済額", "o", "outstanding"), ("収納率", "r", "collection_rate")]),
            ("arr", "滞納繰越分", [("調定額※1", "a", "assessed"), ("収入済額", "c", "collected"),
                                ("不納欠損額", "w", "written_off"), ("収入未済額", "o", "outstanding"),
                                ("収納率", "r", "collection_rate")]),
            ("tot", "合計", [("収入未済額", "o", "outstanding"), ("収納率", "r", "collection_rate")])]
    segname = {"cur": "current", "arr": "arrears", "tot": "total"}
    for key, glabel, items in spec:
        for i, (lab, k, met) in enumerate(items):
            row = [{"t": glabel, "rs": len(items), "v": True, "f": LIGHT} if i == 0 else None,
                   {"t": lab, "a": "left"}]
            for fy in years:
                v = TAX[fy][key][k]
                kw = dict(fy=fy, fy_raw=ERA[fy], seg=segname[key], **kwb)
                if met == "collection_rate":
                    txt = fact_r(P, v, **kw)
                    if fy == 2024 and key == "arr":
                        txt += "※2"
                else:
                    txt = fact_k(P, v, metric=met, **kw)
                row.append({"t": txt, "a": "right"})
            if met == "collection_rate":
                tv = TAX_TARGET[2025][key]
                row.append({"t": fact_r(P, tv, debt="市税", debt_raw="町税", fy=2025,
                                        fy_raw="令和7年度", seg=segname[key], basis="target"),
                            "a": "right"})
            else:
                row.append({"t": "－"})
            rows.append(row)
    y = cv.grid(40, y + 4, [22, 80, 95, 95, 95, 95], [28] + [17] * (len(rows) - 1), rows,
                size=8.5)
    cv.t(45, y + 12, "※1　調定額は、還付未済額を含まない。", 7.5)
    cv.t(45, y + 23, "※2　令和6年度は、大口滞納案件2件の換価により滞納繰越分の収納率が上昇した。", 7.5)
    y += 44

    cv.t(40, y, "２　目標と実績", 10.5)
    cv.t(440, y, "（単位：％、ポイント）", 8.5)
    hdr = [{"t": h, "f": GREY} for h in ["年度", "区分", "目標", "実績", "差（実績－目標）", "達成率"]]
    rows = [hdr]
    for fy in (2023, 2024):
        for i, key in enumerate(("cur", "arr")):
            tv = TAX_TARGET[fy][key]
            av = TAX[fy][key]["r"]
            d = round(av - tv, 2)
            kw = dict(debt="市税", debt_raw="町税", fy=fy, fy_raw=ERA[fy], seg=segname[key])
            draw = f"▲{abs(d):.2f}" if d < 0 else f"{d:.2f}"
            rows.append([{"t": ERA[fy], "rs": 2} if i == 0 else None,
                         "現年課税分" if key == "cur" else "滞納繰越分",
                         {"t": fact_r(P, tv, basis="target", **kw), "a": "right"},
                         {"t": fact_r(P, av, basis="actual", **kw), "a": "right"},
                         {"t": G.fact(P, draw, d, metric="difference", basis="actual",
                                      unit="points", **kw), "a": "right"},
                         {"t": f"{av / tv * 100:.1f}", "a": "right"}])
    y = cv.grid(40, y + 8, [80, 90, 80, 80, 110, 75], [18] * 5, rows, size=8.5)
    cv.t(45, y + 12, "※達成率＝実績÷目標×100", 7.5)
    y += 32

    cv.t(40, y, "３　令和7年度の主な取組", 10.5)
    y += 18
    sec = "令和7年度の主な取組"
    items = [
        ("①", "納期限後20日以内に督促状を発送し、その後も納付がない場合は文書及び電話による催告を行い、早期の納付につなげる。", "継続", "same"),
        ("②", "滞納繰越分について、預貯金・給与等の財産調査を早期に実施し、納付資力がありながら納付しない者には差押えを行う。", "継続", "same"),
        ("③", "徳島県と連携した合同滞納整理を実施し、高額・困難案件の解消を図る。", "拡充", "same"),
        ("④", "スマートフォン決済アプリによる納付について周知を強化し、納期内納付を促進する。", "新規", "alone"),
        ("⑤", "執行停止後3年を経過した案件等について、不納欠損処理を適正に行う。", None, None),
    ]
    for lab, text, st, where in items:
        G.init(P, text, debt="市税", debt_raw="町税", fy=2025, section=sec, label=lab, status=st)
        s = f"{lab}{text}" + (f"【{st}】" if where == "same" else "")
        y = cv.wrap(50, y, 490, s, 9.5, leading=1.55, indent_next=10)
        if where == "alone":
            cv.t(60, y, f"【{st}】", 9.5)
            y += 9.5 * 1.55
        y += 3
    footer(cv, 3)


# ============================================================================= page 4 国保税
def page4(doc):
    P = 4
    cv = Canvas(doc)
    cv.t(40, 50, "取組個票（２）", 12)
    y = strip(cv, 60, [("債権名", "国民健康保険税"), ("所管課", "住民課"), ("債権区分", "強制徴収公債権")],
              [55, 110, 55, 90, 60, 145])
    y += 16
    cv.t(40, y, "１　収納状況の推移", 10.5)
    y += 6
    H = [{"t": "年度", "rs": 2, "f": GREY},
         {"t": "現年度分", "cs": 3, "f": GREY}, None, None,
         {"t": "滞納繰越分", "cs": 4, "f": GREY}, None, None, None,
         {"t": "収入未済額\n（計）（千円）", "rs": 2, "f": GREY}]
    H2 = [None] + [{"t": t, "f": GREY} for t in
                   ["調定額（千円）", "収入済額（千円）", "収納率（％）", "調定額（千円）",
                    "収入済額（千円）", "不納欠損額（千円）", "収納率（％）"]] + [None]
    rows = [H, H2]
    short = {2022: "R4", 2023: "R5", 2024: "R6"}
    for fy in (2022, 2023, 2024):
        d = KOKUHO[fy]
        kw = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=fy, fy_raw=short[fy],
                  basis="actual")
        rows.append([short[fy],
                     {"t": fact_k(P, d["cur"]["a"], seg="current", metric="assessed", **kw), "a": "right"},
                     {"t": fact_k(P, d["cur"]["c"], seg="current", metric="collected", **kw), "a": "right"},
                     {"t": fact_r(P, d["cur"]["r"], seg="current", **kw), "a": "right"},
                     {"t": fact_k(P, d["arr"]["a"], seg="arrears", metric="assessed", **kw), "a": "right"},
                     {"t": fact_k(P, d["arr"]["c"], seg="arrears", metric="collected", **kw), "a": "right"},
                     {"t": fact_k(P, d["arr"]["w"], seg="arrears", metric="written_off", **kw), "a": "right"},
                     {"t": fact_r(P, d["arr"]["r"], seg="arrears", **kw), "a": "right"},
                     {"t": fact_k(P, d["tot"]["o"], seg="total", metric="outstanding", **kw), "a": "right"}])
    y = cv.grid(40, y + 4, [40, 62, 62, 50, 58, 58, 62, 50, 73], [20, 30, 18, 18, 18], rows,
                size=7.8)
    cv.t(45, y + 12, "※令和4年度以降、県の標準保険税率への段階的な移行を行っている。", 7.5)
    y += 32

    cv.t(40, y, "２　令和7年度の目標収納率", 10.5)
    y += 20
    kwt = dict(debt="国民健康保険料", debt_raw="国民健康保険税", basis="target")
    parts = []
    for lab, key, seg in [("現年度分", "cur", "current"), ("滞納繰越分", "arr", "arrears")]:
        cur = fact_r(P, KOKUHO_TARGET[2025][key], fy=2025, fy_raw="令和7年度", seg=seg, **kwt)
        prev = fact_r(P, KOKUHO_TARGET[2024][key], fy=2024, fy_raw="（ ）内は令和6年度目標",
                      seg=seg, **kwt)
        parts.append(f"{lab}　{cur}（{prev}）")
    cv.rect(50, y - 13, 545, y + 22, width=0.6)
    cv.t(60, y, "　".join(parts) + "　（単位：％）", 10)
    cv.t(60, y + 15, "※（ ）内は令和6年度の目標収納率", 8)
    y += 44

    cv.t(40, y, "３　課題と対応", 10.5)
    y += 8
    sec = "課題と対応"
    pairs = [
        ("現年度分の収納率が県内町村の平均を下回っている。",
         [("(1)", "口座振替の原則化を進め、新規加入時に口座振替の申込みを勧奨する。", "継続"),
          ("(2)", "短期被保険者証の更新時に納付相談を行い、分割納付を含めた計画的な納付を促す。", "継続")]),
        ("滞納繰越分の残高が増加傾向にある。",
         [("(1)", "町税と一体的に財産調査を行い、滞納処分を強化する。", "拡充"),
          ("(2)", "所在不明者について居所調査を行い、執行停止の要否を速やかに判断する。", "新規")]),
    ]
    rows = [[{"t": "課題", "f": GREY}, {"t": "対応", "f": GREY}]]
    heights = [18]
    for prob, acts in pairs:
        lines = []
        for lab, text, st in acts:
            G.init(P, text, debt="国民健康保険料", debt_raw="国民健康保険税", fy=2025, section=sec,
                   label=lab, status=st)
            lines.append(f"{lab}{text}【{st}】")
        txt = "\n".join(lines)
        n = sum(len(cv.lines_for(s, 330 - 6, 8.5)) for s in lines)
        heights.append(max(36, n * 8.5 * 1.3 + 10))
        rows.append([{"t": prob, "a": "left"}, {"t": txt, "a": "left"}])
    y = cv.grid(40, y + 4, [185, 330], heights, rows, size=8.5)
    y += 24
    cv.t(40, y, "４　滞納の状況（令和6年度末）", 10.5)
    y += 8
    kwd = dict(debt="国民健康保険料", debt_raw="国民健康保険税", seg="total", metric="delinquents",
               basis="actual", unit="households")
    rows = [[{"t": h, "f": GREY} for h in ["区分", "令和5年度末", "令和6年度末", "増減"]],
            ["滞納世帯数（世帯）",
             {"t": G.fact(P, "441", 441, fy=2023, fy_raw="令和5年度末", **kwd), "a": "right"},
             {"t": G.fact(P, "418", 418, fy=2024, fy_raw="令和6年度末", **kwd), "a": "right"},
             {"t": G.fact(P, "▲23", -23, fy=2024, fy_raw="令和6年度末",
                          **{**kwd, "metric": "difference"}), "a": "right"}],
            ["差押件数（件）", {"t": "57", "a": "right"}, {"t": "64", "a": "right"},
             {"t": "7", "a": "right"}]]
    y = cv.grid(60, y + 4, [130, 100, 100, 90], [18, 18, 18], rows, size=8.5)
    cv.t(60, y + 12, "※差押件数は、町税との合同処分分を含む。", 7.5)
    footer(cv, 4)


# ============================================================================= page 5 介護・後期
def page5(doc):
    P = 5
    cv = Canvas(doc)
    cv.t(40, 50, "取組個票（３）", 12)
    y = strip(cv, 60, [("債権名", "介護保険料"), ("所管課", "健康福祉課"), ("債権区分", "強制徴収公債権")],
              [55, 100, 55, 100, 60, 145])
    y += 16
    cv.t(40, y, "１　収納状況", 10.5)
    cv.t(300, y, "（上段：収入済額（千円）　下段：収納率（％））", 8.5)
    y += 6
    rows = [[{"t": "区分", "f": GREY}, {"t": "令和5年度", "f": GREY}, {"t": "令和6年度", "f": GREY},
             {"t": "増減（R6－R5）", "f": GREY}]]
    for key, lab, seg in [("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears")]:
        cells = [lab]
        for fy in (2023, 2024):
            kw = dict(debt="介護保険料", debt_raw="介護保険料", fy=fy, fy_raw=ERA[fy], seg=seg,
                      basis="actual")
            c = fact_k(P, KAIGO[fy][key]["c"], metric="collected", **kw)
            r = fact_r(P, KAIGO[fy][key]["r"], **kw)
            cells.append({"t": f"{c}\n{r}", "a": "right"})
        dc = KAIGO[2024][key]["c"] - KAIGO[2023][key]["c"]
        dr = round(KAIGO[2024][key]["r"] - KAIGO[2023][key]["r"], 2)
        kw = dict(debt="介護保険料", debt_raw="介護保険料", fy=2024, fy_raw="R6－R5", seg=seg,
                  basis="actual", metric="difference")
        sc = G.fact(P, f"▲{abs(dc):,}" if dc < 0 else f"{dc:,}", dc * 1000, unit="yen", **kw)
        sr = G.fact(P, f"▲{abs(dr):.2f}" if dr < 0 else f"{dr:.2f}", dr, unit="points", **kw)
        cells.append({"t": f"{sc}\n{sr}", "a": "right"})
        rows.append(cells)
    y = cv.grid(60, y + 4, [100, 120, 120, 120], [18, 30, 30], rows, size=8.5)
    y += 18
    cv.t(40, y, "２　主な取組", 10.5)
    y += 8
    sec = "主な取組"
    items = ["普通徴収の被保険者に対し、納期限前に納付案内を送付し、口座振替の利用を勧める。",
             "滞納者には、給付制限の内容を説明したうえで納付相談を行い、分割納付を含めて納付を促す。",
             "長期滞納者の資産状況を調査し、必要に応じて差押えを行う。"]
    top = y
    yy = y + 16
    for text in items:
        G.init(P, text, debt="介護保険料", debt_raw="介護保険料", fy=2025, section=sec, label="・")
        yy = cv.wrap(56, yy, 480, "・" + text, 9.3, leading=1.5, indent_next=9.3)
        yy += 2
    cv.rect(46, top, 545, yy - 4, width=0.8)
    y = yy + 24

    # ---- 後期高齢者医療保険料
    cv.t(40, y - 4, "取組個票（４）", 12)
    y = strip(cv, y + 4, [("債権名", "後期高齢者医療保険料"), ("所管課", "住民課"),
                          ("債権区分", "強制徴収公債権")], [55, 130, 55, 80, 60, 135])
    y += 16
    cv.t(40, y, "１　令和6年度決算", 10.5)
    cv.t(300, y, "（単位：千円、％　（ ）内は令和5年度）", 8.5)
    rows = [[{"t": h, "f": GREY} for h in ["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]]
    for key, lab, seg in [("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears")]:
        d, p = KOUKI[2024][key], KOUKI[2023][key]
        kw = dict(debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", seg=seg, basis="actual")
        k6 = dict(fy=2024, fy_raw="令和6年度", **kw)
        r6 = fact_r(P, d["r"], **k6)
        r5 = fact_r(P, p["r"], fy=2023, fy_raw="令和5年度", **kw)
        rows.append([lab,
                     {"t": fact_k(P, d["a"], metric="assessed", **k6), "a": "right"},
                     {"t": fact_k(P, d["c"], metric="collected", **k6), "a": "right"},
                     {"t": "－"} if key == "cur" else
                     {"t": fact_k(P, d["w"], metric="written_off", **k6), "a": "right"},
                     {"t": fact_k(P, d["o"], metric="outstanding", **k6), "a": "right"},
                     {"t": f"{r6}（{r5}）", "a": "right"}])
    y = cv.grid(50, y + 10, [80, 85, 85, 75, 85, 110], [18, 18, 18], rows, size=8.5)
    y += 20
    cv.t(40, y, "今後の対応", 10.5)
    y += 18
    sec = "今後の対応"
    for lab, text in [("ア", "年金からの特別徴収に切り替わるまでの期間について、納付勧奨を徹底する。"),
                      ("イ", "徳島県後期高齢者医療広域連合と連携し、滞納者の状況に応じた納付相談を実施する。")]:
        G.init(P, text, debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", fy=2025,
               section=sec, label=lab)
        y = cv.wrap(52, y, 490, f"{lab}　{text}", 9.5, leading=1.5, indent_next=19)
        y += 2
    footer(cv, 5)


# ============================================================================= page 6 住宅・水道
def page6(doc):
    P = 6
    cv = Canvas(doc)
    cv.t(40, 50, "取組個票（５）", 12)
    y = strip(cv, 60, [("債権名", "町営住宅使用料"), ("所管課", "建設課"), ("債権区分", "私債権")],
              [55, 110, 55, 100, 60, 135])
    y += 16
    cv.t(40, y, "１　令和6年度決算の状況", 10.5)
    cv.t(470, y, "（単位：円、％）", 8.5)
    rows = [[{"t": h, "f": GREY} for h in ["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]]
    d = JUTAKU[2024]
    kw = dict(debt="住宅使用料", debt_raw="町営住宅使用料", fy=2024, fy_raw="令和6年度", basis="actual")
    for key, lab, seg in [("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears"),
                          ("tot", "計", "total")]:
        s = d[key]
        row = [{"t": lab, "f": LIGHT if key == "tot" else None}]
        for k, met in [("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")]:
            if key == "cur" and k == "w":
                row.append({"t": "－"})
                continue
            row.append({"t": G.fact(P, comma(s[k]), s[k], seg=seg, metric=met, unit="yen", **kw),
                        "a": "right"})
        row.append({"t": fact_r(P, s["r"], seg=seg, **kw), "a": "right"})
        rows.append(row)
    y = cv.grid(40, y + 8, [70, 95, 95, 80, 95, 80], [18] * 4, rows, size=8.5)
    cv.t(45, y + 13, "滞納者数　" + G.fact(P, "38人", 38, debt="住宅使用料", debt_raw="町営住宅使用料",
                                        fy=2024, fy_raw="令和6年度", seg="total", metric="delinquents",
                                        basis="actual", unit="persons")
         + "　　法的措置（支払督促）件数　2件", 8.5)
    y += 30
    cv.t(40, y, "２　取組内容", 10.5)
    y += 18
    sec = "取組内容"
    for lab, text, st in [("(1)", "家賃を3か月以上滞納している入居者について、連帯保証人に通知し、納付指導への協力を求める。", "継続"),
                          ("(2)", "退去した滞納者の未払い家賃について、支払督促等の法的措置を計画的に行う。", "新規")]:
        G.init(P, text, debt="住宅使用料", debt_raw="町営住宅使用料", fy=2025, section=sec, label=lab,
               status=st)
        y = cv.wrap(52, y, 490, f"{lab}　{text}", 9.5, leading=1.5, indent_next=22)
        cv.t(74, y, f"【{st}】", 9.5)
        y += 9.5 * 1.5 + 3
    y += 16

    cv.t(40, y - 4, "取組個票（６）", 12)
    y = strip(cv, y + 4, [("債権名", "水道料金"), ("所管課", "水道課"), ("債権区分", "私債権")],
              [55, 110, 55, 100, 60, 135])
    y += 16
    cv.t(40, y, "１　令和６年度決算の状況", 10.5)
    cv.t(450, y, "（単位：千円、％）", 8.5)
    rows = [[{"t": h, "f": GREY} for h in ["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]]
    d = SUIDO[2024]
    kw = dict(debt="水道料金", debt_raw="水道料金", fy=2024, fy_raw="令和６年度", basis="actual")
    for key, lab, seg in [("cur", "現年度分", "current"), ("arr", "滞納繰越分", "arrears")]:
        s = d[key]
        row = [lab]
        for k, met in [("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")]:
            if key == "cur" and k == "w":
                row.append({"t": "－"})
                continue
            raw = zen(comma(s[k]))
            row.append({"t": G.fact(P, raw, s[k] * 1000, seg=seg, metric=met, unit="yen", **kw),
                        "a": "right"})
        row.append({"t": fact_r(P, s["r"], raw=zen(fmt_rate(s["r"])), seg=seg, **kw), "a": "right"})
        rows.append(row)
    y = cv.grid(40, y + 8, [70, 95, 95, 80, 95, 80], [18] * 3, rows, size=8.5)
    y += 20
    cv.t(40, y, "２　取組内容", 10.5)
    y += 18
    for lab, text, st in [("(1)", "給水停止予告を行い、納付又は納付相談がない場合は給水停止を実施する。", "継続"),
                          ("(2)", "閉栓した使用者の未収金について、転居先の調査を行い、文書による催告を実施する。", "継続")]:
        G.init(P, text, debt="水道料金", debt_raw="水道料金", fy=2025, section=sec, label=lab, status=st)
        y = cv.wrap(52, y, 490, f"{lab}　{text}", 9.5, leading=1.5, indent_next=22)
        cv.t(74, y, f"【{st}】", 9.5)
        y += 9.5 * 1.5 + 3
    footer(cv, 6)


# ============================================================================= page 7 minutes
def page7(doc):
    P = 7
    cv = Canvas(doc)
    cv.t(490, 45, "資料３", 11)
    cv.rect(486, 32, 530, 50, width=0.8)
    title = "令和7年度第1回つるぎ町債権管理対策会議（書面開催）の結果について"
    cv.t(0, 78, title, 12.5, align="center", width=cv.w)
    y = 108
    cv.t(40, y, "１　開催方法", 10.5)
    y += 17
    y = cv.wrap(56, y, 485, "書面開催（令和7年7月15日付けで各委員へ資料を送付し、令和7年7月25日までに意見を聴取した。）",
                9.5)
    y += 6
    cv.t(40, y, "２　出席者　　委員８名、事務局３名", 10.5)
    y += 8
    att = [("会長", "副町長"), ("委員", "総務課長"), ("委員", "税務課長"), ("委員", "住民課長"),
           ("委員", "健康福祉課長"), ("委員", "こども・子育て課長"), ("委員", "建設課長"),
           ("委員", "水道課長"),
           ("事務局", "税務課徴収対策室長"), ("事務局", "税務課徴収対策室主査"), ("事務局", "税務課徴収対策室主事")]
    rows = []
    for i in range(0, len(att), 2):
        pair = att[i:i + 2]
        row = []
        for role, t in pair:
            row += [{"t": role, "f": LIGHT}, {"t": t, "a": "left"}]
        if len(pair) == 1:
            row += [{"t": ""}, {"t": ""}]
        rows.append(row)
    y = cv.grid(56, y + 4, [55, 185, 55, 185], [16] * len(rows), rows, size=8.5)
    y += 18
    cv.t(40, y, "３　議題", 10.5)
    y += 17
    agenda = ["令和6年度決算における町債権の状況について", "令和7年度の債権管理の取組方針について"]
    for i, a in enumerate(agenda, 1):
        cv.t(56, y, f"（{i}）{a}", 9.5)
        y += 15
    y += 4
    cv.t(40, y, "４　資料", 10.5)
    y += 17
    materials = ["資料１　令和6年度決算見込における町債権の状況",
                 "資料２　令和7年度 債権管理の取組方針（案）"]
    for m in materials:
        cv.t(56, y, m, 9.5)
        y += 15
    y += 4
    cv.t(40, y, "５　主な意見等", 10.5)
    y += 18
    r_arr = KOKUHO[2024]["arr"]["r"]
    raw = f"{r_arr:.2f}％"
    G.fact(P, raw, r_arr, debt="国民健康保険料", debt_raw="国保税", fy=2024, fy_raw="令和6年度",
           seg="arrears", metric="collection_rate", basis="actual", unit="percent")
    stmts = [
        ("住民課長", f"国保税の滞納繰越分について、令和6年度の収納率は{raw}と前年度を上回ったが、収入未済額は依然として大きい。町税と合同で行っている財産調査は、今年度も継続するのか。"),
        ("税務課長", "継続する。町税と国保税の重複滞納者については、引き続き税務課において一体的に滞納整理を行う。"),
        ("水道課長", "給水停止を行う際に、生活困窮が疑われる世帯の情報を福祉部門と共有する仕組みはあるか。"),
        ("健康福祉課長", "相談窓口につなぐための連絡票を運用している。各課での活用方法を改めて周知したい。"),
        ("事務局（徴収対策室長）", "いただいた意見は整理のうえ、第2回会議の資料に反映する。"),
    ]
    for sp, text in stmts:
        cv.t(48, y, f"○{sp}", 9.5)
        y += 14
        y = cv.wrap(62, y, 478, text, 9.5, leading=1.5)
        y += 4
    G.minutes = {
        "title": title, "meeting_number": 1, "date": "2025-07-15", "method": "書面開催",
        "attendees": [{"role": r, "title": t} for r, t in att],
        "agenda": agenda, "materials": materials,
        "statements": [{"speaker": sp, "section": "主な意見等", "text": t} for sp, t in stmts],
    }
    footer(cv, 7)


def main():
    doc = fitz.open()
    for fn in (page1, page2, page3, page4, page5, page6, page7):
        fn(doc)
    doc.subset_fonts()
    doc.set_metadata({"title": "令和7年度 第2回つるぎ町債権管理対策会議 資料", "author": "つるぎ町",
                      "creator": "", "producer": ""})
    doc.save(OUT_PDF, garbage=4, deflate=True)
    doc.close()
    G.write(OUT_PDF, OUT_GOLD)
    return check(OUT_PDF, OUT_GOLD)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
