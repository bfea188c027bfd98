"""qr_tomioka_progress_1: 債権管理の取組状況（中間報告）as of 2月末 of a leap year (openpyxl -> LibreOffice).
Run from corpus/frozen50:  python3 build/qr_tomioka_progress.py"""
import random
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import Gold, PDF_DIR, WORK, rate, c, tri, f2, soffice_pdf  # noqa: E402

STEM = "qr_tomioka_progress_1"
CITY = "富岡市"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-01", "令和6年3月")
NOW, PREV = "2024-02-29", "2023-02-28"
rnd = random.Random(2024)

# name, abbr, 会計, 所管課, current assessed (円), cur rate 2月末 prev/now, arrears assessed, arr rate prev/now, final rates
DEBTS = [
    ("市税", "市税", "一般会計", "税務課", 6_812_000_000, (88.42, 89.17), 402_000_000, (19.85, 21.34), (98.81, 98.96)),
    ("保育料", "保育料", "一般会計", "こども課", 86_500_000, (86.10, 87.02), 9_800_000, (11.20, 12.85), (98.20, 98.41)),
    ("市営住宅使用料", "住宅使用料", "一般会計", "建築課", 104_000_000, (87.35, 88.02), 29_500_000, (9.80, 10.62), (95.90, 96.15)),
    ("生活保護費返還金", "生保返還金", "一般会計", "社会福祉課", 15_200_000, (51.20, 54.80), 61_000_000, (3.10, 3.55), (61.50, 63.20)),
    ("国民健康保険税", "国保税", "国民健康保険特別会計", "税務課", 1_320_000_000, (78.64, 79.90), 512_000_000, (16.40, 17.85), (92.80, 93.40)),
    ("介護保険料", "介護料", "介護保険特別会計", "介護高齢課", 1_085_000_000, (90.12, 90.46), 31_000_000, (15.70, 16.92), (98.60, 98.75)),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "市民課", 598_000_000, (91.85, 92.04), 4_600_000, (33.10, 35.40), (99.40, 99.48)),
]
R = {}
for n, ab, kai, ka, ca, crs, aa, ars, frs in DEBTS:
    g = 1 + rnd.uniform(-0.015, 0.02)
    ca_p = int(ca / g) + rnd.randint(0, 9999)
    aa_p = int(aa * (1 + rnd.uniform(0.02, 0.08))) + rnd.randint(0, 9999)
    ca_n = ca + rnd.randint(0, 99999)
    aa_n = aa + rnd.randint(0, 9999)
    cc_p = int(ca_p * crs[0] / 100) + rnd.randint(0, 999)
    cc_n = int(ca_n * crs[1] / 100) + rnd.randint(0, 999)
    ac_p = int(aa_p * ars[0] / 100) + rnd.randint(0, 999)
    ac_n = int(aa_n * ars[1] / 100) + rnd.randint(0, 999)
    R[n] = dict(abbr=ab, kai=kai, ka=ka,
                p=dict(ca=ca_p, cc=cc_p, aa=aa_p, ac=ac_p, cr=rate(cc_p, ca_p), ar=rate(ac_p, aa_p)),
                n=dict(ca=ca_n, cc=cc_n, aa=aa_n, ac=ac_n, cr=rate(cc_n, ca_n), ar=rate(ac_n, aa_n)),
                fin=frs)
for k in ("p", "n"):
    for n in R:
        x = R[n][k]
        x.update(ta=x["ca"] + x["aa"], tc=x["cc"] + x["ac"])
        x.update(tr=rate(x["tc"], x["ta"]), out=x["ta"] - x["tc"], aout=x["aa"] - x["ac"])

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="EFEFEF")
F = "IPAexGothic"


def put(ws, ref, v, size=9, bold=False, h="general", fill=None, border=True, wrap=False, v_="center"):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=F, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(r, cc).border = BOX
    ws.merge_cells(rng)


