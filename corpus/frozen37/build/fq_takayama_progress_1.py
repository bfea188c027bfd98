"""fq_takayama_progress_1: 令和５年度 市税等の収納状況及び取組状況（令和６年２月末現在）, 高山市.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/frozen37:  python3 build/fq_takayama_progress_1.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fq_common import Gold, PDF_DIR, check, comma, month_end, pct_rate, zen  # noqa: E402
from fq_pdfdraw import Canvas  # noqa: E402

STEM = "fq_takayama_progress_1"
CITY = "高山市"
FY, PFY = 2023, 2022
ASOF = month_end(FY, 2)        # 2024-02-29 (leap year)
PASOF = month_end(PFY, 2)      # 2023-02-28
TITLE = "令和５年度 市税等の収納状況及び取組状況について（令和６年２月末現在）"

# name, (cur_a, cur_rate, arr_a, arr_rate) for R5 and R4 at 2月末, final R4 rates, R5 estimate, R5 target, est write-off
DEBTS = {
    "一般会計": [
        ("市税", (11842615, 93.62, 402318, 24.85), (11698204, 93.27, 431560, 25.71), (98.92, 31.40), (98.95, 29.90), (98.80, 30.50), 9800),
        ("保育所保育料", (214530, 90.84, 18642, 15.32), (221806, 90.12, 20115, 16.05), (98.41, 21.80), (98.30, 20.95), (98.50, 22.00), 410),
        ("市営住宅使用料", (128460, 89.37, 24870, 12.48), (130122, 89.95, 26338, 11.62), (97.02, 16.10), (97.10, 15.60), (97.20, 16.50), 520),
    ],
    "特別会計": [
        ("国民健康保険税", (2318740, 84.16, 486920, 18.05), (2402115, 83.71, 512406, 18.92), (95.12, 24.30), (95.20, 23.85), (95.30, 24.50), 14300),
        ("介護保険料", (2086330, 92.48, 52416, 12.36), (2051720, 92.31, 55870, 11.84), (99.05, 19.50), (99.02, 18.70), (99.10, 19.00), 2100),
        ("後期高齢者医療保険料", (1104580, 93.85, 8214, 21.40), (1062318, 93.90, 7905, 20.66), (99.41, 35.20), (99.38, 34.60), (99.40, 35.00), 180),
    ],
}


def amounts(t):
    ca, cr, aa, ar = t
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    return dict(cur_a=ca, cur_c=cc, arr_a=aa, arr_c=ac, cur_r=pct_rate(cc, ca), arr_r=pct_rate(ac, aa),
                tot_r=pct_rate(cc + ac, ca + aa))


def sumd(ds):
    s = {k: sum(d[k] for d in ds) for k in ("cur_a", "cur_c", "arr_a", "arr_c")}
    s["cur_r"] = pct_rate(s["cur_c"], s["cur_a"])
    s["arr_r"] = pct_rate(s["arr_c"], s["arr_a"])
    s["tot_r"] = pct_rate(s["cur_c"] + s["arr_c"], s["cur_a"] + s["arr_a"])
    return s


def tri(v, nd=2):
    return f"▲{-v:.{nd}f}" if v < 0 else f"{v:.{nd}f}"


AREAS = ["高山地域", "丹生川地域", "清見地域", "荘川地域", "一之宮地域", "久々野地域", "朝日地域", "高根地域",
         "国府地域", "上宝地域"]


def build():
    g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和６年３月１５日")
    doc = fitz.open()
    now = {}
    prev = {}
    for sec, items in DEBTS.items():
        for name, t5, t4, *_ in items:
            now[name] = amounts(t5)
            prev[name] = amounts(t4)

    # ===================== page 1 (portrait): 概要
    P = 1
    c = Canvas(doc)
    c.text(555, 50, "令和６年３月１５日", 9.5, "m", align="right")
    c.text(555, 64, "高山市 総務部 税務課", 9.5, "m", align="right")
    c.text(297, 100, "令和５年度 市税等の収納状況及び取組状況について", 15, "g", align="center")
    c.text(297, 120, "（令和６年２月末現在）", 11, "g", align="center")
    y = 155
    c.text(45, y, "１　概要", 11.5, "g")
    y += 20
    s, sp = now["市税"], prev["市税"]
    d_cur = round(s["cur_r"] - sp["cur_r"], 2)
    d_arr = round(s["arr_r"] - sp["arr_r"], 2)
    out_now = s["cur_a"] + s["arr_a"] - s["cur_c"] - s["arr_c"]
    out_prev = sp["cur_a"] + sp["arr_a"] - sp["cur_c"] - sp["arr_c"]
    # 約X億Y万円 to the nearest 百万円
    o_m = round(out_now / 1000)           # 百万円
    diff_m = round((out_now - out_prev) / 1000)
    oku, man = divmod(o_m * 100, 10000)   # in 万円
    o_txt = f"約{oku}億{man:,}万円" if man else f"約{oku}億円"
    assert diff_m < 0
    dtxt = f"約{-diff_m * 100:,}万円"
    gen_all = sumd([now[n] for n, *_ in DEBTS["一般会計"]] + [now[n] for n, *_ in DEBTS["特別会計"]])
    gen_all_p = sumd([prev[n] for n, *_ in DEBTS["一般会計"]] + [prev[n] for n, *_ in DEBTS["特別会計"]])
    d_all = round(gen_all["cur_r"] - gen_all_p["cur_r"], 2)
    word_c = "上昇" if d_cur >= 0 else "低下"
    word_a = "上昇" if d_arr >= 0 else "低下"
    p1 = (f"令和６年２月末現在における市税の収納率は、現年課税分が{s['cur_r']:.2f}％で前年同月比{abs(d_cur):.2f}ポイントの{word_c}、"
          f"滞納繰越分が{s['arr_r']:.2f}％で前年同月比{abs(d_arr):.2f}ポイントの{word_a}となった。"
          f"市税全体の収入未済額は{o_txt}で、前年同月から{dtxt}減少している。")
    p2 = (f"主要６債権の現年度分を合わせた収納率は{gen_all['cur_r']:.2f}％で、前年同月を{abs(d_all):.2f}ポイント"
          f"{'上回って' if d_all >= 0 else '下回って'}いる。国民健康保険税は被保険者数の減少により調定額が減少しているが、"
          "現年課税分の収納率は前年同月を上回って推移している。一方、市営住宅使用料の現年度分は前年同月を下回っており、"
          "出納整理期間までの催告を強化する。")
    y = c.para(50, y, 495, p1, 10)
    y = c.para(50, y + 4, 495, p2, 10)
    kw = dict(debt="市税", debt_raw="市税")
    g.fact(page=P, **kw, fy=FY, fy_raw="令和６年２月末", segment="current", metric="collection_rate", basis="interim",
           as_of=ASOF, value=s["cur_r"], unit="percent", raw=f"{s['cur_r']:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月比", segment="current", metric="difference", basis="interim",
           as_of=ASOF, value=d_cur, unit="points", raw=f"{abs(d_cur):.2f}ポイント")
    g.fact(page=P, **kw, fy=FY, fy_raw="令和６年２月末", segment="arrears", metric="collection_rate", basis="interim",
           as_of=ASOF, value=s["arr_r"], unit="percent", raw=f"{s['arr_r']:.2f}％")
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月比", segment="arrears", metric="difference", basis="interim",
           as_of=ASOF, value=d_arr, unit="points", raw=f"{abs(d_arr):.2f}ポイント")
    g.fact(page=P, **kw, fy=FY, fy_raw="令和６年２月末", segment="total", metric="outstanding", basis="interim",
           as_of=ASOF, value=o_m * 1000000, unit="yen", raw=o_txt, approx=True)
    g.fact(page=P, **kw, fy=FY, fy_raw="前年同月", segment="total", metric="difference", basis="interim",
           as_of=ASOF, value=diff_m * 1000000, unit="yen", raw=dtxt, approx=True)
    g.fact(page=P, debt=None, debt_raw="主要６債権", fy=FY, fy_raw="令和６年２月末", segment="current",
           metric="collection_rate", basis="interim", as_of=ASOF, value=gen_all["cur_r"], unit="percent",
           raw=f"{gen_all['cur_r']:.2f}％")
    g.fact(page=P, debt=None, debt_raw="主要６債権", fy=FY, fy_raw="前年同月", segment="current",
           metric="difference", basis="interim", as_of=ASOF, value=d_all, unit="points", raw=f"{abs(d_all):.2f}ポイント")

    # bracketed metric headings over bullets labelled only by segment (国民健康保険税)
    y += 10
    c.text(45, y, "２　国民健康保険税の状況", 11.5, "g")
    y += 8
    k = now["国民健康保険税"]
    box_top = y
    yy = y + 20
    c.text(60, yy, "【収納率】令和６年２月末時点", 10, "g")
    yy += 17
    for lab, v, seg in (("現年分", k["cur_r"], "current"), ("滞繰分", k["arr_r"], "arrears"), ("合計", k["tot_r"], "total")):
        c.text(75, yy, f"・{lab}　{v:.2f}％", 10, "m")
        g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末時点", segment=seg,
               metric="collection_rate", basis="interim", as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}％")
        yy += 15
    yy2 = y + 20
    c.text(300, yy2, "【収入未済額】令和６年２月末時点", 10, "g")
    yy2 += 17
    o_cur = k["cur_a"] - k["cur_c"]
    o_arr = k["arr_a"] - k["arr_c"]
    for lab, v, seg in (("現年分", o_cur, "current"), ("滞繰分", o_arr, "arrears"), ("合計", o_cur + o_arr, "total")):
        c.text(315, yy2, f"・{lab}　{comma(v)}千円", 10, "m")
        g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末時点", segment=seg,
               metric="outstanding", basis="interim", as_of=ASOF, value=v * 1000, unit="yen", raw=f"{comma(v)}千円")
        yy2 += 15
    y = max(yy, yy2) + 2
    c.rect((48, box_top, 548, y), width=0.8)
    y += 22
    c.text(45, y, "３　資料の構成", 11.5, "g")
    y += 18
    for ln in ("表１　主要債権の収納状況（令和６年２月末現在）……………………… ２ページ",
               "表２　年度末の見込み（債権別・区分別）…………………………………… ３ページ",
               "表３　月別収納状況（現年課税分）及び図１ ……………………………… ４ページ",
               "表４　地域別の市税収納状況 ……………………………………………………… ５ページ",
               "４　年度末に向けた取組 …………………………………………………………… ６ページ"):
        c.text(60, y, ln, 9.5, "m")
        y += 15
    c.text(297, 815, "- 1 -", 8.5, "m", align="center")

    # ===================== page 2 (landscape): 表１ three-level header, section rows
    P = 2
    c = Canvas(doc, width=841.89, height=595.28)
    c.text(40, 45, "表１　主要債権の収納状況（令和６年２月末現在）", 12, "g")
    c.text(802, 45, "（単位：千円、％、ポイント）", 8.5, "m", align="right")
    widths = [120, 78, 78, 50, 78, 78, 50, 56, 56, 56, 56]
    hdr = [
        [{"t": "区　分", "rs": 3}, {"t": "令和５年度（今期）", "cs": 6}, None, None, None, None, None,
         {"t": "令和４年度（前年同月）", "cs": 2}, None, {"t": "差（今期－前年同月）", "cs": 2}, None],
        [None, {"t": "現年課税分", "cs": 3}, None, None, {"t": "滞納繰越分", "cs": 3}, None, None,
         {"t": "現年課税分"}, {"t": "滞納繰越分"}, {"t": "現年課税分"}, {"t": "滞納繰越分"}],
        [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収納率", "収納率", "ポイント", "ポイント"],
    ]
    body = []

    def add_row(label, n, pv, debt, debt_raw):
        dc = round(n["cur_r"] - pv["cur_r"], 2)
        da = round(n["arr_r"] - pv["arr_r"], 2)
        cells = [label, comma(n["cur_a"]), comma(n["cur_c"]), f"{n['cur_r']:.2f}", comma(n["arr_a"]),
                 comma(n["arr_c"]), f"{n['arr_r']:.2f}", f"{pv['cur_r']:.2f}", f"{pv['arr_r']:.2f}", tri(dc), tri(da)]
        kw = dict(debt=debt, debt_raw=debt_raw)
        for seg, a, cc, r in (("current", "cur_a", "cur_c", "cur_r"), ("arrears", "arr_a", "arr_c", "arr_r")):
            g.fact(page=P, **kw, fy=FY, fy_raw="令和５年度（今期）", segment=seg, metric="assessed", basis="interim",
                   as_of=ASOF, value=n[a] * 1000, unit="yen", raw=comma(n[a]))
            g.fact(page=P, **kw, fy=FY, fy_raw="令和５年度（今期）", segment=seg, metric="collected", basis="interim",
                   as_of=ASOF, value=n[cc] * 1000, unit="yen", raw=comma(n[cc]))
            g.fact(page=P, **kw, fy=FY, fy_raw="令和５年度（今期）", segment=seg, metric="collection_rate",
                   basis="interim", as_of=ASOF, value=n[r], unit="percent", raw=f"{n[r]:.2f}")
            g.fact(page=P, **kw, fy=PFY, fy_raw="令和４年度（前年同月）", segment=seg, metric="collection_rate",
                   basis="interim", as_of=PASOF, value=pv[r], unit="percent", raw=f"{pv[r]:.2f}")
            dv = dc if seg == "current" else da
            g.fact(page=P, **kw, fy=FY, fy_raw="差", segment=seg, metric="difference", basis="interim", as_of=ASOF,
                   value=dv, unit="points", raw=tri(dv))
        return cells

    subs, subs_p = [], []
    for sec, items in DEBTS.items():
        body.append([{"t": f"【{sec}】", "cs": 11, "a": "left", "f": (0.93, 0.93, 0.93), "font": "g"}] + [None] * 10)
        ns = [now[n] for n, *_ in items]
        ps = [prev[n] for n, *_ in items]
        for name, *_ in items:
            body.append(add_row("　" + name, now[name], prev[name], name, name))
        sn, sp_ = sumd(ns), sumd(ps)
        subs.append(sn)
        subs_p.append(sp_)
        body.append(add_row("　小計", sn, sp_, None, "小計"))
    tn, tp = sumd(subs), sumd(subs_p)
    body.append(add_row("合計", tn, tp, None, "合計"))
    rows = hdr + body
    heights = [18, 18, 18] + [19] * len(body)
    c.table(40, 58, widths, rows, size=8.5, header_rows=3, heights=heights)
    yb = 58 + sum(heights) + 14
    c.text(45, yb, "※ 調定額及び収入済額は、令和６年２月末日現在の累計額である。差の欄の▲は前年同月を下回っていることを示す。", 8, "m")
    c.text(45, yb + 12, "※ 一般会計の市税には、市民税、固定資産税、軽自動車税、市たばこ税、入湯税等を含む。", 8, "m")
    c.text(421, 575, "- 2 -", 8.5, "m", align="center")

    # ===================== page 3: 表２ year-end estimates, merged row labels
    P = 3
    c = Canvas(doc)
    c.text(45, 55, "表２　年度末の見込み（債権別・区分別）", 12, "g")
    c.text(550, 55, "（単位：％、千円）", 8.5, "m", align="right")
    widths = [92, 38, 62, 62, 62, 72, 117]
    rows = [[{"t": "債権名", "rs": 2}, {"t": "区分", "rs": 2}, {"t": "２月末", "lines": ["２月末"]},
             {"t": "決算見込"}, {"t": "目標"}, {"t": "（参考）R4決算"}, {"t": "決算見込"}],
            [None, None, "収納率", "収納率", "収納率", "収納率", "収入未済額（千円）"]]
    for sec, items in DEBTS.items():
        for name, t5, t4, est, fin4, tgt, est_wo in items:
            n = now[name]
            # R4 final amounts (same assessed as at Feb end), R5 estimate amounts
            f4c = round(t4[0] * fin4[0] / 100)
            f4a = round(t4[2] * fin4[1] / 100)
            fin_tot = pct_rate(f4c + f4a, t4[0] + t4[2])
            e_cc = round(n["cur_a"] * est[0] / 100)
            e_ac = round(n["arr_a"] * est[1] / 100)
            e_cr, e_ar = pct_rate(e_cc, n["cur_a"]), pct_rate(e_ac, n["arr_a"])
            e_tr = pct_rate(e_cc + e_ac, n["cur_a"] + n["arr_a"])
            o_c = n["cur_a"] - e_cc
            o_a = n["arr_a"] - e_ac - est_wo
            kw = dict(debt=name, debt_raw=name)
            segrows = [("現年", "current", n["cur_r"], e_cr, tgt[0], pct_rate(f4c, t4[0]), o_c),
                       ("滞繰", "arrears", n["arr_r"], e_ar, tgt[1], pct_rate(f4a, t4[2]), o_a),
                       ("計", "total", n["tot_r"], e_tr, None, fin_tot, o_c + o_a)]
            for k, (lab, seg, r2, re, rt, r4, oe) in enumerate(segrows):
                row = [{"t": name, "rs": 3, "a": "center", "font": "g"} if k == 0 else None, {"t": lab, "a": "center"},
                       f"{r2:.2f}", f"{re:.2f}", f"{rt:.2f}" if rt is not None else "－", f"{r4:.2f}", comma(oe)]
                rows.append(row)
                g.fact(page=P, **kw, fy=FY, fy_raw="２月末", segment=seg, metric="collection_rate", basis="interim",
                       as_of=ASOF, value=r2, unit="percent", raw=f"{r2:.2f}")
                g.fact(page=P, **kw, fy=FY, fy_raw="決算見込", segment=seg, metric="collection_rate", basis="estimate",
                       value=re, unit="percent", raw=f"{re:.2f}")
                if rt is not None:
                    g.fact(page=P, **kw, fy=FY, fy_raw="目標", segment=seg, metric="collection_rate", basis="target",
                           value=rt, unit="percent", raw=f"{rt:.2f}")
                g.fact(page=P, **kw, fy=PFY, fy_raw="R4決算", segment=seg, metric="collection_rate", basis="actual",
                       value=r4, unit="percent", raw=f"{r4:.2f}")
                g.fact(page=P, **kw, fy=FY, fy_raw="決算見込", segment=seg, metric="outstanding", basis="estimate",
                       value=oe * 1000, unit="yen", raw=comma(oe))
    heights = [17, 17] + [16.5] * (len(rows) - 2)
    yb = c.table(45, 66, widths, rows, size=8.5, header_rows=2, heights=heights)
    c.text(48, yb + 14, "※ 決算見込は、２月末の実績に前年度３月から出納整理期間（５月末）までの収納割合を加味して算出した。", 8, "m")
    c.text(48, yb + 26, "※ 滞繰の決算見込の収入未済額は、不納欠損の見込額を差し引いた額である。目標は「計」を設定していない。", 8, "m")
    c.text(297, 815, "- 3 -", 8.5, "m", align="center")

    # ===================== page 4: 表３ monthly table + 図１ chart
    P = 4
    c = Canvas(doc)
    c.text(45, 55, "表３　月別収納状況（現年課税分・各月末の累計）", 12, "g")
    c.text(550, 55, "（単位：千円、％、ポイント）", 8.5, "m", align="right")
    months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    shape5 = [14.21, 27.86, 36.52, 47.83, 55.61, 60.37, 67.92, 71.25, 79.64, 86.13, None, None]
    shape4 = [14.05, 27.41, 36.18, 47.52, 55.20, 60.11, 67.55, 70.98, 79.30, 85.88, None, 96.24]
    kshape5 = [9.12, 18.45, 26.70, 36.85, 45.22, 53.61, 61.40, 66.83, 72.95, 78.60, None, None]
    kshape4 = [8.95, 18.02, 26.31, 36.44, 44.87, 53.25, 61.02, 66.41, 72.50, 78.11, None, 88.64]
    s, sp = now["市税"], prev["市税"]
    k, kp = now["国民健康保険税"], prev["国民健康保険税"]

    def series(shape, base, feb):
        out = []
        for m, r in zip(months, shape):
            if m == 2:
                out.append(feb)
            elif r is None:
                out.append(None)
            else:
                out.append(round(base * r / 100))
        return out

    c5 = series(shape5, s["cur_a"], s["cur_c"])
    c4 = series(shape4, sp["cur_a"], sp["cur_c"])
    k5 = series(kshape5, k["cur_a"], k["cur_c"])
    k4 = series(kshape4, kp["cur_a"], kp["cur_c"])
    widths = [34, 66, 42, 66, 42, 40, 44, 44, 40]
    rows = [
        [{"t": "月末", "rs": 3}, {"t": "市税", "cs": 5}, None, None, None, None, {"t": "国民健康保険税", "cs": 3}, None, None],
        [None, {"t": "令和５年度", "cs": 2}, None, {"t": "令和４年度", "cs": 2}, None, {"t": "差", "rs": 2},
         {"t": "令和５年度"}, {"t": "令和４年度"}, {"t": "差", "rs": 2}],
        [None, "収入済額累計", "収納率", "収入済額累計", "収納率", None, "収納率", "収納率", None],
    ]
    for i, m in enumerate(months):
        a5 = ASOF if m == 2 else month_end(FY, m)
        a4 = month_end(PFY, m)
        row = [{"t": f"{m}月末", "a": "center"}]
        # 市税
        if c5[i] is not None:
            r5 = pct_rate(c5[i], s["cur_a"])
            row += [comma(c5[i]), f"{r5:.2f}"]
            g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", segment="current", metric="collected",
                   basis="interim", as_of=a5, value=c5[i] * 1000, unit="yen", raw=comma(c5[i]))
            g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", segment="current",
                   metric="collection_rate", basis="interim", as_of=a5, value=r5, unit="percent", raw=f"{r5:.2f}")
        else:
            row += ["－", "－"]
        r4 = pct_rate(c4[i], sp["cur_a"])
        row += [comma(c4[i]), f"{r4:.2f}"]
        g.fact(page=P, debt="市税", debt_raw="市税", fy=PFY, fy_raw="令和４年度", segment="current", metric="collected",
               basis="interim", as_of=a4, value=c4[i] * 1000, unit="yen", raw=comma(c4[i]))
        g.fact(page=P, debt="市税", debt_raw="市税", fy=PFY, fy_raw="令和４年度", segment="current",
               metric="collection_rate", basis="interim", as_of=a4, value=r4, unit="percent", raw=f"{r4:.2f}")
        if c5[i] is not None:
            d = round(r5 - r4, 2)
            row.append(tri(d))
            g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="差", segment="current", metric="difference",
                   basis="interim", as_of=a5, value=d, unit="points", raw=tri(d))
        else:
            row.append("－")
        # 国保税
        if k5[i] is not None:
            q5 = pct_rate(k5[i], k["cur_a"])
            row.append(f"{q5:.2f}")
            g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和５年度", segment="current",
                   metric="collection_rate", basis="interim", as_of=a5, value=q5, unit="percent", raw=f"{q5:.2f}")
        else:
            row.append("－")
        q4 = pct_rate(k4[i], kp["cur_a"])
        row.append(f"{q4:.2f}")
        g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=PFY, fy_raw="令和４年度", segment="current",
               metric="collection_rate", basis="interim", as_of=a4, value=q4, unit="percent", raw=f"{q4:.2f}")
        if k5[i] is not None:
            d = round(q5 - q4, 2)
            row.append(tri(d))
            g.fact(page=P, debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="差", segment="current",
                   metric="difference", basis="interim", as_of=a5, value=d, unit="points", raw=tri(d))
        else:
            row.append("－")
        rows.append(row)
    heights = [17, 17, 17] + [16] * 12
    yb = c.table(45, 66, [w * 1.1 for w in widths], rows, size=8.2, header_rows=3, heights=heights)
    c.text(48, yb + 13, "※ 令和５年度の３月末は、本資料作成時点で未確定のため「－」としている。", 8, "m")

    # chart: 2月末 rate of 市税 現年課税分 by year (data labels are facts)
    y0 = yb + 40
    c.text(45, y0, "図１　市税（現年課税分）の２月末収納率の推移", 11, "g")
    chart = [("H30", 2018, 92.64), ("R1", 2019, 92.91), ("R2", 2020, 92.18), ("R3", 2021, 92.85),
             ("R4", 2022, sp["cur_r"]), ("R5", 2023, s["cur_r"])]
    cx0, cy_base, ch = 90, y0 + 215, 170
    lo, hi = 90.0, 95.0
    c.line((cx0, cy_base), (520, cy_base), width=0.8)
    c.line((cx0, cy_base), (cx0, cy_base - ch - 10), width=0.8)
    for t in (90, 91, 92, 93, 94, 95):
        yy = cy_base - (t - lo) / (hi - lo) * ch
        c.line((cx0 - 3, yy), (520, yy), color=(0.8, 0.8, 0.8), width=0.4)
        c.text(cx0 - 6, yy + 3, f"{t}", 7.5, "m", align="right")
    c.text(cx0 - 6, cy_base - ch - 16, "（％）", 7.5, "m", align="right")
    bw = 42
    for i, (lab, fy, v) in enumerate(chart):
        x = cx0 + 25 + i * 68
        top = cy_base - (v - lo) / (hi - lo) * ch
        c.rect((x, top, x + bw, cy_base), fill=(0.30, 0.45, 0.70) if fy == 2023 else (0.62, 0.72, 0.86), width=0.3)
        c.text(x + bw / 2, top - 4, f"{v:.2f}", 8, "g", align="center")
        c.text(x + bw / 2, cy_base + 12, lab, 8.5, "m", align="center")
        g.fact(page=P, debt="市税", debt_raw="市税", fy=fy, fy_raw=lab, segment="current", metric="collection_rate",
               basis="interim", as_of=month_end(fy, 2), value=v, unit="percent", raw=f"{v:.2f}")
    c.text(cx0, cy_base + 28, "※ 各年度とも２月末日現在の累計収納率（H30＝平成30年度、R1＝令和元年度）", 8, "m")
    c.text(297, 815, "- 4 -", 8.5, "m", align="center")

    # ===================== page 5: 表４ by district + 滞納処分
    P = 5
    c = Canvas(doc)
    c.text(45, 55, "表４　地域別の市税収納状況（令和６年２月末現在）", 12, "g")
    c.text(550, 55, "（単位：％、ポイント、人）", 8.5, "m", align="right")
    rnd = random.Random(44)
    weights = [0.62, 0.05, 0.03, 0.015, 0.025, 0.04, 0.02, 0.012, 0.06, 0.028]
    delinq_total = 3184
    dels = [round(delinq_total * w) for w in weights]
    dels[0] += delinq_total - sum(dels)
    widths = [90, 56, 56, 52, 56, 56, 52, 62]
    rows = [[{"t": "地域", "rs": 2}, {"t": "現年課税分 収納率", "cs": 3}, None, None, {"t": "滞納繰越分 収納率", "cs": 3},
             None, None, {"t": "滞納者数", "rs": 2}],
            [None, "今期", "前年同月", "差", "今期", "前年同月", "差", None]]
    allrows = [(a, None) for a in AREAS] + [("市全体", "all")]
    for i, (area, flag) in enumerate(allrows):
        if flag:
            rc, rcp, ra, rap, nd = s["cur_r"], sp["cur_r"], s["arr_r"], sp["arr_r"], delinq_total
        else:
            rc = round(s["cur_r"] + rnd.uniform(-1.4, 1.3), 2)
            rcp = round(rc - rnd.uniform(-0.6, 0.9), 2)
            ra = round(s["arr_r"] + rnd.uniform(-6, 6), 2)
            rap = round(ra + rnd.uniform(-2.5, 3.0), 2)
            nd = dels[i]
        dc, da = round(rc - rcp, 2), round(ra - rap, 2)
        rows.append([{"t": area, "a": "left" if not flag else "center", "font": "g" if flag else "m",
                      "f": (0.93, 0.93, 0.93) if flag else None},
                     f"{rc:.2f}", f"{rcp:.2f}", tri(dc), f"{ra:.2f}", f"{rap:.2f}", tri(da), comma(nd)])
        ar = None if flag else area
        kw = dict(debt="市税", debt_raw="市税", area=ar)
        for seg, v, vp, dv in (("current", rc, rcp, dc), ("arrears", ra, rap, da)):
            g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment=seg, metric="collection_rate", basis="interim",
                   as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}")
            g.fact(page=P, **kw, fy=PFY, fy_raw="前年同月", segment=seg, metric="collection_rate", basis="interim",
                   as_of=PASOF, value=vp, unit="percent", raw=f"{vp:.2f}")
            g.fact(page=P, **kw, fy=FY, fy_raw="差", segment=seg, metric="difference", basis="interim",
                   as_of=ASOF, value=dv, unit="points", raw=tri(dv))
        g.fact(page=P, **kw, fy=FY, fy_raw="今期", segment="total", metric="delinquents", basis="interim",
               as_of=ASOF, value=nd, unit="persons", raw=comma(nd))
    yb = c.table(45, 66, widths, rows, size=8.5, header_rows=2, heights=[17, 17] + [18] * len(allrows),
                 zebra=(0.96, 0.97, 1.0))
    c.text(48, yb + 13, "※ 地域は、納税義務者の住所地による。高山地域は旧高山市の区域を、その他の地域は各支所の管轄区域をいう。", 8, "m")

    y = yb + 45
    c.text(45, y, "表５　市税の滞納処分等の実施状況（令和６年２月末現在）", 12, "g")
    y += 10
    prev_del = 3342
    stats = [("差押件数（件）", 1268, 1204), ("うち給与・預金（件）", 1015, 962), ("捜索件数（件）", 14, 11),
             ("執行停止件数（件）", 236, 251), ("滞納者数（人）", delinq_total, prev_del)]
    rows = [["区分", "今期", "前年同期", "増減"]]
    for lab, a, b in stats:
        rows.append([lab, comma(a), comma(b), ("▲" + comma(b - a)) if a < b else comma(a - b)])
    yb = c.table(45, y, [150, 90, 90, 90], rows, size=8.8, header_rows=1, heights=[18] * len(rows))
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="今期", segment="total", metric="delinquents",
           basis="interim", as_of=ASOF, value=delinq_total, unit="persons", raw=comma(delinq_total))
    g.fact(page=P, debt="市税", debt_raw="市税", fy=PFY, fy_raw="前年同期", segment="total", metric="delinquents",
           basis="interim", as_of=PASOF, value=prev_del, unit="persons", raw=comma(prev_del))
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="増減", segment="total", metric="difference",
           basis="interim", as_of=ASOF, value=delinq_total - prev_del, unit="persons", raw="▲" + comma(prev_del - delinq_total))
    y = yb + 30
    y = c.para(48, y, 495, f"滞納者数は{comma(delinq_total)}人で、前年同期から{prev_del - delinq_total}人減少した。"
               "差押件数は給与・預金の差押えを中心に前年同期を上回っており、執行停止は生活困窮等の実態調査を経て判断している。", 9.5)
    g.fact(page=P, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和６年２月末", segment="total", metric="delinquents",
           basis="interim", as_of=ASOF, value=delinq_total, unit="persons", raw=f"{comma(delinq_total)}人")
    c.text(297, 815, "- 5 -", 8.5, "m", align="center")

    # ===================== page 6: initiatives
    P = 6
    c = Canvas(doc)
    c.text(45, 55, "４　年度末に向けた取組（令和６年３月～５月）", 12, "g")
    inits = [
        ("市税", "市税", [
            ("出納整理期間（５月末）までに、現年課税分の未納者全員に催告書を送付し、応答のない者には財産調査を実施する。", "継続"),
            ("岐阜県と共同で実施する滞納整理強化期間に合わせ、給与及び預金の差押えを集中的に行う。", "継続"),
            ("口座振替の申込みをスマートフォンから受け付けるサービスを開始し、納期内納付を促す。", "新規")]),
        ("国民健康保険税", "国民健康保険税", [
            ("被保険者証の更新に合わせて納付相談を行い、分割納付の計画を見直す。", "継続"),
            ("資格喪失後も未納となっている者に、文書と電話による催告を行う。", "拡充")]),
        ("介護保険料", "介護保険料", [
            ("普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続")]),
        ("後期高齢者医療保険料", "後期高齢者医療保険料", [
            ("７５歳到達者の普通徴収期間における口座振替の勧奨を、到達月の前月から行う。", "拡充")]),
        ("保育所保育料", "保育所保育料", [
            ("卒園予定児童の世帯に未納分の一覧を送付し、３月末までの完納を求める。", "継続"),
            ("児童手当からの徴収について、申出の手続を入所案内に記載する。", "新規")]),
        ("市営住宅使用料", "市営住宅使用料", [
            ("滞納が３か月以上の入居者と面談し、分納誓約の履行状況を確認する。", "継続"),
            ("分納誓約の不履行が続く者には、連帯保証人への請求と明渡し請求の手続を進める。", "拡充")]),
    ]
    y = 85
    kana = "アイウエオ"
    for i, (name, cn, items) in enumerate(inits, 1):
        c.text(50, y, f"（{i}）{name}", 10.5, "g")
        y += 17
        for j, (txt, st) in enumerate(items):
            lab = kana[j]
            full = f"{lab}　{txt}【{st}】"
            y = c.para(66, y, 470, full, 9.5, indent=0)
            g.init(page=P, debt=cn, debt_raw=name, fy=FY, section="年度末に向けた取組", label=f"({i}){lab}", text=txt,
                   status=st)
            y += 2
        y += 6
    y += 10
    c.rect((48, y, 548, y + 62), width=0.8)
    c.text(58, y + 18, "【参考】令和４年度決算（市税）", 10, "g")
    t4s = DEBTS["一般会計"][0][2]
    fin4s = DEBTS["一般会計"][0][4]
    r4c = pct_rate(round(t4s[0] * fin4s[0] / 100), t4s[0])
    out4 = now["市税"]["arr_a"]          # R4 year-end outstanding = R5 滞納繰越分 assessed
    out4_raw = zen(comma(out4)) + "千円"
    c.text(70, y + 36, f"・収納率（現年課税分）：{r4c:.2f}％", 9.5, "m")
    c.text(70, y + 52, f"・収入未済額：{out4_raw}", 9.5, "m")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=PFY, fy_raw="令和４年度決算", segment="current",
           metric="collection_rate", basis="actual", value=r4c, unit="percent", raw=f"{r4c:.2f}％")
    g.fact(page=P, debt="市税", debt_raw="市税", fy=PFY, fy_raw="令和４年度決算", segment="total",
           metric="outstanding", basis="actual", value=out4 * 1000, unit="yen", raw=out4_raw)
    c.text(297, 815, "- 6 -", 8.5, "m", align="center")

    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    g.write(pdf)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
