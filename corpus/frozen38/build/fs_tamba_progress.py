"""丹波市 令和5年度 市税等の収納対策の取組状況（令和6年2月末現在） -- PyMuPDF drawing directly.
run from corpus/frozen38:  python3 build/fs_tamba_progress.py
"""
import os
import sys

import fitz

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import Gold, SET, GOTHIC, MINCHO, zen, c, rate

STEM = "fs_tamba_progress_1"
CITY = "丹波市"
TITLE = "令和５年度 市税等の収納対策の取組状況（令和６年２月末現在）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-02-29", "令和６年２月末現在")
FY, PFY = 2023, 2022
AS, PAS = "2024-02-29", "2023-02-28"

FG = fitz.Font(fontfile=GOTHIC)
FM = fitz.Font(fontfile=MINCHO)
doc = fitz.open()
PORT, LAND = (595, 842), (842, 595)


def newpage(size=PORT, pno=None):
    p = doc.new_page(width=size[0], height=size[1])
    p.insert_font(fontname="G", fontfile=GOTHIC)
    p.insert_font(fontname="M", fontfile=MINCHO)
    if pno:
        txt = f"－ {pno} －"
        w = FM.text_length(txt, 9)
        p.insert_text(((size[0] - w) / 2, size[1] - 22), txt, fontname="M", fontsize=9)
    return p


def text(p, x, y, s, size=9.5, font="M", color=(0, 0, 0), align="l", width=None):
    f = FG if font == "G" else FM
    w = f.text_length(s, size)
    if align == "r":
        x = x - w
    elif align == "c":
        x = x + (width - w) / 2 if width else x - w / 2
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
    return w


def wrap(p, x, y, s, width, size=9.5, font="M", lh=1.55, indent2=0):
    """character wrap; returns next y"""
    f = FG if font == "G" else FM
    line, first = "", True
    for ch in s:
        lim = width - (0 if first else indent2)
        if f.text_length(line + ch, size) > lim and ch not in "、。）」":
            text(p, x + (0 if first else indent2), y, line, size, font)
            y += size * lh
            line, first = "", False
        line += ch
    if line:
        text(p, x + (0 if first else indent2), y, line, size, font)
        y += size * lh
    return y


def grid(p, x, y, widths, rows, rh=15, size=8, head=1, shade=(0.85, 0.88, 0.93), aligns=None, bold_rows=()):
    """rows: list of list of cell; cell = str or (str, colspan). Returns bottom y."""
    for i, row in enumerate(rows):
        cx, j = x, 0
        for cell in row:
            s, span = (cell, 1) if isinstance(cell, str) else cell
            w = sum(widths[j:j + span])
            r = fitz.Rect(cx, y, cx + w, y + rh)
            if i < head and shade:
                p.draw_rect(r, color=None, fill=shade)
            p.draw_rect(r, color=(0.3, 0.3, 0.3), width=0.5)
            a = "c" if i < head else (aligns[j] if aligns else "l")
            lines = s.split("\n")
            for k, ln in enumerate(lines):
                ty = y + (rh - len(lines) * (size + 1.5)) / 2 + size + k * (size + 1.5) - 1
                fnt = "G" if (i < head or i in bold_rows) else "M"
                if a == "r":
                    text(p, cx + w - 3, ty, ln, size, fnt, align="r")
                elif a == "c":
                    text(p, cx, ty, ln, size, fnt, align="c", width=w)
                else:
                    text(p, cx + 3, ty, ln, size, fnt)
            cx += w
            j += span
        y += rh
    return y


def f2(x):
    return f"{x:.2f}"


def d2(x):
    return ("△" if x < -1e-9 else "") + f"{abs(x):.2f}"


# ---------------------------------------------------------------- data (千円)
# name, short label, cur adj, cur col, arr adj, arr col, prev cur rate, prev arr rate, prev total rate
DEBTS = [
    ("市税", "市税", 6112430, 5893006, 338610, 66021, 96.18, 18.32, 92.05),
    ("国民健康保険税", "国民健康保険税", 1168240, 1037290, 204330, 43624, 89.12, 20.33, 78.83),
    ("介護保険料", "介護保険料", 1021580, 983744, 38240, 6885, 96.02, 17.11, 93.04),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 512870, 500812, 7350, 2331, 97.55, 30.16, 96.48),
    ("保育料", "保育料", 148620, 141247, 12940, 2208, 94.61, 15.90, 88.03),
    ("市営住宅使用料", "市営住宅使用料", 110340, 101963, 41280, 4953, 92.07, 11.45, 70.61),
]
rows = []
for n, sh, ca, cc, aa, ac, pc, pa, pt in DEBTS:
    r = dict(n=n, sh=sh, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), ta=ca + aa, tc=cc + ac,
             pc=pc, pa=pa, pt=pt)
    r["tr"] = rate(r["tc"], r["ta"])
    r["td"] = round(r["tr"] - pt, 2)
    r["co"], r["ao"] = ca - cc, aa - ac
    rows.append(r)