def setup(ws, widths, fit=True, land=False):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if land else "portrait"
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddHeader.right.text = "令和5年度 債権管理の取組状況"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


wb = Workbook()
# ================================================================= sheet 1 (p1)
P = 1
ws = wb.active
ws.title = "1"
setup(ws, {"A": 11, "B": 9, "C": 14.5, "D": 14.5, "E": 14.5, "F": 14.5, "G": 8, "H": 8, "I": 9.5})
merge(ws, "A1:F2", "令和5年度 債権管理の取組状況（中間報告）", size=14, bold=True, h="left", border=False)
merge(ws, "H1:I2", "令和6年2月末現在", size=9, h="center")
put(ws, "A3", "富岡市 財務部 税務課", size=9, border=False)
put(ws, "A5", "１　主要債権の収納状況", size=10.5, bold=True, border=False)
put(ws, "I5", "（単位：円、％）", size=8, border=False, h="right")
merge(ws, "A6:A7", "債権名", fill=HEAD, h="center")
merge(ws, "B6:B7", "区分", fill=HEAD, h="center")
merge(ws, "C6:D6", "調定額", fill=HEAD, h="center")
merge(ws, "E6:F6", "収入済額", fill=HEAD, h="center")
merge(ws, "G6:H6", "収納率", fill=HEAD, h="center")
merge(ws, "I6:I7", "前年度比\n（ポイント）", fill=HEAD, h="center", wrap=True, size=8)
for col, lab in zip("CDEFGH", ["前年度", "今年度"] * 3):
    put(ws, f"{col}7", lab, fill=HEAD, h="center")
row = 8
for n in ("市税", "国民健康保険税", "介護保険料"):
    x = R[n]
    merge(ws, f"A{row}:A{row + 2}", x["abbr"], h="center")
    for j, (seg, lab, ka, kc, kr) in enumerate((("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar"),
                                                 ("total", "計", "ta", "tc", "tr"))):
        r = row + j
        put(ws, f"B{r}", lab, h="center", fill=SUB if seg == "total" else None)
        vals = [c(x["p"][ka]), c(x["n"][ka]), c(x["p"][kc]), c(x["n"][kc]), f2(x["p"][kr]), f2(x["n"][kr])]
        d = round(x["n"][kr] - x["p"][kr], 2)
        vals.append(tri(d, "{:.2f}"))
        for col, v in zip("CDEFGHI", vals):
            put(ws, f"{col}{r}", v, h="right", fill=SUB if seg == "total" else None)
        for met, key, raws in (("assessed", ka, vals[0:2]), ("collected", kc, vals[2:4])):
            G.fact(P, n, x["abbr"], 2022, "前年度", seg, met, "interim", x["p"][key], "yen", raws[0], as_of=PREV)
            G.fact(P, n, x["abbr"], 2023, "今年度", seg, met, "interim", x["n"][key], "yen", raws[1], as_of=NOW)
        G.fact(P, n, x["abbr"], 2022, "前年度", seg, "collection_rate", "interim", x["p"][kr], "percent", vals[4], as_of=PREV)
        G.fact(P, n, x["abbr"], 2023, "今年度", seg, "collection_rate", "interim", x["n"][kr], "percent", vals[5], as_of=NOW)
        G.fact(P, n, x["abbr"], 2023, "今年度", seg, "difference", "interim", d, "points", vals[6], as_of=NOW)
    row += 3
put(ws, f"A{row}", "（注）国保税：国民健康保険税、介護料：介護保険料。前年度は令和5年2月末、今年度は令和6年2月末の累計額。", size=8, border=False)
row += 2
put(ws, f"A{row}", "２　会計別収入未済額の状況", size=10.5, bold=True, border=False)
row += 1
hdr = ["会計", "債権名", "所管課", "収入未済額\n（千円）", "前年同月\n（千円）", "増減（千円）\n（増減率）", None, "備考", None]
ws.row_dimensions[row].height = 28
for col, v in zip("ABCDE", hdr):
    put(ws, f"{col}{row}", v, fill=HEAD, h="center", wrap=True, size=8.5)
