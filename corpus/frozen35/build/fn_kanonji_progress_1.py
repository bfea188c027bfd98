"""観音寺市 市税等の収納状況及び収納対策の取組状況（令和６年２月末現在） (progress_report) — openpyxl → LibreOffice.

Run from corpus/frozen35:  python3 build/fn_kanonji_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

from fn_common import PDF_DIR, WORK, Gold, comma, fr, office_to_pdf, rate, zen  # noqa: E402

STEM = "fn_kanonji_progress_1"
CITY = "観音寺市"
NOW = "2024-02-29"       # 令和６年２月末 (leap year)
PREV = "2023-02-28"      # 前年同月

# key, full name, short name (table 1), arrears label
DEBTS = [
    ("市税", "市税", "市税"),
    ("国民健康保険税", "国民健康保険税", "国保税"),
    ("介護保険料", "介護保険料", "介護料"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢"),
    ("保育料", "保育料", "保育料"),
    ("市営住宅使用料", "市営住宅使用料", "住宅使用料"),
]
# (調定額 千円, 収納率の目安) → 収入済額 = round(a*p), printed rate recomputed
RAW_NOW = {
    "市税": ((7125430, 93.52), (412860, 28.40)),
    "国民健康保険税": ((1862340, 80.12), (598210, 19.85)),
    "介護保険料": ((1488920, 93.05), (42380, 21.40)),
    "後期高齢者医療保険料": ((712560, 95.88), (6420, 38.65)),
    "保育料": ((96850, 94.20), (18730, 15.30)),
    "市営住宅使用料": ((168240, 91.36), (52410, 12.85)),
}
RAW_PREV = {
    "市税": ((7048120, 93.21), (448950, 27.38)),
    "国民健康保険税": ((1905880, 80.37), (621430, 18.92)),
    "介護保険料": ((1472310, 92.81), (44870, 20.85)),
    "後期高齢者医療保険料": ((698430, 95.64), (6980, 37.90)),
    "保育料": ((101220, 94.55), (19660, 14.10)),
    "市営住宅使用料": ((170650, 91.02), (55280, 12.40)),
}


def build(raw):
    out = {}
    for k, ((ca, cp), (aa, ap)) in raw.items():
        cc, ac = round(ca * cp / 100), round(aa * ap / 100)
        cur = dict(a=ca, c=cc, o=ca - cc, r=rate(cc, ca))
        arr = dict(a=aa, c=ac, o=aa - ac, r=rate(ac, aa))
        tot = dict(a=ca + aa, c=cc + ac, o=ca + aa - cc - ac, r=rate(cc + ac, ca + aa))
        out[k] = dict(cur=cur, arr=arr, tot=tot)
    return out


D_NOW, D_PREV = build(RAW_NOW), build(RAW_PREV)
SUM_NOW = {}
for seg in ("cur", "arr", "tot"):
    a = sum(D_NOW[k][seg]["a"] for k, *_ in DEBTS)
    c = sum(D_NOW[k][seg]["c"] for k, *_ in DEBTS)
    SUM_NOW[seg] = dict(a=a, c=c, o=a - c, r=rate(c, a))

# year-end: 令和４年度決算 and 令和５年度決算見込 (現年, 滞繰, 計)
YEAR_END = {
    "市税": ((99.12, 30.15, 96.58), (99.20, 31.00, 96.85)),
    "国民健康保険税": ((95.02, 21.40, 77.96), (95.10, 22.30, 78.85)),
    "介護保険料": ((99.05, 23.80, 97.01), (99.10, 24.50, 97.12)),
    "後期高齢者医療保険料": ((99.71, 45.20, 99.30), (99.74, 46.00, 99.35)),
    "保育料": ((98.40, 17.30, 85.62), (98.55, 18.20, 86.30)),
    "市営住宅使用料": ((97.60, 14.10, 78.02), (97.75, 15.00, 78.90)),
}

MONTHS = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None), (3, 31)]
# cumulative current-year profiles (rate guides); the 2月末 values come from D_NOW / D_PREV
PROFILE = {
    "市税": ([8.12, 22.95, 31.40, 43.85, 50.12, 57.36, 64.80, 69.95, 78.42, 84.10, None, None],
             [7.95, 22.60, 31.02, 43.40, 49.88, 57.01, 64.35, 69.60, 78.05, 83.72, None, 97.85]),
    "国民健康保険税": ([1.85, 3.20, 5.12, 14.60, 24.35, 33.80, 43.15, 52.40, 61.70, 70.95, None, None],
                [1.92, 3.31, 5.26, 14.88, 24.70, 34.02, 43.51, 52.77, 62.05, 71.21, None, 88.46]),
}

G = Gold(STEM, "progress_report", "progress", CITY,
         "令和５年度 市税等の収納状況及び収納対策の取組状況（令和６年２月末現在）", "2024-03-01", "令和６年３月")

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDE6F0")
SUB = PatternFill("solid", fgColor="F2F2F2")
PANEL = PatternFill("solid", fgColor="FFF6E0")


def put(ws, ref, v, size=9, bold=False, h="center", v_="center", fill=None, border=BOX, wrap=False, rot=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, text_rotation=rot or 0)
    if fill:
        c.fill = fill
    if border:
        c.border = border
    return c


def boxed(ws, rng, v, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    from openpyxl.utils.cell import range_boundaries
    c0, r0, c1, r1 = range_boundaries(rng)
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(r, c).border = kw.get("border", BOX) or Border()
            if kw.get("fill"):
                ws.cell(r, c).fill = kw["fill"]


def setup(ws, landscape=False, scale=100, widths=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.page_margins.footer = 0.25
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 8
    ws.sheet_view.showGridLines = False
    ws.print_options.horizontalCentered = True
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


def seg_name(seg):
    return {"cur": "current", "arr": "arrears", "tot": "total"}[seg]


# ---------------------------------------------------------------- page 1 概要
def sheet1(wb):
    ws = wb.active
    ws.title = "概要"
    setup(ws, widths={c: 11.5 for c in "ABCDEFGH"})
    n = 1
    boxed(ws, "A1:H1", "令和５年度 市税等の収納状況及び収納対策の取組状況", size=15, bold=True, border=None)
    boxed(ws, "A2:H2", "（令和６年２月末現在）", size=11, border=None)
    ws.row_dimensions[1].height = 30
    put(ws, "F3", "令和６年３月", size=9, h="right", border=None)
    ws.merge_cells("F3:H3")
    put(ws, "F4", "観音寺市 総務部 税務課", size=9, h="right", border=None)
    ws.merge_cells("F4:H4")
    put(ws, "A6", "１　収納状況の概要", size=11, bold=True, h="left", border=None)
    # panels
    t, tp = D_NOW["市税"]["tot"], D_PREV["市税"]["tot"]
    d1 = round(t["r"] - tp["r"], 2)
    k, kp = D_NOW["国民健康保険税"]["tot"], D_PREV["国民健康保険税"]["tot"]
    d2 = round(k["r"] - kp["r"], 2)
    oku = round(SUM_NOW["tot"]["o"] / 100000, 1)
    panels = [("A", "C", "市税 収納率（令和６年２月末）", f"{fr(t['r'])}％", f"前年同月比{'＋' if d1 >= 0 else '▲'}{fr(abs(d1))}ポイント"),
              ("D", "E", "国保税 収納率（同）", f"{fr(k['r'])}％", f"前年同月比{'＋' if d2 >= 0 else '▲'}{fr(abs(d2))}ポイント"),
              ("F", "H", "収入未済額（主要６債権・同）", f"{oku}億円", "令和６年２月末の残高")]
    for c0, c1, lab, big, small in panels:
        boxed(ws, f"{c0}8:{c1}8", lab, size=9, fill=PANEL)
        boxed(ws, f"{c0}9:{c1}9", big, size=18, bold=True, fill=PANEL)
        boxed(ws, f"{c0}10:{c1}10", small, size=9, fill=PANEL)
    ws.row_dimensions[9].height = 34
    G.fact("市税", "市税", 2023, "令和６年２月末", "total", "collection_rate", "interim", t["r"], "percent",
           f"{fr(t['r'])}％", n, as_of=NOW)
    G.fact("市税", "市税", 2023, "令和６年２月末", "total", "difference", "interim", d1, "points",
           f"{'＋' if d1 >= 0 else '▲'}{fr(abs(d1))}ポイント", n, as_of=NOW)
    G.fact("国民健康保険税", "国保税", 2023, "令和６年２月末", "total", "collection_rate", "interim", k["r"], "percent",
           f"{fr(k['r'])}％", n, as_of=NOW)
    G.fact("国民健康保険税", "国保税", 2023, "令和６年２月末", "total", "difference", "interim", d2, "points",
           f"{'＋' if d2 >= 0 else '▲'}{fr(abs(d2))}ポイント", n, as_of=NOW)
    G.fact(None, None, 2023, "令和６年２月末", "total", "outstanding", "interim", round(oku * 100_000_000), "yen",
           f"{oku}億円", n, as_of=NOW)
    # bracketed metric headings with segment-only bullets
    r = 12
    for key, title in (("市税", "（１）市税"), ("国民健康保険税", "（２）国民健康保険税")):
        put(ws, f"A{r}", title, size=10.5, bold=True, h="left", border=None)
        r += 1
        put(ws, f"B{r}", "【収納率】令和６年２月末時点", size=10, h="left", border=None)
        r += 1
        cur, arr, tot = (D_NOW[key][s] for s in ("cur", "arr", "tot"))
        for lab, d, seg in (("現年分", cur, "cur"), ("滞繰分", arr, "arr"), ("合　計", tot, "tot")):
            s = zen(fr(d["r"]) + "%")
            put(ws, f"B{r}", f"・{lab}　{s}", size=10, h="left", border=None)
            G.fact(key, DEBTS[[x[0] for x in DEBTS].index(key)][1], 2023, "令和６年２月末", seg_name(seg),
                   "collection_rate", "interim", d["r"], "percent", s, n, as_of=NOW)
            r += 1
        pc, pa = D_PREV[key]["cur"]["r"], D_PREV[key]["arr"]["r"]
        dc, da = round(cur["r"] - pc, 2), round(arr["r"] - pa, 2)

        def word(x):
            return ("上昇" if x >= 0 else "低下")
        sent = (f"前年同月と比べ、現年分は{zen(fr(abs(dc)))}ポイント{word(dc)}、"
                f"滞繰分は{zen(fr(abs(da)))}ポイント{word(da)}しています。")
        boxed(ws, f"B{r}:H{r}", sent, size=9.5, h="left", border=None, wrap=True)
        ws.row_dimensions[r].height = 30
        G.fact(key, key, 2023, "令和６年２月末", "current", "difference", "interim", dc, "points", f"{zen(fr(abs(dc)))}ポイント",
               n, as_of=NOW)
        G.fact(key, key, 2023, "令和６年２月末", "arrears", "difference", "interim", da, "points", f"{zen(fr(abs(da)))}ポイント",
               n, as_of=NOW)
        r += 2
    put(ws, f"A{r}", "２　主な取組の実施状況（令和５年４月～令和６年２月）", size=11, bold=True, h="left", border=None)
    r += 1
    texts = [
        "・市税では、６月と１１月の２回、滞納整理強化月間を設け、財産調査と差押えを集中的に実施した。",
        "・国民健康保険税では、７月の本算定後に未納となった世帯へ電話催告を行い、早期の納付につなげた。",
        "・令和５年１０月から、スマートフォン決済アプリによる納付の対象を市営住宅使用料と保育料に広げた。",
        "・香川県滞納整理推進機構へ高額事案を引き継ぎ、共同で滞納整理を行った。",
    ]
    for s in texts:
        boxed(ws, f"A{r}:H{r}", s, size=9.5, h="left", border=None, wrap=True)
        ws.row_dimensions[r].height = 28
        r += 1
    ws.print_area = f"A1:H{r}"


# ---------------------------------------------------------------- page 2 債権別 (landscape)
def sheet2(wb):
    ws = wb.create_sheet("債権別")
    widths = {"A": 11}
    cols = "BCDEFGHIJKLM"
    for c in cols:
        widths[c] = 10.5
    setup(ws, landscape=True, widths=widths)
    n = 2
    boxed(ws, "A1:M1", "表１　債権別収納状況（令和６年２月末現在）", size=12, bold=True, h="left", border=None)
    put(ws, "K2", "（単位：千円、％）", size=9, h="right", border=None)
    ws.merge_cells("K2:M2")
    # three header levels: 年度 > 区分 > 調定額/収入済額/収納率/収入未済額
    boxed(ws, "A3:A5", "債権名", fill=HEAD)
    boxed(ws, "B3:M3", "令和５年度（令和６年２月末）", fill=HEAD)
    groups = [("B", "E", "現年度分", "cur"), ("F", "I", "滞納繰越分", "arr"), ("J", "M", "計", "tot")]
    mets = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("収納率", "r", "collection_rate"),
            ("収入未済額", "o", "outstanding")]
    for c0, c1, lab, _ in groups:
        boxed(ws, f"{c0}4:{c1}4", lab, fill=HEAD)
        ci = cols.index(c0)
        for j, (ml, *_x) in enumerate(mets):
            put(ws, f"{cols[ci + j]}5", ml, fill=SUB)
    r = 6
    for key, full, short in DEBTS + [(None, "合計", "合計")]:
        put(ws, f"A{r}", short, h="left", fill=SUB if key is None else None)
        for c0, c1, lab, seg in groups:
            d = D_NOW[key][seg] if key else SUM_NOW[seg]
            ci = cols.index(c0)
            for j, (ml, kk, met) in enumerate(mets):
                v = d[kk]
                s = fr(v) if kk == "r" else comma(v)
                put(ws, f"{cols[ci + j]}{r}", s, h="right", fill=SUB if key is None else None)
                if kk == "r":
                    G.fact(key, short, 2023, "令和５年度", seg_name(seg), met, "interim", v, "percent", s, n, as_of=NOW)
                else:
                    G.fact(key, short, 2023, "令和５年度", seg_name(seg), met, "interim", v * 1000, "yen", s, n, as_of=NOW)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    boxed(ws, f"A{r}:M{r}", "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料",
          size=9, h="left", border=None)
    r += 1
    boxed(ws, f"A{r}:M{r}", "（注）収入未済額は調定額から収入済額を差し引いた額で、不納欠損処分前の額です。", size=9, h="left", border=None)
    for rr in (3, 4, 5):
        ws.row_dimensions[rr].height = 20
    ws.print_area = f"A1:M{r}"


# ---------------------------------------------------------------- page 3 前年比較
def sheet3(wb):
    ws = wb.create_sheet("前年比較")
    setup(ws, widths={"A": 15, "B": 7, "C": 11, "D": 7.5, "E": 11, "F": 7.5, "G": 10, "H": 7.5})
    n = 3
    boxed(ws, "A1:H1", "表２　前年同月との比較", size=12, bold=True, h="left", border=None)
    boxed(ws, "A2:H2", "前年同期：令和５年２月末　今期：令和６年２月末", size=9.5, h="left", border=None)
    put(ws, "G3", "（単位：千円、％）", size=9, h="right", border=None)
    ws.merge_cells("G3:H3")
    boxed(ws, "A4:A5", "債権名", fill=HEAD)
    boxed(ws, "B4:B5", "区分", fill=HEAD)
    boxed(ws, "C4:D4", "前年同期", fill=HEAD)
    boxed(ws, "E4:F4", "今期", fill=HEAD)
    boxed(ws, "G4:H4", "増減", fill=HEAD)
    for c, s in zip("CDEFGH", ["収入済額", "収納率", "収入済額", "収納率", "収入済額", "収納率"]):
        put(ws, f"{c}5", s, fill=SUB)
    r = 6
    for key, full, short in DEBTS:
        boxed(ws, f"A{r}:A{r + 2}", full, h="left", wrap=True)
        for i, (lab, seg) in enumerate((("現年分", "cur"), ("滞繰分", "arr"), ("計", "tot"))):
            p, q = D_PREV[key][seg], D_NOW[key][seg]
            dc = q["c"] - p["c"]
            dr = round(q["r"] - p["r"], 2)
            sdc = ("▲" if dc < 0 else "") + comma(abs(dc))
            sdr = ("▲" if dr < 0 else "") + fr(abs(dr))
            vals = [lab, comma(p["c"]), fr(p["r"]), comma(q["c"]), fr(q["r"]), sdc, sdr]
            for c, s in zip("BCDEFGH", vals):
                put(ws, f"{c}{r + i}", s, h="center" if c == "B" else "right")
            sg = seg_name(seg)
            G.fact(key, full, 2022, "前年同期", sg, "collected", "interim", p["c"] * 1000, "yen", comma(p["c"]), n, as_of=PREV)
            G.fact(key, full, 2022, "前年同期", sg, "collection_rate", "interim", p["r"], "percent", fr(p["r"]), n, as_of=PREV)
            G.fact(key, full, 2023, "今期", sg, "collected", "interim", q["c"] * 1000, "yen", comma(q["c"]), n, as_of=NOW)
            G.fact(key, full, 2023, "今期", sg, "collection_rate", "interim", q["r"], "percent", fr(q["r"]), n, as_of=NOW)
            G.fact(key, full, 2023, "今期", sg, "difference", "interim", dc * 1000, "yen", sdc, n, as_of=NOW)
            G.fact(key, full, 2023, "今期", sg, "difference", "interim", dr, "points", sdr, n, as_of=NOW)
            ws.row_dimensions[r + i].height = 24
        r += 3
    boxed(ws, f"A{r}:H{r}", "※ 増減の収納率はポイント。▲は減少又は低下を示す。", size=9, h="left", border=None)
    ws.print_area = f"A1:H{r}"


# ---------------------------------------------------------------- pages 4-5 月別 (header repeated)
def sheet4(wb):
    ws = wb.create_sheet("月別")
    setup(ws, widths={"A": 12, "B": 15, "C": 12, "D": 15, "E": 12, "F": 13})
    boxed(ws, "A1:F1", "表３　月別収納状況（現年課税分・累計）", size=12, bold=True, h="left", border=None)
    boxed(ws, "A2:F2", "本年度：令和５年度　前年度：令和４年度", size=9.5, h="left", border=None)
    put(ws, "E3", "（単位：千円、％）", size=9, h="right", border=None)
    ws.merge_cells("E3:F3")
    boxed(ws, "A4:A5", "月", fill=HEAD)
    boxed(ws, "B4:C4", "前年度", fill=HEAD)
    boxed(ws, "D4:E4", "本年度", fill=HEAD)
    boxed(ws, "F4:F5", "収納率の差", fill=HEAD)
    for c, s in zip("BCDE", ["収入済額", "収納率", "収入済額", "収納率"]):
        put(ws, f"{c}5", s, fill=SUB)
    ws.print_title_rows = "4:5"
    r = 6
    for bi, (key, label) in enumerate((("市税", "【市税（現年課税分）】"), ("国民健康保険税", "【国民健康保険税（現年課税分）】"))):
        n = 4 + bi
        if bi == 1:
            ws.row_breaks.append(Break(id=r - 1))
        boxed(ws, f"A{r}:F{r}", label, size=10, bold=True, h="left", fill=PatternFill("solid", fgColor="FFFFFF"))
        r += 1
        now_prof, prev_prof = PROFILE[key]
        an, ap = D_NOW[key]["cur"]["a"], D_PREV[key]["cur"]["a"]
        for i, (m, last) in enumerate(MONTHS):
            yr_now = 2023 if m >= 4 else 2024
            yr_prev = yr_now - 1
            if m == 2:
                day_now, day_prev = 29, 28
            else:
                day_now = day_prev = last
            asof_now = f"{yr_now}-{m:02d}-{day_now:02d}"
            asof_prev = f"{yr_prev}-{m:02d}-{day_prev:02d}"
            lab = f"{m}月末"
            # previous year
            if m == 2:
                pc, pr = D_PREV[key]["cur"]["c"], D_PREV[key]["cur"]["r"]
            else:
                pc = round(ap * prev_prof[i] / 100)
                pr = rate(pc, ap)
            if m == 2:
                qc, qr = D_NOW[key]["cur"]["c"], D_NOW[key]["cur"]["r"]
            elif now_prof[i] is None:
                qc = qr = None
            else:
                qc = round(an * now_prof[i] / 100)
                qr = rate(qc, an)
            put(ws, f"A{r}", lab)
            put(ws, f"B{r}", comma(pc), h="right")
            put(ws, f"C{r}", fr(pr), h="right")
            G.fact(key, key, 2022, "前年度", "current", "collected", "interim", pc * 1000, "yen", comma(pc), n, as_of=asof_prev)
            G.fact(key, key, 2022, "前年度", "current", "collection_rate", "interim", pr, "percent", fr(pr), n, as_of=asof_prev)
            if qc is None:
                for c in "DEF":
                    put(ws, f"{c}{r}", "－")
            else:
                d = round(qr - pr, 2)
                sd = ("▲" if d < 0 else "") + fr(abs(d))
                put(ws, f"D{r}", comma(qc), h="right")
                put(ws, f"E{r}", fr(qr), h="right")
                put(ws, f"F{r}", sd, h="right")
                G.fact(key, key, 2023, "本年度", "current", "collected", "interim", qc * 1000, "yen", comma(qc), n, as_of=asof_now)
                G.fact(key, key, 2023, "本年度", "current", "collection_rate", "interim", qr, "percent", fr(qr), n, as_of=asof_now)
                G.fact(key, key, 2023, "本年度", "current", "difference", "interim", d, "points", sd, n, as_of=asof_now)
            ws.row_dimensions[r].height = 21
            r += 1
        boxed(ws, f"A{r}:F{r}", f"※ 収納率は各月末の収入済額累計を当該年度の調定額（{'本年度' if True else ''}２月末現在）で除したもの。",
              size=8.5, h="left", border=None)
        r += 2
    ws.print_area = f"A1:F{r}"


# ---------------------------------------------------------------- page 6 見込・取組
ACTIONS = [
    ("市税", "市税", [
        ("ア", "出納閉鎖までの期間を集中整理期間と位置付け、現年度分の未納者全員に催告書を送付する。", "継続"),
        ("イ", "預貯金調査で判明した財産について、速やかに差押えを執行する。", "継続"),
        ("ウ", "１０月から始めたスマートフォン決済の利用状況を分析し、納付案内の記載を見直す。", "新規"),
    ]),
    ("国民健康保険税", "国民健康保険税", [
        ("ア", "短期被保険者証の更新に合わせて納付相談を行い、分納誓約の履行を確認する。", "継続"),
        ("イ", "３月に夜間・休日の納税相談窓口を開設し、相談の機会を増やす。", "拡充"),
    ]),
    ("保育料", "保育料", [
        ("ア", "児童手当からの徴収について、未納のある保護者に申出を勧奨する。", "継続"),
    ]),
    ("市営住宅使用料", "市営住宅使用料", [
        ("ア", "３か月以上の滞納者と面談し、分納誓約を結んだうえで履行状況を毎月確認する。", "継続"),
        ("イ", "退去した滞納者について、連帯保証人への請求を進める。", "拡充"),
    ]),
]


def sheet5(wb):
    ws = wb.create_sheet("見込・取組")
    setup(ws, widths={"A": 17, "B": 8, "C": 8, "D": 8, "E": 8, "F": 8, "G": 8})
    n = 6
    boxed(ws, "A1:G1", "３　年度末の収納率の見込み", size=12, bold=True, h="left", border=None)
    put(ws, "F2", "（単位：％）", size=9, h="right", border=None)
    ws.merge_cells("F2:G2")
    boxed(ws, "A3:A4", "債権名", fill=HEAD)
    boxed(ws, "B3:D3", "令和４年度決算", fill=HEAD)
    boxed(ws, "E3:G3", "令和５年度決算見込", fill=HEAD)
    for c, s in zip("BCDEFG", ["現年分", "滞繰分", "計"] * 2):
        put(ws, f"{c}4", s, fill=SUB)
    r = 5
    for key, full, short in DEBTS:
        put(ws, f"A{r}", full, h="left")
        act, est = YEAR_END[key]
        for j, seg in enumerate(("current", "arrears", "total")):
            put(ws, f"{'BCD'[j]}{r}", fr(act[j]), h="right")
            put(ws, f"{'EFG'[j]}{r}", fr(est[j]), h="right")
            G.fact(key, full, 2022, "令和４年度", seg, "collection_rate", "actual", act[j], "percent", fr(act[j]), n)
            G.fact(key, full, 2023, "令和５年度", seg, "collection_rate", "estimate", est[j], "percent", fr(est[j]), n)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "４　年度末に向けた対応", size=12, bold=True, h="left", border=None)
    r += 1
    boxed(ws, f"A{r}:A{r}", "債権名", fill=HEAD)
    boxed(ws, f"B{r}:G{r}", "今後の対応", fill=HEAD)
    r += 1
    for key, full, items in ACTIONS:
        r0 = r
        for lab, text, status in items:
            boxed(ws, f"B{r}:G{r}", f"{lab}　{text}【{status}】", size=9, h="left", wrap=True)
            ln = len(text) + 8
            ws.row_dimensions[r].height = 16 * (1 + ln // 30) + 4
            G.init(key, full, 2023, "年度末に向けた対応", lab, text, status, n)
            r += 1
        boxed(ws, f"A{r0}:A{r - 1}", full, h="left", wrap=True)
    ws.print_area = f"A1:G{r}"


def main():
    wb = Workbook()
    sheet1(wb)
    sheet2(wb)
    sheet3(wb)
    sheet4(wb)
    sheet5(wb)
    src = WORK / f"{STEM}.xlsx"
    wb.properties.title = "令和５年度 市税等の収納状況及び収納対策の取組状況"
    wb.properties.creator = "観音寺市"
    wb.save(src)
    out = PDF_DIR / f"{STEM}.pdf"
    office_to_pdf(src, out)
    G.write(out)


if __name__ == "__main__":
    main()