T = {k: sum(r[k] for r in rows) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "co", "ao")}
T["cr"], T["ar"], T["tr"] = rate(T["cc"], T["ca"]), rate(T["ac"], T["aa"]), rate(T["tc"], T["ta"])
T["pt"] = 90.18
T["td"] = round(T["tr"] - T["pt"], 2)
R = {r["n"]: r for r in rows}
tax, kok = R["市税"], R["国民健康保険税"]

# =========================================================== page 1
p = newpage(pno=1)
text(p, 480, 50, "令和６年３月", 9.5, align="l")
text(p, 430, 64, "丹波市税務部 収税課", 9.5)
text(p, 297, 100, "令和５年度 市税等の収納対策の取組状況", 15, "G", align="c")
text(p, 297, 120, "（令和６年２月末現在）", 11, "G", align="c")
y = 155
text(p, 50, y, "１　収納状況の概要", 11.5, "G")
y = wrap(p, 60, y + 20, "　令和６年２月末現在の収納状況は次のとおりである。市税の現年分は、前年同月を上回って推移している"
         "が、国民健康保険税は、滞納繰越分の収納率が前年同月を上回る一方で、現年分の収納率は前年同月を下回っている。", 480)
# panels
out_now = (T["co"] + T["ao"]) * 1000
out_prev = out_now + 34210000
panels = [("市税 現年分収納率", "令和６年２月末", f"{f2(tax['cr'])}％", f"前年同月比＋{f2(tax['cr'] - tax['pc'])}ポイント"),
          ("全債権 収入未済額", "令和６年２月末", f"約{out_now / 1e8:.1f}億円", "前年同月比 約3,421万円減"),
          ("国民健康保険税 滞納繰越分収納率", "令和６年２月末", f"{f2(kok['ar'])}％", f"前年同月比＋{f2(kok['ar'] - kok['pa'])}ポイント")]
px, py, pw, ph = 55, y + 10, 158, 82
for i, (lab, yr, big, sub) in enumerate(panels):
    x0 = px + i * (pw + 8)
    rct = fitz.Rect(x0, py, x0 + pw, py + ph)
    p.draw_rect(rct, color=(0.12, 0.31, 0.47), fill=(0.93, 0.96, 0.99), width=1.2)
    p.draw_rect(fitz.Rect(x0, py, x0 + pw, py + 18), color=None, fill=(0.12, 0.31, 0.47))
    sz = 8.5 if len(lab) < 14 else 7.5
    text(p, x0, py + 12.5, lab, sz, "G", color=(1, 1, 1), align="c", width=pw)
    text(p, x0, py + 32, yr, 8, "M", align="c", width=pw)
    text(p, x0, py + 56, big, 17, "G", color=(0.12, 0.31, 0.47), align="c", width=pw)
    text(p, x0, py + 73, sub, 8, "M", align="c", width=pw)
g.fact(1, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", tax["cr"], "percent",
       f"{f2(tax['cr'])}％", as_of=AS)
g.fact(1, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", round(tax["cr"] - tax["pc"], 2),
       "points", f"＋{f2(tax['cr'] - tax['pc'])}ポイント", as_of=AS)
g.fact(1, None, "全債権", FY, "令和６年２月末", "total", "outstanding", "interim", round(out_now, -7), "yen",
       f"約{out_now / 1e8:.1f}億円", approx=True, as_of=AS)
g.fact(1, None, "全債権", FY, "令和６年２月末", "total", "difference", "interim", -34210000, "yen", "約3,421万円減",
       approx=True, as_of=AS)
g.fact(1, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "arrears", "collection_rate", "interim", kok["ar"],
       "percent", f"{f2(kok['ar'])}％", as_of=AS)
g.fact(1, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "arrears", "difference", "interim",
       round(kok["ar"] - kok["pa"], 2), "points", f"＋{f2(kok['ar'] - kok['pa'])}ポイント", as_of=AS)