merge(ws, f"F{row}:G{row}", hdr[5], fill=HEAD, h="center", wrap=True, size=8.5)
merge(ws, f"H{row}:I{row}", hdr[7], fill=HEAD, h="center", wrap=True, size=8.5)
row += 1
kais = []
for n in R:
    if R[n]["kai"] not in kais:
        kais.append(R[n]["kai"])
for kai in kais:
    group = [n for n in R if R[n]["kai"] == kai]
    merge(ws, f"A{row}:A{row + len(group) - 1}", kai.replace("特別会計", "\n特別会計"), h="center", wrap=True, size=8)
    for n in group:
        x = R[n]
        on, op = round(x["n"]["out"] / 1000), round(x["p"]["out"] / 1000)
        dv = on - op
        pr = round(dv / op * 100, 1)
        ch = f"{tri(dv)}（{tri(pr, '{:.1f}')}％）"
        aout = round(x["n"]["aout"] / 1000)
        note = f"うち滞納繰越分 {c(aout)}千円"
        ws.row_dimensions[row].height = 24 if (len(kai) > 6 and len(group) == 1) or len(n) > 7 else 15
        for col, v, h in zip("BCDE", [n, x["ka"], c(on), c(op)], ["left", "left", "right", "right"]):
            put(ws, f"{col}{row}", v, h=h, size=8.5, wrap=(col == "B"))
        merge(ws, f"F{row}:G{row}", ch, h="right", size=8.5)
        merge(ws, f"H{row}:I{row}", note, h="left", size=8)
        G.fact(P, n, n, 2023, "令和6年2月末", "total", "outstanding", "interim", on * 1000, "yen", c(on), as_of=NOW)
        G.fact(P, n, n, 2022, "前年同月", "total", "outstanding", "interim", op * 1000, "yen", c(op), as_of=PREV)
        G.fact(P, n, n, 2023, "令和6年2月末", "total", "difference", "interim", dv * 1000, "yen", tri(dv), as_of=NOW)
        G.fact(P, n, n, 2023, "令和6年2月末", "total", "change_rate", "interim", pr, "percent", f"{tri(pr, '{:.1f}')}％", as_of=NOW)
        G.fact(P, n, n, 2023, "令和6年2月末", "arrears", "outstanding", "interim", aout * 1000, "yen", f"{c(aout)}千円", as_of=NOW)
        row += 1
ton = sum(round(R[n]["n"]["out"] / 1000) for n in R)
top = sum(round(R[n]["p"]["out"] / 1000) for n in R)
dv = ton - top
pr = round(dv / top * 100, 1)
merge(ws, f"A{row}:C{row}", "合計", h="center", fill=SUB)
for col, v in zip("DE", [c(ton), c(top)]):
    put(ws, f"{col}{row}", v, h="right", fill=SUB, size=8.5)
merge(ws, f"F{row}:G{row}", f"{tri(dv)}（{tri(pr, '{:.1f}')}％）", h="right", fill=SUB, size=8.5)
merge(ws, f"H{row}:I{row}", "", fill=SUB)
G.fact(P, None, "合計", 2023, "令和6年2月末", "total", "outstanding", "interim", ton * 1000, "yen", c(ton), as_of=NOW)
G.fact(P, None, "合計", 2022, "前年同月", "total", "outstanding", "interim", top * 1000, "yen", c(top), as_of=PREV)
G.fact(P, None, "合計", 2023, "令和6年2月末", "total", "difference", "interim", dv * 1000, "yen", tri(dv), as_of=NOW)
G.fact(P, None, "合計", 2023, "令和6年2月末", "total", "change_rate", "interim", pr, "percent", f"{tri(pr, '{:.1f}')}％", as_of=NOW)
row += 1
put(ws, f"A{row}", "※ 収入未済額は、調定額から収入済額を差し引いた額（不納欠損処分は年度末に行うため含まない）。", size=8, border=False)

