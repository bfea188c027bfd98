"""すさみ町 町税等徴収計画（令和６年度～令和８年度） -- openpyxl -> LibreOffice (one sheet per page).
run from corpus/frozen38:  python3 build/fs_susami_plan.py
"""
import os
import shutil
import subprocess
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import Gold, WORK, SET, zen, c, rate

STEM = "fs_susami_plan_1"
CITY = "すさみ町"
TITLE = "すさみ町町税等徴収計画（令和６年度～令和８年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2024-04-01", "令和６年４月")
FN = "IPAexゴシック"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()


def sheet(title, landscape=False, widths=()):
    ws = wb.active if wb.active.title == "Sheet" else wb.create_sheet()
    ws.title = title
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    return ws


def put(ws, r, col, v, size=10, bold=False, box=False, fill=None, align="l", wrap=False, valign="center"):
    cl = ws.cell(row=r, column=col, value=v)
    cl.font = Font(name=FN, size=size, bold=bold)
    cl.alignment = Alignment(horizontal={"l": "left", "r": "right", "c": "center"}[align], vertical=valign,
                             wrap_text=wrap)
    if box:
        cl.border = BOX
    if fill:
        cl.fill = fill
    return cl


def merge(ws, r1, c1, r2, c2, v, **kw):
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            put(ws, rr, cc, None, box=kw.get("box", False), fill=kw.get("fill"))
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return put(ws, r1, c1, v, **kw)


def f2(x):
    return f"{x:.2f}"


# ------------------------------------------------------------------ data (千円)
# name, short, section, cur adj/rate, arr adj/rate, wo (R4 actual); R5 見込 cur rate, arr rate, adj cur, adj arr
DEBTS = [
    ("町税", "町税", "一般会計", 412380, 98.91, 38420, 21.64, 1820, 99.02, 22.50, 409870, 36150),
    ("町営住宅使用料", "住宅使用料", "一般会計", 21460, 94.82, 9830, 10.25, 410, 95.10, 11.00, 21210, 9540),
    ("住宅新築資金等貸付金", "住宅新築資金", "一般会計", 3120, 61.54, 18260, 2.41, 0, 62.00, 2.50, 2980, 18410),
    ("国民健康保険税", "国保税", "特別会計", 142310, 95.33, 31240, 17.86, 1470, 95.50, 18.50, 139880, 29850),
    ("介護保険料", "介護料", "特別会計", 98650, 98.72, 3420, 22.13, 210, 98.80, 23.00, 99120, 3180),
    ("後期高齢者医療保険料", "後期高齢", "特別会計", 51230, 99.38, 610, 35.74, 0, 99.40, 36.00, 51870, 560),
]
D = {}
for n, sh, sec, ca, cr, aa, ar, wo, ecr, ear, eca, eaa in DEBTS:
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    ecc, eac = round(eca * ecr / 100), round(eaa * ear / 100)
    D[n] = dict(sh=sh, sec=sec, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), wo=wo,
                out=ca - cc + aa - ac - wo, eca=eca, ecc=ecc, ecr=rate(ecc, eca), eaa=eaa, eac=eac, ear=rate(eac, eaa))

# ================================================================== sheet 1 総括 (landscape)
pg = 1
ws = sheet("総括", True, [22, 11, 11, 8, 11, 11, 8, 11, 11, 8, 11, 11, 8])
put(ws, 1, 1, TITLE, 15, True)
put(ws, 2, 1, "すさみ町 税務課　令和６年４月", 10)
put(ws, 4, 1, "１　主な債権の徴収状況（令和４年度決算・令和５年度決算見込）", 11.5, True)
put(ws, 5, 13, "（単位：千円、％）", 9, align="r")
merge(ws, 6, 1, 8, 1, "債権名", box=True, fill=HEAD, align="c", size=9.5)
merge(ws, 6, 2, 6, 7, "令和４年度決算", box=True, fill=HEAD, align="c", size=9.5)
merge(ws, 6, 8, 6, 13, "令和５年度決算見込", box=True, fill=HEAD, align="c", size=9.5)
for k, c0 in enumerate((2, 5, 8, 11)):
    merge(ws, 7, c0, 7, c0 + 2, "現年分" if k % 2 == 0 else "滞納繰越分", box=True, fill=HEAD, align="c", size=9.5)
    for j, lab in enumerate(("調定額※", "収入済額", "収納率")):
        put(ws, 8, c0 + j, lab, 9, box=True, fill=HEAD, align="c")
