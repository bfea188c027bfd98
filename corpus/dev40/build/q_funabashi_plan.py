"""船橋市債権管理計画（推進シート） — openpyxl -> LibreOffice Calc.

Run from corpus/dev40:  python3 build/q_funabashi_plan.py
"""
from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, ColBreak

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import F, ROOT, WORK, comma, rate, soffice_pdf, write_gold, zen  # noqa: E402

STEM = "q_funabashi_plan_1"
FONT = "IPAexGothic"
HEADER = "船橋市債権管理計画（令和７年度～令和１１年度）"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")

facts: list[dict] = []
inits: list[dict] = []

# ------------------------------------------------------------------ data for the 推進シート (円)
YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]
SHEETS = [
    dict(no="3-1", debt="市税", raw="市税", ka="納税課・債権管理課",
         outline="【強制徴収公債権】時効期間：５年　地方税法及び船橋市市税条例に基づき賦課徴収する個人市民税、法人市民税、"
                 "固定資産税、軽自動車税等",
         cur_ass=[62845312400, 61902118300, 63115420900, 64208733100, 65012884600],
         cur_r=[99.02, 98.71, 99.10, 99.18, 99.24],
         arr_ass0=2412886300, arr_r=[28.35, 27.12, 31.40, 33.05, 34.22],
         wo=[198442100, 176305800, 165220400, 142874600, 121508300],
         prev_tgt=[(99.00, 30.00), (99.10, 31.50), (99.20, 33.00)],
         tgt_cur=[99.26, 99.28, 99.30, 99.32, 99.35], tgt_arr=[35.00, 35.50, 36.00, 36.50, 37.00],
         tgt_out=[1520000000, 1480000000, 1440000000, 1400000000, 1360000000],
         items=[("(1)", "現年課税分の滞納者に対し、納期限後２０日以内に督促状を送付し、反応のない者には翌月に文書及びＳＭＳによる催告を行う。", "継続"),
                ("(2)", "預貯金等照会の電子化を活用し、財産調査から差押えまでを原則３か月以内に行う。", "拡充"),
                ("(3)", "地方税統一ＱＲコードを活用したキャッシュレス納付の周知を、納税通知書の同封チラシ及び市ホームページで行う。", "新規")]),
    dict(no="3-2", debt="国民健康保険料", raw="国民健康保険料", ka="国民健康保険課",
         outline="【強制徴収公債権】時効期間：２年　国民健康保険法第76条に基づき、国民健康保険事業に要する費用に充てるため世帯主から徴収する保険料",
         cur_ass=[9845210600, 9612448300, 9501336200, 9388120500, 9215774800],
         cur_r=[93.12, 93.85, 94.40, 94.96, 95.21],
         arr_ass0=2845332100, arr_r=[18.20, 19.55, 21.30, 22.85, 24.10],
         wo=[410225800, 356118200, 301442700, 275906300, 248113500],
         prev_tgt=[(94.20, 21.00), (94.80, 22.50), (95.40, 24.00)],
         tgt_cur=[95.40, 95.60, 95.80, 96.00, 96.20], tgt_arr=[25.00, 26.00, 27.00, 28.00, 29.00],
         tgt_out=[1180000000, 1120000000, 1060000000, 1000000000, 940000000],
         items=[("(1)", "新規加入世帯に対し、加入手続の窓口で口座振替の申込みを原則として受け付ける。", "継続"),
                ("(2)", "初期滞納世帯への対応を強化する。ア　納期限後の早期にＳＭＳ及び電話による催告を行う。", "拡充"),
                ("イ", "分納誓約の不履行世帯には、２か月以内に財産調査を行う。", "継続"),
                ("(3)", "資格の重複が疑われる世帯を調査し、他の医療保険への加入が確認できた場合は資格喪失の届出を勧奨する。", "新規")]),
    dict(no="3-3", debt="市営住宅使用料", raw="市営住宅使用料", ka="住宅政策課",
         outline="【私債権】時効期間：５年（民法）　船橋市営住宅条例に基づき入居者から徴収する家賃",
         cur_ass=[1382440200, 1371208600, 1365902300, 1352118700, 1344806900],
         cur_r=[96.10, 96.32, 96.55, 96.71, 96.90],
         arr_ass0=205118400, arr_r=[14.20, 15.05, 15.60, 16.35, 17.12],
         wo=[8214300, 6930500, 7412800, 5981200, 6204700],
         prev_tgt=[(96.50, 15.00), (96.70, 16.00), (96.90, 17.00)],
         tgt_cur=[97.00, 97.10, 97.20, 97.30, 97.40], tgt_arr=[17.50, 18.00, 18.50, 19.00, 19.50],
         tgt_out=[225000000, 220000000, 215000000, 210000000, 205000000],
         items=[("(1)", "滞納が２か月に達した入居者には、指定管理者と連携して訪問による納付指導を行う。", "継続"),
                ("(2)", "６か月以上の滞納者で納付誓約に応じない者には、明渡し及び滞納家賃の支払を求める訴えを提起する。", "継続"),
                ("(3)", "退去者の滞納家賃については、連帯保証人への請求を退去後３か月以内に行う。", "拡充")]),
]