# ================================================================= sheet 2 (p2) monthly + districts
P = 2
ws = wb.create_sheet("2")
setup(ws, {"A": 12, "B": 17, "C": 13, "D": 17, "E": 13, "F": 14})
put(ws, "A1", "３　月別収納状況（市税・現年度分、累計）", size=10.5, bold=True, border=False)
put(ws, "F1", "（単位：千円、％）", size=8, border=False, h="right")
merge(ws, "A2:A3", "月", fill=HEAD, h="center")
merge(ws, "B2:C2", "今年度", fill=HEAD, h="center")
merge(ws, "D2:E2", "前年度", fill=HEAD, h="center")
merge(ws, "F2:F3", "収納率の差\n（ポイント）", fill=HEAD, h="center", wrap=True, size=8)
for col, v in zip("BCDE", ["収入済額", "収納率", "収入済額", "収納率"]):
    put(ws, f"{col}3", v, fill=HEAD, h="center")
ws.row_dimensions[2].height = 15
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None), (3, 31)]
cum_now = [7.62, 24.85, 36.10, 45.32, 52.74, 58.96, 64.21, 70.38, 79.45, 84.12, None, None]
cum_prev = [7.35, 24.10, 35.72, 44.86, 52.10, 58.20, 63.55, 69.74, 78.82, 83.40, None, 97.64]
tx = R["市税"]
can, cap = tx["n"]["ca"], tx["p"]["ca"]
r = 4
for i, (m, dd) in enumerate(months):
    lab = f"{m}月末"
    yn = 2023 if m >= 4 else 2024
    yp = yn - 1
    if m == 2:
        cn_yen, cp_yen = tx["n"]["cc"], tx["p"]["cc"]
        asn, asp = NOW, PREV
    else:
        cn_yen = int(can * cum_now[i] / 100) if cum_now[i] else None
        cp_yen = int(cap * cum_prev[i] / 100)
        asn = f"{yn}-{m:02d}-{dd}"
        asp = f"{yp}-{m:02d}-{dd}"
    put(ws, f"A{r}", lab, h="center")
    if cn_yen is not None:
        kn, rn = round(cn_yen / 1000), rate(cn_yen, can)
        put(ws, f"B{r}", c(kn), h="right")
        put(ws, f"C{r}", f2(rn), h="right")
        G.fact(P, "市税", "市税", 2023, "今年度", "current", "collected", "interim", kn * 1000, "yen", c(kn), as_of=asn)
        G.fact(P, "市税", "市税", 2023, "今年度", "current", "collection_rate", "interim", rn, "percent", f2(rn), as_of=asn)
    else:
        put(ws, f"B{r}", "－", h="center")
        put(ws, f"C{r}", "－", h="center")
    kp, rp = round(cp_yen / 1000), rate(cp_yen, cap)
    put(ws, f"D{r}", c(kp), h="right")
    put(ws, f"E{r}", f2(rp), h="right")
    G.fact(P, "市税", "市税", 2022, "前年度", "current", "collected", "interim", kp * 1000, "yen", c(kp), as_of=asp)
    G.fact(P, "市税", "市税", 2022, "前年度", "current", "collection_rate", "interim", rp, "percent", f2(rp), as_of=asp)
    if cn_yen is not None:
        d = round(rn - rp, 2)
        put(ws, f"F{r}", tri(d, "{:.2f}"), h="right")
        G.fact(P, "市税", "市税", 2023, "今年度", "current", "difference", "interim", d, "points", tri(d, "{:.2f}"), as_of=asn)
    else:
        put(ws, f"F{r}", "－", h="center")
    r += 1
