"""豊中市 未収金対策の取組状況（令和６年２月末現在） — openpyxl → LibreOffice.

Run from corpus/dev42: python3 build/x_toyonaka_progress.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

from x_common import PDF_DIR, WORK, Gold, check, comma, pct, rate, soffice, tri, zen  # noqa: E402

STEM = "x_toyonaka_progress_1"
FONT = "IPAexGothic"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="F2F2F2")


def f(size=10, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, cell, text, *, size=10, bold=False, h="left", v="center", wrap=False, border=None,
        fill=None):
    c = ws[cell]
    c.value = text
    c.font = f(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border
    if fill:
        c.fill = fill
    return c


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def setup(ws, landscape: bool, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.left.text = "令和５年度 未収金対策の取組状況"
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "資料２"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.oddFooter.right.text = "豊中市 財務部 債権管理課"
    ws.oddFooter.right.size = 8
    ws.sheet_view.showGridLines = False
    if title_rows:
        ws.print_title_rows = title_rows


# ---------------------------------------------------------------- data (千円)
# name, (current: assessed R5, assessed R4, int R5 %, int R4 %, est R5 %, act R4 %, target %),
#       (arrears: same)
MAIN = [
    ("市税", "市　税", (41856320, 41203115, 93.12, 92.87, 99.21, 99.08, 99.25),
     (1512440, 1688902, 30.45, 28.76, 36.80, 35.12, 37.00)),
    ("国民健康保険料", "国民健康保険料", (8412600, 8655210, 88.61, 88.02, 94.85, 94.37, 95.00),
     (1204330, 1356780, 24.37, 22.95, 29.10, 27.84, 30.00)),
    ("介護保険料", "介護保険料", (6120450, 6008770, 96.02, 95.88, 99.12, 99.05, 99.20),
     (210880, 228415, 19.85, 18.20, 24.60, 23.71, 25.00)),
    ("後期高齢者医療保険料", "後期高齢者\n医療保険料", (4980220, 4702330, 97.44, 97.31, 99.58, 99.52, 99.60),
     (58760, 61240, 38.10, 36.95, 45.20, 44.63, 46.00)),
]

# name, printed, cur (assessed R5, assessed R4, int R5, int R4), arr (same)
NONTAX = [
    ("保育所保育料", "保育所保育料", (612340, 598870, 93.80, 93.15), (88450, 95120, 15.62, 14.08)),
    ("市営住宅使用料", "市営住宅使用料", (1025660, 1031250, 95.41, 95.66), (142380, 150960, 12.35, 11.84)),
    ("下水道使用料", "下水道使用料", (5864120, 5790330, 90.12, 89.97), (186550, 192470, 61.44, 60.83)),
    ("学校給食費", "学校給食費", (1312780, 1298440, 96.85, 96.60), (24660, 27980, 22.47, 19.62)),
    ("児童扶養手当返還金", "児童扶養手当\n返還金", (18450, 21330, 41.25, 38.70), (96880, 101240, 4.12, 3.88)),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦\n福祉資金貸付金", (45220, 48810, 78.44, 76.95),
     (168930, 176550, 6.85, 6.41)),
]


def amounts(assessed, r):
    return round(assessed * r / 100)


def main_rows():
    """Per debt: dict seg -> numbers (千円 and rates computed from amounts)."""
    out = []
    for name, printed, cur, arr in MAIN:
        segs = {}
        for seg, d in (("current", cur), ("arrears", arr)):
            a5, a4, i5, i4, e5, r4, t = d
            segs[seg] = dict(a5=a5, a4=a4, c5i=amounts(a5, i5), c4i=amounts(a4, i4),
                             c5e=amounts(a5, e5), c4=amounts(a4, r4), t=t)
        tot = {k: segs["current"][k] + segs["arrears"][k] for k in ("a5", "a4", "c5i", "c4i", "c5e", "c4")}
        tot["t"] = round((segs["current"]["t"] * segs["current"]["a5"] + segs["arrears"]["t"]
                          * segs["arrears"]["a5"]) / tot["a5"], 2)
        segs["total"] = tot
        for s in segs.values():
            s["r5i"] = rate(s["c5i"], s["a5"])
            s["r4i"] = rate(s["c4i"], s["a4"])
            s["r5e"] = rate(s["c5e"], s["a5"])
            s["r4"] = rate(s["c4"], s["a4"])
        out.append((name, printed, segs))
    return out


SEGS = [("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")]


def build():
    g = Gold(STEM, "progress_report", "progress", "豊中市", "令和５年度 未収金対策の取組状況について",
             AS_OF, "令和６年２月末現在")
    wb = Workbook()
    main = main_rows()

    # ============================================================ sheet 1 (portrait) — page 1
    ws = wb.active
    ws.title = "収納率"
    setup(ws, landscape=False)
    for col, w in zip("ABCDEFGH", (17, 8, 10, 10, 9, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    put(ws, "A1", "令和５年度　未収金対策の取組状況について", size=15, bold=True, h="center")
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:H2")
    put(ws, "A2", "（令和６年２月末現在）", size=11, h="center")
    ws.merge_cells("A4:H4")
    put(ws, "A4", "　本市の主要債権及び税外債権について、令和６年２月末時点の収納状況と年度末に向けた取組の状況を報告する。"
        "なお、年度末の数値は決算見込であり、今後変動する場合がある。", size=10, wrap=True, v="top")
    ws.row_dimensions[4].height = 42
    put(ws, "A6", "１　主要債権の収納率の状況", size=12, bold=True)
    put(ws, "H6", "（単位：％）", size=9, h="right")
    # header, 2 rows with merged groups
    ws.merge_cells("A7:A8")
    put(ws, "A7", "債権名", h="center", bold=True)
    ws.merge_cells("B7:B8")
    put(ws, "B7", "区分", h="center", bold=True)
    ws.merge_cells("C7:E7")
    put(ws, "C7", "２月末時点", h="center", bold=True)
    ws.merge_cells("F7:H7")
    put(ws, "F7", "年度末", h="center", bold=True)
    for col, t in zip("CDEFGH", ("令和５年度", "前年同月", "差", "決算見込", "目標", "前年度決算")):
        put(ws, f"{col}8", t, h="center", size=9, bold=True)
    box_range(ws, "A7:H8", HEAD)
    r = 9
    for name, printed, segs in main:
        ws.merge_cells(f"A{r}:A{r + 2}")
        put(ws, f"A{r}", printed, h="center", wrap=True)
        for seg, lab in SEGS:
            s = segs[seg]
            diff = round(s["r5i"] - s["r4i"], 2)
            cells = [lab, pct(s["r5i"]), pct(s["r4i"]), (f"△{-diff:.2f}" if diff < 0 else f"{diff:.2f}"),
                     pct(s["r5e"]), pct(s["t"]), pct(s["r4"])]
            for col, t in zip("BCDEFGH", cells):
                put(ws, f"{col}{r}", t, h="center" if col == "B" else "right",
                    fill=SUB if seg == "total" else None)
            page = 1
            kw = dict(debt=name, debt_raw=printed.replace("\n", ""), segment=seg)
            g.fact(page, pct(s["r5i"]), s["r5i"], fy=FY, fy_raw="令和５年度", basis="interim", as_of=AS_OF, **kw)
            g.fact(page, pct(s["r4i"]), s["r4i"], fy=FYP, fy_raw="前年同月", basis="interim", as_of=AS_OF_PREV, **kw)
            g.fact(page, pct(s["r5e"]), s["r5e"], fy=FY, fy_raw="令和５年度", basis="estimate", **kw)
            g.fact(page, pct(s["t"]), s["t"], fy=FY, fy_raw="令和５年度", basis="target", **kw)
            g.fact(page, pct(s["r4"]), s["r4"], fy=FYP, fy_raw="前年度決算", basis="actual", **kw)
            ws.row_dimensions[r].height = 19
            r += 1
    box_range(ws, f"A9:H{r - 1}")
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "※「差」は令和５年度２月末時点と前年同月の収納率の差（ポイント）。△は減。", size=8)
    ws.merge_cells(f"A{r + 1}:H{r + 1}")
    put(ws, f"A{r + 1}", "※ 市税は個人市民税・法人市民税・固定資産税・軽自動車税等の合計。", size=8)
    r += 3
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "【概況】", bold=True)
    tax = main[0][2]
    out5 = tax["total"]["a5"] - tax["total"]["c5i"]
    out4 = tax["total"]["a4"] - tax["total"]["c4i"]

    def oku(k):  # 千円 -> 約X億Y,Y00万円 rounded to 100万円
        man = round(k / 1000) * 100  # 万円 rounded to 100万円
        o, m = divmod(man, 10000)
        return f"約{o}億{m:,}万円" if m else f"約{o}億円", man * 10000

    t5, v5 = oku(out5)
    t4, v4 = oku(out4)
    ws.merge_cells(f"A{r + 1}:H{r + 1}")
    txt = (f"・市税の収入未済額は、令和６年２月末で{t5}となり、前年同月（{t4}）を下回っている。"
           f"現年分の収納率は前年同月比{tax['current']['r5i'] - tax['current']['r4i']:.2f}ポイントの増となった。")
    put(ws, f"A{r + 1}", txt, wrap=True, v="top")
    ws.row_dimensions[r + 1].height = 44
    g.fact(1, t5, v5, debt="市税", debt_raw="市税", fy=FY, fy_raw="令和６年２月末", metric="outstanding",
           basis="interim", as_of=AS_OF, approx=True)
    g.fact(1, t4, v4, debt="市税", debt_raw="市税", fy=FYP, fy_raw="前年同月", metric="outstanding",
           basis="interim", as_of=AS_OF_PREV, approx=True)
    kok = main[1][2]
    ws.merge_cells(f"A{r + 2}:H{r + 2}")
    put(ws, f"A{r + 2}", "・国民健康保険料は、加入者の減少により調定額が減少する中、滞繰分の収納率が"
        f"{zen(kok['arrears']['r5i'])}％と前年同月を上回っている。", wrap=True, v="top")
    ws.row_dimensions[r + 2].height = 30
    g.fact(1, f"{zen(kok['arrears']['r5i'])}％", kok["arrears"]["r5i"], debt="国民健康保険料",
           debt_raw="国民健康保険料", fy=FY, fy_raw="令和６年２月末", segment="arrears", basis="interim",
           as_of=AS_OF)

    # ============================================================ sheet 2 (landscape) — pages 2-3
    ws = wb.create_sheet("税外債権")
    setup(ws, landscape=True, title_rows="3:5")
    for col, w in zip("ABCDEFGHIJ", (20, 8, 13, 13, 13, 9, 13, 13, 9, 10)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "２　税外債権の収納状況（令和６年２月末現在）", size=12, bold=True)
    put(ws, "J2", "（単位：千円、％）", size=9, h="right")
    ws.merge_cells("A3:A5")
    put(ws, "A3", "債権名", h="center", bold=True)
    ws.merge_cells("B3:B5")
    put(ws, "B3", "区分", h="center", bold=True)
    ws.merge_cells("C3:F3")
    put(ws, "C3", "令和５年度（令和６年２月末）", h="center", bold=True)
    ws.merge_cells("G3:I3")
    put(ws, "G3", "令和４年度（令和５年２月末）", h="center", bold=True)
    ws.merge_cells("J3:J4")
    put(ws, "J3", "前年同月比", h="center", bold=True, size=9)
    for col, t in zip("CDEFGHI", ("調定額", "収入済額", "収入未済額", "収納率", "調定額", "収入済額", "収納率")):
        put(ws, f"{col}4", t, h="center", bold=True, size=9)
    for col, t in zip("CDEFGHIJ", ("(A)", "(B)", "(A)-(B)", "(B)/(A)", "(C)", "(D)", "(D)/(C)", "ポイント")):
        put(ws, f"{col}5", t, h="center", size=8)
    box_range(ws, "A3:J5", HEAD)
    r = 6
    groups = []
    for name, printed, cur, arr in NONTAX:
        segs = {}
        for seg, (a5, a4, i5, i4) in (("current", cur), ("arrears", arr)):
            segs[seg] = dict(a5=a5, a4=a4, c5=amounts(a5, i5), c4=amounts(a4, i4))
        segs["total"] = {k: segs["current"][k] + segs["arrears"][k] for k in ("a5", "a4", "c5", "c4")}
        groups.append((name, printed, segs))
    tot = {seg: {k: sum(gr[2][seg][k] for gr in groups) for k in ("a5", "a4", "c5", "c4")}
           for seg, _ in SEGS}
    groups.append((None, "合　計※", tot))
    first_page_rows = 4  # debts on page 2; the rest continue on page 3 under the repeated header
    for gi, (name, printed, segs) in enumerate(groups):
        if gi == first_page_rows:
            ws.row_breaks.append(Break(id=r - 1))
        page = 2 if gi < first_page_rows else 3
        ws.merge_cells(f"A{r}:A{r + 2}")
        put(ws, f"A{r}", printed, h="center", wrap=True, bold=name is None)
        for seg, lab in SEGS:
            s = segs[seg]
            o5 = s["a5"] - s["c5"]
            r5, r4 = rate(s["c5"], s["a5"]), rate(s["c4"], s["a4"])
            d = round(r5 - r4, 2)
            cells = [lab, comma(s["a5"]), comma(s["c5"]), comma(o5), pct(r5), comma(s["a4"]), comma(s["c4"]),
                     pct(r4), (f"▲{-d:.2f}" if d < 0 else f"{d:.2f}")]
            for col, t in zip("BCDEFGHIJ", cells):
                put(ws, f"{col}{r}", t, h="center" if col == "B" else "right",
                    fill=SUB if (seg == "total" or name is None) else None)
            kw = dict(debt=name, debt_raw=printed.replace("\n", "").replace("　", "").rstrip("※"), segment=seg)
            p5 = dict(fy=FY, fy_raw="令和５年度", basis="interim", as_of=AS_OF)
            p4 = dict(fy=FYP, fy_raw="令和４年度", basis="interim", as_of=AS_OF_PREV)
            g.fact(page, comma(s["a5"]), s["a5"] * 1000, metric="assessed", **p5, **kw)
            g.fact(page, comma(s["c5"]), s["c5"] * 1000, metric="collected", **p5, **kw)
            g.fact(page, comma(o5), o5 * 1000, metric="outstanding", **p5, **kw)
            g.fact(page, pct(r5), r5, **p5, **kw)
            g.fact(page, comma(s["a4"]), s["a4"] * 1000, metric="assessed", **p4, **kw)
            g.fact(page, comma(s["c4"]), s["c4"] * 1000, metric="collected", **p4, **kw)
            g.fact(page, pct(r4), r4, **p4, **kw)
            ws.row_dimensions[r].height = 24
            r += 1
        box_range(ws, f"A{r - 3}:J{r - 1}")
    ws.merge_cells(f"A{r}:J{r}")
    put(ws, f"A{r}", "※ 合計欄は生活保護費返還金を除く。同返還金の収入未済額（令和６年２月末現在）は198,767千円"
        "（前年同月　203,114千円）である。", size=9)
    g.fact(3, "198,767千円", 198767000, debt="生活保護費返還金", debt_raw="生活保護費返還金", fy=FY,
           fy_raw="令和６年２月末現在", metric="outstanding", basis="interim", as_of=AS_OF)
    g.fact(3, "203,114千円", 203114000, debt="生活保護費返還金", debt_raw="生活保護費返還金", fy=FYP,
           fy_raw="前年同月", metric="outstanding", basis="interim", as_of=AS_OF_PREV)
    ws.merge_cells(f"A{r + 1}:J{r + 1}")
    put(ws, f"A{r + 1}", "※ 前年同月比の▲はポイントの減少を示す。下水道使用料は上下水道局の収納分を含む。", size=9)

    # ============================================================ sheet 3 (portrait) — pages 4-5
    ws = wb.create_sheet("重点債権")
    setup(ws, landscape=False)
    for col, w in zip("ABCDEF", (14, 18, 12, 18, 14, 12)):
        ws.column_dimensions[col].width = w
    r = 1
    per_debt = [
        ("国民健康保険料", "健康医療部 保険資格課", 1, [
            ("これまでの主な取組", "①", "口座振替の原則化に向け、新規加入の手続に来庁した世帯に対し、窓口で口座振替の申込みを勧奨した。", "継続", ""),
            ("これまでの主な取組", "②", "納期限後20日を経過しても未納の世帯に対し、ＳＭＳによる納付案内を送信した。", "新規", ""),
            ("これまでの主な取組", "③", "財産調査により預貯金や給与が判明した世帯について、差押えを早期に執行し、前年同月より執行件数を増やした。", "拡充", "\n"),
        ], [
            ("年度末に向けた取組", "(1)", "出納整理期間までを集中対策期間と位置付け、高額・長期の滞納世帯を対象に臨戸訪問を行う。", "継続"),
            ("年度末に向けた取組", "(2)", "資格喪失後も未納が続く世帯について、文書催告と電話催告を組み合わせて納付を促す。", "継続"),
        ]),
        ("介護保険料", "福祉部 長寿安心課", 2, [
            ("これまでの主な取組", "ア", "普通徴収の被保険者のうち口座振替を利用していない方に、納付書に口座振替の案内を同封した。", "継続", ""),
            ("これまでの主な取組", "イ", "２期以上未納の被保険者に対し、給付制限の内容を記載した催告書を送付した。", "継続", ""),
            ("これまでの主な取組", "ウ", "地域包括支援センターと連携し、生活困窮が疑われる被保険者を相談窓口につないだ。", "新規", ""),
        ], [
            ("年度末に向けた取組", "(1)", "時効が近い滞納繰越分について、納付相談を優先して行い、分割納付の誓約につなげる。", "拡充"),
        ]),
    ]
    for name, dept, mi, done, plan in per_debt:
        segs = main[mi][2]
        page = 3 + per_debt.index((name, dept, mi, done, plan)) + 1
        put(ws, f"A{r}", "３　重点債権の取組状況", size=12, bold=True)
        r += 2
        # label/value box drawn as a one-row table
        for col, t, fl in zip("ABDE", ("債権名", name, "所管課", dept), (HEAD, None, HEAD, None)):
            put(ws, f"{col}{r}", t, h="center", bold=fl is not None, fill=fl)
        ws.merge_cells(f"B{r}:C{r}")
        ws.merge_cells(f"E{r}:F{r}")
        box_range(ws, f"A{r}:F{r}")
        for col in "ABDE":
            ws[f"{col}{r}"].fill = HEAD if col in "AD" else PatternFill()
        ws.row_dimensions[r].height = 22
        r += 2
        put(ws, f"A{r}", "【収納率】令和６年２月末時点", bold=True)
        put(ws, f"F{r}", "単位：％", size=9, h="right")
        r += 1
        for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
            s = segs[seg]
            put(ws, f"A{r}", f"・{lab}　{pct(s['r5i'])}（{pct(s['r4i'])}）")
            kw = dict(debt=name, debt_raw=name, segment=seg)
            g.fact(page, pct(s["r5i"]), s["r5i"], fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=AS_OF, **kw)
            g.fact(page, pct(s["r4i"]), s["r4i"], fy=FYP, fy_raw="前年同月", basis="interim", as_of=AS_OF_PREV, **kw)
            r += 1
        put(ws, f"A{r}", "　（　）内は前年同月の数値", size=8)
        r += 2
        put(ws, f"A{r}", "収入済額と収納率", bold=True)
        put(ws, f"F{r}", "（上段：千円　下段：％）", size=8, h="right")
        r += 1
        put(ws, f"A{r}", "区分", h="center", bold=True, fill=HEAD)
        ws.merge_cells(f"B{r}:C{r}")
        put(ws, f"B{r}", "令和６年２月末時点", h="center", bold=True, fill=HEAD)
        ws.merge_cells(f"D{r}:F{r}")
        put(ws, f"D{r}", "年度末（決算見込）", h="center", bold=True, fill=HEAD)
        box_range(ws, f"A{r}:F{r}", HEAD)
        r += 1
        top = r
        for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
            s = segs[seg]
            put(ws, f"A{r}", lab, h="center")
            ws.merge_cells(f"B{r}:C{r}")
            put(ws, f"B{r}", f"{comma(s['c5i'])}\n{pct(s['r5i'])}", h="center", wrap=True)
            ws.merge_cells(f"D{r}:F{r}")
            put(ws, f"D{r}", f"{comma(s['c5e'])}\n{pct(s['r5e'])}", h="center", wrap=True)
            ws.row_dimensions[r].height = 32
            kw = dict(debt=name, debt_raw=name, segment=seg)
            g.fact(page, comma(s["c5i"]), s["c5i"] * 1000, fy=FY, fy_raw="令和６年２月末時点", metric="collected",
                   basis="interim", as_of=AS_OF, **kw)
            g.fact(page, pct(s["r5i"]), s["r5i"], fy=FY, fy_raw="令和６年２月末時点", basis="interim",
                   as_of=AS_OF, **kw)
            g.fact(page, comma(s["c5e"]), s["c5e"] * 1000, fy=FY, fy_raw="年度末（決算見込）", metric="collected",
                   basis="estimate", **kw)
            g.fact(page, pct(s["r5e"]), s["r5e"], fy=FY, fy_raw="年度末（決算見込）", basis="estimate", **kw)
            r += 1
        box_range(ws, f"A{top}:F{r - 1}")
        r += 1
        put(ws, f"A{r}", "これまでの主な取組", bold=True)
        r += 1
        ws.merge_cells(f"A{r}:F{r}")
        sep = lambda lab: "　" if lab in "アイウエオ" else ""  # noqa: E731
        lines = [f"{lab}{sep(lab)}{t}【{st}】" if not brk else f"{lab}{t}\n【{st}】" for _, lab, t, st, brk in done]
        put(ws, f"A{r}", "\n".join(lines), wrap=True, v="top")
        ws.row_dimensions[r].height = 12 + 15 * (len(done) + 1)
        box_range(ws, f"A{r}:F{r}")
        for sec, lab, t, st, _ in done:
            g.init(page, t, debt=name, debt_raw=name, fy=FY, section=sec, label=lab, status=st)
        r += 2
        put(ws, f"A{r}", "年度末に向けた取組", bold=True)
        r += 1
        ws.merge_cells(f"A{r}:F{r}")
        put(ws, f"A{r}", "\n".join(f"{lab}　{t}【{st}】" for _, lab, t, st in plan), wrap=True, v="top")
        ws.row_dimensions[r].height = 12 + 15 * len(plan)
        box_range(ws, f"A{r}:F{r}")
        for sec, lab, t, st in plan:
            g.init(page, t, debt=name, debt_raw=name, fy=FY, section=sec, label=lab, status=st)
        r += 1
        ws.row_breaks.append(Break(id=r))
        r += 1

    # ============================================================ sheet 4 (portrait) — page 6
    ws = wb.create_sheet("全会計")
    setup(ws, landscape=False)
    for col, w in zip("ABCDEF", (18, 14, 14, 13, 14, 12)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "４　全会計の収入未済額等の推移", size=12, bold=True)
    put(ws, "A2", "（令和６年２月末現在）", size=10)
    put(ws, "F3", "単位：百万円、％", size=9, h="right")
    heads = ("区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")
    for col, t in zip("ABCDEF", heads):
        put(ws, f"{col}4", t, h="center", bold=True)
    box_range(ws, "A4:F4", HEAD)
    rows = [  # label, fy, basis, as_of, assessed, collected, written_off (百万円 ×10)
        ("3年度決算", 2021, "actual", None, 1824563, 1769028, 4126),
        ("4年度決算", 2022, "actual", None, 1852107, 1800042, 3981),
        ("5年度（２月末）", 2023, "interim", AS_OF, 1879325, 1651184, None),
    ]
    r = 5
    for lab, fy, basis, as_of, a, c, w in rows:
        o = a - c - (w or 0)
        rt = rate(c, a)
        d1 = lambda x: f"{x // 10:,}.{x % 10}"  # noqa: E731
        cells = [lab, d1(a), d1(c), d1(w) if w is not None else "－", d1(o), pct(rt)]
        for col, t in zip("ABCDEF", cells):
            put(ws, f"{col}{r}", t, h="center" if col == "A" else "right")
        kw = dict(debt=None, debt_raw="全会計", fy=fy, fy_raw=lab, basis=basis, as_of=as_of)
        g.fact(6, d1(a), a * 100000, metric="assessed", **kw)
        g.fact(6, d1(c), c * 100000, metric="collected", **kw)
        if w is not None:
            g.fact(6, d1(w), w * 100000, metric="written_off", **kw)
        g.fact(6, d1(o), o * 100000, metric="outstanding", **kw)
        g.fact(6, pct(rt), rt, **kw)
        ws.row_dimensions[r].height = 20
        r += 1
    box_range(ws, f"A5:F{r - 1}")
    put(ws, f"A{r}", "※ 一般会計・特別会計・企業会計（上下水道）の合計。５年度は２月末時点の途中集計。", size=8)
    r += 2
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "【参考】滞納整理の状況", bold=True)
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "・滞納者数（全債権、２月末）：18,426人\n・差押件数：2,315件（前年同月 2,108件）\n"
        "・不納欠損額（５年度見込）：約3億9,000万円\n・支払督促の申立て：14件", wrap=True, v="top")
    ws.row_dimensions[r].height = 72
    box_range(ws, f"A{r}:F{r}")
    g.fact(6, "18,426人", 18426, debt=None, debt_raw="全債権", fy=FY, fy_raw="２月末", metric="delinquents",
           basis="interim", as_of=AS_OF, unit="persons")
    g.fact(6, "約3億9,000万円", 390000000, debt=None, debt_raw=None, fy=FY, fy_raw="５年度見込",
           metric="written_off", basis="estimate", approx=True)
    r += 2
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "５　今後の進め方", size=12, bold=True)
    ws.merge_cells(f"A{r + 1}:F{r + 1}")
    put(ws, f"A{r + 1}", "　出納整理期間終了後、各債権の令和５年度決算を取りまとめ、次回の会議において目標の達成状況を"
        "報告する。目標を下回る見込みの債権については、所管課へのヒアリングを実施する。", wrap=True, v="top")
    ws.row_dimensions[r + 1].height = 44

    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = soffice(xlsx)
    dst = PDF_DIR / f"{STEM}.pdf"
    dst.write_bytes(pdf.read_bytes())
    g.write(dst)
    return check(dst, g)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
