#!/usr/bin/env python3
"""橿原市 債権回収・整理計画 中間報告（令和６年２月末現在） — openpyxl → LibreOffice.  Run from corpus/frozen31."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fe_common import Gold, PDF_DIR, WORK, comma, oku_man, page_count, rate, signed, soffice_pdf, zen  # noqa: E402

STEM = "fe_kashihara_progress_1"
CITY = "橿原市"
TITLE = "令和５年度 債権回収・整理計画 中間報告"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
DEC, DECFY = "2023-12-31", 2023

# ------------------------------------------------------------------ data (千円)
# name, 2月末 現年調定, 現年率, 滞繰調定, 滞繰率 | 前年同月 現年調定, 現年率, 滞繰調定, 滞繰率 |
# 目標 現年, 目標 滞繰 | 見込 現年, 見込 滞繰 | 前年度決算 現年, 滞繰 | 見込 収入未済額のうち滞繰
DEBTS = [
    ("市税", 18624310, 91.84, 1052480, 21.36, 18402115, 91.42, 1124602, 20.18,
     98.90, 24.50, 98.95, 25.10, 98.82, 23.64),
    ("国民健康保険税", 3412058, 84.27, 1386420, 16.42, 3498610, 85.32, 1452318, 16.05,
     94.80, 20.00, 94.55, 19.80, 94.61, 19.12),
    ("介護保険料", 3186420, 95.12, 98654, 14.86, 3121870, 95.04, 101242, 13.92,
     99.10, 16.00, 99.12, 16.30, 99.05, 15.48),
    ("後期高齢者医療保険料", 1542306, 96.48, 12480, 38.62, 1468220, 96.31, 13105, 37.44,
     99.60, 40.00, 99.62, 40.50, 99.58, 39.86),
    ("保育所保育料", 402156, 93.62, 38420, 12.54, 418630, 93.20, 41208, 12.02,
     98.70, 15.00, 98.74, 14.60, 98.66, 14.11),
    ("市営住宅使用料", 386240, 92.18, 64518, 9.86, 392105, 92.45, 66842, 9.41,
     97.50, 12.00, 97.38, 11.90, 97.44, 11.32),
    ("下水道使用料", 2246830, 90.56, 72410, 52.18, 2218640, 90.12, 75236, 50.86,
     99.00, 58.00, 99.05, 58.40, 98.97, 57.32),
    ("生活保護費返還金", 68420, 41.26, 412860, 3.12, 71256, 40.08, 398514, 2.94,
     55.00, 4.00, 53.40, 3.80, 54.12, 3.66),
]
# 12月末の市税（令和５年１２月末）
DEC_TAX = dict(cas=18598420, cr=83.57, aas=1058210, ar=19.62)


def compute():
    rows = []
    for (n, cas, cr, aas, ar, pcas, pcr, paas, par, tcr, tar, ecr, ear, lcr, lar) in DEBTS:
        ccol, acol = round(cas * cr / 100), round(aas * ar / 100)
        pccol, pacol = round(pcas * pcr / 100), round(paas * par / 100)
        r = dict(name=n, cas=cas, ccol=ccol, cr=rate(ccol, cas), aas=aas, acol=acol, ar=rate(acol, aas),
                 out=cas - ccol + aas - acol,
                 pcas=pcas, pccol=pccol, pcr=rate(pccol, pcas), paas=paas, pacol=pacol, par=rate(pacol, paas),
                 pout=pcas - pccol + paas - pacol,
                 tcr=tcr, tar=tar, ecr=ecr, ear=ear, lcr=lcr, lar=lar)
        # 年度末の収入未済額見込（現年分は見込率から、滞繰分は見込率と不納欠損見込から）
        r["eout_c"] = round(cas * (1 - ecr / 100))
        r["eout_a"] = round(aas * (1 - ear / 100) - aas * 0.035)
        r["eout"] = r["eout_c"] + r["eout_a"]
        rows.append(r)
    tot = dict(name="合計")
    for k in ("cas", "ccol", "aas", "acol", "out", "pcas", "pccol", "paas", "pacol", "pout", "eout", "eout_a"):
        tot[k] = sum(r[k] for r in rows)
    for a, b, c in (("cr", "ccol", "cas"), ("ar", "acol", "aas"), ("pcr", "pccol", "pcas"), ("par", "pacol", "paas")):
        tot[a] = rate(tot[b], tot[c])
    return rows, tot


ROWS, TOT = compute()
R = {r["name"]: r for r in ROWS}

# ------------------------------------------------------------------ styles
GOT, MIN = "IPAexゴシック", "IPAex明朝"
thin = Side(style="thin", color="000000")
hair = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDE5F0")
ZEB = PatternFill("solid", fgColor="F1F5FA")
TOTF = PatternFill("solid", fgColor="E6E6E6")


def put(ws, ref, value, *, font=MIN, size=10, bold=False, h="left", v="center", wrap=False, fill=None,
        border=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = border
    return c


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def setup(ws, landscape=False, widths=None, fit=True, scale=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if scale:
        ws.page_setup.scale = scale
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.font = MIN
    ws.oddFooter.center.size = 9
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


def build():
    g = Gold(STEM, {"kind": "progress_report", "family": "progress", "municipality": CITY,
                    "title": TITLE + "（令和６年２月末現在）", "date": "2024-03-15", "date_raw": "令和６年３月１５日"})
    F = g.fact
    wb = Workbook()

    # ============================================================== sheet 1 (p1) 概要
    p = 1
    ws = wb.active
    ws.title = "概要"
    setup(ws, widths={"A": 2, "B": 2.5, "C": 17, "D": 17, "E": 17, "F": 17})
    ws.merge_cells("A1:F1")
    put(ws, "A1", TITLE, font=GOT, size=15, h="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:F2")
    put(ws, "A2", "（令和６年２月末現在）", font=GOT, size=12, h="center")
    ws.merge_cells("A3:F3")
    put(ws, "A3", "令和６年３月１５日　橿原市 総務部 収税課", size=10, h="right")
    ws.row_dimensions[4].height = 10

    def prose(row, pieces, height):
        ws.merge_cells(f"B{row}:F{row}")
        put(ws, f"B{row}", "".join(pieces), size=10.5, v="top", wrap=True)
        ws.row_dimensions[row].height = height

    ws.merge_cells("A5:F5")
    put(ws, "A5", "１　中間報告の概要", font=GOT, size=12)
    ws.row_dimensions[5].height = 20
    t, k = R["市税"], R["国民健康保険税"]
    d_t = round(t["cr"] - t["pcr"], 2)
    d_k = round(k["cr"] - k["pcr"], 2)
    kw_i = dict(fy=FY, basis="interim", as_of=ASOF)
    prose(6, [
        "　令和６年２月末現在における市税の収納率は、現年課税分で",
        F(p, f"{t['cr']:.2f}％", t["cr"], debt="市税", fy_raw="令和６年２月末", segment="current",
          metric="collection_rate", unit="percent", **kw_i),
        "となり、前年同月（令和５年２月末）の",
        F(p, f"{t['pcr']:.2f}％", t["pcr"], debt="市税", fy=PFY, fy_raw="令和５年２月末", segment="current",
          metric="collection_rate", basis="interim", as_of=PASOF, unit="percent"),
        "と比べて",
        F(p, f"{d_t:.2f}ポイント", d_t, debt="市税", fy_raw="令和６年２月末", segment="current",
          metric="difference", unit="points", **kw_i),
        "上昇しました。国民健康保険税は現年課税分で",
        F(p, f"{k['cr']:.2f}％", k["cr"], debt="国民健康保険税", fy_raw="令和６年２月末", segment="current",
          metric="collection_rate", unit="percent", **kw_i),
        "となり、前年同月比で",
        F(p, f"{abs(d_k):.2f}ポイント", d_k, debt="国民健康保険税", segment="current", metric="difference",
          unit="points", **kw_i),
        "低下しています。",
    ], 44)
    otxt, oval = oku_man(TOT["out"] * 1000)
    dtxt, dval = oku_man((TOT["pout"] - TOT["out"]) * 1000)
    prose(7, [
        "　計画の対象とした８債権の収入未済額（２月末時点）は",
        F(p, "約" + otxt, oval, metric="outstanding", unit="yen", approx=True, **kw_i),
        "で、前年同月から",
        F(p, "約" + dtxt, -dval, metric="difference", unit="yen", approx=True, **kw_i),
        "減少しました。年度末に向けて、出納整理期間（４月～５月）を含めた現年度分の収納確保に全庁で取り組みます。",
    ], 44)
    ws.row_dimensions[8].height = 10
    ws.merge_cells("A9:F9")
    put(ws, "A9", "２　主な債権の収納率", font=GOT, size=12)
    ws.row_dimensions[9].height = 20

    row = 10

    def heading(txt, size=10.5, font=GOT):
        nonlocal row
        ws.merge_cells(f"B{row}:F{row}")
        put(ws, f"B{row}", txt, font=font, size=size)
        ws.row_dimensions[row].height = 18
        row += 1

    def bullet(label, value_txt):
        nonlocal row
        put(ws, f"C{row}", "・" + label, size=10.5)
        put(ws, f"D{row}", value_txt, size=10.5, h="right")
        ws.row_dimensions[row].height = 16
        row += 1

    heading("（１）市税")
    heading("【収納率】令和５年12月末時点", 10.5, MIN)
    dc = round(DEC_TAX["cas"] * DEC_TAX["cr"] / 100)
    da = round(DEC_TAX["aas"] * DEC_TAX["ar"] / 100)
    kd = dict(debt="市税", fy=DECFY, fy_raw="令和５年12月末", basis="interim", as_of=DEC, unit="percent",
              metric="collection_rate")
    bullet("現年分", F(p, f"{rate(dc, DEC_TAX['cas']):.2f}％", rate(dc, DEC_TAX["cas"]), segment="current", **kd))
    bullet("滞納繰越分", F(p, f"{rate(da, DEC_TAX['aas']):.2f}％", rate(da, DEC_TAX["aas"]), segment="arrears", **kd))
    tr_dec = rate(dc + da, DEC_TAX["cas"] + DEC_TAX["aas"])
    bullet("合計", F(p, f"{tr_dec:.2f}％", tr_dec, segment="total", **kd))
    heading("【収納率】令和６年２月末時点", 10.5, MIN)
    kf = dict(debt="市税", fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF, unit="percent",
              metric="collection_rate")
    bullet("現年分", F(p, f"{t['cr']:.2f}％", t["cr"], segment="current", **kf))
    bullet("滞納繰越分", F(p, f"{t['ar']:.2f}％", t["ar"], segment="arrears", **kf))
    ttr = rate(t["ccol"] + t["acol"], t["cas"] + t["aas"])
    bullet("合計", F(p, f"{ttr:.2f}％", ttr, segment="total", **kf))
    row += 1
    heading("（２）国民健康保険税")
    heading("【収納率】令和６年２月末時点（　）内は前年同月", 10.5, MIN)
    kk = dict(debt="国民健康保険税", basis="interim", unit="percent", metric="collection_rate")
    bullet("現年分", F(p, f"{k['cr']:.2f}％", k["cr"], fy=FY, as_of=ASOF, segment="current", **kk) + "（"
           + F(p, f"{k['pcr']:.2f}％", k["pcr"], fy=PFY, as_of=PASOF, segment="current", **kk) + "）")
    bullet("滞納繰越分", F(p, f"{k['ar']:.2f}％", k["ar"], fy=FY, as_of=ASOF, segment="arrears", **kk) + "（"
           + F(p, f"{k['par']:.2f}％", k["par"], fy=PFY, as_of=PASOF, segment="arrears", **kk) + "）")
    row += 1
    ws.merge_cells(f"B{row}:F{row}")
    put(ws, f"B{row}", "※ ２月末時点の収納率は、出納整理期間前の数値であり、決算時の収納率とは一致しない。", size=9)
    ws.print_area = f"A1:F{row}"

    # ============================================================== sheet 2 (p2, p3) 状況表 landscape, split
    ws = wb.create_sheet("状況表")
    widths = {"A": 20}
    for i in range(2, 19):
        widths[chr(64 + i)] = 11
    for c in ("D", "G", "K", "N"):
        widths[c] = 7.5
    for c in ("P", "Q", "R"):
        widths[c] = 9.5
    setup(ws, landscape=True, widths=widths, fit=False, scale=85)
    ws.merge_cells("B1:H1")
    put(ws, "B1", "３　主要債権の収納状況（令和６年２月末現在）", font=GOT, size=12)
    ws.merge_cells("I1:R1")
    put(ws, "I1", "３　主要債権の収納状況（令和６年２月末現在）（続き）", font=GOT, size=12)
    ws.row_dimensions[1].height = 22
    put(ws, "H2", "（単位：千円、％）", size=9, h="right")
    put(ws, "R2", "（単位：千円、ポイント）", size=9, h="right")
    # header rows 3-5
    hdr = [("A3:A5", "債権名"), ("B3:H3", "令和６年２月末（Ａ）"), ("I3:O3", "令和５年２月末（Ｂ）"),
           ("P3:R3", "増減（Ａ）－（Ｂ）"),
           ("B4:D4", "現年度分"), ("E4:G4", "滞納繰越分"), ("H4:H5", "収入未済額"),
           ("I4:K4", "現年度分"), ("L4:N4", "滞納繰越分"), ("O4:O5", "収入未済額"),
           ("P4:P5", "現年度分\n収納率"), ("Q4:Q5", "滞納繰越分\n収納率"), ("R4:R5", "収入未済額")]
    for rng, txt in hdr:
        ws.merge_cells(rng)
        put(ws, rng.split(":")[0], txt, font=GOT, size=9.5, h="center", wrap=True)
        boxed(ws, rng, HEAD)
    for col0 in ("B", "E", "I", "L"):
        c = ord(col0)
        for j, lab in enumerate(("調定額", "収入済額", "収納率")):
            ref = f"{chr(c + j)}5"
            put(ws, ref, lab, font=GOT, size=9.5, h="center", fill=HEAD, border=BOX)
    for rr in (3, 4, 5):
        ws.row_dimensions[rr].height = 18
    ws.row_dimensions[4].height = 20
    r0 = 6
    for i, r in enumerate(ROWS + [TOT]):
        rr = r0 + i
        is_tot = r is TOT
        fill = TOTF if is_tot else (ZEB if i % 2 else None)
        debt = None if is_tot else r["name"]
        put(ws, f"A{rr}", r["name"], size=10, fill=fill, border=BOX)
        kA = dict(debt=debt, debt_raw=r["name"], fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF)
        kB = dict(debt=debt, debt_raw=r["name"], fy=PFY, fy_raw="令和５年２月末", basis="interim", as_of=PASOF)
        cols = [("B", r["cas"], "current", "assessed", kA, 2), ("C", r["ccol"], "current", "collected", kA, 2),
                ("D", r["cr"], "current", "collection_rate", kA, 2), ("E", r["aas"], "arrears", "assessed", kA, 2),
                ("F", r["acol"], "arrears", "collected", kA, 2), ("G", r["ar"], "arrears", "collection_rate", kA, 2),
                ("H", r["out"], "total", "outstanding", kA, 2),
                ("I", r["pcas"], "current", "assessed", kB, 3), ("J", r["pccol"], "current", "collected", kB, 3),
                ("K", r["pcr"], "current", "collection_rate", kB, 3), ("L", r["paas"], "arrears", "assessed", kB, 3),
                ("M", r["pacol"], "arrears", "collected", kB, 3), ("N", r["par"], "arrears", "collection_rate", kB, 3),
                ("O", r["pout"], "total", "outstanding", kB, 3)]
        for col, v, seg, met, kw, pg in cols:
            if met == "collection_rate":
                txt = F(pg, f"{v:.2f}", v, segment=seg, metric=met, unit="percent", **kw)
            else:
                txt = F(pg, comma(v), v * 1000, segment=seg, metric=met, unit="yen", **kw)
            put(ws, f"{col}{rr}", txt, size=10, h="right", fill=fill, border=BOX)
        dc_ = round(r["cr"] - r["pcr"], 2)
        da_ = round(r["ar"] - r["par"], 2)
        do_ = r["out"] - r["pout"]
        for col, txt, v, seg, unit in (("P", signed(dc_), dc_, "current", "points"),
                                       ("Q", signed(da_), da_, "arrears", "points"),
                                       ("R", comma(do_), do_ * 1000, "total", "yen")):
            F(3, txt, v, segment=seg, metric="difference", unit=unit, **kA)
            put(ws, f"{col}{rr}", txt, size=10, h="right", fill=fill, border=BOX)
        ws.row_dimensions[rr].height = 21
    last = r0 + len(ROWS)
    ws.merge_cells(f"B{last + 2}:H{last + 2}")
    put(ws, f"B{last + 2}", "※ 収入未済額は、調定額から収入済額を差し引いた２月末時点の額（不納欠損処分前）。", size=9)
    ws.merge_cells(f"I{last + 2}:R{last + 2}")
    put(ws, f"I{last + 2}", "※ 増減の△は前年同月を下回ったことを示す。", size=9)
    ws.print_title_rows = "1:5"
    ws.print_title_cols = "A:A"
    ws.col_breaks.append(Break(id=8))
    ws.print_area = f"A1:R{last + 2}"

    # ============================================================== sheet 3 (p4) 年度末見込
    p = 4
    ws = wb.create_sheet("見込")
    setup(ws, widths={"A": 16, "B": 7, "C": 8, "D": 12.5, "E": 12.5, "F": 9, "G": 9.5, "H": 19})
    ws.merge_cells("A1:H1")
    put(ws, "A1", "４　年度末の収納見込み（令和５年度）", font=GOT, size=12)
    ws.row_dimensions[1].height = 22
    ws.merge_cells("A2:H2")
    put(ws, "A2", "　２月末までの収納実績に、過去３か年の３月から５月（出納整理期間）までの収納割合を加えて、"
                  "令和５年度の決算見込みを推計した。", size=10, wrap=True, v="top")
    ws.row_dimensions[2].height = 32
    put(ws, "H3", "（単位：％、千円）", size=9, h="right")
    hdr = [("A4:A5", "債権名"), ("B4:C4", "R5目標"), ("D4:E4", "決算見込（前年度決算）"), ("F4:F5", "見込－目標\n（現年度分）"),
           ("G4:G5", "収入未済額\n見込"), ("H4:H5", "備考")]
    for rng, txt in hdr:
        ws.merge_cells(rng)
        put(ws, rng.split(":")[0], txt, font=GOT, size=9.5, h="center", wrap=True)
        boxed(ws, rng, HEAD)
    for ref, txt in (("B5", "現年度分"), ("C5", "滞納繰越分"), ("D5", "現年度分"), ("E5", "滞納繰越分")):
        put(ws, ref, txt, font=GOT, size=9, h="center", fill=HEAD, border=BOX)
    ws.row_dimensions[4].height = 20
    ws.row_dimensions[5].height = 20
    for i, r in enumerate(ROWS):
        rr = 6 + i
        n = r["name"]
        fill = ZEB if i % 2 else None
        put(ws, f"A{rr}", n, size=10, fill=fill, border=BOX)
        kt = dict(debt=n, fy=FY, fy_raw="R5目標", basis="target", metric="collection_rate", unit="percent")
        put(ws, f"B{rr}", F(p, f"{r['tcr']:.2f}", r["tcr"], segment="current", **kt), size=10, h="right", fill=fill,
            border=BOX)
        put(ws, f"C{rr}", F(p, f"{r['tar']:.2f}", r["tar"], segment="arrears", **kt), size=10, h="right", fill=fill,
            border=BOX)
        ke = dict(debt=n, fy=FY, fy_raw="令和５年度", basis="estimate", metric="collection_rate", unit="percent")
        kl = dict(debt=n, fy=PFY, fy_raw="前年度決算", basis="actual", metric="collection_rate", unit="percent")
        put(ws, f"D{rr}", F(p, f"{r['ecr']:.2f}", r["ecr"], segment="current", **ke) + "（"
            + F(p, f"{r['lcr']:.2f}", r["lcr"], segment="current", **kl) + "）", size=10, h="right", fill=fill, border=BOX)
        put(ws, f"E{rr}", F(p, f"{r['ear']:.2f}", r["ear"], segment="arrears", **ke) + "（"
            + F(p, f"{r['lar']:.2f}", r["lar"], segment="arrears", **kl) + "）", size=10, h="right", fill=fill, border=BOX)
        d = round(r["ecr"] - r["tcr"], 2)
        put(ws, f"F{rr}", F(p, signed(d), d, debt=n, fy=FY, segment="current", metric="difference", basis="estimate",
                            unit="points"), size=10, h="right", fill=fill, border=BOX)
        put(ws, f"G{rr}", F(p, comma(r["eout"]), r["eout"] * 1000, debt=n, fy=FY, segment="total",
                            metric="outstanding", basis="estimate", unit="yen"), size=10, h="right", fill=fill,
            border=BOX)
        if n == "生活保護費返還金":
            note = "資力調査の結果に応じて徴収停止を検討"
        else:
            note = ("うち滞納繰越分 " + F(p, f"{comma(r['eout_a'])}千円", r["eout_a"] * 1000, debt=n, fy=FY,
                                         segment="arrears", metric="outstanding", basis="estimate", unit="yen"))
        put(ws, f"H{rr}", note, size=9, fill=fill, border=BOX, wrap=True)
        ws.row_dimensions[rr].height = 21
    rr = 6 + len(ROWS)
    put(ws, f"A{rr}", "合計", size=10, fill=TOTF, border=BOX)
    for col in "BCDEF":
        put(ws, f"{col}{rr}", "－", size=10, h="center", fill=TOTF, border=BOX)
    put(ws, f"G{rr}", F(p, comma(TOT["eout"]), TOT["eout"] * 1000, debt=None, debt_raw="合計", fy=FY,
                        metric="outstanding", basis="estimate", unit="yen"), size=10, h="right", fill=TOTF, border=BOX)
    put(ws, f"H{rr}", "うち滞納繰越分 " + F(p, f"{comma(TOT['eout_a'])}千円", TOT["eout_a"] * 1000, debt=None,
                                          debt_raw="合計", fy=FY, segment="arrears", metric="outstanding",
                                          basis="estimate", unit="yen"), size=9, fill=TOTF, border=BOX, wrap=True)
    ws.row_dimensions[rr].height = 21
    notes = ["※１　（　）内は令和４年度決算の収納率。",
             "※２　見込－目標の△は、決算見込が目標収納率に達しない見込みであることを示す。",
             "※３　収入未済額見込は、滞納繰越分の不納欠損見込額を控除した額。"]
    for j, t_ in enumerate(notes):
        ws.merge_cells(f"A{rr + 2 + j}:H{rr + 2 + j}")
        put(ws, f"A{rr + 2 + j}", t_, size=9)
    ach = sum(1 for r in ROWS if r["ecr"] >= r["tcr"])
    ws.merge_cells(f"A{rr + 6}:H{rr + 6}")
    put(ws, f"A{rr + 6}", f"　決算見込では、８債権のうち{zen(str(ach))}債権で現年度分の目標収納率を達成する見込みである。"
                          "目標に届かない債権は、出納整理期間中の催告を強化する。", size=10, wrap=True, v="top")
    ws.row_dimensions[rr + 6].height = 32
    ws.print_area = f"A1:H{rr + 6}"

    # ============================================================== sheet 4 (p5, p6) 取組状況
    ws = wb.create_sheet("取組状況")
    setup(ws, widths={"A": 1.5, "B": 46, "C": 24})
    blocks = [
        (5, "市税", "収税課", [
            ("（１）", "滞納整理の早期着手　督促状の発送後、納付のない方に１か月以内に文書催告を行い、"
                      "催告後も納付がない場合は速やかに財産調査に着手する。", "継続",
             "文書催告　延べ１２，４１０件"),
            ("（２）", "コールセンターの活用　現年度分の少額滞納者に電話による納付案内を集中して行う。", "継続",
             "架電　８，２３６件"),
            ("（３）", "奈良県と合同の滞納整理　高額・困難案件を県と共同で処理し、捜索・公売を実施する。", "拡充",
             "合同捜索　４件、インターネット公売　６件"),
        ]),
        (5, "国民健康保険税", "保険医療課・収税課", [
            ("（１）", "短期被保険者証に代わる納付相談の機会の確保　資格確認書の交付時に窓口で納付相談を行う。", "新規",
             "納付相談　６１２件"),
            ("（２）", "口座振替の原則化　新規加入時に口座振替の手続を案内し、ペイジー口座振替受付を活用する。", "継続",
             "新規口座振替登録　１，０２４件"),
        ]),
        (6, "介護保険料", "介護保険課", [
            ("（１）", "普通徴収者への口座振替勧奨　６５歳到達時の通知に口座振替依頼書を同封する。", "継続",
             "口座振替申込　４８６件"),
            ("（２）", "給付制限の事前周知　滞納期間に応じた給付制限の内容を催告書に明記する。", "新規",
             "催告書送付　１，３１２件"),
        ]),
        (6, "市営住宅使用料", "住宅政策課", [
            ("（１）", "連帯保証人への通知　滞納３か月で連帯保証人に滞納状況を通知する。", "継続",
             "保証人通知　３８件"),
            ("（２）", "法的措置の実施　長期滞納者に対し明渡請求訴訟及び支払督促を行う。", "拡充",
             "支払督促　５件、訴訟　２件"),
        ]),
    ]
    row = 1
    ws.merge_cells("A1:C1")
    put(ws, "A1", "５　債権ごとの取組状況（令和６年２月末現在）", font=GOT, size=12)
    ws.row_dimensions[1].height = 22
    row = 3
    cur_page = 5
    for pg, n, dept, items in blocks:
        if pg != cur_page:
            ws.row_breaks.append(Break(id=row - 1))
            cur_page = pg
        r = R[n]
        put(ws, f"B{row}", f"債権名　{n}", font=GOT, size=11, fill=HEAD, border=BOX)
        put(ws, f"C{row}", f"所管課　{dept}", font=GOT, size=10, fill=HEAD, border=BOX)
        ws.row_dimensions[row].height = 20
        row += 1
        kw = dict(debt=n, fy=FY, fy_raw="２月末", basis="interim", as_of=ASOF, metric="collection_rate",
                  unit="percent")
        kwp = dict(debt=n, fy=PFY, fy_raw="前年同月", basis="interim", as_of=PASOF, metric="collection_rate",
                   unit="percent")
        txt = ("２月末収納率　現年度分 " + F(pg, f"{r['cr']:.2f}％", r["cr"], segment="current", **kw)
               + "（前年同月 " + F(pg, f"{r['pcr']:.2f}％", r["pcr"], segment="current", **kwp) + "）"
               + "　滞納繰越分 " + F(pg, f"{r['ar']:.2f}％", r["ar"], segment="arrears", **kw)
               + "（前年同月 " + F(pg, f"{r['par']:.2f}％", r["par"], segment="arrears", **kwp) + "）")
        ws.merge_cells(f"B{row}:C{row}")
        put(ws, f"B{row}", txt, size=10, border=BOX)
        boxed(ws, f"B{row}:C{row}")
        ws.row_dimensions[row].height = 20
        row += 1
        put(ws, f"B{row}", "項目・内容", font=GOT, size=10, h="center", fill=HEAD, border=BOX)
        put(ws, f"C{row}", "２月末までの実施状況", font=GOT, size=10, h="center", fill=HEAD, border=BOX)
        ws.row_dimensions[row].height = 18
        row += 1
        for lab, text, st, done in items:
            put(ws, f"B{row}", f"{lab}{text}【{st}】", size=10, wrap=True, v="top", border=BOX)
            put(ws, f"C{row}", done, size=10, wrap=True, v="top", border=BOX)
            lines = max(2, -(-(len(text + lab + st) + 4) // 28))
            ws.row_dimensions[row].height = 14 * lines + 6
            g.init(pg, text, debt=n, fy=FY, section="債権ごとの取組状況", label=lab, status=st)
            row += 1
        row += 1
    # 全庁的な取組 (items in a box)
    put(ws, f"B{row}", "６　年度末に向けた全庁的な取組", font=GOT, size=12)
    ws.row_dimensions[row].height = 22
    row += 1
    box_items = ["３月を「滞納整理強化月間」とし、各債権所管課が文書催告と電話催告を一斉に実施する。",
                 "出納整理期間中の納付に備え、督促状・催告書の納付期限を５月中旬までとする。",
                 "強制徴収公債権の高額案件は、収税課への徴収移管を前提に所管課と合同で納付折衝を行う。"]
    ws.merge_cells(f"B{row}:C{row}")
    put(ws, f"B{row}", "\n".join("・" + t_ for t_ in box_items), size=10.5, wrap=True, v="top")
    boxed(ws, f"B{row}:C{row}")
    ws.row_dimensions[row].height = 62
    for t_ in box_items:
        g.init(6, t_, debt=None, fy=FY, section="年度末に向けた全庁的な取組", label="・", status=None)
    row += 1
    ws.print_area = f"A1:C{row}"

    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, WORK)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dest = PDF_DIR / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    g.write(dest, page_count(dest))
    print(dest, page_count(dest), len(g.facts), "facts", len(g.initiatives), "initiatives")


if __name__ == "__main__":
    build()
