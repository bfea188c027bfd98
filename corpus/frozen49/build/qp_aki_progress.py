"""安芸市 債権管理の取組状況（中間報告） (progress_report) — openpyxl -> LibreOffice. Run from corpus/frozen49."""
import sys, os, shutil, calendar
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
from qp_common import *

STEM = "qp_aki_progress_1"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", "安芸市", TITLE, "2024-03-15", "令和6年3月15日")
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"

wb = Workbook()
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEADF = PatternFill("solid", fgColor="DDE5F0")
SUBF = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"


def setup(ws, title, landscape=False):
    ws.title = title
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
    ws.oddHeader.right.text = TITLE
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.sheet_view.showGridLines = False


def W(ws, ref, val, size=10, bold=False, al="l", fill=None, box=False, wrap=False, merge=None):
    cell = ws[ref]
    cell.value = val
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal={"l": "left", "c": "center", "r": "right"}[al], vertical="center",
                               wrap_text=wrap)
    if fill:
        cell.fill = fill
    if merge:
        ws.merge_cells(f"{ref}:{merge}")
    if box:
        rng = ws[f"{ref}:{merge}"] if merge else [[cell]]
        for row in rng:
            for cc in row:
                cc.border = BOX
                if fill:
                    cc.fill = fill
    return cell


def widths(ws, ws_w):
    for col, w in ws_w.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- data (千円)
# debt, cur assessed, cur collected (2月末), prev-year rate at 2月末, estimate rate, target rate,
#       arrears assessed, arrears collected, prev arrears rate, estimate, target
D = [("市税", 1832410, 1702115, 92.61, 98.95, 99.00, 121340, 30120, 23.15, 28.0, 27.5),
     ("国民健康保険税", 482330, 401825, 82.74, 94.30, 94.50, 98120, 16935, 16.02, 20.5, 21.0),
     ("介護保険料", 418250, 409130, 97.70, 99.10, 99.00, 8120, 1704, 19.80, 24.0, 23.0),
     ("後期高齢者医療保険料", 198410, 195002, 98.10, 99.60, 99.50, 1510, 602, 38.50, 44.0, 45.0),
     ("保育料", 35210, 32115, 90.25, 97.80, 98.00, 6420, 982, 14.12, 18.0, 18.0),
     ("市営住宅使用料", 96720, 86104, 88.41, 95.20, 95.50, 18350, 2410, 12.05, 15.0, 15.0),
     ("下水道使用料", 142880, 131890, 91.95, 98.80, 99.00, 4210, 1210, 26.40, 30.0, 30.0)]

# ================================================================= p1 総括
ws = wb.active
setup(ws, "総括")
widths(ws, {"A": 20, "B": 13, "C": 13, "D": 9, "E": 9, "F": 9, "G": 10, "H": 9})
W(ws, "G1", "令和6年2月末現在", 10, True, "c", box=True, merge="H1")
W(ws, "A3", TITLE, 15, True)
W(ws, "A4", "令和6年3月15日　安芸市 総務課 債権管理推進室", 10)
W(ws, "A6", "1　主な債権の収納状況", 12, True)
W(ws, "A7", "本年度・前年度とも2月末時点の累計。決算見込は2月末の実績と例年の3月・出納整理期間の収納から推計した。", 8.5)
hdr = ["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月（％）", "差（ポイント）", "決算見込（％）", "目標（％）"]
for i, h in enumerate(hdr):
    W(ws, f"{'ABCDEFGH'[i]}8", h, 8.5, True, "c", HEADF, True, True)
