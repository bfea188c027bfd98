"""Helper si: 田村市 市税等の収納状況（12月末）及び年度末見込み (progress_report). PyMuPDF drawing directly.
Run from corpus/dev70:  python3 build/si_tamura_progress_1.py"""
import random, sys
from pathlib import Path
import pymupdf as fitz
sys.path.insert(0, str(Path(__file__).parent))
from si_common import Gold, c, rate, fmt_r, zen, check

STEM = "si_tamura_progress_1"
G = Gold(STEM, "progress_report", "progress", "田村市", "令和7年度 市税等の収納状況及び年度末見込みについて",
         "2025-12-31", "令和7年12月末現在")
FG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT = {"g": fitz.Font(fontfile=FG), "m": fitz.Font(fontfile=FM)}
doc = fitz.open()
rnd = random.Random(7022)
AS, ASP = "2025-12-31", "2024-12-31"


def newpage(landscape=False):
    pg = doc.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    pg.insert_font(fontname="g", fontfile=FG)
    pg.insert_font(fontname="m", fontfile=FM)
    G.page = doc.page_count
    W = pg.rect.width
    pg.insert_text((W / 2 - 12, pg.rect.height - 22), f"－{G.page}－", fontname="m", fontsize=9)
    return pg


def txt(pg, x, y, s, fs=9.5, f="m", color=(0, 0, 0)):
    pg.insert_text((x, y), s, fontname=f, fontsize=fs, color=color)


def tlen(s, fs, f="m"):
    return FONT[f].text_length(s, fontsize=fs)


def wrap(pg, x, y, s, width, fs=9.5, f="m", lh=1.55, indent=0):
    line, yy, first = "", y, True
    for ch in s:
        w = width - (0 if first else indent)
        if tlen(line + ch, fs, f) > w:
            txt(pg, x + (0 if first else indent), yy, line, fs, f); yy += fs * lh; line = ""; first = False
        line += ch
    if line:
        txt(pg, x + (0 if first else indent), yy, line, fs, f); yy += fs * lh
    return yy


