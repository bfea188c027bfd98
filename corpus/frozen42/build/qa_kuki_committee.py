"""qa_kuki_committee_1: 債権管理推進委員会 資料 with 取組個票 (PyMuPDF drawing directly).

Run from corpus/frozen42:  python3 build/qa_kuki_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz
from qa_common import PDF_DIR, Gold, comma, rate, zen
from qa_draw import Page

STEM = "qa_kuki_committee_1"
CITY = "久喜市"
G = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度第１回久喜市債権管理推進委員会 資料",
         "2025-07-15", "令和７年７月１５日")
YEARS = [2020, 2021, 2022, 2023, 2024]


# ---------------------------------------------------------------- simulated ledgers (yen)
def simulate(cur0, growth, rc, ra, wo, out0):
    """Per year: current assessed/collected, arrears assessed/collected, written off, outstanding."""
    res, out = {}, out0
    for k, y in enumerate(YEARS):
        ca = int(round(cur0 * (1 + growth) ** k, -3))
        cc = int(round(ca * rc[k] / 100, -2))
        aa = out
        ac = int(round(aa * ra[k] / 100, -2))
        w = int(round(aa * wo[k] / 100, -2))
        out = (ca - cc) + (aa - ac - w)
        res[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, w=w, out=out)
    return res


D = {
    "市税": simulate(21_436_218_000, 0.012, [98.92, 99.01, 99.10, 99.18, 99.26], [24.1, 25.3, 26.8, 27.5, 28.9],
                     [9.1, 8.8, 8.2, 8.0, 7.6], 1_012_436_500),
    "保育料": simulate(298_412_000, -0.03, [98.81, 98.95, 99.02, 99.10, 99.18], [18.2, 19.5, 20.1, 21.3, 22.0],
                     [6.2, 5.8, 7.1, 6.0, 5.5], 24_318_700),
    "市営住宅使用料": simulate(184_206_000, -0.005, [97.62, 97.80, 97.91, 98.05, 98.22], [15.4, 16.0, 17.2, 16.8, 18.1],
                         [3.0, 2.4, 4.8, 3.5, 2.9], 31_406_300),
    "国民健康保険税": simulate(3_941_587_000, -0.025, [93.12, 93.48, 93.90, 94.21, 94.55], [22.4, 23.1, 24.0, 25.2, 26.3],
                         [11.8, 11.2, 10.6, 10.1, 9.4], 1_108_215_400),
    "介護保険料": simulate(2_880_934_000, 0.018, [99.02, 99.08, 99.15, 99.20, 99.27], [14.6, 15.2, 16.0, 16.4, 17.1],
                      [24.5, 23.8, 22.6, 21.9, 21.0], 52_640_900),
    "後期高齢者医療保険料": simulate(1_520_611_000, 0.035, [99.41, 99.45, 99.48, 99.52, 99.55], [31.2, 32.0, 33.5, 34.1, 35.0],
                            [12.0, 11.5, 10.8, 10.2, 9.9], 12_084_300),
}
SHORT = {"市税": "市税", "保育料": "保育料", "市営住宅使用料": "住宅使用料", "国民健康保険税": "国保税",
         "介護保険料": "介護料", "後期高齢者医療保険料": "後期高齢"}
DEPT = {"市税": "収納課", "保育料": "保育課", "市営住宅使用料": "建築住宅課", "国民健康保険税": "国民健康保険課",
        "介護保険料": "介護保険課", "後期高齢者医療保険料": "国民健康保険課"}
GENERAL = ["市税", "保育料", "市営住宅使用料"]
SPECIAL = ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
ACCOUNT = {"国民健康保険税": "国民健康保険特別会計", "介護保険料": "介護保険特別会計",
           "後期高齢者医療保険料": "後期高齢者医療特別会計"}
TARGET = {  # 令和7年度 目標収納率 (current, arrears)
    "市税": (99.30, 29.50), "国民健康保険税": (94.80, 27.00), "介護保険料": (99.30, 17.50)}


def k(v):  # yen → 千円
    return int(round(v / 1000))


def seg(d, s):
    """(assessed, collected, outstanding) for a segment in yen."""
    if s == "current":
        return d["ca"], d["cc"], d["ca"] - d["cc"]
    if s == "arrears":
        return d["aa"], d["ac"], d["aa"] - d["ac"] - d["w"]
    return d["ca"] + d["aa"], d["cc"] + d["ac"], d["out"]


doc = fitz.open()
GRAY = (0.9, 0.9, 0.9)
BLUE = (0.86, 0.9, 0.96)


def header(pg, right, title):
    pg.text(pg.w - 40 - pg.tlen(right, 10, "G"), 36, right, 10, "G")
    pg.p.draw_rect(fitz.Rect(pg.w - 46 - pg.tlen(right, 10, "G"), 24, pg.w - 34, 41), color=(0, 0, 0), width=0.8)
    pg.text(40, 60, title, 13, "G")


def footer(pg):
    s = f"－{G.page}－"
    pg.text(0, pg.h - 20, s, 9, "M", align="center", width=pg.w)


# ================================================================ page 1 (landscape): summary
pg = Page(doc, landscape=True)
header(pg, "資料１", "主要債権の収納状況（令和６年度決算）")
# key-figure panels (variation 49)
tot24 = {s: 0 for s in ("a", "c", "o")}
tot23o = 0
for n in GENERAL + SPECIAL:
    a, c, o = seg(D[n][2024], "total")
    tot24["a"] += a; tot24["c"] += c; tot24["o"] += o
    tot23o += D[n][2023]["out"]
px = 40
panels = []
t24 = rate(D["市税"][2024]["cc"], D["市税"][2024]["ca"]); t23 = rate(D["市税"][2023]["cc"], D["市税"][2023]["ca"])
panels.append(("市税（現年課税分）", "令和６年度 収納率",
               G.f(f"{t24:.2f}％", t24, debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate"),
               "前年度比＋" + G.f(f"{t24 - t23:.2f}", round(t24 - t23, 2), debt="市税", fy=2024, fy_raw="令和６年度",
                                seg="current", metric="difference", unit="points") + "ポイント"))
oku = round(tot24["o"] / 1e8, 1)
doku = round((tot24["o"] - tot23o) / 1e8, 1)
panels.append(("主要６債権 合計", "令和６年度末 収入未済額",
               G.f(f"{oku:.1f}億円", int(round(oku * 1e8)), debt=None, debt_raw="主要６債権 合計", fy=2024,
                   fy_raw="令和６年度", metric="outstanding"),
               "前年度比" + G.f(f"▲{abs(doku):.1f}億円", int(round(doku * 1e8)), debt=None,
                              debt_raw="主要６債権 合計", fy=2024, fy_raw="令和６年度", metric="difference")))
kr = rate(D["国民健康保険税"][2024]["cc"], D["国民健康保険税"][2024]["ca"])
kr5 = rate(D["国民健康保険税"][2023]["cc"], D["国民健康保険税"][2023]["ca"])
panels.append(("国民健康保険税（現年課税分）", "令和６年度 収納率",
               G.f(f"{kr:.2f}％", kr, debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current",
                   metric="collection_rate"),
               "前年度比＋" + G.f(f"{kr - kr5:.2f}", round(kr - kr5, 2), debt="国民健康保険税", fy=2024,
                                seg="current", metric="difference", unit="points") + "ポイント"))
pw = (pg.w - 80 - 2 * 14) / 3
for j, (lab, sub, big, small) in enumerate(panels):
    x0 = 40 + j * (pw + 14)
    pg.rect((x0, 74, x0 + pw, 140), fill=(0.95, 0.97, 1.0), color=(0.25, 0.35, 0.6), width=1)
    pg.rect((x0, 74, x0 + pw, 92), fill=(0.25, 0.35, 0.6), color=(0.25, 0.35, 0.6), width=1)
    pg.text(x0 + 8, 87, lab, 10, "G", color=(1, 1, 1))
    pg.text(x0 + 8, 106, sub, 9, "G")
    pg.text(x0 + 8, 130, big, 20, "G", color=(0.1, 0.2, 0.5))
    pg.text(x0 + pw - 8 - pg.tlen(small, 9, "M"), 130, small, 9, "M")

pg.text(40, 162, "表１　会計別・債権別の収納状況（令和６年度決算）", 10, "G")
pg.text(pg.w - 40 - pg.tlen("（単位：千円、％）", 8.5), 162, "（単位：千円、％）", 8.5)
W = [118] + [70, 70, 44] * 3
hdr1 = [{"t": "債権名", "rs": 2}, {"t": "現年度分", "cs": 3}, {"t": "滞納繰越分", "cs": 3}, {"t": "計", "cs": 3}]
hdr2 = [None] + ["調定額", "収入済額", "収納率"] * 3
rows = [hdr1, hdr2]
sums = {}
for sect, names in (("【一般会計】", GENERAL), ("【特別会計】", SPECIAL)):
    rows.append([{"t": sect, "cs": 10, "al": "left", "fill": GRAY, "font": "G"}])
    sub = {s: [0, 0] for s in ("current", "arrears", "total")}
    for n in names:
        r = [n]
        for s in ("current", "arrears", "total"):
            a, c, o = seg(D[n][2024], s)
            sub[s][0] += k(a); sub[s][1] += k(c)
            kw = dict(debt=n, fy=2024, fy_raw="令和６年度", seg=s)
            rr = rate(c, a)
            r += [G.f(comma(k(a)), k(a) * 1000, metric="assessed", **kw),
                  G.f(comma(k(c)), k(c) * 1000, metric="collected", **kw),
                  G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw)]
        rows.append(r)
    r = [{"t": "小計", "al": "center", "font": "G"}]
    for s in ("current", "arrears", "total"):
        a, c = sub[s]
        kw = dict(debt=None, debt_raw=f"{sect}小計", fy=2024, fy_raw="令和６年度", seg=s)
        rr = rate(c, a)
        r += [G.f(comma(a), a * 1000, metric="assessed", **kw), G.f(comma(c), c * 1000, metric="collected", **kw),
              G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw)]
        sums.setdefault(s, [0, 0]); sums[s][0] += a; sums[s][1] += c
    rows.append([dict(t=x, fill=(0.96, 0.96, 0.9), font="G") if isinstance(x, str) else dict(x, fill=(0.96, 0.96, 0.9))
                 for x in r])
r = [{"t": "合計", "al": "center", "font": "G"}]
for s in ("current", "arrears", "total"):
    a, c = sums[s]
    kw = dict(debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度", seg=s)
    rr = rate(c, a)
    r += [G.f(comma(a), a * 1000, metric="assessed", **kw), G.f(comma(c), c * 1000, metric="collected", **kw),
          G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw)]
rows.append([dict(t=x, fill=(0.92, 0.92, 0.85), font="G") if isinstance(x, str) else dict(x, fill=(0.92, 0.92, 0.85))
             for x in r])
yb = pg.table(40, 168, W, rows, row_h=19, size=8.2, header_rows=2)
pg.text(40, yb + 14, "※収納率は収入済額÷調定額で算出。小計・合計の収納率は千円単位の合計額から算出している。", 8)
pg.text(40, yb + 26, "※特別会計の３債権は、保険料（税）のみを計上（延滞金を除く。）。", 8)
footer(pg)

# ================================================================ page 2: merged rows + 3-level header, bar chart
G.page += 1
pg = Page(doc)
header(pg, "資料１", "保険料（税）の収納状況と収入未済額の推移")
pg.text(40, 84, "表２　保険料（税）の年度別収納状況", 10, "G")
pg.text(pg.w - 40 - pg.tlen("（単位：千円、％）", 8.5), 84, "（単位：千円、％）", 8.5)
W = [52, 40] + [62, 62, 40] * 2
rows = [[{"t": "債権", "rs": 3, "cs": 2}, {"t": "令和５年度", "cs": 3}, {"t": "令和６年度", "cs": 3}],
        [None, None, {"t": "決算", "cs": 3}, {"t": "決算", "cs": 3}],
        [None, None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
for n in SPECIAL:
    for j, (lab, s) in enumerate((("現年", "current"), ("滞繰", "arrears"), ("計", "total"))):
        r = [{"t": SHORT[n], "rs": 3, "al": "center", "font": "G"} if j == 0 else None, lab]
        for y in (2023, 2024):
            a, c, o = seg(D[n][y], s)
            kw = dict(debt=n, debt_raw=SHORT[n], fy=y, fy_raw=f"令和{y - 2018}年度", seg=s)
            rr = rate(c, a)
            r += [G.f(comma(k(a)), k(a) * 1000, metric="assessed", **kw),
                  G.f(comma(k(c)), k(c) * 1000, metric="collected", **kw),
                  G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw)]
        if s == "total":
            r = [dict(t=x, fill=(0.95, 0.95, 0.95)) if isinstance(x, str) else x for x in r]
        rows.append(r)
yb = pg.table(40, 90, W, rows, row_h=17, size=8, header_rows=3)
pg.text(40, yb + 12, "注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料。滞繰＝滞納繰越分。", 8)

# bar chart with data labels (variation 25)
pg.text(40, yb + 44, "図１　主要６債権の収入未済額の推移（各年度末）", 10, "G")
cx0, cy0, cw, ch = 80, yb + 60, 430, 210
pg.line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), 0.8)
pg.line((cx0, cy0), (cx0, cy0 + ch), 0.8)
vals = []
for y in YEARS:
    vals.append(sum(D[n][y]["out"] for n in GENERAL + SPECIAL))
vmax = 30e8
for t in range(0, 31, 10):
    yy = cy0 + ch - ch * t / 30
    pg.line((cx0 - 3, yy), (cx0 + cw, yy), 0.3, (0.7, 0.7, 0.7))
    pg.text(cx0 - 24, yy + 3, f"{t}", 8)
pg.text(cx0 - 30, cy0 - 8, "（億円）", 8)
bw = cw / len(YEARS)
for j, (y, v) in enumerate(zip(YEARS, vals)):
    hgt = ch * v / vmax
    x0 = cx0 + j * bw + bw * 0.25
    pg.rect((x0, cy0 + ch - hgt, x0 + bw * 0.5, cy0 + ch), fill=(0.35, 0.5, 0.75), color=(0.35, 0.5, 0.75))
    lab = f"{v / 1e8:.1f}"
    G.f(lab, int(round(float(lab) * 1e8)), debt=None, debt_raw="主要６債権", fy=y, fy_raw=f"R{y - 2018}",
        metric="outstanding")
    pg.text(x0, cy0 + ch - hgt - 4, lab, 8.5, "G", align="center", width=bw * 0.5)
    pg.text(x0 - 10, cy0 + ch + 13, f"R{y - 2018}", 8.5, "M", align="center", width=bw * 0.5 + 20)
pg.text(cx0, cy0 + ch + 30, "※各年度の決算額。億円未満を四捨五入。", 8)
footer(pg)

# ================================================================ page 3: 会計 outer header + long format targets
G.page += 1
pg = Page(doc)
header(pg, "資料１", "債権別の収入未済額（令和５年度・令和６年度）")
pg.text(40, 84, "表３　会計別・債権別の収入未済額", 10, "G")
pg.text(pg.w - 40 - pg.tlen("（単位：千円）", 8.5), 84, "（単位：千円）", 8.5)
W = [70, 78, 64, 58, 58, 52, 135]
rows = [["会計", "債権名", "所管課", "令和５年度末", "令和６年度末", "増減", "備考"]]
acc_rows = [("一般会計", GENERAL)] + [(ACCOUNT[n], [n]) for n in SPECIAL]
for acc, names in acc_rows:
    for j, n in enumerate(names):
        o5, o6 = k(D[n][2023]["out"]), k(D[n][2024]["out"])
        arr6 = k(D[n][2024]["aa"] - D[n][2024]["ac"] - D[n][2024]["w"])
        w6 = k(D[n][2024]["w"])
        kw = dict(debt=n, seg="total", metric="outstanding")
        note = ("うち滞納繰越分 " + G.f(f"{comma(arr6)}千円", arr6 * 1000, debt=n, fy=2024, fy_raw="令和６年度末",
                                     seg="arrears", metric="outstanding") +
                "\n不納欠損額 " + G.f(f"{comma(w6)}千円", w6 * 1000, debt=n, fy=2024, fy_raw="令和６年度",
                                    seg="total", metric="written_off"))
        d = o6 - o5
        r = [{"t": acc, "rs": len(names), "al": "center", "font": "G", "sz": 7.5} if j == 0 else None,
             {"t": n, "al": "left"}, {"t": DEPT[n], "al": "left"},
             G.f(comma(o5), o5 * 1000, fy=2023, fy_raw="令和５年度末", **kw),
             G.f(comma(o6), o6 * 1000, fy=2024, fy_raw="令和６年度末", **kw),
             G.f(("▲" if d < 0 else "") + comma(abs(d)), d * 1000, debt=n, fy=2024, fy_raw="令和６年度末",
                 seg="total", metric="difference"),
             {"t": note, "al": "left", "sz": 7.2}]
        rows.append(r)
yb = pg.table(40, 90, W, rows, row_h=[18] + [30] * 6, size=8, header_rows=1)

pg.text(40, yb + 30, "表４　主要債権の目標収納率（令和７年度）", 10, "G")
pg.text(40, yb + 42, "各債権の所管課が令和７年度の取組方針とともに設定した目標値（単位：％）", 8)
W = [110, 60, 70, 70, 70]
rows = [["債権名", "年度", "区分", "目標収納率", "前年度実績"]]
for n in ("市税", "国民健康保険税", "介護保険料"):
    for s, lab, tv in (("current", "現年度分", TARGET[n][0]), ("arrears", "滞納繰越分", TARGET[n][1])):
        a, c, o = seg(D[n][2024], s)
        act = rate(c, a)
        rows.append([n, {"t": "R7", "al": "center"}, {"t": lab, "al": "center"},
                     G.f(f"{tv:.2f}", tv, debt=n, fy=2025, fy_raw="R7", seg=s, metric="collection_rate",
                         basis="target"),
                     G.f(f"{act:.2f}", act, debt=n, fy=2024, fy_raw="前年度", seg=s, metric="collection_rate")])
yb = pg.table(40, yb + 48, W, rows, row_h=16, size=8, header_rows=1, zebra=(0.94, 0.96, 0.99), border=False,
              header_fill=(0.8, 0.86, 0.93))
pg.text(40, yb + 12, "※前年度実績は令和６年度決算。", 8)
footer(pg)


# ================================================================ pages 4-6: 取組個票
def kobetsu(n, dept, kubun, strip_style, issue, actions, extra_note=None):
    G.page += 1
    pg = Page(doc)
    header(pg, "資料２", "取組個票（令和７年度）")
    y = 74
    if strip_style == "strip":  # label/value box (variation 6)
        W = [58, 130, 50, 110, 58, 109]
        y = pg.table(40, y, W, [[{"t": "債権名", "fill": BLUE, "font": "G", "al": "center"}, {"t": n, "al": "left"},
                                 {"t": "所管課", "fill": BLUE, "font": "G", "al": "center"}, {"t": dept, "al": "left"},
                                 {"t": "債権区分", "fill": BLUE, "font": "G", "al": "center"},
                                 {"t": kubun, "al": "left"}]], row_h=20, size=9)
    else:  # header cell holding label and value (variation 7)
        y = pg.table(40, y, [258, 257], [[{"t": f"債権名　{n}", "al": "left", "fill": BLUE, "font": "G", "sz": 10},
                                          {"t": f"所管課　{dept}（{kubun}）", "al": "left", "fill": BLUE,
                                           "font": "G"}]], row_h=20, size=9)
    # 1 multi-year table: metrics as rows, years as columns, vertical group headers (variation 33)
    pg.text(40, y + 20, "１　収納状況の推移", 10, "G")
    pg.text(pg.w - 40 - pg.tlen("（単位：千円、％）", 8), y + 20, "（単位：千円、％）", 8)
    W = [18, 92] + [67] * 5 + [70]
    rows = [[{"t": "区分", "cs": 2, "rs": 2}, {"t": "決算", "cs": 5}, {"t": "目標", "rs": 2}],
            [None, None, "R2", "R3", "R4", "R5", "R6", None]]
    metrics = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
               ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
    for si, (s, slab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
        for mi, (mlab, m) in enumerate(metrics):
            if s == "current" and m == "written_off":
                continue
            r = [{"t": slab, "rs": 4 if s == "current" else 5, "v": True, "font": "G", "sz": 8} if mi == 0 else None,
                 {"t": mlab, "al": "left"}]
            for y_ in YEARS:
                dd = D[n][y_]
                a, c, o = seg(dd, s)
                w = dd["w"] if s == "arrears" else 0
                kw = dict(debt=n, fy=y_, fy_raw=f"R{y_ - 2018}", seg=s)
                if m == "collection_rate":
                    rr = rate(c, a)
                    r.append(G.f(f"{rr:.2f}", rr, metric=m, **kw))
                else:
                    v = {"assessed": a, "collected": c, "written_off": w, "outstanding": o}[m]
                    r.append(G.f(comma(k(v)), k(v) * 1000, metric=m, **kw))
            if m == "collection_rate" and n in TARGET:
                tv = TARGET[n][si]
                r.append(G.f(f"{tv:.2f}", tv, debt=n, fy=2025, fy_raw="R7", seg=s, metric=m, basis="target"))
            else:
                r.append({"t": "－", "al": "center"})
            rows.append(r)
    y = pg.table(40, y + 26, W, rows, row_h=15, size=7.8, header_rows=2, zebra=(0.95, 0.95, 0.95))
    # 2 targets vs results with 達成率 and bracketed previous value (variations 35, 27)
    pg.text(40, y + 20, "２　目標の達成状況（現年度分収納率）", 10, "G")
    W = [80, 90, 130, 80, 135]
    rows = [["年度", "目標", "実績（前年度実績）", "達成率", "現状と課題"]]
    tg = {2022: None, 2023: None, 2024: None}
    prev_t = {"市税": {2022: 99.00, 2023: 99.10, 2024: 99.20},
              "国民健康保険税": {2022: 93.60, 2023: 94.00, 2024: 94.60},
              "介護保険料": {2022: 99.10, 2023: 99.20, 2024: 99.25}}[n]
    for j, y_ in enumerate((2022, 2023, 2024)):
        act = rate(D[n][y_]["cc"], D[n][y_]["ca"])
        pre = rate(D[n][y_ - 1]["cc"], D[n][y_ - 1]["ca"])
        kw = dict(debt=n, seg="current", metric="collection_rate")
        yr = f"令和{y_ - 2018}年度"
        row = [yr, G.f(f"{prev_t[y_]:.2f}", prev_t[y_], fy=y_, fy_raw=yr, basis="target", **kw),
               G.f(f"{act:.2f}", act, fy=y_, fy_raw=yr, **kw) + "（" +
               G.f(f"{pre:.2f}", pre, fy=y_ - 1, fy_raw="前年度", **kw) + "）",
               f"{act / prev_t[y_] * 100:.1f}"]
        if j == 0:
            row.append({"t": issue, "rs": 3, "al": "left", "sz": 7.6})
        else:
            row.append(None)
        rows.append(row)
    y = pg.table(40, y + 26, W, rows, row_h=[16, 34, 34, 34], size=8, header_rows=1)
    pg.text(40, y + 11, "※達成率＝実績÷目標×100（％）", 7.8)
    # 3 取組 list (variation 14)
    pg.text(40, y + 32, "３　令和７年度の取組", 10, "G")
    yy = y + 40
    for lab, t, st in actions:
        G.i(t, debt=n, fy=2025, section="令和７年度の取組", label=lab, status=st)
        s = f"{lab}　{t}" + (f"【{st}】" if st else "")
        yy = pg.para(48, yy, s, pg.w - 96, size=8.8, hang=pg.tlen(lab + "　", 8.8)) + 3
    if extra_note:
        yy = pg.para(40, yy + 6, extra_note, pg.w - 80, size=8)
    # 4 numeric targets: amount over rate in one cell (variation 28)
    if n in TARGET:
        pg.text(40, yy + 22, "４　令和７年度の数値目標", 10, "G")
        rows = [["区分", "現年度分", "滞納繰越分"], [{"t": "収入見込額（千円）\n目標収納率（％）", "al": "left", "sz": 7.6}]]
        d6 = D[n][2024]
        for si, s in enumerate(("current", "arrears")):
            tv = TARGET[n][si]
            base = d6["ca"] * 1.01 if s == "current" else d6["out"]
            amt = int(round(base * tv / 100 / 1000))
            kw = dict(debt=n, fy=2025, fy_raw="令和７年度", seg=s, basis="target")
            rows[1].append(G.f(comma(amt), amt * 1000, metric="collected", **kw) + "\n" +
                           G.f(f"{tv:.2f}", tv, metric="collection_rate", **kw))
        pg.table(40, yy + 28, [150, 120, 120], rows, row_h=[16, 30], size=8.5, header_rows=1)
        pg.text(40, yy + 86, "※滞納繰越分の収入見込額は、令和６年度末の収入未済額に目標収納率を乗じて算出。", 7.8)
    footer(pg)


def issue_text(n, y=2024):
    dd = D[n][y]; d5 = D[n][y - 1]
    o, o5 = k(dd["out"]), k(d5["out"])
    return o, o5


o, o5 = issue_text("市税")
iss = ("令和６年度末の収入未済額は" +
       G.f(f"{comma(o)}千円", o * 1000, debt="市税", fy=2024, fy_raw="令和６年度末", metric="outstanding", page=4) +
       "で、前年度より" +
       G.f(f"{comma(o5 - o)}千円", (o - o5) * 1000, debt="市税", fy=2024, fy_raw="令和６年度末", metric="difference",
           page=4) +
       "減少した。一方で、滞納繰越分のうち高額事案の占める割合が高まっている。")
kobetsu("市税", "収納課", "強制徴収公債権", "strip", iss, [
    ("①", "納期限後２０日以内の督促状発送を徹底し、現年度分の滞納を早期に解消する。", "継続"),
    ("②", "ＳＭＳによる催告を月２回実施し、催告書の発送と組み合わせて自主納付を促す。", "拡充"),
    ("③", "滞納額５０万円以上の高額事案は収納課特別滞納整理担当に移管し、財産調査と差押えを集中的に行う。", "継続"),
    ("④", "埼玉県との共同催告・共同滞納整理を実施する。", "継続"),
    ("⑤", "スマートフォン決済アプリに加え、地方税統一ＱＲコードの周知を強化する。", "新規"),
])
o, o5 = issue_text("国民健康保険税")
iss = ("令和６年度末の収入未済額は" +
       G.f(f"{comma(o)}千円", o * 1000, debt="国民健康保険税", fy=2024, fy_raw="令和６年度末", metric="outstanding",
           page=5) + "で、前年度より" +
       G.f(f"{comma(o5 - o)}千円", (o - o5) * 1000, debt="国民健康保険税", fy=2024, fy_raw="令和６年度末",
           metric="difference", page=5) +
       "減少した。被保険者の高齢化と所得の減少により、分納の長期化が課題となっている。")
kobetsu("国民健康保険税", "国民健康保険課", "強制徴収公債権", "cell", iss, [
    ("(1)", "口座振替の原則化を進め、新規加入世帯には加入手続時にＷｅｂ口座振替受付サービスを案内する。", "継続"),
    ("(2)", "短期被保険者証の交付に合わせた納付相談を実施し、分納誓約の履行状況を毎月確認する。", "継続"),
    ("(3)", "資格喪失後の未納世帯に対し、喪失後３か月以内に文書催告を行う。", "新規"),
    ("(4)", "滞納繰越分のうち納付資力のある世帯について、収納課と連携して預貯金等の差押えを行う。", "拡充"),
], "※国民健康保険税は、令和６年度から収納課と国民健康保険課の共同で滞納整理を実施している。")
o, o5 = issue_text("介護保険料")
iss = ("普通徴収の対象者は全体の約１割であるが、収入未済額の大半を占める。令和６年度末の収入未済額は" +
       G.f(f"{comma(o)}千円", o * 1000, debt="介護保険料", fy=2024, fy_raw="令和６年度末", metric="outstanding",
           page=6) + "となった。")
kobetsu("介護保険料", "介護保険課", "強制徴収公債権", "strip", iss, [
    ("ア", "６５歳到達者に納付方法の案内を送付し、年金からの特別徴収開始までの間の口座振替を勧奨する。", "継続"),
    ("イ", "給付制限（償還払い化）の予告通知を活用し、滞納者との接触機会を確保する。", "継続"),
    ("ウ", "時効が迫る債権を毎月抽出し、優先して納付交渉を行う。", "新規"),
])

doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()
G.write(pdf)
