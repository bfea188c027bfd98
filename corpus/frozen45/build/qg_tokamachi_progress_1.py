"""十日町市 令和5年度 債権管理の取組状況（中間報告・令和6年2月末現在） — openpyxl -> LibreOffice.

Run from corpus/frozen45:  python3 build/qg_tokamachi_progress_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

from qg_common import PDF_DIR, WORK, Gold, c, check, rate, trif  # noqa: E402

STEM = "qg_tokamachi_progress_1"
CITY = "十日町市"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
NOW = "2024-02-29"   # 令和6年2月末 (閏年)
PREV = "2023-02-28"  # 前年同月
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-18", "令和6年3月18日")
F = g.fact

# ---------------------------------------------------------------- data (千円, 2月末)
# section, debt, printed, (cur now a,c), (cur prev a,c), (arr now a,c), (arr prev a,c), est cur, est arr
DATA = [
    ("一般会計", "市税", "市税", (6184220, 5679760), (6102870, 5583450), (268410, 61240), (291530, 60870), 99.12, 27.50),
    ("一般会計", "保育料", "保育料", (88460, 80210), (91320, 82950), (4820, 1030), (5410, 1120), 98.90, 24.00),
    ("一般会計", "市営住宅使用料", "市営住宅使用料", (104380, 95120), (107650, 97730), (21640, 2380), (22910, 2640), 97.40, 13.00),
    ("一般会計", "生活保護費返還金", "生活保護費返還金", (15230, 8140), (13880, 7620), (38450, 2410), (36920, 2530), 62.00, 7.50),
    ("特別会計", "国民健康保険税", "国民健康保険税", (1524680, 1252700), (1561230, 1289250), (402360, 70850), (428740, 74310), 94.80, 20.50),
    ("特別会計", "介護保険料", "介護保険料", (1396540, 1343180), (1384210, 1330560), (26870, 4820), (28130, 4690), 99.20, 19.00),
    ("特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", (702480, 689310), (688910, 675540), (3640, 1150), (3910, 1180), 99.75, 33.00),
    ("企業会計", "水道料金", "水道料金", (1382460, 1241880), (1391700, 1248320), (16820, 8940), (17550, 9020), 99.40, 55.00),
    ("企業会計", "下水道使用料", "下水道使用料", (1128930, 1013820), (1119480, 1003610), (14260, 7380), (15020, 7520), 99.35, 53.00),
]
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]
MONTH_END = {4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31, 1: 31}
CUM_NOW = [512340, 1498620, 2385410, 3012880, 3498230, 3902560, 4385170, 4762940, 5128310, 5402680, 5679760]
CUM_PREV = [498710, 1471350, 2341280, 2962140, 3440860, 3841520, 4316950, 4690230, 5046770, 5318060, 5583450]
AREAS = [  # 地域, now (a,c), prev (a,c), 滞納者数
    ("十日町地域", (4412530, 4062180), (4356120, 3987640), 1024),
    ("川西地域", (612840, 558930), (604380, 550210), 146),
    ("中里地域", (498160, 455210), (491230, 448560), 118),
    ("松代地域", (372910, 337840), (368540, 332170), 97),
    ("松之山地域", (287780, 265600), (282600, 264870), 61),
]
KEI = {"now": (148236400, 141908700), "prev": (145912800, 139265100)}  # 軽自動車税（円）
# long format: debt, printed, fy, fy printed, basis label, basis, cur rate, arr rate, outstanding (千円)
LONG = [
    ("市税", "市税", 2022, "令和4年度", "決算", "actual", 99.05, 26.84, 268410),
    ("市税", "市税", 2023, "令和5年度", "見込", "estimate", 99.12, 27.50, 237000),
    ("市税", "市税", 2023, "令和5年度", "目標", "target", 99.10, 27.00, 240000),
    ("国民健康保険税", "国保税", 2022, "令和4年度", "決算", "actual", 94.62, 19.84, 402360),
    ("国民健康保険税", "国保税", 2023, "令和5年度", "見込", "estimate", 94.80, 20.50, 369000),
    ("国民健康保険税", "国保税", 2023, "令和5年度", "目標", "target", 95.00, 21.00, 375000),
    ("介護保険料", "介護料", 2022, "令和4年度", "決算", "actual", 99.18, 18.62, 26870),
    ("介護保険料", "介護料", 2023, "令和5年度", "見込", "estimate", 99.20, 19.00, 28900),
    ("介護保険料", "介護料", 2023, "令和5年度", "目標", "target", 99.25, 20.00, 27500),
    ("後期高齢者医療保険料", "後期高齢", 2022, "令和4年度", "決算", "actual", 99.71, 32.47, 3640),
    ("後期高齢者医療保険料", "後期高齢", 2023, "令和5年度", "見込", "estimate", 99.75, 33.00, 3950),
    ("後期高齢者医療保険料", "後期高齢", 2023, "令和5年度", "目標", "target", 99.75, 35.00, 3800),
]
assert sum(a[1][0] for a in AREAS) == DATA[0][3][0] and sum(a[1][1] for a in AREAS) == DATA[0][3][1]
assert sum(a[2][0] for a in AREAS) == DATA[0][4][0] and sum(a[2][1] for a in AREAS) == DATA[0][4][1]
assert CUM_NOW[-1] == DATA[0][3][1] and CUM_PREV[-1] == DATA[0][4][1]

# ---------------------------------------------------------------- styles
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
thick = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E2F3")
SECT = PatternFill("solid", fgColor="F2F2F2")
SUBT = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()


def setup(ws, landscape=False, fit_h=1, scale=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if scale:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = scale
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = fit_h
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.font = "IPAexMincho"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def put(ws, ref, v, size=9, bold=False, al="left", fill=None, border=True, wrap=False, valign="center"):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FN, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(rr, cc).border = BOX


def col(i):
    from openpyxl.utils import get_column_letter
    return get_column_letter(i)


def sgn(x, nd=2):
    return trif(x, nd, mark="▲", plus="＋")


# precomputed figures
tax = DATA[0]
t_now = rate(tax[3][1], tax[3][0])
t_prev = rate(tax[4][1], tax[4][0])
kk = DATA[4]
k_now = rate(kk[3][1], kk[3][0])
k_prev = rate(kk[4][1], kk[4][0])
out_now = sum(d[3][0] - d[3][1] + d[5][0] - d[5][1] for d in DATA)
out_prev = sum(d[4][0] - d[4][1] + d[6][0] - d[6][1] for d in DATA)
oku_now = round(out_now / 10000) / 10   # 億円 1 decimal (千円 -> 億円)
oku_prev = round(out_prev / 10000) / 10
man_now = round(out_now / 100) * 100      # 約…万円 (百万円単位に丸め)
man_diff = round((out_prev - out_now) / 100) * 100


def man_s(thousand):
    m = thousand // 10
    o, r = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万" if r else "") + "円"


# ================================================================= sheet 1 (p1): 概要 + panels
P = 1
ws = wb.active
ws.title = "概要"
setup(ws)
for i, w in enumerate([2, 20, 2, 20, 2, 20, 2, 20, 2], 1):
    ws.column_dimensions[col(i)].width = w
merge(ws, "A1:I1", TITLE, size=15, bold=True, al="center", border=False)
merge(ws, "A2:I2", "― 令和6年2月末現在 ―", size=11, al="center", border=False)
merge(ws, "F3:I3", "令和6年3月18日　十日町市総務部税務課", size=9, al="right", border=False)
ws.row_dimensions[1].height = 26
ws.row_dimensions[4].height = 10
PANELS = [
    ("【市税】収納率（現年課税分）", "令和6年2月末", f"{t_now:.2f}％", f"前年同月比 {sgn(t_now - t_prev)}ポイント"),
    ("【国保税】収納率（現年課税分）", "令和6年2月末", f"{k_now:.2f}％", f"前年同月比 {sgn(k_now - k_prev)}ポイント"),
    ("【主要9債権】収入未済額", "令和6年2月末", f"{oku_now:.1f}億円", f"前年同月 {oku_prev:.1f}億円"),
    ("【市税】年度末収納率見込（現年）", "令和5年度", f"{tax[7]:.2f}％", f"前年度決算 {LONG[0][6]:.2f}％"),
]
for k, (l1, l2, big, small) in enumerate(PANELS):
    cl = col(2 + 2 * k)
    merge(ws, f"{cl}5:{cl}5", l1, size=8, bold=True, al="center", fill=HEAD, wrap=True)
    merge(ws, f"{cl}6:{cl}6", l2, size=8, al="center")
    merge(ws, f"{cl}7:{cl}7", big, size=16, bold=True, al="center")
    merge(ws, f"{cl}8:{cl}8", small, size=8, al="center", wrap=True)
ws.row_dimensions[5].height = 30
ws.row_dimensions[7].height = 30
ws.row_dimensions[8].height = 24
F(P, "市税", "市税", 2023, "令和6年2月末", "current", "collection_rate", "interim", t_now, "percent", f"{t_now:.2f}％", as_of=NOW)
F(P, "市税", "市税", 2023, "令和6年2月末", "current", "difference", "interim", round(t_now - t_prev, 2), "points",
  f"{sgn(t_now - t_prev)}ポイント", as_of=NOW)
F(P, "国民健康保険税", "国保税", 2023, "令和6年2月末", "current", "collection_rate", "interim", k_now, "percent", f"{k_now:.2f}％", as_of=NOW)
F(P, "国民健康保険税", "国保税", 2023, "令和6年2月末", "current", "difference", "interim", round(k_now - k_prev, 2), "points",
  f"{sgn(k_now - k_prev)}ポイント", as_of=NOW)
F(P, None, "主要9債権", 2023, "令和6年2月末", "total", "outstanding", "interim", int(round(oku_now * 100000000)), "yen",
  f"{oku_now:.1f}億円", as_of=NOW)
F(P, None, "主要9債権", 2022, "前年同月", "total", "outstanding", "interim", int(round(oku_prev * 100000000)), "yen",
  f"{oku_prev:.1f}億円", as_of=PREV)
F(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "estimate", tax[7], "percent", f"{tax[7]:.2f}％")
F(P, "市税", "市税", 2022, "前年度決算", "current", "collection_rate", "actual", LONG[0][6], "percent", f"{LONG[0][6]:.2f}％")

r = 10
merge(ws, f"A{r}:I{r}", "１　概要", size=11, bold=True, border=False)
ta_now = rate(tax[5][1], tax[5][0])
ta_prev = rate(tax[6][1], tax[6][0])
paras = [
    ("本市では、「十日町市債権管理方針」に基づき、市税をはじめとする主要9債権について収納率の向上と収入未済額の縮減に"
     "取り組んでいる。本報告は、令和5年度の取組の途中経過を令和6年2月末現在でとりまとめたものである。"),
    (f"2月末の市税の収納率は、現年課税分が{t_now:.2f}％で前年同月と比べて{abs(t_now - t_prev):.2f}ポイント上昇し、"
     f"滞納繰越分は{ta_now:.2f}％で前年同月から{abs(ta_now - ta_prev):.2f}ポイント上昇した。"
     f"国民健康保険税の現年課税分は{k_now:.2f}％で、前年同月を{abs(k_now - k_prev):.2f}ポイント下回っている。"),
    (f"主要9債権の2月末の収入未済額は約{man_s(man_now)}で、前年同月と比べて約{man_s(man_diff)}減少した。"
     "年度末に向けて、納付相談と滞納処分を並行して進め、出納整理期間中の収納にも力を入れる。"),
]
F(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", t_now, "percent", f"{t_now:.2f}％", as_of=NOW)
F(P, "市税", "市税", 2023, "2月末", "current", "difference", "interim", round(t_now - t_prev, 2), "points",
  f"{abs(t_now - t_prev):.2f}ポイント", as_of=NOW)
F(P, "市税", "市税", 2023, "2月末", "arrears", "collection_rate", "interim", ta_now, "percent", f"{ta_now:.2f}％", as_of=NOW)
F(P, "市税", "市税", 2023, "2月末", "arrears", "difference", "interim", round(ta_now - ta_prev, 2), "points",
  f"{abs(ta_now - ta_prev):.2f}ポイント", as_of=NOW)
F(P, "国民健康保険税", "国民健康保険税", 2023, "2月末", "current", "collection_rate", "interim", k_now, "percent", f"{k_now:.2f}％", as_of=NOW)
F(P, "国民健康保険税", "国民健康保険税", 2023, "2月末", "current", "difference", "interim", round(k_now - k_prev, 2), "points",
  f"{abs(k_now - k_prev):.2f}ポイント", as_of=NOW)
F(P, None, "主要9債権", 2023, "2月末", "total", "outstanding", "interim", man_now * 1000, "yen", f"約{man_s(man_now)}",
  as_of=NOW, approx=True)
F(P, None, "主要9債権", 2023, "2月末", "total", "difference", "interim", -man_diff * 1000, "yen", f"約{man_s(man_diff)}",
  as_of=NOW, approx=True)
for k, t in enumerate(paras):
    rr = r + 1 + k
    merge(ws, f"A{rr}:I{rr}", "　" + t, size=9.5, wrap=True, border=False, valign="top")
    ws.row_dimensions[rr].height = 40
rr = r + 5
merge(ws, f"A{rr}:I{rr}", "２　主要債権の収納状況（令和6年2月末）………………… 2ページ", size=9.5, border=False)
merge(ws, f"A{rr + 1}:I{rr + 1}", "３　月別収納状況（市税）………………………………… 3ページ", size=9.5, border=False)
merge(ws, f"A{rr + 2}:I{rr + 2}", "４　地域別の収納状況（市税）、５　年度末見込と目標 … 4ページ", size=9.5, border=False)
merge(ws, f"A{rr + 3}:I{rr + 3}", "６　債権別の取組状況 ………………………………………… 5～6ページ", size=9.5, border=False)
merge(ws, f"A{rr + 5}:I{rr + 5}", "※　収入未済額は、2月末の調定額から収入済額を差し引いた額（不納欠損処分前）である。", size=8.5,
      border=False)
# 【参考】 box: 令和4年度決算
r4_out = sum(d[5][0] for d in DATA)  # 令和4年度末の収入未済額 = 令和5年度の滞納繰越分調定額
r4_man = round(r4_out / 10) * 10
bx = rr + 7
ref = ("【参考】令和4年度決算の状況\n"
       f"・市税の収納率（現年課税分）：{LONG[0][6]:.2f}％\n"
       f"・市税の収納率（滞納繰越分）：{LONG[0][7]:.2f}％\n"
       f"・主要9債権の収入未済額：約{man_s(r4_man)}\n"
       f"・国民健康保険税の収入未済額：{c(LONG[3][8])}千円")
merge(ws, f"B{bx}:H{bx}", ref, size=9.5, wrap=True, valign="top")
ws.row_dimensions[bx].height = 80
F(P, "市税", "市税", 2022, "令和4年度決算", "current", "collection_rate", "actual", LONG[0][6], "percent", f"{LONG[0][6]:.2f}％")
F(P, "市税", "市税", 2022, "令和4年度決算", "arrears", "collection_rate", "actual", LONG[0][7], "percent", f"{LONG[0][7]:.2f}％")
F(P, None, "主要9債権", 2022, "令和4年度決算", "total", "outstanding", "actual", r4_man * 1000, "yen", f"約{man_s(r4_man)}",
  approx=True)
F(P, "国民健康保険税", "国民健康保険税", 2022, "令和4年度決算", "total", "outstanding", "actual", LONG[3][8] * 1000, "yen",
  f"{c(LONG[3][8])}千円")
ws.print_area = f"A1:I{bx}"

# ================================================================= sheet 2 (p2, landscape): 主要債権の収納状況
P = 2
ws = wb.create_sheet("収納状況")
setup(ws, landscape=True)
widths = [22, 13, 13, 9, 13, 13, 9, 10, 10]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[col(i)].width = w
merge(ws, "A1:I1", "２　主要債権の収納状況（令和6年2月末）", size=12, bold=True, border=False)
merge(ws, "A2:I2", "（１）現年度分", size=10, bold=True, border=False)
merge(ws, "A3:A4", "債権名", bold=True, al="center", fill=HEAD)
merge(ws, "B3:D3", "今期", bold=True, al="center", fill=HEAD)
merge(ws, "E3:G3", "前年同期", bold=True, al="center", fill=HEAD)
merge(ws, "H3:H4", "増減\n（ポイント）", bold=True, al="center", fill=HEAD, wrap=True)
merge(ws, "I3:I4", "年度末見込\n収納率（％）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
for k, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）", "調定額（千円）", "収入済額（千円）", "収納率（％）"]):
    put(ws, f"{col(2 + k)}4", h, bold=True, al="center", fill=HEAD, size=8.5)
ws.row_dimensions[3].height = 16
ws.row_dimensions[4].height = 18
r = 5


def cur_row(r, label, now, prev, debt, raw, est=None, fill=None, bold=False):
    rn, rp = rate(now[1], now[0]), rate(prev[1], prev[0])
    d = round(rn - rp, 2)
    vals = [c(now[0]), c(now[1]), f"{rn:.2f}", c(prev[0]), c(prev[1]), f"{rp:.2f}", sgn(d),
            f"{est:.2f}" if est is not None else "－"]
    put(ws, f"A{r}", label, bold=bold, fill=fill)
    for k, v in enumerate(vals):
        put(ws, f"{col(2 + k)}{r}", v, al="right" if v != "－" else "center", fill=fill, bold=bold)
    F(P, debt, raw, 2023, "今期", "current", "assessed", "interim", now[0] * 1000, "yen", c(now[0]), as_of=NOW)
    F(P, debt, raw, 2023, "今期", "current", "collected", "interim", now[1] * 1000, "yen", c(now[1]), as_of=NOW)
    F(P, debt, raw, 2023, "今期", "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=NOW)
    F(P, debt, raw, 2022, "前年同期", "current", "assessed", "interim", prev[0] * 1000, "yen", c(prev[0]), as_of=PREV)
    F(P, debt, raw, 2022, "前年同期", "current", "collected", "interim", prev[1] * 1000, "yen", c(prev[1]), as_of=PREV)
    F(P, debt, raw, 2022, "前年同期", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=PREV)
    F(P, debt, raw, 2023, "増減", "current", "difference", "interim", d, "points", sgn(d), as_of=NOW)
    if est is not None:
        F(P, debt, raw, 2023, "年度末見込", "current", "collection_rate", "estimate", est, "percent", f"{est:.2f}")


tot_now, tot_prev = [0, 0], [0, 0]
for sect in ("一般会計", "特別会計", "企業会計"):
    merge(ws, f"A{r}:I{r}", f"【{sect}】", bold=True, fill=SECT)
    r += 1
    s_now, s_prev = [0, 0], [0, 0]
    for sec, debt, raw, cn, cp, an, ap, ec, ea in DATA:
        if sec != sect:
            continue
        cur_row(r, "　" + raw, cn, cp, debt, raw, ec)
        for k in range(2):
            s_now[k] += cn[k]
            s_prev[k] += cp[k]
        r += 1
    cur_row(r, "小計", s_now, s_prev, None, "小計", None, fill=SUBT, bold=True)
    for k in range(2):
        tot_now[k] += s_now[k]
        tot_prev[k] += s_prev[k]
    r += 1
cur_row(r, "合計", tot_now, tot_prev, None, "合計", None, fill=HEAD, bold=True)
r += 2

# (2) 滞納繰越分: rate columns first (another column order)
merge(ws, f"A{r}:I{r}", "（２）滞納繰越分", size=10, bold=True, border=False)
r += 1
h1 = r
merge(ws, f"A{h1}:A{h1 + 1}", "債権名", bold=True, al="center", fill=HEAD)
merge(ws, f"B{h1}:D{h1}", "収納率（％）", bold=True, al="center", fill=HEAD)
merge(ws, f"E{h1}:F{h1}", "今期", bold=True, al="center", fill=HEAD)
merge(ws, f"G{h1}:H{h1}", "前年同期", bold=True, al="center", fill=HEAD)
merge(ws, f"I{h1}:I{h1 + 1}", "年度末見込\n収納率（％）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
for k, h in enumerate(["今期", "前年同期", "増減", "調定額（千円）", "収入済額（千円）", "調定額（千円）", "収入済額（千円）"]):
    put(ws, f"{col(2 + k)}{h1 + 1}", h, bold=True, al="center", fill=HEAD, size=8.5)
r = h1 + 2
ta, tp = [0, 0], [0, 0]
for sec, debt, raw, cn, cp, an, ap, ec, ea in DATA:
    rn, rp = rate(an[1], an[0]), rate(ap[1], ap[0])
    d = round(rn - rp, 2)
    vals = [f"{rn:.2f}", f"{rp:.2f}", sgn(d), c(an[0]), c(an[1]), c(ap[0]), c(ap[1]), f"{ea:.2f}"]
    put(ws, f"A{r}", raw)
    for k, v in enumerate(vals):
        put(ws, f"{col(2 + k)}{r}", v, al="right")
    F(P, debt, raw, 2023, "今期", "arrears", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=NOW)
    F(P, debt, raw, 2022, "前年同期", "arrears", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=PREV)
    F(P, debt, raw, 2023, "増減", "arrears", "difference", "interim", d, "points", sgn(d), as_of=NOW)
    F(P, debt, raw, 2023, "今期", "arrears", "assessed", "interim", an[0] * 1000, "yen", c(an[0]), as_of=NOW)
    F(P, debt, raw, 2023, "今期", "arrears", "collected", "interim", an[1] * 1000, "yen", c(an[1]), as_of=NOW)
    F(P, debt, raw, 2022, "前年同期", "arrears", "assessed", "interim", ap[0] * 1000, "yen", c(ap[0]), as_of=PREV)
    F(P, debt, raw, 2022, "前年同期", "arrears", "collected", "interim", ap[1] * 1000, "yen", c(ap[1]), as_of=PREV)
    F(P, debt, raw, 2023, "年度末見込", "arrears", "collection_rate", "estimate", ea, "percent", f"{ea:.2f}")
    for k in range(2):
        ta[k] += an[k]
        tp[k] += ap[k]
    r += 1
rn, rp = rate(ta[1], ta[0]), rate(tp[1], tp[0])
d = round(rn - rp, 2)
vals = [f"{rn:.2f}", f"{rp:.2f}", sgn(d), c(ta[0]), c(ta[1]), c(tp[0]), c(tp[1]), "－"]
put(ws, f"A{r}", "合計", bold=True, fill=HEAD)
for k, v in enumerate(vals):
    put(ws, f"{col(2 + k)}{r}", v, al="right" if v != "－" else "center", bold=True, fill=HEAD)
F(P, None, "合計", 2023, "今期", "arrears", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=NOW)
F(P, None, "合計", 2022, "前年同期", "arrears", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=PREV)
F(P, None, "合計", 2023, "増減", "arrears", "difference", "interim", d, "points", sgn(d), as_of=NOW)
F(P, None, "合計", 2023, "今期", "arrears", "assessed", "interim", ta[0] * 1000, "yen", c(ta[0]), as_of=NOW)
F(P, None, "合計", 2023, "今期", "arrears", "collected", "interim", ta[1] * 1000, "yen", c(ta[1]), as_of=NOW)
F(P, None, "合計", 2022, "前年同期", "arrears", "assessed", "interim", tp[0] * 1000, "yen", c(tp[0]), as_of=PREV)
F(P, None, "合計", 2022, "前年同期", "arrears", "collected", "interim", tp[1] * 1000, "yen", c(tp[1]), as_of=PREV)
r += 1
merge(ws, f"A{r}:I{r}", "※ 今期は令和5年度の令和6年2月末、前年同期は令和4年度の令和5年2月末の数値。増減の▲は低下を示す。", size=8,
      border=False)
ws.print_area = f"A1:I{r}"

# ================================================================= sheet 3 (p3): 月別収納状況 + 円の表
P = 3
ws = wb.create_sheet("月別")
setup(ws)
widths = [10, 14, 10, 14, 10, 10, 2, 3]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[col(i)].width = w
merge(ws, "A1:F1", "３　月別収納状況（市税・現年課税分）", size=12, bold=True, border=False)
merge(ws, "A2:F2", "収納率は、2月末現在の調定額（令和5年度 6,184,220千円、令和4年度 6,102,870千円）に対する累計の割合", size=8,
      border=False, wrap=True)
ws.row_dimensions[2].height = 24
F(P, "市税", "市税", 2023, "令和5年度", "current", "assessed", "interim", tax[3][0] * 1000, "yen", "6,184,220千円", as_of=NOW)
F(P, "市税", "市税", 2022, "令和4年度", "current", "assessed", "interim", tax[4][0] * 1000, "yen", "6,102,870千円", as_of=PREV)
assert c(tax[3][0]) == "6,184,220" and c(tax[4][0]) == "6,102,870"
merge(ws, "A3:A4", "月末", bold=True, al="center", fill=HEAD)
merge(ws, "B3:C3", "令和5年度", bold=True, al="center", fill=HEAD)
merge(ws, "D3:E3", "令和4年度", bold=True, al="center", fill=HEAD)
merge(ws, "F3:F4", "差\n（ポイント）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
for k, h in enumerate(["収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）"]):
    put(ws, f"{col(2 + k)}4", h, bold=True, al="center", fill=HEAD, size=8)
ws.row_dimensions[4].height = 18
for i, m in enumerate(MONTHS):
    rr = 5 + i
    yn = 2023 if m >= 4 else 2024
    yp = yn - 1
    dn = MONTH_END.get(m, 29)
    dp = MONTH_END.get(m, 28)
    asn, asp = f"{yn}-{m:02d}-{dn:02d}", f"{yp}-{m:02d}-{dp:02d}"
    rn, rp = rate(CUM_NOW[i], tax[3][0]), rate(CUM_PREV[i], tax[4][0])
    d = round(rn - rp, 2)
    put(ws, f"A{rr}", f"{m}月末", al="center")
    for k, v in enumerate([c(CUM_NOW[i]), f"{rn:.2f}", c(CUM_PREV[i]), f"{rp:.2f}", sgn(d)]):
        put(ws, f"{col(2 + k)}{rr}", v, al="right", fill=SECT if i % 2 else None)
    F(P, "市税", "市税", 2023, "令和5年度", "current", "collected", "interim", CUM_NOW[i] * 1000, "yen", c(CUM_NOW[i]), as_of=asn)
    F(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=asn)
    F(P, "市税", "市税", 2022, "令和4年度", "current", "collected", "interim", CUM_PREV[i] * 1000, "yen", c(CUM_PREV[i]), as_of=asp)
    F(P, "市税", "市税", 2022, "令和4年度", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=asp)
    F(P, "市税", "市税", 2023, "差", "current", "difference", "interim", d, "points", sgn(d), as_of=asn)
rr = 5 + len(MONTHS)
merge(ws, f"A{rr}:F{rr}", "※ 3月末の数値は出納整理期間（4月・5月）の収納を含めて年度末に確定する。", size=8, border=False)
# 円の表 (軽自動車税)
rr += 2
merge(ws, f"A{rr}:F{rr}", "（参考）軽自動車税（種別割）の収納状況（2月末、単位：円）", size=10, bold=True, border=False)
rr += 1
for k, h in enumerate(["区分", "調定額", "収入済額", "収納率（％）"]):
    if k == 0:
        put(ws, f"A{rr}", h, bold=True, al="center", fill=HEAD)
    else:
        merge(ws, f"{col(2 * k)}{rr}:{col(2 * k + 1)}{rr}" if k < 3 else f"F{rr}:F{rr}", h, bold=True, al="center", fill=HEAD)
for j, (lab, key, fy, asof) in enumerate((("今期", "now", 2023, NOW), ("前年同期", "prev", 2022, PREV))):
    q = rr + 1 + j
    a_, c_ = KEI[key]
    rt = rate(c_, a_)
    put(ws, f"A{q}", lab, al="center")
    merge(ws, f"B{q}:C{q}", c(a_), al="right")
    merge(ws, f"D{q}:E{q}", c(c_), al="right")
    put(ws, f"F{q}", f"{rt:.2f}", al="right")
    F(P, "軽自動車税", "軽自動車税（種別割）", fy, lab, "current", "assessed", "interim", a_, "yen", c(a_), as_of=asof)
    F(P, "軽自動車税", "軽自動車税（種別割）", fy, lab, "current", "collected", "interim", c_, "yen", c(c_), as_of=asof)
    F(P, "軽自動車税", "軽自動車税（種別割）", fy, lab, "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=asof)
merge(ws, f"A{rr + 3}:F{rr + 3}", "※ 現年課税分。上の月別表は千円単位、この表は円単位で表示している。", size=8, border=False)
ws.print_area = f"A1:F{rr + 3}"

# ================================================================= sheet 4 (p4): 地域別
P = 4
ws = wb.create_sheet("地域別")
setup(ws)
widths = [14, 13, 13, 9, 9, 9, 9]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[col(i)].width = w
merge(ws, "A1:G1", "４　地域別の収納状況（市税・現年課税分、令和6年2月末）", size=12, bold=True, border=False)
merge(ws, "A3:A4", "地域", bold=True, al="center", fill=HEAD)
merge(ws, "B3:D3", "今期", bold=True, al="center", fill=HEAD)
merge(ws, "E3:E4", "前年同期\n収納率（％）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
merge(ws, "F3:F4", "増減\n（ポイント）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
merge(ws, "G3:G4", "滞納者数\n（人）", bold=True, al="center", fill=HEAD, wrap=True, size=8)
for k, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）"]):
    put(ws, f"{col(2 + k)}4", h, bold=True, al="center", fill=HEAD, size=8)
ws.row_dimensions[3].height = 16
ws.row_dimensions[4].height = 22
rows_ = AREAS + [("計", (sum(a[1][0] for a in AREAS), sum(a[1][1] for a in AREAS)),
                  (sum(a[2][0] for a in AREAS), sum(a[2][1] for a in AREAS)), sum(a[3] for a in AREAS))]
for i, (area, now, prev, pers) in enumerate(rows_):
    q = 5 + i
    rn, rp = rate(now[1], now[0]), rate(prev[1], prev[0])
    d = round(rn - rp, 2)
    is_tot = area == "計"
    fill = HEAD if is_tot else None
    put(ws, f"A{q}", area, bold=is_tot, fill=fill, al="center" if is_tot else "left")
    for k, v in enumerate([c(now[0]), c(now[1]), f"{rn:.2f}", f"{rp:.2f}", sgn(d), c(pers)]):
        put(ws, f"{col(2 + k)}{q}", v, al="right", bold=is_tot, fill=fill)
    ar = None if is_tot else area
    F(P, "市税", "市税", 2023, "今期", "current", "assessed", "interim", now[0] * 1000, "yen", c(now[0]), as_of=NOW, area=ar)
    F(P, "市税", "市税", 2023, "今期", "current", "collected", "interim", now[1] * 1000, "yen", c(now[1]), as_of=NOW, area=ar)
    F(P, "市税", "市税", 2023, "今期", "current", "collection_rate", "interim", rn, "percent", f"{rn:.2f}", as_of=NOW, area=ar)
    F(P, "市税", "市税", 2022, "前年同期", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}", as_of=PREV, area=ar)
    F(P, "市税", "市税", 2023, "増減", "current", "difference", "interim", d, "points", sgn(d), as_of=NOW, area=ar)
    F(P, "市税", "市税", 2023, "今期", "current", "delinquents", "interim", pers, "persons", c(pers), as_of=NOW, area=ar)
q = 5 + len(rows_) + 1
best = max(AREAS, key=lambda a: rate(a[1][1], a[1][0]))
worst = min(AREAS, key=lambda a: rate(a[1][1], a[1][0]))
rb, rw = rate(best[1][1], best[1][0]), rate(worst[1][1], worst[1][0])
txt = (f"　地域別では、{best[0]}の収納率が{rb:.2f}％で最も高く、{worst[0]}は{rw:.2f}％と最も低い。"
       f"{worst[0]}は高齢者世帯の割合が高く、納付書による納付が多いことから、支所の窓口での口座振替の勧奨と、"
       "冬期間の訪問に代わる電話による納付相談を強化している。")
merge(ws, f"A{q}:G{q}", txt, size=9.5, wrap=True, border=False, valign="top")
ws.row_dimensions[q].height = 58
F(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", rb, "percent", f"{rb:.2f}％", as_of=NOW, area=best[0])
F(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", rw, "percent", f"{rw:.2f}％", as_of=NOW, area=worst[0])
merge(ws, f"A{q + 1}:G{q + 1}", "※ 地域は合併前の旧市町村の区域。滞納者数は2月末現在で現年課税分に滞納のある者の数。", size=8, border=False)
# 5 long-format table (one row per debt and year)
r = q + 3
merge(ws, f"A{r}:G{r}", "５　年度末見込と目標（主要4債権）", size=12, bold=True, border=False)
r += 1
for k, h in enumerate(["債権名", "年度", "区分", "現年度分\n収納率（％）", "滞納繰越分\n収納率（％）", "収入未済額\n（千円）"]):
    if k < 5:
        put(ws, f"{col(1 + k)}{r}", h, bold=True, al="center", fill=HEAD, wrap=True, size=8)
    else:
        merge(ws, f"F{r}:G{r}", h, bold=True, al="center", fill=HEAD, wrap=True, size=8)
ws.row_dimensions[r].height = 26
r += 1
for debt, raw, fy, fyr, blab, basis, rc, ra, out in LONG:
    mark = "※" if basis == "estimate" else ""
    put(ws, f"A{r}", raw, size=8.5)
    put(ws, f"B{r}", fyr, al="center", size=8.5)
    put(ws, f"C{r}", blab, al="center", size=8.5)
    put(ws, f"D{r}", f"{rc:.2f}{mark}", al="right", size=8.5)
    put(ws, f"E{r}", f"{ra:.2f}{mark}", al="right", size=8.5)
    merge(ws, f"F{r}:G{r}", c(out) + mark, al="right", size=8.5)
    F(P, debt, raw, fy, fyr, "current", "collection_rate", basis, rc, "percent", f"{rc:.2f}")
    F(P, debt, raw, fy, fyr, "arrears", "collection_rate", basis, ra, "percent", f"{ra:.2f}")
    F(P, debt, raw, fy, fyr, "total", "outstanding", basis, out * 1000, "yen", c(out))
    r += 1
merge(ws, f"A{r}:G{r}", "※ 見込は2月末の実績と前年度の3月・出納整理期間の収納実績から推計した。国保税：国民健康保険税、"
      "介護料：介護保険料、後期高齢：後期高齢者医療保険料", size=8, border=False, wrap=True)
ws.row_dimensions[r].height = 26
ws.print_area = f"A1:G{r}"

# ================================================================= sheet 5 (p5-6): 取組状況 (long table, repeated header) + long format
ws = wb.create_sheet("取組状況")
setup(ws, fit_h=0)
widths = [11, 3.5, 31, 7, 12, 25]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[col(i)].width = w
NOTES = ["早期の接触により新規滞納の発生を抑えられている。引き続き実施する。",
         "電子照会により回答までの期間が短縮された。対象金融機関の拡大を検討する。",
         "移管案件は全件で納付計画を締結した。次年度も継続する。",
         "利用件数は想定を上回っており、周知を続ける。",
         "窓口での申込みが定着しつつある。郵送での受付も検討する。",
         "分納誓約の不履行が課題であり、履行状況の確認を毎月行う。",
         "財産調査の結果、処分可能な財産のない世帯は執行停止を検討する。",
         "加入率は緩やかに上昇している。",
         "予告により納付に至った例が多く、効果が認められる。",
         "切替えの時期を早めるため、年金保険者との調整を行う。",
         "窓口での案内に加え、加入時の通知に案内を同封する。",
         "申出の件数が少なく、制度の周知が必要である。",
         "連絡のつかない世帯が残っており、住所調査を行う。",
         "面談後に分納誓約を締結した入居者が多い。",
         "保証人の高齢化により回収が難しい例がある。",
         "年度内に2件の申立てを予定している。",
         "停止に至る前の納付が増えている。",
         "委託後3か月で約4割が回収された。",
         "水道料金と同時に収納されており、課題は少ない。"]
note_i = 0
merge(ws, "A1:F1", "６　債権別の取組状況（令和5年度）", size=12, bold=True, border=False)
put(ws, "A2", "債権名", bold=True, al="center", fill=HEAD)
put(ws, "B2", "No", bold=True, al="center", fill=HEAD)
put(ws, "C2", "取組項目", bold=True, al="center", fill=HEAD)
put(ws, "D2", "実施状況", bold=True, al="center", fill=HEAD)
put(ws, "E2", "2月末までの実績", bold=True, al="center", fill=HEAD)
put(ws, "F2", "課題・今後の対応", bold=True, al="center", fill=HEAD)
ws.print_title_rows = "2:2"
ITEMS = [
    ("市税", "市税", [("1", "現年度分の未納者に対し、納期限後の早期の電話催告を行う。【継続】", "実施中", "催告 3,412件"),
                    ("2", "預貯金・給与の電子照会を活用し、差押えを早期に執行する。【拡充】", "実施中", "差押え 286件"),
                    ("3", "新潟県地方税徴収機構への高額・困難案件の移管を行う。【継続】", "実施済", "移管 5件"),
                    ("4", "スマートフォン決済アプリの対象税目を拡大する。【新規】", "実施済", "令和5年10月開始")]),
    ("国民健康保険税", "国民健康保険税", [("1", "資格取得時に口座振替の申込みを受け付ける。【継続】", "実施中", "申込み 318件"),
                                  ("2", "短期被保険者証の交付対象世帯と個別に納付相談を行う。【継続】", "実施中", "相談 526件"),
                                  ("3", "滞納額50万円以上の世帯について財産調査を行い、滞納処分を執行する。【拡充】", "実施中", "差押え 74件")]),
    ("介護保険料", "介護保険料", [("1", "普通徴収の被保険者に口座振替を勧奨する。【継続】", "実施中", "新規 162件"),
                            ("2", "滞納が1年を超える被保険者に給付制限の予告を行う。【継続】", "実施済", "予告 28件")]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", [("1", "年金からの特別徴収への切替えを早期に行う。【継続】", "実施中", "切替え 94件"),
                                          ("2", "新規加入者への口座振替の案内を窓口で行う。【新規】", "実施中", "案内 210件")]),
    ("保育料", "保育料", [("1", "児童手当からの申出徴収を勧奨する。【継続】", "実施中", "申出 41件"),
                      ("2", "卒園児世帯の滞納について、文書と電話による催告を行う。【継続】", "実施済", "催告 33件")]),
    ("市営住宅使用料", "市営住宅使用料", [("1", "滞納3か月以上の入居者に明渡しを前提とした面談を行う。【継続】", "実施中", "面談 14件"),
                                ("2", "退去者の連帯保証人に対する請求を行う。【継続】", "実施中", "請求 18件"),
                                ("3", "支払督促の申立てを行う。【拡充】", "未実施", "3月申立て予定")]),
    ("水道料金", "水道料金", [("1", "2か月分以上の未納者に給水停止予告を行う。【継続】", "実施中", "予告 602件"),
                          ("2", "閉栓者の未納料金を債権回収会社に委託する。【新規】", "実施済", "委託 87件")]),
    ("下水道使用料", "下水道使用料", [("1", "水道料金と一体で督促・催告を行う。【継続】", "実施中", "－")]),
]
r = 3
BREAK_AFTER = "後期高齢者医療保険料"
page = 5
for debt, raw, items in ITEMS:
    r0 = r
    for no, t, stt, res in items:
        put(ws, f"B{r}", no, al="center")
        put(ws, f"C{r}", t, wrap=True, size=9)
        put(ws, f"D{r}", stt, al="center", size=8.5)
        put(ws, f"E{r}", res, size=8.5, wrap=True)
        put(ws, f"F{r}", NOTES[note_i], size=8.5, wrap=True)
        note_i += 1
        ws.row_dimensions[r].height = 48
        body = t
        tag = None
        for tg in ("継続", "拡充", "新規"):
            if body.endswith(f"【{tg}】"):
                tag = tg
                body = body[: -len(tg) - 2]
        g.init(page, debt, 2023, "債権別の取組状況", no, body, tag)
        r += 1
    merge(ws, f"A{r0}:A{r - 1}", raw, wrap=True, size=9, valign="center")
    if debt == BREAK_AFTER:
        ws.row_breaks.append(Break(id=r - 1))
        page = 6
merge(ws, f"A{r}:F{r}", "※ 【継続】【拡充】【新規】は令和5年度当初の債権管理方針における区分。", size=8, border=False)
ws.print_area = f"A1:F{r}"

# ---------------------------------------------------------------- build
xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xp)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
gp = g.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
