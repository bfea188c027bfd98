"""松戸市-style mid-year progress sheets (osaka family): openpyxl -> LibreOffice, landscape, one sheet per debt."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from e_common import OUT, PDF, fact, rate, to_pdf, write_gold

STEM = "e_matsudo_torikumi_1"
TITLE = "令和6年度 未収金対策の取組状況（11月末現在）"
ASOF, ASOF_PREV = "2024-11-30", "2023-11-30"
SEC = "後半（12月～3月）の主な取組"

# 調定/収入 in 千円 at 11月末; prev = 前年同期 rate; est, tgt, r5 = 決算見込, 目標, 令和5年度決算
DEBTS = [
    dict(name="市税", ka="財務部 収納課", kubun="強制徴収公債権",
         cur=(58432615, 37912480), arr=(1284330, 352907), prev_col=(37120455, 341880),
         rates=dict(cur=(64.51, 99.12, 99.20, 99.05), arr=(26.93, 33.50, 34.00, 32.87), tot=(63.70, 97.85, 97.95, 97.70)),
         items=[("①", "年末の一斉催告に反応のない滞納者について、預貯金・給与の調査を1月中に終え、2月から差押えを集中して行う。", "継続"),
                ("②", "現年度分の未納者へ納期限後30日でSMS催告を送信し、早期の自主納付につなげる。", "拡充"),
                ("③", "100万円以上の高額滞納事案は千葉県との合同催告・共同徴収の対象に加える。", "新規")]),
    dict(name="国民健康保険税", ka="福祉長寿部 国民健康保険課", kubun="強制徴収公債権",
         cur=(9842177, 5102334), arr=(2415880, 498203), prev_col=(5031870, 471205),
         rates=dict(cur=(51.40, 94.30, 94.50, 94.12), arr=(19.85, 26.10, 27.00, 25.64), tot=(44.70, 80.25, 80.60, 79.90)),
         items=[("①", "資格喪失世帯のうち未納のある世帯へ文書と電話による納付督励を行う。", "継続"),
                ("②", "分納誓約の不履行世帯を毎月抽出し、差押予告書を速やかに送付する。", "継続"),
                ("③", "口座振替の原則化に向け、新規加入時に窓口で口座振替の申込みを受け付ける。", "拡充")]),
    dict(name="介護保険料", ka="福祉長寿部 介護保険課", kubun="強制徴収公債権",
         cur=(7325460, 4903118), arr=(198744, 31207), prev_col=(4811520, 30455),
         rates=dict(cur=(66.55, 98.60, 98.70, 98.52), arr=(14.92, 20.40, 21.00, 19.88), tot=(65.10, 96.35, 96.50, 96.20)),
         items=[("①", "普通徴収の未納者に対し、給付制限の説明を添えた催告書を1月に送付する。", "継続"),
                ("②", "財産調査により納付資力が判明した滞納者には差押えを実施する。", "継続")]),
    dict(name="市営住宅使用料", ka="街づくり部 住宅政策課", kubun="私債権",
         cur=(412556, 268030), arr=(86412, 9815), prev_col=(262118, 9120),
         rates=dict(cur=(64.20, 97.80, 98.00, 97.66), arr=(10.77, 15.20, 16.00, 14.95), tot=(55.10, 83.40, 83.80, 83.10)),
         items=[("①", "3か月以上の滞納者に対し、連帯保証人への通知と面談による納付指導を行う。", "継続"),
                ("②", "退去者の滞納分は弁護士による支払督促の申立てを進める。", "新規"),
                ("③", "高額滞納者（滞納額50万円以上）について明渡請求訴訟の準備に着手する。", "拡充")]),
]
TOTAL_PREV = (63.12, 18.90)  # 合計行の前年同期（現年・滞繰）

thin = Side(style="thin")
hair = Side(style="hair")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
F = "IPAexGothic"


def font(sz=9, bold=False):
    return Font(name=F, size=sz, bold=bold)


def setup(ws, title_sheet):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "松戸市 財務部 債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.print_options.horizontalCentered = True


def put(ws, ref, v, sz=9, bold=False, fmt=None, border=None, fill=None, h="center", wrap=False, v_al="center"):
    c = ws[ref]
    c.value = v
    c.font = font(sz, bold)
    c.alignment = Alignment(horizontal=h, vertical=v_al, wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = border
    if fill:
        c.fill = fill
    return c


def main():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, True)
    for col, w in zip("ABCDEFGH", [18, 24, 11, 11, 11, 11, 16, 4]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", TITLE, 14, True, h="left")
    put(ws, "A2", "令和7年1月20日　松戸市債権管理推進会議資料", 9, h="left")
    put(ws, "A4", "主要債権の徴収率（11月末時点）", 11, True, h="left")
    put(ws, "G4", "※収入未済額の単位：千円", 8, h="right")
    # three-row header
    hdr = [("A5:A7", "債権名"), ("B5:B7", "所管課"), ("C5:F5", "徴収率"), ("C6:D6", "現年分"), ("E6:F6", "滞納繰越分"),
           ("G5:G7", "収入未済額\n（11月末）")]
    for rng, txt in hdr:
        ws.merge_cells(rng)
        put(ws, rng.split(":")[0], txt, 9, True, border=GRID, fill=GREY, wrap=True)
    for col, txt in zip("CDEF", ["R6.11月末", "前年同期", "R6.11月末", "前年同期"]):
        put(ws, f"{col}7", txt, 9, True, border=GRID, fill=GREY)
    for r in range(5, 8):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].border = GRID
            ws[f"{col}{r}"].fill = GREY
    # totals first
    ta_c = sum(d["cur"][0] for d in DEBTS); tc_c = sum(d["cur"][1] for d in DEBTS)
    ta_a = sum(d["arr"][0] for d in DEBTS); tc_a = sum(d["arr"][1] for d in DEBTS)
    rows = [dict(name="合計", ka="", cur=(ta_c, tc_c), arr=(ta_a, tc_a), p=TOTAL_PREV, debt=None)]
    rows += [dict(name=d["name"], ka=d["ka"].split()[1], cur=d["cur"], arr=d["arr"],
                  p=(d["rates"]["cur"][0], d["rates"]["arr"][0]), debt=d["name"]) for d in DEBTS]
    r = 8
    for row in rows:
        rc, ra = rate(row["cur"][1], row["cur"][0]), rate(row["arr"][1], row["arr"][0])
        out = row["cur"][0] - row["cur"][1] + row["arr"][0] - row["arr"][1]
        put(ws, f"A{r}", row["name"], 9, row["debt"] is None, border=GRID, h="left")
        put(ws, f"B{r}", row["ka"], 8, border=GRID, h="left")
        for col, v in zip("CDEF", [rc, row["p"][0], ra, row["p"][1]]):
            put(ws, f"{col}{r}", v, 9, fmt='0.00"%"', border=GRID, h="right")
        put(ws, f"G{r}", out, 9, fmt="#,##0", border=GRID, h="right")
        dr = row["name"]
        facts += [fact(row["debt"], 2024, "R6.11月末", "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}%", 1, ASOF, debt_raw=dr),
                  fact(row["debt"], 2023, "前年同期", "current", "collection_rate", "interim", row["p"][0], "percent", f"{row['p'][0]:.2f}%", 1, ASOF_PREV, debt_raw=dr),
                  fact(row["debt"], 2024, "R6.11月末", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}%", 1, ASOF, debt_raw=dr),
                  fact(row["debt"], 2023, "前年同期", "arrears", "collection_rate", "interim", row["p"][1], "percent", f"{row['p'][1]:.2f}%", 1, ASOF_PREV, debt_raw=dr),
                  fact(row["debt"], 2024, "11月末", "total", "outstanding", "interim", out * 1000, "yen", f"{out:,}", 1, ASOF, debt_raw=dr)]
        r += 1
    put(ws, f"A{r+1}", "※徴収率は、収入済額÷調定額により算出（小数点以下第3位四捨五入）。前年同期は令和5年11月末の数値。", 8, h="left")
    put(ws, f"A{r+2}", "※市営住宅使用料は私債権のため、督促後は支払督促・訴訟等の法的措置により回収を図る。", 8, h="left")

    for i, d in enumerate(DEBTS, start=2):
        page = i
        ws = wb.create_sheet(d["name"])
        setup(ws, False)
        for col, w in zip("ABCDEFGH", [14, 15, 15, 12, 15, 15, 13, 12]):
            ws.column_dimensions[col].width = w
        put(ws, "A1", TITLE, 13, True, h="left")
        # label/value box
        for ref, v, lab in [("A3", "債権名", True), ("B3", d["name"], False), ("D3", "所管課", True), ("E3", d["ka"], False),
                            ("G3", "債権区分", True), ("H3", d["kubun"], False)]:
            put(ws, ref, v, 10, lab, border=GRID, fill=GREY if lab else None, wrap=True)
        ws.merge_cells("B3:C3"); ws.merge_cells("E3:F3")
        for ref in ("C3", "F3"):
            ws[ref].border = GRID
        ws.row_dimensions[3].height = 24
        # table 1: rates, no % sign
        put(ws, "A5", "１　徴収率の状況", 11, True, h="left")
        put(ws, "G5", "（単位：％）", 9, h="right")
        ws.merge_cells("G5:H5")
        for rng, txt in [("A6:A7", "区分"), ("B6:D6", "11月末時点"), ("E6:F6", "令和6年度"), ("G6:H6", "令和5年度")]:
            ws.merge_cells(rng)
            put(ws, rng.split(":")[0], txt, 9, True, border=GRID, fill=GREY)
        for col, txt in zip("BCDEFGH", ["R6.11月末", "前年同期", "増減", "決算見込", "目標", "決算", "目標"]):
            put(ws, f"{col}7", txt, 9, True, border=GRID, fill=GREY)
        for rr in (6, 7):
            for col in "ABCDEFGH":
                ws[f"{col}{rr}"].border = GRID
                ws[f"{col}{rr}"].fill = GREY
        tot = (d["cur"][0] + d["arr"][0], d["cur"][1] + d["arr"][1])
        r5_tgt = dict(cur=round(d["rates"]["cur"][2] - 0.10, 2), arr=round(d["rates"]["arr"][2] - 1.00, 2),
                      tot=round(d["rates"]["tot"][2] - 0.30, 2))
        for rr, (seg, key, lab, amt) in enumerate([("current", "cur", "現年分", d["cur"]), ("arrears", "arr", "滞繰分", d["arr"]),
                                                   ("total", "tot", "計", tot)], start=8):
            now = rate(amt[1], amt[0])
            prev, est, tgt, r5 = d["rates"][key]
            put(ws, f"A{rr}", lab, 10, border=GRID)
            for col, v in zip("BCDEFGH", [now, prev, round(now - prev, 2), est, tgt, r5, r5_tgt[key]]):
                put(ws, f"{col}{rr}", v, 10, fmt='+0.00;"△"0.00' if col == "D" else "0.00", border=GRID, h="right")
            n = d["name"]
            facts += [fact(n, 2024, "R6.11月末", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}", page, ASOF),
                      fact(n, 2023, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", page, ASOF_PREV),
                      fact(n, 2024, "令和6年度", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}", page),
                      fact(n, 2024, "令和6年度", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}", page),
                      fact(n, 2023, "令和5年度", seg, "collection_rate", "actual", r5, "percent", f"{r5:.2f}", page),
                      fact(n, 2023, "令和5年度", seg, "collection_rate", "target", r5_tgt[key], "percent", f"{r5_tgt[key]:.2f}", page)]
        # table 2: amounts, horizontal rules only
        put(ws, "A12", "２　調定額・収入済額の状況（11月末現在）", 11, True, h="left")
        put(ws, "H12", "単位：千円", 9, h="right")
        for col, txt in zip("ABCDEF", ["区分", "調定額", "収入済額", "収入未済額", "前年同期\n収入済額", "対前年同期比"]):
            put(ws, f"{col}13", txt, 9, True, border=Border(top=thin, bottom=thin), wrap=True)
        ws.row_dimensions[13].height = 26
        pc = d["prev_col"]
        for rr, (seg, lab, amt, pv) in enumerate([("current", "現年分", d["cur"], pc[0]), ("arrears", "滞繰分", d["arr"], pc[1]),
                                                  ("total", "計", tot, pc[0] + pc[1])], start=14):
            out = amt[0] - amt[1]
            b = Border(bottom=thin) if rr == 16 else Border(bottom=hair)
            put(ws, f"A{rr}", lab, 10, border=b)
            for col, v, fm in [("B", amt[0], "#,##0"), ("C", amt[1], "#,##0"), ("D", out, "#,##0"), ("E", pv, "#,##0"),
                               ("F", round(amt[1] / pv * 100, 1), '0.0"%"')]:
                put(ws, f"{col}{rr}", v, 10, fmt=fm, border=b, h="right")
            n = d["name"]
            facts += [fact(n, 2024, "11月末現在", seg, "assessed", "interim", amt[0] * 1000, "yen", f"{amt[0]:,}", page, ASOF),
                      fact(n, 2024, "11月末現在", seg, "collected", "interim", amt[1] * 1000, "yen", f"{amt[1]:,}", page, ASOF),
                      fact(n, 2024, "11月末現在", seg, "outstanding", "interim", out * 1000, "yen", f"{out:,}", page, ASOF),
                      fact(n, 2023, "前年同期", seg, "collected", "interim", pv * 1000, "yen", f"{pv:,}", page, ASOF_PREV)]
        # 取組: several numbered items in one merged cell, no 取組 header in the box
        put(ws, "A18", "３　" + SEC, 11, True, h="left")
        ws.merge_cells("A19:H19")
        txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in d["items"])
        put(ws, "A19", txt, 10, border=GRID, h="left", wrap=True, v_al="top")
        for col in "BCDEFGH":
            ws[f"{col}19"].border = GRID
        ws.row_dimensions[19].height = 20 * len(d["items"]) + 10
        for lab, t, st in d["items"]:
            inits.append({"debt": d["name"], "fiscal_year": 2024, "section": SEC, "label": lab, "text": t,
                          "status": st, "page": page})
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", "e_matsudo")
    document = {"kind": "progress_report", "municipality": "松戸市", "title": TITLE,
                "date": "2025-01-20", "date_raw": "令和7年1月20日"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
