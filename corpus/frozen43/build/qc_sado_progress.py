"""qc_sado_progress_1: 債権管理の取組状況（2月末現在）. openpyxl -> LibreOffice."""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import Gold, c, tri, zen, rate
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break

STEM = "qc_sado_progress_1"
TITLE = "令和５年度 債権管理の取組状況（令和６年２月末現在）"
g = Gold(STEM, "progress_report", "torikumi_jokyo", "佐渡市", TITLE, "2024-03-22", "令和6年3月22日")
AS, AS0 = "2024-02-29", "2023-02-28"
wb = Workbook(); wb.remove(wb.active)
thin = Side(style="thin"); med = Side(style="medium")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
GR = PatternFill("solid", fgColor="D9D9D9"); ZB = PatternFill("solid", fgColor="EEF3F8"); BL = PatternFill("solid", fgColor="DCE6F1")
FN = "IPAexGothic"


def sheet(name, land=False, widths=()):
    ws = wb.create_sheet(name)
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if land else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    return ws


def put(ws, r, col, v, size=10, bold=False, fill=None, border=True, h="center", wrap=False, v_="center"):
    cl = ws.cell(row=r, column=col, value=v)
    cl.font = Font(name=FN, size=size, bold=bold)
    cl.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border: cl.border = ALL
    if fill: cl.fill = fill
    return cl


# data: (会計, debt, short, 所管課, assessed now 千円, collected now, assessed prev, collected prev)
D = [("一般会計", "市税", "市税", "税務課", 6_140_882, 5_702_311, 6_098_470, 5_640_208),
     ("一般会計", "保育料", "保育所保育料", "子ども若者課", 128_334, 119_861, 131_902, 122_540),
     ("一般会計", "市営住宅使用料", "住宅使用料", "建設課", 214_706, 190_118, 217_330, 191_004),
     ("国民健康保険特別会計", "国民健康保険税", "国保税", "税務課", 1_688_142, 1_310_522, 1_720_556, 1_329_800),
     ("介護保険特別会計", "介護保険料", "介護料", "高齢福祉課", 1_402_670, 1_360_901, 1_398_412, 1_355_227),
     ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢", "市民生活課", 602_518, 590_042, 588_331, 575_904),
     ("水道事業会計", "水道料金", "水道料金", "上下水道課", 1_120_445, 1_031_209, 1_131_870, 1_040_566)]

# ---------------- page 1
ws = sheet("概要", widths=(18, 16, 13, 12, 12, 10, 10, 9))
ws.merge_cells("A1:H1"); put(ws, 1, 1, TITLE, 14, True, border=False)
ws.merge_cells("A2:H2"); put(ws, 2, 1, "令和6年3月22日　佐渡市総務部税務課", 10, border=False, h="right")
ws.merge_cells("A3:H3"); put(ws, 3, 1, "１　全体の状況", 11, True, border=False, h="left")
tot_a = sum(x[4] for x in D); tot_b = sum(x[5] for x in D); tot_a0 = sum(x[6] for x in D); tot_b0 = sum(x[7] for x in D)
r_now, r_prev = rate(tot_b, tot_a, 1), rate(tot_b0, tot_a0, 1)
un, un0 = tot_a - tot_b, tot_a0 - tot_b0
oku = round(un / 100000) / 100  # 億円 2 decimals
dif_man = round((un0 - un) / 10)  # 万円
txt = (f"　令和６年２月末における全債権の収納率は{r_now:.1f}％で、前年同月を{r_now - r_prev:.1f}ポイント上回った。"
       f"収入未済額は約{oku:.2f}億円で、前年同月から約{dif_man:,}万円減少している。年度末の収納率は{'{:.1f}'.format(r_now + 4.3)}％程度を見込む。")
