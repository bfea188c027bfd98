"""qh_kainan_progress_1: 令和5年度 市税等の収納状況及び収納対策の取組状況（令和6年2月末現在） — openpyxl → LibreOffice.

Run from corpus/frozen45:  python3 build/qh_kainan_progress.py
All figures are invented; the gold is written from the same data that fills the workbook.
"""
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qh_common import WORK, Doc, c, r1000, rate, soffice_pdf, tri, zen  # noqa: E402

STEM = "qh_kainan_progress_1"
TITLE = "令和5年度 市税等の収納状況及び収納対策の取組状況（令和6年2月末現在）"
D = Doc(STEM, "progress_report", "progress", "海南市", TITLE, "2024-02-29", "令和6年2月末現在")
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

# ------------------------------------------------------------------ data (円)
# key: printed name, canonical, 所管課, (current 調定 2月末, arrears 調定), (cur rate, arr rate) this year 2月末,
#      previous year same month rates, 前年度決算 rates, 決算見込 rates, 目標 rates
DEBTS = [
    ("zei", "市税", "市税", "税務課", (6_418_337_400, 382_914_650), (93.62, 24.81), (93.24, 23.95), (99.02, 27.64), (99.08, 28.90), (99.10, 29.00)),
    ("kokuho", "国民健康保険税", "国民健康保険料", "保険年金課", (1_176_432_100, 418_206_300), (84.37, 17.42), (84.58, 16.88), (93.41, 21.07), (93.30, 21.60), (93.60, 22.00)),
    ("kaigo", "介護保険料", "介護保険料", "高齢介護課", (1_052_817_600, 41_863_200), (96.48, 12.66), (96.35, 11.94), (98.81, 16.32), (98.85, 16.80), (98.90, 17.00)),
    ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", (641_208_900, 9_812_400), (97.86, 33.15), (97.91, 31.27), (99.38, 38.42), (99.40, 39.00), (99.40, 39.00)),
    ("jutaku", "市営住宅使用料", "住宅使用料", "都市整備課", (118_264_000, 64_318_500), (88.74, 9.42), (87.96, 8.85), (95.12, 11.36), (95.40, 12.10), (95.50, 12.00)),
    ("gesui", "下水道使用料", "下水道使用料", "下水道課", (309_874_200, 12_561_800), (91.08, 41.27), (90.82, 39.66), (98.94, 52.81), (99.00, 53.50), (99.00, 53.00)),
]
PREV_ASSESS = {"zei": 0.992, "kokuho": 1.018, "kaigo": 0.987, "kouki": 0.968, "jutaku": 1.006, "gesui": 1.004}

DATA = {}
for key, name, can, ka, (ca, aa), (cr, ar), (pcr, par), (scr, sar), (ecr, ear), (tcr, tar) in DEBTS:
    cur_c = int(round(ca * cr / 100))
    arr_c = int(round(aa * ar / 100))
    DATA[key] = {"current": (ca, cur_c), "arrears": (aa, arr_c)}
    pa_c, pa_a = int(ca * PREV_ASSESS[key]), int(aa * (1.05 if key != "jutaku" else 0.97))
    DATA[key]["prev"] = {"current": (pa_c, int(round(pa_c * pcr / 100))), "arrears": (pa_a, int(round(pa_a * par / 100)))}


def k(yen):
    return r1000(yen)


def rr(pair):
    """rate from the printed 千円 figures."""
    return rate(k(pair[1]), k(pair[0]))


def seg_total(d):
    return (d["current"][0] + d["arrears"][0], d["current"][1] + d["arrears"][1])


# monthly cumulative (市税・現年課税分) — 調定 share and cumulative collected share per month-end
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = {"4月末": "04-30", "5月末": "05-31", "6月末": "06-30", "7月末": "07-31", "8月末": "08-31", "9月末": "09-30",
        "10月末": "10-31", "11月末": "11-30", "12月末": "12-31", "1月末": "01-31", "2月末": "02-28", "3月末": "03-31"}
ASHARE = [0.431, 0.468, 0.962, 0.978, 0.984, 0.988, 0.991, 0.994, 0.996, 0.998, 1.0, 1.0]
CSHARE_P = [0.1221, 0.2117, 0.3279, 0.4468, 0.5321, 0.6012, 0.6701, 0.7302, 0.8177, 0.8668, None, 0.9712]
CSHARE_T = [0.1263, 0.2154, 0.3318, 0.4502, 0.5386, 0.6061, 0.6744, 0.7349, 0.8216, 0.8711, None, None]


def monthly(total_a, total_c, shares):
    rows = []
    for i, m in enumerate(MONTHS):
        a = int(round(total_a * ASHARE[i]))
        if m == "2月末":
            cc = total_c
        elif shares[i] is None:
            rows.append(None)
            continue
        else:
            cc = int(round(total_a * shares[i]))
        rows.append((a, cc))
    return rows


