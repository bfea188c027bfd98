"""吹田市 令和５年度 債権徴収・整理計画 進捗状況（中間報告） — openpyxl → LibreOffice.

Run from corpus/dev43:  python3 build/y_suita_progress.py
Writes pdf/y_suita_progress_1.pdf and gold/y_suita_progress_1.json.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import (WORK, PDF_DIR, comma, rate, rate_str, diff_str, fact, initiative,  # noqa: E402
                      write_gold, check, zen)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break, RowBreak  # noqa: E402

STEM = "y_suita_progress_1"
CITY = "吹田市"
FY = 2023                       # 令和５年度
AS_OF = "2024-02-29"            # 令和６年２月末（閏年）
AS_OF_PREV = "2023-02-28"       # 前年同月
FONT = "IPAexGothic"

# ---------------------------------------------------------------- data (千円)
# debt, debt_raw, 所管課, 年度末見込調定(cur, arr), 見込率(cur, arr), ２月末率(cur, arr), 前年同月率(cur, arr)
DEBTS = [
    ("市税", "市税", "納税課", (78_450_000, 2_310_000), (99.12, 31.50), (93.85, 26.40), (93.52, 25.10)),
    ("国民健康保険料", "国民健康保険料", "国民健康保険課", (9_850_000, 1_480_000), (94.80, 27.40), (85.40, 22.10), (85.95, 21.40)),
    ("介護保険料", "介護保険料", "高齢福祉室", (6_120_000, 185_000), (99.05, 18.20), (93.10, 14.70), (92.88, 15.30)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "国民健康保険課", (3_960_000, 42_000), (99.60, 30.10), (94.20, 24.80), (94.31, 23.90)),
    ("保育所保育料", "保育所保育料", "保育幼稚園室", (1_020_000, 64_000), (98.70, 22.30), (92.60, 17.90), (92.10, 18.60)),
    ("住宅使用料", "市営住宅使用料", "住宅政策室", (410_000, 96_000), (97.40, 16.80), (91.30, 13.20), (91.75, 12.40)),
    ("生活保護費返還金", "生活保護費返還金", "生活福祉室", (182_000, 720_000), (41.20, 5.80), (36.50, 4.90), (35.20, 5.10)),
]
TARGET_CUR = {"市税": 99.10, "国民健康保険料": 95.00, "介護保険料": 99.00, "後期高齢者医療保険料": 99.55,
              "保育所保育料": 98.80, "住宅使用料": 97.00, "生活保護費返還金": 40.00}

SEGS = ("current", "arrears")


def build_numbers():
    rows = []
    for debt, raw, ka, adj_end, r_end, r_feb, r_prev in DEBTS:
        d = {"debt": debt, "raw": raw, "ka": ka, "seg": {}}
        for i, seg in enumerate(SEGS):
            a_end = adj_end[i]
            c_end = round(a_end * r_end[i] / 100)
            a_feb = round(a_end * (0.986 if seg == "current" else 0.998) / 100) * 100
            c_feb = round(a_feb * r_feb[i] / 100)
            a_prev = round(a_feb * 0.975)
            c_prev = round(a_prev * r_prev[i] / 100)
            d["seg"][seg] = dict(a_end=a_end, c_end=c_end, a_feb=a_feb, c_feb=c_feb,
                                 a_prev=a_prev, c_prev=c_prev)
        tot = {k: d["seg"]["current"][k] + d["seg"]["arrears"][k] for k in d["seg"]["current"]}
        d["seg"]["total"] = tot
        rows.append(d)
    total = {"debt": None, "raw": "合計", "seg": {}}
    for seg in ("current", "arrears", "total"):
        total["seg"][seg] = {k: sum(r["seg"][seg][k] for r in rows) for k in rows[0]["seg"][seg]}
    return rows, total


ROWS, TOTAL = build_numbers()


def rates(s):
    return dict(feb=rate(s["c_feb"], s["a_feb"]), prev=rate(s["c_prev"], s["a_prev"]),
                end=rate(s["c_end"], s["a_end"]))


# three years of settled results (千円), 計 only: (adjusted, collected, written_off)
HIST = {
    "市税": [(76_980_400, 75_102_300, 98_500), (77_615_200, 75_911_800, 91_300), (78_102_900, 76_553_400, 84_700)],
    "国民健康保険料": [(10_412_600, 9_203_700, 158_200), (10_188_300, 9_066_900, 149_600), (10_021_500, 8_967_300, 140_900)],
    "介護保険料": [(5_946_100, 5_852_400, 21_800), (6_012_700, 5_924_300, 20_100), (6_088_400, 6_003_900, 19_400)],
    "生活保護費返還金": [(918_300, 102_600, 61_200), (903_800, 98_400, 57_900), (897_200, 95_800, 52_300)],
}
HIST_YEARS = [(2020, "R2"), (2021, "令和3年度"), (2022, "4年度")]

# initiatives: (これまでの取組実績 items, 年度末までの取組 items(text, tag or None, tag_on_own_line))
INITS = {
    "市税": (
        ["現年度分の未納者に対し、納期限後２０日以内に督促状を発送し、電話催告を集中的に実施した（催告件数 8,412件）。",
         "預貯金等の財産調査を電子照会で行い、差押えを執行した（差押件数 1,026件）。"],
        [("出納整理期間を見据え、滞納額１００万円以上の高額滞納者への納付折衝を徹底する。", "継続", False),
         ("スマートフォン決済アプリによる納付の周知を強化する。", "拡充", False),
         ("滞納繰越分について、執行停止の判定を年度内に完了させる。", "新規", True)]),
    "国民健康保険料": (
        ["資格喪失世帯に対し、文書催告を実施した。",
         "短期被保険者証の更新時に納付相談を行った（相談件数 1,358件）。"],
        [("新規加入世帯へ口座振替依頼書を送付し、口座振替の原則化を進める。", "継続", False),
         ("滞納世帯の財産調査を行い、給与・預金の差押えを進める。", "継続", False),
         ("委託コールセンターによる夜間電話催告を２月・３月に追加実施する。", "新規", False)]),
    "介護保険料": (
        ["普通徴収の未納者に対し、催告書を２回送付した。"],
        [("年金からの特別徴収への切替えを速やかに行う。", "継続", False),
         ("長期滞納者に対し、給付制限の事前通知を送付する。", "継続", True)]),
    "後期高齢者医療保険料": (
        ["督促状発送後、未納者への電話催告を実施した。"],
        [("大阪府後期高齢者医療広域連合と連携し、口座振替を勧奨する。", "継続", False)]),
    "保育所保育料": (
        ["児童手当からの申出徴収を実施した（申出件数 214件）。"],
        [("退所者の滞納分について、支払督促の申立てを行う。", "新規", False),
         ("在園児の保護者との面談により、分納計画を見直す。", "継続", False)]),
    "住宅使用料": (
        ["３か月以上の滞納者について、連帯保証人へ通知した。"],
        [("長期滞納者に対し、明渡し請求訴訟を提起する。", "継続", False),
         ("退去者の滞納分について、債権回収業者への委託を拡大する。", "拡充", True)]),
    "生活保護費返還金": (
        ["保護受給中の返還者に対し、保護費からの調整徴収を実施した。"],
        [("保護廃止者の居所調査を行い、納付を促す。", "継続", False),
         ("分納不履行者に対し、文書催告を行う。", "新規", False)]),
}

# ---------------------------------------------------------------- styles
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
R = Alignment(horizontal="right", vertical="center")
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
LT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def f(size=10, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, cell, value, align=None, font=None, border=True, fill=None):
    c = ws[cell]
    c.value = value
    c.alignment = align or L
    c.font = font or f()
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value, align=C, font=None, fill=None):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, align, font, fill=fill)
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX
            if fill:
                ws.cell(row=r, column=c).fill = fill


def page_setup(ws, landscape, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.left.text = "令和５年度 債権徴収・整理計画 進捗状況（中間報告）"
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "吹田市 税務部 債権管理室"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows


# ---------------------------------------------------------------- build workbook + facts
facts: list = []
inits: list = []
tables: list = []


def F(page, d, seg, metric, basis, value, unit, raw, fy=FY, fy_raw="令和５年度", as_of=None):
    debt = d["debt"] if d else None
    draw = d["raw"] if d else None
    facts.append(fact(debt=debt, debt_raw=draw, fy=fy, fy_raw=fy_raw, segment=seg, metric=metric,
                      basis=basis, value=value, unit=unit, raw=raw, page=page, as_of=as_of))


def yen(k):
    return k * 1000


wb = Workbook()

# ======== Sheet 1: 総括 (portrait) — page 1
ws = wb.active
ws.title = "総括"
page_setup(ws, landscape=False)
widths = {"A": 22, "B": 11, "C": 11, "D": 11, "E": 11, "F": 10, "G": 10}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
put(ws, "A1", "令和５年度 債権徴収・整理計画の進捗状況について（中間報告）", Alignment(horizontal="center"), f(14, True), border=False)
ws.merge_cells("A1:G1")
put(ws, "E2", "令和６年２月末現在", Alignment(horizontal="right"), f(10), border=False)
ws.merge_cells("E2:G2")
put(ws, "A4", "１　概要", None, f(11, True), border=False)
put(ws, "A5", "　吹田市債権管理条例に基づき策定した令和５年度債権徴収・整理計画について、主要７債権の令和６年２月末時点における収納状況を取りまとめました。",
    LT, f(10), border=False)
ws.merge_cells("A5:G6")
ws.row_dimensions[5].height = 18
ws.row_dimensions[6].height = 18

tc, tp = TOTAL["seg"]["current"], TOTAL["seg"]["arrears"]
tt = TOTAL["seg"]["total"]
put(ws, "A8", "【徴収率】令和６年２月末時点（主要７債権合計）", None, f(10.5, True), border=False)
ws.merge_cells("A8:E8")
put(ws, "F8", "単位：％", Alignment(horizontal="right"), f(9), border=False)
ws.merge_cells("F8:G8")
r = 9
for seg, label in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合　計")):
    rr = rates(TOTAL["seg"][seg])
    txt = f"・{label}　　{rate_str(rr['feb'])}（前年同月 {rate_str(rr['prev'])}）"
    put(ws, f"A{r}", txt, L, f(10.5), border=False)
    ws.merge_cells(f"A{r}:E{r}")
    F(1, None, seg, "collection_rate", "interim", rr["feb"], "percent", rate_str(rr["feb"]), as_of=AS_OF,
      fy_raw="令和６年２月末")
    F(1, None, seg, "collection_rate", "interim", rr["prev"], "percent", rate_str(rr["prev"]), fy=FY - 1,
      fy_raw="前年同月", as_of=AS_OF_PREV)
    r += 1

# table 1
put(ws, "A13", "２　債権別徴収率の状況", None, f(11, True), border=False)
put(ws, "A14", "表１　主要債権の徴収率（２月末時点）", None, f(10, True), border=False)
ws.merge_cells("A14:E14")
put(ws, "F14", "（単位：％）", Alignment(horizontal="right"), f(9), border=False)
ws.merge_cells("F14:G14")
merge(ws, "A15:A16", "債　権　名", fill=HEAD_FILL, font=f(10, True))
merge(ws, "B15:C15", "令和６年２月末", fill=HEAD_FILL, font=f(10, True))
merge(ws, "D15:E15", "令和５年２月末", fill=HEAD_FILL, font=f(10, True))
merge(ws, "F15:G15", "差", fill=HEAD_FILL, font=f(10, True))
for col, lab in zip("BCDEFG", ["現年度分", "滞納繰越分"] * 3):
    put(ws, f"{col}16", lab, C, f(9, True), fill=HEAD_FILL)
t1 = [["債権名", "令和６年２月末 現年度分", "令和６年２月末 滞納繰越分", "令和５年２月末 現年度分",
       "令和５年２月末 滞納繰越分", "差 現年度分", "差 滞納繰越分"]]
r = 17
for d in ROWS + [TOTAL]:
    is_tot = d is TOTAL
    fill = TOT_FILL if is_tot else None
    put(ws, f"A{r}", "合　計" if is_tot else d["raw"], L, f(10, is_tot), fill=fill)
    rowvals = []
    cells = []
    for seg in SEGS:
        rr = rates(d["seg"][seg])
        cells.append((seg, rr))
    vals = [rate_str(cells[0][1]["feb"]), rate_str(cells[1][1]["feb"]),
            rate_str(cells[0][1]["prev"]), rate_str(cells[1][1]["prev"])]
    diffs = [round(cells[0][1]["feb"] - cells[0][1]["prev"], 2), round(cells[1][1]["feb"] - cells[1][1]["prev"], 2)]
    vals += [diff_str(diffs[0]), diff_str(diffs[1])]
    for col, v in zip("BCDEFG", vals):
        put(ws, f"{col}{r}", v, R, f(10, is_tot), fill=fill)
    for (seg, rr), i in zip(cells, (0, 1)):
        F(1, d, seg, "collection_rate", "interim", rr["feb"], "percent", rate_str(rr["feb"]), as_of=AS_OF,
          fy_raw="令和６年２月末")
        F(1, d, seg, "collection_rate", "interim", rr["prev"], "percent", rate_str(rr["prev"]), fy=FY - 1,
          fy_raw="令和５年２月末", as_of=AS_OF_PREV)
        F(1, d, seg, "difference", "interim", diffs[i], "points", diff_str(diffs[i]), as_of=AS_OF,
          fy_raw="差")
    t1.append([d["raw"]] + vals)
    r += 1
tables.append({"page": 1, "bbox": None, "rows": t1})
put(ws, f"A{r}", "※ 差は令和６年２月末の徴収率から令和５年２月末（前年同月）の徴収率を差し引いたもの（ポイント）。△はマイナス。",
    L, f(8.5), border=False)
ws.merge_cells(f"A{r}:G{r}")
ws.row_dimensions[r].height = 26
r += 2
put(ws, f"A{r}", "３　今後の進め方", None, f(11, True), border=False)
r += 1
put(ws, f"A{r}", "　出納整理期間（４月～５月）を含めた年度末に向けて、各債権所管課において別紙の取組を進め、年度当初に設定した目標徴収率の達成を目指します。",
    LT, f(10), border=False)
ws.merge_cells(f"A{r}:G{r+1}")
ws.row_dimensions[r].height = 18
ws.row_dimensions[r + 1].height = 18

# ======== Sheet 2: 債権別 (landscape) — pages 2-3, header repeated
ws = wb.create_sheet("債権別")
page_setup(ws, landscape=True, title_rows="3:5")
for k, v in {"A": 20, "B": 11, "C": 14, "D": 14, "E": 14, "F": 14, "G": 14, "H": 11}.items():
    ws.column_dimensions[k].width = v
put(ws, "A1", "表２　債権別の収納状況（２月末時点及び年度末見込）", None, f(12, True), border=False)
ws.merge_cells("A1:F1")
put(ws, "G1", "（単位：千円、％）", Alignment(horizontal="right"), f(9), border=False)
ws.merge_cells("G1:H1")
merge(ws, "A3:A5", "債権名", fill=HEAD_FILL, font=f(10, True))
merge(ws, "B3:B5", "区分", fill=HEAD_FILL, font=f(10, True))
merge(ws, "C3:E3", "２月末時点", fill=HEAD_FILL, font=f(10, True))
merge(ws, "F3:H3", "年度末（見込）", fill=HEAD_FILL, font=f(10, True))
merge(ws, "C4:C5", "調定額", fill=HEAD_FILL, font=f(9.5, True))
merge(ws, "D4:D5", "収入済額\n（徴収率）", fill=HEAD_FILL, font=f(9.5, True))
merge(ws, "E4:E5", "収入未済額", fill=HEAD_FILL, font=f(9.5, True))
merge(ws, "F4:F5", "調定額", fill=HEAD_FILL, font=f(9.5, True))
merge(ws, "G4:G5", "収入済額", fill=HEAD_FILL, font=f(9.5, True))
merge(ws, "H4:H5", "徴収率", fill=HEAD_FILL, font=f(9.5, True))
ws.row_dimensions[4].height = 16
ws.row_dimensions[5].height = 16
r = 6
t2 = [["債権名", "区分", "２月末時点 調定額", "２月末時点 収入済額（徴収率）", "２月末時点 収入未済額",
       "年度末（見込） 調定額", "年度末（見込） 収入済額", "年度末（見込） 徴収率"]]
BREAK_AFTER_DEBT = 4     # page 2 holds the first four debts
for idx, d in enumerate(ROWS + [TOTAL]):
    page = 2 if idx < BREAK_AFTER_DEBT else 3
    is_tot = d is TOTAL
    fill = TOT_FILL if is_tot else None
    merge(ws, f"A{r}:A{r+2}", "合　計" if is_tot else d["raw"], align=L, font=f(10, is_tot), fill=fill)
    for j, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        s = d["seg"][seg]
        rr = rates(s)
        rowfill = TOT_FILL if (is_tot or seg == "total") else None
        put(ws, f"B{r+j}", lab, C, f(9.5), fill=rowfill)
        unc = s["a_feb"] - s["c_feb"]
        vals = [comma(s["a_feb"]), f"{comma(s['c_feb'])}\n({rate_str(rr['feb'])})", comma(unc),
                comma(s["a_end"]), comma(s["c_end"]), rate_str(rr["end"])]
        for col, v in zip("CDEFGH", vals):
            put(ws, f"{col}{r+j}", v, Alignment(horizontal="right", vertical="center", wrap_text=True),
                f(9.5), fill=rowfill)
        ws.row_dimensions[r + j].height = 28
        t2.append([d["raw"], lab] + vals)
        kw = dict(as_of=AS_OF, fy_raw="２月末時点")
        F(page, d, seg, "assessed", "interim", yen(s["a_feb"]), "yen", comma(s["a_feb"]), **kw)
        F(page, d, seg, "collected", "interim", yen(s["c_feb"]), "yen", comma(s["c_feb"]), **kw)
        F(page, d, seg, "collection_rate", "interim", rr["feb"], "percent", rate_str(rr["feb"]), **kw)
        F(page, d, seg, "outstanding", "interim", yen(unc), "yen", comma(unc), **kw)
        kw = dict(fy_raw="年度末（見込）")
        F(page, d, seg, "assessed", "estimate", yen(s["a_end"]), "yen", comma(s["a_end"]), **kw)
        F(page, d, seg, "collected", "estimate", yen(s["c_end"]), "yen", comma(s["c_end"]), **kw)
        F(page, d, seg, "collection_rate", "estimate", rr["end"], "percent", rate_str(rr["end"]), **kw)
    r += 3
    if idx == BREAK_AFTER_DEBT - 1:
        ws.row_breaks.append(Break(id=r - 1))
tables.append({"page": 2, "bbox": None, "rows": t2})
put(ws, f"A{r}", "※ ２月末時点の調定額は、２月末までに調定した額。年度末見込は出納整理期間（５月末）までの見込額。",
    L, f(8.5), border=False)
ws.merge_cells(f"A{r}:H{r}")

# ======== Sheet 3: 決算推移 (portrait) — page 4, long format
ws = wb.create_sheet("決算推移")
page_setup(ws, landscape=False)
for k, v in {"A": 20, "B": 11, "C": 13, "D": 13, "E": 11, "F": 12, "G": 9}.items():
    ws.column_dimensions[k].width = v
put(ws, "A1", "表３　主要債権の決算状況の推移（現年度分・滞納繰越分の計）", None, f(11.5, True), border=False)
ws.merge_cells("A1:G1")
put(ws, "E2", "（単位：千円、％）", Alignment(horizontal="right"), f(9), border=False)
ws.merge_cells("E2:G2")
heads = ["債権名", "年度", "調定額※1", "収入済額", "不納欠損額", "収入未済額", "徴収率"]
for col, h in zip("ABCDEFG", heads):
    put(ws, f"{col}3", h, C, f(9.5, True), fill=HEAD_FILL)
t3 = [heads]
r = 4
DMAP = {d["debt"]: d for d in ROWS}
for debt, hist in HIST.items():
    d = DMAP[debt]
    for (fy, fy_raw), (a, c, w) in zip(HIST_YEARS, hist):
        u = a - c - w
        rt = rate(c, a)
        craw = comma(c) + ("※2" if (debt == "市税" and fy == 2020) else "")
        rraw = rate_str(rt) + ("※2" if (debt == "市税" and fy == 2020) else "")
        uraw = comma(u) + ("※3" if (debt == "生活保護費返還金" and fy == 2022) else "")
        vals = [comma(a), craw, comma(w), uraw, rraw]
        zebra = PatternFill("solid", fgColor="F7F7F7") if fy == 2021 else None
        put(ws, f"A{r}", d["raw"], L, f(9.5), fill=zebra)
        put(ws, f"B{r}", fy_raw, C, f(9.5), fill=zebra)
        for col, v in zip("CDEFG", vals):
            put(ws, f"{col}{r}", v, R, f(9.5), fill=zebra)
        t3.append([d["raw"], fy_raw] + vals)
        kw = dict(fy=fy, fy_raw=fy_raw)
        F(4, d, "total", "assessed", "actual", yen(a), "yen", comma(a), **kw)
        F(4, d, "total", "collected", "actual", yen(c), "yen", craw, **kw)
        F(4, d, "total", "written_off", "actual", yen(w), "yen", comma(w), **kw)
        F(4, d, "total", "outstanding", "actual", yen(u), "yen", uraw, **kw)
        F(4, d, "total", "collection_rate", "actual", rt, "percent", rraw, **kw)
        r += 1
tables.append({"page": 4, "bbox": None, "rows": t3})
r += 1
SEIHO_78 = 412_356
notes = [
    "※1 調定額は、還付未済額を含まない。",
    "※2 新型コロナウイルス感染症に係る徴収猶予の特例により猶予した額の収納分を含む。",
    f"※3 生活保護費返還金の収入未済額のうち、生活保護法第78条に基づく徴収金は {comma(SEIHO_78)}千円（令和４年度末）である。",
    "注 「R2」は令和２年度を示す。年度の表記は財務会計システムの出力による。",
]
for n in notes:
    put(ws, f"A{r}", n, L, f(8.5), border=False)
    ws.merge_cells(f"A{r}:G{r}")
    ws.row_dimensions[r].height = 24 if len(n) > 45 else 15
    r += 1
F(4, DMAP["生活保護費返還金"], "total", "outstanding", "actual", yen(SEIHO_78), "yen", f"{comma(SEIHO_78)}千円",
  fy=2022, fy_raw="令和４年度末")
facts[-1]["debt_raw"] = "生活保護法第78条に基づく徴収金"

# ======== Sheet 4: 取組状況 (landscape) — page 5 (and 6 if long)
ws = wb.create_sheet("取組状況")
page_setup(ws, landscape=True, title_rows="3:3")
for k, v in {"A": 16, "B": 34, "C": 40, "D": 10, "E": 9, "F": 7}.items():
    ws.column_dimensions[k].width = v
put(ws, "A1", "表４　債権別の取組状況と年度末の見通し", None, f(12, True), border=False)
ws.merge_cells("A1:D1")
put(ws, "E1", "（単位：％）", Alignment(horizontal="right"), f(9), border=False)
ws.merge_cells("E1:F1")
heads = ["債権名", "これまでの取組実績（２月末まで）", "年度末までの取組", "目標徴収率\n（現年度分）", "見込\n（現年度分）", "達成\n見込"]
for col, h in zip("ABCDEF", heads):
    put(ws, f"{col}3", h, C, f(9.5, True), fill=HEAD_FILL)
ws.row_dimensions[3].height = 30
CIRC = "①②③④⑤"
r = 4
page_of_row = {}
t4 = [heads]
for i, d in enumerate(ROWS):
    page = 5 if i < 4 else 6
    done, todo = INITS[d["debt"]]
    done_txt = "\n".join(CIRC[k] + t for k, t in enumerate(done))
    todo_lines = []
    for k, (t, tag, own) in enumerate(todo):
        todo_lines.append(CIRC[k] + t + ("\n" if own else "") + f"【{tag}】")
    todo_txt = "\n".join(todo_lines)
    tgt = TARGET_CUR[d["debt"]]
    est = rates(d["seg"]["current"])["end"]
    ok = "○" if est >= tgt else "×"
    put(ws, f"A{r}", d["raw"], L, f(10))
    put(ws, f"B{r}", done_txt, LT, f(9))
    put(ws, f"C{r}", todo_txt, LT, f(9))
    put(ws, f"D{r}", rate_str(tgt), R, f(9.5))
    put(ws, f"E{r}", rate_str(est), R, f(9.5))
    put(ws, f"F{r}", ok, C, f(11))
    nlines = max(len(done) * 2, len(todo) * 2 + sum(1 for t in todo if t[2]))
    ws.row_dimensions[r].height = max(44, 15 * nlines)
    t4.append([d["raw"], done_txt, todo_txt, rate_str(tgt), rate_str(est), ok])
    F(page, d, "current", "collection_rate", "target", tgt, "percent", rate_str(tgt), fy_raw="令和５年度")
    F(page, d, "current", "collection_rate", "estimate", est, "percent", rate_str(est), fy_raw="令和５年度")
    for k, t in enumerate(done):
        inits.append(initiative(debt=d["debt"], debt_raw=d["raw"], fy=FY, section="これまでの取組実績（２月末まで）",
                                label=CIRC[k], text=t, status=None, page=page))
    for k, (t, tag, own) in enumerate(todo):
        inits.append(initiative(debt=d["debt"], debt_raw=d["raw"], fy=FY, section="年度末までの取組",
                                label=CIRC[k], text=t, status=tag, page=page))
    r += 1
    if i == 3:
        ws.row_breaks.append(Break(id=r - 1))
tables.append({"page": 5, "bbox": None, "rows": t4})
put(ws, f"A{r}", "※ 見込は年度末（出納整理期間終了時）の見込徴収率。達成見込欄は、見込が目標以上のものを「○」、目標に届かないものを「×」としている。",
    L, f(8.5), border=False)
ws.merge_cells(f"A{r}:F{r}")

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)

# ---------------------------------------------------------------- convert
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)],
               check=True, capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
shutil.copy(WORK / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")

document = {"kind": "progress_report", "family": "progress", "municipality": CITY,
            "title": "令和５年度 債権徴収・整理計画の進捗状況について（中間報告）",
            "date": AS_OF, "date_raw": "令和６年２月末現在"}
write_gold(STEM, document, facts, inits, tables)
sys.exit(1 if check(STEM) else 0)
