"""fg_setana_plan_1: a town's 町税等徴収計画 (令和6年度～令和8年度), openpyxl -> LibreOffice.

Run from corpus/frozen32:  python3 build/fg_setana_plan_1.py
"""
from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fg_common import PDF_DIR, WORK, Gold, comma, r2, rate, series, soffice_pdf, tri_f  # noqa: E402

STEM = "fg_setana_plan_1"
TOWN = "せたな町"
TITLE = "せたな町町税等徴収計画（令和6年度～令和8年度）"
YEARS = list(range(2017, 2023))

SPEC = {  # canonical, printed, cur assessed 2017-2022, cur rates, first arrears, arr rates, wo shares
    "tax": ("市税", "町税", [562_336_410, 571_204_880, 568_447_320, 559_118_640, 566_882_170, 574_336_520],
            [98.52, 98.66, 98.71, 98.12, 98.84, 98.93], 38_412_300, [22.4, 24.1, 25.3, 21.8, 26.2, 27.5],
            [12.1, 11.4, 10.8, 8.2, 10.3, 9.8]),
    "kokuho": ("国民健康保険料", "国民健康保険税", [241_336_200, 236_118_400, 231_204_600, 226_887_300, 224_118_500, 219_446_200],
               [93.84, 94.12, 94.40, 93.71, 94.62, 94.88], 42_336_800, [18.2, 19.4, 20.6, 17.9, 21.5, 22.8],
               [13.6, 12.9, 12.1, 9.6, 11.8, 11.2]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", [58_336_400, 59_118_200, 60_224_800, 60_884_100, 61_446_300, 62_118_900],
              [99.41, 99.45, 99.48, 99.38, 99.52, 99.55], 612_300, [40.2, 42.5, 44.1, 39.8, 45.6, 47.2],
              [8.2, 7.6, 7.4, 6.9, 7.1, 6.8]),
    "kaigo": ("介護保険料", "介護保険料", [141_204_300, 143_886_100, 144_512_700, 145_118_200, 144_336_900, 143_772_400],
              [98.86, 98.92, 98.97, 98.80, 99.02, 99.06], 3_112_400, [16.4, 17.2, 18.1, 15.8, 19.2, 20.1],
              [22.4, 21.8, 21.1, 18.6, 20.4, 19.8]),
    "jutaku": ("町営住宅使用料", "町営住宅使用料", [96_336_000, 95_118_400, 94_224_800, 93_006_200, 92_118_600, 90_884_400],
               [96.42, 96.58, 96.71, 96.12, 96.88, 97.02], 21_336_400, [10.2, 10.8, 11.5, 9.6, 12.1, 12.8],
               [4.2, 3.8, 3.6, 3.1, 3.4, 3.2]),
    "suido": ("水道料金", "水道料金", [212_336_800, 210_118_400, 208_447_200, 207_118_900, 205_336_400, 203_884_100],
              [98.96, 99.02, 99.08, 98.81, 99.12, 99.16], 4_336_200, [58.4, 60.2, 61.8, 55.6, 62.9, 64.1],
              [6.2, 5.8, 5.5, 4.8, 5.1, 4.9]),
    "gesui": ("下水道使用料", "下水道使用料", [88_412_300, 87_336_900, 86_204_100, 85_118_700, 84_336_200, 83_447_900],
              [98.88, 98.94, 99.01, 98.72, 99.06, 99.10], 1_912_300, [55.8, 57.6, 59.2, 53.4, 60.5, 61.8],
              [6.8, 6.2, 5.9, 5.2, 5.6, 5.3]),
}
D = {k: dict(zip(YEARS, series(*v[2:]))) for k, v in SPEC.items()}
KEYS = list(SPEC)
EST23 = {"tax": (98.98, 28.40), "kokuho": (95.02, 23.50), "kouki": (99.56, 48.00), "kaigo": (99.08, 20.80),
         "jutaku": (97.10, 13.20), "suido": (99.18, 64.80), "gesui": (99.12, 62.50)}
