"""fp_toyooka_progress_1: mid-year 収納状況・取組状況 report (令和６年２月末現在, a leap-year month end).

Tool chain: openpyxl (.xlsx, one sheet per page) -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen36:  python3 build/fp_toyooka_progress_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import Gold, PDF_DIR, WORK, c, check, oku_man, rate, round_man, sen, soffice_pdf, trif, zen  # noqa

STEM = "fp_toyooka_progress_1"
CITY = "豊岡市"
FONT = "IPAexGothic"
MFONT = "IPAexMincho"
ASOF, ASOF0 = "2024-02-29", "2023-02-28"
THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="F2F2F2")
ZEBRA = PatternFill("solid", fgColor="F7F9FC")

# ------------------------------------------------------------------ data (yen)
# canon, short, (FY2023: curA, Feb rate, arrA, Feb rate), (FY2022 same), final FY2022 (cur, arr),
# target FY2023 (cur, arr), estimate FY2023 (cur, arr)
DEBTS = [
    ("市税", "市税", (10512336870, 93.45, 386241530, 24.80), (10388120410, 93.13, 412560220, 23.65),
     (99.08, 27.90), (99.10, 28.50), (99.15, 29.20)),
    ("国民健康保険税", "国保税", (1402884300, 84.62, 298774100, 17.45), (1438552900, 84.10, 312040800, 16.92),
     (94.21, 20.35), (94.50, 21.00), (94.60, 20.80)),
    ("介護保険料", "介護料", (1688216400, 92.88, 34221700, 12.40), (1671402600, 92.61, 35886300, 11.85),
     (98.90, 15.10), (99.00, 15.50), (99.02, 15.30)),
    ("後期高齢者医療保険料", "後期高齢", (862451200, 93.80, 5873400, 30.15), (840126700, 93.55, 6124900, 28.70),
     (99.55, 36.20), (99.55, 37.00), (99.58, 36.80)),
    ("保育料", "保育料", (142338600, 91.20, 9884200, 13.60), (149227400, 90.75, 10461800, 12.95),
     (98.70, 16.40), (98.80, 17.00), (98.85, 16.90)),
    ("水道料金", "水道料金", (1212547300, 90.35, 21336900, 45.20), (1198772800, 90.10, 22051200, 43.85),
     (98.95, 52.30), (99.00, 53.00), (99.00, 53.40)),
]


def fig(spec):
    ca, cr, aa, ar = spec
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    for _ in range(3):
        if rate(ac, aa) != ar:
            ac += 1 if rate(ac, aa) < ar else -1
    assert rate(cc, ca) == cr and rate(ac, aa) == ar, spec
    return dict(ca=ca, cc=cc, cr=cr, aa=aa, ac=ac, ar=ar, A=ca + aa, C=cc + ac, R=rate(cc + ac, ca + aa))


F23 = {d[0]: fig(d[2]) for d in DEBTS}
F22 = {d[0]: fig(d[3]) for d in DEBTS}

MONTHS = ["４月末", "５月末", "６月末", "７月末", "８月末", "９月末", "１０月末", "１１月末", "１２月末", "１月末", "２月末", "３月末"]
MONTH_END = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
                    "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"],
             2022: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
                    "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]}
MONTHLY = {
    "市税": ([3.12, 14.85, 28.40, 39.96, 47.31, 53.02, 60.44, 66.18, 71.05, 80.26, 93.45, None],
           [3.05, 14.62, 28.11, 39.70, 47.02, 52.88, 60.12, 65.91, 70.84, 79.90, 93.13, 97.86]),
    "国民健康保険税": ([2.10, 6.85, 15.22, 23.80, 32.41, 41.03, 49.88, 58.20, 66.41, 75.12, 84.62, None],
                [2.04, 6.71, 14.98, 23.51, 32.02, 40.77, 49.51, 57.86, 66.02, 74.70, 84.10, 92.05]),
}
AREAS = [("豊岡地域", 0.618, 93.62, 93.30), ("城崎地域", 0.087, 92.10, 91.85), ("竹野地域", 0.041, 93.95, 93.70),
         ("日高地域", 0.132, 93.40, 93.02), ("出石地域", 0.081, 93.05, 92.80), ("但東地域", None, None, 93.88)]


# ------------------------------------------------------------------ sheet helpers
def setup(ws, landscape=False, widths=(), margins=(0.5, 0.45, 0.55, 0.45)):
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.top, ws.page_margins.right, ws.page_margins.bottom, ws.page_margins.left = margins
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, r, col, v, size=9, bold=False, align="left", fill=None, border=True, fmt=None, wrap=False,
        valign="center", font=FONT, vertical=False):
    cell = ws.cell(row=r, column=col, value=v)
    cell.font = Font(name=font, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap or vertical,
                               text_rotation=255 if vertical else 0)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


def merge(ws, r0, c0, r1, c1, v, **kw):
    for rr in range(r0, r1 + 1):
        for cc in range(c0, c1 + 1):
            put(ws, rr, cc, None, fill=kw.get("fill"), border=kw.get("border", True))
    cell = put(ws, r0, c0, v, **kw)
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    return cell


# ------------------------------------------------------------------ build
def build():
    g = Gold(STEM, "progress_report", "progress", CITY,
             "令和５年度 市税等の収納状況及び収納対策の取組状況について", "2024-02-29", "令和６年２月末現在")
    wb = Workbook()

    # ============================================================ page 1
    P = 1
    ws = wb.active
    ws.title = "1_概要"
    setup(ws, widths=[10, 6, 11.5, 11.5, 8, 11.5, 11.5, 8, 9])
    merge(ws, 1, 1, 1, 9, "令和５年度　市税等の収納状況及び収納対策の取組状況について", size=14, bold=True,
          align="center", border=False)
    ws.row_dimensions[1].height = 26
    merge(ws, 2, 1, 2, 9, "令和６年２月末現在　　豊岡市収納対策本部（事務局：税務部税務課）", size=9, align="right",
          border=False)
    merge(ws, 4, 1, 4, 9, "１　概要", size=11, bold=True, border=False)
    t, t0 = F23["市税"], F22["市税"]
    d_cur = round(t["cr"] - t0["cr"], 2)
    d_arr = round(t["ar"] - t0["ar"], 2)
    out_now = t["A"] - t["C"]
    out_prev = t0["A"] - t0["C"]
    s_out = "約" + oku_man(round_man(out_now, 100))
    s_dout = "約" + oku_man(round_man(out_prev - out_now, 100))
    z_cr, z_ar, z_dc, z_da = (zen(f"{x:.2f}") for x in (t["cr"], t["ar"], d_cur, d_arr))
    prose = (f"　令和６年２月末現在の市税の収納率は、現年課税分が{z_cr}％で前年同月を"
             f"{z_dc}ポイント上回り、滞納繰越分は{z_ar}％で前年同月から"
             f"{z_da}ポイント上昇した。２月末時点の市税の収入未済額は{s_out}で、前年同月と比べて"
             f"{s_dout}減少している。\n　国保税をはじめとする市税以外の主要債権も、現年度分の収納率はいずれも前年同月を上回っており、"
             "年度後半の取組（滞納整理強化月間、夜間・休日の納付相談）の効果が表れている。")
    merge(ws, 5, 1, 5, 9, prose, size=10.5, wrap=True, border=False, valign="top", font=MFONT)
    ws.row_dimensions[5].height = 70
    fr = "令和６年２月末"
    g.fact(P, "市税", "市税", 2023, fr, "current", "collection_rate", "interim", t["cr"], "percent",
           zen(f"{t['cr']:.2f}") + "％", as_of=ASOF)
    g.fact(P, "市税", "市税", 2023, fr, "current", "difference", "interim", d_cur, "points",
           zen(f"{d_cur:.2f}") + "ポイント", as_of=ASOF)
    g.fact(P, "市税", "市税", 2023, fr, "arrears", "collection_rate", "interim", t["ar"], "percent",
           zen(f"{t['ar']:.2f}") + "％", as_of=ASOF)
    g.fact(P, "市税", "市税", 2023, fr, "arrears", "difference", "interim", d_arr, "points",
           zen(f"{d_arr:.2f}") + "ポイント", as_of=ASOF)
    g.fact(P, "市税", "市税", 2023, fr, "total", "outstanding", "interim", round_man(out_now, 100), "yen", s_out,
           approx=True, as_of=ASOF)
    g.fact(P, "市税", "市税", 2023, fr, "total", "difference", "interim", -round_man(out_prev - out_now, 100), "yen",
           s_dout, approx=True, as_of=ASOF)

    merge(ws, 7, 1, 7, 9, "２　主要債権の収納状況（２月末現在）", size=11, bold=True, border=False)
    r = 8
    H = dict(fill=HEAD, align="center", size=8.5, wrap=True)
    merge(ws, r, 1, r + 1, 1, "債権名", **H)
    merge(ws, r, 2, r + 1, 2, "区分", **H)
    merge(ws, r, 3, r, 5, "前年度", **H)
    merge(ws, r, 6, r, 8, "本年度", **H)
    merge(ws, r, 9, r + 1, 9, "収納率\n増減\n（ポイント）", **H)
    for k, base in enumerate((3, 6)):
        put(ws, r + 1, base, "調定額（千円）", **H)
        put(ws, r + 1, base + 1, "収入済額（千円）", **H)
        put(ws, r + 1, base + 2, "収納率（％）", **H)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 28
    r += 2
    segs = [("現年", "current", ("ca", "cc", "cr")), ("滞繰", "arrears", ("aa", "ac", "ar")), ("計", "total", ("A", "C", "R"))]
    tot23 = {k: 0 for k in ("ca", "cc", "aa", "ac", "A", "C")}
    tot22 = dict(tot23)
    for canon, short, *_ in DEBTS:
        a, b = F23[canon], F22[canon]
        merge(ws, r, 1, r + 2, 1, short, size=9, align="center", fill=SUB)
        for k, (seg_l, seg, ks) in enumerate(segs):
            rr = r + k
            fill = SUB if seg == "total" else None
            put(ws, rr, 2, seg_l, align="center", fill=fill)
            vals = [sen(b[ks[0]]), sen(b[ks[1]]), b[ks[2]], sen(a[ks[0]]), sen(a[ks[1]]), a[ks[2]]]
            for j, v in enumerate(vals):
                put(ws, rr, 3 + j, v, align="right", fmt="0.00" if j in (2, 5) else "#,##0", fill=fill)
            diff = round(a[ks[2]] - b[ks[2]], 2)
            put(ws, rr, 9, trif(diff, 2, mark="▲"), align="right", fill=fill)
            for fy, src, asof, off, yl in ((2022, b, ASOF0, 0, "前年度"), (2023, a, ASOF, 3, "本年度")):
                g.fact(P, canon, short, fy, yl, seg, "assessed", "interim", sen(src[ks[0]]) * 1000, "yen",
                       c(sen(src[ks[0]])), as_of=asof)
                g.fact(P, canon, short, fy, yl, seg, "collected", "interim", sen(src[ks[1]]) * 1000, "yen",
                       c(sen(src[ks[1]])), as_of=asof)
                g.fact(P, canon, short, fy, yl, seg, "collection_rate", "interim", src[ks[2]], "percent",
                       f"{src[ks[2]]:.2f}", as_of=asof)
            g.fact(P, canon, short, 2023, "本年度", seg, "difference", "interim", diff, "points",
                   trif(diff, 2, mark="▲"), as_of=ASOF)
            ws.row_dimensions[rr].height = 14.5
        for k in tot23:
            tot23[k] += sen(a[k])
            tot22[k] += sen(b[k])
        r += 3
    merge(ws, r, 1, r + 2, 1, "合計", size=9, align="center", fill=HEAD, bold=True)
    for k, (seg_l, seg, ks) in enumerate(segs):
        rr = r + k
        r23 = rate(tot23[ks[1]], tot23[ks[0]])
        r22 = rate(tot22[ks[1]], tot22[ks[0]])
        put(ws, rr, 2, seg_l, align="center", fill=HEAD)
        vals = [tot22[ks[0]], tot22[ks[1]], r22, tot23[ks[0]], tot23[ks[1]], r23]
        for j, v in enumerate(vals):
            put(ws, rr, 3 + j, v, align="right", fmt="0.00" if j in (2, 5) else "#,##0", fill=HEAD)
        diff = round(r23 - r22, 2)
        put(ws, rr, 9, trif(diff, 2, mark="▲"), align="right", fill=HEAD)
        for fy, tt, rr_, asof, yl in ((2022, tot22, r22, ASOF0, "前年度"), (2023, tot23, r23, ASOF, "本年度")):
            g.fact(P, None, "合計", fy, yl, seg, "assessed", "interim", tt[ks[0]] * 1000, "yen", c(tt[ks[0]]), as_of=asof)
            g.fact(P, None, "合計", fy, yl, seg, "collected", "interim", tt[ks[1]] * 1000, "yen", c(tt[ks[1]]), as_of=asof)
            g.fact(P, None, "合計", fy, yl, seg, "collection_rate", "interim", rr_, "percent", f"{rr_:.2f}", as_of=asof)
        g.fact(P, None, "合計", 2023, "本年度", seg, "difference", "interim", diff, "points", trif(diff, 2, mark="▲"),
               as_of=ASOF)
        ws.row_dimensions[rr].height = 14.5
    r += 3
    merge(ws, r, 1, r, 9, "※ 前年度は令和５年２月末、本年度は令和６年２月末の数値。国保税：国民健康保険税、介護料：介護保険料、"
          "後期高齢：後期高齢者医療保険料、保育料：保育所等保育料、水道料金：水道事業会計。", size=7.5, wrap=True, border=False,
          valign="top")
    ws.row_dimensions[r].height = 24

    # ============================================================ page 2 (landscape, monthly)
    P = 2
    ws = wb.create_sheet("2_月別")
    setup(ws, landscape=True, widths=[9, 13, 9, 13, 9, 9, 2.5, 9, 13, 9, 13, 9, 9])
    merge(ws, 1, 1, 1, 13, "３　月別収納状況（累計・現年課税分）", size=12, bold=True, border=False)
    merge(ws, 2, 1, 2, 13, "本年度：令和５年度、前年度：令和４年度。収入済額は各月末までの累計。", size=8.5, border=False)
    blocks = [("市税", "市税（現年課税分）", 1), ("国民健康保険税", "国民健康保険税（現年課税分）", 8)]
    for canon, title, c0 in blocks:
        merge(ws, 4, c0, 4, c0 + 5, title, size=10, bold=True, border=False)
        H = dict(fill=HEAD, align="center", size=8.5, wrap=True)
        merge(ws, 5, c0, 6, c0, "月", **H)
        merge(ws, 5, c0 + 1, 5, c0 + 2, "本年度", **H)
        merge(ws, 5, c0 + 3, 5, c0 + 4, "前年度", **H)
        merge(ws, 5, c0 + 5, 6, c0 + 5, "増減\n（ポイント）", **H)
        for k in (0, 2):
            put(ws, 6, c0 + 1 + k, "収入済額（千円）", **H)
            put(ws, 6, c0 + 2 + k, "収納率（％）", **H)
        ws.row_dimensions[6].height = 26
        rates_now, rates_prev = MONTHLY[canon]
        A_now, A_prev = F23[canon]["ca"], F22[canon]["ca"]
        assert rates_now[10] == F23[canon]["cr"] and rates_prev[10] == F22[canon]["cr"]
        for i, m in enumerate(MONTHS):
            rr = 7 + i
            fill = ZEBRA if i % 2 else None
            put(ws, rr, c0, m, align="center", fill=fill)
            rn, rp = rates_now[i], rates_prev[i]
            cp = sen(round(A_prev * rp / 100))
            if rn is None:
                put(ws, rr, c0 + 1, "－", align="center", fill=fill)
                put(ws, rr, c0 + 2, "－", align="center", fill=fill)
                put(ws, rr, c0 + 5, "－", align="center", fill=fill)
            else:
                cn = sen(round(A_now * rn / 100))
                put(ws, rr, c0 + 1, cn, align="right", fmt="#,##0", fill=fill)
                put(ws, rr, c0 + 2, rn, align="right", fmt="0.00", fill=fill)
                diff = round(rn - rp, 2)
                put(ws, rr, c0 + 5, trif(diff, 2, mark="▲"), align="right", fill=fill)
                asof = MONTH_END[2023][i]
                g.fact(P, canon, canon, 2023, "本年度" + m, "current", "collected", "interim", cn * 1000, "yen", c(cn),
                       as_of=asof)
                g.fact(P, canon, canon, 2023, "本年度" + m, "current", "collection_rate", "interim", rn, "percent",
                       f"{rn:.2f}", as_of=asof)
                g.fact(P, canon, canon, 2023, "本年度" + m, "current", "difference", "interim", diff, "points",
                       trif(diff, 2, mark="▲"), as_of=asof)
            put(ws, rr, c0 + 3, cp, align="right", fmt="#,##0", fill=fill)
            put(ws, rr, c0 + 4, rp, align="right", fmt="0.00", fill=fill)
            asof0 = MONTH_END[2022][i]
            g.fact(P, canon, canon, 2022, "前年度" + m, "current", "collected", "interim", cp * 1000, "yen", c(cp),
                   as_of=asof0)
            g.fact(P, canon, canon, 2022, "前年度" + m, "current", "collection_rate", "interim", rp, "percent",
                   f"{rp:.2f}", as_of=asof0)
            ws.row_dimensions[rr].height = 17
    put(ws, 19, 1, None, border=False)
    merge(ws, 20, 1, 20, 13, "※ 収納率は各月末の収入済額を令和６年２月末（前年度は令和５年２月末）現在の調定額で除したもの。"
          "３月末の本年度欄は集計前のため「－」としている。", size=8, wrap=True, border=False, valign="top")
    ws.row_dimensions[20].height = 26
    a, b = F23["市税"], F22["市税"]
    merge(ws, 22, 1, 22, 13, f"（参考）２月末現在の調定額（現年課税分）　市税 本年度 {c(sen(a['ca']))}千円・前年度 "
          f"{c(sen(b['ca']))}千円 ／ 国民健康保険税 本年度 {c(sen(F23['国民健康保険税']['ca']))}千円・前年度 "
          f"{c(sen(F22['国民健康保険税']['ca']))}千円", size=8.5, border=False)
    for canon in ("市税", "国民健康保険税"):
        for fy, src, asof, yl in ((2023, F23, ASOF, "本年度"), (2022, F22, ASOF0, "前年度")):
            v = sen(src[canon]["ca"])
            g.fact(P, canon, canon, fy, yl, "current", "assessed", "interim", v * 1000, "yen", f"{c(v)}千円", as_of=asof)

    # ============================================================ page 3 (areas, year-end estimates)
    P = 3
    ws = wb.create_sheet("3_地域別・見込")
    setup(ws, widths=[12, 12.5, 12.5, 9, 9, 9, 9, 9, 9])
    merge(ws, 1, 1, 1, 9, "４　地域別の収納状況（市税・現年課税分、令和６年２月末現在）", size=11, bold=True, border=False)
    H = dict(fill=HEAD, align="center", size=8.5, wrap=True)
    heads = ["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月\n収納率（％）", "増減\n（ポイント）"]
    for j, h in enumerate(heads):
        put(ws, 3, 1 + j, h, **H)
    ws.row_dimensions[3].height = 28
    A_tot, C_tot = t["ca"], t["cc"]
    accA = accC = 0
    rows = []
    for i, (name, share, rnow, rprev) in enumerate(AREAS):
        if share is None:
            Ai, Ci = A_tot - accA, C_tot - accC
        else:
            Ai = round(A_tot * share) + 137 * (i + 1)
            Ci = round(Ai * rnow / 100)
            accA += Ai
            accC += Ci
        rows.append((name, Ai, Ci, rate(Ci, Ai), rprev))
    for i, (name, Ai, Ci, ri, rp) in enumerate(rows):
        rr = 4 + i
        diff = round(ri - rp, 2)
        vals = [name, sen(Ai), sen(Ci), ri, rp, trif(diff, 2, mark="▲")]
        for j, v in enumerate(vals):
            put(ws, rr, 1 + j, v, align="left" if j == 0 else "right", fmt={1: "#,##0", 2: "#,##0", 3: "0.00", 4: "0.00"}.get(j))
        ws.row_dimensions[rr].height = 16
        g.fact(P, "市税", "市税", 2023, "令和６年２月末", "current", "assessed", "interim", sen(Ai) * 1000, "yen",
               c(sen(Ai)), as_of=ASOF, area=name)
        g.fact(P, "市税", "市税", 2023, "令和６年２月末", "current", "collected", "interim", sen(Ci) * 1000, "yen",
               c(sen(Ci)), as_of=ASOF, area=name)
        g.fact(P, "市税", "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", ri, "percent",
               f"{ri:.2f}", as_of=ASOF, area=name)
        g.fact(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
               as_of=ASOF0, area=name)
        g.fact(P, "市税", "市税", 2023, "令和６年２月末", "current", "difference", "interim", diff, "points", vals[5],
               as_of=ASOF, area=name)
    rr = 4 + len(rows)
    sA, sC = sum(sen(x[1]) for x in rows), sum(sen(x[2]) for x in rows)
    rT = rate(sC, sA)
    diff = round(rT - t0["cr"], 2)
    vals = ["合計", sA, sC, rT, t0["cr"], trif(diff, 2, mark="▲")]
    for j, v in enumerate(vals):
        put(ws, rr, 1 + j, v, align="center" if j == 0 else "right", fill=SUB,
            fmt={1: "#,##0", 2: "#,##0", 3: "0.00", 4: "0.00"}.get(j))
    ws.row_dimensions[rr].height = 16
    g.fact(P, "市税", "合計", 2023, "令和６年２月末", "current", "assessed", "interim", sA * 1000, "yen", c(sA), as_of=ASOF)
    g.fact(P, "市税", "合計", 2023, "令和６年２月末", "current", "collected", "interim", sC * 1000, "yen", c(sC), as_of=ASOF)
    g.fact(P, "市税", "合計", 2023, "令和６年２月末", "current", "collection_rate", "interim", rT, "percent", f"{rT:.2f}",
           as_of=ASOF)
    g.fact(P, "市税", "合計", 2022, "前年同月", "current", "collection_rate", "interim", t0["cr"], "percent",
           f"{t0['cr']:.2f}", as_of=ASOF0)
    g.fact(P, "市税", "合計", 2023, "令和６年２月末", "current", "difference", "interim", diff, "points", vals[5], as_of=ASOF)
    merge(ws, rr + 1, 1, rr + 1, 9, "※ 地域は旧市町の区域。納税義務者の住所地により区分した。", size=8, border=False)

    # year-end estimates
    r = rr + 3
    merge(ws, r, 1, r, 9, "５　年度末の収納率の見込み", size=11, bold=True, border=False)
    r += 1
    merge(ws, r, 1, r, 9, "（単位：％）", size=8.5, align="right", border=False)
    r += 1
    H = dict(fill=HEAD, align="center", size=8.5, wrap=True)
    merge(ws, r, 1, r + 1, 1, "債権名", **H)
    merge(ws, r, 2, r, 5, "現年度分", **H)
    merge(ws, r, 6, r, 9, "滞納繰越分", **H)
    sub = ["R4決算", "R5目標", "R5見込", "見込－目標"]
    cols = [(2, 3, 4, 5), (6, 7, 8, 9)]
    for base in (2, 6):
        for j, h in enumerate(sub):
            put(ws, r + 1, base + j, h, **H)
    r += 2
    for i, (canon, short, _, _, fin, tgt, est) in enumerate(DEBTS):
        rr = r + i
        fill = ZEBRA if i % 2 else None
        put(ws, rr, 1, short, fill=fill)
        for k, seg in enumerate(("current", "arrears")):
            base = 2 + 4 * k
            diff = round(est[k] - tgt[k], 2)
            put(ws, rr, base, fin[k], align="right", fmt="0.00", fill=fill)
            put(ws, rr, base + 1, tgt[k], align="right", fmt="0.00", fill=fill)
            put(ws, rr, base + 2, est[k], align="right", fmt="0.00", fill=fill)
            put(ws, rr, base + 3, trif(diff, 2, mark="▲"), align="right", fill=fill)
            g.fact(P, canon, short, 2022, "R4決算", seg, "collection_rate", "actual", fin[k], "percent", f"{fin[k]:.2f}")
            g.fact(P, canon, short, 2023, "R5目標", seg, "collection_rate", "target", tgt[k], "percent", f"{tgt[k]:.2f}")
            g.fact(P, canon, short, 2023, "R5見込", seg, "collection_rate", "estimate", est[k], "percent", f"{est[k]:.2f}")
            g.fact(P, canon, short, 2023, "R5見込", seg, "difference", "estimate", diff, "points", trif(diff, 2, mark="▲"))
        ws.row_dimensions[rr].height = 16
    r += len(DEBTS) + 1
    # prose with estimate of 市税 outstanding
    wo22, wo23 = 21452300, 19830400
    out22 = (t0["ca"] - round(t0["ca"] * DEBTS[0][4][0] / 100)) + (t0["aa"] - round(t0["aa"] * DEBTS[0][4][1] / 100)) - wo22
    out23 = (t["ca"] - round(t["ca"] * DEBTS[0][6][0] / 100)) + (t["aa"] - round(t["aa"] * DEBTS[0][6][1] / 100)) - wo23
    s23, s22 = "約" + oku_man(round_man(out23, 100)), "約" + oku_man(round_man(out22, 100))
    sd = "約" + oku_man(round_man(out22, 100) - round_man(out23, 100))
    xs = [d[1] for d in DEBTS if d[6][1] < d[5][1]]
    below = "、".join(xs[:-1]) + "及び" + xs[-1] if len(xs) > 1 else xs[0]
    txt = (f"　市税の年度末の収入未済額は{s23}となる見込みで、令和４年度決算の{s22}から{sd}の減少となる。"
           f"一方、滞納繰越分は{below}で目標をやや下回る見込みであり、３月以降も財産調査と差押えを継続する。")
    merge(ws, r, 1, r, 9, txt, size=9.5, wrap=True, border=False, valign="top", font=MFONT)
    ws.row_dimensions[r].height = 58
    g.fact(P, "市税", "市税", 2023, "年度末", "total", "outstanding", "estimate", round_man(out23, 100), "yen", s23,
           approx=True)
    g.fact(P, "市税", "市税", 2022, "令和４年度決算", "total", "outstanding", "actual", round_man(out22, 100), "yen", s22,
           approx=True)
    g.fact(P, "市税", "市税", 2023, "年度末", "total", "difference", "estimate",
           -(round_man(out22, 100) - round_man(out23, 100)), "yen", sd, approx=True)

    # ============================================================ page 4 (取組の実施状況)
    P = 4
    ws = wb.create_sheet("4_取組")
    setup(ws, widths=[11, 46, 33])
    merge(ws, 1, 1, 1, 3, "６　主な取組の実施状況（令和６年２月末現在）", size=11, bold=True, border=False)
    H = dict(fill=HEAD, align="center", size=9, wrap=True)
    put(ws, 3, 1, "債権名", **H)
    put(ws, 3, 2, "内容", **H)
    put(ws, 3, 3, "２月末までの実施状況", **H)
    ws.row_dimensions[3].height = 18
    rows = [
        ("市税", "市税", [("①", "納期限後２０日以内の督促状送付と、未納者への電話催告センターからの早期架電", "継続"),
                         ("②", "預貯金・給与の電子照会による財産調査の迅速化", "拡充"),
                         ("③", "１２月を滞納整理強化月間とし、差押えと捜索を集中実施", "継続")],
         "差押件数　４１２件（前年同月　３８８件）\n滞納者数　１，８４２人（前年同月　１，９６７人）\n捜索　３件",
         [("delinquents", 2023, 1842, "persons", "１，８４２人", ASOF), ("delinquents", 2022, 1967, "persons", "１，９６７人", ASOF0)]),
        ("国民健康保険税", "国保税", [("①", "資格取得時の窓口での口座振替申込みの受付", "継続"),
                               ("②", "２期以上の未納世帯への財産調査と差押え", "継続"),
                               ("③", "納付書へのＱＲコード印字によるスマートフォン決済の案内", "新規")],
         "短期被保険者証の交付　２１８世帯\n滞納世帯数　９８６世帯（前年同月　１，０４２世帯）",
         [("delinquents", 2023, 986, "households", "９８６世帯", ASOF),
          ("delinquents", 2022, 1042, "households", "１，０４２世帯", ASOF0)]),
        ("介護保険料", "介護料", [("①", "普通徴収の被保険者への個別の納付案内", "継続"),
                              ("②", "給付制限の対象となる前の制度説明文書の送付", "拡充")],
         "個別案内　６０４件\n給付制限の予告　２１件", []),
        ("保育料", "保育料", [("①", "児童手当からの特別徴収の勧奨", "継続"),
                           ("②", "卒園児の滞納世帯への一斉催告（年２回）", "継続")],
         "特別徴収の申出　４８世帯\n一斉催告　２回（７月・１２月）", []),
        ("水道料金", "水道料金", [("①", "給水停止予告と停止の執行", "継続"),
                             ("②", "閉栓者の未納分の債権回収委託", "新規")],
         "給水停止予告　３９２件、停止執行　１８件\n回収委託の開始（１０月）", []),
    ]
    r = 4
    for canon, short, items, status, sfacts in rows:
        text = "\n".join(f"{lab}{txt}【{st}】" for lab, txt, st in items)
        put(ws, r, 1, short, align="center", valign="center")
        put(ws, r, 2, text, size=10, wrap=True, valign="top", font=MFONT)
        put(ws, r, 3, status, size=10, wrap=True, valign="top")
        import math
        lines = sum(math.ceil(len(f"{lab}{txt}【{st}】") / 29) for lab, txt, st in items)
        lines = max(lines, sum(math.ceil(len(x) / 21) for x in status.split("\n")))
        ws.row_dimensions[r].height = 12.8 * lines + 4
        for lab, txt, st in items:
            g.init(P, canon, short, 2023, "主な取組の実施状況", lab, txt, st)
        for metric, fy, v, unit, raw, asof in sfacts:
            g.fact(P, canon, short, fy, "前年同月" if fy == 2022 else "令和６年２月末", "total", metric, "interim", v,
                   unit, raw, as_of=asof)
        r += 1
    merge(ws, r + 1, 1, r + 1, 3, "※ 件数・世帯数は令和５年４月１日から令和６年２月２９日までの累計。", size=8, border=False)
    r += 3
    merge(ws, r, 1, r, 3, "７　出納整理期間（令和６年４月～５月）に向けた全庁の取組", size=11, bold=True, border=False)
    r += 1
    plan = [("ア", "３月中旬に全債権の未納者へ一斉に催告書を送付し、出納閉鎖までの納付を促す。", "新規"),
            ("イ", "３月の土曜日２回と、４月・５月の夜間（午後８時まで）に納付相談窓口を開設する。", "継続"),
            ("ウ", "分納誓約の不履行者には、誓約の取消しと財産調査を３月末までに行う。", "継続"),
            ("エ", "時効が近い非強制徴収債権は、支払督促の申立てを検討し、時効の更新を図る。", None)]
    for lab, txt, st in plan:
        body = f"{lab}　{txt}" + (f"【{st}】" if st else "")
        merge(ws, r, 1, r, 3, body, size=10, wrap=True, border=False, valign="top", font=MFONT)
        ws.row_dimensions[r].height = 30 if len(body) > 40 else 17
        g.init(P, None, None, 2023, "出納整理期間に向けた全庁の取組", lab, txt, st)
        r += 1

    wb.properties.creator = CITY
    wb.properties.title = g.doc["title"]
    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = soffice_pdf(xlsx, WORK / "out")
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    g.write(dst)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