g.f(f"{r_now:.1f}％", r_now, "collection_rate", None, None, 2023, "令和６年２月末", "total", "interim", AS)
g.f(f"{r_now - r_prev:.1f}ポイント", round(r_now - r_prev, 1), "difference", None, None, 2023, "令和６年２月末", "total", "interim", AS, unit="points")
g.f(f"約{oku:.2f}億円", oku * 100_000_000, "outstanding", None, None, 2023, "令和６年２月末", "total", "interim", AS, approx=True)
g.f(f"約{dif_man:,}万円", -dif_man * 10000, "difference", None, None, 2023, "令和６年２月末", "total", "interim", AS, approx=True)
est_all = round(r_now + 4.3, 1)
g.f(f"{est_all:.1f}％", est_all, "collection_rate", None, None, 2023, "令和５年度", "total", "estimate", approx=True)
ws.merge_cells("A4:H6"); put(ws, 4, 1, txt, 10, border=False, h="left", wrap=True, v_="top")
ws.row_dimensions[4].height = 20
ws.merge_cells("A8:H8"); put(ws, 8, 1, "表１　会計別・債権別の収納状況（２月末現在、単位：千円）", 10, True, border=False, h="left")
hdr = ["会計", "債権名", "所管課", "調定額", "収入済額", "収納率（％）", "", ""]
for k, h in enumerate(["会計", "債権名", "所管課", "調定額", "収入済額", "収納率（％）"]):
    put(ws, 9, k + 1, h, 9, True, GR)
ws.merge_cells(start_row=9, start_column=6, end_row=9, end_column=8)
for k, h in enumerate(["前年同期", "今期", "差"]):
    put(ws, 10, 6 + k, h, 9, True, GR)
for k in range(1, 6):
    put(ws, 10, k, None, 9, fill=GR); ws.merge_cells(start_row=9, start_column=k, end_row=10, end_column=k)
r = 11; start = r; prev_acct = None
for acct, debt, short, ka, a, b, a0, b0 in D:
    rt, rt0 = rate(b, a, 1), rate(b0, a0, 1)
    put(ws, r, 1, acct, 9, wrap=True)
    put(ws, r, 2, short, 9); put(ws, r, 3, ka, 9)
    put(ws, r, 4, g.f(c(a), a * 1000, "assessed", debt, short, 2023, None, "total", "interim", AS), 9, h="right")
    put(ws, r, 5, g.f(c(b), b * 1000, "collected", debt, short, 2023, None, "total", "interim", AS), 9, h="right")
    put(ws, r, 6, g.f(f"{rt0:.1f}", rt0, "collection_rate", debt, short, 2022, "前年同期", "total", "interim", AS0), 9, h="right")
    put(ws, r, 7, g.f(f"{rt:.1f}", rt, "collection_rate", debt, short, 2023, None, "total", "interim", AS), 9, h="right")
    dd = round(rt - rt0, 1)
    put(ws, r, 8, g.f(tri(dd, 1, "▲"), dd, "difference", debt, short, 2023, None, "total", "interim", AS, unit="points"), 9, h="right")
    r += 1
ws.merge_cells(start_row=11, start_column=1, end_row=13, end_column=1)
put(ws, r, 1, "合計", 9, True, GR); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
put(ws, r, 4, g.f(c(tot_a), tot_a * 1000, "assessed", None, "合計", 2023, None, "total", "interim", AS), 9, True, GR, h="right")
put(ws, r, 5, g.f(c(tot_b), tot_b * 1000, "collected", None, "合計", 2023, None, "total", "interim", AS), 9, True, GR, h="right")
put(ws, r, 6, g.f(f"{r_prev:.1f}", r_prev, "collection_rate", None, "合計", 2022, "前年同期", "total", "interim", AS0), 9, True, GR, h="right")
put(ws, r, 7, g.f(f"{r_now:.1f}", r_now, "collection_rate", None, "合計", 2023, None, "total", "interim", AS), 9, True, GR, h="right")
dd = round(r_now - r_prev, 1)
put(ws, r, 8, g.f(tri(dd, 1, "▲"), dd, "difference", None, "合計", 2023, None, "total", "interim", AS, unit="points"), 9, True, GR, h="right")
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
put(ws, r, 1, "注）国保税：国民健康保険税　介護料：介護保険料　後期高齢：後期高齢者医療保険料　住宅使用料：市営住宅使用料", 8, border=False, h="left")
for rr in range(11, r - 1):
    ws.row_dimensions[rr].height = 20

