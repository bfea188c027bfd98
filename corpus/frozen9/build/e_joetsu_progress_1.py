"""上越市 債権回収・整理計画（中間報告） 令和６年２月末現在 — openpyxl → LibreOffice."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from e_common import F, I, OUT, PDF, to_pdf, write_gold

STEM = "e_joetsu_progress_1"
CITY = "上越市"
TITLE = "令和５年度　債権回収・整理計画（中間報告）"
AS, AS_PY = "2024-02-29", "2023-02-28"
FONT = "IPAexゴシック"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="DDDDDD")

SUMMARY = [  # debt, (cur now, cur py), (arr now, arr py)
    ("市税", (96.84, 96.71), (27.35, 26.02)),
    ("国民健康保険税", (88.46, 88.90), (19.72, 18.85)),
    ("介護保険料", (97.15, 97.02), (14.30, 15.11)),
    ("後期高齢者医療保険料", (98.62, 98.55), (41.20, 39.87)),
    ("保育料", (95.08, 94.77), (22.64, 20.13)),
    ("市営住宅使用料", (93.51, 93.86), (11.47, 10.92)),
    ("下水道使用料", (97.92, 97.88), (35.06, 33.40)),
]
SHEETS = [
    dict(name="市税", ka="収納課", rows=[("現年分", 21984506400), ("滞納繰越分", 1062118305)],
         est=(99.10, 30.50, 96.30), tgt=(99.15, 31.00, 96.40),
         items=["差押え可能な財産が判明している案件について、３月末までに処分を完了する。【継続】",
                "出納整理期間中の納付を促すため、４月上旬に現年分の未納者へ一斉催告を行う。【継続】",
                "高額滞納案件（１００万円以上）は、新潟県地方税徴収機構への移管を検討する。【拡充】"],
         area=[("高田区", 96.95, 96.80), ("直江津区", 96.41, 96.33), ("柿崎区", 97.62, 97.70),
               ("大潟区", 97.20, 96.98), ("頸城区", 97.85, 97.51), ("板倉区", 98.03, 97.92)]),
    dict(name="国民健康保険税", ka="収納課・国保年金課", rows=[("現年分", 4712340800), ("滞納繰越分", 1203588410)],
         est=(94.20, 22.60, 79.70), tgt=(94.50, 23.00, 80.00),
         items=["短期被保険者証の更新時に窓口で納付相談を行い、分納誓約の履行を確認する。【継続】",
                "資格喪失者の未納分について、喪失後３か月以内に催告する。【新規】"], area=None),
    dict(name="保育料", ka="保育課", rows=[("現年分", 512304600), ("滞納繰越分", 38915200)],
         est=(98.40, 25.10, 93.20), tgt=(98.50, 25.00, 93.30),
         items=["児童手当からの徴収（申出による特別徴収）を未納世帯に案内する。【継続】",
                "退園者の未納分は、退園前に納付計画を作成する。【新規】"], area=None),
    dict(name="市営住宅使用料", ka="建築住宅課", rows=[("現年分", 601833000), ("滞納繰越分", 74210540)],
         est=(97.00, 13.80, 87.80), tgt=(97.20, 14.00, 88.00),
         items=["３か月以上の滞納者には連帯保証人へも納付指導を依頼する。【継続】",
                "明渡請求訴訟の対象案件を選定し、４月に法律相談を行う。【継続】"], area=None),
]


def c(ws, ref, v, bold=False, fill=False, align=None, border=True, size=10):
    ws[ref] = v
    ws[ref].font = Font(name=FONT, bold=bold, size=size)
    if border:
        ws[ref].border = BOX
    if fill:
        ws[ref].fill = GREY
    ws[ref].alignment = Alignment(horizontal=align, vertical="center", wrap_text=border)


def setup(ws, landscape=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "令和６年２月末現在"
    ws.oddFooter.center.text = "&P / &N"


def main():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active; ws.title = "総括"; setup(ws)
    c(ws, "A1", TITLE, bold=True, border=False, size=14)
    c(ws, "A2", "令和６年２月末現在　　上越市財務部債権管理課", border=False)
    c(ws, "A4", "１　主要債権の収納率の状況（前年同期との比較）", bold=True, border=False)
    c(ws, "H5", "（単位：％、ポイント）", border=False, align="right", size=9)
    c(ws, "A6", "債権名", fill=True, align="center"); ws.merge_cells("A6:A7")
    c(ws, "B6", "現年分", fill=True, align="center"); ws.merge_cells("B6:D6")
    c(ws, "E6", "滞納繰越分", fill=True, align="center"); ws.merge_cells("E6:G6")
    for col, t in zip("BCDEFG", ["R6.2月末", "R5.2月末", "差"] * 2):
        c(ws, f"{col}7", t, fill=True, align="center")
    r = 8
    for debt, cur, arr in SUMMARY:
        c(ws, f"A{r}", debt)
        for cols, (now, py), seg in (("BCD", cur, "current"), ("EFG", arr, "arrears")):
            dif = round(now - py, 2)
            c(ws, f"{cols[0]}{r}", f"{now:.2f}", align="right")
            c(ws, f"{cols[1]}{r}", f"{py:.2f}", align="right")
            c(ws, f"{cols[2]}{r}", ("△" if dif < 0 else "") + f"{abs(dif):.2f}", align="right")
            facts += [F(debt, 2023, seg, "collection_rate", "interim", now, "percent", f"{now:.2f}", as_of=AS, fy_raw="R6.2月末"),
                      F(debt, 2022, seg, "collection_rate", "interim", py, "percent", f"{py:.2f}", as_of=AS_PY, fy_raw="R5.2月末")]
        r += 1
    c(ws, f"A{r+1}", "※　収納率は、各年２月末時点の収入済額を調定額で除したもの。令和６年は２月２９日現在。", border=False, size=9)
    c(ws, f"A{r+2}", "※　差の△は前年同期を下回ったことを示す。", border=False, size=9)
    ws.column_dimensions["A"].width = 26
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13
    ws.column_dimensions["H"].width = 4

    for sh in SHEETS:
        n = sh["name"]
        ws = wb.create_sheet(n); setup(ws)
        c(ws, "A1", f"債権名　{n}", bold=True, size=13); ws.merge_cells("A1:C1")
        c(ws, "D1", f"所管：{sh['ka']}", border=False)
        c(ws, "A3", "１　収納状況（令和６年２月末現在）", bold=True, border=False)
        hdr = ["区分", "調定額（円）", "収入済額（円）", "収納率", "前年同期\n収納率", "決算見込", "目標"]
        for col, h in zip("ABCDEFG", hdr):
            c(ws, f"{col}4", h, fill=True, align="center")
        r = 5
        ta = tc = 0
        py = dict(SUMMARY)[n] if False else None
        summ = {d: (cu, ar) for d, cu, ar in SUMMARY}[n]
        for (lab, a), seg, p_rate, est, tgt in zip(sh["rows"], ("current", "arrears"), (summ[0][1], summ[1][1]),
                                                   sh["est"][:2], sh["tgt"][:2]):
            now = summ[0][0] if seg == "current" else summ[1][0]
            col_ = round(a * now / 100)
            pr = f"{col_ / a * 100:.2f}"
            assert abs(float(pr) - now) < 0.006
            ta += a; tc += col_
            vals = [lab, f"{a:,}", f"{col_:,}", f"{pr}%", f"{p_rate:.2f}%", f"{est:.2f}%", f"{tgt:.2f}%"]
            for col, v in zip("ABCDEFG", vals):
                c(ws, f"{col}{r}", v, align=None if col == "A" else "right")
            facts += [F(n, 2023, seg, "assessed", "interim", a, "yen", f"{a:,}", as_of=AS),
                      F(n, 2023, seg, "collected", "interim", col_, "yen", f"{col_:,}", as_of=AS),
                      F(n, 2023, seg, "collection_rate", "interim", float(pr), "percent", f"{pr}%", as_of=AS),
                      F(n, 2022, seg, "collection_rate", "interim", p_rate, "percent", f"{p_rate:.2f}%", as_of=AS_PY,
                        fy_raw="前年同期"),
                      F(n, 2023, seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}%", fy_raw="決算見込"),
                      F(n, 2023, seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}%", fy_raw="目標")]
            r += 1
        tr = f"{tc / ta * 100:.2f}"
        vals = ["計", f"{ta:,}", f"{tc:,}", f"{tr}%", "－", f"{sh['est'][2]:.2f}%", f"{sh['tgt'][2]:.2f}%"]
        for col, v in zip("ABCDEFG", vals):
            c(ws, f"{col}{r}", v, align=None if col == "A" else "right", bold=(col == "A"))
        facts += [F(n, 2023, "total", "assessed", "interim", ta, "yen", f"{ta:,}", as_of=AS),
                  F(n, 2023, "total", "collected", "interim", tc, "yen", f"{tc:,}", as_of=AS),
                  F(n, 2023, "total", "collection_rate", "interim", float(tr), "percent", f"{tr}%", as_of=AS),
                  F(n, 2023, "total", "collection_rate", "estimate", sh["est"][2], "percent", f"{sh['est'][2]:.2f}%"),
                  F(n, 2023, "total", "collection_rate", "target", sh["tgt"][2], "percent", f"{sh['tgt'][2]:.2f}%")]
        r += 2
        c(ws, f"A{r}", "２　下半期の主な取組", bold=True, border=False)
        r += 1
        for k, it in enumerate(sh["items"], 1):
            lab = f"({k})"
            c(ws, f"A{r}", f"{lab}　{it}", align="left"); ws.merge_cells(f"A{r}:G{r}")
            ws.row_dimensions[r].height = 30
            text, st = it[:-4], it[-3:-1]
            inits.append(I(n, 2023, "下半期の主な取組", lab, text, st))
            r += 1
        if sh["area"]:
            r += 1
            c(ws, f"A{r}", "３　区別　現年分収納率（２月末）", bold=True, border=False)
            c(ws, f"D{r}", "（単位：％）", border=False, align="right", size=9)
            r += 1
            for col, h in zip("ABCD", ["区", "令和6年2月末", "令和5年2月末", "差"]):
                c(ws, f"{col}{r}", h, fill=True, align="center")
            r += 1
            for area, now, py in sh["area"]:
                dif = round(now - py, 2)
                for col, v in zip("ABCD", [area, f"{now:.2f}", f"{py:.2f}", ("△" if dif < 0 else "") + f"{abs(dif):.2f}"]):
                    c(ws, f"{col}{r}", v, align=None if col == "A" else "right")
                facts += [F(n, 2023, "current", "collection_rate", "interim", now, "percent", f"{now:.2f}", as_of=AS,
                            area=area, fy_raw="令和6年2月末"),
                          F(n, 2022, "current", "collection_rate", "interim", py, "percent", f"{py:.2f}", as_of=AS_PY,
                            area=area, fy_raw="令和5年2月末")]
                r += 1
        ws.column_dimensions["A"].width = 16
        for col in "BC":
            ws.column_dimensions[col].width = 20
        for col in "DEFG":
            ws.column_dimensions[col].width = 12
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "e9c")
    write_gold(STEM, {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-02-29",
                      "date_raw": "令和６年２月末現在"}, facts, inits)


if __name__ == "__main__":
    main()