r = 9


def datarow(r, label, vals, bold=False):
    put(ws, r, 1, label, 9.5, bold, box=True)
    for j, v in enumerate(vals):
        put(ws, r, 2 + j, v, 9.5, bold, box=True, align="r")


for sec in ("一般会計", "特別会計"):
    merge(ws, r, 1, r, 13, f"【{sec}】", box=True, size=9.5, bold=True)
    r += 1
    names = [n for n in D if D[n]["sec"] == sec]
    for n in names:
        v = D[n]
        datarow(r, n, [c(v["ca"]), c(v["cc"]), f2(v["cr"]), c(v["aa"]), c(v["ac"]), f2(v["ar"]),
                       c(v["eca"]), c(v["ecc"]), f2(v["ecr"]), c(v["eaa"]), c(v["eac"]), f2(v["ear"])])
        for fy, basis, fr, pre in ((2022, "actual", "令和４年度", ""), (2023, "estimate", "令和５年度", "e")):
            for seg, s_ in (("current", "c"), ("arrears", "a")):
                g.fact(pg, n, n, fy, fr, seg, "assessed", basis, v[pre + s_ + "a"] * 1000, "yen", c(v[pre + s_ + "a"]))
                g.fact(pg, n, n, fy, fr, seg, "collected", basis, v[pre + s_ + "c"] * 1000, "yen", c(v[pre + s_ + "c"]))
                g.fact(pg, n, n, fy, fr, seg, "collection_rate", basis, v[pre + s_ + "r"], "percent", f2(v[pre + s_ + "r"]))
        r += 1
    sub = {k: sum(D[n][k] for n in names) for k in ("ca", "cc", "aa", "ac", "eca", "ecc", "eaa", "eac")}
    for pre in ("", "e"):
        sub[pre + "cr"] = rate(sub[pre + "cc"], sub[pre + "ca"])
        sub[pre + "ar"] = rate(sub[pre + "ac"], sub[pre + "aa"])
    datarow(r, "小計", [c(sub["ca"]), c(sub["cc"]), f2(sub["cr"]), c(sub["aa"]), c(sub["ac"]), f2(sub["ar"]),
                       c(sub["eca"]), c(sub["ecc"]), f2(sub["ecr"]), c(sub["eaa"]), c(sub["eac"]), f2(sub["ear"])], True)
    for fy, basis, fr, pre in ((2022, "actual", "令和４年度", ""), (2023, "estimate", "令和５年度", "e")):
        for seg, s_ in (("current", "c"), ("arrears", "a")):
            g.fact(pg, None, f"{sec}小計", fy, fr, seg, "assessed", basis, sub[pre + s_ + "a"] * 1000, "yen",
                   c(sub[pre + s_ + "a"]))
            g.fact(pg, None, f"{sec}小計", fy, fr, seg, "collected", basis, sub[pre + s_ + "c"] * 1000, "yen",
                   c(sub[pre + s_ + "c"]))
            g.fact(pg, None, f"{sec}小計", fy, fr, seg, "collection_rate", basis, sub[pre + s_ + "r"], "percent",
                   f2(sub[pre + s_ + "r"]))
    r += 1
allv = {k: sum(D[n][k] for n in D) for k in ("ca", "cc", "aa", "ac", "eca", "ecc", "eaa", "eac", "out", "wo")}
for pre in ("", "e"):
    allv[pre + "cr"] = rate(allv[pre + "cc"], allv[pre + "ca"])
    allv[pre + "ar"] = rate(allv[pre + "ac"], allv[pre + "aa"])
datarow(r, "合計", [c(allv["ca"]), c(allv["cc"]), f2(allv["cr"]), c(allv["aa"]), c(allv["ac"]), f2(allv["ar"]),
                   c(allv["eca"]), c(allv["ecc"]), f2(allv["ecr"]), c(allv["eaa"]), c(allv["eac"]), f2(allv["ear"])], True)
