"""qd_tamana_progress_1: 玉名市 令和５年度 市税等の収納状況と取組（中間報告・２月末） — openpyxl -> LibreOffice.

Run from corpus/frozen43:  python3 build/qd_tamana_progress.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from qd_common import Gold, PDF_DIR, WORK, check, comma, rate, soffice_pdf, write_gold

STEM = "qd_tamana_progress_1"
CITY = "玉名市"
FY = 2023
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
g = Gold()

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADF = PatternFill("solid", fgColor="DDE5F0")
SUBF = PatternFill("solid", fgColor="F2F2F2")
FN = "IPAexGothic"


def put(ws, r, c, v, *, bold=False, size=9, align="right", fill=None, border=True, wrap=False, valign="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FN, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def setup(ws, landscape=False, widths=(), scale=100):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = scale
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.7
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    ws.oddFooter.center.text = "&P / &N"
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w


# ---------------------------------------------------------------- data (千円, 現年度分, 2月末)
# 会計, 債権, 所管課, full-year 調定, 本年2月末収入済, 前年同月率, 年度末見込率
ACC = [
    ("一般会計", [("市税", "市税", "税務課", 6512334, 6120557, 93.81, 98.95),
                 ("保育料", "保育料", "子育て支援課", 142336, 131880, 92.44, 98.40),
                 ("住宅使用料", "市営住宅使用料", "建設課", 118442, 107995, 90.96, 96.90),
                 ("給食費", "学校給食費", "教育総務課", 301225, 279014, 92.35, 99.30)]),
    ("国民健康保険\n事業特別会計", [("国保税", "国民健康保険税", "税務課", 1244871, 1021187, 81.62, 94.60)]),
    ("介護保険事業\n特別会計", [("介護保険料", "介護保険料", "高齢介護課", 1132450, 1090317, 96.12, 99.25)]),
    ("後期高齢者医療\n特別会計", [("後期高齢", "後期高齢者医療保険料", "保険年金課", 702118, 668341, 95.03, 99.60)]),
]
# 滞納繰越分: short -> (調定, 収入済 2月末, 前年同月率)
ARR = {"市税": (312554, 81207, 24.61), "保育料": (18225, 3560, 18.02), "住宅使用料": (52114, 6412, 11.34),
       "給食費": (9870, 2015, 19.77), "国保税": (402887, 80211, 18.95), "介護保険料": (22410, 4433, 18.50),
       "後期高齢": (6104, 2388, 37.12)}

wb = Workbook()
ws = wb.active
ws.title = "総括"
setup(ws, widths=(12, 10, 11, 11, 11, 8, 8, 8, 8), scale=78)
PAGE = 1
ws.merge_cells("A1:I1")
put(ws, 1, 1, "令和５年度　市税等の収納状況と取組（中間報告）", bold=True, size=14, align="center", border=False)
put(ws, 2, 1, "令和６年２月末現在", size=10, align="right", border=False)
ws.merge_cells("A2:I2")
intro = ("　令和５年度の市税等の収納状況について、令和６年２月末現在の状況を取りまとめた。"
         "現年度分は各債権とも前年同月を上回って推移しており、年度末に向けて滞納整理強化期間（２月～３月）の取組を進めている。")
ws.merge_cells("A3:I3")
put(ws, 3, 1, intro, size=9.5, align="left", border=False, wrap=True)
ws.row_dimensions[3].height = 42
put(ws, 4, 1, "（１）現年度分の収納状況", bold=True, size=10.5, align="left", border=False)
HR = 5
heads = ["会計", "債権", "所管課", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月（％）", "増減（ポイント）",
         "年度末見込（％）"]
for c, h in enumerate(heads, 1):
    put(ws, HR, c, h, size=8.5, align="center", fill=HEADF, wrap=True)
ws.row_dimensions[HR].height = 30
ws.print_title_rows = f"{HR}:{HR}"
r = HR + 1
grand = [0, 0]
sp_sum = [0, 0]


def current_row(r, short, full, dept, ca, cc, prev, est, page):
    kw = dict(debt=full, debt_raw=short, fy=FY, fy_raw="令和５年度", segment="current")
    rc = rate(cc, ca)
    put(ws, r, 2, short, align="left")
    put(ws, r, 3, dept, align="left")
    put(ws, r, 4, g.fact(page, comma(ca), ca * 1000, "assessed", basis="interim", as_of=ASOF, **kw))
    put(ws, r, 5, g.fact(page, comma(cc), cc * 1000, "collected", basis="interim", as_of=ASOF, **kw))
    put(ws, r, 6, g.fact(page, f"{rc:.2f}", rc, "collection_rate", basis="interim", as_of=ASOF, **kw))
    put(ws, r, 7, g.fact(page, f"{prev:.2f}", prev, "collection_rate", basis="interim", as_of=ASOF_P,
                         **dict(kw, fy=FY - 1, fy_raw="前年同月")))
    d = round(rc - prev, 2)
    put(ws, r, 8, g.fact(page, ("▲" if d < 0 else "") + f"{abs(d):.2f}", d, "difference", basis="interim",
                         as_of=ASOF, unit="points", **kw))
    put(ws, r, 9, g.fact(page, f"{est:.2f}", est, "collection_rate", basis="estimate", **kw))


for ai, (acc, debts) in enumerate(ACC):
    if ai == 1:
        ws.row_breaks.append(Break(id=r - 1))
        PAGE = 2
    r0 = r
    sub = [0, 0]
    for short, full, dept, ca, cc, prev, est in debts:
        current_row(r, short, full, dept, ca, cc, prev, est, PAGE)
        sub[0] += ca
        sub[1] += cc
        r += 1
    if len(debts) > 1:
        put(ws, r, 2, "小計", align="center", fill=SUBF)
        put(ws, r, 3, "", fill=SUBF)
        kw = dict(debt=None, debt_raw="一般会計小計", fy=FY, fy_raw="令和５年度", segment="current", basis="interim",
                  as_of=ASOF)
        put(ws, r, 4, g.fact(PAGE, comma(sub[0]), sub[0] * 1000, "assessed", **kw), fill=SUBF)
        put(ws, r, 5, g.fact(PAGE, comma(sub[1]), sub[1] * 1000, "collected", **kw), fill=SUBF)
        sr = rate(sub[1], sub[0])
        put(ws, r, 6, g.fact(PAGE, f"{sr:.2f}", sr, "collection_rate", **kw), fill=SUBF)
        for c in (7, 8, 9):
            put(ws, r, c, "－", align="center", fill=SUBF)
        r += 1
    ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    put(ws, r0, 1, acc, align="center", wrap=True, size=8.5)
    if ai:
        ws.row_dimensions[r0].height = 26
    for rr in range(r0 + 1, r):
        ws.cell(row=rr, column=1).border = BOX
    grand[0] += sub[0]
    grand[1] += sub[1]
put(ws, r, 1, "合　計", align="center", fill=HEADF, bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和５年度", segment="current", basis="interim", as_of=ASOF)
put(ws, r, 4, g.fact(PAGE, comma(grand[0]), grand[0] * 1000, "assessed", **kw), fill=HEADF, bold=True)
put(ws, r, 5, g.fact(PAGE, comma(grand[1]), grand[1] * 1000, "collected", **kw), fill=HEADF, bold=True)
gr = rate(grand[1], grand[0])
put(ws, r, 6, g.fact(PAGE, f"{gr:.2f}", gr, "collection_rate", **kw), fill=HEADF, bold=True)
for c in (7, 8, 9):
    put(ws, r, c, "－", align="center", fill=HEADF)
r += 1
z12 = 85.12
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
put(ws, r, 1, "※　調定額は２月末時点の現年度分調定額。▲は低下を示す。"
    f"市税現年度分の１２月末時点の収納率は{g.fact(PAGE, f'{z12:.2f}％', z12, 'collection_rate', debt='市税', debt_raw='市税', fy=FY, fy_raw='１２月末', segment='current', basis='interim', as_of='2023-12-31')}であった。",
    size=8, align="left", border=False, wrap=True)
ws.row_dimensions[r].height = 26
r += 2

# 滞納繰越分 with section rows
put(ws, r, 1, "（２）滞納繰越分の収納状況", bold=True, size=10.5, align="left", border=False)
r += 1
put(ws, r, 9, "（単位：千円、％）", size=8, border=False)
r += 1
h2 = ["債権", "", "", "調定額", "収入済額", "収納率", "前年同月", "増減", ""]
for c, h in enumerate(h2[:8], 1):
    put(ws, r, c, h, size=8.5, align="center", fill=HEADF)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
r += 1
SECTIONS = [("【一般会計】", ["市税", "保育料", "住宅使用料", "給食費"]), ("【特別会計】", ["国保税", "介護保険料", "後期高齢"])]
FULL = {d[0]: d[1] for _, ds in ACC for d in ds}
tot = [0, 0]
for sname, members in SECTIONS:
    put(ws, r, 1, sname, align="left", fill=SUBF, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    sub = [0, 0]
    for s in members:
        aa, ac, pr = ARR[s]
        kw = dict(debt=FULL[s], debt_raw=s, fy=FY, fy_raw="令和５年度", segment="arrears", basis="interim", as_of=ASOF)
        put(ws, r, 1, "　" + s, align="left")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        put(ws, r, 4, g.fact(PAGE, comma(aa), aa * 1000, "assessed", **kw))
        put(ws, r, 5, g.fact(PAGE, comma(ac), ac * 1000, "collected", **kw))
        ar = rate(ac, aa)
        put(ws, r, 6, g.fact(PAGE, f"{ar:.2f}", ar, "collection_rate", **kw))
        put(ws, r, 7, g.fact(PAGE, f"{pr:.2f}", pr, "collection_rate", **dict(kw, fy=FY - 1, fy_raw="前年同月", as_of=ASOF_P)))
        d = round(ar - pr, 2)
        put(ws, r, 8, g.fact(PAGE, ("▲" if d < 0 else "") + f"{abs(d):.2f}", d, "difference", unit="points", **kw))
        sub[0] += aa
        sub[1] += ac
        r += 1
    kw = dict(debt=None, debt_raw=sname.strip("【】") + "小計", fy=FY, fy_raw="令和５年度", segment="arrears",
              basis="interim", as_of=ASOF)
    put(ws, r, 1, "小計", align="center", fill=SUBF)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(ws, r, 4, g.fact(PAGE, comma(sub[0]), sub[0] * 1000, "assessed", **kw), fill=SUBF)
    put(ws, r, 5, g.fact(PAGE, comma(sub[1]), sub[1] * 1000, "collected", **kw), fill=SUBF)
    sr = rate(sub[1], sub[0])
    put(ws, r, 6, g.fact(PAGE, f"{sr:.2f}", sr, "collection_rate", **kw), fill=SUBF)
    put(ws, r, 7, "－", align="center", fill=SUBF)
    put(ws, r, 8, "－", align="center", fill=SUBF)
    tot[0] += sub[0]
    tot[1] += sub[1]
    r += 1
kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和５年度", segment="arrears", basis="interim", as_of=ASOF)
put(ws, r, 1, "合計", align="center", fill=HEADF, bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
put(ws, r, 4, g.fact(PAGE, comma(tot[0]), tot[0] * 1000, "assessed", **kw), fill=HEADF, bold=True)
put(ws, r, 5, g.fact(PAGE, comma(tot[1]), tot[1] * 1000, "collected", **kw), fill=HEADF, bold=True)
tr = rate(tot[1], tot[0])
put(ws, r, 6, g.fact(PAGE, f"{tr:.2f}", tr, "collection_rate", **kw), fill=HEADF, bold=True)
put(ws, r, 7, "－", align="center", fill=HEADF)
put(ws, r, 8, "－", align="center", fill=HEADF)
ws.print_area = f"A1:I{r + 1}"

# ---------------------------------------------------------------- sheet 2: 地域別
PAGE = 3
w2 = wb.create_sheet("地域別")
setup(w2, widths=(8, 14, 14, 9, 2, 14, 9, 9, 9), scale=72)
put(w2, 1, 1, "２　地域別の収納状況（令和６年２月末現在）", bold=True, size=12, align="left", border=False)
put(w2, 3, 1, "（１）市税（現年度分）", bold=True, size=10, align="left", border=False)
AREAS = [("玉名", 4012558, 3788001), ("岱明", 1104227, 1035310), ("横島", 498110, 462993), ("天水", 897439, 834253)]
hd = ["地域", "調定額（円）", "収入済額（円）", "収納率（％）"]
for c, h in enumerate(hd, 1):
    put(w2, 4, c, h, size=8.5, align="center", fill=HEADF)
rr = 5
for i, (a, ca_k, cc_k) in enumerate(AREAS):
    ca, cc = ca_k * 1000 + 312 * (i + 1), cc_k * 1000 + 87 * (i + 2)
    kw = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", segment="current", basis="interim",
              as_of=ASOF, area=a)
    fill = SUBF if i % 2 else None
    put(w2, rr, 1, a, align="center", fill=fill)
    put(w2, rr, 2, g.fact(PAGE, comma(ca), ca, "assessed", **kw), fill=fill)
    put(w2, rr, 3, g.fact(PAGE, comma(cc), cc, "collected", **kw), fill=fill)
    ar = rate(cc, ca)
    put(w2, rr, 4, g.fact(PAGE, f"{ar:.2f}", ar, "collection_rate", **kw), fill=fill)
    rr += 1
put(w2, rr, 1, "※　地域は納税義務者の住所地による（合併前の旧市町の区域）。", size=8, align="left", border=False)
# other orientation table beside: 国保税 metrics as rows, areas as columns (千円)
put(w2, 3, 6, "（２）国民健康保険税（現年度分）", bold=True, size=10, align="left", border=False)
put(w2, 4, 6, "区分", size=8.5, align="center", fill=HEADF)
KA = [("玉名", 771204, 633510), ("岱明", 224512, 183004), ("横島", 98331, 80912)]
for j, (a, _, _) in enumerate(KA):
    put(w2, 4, 7 + j, a, size=8.5, align="center", fill=HEADF)
for i, (lab, metric) in enumerate([("調定額（千円）", "assessed"), ("収入済額（千円）", "collected"), ("収納率（％）", "collection_rate")]):
    put(w2, 5 + i, 6, lab, size=8, align="left")
    for j, (a, ca, cc) in enumerate(KA):
        kw = dict(debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和５年度", segment="current",
                  basis="interim", as_of=ASOF, area=a)
        if metric == "collection_rate":
            v = rate(cc, ca)
            put(w2, 5 + i, 7 + j, g.fact(PAGE, f"{v:.2f}", v, metric, **kw))
        else:
            v = ca if metric == "assessed" else cc
            put(w2, 5 + i, 7 + j, g.fact(PAGE, comma(v), v * 1000, metric, **kw))
put(w2, 8, 6, "※　天水地域は玉名地域に含む。", size=8, align="left", border=False)
# no-rule table: 滞納世帯数・差押件数
put(w2, 11, 1, "（３）滞納世帯数及び滞納処分の状況（２月末現在）", bold=True, size=10, align="left", border=False)
hdr3 = ["債権", "滞納世帯数", "前年同月", "差押件数", "前年同月"]
for c, h in enumerate(hdr3, 1):
    put(w2, 12, [0, 1, 2, 3, 4, 6][c], h, size=8.5, align="center" if c > 1 else "left", border=False)
CNT = [("市税", "市税", 1842, 1967, 402, 371), ("国保税", "国民健康保険税", 1203, 1288, 188, 176),
       ("介護保険料", "介護保険料", 344, 361, 9, 7), ("保育料", "保育料", 61, 70, 4, 3)]
for i, (s, full, hh, hp, sz, szp) in enumerate(CNT):
    kw = dict(debt=full, debt_raw=s, segment="total", basis="interim", unit="households")
    put(w2, 13 + i, 1, s, align="left", border=False)
    put(w2, 13 + i, 2, g.fact(PAGE, f"{hh:,}", hh, "delinquents", fy=FY, fy_raw="令和５年度", as_of=ASOF, **kw), border=False)
    put(w2, 13 + i, 3, g.fact(PAGE, f"{hp:,}", hp, "delinquents", fy=FY - 1, fy_raw="前年同月", as_of=ASOF_P, **kw), border=False)
    put(w2, 13 + i, 4, g.fact(PAGE, f"{sz:,}", sz, "seizures", fy=FY, fy_raw="令和５年度", as_of=ASOF,
                              **dict(kw, unit="cases")), border=False)
    put(w2, 13 + i, 6, g.fact(PAGE, f"{szp:,}", szp, "seizures", fy=FY - 1, fy_raw="前年同月", as_of=ASOF_P,
                              **dict(kw, unit="cases")), border=False)
put(w2, 18, 1, "（単位：世帯、件）", size=8, align="left", border=False)
# initiatives under a plain title
put(w2, 20, 1, "（４）下半期の主な取組", bold=True, size=10, align="left", border=False)
ITEMS = [("市税", "(1)", "１２月を滞納整理強化月間とし、管理職による夜間・休日の電話催告と臨戸訪問を実施した。", "継続"),
         ("市税", "(2)", "差押予告書を送付しても納付のない滞納者について、預貯金・給与の差押えを集中的に執行した。", "継続"),
         ("国民健康保険税", "(3)", "国民健康保険税の滞納者のうち、短期被保険者証の対象世帯に対して納付相談の呼出しを行った。", "拡充"),
         ("保育料", "(4)", "保育料について、児童手当からの特別徴収の申出を入所時説明会で案内した。", "新規")]
rr = 21
for debt, lab, t, stt in ITEMS:
    w2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
    put(w2, rr, 1, f"{lab}　{t}【{stt}】", size=9, align="left", border=False, wrap=True)
    w2.row_dimensions[rr].height = 28
    g.init(PAGE, t, debt=debt, fy=FY, section="下半期の主な取組", label=lab, status=stt)
    rr += 1
w2.print_area = f"A1:I{rr}"

# ---------------------------------------------------------------- sheet 3: 月別 (landscape, wide, split by columns)
w3 = wb.create_sheet("月別")
setup(w3, landscape=True, scale=85)
w3.column_dimensions["A"].width = 12
w3.column_dimensions["B"].width = 14
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
for i in range(len(MONTHS) + 1):
    w3.column_dimensions[chr(67 + i)].width = 11.5
put(w3, 1, 1, "３　月別収納状況（現年度分・累計）　本年度：令和５年度　前年度：令和４年度", bold=True, size=12,
    align="left", border=False)
put(w3, 2, 1, "収入済額は千円、収納率は％", size=8.5, align="left", border=False)


def month_end(i, fy):
    import calendar
    m = (4 + i - 1) % 12 + 1
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


# cumulative share of annual 調定 by month (市税 現年, 国保税 現年)
SH_Z = [8.1, 25.3, 38.7, 47.9, 55.2, 62.4, 70.8, 76.3, 85.12, 88.9, 93.99]
SH_Z0 = [7.8, 24.9, 38.1, 47.2, 54.6, 61.8, 70.1, 75.6, 84.5, 88.1, 93.81]
SH_K = [0.0, 4.1, 12.6, 21.9, 30.7, 39.8, 48.5, 56.9, 65.2, 73.4, 82.03]
SH_K0 = [0.0, 3.9, 12.1, 21.2, 30.1, 39.0, 47.6, 56.0, 64.1, 72.6, 81.62]
SH_Z[-1] = rate(6120557, 6512334)
SH_K[-1] = rate(1021187, 1244871)
row = 4
put(w3, row, 1, "債権", size=8.5, align="center", fill=HEADF)
put(w3, row, 2, "区分", size=8.5, align="center", fill=HEADF)
for j, m in enumerate(MONTHS):
    put(w3, row, 3 + j, m, size=8.5, align="center", fill=HEADF)
w3.print_title_rows = "4:4"
w3.print_title_cols = "A:B"
row += 1
for short, full, ca, cur, prev, prev_ca in (("市税", "市税", 6512334, SH_Z, SH_Z0, 6455102),
                                           ("国保税", "国民健康保険税", 1244871, SH_K, SH_K0, 1268330)):
    r0 = row
    for lab, fy, shares, base in (("本年度 収入済額", FY, cur, ca), ("本年度 収納率", FY, cur, ca),
                                  ("前年度 収入済額", FY - 1, prev, prev_ca), ("前年度 収納率", FY - 1, prev, prev_ca)):
        put(w3, row, 2, lab, size=8, align="left")
        for j, sh in enumerate(shares):
            asof = month_end(j, fy)
            kw = dict(debt=full, debt_raw=short, fy=fy, fy_raw="本年度" if fy == FY else "前年度", segment="current",
                      basis="interim", as_of=asof)
            pg = 4 if j < 7 else 5
            if "収入済額" in lab:
                v = round(base * sh / 100)
                if j == 10 and fy == FY:
                    v = dict((d[0], d[4]) for _, ds in ACC for d in ds)[short]
                put(w3, row, 3 + j, g.fact(pg, comma(v), v * 1000, "collected", **kw), size=8.5)
            else:
                put(w3, row, 3 + j, "－" if sh == 0 else g.fact(pg, f"{sh:.2f}", sh, "collection_rate", **kw),
                    size=8.5, align="right" if sh else "center")
        row += 1
    w3.merge_cells(start_row=r0, start_column=1, end_row=row - 1, end_column=1)
    put(w3, r0, 1, short, align="center", size=9)
    for rr in range(r0 + 1, row):
        w3.cell(row=rr, column=1).border = BOX
    row += 1
w3.col_breaks.append(Break(id=9))  # after column I (10月末)
put(w3, row, 1, "※　前年度の２月末は令和５年２月２８日現在、本年度の２月末は令和６年２月２９日現在。国保税は６月に本算定。",
    size=8, align="left", border=False)
w3.print_area = f"A1:M{row}"

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice_pdf(xlsx, WORK)
(PDF_DIR / f"{STEM}.pdf").write_bytes(pdf.read_bytes())
write_gold(STEM, g, kind="progress_report", family="progress", municipality=CITY,
           title="令和５年度 市税等の収納状況と取組（中間報告）", date="2024-02-29", date_raw="令和６年２月末現在")
check(STEM)
