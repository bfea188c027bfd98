"""令和７年度 債権管理の取組状況（中間報告） — なんごく市 (invented kana name; 高知県南国市 model).

openpyxl → LibreOffice, A4 landscape, two sheets. Modelled on the 南国市議会 会議録 (決算 figures in
running text, https://www.city.nankoku.lg.jp/sp/gijiroku/giji_dtl.php?hdnSerche=1&hdnKatugi=999999&hdnID=555)
and on the 鳥取県 債権回収計画 達成状況 summary (https://www.pref.tottori.lg.jp/dd.aspx?menuid=279060):
an 概要 of bullets with 約 figures, then one table with one debt per column, then per-debt blocks.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import F, I, OUT, PDF_DIR, cm, f2, pct, soffice_pdf, write_gold, z

STEM = "w_nangoku_progress_1"
MUNI = "なんごく市"
TITLE = "令和７年度　債権管理の取組状況（中間報告）"
AS = "2025-12-31"
AS_PREV = "2024-12-31"
FY_RAW = "令和７年１２月末"

DEBTS = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"]
# 12月末 (千円): current (a, c, prev_rate), arrears (a, c, prev_rate)
CUR = {"市税": (6482350, 5318920, 81.62), "国民健康保険料": (1624880, 1102450, 68.10),
       "介護保険料": (1458230, 1105670, 75.40), "後期高齢者医療保険料": (812640, 660310, 80.96),
       "市営住宅使用料": (224560, 196830, 87.12)}
ARR = {"市税": (412380, 98760, 22.81), "国民健康保険料": (598420, 86310, 13.97),
       "介護保険料": (52130, 9640, 18.02), "後期高齢者医療保険料": (8950, 2870, 31.40),
       "市営住宅使用料": (96420, 12580, 12.66)}
PREV_TOTAL = {"current": 78.71, "arrears": 17.21}
# 決算見込 (％)
EST = {"市税": (99.05, 27.50), "国民健康保険料": (93.40, 21.50), "市営住宅使用料": (97.80, 18.20)}
DEPT = {"市税": "税務課", "国民健康保険料": "保険課", "市営住宅使用料": "住宅課"}

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GOTH = "IPAexGothic"
GRAY = PatternFill("solid", fgColor="D9D9D9")


def put(ws, ref, v, *, size=10, bold=False, h="left", v_="center", wrap=True, border=True, fill=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=GOTH, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        c.border = B
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


def setup(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ps = ws.page_setup
    ps.orientation = "landscape"
    ps.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "なんごく市総務部債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    cols = "ABCDEFGHI"
    setup(ws, {"A": 12, "B": 14, "C": 15, "D": 17, "E": 15, "F": 19, "G": 16, "H": 16, "I": 4})

    put(ws, "A1", TITLE, size=16, bold=True, h="center", border=False)
    ws.merge_cells("A1:H1"); ws.row_dimensions[1].height = 30
    put(ws, "F2", "令和８年２月", size=10, h="right", border=False); ws.merge_cells("F2:H2")
    put(ws, "F3", "なんごく市　総務部　債権管理課", size=10, h="right", border=False); ws.merge_cells("F3:H3")

    put(ws, "A5", "１　概要", size=12, bold=True, border=False); ws.merge_cells("A5:H5")
    # running-text bullets
    tot_ca = sum(CUR[d][0] for d in DEBTS); tot_cc = sum(CUR[d][1] for d in DEBTS)
    tot_aa = sum(ARR[d][0] for d in DEBTS); tot_ac = sum(ARR[d][1] for d in DEBTS)
    rc_tot, ra_tot = pct(tot_cc, tot_ca), pct(tot_ac, tot_aa)
    b1 = (f"・令和７年１２月末の主要５債権の現年度分収納率は{f2(rc_tot)}％で、前年同期（{f2(PREV_TOTAL['current'])}％）を"
          f"{f2(rc_tot - PREV_TOTAL['current'])}ポイント上回っている。")
    b2 = ("・令和６年度決算における市全体の収入未済額は約19億4,600万円であり、年度末には約18億円まで"
          "縮減する見込みである。")
    b3 = "・滞納繰越分は、差押えの早期執行により市税・国民健康保険料とも前年同期を上回って推移している。"
    for k, b in enumerate((b1, b2, b3)):
        r = 6 + k
        put(ws, f"A{r}", b, size=10.5, border=False, v_="top"); ws.merge_cells(f"A{r}:H{r}")
        ws.row_dimensions[r].height = 30
    facts += [F(None, 2025, FY_RAW, "current", "collection_rate", "interim", rc_tot, "percent", f"{f2(rc_tot)}％",
                as_of=AS, debt_raw=None),
              F(None, 2024, "前年同期", "current", "collection_rate", "interim", PREV_TOTAL["current"], "percent",
                f"{f2(PREV_TOTAL['current'])}％", as_of=AS_PREV, debt_raw=None),
              F(None, 2024, "令和６年度", "total", "outstanding", "actual", 1946000000, "yen", "約19億4,600万円",
                approx=True, debt_raw=None),
              F(None, 2025, "年度末", "total", "outstanding", "estimate", 1800000000, "yen", "約18億円",
                approx=True, debt_raw=None)]

    put(ws, "A10", "２　主要債権の収納状況（令和７年１２月末現在）", size=12, bold=True, border=False)
    ws.merge_cells("A10:F10")
    put(ws, "G10", "（単位：千円、％）", size=9, h="right", border=False); ws.merge_cells("G10:H10")
    hdr = ["区分", "項目"] + DEBTS + ["合計"]
    for j, v in enumerate(hdr):
        put(ws, f"{cols[j]}11", v, size=10, h="center", fill=GRAY)
    ws.row_dimensions[11].height = 32
    row = 12
    for seg, data, lab, prev_tot in (("current", CUR, "現年度分", PREV_TOTAL["current"]),
                                     ("arrears", ARR, "滞納繰越分", PREV_TOTAL["arrears"])):
        top = row
        a_tot = sum(data[d][0] for d in DEBTS); c_tot = sum(data[d][1] for d in DEBTS)
        lines = {"調定額": [], "収入済額": [], "収納率": [], "前年同期": [], "差": []}
        for d in DEBTS + ["合計"]:
            if d == "合計":
                a, c_, pr = a_tot, c_tot, prev_tot
            else:
                a, c_, pr = data[d]
            rt = pct(c_, a)
            lines["調定額"].append((cm(a), F(d if d != "合計" else None, 2025, FY_RAW, seg, "assessed", "interim", a * 1000, "yen", cm(a), as_of=AS, debt_raw=d)))
            lines["収入済額"].append((cm(c_), F(d if d != "合計" else None, 2025, FY_RAW, seg, "collected", "interim", c_ * 1000, "yen", cm(c_), as_of=AS, debt_raw=d)))
            lines["収納率"].append((f2(rt), F(d if d != "合計" else None, 2025, FY_RAW, seg, "collection_rate", "interim", rt, "percent", f2(rt), as_of=AS, debt_raw=d)))
            lines["前年同期"].append((f2(pr), F(d if d != "合計" else None, 2024, "前年同期", seg, "collection_rate", "interim", pr, "percent", f2(pr), as_of=AS_PREV, debt_raw=d)))
            diff = round(rt - pr, 2)
            lines["差"].append((("△" if diff < 0 else "") + f2(abs(diff)), None))
        for item, vals in lines.items():
            put(ws, f"B{row}", item, size=10, h="center")
            for j, (txt, fct) in enumerate(vals):
                put(ws, f"{cols[2 + j]}{row}", txt, size=10, h="right")
                if fct:
                    facts.append(fct)
            ws.row_dimensions[row].height = 20
            row += 1
        put(ws, f"A{top}", lab, size=10, h="center")
        ws.merge_cells(f"A{top}:A{row - 1}")
        box(ws, f"A{top}:A{row - 1}")
    put(ws, f"A{row}", "※「前年同期」は令和６年１２月末の収納率、「差」は前年同期との差（ポイント）。", size=9, border=False)
    ws.merge_cells(f"A{row}:H{row}")

    # ---------------- sheet 2: per-debt blocks
    ws2 = wb.create_sheet("債権別")
    setup(ws2, {"A": 14, "B": 30, "C": 14, "D": 30, "E": 30, "F": 4})
    put(ws2, "A1", "３　債権別の状況と年度後半の取組", size=12, bold=True, border=False); ws2.merge_cells("A1:E1")
    r = 3
    sec = "年度後半の主な取組"
    blocks = {
        "国民健康保険料": [("(1)", "財産調査で差押可能財産が判明した世帯には、差押予告書を速やかに送付し、なお納付がない場合は滞納処分を行う。", "継続", False),
                        ("(2)", "資格喪失世帯の一覧により、文書と電話による納付督励を行う。", "拡充", True),
                        ("(3)", "分納誓約の不履行世帯には、翌月中に催告書を送付する。", "新規", False)],
        "市税": [("(1)", "年末の差押強化月間に、預貯金・給与の差押えを集中して行う。", "継続", False),
               ("(2)", "高知県地方税滞納整理機構と共同で捜索を実施する。", "継続", False)],
        "市営住宅使用料": [("(1)", "滞納３か月の入居者に連帯保証人への通知を行い、面談による分納相談につなげる。", "継続", False),
                        ("(2)", "長期滞納者には明渡訴訟の提起を検討する。", "拡充", True)],
    }
    for d, items in blocks.items():
        pg = 3 if d == "市営住宅使用料" else 2
        ca, cc, _pc = CUR[d]; aa, ac, _pa = ARR[d]
        rc, ra = pct(cc, ca), pct(ac, aa)
        if d == "市税":
            put(ws2, f"A{r}", f"債権名　{d}", size=11, bold=True, fill=GRAY)
            ws2.merge_cells(f"A{r}:E{r}"); box(ws2, f"A{r}:E{r}")
        else:
            put(ws2, f"A{r}", "債権名", size=10.5, h="center", fill=GRAY)
            put(ws2, f"B{r}", d, size=10.5, h="center")
            put(ws2, f"C{r}", "所管課", size=10.5, h="center", fill=GRAY)
            put(ws2, f"D{r}", DEPT[d], size=10.5, h="center")
        ws2.row_dimensions[r].height = 22
        r += 2
        put(ws2, f"A{r}", f"【収納率】{FY_RAW}時点", size=10.5, bold=True, border=False); ws2.merge_cells(f"A{r}:C{r}")
        put(ws2, f"D{r}", "【決算見込収納率】", size=10.5, bold=True, border=False); ws2.merge_cells(f"D{r}:E{r}")
        r += 1
        e_c, e_a = EST[d]
        put(ws2, f"A{r}", f"　・現年度分　{f2(rc)}％（前年同期　{f2(CUR[d][2])}％）", size=10.5, border=False)
        ws2.merge_cells(f"A{r}:C{r}")
        put(ws2, f"D{r}", f"　・現年度分　{f2(e_c)}％", size=10.5, border=False); ws2.merge_cells(f"D{r}:E{r}")
        r += 1
        put(ws2, f"A{r}", f"　・滞納繰越分　{f2(ra)}％（前年同期　{f2(ARR[d][2])}％）", size=10.5, border=False)
        ws2.merge_cells(f"A{r}:C{r}")
        put(ws2, f"D{r}", f"　・滞納繰越分　{f2(e_a)}％", size=10.5, border=False); ws2.merge_cells(f"D{r}:E{r}")
        facts += [F(d, 2025, FY_RAW, "current", "collection_rate", "interim", rc, "percent", f"{f2(rc)}％", as_of=AS),
                  F(d, 2024, "前年同期", "current", "collection_rate", "interim", CUR[d][2], "percent", f"{f2(CUR[d][2])}％", as_of=AS_PREV),
                  F(d, 2025, "決算見込", "current", "collection_rate", "estimate", e_c, "percent", f"{f2(e_c)}％"),
                  F(d, 2025, FY_RAW, "arrears", "collection_rate", "interim", ra, "percent", f"{f2(ra)}％", as_of=AS),
                  F(d, 2024, "前年同期", "arrears", "collection_rate", "interim", ARR[d][2], "percent", f"{f2(ARR[d][2])}％", as_of=AS_PREV),
                  F(d, 2025, "決算見込", "arrears", "collection_rate", "estimate", e_a, "percent", f"{f2(e_a)}％")]
        for f in facts[-6:]:
            f["_p"] = pg
        r += 2
        put(ws2, f"A{r}", "【年度後半の主な取組】", size=10.5, bold=True, border=False); ws2.merge_cells(f"A{r}:C{r}")
        r += 1
        lines = []
        for lab, text, stt, wrap in items:
            lines.append(f"{lab}　{text}" + ("\n　　【" if wrap else "【") + stt + "】")
            inits.append(I(d, 2025, sec, lab, text, stt, page=pg))
        put(ws2, f"A{r}", "\n".join(lines), size=10.5, v_="top")
        ws2.merge_cells(f"A{r}:E{r}"); box(ws2, f"A{r}:E{r}")
        nlines = sum(1 + len(ln) // 62 + ln.count("\n") for ln in lines)
        ws2.row_dimensions[r].height = 17 * nlines + 8
        r += 2
        if d == "市税":
            ws2.row_breaks.append(Break(id=r - 1))
    for f in facts:
        f["page"] = f.get("_p") or 1
    for f in facts:
        f.pop("_p", None)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "nangoku")
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE,
                "date": "2026-02-01", "date_raw": "令和８年２月"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