for fy, basis, fr, pre in ((2022, "actual", "令和４年度", ""), (2023, "estimate", "令和５年度", "e")):
    for seg, s_ in (("current", "c"), ("arrears", "a")):
        g.fact(pg, None, "合計", fy, fr, seg, "assessed", basis, allv[pre + s_ + "a"] * 1000, "yen", c(allv[pre + s_ + "a"]))
        g.fact(pg, None, "合計", fy, fr, seg, "collected", basis, allv[pre + s_ + "c"] * 1000, "yen", c(allv[pre + s_ + "c"]))
        g.fact(pg, None, "合計", fy, fr, seg, "collection_rate", basis, allv[pre + s_ + "r"], "percent",
               f2(allv[pre + s_ + "r"]))
r += 1
put(ws, r, 1, "※ 調定額は、還付未済額を除いた額。令和５年度決算見込は令和６年３月末の実績に出納整理期間の見込を加えたもの。", 8.5)
r += 2
# 【参考】 one-cell box
all_ta = allv["ca"] + allv["aa"]
all_tc = allv["cc"] + allv["ac"]
box_txt = ("【参考】令和４年度決算（全債権の合計）\n"
           f"・調定額：{c(all_ta)}千円\n・収入済額：{c(all_tc)}千円\n・不納欠損額：{c(allv['wo'])}千円\n"
           f"・収入未済額：{c(allv['out'])}千円\n・収納率：{f2(rate(all_tc, all_ta))}％")
merge(ws, r, 1, r + 5, 6, box_txt, box=True, size=9.5, wrap=True, valign="top")
for rr in range(r, r + 6):
    ws.row_dimensions[rr].height = 15
for metric, v, raw, unit in (("assessed", all_ta * 1000, f"調定額：{c(all_ta)}千円", "yen"),
                             ("collected", all_tc * 1000, f"収入済額：{c(all_tc)}千円", "yen"),
                             ("written_off", allv["wo"] * 1000, f"不納欠損額：{c(allv['wo'])}千円", "yen"),
                             ("outstanding", allv["out"] * 1000, f"収入未済額：{c(allv['out'])}千円", "yen"),
                             ("collection_rate", rate(all_tc, all_ta), f"収納率：{f2(rate(all_tc, all_ta))}％", "percent")):
    g.fact(pg, None, None, 2022, "令和４年度", "total", metric, "actual", v, unit, raw)

# ================================================================== sheet 2 推移 (long format)
pg = 2
ws = sheet("推移", False, [16, 13, 10, 14, 16, 16])
put(ws, 1, 1, "２　債権別の収納率及び収入未済額の推移", 12, True)
put(ws, 2, 1, "（令和３年度～令和５年度。収納率は％、収入未済額は千円）", 9)
hdr = ["債権", "年度", "区分", "現年分収納率", "滞納繰越分収納率", "収入未済額"]
for j, h in enumerate(hdr):
    put(ws, 4, 1 + j, h, 9.5, box=True, fill=HEAD, align="c")
R3 = {"町税": (98.74, 19.88, 35020), "町営住宅使用料": (94.41, 9.62, 19810), "住宅新築資金等貸付金": (60.12, 2.18, 19640),
      "国民健康保険税": (95.02, 16.93, 27410), "介護保険料": (98.55, 20.47, 3190), "後期高齢者医療保険料": (99.31, 33.90, 710)}
r = 5
for n, v in D.items():
    e_out = v["eca"] - v["ecc"] + v["eaa"] - v["eac"] - round(v["wo"] * 0.9)
    D[n]["eout"] = e_out
    for fy, lab, kb, basis, cr_, ar_, o_ in ((2021, "3年度", "決算", "actual", *R3[n]),
                                              (2022, "4年度", "決算", "actual", v["cr"], v["ar"], v["out"]),
                                              (2023, "5年度", "見込", "estimate", v["ecr"], v["ear"], e_out)):
        for j, x in enumerate([v["sh"], lab, kb, f2(cr_), f2(ar_), c(o_)]):
            put(ws, r, 1 + j, x, 9.5, box=True, align="l" if j < 3 else "r")
        g.fact(pg, n, v["sh"], fy, lab, "current", "collection_rate", basis, cr_, "percent", f2(cr_))
        g.fact(pg, n, v["sh"], fy, lab, "arrears", "collection_rate", basis, ar_, "percent", f2(ar_))
        g.fact(pg, n, v["sh"], fy, lab, "total", "outstanding", basis, o_ * 1000, "yen", c(o_))
        r += 1