# ---------------- pages 2-3: wide 3-level table split by year groups, landscape
SEG = {"市税": (0.93, 0.24), "国民健康保険税": (0.83, 0.16), "介護保険料": (0.975, 0.08), "後期高齢者医療保険料": (0.985, 0.12)}
seg_rows = []
SR = {}
for acct, debt, short, ka, a, b, a0, b0 in D:
    if debt not in SEG: continue
    seg_rows.append((debt, short, a, b, a0, b0))


for part, (fy, lab, as_, col_a, col_b) in enumerate([(2023, "令和５年度（２月末）", AS, 2, 3), (2022, "令和４年度（前年同月）", AS0, 4, 5)]):
    g.page = 2 + part
    ws = sheet(f"表2-{part + 1}", land=True, widths=(20,) + (11.5,) * 9)
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "表２　債権別・区分別の収納状況（単位：千円、％）" + ("" if part == 0 else "　（続き）"), 11, True, border=False, h="left")
    ws.merge_cells("A2:A4"); put(ws, 2, 1, "債権名", 9, True, BL)
    for rr in (3, 4): put(ws, rr, 1, None, 9, fill=BL)
    ws.merge_cells("B2:J2"); put(ws, 2, 2, lab, 9, True, BL)
    for k, sname in enumerate(["現年度分", "滞納繰越分", "計"]):
        ws.merge_cells(start_row=3, start_column=2 + 3 * k, end_row=3, end_column=4 + 3 * k)
        put(ws, 3, 2 + 3 * k, sname, 9, True, BL)
        for j, m in enumerate(["調定額", "収入済額", "収納率"]):
            put(ws, 4, 2 + 3 * k + j, m, 9, True, BL)
    for cc in range(3, 11): put(ws, 2, cc, None, 9, fill=BL)
    r = 5
    for debt_, short, a, b, a0, b0 in seg_rows:
        A, B = (a, b) if part == 0 else (a0, b0)
        ar_a = round(A * {"市税": 0.041, "国民健康保険税": 0.168, "介護保険料": 0.012, "後期高齢者医療保険料": 0.006}[debt_])
        cur_a = A - ar_a
        ar_b = round(ar_a * SEG[debt_][1]) + (3 if part else 0)
        cur_b = B - ar_b
        put(ws, r, 1, short, 9, h="left")
        for k, (sg, aa, bb) in enumerate([("current", cur_a, cur_b), ("arrears", ar_a, ar_b), ("total", A, B)]):
            rt = rate(bb, aa, 1)
            SR[(debt_, part, sg)] = rt
            fyr = None if part == 0 else "前年同月"
            put(ws, r, 2 + 3 * k, g.f(c(aa), aa * 1000, "assessed", debt_, short, fy, fyr, sg, "interim", as_), 9, h="right")
            put(ws, r, 3 + 3 * k, g.f(c(bb), bb * 1000, "collected", debt_, short, fy, fyr, sg, "interim", as_), 9, h="right")
            put(ws, r, 4 + 3 * k, g.f(f"{rt:.1f}", rt, "collection_rate", debt_, short, fy, fyr, sg, "interim", as_), 9, h="right")
        r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    put(ws, r + 1, 1, "※　調定額は２月末までに調定した額の累計。" + ("前年同月の数値は次ページ。" if part == 0 else ""), 8, border=False, h="left")

