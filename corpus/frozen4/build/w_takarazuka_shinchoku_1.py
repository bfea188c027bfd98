"""宝塚市 令和７年度 市税徴収率向上アクションプラン 進捗状況（10月末現在） — progress_report, openpyxl -> LibreOffice.

Modelled on 宝塚市 市税徴収率向上アクションプラン (目標 現年分・滞納繰越分) as reported to the 総務常任委員会.
Figures invented, internally consistent.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

from w_common import Doc, OUT, PDF_DIR, finish, k, soffice_pdf

STEM = "w_takarazuka_shinchoku_1"
doc = Doc(STEM, "progress_report", "宝塚市", "令和７年度 市税徴収率向上アクションプラン 進捗状況（10月末現在）",
          "2025-11-20", "令和７年11月20日")

F = "IPAexゴシック"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="DDDDDD")


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


# 10月末の調定額・収入額（千円）
AMT = {2024: {"cur": (27845310, None), "arr": (1204880, None)},
       2025: {"cur": (28312640, None), "arr": (1102450, None)}}
TARGET_RATES = {2024: {"cur": 68.90, "arr": 14.35}, 2025: {"cur": 69.31, "arr": 15.12}}
for y in AMT:
    for s in ("cur", "arr"):
        a = AMT[y][s][0]
        c = round(a * TARGET_RATES[y][s] / 100)
        AMT[y][s] = (a, c)
        assert rate(c, a) == TARGET_RATES[y][s]

TAX = [  # 税目, 現年 R6, R7, 滞繰 R6, R7
    ("個人市民税", 65.12, 65.48, 14.20, 15.05),
    ("法人市民税", 78.40, 78.15, 20.10, 22.35),
    ("固定資産税・都市計画税", 70.85, 71.22, 13.95, 14.60),
    ("軽自動車税", 88.30, 88.95, 18.40, 19.10),
    ("市税計", 68.90, 69.31, 14.35, 15.12),
]

wb = Workbook()
ws = wb.active
ws.title = "進捗状況"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.oddFooter.center.text = "&P / &N"
ws.oddHeader.right.text = "総務常任委員会資料"
for col, w in zip("ABCDEFGHI", (26, 15, 15, 12, 15, 15, 12, 4, 4)):
    ws.column_dimensions[col].width = w


def put(ws, r, c, v, *, bold=False, size=10.5, box=False, fill=False, align=None, wrap=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=F, size=size, bold=bold)
    if box:
        cell.border = BOX
    if fill:
        cell.fill = GRAY
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    return cell


r = 1
put(ws, r, 1, "令和７年度 市税徴収率向上アクションプラン 進捗状況（10月末現在）", bold=True, size=14)
r += 1
put(ws, r, 7, "令和７年11月20日", align="right")
r += 1
put(ws, r, 7, "総務部 市税収納課", align="right")
r += 2
put(ws, r, 1, "１　税目別徴収率の状況（前年同月比較）", bold=True, size=12)
put(ws, r, 7, "単位：％", align="right", size=9)
r += 1
h1 = r
put(ws, r, 1, "税目", box=True, fill=True, align="center")
put(ws, r, 2, "現年分", box=True, fill=True, align="center")
put(ws, r, 5, "滞納繰越分", box=True, fill=True, align="center")
for c in (3, 4, 6, 7):
    put(ws, r, c, None, box=True, fill=True)
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
r += 1
for c, t in zip(range(2, 8), ["令和6年10月末", "令和7年10月末", "差", "令和6年10月末", "令和7年10月末", "差"]):
    put(ws, r, c, t, box=True, fill=True, align="center", size=9.5)
put(ws, r, 1, None, box=True, fill=True)
ws.merge_cells(start_row=h1, start_column=1, end_row=r, end_column=1)
r += 1
for name, c6, c7, a6, a7 in TAX:
    debt = "市税" if name == "市税計" else name
    vals = [f"{c6:.2f}", f"{c7:.2f}", f"{c7 - c6:+.2f}".replace("-", "△").replace("+", ""),
            f"{a6:.2f}", f"{a7:.2f}", f"{a7 - a6:+.2f}".replace("-", "△").replace("+", "")]
    put(ws, r, 1, name, box=True)
    for j, v in enumerate(vals):
        put(ws, r, 2 + j, v, box=True, align="right")
    for seg, (v6, v7) in (("current", (c6, c7)), ("arrears", (a6, a7))):
        doc.fact(debt, 2024, "令和6年10月末", seg, "collection_rate", "interim", v6, "percent", f"{v6:.2f}",
                 as_of="2024-10-31", anchor=name if seg == "current" else None, debt_raw=name)
        doc.fact(debt, 2025, "令和7年10月末", seg, "collection_rate", "interim", v7, "percent", f"{v7:.2f}",
                 as_of="2025-10-31", debt_raw=name)
    # reading order within the row: cur R6, cur R7, arr R6, arr R7
    r += 1
# reorder the just-added facts to reading order (cur6, cur7, arr6, arr7) — already in that order
put(ws, r, 1, "※徴収率は調定額に対する収入額の割合。差はポイント。", size=9)
r += 2

put(ws, r, 1, "２　市税の調定額・収入額（10月末）", bold=True, size=12)
put(ws, r, 7, "単位：千円", align="right", size=9)
r += 1
h2 = r
put(ws, r, 1, "区分", box=True, fill=True, align="center")
put(ws, r, 2, "令和6年10月末", box=True, fill=True, align="center")
put(ws, r, 5, "令和7年10月末", box=True, fill=True, align="center")
for c in (3, 4, 6, 7):
    put(ws, r, c, None, box=True, fill=True)
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
r += 1
for c, t in zip(range(2, 8), ["調定額", "収入額", "徴収率", "調定額", "収入額", "徴収率"]):
    put(ws, r, c, t, box=True, fill=True, align="center")
put(ws, r, 1, None, box=True, fill=True)
ws.merge_cells(start_row=h2, start_column=1, end_row=r, end_column=1)
r += 1
SEGNAME = {"cur": ("現年分", "current"), "arr": ("滞納繰越分", "arrears"), "tot": ("合計", "total")}
for s in ("cur", "arr", "tot"):
    label, seg = SEGNAME[s]
    put(ws, r, 1, label, box=True)
    col = 2
    for y, asof, yraw in ((2024, "2024-10-31", "令和6年10月末"), (2025, "2025-10-31", "令和7年10月末")):
        if s == "tot":
            a = AMT[y]["cur"][0] + AMT[y]["arr"][0]
            c = AMT[y]["cur"][1] + AMT[y]["arr"][1]
        else:
            a, c = AMT[y][s]
        rt = rate(c, a)
        for j, (v, raw) in enumerate(((a, k(a)), (c, k(c)), (rt, f"{rt:.2f}%"))):
            put(ws, r, col + j, raw, box=True, align="right")
        doc.fact("市税", y, yraw, seg, "assessed", "interim", a * 1000, "yen", k(a), as_of=asof,
                 anchor=label if y == 2024 else None)
        doc.fact("市税", y, yraw, seg, "collected", "interim", c * 1000, "yen", k(c), as_of=asof)
        doc.fact("市税", y, yraw, seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}%", as_of=asof)
        col += 3
    r += 1
r += 1

put(ws, r, 1, "３　令和７年度の目標と決算見込", bold=True, size=12)
r += 1
LINES = [
    ("【徴収率目標】令和７年度（アクションプラン）", None),
    ("　　現年分　　　　99.10％", ("current", "target", 2025, "令和７年度", 99.10, "99.10％")),
    ("　　滞納繰越分　　21.30％", ("arrears", "target", 2025, "令和７年度", 21.30, "21.30％")),
    ("　　合計　　　　　97.65％", ("total", "target", 2025, "令和７年度", 97.65, "97.65％")),
    ("【決算見込】令和７年度", None),
    ("　　現年分　　　　99.12％（前年度決算　99.05％）", ("current", "estimate", 2025, "令和７年度", 99.12, "99.12％"),
     ("current", "actual", 2024, "前年度決算", 99.05, "99.05％")),
    ("　　滞納繰越分　　21.80％（前年度決算　20.96％）", ("arrears", "estimate", 2025, "令和７年度", 21.80, "21.80％"),
     ("arrears", "actual", 2024, "前年度決算", 20.96, "20.96％")),
    ("【10月末の滞納状況】", None),
    ("　　滞納者数　　　8,412人（前年同月　8,960人）", "DELINQ"),
]
for ln in LINES:
    text = ln[0]
    put(ws, r, 1, text)
    if ln[1] == "DELINQ":
        doc.fact("市税", 2025, "10月末", "total", "delinquents", "interim", 8412, "persons", "8,412人",
                 as_of="2025-10-31", anchor="【10月末の滞納状況】")
        doc.fact("市税", 2024, "前年同月", "total", "delinquents", "interim", 8960, "persons", "8,960人",
                 as_of="2024-10-31")
    elif ln[1]:
        for seg, basis, fy, fyraw, v, raw in ln[1:]:
            doc.fact("市税", fy, fyraw, seg, "collection_rate", basis, v, "percent", raw)
    r += 1
r += 1
txt = "　令和６年度末の市税の収入未済額は約11億240万円で、滞納繰越分の調定額の縮減が続いています。"
put(ws, r, 1, txt)
doc.fact("市税", 2024, "令和６年度末", "total", "outstanding", "actual", 1102400000, "yen", "約11億240万円",
         approx=True)
r += 2
put(ws, r, 1, "（参考）２月末時点の徴収率（単位：％）", bold=True)
r += 1
put(ws, r, 1, "区分", box=True, fill=True, align="center")
put(ws, r, 2, "令和６年２月末※", box=True, fill=True, align="center")
put(ws, r, 3, "令和７年２月末", box=True, fill=True, align="center")
r += 1
FEB = (("現年分", "current", 97.85, 97.92), ("滞納繰越分", "arrears", 18.62, 19.40))
for label, seg, v1, v2 in FEB:
    put(ws, r, 1, label, box=True)
    put(ws, r, 2, f"{v1:.2f}", box=True, align="right")
    put(ws, r, 3, f"{v2:.2f}", box=True, align="right")
    doc.fact("市税", 2023, "令和６年２月末", seg, "collection_rate", "interim", v1, "percent", f"{v1:.2f}",
             as_of="2024-02-29", anchor="（参考）２月末時点" if seg == "current" else label)
    doc.fact("市税", 2024, "令和７年２月末", seg, "collection_rate", "interim", v2, "percent", f"{v2:.2f}",
             as_of="2025-02-28")
    r += 1
put(ws, r, 1, "※令和６年２月29日現在", size=9)

# sheet 2: initiatives
ws2 = wb.create_sheet("取組状況")
ws2.page_setup.orientation = "landscape"
ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
ws2.page_setup.fitToWidth = 1
ws2.page_setup.fitToHeight = 0
ws2.sheet_properties.pageSetUpPr.fitToPage = True
ws2.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws2.oddFooter.center.text = "&P / &N"
ws2.oddHeader.right.text = "総務常任委員会資料"
for col, w in zip("ABC", (24, 70, 40)):
    ws2.column_dimensions[col].width = w
put(ws2, 1, 1, "４　主な取組の実施状況", bold=True, size=12)
put(ws2, 2, 1, "項目", box=True, fill=True, align="center")
put(ws2, 2, 2, "内容", box=True, fill=True, align="center")
put(ws2, 2, 3, "実施状況（10月末）", box=True, fill=True, align="center")
ROWS = [
    ("(1)早期催告の徹底", [("①", "納期限後の電話催告を納税コールセンターで集中的に実施する。", "継続"),
                         ("②", "ＳＭＳによる納付案内を新たに導入し、若年層の早期納付を促す。", "新規")],
     "電話催告 4,120件\nＳＭＳ送信 2,860件"),
    ("(2)滞納処分の強化", [("①", "預貯金・給与等の差押えを優先し、換価までの期間を短縮する。", "継続"),
                         ("②", "捜索及びインターネット公売を年２回実施する。", "拡充")],
     "差押 612件（前年同月 574件）\n捜索 1回実施"),
    ("(3)納付環境の整備", [("①", "スマートフォン決済アプリの対象税目を固定資産税まで拡大する。", "拡充")],
     "令和7年4月から対象拡大"),
    ("(4)納税相談の充実", [("①", "毎月第２土曜日に休日納税相談窓口を開設する。", "継続"),
                         ("②", "生活困窮が疑われる滞納者は庁内の相談窓口へつなぐ。", None)],
     "休日相談 延べ 96件"),
]
rr = 3
for item, subs, status in ROWS:
    put(ws2, rr, 1, item, box=True, wrap=True)
    body = "\n".join(f"{lab}{t}" + (f"【{tag}】" if tag else "") for lab, t, tag in subs)
    put(ws2, rr, 2, body, box=True, wrap=True)
    put(ws2, rr, 3, status, box=True, wrap=True)
    ws2.row_dimensions[rr].height = 18 * max(len(subs) * 2, 2)
    for lab, t, tag in subs:
        doc.init("市税", 2025, "主な取組の実施状況", item[:3] + lab, t, tag)
    rr += 1
put(ws2, rr + 1, 1, "※件数は令和7年4月1日から10月31日までの累計。")

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.xlsx"
wb.save(src)
pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf")
finish(doc, pdf)