put(ws, r, 1, "※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、", 8.5)
put(ws, r + 1, 1, "　 住宅使用料＝町営住宅使用料、住宅新築資金＝住宅新築資金等貸付金", 8.5)
r += 3
tx = D["町税"]
o2, o5 = 39620, tx["eout"]
txt = (f"　町税の収入未済額は、令和５年度末で約{zen(f'{round(o5 / 10):,}')}万円となる見込みで、令和二年度末の"
       f"約{zen(f'{round(o2 / 10):,}')}万円から約{zen(f'{round((o2 - o5) / 10):,}')}万円減少する。"
       f"現年分収納率は令和４年度に前年度比{zen(f2(tx['cr'] - R3['町税'][0]))}ポイント上昇した。")
merge(ws, r, 1, r + 3, 6, txt, size=10, wrap=True, valign="top")
for rr in range(r, r + 4):
    ws.row_dimensions[rr].height = 17
g.fact(pg, "町税", "町税", 2023, "令和５年度末", "total", "outstanding", "estimate", round(o5 / 10) * 10000, "yen",
       f"約{zen(f'{round(o5 / 10):,}')}万円", approx=True)
g.fact(pg, "町税", "町税", 2020, "令和二年度末", "total", "outstanding", "actual", round(o2 / 10) * 10000, "yen",
       f"約{zen(f'{round(o2 / 10):,}')}万円", approx=True)
g.fact(pg, "町税", "町税", 2023, "令和５年度末", "total", "difference", "estimate", -round((o2 - o5) / 10) * 10000, "yen",
       f"約{zen(f'{round((o2 - o5) / 10):,}')}万円減少", approx=True)
g.fact(pg, "町税", "町税", 2022, "令和４年度", "current", "difference", "actual", round(tx["cr"] - R3["町税"][0], 2),
       "points", f"前年度比{zen(f2(tx['cr'] - R3['町税'][0]))}ポイント上昇")