ws.row_dimensions[8].height = 30
row = 9
P = 1
for seg, lab, idx in (("current", "【現年度分】", (1, 2, 3, 4, 5)), ("arrears", "【滞納繰越分】", (6, 7, 8, 9, 10))):
    W(ws, f"A{row}", lab, 9, True, "l", SUBF, True, merge=f"H{row}")
    row += 1
    sa = sc = 0
    for d in D:
        a, col, pr, est, tg = (d[i] for i in idx)
        rt = rate(col, a, 2)
        df = r2(rt - pr)
        dfs = ("▲" if df < 0 else "") + fr(abs(df), 2)
        vals = [d[0], c(a), c(col), fr(rt, 2), fr(pr, 2), dfs, fr(est, 2), fr(tg, 2)]
        for i, v in enumerate(vals):
            W(ws, f"{'ABCDEFGH'[i]}{row}", v, 9, False, "l" if i == 0 else "r", box=True)
        g.f(P, d[0], d[0], 2023, "本年度", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF)
        g.f(P, d[0], d[0], 2023, "本年度", seg, "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF)
        g.f(P, d[0], d[0], 2023, "本年度", seg, "collection_rate", "interim", rt, "percent", fr(rt, 2), as_of=ASOF)
        g.f(P, d[0], d[0], 2022, "前年同月", seg, "collection_rate", "interim", pr, "percent", fr(pr, 2), as_of=ASOF_PREV)
        g.f(P, d[0], d[0], 2023, "差", seg, "difference", "interim", df, "points", dfs, as_of=ASOF)
        g.f(P, d[0], d[0], 2023, "決算見込", seg, "collection_rate", "estimate", est, "percent", fr(est, 2))
        g.f(P, d[0], d[0], 2023, "目標", seg, "collection_rate", "target", tg, "percent", fr(tg, 2))
        sa += a
        sc += col
        row += 1
    rt = rate(sc, sa, 2)
    vals = ["計", c(sa), c(sc), fr(rt, 2), "－", "－", "－", "－"]
    for i, v in enumerate(vals):
        W(ws, f"{'ABCDEFGH'[i]}{row}", v, 9, True, "c" if i == 0 else "r", SUBF, box=True)
    g.f(P, None, "計", 2023, "本年度", seg, "assessed", "interim", sa * 1000, "yen", c(sa), as_of=ASOF)
    g.f(P, None, "計", 2023, "本年度", seg, "collected", "interim", sc * 1000, "yen", c(sc), as_of=ASOF)
    g.f(P, None, "計", 2023, "本年度", seg, "collection_rate", "interim", rt, "percent", fr(rt, 2), as_of=ASOF)
    row += 1
row += 1
W(ws, f"A{row}", "※ ▲は前年同月を下回ることを示す。下水道使用料は令和5年度から公営企業会計に移行している。", 8.5)

# ================================================================= p2 月別収納状況
ws = wb.create_sheet()
setup(ws, "月別")
widths(ws, {"A": 10, "B": 15, "C": 11, "D": 15, "E": 11, "F": 11, "G": 14})
W(ws, "A1", "2　月別収納状況（市税・現年度分）", 12, True)
W(ws, "A2", "本年度＝令和5年度、前年度＝令和4年度。各月末時点の累計額。", 9)
W(ws, "A3", "（調定額は各年度2月末の現年度分調定額による。）", 8.5)
zc_a = D[0][1]
prev_a = 1815230
# cumulative collected 千円 this year / last year (Apr..Feb)
cum = [131210, 318450, 520930, 742110, 905320, 1058110, 1212450, 1355020, 1480230, 1598960, 1702115]
cum_p = [128930, 309880, 510220, 728840, 889450, 1042860, 1193580, 1332440, 1455620, 1570010, 1681049]
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]
for i, h in enumerate(["月末", "本年度\n収入済額（千円）", "本年度\n収納率（％）", "前年度\n収入済額（千円）", "前年度\n収納率（％）",
                       "差\n（ポイント）", "収入済額\n前年度比（％）"]):
    W(ws, f"{'ABCDEFG'[i]}5", h, 8.5, True, "c", HEADF, True, True)
