"""qi_mimasaka_progress_1: 美作市 債権管理計画 進捗状況報告（令和6年2月末現在）, openpyxl -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from qi_common import (Facts, Inits, PDF_DIR, WORK, c, check, fr, q, rate, tri, trif, write_gold)
from qi_docxkit import to_pdf

STEM = "qi_mimasaka_progress_1"
CITY = "美作市"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"     # 令和6年2月末 (leap year) / 前年同月

GF = "IPAexGothic"
MF = "IPAexMincho"
THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="777777")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDRF = PatternFill("solid", fgColor="DDE6F0")
SUBF = PatternFill("solid", fgColor="F2F2F2")
ZEB = PatternFill("solid", fgColor="F3F6FA")
N0 = '#,##0;"△"#,##0'
N2 = '0.00'
D2 = '0.00;"△"0.00'

# ------------------------------------------------------------------ data (千円)
# monthly cumulative 市税 現年課税分: (調定額, 収入済額) this year and last year, 4月末 .. 3月末
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
TAX_NOW = [(1402315, 186420), (1468902, 538115), (2385410, 772506), (2401288, 1131870), (2410256, 1342055),
           (2418730, 1518340), (2425102, 1724315), (2430015, 1871208), (2436877, 2097430), (2441950, 2214786),
           (2448312, 2328812), None]
TAX_PREV = [(1388640, 179215), (1451273, 524390), (2360185, 752618), (2377402, 1108554), (2385920, 1316842),
            (2393317, 1489115), (2400865, 1692270), (2405118, 1836945), (2411240, 2058212), (2416892, 2175415),
            (2421876, 2297872), (2425310, 2381205)]


def asof(y_fy, m):
    import calendar
    y = y_fy if m >= 4 else y_fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


# debt: short, (cur_a, cur_rate, arr_a, arr_rate) now, same for last year, est cur/arr, target cur/arr, prev 決算 cur/arr
RAW = {
    "市税": ("市税", (2448312, None, 118540, 21.40), (2421876, None, 124310, 19.85), (99.05, 24.00), (99.10, 25.00), (98.93, 22.84)),
    "国民健康保険税": ("国保税", (548210, 84.36, 168420, 17.22), (556318, 83.95, 175230, 16.10), (94.80, 19.50), (95.00, 20.00), (94.52, 18.37)),
    "介護保険料": ("介護料", (612450, 92.80, 24310, 15.62), (605118, 92.41, 25870, 14.95), (98.95, 19.00), (99.00, 20.00), (98.82, 18.12)),
    "後期高齢者医療保険料": ("後期高齢", (318420, 93.45, 3120, 38.40), (309876, 93.12, 3405, 36.90), (99.55, 45.00), (99.60, 45.00), (99.48, 43.65)),
    "保育料": ("保育料", (42180, 88.40, 9840, 14.20), (43915, 87.86, 10318, 13.05), (98.40, 17.00), (98.50, 18.00), (98.21, 16.48)),
    "市営住宅使用料": ("住宅使用料", (88420, 90.15, 30120, 9.85), (89312, 89.72, 31480, 9.12), (96.50, 12.00), (96.80, 12.50), (96.34, 11.26)),
    "水道料金": ("水道料金", (512300, 91.20, 11240, 41.30), (508714, 91.05, 11905, 40.12), (98.95, 48.00), (99.00, 50.00), (98.87, 46.51)),
    "下水道使用料": ("下水道料", (286400, 91.05, 7420, 39.80), (283912, 90.88, 7816, 38.35), (98.90, 46.00), (99.00, 48.00), (98.79, 44.02)),
}
ORDER = list(RAW)
DATA = {}
for k, (short, now, prev, est, tgt, pfin) in RAW.items():
    out = {}
    for tag, (ca, cr, aa, ar) in (("now", now), ("prev", prev)):
        if k == "市税":
            ca, cc = (TAX_NOW if tag == "now" else TAX_PREV)[10]
        else:
            cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        out[tag] = dict(cur_a=ca, cur_c=cc, cur_r=rate(cc, ca), arr_a=aa, arr_c=ac, arr_r=rate(ac, aa),
                        tot_a=ca + aa, tot_c=cc + ac, tot_r=rate(cc + ac, ca + aa))
    DATA[k] = dict(short=short, est=est, tgt=tgt, pfin=pfin, **out)

# districts: 市税 滞納繰越分 (2月末)
AREAS = [("美作地域", 0.318, 0.221, 212, 41), ("勝田地域", 0.092, 0.205, 63, 12), ("大原地域", 0.156, 0.218, 98, 19),
         ("東粟倉地域", 0.041, 0.236, 27, 5), ("作東地域", 0.227, 0.205, 147, 28), ("英田地域", None, None, 88, 16)]


def area_rows():
    tot_a = DATA["市税"]["now"]["arr_a"]
    tot_c = DATA["市税"]["now"]["arr_c"]
    rows = []
    sa = sc = 0
    for name, share, r, pers, cases in AREAS:
        if share is None:
            a, cc = tot_a - sa, tot_c - sc
        else:
            a = round(tot_a * share)
            cc = round(a * r)
        sa += a
        sc += cc
        rows.append((name, pers, a, cc, rate(cc, a), cases))
    return rows


F = Facts()
I = Inits()
wb = Workbook()


def cell(ws, ref, v, fmt=None, font=MF, size=10, bold=False, fill=None, h="left", v_="center", border=True,
         wrap=False):
    x = ws[ref]
    x.value = v
    if fmt:
        x.number_format = fmt
    x.font = Font(name=font, size=size, bold=bold)
    if fill:
        x.fill = fill
    x.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        x.border = BOX
    return x


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    cell(ws, first, v, **kw)
    if kw.get("border", True):
        for row in ws[rng]:
            for x in row:
                x.border = BOX
                if kw.get("fill"):
                    x.fill = kw["fill"]


def setup(ws, landscape=False, widths=None, fit=True, scale=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    if scale:
        ws.page_setup.scale = scale
    ws.oddFooter.center.text = "美作市 税務課"
    ws.oddFooter.center.size = 8
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


COLS = "ABCDEFGHIJKLMNOP"


# ================================================================ sheet 1: 概要 (47, 2, 5, 11, 19, 20, 41, 22)
def sheet1():
    p = 1
    ws = wb.active
    ws.title = "概要"
    setup(ws, widths={"A": 3, "B": 24, "C": 13, "D": 13, "E": 11, "F": 3})
    ws.row_dimensions[1].height = 22
    merge(ws, "A1:F1", "令和５年度 美作市債権管理計画 進捗状況報告", font=GF, size=14, h="center", border=False)
    merge(ws, "A2:F2", "（令和６年２月末現在）", font=GF, size=11, h="center", border=False)
    merge(ws, "A3:F3", "令和6年3月15日　総務部税務課", size=9.5, h="right", border=False)
    cell(ws, "A5", "１　主要債権の収納率（現年分＋滞納繰越分、各年度2月末）", font=GF, size=11, border=False)
    cell(ws, "E6", "（単位：％）", size=8.5, h="right", border=False)
    hdr = ["債権名", "前年度", "本年度", "増減"]
    for j, hname in enumerate(hdr):
        cell(ws, f"{COLS[1 + j]}7", hname, font=GF, size=9.5, fill=HDRF, h="center")
    r = 8
    for k in ORDER:
        d = DATA[k]
        pv, nv = d["prev"]["tot_r"], d["now"]["tot_r"]
        dd = float(q(nv - pv))
        fill = ZEB if (r % 2 == 0) else None
        cell(ws, f"B{r}", k, size=9.5, fill=fill)
        cell(ws, f"C{r}", pv, N2, size=9.5, h="right", fill=fill)
        cell(ws, f"D{r}", nv, N2, size=9.5, h="right", fill=fill)
        cell(ws, f"E{r}", dd, D2, size=9.5, h="right", fill=fill)
        F.add(p, k, k, PFY, "前年度", "total", "collection_rate", "interim", pv, "percent", fr(pv), as_of=PASOF)
        F.add(p, k, k, FY, "本年度", "total", "collection_rate", "interim", nv, "percent", fr(nv), as_of=ASOF)
        F.add(p, k, k, FY, "本年度", "total", "difference", "interim", dd, "points", trif(dd, 2, "△"), as_of=ASOF)
        r += 1
    cell(ws, f"B{r}", "※ 増減はポイント。△は前年度を下回ったもの。", size=8.5, border=False)
    r += 2
    cell(ws, f"A{r}", "２　市税の状況", font=GF, size=11, border=False)
    r += 1
    cell(ws, f"B{r}", "【収納率】令和6年2月末時点", font=GF, size=10, border=False)
    t = DATA["市税"]
    r += 1
    for seg, sname, lab in (("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "合計")):
        nv, pv = t["now"][f"{seg}_r"], t["prev"][f"{seg}_r"]
        merge(ws, f"B{r}:E{r}", f"・{lab}　{fr(nv)}％（前年同月 {fr(pv)}％）", size=10, border=False)
        F.add(p, "市税", "市税", FY, "令和6年2月末", sname, "collection_rate", "interim", nv, "percent", f"{fr(nv)}％", as_of=ASOF)
        F.add(p, "市税", "市税", PFY, "前年同月", sname, "collection_rate", "interim", pv, "percent", f"{fr(pv)}％", as_of=PASOF)
        r += 1
    r += 1
    cell(ws, f"A{r}", "３　年度末の見込み", font=GF, size=11, border=False)
    r += 1
    est_c, est_a = t["est"]
    tg_c, tg_a = t["tgt"]
    pf_c, pf_a = t["pfin"]
    dd = float(q(est_c - pf_c))
    txt = (f"市税の現年分は、令和6年2月末で{c(t['now']['cur_c'])}千円を収納しており、"
           f"決算見込みの収納率は{fr(est_c)}％（目標{fr(tg_c)}％）で、前年度決算（{fr(pf_c)}％）と比べて"
           f"{dd:.2f}ポイント上昇する見込みである。\n滞納繰越分は決算見込み{fr(est_a)}％で、目標の{fr(tg_a)}％を"
           f"下回る見込みのため、3月に財産調査と差押えを集中して行う。")
    ws.row_dimensions[r].height = 92
    merge(ws, f"B{r}:E{r}", txt, size=10, border=False, wrap=True, v_="top")
    F.add(p, "市税", "市税", FY, "令和6年2月末", "current", "collected", "interim", t["now"]["cur_c"] * 1000, "yen",
          f"{c(t['now']['cur_c'])}千円", as_of=ASOF)
    F.add(p, "市税", "市税", FY, None, "current", "collection_rate", "estimate", est_c, "percent", f"{fr(est_c)}％")
    F.add(p, "市税", "市税", FY, None, "current", "collection_rate", "target", tg_c, "percent", f"{fr(tg_c)}％")
    F.add(p, "市税", "市税", PFY, "前年度", "current", "collection_rate", "actual", pf_c, "percent", f"{fr(pf_c)}％")
    F.add(p, "市税", "市税", FY, None, "current", "difference", "estimate", dd, "points", f"{dd:.2f}ポイント")
    F.add(p, "市税", "市税", FY, None, "arrears", "collection_rate", "estimate", est_a, "percent", f"{fr(est_a)}％")
    F.add(p, "市税", "市税", FY, None, "arrears", "collection_rate", "target", tg_a, "percent", f"{fr(tg_a)}％")
    r += 2
    cell(ws, f"A{r}", "４　報告内容", font=GF, size=11, border=False)
    for i, s in enumerate(["（1）市税 現年課税分の月別収納状況 …… 2ページ",
                           "（2）市税 滞納繰越分の地域別状況ほか …… 3ページ",
                           "（3）債権別の収納状況 …… 4～5ページ",
                           "（4）債権別の取組状況 …… 6ページ"]):
        merge(ws, f"B{r + 1 + i}:E{r + 1 + i}", s, size=10, border=False)


# ================================================================ sheet 2: monthly table (46, 18, 42, 22, 5)
def sheet2():
    p = 2
    ws = wb.create_sheet("月別")
    setup(ws, landscape=True, widths={"A": 9, "B": 15, "C": 15, "D": 10, "E": 15, "F": 15, "G": 10, "H": 10})
    merge(ws, "A1:H1", "（1）市税 現年課税分の月別収納状況（累計）", font=GF, size=13, border=False)
    cell(ws, "H2", "（単位：千円、％）", size=8.5, h="right", border=False)
    merge(ws, "A3:A4", "月末", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "B3:D3", "令和５年度", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "E3:G3", "令和４年度", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "H3:H4", "収納率の差", font=GF, size=9, fill=HDRF, h="center")
    for j, hname in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        cell(ws, f"{COLS[1 + j]}4", hname, font=GF, size=9.5, fill=HDRF, h="center")
    r = 5
    for i, m in enumerate(MONTHS):
        fill = ZEB if i % 2 else None
        cell(ws, f"A{r}", f"{m}月末", size=9.5, h="center", fill=fill)
        now, prev = TAX_NOW[i], TAX_PREV[i]
        pr = rate(prev[1], prev[0])
        if now:
            nr = rate(now[1], now[0])
            vals = [(now[0], N0), (now[1], N0), (nr, N2)]
            dd = float(q(nr - pr))
        else:
            vals = [("－", None), ("－", None), ("－", None)]
            dd = None
        vals += [(prev[0], N0), (prev[1], N0), (pr, N2)]
        for j, (v, fmt) in enumerate(vals):
            cell(ws, f"{COLS[1 + j]}{r}", v, fmt, size=9.5, h="right", fill=fill)
        cell(ws, f"H{r}", dd if dd is not None else "－", D2 if dd is not None else None, size=9.5, h="right", fill=fill)
        mraw = f"{m}月末"
        if now:
            ao = asof(FY, m)
            F.add(p, "市税", "市税", FY, "令和５年度", "current", "assessed", "interim", now[0] * 1000, "yen", c(now[0]), as_of=ao)
            F.add(p, "市税", "市税", FY, "令和５年度", "current", "collected", "interim", now[1] * 1000, "yen", c(now[1]), as_of=ao)
            F.add(p, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", nr, "percent", fr(nr), as_of=ao)
            F.add(p, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", dd, "points", trif(dd, 2, "△"), as_of=ao)
        ao = asof(PFY, m)
        F.add(p, "市税", "市税", PFY, "令和４年度", "current", "assessed", "interim", prev[0] * 1000, "yen", c(prev[0]), as_of=ao)
        F.add(p, "市税", "市税", PFY, "令和４年度", "current", "collected", "interim", prev[1] * 1000, "yen", c(prev[1]), as_of=ao)
        F.add(p, "市税", "市税", PFY, "令和４年度", "current", "collection_rate", "interim", pr, "percent", fr(pr), as_of=ao)
        r += 1
    cell(ws, f"A{r}", "※ 各月末時点の累計。令和５年度の３月末は未確定のため「－」。令和６年２月末は29日現在。", size=8.5, border=False)
    cell(ws, f"A{r + 1}", "※ 収納率の差は令和５年度－令和４年度（ポイント、△は減）。", size=8.5, border=False)


# ================================================================ sheet 3: districts (37, 48, 52, 40) + two orientations (29)
def sheet3():
    p = 3
    ws = wb.create_sheet("地域別")
    setup(ws, landscape=True, widths={"A": 13, "B": 11, "C": 11, "D": 13, "E": 13, "F": 11, "G": 3, "H": 11, "I": 12,
                                      "J": 12, "K": 10})
    for rr in range(4, 30):
        ws.row_dimensions[rr].height = 17
    merge(ws, "A1:K1", "（2）市税 滞納繰越分の地域別状況（令和6年2月末現在）", font=GF, size=13, border=False)
    hdr = ["地域", "滞納者数（人）", "収納率（％）", "調定額（千円）", "収納額（千円）", "差押件数（件）"]
    for j, hname in enumerate(hdr):
        cell(ws, f"{COLS[j]}3", hname, font=GF, size=9, fill=HDRF, h="center", wrap=True)
    ws.row_dimensions[3].height = 30
    r = 4
    rows = area_rows()
    for name, pers, a, cc, rt, cases in rows:
        vals = [(pers, N0), (rt, N2), (a, N0), (cc, N0), (cases, N0)]
        cell(ws, f"A{r}", name, size=9.5)
        for j, (v, fmt) in enumerate(vals):
            cell(ws, f"{COLS[1 + j]}{r}", v, fmt, size=9.5, h="right")
        F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "delinquents", "interim", pers, "persons", c(pers), as_of=ASOF, area=name)
        F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "collection_rate", "interim", rt, "percent", fr(rt), as_of=ASOF, area=name)
        F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF, area=name)
        F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "collected", "interim", cc * 1000, "yen", c(cc), as_of=ASOF, area=name)
        r += 1
    tp = sum(x[1] for x in rows)
    ta = sum(x[2] for x in rows)
    tc = sum(x[3] for x in rows)
    tr = rate(tc, ta)
    tcases = sum(x[5] for x in rows)
    cell(ws, f"A{r}", "計", font=GF, size=9.5, fill=SUBF, h="center")
    for j, (v, fmt) in enumerate([(tp, N0), (tr, N2), (ta, N0), (tc, N0), (tcases, N0)]):
        cell(ws, f"{COLS[1 + j]}{r}", v, fmt, size=9.5, h="right", fill=SUBF)
    F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "delinquents", "interim", tp, "persons", c(tp), as_of=ASOF)
    F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "collection_rate", "interim", tr, "percent", fr(tr), as_of=ASOF)
    F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "assessed", "interim", ta * 1000, "yen", c(ta), as_of=ASOF)
    F.add(p, "市税", "市税", FY, "令和6年2月末", "arrears", "collected", "interim", tc * 1000, "yen", c(tc), as_of=ASOF)
    r += 1
    cell(ws, f"A{r}", "※ 地域は納税義務者の住所地による。差押件数は令和5年4月からの累計。", size=8.5, border=False)

    # two tables side by side with different orientation (29)
    r += 3
    merge(ws, f"A{r}:K{r}", "（参考）国民健康保険税・介護保険料の収納状況（令和6年2月末現在）（単位：千円、％）",
          font=GF, size=11, border=False)
    r += 1
    top = r
    merge(ws, f"A{r}:E{r}", "国民健康保険税", font=GF, size=10, fill=SUBF, h="center")
    merge(ws, f"H{r}:K{r}", "介護保険料", font=GF, size=10, fill=SUBF, h="center")
    r += 1
    # left: metrics as rows, segments as columns
    merge(ws, f"A{r}:B{r}", "区分", font=GF, size=9.5, fill=HDRF, h="center")
    for j, hname in enumerate(["現年分", "滞納繰越分", "計"]):
        cell(ws, f"{COLS[2 + j]}{r}", hname, font=GF, size=9.5, fill=HDRF, h="center")
    # right: segments as rows, metrics as columns
    for j, hname in enumerate(["区分", "調定額", "収入済額", "収納率"]):
        cell(ws, f"{COLS[7 + j]}{r}", hname, font=GF, size=9.5, fill=HDRF, h="center")
    k1 = DATA["国民健康保険税"]["now"]
    for i, (m, lab, fmt) in enumerate((("a", "調定額", N0), ("c", "収入済額", N0), ("r", "収納率", N2))):
        rr = r + 1 + i
        merge(ws, f"A{rr}:B{rr}", lab, size=9.5)
        for j, (seg, sname) in enumerate((("cur", "current"), ("arr", "arrears"), ("tot", "total"))):
            v = k1[f"{seg}_{m}"]
            cell(ws, f"{COLS[2 + j]}{rr}", v, fmt, size=9.5, h="right")
            metric = {"a": "assessed", "c": "collected", "r": "collection_rate"}[m]
            F.add(p, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", sname, metric, "interim",
                  v if m == "r" else v * 1000, "percent" if m == "r" else "yen", fr(v) if m == "r" else c(v), as_of=ASOF)
    k2 = DATA["介護保険料"]["now"]
    for i, (seg, sname, lab) in enumerate((("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "計"))):
        rr = r + 1 + i
        cell(ws, f"H{rr}", lab, size=9.5)
        for j, (m, fmt) in enumerate((("a", N0), ("c", N0), ("r", N2))):
            v = k2[f"{seg}_{m}"]
            cell(ws, f"{COLS[8 + j]}{rr}", v, fmt, size=9.5, h="right")
            metric = {"a": "assessed", "c": "collected", "r": "collection_rate"}[m]
            F.add(p, "介護保険料", "介護保険料", FY, "令和6年2月末", sname, metric, "interim",
                  v if m == "r" else v * 1000, "percent" if m == "r" else "yen", fr(v) if m == "r" else c(v), as_of=ASOF)


# ================================================================ sheet 4: 3-level header, abbreviated names, wide table over 2 pages
def sheet4():
    ws = wb.create_sheet("債権別")
    widths = {"A": 12}
    for col in "BCDEFGHIJKLMNO":
        widths[col] = 11.5
    setup(ws, landscape=True, widths=widths, fit=False, scale=95)
    ws.print_title_cols = "A:A"
    ws.col_breaks.append(Break(id=7))
    cell(ws, "B1", "（3）債権別の収納状況（2月末現在）", font=GF, size=13, border=False)
    cell(ws, "G2", "（単位：千円、％）", size=8.5, h="right", border=False)
    cell(ws, "N2", "（単位：千円、％）", size=8.5, h="right", border=False)
    cell(ws, "H1", "（3）債権別の収納状況（2月末現在）〔続き〕", font=GF, size=13, border=False)
    merge(ws, "A3:A5", "債権名", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "B3:G3", "令和5年度（令和6年2月末）", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "H3:M3", "令和4年度（前年同月）", font=GF, size=9.5, fill=HDRF, h="center")
    merge(ws, "N3:O3", "年度末（現年分）", font=GF, size=9.5, fill=HDRF, h="center")
    for g, col0 in ((0, 1), (1, 7)):
        for s, lab in enumerate(("現年分", "滞納繰越分")):
            a = COLS[col0 + 3 * s]
            b = COLS[col0 + 3 * s + 2]
            merge(ws, f"{a}4:{b}4", lab, font=GF, size=9.5, fill=HDRF, h="center")
            for j, hname in enumerate(("調定額", "収入済額", "収納率")):
                cell(ws, f"{COLS[col0 + 3 * s + j]}5", hname, font=GF, size=9, fill=HDRF, h="center")
    merge(ws, "N4:N5", "決算見込\n収納率", font=GF, size=9, fill=HDRF, h="center", wrap=True)
    merge(ws, "O4:O5", "目標\n収納率", font=GF, size=9, fill=HDRF, h="center", wrap=True)
    ws.row_dimensions[4].height = 16
    ws.row_dimensions[5].height = 16
    r = 6
    for k in ORDER[1:]:
        d = DATA[k]
        sh = d["short"]
        cell(ws, f"A{r}", sh, size=9.5)
        for tag, col0, fy, yraw, ao, page in (("now", 1, FY, "令和5年度", ASOF, 4), ("prev", 7, PFY, "令和4年度", PASOF, 5)):
            x = d[tag]
            for s, (seg, sname) in enumerate((("cur", "current"), ("arr", "arrears"))):
                for j, (m, fmt) in enumerate((("a", N0), ("c", N0), ("r", N2))):
                    v = x[f"{seg}_{m}"]
                    cell(ws, f"{COLS[col0 + 3 * s + j]}{r}", v, fmt, size=9.5, h="right")
                    metric = {"a": "assessed", "c": "collected", "r": "collection_rate"}[m]
                    F.add(page, k, sh, fy, yraw, sname, metric, "interim", v if m == "r" else v * 1000,
                          "percent" if m == "r" else "yen", fr(v) if m == "r" else c(v), as_of=ao)
        cell(ws, f"N{r}", d["est"][0], N2, size=9.5, h="right")
        cell(ws, f"O{r}", d["tgt"][0], N2, size=9.5, h="right")
        F.add(5, k, sh, FY, "令和5年度", "current", "collection_rate", "estimate", d["est"][0], "percent", fr(d["est"][0]))
        F.add(5, k, sh, FY, "令和5年度", "current", "collection_rate", "target", d["tgt"][0], "percent", fr(d["tgt"][0]))
        r += 1
    r += 1
    cell(ws, f"B{r}", "（凡例）国保税：国民健康保険税　介護料：介護保険料　後期高齢：後期高齢者医療保険料", size=8.5, border=False)
    cell(ws, f"B{r + 1}", "　　　　保育料：保育所保育料　住宅使用料：市営住宅使用料　下水道料：下水道使用料", size=8.5, border=False)
    cell(ws, f"H{r}", "※ 決算見込は令和6年2月末の実績と前年度の3月・出納整理期間の収納状況から推計。", size=8.5, border=False)


# ================================================================ sheet 5: 取組状況 (14, 58)
INITS = [
    ("市税", [("①", "２月に滞納繰越分の一斉催告を行い、反応のない者の財産調査を実施した。", "継続"),
             ("②", "預貯金照会の電子化により、照会から差押えまでの期間を約２週間短縮した。", "拡充"),
             ("③", "３月に岡山県と共同で捜索を行う予定である。", "新規")], "○"),
    ("国民健康保険税", [("①", "資格確認書の交付時に納付相談を行い、分納誓約を結んだ。", "継続"),
                  ("②", "所得の申告がない世帯に申告を勧奨し、軽減の適用漏れを防いだ。", "継続")], "○"),
    ("介護保険料", [("①", "普通徴収の未納者に電話催告を行った。", "継続"),
               ("②", "2年以上の滞納者に給付制限の予告を送付した。", "拡充")], "◎"),
    ("保育料", [("①", "児童手当からの特別徴収について保護者の申出を受け付けた。", "継続"),
             ("②", "卒園児の滞納分について、年度内に全件の文書催告を行った。", "新規")], "◎"),
    ("市営住宅使用料", [("①", "３か月以上の滞納者に連帯保証人への通知を行った。", "継続"),
                 ("②", "退去者の滞納分について支払督促の準備を進めている。", "拡充")], "△"),
]


def sheet5():
    p = 6
    ws = wb.create_sheet("取組")
    setup(ws, widths={"A": 17, "B": 62, "C": 8})
    merge(ws, "A1:C1", "（4）債権別の取組状況（令和6年2月末現在）", font=GF, size=13, border=False)
    for j, hname in enumerate(["債権名", "実施内容", "進捗"]):
        cell(ws, f"{COLS[j]}3", hname, font=GF, size=10, fill=HDRF, h="center")
    r = 4
    for k, items, mk in INITS:
        cell(ws, f"A{r}", k, size=10, v_="top")
        txt = "\n".join(f"{n}{t}【{s}】" for n, t, s in items)
        cell(ws, f"B{r}", txt, size=10, wrap=True, v_="top")
        cell(ws, f"C{r}", mk, size=11, h="center")
        ws.row_dimensions[r].height = 19 * len(items) + 8
        for n, t, s in items:
            I.add(p, k, k, FY, "実施内容", n, t, s)
        r += 1
    cell(ws, f"A{r}", "進捗　◎：計画どおり実施　○：おおむね実施　△：一部未実施", size=9, border=False)
    r += 2
    cell(ws, f"A{r}", "今後の対応", font=GF, size=11, border=False)
    ws.row_dimensions[r + 1].height = 60
    merge(ws, f"A{r + 1}:C{r + 1}",
          "出納整理期間までに、市税と国民健康保険税の滞納繰越分について高額滞納者の処分を優先して進め、"
          "各債権とも目標収納率の達成に努める。令和6年度の計画には、今年度の取組の結果を反映させる。",
          size=10, border=False, wrap=True, v_="top")


def build():
    sheet1()
    sheet2()
    sheet3()
    sheet4()
    sheet5()
    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf")
    document = {"kind": "progress_report", "family": "progress", "municipality": CITY,
                "title": "令和５年度 美作市債権管理計画 進捗状況報告（令和６年２月末現在）",
                "date": "2024-03-15", "date_raw": "令和6年3月15日"}
    write_gold(STEM, document, F, I, None)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
