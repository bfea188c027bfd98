"""ひのくま市 令和７年度 債権徴収計画 — openpyxl → LibreOffice, A4 landscape, one sheet per page.

Modelled on the 「平成28年度 徴収計画」 table (債権名 | 現年度分収納率(%) 実績・目標 | 収入未済額(千円) 実績・目標 |
取組目標, one debt per row, rates without %); the city is invented (kana name).
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from w_common import (OUT, PDF_DIR, c, fact, find_page, initiative, oku_man, oku_man_value, page_texts, rate, row,
                      soffice_pdf, write_gold)

STEM = "w_hinokuma_plan_4"
CITY = "ひのくま市"
G = "IPAexGothic"
M = "IPAexMincho"

# 令和６年度決算（千円）
ZEI = {"current": row(28_415_630, "99.21", 1_205), "arrears": row(1_106_480, "27.43", 96_310)}
KOK = {"current": row(4_862_140, "93.56", 2_410), "arrears": row(1_482_390, "22.18", 168_220)}


def total(d):
    a = sum(r["assessed"] for r in d.values())
    col = sum(r["collected"] for r in d.values())
    wo = sum(r["written_off"] for r in d.values())
    return {"assessed": a, "collected": col, "written_off": wo, "outstanding": a - col - wo, "rate": rate(col, a)}


ZEI["total"] = total({k: ZEI[k] for k in ("current", "arrears")})
KOK["total"] = total({k: KOK[k] for k in ("current", "arrears")})

# 債権別計画: rates (R5, R6, R7目標), outstanding 千円 (R5, R6, R7目標), 取組 [(label, text, status)]
PLAN = {
    "市税": (("99.12", str(ZEI["current"]["rate"]), "99.30"),
           (1_214_886, ZEI["total"]["outstanding"], 900_000),
           [("①", "県併任職員の助言を得て高額・困難案件の滞納処分に着手する。", "継続"),
            ("②", "こう着状態の案件は財産調査を行い、執行停止の判断を速やかに行う。", "拡充")]),
    "国民健康保険税": (("93.02", str(KOK["current"]["rate"]), "93.80"),
                (1_402_575, KOK["total"]["outstanding"], 1_250_000),
                [("①", "現年度分の滞納者に早期に財産調査を実施し、差押えを含む滞納整理を行う。", "継続")]),
    "介護保険料": (("98.66", "98.71", "98.80"), (112_846, 108_903, 104_000),
              [("①", "普通徴収の未納者に対し、納付書の再送と電話催告を行う。", None)]),
    "後期高齢者医療保険料": (("99.47", "99.50", "99.55"), (23_952, 22_871, 22_000),
                   [("①", "口座振替の勧奨を継続し、納付忘れの防止を図る。", "継続")]),
    "保育料": (("98.36", "98.52", "98.90"), (60_301, 57_226, 54_000),
            [("①", "児童手当からの徴収を進め、コールセンターによる催告を活用する。", "継続"),
             ("②", "退園者の滞納について、分納誓約の履行管理を徹底する。", "新規")]),
    "住宅使用料": (("98.10", "98.14", "98.20"), (100_985, 97_410, 93_000),
              [("①", "連帯保証人への請求を早期に行い、長期滞納者には明渡請求を検討する。", "継続")]),
    "下水道使用料": (("99.15", "99.18", "99.20"), (32_325, 31_062, 30_000),
               [("①", "令和７年４月から検針時納付書即時発行を導入し、料金の早期回収を図る。", "新規")]),
    "学校給食費": (("99.87", "99.88", "99.90"), (1_429, 1_312, 1_200),
              [("①", "児童手当との相殺の申出を勧奨し、未納の発生を抑制する。", "拡充")]),
}
TOT_OUT = tuple(sum(v[1][i] for v in PLAN.values()) for i in range(3))

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")


def cell(ws, ref, v, font=M, size=9.5, bold=False, h="left", wrap=False, head=False, border=True):
    x = ws[ref]
    if not isinstance(x, MergedCell):
        x.value = v
    x.font = Font(name=font, size=size, bold=bold)
    x.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        x.border = B
    if head:
        x.fill = HEAD
    return x


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = title
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9


def build() -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    setup(ws, "ひのくま市総務部収納課")
    widths = {"A": 20, "B": 11, "C": 11, "D": 11, "E": 13, "F": 13, "G": 13, "H": 62}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.merge_cells("A1:H1")
    cell(ws, "A1", "令和７年度　ひのくま市債権徴収計画", G, 15, True, "center", border=False)
    ws.merge_cells("A2:H2")
    cell(ws, "A2", "令和７年５月　ひのくま市", M, 10, False, "right", border=False)
    ws.merge_cells("A3:H3")
    cell(ws, "A3", "１　債権別の徴収計画", G, 11.5, True, border=False)
    ws.merge_cells("A4:A5")
    cell(ws, "A4", "債権名", G, 9.5, True, "center", head=True)
    cell(ws, "A5", None, head=True)
    ws.merge_cells("B4:D4")
    cell(ws, "B4", "現年度分収納率（％）", G, 9.5, True, "center", head=True)
    for col in "CD":
        cell(ws, f"{col}4", None, head=True)
    ws.merge_cells("E4:G4")
    cell(ws, "E4", "収入未済額（千円）", G, 9.5, True, "center", head=True)
    for col in "FG":
        cell(ws, f"{col}4", None, head=True)
    ws.merge_cells("H4:H5")
    cell(ws, "H4", "令和７年度取組目標", G, 9.5, True, "center", head=True)
    cell(ws, "H5", None, head=True)
    for col, h in zip("BCDEFG", ["令和５年度実績", "６年度実績", "７年度目標"] * 2):
        cell(ws, f"{col}5", h, G, 8.5, True, "center", True, head=True)
    r = 6
    for d, (rates, outs, inits) in PLAN.items():
        cell(ws, f"A{r}", d, M, 9.5)
        for col, v in zip("BCD", rates):
            cell(ws, f"{col}{r}", v, M, 9.5, h="right")
        for col, v in zip("EFG", outs):
            cell(ws, f"{col}{r}", c(v), M, 9.5, h="right")
        txt = "\n".join(f"{lab}{tx}" + (f"【{st}】" if st else "") for lab, tx, st in inits)
        cell(ws, f"H{r}", txt, M, 9, wrap=True)
        ws.row_dimensions[r].height = 15 * max(2, len(inits) * 2)
        r += 1
    cell(ws, f"A{r}", "合\u3000計", G, 9.5, True, "center")
    for col in "BCD":
        cell(ws, f"{col}{r}", "―", M, 9.5, h="center")
    for col, v in zip("EFG", TOT_OUT):
        cell(ws, f"{col}{r}", c(v), G, 9.5, True, "right")
    cell(ws, f"H{r}", "", M, 9)
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    cell(ws, f"A{r}", "※　収入未済額は現年度分と滞納繰越分の合計。令和５年度・６年度は決算額、７年度は目標額。",
         M, 8.5, border=False)
    r += 1
    ws.merge_cells(f"A{r}:H{r + 1}")
    cell(ws, f"A{r}", f"　令和６年度末の収入未済額は、対象債権全体で約{oku_man(TOT_OUT[1] * 1000)}となり、前年度末から"
                      f"約{oku_man((TOT_OUT[0] - TOT_OUT[1]) * 1000)}減少した。令和７年度は、全体で"
                      f"約{oku_man(TOT_OUT[2] * 1000)}まで縮減することを目標とする。", M, 10, wrap=True, border=False)
    ws.print_area = f"A1:H{r + 1}"

    ws2 = wb.create_sheet("収納状況")
    setup(ws2, "ひのくま市総務部収納課")
    for k, w in {"A": 20, "B": 14, "C": 17, "D": 17, "E": 15, "F": 17, "G": 13}.items():
        ws2.column_dimensions[k].width = w
    ws2.merge_cells("A1:G1")
    cell(ws2, "A1", "２　市税及び国民健康保険税の収納状況（令和６年度決算）", G, 11.5, True, border=False)
    ws2.merge_cells("A2:G2")
    cell(ws2, "A2", "（単位：千円、％）", M, 9, h="right", border=False)
    for col, h in zip("ABCDEFG", ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell(ws2, f"{col}3", h, G, 9.5, True, "center", head=True)
    r = 4
    for name, D in (("市税", ZEI), ("国民健康保険税", KOK)):
        ws2.merge_cells(f"A{r}:A{r + 2}")
        cell(ws2, f"A{r}", name, M, 9.5, h="center")
        for k, lab in (("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")):
            x = D[k]
            if k != "current":
                cell(ws2, f"A{r}", None, M, 9.5, h="center")
            cell(ws2, f"B{r}", lab, M, 9.5, h="center")
            for col, kk in zip("CDEF", ("assessed", "collected", "written_off", "outstanding")):
                cell(ws2, f"{col}{r}", c(x[kk]), M, 9.5, h="right")
            cell(ws2, f"G{r}", str(x["rate"]), M, 9.5, h="right")
            r += 1
    ws2.merge_cells(f"A{r}:G{r}")
    cell(ws2, f"A{r}", "※　収納率＝収入済額÷調定額×100（小数点以下第３位四捨五入）", M, 8.5, border=False)
    r += 2
    ws2.merge_cells(f"A{r}:G{r}")
    cell(ws2, f"A{r}", "３　計画の推進体制", G, 11.5, True, border=False)
    r += 1
    ws2.merge_cells(f"A{r}:G{r + 3}")
    cell(ws2, f"A{r}", "【参考】\n・計画期間：令和７年４月１日～令和８年３月31日\n・進行管理：債権管理推進会議（年２回）\n"
                       "・公表：年度終了後に実績を市ホームページで公表", M, 9.5, wrap=True)
    for rr in range(r, r + 4):
        ws2.row_dimensions[rr].height = 18
        for col in "ABCDEFG":
            ws2[f"{col}{rr}"].border = B
    ws2.print_area = f"A1:G{r + 3}"
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    return soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "hinokuma")


def gold(pdf: Path):
    texts = page_texts(pdf)
    F, I = [], []
    p = find_page(texts, "１　債権別の徴収計画")
    rcols = [(2023, "令和５年度実績", "actual"), (2024, "６年度実績", "actual"), (2025, "７年度目標", "target")]
    for d, (rates, outs, inits) in PLAN.items():
        for (fy, fr, b), v in zip(rcols, rates):
            F.append(fact(d, fy, fr, "current", "collection_rate", b, float(v), "percent", v, p))
        for (fy, fr, b), v in zip(rcols, outs):
            F.append(fact(d, fy, fr, "total", "outstanding", b, v * 1000, "yen", c(v), p))
        for lab, tx, st in inits:
            I.append(initiative(d, 2025, "令和７年度取組目標", lab, tx, st, find_page(texts, tx)))
    for (fy, fr, b), v in zip(rcols, TOT_OUT):
        F.append(fact(None, fy, fr, "total", "outstanding", b, v * 1000, "yen", c(v), p, debt_raw="合計"))
    F.append(fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", oku_man_value(TOT_OUT[1] * 1000), "yen",
                  "約" + oku_man(TOT_OUT[1] * 1000), p, approx=True, debt_raw=None))
    F.append(fact(None, 2025, "令和７年度", "total", "outstanding", "target", oku_man_value(TOT_OUT[2] * 1000), "yen",
                  "約" + oku_man(TOT_OUT[2] * 1000), p, approx=True, debt_raw=None))
    p = find_page(texts, "２　市税及び国民健康保険税の収納状況")
    for name, D in (("市税", ZEI), ("国民健康保険税", KOK)):
        for k in ("current", "arrears", "total"):
            x = D[k]
            for kk in ("assessed", "collected", "written_off", "outstanding"):
                F.append(fact(name, 2024, "令和６年度", k, kk, "actual", x[kk] * 1000, "yen", c(x[kk]), p))
            F.append(fact(name, 2024, "令和６年度", k, "collection_rate", "actual", x["rate"], "percent", str(x["rate"]), p))
    document = {"kind": "plan", "municipality": CITY, "title": "令和７年度　ひのくま市債権徴収計画",
                "date": "2025-05-01", "date_raw": "令和７年５月"}
    return write_gold(STEM, pdf, document, F, I)


if __name__ == "__main__":
    pdf = build()
    g = gold(pdf)
    print(STEM, g["source"]["pages"], "pages", len(g["facts"]), "facts", len(g["initiatives"]), "initiatives")