TGT = {"tax": [(99.00, 29.00), (99.05, 30.00), (99.10, 31.00)], "kokuho": [(95.10, 24.00), (95.20, 25.00), (95.30, 26.00)],
       "kouki": [(99.56, 48.50), (99.57, 49.00), (99.58, 49.50)], "kaigo": [(99.10, 21.00), (99.12, 21.50), (99.14, 22.00)],
       "jutaku": [(97.20, 13.50), (97.30, 14.00), (97.40, 14.50)], "suido": [(99.20, 65.00), (99.22, 65.50), (99.24, 66.00)],
       "gesui": [(99.14, 63.00), (99.16, 63.50), (99.18, 64.00)]}
OUTT = {k: [int(round(D[k][2022]["tot"]["outstanding"] * f / (100_000 if D[k][2022]["tot"]["outstanding"] > 5_000_000 else 10_000)))
             * (100_000 if D[k][2022]["tot"]["outstanding"] > 5_000_000 else 10_000) for f in (0.92, 0.88, 0.84)]
        for k in SPEC}
# previous plan targets (現年度分) for 令和3年度 and 令和4年度
PREV_T = {"tax": (98.80, 98.90), "kokuho": (94.50, 94.80), "kouki": (99.50, 99.52), "kaigo": (99.00, 99.05),
          "jutaku": (97.00, 97.20), "suido": (99.10, 99.15), "gesui": (99.05, 99.10)}

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUMF = PatternFill("solid", fgColor="EDEDED")


def jyear(fy: int) -> str:
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


