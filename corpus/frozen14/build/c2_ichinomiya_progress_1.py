"""一宮市 債権回収・整理計画（中間報告）: one sheet per debt (openpyxl -> LibreOffice). Family: progress_report."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

from c2_common import F, I, OUT, ROOT, finish, to_pdf

STEM = "c2_ichinomiya_progress_1"
NOW, PREV = ("2024-02-29", 2023, "令和6年2月29日現在"), ("2023-02-28", 2022, "令和5年2月28日現在")
SEGS = [("現年度分", "current"), ("過年度分", "arrears"), ("合計", "total")]

DEBTS = [
    dict(name="市税", dept="収納課", interim=[(93.42, 93.15), (31.08, 29.77), (89.96, 89.50)],
         est=(99.05, 35.20, 97.60), tgt=(99.10, 34.00, 97.55), last=(98.98, 33.61, 97.41), out=(1024500, 1088230),
         areas=[("本庁", 93.71, 93.40), ("尾西事務所", 92.58, 92.31), ("木曽川事務所", 92.87, 92.70)],
         items=["(1) 高額滞納案件を収納課特別整理係へ移管し、捜索・公売を計画的に実施する。【継続】",
                "(2) 出納閉鎖までの間、現年度分の未納者に対し土日の電話催告を行う。【拡充】",
                "(3) 少額の過年度分は執行停止の要否を３月末までに判定する。【新規】"]),
    dict(name="国民健康保険税", dept="保険年金課", interim=[(80.15, 79.88), (22.40, 21.95), (65.31, 64.70)],
         est=(95.10, 27.00, 80.20), tgt=(95.00, 26.50, 80.00), last=(94.92, 25.87, 79.66), out=(1452000, 1531874),
         items=["(1) 短期証の更新時に納付相談を必ず行い、分割納付の約束を取り付ける。【継続】",
                "(2) 資格喪失者の未納分は収納課と共同で財産調査を行う。【継続】"]),
    dict(name="介護保険料", dept="高年福祉課", interim=[(90.66, 90.41), (12.05, 11.80), (89.02, 88.73)],
         est=(99.30, 15.00, 98.60), tgt=(99.25, 14.00, 98.50), last=(99.21, 13.66, 98.44), out=(96300, 101552),
         items=["(1) 普通徴収の未納者に、給付制限の内容を記した催告書を送付する。【継続】",
                "(2) 年金からの特別徴収へ切り替わるまでの期間の口座振替を勧奨する。【新規】"]),
    dict(name="下水道使用料", dept="上下水道部営業課", interim=[(88.10, 87.96), (40.21, 39.88), (86.43, 86.20)],
         est=(98.80, 45.00, 97.90), tgt=(98.75, 44.00, 97.85), last=(98.71, 43.55, 97.77), out=(52100, 55209),
         items=["(1) 水道料金と一体で督促・催告を行い、給水停止予告と併せて納付を促す。【継続】",
                "(2) 転居者の未納分は転居先への文書催告を年２回行う。【継続】"]),
]

thin = Side(style="thin")
hair = Side(style="hair")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
F_ = lambda size=10, bold=False: Font(name="IPAexGothic", size=size, bold=bold)
GREY = PatternFill("solid", fgColor="DDDDDD")


def diff(a, b):
    d = round(a - b, 2)
    return f"{d:.2f}" if d >= 0 else f"△{-d:.2f}"


def build():
    wb = Workbook()
    wb.remove(wb.active)
    facts, inits = [], []
    for k, d in enumerate(DEBTS, 1):
        ws = wb.create_sheet(d["name"])
        n = d["name"]
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddHeader.right.text = "一宮市総務部収納課"
        ws.oddHeader.right.font = "IPAexGothic"
        ws.oddFooter.center.text = "&P / &N"
        for col, w in zip("ABCDEFGH", (16, 17, 17, 11, 4, 16, 16, 16)):
            ws.column_dimensions[col].width = w

        def put(cell, v, size=10, bold=False, border=None, align="center", fill=None, wrap=False):
            c = ws[cell]; c.value = v; c.font = F_(size, bold)
            c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
            if border: c.border = border
            if fill: c.fill = fill
            return c

        put("A1", "令和５年度 債権回収・整理計画（中間報告）", 14, True, align="left")
        put("F1", f"整理番号 {k:02d}", 10, align="right")
        put("H1", "令和6年3月15日", 10, align="right")
        ws.merge_cells("A3:C3")
        put("A3", f"債権名　{n}", 12, True, GRID, "left")
        put("D3", "所管", 10, False, GRID, fill=GREY)
        ws.merge_cells("F3:G3")
        put("F3", d["dept"], 10, False, GRID, "left")
        put("A5", "１　徴収率の状況", 11, True, align="left")
        put("D5", "単位：％", 9, align="right")
        # header over two rows
        for c, v in (("A6", "区分"), ("B6", "今年度"), ("C6", "前年同期"), ("D6", "差")):
            put(c, v, 10, False, GRID, fill=GREY)
        put("B7", NOW[2].replace("現在", "") , 8, False, GRID, fill=GREY)
        put("C7", PREV[2].replace("現在", ""), 8, False, GRID, fill=GREY)
        ws.merge_cells("A6:A7"); ws.merge_cells("D6:D7")
        for r, ((lab, seg), (cur, prv)) in enumerate(zip(SEGS, d["interim"]), 8):
            put(f"A{r}", lab, 10, False, GRID)
            put(f"B{r}", f"{cur:.2f}", 10, False, GRID, "right")
            put(f"C{r}", f"{prv:.2f}", 10, False, GRID, "right")
            put(f"D{r}", diff(cur, prv), 10, False, GRID, "right")
            facts += [F(n, NOW[1], seg, "collection_rate", "interim", cur, "percent", f"{cur:.2f}", fy_raw="令和6年2月29日", as_of=NOW[0], anchor=f"債権名{n}"),
                      F(n, PREV[1], seg, "collection_rate", "interim", prv, "percent", f"{prv:.2f}", fy_raw="令和5年2月28日", as_of=PREV[0], anchor=f"債権名{n}")]
        # two side-by-side headings
        put("F5", "２　決算見込と目標", 11, True, align="left")
        put("F6", "決算見込", 10, False, GRID, fill=GREY); put("G6", "目標", 10, False, GRID, fill=GREY)
        put("H6", "前年度決算", 10, False, GRID, fill=GREY)
        put("F7", "令和5年度", 8, False, GRID, fill=GREY); put("G7", "令和5年度", 8, False, GRID, fill=GREY)
        put("H7", "令和4年度", 8, False, GRID, fill=GREY)
        for r, (lab, seg), e, t, l in zip(range(8, 11), SEGS, d["est"], d["tgt"], d["last"]):
            put(f"E{r}", lab[:2], 9, False, GRID)
            put(f"F{r}", f"{e:.2f}%", 10, False, GRID, "right")
            put(f"G{r}", f"{t:.2f}%", 10, False, GRID, "right")
            put(f"H{r}", f"{l:.2f}%", 10, False, GRID, "right")
            facts += [F(n, 2023, seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}%", fy_raw="令和5年度", anchor=f"債権名{n}"),
                      F(n, 2023, seg, "collection_rate", "target", t, "percent", f"{t:.2f}%", fy_raw="令和5年度", anchor=f"債権名{n}"),
                      F(n, 2022, seg, "collection_rate", "actual", l, "percent", f"{l:.2f}%", fy_raw="令和4年度", anchor=f"債権名{n}")]
        ws.column_dimensions["E"].width = 6
        oe, ol = d["out"]
        put("A12", "３　収入未済額", 11, True, align="left")
        ws.merge_cells("A13:H13")
        put("A13", f"年度末見込　{oe:,}千円　（令和4年度末実績　{ol:,}千円）", 10, align="left")
        facts += [F(n, 2023, "total", "outstanding", "estimate", oe * 1000, "yen", f"{oe:,}千円", fy_raw="令和5年度", anchor=f"債権名{n}"),
                  F(n, 2022, "total", "outstanding", "actual", ol * 1000, "yen", f"{ol:,}千円", fy_raw="令和4年度末", anchor=f"債権名{n}")]
        put("A15", "４　年度後半（１月～５月）の重点事項", 11, True, align="left")
        ws.merge_cells("A16:H16")
        put("A16", "\n".join(d["items"]), 10, False, GRID, "left", wrap=True)
        ws.row_dimensions[16].height = 20 * len(d["items"]) + 6
        for it in d["items"]:
            lab, rest = it.split(" ", 1)
            text, tag = rest.rsplit("【", 1)
            inits.append(I(n, 2023, "年度後半（１月～５月）の重点事項", lab, text, tag.rstrip("】"), anchor=f"債権名{n}"))
        if d.get("areas"):
            put("A18", "【参考】事務所別 現年度分徴収率（令和6年2月29日現在）", 10, True, align="left")
            put("A19", "事務所", 10, False, GRID, fill=GREY); put("B19", "今年度", 10, False, GRID, fill=GREY)
            put("C19", "前年同期", 10, False, GRID, fill=GREY)
            for r, (ar, c1, c2) in enumerate(d["areas"], 20):
                put(f"A{r}", ar, 10, False, GRID); put(f"B{r}", f"{c1:.2f}", 10, False, GRID, "right")
                put(f"C{r}", f"{c2:.2f}", 10, False, GRID, "right")
                facts += [F(n, 2023, "current", "collection_rate", "interim", c1, "percent", f"{c1:.2f}", fy_raw="令和6年2月29日", as_of=NOW[0], area=ar, anchor=ar),
                          F(n, 2022, "current", "collection_rate", "interim", c2, "percent", f"{c2:.2f}", fy_raw="令和5年2月28日", as_of=PREV[0], area=ar, anchor=ar)]
            put("A24", "※徴収率は各事務所で受け付けた納付分による。単位：％", 8, align="left")
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    doc = {"kind": "progress_report", "municipality": "一宮市", "title": "令和５年度 債権回収・整理計画（中間報告）",
           "date": "2024-03-15", "date_raw": "令和6年3月15日"}
    return finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
