"""nd_narita_progress_1: 令和５年度 債権管理の取組状況（中間報告・令和６年２月末現在） — openpyxl -> LibreOffice.

Run from corpus/dev53:  python3 build/nd_narita_progress_1.py
All figures are invented; the layout follows real mid-year 取組状況 reports (see README_nd.md).
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nd_common import Gold, PDF_DIR, WORK, check, comma, rate, tri, zen, oku_man  # noqa: E402

STEM = "nd_narita_progress_1"
CITY = "成田市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "chukan", CITY, TITLE, "2024-02-29", "令和６年２月末現在")
FY, PFY = 2023, 2022
AS, PAS = "2024-02-29", "2023-02-28"

# ----------------------------------------------------------------------------- data (千円)
DEBTS = {  # key: canonical, table label, full name, 区分
    "shizei": ("市税", "市税", "市税", "強制"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険税", "強制"),
    "kaigo": ("介護保険料", "介護保険料", "介護保険料", "強制"),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療保険料", "強制"),
    "hoiku": ("保育料", "保育所保育料", "保育所保育料", "強制"),
    "gesui": ("下水道使用料", "下水道使用料", "下水道使用料", "強制"),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "市営住宅使用料", "非強制"),
}
ORDER = list(DEBTS)
# annual current assessed (Feb-end), Feb current rate R4->R5, arrears assessed, Feb arrears rate R4->R5
SPEC = {
    "shizei": (33_815_000, (97.61, 97.84), 846_000, (23.12, 24.31)),
    "kokuho": (4_352_000, (89.37, 89.86), 1_024_000, (20.55, 21.48)),
    "kaigo": (3_548_000, (97.92, 97.88), 72_400, (14.71, 15.62)),
    "kouki": (2_046_000, (98.88, 98.95), 14_550, (32.80, 33.95)),
    "hoiku": (351_800, (96.72, 96.95), 41_020, (13.90, 14.35)),
    "gesui": (1_628_000, (97.15, 97.33), 28_900, (37.95, 38.60)),
    "jutaku": (48_820, (95.10, 94.72), 22_310, (9.85, 10.42)),
}
rnd = random.Random(5302)
FEB = {}   # FEB[k][fy] = dict(ca, cc, aa, ac)
for k, (ca0, (r4, r5), aa0, (a4, a5)) in SPEC.items():
    FEB[k] = {}
    for fy, cr, ar, f in ((PFY, r4, a4, 0.985), (FY, r5, a5, 1.0)):
        ca = round(ca0 * f * (1 + rnd.uniform(-0.004, 0.004)))
        aa = round(aa0 * (1.06 if fy == PFY else 1.0) * (1 + rnd.uniform(-0.01, 0.01)))
        FEB[k][fy] = dict(ca=ca, cc=round(ca * cr / 100), aa=aa, ac=round(aa * ar / 100))
# 国保税 current: districts in 円, then the 千円 table takes the rounded total
DISTRICTS = [("成田", 0.192), ("公津", 0.118), ("八生", 0.041), ("中郷", 0.027), ("久住", 0.036), ("豊住", 0.022),
             ("遠山", 0.083), ("ニュータウン", 0.238), ("下総", 0.094), ("大栄", 0.149)]
kk_ca_yen = FEB["kokuho"][FY]["ca"] * 1000 + rnd.randint(0, 999)
DIST = []
left = kk_ca_yen
for i, (nm, share) in enumerate(DISTRICTS):
    a = left if i == len(DISTRICTS) - 1 else round(kk_ca_yen * share / 10) * 10 + rnd.randint(0, 9) * 10
    left -= a
    r = 89.86 + {"ニュータウン": 1.4, "成田": -0.9, "公津": 0.5, "下総": -1.6, "大栄": -1.1, "遠山": 0.3,
                 "八生": 0.9, "中郷": 1.2, "久住": 0.2, "豊住": 1.7}[nm] + rnd.uniform(-0.2, 0.2)
    c = round(a * r / 100 / 10) * 10
    hh = round(a / 1_000_000 * (100 - r) * 1.9) + rnd.randint(0, 9)
    DIST.append((nm, a, c, hh))
kk_cc_yen = sum(c for _, _, c, _ in DIST)
FEB["kokuho"][FY]["ca"] = round(kk_ca_yen / 1000)
FEB["kokuho"][FY]["cc"] = round(kk_cc_yen / 1000)
# R4 決算 (actual) rates, R5 targets, R5 決算見込 (current, arrears)
FINAL4 = {"shizei": (99.06, 30.12), "kokuho": (94.31, 25.74), "kaigo": (99.18, 20.35), "kouki": (99.61, 44.02),
          "hoiku": (98.51, 18.26), "gesui": (99.02, 45.10), "jutaku": (97.33, 13.04)}
TARGET5 = {"shizei": (99.10, 31.00), "kokuho": (94.60, 26.50), "kaigo": (99.20, 21.00), "kouki": (99.62, 44.00),
           "hoiku": (98.60, 19.00), "gesui": (99.05, 45.50), "jutaku": (97.50, 13.50)}
EST5 = {"shizei": (99.14, 31.35), "kokuho": (94.48, 26.62), "kaigo": (99.15, 21.08), "kouki": (99.63, 44.40),
        "hoiku": (98.66, 18.71), "gesui": (99.07, 45.52), "jutaku": (97.12, 13.61)}
# 見込収入未済額 (千円): total and arrears part, for the 備考 column
EST_OUT = {k: (round(FEB[k][FY]["ca"] * (100 - EST5[k][0]) / 100 + FEB[k][FY]["aa"] * (100 - EST5[k][1]) / 100 * 0.93),
               round(FEB[k][FY]["aa"] * (100 - EST5[k][1]) / 100 * 0.93)) for k in ORDER}

# 市税 現年課税分 monthly cumulative (千円)
A_FR = [0.472, 0.551, 0.986, 0.9931, 0.9958, 0.9969, 0.9978, 0.9986, 0.9992, 0.9996, 1.0, 1.0003]
C_FR = {PFY: [0.1203, 0.2688, 0.3710, 0.4965, 0.5601, 0.6318, 0.7044, 0.7752, 0.8487, 0.9046, None, 0.9905],
        FY: [0.1221, 0.2709, 0.3741, 0.4990, 0.5629, 0.6347, 0.7069, 0.7779, 0.8512, 0.9071, None, None]}
MONTHS = ["４月末", "５月末", "６月末", "７月末", "８月末", "９月末", "10月末", "11月末", "12月末", "１月末", "２月末", "３月末"]
MONTH_DATES = {PFY: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
                     "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"],
               FY: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
                    "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"]}
MON = {}
for fy in (PFY, FY):
    ca_feb, cc_feb = FEB["shizei"][fy]["ca"], FEB["shizei"][fy]["cc"]
    rows = []
    for i in range(12):
        if fy == FY and i == 11:
            rows.append(None)
            continue
        a = ca_feb if i == 10 else round(ca_feb * A_FR[i])
        c = cc_feb if i == 10 else round(ca_feb * C_FR[fy][i])
        rows.append((a, c))
    MON[fy] = rows

# ----------------------------------------------------------------------------- styles
FONT = "IPAexGothic"
thin = Side(style="thin", color="333333")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E4D2")
HEAD2 = PatternFill("solid", fgColor="EEF3EA")
TOTF = PatternFill("solid", fgColor="E6E6E6")


def cell(ws, ref, v, size=10, bold=False, h="left", v_="center", fill=None, border=True, wrap=False, rot=0,
         font=FONT, color="000000"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold, color=color)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, text_rotation=rot)
    if fill:
        c.fill = fill
    if border:
        c.border = BORDER
    return c


def box(ws, rng, **kw):
    """Border every cell of a merged range."""
    for row in ws[rng]:
        for c in row:
            if kw.get("border", True):
                c.border = BORDER
            if kw.get("fill"):
                c.fill = kw["fill"]


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    box(ws, rng, **kw)
    return cell(ws, first, v, **kw)


def setup(ws, landscape=False, widths=None, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    ws.sheet_view.showGridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    for i, w in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


wb = Workbook()

# ============================================================================= p1 概要
P = 1
ws = wb.active
ws.title = "概要"
setup(ws, widths=[2.5, 15, 11, 11, 11, 11, 2.5, 13, 12, 12])
merge(ws, "A1:J1", TITLE, size=16, bold=True, h="center", border=False)
merge(ws, "A2:J2", "（令和６年２月末現在）", size=11, h="center", border=False)
merge(ws, "H3:J3", "成田市 財政部 収納課", size=10, h="right", border=False)
ws.row_dimensions[1].height = 30
ws.row_dimensions[2].height = 20
cell(ws, "A5", "１　収納状況の概要", size=12.5, bold=True, border=False)
cell(ws, "A6", "（１）市税", size=11, bold=True, border=False)
sz = FEB["shizei"]
cr5, cr4 = rate(sz[FY]["cc"], sz[FY]["ca"]), rate(sz[PFY]["cc"], sz[PFY]["ca"])
ar5, ar4 = rate(sz[FY]["ac"], sz[FY]["aa"]), rate(sz[PFY]["ac"], sz[PFY]["aa"])
t5 = rate(sz[FY]["cc"] + sz[FY]["ac"], sz[FY]["ca"] + sz[FY]["aa"])
t4 = rate(sz[PFY]["cc"] + sz[PFY]["ac"], sz[PFY]["ca"] + sz[PFY]["aa"])
cell(ws, "B7", "【収納率】令和６年２月末時点", size=10.5, bold=True, border=False)
lines = []
for seg, lab, v5, v4 in (("current", "現年分", cr5, cr4), ("arrears", "滞繰分", ar5, ar4), ("total", "合　計", t5, t4)):
    a = G.fact(P, "市税", "市税", FY, "令和６年２月末", seg, "collection_rate", "interim", v5, "percent",
               zen(f"{v5:.2f}％"), as_of=AS)
    b = G.fact(P, "市税", "市税", PFY, "前年同月", seg, "collection_rate", "interim", v4, "percent",
               zen(f"{v4:.2f}％"), as_of=PAS)
    lines.append(f"・{lab}　{a}（前年同月　{b}）")
for i, t in enumerate(lines):
    cell(ws, f"C{8 + i}", t, size=10.5, border=False)
    ws.row_dimensions[8 + i].height = 17
# prose: 未収額
out5 = sz[FY]["ca"] + sz[FY]["aa"] - sz[FY]["cc"] - sz[FY]["ac"]
out4 = sz[PFY]["ca"] + sz[PFY]["aa"] - sz[PFY]["cc"] - sz[PFY]["ac"]
o5y, dy = round(out5 * 1000, -6), round((out4 - out5) * 1000, -6)
ro = G.fact(P, "市税", "市税", FY, "２月末時点", "total", "outstanding", "interim", o5y, "yen", "約" + oku_man(o5y),
            approx=True, as_of=AS)
rd = G.fact(P, "市税", "市税", FY, "２月末時点", "total", "difference", "interim", -dy, "yen", "約" + oku_man(dy),
            approx=True, as_of=AS)
rp = G.fact(P, "市税", "市税", FY, "２月末時点", "current", "difference", "interim", round(cr5 - cr4, 2), "points",
            f"{cr5 - cr4:.2f}ポイント", as_of=AS)
DQ5, DQ4 = 4812, 5027
rq5 = G.fact(P, "市税", "市税", FY, "２月末時点", "total", "delinquents", "interim", DQ5, "persons", f"{comma(DQ5)}人",
             as_of=AS)
rq4 = G.fact(P, "市税", "市税", PFY, "前年同月", "total", "delinquents", "interim", DQ4, "persons", f"{comma(DQ4)}人",
             as_of=PAS)
rqd = G.fact(P, "市税", "市税", FY, "２月末時点", "total", "difference", "interim", DQ5 - DQ4, "persons",
             f"{DQ4 - DQ5}人", as_of=AS)
merge(ws, "B12:J15", f"　市税の２月末時点の未収額（調定額から収入済額を差し引いた額）は{ro}で、前年同月から{rd}の減少と"
      f"なった。現年分の収納率は前年同月比{rp}上昇しており、口座振替及びスマートフォン決済の利用拡大が寄与している。"
      f"また、滞納者数は{rq5}で、前年同月（{rq4}）から{rqd}減少した。",
      size=10.5, wrap=True, v_="top", border=False)
for r in (12, 13, 14, 15):
    ws.row_dimensions[r].height = 17
# 【参考】 box
f4o = FEB["shizei"][FY]["aa"]
k1 = G.fact(P, "市税", "市税", PFY, "令和４年度決算", "current", "collection_rate", "actual", FINAL4["shizei"][0],
            "percent", f"{FINAL4['shizei'][0]:.2f}％")
k2 = G.fact(P, "市税", "市税", PFY, "令和４年度決算", "arrears", "collection_rate", "actual", FINAL4["shizei"][1],
            "percent", f"{FINAL4['shizei'][1]:.2f}％")
k3y = round(f4o * 1000, -6)
k3 = G.fact(P, "市税", "市税", PFY, "令和４年度決算", "total", "outstanding", "actual", k3y, "yen", "約" + oku_man(k3y),
            approx=True)
merge(ws, "B17:J20", f"【参考】令和４年度決算（市税）\n　・現年分収納率：{k1}\n　・滞繰分収納率：{k2}\n　・収入未済額：{k3}",
      size=10, wrap=True, v_="top")
for r in range(17, 21):
    ws.row_dimensions[r].height = 16
# panels
cell(ws, "A22", "（２）主要指標（令和６年２月末）", size=11, bold=True, border=False)
PAN = [("B23:C25", "国保税 現年分収納率", "kokuho", "current"), ("E23:F25", "介護保険料 現年分収納率", "kaigo", "current"),
       ("H23:I25", "保育所保育料 現年分収納率", "hoiku", "current")]
for rng, lab, k, seg in PAN:
    f = FEB[k]
    v5, v4 = rate(f[FY]["cc"], f[FY]["ca"]), rate(f[PFY]["cc"], f[PFY]["ca"])
    r1 = G.fact(P, DEBTS[k][0], lab.split(" ")[0], FY, "令和６年２月末", seg, "collection_rate", "interim", v5, "percent",
                f"{v5:.2f}％", as_of=AS)
    d = round(v5 - v4, 2)
    r2 = G.fact(P, DEBTS[k][0], lab.split(" ")[0], FY, "令和６年２月末", seg, "difference", "interim", d, "points",
                ("＋" if d >= 0 else "△") + f"{abs(d):.2f}ポイント", as_of=AS)
    c0, r0 = rng.split(":")[0][0], int(rng.split(":")[0][1:])
    c1 = rng.split(":")[1][0]
    merge(ws, f"{c0}{r0}:{c1}{r0}", lab, size=9.5, bold=True, h="center", fill=HEAD)
    merge(ws, f"{c0}{r0 + 1}:{c1}{r0 + 1}", r1, size=18, bold=True, h="center")
    merge(ws, f"{c0}{r0 + 2}:{c1}{r0 + 2}", f"前年同月比 {r2}", size=9.5, h="center")
    ws.row_dimensions[r0 + 1].height = 34
    ws.row_dimensions[r0].height = 18
    ws.row_dimensions[r0 + 2].height = 18
# two tables of different orientation side by side
cell(ws, "A27", "（３）主要債権の収納率及び未収額（令和６年２月末）", size=11, bold=True, border=False)
cell(ws, "B28", "表１　収納率（単位：％）", size=9.5, border=False)
cell(ws, "H28", "表２　未収額（単位：千円）", size=9.5, border=False)
keys4 = ["shizei", "kokuho", "kaigo", "kouki"]
cell(ws, "B29", "区分", h="center", fill=HEAD)
for j, k in enumerate(keys4):
    col = get_column_letter(3 + j)
    cell(ws, f"{col}29", DEBTS[k][1] if k != "kouki" else "後期高齢", h="center", fill=HEAD, wrap=True)
for i, (seg, lab) in enumerate((("current", "現年分収納率"), ("arrears", "滞繰分収納率"))):
    r = 30 + i
    cell(ws, f"B{r}", lab, fill=HEAD2)
    for j, k in enumerate(keys4):
        f = FEB[k][FY]
        v = rate(f["cc"], f["ca"]) if seg == "current" else rate(f["ac"], f["aa"])
        raw = G.fact(P, DEBTS[k][0], DEBTS[k][1] if k != "kouki" else "後期高齢", FY, "令和６年２月末", seg,
                     "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=AS)
        cell(ws, f"{get_column_letter(3 + j)}{r}", raw, h="right")
cell(ws, "H29", "債権名", h="center", fill=HEAD)
cell(ws, "I29", "現年分", h="center", fill=HEAD)
cell(ws, "J29", "滞繰分", h="center", fill=HEAD)
for i, k in enumerate(keys4):
    r = 30 + i
    f = FEB[k][FY]
    lab = DEBTS[k][1] if k != "kouki" else "後期高齢"
    cell(ws, f"H{r}", lab, fill=HEAD2)
    cell(ws, f"I{r}", G.fact(P, DEBTS[k][0], lab, FY, "令和６年２月末", "current", "outstanding", "interim",
                             (f["ca"] - f["cc"]) * 1000, "yen", comma(f["ca"] - f["cc"]), as_of=AS), h="right")
    cell(ws, f"J{r}", G.fact(P, DEBTS[k][0], lab, FY, "令和６年２月末", "arrears", "outstanding", "interim",
                             (f["aa"] - f["ac"]) * 1000, "yen", comma(f["aa"] - f["ac"]), as_of=AS), h="right")
for r in range(29, 34):
    ws.row_dimensions[r].height = 18
cell(ws, "B35", "※ 未収額は、調定額から収入済額を差し引いた額（不納欠損処分前）である。", size=9, border=False)
# ============================================================================= p2-3 債権別収納状況
ws = wb.create_sheet("債権別")
T0 = 15   # first header row of the table
setup(ws, widths=[4.5, 13, 6, 11.5, 11.5, 8.5, 11.5, 11.5, 8.5, 9], title_rows=f"{T0}:{T0 + 2}")
P = 2
merge(ws, "A1:J1", "２　債権別収納状況（令和６年２月末現在）", size=12.5, bold=True, border=False)
ws.row_dimensions[1].height = 22


def crs(k, fy):
    f = FEB[k][fy]
    return rate(f["cc"], f["ca"]), rate(f["ac"], f["aa"])


def pr(k, seg, fy, v, txt):
    asof = AS if fy == FY else PAS
    return G.fact(P, DEBTS[k][0], DEBTS[k][2], fy, "今期", seg, "collection_rate", "interim", v, "percent", txt,
                  as_of=asof)


def pd(k, seg, d, txt):
    return G.fact(P, DEBTS[k][0], DEBTS[k][2], FY, "今期", seg, "difference", "interim", d, "points", txt, as_of=AS)


B = []
for _k, _sign in (("shizei", 1), ("kokuho", 1), ("kaigo", -1), ("jutaku", -1)):
    assert (crs(_k, FY)[0] - crs(_k, PFY)[0]) * _sign > 0, _k
assert all(crs(_k, FY)[1] > crs(_k, PFY)[1] for _k in ("shizei", "kokuho"))
c5, a5 = crs("shizei", FY)
c4, a4 = crs("shizei", PFY)
B.append(f"・市税は、現年分の収納率が{pr('shizei', 'current', FY, c5, f'{c5:.2f}％')}で前年同期を"
         f"{pd('shizei', 'current', round(c5 - c4, 2), f'{c5 - c4:.2f}ポイント')}上回った。滞繰分は"
         f"{pr('shizei', 'arrears', FY, a5, f'{a5:.2f}％')}（前年同期比"
         f"{pd('shizei', 'arrears', round(a5 - a4, 2), f'{a5 - a4:.2f}ポイント')}上昇）となっている。")
c5, a5 = crs("kokuho", FY)
c4, a4 = crs("kokuho", PFY)
B.append(f"・国民健康保険税は、現年分{pr('kokuho', 'current', FY, c5, f'{c5:.2f}％')}（同"
         f"{pd('kokuho', 'current', round(c5 - c4, 2), f'{c5 - c4:.2f}ポイント')}上昇）、滞繰分"
         f"{pr('kokuho', 'arrears', FY, a5, f'{a5:.2f}％')}（同{pd('kokuho', 'arrears', round(a5 - a4, 2), f'{a5 - a4:.2f}ポイント')}"
         f"上昇）と、いずれも前年同期を上回っている。")
c5, a5 = crs("kaigo", FY)
c4, a4 = crs("kaigo", PFY)
B.append(f"・介護保険料は、現年分が{pr('kaigo', 'current', FY, c5, f'{c5:.2f}％')}と前年同期を"
         f"{pd('kaigo', 'current', round(c5 - c4, 2), f'{abs(c5 - c4):.2f}ポイント')}下回った。65歳到達後、"
         f"年金からの特別徴収が始まるまでの普通徴収期間における未納が主な要因である。")
c5, a5 = crs("jutaku", FY)
c4, a4 = crs("jutaku", PFY)
B.append(f"・市営住宅使用料は、現年分が{pr('jutaku', 'current', FY, c5, f'{c5:.2f}％')}（同"
         f"{pd('jutaku', 'current', round(c5 - c4, 2), f'{abs(c5 - c4):.2f}ポイント')}低下）となっており、"
         f"長期滞納者への法的措置の検討を進めている。")
tc5 = sum(FEB[k][FY]["cc"] + FEB[k][FY]["ac"] for k in ORDER)
tc4 = sum(FEB[k][PFY]["cc"] + FEB[k][PFY]["ac"] for k in ORDER)
y5, yd = round(tc5 * 1000, -6), round((tc5 - tc4) * 1000, -6)
B.append(f"・全体では、今期の収入済額は{G.fact(P, None, None, FY, '今期', 'total', 'collected', 'interim', y5, 'yen', '約' + oku_man(y5), approx=True, as_of=AS)}"
         f"で、前年同期から{G.fact(P, None, None, FY, '今期', 'total', 'difference', 'interim', yd, 'yen', '約' + oku_man(yd), approx=True, as_of=AS)}"
         f"増加した。")
r = 3
for t in B:
    merge(ws, f"A{r}:J{r + 1}", t, size=10, wrap=True, v_="top", border=False)
    ws.row_dimensions[r].height = 15
    ws.row_dimensions[r + 1].height = 15
    r += 2 if len(t) < 95 else 2
merge(ws, f"A{T0 - 1}:J{T0 - 1}", "表３　債権別収納状況（前年同期＝令和５年２月末、今期＝令和６年２月末）", size=9.5,
      border=False)
merge(ws, f"A{T0}:C{T0 + 2}", "区　分", h="center", fill=HEAD)
merge(ws, f"D{T0}:F{T0}", "前年同期", h="center", fill=HEAD)
merge(ws, f"G{T0}:I{T0}", "今期", h="center", fill=HEAD)
merge(ws, f"J{T0}:J{T0 + 2}", "収納率の差\n（ポイント）", h="center", fill=HEAD, wrap=True, size=8.5)
for c0, yl in (("D", "令和４年度"), ("G", "令和５年度")):
    i0 = ord(c0)
    merge(ws, f"{c0}{T0 + 1}:{chr(i0 + 2)}{T0 + 1}", yl, fill=HEAD, h="center", size=9)
    cell(ws, f"{c0}{T0 + 2}", "調定額（千円）", h="center", fill=HEAD, wrap=True, size=8.5)
    cell(ws, f"{chr(i0 + 1)}{T0 + 2}", "収入済額（千円）", h="center", fill=HEAD, wrap=True, size=8.5)
    cell(ws, f"{chr(i0 + 2)}{T0 + 2}", "収納率（％）", h="center", fill=HEAD, wrap=True, size=8.5)
ws.row_dimensions[T0 + 2].height = 28
r = T0 + 3
ROWH = 25
groups = [("強制徴収公債権", [k for k in ORDER if DEBTS[k][3] == "強制"]),
          ("非強制徴収公債権・私債権", [k for k in ORDER if DEBTS[k][3] != "強制"])]
SUM = {fy: dict(ca=0, cc=0, aa=0, ac=0) for fy in (PFY, FY)}
n_debt = 0
break_after = 5
for gname, keys in groups:
    g0 = r
    for k in keys:
        deb, lab = DEBTS[k][0], DEBTS[k][1]
        merge(ws, f"B{r}:B{r + 2}", lab, h="center", wrap=True)
        for i, (seg, sl, a, c) in enumerate((("current", "現年", "ca", "cc"), ("arrears", "滞繰", "aa", "ac"),
                                             ("total", "計", None, None))):
            rr = r + i
            ws.row_dimensions[rr].height = ROWH
            cell(ws, f"C{rr}", sl, h="center", fill=TOTF if seg == "total" else None)
            vals = {}
            for fy, col, fyraw, asof in ((PFY, "D", "前年同期", PAS), (FY, "G", "今期", AS)):
                f = FEB[k][fy]
                if seg == "total":
                    av, cv = f["ca"] + f["aa"], f["cc"] + f["ac"]
                else:
                    av, cv = f[a], f[c]
                    SUM[fy][a] += av
                    SUM[fy][c] += cv
                rt = rate(cv, av)
                vals[fy] = rt
                ra = G.fact(P, deb, lab, fy, fyraw, seg, "assessed", "interim", av * 1000, "yen", comma(av), as_of=asof)
                if k == "kokuho" and seg == "arrears" and fy == FY:
                    ra += "※1"
                cell(ws, f"{col}{rr}", ra, h="right", fill=TOTF if seg == "total" else None)
                cell(ws, f"{chr(ord(col) + 1)}{rr}", G.fact(P, deb, lab, fy, fyraw, seg, "collected", "interim",
                                                            cv * 1000, "yen", comma(cv), as_of=asof),
                     h="right", fill=TOTF if seg == "total" else None)
                cell(ws, f"{chr(ord(col) + 2)}{rr}", G.fact(P, deb, lab, fy, fyraw, seg, "collection_rate", "interim",
                                                            rt, "percent", f"{rt:.2f}", as_of=asof),
                     h="right", fill=TOTF if seg == "total" else None)
            d = round(vals[FY] - vals[PFY], 2)
            cell(ws, f"J{rr}", G.fact(P, deb, lab, FY, "今期", seg, "difference", "interim", d, "points",
                                      tri(d, lambda v: f"{v:.2f}"), as_of=AS), h="right",
                 fill=TOTF if seg == "total" else None)
        r += 3
        n_debt += 1
        if n_debt == break_after:
            merge(ws, f"A{g0}:A{r - 1}", gname, h="center", rot=255, size=9)
            ws.row_breaks.append(Break(id=r - 1))
            P = 3
            g0 = r
    merge(ws, f"A{g0}:A{r - 1}", gname, h="center", rot=255, size=9 if len(gname) < 8 else 7.5, wrap=True)
# 合計
merge(ws, f"A{r}:B{r + 2}", "合　計", h="center", bold=True, fill=TOTF)
for i, (seg, sl) in enumerate((("current", "現年"), ("arrears", "滞繰"), ("total", "計"))):
    rr = r + i
    ws.row_dimensions[rr].height = ROWH
    cell(ws, f"C{rr}", sl, h="center", fill=TOTF, bold=True)
    vals = {}
    for fy, col, fyraw, asof in ((PFY, "D", "前年同期", PAS), (FY, "G", "今期", AS)):
        s = SUM[fy]
        av, cv = {"current": (s["ca"], s["cc"]), "arrears": (s["aa"], s["ac"]),
                  "total": (s["ca"] + s["aa"], s["cc"] + s["ac"])}[seg]
        rt = rate(cv, av)
        vals[fy] = rt
        cell(ws, f"{col}{rr}", G.fact(P, None, "合計", fy, fyraw, seg, "assessed", "interim", av * 1000, "yen", comma(av),
                                      as_of=asof), h="right", fill=TOTF, bold=True)
        cell(ws, f"{chr(ord(col) + 1)}{rr}", G.fact(P, None, "合計", fy, fyraw, seg, "collected", "interim", cv * 1000,
                                                    "yen", comma(cv), as_of=asof), h="right", fill=TOTF, bold=True)
        cell(ws, f"{chr(ord(col) + 2)}{rr}", G.fact(P, None, "合計", fy, fyraw, seg, "collection_rate", "interim", rt,
                                                    "percent", f"{rt:.2f}", as_of=asof), h="right", fill=TOTF, bold=True)
    d = round(vals[FY] - vals[PFY], 2)
    cell(ws, f"J{rr}", G.fact(P, None, "合計", FY, "今期", seg, "difference", "interim", d, "points",
                              tri(d, lambda v: f"{v:.2f}"), as_of=AS), h="right", fill=TOTF, bold=True)
r += 4
kk_out4 = FEB["kokuho"][FY]["aa"]
fn = G.fact(P, "国民健康保険税", "国保税", PFY, "令和４年度決算", "total", "outstanding", "actual", kk_out4 * 1000, "yen",
            f"{comma(kk_out4)}千円")
merge(ws, f"A{r}:J{r + 1}", f"※1　国保税の今期滞繰分調定額は、令和４年度決算における収入未済額{fn}を繰り越したものである。",
      size=9, wrap=True, v_="top", border=False)
merge(ws, f"A{r + 2}:J{r + 3}", "※2　後期高齢者医療保険料は、千葉県後期高齢者医療広域連合が賦課し、市が徴収する普通徴収分である。"
      "収納率の差は、今期の収納率から前年同期の収納率を差し引いたもの（△は低下）。", size=9, wrap=True, v_="top",
      border=False)
for x in range(r, r + 4):
    ws.row_dimensions[x].height = 14

# ============================================================================= p4 月別 (landscape)
P = 4
ws = wb.create_sheet("月別")
setup(ws, landscape=True, widths=[11, 14, 14, 10, 14, 14, 10, 11, 22, 10])
merge(ws, "A1:J1", "３　月別収納状況（市税・現年課税分）", size=12.5, bold=True, border=False)
merge(ws, "A2:J2", "各月末時点の累計　（単位：千円、％）", size=9.5, h="right", border=False)
merge(ws, "A3:A4", "月", h="center", fill=HEAD)
merge(ws, "B3:D3", "令和５年度", h="center", fill=HEAD)
merge(ws, "E3:G3", "令和４年度", h="center", fill=HEAD)
merge(ws, "H3:H4", "収納率の差", h="center", fill=HEAD)
merge(ws, "I3:J4", "備考", h="center", fill=HEAD)
for c0 in ("B", "E"):
    for j, lab in enumerate(("調定額", "収入済額", "収納率")):
        cell(ws, f"{chr(ord(c0) + j)}4", lab, h="center", fill=HEAD)
NOTES = {0: "固定資産税・都市計画税（第１期）", 2: "市県民税（普通徴収）当初賦課", 5: "", 8: "差押強化月間（12月）",
         10: "閏年のため２月29日現在"}
for i, m in enumerate(MONTHS):
    rr = 5 + i
    fill = HEAD2 if i % 2 else None
    cell(ws, f"A{rr}", m, h="center", fill=fill)
    rates = {}
    for fy, c0 in ((FY, "B"), (PFY, "E")):
        v = MON[fy][i]
        if v is None:
            for j in range(3):
                cell(ws, f"{chr(ord(c0) + j)}{rr}", "－", h="center", fill=fill)
            continue
        a, c = v
        rt = rate(c, a)
        rates[fy] = rt
        asof = MONTH_DATES[fy][i]
        fyraw = "令和５年度" if fy == FY else "令和４年度"
        cell(ws, f"{c0}{rr}", G.fact(P, "市税", "市税", fy, fyraw, "current", "assessed", "interim", a * 1000, "yen",
                                     comma(a), as_of=asof), h="right", fill=fill)
        cell(ws, f"{chr(ord(c0) + 1)}{rr}", G.fact(P, "市税", "市税", fy, fyraw, "current", "collected", "interim",
                                                   c * 1000, "yen", comma(c), as_of=asof), h="right", fill=fill)
        cell(ws, f"{chr(ord(c0) + 2)}{rr}", G.fact(P, "市税", "市税", fy, fyraw, "current", "collection_rate", "interim",
                                                   rt, "percent", f"{rt:.2f}", as_of=asof), h="right", fill=fill)
    if len(rates) == 2:
        d = round(rates[FY] - rates[PFY], 2)
        cell(ws, f"H{rr}", G.fact(P, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", d, "points",
                                  tri(d, lambda v: f"{v:.2f}"), as_of=MONTH_DATES[FY][i]), h="right", fill=fill)
    else:
        cell(ws, f"H{rr}", "－", h="center", fill=fill)
    merge(ws, f"I{rr}:J{rr}", NOTES.get(i, ""), size=8.5, fill=fill)
    ws.row_dimensions[rr].height = 19
merge(ws, "A18:J19", "注　令和５年度の３月末欄は、本報告時点で未確定のため「－」としている。令和５年度の２月末は令和６年２月29日、"
      "令和４年度の２月末は令和５年２月28日現在の数値である。", size=8.5, wrap=True, v_="top", border=False)
# 国保税 monthly rates: years head the rows, months the columns
KKM = {FY: [10.85, 20.96, 31.37, 42.01, 52.66, 63.22, 75.94, rate(FEB["kokuho"][FY]["cc"], FEB["kokuho"][FY]["ca"]), None],
       PFY: [10.62, 20.71, 31.05, 41.76, 52.40, 62.95, 75.51, rate(FEB["kokuho"][PFY]["cc"], FEB["kokuho"][PFY]["ca"]),
             92.85]}
cell(ws, "A20", "（参考）月別収納率（現年課税分）", size=11, bold=True, border=False)
merge(ws, "A21:J21", "債権名　国民健康保険税　　　　　　　　　　　　　（単位：％）", size=10, fill=HEAD)
cell(ws, "A22", "年度", h="center", fill=HEAD)
for j, m in enumerate(MONTHS[3:]):
    cell(ws, f"{get_column_letter(2 + j)}22", m, h="center", fill=HEAD)
for i, (fy, lab) in enumerate(((FY, "令和５年度"), (PFY, "令和４年度"))):
    rr = 23 + i
    cell(ws, f"A{rr}", lab, h="center", fill=HEAD2)
    for j, v in enumerate(KKM[fy]):
        ref = f"{get_column_letter(2 + j)}{rr}"
        if v is None:
            cell(ws, ref, "－", h="center")
        else:
            cell(ws, ref, G.fact(P, "国民健康保険税", "国民健康保険税", fy, lab, "current", "collection_rate", "interim",
                                 v, "percent", f"{v:.2f}", as_of=MONTH_DATES[fy][3 + j]), h="right")
cell(ws, "A25", "差", h="center", fill=HEAD2)
for j in range(9):
    ref = f"{get_column_letter(2 + j)}25"
    a, b = KKM[FY][j], KKM[PFY][j]
    if a is None:
        cell(ws, ref, "－", h="center")
    else:
        d = round(a - b, 2)
        cell(ws, ref, G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "current", "difference", "interim",
                             d, "points", tri(d, lambda v: f"{v:.2f}"), as_of=MONTH_DATES[FY][3 + j]), h="right")
for rr in range(22, 26):
    ws.row_dimensions[rr].height = 19
merge(ws, "A26:J26", "※ 国民健康保険税は７月に本算定を行うため、４月末から６月末までの数値はない。", size=8.5, border=False)

# ============================================================================= p5 年度末見込
P = 5
ws = wb.create_sheet("見込")
setup(ws, widths=[16, 8, 11, 14, 10, 16, 30])
merge(ws, "A1:G1", "４　令和５年度末の収納見込みと目標の達成状況", size=12, bold=True, border=False)
merge(ws, "A2:G2", "（　）内は令和４年度決算の収納率", size=9, h="right", border=False)
hdr = ["債権名", "区分", "目標収納率\n（％）※1", "決算見込収納率\n（％）", "達成率\n（％）",
       "２月末実績\n上段：収入済額（千円）\n下段：収納率（％）", "備考"]
for j, h in enumerate(hdr):
    cell(ws, f"{get_column_letter(1 + j)}3", h, h="center", fill=HEAD, wrap=True, size=8.5)
ws.row_dimensions[3].height = 42
r = 4
BIKO = {"shizei": True, "kokuho": True, "kaigo": True}
for k in ORDER:
    deb, lab = DEBTS[k][0], DEBTS[k][2]
    merge(ws, f"A{r}:A{r + 1}", lab, wrap=True)
    for i, (seg, sl) in enumerate((("current", "現年"), ("arrears", "滞繰"))):
        rr = r + i
        cell(ws, f"B{rr}", sl, h="center")
        t, e, p4 = TARGET5[k][i], EST5[k][i], FINAL4[k][i]
        rt = G.fact(P, deb, lab, FY, "令和５年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}")
        if k == "kokuho" and seg == "current":
            rt += "※2"
        cell(ws, f"C{rr}", rt, h="right")
        re_ = G.fact(P, deb, lab, FY, "令和５年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}")
        rp_ = G.fact(P, deb, lab, PFY, "令和４年度決算", seg, "collection_rate", "actual", p4, "percent", f"{p4:.2f}")
        cell(ws, f"D{rr}", f"{re_}（{rp_}）", h="right")
        ach = round(e / t * 100, 1)
        cell(ws, f"E{rr}", G.fact(P, deb, lab, FY, "令和５年度", seg, "achievement_rate", "estimate", ach, "percent",
                                  f"{ach:.1f}"), h="right")
        f = FEB[k][FY]
        cv, av = (f["cc"], f["ca"]) if seg == "current" else (f["ac"], f["aa"])
        ra = G.fact(P, deb, lab, FY, "２月末実績", seg, "collected", "interim", cv * 1000, "yen", comma(cv), as_of=AS)
        rr_ = G.fact(P, deb, lab, FY, "２月末実績", seg, "collection_rate", "interim", rate(cv, av), "percent",
                     f"{rate(cv, av):.2f}", as_of=AS)
        cell(ws, f"F{rr}", f"{ra}\n{rr_}", h="right", wrap=True)
        ws.row_dimensions[rr].height = 30
    if k in BIKO:
        eo, ea = EST_OUT[k]
        b1 = G.fact(P, deb, lab, FY, "令和５年度", "total", "outstanding", "estimate", eo * 1000, "yen", f"{comma(eo)}千円")
        b2 = G.fact(P, deb, lab, FY, "令和５年度", "arrears", "outstanding", "estimate", ea * 1000, "yen",
                    f"{comma(ea)}千円")
        merge(ws, f"G{r}:G{r + 1}", f"見込収入未済額 {b1}\n（うち滞納繰越分 {b2}）", wrap=True, size=8.5)
    else:
        merge(ws, f"G{r}:G{r + 1}", "", size=8.5)
    r += 2
kk_t_all = 87.50
fn2 = G.fact(P, "国民健康保険税", "国保税", FY, "令和５年度", "total", "collection_rate", "target", kk_t_all, "percent",
             f"{kk_t_all:.2f}％")
merge(ws, f"A{r + 1}:G{r + 2}", "※1　目標収納率は、第３次成田市行財政改革実施計画において設定した令和５年度の数値である。",
      size=8.5, wrap=True, v_="top", border=False)
merge(ws, f"A{r + 3}:G{r + 4}", f"※2　国保税の目標は現年課税分の数値。現年課税分と滞納繰越分を合わせた全体の目標収納率は{fn2}である。",
      size=8.5, wrap=True, v_="top", border=False)
merge(ws, f"A{r + 5}:G{r + 6}", "注　達成率＝決算見込収納率÷目標収納率×100。決算見込は、２月末実績に前年度の３月～出納整理期間の収納実績を"
      "加味して推計した。", size=8.5, wrap=True, v_="top", border=False)

# ============================================================================= p6 地区別
P = 6
ws = wb.create_sheet("地区別")
setup(ws, widths=[14, 17, 17, 10, 12, 2, 12, 13, 13, 9])
merge(ws, "A1:J1", "５　国民健康保険税（現年課税分）の地区別収納状況", size=12, bold=True, border=False)
merge(ws, "A2:E2", "令和６年２月末現在", size=9, border=False)
for j, h in enumerate(["地区", "調定額（円）", "収入済額（円）", "収納率（％）", "滞納世帯数\n（世帯）"]):
    cell(ws, f"{get_column_letter(1 + j)}3", h, h="center", fill=HEAD, wrap=True)
ws.row_dimensions[3].height = 28
for i, (nm, a, c, hh) in enumerate(DIST):
    rr = 4 + i
    ws.row_dimensions[rr].height = 16
    fill = HEAD2 if i % 2 else None
    cell(ws, f"A{rr}", nm + "地区", fill=fill)
    cell(ws, f"B{rr}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "assessed", "interim",
                              a, "yen", comma(a), as_of=AS, area=nm + "地区"), h="right", fill=fill)
    cell(ws, f"C{rr}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "collected", "interim",
                              c, "yen", comma(c), as_of=AS, area=nm + "地区"), h="right", fill=fill)
    cell(ws, f"D{rr}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "collection_rate",
                              "interim", rate(c, a), "percent", f"{rate(c, a):.2f}", as_of=AS, area=nm + "地区"),
         h="right", fill=fill)
    cell(ws, f"E{rr}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "delinquents",
                              "interim", hh, "households", comma(hh), as_of=AS, area=nm + "地区"), h="right", fill=fill)
rr = 4 + len(DIST)
hh_all = sum(x[3] for x in DIST)
cell(ws, f"A{rr}", "合計", bold=True, fill=TOTF)
for col, met, v, unit, s in (("B", "assessed", kk_ca_yen, "yen", comma(kk_ca_yen)),
                             ("C", "collected", kk_cc_yen, "yen", comma(kk_cc_yen)),
                             ("D", "collection_rate", rate(kk_cc_yen, kk_ca_yen), "percent",
                              f"{rate(kk_cc_yen, kk_ca_yen):.2f}"),
                             ("E", "delinquents", hh_all, "households", comma(hh_all))):
    cell(ws, f"{col}{rr}", G.fact(P, "国民健康保険税", "合計", FY, "令和６年２月末", "current", met, "interim", v, unit, s,
                                  as_of=AS), h="right", bold=True, fill=TOTF)
# 千円 table beside: 前年同期比較
merge(ws, "G2:J2", "参考　前年同期との比較", size=9, border=False)
for j, h in enumerate(["区分", "前年同期\n（千円）", "今期\n（千円）", "増減率\n（％）"]):
    cell(ws, f"{get_column_letter(7 + j)}3", h, h="center", fill=HEAD, wrap=True)
kk = FEB["kokuho"]
for i, (lab, met, fld) in enumerate((("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"))):
    rr2 = 4 + i
    cell(ws, f"G{rr2}", lab, fill=HEAD2)
    cell(ws, f"H{rr2}", G.fact(P, "国民健康保険税", "国民健康保険税", PFY, "前年同期", "current", met, "interim",
                               kk[PFY][fld] * 1000, "yen", comma(kk[PFY][fld]), as_of=PAS), h="right")
    cell(ws, f"I{rr2}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "今期", "current", met, "interim",
                               kk[FY][fld] * 1000, "yen", comma(kk[FY][fld]), as_of=AS), h="right")
    ch = round((kk[FY][fld] / kk[PFY][fld] - 1) * 100, 1)
    cell(ws, f"J{rr2}", tri(ch, lambda v: f"{v:.1f}"), h="right")
rr2 = 6
cell(ws, f"G{rr2}", "収納率", fill=HEAD2)
r4_, r5_ = rate(kk[PFY]["cc"], kk[PFY]["ca"]), rate(kk[FY]["cc"], kk[FY]["ca"])
cell(ws, f"H{rr2}", G.fact(P, "国民健康保険税", "国民健康保険税", PFY, "前年同期", "current", "collection_rate", "interim",
                           r4_, "percent", f"{r4_:.2f}", as_of=PAS), h="right")
cell(ws, f"I{rr2}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "今期", "current", "collection_rate", "interim",
                           r5_, "percent", f"{r5_:.2f}", as_of=AS), h="right")
cell(ws, f"J{rr2}", G.fact(P, "国民健康保険税", "国民健康保険税", FY, "今期", "current", "difference", "interim",
                           round(r5_ - r4_, 2), "points", tri(round(r5_ - r4_, 2), lambda v: f"{v:.2f}") + "pt",
                           as_of=AS), h="right")
merge(ws, "G7:J9", "注　収納率の増減はポイント（pt）。今期の調定額・収入済額は、左表合計を千円未満四捨五入したもの。",
      size=8, wrap=True, v_="top", border=False)
# 滞納処分の状況 (counts are not gold facts)
r0 = rr + 2
merge(ws, f"A{r0}:J{r0}", "６　滞納処分の状況（令和５年４月～令和６年２月末）", size=12, bold=True, border=False)
for j, h in enumerate(["債権名", "差押件数（件）", "前年同期（件）", "増減（件）", "差押金額\n（千円）"]):
    cell(ws, f"{get_column_letter(1 + j)}{r0 + 1}", h, h="center", fill=HEAD, wrap=True)
ws.row_dimensions[r0 + 1].height = 28
SEIZ = [("市税", 1284, 1197, 312_450), ("国保税", 642, 611, 88_730), ("介護保険料", 118, 96, 6_415)]
for i, (nm, n5, n4, amt) in enumerate(SEIZ):
    rr3 = r0 + 2 + i
    cell(ws, f"A{rr3}", nm)
    cell(ws, f"B{rr3}", comma(n5), h="right")
    cell(ws, f"C{rr3}", comma(n4), h="right")
    cell(ws, f"D{rr3}", tri(n5 - n4), h="right")
    cell(ws, f"E{rr3}", comma(amt), h="right")

# ============================================================================= p7 年度後半の取組
P = 6   # continues on the 地区別 sheet
q = r0 + 2 + len(SEIZ) + 1
merge(ws, f"A{q}:J{q}", "７　年度後半の主な取組", size=12, bold=True, border=False)
merge(ws, f"A{q + 1}:J{q + 1}", "　各債権所管課において、２月末までの実績を踏まえ、出納整理期間までに次の取組を実施する。",
      size=10, border=False, wrap=True)
cell(ws, f"A{q + 2}", "債権名", h="center", fill=HEAD)
merge(ws, f"B{q + 2}:J{q + 2}", "", fill=HEAD)
INIT = [
    ("市税", "市税", [
        ("(1)", "２月を滞納整理強化月間と位置付け、給与・預貯金の差押えを集中的に実施する。", "継続"),
        ("(2)", "納税推進センターによる電話催告の対象を、現年課税分の１期未納者まで広げる。", "拡充"),
        ("(3)", "出納整理期間中に高額滞納事案（100万円以上）の進行管理会議を毎週開催する。", "継続"),
    ]),
    ("国民健康保険税", "国民健康保険税", [
        ("(1)", "短期被保険者証の更新時に窓口で納付相談を行い、分納誓約の履行を確認する。", "継続"),
        ("(2)", "下総・大栄地区の未納世帯に対し、休日臨戸訪問を実施する。", "新規"),
        ("(3)", "所得未申告世帯に申告勧奨を行い、軽減判定の適正化と現年度分の納付につなげる。", "継続"),
    ]),
    ("介護保険料", "介護保険料", [
        ("(1)", "普通徴収の未納者へ、給付制限に関する事前通知書を送付する。", "継続"),
        ("(2)", "年金支給月に合わせた文書催告を実施する。", None),
    ]),
    ("保育料", "保育所保育料", [
        ("(1)", "児童手当からの特別徴収（申出徴収）の活用を保護者に勧奨する。", "拡充"),
        ("(2)", "退園者の滞納分について、財産調査を行ったうえで差押えを実施する。", "継続"),
    ]),
    ("市営住宅使用料", "市営住宅使用料", [
        ("(1)", "３か月以上の滞納者に連帯保証人への納付請求を行う。", "継続"),
        ("(2)", "明渡し請求に応じない長期滞納者について、訴えの提起に向けた準備を進める。", "新規"),
    ]),
]
r = q + 3
for deb, lab, items in INIT:
    lines = []
    for lbl, text, st in items:
        G.init(P, deb, FY, "年度後半の主な取組", lbl, text, st)
        lines.append(f"{lbl}　{text}" + (f"【{st}】" if st else ""))
    cell(ws, f"A{r}", lab, v_="top", wrap=True)
    merge(ws, f"B{r}:J{r}", "\n".join(lines), wrap=True, v_="top")
    ws.row_dimensions[r].height = 14.5 * sum(-(-(len(x) + 3) // 56) for x in lines) + 6
    r += 1
# 今後の見通し (figures in prose)
r += 1
cell(ws, f"A{r}", "８　今後の見通し", size=12, bold=True, border=False)
e_sz = 96.90
ps1 = G.fact(P, "市税", "市税", FY, "令和５年度", "total", "collection_rate", "estimate", e_sz, "percent", f"{e_sz:.1f}％",
             approx=True)
e_kk = round(EST_OUT["kokuho"][0] * 1000, -7)
ps2 = G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "total", "outstanding", "estimate", e_kk, "yen",
             "約" + oku_man(e_kk), approx=True)
merge(ws, f"A{r + 1}:J{r + 4}", f"　年度末（出納整理期間を含む。）の市税の収納率（現年分と滞繰分の計）は{ps1}程度となる見込みであり、"
      f"第３次成田市行財政改革実施計画の目標を上回る見通しである。国民健康保険税は、現年分の目標収納率をわずかに下回る見込みで、"
      f"年度末の収入未済額は{ps2}となる見通しである。引き続き、出納整理期間まで各取組を着実に実施し、"
      f"目標の達成に努める。", size=10.5, wrap=True, v_="top", border=False)
for x in range(r + 1, r + 5):
    ws.row_dimensions[x].height = 17

# ----------------------------------------------------------------------------- build
def main():
    WORK.mkdir(parents=True, exist_ok=True)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    xp = WORK / f"{STEM}.xlsx"
    wb.save(xp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xp)], check=True,
                   capture_output=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(WORK / f"{STEM}.pdf", pdf)
    gp = G.write(pdf)
    bad = check(pdf, gp)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