ws.row_dimensions[5].height = 32
P = 2
for i, m in enumerate(months):
    r = 6 + i
    y_this = 2023 if m >= 4 else 2024
    y_prev = y_this - 1
    d_this = f"{y_this}-{m:02d}-{calendar.monthrange(y_this, m)[1]:02d}"
    d_prev = f"{y_prev}-{m:02d}-{calendar.monthrange(y_prev, m)[1]:02d}"
    rt = rate(cum[i], zc_a, 1)
    rp = rate(cum_p[i], prev_a, 1)
    df = r1(rt - rp)
    dfs = ("▲" if df < 0 else "") + fr(abs(df))
    ratio = r1(cum[i] / cum_p[i] * 100)
    fill = SUBF if i % 2 else None
    vals = [f"{m}月末", c(cum[i]), fr(rt), c(cum_p[i]), fr(rp), dfs, fr(ratio)]
    for j, v in enumerate(vals):
        W(ws, f"{'ABCDEFG'[j]}{r}", v, 9, False, "c" if j == 0 else "r", fill, True)
    g.f(P, "市税", "市税", 2023, "本年度", "current", "collected", "interim", cum[i] * 1000, "yen", c(cum[i]), as_of=d_this)
    g.f(P, "市税", "市税", 2023, "本年度", "current", "collection_rate", "interim", rt, "percent", fr(rt), as_of=d_this)
    g.f(P, "市税", "市税", 2022, "前年度", "current", "collected", "interim", cum_p[i] * 1000, "yen", c(cum_p[i]), as_of=d_prev)
    g.f(P, "市税", "市税", 2022, "前年度", "current", "collection_rate", "interim", rp, "percent", fr(rp), as_of=d_prev)
    g.f(P, "市税", "市税", 2023, "差", "current", "difference", "interim", df, "points", dfs, as_of=d_this)
    g.f(P, "市税", "市税", 2023, "前年度比", "current", "ratio_to_previous", "interim", ratio, "percent", fr(ratio), as_of=d_this)
r = 6 + len(months) + 1
W(ws, f"A{r}", "※ 2月末は令和6年2月29日現在（前年度は令和5年2月28日現在）。", 8.5)
r += 2
W(ws, f"A{r}", "【分析】", 10, True)
d_c = cum[-1] - cum_p[-1]
txt = (f"　2月末の収入済額は{c(cum[-1])}千円で、前年同月から{c(d_c)}千円増加した。収納率は{fr(rate(cum[-1], zc_a, 1))}％で、"
       f"前年同月を{fr(r1(rate(cum[-1], zc_a, 1) - rate(cum_p[-1], prev_a, 1)))}ポイント上回っている。"
       "固定資産税の第4期（2月末納期）分は3月以降に収納されるものが多く、年度末には例年並みの水準となる見込みである。")
W(ws, f"A{r + 1}", txt, 9.5, wrap=True, merge=f"G{r + 4}")
ws[f"A{r + 1}"].alignment = Alignment(wrap_text=True, vertical="top")
g.f(P, "市税", "市税", 2023, "2月末", "current", "collected", "interim", cum[-1] * 1000, "yen", f"{c(cum[-1])}千円", as_of=ASOF)
g.f(P, "市税", "市税", 2023, "2月末", "current", "difference", "interim", d_c * 1000, "yen", f"{c(d_c)}千円増加", as_of=ASOF)
g.f(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", rate(cum[-1], zc_a, 1), "percent",
    f"{fr(rate(cum[-1], zc_a, 1))}％", as_of=ASOF)
g.f(P, "市税", "市税", 2023, "2月末", "current", "difference", "interim",
    r1(rate(cum[-1], zc_a, 1) - rate(cum_p[-1], prev_a, 1)), "points",
    f"{fr(r1(rate(cum[-1], zc_a, 1) - rate(cum_p[-1], prev_a, 1)))}ポイント", as_of=ASOF)

# ================================================================= p3 12月末 + 取組状況
ws = wb.create_sheet()
setup(ws, "取組状況")
widths(ws, {"A": 16, "B": 54, "C": 6, "D": 28})
W(ws, "A1", "3　債権別の取組状況", 12, True)
W(ws, "A3", "【収納率】令和5年12月末時点（国民健康保険税）", 10.5, True)
bul = [("現年分", "current", 78.4, 77.9), ("滞繰分", "arrears", 18.2, 16.9)]
r = 4
P = 3
for lab, seg, v, pv in bul:
    W(ws, f"A{r}", f"・{lab}　{fr(v)}％（前年同月 {fr(pv)}％）", 10)
    g.f(P, "国民健康保険税", None, 2023, "令和5年12月末", seg, "collection_rate", "interim", v, "percent", f"{fr(v)}％",
        as_of="2023-12-31")
    g.f(P, "国民健康保険税", None, 2022, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{fr(pv)}％",
        as_of="2022-12-31")
    r += 1