# ================================================================== sheets 3-4 推進シート
def suishin(pg, n, dept, tgt, ach, genjo_extra, items, delinq):
    v = D[n]
    ws = sheet(f"推進シート（{v['sh']}）", False, [16, 12, 12, 12, 12, 12, 12])
    put(ws, 1, 1, "３　徴収推進シート", 12, True)
    for j, (lab, val) in enumerate((("債権名", n), ("所管課", dept))):
        put(ws, 3, 1 + j * 3, lab, 10, True, box=True, fill=HEAD, align="c")
        merge(ws, 3, 2 + j * 3, 3, 3 + j * 3, val, box=True, size=10)
    put(ws, 5, 1, "(1) 実績と目標", 10.5, True)
    put(ws, 5, 7, "（単位：千円、％、人）", 8.5, align="r")
    merge(ws, 6, 1, 7, 1, "項目", box=True, fill=HEAD, align="c", size=9.5)
    merge(ws, 6, 2, 6, 3, "決算", box=True, fill=HEAD, align="c", size=9.5)
    merge(ws, 6, 4, 6, 6, "目標", box=True, fill=HEAD, align="c", size=9.5)
    put(ws, 6, 7, "備考", 9.5, box=True, fill=HEAD, align="c")
    for j, lab in enumerate(("Ｒ４", "Ｒ５（見込）", "Ｒ６", "Ｒ７", "Ｒ８")):
        put(ws, 7, 2 + j, lab, 9.5, box=True, fill=HEAD, align="c")
    put(ws, 7, 7, "", 9.5, box=True, fill=HEAD)
    yrs = [(2022, "actual", "Ｒ４"), (2023, "estimate", "Ｒ５（見込）"), (2025 - 1, "target", "Ｒ６"),
           (2025, "target", "Ｒ７"), (2026, "target", "Ｒ８")]
    rowsdef = [("現年分収納率", "current", "collection_rate", [v["cr"], v["ecr"]] + tgt["cr"], "percent"),
               ("滞納繰越分収納率", "arrears", "collection_rate", [v["ar"], v["ear"]] + tgt["ar"], "percent"),
               ("収入未済額", "total", "outstanding", [v["out"], v["eout"]] + tgt["out"], "yen"),
               ("滞納者数", "total", "delinquents", delinq + ["－", "－", "－"], "persons")]
    r = 8
    for lab, seg, metric, vals, unit in rowsdef:
        put(ws, r, 1, lab, 9.5, box=True)
        for j, x in enumerate(vals):
            fy, basis, fr = yrs[j]
            if x == "－":
                put(ws, r, 2 + j, "－", 9.5, box=True, align="c")
                continue
            if unit == "percent":
                s = f2(x)
                if metric == "collection_rate" and basis == "target" and j == 2:
                    # R6 target with the 第1次計画 target for R5 in brackets
                    prev = tgt["prev_" + seg]
                    s = f"{f2(x)}（{f2(prev)}）"
                    g.fact(pg, n, n, 2023, None, seg, metric, "target", prev, "percent", f"（{f2(prev)}）")
                put(ws, r, 2 + j, s, 9.5, box=True, align="r")
                g.fact(pg, n, n, fy, fr, seg, metric, basis, x, unit, f2(x))
            elif unit == "yen":
                put(ws, r, 2 + j, c(x), 9.5, box=True, align="r")
                g.fact(pg, n, n, fy, fr, seg, metric, basis, x * 1000, unit, c(x))
            else:
                put(ws, r, 2 + j, c(x), 9.5, box=True, align="r")
                g.fact(pg, n, n, fy, fr, seg, metric, basis, x, unit, c(x))
        put(ws, r, 7, "", 9, box=True)
        r += 1
    # 備考 on outstanding row: 滞納繰越分 of R4 (amount over rate stacked)
    ao = v["aa"] - v["ac"] - v["wo"]
    cl = put(ws, 10, 7, f"うち滞繰\n{c(ao)}\n{f2(v['ar'])}", 8.5, box=True, align="r", wrap=True)
    ws.row_dimensions[10].height = 40
    g.fact(pg, n, n, 2022, "Ｒ４", "arrears", "outstanding", "actual", ao * 1000, "yen", c(ao))
    g.fact(pg, n, n, 2022, "Ｒ４", "arrears", "collection_rate", "actual", v["ar"], "percent", f2(v["ar"]))
    put(ws, 12, 1, "※ Ｒ６目標欄の（　）内は第１次計画におけるＲ５目標。備考欄は上段が滞納繰越分の収入未済額、下段がその収納率（Ｒ４）。", 8)
    # 達成率
    put(ws, 14, 1, "(2) 令和４年度の目標達成状況", 10.5, True)
    for j, h in enumerate(("項目", "目標", "実績", "達成率")):
        put(ws, 15, 1 + j * (1 if j == 0 else 1), h, 9.5, box=True, fill=HEAD, align="c")
    r = 16
    for lab, seg, tg_, ac_ in ach:
        arate = round(ac_ / tg_ * 100, 1)
        for j, x in enumerate((lab, f2(tg_), f2(ac_), f"{arate:.1f}")):
            put(ws, r, 1 + j, x, 9.5, box=True, align="l" if j == 0 else "r")
        g.fact(pg, n, n, 2022, "令和４年度", seg, "collection_rate", "target", tg_, "percent", f2(tg_))
        g.fact(pg, n, n, 2022, "令和４年度", seg, "collection_rate", "actual", ac_, "percent", f2(ac_))
        g.fact(pg, n, n, 2022, "令和４年度", seg, "achievement_rate", "actual", arate, "percent", f"{arate:.1f}")
        r += 1
    # 現状と課題 paragraph cell beside plain figures
    r += 1
    put(ws, r, 1, "(3) 現状と課題", 10.5, True)
    r += 1
    prev_out = v["out"] + genjo_extra
    gtxt = (f"令和４年度末の収入未済額は{c(v['out'])}千円で、前年度より{c(genjo_extra)}千円減少した。"
            "滞納者の高齢化が進み、分納による少額の納付が中心となっている。")
    put(ws, r, 1, "現状", 9.5, box=True, fill=HEAD, align="c")
    merge(ws, r, 2, r + 2, 5, gtxt, box=True, size=9.5, wrap=True, valign="top")
    put(ws, r, 6, "不納欠損額", 9, box=True, fill=HEAD, align="c")
    merge(ws, r, 7, r, 7, c(v["wo"]) if v["wo"] else "－", box=True, size=9.5, align="r")
    put(ws, r + 1, 6, "滞繰調定額", 9, box=True, fill=HEAD, align="c")
    put(ws, r + 1, 7, c(v["aa"]), 9.5, box=True, align="r")
    for rr in range(r, r + 3):
        ws.row_dimensions[rr].height = 18
    g.fact(pg, n, n, 2022, "令和４年度末", "total", "outstanding", "actual", v["out"] * 1000, "yen", c(v["out"]) + "千円で")
    g.fact(pg, n, n, 2022, "令和４年度", "total", "difference", "actual", -genjo_extra * 1000, "yen",
           c(genjo_extra) + "千円減少")
    if v["wo"]:
        g.fact(pg, n, n, 2022, "令和４年度", "arrears", "written_off", "actual", v["wo"] * 1000, "yen", c(v["wo"]))
    g.fact(pg, n, n, 2022, "令和４年度", "arrears", "assessed", "actual", v["aa"] * 1000, "yen", c(v["aa"]))
    r += 4
    put(ws, r, 1, "(4) 具体的な方策", 10.5, True)
    r += 1
    for lab, t_, st in items:
        put(ws, r, 1, lab, 9.5, box=True, align="c", valign="top")
        merge(ws, r, 2, r, 7, f"{t_}" + (f"【{st}】" if st else ""), box=True, size=9.5, wrap=True, valign="top")
        ws.row_dimensions[r].height = 30
        g.init(pg, n, 2024, "具体的な方策", lab, t_, st)
        r += 1


