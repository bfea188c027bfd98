"""c_yokosuka_chukan_1: 債権回収・整理計画（中間報告）, one sheet per debt (openpyxl -> LibreOffice)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from c_common import OUT, ROOT, c, fact, init, rate, to_pdf, write_gold

STEM = "c_yokosuka_chukan_1"
CITY = "横須賀市"
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="E7E6E6")
AS_OF, AS_OF_P = "2024-02-29", "2023-02-28"

# debt, dept, {seg: (assessed, collected) this year 2月末, prev year 2月末} (千円), 決算見込 rate, 目標 rate
DEBTS = [
    ("市税", "納税課", {"現年分": ((61204380, 57402187), (60511920, 56627054)),
                      "滞繰分": ((1526410, 412830), (1688230, 432177))},
     {"現年分": (99.12, 99.10), "滞繰分": (31.5, 30.0)}),
    ("国民健康保険税", "保険年金課", {"現年分": ((9812450, 8312604), (10014380, 8421018)),
                               "滞繰分": ((2214360, 398210), (2381540, 401226))},
     {"現年分": (93.40, 93.50), "滞繰分": (22.0, 22.0)}),
    ("介護保険料", "介護保険課", {"現年分": ((10522380, 10123655), (10385420, 9975040)),
                            "滞繰分": ((312540, 41280), (331020, 42514))},
     {"現年分": (99.10, 99.20), "滞繰分": (17.0, 16.5)}),
    ("保育料", "保育運営課", {"現年分": ((1021340, 992215), (1058210, 1025120)),
                        "滞繰分": ((61230, 9512), (66410, 9918))},
     {"現年分": (98.90, 99.00), "滞繰分": (17.5, 18.0)}),
    ("市営住宅使用料", "市営住宅課", {"現年分": ((1384510, 1298822), (1402330, 1309912)),
                               "滞繰分": ((241280, 30133), (256320, 30951))},
     {"現年分": (97.60, 97.50), "滞繰分": (14.0, 14.0)}),
]
# summary only (rates, %): 2月末, 前年同期, 決算見込, 目標
EXTRA = [("後期高齢者医療保険料", "健康保険課", {"現年分": (97.84, 97.71, 99.52, 99.50), "滞繰分": (38.2, 36.9, 45.0, 45.0)}),
         ("下水道使用料", "上下水道局料金課", {"現年分": (93.31, 93.18, 98.95, 99.00), "滞繰分": (52.4, 50.8, 60.0, 60.0)})]

INITS = {
    "市税": [("(1)", "現年課税分の滞納整理", ["・督促状発付後30日を経過した未納者に、電話催告センターから一斉に電話催告を行う。",
                                             "・年度内に完納が見込めない事案は、３月末までに財産調査を終える。"], "継続"),
            ("(2)", "高額滞納事案の集中処理", ["・滞納額100万円以上の事案を特別整理担当に移管し、捜索と公売を実施する。"], "拡充")],
    "国民健康保険税": [("(1)", "資格喪失世帯への納付督励", ["・社会保険加入による喪失世帯に、喪失月の翌月に未納額の通知を送る。"], "新規"),
                  ("(2)", "短期被保険者証の交付時の納付相談", ["・窓口交付の際に生活状況を聴き取り、分納誓約を結ぶ。",
                                                     "・誓約不履行の世帯には、差押予告書を送付する。"], "継続")],
    "介護保険料": [("(1)", "普通徴収の未納者への早期催告", ["・第１期の納期限後に未納者全員へ催告書を送付する。"], "継続")],
    "保育料": [("(1)", "児童手当からの特別徴収", ["・滞納のある世帯に申出書を送り、児童手当との相殺を進める。"], "継続"),
             ("(2)", "退所児童の滞納分の回収", ["・退所後１年を経過した滞納分は、納税課へ徴収を引き継ぐ。"], "新規")],
    "市営住宅使用料": [("(1)", "連帯保証人への請求", ["・滞納３か月で連帯保証人に通知し、６か月で納付を請求する。"], "継続"),
                  ("(2)", "明渡し請求訴訟の実施", ["・催告に応じない長期滞納者に対し、明渡し請求訴訟を提起する。"], "継続")],
}


def style(ws, rng, size=9, border=True, fill=None, align="center", wrap=True, bold=False, rot=0):
    for row in ws[rng]:
        for cell in row:
            cell.font = Font(name=FONT, size=size, bold=bold)
            if border:
                cell.border = GRID
            if fill:
                cell.fill = fill
            cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap, text_rotation=rot)


def page(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "令和５年度 債権回収・整理計画（中間報告）"


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    page(ws)
    ws["A1"] = "令和５年度 債権回収・整理計画（中間報告）"
    ws["A1"].font = Font(name=FONT, size=14, bold=True)
    ws["A2"] = "令和６年２月末現在　　横須賀市 財政部 収納課"
    ws["A2"].font = Font(name=FONT, size=10)
    ws["A3"] = ("各債権の２月末時点の収納率を前年同期と比べ、年度末の決算見込と計画の目標値を示す。"
                "達成見込欄は、決算見込が目標以上のものを○、下回るものを×とした。")
    ws["A3"].font = Font(name=FONT, size=9)
    ws.merge_cells("A3:I3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 28
    ws["I4"] = "（単位：％）"
    ws["I4"].font = Font(name=FONT, size=9)
    ws["I4"].alignment = Alignment(horizontal="right")
    # header over three rows
    hdr = [("A5:A7", "債権名"), ("B5:B7", "所管課"), ("C5:C7", "区分"), ("D5:F5", "収納率（２月末）"),
           ("G5:G7", "決算見込"), ("H5:H7", "目標"), ("I5:I7", "達成\n見込")]
    for rng, v in hdr:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = v
    ws["D6"], ws["E6"], ws["F6"] = "令和５年度", "令和４年度", "差"
    ws["D7"], ws["E7"], ws["F7"] = "R6.2.29", "前年同期", "ﾎﾟｲﾝﾄ"
    style(ws, "A5:I7", size=9, fill=GREY)
    r = 8
    summary = []
    for debt, dept, segs, tgt in DEBTS:
        for lab, ((a, col), (pa, pc)) in segs.items():
            nd = 2 if lab == "現年分" else 1
            now, prev = rate(col, a, nd), rate(pc, pa, nd)
            summary.append((debt, dept, lab, now, prev, tgt[lab][0], tgt[lab][1], nd))
    for debt, dept, segs in EXTRA:
        for lab, (now, prev, est, tg) in segs.items():
            summary.append((debt, dept, lab, now, prev, est, tg, 2 if lab == "現年分" else 1))
    first = {}
    for debt, dept, lab, now, prev, est, tg, nd in summary:
        if debt not in first:
            first[debt] = r
            ws.cell(r, 1, debt)
            ws.cell(r, 2, dept)
        ws.cell(r, 3, lab)
        f = f"{{:.{nd}f}}"
        diff = round(now - prev, nd)
        vals = [f.format(now), f.format(prev), ("+" if diff >= 0 else "△") + f.format(abs(diff)), f.format(est), f.format(tg),
                "○" if est >= tg else "×"]
        for j, v in enumerate(vals):
            ws.cell(r, 4 + j, v)
        seg = "current" if lab == "現年分" else "arrears"
        facts += [fact(debt, 2023, "R6.2.29", seg, "collection_rate", "interim", now, "percent", vals[0], page=1, as_of=AS_OF),
                  fact(debt, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", vals[1], page=1, as_of=AS_OF_P),
                  fact(debt, 2023, "決算見込", seg, "collection_rate", "estimate", est, "percent", vals[3], page=1),
                  fact(debt, 2023, "目標", seg, "collection_rate", "target", tg, "percent", vals[4], page=1)]
        r += 1
    for debt, r0 in first.items():
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=1)
        ws.merge_cells(start_row=r0, start_column=2, end_row=r0 + 1, end_column=2)
    style(ws, f"A8:C{r - 1}", size=9, align="left")
    style(ws, f"D8:H{r - 1}", size=9, align="right")
    style(ws, f"I8:I{r - 1}", size=9)
    ws.cell(r + 1, 1, "※令和５年度は令和６年２月29日現在、令和４年度は令和５年２月28日現在の数値。").font = Font(name=FONT, size=8)
    ws.cell(r + 2, 1, "※後期高齢者医療保険料・下水道使用料は個票を省略している。").font = Font(name=FONT, size=8)
    for col, w in zip("ABCDEFGHI", (20, 16, 9, 11, 11, 8, 10, 10, 7)):
        ws.column_dimensions[col].width = w

    # one sheet per debt
    for k, (debt, dept, segs, tgt) in enumerate(DEBTS):
        pg = k + 2
        ws = wb.create_sheet(debt[:10])
        page(ws)
        ws["A1"] = f"債権名　{debt}"
        ws["A1"].font = Font(name=FONT, size=13, bold=True)
        ws["F1"] = f"所管課　{dept}"
        ws["F1"].font = Font(name=FONT, size=11)
        ws["A3"] = "１　収納状況（２月末）"
        ws["A3"].font = Font(name=FONT, size=11, bold=True)
        ws["I3"] = "（金額：千円）"
        ws["I3"].font = Font(name=FONT, size=9)
        ws.merge_cells("A4:A5"); ws["A4"] = "区分"
        ws.merge_cells("B4:E4"); ws["B4"] = "令和５年度（２月末）"
        ws.merge_cells("F4:I4"); ws["F4"] = "令和４年度（２月末）"
        for j, h in enumerate(["調定額", "収入済額", "未収額", "収納率"] * 2):
            ws.cell(5, 2 + j, h)
        style(ws, "A4:I5", fill=GREY)
        rr = 6
        tot = [[0, 0], [0, 0]]
        lines = []
        for lab, ((a, col), (pa, pc)) in segs.items():
            lines.append((lab, a, col, pa, pc))
            tot[0][0] += a; tot[0][1] += col; tot[1][0] += pa; tot[1][1] += pc
        lines.append(("計", tot[0][0], tot[0][1], tot[1][0], tot[1][1]))
        for lab, a, col, pa, pc in lines:
            nd = 1 if lab == "滞繰分" else 2
            seg = {"現年分": "current", "滞繰分": "arrears", "計": "total"}[lab]
            ws.cell(rr, 1, lab)
            for base, (A, C, fy, asof, fyr) in ((2, (a, col, 2023, AS_OF, "令和５年度（２月末）")),
                                              (6, (pa, pc, 2022, AS_OF_P, "令和４年度（２月末）"))):
                rt = rate(C, A, nd)
                cells = [c(A), c(C), c(A - C), f"{rt:.{nd}f}%"]
                for j, v in enumerate(cells):
                    ws.cell(rr, base + j, v)
                facts += [fact(debt, fy, fyr, seg, "assessed", "interim", A * 1000, "yen", cells[0], page=pg, as_of=asof),
                          fact(debt, fy, fyr, seg, "collected", "interim", C * 1000, "yen", cells[1], page=pg, as_of=asof),
                          fact(debt, fy, fyr, seg, "outstanding", "interim", (A - C) * 1000, "yen", cells[2], page=pg, as_of=asof),
                          fact(debt, fy, fyr, seg, "collection_rate", "interim", rt, "percent", cells[3], page=pg, as_of=asof)]
            rr += 1
        style(ws, f"A6:A{rr - 1}", align="center")
        style(ws, f"B6:I{rr - 1}", align="right")
        rr += 1
        ws.cell(rr, 1, "２　年度末の見込みと目標").font = Font(name=FONT, size=11, bold=True)
        rr += 1
        ws.cell(rr, 1, "区分"); ws.cell(rr, 2, "決算見込"); ws.cell(rr, 3, "目標"); ws.cell(rr, 4, "達成見込")
        style(ws, f"A{rr}:D{rr}", fill=GREY)
        rr += 1
        r0 = rr
        for lab in segs:
            nd = 1 if lab == "滞繰分" else 2
            est, tg = tgt[lab]
            seg = "current" if lab == "現年分" else "arrears"
            vals = [f"{est:.{nd}f}%", f"{tg:.{nd}f}%"]
            ws.cell(rr, 1, lab); ws.cell(rr, 2, vals[0]); ws.cell(rr, 3, vals[1]); ws.cell(rr, 4, "達成" if est >= tg else "未達成")
            facts += [fact(debt, 2023, "決算見込", seg, "collection_rate", "estimate", est, "percent", vals[0], page=pg),
                      fact(debt, 2023, "目標", seg, "collection_rate", "target", tg, "percent", vals[1], page=pg)]
            rr += 1
        style(ws, f"A{r0}:D{rr - 1}")
        rr += 1
        ws.cell(rr, 1, "３　後半の主な取組").font = Font(name=FONT, size=11, bold=True)
        rr += 1
        top = rr
        for lab, head, subs, stt in INITS[debt]:
            body = f"{lab}{head}\n" + "\n".join("　" + x for x in subs) + f"【{stt}】"
            ws.cell(rr, 2, body)
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=9)
            style(ws, f"B{rr}:I{rr}", align="left", border=False)
            ws.row_dimensions[rr].height = 15 * (1 + len(subs)) + 4
            rr += 1
            text = head + "\n" + "\n".join(subs)
            inits.append(init(debt, 2023, "後半の主な取組", lab, text, stt, page=pg))
        # vertical label cell at the left of the 取組 block (縦書き)
        ws.merge_cells(start_row=top, start_column=1, end_row=rr - 1, end_column=1)
        ws.cell(top, 1, "取組内容")
        style(ws, f"A{top}:A{rr - 1}", rot=255)
        for col, w in zip("ABCDEFGHI", (10, 14, 14, 12, 9, 14, 14, 12, 9)):
            ws.column_dimensions[col].width = w
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    # initiative texts as printed (heading line + sub-bullets); check compares whitespace-free
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度 債権回収・整理計画（中間報告）",
                "date": "2024-02-29", "date_raw": "令和６年２月末現在"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