r += 1
for i, h in enumerate(["債権名", "取組内容", "", "備考"]):
    W(ws, f"{'ABCD'[i]}{r}", h, 9, True, "c", HEADF, True)
r += 1
rowsp = [
    ("市税", [("①", "年末に財産調査を一斉に行い、預金差押えを実施した。", "拡充", "◎", "差押件数 142件"),
              ("②", "地方税統一QRコードによるスマートフォン納付の案内を納税通知書に同封した。", "新規", "○", "")]),
    ("国民健康保険税", [("①", "短期被保険者証の更新時に納付相談を行った。", "継続", "○", "うち滞納繰越分の分納誓約 86件"),
                        ("②", "資格喪失者への文書催告を喪失後3か月以内に行った。", None, "△", f"収入未済額 {c(D[1][6] - D[1][7])}千円（滞納繰越分）")]),
    ("市営住宅使用料", [("①", "3か月以上の滞納者と連帯保証人に面談を行った。", "継続", "○",
                        f"うち滞納繰越分 {c(D[5][6] - D[5][7])}千円"),
                        ("②", "退去滞納者2名について支払督促を申し立てた。", "継続", "◎", "")]),
    ("保育料", [("①", "児童手当からの申出徴収を案内し、新たに5世帯が申し出た。", "拡充", "○", "")]),
]
for debt, its in rowsp:
    start = r
    for lab, tx, st_, mark, note in its:
        W(ws, f"B{r}", f"{lab}{tx}" + (f"【{st_}】" if st_ else ""), 9, wrap=True, box=True)
        W(ws, f"C{r}", mark, 11, False, "c", box=True)
        W(ws, f"D{r}", note, 8.5, wrap=True, box=True)
        ws.row_dimensions[r].height = 30
        g.i(P, debt, 2023, "債権別の取組状況", lab, tx, st_)
        r += 1
    W(ws, f"A{start}", debt, 9, False, "c", box=True, wrap=True, merge=f"A{r - 1}")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, None, "arrears", "outstanding", "interim", (D[1][6] - D[1][7]) * 1000, "yen",
    f"{c(D[1][6] - D[1][7])}千円", as_of=ASOF)
g.f(P, "市営住宅使用料", "市営住宅使用料", 2023, None, "arrears", "outstanding", "interim", (D[5][6] - D[5][7]) * 1000, "yen",
    f"{c(D[5][6] - D[5][7])}千円", as_of=ASOF)
r += 1
W(ws, f"A{r}", "◎：計画を上回って実施　○：計画どおり実施　△：一部未実施", 8.5)
W(ws, f"A{r + 1}", "※ 備考欄の収入未済額は令和6年2月末現在。", 8.5)

# ================================================================= p4 地区別・年度末見込
ws = wb.create_sheet()
setup(ws, "地区別")
widths(ws, {"A": 14, "B": 13, "C": 15, "D": 13, "E": 13, "F": 14})
W(ws, "A1", "4　地区別の市税滞納状況（令和6年2月末現在）", 12, True)
areas = [("安芸地区", 212, 38410, 231), ("土居地区", 64, 10230, 70), ("川北地区", 41, 6120, 39), ("東部地区", 58, 8910, 66),
         ("赤野地区", 22, 3015, 25), ("穴内地区", 18, 2480, 20), ("畑山地区", 6, 635, 6)]
for i, h in enumerate(["地区", "滞納者数（人）", "収入未済額（千円）", "前年同月\n滞納者数（人）", "増減（人）", "備考"]):
    W(ws, f"{'ABCDEF'[i]}3", h, 8.5, True, "c", HEADF, True, True)
