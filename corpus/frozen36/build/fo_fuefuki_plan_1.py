"""fo_fuefuki_plan_1: 市税等徴収計画（令和７年度～令和９年度） with 推進シート.  openpyxl -> LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak  # noqa: E402

from fo_common import ROOT, WORK, Gold, comma, finish, rate, soffice, tri, zen  # noqa: E402

STEM = "fo_fuefuki_plan_1"
CITY = "笛吹市"
TITLE = "笛吹市市税等徴収計画（令和７年度～令和９年度）"
g = Gold(STEM, "plan", CITY, TITLE, "2025-04-01", "令和７年４月", family="plan")

GF = "IPAexGothic"
MF = "IPAexMincho"
thin = Side(style="thin", color="404040")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUBH = PatternFill("solid", fgColor="EDEDED")
TGTF = PatternFill("solid", fgColor="FFF2CC")


def put(ws, ref, v, size=9, bold=False, font=GF, fill=None, h="left", v_="center", wrap=True, border=True, rot=0):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, text_rotation=rot)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    put(ws, first, v, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = BOX


def setup(ws, widths, landscape=False, fit=True, fit_h=1, scale=None):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = fit_h
    elif scale:
        ps.scale = scale
    ws.sheet_view.showGridLines = False
    ws.print_options.horizontalCentered = True


# ------------------------------------------------------------------ figures
def mk(a_c, r_c, a_a, r_a, w):
    c_c, c_a = round(a_c * r_c / 100), round(a_a * r_a / 100)
    d = {"current": {"a": a_c, "c": c_c, "w": 0}, "arrears": {"a": a_a, "c": c_a, "w": w}}
    d["total"] = {k: d["current"][k] + d["arrears"][k] for k in "acw"}
    for s in d.values():
        s["r"] = rate(s["c"], s["a"])
        s["o"] = s["a"] - s["c"] - s["w"]
    return d


TAX = {2022: mk(7812450300, 98.62, 412880150, 24.30, 31204500), 2023: mk(7905118200, 98.75, 378405600, 25.80, 28450100),
       2024: mk(8011402700, 98.88, 341220900, 27.15, 25118300)}                     # 円
KOK = {2022: mk(1402330, 92.10, 512406, 19.80, 40112), 2023: mk(1376512, 92.55, 498220, 21.05, 38905),
       2024: mk(1351208, 92.98, 476118, 22.10, 36410)}                               # 千円
KOK_HH = {2022: 1284, 2023: 1221, 2024: 1163}
TAX_DEL = {2022: (2315, 642), 2023: (2198, 688), 2024: (2076, 731)}                  # 滞納者数, 差押件数
OTHER = {  # R5, R6: (cur rate, arr rate, outstanding 千円)
    "介護保険料": {2023: (98.90, 20.55, 25402), 2024: (98.95, 21.40, 24118)},
    "後期高齢者医療保険料": {2023: (99.45, 37.10, 6655), 2024: (99.48, 38.20, 6204)},
    "保育料": {2023: (98.55, 17.60, 13512), 2024: (98.70, 18.40, 12880)},
    "市営住宅使用料": {2023: (96.55, 11.85, 39120), 2024: (96.80, 12.30, 38406)},
}
DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料"]
KA = {"市税": "収税課", "国民健康保険税": "収税課", "介護保険料": "長寿介護課", "後期高齢者医療保険料": "保険年金課",
      "保育料": "子育て支援課", "市営住宅使用料": "建築住宅課"}


def rates(d, fy):
    if d == "市税":
        s = TAX[fy]
        return s["current"]["r"], s["arrears"]["r"]
    if d == "国民健康保険税":
        s = KOK[fy]
        return s["current"]["r"], s["arrears"]["r"]
    return OTHER[d][fy][0], OTHER[d][fy][1]


def out_k(d, fy):  # outstanding in 千円 (rounded for 市税)
    if d == "市税":
        return round(TAX[fy]["total"]["o"] / 1000)
    if d == "国民健康保険税":
        return KOK[fy]["total"]["o"]
    return OTHER[d][fy][2]


TARGETS = {  # 2025..2027: (cur, arr, outstanding 千円)
    "市税": [(98.95, 28.50, 265000), (99.00, 29.50, 250000), (99.05, 30.50, 236000)],
    "国民健康保険税": [(93.20, 23.00, 408000), (93.40, 24.00, 392000), (93.60, 25.00, 376000)],
    "介護保険料": [(99.00, 22.00, 23500), (99.00, 23.00, 22800), (99.05, 24.00, 22000)],
    "後期高齢者医療保険料": [(99.50, 39.00, 6000), (99.50, 40.00, 5800), (99.55, 41.00, 5600)],
    "保育料": [(98.80, 19.00, 12300), (98.90, 20.00, 11800), (99.00, 21.00, 11200)],
    "市営住宅使用料": [(97.00, 13.00, 37500), (97.20, 14.00, 36500), (97.40, 15.00, 35500)],
}
HIST = {  # 収納率の推移 2017..2021 (cur, arr, total); 2022..2024 from data where available
    "市税": [(98.10, 19.85, 95.62), (98.22, 20.40, 95.88), (98.31, 21.15, 96.10), (98.05, 20.92, 96.02), (98.48, 22.60, 96.45)],
    "国民健康保険税": [(90.85, 16.20, 70.12), (91.10, 16.95, 71.05), (91.42, 17.40, 71.88), (91.30, 17.85, 72.40), (91.75, 18.90, 73.66)],
    "介護保険料": [(98.55, 16.40, 96.80), (98.60, 17.05, 96.95), (98.66, 17.80, 97.10), (98.70, 18.35, 97.22), (98.78, 19.20, 97.41)],
    "後期高齢者医療保険料": [(99.20, 30.10, 98.95), (99.25, 31.40, 99.01), (99.30, 32.65, 99.08), (99.33, 33.80, 99.12), (99.38, 35.20, 99.18)],
}
HIST_LATE = {  # 2022..2024 totals for debts without amount data
    "介護保険料": [(98.82, 19.90, 97.55), (98.90, 20.55, 97.70), (98.95, 21.40, 97.83)],
    "後期高齢者医療保険料": [(99.41, 36.05, 99.22), (99.45, 37.10, 99.27), (99.48, 38.20, 99.31)],
}

wb = Workbook()

# ================================================================== sheet 1: 総括 (p1)
P = 1
ws = wb.active
ws.title = "総括"
setup(ws, [5, 22, 14, 18, 12, 14])
merge(ws, "A1:F1", "笛吹市市税等徴収計画", size=18, bold=True, h="center", border=False)
merge(ws, "A2:F2", "（令和７年度～令和９年度）", size=12, h="center", border=False)
merge(ws, "A3:F3", "令和７年４月　笛吹市総務部収税課", size=9.5, h="right", border=False)
ws.row_dimensions[1].height = 34
ws.row_dimensions[2].height = 22
merge(ws, "A5:F5", "１　計画の趣旨", size=11, bold=True, border=False)
tot6 = sum(out_k(d, 2024) for d in DEBTS)
tot5 = sum(out_k(d, 2023) for d in DEBTS)
man6 = round(tot6 / 100) * 10          # 万円 (rounded to 100万円)
mand = round((tot5 - tot6) / 100) * 10


def okuman(man):
    o, m = divmod(man, 10000)
    return (f"{zen(o)}億" if o else "") + f"{zen(f'{m:,}')}万円"


kok_arr = KOK[2024]["arrears"]["r"]
txt = (f"本市では、市税をはじめとする市の債権について、平成２９年度から徴収計画を定め、収納率の向上と収入未済額の縮減に取り組んできました。"
       f"令和６年度決算における対象６債権の収入未済額は約{okuman(man6)}で、前年度から約{okuman(mand)}減少しましたが、"
       f"国民健康保険税の滞納繰越分収納率は{zen(f'{kok_arr:.2f}')}％にとどまっています。"
       f"令和二年度には新型コロナウイルス感染症の影響により一時的に収納率が低下しましたが、その後は回復傾向にあります。"
       f"本計画は、令和７年度から令和９年度までの３年間における債権ごとの目標と具体的な取組を定めるものです。")
merge(ws, "A6:F6", txt, size=9.5, font=MF, border=False, v_="top")
ws.row_dimensions[6].height = 88
g.fact(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", man6 * 10000, "yen", "約" + okuman(man6), approx=True)
g.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", -mand * 10000, "yen", "約" + okuman(mand) + "減少",
       approx=True)
g.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", kok_arr, "percent",
       zen(f"{kok_arr:.2f}") + "％")
merge(ws, "A8:F8", "２　計画期間　　令和７年度から令和９年度までの３年間", size=11, bold=True, border=False)
merge(ws, "A10:F10", "３　対象債権", size=11, bold=True, border=False)
for col, t in zip("ABCDEF", ["No", "債権名", "所管課", "令和６年度末\n収入未済額（千円）", "構成比\n（％）", "令和９年度\n目標（千円）"]):
    put(ws, f"{col}11", t, fill=HEAD, h="center")
ws.row_dimensions[11].height = 30
r = 12
for i, d in enumerate(DEBTS, 1):
    o = out_k(d, 2024)
    tg = TARGETS[d][2][2]
    put(ws, f"A{r}", i, h="center")
    put(ws, f"B{r}", d)
    put(ws, f"C{r}", KA[d], h="center")
    put(ws, f"D{r}", comma(o), font=MF, h="right")
    put(ws, f"E{r}", f"{o / tot6 * 100:.1f}", font=MF, h="right")
    put(ws, f"F{r}", comma(tg), font=MF, h="right", fill=TGTF)
    g.fact(P, d, d, 2024, "令和６年度", "total", "outstanding", "actual", o * 1000, "yen", comma(o))
    g.fact(P, d, d, 2027, "令和９年度", "total", "outstanding", "target", tg * 1000, "yen", comma(tg))
    ws.row_dimensions[r].height = 18
    r += 1
tg_tot = sum(TARGETS[d][2][2] for d in DEBTS)
merge(ws, f"A{r}:C{r}", "合　計", h="center", fill=SUBH)
put(ws, f"D{r}", comma(tot6), font=MF, h="right", fill=SUBH)
put(ws, f"E{r}", "100.0", font=MF, h="right", fill=SUBH)
put(ws, f"F{r}", comma(tg_tot), font=MF, h="right", fill=TGTF)
g.fact(P, None, "合計", 2024, "令和６年度", "total", "outstanding", "actual", tot6 * 1000, "yen", comma(tot6))
g.fact(P, None, "合計", 2027, "令和９年度", "total", "outstanding", "target", tg_tot * 1000, "yen", comma(tg_tot))
ws.row_dimensions[r].height = 18
r += 1
merge(ws, f"A{r}:F{r}", "※ 市税の収入未済額は円単位の決算額を千円未満四捨五入。構成比は収入未済額合計に対する割合。", size=8, font=MF,
      border=False)
r += 2
merge(ws, f"A{r}:F{r}", "４　計画の目標（全体）", size=11, bold=True, border=False)
r += 1
goal = (f"令和９年度末の対象６債権の収入未済額を{zen(comma(tg_tot))}千円（約{zen(f'{tg_tot / 100000:.1f}')}億円）以下とし、"
        f"令和６年度末から約{zen(f'{(tot6 - tg_tot) / 100000:.1f}')}億円縮減することを目指します。")
merge(ws, f"A{r}:F{r}", goal, size=9.5, font=MF, border=False, v_="top")
ws.row_dimensions[r].height = 36
g.fact(P, None, None, 2027, "令和９年度", "total", "outstanding", "target", tg_tot * 1000, "yen", zen(comma(tg_tot)) + "千円")
g.fact(P, None, None, 2027, "令和９年度", "total", "outstanding", "target", round(tg_tot / 100000, 1) * 100000000, "yen",
       "約" + zen(f"{tg_tot / 100000:.1f}") + "億円", approx=True)
g.fact(P, None, None, 2027, "令和９年度", "total", "difference", "target", -round((tot6 - tg_tot) / 100000, 1) * 100000000, "yen",
       "約" + zen(f"{(tot6 - tg_tot) / 100000:.1f}") + "億円", approx=True)
ws.print_area = f"A1:F{r}"

# ================================================================== sheet 2: 収納率の推移 (p2-3, wide table split by columns)
ws = wb.create_sheet("推移")
setup(ws, [18, 10] + [11] * 8, fit=False, scale=95)
put(ws, "A1", "５　主要債権の収納率の推移", size=11, bold=True, border=False, wrap=False)
put(ws, "A2", "（単位：％）", size=8.5, border=False, wrap=False)
YH = ["平成29年度", "平成30年度", "令和元年度", "令和２年度", "３年度", "４年度", "５年度", "６年度"]
YRAW = YH
put(ws, "A3", "債権名", fill=HEAD, h="center")
put(ws, "B3", "区分", fill=HEAD, h="center")
for i, y in enumerate(YH):
    put(ws, f"{get_column_letter(3 + i)}3", y, fill=HEAD, h="center")
ws.row_dimensions[3].height = 24
r = 4
HDEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
page_of_col = lambda ci: 2 if ci < 4 else 3   # noqa: E731  (H29..R2 on p2, 3年度..6年度 on p3)
for d in HDEBTS:
    merge(ws, f"A{r}:A{r + 2}", d, h="center", rot=0)
    for k, (sg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        put(ws, f"B{r + k}", lab, h="center", fill=SUBH if sg == "total" else None)
        for ci in range(8):
            fy = 2017 + ci
            if ci < 5:
                v = HIST[d][ci][k] if d in HIST else None
            elif d in ("市税", "国民健康保険税"):
                src = TAX if d == "市税" else KOK
                v = src[fy][sg]["r"]
            else:
                v = HIST_LATE[d][ci - 5][k]
            txt = f"{v:.2f}"
            put(ws, f"{get_column_letter(3 + ci)}{r + k}", txt, font=MF, h="right", fill=SUBH if sg == "total" else None)
            g.fact(page_of_col(ci), d, d, fy, YRAW[ci], sg, "collection_rate", "actual", v, "percent", txt)
        ws.row_dimensions[r + k].height = 20
    r += 3
merge(ws, f"C{r}:F{r}", "※ 平成29年度（2017年度）から令和２年度までは旧収納システムによる集計値。", size=8, font=MF, border=False)
merge(ws, f"G{r}:J{r}", "※ ３年度以降は令和の年度。", size=8, font=MF, border=False)
ws.print_title_cols = "A:B"
ws.print_title_rows = "1:3"
ws.col_breaks.append(Break(id=6))
ws.print_area = f"A1:J{r}"

# ================================================================== sheet 3: 推進シート 市税 (p4), amounts in 円
P = 4
ws = wb.create_sheet("推進シート市税")
setup(ws, [5, 10, 15, 15, 13, 14, 9, 9, 9])
merge(ws, "A1:I1", "推進シート（１）", size=13, bold=True, h="center", border=False)
put(ws, "A3", "債権名", fill=HEAD, h="center")
merge(ws, "A3:B3", "債権名", fill=HEAD, h="center")
merge(ws, "C3:D3", "市税", size=11, bold=True, h="center")
put(ws, "E3", "担当課", fill=HEAD, h="center")
merge(ws, "F3:G3", "収税課", size=10, h="center")
put(ws, "H3", "区分", fill=HEAD, h="center")
put(ws, "I3", "強制徴収公債権", size=8, h="center")
ws.row_dimensions[3].height = 24
merge(ws, "A5:I5", "１　現状（単位：円、％、人、件）", size=10.5, bold=True, border=False)
heads = ["", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率※", "滞納者数", "差押件数"]
for col, t in zip("ABCDEFGHI", heads):
    put(ws, f"{col}6", t, fill=HEAD, h="center")
ws.row_dimensions[6].height = 22
merge(ws, "A6:A10", "実　績", fill=HEAD, h="center", rot=255)
for i, fy in enumerate((2022, 2023, 2024)):
    row = 7 + i
    s = TAX[fy]["total"]
    fyr = f"R{fy - 2018}"
    put(ws, f"B{row}", fyr, h="center")
    for col, key, metric in (("C", "a", "assessed"), ("D", "c", "collected"), ("E", "w", "written_off"), ("F", "o", "outstanding")):
        put(ws, f"{col}{row}", comma(s[key]), font=MF, h="right")
        g.fact(P, "市税", "市税", fy, fyr, "total", metric, "actual", s[key], "yen", comma(s[key]))
    put(ws, f"G{row}", f"{s['r']:.2f}", font=MF, h="right")
    g.fact(P, "市税", "市税", fy, fyr, "total", "collection_rate", "actual", s["r"], "percent", f"{s['r']:.2f}")
    dl, sz = TAX_DEL[fy]
    put(ws, f"H{row}", comma(dl), font=MF, h="right")
    put(ws, f"I{row}", comma(sz), font=MF, h="right")
    g.fact(P, "市税", "市税", fy, fyr, "total", "delinquents", "actual", dl, "persons", comma(dl))
    g.fact(P, "市税", "市税", fy, fyr, "total", "seizures", "actual", sz, "cases", comma(sz))
    ws.row_dimensions[row].height = 19
row = 10
put(ws, f"B{row}", "増減\n(R6−R5)", h="center", size=8, fill=SUBH)
a, b = TAX[2024]["total"], TAX[2023]["total"]
for col, key in (("C", "a"), ("D", "c"), ("E", "w"), ("F", "o")):
    dv = a[key] - b[key]
    put(ws, f"{col}{row}", tri(dv), font=MF, h="right", fill=SUBH)
    g.fact(P, "市税", "市税", 2024, "R6", "total", "difference", "actual", dv, "yen", tri(dv))
dr = round(a["r"] - b["r"], 2)
put(ws, f"G{row}", f"{dr:.2f}" if dr >= 0 else f"△{-dr:.2f}", font=MF, h="right", fill=SUBH)
g.fact(P, "市税", "市税", 2024, "R6", "total", "difference", "actual", dr, "points", f"{dr:.2f}" if dr >= 0 else f"△{-dr:.2f}")
for col, idx, unit in (("H", 0, "persons"), ("I", 1, "cases")):
    dv = TAX_DEL[2024][idx] - TAX_DEL[2023][idx]
    put(ws, f"{col}{row}", tri(dv), font=MF, h="right", fill=SUBH)
    g.fact(P, "市税", "市税", 2024, "R6", "total", "difference" if unit == "persons" else "seizures_difference", "actual",
           dv, unit, tri(dv))
ws.row_dimensions[row].height = 24
merge(ws, "A11:I11", "※ 収納率は現年課税分と滞納繰越分の合計。滞納者数は各年度５月末現在の実人数。", size=8, font=MF, border=False)

merge(ws, "A13:I13", "２　前計画の目標と実績（現年課税分）", size=10.5, bold=True, border=False)
for col, t in zip(("A", "C", "D", "E", "F"), ("年度", "目標収納率（％）", "実績収納率（％）", "達成率（％）", "評価")):
    pass
merge(ws, "A14:B14", "年度", fill=HEAD, h="center")
put(ws, "C14", "目標収納率（％）", fill=HEAD, h="center")
put(ws, "D14", "実績収納率（％）", fill=HEAD, h="center")
put(ws, "E14", "達成率（％）", fill=HEAD, h="center")
merge(ws, "F14:I14", "評価", fill=HEAD, h="center")
PREV_T = {2022: 98.60, 2023: 98.80, 2024: 98.85}
for i, fy in enumerate((2022, 2023, 2024)):
    row = 15 + i
    t = PREV_T[fy]
    act = TAX[fy]["current"]["r"]
    ach = round(act / t * 100, 2)
    fyr = f"令和{zen(fy - 2018)}年度"
    merge(ws, f"A{row}:B{row}", fyr, h="center")
    put(ws, f"C{row}", f"{t:.2f}", font=MF, h="right", fill=TGTF)
    put(ws, f"D{row}", f"{act:.2f}", font=MF, h="right")
    put(ws, f"E{row}", f"{ach:.2f}", font=MF, h="right")
    merge(ws, f"F{row}:I{row}", "目標達成" if act >= t else "目標未達成（差は小さい）", h="center", size=8.5)
    g.fact(P, "市税", "市税", fy, fyr, "current", "collection_rate", "target", t, "percent", f"{t:.2f}")
    g.fact(P, "市税", "市税", fy, fyr, "current", "collection_rate", "actual", act, "percent", f"{act:.2f}")
    g.fact(P, "市税", "市税", fy, fyr, "current", "achievement_rate", "actual", ach, "percent", f"{ach:.2f}")
    ws.row_dimensions[row].height = 18

merge(ws, "A19:I19", "３　目標", size=10.5, bold=True, border=False)
merge(ws, "A20:B20", "年度", fill=HEAD, h="center")
put(ws, "C20", "現年課税分（％）", fill=HEAD, h="center")
put(ws, "D20", "滞納繰越分（％）", fill=HEAD, h="center")
put(ws, "E20", "収入未済額（円）", fill=HEAD, h="center")
merge(ws, "F20:I20", "備考", fill=HEAD, h="center")
NOTES = ["うち滞納繰越分 約1億8,000万円", "うち滞納繰越分 約1億7,000万円", "うち滞納繰越分 約1億6,000万円"]
for i, (c, a_, o) in enumerate(TARGETS["市税"]):
    row = 21 + i
    fy = 2025 + i
    fyr = f"令和{zen(fy - 2018)}年度"
    merge(ws, f"A{row}:B{row}", fyr, h="center")
    put(ws, f"C{row}", f"{c:.2f}", font=MF, h="right", fill=TGTF)
    put(ws, f"D{row}", f"{a_:.2f}", font=MF, h="right", fill=TGTF)
    put(ws, f"E{row}", comma(o * 1000), font=MF, h="right", fill=TGTF)
    merge(ws, f"F{row}:I{row}", NOTES[i], size=8.5, font=MF)
    g.fact(P, "市税", "市税", fy, fyr, "current", "collection_rate", "target", c, "percent", f"{c:.2f}")
    g.fact(P, "市税", "市税", fy, fyr, "arrears", "collection_rate", "target", a_, "percent", f"{a_:.2f}")
    g.fact(P, "市税", "市税", fy, fyr, "total", "outstanding", "target", o * 1000, "yen", comma(o * 1000))
    g.fact(P, "市税", "市税", fy, fyr, "arrears", "outstanding", "target", (180 - 10 * i) * 1000000, "yen",
           NOTES[i].split(" ")[1], approx=True)
    ws.row_dimensions[row].height = 18

merge(ws, "A25:I25", "４　具体的な取組", size=10.5, bold=True, border=False)
SEC = "具体的な取組"
TAX_IT = {"現年課税分": [("(1)", "納期限内納付を促すため、口座振替とスマートフォン決済の利用を広報紙とホームページで周知する。", "継続"),
                      ("(2)", "督促状発送後１か月以内に文書催告を行い、反応のない者には電話催告を実施する。", "継続"),
                      ("(3)", "コンビニ納付書に地方税統一ＱＲコードを印字し、納付場所を拡大する。", "新規")],
          "滞納繰越分": [("(1)", "預貯金・給与の調査を毎月実施し、換価可能な財産を発見した場合は速やかに差押えを行う。", "拡充"),
                    ("(2)", "山梨県地方税滞納整理推進機構へ高額事案を移管し、共同で滞納整理を進める。", "継続"),
                    ("(3)", "執行停止後３年を経過した事案の財産調査を行い、不納欠損処分を適正に行う。", "継続")]}
row = 26
for k, (lab, items) in enumerate(TAX_IT.items()):
    merge(ws, f"A{row}:B{row}", lab, fill=SUBH, h="center")
    text = "\n".join(f"{l}{t}【{s}】" for l, t, s in items)
    merge(ws, f"C{row}:I{row}", text, size=8.5, font=MF, v_="top")
    ws.row_dimensions[row].height = 64
    for l, t, s in items:
        g.init(P, "市税", "市税", 2025, SEC, l, t, s)
    row += 1
ws.print_area = f"A1:I{row}"

# ================================================================== sheet 4: 推進シート 国保 (p5), 千円, metrics as rows
P = 5
ws = wb.create_sheet("推進シート国保")
setup(ws, [9, 12, 13, 13, 13, 12, 12])
merge(ws, "A1:G1", "推進シート（２）", size=13, bold=True, h="center", border=False)
merge(ws, "A3:C3", "債権名　国民健康保険税", size=10.5, bold=True, fill=SUBH)
merge(ws, "D3:E3", "担当課　収税課・保険年金課", size=9.5, fill=SUBH)
merge(ws, "F3:G3", "区分　強制徴収公債権", size=9.5, fill=SUBH)
ws.row_dimensions[3].height = 24
merge(ws, "A5:G5", "１　現状（単位：千円、％、世帯）", size=10.5, bold=True, border=False)
merge(ws, "A6:B6", "区分", fill=HEAD, h="center")
for col, t in zip("CDE", ("令和４年度", "令和５年度", "令和６年度")):
    put(ws, f"{col}6", t, fill=HEAD, h="center")
merge(ws, "F6:G6", "備考", fill=HEAD, h="center")
ROWSPEC = [("現年課税分", "current", (("a", "調定額", "assessed"), ("c", "収入済額", "collected"), ("r", "収納率", "collection_rate"))),
           ("滞納繰越分", "arrears", (("a", "調定額", "assessed"), ("c", "収入済額", "collected"), ("w", "不納欠損額", "written_off"),
                                 ("r", "収納率", "collection_rate"))),
           ("合計", "total", (("o", "収入未済額", "outstanding"), ("r", "収納率", "collection_rate")))]
row = 7
for lab, sg, items in ROWSPEC:
    merge(ws, f"A{row}:A{row + len(items) - 1}", lab, fill=SUBH, h="center", rot=255)
    for key, ml, metric in items:
        put(ws, f"B{row}", ml, h="center")
        for col, fy in zip("CDE", (2022, 2023, 2024)):
            v = KOK[fy][sg][key]
            txt = f"{v:.2f}" if key == "r" else comma(v)
            put(ws, f"{col}{row}", txt, font=MF, h="right")
            fyr = f"令和{zen(fy - 2018)}年度"
            g.fact(P, "国民健康保険税", "国民健康保険税", fy, fyr, sg, metric, "actual", v if key == "r" else v * 1000,
                   "percent" if key == "r" else "yen", txt)
        merge(ws, f"F{row}:G{row}", "", size=8)
        ws.row_dimensions[row].height = 21
        row += 1
put(ws, f"A{row}", "世帯", fill=SUBH, h="center")
put(ws, f"B{row}", "滞納世帯数", h="center")
for col, fy in zip("CDE", (2022, 2023, 2024)):
    put(ws, f"{col}{row}", comma(KOK_HH[fy]), font=MF, h="right")
    g.fact(P, "国民健康保険税", "国民健康保険税", fy, f"令和{zen(fy - 2018)}年度", "total", "delinquents", "actual", KOK_HH[fy],
           "households", comma(KOK_HH[fy]))
merge(ws, f"F{row}:G{row}", "", size=8)
ws.row_dimensions[row].height = 17
# 備考 with figures in text
kk = KOK[2024]["arrears"]["o"]
note1 = f"令和６年度末の滞納繰越分の未済額 {comma(kk)}千円"
ws[f"F{7 + 7}"].value = note1
ws[f"F{7 + 7}"].font = Font(name=MF, size=8)
ws[f"F{7 + 7}"].alignment = Alignment(wrap_text=True, vertical="center")
g.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "outstanding", "actual", kk * 1000, "yen",
       f"{comma(kk)}千円")
row += 2
merge(ws, f"A{row}:G{row}", "２　目標", size=10.5, bold=True, border=False)
row += 1
merge(ws, f"A{row}:B{row}", "年度", fill=HEAD, h="center")
put(ws, f"C{row}", "現年課税分（％）", fill=HEAD, h="center")
put(ws, f"D{row}", "滞納繰越分（％）", fill=HEAD, h="center")
put(ws, f"E{row}", "収入未済額（千円）", fill=HEAD, h="center")
merge(ws, f"F{row}:G{row}", "R6実績との差（千円）", fill=HEAD, h="center")
row += 1
base = KOK[2024]["total"]["o"]
for i, (c, a_, o) in enumerate(TARGETS["国民健康保険税"]):
    fy = 2025 + i
    fyr = f"R{fy - 2018}"
    merge(ws, f"A{row}:B{row}", fyr, h="center")
    put(ws, f"C{row}", f"{c:.2f}", font=MF, h="right", fill=TGTF)
    put(ws, f"D{row}", f"{a_:.2f}", font=MF, h="right", fill=TGTF)
    put(ws, f"E{row}", comma(o), font=MF, h="right", fill=TGTF)
    merge(ws, f"F{row}:G{row}", tri(o - base), font=MF, h="right")
    g.fact(P, "国民健康保険税", "国民健康保険税", fy, fyr, "current", "collection_rate", "target", c, "percent", f"{c:.2f}")
    g.fact(P, "国民健康保険税", "国民健康保険税", fy, fyr, "arrears", "collection_rate", "target", a_, "percent", f"{a_:.2f}")
    g.fact(P, "国民健康保険税", "国民健康保険税", fy, fyr, "total", "outstanding", "target", o * 1000, "yen", comma(o))
    g.fact(P, "国民健康保険税", "国民健康保険税", fy, fyr, "total", "difference", "target", (o - base) * 1000, "yen", tri(o - base))
    ws.row_dimensions[row].height = 18
    row += 1
row += 1
merge(ws, f"A{row}:G{row}", "３　具体的な取組", size=10.5, bold=True, border=False)
row += 1
KOK_IT = [("(1)ア", "加入時及び年度当初の納税通知書送付時に口座振替を勧奨する。", "継続"),
          ("(1)イ", "現年課税分の未納世帯に対し、納期限の翌月に文書催告を行う。", "継続"),
          ("(2)ア", "滞納繰越分のある世帯について、保険年金課と収税課が共同で納税相談を行う。", "拡充"),
          ("(2)イ", "資力がありながら納付しない世帯には、預貯金等の差押えを実施する。", "継続"),
          ("(2)ウ", "生活困窮が認められる世帯には、執行停止とともに福祉部門の相談窓口を案内する。", "新規")]
for grp, title in (("(1)", "(1) 現年課税分の収納確保"), ("(2)", "(2) 滞納繰越分の縮減")):
    merge(ws, f"A{row}:B{row}", title, size=8.5, fill=SUBH, h="center")
    lines = [f"{l[3:]}　{t}【{s}】" for l, t, s in KOK_IT if l.startswith(grp)]
    merge(ws, f"C{row}:G{row}", "\n".join(lines), size=8.5, font=MF, v_="top")
    ws.row_dimensions[row].height = 18 * len(lines) + 8
    for l, t, s in KOK_IT:
        if l.startswith(grp):
            g.init(P, "国民健康保険税", "国民健康保険税", 2025, SEC, l, t, s)
    row += 1
ws.print_area = f"A1:G{row}"

# ================================================================== sheet 5: その他４債権 (p6)
P = 6
ws = wb.create_sheet("推進シート他")
setup(ws, [16, 9, 9, 12, 9, 9, 12, 50], landscape=True)
merge(ws, "A1:H1", "推進シート（３）　その他の主要債権（介護保険料・後期高齢者医療保険料・保育料・市営住宅使用料）", size=12, bold=True,
      border=False)
merge(ws, "A3:A4", "債権名", fill=HEAD, h="center")
merge(ws, "B3:D3", "令和６年度決算", fill=HEAD, h="center")
merge(ws, "E3:G3", "令和９年度目標", fill=TGTF, h="center")
merge(ws, "H3:H4", "主な取組", fill=HEAD, h="center")
for col, t in zip("BCDEFG", ("現年度分\n（％）", "滞納繰越分\n（％）", "収入未済額\n（千円）") * 2):
    put(ws, f"{col}4", t, fill=HEAD if col in "BCD" else TGTF, h="center", size=8)
ws.row_dimensions[4].height = 30
OTH_IT = {"介護保険料": [("①", "普通徴収の被保険者に口座振替を勧奨し、納付書払いからの移行を進める。", "継続"),
                    ("②", "滞納者に給付制限の仕組みを説明し、早期の納付を促す。", "継続")],
          "後期高齢者医療保険料": [("①", "特別徴収に切り替わるまでの新規加入者に納付案内を送付する。", "新規"),
                         ("②", "山梨県後期高齢者医療広域連合と連携して財産調査を行う。", "継続")],
          "保育料": [("①", "児童手当からの徴収を保護者に案内し、同意のある世帯から徴収する。", "拡充"),
                  ("②", "退園時に未納額を確認し、分納計画を作成する。", "継続")],
          "市営住宅使用料": [("①", "滞納３か月以上の入居者と連帯保証人に面談を行う。", "継続"),
                      ("②", "長期・高額の滞納者には明渡請求訴訟を提起する。", "拡充")]}
row = 5
for d in ["介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料"]:
    c6, a6, o6 = OTHER[d][2024]
    c9, a9, o9 = TARGETS[d][2]
    put(ws, f"A{row}", d, size=9)
    for col, v, sg, metric, basis, fy, fyr in (("B", c6, "current", "collection_rate", "actual", 2024, "令和６年度"),
                                               ("C", a6, "arrears", "collection_rate", "actual", 2024, "令和６年度"),
                                               ("D", o6, "total", "outstanding", "actual", 2024, "令和６年度"),
                                               ("E", c9, "current", "collection_rate", "target", 2027, "令和９年度"),
                                               ("F", a9, "arrears", "collection_rate", "target", 2027, "令和９年度"),
                                               ("G", o9, "total", "outstanding", "target", 2027, "令和９年度")):
        txt = comma(v) if metric == "outstanding" else f"{v:.2f}"
        put(ws, f"{col}{row}", txt, font=MF, h="right", fill=TGTF if basis == "target" else None)
        g.fact(P, d, d, fy, fyr, sg, metric, basis, v * 1000 if metric == "outstanding" else v,
               "yen" if metric == "outstanding" else "percent", txt)
    lines = [f"{l}{t}【{s}】" for l, t, s in OTH_IT[d]]
    put(ws, f"H{row}", "\n".join(lines), size=8.5, font=MF, v_="top")
    for l, t, s in OTH_IT[d]:
        g.init(P, d, d, 2025, SEC, l, t, s)
    ws.row_dimensions[row].height = 46
    row += 1
merge(ws, f"A{row}:H{row}", "※ 令和６年度決算の収入未済額は千円未満を四捨五入。目標は計画最終年度（令和９年度）の数値。", size=8, font=MF,
      border=False)
ws.print_area = f"A1:H{row}"

# ================================================================== sheet 6: long table (p7-8), header repeated
ws = wb.create_sheet("目標一覧")
setup(ws, [22, 13, 9, 15, 15, 18], fit=True, fit_h=0)
merge(ws, "A1:F1", "６　債権別・年度別の実績と目標一覧", size=12, bold=True, border=False)
for col, t in zip("ABCDEF", ("債権名", "年度", "区分", "現年度分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）")):
    put(ws, f"{col}3", t, fill=HEAD, h="center", size=8.5)
ws.row_dimensions[3].height = 30
row = 4
LROWS = []
for d in DEBTS:
    for fy in (2023, 2024):
        c, a_ = rates(d, fy)
        LROWS.append((d, fy, "実績", c, a_, out_k(d, fy)))
    for i, (c, a_, o) in enumerate(TARGETS[d]):
        LROWS.append((d, 2025 + i, "目標", c, a_, o))
SPLIT = 15
for i, (d, fy, kb, c, a_, o) in enumerate(LROWS):
    P = 7 if i < SPLIT else 8
    basis = "actual" if kb == "実績" else "target"
    fyr = f"令和{zen(fy - 2018)}年度"
    fill = TGTF if kb == "目標" else None
    put(ws, f"A{row}", d, size=8.5)
    put(ws, f"B{row}", fyr, h="center", size=8.5)
    put(ws, f"C{row}", kb, h="center", size=8.5, fill=fill)
    put(ws, f"D{row}", f"{c:.2f}", font=MF, h="right", fill=fill)
    put(ws, f"E{row}", f"{a_:.2f}", font=MF, h="right", fill=fill)
    put(ws, f"F{row}", comma(o), font=MF, h="right", fill=fill)
    g.fact(P, d, d, fy, fyr, "current", "collection_rate", basis, c, "percent", f"{c:.2f}")
    g.fact(P, d, d, fy, fyr, "arrears", "collection_rate", basis, a_, "percent", f"{a_:.2f}")
    g.fact(P, d, d, fy, fyr, "total", "outstanding", basis, o * 1000, "yen", comma(o))
    ws.row_dimensions[row].height = 24
    if i == SPLIT - 1:
        ws.row_breaks.append(Break(id=row))
    row += 1
merge(ws, f"A{row}:F{row}", "※ 実績は決算額。目標は各年度末の目標値。", size=8, font=MF, border=False)
ws.print_title_rows = "3:3"
ws.print_area = f"A1:F{row}"

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
out = soffice(xlsx, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
pdf.write_bytes(out.read_bytes())
finish(g, pdf)
