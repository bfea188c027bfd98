"""丸亀市-style mid-year progress report (未収債権の回収・整理計画 中間報告, 12月末現在).

openpyxl -> LibreOffice, landscape sheets printed fit-to-page.  Family: 大阪市 progress sheets.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from a_common import OUT, PDF, Facts, Locator, soffice_pdf, write_gold, comma  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

STEM = "a_marugame_chukan_1"
CITY = "丸亀市"
AS_OF, AS_OF_PREV = "2025-12-31", "2024-12-31"
FONT = "IPAexGothic"

# overview: debt, 所管課, cur(調定,収入済,前年同期率), arr(調定,収入済,前年同期率)
OVER = [
    ("市税", "納税課", (16_120_455, 12_642_389, 77.95), (612_330, 171_452, 26.84)),
    ("国民健康保険税", "保険課", (3_284_610, 2_047_331, 63.10), (1_102_458, 197_340, 17.25)),
    ("介護保険料", "高齢者支援課", (2_611_904, 1_983_120, 75.88), (71_205, 9_911, 13.02)),
    ("後期高齢者医療保険料", "保険課", (1_355_870, 1_043_281, 76.70), (12_418, 4_027, 30.15)),
    ("保育所保育料", "幼保運営課", (268_114, 199_842, 73.96), (24_880, 3_516, 15.77)),
    ("市営住宅使用料", "建築住宅課", (205_336, 168_311, 81.20), (61_207, 5_002, 9.64)),
    ("下水道使用料", "下水道課", (1_521_660, 1_198_604, 78.45), (45_930, 16_227, 33.91)),
    ("生活保護費返還金", "福祉課", (88_412, 31_905, 38.80), (312_550, 12_804, 3.95)),
    ("母子父子寡婦福祉資金貸付金", "子育て支援課", (14_206, 9_870, 70.15), (52_118, 3_120, 5.48)),
]
PREV_TOT_CUR, PREV_TOT_ARR = 76.92, 15.81


def r2(c, a):
    return round(c / a * 100 + 1e-9, 2)


# per-debt sheets: estimate / target / last year actual rates (cur, arr, tot), prev 計 interim,
# outstanding (R6末実績, R7末見込, 目標) in 千円, 上半期 lines, 取組 items
SHEETS = {
    "市税": dict(
        kubun="強制徴収公債権", prev_tot=75.83,
        est=(99.10, 30.50, 97.30), tgt=(99.15, 31.00, 97.40), last=(99.02, 29.87, 97.12),
        out=(431_227, 412_000, 400_000),
        jokyo=["差押件数：１，０２４件（前年同期：９６８件）", "財産調査件数：５，３１２件（前年同期：５，０４０件）",
               "ＳＭＳ催告送信件数：８，１１５件（新規）"],
        torikumi_style="paren",
        items=[("（１）", "年末調整後の１月を給与照会の強化月間とし、勤務先が判明した滞納者に対して給与差押えを集中して行う。", "継続"),
               ("（２）", "３月の出納整理期間前までに、現年課税分の未納者全件に対しＳＭＳと文書による一斉催告を実施する。", "拡充"),
               ("（３）", "高額・困難事案については香川県滞納整理推進機構への引継ぎを行い、捜索及びインターネット公売を実施する。", "継続"),
               ("（４）", "スマートフォン決済アプリによる納付を周知し、納期内納付を促進する。", "新規")]),
    "国民健康保険税": dict(
        kubun="強制徴収公債権", prev_tot=50.05,
        est=(94.20, 22.10, 79.80), tgt=(94.50, 23.00, 80.30), last=(93.96, 21.47, 78.95),
        out=(1_041_886, 1_003_500, 980_000),
        jokyo=["差押件数：３０６件（前年同期：２８１件）", "滞納世帯数：２，８４５世帯（前年同期：２，９９０世帯）",
               "短期被保険者証交付：１１２世帯"],
        torikumi_style="maru",
        items=[("①", "納付相談に応じない滞納世帯に対し、預貯金・給与の調査を行い、差押えを速やかに執行する。", "継続"),
               ("②", "資格喪失後も未納のある世帯に対し、文書と電話による納付督励を行う。", "継続"),
               ("③", "口座振替の原則化について、新規加入時の窓口での申込受付を徹底する。", "拡充")]),
    "介護保険料": dict(
        kubun="強制徴収公債権", prev_tot=73.15,
        est=(99.05, 14.20, 96.90), tgt=(99.10, 15.00, 97.00), last=(98.97, 13.66, 96.75),
        out=(78_402, 75_800, 74_000),
        jokyo=["催告書送付件数：１，８４０件（前年同期：１，７９２件）", "給付制限対象者への通知：５４件"],
        torikumi_style="kana",
        items=[("ア", "普通徴収の初期滞納者に対して、督促状送付後１か月以内に電話催告を行う。", "継続"),
               ("イ", "年金からの特別徴収への切替えを早期に行い、普通徴収期間の未納を防ぐ。", "継続"),
               ("ウ", "長期滞納者について、給付制限の事前通知と併せて納付相談の機会を設ける。", "新規")]),
    "保育所保育料": dict(
        kubun="強制徴収公債権", prev_tot=68.52,
        est=(98.60, 16.40, 90.50), tgt=(98.80, 17.00, 91.00), last=(98.41, 15.92, 90.02),
        out=(27_410, 26_000, 25_500),
        jokyo=["園を通じた納付書の手渡し：月１回", "児童手当からの申出徴収：４１件（前年同期：３６件）"],
        torikumi_style="paren",
        items=[("（１）", "在園児の保護者に対し、各園を通じて未納通知を手渡しし、早期の納付を促す。", "継続"),
               ("（２）", "児童手当支給月に合わせ、申出による保育料への充当を勧奨する。", "拡充"),
               ("（３）", "卒園児の滞納分については、財産調査の上、差押えを実施する。", "継続")]),
    "市営住宅使用料": dict(
        kubun="私債権", prev_tot=65.38,
        est=(97.90, 10.50, 78.60), tgt=(98.00, 11.00, 79.00), last=(97.75, 9.98, 78.12),
        out=(57_930, 56_200, 55_000),
        jokyo=["明渡し請求訴訟：２件", "連帯保証人への請求：１８件（前年同期：２２件）"],
        torikumi_style="maru",
        items=[("①", "３か月以上の滞納者に対し、連帯保証人を含めた納付指導を行う。", "継続"),
               ("②", "６か月以上の滞納者で誠意のない者には、明渡し請求訴訟を提起する。", "継続"),
               ("③", "退去者の滞納分について、弁護士法人への回収業務委託を開始する。", "新規")]),
}

thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
RATE_FMT = '0.00'
DIFF_FMT = '0.00;"△"0.00'


def style(c, size=9, bold=False, h="center", v="center", wrap=True, border=BOX, fill=None, fmt=None):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        c.border = border
    if fill is not None:
        c.fill = fill
    if fmt:
        c.number_format = fmt


def page_setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 8


def overview(wb, F, pageno):
    ws = wb.active
    ws.title = "総括"
    page_setup(ws, "令和７年度　丸亀市債権管理対策会議　資料２")
    widths = [26, 13, 13, 13, 9, 9, 9, 12, 12, 9, 9, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "令和７年度　未収債権の回収・整理計画　中間報告（令和７年１２月末現在）"
    style(ws["A1"], 14, True, "left", border=None, wrap=False)
    ws["L1"] = "令和８年１月２８日"
    style(ws["L1"], 9, False, "right", border=None, wrap=False)
    ws["L2"] = "財政課債権管理室"
    style(ws["L2"], 9, False, "right", border=None, wrap=False)
    ws["A2"] = "１　主要債権の徴収状況（総括表）"
    style(ws["A2"], 11, True, "left", border=None, wrap=False)
    ws["L3"] = "（単位：千円、％）"
    style(ws["L3"], 8, False, "right", border=None, wrap=False)
    # 3-row header
    ws.merge_cells("A4:A6"); ws["A4"] = "債権名"
    ws.merge_cells("B4:B6"); ws["B4"] = "所管課"
    ws.merge_cells("C4:G4"); ws["C4"] = "現年度分"
    ws.merge_cells("H4:L4"); ws["H4"] = "過年度分"
    ws.merge_cells("C5:E5"); ws["C5"] = "令和７年１２月末"
    ws.merge_cells("H5:J5"); ws["H5"] = "令和７年１２月末"
    ws["F5"] = "前年同期"; ws["K5"] = "前年同期"
    ws["G5"] = "差"; ws["L5"] = "差"
    for col, t in zip("CDEFGHIJKL", ["調定額", "収入済額", "徴収率", "徴収率", "ポイント",
                                    "調定額", "収入済額", "徴収率", "徴収率", "ポイント"]):
        ws[f"{col}6"] = t
    for r in range(4, 7):
        for col in "ABCDEFGHIJKL":
            style(ws[f"{col}{r}"], 9, True, fill=GREY)
    # total first
    ca = sum(o[2][0] for o in OVER); cc = sum(o[2][1] for o in OVER)
    aa = sum(o[3][0] for o in OVER); ac = sum(o[3][1] for o in OVER)
    rows = [("合計", "", (ca, cc, PREV_TOT_CUR), (aa, ac, PREV_TOT_ARR))] + [(o[0], o[1], o[2], o[3]) for o in OVER]
    r = 7
    for d, ka, cur, arr in rows:
        debt = None if d == "合計" else d
        ws[f"A{r}"] = d; ws[f"B{r}"] = ka
        style(ws[f"A{r}"], 9, d == "合計", "left"); style(ws[f"B{r}"], 8, False, "center")
        for (a, c, prev), cols, seg in ((cur, "CDEFG", "current"), (arr, "HIJKL", "arrears")):
            rt = r2(c, a)
            vals = [a, c, rt, prev, round(rt - prev, 2)]
            fmts = ["#,##0", "#,##0", RATE_FMT, RATE_FMT, DIFF_FMT]
            for col, v, fm in zip(cols, vals, fmts):
                ws[f"{col}{r}"] = v
                style(ws[f"{col}{r}"], 9, d == "合計", "right", fmt=fm, fill=None)
            fy_raw = "令和７年１２月末"
            F.add(pageno, debt, 2025, fy_raw, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF, debt_raw=d)
            F.add(pageno, debt, 2025, fy_raw, seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF, debt_raw=d)
            F.add(pageno, debt, 2025, fy_raw, seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS_OF,
                  debt_raw=d)
            F.add(pageno, debt, 2024, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}",
                  as_of=AS_OF_PREV, debt_raw=d)
        r += 1
    r += 1
    notes = ["※徴収率＝収入済額÷調定額×１００（小数点以下第３位を四捨五入）",
             "※「前年同期」は令和６年１２月末現在の徴収率。「差」は前年同期との比較（ポイント）。△は減を示す。",
             "※各債権の取組状況は次ページ以降の個票のとおり。"]
    for n in notes:
        ws[f"A{r}"] = n
        style(ws[f"A{r}"], 8, False, "left", border=None, wrap=False)
        r += 1


def sheet(wb, debt, ka, cur, arr, info, F, pageno, inits, no):
    ws = wb.create_sheet(debt[:12])
    page_setup(ws, "令和７年度　丸亀市債権管理対策会議　資料２")
    for col, w in zip("ABCDEFGH", [20, 15, 15, 15, 15, 15, 15, 15]):
        ws.column_dimensions[col].width = w
    ws["A1"] = f"個票{no}　令和７年度　未収債権の回収・整理計画　中間報告"
    style(ws["A1"], 12, True, "left", border=None, wrap=False)
    # label/value box
    for col, t, bold, fill in (("A", "債権名", True, GREY), ("B", debt, False, None), ("D", "所管課", True, GREY),
                               ("E", ka, False, None), ("F", "債権区分", True, GREY), ("G", info["kubun"], False, None)):
        ws[f"{col}3"] = t
        style(ws[f"{col}3"], 10, bold, "center", fill=fill)
    ws.merge_cells("B3:C3"); ws.merge_cells("G3:H3")
    for col in "CH":
        style(ws[f"{col}3"], 10)

    ws["A5"] = "１　徴収率の状況"
    style(ws["A5"], 11, True, "left", border=None, wrap=False)
    ws["E5"] = "単位：％"
    style(ws["E5"], 8, False, "right", border=None, wrap=False)
    hdr = ["", "現年度分", "過年度分", "計"]
    for col, t in zip("ABCDE", hdr):
        pass
    for i, t in enumerate(hdr):
        c = ws.cell(row=6, column=1 + i if i == 0 else 1 + i)
    ws["A6"] = ""; ws["B6"] = "現年度分"; ws["C6"] = "過年度分"; ws["D6"] = "計"
    for col in "ABCD":
        style(ws[f"{col}6"], 9, True, fill=GREY)
    ca, cc, cprev = cur
    aa, ac, aprev = arr
    now = (r2(cc, ca), r2(ac, aa), r2(cc + ac, ca + aa))
    prev = (cprev, aprev, info["prev_tot"])
    diff = tuple(round(n - p, 2) for n, p in zip(now, prev))
    lines = [("R7.12月末 徴収率", now, "interim", 2025, "R7.12月末", AS_OF, RATE_FMT),
             ("前年同期（R6.12月末）", prev, "interim", 2024, "R6.12月末", AS_OF_PREV, RATE_FMT),
             ("差（ポイント）", diff, None, None, None, None, DIFF_FMT),
             ("決算見込", info["est"], "estimate", 2025, "決算見込", None, RATE_FMT),
             ("目標", info["tgt"], "target", 2025, "目標", None, RATE_FMT),
             ("前年度決算（R6）", info["last"], "actual", 2024, "R6", None, RATE_FMT)]
    r = 7
    for label, vals, basis, fy, fyr, as_of, fmt in lines:
        ws[f"A{r}"] = label
        style(ws[f"A{r}"], 9, False, "left")
        for col, v, seg in zip("BCD", vals, ("current", "arrears", "total")):
            ws[f"{col}{r}"] = v
            style(ws[f"{col}{r}"], 10, False, "right", fmt=fmt)
            if basis:
                F.add(pageno, debt, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", as_of=as_of)
        r += 1

    ws["F5"] = "２　未収金残高"
    style(ws["F5"], 11, True, "left", border=None, wrap=False)
    o6, o7, ot = info["out"]
    for i, (lab, v, basis, fy, fyr) in enumerate((("令和６年度末（実績）", o6, "actual", 2024, "令和６年度末"),
                                                   ("令和７年度末（見込）", o7, "estimate", 2025, "令和７年度末"),
                                                   ("令和７年度目標", ot, "target", 2025, "令和７年度"))):
        rr = 6 + i * 2
        ws.merge_cells(f"F{rr}:H{rr}")
        ws[f"F{rr}"] = lab
        style(ws[f"F{rr}"], 9, True, fill=GREY)
        for col in "GH":
            style(ws[f"{col}{rr}"], 9, fill=GREY)
        ws.merge_cells(f"F{rr+1}:H{rr+1}")
        txt = f"{comma(v)}千円"
        ws[f"F{rr+1}"] = txt
        style(ws[f"F{rr+1}"], 11, False, "right")
        for col in "GH":
            style(ws[f"{col}{rr+1}"], 11)
        F.add(pageno, debt, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", txt)

    r = 14
    ws[f"A{r}"] = "３　上半期（４月～１２月）の取組状況"
    style(ws[f"A{r}"], 11, True, "left", border=None, wrap=False)
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    ws[f"A{r}"] = "\n".join("・" + j for j in info["jokyo"])
    style(ws[f"A{r}"], 9, False, "left", "top")
    for col in "BCDEFGH":
        style(ws[f"{col}{r}"], 9)
    ws.row_dimensions[r].height = 15 * len(info["jokyo"]) + 6
    for j in info["jokyo"]:
        if j.startswith("滞納世帯数"):
            # ２，８４５世帯（前年同期：２，９９０世帯）
            import re
            nums = re.findall(r"[０-９，]+世帯", j)
            vals = [int(n.replace("，", "").replace("世帯", "").translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                    for n in nums]
            F.add(pageno, debt, 2025, "R7.12月末", "total", "delinquents", "interim", vals[0], "households", nums[0],
                  as_of=AS_OF)
            F.add(pageno, debt, 2024, "前年同期", "total", "delinquents", "interim", vals[1], "households", nums[1],
                  as_of=AS_OF_PREV)
    r += 2
    ws[f"A{r}"] = "４　年度後半（１月～３月）の取組"
    style(ws[f"A{r}"], 11, True, "left", border=None, wrap=False)
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    parts = []
    for lab, text, status in info["items"]:
        sep = "" if info["torikumi_style"] == "paren" else "　"
        if debt == "国民健康保険税":
            parts.append(f"{lab}{sep}{text}\n　　　　　　　　　　　　　　　　　　　　　　　　【{status}】")
        else:
            parts.append(f"{lab}{sep}{text}【{status}】")
        inits.append({"debt": debt, "fiscal_year": 2025, "section": "年度後半（１月～３月）の取組", "label": lab,
                      "text": text, "status": status, "page": pageno})
    ws[f"A{r}"] = "\n".join(parts)
    style(ws[f"A{r}"], 10, False, "left", "top")
    for col in "BCDEFGH":
        style(ws[f"{col}{r}"], 10)
    ws.row_dimensions[r].height = 17 * len("\n".join(parts).split("\n")) + 8


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    F = Facts()
    inits = []
    overview(wb, F, 1)
    pg = 2
    for no, (d, ka, cur, arr) in enumerate(OVER, 1):
        if d in SHEETS:
            sheet(wb, d, ka, cur, arr, SHEETS[d], F, pg, inits, no)
            pg += 1
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    soffice_pdf(x, PDF / f"{STEM}.pdf", "a_marugame")
    document = {"kind": "progress_report", "municipality": CITY,
                "title": "令和７年度 未収債権の回収・整理計画 中間報告（令和７年１２月末現在）",
                "date": "2026-01-28", "date_raw": "令和８年１月２８日"}
    return write_gold(STEM, document, F.items, inits, None)


if __name__ == "__main__":
    main()