def compute(sd):
    rows = []
    arr_ass = sd["arr_ass0"]
    for i in range(5):
        ca = sd["cur_ass"][i]
        cc = round(ca * sd["cur_r"][i] / 100)
        aa = arr_ass
        ac = round(aa * sd["arr_r"][i] / 100)
        assert rate(cc, ca, 2) == sd["cur_r"][i] and rate(ac, aa, 2) == sd["arr_r"][i]
        ta, tc = ca + aa, cc + ac
        wo = sd["wo"][i]
        out = ta - tc - wo
        rows.append(dict(ca=ca, cc=cc, cr=rate(cc, ca, 2), aa=aa, ac=ac, ar=rate(ac, aa, 2),
                         ta=ta, tc=tc, tr=rate(tc, ta, 2), wo=wo, out=out))
        arr_ass = out
    return rows


for sd in SHEETS:
    sd["rows"] = compute(sd)

# ------------------------------------------------------------------ 表2-1 収入未済額 (千円)
T_YEARS = [(2017, "平成29年度", "(2017年度)"), (2018, "平成30年度", "(2018年度)"), (2019, "令和元年度", "(2019年度)"),
           (2020, "令和２年度", "(2020年度)"), (2021, "令和３年度", "(2021年度)"), (2022, "令和４年度", "(2022年度)"),
           (2023, "令和５年度", "(2023年度)")]


def from_sheet(debt):
    sd = next(s for s in SHEETS if s["debt"] == debt)
    return [round(r["out"] / 1000) for r in sd["rows"]]


T_ROWS = [
    ("一般会計", "市税", "市税", [2315406, 2201877] + from_sheet("市税")),
    ("一般会計", "生活保護費返還金", "生活保護費返還金※３", [512208, 538116, 556430, 571942, 560318, 548107, 539226]),
    ("一般会計", "市営住宅使用料", "市営住宅使用料※４", [212940, 208301] + from_sheet("市営住宅使用料")),
    ("一般会計", None, "小計", None),
    ("国民健康保険事業特別会計", "国民健康保険料", "国民健康保険料", [3102556, 2990418] + from_sheet("国民健康保険料")),
    ("介護保険事業特別会計", "介護保険料", "介護保険料", [268315, 262004, 251877, 240196, 236512, 228047, 219635]),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", [45228, 47302, 48811, 50126, 49874, 51209, 52338]),
    (None, None, "合計", None),
]
sub = [sum(r[3][i] for r in T_ROWS[:3]) for i in range(7)]
T_ROWS[3] = ("一般会計", None, "小計", sub)
tot = [sub[i] + sum(r[3][i] for r in T_ROWS[4:7]) for i in range(7)]
T_ROWS[7] = (None, None, "合計", tot)


def oku_man(v_senyen):
    """千円 -> '約62億4,500万円' style (rounded to 100万円) and its yen value."""
    man = round(v_senyen / 10 / 100) * 100        # 万円, rounded to 100万円
    oku, rest = divmod(man, 10000)
    return f"約{zen(str(oku))}億{zen(format(rest, ','))}万円", man * 10000


# ------------------------------------------------------------------ sheet helpers
def cell(ws, ref, value, *, size=10, bold=False, h="left", v="center", wrap=True, fill=None, border=False,
         rot=0):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
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