ws.row_dimensions[3].height = 30
P = 4
r = 4
for a, n, o, pn in areas:
    dn = n - pn
    dns = ("▲" if dn < 0 else "") + str(abs(dn))
    for j, v in enumerate([a, str(n), c(o), str(pn), dns, ""]):
        W(ws, f"{'ABCDEF'[j]}{r}", v, 9, False, "c" if j == 0 else "r", box=True)
    g.f(P, "市税", None, 2023, "令和6年2月末", "total", "delinquents", "interim", n, "persons", str(n), as_of=ASOF, area=a)
    g.f(P, "市税", None, 2023, "令和6年2月末", "total", "outstanding", "interim", o * 1000, "yen", c(o), as_of=ASOF, area=a)
    g.f(P, "市税", None, 2022, "前年同月", "total", "delinquents", "interim", pn, "persons", str(pn), as_of=ASOF_PREV, area=a)
    r += 1
sn, so, spn = sum(x[1] for x in areas), sum(x[2] for x in areas), sum(x[3] for x in areas)
dn = sn - spn
for j, v in enumerate(["合計", str(sn), c(so), str(spn), ("▲" if dn < 0 else "") + str(abs(dn)), ""]):
    W(ws, f"{'ABCDEF'[j]}{r}", v, 9, True, "c" if j == 0 else "r", SUBF, True)
g.f(P, "市税", "合計", 2023, "令和6年2月末", "total", "delinquents", "interim", sn, "persons", str(sn), as_of=ASOF)
g.f(P, "市税", "合計", 2023, "令和6年2月末", "total", "outstanding", "interim", so * 1000, "yen", c(so), as_of=ASOF)
g.f(P, "市税", "合計", 2022, "前年同月", "total", "delinquents", "interim", spn, "persons", str(spn), as_of=ASOF_PREV)
r += 2
W(ws, f"A{r}", "5　年度末の見込み（収入未済額）", 12, True)
r += 1
est = [("市税", 78320, 72150), ("国民健康保険税", 91230, 88410), ("介護保険料", 5380, 5120), ("市営住宅使用料", 21450, 21940)]
for i, h in enumerate(["債権名", "令和4年度決算（千円）", "令和5年度決算見込（千円）", "増減（千円）", "前年度比（％）"]):
    W(ws, f"{'ABCDE'[i]}{r}", h, 8.5, True, "c", HEADF, True, True)
ws.row_dimensions[r].height = 30
r += 1
for d, prev, e in est:
    dd = e - prev
    ratio = r1(e / prev * 100)
    for j, v in enumerate([d, c(prev), c(e), tri(dd), fr(ratio)]):
        W(ws, f"{'ABCDE'[j]}{r}", v, 9, False, "l" if j == 0 else "r", box=True)
    g.f(P, d, d, 2022, "令和4年度", "total", "outstanding", "actual", prev * 1000, "yen", c(prev))
    g.f(P, d, d, 2023, "令和5年度", "total", "outstanding", "estimate", e * 1000, "yen", c(e))
    g.f(P, d, d, 2023, "令和5年度", "total", "difference", "estimate", dd * 1000, "yen", tri(dd))
    g.f(P, d, d, 2023, "令和5年度", "total", "ratio_to_previous", "estimate", ratio, "percent", fr(ratio))
    r += 1
r += 1
te, tp = sum(x[2] for x in est), sum(x[1] for x in est)
txt = (f"　上記4債権の令和5年度末の収入未済額は約{oku_man(round(te * 1000, -6))}と見込まれ、前年度決算から約"
       f"{oku_man(round((tp - te) * 1000, -6))}の減少となる見込みである。3月は出納整理期間に向けた一斉催告を行い、"
       "見込額の更なる縮減に努める。")
W(ws, f"A{r}", txt, 9.5, wrap=True, merge=f"F{r + 3}")
ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
g.f(P, None, None, 2023, "令和5年度", "total", "outstanding", "estimate", round(te * 1000, -6), "yen",
    f"約{oku_man(round(te * 1000, -6))}", approx=True)
g.f(P, None, None, 2023, "令和5年度", "total", "difference", "estimate", -round((tp - te) * 1000, -6), "yen",
    f"約{oku_man(round((tp - te) * 1000, -6))}", approx=True)

src = os.path.join(WORK, STEM + ".xlsx")
wb.save(src)
pdf = soffice(src, WORK)
shutil.copy(pdf, os.path.join(ROOT, "pdf", STEM + ".pdf"))
g.write()
