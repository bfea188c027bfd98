"""浜田市債権管理委員会 資料（取組個票） → committee_material.

Tool chain: openpyxl (one sheet per page, fit to page; last sheet landscape) → LibreOffice.
Run from corpus/frozen33:  python3 build/fj_hamada_committee.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from fj_common import PDF_DIR, WORK, Doc, comma, rate, rnd, soffice_pdf  # noqa: E402

STEM = "fj_hamada_committee_1"
CITY = "浜田市"
d = Doc(STEM, seed=3305)
R = d.rng
YRS = [2022, 2023, 2024]
YL = {2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}

# name, canon, dept, class, cur assessed 2022 (円), growth, cur rate 22/23/24, arr assessed 2022, arr rates, write-off share
DEBTS = [
    ("市税", "市税", "税務課", "強制徴収公債権", 6_713_482_310, 0.009, (98.91, 99.02, 99.08), 196_284_611, (23.4, 24.9, 26.2), 0.04),
    ("国民健康保険料", "国民健康保険料", "保険年金課", "強制徴収公債権", 1_058_216_450, -0.02, (94.78, 95.06, 95.21),
     158_304_220, (18.9, 19.7, 20.8), 0.06),
    ("介護保険料", "介護保険料", "介護保険課", "強制徴収公債権", 1_234_508_800, 0.01, (99.18, 99.24, 99.29), 25_106_300,
     (16.2, 17.0, 17.9), 0.09),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権", 721_384_100, 0.025, (99.55, 99.58, 99.62),
     3_842_500, (42.0, 43.5, 44.8), 0.03),
    ("保育料", "保育料", "子育て支援課", "強制徴収公債権", 92_418_600, -0.03, (98.84, 98.97, 99.06), 6_215_400, (12.2, 13.4, 14.1),
     0.05),
    ("市営住宅使用料", "市営住宅使用料", "建築住宅課", "私債権", 251_862_000, -0.01, (97.12, 97.35, 97.51), 56_418_900,
     (9.6, 10.4, 11.2), 0.02),
    ("水道料金", "水道料金", "上下水道部営業課", "私債権", 1_402_318_460, -0.005, (99.11, 99.16, 99.22), 19_870_214,
     (33.8, 35.1, 36.0), 0.04),
    ("下水道使用料", "下水道使用料", "上下水道部営業課", "強制徴収公債権", 902_114_380, 0.002, (99.02, 99.08, 99.13), 13_902_616,
     (31.5, 32.6, 33.4), 0.04),
    ("住宅新築資金等貸付金", "住宅新築資金等貸付金", "人権同和教育啓発課", "私債権", 8_214_000, -0.05, (71.2, 72.8, 73.5),
     96_412_000, (2.9, 3.3, 3.6), 0.0),
]
D: dict[str, dict] = {}
for (name, canon, dept, cls, ca, g, crs, aa, ars, wos) in DEBTS:
    v = {"canon": canon, "dept": dept, "cls": cls}
    arr = aa
    for i, y in enumerate(YRS):
        cur_ass = int(round(ca * (1 + g) ** i))
        cur_col = int(round(cur_ass * crs[i] / 100))
        arr_col = int(round(arr * ars[i] / 100))
        wo = int(round(arr * wos * R.uniform(0.8, 1.2)))
        w = dict(cur_ass=cur_ass, cur_col=cur_col, arr_ass=arr, arr_col=arr_col, wo=wo)
        w["cur_out"], w["arr_out"] = cur_ass - cur_col, arr - arr_col - wo
        w["ass"], w["col"], w["out"] = cur_ass + arr, cur_col + arr_col, w["cur_out"] + w["arr_out"]
        v[y] = w
        arr = w["out"]
    for y in (2023, 2024):        # 目標 (年度当初に設定)
        w = v[y]
        v[("t", y)] = dict(cur=rnd(rate(w["cur_col"], w["cur_ass"]) + R.choice([-0.08, -0.03, 0.02, 0.05, 0.1])),
                           arr=rnd(rate(w["arr_col"], w["arr_ass"]) + R.choice([-1.2, -0.5, 0.4, 0.9])),
                           out=int(round(w["out"] * R.uniform(0.95, 1.04) / 1000)) * 1000)
    D[name] = v
NAMES = [n for n, *_ in DEBTS]

# ---------------------------------------------------------------- workbook helpers
FONT = "IPAexゴシック"
thin = Side(style="thin", color="444444")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDE6EE")
SUMF = PatternFill("solid", fgColor="FFF2CC")
wb = Workbook()
wb.remove(wb.active)


def new_sheet(title: str, landscape=False, widths=None):
    ws = wb.create_sheet(title)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return ws


def put(ws, r, c, v, *, size=10, bold=False, align="left", fill=None, border=True, wrap=False, valign="center",
        rs=1, cs=1, color=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold, color=color)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if rs > 1 or cs > 1:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + rs - 1, end_column=c + cs - 1)
    if border:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                x = ws.cell(row=rr, column=cc)
                x.border = BORDER
                if fill:
                    x.fill = fill
    return cell


def num(ws, r, c, s, **kw):
    kw.setdefault("size", 9)
    return put(ws, r, c, s, align="right", **kw)


# ================================================================ sheet 1 (p1): 次第 + 収入未済額の状況 (円)
d.page = 1
ws = new_sheet("資料1", widths=[20, 14, 14, 14, 13, 23])
put(ws, 1, 1, "令和７年度　第２回浜田市債権管理委員会", size=14, bold=True, border=False, cs=6, align="center")
put(ws, 2, 1, "令和７年１０月２８日（火）　午前１０時　浜田市役所　全員協議会室", size=10, border=False, cs=6, align="center")
put(ws, 4, 1, "次　第", size=11, bold=True, border=False)
agenda = ["１　開会", "２　報告事項", "　（１）令和６年度決算における債権の状況について　…　資料１・資料２",
          "　（２）主要債権の取組個票について　…　資料３", "　（３）全債権の収納状況一覧　…　資料４", "３　協議事項",
          "　（１）令和７年度滞納整理強化月間の実施について", "４　閉会"]
for i, a in enumerate(agenda):
    put(ws, 5 + i, 1, a, size=10, border=False, cs=6)
r0 = 15
put(ws, r0, 1, "資料１　債権別収入未済額の状況", size=11.5, bold=True, border=False, cs=6)
put(ws, r0 + 1, 6, "（単位：円）", size=9, border=False, align="right")
hdr = ["債権名", "令和４年度", "令和５年度", "令和６年度", "増減（R6−R5）", "備考"]
for i, h in enumerate(hdr, 1):
    put(ws, r0 + 2, i, h, size=9.5, fill=HEAD, align="center")
r = r0 + 3
tot = {y: 0 for y in YRS}
for name in NAMES:
    v = D[name]
    put(ws, r, 1, name, size=9)
    for j, y in enumerate(YRS):
        num(ws, r, 2 + j, d.yen(v[y]["out"], per=1, metric="outstanding", debt=v["canon"], debt_raw=name, fy=y, fy_raw=YL[y]))
        tot[y] += v[y]["out"]
    num(ws, r, 5, d.yen(v[2024]["out"] - v[2023]["out"], per=1, metric="difference", debt=v["canon"], debt_raw=name, fy=2024,
                        fy_raw="増減（R6−R5）"))
    memo = "うち現年度分 " + d.yen(v[2024]["cur_out"], per=1, metric="outstanding", debt=v["canon"], debt_raw=name, fy=2024,
                                  fy_raw="令和６年度", segment="current", suffix="円")
    put(ws, r, 6, memo, size=8)
    r += 1
put(ws, r, 1, "計", size=9, bold=True, fill=SUMF)
for j, y in enumerate(YRS):
    num(ws, r, 2 + j, d.yen(tot[y], per=1, metric="outstanding", debt=None, debt_raw="計", fy=y, fy_raw=YL[y]), bold=True,
        fill=SUMF)
num(ws, r, 5, d.yen(tot[2024] - tot[2023], per=1, metric="difference", debt=None, debt_raw="計", fy=2024, fy_raw="増減（R6−R5）"),
    bold=True, fill=SUMF)
put(ws, r, 6, "", fill=SUMF)
r += 1
put(ws, r, 1, "※各年度の出納閉鎖時点（５月３１日）の額。△は減少。", size=8.5, border=False, cs=6)
r += 2
dec = tot[2024] < tot[2023]
diff_m = abs(tot[2024] - tot[2023]) // 10_000 * 10_000
txt = ("令和６年度末の収入未済額の合計は" + d.fact(f"{tot[2024] // 10_000:,}万円", tot[2024] // 10_000 * 10_000,
                                               metric="outstanding", unit="yen", fy=2024, fy_raw="令和６年度末",
                                               approx=False, debt=None, debt_raw=None)
       + "（万円未満切捨て）で、前年度末から" + d.fact(f"{diff_m // 10_000:,}万円", (-1 if dec else 1) * diff_m,
                                                      metric="difference", unit="yen", fy=2024, fy_raw="前年度末",
                                                      debt=None, debt_raw=None)
       + ("減少した。" if dec else "増加した。") + "市税、国民健康保険料及び市営住宅使用料の３債権で全体の約"
       + "〇一二三四五六七八九"[round(sum(D[n][2024]["out"] for n in ("市税", "国民健康保険料", "市営住宅使用料")) / tot[2024] * 10)]
       + "割を占めている。")
for i, sent in enumerate(x + "。" for x in txt.split("。") if x):
    put(ws, r + i, 1, ("　" if i == 0 else "") + sent, size=9.5, border=False, cs=6)

# ================================================================ sheet 2 (p2): 自治区別
d.page = 2
ws = new_sheet("資料2", widths=[14, 14, 14, 9, 13, 13, 9, 10])
put(ws, 1, 1, "資料２　自治区別の収納状況（令和６年度決算）", size=12, bold=True, border=False, cs=8)
put(ws, 3, 1, "（１）市営住宅使用料", size=10.5, bold=True, border=False, cs=8)
put(ws, 4, 8, "単位：円、％、人", size=8.5, border=False, align="right")
AREAS = [("浜田自治区", 0.612), ("金城自治区", 0.098), ("旭自治区", 0.087), ("弥栄自治区", 0.051), ("三隅自治区", 0.152)]
put(ws, 5, 1, "自治区", size=9, fill=HEAD, align="center", rs=2)
put(ws, 5, 2, "現年度分", size=9, fill=HEAD, align="center", cs=3)
put(ws, 5, 5, "滞納繰越分", size=9, fill=HEAD, align="center", cs=3)
put(ws, 5, 8, "滞納者数", size=9, fill=HEAD, align="center", rs=2)
for i, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
    put(ws, 6, 2 + i, h, size=9, fill=HEAD, align="center")
hj = D["市営住宅使用料"][2024]
persons_total = 74
rr_ = __import__("random").Random(77)
parts = []
left = dict(cur_ass=hj["cur_ass"], cur_col=hj["cur_col"], arr_ass=hj["arr_ass"], arr_col=hj["arr_col"], n=persons_total)
for i, (area, sh) in enumerate(AREAS[1:]):
    ca = int(round(hj["cur_ass"] * sh / 100)) * 100
    cc = int(round(ca * (hj["cur_col"] / hj["cur_ass"] + rr_.uniform(-0.01, 0.008))))
    aa = int(round(hj["arr_ass"] * sh))
    ac = int(round(aa * (hj["arr_col"] / hj["arr_ass"] + rr_.uniform(-0.04, 0.04))))
    n = max(1, int(round(persons_total * sh * rr_.uniform(0.8, 1.2))))
    parts.append((area, dict(cur_ass=ca, cur_col=cc, arr_ass=aa, arr_col=ac, n=n)))
    for k_ in left:
        left[k_] -= parts[-1][1][k_]
parts.insert(0, (AREAS[0][0], left))
r = 7
for area, p in parts:
    put(ws, r, 1, area, size=9)
    kk = dict(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度", area=area)
    num(ws, r, 2, d.yen(p["cur_ass"], per=1, metric="assessed", segment="current", **kk))
    num(ws, r, 3, d.yen(p["cur_col"], per=1, metric="collected", segment="current", **kk))
    num(ws, r, 4, d.pct(rate(p["cur_col"], p["cur_ass"]), segment="current", **kk))
    num(ws, r, 5, d.yen(p["arr_ass"], per=1, metric="assessed", segment="arrears", **kk))
    num(ws, r, 6, d.yen(p["arr_col"], per=1, metric="collected", segment="arrears", **kk))
    num(ws, r, 7, d.pct(rate(p["arr_col"], p["arr_ass"]), segment="arrears", **kk))
    num(ws, r, 8, d.count(p["n"], "persons", **kk))
    r += 1
kk = dict(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度")
put(ws, r, 1, "計", size=9, bold=True, fill=SUMF)
num(ws, r, 2, d.yen(hj["cur_ass"], per=1, metric="assessed", segment="current", **kk), fill=SUMF)
num(ws, r, 3, d.yen(hj["cur_col"], per=1, metric="collected", segment="current", **kk), fill=SUMF)
num(ws, r, 4, d.pct(rate(hj["cur_col"], hj["cur_ass"]), segment="current", **kk), fill=SUMF)
num(ws, r, 5, d.yen(hj["arr_ass"], per=1, metric="assessed", segment="arrears", **kk), fill=SUMF)
num(ws, r, 6, d.yen(hj["arr_col"], per=1, metric="collected", segment="arrears", **kk), fill=SUMF)
num(ws, r, 7, d.pct(rate(hj["arr_col"], hj["arr_ass"]), segment="arrears", **kk), fill=SUMF)
num(ws, r, 8, d.count(persons_total, "persons", **kk), fill=SUMF)
r += 1
put(ws, r, 1, "※市営住宅は各支所の産業建設課が管理し、浜田自治区分は本庁建築住宅課が管理している。", size=8.5, border=False, cs=8)
r += 3
put(ws, r, 1, "（２）市税（現年課税分）の自治区別収納率", size=10.5, bold=True, border=False, cs=8)
r += 1
put(ws, r, 5, "単位：％、ポイント", size=8.5, border=False, align="right", cs=2)
r += 1
for i, h in enumerate(["自治区", "令和５年度", "令和６年度", "差"]):
    put(ws, r, 1 + i, h, size=9, fill=HEAD, align="center")
r += 1
TAXAREA = {"浜田自治区": (99.08, 99.12), "金城自治区": (99.21, 99.30), "旭自治区": (99.35, 99.31), "弥栄自治区": (99.52, 99.58),
           "三隅自治区": (98.79, 98.93)}
for area, (a5, a6) in TAXAREA.items():
    kk = dict(debt="市税", debt_raw="市税", segment="current", area=area)
    put(ws, r, 1, area, size=9)
    num(ws, r, 2, d.pct(a5, fy=2023, fy_raw="令和５年度", **kk))
    num(ws, r, 3, d.pct(a6, fy=2024, fy_raw="令和６年度", **kk))
    num(ws, r, 4, d.pct(rnd(a6 - a5), metric="difference", unit="points", fy=2024, fy_raw="差", **kk))
    r += 1
tx = D["市税"]
a5, a6 = rate(tx[2023]["cur_col"], tx[2023]["cur_ass"]), rate(tx[2024]["cur_col"], tx[2024]["cur_ass"])
kk = dict(debt="市税", debt_raw="市税", segment="current")
put(ws, r, 1, "市全体", size=9, bold=True, fill=SUMF)
num(ws, r, 2, d.pct(a5, fy=2023, fy_raw="令和５年度", **kk), fill=SUMF)
num(ws, r, 3, d.pct(a6, fy=2024, fy_raw="令和６年度", **kk), fill=SUMF)
num(ws, r, 4, d.pct(rnd(a6 - a5), metric="difference", unit="points", fy=2024, fy_raw="差", **kk), fill=SUMF)
r += 1
put(ws, r, 1, "※自治区別は納税義務者の住所地による。", size=8.5, border=False, cs=8)


# ================================================================ sheets 3-6: 取組個票
def kobetsu(name: str, no: int, items: list[tuple[str, str | None]], counts: list[tuple[str, int, int]],
            delinq: tuple[str, str, int, int] | None = None):
    d.page += 1
    v = D[name]
    ws = new_sheet(f"資料3-{no}", widths=[12, 13, 13, 11, 13, 13, 11])
    put(ws, 1, 1, f"資料３－{no}　取組個票", size=11, bold=True, border=False, cs=7)
    put(ws, 2, 1, f"債権名　{name}", size=12, bold=True, cs=7, fill=HEAD)            # label and value in one cell
    put(ws, 3, 1, "所管課", size=9.5, fill=HEAD, align="center")
    put(ws, 3, 2, v["dept"], size=9.5, cs=2)
    put(ws, 3, 4, "債権区分", size=9.5, fill=HEAD, align="center")
    put(ws, 3, 5, v["cls"], size=9.5, cs=3)
    # 目標と実績 (令和５年度 | 令和６年度 side by side)
    put(ws, 5, 1, "１　目標の達成状況", size=10.5, bold=True, border=False, cs=5)
    put(ws, 5, 6, "単位：％、円", size=8.5, border=False, align="right", cs=2)
    put(ws, 6, 1, "区分", size=9, fill=HEAD, align="center", rs=2)
    put(ws, 6, 2, "令和５年度", size=9, fill=HEAD, align="center", cs=3)
    put(ws, 6, 5, "令和６年度", size=9, fill=HEAD, align="center", cs=3)
    for i, h in enumerate(["目標", "実績", "達成率"] * 2):
        put(ws, 7, 2 + i, h, size=9, fill=HEAD, align="center")
    r = 8
    for seg, lab in (("current", "現年度分収納率"), ("arrears", "滞納繰越分収納率"), ("total", "収入未済額")):
        put(ws, r, 1, lab, size=8.5)
        for j, y in enumerate((2023, 2024)):
            w, t = v[y], v[("t", y)]
            k = dict(debt=v["canon"], debt_raw=name, fy=y, fy_raw=YL[y])
            if seg == "total":
                num(ws, r, 2 + 3 * j, d.yen(t["out"], per=1, metric="outstanding", basis="target", **k), size=8)
                num(ws, r, 3 + 3 * j, d.yen(w["out"], per=1, metric="outstanding", basis="actual", **k), size=8)
                num(ws, r, 4 + 3 * j, f"{t['out'] / w['out'] * 100:.1f}", size=8)
            else:
                p = "cur" if seg == "current" else "arr"
                act = rate(w[f"{p}_col"], w[f"{p}_ass"])
                num(ws, r, 2 + 3 * j, d.pct(t[p], segment=seg, basis="target", **k))
                num(ws, r, 3 + 3 * j, d.pct(act, segment=seg, basis="actual", **k))
                num(ws, r, 4 + 3 * j, f"{act / t[p] * 100:.1f}")
        r += 1
    put(ws, r, 1, "※達成率＝実績÷目標×100（収入未済額は目標÷実績×100）", size=8, border=False, cs=7)
    # 収納状況の推移 (years as columns)
    r += 2
    put(ws, r, 1, "２　収納状況の推移", size=10.5, bold=True, border=False, cs=5)
    put(ws, r, 6, "単位：千円、％", size=8.5, border=False, align="right", cs=2)
    r += 1
    put(ws, r, 1, "区分", size=9, fill=HEAD, align="center", cs=2)
    for j, y in enumerate(YRS):
        put(ws, r, 3 + j, YL[y], size=9, fill=HEAD, align="center")
    put(ws, r, 6, "前年度比", size=9, fill=HEAD, align="center")
    r += 1
    for key, lab, metric in (("ass", "調定額", "assessed"), ("col", "収入済額", "collected"), ("wo", "不納欠損額", "written_off"),
                             ("out", "収入未済額", "outstanding"), ("rate", "収納率", "collection_rate")):
        put(ws, r, 1, lab, size=9, cs=2)
        for j, y in enumerate(YRS):
            w = v[y]
            k = dict(debt=v["canon"], debt_raw=name, fy=y, fy_raw=YL[y])
            if key == "rate":
                num(ws, r, 3 + j, d.pct(rate(w["col"], w["ass"]), **k))
            else:
                kv = int(round(w[key] / 1000))
                num(ws, r, 3 + j, d.fact(comma(kv), kv * 1000, metric=metric, unit="yen", **k))
        w5, w6 = v[2023], v[2024]
        k = dict(debt=v["canon"], debt_raw=name, fy=2024, fy_raw="前年度比")
        if key == "rate":
            num(ws, r, 6, d.pct(rnd(rate(w6["col"], w6["ass"]) - rate(w5["col"], w5["ass"])), metric="difference",
                                unit="points", **k))
        else:
            dv = int(round(w6[key] / 1000)) - int(round(w5[key] / 1000))
            num(ws, r, 6, d.fact(comma(dv), dv * 1000, metric="difference", unit="yen", **k))
        r += 1
    put(ws, r, 1, "※調定額・収入済額等は現年度分と滞納繰越分の計（千円未満四捨五入）。", size=8, border=False, cs=7)
    r += 1
    if delinq:
        lab, unit, a, b = delinq
        put(ws, r, 1, lab, size=9, cs=2, fill=HEAD)
        k = dict(debt=v["canon"], debt_raw=name)
        num(ws, r, 3, d.count(a, unit, fy=2023, fy_raw="令和５年度", **k))
        num(ws, r, 4, d.count(b, unit, fy=2024, fy_raw="令和６年度", **k))
        num(ws, r, 5, d.count(b - a, unit, metric="difference", fy=2024, fy_raw="増減", **k))
        put(ws, r, 6, "（年度末）", size=8, border=False)
        r += 1
    r += 1
    # 令和６年度の取組 (table without a 取組 heading; tags on their own line)
    put(ws, r, 1, "３　令和７年度の主な取組", size=10.5, bold=True, border=False, cs=7)
    r += 1
    put(ws, r, 1, "No.", size=9, fill=HEAD, align="center")
    put(ws, r, 2, "内容", size=9, fill=HEAD, align="center", cs=5)
    put(ws, r, 7, "担当", size=9, fill=HEAD, align="center")
    r += 1
    for i, (text, st) in enumerate(items, 1):
        d.init(text, debt=v["canon"], debt_raw=name, fy=2025, section="令和７年度の主な取組", label=str(i), status=st)
        body = text + (f"\n【{st}】" if st else "")
        put(ws, r, 1, str(i), size=9, align="center")
        put(ws, r, 2, body, size=9, cs=5, wrap=True)
        put(ws, r, 7, v["dept"], size=7.5, wrap=True, align="center")
        nlines = len(text) // 40 + 1 + (1 if st else 0)
        ws.row_dimensions[r].height = 14 * nlines + 4
        r += 1
    r += 1
    put(ws, r, 1, "４　令和６年度の取組実績", size=10.5, bold=True, border=False, cs=7)
    r += 1
    for i, h in enumerate(["項目", "", "令和５年度", "令和６年度", "増減"]):
        if i == 1:
            continue
        put(ws, r, 1 + i if i else 1, h, size=9, fill=HEAD, align="center", cs=2 if i == 0 else 1)
    r += 1
    for lab, a, b in counts:
        put(ws, r, 1, lab, size=9, cs=2)
        num(ws, r, 3, f"{a:,}件")
        num(ws, r, 4, f"{b:,}件")
        num(ws, r, 5, comma(b - a))
        r += 1


kobetsu("国民健康保険料", 1, [
    ("納期限後２０日以内に督促状を発送し、未納が続く世帯には電話及び文書による催告を行う。", "継続"),
    ("資格確認書の交付時に未納のある世帯と面談し、納付計画を作成する。", "新規"),
    ("財産調査により納付資力が判明した滞納世帯には、預貯金等の差押えを行う。", "継続"),
    ("国民健康保険料の滞納繰越分のうち、高額事案は税務課収納対策室へ引き継ぐ。", "拡充"),
], [("督促状発送件数", 7_842, 7_516), ("催告書発送件数", 2_913, 3_105), ("差押件数", 94, 118)],
    delinq=("滞納世帯数（世帯）", "households", 1_142, 1_067))
kobetsu("介護保険料", 2, [
    ("普通徴収の被保険者に口座振替を勧奨し、年金からの特別徴収への切替えを確実に行う。", "継続"),
    ("滞納者への給付制限の事前通知を送付し、納付相談につなげる。", "継続"),
    ("介護サービスの利用申請時に、未納の有無を確認し、納付を案内する。", "新規"),
], [("督促状発送件数", 3_688, 3_512), ("催告書発送件数", 1_204, 1_163), ("差押件数", 11, 15)],
    delinq=("滞納者数（人）", "persons", 486, 462))
kobetsu("市営住宅使用料", 3, [
    ("口座振替の利用を入居の条件とし、未登録者には個別に手続を案内する。", "継続"),
    ("滞納が３か月に達した入居者に対し、連帯保証人を交えた納付指導を行う。", "継続"),
    ("退去済みの滞納者について、所在調査を行い支払督促を申し立てる。", "拡充"),
    ("長期・高額の滞納者には、住宅の明渡し請求訴訟を提起する。", None),
], [("催告書発送件数", 642, 598), ("臨戸訪問件数", 214, 236), ("支払督促申立件数", 4, 6)],
    delinq=("滞納者数（人）", "persons", 81, 74))
kobetsu("住宅新築資金等貸付金", 4, [
    ("償還が滞っている借受人及び連帯保証人に対し、定期的に面談を行い償還計画を見直す。", "継続"),
    ("相続が発生した事案は、相続人の調査を行い、償還の意思を確認する。", "継続"),
    ("回収の見込みがない債権は、債権管理条例に基づく放棄について審議する。", "新規"),
], [("面談件数", 58, 63), ("相続人調査件数", 7, 9), ("債権放棄件数", 0, 2)],
    delinq=("滞納者数（人）", "persons", 42, 39))

# ================================================================ sheet 7 (landscape): 全債権一覧 (three-level header)
d.page += 1
ws = new_sheet("資料4", landscape=True, widths=[20] + [11.5, 11.5, 7] * 4)
put(ws, 1, 1, "資料４　全債権の収納状況一覧（決算）", size=12, bold=True, border=False, cs=13)
put(ws, 2, 11, "単位：千円、％", size=8.5, border=False, align="right", cs=3)
put(ws, 3, 1, "債権名", size=9, fill=HEAD, align="center", rs=3)
for j, y in enumerate((2023, 2024)):
    put(ws, 3, 2 + 6 * j, f"{YL[y]}（決算）", size=9, fill=HEAD, align="center", cs=6)
    put(ws, 4, 2 + 6 * j, "現年度分", size=9, fill=HEAD, align="center", cs=3)
    put(ws, 4, 5 + 6 * j, "滞納繰越分", size=9, fill=HEAD, align="center", cs=3)
    for i, h in enumerate(["調定額", "収入済額", "収納率"] * 2):
        put(ws, 5, 2 + 6 * j + i, h, size=9, fill=HEAD, align="center")
r = 6
S = {(y, k): 0 for y in (2023, 2024) for k in ("cur_ass", "cur_col", "arr_ass", "arr_col")}
for name in NAMES:
    v = D[name]
    put(ws, r, 1, name, size=9)
    for j, y in enumerate((2023, 2024)):
        w = v[y]
        for i, (seg, p) in enumerate((("current", "cur"), ("arrears", "arr"))):
            k = dict(debt=v["canon"], debt_raw=name, fy=y, fy_raw=YL[y], segment=seg)
            a_k, c_k = int(round(w[f"{p}_ass"] / 1000)), int(round(w[f"{p}_col"] / 1000))
            S[(y, f"{p}_ass")] += a_k
            S[(y, f"{p}_col")] += c_k
            num(ws, r, 2 + 6 * j + 3 * i, d.fact(comma(a_k), a_k * 1000, metric="assessed", unit="yen", **k))
            num(ws, r, 3 + 6 * j + 3 * i, d.fact(comma(c_k), c_k * 1000, metric="collected", unit="yen", **k))
            num(ws, r, 4 + 6 * j + 3 * i, d.pct(rate(w[f"{p}_col"], w[f"{p}_ass"]), **k))
    r += 1
put(ws, r, 1, "合計", size=9, bold=True, fill=SUMF)
for j, y in enumerate((2023, 2024)):
    for i, (seg, p) in enumerate((("current", "cur"), ("arrears", "arr"))):
        k = dict(debt=None, debt_raw="合計", fy=y, fy_raw=YL[y], segment=seg)
        a_k, c_k = S[(y, f"{p}_ass")], S[(y, f"{p}_col")]
        num(ws, r, 2 + 6 * j + 3 * i, d.fact(comma(a_k), a_k * 1000, metric="assessed", unit="yen", **k), fill=SUMF, bold=True)
        num(ws, r, 3 + 6 * j + 3 * i, d.fact(comma(c_k), c_k * 1000, metric="collected", unit="yen", **k), fill=SUMF, bold=True)
        num(ws, r, 4 + 6 * j + 3 * i, d.pct(rate(c_k, a_k), **k), fill=SUMF, bold=True)
r += 1
put(ws, r, 1, "※千円未満を四捨五入している。各債権の収納率は円単位の額から、合計の収納率は表示単位の額から算出。", size=8.5, border=False,
    cs=13)


def build():
    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    out = soffice_pdf(src, WORK)
    shutil.copy(out, PDF_DIR / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    d.write_gold(kind="committee_material", family="kobetsu", municipality=CITY,
                 title="令和７年度 第２回浜田市債権管理委員会 資料", date="2025-10-28", date_raw="令和７年１０月２８日（火）")