def merge(ws, rng, value, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    border = kw.pop("border", False)
    fill = kw.get("fill")
    cell(ws, first, value, **kw)
    if border:
        box_range(ws, rng, fill)


def height_for(text, width_units, size=10, line=1.45):
    per_line = max(1, int(width_units * 7.0 / (size * 1.36)))
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))
    return lines * size * line + 6


def setup(ws, landscape=False, footer=True, fit=True):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.7
    ws.page_margins.header, ws.page_margins.footer = 0.3, 0.3
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    if footer:
        ws.oddFooter.center.text = "－ &P －"
        ws.oddFooter.center.size = 9
        ws.oddHeader.right.text = HEADER
        ws.oddHeader.right.size = 8
    ws.sheet_view.showGridLines = False


# ------------------------------------------------------------------ sheets
def cover(wb):
    ws = wb.active
    ws.title = "表紙"
    setup(ws, footer=False)
    ws.column_dimensions["A"].width = 90
    for r in range(1, 40):
        ws.row_dimensions[r].height = 20
    cell(ws, "A10", "船橋市債権管理計画", size=28, bold=True, h="center")
    ws.row_dimensions[10].height = 44
    cell(ws, "A12", "（令和７年度～令和１１年度）", size=16, h="center")
    ws.row_dimensions[12].height = 28
    cell(ws, "A30", "令和７年３月", size=14, h="center")
    cell(ws, "A32", "船　橋　市", size=16, bold=True, h="center")
    cell(ws, "A33", "財政局税務部債権管理課", size=11, h="center")


def toc(wb):
    ws = wb.create_sheet("目次")
    setup(ws)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 8
    cell(ws, "B2", "目　　次", size=16, bold=True, h="center")
    ws.row_dimensions[2].height = 36
    entries = [("第１章　計画の概要", "3", True), ("1-1　計画策定の趣旨", "3", False), ("1-2　計画の期間", "3", False),
               ("1-3　対象債権", "3", False), ("1-4　前計画の成果", "3", False),
               ("第２章　債権の現状", "4", True), ("2-1　収入未済額の推移（表2-1）", "4", False),
               ("第３章　債権別推進シート", "6", True), ("3-1　市税", "6", False), ("3-2　国民健康保険料", "7", False),
               ("3-3　市営住宅使用料", "8", False)]
    r = 4
    for text, pg, top in entries:
        cell(ws, f"B{r}", ("" if top else "　　") + text + " " + "・" * (34 - len(text) - (0 if top else 2)),
             size=11, bold=top, wrap=False)
        cell(ws, f"C{r}", pg, size=11, h="right")
        ws.row_dimensions[r].height = 24
        r += 1