put(ws, f"A{r}", "※ 今年度は令和5年度、前年度は令和4年度。3月末は出納整理期間前の数値。", size=8, border=False)
r += 2
put(ws, f"A{r}", "４　地区別の状況（市税・現年度分）", size=10.5, bold=True, border=False)
put(ws, f"F{r}", "令和6年2月末現在", size=8, border=False, h="right")
r += 1
for col, v in zip("ABCDE", ["地区", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月収納率（％）"]):
    put(ws, f"{col}{r}", v, fill=HEAD, h="center", size=8.5, wrap=True)
ws.row_dimensions[r].height = 26
r += 1
share = {"富岡地区": (0.874, 0.8752, 0.873, 0.8745), "妙義地区": None}
parts = {}
a1 = int(can * 0.874)
c1 = int(tx["n"]["cc"] * 0.8762)
ap1 = int(cap * 0.873)
cp1 = int(tx["p"]["cc"] * 0.8745)
parts["富岡地区"] = (a1, c1, ap1, cp1)
parts["妙義地区"] = (can - a1, tx["n"]["cc"] - c1, cap - ap1, tx["p"]["cc"] - cp1)
parts["計"] = (can, tx["n"]["cc"], cap, tx["p"]["cc"])
for area, (a, cc, ap, cp) in parts.items():
    rn, rp = rate(cc, a), rate(cp, ap)
    vals = [area, c(round(a / 1000)), c(round(cc / 1000)), f2(rn), f2(rp)]
    for col, v, h in zip("ABCDE", vals, ["center", "right", "right", "right", "right"]):
        put(ws, f"{col}{r}", v, h=h, fill=SUB if area == "計" else None)
    ar_ = None if area == "計" else area
    G.fact(P, "市税", "市税", 2023, "令和6年2月末", "current", "assessed", "interim", round(a / 1000) * 1000, "yen", vals[1], as_of=NOW, area=ar_)
    G.fact(P, "市税", "市税", 2023, "令和6年2月末", "current", "collected", "interim", round(cc / 1000) * 1000, "yen", vals[2], as_of=NOW, area=ar_)
    G.fact(P, "市税", "市税", 2023, "令和6年2月末", "current", "collection_rate", "interim", rn, "percent", vals[3], as_of=NOW, area=ar_)
    G.fact(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", rp, "percent", vals[4], as_of=PREV, area=ar_)
    r += 1
put(ws, f"A{r}", "※ 妙義地区は妙義支所で収納した分を含む旧妙義町の区域。", size=8, border=False)

# ================================================================= sheet 3 (p3) 決算見込 and 滞納者数
P = 3
ws = wb.create_sheet("3")
setup(ws, {"A": 16, "B": 14, "C": 14, "D": 11, "E": 12, "F": 12})
put(ws, "A1", "５　決算見込", size=10.5, bold=True, border=False)
put(ws, "A2", "令和5年度決算見込と令和4年度決算の比較（計）", size=9, border=False)
put(ws, "F2", "（単位：千円、％）", size=8, border=False, h="right")
merge(ws, "A3:A4", "債権名", fill=HEAD, h="center")
merge(ws, "B3:D3", "収入済額", fill=HEAD, h="center")
merge(ws, "E3:F3", "収納率", fill=HEAD, h="center")
for col, v in zip("BCDEF", ["令和4年度決算", "令和5年度決算見込", "前年度比", "令和4年度決算", "令和5年度決算見込"]):
    put(ws, f"{col}4", v, fill=HEAD, h="center", size=8, wrap=True)
ws.row_dimensions[4].height = 26
r = 5
FIN = {}
for n in R:
    x = R[n]
    # settled 2022 and estimated 2023 totals (千円)
    ta_p = round(x["p"]["ta"] * 1.004 / 1000)
    ta_n = round(x["n"]["ta"] * 1.004 / 1000)
    fr_p = round(x["fin"][0] * x["p"]["ca"] / x["p"]["ta"] + x["p"]["ar"] * 1.25 * x["p"]["aa"] / x["p"]["ta"], 2)
    fr_n = round(x["fin"][1] * x["n"]["ca"] / x["n"]["ta"] + x["n"]["ar"] * 1.25 * x["n"]["aa"] / x["n"]["ta"], 2)
    tc_p = round(ta_p * fr_p / 100)
    tc_n = round(ta_n * fr_n / 100)
    FIN[n] = (ta_p, tc_p, ta_n, tc_n)
    rp_, rn_ = rate(tc_p, ta_p), rate(tc_n, ta_n)
    yo = round(tc_n / tc_p * 100, 1)
    vals = [n, c(tc_p), c(tc_n), f"{yo:.1f}％", f2(rp_), f2(rn_)]
    for col, v, h in zip("ABCDEF", vals, ["left"] + ["right"] * 5):
        put(ws, f"{col}{r}", v, h=h, size=8.5)
    G.fact(P, n, n, 2022, "令和4年度", "total", "collected", "actual", tc_p * 1000, "yen", vals[1])
    G.fact(P, n, n, 2023, "令和5年度", "total", "collected", "estimate", tc_n * 1000, "yen", vals[2])
    G.fact(P, n, n, 2023, "令和5年度", "total", "yoy_ratio", "estimate", yo, "percent", vals[3])
    G.fact(P, n, n, 2022, "令和4年度", "total", "collection_rate", "actual", rp_, "percent", vals[4])
    G.fact(P, n, n, 2023, "令和5年度", "total", "collection_rate", "estimate", rn_, "percent", vals[5])
    r += 1
sp = [sum(FIN[n][i] for n in R) for i in range(4)]
rp_, rn_ = rate(sp[1], sp[0]), rate(sp[3], sp[2])
yo = round(sp[3] / sp[1] * 100, 1)
vals = ["合計", c(sp[1]), c(sp[3]), f"{yo:.1f}％", f2(rp_), f2(rn_)]
for col, v, h in zip("ABCDEF", vals, ["center"] + ["right"] * 5):
    put(ws, f"{col}{r}", v, h=h, fill=SUB, size=8.5)
G.fact(P, None, "合計", 2022, "令和4年度", "total", "collected", "actual", sp[1] * 1000, "yen", vals[1])
G.fact(P, None, "合計", 2023, "令和5年度", "total", "collected", "estimate", sp[3] * 1000, "yen", vals[2])
G.fact(P, None, "合計", 2023, "令和5年度", "total", "yoy_ratio", "estimate", yo, "percent", vals[3])
G.fact(P, None, "合計", 2022, "令和4年度", "total", "collection_rate", "actual", rp_, "percent", vals[4])
G.fact(P, None, "合計", 2023, "令和5年度", "total", "collection_rate", "estimate", rn_, "percent", vals[5])
r += 1
put(ws, f"A{r}", "※ 前年度比＝令和5年度決算見込÷令和4年度決算×100", size=8, border=False)
r += 3
put(ws, f"A{r}", "６　滞納者数及び差押件数", size=10.5, bold=True, border=False)
put(ws, f"F{r}", "令和6年2月末現在", size=8, border=False, h="right")
r += 1
merge(ws, f"A{r}:A{r + 1}", "債権名", fill=HEAD, h="center")
merge(ws, f"B{r}:C{r}", "滞納者数（滞納世帯数）", fill=HEAD, h="center")
merge(ws, f"D{r}:E{r}", "差押件数（件）", fill=HEAD, h="center")
merge(ws, f"F{r}:F{r + 1}", "単位", fill=HEAD, h="center")
for col, v in zip("BCDE", ["前年同月", "今年度", "前年同月", "今年度"]):
    put(ws, f"{col}{r + 1}", v, fill=HEAD, h="center")
r += 2
DEL = [("市税", 1462, 1391, 214, 236, "人", "persons"), ("国民健康保険税", 1018, 957, 88, 97, "世帯", "households"),
       ("介護保険料", 312, 298, 0, 0, "人", "persons"), ("市営住宅使用料", 57, 49, "－", "－", "人", "persons")]
for n, dp, dn, sp_, sn, u, unit in DEL:
    vals = [n, f"{dp:,}", f"{dn:,}", str(sp_), str(sn), u]
    for col, v, h in zip("ABCDEF", vals, ["left", "right", "right", "right", "right", "center"]):
        put(ws, f"{col}{r}", v, h=h)
    G.fact(P, n, n, 2022, "前年同月", "total", "delinquents", "interim", dp, unit, vals[1], as_of=PREV)
    G.fact(P, n, n, 2023, "今年度", "total", "delinquents", "interim", dn, unit, vals[2], as_of=NOW)
    r += 1
put(ws, f"A{r}", "※ 国民健康保険税は滞納世帯数。差押件数には交付要求・参加差押えを含まない。", size=8, border=False)

# ================================================================= sheet 4 (p4-5) 取組状況, header repeated
ws = wb.create_sheet("4")
setup(ws, {"A": 13, "B": 10, "C": 9, "D": 9, "E": 50, "F": 9})
put(ws, "A1", "７　債権別の取組状況", size=10.5, bold=True, border=False)
merge(ws, "A2:A3", "債権名", fill=HEAD, h="center")
merge(ws, "B2:B3", "所管課", fill=HEAD, h="center")
merge(ws, "C2:D2", "現年度分収納率（％）", fill=HEAD, h="center", size=8)
put(ws, "C3", "今年度", fill=HEAD, h="center", size=8)
put(ws, "D3", "前年同月", fill=HEAD, h="center", size=8)
merge(ws, "E2:E3", "主な取組内容", fill=HEAD, h="center")
merge(ws, "F2:F3", "決算見込\n（現年度分）", fill=HEAD, h="center", wrap=True, size=8)
ws.print_title_rows = "2:3"
ITEMS = {
    "市税": [("納期限後20日以内に電話催告を行い、早期の自主納付を促した。", "継続"),
           ("給与照会の電子化により財産調査の期間を短縮し、差押えを前倒しで執行した。", "拡充"),
           ("12月を滞納整理強化月間とし、管理職による臨戸訪問を実施した。", "継続")],
    "保育料": [("入所時の口座振替申込みを原則とし、未申込み世帯に個別に勧奨した。", "継続"),
            ("児童手当からの徴収（申出方式）を新たに案内した。", "新規")],
    "市営住宅使用料": [("3か月滞納者の連帯保証人へ通知し、分納誓約を取り付けた。", "継続"),
                ("長期滞納者2件について明渡請求の訴えを提起した。", "拡充")],
    "生活保護費返還金": [("保護費からの調整（徴収金の天引き）を本人同意のもとで進めた。", "継続"),
                  ("廃止者への催告書を年2回から年3回に増やした。", "拡充")],
    "国民健康保険税": [("資格喪失届の受付時に未納分の納付相談を実施した。", "新規"),
                ("市税と重複する滞納世帯を一体的に滞納処分した。", "継続"),
                ("短期被保険者証の更新時に分納計画を見直した。", "継続")],
    "介護保険料": [("年金特別徴収への切替えを早期に行った。", "継続"),
              ("給付制限の事前通知を滞納2年以上の者に送付した。", "継続")],
    "後期高齢者医療保険料": [("口座振替の勧奨を被保険者証の更新時に行った。", "継続"),
                   ("普通徴収の未納者に電話催告を行った。", "新規")],
}
EST = {}
r = 4
order = list(R)
for i, n in enumerate(order):
    P = 4 if i < 4 else 5
    x = R[n]
    its = ITEMS[n]
    txt = "\n".join(f"({k + 1}) {t}【{g}】" for k, (t, g) in enumerate(its))
    ws.row_dimensions[r].height = 12 * sum(1 + (len(t) + 6) // 44 for t, _ in its) + 10
    est = round(x["fin"][1], 2)
    vals = [n, x["ka"], f2(x["n"]["cr"]), f2(x["p"]["cr"]), txt, f2(est)]
    for col, v, h in zip("ABCDEF", vals, ["left", "center", "right", "right", "left", "right"]):
        put(ws, f"{col}{r}", v, h=h, wrap=True, size=8.5 if col != "E" else 8.5, v_="top" if col == "E" else "center")
    G.fact(P, n, n, 2023, "今年度", "current", "collection_rate", "interim", x["n"]["cr"], "percent", vals[2], as_of=NOW)
    G.fact(P, n, n, 2022, "前年同月", "current", "collection_rate", "interim", x["p"]["cr"], "percent", vals[3], as_of=PREV)
    G.fact(P, n, n, 2023, "令和5年度", "current", "collection_rate", "estimate", est, "percent", vals[5])
    for k, (t, g) in enumerate(its):
        G.init(P, n, 2023, "債権別の取組状況", f"({k + 1})", t, g)
    if i == 3:
        ws.row_breaks.append(Break(id=r))
    r += 1
put(ws, f"A{r}", "※ 決算見込（現年度分）は、令和6年2月末までの収納実績と3月の見込額から推計した。", size=8, border=False)

# ================================================================= sheet 5 (p6-7) wide table split by columns
ws = wb.create_sheet("5")
setup(ws, {"A": 15, "B": 11, "C": 11, "D": 6.5, "E": 10, "F": 10, "G": 6.5,
           "H": 12, "I": 12, "J": 12, "K": 7.5}, fit=False)
ws.page_setup.scale = 100
ws.oddHeader.left.text = "８　債権別収納状況一覧（令和6年2月末現在）　（単位：千円、％）"
ws.oddHeader.left.size = 10
merge(ws, "A3:A4", "債権名", fill=HEAD, h="center")
merge(ws, "B3:D3", "現年度分", fill=HEAD, h="center")
merge(ws, "E3:G3", "滞納繰越分", fill=HEAD, h="center")
merge(ws, "H3:K3", "計", fill=HEAD, h="center")
for col, v in zip("BCDEFGHIJK", ["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収入未済額", "収納率"]):
    put(ws, f"{col}4", v, fill=HEAD, h="center", size=8.5)
ws.print_title_cols = "A:A"
ws.print_title_rows = "3:4"
r = 5
for i, n in enumerate(order):
    x = R[n]["n"]
    put(ws, f"A{r}", n, h="left", size=8.5)
    for col, (seg, key, met) in zip("BCDEFGHIJK", [("current", "ca", "assessed"), ("current", "cc", "collected"), ("current", "cr", "collection_rate"),
                                                 ("arrears", "aa", "assessed"), ("arrears", "ac", "collected"), ("arrears", "ar", "collection_rate"),
                                                 ("total", "ta", "assessed"), ("total", "tc", "collected"), ("total", "out", "outstanding"),
                                                 ("total", "tr", "collection_rate")]):
        P = 6 if col in "BCDEFG" else 7
        if met == "collection_rate":
            v = f2(x[key])
            G.fact(P, n, n, 2023, "令和6年2月末", seg, met, "interim", x[key], "percent", v, as_of=NOW)
        else:
            k = round(x[key] / 1000)
            v = c(k)
            G.fact(P, n, n, 2023, "令和6年2月末", seg, met, "interim", k * 1000, "yen", v, as_of=NOW)
        put(ws, f"{col}{r}", v, h="right", size=8.5)
    r += 1
ws.col_breaks.append(Break(id=7))

src = WORK / f"{STEM}.xlsx"
wb.save(src)
soffice_pdf(src, WORK)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
G.write(out)