# bar chart with data labels
y = py + ph + 30
text(p, 50, y, "【図】市税（現年分）の２月末時点収納率の推移", 10, "G")
text(p, 545, y, "（単位：％）", 8, align="r")
HIST = [(2019, "令和元年度", "2020-02-29", 95.42), (2020, "令和２年度", "2021-02-28", 94.87),
        (2021, "令和３年度", "2022-02-28", 95.73), (2022, "令和４年度", "2023-02-28", tax["pc"]),
        (2023, "令和５年度", AS, tax["cr"])]
cx0, cy0, cw, chh = 90, y + 175, 440, 150   # baseline at cy0
p.draw_line((cx0, cy0), (cx0 + cw, cy0), color=(0, 0, 0), width=0.8)
lo, hi = 93.0, 97.0
for k in range(5):
    v = lo + k
    yy = cy0 - (v - lo) / (hi - lo) * chh
    p.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.8, 0.8, 0.8), width=0.3)
    text(p, cx0 - 4, yy + 3, f"{v:.1f}", 7.5, align="r")
bw = 46
for i, (fy, lab, asof, v) in enumerate(HIST):
    bx = cx0 + 25 + i * 86
    top = cy0 - (v - lo) / (hi - lo) * chh
    col = (0.12, 0.31, 0.47) if fy == FY else (0.6, 0.7, 0.82)
    p.draw_rect(fitz.Rect(bx, top, bx + bw, cy0), color=None, fill=col)
    text(p, bx + bw / 2, top - 4, f2(v), 8.5, "G", align="c")
    text(p, bx + bw / 2, cy0 + 13, lab, 8, align="c")
    g.fact(1, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f2(v), as_of=asof)
text(p, 60, cy0 + 32, "※ 各年度とも２月末日現在の累計収納率。縦軸は93.0％から表示している。", 8)
y = cy0 + 58
col_oku = tax["cc"] * 1000
y = wrap(p, 60, y, f"　２月末の市税現年分の収入済額は約{col_oku // 10**8}億{(col_oku % 10**8) // 10**6 * 100:,}万円で、"
         "出納整理期間を含めた年度末には、前年度決算を上回る収納率となる見込みである。", 480)
g.fact(1, "市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", round(col_oku, -6), "yen",
       f"約{col_oku // 10**8}億{(col_oku % 10**8) // 10**6 * 100:,}万円", approx=True, as_of=AS)

# =========================================================== page 2 (landscape)
p = newpage(LAND, pno=2)
text(p, 40, 45, "２　債権別収納状況（令和６年２月末現在）", 11.5, "G")
text(p, 802, 62, "（単位：千円、％）", 8.5, align="r")
W = [112] + [66, 66, 44] * 3 + [52, 44]
hdr1 = [("債権名", 1), ("現年度分", 3), ("滞納繰越分", 3), ("計", 3), ("前年同月", 1), ("差", 1)]
hdr2 = [""] + ["調定額", "収入済額", "収納率"] * 3 + ["収納率", "（ポイント）"]
body = []
for r in rows + [dict(T, sh="合計", n=None)]:
    body.append([r["sh"], c(r["ca"]), c(r["cc"]), f2(r["cr"]), c(r["aa"]), c(r["ac"]), f2(r["ar"]),
                 c(r["ta"]), c(r["tc"]), f2(r["tr"]), f2(r["pt"]), d2(r["td"])])
    for seg, pre in (("current", "c"), ("arrears", "a"), ("total", "t")):
        g.fact(2, r["n"], r["sh"], FY, "令和６年２月末", seg, "assessed", "interim", r[pre + "a"] * 1000, "yen",
               c(r[pre + "a"]), as_of=AS)
        g.fact(2, r["n"], r["sh"], FY, "令和６年２月末", seg, "collected", "interim", r[pre + "c"] * 1000, "yen",
               c(r[pre + "c"]), as_of=AS)
        g.fact(2, r["n"], r["sh"], FY, "令和６年２月末", seg, "collection_rate", "interim", r[pre + "r"], "percent",
               f2(r[pre + "r"]), as_of=AS)
    g.fact(2, r["n"], r["sh"], PFY, "前年同月", "total", "collection_rate", "interim", r["pt"], "percent", f2(r["pt"]),
           as_of=PAS)
    g.fact(2, r["n"], r["sh"], FY, "令和６年２月末", "total", "difference", "interim", r["td"], "points", d2(r["td"]),
           as_of=AS)
