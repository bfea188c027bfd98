"""fd_oirase_plan_1: a three-year 債権管理計画 with 推進シート pages, built as an Excel workbook.

Tool chain: openpyxl -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen30:  python3 build/fd_oirase_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import Gold, PDF_DIR, WORK, check, num, rate, series, tri, write_gold, zen  # noqa: E402

STEM = "fd_oirase_plan_1"
CITY = "おいらせ町"
TITLE = "第３次おいらせ町債権管理計画"
g = Gold()

YEARS = [2019, 2020, 2021, 2022, 2023]
YRAW = {2019: "令和元年度", 2020: "令和二年度", 2021: "令和三年度", 2022: "令和四年度", 2023: "令和五年度"}
CANON = {"町税": "町税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料", "保育料": "保育所保育料", "学校給食費": "学校給食費",
         "町営住宅使用料": "町営住宅使用料", "下水道使用料": "下水道使用料"}
_series = series


def series(years, cur_a, cur_r, arr_a0, arr_r, wo):   # noqa: F811  (town scale)
    return _series(years, [round(x * 0.47) for x in cur_a], cur_r, round(arr_a0 * 0.47), arr_r, wo)


S = {
    "町税": series(YEARS, [5842310, 5801226, 5912084, 5988412, 6054218], [98.62, 98.70, 98.85, 98.92, 99.01],
                  318402, [21.30, 22.60, 24.10, 25.80, 27.20], [0.082, 0.078, 0.074, 0.070, 0.066]),
    "国民健康保険税": series(YEARS, [1120468, 1098302, 1076518, 1041226, 1012884], [92.40, 92.85, 93.30, 93.72, 94.05],
                      318550, [17.80, 18.90, 20.10, 21.20, 22.40], [0.070, 0.068, 0.066, 0.064, 0.062]),
    "介護保険料": series(YEARS, [1012330, 1024518, 1035402, 1041263, 1052840], [98.80, 98.88, 98.95, 99.02, 99.08],
                    28402, [18.20, 19.10, 20.40, 21.30, 22.10], [0.160, 0.158, 0.155, 0.150, 0.148]),
    "後期高齢者医療保険料": series(YEARS, [402218, 410532, 418204, 431120, 442806], [99.40, 99.45, 99.52, 99.58, 99.61],
                         3208, [35.20, 36.40, 37.90, 39.10, 40.20], [0.060, 0.058, 0.056, 0.055, 0.054]),
    "保育料": series(YEARS, [98402, 62108, 58214, 55630, 53218], [98.20, 98.40, 98.66, 98.81, 98.95],
                  6804, [18.40, 19.60, 21.30, 22.50, 23.40], [0.080, 0.078, 0.075, 0.072, 0.070]),
    "学校給食費": series(YEARS, [168204, 164330, 161028, 158442, 160218], [99.12, 99.20, 99.28, 99.35, 99.40],
                    4802, [20.50, 21.80, 23.40, 24.60, 25.90], [0.030, 0.032, 0.035, 0.034, 0.036]),
    "町営住宅使用料": series(YEARS, [132018, 130442, 128904, 127316, 125820], [96.40, 96.55, 96.72, 96.90, 97.05],
                      28412, [12.40, 13.10, 13.90, 14.60, 15.30], [0.050, 0.048, 0.046, 0.045, 0.044]),
    "下水道使用料": series(YEARS, [702415, 708228, 712834, 718602, 722450], [99.10, 99.15, 99.20, 99.24, 99.28],
                     12106, [32.40, 33.80, 35.20, 36.50, 37.60], [0.060, 0.058, 0.056, 0.055, 0.054]),
}
DEBTS = list(S)
H29_OUT = {d: int(S[d][2019]["total"][3] * 1.17) + 3 for d in S}   # 平成29年度末 (baseline of the 1st plan)
# 推進シート: R6 見込 (current rate, arrears rate, outstanding 千円) and R7-R9 targets
SHEETS = {"町税": {"dept": "税務課", "kind": "強制徴収公債権"},
          "国民健康保険税": {"dept": "保険年金課", "kind": "強制徴収公債権"},
          "学校給食費": {"dept": "学校教育課", "kind": "私債権"}}
for _d, _i in SHEETS.items():
    _c, _a, _o = S[_d][2023]["current"][4], S[_d][2023]["arrears"][4], S[_d][2023]["total"][3]
    _i["est"] = (round(_c + 0.04, 2), round(_a + 0.9, 2), round(_o * 0.96))
    _i["tgt"] = {2024 + k: (round(_c + 0.05 * k + 0.04, 1), round(_a + k + 0.9, 1), int(round(_o * (1 - 0.04 * (k + 1)), -3 if _o > 50000 else -2)))
                 for k in (1, 2, 3)}

# ---------------------------------------------------------------- styles
FN = "IPAexGothic"
thin = Side(style="thin", color="404040")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEADF = PatternFill("solid", fgColor="DDEBF7")
SUBF = PatternFill("solid", fgColor="F2F2F2")
SUMF = PatternFill("solid", fgColor="FFF2CC")


def font(size=10, bold=False):
    return Font(name=FN, size=size, bold=bold)


def put(ws, ref, value, size=10, bold=False, fill=None, border=True, h="left", v="center", wrap=False, rot=0):
    c = ws[ref]
    c.value = value
    c.font = font(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def setup(ws, widths, fit_height=1, landscape=False):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, debt_raw=None):
    return g.fact(page, CANON.get(debt) if debt else None, debt_raw or debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx)


# ---------------------------------------------------------------- sheets
def cover(wb):
    ws = wb.active
    ws.title = "表紙"
    setup(ws, [9] * 8)
    for r in range(1, 48):
        ws.row_dimensions[r].height = 17
    ws.merge_cells("A14:H15")
    put(ws, "A14", TITLE, size=24, bold=True, border=False, h="center")
    ws.merge_cells("A17:H17")
    put(ws, "A17", "（令和７年度～令和９年度）", size=14, border=False, h="center")
    ws.merge_cells("A38:H38")
    put(ws, "A38", "令和７年３月", size=13, border=False, h="center")
    ws.merge_cells("A40:H40")
    put(ws, "A40", "お い ら せ 町", size=16, border=False, h="center")


def contents(wb, pg=2):
    ws = wb.create_sheet("目次・概要")
    setup(ws, [3, 3, 3, 26, 18, 12, 6, 4])
    ws.oddFooter.center.text = "- &P -"
    ws.merge_cells("A1:H1")
    put(ws, "A1", "目　　次", size=14, bold=True, border=False, h="center")
    toc = [("１　計画の概要", 2), ("２　債権の現状", 3), ("３　債権別の収納実績（令和元年度～令和五年度）", 4),
           ("４　推進シート", ""), ("　（１）町税", 6), ("　（２）国民健康保険税", 7), ("　（３）学校給食費", 8)]
    r = 3
    for t, p in toc:
        ws.merge_cells(f"B{r}:F{r}")
        put(ws, f"B{r}", t + ("　" + "・" * (30 - len(t)) if p else ""), size=10.5, border=False)
        put(ws, f"G{r}", p, size=10.5, border=False, h="right")
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "１　計画の概要", size=12, bold=True, border=False)
    ws[f"A{r}"].border = Border(bottom=Side(style="medium", color="1F3864"))
    r += 1
    tot23 = sum(S[d][2023]["total"][3] for d in DEBTS)
    totH = sum(H29_OUT.values())
    o23 = round(tot23 / 100000, 1)        # 億円, one decimal
    oH = round(totH / 100000, 1)
    dd = round(o23 - oH, 1)
    lines = [
        (0, "（１）計画期間"),
        (1, "令和７年度から令和９年度までの３年間とする。"),
        (0, "（２）対象債権"),
        (1, "令和５年度決算において収入未済額が生じている債権のうち、収入未済額の大きい８債権を対象とする。"),
        (0, "（３）基本方針"),
        (1, "ア　収納率の向上"),
        (2, "(ｱ)　現年度分の徴収を徹底し、新たな滞納の発生を抑制する。"),
        (2, "(ｲ)　口座振替とキャッシュレス決済の利用を促進する。"),
        (1, "イ　収入未済額の縮減"),
        (2, "(ｱ)　財産調査に基づく滞納処分と、執行停止・債権放棄による整理を適正に行う。"),
        (2, "(ｲ)　私債権は支払督促等の法的措置を計画的に活用する。"),
        (0, "（４）債権の状況"),
        (1, "令和５年度決算における対象８債権の収入未済額は、合計で約"
         + F(pg, None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(o23 * 1e8)), "yen", zen(f"{o23:.1f}") + "億円",
             approx=True, debt_raw="対象８債権")
         + "となり、第１次計画の基準年度である平成２９年度末の約"
         + F(pg, None, 2017, "平成２９年度末", "total", "outstanding", "actual", int(round(oH * 1e8)), "yen", zen(f"{oH:.1f}") + "億円",
             approx=True, debt_raw="対象８債権")
         + "から約"
         + F(pg, None, 2023, "令和５年度", "total", "difference", "actual", int(round(dd * 1e8)), "yen", zen(f"{abs(dd):.1f}") + "億円",
             approx=True, debt_raw="対象８債権")
         + "減少した。"),
        (1, "一方、国民健康保険税と町営住宅使用料の滞納繰越分は依然として収納率が低く、"
            "長期化した滞納案件の整理が課題となっている。"),
    ]
    for lvl, t in lines:
        col = ["A", "B", "C"][lvl]
        end = "H"
        ws.merge_cells(f"{col}{r}:{end}{r}")
        put(ws, f"{col}{r}", t, size=10.5, border=False, wrap=True, v="top")
        ws.row_dimensions[r].height = 17 * (1 + len(t) // 46) + 2
        r += 1


def status(wb, pg=3):
    ws = wb.create_sheet("現状")
    setup(ws, [20, 12, 11, 11, 11, 12])
    ws.oddFooter.center.text = "- &P -"
    ws.merge_cells("A1:F1")
    put(ws, "A1", "２　債権の現状", size=12, bold=True, border=False)
    ws["A1"].border = Border(bottom=Side(style="medium", color="1F3864"))
    ws.merge_cells("A3:F3")
    put(ws, "A3", "（１）収入未済額の推移　　　　　　　　　　　　　　（単位：千円）", size=10.5, border=False)
    heads = ["債権名", "H29（2017年度）", "令和元年度", "令和４年度", "令和５年度※2", "増減（R5－H29）"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEF'[i]}4", h, size=9, fill=HEADF, h="center", wrap=True)
    ws.row_dimensions[4].height = 30
    r = 5
    sums = [0, 0, 0, 0]
    for d in DEBTS:
        vals = [(2017, "H29（2017年度）", H29_OUT[d]), (2019, "令和元年度", S[d][2019]["total"][3]),
                (2022, "令和４年度", S[d][2022]["total"][3]), (2023, "令和５年度", S[d][2023]["total"][3])]
        put(ws, f"A{r}", d, size=9.5)
        for i, (y, yr, v) in enumerate(vals):
            sums[i] += v
            put(ws, f"{'BCDE'[i]}{r}", F(pg, d, y, yr, "total", "outstanding", "actual", v * 1000, "yen", num(v)), size=9.5, h="right")
        dv = vals[3][2] - vals[0][2]
        put(ws, f"F{r}", F(pg, d, 2023, "令和５年度", "total", "difference", "actual", dv * 1000, "yen", tri(dv, "▲")), size=9.5, h="right")
        r += 1
    put(ws, f"A{r}", "合計", size=9.5, fill=SUMF, h="center")
    for i, (y, yr) in enumerate(((2017, "H29（2017年度）"), (2019, "令和元年度"), (2022, "令和４年度"), (2023, "令和５年度"))):
        put(ws, f"{'BCDE'[i]}{r}", g.fact(pg, None, "合計", y, yr, "total", "outstanding", "actual", sums[i] * 1000, "yen", num(sums[i])),
            size=9.5, h="right", fill=SUMF)
    dv = sums[3] - sums[0]
    put(ws, f"F{r}", g.fact(pg, None, "合計", 2023, "令和５年度", "total", "difference", "actual", dv * 1000, "yen", tri(dv, "▲")),
        size=9.5, h="right", fill=SUMF)
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "※1　各年度の出納閉鎖時点の額。▲は減少。", size=8.5, border=False)
    r += 1
    oa = S["町税"][2023]["arrears"][3]
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "※2　令和５年度の町税の収入未済額のうち、滞納繰越分は "
        + F(pg, "町税", 2023, "令和５年度", "arrears", "outstanding", "actual", oa * 1000, "yen", f"{num(oa)}千円") + " である。",
        size=8.5, border=False)
    r += 2
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "（２）収納率の状況（令和５年度決算）　　　　　　　　　（単位：％）", size=10.5, border=False)
    r += 1
    for i, h in enumerate(["債権名", "現年度分", "滞納繰越分", "計"]):
        put(ws, f"{'ABCD'[i]}{r}", h, size=9, fill=HEADF, h="center")
    r += 1
    ta = {"current": [0, 0], "arrears": [0, 0], "total": [0, 0]}
    for d in DEBTS:
        put(ws, f"A{r}", d, size=9.5)
        for i, s in enumerate(("current", "arrears", "total")):
            a, c, w, o, rt = S[d][2023][s]
            ta[s][0] += a
            ta[s][1] += c
            put(ws, f"{'BCD'[i]}{r}", F(pg, d, 2023, "令和５年度", s, "collection_rate", "actual", rt, "percent", f"{rt:.2f}"),
                size=9.5, h="right")
        r += 1
    put(ws, f"A{r}", "全体", size=9.5, fill=SUMF, h="center")
    for i, s in enumerate(("current", "arrears", "total")):
        rt = rate(ta[s][1], ta[s][0])
        put(ws, f"{'BCD'[i]}{r}", g.fact(pg, None, "全体", 2023, "令和５年度", s, "collection_rate", "actual", rt, "percent", f"{rt:.2f}"),
            size=9.5, h="right", fill=SUMF)
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "注）全体は対象８債権の調定額・収入済額の合計から算出。", size=8.5, border=False)


def long_table(wb, first_pg=4):
    ws = wb.create_sheet("収納実績")
    setup(ws, [18, 10, 11, 11, 9, 10, 7], fit_height=0)
    ws.oddFooter.center.text = "- &P -"
    ws.merge_cells("A1:G1")
    put(ws, "A1", "３　債権別の収納実績（令和元年度～令和五年度）", size=12, bold=True, border=False)
    ws.merge_cells("A2:G2")
    put(ws, "A2", "（単位：千円、％）", size=9, border=False, h="right")
    for i, h in enumerate(["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        put(ws, f"{'ABCDEFG'[i]}3", h, size=9.5, fill=HEADF, h="center")
    ws.print_title_rows = "1:3"
    r = 4
    per_page = 20
    n = 0
    for d in DEBTS:
        for y in YEARS:
            pg = first_pg + n // per_page
            a, c, w, o, rt = S[d][y]["total"]
            fill = SUBF if (n % 2) else None
            put(ws, f"A{r}", d, size=9.5, fill=fill)
            put(ws, f"B{r}", YRAW[y], size=9.5, fill=fill, h="center")
            fy = YRAW[y]
            put(ws, f"C{r}", F(pg, d, y, fy, "total", "assessed", "actual", a * 1000, "yen", num(a)), size=9.5, h="right", fill=fill)
            put(ws, f"D{r}", F(pg, d, y, fy, "total", "collected", "actual", c * 1000, "yen", num(c)), size=9.5, h="right", fill=fill)
            put(ws, f"E{r}", F(pg, d, y, fy, "total", "written_off", "actual", w * 1000, "yen", num(w)), size=9.5, h="right", fill=fill)
            put(ws, f"F{r}", F(pg, d, y, fy, "total", "outstanding", "actual", o * 1000, "yen", num(o)), size=9.5, h="right", fill=fill)
            put(ws, f"G{r}", F(pg, d, y, fy, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}"), size=9.5, h="right", fill=fill)
            ws.row_dimensions[r].height = 24
            n += 1
            if n % per_page == 0 and n < len(DEBTS) * len(YEARS):
                ws.row_breaks.append(Break(id=r))
            r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "※ 現年度分と滞納繰越分の計。不納欠損額は時効の完成及び執行停止の継続によるもの。", size=8.5, border=False)


def sheet(wb, debt, pg, idx):
    info = SHEETS[debt]
    ws = wb.create_sheet(f"推進シート{idx}")
    setup(ws, [5, 17, 9, 9, 9, 9, 9, 10])
    ws.oddFooter.center.text = "- &P -"
    ws.merge_cells("A1:H1")
    put(ws, "A1", f"４　推進シート（{idx}）", size=12, bold=True, border=False)
    ws["A1"].border = Border(bottom=Side(style="medium", color="1F3864"))
    # label/value strip
    put(ws, "A3", "債権名", size=9.5, fill=HEADF, h="center")
    ws.merge_cells("A3:B3")
    put(ws, "C3", debt, size=11, bold=True)
    ws.merge_cells("C3:D3")
    put(ws, "E3", "所管課", size=9.5, fill=HEADF, h="center")
    put(ws, "F3", info["dept"], size=10)
    put(ws, "G3", "債権の種類", size=9.5, fill=HEADF, h="center")
    put(ws, "H3", info["kind"], size=8.5, wrap=True)
    box_range(ws, "A3:H3")
    ws.row_dimensions[3].height = 26
    # 1 現状と課題
    ws.merge_cells("A5:H5")
    put(ws, "A5", "１　現状と課題", size=10.5, bold=True, border=False)
    cur = S[debt][2023]
    text = {
        "町税": "現年度分の収納率は上昇傾向にあるが、滞納繰越分には生活困窮や事業不振による長期の分割納付案件が多く、"
                "収入未済額の縮減のペースが鈍化している。財産調査の早期着手と、執行停止の適正な判断が課題である。",
        "国民健康保険税": "加入者の高齢化と低所得世帯の割合の増加により、現年度分の収納率は県内平均を下回っている。"
                   "口座振替の利用率が低く、納期内納付の促進が課題である。",
        "学校給食費": "公会計化後、督促・催告の事務は学校から学校教育課に移ったが、卒業後の滞納者の所在把握が難しく、"
                 "少額の滞納が長期化している。",
    }[debt]
    ws.merge_cells("A6:H8")
    put(ws, "A6", text, size=9.5, wrap=True, v="top")
    box_range(ws, "A6:H8")
    for rr in (6, 7, 8):
        ws.row_dimensions[rr].height = 17
    # 2 数値目標 (years as columns, bases mixed)
    ws.merge_cells("A10:H10")
    put(ws, "A10", "２　数値目標", size=10.5, bold=True, border=False)
    ycols = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate"),
             (2025, "令和７年度", "目標", "target"), (2026, "令和８年度", "目標", "target"), (2027, "令和９年度", "目標", "target")]
    ws.merge_cells("A11:B12")
    put(ws, "A11", "区分", size=9.5, fill=HEADF, h="center")
    for i, (y, yr, lab, _) in enumerate(ycols):
        col = "CDEFG"[i]
        put(ws, f"{col}11", yr, size=9, fill=HEADF, h="center")
        put(ws, f"{col}12", lab, size=9, fill=HEADF, h="center")
    put(ws, "H11", "備考", size=9, fill=HEADF, h="center")
    ws.merge_cells("H11:H12")
    box_range(ws, "A11:H12", HEADF)
    rows = [("現年度分収納率（％）", "current", "collection_rate"), ("滞納繰越分収納率（％）", "arrears", "collection_rate"),
            ("収入未済額（千円）", "total", "outstanding")]
    for j, (lab, seg, m) in enumerate(rows):
        rr = 13 + j
        ws.merge_cells(f"A{rr}:B{rr}")
        put(ws, f"A{rr}", lab, size=9.5)
        for i, (y, yr, blab, basis) in enumerate(ycols):
            col = "CDEFG"[i]
            if basis == "actual":
                v = cur[seg][4] if m == "collection_rate" else cur[seg][3]
            elif basis == "estimate":
                v = info["est"][j]
            else:
                v = info["tgt"][y][j]
            raw = (F(pg, debt, y, yr, seg, m, basis, v, "percent", f"{v:.2f}") if m == "collection_rate"
                   else F(pg, debt, y, yr, seg, m, basis, v * 1000, "yen", num(v)))
            put(ws, f"{col}{rr}", raw, size=9.5, h="right")
        put(ws, f"H{rr}", "", size=9)
        box_range(ws, f"A{rr}:H{rr}")
    # 備考 with a figure (令和5年度 不納欠損額)
    w23 = cur["total"][2]
    ws.merge_cells("H13:H15")
    put(ws, "H13", "R5不納欠損額\n" + F(pg, debt, 2023, "R5", "total", "written_off", "actual", w23 * 1000, "yen", f"{num(w23)}千円"),
        size=8, wrap=True, v="center", h="center")
    box_range(ws, "H13:H15")
    # 3 取組 with a vertical label cell
    ws.merge_cells("A17:H17")
    put(ws, "A17", "３　目標達成に向けた取組", size=10.5, bold=True, border=False)
    items = ITEMS[debt]
    r0 = 18
    r = r0
    sec = "目標達成に向けた取組"
    for block in items:
        title, lines = block
        if title:
            ws.merge_cells(f"B{r}:H{r}")
            put(ws, f"B{r}", title, size=9.5, bold=True, fill=SUBF)
            box_range(ws, f"B{r}:H{r}", SUBF)
            ws.row_dimensions[r].height = 18
            r += 1
        cell_txt = []
        for lab, t, st in lines:
            g.init(pg, CANON[debt], debt, 2025, title or sec, lab, t, st)
            cell_txt.append(f"{lab}{t}【{st}】" if st else f"{lab}{t}")
        ws.merge_cells(f"B{r}:H{r}")
        put(ws, f"B{r}", "\n".join(cell_txt), size=9.5, wrap=True, v="top")
        box_range(ws, f"B{r}:H{r}")
        nlines = sum(1 + len(x) // 58 for x in cell_txt)
        ws.row_dimensions[r].height = 15.5 * nlines + 6
        r += 1
    ws.merge_cells(f"A{r0}:A{r - 1}")
    put(ws, f"A{r0}", "取組内容", size=10, fill=HEADF, h="center", rot=255)
    box_range(ws, f"A{r0}:A{r - 1}", HEADF)
    # 4 reference indicators (counts and shares: not collection figures)
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "４　取組の参考指標", size=10.5, bold=True, border=False)
    r += 1
    ws.merge_cells(f"A{r}:C{r}")
    put(ws, f"A{r}", "指標", size=9.5, fill=HEADF, h="center")
    for i, yl in enumerate(("令和３年度", "令和４年度", "令和５年度")):
        ws.merge_cells(f"{'DFH'[i]}{r}:{'EGH'[i]}{r}")
        put(ws, f"{'DFH'[i]}{r}", yl, size=9.5, fill=HEADF, h="center")
    box_range(ws, f"A{r}:H{r}", HEADF)
    for lab, vals in INDICATORS[debt]:
        r += 1
        ws.merge_cells(f"A{r}:C{r}")
        put(ws, f"A{r}", lab, size=9.5)
        for i, v in enumerate(vals):
            ws.merge_cells(f"{'DFH'[i]}{r}:{'EGH'[i]}{r}")
            put(ws, f"{'DFH'[i]}{r}", v, size=9.5, h="right")
        box_range(ws, f"A{r}:H{r}")
        ws.row_dimensions[r].height = 18
    ws.print_area = f"A1:H{r + 1}"


INDICATORS = {
    "町税": [("差押件数（件）", ("186", "201", "214")), ("催告書の発送件数（件）", ("3,120", "2,986", "2,804")),
             ("口座振替の利用率（％）", ("38.2", "38.9", "39.6"))],
    "国民健康保険税": [("差押件数（件）", ("58", "63", "70")), ("短期被保険者証の交付世帯数（世帯）", ("96", "88", "79")),
                ("口座振替の利用率（％）", ("41.5", "42.3", "43.0"))],
    "学校給食費": [("催告書の発送件数（件）", ("84", "79", "71")), ("支払督促の申立件数（件）", ("1", "2", "2")),
              ("口座振替の利用率（％）", ("92.4", "93.1", "93.8"))],
}


ITEMS = {
    "町税": [
        (None, [("①", "納期限後２０日以内に督促状を発送し、督促後１か月を経過しても納付のない者には文書と電話で催告する。", "継続"),
                ("②", "滞納発生から３か月以内に預貯金・給与等の財産調査に着手する。", "拡充"),
                ("③", "差押財産はインターネット公売により速やかに換価する。", "継続")]),
        (None, [("④", "スマートフォン決済と地方税統一ＱＲコードによる納付を周知し、納期内納付を促す。", "新規")]),
    ],
    "国民健康保険税": [
        (None, [("①", "加入手続の際に口座振替の申込みを案内し、キャッシュカードによる受付を行う。", "継続"),
                ("②", "納付相談の際は生活状況を丁寧に聴き取り、必要に応じて福祉部門につなぐ。", "継続")]),
        (None, [("③", "町税と重複する滞納者については、税務課と共同で滞納処分を行う。", "拡充"),
                ("④", "時効が迫る債権は月次で抽出し、計画的に納付折衝を行う。", "新規")]),
    ],
    "学校給食費": [
        ("滞納の未然防止", [("(1)", "入学時の説明会で口座振替の利用を依頼し、申込書を回収する。", "継続"),
                         ("(2)", "就学援助の対象となる世帯には制度の案内を確実に行う。", "継続")]),
        ("滞納額の縮減", [("(1)", "卒業生の滞納者には住所を調査のうえ文書で催告する。", "拡充"),
                        ("(2)", "催告に応じない者には支払督促の申立てを行う。", "新規")]),
    ],
}


def build():
    wb = Workbook()
    cover(wb)
    contents(wb)
    status(wb)
    long_table(wb)
    sheet(wb, "町税", 6, 1)
    sheet(wb, "国民健康保険税", 7, 2)
    sheet(wb, "学校給食費", 8, 3)
    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    prof = WORK / "lo_profile"
    outdir = WORK / "lo_out"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(xlsx)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(outdir / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")
    document = {"kind": "plan", "family": "plan", "municipality": CITY, "title": TITLE,
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, document, g)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