suishin(3, "町税", "税務課",
        dict(cr=[99.10, 99.15, 99.20], ar=[23.00, 24.00, 25.00], out=[33500, 32000, 30500], prev_current=99.00,
             prev_arrears=22.00),
        [("現年分収納率", "current", 98.95, D["町税"]["cr"]), ("滞納繰越分収納率", "arrears", 21.00, D["町税"]["ar"])],
        2350,
        [("ア", "納期限から２０日以内に督促状を送付し、１か月以内に電話又は文書で催告する。", "継続"),
         ("イ", "和歌山地方税回収機構へ高額・困難事案を移管し、移管予告による自主納付を促す。", "継続"),
         ("ウ", "口座振替の新規申込みを、町の広報紙と窓口で年２回呼び掛ける。", "拡充")],
        [162, 151])
suishin(4, "国民健康保険税", "住民課",
        dict(cr=[95.60, 95.70, 95.80], ar=[19.00, 19.50, 20.00], out=[34000, 33000, 32000], prev_current=95.40,
             prev_arrears=18.00),
        [("現年分収納率", "current", 95.50, D["国民健康保険税"]["cr"]),
         ("滞納繰越分収納率", "arrears", 18.00, D["国民健康保険税"]["ar"])],
        1880,
        [("ア", "短期被保険者証の交付時に納付相談を行い、分納誓約の内容を見直す。", "継続"),
         ("イ", "税務課と住民課が合同で、年末と年度末に臨戸訪問を行う。", "新規")],
        [118, 109])

path = os.path.join(WORK, STEM + ".xlsx")
wb.save(path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, path], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
dst = os.path.join(SET, "pdf", STEM + ".pdf")
shutil.copy(os.path.join(WORK, STEM + ".pdf"), dst)
g.save(dst)