def table(pg, x, y, widths, rows, rh=17, fs=8.5, head=1, shade=(0.86, 0.9, 0.95), aligns=None, bold_rows=()):
    """rows: list of lists; a cell is str or (str, colspan) or (str, colspan, rowspan) or None (covered)."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            if isinstance(cell, tuple):
                s, cs = cell[0], cell[1]; rs = cell[2] if len(cell) > 2 else 1
            else:
                s, cs, rs = cell, 1, 1
            rect = fitz.Rect(xs[ci], y + r * rh, xs[ci + cs], y + (r + rs) * rh)
            fill = shade if r < head else ((0.95, 0.95, 0.95) if r in bold_rows else None)
            pg.draw_rect(rect, color=(0.2, 0.2, 0.2), fill=fill, width=0.5)
            lines = s.split("\n")
            for k, ln in enumerate(lines):
                ty = rect.y0 + (rect.height - len(lines) * fs * 1.2) / 2 + fs * (1.0 + 1.2 * k)
                al = "c" if r < head else (aligns[ci] if aligns else ("l" if ci == 0 else "r"))
                w = tlen(ln, fs, "g")
                tx = rect.x0 + 3 if al == "l" else (rect.x1 - 3 - w if al == "r" else (rect.x0 + rect.x1 - w) / 2)
                txt(pg, tx, ty, ln, fs, "g")
    return y + len(rows) * rh


DEBTS = [("市税", "市税", 4150000, 98.7, 312000, 23.0), ("国民健康保険税", "国保税", 905000, 94.1, 268000, 17.2),
         ("介護保険料", "介護料", 688000, 98.9, 26000, 15.4), ("後期高齢者医療保険料", "後期高齢", 342000, 99.3, 5200, 31.0),
         ("保育料", "保育料", 64000, 98.0, 8300, 20.5), ("市営住宅使用料", "住宅使用料", 152000, 96.0, 39000, 14.1)]
# year-end (full year) and December-end interim data, 千円
D = {}
for can, ab, ca, cr, aa, ar in DEBTS:
    e = {}
    for y, k in ((2024, 0), (2025, 1)):
        cas = int(ca * (1 + 0.01 * k) + rnd.randint(-500, 500)); arr = int(aa * (1 - 0.05 * k) + rnd.randint(-300, 300))
        e[y] = dict(ca=cas, aa=arr)
        # Dec-end interim: share collected so far
        e[y]["dcc"] = int(cas * (cr / 100) * (0.78 + 0.004 * k + rnd.uniform(-0.004, 0.004)))
        e[y]["dac"] = int(arr * (ar / 100) * (0.66 + 0.02 * k + rnd.uniform(-0.02, 0.02)))
    D[can] = e

# ================= page 1
pg = newpage()
txt(pg, 60, 70, "令和7年度 市税等の収納状況及び年度末見込みについて", 14.5, "g")
r = fitz.Rect(430, 24, 545, 44); pg.draw_rect(r, color=(0.6, 0, 0), width=1.2)
txt(pg, 436, 38.5, "令和7年12月末現在", 10, "g", (0.6, 0, 0))
txt(pg, 395, 92, "田村市 市民部 税務課 収納対策係", 9)
txt(pg, 50, 122, "１　債権別の収納状況（現年度分）", 11, "g")
head = ["債権", "今年度\n調定額（千円）", "今年度\n収入済額（千円）", "今年度\n収納率（％）", "前年度\n収納率（％）", "増減\n（ポイント）"]
rows = [head]
tot = dict(ca=0, cc=0, pa=0, pc=0)
for can, ab, *_ in DEBTS:
    e = D[can]; a, cc = e[2025]["ca"], e[2025]["dcc"]; pa, pc = e[2024]["ca"], e[2024]["dcc"]
    r1, r0 = rate(a, cc), rate(pa, pc); dd = round(r1 - r0, 1)
    tot["ca"] += a; tot["cc"] += cc; tot["pa"] += pa; tot["pc"] += pc
    rows.append([ab, G.f(c(a), a * 1000, "yen", "assessed", "interim", 2025, "今年度", "current", can, ab, AS),
                 G.f(c(cc), cc * 1000, "yen", "collected", "interim", 2025, "今年度", "current", can, ab, AS),
                 G.f(fmt_r(r1), r1, "percent", "collection_rate", "interim", 2025, "今年度", "current", can, ab, AS),
                 G.f(fmt_r(r0), r0, "percent", "collection_rate", "interim", 2024, "前年度", "current", can, ab, ASP),
                 G.f(("▲" if dd < 0 else "") + fmt_r(abs(dd)), dd, "points", "difference", "interim", 2025, "増減", "current", can, ab, AS)])
R1, R0 = rate(tot["ca"], tot["cc"]), rate(tot["pa"], tot["pc"]); DT = round(R1 - R0, 1)
rows.append(["計", G.f(c(tot["ca"]), tot["ca"] * 1000, "yen", "assessed", "interim", 2025, "今年度", "current", None, "計", AS),
             G.f(c(tot["cc"]), tot["cc"] * 1000, "yen", "collected", "interim", 2025, "今年度", "current", None, "計", AS),
             G.f(fmt_r(R1), R1, "percent", "collection_rate", "interim", 2025, "今年度", "current", None, "計", AS),
             G.f(fmt_r(R0), R0, "percent", "collection_rate", "interim", 2024, "前年度", "current", None, "計", ASP),
             G.f(("▲" if DT < 0 else "") + fmt_r(abs(DT)), DT, "points", "difference", "interim", 2025, "増減", "current", None, "計", AS)])
y = table(pg, 50, 132, [90, 85, 85, 75, 75, 75], rows, rh=19, bold_rows=(len(rows) - 1,))
rows[0] = None
y = wrap(pg, 50, y + 13, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。前年度は前年同月（12月末）の数値。", 495, 8)
txt(pg, 50, y + 18, "２　債権別の収納状況（滞納繰越分）", 11, "g")
head = ["債権", "収納率（％）\n今年度", "収納率（％）\n前年度", "差\n（ポイント）", "調定額（円）\n今年度", "収入済額（円）\n今年度"]
rows = [head]
for can, ab, *_ in DEBTS:
    e = D[can]; a, cc = e[2025]["aa"] * 1000 + rnd.randint(0, 999), e[2025]["dac"] * 1000 + rnd.randint(0, 999)
    pa, pc = e[2024]["aa"], e[2024]["dac"]
    r1, r0 = rate(a, cc), rate(pa, pc); dd = round(r1 - r0, 1)
    rows.append([ab, G.f(fmt_r(r1), r1, "percent", "collection_rate", "interim", 2025, "今年度", "arrears", can, ab, AS),
                 G.f(fmt_r(r0), r0, "percent", "collection_rate", "interim", 2024, "前年度", "arrears", can, ab, ASP),
                 G.f(("▲" if dd < 0 else "") + fmt_r(abs(dd)), dd, "points", "difference", "interim", 2025, "差", "arrears", can, ab, AS),
                 G.f(c(a), a, "yen", "assessed", "interim", 2025, "今年度", "arrears", can, ab, AS),
                 G.f(c(cc), cc, "yen", "collected", "interim", 2025, "今年度", "arrears", can, ab, AS)])
y = table(pg, 50, y + 28, [90, 70, 70, 70, 100, 95], rows, rh=19)
para = ("現年度分全体の収納率は" + G.f(fmt_r(R1) + "％", R1, "percent", "collection_rate", "interim", 2025, "令和7年12月末", "current", None, None, AS)
        + "で、前年同月と比べて" + G.f(fmt_r(abs(DT)) + "ポイント", DT, "points", "difference", "interim", 2025, "前年同月と比べて", "current", None, None, AS)
        + ("上昇" if DT >= 0 else "低下") + "しています。物価高騰の影響により、分納相談の件数は前年より増加していますが、口座振替率の向上と"
        "コンビニ・スマホ決済の利用拡大により、納期内納付は堅調に推移しています。")
txt(pg, 50, y + 22, "（概況）", 10, "g")
y = wrap(pg, 60, y + 38, para, 480, 9.5)

# ================= page 2: monthly table, bracketed metric, district table
pg = newpage()
txt(pg, 50, 60, "３　月別収納状況（市税・現年度分、各月末累計）", 11, "g")
txt(pg, 440, 78, "（単位：千円、％）", 8.5)
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31)]
share = [0.05, 0.22, 0.31, 0.42, 0.50, 0.57, 0.66, 0.72]
zA1, zA0 = D["市税"][2025]["ca"], D["市税"][2024]["ca"]
rows = [[("区分", 1, 2), ("今年度（令和7年度）", 3), None, None, ("前年度（令和6年度）", 3), None, None, ("収納率\n増減", 1, 2)],
        [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", None]]
for k, (m, dd) in enumerate(months):
    if k < 8:
        c1 = int(zA1 * 0.987 * (share[k] + rnd.uniform(-0.003, 0.003))); c0 = int(zA0 * 0.985 * (share[k] + rnd.uniform(-0.003, 0.003)))
    else:
        c1, c0 = D["市税"][2025]["dcc"], D["市税"][2024]["dcc"]
    a1 = int(zA1 * (0.93 + 0.07 * min(1, k / 2))) if k < 2 else zA1
    a0 = int(zA0 * (0.93 + 0.07 * min(1, k / 2))) if k < 2 else zA0
    r1, r0 = rate(a1, c1), rate(a0, c0); ddf = round(r1 - r0, 1)
    as1, as0 = f"2025-{m:02d}-{dd}", f"2024-{m:02d}-{dd}"
    lab = f"{m}月末"
    rows.append([lab, G.f(c(a1), a1 * 1000, "yen", "assessed", "interim", 2025, "令和7年度", "current", "市税", "市税", as1),
                 G.f(c(c1), c1 * 1000, "yen", "collected", "interim", 2025, "令和7年度", "current", "市税", "市税", as1),
                 G.f(fmt_r(r1), r1, "percent", "collection_rate", "interim", 2025, "令和7年度", "current", "市税", "市税", as1),
                 G.f(c(a0), a0 * 1000, "yen", "assessed", "interim", 2024, "令和6年度", "current", "市税", "市税", as0),
                 G.f(c(c0), c0 * 1000, "yen", "collected", "interim", 2024, "令和6年度", "current", "市税", "市税", as0),
                 G.f(fmt_r(r0), r0, "percent", "collection_rate", "interim", 2024, "令和6年度", "current", "市税", "市税", as0),
                 G.f(("▲" if ddf < 0 else "＋") + fmt_r(abs(ddf)), ddf, "points", "difference", "interim", 2025, "増減", "current", "市税", "市税", as1)])
y = table(pg, 45, 84, [55, 72, 72, 50, 72, 72, 50, 60], rows, rh=17, fs=8.3)
y = wrap(pg, 45, y + 12, "※ 4月末・5月末の調定額は当初課税分のみ。6月末以降は随時課税分を含む。", 500, 8)
# bracketed metric heading + segment bullets
zc = D["市税"][2025]
z1, z2 = rate(zc["ca"], zc["dcc"]), rate(zc["aa"], zc["dac"])
zt = rate(zc["ca"] + zc["aa"], zc["dcc"] + zc["dac"])
txt(pg, 50, y + 20, "【収納率】令和7年12月末時点（市税）", 10.5, "g")
yy = y + 38
for lbl, v, seg in (("現年分", z1, "current"), ("滞繰分", z2, "arrears"), ("合計", zt, "total")):
    txt(pg, 64, yy, "・" + lbl + "　" + G.f(fmt_r(v) + "％", v, "percent", "collection_rate", "interim", 2025, "令和7年12月末", seg, "市税", "市税", AS), 10)
    yy += 16
# district table
txt(pg, 50, yy + 18, "４　地区別の収納状況（市税・現年度分、12月末）", 11, "g")
AREAS = [("船引", 0.46), ("滝根", 0.12), ("大越", 0.14), ("都路", 0.08), ("常葉", 0.20)]
rows = [["地区", "調定額（円）", "収入済額（円）", "収納率（％）", "前年同月収納率（％）"]]
sa = sc = 0
for k, (ar, sh) in enumerate(AREAS):
    if k < len(AREAS) - 1:
        a = int(zc["ca"] * 1000 * sh) + rnd.randint(0, 999); cc = int(a * (z1 + rnd.uniform(-0.9, 0.5)) / 100)
    else:
        a = zc["ca"] * 1000 - sa; cc = zc["dcc"] * 1000 - sc
    sa += a; sc += cc
    r1 = rate(a, cc); r0 = round(r1 - rnd.uniform(-0.3, 0.6), 1)
    rows.append([ar + "地区", G.f(c(a), a, "yen", "assessed", "interim", 2025, "12月末", "current", "市税", "市税", AS, area=ar + "地区"),
                 G.f(c(cc), cc, "yen", "collected", "interim", 2025, "12月末", "current", "市税", "市税", AS, area=ar + "地区"),
                 G.f(fmt_r(r1), r1, "percent", "collection_rate", "interim", 2025, "12月末", "current", "市税", "市税", AS, area=ar + "地区"),
                 G.f(fmt_r(r0), r0, "percent", "collection_rate", "interim", 2024, "前年同月", "current", "市税", "市税", ASP, area=ar + "地区")])
rows.append(["計", G.f(c(sa), sa, "yen", "assessed", "interim", 2025, "12月末", "current", "市税", "計", AS),
             G.f(c(sc), sc, "yen", "collected", "interim", 2025, "12月末", "current", "市税", "計", AS),
             G.f(fmt_r(rate(sa, sc)), rate(sa, sc), "percent", "collection_rate", "interim", 2025, "12月末", "current", "市税", "計", AS), "－"])
y = table(pg, 50, yy + 28, [80, 110, 110, 80, 110], rows, rh=18, bold_rows=(len(rows) - 1,))
wrap(pg, 50, y + 12, "※ 地区は納税義務者の住所地（旧町村の区域）による。表1の市税（千円単位）とは端数処理により一致しない場合がある。", 495, 8)

# ================= page 3 (landscape): year-end estimates
pg = newpage(landscape=True)
txt(pg, 40, 50, "５　年度末（令和7年度決算）見込み", 12, "g")
txt(pg, 620, 50, "（収納率：％、金額：千円）", 8.5)
rows = [[("債権", 1, 3), ("令和6年度決算", 2), None, ("令和7年度目標", 2), None, ("令和7年度決算見込", 2), None,
         ("見込－目標（ポイント）", 2), None, ("収入未済額", 3), None, None],
        [None, ("収納率", 2), None, ("収納率", 2), None, ("収納率", 2), None, ("", 2), None, ("R6決算", 1, 2), ("R7見込", 1, 2), ("増減額（増減率）", 1, 2)],
        [None, "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", None, None, None]]
est_tot = {}
for can, ab, ca, cr, aa, ar in DEBTS:
    e = D[can]
    a6c, a6a = e[2024]["ca"], e[2024]["aa"]
    c6c = int(a6c * (cr - 0.1) / 100); c6a = int(a6a * (ar - 0.4) / 100)
    r6c, r6a = rate(a6c, c6c), rate(a6a, c6a)
    t7c, t7a = round(r6c + 0.2, 1), round(r6a + 1.0, 1)
    a7c, a7a = e[2025]["ca"], e[2025]["aa"]
    c7c = int(a7c * (t7c + rnd.uniform(-0.25, 0.15)) / 100); c7a = int(a7a * (t7a + rnd.uniform(-1.2, 0.8)) / 100)
    r7c, r7a = rate(a7c, c7c), rate(a7a, c7a)
    wo6 = int(a6a * 0.05); wo7 = int(a7a * 0.05)
    o6 = a6c + a6a - c6c - c6a - wo6; o7 = a7c + a7a - c7c - c7a - wo7
    d1, d2 = round(r7c - t7c, 1), round(r7a - t7a, 1)
    dd = o7 - o6; pct = round(dd / o6 * 100, 1)
    A = lambda *a, **k: G.f(*a, **k)
    rows.append([ab,
                 A(fmt_r(r6c), r6c, "percent", "collection_rate", "actual", 2024, "令和6年度決算", "current", can, ab),
                 A(fmt_r(r6a), r6a, "percent", "collection_rate", "actual", 2024, "令和6年度決算", "arrears", can, ab),
                 A(fmt_r(t7c), t7c, "percent", "collection_rate", "target", 2025, "令和7年度目標", "current", can, ab),
                 A(fmt_r(t7a), t7a, "percent", "collection_rate", "target", 2025, "令和7年度目標", "arrears", can, ab),
                 A(fmt_r(r7c), r7c, "percent", "collection_rate", "estimate", 2025, "令和7年度決算見込", "current", can, ab),
                 A(fmt_r(r7a), r7a, "percent", "collection_rate", "estimate", 2025, "令和7年度決算見込", "arrears", can, ab),
                 A(("▲" if d1 < 0 else "") + fmt_r(abs(d1)), d1, "points", "difference", "estimate", 2025, "見込－目標", "current", can, ab),
                 A(("▲" if d2 < 0 else "") + fmt_r(abs(d2)), d2, "points", "difference", "estimate", 2025, "見込－目標", "arrears", can, ab),
                 A(c(o6), o6 * 1000, "yen", "outstanding", "actual", 2024, "R6決算", "total", can, ab),
                 A(c(o7), o7 * 1000, "yen", "outstanding", "estimate", 2025, "R7見込", "total", can, ab),
                 ("▲" if dd < 0 else "") + f"{abs(dd):,}（" + ("▲" if pct < 0 else "") + f"{abs(pct):.1f}％）"])
    G.f(("▲" if dd < 0 else "") + f"{abs(dd):,}", dd * 1000, "yen", "difference", "estimate", 2025, "増減額", "total", can, ab)
    G.f(("▲" if pct < 0 else "") + f"{abs(pct):.1f}％", pct, "percent", "change_rate", "estimate", 2025, "増減率", "total", can, ab)
    est_tot[can] = (o6, o7)
y = table(pg, 34, 64, [100, 52, 52, 52, 52, 58, 58, 56, 56, 64, 64, 110], rows, rh=19, fs=8.5, head=3)
O6 = sum(v[0] for v in est_tot.values()); O7 = sum(v[1] for v in est_tot.values())
y = wrap(pg, 40, y + 14, "※ 決算見込は12月末の実績に前年度1月～3月（出納整理期間を含む）の収納割合を乗じて推計した。滞繰は滞納繰越分。", 760, 8)
para = ("６債権の収入未済額は、令和6年度決算の" + G.f(f"{O6 / 100000:.1f}億円", int(round(O6 / 100000, 1) * 1e8), "yen", "outstanding", "actual", 2024, "令和6年度決算", "total", None, None)
        + "に対し、令和7年度末には約" + G.f(f"{O7 / 100000:.1f}億円", int(round(O7 / 100000, 1) * 1e8), "yen", "outstanding", "estimate", 2025, "令和7年度末", "total", None, None, approx=True)
        + "となる見込みです。特に国保税の滞納繰越分は目標に届かない見込みのため、１月から３月にかけて集中的に財産調査と差押えを行います。")
y = wrap(pg, 40, y + 18, para, 760, 10)
# 【参考】 box
bx = fitz.Rect(40, y + 10, 470, y + 80); pg.draw_rect(bx, color=(0, 0, 0), width=0.8)
k1, k0 = 318, 291
txt(pg, 50, y + 28, "【参考】滞納処分の状況（市税・国保税、12月末）", 9.5, "g")
txt(pg, 58, y + 46, "・差押件数：" + G.f(f"{k1}件", k1, "cases", "seizures", "interim", 2025, "12月末", "total", None, None, AS) + "（前年同月 " + G.f(f"{k0}件", k0, "cases", "seizures", "interim", 2024, "前年同月", "total", None, None, ASP) + "）", 9.5)
dq = 1764
txt(pg, 58, y + 64, "・滞納者数（市税）：" + G.f(f"{dq:,}人", dq, "persons", "delinquents", "interim", 2025, "12月末", "total", "市税", "市税", AS), 9.5)

# ================= page 4: initiatives status
pg = newpage()
txt(pg, 50, 60, "６　主な取組の実施状況（4月～12月）", 11, "g")
ST = [("市税", "市税", "①年度当初に滞納繰越者全員へ催告書を一斉送付し、早期の納付折衝につなげた。", "◎"),
      ("市税", "市税", "②預貯金調査の電子照会を活用し、差押えまでの期間を短縮した。", "◎"),
      ("国民健康保険税", "国保税", "①納付相談窓口を夜間・休日に開設し、分納誓約の履行を確認した。", "○"),
      ("国民健康保険税", "国保税", "②資格喪失者への文書催告を四半期ごとに実施した。", "△"),
      ("介護保険料", "介護料", "①普通徴収の未納者へ電話催告を行い、口座振替の申込みを勧奨した。", "○"),
      ("市営住宅使用料", "住宅使用料", "①3か月以上の滞納者と面談し、連帯保証人へ納付指導を依頼した。", "○"),
      ("保育料", "保育料", "①児童手当からの特別徴収について、保護者の申出による充当を進めた。", "◎")]
rows = [["債権", "取組内容", ""]]
for can, ab, t, mk in ST:
    rows.append([ab, t, mk])
# draw manually to allow long text: simple table with taller rows
xs = [50, 130, 505, 545]; yt = 72
for r, row in enumerate(rows):
    h = 18 if r == 0 else 30
    for k in range(3):
        rc = fitz.Rect(xs[k], yt, xs[k + 1], yt + h)
        pg.draw_rect(rc, color=(0.2, 0.2, 0.2), fill=(0.86, 0.9, 0.95) if r == 0 else None, width=0.5)
    if r == 0:
        txt(pg, 76, yt + 12.5, "債権", 8.5, "g"); txt(pg, 290, yt + 12.5, "取組内容", 8.5, "g")
    else:
        txt(pg, 54, yt + 18, row[0], 8.5, "g")
        wrap(pg, 134, yt + 12, row[1], 366, 8.5, "g", 1.4)
        txt(pg, 520, yt + 19, row[2], 10, "g")
        G.i(ST[r - 1][0], 2025, "主な取組の実施状況", row[1][0], row[1][1:], None, G.page)
    yt += h
y = wrap(pg, 50, yt + 14, "※ ◎：計画以上に実施、○：計画どおり実施、△：一部未実施（年度内に実施予定）", 495, 8)
txt(pg, 50, y + 18, "７　今後の取組（1月～3月）", 11, "g")
y += 36
FUT = [("市税", "(1)", "年末年始の収納強化月間に合わせ、捜索及びインターネット公売を実施する。", "継続"),
       ("国民健康保険税", "(2)", "国保税の滞納繰越分について、高額滞納者上位50世帯を重点管理し、換価を進める。", "拡充"),
       ("介護保険料", "(3)", "介護保険料の時効到来分を精査し、不納欠損処理の事前確認を行う。", "継続"),
       (None, "(4)", "庁内滞納情報の共有規程に基づき、債権所管課合同の納付相談会を開催する。", "新規")]
for can, lab, t, st in FUT:
    G.i(can, 2025, "今後の取組（1月～3月）", lab, t, st)
    y = wrap(pg, 58, y, f"{lab} {t}【{st}】", 480, 9.5, indent=16)
    y += 3
txt(pg, 50, y + 18, "８　その他", 11, "g")
kz1 = D["国民健康保険税"][2025]
para = ("国保税の現年度分は、12月末の収納率が" + G.f(zen(fmt_r(rate(kz1["ca"], kz1["dcc"]))) + "％", rate(kz1["ca"], kz1["dcc"]), "percent", "collection_rate", "interim", 2025, "12月末", "current", "国民健康保険税", "国保税", AS)
        + "にとどまり、被保険者の減少と所得の伸び悩みが影響しています。令和7年度の目標達成に向け、2月の本算定後の異動者を中心に早期催告を徹底します。")
wrap(pg, 58, y + 36, para, 480, 9.5)

doc.subset_fonts()
pdf = Path("pdf") / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
G.write(pdf, Path("gold") / f"{STEM}.json")
check(pdf, Path("gold") / f"{STEM}.json")
