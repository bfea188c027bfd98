"""箕面市 令和7年度 債権回収・整理計画（中間報告）: openpyxl -> LibreOffice build + gold.

Modelled on 豊中市「債権回収・整理計画（中間報告）」
(https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html)
and the 大阪府「債権回収・整理計画（目標達成状況）」 tables; figures invented, internally consistent.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from t_common import Facts, OUT, PDF_DIR, soffice_pdf, write_gold

STEM = "t_minoh_progress_1"
CITY = "箕面市"
F = Facts()
INIT: list[dict] = []
AS_OF, AS_OF_P = "2025-09-30", "2024-09-30"

G = "IPAexGothic"
M = "IPAexMincho"
thin = Side(style="thin")
hair = Side(style="hair")
FULL = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)
NONE = Border()


def rate(c, a, nd=1):
    return round(c / a * 100 + 1e-9, nd)


# 10 debts for the summary: name, 所管課, 区分, 9月末 (現年 a,c) (滞繰 a,c) 千円, 前年同期 rates (現年, 滞繰)
DEBTS = [
    ("市税", "市民税課・収納課", "強制徴収公債権", (16_842_310, 9_214_775), (612_480, 131_066), (54.4, 20.9)),
    ("国民健康保険料", "保険年金課", "強制徴収公債権", (3_104_526, 1_174_311), (402_118, 70_372), (38.1, 16.8)),
    ("介護保険料", "介護保険課", "強制徴収公債権", (2_461_870, 1_351_402), (61_355, 8_712), (55.3, 13.9)),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権", (1_730_612, 989_744), (14_206, 4_191), (57.0, 27.5)),
    ("保育所保育料", "幼児育成課", "強制徴収公債権", (298_412, 149_817), (18_930, 3_041), (49.8, 15.4)),
    ("下水道使用料", "上下水道局お客さまセンター", "強制徴収公債権", (1_612_050, 792_417), (31_877, 12_102), (49.5, 36.6)),
    ("市営住宅使用料", "住宅政策課", "私債権", (212_604, 101_966), (48_306, 4_652), (47.6, 9.2)),
    ("生活保護費返還金", "生活援護課", "非強制徴収公債権", (58_214, 14_118), (221_870, 6_103), (23.0, 2.6)),
    ("母子父子寡婦福祉資金貸付金", "子育て支援課", "私債権", (12_040, 4_477), (36_912, 1_510), (38.8, 4.4)),
    ("学校給食費", "学校給食課", "私債権", (402_330, 196_512), (9_870, 2_216), (48.5, 21.0)),
]

# sheets: debt -> dict(target (現,滞,計), estimate (現,滞,計), prev_final (現,滞,計), 上半期実績 items, 下半期 items)
SHEETS = {
    "市税": dict(target=(99.2, 30.0, 97.0), estimate=(99.1, 29.4, 96.8), final=(99.1, 28.9, 96.7),
                 done=[("(1)", "納期限後の未納者に対し、督促状発送後２週間以内に文書催告を行った。", "継続"),
                       ("(2)", "高額・長期の滞納案件を大阪府域地方税徴収機構へ引き継いだ（１６件）。", "継続"),
                       ("(3)", "スマートフォン決済アプリによる納付を全税目に拡大した。", "拡充")],
                 next=[("ア", "年末に向けて差押え予告を集中的に発送し、納付のない案件は速やかに差押えを執行する。"),
                       ("イ", "捜索を伴う動産差押えとインターネット公売を実施する。"),
                       ("ウ", "執行停止の要件に該当する案件を精査し、適正に処理する。")]),
    "国民健康保険料": dict(target=(93.5, 24.0, 83.2), estimate=(93.2, 23.1, 82.6), final=(93.0, 22.4, 82.3),
                    done=[("(1)", "資格取得時に口座振替の申込みをその場で受け付けるペイジー端末の利用を案内した。", "継続"),
                          ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。", "継続")],
                    next=[("ア", "財産調査で預貯金が判明した世帯には差押予告書を送付し、応答のない場合は差押えを行う。"),
                          ("イ", "資格喪失世帯への文書催告を１１月と２月に実施する。"),
                          ("ウ", "コールセンターによる現年度分の電話催告を継続する。")]),
    "保育所保育料": dict(target=(98.9, 18.0, 95.0), estimate=(98.7, 17.2, 94.6), final=(98.6, 16.5, 94.4),
                   done=[("(1)", "児童手当からの徴収について、未納のある世帯に申出を勧奨した。", "継続"),
                         ("(2)", "退園者の未納分について、転居先の確認後に文書催告を行った。", "新規")],
                   next=[("ア", "未納が２か月以上続く世帯に園を通じて面談の機会を設ける。"),
                         ("イ", "納付のない世帯には財産調査を行い、滞納処分を検討する。")]),
    "市営住宅使用料": dict(target=(96.5, 12.0, 80.0), estimate=(96.2, 11.4, 79.1), final=(96.0, 10.8, 78.5),
                    done=[("(1)", "滞納３か月の入居者に連帯保証人と連名の催告書を送付した。", "継続"),
                          ("(2)", "長期滞納者２名に対して明渡し請求訴訟を提起した。", "継続"),
                          ("(3)", "退去者の滞納分について債権回収会社への委託を開始した。", "新規")],
                    next=[("ア", "訴訟提起後の和解による分納の履行状況を毎月確認する。"),
                          ("イ", "債権回収会社からの報告を受け、回収困難な案件は債権放棄を検討する。")]),
}


def segs(name):
    d = next(x for x in DEBTS if x[0] == name)
    (a1, c1), (a2, c2) = d[3], d[4]
    return d, (a1, c1), (a2, c2), (a1 + a2, c1 + c2)


def style_cell(c, font=M, size=9, bold=False, h="left", v="center", wrap=False, border=None):
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        c.border = border


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "令和７年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9


def summary(wb, page):
    ws = wb.active
    ws.title = "総括"
    setup(ws, "総括")
    widths = [4, 24, 8, 8, 8, 8, 3, 4, 24, 8, 8, 8, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:M1")
    ws["A1"] = "令和７年度 箕面市債権回収・整理計画（中間報告）"
    style_cell(ws["A1"], G, 15, h="center")
    ws.merge_cells("A2:M2")
    ws["A2"] = "令和７年９月末現在　　総務部 債権管理課"
    style_cell(ws["A2"], M, 10, h="right")
    ws.merge_cells("A4:M4")
    ws["A4"] = ("　本市の債権回収・整理計画に基づき、主要債権の上半期（令和７年４月～９月）の徴収状況を取りまとめた。"
                "前年同期と比べ、市税及び後期高齢者医療保険料の現年度分は上昇したが、国民健康保険料及び介護保険料は下回っている。")
    style_cell(ws["A4"], M, 10, wrap=True, v="top")
    ws.row_dimensions[4].height = 32
    ws["A6"] = "１　主要債権の徴収率（上半期）"
    style_cell(ws["A6"], G, 11)
    ws["M6"] = "（単位：％）"
    style_cell(ws["M6"], M, 8, h="right")
    # header rows 7-9 for both halves
    for off in (0, 7):
        col = lambda j: chr(65 + off + j)
        ws.merge_cells(f"{col(0)}7:{col(0)}9"); ws[f"{col(0)}7"] = "No"
        ws.merge_cells(f"{col(1)}7:{col(1)}9"); ws[f"{col(1)}7"] = "債権名"
        ws.merge_cells(f"{col(2)}7:{col(5)}7"); ws[f"{col(2)}7"] = "徴収率"
        ws.merge_cells(f"{col(2)}8:{col(3)}8"); ws[f"{col(2)}8"] = "現年度分"
        ws.merge_cells(f"{col(4)}8:{col(5)}8"); ws[f"{col(4)}8"] = "滞納繰越分"
        for j, t in zip(range(2, 6), ("9月末", "前年同期", "9月末", "前年同期")):
            ws[f"{col(j)}9"] = t
        for r in (7, 8, 9):
            for j in range(6):
                c = ws[f"{col(j)}{r}"]
                style_cell(c, G, 8.5, h="center", border=Border(top=thin if r == 7 else None,
                                                                 bottom=thin if r == 9 else hair if r == 8 and j >= 2 else None))
    for i, d in enumerate(DEBTS):
        off = 0 if i < 5 else 7
        r = 10 + (i % 5)
        col = lambda j: chr(65 + off + j)
        (a1, c1), (a2, c2) = d[3], d[4]
        r1, r2 = rate(c1, a1), rate(c2, a2)
        p1, p2 = d[5]
        vals = [i + 1, d[0], r1, p1, r2, p2]
        for j, v in enumerate(vals):
            c = ws[f"{col(j)}{r}"]
            c.value = v
            style_cell(c, M, 9, h="center" if j == 0 else "left" if j == 1 else "right",
                       border=Border(bottom=thin if r == 14 else hair))
            if j >= 2:
                c.number_format = "0.0"
        for seg, v, fyv, asof, fr in (("current", r1, 2025, AS_OF, "9月末"), ("current", p1, 2024, AS_OF_P, "前年同期"),
                                      ("arrears", r2, 2025, AS_OF, "9月末"), ("arrears", p2, 2024, AS_OF_P, "前年同期")):
            F.add(debt=d[0], metric="collection_rate", value=v, unit="percent", raw=f"{v:.1f}", fiscal_year=fyv,
                  fiscal_year_raw=fr, segment=seg, basis="interim", as_of=asof, page=page)
    ws["A15"] = "※徴収率＝収入済額÷調定額。前年同期は令和６年９月末。"
    style_cell(ws["A15"], M, 8)
    # 収入未済額 table: one debt per column
    ws["A17"] = "２　滞納繰越分の収入未済額の状況（単位：百万円）"
    style_cell(ws["A17"], G, 11)
    cols = ["B", "C", "E", "I", "J", "L"]  # spread over the width with merges
    spans = [("B", "B"), ("C", "D"), ("E", "F"), ("H", "I"), ("J", "K"), ("L", "M")]
    names = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "合計"]
    ws["A18"] = ""
    for (s, e), n in zip(spans, names):
        if s != e:
            ws.merge_cells(f"{s}18:{e}18")
        ws[f"{s}18"] = n
        style_cell(ws[f"{s}18"], G, 8.5, h="center", border=FULL)
        if s != e:
            ws[f"{e}18"].border = FULL
    ws["A18"].border = FULL
    rows = [("R6年度末（決算）", "actual", 2024, None, "total"), ("R7.9月末", "interim", 2025, AS_OF, "arrears")]
    for ri, (lab, basis, fyv, asof, segm) in enumerate(rows):
        r = 19 + ri
        ws[f"A{r}"] = lab
        ws.merge_cells(f"A{r}:A{r}")
        style_cell(ws[f"A{r}"], M, 8, wrap=True, border=FULL)
        total = 0
        for (s, e), n in zip(spans, names):
            if n == "合計":
                v = total
            elif basis == "actual":
                v = segs(n)[2][0]          # 令和6年度末の収入未済額 = 令和7年度の滞納繰越調定額
            else:
                _, cur, arr, tot = segs(n)
                v = arr[0] - arr[1]
            total += v if n != "合計" else 0
            mv = round(v / 1000, 1)
            if s != e:
                ws.merge_cells(f"{s}{r}:{e}{r}")
            c = ws[f"{s}{r}"]
            c.value = mv
            c.number_format = "#,##0.0"
            style_cell(c, M, 9, h="right", border=FULL)
            ws[f"{e}{r}"].border = FULL
            F.add(debt=None if n == "合計" else n, debt_raw=n, metric="outstanding", value=int(round(mv * 1_000_000)),
                  unit="yen", raw=f"{mv:,.1f}", fiscal_year=fyv, fiscal_year_raw=lab.split("（")[0], segment=segm,
                  basis=basis, as_of=asof, page=page)
    ws.column_dimensions["A"].width = 13
    ws["A22"] = "※令和６年度末の収入未済額が令和７年度の滞納繰越分の調定額となる。９月末は滞納繰越分の調定額から収入済額を差し引いた額。"
    style_cell(ws["A22"], M, 8)
    return ws


def sheet(wb, name, page):
    d, (a1, c1), (a2, c2), (at, ct) = segs(name)
    info = SHEETS[name]
    ws = wb.create_sheet(name[:10])
    setup(ws, name)
    for col, w in zip("ABCDEFGH", (14, 14, 12, 12, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "令和７年度　債権回収・整理計画（中間報告）　個票"
    style_cell(ws["A1"], G, 12)
    # one-row label/value box
    box = [("A", "債権名"), ("B", name), ("D", "所管課"), ("E", d[1]), ("G", "債権区分"), ("H", d[2])]
    ws.merge_cells("B3:C3"); ws.merge_cells("E3:F3")
    for col, v in box:
        ws[f"{col}3"] = v
    for col in "ABCDEFGH":
        style_cell(ws[f"{col}3"], G if col in "ADG" else M, 9.5, h="center" if col in "ADG" else "left", border=FULL)
    ws.row_dimensions[3].height = 22
    # 1 徴収率
    ws["A5"] = "１　徴収率の状況"
    style_cell(ws["A5"], G, 10.5)
    ws.merge_cells("A6:A7"); ws["A6"] = "区分"
    ws.merge_cells("B6:D6"); ws["B6"] = "令和７年度"
    ws.merge_cells("E6:F6"); ws["E6"] = "令和６年度"
    for col, t in zip("BCDEF", ("9月末実績", "目標", "年度末見込", "9月末実績", "決算")):
        ws[f"{col}7"] = t
    for r in (6, 7):
        for col in "ABCDEF":
            style_cell(ws[f"{col}{r}"], G, 9, h="center", border=FULL)
    prev = d[5]
    # previous-year 9月末 計 rate: derive from the segment rates weighted — print only 現年/滞繰 for R6 9月末 and a dash for 計
    seglist = [("現年度分", "current", (a1, c1), 0), ("滞納繰越分", "arrears", (a2, c2), 1), ("計", "total", (at, ct), 2)]
    for i, (lab, seg, (a, c), k) in enumerate(seglist):
        r = 8 + i
        ws[f"A{r}"] = lab
        vals = [("B", rate(c, a), "interim", 2025, AS_OF, "9月末実績"),
                ("C", info["target"][k], "target", 2025, None, "令和７年度目標"),
                ("D", info["estimate"][k], "estimate", 2025, None, "令和７年度年度末見込"),
                ("E", prev[k] if k < 2 else None, "interim", 2024, AS_OF_P, "令和６年度9月末実績"),
                ("F", info["final"][k], "actual", 2024, None, "令和６年度決算")]
        for col, v, basis, fyv, asof, fr in vals:
            c = ws[f"{col}{r}"]
            if v is None:
                c.value = "－"
                style_cell(c, M, 9.5, h="center", border=FULL)
                continue
            c.value = v
            c.number_format = '0.0"%"'
            style_cell(c, M, 9.5, h="right", border=FULL)
            F.add(debt=name, metric="collection_rate", value=v, unit="percent", raw=f"{v:.1f}%", fiscal_year=fyv,
                  fiscal_year_raw=fr, segment=seg, basis=basis, as_of=asof, page=page)
        style_cell(ws[f"A{r}"], M, 9.5, h="center", border=FULL)
    # 2 金額 (no rules at all)
    ws["A12"] = "２　調定額・収入済額（令和７年９月末現在）"
    style_cell(ws["A12"], G, 10.5)
    ws["F12"] = "単位：千円"
    style_cell(ws["F12"], M, 8, h="right")
    for col, t in zip("BCDE", ("調定額", "収入済額", "収入未済額", "徴収率")):
        ws[f"{col}13"] = t
        style_cell(ws[f"{col}13"], G, 9, h="right")
    for i, (lab, seg, (a, c), k) in enumerate(seglist):
        r = 14 + i
        ws[f"A{r}"] = lab
        style_cell(ws[f"A{r}"], M, 9.5)
        for col, v, metric in (("B", a, "assessed"), ("C", c, "collected"), ("D", a - c, "outstanding")):
            cell = ws[f"{col}{r}"]
            cell.value = v
            cell.number_format = "#,##0"
            style_cell(cell, M, 9.5, h="right")
            F.add(debt=name, metric=metric, value=v * 1000, unit="yen", raw=f"{v:,}", fiscal_year=2025,
                  fiscal_year_raw="令和７年９月末", segment=seg, basis="interim", as_of=AS_OF, page=page)
        cell = ws[f"E{r}"]
        rv = rate(c, a, 2)
        cell.value = rv
        cell.number_format = "0.00"
        style_cell(cell, M, 9.5, h="right")
        F.add(debt=name, metric="collection_rate", value=rv, unit="percent", raw=f"{rv:.2f}", fiscal_year=2025,
              fiscal_year_raw="令和７年９月末", segment=seg, basis="interim", as_of=AS_OF, page=page)
    # 3 上半期の取組実績: several numbered items in one cell
    ws["A18"] = "３　上半期の取組実績"
    style_cell(ws["A18"], G, 10.5)
    ws.merge_cells("A19:H19")
    lines = []
    for lab, text, st in info["done"]:
        lines.append(f"{lab}{text}【{st}】")
        INIT.append({"debt": name, "debt_raw": name, "fiscal_year": 2025, "section": "上半期の取組実績",
                     "label": lab, "text": text, "status": st, "page": page})
    ws["A19"] = "\n".join(lines)
    style_cell(ws["A19"], M, 9.5, wrap=True, v="top", border=FULL)
    for col in "BCDEFGH":
        ws[f"{col}19"].border = FULL
    ws.row_dimensions[19].height = 17 * len(lines) + 6
    # 4 下半期に向けて: plain title, one item per row, no header
    ws["A21"] = "４　下半期に向けて"
    style_cell(ws["A21"], G, 10.5)
    for i, (lab, text) in enumerate(info["next"]):
        r = 22 + i
        ws[f"A{r}"] = lab
        style_cell(ws[f"A{r}"], M, 9.5, h="right", v="top", border=Border(bottom=hair))
        ws.merge_cells(f"B{r}:H{r}")
        ws[f"B{r}"] = text
        style_cell(ws[f"B{r}"], M, 9.5, wrap=True, v="top", border=Border(bottom=hair))
        for col in "CDEFGH":
            ws[f"{col}{r}"].border = Border(bottom=hair)
        ws.row_dimensions[r].height = 18
        INIT.append({"debt": name, "debt_raw": name, "fiscal_year": 2025, "section": "下半期に向けて",
                     "label": lab, "text": text, "status": None, "page": page})
    return ws


def build():
    wb = Workbook()
    summary(wb, 1)
    for i, name in enumerate(SHEETS, start=2):
        sheet(wb, name, i)
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    return soffice_pdf(x, PDF_DIR / f"{STEM}.pdf", "minoh")


def main():
    pdf = build()
    document = {"kind": "progress_report", "municipality": CITY,
                "title": "令和７年度 箕面市債権回収・整理計画（中間報告）",
                "date": "2025-09-30", "date_raw": "令和７年９月末現在"}
    write_gold(STEM, pdf, document, F.items, INIT)


if __name__ == "__main__":
    main()