yb = grid(p, 40, 70, W, [hdr1, hdr2] + body, rh=24, size=8.3, head=2, aligns=["l"] + ["r"] * 11,
          bold_rows=(len(body) + 1,))
text(p, 45, yb + 16, "※ 収納率は、収入済額÷調定額×100。現年度分には、令和５年度中の随時課税分を含む。", 8)
text(p, 45, yb + 30, "※ 「前年同月」は令和５年２月末現在の計の収納率。差がマイナスの場合は△で表示している。", 8)
text(p, 45, yb + 44, "※ 国民健康保険税の現年度分は前年同月を下回っている（前年同月の現年度分収納率 "
     f"{f2(kok['pc'])}％）。", 8)
g.fact(2, "国民健康保険税", "国民健康保険税", PFY, "前年同月", "current", "collection_rate", "interim", kok["pc"],
       "percent", f"{f2(kok['pc'])}％", as_of=PAS)

# =========================================================== page 3 monthly
p = newpage(pno=3)
text(p, 50, 55, "３　月別収納状況（市税・現年分）", 11.5, "G")
text(p, 60, 78, "令和５年度（本年度）と令和４年度（前年度）の累計収納額及び累計収納率", 9.5)
ADJ_NOW, ADJ_PREV = tax["ca"], 6054880
text(p, 60, 94, f"現年分調定額（２月末）：本年度 {c(ADJ_NOW)}千円　前年度 {c(ADJ_PREV)}千円", 9)
g.fact(3, "市税", "市税", FY, "本年度", "current", "assessed", "interim", ADJ_NOW * 1000, "yen", c(ADJ_NOW) + "千円",
       as_of=AS)
g.fact(3, "市税", "市税", PFY, "前年度", "current", "assessed", "interim", ADJ_PREV * 1000, "yen",
       c(ADJ_PREV) + "千円", as_of=PAS)
MONTHS = [(4, "4月末", 8.12, 8.03), (5, "5月末", 24.35, 24.11), (6, "6月末", 35.28, 35.02), (7, "7月末", 44.61, 44.40),
          (8, "8月末", 53.97, 53.62), (9, "9月末", 60.24, 60.01), (10, "10月末", 66.83, 66.52),
          (11, "11月末", 74.55, 74.31), (12, "12月末", 83.62, 83.30), (1, "1月末", 90.14, 89.93),
          (2, "2月末", None, None), (3, "3月末", None, 97.36)]
import calendar


def month_end(fy, m):
    yr = fy if m >= 4 else fy + 1
    return f"{yr}-{m:02d}-{calendar.monthrange(yr, m)[1]:02d}"


mrows = [[("月", 1), ("本年度", 2), ("前年度", 2), ("差", 1)],
         ["", "累計収納額", "累計収納率", "累計収納額", "累計収納率", "（ポイント）"]]
