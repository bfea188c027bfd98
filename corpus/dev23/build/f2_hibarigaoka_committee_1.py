"""令和6年度第2回ひばりヶ丘市債権管理推進会議 資料: openpyxl -> LibreOffice (landscape). Gold from the same data."""
import subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from f2_common import F, OUT, ROOT, assign_pages, write_gold

STEM = "f2_hibarigaoka_committee_1"
CITY = "ひばりヶ丘市"
DEBTS = [("強制徴収公債権", "市税", "納税課"), ("強制徴収公債権", "国民健康保険税", "保険年金課"),
         ("強制徴収公債権", "介護保険料", "介護保険課"), ("非強制徴収公債権", "保育所保育料", "保育課"),
         ("私債権", "市営住宅使用料", "住宅課")]
NOW = {  # 千円: (現年調定, 現年収入, 滞繰調定, 滞繰収入)
    "市税": (12845310, 11702118, 412566, 98204),
    "国民健康保険税": (3204118, 2655920, 842330, 146805),
    "介護保険料": (2210455, 2098771, 88204, 14120),
    "保育所保育料": (402118, 381544, 31207, 5883),
    "市営住宅使用料": (618440, 560212, 97515, 11076),
}
PREV = {
    "市税": (12611045, 11458310, 451220, 101548),
    "国民健康保険税": (3288560, 2701144, 901812, 150337),
    "介護保険料": (2176320, 2060915, 91877, 13904),
    "保育所保育料": (415236, 392018, 35610, 5127),
    "市営住宅使用料": (622871, 561030, 101244, 10512),
}
# 収入未済額の推移（百万円）
HYEARS = [(2018, "H30年度"), (2019, "令和元年度"), (2020, "R2年度"), (2021, "R3年度"), (2022, "R4年度"), (2023, "R5年度")]
HIST = {"市税": [702, 655, 690, 611, 574, 538], "国民健康保険税": [948, 902, 917, 866, 829, 795], "その他": [921, 893, 902, 870, 842, 813]}
EST = {"市税": 505, "国民健康保険税": 770, "その他": 790}

facts, inits = [], []
thin = Side(style="thin", color="000000")
HB = Border(top=thin, bottom=thin)
G = "IPAexGothic"


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def put(ws, r, c, v, bold=False, al="center", size=9, border=True, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=G, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=border)
    if border: cell.border = HB
    if fmt: cell.number_format = fmt
    return cell


