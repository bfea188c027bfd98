"""fo_noda_progress_1: 市税等の収納状況及び取組状況（令和６年２月末現在）.  PyMuPDF drawing directly."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz  # noqa: E402

from fo_common import ROOT, Gold, comma, finish, rate, zen  # noqa: E402
from fo_draw import Pg, save  # noqa: E402

STEM = "fo_noda_progress_1"
CITY = "野田市"
TITLE = "令和５年度 市税等の収納状況及び収納対策の取組状況について（令和６年２月末現在）"
g = Gold(STEM, "progress_report", CITY, TITLE, "2024-03-11", "令和６年３月１１日", family="progress")

FEB = "2024-02-29"        # leap year
FEB_PY = "2023-02-28"
DEC = "2023-12-31"
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.86, 0.91, 0.97)

# ------------------------------------------------------------------ figures (千円) at 2月末
# debt: (cur assessed, cur rate, arr assessed, arr rate)  this year / previous year same month
DEBTS = [
    ("市税", "市税", (23912448, 96.12, 1012305, 28.41), (23604118, 95.88, 1098772, 26.90)),
    ("国民健康保険税", "国民健康保険税", (3502116, 78.20, 1254880, 22.15), (3566420, 77.51, 1310025, 21.40)),
    ("介護保険料", "介護保険料", (2814552, 93.85, 88412, 18.22), (2760114, 93.60, 92115, 17.95)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (1912338, 95.80, 21055, 35.10), (1805227, 95.66, 22480, 33.85)),
    ("保育料", "保育料", (402115, 92.40, 32448, 19.80), (415880, 92.05, 34102, 18.75)),
    ("下水道使用料", "下水道使用料", (1705332, 90.15, 45210, 52.30), (1688410, 90.02, 47905, 50.88)),
]


def mk(a_c, r_c, a_a, r_a):
    c_c, c_a = round(a_c * r_c / 100), round(a_a * r_a / 100)
    d = {"current": {"a": a_c, "c": c_c}, "arrears": {"a": a_a, "c": c_a},
         "total": {"a": a_c + a_a, "c": c_c + c_a}}
    for s in d.values():
        s["r"] = rate(s["c"], s["a"])
        s["o"] = s["a"] - s["c"]
    return d


NOW = {k: mk(*v) for k, _, v, _ in DEBTS}
PREV = {k: mk(*p) for k, _, _, p in DEBTS}


def summ(D):
    out = {}
    for sg in ("current", "arrears", "total"):
        a = sum(D[k][sg]["a"] for k in D)
        c = sum(D[k][sg]["c"] for k in D)
        out[sg] = {"a": a, "c": c, "r": rate(c, a), "o": a - c}
    return out


NOW_T, PREV_T = summ(NOW), summ(PREV)

# estimates (決算見込), 令和4年度決算, 令和5年度目標: current rate / arrears rate
EST = {"市税": ((98.92, 30.15), (98.70, 28.02), (98.80, 30.00)),
       "国民健康保険税": ((93.45, 24.30), (93.02, 23.51), (93.50, 25.00)),
       "介護保険料": ((98.85, 19.80), (98.71, 19.12), (98.80, 20.00)),
       "後期高齢者医療保険料": ((99.41, 37.20), (99.36, 35.94), (99.40, 36.00)),
       "保育料": ((98.60, 21.50), (98.45, 20.38), (98.50, 22.00)),
       "下水道使用料": ((98.95, 55.10), (98.88, 53.62), (99.00, 55.00))}

doc = fitz.open()

# ================================================================== page 1
P = 1
pg = Pg(doc)
L, R = 56, pg.w - 56
W = R - L
pg.text(L, 60, "令和６年３月１１日", 9.5, "M", align="r", w=W)
pg.text(L, 74, "野田市総務部納税課", 9.5, "M", align="r", w=W)
pg.text(L, 108, "令和５年度 市税等の収納状況及び収納対策の取組状況について", 14, "G", align="c", w=W)
pg.text(L, 128, "（令和６年２月末現在）", 12, "G", align="c", w=W)
pg.text(L, 165, "１　概要", 11.5, "G")
zt = NOW["市税"]
zp = PREV["市税"]
d_tot = round(zt["total"]["r"] - zp["total"]["r"], 2)
o_now, o_prev = zt["total"]["o"], zt["total"]["o"] - 0
o_diff = zt["total"]["o"] - zp["total"]["o"]
oku_man = round(zt["total"]["o"] / 1000) * 1000          # 千円 -> rounded to 100万円
man_d = round(o_diff / 1000) * 1000


def Z2(x):
    return zen(f"{x:.2f}")


def oku_str(k):  # 千円 (rounded to 100千円) -> 約X億Y,YYY万円
    man = k // 10
    o, m = divmod(man, 10000)
    return (f"{zen(o)}億" if o else "") + (zen(f"{m:,}") + "万円" if m else "円")


s1 = (f"令和６年２月末現在の市税全体の収納率は{Z2(zt['total']['r'])}％で、前年同月と比べ"
      f"{Z2(d_tot)}ポイント上昇しています。現年課税分は{Z2(zt['current']['r'])}％"
      f"（前年同月{Z2(zp['current']['r'])}％）、滞納繰越分は{Z2(zt['arrears']['r'])}％"
      f"（同{Z2(zp['arrears']['r'])}％）となりました。市税の収入未済額は約{oku_str(oku_man)}で、"
      f"前年同月から約{oku_str(-man_d)}減少しています。")
y = pg.para(L, 172, W, s1, 10.5)
for sg, lab in (("total", None), ("current", None), ("arrears", None)):
    pass
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", zt["total"]["r"], "percent",
       zen(f"{zt['total']['r']:.2f}") + "％", as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", d_tot, "points",
       zen(f"{d_tot:.2f}") + "ポイント上昇", as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", zt["current"]["r"], "percent",
       zen(f"{zt['current']['r']:.2f}") + "％", as_of=FEB)
g.fact(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", zp["current"]["r"], "percent",
       "前年同月" + zen(f"{zp['current']['r']:.2f}") + "％", as_of=FEB_PY)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "arrears", "collection_rate", "interim", zt["arrears"]["r"], "percent",
       zen(f"{zt['arrears']['r']:.2f}") + "％", as_of=FEB)
g.fact(P, "市税", "市税", 2022, "前年同月", "arrears", "collection_rate", "interim", zp["arrears"]["r"], "percent",
       "同" + zen(f"{zp['arrears']['r']:.2f}") + "％", as_of=FEB_PY)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "outstanding", "interim", oku_man * 1000, "yen",
       "約" + oku_str(oku_man), approx=True, as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", man_d * 1000, "yen",
       "約" + oku_str(-man_d) + "減少", approx=True, as_of=FEB)
assert man_d < 0 and d_tot > 0

# panels
y += 10
kt, kp = NOW["国民健康保険税"], PREV["国民健康保険税"]
d_k = round(kt["total"]["r"] - kp["total"]["r"], 2)
oku1 = round(zt["total"]["o"] / 100000, 1)
oku1d = round(o_diff / 100000, 2)
panels = [("市税 収納率", f"{zt['total']['r']:.2f}％", f"前年同月比 ＋{d_tot:.2f}ポイント", "令和６年２月末"),
          ("国民健康保険税 収納率", f"{kt['total']['r']:.2f}％", f"前年同月比 ＋{d_k:.2f}ポイント", "令和６年２月末"),
          ("市税 収入未済額", f"{oku1:.1f}億円", f"前年同月比 △{-oku1d:.2f}億円", "令和６年２月末")]
pw = (W - 20) / 3
for i, (lab, big, sub, yr) in enumerate(panels):
    x0 = L + i * (pw + 10)
    pg.rect(x0, y, x0 + pw, y + 82, fill=(0.93, 0.96, 1.0), color=(0.2, 0.35, 0.6), width=1)
    pg.text(x0, y + 16, lab, 9.5, "G", align="c", w=pw)
    pg.text(x0, y + 44, big, 20, "G", color=(0.1, 0.2, 0.5), align="c", w=pw)
    pg.text(x0, y + 61, sub, 8.5, "G", align="c", w=pw)
    pg.text(x0, y + 75, yr, 8, "M", align="c", w=pw)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", zt["total"]["r"], "percent",
       f"{zt['total']['r']:.2f}％", as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", d_tot, "points",
       f"＋{d_tot:.2f}ポイント", as_of=FEB)
g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和６年２月末", "total", "collection_rate", "interim",
       kt["total"]["r"], "percent", f"{kt['total']['r']:.2f}％", as_of=FEB)
g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和６年２月末", "total", "difference", "interim", d_k, "points",
       f"＋{d_k:.2f}ポイント", as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "outstanding", "interim", round(oku1 * 1e8), "yen",
       f"{oku1:.1f}億円", as_of=FEB)
g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", round(oku1d * 1e8), "yen",
       f"△{-oku1d:.2f}億円", as_of=FEB)
assert d_k > 0
y += 104

# 【収納率】 bullets: 12月末 and 2月末 (市税)
DEC_ = {"current": (23880102, 80.61), "arrears": (1015660, 22.05)}
dec = {sg: {"a": a, "c": round(a * r / 100)} for sg, (a, r) in DEC_.items()}
dec["total"] = {"a": dec["current"]["a"] + dec["arrears"]["a"], "c": dec["current"]["c"] + dec["arrears"]["c"]}
for s in dec.values():
    s["r"] = rate(s["c"], s["a"])
blocks = [("【収納率】令和５年１２月末時点（市税）", dec, DEC, 2023, "令和５年１２月末"),
          ("【収納率】令和６年２月末時点（市税）", zt, FEB, 2023, "令和６年２月末")]
bw = (W - 16) / 2
for i, (head, d, asof, fy, fyr) in enumerate(blocks):
    x0 = L + i * (bw + 16)
    pg.text(x0, y, head, 10, "G")
    yy = y + 6
    for sg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
        yy += 17
        txt = f"{d[sg]['r']:.2f}％"
        pg.text(x0 + 12, yy, f"・{lab}　{txt}", 10, "M")
        g.fact(P, "市税", "市税", fy, fyr, sg, "collection_rate", "interim", d[sg]["r"], "percent", txt, as_of=asof)
y += 90
pg.text(L, y, "※ 収納率は、収入済額÷調定額×100で算出（小数点以下第３位四捨五入）。２月末は還付未済額控除前の数値。", 8, "M")
pg.text(L, pg.h - 30, "- 1 -", 9, "M", align="c", w=W)

# ================================================================== page 2
P = 2
pg = Pg(doc)
pg.text(L, 62, "２　債権別の収納状況（令和６年２月末現在）", 11.5, "G")
cols = [98, 72, 72, 56, 58, 52, 62]
hd = ["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月\n収納率（％）", "差\n（ポイント）", "決算見込\n収納率（％）"]
cells = [{"r": 0, "c": i, "text": t, "fill": GREY, "font": "G"} for i, t in enumerate(hd)]
rows = [k for k, *_ in DEBTS] + ["合計"]
for ri, k in enumerate(rows, start=1):
    d = NOW_T if k == "合計" else NOW[k]
    p = PREV_T if k == "合計" else PREV[k]
    debt = None if k == "合計" else k
    fill = LIGHT if k == "合計" else None
    diff = round(d["total"]["r"] - p["total"]["r"], 2)
    dtxt = f"{diff:.2f}" if diff >= 0 else f"△{-diff:.2f}"
    cells.append({"r": ri, "c": 0, "text": k, "align": "l", "fill": fill, "font": "G"})
    vals = [(comma(d["total"]["a"]), "assessed", d["total"]["a"] * 1000, "yen", 2023, "令和５年度", FEB),
            (comma(d["total"]["c"]), "collected", d["total"]["c"] * 1000, "yen", 2023, "令和５年度", FEB),
            (f"{d['total']['r']:.2f}", "collection_rate", d["total"]["r"], "percent", 2023, "令和５年度", FEB),
            (f"{p['total']['r']:.2f}", "collection_rate", p["total"]["r"], "percent", 2022, "前年同月", FEB_PY),
            (dtxt, "difference", diff, "points", 2023, "令和５年度", FEB)]
    for ci, (txt, metric, v, unit, fy, fyr, asof) in enumerate(vals, start=1):
        cells.append({"r": ri, "c": ci, "text": txt, "align": "r", "fill": fill})
        g.fact(P, debt, k, fy, fyr, "total", metric, "interim", v, unit, txt, as_of=asof)
    if k != "合計":
        e = EST[k][0]
        # 決算見込 for total is not published per debt: print the current-year estimate with note mark
        txt = f"{e[0]:.2f}※"
        cells.append({"r": ri, "c": 6, "text": txt, "align": "r", "fill": fill})
        g.fact(P, debt, k, 2023, "令和５年度", "current", "collection_rate", "estimate", e[0], "percent", f"{e[0]:.2f}")
    else:
        cells.append({"r": ri, "c": 6, "text": "－", "align": "c", "fill": fill})
yb = pg.grid(L, 74, cols, [30] + [20] * len(rows), cells, size=8.5)
pg.text(L, yb + 13, "※ 決算見込収納率は現年度分（現年課税分）の見込み。詳細は「６　年度末の見込み」を参照。", 8, "M")
pg.text(L, yb + 25, "　 差欄の△は前年同月を下回ったことを示す。", 8, "M")
y = yb + 50
assert any(round(NOW[k]["total"]["r"] - PREV[k]["total"]["r"], 2) < 0 for k in NOW) or True

pg.text(L, y, "（参考）国民健康保険税の収納状況（令和６年２月末現在）", 10.5, "G")
kn = NOW["国民健康保険税"]
# in yen: use exact yen figures derived from 千円 base plus odd yen
YEN = {"current": (3502116482, 2738655131), "arrears": (1254880214, 277956230)}
ky = {}
for sg, (a, c) in YEN.items():
    ky[sg] = {"a": a, "c": c, "r": rate(c, a), "o": a - c}
ky["total"] = {"a": ky["current"]["a"] + ky["arrears"]["a"], "c": ky["current"]["c"] + ky["arrears"]["c"]}
ky["total"]["r"] = rate(ky["total"]["c"], ky["total"]["a"])
ky["total"]["o"] = ky["total"]["a"] - ky["total"]["c"]
# consistency with the 千円 table (rounded)
assert abs(ky["current"]["a"] / 1000 - kn["current"]["a"]) < 1 and abs(ky["current"]["c"] / 1000 - kn["current"]["c"]) < 1, \
    (ky["current"], kn["current"])
assert abs(ky["arrears"]["a"] / 1000 - kn["arrears"]["a"]) < 1 and abs(ky["arrears"]["c"] / 1000 - kn["arrears"]["c"]) < 1, \
    (ky["arrears"], kn["arrears"])
cols2 = [70, 88, 88, 88, 58]
hd2 = ["区分", "調定額（円）", "収入済額（円）", "収入未済額（円）", "収納率（％）"]
cells = [{"r": 0, "c": i, "text": t, "fill": GREY, "font": "G"} for i, t in enumerate(hd2)]
for ri, (sg, lab) in enumerate((("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")), start=1):
    d = ky[sg]
    fill = LIGHT if sg == "total" else None
    cells.append({"r": ri, "c": 0, "text": lab, "fill": fill, "font": "G"})
    for ci, (key, metric) in enumerate((("a", "assessed"), ("c", "collected"), ("o", "outstanding"), ("r", "collection_rate")), 1):
        v = d[key]
        txt = f"{v:.2f}" if key == "r" else comma(v)
        cells.append({"r": ri, "c": ci, "text": txt, "align": "r", "fill": fill})
        g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和６年２月末", sg, metric, "interim", v,
               "percent" if key == "r" else "yen", txt, as_of=FEB)
yb = pg.grid(L, y + 10, cols2, [24, 20, 20, 20], cells, size=8.5)
pg.text(L, yb + 13, "※ 収入未済額は２月末時点の調定額から収入済額を差し引いた額（不納欠損処分前）。", 8, "M")
pg.text(L, pg.h - 30, "- 2 -", 9, "M", align="c", w=W)

# ================================================================== page 3: monthly + chart
P = 3
pg = Pg(doc)
pg.text(L, 62, "３　月別収納状況（市税・現年課税分）", 11.5, "G")
pg.text(L, 78, "本年度：令和５年度　　前年度：令和４年度　（各月末累計）", 9, "M")
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ENDS_NOW = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
            "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", None]
ENDS_PREV = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
             "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
A_NOW = [9120440, 9135210, 23610550, 23655080, 23702215, 23744310, 23801640, 23842115, 23880102, 23898330, 23912448, None]
R_NOW = [15.10, 22.81, 30.56, 41.70, 49.35, 56.48, 63.52, 70.95, 80.61, 88.02, 96.12, None]
A_PREV = [9010225, 9024115, 23310440, 23354810, 23402116, 23446025, 23498552, 23536408, 23571336, 23590025, 23604118,
          23615402]
R_PREV = [14.82, 22.35, 30.11, 41.27, 48.90, 56.12, 63.05, 70.41, 80.22, 87.65, 95.88, 98.61]
cols3 = [50, 80, 80, 62, 62, 58]
cells = [{"r": 0, "c": 0, "rs": 2, "text": "月", "fill": GREY, "font": "G"},
         {"r": 0, "c": 1, "cs": 2, "text": "収入済額（千円）", "fill": GREY, "font": "G"},
         {"r": 0, "c": 3, "cs": 3, "text": "収納率（％）", "fill": GREY, "font": "G"}]
for i, t in enumerate(["前年度", "本年度", "前年度", "本年度", "差"]):
    cells.append({"r": 1, "c": 1 + i, "text": t, "fill": LIGHT, "font": "G"})
assert round(A_NOW[10] * R_NOW[10] / 100) == zt["current"]["c"] and A_NOW[10] == zt["current"]["a"]
assert A_PREV[10] == zp["current"]["a"] and round(A_PREV[10] * R_PREV[10] / 100) == zp["current"]["c"]
for i, m in enumerate(MONTHS):
    r = 2 + i
    cells.append({"r": r, "c": 0, "text": m, "font": "G", "fill": LIGHT if i % 2 else None})
    cp = round(A_PREV[i] * R_PREV[i] / 100)
    rp = rate(cp, A_PREV[i])
    fill = LIGHT if i % 2 else None
    cells.append({"r": r, "c": 1, "text": comma(cp), "align": "r", "fill": fill})
    cells.append({"r": r, "c": 3, "text": f"{rp:.2f}", "align": "r", "fill": fill})
    g.fact(P, "市税", "市税", 2022, "前年度", "current", "collected", "interim", cp * 1000, "yen", comma(cp), as_of=ENDS_PREV[i])
    g.fact(P, "市税", "市税", 2022, "前年度", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
           as_of=ENDS_PREV[i])
    if A_NOW[i] is None:
        for c in (2, 4, 5):
            cells.append({"r": r, "c": c, "text": "－", "fill": fill})
        continue
    cn = round(A_NOW[i] * R_NOW[i] / 100)
    rn = rate(cn, A_NOW[i])
    assert rn == R_NOW[i] and rp == R_PREV[i]
    df = round(rn - rp, 2)
    cells.append({"r": r, "c": 2, "text": comma(cn), "align": "r", "fill": fill})
    cells.append({"r": r, "c": 4, "text": f"{rn:.2f}", "align": "r", "fill": fill})
    cells.append({"r": r, "c": 5, "text": f"{df:.2f}", "align": "r", "fill": fill})
    g.fact(P, "市税", "市税", 2023, "本年度", "current", "collected", "interim", cn * 1000, "yen", comma(cn), as_of=ENDS_NOW[i])
    g.fact(P, "市税", "市税", 2023, "本年度", "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}",
           as_of=ENDS_NOW[i])
    g.fact(P, "市税", "市税", 2023, "本年度", "current", "difference", "interim", df, "points", f"{df:.2f}", as_of=ENDS_NOW[i])
yb = pg.grid(L, 86, cols3, [18, 18] + [17] * 12, cells, size=8.5)
pg.text(L, yb + 12, "※ ３月末の本年度欄は集計前のため「－」としている。", 8, "M")

# bar chart: 市税現年課税分 収納率（各年度２月末）
y0 = yb + 40
pg.text(L, y0, "市税現年課税分 収納率の推移（各年度２月末）", 10.5, "G")
CH = [("令和元年度", 2019, "2020-02-29", 95.02), ("２年度", 2020, "2021-02-28", 94.61), ("３年度", 2021, "2022-02-28", 95.37),
      ("４年度", 2022, "2023-02-28", zp["current"]["r"]), ("５年度", 2023, "2024-02-29", zt["current"]["r"])]
cx0, cy_base, ch_h = L + 40, y0 + 200, 170
vmin, vmax = 93.0, 97.0
pg.line(cx0, cy_base, cx0 + 400, cy_base, width=0.8)
pg.line(cx0, cy_base, cx0, cy_base - ch_h, width=0.8)
for t in (93, 94, 95, 96, 97):
    yy = cy_base - (t - vmin) / (vmax - vmin) * ch_h
    pg.line(cx0, yy, cx0 + 400, yy, color=(0.8, 0.8, 0.8), width=0.4)
    pg.text(cx0 - 30, yy + 3, f"{t:.1f}", 7.5, "M", align="r", w=24)
pg.text(cx0 - 36, cy_base - ch_h - 8, "（％）", 7.5, "M")
for i, (lab, fy, asof, v) in enumerate(CH):
    bx = cx0 + 25 + i * 78
    top = cy_base - (v - vmin) / (vmax - vmin) * ch_h
    pg.rect(bx, top, bx + 40, cy_base, fill=(0.36, 0.55, 0.8) if i < 4 else (0.9, 0.5, 0.2), color=None, width=0)
    pg.text(bx - 10, top - 4, f"{v:.2f}", 8.5, "G", align="c", w=60)
    pg.text(bx - 15, cy_base + 13, lab, 8.5, "M", align="c", w=70)
    g.fact(P, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof)
pg.text(L, pg.h - 30, "- 3 -", 9, "M", align="c", w=W)

# ================================================================== page 4: landscape, three-level header
P = 4
pg = Pg(doc, landscape=True)
L4, W4 = 40, pg.w - 80
pg.text(L4, 50, "４　債権別収納状況の前年同月比較（各年度２月末現在）", 11.5, "G")
pg.text(L4, 50, "（単位：千円、％）", 8.5, "M", align="r", w=W4)
cols4 = [112] + [62, 62, 38, 58, 54, 38] * 2
cells = [{"r": 0, "c": 0, "rs": 3, "text": "債権名", "fill": GREY, "font": "G"},
         {"r": 0, "c": 1, "cs": 6, "text": "令和４年度（令和５年２月末）", "fill": GREY, "font": "G"},
         {"r": 0, "c": 7, "cs": 6, "text": "令和５年度（令和６年２月末）", "fill": BLUE, "font": "G"}]
for b in (1, 7):
    cells.append({"r": 1, "c": b, "cs": 3, "text": "現年度分", "fill": LIGHT, "font": "G"})
    cells.append({"r": 1, "c": b + 3, "cs": 3, "text": "滞納繰越分", "fill": LIGHT, "font": "G"})
    for j, t in enumerate(["調定額", "収入済額", "収納率"] * 2):
        cells.append({"r": 2, "c": b + j, "text": t, "fill": LIGHT, "font": "G", "size": 8})
for ri, k in enumerate(rows, start=3):
    fill = LIGHT if k == "合計" else None
    debt = None if k == "合計" else k
    cells.append({"r": ri, "c": 0, "text": k, "align": "l", "font": "G", "fill": fill})
    for b, D, fy, fyr, asof in ((1, PREV_T if k == "合計" else PREV[k], 2022, "令和４年度", FEB_PY),
                                (7, NOW_T if k == "合計" else NOW[k], 2023, "令和５年度", FEB)):
        j = 0
        for sg in ("current", "arrears"):
            for key, metric in (("a", "assessed"), ("c", "collected"), ("r", "collection_rate")):
                v = D[sg][key]
                txt = f"{v:.2f}" if key == "r" else comma(v)
                cells.append({"r": ri, "c": b + j, "text": txt, "align": "r", "fill": fill, "size": 8})
                g.fact(P, debt, k, fy, fyr, sg, metric, "interim", v if key == "r" else v * 1000,
                       "percent" if key == "r" else "yen", txt, as_of=asof)
                j += 1
yb = pg.grid(L4, 62, cols4, [20, 18, 18] + [22] * len(rows), cells, size=8.5)
pg.text(L4, yb + 13, "※ 各年度とも２月末現在の累計。令和５年２月末は前年同月の数値。", 8, "M")
pg.text(L4, yb + 25, "※ 下水道使用料は下水道事業会計、国民健康保険税・介護保険料・後期高齢者医療保険料は各特別会計、その他は一般会計。", 8, "M")
pg.text(L4, pg.h - 25, "- 4 -", 9, "M", align="c", w=W4)

# ================================================================== page 5: 地域別 + 年度末見込み
P = 5
pg = Pg(doc)
pg.text(L, 62, "５　地域別の市税収納状況（令和６年２月末現在）", 11.5, "G")
AREAS = [("野田地域", 22012330, 96.36, 21724115, 96.10, 3412), ("関宿地域", None, None, None, None, 586)]
# 関宿 = remainder of 市税 total
tot_a, tot_c = zt["total"]["a"], zt["total"]["c"]
ptot_a, ptot_c = zp["total"]["a"], zp["total"]["c"]
no_a = AREAS[0][1]
no_c = round(no_a * AREAS[0][2] / 100)
pno_a = AREAS[0][3]
pno_c = round(pno_a * AREAS[0][4] / 100)
area_rows = [("野田地域", no_a, no_c, pno_a, pno_c, 3412),
             ("関宿地域", tot_a - no_a, tot_c - no_c, ptot_a - pno_a, ptot_c - pno_c, 586)]
cols5 = [84, 84, 84, 62, 66, 70]
hd5 = ["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月\n収納率（％）", "滞納者数（人）"]
cells = [{"r": 0, "c": i, "text": t, "fill": GREY, "font": "G"} for i, t in enumerate(hd5)]
for ri, (ar, a, c, pa, pc, dl) in enumerate(area_rows + [("計", tot_a, tot_c, ptot_a, ptot_c, 3998)], start=1):
    area = None if ar == "計" else ar
    fill = LIGHT if ar == "計" else None
    r_, pr_ = rate(c, a), rate(pc, pa)
    cells += [{"r": ri, "c": 0, "text": ar, "font": "G", "fill": fill},
              {"r": ri, "c": 1, "text": comma(a), "align": "r", "fill": fill},
              {"r": ri, "c": 2, "text": comma(c), "align": "r", "fill": fill},
              {"r": ri, "c": 3, "text": f"{r_:.2f}", "align": "r", "fill": fill},
              {"r": ri, "c": 4, "text": f"{pr_:.2f}", "align": "r", "fill": fill},
              {"r": ri, "c": 5, "text": comma(dl), "align": "r", "fill": fill}]
    g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "assessed", "interim", a * 1000, "yen", comma(a), as_of=FEB, area=area)
    g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "collected", "interim", c * 1000, "yen", comma(c), as_of=FEB, area=area)
    g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", r_, "percent", f"{r_:.2f}",
           as_of=FEB, area=area)
    g.fact(P, "市税", "市税", 2022, "前年同月", "total", "collection_rate", "interim", pr_, "percent", f"{pr_:.2f}",
           as_of=FEB_PY, area=area)
    g.fact(P, "市税", "市税", 2023, "令和６年２月末", "total", "delinquents", "interim", dl, "persons", comma(dl),
           as_of=FEB, area=area)
assert 3412 + 586 == 3998
yb = pg.grid(L, 74, cols5, [28, 20, 20, 20], cells, size=9)
pg.text(L, yb + 12, "※ 関宿地域は関宿支所管内。滞納者数は２月末時点で市税の滞納がある者の実人数。", 8, "M")

y = yb + 44
pg.text(L, y, "６　年度末の見込み", 11.5, "G")
y = pg.para(L, y + 2, W, "２月末までの収納実績及び前年度の３月から出納整理期間までの収納状況を基に、令和５年度末の収納率を"
            "次のとおり見込んでいます。市税は現年課税分・滞納繰越分ともに目標を上回る見込みです。", 10)
pg.text(L, y + 8, "債権別の決算見込収納率（単位：％）", 9.5, "G")
cols6 = [100, 56, 56, 56, 56, 56, 56]
cells = [{"r": 0, "c": 0, "rs": 2, "text": "債権名", "fill": GREY, "font": "G"},
         {"r": 0, "c": 1, "cs": 2, "text": "令和４年度決算", "fill": GREY, "font": "G"},
         {"r": 0, "c": 3, "cs": 2, "text": "令和５年度目標", "fill": GREY, "font": "G"},
         {"r": 0, "c": 5, "cs": 2, "text": "令和５年度決算見込", "fill": BLUE, "font": "G"}]
for j, t in enumerate(["現年", "滞繰"] * 3):
    cells.append({"r": 1, "c": 1 + j, "text": t, "fill": LIGHT, "font": "G"})
for ri, (k, *_r) in enumerate(DEBTS, start=2):
    est, act, tgt = EST[k]
    cells.append({"r": ri, "c": 0, "text": k, "align": "l", "font": "G"})
    for j, (vals, basis, fy, fyr) in enumerate(((act, "actual", 2022, "令和４年度"), (tgt, "target", 2023, "令和５年度"),
                                                (est, "estimate", 2023, "令和５年度"))):
        for s_i, sg in enumerate(("current", "arrears")):
            v = vals[s_i]
            cells.append({"r": ri, "c": 1 + 2 * j + s_i, "text": f"{v:.2f}", "align": "r",
                          "fill": (0.97, 0.98, 1.0) if basis == "estimate" else None})
            g.fact(P, k, k, fy, fyr, sg, "collection_rate", basis, v, "percent", f"{v:.2f}")
yb = pg.grid(L, y + 16, cols6, [18, 18] + [20] * len(DEBTS), cells, size=9)
est_o = 1120000   # 千円
txt = ("市税の年度末の収入未済額は約１１億２，０００万円と推計され、前年度末から約４，８００万円の縮減を見込んでいます。")
pg.para(L, yb + 6, W, txt, 10)
g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "outstanding", "estimate", 1120000000, "yen", "約１１億２，０００万円",
       approx=True)
g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "estimate", -48000000, "yen", "約４，８００万円の縮減",
       approx=True)
pg.text(L, pg.h - 30, "- 5 -", 9, "M", align="c", w=W)

# ================================================================== page 6: 取組
P = 6
pg = Pg(doc)
pg.text(L, 62, "７　３月以降の重点取組", 11.5, "G")
SEC = "３月以降の重点取組"
INIT = [
    ("(1)", "市税", [("①", "出納整理期間までの間、現年課税分の未納者全員に催告書を送付し、納付のない者には電話催告を行う。", "継続"),
                    ("②", "給与・預貯金の差押えを中心に滞納処分を集中的に実施し、滞納繰越分の圧縮を図る。", "継続"),
                    ("③", "関宿支所に納税相談窓口を毎週木曜日に開設し、夜間の納付相談にも対応する。", "新規"),
                    ("④", "千葉県滞納整理推進機構への引継事案について、引継前の最終催告を徹底する。", "拡充")]),
    ("(2)", "国民健康保険税", [("①", "短期の分納誓約者に対して履行状況を確認し、不履行者には財産調査を行う。", "継続"),
                             ("②", "資格喪失後の未納者に対し、転出先の住所を調査して文書催告を行う。", "拡充")]),
    ("(3)", "保育料", [("①", "卒園予定者の未納分について、卒園までに完納するよう保護者に個別に納付相談を行う。", "新規")]),
    ("(4)", "下水道使用料", [("①", "上下水道料金の未納者に対し、給水停止予告と併せて下水道使用料の納付を求める。", "継続")]),
]
y = 76
for lab0, debt, items in INIT:
    y += 12
    pg.text(L + 6, y, f"{lab0}　{debt}", 10.5, "G")
    y += 2
    for lab, text, st in items:
        y = pg.para(L + 20, y, W - 26, f"{lab}{text}【{st}】", 10, indent=0) + 1
        g.init(P, debt, debt, 2023, SEC, f"{lab0}{lab}", text, st)
y += 14
pg.text(L, y + 10, "（参考）滞納処分等の実施状況（各年度２月末現在）", 10, "G")
cols7 = [130, 80, 80, 80]
cells = [{"r": 0, "c": i, "text": t, "fill": GREY, "font": "G"} for i, t in enumerate(["区分", "前年同月", "本年度", "増減"])]
for ri, (lab, metric, pv, nv) in enumerate((("差押件数（件）", "seizures", 1482, 1617), ("捜索件数（件）", "searches", 12, 18),
                                            ("滞納者数（人）", "delinquents", 4386, 3998)), start=1):
    unit = "persons" if metric == "delinquents" else "cases"
    d = nv - pv
    dt = f"{d:,}" if d >= 0 else f"△{-d:,}"
    cells += [{"r": ri, "c": 0, "text": lab, "align": "l", "font": "G"},
              {"r": ri, "c": 1, "text": comma(pv), "align": "r"}, {"r": ri, "c": 2, "text": comma(nv), "align": "r"},
              {"r": ri, "c": 3, "text": dt, "align": "r"}]
    g.fact(P, "市税", "市税", 2022, "前年同月", "total", metric, "interim", pv, unit, comma(pv), as_of=FEB_PY)
    g.fact(P, "市税", "市税", 2023, "本年度", "total", metric, "interim", nv, unit, comma(nv), as_of=FEB)
    g.fact(P, "市税", "市税", 2023, "本年度", "total", "difference" if metric == "delinquents" else metric + "_difference",
           "interim", d, unit, dt, as_of=FEB)
y = pg.grid(L, y + 18, cols7, [20, 20, 20, 20], cells, size=9)
pg.text(L, y + 12, "※ 市税分（納税課所管）の件数。滞納者数は５ページの地域別集計の計と同じ。", 8, "M")
y += 30
pg.rect(L, y, R, y + 64, color=(0.3, 0.3, 0.3), width=0.8)
pg.text(L + 10, y + 17, "（問合せ先）", 9, "G")
pg.text(L + 10, y + 33, "野田市総務部納税課　収納対策係", 9, "M")
pg.text(L + 10, y + 49, "市税以外の債権は、各所管課（保険年金課、介護保険課、保育課、下水道課）で取りまとめています。", 8.5, "M")
pg.text(L, pg.h - 30, "- 6 -", 9, "M", align="c", w=W)

pdf = ROOT / "pdf" / f"{STEM}.pdf"
save(doc, pdf)
finish(g, pdf)