def chapter1(wb):
    ws = wb.create_sheet("第1章")
    setup(ws)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 4
    ws.column_dimensions["C"].width = 70
    r19 = tot[2]
    r23 = tot[6]
    t19, v19 = oku_man(r19)
    t23, v23 = oku_man(r23)
    dec_txt, dec_v = oku_man(r19 - r23)
    pct = round((r19 - r23) / r19 * 100, 1)
    facts.append(F(None, "対象債権", 2019, "令和元年度末", "total", "outstanding", "actual", v19, "yen", t19,
                   approx=True, page=3))
    facts.append(F(None, "対象債権", 2023, "令和５年度末", "total", "outstanding", "actual", v23, "yen", t23,
                   approx=True, page=3))
    lines = [
        ("第１章　計画の概要", 0, 14, True),
        ("1-1　計画策定の趣旨", 0, 11.5, True),
        ("本市では、平成30年４月に船橋市債権管理条例を施行し、全庁的な債権管理の適正化に取り組んできた。市税をはじめとする"
         "各債権の収入未済額は減少傾向にあるものの、依然として多額であり、負担の公平性の確保と財源の確保の観点から、"
         "引き続き計画的な取組が求められる。このため、前計画の成果と課題を踏まえ、本計画を策定する。", 1, 10.5, False),
        ("1-2　計画の期間", 0, 11.5, True),
        ("令和７年度（2025年度）から令和11年度（2029年度）までの５年間とする。", 1, 10.5, False),
        ("1-3　対象債権", 0, 11.5, True),
        ("令和５年度決算において収入未済額がある債権のうち、次に掲げるものを推進シートの対象とする。", 1, 10.5, False),
        ("(1)　強制徴収公債権", 1, 10.5, False),
        ("ア　市税　　イ　国民健康保険料　　ウ　介護保険料　　エ　後期高齢者医療保険料", 2, 10.5, False),
        ("(2)　非強制徴収公債権及び私債権", 1, 10.5, False),
        ("ア　生活保護費返還金　　イ　市営住宅使用料", 2, 10.5, False),
        ("1-4　前計画の成果", 0, 11.5, True),
        (f"前計画（令和２年度～令和６年度）の取組により、対象債権の収入未済額は、令和元年度末の{t19}から"
         f"令和５年度末には{t23}へと、{dec_txt}（{zen(f'{pct:.1f}')}％）減少した。", 1, 10.5, False),
        ("一方で、国民健康保険料及び生活保護費返還金は、滞納繰越分の収納率が低い水準にとどまっており、初期滞納への"
         "早期対応と、回収が見込めない債権の適正な整理を両輪として進める必要がある。", 1, 10.5, False),
    ]
    r = 2
    for text, lvl, size, bold in lines:
        if lvl == 0:
            ws.merge_cells(f"A{r}:C{r}")
            cell(ws, f"A{r}", text, size=size, bold=bold)
            ws.row_dimensions[r].height = size * 2.2
        elif lvl == 1:
            ws.merge_cells(f"B{r}:C{r}")
            cell(ws, f"B{r}", ("　" if not text.startswith("(") else "") + text, size=size, v="top")
            ws.row_dimensions[r].height = height_for(text, 72, size)
        else:
            cell(ws, f"C{r}", text, size=size, v="top")
            ws.row_dimensions[r].height = height_for(text, 68, size)
        r += 1
        if lvl == 0 and size > 12:
            r += 1


