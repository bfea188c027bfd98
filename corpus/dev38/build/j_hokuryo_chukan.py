"""北陵市 令和７年度 債権回収・整理計画（中間報告） — openpyxl → LibreOffice (landscape, fit to width).

Modelled on 豊中市「債権回収・整理計画（中間報告）」(上半期実績と中間計画, published in December) and the
大阪府 債権回収・整理計画 (目標達成状況) tables; one 個票 per debt like the 大阪市 mid-year sheets, but with
9月末 (上半期) figures, rates without % sign under a 単位：％ note, a 差 column in points with ▲,
segment in parentheses in headers (調定額（現年）), an outstanding table with debts as columns,
取組 items (ｱ)(ｲ) in one cell with tags after the 。, and one 個票 whose debt is named only in the page header.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from j_common import OUT, PDF, comma, fact, init, rate, to_pdf, write_gold

STEM = "j_hokuryo_chukan_1"
CITY = "北陵市"
TITLE = "令和７年度　債権回収・整理計画（中間報告）"
FONT = "IPAexGothic"
ASOF, ASOF_PREV = "2025-09-30", "2024-09-30"

# 個票 data (千円): 9月末 (assessed, collected) current/arrears for R7 and R6; rates (%) for 見込/目標/R6決算
DEBTS = [
    dict(name="市税", dept="財務部 納税課", kubun="強制徴収公債権",
         cur7=(15820400, 8934780), cur6=(15611230, 8712050), arr7=(842310, 171860), arr6=(901540, 172990),
         est=(99.2, 30.5, 97.5), tgt=(99.3, 31.0, 97.6), act6=(99.1, 29.8, 97.3),
         out=(842310, 798600, 780000),
         done=["初期滞納者へのＳＭＳ催告を月２回実施し、納付約束件数は前年同期を上回った。",
               "高額滞納案件６２件について、預貯金・給与の一斉調査を実施した。"],
         plan=[("ｱ", "滞納繰越分の高額案件について、年内に財産調査を完了し、差押えを執行する。", "継続"),
               ("ｲ", "インターネット公売を１２月と２月に実施し、差押財産の換価を進める。", "拡充"),
               ("ｳ", "納付が困難な者には換価の猶予等を案内し、生活再建と両立する分納計画を組む。", None)]),
    dict(name="国民健康保険税", dept="健康福祉部 保険年金課", kubun="強制徴収公債権",
         cur7=(3412600, 1602330), cur6=(3498210, 1611840), arr7=(498730, 69820), arr6=(541200, 70150),
         est=(94.9, 22.0, 87.9), tgt=(95.0, 22.5, 88.0), act6=(94.9, 21.6, 87.6),
         out=(498730, 472000, 460000),
         done=["口座振替の勧奨通知を新規加入世帯全件に送付した。",
               "短期被保険者証の更新時に納付相談を実施した。"],
         plan=[("ｱ", "資格喪失世帯の未納分について、転出先への照会と文書催告を集中的に行う。", "継続"),
               ("ｲ", "納税課と合同で財産調査を行い、差押可能な世帯への処分を早期に執行する。", "拡充"),
               ("ｳ", "スマートフォン決済の利用案内を納税通知書に同封する。", "新規")]),
    dict(name="介護保険料", dept="健康福祉部 介護保険課", kubun="強制徴収公債権",
         cur7=(2901450, 1488210), cur6=(2870330, 1462480), arr7=(41880, 5920), arr6=(44310, 6050),
         est=(98.5, 14.5, 97.3), tgt=(98.6, 15.0, 97.4), act6=(98.4, 13.9, 97.2),
         out=(41880, 40500, 39000),
         done=["普通徴収者のうち未納２期以上の者に電話催告を実施した。"],
         plan=[("ｱ", "給付制限の対象となる前に、個別に納付相談の機会を設ける。", "継続"),
               ("ｲ", "年金天引きへの切替時期を案内し、普通徴収期間の未納を防ぐ。", None)]),
    dict(name="下水道使用料", dept="上下水道局 料金課", kubun="非強制徴収公債権",
         cur7=(2214870, 1083900), cur6=(2198040, 1070210), arr7=(38420, 9640), arr6=(40980, 9120),
         est=(99.0, 27.0, 98.2), tgt=(99.1, 28.0, 98.3), act6=(98.9, 26.4, 98.1),
         out=(38420, 36800, 36000), header_only=True,
         done=["水道料金との一括催告により、閉栓前の納付誓約を取り付けた。"],
         plan=[("ｱ", "転居等により所在不明となった者について、住民票調査を行い催告書を再送付する。", "継続"),
               ("ｲ", "少額の長期未納分について、債権放棄の要件を確認し整理を進める。", "新規")]),
]
OTHERS = [  # summary-only debts: 9月末 rates (cur7, cur6, arr7, arr6), outstanding (R6末, 見込, 目標)
    dict(name="後期高齢者医療保険料", r=(52.3, 51.9, 25.4, 24.8), out=(6120, 5900, 5800)),
    dict(name="市営住宅使用料", r=(48.6, 48.9, 6.2, 7.0), out=(52340, 51000, 50000)),
]

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")


def f1(v):
    return f"{v:.1f}"


def dpt(v):
    s = f"{abs(v):.1f}"
    return ("▲" + s) if v < 0 else s


def put(ws, ref, value, size=10, bold=False, h="left", v="center", wrap=False, border=False, fill=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = GRID
    if fill:
        c.fill = fill
    return c


def grid(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = GRID


def setup(ws, widths, header=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9
    if header:
        ws.oddHeader.left.text = header
        ws.oddHeader.left.size = 11
        ws.oddHeader.left.font = f"{FONT},Bold"
    ws.oddHeader.right.text = "北陵市 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8


def build():
    facts, inits = [], []
    wb = Workbook()

    # ---------------------------------------------------------------- page 1: 総括
    ws = wb.active
    ws.title = "総括"
    setup(ws, {"A": 24, "B": 13, "C": 13, "D": 10, "E": 13, "F": 13, "G": 10, "H": 13})
    page = 1
    put(ws, "A1", TITLE, 15, True)
    put(ws, "H1", "令和７年１２月", 10, h="right")
    put(ws, "H2", "北陵市総務部債権管理課", 10, h="right")
    put(ws, "A3", "　本計画は、北陵市債権の管理に関する条例に基づき、債権の種類ごとに回収・整理の目標を定めるものです。"
                  "上半期（令和７年４月～９月）の実績と、下半期の取組を取りまとめました。", 10, wrap=True, v="top")
    ws.merge_cells("A3:H4")
    ws.row_dimensions[3].height = 18
    ws.row_dimensions[4].height = 18

    put(ws, "A6", "１　主要債権の上半期徴収率（９月末）", 11, True)
    put(ws, "H6", "（単位：％、ポイント）", 9, h="right")
    put(ws, "A7", "債　権　名", 10, True, "center", border=True, fill=GREY)
    ws.merge_cells("A7:A8")
    put(ws, "B7", "現　年　分", 10, True, "center", border=True, fill=GREY)
    ws.merge_cells("B7:D7")
    put(ws, "E7", "滞 納 繰 越 分", 10, True, "center", border=True, fill=GREY)
    ws.merge_cells("E7:G7")
    for col, t in zip("BCDEFG", ["R7.9月末(A)", "R6.9月末(B)", "差(A)-(B)"] * 2):
        put(ws, f"{col}8", t, 9, True, "center", border=True, fill=GREY)
    r = 9
    summary = []
    for d in DEBTS:
        c7, c6 = rate(d["cur7"][1], d["cur7"][0], 1), rate(d["cur6"][1], d["cur6"][0], 1)
        a7, a6 = rate(d["arr7"][1], d["arr7"][0], 1), rate(d["arr6"][1], d["arr6"][0], 1)
        summary.append((d["name"], c7, c6, a7, a6))
    for o in OTHERS:
        summary.append((o["name"],) + o["r"])
    for name, c7, c6, a7, a6 in summary:
        put(ws, f"A{r}", name, 10, border=True)
        vals = [f1(c7), f1(c6), dpt(round(c7 - c6, 1)), f1(a7), f1(a6), dpt(round(a7 - a6, 1))]
        for col, v in zip("BCDEFG", vals):
            put(ws, f"{col}{r}", v, 10, h="right", border=True)
        facts += [
            fact(name, 2025, "R7.9月末", "current", "collection_rate", "interim", c7, "percent", vals[0], page, as_of=ASOF),
            fact(name, 2024, "R6.9月末", "current", "collection_rate", "interim", c6, "percent", vals[1], page,
                 as_of=ASOF_PREV),
            fact(name, 2025, "R7.9月末", "arrears", "collection_rate", "interim", a7, "percent", vals[3], page, as_of=ASOF),
            fact(name, 2024, "R6.9月末", "arrears", "collection_rate", "interim", a6, "percent", vals[4], page,
                 as_of=ASOF_PREV),
        ]
        r += 1
    put(ws, f"A{r}", "※差の▲はマイナス。徴収率＝収入済額÷調定額（９月末時点の累計）。", 8)
    r += 2

    # outstanding: debts as columns
    put(ws, f"A{r}", "２　未収金残高の状況（千円）", 11, True)
    r += 1
    names = [d["name"] for d in DEBTS] + [o["name"] for o in OTHERS]
    outs = [d["out"] for d in DEBTS] + [o["out"] for o in OTHERS]
    cols = "BCDEFGH"
    put(ws, f"A{r}", "", 9, border=True, fill=GREY)
    short = {"国民健康保険税": "国民健康\n保険税", "後期高齢者医療保険料": "後期高齢者\n医療保険料", "市営住宅使用料": "市営住宅\n使用料",
             "下水道使用料": "下水道\n使用料"}
    for col, n in zip(cols, names + ["合計"]):
        put(ws, f"{col}{r}", short.get(n, n), 9, True, "center", wrap=True, border=True, fill=GREY)
    ws.row_dimensions[r].height = 28
    r += 1
    rowspec = [("令和６年度末（実績）", 2024, "令和６年度末", "actual"),
               ("令和７年度末（見込）", 2025, "令和７年度末", "estimate"),
               ("令和７年度末（目標）", 2025, "令和７年度末", "target")]
    for k, (label, fy, fyraw, basis) in enumerate(rowspec):
        put(ws, f"A{r}", label, 10, border=True)
        tot = 0
        for col, n, o in zip(cols, names, outs):
            v = o[k]
            tot += v
            put(ws, f"{col}{r}", comma(v), 10, h="right", border=True)
            facts.append(fact(n, fy, fyraw, "total", "outstanding", basis, v * 1000, "yen", comma(v), page))
        put(ws, f"H{r}", comma(tot), 10, True, h="right", border=True)
        facts.append(fact(None, fy, fyraw, "total", "outstanding", basis, tot * 1000, "yen", comma(tot), page,
                          debt_raw="合計"))
        if k == 0:
            tot6 = tot
        r += 1
    r += 1
    # 【参考】 one-cell box
    oku = round(tot6 / 100000, 1)
    box = ("【参考】令和６年度決算（主要６債権）\n"
           f"・未収金残高：約{oku}億円\n"
           "・個票は、未収金残高が３千万円以上の債権について作成しています。")
    put(ws, f"A{r}", box, 9, wrap=True, v="top")
    ws.merge_cells(f"A{r}:E{r + 2}")
    for rr in range(r, r + 3):
        ws.row_dimensions[rr].height = 16
        for col in "ABCDE":
            ws[f"{col}{rr}"].border = GRID
    facts.append(fact(None, 2024, "令和６年度決算", "total", "outstanding", "actual", int(round(oku * 1e8)), "yen",
                      f"約{oku}億円", page, approx=True, debt_raw="主要６債権"))

    # ---------------------------------------------------------------- 個票
    for idx, d in enumerate(DEBTS, 1):
        page += 1
        ws = wb.create_sheet(f"個票{idx}")
        header = f"個票{idx}　{d['name']}（{d['dept'].split()[-1]}）" if d.get("header_only") else None
        setup(ws, {"A": 16, "B": 13, "C": 13, "D": 13, "E": 13, "F": 13, "G": 13}, header)
        put(ws, "A1", "未収債権の取組状況（個票）", 14, True)
        put(ws, "G1", "令和７年９月末現在", 10, h="right")
        if d.get("header_only"):
            put(ws, "A3", "所管課", 10, True, "center", border=True, fill=GREY)
            put(ws, "B3", d["dept"], 10, border=True)
            ws.merge_cells("B3:C3")
            put(ws, "D3", "債権区分", 10, True, "center", border=True, fill=GREY)
            put(ws, "E3", d["kubun"], 10, border=True)
            ws.merge_cells("E3:F3")
            grid(ws, "A3:F3")
        else:
            put(ws, "A3", "債権名", 10, True, "center", border=True, fill=GREY)
            put(ws, "B3", d["name"], 11, True, border=True)
            put(ws, "C3", "所管課", 10, True, "center", border=True, fill=GREY)
            put(ws, "D3", d["dept"], 10, border=True)
            ws.merge_cells("D3:E3")
            put(ws, "F3", "債権区分", 10, True, "center", border=True, fill=GREY)
            put(ws, "G3", d["kubun"], 10, border=True)
            grid(ws, "A3:G3")
        dn = d["name"]
        # (1) rates
        put(ws, "A5", "（１）徴収率", 11, True)
        put(ws, "G5", "単位：％", 9, h="right")
        put(ws, "A6", "区　分", 10, True, "center", border=True, fill=GREY)
        ws.merge_cells("A6:A7")
        put(ws, "B6", "令和７年度", 10, True, "center", border=True, fill=GREY)
        ws.merge_cells("B6:D6")
        put(ws, "E6", "令和６年度", 10, True, "center", border=True, fill=GREY)
        ws.merge_cells("E6:F6")
        put(ws, "G6", "差", 10, True, "center", border=True, fill=GREY)
        for col, t in zip("BCDEFG", ["9月末(A)", "決算見込", "目標", "9月末(B)", "決算", "(A)-(B)"]):
            put(ws, f"{col}7", t, 9, True, "center", border=True, fill=GREY)
        segs = [("現年分", "current", d["cur7"], d["cur6"], 0), ("滞納繰越分", "arrears", d["arr7"], d["arr6"], 1)]
        tot7 = (d["cur7"][0] + d["arr7"][0], d["cur7"][1] + d["arr7"][1])
        tot6 = (d["cur6"][0] + d["arr6"][0], d["cur6"][1] + d["arr6"][1])
        segs.append(("計", "total", tot7, tot6, 2))
        r = 8
        for label, seg, v7, v6, k in segs:
            i7, i6 = rate(v7[1], v7[0], 1), rate(v6[1], v6[0], 1)
            vals = [f1(i7), f1(d["est"][k]), f1(d["tgt"][k]), f1(i6), f1(d["act6"][k]), dpt(round(i7 - i6, 1))]
            put(ws, f"A{r}", label, 10, h="center", border=True)
            for col, v in zip("BCDEFG", vals):
                put(ws, f"{col}{r}", v, 10, h="right", border=True)
            facts += [
                fact(dn, 2025, "令和７年度9月末", seg, "collection_rate", "interim", i7, "percent", vals[0], page, as_of=ASOF),
                fact(dn, 2025, "令和７年度", seg, "collection_rate", "estimate", d["est"][k], "percent", vals[1], page),
                fact(dn, 2025, "令和７年度", seg, "collection_rate", "target", d["tgt"][k], "percent", vals[2], page),
                fact(dn, 2024, "令和６年度9月末", seg, "collection_rate", "interim", i6, "percent", vals[3], page,
                     as_of=ASOF_PREV),
                fact(dn, 2024, "令和６年度", seg, "collection_rate", "actual", d["act6"][k], "percent", vals[4], page),
            ]
            r += 1
        # (2) assessed / collected at 9月末
        r += 1
        put(ws, f"A{r}", "（２）調定額・収入済額（９月末累計）", 11, True)
        put(ws, f"G{r}", "単位：千円", 9, h="right")
        r += 1
        hdrs = ["", "調定額（現年）", "収入済額（現年）", "調定額（滞繰）", "収入済額（滞繰）"]
        for col, t in zip("ABCDE", hdrs):
            put(ws, f"{col}{r}", t, 9, True, "center", border=True, fill=GREY)
        r += 1
        for label, fy, fyraw, asof, cur, arr in (("令和７年９月末", 2025, "令和７年９月末", ASOF, d["cur7"], d["arr7"]),
                                                ("令和６年９月末", 2024, "令和６年９月末", ASOF_PREV, d["cur6"], d["arr6"])):
            put(ws, f"A{r}", label, 10, border=True)
            vals = [cur[0], cur[1], arr[0], arr[1]]
            for col, v in zip("BCDE", vals):
                put(ws, f"{col}{r}", comma(v), 10, h="right", border=True)
            facts += [
                fact(dn, fy, fyraw, "current", "assessed", "interim", cur[0] * 1000, "yen", comma(cur[0]), page, as_of=asof),
                fact(dn, fy, fyraw, "current", "collected", "interim", cur[1] * 1000, "yen", comma(cur[1]), page, as_of=asof),
                fact(dn, fy, fyraw, "arrears", "assessed", "interim", arr[0] * 1000, "yen", comma(arr[0]), page, as_of=asof),
                fact(dn, fy, fyraw, "arrears", "collected", "interim", arr[1] * 1000, "yen", comma(arr[1]), page, as_of=asof),
            ]
            r += 1
        # (3) 上半期の取組実績 / (4) 下半期の取組
        r += 1
        put(ws, f"A{r}", "（３）上半期の取組実績", 11, True)
        put(ws, f"D{r}", "（４）下半期の取組", 11, True)
        r += 1
        done_txt = "\n".join("・" + t for t in d["done"])
        plan_txt = "\n".join(f"({lab}){t}" + (f"【{st}】" if st else "") for lab, t, st in d["plan"])
        put(ws, f"A{r}", done_txt, 10, wrap=True, v="top")
        ws.merge_cells(f"A{r}:C{r + 4}")
        put(ws, f"D{r}", plan_txt, 10, wrap=True, v="top")
        ws.merge_cells(f"D{r}:G{r + 4}")
        for rr in range(r, r + 5):
            ws.row_dimensions[rr].height = 24
            for col in "ABCDEFG":
                ws[f"{col}{rr}"].border = GRID
        for t in d["done"]:
            inits.append(init(dn, 2025, "上半期の取組実績", "・", t, None, page))
        for lab, t, st in d["plan"]:
            inits.append(init(dn, 2025, "下半期の取組", f"({lab})", t, st, page))

    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-12-01",
                "date_raw": "令和７年１２月"}
    write_gold(STEM, document, facts, inits, None)


if __name__ == "__main__":
    build()