for m, lab, rn, rp in MONTHS:
    if m == 2:
        now_c, prev_c = tax["cc"], round(ADJ_PREV * tax["pc"] / 100)
    else:
        now_c = round(ADJ_NOW * rn / 100) if rn is not None else None
        prev_c = round(ADJ_PREV * rp / 100) if rp is not None else None
    nr = rate(now_c, ADJ_NOW) if now_c is not None else None
    pr = rate(prev_c, ADJ_PREV) if prev_c is not None else None
    row = [lab, c(now_c) if now_c else "－", f2(nr) if nr else "－", c(prev_c) if prev_c else "－",
           f2(pr) if pr else "－", d2(nr - pr) if (nr and pr) else "－"]
    mrows.append(row)
    if now_c:
        a = month_end(FY, m)
        g.fact(3, "市税", "市税", FY, "本年度", "current", "collected", "interim", now_c * 1000, "yen", c(now_c), as_of=a)
        g.fact(3, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", nr, "percent", f2(nr), as_of=a)
        g.fact(3, "市税", "市税", FY, "本年度", "current", "difference", "interim", round(nr - pr, 2), "points",
               d2(nr - pr), as_of=a)
    if prev_c:
        a = month_end(PFY, m)
        g.fact(3, "市税", "市税", PFY, "前年度", "current", "collected", "interim", prev_c * 1000, "yen", c(prev_c),
               as_of=a)
        g.fact(3, "市税", "市税", PFY, "前年度", "current", "collection_rate", "interim", pr, "percent", f2(pr), as_of=a)
text(p, 545, 112, "（単位：千円、％）", 8.5, align="r")
yb = grid(p, 60, 118, [60, 90, 70, 90, 70, 95], mrows, rh=20, size=8.5, head=2, aligns=["c", "r", "r", "r", "r", "r"])
text(p, 62, yb + 14, "※ ３月末の前年度欄は、令和５年３月末日現在の累計（出納整理期間中の収納を含まない）。", 8)
# 前年同期 | 今期 (国保税)
y = yb + 44
text(p, 50, y, "【参考】国民健康保険税の収納状況（２月末時点、前年同期との比較）", 10, "G")
pr_rows = [["区分", "前年同期", "今期", "差"]]
for lab, seg, now_, prev_ in (("現年分", "current", kok["cr"], kok["pc"]), ("滞納繰越分", "arrears", kok["ar"], kok["pa"]),
                              ("計", "total", kok["tr"], kok["pt"])):
    pr_rows.append([lab + "収納率（％）", f2(prev_), f2(now_), d2(now_ - prev_)])
    g.fact(3, "国民健康保険税", "国民健康保険税", PFY, "前年同期", seg, "collection_rate", "interim", prev_, "percent",
           f2(prev_), as_of=PAS)
    g.fact(3, "国民健康保険税", "国民健康保険税", FY, "今期", seg, "collection_rate", "interim", now_, "percent",
           f2(now_), as_of=AS)
    g.fact(3, "国民健康保険税", "国民健康保険税", FY, "今期", seg, "difference", "interim", round(now_ - prev_, 2),
           "points", d2(now_ - prev_), as_of=AS)
yb = grid(p, 60, y + 8, [150, 90, 90, 90], pr_rows, rh=19, size=8.5, aligns=["l", "r", "r", "r"])

# =========================================================== page 4
p = newpage(pno=4)
text(p, 50, 55, "４　地域別の収納状況（市税・現年分、令和６年２月末現在）", 11.5, "G")
AREAS = [("柏原地域", 512340, 96.88, 96.70), ("氷上地域", 1702460, 96.52, 96.31), ("青垣地域", 398720, 95.91, 95.88),
         ("春日地域", 806150, 96.27, 96.02), ("山南地域", 1024310, 96.05, 95.71), ("市島地域", 669160, 96.02, 95.84)]
rest = tax["ca"] - sum(a[1] for a in AREAS)
AREAS.append(("市外・法人等", rest, None, 96.45))
ar_rows = [["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月（％）", "差（ポイント）"]]
sum_c = 0
for i, (an, adj, rn, rp) in enumerate(AREAS):
    if rn is None:
        col_ = tax["cc"] - sum_c
    else:
        col_ = round(adj * rn / 100)
        sum_c += col_
    rr = rate(col_, adj)
    ar_rows.append([an, c(adj), c(col_), f2(rr), f2(rp), d2(rr - rp)])
    area = an
    dr = "市税"
    if True:
        for metric, v, raw in (("assessed", adj * 1000, c(adj)), ("collected", col_ * 1000, c(col_)),
                               ("collection_rate", rr, f2(rr))):
            g.fact(4, "市税", dr, FY, "令和６年２月末", "current", metric, "interim", v,
                   "percent" if metric == "collection_rate" else "yen", raw, as_of=AS, area=area)
        g.fact(4, "市税", dr, PFY, "前年同月", "current", "collection_rate", "interim", rp, "percent", f2(rp), as_of=PAS,
               area=area)
        g.fact(4, "市税", dr, FY, "令和６年２月末", "current", "difference", "interim", round(rr - rp, 2), "points",
               d2(rr - rp), as_of=AS, area=area)
ar_rows.append(["計", c(tax["ca"]), c(tax["cc"]), f2(tax["cr"]), f2(tax["pc"]), d2(tax["cr"] - tax["pc"])])
yb = grid(p, 55, 68, [95, 85, 85, 70, 75, 75], ar_rows, rh=18, size=8.5, aligns=["l", "r", "r", "r", "r", "r"],
          bold_rows=(len(ar_rows) - 1,))
text(p, 57, yb + 13, "※ 「市外・法人等」は、市外に住所を有する納税義務者及び法人市民税の分である。", 7.8)
# 後期高齢 in 円, metrics as rows
y = yb + 40
text(p, 50, y, "【参考】後期高齢者医療保険料（普通徴収分）の状況（令和６年２月末現在）", 10, "G")
KK = dict(ca=98412600, cc=91376450, aa=7350400, ac=2331210)
kk_rows = [["項目", "現年分", "滞納繰越分"],
           ["調定額（円）", c(KK["ca"]), c(KK["aa"])],
           ["収入済額（円）", c(KK["cc"]), c(KK["ac"])],
           ["収納率（％）", f2(rate(KK["cc"], KK["ca"])), f2(rate(KK["ac"], KK["aa"]))]]
dr = "後期高齢者医療保険料（普通徴収分）"
for seg, a_, c_ in (("current", KK["ca"], KK["cc"]), ("arrears", KK["aa"], KK["ac"])):
    g.fact(4, "後期高齢者医療保険料", dr, FY, "令和６年２月末", seg, "assessed", "interim", a_, "yen", c(a_), as_of=AS)
    g.fact(4, "後期高齢者医療保険料", dr, FY, "令和６年２月末", seg, "collected", "interim", c_, "yen", c(c_), as_of=AS)
    g.fact(4, "後期高齢者医療保険料", dr, FY, "令和６年２月末", seg, "collection_rate", "interim", rate(c_, a_),
           "percent", f2(rate(c_, a_)), as_of=AS)
yb = grid(p, 60, y + 8, [130, 110, 110], kk_rows, rh=18, size=8.5, aligns=["l", "r", "r"])
# long-format table start
HIST2 = {  # name: {fy: (cur rate, arr rate, outstanding 千円)} 2月末
    n: {} for n in R}
base = {"市税": (95.73, 16.85, 398420), "国民健康保険税": (87.92, 18.76, 352180), "介護保険料": (95.81, 15.42, 47210),
        "後期高齢者医療保険料": (97.31, 28.74, 17820), "保育料": (94.20, 14.33, 19150), "市営住宅使用料": (91.64, 10.92, 47610)}
for n, r in R.items():
    HIST2[n][FY] = (r["cr"], r["ar"], r["co"] + r["ao"])
    HIST2[n][PFY] = (r["pc"], r["pa"], round((r["co"] + r["ao"]) * 1.04))
    HIST2[n][2021] = base[n]
y = yb + 30
text(p, 50, y, "５　債権別の２月末時点の推移", 11.5, "G")
text(p, 545, y + 12, "（単位：％、千円）", 8.5, align="r")
LH = ["債権名", "年度", "収納率（現年分）", "収納率（滞納繰越分）", "収入未済額"]
LW = [140, 80, 95, 105, 90]
allrows = []
ENY = {2023: "令和５年度", 2022: "令和４年度", 2021: "令和３年度"}
ASY = {2023: AS, 2022: PAS, 2021: "2022-02-28"}
for n in R:
    for fy in (2023, 2022, 2021):
        a, b, o = HIST2[n][fy]
        allrows.append((n, fy, [n, ENY[fy], f2(a), f2(b), c(o)]))
first, second = allrows[:9], allrows[9:]
yb = grid(p, 55, y + 18, LW, [LH] + [r[2] for r in first], rh=17, size=8.3, aligns=["l", "c", "r", "r", "r"])
text(p, 545, yb + 12, "（次ページへ続く）", 8, align="r")
for n, fy, row in first:
    a, b, o = HIST2[n][fy]
    for seg, metric, v, raw, unit in (("current", "collection_rate", a, f2(a), "percent"),
                                      ("arrears", "collection_rate", b, f2(b), "percent"),
                                      ("total", "outstanding", o * 1000, c(o), "yen")):
        g.fact(4, n, n, fy, ENY[fy], seg, metric, "interim", v, unit, raw, as_of=ASY[fy])

# =========================================================== page 5
p = newpage(pno=5)
text(p, 50, 55, "５　債権別の２月末時点の推移（続き）", 11.5, "G")
text(p, 545, 67, "（単位：％、千円）", 8.5, align="r")
yb = grid(p, 55, 73, LW, [LH] + [r[2] for r in second], rh=17, size=8.3, aligns=["l", "c", "r", "r", "r"])
for n, fy, row in second:
    a, b, o = HIST2[n][fy]
    for seg, metric, v, raw, unit in (("current", "collection_rate", a, f2(a), "percent"),
                                      ("arrears", "collection_rate", b, f2(b), "percent"),
                                      ("total", "outstanding", o * 1000, c(o), "yen")):
        g.fact(5, n, n, fy, ENY[fy], seg, metric, "interim", v, unit, raw, as_of=ASY[fy])
y = yb + 35
text(p, 50, y, "６　年度末の収納率の見込み", 11.5, "G")
text(p, 545, y + 12, "（単位：％）", 8.5, align="r")
EST = {"市税": (98.95, 20.40, 98.80, 19.92, 99.00, 21.00), "国民健康保険税": (93.60, 23.10, 93.84, 22.35, 94.00, 23.00),
       "介護保険料": (98.85, 19.20, 98.79, 18.87, 99.00, 19.00), "後期高齢者医療保険料": (99.55, 34.00, 99.51, 33.42, 99.60, 35.00),
       "保育料": (98.20, 18.00, 98.05, 17.46, 98.50, 18.00), "市営住宅使用料": (96.10, 13.50, 95.88, 12.97, 96.50, 14.00)}
er = [[("債権名", 1), ("令和４年度決算", 2), ("令和５年度見込", 2), ("令和５年度目標", 2)],
      [""] + ["現年分", "滞納繰越分"] * 3]
for n, (ec, ea, pc_, pa_, tc_, ta_) in EST.items():
    er.append([n, f2(pc_), f2(pa_), f2(ec), f2(ea), f2(tc_), f2(ta_)])
    for fy, basis, cv, av, fr in ((PFY, "actual", pc_, pa_, "令和４年度"), (FY, "estimate", ec, ea, "令和５年度"),
                                  (FY, "target", tc_, ta_, "令和５年度")):
        g.fact(5, n, n, fy, fr, "current", "collection_rate", basis, cv, "percent", f2(cv))
        g.fact(5, n, n, fy, fr, "arrears", "collection_rate", basis, av, "percent", f2(av))
yb = grid(p, 55, y + 18, [140, 56, 62, 56, 62, 56, 62], er, rh=18, size=8.3, head=2, aligns=["l"] + ["r"] * 6)
text(p, 57, yb + 13, "※ 見込は、２月末の実績に前年度の３月から５月（出納整理期間）の収納実績を加味して推計した。", 7.8)

# =========================================================== page 6: two columns
p = newpage(pno=6)
text(p, 50, 55, "７　年度末に向けた取組", 11.5, "G")
p.draw_line((297, 75), (297, 790), color=(0.6, 0.6, 0.6), width=0.4)
L = (55, 230)   # left column x, width
Rr = (312, 230)
yl = 85
yl = wrap(p, L[0], yl, "（１）市税", L[1], 10, "G")
t_est = EST["市税"]
para1 = (f"　市税の現年分は、２月末の収納率が{f2(tax['cr'])}％となり、前年同月を{f2(tax['cr'] - tax['pc'])}ポイント上回った。"
         f"年度末の現年分収納率は{f2(t_est[0])}％を見込んでおり、目標の{f2(t_est[4])}％の達成に向けて、次の取組を進める。")
yl = wrap(p, L[0], yl + 2, para1, L[1], 9.3)
g.fact(6, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", tax["cr"], "percent",
       f"{f2(tax['cr'])}％となり", as_of=AS)
g.fact(6, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", round(tax["cr"] - tax["pc"], 2),
       "points", f"{f2(tax['cr'] - tax['pc'])}ポイント上回", as_of=AS)
g.fact(6, "市税", "市税", FY, None, "current", "collection_rate", "estimate", t_est[0], "percent", f"{f2(t_est[0])}％を見込")
g.fact(6, "市税", "市税", FY, None, "current", "collection_rate", "target", t_est[4], "percent", f"目標の{f2(t_est[4])}％")
items_l = [("①", "３月に滞納整理強化月間を設け、給与照会の済んだ事案から順に差押えを実施する。", "拡充"),
           ("②", "出納整理期間中の納付を促すため、４月上旬に未納者全員へ催告書を送付する。", "継続"),
           ("③", "高額滞納事案は兵庫県と共同で滞納整理を行い、不動産の公売も検討する。", "継続")]
for lab, t, st in items_l:
    yl = wrap(p, L[0], yl + 3, f"{lab}{t}【{st}】", L[1], 9.3, indent2=10)
    g.init(6, "市税", FY, "年度末に向けた取組", lab, t, st)
yl = wrap(p, L[0], yl + 10, "（２）国民健康保険税", L[1], 10, "G")
k_est = EST["国民健康保険税"]
para2 = (f"　現年分の２月末の収納率は{f2(kok['cr'])}％で、前年同月を{f2(kok['pc'] - kok['cr'])}ポイント下回っている。"
         f"年度末の現年分は{f2(k_est[0])}％と前年度決算をやや下回る見込みである。")
yl = wrap(p, L[0], yl + 2, para2, L[1], 9.3)
g.fact(6, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "collection_rate", "interim", kok["cr"],
       "percent", f"{f2(kok['cr'])}％で", as_of=AS)
g.fact(6, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim",
       round(kok["cr"] - kok["pc"], 2), "points", f"{f2(kok['pc'] - kok['cr'])}ポイント下回", as_of=AS)
g.fact(6, "国民健康保険税", "国民健康保険税", FY, None, "current", "collection_rate", "estimate", k_est[0], "percent",
       f"{f2(k_est[0])}％と")
items_k = [("①", "納付相談の際に、口座振替への切替えを必ず案内する。", "継続"),
           ("②", "保険年金課と収税課で滞納者情報を共有し、短期被保険者証の交付時に分納計画を見直す。", "新規")]
for lab, t, st in items_k:
    yl = wrap(p, L[0], yl + 3, f"{lab}{t}【{st}】", L[1], 9.3, indent2=10)
    g.init(6, "国民健康保険税", FY, "年度末に向けた取組", lab, t, st)
# right column
yr = 85
yr = wrap(p, Rr[0], yr, "（３）その他の債権", Rr[1], 10, "G")
hk = R["保育料"]
ju = R["市営住宅使用料"]
para3 = (f"　保育料の滞納繰越分の収入未済額は、２月末で{c(hk['ao'])}千円となった。市営住宅使用料は、"
         f"滞納繰越分の収納率が{f2(ju['ar'])}％と低く、収入未済額は約{round(ju['ao'] * 1000, -6) // 10**6:,}百万円が"
         "残っている。")
yr = wrap(p, Rr[0], yr + 2, para3, Rr[1], 9.3)
g.fact(6, "保育料", "保育料", FY, "令和６年２月末", "arrears", "outstanding", "interim", hk["ao"] * 1000, "yen",
       f"{c(hk['ao'])}千円", as_of=AS)
g.fact(6, "市営住宅使用料", "市営住宅使用料", FY, "令和６年２月末", "arrears", "collection_rate", "interim", ju["ar"],
       "percent", f"{f2(ju['ar'])}％と低", as_of=AS)
g.fact(6, "市営住宅使用料", "市営住宅使用料", FY, "令和６年２月末", "arrears", "outstanding", "interim",
       round(ju["ao"] * 1000, -6), "yen", f"約{round(ju['ao'] * 1000, -6) // 10**6:,}百万円", approx=True, as_of=AS)
items_o = [("①", "保育料は、退所者への催告を退所後２か月以内に行う。", "継続", "保育料"),
           ("②", "市営住宅使用料は、明渡請求訴訟の対象事案を３月中に選定する。", "新規", "市営住宅使用料"),
           ("③", "各債権の所管課向けに、滞納処分の実務研修を３月に開催する。", None, None)]
for lab, t, st, dn in items_o:
    yr = wrap(p, Rr[0], yr + 3, f"{lab}{t}" + (f"【{st}】" if st else ""), Rr[1], 9.3, indent2=10)
    g.init(6, dn, FY, "年度末に向けた取組", lab, t, st)
yr = wrap(p, Rr[0], yr + 10, "（４）全体の見通し", Rr[1], 10, "G")
para4 = (f"　全債権の２月末の収納率（計）は{f2(T['tr'])}％で、前年同月比{f2(T['td'])}ポイントの上昇である。"
         "出納整理期間を含め、全庁で年度末の収納率向上に取り組む。")
yr = wrap(p, Rr[0], yr + 2, para4, Rr[1], 9.3)
g.fact(6, None, "全債権", FY, "令和６年２月末", "total", "collection_rate", "interim", T["tr"], "percent",
       f"{f2(T['tr'])}％で", as_of=AS)
g.fact(6, None, "全債権", FY, "令和６年２月末", "total", "difference", "interim", T["td"], "points",
       f"前年同月比{f2(T['td'])}ポイント", as_of=AS)

doc.subset_fonts()
out = os.path.join(SET, "pdf", STEM + ".pdf")
doc.save(out, garbage=4, deflate=True)
doc.close()
g.save(out)