def chapter2(wb):
    ws = wb.create_sheet("第2章")
    setup(ws, landscape=True, fit=False)
    ws.page_setup.scale = 100
    widths = {"A": 14, "B": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for col in "CDEFGHIJ":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:E1")
    cell(ws, "A1", "第２章　債権の現状", size=14, bold=True)
    ws.row_dimensions[1].height = 30
    cell(ws, "A2", "2-1　収入未済額の推移", size=11.5, bold=True, wrap=False)
    ws.row_dimensions[2].height = 24
    ws.row_dimensions[3].height = 8
    cell(ws, "A4", "表2-1　債権別収入未済額の推移", size=10.5, bold=True, wrap=False)
    cell(ws, "E4", "（単位：千円）", size=9, h="right", wrap=False)
    cell(ws, "J4", "（単位：千円）", size=9, h="right", wrap=False)
    # 3-row header
    merge(ws, "A5:A7", "会計", h="center", bold=True, fill=GRAY, border=True, size=9.5)
    merge(ws, "B5:B7", "債権名※１", h="center", bold=True, fill=GRAY, border=True, size=9.5)
    merge(ws, "C5:E5", "収入未済額（決算）", h="center", bold=True, fill=GRAY, border=True, size=9.5)
    merge(ws, "F5:I5", "収入未済額（決算）（続き）", h="center", bold=True, fill=GRAY, border=True, size=9.5)
    merge(ws, "J5:J7", "増減\n(R5−R4)", h="center", bold=True, fill=GRAY, border=True, size=9.5)
    for i, (fy, era, west) in enumerate(T_YEARS):
        col = "CDEFGHI"[i]
        cell(ws, f"{col}6", era, h="center", bold=True, fill=GRAY, border=True, size=9.5)
        cell(ws, f"{col}7", west, h="center", fill=GRAY, border=True, size=8.5)
    ws.row_dimensions[5].height = 20
    ws.row_dimensions[6].height = 18
    ws.row_dimensions[7].height = 16
    r = 8
    start = {}
    for acct, debt, label, vals in T_ROWS:
        if acct is not None:
            start.setdefault(acct, [r, r])[1] = r
        shade = LIGHT if label in ("小計", "合計") else None
        if acct is None:
            ws.merge_cells(f"A{r}:B{r}")
            cell(ws, f"A{r}", label, h="center", bold=True, border=True, fill=shade, size=9.5)
            box_range(ws, f"A{r}:B{r}", shade)
        else:
            cell(ws, f"B{r}", label, h="center" if label == "小計" else "left", border=True, fill=shade, size=9.5,
                 bold=label == "小計")
        for i, (fy, era, west) in enumerate(T_YEARS):
            col = "CDEFGHI"[i]
            raw = comma(vals[i])
            if debt == "国民健康保険料" and fy == 2023:
                shown = raw + "※２"
            else:
                shown = raw
            cell(ws, f"{col}{r}", shown, h="right", border=True, fill=shade, size=9.5, wrap=False)
            dr = label.replace("※３", "").replace("※４", "")
            facts.append(F(debt, dr, fy, era, "total", "outstanding", "actual", vals[i] * 1000, "yen", raw,
                           page=4 if i < 3 else 5))
        cell(ws, f"J{r}", comma(vals[6] - vals[5]), h="right", border=True, fill=shade, size=9.5, wrap=False)
        ws.row_dimensions[r].height = 21
        r += 1
    for acct, (a, b) in start.items():
        if b > a:
            ws.merge_cells(f"A{a}:A{b}")
        cell(ws, f"A{a}", acct, h="center", border=True, size=9)
        box_range(ws, f"A{a}:A{b}")
    notes = ["※１　対象債権のうち、推進シートを作成する債権については第３章を参照。",
             "※２　国民健康保険料の令和５年度の額には、令和６年度に調定を更正したもの（1,204千円）を含まない。",
             "※３　生活保護費返還金には、生活保護法第78条に基づく徴収金を含む。",
             "※４　市営住宅使用料には駐車場使用料を含まない。駐車場使用料の令和５年度末の収入未済額は4,286千円である。"]
    for n in notes:
        r += 1
        ws.merge_cells(f"F{r}:J{r}")
        cell(ws, f"F{r}", n, size=8.5, v="top")
        ws.row_dimensions[r].height = height_for(n, 65, 8.5, 1.35)
    facts.append(F("市営住宅駐車場使用料", "駐車場使用料", 2023, "令和５年度末", "total", "outstanding", "actual",
                   4286000, "yen", "4,286千円", page=5))
    ws.print_title_cols = "A:B"
    ws.col_breaks.append(Break(id=5))
    ws.print_area = f"A1:J{r}"


def sheet(wb, sd, page):
    ws = wb.create_sheet(sd["no"])
    setup(ws)
    for col, w in zip("ABCDEFGH", [5, 14, 14.5, 14.5, 14.5, 14.5, 14.5, 14.5]):
        ws.column_dimensions[col].width = w
    W = 5 + 14 + 6 * 14.5
    debt, dr = sd["debt"], sd["raw"]
    merge(ws, "A1:F1", "債権管理推進シート", size=14, bold=True)
    cell(ws, "H1", sd["no"], size=11, h="right", bold=True)
    ws.row_dimensions[1].height = 28
    merge(ws, "A2:E2", f"債権名　{dr}", size=11, bold=True, fill=GRAY, border=True)
    merge(ws, "F2:H2", f"所管課　{sd['ka']}", size=10, fill=GRAY, border=True)
    ws.row_dimensions[2].height = 24
    r = 3
    cell(ws, f"A{r}", "(1)　債権の概要", bold=True, wrap=False)
    ws.row_dimensions[r].height = 20
    r += 1
    merge(ws, f"A{r}:H{r}", sd["outline"], size=9.5, border=True, v="top")
    ws.row_dimensions[r].height = height_for(sd["outline"], W, 9.5)
    r += 1
    cell(ws, f"A{r}", "(2)　収納状況の推移", bold=True, wrap=False)
    cell(ws, f"H{r}", "（単位：円）", size=8.5, h="right", wrap=False)
    ws.row_dimensions[r].height = 20
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", h="center", bold=True, fill=GRAY, border=True, size=9)
    for i, (fy, lab) in enumerate(YEARS):
        cell(ws, f"{'CDEFG'[i]}{r}", lab, h="center", bold=True, fill=GRAY, border=True, size=9)
    cell(ws, f"H{r}", "増減\n(５年度−４年度)", h="center", bold=True, fill=GRAY, border=True, size=8)
    ws.row_dimensions[r].height = 26
    r += 1
    rows = sd["rows"]
    for seg, seglab, keys in (("current", "現年分", ("ca", "cc", "cr")), ("arrears", "滞納繰越分", ("aa", "ac", "ar")),
                              ("total", "計", ("ta", "tc", "tr"))):
        ws.merge_cells(f"A{r}:A{r + 2}")
        cell(ws, f"A{r}", seglab, h="center", size=9, rot=255, border=True)
        box_range(ws, f"A{r}:A{r + 2}")
        for k, (key, mlab, metric) in enumerate(zip(keys, ("調定額", "収入済額", "収納率"),
                                                    ("assessed", "collected", "collection_rate"))):
            cell(ws, f"B{r + k}", mlab, size=9, border=True)
            for i, (fy, ylab) in enumerate(YEARS):
                v = rows[i][key]
                raw = f"{v:.2f}%" if metric == "collection_rate" else comma(v)
                cell(ws, f"{'CDEFG'[i]}{r + k}", raw, h="right", size=9, border=True, wrap=False)
                facts.append(F(debt, dr, fy, ylab, seg, metric, "actual", v * 1000 // 1000 if metric != "collection_rate" else v,
                               "percent" if metric == "collection_rate" else "yen", raw, page=page))
            d = rows[4][key] - rows[3][key]
            dtxt = (("△" if d < 0 else "") + f"{abs(d):.2f}") if metric == "collection_rate" else comma(d)
            cell(ws, f"H{r + k}", dtxt, h="right", size=9, border=True, wrap=False)
            ws.row_dimensions[r + k].height = 19
        r += 3
    for key, mlab, metric in (("wo", "不納欠損額", "written_off"), ("out", "収入未済額", "outstanding")):
        merge(ws, f"A{r}:B{r}", mlab, size=9, border=True)
        for i, (fy, ylab) in enumerate(YEARS):
            v = rows[i][key]
            cell(ws, f"{'CDEFG'[i]}{r}", comma(v), h="right", size=9, border=True, wrap=False)
            facts.append(F(debt, dr, fy, ylab, "total", metric, "actual", v, "yen", comma(v), page=page))
        cell(ws, f"H{r}", comma(rows[4][key] - rows[3][key]), h="right", size=9, border=True, wrap=False)
        ws.row_dimensions[r].height = 19
        r += 1
    # (3) previous plan: target | result | achievement
    cell(ws, f"A{r}", "(3)　前計画の目標と実績", bold=True, wrap=False)
    cell(ws, f"H{r}", "（単位：％）", size=8.5, h="right", wrap=False)
    ws.row_dimensions[r].height = 20
    r += 1
    merge(ws, f"A{r}:B{r + 1}", "年度", h="center", bold=True, fill=GRAY, border=True, size=9)
    merge(ws, f"C{r}:E{r}", "現年分収納率", h="center", bold=True, fill=GRAY, border=True, size=9)
    merge(ws, f"F{r}:H{r}", "滞納繰越分収納率", h="center", bold=True, fill=GRAY, border=True, size=9)
    for j, lab in enumerate(["目標", "実績", "達成率※"] * 2):
        cell(ws, f"{'CDEFGH'[j]}{r + 1}", lab, h="center", bold=True, fill=GRAY, border=True, size=9)
    ws.row_dimensions[r].height = ws.row_dimensions[r + 1].height = 18
    r += 2
    for k, (yi, ylab) in enumerate(((2, "令和３年度"), (3, "令和４年度"), (4, "令和５年度"))):
        fy = YEARS[yi][0]
        merge(ws, f"A{r}:B{r}", ylab, h="center", size=9, border=True)
        tc, ta = sd["prev_tgt"][k]
        for base, seg, tg, act in ((0, "current", tc, rows[yi]["cr"]), (3, "arrears", ta, rows[yi]["ar"])):
            ach = round(act / tg * 100, 1)
            cell(ws, f"{'CDEFGH'[base]}{r}", f"{tg:.2f}", h="right", size=9, border=True)
            cell(ws, f"{'CDEFGH'[base + 1]}{r}", f"{act:.2f}", h="right", size=9, border=True)
            cell(ws, f"{'CDEFGH'[base + 2]}{r}", f"{ach:.1f}", h="right", size=9, border=True)
            facts.append(F(debt, dr, fy, ylab, seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}", page=page))
            facts.append(F(debt, dr, fy, ylab, seg, "collection_rate", "actual", act, "percent", f"{act:.2f}", page=page))
        ws.row_dimensions[r].height = 19
        r += 1
    merge(ws, f"A{r}:H{r}", "※　達成率＝実績÷目標×100", size=8, wrap=False)
    r += 1
    # (4) targets for the plan period
    cell(ws, f"A{r}", "(4)　計画期間の目標", bold=True, wrap=False)
    ws.row_dimensions[r].height = 20
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", h="center", bold=True, fill=GRAY, border=True, size=9)
    tyears = [(2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度"), (2028, "令和10年度"), (2029, "令和11年度")]
    cell(ws, f"C{r}", "令和５年度\n実績（基準）", h="center", bold=True, fill=GRAY, border=True, size=8.5)
    for i, (fy, lab) in enumerate(tyears):
        cell(ws, f"{'DEFGH'[i]}{r}", f"{lab}\n({fy}年度)", h="center", bold=True, fill=GRAY, border=True, size=8.5)
    ws.row_dimensions[r].height = 28
    r += 1
    base = rows[4]
    for lab, seg, metric, basev, vals, fmt, unit in (
            ("現年分収納率(%)", "current", "collection_rate", base["cr"], sd["tgt_cur"], "{:.2f}", "percent"),
            ("滞納繰越分収納率(%)", "arrears", "collection_rate", base["ar"], sd["tgt_arr"], "{:.2f}", "percent"),
            ("収入未済額の目標額(円)", "total", "outstanding", base["out"], sd["tgt_out"], None, "yen")):
        merge(ws, f"A{r}:B{r}", lab, size=8.5, border=True)
        braw = fmt.format(basev) if fmt else comma(basev)
        cell(ws, f"C{r}", braw, h="right", size=9, border=True, wrap=False)
        facts.append(F(debt, dr, 2023, "令和５年度", seg, metric, "actual", basev, unit, braw, page=page))
        for i, (fy, ylab) in enumerate(tyears):
            raw = fmt.format(vals[i]) if fmt else comma(vals[i])
            cell(ws, f"{'DEFGH'[i]}{r}", raw, h="right", size=9, border=True, wrap=False)
            facts.append(F(debt, dr, fy, ylab, seg, metric, "target", vals[i], unit, raw, page=page))
        ws.row_dimensions[r].height = 20
        r += 1
    # (5) initiatives
    cell(ws, f"A{r}", "(5)　目標達成に向けた取組", bold=True, wrap=False)
    ws.row_dimensions[r].height = 20
    r += 1
    parts = []
    for lab, text, st in sd["items"]:
        if lab == "イ":
            parts.append(f"　　{lab}　{text}【{st}】")
        elif "ア　" in text:
            head, sub = text.split("ア　", 1)
            parts.append(f"{lab}　{head}\n　　ア　{sub}【{st}】")
        else:
            parts.append(f"{lab}　{text}【{st}】")
    body = "\n".join(parts)
    merge(ws, f"A{r}:H{r}", body, size=9.5, border=True, v="top")
    ws.row_dimensions[r].height = height_for(body, W - 4, 9.5, 1.5) + 6
    for lab, text, st in sd["items"]:
        if "ア　" in text:
            head, sub = text.split("ア　", 1)
            inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2025, "section": "目標達成に向けた取組",
                          "label": lab, "text": head, "status": None, "page": page})
            inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2025, "section": "目標達成に向けた取組",
                          "label": lab + "ア", "text": sub, "status": st, "page": page})
        else:
            full = ("(2)" + lab) if lab == "イ" else lab
            inits.append({"debt": debt, "debt_raw": dr, "fiscal_year": 2025, "section": "目標達成に向けた取組",
                          "label": full, "text": text, "status": st, "page": page})


def build():
    wb = Workbook()
    cover(wb)
    toc(wb)
    chapter1(wb)
    chapter2(wb)
    for k, sd in enumerate(SHEETS):
        sheet(wb, sd, 6 + k)
    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf_tmp = soffice_pdf(xlsx)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    shutil.copy(pdf_tmp, pdf)
    document = {"kind": "plan", "family": "plan", "municipality": "船橋市",
                "title": "船橋市債権管理計画(令和7年度～令和11年度)", "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