# ---------------- page 4: monthly table + bracket heading + estimate table
g.page = 4
ws = sheet("月別", widths=(14, 11, 11, 11, 11, 12, 12))
ws.merge_cells("A1:G1"); put(ws, 1, 1, "２　市税（現年課税分）の月別収納状況", 11, True, border=False, h="left")
ws.merge_cells("A2:G2"); put(ws, 2, 1, "表３　月別累計収納率（単位：％）", 10, border=False, h="left")
put(ws, 3, 1, "月末", 9, True, GR); put(ws, 3, 2, "R5", 9, True, GR); put(ws, 3, 3, "R4", 9, True, GR); put(ws, 3, 4, "差", 9, True, GR)
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None), (3, 31)]
now = [8.2, 17.9, 27.4, 39.8, 48.1, 57.2, 65.0, 73.6, 82.1, 90.2, 96.4, None]
prv = [8.0, 17.5, 27.3, 39.2, 47.9, 56.8, 64.7, 73.1, 81.8, 89.9, 96.1, 98.8]
now[10] = SR[("市税", 0, "current")]; prv[10] = SR[("市税", 1, "current")]
for k, ((mo, dd_), a1, a0) in enumerate(zip(months, now, prv)):
    rr = 4 + k
    fill = ZB if k % 2 else None
    y1 = 2023 if mo >= 4 else 2024
    y0 = y1 - 1
    day1 = 29 if mo == 2 else dd_
    day0 = 28 if mo == 2 else dd_
    put(ws, rr, 1, f"{mo}月末", 9, fill=fill)
    put(ws, rr, 2, "－" if a1 is None else g.f(f"{a1:.1f}", a1, "collection_rate", "市税", "市税", 2023, "R5", "current", "interim", f"{y1}-{mo:02d}-{day1:02d}"), 9, fill=fill, h="right")
    put(ws, rr, 3, g.f(f"{a0:.1f}", a0, "collection_rate", "市税", "市税", 2022, "R4", "current", "actual" if mo == 3 else "interim",
                       None if mo == 3 else f"{y0}-{mo:02d}-{day0:02d}"), 9, fill=fill, h="right")
    put(ws, rr, 4, "－" if a1 is None else tri(round(a1 - a0, 1), 1, "▲"), 9, fill=fill, h="right")
put(ws, 16, 1, "※　R4の3月末は出納閉鎖後の決算値。", 8, border=False, h="left")
ws.merge_cells("A16:G16")
ws.merge_cells("F3:G3"); put(ws, 3, 6, "【収納率】令和６年２月末時点", 9, True, border=False, h="left")
bl = [("現年分", "市税", "current", SR[("市税", 0, "current")]), ("滞繰分", "市税", "arrears", SR[("市税", 0, "arrears")])]
for k, (lab, debt, sg, v) in enumerate(bl):
    ws.merge_cells(start_row=4 + k, start_column=6, end_row=4 + k, end_column=7)
    put(ws, 4 + k, 6, f"・{lab}　{v:.1f}％", 9, border=False, h="left")
    g.f(f"{v:.1f}％", v, "collection_rate", debt, None, 2023, "令和６年２月末", sg, "interim", AS)
ws.merge_cells("A18:G18"); put(ws, 18, 1, "表４　令和５年度の決算見込と目標（2023年度、単位：％）", 10, True, border=False, h="left")
for k, h in enumerate(["債権名", "目標", "決算見込", "R4決算"]):
    put(ws, 19, k + 1, h, 9, True, GR)
est = [("市税", "市税", 98.6, 98.7, 98.5), ("国民健康保険税", "国保税", 88.0, 87.4, 87.6), ("介護保険料", "介護料", 98.8, 98.9, 98.7),
       ("後期高齢者医療保険料", "後期高齢", 99.3, 99.4, 99.3), ("保育料", "保育所保育料", 97.0, 96.5, 96.8)]
for k, (debt, short, t, e, a0) in enumerate(est):
    rr = 20 + k
    put(ws, rr, 1, short, 9)
    put(ws, rr, 2, g.f(f"{t:.1f}", t, "collection_rate", debt, short, 2023, "2023年度", "total", "target"), 9, h="right")
    put(ws, rr, 3, g.f(f"{e:.1f}", e, "collection_rate", debt, short, 2023, "2023年度", "total", "estimate"), 9, h="right")
    put(ws, rr, 4, g.f(f"{a0:.1f}", a0, "collection_rate", debt, short, 2022, "R4", "total", "actual"), 9, h="right")

