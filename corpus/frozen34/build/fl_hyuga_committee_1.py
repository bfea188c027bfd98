"""fl_hyuga_committee_1: 日向市債権管理推進会議 資料（債権別取組個票） (openpyxl -> LibreOffice).

Run from corpus/frozen34:  python3 build/fl_hyuga_committee_1.py
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fl_common import Gold, PDF_DIR, WORK, comma, rate, soffice_pdf  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.worksheet.page import PageMargins  # noqa: E402

STEM = "fl_hyuga_committee_1"
CITY = "日向市"
ASOF, ASOF_PREV = "2025-12-31", "2024-12-31"
g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度第２回日向市債権管理推進会議 資料",
         "2026-02-05", "令和８年２月５日（木）")
F = g.fact
rnd = random.Random(3417)

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
ZEB = PatternFill("solid", fgColor="F2F2F2")
SUB = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
wb.remove(wb.active)


def sheet(name, widths, fit_h=1, landscape=False):
    ws = wb.create_sheet(name)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ps.fitToWidth = 1
    ps.fitToHeight = fit_h
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.45, right=0.45, top=0.55, bottom=0.6, header=0.2, footer=0.3)
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False
    return ws


def put(ws, ref, v, size=9, bold=False, align="left", fill=None, fmt=None, border=True, wrap=False, valign="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = BOX
                if kw.get("fill"):
                    ws.cell(r, c).fill = kw["fill"]


YEN = '#,##0;"△"#,##0'
PCT = '0.00;"△"0.00'


def tri(v, nd=None):
    if nd is not None:
        return f"△{-v:.{nd}f}" if v < 0 else f"{v:.{nd}f}"
    return f"△{-v:,}" if v < 0 else f"{v:,}"


LIST = [  # printed name, canon, segmented?, 現年調定(千円 base), cur rate, 滞繰調定, arr rate, wo frac
    ("市税", "市税", True, 7_904_112, 0.9896, 402_118, 0.2412, 0.061),
    ("国民健康保険税", "国民健康保険料", True, 1_812_455, 0.9388, 598_207, 0.1702, 0.088),
    ("介護保険料", "介護保険料", True, 1_369_840, 0.9912, 31_260, 0.1788, 0.214),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", True, 664_315, 0.9958, 6_802, 0.4105, 0.052),
    ("保育料", "保育料", True, 96_428, 0.9891, 18_417, 0.1506, 0.048),
    ("市営住宅使用料", "市営住宅使用料", True, 204_866, 0.9702, 78_115, 0.1219, 0.024),
    ("水道料金", "水道料金", True, 861_207, 0.9893, 31_088, 0.4611, 0.038),
    ("下水道使用料", "下水道使用料", True, 402_315, 0.9884, 14_206, 0.4428, 0.041),
    ("生活保護費返還金", "生活保護費返還金", False, 18_445, 0.6216, 96_512, 0.0411, 0.012),
    ("児童扶養手当返還金", "児童扶養手当返還金", False, 1_204, 0.3851, 7_318, 0.0522, 0.0),
    ("奨学資金貸付金", "奨学金貸付金", False, 12_880, 0.8812, 21_405, 0.0866, 0.0),
    ("学校給食費", "学校給食費", False, 286_301, 0.9934, 9_876, 0.2108, 0.055),
]


def yen(k):  # 千円 base -> 円 with arbitrary lower digits
    return k * 1000 + rnd.randint(0, 999)


LISTDATA = {}
for name, canon, segd, ca, cr, aa, ar, wo in LIST:
    a_c = yen(ca); c_c = round(a_c * cr)
    a_a = yen(aa); c_a = round(a_a * ar); w_a = round(a_a * wo)
    cur = dict(a=a_c, c=c_c, w=0); arr = dict(a=a_a, c=c_a, w=w_a)
    tot = {k: cur[k] + arr[k] for k in "acw"}
    for s in (cur, arr, tot):
        s["o"] = s["a"] - s["c"] - s["w"]
        s["r"] = rate(s["c"], s["a"])
    LISTDATA[name] = {"current": cur, "arrears": arr, "total": tot}

SHEETS = [
    dict(key="kok", name="国民健康保険税", canon="国民健康保険料", dept="市民課（国保年金係）", base=(1_845_002, 0.9341, 660_540),
         rates=((0.9341, 0.1611, 0.091), (0.9366, 0.1658, 0.090)), dl_unit="households", dl=(1_288, 1_236, 1_187),
         interim=((0.6265, 0.1388), (0.6198, 0.1342)), dl7=1_152,
         tgt6=(93.60, 17.00), tgt7=(94.00, 17.50),
         items=[("(1)", "現年度分の対策", [("ア", "納期限後１か月以内に全件を対象とした文書催告を行う。", "継続"),
                                      ("イ", "国保加入の手続時に口座振替の申込みを受け付ける。", "継続"),
                                      ("ウ", "ＳＭＳによる納付案内を、納期限の翌週に送信する。", "新規")]),
                ("(2)", "滞納繰越分の対策", [("ア", "財産調査の結果に基づき、給与・預貯金の差押えを行う。", "継続"),
                                       ("イ", "分納誓約の不履行者には、不履行から２週間以内に催告する。", "拡充")])]),
    dict(key="hoi", name="保育料", canon="保育料", dept="こども課", base=(101_208, 0.9884, 19_610),
         rates=((0.9884, 0.1422, 0.051), (0.9889, 0.1466, 0.050)), dl_unit="persons", dl=(74, 69, 63),
         interim=((0.7394, 0.0962), (0.7280, 0.0915)), dl7=58,
         tgt6=(99.00, 15.50), tgt7=(99.05, 16.00),
         items=[("(1)", "現年度分の対策", [("ア", "入所申込時に口座振替の利用を原則とする。", "継続"),
                                      ("イ", "未納が２か月続いた世帯に、園を通じて納付を呼び掛ける。", "継続")]),
                ("(2)", "滞納繰越分の対策", [("ア", "児童手当からの特別徴収（申出による徴収）を勧める。", "拡充")])]),
    dict(key="sui", name="水道料金", canon="水道料金", dept="上下水道局 営業課", base=(858_320, 0.9881, 33_702),
         rates=((0.9881, 0.4502, 0.041), (0.9887, 0.4566, 0.039)), dl_unit="households", dl=(602, 571, 548),
         interim=((0.7543, 0.4015), (0.7512, 0.3968)), dl7=412,
         tgt6=(98.90, 45.00), tgt7=(98.95, 46.00),
         items=[("(1)", "現年度分の対策", [("ア", "検針時に前月分の未納を通知し、早期の納付を促す。", "継続"),
                                      ("イ", "スマートフォン決済の対象に水道料金を加える。", "新規")]),
                ("(2)", "滞納繰越分の対策", [("ア", "給水停止予告後も納付のない世帯は、給水停止を行う。", "継続"),
                                       ("イ", "転居先が判明した閉栓者には、文書と電話で催告する。", "継続")])]),
]
YL = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}

def build_sheet_data(S):
    name = S["name"]
    # build three years: R6 must equal the list page
    l6 = LISTDATA[name]
    years = {}
    a_c0, r_c0, _ = S["base"]
    # R4 and R5 from parameters; R5 outstanding (total) must equal R6 arrears 調定 on the list
    r4, r5 = S["rates"]
    a5c = yen(round(a_c0 * 0.99))
    a4c_ = yen(a_c0)
    # back-solve the R4 arrears 調定 so that the chain R4 -> R5 -> R6 (list page) is plausible
    cur_o5 = a5c - round(a5c * r5[0])
    a5a_t = (l6["arrears"]["a"] - cur_o5) / (1 - r5[1] - r5[2])
    cur_o4 = a4c_ - round(a4c_ * r4[0])
    a4a_ = round((a5a_t - cur_o4) / (1 - r4[1] - r4[2]))
    a4 = dict(current=dict(a=a4c_), arrears=dict(a=a4a_))
    y4 = {}
    y4["current"] = dict(a=a4["current"]["a"], c=round(a4["current"]["a"] * r4[0]), w=0)
    y4["arrears"] = dict(a=a4["arrears"]["a"], c=round(a4["arrears"]["a"] * r4[1]),
                         w=round(a4["arrears"]["a"] * r4[2]))
    for s_ in ("current", "arrears"):
        y4[s_]["o"] = y4[s_]["a"] - y4[s_]["c"] - y4[s_]["w"]
    o4 = y4["current"]["o"] + y4["arrears"]["o"]
    y5 = {"current": dict(a=a5c, c=round(a5c * r5[0]), w=0)}
    # R5 arrears: 調定 = o4; choose collected so that total outstanding R5 equals R6 arrears 調定
    a5a = o4
    w5a = round(a5a * r5[2])
    y5["current"]["o"] = y5["current"]["a"] - y5["current"]["c"]
    c5a = a5a - w5a - (l6["arrears"]["a"] - y5["current"]["o"])
    y5["arrears"] = dict(a=a5a, c=c5a, w=w5a)
    y5["arrears"]["o"] = a5a - c5a - w5a
    assert y5["current"]["o"] + y5["arrears"]["o"] == l6["arrears"]["a"]
    assert 0.08 < c5a / a5a < 0.6, (name, c5a / a5a)
    Y = {2022: y4, 2023: y5, 2024: {s_: dict(l6[s_]) for s_ in ("current", "arrears")}}
    for y in Y:
        t = {k: Y[y]["current"][k] + Y[y]["arrears"][k] for k in "acwo"}
        Y[y]["total"] = t
        for s_ in ("current", "arrears", "total"):
            Y[y][s_]["r"] = rate(Y[y][s_]["c"], Y[y][s_]["a"])
    assert Y[2024]["total"]["o"] == l6["total"]["o"]
    ic, ia = S["interim"]
    # 12月末 (R7): current 調定 ~ R6 current 調定; arrears 調定 = R6 total outstanding
    i_cur_a = yen(round(Y[2024]["current"]["a"] / 1000 * 1.004))
    i_arr_a = Y[2024]["total"]["o"]
    INT = {"current": dict(a=i_cur_a, c=round(i_cur_a * ic[0])), "arrears": dict(a=i_arr_a, c=round(i_arr_a * ic[1]))}
    INT["total"] = {k: INT["current"][k] + INT["arrears"][k] for k in "ac"}
    for s_ in INT.values():
        s_["r"] = rate(s_["c"], s_["a"])
    PREV = {"current": ia[0] * 100, "arrears": ia[1] * 100}
    return Y, INT, PREV


SHD = {S["name"]: build_sheet_data(S) for S in SHEETS}

# ================================================================================================
# page 1: 総括表 (debts as columns) — 12月末, 万円
# ================================================================================================
TOP = [("市税", "市税", 812_345, 0.7967, 79.12), ("国保税", "国民健康保険料", 198_764, 0.6265, 61.98),
       ("介護保険料", "介護保険料", 142_318, 0.7500, 74.61), ("後期高齢", "後期高齢者医療保険料", 68_907, 0.7434, 74.55),
       ("保育料", "保育料", 9_812, 0.7394, 72.80), ("住宅使用料", "市営住宅使用料", 21_406, 0.6943, 68.77),
       ("水道料金", "水道料金", 88_215, 0.7543, 75.12)]
ws = sheet("総括", [16] + [11.5] * 8)
g.page = 1
merge(ws, "A1:I1", "令和７年度第２回日向市債権管理推進会議", size=10, border=False, align="right")
merge(ws, "A2:I2", "令和８年２月５日（木）　資料２", size=10, border=False, align="right")
merge(ws, "A4:I4", "主要債権の収納状況（令和７年12月末現在）", size=14, bold=True, border=False, align="center")
merge(ws, "A6:I6", "（単位：万円、％）", size=9, border=False, align="right")
put(ws, "A7", "区分", bold=True, align="center", fill=HEAD)
for i, (lbl, *_r) in enumerate(TOP):
    put(ws, f"{chr(66 + i)}7", lbl, bold=True, align="center", fill=HEAD)
put(ws, "I7", "合計", bold=True, align="center", fill=HEAD)
ROWL = ["調定額", "収入済額", "収納率", "前年同期収納率", "差（ポイント）", "収入未済額"]
for j, l in enumerate(ROWL):
    put(ws, f"A{8 + j}", l, align="left", fill=ZEB if j % 2 else None)
TOPY = []  # (label, canon, a yen, c yen, prev a yen, prev c yen)
SHEET_OF = {"国保税": "国民健康保険税", "保育料": "保育料", "水道料金": "水道料金"}
for lbl, canon, a_m, rr_, prev in TOP:
    if lbl in SHEET_OF:
        Y_, INT_, PREV_ = SHD[SHEET_OF[lbl]]
        a_y, c_y = INT_["total"]["a"], INT_["total"]["c"]
        pa_c = round(Y_[2024]["current"]["a"] * 0.998)
        pa_a = Y_[2023]["total"]["o"]
        pc = round(pa_c * PREV_["current"] / 100) + round(pa_a * PREV_["arrears"] / 100)
        TOPY.append((lbl, canon, a_y, c_y, pa_c + pa_a, pc))
    else:
        a_y = a_m * 10000 + rnd.randint(0, 9999)
        c_y = round(a_y * rr_)
        pa = round(a_y * 0.985)
        TOPY.append((lbl, canon, a_y, c_y, pa, round(pa * prev / 100)))
MAN = lambda v: (v + 5000) // 10000  # noqa: E731
sums = [0, 0, 0, 0, 0, 0]
RATES = {}
for i, (lbl, canon, a_y, c_y, pa, pc) in enumerate(TOPY + [("合計", None, None, None, None, None)]):
    col = chr(66 + i)
    if lbl == "合計":
        a, c = sums[0], sums[1]
        r, prev = rate(sums[2], sums[3]), rate(sums[5], sums[4])
    else:
        a, c = MAN(a_y), MAN(c_y)
        r, prev = rate(c_y, a_y), rate(pc, pa)
        for k_, v_ in enumerate((a, c, c_y, a_y, pa, pc)):
            sums[k_] += v_
    RATES[lbl] = (r, prev)
    o = a - c
    d = round(r - prev, 2)
    vals = [(a, YEN), (c, YEN), (r, PCT), (prev, PCT), (d, PCT), (o, YEN)]
    for j, (v, fmt) in enumerate(vals):
        put(ws, f"{col}{8 + j}", v, align="right", fmt=fmt, fill=ZEB if j % 2 else None)
    base = dict(debt=canon, debt_raw=lbl, fy=2025, fy_raw="令和７年12月末", basis="interim", as_of=ASOF)
    F(comma(a), a * 10000, "yen", "assessed", **base)
    F(comma(c), c * 10000, "yen", "collected", **base)
    F(f"{r:.2f}", r, "percent", "collection_rate", **base)
    F(f"{prev:.2f}", prev, "percent", "collection_rate", debt=canon, debt_raw=lbl, fy=2024, fy_raw="前年同期",
      basis="interim", as_of=ASOF_PREV)
    F(tri(d, 2), d, "points", "difference", **base)
    F(comma(o), o * 10000, "yen", "outstanding", **base)
for r_ in range(7, 14):
    ws.row_dimensions[r_].height = 21
notes = ["（注）調定額・収入済額は現年度分と滞納繰越分の計。収入未済額には12月末時点で納期限が到来していない額を含む。",
         "　　　国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料",
         "　　　前年同期は令和６年12月末。差は収納率から前年同期収納率を差し引いたもの。"]
for k, n in enumerate(notes):
    merge(ws, f"A{15 + k}:I{15 + k}", n, size=8, border=False)
# 【参考】 box
merge(ws, "A20:I20", "【参考】令和６年度決算の概要（主要７債権）", bold=True, size=10, border=False)
MAIN7 = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料", "水道料金"]
REF = [(lbl, sum(LISTDATA[n]["total"][k] for n in MAIN7), m) for lbl, k, m in
       (("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("不納欠損額", "w", "written_off"),
        ("収入未済額", "o", "outstanding"))]
ref_rate = rate(REF[1][1], REF[0][1])
lines = [f"・{k}：{comma(v)}円" for k, v, _ in REF] + [f"・収納率：{ref_rate:.2f}％"]
for k, ln in enumerate(lines):
    merge(ws, f"B{21 + k}:H{21 + k}", ln, size=9.5, border=False)
from openpyxl.styles import Border as _B  # noqa: E402
for r_ in range(21, 21 + len(lines)):
    for cc in "BCDEFGH":
        cell = ws[f"{cc}{r_}"]
        cell.border = _B(left=thin if cc == "B" else None, right=thin if cc == "H" else None,
                         top=thin if r_ == 21 else None, bottom=thin if r_ == 20 + len(lines) else None)
for k, v, metric in REF:
    F(f"{comma(v)}円", v, "yen", metric, debt=None, debt_raw="主要７債権", fy=2024, fy_raw="令和６年度")
F(f"{ref_rate:.2f}％", ref_rate, "percent", "collection_rate", debt=None, debt_raw="主要７債権", fy=2024,
  fy_raw="令和６年度")
# a short prose line (claim)
r0, pr0 = RATES["市税"]
dd0 = round(r0 - pr0, 2)
assert dd0 > 0 and RATES["国保税"][0] > RATES["国保税"][1] and RATES["住宅使用料"][0] > RATES["住宅使用料"][1]
assert RATES["後期高齢"][0] < RATES["後期高齢"][1]
merge(ws, "A28:I29", f"市税の12月末の収納率は{r0:.2f}％で、前年同期を{dd0:.2f}ポイント上回っている。"
      "国保税と住宅使用料も前年同期を上回ったが、後期高齢は下回っている。", size=9.5, border=False, wrap=True, valign="top")
F(f"{r0:.2f}％", r0, "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2025, fy_raw="12月末",
  basis="interim", as_of=ASOF)
F(f"{dd0:.2f}ポイント", dd0, "points", "difference", debt="市税", debt_raw="市税",
  fy=2025, fy_raw="12月末", basis="interim", as_of=ASOF)
ws.row_dimensions[28].height = 16
ws.row_dimensions[29].height = 16
ws.print_area = "A1:I30"

# ================================================================================================
# pages 2-3: 債権別収納状況一覧 (R6 決算, 円) — vertical merged debt cells; header repeated on page 3
# ================================================================================================
ws = sheet("一覧", [20, 9, 15, 15, 13, 15, 8, 24], fit_h=0)
merge(ws, "A1:H1", "債権別収納状況一覧（R6決算）", size=13, bold=True, border=False, align="center")
merge(ws, "A2:H2", "（単位：円、％）", size=9, border=False, align="right")
HDR = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "備考"]
for i, h in enumerate(HDR):
    put(ws, f"{chr(65 + i)}3", h, bold=True, align="center", fill=HEAD)
ws.print_title_rows = "3:3"
row = 4
BREAK_AFTER = "市営住宅使用料"
page_of_row = {}
cur_page = 2
REMARKS = {"生活保護費返還金": "arrears", "奨学資金貸付金": "arrears"}
for name, canon, segd, *_ in LIST:
    d = LISTDATA[name]
    segs = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")] if segd else [("total", "計")]
    r0 = row
    for s, sl in segs:
        v = d[s]
        put(ws, f"B{row}", sl, align="center")
        for col, key, fmt in (("C", "a", YEN), ("D", "c", YEN), ("E", "w", YEN), ("F", "o", YEN), ("G", "r", PCT)):
            put(ws, f"{col}{row}", v[key], align="right", fmt=fmt, fill=SUB if s == "total" else None)
        remark = ""
        if s == "total" and name in REMARKS:
            ov = d["arrears"]["o"]
            remark = f"うち滞納繰越分 {comma(ov)}円"
            F(f"{comma(ov)}円", ov, "yen", "outstanding", debt=canon, debt_raw=name, fy=2024, fy_raw="R6",
              segment="arrears", page=cur_page)
        if s == "total" and name == "学校給食費":
            remark = "令和６年度から公会計化"
        put(ws, f"H{row}", remark, size=8, wrap=True)
        base = dict(debt=canon, debt_raw=name, fy=2024, fy_raw="R6", segment=s, page=cur_page)
        F(comma(v["a"]), v["a"], "yen", "assessed", **base)
        F(comma(v["c"]), v["c"], "yen", "collected", **base)
        F(comma(v["w"]), v["w"], "yen", "written_off", **base)
        F(comma(v["o"]), v["o"], "yen", "outstanding", **base)
        F(f"{v['r']:.2f}", v["r"], "percent", "collection_rate", **base)
        ws.row_dimensions[row].height = 19
        row += 1
    if len(segs) > 1:
        merge(ws, f"A{r0}:A{row - 1}", name, align="center", wrap=True)
    else:
        put(ws, f"A{r0}", name, align="left", wrap=True)
    if name == BREAK_AFTER:
        ws.row_breaks.append(Break(id=row - 1))
        cur_page = 3
# 合計 row
tot = {k: sum(LISTDATA[n]["total"][k] for n, *_ in LIST) for k in "acwo"}
tot["r"] = rate(tot["c"], tot["a"])
put(ws, f"A{row}", "合計", bold=True, align="center", fill=HEAD)
put(ws, f"B{row}", "", fill=HEAD)
for col, key, fmt in (("C", "a", YEN), ("D", "c", YEN), ("E", "w", YEN), ("F", "o", YEN), ("G", "r", PCT)):
    put(ws, f"{col}{row}", tot[key], align="right", fmt=fmt, fill=HEAD, bold=True)
    F(comma(tot[key]) if key != "r" else f"{tot['r']:.2f}", tot[key], "percent" if key == "r" else "yen",
      {"a": "assessed", "c": "collected", "w": "written_off", "o": "outstanding", "r": "collection_rate"}[key],
      debt=None, debt_raw="合計", fy=2024, fy_raw="R6", page=3)
put(ws, f"H{row}", "", fill=HEAD)
ws.row_dimensions[row].height = 19
merge(ws, f"A{row + 2}:H{row + 2}", "※収入未済額＝調定額－収入済額－不納欠損額。収納率＝収入済額÷調定額×100", size=8, border=False)
merge(ws, f"A{row + 3}:H{row + 3}", "※１ページ目から続く。区分のない債権は現年度分と滞納繰越分の計のみ掲載。", size=8, border=False)
ws.print_area = f"A1:H{row + 3}"

# ================================================================================================
# pages 4-6: 取組個票
# ================================================================================================
for pno, S in enumerate(SHEETS, start=4):
    g.page = pno
    name, canon = S["name"], S["canon"]
    DK = dict(debt=canon, debt_raw=name)
    ws = sheet(f"個票{pno - 3}", [4, 15, 11, 16, 16, 16, 16, 12])
    merge(ws, "A1:H1", f"取組個票 {pno - 3}", size=9, border=False, align="right")
    merge(ws, "A2:D2", f"債権名　{name}", size=12, bold=True, fill=HEAD)
    merge(ws, "E2:H2", f"所管課　{S['dept']}", size=10, fill=HEAD)
    ws.row_dimensions[2].height = 24
    merge(ws, "A4:H4", "１　収納状況の推移（単位：円、％）", size=10.5, bold=True, border=False)
    put(ws, "A5", "", fill=HEAD)
    merge(ws, "B5:C5", "区分", bold=True, align="center", fill=HEAD)
    for i, y in enumerate(YL):
        put(ws, f"{'DEF'[i]}5", f"{YL[y]}決算", bold=True, align="center", fill=HEAD)
    put(ws, "G5", "令和７年度\n12月末", bold=True, align="center", fill=HEAD, wrap=True)
    put(ws, "H5", "増減\n(R6-R5)", bold=True, align="center", fill=HEAD, wrap=True)
    ws.row_dimensions[5].height = 28
    Y, INT, PREV = SHD[name]
    rr = 6
    groups = [("調定額※", "a"), ("収入済額", "c"), ("収納率", "r"), ("収入未済額", "o")]
    for gl, key in groups:
        merge(ws, f"B{rr}:B{rr + 2}", gl, align="center", wrap=True)
        for k_, (s_, sl) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
            r_ = rr + k_
            put(ws, f"C{r_}", sl, align="center", size=8.5)
            for i, y in enumerate(YL):
                v = Y[y][s_][key]
                fmt = PCT if key == "r" else YEN
                put(ws, f"{'DEF'[i]}{r_}", v, align="right", fmt=fmt)
                metric = {"a": "assessed", "c": "collected", "r": "collection_rate", "o": "outstanding"}[key]
                F(f"{v:.2f}" if key == "r" else comma(v), v, "percent" if key == "r" else "yen", metric, **DK,
                  fy=y, fy_raw=YL[y], segment=s_)
            # 12月末 column
            if key in ("a", "c"):
                v = INT[s_][key]
                put(ws, f"G{r_}", v, align="right", fmt=YEN)
                F(comma(v), v, "yen", "assessed" if key == "a" else "collected", **DK, fy=2025, fy_raw="令和７年度",
                  segment=s_, basis="interim", as_of=ASOF)
            elif key == "r":
                v = INT[s_]["r"]
                if s_ == "total":
                    txt = f"{v:.2f}"
                    put(ws, f"G{r_}", v, align="right", fmt=PCT)
                else:
                    pv = round(PREV[s_], 2)
                    txt = f"{v:.2f}（{pv:.2f}）"
                    put(ws, f"G{r_}", txt, align="right")
                    F(f"{pv:.2f}", pv, "percent", "collection_rate", **DK, fy=2024, fy_raw="前年同期", segment=s_,
                      basis="interim", as_of=ASOF_PREV)
                F(f"{v:.2f}", v, "percent", "collection_rate", **DK, fy=2025, fy_raw="令和７年度", segment=s_,
                  basis="interim", as_of=ASOF)
            else:
                put(ws, f"G{r_}", "－", align="center")
            dv = Y[2024][s_][key] - Y[2023][s_][key]
            if key == "r":
                dv = round(dv, 2)
                put(ws, f"H{r_}", dv, align="right", fmt=PCT)
                F(tri(dv, 2), dv, "points", "difference", **DK, fy=2024, fy_raw="R6-R5", segment=s_)
            else:
                put(ws, f"H{r_}", dv, align="right", fmt=YEN)
                F(tri(dv), dv, "yen", "difference", **DK, fy=2024, fy_raw="R6-R5", segment=s_)
            ws.row_dimensions[r_].height = 17
        rr += 3
    # 不納欠損額 + 滞納者(世帯)数 + 差押件数
    put(ws, f"B{rr}", "不納欠損額", align="center")
    put(ws, f"C{rr}", "計", align="center", size=8.5)
    for i, y in enumerate(YL):
        v = Y[y]["total"]["w"]
        put(ws, f"{'DEF'[i]}{rr}", v, align="right", fmt=YEN)
        F(comma(v), v, "yen", "written_off", **DK, fy=y, fy_raw=YL[y])
    put(ws, f"G{rr}", "－", align="center")
    dv = Y[2024]["total"]["w"] - Y[2023]["total"]["w"]
    put(ws, f"H{rr}", dv, align="right", fmt=YEN)
    F(tri(dv), dv, "yen", "difference", **DK, fy=2024, fy_raw="R6-R5")
    lbl = "滞納世帯数" if S["dl_unit"] == "households" else "滞納者数"
    unit_s = "世帯" if S["dl_unit"] == "households" else "人"
    put(ws, f"B{rr + 1}", f"{lbl}（{unit_s}）", align="center", size=8.5)
    put(ws, f"C{rr + 1}", "計", align="center", size=8.5)
    for i, y in enumerate(YL):
        v = S["dl"][i]
        put(ws, f"{'DEF'[i]}{rr + 1}", v, align="right", fmt=YEN)
        F(comma(v), v, S["dl_unit"], "delinquents", **DK, fy=y, fy_raw=YL[y])
    put(ws, f"G{rr + 1}", S["dl7"], align="right", fmt=YEN)
    F(comma(S["dl7"]), S["dl7"], S["dl_unit"], "delinquents", **DK, fy=2025, fy_raw="令和７年度", basis="interim",
      as_of=ASOF)
    dv = S["dl"][2] - S["dl"][1]
    put(ws, f"H{rr + 1}", dv, align="right", fmt=YEN)
    F(tri(dv), dv, S["dl_unit"], "difference", **DK, fy=2024, fy_raw="R6-R5")
    put(ws, f"B{rr + 2}", "差押件数（件）", align="center", size=8.5)
    put(ws, f"C{rr + 2}", "計", align="center", size=8.5)
    sz = [rnd.randint(20, 240) if S["key"] != "hoi" else rnd.randint(0, 4) for _ in range(4)]
    for i in range(3):
        put(ws, f"{'DEF'[i]}{rr + 2}", sz[i], align="right", fmt=YEN)
    put(ws, f"G{rr + 2}", sz[3], align="right", fmt=YEN)
    put(ws, f"H{rr + 2}", sz[2] - sz[1], align="right", fmt=YEN)
    for r_ in range(rr, rr + 3):
        ws.row_dimensions[r_].height = 17
    # vertical label in column A (merged over the whole table body)
    merge(ws, f"A6:A{rr + 2}", "収　納　状　況", align="center", fill=ZEB)
    ws["A6"].alignment = Alignment(horizontal="center", vertical="center", text_rotation=255, wrap_text=True)
    rr += 3
    merge(ws, f"A{rr}:H{rr}", "※調定額は還付未済額を含まない。12月末の収納率の（　）内は前年同期。", size=8, border=False)
    rr += 2
    # targets and results with 達成率
    merge(ws, f"A{rr}:H{rr}", "２　目標と達成状況（収納率、単位：％）", size=10.5, bold=True, border=False)
    rr += 1
    merge(ws, f"A{rr}:C{rr + 1}", "区分", bold=True, align="center", fill=HEAD)
    merge(ws, f"D{rr}:F{rr}", "令和６年度", bold=True, align="center", fill=HEAD)
    merge(ws, f"G{rr}:H{rr + 1}", "令和７年度目標", bold=True, align="center", fill=HEAD)
    for col, t in zip("DEF", ("目標", "実績", "達成率")):
        put(ws, f"{col}{rr + 1}", t, bold=True, align="center", fill=HEAD)
    rr += 2
    for k_, (s_, sl) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
        t6, t7 = S["tgt6"][k_], S["tgt7"][k_]
        act = Y[2024][s_]["r"]
        ach = round(act / t6 * 100, 1)
        merge(ws, f"A{rr}:C{rr}", sl, align="center")
        put(ws, f"D{rr}", t6, align="right", fmt="0.00")
        put(ws, f"E{rr}", act, align="right", fmt="0.00")
        put(ws, f"F{rr}", ach, align="right", fmt="0.0")
        merge(ws, f"G{rr}:H{rr}", t7, align="right", fmt="0.00")
        F(f"{t6:.2f}", t6, "percent", "collection_rate", **DK, fy=2024, fy_raw="令和６年度", segment=s_, basis="target")
        F(f"{act:.2f}", act, "percent", "collection_rate", **DK, fy=2024, fy_raw="令和６年度", segment=s_)
        F(f"{ach:.1f}", ach, "percent", "achievement_rate", **DK, fy=2024, fy_raw="令和６年度", segment=s_)
        F(f"{t7:.2f}", t7, "percent", "collection_rate", **DK, fy=2025, fy_raw="令和７年度", segment=s_, basis="target")
        ws.row_dimensions[rr].height = 17
        rr += 1
    rr += 1
    merge(ws, f"A{rr}:H{rr}", "３　令和７年度の取組内容", size=10.5, bold=True, border=False)
    rr += 1
    for lab, ttl, its in S["items"]:
        merge(ws, f"A{rr}:H{rr}", f"{lab}　{ttl}", size=9.5, bold=True, border=False)
        rr += 1
        for il, txt, st in its:
            merge(ws, f"B{rr}:H{rr}", f"{il}　{txt}【{st}】", size=9.5, border=False, wrap=True)
            ws.row_dimensions[rr].height = 16
            g.init(txt, debt=canon, debt_raw=name, fy=2025, section="令和７年度の取組内容", label=lab + il, status=st)
            rr += 1
    if S["key"] == "sui":
        rr += 1
        merge(ws, f"B{rr}:H{rr}", "【参考】令和７年12月末の滞納状況", size=9.5, bold=True)
        arr_o = INT["arrears"]["a"] - INT["arrears"]["c"]
        lines = [f"・滞納世帯数：{S['dl7']}世帯", f"・滞納額（滞納繰越分）：{comma(arr_o)}円", "・給水停止件数：48件"]
        for ln in lines:
            rr += 1
            merge(ws, f"B{rr}:H{rr}", ln, size=9.5)
        F(f"{S['dl7']}世帯", S["dl7"], "households", "delinquents", **DK, fy=2025, fy_raw="令和７年12月末",
          basis="interim", as_of=ASOF)
        F(f"{comma(arr_o)}円", arr_o, "yen", "outstanding", **DK, fy=2025, fy_raw="令和７年12月末", segment="arrears",
          basis="interim", as_of=ASOF)
    ws.print_area = f"A1:H{rr + 1}"

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
pdf = soffice_pdf(xp)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(pdf, out)
import fitz  # noqa: E402
with fitz.open(out) as d:
    assert d.page_count == 6, d.page_count
g.write(out)
print(out, len(g.facts), "facts", len(g.inits), "initiatives")