MON_T = monthly(*DATA["zei"]["current"], CSHARE_T)
MON_P = monthly(*DATA["zei"]["prev"]["current"], CSHARE_P)


def asof(m, fy):
    y = fy + (1 if m in ("1月末", "2月末", "3月末") else 0)
    d = MEND[m]
    if m == "2月末" and y % 4 == 0:
        d = "02-29"
    return f"{y}-{d}"


# ------------------------------------------------------------------ workbook helpers
FONT = "IPAexGothic"
thin = Side(style="thin", color="333333")
hair = Side(style="hair", color="777777")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E2EC")
ZEBRA = PatternFill("solid", fgColor="EEF3F7")
SUB = PatternFill("solid", fgColor="F2F2F2")
wb = openpyxl.Workbook()


def sheet(title, land=False, widths=()):
    ws = wb.active if wb.active.title == "Sheet" else wb.create_sheet()
    ws.title = title
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if land else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.5
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    return ws


def put(ws, r, col, v, size=10, bold=False, al="left", fill=None, border=None, wrap=False, valign="center"):
    cell = ws.cell(r, col, v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = border
    return cell


def merge(ws, r1, c1, r2, c2, v, border=BOX, **kw):
    for rr_ in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            cell = ws.cell(rr_, cc)
            if border:
                cell.border = border
            if kw.get("fill"):
                cell.fill = kw["fill"]
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return put(ws, r1, c1, v, border=border, **kw)


# ================================================================== sheet 1 / page 1
D.page = 1
ws = sheet("概要", widths=[2, 11, 9, 9, 2, 11, 9, 9, 2, 11, 9, 9])
merge(ws, 1, 1, 1, 12, TITLE, border=None, size=13, bold=True, al="center")
put(ws, 2, 12, "海南市 総務部 税務課", size=9, al="right")
put(ws, 4, 1, "■ 主な指標", size=11, bold=True)
zt = DATA["zei"]["current"]
zp = DATA["zei"]["prev"]["current"]
kt = DATA["kokuho"]["current"]
kp = DATA["kokuho"]["prev"]["current"]
rz, rzp = rr(zt), rr(zp)
rk, rkp = rr(kt), rr(kp)
# 主要6債権の収入未済額（令和4年度決算・令和3年度決算）: 億円 one decimal
OUT_FY22 = 723_641_870
OUT_FY21 = 778_105_230
o22 = round(OUT_FY22 / 1e8, 1)
do = round(o22 - round(OUT_FY21 / 1e8, 1), 1)
panels = [
    ("市税（現年分）収納率\n令和6年2月末", D.f(f"{rz:.2f}％", rz, "collection_rate", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末", seg="current", basis="interim", as_of=ASOF),
     "前年同月比 " + D.f(("＋" if rz >= rzp else "▲") + f"{abs(rz - rzp):.2f}", round(rz - rzp, 2), "difference", unit="points", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末", seg="current", basis="interim", as_of=ASOF) + "ポイント"),
    ("国民健康保険税（現年分）収納率\n令和6年2月末", D.f(f"{rk:.2f}％", rk, "collection_rate", debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY, fy_raw="令和6年2月末", seg="current", basis="interim", as_of=ASOF),
     "前年同月比 " + D.f(("＋" if rk >= rkp else "▲") + f"{abs(rk - rkp):.2f}", round(rk - rkp, 2), "difference", unit="points", debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY, fy_raw="令和6年2月末", seg="current", basis="interim", as_of=ASOF) + "ポイント"),
    ("収入未済額（主要6債権）\n令和4年度決算", D.f(f"{o22:.1f}億円", o22 * 1e8, "outstanding", debt=None, debt_raw="主要6債権", fy=FYP, fy_raw="令和4年度決算", seg="total", basis="actual"),
     "前年度比 " + D.f(tri(do, "▲", 1) + "億円", do * 1e8, "difference", unit="yen", debt=None, debt_raw="主要6債権", fy=FYP, fy_raw="令和4年度決算", seg="total", basis="actual")),
]
for i, (lab, big, small) in enumerate(panels):
    c0 = 1 + i * 4
    merge(ws, 5, c0 + 1, 5, c0 + 3, lab, fill=HEAD, size=9, al="center", wrap=True)
    ws.row_dimensions[5].height = 30
    merge(ws, 6, c0 + 1, 6, c0 + 3, big, size=18, bold=True, al="center")
    ws.row_dimensions[6].height = 32
    merge(ws, 7, c0 + 1, 7, c0 + 3, small, size=9, al="center")
r = 9
put(ws, r, 1, "１　市税の収納状況", size=11, bold=True)
r += 1
for j, v in enumerate(["債権名", "市税", "所管課", "税務課（収納推進班）"]):
    col = [2, 3, 4, 6][j]
    if j == 3:
        merge(ws, r, 6, r, 8, v, fill=None, size=10)
    else:
        put(ws, r, col, v, fill=HEAD if j % 2 == 0 else None, border=BOX, al="center")
r += 2
put(ws, r, 2, "【収納率】令和6年2月末時点", size=10, bold=True)
r += 1
D.set(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末時点", basis="interim", as_of=ASOF)
at, ap = DATA["zei"]["arrears"], DATA["zei"]["prev"]["arrears"]
tt, tp = seg_total(DATA["zei"]), seg_total(DATA["zei"]["prev"])
for seg, lab, pair, ppair in (("current", "現年分", zt, zp), ("arrears", "滞納繰越分", at, ap), ("total", "合計", tt, tp)):
    v, pv = rr(pair), rr(ppair)
    txt = (f"・{lab}　" + D.f(f"{v:.2f}％", v, "collection_rate", seg=seg) + "（前年同月 "
           + D.f(f"{pv:.2f}％", pv, "collection_rate", seg=seg, fy=FYP, fy_raw="前年同月", as_of=ASOF_P) + "）")
    put(ws, r, 2, txt)
    r += 1
D.clear()
r += 1
put(ws, r, 2, "【年度末見込】", size=10, bold=True)
r += 1
D.set(debt="市税", debt_raw="市税")
for seg, lab, ev, sv in (("current", "現年分", DEBTS[0][8][0], DEBTS[0][7][0]), ("arrears", "滞納繰越分", DEBTS[0][8][1], DEBTS[0][7][1])):
    put(ws, r, 2, f"・{lab}　決算見込 " + D.f(f"{ev:.2f}％", ev, "collection_rate", seg=seg, fy=FY, fy_raw="決算見込", basis="estimate")
        + "（前年度決算 " + D.f(f"{sv:.2f}％", sv, "collection_rate", seg=seg, fy=FYP, fy_raw="前年度決算", basis="actual") + "）")
    r += 1
D.clear()
r += 1
diff_c = k(zt[1]) - k(zp[1])
man = int(round(diff_c / 10 / 100)) * 100
txt1 = ("２月末現在の市税（現年分）の収入済額は、前年同月から約"
        + D.f(zen(f"{man:,}") + "万円", man * 10000, "difference", unit="yen", debt="市税", debt_raw="市税", fy=FY,
              fy_raw="２月末現在", seg="current", basis="interim", as_of=ASOF, approx=True)
        + ("増加" if diff_c > 0 else "減少") + "し、")
txt2 = ("収納率は前年同月比" + D.f(zen(f"{abs(rz - rzp):.2f}"), round(rz - rzp, 2), "difference", unit="points", debt="市税",
                                   debt_raw="市税", fy=FY, fy_raw="２月末現在", seg="current", basis="interim", as_of=ASOF)
        + "ポイント" + ("上昇" if rz >= rzp else "低下") + "している。")
merge(ws, r, 2, r + 1, 12, txt1 + txt2 + "納期内納付の勧奨と早期催告の効果が表れている一方、滞納繰越分は高額案件の分納が続いており、"
      "年度末に向けて財産調査と滞納処分を集中的に実施する。", border=None, wrap=True, valign="top")
ws.row_dimensions[r].height = 30
ws.row_dimensions[r + 1].height = 30
r += 3
put(ws, r, 2, "（参考）2月末時点の市税収納率の推移", size=10, bold=True)
put(ws, r, 6, "（単位：％）", size=8, al="right")
r += 1
for j, v in enumerate(["年度", "現年分", "滞納繰越分", "合計"]):
    col = [2, 3, 4, 6][j]
    if j == 3:
        put(ws, r, 6, v, border=BOX, fill=HEAD, al="center")
    else:
        put(ws, r, col, v, border=BOX, fill=HEAD, al="center")
put(ws, r, 5, "", border=BOX, fill=HEAD)
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
HIST = [(2019, "令和元年度", "2020-02-29", 92.41, 19.87, 87.06), (2020, "令和２年度", "2021-02-28", 91.87, 20.64, 86.93),
        (2021, "令和３年度", "2022-02-28", 92.66, 22.18, 88.02)]
D.set(debt="市税", debt_raw="市税", basis="interim")
for j, (fy, lab, ao, v1, v2, v3) in enumerate(HIST + [(FYP, "令和４年度", ASOF_P, rr(zp), rr(ap), rr(tp)), (FY, "令和５年度", ASOF, rr(zt), rr(at), rr(tt))]):
    r += 1
    D.set(fy=fy, fy_raw=lab, as_of=ao)
    put(ws, r, 2, lab, border=BOX, al="center")
    put(ws, r, 3, D.f(f"{v1:.2f}", v1, "collection_rate", seg="current"), border=BOX, al="right")
    put(ws, r, 4, "", border=BOX)
    put(ws, r, 5, "", border=BOX)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    put(ws, r, 4, D.f(f"{v2:.2f}", v2, "collection_rate", seg="arrears"), border=BOX, al="right")
    put(ws, r, 6, D.f(f"{v3:.2f}", v3, "collection_rate", seg="total"), border=BOX, al="right")
D.clear()
r += 2
put(ws, r, 1, "※ 収納率は、各月末時点の調定額に対する収入済額の割合（還付未済額を除く）。", size=8)

# ================================================================== sheet 2 / page 2 (landscape)
D.page = 2
ws = sheet("月別", land=True, widths=[9, 13, 10, 13, 10, 13, 12, 3, 11, 16, 16, 11])
merge(ws, 1, 1, 1, 12, "２　月別収納状況", border=None, size=12, bold=True)
merge(ws, 2, 1, 2, 7, "市税（現年課税分）月別収納状況（累計）　本年度＝令和5年度、前年度＝令和4年度", border=None, size=10)
hdr1 = ["区分", "前年度", None, "本年度", None, "増減", None]
hdr2 = [None, "収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（ポイント）"]
merge(ws, 3, 1, 4, 1, "区分", border=None, fill=HEAD, al="center")
merge(ws, 3, 2, 3, 3, "前年度", border=None, fill=HEAD, al="center")
merge(ws, 3, 4, 3, 5, "本年度", border=None, fill=HEAD, al="center")
merge(ws, 3, 6, 3, 7, "増減", border=None, fill=HEAD, al="center")
for j in range(2, 8):
    put(ws, 4, j, hdr2[j - 1], size=8, fill=HEAD, al="center", wrap=True)
ws.row_dimensions[4].height = 30
ws.row_dimensions[3].height = 22
D.set(debt="市税", debt_raw="市税", seg="current", basis="interim")
for i, m in enumerate(MONTHS):
    rw = 5 + i
    ws.row_dimensions[rw].height = 25
    fill = ZEBRA if i % 2 == 0 else None
    put(ws, rw, 1, m, fill=fill, al="center")
    p, t = MON_P[i], MON_T[i]
    pc, pr = k(p[1]), rate(k(p[1]), k(p[0]))
    put(ws, rw, 2, D.f(c(pc), pc * 1000, "collected", fy=FYP, fy_raw=f"前年度{m}", as_of=asof(m, FYP)), fill=fill, al="right")
    put(ws, rw, 3, D.f(f"{pr:.2f}", pr, "collection_rate", fy=FYP, fy_raw=f"前年度{m}", as_of=asof(m, FYP)), fill=fill, al="right")
    if t is None:
        for j in range(4, 8):
            put(ws, rw, j, "－", fill=fill, al="center")
        continue
    tc, tr_ = k(t[1]), rate(k(t[1]), k(t[0]))
    put(ws, rw, 4, D.f(c(tc), tc * 1000, "collected", fy=FY, fy_raw=f"本年度{m}", as_of=asof(m, FY)), fill=fill, al="right")
    put(ws, rw, 5, D.f(f"{tr_:.2f}", tr_, "collection_rate", fy=FY, fy_raw=f"本年度{m}", as_of=asof(m, FY)), fill=fill, al="right")
    put(ws, rw, 6, D.f(tri(tc - pc, "▲"), (tc - pc) * 1000, "difference", unit="yen", fy=FY, fy_raw=f"本年度{m}", as_of=asof(m, FY)), fill=fill, al="right")
    put(ws, rw, 7, D.f(tri(round(tr_ - pr, 2), "▲", 2), round(tr_ - pr, 2), "difference", unit="points", fy=FY, fy_raw=f"本年度{m}", as_of=asof(m, FY)), fill=fill, al="right")
D.clear()
put(ws, 17, 1, "※ 3月末の本年度欄は、集計前のため「－」としている。", size=8)
# 国民健康保険税 table in 円 beside
merge(ws, 2, 9, 2, 12, "国民健康保険税（現年度分）2月末の状況", border=None, size=10)
for j, v in enumerate(["区分", "調定額（円）", "収入済額（円）", "収納率（％）"]):
    put(ws, 4, 9 + j, v, size=8, fill=HEAD, al="center", wrap=True)
D.set(debt="国民健康保険料", debt_raw="国民健康保険税", seg="current", basis="interim")
rows = [("前年同月", kp, FYP, ASOF_P), ("本年度", kt, FY, ASOF)]
for i, (lab, pair, fy, ao) in enumerate(rows):
    rw = 5 + i
    fill = ZEBRA if i % 2 == 0 else None
    rv = rate(pair[1], pair[0])
    assert abs(rv - rr(pair)) < 1e-9, (rv, rr(pair))
    put(ws, rw, 9, lab, fill=fill, al="center")
    put(ws, rw, 10, D.f(c(pair[0]), pair[0], "assessed", fy=fy, fy_raw=lab, as_of=ao), fill=fill, al="right")
    put(ws, rw, 11, D.f(c(pair[1]), pair[1], "collected", fy=fy, fy_raw=lab, as_of=ao), fill=fill, al="right")
    put(ws, rw, 12, D.f(f"{rv:.2f}", rv, "collection_rate", fy=fy, fy_raw=lab, as_of=ao), fill=fill, al="right")
put(ws, 7, 9, "増減", al="center", fill=ZEBRA)
put(ws, 7, 10, D.f(tri(kt[0] - kp[0], "▲"), kt[0] - kp[0], "difference", unit="yen", fy=FY, fy_raw="本年度", as_of=ASOF), al="right", fill=ZEBRA)
put(ws, 7, 11, D.f(tri(kt[1] - kp[1], "▲"), kt[1] - kp[1], "difference", unit="yen", fy=FY, fy_raw="本年度", as_of=ASOF), al="right", fill=ZEBRA)
put(ws, 7, 12, D.f(tri(round(rk - rkp, 2), "▲", 2), round(rk - rkp, 2), "difference", unit="points", fy=FY, fy_raw="本年度", as_of=ASOF), al="right", fill=ZEBRA)
D.clear()
put(ws, 9, 9, "※ 国民健康保険税は、本年度から税率改定（均等割の引下げ）", size=8)
put(ws, 10, 9, "　 を行ったため、調定額が前年同月を下回っている。", size=8)

# ================================================================== sheet 3 / pages 3-4: 債権別
D.page = 3
ws = sheet("債権別", widths=[18, 11, 13, 13, 10, 10, 10, 15, 10])
merge(ws, 1, 1, 1, 9, "３　債権別収納状況（令和6年2月末現在）", border=None, size=12, bold=True)
zk_t, zk_p = seg_total(DATA["zei"]), seg_total(DATA["zei"]["prev"])
_d = k(zk_t[1]) - k(zk_p[1])
_man = int(round(_d / 10 / 10)) * 10
merge(ws, 2, 1, 2, 9, "　市税全体（現年分＋滞納繰越分）の収入済額は"
      + D.f(c(k(zk_t[1])) + "千円", k(zk_t[1]) * 1000, "collected", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末", seg="total", basis="interim", as_of=ASOF)
      + "で、前年同月から約" + D.f(f"{_man:,}万円", _man * 10000, "difference", unit="yen", debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末", seg="total", basis="interim", as_of=ASOF, approx=True)
      + ("増加" if _d > 0 else "減少") + "した。国民健康保険税は税率改定により調定額が減少したが、滞納繰越分の収納率は前年同月を上回っている。"
      "年度末の決算見込では、全ての債権で前年度決算の収納率を上回る見込みである。", border=None, wrap=True, valign="top", size=9)
ws.row_dimensions[2].height = 44
heads = ["債権名", "区分", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）※1", "前年同月\n収納率（％）", "増減\n（ポイント）",
         "決算見込収納率（％）\n（　）内は前年度決算", "目標収納率\n（％）"]
for j, v in enumerate(heads):
    put(ws, 3, j + 1, v, size=8, fill=HEAD, border=BOX, al="center", wrap=True)
ws.row_dimensions[3].height = 38
ws.print_title_rows = "3:3"
rw = 4
BREAK_AFTER = "gesui"
FOOTMARK = {("kokuho", "current"): "※3"}
for key, name, can, ka, _, _, _, sett, est, tgt in DEBTS:
    d = DATA[key]
    merge(ws, rw, 1, rw + 2, 1, name, al="center", wrap=True)
    D.set(debt=can, debt_raw=name)
    for j, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        if seg == "total":
            pair, ppair = seg_total(d), seg_total(d["prev"])
        else:
            pair, ppair = d[seg], d["prev"][seg]
        fill = SUB if seg == "total" else None
        a, cc = k(pair[0]), k(pair[1])
        v, pv = rate(cc, a), rate(k(ppair[1]), k(ppair[0]))
        D.set(seg=seg)
        ws.row_dimensions[rw + j].height = 25
        put(ws, rw + j, 2, lab, border=BOX, fill=fill, al="center")
        put(ws, rw + j, 3, D.f(c(a), a * 1000, "assessed", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=fill, al="right")
        put(ws, rw + j, 4, D.f(c(cc), cc * 1000, "collected", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=fill, al="right")
        mark = FOOTMARK.get((key, seg), "")
        put(ws, rw + j, 5, D.f(f"{v:.2f}", v, "collection_rate", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF) + mark, border=BOX, fill=fill, al="right")
        put(ws, rw + j, 6, D.f(f"{pv:.2f}", pv, "collection_rate", fy=FYP, fy_raw="前年同月", basis="interim", as_of=ASOF_P), border=BOX, fill=fill, al="right")
        put(ws, rw + j, 7, D.f(tri(round(v - pv, 2), "▲", 2), round(v - pv, 2), "difference", unit="points", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=fill, al="right")
        if seg != "total":
            si = 0 if seg == "current" else 1
            put(ws, rw + j, 8, D.f(f"{est[si]:.2f}", est[si], "collection_rate", fy=FY, fy_raw="決算見込", basis="estimate")
                + "（" + D.f(f"{sett[si]:.2f}", sett[si], "collection_rate", fy=FYP, fy_raw="前年度決算", basis="actual") + "）",
                border=BOX, fill=fill, al="right")
            put(ws, rw + j, 9, D.f(f"{tgt[si]:.2f}", tgt[si], "collection_rate", fy=FY, fy_raw="目標", basis="target"), border=BOX, fill=fill, al="right")
        else:
            put(ws, rw + j, 8, "－", border=BOX, fill=fill, al="center")
            put(ws, rw + j, 9, "－", border=BOX, fill=fill, al="center")
    D.clear()
    rw += 3
    if key == BREAK_AFTER:
        ws.row_breaks.append(Break(id=rw - 1))
        D.page = 4
# 合計 rows
merge(ws, rw, 1, rw + 2, 1, "合計", al="center", fill=SUB)
D.set(debt=None, debt_raw="合計")
for j, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))):
    if seg == "total":
        a = sum(k(DATA[x][s][0]) for x in DATA for s in ("current", "arrears"))
        cc = sum(k(DATA[x][s][1]) for x in DATA for s in ("current", "arrears"))
        pa = sum(k(DATA[x]["prev"][s][0]) for x in DATA for s in ("current", "arrears"))
        pc = sum(k(DATA[x]["prev"][s][1]) for x in DATA for s in ("current", "arrears"))
    else:
        a = sum(k(DATA[x][seg][0]) for x in DATA)
        cc = sum(k(DATA[x][seg][1]) for x in DATA)
        pa = sum(k(DATA[x]["prev"][seg][0]) for x in DATA)
        pc = sum(k(DATA[x]["prev"][seg][1]) for x in DATA)
    v, pv = rate(cc, a), rate(pc, pa)
    D.set(seg=seg)
    put(ws, rw + j, 2, lab, border=BOX, fill=SUB, al="center")
    put(ws, rw + j, 3, D.f(c(a), a * 1000, "assessed", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=SUB, al="right")
    put(ws, rw + j, 4, D.f(c(cc), cc * 1000, "collected", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=SUB, al="right")
    put(ws, rw + j, 5, D.f(f"{v:.2f}", v, "collection_rate", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=SUB, al="right")
    put(ws, rw + j, 6, D.f(f"{pv:.2f}", pv, "collection_rate", fy=FYP, fy_raw="前年同月", basis="interim", as_of=ASOF_P), border=BOX, fill=SUB, al="right")
    put(ws, rw + j, 7, D.f(tri(round(v - pv, 2), "▲", 2), round(v - pv, 2), "difference", unit="points", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF), border=BOX, fill=SUB, al="right")
    put(ws, rw + j, 8, "－", border=BOX, fill=SUB, al="center")
    put(ws, rw + j, 9, "－", border=BOX, fill=SUB, al="center")
D.clear()
rw += 4
put(ws, rw, 1, "※1 収納率＝収入済額÷調定額×100。調定額及び収入済額は千円未満を四捨五入している。", size=8)
rw += 1
put(ws, rw, 1, "※2 市営住宅使用料の滞納繰越分調定額には、退去者分 "
    + D.f("18,342千円", 18_342_000, "assessed", debt="住宅使用料", debt_raw="市営住宅使用料", fy=FY, fy_raw="令和6年2月末",
          seg="arrears", basis="interim", as_of=ASOF) + "を含む。", size=8)
rw += 1
put(ws, rw, 1, "※3 国民健康保険税の現年分は、年度途中の資格喪失者分を含む。", size=8)
rw += 2
# --- two tables side by side: metric rows (水道料金) | debt rows (その他の債権)
put(ws, rw, 1, "４　その他の債権の状況（令和6年2月末現在）", size=11, bold=True)
rw += 1
merge(ws, rw, 1, rw, 4, "債権名　水道料金（現年分）", fill=HEAD, al="left")
W_T = (498_612_300, 455_870_200)
W_P = (502_104_800, 457_913_400)
for j, v in enumerate(["項目", "前年同月", "本年度", "増減"]):
    put(ws, rw + 1, 1 + j, v, border=BOX, fill=HEAD, al="center", size=9)
D.set(debt="水道料金", debt_raw="水道料金", seg="current", basis="interim")
wr_t, wr_p = rate(k(W_T[1]), k(W_T[0])), rate(k(W_P[1]), k(W_P[0]))
for j, (lab, mt, vt, vp) in enumerate((("調定額（千円）", "assessed", k(W_T[0]), k(W_P[0])),
                                        ("収入済額（千円）", "collected", k(W_T[1]), k(W_P[1])))):
    put(ws, rw + 2 + j, 1, lab, border=BOX, size=9)
    put(ws, rw + 2 + j, 2, D.f(c(vp), vp * 1000, mt, fy=FYP, fy_raw="前年同月", as_of=ASOF_P), border=BOX, al="right")
    put(ws, rw + 2 + j, 3, D.f(c(vt), vt * 1000, mt, fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
    put(ws, rw + 2 + j, 4, D.f(tri(vt - vp, "▲"), (vt - vp) * 1000, "difference", unit="yen", fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
put(ws, rw + 4, 1, "収納率（％）", border=BOX, size=9)
put(ws, rw + 4, 2, D.f(f"{wr_p:.2f}", wr_p, "collection_rate", fy=FYP, fy_raw="前年同月", as_of=ASOF_P), border=BOX, al="right")
put(ws, rw + 4, 3, D.f(f"{wr_t:.2f}", wr_t, "collection_rate", fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
put(ws, rw + 4, 4, D.f(tri(round(wr_t - wr_p, 2), "▲", 2), round(wr_t - wr_p, 2), "difference", unit="points", fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
D.clear()
# right: debts as rows, stacked amount over rate
SMALL = [("保育所保育料", "保育所保育料", "こども課", (71_204_500, 68_937_100)),
         ("放課後児童クラブ利用料", "放課後児童クラブ利用料", "教育総務課", (38_612_000, 37_481_900)),
         ("し尿処理手数料", "し尿処理手数料", "環境課", (22_407_800, 20_912_600))]
merge(ws, rw, 6, rw, 9, "その他の債権（現年分）", fill=HEAD, al="left")
for j, v in enumerate(["債権名", "所管課", "調定額（千円）", "収入済額（千円）\n収納率（％）"]):
    put(ws, rw + 1, 6 + j, v, border=BOX, fill=HEAD, al="center", size=8, wrap=True)
ws.row_dimensions[rw + 1].height = 26
for j, (name, can, ka, (a_, c_)) in enumerate(SMALL):
    a, cc = k(a_), k(c_)
    v = rate(cc, a)
    D.set(debt=can, debt_raw=name, seg="current", fy=FY, fy_raw="令和6年2月末現在", basis="interim", as_of=ASOF)
    put(ws, rw + 2 + j, 6, name, border=BOX, size=8, wrap=True)
    put(ws, rw + 2 + j, 7, ka, border=BOX, size=8)
    put(ws, rw + 2 + j, 8, D.f(c(a), a * 1000, "assessed"), border=BOX, al="right")
    put(ws, rw + 2 + j, 9, D.f(c(cc), cc * 1000, "collected") + "\n" + D.f(f"{v:.2f}", v, "collection_rate"), border=BOX, al="right", wrap=True)
    ws.row_dimensions[rw + 2 + j].height = 28
    D.clear()

# ================================================================== sheet 4 / page 5
D.page = 5
ws = sheet("地域別・取組", widths=[6, 20, 13, 13, 11, 4, 30, 12])
merge(ws, 1, 1, 1, 8, "５　地域別収納状況（市税・現年分）", border=None, size=12, bold=True)
put(ws, 2, 8, "（単位：％、ポイント）", size=8, al="right")
for j, v in enumerate(["地域", "前年同月", "本年度", "増減"]):
    put(ws, 3, 2 + j, v, border=BOX, fill=HEAD, al="center")
def split(pair, share, dr):
    a1 = int(round(pair[0] * share))
    c1 = int(round(a1 * (pair[1] / pair[0] + dr)))
    return (a1, c1), (pair[0] - a1, pair[1] - c1)


_kt, _st = split(zt, 0.8302, 0.0021)
_kp, _sp = split(zp, 0.8297, 0.0019)
AREA = [("海南地域", _kt, _kp), ("下津地域", _st, _sp)]
D.set(debt="市税", debt_raw="市税", seg="current", basis="interim")
for j, (ar, tpair, ppair) in enumerate(AREA):
    v, pv = rr(tpair), rr(ppair)
    D.set(area=ar)
    put(ws, 4 + j, 2, ar, border=BOX)
    put(ws, 4 + j, 3, D.f(f"{pv:.2f}", pv, "collection_rate", fy=FYP, fy_raw="前年同月", as_of=ASOF_P), border=BOX, al="right")
    put(ws, 4 + j, 4, D.f(f"{v:.2f}", v, "collection_rate", fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
    put(ws, 4 + j, 5, D.f(tri(round(v - pv, 2), "▲", 2), round(v - pv, 2), "difference", unit="points", fy=FY, fy_raw="本年度", as_of=ASOF), border=BOX, al="right")
D.set(area=None)
put(ws, 6, 2, "計", border=BOX, fill=SUB)
put(ws, 6, 3, D.f(f"{rzp:.2f}", rzp, "collection_rate", fy=FYP, fy_raw="前年同月", as_of=ASOF_P, debt_raw="計", debt="市税"), border=BOX, fill=SUB, al="right")
put(ws, 6, 4, D.f(f"{rz:.2f}", rz, "collection_rate", fy=FY, fy_raw="本年度", as_of=ASOF, debt_raw="計", debt="市税"), border=BOX, fill=SUB, al="right")
put(ws, 6, 5, D.f(tri(round(rz - rzp, 2), "▲", 2), round(rz - rzp, 2), "difference", unit="points", fy=FY, fy_raw="本年度", as_of=ASOF, debt_raw="計", debt="市税"), border=BOX, fill=SUB, al="right")
D.clear()
put(ws, 7, 2, "※ 下津地域は下津行政局管内（旧下津町）の納税義務者分。", size=8)

merge(ws, 9, 1, 9, 8, "６　滞納者数及び差押件数（2月末現在）", border=None, size=12, bold=True)
put(ws, 10, 8, "（単位：人、件）", size=8, al="right")
merge(ws, 11, 2, 12, 2, "債権名", fill=HEAD, al="center")
merge(ws, 11, 3, 11, 4, "滞納者数", fill=HEAD, al="center")
merge(ws, 11, 5, 11, 7, "差押件数", fill=HEAD, al="center")
for j, v in enumerate(["前年同月", "本年度", "前年同月", "本年度"]):
    col = [3, 4, 5, 7][j]
    if j == 3:
        put(ws, 12, 6, "", border=BOX, fill=HEAD)
        merge(ws, 12, 6, 12, 7, v, fill=HEAD, al="center")
    else:
        put(ws, 12, col, v, border=BOX, fill=HEAD, al="center")
CNT = [("市税", "市税", 2_146, 2_031, 412, 438), ("国民健康保険税", "国民健康保険料", 1_387, 1_352, 166, 181)]
for j, (name, can, dp, dt, sp, st) in enumerate(CNT):
    rw = 13 + j
    put(ws, rw, 2, name, border=BOX)
    put(ws, rw, 3, D.f(c(dp), dp, "delinquents", unit="persons", debt=can, debt_raw=name, fy=FYP, fy_raw="前年同月", seg="total", basis="interim", as_of=ASOF_P), border=BOX, al="right")
    put(ws, rw, 4, D.f(c(dt), dt, "delinquents", unit="persons", debt=can, debt_raw=name, fy=FY, fy_raw="本年度", seg="total", basis="interim", as_of=ASOF), border=BOX, al="right")
    put(ws, rw, 5, c(sp), border=BOX, al="right")
    put(ws, rw, 6, "", border=BOX)
    merge(ws, rw, 6, rw, 7, c(st), al="right")
put(ws, 15, 2, "※ 滞納者数は、2月末時点で滞納繰越分を有する実人数。", size=8)

merge(ws, 17, 1, 17, 8, "７　収納対策の取組状況", border=None, size=12, bold=True)
put(ws, 18, 8, "◎実施済　○実施中　△未着手", size=8, al="right")
put(ws, 19, 1, "No.", border=BOX, fill=HEAD, al="center")
merge(ws, 19, 2, 19, 3, "債権", fill=HEAD, al="center")
merge(ws, 19, 4, 19, 7, "取組内容", fill=HEAD, al="center")
put(ws, 19, 8, "", border=BOX, fill=HEAD)
SEC = "収納対策の取組状況"
ITEMS = [
    ("市税", "市税", "納期限後の早期催告として、督促状発送の10日後にSMSによる納付案内を送信した。【新規】", "新規", "◎"),
    ("市税", "市税", "12月を滞納整理強化月間とし、預貯金・給与の差押えを集中的に実施した。【継続】", "継続", "◎"),
    ("市税", "市税", "和歌山地方税回収機構へ高額滞納案件を移管し、滞納繰越分の縮減を図る。【継続】", "継続", "○"),
    ("国民健康保険税", "国民健康保険料", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。【継続】", "継続", "◎"),
    ("国民健康保険税", "国民健康保険料", "口座振替の勧奨を加入手続時に行い、振替率の向上を図る。【拡充】", "拡充", "○"),
    ("介護保険料", "介護保険料", "普通徴収の未納者に対し、地域包括支援センターと連携した訪問催告を実施する。", None, "△"),
    ("市営住宅使用料", "住宅使用料", "3か月以上の滞納者に対し、連帯保証人への納付依頼を行った。【継続】", "継続", "◎"),
    ("全債権", None, "債権所管課職員を対象に、滞納処分と債権の整理に関する研修を開催した。【拡充】", "拡充", "◎"),
]
for j, (dname, can, text, st, mk) in enumerate(ITEMS):
    rw = 20 + j
    put(ws, rw, 1, str(j + 1), border=BOX, al="center")
    merge(ws, rw, 2, rw, 3, dname, size=9)
    merge(ws, rw, 4, rw, 7, text, size=9, wrap=True)
    put(ws, rw, 8, mk, border=BOX, al="center", size=12)
    ws.row_dimensions[rw].height = 30
    plain = text.replace("【" + st + "】", "") if st else text
    D.item(plain, can, FY, SEC, str(j + 1), st, debt_raw=dname if can else None)

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice_pdf(xlsx, STEM)
D.write(pdf)
