"""藤ノ川市債権管理計画（令和8年度～令和10年度） — openpyxl → LibreOffice.

Modelled on 廿日市市's 債権管理計画 / 収納対策3か年計画 (目標収納率 table 区分 | 実績 | 目標 with 現年 / 合計 sub-columns,
「※単位はすべてパーセントです。」; https://www.city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html and
http://www.city.hatsukaichi.hiroshima.jp/soshiki/8/12247.html) and 多治見市債権管理計画
(https://paperzz.com/doc/6658716); content as the 尼崎市-style plan with one 推進シート per debt.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import OUT, PDF, check, fact, initiative, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "h_fujinokawa_keikaku_1"
CITY = "藤ノ川市"
TITLE = "藤ノ川市債権管理計画"
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

# ---- per-debt sheets (推進シート): 2020..2024, amounts in 千円 ----
YEARS = [2020, 2021, 2022, 2023, 2024]
SHEETS = {
    "市税": dict(dept="収納対策課", seg_cur="現年課税分", seg_arr="滞納繰越分",
               cur_a=[24_512_330, 24_388_914, 24_905_127, 25_210_446, 25_487_902], cur_r=[98.7, 98.9, 99.0, 99.1, 99.2],
               arr_a=[1_180_455, 1_096_201, 1_012_388, 946_027, 889_514], arr_r=[25.8, 27.1, 28.4, 30.2, 31.6],
               wo=[61_204, 55_877, 50_316, 46_921, 42_118],
               est=(99.2, 32.0, 740_000), tgt=[(99.3, 33.0, 710_000), (99.4, 34.0, 680_000), (99.5, 35.0, 650_000)],
               items=[("1-1", "早期の納付勧奨", "納期限後の未納者に対し、電話催告センターから早期に納付を呼びかける。", "令和8年度～", "継続"),
                      ("1-2", "納付環境の整備", "納付書にQRコードを印字し、スマートフォン決済とeLTAXによる納付を案内する。", "令和8年度～", "拡充"),
                      ("2-1", "滞納処分の強化", "財産調査を早期に行い、預貯金・給与等の差押えを計画的に執行する。", "通年", "継続"),
                      ("2-2", "執行停止の適正化", "財産がなく生活が困窮している者は、滞納処分の執行停止を適正に行う。", "通年", "継続")]),
    "国民健康保険税": dict(dept="保険年金課", seg_cur="現年課税分", seg_arr="滞納繰越分",
                    cur_a=[5_102_448, 5_011_367, 4_876_105, 4_712_980, 4_598_233], cur_r=[93.1, 93.6, 94.0, 94.4, 94.9],
                    arr_a=[1_402_377, 1_318_902, 1_240_556, 1_166_410, 1_089_775], arr_r=[18.2, 19.0, 20.1, 21.3, 22.0],
                    wo=[120_455, 112_930, 108_204, 99_871, 94_312],
                    est=(95.1, 22.5, 960_000), tgt=[(95.4, 23.0, 930_000), (95.7, 23.5, 900_000), (96.0, 24.0, 870_000)],
                    items=[("1-1", "口座振替の推進", "加入手続の際に口座振替の申込みを受け付け、口座振替率を高める。", "令和8年度～", "拡充"),
                           ("1-2", "短期証の活用", "短期被保険者証の更新時に納付相談を行い、分割納付の履行を確認する。", "通年", "継続"),
                           ("2-1", "収納対策課への移管", "高額・困難な滞納案件は収納対策課へ移管し、滞納処分を行う。", "通年", "新規")]),
    "保育料": dict(dept="こども保育課", seg_cur="現年度分", seg_arr="過年度分",
                cur_a=[301_225, 288_410, 275_903, 262_118, 250_447], cur_r=[98.0, 98.2, 98.4, 98.5, 98.7],
                arr_a=[40_118, 37_905, 35_221, 32_876, 30_114], arr_r=[14.5, 15.2, 16.8, 17.9, 18.6],
                wo=[2_311, 2_108, 1_987, 1_822, 1_640],
                est=(98.7, 19.0, 25_500), tgt=[(98.8, 19.5, 24_500), (98.9, 20.0, 23_500), (99.0, 20.5, 22_500)],
                items=[("1-1", "児童手当からの徴収", "保護者の申出に基づき、児童手当から保育料を徴収する。", "6月・10月・2月", "継続"),
                       ("1-2", "退園者への催告", "退園した世帯の未納保育料は、退園後1か月以内に文書で催告する。", "通年", "新規"),
                       ("2-1", "滞納処分の実施", "催告に応じない世帯には、財産調査のうえ差押えを行う。", "通年", "継続")]),
    "市営住宅使用料": dict(dept="住宅課", seg_cur="現年度分", seg_arr="過年度分",
                    cur_a=[612_884, 608_317, 601_942, 598_115, 590_276], cur_r=[96.8, 97.0, 97.3, 97.5, 97.8],
                    arr_a=[152_309, 148_772, 141_035, 133_480, 126_907], arr_r=[12.1, 12.9, 13.6, 14.8, 15.5],
                    wo=[5_402, 6_118, 4_976, 5_230, 4_811],
                    est=(97.9, 16.0, 112_000), tgt=[(98.0, 16.5, 108_000), (98.1, 17.0, 104_000), (98.2, 17.5, 100_000)],
                    items=[("1-1", "初期滞納者への指導", "滞納2か月目の入居者と面談し、納付計画を立てさせる。", "通年", "継続"),
                           ("1-2", "連帯保証人への通知", "滞納3か月以上の入居者の連帯保証人に、滞納状況を通知する。", "通年", "継続"),
                           ("2-1", "法的措置", "長期滞納者には明渡し請求訴訟を提起し、退去者には支払督促を申し立てる。", "年2回", "拡充")]),
}

# ---- overview (21 debts): 債権区分, 債権名, 所管課, base 調定額 R6 (千円), base 収納率 R6 ----
OVERVIEW = [
    ("強制徴収公債権", [("市税", "収納対策課"), ("国民健康保険税", "保険年金課"), ("介護保険料", "介護保険課", 3_402_118, 99.1),
                 ("後期高齢者医療保険料", "保険年金課", 1_288_604, 99.6), ("保育料", "こども保育課"),
                 ("下水道使用料", "上下水道課", 1_954_331, 98.6), ("下水道事業受益者負担金", "上下水道課", 42_906, 91.8),
                 ("道路占用料", "道路管理課", 88_415, 99.7)]),
    ("非強制徴収公債権", [("生活保護費返還金", "生活福祉課", 61_207, 21.4), ("児童扶養手当返還金", "こども家庭課", 9_884, 30.5),
                  ("放課後児童クラブ利用料", "青少年課", 132_006, 97.9), ("行政財産使用料", "管財課", 54_318, 99.2),
                  ("介護給付費返還金", "介護保険課", 3_512, 62.0), ("道路損傷復旧費負担金", "道路管理課", 1_906, 48.3)]),
    ("私債権", [("市営住宅使用料", "住宅課"), ("市営住宅駐車場使用料", "住宅課", 38_775, 95.6),
             ("学校給食費", "学校給食課", 702_441, 99.3), ("奨学金貸付金", "教育総務課", 24_118, 71.2),
             ("災害援護資金貸付金", "危機管理課", 15_207, 12.6), ("水道料金", "上下水道課", 2_611_902, 98.9),
             ("病院診療費", "市民病院医事課", 412_530, 96.4)]),
]
# 目標収納率 table: debt -> (R6 現年, R6 合計 (None = from data), targets R8..R10 as (現年, 合計))
TARGETS = [
    ("市税", None, [(99.3, 97.1), (99.4, 97.3), (99.5, 97.5)]),
    ("国民健康保険税", None, [(95.4, 82.0), (95.7, 83.0), (96.0, 84.0)]),
    ("介護保険料", 99.4, [(99.5, 99.2), (99.5, 99.3), (99.6, 99.4)]),
    ("後期高齢者医療保険料", 99.8, [(99.8, 99.6), (99.9, 99.7), (99.9, 99.7)]),
    ("保育料", None, [(98.8, 90.5), (98.9, 91.0), (99.0, 91.5)]),
    ("市営住宅使用料", None, [(98.0, 83.5), (98.1, 84.0), (98.2, 84.5)]),
    ("下水道使用料", 99.1, [(99.1, 98.7), (99.2, 98.8), (99.2, 98.9)]),
    ("学校給食費", 99.6, [(99.6, 99.4), (99.7, 99.5), (99.7, 99.5)]),
]


def sheet_rows(d):
    rows = []
    for i, y in enumerate(YEARS):
        ca, aa = d["cur_a"][i], d["arr_a"][i]
        cc = int(ca * d["cur_r"][i] / 100)
        ac = int(aa * d["arr_r"][i] / 100)
        assert rate(cc, ca) == d["cur_r"][i] and rate(ac, aa) == d["arr_r"][i]
        wo = d["wo"][i]
        out = ca + aa - cc - ac - wo
        rows.append(dict(y=y, ca=ca, cc=cc, cr=d["cur_r"][i], aa=aa, ac=ac, ar=d["arr_r"][i], wo=wo, out=out,
                         ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa)))
    return rows


def overview_data():
    rnd = random.Random(37)
    groups = []
    for grp, debts in OVERVIEW:
        rows = []
        for entry in debts:
            name, dept = entry[0], entry[1]
            yrs = []
            if name in SHEETS:
                for r in sheet_rows(SHEETS[name])[2:]:
                    yrs.append(dict(a=r["ta"], c=r["tc"], r=r["tr"], wo=r["wo"], out=r["out"]))
            else:
                base_a, base_r = entry[2], entry[3]
                for k, drift in enumerate((-2, -1, 0)):
                    a = int(base_a * (1 + drift * rnd.uniform(0.01, 0.04)))
                    rr = base_r + drift * rnd.uniform(0.1, 0.6)
                    c = int(a * rr / 100)
                    wo = int((a - c) * rnd.uniform(0.03, 0.12))
                    yrs.append(dict(a=a, c=c, r=rate(c, a), wo=wo, out=a - c - wo))
            rows.append((name, dept, yrs))
        sub = []
        for k in range(3):
            a = sum(r[2][k]["a"] for r in rows)
            c = sum(r[2][k]["c"] for r in rows)
            wo = sum(r[2][k]["wo"] for r in rows)
            sub.append(dict(a=a, c=c, r=rate(c, a), wo=wo, out=a - c - wo))
        groups.append((grp, rows, sub))
    tot = []
    for k in range(3):
        a = sum(g[2][k]["a"] for g in groups)
        c = sum(g[2][k]["c"] for g in groups)
        wo = sum(g[2][k]["wo"] for g in groups)
        tot.append(dict(a=a, c=c, r=rate(c, a), wo=wo, out=a - c - wo))
    return groups, tot


def style(ws, ref, *, bold=False, size=9, align="center", fill=None, border=True, wrap=False, fmt=None):
    c = ws[ref]
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        c.border = GRID
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def put(ws, row, col, value, **kw):
    c = ws.cell(row=row, column=col, value=value)
    style(ws, c.coordinate, **kw)
    return c


def page_setup(ws, paper=9, landscape=False, fit=True, title_rows=None):
    ws.page_setup.paperSize = paper
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "藤ノ川市債権管理計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows


def build():
    facts, inits = [], []
    wb = Workbook()
    groups, tot = overview_data()
    sheet_data = {k: sheet_rows(v) for k, v in SHEETS.items()}
    ov_r6 = {name: yrs[2] for _, rows, _ in groups for name, _, yrs in rows}

    # ---------------- sheet 1: cover + 目標収納率 (page 1) ----------------
    ws = wb.active
    ws.title = "目標"
    page_setup(ws)
    widths = [22] + [8.5] * 8
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, TITLE, bold=True, size=16, align="left", border=False)
    put(ws, 2, 1, "計画期間：令和8年度～令和10年度", size=11, align="left", border=False)
    put(ws, 3, 1, "令和8年3月　藤ノ川市総務部収納対策課", size=9, align="left", border=False)
    total_out_r6 = tot[2]["out"]
    approx_oku = round(total_out_r6 / 100_000) * 100_000  # 千円 rounded to 1億円? -> 百万円 below
    man = round(total_out_r6 / 10)  # 万円
    oku, rest = divmod(man, 10_000)
    man_r = round(rest / 10) * 10
    prose_raw = f"約{oku}億{man_r:,}万円"
    prose_val = (oku * 10_000 + man_r) * 10_000
    ws.merge_cells("A5:I7")
    put(ws, 5, 1, "１　現状\n令和6年度決算における本計画の対象債権（21債権）の収入未済額は、"
        f"{prose_raw}となっています。特に強制徴収公債権の滞納繰越分の縮減が課題であり、"
        "計画期間中に次の目標収納率の達成を目指します。", size=10, align="left", border=False, wrap=True)
    ws["A5"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[5].height = 22
    ws.row_dimensions[6].height = 22
    ws.row_dimensions[7].height = 22
    facts.append(fact(None, 2024, "令和6年度", "total", "outstanding", "actual", prose_val, "yen", prose_raw, 1,
                      approx=True))
    put(ws, 9, 1, "２　目標収納率", bold=True, size=11, align="left", border=False)
    # three-row header
    r0 = 10
    for c in range(1, 10):
        for rr in range(r0, r0 + 3):
            put(ws, rr, c, None, fill=GREY)
    put(ws, r0, 1, "区分", fill=GREY)
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 2, end_column=1)
    put(ws, r0, 2, "実績", fill=GREY)
    ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=3)
    put(ws, r0, 4, "目標", fill=GREY)
    ws.merge_cells(start_row=r0, start_column=4, end_row=r0, end_column=9)
    for k, lab in enumerate(["令和6年度", "令和8年度", "令和9年度", "令和10年度"]):
        put(ws, r0 + 1, 2 + 2 * k, lab, fill=GREY)
        ws.merge_cells(start_row=r0 + 1, start_column=2 + 2 * k, end_row=r0 + 1, end_column=3 + 2 * k)
        put(ws, r0 + 2, 2 + 2 * k, "現年", fill=GREY)
        put(ws, r0 + 2, 3 + 2 * k, "合計", fill=GREY)
    yrs = [(2024, "令和6年度", "actual"), (2026, "令和8年度", "target"), (2027, "令和9年度", "target"),
           (2028, "令和10年度", "target")]
    for i, (debt, r6cur, tg) in enumerate(TARGETS):
        row = r0 + 3 + i
        if debt in sheet_data:
            r6 = sheet_data[debt][-1]
            vals = [(r6["cr"], r6["tr"])] + tg
        else:
            vals = [(r6cur, ov_r6[debt]["r"])] + tg
        put(ws, row, 1, debt, align="left")
        for k, (vc, vt) in enumerate(vals):
            put(ws, row, 2 + 2 * k, vc, align="right", fmt="0.0")
            put(ws, row, 3 + 2 * k, vt, align="right", fmt="0.0")
            fy, fyr, basis = yrs[k]
            facts.append(fact(debt, fy, fyr, "current", "collection_rate", basis, vc, "percent", f"{vc:.1f}", 1))
            facts.append(fact(debt, fy, fyr, "total", "collection_rate", basis, vt, "percent", f"{vt:.1f}", 1))
    nr = r0 + 3 + len(TARGETS)
    put(ws, nr, 1, "※単位はすべてパーセントです。", size=8.5, align="left", border=False)
    put(ws, nr + 1, 1, "※「合計」は現年分と滞納繰越分（過年度分）を合わせた収納率です。", size=8.5, align="left", border=False)
    put(ws, nr + 3, 1, "３　計画の推進", bold=True, size=11, align="left", border=False)
    ws.merge_cells(start_row=nr + 4, start_column=1, end_row=nr + 6, end_column=9)
    put(ws, nr + 4, 1, "債権所管課は、債権ごとの推進シートに定めた取組を実施し、毎年度の決算後に実績を取りまとめて"
        "債権管理推進委員会に報告する。収納対策課は、全庁の進捗を管理し、必要に応じて助言を行う。", size=10,
        align="left", border=False, wrap=True)
    ws.cell(row=nr + 4, column=1).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for rr in range(nr + 4, nr + 7):
        ws.row_dimensions[rr].height = 20

    # ---------------- sheet 2: A3 landscape overview (page 2) ----------------
    ws = wb.create_sheet("一覧")
    page_setup(ws, paper=8, landscape=True)
    cols = [4, 13, 20, 13] + [11, 11, 6.5] * 3 + [9, 11]
    for i, w in enumerate(cols):
        ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = w
    put(ws, 1, 1, "４　債権別収納状況一覧（令和4年度～令和6年度決算）", bold=True, size=12, align="left", border=False)
    put(ws, 2, 16, "（単位：千円、％）", size=8, align="right", border=False)
    ws.merge_cells(start_row=2, start_column=14, end_row=2, end_column=16)
    ws.cell(row=2, column=14).value = "（単位：千円、％）"
    style(ws, "N2", size=8, align="right", border=False)
    h1 = ["No", "債権区分", "債権名", "所管課"]
    for c, v in enumerate(h1, start=1):
        put(ws, 3, c, v, fill=GREY, size=8.5)
        put(ws, 4, c, None, fill=GREY)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ylabs = ["令和4年度", "令和5年度", "令和6年度"]
    for k, yl in enumerate(ylabs):
        c0 = 5 + 3 * k
        put(ws, 3, c0, yl, fill=GREY, size=8.5)
        put(ws, 3, c0 + 1, None, fill=GREY)
        put(ws, 3, c0 + 2, None, fill=GREY)
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
        for j, lab in enumerate(["調定額", "収入済額", "収納率"]):
            put(ws, 4, c0 + j, lab, fill=GREY, size=8.5)
    put(ws, 3, 14, "令和6年度", fill=GREY, size=8.5)
    put(ws, 3, 15, None, fill=GREY)
    ws.merge_cells(start_row=3, start_column=14, end_row=3, end_column=15)
    put(ws, 4, 14, "不納欠損額", fill=GREY, size=8.5)
    put(ws, 4, 15, "収入未済額", fill=GREY, size=8.5)
    row = 5
    no = 0
    fy3 = [(2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")]

    def emit(row, label, yrs3, debt, debt_raw, bold=False):
        for k, y in enumerate(yrs3):
            c0 = 5 + 3 * k
            put(ws, row, c0, y["a"], align="right", fmt="#,##0", size=8.5, bold=bold)
            put(ws, row, c0 + 1, y["c"], align="right", fmt="#,##0", size=8.5, bold=bold)
            put(ws, row, c0 + 2, y["r"], align="right", fmt="0.0", size=8.5, bold=bold)
            fy, fyr = fy3[k]
            facts.append(fact(debt, fy, fyr, "total", "assessed", "actual", y["a"] * 1000, "yen", f"{y['a']:,}", 2,
                              debt_raw=debt_raw))
            facts.append(fact(debt, fy, fyr, "total", "collected", "actual", y["c"] * 1000, "yen", f"{y['c']:,}", 2,
                              debt_raw=debt_raw))
            facts.append(fact(debt, fy, fyr, "total", "collection_rate", "actual", y["r"], "percent", f"{y['r']:.1f}",
                              2, debt_raw=debt_raw))
        y = yrs3[2]
        put(ws, row, 14, y["wo"], align="right", fmt="#,##0", size=8.5, bold=bold)
        put(ws, row, 15, y["out"], align="right", fmt="#,##0", size=8.5, bold=bold)
        facts.append(fact(debt, 2024, "令和6年度", "total", "written_off", "actual", y["wo"] * 1000, "yen",
                          f"{y['wo']:,}", 2, debt_raw=debt_raw))
        facts.append(fact(debt, 2024, "令和6年度", "total", "outstanding", "actual", y["out"] * 1000, "yen",
                          f"{y['out']:,}", 2, debt_raw=debt_raw))

    for grp, rows, sub in groups:
        start = row
        for name, dept, yrs3 in rows:
            no += 1
            put(ws, row, 1, no, size=8.5)
            put(ws, row, 2, grp if row == start else None, size=8.5, wrap=True)
            put(ws, row, 3, name, align="left", size=8.5)
            put(ws, row, 4, dept, align="left", size=8.5)
            emit(row, name, yrs3, name, name)
            row += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        for c in range(1, 16):
            put(ws, row, c, None, fill=PatternFill("solid", fgColor="EDEDED"), size=8.5)
        ws.cell(row=row, column=2).value = "小計"
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        emit(row, "小計", sub, None, f"小計（{grp}）", bold=True)
        for c in range(5, 16):
            ws.cell(row=row, column=c).fill = PatternFill("solid", fgColor="EDEDED")
        row += 1
    for c in range(1, 16):
        put(ws, row, c, None, fill=GREY, size=8.5)
    ws.cell(row=row, column=2).value = "合計"
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    emit(row, "合計", tot, None, "合計", bold=True)
    for c in range(5, 16):
        ws.cell(row=row, column=c).fill = GREY
    put(ws, row + 1, 1, "※収納率は、収入済額÷調定額（現年分と滞納繰越分の合計）。不納欠損額・収入未済額は令和6年度末。",
        size=8, align="left", border=False)

    # ---------------- sheets 3..: 推進シート (one page each) ----------------
    page = 3
    for debt, d in SHEETS.items():
        ws = wb.create_sheet(debt[:10])
        page_setup(ws)
        cw = [9, 11, 11, 8, 10, 10, 8, 9, 13]
        for i, w in enumerate(cw):
            ws.column_dimensions[chr(65 + i)].width = w
        put(ws, 1, 1, "５　債権ごとの推進シート", bold=True, size=11, align="left", border=False)
        ws.merge_cells("A2:E2")
        put(ws, 2, 1, f"債権名　{debt}", bold=True, size=12, align="left")
        for c in range(2, 6):
            put(ws, 2, c, None)
        ws.merge_cells("F2:I2")
        put(ws, 2, 6, f"所管課　{d['dept']}", size=10, align="left")
        for c in range(7, 10):
            put(ws, 2, c, None)
        put(ws, 4, 1, "（１）収納状況の推移", bold=True, size=10, align="left", border=False)
        ws.merge_cells("G4:I4")
        put(ws, 4, 7, "（単位：千円、％）", size=8, align="right", border=False)
        hdr = ["年度", f"調定額({d['seg_cur'][:2]}分)", f"収入済額({d['seg_cur'][:2]}分)", f"収納率（{d['seg_cur'][:2]}）",
               "調定額(滞繰分)" if d["seg_arr"] == "滞納繰越分" else "調定額(過年度分)",
               "収入済額(滞繰分)" if d["seg_arr"] == "滞納繰越分" else "収入済額(過年度分)",
               "収納率（滞繰）" if d["seg_arr"] == "滞納繰越分" else "収納率（過年度）", "不納欠損額", "収入未済額"]
        for c, v in enumerate(hdr, start=1):
            put(ws, 5, c, v, fill=GREY, size=8, wrap=True)
        ws.row_dimensions[5].height = 30
        arr_seg = "arrears"
        for i, r in enumerate(sheet_data[debt]):
            rr = 6 + i
            put(ws, rr, 1, r["y"], fmt="0", size=9)
            vals = [(r["ca"], "assessed", "current", "#,##0"), (r["cc"], "collected", "current", "#,##0"),
                    (r["cr"], "collection_rate", "current", "0.0"), (r["aa"], "assessed", arr_seg, "#,##0"),
                    (r["ac"], "collected", arr_seg, "#,##0"), (r["ar"], "collection_rate", arr_seg, "0.0"),
                    (r["wo"], "written_off", "total", "#,##0"), (r["out"], "outstanding", "total", "#,##0")]
            for c, (v, metric, seg, fm) in enumerate(vals, start=2):
                put(ws, rr, c, v, align="right", fmt=fm, size=9)
                if metric == "collection_rate":
                    facts.append(fact(debt, r["y"], str(r["y"]), seg, metric, "actual", v, "percent", f"{v:.1f}", page))
                else:
                    facts.append(fact(debt, r["y"], str(r["y"]), seg, metric, "actual", v * 1000, "yen", f"{v:,}", page))
        put(ws, 11, 1, f"※{d['seg_cur']}・{d['seg_arr']}の区分による。年度は西暦で表示。", size=8, align="left", border=False)
        # targets
        put(ws, 13, 1, "（２）目標", bold=True, size=10, align="left", border=False)
        put(ws, 14, 1, "計画期間：令和8年度～令和10年度", size=9, align="left", border=False)
        th = ["区分", None, "令和7年度", None, "令和8年度", None, "令和9年度", None, "令和10年度"]
        labs = ["区分", "", "（見込）", "", "目標", "", "目標", "", "目標"]
        # layout: label in A:B, each year in two merged columns C:D, E:F, G:H, I
        put(ws, 15, 1, "区分", fill=GREY, size=9)
        put(ws, 15, 2, None, fill=GREY)
        ws.merge_cells("A15:B15")
        ycols = [(3, 4, "令和7年度（見込）", 2025, "estimate"), (5, 6, "令和8年度", 2026, "target"),
                 (7, 8, "令和9年度", 2027, "target"), (9, 9, "令和10年度", 2028, "target")]
        for c0, c1, lab, _, _ in ycols:
            put(ws, 15, c0, lab, fill=GREY, size=8.5)
            if c1 != c0:
                put(ws, 15, c1, None, fill=GREY)
                ws.merge_cells(start_row=15, start_column=c0, end_row=15, end_column=c1)
        tvals = [d["est"]] + d["tgt"]
        rowdefs = [(16, f"収納率（{d['seg_cur'][:2]}）", 0, "current", "collection_rate"),
                   (17, "収納率（滞繰）" if d["seg_arr"] == "滞納繰越分" else "収納率（過年度）", 1, "arrears", "collection_rate"),
                   (18, "収入未済額", 2, "total", "outstanding")]
        for rr, lab, idx, seg, metric in rowdefs:
            put(ws, rr, 1, lab, align="left", size=9)
            put(ws, rr, 2, None)
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
            for (c0, c1, ylab, fy, basis), tv in zip(ycols, tvals):
                v = tv[idx]
                if metric == "collection_rate":
                    text = f"{v:.1f}%" if basis == "estimate" else f"{v:.1f}%以上"
                    facts.append(fact(debt, fy, ylab, seg, metric, basis, v, "percent", text, page))
                else:
                    text = f"{v:,}千円" if basis == "estimate" else f"{v:,}千円以下"
                    facts.append(fact(debt, fy, ylab, seg, metric, basis, v * 1000, "yen", f"{v:,}千円", page))
                put(ws, rr, c0, text, align="right", size=9)
                if c1 != c0:
                    put(ws, rr, c1, None)
                    ws.merge_cells(start_row=rr, start_column=c0, end_row=rr, end_column=c1)
        last = d["tgt"][-1]
        s1 = f"（１）{d['seg_cur']}の収納率を令和10年度までに{zen(f'{last[0]:.1f}')}％以上とする。"
        s2 = f"（２）収入未済額を令和10年度末までに{last[2]:,}千円以下に縮減する。"
        for k, s in enumerate((s1, s2)):
            ws.merge_cells(start_row=20 + k, start_column=1, end_row=20 + k, end_column=9)
            put(ws, 20 + k, 1, s, size=9.5, align="left", border=False)
        facts.append(fact(debt, 2028, "令和10年度", "current", "collection_rate", "target", last[0], "percent",
                          f"{zen(f'{last[0]:.1f}')}％", page))
        facts.append(fact(debt, 2028, "令和10年度末", "total", "outstanding", "target", last[2] * 1000, "yen",
                          f"{last[2]:,}千円", page))
        # 取組
        put(ws, 23, 1, "（３）具体的な取組", bold=True, size=10, align="left", border=False)
        heads = [("A", "B", "取組項目"), ("C", "F", "内容"), ("G", "H", "実施時期"), ("I", "I", "区分")]
        for a, b, lab in heads:
            put(ws, 24, ord(a) - 64, lab, fill=GREY, size=9)
            if a != b:
                for c in range(ord(a) - 63, ord(b) - 63):
                    put(ws, 24, c, None, fill=GREY)
                ws.merge_cells(f"{a}24:{b}24")
        for i, (lab, item, text, when, status) in enumerate(d["items"]):
            rr = 25 + i
            put(ws, rr, 1, f"{lab} {item}", align="left", size=8.5, wrap=True)
            put(ws, rr, 2, None)
            ws.merge_cells(f"A{rr}:B{rr}")
            put(ws, rr, 3, text, align="left", size=8.5, wrap=True)
            for c in range(4, 7):
                put(ws, rr, c, None)
            ws.merge_cells(f"C{rr}:F{rr}")
            put(ws, rr, 7, when, size=8.5, wrap=True)
            put(ws, rr, 8, None)
            ws.merge_cells(f"G{rr}:H{rr}")
            put(ws, rr, 9, status, size=8.5)
            ws.row_dimensions[rr].height = 36
            inits.append(initiative(debt, 2026, "具体的な取組", lab, text, status, page))
        page += 1

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "h_fujinokawa")
    return facts, inits


if __name__ == "__main__":
    facts, inits = build()
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（令和8年度～令和10年度）",
                "date": "2026-03-01", "date_raw": "令和8年3月"}
    write_gold(STEM, document, facts, inits)
    check(STEM)