# ---------------- pages 5-6: 支所別 + 取組
g.page = 5
ws = sheet("支所別", widths=(16, 18, 18, 12, 30))
ws.merge_cells("A1:E1"); put(ws, 1, 1, "３　支所別の収納状況（市税・現年課税分）", 11, True, border=False, h="left")
ws.merge_cells("A2:E2"); put(ws, 2, 1, "表５　支所別収納状況（令和６年２月末現在）", 10, True, border=False, h="left")
hdr = ["支所", "調定額（円）", "収入済額（円）", "収納率（％）", "備考"]
for k, h in enumerate(hdr):
    cl = put(ws, 3, k + 1, h, 9, True, GR)
ws.print_title_rows = "3:3"
areas = [("両津支所", 712_408_300, 691_004_120), ("相川支所", 498_221_700, 479_812_550), ("佐和田支所", 840_116_900, 815_902_340),
         ("金井支所", 566_730_200, 550_118_760), ("新穂支所", 301_882_400, 292_640_910), ("畑野支所", 344_519_600, 331_987_200),
         ("真野支所", 402_667_100, 388_102_440), ("小木支所", 220_904_800, 210_225_630), ("羽茂支所", 251_338_900, 242_001_350),
         ("赤泊支所", 138_770_500, 132_318_990)]
r = 4
for k, (ar, a, b) in enumerate(areas):
    if k == 6:
        ws.row_breaks.append(Break(id=r - 1)); g.page += 0
    pg = 5 if k < 6 else 6
    fill = ZB if k % 2 else None
    rt = rate(b, a, 1)
    put(ws, r, 1, ar, 9, fill=fill)
    put(ws, r, 2, g.f(c(a), a, "assessed", "市税", "市税", 2023, None, "current", "interim", AS, area=ar, page=pg), 9, fill=fill, h="right")
    put(ws, r, 3, g.f(c(b), b, "collected", "市税", "市税", 2023, None, "current", "interim", AS, area=ar, page=pg), 9, fill=fill, h="right")
    put(ws, r, 4, g.f(f"{rt:.1f}", rt, "collection_rate", "市税", "市税", 2023, None, "current", "interim", AS, area=ar, page=pg), 9, fill=fill, h="right")
    put(ws, r, 5, "本庁分を含む" if ar == "佐和田支所" else "", 9, fill=fill)
    ws.row_dimensions[r].height = 22
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
put(ws, r, 1, "出典：佐渡市税務システム収納実績（令和６年２月末）", 8, border=False, h="left"); r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
put(ws, r, 1, "４　下半期の主な取組", 11, True, border=False, h="left"); r += 1
items = [("(1)", "市税", "１１月と２月を滞納整理強化月間とし、各支所と連携して休日納税相談を実施した。", "継続"),
         ("(2)", "国民健康保険税", "資格喪失世帯の滞納分について、文書催告に加えて電話催告を実施した。", "拡充"),
         ("(3)", "市営住宅使用料", "滞納６か月以上の入居者８名と面談し、６名と分納誓約を締結した。", "継続"),
         ("(4)", "水道料金", "給水停止予告を４２件送付し、うち３５件が納付に至った。", None)]
for lab, debt, t, stt in items:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    put(ws, r, 1, f"{lab}　{t}" + (f"【{stt}】" if stt else ""), 9, border=False, h="left", wrap=True)
    ws.row_dimensions[r].height = 30
    g.i(t, debt, 2023, "下半期の主な取組", lab, stt, page=6)
    r += 1

xl = Path("/tmp/qc_work") / (STEM + ".xlsx")
wb.save(xl)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/qc_work", str(xl)], check=True, capture_output=True)
shutil.copy(f"/tmp/qc_work/{STEM}.pdf", f"pdf/{STEM}.pdf")
g.write(f"pdf/{STEM}.pdf", f"gold/{STEM}.json")