def sheet1(wb):
    ws = wb.active; ws.title = "資料1"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "資料１"; ws.oddFooter.center.text = "－ &P －"
    widths = [16, 12, 12] + [15] * 5 + [15]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, "令和6年度 第2回ひばりヶ丘市債権管理推進会議", bold=True, size=12, al="left", border=False)
    put(ws, 1, 9, "令和7年3月18日", size=10, al="right", border=False)
    put(ws, 2, 1, "１　主要債権の収納状況（令和7年2月末現在）", bold=True, size=11, al="left", border=False)
    put(ws, 3, 1, "（単位：千円。収納率の単位は％）", size=9, al="left", border=False)
    # three-row header
    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=3); put(ws, r, 1, "区　　分", bold=True)
    groups = {}
    for k, (g, _, _) in enumerate(DEBTS):
        groups.setdefault(g, []).append(4 + k)
    for g, cols in groups.items():
        if len(cols) > 1: ws.merge_cells(start_row=r, start_column=cols[0], end_row=r, end_column=cols[-1])
        put(ws, r, cols[0], g, bold=True)
    ws.merge_cells(start_row=r, start_column=9, end_row=r + 2, end_column=9); put(ws, r, 9, "合計", bold=True)
    for k, (_, name, ka) in enumerate(DEBTS):
        put(ws, r + 1, 4 + k, name, bold=True); put(ws, r + 2, 4 + k, ka, size=8)
    for rr in range(r, r + 3):
        for cc in range(1, 10): ws.cell(row=rr, column=cc).border = HB
    r = 8
    for label, data, fy, asof, fyraw in [("令和7年2月末", NOW, 2024, "2025-02-28", "令和7年2月末"),
                                         ("前年同月\n（令和6年2月29日）", PREV, 2023, "2024-02-29", "令和6年2月29日")]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 5, end_column=1); put(ws, r, 1, label, bold=True)
        for si, (seg, segl) in enumerate([("current", "現年分"), ("arrears", "滞納繰越分")]):
            rr = r + si * 3
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr + 2, end_column=2); put(ws, rr, 2, segl)
            for mi, (metric, ml) in enumerate([("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率")]):
                put(ws, rr + mi, 3, ml)
                row_vals = []
                for k, (_, name, _) in enumerate(DEBTS):
                    a, c = data[name][si * 2], data[name][si * 2 + 1]
                    row_vals.append((name, a, c))
                ta = sum(a for _, a, _ in row_vals); tc = sum(c for _, _, c in row_vals)
                for k, (name, a, c) in enumerate(row_vals + [("合計", ta, tc)]):
                    debt = None if name == "合計" else name
                    if metric == "collection_rate":
                        v = rate(c, a); s = f"{v:.2f}"
                        put(ws, rr + mi, 4 + k, s, al="right")
                        facts.append(F(debt, fy, seg, metric, "interim", v, "percent", s, fy_raw=fyraw, as_of=asof, debt_raw=name))
                    else:
                        v = a if metric == "assessed" else c; s = f"{v:,}"
                        put(ws, rr + mi, 4 + k, s, al="right")
                        facts.append(F(debt, fy, seg, metric, "interim", v * 1000, "yen", s, fy_raw=fyraw, as_of=asof, debt_raw=name))
        for rr in range(r, r + 6):
            ws.cell(row=rr, column=1).border = HB
        r += 6
    put(ws, r, 1, "※前年同月は令和6年2月29日現在の数値。滞納繰越分の調定額は繰越調定額から調定減を差し引いた額。", size=8, al="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r))

    # 資料2 on the next page
    r += 1
    put(ws, r, 1, "２　収入未済額の推移（全会計）　単位：百万円", bold=True, size=11, al="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    heads = ["区分", ""] + [y[1] for y in HYEARS] + ["R6見込み"]
    for i, h in enumerate(heads):
        put(ws, r, 1 + i, h, bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    tots = [sum(HIST[k][j] for k in HIST) for j in range(6)]
    test = sum(EST.values())
    for name in ["市税", "国民健康保険税", "その他"]:
        put(ws, r, 1, name, al="left"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        debt = None if name == "その他" else name
        for j, v in enumerate(HIST[name]):
            put(ws, r, 3 + j, f"{v:,}", al="right")
            facts.append(F(debt, HYEARS[j][0], "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}", fy_raw=HYEARS[j][1], debt_raw=name))
        put(ws, r, 9, f"{EST[name]:,}", al="right")
        facts.append(F(debt, 2024, "total", "outstanding", "estimate", EST[name] * 1000000, "yen", f"{EST[name]:,}", fy_raw="R6見込み", debt_raw=name))
        r += 1
    put(ws, r, 1, "合計", bold=True, al="left"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, v in enumerate(tots):
        put(ws, r, 3 + j, f"{v:,}", al="right", bold=True)
        facts.append(F(None, HYEARS[j][0], "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}", fy_raw=HYEARS[j][1], debt_raw="合計"))
    put(ws, r, 9, f"{test:,}", al="right", bold=True)
    facts.append(F(None, 2024, "total", "outstanding", "estimate", test * 1000000, "yen", f"{test:,}", fy_raw="R6見込み", debt_raw="合計"))
    r += 1
    put(ws, r, 1, "対前年度増減", al="left"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    seq = tots + [test]
    put(ws, r, 3, "－", al="right")
    for j in range(1, 7):
        d = seq[j] - seq[j - 1]
        put(ws, r, 3 + j, f"△{-d:,}" if d < 0 else f"{d:,}", al="right")
    r += 2
    t5 = tots[5]
    oku, man = divmod(t5 * 100, 10000)
    txt = (f"令和5年度末の収入未済額は合計で約{oku}億{man:,}万円となり、3年連続で減少した。"
           f"令和6年度末は約{test // 100}億{(test % 100) * 100:,}万円まで縮減する見込みである。")
    put(ws, r, 1, txt, al="left", border=False, size=10); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 30
    facts.append(F(None, 2023, "total", "outstanding", "actual", t5 * 1000000, "yen", f"約{oku}億{man:,}万円", fy_raw="令和5年度末", approx=True, debt_raw=None))
    facts.append(F(None, 2024, "total", "outstanding", "estimate", test * 1000000, "yen", f"約{test // 100}億{(test % 100) * 100:,}万円", fy_raw="令和6年度末", approx=True, debt_raw=None))
    r += 2
    put(ws, r, 1, "３　今後の対応", bold=True, size=11, al="left", border=False)
    r += 1
    items = [("ア", "滞納初期の電話催告を民間委託の納付案内センターに集約し、現年分の早期納付を促す。", "継続"),
             ("イ", "債権管理システムにより各課の滞納者情報を共有し、複数債権の滞納者には一元的に対応する。", "新規"),
             ("ウ", "時効が完成した私債権及び回収の見込みのない債権は、債権管理条例に基づき放棄を進める。", "拡充")]
    txt = "\n".join(f"{l}　{t}【{s}】" for l, t, s in items)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    c = put(ws, r, 1, txt, al="left", size=10, border=False)
    c.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    for cc in range(1, 10):
        ws.cell(row=r, column=cc).border = Border(top=thin, bottom=thin, left=thin if cc == 1 else None, right=thin if cc == 9 else None)
    ws.row_dimensions[r].height = 60
    for l, t, s in items:
        inits.append({"debt": None, "fiscal_year": 2025, "section": "今後の対応", "label": l, "text": t, "status": s, "page": None})
    ws.print_area = f"A1:I{r}"


def build():
    wb = Workbook()
    sheet1(wb)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(x)], check=True, stdout=subprocess.DEVNULL)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    shutil.copy(OUT / f"{STEM}.pdf", pdf)
    return pdf


if __name__ == "__main__":
    pdf = build()
    bad = assign_pages(pdf, facts) + assign_pages(pdf, inits, key="text")
    if bad: print("NOT FOUND", bad)
    doc = {"kind": "committee_material", "municipality": CITY, "title": "令和6年度 第2回ひばりヶ丘市債権管理推進会議",
           "date": "2025-03-18", "date_raw": "令和7年3月18日"}
    write_gold(STEM, pdf, doc, facts, inits)
