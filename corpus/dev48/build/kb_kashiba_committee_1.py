"""kb_kashiba_committee_1: 香芝市債権管理対策会議 資料 (committee_material), drawn with PyMuPDF.
Run from corpus/dev48:  python3 build/kb_kashiba_committee_1.py"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_common import Gold, c, rate, pct, check_pdf  # noqa: E402
from kb_draw import Page  # noqa: E402

STEM = "kb_kashiba_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "香芝市", "令和7年度 第2回 香芝市債権管理対策会議 資料",
         "2026-01-28", "令和8年1月28日（水）")
GRAY = (0.85, 0.85, 0.85)
LIGHT = (0.93, 0.93, 0.93)
BLUE = (0.86, 0.91, 0.97)

# ------------------------------------------------------------------ data (amounts in yen) ---------
# canonical debt, printed name, short name
DEBTS = [
    ("市税", "市税", "市税"),
    ("国民健康保険料", "国民健康保険税", "国保税"),
    ("介護保険料", "介護保険料", "介護料"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢"),
    ("保育料", "保育所保育料", "保育料"),
    ("市営住宅使用料", "市営住宅使用料", "住宅使用料"),
]
K = 1000
P = {  # current assessed (yen), final current rate, arrears assessed FY2022, arrears rate, write-off share
    "市税": dict(cur={2022: 10182436 * K, 2023: 10295118 * K, 2024: 10412760 * K, 2025: 10538204 * K},
                 cr={2022: 99.02, 2023: 99.11, 2024: 99.21}, arr0=398512 * K,
                 ar={2022: 27.46, 2023: 29.08, 2024: 30.37}, wo={2022: 6.1, 2023: 5.8, 2024: 5.5}),
    "国民健康保険料": dict(cur={2022: 1986420 * K, 2023: 1942318 * K, 2024: 1915604 * K, 2025: 1903275 * K},
                      cr={2022: 94.35, 2023: 94.82, 2024: 95.10}, arr0=312640 * K,
                      ar={2022: 19.8, 2023: 21.2, 2024: 22.5}, wo={2022: 9.5, 2023: 8.8, 2024: 8.2}),
    "介護保険料": dict(cur={2022: 1612380 * K, 2023: 1648902 * K, 2024: 1702115 * K, 2025: 1731460 * K},
                   cr={2022: 99.05, 2023: 99.12, 2024: 99.18}, arr0=48206 * K,
                   ar={2022: 15.2, 2023: 16.8, 2024: 17.5}, wo={2022: 18.0, 2023: 17.2, 2024: 16.5}),
    "後期高齢者医療保険料": dict(cur={2022: 1098530 * K, 2023: 1176244 * K, 2024: 1262810 * K, 2025: 1321706 * K},
                        cr={2022: 99.52, 2023: 99.48, 2024: 99.55}, arr0=9840 * K,
                        ar={2022: 38.5, 2023: 40.2, 2024: 41.6}, wo={2022: 8.0, 2023: 7.5, 2024: 7.2}),
    "保育料": dict(cur={2022: 182430 * K, 2023: 176912 * K, 2024: 171385 * K, 2025: 168204 * K},
                 cr={2022: 98.62, 2023: 98.75, 2024: 98.90}, arr0=21506 * K,
                 ar={2022: 17.3, 2023: 18.6, 2024: 20.1}, wo={2022: 6.5, 2023: 6.0, 2024: 5.8}),
    "市営住宅使用料": dict(cur={2022: 98640512, 2023: 97215340, 2024: 96860175, 2025: 96102420},
                      cr={2022: 96.80, 2023: 97.12, 2024: 97.45}, arr0=36472815,
                      ar={2022: 12.4, 2023: 13.6, 2024: 14.9}, wo={2022: 3.0, 2023: 2.6, 2024: 2.4}),
}


def rnd(x: float, unit: int) -> int:
    return int(round(x / unit)) * unit


D = {}   # D[debt][fy][seg] = dict(A, C, W, O)
for debt, p in P.items():
    unit = 1 if debt == "市営住宅使用料" else K
    D[debt] = {}
    arrA = p["arr0"]
    for fy in (2022, 2023, 2024):
        A = p["cur"][fy]
        C = rnd(A * p["cr"][fy] / 100, unit)
        cur = dict(A=A, C=C, W=0, O=A - C)
        aC = rnd(arrA * p["ar"][fy] / 100, unit)
        aW = rnd(arrA * p["wo"][fy] / 100, unit)
        arr = dict(A=arrA, C=aC, W=aW, O=arrA - aC - aW)
        tot = {k: cur[k] + arr[k] for k in "ACWO"}
        D[debt][fy] = {"current": cur, "arrears": arr, "total": tot}
        arrA = tot["O"]
    D[debt][2025] = {"arrA": arrA}

# interim 12月末 (FY2025 this year, FY2024 last year): current / arrears cumulative rates
DEC = {"市税": (78.64, 21.05, 78.12, 19.84), "国民健康保険料": (68.35, 14.62, 67.90, 14.05),
       "介護保険料": (74.12, 10.85, 74.30, 10.12), "後期高齢者医療保険料": (76.80, 28.40, 76.52, 27.95),
       "保育料": (75.46, 12.36, 75.02, 12.80), "市営住宅使用料": (73.95, 9.80, 73.10, 9.25)}
INT = {}  # INT[debt][fy][seg] = dict(A, C)
for debt, (c25, a25, c24, a24) in DEC.items():
    unit = 1 if debt == "市営住宅使用料" else K
    INT[debt] = {}
    for fy, cr_, ar_, curA, arrA in ((2025, c25, a25, P[debt]["cur"][2025], D[debt][2025]["arrA"]),
                                     (2024, c24, a24, P[debt]["cur"][2024], D[debt][2024]["arrears"]["A"])):
        cur = dict(A=curA, C=rnd(curA * cr_ / 100, unit))
        arr = dict(A=arrA, C=rnd(arrA * ar_ / 100, unit))
        INT[debt][fy] = {"current": cur, "arrears": arr,
                         "total": dict(A=cur["A"] + arr["A"], C=cur["C"] + arr["C"])}


def kk(x: int) -> int:
    return int(round(x / K))


def R(fy: int) -> str:
    return f"令和{fy - 2018}年度"


SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
DEC31 = {2025: "2025-12-31", 2024: "2024-12-31"}

doc = fitz.open()

# ============================================================ page 1: cover, 次第, 構成員 ========
G.page = 1
pg = Page(doc)
pg.text(520, 50, "資　料", 11, "g", "r")
pg.text(297, 110, "令和7年度 第2回", 16, "g", "c")
pg.text(297, 138, "香芝市債権管理対策会議", 20, "g", "c")
pg.text(297, 190, "日時　令和8年1月28日（水）午後2時00分～", 11, "m", "c")
pg.text(297, 210, "場所　香芝市役所 3階 大会議室", 11, "m", "c")
pg.text(297, 262, "次　　第", 14, "g", "c")
y = 292
for t, pgno in (("1　開会", None), ("2　報告・協議事項", None),
                ("（1）主要債権の収納状況（令和7年12月末時点）　資料1", "2"),
                ("（2）主要債権の収入未済額の推移　資料1-2", "3"),
                ("（3）債権別取組個票　資料2", "4～7"),
                ("（4）市税（現年課税分）月別収納状況　資料3", "8"),
                ("3　その他", None), ("4　閉会", None)):
    x = 110 if not t.startswith("（") else 130
    pg.text(x, y, t, 11, "m")
    if pgno:
        w = pg.width(t, 11, "m")
        dots = "・" * int((430 - x - w) / 11)
        pg.text(x + w + 4, y, dots, 11, "m")
        pg.text(500, y, pgno + "ページ", 11, "m", "r")
    y += 24
pg.text(297, 520, "香芝市債権管理対策会議 構成員", 12, "g", "c")
members = [("会長", "副市長"), ("副会長", "総務部長"), ("委員", "市民環境部長"), ("委員", "健康福祉部長"),
           ("委員", "こども・若者部長"), ("委員", "都市創造部長"), ("委員", "上下水道部長"), ("委員", "教育部長"),
           ("事務局", "総務部税務課")]
cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="職名", fill=GRAY)]
for i, (a, b) in enumerate(members, 1):
    cells += [dict(r=i, c=0, t=a), dict(r=i, c=1, t=b, align="l")]
pg.grid(177, 535, [80, 160], [18] * (len(members) + 1), cells)

# ============================================================ page 2 (landscape): 12月末の状況 ===
G.page = 2
pg = Page(doc, landscape=True)
pg.text(40, 42, "資料1", 11, "g")
pg.text(421, 62, "主要債権の収納状況（令和7年12月末時点）", 15, "g", "c")
pg.text(804, 88, "（単位：千円、％）", 9, "m", "r")
colw = [96] + [74, 74, 44] * 3 + [50, 44]
rowh = [18, 18] + [24] * 7
cells = [dict(r=0, c=0, rs=2, t="債権名", fill=GRAY), dict(r=0, c=1, cs=3, t="現年度分", fill=GRAY),
         dict(r=0, c=4, cs=3, t="滞納繰越分", fill=GRAY), dict(r=0, c=7, cs=3, t="計", fill=GRAY),
         dict(r=0, c=10, rs=2, t="前年同月収納率（計）", fill=GRAY, size=7.5),
         dict(r=0, c=11, rs=2, t="差", fill=GRAY)]
for gi in range(3):
    for j, h in enumerate(("調定額", "収入済額", "収納率")):
        t = "調定額※1" if (gi == 1 and j == 0) else h
        cells.append(dict(r=1, c=1 + gi * 3 + j, t=t, fill=GRAY, size=8))
sums = {s: dict(A=0, C=0) for s, _ in SEGS}
psum = dict(A=0, C=0)
for i, (debt, name, short) in enumerate(DEBTS):
    r = 2 + i
    cells.append(dict(r=r, c=0, t=name, align="l", size=8 if len(name) > 8 else 8.5))
    for gi, (seg, segname) in enumerate(SEGS):
        v = INT[debt][2025][seg]
        A, C = kk(v["A"]), kk(v["C"])
        if seg == "total":
            A = kk(INT[debt][2025]["current"]["A"]) + kk(INT[debt][2025]["arrears"]["A"])
            C = kk(INT[debt][2025]["current"]["C"]) + kk(INT[debt][2025]["arrears"]["C"])
        rt = rate(v["C"], v["A"])
        sums[seg]["A"] += A
        sums[seg]["C"] += C
        kw = dict(debt=debt, debt_raw=name, fy=2025, fy_raw="令和7年12月末", segment=seg, basis="interim",
                  as_of=DEC31[2025])
        cells.append(dict(r=r, c=1 + gi * 3, t=G.fact(c(A), A * K, "yen", "assessed", **kw), align="r"))
        cells.append(dict(r=r, c=2 + gi * 3, t=G.fact(c(C), C * K, "yen", "collected", **kw), align="r"))
        t = G.fact(pct(rt), rt, "percent", "collection_rate", **kw)
        if debt == "市税" and seg == "total":
            t = t + "※2"
        cells.append(dict(r=r, c=3 + gi * 3, t=t, align="r"))
    pv = INT[debt][2024]["total"]
    prt = rate(pv["C"], pv["A"])
    psum["A"] += kk(pv["A"]); psum["C"] += kk(pv["C"])
    cells.append(dict(r=r, c=10, t=G.fact(pct(prt), prt, "percent", "collection_rate", debt, name, 2024,
                                            "前年同月", "total", "interim", DEC31[2024]), align="r"))
    d = round(rate(INT[debt][2025]["total"]["C"], INT[debt][2025]["total"]["A"]) - prt, 2)
    dt = ("△" if d < 0 else "") + pct(abs(d))
    cells.append(dict(r=r, c=11, t=G.fact(dt, d, "points", "difference", debt, name, 2025, "令和7年12月末",
                                            "total", "interim", DEC31[2025]), align="r"))
r = 2 + len(DEBTS)
cells.append(dict(r=r, c=0, t="合計", fill=LIGHT))
for gi, (seg, segname) in enumerate(SEGS):
    A, C = sums[seg]["A"], sums[seg]["C"]
    rt = rate(C, A)
    kw = dict(debt=None, debt_raw="合計", fy=2025, fy_raw="令和7年12月末", segment=seg, basis="interim",
              as_of=DEC31[2025])
    cells.append(dict(r=r, c=1 + gi * 3, t=G.fact(c(A), A * K, "yen", "assessed", **kw), align="r", fill=LIGHT))
    cells.append(dict(r=r, c=2 + gi * 3, t=G.fact(c(C), C * K, "yen", "collected", **kw), align="r", fill=LIGHT))
    cells.append(dict(r=r, c=3 + gi * 3, t=G.fact(pct(rt), rt, "percent", "collection_rate", **kw), align="r",
                      fill=LIGHT))
TOT25 = rate(sums["total"]["C"], sums["total"]["A"])
prt = rate(psum["C"], psum["A"])
cells.append(dict(r=r, c=10, t=G.fact(pct(prt), prt, "percent", "collection_rate", None, "合計", 2024, "前年同月",
                                        "total", "interim", DEC31[2024]), align="r", fill=LIGHT))
d = round(TOT25 - prt, 2)
cells.append(dict(r=r, c=11, t=G.fact(("△" if d < 0 else "") + pct(abs(d)), d, "points", "difference", None, "合計",
                                        2025, "令和7年12月末", "total", "interim", DEC31[2025]), align="r", fill=LIGHT))
xs, ys = pg.grid(38, 96, colw, rowh, cells)
y = ys[-1] + 16
sz = 8.5
pg.text(40, y, "※1　滞納繰越分の調定額は、令和7年5月31日までに不納欠損処分を行った額を除いた額である。", sz, "m"); y += 15
pg.text(40, y, "※2　市税の計の収納率には、法人市民税の還付未済分を含まない。", sz, "m"); y += 15
s24 = INT["市税"][2024]
r1 = G.fact(pct(rate(s24["current"]["C"], s24["current"]["A"])) + "％", rate(s24["current"]["C"], s24["current"]["A"]),
            "percent", "collection_rate", "市税", "市税", 2024, "令和6年12月末", "current", "interim", DEC31[2024])
r2 = G.fact(pct(rate(s24["arrears"]["C"], s24["arrears"]["A"])) + "％", rate(s24["arrears"]["C"], s24["arrears"]["A"]),
            "percent", "collection_rate", "市税", "市税", 2024, "令和6年12月末", "arrears", "interim", DEC31[2024])
pg.text(40, y, f"※3　前年同月（令和6年12月末）の市税の収納率は、現年度分が {r1}、滞納繰越分が {r2} であった。", sz, "m"); y += 15
WO24 = sum(kk(D[d_][2024]["total"]["W"]) for d_, _, _ in DEBTS)
r3 = G.fact(f"{c(WO24)}千円", WO24 * K, "yen", "written_off", None, "合計", 2024, "令和6年度", "total", "actual")
pg.text(40, y, f"※4　合計欄に係る令和6年度決算の不納欠損額は {r3} である。", sz, "m"); y += 15
pg.text(40, y, "※5　差は、計の収納率から前年同月収納率（計）を差し引いたもの（単位：ポイント）。", sz, "m")

# ============================================================ page 3: 推移 (chart + table) ===========
G.page = 3
pg = Page(doc)
pg.text(40, 48, "資料1-2", 11, "g")
pg.text(297, 70, "主要債権の収入未済額の推移", 15, "g", "c")
pg.text(50, 100, "図1　主要債権の収入未済額（計）及び収納率（計）の推移（各年度決算）", 10, "g")
# chart frame
cx0, cy0, cx1, cy1 = 90, 140, 500, 330
pg.rect((60, 110, 535, 365), 0.5)
pg.line(cx0, cy1, cx1, cy1, 0.8)
pg.line(cx0, cy0, cx0, cy1, 0.8)
pg.line(cx1, cy0, cx1, cy1, 0.8)
pg.text(cx0 - 4, cy0 - 8, "（百万円）", 7.5, "g", "r")
pg.text(cx1 + 4, cy0 - 8, "（％）", 7.5, "g")
for v in (0, 200, 400, 600, 800, 1000):
    yy = cy1 - (cy1 - cy0) * v / 1000
    pg.text(cx0 - 4, yy + 3, str(v), 7, "g", "r")
    if v:
        pg.line(cx0, yy, cx1, yy, 0.3, (0.7, 0.7, 0.7), "[2] 0")
for v in (94, 95, 96, 97, 98):
    yy = cy1 - (cy1 - cy0) * (v - 93) / 5
    pg.text(cx1 + 4, yy + 3, f"{v}.0", 7, "g")
years = (2022, 2023, 2024)
OUT = {}
RT = {}
for fy in years:
    OUT[fy] = sum(kk(D[d_][fy]["current"]["O"]) + kk(D[d_][fy]["arrears"]["O"]) for d_, _, _ in DEBTS)
    A = sum(kk(D[d_][fy]["current"]["A"]) + kk(D[d_][fy]["arrears"]["A"]) for d_, _, _ in DEBTS)
    C = sum(kk(D[d_][fy]["current"]["C"]) + kk(D[d_][fy]["arrears"]["C"]) for d_, _, _ in DEBTS)
    RT[fy] = rate(C, A)
pts = []
for i, fy in enumerate(years):
    bx = cx0 + 50 + i * 130
    mill = round(OUT[fy] / 1000, 1)
    bh = (cy1 - cy0) * mill / 1000
    pg.rect((bx, cy1 - bh, bx + 60, cy1), 0.4, fill=(0.55, 0.65, 0.8))
    lab = G.fact(f"{mill:,.1f}", mill * 1_000_000, "yen", "outstanding", None, None, fy, R(fy), "total", "actual")
    pg.text(bx + 30, cy1 - bh - 4, lab, 8.5, "g", "c")
    pg.text(bx + 30, cy1 + 13, R(fy), 8.5, "g", "c")
    ly = cy1 - (cy1 - cy0) * (RT[fy] - 93) / 5
    pts.append((bx + 30, ly))
for (x0_, y0_), (x1_, y1_) in zip(pts, pts[1:]):
    pg.line(x0_, y0_, x1_, y1_, 1.4, (0.8, 0.2, 0.1))
for (px, py), fy in zip(pts, years):
    pg.p.draw_circle((px, py), 3, color=(0.8, 0.2, 0.1), fill=(0.8, 0.2, 0.1))
    pg.text(px, py - 8, G.fact(pct(RT[fy]) + "%", RT[fy], "percent", "collection_rate", None, None, fy, R(fy),
                               "total", "actual"), 8.5, "g", "c", (0.6, 0.1, 0.0))
pg.rect((200, 344, 212, 352), 0.3, fill=(0.55, 0.65, 0.8))
pg.text(216, 352, "収入未済額（計）", 8, "g")
pg.line(320, 348, 340, 348, 1.4, (0.8, 0.2, 0.1))
pg.text(344, 352, "収納率（計）", 8, "g")
# prose
y = 385
o24, o23 = OUT[2024], OUT[2023]
ap = round(o24 / 10)                # 千円 -> 万円
ad = round((o23 - o24) / 10)
s1 = G.fact(f"約{ap // 10000}億{ap % 10000:,}万円", ap * 10000, "yen", "outstanding", None, None, 2024, "令和6年度",
            "total", "actual", approx=True)
s2 = G.fact(f"約{ad:,}万円", -ad * 10000, "yen", "difference", None, None, 2024, "令和6年度", "total", "actual",
            approx=True)
dp = round(RT[2024] - RT[2023], 2)
s3 = G.fact(f"{pct(dp)}ポイント", dp, "points", "difference", None, None, 2024, "令和6年度", "total", "actual")
s4 = G.fact(pct(RT[2024]) + "％", RT[2024], "percent", "collection_rate", None, None, 2024, "令和6年度", "total", "actual")
y = pg.para(50, y, f"　令和6年度決算における主要債権の収入未済額（計）は{s1}で、前年度から{s2}減少した。"
            f"収納率（計）は前年度比{s3}上昇し、{s4}となった。", 495, 10, "m", 1.6)
y += 14
pg.text(50, y + 10, "表1　債権別の収入未済額の推移（各年度決算）", 10, "g")
pg.text(545, y + 10, "（単位：千円）", 8.5, "m", "r")
y += 18
colw = [98] + [58] * 6 + [68]
cells = [dict(r=0, c=0, t="年度", fill=BLUE)]
for j, (debt, name, short) in enumerate(DEBTS):
    cells.append(dict(r=0, c=1 + j, t=short, fill=BLUE))
cells.append(dict(r=0, c=7, t="計", fill=BLUE))
for i, fy in enumerate(years):
    yraw = f"令和{fy - 2018}（{fy}）年度"
    cells.append(dict(r=1 + i, c=0, t=yraw))
    tot = 0
    for j, (debt, name, short) in enumerate(DEBTS):
        o = kk(D[debt][fy]["current"]["O"]) + kk(D[debt][fy]["arrears"]["O"])
        tot += o
        cells.append(dict(r=1 + i, c=1 + j, align="r",
                          t=G.fact(c(o), o * K, "yen", "outstanding", debt, short, fy, yraw, "total", "actual")))
    assert tot == OUT[fy]
    cells.append(dict(r=1 + i, c=7, align="r", fill=LIGHT,
                      t=G.fact(c(tot), tot * K, "yen", "outstanding", None, "計", fy, yraw, "total", "actual")))
xs, ys = pg.grid(50, y, colw, [20] * 4, cells)
y = ys[-1] + 14
pg.para(50, y, "（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
        "住宅使用料：市営住宅使用料", 495, 8.5, "m", 1.5)
y += 40
pg.rect((50, y, 545, y + 64), 0.8)
pg.text(60, y + 16, "【参考】令和6年度決算の状況（市税）", 9.5, "g")
st = D["市税"][2024]
b1 = G.fact("1,482人", 1482, "persons", "delinquents", "市税", "市税", 2024, "令和6年度", "total", "actual")
b2 = G.fact(f"{c(kk(st['total']['W']))}千円", kk(st["total"]["W"]) * K, "yen", "written_off", "市税", "市税", 2024,
            "令和6年度", "total", "actual")
pg.text(70, y + 34, f"・滞納者数：{b1}（前年度 1,563人）", 9, "m")
G.fact("1,563人", 1563, "persons", "delinquents", "市税", "市税", 2023, "前年度", "total", "actual")
pg.text(70, y + 50, f"・不納欠損額：{b2}　　・差押件数：318件（前年度 296件）", 9, "m")

# ============================================================ pages 4-7: 取組個票 ====================
SEC = "令和7年度の主な取組"


def sheet_title(pg, n, name):
    pg.text(40, 42, "資料2", 11, "g")
    pg.text(555, 42, f"個票{n}", 10, "g", "r")
    pg.text(297, 66, "債権別取組個票", 15, "g", "c")


# ---- page 4: 市税 -----------------------------------------------------------------------------
G.page = 4
pg = Page(doc)
sheet_title(pg, 1, "市税")
strip = [dict(r=0, c=0, t="債権名", fill=GRAY), dict(r=0, c=1, t="市税"), dict(r=0, c=2, t="所管課", fill=GRAY),
         dict(r=0, c=3, t="税務課（収納対策係）"), dict(r=0, c=4, t="債権区分", fill=GRAY),
         dict(r=0, c=5, t="強制徴収公債権")]
pg.grid(40, 80, [62, 90, 62, 120, 62, 119], [22], strip)
pg.text(40, 126, "1　収納状況の推移", 11, "g")
pg.text(555, 126, "（単位：千円、％）", 8.5, "m", "r")
colw = [28, 82, 100, 100, 102, 103]
rowh = [18, 18] + [20] * 7
cells = [dict(r=0, c=0, rs=2, cs=2, t="区分", fill=GRAY), dict(r=0, c=2, cs=2, t="決算", fill=GRAY),
         dict(r=0, c=4, cs=2, t="目標", fill=GRAY)]
for j, fy in enumerate((2023, 2024, 2025, 2026)):
    cells.append(dict(r=1, c=2 + j, t=R(fy), fill=GRAY))
cells += [dict(r=2, c=0, rs=3, t="現年度分", vertical=True, size=8), dict(r=5, c=0, rs=3, t="滞納繰越分",
          vertical=True, size=7.5), dict(r=8, c=0, cs=2, t="収入未済額（計）")]
rowdef = [(2, "current", "assessed", "調定額"), (3, "current", "collected", "収入済額"),
          (4, "current", "collection_rate", "収納率"), (5, "arrears", "assessed", "調定額"),
          (6, "arrears", "collected", "収入済額"), (7, "arrears", "collection_rate", "収納率")]
TG = {2025: dict(current=99.25, arrears=31.00, O=280000), 2026: dict(current=99.30, arrears=32.00, O=265000)}
for r, seg, met, lab in rowdef:
    cells.append(dict(r=r, c=1, t=lab))
    for j, fy in enumerate((2023, 2024)):
        v = D["市税"][fy][seg]
        kw = dict(debt="市税", debt_raw="市税", fy=fy, fy_raw=R(fy), segment=seg, basis="actual")
        if met == "assessed":
            t = G.fact(c(kk(v["A"])), v["A"], "yen", met, **kw)
        elif met == "collected":
            t = G.fact(c(kk(v["C"])), v["C"], "yen", met, **kw)
        else:
            t = G.fact(pct(rate(v["C"], v["A"])), rate(v["C"], v["A"]), "percent", met, **kw)
        cells.append(dict(r=r, c=2 + j, t=t, align="r"))
    for j, fy in enumerate((2025, 2026)):
        if met == "collection_rate":
            t = G.fact(pct(TG[fy][seg]), TG[fy][seg], "percent", met, "市税", "市税", fy, R(fy), seg, "target")
        else:
            t = "－"
        cells.append(dict(r=r, c=4 + j, t=t, align="r" if t != "－" else "c"))
for j, fy in enumerate((2023, 2024)):
    o = kk(D["市税"][fy]["total"]["O"])
    cells.append(dict(r=8, c=2 + j, align="r", t=G.fact(c(o), o * K, "yen", "outstanding", "市税", "市税", fy, R(fy),
                                                          "total", "actual")))
for j, fy in enumerate((2025, 2026)):
    cells.append(dict(r=8, c=4 + j, align="r", t=G.fact(c(TG[fy]["O"]), TG[fy]["O"] * K, "yen", "outstanding", "市税",
                                                          "市税", fy, R(fy), "total", "target")))
xs, ys = pg.grid(40, 134, colw, rowh, cells)
y = ys[-1] + 22
pg.text(40, y, "2　令和7年度の状況", 11, "g")
y += 20
pg.text(50, y, "【収納率】令和7年12月末時点", 10, "g")
i25 = INT["市税"][2025]
y += 17
for seg, lab in (("current", "現年分"), ("arrears", "滞納繰越分")):
    v, pv = i25[seg], INT["市税"][2024][seg]
    a = G.fact(pct(rate(v["C"], v["A"])) + "％", rate(v["C"], v["A"]), "percent", "collection_rate", "市税", "市税",
               2025, "令和7年12月末", seg, "interim", DEC31[2025])
    b = G.fact(pct(rate(pv["C"], pv["A"])) + "％", rate(pv["C"], pv["A"]), "percent", "collection_rate", "市税", "市税",
               2024, "前年同月", seg, "interim", DEC31[2024])
    pg.text(64, y, f"・{lab}　{a}（前年同月 {b}）", 9.5, "m")
    y += 16
EST = {"current": 99.23, "arrears": 30.80}
e1 = G.fact("99.23％", 99.23, "percent", "collection_rate", "市税", "市税", 2025, "令和7年度", "current", "estimate")
e2 = G.fact("30.80％", 30.80, "percent", "collection_rate", "市税", "市税", 2025, "令和7年度", "arrears", "estimate")
pg.text(64, y, f"・決算見込　現年分 {e1}、滞納繰越分 {e2}", 9.5, "m")
y += 26
pg.text(40, y, f"3　{SEC}", 11, "g")
y += 8
items = [("①", "納期限後20日以内に督促状を発送し、発送後10日を目途に電話催告を行うことで、早期の自主納付につなげる。", "継続"),
         ("②", "預貯金・給与等の財産調査をオンライン照会により行い、納付に応じない滞納者は速やかに差押えへ移行する。", "拡充"),
         ("③", "高額・困難事案は奈良県地方税滞納整理機構へ移管し、共同して滞納整理を進める。", "継続"),
         ("④", "スマートフォン決済アプリによる納付の対象税目を拡大し、納付しやすい環境を整える。", "新規")]
for lab, t, st_ in items:
    G.init(t, "市税", 2025, SEC, lab, st_, debt_raw="市税")
    y = pg.para(50, y + 4, f"{lab}{t}【{st_}】", 490, 9.5, "m", 1.5, indent2=10)
y += 14
pg.rect((40, y, 555, y + 58), 0.8)
pg.text(50, y + 16, "【参考】", 9.5, "g")
ap = round(kk(D["市税"][2024]["total"]["O"]) / 10)          # 万円
r1 = G.fact(f"約{ap // 10000}億{ap % 10000:,}万円", ap * 10000, "yen", "outstanding", "市税", "市税", 2024,
            "令和6年度", "total", "actual", approx=True)
pg.text(60, y + 33, f"・令和6年度末の収入未済額：{r1}", 9, "m")
pg.text(60, y + 49, "・令和7年12月末の差押件数：241件（前年同月 226件）", 9, "m")

# ---- page 5: 国民健康保険税 --------------------------------------------------------------------
G.page = 5
pg = Page(doc)
sheet_title(pg, 2, "国民健康保険税")
NK, NR = "国民健康保険料", "国民健康保険税"
pg.grid(40, 80, [258, 257], [22], [dict(r=0, c=0, t="債権名　国民健康保険税", align="l", fill=LIGHT),
                                    dict(r=0, c=1, t="所管課　保険年金課（国保収納係）", align="l", fill=LIGHT)])
pg.text(40, 126, "1　目標と実績", 11, "g")
colw = [95, 70, 70, 50, 70, 70, 50]
cells = [dict(r=0, c=0, rs=2, t="年度", fill=GRAY), dict(r=0, c=1, cs=3, t="現年度分", fill=GRAY),
         dict(r=0, c=4, cs=3, t="滞納繰越分", fill=GRAY)]
for gi in range(2):
    for j, h in enumerate(("目標収納率（％）", "実績収納率（％）", "達成率（％）")):
        cells.append(dict(r=1, c=1 + gi * 3 + j, t=h, fill=GRAY, size=7.5))
NT = {2022: (94.50, 20.00), 2023: (94.80, 21.00), 2024: (95.00, 22.00)}
for i, fy in enumerate((2022, 2023, 2024)):
    cells.append(dict(r=2 + i, c=0, t=R(fy)))
    for gi, seg in enumerate(("current", "arrears")):
        v = D[NK][fy][seg]
        act = rate(v["C"], v["A"])
        tg = NT[fy][gi]
        cells.append(dict(r=2 + i, c=1 + gi * 3, align="r",
                          t=G.fact(pct(tg), tg, "percent", "collection_rate", NK, NR, fy, R(fy), seg, "target")))
        cells.append(dict(r=2 + i, c=2 + gi * 3, align="r",
                          t=G.fact(pct(act), act, "percent", "collection_rate", NK, NR, fy, R(fy), seg, "actual")))
        cells.append(dict(r=2 + i, c=3 + gi * 3, align="r", t=f"{act / tg * 100:.1f}"))
xs, ys = pg.grid(40, 134, colw, [18, 26, 20, 20, 20], cells)
y = ys[-1] + 8
pg.text(40, y + 9, "※ 達成率＝実績収納率÷目標収納率×100", 8, "m")
y += 30
pg.text(40, y, "2　収納状況（令和7年12月末時点）", 11, "g")
pg.text(555, y, "（単位：千円、％）（　）内は前年同月", 8.5, "m", "r")
colw = [85, 150, 150, 130]
cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="調定額", fill=GRAY),
         dict(r=0, c=2, t="収入済額", fill=GRAY), dict(r=0, c=3, t="収納率", fill=GRAY)]
for i, (seg, lab) in enumerate(SEGS):
    cells.append(dict(r=1 + i, c=0, t=lab))
    a, b = INT[NK][2025][seg], INT[NK][2024][seg]
    vals = []
    for met in ("assessed", "collected", "collection_rate"):
        pair = []
        for fy, v in ((2025, a), (2024, b)):
            kw = dict(debt=NK, debt_raw=NR, fy=fy, fy_raw="令和7年12月末" if fy == 2025 else "前年同月", segment=seg,
                      basis="interim", as_of=DEC31[fy])
            if met == "assessed":
                A = kk(v["A"]) if seg != "total" else kk(INT[NK][fy]["current"]["A"]) + kk(INT[NK][fy]["arrears"]["A"])
                pair.append(G.fact(c(A), A * K, "yen", met, **kw))
            elif met == "collected":
                C = kk(v["C"]) if seg != "total" else kk(INT[NK][fy]["current"]["C"]) + kk(INT[NK][fy]["arrears"]["C"])
                pair.append(G.fact(c(C), C * K, "yen", met, **kw))
            else:
                pair.append(G.fact(pct(rate(v["C"], v["A"])), rate(v["C"], v["A"]), "percent", met, **kw))
        vals.append(f"{pair[0]}（{pair[1]}）")
    for j, t in enumerate(vals):
        cells.append(dict(r=1 + i, c=1 + j, t=t, align="r"))
xs, ys = pg.grid(40, y + 8, colw, [18, 20, 20, 20], cells)
y = ys[-1] + 24
pg.text(40, y, "3　決算の推移", 11, "g")
pg.text(555, y, "上段：収入済額（千円）　下段：収納率（％）", 8.5, "m", "r")
colw = [95, 140, 140, 140]
cells = [dict(r=0, c=0, t="区分", fill=GRAY)]
for j, fy in enumerate((2022, 2023, 2024)):
    cells.append(dict(r=0, c=1 + j, t=R(fy) + "決算", fill=GRAY))
for i, (seg, lab) in enumerate(SEGS[:2]):
    cells.append(dict(r=1 + i, c=0, t=lab))
    for j, fy in enumerate((2022, 2023, 2024)):
        v = D[NK][fy][seg]
        kw = dict(debt=NK, debt_raw=NR, fy=fy, fy_raw=R(fy), segment=seg, basis="actual")
        t1 = G.fact(c(kk(v["C"])), v["C"], "yen", "collected", **kw)
        t2 = G.fact(pct(rate(v["C"], v["A"])), rate(v["C"], v["A"]), "percent", "collection_rate", **kw)
        cells.append(dict(r=1 + i, c=1 + j, t=f"{t1}\n{t2}", align="r", lead=1.4))
xs, ys = pg.grid(40, y + 8, colw, [18, 32, 32], cells)
y = ys[-1] + 22
# 取組: a table with segment labels and items, no 取組 header
NI = {"current": [("(1)", "口座振替の原則化を進め、新規加入時の申込みを窓口で勧奨する。", "継続"),
                  ("(2)", "納期限後の早期催告として、SMSによる納付案内を毎月送信する。", "新規")],
      "arrears": [("(1)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
                  ("(2)", "納付資力がありながら納付に応じない世帯について、預貯金等の差押えを徹底する。", "継続"),
                  ("(3)", "生活困窮の世帯は福祉部門と連携し、執行停止を含めた適正な整理を行う。", "拡充")]}
rows = []
for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
    lines = []
    for l_, t, s_ in NI[seg]:
        G.init(t, NK, 2025, SEC, l_, s_, debt_raw=NR)
        lines.append((l_, t, s_))
    rows.append((lab, lines))
yy = y
for lab, lines in rows:
    top = yy
    yy += 5
    for l_, t, s_ in lines:
        yy = pg.para(120, yy, f"{l_}{t}", 425, 9, "m", 1.45, indent2=14)
        pg.text(134, yy + 9, f"【{s_}】", 9, "m")   # tag alone on its own line
        yy += 15
    yy += 3
    pg.rect((40, top, 115, yy), 0.5, fill=LIGHT)
    pg.cell_text((40, top, 115, yy), lab, 9)
    pg.rect((40, top, 115, yy), 0.5)
    pg.rect((115, top, 555, yy), 0.5)
y = yy + 16
hh = G.fact("706世帯", 706, "households", "delinquents", NK, NR, 2024, "令和6年度末", "total", "actual")
pg.text(40, y, f"※ 令和6年度末の滞納世帯数は {hh}（前年度末 741世帯）。", 8.5, "m")
G.fact("741世帯", 741, "households", "delinquents", NK, NR, 2023, "前年度末", "total", "actual")

# ---- page 6: 介護保険料 ---------------------------------------------------------------------------
G.page = 6
pg = Page(doc)
sheet_title(pg, 3, "介護保険料")
KG = "介護保険料"
pg.grid(40, 80, [62, 140, 62, 251], [22], [dict(r=0, c=0, t="債権名", fill=GRAY), dict(r=0, c=1, t="介護保険料"),
                                           dict(r=0, c=2, t="所管課", fill=GRAY), dict(r=0, c=3, t="介護保険課（保険料係）")])
pg.text(40, 126, "1　現年度分（普通徴収を含む全体）", 10.5, "g")
pg.text(300, 126, "2　滞納繰越分", 10.5, "g")
pg.text(290, 140, "（単位：千円、％）", 8, "m", "r")
pg.text(555, 140, "（単位：千円、％）", 8, "m", "r")
# left: metrics as rows, years as columns
K25 = dict(A=P[KG]["cur"][2025], rt=99.20)
K25["C"] = rnd(K25["A"] * K25["rt"] / 100, K)
colw = [58, 64, 64, 64]
cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="令和5年度\n決算", fill=GRAY, size=7.5),
         dict(r=0, c=2, t="令和6年度\n決算", fill=GRAY, size=7.5), dict(r=0, c=3, t="令和7年度\n見込", fill=GRAY, size=7.5)]
for i, (met, lab) in enumerate((("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率"),
                                ("outstanding", "収入未済額"))):
    cells.append(dict(r=1 + i, c=0, t=lab, size=8))
    for j, fy in enumerate((2023, 2024, 2025)):
        if fy == 2025:
            v = dict(A=K25["A"], C=K25["C"], O=K25["A"] - K25["C"])
            basis = "estimate"
        else:
            v = D[KG][fy]["current"]
            basis = "actual"
        kw = dict(debt=KG, debt_raw=KG, fy=fy, fy_raw=R(fy), segment="current", basis=basis)
        if met == "collection_rate":
            t = G.fact(pct(rate(v["C"], v["A"])), rate(v["C"], v["A"]), "percent", met, **kw)
        else:
            x = v[{"assessed": "A", "collected": "C", "outstanding": "O"}[met]]
            t = G.fact(c(kk(x)), x, "yen", met, **kw)
        cells.append(dict(r=1 + i, c=1 + j, t=t, align="r", size=8))
pg.grid(40, 146, colw, [28, 20, 20, 20, 20], cells)
# right: years as rows, metrics as columns
colw = [58, 50, 50, 50, 47]
cells = [dict(r=0, c=0, t="年度", fill=GRAY), dict(r=0, c=1, t="調定額", fill=GRAY, size=8),
         dict(r=0, c=2, t="収入済額", fill=GRAY, size=8), dict(r=0, c=3, t="不納欠損額", fill=GRAY, size=7),
         dict(r=0, c=4, t="収納率", fill=GRAY, size=8)]
for i, fy in enumerate((2022, 2023, 2024)):
    v = D[KG][fy]["arrears"]
    kw = dict(debt=KG, debt_raw=KG, fy=fy, fy_raw=R(fy), segment="arrears", basis="actual")
    cells += [dict(r=1 + i, c=0, t=R(fy), size=8),
              dict(r=1 + i, c=1, t=G.fact(c(kk(v["A"])), v["A"], "yen", "assessed", **kw), align="r", size=8),
              dict(r=1 + i, c=2, t=G.fact(c(kk(v["C"])), v["C"], "yen", "collected", **kw), align="r", size=8),
              dict(r=1 + i, c=3, t=G.fact(c(kk(v["W"])), v["W"], "yen", "written_off", **kw), align="r", size=8),
              dict(r=1 + i, c=4, t=G.fact(pct(rate(v["C"], v["A"])), rate(v["C"], v["A"]), "percent",
                                           "collection_rate", **kw), align="r", size=8)]
pg.grid(300, 146, colw, [28, 20, 20, 20], cells)
y = 270
pg.text(40, y, "3　【収納率】令和7年12月末時点", 10.5, "g")
y += 18
for seg, lab in (("current", "現年分"), ("arrears", "滞繰分")):
    v = INT[KG][2025][seg]
    t = G.fact(pct(rate(v["C"], v["A"])) + "％", rate(v["C"], v["A"]), "percent", "collection_rate", KG, KG, 2025,
               "令和7年12月末", seg, "interim", DEC31[2025])
    pg.text(56, y, f"・{lab}　{t}", 9.5, "m")
    y += 16
y += 12
pg.text(40, y, f"4　{SEC}", 10.5, "g")
y += 10
box_top = y
KI = [("ア", "65歳到達者及び転入者に対し、年金からの特別徴収へ切り替わるまでの間の口座振替を勧奨する。", "継続"),
      ("イ", "滞納が2期以上となった被保険者には、給付制限の内容を記載した催告書を送付し、納付相談を促す。", "継続"),
      ("ウ", "時効完成が近い債権は、預貯金調査を優先して行い、差押えにより時効を更新する。", "拡充"),
      ("エ", "コンビニ収納に加え、令和7年10月からスマートフォン決済による納付を開始した。", "新規")]
y += 8
for l_, t, s_ in KI:
    G.init(t, KG, 2025, SEC, l_, s_, debt_raw=KG)
    y = pg.para(52, y, f"{l_}　{t}【{s_}】", 486, 9.5, "m", 1.5, indent2=19)
    y += 3
pg.rect((40, box_top, 555, y + 6), 0.8)
y += 30
pg.text(40, y, "5　課題", 10.5, "g")
y = pg.para(52, y + 6, "普通徴収の対象者は年金額が低い方が多く、滞納繰越分の収納率は伸び悩んでいる。"
            "給付制限の適用に至る前の段階で、納付相談につなげる取組の強化が必要である。", 490, 9.5, "m", 1.5)

# ---- page 7: 市営住宅使用料 (yen) -----------------------------------------------------------------
G.page = 7
pg = Page(doc)
sheet_title(pg, 4, "市営住宅使用料")
JK = "市営住宅使用料"
strip = [dict(r=0, c=0, t="債権名", fill=GRAY), dict(r=0, c=1, t="市営住宅使用料"), dict(r=0, c=2, t="所管課", fill=GRAY),
         dict(r=0, c=3, t="住宅課"), dict(r=0, c=4, t="債権区分", fill=GRAY), dict(r=0, c=5, t="私債権")]
pg.grid(40, 80, [62, 110, 62, 110, 62, 109], [22], strip)
pg.text(40, 126, "1　決算の比較", 11, "g")
pg.text(555, 126, "（単位：円、％）", 8.5, "m", "r")
colw = [28, 110, 125, 125, 127]
rows = [("current", "assessed", "調定額"), ("current", "collected", "収入済額"), ("current", "collection_rate", "収納率"),
        ("arrears", "assessed", "調定額"), ("arrears", "collected", "収入済額"), ("arrears", "written_off", "不納欠損額"),
        ("arrears", "collection_rate", "収納率")]
cells = [dict(r=0, c=0, cs=2, t="区分", fill=GRAY), dict(r=0, c=2, t="令和5年度", fill=GRAY),
         dict(r=0, c=3, t="令和6年度", fill=GRAY), dict(r=0, c=4, t="増減", fill=GRAY),
         dict(r=1, c=0, rs=3, t="現年度分", vertical=True, size=8), dict(r=4, c=0, rs=4, t="滞納繰越分", vertical=True,
                                                                       size=8),
         dict(r=8, c=0, cs=2, t="収入未済額（計）")]
KEY = {"assessed": "A", "collected": "C", "written_off": "W", "outstanding": "O"}
for i, (seg, met, lab) in enumerate(rows):
    r = 1 + i
    cells.append(dict(r=r, c=1, t=lab))
    vals = []
    for j, fy in enumerate((2023, 2024)):
        v = D[JK][fy][seg]
        kw = dict(debt=JK, debt_raw=JK, fy=fy, fy_raw=R(fy), segment=seg, basis="actual")
        if met == "collection_rate":
            x = rate(v["C"], v["A"])
            t = G.fact(pct(x), x, "percent", met, **kw)
        else:
            x = v[KEY[met]]
            t = G.fact(c(x), x, "yen", met, **kw)
        vals.append(x)
        cells.append(dict(r=r, c=2 + j, t=t, align="r"))
    d = round(vals[1] - vals[0], 2)
    if met == "collection_rate":
        t = G.fact(("△" if d < 0 else "") + pct(abs(d)), d, "points", "difference", JK, JK, 2024, "令和6年度", seg,
                   "actual")
    else:
        t = G.fact(c(int(d)), int(d), "yen", "difference", JK, JK, 2024, "令和6年度", seg, "actual")
    cells.append(dict(r=r, c=4, t=t, align="r"))
o23, o24 = D[JK][2023]["total"]["O"], D[JK][2024]["total"]["O"]
for j, (fy, o) in enumerate(((2023, o23), (2024, o24))):
    cells.append(dict(r=8, c=2 + j, align="r", t=G.fact(c(o), o, "yen", "outstanding", JK, JK, fy, R(fy), "total",
                                                          "actual")))
cells.append(dict(r=8, c=4, align="r", t=G.fact(c(o24 - o23), o24 - o23, "yen", "difference", JK, JK, 2024, "令和6年度",
                                                  "total", "actual")))
xs, ys = pg.grid(40, 134, colw, [20] + [20] * 8, cells)
y = ys[-1] + 10
pg.text(40, y + 8, "※ 増減は令和6年度から令和5年度を差し引いたもの（△は減）。収納率の増減の単位はポイント。", 8, "m")
y += 30
cur23, cur24 = rate(D[JK][2023]["current"]["C"], D[JK][2023]["current"]["A"]), rate(D[JK][2024]["current"]["C"],
                                                                                   D[JK][2024]["current"]["A"])
dd = round(cur24 - cur23, 2)
dm = round((o23 - o24) / 10000)
p1 = G.fact(f"{pct(dd)}ポイント", dd, "points", "difference", JK, JK, 2024, "令和6年度", "current", "actual")
p2 = G.fact(f"約{dm}万円", -dm * 10000, "yen", "difference", JK, JK, 2024, "令和6年度", "total", "actual", approx=True)
y = pg.para(40, y, f"　令和6年度は、現年度分の収納率が前年度から{p1}改善し、収入未済額（計）は{p2}の減少となった。"
            "一方、退去者の滞納分は回収が進まず、滞納繰越分の大半を占めている。", 515, 9.5, "m", 1.6)
y += 16
pg.text(40, y, "2　入居中の滞納者への対応", 11, "g")
y += 4
JI1 = [("(1)", "滞納1か月目に文書催告、2か月目に電話催告と面談を行い、滞納の長期化を防ぐ。", "継続"),
       ("(2)", "3か月以上の滞納者は連帯保証人へ通知し、分納誓約の締結を求める。", "継続")]
for l_, t, s_ in JI1:
    G.init(t, JK, 2025, "入居中の滞納者への対応", l_, s_, debt_raw=JK)
    y = pg.para(50, y + 4, f"{l_}{t}【{s_}】", 505, 9.5, "m", 1.5, indent2=16)
y += 14
pg.text(40, y, "3　退去者の滞納分への対応", 11, "g")
y += 4
JI2 = [("(1)", "退去者の転居先を住民票等で調査し、文書及び訪問による納付交渉を行う。", "継続"),
       ("(2)", "納付交渉に応じない高額滞納者は、支払督促等の法的措置を講じる。", "拡充"),
       ("(3)", "回収の見込みがない債権は、香芝市債権管理条例に基づき放棄を検討する。", "新規")]
for l_, t, s_ in JI2:
    G.init(t, JK, 2025, "退去者の滞納分への対応", l_, s_, debt_raw=JK)
    y = pg.para(50, y + 4, f"{l_}{t}【{s_}】", 505, 9.5, "m", 1.5, indent2=16)
y += 18
pg.rect((40, y, 555, y + 42), 0.6, fill=LIGHT)
dl = G.fact("58人", 58, "persons", "delinquents", JK, JK, 2024, "令和6年度末", "total", "actual")
pg.text(52, y + 17, f"【参考】令和6年度末の滞納者数 {dl}（うち退去者 31人）", 9.5, "m")
pg.text(52, y + 33, "明渡請求訴訟の提起 2件、支払督促の申立て 5件（令和6年度）", 9.5, "m")

# ============================================================ page 8: 月別収納状況 =====================
G.page = 8
pg = Page(doc)
pg.text(40, 42, "資料3", 11, "g")
pg.text(297, 66, "市税（現年課税分）月別収納状況", 15, "g", "c")
pg.text(297, 88, "令和7年度（前年度：令和6年度）　各月末累計", 10.5, "g", "c")
MR = {2025: [2.85, 17.42, 28.96, 38.20, 46.75, 53.12, 61.48, 67.90, 78.64],
      2024: [2.79, 17.10, 28.55, 37.92, 46.31, 52.80, 61.02, 67.45, 78.12, 83.76, 88.64, 98.87]}
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
LAST = {4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31, 1: 31, 2: 28, 3: 31}
colw = [70, 100, 72, 100, 72, 81]
cells = [dict(r=0, c=0, rs=2, t="月末", fill=GRAY), dict(r=0, c=1, cs=2, t="本年度", fill=GRAY),
         dict(r=0, c=3, cs=2, t="前年度", fill=GRAY), dict(r=0, c=5, rs=2, t="収納率の差\n（ポイント）", fill=GRAY)]
for j, h in enumerate(("収入済額（千円）", "収納率（％）") * 2):
    cells.append(dict(r=1, c=1 + j, t=h, fill=GRAY, size=8))
for i, m in enumerate(MONTHS):
    r = 2 + i
    zebra = LIGHT if i % 2 else None
    cells.append(dict(r=r, c=0, t=f"{m}月末", fill=zebra))
    rts = {}
    for j, fy in enumerate((2025, 2024)):
        A = P["市税"]["cur"][fy]
        if i < len(MR[fy]):
            Cm = rnd(A * MR[fy][i] / 100, K)
            if m == 12:
                assert Cm == INT["市税"][fy]["current"]["C"]
            rt_ = rate(Cm, A)
            assert abs(rt_ - MR[fy][i]) < 0.005
            yr = fy + (1 if m <= 3 else 0)
            asof = f"{yr}-{m:02d}-{LAST[m]:02d}"
            kw = dict(debt="市税", debt_raw="市税", fy=fy, fy_raw="本年度" if fy == 2025 else "前年度", segment="current",
                      basis="interim", as_of=asof)
            cells.append(dict(r=r, c=1 + j * 2, t=G.fact(c(kk(Cm)), Cm, "yen", "collected", **kw), align="r", fill=zebra))
            cells.append(dict(r=r, c=2 + j * 2, t=G.fact(pct(rt_), rt_, "percent", "collection_rate", **kw), align="r",
                              fill=zebra))
            rts[fy] = rt_
        else:
            cells.append(dict(r=r, c=1 + j * 2, t="－", fill=zebra))
            cells.append(dict(r=r, c=2 + j * 2, t="－", fill=zebra))
    if 2025 in rts:
        d = round(rts[2025] - rts[2024], 2)
        cells.append(dict(r=r, c=5, align="r", fill=zebra,
                          t=G.fact(("△" if d < 0 else "") + pct(abs(d)), d, "points", "difference", "市税", "市税", 2025,
                                   "本年度", "current", "interim", f"2025-{m:02d}-{LAST[m]:02d}")))
    else:
        cells.append(dict(r=r, c=5, t="－", fill=zebra))
xs, ys = pg.grid(50, 104, colw, [18, 20] + [21] * 12, cells, rules=False)
pg.line(50, 104, xs[-1], 104, 1.0)
pg.line(50, 142, xs[-1], 142, 0.8)
pg.line(50, ys[-1], xs[-1], ys[-1], 1.0)
y = ys[-1] + 18
A25 = P["市税"]["cur"][2025]
A24 = P["市税"]["cur"][2024]
ta = G.fact(f"{c(kk(A25))}千円", A25, "yen", "assessed", "市税", "市税", 2025, "本年度", "current", "interim",
            "2025-12-31")
tb = G.fact(f"{c(kk(A24))}千円", A24, "yen", "assessed", "市税", "市税", 2024, "前年度", "current", "interim",
            "2024-12-31")
y = pg.para(50, y, f"※1 収納率は、各月末の収入済額累計を、12月末時点の現年課税分調定額（本年度 {ta}、前年度 {tb}）で"
            "除して算出している。", 495, 8.5, "m", 1.5, indent2=14)
lp = G.fact("87.96％", 87.96, "percent", "collection_rate", "市税", "市税", 2023, "令和5年度", "current", "interim",
            "2024-02-29")
y = pg.para(50, y + 2, f"※2 参考：令和5年度の2月末（令和6年2月29日）時点の収納率は {lp} であった。", 495, 8.5, "m", 1.5,
            indent2=14)
y = pg.para(50, y + 2, "※3 1月末以降は、本資料作成時点で未確定のため「－」としている。", 495, 8.5, "m", 1.5, indent2=14)
y += 16
d12 = round(rate(INT["市税"][2025]["current"]["C"], A25) - rate(INT["市税"][2024]["current"]["C"], A24), 2)
q = G.fact(f"{pct(d12)}ポイント", d12, "points", "difference", "市税", "市税", 2025, "令和7年12月末", "current", "interim",
           "2025-12-31")
pg.para(50, y, f"　12月末時点の現年課税分の収納率は、前年同月を{q}上回っており、年度末に向けて"
        "催告と財産調査を計画どおり進めることで、決算見込の達成を図る。", 495, 9.5, "m", 1.6)

# ------------------------------------------------------------------ save ----------------------
out = Path("pdf") / f"{STEM}.pdf"
doc.set_metadata({"title": G.document["title"], "author": "香芝市総務部税務課", "creator": "kb build (PyMuPDF)"})
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
n = len(doc)
doc.close()
G.write(out, Path("gold") / f"{STEM}.json", n)
sys.exit(1 if check_pdf(out, Path("gold") / f"{STEM}.json") else 0)