def put(ws, r, c, v, size=10, bold=False, align="left", border=True, fill=None, wrap=False, valign="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=False)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill:
        cell.fill = fill
    return cell


def merge_put(ws, r0, c0, r1, c1, v, **kw):
    put(ws, r0, c0, v, **kw)
    if kw.get("border", True):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(row=r, column=c).border = BOX
    if (r0, c0) != (r1, c1):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


def page_setup(ws, landscape=False, fit=True, scale=100):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.page_setup.scale = scale
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    ws.sheet_view.showGridLines = False


def text_rows(ws, r, text, width_chars, c0=1, c1=10, size=10.5, indent=0):
    lines = max(1, math.ceil(len(text) / width_chars))
    width_chars = width_chars
    merge_put(ws, r, c0, r, c1, text, size=size, border=False, wrap=True, valign="top")
    ws.row_dimensions[r].height = lines * size * 1.42 + 3
    return r + 1


def build():
    g = Gold(STEM, "plan", "plan", TOWN, TITLE, "2024-04-01", "令和6年4月")
    wb = Workbook()
    segn = {"cur": "current", "arr": "arrears", "tot": "total"}

    # ============================================================ sheet 1 / page 1
    pg = 1
    ws = wb.active
    ws.title = "計画"
    page_setup(ws, fit=False, scale=100)
    for c in range(1, 11):
        ws.column_dimensions[get_column_letter(c)].width = 6.9
    r = 1
    merge_put(ws, r, 1, r, 10, TITLE, size=15, align="center", border=False)
    ws.row_dimensions[r].height = 30
    r += 1
    merge_put(ws, r, 1, r, 10, "令和6年4月　せたな町 税務課", size=10.5, align="right", border=False)
    r += 2
    put(ws, r, 1, "１　計画の目的", size=11.5, border=False)
    r += 1
    r = text_rows(ws, r, "　町税等の自主財源は、町の行政サービスを支える貴重な財源であり、納期内に納付している町民との負担の公平性を確保するため、"
                  "滞納の未然防止と滞納額の縮減に計画的に取り組む必要がある。本計画は、町税をはじめとする主な債権について、年度ごとの目標と"
                  "具体的な取組を定め、全庁が連携して徴収対策を推進するために策定するものである。", 50)
    r += 1
    put(ws, r, 1, "２　計画期間", size=11.5, border=False)
    r += 1
    r = text_rows(ws, r, "　令和6年度から令和8年度までの3年間とする。", 50)
    r += 1
    put(ws, r, 1, "３　対象債権", size=11.5, border=False)
    r += 1
    r = text_rows(ws, r, "　町税（町民税、固定資産税、軽自動車税、入湯税）、国民健康保険税、後期高齢者医療保険料、介護保険料、町営住宅使用料、"
                  "水道料金及び下水道使用料の7債権とする。", 50)
    r += 1
    put(ws, r, 1, "４　これまでの状況", size=11.5, border=False)
    r += 1
    t20 = D["tax"][2020]["cur"]["rate"]
    t22 = D["tax"][2022]["cur"]["rate"]
    s20, s22 = f"{t20:.2f}％", f"{t22:.2f}％"
    a17 = D["tax"][2017]["arr"]["outstanding"]
    tot = {fy: {m: sum(D[k][fy]["tot"][m] for k in KEYS) for m in ("assessed", "collected", "written_off", "outstanding")}
           for fy in YEARS}
    o17, o22 = tot[2017]["outstanding"], tot[2022]["outstanding"]
    so17 = f"{o17 // 10_000:,}万円"
    so22 = f"{o22 // 10_000:,}万円"
    sdo = f"{(o17 - o22) // 10_000:,}万円"
    txt = (f"　町税の現年課税分の収納率は、新型コロナウイルス感染症の影響を受けた令和二年度に{s20}まで低下したが、"
           f"令和4年度には{s22}まで回復した。町税等7債権の収入未済額は、平成29年度(2017年度)末の{so17}から令和4年度末には{so22}となり、"
           f"この5年間で{sdo}縮減した。")
    r = text_rows(ws, r, txt, 50)
    g.fact(pg, "市税", "町税", 2020, "令和二年度", "current", "collection_rate", "actual", t20, "percent", s20)
    g.fact(pg, "市税", "町税", 2022, "令和4年度", "current", "collection_rate", "actual", t22, "percent", s22)
    g.fact(pg, None, "町税等7債権", 2017, "平成29年度(2017年度)", "total", "outstanding", "actual", o17 // 10_000 * 10_000, "yen", so17)
    g.fact(pg, None, "町税等7債権", 2022, "令和4年度", "total", "outstanding", "actual", o22 // 10_000 * 10_000, "yen", so22)
    g.fact(pg, None, "町税等7債権", 2022, "令和4年度", "total", "difference", "actual", -((o17 - o22) // 10_000 * 10_000), "yen", sdo)
    r += 1
    # 【参考】 one-cell box with label：value bullets
    t = tot[2022]
    rt = rate(t["collected"], t["assessed"])
    lines = ["【参考】令和4年度決算の状況（町税等7債権の計）",
             f"　・調定額：{comma(t['assessed'] // 1000)}千円",
             f"　・収入済額：{comma(t['collected'] // 1000)}千円",
             f"　・不納欠損額：{comma(t['written_off'] // 1000)}千円",
             f"　・収入未済額：{comma(t['outstanding'] // 1000)}千円",
             f"　・収納率：{rt:.2f}％"]
    merge_put(ws, r, 1, r, 10, "\n".join(lines), size=10.5, wrap=True, valign="top")
    ws.row_dimensions[r].height = len(lines) * 14.5 + 6
    for m, line in zip(("assessed", "collected", "written_off", "outstanding"), lines[1:5]):
        g.fact(pg, None, "町税等7債権の計", 2022, "令和4年度", "total", m, "actual", t[m] // 1000 * 1000, "yen",
               line.split("：")[1])
    g.fact(pg, None, "町税等7債権の計", 2022, "令和4年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}％")
    r += 2
    put(ws, r, 1, "５　収納対策の基本方針", size=11.5, border=False)
    r += 1
    basic = [("(1)", "現年度分の徴収を徹底し、口座振替の推進と早期の催告により、新たな滞納の発生を抑制する。"),
             ("(2)", "滞納繰越分は、財産調査に基づく差押えを着実に行い、徴収の見込みがない事案は執行停止等により適正に整理する。"),
             ("(3)", "町税と国民健康保険税等の滞納者情報を共有し、税務課と各債権所管課が連携して滞納整理を進める。")]
    for lab, t_ in basic:
        r = text_rows(ws, r, f"{lab}　{t_}", 48)
        g.init(pg, None, None, 2024, "収納対策の基本方針", lab, t_, None)
    r += 1
    put(ws, r, 1, "６　推進体制", size=11.5, border=False)
    r += 1
    r = text_rows(ws, r, "　副町長を本部長とする「せたな町町税等収納対策本部」において、毎年度の進捗状況を確認し、"
                  "目標の達成が困難と見込まれる債権については、所管課とともに取組の見直しを行う。", 50)
    ws.print_area = f"A1:J{r}"

    # ============================================================ sheet 2 / pages 2-3 (wide table)
    ws = wb.create_sheet("収納状況")
    page_setup(ws, landscape=True, fit=False, scale=86)
    ws.column_dimensions["A"].width = 19
    for c in range(2, 2 + 3 * len(YEARS)):
        ws.column_dimensions[get_column_letter(c)].width = 10.2
    merge_put(ws, 1, 1, 1, 10, "７　町税等の収納状況の推移（平成29年度～令和4年度決算）", size=12, border=False)
    merge_put(ws, 2, 1, 2, 10, "（単位：千円、％）", size=9, align="right", border=False)
    merge_put(ws, 3, 1, 4, 1, "債権名", size=9.5, align="center", fill=HEAD)
    for i, fy in enumerate(YEARS):
        c0 = 2 + 3 * i
        merge_put(ws, 3, c0, 3, c0 + 2, f"{jyear(fy)}({fy}年度)", size=9.5, align="center", fill=HEAD)
        for j, h in enumerate(["調定額", "収入済額", "収納率"]):
            put(ws, 4, c0 + j, h, size=9, align="center", fill=HEAD)
    ws.row_dimensions[3].height = 20
    for i, k in enumerate(KEYS + ["sum"]):
        r = 5 + i
        label = "合計" if k == "sum" else SPEC[k][1]
        debt = None if k == "sum" else SPEC[k][0]
        put(ws, r, 1, label, size=9.5, fill=SUMF if k == "sum" else None)
        for j, fy in enumerate(YEARS):
            if k == "sum":
                a, c_ = tot[fy]["assessed"], tot[fy]["collected"]
            else:
                a, c_ = D[k][fy]["tot"]["assessed"], D[k][fy]["tot"]["collected"]
            rt_ = rate(c_, a)
            c0 = 2 + 3 * j
            vals = [comma(a // 1000), comma(c_ // 1000), f"{rt_:.2f}"]
            for q, v in enumerate(vals):
                put(ws, r, c0 + q, v, size=9.5, align="right", fill=SUMF if k == "sum" else None)
            page = 2 if j < 3 else 3
            fyr = f"{jyear(fy)}({fy}年度)"
            g.fact(page, debt, label, fy, fyr, "total", "assessed", "actual", a // 1000 * 1000, "yen", vals[0])
            g.fact(page, debt, label, fy, fyr, "total", "collected", "actual", c_ // 1000 * 1000, "yen", vals[1])
            g.fact(page, debt, label, fy, fyr, "total", "collection_rate", "actual", rt_, "percent", vals[2])
        ws.row_dimensions[r].height = 22
    last = 5 + len(KEYS)
    merge_put(ws, last + 1, 1, last + 1, 10, "※ 調定額及び収入済額は、現年度分と滞納繰越分の計。水道料金及び下水道使用料は各年度の決算（税込）による。",
              size=8.5, border=False)
    ws.print_title_cols = "A:A"
    ws.col_breaks.append(Break(id=10))
    ws.print_area = f"A1:{get_column_letter(1 + 3 * len(YEARS))}{last + 1}"
    ws.page_setup.pageOrder = "overThenDown"

    # ============================================================ sheet 3 / page 4 (targets, one debt per column)
    pg = 4
    ws = wb.create_sheet("目標")
    page_setup(ws, fit=False, scale=88)
    ws.column_dimensions["A"].width = 21
    for c in range(2, 2 + len(KEYS)):
        ws.column_dimensions[get_column_letter(c)].width = 8.3
    merge_put(ws, 1, 1, 1, 8, "８　目標収納率と収入未済額の目標", size=12, border=False)
    merge_put(ws, 2, 1, 2, 8, "（１）目標収納率（単位：％）", size=10.5, border=False)
    put(ws, 3, 1, "区分", size=9, align="center", fill=HEAD)
    short = {"tax": "町税", "kokuho": "国民健康\n保険税", "kouki": "後期高齢者\n医療保険料", "kaigo": "介護保険料",
             "jutaku": "町営住宅\n使用料", "suido": "水道料金", "gesui": "下水道\n使用料"}
    for j, k in enumerate(KEYS):
        put(ws, 3, 2 + j, short[k], size=9, align="center", fill=HEAD, wrap=True)
    ws.row_dimensions[3].height = 30
    rowdefs = [("cur", "4", "現年度分　令和4年度実績", 2022, "actual"), ("cur", "5", "現年度分　5年度見込", 2023, "estimate"),
               ("cur", "6", "現年度分　6年度目標", 2024, "target"), ("cur", "7", "現年度分　7年度目標", 2025, "target"),
               ("cur", "8", "現年度分　8年度目標", 2026, "target"),
               ("arr", "4", "滞納繰越分　令和4年度実績", 2022, "actual"), ("arr", "5", "滞納繰越分　5年度見込", 2023, "estimate"),
               ("arr", "6", "滞納繰越分　6年度目標", 2024, "target"), ("arr", "7", "滞納繰越分　7年度目標", 2025, "target"),
               ("arr", "8", "滞納繰越分　8年度目標", 2026, "target")]
    for i, (s, _, lab, fy, basis) in enumerate(rowdefs):
        r = 4 + i
        fill = PatternFill("solid", fgColor="F2F2F2") if basis != "target" else None
        put(ws, r, 1, lab, size=9, fill=fill)
        for j, k in enumerate(KEYS):
            si = 0 if s == "cur" else 1
            if basis == "actual":
                v = D[k][2022][s]["rate"]
            elif basis == "estimate":
                v = EST23[k][si]
            else:
                v = TGT[k][fy - 2024][si]
            x = f"{v:.2f}"
            put(ws, r, 2 + j, x, size=9.5, align="right", fill=fill)
            fyr = lab.split("　")[1].replace("実績", "").replace("見込", "").replace("目標", "")
            g.fact(pg, SPEC[k][0], SPEC[k][1], fy, fyr, segn[s], "collection_rate", basis, v, "percent", x)
        ws.row_dimensions[r].height = 19
    r = 4 + len(rowdefs) + 1
    merge_put(ws, r, 1, r, 8, "（２）収入未済額の現状と目標", size=10.5, border=False)
    r += 1
    # left: 円 table (令和4年度末); right: 千円 table (targets) -- units in the column headers
    put(ws, r, 1, "債権名", size=9, align="center", fill=HEAD)
    merge_put(ws, r, 2, r, 3, "令和4年度末\n収入未済額（円）", size=9, align="center", fill=HEAD, wrap=True)
    put(ws, r, 4, "", border=False)
    put(ws, r, 5, "6年度目標\n（千円）", size=9, align="center", fill=HEAD, wrap=True)
    put(ws, r, 6, "7年度目標\n（千円）", size=9, align="center", fill=HEAD, wrap=True)
    put(ws, r, 7, "8年度目標\n（千円）", size=9, align="center", fill=HEAD, wrap=True)
    ws.row_dimensions[r].height = 30
    hdr = r
    sums = [0, 0, 0, 0]
    for i, k in enumerate(KEYS + ["sum"]):
        r = hdr + 1 + i
        label = "合計" if k == "sum" else SPEC[k][1]
        debt = None if k == "sum" else SPEC[k][0]
        fill = SUMF if k == "sum" else None
        put(ws, r, 1, label, size=9.5, fill=fill)
        v0 = sums[0] if k == "sum" else D[k][2022]["tot"]["outstanding"]
        merge_put(ws, r, 2, r, 3, comma(v0), size=9.5, align="right", fill=fill)
        g.fact(pg, debt, label, 2022, "令和4年度末", "total", "outstanding", "actual", v0, "yen", comma(v0))
        for j in range(3):
            v = sums[1 + j] if k == "sum" else OUTT[k][j]
            put(ws, r, 5 + j, comma(v // 1000), size=9.5, align="right", fill=fill)
            g.fact(pg, debt, label, 2024 + j, f"{6 + j}年度", "total", "outstanding", "target", v, "yen", comma(v // 1000))
        if k != "sum":
            sums[0] += v0
            for j in range(3):
                sums[1 + j] += OUTT[k][j]
        ws.row_dimensions[r].height = 19
    r += 2
    merge_put(ws, r, 1, r, 8, "※ 目標収納率は、過去3か年の実績の推移及び道内同規模町村の平均を踏まえて設定した。", size=8.5, border=False)
    ws.print_area = f"A1:H{r}"

    # ============================================================ sheet 4 / page 5 (前計画の達成状況 + 取組)
    pg = 5
    ws = wb.create_sheet("取組")
    page_setup(ws, fit=False, scale=86)
    widths = [14, 9, 9, 9, 9, 9, 9, 12]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    merge_put(ws, 1, 1, 1, 8, "９　前計画（令和3年度～令和5年度）の目標達成状況（現年度分収納率）", size=12, border=False)
    merge_put(ws, 2, 1, 3, 1, "債権名", size=9, align="center", fill=HEAD)
    merge_put(ws, 2, 2, 2, 4, "3年度", size=9, align="center", fill=HEAD)
    merge_put(ws, 2, 5, 2, 7, "令和4年度", size=9, align="center", fill=HEAD)
    merge_put(ws, 2, 8, 3, 8, "備考", size=9, align="center", fill=HEAD)
    for c0 in (2, 5):
        for j, h in enumerate(["目標（％）", "実績（％）", "達成率（％）"]):
            put(ws, 3, c0 + j, h, size=8.5, align="center", fill=HEAD)
    for i, k in enumerate(KEYS):
        r = 4 + i
        put(ws, r, 1, SPEC[k][1], size=9.5)
        for c0, fy, tg in ((2, 2021, PREV_T[k][0]), (5, 2022, PREV_T[k][1])):
            act = D[k][fy]["cur"]["rate"]
            ach = r2(act / tg * 100, 1)
            vals = [f"{tg:.2f}", f"{act:.2f}", f"{ach:.1f}"]
            for j, v in enumerate(vals):
                put(ws, r, c0 + j, v, size=9.5, align="right")
            fyr = "3年度" if fy == 2021 else "令和4年度"
            g.fact(pg, SPEC[k][0], SPEC[k][1], fy, fyr, "current", "collection_rate", "target", tg, "percent", vals[0])
            g.fact(pg, SPEC[k][0], SPEC[k][1], fy, fyr, "current", "collection_rate", "actual", act, "percent", vals[1])
            g.fact(pg, SPEC[k][0], SPEC[k][1], fy, fyr, "current", "achievement_rate", "actual", ach, "percent", vals[2])
        put(ws, r, 8, "達成" if D[k][2022]["cur"]["rate"] >= PREV_T[k][1] else "未達成", size=9, align="center")
        ws.row_dimensions[r].height = 18
    r = 4 + len(KEYS) + 1
    merge_put(ws, r, 1, r, 8, "10　債権ごとの具体的な取組", size=12, border=False)
    r += 1
    put(ws, r, 1, "債権名", size=9, align="center", fill=HEAD)
    merge_put(ws, r, 2, r, 6, "内容", size=9, align="center", fill=HEAD)
    merge_put(ws, r, 7, r, 8, "備考", size=9, align="center", fill=HEAD)
    r += 1
    acts = {
        "tax": [("①", "納期限後20日以内の督促状発送を徹底し、未納者には1か月以内に文書催告を行う。", "継続"),
                ("②", "北海道と連携した直接徴収及び滞納整理機構への引継ぎにより、高額事案の解消を図る。", "継続"),
                ("③", "スマートフォン決済アプリによる納付を導入し、納付機会を拡大する。", "新規")],
        "kokuho": [("①", "短期被保険者証の更新時に窓口で納付相談を行い、分納誓約を徹底する。", "継続"),
                   ("②", "町税と一体的に財産調査を行い、預貯金等の差押えを実施する。", "拡充")],
        "kaigo": [("①", "普通徴収の未納者に、給付制限の内容を記載した催告書を送付する。", "継続")],
        "jutaku": [("①", "滞納3か月以上の入居者に、連帯保証人を交えた納付相談を行う。", "継続"),
                   ("②", "退去者の滞納分について、支払督促の申立てを行う。", "拡充")],
        "suido": [("①", "給水停止予告書の送付後、納付のない者に給水停止を実施する。", "継続")],
    }
    for k, its in acts.items():
        cell_txt = "\n".join(f"{lab}{t_}【{st}】" for lab, t_, st in its)
        d22 = D[k][2022]["tot"]
        note = f"令和4年度末収入未済額\n{comma(d22['outstanding'] // 1000)}千円\n（うち滞納繰越分\n{comma(D[k][2022]['arr']['outstanding'] // 1000)}千円）"
        put(ws, r, 1, SPEC[k][1], size=9.5, valign="top")
        merge_put(ws, r, 2, r, 6, cell_txt, size=9.3, wrap=True, valign="top")
        merge_put(ws, r, 7, r, 8, note, size=8.8, wrap=True, valign="top")
        nlines = sum(math.ceil(len(f"{lab}{t_}【{st}】") / 30) for lab, t_, st in its)
        ws.row_dimensions[r].height = max(nlines, 4) * 13.5 + 6
        for lab, t_, st in its:
            g.init(pg, SPEC[k][0], SPEC[k][1], 2024, "債権ごとの具体的な取組", lab, t_, st)
        g.fact(pg, SPEC[k][0], SPEC[k][1], 2022, "令和4年度末", "total", "outstanding", "actual",
               d22["outstanding"] // 1000 * 1000, "yen", f"{comma(d22['outstanding'] // 1000)}千円")
        g.fact(pg, SPEC[k][0], SPEC[k][1], 2022, "令和4年度末", "arrears", "outstanding", "actual",
               D[k][2022]["arr"]["outstanding"] // 1000 * 1000, "yen", f"{comma(D[k][2022]['arr']['outstanding'] // 1000)}千円")
        r += 1
    r += 1
    merge_put(ws, r, 1, r, 8, "出典：せたな町各会計歳入歳出決算書（令和4年度）", size=8.5, border=False)
    ws.print_area = f"A1:H{r}"

    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src)
    out = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    g.write(out)


if __name__ == "__main__":
    build()
